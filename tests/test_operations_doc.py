"""docs/operations.md's topic table says what infra/k8s/topics/topics.yaml creates."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DAY_MS = 24 * 3600 * 1000


def _documented() -> dict[str, tuple[int, int]]:
    rows = re.findall(
        r"^\| `([\w.-]+\.v\d+)` \| (\d+) \| (\d+) d \|", (REPO / "docs" / "operations.md").read_text(), re.M
    )
    return {topic: (int(partitions), int(days)) for topic, partitions, days in rows}


def _declared() -> dict[str, tuple[int, int]]:
    documents = yaml.safe_load_all((REPO / "infra" / "k8s" / "topics" / "topics.yaml").read_text())
    return {
        d["spec"]["topicName"]: (d["spec"]["partitions"], int(d["spec"]["config"]["retention.ms"]) // DAY_MS)
        for d in documents
        if d and not d["spec"]["topicName"].endswith(".dlq")
    }


def test_the_topic_table_matches_the_cluster_topics() -> None:
    documented = _documented()
    assert len(documented) == 9
    assert documented == _declared()
