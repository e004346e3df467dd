"""Reading an exported usage event log (JSON Lines), reporting bad lines by number.

Each line is one ``usage.recorded.v1`` event and is validated by the same model the consumer
decodes with. ``event_id`` and ``occurred_at`` are required here although the model has
defaults: a made-up id would defeat deduplication and a made-up time would move the event to
another period.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from samarinda_common.errors import PermanentError
from samarinda_common.events import UsageRecorded

from samarinda_billing.domain.ledger import LedgerEntry, UsageReport, usage_from_event
from samarinda_billing.domain.tariffs import TariffBook

_REQUIRED = ("event_id", "opd", "operation", "units", "occurred_at")


@dataclass(frozen=True)
class LineError:
    line: int
    reason: str


def parse_usage_line(text: str) -> UsageRecorded:
    """One event from one line; ``ValueError`` with a short reason when it is not one."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    missing = [name for name in _REQUIRED if name not in raw]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    try:
        return UsageRecorded.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from exc


def describe_validation_error(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or 'event'}: {error['msg']}" for error in exc.errors()
    )


def read_usage_lines(lines: Iterable[str]) -> Iterator[tuple[int, UsageRecorded | LineError]]:
    """(line number, event or error) for every non-blank line, numbered from 1."""
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            yield number, parse_usage_line(text)
        except ValueError as exc:
            yield number, LineError(number, str(exc))


@dataclass
class ReplayReport:
    usage: UsageReport
    errors: list[LineError] = field(default_factory=list)
    events: int = 0
    duplicates: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "usage": [
                {
                    "opd": row["opd"],
                    "operation": row["operation"],
                    "units": row["units"],
                    "cost_idr": row["cost_idr"],
                }
                for row in self.usage.rows()
            ],
            "total_cost_idr": self.usage.total_idr,
            "events": self.events,
            "duplicates": self.duplicates,
            "errors": [{"line": e.line, "reason": e.reason} for e in self.errors],
        }


def replay(lines: Iterable[str], book: TariffBook) -> ReplayReport:
    """Usage and cost per OPD and operation from an event log, as the service would charge it.

    Pricing is ``LedgerEntry.charge``, the service's own; deduplication follows the ledger's rule
    (the first event with a given id is charged, later copies are not).
    """
    report = ReplayReport(UsageReport(("opd", "operation")))
    charged: set[str] = set()
    for number, parsed in read_usage_lines(lines):
        if isinstance(parsed, LineError):
            report.errors.append(parsed)
            continue
        if parsed.event_id in charged:
            report.duplicates += 1
            continue
        try:
            entry = LedgerEntry.charge(usage_from_event(parsed), book)
        except PermanentError as exc:
            report.errors.append(LineError(number, f"{exc.reason}: {exc.message}"))
            continue
        charged.add(parsed.event_id)
        report.events += 1
        report.usage.add(entry)
    return report
