"""The composition root: settings -> adapters -> indexer, searcher, subscription. No I/O at import."""

from __future__ import annotations

from typing import cast

from samarinda_common.adapters.embedders import build_embedder
from samarinda_common.messaging import PublishingUsageMeter
from samarinda_common.ports import Embedder, EventPublisher, QuotaGuard, VectorIndex
from samarinda_common.tenancy import Tenancy, tenancy

from samarinda_embedding.service_layer.indexing import (
    TENANCY,
    Indexer,
    IndexNames,
    MappableVectorIndex,
)
from samarinda_embedding.service_layer.search import Searcher
from samarinda_embedding.settings import EmbeddingSettings

SERVICE = "embedding"


def index_names(settings: EmbeddingSettings) -> IndexNames:
    return IndexNames(chunks=settings.chunks_index, price_references=settings.price_references_index)


def tenancy_for(settings: EmbeddingSettings) -> Tenancy:
    """The collections and indexes this service reads: chunks are an OPD's own, prices the city's."""
    return TENANCY.merged(
        tenancy(owned={settings.chunks_index: "opd"}, shared=(settings.price_references_index,))
    )


def embedder_for(settings: EmbeddingSettings) -> Embedder:
    return build_embedder(settings, gemini_dimension=settings.gemini_dimension)


def build_indexer(
    settings: EmbeddingSettings,
    vector_index: VectorIndex,
    embedder: Embedder,
    publisher: EventPublisher,
    quota_guard: QuotaGuard | None = None,
) -> Indexer:
    return Indexer(
        # Both VectorIndex adapters take field mappings on ensure_index; the port does not say so yet.
        vector_index=cast(MappableVectorIndex, vector_index),
        embedder=embedder,
        usage_meter=PublishingUsageMeter(publisher, SERVICE),
        names=index_names(settings),
        policy=settings.chunking_policy(),
        batch_size=settings.embed_batch_size,
        quota_guard=quota_guard,
    )


def build_searcher(settings: EmbeddingSettings, vector_index: VectorIndex, embedder: Embedder) -> Searcher:
    return Searcher(vector_index=vector_index, embedder=embedder, names=index_names(settings))
