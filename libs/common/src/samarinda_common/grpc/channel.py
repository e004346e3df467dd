"""Channels for calls between our own services (rka-review -> embedding SearchService).

A Kubernetes ClusterIP Service balances *connections*, and a gRPC client keeps one HTTP/2
connection for everything, so every call of a client would land on the one pod it first reached
however far the API scales. Internal clients therefore resolve a *headless* Service
(``dns:///embedding-api-headless:50051``: one A record per ready pod) and spread calls over
all of them with the ``round_robin`` policy. The servers close connections every few minutes
(``grpc.max_connection_age_ms``), which makes the client re-resolve and find new pods.
A service mesh would do the same in a sidecar; we do not require one (see docs/operations.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import grpc

from samarinda_common.settings import CommonSettings
from samarinda_common.tls import grpc_channel_credentials

ROUND_ROBIN_SERVICE_CONFIG = json.dumps({"loadBalancingConfig": [{"round_robin": {}}]})
CHANNEL_OPTIONS: tuple[tuple[str, Any], ...] = (
    ("grpc.service_config", ROUND_ROBIN_SERVICE_CONFIG),
    # Keep idle connections alive through NAT/conntrack timeouts; servers permit it.
    ("grpc.keepalive_time_ms", 60_000),
)


def internal_channel(
    target: str, settings: CommonSettings, options: Sequence[tuple[str, Any]] = ()
) -> grpc.aio.Channel:
    """A round-robin channel to ``target``, over TLS when an internal CA is configured."""
    all_options = [*CHANNEL_OPTIONS, *options]
    credentials = grpc_channel_credentials(settings)
    if credentials is None:
        return grpc.aio.insecure_channel(target, options=all_options)
    return grpc.aio.secure_channel(target, credentials, options=all_options)
