"""A zoo of RKA and price-catalogue spreadsheet layouts, each with the lines a reader must find.

Why: intake that was written against a handful of sheets refuses sheets laid out by someone else
(an OPD staffer's hand-made Excel, a SIPD "RKA Rincian Belanja SKPD" export pasted into a
template, a catalogue with a title block and a merged two-row header). Every layout here is our
own invention: the items, prices, codes and sub-kegiatan are made up for this zoo and are not
taken from any evaluation set.

Each RKA layout is a :class:`RkaLayout` spec (columns with their header labels over 1-3 rows,
the block above the table, how account groups, totals, koefisien and prices are written, how
sub-kegiatan are spread over sheets) rendered by :func:`render_rka`, which returns the expected
lines next to the file. Catalogue layouts are rendered the same way by :func:`render_catalogue`.

``HOLDOUT`` names the layouts kept out of tuning: measure them, do not debug on them.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

# --- invented data ---------------------------------------------------------------------------------

ACCOUNTS = {
    "atk": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "cetak": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "mamin": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "honor": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, dan Panitia"),
    "perjadin": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "sewa": ("5.1.02.02.12.0003", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan"),
    "pc": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    "jaringan": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan"),
    "bbm": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "tenaga": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    "pemeliharaan": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Kendaraan Dinas Bermotor"),
}

# account key -> items (uraian, spesifikasi, satuan, harga, koefisien factors: second unit or None)
ITEMS: dict[str, list[tuple[str, str, str, int, str | None]]] = {
    "atk": [
        ("Kertas HVS A4", "70 gram, putih", "Rim", 58500, None),
        ("Map Plastik Kancing", "Folio, warna biru", "Buah", 4250, None),
        ("Pulpen Gel", "Tinta hitam 0,5 mm", "Buah", 6000, None),
        ("Ordner Folio", "Punggung 7 cm", "Buah", 32000, None),
        ("Lakban Bening", "Lebar 2 inci", "Roll", 14500, None),
        ("Spidol Papan Tulis", "Isi ulang, hitam", "Buah", 9800, None),
    ],
    "cetak": [
        ("Penggandaan Bahan Rapat", "Fotokopi A4 bolak-balik", "Lembar", 350, None),
        ("Cetak Spanduk Kegiatan", "Flexi 280 gram", "M2", 75000, None),
        ("Cetak Sertifikat Peserta", "Art carton 260 gram", "Lembar", 7500, None),
    ],
    "mamin": [
        ("Nasi Kotak Rapat", "Nasi, lauk 2 macam, buah", "Kotak", 45000, "Kali"),
        ("Kudapan Rapat", "2 jenis kue dan air mineral", "Kotak", 20000, "Kali"),
    ],
    "honor": [
        ("Honorarium Narasumber Eselon III", "Narasumber dari instansi vertikal", "OJ", 900000, "Jam"),
        ("Honorarium Moderator", "Pegawai daerah", "OK", 500000, "Kali"),
    ],
    "perjadin": [
        ("Uang Harian Dalam Provinsi", "Luar kota, dalam provinsi", "OH", 380000, "Hari"),
        ("Tiket Pesawat Samarinda - Jakarta PP", "Kelas ekonomi", "Orang", 3850000, None),
        ("Penginapan Hotel Golongan III", "Hotel bintang 3", "Malam", 750000, "Malam"),
    ],
    "sewa": [
        ("Sewa Tenda Sarnafil 6x6 m", "Termasuk pemasangan", "Unit", 1250000, "Hari"),
        ("Sewa Kursi Futura", "Dengan sarung kursi", "Buah", 8500, None),
    ],
    "pc": [
        ("Laptop Core i5 RAM 16 GB", "SSD 512 GB, layar 14 inci", "Unit", 14750000, None),
        ("Printer Multifungsi A4", "Print, scan, copy, tinta isi ulang", "Unit", 4350000, None),
    ],
    "jaringan": [
        ("Switch Managed 24 Port", "Gigabit, 4 port SFP", "Unit", 8900000, None),
        ("Access Point Outdoor", "Dual band, PoE", "Unit", 3200000, None),
    ],
    "bbm": [("Bahan Bakar Pertalite", "Kendaraan operasional", "Liter", 10000, "Bulan")],
    "tenaga": [("Tenaga Administrasi Kontrak", "Lulusan SMA", "OB", 3500000, "Bulan")],
    "pemeliharaan": [
        ("Servis Berkala Kendaraan Roda Empat", "Tune up dan ganti filter", "Kali", 1750000, None),
        ("Oli Mesin Kendaraan", "SAE 10W-40", "Liter", 95000, None),
    ],
}

SUB_KEGIATAN = [
    (
        "1.02.02.2.01.0014",
        "Pengelolaan Pelayanan Kesehatan Lanjut Usia",
        "1.02 - Urusan Pemerintahan Bidang Kesehatan",
        "1.02.02 - Program Pemenuhan Upaya Kesehatan Perorangan",
        "1.02.02.2.01 - Penyediaan Layanan Kesehatan untuk UKM dan UKP",
        "Jumlah lansia yang mendapat pelayanan kesehatan",
        "1.200 Orang",
        ["atk", "cetak", "mamin", "honor", "perjadin"],
    ),
    (
        "2.16.02.2.01.0003",
        "Pengelolaan Aplikasi Informatika Pemerintahan Daerah",
        "2.16 - Urusan Pemerintahan Bidang Komunikasi dan Informatika",
        "2.16.02 - Program Aplikasi Informatika",
        "2.16.02.2.01 - Pengelolaan E-Government di Lingkup Pemerintah Daerah",
        "Jumlah aplikasi yang dikelola",
        "8 Aplikasi",
        ["atk", "pc", "jaringan", "mamin", "tenaga"],
    ),
    (
        "5.01.01.2.02.0001",
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "5.01 - Unsur Penunjang Urusan Pemerintahan Bidang Perencanaan",
        "5.01.01 - Program Penunjang Urusan Pemerintahan Daerah",
        "5.01.01.2.02 - Perencanaan, Penganggaran, dan Evaluasi Kinerja",
        "Jumlah dokumen perencanaan yang disusun",
        "3 Dokumen",
        ["atk", "cetak", "mamin", "honor", "sewa"],
    ),
    (
        "2.09.02.2.01.0005",
        "Pemeliharaan Sarana Operasional Ketahanan Pangan",
        "2.09 - Urusan Pemerintahan Bidang Pangan",
        "2.09.02 - Program Peningkatan Diversifikasi dan Ketahanan Pangan",
        "2.09.02.2.01 - Penyediaan Infrastruktur Ketahanan Pangan",
        "Jumlah kendaraan operasional yang terpelihara",
        "4 Unit",
        ["bbm", "pemeliharaan", "atk", "perjadin"],
    ),
]
OPD = "1.02.0.00.0.00.01.0000 - Dinas Kesehatan Kota Contoh"


@dataclass(frozen=True)
class ExpectedLine:
    sub_kode: str | None
    uraian: str
    volume: float
    satuan: str
    harga: int
    jumlah: int
    kode_rekening: str | None


@dataclass(frozen=True)
class _Line:
    account: str
    uraian: str
    spesifikasi: str
    satuan: str
    harga: int
    factors: tuple[tuple[int, str], ...]  # (count, unit) multiplied into the volume
    ppn: int
    harga_missing: bool = False

    @property
    def volume(self) -> int:
        total = 1
        for count, _ in self.factors:
            total *= count
        return total

    @property
    def jumlah(self) -> int:
        base = self.volume * self.harga
        return base + base * self.ppn // 100


def _draw_lines(rng: random.Random, accounts: Sequence[str], ppn_share: float) -> list[_Line]:
    lines = []
    for account in rng.sample(list(accounts), k=min(len(accounts), rng.randint(3, 4))):
        for uraian, spek, satuan, harga, second in rng.sample(
            ITEMS[account], k=min(len(ITEMS[account]), rng.randint(1, 2))
        ):
            count = rng.choice([2, 3, 4, 5, 6, 10, 12, 20, 25, 40])
            factors: tuple[tuple[int, str], ...] = ((count, satuan),)
            if second is not None:
                factors = ((rng.choice([2, 3, 5, 10, 25]), "Orang"), (rng.choice([2, 3, 4, 12]), second))
            ppn = 11 if account in ("pc", "jaringan", "sewa") and rng.random() < ppn_share else 0
            lines.append(_Line(account, uraian, spek, satuan, harga, factors, ppn))
    return lines


# --- layout specs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    """One column: its role and its header labels top-down (the last one spans to the body)."""

    role: str  # no kode uraian spek koef vol sat volsat harga ppn jumlah ket sumber lokasi blank
    # ... ketkoef (a notes column holding the koefisien), helper (a number beside the table)
    labels: tuple[str | None, ...]


def cols(*spec: tuple[str, str | tuple[str | None, ...]]) -> tuple[Col, ...]:
    return tuple(Col(role, (label,) if isinstance(label, str) else label) for role, label in spec)


@dataclass(frozen=True)
class RkaLayout:
    name: str
    columns: tuple[Col, ...]
    preamble: str = "none"  # none | title | sipd | colon_cols | inline | two_blocks | indicator
    numbering_row: bool = False
    line_no: str = "none"  # none | int | dotted | text
    groups: str = "kode_col"  # none | kode_col | in_uraian | merged_row | roman ...
    group_subtotal: bool = True
    total_row: str | None = "Jumlah"
    price: str = "num"  # num | rp | id | mixed
    koef: str = "text"  # text | simple (vol number in Koefisien) | unit_text ("12 OB")
    subs: str = "one"  # one | stacked | per_sheet
    extra_sheets: tuple[str, ...] = ()  # sheets without lines: Ringkasan, Petunjuk (before the RKA)
    start_col: int = 0
    blank_rows: bool = False
    missing_harga: bool = False
    header_breaks: bool = False  # labels with line breaks ("Harga\nSatuan")
    fmt: str = "xlsx"  # xlsx | csv
    seed: int = 0
    ppn_share: float = 0.0
    hierarchy: bool = False  # SIPD account hierarchy rows (5, 5.1, 5.1.02 ...) above each account
    subgroups: bool = False  # SIPD ``[#]`` / ``[-]`` label rows under an account
    units_row: bool = False  # a ``(Rp)`` row under the header
    perubahan: bool = False  # RKA Perubahan: values before and after the change, side by side
    formulas: bool = False  # Jumlah as an Excel formula (=Vol*Harga) saved without its value
    ppn_amount: bool = False  # the PPN column holds the tax in rupiah, not a rate
    repeat_header: int = 0  # the header printed again (with a page footer) every N lines
    mid_rows: tuple[str, ...] = ()  # after each group: "subtotal", "ppn" (11% on it), "terbilang"
    spec_row: bool = False  # the spec on a second row under the uraian, the other cells merged
    spec_brackets: bool = False  # the spec folded into the uraian: "Kertas HVS A4 (70 gram)"
    signature: bool = False  # a place, date and signature block under the table
    rows_per_page: int = 0  # PDF only: table rows per printed page (0 = one page)
    wrap_uraian: bool = False  # a long uraian continued on the next row (typed over two rows)
    ppn_flag: bool = False  # the PPN column says Ya/Tidak instead of a rate
    big_volumes: bool = False  # counted goods in hundreds/thousands, volumes typed as "1.200"
    footnotes: bool = False  # "*)" marks on labels and notes under the table
    sat_slash: bool = False  # a compound satuan written "Orang/Hari"
    sheet_named_by_code: bool = False  # per_sheet: each sheet named by its sub-kegiatan code
    ket_codes: bool = False  # the Keterangan column cites the catalogue row by its code
    koef_numbers: bool = False  # the koefisien as bare numbers ("5 x 3"), the unit under Satuan
    no_header: bool = False  # the lines start right under the block above: no column header at all
    notes_table: bool = False  # a small table of notes (numbered, with counts) under the RKA table
    title_in_table: bool = False  # a title merged across the table between two account groups
    total_first: bool = False  # the grand total written right under the header, above the lines
    broken_sheet: bool = False  # a first sheet whose one row holds an overflowed amount (1E+30)
    hide_helpers: bool = True  # xlsx: the ``helper`` columns (a factor, a check total) are hidden
    n_subs: int = 0  # stacked: how many sub-kegiatan (0: two)
    page_per_sub: bool = False  # PDF: each later sub-kegiatan opens a new page with its header block
    # PDF: the column header printed again at each page break ("repeat"), at the top of each
    # sub-kegiatan's table only ("per_sub"), or once above the first table only ("once")
    pdf_header: str = "repeat"


_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _money(value: int, style: str, rng: random.Random) -> Any:
    if style == "mixed":
        style = rng.choice(["num", "rp", "id", "jt"])
    if style == "mixed2":
        style = rng.choice(["dash", "rpdot", "trail", "id"])
    if style == "num":
        return value
    dotted = f"{value:,}".replace(",", ".")
    if style == "dash":  # 58.500,- / 58.500.-
        return f"{dotted},-" if rng.random() < 0.6 else f"{dotted}.-"
    if style == "rpdot":  # Rp.58.500,00 (no space)
        return f"Rp.{dotted},00"
    if style == "trail":  # typed as text with the spaces a pasted cell keeps
        return f" {dotted} " if rng.random() < 0.5 else f"{dotted},00  "
    if style == "en":  # a sheet from an English-locale Excel: 1,250,000.00 / Rp1,250,000
        return f"{value:,}.00" if rng.random() < 0.5 else f"Rp{value:,}"
    if style == "rp":
        return f"Rp {dotted}" if rng.random() < 0.7 else f"Rp. {dotted},-"
    if style == "id":
        return f"{dotted},00"
    if style == "jt" and value >= 1_000_000 and value % 100_000 == 0:
        return f"{value / 1_000_000:g}".replace(".", ",") + " jt"
    return f"Rp {dotted}"


# How people shorten koefisien units when they type them by hand.
UNIT_ABBREVIATIONS = {
    "Orang": "Org",
    "Hari": "Hr",
    "Kali": "Kl",
    "Bulan": "Bln",
    "Malam": "Mlm",
    "Jam": "Jam",
}


def _abbreviated_factors(line: _Line) -> list[tuple[int, str]]:
    """``5 Org x 3 Hr x 1 Kl``: a trailing ``x 1 Kl`` changes nothing but the written unit."""
    factors = [(count, UNIT_ABBREVIATIONS.get(unit, unit)) for count, unit in line.factors]
    if len(factors) > 1 and factors[-1][1] != "Kl":
        factors.append((1, "Kl"))
    return factors


def _koef_text(line: _Line, style: str) -> str:
    if style == "simple" and len(line.factors) == 1:
        return str(line.volume)
    if style == "abbrev":
        return " x ".join(f"{count} {unit}" for count, unit in _abbreviated_factors(line))
    return " x ".join(f"{count} {unit}" for count, unit in line.factors)


# --- rendering -------------------------------------------------------------------------------------


class _Sheet:
    """Rows written top-down with merges, into an openpyxl sheet or a CSV grid."""

    def __init__(self, ws: Worksheet | None, offset: int):
        self.ws, self.offset, self.grid, self.row = ws, offset, [], 0
        # for a PDF printout: which rows are ruled table rows, and which rows are the header
        self.in_table = False
        self.table_rows: set[int] = set()
        self.header_rows: list[int] = []
        self.page_breaks: set[int] = set()  # rows a printout starts a new page with
        self.repeat_header = True

    def put(self, cells: Sequence[Any], merges: Sequence[tuple[int, int, int, int]] = ()) -> None:
        self.row += 1
        values = [None] * self.offset + list(cells)
        self.grid.append(values)
        if self.in_table:
            self.table_rows.add(len(self.grid) - 1)
        if self.ws is not None:
            for col, value in enumerate(values, start=1):
                if value is not None:
                    self.ws.cell(row=self.row, column=col, value=value)
            for r0, c0, r1, c1 in merges:  # relative rows (0 = this row), columns in `cells`
                self.ws.merge_cells(
                    start_row=self.row + r0,
                    start_column=self.offset + c0 + 1,
                    end_row=self.row + r1,
                    end_column=self.offset + c1 + 1,
                )

    def blank(self) -> None:
        self.put([])


def _preamble(sheet: _Sheet, layout: RkaLayout, sub: tuple[Any, ...], width: int, year: int) -> None:
    kode, nama, urusan, program, kegiatan, indikator, target, _ = sub
    style = layout.preamble
    sheet.in_table = False
    if style == "none":
        return
    sheet.put(["RENCANA KERJA DAN ANGGARAN"], [(0, 0, 0, width - 1)])
    sheet.put(["SATUAN KERJA PERANGKAT DAERAH"], [(0, 0, 0, width - 1)])
    sheet.put([f"Tahun Anggaran {year}"], [(0, 0, 0, width - 1)])
    sheet.blank()
    if style == "title":
        sheet.put([f"Rincian Belanja Sub Kegiatan {nama}"])
        return
    if style == "odd_label":  # the sub-kegiatan under a label of the author's own
        sheet.put([f"Rincian Kerja Nomor : {kode} {nama}"])
        sheet.put([f"Perangkat Daerah : {OPD}"])
        sheet.blank()
        return
    facts = [
        ("Urusan Pemerintahan", urusan),
        ("Organisasi", OPD),
        ("Program", program),
        ("Kegiatan", kegiatan),
        ("Sub Kegiatan", f"{kode} - {nama}"),
        ("Sumber Pendanaan", "DAU"),
        ("Lokasi", "Kota Contoh"),
    ]
    if style == "sipd":  # label | : | value merged to the right
        for label, value in facts:
            sheet.put([label, ":", value], [(0, 2, 0, width - 1)])
    elif style == "split_code":  # label | : | code | name: the code and the name in cells of their own
        for label, value in facts:
            code, _, name = value.partition(" - ")
            sheet.put([label, ":", code, name] if name else [label, ":", value])
    elif style == "colon_cols":  # label in A, value with a leading colon in C
        for label, value in facts:
            sheet.put([label, None, f": {value}"])
    elif style == "inline":  # "Sub Kegiatan : 1.02... Nama" in one cell
        for label, value in facts:
            sheet.put([f"{label} : {value.replace(' - ', ' ', 1) if label == 'Sub Kegiatan' else value}"])
    elif style == "two_blocks":  # two label/value blocks side by side
        half = (len(facts) + 1) // 2
        mid = max(4, width // 2)
        for index in range(half):
            left = facts[index]
            right = facts[half + index] if half + index < len(facts) else None
            cells: list[Any] = [left[0], f": {left[1]}"] + [None] * (mid - 2)
            if right:
                cells += [right[0], f": {right[1]}"]
            sheet.put(cells)
    if style in ("sipd", "indicator", "two_blocks"):
        sheet.blank()
        sheet.put(["Indikator", "Tolok Ukur Kinerja", None, "Target Kinerja"])
        sheet.put(["Capaian Program", "Persentase layanan sesuai standar", None, "100 %"])
        sheet.put(["Keluaran", indikator, None, target])
        sheet.put(["Hasil", "Meningkatnya kualitas layanan", None, "100 %"])
    sheet.blank()
    if style == "indicator":
        sheet.put([f"Sub Kegiatan : {kode} - {nama}"])


def _header(sheet: _Sheet, layout: RkaLayout) -> None:
    columns = layout.columns
    depth = max(len(c.labels) for c in columns)
    grid: list[list[Any]] = [[None] * len(columns) for _ in range(depth)]
    merges: list[tuple[int, int, int, int]] = []
    for index, col in enumerate(columns):
        labels = col.labels
        for level, label in enumerate(labels[:-1]):
            grid[level][index] = label
        last = len(labels) - 1
        label = labels[-1]
        if layout.header_breaks and label and " " in label:
            label = label.replace(" ", "\n", 1)
        grid[last][index] = label
        if last < depth - 1 and label is not None:
            merges.append((last, index, depth - 1, index))
    # the same top label over adjacent columns is one merged cell (stored in its first column)
    for level in range(depth - 1):
        index = 0
        while index < len(columns):
            label = grid[level][index]
            end = index
            while (
                label is not None
                and end + 1 < len(columns)
                and len(columns[end + 1].labels) > level + 1
                and grid[level][end + 1] == label
            ):
                end += 1
            if end > index:
                for k in range(index + 1, end + 1):
                    grid[level][k] = None
                merges.append((level, index, level, end))
            index = end + 1
    for index, col in enumerate(columns):  # "Rp" columns share the label of the amount beside them
        if col.role.startswith("rp") and index + 1 < len(columns):
            merges.append((0, index, depth - 1, index + 1))
    for index, col in enumerate(columns):  # indentation columns sit under the Uraian label
        if col.role == "uraian" and index + 1 < len(columns) and columns[index + 1].role.startswith("ind"):
            end = index
            while end + 1 < len(columns) and columns[end + 1].role.startswith("ind"):
                end += 1
            merges.append((0, index, depth - 1, end))
    sheet.in_table = True
    first = len(sheet.grid)
    for level in range(depth):
        sheet.put(grid[level], [(r0 - level, c0, r1 - level, c1) for r0, c0, r1, c1 in merges if r0 == level])
    if layout.numbering_row:
        sheet.put([str(k + 1) if c.role != "blank" else None for k, c in enumerate(columns)])
    if layout.units_row:
        sheet.put(["(Rp)" if c.role in ("harga", "jumlah") else None for c in columns])
    if not sheet.header_rows:
        sheet.header_rows = list(range(first, len(sheet.grid)))


def _row(layout: RkaLayout, values: dict[str, Any]) -> list[Any]:
    return [values.get(c.role) for c in layout.columns]


_ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _terbilang(value: int) -> str:
    """An amount in Indonesian words, as written under a table ("dua juta lima ratus ribu")."""
    if value < 10:
        return _ONES[value]
    if value < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(value) or f"{_ONES[value - 10]} belas"
    if value < 100:
        return f"{_ONES[value // 10]} puluh {_terbilang(value % 10)}".strip()
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (100, "ratus")):
        if value >= size:
            head, rest = divmod(value, size)
            spoken = ("se" + word) if head == 1 and size in (100, 1000) else f"{_terbilang(head)} {word}"
            return f"{spoken} {_terbilang(rest)}".strip()
    return ""


def _signature(sheet: _Sheet, width: int) -> None:
    """Place, date and the signatories under the table (a printed sheet's last rows)."""
    sheet.in_table = False
    right = max(2, width - 3)
    sheet.blank()
    sheet.put([None] * right + ["Kota Contoh, 14 Oktober 2026"])
    sheet.put(["Mengetahui,"] + [None] * (right - 1) + ["Kepala Dinas,"])
    sheet.put(["Sekretaris Daerah"] + [None] * (right - 1) + ["Pengguna Anggaran"])
    sheet.blank()
    sheet.blank()
    sheet.put(["(Nama Pejabat Satu)"] + [None] * (right - 1) + ["(Nama Pejabat Dua)"])
    sheet.put(["NIP. 19681120 199203 1 007"] + [None] * (right - 1) + ["NIP. 19750305 200112 2 003"])


# Column widths (points) of a printed table, by role.
PDF_WIDTHS = {
    "no": 24,
    "kode": 86,
    "uraian": 250,
    "spek": 120,
    "koef": 86,
    "sat": 52,
    "vol": 36,
    "volsat": 60,
    "harga": 70,
    "ppn": 34,
    "jumlah": 78,
    "ket": 60,
    "subkode": 90,
    "subnama": 150,
    "ketkoef": 86,
}


def _pdf_text(x: float, y: float, text: str, size: float) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf 1 0 0 1 {x:.1f} {y:.1f} Tm ({escaped}) Tj ET"


def _write_pdf(sheets: Sequence[_Sheet], roles: Sequence[str], path: Path, rows_per_page: int) -> None:
    """A born-digital landscape printout: text lines above and below, the table ruled cell by
    cell, split over pages with its header printed again at the top of each (as SIPD prints)."""
    from pypdf import PdfWriter
    from pypdf.generic import ContentStream, DictionaryObject, NameObject

    page_w, page_h, row_h, margin = 842, 595, 13, 30
    widths = [PDF_WIDTHS.get(role, 50) for role in roles]
    xs = [margin + sum(widths[:k]) for k in range(len(widths) + 1)]
    pages: list[list[tuple[str, Any]]] = [[]]  # ("text", line) or ("row", cells)

    def room(page: list[tuple[str, Any]]) -> bool:
        rows = sum(kind == "row" for kind, _ in page)
        return len(page) < 38 and (not rows_per_page or rows < rows_per_page)

    for sheet in sheets:
        header = [sheet.grid[k] for k in sheet.header_rows]
        for index, cells in enumerate(sheet.grid):
            cells = cells[sheet.offset :]
            if index in sheet.page_breaks and pages[-1]:
                pages.append([])
            if index in sheet.table_rows:
                if not room(pages[-1]):
                    pages.append([("row", h[sheet.offset :]) for h in header] if sheet.repeat_header else [])
                pages[-1].append(("row", cells))
            else:
                line = " ".join(str(c) for c in cells if c not in (None, ""))
                if not room(pages[-1]):
                    pages.append([])
                pages[-1].append(("text", line))
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    for number, items in enumerate(pages, start=1):
        page = writer.add_blank_page(width=page_w, height=page_h)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        ops: list[str] = ["0.5 w"]
        y = page_h - margin
        block_top: float | None = None
        for kind, item in [*items, ("text", "")]:
            if kind == "row":
                if block_top is None:
                    block_top = y
                for k, value in enumerate(item[: len(widths)]):
                    if value not in (None, ""):
                        ops.append(_pdf_text(xs[k] + 2, y - 9, str(value).replace("\n", " "), 6))
                y -= row_h
                continue
            if block_top is not None:  # close the ruled block above
                for k in range(int((block_top - y) / row_h) + 1):
                    line_y = block_top - k * row_h
                    ops.append(f"{xs[0]} {line_y:.1f} m {xs[-1]} {line_y:.1f} l S")
                ops.extend(f"{x} {block_top:.1f} m {x} {y:.1f} l S" for x in xs)
                block_top = None
            if item:
                ops.append(_pdf_text(margin, y - 9, item, 8))
            y -= row_h
        ops.append(_pdf_text(page_w - 120, 18, f"Halaman {number} dari {len(pages)}", 7))
        content = ContentStream(None, writer)
        content.set_data("\n".join(ops).encode("latin-1", "replace"))
        page.replace_contents(content)
    with path.open("wb") as handle:
        writer.write(handle)


def render_rka(layout: RkaLayout, directory: Path) -> tuple[Path, list[ExpectedLine]]:
    rng = random.Random(layout.seed or sum(map(ord, layout.name)))
    year = rng.choice([2026, 2027])
    n_subs = 1 if layout.subs == "one" else layout.n_subs or 2
    subs = rng.sample(SUB_KEGIATAN, k=n_subs)
    roles = {c.role for c in layout.columns}
    has_kode = "kode" in roles
    expected: list[ExpectedLine] = []
    book = openpyxl.Workbook()
    book.remove(book.active)
    for extra in layout.extra_sheets:
        if extra == "Cover":  # a cover page that lists what the workbook holds, without amounts
            ws = book.create_sheet("Cover")
            ws["B2"] = "RENCANA KERJA DAN ANGGARAN (RKA) SKPD"
            ws["B3"] = OPD
            ws["B4"] = f"TAHUN ANGGARAN {year}"
            ws["B6"] = "Daftar sub kegiatan:"
            for k, listed in enumerate(subs, start=1):
                ws.cell(row=6 + k, column=2, value=f"{k}. {listed[0]} {listed[1]}")
        if extra == "Petunjuk":
            ws = book.create_sheet("Petunjuk")
            ws["A1"] = "Petunjuk pengisian: isi rincian belanja pada lembar RKA."
            ws["A2"] = "Harga mengacu pada SSH tahun berjalan."
    sheets: list[_Sheet] = []
    width = len(layout.columns)
    sub_preamble_known = layout.preamble not in ("none", "title") or layout.sheet_named_by_code
    for sub_index, sub in enumerate(subs):
        if layout.subs == "per_sheet" or sub_index == 0:
            ws = book.create_sheet(
                (sub[0] if layout.sheet_named_by_code else f"RKA {sub_index + 1}")
                if layout.subs == "per_sheet"
                else "Rincian Belanja"
            )
            sheet = _Sheet(ws, layout.start_col)
            sheets.append(sheet)
        elif layout.page_per_sub:
            sheet.page_breaks.add(len(sheet.grid))
        elif layout.subs != "flat":
            for _ in range(3):
                sheet.blank()
        if sub_index == 0 or layout.subs not in ("stacked_once", "flat"):
            _preamble(sheet, layout, sub, width, year)
        if sub_index > 0 and layout.subs == "stacked_once":
            sheet.put([f"Sub Kegiatan : {sub[0]} - {sub[1]}"])
        elif layout.subs == "flat" and sub_index > 0:
            pass  # one table: each row names its sub-kegiatan
        elif layout.no_header or (sub_index > 0 and layout.pdf_header == "once"):
            sheet.in_table = True
        elif sub_index == 0 or layout.subs in ("one", "per_sheet") or layout.preamble != "none":
            _header(sheet, layout)
        sheet.repeat_header = layout.pdf_header == "repeat"
        lines = _draw_lines(rng, sub[7], layout.ppn_share)
        if layout.total_first and layout.total_row:
            total = sum(line.jumlah for line in lines)
            sheet.put(_row(layout, {"uraian": layout.total_row, "jumlah": _money(total, layout.price, rng)}))
        if layout.missing_harga:
            lines[1] = replace(lines[1], harga_missing=True)
        if layout.big_volumes:  # goods counted by the hundred: 1.200 lembar, 2.500 liter
            lines = [
                replace(line, factors=((line.factors[0][0] * 100, line.satuan),))
                if len(line.factors) == 1 and line.harga < 100_000
                else line
                for line in lines
            ]
        number = 0
        grand = 0
        opened: set[str] = set()
        group_number = 0
        by_account: dict[str, list[_Line]] = {}
        for line in lines:
            by_account.setdefault(line.account, []).append(line)
        for account_index, (account, account_lines) in enumerate(by_account.items()):
            code, name = ACCOUNTS[account]
            if layout.title_in_table and account_index == 1:
                sheet.put(["Tahap Kedua - Kebutuhan Penunjang"], [(0, 0, 0, width - 1)])
            subtotal = sum(line.jumlah for line in account_lines)
            grand += subtotal
            group_values: dict[str, Any] = {}
            if layout.group_subtotal:
                group_values["jumlah"] = _money(subtotal, layout.price, rng)
            if layout.hierarchy and has_kode:
                parts = code.split(".")
                for depth in (1, 2, 3, 4, 5):
                    prefix = ".".join(parts[:depth])
                    if prefix not in opened:
                        opened.add(prefix)
                        sheet.put(_row(layout, {"kode": prefix, "uraian": f"BELANJA {prefix}"}))
            if layout.groups == "indented":
                sheet.put(_row(layout, {**group_values, "uraian": code, "ind1": name}))
            if layout.groups == "in_no":
                sheet.put(_row(layout, {**group_values, "no": code, "uraian": name}))
            if layout.groups == "numbered" or (layout.line_no == "decimal" and layout.groups != "lettered"):
                group_number += 1
                sheet.put(_row(layout, {**group_values, "no": str(group_number), "uraian": name}))
            if layout.groups == "kode_col" and has_kode:
                sheet.put(_row(layout, {**group_values, "kode": code, "uraian": name}))
            elif layout.groups == "in_uraian":
                sheet.put(_row(layout, {**group_values, "uraian": f"{code} {name}"}))
            elif layout.groups == "dash":
                sheet.put(_row(layout, {**group_values, "uraian": f"{code} - {name}"}))
            elif layout.groups == "bracket_code":
                sheet.put(_row(layout, {**group_values, "uraian": f"{name} ({code})"}))
            elif layout.groups == "name_only":
                sheet.put(_row(layout, {**group_values, "uraian": name}))
            elif layout.groups == "kode_dash" and has_kode:  # code and name in the code column
                sheet.put(_row(layout, {**group_values, "kode": f"{code} - {name}"}))
            elif layout.groups == "lettered":
                group_number += 1
                sheet.put(_row(layout, {**group_values, "no": f"{chr(64 + group_number)}.", "uraian": name}))
            elif layout.groups == "merged_row":
                sheet.put([f"{code} - {name}"], [(0, 0, 0, width - 2)])
            elif layout.groups == "roman":  # section II, its lines II.1, II.2 ...
                group_number += 1
                sheet.put(
                    _row(layout, {**group_values, "no": _ROMAN[group_number], "uraian": f"{code} {name}"})
                )
            if layout.subgroups:
                sheet.put(_row(layout, {"uraian": f"[#] {name.split('-')[-1]}", "jumlah": subtotal}))
                sheet.put(_row(layout, {"uraian": "[-] Kebutuhan tahun berjalan", "jumlah": subtotal}))
            for in_group, line in enumerate(account_lines, start=1):
                number += 1
                values: dict[str, Any] = {
                    "uraian": line.uraian,
                    "spek": line.spesifikasi,
                    "sat": line.satuan if len(line.factors) == 1 else " x ".join(u for _, u in line.factors),
                    "harga": None if line.harga_missing else _money(line.harga, layout.price, rng),
                    "jumlah": _money(line.jumlah, layout.price, rng),
                    "ppn": f"{line.ppn}%" if line.ppn else "0%",
                    "ket": rng.choice(["", "SSH", "sesuai kebutuhan", None]),
                    "sumber": "DAU",
                    "lokasi": "Kota Contoh",
                    "vol": line.volume,
                    "koef": _koef_text(line, layout.koef),
                    "volsat": f"{line.volume} {line.satuan}",
                    "ketkoef": _koef_text(line, "text"),
                    "helper": line.volume * line.harga if number % 2 else line.factors[0][0],
                }
                if layout.groups == "indented":
                    values["ind2"], values["uraian"] = values["uraian"], None
                if layout.perubahan:  # the values before the change: one less, the old price
                    old_volume = max(1, line.volume - 1)
                    old_harga = line.harga - line.harga % 1000
                    values.update(
                        {
                            "old_vol": old_volume,
                            "old_sat": values["sat"],
                            "old_harga": _money(old_harga, layout.price, rng),
                            "old_jumlah": _money(old_volume * old_harga, layout.price, rng),
                            "selisih": line.jumlah - old_volume * old_harga,
                        }
                    )
                if layout.line_no == "int":
                    values["no"] = number
                elif layout.line_no == "dotted":
                    values["no"] = f"{number}."
                elif layout.line_no == "text":
                    values["no"] = str(number)
                elif layout.line_no == "letter":
                    values["no"] = f"{chr(96 + (number - 1) % 26 + 1)}."
                elif layout.line_no == "paren":
                    values["no"] = f"{number})"
                elif layout.line_no == "alnum":  # A1, A2 ... under the first group, B1 under the next
                    values["no"] = f"{chr(65 + account_index)}{in_group}"
                if layout.groups == "numbered":
                    values["no"] = f"{group_number}.{in_group}"
                if layout.groups == "lettered":
                    values["no"] = f"{chr(64 + group_number)}.{in_group}"
                if layout.groups == "roman":
                    values["no"] = f"{_ROMAN[group_number]}.{in_group}"
                if layout.line_no == "decimal":  # 1.01, 1.02 ... under group 1
                    values["no"] = f"{group_number}.{in_group:02d}"
                if layout.koef == "abbrev" and "sat" not in roles:
                    values["koef"] = _koef_text(line, "abbrev")
                if layout.spec_brackets:
                    values["uraian"] = f"{line.uraian} ({line.spesifikasi})"
                values.update({"subkode": sub[0], "subnama": sub[1], "akun_nama": name})
                if layout.groups == "none" and "kode" in roles:
                    values["kode"] = code
                if layout.ppn_flag:
                    values["ppn"] = "Ya" if line.ppn else "Tidak"
                if layout.ket_codes:
                    values["ket"] = f"SSH 1.1.7.01.{rng.randint(1, 9):02d}.{rng.randint(1, 99):04d}"
                if layout.koef_numbers:
                    values["koef"] = " x ".join(str(count) for count, _ in line.factors)
                if layout.sat_slash and len(line.factors) > 1:
                    values["sat"] = "/".join(u for _, u in line.factors)
                if layout.big_volumes and len(line.factors) == 1:
                    values["vol"] = f"{line.volume:,}".replace(",", ".")
                if layout.koef == "abbrev" and "volsat" in roles and len(line.factors) > 1:
                    values["volsat"] = _koef_text(line, "abbrev")
                values["rpH"] = values["rpJ"] = "Rp"
                if layout.groups == "none" and has_kode:
                    values["kode"] = code
                if layout.ppn_amount:
                    values["ppn"] = line.jumlah - line.volume * line.harga
                if layout.formulas and not line.harga_missing:
                    places = {c.role: k for k, c in enumerate(layout.columns)}
                    at = sheet.row + 1
                    vol = get_column_letter(layout.start_col + places["vol"] + 1)
                    harga = get_column_letter(layout.start_col + places["harga"] + 1)
                    values["jumlah"] = f"={vol}{at}*{harga}{at}"
                    if line.ppn:
                        values["jumlah"] += f"*{1 + line.ppn / 100:g}"
                if layout.spec_row:  # every cell but the uraian merged down over the spec's row
                    cells = _row(layout, values)
                    uraian_at = [c.role for c in layout.columns].index("uraian")
                    downs = [(0, k, 1, k) for k in range(len(cells)) if k != uraian_at]
                    sheet.put(cells, downs)
                    sheet.put(
                        [
                            "Spesifikasi: " + line.spesifikasi if k == uraian_at else None
                            for k in range(len(cells))
                        ]
                    )
                elif layout.wrap_uraian and len(values["uraian"]) > 18 and " " in values["uraian"]:
                    words = values["uraian"].split(" ")
                    cut = max(1, len(words) // 2)
                    sheet.put(_row(layout, {**values, "uraian": " ".join(words[:cut])}))
                    sheet.put(_row(layout, {"uraian": " ".join(words[cut:])}))
                else:
                    sheet.put(_row(layout, values))
                if layout.blank_rows and rng.random() < 0.3:
                    sheet.blank()
                if layout.repeat_header and number % layout.repeat_header == 0:
                    sheet.put([f"Halaman {number // layout.repeat_header}"])
                    _header(sheet, layout)
                if "sat" in roles:
                    written_satuan = values["sat"]
                elif "volsat" in roles and (layout.koef != "abbrev" or len(line.factors) == 1):
                    written_satuan = line.satuan
                elif layout.koef == "abbrev":
                    written_satuan = " x ".join(unit for _, unit in _abbreviated_factors(line))
                else:
                    written_satuan = " x ".join(unit for _, unit in line.factors)
                expected.append(
                    ExpectedLine(
                        sub_kode=sub[0] if sub_preamble_known or "subkode" in roles else None,
                        uraian=values["uraian"] if layout.spec_brackets else line.uraian,
                        volume=line.volume,
                        satuan=written_satuan,
                        harga=0 if line.harga_missing else line.harga,
                        jumlah=line.jumlah,
                        kode_rekening=code
                        if (layout.groups not in ("none", "numbered", "name_only", "lettered") or has_kode)
                        else None,
                    )
                )
            for kind in layout.mid_rows:
                if kind == "subtotal":
                    sheet.put(
                        _row(layout, {"uraian": "Sub Total", "jumlah": _money(subtotal, layout.price, rng)})
                    )
                elif kind == "ppn":
                    tax = subtotal * 11 // 100
                    sheet.put(_row(layout, {"uraian": "PPN 11%", "jumlah": _money(tax, layout.price, rng)}))
                elif kind == "jumlah":  # the account's own total, labelled as the grand total is
                    amount = _money(subtotal, layout.price, rng)
                    sheet.put(_row(layout, {"uraian": "Jumlah", "jumlah": amount}))
                elif kind == "terbilang":
                    sheet.put([f"Terbilang : {_terbilang(subtotal)} rupiah"], [(0, 0, 0, width - 1)])
        if (
            layout.total_row
            and not layout.total_first
            and (layout.subs != "flat" or sub_index == len(subs) - 1)
        ):
            label_role = "uraian" if rng.random() < 0.5 or "no" not in roles else "no"
            label = layout.total_row.format(kode=sub[0], nama=sub[1])
            sheet.put(_row(layout, {label_role: label, "jumlah": _money(grand, layout.price, rng)}))
        if layout.notes_table:
            sheet.in_table = False
            sheet.blank()
            sheet.put(["Catatan Penyusun"])
            sheet.put(["No", "Catatan", "Lembar", "Tahun"])
            sheet.put([1, "Harga mengikuti survei pasar bulan Agustus", 2, year])
            sheet.put([2, "Banyaknya menyesuaikan jumlah peserta terdaftar", 3, year])
            sheet.put([3, "Rincian dapat bergeser setelah asistensi", 4, year])
        if layout.footnotes:
            sheet.in_table = False
            sheet.put(["*) harga mengacu pada Standar Satuan Harga tahun berjalan"])
            sheet.put(["**) jumlah sudah termasuk pajak yang berlaku"])
        if layout.signature:
            _signature(sheet, width)
    if layout.broken_sheet:  # a recap whose amount overflowed when it was computed elsewhere
        ws = book.create_sheet("Rekap", 0)
        ws.append(["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"])
        ws.append(["I.", "Rekap seluruh belanja", 1, "Paket", 1e30, 1e30])
    for extra in layout.extra_sheets:
        if extra == "Ringkasan":  # a summary per account: amounts, but no budget lines
            ws = book.create_sheet("Ringkasan", 0)
            ws.append(["RINGKASAN ANGGARAN BELANJA"])
            ws.append(["Kode Rekening", "Uraian", "Jumlah"])
            ws.append(["5", "BELANJA DAERAH", 250_000_000])
            ws.append(["5.1", "BELANJA OPERASI", 180_000_000])
            ws.append(["5.2", "BELANJA MODAL", 70_000_000])
        if extra == "TTD":
            ws = book.create_sheet("Pengesahan")
            ws.append(["Samarinda, 12 Oktober 2026"])
            ws.append(["Kepala Dinas"])
            ws.append(["NIP. 19700101 199803 1 001"])
    if layout.hide_helpers:
        for sheet in sheets:
            for index, col in enumerate(layout.columns):
                if col.role == "helper" and sheet.ws is not None:
                    letter = get_column_letter(layout.start_col + index + 1)
                    sheet.ws.column_dimensions[letter].hidden = True
    directory.mkdir(parents=True, exist_ok=True)
    if layout.fmt == "csv":
        path = directory / f"{layout.name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter=";")
            for grid_row in sheets[0].grid:
                writer.writerow(["" if v is None else v for v in grid_row])
        return path, expected
    if layout.fmt == "pdf":
        path = directory / f"{layout.name}.pdf"
        _write_pdf(sheets, [c.role for c in layout.columns], path, layout.rows_per_page)
        return path, expected
    path = directory / f"{layout.name}.xlsx"
    book.save(path)
    return path, expected


SIPD_COLS = cols(
    ("kode", ("Kode Rekening",)),
    ("uraian", ("Uraian",)),
    ("koef", ("Rincian Perhitungan", "Koefisien")),
    ("sat", ("Rincian Perhitungan", "Satuan")),
    ("harga", ("Rincian Perhitungan", "Harga")),
    ("ppn", ("Rincian Perhitungan", "PPN")),
    ("jumlah", ("Jumlah",)),
)

RKA_LAYOUTS: list[RkaLayout] = [
    RkaLayout("sipd_export", SIPD_COLS, preamble="sipd", numbering_row=False, ppn_share=0.6),
    RkaLayout(
        "hand_simple",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="none",
        koef="simple",
    ),
    RkaLayout(
        "komponen_vol_sat",
        cols(
            ("no", "No."),
            ("kode", "Kode Akun"),
            ("uraian", "Komponen"),
            ("volsat", "Vol"),
            ("harga", "Tarif"),
            ("jumlah", "Total"),
        ),
        preamble="inline",
        line_no="dotted",
        price="rp",
    ),
    RkaLayout(
        "nama_barang_reordered",
        cols(
            ("jumlah", "Jumlah Harga"),
            ("harga", "Harga Satuan (Rp)"),
            ("sat", "Sat."),
            ("vol", "Jml"),
            ("uraian", "Nama Barang"),
            ("no", "No"),
        ),
        preamble="colon_cols",
        line_no="int",
        groups="none",
        price="id",
    ),
    RkaLayout(
        "three_row_header",
        cols(
            ("no", ("No",)),
            ("kode", ("Kode Rekening",)),
            ("uraian", ("RINCIAN BELANJA", "Uraian")),
            ("koef", ("RINCIAN BELANJA", "Rincian Perhitungan", "Koefisien")),
            ("sat", ("RINCIAN BELANJA", "Rincian Perhitungan", "Satuan")),
            ("harga", ("RINCIAN BELANJA", "Rincian Perhitungan", "Harga")),
            ("jumlah", ("RINCIAN BELANJA", "Jumlah (Rp)")),
        ),
        preamble="sipd",
        numbering_row=True,
        line_no="int",
    ),
    RkaLayout(
        "rincian_numbered_cols",
        cols(
            ("no", "No"),
            ("uraian", "Rincian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("jumlah", "Nilai"),
            ("ket", "Keterangan"),
        ),
        preamble="two_blocks",
        numbering_row=True,
        groups="in_uraian",
        line_no="int",
    ),
    RkaLayout(
        "jenis_belanja_extra_cols",
        cols(
            ("no", "No"),
            ("uraian", "Jenis Belanja"),
            ("spek", "Spesifikasi"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("ppn", "PPN"),
            ("jumlah", "Jumlah"),
            ("sumber", "Sumber Dana"),
            ("lokasi", "Lokasi"),
        ),
        preamble="title",
        line_no="int",
        groups="merged_row",
        ppn_share=1.0,
    ),
    RkaLayout(
        "spacer_columns",
        cols(
            ("no", "No"),
            ("blank", (None,)),
            ("uraian", "Uraian"),
            ("blank", (None,)),
            ("koef", "Koef."),
            ("sat", "Sat"),
            ("blank", (None,)),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="none",
        line_no="int",
        groups="in_uraian",
        start_col=1,
    ),
    RkaLayout(
        "stacked_subs",
        SIPD_COLS,
        preamble="sipd",
        subs="stacked",
        blank_rows=True,
    ),
    RkaLayout(
        "per_sheet_subs",
        cols(
            ("kode", "Rekening"),
            ("uraian", "Uraian Belanja"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        subs="per_sheet",
        extra_sheets=("Ringkasan",),
    ),
    RkaLayout(
        "text_prices_mixed",
        cols(
            ("no", "NO"),
            ("uraian", "URAIAN"),
            ("koef", "VOLUME"),
            ("sat", "SATUAN"),
            ("harga", "HARGA SATUAN"),
            ("jumlah", "JUMLAH"),
        ),
        preamble="title",
        line_no="int",
        groups="in_uraian",
        price="mixed",
    ),
    RkaLayout(
        "header_line_breaks",
        cols(
            ("no", "No"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian Komponen"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah Harga"),
        ),
        preamble="colon_cols",
        header_breaks=True,
        line_no="text",
    ),
    RkaLayout(
        "unnumbered_hand",
        cols(("uraian", "Uraian"), ("volsat", "Volume"), ("harga", "Harga"), ("jumlah", "Jumlah")),
        preamble="title",
        groups="in_uraian",
        total_row="TOTAL",
    ),
    RkaLayout(
        "extra_sheets_only_one",
        SIPD_COLS,
        preamble="sipd",
        extra_sheets=("Petunjuk", "Ringkasan", "TTD"),
    ),
    RkaLayout(
        "csv_semicolon",
        cols(
            ("no", "No"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        line_no="int",
        fmt="csv",
        price="id",
    ),
    RkaLayout(
        "missing_harga",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Vol"),
            ("sat", "Sat"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="in_uraian",
        missing_harga=True,
    ),
    RkaLayout(
        "barang_jasa_two_row",
        cols(
            ("no", "No"),
            ("uraian", ("Barang/Jasa", "Nama Barang")),
            ("spek", ("Barang/Jasa", "Spesifikasi")),
            ("vol", ("Kebutuhan", "Jumlah")),
            ("sat", ("Kebutuhan", "Satuan")),
            ("harga", ("Harga", "Satuan")),
            ("jumlah", ("Harga", "Total")),
        ),
        preamble="colon_cols",
        line_no="int",
        groups="merged_row",
    ),
    RkaLayout(
        "kode_akun_last",
        cols(
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
            ("kode", "Kode Akun"),
        ),
        preamble="sipd",
        groups="none",
        total_row="Total",
    ),
    RkaLayout(
        "unit_text_koef",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        preamble="two_blocks",
        line_no="int",
        groups="in_uraian",
        koef="unit_text",
    ),
    RkaLayout(
        "indicator_then_table",
        cols(
            ("kode", "Kode"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("ppn", "PPN"),
            ("jumlah", "Jumlah"),
        ),
        preamble="indicator",
        numbering_row=True,
        ppn_share=0.5,
    ),
    RkaLayout(
        "qty_english_mix",
        cols(
            ("no", "No"),
            ("uraian", "Item"),
            ("vol", "Qty"),
            ("sat", "Unit"),
            ("harga", "Harga/Unit"),
            ("jumlah", "Total Harga"),
        ),
        preamble="title",
        line_no="int",
        groups="none",
    ),
    RkaLayout(
        "offset_blank_rows",
        cols(
            ("no", "No"),
            ("kode", "Kode Rek"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        line_no="int",
        start_col=2,
        blank_rows=True,
        price="rp",
    ),
    RkaLayout(
        "stacked_inline_no_kode",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        subs="stacked",
        line_no="int",
        groups="in_uraian",
    ),
    RkaLayout(
        "anggaran_pagu",
        cols(
            ("no", "No"),
            ("uraian", "Uraian Kegiatan"),
            ("volsat", "Volume Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Pagu Anggaran"),
            ("ket", "Ket"),
        ),
        preamble="colon_cols",
        line_no="int",
        groups="merged_row",
        price="rp",
    ),
]

# Layouts written after the first measurement (same rule: every third one is held out).
RKA_LAYOUTS += [
    RkaLayout(
        "sipd_hierarchy_subgroups",
        SIPD_COLS,
        preamble="sipd",
        hierarchy=True,
        subgroups=True,
        ppn_share=0.5,
    ),
    RkaLayout(
        "letter_numbered_lines",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="colon_cols",
        line_no="letter",
        groups="in_uraian",
    ),
    RkaLayout(
        "units_row_under_header",
        cols(
            ("no", "No"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="paren",
        units_row=True,
        price="id",
    ),
    RkaLayout(
        "koef_and_volume",
        cols(
            ("uraian", "Komponen"),
            ("spek", "Spesifikasi"),
            ("koef", "Koefisien"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("ppn", "PPN (%)"),
            ("jumlah", "Total"),
        ),
        preamble="sipd",
        groups="in_uraian",
        ppn_share=1.0,
        blank_rows=True,
    ),
    RkaLayout(
        "unknown_labels_content",
        cols(
            ("no", "No"),
            ("uraian", "Nama Kegiatan/Belanja"),
            ("vol", "Banyak"),
            ("sat", "Sat"),
            ("harga", "@"),
            ("jumlah", "Biaya"),
        ),
        preamble="title",
        line_no="int",
        groups="in_uraian",
    ),
    RkaLayout(
        "per_sheet_colon_cols_numbered",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah Harga"),
        ),
        preamble="colon_cols",
        subs="per_sheet",
        numbering_row=True,
        line_no="int",
        groups="merged_row",
        extra_sheets=("Petunjuk",),
    ),
]

# A third batch, written after the second round of changes (same rule).
RKA_LAYOUTS += [
    RkaLayout(
        "indented_uraian",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("ind1", (None,)),
            ("ind2", (None,)),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="indented",
    ),
    RkaLayout(
        "stacked_header_once",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        subs="stacked_once",
        line_no="int",
        groups="in_uraian",
        total_row=None,
    ),
    RkaLayout(
        "english_labels",
        cols(
            ("no", "No"),
            ("uraian", "Description"),
            ("vol", "Qty"),
            ("sat", "Unit"),
            ("harga", "Unit Price"),
            ("jumlah", "Amount"),
            ("ket", "Remarks"),
        ),
        preamble="title",
        line_no="int",
        groups="in_uraian",
    ),
    RkaLayout(
        "rka_perubahan",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("old_vol", ("Sebelum Perubahan", "Koefisien")),
            ("old_sat", ("Sebelum Perubahan", "Satuan")),
            ("old_harga", ("Sebelum Perubahan", "Harga")),
            ("old_jumlah", ("Sebelum Perubahan", "Jumlah")),
            ("koef", ("Setelah Perubahan", "Koefisien")),
            ("sat", ("Setelah Perubahan", "Satuan")),
            ("harga", ("Setelah Perubahan", "Harga")),
            ("jumlah", ("Setelah Perubahan", "Jumlah")),
            ("selisih", "Bertambah/(Berkurang)"),
        ),
        preamble="sipd",
        perubahan=True,
        group_subtotal=False,
    ),
    RkaLayout(
        "sipd_wrapped_labels_ppn_text",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", ("Rincian Perhitungan", "Koefisien")),
            ("sat", ("Rincian Perhitungan", "Satuan")),
            ("harga", ("Rincian Perhitungan", "Harga Satuan")),
            ("ppn", ("Rincian Perhitungan", "PPN")),
            ("jumlah", "Jumlah (Rp)"),
        ),
        preamble="sipd",
        header_breaks=True,
        price="id",
        ppn_share=1.0,
        subgroups=True,
    ),
    RkaLayout(
        "hand_made_sections_total_first",
        cols(
            ("no", "NO."),
            ("uraian", "NAMA BARANG/JASA"),
            ("volsat", "VOLUME"),
            ("harga", "HARGA SATUAN (Rp)"),
            ("jumlah", "JUMLAH (Rp)"),
            ("ket", "KET."),
        ),
        preamble="colon_cols",
        line_no="dotted",
        groups="merged_row",
        blank_rows=True,
        price="rp",
    ),
]

# A fourth batch (same rule: the third and sixth are held out).
RKA_LAYOUTS += [
    RkaLayout(
        "numbered_groups_dotted_lines",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        groups="numbered",
    ),
    RkaLayout(
        "formula_totals",
        cols(
            ("no", "No"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="colon_cols",
        line_no="int",
        formulas=True,
        group_subtotal=False,
    ),
    RkaLayout(
        "numbered_groups_formulas",
        cols(
            ("no", "NO"),
            ("uraian", "URAIAN BELANJA"),
            ("vol", "VOL"),
            ("sat", "SATUAN"),
            ("harga", "HARGA SATUAN"),
            ("jumlah", "JUMLAH HARGA"),
            ("ket", "KETERANGAN"),
        ),
        preamble="inline",
        groups="numbered",
        formulas=True,
        group_subtotal=False,
        blank_rows=True,
    ),
    RkaLayout(
        "split_word_labels",
        cols(
            ("no", ("No", None)),
            ("kode", ("Kode", "Rekening")),
            ("uraian", ("Uraian", "Belanja")),
            ("vol", ("Volume", None)),
            ("sat", ("Satuan", None)),
            ("harga", ("Harga", "Satuan")),
            ("jumlah", ("Jumlah", "(Rp)")),
        ),
        preamble="sipd",
        line_no="int",
    ),
    RkaLayout(
        "ppn_in_rupiah",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("ppn", "PPN (Rp)"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="in_uraian",
        ppn_amount=True,
        ppn_share=1.0,
    ),
    RkaLayout(
        "sipd_formulas_per_sheet",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("vol", ("Rincian Perhitungan", "Volume")),
            ("sat", ("Rincian Perhitungan", "Satuan")),
            ("harga", ("Rincian Perhitungan", "Harga")),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        subs="per_sheet",
        formulas=True,
        group_subtotal=False,
    ),
]

# A fifth batch (same rule).
RKA_LAYOUTS += [
    RkaLayout(
        "account_code_in_no_column",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        groups="in_no",
        line_no="int",
    ),
    RkaLayout(
        "rupiah_sign_columns",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("rpH", "Harga Satuan"),
            ("harga", (None,)),
            ("rpJ", "Jumlah"),
            ("jumlah", (None,)),
        ),
        preamble="colon_cols",
        groups="in_uraian",
        line_no="int",
        group_subtotal=False,
    ),
]

# A sixth batch: what ten more civil servants write (abbreviated labels, headers repeated per
# printed page, sub-totals, PPN and terbilang rows in the body, specs on a second row or in
# brackets, koefisien units shortened, volume and unit in one cell, account rows as text,
# a cover sheet, a signature block, SIPD-style PDF printouts). Same rule: every third held out.
RKA_LAYOUTS += [
    RkaLayout(
        "abbreviated_labels_dash_groups",
        cols(
            ("no", "No."),
            ("uraian", "Uraian"),
            ("vol", "Vol."),
            ("sat", "Sat."),
            ("harga", "Hrg Sat (Rp)"),
            ("jumlah", "Total (Rp)"),
        ),
        preamble="title",
        line_no="int",
        groups="dash",
    ),
    RkaLayout(
        "koef_abbreviated_units",
        cols(
            ("kode", "Kode Rek."),
            ("uraian", "Rincian"),
            ("koef", "Koef."),
            ("harga", "Hrg. Satuan"),
            ("jumlah", "Jml (Rp)"),
        ),
        preamble="sipd",
        koef="abbrev",
    ),
    RkaLayout(
        "header_repeated_per_page",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="colon_cols",
        numbering_row=True,
        line_no="int",
        groups="in_uraian",
        repeat_header=3,
        price="dash",
    ),
    RkaLayout(
        "subtotal_ppn_terbilang_rows",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Vol"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan (Rp)"),
            ("jumlah", "Jumlah (Rp)"),
        ),
        preamble="inline",
        line_no="int",
        groups="name_only",
        group_subtotal=False,
        mid_rows=("subtotal", "ppn", "terbilang"),
    ),
    RkaLayout(
        "spec_on_second_row",
        cols(
            ("no", "No"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        line_no="int",
        spec_row=True,
    ),
    RkaLayout(
        "spec_in_brackets_rp_dot",
        cols(
            ("no", "No"),
            ("uraian", "Uraian Barang"),
            ("vol", "Jumlah Barang"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah Harga"),
        ),
        preamble="title",
        line_no="dotted",
        groups="dash",
        spec_brackets=True,
        price="rpdot",
    ),
    RkaLayout(
        "volume_and_unit_one_cell",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("volsat", "Vol/Sat"),
            ("harga", "Hrg Satuan"),
            ("jumlah", "Jumlah Biaya"),
        ),
        preamble="colon_cols",
        line_no="int",
        groups="name_only",
        price="trail",
    ),
    RkaLayout(
        "account_rows_as_text",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        line_no="int",
        groups="name_only",
    ),
    RkaLayout(
        "cover_sheet_one_rka_per_sheet",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("ppn", "PPN"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        subs="per_sheet",
        extra_sheets=("Cover",),
        ppn_share=0.6,
    ),
    RkaLayout(
        "landscape_signature_block",
        SIPD_COLS,
        preamble="sipd",
        signature=True,
        ppn_share=0.5,
    ),
    RkaLayout(
        "trailing_spaces_spacer_cols",
        cols(
            ("no", "No"),
            ("blank", (None,)),
            ("uraian", "Uraian"),
            ("blank", (None,)),
            ("vol", "Vol."),
            ("sat", "Sat."),
            ("blank", (None,)),
            ("harga", "Harga Sat."),
            ("blank", (None,)),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="dash",
        price="trail",
    ),
    RkaLayout(
        "kode_and_name_in_code_column",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        groups="kode_dash",
        price="mixed2",
    ),
    RkaLayout(
        "sipd_pdf_printout",
        SIPD_COLS,
        preamble="sipd",
        fmt="pdf",
        ppn_share=0.5,
        hierarchy=True,
        rows_per_page=10,
    ),
    RkaLayout(
        "sipd_pdf_split_pages",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", ("Rincian Perhitungan", "Koefisien")),
            ("sat", ("Rincian Perhitungan", "Satuan")),
            ("harga", ("Rincian Perhitungan", "Harga")),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        fmt="pdf",
        subgroups=True,
        rows_per_page=6,
        price="id",
    ),
    RkaLayout(
        "two_row_header_volume_jumlah",
        cols(
            ("no", ("No", None)),
            ("uraian", ("Uraian", None)),
            ("vol", ("Volume", "Jml")),
            ("sat", ("Volume", "Sat")),
            ("harga", ("Harga (Rp)", "Satuan")),
            ("jumlah", ("Harga (Rp)", "Jumlah")),
        ),
        preamble="title",
        line_no="int",
        groups="dash",
        mid_rows=("subtotal",),
        group_subtotal=False,
    ),
    RkaLayout(
        "lettered_sections_a1",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="colon_cols",
        groups="lettered",
    ),
    RkaLayout(
        "decimal_line_numbers",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="decimal",
        groups="none",
        koef="abbrev",
    ),
    RkaLayout(
        "pdf_hand_made_signature",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Vol"),
            ("sat", "Sat"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        fmt="pdf",
        line_no="int",
        groups="dash",
        signature=True,
        price="id",
    ),
]

# A seventh batch, written after measuring the sixth (same rule).
RKA_LAYOUTS += [
    RkaLayout(
        "flat_export_sub_columns",
        cols(
            ("subkode", "Kode Sub Kegiatan"),
            ("subnama", "Nama Sub Kegiatan"),
            ("kode", "Kode Rekening"),
            ("akun_nama", "Nama Rekening"),
            ("uraian", "Uraian Komponen"),
            ("spek", "Spesifikasi"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("ppn", "PPN"),
            ("jumlah", "Total"),
        ),
        subs="flat",
        groups="none",
        total_row=None,
        ppn_share=0.5,
    ),
    RkaLayout(
        "english_locale_amounts",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="colon_cols",
        line_no="int",
        groups="dash",
        price="en",
    ),
    RkaLayout(
        "uraian_wrapped_over_two_rows",
        cols(
            ("no", "No"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        line_no="int",
        wrap_uraian=True,
    ),
    RkaLayout(
        "ppn_yes_no_flag",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("ppn", "PPN 11%"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="bracket_code",
        ppn_flag=True,
        ppn_share=1.0,
    ),
    RkaLayout(
        "volumes_in_thousands_text",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Vol"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="inline",
        line_no="int",
        groups="dash",
        big_volumes=True,
        price="id",
    ),
    RkaLayout(
        "footnote_marks_slash_units",
        cols(
            ("no", "No"),
            ("kode", "Kode Rek"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan *)"),
            ("jumlah", "Jumlah **)"),
        ),
        preamble="sipd",
        line_no="int",
        footnotes=True,
        sat_slash=True,
    ),
    RkaLayout(
        "volsat_koef_abbreviated",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("volsat", "Volume"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="dash",
        koef="abbrev",
        price="dash",
    ),
    RkaLayout(
        "group_code_in_brackets_en",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        preamble="colon_cols",
        line_no="int",
        groups="bracket_code",
        price="en",
        mid_rows=("subtotal",),
    ),
    RkaLayout(
        "flat_export_pdf",
        cols(
            ("subkode", "Kode Sub Kegiatan"),
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        subs="flat",
        groups="none",
        total_row=None,
        fmt="pdf",
        rows_per_page=8,
    ),
]

# An eighth batch, written after the fixes for the sixth and seventh (same rule).
RKA_LAYOUTS += [
    RkaLayout(
        "facts_code_and_name_in_own_cells",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="split_code",
        line_no="int",
        groups="dash",
    ),
    RkaLayout(
        "koef_numbers_only_slash_unit",
        cols(
            ("kode", "Kode Rekening"),
            ("uraian", "Uraian"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        koef_numbers=True,
        sat_slash=True,
    ),
    RkaLayout(
        "sheets_named_by_sub_code",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        subs="per_sheet",
        sheet_named_by_code=True,
        line_no="int",
        groups="dash",
    ),
    RkaLayout(
        "ket_cites_catalogue_codes",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Vol"),
            ("sat", "Sat"),
            ("harga", "Harga Satuan (Rp)"),
            ("jumlah", "Jumlah (Rp)"),
            ("ket", "Keterangan"),
        ),
        preamble="inline",
        line_no="int",
        groups="in_uraian",
        ket_codes=True,
        price="dash",
    ),
    RkaLayout(
        "banyaknya_harga_at_rp_dot",
        cols(
            ("no", "No."),
            ("uraian", "Jenis Barang/Jasa"),
            ("vol", "Banyaknya"),
            ("sat", "Satuan"),
            ("harga", "Harga @ (Rp.)"),
            ("jumlah", "Jumlah Harga (Rp.)"),
        ),
        preamble="colon_cols",
        line_no="dotted",
        groups="name_only",
        price="rpdot",
        signature=True,
    ),
    RkaLayout(
        "spec_row_repeated_header_pdf",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("vol", "Vol."),
            ("sat", "Sat."),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        fmt="pdf",
        line_no="int",
        groups="dash",
        wrap_uraian=True,
        rows_per_page=7,
    ),
    RkaLayout(
        "flat_export_names_only",
        cols(
            ("subnama", "Sub Kegiatan"),
            ("akun_nama", "Rekening"),
            ("uraian", "Komponen"),
            ("vol", "Volume"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        subs="flat",
        groups="none",
        total_row=None,
    ),
    RkaLayout(
        "mixed2_prices_mid_subtotals_kode",
        cols(
            ("no", "No"),
            ("kode", "Kode Rek."),
            ("uraian", "Uraian"),
            ("koef", "Koef."),
            ("sat", "Sat."),
            ("harga", "Harga"),
            ("ppn", "PPN"),
            ("jumlah", "Jumlah"),
        ),
        preamble="sipd",
        line_no="int",
        price="mixed2",
        mid_rows=("subtotal", "terbilang"),
        group_subtotal=False,
        ppn_share=0.6,
    ),
    RkaLayout(
        "english_locale_volsat_signature",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("volsat", "Volume"),
            ("harga", "Harga Satuan"),
            ("jumlah", "Jumlah"),
        ),
        preamble="title",
        line_no="int",
        groups="bracket_code",
        price="en",
        signature=True,
    ),
]

# A seventh batch: lines numbered under Roman-numeral account sections (the rule's holdout slot).
RKA_LAYOUTS += [
    RkaLayout(
        "roman_sections_text_prices",
        cols(
            ("no", "No."),
            ("uraian", "Uraian Belanja"),
            ("spek", "Spesifikasi"),
            ("harga", "Harga Satuan"),
            ("koef", "Koefisien"),
            ("sat", "Satuan"),
            ("jumlah", "Jumlah (Rp)"),
        ),
        preamble="sipd",
        groups="roman",
        price="rp",
        seed=81,
    ),
]

# An eighth batch: an author whose words we do not know, and sheets read only in part (a header
# of unknown labels or none, a notes table, a title across the table, a total above the lines, an
# unknown sub-kegiatan label, one sheet that cannot be read).
_UNKNOWN_WORDS = cols(
    ("no", "#"),
    ("uraian", "Keperluan"),
    ("vol", "Banyaknya"),
    ("sat", "Ukuran"),
    ("harga", "Nilai per Ukuran"),
    ("jumlah", "Nilai Keseluruhan"),
)
_PLAIN = cols(
    ("no", "No"),
    ("uraian", "Uraian"),
    ("vol", "Volume"),
    ("sat", "Satuan"),
    ("harga", "Harga Satuan"),
    ("jumlah", "Jumlah"),
)
RKA_LAYOUTS += [
    RkaLayout(
        "unknown_header_words", _UNKNOWN_WORDS, preamble="title", line_no="int", groups="none", koef="simple"
    ),
    RkaLayout(
        "no_header_row", _PLAIN, preamble="sipd", line_no="int", groups="none", koef="simple", no_header=True
    ),
    RkaLayout("notes_table_under_lines", SIPD_COLS, preamble="sipd", notes_table=True, seed=91),
    RkaLayout(
        "title_across_table", _PLAIN, preamble="sipd", line_no="int", groups="in_uraian", title_in_table=True
    ),
    RkaLayout("odd_sub_kegiatan_label", _PLAIN, preamble="odd_label", line_no="int", groups="dash", seed=93),
    RkaLayout(
        "overflowed_recap_sheet", SIPD_COLS, preamble="sipd", subs="per_sheet", broken_sheet=True, seed=94
    ),
    RkaLayout(
        "unknown_words_with_spec_total_first",
        cols(
            ("no", "Nmr"),
            ("uraian", "Rincian Kebutuhan"),
            ("spek", "Uraian Teknis"),
            ("vol", "Banyak"),
            ("sat", "Per"),
            ("harga", "Tarif per"),
            ("jumlah", "Nilai"),
        ),
        preamble="title",
        line_no="dotted",
        groups="none",
        koef="simple",
        total_first=True,
    ),
    RkaLayout(
        "unknown_words_numbering_row",
        _UNKNOWN_WORDS,
        preamble="sipd",
        line_no="int",
        groups="none",
        koef="simple",
        numbering_row=True,
        blank_rows=True,
        price="rp",
        seed=97,
    ),
    RkaLayout(
        "no_header_stacked_subs",
        _PLAIN,
        preamble="sipd",
        line_no="int",
        groups="none",
        koef="simple",
        subs="stacked",
        no_header=True,
        price="id",
    ),
    RkaLayout(
        "unknown_words_notes_merged_title",
        _UNKNOWN_WORDS,
        preamble="inline",
        line_no="int",
        groups="none",
        koef="simple",
        notes_table=True,
        title_in_table=True,
        seed=99,
    ),
]

# Every third layout (fixed before the first measurement; the later ones by the same rule):
# measured, never debugged on.
HOLDOUT = frozenset(layout.name for layout in RKA_LAYOUTS[2::3])


# --- catalogues ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedItem:
    uraian: str
    satuan: str
    harga: int


@dataclass(frozen=True)
class CatalogueLayout:
    name: str
    columns: tuple[Col, ...]
    title_rows: int = 0
    sections: bool = False
    numbering_row: bool = False
    price: str = "num"
    start_col: int = 0
    fmt: str = "xlsx"
    matrix: tuple[str, ...] = ()  # SBU matrix: one price column per grade/region, no price label
    cover_sheet: bool = False  # a first sheet with only text
    kode_sections: bool = False  # section rows with a code and a name, no price
    price_pair: str = ""  # "range": lowest and highest price; "ppn": without and with PPN
    unit_in_name: bool = False  # no Satuan column: "Kertas HVS A4 (Rim)"
    roman_sections: bool = False  # "I. ALAT TULIS KANTOR" section rows
    repeat_header: int = 0  # the header printed again every N items
    outline_numbers: bool = False  # "1.2.3" numbers, section rows "1.2 NAME" in the No column


def render_catalogue(layout: CatalogueLayout, directory: Path) -> tuple[Path, list[ExpectedItem]]:
    rng = random.Random(sum(map(ord, layout.name)))
    book = openpyxl.Workbook()
    ws = book.active
    if layout.cover_sheet:
        ws.title = "Sampul"
        ws["B3"] = "LAMPIRAN KEPUTUSAN WALI KOTA"
        ws["B4"] = "Standar Satuan Harga Tahun 2026"
        ws = book.create_sheet("Daftar Harga")
    else:
        ws.title = "SSH"
    sheet = _Sheet(ws, layout.start_col)
    width = len(layout.columns)
    titles = [
        "STANDAR SATUAN HARGA BARANG DAN JASA",
        "PEMERINTAH KOTA CONTOH",
        "TAHUN ANGGARAN 2026",
        "Lampiran Peraturan Wali Kota Nomor 41 Tahun 2025",
    ]
    for title in titles[: layout.title_rows]:
        sheet.put([title], [(0, 0, 0, width - 1)])
    if layout.title_rows:
        sheet.blank()
    _header(sheet, RkaLayout(layout.name, layout.columns, numbering_row=layout.numbering_row))
    sheet.in_table = True
    expected: list[ExpectedItem] = []
    number = 0
    if layout.matrix:
        for number, (uraian, satuan, base) in enumerate(SBU_MATRIX_ITEMS, start=1):
            prices = [base - step * base // 10 // 1000 * 1000 for step in range(len(layout.matrix))]
            values = {"no": number, "uraian": uraian, "sat": satuan}
            values.update({f"m{k}": _money(price, layout.price, rng) for k, price in enumerate(prices)})
            sheet.put([values.get(c.role) for c in layout.columns])
            expected.extend(ExpectedItem(uraian, satuan, price) for price in prices)
    header_layout = RkaLayout(layout.name, layout.columns, numbering_row=layout.numbering_row)
    for section, account in enumerate(rng.sample(list(ITEMS), k=0 if layout.matrix else 6), start=1):
        if layout.sections:
            sheet.put([f"{chr(65 + len(expected) % 26)}. {ACCOUNTS[account][1].upper()}"])
        if layout.outline_numbers:
            sheet.put([f"1.{section}", ACCOUNTS[account][1].split("-")[-1].upper()])
        if layout.roman_sections:
            roman = ["I", "II", "III", "IV", "V", "VI", "VII"][section - 1]
            sheet.put([None, f"{roman}. {ACCOUNTS[account][1].split('-')[-1].upper()}"])
        if layout.kode_sections:
            sheet.put(
                [
                    {"kode": ACCOUNTS[account][0], "uraian": ACCOUNTS[account][1]}.get(c.role)
                    for c in layout.columns
                ]
            )
        for uraian, spek, satuan, harga, _ in ITEMS[account]:
            number += 1
            if layout.repeat_header and number % layout.repeat_header == 0:
                sheet.put([f"Halaman {number // layout.repeat_header}"])
                _header(sheet, header_layout)
            listed = harga
            low = harga
            if layout.price_pair == "range":  # the reference is the highest price
                low = harga * 85 // 100 // 100 * 100
            elif layout.price_pair == "ppn":  # the reference is the price a line may cost, with PPN
                listed = harga * 111 // 100
            values = {
                "no": f"1.{section}.{number}" if layout.outline_numbers else number,
                "kode": f"1.1.7.01.01.{number:02d}.{rng.randint(1, 40):03d}",
                "uraian": uraian,
                "spek": spek,
                "sat": satuan,
                "harga": _money(listed, layout.price, rng),
                "harga_lo": _money(low, layout.price, rng),
                "akun": ACCOUNTS[account][0],
                "ket": rng.choice(["", "Harga belum termasuk PPN", None]),
                "kelkode": f"1.1.7.01.{len(expected) % 7 + 1:02d}",
                "kelompok": ACCOUNTS[account][1].split("-")[-1],
            }
            if layout.unit_in_name:
                values["uraian"] = f"{uraian} ({satuan})"
            sheet.put([values.get(c.role) for c in layout.columns])
            expected.append(ExpectedItem(uraian, satuan, listed))
    directory.mkdir(parents=True, exist_ok=True)
    if layout.fmt == "csv":
        path = directory / f"{layout.name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter=";")
            for grid_row in sheet.grid:
                writer.writerow(["" if v is None else v for v in grid_row])
        return path, expected
    if layout.fmt == "pdf":
        path = directory / f"{layout.name}.pdf"
        _write_pdf([sheet], [c.role for c in layout.columns], path, 0)
        return path, expected
    path = directory / f"{layout.name}.xlsx"
    book.save(path)
    return path, expected


# Standar biaya umum rows priced per grade (invented amounts).
SBU_MATRIX_ITEMS = [
    ("Honorarium Narasumber Kegiatan", "OJ", 1_000_000),
    ("Honorarium Moderator Kegiatan", "OK", 700_000),
    ("Uang Harian Rapat di Luar Kantor", "OH", 150_000),
    ("Uang Transport Kegiatan Dalam Kota", "OK", 170_000),
    ("Biaya Penginapan Perjalanan Dinas", "Malam", 1_250_000),
]

CATALOGUE_LAYOUTS: list[CatalogueLayout] = [
    CatalogueLayout(
        "ssh_plain",
        cols(
            ("no", "No"),
            ("kode", "Kode Barang"),
            ("uraian", "Uraian"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
        ),
        title_rows=3,
    ),
    CatalogueLayout(
        "barang_jasa_merged",
        cols(
            ("no", "No"),
            ("uraian", ("Barang/Jasa", "Uraian")),
            ("spek", ("Barang/Jasa", "Spesifikasi")),
            ("sat", ("Harga", "Satuan")),
            ("harga", ("Harga", "Harga Satuan")),
        ),
        title_rows=4,
        price="id",
    ),
    CatalogueLayout(
        "sbu_besaran",
        cols(
            ("no", "NO"),
            ("uraian", "URAIAN"),
            ("sat", "SATUAN"),
            ("harga", "BESARAN (Rp)"),
            ("ket", "KETERANGAN"),
        ),
        title_rows=2,
        sections=True,
        numbering_row=True,
    ),
    CatalogueLayout(
        "hspk_reordered",
        cols(("harga", "Harga Satuan (Rp)"), ("sat", "Sat"), ("uraian", "Jenis Pekerjaan"), ("kode", "Kode")),
        title_rows=1,
        price="rp",
    ),
    CatalogueLayout(
        "nama_barang_merk",
        cols(
            ("no", "No"),
            ("uraian", "Nama Barang"),
            ("spek", "Merk/Tipe"),
            ("sat", "Satuan"),
            ("harga", "Harga Tertinggi"),
            ("akun", "Kode Rekening Belanja"),
        ),
        title_rows=3,
        sections=True,
        start_col=1,
    ),
    CatalogueLayout(
        "csv_catalogue",
        cols(
            ("kode", "Kode"),
            ("uraian", "Nama Komponen"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
        ),
        fmt="csv",
        price="id",
    ),
    CatalogueLayout(
        "komponen_three_row",
        cols(
            ("no", ("No",)),
            ("uraian", ("KOMPONEN", "Nama")),
            ("spek", ("KOMPONEN", "Spesifikasi")),
            ("sat", ("KOMPONEN", "Satuan")),
            ("harga", ("STANDAR HARGA", "Harga Satuan")),
            ("ket", ("STANDAR HARGA", "Ket.")),
        ),
        title_rows=4,
        numbering_row=True,
        price="mixed",
    ),
    CatalogueLayout(
        "deskripsi_tarif",
        cols(("no", "No"), ("uraian", "Deskripsi"), ("sat", "Sat."), ("harga", "Tarif")),
        title_rows=2,
        sections=True,
    ),
]
CATALOGUE_LAYOUTS += [
    CatalogueLayout(
        "cover_sheet_banner",
        cols(
            ("no", ("DAFTAR STANDAR SATUAN HARGA", "No")),
            ("uraian", ("DAFTAR STANDAR SATUAN HARGA", "Nama Barang/Jasa")),
            ("spek", ("DAFTAR STANDAR SATUAN HARGA", "Spesifikasi")),
            ("sat", ("DAFTAR STANDAR SATUAN HARGA", "Satuan")),
            ("harga", ("DAFTAR STANDAR SATUAN HARGA", "Harga (Rp)")),
        ),
        cover_sheet=True,
        price="rp",
    ),
    CatalogueLayout(
        "kode_section_rows",
        cols(
            ("kode", "Kode"),
            ("uraian", "Uraian"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("akun", "Rekening"),
        ),
        title_rows=3,
        kode_sections=True,
    ),
    CatalogueLayout(
        "sbu_text_amounts",
        cols(
            ("no", "No"),
            ("uraian", "Uraian Biaya"),
            ("sat", "Satuan"),
            ("harga", "Besaran"),
            ("ket", "Keterangan"),
        ),
        title_rows=4,
        price="mixed",
        numbering_row=True,
    ),
    CatalogueLayout(
        "sipd_ssh_export",
        cols(
            ("kelkode", "Kode Kelompok Barang"),
            ("kelompok", "Uraian Kelompok Barang"),
            ("kode", "Kode Barang"),
            ("uraian", "Uraian Barang"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
            ("akun", "Kode Rekening"),
        ),
    ),
    CatalogueLayout(
        "rp_only_price_label",
        cols(
            ("no", "No"),
            ("uraian", "Nama Barang"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Rp"),
        ),
        title_rows=2,
        sections=True,
    ),
]
CATALOGUE_LAYOUTS += [
    CatalogueLayout(
        "sbu_matrix_eselon",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("sat", "Satuan"),
            ("m0", ("Besaran", "Eselon II")),
            ("m1", ("Besaran", "Eselon III")),
            ("m2", ("Besaran", "Eselon IV")),
        ),
        title_rows=3,
        matrix=("Eselon II", "Eselon III", "Eselon IV"),
    ),
    CatalogueLayout(
        "sbu_matrix_text_prices",
        cols(
            ("no", "NO"),
            ("uraian", "URAIAN"),
            ("sat", "SATUAN"),
            ("m0", "GOLONGAN IV"),
            ("m1", "GOLONGAN III"),
            ("m2", "GOLONGAN II/I"),
        ),
        title_rows=2,
        price="id",
        matrix=("GOLONGAN IV", "GOLONGAN III", "GOLONGAN II/I"),
    ),
]
# A third batch (same rule): two prices, units in the name, roman sections, repeated headers,
# abbreviated labels, prices written "58.500,-", golongan matrices, text-PDF catalogues.
CATALOGUE_LAYOUTS += [
    CatalogueLayout(
        "price_range_low_high",
        cols(
            ("no", "No"),
            ("uraian", "Nama Barang"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga_lo", "Harga Terendah"),
            ("harga", "Harga Tertinggi"),
        ),
        title_rows=3,
        price_pair="range",
    ),
    CatalogueLayout(
        "price_without_and_with_ppn",
        cols(
            ("no", "No"),
            ("kode", "Kode Barang"),
            ("uraian", "Uraian"),
            ("sat", "Satuan"),
            ("harga_lo", ("Harga Satuan (Rp)", "Sebelum PPN")),
            ("harga", ("Harga Satuan (Rp)", "Termasuk PPN")),
        ),
        title_rows=2,
        sections=True,
        price_pair="ppn",
    ),
    CatalogueLayout(
        "unit_in_item_name",
        cols(("no", "No"), ("uraian", "Nama Barang"), ("spek", "Spesifikasi"), ("harga", "Harga Satuan")),
        title_rows=2,
        unit_in_name=True,
    ),
    CatalogueLayout(
        "roman_sections_kode_barang",
        cols(
            ("kode", "Kode Barang"),
            ("uraian", "Uraian Barang"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga (Rp)"),
        ),
        title_rows=3,
        roman_sections=True,
        price="dash",
    ),
    CatalogueLayout(
        "abbreviated_labels_repeated_header",
        cols(
            ("no", "No."),
            ("uraian", "Nm. Barang"),
            ("sat", "Sat."),
            ("harga", "Hrg. Satuan (Rp)"),
            ("ket", "Ket."),
        ),
        title_rows=1,
        repeat_header=6,
        price="trail",
    ),
    CatalogueLayout(
        "golongan_matrix_two_row",
        cols(
            ("no", ("No", None)),
            ("uraian", ("Uraian", None)),
            ("sat", ("Satuan", None)),
            ("m0", ("Golongan", "IV")),
            ("m1", ("Golongan", "III")),
            ("m2", ("Golongan", "II")),
        ),
        title_rows=2,
        matrix=("IV", "III", "II"),
    ),
    CatalogueLayout(
        "text_pdf_catalogue",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
        ),
        title_rows=3,
        fmt="pdf",
        price="id",
    ),
    CatalogueLayout(
        "text_pdf_kode_akun",
        cols(
            ("kode", "Kode"),
            ("uraian", "Nama Komponen"),
            ("sat", "Satuan"),
            ("harga", "Harga"),
            ("akun", "Kode Rekening"),
        ),
        title_rows=2,
        fmt="pdf",
        sections=True,
    ),
    CatalogueLayout(
        "english_amounts_range",
        cols(
            ("no", "No"),
            ("uraian", "Item"),
            ("sat", "Unit"),
            ("harga_lo", "Harga Min"),
            ("harga", "Harga Maks"),
        ),
        title_rows=2,
        price="en",
        price_pair="range",
    ),
]
# A fourth batch (same rule).
CATALOGUE_LAYOUTS += [
    CatalogueLayout(
        "outline_numbered_sections",
        cols(("no", "No"), ("uraian", "Uraian"), ("sat", "Satuan"), ("harga", "Harga Satuan (Rp)")),
        title_rows=2,
        outline_numbers=True,
        price="rpdot",
    ),
    CatalogueLayout(
        "price_and_price_plus_ppn",
        cols(
            ("no", "No"),
            ("uraian", "Nama Barang"),
            ("sat", "Satuan"),
            ("harga_lo", "Harga Satuan"),
            ("harga", "Harga Satuan + PPN 11%"),
        ),
        title_rows=3,
        price_pair="ppn",
    ),
    CatalogueLayout(
        "csv_abbreviated_dash_prices",
        cols(("kode", "Kd."), ("uraian", "Nama Brg"), ("sat", "Sat."), ("harga", "Hrg Sat.")),
        fmt="csv",
        price="dash",
    ),
    CatalogueLayout(
        "pdf_two_prices_range",
        cols(
            ("no", "No"),
            ("uraian", "Uraian"),
            ("sat", "Satuan"),
            ("harga_lo", "Harga Terendah"),
            ("harga", "Harga Tertinggi"),
        ),
        title_rows=2,
        fmt="pdf",
        price_pair="range",
        sections=True,
    ),
    CatalogueLayout(
        "unit_in_name_roman_sections",
        cols(("no", "No"), ("uraian", "Uraian Barang"), ("spek", "Spesifikasi"), ("harga", "Harga (Rp)")),
        title_rows=1,
        unit_in_name=True,
        roman_sections=True,
        price="id",
    ),
    CatalogueLayout(
        "repeated_header_mixed2_prices",
        cols(
            ("no", "No"),
            ("kode", "Kode Barang"),
            ("uraian", "Nama Barang"),
            ("spek", "Spesifikasi"),
            ("sat", "Satuan"),
            ("harga", "Harga Satuan"),
        ),
        title_rows=3,
        repeat_header=5,
        price="mixed2",
    ),
]
CATALOGUE_HOLDOUT = frozenset(layout.name for layout in CATALOGUE_LAYOUTS[2::3])


def render_all(directory: Path) -> dict[str, tuple[Path, list[Any]]]:
    rendered: dict[str, tuple[Path, list[Any]]] = {}
    renderers: list[tuple[Sequence[Any], Callable[[Any, Path], tuple[Path, list[Any]]]]] = [
        (RKA_LAYOUTS, render_rka),
        (CATALOGUE_LAYOUTS, render_catalogue),
    ]
    for layouts, render in renderers:
        for layout in layouts:
            rendered[layout.name] = render(layout, directory)
    return rendered


__all__ = [
    "CATALOGUE_HOLDOUT",
    "CATALOGUE_LAYOUTS",
    "HOLDOUT",
    "RKA_LAYOUTS",
    "ExpectedItem",
    "ExpectedLine",
    "render_catalogue",
    "render_rka",
]
