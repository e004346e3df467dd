"""Passages cut into units (a sentence of running text, one table row), and near-identical units merged.

What a candidate answer is, is decided before anything is scored: this module turns retrieved
passages into units and keeps one copy of a unit uploaded or chunked twice.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import replace

from samarinda_ask.domain.directives import is_directive
from samarinda_ask.domain.passages import ChunkKind, Passage, Unit, context_text
from samarinda_ask.domain.printed_tables import PrintedRow, printed_rows
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.row_cells import row_cells
from samarinda_ask.domain.sentences import bare_figure, has_few_words, is_label, reads_as_row, sentences_of

# Units of near-identical text (re-uploads, overlapping chunks) are one unit: Jaccard of terms.
DUPLICATE_SIMILARITY = 0.9


def units_of(passage: Passage) -> list[Unit]:
    context_terms = frozenset(index_terms(context_text(passage)))
    if passage.kind is ChunkKind.TABLE_ROWS:
        caption = passage.heading  # a table's heading is its caption, the lines above its header
        return [
            Unit(passage, line, row_cells(line, caption), frozenset(index_terms(line)), context_terms)
            for line in passage.text.splitlines()
            if line.strip()
        ]
    units: list[Unit] = []
    previous: frozenset[str] = frozenset()
    labels = False  # ``previous`` is a run of short label lines
    captioned = False  # ``previous`` is a line ending no sentence: a table's caption
    printed = _printed_table_rows(passage.text)
    for sentence in sentences_of(passage.text):
        terms = frozenset(index_terms(sentence))
        if (row := printed.get(sentence)) is not None:
            # A row of a table printed as text, aligned with its header line: a row with cells
            # whose column names are its words, as a table read as one holds them.
            table = -1 - zlib.crc32(row.header.encode()) % _PRINTED_TABLE_KEYS
            text = " | ".join(f"{h}: {v}" for h, v in row.cells)
            cells = row_cells(text, passage.heading)
            units.append(
                Unit(
                    replace(passage, table=table),
                    sentence,
                    cells,
                    frozenset(index_terms(text)),
                    context_terms | previous,
                )
            )
        elif len(sentence) >= 12 and not is_directive(sentence):
            # The sentence before names what a short one is about ("Biaya pemasangan seluruhnya
            # Rp ..." after the sentence about the lamps): context, like the heading. A table row
            # printed as text keeps the lines before the rows (its column header) instead.
            units.append(
                Unit(
                    passage,
                    sentence,
                    (),
                    terms | previous if bare_figure(sentence) else terms,
                    context_terms | previous,
                )
            )
        if reads_as_row(sentence):
            labels = False
            continue
        if has_few_words(sentence) and re.search(r"\d", sentence):
            continue  # a row OCR garbled ("Kampung Contoh Rw4 9 Okt"): the header above still holds
        label = is_label(sentence)
        if label and (labels or len(sentence) < 12 or captioned):
            # A column header OCR broke over several short lines ("Kecamatan", "No",
            # "Jumlah Bibit Tgl Tanam"): together they name what the rows below hold; so does
            # the table's caption above its header ("Tabel 2. Kunjungan Museum per Bulan").
            previous |= terms
        elif len(sentence) >= 12:
            previous = terms
        captioned = (
            not label and len(sentence) >= 12 and not sentence.endswith((".", "!", "?", ":", ";", ","))
        )
        labels = label
    return units


# Printed tables are keyed apart from a document's real tables (numbered from 0) by negative numbers.
_PRINTED_TABLE_KEYS = 1_000_000


def _printed_table_rows(text: str) -> dict[str, PrintedRow]:
    """The rows of the tables ``text`` prints as lines, by their line as a sentence reads it."""
    lines = [collapsed for line in text.splitlines() if (collapsed := re.sub(r"\s+", " ", line).strip())]
    return {lines[i]: row for i, row in printed_rows(lines).items()}


def deduplicate(units: Sequence[Unit]) -> list[Unit]:
    """One of each group of near-identical units (same words, same figures), in the place of the
    first: the longest, since overlapping chunks cut a sentence at their edges ("Harapan
    Hidup penduduk ..." for "Angka Harapan Hidup penduduk ..."); and a row of a table read as
    one over the same row printed as a line of text, whichever came first: its table holds all
    its rows (a sum over them stays in one table) and its cells their column names. The row kept
    also knows what its printed copy read above it on the page (the table's caption)."""
    kept: list[Unit] = []
    for unit in units:
        same = next((n for n, other in enumerate(kept) if _similar(unit, other)), None)
        if same is None:
            kept.append(unit)
            continue
        better, other = (unit, kept[same]) if _better_copy(unit, kept[same]) else (kept[same], unit)
        if better.passage.kind is ChunkKind.TABLE_ROWS and other.passage.kind is not ChunkKind.TABLE_ROWS:
            better = replace(better, context_terms=better.context_terms | other.context_terms)
        kept[same] = better
    return kept


def _better_copy(unit: Unit, kept: Unit) -> bool:
    structured, kept_structured = (u.passage.kind is ChunkKind.TABLE_ROWS for u in (unit, kept))
    if structured != kept_structured:
        return structured
    return unit.text.endswith(kept.text) and len(unit.text) > len(kept.text)


def _similar(a: Unit, b: Unit) -> bool:
    if not a.terms or not b.terms:
        return a.text == b.text
    overlap = len(a.terms & b.terms) / len(a.terms | b.terms)
    return overlap >= DUPLICATE_SIMILARITY and [f.value for f in a.figures()] == [
        f.value for f in b.figures()
    ]
