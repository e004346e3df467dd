"""Search latency (p50/p95) with >= 100,000 chunks in the real OpenSearch of ``.infra/env``.

    python services/embedding/bench/search_latency.py [--chunks 100000] [--queries 200] [--keep]

Loads synthetic but realistic Indonesian chunks (with the metadata real chunks carry) through
the OpenSearch VectorIndex adapter's bulk upsert into a scratch index, then times the service's
``Searcher`` per mode, one query at a time, after a warm-up. Vectors come from the hashing
embedder, since embedding 100,000 chunks with the CPU model takes hours on this machine; the
HNSW graph and the query path are the same for any 384-dimension vectors, and the time the
multilingual-e5 model takes to embed one query is measured and reported on its own.
``--keep`` leaves the index for the next run (it is reused when it already holds enough chunks).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import drop_prefix, opensearch_url
from eval_set import QUERIES
from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.ports import VectorDoc
from samarinda_embedding.index_mappings import CHUNK_METADATA
from samarinda_embedding.service_layer.search import Searcher, SearchFilters, SearchMode
from synthetic import ACTIVITIES, ITEMS, KECAMATAN, OPDS, paragraphs

PREFIX = "bench-latency"
INDEX = "chunks"
BATCH = 2_000
OPD_CODES = ["DISDIK", "DINKES", "PUPR", "BAPPEDA", "BPKAD", "DISHUB", "DINSOS", "DISPAR"]
CHUNKS_PER_DOCUMENT = 20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def load(
    index: OpenSearchVectorIndex, embedder: HashingEmbedder, total: int, max_seconds: float
) -> int:
    await index.ensure_index(
        INDEX,
        embedder.dimension,
        metadata_mappings=CHUNK_METADATA,
        index_settings={"refresh_interval": "30s"},
    )
    present = await index.count(INDEX)
    if present >= total:
        print(f"reusing {present} chunks already indexed")
        return present
    rng = random.Random(11)
    texts = paragraphs(total - present, seed=present + 1)
    started = time.perf_counter()
    loaded = present
    while loaded < total and time.perf_counter() - started < max_seconds:
        batch = [next(texts) for _ in range(min(BATCH, total - loaded))]
        vectors = await asyncio.to_thread(embedder.embed_sync, batch)
        docs = []
        for offset, (text, vector) in enumerate(zip(batch, vectors, strict=True)):
            n = loaded + offset
            docs.append(
                VectorDoc(
                    id=f"chunk-{n:07d}",
                    text=text,
                    vector=vector.tolist(),
                    metadata={
                        "kind": "chunk",
                        "chunk_kind": "text",
                        "document_id": f"doc-{n // CHUNKS_PER_DOCUMENT:06d}",
                        "opd": rng.choice(OPD_CODES),
                        "category": rng.choice(["laporan", "notulen", "penawaran"]),
                        "fiscal_year": rng.choice([2024, 2025, 2026]),
                        "filename": f"dokumen_{n // CHUNKS_PER_DOCUMENT}.pdf",
                        "page": n % CHUNKS_PER_DOCUMENT // 4 + 1,
                        "position": n % CHUNKS_PER_DOCUMENT,
                        "embedding_model": embedder.model,
                    },
                )
            )
        await index.upsert(INDEX, docs)
        loaded += len(docs)
        rate = (loaded - present) / (time.perf_counter() - started)
        print(f"\rloaded {loaded:>7}/{total}  ({rate:,.0f} chunks/s)", end="", flush=True)
    print()
    client = index._client  # the adapter has no refresh call; the bench needs one before timing
    await client.indices.refresh(index=index.alias(INDEX))
    return await index.count(INDEX)


def queries(count: int) -> list[str]:
    rng = random.Random(5)
    asked = [q for q, _ in QUERIES]
    while len(asked) < count:
        asked.append(
            rng.choice(
                [
                    f"{rng.choice(ACTIVITIES)} di Kecamatan {rng.choice(KECAMATAN)}",
                    f"harga {rng.choice(ITEMS)}",
                    f"laporan {rng.choice(OPDS)} tentang {rng.choice(ACTIVITIES)}",
                ]
            )
        )
    return asked[:count]


async def warm_up(searcher: Searcher, asked: list[str]) -> None:
    """Every query in every mode once: the JVM's JIT, the page cache and the HNSW graph settle."""
    for mode in SearchMode:
        for query in asked:
            await searcher.search(query, k=10, mode=mode)


async def time_mode(
    searcher: Searcher, asked: list[str], mode: SearchMode, filters: SearchFilters | None
) -> list[float]:
    took = []
    for query in asked:
        started = time.perf_counter()
        await searcher.search(query, k=10, mode=mode, filters=filters)
        took.append((time.perf_counter() - started) * 1000)
    return took


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--max-load-seconds", type=float, default=1800)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    url = opensearch_url()
    if url is None:
        raise SystemExit("no SAMARINDA_OPENSEARCH_URL (run infra/local/up.sh)")
    embedder = HashingEmbedder()
    index = OpenSearchVectorIndex(url, prefix=PREFIX, timeout_seconds=60)
    try:
        indexed = await load(index, embedder, args.chunks, args.max_load_seconds)
        searcher = Searcher(vector_index=index, embedder=embedder)
        asked = queries(args.queries)
        await warm_up(searcher, asked)
        print(f"\nOpenSearch {url}: {indexed} chunks, {len(asked)} queries, k=10, sequential")
        print(f"{'mode':<22} {'p50 ms':>8} {'p95 ms':>8}")
        for mode in SearchMode:
            for label, filters in (("", None), (" +opd filter", SearchFilters(opd=("DISDIK",)))):
                took = await time_mode(searcher, asked, mode, filters)
                print(
                    f"{mode.value + label:<22} {statistics.median(took):>8.1f} {percentile(took, 0.95):>8.1f}"
                )
        e5 = LocalE5Embedder()
        await e5.embed(["pemanasan"], kind="query")
        took = []
        for query in asked[:50]:
            started = time.perf_counter()
            await e5.embed([query], kind="query")
            took.append((time.perf_counter() - started) * 1000)
        print(f"{'e5 query embedding':<22} {statistics.median(took):>8.1f} {percentile(took, 0.95):>8.1f}")
    finally:
        await index.close()
        if not args.keep:
            await drop_prefix(url, PREFIX)


if __name__ == "__main__":
    asyncio.run(main())
