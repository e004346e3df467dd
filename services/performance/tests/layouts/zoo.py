"""A zoo of performance-report layouts, each with the rows a reader must find in it.

Why: every fresh set of reports written by a new author lost a quarter of its rows at intake,
then scored 0.99 after tuning on that author's layouts only. This zoo plays ten planners at once:
each :class:`Layout` is a random draw over the axes a new author varies (file kind, header words
and abbreviations, headers over two or three rows with merged cells and column numbers, group
rows between indicators, several years side by side, the unit in its own column or in the name,
number notation, budget columns, tables split over pages, landscape pages, a cover before the
table, prose with the figures in sentences). Every indicator, programme, figure and header word
here is our own invention, not taken from any evaluation set.

:func:`layouts` lists the zoo; :func:`render` writes one layout's file and returns its truth rows.
Every third layout is held out (``Layout.holdout``): measure it, never debug on it.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

YEAR = 2025
FORMATS = ("pdf", "pdf", "xlsx", "docx", "prose")

# --- invented content ------------------------------------------------------------------------------

# (name, unit, typical magnitude)
INDICATORS = [
    ("Cakupan rumah tangga dengan akses sanitasi layak", "%", 80),
    ("Jumlah pelaku usaha mikro yang mendapat pendampingan", "pelaku usaha", 350),
    ("Persentase jalan lingkungan dalam kondisi mantap", "%", 70),
    ("Jumlah kunjungan perpustakaan keliling", "kunjungan", 4200),
    ("Indeks kepuasan masyarakat terhadap layanan perizinan", "indeks", 82),
    ("Jumlah peserta pelatihan kerja berbasis kompetensi", "orang", 640),
    ("Persentase sekolah dasar terakreditasi minimal B", "%", 88),
    ("Luas ruang terbuka hijau yang dipelihara", "hektar", 46),
    ("Jumlah dokumen perencanaan yang disusun tepat waktu", "dokumen", 7),
    ("Persentase arsip dinamis yang tertata", "%", 65),
    ("Jumlah usaha kecil yang memperoleh sertifikat halal", "unit", 180),
    ("Persentase balita gizi kurang yang ditangani", "%", 95),
    ("Jumlah kelurahan tangguh bencana", "kelurahan", 12),
    ("Jumlah wisatawan nusantara yang berkunjung", "orang", 185000),
    ("Persentase aduan masyarakat yang ditindaklanjuti", "%", 90),
    ("Panjang saluran drainase yang direhabilitasi", "km", 14),
    ("Jumlah kelompok tani yang menerima bantuan benih", "kelompok", 38),
    ("Persentase pasar rakyat dengan timbangan bertera sah", "%", 75),
    ("Jumlah aplikasi layanan publik yang terintegrasi", "aplikasi", 9),
    ("Jumlah penyandang disabilitas yang mendapat alat bantu", "orang", 120),
    ("Nilai evaluasi akuntabilitas kinerja perangkat daerah", "nilai", 71),
    ("Persentase kendaraan angkutan umum lulus uji berkala", "%", 84),
    ("Jumlah titik lampu penerangan jalan yang terpasang", "titik", 460),
    ("Persentase laporan keuangan yang disusun tepat waktu", "%", 100),
    ("Jumlah koperasi aktif yang dibina", "koperasi", 55),
    ("Cakupan layanan air minum perpipaan", "%", 78),
    ("Jumlah kejuaraan olahraga tingkat kota yang diselenggarakan", "kejuaraan", 6),
    ("Persentase rumah tidak layak huni yang diperbaiki", "%", 30),
    ("Jumlah kader posyandu yang terlatih", "orang", 520),
    ("Persentase pelanggaran peraturan daerah yang ditertibkan", "%", 60),
]

GROUPS = {
    "sasaran": [
        "Sasaran 1: Meningkatnya kualitas layanan dasar masyarakat",
        "Sasaran 2: Meningkatnya daya saing ekonomi lokal",
        "Sasaran 3: Meningkatnya tata kelola pemerintahan yang akuntabel",
    ],
    "program": [
        "Program Peningkatan Layanan Dasar Perkotaan",
        "Program Pemberdayaan Ekonomi Kerakyatan",
        "Program Penunjang Urusan Pemerintahan Daerah",
    ],
    "kegiatan": [
        "Kegiatan Pembinaan dan Pendampingan Masyarakat",
        "Kegiatan Penyediaan Sarana Layanan Umum",
        "Kegiatan Administrasi Perencanaan dan Keuangan",
    ],
}

BUDGET_LINES = [
    "Program Penunjang Urusan Pemerintahan Daerah Kota",
    "Program Pengelolaan Ruang Publik dan Taman",
    "Program Pembinaan Usaha Mikro dan Koperasi",
    "Program Penanggulangan Bencana Kelurahan",
    "Program Pelayanan Perizinan Terpadu",
    "Program Peningkatan Kapasitas Tenaga Kerja",
    "Program Pengelolaan Arsip dan Dokumentasi",
]

OPDS = [
    ("Dinas Pertamanan dan Ruang Publik", "DPRP"),
    ("Badan Kesatuan Lingkungan Kelurahan", "BKLK"),
    ("Dinas Usaha Mikro dan Koperasi", "DUMK"),
    ("Kantor Layanan Terpadu Warga", "KLTW"),
    ("Dinas Sarana Kota", "DSK"),
]

# header words a new author may choose, per column kind
WORDS = {
    "no": ["No", "No.", "NO", "Nomor"],
    "indicator": ["Indikator Kinerja", "Indikator", "Indikator Kinerja Utama", "Uraian Indikator", "IKU"],
    "unit": ["Satuan", "Sat.", "Satuan Ukur"],
    "target": ["Target", "Tgt", "Target Tahunan", "Target Kinerja"],
    "realisation": ["Realisasi", "Real.", "Realisasi s.d. TW IV", "Realisasi Kinerja"],
    "achievement": ["Capaian (%)", "Capaian", "% Capaian", "Persentase Capaian", "Tingkat Capaian (%)"],
    "renstra": ["Target Renstra", "Target Akhir Renstra", "Target 2026 (Renstra)"],
    "pagu": ["Pagu", "Pagu Anggaran", "Anggaran (Rp)", "Alokasi Anggaran"],
    "budget_realisation": ["Realisasi Anggaran", "Realisasi (Rp)", "Real. Keuangan"],
    "sisa": ["Sisa", "Sisa Anggaran"],
    "absorption": ["% Serapan", "Serapan (%)", "Persentase Serapan", "Capaian Keuangan (%)"],
    "budget_name": ["Program", "Uraian Program", "Program / Kegiatan"],
}

# --- truth -----------------------------------------------------------------------------------------


@dataclass
class Row:
    """One row a careful reader finds: an indicator (or a budget line) with its stated figures."""

    indicator: str
    unit: str | None = None
    year: int = YEAR
    target: float | None = None
    realisation: float | None = None
    achievement_pct: float | None = None
    pagu: float | None = None
    budget_realisation: float | None = None
    absorption_pct: float | None = None


@dataclass
class Layout:
    name: str
    holdout: bool
    seed: int
    kind: str  # pdf | xlsx | docx | prose
    header_rows: int  # 1, 2 (a merged group over the figures) or 3 (group + column numbers)
    column_numbers: bool
    groups: list[str]  # group rows between indicators: sasaran, program, kegiatan
    years: list[int]  # the years side by side, the report's year last
    unit_in_name: bool
    notation: str  # id "1.245,5" | en "1,245.5" | plain "1245.5"
    percent_sign: bool  # "98,5%" in the achievement cells
    as_text: bool  # xlsx: numbers stored as text
    budget: str  # none | columns (pagu etc. beside each indicator) | table (a budget table after)
    renstra_column: bool
    rows_per_page: int  # pdf: a table split over pages with its header repeated
    landscape: bool
    cover: bool
    words: dict[str, str] = field(default_factory=dict)
    opd: tuple[str, str] = OPDS[0]

    @property
    def suffix(self) -> str:
        return {"pdf": ".pdf", "prose": ".pdf", "xlsx": ".xlsx", "docx": ".docx"}[self.kind]


def layouts(count: int = 36) -> list[Layout]:
    """``count`` layouts drawn from fixed seeds; every third one is held out."""
    return [_draw(seed) for seed in range(count)]


def _draw(seed: int) -> Layout:
    rng = random.Random(seed * 7919 + 13)
    kind = FORMATS[seed % len(FORMATS)] if seed % 4 else rng.choice(FORMATS)
    years = [YEAR - 1, YEAR] if rng.random() < 0.25 else [YEAR]
    header_rows = rng.choice([1, 2, 2, 3]) if len(years) == 1 else rng.choice([2, 3])
    return Layout(
        name=f"{kind}-{seed:02d}",
        holdout=seed % 3 == 2,
        seed=seed,
        kind=kind,
        header_rows=header_rows,
        column_numbers=header_rows == 3 or rng.random() < 0.2,
        groups=rng.sample(["sasaran", "program", "kegiatan"], rng.choice([0, 1, 1, 2])),
        years=years,
        unit_in_name=rng.random() < 0.35,
        notation=rng.choice(["id", "id", "en", "plain"]),
        percent_sign=rng.random() < 0.4,
        as_text=rng.random() < 0.5,
        budget=rng.choice(["none", "none", "columns", "table"]),
        renstra_column=rng.random() < 0.2,
        rows_per_page=rng.choice([6, 8, 40, 40]),
        landscape=rng.random() < 0.3,
        cover=rng.random() < 0.4,
        words={kind_: rng.choice(options) for kind_, options in WORDS.items()},
        opd=rng.choice(OPDS),
    )


def _figures(rng: random.Random, magnitude: float) -> tuple[float, float, float]:
    decimals = 2 if magnitude < 20 and rng.random() < 0.3 else (1 if magnitude < 100 else 0)
    target = round(magnitude * rng.uniform(0.8, 1.2), decimals)
    if target >= 100 and magnitude <= 100:
        target = 100.0
    realisation = round(target * rng.uniform(0.72, 1.12), decimals)
    return target, realisation, round(realisation / target * 100, 2)


def truth(layout: Layout) -> tuple[list[Row], list[Row], list[tuple[int, str]]]:
    """The indicator rows, the budget rows and the group rows (placed before row ``index``)."""
    rng = random.Random(layout.seed)
    chosen = rng.sample(INDICATORS, rng.randint(7, 14))
    rows: list[Row] = []
    for name, unit, magnitude in chosen:
        for year in layout.years:
            target, realisation, achievement = _figures(rng, magnitude)
            rows.append(Row(name, unit, year, target, realisation, achievement))
        if layout.budget == "columns":
            pagu = rng.randrange(150, 4800) * 1_000_000
            spent = round(pagu * rng.uniform(0.6, 0.99))
            rows[-1].pagu, rows[-1].budget_realisation = pagu, spent
            rows[-1].absorption_pct = round(spent / pagu * 100, 2)
    budget_rows: list[Row] = []
    if layout.budget == "table":
        for name in rng.sample(BUDGET_LINES, rng.randint(3, 5)):
            pagu = rng.randrange(250, 9800) * 1_000_000 + rng.randrange(0, 1000) * 1000
            spent = round(pagu * rng.uniform(0.55, 0.99), -3)
            budget_rows.append(Row(name, None, YEAR, pagu=pagu, budget_realisation=spent,
                                   absorption_pct=round(spent / pagu * 100, 2)))  # fmt: skip
    groups: list[tuple[int, str]] = []
    names = len(chosen)
    for level in layout.groups:
        for number, start in enumerate(range(0, names, max(2, -(-names // 3)))):
            groups.append((start, GROUPS[level][number % len(GROUPS[level])]))
    groups.sort(key=lambda g: (g[0], [lvl for lvl in ("sasaran", "program", "kegiatan")].index(
        next(k for k, v in GROUPS.items() if g[1] in v))))  # fmt: skip
    return rows, budget_rows, groups


# --- writing numbers and names ---------------------------------------------------------------------


def number(value: float | None, layout: Layout, *, percent: bool = False, money: bool = False) -> str:
    if value is None:
        return "-"
    decimals = 0 if money or float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if layout.notation == "id":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    elif layout.notation == "plain":
        text = text.replace(",", "")
    if money and layout.notation == "id" and layout.seed % 2:
        text = "Rp " + text
    return text + ("%" if percent and layout.percent_sign else "")


def shown_name(row: Row, layout: Layout) -> str:
    if layout.unit_in_name and row.unit:
        return f"{row.indicator} ({row.unit})"
    return row.indicator


# --- the table a layout draws ----------------------------------------------------------------------

Cell = tuple[str, int]  # text, columns spanned


@dataclass
class Grid:
    header: list[list[Cell]]
    body: list[list[str]]  # group rows have one text and blanks
    group_rows: set[int]


def indicator_grid(layout: Layout, rows: list[Row], groups: list[tuple[int, str]]) -> Grid:
    w = layout.words
    lead = [w["no"], w["indicator"]] + ([] if layout.unit_in_name else [w["unit"]])
    lead += [w["renstra"]] if layout.renstra_column else []
    per_year = [w["target"], w["realisation"], w["achievement"]]
    budget = [w["pagu"], w["budget_realisation"], w["absorption"]] if layout.budget == "columns" else []
    header: list[list[Cell]]
    if layout.header_rows == 1:
        if len(layout.years) > 1:
            per_year_cells = [f"{label} {year}" for year in layout.years for label in per_year]
        else:
            per_year_cells = per_year
        header = [[(t, 1) for t in lead + per_year_cells + budget]]
    else:
        top: list[Cell] = [(t, 1) for t in lead]
        if len(layout.years) > 1:
            top += [(f"Tahun {year}", 3) for year in layout.years]
        else:
            top += [(f"Kinerja Tahun {YEAR}" if layout.seed % 2 else "Kinerja", 3)]
        top += [("Anggaran", 3)] if budget else []
        low = [("", 1)] * len(lead) + [(t, 1) for t in per_year * len(layout.years)]
        low += [(t, 1) for t in ["Pagu", "Realisasi", "%"]] if budget else []
        header = [top, low]
    width = sum(span for _, span in header[0])
    if layout.column_numbers:
        header.append([(f"({i + 1})", 1) for i in range(width)])
    body: list[list[str]] = []
    group_rows: set[int] = set()
    by_name: dict[str, list[Row]] = {}
    for row in rows:
        by_name.setdefault(row.indicator, []).append(row)
    rng = random.Random(layout.seed + 1)
    for index, (name, year_rows) in enumerate(by_name.items()):
        for start, group in groups:
            if start == index:
                group_rows.add(len(body))
                body.append(["", group] + [""] * (width - 2))
        first = year_rows[0]
        cells = [str(index + 1), shown_name(first, layout)]
        cells += [] if layout.unit_in_name else [first.unit or ""]
        if layout.renstra_column:
            cells.append(number(round((year_rows[-1].target or 0) * rng.uniform(1.05, 1.2), 1), layout))
        for row in year_rows:
            cells += [number(row.target, layout), number(row.realisation, layout),
                      number(row.achievement_pct, layout, percent=True)]  # fmt: skip
        if budget:
            last = year_rows[-1]
            cells += [
                number(last.pagu, layout, money=True),
                number(last.budget_realisation, layout, money=True),
                number(last.absorption_pct, layout, percent=True),
            ]
        body.append(cells)
    return Grid(header, body, group_rows)


def budget_grid(layout: Layout, rows: list[Row]) -> Grid:
    w = layout.words
    labels = [w["no"], w["budget_name"], w["pagu"], w["budget_realisation"], w["sisa"], w["absorption"]]
    header: list[list[Cell]] = [[(t, 1) for t in labels]]
    if layout.column_numbers:
        header.append([(f"({i + 1})", 1) for i in range(len(labels))])
    body = []
    for number_, row in enumerate(rows, start=1):
        left = (row.pagu or 0) - (row.budget_realisation or 0)
        body.append([str(number_), row.indicator, number(row.pagu, layout, money=True),
                     number(row.budget_realisation, layout, money=True), number(left, layout, money=True),
                     number(row.absorption_pct, layout, percent=True)])  # fmt: skip
    return Grid(header, body, set())


def title_lines(layout: Layout) -> list[str]:
    opd, _ = layout.opd
    return [
        "LAPORAN KINERJA INSTANSI PEMERINTAH",
        opd.upper(),
        f"TAHUN {YEAR}",
    ]


def cover_lines(layout: Layout, rows: list[Row]) -> list[str]:
    met = sum(1 for r in rows if (r.achievement_pct or 0) >= 100)
    return [
        *title_lines(layout),
        "",
        "Ringkasan capaian",
        f"Jumlah indikator kinerja yang diukur sebanyak {len({r.indicator for r in rows})} indikator,",
        f"di antaranya {met} indikator mencapai atau melampaui target.",
        "Pemerintah Kota, Januari 2026",
    ]


# --- PDF -------------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Pdf:
    """A small PDF writer: Helvetica text and ruled lines on portrait or landscape A4 pages."""

    def __init__(self, landscape: bool) -> None:
        self.width, self.height = (842.0, 595.0) if landscape else (595.0, 842.0)
        self.pages: list[list[str]] = []

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x: float, y: float, text: str, size: float = 8, bold: bool = False) -> None:
        font = "F2" if bold else "F1"
        self.pages[-1].append(
            f"BT /{font} {size} Tf {x:.1f} {self.height - y:.1f} Td ({_escape(text)}) Tj ET"
        )

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(f"0.5 w {x0:.1f} {self.height - y0:.1f} m {x1:.1f} {self.height - y1:.1f} l S")

    def save(self, path: Path) -> None:
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
        kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(self.pages)))
        objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(self.pages)} >>".encode())
        for base in ("Helvetica", "Helvetica-Bold"):
            objects.append(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode()
            )
        for i, ops in enumerate(self.pages):
            content = "\n".join(ops).encode("cp1252")
            objects.append(
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {self.width:.0f} {self.height:.0f}] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode()
            )
            objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n")
        offsets = []
        for n, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
        out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
        out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
        path.write_bytes(out.getvalue())


def _wrap(text: str, width_chars: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width_chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else [""]


def _widths(pdf: Pdf, grid: Grid, name_at: int, size: float) -> list[float]:
    """Each figure column as wide as its longest figure (or header word); the name takes the rest."""
    count = sum(span for _, span in grid.header[0])
    longest = [4] * count
    for header in grid.header:
        if len(header) == count:  # a header row of single cells: its words may wrap
            for i, (text, _) in enumerate(header):
                longest[i] = max(longest[i], *(len(w) for w in text.split() or [""]))
    for i, body in enumerate(grid.body):
        if i not in grid.group_rows:
            for c, text in enumerate(body):
                longest[c] = max(longest[c], len(text))
    widths = [n * size * 0.62 + 8 for n in longest]
    widths[name_at] = 0
    widths[name_at] = max(90.0, pdf.width - 80 - sum(widths))
    return widths


def _draw_rows(
    pdf: Pdf, top: float, xs: list[float], rows: list[list[Cell]], bold: bool, size: float = 7
) -> float:
    y = top
    for row in rows:
        col, placed = 0, []
        for text, span in row:
            left, right = xs[col], xs[col + span]
            placed.append((left, right, _wrap(text, max(3, int((right - left) / (size * 0.52))))))
            col += span
        height = max(len(lines) for _, _, lines in placed) * (size + 2) + 6
        for left, right, lines in placed:
            for k, text in enumerate(lines):
                pdf.text(left + 3, y + 4 + (k + 1) * (size + 2) - 2, text, size, bold)
            pdf.line(left, y, left, y + height)
            pdf.line(right, y, right, y + height)
        y += height
        pdf.line(xs[0], y, xs[-1], y)
    return y


def _pdf_table(pdf: Pdf, grid: Grid, top: float, layout: Layout, caption: str) -> float:
    count = sum(span for _, span in grid.header[0])
    size = 7.0 if count < 9 else 6.0
    widths = _widths(pdf, grid, 1, size)
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    pdf.text(40, y, caption, 9, bold=True)
    y += 10

    def header(at: float) -> float:
        pdf.line(xs[0], at, xs[-1], at)
        return _draw_rows(pdf, at, xs, grid.header, True, size)

    y = header(y)
    for i, body in enumerate(grid.body):
        if (i and i % layout.rows_per_page == 0) or y > pdf.height - 70:
            pdf.new_page()
            y = header(50.0)
        if i in grid.group_rows:
            y = _draw_rows(pdf, y, xs, [[("", 1), (body[1], count - 1)]], True, size)
        else:
            y = _draw_rows(pdf, y, xs, [[(c, 1) for c in body]], False, size)
    return y


def render_pdf(
    layout: Layout, rows: list[Row], budget_rows: list[Row], groups: list[tuple[int, str]], path: Path
) -> None:
    pdf = Pdf(layout.landscape)
    pdf.new_page()
    lines = cover_lines(layout, rows) if layout.cover else title_lines(layout)
    for i, line in enumerate(lines):
        pdf.text(60, 80 + i * 16, line, 11 if i < 3 else 9, bold=i < 3)
    if layout.cover:
        pdf.new_page()
        y = 60.0
    else:
        y = 80 + len(lines) * 16 + 10
    y = _pdf_table(pdf, indicator_grid(layout, rows, groups), y, layout, "Tabel 3.1 Pengukuran Kinerja")
    if budget_rows:
        if y > pdf.height - 200:
            pdf.new_page()
            y = 40.0
        _pdf_table(pdf, budget_grid(layout, budget_rows), y + 24, layout, "Tabel 3.2 Realisasi Anggaran")
    pdf.save(path)


def _prose_sentences(layout: Layout, row: Row) -> str:
    t, r, a = (
        number(row.target, layout),
        number(row.realisation, layout),
        number(row.achievement_pct, layout),
    )
    unit = "" if row.unit == "%" else f" {row.unit}"
    pct = "%" if row.unit == "%" else ""
    templates = [
        f"Indikator {row.indicator} pada tahun {row.year} ditargetkan sebesar {t}{pct}{unit}, terealisasi "
        f"{r}{pct}{unit} sehingga capaian kinerjanya {a}%.",
        f"Untuk indikator {row.indicator}, target tahun {row.year} sebesar {t}{pct}{unit} dengan realisasi "
        f"{r}{pct}{unit} atau capaian {a}%.",
        f"{row.indicator} tahun {row.year} terealisasi {r}{pct}{unit} dari target {t}{pct}{unit}, "
        f"dengan persentase capaian {a}%.",
    ]
    return templates[(layout.seed + len(row.indicator)) % len(templates)]


def render_prose(layout: Layout, rows: list[Row], budget_rows: list[Row], path: Path) -> None:
    pdf = Pdf(layout.landscape)
    pdf.new_page()
    y = 70.0
    for i, line in enumerate(title_lines(layout)):
        pdf.text(60, y, line, 11, bold=True)
        y += 16
    paragraphs = [
        "BAB III AKUNTABILITAS KINERJA",
        "Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator "
        "sebagaimana diuraikan berikut ini.",
        *(_prose_sentences(layout, row) for row in rows if row.year == YEAR),
    ]
    for row in budget_rows:
        pagu = number(row.pagu, layout, money=True).removeprefix("Rp ")
        spent = number(row.budget_realisation, layout, money=True).removeprefix("Rp ")
        paragraphs.append(
            f"Anggaran {row.indicator} tahun {YEAR} sebesar Rp {pagu} terealisasi Rp {spent} "
            f"atau {number(row.absorption_pct, layout)}%."
        )
    chars = int((pdf.width - 120) / 4.6)
    for paragraph in paragraphs:
        for line in _wrap(paragraph, chars):
            if y > pdf.height - 60:
                pdf.new_page()
                y = 60.0
            pdf.text(60, y, line, 9)
            y += 12
        y += 8
    pdf.save(path)


# --- xlsx and docx ---------------------------------------------------------------------------------


def _xlsx_value(text: str, layout: Layout) -> str | float:
    """A figure as a spreadsheet author stores it: a number, or the text they typed."""
    if layout.as_text or not text or text == "-":
        return text
    plain = text.removeprefix("Rp ").removesuffix("%")
    if layout.notation == "id":
        plain = plain.replace(".", "").replace(",", ".")
    elif layout.notation == "en":
        plain = plain.replace(",", "")
    try:
        return float(plain)
    except ValueError:
        return text


def _xlsx_grid(sheet: openpyxl.worksheet.worksheet.Worksheet, grid: Grid, top: int, layout: Layout) -> int:
    r = top
    for header in grid.header:
        c = 1
        for text, span in header:
            sheet.cell(r, c, text or None)
            if span > 1:
                sheet.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)
            c += span
        r += 1
    if len(grid.header) >= 2 and not grid.header[1][0][0]:  # lead labels merged down over two rows
        for c, (text, _) in enumerate(grid.header[0][: sum(1 for t, _ in grid.header[1] if not t)], start=1):
            sheet.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    for i, body in enumerate(grid.body):
        for c, text in enumerate(body, start=1):
            value = text if c <= 3 or i in grid.group_rows else _xlsx_value(text, layout)
            if value != "":
                sheet.cell(r, c, value)
        if i in grid.group_rows:
            sheet.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(body))
        r += 1
    return r


def render_xlsx(
    layout: Layout, rows: list[Row], budget_rows: list[Row], groups: list[tuple[int, str]], path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if layout.cover:
        sheet.title = "Ringkasan"
        for i, line in enumerate(cover_lines(layout, rows), start=1):
            sheet.cell(i, 1, line or None)
        sheet = book.create_sheet("Pengukuran Kinerja")
    else:
        sheet.title = "IKU"
    top = 1
    for line in title_lines(layout):
        sheet.cell(top, 1, line)
        top += 1
    end = _xlsx_grid(sheet, indicator_grid(layout, rows, groups), top + 1, layout)
    if budget_rows:
        if layout.seed % 2:
            budget_sheet = book.create_sheet("Anggaran")
            budget_sheet.cell(1, 1, f"Realisasi Anggaran Tahun {YEAR}")
            _xlsx_grid(budget_sheet, budget_grid(layout, budget_rows), 3, layout)
        else:
            sheet.cell(end + 1, 1, f"Realisasi Anggaran Tahun {YEAR}")
            _xlsx_grid(sheet, budget_grid(layout, budget_rows), end + 2, layout)
    book.save(path)


def _docx_table(document: docx.document.Document, grid: Grid) -> None:
    width = sum(span for _, span in grid.header[0])
    table = document.add_table(rows=len(grid.header) + len(grid.body), cols=width)
    table.style = "Table Grid"
    for r, header in enumerate(grid.header):
        c = 0
        for text, span in header:
            cell = table.cell(r, c)
            if span > 1:
                cell = cell.merge(table.cell(r, c + span - 1))
            cell.text = text
            c += span
    if len(grid.header) >= 2 and not grid.header[1][0][0]:
        for c in range(sum(1 for t, _ in grid.header[1] if not t)):
            text = table.cell(0, c).text
            merged = table.cell(0, c).merge(table.cell(1, c))
            merged.text = text
    for i, body in enumerate(grid.body):
        r = len(grid.header) + i
        if i in grid.group_rows:
            table.cell(r, 0).merge(table.cell(r, width - 1)).text = body[1]
            continue
        for c, text in enumerate(body):
            table.cell(r, c).text = text


def render_docx(
    layout: Layout, rows: list[Row], budget_rows: list[Row], groups: list[tuple[int, str]], path: Path
) -> None:
    document = docx.Document()
    if layout.landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    lines = cover_lines(layout, rows) if layout.cover else title_lines(layout)
    for line in lines:
        document.add_paragraph(line)
    if layout.cover:
        document.add_page_break()
    document.add_paragraph("Tabel 3.1 Pengukuran Kinerja Tahun " + str(YEAR))
    _docx_table(document, indicator_grid(layout, rows, groups))
    if budget_rows:
        document.add_paragraph(f"Tabel 3.2 Realisasi Anggaran Tahun {YEAR}")
        _docx_table(document, budget_grid(layout, budget_rows))
    document.save(str(path))


def render(layout: Layout, directory: Path) -> tuple[Path, list[Row]]:
    """Writes the layout's file into ``directory``; returns it with the rows a reader must find."""
    rows, budget_rows, groups = truth(layout)
    path = directory / f"laporan_kinerja_{layout.opd[1].lower()}_{YEAR}_{layout.name}{layout.suffix}"
    if layout.kind == "pdf":
        render_pdf(layout, rows, budget_rows, groups, path)
    elif layout.kind == "prose":
        render_prose(layout, rows, budget_rows, path)
    elif layout.kind == "xlsx":
        render_xlsx(layout, rows, budget_rows, groups, path)
    else:
        render_docx(layout, rows, budget_rows, groups, path)
    # A report's rows are its own year's: an earlier year beside it is context (a careful reader
    # labels the report's year only, as the evaluation sets do).
    return path, [r for r in rows if r.year == YEAR] + budget_rows
