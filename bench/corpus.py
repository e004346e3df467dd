"""A mixed corpus of OPD documents for the end-to-end benchmark, generated on the spot.

- born-digital PDFs: one-page procurement reports with a text table, written as PDF text objects
  (Helvetica, no embedded font) so extraction reads text, not pixels;
- scans: the same kind of page rendered to a 200-dpi greyscale PNG with Pillow, for OCR;
- spreadsheets: price tables (openpyxl) and copies of the sample RKA, which the review picks up.

Every document's bytes are unique (the upload service keeps one document per OPD and content).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

from tests.integration.e2e.documents import RKA_XLSX, SSH_XLSX, unique_copy

ITEMS = [
    ("Kertas HVS A4 80 gram", "Rim", 56_000),
    ("Tinta printer ink tank 70 ml", "Botol", 95_000),
    ("Laptop Core i5 RAM 8 GB SSD 512 GB", "Unit", 11_950_000),
    ("Proyektor 3.500 lumen XGA", "Unit", 7_250_000),
    ("Kursi kerja staf beroda", "Buah", 1_300_000),
    ("Nasi kotak rapat", "Kotak", 45_000),
    ("Sewa aula pertemuan 200 orang", "Hari", 5_000_000),
    ("Honorarium narasumber eselon III", "OJ", 900_000),
    ("Map snelhecter plastik", "Buah", 4_500),
    ("Air mineral gelas 220 ml", "Dus", 29_500),
]
SCAN_DPI = 200
SCAN_SIZE = (1654, 2339)  # A4 at 200 dpi
SCAN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass(frozen=True)
class CorpusDocument:
    path: Path
    kind: str  # pdf | scan | spreadsheet | rka
    category: str
    fiscal_year: int


def report_lines(number: int, rng: random.Random) -> list[str]:
    lines = [
        "LAPORAN REALISASI PENGADAAN BARANG DAN JASA",
        f"Dinas Pendidikan dan Kebudayaan Kota Samarinda - Nomor {number:04d}/LAP/2025",
        "No  Uraian                                   Satuan   Harga Satuan (Rp)",
    ]
    for index, (uraian, satuan, harga) in enumerate(rng.sample(ITEMS, 6), start=1):
        price = harga + rng.randrange(0, 50) * 500
        lines.append(f"{index:<3} {uraian:<40} {satuan:<8} {price:,}".replace(",", "."))
    lines.append("Harga belum termasuk PPN 11%. Disusun oleh Pejabat Pengadaan.")
    return lines


def write_text_pdf(lines: list[str], target: Path) -> None:
    """One A4 page whose lines are real PDF text (what SIPD and office suites export)."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    text = "BT /F1 10 Tf 14 TL 50 790 Td " + " ".join(f"({line}) '" for line in escaped) + " ET"
    content = ContentStream(None, writer)
    content.set_data(text.encode("latin-1"))
    page.replace_contents(content)
    with target.open("wb") as handle:
        writer.write(handle)


def write_scan(lines: list[str], target: Path, rng: random.Random) -> None:
    page = Image.new("L", SCAN_SIZE, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SCAN_FONT, 30)
    y = 160
    for line in lines:
        draw.text((120 + rng.randrange(0, 6), y), line, fill=rng.randrange(0, 40), font=font)
        y += 52
    page.rotate(rng.uniform(-0.8, 0.8), fillcolor=255).save(target, dpi=(SCAN_DPI, SCAN_DPI))


def write_price_table(number: int, target: Path, rng: random.Random) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Realisasi"
    sheet.append([f"Realisasi belanja barang dan jasa 2025 - berkas {number}"])
    sheet.append(["No", "Uraian", "Satuan", "Volume", "Harga Satuan (Rp)", "Jumlah (Rp)"])
    for index, (uraian, satuan, harga) in enumerate(ITEMS, start=1):
        volume = rng.randrange(1, 40)
        price = harga + rng.randrange(0, 40) * 250
        sheet.append([index, uraian, satuan, volume, price, volume * price])
    workbook.save(target)


def build_corpus(target: Path, *, per_kind: int, rka_copies: int, seed: int = 7) -> list[CorpusDocument]:
    """``per_kind`` PDFs, scans and price tables, plus ``rka_copies`` RKAs, interleaved."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    documents: list[CorpusDocument] = []
    for number in range(per_kind):
        pdf = target / f"laporan_realisasi_{number:03d}.pdf"
        write_text_pdf(report_lines(number, rng), pdf)
        scan = target / f"penawaran_scan_{number:03d}.png"
        write_scan(report_lines(1000 + number, rng), scan, rng)
        table = target / f"realisasi_belanja_{number:03d}.xlsx"
        write_price_table(number, table, rng)
        documents += [
            CorpusDocument(pdf, "pdf", "realisasi", 2025),
            CorpusDocument(scan, "scan", "penawaran", 2025),
            CorpusDocument(table, "spreadsheet", "realisasi", 2025),
        ]
    documents += [
        CorpusDocument(unique_copy(RKA_XLSX, target, f"bench{number}"), "rka", "rka", 2026)
        for number in range(rka_copies)
    ]
    return documents


def catalogue(target: Path) -> Path:
    """The SSH the RKAs are reviewed against (uploaded first, outside the timed run)."""
    return unique_copy(SSH_XLSX, target, "bench")
