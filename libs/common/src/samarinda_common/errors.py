"""Typed errors shared by every service, mapped once to gRPC status codes and HTTP statuses.

Permanent errors (bad input) are never retried: the event goes to the DLQ with the reason.
Transient errors (a dependency that is down) are retried with backoff and never dead-lettered
for that reason alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class SamarindaError(Exception):
    """Base of all typed errors. ``reason`` is a stable machine code, ``message`` is for people."""

    reason: str = "ERROR"

    def __init__(self, message: str, *, reason: str | None = None, details: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        if reason is not None:
            self.reason = reason
        self.details: dict[str, str] = details or {}


class PermanentError(SamarindaError):
    """Retrying cannot help: the input itself is wrong."""


class InvalidInput(PermanentError):
    """Malformed or hostile input (``INVALID_ARGUMENT``); ``field`` names what is wrong."""

    reason = "INVALID_INPUT"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        reason: str | None = None,
        details: dict[str, str] | None = None,
    ):
        super().__init__(message, reason=reason, details=details)
        self.field = field


class PreconditionFailed(PermanentError):
    """Well-formed but not processable in the current state (``FAILED_PRECONDITION``)."""

    reason = "FAILED_PRECONDITION"


class NotFound(PermanentError):
    reason = "NOT_FOUND"


class PermissionDenied(PermanentError):
    reason = "PERMISSION_DENIED"


class Unauthenticated(PermanentError):
    reason = "UNAUTHENTICATED"


class AlreadyExists(PermanentError):
    reason = "ALREADY_EXISTS"


class QuotaExhausted(PermanentError):
    """The OPD's credit allocation is spent (``RESOURCE_EXHAUSTED``)."""

    reason = "QUOTA_EXHAUSTED"


class TransientError(SamarindaError):
    """A dependency is down or slow: retry with backoff, keep the event."""

    reason = "UNAVAILABLE"


class DependencyUnavailable(TransientError):
    pass


class DuplicateKey(SamarindaError):
    """A unique index refused a write (document stores raise this for any backend)."""

    reason = "DUPLICATE_KEY"


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


@dataclass
class ValidationReport:
    violations: list[FieldViolation] = field(default_factory=list)

    def add(self, field_name: str, description: str) -> None:
        self.violations.append(FieldViolation(field_name, description))

    def raise_if_any(self) -> None:
        if self.violations:
            first = self.violations[0]
            raise InvalidInput(
                "; ".join(f"{v.field}: {v.description}" for v in self.violations),
                field=first.field,
                details={v.field: v.description for v in self.violations},
            )
