from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from samarinda_billing.domain.forecast import forecast, load_forecast_profile, parse_volumes
from samarinda_billing.domain.periods import Period
from samarinda_billing.domain.pricing import Usage, charge_for, micro_to_rupiah
from samarinda_billing.domain.quota import Allocation, quota_status
from samarinda_billing.domain.tariffs import NoTariff, load_tariff_book, parse_tariff_book
from samarinda_common.events import QuotaState
from samarinda_common.providers import ZERO_RATED_PROVIDERS

BOOK = parse_tariff_book(
    {
        "exchange_rate": [
            {"effective_from": "2025-01-01T00:00:00+08:00", "usd_idr": "16000"},
            {"effective_from": "2026-04-01T00:00:00+08:00", "usd_idr": "16500"},
        ],
        "version": [
            {
                "version": "v1",
                "effective_from": "2025-01-01T00:00:00+08:00",
                "price": [
                    {
                        "operation": "llm_input_tokens",
                        "providers": ["gemini"],
                        "usd": "0.30",
                        "per_units": 1_000_000,
                    },
                    {
                        "operation": "llm_input_tokens",
                        "providers": ["gemini"],
                        "model": "pro",
                        "usd": "1.25",
                        "per_units": 1_000_000,
                    },
                    {"operation": "ocr_page", "providers": ["*"], "usd": "0"},
                    {"operation": "ocr_page", "providers": ["document-ai"], "usd": "1.50", "per_units": 1000},
                    {
                        "operation": "storage_bytes",
                        "providers": ["*"],
                        "usd": "0.02",
                        "per_units": 1_000_000_000,
                        "billing": "per_month_stored",
                    },
                ],
            },
            {
                "version": "v2",
                "effective_from": "2026-04-01T00:00:00+08:00",
                "price": [
                    {
                        "operation": "llm_input_tokens",
                        "providers": ["gemini"],
                        "usd": "0.20",
                        "per_units": 1_000_000,
                    },
                ],
            },
        ],
    }
)


def usage(
    operation: str = "llm_input_tokens",
    units: int = 1_000_000,
    provider: str = "gemini",
    at: str = "2026-03-15T10:00:00+08:00",
    model: str | None = None,
) -> Usage:
    return Usage("evt-00000001", "DISDIK", operation, provider, model, units, datetime.fromisoformat(at))


def test_period_is_the_wita_calendar_month_of_occurred_at() -> None:
    # 16:00 UTC on 31 March is midnight 1 April in Samarinda.
    assert str(Period.of(datetime(2026, 3, 31, 15, 59, 59, tzinfo=UTC))) == "2026-03"
    assert str(Period.of(datetime(2026, 3, 31, 16, 0, 0, tzinfo=UTC))) == "2026-04"
    assert Period.parse("2026-12").next() == Period(2027, 1)
    assert Period.parse("2026-01").previous() == Period(2025, 12)
    with pytest.raises(ValueError):
        Period.parse("2026-13")


def test_price_and_rate_in_force_at_the_event_time() -> None:
    march = charge_for(usage(at="2026-03-31T23:59:59+08:00"), BOOK)
    april = charge_for(usage(at="2026-04-01T00:00:00+08:00"), BOOK)
    assert (march.tariff_version, march.usd_idr, march.cost_micro_idr) == ("v1", Decimal(16000), 4800 * 10**6)
    assert (april.tariff_version, april.usd_idr, april.cost_micro_idr) == ("v2", Decimal(16500), 3300 * 10**6)


def test_named_model_and_provider_beat_wildcards() -> None:
    assert charge_for(usage(model="pro"), BOOK).cost_micro_idr == 20_000 * 10**6
    assert charge_for(usage("ocr_page", 1000, "document-ai"), BOOK).cost_micro_idr == 24_000 * 10**6
    assert charge_for(usage("ocr_page", 1000, "tesseract"), BOOK).cost_micro_idr == 0


def test_unpriced_operation_is_a_permanent_error() -> None:
    with pytest.raises(NoTariff):
        charge_for(usage(provider="acme"), BOOK)
    with pytest.raises(NoTariff):
        charge_for(usage(at="2024-12-31T23:59:59+08:00"), BOOK)


def test_event_cost_rounds_half_up_to_micro_rupiah_and_sums_round_half_up_to_rupiah() -> None:
    # 1 token at $0.30/1M × 16,000 = 0.0048 IDR = 4,800 micro-rupiah exactly.
    assert charge_for(usage(units=1), BOOK).cost_micro_idr == 4800
    # 1 page at $1.50/1000 × 16,000 = 24 IDR; 1 token at $1.25/1M × 16,000 = 0.02 IDR.
    assert charge_for(usage(units=1, model="pro"), BOOK).cost_micro_idr == 20_000
    # 11 of March's 31 days of 1 GB at $0.02 × 16,000 = 113.548387096… IDR -> 113,548,387 micro.
    storage = usage("storage_bytes", 1_000_000_000, "minio", at="2026-03-21T00:00:00+08:00")
    assert charge_for(storage, BOOK).cost_micro_idr == 113_548_387
    # 4,185 µs of 1 GB before March ends cost exactly 0.5 micro-rupiah: half-up gives 1 (not 0).
    tail = usage("storage_bytes", 1_000_000_000, "minio", at="2026-03-31T23:59:59.995815+08:00")
    assert charge_for(tail, BOOK).cost_micro_idr == 1
    assert micro_to_rupiah(1_499_999) == 1
    assert micro_to_rupiah(1_500_000) == 2
    assert micro_to_rupiah(2_500_000) == 3  # half-up, not banker's rounding


def test_storage_is_charged_for_the_share_of_the_month_left() -> None:
    gigabyte_month = 320 * 10**6  # 1 GB × $0.02 × 16,000 in micro-rupiah
    full = usage("storage_bytes", 1_000_000_000, "minio", at="2026-03-01T00:00:00+08:00")
    half = usage("storage_bytes", 1_000_000_000, "minio", at="2026-03-16T12:00:00+08:00")
    last = usage("storage_bytes", 1_000_000_000, "minio", at="2026-03-31T23:59:59+08:00")
    assert charge_for(full, BOOK).cost_micro_idr == gigabyte_month
    assert charge_for(half, BOOK).cost_micro_idr == gigabyte_month // 2
    assert 0 < charge_for(last, BOOK).cost_micro_idr < 200


@pytest.mark.parametrize(
    ("spent_idr", "state", "threshold"),
    [
        (0, QuotaState.OK, 0),
        (499_999, QuotaState.OK, 0),
        (500_000, QuotaState.WARNING, 50),
        (799_999, QuotaState.WARNING, 50),
        (800_000, QuotaState.WARNING, 80),
        (1_000_000, QuotaState.EXHAUSTED, 100),
        (2_000_000, QuotaState.EXHAUSTED, 100),
    ],
)
def test_quota_thresholds_at_50_80_100(spent_idr: int, state: QuotaState, threshold: int) -> None:
    status = quota_status(spent_idr * 10**6, Allocation(1_000_000, hard_limit=True))
    assert (status.state, status.threshold) == (state, threshold)


def test_quota_threshold_is_exact_although_the_percentage_is_rounded() -> None:
    status = quota_status(799_999_999_999, Allocation(1_000_000))  # 79.9999999999 %
    assert (status.threshold, status.used_percent) == (50, Decimal("80.00"))


def test_quota_without_allocation_never_blocks_and_zero_allocation_is_exhausted() -> None:
    assert quota_status(10**15, None).state is QuotaState.OK
    empty = quota_status(0, Allocation(0, hard_limit=True))
    assert empty.state is QuotaState.EXHAUSTED and empty.blocks_paid_operations
    assert not quota_status(10**15, Allocation(1, hard_limit=False)).blocks_paid_operations


def test_full_use_forecast_is_about_200_dollars_a_month_and_rent_beats_own() -> None:
    profile = load_forecast_profile()
    result = forecast(profile.full_use_volumes(), load_tariff_book(), profile.gpu_server, Period(2026, 3))
    assert len(profile.opds) == 45
    assert Decimal(180) < result.total_usd < Decimal(220)
    assert result.total_idr == sum(line.cost_micro_idr for line in result.lines) // 10**6 + (
        1 if sum(line.cost_micro_idr for line in result.lines) % 10**6 >= 500_000 else 0
    )
    rent_own = result.rent_vs_own
    assert rent_own.cheaper == "rent"
    assert rent_own.break_even_scale is not None
    assert rent_own.break_even_scale * rent_own.rent_monthly_idr == pytest.approx(
        rent_own.own_monthly_idr, rel=1e-3
    )


def test_forecast_of_planned_volumes_and_break_even() -> None:
    profile = load_forecast_profile()
    volumes = parse_volumes(
        [{"opd": "DISDIK", "operation": "llm_output_tokens", "provider": "gemini", "units": 10_000_000_000}]
    )
    result = forecast(volumes, load_tariff_book(), profile.gpu_server, Period(2026, 3))
    # 10,000M output tokens × $2.50/1M × 16,300 = Rp 407,500,000 a month: owning is cheaper.
    assert result.total_idr == 407_500_000
    assert result.rent_vs_own.cheaper == "own"
    assert result.rent_vs_own.break_even_scale is not None and result.rent_vs_own.break_even_scale < 1


def test_tariff_amounts_must_be_decimal_strings() -> None:
    with pytest.raises(ValueError, match="decimal strings"):
        parse_tariff_book(
            {
                "exchange_rate": [{"effective_from": "2025-01-01T00:00:00+08:00", "usd_idr": 16300.5}],
                "version": [{"version": "x", "effective_from": "2025-01-01T00:00:00+08:00"}],
            }
        )


@pytest.mark.parametrize("provider", sorted(ZERO_RATED_PROVIDERS))
@pytest.mark.parametrize("operation", ["ocr_page", "embed_tokens", "llm_input_tokens", "llm_output_tokens"])
def test_the_default_book_zero_rates_every_provider_the_quota_guard_lets_through(
    provider: str, operation: str
) -> None:
    book = load_tariff_book()
    assert (
        charge_for(usage(operation, 1_000_000, provider, at="2026-03-10T08:00:00+08:00"), book).cost_micro_idr
        == 0
    )


def test_a_book_names_the_zero_rated_providers_with_one_word() -> None:
    book = parse_tariff_book(
        {
            "exchange_rate": [{"effective_from": "2025-01-01T00:00:00+08:00", "usd_idr": "16000"}],
            "version": [
                {
                    "version": "v1",
                    "effective_from": "2025-01-01T00:00:00+08:00",
                    "price": [
                        {"operation": "ocr_page", "providers": ["@zero-rated", "on-prem-gpu"], "usd": "0"}
                    ],
                }
            ],
        }
    )
    [price] = book.latest.prices
    assert price.providers == ZERO_RATED_PROVIDERS | {"on-prem-gpu"}
    with pytest.raises(NoTariff):
        charge_for(usage("ocr_page", 1, "document-ai"), book)
