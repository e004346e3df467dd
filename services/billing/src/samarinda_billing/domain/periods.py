"""Billing periods: calendar months in Samarinda's local time (WITA, UTC+8).

An event belongs to the month in which it happened (``occurred_at``), whenever it arrives, so a
late event lands in its own period rather than the one being processed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

# WITA has no daylight saving time, so a fixed offset is exact and needs no tz database.
WITA = timezone(timedelta(hours=8), "WITA")

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PERIOD.match(text)
        if match is None:
            raise ValueError(f"period must look like YYYY-MM, got {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, moment: datetime) -> Period:
        if moment.tzinfo is None:
            raise ValueError("a billing time must carry a timezone")
        local = moment.astimezone(WITA)
        return cls(local.year, local.month)

    @classmethod
    def current(cls) -> Period:
        return cls.of(datetime.now(UTC))

    @property
    def starts_at(self) -> datetime:
        return datetime(self.year, self.month, 1, tzinfo=WITA)

    @property
    def ends_at(self) -> datetime:
        """The first instant of the next period (periods are half-open: [starts_at, ends_at))."""
        return self.next().starts_at

    def next(self) -> Period:
        return Period(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def period_of(moment: datetime) -> str:
    return str(Period.of(moment))
