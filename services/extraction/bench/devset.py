"""Our own OCR dev set, in the format ``blind_eval.py`` reads: Indonesian government pages (prose,
letters, a two-column newsletter; tables ruled, thin-ruled with a grey header, ruled only around
the header, unruled, landscape, with wrapped cells, codes and amounts), each in every degradation.

    .venv/bin/python services/extraction/bench/devset.py /tmp/devset [--degradations clean,fax]
                                                                      [--types ssh,buletin]

Writes DIR/manifest.json, one PNG/JPEG/PDF per page, the exact text of each page and, for table
pages, the rows. A table's truth is row by row, each cell whole (a wrapped cell is one text), as a
reader reads it. Fonts: DejaVu (``fonts-dejavu-core``) and, for the office-style pages, the
Liberation fonts (``fonts-liberation2``; DejaVu stands in when they are missing). Tuning happens on
this set only; the blind set is scored once, by someone else.
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4 = (2480, 3508)
SERIF = "DejaVuSerif.ttf"
SANS = "DejaVuSans.ttf"
# Office fonts of Indonesian government documents (Times New Roman, Arial): their metric twins.
TIMES = "LiberationSerif-Regular.ttf"
ARIAL = "LiberationSans-Regular.ttf"
LANDSCAPE = (A4[1], A4[0])
BODY_PX = 42
CELL_PX = 36
MARGIN = 200


@dataclass
class Rendered:
    image: np.ndarray
    lines: list[str]
    tables: list[list[list[str]]]


class Canvas:
    def __init__(self, size: tuple[int, int] = A4, serif: str = SERIF, sans: str = SANS) -> None:
        self.size = size
        self.serif, self.sans = _font_or_dejavu(serif, SERIF), _font_or_dejavu(sans, SANS)
        self.page = Image.new("L", size, 255)
        self.draw = ImageDraw.Draw(self.page)
        self.y = 220
        self.lines: list[str] = []
        self.tables: list[list[list[str]]] = []

    def paragraph(
        self,
        text: str,
        size: int = BODY_PX,
        font: str | None = None,
        centre: bool = False,
        sans: bool = False,
    ) -> None:
        face = ImageFont.truetype(font or (self.sans if sans else self.serif), size)
        for line in _wrap(text, face, self.size[0] - 2 * MARGIN):
            x = (self.size[0] - face.getlength(line)) / 2 if centre else MARGIN
            self.draw.text((x, self.y), line, fill=0, font=face)
            self.lines.append(line)
            self.y += int(size * 1.45)
        self.y += size // 2

    def columns(self, left: list[str], right: list[str], size: int = 38) -> None:
        """Two newspaper columns; the truth reads the left one down, then the right one."""
        face = ImageFont.truetype(self.serif, size)
        gutter = 80
        width = (self.size[0] - 2 * MARGIN - gutter) // 2
        top, bottom = self.y, self.y
        for x, paragraphs in ((MARGIN, left), (MARGIN + width + gutter, right)):
            y = top
            for text in paragraphs:
                for line in _wrap(text, face, width):
                    self.draw.text((x, y), line, fill=0, font=face)
                    self.lines.append(line)
                    y += int(size * 1.45)
                y += size // 2
            bottom = max(bottom, y)
        self.y = bottom + 40

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        ruled: bool = True,
        style: str | None = None,
        size: int = CELL_PX,
        line_width: int = 3,
        header_fill: int | None = None,
    ) -> None:
        """Rows of cells; a cell longer than its column wraps onto more lines (the row grows).

        ``style``: ``grid`` (every row and column ruled), ``none`` (no lines at all) or ``header``
        (rules above and below the header and under the last row only). The truth of a row is
        its cells in order, each whole (a wrapped cell is one text), as a reader reads a table.
        """
        style = style or ("grid" if ruled else "none")
        face = ImageFont.truetype(self.sans, size)
        bold = ImageFont.truetype(
            _font_or_dejavu(self.sans.replace("-Regular", "").replace(".ttf", "-Bold.ttf"), SANS), size
        )
        usable = self.size[0] - 2 * MARGIN
        xs = [MARGIN + int(sum(widths[:i]) * usable) for i in range(len(widths) + 1)]
        line_h = int(size * 1.35)
        pad = 14
        top = self.y
        for index, row in enumerate(rows):
            font = bold if index == 0 and style == "header" else face
            wrapped = [_wrap(cell, font, xs[i + 1] - xs[i] - 2 * pad) or [""] for i, cell in enumerate(row)]
            height = max(len(w) for w in wrapped) * line_h + 2 * pad
            if index == 0 and header_fill is not None:
                self.draw.rectangle([(xs[0], self.y), (xs[-1], self.y + height)], fill=header_fill)
            for i, cell_lines in enumerate(wrapped):
                for k, text in enumerate(cell_lines):
                    right = _is_number(row[i])
                    x = xs[i + 1] - pad - font.getlength(text) if right else xs[i] + pad
                    self.draw.text((x, self.y + pad + k * line_h), text, fill=0, font=font)
            self.lines.append(" ".join(cell for cell in row if cell))
            if style == "grid" or (style == "header" and index <= 1):
                self.draw.line([(xs[0], self.y), (xs[-1], self.y)], fill=0, width=line_width)
            self.y += height
        if style in ("grid", "header"):
            self.draw.line([(xs[0], self.y), (xs[-1], self.y)], fill=0, width=line_width)
        if style == "grid":
            for x in xs:
                self.draw.line([(x, top), (x, self.y)], fill=0, width=line_width)
        self.tables.append(rows)
        self.y += 60

    def done(self) -> Rendered:
        return Rendered(np.asarray(self.page), self.lines, self.tables)


def _font_or_dejavu(name: str, fallback: str) -> str:
    try:
        ImageFont.truetype(name, 10)
    except OSError:
        return fallback
    return name


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
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


def _is_number(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in ".,%" for ch in text.replace("Rp", "").strip())


# --- text types ---------------------------------------------------------------------------------


def nota_dinas() -> Rendered:
    c = Canvas()
    c.paragraph("PEMERINTAH KOTA SAMARINDA", 50, SANS, centre=True)
    c.paragraph("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", 44, SANS, centre=True)
    c.paragraph("NOTA DINAS", 48, SANS, centre=True)
    c.paragraph("Nomor: 900.1.3/1273/BPKAD-III/2025")
    c.paragraph("Kepada Yth.: Kepala Dinas Pendidikan dan Kebudayaan Kota Samarinda")
    c.paragraph("Tanggal: 14 Oktober 2025 Sifat: Segera Lampiran: 1 (satu) berkas")
    c.paragraph(
        "Menindaklanjuti surat Saudara nomor 440/1273/P2P/III/2024 tanggal 12 Maret 2024 perihal "
        "usulan pergeseran anggaran, bersama ini disampaikan bahwa belanja pada kode rekening "
        "5.1.02.01.01.0024 sebesar Rp 245.750.000 belum dapat diproses karena dokumen pendukung "
        "belum lengkap."
    )
    c.paragraph(
        "Saudara diminta melengkapi rincian harga satuan sesuai Standar Satuan Harga Tahun "
        "Anggaran 2026, termasuk kode barang 1.3.02.05.01.0005 untuk laptop dan 1.1.12.01.02.0002 "
        "untuk alat tulis kantor, paling lambat tanggal 31/10/2025."
    )
    c.paragraph("Demikian disampaikan untuk menjadi perhatian dan dilaksanakan sebagaimana mestinya.")
    c.paragraph("Kepala Badan, Dr. H. Ahmad Rizali, S.E., M.Si. NIP 19700512 199503 1 004")
    return c.done()


def surat_keputusan() -> Rendered:
    c = Canvas()
    c.paragraph("KEPUTUSAN WALI KOTA SAMARINDA", 48, SANS, centre=True)
    c.paragraph("NOMOR 100.3.3.2/245/HK-KSP/VI/2025", 44, SANS, centre=True)
    c.paragraph("TENTANG STANDAR SATUAN HARGA TAHUN ANGGARAN 2026", 44, SANS, centre=True)
    for text in (
        "Menimbang: a. bahwa untuk menjamin efisiensi belanja daerah perlu ditetapkan standar "
        "satuan harga barang dan jasa sebagai pedoman penyusunan Rencana Kerja dan Anggaran "
        "Perangkat Daerah;",
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
        "Keputusan Wali Kota tentang Standar Satuan Harga Tahun Anggaran 2026;",
        "Mengingat: Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis "
        "Pengelolaan Keuangan Daerah dan Peraturan Presiden Nomor 33 Tahun 2020.",
        "MEMUTUSKAN: KESATU: Menetapkan Standar Satuan Harga sebagaimana tercantum dalam Lampiran "
        "yang merupakan bagian tidak terpisahkan dari Keputusan ini, dengan nilai paling tinggi "
        "Rp 15.000.000 per unit untuk belanja modal peralatan kantor.",
        "KEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan. Ditetapkan di Samarinda pada "
        "tanggal 2 Juni 2025.",
    ):
        c.paragraph(text)
    return c.done()


def bast() -> Rendered:
    c = Canvas()
    c.paragraph("BERITA ACARA SERAH TERIMA BARANG", 48, SANS, centre=True)
    c.paragraph("Nomor: 027/415/BAST-DISDIK/XI/2025", 42, SANS, centre=True)
    c.paragraph(
        "Pada hari ini Senin tanggal 17 November 2025 telah diserahterimakan barang dengan rincian "
        "sebagai berikut:"
    )
    c.table(
        [
            ["No", "Kode Barang", "Nama Barang", "Jumlah", "Harga Satuan", "Total"],
            [
                "1",
                "1.3.02.05.01.0005",
                "Laptop guru prosesor i5 RAM 16 GB",
                "12",
                "11.950.000",
                "143.400.000",
            ],
            ["2", "1.3.02.06.02.0001", "Proyektor LCD ruang kelas", "4", "7.250.000", "29.000.000"],
            ["3", "1.1.12.01.02.0002", "Kertas HVS A4 80 gram", "150", "62.500", "9.375.000"],
            ["4", "1.3.02.05.02.0004", "Printer laser hitam putih", "3", "3.480.000", "10.440.000"],
            ["5", "1.1.12.01.03.0011", "Tinta printer", "24", "185.000", "4.440.000"],
        ],
        [0.06, 0.22, 0.32, 0.1, 0.15, 0.15],
    )
    c.paragraph(
        "Jumlah seluruhnya Rp 196.655.000 (seratus sembilan puluh enam juta enam ratus lima puluh "
        "lima ribu rupiah)."
    )
    c.paragraph("Pihak Pertama CV Mahakam Jaya, Pihak Kedua Dinas Pendidikan dan Kebudayaan.")
    return c.done()


def lkjip() -> Rendered:
    c = Canvas()
    c.paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH 2025", 46, SANS, centre=True)
    c.paragraph("Tabel 3.1 Capaian Indikator Kinerja Utama Dinas Kesehatan")
    c.table(
        [
            ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"],
            ["1", "Angka kematian ibu per 100.000 kelahiran hidup", "kasus", "85", "78", "108,97%"],
            ["2", "Persentase balita gizi buruk yang mendapat perawatan", "%", "100", "100", "100,00%"],
            ["3", "Cakupan imunisasi dasar lengkap", "%", "95", "91,4", "96,21%"],
            ["4", "Persentase puskesmas terakreditasi paripurna", "%", "60", "54,2", "90,33%"],
            ["5", "Indeks kepuasan masyarakat", "indeks", "82", "84,6", "103,17%"],
        ],
        [0.07, 0.43, 0.11, 0.12, 0.13, 0.14],
    )
    c.paragraph(
        "Capaian indikator angka kematian ibu melampaui target karena pendampingan ibu hamil "
        "risiko tinggi di 26 puskesmas sejak Januari 2025."
    )
    return c.done()


def ssh() -> Rendered:
    c = Canvas()
    c.paragraph("LAMPIRAN STANDAR SATUAN HARGA TAHUN 2026", 46, SANS, centre=True)
    rows = [["Kode Barang", "Uraian", "Spesifikasi", "Satuan", "Harga (Rp)"]]
    items = [
        ("1.1.12.01.02.0002", "Kertas HVS", "A4 80 gram", "rim", "62.500"),
        ("1.1.12.01.02.0003", "Kertas HVS", "F4 80 gram", "rim", "68.000"),
        ("1.1.12.01.03.0011", "Tinta printer", "botol 70 ml", "botol", "185.000"),
        ("1.1.12.01.04.0007", "Map plastik", "kancing", "buah", "4.500"),
        ("1.3.02.05.01.0005", "Laptop", "prosesor i5 RAM 16 GB SSD 512 GB", "unit", "11.950.000"),
        ("1.3.02.05.02.0004", "Printer laser", "hitam putih A4", "unit", "3.480.000"),
        ("1.3.02.06.02.0001", "Proyektor LCD", "3.600 lumen", "unit", "7.250.000"),
        ("5.1.02.01.01.0024", "Makan minum rapat", "nasi kotak", "kotak", "45.000"),
        ("5.1.02.01.01.0026", "Snack rapat", "kue 3 macam", "kotak", "20.000"),
        ("5.1.02.02.01.0003", "Honorarium narasumber", "eselon II per jam", "OJ", "1.000.000"),
        ("5.1.02.04.01.0001", "Perjalanan dinas", "dalam kota", "OH", "150.000"),
        ("5.2.02.05.01.0002", "Meja kerja", "kayu jati 1/2 biro", "unit", "2.750.000"),
    ]
    rows.extend(list(row) for row in items)
    c.table(rows, [0.24, 0.2, 0.3, 0.1, 0.16])
    return c.done()


def rka_unruled() -> Rendered:
    c = Canvas()
    c.paragraph("RINCIAN BELANJA SUB KEGIATAN 1.01.02.2.01.0001", 44, SANS, centre=True)
    c.paragraph("Pengadaan Perlengkapan Sekolah Tahun Anggaran 2026")
    c.table(
        [
            ["Kode Rekening", "Uraian", "Volume", "Satuan", "Harga", "Jumlah"],
            ["5.1.02.01.01.0024", "Belanja makan minum rapat", "480", "kotak", "45.000", "21.600.000"],
            ["5.2.02.05.01.0005", "Belanja modal laptop", "12", "unit", "11.950.000", "143.400.000"],
            ["5.1.02.01.01.0001", "Belanja alat tulis kantor", "150", "rim", "62.500", "9.375.000"],
            ["5.1.02.04.01.0001", "Belanja perjalanan dinas", "40", "OH", "150.000", "6.000.000"],
        ],
        [0.22, 0.3, 0.1, 0.1, 0.14, 0.14],
        ruled=False,
    )
    c.paragraph("Jumlah anggaran sub kegiatan Rp 180.375.000")
    return c.done()


def lkjip_unruled() -> Rendered:
    """An indicator table without any ruling, long indicator names wrapping onto 2-3 lines."""
    c = Canvas(serif=TIMES, sans=ARIAL)
    c.paragraph("LAPORAN KINERJA DINAS LINGKUNGAN HIDUP KOTA SAMARINDA", 44, centre=True, sans=True)
    c.paragraph("Tabel 2.4 Pengukuran Kinerja Sasaran Strategis Tahun 2025")
    c.table(
        [
            ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
            [
                "Meningkatnya kualitas lingkungan hidup",
                "Indeks Kualitas Air sungai utama",
                "52,40",
                "50,15",
                "95,71",
            ],
            ["", "Indeks Kualitas Udara di kawasan perkotaan", "86,00", "88,32", "102,70"],
            [
                "Berkurangnya timbulan sampah",
                "Persentase sampah rumah tangga yang terkelola di TPS3R",
                "35,00",
                "31,80",
                "90,86",
            ],
            ["", "Jumlah bank sampah aktif", "120", "134", "111,67"],
            [
                "Meningkatnya ruang terbuka hijau",
                "Luas ruang terbuka hijau publik terhadap luas wilayah",
                "12,50",
                "11,90",
                "95,20",
            ],
        ],
        [0.3, 0.34, 0.11, 0.12, 0.13],
        style="none",
    )
    c.paragraph(
        "Capaian indeks kualitas air belum memenuhi target karena limbah domestik di Sungai "
        "Karang Mumus masih tinggi; pada tahun 2026 direncanakan pembangunan 4 unit IPAL komunal."
    )
    return c.done()


def rka_landscape() -> Rendered:
    """A landscape RKA detail printout: many columns, thin grid, wrapped descriptions."""
    c = Canvas(LANDSCAPE, serif=TIMES, sans=ARIAL)
    c.paragraph("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", 44, centre=True, sans=True)
    c.paragraph("Sub Kegiatan 1.03.10.2.01.0016 Rehabilitasi Jalan Lingkungan Kecamatan Sungai Kunjang")
    c.table(
        [
            ["Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"],
            [
                "5.1.02.01.01.0052",
                "Belanja bahan bangunan semen",
                "semen portland 50 kg",
                "320",
                "zak",
                "78.500",
                "11%",
                "27.883.200",
            ],
            [
                "5.1.02.01.01.0053",
                "Belanja pasir pasang",
                "pasir Mahakam per m3",
                "45",
                "m3",
                "285.000",
                "11%",
                "14.235.750",
            ],
            [
                "5.1.02.02.01.0013",
                "Belanja jasa tenaga kerja harian lepas",
                "tukang batu dan pembantu tukang",
                "180",
                "OH",
                "175.000",
                "0%",
                "31.500.000",
            ],
            [
                "5.1.02.03.02.0035",
                "Belanja sewa alat berat",
                "excavator mini 8 jam",
                "6",
                "hari",
                "2.400.000",
                "11%",
                "15.984.000",
            ],
            [
                "5.2.04.01.01.0004",
                "Belanja modal jalan lingkungan",
                "paving block K-300 tebal 8 cm",
                "1.250",
                "m2",
                "142.000",
                "11%",
                "197.025.000",
            ],
        ],
        [0.13, 0.19, 0.2, 0.09, 0.07, 0.11, 0.06, 0.15],
        size=32,
        line_width=2,
    )
    c.paragraph("Jumlah total Rp 286.627.950; dicetak dari SIPD tanggal 21 Januari 2026.")
    return c.done()


def buletin() -> Rendered:
    """A two-column newsletter page under a full-width title."""
    c = Canvas(serif=TIMES, sans=ARIAL)
    c.paragraph("BULETIN BAPPEDA KOTA SAMARINDA EDISI 7 / JULI 2025", 46, centre=True, sans=True)
    c.columns(
        [
            "Musrenbang kecamatan tahun ini menghimpun 1.482 usulan warga, naik 12 persen dari tahun "
            "sebelumnya. Usulan terbanyak datang dari Kecamatan Samarinda Utara dan Palaran.",
            "Sebagian besar usulan menyangkut drainase, penerangan jalan umum dan sarana air bersih. "
            "Tim verifikasi Bappeda menilai kelayakan teknis setiap usulan bersama perangkat daerah.",
            "Usulan yang lolos verifikasi dimasukkan ke dalam rancangan awal Rencana Kerja Pemerintah "
            "Daerah tahun 2026 dengan pagu indikatif Rp 38,6 miliar.",
        ],
        [
            "Forum perangkat daerah dijadwalkan pada 4 sampai 8 Agustus 2025 di Balai Kota. Setiap OPD "
            "diminta membawa daftar prioritas yang sudah dipadankan dengan indikator kinerja.",
            "Kepala Bappeda mengingatkan bahwa usulan tanpa data pendukung, seperti foto lokasi dan "
            "perkiraan biaya, tidak akan dibahas pada forum tersebut.",
            "Informasi lebih lanjut dapat diperoleh melalui bidang perencanaan, telepon 0541 741234.",
        ],
    )
    return c.done()


def undangan() -> Rendered:
    """A letter of invitation: letterhead, number, addressee, key-value schedule, signature."""
    c = Canvas(serif=TIMES, sans=ARIAL)
    c.paragraph("PEMERINTAH KOTA SAMARINDA", 48, centre=True, sans=True)
    c.paragraph("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", 44, centre=True, sans=True)
    c.paragraph("Jalan Dahlia Nomor 81 Samarinda 75117", 34, centre=True)
    c.paragraph("Nomor: 005/2291/PUPR-SEK/VIII/2025 Samarinda, 19 Agustus 2025")
    c.paragraph("Sifat: Penting Lampiran: - Perihal: Undangan Rapat Evaluasi Pekerjaan Fisik")
    c.paragraph("Yth. Kepala Bidang Bina Marga, Kepala Bidang Sumber Daya Air, dan para PPTK di tempat")
    c.paragraph(
        "Dalam rangka evaluasi realisasi pekerjaan fisik triwulan III tahun anggaran 2025, dengan "
        "hormat kami mengundang Saudara untuk hadir pada:"
    )
    for line in (
        "Hari/tanggal: Kamis, 28 Agustus 2025",
        "Waktu: pukul 08.30 WITA sampai selesai",
        "Tempat: Ruang Rapat Lantai 2 Dinas PUPR",
        "Acara: paparan progres 17 paket pekerjaan senilai Rp 4.870.250.000",
    ):
        c.paragraph(line)
    c.paragraph(
        "Mengingat pentingnya acara tersebut, diharapkan hadir tepat waktu. "
        "Atas perhatiannya diucapkan terima kasih."
    )
    c.paragraph("Kepala Dinas, Ir. Desy Damayanti, M.T. NIP 19751104 200112 2 003")
    return c.done()


def rekap_realisasi() -> Rendered:
    """A table ruled only above and below the header and under the last row (report style)."""
    c = Canvas(serif=TIMES, sans=ARIAL)
    c.paragraph("REKAPITULASI REALISASI ANGGARAN PER PROGRAM", 44, centre=True, sans=True)
    c.paragraph("Kecamatan Samarinda Seberang, keadaan 30 September 2025")
    c.table(
        [
            ["Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"],
            [
                "7.01.01",
                "Program penunjang urusan pemerintahan daerah kabupaten/kota",
                "3.912.400.000",
                "2.811.050.500",
                "71,85",
            ],
            [
                "7.01.02",
                "Program penyelenggaraan pemerintahan dan pelayanan publik",
                "1.245.000.000",
                "804.120.000",
                "64,59",
            ],
            [
                "7.01.03",
                "Program pemberdayaan masyarakat desa dan kelurahan",
                "2.080.750.000",
                "1.356.400.250",
                "65,19",
            ],
            [
                "7.01.04",
                "Program koordinasi ketentraman dan ketertiban umum",
                "455.300.000",
                "312.700.000",
                "68,68",
            ],
            [
                "7.01.05",
                "Program penyelenggaraan urusan pemerintahan umum",
                "390.000.000",
                "244.975.000",
                "62,81",
            ],
        ],
        [0.1, 0.42, 0.18, 0.19, 0.11],
        style="header",
    )
    c.paragraph("Sisa anggaran Rp 2.554.204.250 akan direalisasikan pada triwulan IV.")
    return c.done()


def daftar_aset() -> Rendered:
    """A thin-ruled inventory table with a grey header band."""
    c = Canvas(serif=TIMES, sans=ARIAL)
    c.paragraph("KARTU INVENTARIS BARANG (KIB) B PERALATAN DAN MESIN", 44, centre=True, sans=True)
    c.paragraph("SKPD: Dinas Komunikasi dan Informatika Kota Samarinda")
    c.table(
        [
            ["No", "Kode Barang", "Nama Barang", "Merk/Type", "Tahun", "Kondisi", "Nilai (Rp)"],
            ["1", "1.3.02.06.01.0003", "Server rak", "Dell PowerEdge R750", "2023", "Baik", "186.500.000"],
            [
                "2",
                "1.3.02.06.03.0012",
                "Switch jaringan 48 port",
                "Cisco C9200",
                "2022",
                "Baik",
                "64.300.000",
            ],
            ["3", "1.3.02.05.01.0005", "Laptop", "Lenovo ThinkPad E14", "2024", "Baik", "13.250.000"],
            ["4", "1.3.02.10.01.0002", "UPS 10 kVA", "APC Smart-UPS", "2019", "Rusak ringan", "48.900.000"],
            ["5", "1.3.02.06.02.0001", "Proyektor", "Epson EB-X500", "2021", "Rusak berat", "7.250.000"],
            ["6", "1.3.02.02.01.0004", "Kendaraan roda dua", "Honda Vario 125", "2020", "Baik", "23.400.000"],
        ],
        [0.06, 0.2, 0.2, 0.2, 0.08, 0.11, 0.15],
        size=34,
        line_width=1,
        header_fill=215,
    )
    return c.done()


TEXT_TYPES: dict[str, Callable[[], Rendered]] = {
    "nota_dinas": nota_dinas,
    "sk": surat_keputusan,
    "bast": bast,
    "lkjip": lkjip,
    "ssh": ssh,
    "rka_unruled": rka_unruled,
    "lkjip_unruled": lkjip_unruled,
    "rka_landscape": rka_landscape,
    "buletin": buletin,
    "undangan": undangan,
    "rekap": rekap_realisasi,
    "daftar_aset": daftar_aset,
}

# --- degradations -------------------------------------------------------------------------------


def _rotate(page: np.ndarray, degrees: float) -> np.ndarray:
    h, w = page.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(page, matrix, (w, h), borderValue=255, flags=cv2.INTER_LINEAR)


def fax(page: np.ndarray) -> np.ndarray:
    """Group-3 fax: 204x98 dpi, 1 bit, specks."""
    rng = np.random.default_rng(3)
    h, w = page.shape
    small = cv2.resize(page, (int(w * 204 / 300), int(h * 98 / 300)), interpolation=cv2.INTER_AREA)
    bits = np.where(small > 150, 255, 0).astype(np.uint8)
    specks = rng.random(bits.shape)
    bits[specks < 0.002] = 0
    return cv2.resize(bits, (int(w * 204 / 300), int(h * 196 / 300)), interpolation=cv2.INTER_NEAREST)


def photo(page: np.ndarray) -> np.ndarray:
    rng = np.random.default_rng(2)
    h, w = page.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[50, 80], [w - 30, 25], [w - 70, h - 40], [20, h - 90]])
    warped = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=190)
    blurred = cv2.GaussianBlur(warped, (5, 5), 1.1)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.6 + 0.4 * (1 - yy / h) * (0.6 + 0.4 * xx / w)
    lit = blurred.astype(np.float32) * light + rng.normal(0, 5, page.shape)
    small = cv2.resize(
        np.clip(lit, 0, 255).astype(np.uint8), (w * 2 // 3, h * 2 // 3), interpolation=cv2.INTER_AREA
    )
    return small


def stamp(page: np.ndarray) -> np.ndarray:
    """A round grey stamp and a signature scrawl over the lower text."""
    out = page.copy()
    h, w = out.shape
    centre = (int(w * 0.62), int(h * 0.42))
    cv2.circle(out, centre, 260, 120, 10)
    cv2.circle(out, centre, 200, 120, 5)
    cv2.putText(out, "DINAS", (centre[0] - 150, centre[1] + 20), cv2.FONT_HERSHEY_SIMPLEX, 3, 120, 8)
    pts = np.array([[int(w * 0.2) + i * 30, int(h * 0.5) + int(40 * np.sin(i / 2))] for i in range(40)])
    cv2.polylines(out, [pts.reshape(-1, 1, 2)], False, 60, 6)
    return np.minimum(out, page)


def dpi150(page: np.ndarray) -> np.ndarray:
    h, w = page.shape
    return cv2.resize(page, (w // 2, h // 2), interpolation=cv2.INTER_AREA)


def noisy_scan(page: np.ndarray) -> np.ndarray:
    rng = np.random.default_rng(1)
    out = page.astype(np.float32) * 0.85 + 30 + rng.normal(0, 16, page.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def fax_noisy(page: np.ndarray) -> np.ndarray:
    """A worn fax line: fed in at a slight angle, thin strokes broken by a high threshold, black
    specks and a dropped scan line now and then."""
    rng = np.random.default_rng(5)
    tilted = _rotate(page, 0.8)
    h, w = tilted.shape
    small = cv2.resize(tilted, (int(w * 204 / 300), int(h * 98 / 300)), interpolation=cv2.INTER_AREA)
    bits = np.where(small > 110, 255, 0).astype(np.uint8)
    bits[rng.random(bits.shape) < 0.004] = 0
    bits[rng.random(bits.shape[0]) < 0.01, :] = 255
    return cv2.resize(bits, (int(w * 204 / 300), int(h * 196 / 300)), interpolation=cv2.INTER_NEAREST)


def photo_dim(page: np.ndarray) -> np.ndarray:
    """A phone photo in a dim office: the sheet smaller in the frame, out of focus, a shadow
    across it, sensor noise, saved as a JPEG by the phone."""
    rng = np.random.default_rng(7)
    h, w = page.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[180, 260], [w - 120, 140], [w - 220, h - 120], [90, h - 300]])
    warped = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=120)
    blurred = cv2.GaussianBlur(warped, (0, 0), 2.2)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shadow = np.where(xx + 0.6 * yy > 0.9 * w + 0.3 * h, 0.62, 1.0)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 60)
    light = (0.55 + 0.35 * (1 - yy / h)) * shadow
    lit = blurred.astype(np.float32) * light + rng.normal(0, 7, page.shape)
    return cv2.resize(np.clip(lit, 0, 255).astype(np.uint8), (w // 2, h // 2), interpolation=cv2.INTER_AREA)


def dpi150_blur(page: np.ndarray) -> np.ndarray:
    """A 150-dpi office scanner: soft optics, grey paper."""
    soft = cv2.GaussianBlur(page, (0, 0), 1.4)
    h, w = page.shape
    small = cv2.resize(soft, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    return np.clip(small.astype(np.float32) * 0.9 + 12, 0, 255).astype(np.uint8)


@dataclass(frozen=True)
class Degradation:
    transform: Callable[[np.ndarray], np.ndarray]
    container: str  # png, jpg, jpg25, pdf
    quality: int = 85  # of a jpg


DEGRADATIONS: dict[str, Degradation] = {
    "clean": Degradation(lambda p: p, "png"),
    "pdf_skew2": Degradation(lambda p: noisy_scan(_rotate(p, 2.0)), "pdf"),
    "fax": Degradation(fax, "png"),
    "photo": Degradation(photo, "jpg"),
    "stamp": Degradation(stamp, "png"),
    "dpi150": Degradation(dpi150, "png"),
    "jpeg_q25": Degradation(noisy_scan, "jpg25"),
    "sideways": Degradation(lambda p: np.ascontiguousarray(np.rot90(p, 1)), "png"),
    "upside_down": Degradation(lambda p: np.ascontiguousarray(np.rot90(p, 2)), "png"),
    # Harder versions of three of them: the gentle ones above leave Tesseract little to get wrong.
    "fax_noisy": Degradation(fax_noisy, "png"),
    "photo_dim": Degradation(photo_dim, "jpg"),
    "dpi150_blur": Degradation(dpi150_blur, "png"),
}


# --- the hard group: phone photos as people take them, faxes of ruled tables -----------------------


def _bend(page: np.ndarray, amplitude: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A sheet that does not lie flat: it bows (a page lifted at its middle fold), more towards
    its lower edge, and its right edge curls a little; edges and text alike, as a smooth
    displacement field. Returns the sheet on a taller canvas and the canvas's sheet mask."""
    pad = int(2 * amplitude) + 2
    canvas = cv2.copyMakeBorder(page, pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=(255, 255, 255))
    sheet = cv2.copyMakeBorder(
        np.full(page.shape[:2], 255, np.uint8), pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=0
    )
    h, w = canvas.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    phase = rng.uniform(-0.2, 0.2)
    dy = amplitude * np.sin(np.pi * (xx / w + phase)) * (0.6 + 0.4 * yy / h)
    dx = 0.4 * amplitude * ((xx / w) ** 3) * np.sin(np.pi * yy / h)
    mx, my = xx + dx, yy - dy
    bent = cv2.remap(
        canvas, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255)
    )
    mask = cv2.remap(sheet, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    return bent, mask


def _surface(shape: tuple[int, int], kind: str, rng: np.random.Generator) -> np.ndarray:
    """What the sheet lies on, in colour (BGR): a wooden desk, a dark office table, a patterned
    tablecloth."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        grain = 18 * np.sin(yy / 23 + 4 * np.sin(xx / 310)) + rng.normal(0, 6, (h, w))
        base = np.stack([70 + grain, 110 + grain, 160 + grain], axis=-1)
    elif kind == "dark":
        flat = np.stack([np.full((h, w), v, np.float32) for v in (58, 55, 52)], axis=-1)
        base = flat + rng.normal(0, 5, (h, w, 1))
    else:
        check = ((xx // 90 + yy // 90) % 2) * 40
        base = np.stack([150 + check, 90 + check / 2, 60 + check / 3], axis=-1) + rng.normal(0, 6, (h, w, 1))
    return np.clip(base, 0, 255).astype(np.float32)


@dataclass(frozen=True)
class PhoneShot:
    """How one phone photo is taken: how far the sheet is turned and tilted, how much of the
    frame it fills, what it lies on, the light and the focus."""

    angle: float  # degrees the sheet is turned in the frame
    tilt: float  # corner displacement for the perspective, as a share of the page width
    fill: float  # page height / frame height
    surface: str
    bend: float  # px of bowing at 300 dpi
    shadow: float  # darkest factor inside the shadow
    blur: float
    frame: tuple[int, int]  # (width, height) of the photo
    seed: int


def phone_photo(shot: PhoneShot) -> Callable[[np.ndarray], np.ndarray]:
    def take(page: np.ndarray) -> np.ndarray:
        rng = np.random.default_rng(shot.seed)
        paper = np.array([228, 238, 244], np.float32)  # slightly warm white, BGR
        ink = np.array([40, 30, 25], np.float32)
        alpha = (page.astype(np.float32) / 255.0)[..., None]
        colour = (alpha * paper + (1 - alpha) * ink).astype(np.uint8)
        bent, outline = _bend(colour, shot.bend, rng)
        h, w = bent.shape[:2]
        fw, fh = shot.frame
        scale = shot.fill * fh / h
        pw, ph = w * scale, h * scale
        theta = np.deg2rad(shot.angle)
        corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
        rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
        turned = corners @ rotation.T
        # Perspective: the edge farther from the phone looks shorter.
        turned[:2, 0] *= 1 - shot.tilt
        turned += rng.uniform(-0.015, 0.015, (4, 2)) * pw
        centre = np.array([fw / 2, fh / 2]) + rng.uniform(-0.04, 0.04, 2) * [fw, fh]
        dst = (turned + centre).astype(np.float32)
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        matrix = cv2.getPerspectiveTransform(src, dst)
        sheet = cv2.warpPerspective(bent, matrix, (fw, fh), flags=cv2.INTER_AREA).astype(np.float32)
        mask = cv2.warpPerspective(outline, matrix, (fw, fh), flags=cv2.INTER_AREA)
        mask = (mask.astype(np.float32) / 255.0)[..., None]
        frame = mask * sheet + (1 - mask) * _surface((fh, fw), shot.surface, rng)
        yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
        direction = rng.uniform(0, 2 * np.pi)
        ramp = (np.cos(direction) * xx / fw + np.sin(direction) * yy / fh + 1) / 2
        light = 0.62 + 0.38 * ramp
        # The phone's or the hand's shadow: a soft-edged dark region over one side.
        cx, cy = rng.uniform(0.2, 0.8) * fw, rng.uniform(0.6, 1.1) * fh
        inside = ((xx - cx) / (0.45 * fw)) ** 2 + ((yy - cy) / (0.3 * fh)) ** 2 < 1
        shadow = cv2.GaussianBlur(np.where(inside, shot.shadow, 1.0).astype(np.float32), (0, 0), 0.04 * fw)
        lit = frame * (light * shadow)[..., None]
        lit = cv2.GaussianBlur(lit, (0, 0), shot.blur) + rng.normal(0, 6, lit.shape)
        return cv2.cvtColor(np.clip(lit, 0, 255).astype(np.uint8), cv2.COLOR_BGR2RGB)

    return take


def fax_table(page: np.ndarray) -> np.ndarray:
    """A fax of a ruled table from a tired machine: standard resolution, fed in at an angle, thin
    rules broken into dots and dashes, specks, a streak of dirt on the scanner glass, lines lost."""
    rng = np.random.default_rng(11)
    tilted = _rotate(page, -1.2)
    h, w = tilted.shape
    small = cv2.resize(tilted, (int(w * 204 / 300), int(h * 98 / 300)), interpolation=cv2.INTER_AREA)
    # A high threshold with noise: grey edges of thin strokes and rules drop out here and there.
    bits = np.where(small.astype(np.float32) + rng.normal(0, 30, small.shape) > 105, 255, 0).astype(np.uint8)
    bits[rng.random(bits.shape) < 0.003] = 0
    bits[:, int(bits.shape[1] * rng.uniform(0.55, 0.8))] = 0
    bits[rng.random(bits.shape[0]) < 0.015, :] = 255
    return cv2.resize(bits, (int(w * 204 / 300), int(h * 196 / 300)), interpolation=cv2.INTER_NEAREST)


HARD_DEGRADATIONS: dict[str, Degradation] = {
    # Sheet on a desk, turned 7 degrees, some of the desk around it, warm lamp from one side.
    "phone_desk": Degradation(
        phone_photo(PhoneShot(7.0, 0.05, 0.82, "wood", 18, 0.7, 1.2, (2250, 3000), 21)), "jpg", 80
    ),
    # Held over a dark table at an angle: strong perspective, 12 degrees, more background.
    "phone_tilted": Degradation(
        phone_photo(PhoneShot(-12.0, 0.1, 0.74, "dark", 10, 0.6, 1.0, (2250, 3000), 22)), "jpg", 75
    ),
    # A cheap phone: low resolution, bowed sheet, deep shadow, soft focus.
    "phone_curved": Degradation(
        phone_photo(PhoneShot(5.0, 0.07, 0.86, "cloth", 35, 0.5, 1.5, (1800, 2400), 23)), "jpg", 70
    ),
    # 15 degrees and small in the frame.
    "phone_far": Degradation(
        phone_photo(PhoneShot(15.0, 0.04, 0.66, "wood", 12, 0.75, 0.9, (2400, 3200), 24)), "jpg", 85
    ),
    # Nearly square on, the sheet almost filling the frame: plain Tesseract reads it passably,
    # so the dewarped reading has a real rival.
    "phone_square": Degradation(
        phone_photo(PhoneShot(2.5, 0.03, 0.93, "dark", 8, 0.7, 1.3, (2250, 3000), 25)), "jpg", 80
    ),
    "fax_table": Degradation(fax_table, "png"),
}
HARD_TYPES = ("bast", "ssh", "lkjip", "daftar_aset", "rekap", "nota_dinas")
GROUPS = {
    "standard": (DEGRADATIONS, tuple(TEXT_TYPES)),
    # Phone photos and table faxes harder than the standard ones (the blind set's photos were).
    "hard": (HARD_DEGRADATIONS, HARD_TYPES),
}


def encode(image: np.ndarray, container: str, quality: int = 85) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    picture = Image.fromarray(image)
    if container == "png":
        picture.save(buffer, "PNG")
        return buffer.getvalue(), "png"
    if container.startswith("jpg"):
        picture.save(buffer, "JPEG", quality=25 if container == "jpg25" else quality)
        return buffer.getvalue(), "jpg"
    picture.save(buffer, "PDF", resolution=DPI)
    return buffer.getvalue(), "pdf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--group", choices=GROUPS, default="standard")
    parser.add_argument("--degradations", help="comma-separated; default: all of the group's")
    parser.add_argument("--types", help="comma-separated; default: all of the group's")
    args = parser.parse_args()
    degradations, types = GROUPS[args.group]
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for type_name in args.types.split(",") if args.types else types:
        rendered = TEXT_TYPES[type_name]()
        for degradation_name in args.degradations.split(",") if args.degradations else degradations:
            degradation = degradations[degradation_name]
            image = degradation.transform(rendered.image)
            data, suffix = encode(image, degradation.container, degradation.quality)
            stem = f"{type_name}-{degradation_name}"
            (args.out / f"{stem}.{suffix}").write_bytes(data)
            (args.out / f"{stem}.txt").write_text("\n".join(rendered.lines) + "\n", encoding="utf-8")
            entry = {"file": f"{stem}.{suffix}", "text_type": type_name, "degradation": degradation_name,
                     "truth": f"{stem}.txt"}  # fmt: skip
            if rendered.tables:
                (args.out / f"{stem}.tables.json").write_text(json.dumps(rendered.tables, ensure_ascii=False))
                entry["tables"] = f"{stem}.tables.json"
            manifest.append(entry)
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} pages in {args.out}")


if __name__ == "__main__":
    main()
