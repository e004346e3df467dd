"""Writes a harder development set than ``../devset``: twelve invented OPDs, each with a bundle of
documents (LKjIP as a ruled PDF with a Sasaran column, as a Word table with a polarity column, as
two tables on two pages, as a scan or a phone photo at 150-200 dpi; a renja or a five-year renstra;
a triwulan report restating some indicators, some worded differently; a budget realisation
workbook), with planted inconsistencies of every type and near-misses that are no finding.

Two thirds of the OPDs go to ``tune/`` (tuned on), the rest to ``holdout/`` (scored at the end
only); each part has ``docs/`` and ``labels.json`` in the format of ``../evaluate.py``. Every name
and figure is invented here.

    .venv/bin/python services/performance/bench/hardset/generate.py
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import docx
import numpy as np
import openpyxl
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devset.generate import PdfPage, fmt, ruled_table, write_pdf

HERE = Path(__file__).parent
FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "condensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "condensed-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}
YEAR = 2025
# Another seed (``--seed``) draws other layouts, styles and faults for the same OPDs: more
# material to look at without touching the holdout.
SEED = 1500
OUT = HERE


# ---------------------------------------------------------------------------- indicators


@dataclass(frozen=True)
class Spec:
    """An indicator an OPD reports: name, unit, direction, a second wording of the same name."""

    name: str
    unit: str
    lower: bool = False  # lower figures are better
    named_lower: bool = True  # the direction shows in the name (else only a polarity column says so)
    alias: str | None = None
    target: float = 80.0
    text_target: str | None = None  # a target stated in words ("Tersedia")


OPDS: dict[str, tuple[str, list[Spec]]] = {
    "DINKES": (
        "Dinas Kesehatan",
        [
            Spec(
                "Angka Kematian Ibu", "per 100.000 KH", True, target=95, alias="Angka Kematian Ibu Melahirkan"
            ),
            Spec("Angka Kematian Bayi", "per 1.000 KH", True, target=8.5),
            Spec("Prevalensi Balita Stunting", "%", True, target=17.5),
            Spec(
                "Cakupan Imunisasi Dasar Lengkap pada Bayi",
                "%",
                target=93,
                alias="Cakupan Imunisasi Dasar Lengkap Bayi",
            ),
            Spec("Persentase Puskesmas dengan Akreditasi Paripurna", "%", target=55),
            Spec("Cakupan Persalinan di Fasilitas Pelayanan Kesehatan", "%", target=96),
            Spec("Persentase Penduduk Usia Produktif yang Mendapat Skrining Kesehatan", "%", target=75),
            Spec("Rasio Tenaga Kesehatan per 10.000 Penduduk", "rasio", target=28),
        ],
    ),
    "DISDIK": (
        "Dinas Pendidikan dan Kebudayaan",
        [
            Spec("Angka Partisipasi Murni SD/MI", "%", target=98.5),
            Spec("Angka Partisipasi Murni SMP/MTs", "%", target=84),
            Spec("Angka Putus Sekolah SMP", "%", True, target=0.35),
            Spec(
                "Persentase Sekolah Terakreditasi Minimal B",
                "%",
                target=90,
                alias="Persentase Sekolah yang Terakreditasi Minimal B",
            ),
            Spec("Rata-rata Nilai Rapor Pendidikan Literasi", "nilai", target=62),
            Spec("Persentase Guru Bersertifikat Pendidik", "%", target=70),
            Spec("Jumlah Cagar Budaya yang Ditetapkan", "objek", target=6),
        ],
    ),
    "DPUPR": (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        [
            Spec(
                "Persentase Jalan Kota dalam Kondisi Mantap",
                "%",
                target=78,
                alias="Persentase Panjang Jalan Kota Kondisi Mantap",
            ),
            Spec("Persentase Jembatan dalam Kondisi Baik", "%", target=85),
            Spec("Luas Genangan Banjir", "ha", True, target=420),
            Spec("Panjang Saluran Drainase yang Direhabilitasi", "km", target=14.5),
            Spec("Persentase Rumah Tangga dengan Akses Air Minum Layak", "%", target=92),
            Spec("Dokumen Rencana Detail Tata Ruang", "dokumen", target=1, text_target="Tersedia"),
        ],
    ),
    "DLH": (
        "Dinas Lingkungan Hidup",
        [
            Spec("Persentase Sampah yang Tertangani", "%", target=78),
            Spec("Timbulan Sampah yang Dibuang ke TPA", "ton/hari", True, target=610),
            Spec("Indeks Kualitas Air", "indeks", target=52),
            Spec("Indeks Kualitas Udara", "indeks", target=86.5),
            Spec("Luas Ruang Terbuka Hijau Publik", "ha", target=312),
            Spec("Jumlah Bank Sampah Aktif", "unit", target=140, alias="Jumlah Bank Sampah yang Aktif"),
        ],
    ),
    "DISHUB": (
        "Dinas Perhubungan",
        [
            Spec("Jumlah Kecelakaan Lalu Lintas di Ruas Jalan Kota", "kejadian", True, target=180),
            Spec("Persentase Simpang Bersinyal yang Berfungsi Baik", "%", target=88),
            Spec("Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala", "%", target=82),
            Spec("Rata-rata Waktu Tempuh Koridor Utama", "menit", True, target=34),
            Spec("Jumlah Penumpang Angkutan Umum Massal", "orang", target=410_000),
        ],
    ),
    "DINSOS": (
        "Dinas Sosial",
        [
            Spec(
                "Persentase Penduduk Miskin", "%", True, target=4.6, alias="Persentase Penduduk Miskin Kota"
            ),
            Spec("Persentase PMKS yang Memperoleh Bantuan Sosial", "%", target=70),
            Spec("Persentase Lansia Terlantar yang Mendapat Pelayanan", "%", target=85),
            Spec("Jumlah Keluarga Penerima Manfaat PKH yang Graduasi", "KK", target=950),
            Spec("Persentase Anak Jalanan yang Ditangani", "%", target=90),
        ],
    ),
    "DPMPTSP": (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        [
            Spec("Rata-rata Lama Proses Izin Usaha", "hari", True, named_lower=False, target=5),
            Spec("Nilai Realisasi Investasi PMA dan PMDN", "miliar rupiah", target=7_250),
            Spec("Indeks Kepuasan Masyarakat Pelayanan Perizinan", "indeks", target=84),
            Spec("Persentase Perizinan yang Terbit Tepat Waktu", "%", target=95),
            Spec(
                "Jumlah Pengaduan Perizinan yang Belum Selesai",
                "pengaduan",
                True,
                named_lower=False,
                target=12,
            ),
        ],
    ),
    "DISNAKER": (
        "Dinas Tenaga Kerja",
        [
            Spec(
                "Tingkat Pengangguran Terbuka",
                "%",
                True,
                target=5.4,
                alias="Tingkat Pengangguran Terbuka (TPT)",
            ),
            Spec("Persentase Pencari Kerja yang Ditempatkan", "%", target=42),
            Spec("Jumlah Peserta Pelatihan Berbasis Kompetensi", "orang", target=1_200),
            Spec("Persentase Perusahaan yang Menerapkan Struktur Skala Upah", "%", target=65),
            Spec("Jumlah Kasus Perselisihan Hubungan Industrial", "kasus", True, target=40),
        ],
    ),
    # ---- holdout OPDs
    "DISPERKIM": (
        "Dinas Perumahan dan Kawasan Permukiman",
        [
            Spec("Luas Kawasan Kumuh", "ha", True, target=98, alias="Luas Kawasan Permukiman Kumuh"),
            Spec("Jumlah Rumah Tidak Layak Huni yang Ditangani", "unit", target=450),
            Spec("Persentase Kawasan Permukiman dengan PSU Memadai", "%", target=72),
            Spec("Persentase Makam yang Tertata", "%", target=60),
            Spec("Dokumen Rencana Kawasan Permukiman", "dokumen", target=1, text_target="Tersusun"),
        ],
    ),
    "DAMKAR": (
        "Dinas Pemadam Kebakaran dan Penyelamatan",
        [
            Spec("Waktu Tanggap Penanganan Kebakaran", "menit", True, target=15),
            Spec(
                "Persentase Kejadian Kebakaran yang Tertangani Sesuai SOP",
                "%",
                target=95,
                alias="Persentase Kejadian Kebakaran Tertangani Sesuai SOP",
            ),
            Spec("Jumlah Kejadian Kebakaran Permukiman", "kejadian", True, target=160),
            Spec("Rasio Pos Pemadam Kebakaran per Wilayah Manajemen Kebakaran", "rasio", target=0.8),
            Spec("Persentase Aparatur Damkar yang Bersertifikat", "%", target=50),
        ],
    ),
    "DISPAR": (
        "Dinas Kepemudaan, Olahraga dan Pariwisata",
        [
            Spec(
                "Jumlah Kunjungan Wisatawan Nusantara",
                "orang",
                target=1_450_000,
                alias="Jumlah Kunjungan Wisatawan Nusantara ke Kota",
            ),
            Spec("Lama Tinggal Rata-rata Wisatawan", "hari", target=2.1),
            Spec("Persentase Organisasi Kepemudaan yang Aktif", "%", target=75),
            Spec("Jumlah Atlet Berprestasi Tingkat Nasional", "orang", target=48),
            Spec("Persentase Destinasi Wisata yang Memenuhi Standar", "%", target=55),
        ],
    ),
    "BAPENDA": (
        "Badan Pendapatan Daerah",
        [
            Spec("Rasio Pendapatan Asli Daerah terhadap Pendapatan Daerah", "%", target=24.5),
            Spec("Persentase Realisasi Penerimaan Pajak Daerah", "%", target=100),
            Spec(
                "Tunggakan Pajak Bumi dan Bangunan",
                "miliar rupiah",
                True,
                target=85,
                alias="Tunggakan PBB-P2",
            ),
            Spec("Jumlah Wajib Pajak Daerah Terdaftar", "wajib pajak", target=64_000),
            Spec("Persentase Objek Pajak yang Termutakhirkan", "%", target=68),
        ],
    ),
}
HOLDOUT = ("DISPERKIM", "DAMKAR", "DISPAR", "BAPENDA")
PROGRAMMES = {
    "DINKES": [
        "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
        "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
        "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
    ],
    "DISDIK": [
        "Program Pengelolaan Pendidikan",
        "Program Pendidik dan Tenaga Kependidikan",
        "Program Pengembangan Kebudayaan",
    ],
    "DPUPR": [
        "Program Penyelenggaraan Jalan",
        "Program Pengelolaan dan Pengembangan Sistem Drainase",
        "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
    ],
    "DLH": [
        "Program Pengelolaan Persampahan",
        "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
        "Program Pengelolaan Keanekaragaman Hayati",
    ],
    "DISHUB": ["Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan", "Program Pengelolaan Perparkiran"],
    "DINSOS": [
        "Program Rehabilitasi Sosial",
        "Program Perlindungan dan Jaminan Sosial",
        "Program Penanganan Bencana",
    ],
    "DPMPTSP": ["Program Pelayanan Penanaman Modal", "Program Promosi Penanaman Modal"],
    "DISNAKER": [
        "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
        "Program Penempatan Tenaga Kerja",
        "Program Hubungan Industrial",
    ],
    "DISPERKIM": [
        "Program Pengembangan Perumahan",
        "Program Kawasan Permukiman",
        "Program Penyelenggaraan Prasarana, Sarana dan Utilitas Umum",
    ],
    "DAMKAR": ["Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran"],
    "DISPAR": [
        "Program Peningkatan Daya Tarik Destinasi Pariwisata",
        "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
        "Program Pengembangan Kapasitas Daya Saing Keolahragaan",
    ],
    "BAPENDA": ["Program Pengelolaan Pendapatan Daerah", "Program Penunjang Urusan Pemerintahan Daerah"],
}


@dataclass
class Row:
    """One indicator as a document states it (None: not stated)."""

    spec: Spec
    name: str
    target: float | None
    realisation: float | None
    achievement: float | None
    target_cell: str  # the target as written
    polarity_formula: str = "2t-r"  # how the document computes a lower-is-better achievement


def correct_achievement(
    spec: Spec, target: float | None, realisation: float | None, formula: str
) -> float | None:
    if target in (None, 0) or realisation is None:
        return None
    assert target is not None
    if not spec.lower:
        return realisation / target * 100
    if formula == "t/r":
        return target / realisation * 100 if realisation else None
    return (2 * target - realisation) / target * 100


def _round(value: float | None, decimals: int) -> float | None:
    return None if value is None else round(value, decimals)


def _vary(rng: random.Random, value: float, spread: float) -> float:
    raw = value * (1 + rng.uniform(-spread, spread))
    if value >= 1000:
        return float(round(raw, -1))
    if value >= 20:
        return round(raw, 1)
    return round(raw, 2)


# ---------------------------------------------------------------------------- labels


class Labels:
    def __init__(self) -> None:
        self.data: dict[str, list[dict[str, Any]]] = {"documents": [], "indicators": [], "findings": []}

    def document(self, file: str, opd: str, layout: str, pages: int, doc_type: str, year: int = YEAR) -> None:
        self.data["documents"].append(
            {
                "file": file,
                "opd": opd,
                "fiscal_year": year,
                "layout": layout,
                "pages": pages,
                "doc_type": doc_type,
            }
        )

    def row(
        self,
        file: str,
        page: int | str,
        opd: str,
        name: str,
        unit: str | None,
        *,
        year: int = YEAR,
        target: float | None = None,
        realisation: float | None = None,
        achievement: float | None = None,
        lower: bool = False,
        pagu: float | None = None,
        budget_realisation: float | None = None,
        absorption: float | None = None,
        programme: str | None = None,
    ) -> None:
        self.data["indicators"].append(
            {
                "file": file,
                "page": page,
                "opd": opd,
                "fiscal_year": year,
                "programme": programme,
                "kegiatan": None,
                "sub_kegiatan": None,
                "indicator": name,
                "unit": unit,
                "target": target,
                "realisation": realisation,
                "achievement_pct": achievement,
                "lower_is_better": lower,
                "pagu": pagu,
                "budget_realisation": budget_realisation,
                "absorption_pct": absorption,
            }
        )

    def finding(
        self,
        kind: str,
        opd: str,
        name: str,
        citations: list[tuple[str, int | str]],
        why: str,
        aliases: tuple[str, ...] = (),
        year: int = YEAR,
    ) -> None:
        self.data["findings"].append(
            {
                "type": kind,
                "opd": opd,
                "fiscal_year": year,
                "indicator": name,
                "aliases": list(aliases),
                "citations": [{"file": f, "page": p} for f, p in citations],
                "why": why,
            }
        )


# ---------------------------------------------------------------------------- scans


def _font(kind: str, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[kind], max(8, int(size)))


def render_table_image(
    titles: list[str],
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    *,
    dpi: int,
    style: str,
    font: str,
    groups: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
    notes: list[str] = (),  # type: ignore[assignment]
) -> Image.Image:
    """A report page with one table, drawn at ``dpi``; ``style``: grid, hlines, shaded, zebra."""
    scale = dpi / 72
    width, height = int(595 * scale), int(842 * scale)
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    title_font = _font(f"{font}-bold", 11 * scale)
    cell_font = _font(font, 8 * scale)
    bold_font = _font(f"{font}-bold", 8 * scale)
    line_width = max(1, int(scale * 0.6))
    for k, title in enumerate(titles):
        draw.text((40 * scale, (40 + 16 * k) * scale), title, font=title_font, fill=(0, 0, 0))
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    top = y = 56.0 + 16 * len(titles)
    lines_at = [y]

    def hline(at: float) -> None:
        draw.line(
            [(xs[0] * scale, at * scale), (xs[-1] * scale, at * scale)], fill=(0, 0, 0), width=line_width
        )

    if groups:
        h = 16.0
        if style == "shaded":
            draw.rectangle([xs[0] * scale, y * scale, xs[-1] * scale, (y + h) * scale], fill=(205, 205, 205))
        for label, first, last in groups:
            mid = (xs[first] + xs[last + 1]) / 2
            draw.text(
                ((mid - len(label) * 2.2) * scale, (y + 3) * scale), label, font=bold_font, fill=(0, 0, 0)
            )
            if style in ("grid", "shaded"):
                draw.line(
                    [(xs[first] * scale, (y + h) * scale), (xs[last + 1] * scale, (y + h) * scale)],
                    fill=(0, 0, 0),
                    width=line_width,
                )
        y += h
    for r, row in enumerate([header, *rows]):
        wrapped = [_wrap(cell, max(3, int(w / 4.6))) for cell, w in zip(row, widths, strict=True)]
        h = max(len(w) for w in wrapped) * 11 + 7
        if r == 0 and style == "shaded":
            draw.rectangle([xs[0] * scale, y * scale, xs[-1] * scale, (y + h) * scale], fill=(205, 205, 205))
        if r > 0 and style == "zebra" and r % 2 == 0:
            draw.rectangle([xs[0] * scale, y * scale, xs[-1] * scale, (y + h) * scale], fill=(232, 232, 232))
        for c, lines in enumerate(wrapped):
            numeric = r > 0 and c >= len(row) - 3
            for k, text in enumerate(lines):
                fnt = bold_font if r == 0 else cell_font
                x = xs[c] + 3
                if numeric:  # figures right-aligned, as report templates set them
                    x = xs[c + 1] - 3 - draw.textlength(text, font=fnt) / scale
                draw.text((x * scale, (y + 3 + k * 11) * scale), text, font=fnt, fill=(0, 0, 0))
        y += h
        lines_at.append(y)
        if style in ("grid", "shaded") or r == 0:
            hline(y)
    hline(top)
    hline(y)
    if style in ("grid", "shaded"):
        for x in xs:
            draw.line([(x * scale, top * scale), (x * scale, y * scale)], fill=(0, 0, 0), width=line_width)
    for k, note in enumerate(notes):
        draw.text((40 * scale, (y + 14 + 12 * k) * scale), note, font=cell_font, fill=(0, 0, 0))
    return image


def _wrap(text: str, width_chars: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width_chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines or [""]


def degrade(
    image: Image.Image, rng: random.Random, *, photo: bool, rotate: float, quality: int
) -> Image.Image:
    """A page scanned on an office copier (skew, blur, speckle, JPEG) or photographed with a phone
    (yellowish paper, a shadow across one side, a slight perspective, sensor noise, JPEG)."""
    width, height = image.size
    if photo:
        shift = rng.uniform(0.004, 0.012) * width
        coeffs = _perspective(width, height, shift, rng)
        image = image.transform(
            image.size,
            Image.Transform.PERSPECTIVE,
            coeffs,
            Image.Resampling.BICUBIC,
            fillcolor=(120, 110, 95),
        )
    image = image.rotate(
        rotate, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255) if not photo else (120, 110, 95)
    )
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    pixels = np.asarray(image).astype(np.float32)
    if photo:
        tint = np.array([rng.uniform(0.92, 0.97), rng.uniform(0.88, 0.94), rng.uniform(0.78, 0.86)])
        pixels = pixels * tint
        xs = np.linspace(0, 1, width)[None, :, None]
        ys = np.linspace(0, 1, height)[:, None, None]
        side = rng.choice(("left", "right", "top"))
        ramp = {"left": 1 - xs, "right": xs, "top": 1 - ys}[side]
        shadow = 1 - rng.uniform(0.35, 0.5) * np.clip(ramp * 1.6 - 0.6, 0, 1)
        pixels = pixels * shadow
        pixels += np.random.default_rng(rng.randrange(10**6)).normal(0, 7, pixels.shape)
    else:
        gray = pixels.mean(axis=2, keepdims=True)
        pixels = np.repeat(gray, 3, axis=2) * rng.uniform(0.93, 0.99)
        noise = np.random.default_rng(rng.randrange(10**6))
        mask = noise.random(pixels.shape[:2]) < 0.0015
        pixels[mask] = 60
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if not photo:
        out = out.convert("L")
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=quality)
    return Image.open(buffer)


def _perspective(width: int, height: int, shift: float, rng: random.Random) -> list[float]:
    src = [(0, 0), (width, 0), (width, height), (0, height)]
    dst = [(x + rng.uniform(-shift, shift), y + rng.uniform(-shift, shift)) for x, y in src]
    matrix = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(matrix, dtype=float)
    b = np.array([c for point in src for c in point], dtype=float)
    return list(np.linalg.solve(a, b))


# ---------------------------------------------------------------------------- the bundles


class Bundle:
    """The documents of one OPD with their planted findings."""

    def __init__(self, code: str, index: int, docs: Path, labels: Labels) -> None:
        self.code = code
        self.full, self.specs = OPDS[code]
        self.rng = random.Random(SEED + index)
        self.index = index
        self.docs = docs
        self.labels = labels
        self.slug = code.lower()

    # -- the report's rows, with planted faults
    def report_rows(self) -> tuple[list[Row], dict[str, str]]:
        rng = self.rng
        formula = rng.choice(("2t-r", "t/r"))
        decimals = rng.choice((2, 2, 1))
        rows: list[Row] = []
        planted: dict[str, str] = {}
        faults = ["mismatch_points", "mismatch_formula", "no_target"]
        rng.shuffle(faults)
        candidates = [s for s in self.specs if s.text_target is None]
        fault_of: dict[str, str] = {}
        for spec, fault in zip(rng.sample(candidates, k=min(3, len(candidates) - 1)), faults, strict=False):
            fault_of[spec.name] = fault
        for spec in self.specs:
            target = spec.target
            better = rng.random() < 0.6
            if spec.lower:
                realisation = _vary(rng, target * (0.93 if better else 1.06), 0.03)
            else:
                realisation = _vary(rng, target * (1.03 if better else 0.93), 0.03)
            if spec.unit in ("%",) and realisation > 100:
                realisation = round(min(realisation, 100.0), 2)
            if spec.unit == "dokumen" or spec.text_target:
                realisation = 1.0
            fault = fault_of.get(spec.name)
            target_cell = fmt(target)
            stated_target: float | None = target
            if spec.text_target:
                target_cell, stated_target = spec.text_target, None
            if fault == "no_target":
                target_cell, stated_target = rng.choice(("-", "n/a", "-")), None
            achievement = _round(correct_achievement(spec, stated_target, realisation, formula), decimals)
            if fault == "mismatch_points" and achievement is not None:
                achievement = round(achievement + rng.choice((-4.5, -3, -2.2, 2.4, 3.5, 6)), decimals)
            elif fault == "mismatch_formula" and achievement is not None:
                if spec.lower:
                    achievement = round(realisation / target * 100, decimals)  # the higher-is-better formula
                else:
                    achievement = round(target / realisation * 100, decimals)  # a lower-is-better one
                if abs(achievement - (correct_achievement(spec, target, realisation, formula) or 0)) < 1.5:
                    achievement = round(achievement + 4, decimals)
            if fault == "no_target":
                achievement = None
            if fault:
                planted[spec.name] = fault
            rows.append(Row(spec, spec.name, stated_target, realisation, achievement, target_cell, formula))
        return rows, planted

    def label_report(self, file: str, page_of: dict[str, int], rows: list[Row]) -> None:
        for row in rows:
            self.labels.row(
                file,
                page_of[row.name],
                self.code,
                row.name,
                row.spec.unit,
                target=row.target,
                realisation=row.realisation,
                achievement=row.achievement,
                lower=row.spec.lower,
            )

    def plant_findings(
        self, file: str, page_of: dict[str, int], planted: dict[str, str], rows: list[Row]
    ) -> None:
        by_name = {r.name: r for r in rows}
        for name, fault in planted.items():
            if fault == "no_target":
                self.labels.finding(
                    "REALISATION_WITHOUT_TARGET",
                    self.code,
                    name,
                    [(file, page_of[name])],
                    f"realisation {by_name[name].realisation} with target {by_name[name].target_cell!r}",
                )
            else:
                self.labels.finding(
                    "ACHIEVEMENT_MISMATCH",
                    self.code,
                    name,
                    [(file, page_of[name])],
                    f"{fault}: stated {by_name[name].achievement}",
                )

    # -- layouts of the LKjIP
    def lkjip_pdf(self, rows: list[Row]) -> str:
        """Ruled PDF over two pages: No, Sasaran, Indikator, Satuan, Target, Realisasi, Capaian (%)."""
        file = f"lkjip_{self.slug}_{YEAR}.pdf"
        pages = [PdfPage(), PdfPage()]
        pages[0].text(40, 50, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", 13, bold=True)
        pages[0].text(40, 68, f"{self.full.upper()} KOTA SAMARINDA TAHUN {YEAR}", 11, bold=True)
        pages[0].text(40, 92, f"Tabel 3.1 Pengukuran Capaian Kinerja Tahun {YEAR}", 9)
        header = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        widths = [22.0, 110.0, 170.0, 55.0, 50.0, 55.0, 55.0]
        split = (len(rows) + 1) // 2
        page_of: dict[str, int] = {}
        for p, chunk in enumerate((rows[:split], rows[split:])):
            table = [header]
            for n, row in enumerate(chunk, start=1 + (split if p else 0)):
                sasaran = f"Meningkatnya kinerja {row.spec.name.split()[-1].lower()}" if n % 2 else ""
                table.append(
                    [
                        str(n),
                        sasaran,
                        row.name,
                        row.spec.unit,
                        row.target_cell,
                        fmt(row.realisation),
                        fmt(row.achievement),
                    ]
                )
                page_of[row.name] = p + 1
            ruled_table(pages[p], 110 if p == 0 else 60, widths, table)
        write_pdf(pages, self.docs / file)
        self.labels.document(file, self.code, "pdf_table", 2, "report")
        self.label_report(file, page_of, rows)
        return file

    def lkjip_docx_polarity(self, rows: list[Row]) -> str:
        """Word: a two-row header (Kinerja / Anggaran groups) and a Polaritas column."""
        file = f"laporan_kinerja_{self.slug}_{YEAR}.docx"
        document = docx.Document()
        document.add_heading(f"LAPORAN KINERJA {self.full.upper()} KOTA SAMARINDA TAHUN {YEAR}", 1)
        document.add_paragraph("Polaritas negatif: semakin kecil realisasi semakin baik.")
        table = document.add_table(rows=2, cols=7)
        top = ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Kinerja", "", ""]
        sub = ["", "", "", "", "Target", "Realisasi", "Capaian (%)"]
        for cell, text in zip(table.rows[0].cells, top, strict=True):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, sub, strict=True):
            cell.text = text
        table.cell(0, 4).merge(table.cell(0, 6))
        for n, row in enumerate(rows, start=1):
            polarity = "Negatif" if row.spec.lower else "Positif"
            unit_suffix = " %" if row.spec.unit == "%" and self.rng.random() < 0.5 else ""
            values = [
                str(n),
                row.name,
                row.spec.unit,
                polarity,
                row.target_cell + (unit_suffix if row.target is not None else ""),
                fmt(row.realisation) + unit_suffix,
                fmt(row.achievement),
            ]
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
        document.save(self.docs / file)
        self.labels.document(file, self.code, "docx_table", 1, "report")
        self.label_report(file, {r.name: 1 for r in rows}, rows)
        return file

    def lkjip_two_tables(self, rows: list[Row]) -> str:
        """PDF: the Perjanjian Kinerja targets on page 1, the realisation on page 2 (no target column)."""
        file = f"lkjip_{self.slug}_{YEAR}_bab3.pdf"
        pages = [PdfPage(), PdfPage()]
        pages[0].text(40, 50, f"LAKIP {self.full.upper()} TAHUN {YEAR}", 12, bold=True)
        pages[0].text(40, 72, f"Tabel 2.3 Perjanjian Kinerja Tahun {YEAR}", 9)
        table = [["No", "Indikator Kinerja", "Satuan", f"Target {YEAR}"]]
        for n, row in enumerate(rows, start=1):
            table.append([str(n), row.name, row.spec.unit, row.target_cell])
        ruled_table(pages[0], 90, [22.0, 250.0, 70.0, 70.0], table)
        pages[1].text(40, 50, f"Tabel 3.1 Realisasi Indikator Kinerja Tahun {YEAR}", 9)
        table = [["No", "Indikator Kinerja", "Realisasi", "Capaian (%)"]]
        for n, row in enumerate(rows, start=1):
            table.append([str(n), row.name, fmt(row.realisation), fmt(row.achievement)])
        ruled_table(pages[1], 70, [22.0, 250.0, 70.0, 70.0], table)
        write_pdf(pages, self.docs / file)
        self.labels.document(file, self.code, "pdf_table", 2, "report")
        for row in rows:
            if row.target is not None:  # a row stating no figure is no record
                self.labels.row(
                    file, 1, self.code, row.name, row.spec.unit, target=row.target, lower=row.spec.lower
                )
            self.labels.row(
                file,
                2,
                self.code,
                row.name,
                None,
                realisation=row.realisation,
                achievement=row.achievement,
                lower=row.spec.lower,
            )
        return file

    def lkjip_scan(self, rows: list[Row], *, photo: bool) -> tuple[str, dict[str, int]]:
        rng = self.rng
        dpi = rng.choice((150, 170, 200))
        style = rng.choice(("grid", "hlines", "shaded", "zebra"))
        font = rng.choice(("sans", "serif", "condensed"))
        ext = rng.choice(("jpg", "png"))
        kind = "foto" if photo else "scan"
        file = f"lkjip_{self.slug}_{YEAR}_{kind}.{ext}"
        percent = rng.random() < 0.5
        with_sasaran = rng.random() < 0.5
        header = [
            "No",
            *(["Sasaran"] if with_sasaran else []),
            "Indikator Kinerja",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
        ]
        widths = [
            20.0,
            *([95.0] if with_sasaran else []),
            190.0 if with_sasaran else 250.0,
            50.0,
            48.0,
            52.0,
            52.0,
        ]
        table = []
        for n, row in enumerate(rows, start=1):
            pct = " %" if percent and row.spec.unit == "%" else ""
            sasaran = (
                [f"Meningkatnya {row.spec.name.split()[-1].lower()}" if n % 2 else ""] if with_sasaran else []
            )
            table.append(
                [
                    str(n),
                    *sasaran,
                    row.name,
                    row.spec.unit,
                    row.target_cell + (pct if row.target is not None else ""),
                    fmt(row.realisation) + pct,
                    fmt(row.achievement) + (" %" if percent else ""),
                ]
            )
        image = render_table_image(
            [f"LAPORAN KINERJA {self.full.upper()}", f"KOTA SAMARINDA TAHUN {YEAR}"],
            header,
            table,
            widths,
            dpi=dpi,
            style=style,
            font=font,
            notes=["Sumber: data primer diolah"],
        )
        image = degrade(image, rng, photo=photo, rotate=rng.uniform(-2.2, 2.2), quality=rng.randint(35, 70))
        image.save(self.docs / file, dpi=(dpi, dpi))
        self.labels.document(file, self.code, "scan", 1, "report")
        page_of = {r.name: 1 for r in rows}
        self.label_report(file, page_of, rows)
        return file, page_of

    # -- the plan
    def renja_docx(self, rows: list[Row], report: str, report_pages: dict[str, int]) -> str:
        file = f"renja_{self.slug}_{YEAR}.docx"
        document = docx.Document()
        document.add_heading(f"RENCANA KERJA (RENJA) {self.full.upper()} TAHUN {YEAR}", 1)
        table = document.add_table(rows=1, cols=5)
        for cell, text in zip(
            table.rows[0].cells,
            ["No", "Indikator Kinerja", "Satuan", f"Target {YEAR}", f"Target {YEAR + 1}"],
            strict=True,
        ):
            cell.text = text
        changed = self.rng.choice([r for r in rows if r.target is not None])
        for n, row in enumerate(rows, start=1):
            target = row.spec.target
            if row is changed:
                target = _vary(self.rng, target, 0.0) + (2 if target >= 10 else 0.5)
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = str(n), row.spec.name, row.spec.unit
            cells[3].text = row.spec.text_target if row.spec.text_target else fmt(target)
            cells[4].text = fmt(target * (0.97 if row.spec.lower else 1.03))
            if not row.spec.text_target:
                self.labels.row(
                    file, 1, self.code, row.spec.name, row.spec.unit, target=target, lower=row.spec.lower
                )
        document.save(self.docs / file)
        self.labels.document(file, self.code, "docx_table", 1, "plan")
        self.labels.finding(
            "TARGET_CHANGED",
            self.code,
            changed.name,
            [(file, 1), (report, report_pages[changed.name])],
            "renja vs report",
        )
        return file

    def renstra_pdf(self, rows: list[Row], report: str, report_pages: dict[str, int]) -> str:
        """Five-year plan: Kondisi Awal 2021, targets 2022-2026, no finding planted unless one is changed."""
        file = f"renstra_{self.slug}_2021_2026.pdf"
        page = PdfPage()
        page.text(40, 50, f"RENCANA STRATEGIS {self.full.upper()}", 11, bold=True)
        page.text(40, 66, "KOTA SAMARINDA PERIODE 2021-2026", 11, bold=True)
        years = list(range(2022, 2027))
        table = [["No", "Indikator Kinerja", "Satuan", "Kondisi Awal 2021", *(f"Target {y}" for y in years)]]
        changed = self.rng.choice([r for r in rows if r.target is not None])
        for n, row in enumerate(rows, start=1):
            base = row.spec.target
            targets = {
                y: round(base * (1 + (0.02 if not row.spec.lower else -0.02) * (y - YEAR)), 2) for y in years
            }
            if row is changed:
                targets[YEAR] = round(base + (3 if base >= 10 else 0.4), 2)
            cells = [str(n), row.spec.name, row.spec.unit, fmt(round(base * 0.9, 2))]
            cells += [row.spec.text_target if row.spec.text_target else fmt(targets[y]) for y in years]
            table.append(cells)
            for y in years if not row.spec.text_target else ():
                self.labels.row(
                    file,
                    1,
                    self.code,
                    row.spec.name,
                    row.spec.unit,
                    year=y,
                    target=targets[y],
                    lower=row.spec.lower,
                )
        ruled_table(page, 90, [20.0, 170.0, 45.0, 50.0, *([45.0] * 5)], table, size=7)
        write_pdf([page], self.docs / file)
        self.labels.document(file, self.code, "pdf_table", 1, "plan")
        self.labels.finding(
            "TARGET_CHANGED",
            self.code,
            changed.name,
            [(file, 1), (report, report_pages[changed.name])],
            "renstra vs report",
        )
        return file

    # -- a second report restating some indicators
    def triwulan(
        self, rows: list[Row], report: str, report_pages: dict[str, int], planted: dict[str, str]
    ) -> str:
        """The triwulan IV report: some indicators restated, one worded differently with another
        realisation (a conflict), one worded differently with the same figures, one rounded."""
        scanned = self.index % 2 == 1  # every other OPD's triwulan report comes as a scan
        ext = self.rng.choice(("jpg", "png")) if scanned else "docx"
        file = f"laporan_tw4_{self.slug}_{YEAR}.{ext}"
        header = ["No", "Uraian Indikator", "Satuan", "Target", "Realisasi s.d. TW IV", "Capaian (%)"]
        table_rows: list[list[str]] = []
        usable = [
            r
            for r in rows
            if r.target is not None
            and r.realisation is not None
            and not r.spec.text_target
            and r.name not in planted
        ]
        aliased = [r for r in usable if r.spec.alias]
        plain = [r for r in usable if not r.spec.alias]
        conflict = aliased[0] if aliased else plain.pop()
        rounded = plain[:1]
        same = plain[1:3]
        chosen = [conflict, *rounded, *same]
        for n, row in enumerate(chosen, start=1):
            name = row.spec.alias if row is conflict and row.spec.alias else row.name
            realisation = row.realisation
            assert realisation is not None and row.target is not None
            if row is conflict:
                realisation = round(realisation * 1.04 + 0.5, 2) if realisation < 1000 else realisation + 120
            shown = fmt(round(realisation, 1)) if row in rounded else fmt(realisation)
            value = round(realisation, 1) if row in rounded else realisation
            achievement = _round(correct_achievement(row.spec, row.target, value, row.polarity_formula), 2)
            if row in rounded and row.achievement is not None:
                achievement = round(row.achievement, 1)  # the same figures, one decimal fewer
            table_rows.append([str(n), name, row.spec.unit, fmt(row.target), shown, fmt(achievement)])
            self.labels.row(
                file,
                1,
                self.code,
                name,
                row.spec.unit,
                target=row.target,
                realisation=value,
                achievement=achievement,
                lower=row.spec.lower,
            )
        title = f"LAPORAN KINERJA TRIWULAN IV {self.full.upper()} TAHUN {YEAR}"
        if scanned:
            image = render_table_image(
                [title[:60], title[60:]] if len(title) > 60 else [title],
                header,
                table_rows,
                [20.0, 250.0, 55.0, 50.0, 70.0, 60.0],
                dpi=self.rng.choice((150, 170, 200)),
                style=self.rng.choice(("grid", "hlines", "shaded", "zebra")),
                font=self.rng.choice(("sans", "serif", "condensed")),
            )
            image = degrade(
                image, self.rng, photo=self.index % 4 == 1, rotate=self.rng.uniform(-2, 2), quality=50
            )
            image.save(self.docs / file)
        else:
            document = docx.Document()
            document.add_heading(title, 1)
            table = document.add_table(rows=1, cols=6)
            for values in (header, *table_rows):
                cells = table.rows[0].cells if values is header else table.add_row().cells
                for cell, text in zip(cells, values, strict=True):
                    cell.text = text
            document.save(self.docs / file)
        self.labels.document(file, self.code, "scan" if scanned else "docx_table", 1, "report")
        self.labels.finding(
            "CROSS_DOCUMENT_CONFLICT",
            self.code,
            conflict.name,
            [(file, 1), (report, report_pages[conflict.name])],
            "realisation differs",
            aliases=tuple(a for a in (conflict.spec.alias,) if a),
        )
        return file

    # -- budget realisation
    def budget_xlsx(self) -> str:
        file = f"realisasi_anggaran_{self.slug}_{YEAR}.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Realisasi"
        sheet.append([f"LAPORAN REALISASI ANGGARAN {self.full.upper()} TAHUN ANGGARAN {YEAR}"])
        sheet.append([])
        sheet.append(["Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"])
        over = self.rng.randrange(len(PROGRAMMES[self.code]))
        for k, programme in enumerate(PROGRAMMES[self.code]):
            pagu = float(self.rng.randrange(15, 400) * 100_000_000)
            share = self.rng.uniform(0.82, 0.99) if k != over else self.rng.uniform(1.01, 1.06)
            realisation = float(round(pagu * share, -3))
            absorption = round(realisation / pagu * 100, 2)
            sheet.append(
                [
                    f"1.0{k + 1}.0{self.index % 9 + 1}",
                    programme,
                    pagu,
                    realisation,
                    pagu - realisation,
                    absorption,
                ]
            )
            self.labels.row(
                file,
                "Realisasi",
                self.code,
                programme,
                None,
                pagu=pagu,
                budget_realisation=realisation,
                absorption=absorption,
                programme=programme,
            )
            if k == over:
                self.labels.finding(
                    "ABSORPTION_OVER_100", self.code, programme, [(file, "Realisasi")], f"{absorption}%"
                )
        book.save(self.docs / file)
        self.labels.document(file, self.code, "xlsx", 1, "budget")
        return file


def build(part: str, codes: list[str]) -> None:
    docs = OUT / part / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for old in docs.iterdir():
        old.unlink()
    labels = Labels()
    for code in codes:
        index = list(OPDS).index(code)
        bundle = Bundle(code, index, docs, labels)
        rows, planted = bundle.report_rows()
        layout = ("pdf", "scan", "docx", "photo", "two_tables", "scan")[index % 6]
        if any(s.lower and not s.named_lower for s in bundle.specs):
            layout = "docx"  # a direction the name does not show needs the polarity column
        if layout == "pdf":
            report = bundle.lkjip_pdf(rows)
            split = (len(rows) + 1) // 2
            pages = {r.name: 1 if i < split else 2 for i, r in enumerate(rows)}
        elif layout == "docx":
            report = bundle.lkjip_docx_polarity(rows)
            pages = {r.name: 1 for r in rows}
        elif layout == "two_tables":
            report = bundle.lkjip_two_tables(rows)
            pages = {r.name: 2 for r in rows}
        else:
            report, pages = bundle.lkjip_scan(rows, photo=layout == "photo")
        bundle.plant_findings(report, pages, planted, rows)
        if index % 2:
            bundle.renstra_pdf(
                rows, report, {k: 1 if layout == "two_tables" else v for k, v in pages.items()}
            )
        else:
            bundle.renja_docx(rows, report, {k: 1 if layout == "two_tables" else v for k, v in pages.items()})
        bundle.triwulan(rows, report, pages, planted)
        bundle.budget_xlsx()
        if layout in ("pdf", "docx", "two_tables"):
            # a scan of the triwulan-style restatement too, so every OPD's part has OCR in it
            extra = [replace(r) for r in rows[:4] if r.name not in planted]
            scan_bundle = Bundle(code, index + 50, docs, labels)
            file, _ = scan_bundle.lkjip_scan(extra, photo=index % 4 == 0)
            renamed = file.replace(f"_{YEAR}_", f"_{YEAR}_ringkasan_")
            (docs / file).rename(docs / renamed)
            for entry in labels.data["documents"] + labels.data["indicators"]:
                if entry["file"] == file:
                    entry["file"] = renamed
    (OUT / part / "labels.json").write_text(
        json.dumps(labels.data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    data = labels.data
    print(
        f"{part}: {len(data['documents'])} documents, {len(data['indicators'])} rows, "
        f"{len(data['findings'])} findings"
    )


def main() -> None:
    global SEED, OUT
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--seed", type=int, default=SEED, help="another draw, for looking at (default: the set)"
    )
    parser.add_argument("--out", type=Path, default=HERE, help="where tune/ and holdout/ go")
    args = parser.parse_args()
    SEED, OUT = args.seed, args.out
    build("tune", [c for c in OPDS if c not in HOLDOUT])
    build("holdout", list(HOLDOUT))


if __name__ == "__main__":
    main()
