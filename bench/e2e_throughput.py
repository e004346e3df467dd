"""Documents per minute end to end, and the latency of each stage, on the real stack and embedded.

    .venv/bin/python bench/e2e_throughput.py [--per-kind 4] [--rka 2] [--timeout 900] [--json FILE]

Real: the running local cluster (``scripts/cluster.sh up``; endpoints and token from
``.infra/cluster/env``): a mixed corpus (born-digital PDFs, scans, price tables, RKAs) is uploaded
over gRPC by a fresh OPD, after its SSH catalogue was indexed (not timed). A document is done when
it is indexed, an RKA when its review is stored. Stage times are the ``occurred_at`` of the events
each stage publishes (documents.extracted.v1, documents.indexed.v1, rka.reviewed.v1), read back
from Kafka; the upload stage starts when the client starts sending the file.

Embedded: the same corpus through ``samarinda_cli.pipeline.EmbeddedPipeline`` (all five services
in this process on the in-process bus and embedded stores), stage times taken by an observer
subscribed to the same events on the bus.

Both upload the whole corpus first and then wait, so later documents queue behind earlier ones;
the per-stage figures include that queueing, as they would for an OPD handing over a batch.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import grpc  # noqa: E402
from samarinda_cli.pipeline import EmbeddedPipeline  # noqa: E402
from samarinda_common.events import DocumentExtracted, DocumentIndexed, Event, RkaReviewed  # noqa: E402
from samarinda_common.logging import configure_logging  # noqa: E402
from samarinda_common.messaging import Subscription  # noqa: E402
from samarinda_common.settings import CommonSettings, Mode  # noqa: E402
from samarinda_common.topics import Topic  # noqa: E402
from samarinda_local_cluster.launcher import CLUSTER_DIR, read_env_file  # noqa: E402
from samarinda_rka_review.service_layer.handlers import document_review_id  # noqa: E402

from bench.corpus import CorpusDocument, build_corpus, catalogue  # noqa: E402
from tests.integration.e2e.clients import Platform, TopicWatch, poll  # noqa: E402

STAGES = (("upload", "extracted"), ("extracted", "indexed"), ("indexed", "reviewed"), ("upload", "done"))
OBSERVER_GROUP = "bench-observer"


@dataclass
class Run:
    mode: str
    kinds: dict[str, str] = field(default_factory=dict)  # document id -> corpus kind
    times: defaultdict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    started: float = 0.0

    def done(self, document_id: str) -> float:
        stamps = self.times[document_id]
        return stamps["reviewed"] if self.kinds[document_id] == "rka" else stamps["indexed"]

    @property
    def wall_seconds(self) -> float:
        return max(self.done(d) for d in self.kinds) - self.started

    @property
    def documents_per_minute(self) -> float:
        return len(self.kinds) / self.wall_seconds * 60

    def latencies(self, start: str, end: str, kinds: Iterable[str] | None = None) -> list[float]:
        wanted = set(kinds) if kinds else None
        values = []
        for document_id, kind in self.kinds.items():
            if wanted is not None and kind not in wanted:
                continue
            stamps = {**self.times[document_id], "done": self.done(document_id)}
            if start in stamps and end in stamps:
                values.append(stamps[end] - stamps[start])
        return values


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (small samples: no interpolation pretending to more precision)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _epoch(occurred_at: str) -> float:
    return datetime.fromisoformat(occurred_at).timestamp()


# ----------------------------------------------------------------------------- the real stack


def _first_times(watch: TopicWatch, opd: str, id_field: str, strip: str = "") -> dict[str, float]:
    found: dict[str, float] = {}
    for event in watch.events(opd):
        document_id = str(event[id_field]).removeprefix(strip)
        found[document_id] = min(found.get(document_id, math.inf), _epoch(str(event["occurred_at"])))
    return found


def _reviewed(platform: Platform, review_ids: Iterable[str]) -> set[str]:
    found = set()
    for review_id in review_ids:
        try:
            platform.get_review(review_id)
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.NOT_FOUND:
                raise
        else:
            found.add(review_id)
    return found


def real_run(corpus: list[CorpusDocument], ssh: Path, env: Mapping[str, str], timeout: float) -> Run:
    platform = Platform.connect(env)
    bootstrap = env["SAMARINDA_KAFKA_BOOTSTRAP"]
    opd = f"BENCH-{uuid.uuid4().hex[:8].upper()}"
    watches = {
        "extracted": (TopicWatch.open(bootstrap, Topic.DOCUMENT_EXTRACTED.value), "document_id", ""),
        "indexed": (TopicWatch.open(bootstrap, Topic.DOCUMENT_INDEXED.value), "document_id", ""),
        "reviewed": (TopicWatch.open(bootstrap, Topic.RKA_REVIEWED.value), "rka_id", "doc-"),
    }
    try:
        catalogue_id = platform.upload_file(ssh, opd=opd, category="ssh", fiscal_year=2026).document_id
        platform.wait_for_status([catalogue_id], timeout=timeout)

        run = Run("real", started=time.time())
        for document in corpus:
            sent = time.time()
            reply = platform.upload_file(
                document.path, opd=opd, category=document.category, fiscal_year=document.fiscal_year
            )
            run.kinds[reply.document_id] = document.kind
            run.times[reply.document_id]["upload"] = sent
        platform.wait_for_status(run.kinds, timeout=timeout)
        review_ids = {document_review_id(opd, d) for d, kind in run.kinds.items() if kind == "rka"}
        poll(
            lambda: _reviewed(platform, review_ids),
            lambda found: found == review_ids,
            timeout=timeout,
            what="reviews",
        )
    finally:
        platform.close()
    for stage, (watch, id_field, strip) in watches.items():
        for document_id, at in _first_times(watch, opd, id_field, strip).items():
            if document_id in run.kinds:
                run.times[document_id][stage] = at
    return run


# ----------------------------------------------------------------------------- embedded


async def embedded_run(corpus: list[CorpusDocument], ssh: Path, data_dir: Path) -> Run:
    run = Run("embedded")
    opd = "BENCH-EMBEDDED"

    def observe(stage: str, event_type: type[Event], document_id_of: Any) -> Subscription[Any]:
        async def record(event: Any) -> None:
            # When the stage finished (the bus may deliver to this observer later than to the services).
            run.times[document_id_of(event)].setdefault(stage, event.occurred_at.timestamp())

        return Subscription(
            event_type.TOPIC, event_type, group_id=f"{OBSERVER_GROUP}-{stage}", handler=record
        )

    settings = CommonSettings(mode=Mode.EMBEDDED, data_dir=data_dir)
    async with EmbeddedPipeline(settings) as pipeline:
        for subscription in (
            observe("extracted", DocumentExtracted, lambda e: e.document_id),
            observe("indexed", DocumentIndexed, lambda e: e.document_id),
            observe("reviewed", RkaReviewed, lambda e: e.rka_id.removeprefix("doc-")),
        ):
            pipeline.bus.subscribe(subscription)
        await pipeline.upload_file(ssh, opd, "ssh", 2026)
        await pipeline.run_until_idle()

        run.started = time.time()
        for document in corpus:
            sent = time.time()
            outcome = await pipeline.upload_file(document.path, opd, document.category, document.fiscal_year)
            run.kinds[outcome.document_id] = document.kind
            run.times[outcome.document_id]["upload"] = sent
        await pipeline.run_until_idle()
    missing = [d for d in run.kinds if "indexed" not in run.times[d]]
    if missing:
        raise RuntimeError(f"embedded run left documents unindexed: {missing}")
    return run


# ----------------------------------------------------------------------------- report


def summary(runs: list[Run]) -> dict[str, Any]:
    result: dict[str, Any] = {"runs": {}}
    for run in runs:
        stages = {}
        for start, end in STAGES:
            values = run.latencies(start, end)
            if values:
                stages[f"{start}->{end}"] = {
                    "n": len(values),
                    "p50_s": round(percentile(values, 50), 2),
                    "p95_s": round(percentile(values, 95), 2),
                }
        per_kind = {
            kind: round(percentile(run.latencies("upload", "done", [kind]), 50), 2)
            for kind in sorted(set(run.kinds.values()))
        }
        result["runs"][run.mode] = {
            "documents": len(run.kinds),
            "wall_seconds": round(run.wall_seconds, 1),
            "documents_per_minute": round(run.documents_per_minute, 1),
            "stage_latency": stages,
            "upload_to_done_p50_by_kind_s": per_kind,
        }
    if {"real", "embedded"} <= set(result["runs"]):
        real, embedded = result["runs"]["real"], result["runs"]["embedded"]
        result["real_over_embedded"] = round(
            real["documents_per_minute"] / embedded["documents_per_minute"], 2
        )
    return result


def print_summary(result: Mapping[str, Any]) -> None:
    runs = result["runs"]
    print(f"{'mode':<10} {'docs':>5} {'wall s':>8} {'docs/min':>9}")
    for mode, run in runs.items():
        print(f"{mode:<10} {run['documents']:>5} {run['wall_seconds']:>8} {run['documents_per_minute']:>9}")
    if "real_over_embedded" in result:
        print(f"real / embedded throughput: {result['real_over_embedded']}x")
    print(f"\n{'stage latency (s)':<22}" + "".join(f"{mode + ' p50/p95':>22}" for mode in runs))
    for start, end in STAGES:
        key = f"{start}->{end}"
        cells = []
        for run in runs.values():
            stage = run["stage_latency"].get(key)
            cells.append(f"{stage['p50_s']:.2f} / {stage['p95_s']:.2f}" if stage else "-")
        print(f"{key:<22}" + "".join(f"{cell:>22}" for cell in cells))
    print(f"\n{'upload->done p50 (s)':<22}" + "".join(f"{mode:>22}" for mode in runs))
    for kind in next(iter(runs.values()))["upload_to_done_p50_by_kind_s"]:
        print(
            f"{kind:<22}"
            + "".join(f"{run['upload_to_done_p50_by_kind_s'].get(kind, '-'):>22}" for run in runs.values())
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-kind", type=int, default=4, help="PDFs, scans and price tables each")
    parser.add_argument("--rka", type=int, default=2, help="RKA spreadsheets (reviewed)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for the real run")
    parser.add_argument("--env", type=Path, default=CLUSTER_DIR / "env", help="the cluster's client env file")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    configure_logging("bench", "WARNING", False)  # the embedded services log in this process

    env = read_env_file(args.env)
    if not env:
        print(f"no cluster env at {args.env}: run scripts/cluster.sh up", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="samarinda-bench-") as scratch:
        workdir = Path(scratch)
        corpus = build_corpus(workdir / "corpus", per_kind=args.per_kind, rka_copies=args.rka)
        ssh = catalogue(workdir / "corpus")
        counts = {
            kind: sum(1 for d in corpus if d.kind == kind) for kind in ("pdf", "scan", "spreadsheet", "rka")
        }
        print(f"corpus: {len(corpus)} documents {counts}", flush=True)
        runs = [real_run(corpus, ssh, env, args.timeout)]
        print(f"real: {runs[0].documents_per_minute:.1f} documents/minute", flush=True)
        if not args.skip_embedded:
            runs.append(asyncio.run(embedded_run(corpus, ssh, workdir / "embedded")))
    result = summary(runs)
    print()
    print_summary(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
