"""Health, readiness and Prometheus metrics for every process (Kafka workers and gRPC APIs).

``/health`` answers while the process is alive; ``/ready`` runs the registered readiness checks
(broker connected, stores reachable) and answers 503 when any fails, so Kubernetes stops routing
to a pod whose dependencies are gone without restarting it; ``/metrics`` is the Prometheus text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Generator, Mapping
from contextlib import contextmanager
from typing import Any

import uvicorn
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, make_asgi_app
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from samarinda_common.logging import get_logger

log = get_logger(__name__)

EVENTS_PROCESSED = Counter(
    "samarinda_events_processed_total",
    "Kafka events taken off a topic, by outcome (handled, duplicate, dead_lettered, redeliver).",
    ["topic", "group", "outcome"],
)
EVENT_HANDLING_SECONDS = Histogram(
    "samarinda_event_handling_seconds",
    "Time from taking an event off a topic to its outcome, retries included.",
    ["topic", "group"],
    buckets=(0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
EVENTS_PUBLISHED = Counter("samarinda_events_published_total", "Records published, by topic.", ["topic"])
GRPC_REQUESTS = Counter(
    "samarinda_grpc_requests_total", "gRPC calls by method and status code.", ["method", "code"]
)
GRPC_HANDLING_SECONDS = Histogram("samarinda_grpc_handling_seconds", "gRPC call duration.", ["method"])

ReadinessCheck = Callable[[], Awaitable[bool]]


class HealthChecks:
    """Named async readiness checks; a check that raises or times out counts as not ready."""

    def __init__(self, timeout_seconds: float = 3.0) -> None:
        self._checks: dict[str, ReadinessCheck] = {}
        self._timeout = timeout_seconds

    def add(self, name: str, check: ReadinessCheck) -> None:
        self._checks[name] = check

    async def run(self) -> dict[str, bool]:
        names = list(self._checks)
        results = await asyncio.gather(*(self._run_one(name) for name in names))
        return dict(zip(names, results, strict=True))

    async def _run_one(self, name: str) -> bool:
        try:
            return bool(await asyncio.wait_for(self._checks[name](), self._timeout))
        except Exception as exc:
            log.warning("readiness_check_failed", check=name, error=type(exc).__name__)
            return False


def _as_asgi(respond: Callable[[], Awaitable[Response]]) -> ASGIApp:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = await respond()
        await response(scope, receive, send)

    return app


async def _alive() -> Response:
    return JSONResponse({"status": "ok"})


def health_routes(checks: HealthChecks, registry: CollectorRegistry = REGISTRY) -> list[tuple[str, ASGIApp]]:
    """``(path, asgi_app)`` pairs for /health, /ready and /metrics (what ``AsgiFastStream`` takes)."""

    async def ready() -> Response:
        results = await checks.run()
        ok = all(results.values())
        return JSONResponse(
            {"status": "ok" if ok else "unavailable", "checks": results}, status_code=200 if ok else 503
        )

    return [("/health", _as_asgi(_alive)), ("/ready", _as_asgi(ready)), ("/metrics", make_asgi_app(registry))]


def build_health_app(checks: HealthChecks, registry: CollectorRegistry = REGISTRY) -> ASGIApp:
    """A bare ASGI app serving :func:`health_routes`, for processes that are not FastStream apps."""
    routes = dict(health_routes(checks, registry))

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _answer_lifespan(receive, send)
            return
        route = routes.get(scope.get("path", ""))
        if route is None:
            await Response(status_code=404)(scope, receive, send)
            return
        await route(scope, receive, send)

    return app


async def _answer_lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


class _UvicornWithoutSignals(uvicorn.Server):
    # The owning process (a gRPC server) handles SIGTERM itself for its graceful shutdown.
    @contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class HealthServer:
    """Serves an ASGI app (by default :func:`build_health_app`) beside a gRPC server."""

    def __init__(
        self,
        app: ASGIApp,
        port: int,
        host: str = "0.0.0.0",  # noqa: S104
        tls: Mapping[str, Any] | None = None,
    ) -> None:
        """``tls``: uvicorn's ssl_* options (``samarinda_common.tls.uvicorn_tls_options``)."""
        config = uvicorn.Config(
            app, host=host, port=port, log_config=None, access_log=False, lifespan="on", **(tls or {})
        )
        self._server = _UvicornWithoutSignals(config)
        self._task: asyncio.Task[Any] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._server.serve())
        while not self._server.started:
            if self._task.done():
                self._task.result()  # surfaces the bind error
            await asyncio.sleep(0.01)

    @property
    def port(self) -> int:
        servers = self._server.servers
        return int(servers[0].sockets[0].getsockname()[1]) if servers else self._server.config.port

    async def stop(self) -> None:
        if self._task is None:
            return
        self._server.should_exit = True
        await self._task
        self._task = None
