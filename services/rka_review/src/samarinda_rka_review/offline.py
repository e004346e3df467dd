"""The offline reviewer on local files: no servers, no network (CLI, benchmarks, evaluation)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samarinda_common.price_catalogue import PriceReference, parse_price_tables
from samarinda_common.rka import Review, Rka

from samarinda_rka_review.adapters.tables import load_tables
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.rka_parser import parse_rka_tables


def load_rka(path: Path, *, opd: str | None = None) -> Rka:
    return parse_rka_tables(load_tables(path), source=path.name, opd=opd)


def load_catalogue(paths: Sequence[Path]) -> list[PriceReference]:
    references: list[PriceReference] = []
    for path in paths:
        references.extend(parse_price_tables(load_tables(path), source_document=path.name))
    return references


def review_files(
    rka_path: Path,
    catalogue_paths: Sequence[Path],
    policy: ReviewPolicy | None = None,
    *,
    opd: str | None = None,
) -> tuple[Rka, Review]:
    rka = load_rka(rka_path, opd=opd)
    return rka, review_rka(rka, PriceMatcher(load_catalogue(catalogue_paths)), policy)


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
