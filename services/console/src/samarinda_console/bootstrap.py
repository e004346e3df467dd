"""The console's composition root: settings -> platform client, sessions, live feed -> the app."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import uvicorn
from samarinda_common.auth import TokenAuthenticator, parse_scope, parse_token_spec
from samarinda_common.logging import get_logger
from samarinda_common.observability import HealthChecks, HealthServer, build_health_app
from samarinda_common.settings import Mode
from starlette.applications import Starlette

from samarinda_console.adapters.grpc_platform import GrpcPlatform
from samarinda_console.domain.sessions import SessionStore
from samarinda_console.live import StatusFeed, follow
from samarinda_console.platform import Platform
from samarinda_console.settings import ConsoleSettings
from samarinda_console.web.app import build_app, build_templates
from samarinda_console.web.context import Console

log = get_logger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def opds_of(settings: ConsoleSettings) -> list[tuple[str, str]]:
    """The OPDs an admin can pick: ``SAMARINDA_CONSOLE_OPDS`` (``CODE=Name,CODE``), else every OPD
    an API token is scoped to."""
    chosen: list[tuple[str, str]] = []
    for entry in filter(None, (part.strip() for part in settings.opds.split(","))):
        code, _, name = entry.partition("=")
        chosen.append((code.strip(), name.strip() or code.strip()))
    if chosen:
        return chosen
    scoped = {
        parse_scope(scope)[0] for scope in parse_token_spec(settings.api_tokens.get_secret_value()).values()
    }
    return [(code, code) for code in sorted(c for c in scoped if c)]


def build_platform(settings: ConsoleSettings) -> GrpcPlatform:
    return GrpcPlatform(
        settings,
        upload=settings.upload_server,
        review=settings.review_server,
        billing=settings.billing_server,
        ask=settings.ask_server,
        performance=settings.performance_server,
        timeout_seconds=settings.call_timeout_seconds,
    )


def build_console(
    settings: ConsoleSettings,
    platform: Platform,
    feed: StatusFeed | None,
    *,
    authenticator: TokenAuthenticator | None = None,
    clock: Callable[[], datetime] = _utc_now,
    local_data: str | None = None,
) -> Console:
    return Console(
        platform=platform,
        authenticator=authenticator or TokenAuthenticator.from_settings(settings),
        sessions=SessionStore(
            idle=timedelta(minutes=settings.session_idle_minutes),
            lifetime=timedelta(hours=settings.session_max_hours),
            capacity=settings.max_sessions,
            clock=clock,
        ),
        templates=build_templates(),
        opds=opds_of(settings),
        feed=feed,
        secure_cookies=settings.secure_cookies,
        max_upload_bytes=settings.max_upload_bytes,
        clock=clock,
        local_mode=bool(local_data),
        local_data=local_data or "",
    )


async def serve_console(
    settings: ConsoleSettings, app: Starlette, health: HealthChecks | None = None
) -> None:
    """The console on ``http_port`` (and, with ``health``, /health /ready /metrics on
    ``health_port``) until SIGTERM or SIGINT."""
    config = uvicorn.Config(
        app,
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=int(settings.shutdown_budget_seconds()) or None,
    )
    server = uvicorn.Server(config)
    ops = HealthServer(build_health_app(health), settings.health_port) if health is not None else None
    if ops is not None:
        await ops.start()
    try:
        await server.serve()
    finally:
        if ops is not None:
            await ops.stop()


async def run_web(settings: ConsoleSettings) -> None:
    platform = build_platform(settings)
    feed = StatusFeed() if settings.live_status and settings.mode is Mode.REAL else None
    follower = (
        asyncio.create_task(follow(settings, feed, settings.consumer_group_prefix))
        if feed is not None
        else None
    )
    health = HealthChecks()
    health.add("services", platform.ready)
    app = build_app(build_console(settings, platform, feed))
    try:
        await serve_console(settings, app, health)
    finally:
        if follower is not None:
            follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await follower
        await platform.close()
