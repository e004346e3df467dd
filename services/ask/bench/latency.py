"""Ask latency (p50/p95, offline: extractive answers) over >= 100,000 chunks in the real OpenSearch.

    .venv/bin/python services/ask/bench/latency.py [--chunks 100000] [--questions 100] [--keep]

Loads the same synthetic Indonesian chunks as the embedding service's search benchmark (its loader,
into its own scratch prefix; ``--keep`` reuses them next time), then times whole questions through
the ask service layer (hybrid retrieval of 40 candidates, reranking, de-duplication, the
extractive answer, the conversation write to MongoDB and metering), one at a time after a warm-up,
and in the same run the hybrid search alone (the baseline: what the ask adds on top). Vectors come
from the hashing embedder as in that benchmark; the multilingual-e5 query embedding is timed on its
own and added to the p95 in the printout. The ask's CPU time in this process is printed beside its
wall time: on a shared machine the wall time mostly measures the other processes.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "embedding" / "bench"))

from _common import drop_prefix, infra_env  # noqa: E402
from samarinda_ask.service_layer.asking import AskCommand, AskDeps, ask, ask_tenancy  # noqa: E402
from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder  # noqa: E402
from samarinda_common.adapters.mongo_documents import MongoDocumentStore  # noqa: E402
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex  # noqa: E402
from samarinda_common.auth import Principal, use_principal  # noqa: E402
from samarinda_common.infra import scoped_document_store, scoped_vector_index  # noqa: E402
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter  # noqa: E402
from samarinda_common.retrieval import hybrid_search  # noqa: E402
from search_latency import INDEX, load, percentile  # noqa: E402
from synthetic import ACTIVITIES, ITEMS, KECAMATAN  # noqa: E402

PREFIX = "bench-ask-latency"


def questions(count: int) -> list[str]:
    import random

    rng = random.Random(14)
    asked = []
    while len(asked) < count:
        asked.append(
            rng.choice(
                [
                    f"Berapa anggaran {rng.choice(ACTIVITIES)} di Kecamatan {rng.choice(KECAMATAN)}"
                    " tahun 2025?",
                    f"Berapa harga satuan {rng.choice(ITEMS)}?",
                    f"Berapa realisasi {rng.choice(ACTIVITIES)} tahun 2024?",
                ]
            )
        )
    return asked


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--max-load-seconds", type=float, default=3600)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    env = infra_env()
    url, mongo = env.get("SAMARINDA_OPENSEARCH_URL"), env.get("SAMARINDA_MONGO_URI")
    if not url or not mongo:
        raise SystemExit("no SAMARINDA_OPENSEARCH_URL / SAMARINDA_MONGO_URI (run infra/local/up.sh)")
    embedder = HashingEmbedder()
    raw_index = OpenSearchVectorIndex(url, prefix=PREFIX, timeout_seconds=60)
    database = f"bench_ask_{uuid.uuid4().hex[:8]}"
    raw_store = MongoDocumentStore(mongo, database)
    tenancy = ask_tenancy(INDEX)
    try:
        indexed = await load(raw_index, embedder, args.chunks, args.max_load_seconds)
        deps = AskDeps(
            vector_index=scoped_vector_index(raw_index, tenancy),
            embedder=embedder,
            store=scoped_document_store(raw_store, tenancy),
            meter=PublishingUsageMeter(InProcessBus(), "ask"),
            chunks_index=INDEX,
        )
        asked = questions(args.questions)
        caller = Principal(opd="DISDIK", is_admin=False, token_id="bench")  # noqa: S106 (a label)
        with use_principal(caller):
            for question in asked[:20]:  # warm-up: JIT, page cache, HNSW graph
                await ask(deps, AskCommand(question))
            whole, whole_cpu, search_only = [], [], []
            for question in asked:
                started, started_cpu = time.perf_counter(), time.process_time()
                await ask(deps, AskCommand(question))
                whole.append((time.perf_counter() - started) * 1000)
                whole_cpu.append((time.process_time() - started_cpu) * 1000)
                started = time.perf_counter()
                await hybrid_search(
                    deps.vector_index, embedder, INDEX, question, filters={"opd": ["DISDIK"]}, k=40
                )
                search_only.append((time.perf_counter() - started) * 1000)
        e5 = LocalE5Embedder()
        await e5.embed(["pemanasan"], kind="query")
        embed = []
        for question in asked[:30]:
            started = time.perf_counter()
            await e5.embed([question], kind="query")
            embed.append((time.perf_counter() - started) * 1000)
        print(f"\nOpenSearch: {indexed} chunks, {len(asked)} questions of one OPD, sequential, offline")
        print(f"{'':<34} {'p50 ms':>8} {'p95 ms':>8}")
        for label, took in (
            ("ask (hashing query vectors)", whole),
            ("  of which CPU in this process", whole_cpu),
            ("hybrid search k=40 alone (baseline)", search_only),
            ("e5 query embedding", embed),
        ):
            print(f"{label:<34} {statistics.median(took):>8.1f} {percentile(took, 0.95):>8.1f}")
        p95 = percentile(whole, 0.95) + percentile(embed, 0.95)
        print(f"ask p95 with the e5 query embedding added: {p95:.1f} ms (target 1500 ms)")
        print(
            f"ratio ask / search alone (p50): {statistics.median(whole) / statistics.median(search_only):.2f}"
        )
    finally:
        if raw_store._client is not None:
            await raw_store._client.drop_database(database)
        await raw_store.close()
        await raw_index.close()
        if not args.keep:
            await drop_prefix(url, PREFIX)


if __name__ == "__main__":
    asyncio.run(main())
