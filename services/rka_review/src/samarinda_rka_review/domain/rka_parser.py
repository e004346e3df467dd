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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from samarinda_common.extracted import CellValue, Page, Table
from samarinda_common.intake import EmptyIntake, IntakeReport, TableIntake
from samarinda_common.price_catalogue import (
    cell,
    cell_text,
    detect_header,
    detect_year,
    header_labels,
    is_column_numbering,
    normalise_label,
    parse_decimal,
    parse_rupiah,
    table_name,
)
from samarinda_common.rka import AccountGroup, Rka, RkaLine, SubKegiatan

from samarinda_rka_review.domain.rules import RKA_LAYOUT

RKA_COLUMNS = RKA_LAYOUT.columns
_REQUIRED = RKA_LAYOUT.required_columns

_META_KEYS = RKA_LAYOUT.header_facts
_ACCOUNT_CODE = re.compile(r"^\d+(\.\d+)+$")
_LINE_NO = re.compile(r"^\d{1,5}[a-zA-Z]?(\.\d{1,4})*\.?$")
_TOTAL_LABEL = re.compile(r"(?i)^(jumlah|total|sub\s*total)\b")
_KOEFISIEN_FACTOR = re.compile(r"(\d[\d.,]*)\s*([A-Za-z/()]*)")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
# SIPD sub-groups under an account (``[#] Alat Tulis Kantor``, ``[-] Keterangan``): labels, not lines.
_SUBGROUP_MARK = re.compile(r"^\[\s*[#\-]\s*\]")
_TEXT_FACT = re.compile(r"^\s*([A-Za-z][A-Za-z ./-]{1,40}?)\s*:\s*(\S.*)$")
_TRAILING_TARGET = re.compile(r"^(.*\D)\s+(\d[\d.,]*\s*%?\s*[A-Za-z]*)$")
# ``Sub Kegiatan 2.16.02.1.01.0004 - Diseminasi ...``: a scan's OCR loses the small colon; a fact
# is then its label followed by a SIPD code and name.
_LABEL_THEN_CODE = re.compile(r"^\s*([A-Za-z][A-Za-z ./-]{1,40}?)\s+(\d+(?:\.\d+)*\s*[-–]\s*\S.*)$")


def parse_koefisien(text: str | None) -> Decimal | None:
    """``10 Orang x 2 Kali`` → 20; ``0,5 Tahun`` → 0.5; ``2.000 Pasang`` → 2000; None when it
    holds no number."""
    if not text:
        return None
    product: Decimal | None = None
    for part in re.split(r"\s*[xX×*]\s*(?=\d)", text.strip()):
        match = _KOEFISIEN_FACTOR.match(part.strip())
        if not match:
            continue
        # Koefisien are counts written the Indonesian way: a dot before three digits groups
        # thousands (SIPD writes fractions with a comma, ``0,5``).
        digits = match.group(1).rstrip(".,")
        number = parse_decimal(digits, money=bool(_DOTTED_THOUSANDS.fullmatch(digits)))
        if number is None:
            continue
        product = number if product is None else product * number
    return product


def parse_ppn(value: CellValue) -> Decimal | None:
    """The PPN rate in percent. A spreadsheet percentage cell holds a fraction (0.11 shown as
    11%); no PPN rate lies strictly between 0 and 1 percent, so such a number is a fraction."""
    rate = parse_decimal(value)
    if rate is not None and 0 < rate < 1 and not (isinstance(value, str) and "%" in value):
        return rate * 100
    return rate


def split_code_name(value: str | None) -> tuple[str | None, str]:
    """``1.01.01.2.06.0009 - Penyelenggaraan Rapat`` → (code, name)."""
    text = (value or "").strip()
    match = re.match(r"^([\d.]+\d)\s*[-–:]?\s*(.*)$", text)
    if match and match.group(2):
        return match.group(1), match.group(2).strip()
    return None, text


@dataclass
class _SubKegiatanDraft:
    meta: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    lines: list[RkaLine] = field(default_factory=list)
    groups: list[AccountGroup] = field(default_factory=list)
    open_groups: list[AccountGroup] = field(default_factory=list)
    declared_total: int | None = None
    page_only: bool = False  # ``sheet`` is a page label (``hal. 1``), not a name a person gave

    def close(self) -> SubKegiatan | None:
        if not self.lines:
            return None
        kode, nama = split_code_name(self.meta.get("sub_kegiatan"))
        return SubKegiatan(
            kode=kode,
            nama=nama or (self.sheet or "Sub kegiatan"),
            named=bool(nama) or not self.page_only,
            program=self.meta.get("program"),
            kegiatan=self.meta.get("kegiatan"),
            indikator=self.meta.get("keluaran"),
            target=self.meta.get("target"),
            urusan=self.meta.get("urusan"),
            lokasi=self.meta.get("lokasi"),
            sheet=self.sheet,
            lines=self.lines,
            groups=self.groups,
            declared_total=self.declared_total,
        )


def _meta_key(label: str) -> str | None:
    best: tuple[int, str] | None = None
    for key, aliases in _META_KEYS.items():
        for alias in aliases:
            if label == alias or label.startswith(alias + " "):
                candidate = (len(alias), key)
                best = candidate if best is None or candidate > best else best
    return best[1] if best else None


def _read_meta(row: Sequence[CellValue], meta: dict[str, str], indicator_cols: dict[str, int]) -> None:
    texts = [(i, str(v).strip()) for i, v in enumerate(row) if v not in (None, "") and str(v).strip()]
    if not texts:
        return
    first_col, first = texts[0]
    label_text, _, inline_value = first.partition(":")
    label = normalise_label(label_text)
    if label == "indikator" or "tolok ukur" in [normalise_label(t) for _, t in texts]:
        for col, text in texts:
            name = normalise_label(text)
            if name in ("tolok ukur", "target", "indikator"):
                indicator_cols[name] = col
        return
    key = _meta_key(label)
    if key is None:
        return
    values = [t for c, t in texts[1:] if t != ":" and c > first_col]
    if inline_value.strip():
        values.insert(0, inline_value.strip())
    if not values:
        return
    if key == "keluaran":
        tolok_col, target_col = indicator_cols.get("tolok ukur"), indicator_cols.get("target")
        by_col = {c: t for c, t in texts[1:]}
        meta.setdefault("keluaran", by_col.get(tolok_col, values[0]) if tolok_col is not None else values[0])
        target = (
            by_col.get(target_col) if target_col is not None else (values[1] if len(values) > 1 else None)
        )
        if target:
            meta.setdefault("target", target)
        return
    meta.setdefault(key, values[0])


def text_fact_rows(text: str) -> list[list[CellValue]]:
    """Header facts in a page's text, as one-row tables ``[label, value]`` for ``_read_meta``.

    Only ``Label : value`` lines whose label is exactly a known fact are taken (a table row in the
    same text such as ``Program pelatihan ...`` is not a fact), ``Label code - name`` lines whose
    colon the OCR lost, plus the ``Keluaran <tolok ukur>
    <target>`` line of the indicator block, which a printout writes without a colon."""
    rows: list[list[CellValue]] = []
    for line in text.splitlines():
        match = _TEXT_FACT.match(line) or _LABEL_THEN_CODE.match(line)
        if match and _exact_meta_key(normalise_label(match.group(1))):
            rows.append([match.group(1).strip(), match.group(2).strip()])
            continue
        head, _, rest = line.strip().partition(" ")
        if rest and _exact_meta_key(normalise_label(head)) == "keluaran":
            target = _TRAILING_TARGET.match(rest.strip())
            rows.append([head, *(target.groups() if target else (rest.strip(),))])
    return rows


def _exact_meta_key(label: str) -> str | None:
    return next((key for key, aliases in _META_KEYS.items() if label in aliases), None)


def _unreadable_line_no(no: str) -> bool:
    """A No cell of one to three glyphs without a digit or a letter run of a word."""
    return len(no) <= 3 and not any(ch.isdigit() for ch in no) and not _LINE_NO.match(no)


def _is_blank(row: Sequence[CellValue]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


@dataclass
class RkaTableParser:
    """Walks tables in order; keeps state so that continuation pages join their sub-kegiatan."""

    source: str | None = None
    subs: list[SubKegiatan] = field(default_factory=list)
    meta_rows: list[str] = field(default_factory=list)
    organisasi: str | None = None
    warnings: list[str] = field(default_factory=list)
    report: IntakeReport = field(default_factory=lambda: IntakeReport(kind="rka"))
    _columns: dict[str, int] | None = None
    _draft: _SubKegiatanDraft | None = None
    _pending_meta: list[Sequence[CellValue]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.report.source = self.source

    def feed(self, table: Table, page_text: str = "") -> None:
        """Read one table; ``page_text`` is the text of its page, for a header block the table lost."""
        rows = table.rows
        sheet = table.sheet or (f"hal. {table.page}" if table.page else None)
        trace = self.report.table(table_name(table), len(rows))
        text_facts = text_fact_rows(page_text) if page_text else []
        index = 0
        first = detect_header(rows, RKA_COLUMNS, _REQUIRED, scan=len(rows))
        continues = first is None or (first.row <= 2 and first.columns == self._columns)
        if self._draft is not None and self._names_another_sub(text_facts):
            continues = False  # the page text opens the next sub-kegiatan above a same-shaped table
        if self._draft is not None and continues:
            # A page break inside the open sub-kegiatan (its header may be repeated on top).
            trace.note = "no header of its own: read as a continuation of the previous table"
            trace.columns = (
                {name: f"column {col + 1}" for name, col in self._columns.items()} if self._columns else {}
            )
            index = self._body(rows, first.row + 1 if first else 0, sheet, trace)
        while index < len(rows):
            header = detect_header(rows, RKA_COLUMNS, _REQUIRED, start=index)
            if header is None:
                # Rows before any RKA table (an indicator block printed as its own table, or the
                # next sub-kegiatan's header block) are the header facts of the table that follows.
                self._pending_meta.extend(rows[index:])
                if self._draft is None and trace.note is None:
                    trace.note = (
                        f"no RKA column header (needs {', '.join(_REQUIRED)}): rows kept as header facts"
                    )
                break
            self._finish()
            meta: dict[str, str] = {}
            indicator_cols: dict[str, int] = {}
            # Facts in the table's own rows win; rows of a header-less table before it and the
            # page text fill what the table lost.
            block = [*rows[index : header.row], *self._pending_meta, *text_facts]
            if text_facts:
                self.meta_rows.append(page_text)  # the title lines name the fiscal year
            self._pending_meta, text_facts = [], []
            for row in block:
                self.meta_rows.append(" ".join(str(v) for v in row if isinstance(v, str)))
                _read_meta(row, meta, indicator_cols)
            self.organisasi = self.organisasi or meta.get("organisasi")
            trace.facts.update(meta)
            self._columns = header.columns
            trace.header_row = header.row
            trace.columns = header_labels(rows, header)
            self._draft = _SubKegiatanDraft(meta=meta, sheet=sheet, page_only=table.sheet is None)
            index = self._body(rows, header.row + 1, sheet, trace)

    def _names_another_sub(self, text_facts: Sequence[Sequence[CellValue]]) -> bool:
        assert self._draft is not None
        facts: dict[str, str] = {}
        for row in text_facts:
            _read_meta(row, facts, {})
        named = facts.get("sub_kegiatan")
        return named is not None and named != self._draft.meta.get("sub_kegiatan")

    def _body(
        self, rows: Sequence[Sequence[CellValue]], start: int, sheet: str | None, trace: TableIntake
    ) -> int:
        """Consume table rows from ``start``; return where a new header block begins."""
        assert self._draft is not None and self._columns is not None
        columns, draft = self._columns, self._draft
        numbered = "no" in columns
        for index in range(start, len(rows)):
            row = rows[index]
            if _is_blank(row):
                continue
            no = cell_text(row, columns, "no")
            kode = cell_text(row, columns, "kode_rekening")
            uraian = cell_text(row, columns, "uraian") or ""
            first_label = normalise_label(next((v for v in row if isinstance(v, str) and v.strip()), ""))
            if _meta_key(first_label.partition(":")[0].strip()) in ("sub_kegiatan", "program", "kegiatan"):
                return index  # the next sub-kegiatan's header block
            if no and _unreadable_line_no(no) and self._unnumbered_line_refusal(row, columns, uraian) is None:
                # A scan's OCR reads a lone digit in the No column as a stray glyph ("N", "$",
                # "no"): a row that is a budget line in every other cell is one all the same.
                draft.lines.append(self._line(row, columns, self._next_line_id(), kode, uraian, sheet, index))
                trace.accepted += 1
                continue
            if no and normalise_label(no) in RKA_COLUMNS["no"]:
                trace.skip(index, "repeated header", row)
                continue
            if is_column_numbering(row):
                trace.skip(index, "column numbering row", row)
                continue
            if no and _LINE_NO.match(no) and no.count(".") < 3:
                draft.lines.append(self._line(row, columns, no, kode, uraian, sheet, index))
                trace.accepted += 1
                continue
            if kode and _ACCOUNT_CODE.match(kode):
                self._open_group(kode, uraian or None, parse_rupiah(cell(row, columns, "jumlah")), index)
                continue
            label = uraian or first_label
            if _TOTAL_LABEL.match(label.strip()):
                draft.declared_total = parse_rupiah(cell(row, columns, "jumlah"))
                continue
            reason = self._unnumbered_line_refusal(row, columns, uraian) if not numbered else "no line number"
            if reason is None:
                draft.lines.append(
                    self._line(row, columns, str(len(draft.lines) + 1), kode, uraian, sheet, index)
                )
                trace.accepted += 1
            else:
                trace.skip(index, reason, row)
        return len(rows)

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

    @staticmethod
    def _unnumbered_line_refusal(
        row: Sequence[CellValue], columns: dict[str, int], uraian: str
    ) -> str | None:
        """Why a row of a table without a No column is not a budget line (None: it is one)."""
        if not re.search(r"[A-Za-z]", uraian):
            return "no description (Uraian empty)"
        if _SUBGROUP_MARK.match(uraian):
            return "sub-group label"
        harga = parse_rupiah(cell(row, columns, "harga_satuan"))
        if harga is None or harga <= 0:
            return "no unit price"
        return None

    def _open_group(self, kode: str, uraian: str | None, subtotal: int | None, row: int) -> None:
        assert self._draft is not None
        draft = self._draft
        draft.open_groups = [g for g in draft.open_groups if kode.startswith(g.kode_rekening + ".")]
        group = AccountGroup(kode_rekening=kode, uraian=uraian, declared_subtotal=subtotal, row=row)
        draft.groups.append(group)
        draft.open_groups.append(group)

    def _line(
        self,
        row: Sequence[CellValue],
        columns: dict[str, int],
        no: str,
        kode: str | None,
        uraian: str,
        sheet: str | None,
        index: int,
    ) -> RkaLine:
        assert self._draft is not None
        koefisien = cell_text(row, columns, "koefisien")
        volume = parse_decimal(cell(row, columns, "volume"))
        if volume is None:
            volume = parse_koefisien(koefisien) or Decimal(0)
        group = self._draft.open_groups[-1] if self._draft.open_groups else None
        line = RkaLine(
            line_id=no.rstrip("."),
            kode_rekening=kode
            if kode and _ACCOUNT_CODE.match(kode)
            else (group.kode_rekening if group else None),
            account_name=group.uraian if group else None,
            uraian=uraian,
            spesifikasi=cell_text(row, columns, "spesifikasi"),
            koefisien=koefisien,
            volume=volume,
            satuan=cell_text(row, columns, "satuan"),
            harga_satuan=parse_rupiah(cell(row, columns, "harga_satuan")) or 0,
            ppn_percent=parse_ppn(cell(row, columns, "ppn")) if "ppn" in columns else None,
            jumlah=parse_rupiah(cell(row, columns, "jumlah")) or 0,
            sheet=sheet,
            row=index,
        )
        for open_group in self._draft.open_groups:
            open_group.line_ids.append(line.line_id)
        return line

    def _finish(self) -> None:
        if self._draft is not None:
            sub = self._draft.close()
            if sub is not None:
                self.subs.append(sub)
        self._draft = None

    def result(self, *, opd: str | None, fiscal_year: int | None, rka_id: str | None) -> Rka:
        self._finish()
        if not self.subs:
            raise EmptyIntake.of(self.report, "budget lines (a table with Uraian, Harga Satuan and Jumlah)")
        opd_code, opd_name = split_code_name(self.organisasi)
        return Rka(
            rka_id=rka_id,
            opd=opd or _opd_from(opd_code, opd_name),
            opd_name=opd_name or None,
            fiscal_year=fiscal_year or detect_year(" ".join(self.meta_rows)),
            source=self.source,
            sub_kegiatan=self.subs,
        )


def _opd_from(code: str | None, name: str | None) -> str:
    if code:
        return code
    if name:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
        return initials[:20] or "OPD"
    return "OPD"


def read_rka_tables(
    tables: Sequence[Table], *, source: str | None = None, pages: Sequence[Page] = ()
) -> RkaTableParser:
    """Feed every table (with its page's text) to a parser; its ``report`` says what was read."""
    page_text = {page.number: page.text for page in pages}
    parser = RkaTableParser(source=source)
    seen_pages: set[int] = set()
    for table in tables:
        # A page's text serves the first table on it only: later tables have their header above.
        text = page_text.get(table.page, "") if table.page and table.page not in seen_pages else ""
        if table.page:
            seen_pages.add(table.page)
        parser.feed(table, text)
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
