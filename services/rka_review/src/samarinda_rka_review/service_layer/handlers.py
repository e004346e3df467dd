"""Use cases of the RKA review service: review (store, publish, meter), get, list, and the event
handlers for ``rka.submitted.v1`` and ``documents.indexed.v1``. Ports come in; nothing global.

An RKA uploaded as a document (category ``rka``) is reviewed when ``documents.indexed.v1``
announces it, against the catalogue current at that moment: upload the SSH first. A later
catalogue does not change a stored review (reviews are idempotent on the RKA id); submit the RKA
again under a new ``rka_id`` (``rka.submitted.v1``) for a fresh one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from samarinda_common.adapters.embedding_cache import CachedEmbeddings, StoreVectorCache
from samarinda_common.errors import DependencyUnavailable, InvalidInput, NotFound
from samarinda_common.events import (
    CATALOGUE_CATEGORIES,
    DocumentCategory,
    DocumentIndexed,
    RkaReviewed,
    RkaSubmitted,
    UsageOperation,
)
from samarinda_common.logging import get_logger
from samarinda_common.ocr_cells import label_set, normalise_ocr_tables
from samarinda_common.ports import LLM, DocumentStore, Embedder, EventPublisher, QuotaGuard, UsageMeter
from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import Evidence, Review, Rka
from samarinda_common.tenancy import tenancy

from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.reviewer import (
    AmbiguousLine,
    line_key,
    line_texts,
    review_id_for,
    review_with_open_questions,
    rka_fingerprint,
    summarise,
)
from samarinda_rka_review.domain.rka_parser import parse_rka_tables
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.service_layer import relevance_llm, second_opinion
from samarinda_rka_review.service_layer.catalogue import (
    CATALOGUE_VECTORS,
    CATALOGUE_VERSIONS,
    DOCUMENTS,
    EXTRACTIONS,
    PRICE_REFERENCES,
    CatalogueCache,
    load_extraction,
)
from samarinda_rka_review.service_layer.relevance_examples import RelevanceExamples

REVIEWS = "rka_reviews"
# The vectors of an OPD's RKA lines, keyed by embedder and text: a revised RKA re-reviews mostly
# the lines of the last one, and only its new wordings are embedded.
LINE_VECTORS = "rka_line_vectors"
SERVICE = "rka_review"
# The city's catalogue (its price rows, versions and vectors) is shared; everything else is the OPD's own.
TENANCY = tenancy(
    owned={
        REVIEWS: "opd",
        EXTRACTIONS: "opd",
        DOCUMENTS: "opd",
        relevance_llm.VERDICTS: "opd",
        LINE_VECTORS: "opd",
    },
    shared=(PRICE_REFERENCES, CATALOGUE_VERSIONS, CATALOGUE_VECTORS),
)

log = get_logger(__name__)


class EvidenceSearch(Protocol):
    """The OPD's own indexed documents (realisation, quotations, e-katalog) for one line."""

    async def search(self, opd: str, query: str, k: int = 2) -> list[Evidence]: ...


@dataclass
class ReviewDeps:
    store: DocumentStore
    publisher: EventPublisher
    meter: UsageMeter
    catalogue: CatalogueCache
    policy: ReviewPolicy = field(default_factory=ReviewPolicy)
    embedder: Embedder | None = None
    llm: LLM | None = None
    quota: QuotaGuard | None = None
    evidence: EvidenceSearch | None = None
    relevance_examples: RelevanceExamples = field(default_factory=RelevanceExamples)
    # The lines' vectors, cached per OPD; built from ``embedder`` when not given.
    line_vectors: CachedEmbeddings | None = None

    def __post_init__(self) -> None:
        if self.embedder is not None and self.line_vectors is None:
            self.line_vectors = CachedEmbeddings(
                self.embedder, StoreVectorCache(self.store, LINE_VECTORS, tenant_field="opd")
            )


async def ensure_indexes(deps: ReviewDeps) -> None:
    await deps.store.ensure_index(REVIEWS, [("opd", 1), ("created_at", -1)], name="by_opd_time")
    await deps.store.ensure_index(relevance_llm.VERDICTS, [("opd", 1)], name="by_opd")
    await deps.catalogue.ensure_indexes()


async def _query_vectors(rka: Rka, deps: ReviewDeps) -> dict[str, np.ndarray] | None:
    """Line embeddings for semantic matching (each distinct text embedded once, and only when the
    OPD's cache does not hold it yet); the catalogue's come with the matcher."""
    if deps.line_vectors is None:
        return None
    keys, texts = line_texts(rka)
    matrix, _ = await deps.line_vectors.vectors(texts, kind="query", owner=rka.opd)
    return dict(zip(keys, matrix, strict=True))


async def _evidence(rka: Rka, deps: ReviewDeps) -> dict[str, list[Evidence]]:
    if deps.evidence is None:
        return {}
    found: dict[str, list[Evidence]] = {}
    for index, sub in enumerate(rka.sub_kegiatan):
        for line in sub.lines:
            hits = await deps.evidence.search(rka.opd, f"{line.uraian} {line.spesifikasi or ''}")
            if hits:
                found[line_key(index, line)] = hits
    return found


async def review(
    rka: Rka,
    deps: ReviewDeps,
    *,
    extra_references: Sequence[PriceReference] = (),
    correlation_id: str | None = None,
) -> Review:
    """Review ``rka`` (idempotent on its id: a stored review is returned as it is)."""
    rka = rka if rka.rka_id else rka.model_copy(update={"rka_id": rka_fingerprint(rka)})
    assert rka.rka_id is not None
    stored = await deps.store.find_one(REVIEWS, {"_id": review_id_for(rka.opd, rka.rka_id)})
    if stored is not None:
        return _from_record(stored)
    if not rka.lines():
        raise InvalidInput("the RKA has no lines", field="rka.sub_kegiatan", reason="NOT_AN_RKA")
    matcher, version = await deps.catalogue.matcher(extra_references)
    # The examples' vectors are kept with the catalogue's (shared, embedded once per model).
    space = (
        await deps.relevance_examples.space(deps.catalogue.embeddings or deps.embedder)
        if deps.embedder is not None
        else None
    )
    result, ambiguous = review_with_open_questions(
        rka,
        matcher,
        deps.policy,
        query_vectors=await _query_vectors(rka, deps),
        evidence=await _evidence(rka, deps),
        relevance_space=space,
    )
    result = result.model_copy(update={"catalogue_version": version.label})
    if deps.llm is not None:
        result = await _with_adjudication(rka, result, ambiguous, version.label, deps, correlation_id)
        result = await _with_second_opinion(rka, result, deps, correlation_id)
    await deps.store.replace_one(REVIEWS, {"_id": result.review_id}, _to_record(result, rka), upsert=True)
    await deps.meter.record(
        opd=rka.opd,
        operation=UsageOperation.REVIEW_LINE,
        units=result.summary.lines,
        subject_id=result.review_id,
        correlation_id=correlation_id,
    )
    await deps.publisher.publish(
        RkaReviewed(
            opd=rka.opd,
            correlation_id=correlation_id,
            review_id=result.review_id,
            rka_id=result.rka_id,
            lines=result.summary.lines,
            flagged_lines=result.summary.flagged_lines,
            potential_saving=result.summary.potential_saving,
            findings_by_type=result.summary.findings_by_type,
        )
    )
    log.info(
        "rka_reviewed",
        review_id=result.review_id,
        lines=result.summary.lines,
        flagged=result.summary.flagged_lines,
    )
    return result


async def _with_adjudication(
    rka: Rka,
    result: Review,
    ambiguous: Sequence[AmbiguousLine],
    catalogue_version: str,
    deps: ReviewDeps,
    correlation_id: str | None,
) -> Review:
    """The LLM settles the lines whose relevance the offline reading left open."""
    assert deps.llm is not None
    if not ambiguous:
        return result
    if deps.quota is not None:
        await deps.quota.ensure_allowed(rka.opd, deps.llm.provider)
    outcome = await relevance_llm.adjudicate(
        deps.llm,
        rka,
        ambiguous,
        catalogue_version=catalogue_version,
        store=deps.store,
        meter=deps.meter,
        policy=deps.policy,
        subject_id=result.review_id,
        correlation_id=correlation_id,
    )
    findings = [*result.findings, *outcome.findings]
    warnings = [*result.warnings, outcome.warning] if outcome.warning else result.warnings
    return result.model_copy(
        update={
            "findings": findings,
            "summary": summarise(rka, findings, result.structural_findings),
            "warnings": warnings,
        }
    )


async def _with_second_opinion(
    rka: Rka, result: Review, deps: ReviewDeps, correlation_id: str | None
) -> Review:
    assert deps.llm is not None
    if deps.quota is not None:
        await deps.quota.ensure_allowed(rka.opd, deps.llm.provider)
    opinion = await second_opinion.ask(deps.llm, rka, result, deps.policy)
    for operation, units in (
        (UsageOperation.LLM_INPUT_TOKENS, opinion.input_tokens),
        (UsageOperation.LLM_OUTPUT_TOKENS, opinion.output_tokens),
    ):
        await deps.meter.record(
            opd=rka.opd,
            operation=operation,
            units=units,
            provider=opinion.provider,
            model=opinion.model,
            subject_id=result.review_id,
            correlation_id=correlation_id,
        )
    findings = [*result.findings, *opinion.findings]
    return result.model_copy(
        update={
            "findings": findings,
            "summary": summarise(rka, findings, result.structural_findings),
            "narrative": opinion.narrative,
            "reviewer": f"rules+{opinion.provider}",
        }
    )


def _to_record(result: Review, rka: Rka) -> dict[str, Any]:
    return {
        "_id": result.review_id,
        "opd": result.opd,
        "fiscal_year": result.fiscal_year,
        "created_at": result.created_at,
        "review": result.model_dump(mode="json"),
        "rka": rka.model_dump(mode="json"),
    }


def _from_record(record: dict[str, Any]) -> Review:
    return Review.model_validate(record["review"])


async def get_review(review_id: str, deps: ReviewDeps) -> tuple[Review, Rka]:
    # Scoped to the caller's OPD: another OPD's review is as absent as an unknown one.
    record = await deps.store.find_one(REVIEWS, {"_id": review_id})
    if record is None:
        raise NotFound(f"review {review_id} not found", details={"review_id": review_id})
    return _from_record(record), Rka.model_validate(record["rka"])


async def list_reviews(
    deps: ReviewDeps, *, opd: str | None, fiscal_year: int | None, page: int = 0, page_size: int = 20
) -> tuple[list[Review], int]:
    query: dict[str, Any] = {}
    if opd:
        query["opd"] = opd
    if fiscal_year:
        query["fiscal_year"] = fiscal_year
    total = await deps.store.count(REVIEWS, query)
    rows = await deps.store.find(
        REVIEWS, query, sort=[("created_at", -1)], skip=page * page_size, limit=page_size
    )
    return [_from_record(r) for r in rows], total


def document_rka_id(document_id: str) -> str:
    """The RKA id of an uploaded RKA document: the document id itself (already unique, and already
    ``doc-…``), so that its review is found (and made) once."""
    return document_id


def _legacy_document_rka_id(document_id: str) -> str:
    # Reviews stored before the RKA id was the document id carry it prefixed once more.
    return f"doc-{document_id}"


def document_review_id(opd: str, document_id: str) -> str:
    """The id of the review of an RKA that ``opd`` uploaded as a document."""
    return review_id_for(opd, document_rka_id(document_id))


async def document_review(document_id: str, deps: ReviewDeps) -> tuple[Review, Rka] | None:
    """The stored review of an uploaded RKA document, if it has been reviewed."""
    ids = [document_rka_id(document_id), _legacy_document_rka_id(document_id)]
    record = await deps.store.find_one(REVIEWS, {"review.rka_id": {"$in": ids}})
    if record is None:
        return None
    return _from_record(record), Rka.model_validate(record["rka"])


async def rka_from_document(
    document_id: str, opd: str, fiscal_year: int | None, deps: ReviewDeps, rka_id: str | None = None
) -> Rka:
    """The RKA in an uploaded document of ``opd``. Unknown and foreign ids are the same NotFound;
    a document that is not an RKA is refused before anything is stored or billed."""
    uploaded = await deps.store.find_one(DOCUMENTS, {"_id": document_id, "opd": opd})
    if uploaded is None:
        raise NotFound(f"document {document_id} does not exist", details={"document_id": document_id})
    if uploaded.get("category") != DocumentCategory.RKA.value:
        raise InvalidInput(
            f"document {document_id} was uploaded as {uploaded.get('category')}, not as an RKA",
            field="document_id",
            reason="NOT_AN_RKA",
        )
    document = await load_extraction(deps.store, document_id)
    if document is None:
        # Extraction may still be running: a transient state, so the event is retried, not dropped.
        raise DependencyUnavailable(
            f"document {document_id} has not been extracted yet", details={"document_id": document_id}
        )
    return parse_rka_tables(
        normalise_ocr_tables(document.tables, document.pages, label_set(RKA_LAYOUT.columns)),
        source=document.filename or document_id,
        opd=opd,
        fiscal_year=fiscal_year,
        rka_id=rka_id or document_rka_id(document_id),
        pages=document.pages,
    )


async def handle_rka_submitted(event: RkaSubmitted, deps: ReviewDeps) -> Review:
    if event.rka is not None:
        rka = Rka.model_validate({**event.rka, "opd": event.opd, "rka_id": event.rka_id})
    else:
        assert event.document_id is not None
        rka = await rka_from_document(event.document_id, event.opd, event.fiscal_year, deps, event.rka_id)
    extra = await deps.catalogue.from_documents(event.price_reference_document_ids)
    return await review(rka, deps, extra_references=extra, correlation_id=event.correlation_id)


async def handle_document_indexed(event: DocumentIndexed, deps: ReviewDeps) -> int:
    if event.category is DocumentCategory.RKA:
        await review_uploaded_rka(event, deps)
        return 0
    if event.category not in CATALOGUE_CATEGORIES:
        return 0  # an OPD's own price tables are evidence (found by search), never a ceiling
    return await deps.catalogue.publish(event.document_id)


async def review_uploaded_rka(event: DocumentIndexed, deps: ReviewDeps) -> Review:
    """Review an RKA uploaded with category ``rka``; a redelivery returns the stored review."""
    rka = await rka_from_document(event.document_id, event.opd, event.fiscal_year, deps)
    return await review(rka, deps, correlation_id=event.correlation_id)
