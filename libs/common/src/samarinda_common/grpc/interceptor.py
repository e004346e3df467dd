"""One server interceptor for every call: trace + log context, authentication, error mapping, metrics.

They share one wrapper because their order matters: the principal must be bound before the
servicer runs, and an authentication failure must be mapped like any other typed error.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, nullcontext
from typing import Any

import grpc

from samarinda_common.auth import TokenAuthenticator, use_principal
from samarinda_common.grpc.errors import status_code_for, to_grpc_status
from samarinda_common.logging import bind_context, get_logger
from samarinda_common.messaging.tracing import continue_trace, use_trace
from samarinda_common.observability import GRPC_HANDLING_SECONDS, GRPC_REQUESTS
from samarinda_common.topics import HEADER_CORRELATION_ID, HEADER_TRACEPARENT

log = get_logger(__name__)

# Probes and tooling call these without a token.
PUBLIC_METHOD_PREFIXES = (
    "/grpc.health.v1.Health/",
    "/grpc.reflection.v1alpha.ServerReflection/",
    "/grpc.reflection.v1.ServerReflection/",
)


def _metadata(context: grpc.aio.ServicerContext[Any, Any]) -> dict[str, str]:
    return {k.lower(): v for k, v in (context.invocation_metadata() or ()) if isinstance(v, str)}


class ServerInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, authenticator: TokenAuthenticator) -> None:
        self._authenticator = authenticator

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        method: str = handler_call_details.method
        return _wrap(handler, method, self._scope_for(method))

    def _scope_for(self, method: str) -> Callable[[grpc.aio.ServicerContext[Any, Any]], Any]:
        public = method.startswith(PUBLIC_METHOD_PREFIXES)

        @asynccontextmanager
        async def scope(context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[None]:
            metadata = _metadata(context)
            trace = continue_trace(metadata.get(HEADER_TRACEPARENT), metadata.get(HEADER_CORRELATION_ID))
            started = time.perf_counter()
            code = grpc.StatusCode.OK
            with use_trace(trace), bind_context(grpc_method=method, trace_id=trace.trace_id):
                try:
                    principal = (
                        None
                        if public
                        else self._authenticator.authenticate_header(metadata.get("authorization"))
                    )
                    with (
                        use_principal(principal) if principal else nullcontext(),
                        bind_context(
                            principal=principal.token_id if principal else None,
                            caller_opd=principal.opd if principal else None,
                        ),
                    ):
                        yield
                except grpc.aio.AbortError:
                    code = context.code() or grpc.StatusCode.UNKNOWN  # the servicer aborted itself
                    raise
                except Exception as exc:
                    code = status_code_for(exc)
                    if code is grpc.StatusCode.INTERNAL:
                        log.exception("grpc_unexpected_error")
                    else:
                        log.info("grpc_error", code=code.name, reason=getattr(exc, "reason", None))
                    status = to_grpc_status(exc)
                    await context.abort(status.code, status.details, status.trailing_metadata)
                finally:
                    GRPC_REQUESTS.labels(method, code.name).inc()
                    GRPC_HANDLING_SECONDS.labels(method).observe(time.perf_counter() - started)

        return scope


def _wrap(
    handler: grpc.RpcMethodHandler, method: str, scope: Callable[[grpc.aio.ServicerContext[Any, Any]], Any]
) -> grpc.RpcMethodHandler:
    # grpc.aio decides how to call a behaviour by inspecting it, so each wrapper must itself be a
    # coroutine function (unary response) or an async generator function (streaming response).
    serializers = {
        "request_deserializer": handler.request_deserializer,
        "response_serializer": handler.response_serializer,
    }
    unary_behavior = handler.unary_unary or handler.stream_unary
    streaming_behavior = handler.unary_stream or handler.stream_stream

    async def unary_response(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        async with scope(context):
            return await unary_behavior(request, context)

    async def streaming_response(
        request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        async with scope(context):
            async for response in streaming_behavior(request, context):
                yield response

    if handler.unary_unary:
        return grpc.unary_unary_rpc_method_handler(unary_response, **serializers)
    if handler.stream_unary:
        return grpc.stream_unary_rpc_method_handler(unary_response, **serializers)
    if handler.unary_stream:
        return grpc.unary_stream_rpc_method_handler(streaming_response, **serializers)
    return grpc.stream_stream_rpc_method_handler(streaming_response, **serializers)
