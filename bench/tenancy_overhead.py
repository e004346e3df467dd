"""What the tenant-scoped data-access layer costs per call: the same queries through the raw store
and through the scoped one, on the real MongoDB-wire server (FerretDB here) and in-process.

    .venv/bin/python bench/tenancy_overhead.py [--documents 2000] [--calls 300] [--embedded-only]

Prints median and p95 latency per query kind for raw vs scoped, and their ratio, measured in the
same run with the calls of both interleaved (the machine is shared and noisy: read the ratios).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable

from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.auth import Principal, use_principal
from samarinda_common.infra import scoped_document_store
from samarinda_common.ports import DocumentStore
from samarinda_common.tenancy import tenancy

OPDS = ("DISDIK", "DINKES", "DPUPR", "BAPPEDA", "BPKAD")
COLLECTION = "documents"
DECLARED = tenancy(owned={COLLECTION: "opd"})


async def _seed(store: DocumentStore, documents: int) -> None:
    await store.ensure_index(COLLECTION, [("opd", 1), ("created_at", -1)], name="by_opd")
    batch = [
        {"_id": f"doc-{i:06d}", "opd": OPDS[i % len(OPDS)], "category": "laporan", "created_at": i}
        for i in range(documents)
    ]
    for start in range(0, len(batch), 500):
        await store.insert_many(COLLECTION, batch[start : start + 500])


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


async def _measure(label: str, raw: DocumentStore, scoped: DocumentStore, calls: int, documents: int) -> None:
    queries: dict[str, Callable[[DocumentStore, int], Awaitable[object]]] = {
        "find_one by id": lambda s, i: s.find_one(COLLECTION, {"_id": f"doc-{(i * 5) % documents:06d}"}),
        "find page by opd": lambda s, i: s.find(
            COLLECTION, {"opd": "DISDIK"}, sort=[("created_at", -1)], limit=20
        ),
        "count": lambda s, i: s.count(COLLECTION, {"category": "laporan", "opd": "DISDIK"}),
    }
    print(f"\n{label}: {documents} documents, {calls} calls per query and store (ms)")
    header = ("raw p50", "raw p95", "scoped p50", "scoped p95", "ratio p50")
    print(f"  {'query':<18} " + " ".join(f"{h:>11}" for h in header))
    with use_principal(Principal.acting_for("DISDIK", "bench")):
        for name, query in queries.items():
            timings: dict[str, list[float]] = {"raw": [], "scoped": []}
            for i in range(calls):  # interleaved, so noise hits both alike
                for kind, store in (("raw", raw), ("scoped", scoped)):
                    started = time.perf_counter()
                    await query(store, i)
                    timings[kind].append((time.perf_counter() - started) * 1000)
            raw_p50, raw_p95 = _percentiles(timings["raw"])
            scoped_p50, scoped_p95 = _percentiles(timings["scoped"])
            figures = (raw_p50, raw_p95, scoped_p50, scoped_p95)
            print(
                f"  {name:<18} " + " ".join(f"{f:11.3f}" for f in figures) + f" {scoped_p50 / raw_p50:11.2f}"
            )


async def main(documents: int, calls: int, embedded_only: bool) -> None:
    embedded = EmbeddedDocumentStore(":memory:")
    await _seed(embedded, documents)
    await _measure("embedded store", embedded, scoped_document_store(embedded, DECLARED), calls, documents)
    await embedded.close()
    mongo_uri = os.environ.get("SAMARINDA_MONGO_URI")
    if embedded_only or not mongo_uri:
        print("\n(no SAMARINDA_MONGO_URI: the real-server run was skipped)")
        return
    from samarinda_common.adapters.mongo_documents import MongoDocumentStore

    database = f"bench_tenancy_{uuid.uuid4().hex[:8]}"
    real = MongoDocumentStore(mongo_uri, database)
    try:
        await _seed(real, documents)
        await _measure(
            "MongoDB wire (FerretDB)", real, scoped_document_store(real, DECLARED), calls, documents
        )
    finally:
        await real.drop_database()
        await real.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--embedded-only", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.documents, args.calls, args.embedded_only))
