"""A small gRPC client for UploadService (the CLI and the benchmark use it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import grpc
from samarinda.upload.v1 import upload_service_pb2 as pb
from samarinda.upload.v1 import upload_service_pb2_grpc as pb_grpc

CHUNK_BYTES = 1024 * 1024


def upload_requests(
    path: Path, metadata: pb.DocumentMetadata, chunk_bytes: int = CHUNK_BYTES
) -> Iterator[pb.UploadDocumentRequest]:
    yield pb.UploadDocumentRequest(metadata=metadata)
    with path.open("rb") as source:
        while chunk := source.read(chunk_bytes):
            yield pb.UploadDocumentRequest(chunk=chunk)


def call_metadata(token: str | None) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")] if token else []


def upload_file(
    server: str,
    path: Path,
    metadata: pb.DocumentMetadata,
    *,
    token: str | None,
    timeout_seconds: float = 300.0,
) -> pb.UploadDocumentResponse:
    with grpc.insecure_channel(server) as channel:
        stub = pb_grpc.UploadServiceStub(channel)
        response: pb.UploadDocumentResponse = stub.UploadDocument(
            upload_requests(path, metadata), metadata=call_metadata(token), timeout=timeout_seconds
        )
        return response


def rejection_reason(error: grpc.RpcError) -> str:
    """The stable reason code from a refused call's google.rpc ErrorInfo, else the status name."""
    from samarinda_common.grpc.errors import reason_of_rpc_error

    return reason_of_rpc_error(error)
