"""Processes started in a session of their own and stopped as a whole group.

A service process may leave helpers behind it: multiprocessing's resource tracker and
forkserver, pool workers, a Tesseract child. Signalling only the process we started lets those
outlive it (and a SIGKILLed parent cannot take them down). Every process started here leads a new
session, so its process group id is its pid and every helper it forks inherits that group; stopping
sends SIGTERM to the group, waits until no process of the group is left, then SIGKILLs the rest.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO

KILL_WAIT_SECONDS = 10.0


def spawn(
    argv: Sequence[str], *, cwd: Path, env: Mapping[str, str], output: IO[bytes]
) -> subprocess.Popen[bytes]:
    """Start ``argv`` as the leader of a new session (and so of a new process group)."""
    return subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # own group; a Ctrl-C in the caller's terminal does not reach it
    )


def members(pgid: int) -> list[int]:
    """The live (non-zombie) processes whose process group is ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # exited while we looked
        # Fields after the command name, which is in parentheses and may hold spaces.
        state, _ppid, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == pgid and state != "Z":
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs: a zombie (exited, not yet reaped by its parent or init) does not."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2 :].split()[0] != "Z"


def signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # the group is already empty
        os.killpg(pgid, sig)


def wait_empty(pgid: int, timeout: float, reap: Callable[[], object] = lambda: None) -> bool:
    """True once no process of the group is left; ``reap`` collects our own exited child."""
    deadline = time.monotonic() + timeout
    while True:
        reap()
        if not members(pgid):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def stop_group(pgid: int, grace_seconds: float, reap: Callable[[], object] = lambda: None) -> bool:
    """SIGTERM the group, SIGKILL whatever is left after ``grace_seconds``; True when it is empty."""
    signal_group(pgid, signal.SIGTERM)
    if wait_empty(pgid, grace_seconds, reap):
        return True
    return kill_group(pgid, reap)


def kill_group(pgid: int, reap: Callable[[], object] = lambda: None) -> bool:
    """SIGKILL every process of the group, as a crash of its container would."""
    signal_group(pgid, signal.SIGKILL)
    return wait_empty(pgid, KILL_WAIT_SECONDS, reap)
