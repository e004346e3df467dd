"""Latency of reviewing a 500-line RKA offline (p50/p95), with the embedder on (``--embedder
local``: the catalogue and the relevance examples embedded once, as the service caches them, and
the RKA's lines embedded on every review, then matched and judged by meaning), and with a batched
LLM second opinion.

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
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder
from samarinda_common.adapters.llm import GeminiLlm
from samarinda_common.ports import Embedder
from samarinda_common.rka import Rka, SubKegiatan
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import line_key, review_rka
from samarinda_rka_review.offline import load_catalogue, load_rka
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import CatalogueCache
from samarinda_rka_review.service_layer.handlers import ReviewDeps
from samarinda_rka_review.service_layer.relevance_examples import RelevanceExamples

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval" / "data"
EMBEDDERS = {"local": LocalE5Embedder, "hashing": HashingEmbedder}


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


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (n={len(ordered)})"


def offline(rka: Rka, references: list[Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        review_rka(rka, PriceMatcher(references))
        times.append(time.perf_counter() - started)
    return times


def with_embedder(rka: Rka, references: list[Any], runs: int, embedder: Embedder) -> list[float]:
    """Each run embeds the RKA's lines (as the service does per review) and reviews with the
    vectors; the catalogue's vectors are computed once, outside the timing (cached per version)."""
    documents = asyncio.run(embedder.embed([r.search_text() for r in references], kind="document")).vectors
    vectors = {r.id: v for r, v in zip(references, documents, strict=True)}
    space = asyncio.run(RelevanceExamples().space(embedder))
    keys, texts = [], []
    for index, sub in enumerate(rka.sub_kegiatan):
        for line in sub.lines:
            keys.append(line_key(index, line))
            texts.append(f"{line.uraian} {line.spesifikasi or ''} {line.satuan or ''}".strip())
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        queries = asyncio.run(embedder.embed(texts, kind="query")).vectors
        review_rka(
            rka,
            PriceMatcher(references, vectors),
            query_vectors=dict(zip(keys, queries, strict=True)),
            relevance_space=space,
        )
        times.append(time.perf_counter() - started)
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


async def with_llm(rka: Rka, references: list[Any], runs: int, delay: float) -> list[float]:
    server = _stub(delay)
    llm = GeminiLlm("bench", "gemini-2.5-flash", base_url=f"http://127.0.0.1:{server.server_port}")
    times = []
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
            started = time.perf_counter()
            await handlers.review(
                rka.model_copy(update={"rka_id": f"bench-{run}"}), deps, extra_references=references
            )
            times.append(time.perf_counter() - started)
            await store.close()
    finally:
        server.shutdown()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--llm-delay", type=float, default=0.0, help="seconds the stub LLM waits")
    parser.add_argument("--embedder", choices=["none", *EMBEDDERS], default="none")
    args = parser.parse_args()
    rka = big_rka(args.lines)
    references = load_catalogue([EVAL / "ssh_a_2026.xlsx", EVAL / "hspk_b_2026.xlsx"])
    started = time.perf_counter()
    review_rka(rka, PriceMatcher(references))  # warm caches
    first_run = time.perf_counter() - started
    print(f"{len(rka.lines())} lines, {len(references)} references; first run {first_run:.2f} s")
    print("offline (rules + retrieval):", percentiles(offline(rka, references, args.runs)))
    if args.embedder != "none":
        embedder = EMBEDDERS[args.embedder]()
        times = with_embedder(rka, references, args.runs, embedder)
        print(f"offline with the {args.embedder} embedder (lines embedded per review):", percentiles(times))
    llm_times = asyncio.run(with_llm(rka, references, max(5, args.runs // 2), args.llm_delay))
    print(
        f"with batched LLM (stub delay {args.llm_delay:.1f} s, store + publish + meter):",
        percentiles(llm_times),
    )


if __name__ == "__main__":
    main()
