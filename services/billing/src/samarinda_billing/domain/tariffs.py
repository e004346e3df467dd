"""The tariff book: versioned USD prices per operation and provider, and dated USD→IDR rates.

A price applies from its version's ``effective_from`` until the next version starts; the rate in
force is the latest one whose ``effective_from`` is not after the event. Prices are decimal
strings in the file, never floats. The default book ships in ``samarinda_billing/data``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from samarinda_common.errors import PermanentError
from samarinda_common.providers import ZERO_RATED_PROVIDERS

ANY = "*"
ZERO_RATED = "@zero-rated"  # in a book: every provider of ZERO_RATED_PROVIDERS


class NoTariff(PermanentError):
    """No price covers this operation/provider at that time: the event cannot be charged."""

    reason = "NO_TARIFF"


class Billing(StrEnum):
    PER_UNIT = "per_unit"  # units / per_units × price
    PER_MONTH_STORED = "per_month_stored"  # also × the share of the month left (storage)


@dataclass(frozen=True)
class Price:
    operation: str
    providers: frozenset[str]
    model: str | None  # None: any model of the providers
    usd: Decimal  # for `per_units` units
    per_units: int
    billing: Billing = Billing.PER_UNIT

    def matches(self, operation: str, provider: str, model: str | None) -> bool:
        return (
            self.operation == operation
            and (provider in self.providers or ANY in self.providers)
            and (self.model is None or self.model == model)
        )

    def specificity(self, provider: str) -> tuple[bool, bool]:
        return (self.model is not None, provider in self.providers)


@dataclass(frozen=True)
class TariffVersion:
    version: str
    effective_from: datetime
    prices: tuple[Price, ...]

    def price_for(self, operation: str, provider: str, model: str | None) -> Price | None:
        """The most specific match: a named model beats any model, a named provider beats ``*``."""
        candidates = [p for p in self.prices if p.matches(operation, provider, model)]
        if not candidates:
            return None
        return max(candidates, key=lambda p: p.specificity(provider))


@dataclass(frozen=True)
class ExchangeRate:
    effective_from: datetime
    usd_idr: Decimal


@dataclass(frozen=True)
class TariffBook:
    versions: tuple[TariffVersion, ...]  # ascending effective_from
    rates: tuple[ExchangeRate, ...]  # ascending effective_from

    def version_at(self, moment: datetime) -> TariffVersion:
        return _in_force(self.versions, moment, "tariff version")

    def rate_at(self, moment: datetime) -> ExchangeRate:
        return _in_force(self.rates, moment, "USD/IDR exchange rate")

    def price_at(
        self, moment: datetime, operation: str, provider: str, model: str | None
    ) -> tuple[TariffVersion, Price]:
        version = self.version_at(moment)
        price = version.price_for(operation, provider, model)
        if price is None:
            raise NoTariff(
                f"tariff {version.version} has no price for {operation} by {provider}"
                + (f" ({model})" if model else ""),
                details={"operation": operation, "provider": provider, "tariff_version": version.version},
            )
        return version, price

    @property
    def latest(self) -> TariffVersion:
        return self.versions[-1]


_Dated = TypeVar("_Dated", TariffVersion, ExchangeRate)


def _in_force(items: Sequence[_Dated], moment: datetime, what: str) -> _Dated:
    in_force = [item for item in items if item.effective_from <= moment]
    if not in_force:
        raise NoTariff(f"no {what} in force at {moment.isoformat()}")
    return in_force[-1]


def load_tariff_book(path: Path | None = None) -> TariffBook:
    """Load a book from a TOML file, or the one shipped with the package."""
    if path is None:
        text = resources.files("samarinda_billing.data").joinpath("tariffs.toml").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    return parse_tariff_book(tomllib.loads(text))


def parse_tariff_book(raw: Mapping[str, Any]) -> TariffBook:
    versions = tuple(sorted((_version(v) for v in raw.get("version", [])), key=lambda v: v.effective_from))
    rates = tuple(sorted((_rate(r) for r in raw.get("exchange_rate", [])), key=lambda r: r.effective_from))
    if not versions or not rates:
        raise ValueError("a tariff book needs at least one [[version]] and one [[exchange_rate]]")
    return TariffBook(versions, rates)


def _version(raw: Mapping[str, Any]) -> TariffVersion:
    return TariffVersion(
        version=str(raw["version"]),
        effective_from=_aware(raw["effective_from"]),
        prices=tuple(_price(p) for p in raw.get("price", [])),
    )


def _price(raw: Mapping[str, Any]) -> Price:
    providers = raw.get("providers") or [raw.get("provider", ANY)]
    per_units = int(raw.get("per_units", 1))
    if per_units <= 0:
        raise ValueError(f"per_units must be positive in {dict(raw)}")
    return Price(
        operation=str(raw["operation"]),
        providers=_expand(str(p) for p in providers),
        model=raw.get("model"),
        usd=_decimal(raw["usd"]),
        per_units=per_units,
        billing=Billing(raw.get("billing", Billing.PER_UNIT)),
    )


def _expand(providers: Iterable[str]) -> frozenset[str]:
    named = set(providers)
    if ZERO_RATED in named:
        named = (named - {ZERO_RATED}) | ZERO_RATED_PROVIDERS
    return frozenset(named)


def _rate(raw: Mapping[str, Any]) -> ExchangeRate:
    return ExchangeRate(effective_from=_aware(raw["effective_from"]), usd_idr=_decimal(raw["usd_idr"]))


def _decimal(value: Any) -> Decimal:
    # Amounts must be strings: a TOML float would already have lost the exact price.
    if not isinstance(value, str | int):
        raise ValueError(f"amounts are decimal strings, got {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal amount: {value!r}") from exc


def _aware(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError(f"effective_from needs a UTC offset: {value!r}")
    return moment


def tariff_book_to_json(book: TariffBook) -> dict[str, Any]:
    return {
        "exchange_rates": [
            {"effective_from": r.effective_from.isoformat(), "usd_idr": str(r.usd_idr)} for r in book.rates
        ],
        "versions": [
            {
                "version": v.version,
                "effective_from": v.effective_from.isoformat(),
                "prices": [
                    {
                        "operation": p.operation,
                        "providers": sorted(p.providers),
                        "model": p.model,
                        "usd": str(p.usd),
                        "per_units": p.per_units,
                        "billing": p.billing.value,
                    }
                    for p in v.prices
                ],
            }
            for v in book.versions
        ],
    }
