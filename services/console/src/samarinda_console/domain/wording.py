"""Plain Bahasa Indonesia for the platform's status and reason codes (data/wording.toml)."""

from __future__ import annotations

from pydantic import BaseModel
from samarinda_common.rules import load_rules


class Wording(BaseModel):
    owner: str
    version: str
    status: dict[str, str]
    operations: dict[str, str]
    reasons: dict[str, str]


WORDING = load_rules(Wording, "samarinda_console.data", "wording.toml")


def status_label(status: str) -> str:
    return WORDING.status.get(status, status)


def operation_label(operation: str) -> str:
    return WORDING.operations.get(operation, operation)


def plain_reason(reason: str, message: str = "") -> str:
    """A code the wording knows in plain words; an unknown one keeps the service's own message."""
    known = WORDING.reasons.get(reason)
    if known:
        return known
    return message or reason or "Terjadi kesalahan."


def failure_reason(status_reason: str) -> str:
    """A failed document's status reason is ``"CODE: message"`` (see the extraction service)."""
    code, separator, message = status_reason.partition(":")
    if separator and code.strip().isupper():
        return plain_reason(code.strip(), message.strip())
    return plain_reason("", status_reason)
