"""The billing worker's consumer group is the one KEDA watches, whatever else the pod has set."""

from __future__ import annotations

import pytest
from samarinda_billing.settings import BillingSettings


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
