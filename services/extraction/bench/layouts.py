"""Own dev pages in the layouts that real letters, BASTs and newsletters have, in the format
``blind_eval.py`` reads (``devset.py``'s pages are one column of prose under a title: they read at
0-0.2% CER whatever the reading order logic does).

    .venv/bin/python services/extraction/bench/layouts.py /tmp/layouts [--seeds 3]
                                                                       [--degradations clean,fax]
                                                                       [--types buletin,nota_dinas]

- ``buletin``: a masthead, a headline spanning the columns, two or three columns of unequal width,
  a boxed sidebar, photo placeholders with captions.
- ``nota_dinas``: a letterhead with a logo box and a centred name, a ``Kepada / Dari / Tanggal /
  Nomor / Sifat / Lampiran / Perihal`` block (or a letter's ``Nomor / Sifat / Lampiran / Perihal``
  with the date and ``Kepada Yth.`` at the right), body paragraphs, a numbered list, a signature
  block at the right with a NIP, a ``Tembusan`` list.
- ``bast``: a letterhead, the parties' ``Nama / NIP / Jabatan / Alamat`` blocks with ``PIHAK
  PERTAMA / KEDUA``, a ruled goods table, two signature columns.

Each seed varies fonts, sizes, margins, label widths, column widths and the words. The truth is
what a reader reads: side-by-side blocks (columns, the two signatures, a right-hand address
block) one after the other, left first; a label block row by row. The degradations are
``devset.py``'s standard nine.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).parent))

from devset import DEGRADATIONS, encode

A4 = (2480, 3508)
_STANDARD = (
    "clean",
    "pdf_skew2",
    "fax",
    "photo",
    "stamp",
    "dpi150",
    "jpeg_q25",
    "sideways",
    "upside_down",
)
# The fonts a government office prints with here are Times New Roman and Arial; DejaVu (always
# installed with fontconfig) stands in, in its regular, condensed and bold cuts.
_SERIFS = ("DejaVuSerif.ttf", "DejaVuSerifCondensed.ttf")
_SANSES = ("DejaVuSans.ttf", "DejaVuSansCondensed.ttf")
_BOLD = {
    "DejaVuSerif.ttf": "DejaVuSerif-Bold.ttf",
    "DejaVuSerifCondensed.ttf": "DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSans.ttf": "DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed.ttf": "DejaVuSansCondensed-Bold.ttf",
}


@dataclass
class Page:
    """A sheet drawn on freely; the truth is appended in reading order by the caller."""

    rng: np.random.Generator
    body: str
    size: int
    margin: int
    image: Image.Image = field(init=False)
    draw: ImageDraw.ImageDraw = field(init=False)
    lines: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.image = Image.new("L", A4, 255)
        self.draw = ImageDraw.Draw(self.image)

    @property
    def width(self) -> int:
        return A4[0] - 2 * self.margin

    def font(
        self, size: int | None = None, bold: bool = False, face: str | None = None
    ) -> ImageFont.FreeTypeFont:
        name = face or self.body
        return ImageFont.truetype(_BOLD[name] if bold else name, size or self.size)

    def text(self, x: float, y: int, text: str, font: ImageFont.FreeTypeFont, truth: bool = True) -> None:
        self.draw.text((x, y), text, fill=0, font=font)
        if truth:
            self.lines.append(text)

    def block(
        self,
        x: int,
        y: int,
        width: int,
        text: str,
        font: ImageFont.FreeTypeFont,
        indent: int = 0,
        hanging: str = "",
    ) -> int:
        """A paragraph wrapped into ``width``, first line indented or led by ``hanging`` (a list
        number: the other lines align after it). Returns the y below it."""
        pitch = int(font.size * 1.4)
        lead = font.getlength(hanging + " ") if hanging else indent
        first = True
        for line in wrap(text, font, width - lead):
            if first and hanging:
                self.draw.text((x, y), hanging, fill=0, font=font)
                self.draw.text((x + lead, y), line, fill=0, font=font)
                self.lines.append(f"{hanging} {line}")
            else:
                self.text(x + (lead if (hanging or first) else 0), y, line, font)
            first = False
            y += pitch
        return y

    def centred(self, y: int, text: str, font: ImageFont.FreeTypeFont, left: int = 0, right: int = 0) -> int:
        left, right = left or 0, right or A4[0]
        self.text((left + right - font.getlength(text)) / 2, y, text, font)
        return y + int(font.size * 1.35)

    def rule(self, y: int, thick: int = 3, x0: int | None = None, x1: int | None = None) -> None:
        self.draw.line([(x0 or self.margin, y), (x1 or A4[0] - self.margin, y)], fill=0, width=thick)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Rendered:
    image: np.ndarray
    lines: list[str]
    tables: list[list[list[str]]]


def _pick(rng: np.random.Generator, options: tuple[str, ...] | list[str]) -> str:
    return str(options[int(rng.integers(len(options)))])


def _page(rng: np.random.Generator, serif_bias: float = 0.5) -> Page:
    body = _pick(rng, _SERIFS) if rng.random() < serif_bias else _pick(rng, _SANSES)
    return Page(rng, body, int(rng.integers(36, 46)), int(rng.integers(150, 260)))


# --- words -------------------------------------------------------------------------------------

_DINAS = (
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "DISDIKBUD"),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "PUPR"),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "BAPPEDA"),
    ("DINAS KESEHATAN", "DINKES"),
    ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "BPKAD"),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "DISKOMINFO"),
)
_STREETS = ("Jalan Dahlia Nomor 81", "Jalan Kesuma Bangsa Nomor 2", "Jalan Basuki Rahmat Nomor 19",
            "Jalan M. Yamin Nomor 7", "Jalan Juanda Nomor 44")  # fmt: skip
_PEOPLE = (
    ("Dr. H. Ahmad Rizali, S.E., M.Si.", "19700512 199503 1 004", "Pembina Utama Muda"),
    ("Ir. Siti Nurhaliza, M.T.", "19750823 200112 2 003", "Pembina Tingkat I"),
    ("Drs. Bambang Supriyadi, M.M.", "19681104 199403 1 007", "Pembina Utama Muda"),
    ("Hj. Rahmawati, S.Sos., M.AP.", "19800217 200501 2 011", "Pembina"),
    ("Andi Pratama, S.Kom., M.Kom.", "19850630 201001 1 015", "Penata Tingkat I"),
)
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember")  # fmt: skip
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SUBJECTS = (
    "Penyampaian Dokumen Rencana Kerja dan Anggaran Perubahan Tahun Anggaran 2025",
    "Undangan Rapat Koordinasi Penyusunan Standar Satuan Harga",
    "Permohonan Data Realisasi Belanja Triwulan III",
    "Pelaksanaan Monitoring dan Evaluasi Kegiatan Fisik",
)
_BODY = (
    "Sehubungan dengan penyusunan Rencana Kerja dan Anggaran Perubahan Tahun Anggaran 2025, "
    "bersama ini kami sampaikan bahwa setiap perangkat daerah diminta menyesuaikan usulan belanja "
    "dengan Standar Satuan Harga yang berlaku serta kode rekening sesuai Kepmendagri 050-5889.",
    "Menindaklanjuti hasil rapat evaluasi tanggal 3 September 2025, realisasi belanja modal pada "
    "beberapa sub kegiatan masih di bawah target triwulan, antara lain pada kode rekening "
    "5.2.02.05.01.0005 dengan pagu Rp 1.245.000.000 dan realisasi baru 31,5 persen.",
    "Dokumen pendukung berupa rincian harga satuan, spesifikasi teknis dan foto lokasi agar "
    "disampaikan dalam bentuk cetak dan salinan digital paling lambat tanggal 30 September 2025 "
    "melalui Sekretariat.",
    "Berdasarkan Peraturan Wali Kota Samarinda Nomor 41 Tahun 2024 tentang Standar Harga Satuan, "
    "belanja alat tulis kantor dengan kode barang 1.1.12.01.02.0002 tidak boleh melebihi harga "
    "tertinggi yang ditetapkan dalam lampiran.",
)
_POINTS = (
    "rincian belanja per sub kegiatan beserta volume dan satuannya;",
    "surat pernyataan tanggung jawab mutlak yang ditandatangani kepala perangkat daerah;",
    "daftar barang milik daerah yang akan dihapuskan pada tahun berjalan;",
    "laporan capaian indikator kinerja sampai dengan bulan Agustus 2025;",
    "berita acara hasil verifikasi oleh tim anggaran pemerintah daerah.",
)
_CLOSINGS = (
    "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
    "Demikian untuk menjadi perhatian dan dilaksanakan sebagaimana mestinya.",
)
_TEMBUSAN = (
    "Wali Kota Samarinda (sebagai laporan);",
    "Sekretaris Daerah Kota Samarinda;",
    "Inspektur Kota Samarinda;",
    "Kepala Bappeda Kota Samarinda;",
    "Arsip.",
)


def _date(rng: np.random.Generator) -> tuple[str, str]:
    month = int(rng.integers(12))
    return f"{int(rng.integers(1, 29))} {_MONTHS[month]} 2025", _ROMAN[month]


def _letterhead(p: Page, dinas: str, y: int = 150) -> int:
    """A kop surat: a logo box at the left, the centred names and address, a double rule."""
    logo = int(p.rng.integers(200, 260))
    x0 = p.margin
    p.draw.rectangle([(x0, y), (x0 + logo, y + logo + 40)], outline=0, width=4)
    p.draw.ellipse([(x0 + 30, y + 30), (x0 + logo - 30, y + logo - 20)], outline=0, width=6)
    p.draw.polygon(
        [(x0 + logo // 2, y + 55), (x0 + logo - 60, y + logo - 50), (x0 + 60, y + logo - 50)],
        outline=0,
        width=5,
    )
    sans = _pick(p.rng, _SANSES)
    left = x0 + logo + 20
    yy = y + 10
    yy = p.centred(
        yy,
        "PEMERINTAH KOTA SAMARINDA",
        p.font(int(p.rng.integers(44, 54)), True, sans),
        left,
        A4[0] - p.margin,
    )
    yy = p.centred(yy, dinas, p.font(int(p.rng.integers(46, 56)), True, sans), left, A4[0] - p.margin)
    street = _pick(p.rng, _STREETS)
    phone = f"Telepon (0541) {int(p.rng.integers(200000, 799999))}"
    yy = p.centred(yy, f"{street}, {phone}", p.font(30), left, A4[0] - p.margin)
    yy = p.centred(yy, "SAMARINDA 751" + str(int(p.rng.integers(10, 30))), p.font(30), left, A4[0] - p.margin)
    bottom = max(yy, y + logo + 40) + 20
    p.rule(bottom, 8)
    p.rule(bottom + 14, 2)
    return bottom + 50


def _labels(p: Page, x: int, y: int, rows: list[tuple[str, str]], label_width: int, width: int) -> int:
    """``Label : value`` rows; a long value wraps under itself. Read row by row."""
    font = p.font()
    pitch = int(p.size * 1.45)
    colon_x = x + label_width
    for label, value in rows:
        p.draw.text((x, y), label, fill=0, font=font)
        p.draw.text((colon_x, y), ":", fill=0, font=font)
        lines = wrap(value, font, width - label_width - 40) or [""]
        p.lines.append(f"{label} : {lines[0]}".strip())
        for index, line in enumerate(lines):
            p.draw.text((colon_x + 40, y), line, fill=0, font=font)
            if index:
                p.lines.append(line)
            y += pitch
    return y


def _signature(p: Page, x: int, y: int, lines: list[str], name: str, nip: str, rank: str = "") -> int:
    font = p.font()
    pitch = int(p.size * 1.4)
    for line in lines:
        p.text(x, y, line, font)
        y += pitch
    y += int(p.rng.integers(180, 260))  # room for the signature and the stamp
    bold = p.font(bold=True)
    p.text(x, y, name, bold)
    p.draw.line([(x, y + p.size + 6), (x + bold.getlength(name), y + p.size + 6)], fill=0, width=2)
    y += pitch
    if rank:
        p.text(x, y, rank, font)
        y += pitch
    p.text(x, y, f"NIP {nip}", font)
    return y + pitch


# --- nota dinas / surat ---------------------------------------------------------------------------


def nota_dinas(seed: int) -> Rendered:
    rng = np.random.default_rng(1000 + seed)
    p = _page(rng, 0.7)
    dinas, short = _DINAS[int(rng.integers(len(_DINAS)))]
    y = _letterhead(p, dinas)
    date, roman = _date(rng)
    prefix = _pick(rng, ("900.1.3", "005", "027", "440", "050"))
    number = f"{prefix}/{int(rng.integers(100, 4000))}/{short}/{roman}/2025"
    subject = _pick(rng, _SUBJECTS)
    chief, nip, rank = _PEOPLE[int(rng.integers(len(_PEOPLE)))]
    label_width = int(rng.integers(230, 380))
    font = p.font()
    if seed % 2 == 0:
        # A nota dinas: the title, then the whole address block as labels.
        y = p.centred(y, "NOTA DINAS", p.font(p.size + 10, True)) + 30
        rows = [
            ("Kepada", f"Yth. Kepala {_pick(rng, [d for d, _ in _DINAS if d != dinas]).title()}"),
            ("Dari", f"Kepala {dinas.title()}"),
            ("Tembusan", "Sekretaris Daerah Kota Samarinda"),
            ("Tanggal", date),
            ("Nomor", number),
            ("Sifat", _pick(rng, ("Segera", "Penting", "Biasa"))),
            ("Lampiran", _pick(rng, ("1 (satu) berkas", "-", "2 (dua) lembar"))),
            ("Perihal", subject),
        ]
        y = _labels(p, p.margin, y, rows, label_width, p.width) + 10
        p.rule(y, 3)
        y += 40
    else:
        # A letter: the date at the right, Nomor / Sifat / Lampiran / Perihal at the left and the
        # addressee's block beside them at the right.
        p.text(A4[0] - p.margin - font.getlength(f"Samarinda, {date}"), y, f"Samarinda, {date}", font)
        y += int(p.size * 2)
        half = int(p.width * rng.uniform(0.52, 0.6))
        rows = [
            ("Nomor", number),
            ("Sifat", _pick(rng, ("Segera", "Penting", "Biasa"))),
            ("Lampiran", _pick(rng, ("1 (satu) berkas", "-"))),
            ("Perihal", subject),
        ]
        bottom = _labels(p, p.margin, y, rows, label_width, half)
        right = p.margin + half + 60
        addressee = [
            "Kepada",
            "Yth. Kepala " + _pick(rng, [d for d, _ in _DINAS if d != dinas]).title(),
            "di -",
            "SAMARINDA",
        ]
        yy = y
        for line in addressee:
            for part in wrap(line, font, A4[0] - p.margin - right):
                p.text(right, yy, part, font)
                yy += int(p.size * 1.4)
        y = max(bottom, yy) + 50
    width = p.width
    indent = int(rng.integers(0, 2)) * 80
    for text in rng.permutation(_BODY)[:2]:
        y = p.block(p.margin, y, width, str(text), font, indent=indent) + int(p.size * 0.6)
    y = p.block(
        p.margin, y, width, "Sehubungan dengan hal tersebut, dimohon kepada Saudara menyampaikan:", font
    )
    for index, point in enumerate(rng.permutation(_POINTS)[: int(rng.integers(3, 5))], start=1):
        y = p.block(p.margin + 40, y, width - 40, str(point), font, hanging=f"{index}.")
    y += int(p.size * 0.6)
    y = p.block(p.margin, y, width, _pick(rng, _CLOSINGS), font, indent=indent) + 40
    x = int(A4[0] * rng.uniform(0.5, 0.6))
    y = _signature(p, x, y, [f"Kepala {dinas.title()},"] if seed % 3 else ["Kepala Dinas,"], chief, nip, rank)
    if seed % 2:
        y += 40
        p.text(p.margin, y, "Tembusan:", font)
        y += int(p.size * 1.4)
        for index, line in enumerate(_TEMBUSAN[: int(rng.integers(3, 6))], start=1):
            y = p.block(p.margin, y, width, line, font, hanging=f"{index}.")
    return Rendered(np.asarray(p.image), p.lines, p.tables)


# --- BAST ---------------------------------------------------------------------------------------

_GOODS = (
    ("1.3.02.05.01.0005", "Laptop prosesor i5 RAM 16 GB", "Unit", 11_950_000),
    ("1.3.02.06.02.0001", "Proyektor LCD 3500 lumen", "Unit", 7_250_000),
    ("1.1.12.01.02.0002", "Kertas HVS A4 80 gram", "Rim", 62_500),
    ("1.3.02.05.02.0004", "Printer laser hitam putih", "Unit", 3_480_000),
    ("1.1.12.01.03.0011", "Tinta printer hitam", "Botol", 185_000),
    ("1.3.02.01.03.0002", "Kursi kerja hidrolik", "Buah", 1_350_000),
    ("1.3.02.06.03.0012", "Switch jaringan 24 port", "Unit", 9_800_000),
)
_FIRMS = ("CV Mahakam Jaya", "PT Borneo Sarana Abadi", "CV Tepian Mandiri", "PT Karya Etam Sejahtera")


def _rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _party(p: Page, y: int, roman: str, rows: list[tuple[str, str]], role: str, label_width: int) -> int:
    font = p.font()
    p.draw.text((p.margin, y), f"{roman}.", fill=0, font=font)
    x = p.margin + 70
    first = len(p.lines)
    y = _labels(p, x, y, rows, label_width, p.width - 70)
    p.lines[first] = f"{roman}. {p.lines[first]}"
    return p.block(x, y + 10, p.width - 70, f"Selanjutnya disebut {role}.", font) + 20


def bast(seed: int) -> Rendered:
    rng = np.random.default_rng(2000 + seed)
    p = _page(rng, 0.5)
    dinas, short = _DINAS[int(rng.integers(len(_DINAS)))]
    y = _letterhead(p, dinas) if seed % 2 == 0 else 220
    date, roman = _date(rng)
    title = p.font(p.size + 8, True)
    y = p.centred(y, "BERITA ACARA SERAH TERIMA BARANG", title)
    y = p.centred(y, f"Nomor: 027/{int(rng.integers(100, 999))}/BAST-{short}/{roman}/2025", p.font()) + 30
    font = p.font()
    y = (
        p.block(
            p.margin,
            y,
            p.width,
            f"Pada hari ini tanggal {date}, kami yang bertanda tangan di bawah ini:",
            font,
        )
        + 10
    )
    firm = _pick(rng, _FIRMS)
    director = _pick(rng, ("Budi Santoso", "Rina Marlina", "Hendra Wijaya", "Yusuf Hamzah"))
    chief, nip, _ = _PEOPLE[int(rng.integers(len(_PEOPLE)))]
    label_width = int(rng.integers(200, 300))
    y = _party(
        p,
        y,
        "I",
        [
            ("Nama", director),
            ("Jabatan", f"Direktur {firm}"),
            ("Alamat", f"{_pick(rng, _STREETS)} Samarinda"),
        ],
        "PIHAK PERTAMA",
        label_width,
    )
    y = _party(
        p,
        y,
        "II",
        [("Nama", chief), ("NIP", nip), ("Jabatan", f"Pejabat Pembuat Komitmen {dinas.title()}")],
        "PIHAK KEDUA",
        label_width,
    )
    y = (
        p.block(
            p.margin,
            y,
            p.width,
            "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA dan PIHAK KEDUA menerima dari PIHAK PERTAMA "
            "barang dengan rincian sebagai berikut:",
            font,
        )
        + 20
    )
    goods = [_GOODS[int(i)] for i in rng.permutation(len(_GOODS))[: int(rng.integers(3, 6))]]
    rows = [["No", "Kode Barang", "Nama Barang", "Satuan", "Jumlah", "Harga Satuan", "Total"]]
    total = 0
    for index, (code, name, unit, price) in enumerate(goods, start=1):
        count = int(rng.integers(1, 40))
        total += count * price
        rows.append([str(index), code, name, unit, str(count), _rupiah(price), _rupiah(count * price)])
    y = _table(p, y, rows, [0.06, 0.2, 0.28, 0.09, 0.09, 0.13, 0.15])
    y = p.block(p.margin, y, p.width, f"Jumlah seluruhnya Rp {_rupiah(total)}.", font) + 10
    y = (
        p.block(
            p.margin,
            y,
            p.width,
            "Demikian berita acara ini dibuat dalam rangkap dua untuk dipergunakan sebagaimana mestinya.",
            font,
        )
        + 50
    )
    # Two signature columns; the truth reads the left one, then the right one.
    left_x, right_x = p.margin + 40, int(A4[0] * rng.uniform(0.55, 0.62))
    _signature(p, left_x, y, ["PIHAK KEDUA", "Pejabat Pembuat Komitmen,"], chief, nip)
    _sig_plain(p, right_x, y, ["PIHAK PERTAMA", f"{firm},"], director, "Direktur")
    return Rendered(np.asarray(p.image), p.lines, p.tables)


def _sig_plain(p: Page, x: int, y: int, lines: list[str], name: str, role: str) -> int:
    """A firm's signature: no NIP, the role under the name."""
    font = p.font()
    pitch = int(p.size * 1.4)
    for line in lines:
        p.text(x, y, line, font)
        y += pitch
    y += int(p.rng.integers(180, 260))
    p.text(x, y, name, p.font(bold=True))
    y += pitch
    p.text(x, y, role, font)
    return y + pitch


def _table(p: Page, y: int, rows: list[list[str]], widths: list[float]) -> int:
    """A fully ruled table; a long cell wraps within its column. Truth: a row per line."""
    size = p.size - 6
    face = p.font(size, face=_pick(p.rng, _SANSES))
    xs = [p.margin + int(sum(widths[:i]) * p.width) for i in range(len(widths) + 1)]
    pad = 12
    top = y
    for row in rows:
        wrapped = [wrap(cell, face, xs[i + 1] - xs[i] - 2 * pad) or [""] for i, cell in enumerate(row)]
        height = max(len(w) for w in wrapped) * int(size * 1.35) + 2 * pad
        for i, cell_lines in enumerate(wrapped):
            for k, text in enumerate(cell_lines):
                p.draw.text((xs[i] + pad, y + pad + k * int(size * 1.35)), text, fill=0, font=face)
        p.lines.append(" ".join(c for c in row if c))
        p.draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        y += height
    p.draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        p.draw.line([(x, top), (x, y)], fill=0, width=3)
    p.tables.append(rows)
    return y + 40


# --- buletin ------------------------------------------------------------------------------------

_STORIES = (
    "Musrenbang kecamatan tahun ini menghimpun 1.482 usulan warga, naik 12 persen dari tahun "
    "sebelumnya. Usulan terbanyak datang dari Kecamatan Samarinda Utara dan Palaran, sebagian besar "
    "menyangkut drainase, penerangan jalan umum dan sarana air bersih.",
    "Tim verifikasi Bappeda menilai kelayakan teknis setiap usulan bersama perangkat daerah. Usulan "
    "yang lolos verifikasi dimasukkan ke dalam rancangan awal Rencana Kerja Pemerintah Daerah tahun "
    "2026 dengan pagu indikatif Rp 38,6 miliar.",
    "Forum perangkat daerah dijadwalkan pada 4 sampai 8 Agustus 2025 di Balai Kota. Setiap OPD "
    "diminta membawa daftar prioritas yang sudah dipadankan dengan indikator kinerja utama.",
    "Kepala Bappeda mengingatkan bahwa usulan tanpa data pendukung, seperti foto lokasi dan "
    "perkiraan biaya, tidak akan dibahas pada forum tersebut dan dikembalikan ke kecamatan.",
    "Realisasi pendapatan asli daerah sampai dengan Juni 2025 mencapai Rp 412,7 miliar atau 48,3 "
    "persen dari target. Pajak restoran dan pajak hotel tumbuh paling cepat.",
    "Program Samarinda Smart City memasuki tahap kedua. Sebanyak 59 titik akses internet publik "
    "dipasang di taman kota, kantor kelurahan dan pasar tradisional.",
    "Dinas Kesehatan mencatat cakupan imunisasi dasar lengkap 94,1 persen, di atas target nasional. "
    "Puskesmas Sempaja dan Puskesmas Loa Bakung menjadi yang tertinggi.",
    "Pelatihan penyusunan RKA berbasis SIPD diikuti 186 operator dari 42 perangkat daerah. Peserta "
    "berlatih memetakan kode rekening dan memilih standar satuan harga yang sesuai.",
)
_HEADLINES = (
    "Usulan Warga Naik, Drainase Jadi Prioritas",
    "Forum OPD Bahas Prioritas Pembangunan 2026",
    "Pendapatan Daerah Semester I Capai 48 Persen",
    "Titik Internet Publik Bertambah di 59 Lokasi",
)
_CAPTIONS = (
    "Foto: Suasana Musrenbang Kecamatan Palaran, Selasa (8/7).",
    "Foto: Verifikasi lapangan usulan drainase di Sempaja.",
    "Foto: Wali Kota membuka forum perangkat daerah.",
)
_SIDEBAR = (
    ("AGENDA", ["4-8 Agustus: Forum OPD", "15 Agustus: Batas usulan", "1 September: KUA-PPAS"]),
    ("SEKILAS", ["1.482 usulan warga", "59 titik internet publik", "94,1% imunisasi lengkap"]),
    ("KONTAK", ["Bidang Perencanaan", "Telepon 0541 741234", "bappeda@samarindakota.go.id"]),
)


def buletin(seed: int) -> Rendered:
    rng = np.random.default_rng(3000 + seed)
    p = _page(rng, 0.6)
    p.size = int(rng.integers(34, 42))
    sans = _pick(rng, _SANSES)
    y = 180
    y = p.centred(y, "BULETIN BAPPEDA KOTA SAMARINDA", p.font(int(rng.integers(64, 84)), True, sans))
    month = _MONTHS[int(rng.integers(12))]
    y = p.centred(y + 10, f"Edisi {int(rng.integers(1, 24))} / {month} 2025", p.font(32, face=sans)) + 10
    p.rule(y, 6)
    y += 40
    headline = p.font(int(rng.integers(58, 72)), True, sans)
    for line in wrap(_pick(rng, _HEADLINES), headline, p.width):
        p.text(p.margin, y, line, headline)
        y += int(headline.size * 1.3)
    y += 30
    layout = seed % 3
    gutter = int(rng.integers(50, 90))
    if layout == 0:
        shares = [rng.uniform(0.28, 0.36)]  # a narrow left column (a sidebar), a wide main one
    elif layout == 1:
        shares = [rng.uniform(0.58, 0.66)]  # a wide main column, a narrow right one
    else:
        shares = [rng.uniform(0.27, 0.36), rng.uniform(0.3, 0.36)]  # three columns
    shares.append(1 - sum(shares))
    usable = p.width - gutter * (len(shares) - 1)
    widths = [int(s * usable) for s in shares]
    stories = [str(s) for s in rng.permutation(_STORIES)]
    narrow = int(np.argmin(widths))
    x = p.margin
    font = p.font()
    pitch = int(p.size * 1.4)
    for index, width in enumerate(widths):
        yy = y
        if index == narrow:
            # The sidebar: a boxed list under a heading, then a story.
            title, items = _SIDEBAR[int(rng.integers(len(_SIDEBAR)))]
            box_top = yy
            yy += 30
            p.text(x + 25, yy, title, p.font(p.size + 4, True, sans))
            yy += pitch + 10
            for item in items:
                for line in wrap(item, font, width - 50):
                    p.text(x + 25, yy, line, font)
                    yy += pitch
            yy += 20
            p.draw.rectangle([(x, box_top), (x + width, yy)], outline=0, width=4)
            yy += 50
        else:
            # A photo placeholder with a caption under it.
            box_h = int(rng.integers(380, 560))
            p.draw.rectangle([(x, yy), (x + width, yy + box_h)], fill=int(rng.integers(150, 215)))
            p.draw.line([(x, yy), (x + width, yy + box_h)], fill=90, width=3)
            p.draw.line([(x + width, yy), (x, yy + box_h)], fill=90, width=3)
            yy += box_h + 15
            caption = p.font(
                p.size - 6, face=_pick(rng, ("DejaVuSerif-Italic.ttf", "DejaVuSans-Oblique.ttf"))
            )
            for line in wrap(_pick(rng, _CAPTIONS), caption, width):
                p.text(x, yy, line, caption)
                yy += int(caption.size * 1.4)
            yy += 40
        while stories and yy < A4[1] - 500:
            story = stories.pop()
            for line in wrap(story, font, width):
                p.text(x, yy, line, font)
                yy += pitch
            yy += int(p.size * 0.8)
            if yy > A4[1] - 900 and index < len(widths) - 1:
                break
        x += width + gutter
    return Rendered(np.asarray(p.image), p.lines, p.tables)


TYPES: dict[str, Callable[[int], Rendered]] = {"buletin": buletin, "nota_dinas": nota_dinas, "bast": bast}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--degradations", default=",".join(_STANDARD))
    parser.add_argument("--types", default=",".join(TYPES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for type_name in args.types.split(","):
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            rendered = TYPES[type_name](seed)
            for name in args.degradations.split(","):
                degradation = DEGRADATIONS[name]
                data, suffix = encode(
                    degradation.transform(rendered.image), degradation.container, degradation.quality
                )
                stem = f"{type_name}{seed}-{name}"
                (args.out / f"{stem}.{suffix}").write_bytes(data)
                (args.out / f"{stem}.txt").write_text("\n".join(rendered.lines) + "\n", encoding="utf-8")
                entry = {
                    "file": f"{stem}.{suffix}",
                    "text_type": type_name,
                    "degradation": name,
                    "truth": f"{stem}.txt",
                }
                if rendered.tables:
                    (args.out / f"{stem}.tables.json").write_text(
                        json.dumps(rendered.tables, ensure_ascii=False)
                    )
                    entry["tables"] = f"{stem}.tables.json"
                manifest.append(entry)
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} pages in {args.out}")


if __name__ == "__main__":
    main()
