"""Validation in worker processes with a hard wall-clock and memory cap.

The domain's cooperative budget covers the loops we write; this covers the parsers we call
(pypdf, Pillow, zipfile), which a crafted file could drive into a loop or a huge allocation.
Workers are plain interpreters running this module (``python -m samarinda_upload.isolation``):
they import only the validation code, answer one JSON line per request, and are started once and
reused. A worker that overruns its time is killed and replaced; the caller gets a reasoned refusal.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import resource
import sys
from pathlib import Path
from typing import Any

from samarinda_common.errors import DependencyUnavailable, InvalidInput, PreconditionFailed, SamarindaError

from samarinda_upload.domain.limits import ValidationLimits
from samarinda_upload.domain.validation import Accepted, validate

_READY = "ready"
_LINE_LIMIT = 1024 * 1024


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    limits = ValidationLimits(**request["limits"])
    try:
        accepted = validate(Path(request["path"]), request["filename"], request["declared_type"], limits)
    except SamarindaError as exc:
        return {
            "rejected": type(exc).__name__,
            "reason": exc.reason,
            "message": exc.message,
            "field": getattr(exc, "field", None),
            "details": exc.details,
        }
    except MemoryError:
        return {
            "rejected": "InvalidInput",
            "reason": "TOO_COMPLEX",
            "message": "file needs too much memory to check",
            "field": "file",
            "details": {},
        }
    return {"accepted": dataclasses.asdict(accepted)}


def _serve(memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    # Answers own stdout; anything a parser might print goes to stderr instead of into the protocol.
    answers, sys.stdout = sys.stdout, sys.stderr
    print(_READY, file=answers, flush=True)
    for line in sys.stdin:
        print(json.dumps(_answer(json.loads(line))), file=answers, flush=True)


def _outcome(answer: dict[str, Any]) -> Accepted:
    if "accepted" in answer:
        return Accepted(**answer["accepted"])
    if answer["rejected"] == "PreconditionFailed":
        raise PreconditionFailed(answer["message"], reason=answer["reason"], details=answer["details"])
    raise InvalidInput(
        answer["message"], field=answer["field"], reason=answer["reason"], details=answer["details"]
    )


class _Worker:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, memory_bytes: int, startup_seconds: float) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "samarinda_upload.isolation",
            str(memory_bytes),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=_LINE_LIMIT,
        )
        worker = cls(process)
        try:
            ready = await asyncio.wait_for(worker._readline(), startup_seconds)
        except (TimeoutError, EOFError):
            ready = b""
        if ready.strip() != _READY.encode():
            await worker.kill()
            raise DependencyUnavailable("the file checker process did not start")
        return worker

    async def _readline(self) -> bytes:
        assert self.process.stdout is not None
        line = await self.process.stdout.readline()
        if not line:
            raise EOFError
        return line

    async def ask(self, request: dict[str, Any], seconds: float) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        await self.process.stdin.drain()
        answer: dict[str, Any] = json.loads(await asyncio.wait_for(self._readline(), seconds))
        return answer

    async def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        await self.process.wait()


class ValidatorPool:
    """Up to ``size`` concurrent validations in reusable worker processes."""

    def __init__(
        self,
        limits: ValidationLimits,
        *,
        size: int = 2,
        memory_bytes: int = 2 * 1024**3,
        startup_seconds: float = 300.0,
        timeout_seconds: float | None = None,
    ) -> None:
        self._limits = limits
        self._memory_bytes = memory_bytes
        self._startup_seconds = startup_seconds
        self._timeout = timeout_seconds if timeout_seconds is not None else limits.time_budget_seconds + 5
        self._slots = asyncio.Semaphore(size)
        self._idle: list[_Worker] = []

    async def validate(self, path: Path, filename: str, declared_type: str | None = None) -> Accepted:
        """Same contract as :func:`validate`, but no input can hang or crash the caller."""
        request = {
            "path": str(path),
            "filename": filename,
            "declared_type": declared_type,
            "limits": dataclasses.asdict(self._limits),
        }
        async with self._slots:
            worker = (
                self._idle.pop()
                if self._idle
                else await _Worker.start(self._memory_bytes, self._startup_seconds)
            )
            try:
                answer = await worker.ask(request, self._timeout)
            except TimeoutError:
                await worker.kill()
                raise InvalidInput(
                    f"file could not be checked within {self._timeout:g} s",
                    field="file",
                    reason="VALIDATION_TIMEOUT",
                ) from None
            except (EOFError, ValueError, OSError):
                await worker.kill()
                raise InvalidInput(
                    "file made the checker fail", field="file", reason="VALIDATION_CRASHED"
                ) from None
            self._idle.append(worker)
        return _outcome(answer)

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for worker in idle:
            await worker.kill()


def validate_isolated(
    path: Path, filename: str, declared_type: str | None = None, limits: ValidationLimits | None = None
) -> Accepted:
    """One isolated validation from synchronous code (CLIs): a pool of one, closed afterwards."""

    async def run() -> Accepted:
        pool = ValidatorPool(limits or ValidationLimits(), size=1)
        try:
            return await pool.validate(path, filename, declared_type)
        finally:
            await pool.close()

    return asyncio.run(run())


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
