"""The gRPC server helpers against a real in-process grpc.aio server on a free port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from grpc_status import rpc_status
from samarinda_common.auth import TokenAuthenticator, current_principal
from samarinda_common.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    QuotaExhausted,
    SamarindaError,
    ValidationReport,
)
from samarinda_common.grpc import GrpcServer, build_server
from samarinda_common.messaging import current_trace
from samarinda_common.settings import CommonSettings

SERVICE = "samarinda.test.v1.Probe"
TOKENS = {"tok-disdik": "DISDIK", "tok-admin": "*"}
ERRORS: dict[bytes, Exception] = {
    b"not-found": NotFound("dokumen tidak ditemukan"),
    b"denied": PermissionDenied("bukan OPD Anda"),
    b"quota": QuotaExhausted("kuota habis", details={"opd": "DISDIK"}),
    b"crash": RuntimeError("password=hunter2 at mongo://internal"),
}


async def whoami(request: bytes, context: Any) -> bytes:
    if request in ERRORS:
        raise ERRORS[request]
    if request == b"invalid":
        report = ValidationReport()
        report.add("lines[3].harga_satuan", "must be a positive integer")
        report.add("opd", "unknown OPD code")
        report.raise_if_any()
    if request == b"abort":
        await context.abort(grpc.StatusCode.OUT_OF_RANGE, "page 9 of 3")
    if request == b"trace":
        trace = current_trace()
        return (trace.trace_id if trace else "").encode()
    principal = current_principal()
    return (principal.opd or "*").encode()


async def total_size(requests: AsyncIterator[bytes], context: Any) -> bytes:
    size = 0
    async for chunk in requests:
        if chunk == b"bad":
            raise InvalidInput("chunk rejected", field="chunk")
        size += len(chunk)
    return str(size).encode()


def add_probe(_: Any, server: grpc.aio.Server) -> None:
    server.add_generic_rpc_handlers(
        [
            grpc.method_handlers_generic_handler(
                SERVICE,
                {
                    "WhoAmI": grpc.unary_unary_rpc_method_handler(whoami),
                    "TotalSize": grpc.stream_unary_rpc_method_handler(total_size),
                },
            )
        ]
    )


@pytest.fixture
async def server() -> AsyncIterator[GrpcServer]:
    built = build_server(
        CommonSettings(),
        [(add_probe, None)],
        [SERVICE],
        authenticator=TokenAuthenticator(TOKENS),
        port=0,
        host="127.0.0.1",
    )
    await built.start()
    yield built
    await built.stop(grace_seconds=0)


@pytest.fixture
async def channel(server: GrpcServer) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as ch:
        yield ch


def bearer(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


async def who(channel: grpc.aio.Channel, request: bytes, metadata: Any = bearer("tok-disdik")) -> bytes:
    return await channel.unary_unary(f"/{SERVICE}/WhoAmI")(request, metadata=metadata)


async def failure(channel: grpc.aio.Channel, request: bytes, **kwargs: Any) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await who(channel, request, **kwargs)
    return caught.value


def rich_status(error: grpc.aio.AioRpcError) -> Any:
    class _Call:  # rpc_status.from_call wants the sync-call accessors
        def code(self) -> grpc.StatusCode:
            return error.code()

        def details(self) -> str | None:
            return error.details()

        def trailing_metadata(self) -> Any:
            return error.trailing_metadata()

    return rpc_status.from_call(_Call())  # type: ignore[arg-type]


async def test_health_reports_serving_without_a_token(channel: grpc.aio.Channel) -> None:
    stub = health_pb2_grpc.HealthStub(channel)
    for service in ("", SERVICE):
        response = await stub.Check(health_pb2.HealthCheckRequest(service=service))
        assert response.status == health_pb2.HealthCheckResponse.SERVING


async def test_graceful_shutdown_reports_not_serving(server: GrpcServer, channel: grpc.aio.Channel) -> None:
    await server.health.enter_graceful_shutdown()
    response = await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""))
    assert response.status == health_pb2.HealthCheckResponse.NOT_SERVING


async def test_reflection_lists_the_services_without_a_token(channel: grpc.aio.Channel) -> None:
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    responses = stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]))
    names = {s.name async for r in responses for s in r.list_services_response.service}
    assert {SERVICE, "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"} <= names


async def test_the_caller_is_resolved_from_the_bearer_token(channel: grpc.aio.Channel) -> None:
    assert await who(channel, b"") == b"DISDIK"
    assert await who(channel, b"", metadata=bearer("tok-admin")) == b"*"


@pytest.mark.parametrize("metadata", [None, bearer("wrong"), (("authorization", "Basic dG9rLWRpc2Rpaw=="),)])
async def test_missing_or_unknown_token_is_unauthenticated(channel: grpc.aio.Channel, metadata: Any) -> None:
    error = await failure(channel, b"", metadata=metadata)
    assert error.code() is grpc.StatusCode.UNAUTHENTICATED


async def test_invalid_input_carries_field_violations(channel: grpc.aio.Channel) -> None:
    error = await failure(channel, b"invalid")
    assert error.code() is grpc.StatusCode.INVALID_ARGUMENT
    status = rich_status(error)
    bad_request = error_details_pb2.BadRequest()
    info = error_details_pb2.ErrorInfo()
    assert [d.Unpack(info) or d.Unpack(bad_request) for d in status.details]
    violations = {(v.field, v.description) for v in bad_request.field_violations}
    assert violations == {
        ("lines[3].harga_satuan", "must be a positive integer"),
        ("opd", "unknown OPD code"),
    }
    assert info.reason == "INVALID_INPUT"


@pytest.mark.parametrize(
    ("request_body", "code", "reason"),
    [
        (b"not-found", grpc.StatusCode.NOT_FOUND, "NOT_FOUND"),
        (b"denied", grpc.StatusCode.PERMISSION_DENIED, "PERMISSION_DENIED"),
        (b"quota", grpc.StatusCode.RESOURCE_EXHAUSTED, "QUOTA_EXHAUSTED"),
    ],
)
async def test_typed_errors_map_to_status_codes(
    channel: grpc.aio.Channel, request_body: bytes, code: grpc.StatusCode, reason: str
) -> None:
    error = await failure(channel, request_body)
    assert error.code() is code
    assert error.details() == str(ERRORS[request_body])
    info = error_details_pb2.ErrorInfo()
    assert rich_status(error).details[0].Unpack(info)
    assert info.reason == reason


async def test_unexpected_errors_do_not_leak_internals(channel: grpc.aio.Channel) -> None:
    error = await failure(channel, b"crash")
    assert error.code() is grpc.StatusCode.INTERNAL
    assert error.details() == "internal error"


async def test_a_servicer_may_still_abort_with_its_own_status(channel: grpc.aio.Channel) -> None:
    error = await failure(channel, b"abort")
    assert (error.code(), error.details()) == (grpc.StatusCode.OUT_OF_RANGE, "page 9 of 3")


async def test_incoming_traceparent_is_continued(channel: grpc.aio.Channel) -> None:
    trace_id = "4bf92f3577b34da6a3ce929d0e0e4736"
    metadata = (*bearer("tok-disdik"), ("traceparent", f"00-{trace_id}-00f067aa0ba902b7-01"))
    assert await who(channel, b"trace", metadata=metadata) == trace_id.encode()


async def test_client_streaming_calls_are_intercepted_too(channel: grpc.aio.Channel) -> None:
    call = channel.stream_unary(f"/{SERVICE}/TotalSize")
    assert await call(iter([b"abc", b"de"]), metadata=bearer("tok-disdik")) == b"5"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(iter([b"abc", b"bad"]), metadata=bearer("tok-disdik"))
    assert caught.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.aio.AioRpcError) as unauthenticated:
        await call(iter([b"abc"]))
    assert unauthenticated.value.code() is grpc.StatusCode.UNAUTHENTICATED


def test_every_typed_error_has_a_status_code() -> None:
    from samarinda_common.grpc import status_code_for

    unmapped = [
        cls.__name__
        for cls in _all_subclasses(SamarindaError)
        if status_code_for(cls("x")) is grpc.StatusCode.INTERNAL
    ]
    assert unmapped == []


def _all_subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_all_subclasses(direct))]
