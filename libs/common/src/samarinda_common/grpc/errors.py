"""Typed errors -> gRPC status, with machine-readable details (google.rpc rich error model)."""

from __future__ import annotations

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from samarinda_common.errors import (
    AlreadyExists,
    DuplicateKey,
    InvalidInput,
    NotFound,
    PermanentError,
    PermissionDenied,
    PreconditionFailed,
    QuotaExhausted,
    SamarindaError,
    TransientError,
    Unauthenticated,
)

ERROR_DOMAIN = "samarinda.ai"
INTERNAL_MESSAGE = "internal error"

# Most specific first: the first class in an exception's MRO that is listed decides.
_STATUS_BY_ERROR: dict[type[SamarindaError], grpc.StatusCode] = {
    InvalidInput: grpc.StatusCode.INVALID_ARGUMENT,
    PreconditionFailed: grpc.StatusCode.FAILED_PRECONDITION,
    NotFound: grpc.StatusCode.NOT_FOUND,
    PermissionDenied: grpc.StatusCode.PERMISSION_DENIED,
    Unauthenticated: grpc.StatusCode.UNAUTHENTICATED,
    QuotaExhausted: grpc.StatusCode.RESOURCE_EXHAUSTED,
    AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    DuplicateKey: grpc.StatusCode.ALREADY_EXISTS,
    TransientError: grpc.StatusCode.UNAVAILABLE,
    PermanentError: grpc.StatusCode.INVALID_ARGUMENT,
}


def status_code_for(exc: BaseException) -> grpc.StatusCode:
    for cls in type(exc).__mro__:
        code = _STATUS_BY_ERROR.get(cls)
        if code is not None:
            return code
    return grpc.StatusCode.INTERNAL


def _packed(message: error_details_pb2.ErrorInfo | error_details_pb2.BadRequest) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


def _field_violations(exc: InvalidInput) -> list[error_details_pb2.BadRequest.FieldViolation]:
    if exc.details:
        return [
            error_details_pb2.BadRequest.FieldViolation(field=f, description=d)
            for f, d in exc.details.items()
        ]
    return [error_details_pb2.BadRequest.FieldViolation(field=exc.field or "", description=exc.message)]


def to_grpc_status(exc: BaseException) -> grpc.Status:
    """The status a client sees; unexpected exceptions become INTERNAL without their message."""
    code = status_code_for(exc)
    if not isinstance(exc, SamarindaError) or code is grpc.StatusCode.INTERNAL:
        status = status_pb2.Status(code=code_pb2.INTERNAL, message=INTERNAL_MESSAGE)
        return rpc_status.to_status(status)
    details = [
        _packed(error_details_pb2.ErrorInfo(reason=exc.reason, domain=ERROR_DOMAIN, metadata=exc.details))
    ]
    if isinstance(exc, InvalidInput):
        details.append(_packed(error_details_pb2.BadRequest(field_violations=_field_violations(exc))))
    status = status_pb2.Status(code=code.value[0], message=exc.message, details=details)
    return rpc_status.to_status(status)


def reason_of_rpc_error(error: grpc.RpcError) -> str:
    """The stable reason code from a refused call's google.rpc ErrorInfo, else the status name."""
    status = rpc_status.from_call(error)
    for detail in status.details if status else ():
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            return str(info.reason)
    code = error.code() if hasattr(error, "code") else None
    return code.name if code is not None else "UNKNOWN"
