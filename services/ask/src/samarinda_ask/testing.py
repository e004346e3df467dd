"""Builders for the ask service's tests: passages shaped as retrieval hands them to the answerer."""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_ask.domain.answering import ChunkKind, Passage


def table_rows(
    document: str,
    lines: Sequence[str],
    *,
    fiscal_year: int | None = 2031,
    opd: str | None = None,
    category: str | None = None,
    page: int | None = None,
    table: int = 0,
    heading: str | None = None,
) -> list[Passage]:
    """One passage per row of one table of ``document``, the rows numbered from 1 as printed."""
    return [
        Passage(
            id=f"{document}-{n}",
            document_id=f"doc-{document}",
            document=document,
            heading=heading,
            text=line,
            score=0.6,
            kind=ChunkKind.TABLE_ROWS,
            page=page,
            fiscal_year=fiscal_year,
            opd=opd,
            table=table,
            first_row=n,
            category=category,
        )
        for n, line in enumerate(lines, start=1)
    ]
