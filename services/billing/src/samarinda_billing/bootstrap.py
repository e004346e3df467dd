"""The composition root: settings -> adapters -> the billing use cases (nothing at import time)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.mongo_documents import MongoDocumentStore
from samarinda_common.events import utc_now
from samarinda_common.infra import scoped_document_store
from samarinda_common.ports import DocumentStore, EventPublisher
from samarinda_common.settings import Mode, require_secret

from samarinda_billing.domain.forecast import load_forecast_profile
from samarinda_billing.domain.tariffs import load_tariff_book
from samarinda_billing.service_layer.collections import TENANCY
from samarinda_billing.service_layer.credits import Credits
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.service_layer.ledger import UsageLedger
from samarinda_billing.service_layer.quota import QuotaAnnouncer
from samarinda_billing.settings import BillingSettings


def build_document_store(settings: BillingSettings) -> DocumentStore:
    """The billing store, narrowed to the caller's OPD (see ``collections.TENANCY``)."""
    store: DocumentStore
    if settings.mode is Mode.REAL:
        store = MongoDocumentStore(
            require_secret(settings.mongo_uri, "SAMARINDA_MONGO_URI"),
            settings.mongo_db,
            app_name=settings.service_name,
        )
    else:
        store = EmbeddedDocumentStore(settings.ensure_data_dir() / "billing.sqlite")
    return scoped_document_store(store, TENANCY, settings.mode)


def build_billing(
    settings: BillingSettings,
    store: DocumentStore,
    publisher: EventPublisher,
    now: Callable[[], datetime] = utc_now,
) -> Billing:
    """Wire the use cases on ``store`` and ``publisher`` (tests pass the embedded ones).

    Call ``ensure_indexes(store)`` before serving; it talks to the store, so it is not done here.
    """
    book = load_tariff_book(settings.tariff_file)
    profile = load_forecast_profile(settings.forecast_file)
    quota = QuotaAnnouncer(store, publisher, now, cache_seconds=settings.quota_cache_seconds)
    return Billing(
        ledger=UsageLedger(store, book, quota, now),
        credits=Credits(store, quota, now),
        book=book,
        profile=profile,
        now=now,
    )
