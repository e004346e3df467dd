"""The walk over an RKA's tables in order (``RkaTableParser``): where each sub-kegiatan begins and ends,
which rows are its header block and which its body, which columns the body is read under, how a
table without a header of its own continues the one before, and what the intake report says of each.

It holds the state between tables (the columns, facts stated once for a sheet, the book of
sub-kegiatan) and hands each body to ``table_body``, which says what each of its rows is; the
rules live in the modules below."""

from __future__ import annotations

import re
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda_common.extracted import CellValue, Table
from samarinda_common.intake import EmptyIntake, IntakeReport, IntakeWarningKind, TableIntake
from samarinda_common.price_catalogue import HeaderMatch, detect_year, header_labels, table_name
from samarinda_common.rka import Rka

from samarinda_rka_review.domain.account_rows import account_name_column
from samarinda_rka_review.domain.column_header import FoundHeader, find_header, header_from_body, uraian_span
from samarinda_rka_review.domain.continued_columns import join_split_column, restore_dropped_column
from samarinda_rka_review.domain.header_block import SheetFacts, block_facts
from samarinda_rka_review.domain.header_facts import read_meta, text_fact_rows
from samarinda_rka_review.domain.header_names import organisation_in_titles
from samarinda_rka_review.domain.koefisien_cells import koefisien_span
from samarinda_rka_review.domain.merged_columns import split_name_and_count, split_unit_and_price
from samarinda_rka_review.domain.row_kinds import is_blank, is_priced
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.section_rows import facts_row
from samarinda_rka_review.domain.sipd_codes import is_sub_kegiatan_code, split_code_name
from samarinda_rka_review.domain.sub_kegiatan_book import SubKegiatanBook
from samarinda_rka_review.domain.sub_kegiatan_context import (
    SubKegiatanDraft,
    named_by_roster,
    sub_kegiatan_column,
    sub_kegiatan_roster,
)
from samarinda_rka_review.domain.table_body import TableBody
from samarinda_rka_review.domain.text_header import column_in_text, header_in_text

RKA_COLUMNS = RKA_LAYOUT.columns
_REQUIRED = RKA_LAYOUT.required_columns


def _failure(exc: Exception) -> str:
    """What broke and where, for the reader of the intake report (a bare "ValueError" names
    neither the fault nor the code to look at)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" in {frames[-1].name}" if frames else ""
    return f"{type(exc).__name__}{where}: {exc}"


@dataclass
class RkaTableParser:
    """Walks tables in order; keeps state so that continuation pages join their sub-kegiatan."""

    source: str | None = None
    # Pages read by OCR: their lines' figures may be misread, which the arithmetic check weighs.
    ocr_pages: frozenset[int] = frozenset()
    meta_rows: list[str] = field(default_factory=list)
    organisasi: str | None = None
    report: IntakeReport = field(default_factory=lambda: IntakeReport(kind="rka"))
    _columns: dict[str, int] | None = None
    # How many columns the table of ``_columns`` has: a continuation split into one more is joined.
    _width: int = 0
    # The sub-kegiatan read so far and the one open, which a continuation page goes on.
    _book: SubKegiatanBook = field(default_factory=SubKegiatanBook)
    _pending_meta: list[Sequence[CellValue]] = field(default_factory=list)
    # Sub-kegiatan facts by code from a list of them anywhere in the document (a flat export's own sheet).
    _roster: dict[str, dict[str, str]] = field(default_factory=dict)
    _inferred: dict[str, str] = field(default_factory=dict)
    _decisions: list[str] = field(default_factory=list)
    _uraian_span: tuple[int, ...] = ()
    _koefisien_span: tuple[int, ...] = ()
    _account_name_col: int | None = None
    _ocr: bool = False
    _sheet_facts: SheetFacts = field(default_factory=SheetFacts)

    def __post_init__(self) -> None:
        self.report.source = self.source

    def feed(self, table: Table, page_text: str = "") -> None:
        """Read one table; ``page_text`` is the text of its page, for a header block the table lost."""
        rows = table.rows
        self._roster.update(sub_kegiatan_roster(rows))
        sheet = table.sheet or (f"hal. {table.page}" if table.page else None)
        self._ocr = table.page in self.ocr_pages
        trace = self.report.table(table_name(table), len(rows))
        text_facts = text_fact_rows(page_text) if page_text else []
        index = 0
        first = self._find_header(rows, 0, len(rows))
        if first is None and (split := split_unit_and_price(rows, RKA_COLUMNS)) is not None:
            rows = split
            first = self._find_header(rows, 0, len(rows))
            trace.decisions.append("a column read as unit and price (and total) together split back")
        if first is None and (split := split_name_and_count(rows, RKA_COLUMNS)) is not None:
            rows = split
            first = self._find_header(rows, 0, len(rows))
            trace.decisions.append("a column read as name and count together split back")
        width = max((len(row) for row in rows), default=0)
        text_header = header_in_text(page_text, RKA_COLUMNS, width, _REQUIRED) if first is None else None
        if text_header is not None:
            # A scan's header line read as page text above the table's body: the body's header.
            rows = [text_header, *rows]
            trace.decisions.append("column header read from the page text above the table")
            first = self._find_header(rows, 0, len(rows))
        if first is None and (with_column := column_in_text(rows, page_text, RKA_COLUMNS, _REQUIRED)):
            rows, width = with_column, width + 1
            trace.decisions.append("a column printed apart read back from the page text")
            first = self._find_header(rows, 0, len(rows))
        continues = first is None or (first.top <= 2 and first.columns == self._columns)
        if self._book.draft is not None and self._names_another_sub([*text_facts, *self._pending_meta]):
            # The page text (or a header-less table above, such as the indicator block) opens the
            # next sub-kegiatan above a same-shaped table.
            continues = False
        if self._book.draft is not None and table.sheet and is_sub_kegiatan_code(table.sheet):
            continues = table.sheet == self._book.draft.sheet  # a sheet named by its own sub-kegiatan
        if (
            self._book.draft is not None
            and first is None
            and not continues
            and self._columns is not None
            and any(self._priced(row) for row in rows)
        ):
            # The page's text opens the next sub-kegiatan above lines that go on under the
            # columns of the table before (a printout's page cut from a table joined across pages).
            trace.note = "no header of its own: read under the previous table's columns"
            self._book.finish()
            self._open_draft([*self._pending_meta, *text_facts], sheet, table, trace)
            self.meta_rows.append(page_text)
            self._pending_meta = []
            self._body().read(rows, 0, sheet, trace)
            return
        if self._book.draft is not None and continues:
            # A page break inside the open sub-kegiatan (its header may be repeated on top).
            trace.note = "no header of its own: read as a continuation of the previous table"
            if first is None and (joined := join_split_column(rows, self._width)) is not None:
                rows = joined
                trace.decisions.append("two columns never filled together joined back into one")
            elif (
                first is None
                and self._columns
                and (restored := restore_dropped_column(rows, self._columns, self._width))
            ):
                rows = restored
                trace.decisions.append("a column left empty on the page put back where the table had it")
            trace.columns = (
                {name: f"column {col + 1}" for name, col in self._columns.items()} if self._columns else {}
            )
            index = self._body().read(rows, first.row + 1 if first else 0, sheet, trace)
        while index < len(rows):
            # A long header block may put the first table far down; later tables follow closely.
            header = self._find_header(rows, index, 60 if self._book.draft is not None else len(rows))
            if (
                header is None
                and self._book.draft is None
                and (header := self._header_from_body(rows, index))
            ):
                self.report.warn(
                    IntakeWarningKind.COLUMNS_FROM_CONTENTS,
                    trace.where,
                    "; ".join(f"{name} = {why}" for name, why in self._inferred.items()),
                )
            headerless = self._headerless_sub(rows, index, header.top if header else len(rows))
            if headerless is not None:
                # The next sub-kegiatan named by its facts rows only, its lines under the columns
                # of the table above (one table for several sub-kegiatan).
                self._book.finish()
                self._open_draft(rows[index:headerless], sheet, table, trace)
                index = self._body().read(rows, headerless, sheet, trace, end=header.top if header else None)
                continue
            if header is None:
                # Rows before any RKA table (an indicator block printed as its own table, or the
                # next sub-kegiatan's header block) are the header facts of the table that follows.
                # The page's text facts go with them: the page's RKA table gets no page text.
                self._pending_meta.extend([*rows[index:], *text_facts])
                if text_facts:
                    self.meta_rows.append(page_text)
                text_facts = []
                if self._book.draft is None and trace.note is None:
                    trace.note = (
                        f"no RKA column header (needs {', '.join(_REQUIRED)}): rows kept as header facts"
                    )
                break
            self._book.finish()
            # Facts in the table's own rows win; rows of a header-less table before it and the
            # page text fill what the table lost.
            block = [*rows[index : max(index, header.top)], *self._pending_meta, *text_facts]
            if text_facts:
                self.meta_rows.append(page_text)  # the title lines name the fiscal year
            self._pending_meta, text_facts = [], []
            self._columns = {**header.columns, **sub_kegiatan_column(rows, header)}
            self._width = width
            self._uraian_span = uraian_span(rows, header)
            self._koefisien_span = koefisien_span(rows, header)
            self._account_name_col = account_name_column(rows, header)
            trace.header_row = header.row if header.row >= 0 else None  # above the table
            trace.columns = header_labels(rows, header)
            for name, why in self._inferred.items():
                trace.columns[name] = f"read from contents: {why}"
            trace.decisions.extend(self._decisions)
            self._open_draft(block, sheet, table, trace)
            index = self._body().read(rows, header.row + 1, sheet, trace)

    def feed_isolated(self, table: Table, page_text: str = "") -> None:
        """``feed``, with a table that breaks the reader left out (and said so) instead of the
        whole document: a workbook's odd recap sheet must not cost its RKA sheets."""
        tables_before = len(self.report.tables)
        try:
            self.feed(table, page_text)
        except Exception as exc:  # whatever broke, it broke this table only
            where = table_name(table)
            self._pending_meta = []
            cause = _failure(exc)
            if len(self.report.tables) > tables_before:
                self.report.tables[-1].note = f"not read: {cause}"[:200]
            self.report.warn(IntakeWarningKind.TABLE_NOT_READ, where, cause[:200])

    def _open_draft(
        self, block: Sequence[Sequence[CellValue]], sheet: str | None, table: Table, trace: TableIntake
    ) -> None:
        self.meta_rows.extend(" ".join(str(v) for v in row if isinstance(v, str)) for row in block)
        meta = block_facts(block)
        self._sheet_facts.share(meta, sheet)
        self.organisasi = self.organisasi or meta.get("organisasi")
        trace.facts.update(meta)
        self._book.draft = SubKegiatanDraft(meta=meta, sheet=sheet, page_only=table.sheet is None)

    def _headerless_sub(self, rows: Sequence[Sequence[CellValue]], start: int, limit: int) -> int | None:
        """Where the lines of a sub-kegiatan without a column header of its own begin: its facts
        rows (``Sub Kegiatan : ...``) at ``start``, then priced rows before ``limit`` (the next
        header). None when nothing but facts lies between."""
        if self._columns is None or self._book.draft is None or start >= limit:
            return None
        body = start
        while body < limit and (is_blank(rows[body]) or facts_row(rows[body])):
            body += 1
        if body == start or not any(self._priced(rows[k]) for k in range(body, limit)):
            return None
        return body

    def _priced(self, row: Sequence[CellValue]) -> bool:
        assert self._columns is not None
        return is_priced(row, self._columns, self._uraian_span)

    def _find_header(self, rows: Sequence[Sequence[CellValue]], start: int, scan: int) -> HeaderMatch | None:
        return self._use_header(find_header(rows, start, scan))

    def _header_from_body(self, rows: Sequence[Sequence[CellValue]], start: int) -> HeaderMatch | None:
        found = header_from_body(rows, start)
        if found is not None and found.fact_row is not None:
            self._pending_meta.append(found.fact_row)
        return self._use_header(found)

    def _use_header(self, found: FoundHeader | None) -> HeaderMatch | None:
        """The header found, keeping how its columns were told for the table's intake trace."""
        if found is None:
            return None
        self._inferred, self._decisions = found.inferred, found.decisions
        return found.match

    def _names_another_sub(self, text_facts: Sequence[Sequence[CellValue]]) -> bool:
        assert self._book.draft is not None
        facts: dict[str, str] = {}
        for row in text_facts:
            read_meta(row, facts, {})
        named = facts.get("sub_kegiatan")
        return named is not None and named != self._book.draft.meta.get("sub_kegiatan")

    def _body(self) -> TableBody:
        """The reader of a body under the table's columns (its ``read`` consumes the rows and
        returns where a new header block begins)."""
        assert self._columns is not None
        return TableBody(
            columns=self._columns,
            inferred=self._inferred,
            uraian_span=self._uraian_span,
            koefisien_span=self._koefisien_span,
            account_name_col=self._account_name_col,
            ocr=self._ocr,
            book=self._book,
            report=self.report,
        )

    def result(self, *, opd: str | None, fiscal_year: int | None, rka_id: str | None) -> Rka:
        self._book.finish()
        self._book.subs = [named_by_roster(sub, self._roster) for sub in self._book.subs]
        if not self._book.subs:
            raise EmptyIntake.of(self.report, "budget lines (a table with Uraian, Harga Satuan and Jumlah)")
        # No labelled organisation: the title lines above the table may name the OPD.
        opd_code, opd_name = split_code_name(self.organisasi or organisation_in_titles(self.meta_rows))
        return Rka(
            rka_id=rka_id,
            opd=opd or _opd_from(opd_code, opd_name),
            opd_name=opd_name or None,
            fiscal_year=fiscal_year or detect_year(" ".join(self.meta_rows)),
            source=self.source,
            sub_kegiatan=self._book.subs,
            intake_warnings=self.report.warnings,
        )


def _opd_from(code: str | None, name: str | None) -> str:
    if code:
        return code
    if name:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
        return initials[:20] or "OPD"
    return "OPD"
