"""Fixtures of the end-to-end suite: one throwaway cluster of the five services per session.

The real servers are already running (``make test`` starts them); this suite never restarts them
as a whole. The cluster gets its own database, bucket, index prefix, consumer groups and ports, so
it can run beside a developer's ``scripts/cluster.sh up``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from samarinda_local_cluster.launcher import (
    REPO_ROOT,
    ClusterConfig,
    ClusterError,
    LocalCluster,
    Ports,
    ServerControl,
    connection_settings,
    purge_data,
    run_infra_script,
)

from .clients import Platform

SERVERS = (
    "SAMARINDA_KAFKA_BOOTSTRAP",
    "SAMARINDA_MONGO_URI",
    "SAMARINDA_S3_ENDPOINT",
    "SAMARINDA_OPENSEARCH_URL",
)
HEALTHY_BEFORE_EACH_TEST_SECONDS = 180.0


@pytest.fixture(scope="session")
def e2e_cluster(infra_env: dict[str, str], require_server: Callable[[str], str]) -> Iterator[LocalCluster]:
    for variable in SERVERS:
        require_server(variable)
    config = ClusterConfig.fresh("e2e", Ports.free(), opds=("DISDIK", "DINKES"))
    servers = connection_settings(infra_env)
    cluster = LocalCluster(config, REPO_ROOT / ".infra" / "e2e" / config.run_id, servers)
    try:
        cluster.up()
    except ClusterError as exc:
        cluster.down()
        pytest.fail(f"the e2e cluster did not start: {exc}")
    yield cluster
    cluster.down()
    purge_data(config, servers)


@pytest.fixture(scope="session")
def platform(e2e_cluster: LocalCluster) -> Iterator[Platform]:
    client = Platform.connect(e2e_cluster.client_env())
    yield client
    client.close()


@pytest.fixture(scope="session")
def kafka_bootstrap(e2e_cluster: LocalCluster) -> str:
    return e2e_cluster.servers["SAMARINDA_KAFKA_BOOTSTRAP"]


@pytest.fixture
def opd() -> str:
    """An OPD code nobody used before: events of earlier runs on the shared topics cannot match it."""
    return f"E2E-{uuid.uuid4().hex[:10].upper()}"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


_CALL_FAILED = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def healthy_cluster_and_logs_on_failure(
    request: pytest.FixtureRequest, e2e_cluster: LocalCluster
) -> Iterator[None]:
    """Every test starts on a healthy cluster (a fault test must not leak into the next), and a
    failing test prints the tail of every process log."""
    e2e_cluster.wait_healthy(timeout=HEALTHY_BEFORE_EACH_TEST_SECONDS)
    yield
    if request.node.stash.get(_CALL_FAILED, False):
        print(e2e_cluster.log_tails(lines=25))


@pytest.fixture
def servers() -> Iterator[ServerControl]:
    control = ServerControl()
    yield control
    for component in control.stopped:
        run_infra_script("up", component)  # up.sh leaves a running server alone
