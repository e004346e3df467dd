"""Retrieval quality on the Indonesian evaluation set: recall@10 and nDCG@10 per search mode.

    python services/embedding/bench/retrieval_eval.py [--embedder local|hashing] [--opensearch]

Indexes ``eval_set.DOCUMENTS`` and related-sounding synthetic distractors through the service's
own indexing path (chunking, embedding, upsert) into the in-process index, and with
``--opensearch`` also into the real OpenSearch of ``.infra/env`` (a scratch index, dropped
afterwards), then runs every query in BM25, k-NN and hybrid mode. Several chunks of one document count once.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import drop_prefix, opensearch_url, scratch_prefix
from eval_set import DOCUMENTS, QUERIES
from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.events import DocumentCategory
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page
from samarinda_common.messaging import InProcessBus, PublishingUsageMeter
from samarinda_common.ports import Embedder
from samarinda_embedding.domain.retrieval_metrics import ndcg_at, recall_at, unique_in_order
from samarinda_embedding.service_layer.indexing import DocumentInfo, Indexer, MappableVectorIndex
from samarinda_embedding.service_layer.search import Searcher, SearchMode
from synthetic import paragraphs

K = 10
DOCUMENT_PREFIX = "evaldoc-"
# Related-sounding distractors, so that a relevant document has to earn its place in the top 10.
DISTRACTORS = 300


def corpus() -> dict[str, str]:
    distractors = {f"x{n:03d}": text for n, text in enumerate(paragraphs(DISTRACTORS))}
    return {**DOCUMENTS, **distractors}


async def index_eval_set(indexer: Indexer) -> None:
    await indexer.ensure_indexes()
    for key, text in corpus().items():
        document = ExtractedDocument(
            filename=f"{key}.txt",
            detected_type="text/plain",
            pages=[Page(number=1, text=text, method=ExtractionMethod.PLAIN)],
        )
        await indexer.index_document(
            document,
            DocumentInfo(
                document_id=DOCUMENT_PREFIX + key,
                opd="EVAL",
                filename=f"{key}.txt",
                category=DocumentCategory.REPORT,
            ),
        )


async def evaluate(searcher: Searcher) -> dict[SearchMode, tuple[float, float]]:
    results: dict[SearchMode, tuple[float, float]] = {}
    for mode in SearchMode:
        recalls, ndcgs = [], []
        for query, relevant in QUERIES:
            hits = await searcher.search(query, k=K, mode=mode)
            ranked = unique_in_order([h.citation.document_id.removeprefix(DOCUMENT_PREFIX) for h in hits])
            recalls.append(recall_at(ranked, relevant, K))
            ndcgs.append(ndcg_at(ranked, relevant, K))
        results[mode] = (statistics.mean(recalls), statistics.mean(ndcgs))
    return results


async def run(index: MappableVectorIndex, embedder: Embedder, label: str) -> None:
    indexer = Indexer(
        vector_index=index, embedder=embedder, usage_meter=PublishingUsageMeter(InProcessBus(), "bench")
    )
    await index_eval_set(indexer)
    if hasattr(index, "_client"):
        await index._client.indices.refresh(index=f"{index.alias(indexer.names.chunks)}")  # type: ignore[attr-defined]
    results = await evaluate(Searcher(vector_index=index, embedder=embedder))
    print(
        f"\n{label}  ({len(DOCUMENTS)} documents + {DISTRACTORS} distractors, {len(QUERIES)} queries, "
        f"embedder {embedder.model})"
    )
    print(f"{'mode':<8} {'recall@10':>10} {'nDCG@10':>10}")
    for mode, (recall, ndcg) in results.items():
        print(f"{mode.value:<8} {recall:>10.3f} {ndcg:>10.3f}")


def build_embedder(name: str) -> Embedder:
    return LocalE5Embedder() if name == "local" else HashingEmbedder()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embedder", choices=["local", "hashing"], default="local")
    parser.add_argument("--opensearch", action="store_true", help="also on the real OpenSearch of .infra/env")
    args = parser.parse_args()
    embedder = build_embedder(args.embedder)
    await run(InProcessVectorIndex(), embedder, "in-process index")
    if args.opensearch:
        from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex

        url = opensearch_url()
        if url is None:
            raise SystemExit("no SAMARINDA_OPENSEARCH_URL (run infra/local/up.sh)")
        prefix = scratch_prefix("eval")
        index = OpenSearchVectorIndex(url, prefix=prefix)
        try:
            await run(index, embedder, f"OpenSearch {url}")
        finally:
            await index.close()
            await drop_prefix(url, prefix)


if __name__ == "__main__":
    asyncio.run(main())
