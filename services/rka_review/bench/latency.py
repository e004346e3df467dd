"""Latency of reviewing a 500-line RKA offline (p50/p95): with the embedder off, and on
(``--embedder local``) in three states of the caches — cold (nothing embedded yet), the first
review of an RKA (its catalogue embedded at publish) and a revision of a reviewed RKA (10% of
its lines reworded) — directly and through the service's ``handlers.review``; each figure also
as a ratio to the embedder-off p95 measured in the same run (the machine is shared); and with a
batched LLM second opinion.

The LLM run uses the Gemini provider against a local HTTP stub answering after ``--llm-delay``
seconds (one batched call per RKA), so the figure is our overhead plus the provider's latency.

    .venv/bin/python services/rka_review/bench/latency.py [--lines 500] [--runs 20]
        [--embedder none|local|hashing]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder
from samarinda_common.adapters.embedding_cache import CachedEmbeddings
from samarinda_common.adapters.llm import GeminiLlm
from samarinda_common.ports import Embedder
from samarinda_common.rka import Rka, SubKegiatan
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import line_texts, review_rka
from samarinda_rka_review.offline import load_catalogue, load_rka, review_by_meaning
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import CatalogueCache
from samarinda_rka_review.service_layer.handlers import ReviewDeps
from samarinda_rka_review.service_layer.relevance_examples import RelevanceExamples

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval" / "data"
EMBEDDERS = {"local": LocalE5Embedder, "hashing": HashingEmbedder}
# A revision rewords this share of the RKA's lines (the warm scenarios).
REVISED_SHARE = 0.1
SCENARIOS = {
    "cold": "cold (nothing cached: catalogue, examples, lines embedded)",
    "first": "first review of an RKA (catalogue embedded at publish)",
    "warm": "warm (revision of a reviewed RKA, same catalogue version)",
}


def big_rka(lines: int) -> Rka:
    """``lines`` lines drawn from the eval RKAs, spread over sub-kegiatan of 25 lines."""
    source = [
        (sub, line)
        for name in ("pupr_2026", "dishub_2026", "dinkes_2026", "kecamatan_2026")
        for sub in load_rka(EVAL / f"rka_{name}.xlsx").sub_kegiatan
        for line in sub.lines
    ]
    subs: list[SubKegiatan] = []
    for start in range(0, lines, 25):
        template = source[(start // 25) % len(source)][0]
        chunk = [
            source[i % len(source)][1].model_copy(
                update={"line_id": str(i + 1), "volume": Decimal(i % 7 + 1)}
            )
            for i in range(start, min(start + 25, lines))
        ]
        subs.append(template.model_copy(update={"lines": chunk, "groups": [], "declared_total": None}))
    return Rka(rka_id="bench", opd="BENCH", fiscal_year=2026, sub_kegiatan=subs)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass
class Samples:
    """Wall time and this process's CPU time (all its threads) per review: on a shared machine
    the wall time mostly measures the neighbours, the CPU time what a review costs."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @contextmanager
    def timed(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)


def percentiles(samples: Samples) -> str:
    wall, cpu = samples.wall, samples.cpu
    return (
        f"p50 {statistics.median(wall) * 1000:.0f} ms, p95 {p95(wall) * 1000:.0f} ms; "
        f"CPU p50 {statistics.median(cpu) * 1000:.0f} ms, p95 {p95(cpu) * 1000:.0f} ms (n={len(wall)})"
    )


def ratio(samples: Samples, baseline: Samples) -> str:
    return (
        f"[p95 x{p95(samples.wall) / p95(baseline.wall):.1f}, "
        f"CPU p95 x{p95(samples.cpu) / p95(baseline.cpu):.1f} embedder-off cold]"
    )


def revised(rka: Rka, run: int, share: float = REVISED_SHARE) -> Rka:
    """The RKA as its next revision: ``share`` of the lines reworded (the rest as they were)."""
    lines = rka.lines()
    step = max(1, round(1 / share))
    changed = {line.line_id for line in lines[run % step :: step]}
    subs = [
        sub.model_copy(
            update={
                "lines": [
                    line.model_copy(update={"uraian": f"{line.uraian} tahap {run}"})
                    if line.line_id in changed
                    else line
                    for line in sub.lines
                ]
            }
        )
        for sub in rka.sub_kegiatan
    ]
    return rka.model_copy(update={"sub_kegiatan": subs, "rka_id": f"bench-r{run}"})


def offline(rka: Rka, references: list[Any], runs: int, *, warm: bool) -> Samples:
    """Embedder off. Cold: the catalogue indexed and every line matched; warm: the matcher of the
    catalogue version kept (as the service keeps it) and a revision reviewed."""
    times = Samples()
    kept = PriceMatcher(references)
    review_rka(rka, kept)
    for run in range(runs):
        with times.timed():
            review_rka(revised(rka, run) if warm else rka, kept if warm else PriceMatcher(references))
    return times


@dataclass
class EmbeddedState:
    """What a reviewing process keeps between reviews with the embedder on."""

    embeddings: CachedEmbeddings
    examples: RelevanceExamples
    matcher: PriceMatcher | None = None

    @classmethod
    def fresh(cls, embedder: Embedder) -> EmbeddedState:
        return cls(CachedEmbeddings(embedder), RelevanceExamples())

    async def review(self, rka: Rka, references: list[Any]) -> None:
        _, self.matcher = await review_by_meaning(
            rka, references, self.embeddings, examples=self.examples, matcher=self.matcher
        )


def with_embedder(
    rka: Rka, references: list[Any], runs: int, embedder: Embedder, *, scenario: str
) -> Samples:
    """Embedder on, through the cached embeddings the service and the CLI use.

    ``cold``: nothing cached (catalogue, relevance examples and lines embedded, matcher built);
    ``first``: the catalogue and examples embedded at publish, an RKA never seen (its distinct
    lines embedded, every line matched); ``warm``: a revision of a reviewed RKA against the same
    catalogue version (only its reworded lines embedded and matched)."""
    state = EmbeddedState.fresh(embedder)
    if scenario == "first":
        asyncio.run(state.embeddings.vectors([r.search_text() for r in references], kind="document"))
        asyncio.run(state.examples.space(state.embeddings))
    elif scenario == "warm":
        asyncio.run(state.review(rka, references))
    times = Samples()
    for run in range(runs):
        if scenario == "cold":
            state = EmbeddedState.fresh(embedder)
        elif scenario == "first":
            state.matcher = None
        reviewed = {
            "cold": rka,
            # Another OPD's RKA each time: its lines' vectors are its own, none cached yet.
            "first": rka.model_copy(update={"opd": f"{rka.opd}-{run}"}),
            "warm": revised(rka, run),
        }[scenario]
        with times.timed():
            asyncio.run(state.review(reviewed, references))
    return times


async def through_service(
    rka: Rka, references: list[Any], runs: int, embedder: Embedder, *, new_replica: bool
) -> Samples:
    """``handlers.review`` with the embedder (store, publish, meter), on revisions of a reviewed
    RKA. ``new_replica``: each review by a freshly started replica over the same store (nothing in
    its memory; the catalogue's and the OPD's vectors read from the store)."""
    store = EmbeddedDocumentStore(":memory:")

    def replica() -> ReviewDeps:
        return ReviewDeps(
            store=store,
            publisher=RecordingPublisher(),
            meter=RecordingUsageMeter(),
            catalogue=CatalogueCache(store, embedder),
            embedder=embedder,
        )

    deps = replica()
    await handlers.review(rka, deps, extra_references=references)
    times = Samples()
    try:
        for run in range(runs):
            deps = replica() if new_replica else deps
            with times.timed():
                await handlers.review(revised(rka, run), deps, extra_references=references)
    finally:
        await store.close()
    return times


def _stub(delay: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(delay)
            text = json.dumps({"narrative": "ok", "lines": []})
            body = json.dumps(
                {
                    "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}}],
                    "usageMetadata": {"promptTokenCount": 9000, "candidatesTokenCount": 50},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


async def with_llm(rka: Rka, references: list[Any], runs: int, delay: float) -> Samples:
    server = _stub(delay)
    llm = GeminiLlm("bench", "gemini-2.5-flash", base_url=f"http://127.0.0.1:{server.server_port}")
    times = Samples()
    try:
        for run in range(runs):
            store = EmbeddedDocumentStore(":memory:")
            deps = ReviewDeps(
                store=store,
                publisher=RecordingPublisher(),
                meter=RecordingUsageMeter(),
                catalogue=CatalogueCache(store),
                llm=llm,
            )
            with times.timed():
                await handlers.review(
                    rka.model_copy(update={"rka_id": f"bench-{run}"}), deps, extra_references=references
                )
            await store.close()
    finally:
        server.shutdown()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=3, help="runs of the embedder's cold scenarios")
    parser.add_argument("--llm-delay", type=float, default=0.0, help="seconds the stub LLM waits")
    parser.add_argument("--embedder", choices=["none", *EMBEDDERS], default="none")
    args = parser.parse_args()
    rka = big_rka(args.lines)
    references = load_catalogue([EVAL / "ssh_a_2026.xlsx", EVAL / "hspk_b_2026.xlsx"])
    started = time.perf_counter()
    review_rka(rka, PriceMatcher(references))  # warm the module-level caches
    first_run = time.perf_counter() - started
    distinct = len(set(line_texts(rka)[1]))
    print(
        f"{len(rka.lines())} lines ({distinct} distinct texts), {len(references)} references; "
        f"first run {first_run:.2f} s; revisions reword {REVISED_SHARE:.0%} of the lines"
    )
    baseline = offline(rka, references, args.runs, warm=False)
    print("embedder off, cold matcher (rules + retrieval):", percentiles(baseline))
    print(
        "embedder off, warm (revision, matcher kept):",
        percentiles(offline(rka, references, args.runs, warm=True)),
    )
    if args.embedder != "none":
        embedder = EMBEDDERS[args.embedder]()
        for scenario, runs in (("cold", args.cold_runs), ("first", args.cold_runs), ("warm", args.runs)):
            times = with_embedder(rka, references, runs, embedder, scenario=scenario)
            print(
                f"embedder {args.embedder}, {SCENARIOS[scenario]}:",
                percentiles(times),
                ratio(times, baseline),
            )
        for new_replica, label in ((False, "same replica"), (True, "a new replica each time")):
            times = asyncio.run(
                through_service(rka, references, args.runs, embedder, new_replica=new_replica)
            )
            print(
                f"service path (handlers.review), embedder {args.embedder}, revision, {label}:",
                percentiles(times),
                ratio(times, baseline),
            )
    llm_times = asyncio.run(with_llm(rka, references, max(5, args.runs // 2), args.llm_delay))
    print(
        f"with batched LLM (stub delay {args.llm_delay:.1f} s, store + publish + meter):",
        percentiles(llm_times),
    )


if __name__ == "__main__":
    main()
