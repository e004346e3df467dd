"""Env-driven settings shared by every service.

Each service extends :class:`CommonSettings` with its own knobs, read only from
``SAMARINDA_<SVC>_<NAME>`` (see :func:`own_settings`); the connection settings below are read from
``SAMARINDA_*`` so that one ConfigMap serves every Deployment. A bare ``CONSUMER_GROUP`` or a
shared ``SAMARINDA_CONSUMER_GROUP`` is never read for a service's own knob: a stray variable must
not move a worker off the consumer group KEDA watches.

Secrets have no defaults. Processes started by :func:`samarinda_common.entrypoint.run_service`
fail closed (:meth:`CommonSettings.startup_problems`): no explicit ``SAMARINDA_MODE``, or a secret
the role needs missing in real mode, and the process refuses to start naming the variable.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Collection
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Time kept back from the pod's grace period for what follows the drain: committing offsets,
# closing clients, flushing logs. Without it the kubelet's SIGKILL can land mid-commit.
SHUTDOWN_MARGIN_SECONDS = 5.0


class Mode(StrEnum):
    """Which adapters the composition root wires: real servers or the in-process ones."""

    REAL = "real"
    EMBEDDED = "embedded"


class Needs(StrEnum):
    """What a process role uses; each brings the settings it cannot run without in real mode."""

    MONGO = "mongo"
    S3 = "s3"
    OPENSEARCH = "opensearch"
    API_TOKENS = "api_tokens"
    LLM = "llm"  # the review's second opinion (SAMARINDA_LLM_PROVIDER)
    EMBEDDER = "embedder"  # SAMARINDA_EMBEDDER_PROVIDER


class SettingsRefused(ValueError):
    """The settings are not enough to start this process; the message names the variables."""


def default_data_dir() -> Path:
    return Path(os.path.expanduser("~")) / ".samarinda"


def require_secret(value: SecretStr | None, variable: str) -> str:
    """The secret's value, or :class:`SettingsRefused` naming ``variable`` (never a dev default)."""
    if value is None or not value.get_secret_value():
        raise SettingsRefused(f"{variable} is not set")
    return value.get_secret_value()


class CommonSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    # The library default serves the CLI's embedded demo and tests; services started through
    # run_service must be given SAMARINDA_MODE explicitly.
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
    # Topics come from the platform (Strimzi KafkaTopics, replicated). A service that created a
    # missing topic itself would create it with one replica, which min.insync.replicas=2 then
    # makes unwritable; so by default a missing topic stops the start with its name.
    kafka_create_topics: bool = False
    # The longest a consumer may take over one poll's records (handled one after the other) before
    # the group evicts it and the records go to another replica: records x the longest handling
    # must stay below the interval (extraction: one record per poll, see its Deployment).
    kafka_max_poll_interval_seconds: float = Field(default=300.0, ge=10, le=3600)
    kafka_max_poll_records: int = Field(default=50, ge=1, le=10_000)

    mongo_uri: SecretStr | None = None
    mongo_db: str = "samarinda"

    s3_endpoint: str = "127.0.0.1:29000"
    s3_access_key: SecretStr | None = None
    s3_secret_key: SecretStr | None = None
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    s3_bucket: str = "samarinda-documents"

    opensearch_url: str = "http://127.0.0.1:29200"
    opensearch_user: str | None = None
    opensearch_password: SecretStr | None = None
    index_prefix: str = "samarinda"

    # PEM bundle of the internal CA, trusted (besides the public CAs) by the OpenSearch and S3
    # clients and by internal gRPC clients.
    ca_file: Path | None = None
    # Serve gRPC and HTTP APIs over TLS with this certificate; with a client CA, require client
    # certificates signed by it (mTLS). Internal gRPC clients present the same certificate.
    tls_cert_file: Path | None = None
    tls_key_file: Path | None = None
    tls_client_ca_file: Path | None = None

    # Ports each process listens on; 0 disables. Workers serve /health, /ready and /metrics on
    # health_port; API processes serve the same three on metrics_port, beside gRPC on grpc_port.
    grpc_port: int = 50051
    health_port: int = 8080
    metrics_port: int = 9090

    # The pod's terminationGracePeriodSeconds, and how much of it the preStop hook sleeps away
    # before SIGTERM arrives; the drain gets the rest (shutdown_budget_seconds).
    termination_grace_seconds: float = Field(default=30.0, gt=0)
    prestop_seconds: float = Field(default=0.0, ge=0)
    # The container's limits (the Deployment passes them through the downward API); unset, the
    # cgroup's quota is read (samarinda_common.resources).
    cpu_limit: float | None = Field(default=None, gt=0)
    memory_limit_bytes: int | None = Field(default=None, gt=0)

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

    @model_validator(mode="before")
    @classmethod
    def _own_knobs_by_field_name(cls, data: Any) -> Any:
        """Code and tests pass a service's own knob by field name; the environment only by its
        prefixed variable (``populate_by_name`` would also read ``SAMARINDA_<NAME>``)."""
        if not isinstance(data, dict):
            return data
        for name, field in cls.model_fields.items():
            alias = field.validation_alias
            if isinstance(alias, str) and name in data:
                data = {k: v for k, v in data.items() if k != name} | {alias: data[name]}
        return data

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir

    def shutdown_budget_seconds(self) -> float:
        """How long a draining process may take after SIGTERM and still finish before SIGKILL."""
        return max(1.0, self.termination_grace_seconds - self.prestop_seconds - SHUTDOWN_MARGIN_SECONDS)

    def kafka_max_poll_interval_ms(self) -> int:
        return math.ceil(self.kafka_max_poll_interval_seconds * 1000)

    def serves_tls(self) -> bool:
        return self.tls_cert_file is not None

    def startup_problems(self, needs: Collection[Needs]) -> list[str]:
        """Why a process with ``needs`` must not start on these settings (empty: it may).

        In real mode every secret and endpoint the role uses must be set (embedded mode uses
        none of them). Subclasses add their own checks to this list."""
        if self.mode is not Mode.REAL:
            return []
        missing: list[str] = []

        def need(value: SecretStr | str | None, variable: str) -> None:
            text = value.get_secret_value() if isinstance(value, SecretStr) else value
            if not text:
                missing.append(f"{variable} is not set")

        if Needs.MONGO in needs:
            need(self.mongo_uri, "SAMARINDA_MONGO_URI")
        if Needs.S3 in needs:
            need(self.s3_access_key, "SAMARINDA_S3_ACCESS_KEY")
            need(self.s3_secret_key, "SAMARINDA_S3_SECRET_KEY")
        if Needs.OPENSEARCH in needs and self.opensearch_user:
            need(self.opensearch_password, "SAMARINDA_OPENSEARCH_PASSWORD")
        if Needs.API_TOKENS in needs:
            need(self.api_tokens, "SAMARINDA_API_TOKENS")
        gemini = (Needs.LLM in needs and self.llm_provider == "gemini") or (
            Needs.EMBEDDER in needs and self.embedder_provider == "gemini"
        )
        if gemini:
            need(self.gemini_api_key, "SAMARINDA_GEMINI_API_KEY")
        if Needs.LLM in needs and self.llm_provider == "openai-compatible":
            need(self.openai_base_url, "SAMARINDA_OPENAI_BASE_URL")
        if self.tls_cert_file is not None:
            need(str(self.tls_key_file or ""), "SAMARINDA_TLS_KEY_FILE")
        return missing


def own_settings(service: str) -> Callable[..., Any]:
    """A field factory for one service's own knobs: ``own(default, "name", ge=0)``.

    The shared connection settings keep their ``SAMARINDA_`` prefix; a service's own knob ``name``
    is read only from ``SAMARINDA_<SERVICE>_<NAME>`` (or passed by field name in code and tests).
    """
    prefix = f"SAMARINDA_{service.upper()}_"

    def own(default: Any, name: str, **constraints: Any) -> Any:
        return Field(default=default, validation_alias=f"{prefix}{name.upper()}", **constraints)

    return own
