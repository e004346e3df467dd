"""A worker never creates its topics in the cluster: it starts when they exist and stops, naming
them, when they do not (real Kafka; each test has topics of its own)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from samarinda_common.messaging import ensure_topics
from samarinda_common.messaging.publisher import missing_topics
from samarinda_common.settings import CommonSettings
from samarinda_common.testing.listen_ports import free_listen_port
from samarinda_common.topics import dlq_of

pytestmark = pytest.mark.integration

WORKER = Path(__file__).with_name("topic_worker.py")
StartWorker = Callable[..., tuple[subprocess.Popen[bytes], int, Path]]
# uvicorn re-raises SIGTERM once it has shut down gracefully, so a clean stop may end by the signal.
CLEAN_STOP = {0, -signal.SIGTERM}
START_SECONDS = 60.0


def ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=2) as reply:
            return bool(reply.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def wait_ready(child: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while not ready(port):
        assert child.poll() is None, log.read_text()
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.3)


@pytest.fixture
def bootstrap(require_server: Callable[[str], str]) -> str:
    return require_server("SAMARINDA_KAFKA_BOOTSTRAP")


@pytest.fixture
def start_worker(bootstrap: str, tmp_path: Path) -> Iterator[StartWorker]:
    children: list[subprocess.Popen[bytes]] = []

    def start(topic: str, **extra_env: str) -> tuple[subprocess.Popen[bytes], int, Path]:
        port = free_listen_port()
        log = tmp_path / f"{topic}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SAMARINDA_")}
        # The broker's identity (SASL) from the environment, nothing else of this shell's.
        env |= {k: v for k, v in os.environ.items() if k.startswith("SAMARINDA_KAFKA_")}
        env |= {"SAMARINDA_KAFKA_BOOTSTRAP": bootstrap, "PYTHONUNBUFFERED": "1", **extra_env}
        with log.open("wb") as out:
            child = subprocess.Popen(
                [sys.executable, str(WORKER), topic, str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
            )
        children.append(child)
        return child, port, log

    yield start
    for child in children:
        if child.poll() is None:
            child.kill()
            child.wait(10)


def test_a_worker_starts_when_its_topics_exist(
    unique_name: Callable[[str], str],
    bootstrap: str,
    start_worker: StartWorker,
) -> None:
    topic = unique_name("topic")
    asyncio.run(ensure_topics(bootstrap, [topic, dlq_of(topic)], partitions=1))  # as Strimzi would
    child, port, log = start_worker(topic)
    wait_ready(child, port, log)
    child.send_signal(signal.SIGTERM)
    assert child.wait(40) in CLEAN_STOP, log.read_text()
    assert "shut down gracefully" in log.read_text()


def test_a_worker_refuses_to_start_naming_the_missing_topics_and_creates_none(
    unique_name: Callable[[str], str],
    bootstrap: str,
    start_worker: StartWorker,
) -> None:
    topic = unique_name("topic")
    child, port, log = start_worker(topic)
    code = child.wait(START_SECONDS)
    output = log.read_text()
    assert code != 0, output
    assert "Kafka topics missing" in output
    assert topic in output and dlq_of(topic) in output
    assert not ready(port)
    assert asyncio.run(missing_topics(CommonSettings(kafka_bootstrap=bootstrap), [topic, dlq_of(topic)])) == [
        topic,
        dlq_of(topic),
    ]


def test_a_development_broker_may_let_the_worker_create_them(
    unique_name: Callable[[str], str],
    bootstrap: str,
    start_worker: StartWorker,
) -> None:
    topic = unique_name("topic")
    child, port, log = start_worker(topic, SAMARINDA_KAFKA_CREATE_TOPICS="true")
    wait_ready(child, port, log)
    assert (
        asyncio.run(missing_topics(CommonSettings(kafka_bootstrap=bootstrap), [topic, dlq_of(topic)])) == []
    )
    child.send_signal(signal.SIGTERM)
    assert child.wait(40) in CLEAN_STOP, log.read_text()
    assert "shut down gracefully" in log.read_text()
