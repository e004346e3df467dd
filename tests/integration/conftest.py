"""Shared setup for tests against the real local servers (``infra/local/up.sh``).

Endpoints come from ``SAMARINDA_*`` environment variables, falling back to the env file
``up.sh`` writes (``.infra/env``, or the file named by ``SAMARINDA_INFRA_ENV``). Every test gets
unique names (topics, buckets, databases, index prefixes) so runs never see each other's data.
"""

from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from samarinda_local_cluster.launcher import read_env_file

REPO_ROOT = Path(__file__).resolve().parents[2]


def _env_file() -> Path:
    return Path(os.environ.get("SAMARINDA_INFRA_ENV", REPO_ROOT / ".infra" / "env"))


@pytest.fixture(scope="session")
def infra_env() -> dict[str, str]:
    """The servers' settings: the env file overlaid with ``SAMARINDA_*`` variables."""
    values = read_env_file(_env_file())
    values.update({k: v for k, v in os.environ.items() if k.startswith("SAMARINDA_")})
    return values


def _host_port(address: str) -> tuple[str, int]:
    parsed = urlsplit(address if "://" in address else f"tcp://{address}")
    if parsed.hostname is None or parsed.port is None:
        raise ValueError(f"no host:port in {address!r}")
    return parsed.hostname, parsed.port


@pytest.fixture(scope="session")
def require_server(infra_env: dict[str, str]) -> Callable[[str], str]:
    """``require_server("SAMARINDA_MONGO_URI")`` returns the setting, failing the test with a
    clear message when it is unset or nothing listens there (a missing server is a failure,
    not a skip: deselect with ``-m "not integration"`` to run without servers)."""

    def require(variable: str) -> str:
        address = infra_env.get(variable)
        if not address:
            pytest.fail(f"{variable} is not set and {_env_file()} has no value: run infra/local/up.sh")
        host, port = _host_port(address)
        try:
            socket.create_connection((host, port), timeout=2).close()
        except OSError as exc:
            pytest.fail(f"{variable}={address} is not reachable ({exc}): run infra/local/up.sh")
        return address

    return require


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """``unique_name("blob")`` -> ``"it-blob-<test>-<random>"``: lowercase, digits and dashes,
    short enough for S3 buckets, Kafka topics, MongoDB databases and OpenSearch indexes."""

    def make(kind: str) -> str:
        test = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:24].strip("-")
        return f"it-{kind}-{test}-{uuid.uuid4().hex[:8]}"

    return make
