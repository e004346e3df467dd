"""Writes the scanned-intake development set: RKA rincian-belanja pages and SSH catalogue pages,
printed the SIPD way, rendered to images and degraded as OPDs hand them in.

Every item, price, code and name here is invented for this set. Documents:

- ``rka_ruled``: SIPD printout, header block (Urusan, Program, Kegiatan, Sub Kegiatan, Organisasi,
  Lokasi, Keluaran) as page text, a fully ruled table ``Kode Rekening | Uraian | Koefisien | Satuan
  | Harga | PPN | Jumlah`` with account grouping rows (5.1.02.xx), ``[#]`` sub-groups, wrapped uraian;
- ``rka_numbered``: a hand-made layout, unruled except under its header, ``No | Uraian |
  Spesifikasi | Koefisien | Satuan | Harga Satuan | Jumlah``, koefisien ``2 Orang x 3 Kali``;
- ``rka_two_pages``: ruled, the table runs onto a second page that repeats the column header;
- ``ssh_ruled`` and ``ssh_unruled``: SSH catalogue pages with section rows (``A. ALAT TULIS KANTOR``).

Degradations (file type in brackets): ``clean`` 300 dpi [png], ``scan200`` [png], ``scan150``
[png], ``skew2`` a 2° tilt at 200 dpi [image-only pdf], ``jpeg30`` [jpg], ``photo`` a phone photo
(perspective, uneven light, blur) [jpg], ``fax`` 1-bit ~200 dpi [png]. A two-page document is
always an image-only PDF. Each RKA is also written as ``.xlsx`` (the same lines typed in a
spreadsheet) with an ``.xlsx`` catalogue, to compare the review of a scan with the review of the
same RKA typed. Labels: ``manifest.json`` lists each file with its expected lines
(uraian, harga satuan, jumlah) or catalogue items (uraian, harga).

    .venv/bin/python services/rka_review/tests/scans/generate.py /tmp/scans [--degradations clean,fax]
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import cv2
import numpy as np
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont

A4 = (2480, 3508)  # 300 dpi
MARGIN = 150
SANS = "DejaVuSans.ttf"
SANS_BOLD = "DejaVuSans-Bold.ttf"
CELL_PX = 31
TEXT_PX = 36


def rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# (uraian, spesifikasi, satuan, harga) of the catalogue; the RKAs price some lines above it.
CATALOGUE: dict[str, list[tuple[str, str, str, int]]] = {
    "A. ALAT TULIS KANTOR": [
        ("Kertas HVS", "A4 80 gram", "Rim", 62_000),
        ("Map Snelhecter Plastik", "Folio, warna", "Buah", 4_500),
        ("Pulpen Gel", "0,5 mm tinta hitam", "Buah", 7_500),
        ("Ordner", "Folio, punggung 7 cm", "Buah", 38_000),
        ("Tinta Printer", "Botol 70 ml, hitam", "Botol", 95_000),
        ("Stopmap Kertas", "Folio, 250 gram", "Buah", 2_500),
    ],
    "B. MAKANAN DAN MINUMAN": [
        ("Nasi Kotak", "Nasi, lauk, sayur, buah, air mineral", "Kotak", 45_000),
        ("Kue Kotak", "Tiga jenis kue dan air mineral", "Kotak", 20_000),
        ("Air Mineral Galon", "19 liter", "Galon", 22_000),
    ],
    "C. JASA DAN HONORARIUM": [
        ("Honorarium Narasumber", "Eselon III / setara, per jam", "OJ", 900_000),
        ("Honorarium Moderator", "Per kegiatan", "OK", 700_000),
        ("Uang Harian Dalam Kota", "Lebih dari 8 jam", "OH", 150_000),
        ("Sewa Tenda", "Ukuran 4 x 6 m, termasuk pemasangan", "Unit", 750_000),
        ("Sewa Kursi Lipat", "Kursi futura dengan sarung", "Buah", 8_000),
        ("Sewa Kendaraan Roda Empat", "Termasuk pengemudi dan BBM", "Hari", 850_000),
    ],
    "D. CETAK DAN PUBLIKASI": [
        ("Cetak Spanduk", "Flexi 280 gram", "M2", 38_000),
        ("Cetak Leaflet", "A4 lipat tiga, full colour", "Lembar", 1_500),
        ("Penggandaan Dokumen", "A4, hitam putih", "Lembar", 350),
        ("Cetak Buku Laporan", "A4, 150 halaman, soft cover", "Eksemplar", 75_000),
    ],
    "E. PERALATAN KANTOR": [
        ("Laptop", "Core i5, RAM 16 GB, SSD 512 GB", "Unit", 14_500_000),
        ("Printer Laser", "Monokrom, A4, jaringan", "Unit", 3_900_000),
        ("Proyektor", "3.600 lumen, HDMI", "Unit", 7_200_000),
        ("Kursi Kerja", "Beroda, sandaran jaring", "Buah", 1_250_000),
    ],
}
PRICE = {name: (spec, unit, price) for rows in CATALOGUE.values() for name, spec, unit, price in rows}
KODE_BARANG_PREFIX = {
    "A. ALAT TULIS KANTOR": "1.1.7.01.01.01",
    "B. MAKANAN DAN MINUMAN": "1.1.7.01.05.01",
    "C. JASA DAN HONORARIUM": "5.1.02.02.01",
    "D. CETAK DAN PUBLIKASI": "1.1.7.01.03.02",
    "E. PERALATAN KANTOR": "1.3.2.10.01.02",
}


@dataclass
class Line:
    uraian: str
    spesifikasi: str
    koefisien: str
    satuan: str
    harga: int
    ppn: int = 0

    @property
    def volume(self) -> Decimal:
        product = Decimal(1)
        for part in self.koefisien.split(" x "):
            product *= Decimal(part.split()[0].replace(".", "").replace(",", "."))
        return product

    @property
    def jumlah(self) -> int:
        gross = self.volume * self.harga * (100 + self.ppn) / 100
        return int(gross.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class Group:
    kode: str
    nama: str
    lines: list[Line] = field(default_factory=list)
    subgroup: str | None = None  # a ``[#]`` label printed above its lines

    @property
    def jumlah(self) -> int:
        return sum(line.jumlah for line in self.lines)


@dataclass
class RkaDoc:
    name: str
    facts: list[tuple[str, str]]
    keluaran: tuple[str, str]
    groups: list[Group]
    layout: str  # "ruled", "numbered"
    pages: int = 1

    @property
    def lines(self) -> list[Line]:
        return [line for group in self.groups for line in group.lines]


def _line(name: str, koefisien: str, *, over: float = 1.0, ppn: int = 0, uraian: str | None = None) -> Line:
    spec, unit, price = PRICE[name]
    harga = int(round(price * over / 500) * 500) if over != 1.0 else price
    return Line(uraian or name, spec, koefisien, unit, harga, ppn)


def rka_documents() -> list[RkaDoc]:
    ruled = RkaDoc(
        name="rka_ruled",
        facts=[
            ("Urusan Pemerintahan", "2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"),
            ("Organisasi", "2.16.0.00.0.00.01.0000 - Dinas Komunikasi dan Informatika"),
            ("Program", "2.16.02 - PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK"),
            ("Kegiatan", "2.16.02.1.01 - Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah"),
            ("Sub Kegiatan", "2.16.02.1.01.0004 - Diseminasi Informasi Program Pemerintah Daerah"),
            ("Lokasi", "Kota Samarinda"),
        ],
        keluaran=("Jumlah Kegiatan Diseminasi Informasi", "12 Kegiatan"),
        groups=[
            Group(
                "5.1.02.01.01.0024",
                "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                [
                    _line("Kertas HVS", "40 Rim"),
                    _line("Map Snelhecter Plastik", "250 Buah"),
                    _line("Tinta Printer", "12 Botol", over=1.3),
                ],
                subgroup="[#] Alat Tulis Kantor",
            ),
            Group(
                "5.1.02.01.01.0052",
                "Belanja Makanan dan Minuman Rapat",
                [
                    _line("Nasi Kotak", "60 Orang x 4 Kali"),
                    _line("Kue Kotak", "60 Orang x 4 Kali", ppn=11),
                ],
            ),
            Group(
                "5.1.02.02.01.0003",
                "Belanja Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                [_line("Honorarium Narasumber", "2 Orang x 3 Jam x 4 Kali")],
            ),
            Group(
                "5.1.02.01.01.0026",
                "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                [
                    _line("Cetak Spanduk", "24 M2"),
                    _line(
                        "Cetak Leaflet",
                        "2.000 Lembar",
                        over=2.0,
                        uraian="Cetak Leaflet Informasi Layanan Publik Pemerintah Kota untuk Masyarakat",
                    ),
                ],
            ),
        ],
        layout="ruled",
    )
    numbered = RkaDoc(
        name="rka_numbered",
        facts=[
            ("Urusan", "2.11 - URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP"),
            ("Organisasi", "2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup"),
            ("Program", "2.11.05 - PROGRAM PENGELOLAAN PERSAMPAHAN"),
            ("Kegiatan", "2.11.05.1.02 - Pengurangan Sampah"),
            ("Sub Kegiatan", "2.11.05.1.02.0001 - Penyuluhan Pengurangan Sampah Rumah Tangga"),
            ("Lokasi", "Kecamatan Sungai Kunjang"),
        ],
        keluaran=("Jumlah Warga yang Mengikuti Penyuluhan", "300 Orang"),
        groups=[
            Group(
                "5.1.02.01.01.0052",
                "Belanja Makanan dan Minuman Rapat",
                [
                    _line("Nasi Kotak", "75 Orang x 4 Kali", over=1.4),
                    _line("Air Mineral Galon", "20 Galon"),
                ],
            ),
            Group(
                "5.1.02.02.01.0003",
                "Belanja Honorarium Narasumber",
                [
                    _line("Honorarium Narasumber", "2 Orang x 3 Kali"),
                    _line("Honorarium Moderator", "1 Orang x 4 Kali"),
                ],
            ),
            Group(
                "5.1.02.02.12.0001",
                "Belanja Sewa Peralatan",
                [
                    _line("Sewa Tenda", "4 Unit x 4 Hari"),
                    _line("Sewa Kursi Lipat", "100 Buah x 4 Hari"),
                    _line("Sewa Kendaraan Roda Empat", "2 Unit x 5 Hari", over=1.5),
                ],
            ),
            Group(
                "5.1.02.01.01.0026",
                "Belanja Bahan Cetak",
                [_line("Cetak Buku Laporan", "50 Eksemplar")],
            ),
        ],
        layout="numbered",
    )
    two_pages = RkaDoc(
        name="rka_two_pages",
        facts=[
            ("Urusan Pemerintahan", "5.01 - PERENCANAAN"),
            ("Organisasi", "5.01.0.00.0.00.01.0000 - Badan Perencanaan Pembangunan Daerah"),
            ("Program", "5.01.02 - PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH"),
            ("Kegiatan", "5.01.02.2.01 - Penyusunan Perencanaan dan Pendanaan"),
            (
                "Sub Kegiatan",
                "5.01.02.2.01.0015 - Koordinasi Penyusunan Dokumen Rencana Kerja Pemerintah Daerah",
            ),
            ("Lokasi", "Kota Samarinda"),
        ],
        keluaran=("Jumlah Dokumen RKPD", "1 Dokumen"),
        groups=[
            Group(
                "5.1.02.01.01.0024",
                "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                [
                    _line("Kertas HVS", "60 Rim"),
                    _line("Ordner", "40 Buah"),
                    _line("Pulpen Gel", "10 Kotak x 12 Buah", over=1.2),
                    _line("Stopmap Kertas", "300 Buah"),
                ],
            ),
            Group(
                "5.1.02.01.01.0052",
                "Belanja Makanan dan Minuman Rapat",
                [
                    _line("Nasi Kotak", "40 Orang x 6 Kali"),
                    _line("Kue Kotak", "40 Orang x 6 Kali"),
                ],
            ),
            Group(
                "5.1.02.04.01.0003",
                "Belanja Perjalanan Dinas Dalam Kota",
                [_line("Uang Harian Dalam Kota", "6 Orang x 5 Hari")],
            ),
            Group(
                "5.1.02.01.01.0026",
                "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                [
                    _line("Penggandaan Dokumen", "12.000 Lembar"),
                    _line("Cetak Buku Laporan", "100 Eksemplar", over=1.6),
                ],
            ),
            Group(
                "5.2.02.10.01.0002",
                "Belanja Modal Personal Computer",
                [
                    _line("Laptop", "2 Unit"),
                    _line("Printer Laser", "1 Unit"),
                    _line("Proyektor", "1 Unit", over=1.25),
                ],
            ),
        ],
        layout="ruled",
        pages=2,
    )
    return [ruled, numbered, two_pages]


# --- rendering ----------------------------------------------------------------------------------


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(SANS_BOLD if bold else SANS, size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    words, lines = text.split(), [""]
    for word in words:
        trial = f"{lines[-1]} {word}".strip()
        if font.getlength(trial) <= width or not lines[-1]:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


class Page:
    def __init__(self) -> None:
        self.image = Image.new("L", A4, 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = 170

    def centred(self, text: str, size: int = 40, bold: bool = True) -> None:
        font = _font(size, bold)
        self.draw.text(((A4[0] - font.getlength(text)) / 2, self.y), text, font=font, fill=0)
        self.y += int(size * 1.45)

    def fact(self, label: str, value: str) -> None:
        font = _font(TEXT_PX)
        self.draw.text((MARGIN, self.y), label, font=font, fill=0)
        self.draw.text((MARGIN + 430, self.y), ":", font=font, fill=0)
        lines = _wrap(value, font, A4[0] - 2 * MARGIN - 470)
        for line in lines:
            self.draw.text((MARGIN + 470, self.y), line, font=font, fill=0)
            self.y += int(TEXT_PX * 1.45)

    def text(self, x: int, text: str, size: int = TEXT_PX, bold: bool = False) -> None:
        self.draw.text((x, self.y), text, font=_font(size, bold), fill=0)

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        *,
        header_rows: int,
        right: Sequence[bool],
        ruled: bool,
        bold_rows: Sequence[int] = (),
    ) -> None:
        """Rows from ``self.y``; a cell wraps inside its column. Unruled tables get a rule above
        and below the header only (the hand-made layout)."""
        font, bold = _font(CELL_PX), _font(CELL_PX, True)
        xs = [MARGIN]
        for width in widths:
            xs.append(xs[-1] + width)
        pad, pitch = 12, int(CELL_PX * 1.3)
        top = self.y
        if ruled or header_rows:
            self.draw.line((xs[0], top, xs[-1], top), fill=0, width=3)
        for r, row in enumerate(rows):
            face = bold if r < header_rows or r in bold_rows else font
            wrapped = [_wrap(value, face, widths[c] - 2 * pad) for c, value in enumerate(row)]
            height = max(len(lines) for lines in wrapped) * pitch + 2 * pad
            for c, lines in enumerate(wrapped):
                for i, line in enumerate(lines):
                    if not line:
                        continue
                    if r < header_rows:
                        x = xs[c] + (widths[c] - face.getlength(line)) / 2
                    elif right[c]:
                        x = xs[c + 1] - pad - face.getlength(line)
                    else:
                        x = xs[c] + pad
                    self.draw.text((x, self.y + pad + i * pitch), line, font=face, fill=0)
            self.y += height
            if ruled or r == header_rows - 1:
                self.draw.line((xs[0], self.y, xs[-1], self.y), fill=0, width=3)
        if ruled:
            for x in xs:
                self.draw.line((x, top, x, self.y), fill=0, width=3)
        self.y += 40


RKA_RULED_HEAD = ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]
RKA_RULED_WIDTHS = [360, 760, 330, 170, 220, 90, 250]
RKA_NUMBERED_HEAD = ["No", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"]
RKA_NUMBERED_WIDTHS = [90, 520, 520, 330, 170, 250, 300]


def _rka_rows(doc: RkaDoc) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    bold: list[int] = []
    for group in doc.groups:
        bold.append(len(rows))
        if doc.layout == "ruled":
            rows.append([group.kode, group.nama, "", "", "", "", rupiah(group.jumlah)])
            if group.subgroup:
                rows.append(["", group.subgroup, "", "", "", "", ""])
            for line in group.lines:
                uraian = f"{line.uraian} - {line.spesifikasi}"
                rows.append(
                    [
                        "",
                        uraian,
                        line.koefisien,
                        line.satuan,
                        rupiah(line.harga),
                        f"{line.ppn}%",
                        rupiah(line.jumlah),
                    ]
                )
        else:
            rows.append(["", f"{group.kode} {group.nama}", "", "", "", "", rupiah(group.jumlah)])
            for line in group.lines:
                number = str(
                    sum(len(g.lines) for g in doc.groups[: doc.groups.index(group)])
                    + 1
                    + group.lines.index(line)
                )
                rows.append(
                    [
                        number,
                        line.uraian,
                        line.spesifikasi,
                        line.koefisien,
                        line.satuan,
                        rupiah(line.harga),
                        rupiah(line.jumlah),
                    ]
                )
    total = sum(g.jumlah for g in doc.groups)
    bold.append(len(rows))
    rows.append(["", "Jumlah", "", "", "", "", rupiah(total)])
    return rows, bold


def render_rka(doc: RkaDoc) -> list[Image.Image]:
    page = Page()
    page.centred("RENCANA KERJA DAN ANGGARAN")
    page.centred("SATUAN KERJA PERANGKAT DAERAH")
    page.centred("Pemerintah Kota Samarinda Tahun Anggaran 2027", size=34, bold=False)
    page.y += 30
    for label, value in doc.facts:
        page.fact(label, value)
    page.y += 20
    page.text(MARGIN, "Indikator", bold=True)
    page.text(MARGIN + 500, "Tolok Ukur", bold=True)
    page.text(A4[0] - MARGIN - 360, "Target", bold=True)
    page.y += int(TEXT_PX * 1.5)
    page.text(MARGIN, "Keluaran")
    page.text(MARGIN + 500, doc.keluaran[0])
    page.text(A4[0] - MARGIN - 360, doc.keluaran[1])
    page.y += int(TEXT_PX * 2.2)
    page.centred("Rincian Anggaran Belanja", size=36)
    rows, bold = _rka_rows(doc)
    if doc.layout == "ruled":
        head, widths, right = RKA_RULED_HEAD, RKA_RULED_WIDTHS, [False, False, False, False, True, True, True]
    else:
        head, widths, right = (
            RKA_NUMBERED_HEAD,
            RKA_NUMBERED_WIDTHS,
            [False, False, False, False, False, True, True],
        )
    ruled = doc.layout == "ruled"
    if doc.pages == 1:
        page.table(
            [head, *rows], widths, header_rows=1, right=right, ruled=ruled, bold_rows=[b + 1 for b in bold]
        )
        return [page.image]
    cut = len(rows) // 2
    page.table(
        [head, *rows[:cut]],
        widths,
        header_rows=1,
        right=right,
        ruled=ruled,
        bold_rows=[b + 1 for b in bold if b < cut],
    )
    second = Page()
    second.text(A4[0] - MARGIN - 120, "hal. 2", size=28)
    second.y += 60
    second.table(
        [head, *rows[cut:]],
        widths,
        header_rows=1,
        right=right,
        ruled=ruled,
        bold_rows=[b - cut + 1 for b in bold if b >= cut],
    )
    return [page.image, second.image]


SSH_HEAD = ["No", "Kode Barang", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"]
SSH_WIDTHS = [90, 420, 560, 620, 210, 280]


def catalogue_items() -> list[tuple[str, str, str, str, int]]:
    """(kelompok, kode, uraian, satuan, harga) in catalogue order."""
    out = []
    for section, rows in CATALOGUE.items():
        for i, (name, _spec, unit, price) in enumerate(rows, start=1):
            out.append((section, f"{KODE_BARANG_PREFIX[section]}.{i:03d}", name, unit, price))
    return out


def render_ssh(ruled: bool) -> list[Image.Image]:
    page = Page()
    page.centred("STANDAR SATUAN HARGA (SSH)")
    page.centred("PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027")
    page.centred("Harga belum termasuk PPN", size=32, bold=False)
    page.y += 40
    rows: list[list[str]] = []
    bold: list[int] = []
    number = 0
    for section, items in CATALOGUE.items():
        bold.append(len(rows) + 1)
        rows.append(["", "", section, "", "", ""])
        for i, (name, spec, unit, price) in enumerate(items, start=1):
            number += 1
            rows.append(
                [str(number), f"{KODE_BARANG_PREFIX[section]}.{i:03d}", name, spec, unit, rupiah(price)]
            )
    page.table(
        [SSH_HEAD, *rows], SSH_WIDTHS, header_rows=1, right=[False] * 5 + [True], ruled=ruled, bold_rows=bold
    )
    return [page.image]


# --- degradations -------------------------------------------------------------------------------


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(sum(ord(c) * (i + 1) for i, c in enumerate(name)))


def _scale(image: np.ndarray, dpi: int) -> np.ndarray:
    factor = dpi / 300
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def _scanner_noise(image: np.ndarray, rng: np.random.Generator, sigma: float = 6.0) -> np.ndarray:
    noisy = image.astype(np.float32) + rng.normal(0, sigma, image.shape)
    return np.clip(cv2.GaussianBlur(noisy, (3, 3), 0.6), 0, 255).astype(np.uint8)


def _rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    h, w = image.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def _photo(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A phone photo of the sheet on a desk: page in perspective, light falling off to one
    corner, a little out of focus."""
    h, w = image.shape
    small = cv2.resize(image, (int(w * 0.8), int(h * 0.8)), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape
    canvas_w, canvas_h = sw + 300, sh + 300
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    jitter = rng.uniform(-1, 1, (4, 2)) * 40
    dst = np.float32(
        [[160, 120], [canvas_w - 120, 170], [canvas_w - 150, canvas_h - 130], [130, canvas_h - 160]]
    )
    dst = (dst + jitter).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(small, matrix, (canvas_w, canvas_h), borderValue=90)
    ys, xs = np.mgrid[0:canvas_h, 0:canvas_w].astype(np.float32)
    light = 1.0 - 0.35 * (xs / canvas_w) * (ys / canvas_h) - 0.1 * (ys / canvas_h)
    lit = warped.astype(np.float32) * light + rng.normal(0, 4, warped.shape)
    return np.clip(cv2.GaussianBlur(lit, (0, 0), 1.1), 0, 255).astype(np.uint8)


def _fax(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    small = _scale(image, 200)
    bits = np.where(small < 150, 0, 255).astype(np.uint8)
    specks = rng.random(bits.shape) < 0.0015
    bits[specks] = 0
    return bits


@dataclass(frozen=True)
class Degradation:
    name: str
    suffix: str
    make: Callable[[np.ndarray, np.random.Generator], np.ndarray]
    dpi: int


DEGRADATIONS = [
    Degradation("clean", "png", lambda im, rng: im, 300),
    Degradation("scan200", "png", lambda im, rng: _scanner_noise(_scale(im, 200), rng), 200),
    Degradation("scan150", "png", lambda im, rng: _scanner_noise(_scale(im, 150), rng, 4.0), 150),
    Degradation("skew2", "pdf", lambda im, rng: _scanner_noise(_rotate(_scale(im, 200), 2.0), rng), 200),
    Degradation("jpeg30", "jpg", lambda im, rng: _scale(im, 200), 200),
    Degradation("photo", "jpg", _photo, 0),
    Degradation("fax", "png", _fax, 200),
]


def write_pages(pages: list[np.ndarray], degradation: Degradation, path_stem: Path) -> Path:
    images = [Image.fromarray(p) for p in pages]
    if degradation.name == "fax":
        images = [im.convert("1") for im in images]
    suffix = "pdf" if len(images) > 1 else degradation.suffix
    path = path_stem.parent / f"{path_stem.name}.{suffix}"
    dpi = (degradation.dpi, degradation.dpi) if degradation.dpi else None
    if suffix == "pdf":
        images[0].save(
            path, "PDF", save_all=True, append_images=images[1:], resolution=float(degradation.dpi or 200)
        )
    elif suffix == "jpg":
        buffer = io.BytesIO()
        quality = 30 if degradation.name == "jpeg30" else 82
        images[0].save(buffer, "JPEG", quality=quality, **({"dpi": dpi} if dpi else {}))
        path.write_bytes(buffer.getvalue())
    else:
        images[0].save(path, "PNG", **({"dpi": dpi} if dpi else {}))
    return path


# --- spreadsheets (the same documents typed) ----------------------------------------------------


def write_rka_xlsx(doc: RkaDoc, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "RKA"
    for label, value in doc.facts:
        sheet.append([label, ":", value])
    sheet.append(["Indikator", "Tolok Ukur", "Target"])
    sheet.append(["Keluaran", doc.keluaran[0], doc.keluaran[1]])
    sheet.append([])
    sheet.append(
        [
            "No",
            "Kode Rekening",
            "Uraian",
            "Spesifikasi",
            "Koefisien",
            "Satuan",
            "Harga Satuan",
            "PPN",
            "Jumlah",
        ]
    )
    number = 0
    for group in doc.groups:
        sheet.append([None, group.kode, group.nama, None, None, None, None, None, group.jumlah])
        for line in group.lines:
            number += 1
            sheet.append(
                [
                    number,
                    None,
                    line.uraian,
                    line.spesifikasi,
                    line.koefisien,
                    line.satuan,
                    line.harga,
                    f"{line.ppn}%",
                    line.jumlah,
                ]
            )
    sheet.append([None, None, "Jumlah", None, None, None, None, None, sum(g.jumlah for g in doc.groups)])
    book.save(path)


def write_catalogue_xlsx(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "SSH"
    sheet.append(["STANDAR SATUAN HARGA TAHUN ANGGARAN 2027 (belum termasuk PPN)"])
    sheet.append(SSH_HEAD)
    number = 0
    for section, items in CATALOGUE.items():
        sheet.append([None, None, section])
        for i, (name, spec, unit, price) in enumerate(items, start=1):
            number += 1
            sheet.append([number, f"{KODE_BARANG_PREFIX[section]}.{i:03d}", name, spec, unit, price])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--degradations", default=",".join(d.name for d in DEGRADATIONS))
    args = parser.parse_args()
    wanted = set(args.degradations.split(","))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    write_catalogue_xlsx(out / "ssh_2027.xlsx")
    entries: list[dict[str, object]] = []
    documents: list[tuple[str, str, list[Image.Image], list[dict[str, object]]]] = []
    for doc in rka_documents():
        write_rka_xlsx(doc, out / f"{doc.name}.xlsx")
        lines = [
            {
                "uraian": f"{ln.uraian}",
                "koefisien": ln.koefisien,
                "harga_satuan": ln.harga,
                "jumlah": ln.jumlah,
            }
            for ln in doc.lines
        ]
        documents.append((doc.name, "rka", render_rka(doc), lines))
    items = [{"uraian": name, "harga": price} for _s, _k, name, _u, price in catalogue_items()]
    documents.append(("ssh_ruled", "catalogue", render_ssh(ruled=True), items))
    documents.append(("ssh_unruled", "catalogue", render_ssh(ruled=False), items))
    for name, kind, pages, expected in documents:
        arrays = [np.asarray(p) for p in pages]
        for degradation in DEGRADATIONS:
            if degradation.name not in wanted:
                continue
            rng = _rng(f"{name}-{degradation.name}")
            path = write_pages(
                [degradation.make(a, rng) for a in arrays], degradation, out / f"{name}.{degradation.name}"
            )
            entries.append(
                {
                    "file": path.name,
                    "document": name,
                    "kind": kind,
                    "degradation": degradation.name,
                    "xlsx": f"{name}.xlsx" if kind == "rka" else None,
                    "expected": expected,
                }
            )
    manifest = {"catalogue": "ssh_2027.xlsx", "files": entries}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    print(f"{len(entries)} files in {out}")


if __name__ == "__main__":
    main()
