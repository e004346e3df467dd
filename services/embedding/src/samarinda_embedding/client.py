"""A small gRPC client for SearchService (the CLI and the benchmarks use it)."""

from __future__ import annotations

import grpc
from samarinda.search.v1 import search_service_pb2 as pb
from samarinda.search.v1 import search_service_pb2_grpc as pb_grpc


def search(
    server: str, request: pb.SearchRequest, *, token: str | None, timeout_seconds: float = 30.0
) -> pb.SearchResponse:
    metadata = [("authorization", f"Bearer {token}")] if token else []
    with grpc.insecure_channel(server) as channel:
        response: pb.SearchResponse = pb_grpc.SearchServiceStub(channel).Search(
            request, metadata=metadata, timeout=timeout_seconds
        )
        return response
