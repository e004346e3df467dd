"""How much CPU and memory this process may use: the container's limits, not the node's size.

``os.cpu_count()`` is the node's core count; a pod limited to one CPU on a 32-core node that sizes
its pools (or its OpenMP threads) from it gets throttled or OOM-killed. The Deployments pass the
limits through the downward API (``SAMARINDA_CPU_LIMIT``, ``SAMARINDA_MEMORY_LIMIT_BYTES``); without
them the cgroup's own files are read, then the CPUs this process may be scheduled on.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
# cgroup v1 writes "no limit" as a page-aligned number near 2**63.
_UNLIMITED_V1 = 1 << 60


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def cgroup_cpu_quota(root: Path = CGROUP_ROOT) -> float | None:
    """CPUs the cgroup's CFS quota allows (v2 ``cpu.max``, v1 ``cpu.cfs_quota_us``); None: no quota."""
    v2 = _read(root / "cpu.max")
    if v2 is not None:
        quota, _, period = v2.partition(" ")
        if quota == "max" or not period:
            return None
        return int(quota) / int(period)
    quota_v1 = _read(root / "cpu" / "cpu.cfs_quota_us")
    period_v1 = _read(root / "cpu" / "cpu.cfs_period_us")
    if quota_v1 is None or period_v1 is None or int(quota_v1) <= 0:
        return None
    return int(quota_v1) / int(period_v1)


def cgroup_memory_limit(root: Path = CGROUP_ROOT) -> int | None:
    """Bytes the cgroup may use (v2 ``memory.max``, v1 ``memory.limit_in_bytes``); None: no limit."""
    v2 = _read(root / "memory.max")
    if v2 is not None:
        return None if v2 == "max" else int(v2)
    v1 = _read(root / "memory" / "memory.limit_in_bytes")
    if v1 is None or int(v1) >= _UNLIMITED_V1:
        return None
    return int(v1)


def schedulable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cpu_limit(configured: float | None = None, root: Path = CGROUP_ROOT) -> int:
    """Whole CPUs to size pools by: the configured limit, else the cgroup quota, else the
    schedulable CPUs; a fraction rounds up (0.5 CPU still runs one worker), never above the
    CPUs this process can actually be scheduled on."""
    limit = configured if configured is not None else cgroup_cpu_quota(root)
    cpus = schedulable_cpus()
    return cpus if limit is None else max(1, min(cpus, math.ceil(limit)))


def memory_limit(configured: int | None = None, root: Path = CGROUP_ROOT) -> int | None:
    return configured if configured is not None else cgroup_memory_limit(root)
