"""Writes the performance service's development set: invented reports of four OPDs in five layouts
(ruled PDF table, PDF prose, PDF with an unruled table, xlsx with several sheets, docx tables, a
degraded scan) with planted inconsistencies, and ``labels.json`` in the evaluation format
(see ``../evaluate.py``). Every figure here is invented; the service is tuned on this set only.

    .venv/bin/python services/performance/bench/devset/generate.py
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# ---------------------------------------------------------------------------- a tiny PDF writer


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@dataclass
class PdfPage:
    ops: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        font = "F2" if bold else "F1"
        self.ops.append(f"BT /{font} {size} Tf {x:.1f} {842 - y:.1f} Td ({_escape(text)}) Tj ET")

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ops.append(f"0.5 w {x0:.1f} {842 - y0:.1f} m {x1:.1f} {842 - y1:.1f} l S")


def write_pdf(pages: list[PdfPage], path: Path) -> None:
    objects: list[bytes] = []
    kids = []
    # 1 catalog, 2 pages, 3 font, 4 bold font, then (page, content) pairs
    for i in range(len(pages)):
        kids.append(f"{5 + 2 * i} 0 R")
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        content = "\n".join(page.ops).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
            f"/F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())


def _wrap(text: str, width_chars: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width_chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines or [""]


def ruled_table(
    page: PdfPage, top: float, widths: list[float], rows: list[list[str]], size: float = 8
) -> float:
    """Draws a ruled table from ``top``; returns where it ends."""
    left = 40.0
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    page.line(left, y, xs[-1], y)
    for r, row in enumerate(rows):
        wrapped = [_wrap(cell, max(3, int(w / (size * 0.5)))) for cell, w in zip(row, widths, strict=True)]
        height = max(len(w) for w in wrapped) * (size + 2) + 6
        for c, lines in enumerate(wrapped):
            for k, text in enumerate(lines):
                page.text(xs[c] + 3, y + 4 + (k + 1) * (size + 2) - 2, text, size, bold=r == 0)
        y += height
        page.line(left, y, xs[-1], y)
    for x in xs:
        page.line(x, top, x, y)
    return y


def fmt(value: float | None, decimals: int = 2) -> str:
    """Indonesian notation: "1.245", "98,42"; None is "-"."""
    if value is None:
        return "-"
    if float(value).is_integer() and abs(value) >= 1:
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def rupiah(value: float | None) -> str:
    return "-" if value is None else "Rp " + fmt(value)


# ---------------------------------------------------------------------------- the data


@dataclass
class Row:
    indicator: str
    unit: str | None
    target: float | None
    realisation: float | None
    achievement: float | None = None  # None: computed correctly from target and realisation
    lower_is_better: bool = False
    programme: str | None = None
    kegiatan: str | None = None
    sub_kegiatan: str | None = None
    pagu: float | None = None
    budget_realisation: float | None = None
    absorption: float | None = None

    def achievement_pct(self) -> float | None:
        if self.achievement is not None:
            return self.achievement
        if self.target is None or self.realisation is None or self.target == 0:
            return None
        if self.lower_is_better:
            return round((2 * self.target - self.realisation) / self.target * 100, 2)
        return round(self.realisation / self.target * 100, 2)

    def absorption_pct(self) -> float | None:
        if self.absorption is not None:
            return self.absorption
        if self.pagu is None or self.budget_realisation is None:
            return None
        return round(self.budget_realisation / self.pagu * 100, 2)


LABELS: dict[str, list[dict[str, Any]]] = {"documents": [], "indicators": [], "findings": []}


def label_document(file: str, opd: str, year: int, layout: str, pages: int, doc_type: str) -> None:
    LABELS["documents"].append(
        {
            "file": file,
            "opd": opd,
            "fiscal_year": year,
            "layout": layout,
            "pages": pages,
            "doc_type": doc_type,
        }
    )


def label_row(file: str, page: int | str, opd: str, year: int, row: Row, *, performance: bool = True) -> None:
    LABELS["indicators"].append(
        {
            "file": file,
            "page": page,
            "opd": opd,
            "fiscal_year": year,
            "programme": row.programme,
            "kegiatan": row.kegiatan,
            "sub_kegiatan": row.sub_kegiatan,
            "indicator": row.indicator,
            "unit": row.unit,
            "target": row.target if performance else None,
            "realisation": row.realisation if performance else None,
            "achievement_pct": row.achievement_pct() if performance else None,
            "lower_is_better": row.lower_is_better,
            "pagu": row.pagu,
            "budget_realisation": row.budget_realisation,
            "absorption_pct": row.absorption_pct(),
        }
    )


def label_finding(
    kind: str, opd: str, year: int, indicator: str, citations: list[tuple[str, int | str]], why: str
) -> None:
    LABELS["findings"].append(
        {
            "type": kind,
            "opd": opd,
            "fiscal_year": year,
            "indicator": indicator,
            "citations": [{"file": f, "page": p} for f, p in citations],
            "why": why,
        }
    )


# ---------------------------------------------------------------------------- Dinas Kesehatan

DINKES = [
    Row("Angka Kematian Ibu", "per 100.000 KH", 98, 91, lower_is_better=True),
    Row("Angka Kematian Bayi", "per 1.000 KH", 7.5, 8.1, lower_is_better=True),
    Row("Prevalensi Stunting pada Balita", "%", 18, 16.4, lower_is_better=True),
    Row("Cakupan Imunisasi Dasar Lengkap", "%", 95, 92.3),
    Row("Persentase Puskesmas Terakreditasi Paripurna", "%", 60, 62.5),
    Row("Cakupan Pelayanan Kesehatan Ibu Hamil (K6)", "%", 90, 84.2, achievement=96.4),  # planted: 93,56
    Row("Persentase Penduduk yang Memiliki Jaminan Kesehatan", "%", 97, 98.1),
    Row("Jumlah Kasus Demam Berdarah Dengue", "kasus", 450, 512, lower_is_better=True),
    Row("Rasio Dokter per 100.000 Penduduk", "rasio", 45, 41),
    Row("Cakupan Skrining Kesehatan Usia Produktif", "%", None, 71.5),  # planted: no target
    Row("Persentase Fasilitas Kesehatan dengan Rekam Medis Elektronik", "%", 80, 86),
    Row("Indeks Kepuasan Masyarakat terhadap Layanan Puskesmas", "indeks", 82, 84.37),
    Row("Cakupan Penemuan dan Pengobatan Kasus Tuberkulosis", "%", 85, 78.9),
    Row("Persentase Sampel Makanan Memenuhi Syarat", "%", 92, 95.6),
]


def dinkes_lkjip() -> None:
    file = "lkjip_dinkes_2025.pdf"
    pages = [PdfPage(), PdfPage()]
    title = pages[0]
    title.text(40, 60, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", 14, bold=True)
    title.text(40, 80, "DINAS KESEHATAN KOTA SAMARINDA TAHUN 2025", 12, bold=True)
    title.text(
        40, 110, "Bab III. Akuntabilitas Kinerja. Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025.", 9
    )
    header = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    widths = [25.0, 230.0, 70.0, 50.0, 55.0, 60.0]
    split = 8
    for page_index, chunk in enumerate((DINKES[:split], DINKES[split:])):
        rows = [header]
        start = 1 if page_index == 0 else split + 1
        for n, row in enumerate(chunk, start=start):
            rows.append(
                [
                    str(n),
                    row.indicator,
                    row.unit or "",
                    fmt(row.target),
                    fmt(row.realisation),
                    fmt(row.achievement_pct()),
                ]
            )
        ruled_table(pages[page_index], 130 if page_index == 0 else 60, widths, rows)
        for row in chunk:
            label_row(file, page_index + 1, "DINKES", 2025, row)
    pages[1].text(
        40, 400, "Indikator dengan polaritas negatif dihitung (2 x target - realisasi) / target x 100%.", 8
    )
    write_pdf(pages, DOCS / file)
    label_document(file, "DINKES", 2025, "pdf_table", 2, "report")
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DINKES",
        2025,
        "Cakupan Pelayanan Kesehatan Ibu Hamil (K6)",
        [(file, 1)],
        "84,2 / 90 = 93,56%, stated 96,4%",
    )
    label_finding(
        "REALISATION_WITHOUT_TARGET",
        "DINKES",
        2025,
        "Cakupan Skrining Kesehatan Usia Produktif",
        [(file, 2)],
        "realisation 71,5 with target '-'",
    )


def dinkes_renja() -> None:
    """The plan as a Word table (targets only), two pages split by an explicit page break."""
    file = "renja_dinkes_2025.docx"
    document = docx.Document()
    document.add_heading("RENCANA KERJA (RENJA) DINAS KESEHATAN KOTA SAMARINDA TAHUN 2025", 1)
    document.add_paragraph("Tabel 2.1 Target Indikator Kinerja Tahun 2025 dan Proyeksi 2026")
    plan_rows = DINKES[:7]
    changed = {"Cakupan Imunisasi Dasar Lengkap": 97.0}  # planted: the report says 95
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ["Indikator Kinerja", "Satuan", "Target 2025", "Target 2026"], strict=True
    ):
        cell.text = text
    for row in plan_rows[:4]:
        target = changed.get(row.indicator, row.target)
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row.indicator, row.unit or ""
        cells[2].text, cells[3].text = (
            fmt(target),
            fmt((target or 0) * (0.97 if row.lower_is_better else 1.02)),
        )
        LABELS["indicators"].append(_plan_label(file, 1, row, target))
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Lanjutan Tabel 2.1")
    table2 = document.add_table(rows=1, cols=4)
    for cell, text in zip(
        table2.rows[0].cells, ["Indikator Kinerja", "Satuan", "Target 2025", "Target 2026"], strict=True
    ):
        cell.text = text
    for row in plan_rows[4:]:
        cells = table2.add_row().cells
        cells[0].text, cells[1].text = row.indicator, row.unit or ""
        cells[2].text, cells[3].text = fmt(row.target), fmt((row.target or 0) * 1.02)
        LABELS["indicators"].append(_plan_label(file, 2, row, row.target))
    document.save(DOCS / file)
    label_document(file, "DINKES", 2025, "docx_table", 2, "plan")
    label_finding(
        "TARGET_CHANGED",
        "DINKES",
        2025,
        "Cakupan Imunisasi Dasar Lengkap",
        [("renja_dinkes_2025.docx", 1), ("lkjip_dinkes_2025.pdf", 1)],
        "plan 97, report 95",
    )


def _plan_label(file: str, page: int, row: Row, target: float | None) -> dict[str, Any]:
    return {
        "file": file,
        "page": page,
        "opd": "DINKES",
        "fiscal_year": 2025,
        "programme": None,
        "kegiatan": None,
        "sub_kegiatan": None,
        "indicator": row.indicator,
        "unit": row.unit,
        "target": target,
        "realisation": None,
        "achievement_pct": None,
        "lower_is_better": row.lower_is_better,
        "pagu": None,
        "budget_realisation": None,
        "absorption_pct": None,
    }


# ---------------------------------------------------------------------------- Dinas Pendidikan

DISDIK = [
    Row("Angka Partisipasi Murni SD/MI", "%", 97.5, 98.12),
    Row("Angka Partisipasi Murni SMP/MTs", "%", 82, 79.64),
    Row("Angka Putus Sekolah Jenjang SMP", "%", 0.35, 0.29, lower_is_better=True),
    Row("Persentase Guru Bersertifikat Pendidik", "%", 75, 71.2, achievement=97.5),  # planted: 94,93
    Row("Rata-rata Nilai Asesmen Literasi Membaca", "poin", 62, 64.8),
    Row("Persentase Sekolah dengan Sarana Prasarana Baik", "%", 70, 66.45),
]


def disdik_prose() -> None:
    file = "laporan_kinerja_disdik_2025.pdf"
    page = PdfPage()
    page.text(40, 60, "LAPORAN KINERJA DINAS PENDIDIKAN DAN KEBUDAYAAN", 13, bold=True)
    page.text(40, 78, "KOTA SAMARINDA TAHUN ANGGARAN 2025", 12, bold=True)
    phrasings = [
        "Indikator {name} dengan target {t}{u} terealisasi {r}{u} sehingga capaian kinerjanya sebesar {c}%.",
        "Pada tahun 2025 indikator {name} ditargetkan {t}{u}, realisasi mencapai {r}{u} atau capaian {c}%.",
        "Indikator {name} memiliki target {t}{u} dan realisasi {r}{u}, dengan tingkat capaian {c}%.",
    ]
    y = 110.0
    for n, row in enumerate(DISDIK):
        unit = "%" if row.unit == "%" else f" {row.unit}"
        sentence = phrasings[n % 3].format(
            name=row.indicator,
            t=fmt(row.target),
            r=fmt(row.realisation),
            c=fmt(row.achievement_pct()),
            u=unit,
        )
        if row.lower_is_better:
            sentence += " Indikator ini berpolaritas negatif (semakin rendah semakin baik)."
        for line in _wrap(sentence, 100):
            page.text(40, y, line, 9)
            y += 13
        y += 8
        label_row(file, 1, "DISDIK", 2025, row)
    write_pdf([page], DOCS / file)
    label_document(file, "DISDIK", 2025, "pdf_prose", 1, "report")
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DISDIK",
        2025,
        "Persentase Guru Bersertifikat Pendidik",
        [(file, 1)],
        "71,2 / 75 = 94,93%, stated 97,5%",
    )


DISDIK_BUDGET = [
    Row(
        "Penyediaan Gaji dan Tunjangan ASN",
        None,
        None,
        None,
        programme="Program Penunjang Urusan Pemerintahan Daerah",
        kegiatan="Administrasi Keuangan Perangkat Daerah",
        sub_kegiatan="Penyediaan Gaji dan Tunjangan ASN",
        pagu=182_450_000_000,
        budget_realisation=179_902_113_450,
    ),
    Row(
        "Pembangunan Ruang Kelas Baru",
        None,
        None,
        None,
        programme="Program Pengelolaan Pendidikan",
        kegiatan="Pengelolaan Pendidikan Sekolah Dasar",
        sub_kegiatan="Pembangunan Ruang Kelas Baru",
        pagu=11_400_000_000,
        budget_realisation=10_245_600_000,
    ),
    Row(
        "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
        None,
        None,
        None,
        programme="Program Pengelolaan Pendidikan",
        kegiatan="Pengelolaan Pendidikan Sekolah Dasar",
        sub_kegiatan="Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
        pagu=6_750_000_000,
        budget_realisation=7_012_500_000,
    ),  # planted: over 100
    Row(
        "Pengadaan Perlengkapan Sekolah",
        None,
        None,
        None,
        programme="Program Pengelolaan Pendidikan",
        kegiatan="Pengelolaan Pendidikan Sekolah Menengah Pertama",
        sub_kegiatan="Pengadaan Perlengkapan Sekolah",
        pagu=2_300_000_000,
        budget_realisation=2_118_450_000,
    ),
    Row(
        "Pembinaan Kelembagaan dan Manajemen Sekolah",
        None,
        None,
        None,
        programme="Program Pengelolaan Pendidikan",
        kegiatan="Pengelolaan Pendidikan Sekolah Menengah Pertama",
        sub_kegiatan="Pembinaan Kelembagaan dan Manajemen Sekolah",
        pagu=850_000_000,
        budget_realisation=None,
    ),
]
DISDIK_SHEET_KINERJA = [
    Row("Angka Partisipasi Murni SD/MI", "%", 97.5, 98.12),
    Row("Angka Partisipasi Murni SMP/MTs", "%", 82, 80.15),  # planted: the prose report says 79,64
    Row("Persentase Sekolah Ramah Anak", "%", 40, 43),
    Row("Persentase Anak Usia Dini yang Mengikuti PAUD", "%", 78, 74.26),
]


def disdik_xlsx() -> None:
    file = "realisasi_disdik_2025.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Realisasi Anggaran"
    sheet.append(["LAPORAN REALISASI ANGGARAN DINAS PENDIDIKAN DAN KEBUDAYAAN TAHUN ANGGARAN 2025"])
    sheet.append([])
    sheet.append(
        ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"]
    )
    last: tuple[str | None, str | None] = (None, None)
    for n, row in enumerate(DISDIK_BUDGET, start=1):
        if row.programme != last[0]:
            sheet.append([f"1.01.0{n}", row.programme, None, None, None])
        if row.kegiatan != last[1]:
            sheet.append([f"1.01.0{n}.1", f"Kegiatan {row.kegiatan}", None, None, None])
        last = (row.programme, row.kegiatan)
        absorption = row.absorption_pct()
        sheet.append(
            [
                f"1.01.0{n}.1.{n:02d}",
                f"Sub Kegiatan {row.sub_kegiatan}",
                row.pagu,
                row.budget_realisation,
                absorption,
            ]
        )
        label_row(file, "Realisasi Anggaran", "DISDIK", 2025, row, performance=False)
    kinerja = book.create_sheet("Capaian Kinerja")
    kinerja.append(["CAPAIAN INDIKATOR KINERJA TAHUN 2025"])
    kinerja.append(["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"])
    for n, row in enumerate(DISDIK_SHEET_KINERJA, start=1):
        kinerja.append([n, row.indicator, row.unit, row.target, row.realisation, row.achievement_pct()])
        label_row(file, "Capaian Kinerja", "DISDIK", 2025, row)
    notes = book.create_sheet("Catatan")
    notes.append(["Data per 31 Desember 2025, sumber: SIPD dan aplikasi keuangan daerah."])
    book.save(DOCS / file)
    label_document(file, "DISDIK", 2025, "xlsx", 3, "budget")
    label_finding(
        "ABSORPTION_OVER_100",
        "DISDIK",
        2025,
        "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
        [(file, "Realisasi Anggaran")],
        "7.012.500.000 of 6.750.000.000",
    )
    label_finding(
        "CROSS_DOCUMENT_CONFLICT",
        "DISDIK",
        2025,
        "Angka Partisipasi Murni SMP/MTs",
        [(file, "Capaian Kinerja"), ("laporan_kinerja_disdik_2025.pdf", 1)],
        "80,15 vs 79,64",
    )


# ---------------------------------------------------------------------------- Dinas PUPR (scan + trend)

PUPR_2025 = [
    Row("Persentase Jalan Kota dalam Kondisi Mantap", "%", 78, 74.6),
    Row("Luas Genangan Banjir", "ha", 210, 188, lower_is_better=True),
    Row("Persentase Drainase dalam Kondisi Baik", "%", 65, 67.2),
    Row("Panjang Jalan yang Dibangun", "km", 12.5, 11.8, achievement=102.3),  # planted: 94,4
    Row("Persentase Rumah Tangga Akses Air Minum Layak", "%", 92, 93.4),
    Row("Jumlah Titik Banjir", "titik", 28, 24, lower_is_better=True),
]
PUPR_2024 = [
    Row("Persentase Jalan Kota dalam Kondisi Mantap", "%", 75, 72.1),
    Row("Luas Genangan Banjir", "ha", 240, 226, lower_is_better=True),
    Row("Persentase Drainase dalam Kondisi Baik", "%", 60, 61.5),
    Row("Persentase Rumah Tangga Akses Air Minum Layak", "%", 90, 91.2),
]


def pupr_scan() -> None:
    file = "lkjip_pupr_2025_scan.png"
    scale = 3.0
    width, height = int(595 * scale), int(842 * scale)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(FONT, int(15 * scale))
    small = ImageFont.truetype(FONT, int(9.5 * scale))
    draw.text((40 * scale, 50 * scale), "LAPORAN KINERJA DINAS PEKERJAAN UMUM", font=big, fill=0)
    draw.text((40 * scale, 72 * scale), "DAN PENATAAN RUANG TAHUN 2025", font=big, fill=0)
    header = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    widths = [28, 230, 50, 55, 60, 70]
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    y = 110.0
    rows = [header] + [
        [str(n), r.indicator, r.unit or "", fmt(r.target), fmt(r.realisation), fmt(r.achievement_pct())]
        for n, r in enumerate(PUPR_2025, start=1)
    ]
    draw.line([(xs[0] * scale, y * scale), (xs[-1] * scale, y * scale)], fill=0, width=2)
    for row in rows:
        wrapped = [_wrap(cell, max(3, int(w / 5.2))) for cell, w in zip(row, widths, strict=True)]
        h = max(len(w) for w in wrapped) * 13 + 8
        for c, lines in enumerate(wrapped):
            for k, text in enumerate(lines):
                draw.text(((xs[c] + 4) * scale, (y + 4 + k * 13) * scale), text, font=small, fill=0)
        y += h
        draw.line([(xs[0] * scale, y * scale), (xs[-1] * scale, y * scale)], fill=0, width=2)
    for x in xs:
        draw.line([(x * scale, 110 * scale), (x * scale, y * scale)], fill=0, width=2)
    # degrade: a slight skew, blur, speckle and JPEG, as a photocopied page fed to a scanner
    rng = random.Random(15)
    image = image.rotate(0.8, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    pixels = image.load()
    assert pixels is not None
    for _ in range(width * height // 3000):
        x, yy = rng.randrange(width), rng.randrange(height)
        pixels[x, yy] = rng.choice((0, 90, 200))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=60)
    Image.open(buffer).save(DOCS / file)
    for row in PUPR_2025:
        label_row(file, 1, "DPUPR", 2025, row)
    label_document(file, "DPUPR", 2025, "scan", 1, "report")
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DPUPR",
        2025,
        "Panjang Jalan yang Dibangun",
        [(file, 1)],
        "11,8 / 12,5 = 94,4%, stated 102,3%",
    )


def pupr_2024_unruled() -> None:
    """Last year's report: a table laid out with spaces only (no ruling lines), for the trend."""
    file = "lkjip_pupr_2024.pdf"
    page = PdfPage()
    page.text(40, 60, "LAPORAN KINERJA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", 12, bold=True)
    page.text(40, 76, "KOTA SAMARINDA TAHUN 2024", 12, bold=True)
    columns = [40, 70, 320, 380, 430, 490]
    y = 110.0
    for c, text in zip(
        columns, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"], strict=True
    ):
        page.text(c, y, text, 9, bold=True)
    y += 18
    for n, row in enumerate(PUPR_2024, start=1):
        cells = [
            str(n),
            row.indicator,
            row.unit or "",
            fmt(row.target),
            fmt(row.realisation),
            fmt(row.achievement_pct()),
        ]
        for c, text in zip(columns, cells, strict=True):
            page.text(c, y, text, 9)
        y += 16
        label_row(file, 1, "DPUPR", 2024, row)
    write_pdf([page], DOCS / file)
    label_document(file, "DPUPR", 2024, "pdf_table", 1, "report")


# ---------------------------------------------------------------------------- DLH (docx, two-level header)

DLH = [
    Row(
        "Persentase Sampah Tertangani",
        "%",
        80,
        76.5,
        programme="Program Pengelolaan Persampahan",
        pagu=24_500_000_000,
        budget_realisation=23_180_000_000,
    ),
    Row(
        "Indeks Kualitas Air",
        "indeks",
        52,
        54.1,
        programme="Program Pengendalian Pencemaran",
        pagu=3_200_000_000,
        budget_realisation=2_950_000_000,
    ),
    Row(
        "Timbulan Sampah per Kapita",
        "kg/hari",
        0.7,
        0.74,
        lower_is_better=True,
        programme="Program Pengelolaan Persampahan",
        pagu=1_150_000_000,
        budget_realisation=1_210_000_000,
        absorption=105.22,
    ),  # planted: over 100
    Row(
        "Luas Ruang Terbuka Hijau Publik",
        "ha",
        310,
        298.5,
        programme="Program Pengelolaan Keanekaragaman Hayati",
        pagu=5_600_000_000,
        budget_realisation=5_105_000_000,
    ),
    Row(
        "Persentase Usaha yang Taat Izin Lingkungan",
        "%",
        70,
        74,
        achievement=110.5,
        programme="Program Pengendalian Pencemaran",
        pagu=900_000_000,
        budget_realisation=846_000_000,
    ),  # planted
]


def dlh_docx() -> None:
    file = "lkjip_dlh_2025.docx"
    document = docx.Document()
    document.add_heading("LAPORAN KINERJA DINAS LINGKUNGAN HIDUP KOTA SAMARINDA TAHUN 2025", 1)
    document.add_paragraph(
        "Tabel berikut menyajikan capaian kinerja dan realisasi anggaran per program. "
        "Timbulan sampah per kapita adalah indikator negatif."
    )
    table = document.add_table(rows=2, cols=9)
    top = ["No", "Program", "Indikator Kinerja", "Kinerja", "", "", "Anggaran", "", ""]
    sub = ["", "", "", "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "%"]
    for cell, text in zip(table.rows[0].cells, top, strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, sub, strict=True):
        cell.text = text
    table.cell(0, 3).merge(table.cell(0, 5))
    table.cell(0, 6).merge(table.cell(0, 8))
    for n, row in enumerate(DLH, start=1):
        cells = table.add_row().cells
        values = [
            str(n),
            row.programme or "",
            row.indicator,
            fmt(row.target) + (" %" if row.unit == "%" else ""),
            fmt(row.realisation) + (" %" if row.unit == "%" else ""),
            fmt(row.achievement_pct()),
            fmt(row.pagu),
            fmt(row.budget_realisation),
            fmt(row.absorption_pct()),
        ]
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
        label_row(file, 1, "DLH", 2025, row)
    document.save(DOCS / file)
    label_document(file, "DLH", 2025, "docx_table", 1, "report")
    label_finding("ABSORPTION_OVER_100", "DLH", 2025, "Timbulan Sampah per Kapita", [(file, 1)], "105,22%")
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DLH",
        2025,
        "Persentase Usaha yang Taat Izin Lingkungan",
        [(file, 1)],
        "74 / 70 = 105,71%, stated 110,5%",
    )


def scan_image(
    path: Path,
    titles: list[str],
    header: list[str],
    rows: list[list[str]],
    widths: list[int],
    *,
    scale: float,
    rotate: float,
    blur: float,
    speckle: int,
    quality: int,
    seed: int,
) -> None:
    """A ruled table printed, photocopied and scanned: skew, blur, speckle, JPEG."""
    width, height = int(595 * scale), int(842 * scale)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(FONT, int(13 * scale))
    small = ImageFont.truetype(FONT, int(9 * scale))
    for k, title in enumerate(titles):
        draw.text((40 * scale, (50 + 20 * k) * scale), title, font=big, fill=0)
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    top = y = 60.0 + 20 * len(titles)
    draw.line([(xs[0] * scale, y * scale), (xs[-1] * scale, y * scale)], fill=0, width=2)
    for row in [header, *rows]:
        wrapped = [_wrap(cell, max(3, int(w / 5.2))) for cell, w in zip(row, widths, strict=True)]
        h = max(len(w) for w in wrapped) * 13 + 8
        for c, lines in enumerate(wrapped):
            for k, text in enumerate(lines):
                draw.text(((xs[c] + 4) * scale, (y + 4 + k * 13) * scale), text, font=small, fill=0)
        y += h
        draw.line([(xs[0] * scale, y * scale), (xs[-1] * scale, y * scale)], fill=0, width=2)
    for x in xs:
        draw.line([(x * scale, top * scale), (x * scale, y * scale)], fill=0, width=2)
    rng = random.Random(seed)
    image = image.rotate(rotate, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    image = image.filter(ImageFilter.GaussianBlur(blur))
    pixels = image.load()
    assert pixels is not None
    for _ in range(speckle):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 200))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    Image.open(buffer).save(path)


# ---------------------------------------------------------------------------- Bappeda (renstra + report)

BAPPEDA_RENSTRA = [
    # indicator, unit, targets 2024..2026
    ("Persentase Keselarasan Program Renja dengan RPJMD", "%", (85, 90, 95)),
    ("Nilai Evaluasi SAKIP Perangkat Daerah", "nilai", (70, 72, 75)),
    ("Persentase Rekomendasi Hasil Penelitian yang Dimanfaatkan", "%", (40, 45, 50)),
    ("Indeks Kualitas Perencanaan Pembangunan Daerah", "indeks", (3.2, 3.4, 3.6)),
    ("Persentase Data Statistik Sektoral yang Dimutakhirkan", "%", (75, 80, 85)),
]


def bappeda_renstra() -> None:
    """A five-year plan: one target column per year, laid out as a ruled PDF table."""
    file = "renstra_bappeda_2021_2026.pdf"
    page = PdfPage()
    page.text(40, 60, "RENCANA STRATEGIS (RENSTRA) BADAN PERENCANAAN PEMBANGUNAN DAERAH", 11, bold=True)
    page.text(40, 76, "KOTA SAMARINDA PERIODE 2021-2026", 11, bold=True)
    page.text(
        40, 100, "Tabel 5.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD", 8
    )
    rows = [["No", "Indikator Kinerja", "Satuan", "Target 2024", "Target 2025", "Target 2026"]]
    for n, (name, unit, targets) in enumerate(BAPPEDA_RENSTRA, start=1):
        rows.append([str(n), name, unit, *(fmt(t) for t in targets)])
        for year, target in zip((2024, 2025, 2026), targets, strict=True):
            LABELS["indicators"].append(
                {
                    **_plan_label(file, 1, Row(name, unit, None, None), target),
                    "opd": "BAPPEDA",
                    "fiscal_year": year,
                }
            )
    ruled_table(page, 115, [25.0, 240.0, 55.0, 60.0, 60.0, 60.0], rows)
    write_pdf([page], DOCS / file)
    label_document(file, "BAPPEDA", 2025, "pdf_table", 1, "plan")


BAPPEDA_2025 = [
    Row("Persentase Keselarasan Program Renja dengan RPJMD", "%", 90, 91.5),
    Row("Nilai Evaluasi SAKIP Perangkat Daerah", "nilai", 74, 71.8),  # planted: renstra says 72
    Row("Persentase Rekomendasi Hasil Penelitian yang Dimanfaatkan", "%", 45, 47.5),
    Row("Indeks Kualitas Perencanaan Pembangunan Daerah", "indeks", 3.4, 3.38),
    Row("Persentase Data Statistik Sektoral yang Dimutakhirkan", "%", 80, 83.0),
    Row("Jumlah Dokumen Perencanaan yang Ditetapkan Tepat Waktu", "dokumen", None, 6),  # planted
]
BAPPEDA_2024_REALISATION = [88.2, 70.1, 41.0, 3.25, 77.4, 5]


def bappeda_report_docx() -> None:
    """The 2025 report as Word: last year's realisation beside this year's target and realisation."""
    file = "laporan_kinerja_bappeda_2025.docx"
    document = docx.Document()
    document.add_heading("LAPORAN KINERJA BAPPEDA KOTA SAMARINDA TAHUN 2025", 1)
    document.add_paragraph("Capaian indikator kinerja dibandingkan dengan realisasi tahun sebelumnya.")
    table = document.add_table(rows=1, cols=7)
    head = [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi 2024",
        "Target 2025",
        "Realisasi 2025",
        "Capaian (%)",
    ]
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for n, (row, previous) in enumerate(zip(BAPPEDA_2025, BAPPEDA_2024_REALISATION, strict=True), start=1):
        values = [
            str(n),
            row.indicator,
            row.unit or "",
            fmt(previous),
            fmt(row.target),
            fmt(row.realisation),
            fmt(row.achievement_pct()),
        ]
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
        label_row(file, 1, "BAPPEDA", 2025, row)
    document.save(DOCS / file)
    label_document(file, "BAPPEDA", 2025, "docx_table", 1, "report")
    label_finding(
        "TARGET_CHANGED",
        "BAPPEDA",
        2025,
        "Nilai Evaluasi SAKIP Perangkat Daerah",
        [("renstra_bappeda_2021_2026.pdf", 1), (file, 1)],
        "renstra 72, report 74",
    )
    label_finding(
        "REALISATION_WITHOUT_TARGET",
        "BAPPEDA",
        2025,
        "Jumlah Dokumen Perencanaan yang Ditetapkan Tepat Waktu",
        [(file, 1)],
        "6 with target '-'",
    )


# ---------------------------------------------------------------------------- Dishub (two-level PDF table)

DISHUB = [
    Row(
        "Persentase Kinerja Jaringan Jalan (V/C Ratio < 0,8)",
        "%",
        70,
        66.5,
        programme="Program Penyelenggaraan LLAJ",
        pagu=4_250_000_000,
        budget_realisation=3_980_500_000,
    ),
    Row(
        "Angka Kecelakaan Lalu Lintas",
        "kejadian",
        320,
        298,
        lower_is_better=True,
        programme="Program Penyelenggaraan LLAJ",
        pagu=1_100_000_000,
        budget_realisation=1_020_000_000,
    ),
    Row(
        "Persentase Halte yang Layak",
        "%",
        60,
        63,
        programme="Program Penyelenggaraan LLAJ",
        pagu=2_750_000_000,
        budget_realisation=2_910_000_000,
    ),  # planted: over 100 (stated 105,82)
    Row(
        "Jumlah Penumpang Angkutan Umum Massal",
        "orang",
        1_245_000,
        1_180_350,
        achievement=97.2,
        programme="Program Pengelolaan Angkutan",
        pagu=9_600_000_000,
        budget_realisation=9_102_000_000,
    ),  # planted
    Row(
        "Persentase Kendaraan Wajib Uji yang Lulus Uji",
        "%",
        85,
        88.4,
        programme="Program Pengelolaan Angkutan",
        pagu=650_000_000,
        budget_realisation=612_300_000,
    ),
    Row(
        "Rata-rata Waktu Tempuh Koridor Utama",
        "menit",
        35,
        38,
        lower_is_better=True,
        programme="Program Pengelolaan Angkutan",
        pagu=300_000_000,
        budget_realisation=288_000_000,
    ),
    Row(
        "Persentase Simpang Bersinyal yang Berfungsi Baik",
        "%",
        90,
        86.67,
        programme="Program Penyelenggaraan LLAJ",
        pagu=1_900_000_000,
        budget_realisation=1_700_000_000,
    ),
]


def dishub_pdf() -> None:
    """Kinerja and anggaran side by side under group headers, the table going on over a page break
    without repeating its header."""
    file = "lkjip_dishub_2025.pdf"
    pages = [PdfPage(), PdfPage()]
    pages[0].text(40, 50, "LAPORAN KINERJA DINAS PERHUBUNGAN KOTA SAMARINDA", 12, bold=True)
    pages[0].text(40, 66, "TAHUN ANGGARAN 2025", 12, bold=True)
    widths = [20.0, 150.0, 42.0, 45.0, 45.0, 40.0, 65.0, 65.0, 38.0]
    header = [
        ["No", "Indikator Kinerja", "Satuan", "Kinerja", "", "", "Anggaran", "", ""],
        ["", "", "", "Target", "Realisasi", "%", "Pagu (Rp)", "Realisasi (Rp)", "%"],
    ]
    body = []
    for n, row in enumerate(DISHUB, start=1):
        body.append(
            [
                str(n),
                row.indicator,
                row.unit or "",
                fmt(row.target),
                fmt(row.realisation),
                fmt(row.achievement_pct()),
                fmt(row.pagu),
                fmt(row.budget_realisation),
                fmt(row.absorption_pct()),
            ]
        )
    ruled_table(pages[0], 90, widths, header + body[:4], size=7)
    ruled_table(pages[1], 60, widths, body[4:], size=7)
    for n, row in enumerate(DISHUB):
        label_row(file, 1 if n < 4 else 2, "DISHUB", 2025, row)
    write_pdf(pages, DOCS / file)
    label_document(file, "DISHUB", 2025, "pdf_table", 2, "report")
    label_finding(
        "ABSORPTION_OVER_100", "DISHUB", 2025, "Persentase Halte yang Layak", [(file, 1)], "105,82%"
    )
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DISHUB",
        2025,
        "Jumlah Penumpang Angkutan Umum Massal",
        [(file, 1)],
        "1.180.350 / 1.245.000 = 94,81%, stated 97,2%",
    )


# ------------------------------------------------------------------- Dinsos (prose + xlsx + rough scan)

DINSOS = [
    Row("Persentase Penyandang Masalah Kesejahteraan Sosial yang Tertangani", "%", 65, 61.75),
    Row("Persentase Keluarga Penerima Manfaat yang Graduasi", "%", 8, 9.6),
    Row("Jumlah Penduduk Miskin", "jiwa", 38_500, 37_120, lower_is_better=True),
    Row(
        "Persentase Anak Terlantar yang Mendapat Layanan Dasar", "%", 90, 82.8, achievement=95.0
    ),  # planted: 92
]


def dinsos_prose() -> None:
    file = "lkjip_dinsos_2025.pdf"
    page = PdfPage()
    page.text(40, 60, "LAPORAN KINERJA DINAS SOSIAL KOTA SAMARINDA TAHUN 2025", 12, bold=True)
    sentences = [
        "Realisasi indikator {name} pada tahun 2025 sebesar {r}{u} dari target {t}{u}, atau capaian {c}%.",
        "{name} ditargetkan sebesar {t}{u} dan terealisasi {r}{u}; capaian kinerja {c}%.",
        "Untuk indikator {name}, target {t}{u} dengan realisasi {r}{u} sehingga tingkat capaian {c}%.",
        "Capaian indikator {name} adalah {c}% (target {t}{u}, realisasi {r}{u}).",
    ]
    y = 100.0
    for n, row in enumerate(DINSOS):
        unit = "%" if row.unit == "%" else f" {row.unit}"
        text = sentences[n % len(sentences)].format(
            name=row.indicator,
            t=fmt(row.target),
            r=fmt(row.realisation),
            c=fmt(row.achievement_pct()),
            u=unit,
        )
        if row.lower_is_better:
            text += " Indikator ini bersifat negatif, semakin kecil semakin baik."
        for line in _wrap(text, 100):
            page.text(40, y, line, 9)
            y += 13
        y += 8
        label_row(file, 1, "DINSOS", 2025, row)
    budget = Row(
        "Program Rehabilitasi Sosial",
        None,
        None,
        None,
        programme="Program Rehabilitasi Sosial",
        pagu=7_850_000_000,
        budget_realisation=7_301_250_000,
    )
    text = (
        f"Pagu anggaran Program Rehabilitasi Sosial sebesar {rupiah(budget.pagu)} dengan realisasi "
        f"{rupiah(budget.budget_realisation)} ({fmt(budget.absorption_pct())}%)."
    )
    for line in _wrap(text, 100):
        page.text(40, y, line, 9)
        y += 13
    label_row(file, 1, "DINSOS", 2025, budget, performance=False)
    write_pdf([page], DOCS / file)
    label_document(file, "DINSOS", 2025, "pdf_prose", 1, "report")
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DINSOS",
        2025,
        "Persentase Anak Terlantar yang Mendapat Layanan Dasar",
        [(file, 1)],
        "82,8 / 90 = 92%, stated 95%",
    )


def dinsos_scan() -> None:
    """The triwulan IV report, photocopied crooked; one realisation differs from the LKjIP."""
    file = "laporan_tw4_dinsos_2025_scan.png"
    rows = [
        Row("Persentase Penyandang Masalah Kesejahteraan Sosial yang Tertangani", "%", 65, 61.75),
        Row("Persentase Keluarga Penerima Manfaat yang Graduasi", "%", 8, 9.1),  # planted: LKjIP says 9,6
        Row("Jumlah Penduduk Miskin", "jiwa", 38_500, 37_120, lower_is_better=True),
    ]
    scan_image(
        DOCS / file,
        ["LAPORAN TRIWULAN IV DINAS SOSIAL", "KOTA SAMARINDA TAHUN 2025"],
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        [
            [str(n), r.indicator, r.unit or "", fmt(r.target), fmt(r.realisation), fmt(r.achievement_pct())]
            for n, r in enumerate(rows, start=1)
        ],
        [25, 240, 45, 55, 60, 65],
        scale=2.6,
        rotate=-1.3,
        blur=0.9,
        speckle=4000,
        quality=40,
        seed=7,
    )
    for row in rows:
        label_row(file, 1, "DINSOS", 2025, row)
    label_document(file, "DINSOS", 2025, "scan", 1, "report")
    label_finding(
        "CROSS_DOCUMENT_CONFLICT",
        "DINSOS",
        2025,
        "Persentase Keluarga Penerima Manfaat yang Graduasi",
        [(file, 1), ("lkjip_dinsos_2025.pdf", 1)],
        "9,1 vs 9,6",
    )


def dinsos_xlsx() -> None:
    """Renja 2025 in a workbook: a merged two-row header; one target differs from the LKjIP."""
    file = "renja_dinsos_2025.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Renja 2025"
    sheet.append(["RENCANA KERJA DINAS SOSIAL TAHUN 2025"])
    sheet.append(["No", "Indikator Kinerja", "Satuan", "Target Kinerja", None, "Pagu Indikatif (Rp)"])
    sheet.append([None, None, None, "2025", "2026", None])
    sheet.merge_cells("D2:E2")
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("C2:C3")
    sheet.merge_cells("F2:F3")
    targets = {"Persentase Anak Terlantar yang Mendapat Layanan Dasar": 92.0}  # planted: LKjIP says 90
    for n, row in enumerate(DINSOS, start=1):
        target = targets.get(row.indicator, row.target)
        sheet.append([n, row.indicator, row.unit, target, (target or 0) + 1, 1_000_000_000 + n * 250_000_000])
        LABELS["indicators"].append(
            {
                **_plan_label(file, "Renja 2025", row, target),
                "opd": "DINSOS",
                "pagu": 1_000_000_000 + n * 250_000_000,
            }
        )
    book.save(DOCS / file)
    label_document(file, "DINSOS", 2025, "xlsx", 1, "plan")
    label_finding(
        "TARGET_CHANGED",
        "DINSOS",
        2025,
        "Persentase Anak Terlantar yang Mendapat Layanan Dasar",
        [(file, "Renja 2025"), ("lkjip_dinsos_2025.pdf", 1)],
        "renja 92, LKjIP 90",
    )


# ----------------------------------------------------------------- Diskominfo (LRA xlsx + unruled PDF)

KOMINFO_BUDGET = [
    Row(
        "Pengelolaan Nama Domain dan Sub Domain",
        None,
        None,
        None,
        programme="Program Aplikasi Informatika",
        kegiatan="Pengelolaan Nama Domain",
        sub_kegiatan="Pengelolaan Nama Domain dan Sub Domain",
        pagu=450_000_000,
        budget_realisation=431_250_000,
    ),
    Row(
        "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan",
        None,
        None,
        None,
        programme="Program Aplikasi Informatika",
        kegiatan="Pengelolaan e-Government",
        sub_kegiatan="Pengembangan Aplikasi dan Proses Bisnis Pemerintahan",
        pagu=3_200_000_000,
        budget_realisation=3_366_400_000,
    ),  # planted: over 100
    Row(
        "Penyelenggaraan Hubungan Masyarakat",
        None,
        None,
        None,
        programme="Program Informasi dan Komunikasi Publik",
        kegiatan="Pengelolaan Informasi dan Komunikasi Publik",
        sub_kegiatan="Penyelenggaraan Hubungan Masyarakat",
        pagu=1_750_000_000,
        budget_realisation=1_602_125_000,
    ),
]
KOMINFO_KINERJA = [
    Row("Indeks SPBE", "indeks", 3.1, 3.24),
    Row("Persentase Perangkat Daerah Terhubung Jaringan Intra Pemerintah", "%", 95, 97.5),
    Row("Persentase Layanan Publik Berbasis Elektronik", "%", 70, 64.4),
    Row("Persentase Aduan Masyarakat yang Ditindaklanjuti", "%", 90, 93.6),
]


def kominfo_lra_xlsx() -> None:
    """A budget realisation workbook: percentages stored as fractions with a % format, a derived
    "Sisa Anggaran" column, and a performance sheet beside it."""
    file = "lra_diskominfo_2025.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "LRA"
    sheet.append(["LAPORAN REALISASI ANGGARAN"])
    sheet.append(["DINAS KOMUNIKASI DAN INFORMATIKA TAHUN ANGGARAN 2025"])
    sheet.append(["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%", "Sisa Anggaran"])
    last: tuple[str | None, str | None] = (None, None)
    for n, row in enumerate(KOMINFO_BUDGET, start=1):
        if row.programme != last[0]:
            sheet.append([f"2.16.0{n}", row.programme, None, None, None, None])
        if row.kegiatan != last[1]:
            sheet.append([f"2.16.0{n}.2.01", row.kegiatan, None, None, None, None])
        last = (row.programme, row.kegiatan)
        assert row.pagu is not None and row.budget_realisation is not None
        sheet.append(
            [
                f"2.16.0{n}.2.01.0{n}",
                row.sub_kegiatan,
                row.pagu,
                row.budget_realisation,
                round(row.budget_realisation / row.pagu, 4),
                row.pagu - row.budget_realisation,
            ]
        )
        sheet.cell(sheet.max_row, 5).number_format = "0.00%"
        label_row(file, "LRA", "DISKOMINFO", 2025, row, performance=False)
    kinerja = book.create_sheet("IKU")
    kinerja.append(["Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"])
    for row in KOMINFO_KINERJA:
        achievement = row.achievement_pct()
        assert achievement is not None
        kinerja.append([row.indicator, row.unit, row.target, row.realisation, round(achievement / 100, 4)])
        kinerja.cell(kinerja.max_row, 5).number_format = "0.00%"
        label_row(file, "IKU", "DISKOMINFO", 2025, row)
    book.save(DOCS / file)
    label_document(file, "DISKOMINFO", 2025, "xlsx", 2, "budget")
    label_finding(
        "ABSORPTION_OVER_100",
        "DISKOMINFO",
        2025,
        "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan",
        [(file, "LRA")],
        "3.366.400.000 of 3.200.000.000",
    )


def kominfo_unruled_pdf() -> None:
    """The LKjIP with its table laid out by spaces; long names wrap under their row."""
    file = "lkjip_diskominfo_2025.pdf"
    rows = [
        Row("Indeks SPBE", "indeks", 3.1, 3.24),
        Row("Persentase Perangkat Daerah Terhubung Jaringan Intra Pemerintah", "%", 95, 97.5),
        Row(
            "Persentase Layanan Publik Berbasis Elektronik", "%", 70, 66.1
        ),  # planted: the IKU sheet says 64,4
        Row("Persentase Aduan Masyarakat yang Ditindaklanjuti", "%", 90, 93.6),
        Row("Jumlah Titik Wifi Publik yang Aktif", "titik", None, 214),  # planted: no target
    ]
    page = PdfPage()
    page.text(40, 60, "LAPORAN KINERJA DINAS KOMUNIKASI DAN INFORMATIKA", 12, bold=True)
    page.text(40, 76, "KOTA SAMARINDA TAHUN 2025", 12, bold=True)
    columns = [40, 62, 300, 360, 420, 485]
    y = 110.0
    for c, text in zip(
        columns, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"], strict=True
    ):
        page.text(c, y, text, 9, bold=True)
    y += 18
    for n, row in enumerate(rows, start=1):
        name_lines = _wrap(row.indicator, 45)
        cells = [
            str(n),
            name_lines[0],
            row.unit or "",
            fmt(row.target),
            fmt(row.realisation),
            fmt(row.achievement_pct()),
        ]
        for c, text in zip(columns, cells, strict=True):
            page.text(c, y, text, 9)
        for more in name_lines[1:]:
            y += 12
            page.text(columns[1], y, more, 9)
        y += 18
        label_row(file, 1, "DISKOMINFO", 2025, row)
    write_pdf([page], DOCS / file)
    label_document(file, "DISKOMINFO", 2025, "pdf_table", 1, "report")
    label_finding(
        "CROSS_DOCUMENT_CONFLICT",
        "DISKOMINFO",
        2025,
        "Persentase Layanan Publik Berbasis Elektronik",
        [(file, 1), ("lra_diskominfo_2025.xlsx", "IKU")],
        "66,1 vs 64,4",
    )
    label_finding(
        "REALISATION_WITHOUT_TARGET",
        "DISKOMINFO",
        2025,
        "Jumlah Titik Wifi Publik yang Aktif",
        [(file, 1)],
        "214 with target '-'",
    )


# ---------------------------------------------------------------------------- Dispora (docx: prose + table)


def dispora_docx() -> None:
    """A Word report: a table of two indicators, then paragraphs stating two more and the budget."""
    file = "laporan_kinerja_dispora_2025.docx"
    table_rows = [
        Row("Jumlah Atlet Berprestasi Tingkat Nasional", "orang", 45, 52),
        Row("Persentase Organisasi Kepemudaan yang Aktif", "%", 75, 71.25),
    ]
    prose_rows = [
        Row("Indeks Pembangunan Pemuda", "indeks", 55, 56.8),
        Row(
            "Persentase Fasilitas Olahraga dalam Kondisi Baik", "%", 65, 58.5, achievement=95.0
        ),  # planted: 90
    ]
    document = docx.Document()
    document.add_heading("LAPORAN KINERJA DINAS PEMUDA DAN OLAHRAGA TAHUN 2025", 1)
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(
        table.rows[0].cells, ["Indikator", "Satuan", "Target", "Realisasi", "% Capaian"], strict=True
    ):
        cell.text = text
    for row in table_rows:
        values = [
            row.indicator,
            row.unit or "",
            fmt(row.target),
            fmt(row.realisation),
            fmt(row.achievement_pct()),
        ]
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
        label_row(file, 1, "DISPORA", 2025, row)
    first, second = prose_rows
    document.add_paragraph(
        f"Selain indikator pada tabel di atas, indikator {first.indicator} memiliki target "
        f"{fmt(first.target)} poin dan realisasinya {fmt(first.realisation)} poin, "
        f"capaiannya {fmt(first.achievement_pct())}%."
    )
    document.add_paragraph(
        f"Target indikator {second.indicator} tahun 2025 adalah {fmt(second.target)}%, "
        f"sedangkan realisasinya {fmt(second.realisation)}% "
        f"sehingga capaian {fmt(second.achievement_pct())}%."
    )
    budget = Row(
        "Program Pengembangan Kapasitas Daya Saing Keolahragaan",
        None,
        None,
        None,
        programme="Program Pengembangan Kapasitas Daya Saing Keolahragaan",
        pagu=6_300_000_000,
        budget_realisation=5_827_500_000,
    )
    document.add_paragraph(
        f"Anggaran yang dialokasikan untuk Program Pengembangan Kapasitas Daya Saing Keolahragaan sebesar "
        f"{rupiah(budget.pagu)} dan terserap {rupiah(budget.budget_realisation)} "
        f"atau {fmt(budget.absorption_pct())}%."
    )
    for row in prose_rows:
        label_row(file, 1, "DISPORA", 2025, row)
    label_row(file, 1, "DISPORA", 2025, budget, performance=False)
    document.save(DOCS / file)
    label_document(file, "DISPORA", 2025, "docx_table", 1, "report")
    label_finding(
        "ACHIEVEMENT_MISMATCH",
        "DISPORA",
        2025,
        "Persentase Fasilitas Olahraga dalam Kondisi Baik",
        [(file, 1)],
        "58,5 / 65 = 90%, stated 95%",
    )


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    dinkes_lkjip()
    dinkes_renja()
    disdik_prose()
    disdik_xlsx()
    pupr_scan()
    pupr_2024_unruled()
    dlh_docx()
    bappeda_renstra()
    bappeda_report_docx()
    dishub_pdf()
    dinsos_prose()
    dinsos_scan()
    dinsos_xlsx()
    kominfo_lra_xlsx()
    kominfo_unruled_pdf()
    dispora_docx()
    (HERE / "labels.json").write_text(
        json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(LABELS['documents'])} documents, {len(LABELS['indicators'])} indicators, "
        f"{len(LABELS['findings'])} findings → {HERE}"
    )


if __name__ == "__main__":
    main()
