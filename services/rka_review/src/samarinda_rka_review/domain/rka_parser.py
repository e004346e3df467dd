"""Read an RKA in the SIPD-like layout from generic table rows (a sheet, a CSV, a PDF table).

The layout: a header block (Program, Kegiatan, Sub Kegiatan, Organisasi, the output indicator and
its target), then a table ``No | Kode Rekening | Uraian | ... | Jumlah`` in any column order.
A row with a Kode Rekening and no No heads an account group (its Jumlah is the subtotal), rows
with a No are budget lines, a ``Jumlah``/``Total`` row closes the sub-kegiatan. One sheet may hold
several sub-kegiatan, and a table without a header of its own continues the previous one (a PDF
page break).

A PDF printed from SIPD often loses the header block from its tables (the extracted table starts
at the column header, or at a ``hal. 1`` page line): the facts are then read from the page text
(``Sub Kegiatan : 2.16.03.1.02.0001 - ...``), from small tables before the main one (the
``Indikator | Tolok Ukur | Target`` block), and lines without a No column are numbered in order.
Every row left out is recorded with its reason in an ``IntakeReport``; an RKA with no lines is an
``EmptyIntake`` error naming them.

This module is the entry point (what the service, the bench and the tests call); the reading is
split by responsibility, each module reading only those below it (an import-linter contract):
``table_reader`` walks the tables and ``table_body`` reads each table's body, its lines booked in
``sub_kegiatan_book``; ``page_texts`` pairs page texts with tables; ``column_header`` finds the
columns; ``sub_kegiatan_context`` names the sub-kegiatan; ``header_block`` reads a header block;
``line_assembly`` reads a line and ``continuation_rows`` a line typed on over two rows;
``header_facts``, ``section_rows``, ``account_rows``, ``koefisien_cells`` and ``item_text`` read
blocks, rows and cells; ``fact_labels``, ``row_kinds`` and ``sipd_codes`` hold the shapes they
all go by.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.intake import IntakeWarningKind
from samarinda_common.rka import Rka

from samarinda_rka_review.domain.account_rows import written_account
from samarinda_rka_review.domain.fact_labels import coded_fact, fact_pieces
from samarinda_rka_review.domain.header_facts import text_fact_rows
from samarinda_rka_review.domain.item_text import split_inline_spec, split_trailing_count
from samarinda_rka_review.domain.koefisien_cells import koefisien_units, split_koefisien
from samarinda_rka_review.domain.line_assembly import parse_ppn
from samarinda_rka_review.domain.page_texts import (
    opens_sub_kegiatan,
    page_parts,
    placed_texts,
    texts_per_table,
)
from samarinda_rka_review.domain.rka_columns import parse_koefisien
from samarinda_rka_review.domain.sipd_codes import split_code_name
from samarinda_rka_review.domain.table_reader import RKA_COLUMNS, RkaTableParser

__all__ = [
    "RKA_COLUMNS",
    "RkaTableParser",
    "coded_fact",
    "fact_pieces",
    "koefisien_units",
    "parse_koefisien",
    "parse_ppn",
    "parse_rka_tables",
    "read_rka_tables",
    "split_code_name",
    "split_inline_spec",
    "split_koefisien",
    "split_trailing_count",
    "text_fact_rows",
    "texts_per_table",
    "written_account",
]


def read_rka_tables(
    tables: Sequence[Table], *, source: str | None = None, pages: Sequence[Page] = ()
) -> RkaTableParser:
    """Feed every table (with its page's text) to a parser; its ``report`` says what was read."""
    page_text = {page.number: page.text for page in pages}
    ocr_pages = frozenset(page.number for page in pages if page.method is ExtractionMethod.OCR)
    parser = RkaTableParser(source=source, ocr_pages=ocr_pages)
    # A page the extraction left out (its OCR budget spent on a slow machine) holds lines that no
    # finding can name: the review says so on its face, never as a silently shorter RKA.
    for page in pages:
        if not page.extracted:
            parser.report.warn(
                IntakeWarningKind.PAGE_NOT_EXTRACTED, f"page {page.number}", "OCR budget spent"
            )
    tables_on = Counter(table.page for table in tables if table.page)
    texts: dict[int, list[str]] = {}
    carried: dict[int, str] = {}
    for page in sorted(tables_on):
        on_page = [table for table in tables if table.page == page]
        texts[page], carried[page] = placed_texts(page_text.get(page, ""), on_page)
        before = carried.get(page - 1, "")
        if before and not any(opens_sub_kegiatan(line) for line in texts[page][0].splitlines()):
            texts[page][0] = before + "\n" + texts[page][0]
    for table in tables:
        queue = texts.get(table.page) if table.page else None
        first, *later = page_parts(table, page_text, tables_on)
        parser.feed_isolated(first, queue.pop(0) if queue else "")
        for part in later:
            parser.feed_isolated(part, page_text.get(part.page or 0, ""))
    return parser


def parse_rka_tables(
    tables: Sequence[Table],
    *,
    source: str | None = None,
    opd: str | None = None,
    fiscal_year: int | None = None,
    rka_id: str | None = None,
    pages: Sequence[Page] = (),
) -> Rka:
    parser = read_rka_tables(tables, source=source, pages=pages)
    return parser.result(opd=opd, fiscal_year=fiscal_year, rka_id=rka_id)
