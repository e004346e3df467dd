"""Chunks/s through the service's indexing path vs. the raw embedder on the same chunks.

    python services/embedding/bench/throughput.py [--embedder local|hashing] [--documents 40] [--opensearch]

The service path is ``Indexer.index_document`` (chunking, batched embedding, delete + bulk
upsert, metering) into the in-process index, or into the real OpenSearch with ``--opensearch``.
The raw path embeds exactly the texts the service embedded, in the same batch size. Rounds
alternate (raw, service, raw, service...) so that load from other processes hits both alike;
the median round of each is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import drop_prefix, opensearch_url, scratch_prefix
from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder, approximate_tokens
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.ports import Embedder
from samarinda_embedding.domain.chunking import chunk_document
from samarinda_embedding.service_layer.indexing import DocumentInfo, Indexer, MappableVectorIndex
from synthetic import paragraphs

PAGES_PER_DOCUMENT = 3
PARAGRAPHS_PER_PAGE = 4


def documents(count: int) -> list[ExtractedDocument]:
    texts = iter(paragraphs(count * PAGES_PER_DOCUMENT * PARAGRAPHS_PER_PAGE, seed=7))
    return [
        ExtractedDocument(
            filename=f"laporan_{d}.pdf",
            detected_type="application/pdf",
            pages=[
                Page(
                    number=p + 1,
                    text="\n\n".join(next(texts) for _ in range(PARAGRAPHS_PER_PAGE)),
                    method=ExtractionMethod.TEXT,
                )
                for p in range(PAGES_PER_DOCUMENT)
            ],
        )
        for d in range(count)
    ]


async def raw_round(embedder: Embedder, texts: list[str], batch_size: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(texts), batch_size):
        await embedder.embed(texts[start : start + batch_size], kind="document")
    return len(texts) / (time.perf_counter() - started)


async def service_round(indexer: Indexer, docs: list[ExtractedDocument]) -> float:
    started = time.perf_counter()
    chunks = 0
    for n, doc in enumerate(docs):
        indexed = await indexer.index_document(
            doc, DocumentInfo(document_id=f"bench-doc-{n:05d}", opd="BENCH", filename=doc.filename)
        )
        chunks += indexed.chunks
    return chunks / (time.perf_counter() - started)


async def measure(
    index: MappableVectorIndex, embedder: Embedder, docs: list[ExtractedDocument], rounds: int, label: str
) -> None:
    indexer = Indexer(
        vector_index=index, embedder=embedder, usage_meter=PublishingUsageMeter(InProcessBus(), "bench")
    )
    await indexer.ensure_indexes()
    texts = [
        c.embedding_text()
        for n, d in enumerate(docs)
        for c in chunk_document(d, f"bench-doc-{n:05d}", approximate_tokens, indexer.policy)
    ]
    await raw_round(embedder, texts[: indexer.batch_size], indexer.batch_size)  # warm-up: load the model
    raw, service = [], []
    for _ in range(rounds):
        raw.append(await raw_round(embedder, texts, indexer.batch_size))
        service.append(await service_round(indexer, docs))
    print(
        f"\n{label}: {len(docs)} documents, {len(texts)} chunks, embedder {embedder.model}, "
        f"batch {indexer.batch_size}, median of {rounds} rounds"
    )
    raw_rate, service_rate = statistics.median(raw), statistics.median(service)
    print(f"raw embedder   {raw_rate:8.1f} chunks/s   (rounds: {', '.join(f'{r:.1f}' for r in raw)})")
    print(f"service path   {service_rate:8.1f} chunks/s   (rounds: {', '.join(f'{s:.1f}' for s in service)})")
    print(f"ratio          {service_rate / raw_rate:8.3f}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embedder", choices=["local", "hashing"], default="local")
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--opensearch", action="store_true")
    args = parser.parse_args()
    embedder: Embedder = LocalE5Embedder() if args.embedder == "local" else HashingEmbedder()
    docs = documents(args.documents)
    if not args.opensearch:
        await measure(InProcessVectorIndex(), embedder, docs, args.rounds, "in-process index")
        return
    from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex

    url = opensearch_url()
    if url is None:
        raise SystemExit("no SAMARINDA_OPENSEARCH_URL (run infra/local/up.sh)")
    prefix = scratch_prefix("throughput")
    index = OpenSearchVectorIndex(url, prefix=prefix)
    try:
        await measure(index, embedder, docs, args.rounds, f"OpenSearch {url}")
    finally:
        await index.close()
        await drop_prefix(url, prefix)


if __name__ == "__main__":
    asyncio.run(main())
