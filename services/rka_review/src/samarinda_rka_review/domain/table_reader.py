"""The walk over an RKA's tables in order (``RkaTableParser``): where each sub-kegiatan begins and ends,
which rows are its header block, its lines, its account groups and its totals, how a table
without a header of its own continues the one before, and what the intake report says of each.

It holds the state between tables (the open sub-kegiatan, the columns, facts stated once for a
sheet) and asks the modules below it what each row and block is; the rules live there."""

from __future__ import annotations

import re
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field

from samarinda_common.extracted import CellValue, Table
from samarinda_common.intake import EmptyIntake, IntakeReport, IntakeWarningKind, TableIntake, row_preview
from samarinda_common.price_catalogue import (
    HeaderMatch,
    cell,
    cell_text,
    detect_year,
    header_labels,
    normalise_label,
    parse_rupiah,
    table_name,
)
from samarinda_common.rka import AccountGroup, Rka, RkaLine, SubKegiatan
from samarinda_common.table_rows import is_column_numbering

from samarinda_rka_review.domain.account_rows import (
    account_name_column,
    account_name_elsewhere,
    account_row_in_text,
)
from samarinda_rka_review.domain.column_header import FoundHeader, find_header, header_from_body, uraian_span
from samarinda_rka_review.domain.continuation_rows import continues_line_above
from samarinda_rka_review.domain.continued_columns import join_split_column, restore_dropped_column
from samarinda_rka_review.domain.fact_labels import LONG_CODED_FACTS
from samarinda_rka_review.domain.header_facts import name_below_code, read_meta, text_fact_rows
from samarinda_rka_review.domain.header_names import organisation_in_titles
from samarinda_rka_review.domain.koefisien_cells import koefisien_span
from samarinda_rka_review.domain.line_assembly import LineSetting, RunInGroup, assemble_line
from samarinda_rka_review.domain.merged_columns import split_unit_and_price
from samarinda_rka_review.domain.page_continuation import continues_page_before, joined
from samarinda_rka_review.domain.row_kinds import (
    ITEM_MARK,
    LINE_NO,
    SUBGROUP_MARK,
    TOTAL_LABEL,
    is_blank,
    is_heading,
    is_priced,
    unnumbered_line_refusal,
    unreadable_line_no,
    uraian_text,
)
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.section_rows import facts_row, first_text, opens_header_block, section_row
from samarinda_rka_review.domain.sipd_codes import (
    ACCOUNT_CODE,
    codes_under,
    is_sub_kegiatan_code,
    split_code_name,
)
from samarinda_rka_review.domain.sub_kegiatan_context import (
    ROW_SUB_COLUMNS,
    SubKegiatanDraft,
    named_by_roster,
    same_sub,
    sub_kegiatan_column,
    sub_kegiatan_roster,
)
from samarinda_rka_review.domain.text_header import header_in_text

RKA_COLUMNS = RKA_LAYOUT.columns
_REQUIRED = RKA_LAYOUT.required_columns


_SHARED_FACTS = ("program", "urusan")
# What sub-kegiatan of one table share when each line row names its own (a flat export).
_PARENT_FACTS = ("program", "kegiatan", "urusan", "organisasi")


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
    subs: list[SubKegiatan] = field(default_factory=list)
    meta_rows: list[str] = field(default_factory=list)
    organisasi: str | None = None
    report: IntakeReport = field(default_factory=lambda: IntakeReport(kind="rka"))
    _columns: dict[str, int] | None = None
    # How many columns the table of ``_columns`` has: a continuation split into one more is joined.
    _width: int = 0
    _draft: SubKegiatanDraft | None = None
    _pending_meta: list[Sequence[CellValue]] = field(default_factory=list)
    # Sub-kegiatan facts by code from a list of them anywhere in the document (a flat export's own sheet).
    _roster: dict[str, dict[str, str]] = field(default_factory=dict)
    _inferred: dict[str, str] = field(default_factory=dict)
    _decisions: list[str] = field(default_factory=list)
    _uraian_span: tuple[int, ...] = ()
    _koefisien_span: tuple[int, ...] = ()
    _account_name_col: int | None = None
    _ocr: bool = False
    # Facts a sheet states once above several sub-kegiatan (its program, its urusan).
    _shared_facts: dict[str, str] = field(default_factory=dict)
    _shared_sheet: str | None = None
    # Whether the last sub-kegiatan was read from a table named by its page only (``hal. 1``).
    _page_sub_last: bool = False

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
        width = max((len(row) for row in rows), default=0)
        text_header = header_in_text(page_text, RKA_COLUMNS, width, _REQUIRED) if first is None else None
        if text_header is not None:
            # A scan's header line read as page text above the table's body: the body's header.
            rows = [text_header, *rows]
            trace.decisions.append("column header read from the page text above the table")
            first = self._find_header(rows, 0, len(rows))
        continues = first is None or (first.top <= 2 and first.columns == self._columns)
        if self._draft is not None and self._names_another_sub([*text_facts, *self._pending_meta]):
            # The page text (or a header-less table above, such as the indicator block) opens the
            # next sub-kegiatan above a same-shaped table.
            continues = False
        if self._draft is not None and table.sheet and is_sub_kegiatan_code(table.sheet):
            continues = table.sheet == self._draft.sheet  # a sheet named by its own sub-kegiatan
        if (
            self._draft is not None
            and first is None
            and not continues
            and self._columns is not None
            and any(self._priced(row) for row in rows)
        ):
            # The page's text opens the next sub-kegiatan above lines that go on under the
            # columns of the table before (a printout's page cut from a table joined across pages).
            trace.note = "no header of its own: read under the previous table's columns"
            self._finish()
            self._open_draft([*self._pending_meta, *text_facts], [], sheet, table, trace)
            self.meta_rows.append(page_text)
            self._pending_meta = []
            self._body(rows, 0, sheet, trace)
            return
        if self._draft is not None and continues:
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
            index = self._body(rows, first.row + 1 if first else 0, sheet, trace)
        while index < len(rows):
            # A long header block may put the first table far down; later tables follow closely.
            header = self._find_header(rows, index, 60 if self._draft is not None else len(rows))
            if header is None and self._draft is None and (header := self._header_from_body(rows, index)):
                self.report.warn(
                    IntakeWarningKind.COLUMNS_FROM_CONTENTS,
                    trace.where,
                    "; ".join(f"{name} = {why}" for name, why in self._inferred.items()),
                )
            headerless = self._headerless_sub(rows, index, header.top if header else len(rows))
            if headerless is not None:
                # The next sub-kegiatan named by its facts rows only, its lines under the columns
                # of the table above (one table for several sub-kegiatan).
                self._finish()
                self._open_draft(rows[index:headerless], [], sheet, table, trace)
                index = self._body(rows, headerless, sheet, trace, end=header.top if header else None)
                continue
            if header is None:
                # Rows before any RKA table (an indicator block printed as its own table, or the
                # next sub-kegiatan's header block) are the header facts of the table that follows.
                # The page's text facts go with them: the page's RKA table gets no page text.
                self._pending_meta.extend([*rows[index:], *text_facts])
                if text_facts:
                    self.meta_rows.append(page_text)
                text_facts = []
                if self._draft is None and trace.note is None:
                    trace.note = (
                        f"no RKA column header (needs {', '.join(_REQUIRED)}): rows kept as header facts"
                    )
                break
            self._finish()
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
            self._open_draft(block, [], sheet, table, trace)
            index = self._body(rows, header.row + 1, sheet, trace)

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
        self,
        block: Sequence[Sequence[CellValue]],
        extra: Sequence[Sequence[CellValue]],
        sheet: str | None,
        table: Table,
        trace: TableIntake,
    ) -> None:
        meta: dict[str, str] = {}
        indicator_cols: dict[str, int] = {}
        # A fact read as its code alone (``SUB KEGIATAN 1.02...``): its name is on the row below.
        bare: str | None = None
        for row in [*block, *extra]:
            self.meta_rows.append(" ".join(str(v) for v in row if isinstance(v, str)))
            if bare is not None and (name := name_below_code(row)) is not None:
                meta[bare] = f"{meta[bare]} {name}"
                bare = None
                continue
            read_before = set(meta)
            read_meta(section_row(row), meta, indicator_cols)
            if not is_blank(row):
                new = (set(meta) - read_before) & set(LONG_CODED_FACTS)
                bare = next((k for k in new if not split_code_name(meta[k])[1]), None)
        if sheet != self._shared_sheet:
            self._shared_facts, self._shared_sheet = {}, sheet  # another sheet states its own
        for key in _SHARED_FACTS:
            if key in meta:
                self._shared_facts[key] = meta[key]
            elif key in self._shared_facts:
                meta[key] = self._shared_facts[key]  # a sub-kegiatan's section rows name only itself
        if "kegiatan" in meta:
            self._shared_facts["kegiatan"] = meta["kegiatan"]
        elif codes_under(meta.get("sub_kegiatan"), self._shared_facts.get("kegiatan")):
            # A kegiatan stated once above its sub-kegiatan: the sub-kegiatan's code says it is theirs.
            meta["kegiatan"] = self._shared_facts["kegiatan"]
        self.organisasi = self.organisasi or meta.get("organisasi")
        trace.facts.update(meta)
        self._draft = SubKegiatanDraft(meta=meta, sheet=sheet, page_only=table.sheet is None)

    def _headerless_sub(self, rows: Sequence[Sequence[CellValue]], start: int, limit: int) -> int | None:
        """Where the lines of a sub-kegiatan without a column header of its own begin: its facts
        rows (``Sub Kegiatan : ...``) at ``start``, then priced rows before ``limit`` (the next
        header). None when nothing but facts lies between."""
        if self._columns is None or self._draft is None or start >= limit:
            return None
        body = start
        while body < limit and (is_blank(rows[body]) or facts_row(rows[body])):
            body += 1
        if body == start or not any(self._priced(rows[k]) for k in range(body, limit)):
            return None
        return body

    def _codes_on_lines(self, rows: Sequence[Sequence[CellValue]], columns: dict[str, int]) -> bool:
        """Whether the account codes of a table stand on its priced lines (a flat export), not on
        group rows of their own: every row with a code is priced. One unpriced code row (a
        group) means a priced row with a code is a group row and a line run together."""
        coded = [row for row in rows if ACCOUNT_CODE.match(cell_text(row, columns, "kode_rekening") or "")]
        return bool(coded) and all(self._priced(row) for row in coded)

    def _priced(self, row: Sequence[CellValue]) -> bool:
        assert self._columns is not None
        return is_priced(row, self._columns, self._uraian_span)

    def _uraian(self, row: Sequence[CellValue]) -> str:
        assert self._columns is not None
        return uraian_text(row, self._columns, self._uraian_span)

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
        assert self._draft is not None
        facts: dict[str, str] = {}
        for row in text_facts:
            read_meta(row, facts, {})
        named = facts.get("sub_kegiatan")
        return named is not None and named != self._draft.meta.get("sub_kegiatan")

    def _body(
        self,
        rows: Sequence[Sequence[CellValue]],
        start: int,
        sheet: str | None,
        trace: TableIntake,
        end: int | None = None,
    ) -> int:
        """Consume table rows from ``start`` (to ``end``); return where a new header block begins."""
        assert self._draft is not None and self._columns is not None
        columns = self._columns
        # A No column read from contents is trusted on priced rows only (a notes table under the
        # lines is numbered too).
        numbered = "no" in columns and "no" not in self._inferred
        stop = len(rows) if end is None else end
        coded_lines = not numbered and self._codes_on_lines(rows[start:stop], columns)
        for index in range(start, stop):
            row = rows[index]
            if is_blank(row):
                continue
            try:
                if self._body_row(rows, index, sheet, trace, numbered=numbered, coded_lines=coded_lines):
                    return index  # the next sub-kegiatan's header block
            except Exception as exc:  # one odd row must not cost the whole document
                # A cell no reader foresaw (an overflowed amount, a value of an odd type): the
                # row is left out and said so; the table's other rows are read.
                why = f"unreadable row ({type(exc).__name__}): left out"
                trace.skip(index, why, row)
                where = f"{trace.where} row {index + 1}"
                self.report.warn(IntakeWarningKind.ROW_NOT_READ, where, row_preview(row))
        return stop

    def _body_row(
        self,
        rows: Sequence[Sequence[CellValue]],
        index: int,
        sheet: str | None,
        trace: TableIntake,
        *,
        numbered: bool,
        coded_lines: bool,
    ) -> bool:
        """Read one non-blank body row; True when it opens the next sub-kegiatan's header block."""
        assert self._columns is not None
        columns = self._columns
        row = rows[index]
        draft = self._sub_of_row(row, columns, sheet)
        no = cell_text(row, columns, "no")
        kode = cell_text(row, columns, "kode_rekening")
        uraian = self._uraian(row)
        first_label = normalise_label(first_text(row))
        if opens_header_block(row) in ("sub_kegiatan", "program", "kegiatan"):
            return True  # the next sub-kegiatan's header block
        if subgroup := SUBGROUP_MARK.match(uraian):
            # a label, skipped below as before; the lines under it carry it
            mark = "#" if "#" in subgroup.group(0) else "-"
            if mark == "#":
                draft.subgroups.clear()
            draft.subgroups[mark] = uraian
        if continues_line_above(draft.lines, rows, index, columns, uraian):
            trace.skip(index, "the line above continued (its uraian or spesifikasi)", row)
            return False
        if no and unreadable_line_no(no) and unnumbered_line_refusal(row, columns, uraian) is None:
            # A scan's OCR reads a lone digit in the No column as a stray glyph ("N", "$",
            # "no"): a row that is a budget line in every other cell is one all the same.
            line, run_in = assemble_line(
                row, columns, self._next_line_id(), kode, uraian, sheet, index, self._setting()
            )
            self._accept(line, run_in, index, trace)
            return False
        if no and normalise_label(no) in RKA_COLUMNS["no"]:
            trace.skip(index, "repeated header", row)
            return False
        if is_column_numbering(row):
            trace.skip(index, "column numbering row", row)
            return False
        if no and LINE_NO.match(no) and no.count(".") < 3 and is_heading(row, columns):
            # ``1 | Belanja Alat Tulis Kantor | | | | 1.250.000`` over lines ``1.1``, ``1.2``
            account: tuple[str, str] | None = account_row_in_text(row, columns, uraian)
            if account is not None:
                # A numbered heading that writes its account code is the lines' account group.
                self._open_group(*account, parse_rupiah(cell(row, columns, "jumlah")), index)
                return False
            trace.skip(index, "numbered heading (no price, quantity or unit): a group label", row)
            return False
        numbered_line = no and LINE_NO.match(no) and no.count(".") < 3
        if numbered_line and (numbered or unnumbered_line_refusal(row, columns, uraian) is None):
            line, run_in = assemble_line(row, columns, no, kode, uraian, sheet, index, self._setting())
            self._accept(line, run_in, index, trace)
            return False
        if no and ITEM_MARK.match(no) and unnumbered_line_refusal(row, columns, uraian) is None:
            # Lines lettered or numbered ``a.``/``1)`` under numbered groups: a line when priced.
            line, run_in = assemble_line(
                row, columns, no.rstrip(".)"), kode, uraian, sheet, index, self._setting()
            )
            self._accept(line, run_in, index, trace)
            return False
        if kode and ACCOUNT_CODE.match(kode) and coded_lines and self._priced(row):
            # A flat export writes each line's account code on the line itself: a priced row
            # is a line booked to that code, not the account's group row.
            line, run_in = assemble_line(
                row, columns, self._next_line_id(), kode, uraian, sheet, index, self._setting()
            )
            self._accept(line, run_in, index, trace)
            return False
        if kode and ACCOUNT_CODE.match(kode):
            name = uraian or account_name_elsewhere(row, columns)
            self._open_group(kode, name or None, parse_rupiah(cell(row, columns, "jumlah")), index)
            return False
        in_text: tuple[str, str] | None = account_row_in_text(row, columns, uraian)
        if in_text is not None:
            self._open_group(*in_text, parse_rupiah(cell(row, columns, "jumlah")), index)
            return False
        label = uraian or first_label
        if TOTAL_LABEL.match(label.strip()):
            draft.declared_total = parse_rupiah(cell(row, columns, "jumlah"))
            return False
        reason = unnumbered_line_refusal(row, columns, uraian) if not numbered else "no line number"
        if reason is None:
            # One column headed ``No Kode Rek`` holds the group rows' codes and the lines' No
            # (``A.3``): a line keeps its printed No, the key it is cited by.
            printed = kode if kode and LINE_NO.match(kode) and not ACCOUNT_CODE.match(kode) else None
            line_id = printed or str(len(draft.lines) + 1)
            kode = None if printed else kode
            line, run_in = assemble_line(row, columns, line_id, kode, uraian, sheet, index, self._setting())
            self._accept(line, run_in, index, trace)
        else:
            trace.skip(index, reason, row)
        return False

    def _sub_of_row(
        self, row: Sequence[CellValue], columns: dict[str, int], sheet: str | None
    ) -> SubKegiatanDraft:
        """The draft a line row belongs to: a flat export names each line's sub-kegiatan in its own
        columns, and a row naming another one than the open draft's opens that one."""
        assert self._draft is not None
        draft = self._draft
        named = " ".join(t for t in (cell_text(row, columns, f) for f in ROW_SUB_COLUMNS) if t)
        if not named or same_sub(named, draft.meta.get("sub_kegiatan")):
            return draft
        if not draft.lines:
            draft.meta["sub_kegiatan"] = named
            return draft
        meta = {key: value for key, value in draft.meta.items() if key in _PARENT_FACTS}
        meta["sub_kegiatan"] = named
        self._finish()
        self._draft = SubKegiatanDraft(meta=meta, sheet=sheet, page_only=draft.page_only)
        return self._draft

    def _next_line_id(self) -> str:
        """The number after the previous line's (or the count of lines), never one already used."""
        assert self._draft is not None
        lines = self._draft.lines
        previous = lines[-1].line_id if lines else "0"
        candidate = str(int(previous) + 1) if previous.isdigit() else str(len(lines) + 1)
        used = {line.line_id for line in lines}
        while candidate in used:
            candidate += "a"
        return candidate

    def _open_group(self, kode: str, uraian: str | None, subtotal: int | None, row: int) -> None:
        assert self._draft is not None
        draft = self._draft
        draft.subgroups.clear()  # a new account opens its own sub-groups
        draft.open_groups = [g for g in draft.open_groups if kode.startswith(g.kode_rekening + ".")]
        group = AccountGroup(kode_rekening=kode, uraian=uraian, declared_subtotal=subtotal, row=row)
        draft.groups.append(group)
        draft.open_groups.append(group)

    def _setting(self) -> LineSetting:
        """Where the next line stands: the table's columns as read, the open draft's groups."""
        assert self._draft is not None
        draft = self._draft
        return LineSetting(
            koefisien_span=self._koefisien_span,
            account_name_col=self._account_name_col,
            ocr=self._ocr,
            group=draft.open_groups[-1] if draft.open_groups else None,
            subgroup=" / ".join(draft.subgroups[m] for m in ("#", "-") if m in draft.subgroups) or None,
        )

    def _accept(self, line: RkaLine, run_in: RunInGroup | None, index: int, trace: TableIntake) -> None:
        """Book a line to the open draft and to every account group open over it; an account row
        a scan ran into the line (``run_in``) opens for the lines below."""
        assert self._draft is not None
        draft = self._draft
        for open_group in draft.open_groups:
            open_group.line_ids.append(line.line_id)
        if run_in is not None:
            kode, name, subtotal = run_in
            self._open_group(kode, name, subtotal, index)  # for the lines below
        draft.lines.append(line)
        trace.accepted += 1

    def _finish(self) -> None:
        if self._draft is not None:
            sub = self._draft.close()
            named = self._draft.meta.get("sub_kegiatan")
            if (
                sub is not None
                and self._draft.page_only
                and self._page_sub_last
                and continues_page_before(self.subs[-1], sub, named)
            ):
                self.subs[-1] = joined(self.subs[-1], sub)
                sub = None
            if sub is not None:
                self.subs.append(sub)
                self._page_sub_last = self._draft.page_only
        self._draft = None

    def result(self, *, opd: str | None, fiscal_year: int | None, rka_id: str | None) -> Rka:
        self._finish()
        self.subs = [named_by_roster(sub, self._roster) for sub in self.subs]
        if not self.subs:
            raise EmptyIntake.of(self.report, "budget lines (a table with Uraian, Harga Satuan and Jumlah)")
        # No labelled organisation: the title lines above the table may name the OPD.
        opd_code, opd_name = split_code_name(self.organisasi or organisation_in_titles(self.meta_rows))
        return Rka(
            rka_id=rka_id,
            opd=opd or _opd_from(opd_code, opd_name),
            opd_name=opd_name or None,
            fiscal_year=fiscal_year or detect_year(" ".join(self.meta_rows)),
            source=self.source,
            sub_kegiatan=self.subs,
            intake_warnings=self.report.warnings,
        )


def _opd_from(code: str | None, name: str | None) -> str:
    if code:
        return code
    if name:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
        return initials[:20] or "OPD"
    return "OPD"
