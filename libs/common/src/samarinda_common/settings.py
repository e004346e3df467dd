"""Env-driven settings shared by every service.

Each service extends :class:`CommonSettings` with its own prefix (``SAMARINDA_<SVC>_``) for its
own knobs; the connection settings below are read from ``SAMARINDA_*`` so that one ConfigMap
serves every Deployment.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Mode(StrEnum):
    """Which adapters the composition root wires: real servers or the in-process ones."""

    REAL = "real"
    EMBEDDED = "embedded"


def default_data_dir() -> Path:
    return Path(os.path.expanduser("~")) / ".samarinda"


class CommonSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    mode: Mode = Mode.EMBEDDED
    service_name: str = "samarinda"
    log_level: str = "INFO"
    log_json: bool = True
    data_dir: Path = Field(default_factory=default_data_dir)

    kafka_bootstrap: str = "127.0.0.1:29092"
    kafka_client_id: str | None = None
    # Who this process is on Kafka. PLAINTEXT only for the embedded demo and unit tests; the local
    # servers and the cluster listen with SASL (SCRAM-SHA-512), over TLS where a CA file is given.
    kafka_security_protocol: str = "PLAINTEXT"  # PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL
    kafka_sasl_mechanism: str = "SCRAM-SHA-512"  # SCRAM-SHA-512 | SCRAM-SHA-256
    kafka_username: str | None = None
    kafka_password: SecretStr | None = None
    kafka_ca_file: Path | None = None

    mongo_uri: SecretStr = SecretStr("mongodb://127.0.0.1:27018/")
    mongo_db: str = "samarinda"

    s3_endpoint: str = "127.0.0.1:29000"
    s3_access_key: SecretStr = SecretStr("samarinda")
    s3_secret_key: SecretStr = SecretStr("samarinda-secret")
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    s3_bucket: str = "samarinda-documents"

    opensearch_url: str = "http://127.0.0.1:29200"
    opensearch_user: str | None = None
    opensearch_password: SecretStr | None = None
    index_prefix: str = "samarinda"

    # Ports each process listens on; 0 disables.
    grpc_port: int = 50051
    health_port: int = 8080
    metrics_port: int = 9090

    # Comma-separated "token=OPD_CODE" pairs; OPD_CODE "*" is an admin. Production mounts a Secret.
    api_tokens: SecretStr = SecretStr("")

    llm_provider: str = "offline"  # offline | gemini | openai-compatible
    gemini_api_key: SecretStr | None = None
    gemini_base_url: str | None = None
    gemini_model: str = "gemini-2.5-flash"
    openai_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    openai_model: str = "qwen2.5-7b-instruct"
    embedder_provider: str = "local"  # local | gemini
    gemini_embedding_model: str = "gemini-embedding-001"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


def own_settings(service: str) -> Callable[..., Any]:
    """A field factory for one service's own knobs: ``own(default, "name", ge=0)``.

    The shared connection settings keep their ``SAMARINDA_`` prefix; a service's own knob ``name``
    is read from ``SAMARINDA_<SERVICE>_<NAME>`` (or passed by field name in code and tests).
    """
    prefix = f"SAMARINDA_{service.upper()}_"

    def own(default: Any, name: str, **constraints: Any) -> Any:
        return Field(
            default=default,
            validation_alias=AliasChoices(name, f"{prefix}{name.upper()}"),
            **constraints,
        )

    return own
