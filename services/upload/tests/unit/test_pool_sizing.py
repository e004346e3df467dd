"""The validation pool is sized by the pod's limits, and refuses settings that would OOM the pod."""

from __future__ import annotations

import pytest
from samarinda_common.settings import Needs, SettingsRefused
from samarinda_upload.domain.limits import (
    DEFAULT_SLOT_BYTES,
    MIN_SLOT_BYTES,
    PROCESS_RESERVE_BYTES,
    MiB,
    PoolPlan,
    plan_validation_pool,
)
from samarinda_upload.settings import UploadSettings

GiB = 1024 * MiB


def test_one_slot_per_cpu_of_the_limit_each_capped_to_fit_the_memory_limit() -> None:
    assert plan_validation_pool(1, 2 * GiB) == PoolPlan(1, DEFAULT_SLOT_BYTES)
    plan = plan_validation_pool(4, 2 * GiB)
    assert plan.slots == 4
    assert plan.slots * plan.slot_memory_bytes + PROCESS_RESERVE_BYTES <= 2 * GiB


def test_without_a_memory_limit_the_default_cap_applies() -> None:
    assert plan_validation_pool(2, None) == PoolPlan(2, DEFAULT_SLOT_BYTES)
    assert plan_validation_pool(2, None, slot_memory=512 * MiB) == PoolPlan(2, 512 * MiB)


@pytest.mark.parametrize(
    ("cpus", "limit", "slots", "slot_memory"),
    [
        (4, 2 * GiB, None, 1 * GiB),  # 4 x 1 GiB in a 2 GiB pod: the OOM
        (1, 2 * GiB, 2, 1 * GiB),
        (64, 2 * GiB, None, None),  # 64 slots leave each less than a checker needs
        (1, 256 * MiB, None, None),  # the pod is smaller than the process's own reserve
    ],
)
def test_settings_that_cannot_fit_the_pod_are_refused(
    cpus: int, limit: int, slots: int | None, slot_memory: int | None
) -> None:
    with pytest.raises(ValueError, match="do not fit the memory limit"):
        plan_validation_pool(cpus, limit, slots=slots, slot_memory=slot_memory)


def test_the_smallest_slot_is_still_enough_to_run_a_checker() -> None:
    plan = plan_validation_pool(8, PROCESS_RESERVE_BYTES + 8 * MIN_SLOT_BYTES)
    assert plan.slot_memory_bytes == MIN_SLOT_BYTES


def test_the_settings_read_the_pod_limits_from_the_downward_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMARINDA_CPU_LIMIT", "1")
    monkeypatch.setenv("SAMARINDA_MEMORY_LIMIT_BYTES", str(2 * GiB))
    assert UploadSettings().validation_pool() == PoolPlan(1, DEFAULT_SLOT_BYTES)


def test_an_upload_api_whose_pool_cannot_fit_refuses_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMARINDA_MODE", "real")
    monkeypatch.delenv("SAMARINDA_MONGO_URI", raising=False)  # make test exports the local servers'
    monkeypatch.setenv("SAMARINDA_MEMORY_LIMIT_BYTES", str(2 * GiB))
    monkeypatch.setenv("SAMARINDA_UPLOAD_VALIDATION_WORKERS", "4")
    monkeypatch.setenv("SAMARINDA_UPLOAD_VALIDATION_MEMORY_BYTES", str(1 * GiB))
    problems = UploadSettings().startup_problems({Needs.MONGO})
    assert any("SAMARINDA_UPLOAD_VALIDATION_WORKERS" in p for p in problems)
    assert any("SAMARINDA_MONGO_URI" in p for p in problems)
    with pytest.raises(SettingsRefused):
        UploadSettings().validation_pool()
