"""Which page text goes with which table: a page's text serves its first table, or each of a Word
file's forms its own block; a table the extraction joined across pages is cut back into its
pages when a later page opens another sub-kegiatan.

Separate because it works on whole pages before any table is read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from samarinda_common.extracted import CellValue, Table
from samarinda_common.price_catalogue import normalise_label
from samarinda_common.table_rows import is_column_numbering

from samarinda_rka_review.domain.fact_labels import exact_meta_key
from samarinda_rka_review.domain.header_facts import read_meta, text_fact_rows
from samarinda_rka_review.domain.row_kinds import SUBTOTAL_LABEL, TOTAL_LABEL, is_blank
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.section_rows import first_text
from samarinda_rka_review.domain.sipd_codes import split_code_name


def page_parts(table: Table, page_text: dict[int, str], tables_on: Counter[int | None]) -> list[Table]:
    """A table the extraction joined across pages, cut back into its pages when a later page's
    text opens a sub-kegiatan (a SIPD printout starts each sub-kegiatan on a new page under its
    header block): that page's lines are the new sub-kegiatan's. It is cut where each page repeats
    the column header or its numbering or, when the extraction dropped those repeats, after each
    total row that closes a sub-kegiatan, one cut for each page opening another sub-kegiatan, or
    else at the first row that page's text prints. The table whole when the cuts do not give each
    part its page, or a later page holds a table of its own (its text is that table's)."""
    if not (table.page and table.continued_on and table.continued_on > table.page):
        return [table]
    pages = list(range(table.page, table.continued_on + 1))
    if any(tables_on[page] for page in pages[1:]):
        return [table]
    opening = _pages_opening_another_sub(pages, page_text)
    if not opening:
        return [table]
    rows = table.rows
    repeated = [i for i, row in enumerate(rows) if _repeats_header(row)]
    cuts = [i for i in repeated if i > 0 and i - 1 not in repeated]
    if len(cuts) != len(pages) - 1:
        pages = [table.page, *opening]
        cuts = _cuts_after_totals(rows)
        if len(cuts) != len(opening):
            cuts = _cuts_by_page_text(rows, pages, page_text)
        if len(cuts) != len(opening):
            return [table]
    bounds = [0, *cuts, len(rows)]
    return [
        table.model_copy(update={"rows": rows[a:b], "page": page, "continued_on": None, "row_bboxes": []})
        for page, (a, b) in zip(pages, pairwise(bounds), strict=True)
    ]


def _pages_opening_another_sub(pages: Sequence[int], page_text: dict[int, str]) -> list[int]:
    """The later pages whose text names a sub-kegiatan other than the one named last before them
    (a page repeating its sub-kegiatan's header block goes on with it, however much of its name
    it repeats after the code)."""
    opening: list[int] = []
    named_before: str | None = None
    for page in pages:
        facts: dict[str, str] = {}
        for row in text_fact_rows(page_text.get(page, "")):
            read_meta(row, facts, {})
        named = facts.get("sub_kegiatan")
        if named is not None and named_before is not None and not _same_sub_kegiatan(named, named_before):
            opening.append(page)
        named_before = named or named_before
    return opening


def _same_sub_kegiatan(named: str, before: str) -> bool:
    """By code when both state one, else by name."""
    (kode, nama), (kode_before, nama_before) = split_code_name(named), split_code_name(before)
    if kode and kode_before:
        return kode == kode_before
    return normalise_label(nama) == normalise_label(nama_before)


def _cuts_after_totals(rows: Sequence[Sequence[CellValue]]) -> list[int]:
    """Where the next sub-kegiatan's rows begin: after each total row (``Jumlah``, not an
    account's ``Sub Total``) that more rows follow."""
    closing = [i for i, row in enumerate(rows) if _closes_sub_kegiatan(row)]
    return [
        i + 1
        for i in closing
        if i + 1 < len(rows) and i + 1 not in closing and any(not is_blank(row) for row in rows[i + 1 :])
    ]


def _cuts_by_page_text(
    rows: Sequence[Sequence[CellValue]], pages: Sequence[int], page_text: dict[int, str]
) -> list[int]:
    """Where each of ``pages`` after the first begins: the first row after the cut before whose
    opening cells start a line of that page's text and of no page since the part before. A row
    whose cells wrap over lines is not found; the next one is. Fewer cuts than pages when a page
    prints none of the rows left."""
    cuts: list[int] = []
    start = 1
    for before, page in pairwise(pages):
        earlier = [_text_lines(page_text.get(p, "")) for p in range(before, page)]
        here = _text_lines(page_text.get(page, ""))
        cut = next(
            (
                i
                for i in range(start, len(rows))
                if (opening := _row_opening(rows[i]))
                and any(line.startswith(opening) for line in here)
                and not any(line.startswith(opening) for lines in earlier for line in lines)
            ),
            None,
        )
        if cut is None:
            break
        cuts.append(cut)
        start = cut + 1
    return cuts


# Fewer characters than this in a row's first two cells start too many lines to place the row.
_MIN_OPENING = 8


def _row_opening(row: Sequence[CellValue]) -> str:
    """A row's first two filled cells as a page's text prints them, or "" when too short to tell."""
    texts = [" ".join(str(v).split()) for v in row if v is not None and str(v).strip()][:2]
    opening = " ".join(texts).lower()
    return opening if len(opening) >= _MIN_OPENING else ""


def _text_lines(text: str) -> list[str]:
    return [" ".join(line.split()).lower() for line in text.splitlines() if line.strip()]


def _closes_sub_kegiatan(row: Sequence[CellValue]) -> bool:
    label = first_text(row).strip()
    return bool(TOTAL_LABEL.match(label)) and not SUBTOTAL_LABEL.match(label)


def _repeats_header(row: Sequence[CellValue]) -> bool:
    """A column header or its numbering row, as each page of a printout repeats it."""
    no = normalise_label(str(row[0])) if row and row[0] is not None else ""
    return is_column_numbering(row) or no in RKA_LAYOUT.columns["no"]


def texts_per_table(page_text: str, tables: int) -> list[str]:
    """The page text each of a page's ``tables`` is read with, in order.

    A page's text serves its first table only (later tables have their header above them),
    unless it opens exactly one sub-kegiatan per table (a Word file's forms, all on its one
    page): then each table gets the block from its own sub-kegiatan's facts to the next one's."""
    lines = page_text.splitlines()
    opening = [i for i, line in enumerate(lines) if _opens_sub_kegiatan(line)]
    if tables < 2 or len(opening) != tables:
        return [page_text, *[""] * (tables - 1)]
    starts = [0, *(_fact_block_start(lines, i) for i in opening[1:])]
    return ["\n".join(lines[a:b]) for a, b in pairwise([*starts, len(lines)])]


def _opens_sub_kegiatan(line: str) -> bool:
    return any(
        exact_meta_key(normalise_label(str(label))) == "sub_kegiatan" for label, *_ in text_fact_rows(line)
    )


def _fact_block_start(lines: Sequence[str], index: int) -> int:
    """The first line of the run of fact lines (blank lines between) that ends at ``index``:
    a form's program and kegiatan are stated above its sub-kegiatan."""
    start = index
    for i in range(index - 1, -1, -1):
        if not lines[i].strip():
            continue
        if not text_fact_rows(lines[i]):
            break
        start = i
    return start
