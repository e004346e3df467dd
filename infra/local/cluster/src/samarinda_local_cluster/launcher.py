"""The services and the web console as local processes against the real servers: start, probe, kill, stop.

Used three ways: ``scripts/cluster.sh`` runs ``python -m samarinda_local_cluster up|down|status``
for a platform engineer's long-lived local cluster, the e2e tests start a throwaway cluster per
session through :class:`LocalCluster`, and the benchmark reads the endpoints the cluster writes to
its env file.

Each process leads its own process group and is stopped as a group (see :mod:`.process_group`),
so the helpers a service forks (multiprocessing's resource tracker and forkserver, pool workers)
go with it, also when the service itself was SIGKILLed.

Each cluster has its own names (MongoDB database, S3 bucket, OpenSearch index prefix, consumer
groups) so that several can share one set of servers. Topics are fixed by the catalog and shared;
the launcher creates them before the services start, as Strimzi does in Kubernetes (the services
only check that they exist), and positions a *new* consumer group at the end of its topics:
otherwise ``auto_offset_reset=earliest`` would replay every earlier run's events into it.
The processes get what production gives them: an explicit mode, API tokens and the servers'
credentials (services refuse to start without them).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import grpc
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import OffsetAndMetadata, TopicPartition
from grpc_health.v1 import health_pb2, health_pb2_grpc
from minio import Minio
from pymongo import MongoClient
from samarinda_common.messaging import ensure_topics, kafka_client_options
from samarinda_common.settings import CommonSettings
from samarinda_common.testing.listen_ports import free_listen_ports
from samarinda_common.topics import ALL_TOPICS, Topic

from samarinda_local_cluster import process_group

# infra/local/cluster/src/samarinda_local_cluster/launcher.py: the workspace is installed editable.
REPO_ROOT = Path(__file__).resolve().parents[5]
PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
INFRA_ENV_FILE = REPO_ROOT / ".infra" / "env"
CLUSTER_DIR = REPO_ROOT / ".infra" / "cluster"

DEMO_OPDS = ("DISDIK", "DINKES", "DPUPR", "BAPPEDA", "BPKAD")
# BPKAD publishes the city's price catalogues (SSH/HSPK/ASB/SBU).
PUBLISHER_SCOPE = "BPKAD+catalogue-publisher"
# The bucket e-government systems put large files in before publishing documents.ingest-requested.v1
# (upload's SAMARINDA_UPLOAD_INGEST_BUCKETS and extraction's SAMARINDA_EXTRACTION_INGEST_BUCKET).
INGEST_BUCKET = "samarinda-ingest"
# Each process drains for SAMARINDA_TERMINATION_GRACE_SECONDS (30 s by default) less a 5 s margin.
STOP_GRACE_SECONDS = 40.0
START_TIMEOUT_SECONDS = 180.0

# service -> (its consumer-group setting, the default group name, the topics that group reads)
CONSUMER_GROUPS: dict[str, tuple[str, str, tuple[Topic, ...]]] = {
    "upload": ("SAMARINDA_UPLOAD_CONSUMER_GROUP", "upload", (Topic.INGEST_REQUESTED,)),
    "extraction": ("SAMARINDA_EXTRACTION_CONSUMER_GROUP", "extraction", (Topic.DOCUMENT_UPLOADED,)),
    "embedding": ("SAMARINDA_EMBEDDING_CONSUMER_GROUP", "embedding", (Topic.DOCUMENT_EXTRACTED,)),
    "rka_review": (
        "SAMARINDA_RKA_REVIEW_CONSUMER_GROUP",
        "rka-review",
        (Topic.RKA_SUBMITTED, Topic.DOCUMENT_INDEXED),
    ),
    "billing": ("SAMARINDA_BILLING_CONSUMER_GROUP", "billing", (Topic.USAGE_RECORDED,)),
    # The ask worker only follows quota changes (in "<group>.quota", below).
    "ask": ("SAMARINDA_ASK_CONSUMER_GROUP", "ask", ()),
    "performance": ("SAMARINDA_PERFORMANCE_CONSUMER_GROUP", "performance", (Topic.DOCUMENT_EXTRACTED,)),
}
# Services that call paid AI providers follow billing's quota changes in "<their group>.quota".
QUOTA_FOLLOWERS = ("embedding", "rka_review", "ask", "performance")


@dataclass(frozen=True)
class ProcessSpec:
    """One process: ``python -m samarinda_<service> <role>`` and the ports it listens on."""

    service: str
    role: str
    health_port: int
    grpc_port: int | None = None
    http_port: int | None = None

    @property
    def name(self) -> str:
        return f"{self.service}-{self.role}"

    @property
    def module(self) -> str:
        return f"samarinda_{self.service}"


@dataclass(frozen=True)
class Ports:
    upload_grpc: int = 50051
    upload_http: int = 8081
    search_grpc: int = 50052
    review_grpc: int = 50053
    billing_grpc: int = 50054
    ask_grpc: int = 50055
    performance_grpc: int = 50056
    health: tuple[int, ...] = tuple(range(8181, 8194))
    # The web console (an HTTP client of the APIs) and its /health /ready /metrics.
    console_http: int = 8090
    console_health: int = 8194

    @classmethod
    def free(cls) -> Ports:
        """Ports nobody listens on now (a test cluster beside a developer's running one)."""
        (
            upload_grpc,
            upload_http,
            search_grpc,
            review_grpc,
            billing_grpc,
            ask_grpc,
            performance_grpc,
            console_http,
            console_health,
            *health,
        ) = free_listen_ports(22)
        return cls(
            upload_grpc,
            upload_http,
            search_grpc,
            review_grpc,
            billing_grpc,
            ask_grpc,
            performance_grpc,
            tuple(health),
            console_http,
            console_health,
        )

    def processes(self) -> list[ProcessSpec]:
        h = self.health
        return [
            ProcessSpec("upload", "api", h[0], self.upload_grpc, self.upload_http),
            ProcessSpec("upload", "worker", h[1]),
            ProcessSpec("extraction", "worker", h[2]),
            ProcessSpec("embedding", "api", h[3], self.search_grpc),
            ProcessSpec("embedding", "worker", h[4]),
            ProcessSpec("rka_review", "api", h[5], self.review_grpc),
            ProcessSpec("rka_review", "worker", h[6]),
            ProcessSpec("billing", "api", h[7], self.billing_grpc),
            ProcessSpec("billing", "worker", h[8]),
            ProcessSpec("ask", "api", h[9], self.ask_grpc),
            ProcessSpec("ask", "worker", h[10]),
            ProcessSpec("performance", "api", h[11], self.performance_grpc),
            ProcessSpec("performance", "worker", h[12]),
            ProcessSpec("console", "web", self.console_health, http_port=self.console_http),
        ]


@dataclass(frozen=True)
class ClusterConfig:
    """Everything that names one cluster's data; persisted so that ``up`` after ``down`` resumes it."""

    run_id: str
    mongo_db: str
    s3_bucket: str
    index_prefix: str
    group_prefix: str
    tokens: dict[str, str]  # token -> OPD code or "*"
    ports: Ports = field(default_factory=Ports)

    @classmethod
    def fresh(cls, kind: str, ports: Ports | None = None, opds: Iterable[str] = DEMO_OPDS) -> ClusterConfig:
        run_id = f"{kind}-{uuid.uuid4().hex[:8]}"
        tokens = {f"adm-{secrets.token_urlsafe(18)}": "*"}
        tokens.update({f"{opd.lower()}-{secrets.token_urlsafe(18)}": opd for opd in opds})
        tokens[f"pub-{secrets.token_urlsafe(18)}"] = PUBLISHER_SCOPE
        return cls(
            run_id=run_id,
            mongo_db=run_id.replace("-", "_"),
            s3_bucket=f"samarinda-{run_id}",
            index_prefix=run_id,
            group_prefix=f"{run_id}.",
            tokens=tokens,
            ports=ports or Ports(),
        )

    @property
    def admin_token(self) -> str:
        return next(t for t, scope in self.tokens.items() if scope == "*")

    @property
    def publisher_token(self) -> str:
        return next(t for t, scope in self.tokens.items() if scope == PUBLISHER_SCOPE)

    def token_for(self, opd: str) -> str:
        return next(t for t, scope in self.tokens.items() if scope == opd)

    def consumer_group(self, service: str) -> str:
        return self.group_prefix + CONSUMER_GROUPS[service][1]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def from_json(cls, text: str) -> ClusterConfig:
        raw = json.loads(text)
        ports = raw.pop("ports")
        return cls(**raw, ports=Ports(**{**ports, "health": tuple(ports["health"])}))


def read_env_file(path: Path) -> dict[str, str]:
    """``KEY=VALUE`` lines (optionally ``export``-ed and quoted); comments and blanks skipped."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.removeprefix("export ").partition("=")
            values[key.strip()] = value.strip().strip("'\"")
    return values


CONNECTION_PREFIXES = ("SAMARINDA_KAFKA_", "SAMARINDA_MONGO_URI", "SAMARINDA_S3_", "SAMARINDA_OPENSEARCH_")


def connection_settings(env: Mapping[str, str]) -> dict[str, str]:
    """Only where the servers are (never a database, bucket or token from the caller's shell)."""
    return {k: v for k, v in env.items() if k.startswith(CONNECTION_PREFIXES) and k != "SAMARINDA_S3_BUCKET"}


def server_env() -> dict[str, str]:
    """Where the real servers are: ``.infra/env`` overlaid with ``SAMARINDA_*`` of this process."""
    values = read_env_file(INFRA_ENV_FILE)
    values.update({k: v for k, v in os.environ.items() if k.startswith("SAMARINDA_")})
    return connection_settings(values)


def kafka_options(bootstrap: str) -> dict[str, Any]:
    """aiokafka options for ``bootstrap``, authenticated as ``.infra/env`` (or this shell) says."""
    kafka = {
        k.removeprefix("SAMARINDA_").lower(): v
        for k, v in server_env().items()
        if k.startswith("SAMARINDA_KAFKA_")
    }
    return kafka_client_options(CommonSettings(**{**kafka, "kafka_bootstrap": bootstrap}))


def client_env(config: ClusterConfig, servers: Mapping[str, str]) -> dict[str, str]:
    """What the CLI, the tests and the benchmark need to talk to the cluster."""
    p = config.ports
    env = dict(sorted(servers.items()))
    env.update(
        SAMARINDA_MODE="real",
        SAMARINDA_MONGO_DB=config.mongo_db,
        SAMARINDA_S3_BUCKET=config.s3_bucket,
        SAMARINDA_INGEST_BUCKET=INGEST_BUCKET,
        SAMARINDA_INDEX_PREFIX=config.index_prefix,
        SAMARINDA_UPLOAD_SERVER=f"127.0.0.1:{p.upload_grpc}",
        SAMARINDA_UPLOAD_HTTP_URL=f"http://127.0.0.1:{p.upload_http}",
        SAMARINDA_SEARCH_SERVER=f"127.0.0.1:{p.search_grpc}",
        SAMARINDA_REVIEW_SERVER=f"127.0.0.1:{p.review_grpc}",
        SAMARINDA_BILLING_SERVER=f"127.0.0.1:{p.billing_grpc}",
        SAMARINDA_CONSOLE_URL=f"http://127.0.0.1:{p.console_http}",
        SAMARINDA_ASK_SERVER=f"127.0.0.1:{p.ask_grpc}",
        SAMARINDA_PERFORMANCE_SERVER=f"127.0.0.1:{p.performance_grpc}",
        SAMARINDA_ADMIN_TOKEN=config.admin_token,
        # The CLI commands read one of these two names for the caller's token.
        SAMARINDA_TOKEN=config.admin_token,
        SAMARINDA_API_TOKEN=config.admin_token,
    )
    env.update({f"SAMARINDA_TOKEN_{opd}": token for token, opd in config.tokens.items() if opd != "*"})
    return env


def process_env(
    config: ClusterConfig, spec: ProcessSpec, servers: Mapping[str, str], data_dir: Path
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAMARINDA_")}
    env.update(servers)
    env.update(
        SAMARINDA_MODE="real",
        SAMARINDA_LOG_JSON="true",
        SAMARINDA_DATA_DIR=str(data_dir),
        SAMARINDA_MONGO_DB=config.mongo_db,
        SAMARINDA_S3_BUCKET=config.s3_bucket,
        SAMARINDA_INDEX_PREFIX=config.index_prefix,
        SAMARINDA_API_TOKENS=",".join(f"{t}={scope}" for t, scope in config.tokens.items()),
        SAMARINDA_UPLOAD_INGEST_BUCKETS=INGEST_BUCKET,
        SAMARINDA_EXTRACTION_INGEST_BUCKET=INGEST_BUCKET,
        SAMARINDA_HEALTH_PORT=str(spec.health_port),
        SAMARINDA_GRPC_PORT=str(spec.grpc_port or 0),
        PYTHONUNBUFFERED="1",
    )
    if spec.service == "console":
        env.update(console_env(config))
        return env
    env[CONSUMER_GROUPS[spec.service][0]] = config.consumer_group(spec.service)
    # ZIP members the extraction service hands back to intake are signed; the upload service checks.
    event_key = hashlib.sha256(f"event-signing:{config.admin_token}".encode()).hexdigest()
    env.update(
        SAMARINDA_EXTRACTION_SIGNING_KEY=event_key, SAMARINDA_UPLOAD_EVENT_KEYS=f"extraction={event_key}"
    )
    if spec.grpc_port is not None:  # an API process: its /health /ready /metrics
        env["SAMARINDA_METRICS_PORT"] = str(spec.health_port)
    if spec.http_port is not None:
        env["SAMARINDA_UPLOAD_HTTP_PORT"] = str(spec.http_port)
    return env


def console_env(config: ClusterConfig) -> dict[str, str]:
    """The console's own settings: the four APIs of this cluster, loopback plain HTTP."""
    p = config.ports
    return {
        "SAMARINDA_CONSOLE_HTTP_HOST": "127.0.0.1",
        "SAMARINDA_CONSOLE_HTTP_PORT": str(p.console_http),
        # Loopback only, plain HTTP: a browser would not send a Secure cookie back over it.
        "SAMARINDA_CONSOLE_SECURE_COOKIES": "false",
        "SAMARINDA_CONSOLE_UPLOAD_SERVER": f"127.0.0.1:{p.upload_grpc}",
        "SAMARINDA_CONSOLE_REVIEW_SERVER": f"127.0.0.1:{p.review_grpc}",
        "SAMARINDA_CONSOLE_BILLING_SERVER": f"127.0.0.1:{p.billing_grpc}",
        "SAMARINDA_CONSOLE_ASK_SERVER": f"127.0.0.1:{p.ask_grpc}",
        "SAMARINDA_CONSOLE_PERFORMANCE_SERVER": f"127.0.0.1:{p.performance_grpc}",
        "SAMARINDA_CONSOLE_CONSUMER_GROUP_PREFIX": f"{config.group_prefix}console-live",
    }


# ----------------------------------------------------------------------------- probes


def grpc_serving(port: int, timeout: float = 2.0) -> bool:
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=""), timeout=timeout
            )
            return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)
    except grpc.RpcError:
        return False


def http_ready(port: int, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def is_healthy(spec: ProcessSpec) -> bool:
    return grpc_serving(spec.grpc_port) if spec.grpc_port else http_ready(spec.health_port)


def log_tail(path: Path, lines: int = 40) -> str:
    if not path.is_file():
        return f"(no log at {path})"
    text = path.read_text(errors="replace").splitlines()[-lines:]
    return f"----- last {len(text)} lines of {path} -----\n" + "\n".join(text)


# ----------------------------------------------------------------------------- consumer groups


async def _position_at_end(bootstrap: str, group: str, topics: Iterable[str]) -> int:
    """Commit the end offsets for ``group`` unless it already has offsets; returns partitions set."""
    consumer = AIOKafkaConsumer(**kafka_options(bootstrap), group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = []
        for topic in topics:
            found = consumer.partitions_for_topic(topic)
            if found is None:
                await consumer._client.force_metadata_update()
                found = consumer.partitions_for_topic(topic)
            partitions += [TopicPartition(topic, p) for p in sorted(found or ())]
        consumer.assign(partitions)
        committed = {tp: await consumer.committed(tp) for tp in partitions}
        new = [tp for tp, offset in committed.items() if offset is None]
        if new:
            ends = await consumer.end_offsets(new)
            await consumer.commit({tp: OffsetAndMetadata(ends[tp], "") for tp in new})
        return len(new)
    finally:
        await consumer.stop()


def position_new_groups_at_end(config: ClusterConfig, bootstrap: str) -> None:
    async def run() -> None:
        await ensure_topics(bootstrap, ALL_TOPICS)
        for service, (_, _, topics) in CONSUMER_GROUPS.items():
            await _position_at_end(bootstrap, config.consumer_group(service), [t.value for t in topics])
        for service in QUOTA_FOLLOWERS:
            quota_group = f"{config.consumer_group(service)}.quota"
            await _position_at_end(bootstrap, quota_group, [Topic.QUOTA_CHANGED.value])

    asyncio.run(run())


def ensure_ingest_bucket(servers: Mapping[str, str]) -> None:
    """Create the shared ingest bucket, which the services only read from (upload) or write into
    (extraction) and e-government systems are told to use."""
    client = Minio(
        servers["SAMARINDA_S3_ENDPOINT"],
        access_key=servers.get("SAMARINDA_S3_ACCESS_KEY", "samarinda"),
        secret_key=servers.get("SAMARINDA_S3_SECRET_KEY", "samarinda-secret"),
        secure=servers.get("SAMARINDA_S3_SECURE", "false").lower() in {"1", "true", "yes"},
        region=servers.get("SAMARINDA_S3_REGION", "us-east-1"),
    )
    if not client.bucket_exists(INGEST_BUCKET):
        client.make_bucket(INGEST_BUCKET)


def purge_data(config: ClusterConfig, servers: Mapping[str, str]) -> None:
    """Drop a throwaway cluster's database and indexes (OpenSearch caps shards per node)."""
    mongo: MongoClient[dict[str, Any]]
    with MongoClient(servers["SAMARINDA_MONGO_URI"], serverSelectionTimeoutMS=5000) as mongo:
        mongo.drop_database(config.mongo_db)
    base = servers["SAMARINDA_OPENSEARCH_URL"].rstrip("/")
    with urllib.request.urlopen(
        f"{base}/_cat/indices/{config.index_prefix}*?format=json", timeout=10
    ) as reply:
        names = [row["index"] for row in json.load(reply)]
    for name in names:
        request = urllib.request.Request(f"{base}/{name}", method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()


def run_infra_script(action: str, component: str) -> None:
    """``infra/local/{up,down}.sh COMPONENT``: start or stop one real server."""
    subprocess.run(
        ["bash", str(REPO_ROOT / "infra" / "local" / f"{action}.sh"), component],
        check=True,
        timeout=300,
        cwd=REPO_ROOT,
    )


class ServerControl:
    """Stops and starts single real servers; whatever a test stopped is started again afterwards."""

    def __init__(self) -> None:
        self.stopped: list[str] = []

    def stop(self, component: str) -> None:
        self.stopped.append(component)
        run_infra_script("down", component)

    def start(self, component: str) -> None:
        run_infra_script("up", component)


# ----------------------------------------------------------------------------- the cluster


class ClusterError(RuntimeError):
    pass


class LocalCluster:
    """Nine service processes of one :class:`ClusterConfig`, with pid files and logs in ``state_dir``."""

    def __init__(self, config: ClusterConfig, state_dir: Path, servers: Mapping[str, str]) -> None:
        self.config = config
        self.state_dir = state_dir
        self.servers = connection_settings(servers)
        self.specs = {spec.name: spec for spec in config.ports.processes()}
        self._children: dict[str, subprocess.Popen[bytes]] = {}

    # paths
    def log_path(self, name: str) -> Path:
        return self.state_dir / "logs" / f"{name}.log"

    def _pid_path(self, name: str) -> Path:
        return self.state_dir / "pids" / f"{name}.pid"

    @property
    def env_path(self) -> Path:
        return self.state_dir / "env"

    def client_env(self) -> dict[str, str]:
        return client_env(self.config, self.servers)

    def write_env_file(self) -> None:
        self.env_path.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(f"export {k}={v}\n" for k, v in self.client_env().items())
        self.env_path.write_text(f"# generated by scripts/cluster.sh; source it\n{body}")
        self.env_path.chmod(0o600)

    # processes
    def _recorded_pid(self, name: str) -> int | None:
        child = self._children.get(name)
        if child is not None:
            return child.pid
        path = self._pid_path(name)
        if not path.is_file():
            return None
        return int(path.read_text().strip() or 0) or None

    def pid(self, name: str) -> int | None:
        """The pid of ``name`` when it runs (the pid file's process is still that service role)."""
        child = self._children.get(name)
        if child is not None:
            return child.pid if child.poll() is None else None
        pid = self._recorded_pid(name)
        if pid is None:
            return None
        spec = self.specs[name]
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return None
        return pid if spec.module.encode() in cmdline and spec.role.encode() in cmdline else None

    def _group_id(self, name: str) -> int | None:
        """``name``'s process group (its pid: it leads its own session), if that group is still
        ours: led by the service, or left with only its helpers once the service is gone (the
        kernel does not reuse a pid while a group of that id has members)."""
        pgid = self._recorded_pid(name)
        if pgid is None or self.pid(name) is not None:
            return pgid
        return None if process_group.alive(pgid) else pgid  # a live stranger got the pid: not our group

    def group(self, name: str) -> list[int]:
        """Every live process of ``name``'s group: the service and whatever it forked, even when
        the service itself is gone."""
        pgid = self._group_id(name)
        return process_group.members(pgid) if pgid is not None else []

    def start(self, name: str) -> None:
        if self.pid(name) is not None:
            return
        self._clear_group(name)  # helpers a killed predecessor left behind
        spec = self.specs[name]
        log_path = self.log_path(name)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._pid_path(name).parent.mkdir(parents=True, exist_ok=True)
        data_dir = self.state_dir / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        with log_path.open("ab") as log:
            log.write(f"\n===== {time.strftime('%Y-%m-%dT%H:%M:%S')} starting {name} =====\n".encode())
            log.flush()
            child = process_group.spawn(
                [str(PYTHON), "-m", spec.module, spec.role],
                cwd=REPO_ROOT,
                env=process_env(self.config, spec, self.servers, data_dir),
                output=log,
            )
        self._children[name] = child
        self._pid_path(name).write_text(f"{child.pid}\n")

    def wait_healthy(
        self, names: Iterable[str] | None = None, timeout: float = START_TIMEOUT_SECONDS
    ) -> float:
        """Block until every process answers its health probe; returns the seconds it took."""
        pending = list(names or self.specs)
        started = time.monotonic()
        while pending:
            for name in list(pending):
                if self.pid(name) is None:
                    raise ClusterError(f"{name} exited during start-up\n{log_tail(self.log_path(name))}")
                if is_healthy(self.specs[name]):
                    pending.remove(name)
            if pending and time.monotonic() - started > timeout:
                tails = "\n".join(log_tail(self.log_path(n)) for n in pending)
                raise ClusterError(f"not healthy after {timeout:.0f}s: {', '.join(pending)}\n{tails}")
            if pending:
                time.sleep(0.5)
        return time.monotonic() - started

    def up(self) -> float:
        ensure_ingest_bucket(self.servers)
        position_new_groups_at_end(self.config, self.servers["SAMARINDA_KAFKA_BOOTSTRAP"])
        for name in self.specs:
            self.start(name)
        self.write_env_file()
        return self.wait_healthy()

    def kill(self, name: str) -> None:
        """SIGKILL the service process alone, as a crash would: no graceful shutdown, no offset
        commit. What it forked is left over until :meth:`start` or :meth:`stop` clears the group."""
        pid = self.pid(name)
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            self._reap(name, pid, 10.0)

    def stop(self, name: str, grace_seconds: float = STOP_GRACE_SECONDS) -> None:
        pgid = self._group_id(name)
        if pgid is not None:
            process_group.stop_group(pgid, grace_seconds, reap=lambda: self._poll(name))
        self._children.pop(name, None)

    def down(self) -> None:
        groups = {name: pgid for name in self.specs if (pgid := self._group_id(name)) is not None}
        for pgid in groups.values():  # all at once: each waits for its own graceful shutdown
            process_group.signal_group(pgid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for name, pgid in groups.items():
            left = max(0.1, deadline - time.monotonic())
            if not process_group.wait_empty(pgid, left, reap=lambda name=name: self._poll(name)):
                process_group.kill_group(pgid, reap=lambda name=name: self._poll(name))
            self._children.pop(name, None)
        for name in self.specs:
            self._pid_path(name).unlink(missing_ok=True)

    def _clear_group(self, name: str) -> None:
        pgid = self._group_id(name)
        if pgid is not None:
            process_group.kill_group(pgid, reap=lambda: self._poll(name))
        self._children.pop(name, None)

    def _poll(self, name: str) -> None:
        child = self._children.get(name)
        if child is not None:
            child.poll()

    def _reap(self, name: str, pid: int, timeout: float) -> bool:
        child = self._children.get(name)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if child is not None:
                if child.poll() is not None:
                    return True
            elif not process_group.alive(pid):
                return True
            time.sleep(0.1)
        return False

    def status(self) -> list[tuple[ProcessSpec, int | None, bool]]:
        rows = []
        for name, spec in self.specs.items():
            pid = self.pid(name)
            rows.append((spec, pid, pid is not None and is_healthy(spec)))
        return rows

    def log_tails(self, names: Iterable[str] | None = None, lines: int = 30) -> str:
        return "\n".join(log_tail(self.log_path(n), lines) for n in (names or self.specs))


# ----------------------------------------------------------------------------- command line


def _load_or_create_config(fresh: bool) -> ClusterConfig:
    path = CLUSTER_DIR / "config.json"
    if path.is_file() and not fresh:
        return ClusterConfig.from_json(path.read_text())
    config = ClusterConfig.fresh("cluster")
    CLUSTER_DIR.mkdir(parents=True, exist_ok=True)
    path.write_text(config.to_json())
    path.chmod(0o600)
    return config


def _print_status(cluster: LocalCluster, out: Callable[[str], None]) -> bool:
    out(f"{'PROCESS':<20} {'STATE':<8} {'HEALTH':<7} {'PID':<8} ENDPOINT")
    all_ok = True
    for spec, pid, healthy in cluster.status():
        endpoint = (
            f"grpc 127.0.0.1:{spec.grpc_port}"
            if spec.grpc_port
            else f"http://127.0.0.1:{spec.health_port}/ready"
        )
        if spec.http_port:
            endpoint += f", http://127.0.0.1:{spec.http_port}"
        state = "running" if pid else "stopped"
        out(f"{spec.name:<20} {state:<8} {'ok' if healthy else '-':<7} {pid or '-'!s:<8} {endpoint}")
        all_ok &= healthy
    c = cluster.config
    out(f"data: mongo db {c.mongo_db}, bucket {c.s3_bucket}, index prefix {c.index_prefix}")
    out(f"consumer groups: {c.group_prefix}*")
    out(f"logs: {cluster.state_dir / 'logs'}   client env: source {cluster.env_path}")
    return all_ok


def run() -> None:
    sys.exit(main(sys.argv[1:]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="the six services as local processes")
    parser.add_argument("command", choices=["up", "down", "status"])
    parser.add_argument(
        "--fresh", action="store_true", help="new database, bucket, index prefix, groups and tokens"
    )
    args = parser.parse_args(argv)
    if args.command != "up" and not (CLUSTER_DIR / "config.json").is_file():
        print("cluster: none created yet (scripts/cluster.sh up)")
        return 0 if args.command == "down" else 3
    if args.command == "up" and args.fresh:
        _stop_existing()
    config = _load_or_create_config(fresh=args.fresh and args.command == "up")
    cluster = LocalCluster(config, CLUSTER_DIR, server_env())
    if args.command == "up":
        try:
            seconds = cluster.up()
        except ClusterError as exc:
            print(f"cluster: {exc}", file=sys.stderr)
            return 1
        print(f"cluster: {len(cluster.specs)} processes healthy in {seconds:.1f}s")
        _print_status(cluster, print)
        return 0
    if args.command == "down":
        cluster.down()
        print("cluster: processes stopped")
        return 0
    return 0 if _print_status(cluster, print) else 3


def _stop_existing() -> None:
    path = CLUSTER_DIR / "config.json"
    if path.is_file():
        LocalCluster(ClusterConfig.from_json(path.read_text()), CLUSTER_DIR, server_env()).down()
