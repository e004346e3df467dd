"""Monthly cost forecasts from planned volumes, and renting AI versus owning a GPU server.

Planned volumes are units per OPD per operation per month, priced with the same code as real
events (``charge_for``) as if they all happened at the first instant of the forecast month, so
storage counts as a full month. The "full use" scenario applies one documented volume profile to
every OPD of the city (``data/forecast.toml``).

Rent vs own: owning costs the server's capex spread evenly over its amortisation months, plus
power (kW × PUE × hours × tariff), maintenance (a yearly share of capex) and a share of staff.
Only the operations such a server can take over (``replaces_operations``) count on the rent side;
``break_even_scale`` is how many times the forecast volume of those operations the city must use
before owning is cheaper (assuming the server has the capacity).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from samarinda_billing.domain.periods import Period
from samarinda_billing.domain.pricing import Usage, charge_for, idr_to_usd, micro_to_rupiah
from samarinda_billing.domain.tariffs import TariffBook

FULL_USE = "full-use"


@dataclass(frozen=True)
class PlannedVolume:
    opd: str
    operation: str
    provider: str
    units: int
    model: str | None = None


@dataclass(frozen=True)
class GpuServer:
    capex_idr: int
    amortisation_months: int
    power_kw: Decimal
    pue: Decimal
    electricity_idr_per_kwh: Decimal
    hours_per_month: int
    maintenance_percent_per_year: Decimal
    staff_idr_per_month: int
    replaces_operations: frozenset[str]

    def monthly_cost_idr(self) -> int:
        capex = Decimal(self.capex_idr) / self.amortisation_months
        power = self.power_kw * self.pue * self.hours_per_month * self.electricity_idr_per_kwh
        maintenance = Decimal(self.capex_idr) * self.maintenance_percent_per_year / 100 / 12
        total = capex + power + maintenance + self.staff_idr_per_month
        return int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class ForecastProfile:
    opds: tuple[str, ...]
    per_opd: tuple[PlannedVolume, ...]  # opd left empty: applied to each OPD
    gpu_server: GpuServer

    def full_use_volumes(self) -> list[PlannedVolume]:
        return [
            PlannedVolume(opd, v.operation, v.provider, v.units, v.model)
            for opd in self.opds
            for v in self.per_opd
        ]


@dataclass(frozen=True)
class ForecastLine:
    volume: PlannedVolume
    cost_micro_idr: int

    @property
    def cost_idr(self) -> int:
        return micro_to_rupiah(self.cost_micro_idr)

    def cost_usd(self, usd_idr: Decimal) -> Decimal:
        return idr_to_usd(Decimal(self.cost_micro_idr) / 1_000_000, usd_idr)


@dataclass(frozen=True)
class RentVsOwn:
    rent_monthly_idr: int
    own_monthly_idr: int
    own_capex_idr: int
    amortisation_months: int
    break_even_scale: Decimal | None  # None: the rented side costs nothing, owning never pays off

    @property
    def cheaper(self) -> str:
        return "own" if self.own_monthly_idr < self.rent_monthly_idr else "rent"


@dataclass(frozen=True)
class Forecast:
    month: str
    lines: tuple[ForecastLine, ...]
    tariff_version: str
    usd_idr: Decimal
    rent_vs_own: RentVsOwn

    @property
    def total_micro_idr(self) -> int:
        return sum(line.cost_micro_idr for line in self.lines)

    @property
    def total_idr(self) -> int:
        return micro_to_rupiah(self.total_micro_idr)

    @property
    def total_usd(self) -> Decimal:
        return idr_to_usd(Decimal(self.total_micro_idr) / 1_000_000, self.usd_idr)


def forecast(
    volumes: Iterable[PlannedVolume], book: TariffBook, gpu_server: GpuServer, month: Period
) -> Forecast:
    starts_at = month.starts_at
    lines = tuple(ForecastLine(v, charge_for(_as_usage(v, starts_at), book).cost_micro_idr) for v in volumes)
    rent_micro = sum(
        line.cost_micro_idr for line in lines if line.volume.operation in gpu_server.replaces_operations
    )
    own = gpu_server.monthly_cost_idr()
    scale = None
    if rent_micro > 0:
        ratio = Decimal(own) * 1_000_000 / rent_micro
        scale = ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return Forecast(
        month=str(month),
        lines=lines,
        tariff_version=book.version_at(starts_at).version,
        usd_idr=book.rate_at(starts_at).usd_idr,
        rent_vs_own=RentVsOwn(
            rent_monthly_idr=micro_to_rupiah(rent_micro),
            own_monthly_idr=own,
            own_capex_idr=gpu_server.capex_idr,
            amortisation_months=gpu_server.amortisation_months,
            break_even_scale=scale,
        ),
    )


def next_month_forecast(
    profile: ForecastProfile, book: TariffBook, now: datetime, volumes: Sequence[PlannedVolume] | None = None
) -> Forecast:
    """Next month's cost of ``volumes``, or of full use by every OPD when none are given."""
    planned = list(volumes) if volumes else profile.full_use_volumes()
    return forecast(planned, book, profile.gpu_server, Period.of(now).next())


def forecast_to_json(result: Forecast) -> dict[str, Any]:
    rent_own = result.rent_vs_own
    return {
        "month": result.month,
        "tariff_version": result.tariff_version,
        "usd_idr": str(result.usd_idr),
        "total_idr": result.total_idr,
        "total_usd": str(result.total_usd),
        "lines": [
            {
                "opd": line.volume.opd,
                "operation": line.volume.operation,
                "provider": line.volume.provider,
                "model": line.volume.model,
                "units": line.volume.units,
                "cost_idr": line.cost_idr,
                "cost_usd": str(line.cost_usd(result.usd_idr)),
            }
            for line in result.lines
        ],
        "rent_vs_own": {
            "rent_monthly_idr": rent_own.rent_monthly_idr,
            "own_monthly_idr": rent_own.own_monthly_idr,
            "own_capex_idr": rent_own.own_capex_idr,
            "amortisation_months": rent_own.amortisation_months,
            "break_even_scale": None if rent_own.break_even_scale is None else str(rent_own.break_even_scale),
            "cheaper": rent_own.cheaper,
        },
    }


def _as_usage(volume: PlannedVolume, at: datetime) -> Usage:
    return Usage(
        event_id="forecast",
        opd=volume.opd,
        operation=volume.operation,
        provider=volume.provider,
        model=volume.model,
        units=volume.units,
        occurred_at=at,
    )


def load_forecast_profile(path: Path | None = None) -> ForecastProfile:
    if path is None:
        text = resources.files("samarinda_billing.data").joinpath("forecast.toml").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    return parse_forecast_profile(tomllib.loads(text))


def parse_forecast_profile(raw: Mapping[str, Any]) -> ForecastProfile:
    full_use = raw["full_use"]
    server = raw["gpu_server"]
    return ForecastProfile(
        opds=tuple(str(o) for o in full_use["opds"]),
        per_opd=tuple(parse_volumes(full_use["per_opd"], default_opd="")),
        gpu_server=GpuServer(
            capex_idr=int(server["capex_idr"]),
            amortisation_months=int(server["amortisation_months"]),
            power_kw=Decimal(str(server["power_kw"])),
            pue=Decimal(str(server["pue"])),
            electricity_idr_per_kwh=Decimal(str(server["electricity_idr_per_kwh"])),
            hours_per_month=int(server["hours_per_month"]),
            maintenance_percent_per_year=Decimal(str(server["maintenance_percent_per_year"])),
            staff_idr_per_month=int(server["staff_idr_per_month"]),
            replaces_operations=frozenset(server["replaces_operations"]),
        ),
    )


def parse_volumes(raw: Sequence[Mapping[str, Any]], default_opd: str | None = None) -> list[PlannedVolume]:
    """Volumes from dicts with opd, operation, provider, units and optionally model."""
    volumes = []
    for item in raw:
        units = int(item["units"])
        if units < 0:
            raise ValueError(f"planned units must not be negative: {dict(item)}")
        opd = item.get("opd", default_opd)
        if opd is None:
            raise ValueError(f"a planned volume needs an opd: {dict(item)}")
        volumes.append(
            PlannedVolume(
                opd=str(opd),
                operation=str(item["operation"]),
                provider=str(item.get("provider", "local")),
                units=units,
                model=item.get("model") or None,
            )
        )
    return volumes
