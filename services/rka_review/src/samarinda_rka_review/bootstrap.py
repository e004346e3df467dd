"""The composition root: settings -> adapters -> review dependencies (nothing at import time)."""

from __future__ import annotations

from samarinda_common.adapters.embedders import build_embedder as build_shared_embedder
from samarinda_common.adapters.llm import build_llm as build_shared_llm
from samarinda_common.grpc.channel import internal_channel
from samarinda_common.ports import (
    LLM,
    DocumentStore,
    Embedder,
    EventPublisher,
    QuotaGuard,
    UsageMeter,
    VectorIndex,
)
from samarinda_common.settings import Mode
from samarinda_common.tenancy import Tenancy, tenancy

from samarinda_rka_review.adapters.evidence import GrpcEvidenceSearch, IndexEvidenceSearch
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.service_layer.catalogue import CatalogueCache
from samarinda_rka_review.service_layer.handlers import TENANCY, EvidenceSearch, ReviewDeps
from samarinda_rka_review.settings import RkaReviewSettings


def build_llm(settings: RkaReviewSettings) -> LLM | None:
    return build_shared_llm(settings) if settings.second_opinion else None


def build_embedder(settings: RkaReviewSettings) -> Embedder | None:
    # The platform's embedder (local model offline, Gemini in production) lifts wordings that the
    # synonym tables miss; without it the lexical matcher stands on its own.
    return build_shared_embedder(settings) if settings.use_embedder else None


def tenancy_for(settings: RkaReviewSettings) -> Tenancy:
    """Reviews, RKAs and evidence chunks are an OPD's own; the official catalogue is the city's."""
    return TENANCY.merged(tenancy(owned={settings.chunks_index: "opd"}))


def build_evidence(
    settings: RkaReviewSettings, vector_index: VectorIndex | None, embedder: Embedder | None
) -> EvidenceSearch | None:
    """The SearchService when one is configured, else the in-process chunk index (embedded mode)."""
    if settings.search_target:
        token = settings.search_token.get_secret_value() if settings.search_token else None
        return GrpcEvidenceSearch(
            settings.search_target,
            token,
            settings.search_timeout_seconds,
            channel_factory=lambda target: internal_channel(target, settings),
        )
    if settings.mode is Mode.EMBEDDED and vector_index is not None:
        # The chunks were embedded by the embedding service with the platform's embedder.
        return IndexEvidenceSearch(
            vector_index, embedder or build_shared_embedder(settings), settings.chunks_index
        )
    return None


def build_policy(settings: RkaReviewSettings) -> ReviewPolicy:
    return ReviewPolicy(
        overprice_tolerance=settings.overprice_tolerance_percent,
        capitalisation_threshold=settings.capitalisation_threshold,
        match_threshold=settings.match_threshold,
        implausible_price_ratio=settings.implausible_price_ratio,
    )


def build_deps(
    settings: RkaReviewSettings,
    store: DocumentStore,
    publisher: EventPublisher,
    meter: UsageMeter,
    *,
    quota: QuotaGuard | None = None,
    llm: LLM | None = None,
    vector_index: VectorIndex | None = None,
) -> ReviewDeps:
    """``vector_index``: the embedding service's index, for evidence in embedded mode."""
    embedder = build_embedder(settings)
    return ReviewDeps(
        store=store,
        publisher=publisher,
        meter=meter,
        catalogue=CatalogueCache(store, embedder),
        policy=build_policy(settings),
        embedder=embedder,
        llm=llm if llm is not None else build_llm(settings),
        quota=quota,
        evidence=build_evidence(settings, vector_index, embedder),
    )
