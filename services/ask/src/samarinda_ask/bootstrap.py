"""The composition root: settings -> adapters -> the ask dependencies. Nothing at import time."""

from __future__ import annotations

from samarinda_common.adapters.embedders import build_embedder
from samarinda_common.adapters.llm import build_llm
from samarinda_common.infra import Infra
from samarinda_common.messaging import PublishingUsageMeter
from samarinda_common.ports import LLM, EventPublisher, QuotaGuard
from samarinda_common.tenancy import Tenancy

from samarinda_ask.service_layer.asking import SERVICE, AskDeps, ask_tenancy
from samarinda_ask.settings import AskSettings


def tenancy_for(settings: AskSettings) -> Tenancy:
    return ask_tenancy(settings.chunks_index)


def build_deps(
    settings: AskSettings,
    infra: Infra,
    publisher: EventPublisher,
    *,
    quota: QuotaGuard | None = None,
    llm: LLM | None = None,
) -> AskDeps:
    """``infra`` must have been built with :func:`tenancy_for` (the scoped index and store)."""
    return AskDeps(
        vector_index=infra.vector_index,
        embedder=build_embedder(settings),
        store=infra.document_store,
        meter=PublishingUsageMeter(publisher, SERVICE),
        chunks_index=settings.chunks_index,
        quota=quota,
        llm=llm if llm is not None else build_llm(settings),
        candidates=settings.candidates,
    )
