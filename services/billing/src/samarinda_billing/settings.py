"""Settings of the billing service: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_BILLING_*``."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, own_settings

_own = own_settings("billing")


class BillingSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "billing"
    # A TOML tariff book / forecast profile replacing the ones shipped in samarinda_billing/data.
    tariff_file: Path | None = _own(None, "tariff_file")
    forecast_file: Path | None = _own(None, "forecast_file")
    consumer_group: str = _own("billing", "consumer_group")
    # Usage events charged per batch (one round trip per step for the whole batch).
    batch_size: int = _own(500, "batch_size", ge=1, le=10_000)
    # The shared processor's processed_events filter in front of the (already idempotent) ledger.
    processor_dedup: bool = _own(True, "processor_dedup")
    # How long the worker trusts its copy of an OPD's allocation and last announced quota state.
    quota_cache_seconds: float = _own(5.0, "quota_cache_seconds", ge=0)
