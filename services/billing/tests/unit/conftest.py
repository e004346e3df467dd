from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from samarinda_billing.bootstrap import build_billing
from samarinda_billing.service_layer.collections import ensure_indexes
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.settings import BillingSettings
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.events import QuotaChanged
from samarinda_common.messaging import InProcessBus
from samarinda_common.topics import Topic


class Clock:
    def __init__(self, now: str) -> None:
        self.moment = datetime.fromisoformat(now)

    def __call__(self) -> datetime:
        return self.moment

    def set(self, now: str) -> None:
        self.moment = datetime.fromisoformat(now)


@dataclass
class Harness:
    billing: Billing
    store: EmbeddedDocumentStore
    bus: InProcessBus
    clock: Clock

    def quota_events(self) -> list[QuotaChanged]:
        return [QuotaChanged.model_validate_json(r.value) for r in self.bus.records(Topic.QUOTA_CHANGED)]


@pytest.fixture
async def harness() -> AsyncIterator[Harness]:
    store = EmbeddedDocumentStore(":memory:")
    await ensure_indexes(store)
    bus = InProcessBus()
    clock = Clock("2026-03-15T10:00:00+08:00")
    billing = build_billing(BillingSettings(), store, bus, now=clock)
    yield Harness(billing, store, bus, clock)
    await store.close()
