"""What every page handler is given: settings, the platform port, sessions, live feed, templates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from cachetools import TTLCache
from samarinda.billing.v1 import billing_service_pb2 as billing_pb
from samarinda_common.auth import TokenAuthenticator
from starlette.templating import Jinja2Templates

from samarinda_console.domain.sessions import SessionStore
from samarinda_console.live import StatusFeed
from samarinda_console.platform import Platform

CITY = "semua"  # the path segment an admin uses for the whole city


@dataclass
class Console:
    platform: Platform
    authenticator: TokenAuthenticator
    sessions: SessionStore
    templates: Jinja2Templates
    opds: list[tuple[str, str]]  # (code, name) an admin can pick
    feed: StatusFeed | None
    secure_cookies: bool
    max_upload_bytes: int
    clock: Callable[[], datetime]
    # Shown on every page when the console runs over a local data folder (samarinda console).
    local_mode: bool = False
    local_data: str = ""
    # Usage of past months, per (caller, OPD, month), for a minute: the credits page shows six
    # months and past ones change only by late events, so most of its calls need not be repeated.
    past_usage: TTLCache[tuple[str, str, str], billing_pb.GetUsageResponse] = field(
        default_factory=lambda: TTLCache(maxsize=20_000, ttl=60)
    )
