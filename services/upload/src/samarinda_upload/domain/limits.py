"""How much work validation may do on one file, and the clock that enforces it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from samarinda_common.errors import InvalidInput

MiB = 1024 * 1024


@dataclass(frozen=True)
class ValidationLimits:
    max_bytes: int = 100 * MiB
    max_filename_bytes: int = 255
    max_pixels: int = 64_000_000  # a 64 MP photo; Pillow's own bomb guard starts at ~89 MP
    max_image_frames: int = 500
    max_pdf_pages: int = 5_000
    max_zip_members: int = 2_000
    max_zip_uncompressed_bytes: int = 512 * MiB
    # Highly compressible members are normal (XML, CSV); only large ones must stay under the ratio.
    max_zip_ratio: int = 200
    zip_ratio_exempt_bytes: int = 4 * MiB
    max_zip_depth: int = 2  # a ZIP inside a ZIP is fine, a third level is not
    time_budget_seconds: float = 20.0


@dataclass
class Budget:
    """What one validation may still spend: wall time, and bytes decompressed across all nesting
    levels (so a ZIP of ZIPs cannot multiply the per-archive limit). Long loops call :meth:`check`.
    """

    seconds: float
    decompressed_bytes: int
    _ends_at: float = field(init=False)

    def __post_init__(self) -> None:
        self._ends_at = time.monotonic() + self.seconds

    @classmethod
    def from_limits(cls, limits: ValidationLimits) -> Budget:
        return cls(seconds=limits.time_budget_seconds, decompressed_bytes=limits.max_zip_uncompressed_bytes)

    def check(self) -> None:
        if time.monotonic() > self._ends_at:
            raise InvalidInput(
                f"file is too complex to check within {self.seconds:g} s",
                field="file",
                reason="VALIDATION_TIMEOUT",
            )

    def spend_decompressed(self, count: int) -> None:
        self.decompressed_bytes -= count
        if self.decompressed_bytes < 0:
            raise InvalidInput(
                "archive expands beyond the allowed uncompressed size", field="file", reason="ZIP_BOMB"
            )
        self.check()


# What the upload process itself needs beside its checkers (gRPC/HTTP server, spooled bodies'
# buffers, the Mongo/S3/Kafka clients), and the least a checker can run in.
PROCESS_RESERVE_BYTES = 512 * MiB
MIN_SLOT_BYTES = 64 * MiB
DEFAULT_SLOT_BYTES = 1024 * MiB


@dataclass(frozen=True)
class PoolPlan:
    """How many files are checked at once, and the memory cap of each checker process."""

    slots: int
    slot_memory_bytes: int


def plan_validation_pool(
    cpus: int, memory_limit: int | None, *, slots: int | None = None, slot_memory: int | None = None
) -> PoolPlan:
    """One checker per CPU of the pod's limit (``slots`` overrides), each capped so that all of
    them plus the process's own reserve fit the pod's memory limit.

    Raises ``ValueError`` when explicit settings cannot fit: an OOM-kill would take every upload
    in flight with it, so such a pod must not start.
    """
    count = slots if slots is not None else max(1, cpus)
    if memory_limit is None:
        return PoolPlan(count, slot_memory or DEFAULT_SLOT_BYTES)
    budget = memory_limit - PROCESS_RESERVE_BYTES
    fair_share = budget // count
    if slot_memory is None:
        slot_memory = min(DEFAULT_SLOT_BYTES, fair_share)
    if slot_memory < MIN_SLOT_BYTES or count * slot_memory > budget:
        raise ValueError(
            f"{count} validation slots x {slot_memory // MiB} MiB plus {PROCESS_RESERVE_BYTES // MiB} MiB "
            f"for the process do not fit the memory limit of {memory_limit // MiB} MiB: lower "
            "SAMARINDA_UPLOAD_VALIDATION_WORKERS or SAMARINDA_UPLOAD_VALIDATION_MEMORY_BYTES, "
            "or raise the limit"
        )
    return PoolPlan(count, slot_memory)
