"""The grpc.aio server every API process runs: health, reflection, the interceptor, graceful stop."""

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
from samarinda_common.observability import HealthServer
from samarinda_common.settings import CommonSettings

log = get_logger(__name__)

MAX_MESSAGE_BYTES = 16 * 1024 * 1024
SERVER_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    ("grpc.so_reuseport", 0),  # a second process on the same port must fail, not share it
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
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
    ) -> None:
        self.server = server
        self.health = health_servicer
        self.service_names = list(service_names)
        self.port = port

    async def start(self) -> None:
        await self.server.start()
        for name in ("", *self.service_names):  # "" is the whole server, what probes ask about
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        log.info("grpc_serving", port=self.port, services=self.service_names)

    async def stop(self, grace_seconds: float = 10.0) -> None:
        await self.health.enter_graceful_shutdown()
        await self.server.stop(grace_seconds)
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
    ``port`` defaults to ``settings.grpc_port``; 0 picks a free port (tests)."""
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
    bound = server.add_insecure_port(f"{host}:{settings.grpc_port if port is None else port}")
    return GrpcServer(server, health_servicer, service_full_names, bound)


async def serve(
    server: GrpcServer, *, health_server: HealthServer | None = None, grace_seconds: float = 10.0
) -> None:
    """Run until SIGTERM/SIGINT, then drain in-flight calls for up to ``grace_seconds``."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await server.start()
    if health_server is not None:
        await health_server.start()
    try:
        await stop.wait()
    finally:
        await server.stop(grace_seconds)
        if health_server is not None:
            await health_server.stop()
