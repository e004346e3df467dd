"""The settings a process starts with: prefixed knobs, fail-closed secrets, shutdown timing."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.entrypoint import EXIT_REFUSED, check_startable, run_service
from samarinda_common.events import DocumentUploaded
from samarinda_common.messaging import (
    EventProcessor,
    KafkaEventPublisher,
    Subscription,
    build_app,
    build_broker,
)
from samarinda_common.resources import cgroup_cpu_quota, cgroup_memory_limit, cpu_limit, schedulable_cpus
from samarinda_common.settings import CommonSettings, Mode, Needs, SettingsRefused, own_settings
from samarinda_common.topics import Topic

_own = own_settings("billing")


class KnobSettings(CommonSettings):
    consumer_group: str = _own("billing", "consumer_group")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("SAMARINDA_") or name == "CONSUMER_GROUP":
            monkeypatch.delenv(name)


def test_a_stray_bare_or_shared_variable_never_sets_a_services_own_knob(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONSUMER_GROUP", "oops")
    monkeypatch.setenv("SAMARINDA_CONSUMER_GROUP", "oops-too")
    assert KnobSettings().consumer_group == "billing"
    monkeypatch.setenv("SAMARINDA_BILLING_CONSUMER_GROUP", "samarinda-billing")
    assert KnobSettings().consumer_group == "samarinda-billing"


def test_code_and_tests_still_pass_a_knob_by_field_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMARINDA_BILLING_CONSUMER_GROUP", "from-env")
    assert KnobSettings(consumer_group="given").consumer_group == "given"


def test_a_service_needs_an_explicit_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsRefused, match="SAMARINDA_MODE"):
        check_startable(CommonSettings(), ())
    monkeypatch.setenv("SAMARINDA_MODE", "embedded")
    check_startable(CommonSettings(), {Needs.MONGO, Needs.API_TOKENS})  # embedded needs no secrets


@pytest.mark.parametrize(
    ("needs", "given", "named"),
    [
        ({Needs.MONGO}, {}, "SAMARINDA_MONGO_URI"),
        ({Needs.S3}, {"SAMARINDA_S3_ACCESS_KEY": "k"}, "SAMARINDA_S3_SECRET_KEY"),
        ({Needs.S3}, {"SAMARINDA_S3_SECRET_KEY": "s"}, "SAMARINDA_S3_ACCESS_KEY"),
        ({Needs.OPENSEARCH}, {"SAMARINDA_OPENSEARCH_USER": "samarinda"}, "SAMARINDA_OPENSEARCH_PASSWORD"),
        ({Needs.API_TOKENS}, {}, "SAMARINDA_API_TOKENS"),
        ({Needs.LLM}, {"SAMARINDA_LLM_PROVIDER": "gemini"}, "SAMARINDA_GEMINI_API_KEY"),
        ({Needs.EMBEDDER}, {"SAMARINDA_EMBEDDER_PROVIDER": "gemini"}, "SAMARINDA_GEMINI_API_KEY"),
        ({Needs.LLM}, {"SAMARINDA_LLM_PROVIDER": "openai-compatible"}, "SAMARINDA_OPENAI_BASE_URL"),
    ],
)
def test_real_mode_refuses_to_start_without_a_secret_it_needs(
    monkeypatch: pytest.MonkeyPatch, needs: set[Needs], given: dict[str, str], named: str
) -> None:
    monkeypatch.setenv("SAMARINDA_MODE", "real")
    for name, value in given.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsRefused, match=named):
        check_startable(CommonSettings(), needs)


def test_real_mode_starts_with_what_it_needs_and_ignores_what_it_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SAMARINDA_MODE", "real")
    monkeypatch.setenv("SAMARINDA_MONGO_URI", "mongodb://mongo:27017/")
    # No S3 keys, no tokens, no OpenSearch password without a user: billing's worker needs none.
    check_startable(CommonSettings(), {Needs.MONGO, Needs.OPENSEARCH})
    # The offline providers need no key.
    check_startable(CommonSettings(), {Needs.LLM, Needs.EMBEDDER})


def test_there_is_no_dev_default_for_any_secret() -> None:
    settings = CommonSettings()
    assert (settings.mongo_uri, settings.s3_access_key, settings.s3_secret_key) == (None, None, None)
    assert settings.opensearch_password is None


def test_run_service_exits_with_the_reason_before_running_the_role(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SAMARINDA_MODE", "real")
    ran: list[str] = []

    async def worker(settings: CommonSettings) -> None:
        ran.append("worker")

    code = run_service(["worker"], CommonSettings, {"worker": worker}, needs={"worker": {Needs.MONGO}})
    assert code == EXIT_REFUSED
    assert ran == []
    assert "SAMARINDA_MONGO_URI is not set" in capsys.readouterr().err


def test_run_service_refuses_an_unset_mode(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def worker(settings: CommonSettings) -> None:
        raise AssertionError("must not run")

    assert run_service(["worker"], CommonSettings, {"worker": worker}, needs={}) == EXIT_REFUSED
    assert "SAMARINDA_MODE is not set" in capsys.readouterr().err


def test_the_drain_gets_the_grace_period_less_the_prestop_sleep_and_a_commit_margin() -> None:
    settings = CommonSettings(termination_grace_seconds=300, prestop_seconds=0)
    assert settings.shutdown_budget_seconds() == 295
    assert CommonSettings(termination_grace_seconds=30, prestop_seconds=5).shutdown_budget_seconds() == 20
    assert CommonSettings(termination_grace_seconds=3).shutdown_budget_seconds() == 1  # never zero
    broker = build_broker(settings, client_id="test")
    assert broker.config.graceful_timeout == 295


def test_the_max_poll_interval_comes_from_the_settings() -> None:
    settings = CommonSettings(kafka_max_poll_interval_seconds=1200, kafka_max_poll_records=1)
    broker = build_broker(settings, client_id="test")

    async def handle(event: DocumentUploaded) -> None:
        return None

    build_app(
        settings,
        broker,
        [Subscription(Topic.DOCUMENT_UPLOADED, DocumentUploaded, "g", handle)],
        EventProcessor(KafkaEventPublisher(broker)),
    )
    [subscriber] = [s for s in broker.subscribers if s.topics[0].name == Topic.DOCUMENT_UPLOADED.value]
    assert subscriber._connection_args["max_poll_interval_ms"] == 1_200_000
    assert subscriber._connection_args["max_poll_records"] == 1


def test_topic_creation_is_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    assert CommonSettings().kafka_create_topics is False
    monkeypatch.setenv("SAMARINDA_KAFKA_CREATE_TOPICS", "true")
    assert CommonSettings().kafka_create_topics is True


def test_cgroup_v2_limits_are_read(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    (tmp_path / "memory.max").write_text("2147483648\n")
    assert cgroup_cpu_quota(tmp_path) == 1.5
    assert cgroup_memory_limit(tmp_path) == 2 * 1024**3
    assert cpu_limit(None, tmp_path) == min(2, schedulable_cpus())  # 1.5 CPUs run two workers


def test_cgroup_v2_without_limits_and_cgroup_v1(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("max 100000\n")
    (tmp_path / "memory.max").write_text("max\n")
    assert cgroup_cpu_quota(tmp_path) is None
    assert cgroup_memory_limit(tmp_path) is None
    assert cpu_limit(None, tmp_path) == schedulable_cpus()
    v1 = tmp_path / "v1"
    (v1 / "cpu").mkdir(parents=True)
    (v1 / "memory").mkdir()
    (v1 / "cpu" / "cpu.cfs_quota_us").write_text("100000")
    (v1 / "cpu" / "cpu.cfs_period_us").write_text("100000")
    (v1 / "memory" / "memory.limit_in_bytes").write_text(str(9223372036854771712))
    assert cgroup_cpu_quota(v1) == 1.0
    assert cgroup_memory_limit(v1) is None


def test_a_configured_limit_beats_the_cgroup(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("400000 100000\n")
    assert cpu_limit(1.0, tmp_path) == 1
    assert CommonSettings(mode=Mode.EMBEDDED, cpu_limit=0.5).cpu_limit == 0.5
