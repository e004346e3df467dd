"""The offline reviewer on local files: no servers, no network (CLI, benchmarks, evaluation)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from samarinda_common.adapters.embedding_cache import CachedEmbeddings
from samarinda_common.intake import EmptyIntake, IntakeReport
from samarinda_common.price_catalogue import PriceReference, read_price_tables, require_price_items
from samarinda_common.rka import Review, Rka

from samarinda_rka_review.adapters.extraction_cache import ExtractionCache
from samarinda_rka_review.adapters.tables import load_document
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import line_texts, review_rka
from samarinda_rka_review.domain.rka_parser import read_rka_tables
from samarinda_rka_review.service_layer.relevance_examples import RelevanceExamples


def load_rka(
    path: Path, *, opd: str | None = None, ocr_time_scale: float = 1.0, cache: ExtractionCache | None = None
) -> Rka:
    """The RKA in a file; raises EmptyIntake (an InvalidInput) naming the rows when it has no lines.
    ``ocr_time_scale`` stretches the OCR's per-call timeouts of a scan (benchmarks); ``cache``
    keeps what the extraction read from a PDF or an image for the next run."""
    tables, pages = load_document(path, ocr_time_scale=ocr_time_scale, cache=cache)
    parser = read_rka_tables(tables, source=path.name, pages=pages)
    return parser.result(opd=opd, fiscal_year=None, rka_id=None)


def load_catalogue(
    paths: Sequence[Path], *, ocr_time_scale: float = 1.0, cache: ExtractionCache | None = None
) -> list[PriceReference]:
    """The price items of the catalogues that yield some (see ``read_catalogues``)."""
    return read_catalogues(paths, ocr_time_scale=ocr_time_scale, cache=cache).references


@dataclass(frozen=True)
class Catalogues:
    references: list[PriceReference]
    refused: list[str]  # why each catalogue that yielded no price items was left out


def read_catalogues(
    paths: Sequence[Path], *, ocr_time_scale: float = 1.0, cache: ExtractionCache | None = None
) -> Catalogues:
    """Every catalogue's price items. One that yields none is left out and named in ``refused``:
    a reviewer given several catalogues still reviews against those that were read. When none
    yields an item, the first refusal's EmptyIntake is raised — no price check could stand."""
    references: list[PriceReference] = []
    refusals: list[EmptyIntake] = []
    for path in paths:
        tables, pages = load_document(path, ocr_time_scale=ocr_time_scale, cache=cache)
        items, report = read_price_tables(tables, source_document=path.name, pages=pages)
        try:
            require_price_items(items, report)
        except EmptyIntake as refused:
            refusals.append(refused)
        references.extend(items)
    if refusals and not references:
        raise refusals[0]
    return Catalogues(references, [f"not reviewed against it: {refused}" for refused in refusals])


def with_refused_catalogues(review: Review, refused: Sequence[str]) -> Review:
    """The review with a warning for each catalogue it could not be checked against."""
    return review.model_copy(update={"warnings": [*review.warnings, *refused]}) if refused else review


def inspect_file(path: Path, as_kind: str = "auto") -> IntakeReport:
    """What the parsers read from a file: as an RKA, as a catalogue, or (``auto``) as whichever
    of the two yields something, RKA first (an RKA's table also has price columns)."""
    tables, pages = load_document(path)
    rka_report = read_rka_tables(tables, source=path.name, pages=pages).report
    if as_kind == "rka" or (as_kind == "auto" and rka_report.accepted):
        return rka_report
    catalogue_report = read_price_tables(tables, source_document=path.name, pages=pages)[1]
    if as_kind == "catalogue" or catalogue_report.accepted:
        return catalogue_report
    return rka_report


async def review_by_meaning(
    rka: Rka,
    references: Sequence[PriceReference],
    embeddings: CachedEmbeddings,
    policy: ReviewPolicy | None = None,
    *,
    examples: RelevanceExamples | None = None,
    matcher: PriceMatcher | None = None,
) -> tuple[Review, PriceMatcher]:
    """The review with the embedder's vectors, as the service makes it: catalogue rows embedded as
    documents and lines as queries, each distinct text once and only when ``embeddings`` has not
    cached it. ``matcher``: one built before over the same ``references`` (reused with its
    remembered outcomes); the matcher used is returned for the next review."""
    if matcher is None:
        documents, _ = await embeddings.vectors([r.search_text() for r in references], kind="document")
        matcher = PriceMatcher(references, dict(zip([r.id for r in references], documents, strict=True)))
    space = await (examples or RelevanceExamples()).space(embeddings)
    keys, texts = line_texts(rka)
    queries, _ = await embeddings.vectors(texts, kind="query", owner=rka.opd)
    review = review_rka(
        rka, matcher, policy, query_vectors=dict(zip(keys, queries, strict=True)), relevance_space=space
    )
    return review, matcher


class FilesReview(NamedTuple):
    rka: Rka
    review: Review
    refused_catalogues: list[str]  # also in the review's warnings; a caller must not pass them silently


def review_files(
    rka_path: Path,
    catalogue_paths: Sequence[Path],
    policy: ReviewPolicy | None = None,
    *,
    opd: str | None = None,
    embeddings: CachedEmbeddings | None = None,
) -> FilesReview:
    """``embeddings``: read lines by meaning too (the local e5 model, its vectors cached)."""
    rka = load_rka(rka_path, opd=opd)
    catalogues = read_catalogues(catalogue_paths)
    if embeddings is None:
        review = review_rka(rka, PriceMatcher(catalogues.references), policy)
    else:
        review = asyncio.run(review_by_meaning(rka, catalogues.references, embeddings, policy))[0]
    return FilesReview(rka, with_refused_catalogues(review, catalogues.refused), catalogues.refused)


def review_as_json(review: Review) -> dict[str, Any]:
    """The CLI's JSON: ``findings`` (line_id, type, severity, message, reference, potential_saving...)
    and ``summary`` (lines, flagged_lines, potential_saving...), field names fixed by issue #6."""

    def finding(f: Any) -> dict[str, Any]:
        data = f.model_dump(mode="json")
        data["reference"] = data["reference"] or {}
        return data

    summary = review.summary.model_dump(mode="json")
    return {
        "review_id": review.review_id,
        "rka_id": review.rka_id,
        "opd": review.opd,
        "fiscal_year": review.fiscal_year,
        "findings": [finding(f) for f in review.findings],
        "structural_findings": [finding(f) for f in review.structural_findings],
        "summary": summary,
        "catalogue_size": review.catalogue_size,
        "warnings": review.warnings,
    }
