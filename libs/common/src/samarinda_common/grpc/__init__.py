"""gRPC server helpers. Named like the ``grpc`` package on purpose; always import it absolutely."""

from samarinda_common.grpc.errors import status_code_for, to_grpc_status
from samarinda_common.grpc.interceptor import PUBLIC_METHOD_PREFIXES, ServerInterceptor
from samarinda_common.grpc.server import GrpcServer, build_server, serve

__all__ = [
    "PUBLIC_METHOD_PREFIXES",
    "GrpcServer",
    "ServerInterceptor",
    "build_server",
    "serve",
    "status_code_for",
    "to_grpc_status",
]
