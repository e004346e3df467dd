"""infra/kafka/principals.conf, the local broker's ACLs and the Strimzi KafkaUsers say the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from samarinda_common.topics import ALL_TOPICS, Topic, dlq_of

REPO = Path(__file__).resolve().parents[3]
PRINCIPALS = REPO / "infra" / "kafka" / "principals.conf"
KAFKA_USERS = REPO / "infra" / "k8s" / "kafka-users" / "users.yaml"
SERVICES = REPO / "infra" / "k8s" / "base" / "services"


@dataclass(frozen=True)
class Principal:
    name: str
    kind: str
    consumes: frozenset[str]
    produces: frozenset[str]

    def topic_grants(self) -> set[tuple[str, str]]:
        """(operation, topic): what the principal may do on which topic."""
        reads = {("Read", t) for t in self.consumes}
        writes = {("Write", t) for t in self.produces | {dlq_of(t) for t in self.consumes}}
        return reads | writes


def _topics(column: str) -> frozenset[str]:
    return frozenset() if column == "-" else frozenset(column.split(","))


def principals() -> dict[str, Principal]:
    found = {}
    for line in PRINCIPALS.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, kind, consumes, produces = line.split()
            found[name] = Principal(name, kind, _topics(consumes), _topics(produces))
    return found


def kafka_users() -> dict[str, dict]:
    return {doc["metadata"]["name"]: doc for doc in yaml.safe_load_all(KAFKA_USERS.read_text()) if doc}


def test_every_named_topic_is_in_the_catalog_and_every_event_topic_has_a_principal() -> None:
    named = set()
    for principal in principals().values():
        named |= principal.consumes | principal.produces | {dlq_of(t) for t in principal.consumes}
    assert named <= set(ALL_TOPICS)
    assert {t.value for t in Topic} <= named


def test_external_systems_may_only_write_ingest_requests() -> None:
    external = [p for p in principals().values() if p.kind == "external"]
    assert external, "principals.conf names no external system"
    for principal in external:
        assert principal.topic_grants() == {("Write", Topic.INGEST_REQUESTED.value)}


@pytest.mark.parametrize("name", sorted(principals()))
def test_the_strimzi_user_grants_what_principals_conf_grants(name: str) -> None:
    principal = principals()[name]
    user = kafka_users().pop(f"kafka-{name}")
    assert user["spec"]["authentication"] == {"type": "scram-sha-512"}
    acls = user["spec"]["authorization"]["acls"]
    topics = {
        (operation, acl["resource"]["name"])
        for acl in acls
        if acl["resource"]["type"] == "topic"
        for operation in acl["operations"]
        if operation != "Describe"
    }
    assert topics == principal.topic_grants()
    assert all(
        acl["resource"]["patternType"] == "literal" for acl in acls if acl["resource"]["type"] == "topic"
    )
    groups = {acl["resource"]["name"] for acl in acls if acl["resource"]["type"] == "group"}
    assert bool(groups) == bool(principal.consumes)


def test_no_strimzi_user_without_a_principal() -> None:
    assert set(kafka_users()) == {f"kafka-{name}" for name in principals()}


@pytest.mark.parametrize("service", [p.name for p in principals().values() if p.kind == "service"])
def test_each_worker_consumes_in_a_group_its_user_may_read(service: str) -> None:
    # The Deployment that consumes: a service's worker, or the console's web process.
    [path] = [p for p in (SERVICES / service).glob("deployment-*.yaml") if "_CONSUMER_GROUP" in p.read_text()]
    worker = yaml.safe_load(path.read_text())
    (container,) = worker["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e for e in container["env"]}
    assert env["SAMARINDA_KAFKA_USERNAME"]["value"] == f"kafka-{service}"
    assert env["SAMARINDA_KAFKA_PASSWORD"]["valueFrom"]["secretKeyRef"] == {
        "name": f"kafka-{service}",
        "key": "password",
    }
    group = next(e["value"] for name, e in env.items() if name.endswith(("_CONSUMER_GROUP", "_GROUP_PREFIX")))
    prefixes = [
        acl["resource"]["name"]
        for acl in kafka_users()[f"kafka-{service}"]["spec"]["authorization"]["acls"]
        if acl["resource"]["type"] == "group" and acl["resource"]["patternType"] == "prefix"
    ]
    assert any(group.startswith(prefix) for prefix in prefixes)
