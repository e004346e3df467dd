"""One budget line (``RkaLine``) from a row under the table's columns: its koefisien, volume and
unit (with the unit overflow, the frequency column and a scan's run-in account row), its price
and total, its PPN rate, its account and SIPD sub-group.

Separate from the body's reader (``table_body``), which decides that a row is a line and which
account groups are open; this module only reads the line's figures and words, the same whichever
way it was told."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import cell, cell_text, parse_decimal, parse_rupiah
from samarinda_common.rka import AccountGroup, RkaLine

from samarinda_rka_review.domain.account_rows import account_name_in, written_account
from samarinda_rka_review.domain.figures import show_number
from samarinda_rka_review.domain.item_text import LIST_MARK, split_inline_spec, split_trailing_count
from samarinda_rka_review.domain.koefisien_cells import koefisien_units, split_koefisien
from samarinda_rka_review.domain.rka_columns import (
    frequency,
    parse_koefisien,
    quantity,
    rejoin_unit_overflow,
    spilled_words,
    volume_for,
)
from samarinda_rka_review.domain.run_in_rows import run_in_account, split_run_in_amounts
from samarinda_rka_review.domain.text import counted_unit, known_unit


def parse_ppn(value: CellValue) -> Decimal | None:
    """The PPN rate in percent. A spreadsheet percentage cell holds a fraction (0.11 shown as
    11%); no PPN rate lies strictly between 0 and 1 percent, so such a number is a fraction."""
    rate = parse_decimal(value)
    if rate is not None and 0 < rate < 1 and not (isinstance(value, str) and "%" in value):
        return rate * 100
    return rate


def _ppn_rate(value: CellValue, volume: Decimal, harga: int, jumlah: int) -> Decimal | None:
    """The PPN rate of a line; a PPN column in rupiah (``PPN (Rp)``: above any rate) gives it as
    a share of volume × harga. The tax in rupiah is the line's, or — when the total says so, as in
    sheets that also print a ``Harga Setelah PPN`` per unit — one unit's."""
    rate = parse_ppn(value)
    base = volume * harga
    if rate is None or rate <= 100 or base <= 0:
        return rate
    per_unit = volume != 1 and abs(base + rate * volume - jumlah) < abs(base + rate - jumlah)
    return (rate * 100 / (harga if per_unit else base)).quantize(Decimal("0.01"))


# An account row a scan banded into the line above it: (code, name, subtotal) of the group it opens.
RunInGroup = tuple[str, str, int | None]


@dataclass(frozen=True)
class LineSetting:
    """What a line row takes from where it stands, not from its own cells: how its table spreads
    the koefisien and the account name, whether its page was read by OCR, its innermost open
    account ``group`` and the SIPD ``subgroup`` labels over it. The body's reader keeps these."""

    koefisien_span: tuple[int, ...]
    account_name_col: int | None
    ocr: bool
    group: AccountGroup | None
    subgroup: str | None


def assemble_line(
    row: Sequence[CellValue],
    columns: dict[str, int],
    no: str,
    kode: str | None,
    uraian: str,
    sheet: str | None,
    index: int,
    setting: LineSetting,
) -> tuple[RkaLine, RunInGroup | None]:
    """The budget line a row states in its ``setting``; with the account group a scan ran into
    the row, if any (it opens for the lines below)."""
    koefisien_span, ocr, group = setting.koefisien_span, setting.ocr, setting.group
    koefisien = (
        split_koefisien(row, koefisien_span)
        if len(koefisien_span) > 1
        else cell_text(row, columns, "koefisien")
    )
    volume_cell = cell(row, columns, "volume")
    if volume_cell is None:
        # With no Volume column the koefisien is the count: words before it are the Uraian's.
        spilled, koefisien = spilled_words(koefisien, known_unit)
        uraian = f"{uraian} {spilled}" if spilled else uraian
    volume = parse_decimal(volume_cell)
    written_count = volume_cell if isinstance(volume_cell, str) else None
    if volume is None:
        # ``12 Rim`` under Volume, or only a Koefisien ``2 Orang x 3 Kali``
        volume = quantity(volume_cell)
        if not volume:
            volume, written_count = parse_koefisien(koefisien) or Decimal(0), koefisien
    satuan_cell, harga_cell = rejoin_unit_overflow(
        cell_text(row, columns, "satuan"), cell(row, columns, "harga_satuan"), known_unit
    )
    harga = parse_rupiah(harga_cell) or 0
    jumlah = parse_rupiah(cell(row, columns, "jumlah")) or 0
    run_in = run_in_account(uraian) if ocr else None
    run_in_subtotal: int | None = None
    if run_in is not None:
        # A scan banded the account row under this line into it: the line keeps its own part.
        uraian = run_in.item
        amounts = split_run_in_amounts(cell_text(row, columns, "jumlah") or "", int(volume * harga))
        if amounts is not None:
            jumlah, run_in_subtotal = amounts
    # ``1.000`` or ``1,000`` is a thousand or one: the reading the line's total follows.
    volume = volume_for(written_count, volume, harga, jumlah)
    satuan = satuan_cell
    if satuan is None or parse_decimal(satuan) is not None:
        written = volume_cell if isinstance(volume_cell, str) else koefisien
        satuan = koefisien_units(written) or satuan
    elif ocr and not known_unit(counted_unit(satuan)) and known_unit(koefisien_units(koefisien)):
        # A scan's small unit cell may come out as a stray glyph (``V`` for ``OK``): the
        # koefisien's units (``3 Org x 1 Kegiatan``) then say it.
        satuan = koefisien_units(koefisien)
    times = frequency(cell(row, columns, "frekuensi"))
    if times is not None and times != 1:
        # ``Vol | Satuan | Frek``: the line buys Vol × Frek; the koefisien says so.
        koefisien = koefisien or f"{show_number(volume)} {satuan or 'Unit'} x {show_number(times)} Kali"
        volume *= times
    uraian, written_koefisien = split_trailing_count(LIST_MARK.sub("", uraian), volume)
    koefisien = koefisien or written_koefisien
    spesifikasi = cell_text(row, columns, "spesifikasi")
    if spesifikasi is None:
        uraian, spesifikasi = split_inline_spec(uraian)
    written = written_account(kode)
    line = RkaLine(
        line_id=no.rstrip("."),
        kode_rekening=written[0] if written else (group.kode_rekening if group else None),
        account_name=account_name_in(row, setting.account_name_col)
        or (written[1] if written else None)
        or (group.uraian if group else None),
        uraian=uraian,
        spesifikasi=spesifikasi,
        koefisien=koefisien,
        volume=volume,
        satuan=satuan,
        harga_satuan=harga,
        ppn_percent=_ppn_rate(cell(row, columns, "ppn"), volume, harga, jumlah) if "ppn" in columns else None,
        jumlah=jumlah,
        subgroup=setting.subgroup,
        sheet=sheet,
        row=index,
        read_by_ocr=ocr,
    )
    return line, (run_in.code, run_in.name, run_in_subtotal) if run_in is not None else None
