"""Shared by the benches: the local servers' environment and a scratch OpenSearch index."""

from __future__ import annotations

import os
import shlex
import uuid
from pathlib import Path

INFRA_ENV = Path(__file__).resolve().parents[3] / ".infra" / "env"


def infra_env() -> dict[str, str]:
    """``SAMARINDA_*`` from the process, else from ``.infra/env`` written by infra/local/up.sh."""
    found: dict[str, str] = {}
    if INFRA_ENV.is_file():
        for line in INFRA_ENV.read_text().splitlines():
            line = line.strip().removeprefix("export ")
            if "=" in line and not line.startswith("#"):
                key, _, value = line.partition("=")
                found[key] = shlex.split(value)[0] if value else ""
    found.update({k: v for k, v in os.environ.items() if k.startswith("SAMARINDA_")})
    return found


def opensearch_url() -> str | None:
    return infra_env().get("SAMARINDA_OPENSEARCH_URL")


def scratch_prefix(purpose: str) -> str:
    return f"bench-{purpose}-{uuid.uuid4().hex[:8]}"


async def drop_prefix(url: str, prefix: str) -> None:
    from opensearchpy import AsyncOpenSearch

    client = AsyncOpenSearch(hosts=[url])
    try:
        await client.indices.delete(index=f"{prefix}-*")
    finally:
        await client.close()
