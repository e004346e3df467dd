"""Writes the judge's development set (tests/judge_dev/data) — USED FOR TUNING the relevance,
duplicate and arithmetic stages, so its figures say nothing about unseen RKAs.

Every item, price and name here is invented for this set. Three OPDs in three forms:

- ``rka_dlh_2027.xlsx``: a spreadsheet in a layout of its own (No last-but-one, Spesifikasi and
  Koefisien swapped, a PPN column in percent), two sub-kegiatan;
- ``rka_bappeda_2027.pdf``: a SIPD-like printout (header block as page text, account grouping
  rows, ``[#]`` sub-groups, no No column, the table running over two pages);
- ``rka_diskominfo_2027_scan.pdf``: a printout of a smart-city sub-kegiatan, rasterised and
  degraded (tilt, blur, noise, JPEG) as a scanned page, read through the extraction service's OCR.

Labels are per line No (the printouts have none: lines are numbered in order, as the parser does).

.venv/bin/python services/rka_review/tests/judge_dev/generate.py
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from PIL import Image, ImageFilter
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

DATA = Path(__file__).resolve().parent / "data"
OP, NPR, OFF, AR, DUP, ACC = (
    "OVERPRICED",
    "NO_PRICE_REFERENCE",
    "OFF_TARGET",
    "ARITHMETIC",
    "DUPLICATE",
    "ACCOUNT_MISMATCH",
)

# (uraian, spesifikasi, satuan, harga) — ceilings excluding PPN.
CATALOGUE = [
    ("Botol Sampel Air", "Polietilen, 1 liter, bertutup ulir", "Buah", 18_000),
    ("Kertas Saring Laboratorium", "Diameter 110 mm, isi 100 lembar", "Kotak", 95_000),
    ("Cool Box Sampel", "Kapasitas 30 liter", "Buah", 650_000),
    ("Sewa Perahu Motor", "Termasuk operator dan BBM", "Hari", 1_200_000),
    ("Sewa Tenda", "Ukuran 4 x 6 m, termasuk pemasangan", "Unit", 750_000),
    ("Sewa Kursi Lipat", "Kursi futura dengan sarung", "Buah", 8_000),
    ("Nasi Kotak", "Nasi, lauk, sayur, buah", "Kotak", 42_000),
    ("Kue Kotak", "Tiga jenis kue dan air mineral", "Kotak", 18_000),
    ("Honorarium Narasumber", "Eselon III / setara, per jam", "OJ", 900_000),
    ("Honorarium Moderator", "Per kegiatan", "OK", 700_000),
    ("Uang Harian Dalam Kota", "Lebih dari 8 jam", "OH", 150_000),
    ("Cetak Buku Dokumen", "A4, 200 halaman, soft cover", "Eksemplar", 85_000),
    ("Fotokopi", "A4, hitam putih", "Lembar", 300),
    ("Kertas HVS", "A4 75 gram", "Rim", 58_000),
    ("Tinta Printer", "Botol 70 ml", "Botol", 90_000),
    ("Leaflet", "A4 lipat tiga, full colour", "Lembar", 1_500),
    ("Spanduk", "Flexi 280 gram", "M2", 38_000),
    ("Switch Jaringan", "24 port gigabit, managed", "Unit", 7_000_000),
    ("Access Point", "Outdoor, dual band", "Unit", 2_400_000),
    ("Lisensi Perangkat Lunak Server", "Per tahun", "Tahun", 15_000_000),
    ("Kabel UTP", "Cat 6, 305 m", "Roll", 2_100_000),
    ("Rak Server", "42U, standing", "Unit", 12_000_000),
]

SUB_AIR = (
    "2.11.02.1.01.0003 - Pemantauan Kualitas Air Sungai",
    "Jumlah Titik Sungai yang Dipantau Kualitasnya",
    "24 Titik",
)
SUB_SAMPAH = (
    "2.11.05.1.02.0001 - Penyuluhan Pengurangan Sampah Rumah Tangga",
    "Jumlah Warga yang Mengikuti Penyuluhan",
    "300 Orang",
)
SUB_RPJMD = (
    "5.01.02.1.01.0002 - Penyusunan Dokumen Rencana Pembangunan Jangka Menengah Daerah",
    "Jumlah Dokumen RPJMD yang Tersusun",
    "1 Dokumen",
)
SUB_KOTA_CERDAS = (
    "2.16.03.1.02.0007 - Perluasan Jaringan Internet Ruang Publik Kota Cerdas",
    "Jumlah Titik Ruang Publik yang Terhubung Internet",
    "40 Titik",
)


@dataclass
class Line:
    uraian: str
    spek: str | None
    vol: int
    sat: str
    harga: int
    labels: list[str] = field(default_factory=list)
    koef: str | None = None
    ppn: int = 0
    jumlah: int | str | None = None  # written as is when the author got it wrong

    def correct(self) -> int:
        base = Decimal(self.vol) * Decimal(self.harga)
        if self.ppn > 100:  # the PPN column holds the tax in rupiah
            return int(base) + self.ppn
        value = base * (1 + Decimal(self.ppn) / 100)
        return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def written_jumlah(self) -> int | str:
        return self.correct() if self.jumlah is None else self.jumlah

    def amount(self) -> int:
        written = self.written_jumlah()
        return (
            written
            if isinstance(written, int)
            else int("".join(c for c in written.split("(")[0] if c.isdigit()))
        )


Group = tuple[str, str]
Row = Group | Line

DLH: dict[str, tuple[tuple[str, str, str], list[Row]]] = {
    "Air Sungai": (
        SUB_AIR,
        [
            ("5.1.02.01.01.0052", "Belanja Bahan Laboratorium"),
            Line("Botol Sampel Air", "Polietilen 1 liter", 120, "Buah", 18_000),
            Line("Kertas Saring Laboratorium", "Diameter 110 mm", 6, "Kotak", 95_000),
            # The same bottles again, written by another hand: a double count.
            Line("Botol sampel air 1 ltr", "polietilen", 120, "bh", 18_000, [DUP]),
            ("5.1.02.02.01.0063", "Belanja Sewa Alat Angkutan Darat/Air"),
            Line("Sewa perahu motor pengambilan sampel", "dengan operator", 8, "Hari", 1_200_000),
            ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
            # One purpose per stretch of river: a legitimate repeat.
            Line("Uang harian petugas sampling ruas hulu", None, 12, "OH", 150_000, koef="4 Orang x 3 Hari"),
            Line("Uang harian petugas sampling ruas hilir", None, 12, "OH", 150_000, koef="4 Orang x 3 Hari"),
            # Koefisien 3 x 2 = 6, volume written 5.
            Line("Uang harian pengemudi perahu", None, 5, "OH", 150_000, [AR], koef="3 Orang x 2 Hari"),
            ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
            Line("Kertas HVS", "A4 75 gram", 10, "Rim", 58_000),
            # A game of its own: nothing to do with sampling a river.
            Line("Drone mainan anak dengan remote", "Baterai isi ulang", 2, "Unit", 850_000, [OFF]),
            ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
            Line("Nasi kotak rapat triwulan I", None, 30, "Kotak", 42_000),
            Line("Nasi kotak rapat triwulan II", None, 30, "Kotak", 42_000),
            # 30 x 18.000 = 540.000, written 580.000.
            Line("Kue kotak rapat evaluasi", None, 30, "Kotak", 18_000, [AR], jumlah=580_000),
        ],
    ),
    "Penyuluhan Sampah": (
        SUB_SAMPAH,
        [
            ("5.1.02.02.01.0061", "Belanja Sewa Peralatan"),
            Line("Sewa Tenda", "4 x 6 m", 2, "Unit", 750_000),
            Line("Sewa kursi lipat", "futura bersarung", 150, "Buah", 8_000),
            # The same chairs booked a second time under another order of words.
            Line("Kursi lipat (sewa)", "futura", 150, "buah", 8_000, [DUP]),
            ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
            Line("Leaflet penyuluhan pemilahan sampah", "A4 lipat tiga", 1_000, "Lembar", 1_500),
            Line("Spanduk", "Flexi 280 gram", 12, "M2", 38_000, [AR], ppn=11, jumlah=456_000),  # PPN left out
            ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
            # The river team's cake boxes booked again in this sub-kegiatan.
            Line("Kue kotak rapat evaluasi", None, 30, "Kotak", 18_000, [DUP]),
            Line("Nasi Kotak", "peserta penyuluhan", 300, "Kotak", 42_000, jumlah="Rp 12.600.000,-"),
            ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber"),
            Line("Honorarium Narasumber", "Eselon III", 4, "OJ", 900_000, koef="2 Orang x 2 Jam"),
            # A luxury for one person, not a talk for three hundred.
            Line(
                "Jam tangan otomatis merek Swiss", "Untuk cinderamata narasumber", 1, "Buah", 9_500_000, [OFF]
            ),
        ],
    ),
}

BAPPEDA: list[Row] = [
    ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber atau Pembahas"),
    Line("Honorarium Narasumber", "Eselon III", 6, "OJ", 900_000, koef="3 Orang x 2 Jam"),
    Line("Honorarium Moderator", None, 3, "OK", 700_000),
    # The same speakers again, abbreviated.
    Line("Honor Narsum", "Eselon III", 6, "OJ", 900_000, [DUP], koef="3 Orang x 2 Jam"),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    Line("Nasi Kotak", "Rapat pembahasan rancangan awal", 40, "Kotak", 42_000),
    Line("Nasi Kotak", "Rapat pembahasan rancangan akhir", 40, "Kotak", 42_000),
    Line("Kue Kotak", "Konsultasi publik", 120, "Kotak", 18_000, [AR], jumlah=2_250_000),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    Line("Cetak Buku Dokumen RPJMD", "A4 soft cover", 50, "Eksemplar", 85_000),
    Line("Fotokopi bahan konsultasi publik", "A4", 6_000, "Lembar", 300),
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    Line("Kertas HVS", "A4 75 gram", 15, "Rim", 58_000),
    Line("Tinta printer", "Botol 70 ml", 8, "Botol", 90_000, [AR], jumlah=702_000),
    # Nothing a planning document needs.
    Line("Kartu hadiah belanja daring", "Nominal Rp 1.000.000", 10, "Lembar", 1_000_000, [OFF]),
    Line("Tiket konser musik", "Kelas VIP", 4, "Lembar", 2_500_000, [OFF]),
    ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    Line("Uang Harian Dalam Kota", "Survei data kecamatan", 20, "OH", 150_000, koef="5 Orang x 4 Hari"),
]

KOTA_CERDAS: list[Row] = [
    ("5.2.02.05.01.0005", "Belanja Modal Peralatan Komunikasi Jaringan"),
    Line("Switch Jaringan 24 Port", "Gigabit managed", 10, "Unit", 7_000_000),
    Line("Access Point Outdoor", "Dual band", 40, "Unit", 2_400_000),
    Line("Rak Server 42U", "Standing", 1, "Unit", 12_000_000),
    ("5.1.02.01.01.0031", "Belanja Bahan Jaringan"),
    Line("Kabel UTP Cat 6", "Roll 305 m", 12, "Roll", 2_100_000, [AR], jumlah=24_200_000),
    ("5.1.02.02.12.0001", "Belanja Lisensi Perangkat Lunak"),
    Line("Lisensi Perangkat Lunak Server", "Satu tahun", 2, "Tahun", 15_000_000),
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor"),
    Line("Kursi pijat elektrik", "Untuk ruang kontrol", 1, "Unit", 8_000_000, [OFF]),
]


SUB_PELATIHAN = (
    "2.19.02.1.01.0004 - Pelatihan Kewirausahaan Pemuda",
    "Jumlah Pemuda yang Mengikuti Pelatihan Kewirausahaan",
    "60 Orang",
)
SUB_ADMIN = (
    "2.19.01.1.02.0001 - Penyusunan Laporan Kinerja Perangkat Daerah",
    "Jumlah Laporan Kinerja yang Tersusun",
    "4 Laporan",
)

DISPORA: dict[str, tuple[tuple[str, str, str], list[Row]]] = {
    "Pelatihan": (
        SUB_PELATIHAN,
        [
            ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber atau Pembahas"),
            Line("Honorarium narasumber pelatihan (3 orang x 4 jam)", "Eselon III", 10, "OJ", 900_000, [AR]),
            ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
            Line("Nasi kotak peserta hari pertama", None, 60, "Kotak", 42_000),
            Line("Nasi kotak peserta hari kedua", None, 60, "Kotak", 42_000),
            Line(
                "Kue kotak peserta",
                None,
                120,
                "Kotak",
                18_000,
                jumlah="2.160.000 (dua juta seratus enam puluh ribu)",
            ),
            ("5.1.02.02.01.0061", "Belanja Sewa Peralatan"),
            Line("Sewa tenda", "4 x 6 m", 3, "Unit", 750_000),
            ("5.1.02.01.01.0026", "Belanja Bahan Cetak"),
            Line("Leaflet materi kewirausahaan", "A4 lipat tiga", 200, "Lembar", 1_500, ppn=33_000),
            Line("Spanduk pelatihan", "Flexi 280 gram", 6, "M2", 38_000, [AR], ppn=25_000, jumlah=228_000),
            ("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor"),
            Line("Saldo dompet digital peserta", "Untuk belanja pribadi", 60, "Orang", 100_000, [OFF]),
        ],
    ),
    "Laporan Kinerja": (
        SUB_ADMIN,
        [
            ("5.1.02.02.01.0061", "Belanja Sewa Peralatan"),
            # The training's tents again, under the report's sub-kegiatan.
            Line("Tenda (sewa) ukuran 4x6 m", None, 3, "unit", 750_000, [DUP]),
            ("5.1.02.01.01.0026", "Belanja Bahan Cetak"),
            Line("Cetak Buku Laporan Kinerja", "A4 soft cover", 20, "Eksemplar", 85_000),
            Line("Fotokopi laporan", "A4", 2_000, "Lembar", 300),
            Line("Fotocopy laporan", "A4 hitam putih", 2_000, "lbr", 300, [DUP]),
            ("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor"),
            Line("Kertas HVS", "A4 75 gram", 10, "Rim", 58_000),
            Line("Espresso machine untuk ruang kepala dinas", None, 1, "Unit", 14_000_000, [OFF]),
            ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
            Line(
                "Uang harian verifikasi data Kecamatan Utara", None, 6, "OH", 150_000, koef="3 Orang x 2 Hari"
            ),
            Line(
                "Uang harian verifikasi data Kecamatan Selatan",
                None,
                6,
                "OH",
                150_000,
                koef="3 Orang x 2 Hari",
            ),
        ],
    ),
}


def write_catalogue(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "SSH"
    sheet.append(["STANDAR SATUAN HARGA KOTA CONTOH TAHUN 2027"])
    sheet.append([])
    sheet.append(["No", "Nama Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"])
    for number, (uraian, spek, satuan, harga) in enumerate(CATALOGUE, start=1):
        sheet.append([number, uraian, spek, satuan, harga])
    book.save(path)


def write_dlh(path: Path) -> dict[str, list[str]]:
    return write_workbook(path, DLH, "2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup")


def write_workbook(
    path: Path, subs: dict[str, tuple[tuple[str, str, str], list[Row]]], opd: str
) -> dict[str, list[str]]:
    book = Workbook()
    book.remove(book.active)
    labels: dict[str, list[str]] = {}
    number = 0
    columns = [
        "Kode Rekening",
        "Uraian",
        "Koefisien",
        "Spesifikasi",
        "Satuan",
        "No",
        "Harga",
        "PPN (%)",
        "Jumlah",
    ]
    for title, ((sub, indikator, target), rows) in subs.items():
        sheet = book.create_sheet(title)
        sheet.append(["RINCIAN BELANJA SUB KEGIATAN TAHUN ANGGARAN 2027"])
        sheet.append(["Organisasi", ":", opd])
        sheet.append(["Sub Kegiatan", ":", sub])
        sheet.append(["Indikator", "Tolok Ukur", "Target"])
        sheet.append(["Keluaran", indikator, target])
        sheet.append([])
        sheet.append(columns)
        for row in rows:
            if isinstance(row, tuple):
                sheet.append([row[0], row[1]])
                continue
            number += 1
            sheet.append(
                [
                    None,
                    row.uraian,
                    row.koef or f"{row.vol} {row.sat}",
                    row.spek,
                    row.sat,
                    number,
                    row.harga,
                    row.ppn,
                    row.written_jumlah(),
                ]
            )
            labels[str(number)] = row.labels
        sheet.append([None, "Jumlah", None, None, None, None, None, None, sum(_amounts(rows))])
    book.save(path)
    return labels


def _amounts(rows: Sequence[Row]) -> list[int]:
    return [row.amount() for row in rows if isinstance(row, Line)]


# A SIPD-like printout drawn directly as PDF operators (Helvetica text, ruled cells).
_ROW = 16
_LEFT = 30
PRINT_HEADER = ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]
PRINT_WIDTHS = [80, 190, 75, 45, 65, 25, 75]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page_ops(text_lines: Sequence[str], table: Sequence[Sequence[str]]) -> str:
    ops = [f"BT /F1 9 Tf {_LEFT} {805 - 13 * i} Td ({_escaped(t)}) Tj ET" for i, t in enumerate(text_lines)]
    top = 795 - 13 * len(text_lines)
    xs = [_LEFT]
    for width in PRINT_WIDTHS:
        xs.append(xs[-1] + width)
    bottom = top - _ROW * len(table)
    ops += [f"{_LEFT} {top - i * _ROW} m {xs[-1]} {top - i * _ROW} l S" for i in range(len(table) + 1)]
    ops += [f"{x} {top} m {x} {bottom} l S" for x in xs]
    for i, row in enumerate(table):
        for j, value in enumerate(row):
            if value:
                ops.append(f"BT /F1 7 Tf {xs[j] + 2} {top - i * _ROW - 11} Td ({_escaped(value)}) Tj ET")
    return "\n".join(ops)


def _rupiah(value: int | str) -> str:
    return value if isinstance(value, str) else f"{value:,}".replace(",", ".")


def _printout_rows(rows: Sequence[Row]) -> tuple[list[list[str]], dict[str, list[str]]]:
    table: list[list[str]] = []
    labels: dict[str, list[str]] = {}
    number = 0
    for row in rows:
        if isinstance(row, tuple):
            table.append([row[0], row[1], "", "", "", "", ""])
            continue
        number += 1
        name = f"{row.uraian} - {row.spek}" if row.spek else row.uraian
        table.append(
            [
                "",
                name,
                row.koef or f"{row.vol} {row.sat}",
                row.sat,
                _rupiah(row.harga),
                f"{row.ppn}%",
                _rupiah(row.written_jumlah()),
            ]
        )
        labels[str(number)] = row.labels
    table.append(["", "Jumlah", "", "", "", "", _rupiah(sum(_amounts(rows)))])
    return table, labels


def write_printout(
    path: Path, opd: str, sub: tuple[str, str, str], rows: Sequence[Row], *, split_at: int
) -> dict[str, list[str]]:
    """A two-page printout: the header block as page text, the table cut after ``split_at`` rows."""
    code_name, indikator, target = sub
    program = code_name.split(" - ")[0].rsplit(".", 3)[0]
    kegiatan = code_name.split(" - ")[0].rsplit(".", 1)[0]
    header = [
        "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH",
        "Tahun Anggaran 2027",
        f"Organisasi : {opd}",
        f"Program : {program} - PROGRAM PENUNJANG",
        f"Kegiatan : {kegiatan} - Kegiatan",
        f"Sub Kegiatan : {code_name}",
        f"Keluaran {indikator} {target}",
        "Lokasi : Kota Contoh",
    ]
    table, labels = _printout_rows(rows)
    pages = [(header, [PRINT_HEADER, *table[:split_at]]), (["hal. 2"], [PRINT_HEADER, *table[split_at:]])]
    writer = PdfWriter()
    font = writer._add_object(  # pypdf has no public call for a shared resource
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for text_lines, page_table in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        stream = DecodedStreamObject()
        stream.set_data(_page_ops(text_lines, page_table).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    writer.write(path)
    return labels


def degrade_to_scan(pdf: Path, out: Path, seed: int = 7) -> None:
    """Render each page at 200 dpi, tilt, blur, add noise and JPEG it: a scanned copy."""
    import numpy as np
    import pypdfium2

    rng = random.Random(seed)
    images = []
    document = pypdfium2.PdfDocument(str(pdf))
    for page in document:
        image = page.render(scale=200 / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1.2, 1.2), expand=True, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(0.6))
        pixels = np.asarray(image, dtype=np.int16)
        noise = np.random.default_rng(seed).normal(0, 10, pixels.shape)
        image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype("uint8"))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=55)
        images.append(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    images[0].save(out, "PDF", resolution=200, save_all=True, append_images=images[1:])


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    write_catalogue(DATA / "ssh_judge_dev_2027.xlsx")
    manifest = []

    def add(rka: str, labels: dict[str, list[str]]) -> None:
        name = rka.rsplit(".", 1)[0]
        (DATA / f"{name}.labels.json").write_text(json.dumps({"labels": labels}, indent=1) + "\n")
        manifest.append(
            {"rka": rka, "labels": f"{name}.labels.json", "catalogues": ["ssh_judge_dev_2027.xlsx"]}
        )

    add("rka_dlh_2027.xlsx", write_dlh(DATA / "rka_dlh_2027.xlsx"))
    dispora = "2.19.0.00.0.00.01.0000 - Dinas Pemuda dan Olahraga"
    add("rka_dispora_2027.xlsx", write_workbook(DATA / "rka_dispora_2027.xlsx", DISPORA, dispora))
    add(
        "rka_bappeda_2027.pdf",
        write_printout(
            DATA / "rka_bappeda_2027.pdf",
            "5.01.0.00.0.00.01.0000 - Badan Perencanaan Pembangunan Daerah",
            SUB_RPJMD,
            BAPPEDA,
            split_at=10,
        ),
    )
    printout = DATA / "rka_diskominfo_2027_printout.pdf"
    labels = write_printout(
        printout,
        "2.16.0.00.0.00.01.0000 - Dinas Komunikasi dan Informatika",
        SUB_KOTA_CERDAS,
        KOTA_CERDAS,
        split_at=6,
    )
    degrade_to_scan(printout, DATA / "rka_diskominfo_2027_scan.pdf")
    printout.unlink()
    add("rka_diskominfo_2027_scan.pdf", labels)
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
