"""The rows of one table's body under its columns (``TableBody``): which row is a budget line, an
account group, a SIPD sub-group label, the sub-kegiatan's total, a repeated header, a line's
continuation or the next sub-kegiatan's header block, and each line booked to its draft.

Apart from the table walk (``table_reader``), which decides where a table's header and body lie
and which columns they are read under: this module reads a body it is handed, row by row, and
says where the next header block begins; what a row's cells say is asked of the modules below."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samarinda_common.extracted import CellValue
from samarinda_common.intake import IntakeReport, IntakeWarningKind, TableIntake, row_preview
from samarinda_common.price_catalogue import cell, cell_text, normalise_label, parse_rupiah
from samarinda_common.rka import RkaLine
from samarinda_common.table_rows import is_column_numbering

from samarinda_rka_review.domain.account_rows import account_name_elsewhere, account_row_in_text
from samarinda_rka_review.domain.continuation_rows import continues_line_above
from samarinda_rka_review.domain.line_assembly import LineSetting, RunInGroup, assemble_line
from samarinda_rka_review.domain.row_kinds import (
    ITEM_MARK,
    LINE_NO,
    SUBGROUP_MARK,
    TOTAL_LABEL,
    has_amount,
    is_blank,
    is_heading,
    is_priced,
    unnumbered_line_refusal,
    unreadable_line_no,
    uraian_text,
)
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.section_rows import block_start, first_text, opens_header_block
from samarinda_rka_review.domain.sipd_codes import ACCOUNT_CODE
from samarinda_rka_review.domain.sub_kegiatan_book import SubKegiatanBook


@dataclass
class TableBody:
    """A table's body as the walk found it: its columns (and those told from contents rather than
    a header), the spans of its Uraian and Koefisien, its account-name column, whether its page was
    read by OCR, and the book its sub-kegiatan's lines go to."""

    columns: dict[str, int]
    inferred: dict[str, str]
    uraian_span: tuple[int, ...]
    koefisien_span: tuple[int, ...]
    account_name_col: int | None
    ocr: bool
    book: SubKegiatanBook
    report: IntakeReport

    def read(
        self,
        rows: Sequence[Sequence[CellValue]],
        start: int,
        sheet: str | None,
        trace: TableIntake,
        end: int | None = None,
    ) -> int:
        """Consume table rows from ``start`` (to ``end``); return where a new header block begins."""
        assert self.book.draft is not None
        columns = self.columns
        # A No column read from contents is trusted on priced rows only (a notes table under the
        # lines is numbered too); so is one the author left empty on every priced row (a template's
        # No that nobody filled in numbers nothing).
        stop = len(rows) if end is None else end
        numbered = (
            "no" in columns and "no" not in self.inferred and self._numbers_lines(rows[start:stop], columns)
        )
        coded_lines = not numbered and self._codes_on_lines(rows[start:stop], columns)
        for index in range(start, stop):
            row = rows[index]
            if is_blank(row):
                continue
            try:
                if self._read_row(rows, index, sheet, trace, numbered=numbered, coded_lines=coded_lines):
                    return block_start(rows, index, start)  # the next sub-kegiatan's header block
            except Exception as exc:  # one odd row must not cost the whole document
                # A cell no reader foresaw (an overflowed amount, a value of an odd type): the
                # row is left out and said so; the table's other rows are read.
                why = f"unreadable row ({type(exc).__name__}): left out"
                trace.skip(index, why, row)
                where = f"{trace.where} row {index + 1}"
                self.report.warn(IntakeWarningKind.ROW_NOT_READ, where, row_preview(row))
        return stop

    def _read_row(
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
        columns = self.columns
        row = rows[index]
        draft = self.book.sub_of_row(row, columns, sheet)
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
                row, columns, draft.next_line_id(), kode, uraian, sheet, index, self._setting()
            )
            self._accept(line, run_in, index, trace)
            return False
        if no and normalise_label(no) in RKA_LAYOUT.columns["no"]:
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
                draft.open_group(*account, parse_rupiah(cell(row, columns, "jumlah")), index)
                return False
            trace.skip(index, "numbered heading (no price, quantity or unit): a group label", row)
            return False
        numbered_line = no and LINE_NO.match(no) and no.count(".") < 3 and has_amount(row, columns)
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
                row, columns, draft.next_line_id(), kode, uraian, sheet, index, self._setting()
            )
            self._accept(line, run_in, index, trace)
            return False
        if kode and ACCOUNT_CODE.match(kode):
            name = uraian or account_name_elsewhere(row, columns)
            draft.open_group(kode, name or None, parse_rupiah(cell(row, columns, "jumlah")), index)
            return False
        in_text: tuple[str, str] | None = account_row_in_text(row, columns, uraian)
        if in_text is not None:
            draft.open_group(*in_text, parse_rupiah(cell(row, columns, "jumlah")), index)
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

    def _numbers_lines(self, rows: Sequence[Sequence[CellValue]], columns: dict[str, int]) -> bool:
        """Whether the No column holds anything on a priced row of the body."""
        return any(cell_text(row, columns, "no") for row in rows if self._priced(row))

    def _codes_on_lines(self, rows: Sequence[Sequence[CellValue]], columns: dict[str, int]) -> bool:
        """Whether the account codes of a table stand on its priced lines (a flat export), not on
        group rows of their own: every row with a code is priced. One unpriced code row (a
        group) means a priced row with a code is a group row and a line run together."""
        coded = [row for row in rows if ACCOUNT_CODE.match(cell_text(row, columns, "kode_rekening") or "")]
        return bool(coded) and all(self._priced(row) for row in coded)

    def _priced(self, row: Sequence[CellValue]) -> bool:
        return is_priced(row, self.columns, self.uraian_span)

    def _uraian(self, row: Sequence[CellValue]) -> str:
        return uraian_text(row, self.columns, self.uraian_span)

    def _setting(self) -> LineSetting:
        """Where the next line stands: the table's columns as read, the open draft's groups."""
        assert self.book.draft is not None
        return LineSetting(
            koefisien_span=self.koefisien_span,
            account_name_col=self.account_name_col,
            ocr=self.ocr,
            group=self.book.draft.innermost_group,
            subgroup=self.book.draft.subgroup,
        )

    def _accept(self, line: RkaLine, run_in: RunInGroup | None, index: int, trace: TableIntake) -> None:
        """Book a line to the open draft and to every account group open over it; an account row
        a scan ran into the line (``run_in``) opens for the lines below."""
        assert self.book.draft is not None
        self.book.draft.add_line(line)
        if run_in is not None:
            kode, name, subtotal = run_in
            self.book.draft.open_group(kode, name, subtotal, index)  # for the lines below
        trace.accepted += 1
