"""Stopping a service stops everything it forked: a small tree like the extraction worker's
(multiprocessing forkserver + resource tracker + pool workers), not the whole cluster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from samarinda_local_cluster import launcher, process_group

WORKER_TREE = """
import multiprocessing, os, signal, sys, time

def pid(_):
    time.sleep(0.2)
    return os.getpid()

if __name__ == "__main__":
    if "--ignore-term" in sys.argv:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    pool = multiprocessing.get_context("forkserver").Pool(2)
    workers = sorted(set(pool.map(pid, range(8))))
    busy = pool.map_async(time.sleep, [600, 600])  # like a page in OCR when the service dies
    print("ready", *workers, flush=True)
    busy.wait()
"""


def _start(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[bytes], list[int]]:
    script = tmp_path / "tree.py"
    script.write_text(WORKER_TREE)
    out = tmp_path / "out.txt"
    with out.open("wb") as output:
        child = process_group.spawn(
            [sys.executable, str(script), *args], cwd=tmp_path, env=os.environ, output=output
        )
    deadline = time.monotonic() + 60
    while not out.read_text().startswith("ready"):
        assert child.poll() is None, out.read_text()
        assert time.monotonic() < deadline, "the process tree did not start"
        time.sleep(0.1)
    workers = [int(p) for p in out.read_text().split()[1:]]
    return child, workers


@pytest.fixture
def cleanup() -> Iterator[list[int]]:
    groups: list[int] = []
    yield groups
    for pgid in groups:
        process_group.signal_group(pgid, signal.SIGKILL)


def test_the_tree_is_one_group_led_by_the_service(tmp_path: Path, cleanup: list[int]) -> None:
    child, workers = _start(tmp_path)
    cleanup.append(child.pid)
    members = set(process_group.members(child.pid))
    # the service, its forkserver, its resource tracker and the two pool workers
    assert child.pid in members
    assert set(workers) <= members
    assert len(members) >= 5
    assert os.getpgid(child.pid) == child.pid != os.getpgid(0)


def test_stop_leaves_no_process_of_the_group(tmp_path: Path, cleanup: list[int]) -> None:
    child, _ = _start(tmp_path)
    cleanup.append(child.pid)
    before = process_group.members(child.pid)

    assert process_group.stop_group(child.pid, grace_seconds=20, reap=child.poll)

    assert child.returncode == -signal.SIGTERM
    assert process_group.members(child.pid) == []
    assert not any(process_group.alive(pid) for pid in before)


def test_a_group_that_ignores_sigterm_is_killed_after_the_grace(tmp_path: Path, cleanup: list[int]) -> None:
    child, _ = _start(tmp_path, "--ignore-term")
    cleanup.append(child.pid)
    before = process_group.members(child.pid)

    started = time.monotonic()
    assert process_group.stop_group(child.pid, grace_seconds=1.0, reap=child.poll)

    assert time.monotonic() - started >= 1.0
    # The group is gone; reaping the child may lag on a loaded machine, so wait for its status.
    assert child.wait(timeout=10) == -signal.SIGKILL
    assert not any(process_group.alive(pid) for pid in before)


def test_helpers_of_a_killed_service_are_found_and_cleared(tmp_path: Path, cleanup: list[int]) -> None:
    """SIGKILL of the service alone (a crash) orphans its helpers; they keep the group id, so a
    restart or a stop by group still finds and ends them."""
    child, _ = _start(tmp_path)
    cleanup.append(child.pid)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    time.sleep(0.5)  # helpers that notice their parent's death have had time to go
    orphans = process_group.members(child.pid)
    assert orphans, "a SIGKILLed multiprocessing parent leaves helpers running"
    assert child.pid not in orphans

    assert process_group.kill_group(child.pid)
    assert not any(process_group.alive(pid) for pid in orphans)


def _wait_ready(log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while "ready" not in (log.read_text() if log.is_file() else ""):
        assert time.monotonic() < deadline, "the process tree did not start"
        time.sleep(0.1)


def test_the_cluster_restarts_a_killed_service_without_its_old_helpers_and_down_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cleanup: list[int]
) -> None:
    """LocalCluster itself, with a service process replaced by the forking tree above."""
    fake_python = tmp_path / "python"
    fake_python.write_text(f"#!{sys.executable}\n{WORKER_TREE}")
    fake_python.chmod(0o755)
    monkeypatch.setattr(launcher, "PYTHON", fake_python)
    cluster = launcher.LocalCluster(
        launcher.ClusterConfig.fresh("test", launcher.Ports.free(), opds=()), tmp_path / "state", {}
    )
    name = "extraction-worker"
    cluster.start(name)
    _wait_ready(cluster.log_path(name))
    first = cluster.pid(name)
    assert first is not None
    cleanup.append(first)

    cluster.kill(name)  # a crash of the service alone
    orphans = cluster.group(name)
    assert orphans and first not in orphans

    cluster.log_path(name).write_text("")
    cluster.start(name)
    _wait_ready(cluster.log_path(name))
    second = cluster.pid(name)
    assert second is not None and second != first
    cleanup.append(second)
    assert not any(process_group.alive(pid) for pid in orphans), (
        "the restart left the crashed service's helpers"
    )

    running = cluster.group(name)
    assert second in running and len(running) >= 3
    cluster.down()
    assert not any(process_group.alive(pid) for pid in running)
    assert process_group.members(second) == []
    assert not (tmp_path / "state" / "pids" / f"{name}.pid").exists()
