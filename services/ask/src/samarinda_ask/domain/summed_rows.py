"""The rows a sum adds up: every row the question names, written whole, or listed.

Which rows belong to a sum (all matching, named one by one, of one frame) is decided apart from adding
them, so that a sum over the wrong rows abstains rather than answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.figure_choice import asks_every_row
from samarinda_ask.domain.listed_items import items_listed, named_items
from samarinda_ask.domain.passages import Cell, Unit
from samarinda_ask.domain.periods import is_note
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.row_cells import cell_under, is_total_row
from samarinda_ask.domain.scoring import MIN_COVERAGE, Scored


def rows_matching_all(
    scored: Sequence[Scored], by_table: dict[tuple[str, int | None, str | None], list[Scored]]
) -> list[Scored] | None:
    """Every row of one table that covers the whole question, when a total is asked and no
    total row does: "total bibit yang disalurkan ke kelompok tani di Kecamatan X" adds the
    rows of Kecamatan X; "jumlah perahu di semua dermaga" adds every row."""
    full = [s for s in scored if _covers_all(s)]
    # A table's rows read a second time without their column names (from the document's text) are
    # the same rows, not other rows nor a sentence stating the total: the named rows are added.
    named = {_cell_values(s.unit) for s in full if s.unit.is_row}
    full = [s for s in full if _printed_values(s.unit) not in named]
    if not full or any(is_total_row(s.unit) or not s.unit.is_row for s in full):
        return None
    for rows in by_table.values():
        chosen = [r for r in rows if _covers_all(r)]
        if len(chosen) >= 2 and len(chosen) == len(full):
            return sorted(chosen, key=lambda r: r.unit.passage.first_row or 0)
    return None


def _cell_values(unit: Unit) -> frozenset[str]:
    """What a table row states, whatever its column names."""
    return frozenset(v for c in unit.cells if (v := c.value.strip().lower()))


def _printed_values(unit: Unit) -> frozenset[str]:
    """What a unit states as a line of values between bars ("1 | Drainase | 285.000.000"); a row
    with its column names prints each value after its name, and matches no row's values."""
    return frozenset(v for part in unit.text.split("|") if (v := part.strip().lower()))


def rows_naming(
    question: Question,
    scored: Sequence[Scored],
    by_table: dict[tuple[str, int | None, str | None], list[Scored]],
) -> list[Scored] | None:
    """The rows of one table whose cells hold the values the question names, when it asks a total.

    "Total nilai kontrak CV X" adds the rows whose "Penyedia" is "CV X"; "paket tersalur di
    seluruh kelurahan Kecamatan Y" the rows whose "Kecamatan" is "Y" (not a row of another
    kecamatan whose kelurahan only shares a word with "Y"); "semua zona" every row. A value is
    named when the question writes the whole cell; a remark is never what selects a row. The
    rows must cover the question as a single answer would; no total row or sentence may state it
    as well as they do; and only one table may qualify (two are ambiguous: no sum)."""
    lowered = " ".join(words(question.text.lower()))
    found: list[list[Scored]] = []
    for rows in by_table.values():
        rows = [r for r in rows if r.unit.is_row and not is_total_row(r.unit)]
        if len(rows) < 2:
            continue
        named: dict[str, set[str]] = {}
        for row in rows:
            for cell in row.unit.cells:
                if _is_named(cell, lowered):
                    named.setdefault(cell.header, set()).add(cell.value.lower())
        if not named and not asks_every_row(question):
            continue
        chosen = _holding_every_telling_term(
            question,
            [
                r
                for r in rows
                if all(
                    any(c.header == header and c.value.lower() in values for c in r.unit.cells)
                    for header, values in named.items()
                )
            ],
        )
        top = max((r.coverage for r in chosen), default=0.0)
        if len(chosen) >= 2 and top >= MIN_COVERAGE:
            if any(s.coverage >= top and s not in rows for s in scored):
                return None  # a total row or a sentence states it as well as the rows do
            found.append(sorted(chosen, key=lambda r: r.unit.passage.first_row or 0))
    return found[0] if len(found) == 1 else None


def rows_written_whole(
    question: Question, by_table: dict[tuple[str, int | None, str | None], list[Scored]]
) -> list[Scored] | None:
    """One row per thing the question lists, each found by its name written whole in the question
    ("Samarinda Kota": words too common to be terms, so no item of ``named_items``). The rows
    named in one column must be as many as the things listed, in one table only (a name that
    also reads as part of another would add a row too many, and then the count fails)."""
    lowered = " ".join(words(question.text.lower()))
    listed = items_listed(question)
    found: list[list[Scored]] = []
    for rows in by_table.values():
        rows = [r for r in rows if r.unit.is_row and not is_total_row(r.unit)]
        headers = {c.header for r in rows for c in r.unit.cells}
        for header in headers:
            named = [r for r in rows if (cell := cell_under(r.unit, header)) and _is_named(cell, lowered)]
            if len(named) >= 2 and len(named) == listed:
                found.append(sorted(named, key=lambda r: r.unit.passage.first_row or 0))
    return found[0] if len(found) == 1 else None


def _holding_every_telling_term(question: Question, rows: Sequence[Scored]) -> list[Scored]:
    """Of ``rows``, those holding every question term that some of them hold and others do not
    ("laptop" of "total laptop di Kecamatan Y": not the kecamatan's printer rows). A term in a
    remark ("diganti tahap II") does not tell rows apart."""
    own = [
        index_terms(" ".join(f"{c.header} {c.value}" for c in r.unit.cells if not is_note(c))) for r in rows
    ]
    telling = {t for t in question.terms if any(t in o for o in own) and not all(t in o for o in own)}
    return [r for r, o in zip(rows, own, strict=True) if telling <= o]


def _is_named(cell: Cell, lowered_question: str) -> bool:
    """The question writes the cell's whole value (a name of a few letters at least, "TW I" too,
    no figure, no remark)."""
    if cell.figure is not None or is_note(cell) or len(re.findall(r"[^\W\d_]", cell.value)) < 3:
        return False
    value = " ".join(words(cell.value.lower()))
    return bool(value) and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", lowered_question) is not None


def _covers_all(scored: Scored) -> bool:
    """Every term of the question is the unit's, or its document's (the file, the heading)."""
    return not scored.missing and scored.coverage >= MIN_COVERAGE


def listed_rows(
    question: Question, by_table: dict[tuple[str, int | None, str | None], list[Scored]]
) -> list[Scored] | None:
    """One row per thing the question lists ("SD Negeri dan SD Swasta"), all from one table.

    A row answers an item when it holds every term of the item that tells the table's rows apart
    (terms every row shares, like the column "Realisasi BOSDA", or no row holds, like "belanja",
    say nothing about which row is meant); an item matched by several rows or by none fails."""
    items = named_items(question)
    if len(items) < 2:
        return None
    for rows in by_table.values():
        row_terms = [r.unit.terms | r.unit.context_terms for r in rows]
        chosen: list[Scored] = []
        for item in items:
            telling = [t for t in item if any(t in terms for terms in row_terms)]
            telling = [t for t in telling if not all(t in terms for terms in row_terms)]
            matches = _of_the_frame(
                question,
                [
                    (r, terms)
                    for r, terms in zip(rows, row_terms, strict=True)
                    if telling and set(telling) <= terms
                ],
            )
            if len(matches) != 1 or matches[0] in chosen:
                break
            chosen.append(matches[0])
        else:
            if frame_held_alike(question, items, chosen):
                return chosen
    return None


def frame_held_alike(question: Question, items: Sequence[tuple[str, ...]], rows: Sequence[Scored]) -> bool:
    """The question's words outside its items (the name the items share: "Desa Sungai (Hulu dan
    Hilir)") are held by every row chosen or by none: a row of another name that only shares an
    item's word ("Batu Hulu") is no row of the list."""
    frame = set(question.terms) - {t for item in items for t in item}
    held = [r.unit.terms | r.unit.context_terms for r in rows]
    return all(all(t in h for h in held) or not any(t in h for h in held) for t in frame)


def _of_the_frame(question: Question, matches: Sequence[tuple[Scored, frozenset[str]]]) -> list[Scored]:
    """Of several rows an item matches ("Februari" in a table of months and kinds of levy), the
    one holding most of the question's other words, the frame the list sits in ("realisasi
    retribusi X ... Januari, Februari dan Maret"); all of them when none holds more."""
    held = [len(set(question.terms) & terms) for _, terms in matches]
    if len(matches) > 1 and held.count(max(held)) == 1:
        return [matches[held.index(max(held))][0]]
    return [r for r, _ in matches]
