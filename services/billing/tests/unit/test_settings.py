"""The billing worker's consumer group is the one KEDA watches, whatever else the pod has set."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from samarinda_billing.settings import BillingSettings
from samarinda_common.entrypoint import EXIT_REFUSED


def test_a_bare_consumer_group_variable_does_not_beat_the_prefixed_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONSUMER_GROUP", "oops")
    monkeypatch.setenv("SAMARINDA_BILLING_CONSUMER_GROUP", "samarinda-billing")
    assert BillingSettings().consumer_group == "samarinda-billing"


def test_a_bare_or_shared_variable_alone_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMARINDA_BILLING_CONSUMER_GROUP", raising=False)
    monkeypatch.setenv("CONSUMER_GROUP", "oops")
    monkeypatch.setenv("SAMARINDA_CONSUMER_GROUP", "oops")
    monkeypatch.setenv("BATCH_SIZE", "1")
    settings = BillingSettings()
    assert (settings.consumer_group, settings.batch_size) == ("billing", 500)


def _start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SAMARINDA_")}
    return subprocess.run(
        [sys.executable, "-m", "samarinda_billing", "worker"],
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_real_entry_point_refuses_to_start_without_a_mode_or_its_secrets() -> None:
    no_mode = _start({})
    assert no_mode.returncode == EXIT_REFUSED
    assert "SAMARINDA_MODE is not set" in no_mode.stderr
    no_mongo = _start({"SAMARINDA_MODE": "real"})
    assert no_mongo.returncode == EXIT_REFUSED
    assert "SAMARINDA_MONGO_URI is not set" in no_mongo.stderr
