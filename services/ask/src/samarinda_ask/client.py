"""A blocking AskService client for applications (the CLI's ``ask --server``)."""

from __future__ import annotations

import grpc
from samarinda.ask.v1 import ask_service_pb2 as pb
from samarinda.ask.v1 import ask_service_pb2_grpc as pb_grpc


def ask_remote(
    server: str, request: pb.AskRequest, *, token: str | None, timeout_seconds: float = 60.0
) -> pb.AskResponse:
    metadata = [("authorization", f"Bearer {token}")] if token else []
    with grpc.insecure_channel(server) as channel:
        response: pb.AskResponse = pb_grpc.AskServiceStub(channel).Ask(
            request, metadata=metadata, timeout=timeout_seconds
        )
        return response
