"""Per-OPD API tokens, the principal of the current call, and the audit log.

Tokens come from ``SAMARINDA_API_TOKENS`` ("token=OPD_CODE,token2=*,token3=BPKAD+catalogue-publisher";
``*`` is an admin who may act for every OPD; ``+role`` grants a role on top of the scope). Only
SHA-256 digests are kept in memory and compared in constant time; a principal is identified in logs
by a short digest prefix, never by the token.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from samarinda_common.errors import InvalidInput, PermissionDenied, Unauthenticated
from samarinda_common.logging import get_logger
from samarinda_common.ports import DocumentStore
from samarinda_common.settings import CommonSettings, Mode

log = get_logger(__name__)

ADMIN_SCOPE = "*"
# May publish the city's official price catalogues (SSH/HSPK/ASB/SBU); admins may too.
CATALOGUE_PUBLISHER = "catalogue-publisher"
ROLES = frozenset({CATALOGUE_PUBLISHER})
AUDIT_LOG_COLLECTION = "audit_log"
_BEARER = "bearer "


@dataclass(frozen=True)
class Principal:
    opd: str | None
    is_admin: bool
    token_id: str
    roles: frozenset[str] = frozenset()

    def may_act_for(self, opd: str) -> bool:
        return self.is_admin or (self.opd is not None and hmac.compare_digest(self.opd, opd))

    def opds_to_read(self, requested: Sequence[str], action: str) -> tuple[str, ...]:
        """The OPDs a query of this caller covers: an admin's as asked (none named: the whole
        city); anyone else's is their own OPD, and naming another OPD is refused (``action`` says
        what was refused, e.g. "search documents")."""
        if self.is_admin:
            return tuple(requested)
        if self.opd is None:
            raise PermissionDenied("this token is not bound to an OPD")
        foreign = [opd for opd in requested if not self.may_act_for(opd)]
        if foreign:
            raise PermissionDenied(f"not allowed to {action} of OPD {foreign[0]}")
        return (self.opd,)

    @property
    def may_publish_catalogues(self) -> bool:
        return self.is_admin or CATALOGUE_PUBLISHER in self.roles

    @classmethod
    def acting_for(cls, opd: str, on_behalf_of: str) -> Principal:
        """A worker handling one OPD's event: that OPD's data and nothing else."""
        return cls(opd=opd, is_admin=False, token_id=on_behalf_of)

    @classmethod
    def platform(cls, task: str) -> Principal:
        """City-wide platform work that belongs to no single OPD (outbox relay, ledger batches)."""
        return cls(opd=None, is_admin=True, token_id=f"platform:{task}")


ANONYMOUS_ADMIN = Principal(opd=None, is_admin=True, token_id="anonymous")  # noqa: S106 (a label)


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def parse_token_spec(spec: str) -> dict[str, str]:
    """``"token=OPD,token2=*"`` -> ``{token: scope}``; rejects malformed or empty entries."""
    tokens: dict[str, str] = {}
    for entry in filter(None, (part.strip() for part in spec.split(","))):
        token, sep, scope = entry.partition("=")
        if not sep or not token.strip() or not scope.strip():
            raise InvalidInput("api token entries must look like token=OPD_CODE", field="api_tokens")
        parse_scope(scope.strip())
        tokens[token.strip()] = scope.strip()
    return tokens


def parse_scope(scope: str) -> tuple[str | None, bool, frozenset[str]]:
    """``"BPKAD+catalogue-publisher"`` -> ``("BPKAD", False, {"catalogue-publisher"})``."""
    who, *roles = (part.strip() for part in scope.split("+"))
    unknown = set(roles) - ROLES
    if not who or unknown:
        raise InvalidInput(
            f"api token scope {scope!r}: an OPD code or *, then optional +role ({', '.join(sorted(ROLES))})",
            field="api_tokens",
        )
    admin = who == ADMIN_SCOPE
    return (None if admin else who), admin, frozenset(roles)


def _principal_of(token: str, scope: str) -> Principal:
    opd, admin, roles = parse_scope(scope)
    return Principal(
        opd=opd, is_admin=admin, token_id=hashlib.sha256(token.encode()).hexdigest()[:12], roles=roles
    )


class TokenAuthenticator:
    def __init__(self, tokens: Mapping[str, str], *, anonymous: Principal | None = None) -> None:
        """``tokens`` maps token -> OPD code (or ``*``). ``anonymous`` is who a call without a
        token is; ``None`` (the default) refuses such calls."""
        self._principals = [(_digest(token), _principal_of(token, scope)) for token, scope in tokens.items()]
        self._anonymous = anonymous

    @classmethod
    def from_settings(cls, settings: CommonSettings) -> TokenAuthenticator:
        """Fails closed: with no tokens configured only the embedded (local demo) mode lets calls in."""
        tokens = parse_token_spec(settings.api_tokens.get_secret_value())
        if not tokens and settings.mode is Mode.EMBEDDED:
            log.warning("auth_disabled_no_tokens", mode=settings.mode.value)
            return cls(tokens, anonymous=ANONYMOUS_ADMIN)
        return cls(tokens)

    def authenticate(self, token: str | None) -> Principal:
        if not token:
            if self._anonymous is not None:
                return self._anonymous
            raise Unauthenticated("missing API token (authorization: Bearer <token>)")
        presented = _digest(token)
        found: Principal | None = None
        for digest, principal in self._principals:  # no early exit: timing must not reveal position
            if hmac.compare_digest(digest, presented):
                found = principal
        if found is None:
            raise Unauthenticated("unknown API token")
        return found

    def authenticate_header(self, authorization: str | None) -> Principal:
        """Resolve an ``Authorization: Bearer <token>`` header value."""
        if authorization is None:
            return self.authenticate(None)
        if not authorization.lower().startswith(_BEARER):
            raise Unauthenticated("authorization must use the Bearer scheme")
        return self.authenticate(authorization[len(_BEARER) :].strip())


_principal: ContextVar[Principal | None] = ContextVar("samarinda_principal", default=None)


def current_principal() -> Principal:
    """The caller of the current request; raises ``Unauthenticated`` outside an authenticated call."""
    principal = _principal.get()
    if principal is None:
        raise Unauthenticated("no authenticated caller in this context")
    return principal


def bound_principal() -> Principal | None:
    """The caller of the current request, or None outside one."""
    return _principal.get()


@contextmanager
def use_principal(principal: Principal) -> Iterator[Principal]:
    token = _principal.set(principal)
    try:
        yield principal
    finally:
        _principal.reset(token)


def authorize_opd(principal: Principal, opd: str) -> None:
    if not principal.may_act_for(opd):
        raise PermissionDenied(f"this token may not act for OPD {opd}", details={"opd": opd})


def authorize_catalogue_publishing(principal: Principal) -> None:
    if not principal.may_publish_catalogues:
        raise PermissionDenied(
            "only the catalogue publisher (BPKAD) or an admin may publish price catalogues",
            reason="CATALOGUE_PUBLISHER_ONLY",
        )


def principal_from_headers(authenticator: TokenAuthenticator, headers: Mapping[str, str]) -> Principal:
    """For HTTP entrypoints (Starlette ``request.headers``): Authorization header -> Principal."""
    return authenticator.authenticate_header(headers.get("authorization"))


class AuditLog:
    """Who did what to which resource, and how it ended (collection ``audit_log``)."""

    def __init__(self, store: DocumentStore) -> None:
        self._store = store

    async def record(
        self,
        *,
        action: str,
        resource: str,
        opd: str | None,
        outcome: str,
        principal: Principal | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        actor = principal or _principal.get()
        await self._store.insert_one(
            AUDIT_LOG_COLLECTION,
            {
                "at": datetime.now(UTC),
                "principal": {**asdict(actor), "roles": sorted(actor.roles)} if actor else None,
                "action": action,
                "resource": resource,
                "opd": opd,
                "outcome": outcome,
                **({"extra": dict(extra)} if extra else {}),
            },
        )
