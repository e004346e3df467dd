"""The grpc.aio server every API process runs: health, reflection, the interceptor, graceful stop.

Beside it every API process serves /health, /ready and /metrics on ``settings.metrics_port``
(:func:`serve`). With ``SAMARINDA_TLS_CERT_FILE`` the port speaks TLS (mTLS with a client CA).
Connections are recycled every few minutes (``grpc.max_connection_age_ms``) so that clients
balancing over a headless Service's DNS re-resolve it and spread onto pods added since.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable, Sequence
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.interceptor import ServerInterceptor
from samarinda_common.logging import get_logger
from samarinda_common.observability import HealthChecks, HealthServer, build_health_app
from samarinda_common.settings import CommonSettings
from samarinda_common.tls import grpc_server_credentials

log = get_logger(__name__)

MAX_MESSAGE_BYTES = 16 * 1024 * 1024
SERVER_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    ("grpc.so_reuseport", 0),  # a second process on the same port must fail, not share it
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
    # GOAWAY after 5 minutes (calls in flight get 30 s more): round_robin clients then resolve
    # the headless Service again and pick up replicas the autoscaler added.
    ("grpc.max_connection_age_ms", 5 * 60 * 1000),
    ("grpc.max_connection_age_grace_ms", 30 * 1000),
)

AddServicer = Callable[[Any, grpc.aio.Server], None]


class GrpcServer:
    """A built server: start it, then stop it gracefully (health says NOT_SERVING first)."""

    def __init__(
        self,
        server: grpc.aio.Server,
        health_servicer: health.aio.HealthServicer,
        service_names: Sequence[str],
        port: int,
        grace_seconds: float = 10.0,
    ) -> None:
        self.server = server
        self.health = health_servicer
        self.service_names = list(service_names)
        self.port = port
        self.grace_seconds = grace_seconds
        self.serving = False

    async def start(self) -> None:
        await self.server.start()
        for name in ("", *self.service_names):  # "" is the whole server, what probes ask about
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        self.serving = True
        log.info("grpc_serving", port=self.port, services=self.service_names)

    async def is_serving(self) -> bool:
        return self.serving

    async def stop(self, grace_seconds: float | None = None) -> None:
        self.serving = False
        await self.health.enter_graceful_shutdown()
        await self.server.stop(self.grace_seconds if grace_seconds is None else grace_seconds)
        log.info("grpc_stopped")


def build_server(
    settings: CommonSettings,
    servicers: Sequence[tuple[AddServicer, Any]],
    service_full_names: Sequence[str],
    *,
    authenticator: TokenAuthenticator,
    port: int | None = None,
    host: str = "[::]",
) -> GrpcServer:
    """``servicers`` are ``(add_XServicer_to_server, servicer)`` pairs; ``service_full_names`` are
    the proto names (``samarinda.upload.v1.UploadService``) announced by health and reflection.
    ``port`` defaults to ``settings.grpc_port``; 0 picks a free port (tests). In-flight calls get
    ``settings.shutdown_budget_seconds()`` to finish on SIGTERM."""
    server = grpc.aio.server(interceptors=[ServerInterceptor(authenticator)], options=list(SERVER_OPTIONS))
    for add_to_server, servicer in servicers:
        add_to_server(servicer, server)
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        [
            *service_full_names,
            health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
            reflection.SERVICE_NAME,
        ],
        server,
    )
    address = f"{host}:{settings.grpc_port if port is None else port}"
    credentials = grpc_server_credentials(settings)
    bound = (
        server.add_insecure_port(address)
        if credentials is None
        else server.add_secure_port(address, credentials)
    )
    return GrpcServer(
        server, health_servicer, service_full_names, bound, grace_seconds=settings.shutdown_budget_seconds()
    )


def ops_server(
    settings: CommonSettings, server: GrpcServer, checks: HealthChecks | None = None
) -> HealthServer:
    """/health, /ready (the gRPC server serving plus ``checks``) and /metrics on ``metrics_port``."""
    checks = checks or HealthChecks()
    checks.add("grpc", server.is_serving)
    return HealthServer(build_health_app(checks), settings.metrics_port)


async def serve(server: GrpcServer, *, http_servers: Sequence[HealthServer] = ()) -> None:
    """Run until SIGTERM/SIGINT, then drain in-flight calls for up to ``server.grace_seconds``.

    ``http_servers`` (the ops endpoints, upload's HTTP API) start after gRPC and stop after it."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await server.start()
    for http in http_servers:
        await http.start()
    try:
        await stop.wait()
    finally:
        await server.stop()
        for http in http_servers:
            await http.stop()
