"""Test pages for the benchmarks: Indonesian government prose rendered at 300 dpi, then degraded.

Needs a TrueType font: DejaVu Serif (Debian: ``apt-get install fonts-dejavu-core``).
"""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4 = (2480, 3508)  # pixels at 300 dpi
FONT = "DejaVuSerif.ttf"
FONT_PIXELS = 46  # 11 pt at 300 dpi

PARAGRAPHS = [
    "LAPORAN KINERJA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA TAHUN 2025",
    "Pada tahun anggaran 2025 Dinas Pendidikan dan Kebudayaan Kota Samarinda melaksanakan "
    "program pengelolaan pendidikan sekolah dasar dan sekolah menengah pertama dengan pagu "
    "sebesar Rp 12.450.000.000 yang bersumber dari Dana Alokasi Umum.",
    "Realisasi belanja sampai dengan tanggal 31 Desember 2025 mencapai 94,7 persen. Kegiatan "
    "yang belum terlaksana adalah rehabilitasi ruang kelas di Kecamatan Samarinda Ulu karena "
    "proses pengadaan barang dan jasa baru selesai pada bulan November.",
    "Pengadaan laptop untuk guru sebanyak 120 unit dianggarkan pada belanja modal dengan harga "
    "satuan Rp 11.950.000 sesuai Standar Satuan Harga yang ditetapkan melalui Peraturan Wali Kota.",
    "Rapat koordinasi dengan Badan Perencanaan Pembangunan Daerah dilaksanakan pada hari Selasa, "
    "14 Oktober 2025, membahas rancangan Rencana Kerja dan Anggaran tahun 2026 untuk seluruh bidang.",
    "Kepala Dinas menegaskan bahwa setiap bidang wajib menyesuaikan harga satuan, volume dan "
    "target keluaran agar anggaran yang diusulkan dapat dipertanggungjawabkan kepada masyarakat.",
]

PARAGRAPHS_2 = [
    "NOTULEN RAPAT PEMBAHASAN ANGGARAN KECAMATAN SAMARINDA KOTA",
    "Rapat dibuka oleh Camat pada pukul 09.00 WITA dan dihadiri oleh para lurah, sekretaris "
    "kecamatan, serta perwakilan Badan Pengelolaan Keuangan dan Aset Daerah.",
    "Usulan kegiatan pemeliharaan jalan lingkungan sepanjang 2,5 kilometer memerlukan biaya "
    "kurang lebih 1,25 miliar rupiah, sedangkan pengadaan lampu penerangan jalan umum sebanyak "
    "40 titik diperkirakan sebesar Rp 680.000.000.",
    "Peserta rapat sepakat agar usulan disusun berdasarkan prioritas kebutuhan warga dan "
    "disampaikan kepada Bappeda paling lambat tanggal 3 November 2025.",
    "Belanja makanan dan minuman rapat dianggarkan untuk 40 orang sebanyak 12 kali dengan harga "
    "satuan Rp 45.000 per kotak, belum termasuk pajak pertambahan nilai sebesar 11 persen.",
]


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def render_page(paragraphs: list[str]) -> tuple[np.ndarray, str]:
    """A clean 300-dpi A4 page and the exact text on it."""
    font = ImageFont.truetype(FONT, FONT_PIXELS)
    page = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(page)
    margin, y = 240, 300
    lines_out: list[str] = []
    for paragraph in paragraphs:
        for line in wrap(paragraph, font, A4[0] - 2 * margin):
            draw.text((margin, y), line, fill=0, font=font)
            lines_out.append(line)
            y += int(FONT_PIXELS * 1.5)
        y += FONT_PIXELS
    return np.asarray(page), "\n".join(lines_out)


def noisy(page: np.ndarray, seed: int = 1) -> np.ndarray:
    """A poor scanner: gaussian grain, salt-and-pepper specks, faded toner."""
    rng = np.random.default_rng(seed)
    out = page.astype(np.float32) * 0.85 + 30
    out += rng.normal(0, 18, page.shape)
    specks = rng.random(page.shape)
    out[specks < 0.004] = 0
    out[specks > 0.996] = 255
    return np.clip(out, 0, 255).astype(np.uint8)


def skewed(page: np.ndarray, degrees: float = 3.0) -> np.ndarray:
    height, width = page.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(page, matrix, (width, height), borderValue=255)


def photographed(page: np.ndarray, seed: int = 2) -> np.ndarray:
    """A phone photo: perspective, slight blur, uneven lighting with a shadow, sensor noise."""
    rng = np.random.default_rng(seed)
    height, width = page.shape
    src = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    dst = np.float32([[60, 90], [width - 20, 20], [width - 90, height - 40], [30, height - 110]])
    warped = cv2.warpPerspective(
        page, cv2.getPerspectiveTransform(src, dst), (width, height), borderValue=200
    )
    blurred = cv2.GaussianBlur(warped, (5, 5), 1.2)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    lighting = 0.55 + 0.45 * (1 - yy / height) * (0.6 + 0.4 * xx / width)
    shadow = 1 - 0.25 * np.exp(-(((xx - width * 0.8) / (width * 0.15)) ** 2))
    lit = blurred.astype(np.float32) * lighting * shadow + rng.normal(0, 6, page.shape)
    return np.clip(lit, 0, 255).astype(np.uint8)


VARIANTS = {"clean": lambda p: p, "noisy": noisy, "skewed_3deg": skewed, "photographed": photographed}


def png_bytes(image: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, "PNG", dpi=(DPI, DPI))
    return buffer.getvalue()


def scanned_pdf(images: list[np.ndarray]) -> bytes:
    """A PDF made only of page images (no text layer), as a scanner writes it."""
    frames = [Image.fromarray(image) for image in images]
    buffer = io.BytesIO()
    frames[0].save(buffer, "PDF", resolution=DPI, save_all=True, append_images=frames[1:])
    return buffer.getvalue()
