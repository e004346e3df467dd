"""The shapes extractive answering works on: a retrieved passage, its units and cells, a citation, an answer.

Every other answering module reads or builds these, so they live apart from any rule that decides
which unit answers; ``not_found`` is the one answer that says the data does not hold it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from samarinda_ask.domain.figures import Figure, figures_in
from samarinda_ask.domain.vocabulary import VOCABULARY

NOT_FOUND = "tidak ditemukan dalam data OPD"


class ChunkKind(StrEnum):
    TEXT = "text"
    TABLE_ROWS = "table_rows"


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with what is needed to cite it."""

    id: str
    document_id: str
    document: str  # the file name as uploaded
    text: str
    score: float
    kind: ChunkKind = ChunkKind.TEXT
    page: int | None = None
    sheet: str | None = None
    heading: str | None = None
    fiscal_year: int | None = None
    opd: str | None = None
    table: int | None = None
    first_row: int | None = None
    category: str | None = None  # the category it was uploaded under (rka, realisasi, ssh, ...)


@dataclass(frozen=True)
class Cell:
    header: str
    value: str
    figure: Figure | None


@dataclass(frozen=True)
class Unit:
    passage: Passage
    text: str
    cells: tuple[Cell, ...] = ()  # a table row's cells; empty for a sentence
    terms: frozenset[str] = frozenset()
    context_terms: frozenset[str] = frozenset()

    @property
    def is_row(self) -> bool:
        return bool(self.cells)

    def figures(self) -> list[Figure]:
        if self.is_row:
            return [c.figure for c in self.cells if c.figure is not None]
        return figures_in(self.text)


@dataclass(frozen=True)
class Citation:
    document_id: str
    document: str
    page: int | None
    sheet: str | None
    quote: str


@dataclass(frozen=True)
class Answer:
    found: bool
    text: str
    citations: tuple[Citation, ...] = ()
    confidence: float = 0.0
    figure: Figure | None = None
    evidence: tuple[Unit, ...] = field(default=(), compare=False)
    # Why the answer is "not found" (the guard that refused the best candidate), for debugging and logs.
    reason: str = field(default="", compare=False)
    # A total added up here over the rows it cites: a model may copy figures, never add them.
    summed: bool = False


def not_found(confidence: float = 0.0, reason: str = "") -> Answer:
    return Answer(found=False, text=NOT_FOUND, confidence=confidence, reason=reason)


def context_text(passage: Passage) -> str:
    """What a passage is about beyond its own words: its heading, file, sheet, owner and kind."""
    code = passage.opd or ""
    opd_name = VOCABULARY.opd_names.get(code, code.replace("_", " "))
    # The category names what the document is ("realisasi", "standar satuan harga") where its
    # text may not: a photographed distribution table is the realisation of a plan.
    kind_words = VOCABULARY.category_words.get(passage.category or "", "")
    return " ".join(x for x in (passage.heading, passage.document, passage.sheet, opd_name, kind_words) if x)
