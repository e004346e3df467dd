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

from samarinda_rka_review.domain.fact_labels import coded_fact, exact_meta_key
from samarinda_rka_review.domain.header_facts import text_fact_rows
from samarinda_rka_review.domain.row_kinds import amounts_in
from samarinda_rka_review.domain.rules import RKA_LAYOUT


def page_parts(table: Table, page_text: dict[int, str], tables_on: Counter[int | None]) -> list[Table]:
    """A table the extraction joined across pages, cut back into its pages where each page
    repeats the column header or its numbering, when a later page's text opens a sub-kegiatan
    (a SIPD printout starts each sub-kegiatan on a new page under its header block): that page's
    lines are the new sub-kegiatan's. The table whole when the cuts do not give one part a page,
    or a later page holds a table of its own (its text is that table's)."""
    if not (table.page and table.continued_on and table.continued_on > table.page):
        return [table]
    pages = list(range(table.page, table.continued_on + 1))
    if any(tables_on[page] for page in pages[1:]) or not any(
        opens_sub_kegiatan(line) for page in pages[1:] for line in page_text.get(page, "").splitlines()
    ):
        return [table]
    rows = table.rows
    repeated = [i for i, row in enumerate(rows) if _repeats_header(row)]
    cuts = [i for i in repeated if i > 0 and i - 1 not in repeated]
    if len(cuts) != len(pages) - 1:
        return [table]
    bounds = [0, *cuts, len(rows)]
    return [
        table.model_copy(update={"rows": rows[a:b], "page": page, "continued_on": None, "row_bboxes": []})
        for page, (a, b) in zip(pages, pairwise(bounds), strict=True)
    ]


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
    opening = [i for i, line in enumerate(lines) if opens_sub_kegiatan(line)]
    if tables < 2 or len(opening) != tables:
        return [page_text, *[""] * (tables - 1)]
    starts = [0, *(_fact_block_start(lines, i) for i in opening[1:])]
    return ["\n".join(lines[a:b]) for a, b in pairwise([*starts, len(lines)])]


def placed_texts(page_text: str, tables: Sequence[Table]) -> tuple[list[str], str]:
    """The page text each of a page's ``tables`` is read with (``texts_per_table``), and the
    header block that trails its last table: a sub-kegiatan's facts printed below the table that
    ends the page belong to the next page's first table, and a table printed above the page's
    first facts runs on from the previous page (it keeps the sub-kegiatan it had there).

    Where a table stands in the text is found by its first and last rows' words; a page whose
    tables cannot be found there (an OCR text that reads them otherwise) is read as before."""
    lines = page_text.splitlines()
    opening = [i for i, line in enumerate(lines) if opens_sub_kegiatan(line)]
    if not tables or not opening:
        return texts_per_table(page_text, len(tables)), ""
    carried = ""
    last = tables[-1]
    end = None if last.continued_on else _row_line(lines, last.rows[::-1], reverse=True)
    if end is not None and opening[-1] > end:
        start = _fact_block_start(lines, opening[-1])
        if start > end:
            carried = "\n".join(lines[start:])
            lines = lines[:start]
            opening = [i for i in opening if i < start]
    top = _row_line(lines, tables[0].rows, reverse=False)
    if len(tables) > 1 and opening and top is not None and top < opening[0]:
        rest = "\n".join(lines[_fact_block_start(lines, opening[0]) :])
        return ["", *texts_per_table(rest, len(tables) - 1)], carried
    return texts_per_table("\n".join(lines), len(tables)), carried


def _row_line(lines: Sequence[str], rows: Sequence[Sequence[CellValue]], *, reverse: bool) -> int | None:
    """The line of the page text that prints the first row (of ``rows``) with words in it: the
    first such line, or the last one when ``reverse``."""
    for row in rows:
        words = [" ".join(v.split()) for v in row if isinstance(v, str) and not amounts_in([v])]
        words = [w for w in words if len(w) >= 4]
        if not words:
            continue
        longest = max(words, key=len)
        order = range(len(lines) - 1, -1, -1) if reverse else range(len(lines))
        return next((i for i in order if longest in " ".join(lines[i].split())), None)
    return None


def opens_sub_kegiatan(line: str) -> bool:
    return any(
        exact_meta_key(normalise_label(str(label))) == "sub_kegiatan"
        or coded_fact(str(label)) == "sub_kegiatan"
        for label, *_ in text_fact_rows(line)
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
