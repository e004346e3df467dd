"""Writes the third blind set (tests/blind3/data): four RKAs for OPDs not used before (Damkar,
Dispora, Bapenda, a Kelurahan), an SSH and an SBU/HSPK, with a reviewer's labels per line.

Written before the review rules were read. Layouts vary on purpose: column order, header labels,
title rows, prices written as text in the catalogues.

.venv/bin/python services/rka_review/tests/blind3/generate.py
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook

DATA = Path(__file__).resolve().parent / "data"
OP, NPR, OFF, AR, DUP, ACC = (
    "OVERPRICED",
    "NO_PRICE_REFERENCE",
    "OFF_TARGET",
    "ARITHMETIC",
    "DUPLICATE",
    "ACCOUNT_MISMATCH",
)

# (kode, uraian, spesifikasi, satuan, harga) — prices exclude PPN and are ceilings.
SSH = [
    ("1.1.7.01.01.02.003", "Kertas HVS", "80 gsm, A4", "Rim", 62000),
    ("1.1.7.01.01.02.004", "Kertas HVS", "70 gsm, F4", "Rim", 60500),
    ("1.1.7.01.01.01.006", "Ballpoint", "Tinta gel, warna hitam", "Buah", "4.000"),
    ("1.1.7.01.01.01.022", "Map Snelhecter", "Plastik, ukuran folio", "Buah", 4500),
    ("1.1.7.01.01.05.004", "Tinta Printer", "Ink tank, botol 70 ml, original", "Botol", 95000),
    ("1.1.7.01.01.05.011", "Toner Printer Laser", "Original, warna hitam", "Buah", "Rp 1.250.000"),
    ("1.1.7.02.01.01.001", "Nasi Kotak", "Nasi, lauk pauk, sayur, buah, air mineral", "Kotak", 45000),
    ("1.1.7.02.01.02.001", "Kue Kotak", "Snack 3 jenis dan air mineral", "Kotak", 20000),
    ("1.1.7.02.01.03.004", "Air Mineral", "Botol 600 ml, isi 24", "Dus", 58000),
    ("1.1.7.03.01.01.002", "Bensin", "Pertalite", "Liter", 10000),
    ("1.1.7.03.01.01.005", "Minyak Solar", "Dexlite", "Liter", "13.750"),
    ("1.1.7.01.03.03.001", "Fotokopi", "Kertas A4, hitam putih", "Lembar", 300),
    ("1.1.7.01.03.03.010", "Jilid Spiral", "Sampul mika dan karton", "Buah", 10000),
    ("1.1.7.01.03.01.002", "Spanduk", "Bahan flexi 280 gram, cetak digital", "M2", 40000),
    (
        "1.3.2.10.02.01.002",
        "Laptop",
        "Prosesor Core i5, RAM 8 GB, SSD 512 GB, layar 14 inch",
        "Unit",
        12500000,
    ),
    (
        "1.3.2.10.02.01.003",
        "Laptop",
        "Prosesor Core i7, RAM 16 GB, SSD 1 TB, layar 14 inch",
        "Unit",
        "Rp 18.750.000",
    ),
    ("1.3.2.10.02.02.004", "Printer", "Ink tank A4, print/scan/copy", "Unit", 3250000),
    ("1.3.2.10.02.02.009", "Printer Dot Matrix", "24 pin, lebar kertas 136 kolom", "Unit", 6500000),
    ("1.3.2.05.02.04.001", "AC Split", "1 PK, termasuk pemasangan", "Unit", 5250000),
    ("1.3.2.05.02.04.003", "AC Split", "2 PK, termasuk pemasangan", "Unit", 9100000),
    ("1.3.2.05.02.01.010", "Kursi Kerja", "Putar, sandaran sedang, hidrolik", "Buah", "1.350.000"),
    ("1.3.2.05.02.01.021", "Lemari Arsip", "Besi, 4 laci", "Unit", 4200000),
    ("1.3.2.05.01.05.030", "Proyektor", "3.500 lumen, XGA", "Unit", 7500000),
    ("1.1.7.01.02.01.004", "Kipas Angin", "Dinding, 16 inch", "Unit", 425000),
    ("1.1.7.01.02.01.011", "Stop Kontak", "4 lubang dengan kabel 3 m", "Buah", 85000),
    ("1.1.7.01.01.01.040", "Kalkulator", "12 digit", "Buah", 175000),
    ("1.1.7.09.01.01.001", "Selang Pemadam Kebakaran", "Diameter 2,5 inch, panjang 20 m", "Rol", 3450000),
    ("1.1.7.09.01.01.002", "Nozzle Pemadam Kebakaran", "2,5 inch, jet/spray", "Buah", 2850000),
    ("1.1.7.09.01.01.005", "APAR", "Dry chemical powder 6 kg", "Tabung", 950000),
    ("1.1.7.09.01.02.001", "Pakaian Pemadam Kebakaran", "Fire suit tahan panas", "Stel", "12.500.000"),
    ("1.1.7.09.01.02.002", "Helm Pemadam Kebakaran", "Standar NFPA", "Buah", 2750000),
    ("1.1.7.09.01.02.003", "Sepatu Boot Pemadam Kebakaran", "Tahan panas, sol baja", "Pasang", 1850000),
    ("1.1.7.09.01.01.010", "Foam AFFF 3%", "Jerigen 20 liter", "Jerigen", 2400000),
    ("1.1.7.07.01.01.001", "Bola Sepak", "Ukuran 5, standar pertandingan", "Buah", 450000),
    ("1.1.7.07.01.01.003", "Bola Voli", "Standar pertandingan", "Buah", 600000),
    ("1.1.7.07.01.01.004", "Net Voli", "Standar pertandingan", "Buah", 750000),
    ("1.1.7.06.01.02.005", "Kaos Olahraga", "Jersey, satu stel", "Stel", 185000),
    ("1.1.7.07.02.01.001", "Piala", "Tinggi 60 cm", "Buah", 850000),
    ("1.1.7.07.02.01.002", "Medali", "Emas/perak/perunggu dengan tali", "Buah", 65000),
    ("1.1.7.01.01.02.020", "Kertas Continuous Form", "9,5 x 11 inch, 1 ply", "Dus", 420000),
    ("1.1.7.01.01.05.030", "Pita Printer", "Dot matrix", "Buah", 95000),
    ("1.1.7.01.04.01.001", "Meterai Tempel", "Nominal 10.000", "Lembar", 10000),
    ("1.3.2.09.01.01.004", "Lampu Penerangan Jalan", "LED 60 watt", "Unit", 2750000),
    ("1.1.7.04.01.02.003", "Cat Tembok", "Interior, 5 kg", "Galon", 185000),
    ("1.1.7.04.01.01.001", "Semen Portland", "Kemasan 50 kg", "Sak", 82000),
    ("1.1.7.04.01.01.010", "Pasir Cor", "Pasir beton", "M3", 285000),
]

# (section or None, kode, uraian, spesifikasi, satuan, harga)
SBU = [
    ("A. HONORARIUM", None, None, None, None, None),
    (None, "SBU.01.01", "Honorarium Narasumber/Pembahas", "Pejabat Eselon II/setara", "OJ", 1000000),
    (None, "SBU.01.02", "Honorarium Narasumber/Pembahas", "Pejabat Eselon III ke bawah/setara", "OJ", 900000),
    (None, "SBU.01.03", "Honorarium Moderator", "Per orang per kegiatan", "Orang/Kali", 700000),
    (None, "SBU.01.04", "Honorarium Pembawa Acara", "Per orang per kegiatan", "OK", 400000),
    (None, "SBU.01.05", "Honorarium Panitia Pelaksana Kegiatan", "Ketua", "OK", 450000),
    (None, "SBU.01.06", "Honorarium Panitia Pelaksana Kegiatan", "Anggota", "OK", 350000),
    ("B. PERJALANAN DINAS", None, None, None, None, None),
    (None, "SBU.02.01", "Uang Harian Perjalanan Dinas Dalam Kota", "Lebih dari 8 jam", "OH", 170000),
    (None, "SBU.02.05", "Uang Harian Perjalanan Dinas Luar Provinsi", "DKI Jakarta", "OH", "530.000"),
    (None, "SBU.02.10", "Tiket Pesawat", "Balikpapan - Jakarta PP, kelas ekonomi", "Orang", 3900000),
    (None, "SBU.02.20", "Biaya Penginapan", "DKI Jakarta, Eselon III/IV", "OH", 1100000),
    ("C. SEWA", None, None, None, None, None),
    (None, "SBU.03.01", "Sewa Kendaraan Roda 4", "Minibus, termasuk pengemudi dan BBM", "Unit/Hari", 850000),
    (None, "SBU.03.02", "Sewa Bus", "Pariwisata 45 seat", "Unit/Hari", "Rp 3.500.000"),
    (None, "SBU.03.05", "Sewa Tenda", "Sarnafil 6 x 12 m", "Unit/Hari", 1500000),
    (None, "SBU.03.06", "Sewa Sound System", "Kapasitas 5.000 watt", "Paket/Hari", 2500000),
    ("D. HSPK", None, None, None, None, None),
    (
        None,
        "HSPK.2.2.1.1",
        "Pengecatan Dinding Tembok",
        "1 lapis plamir, 1 lapis dasar, 2 lapis penutup",
        "M2",
        42500,
    ),
    (None, "HSPK.3.1.1.4", "Pemasangan Paving Block", "K-300 tebal 8 cm", "M2", 165000),
    (None, "HSPK.1.1.1.1", "Galian Tanah Biasa", "Sedalam 1 m", "M3", 95000),
    (None, "HSPK.4.2.1.2", "Pemasangan Saluran U-Ditch", "40 x 40 cm", "M'", "1.450.000"),
]

HEADER_BLOCK = [
    ("Urusan Pemerintahan", "urusan"),
    ("Bidang Urusan", "bidang"),
    ("Program", "program"),
    ("Kegiatan", "kegiatan"),
    ("Sub Kegiatan", "sub"),
    ("Organisasi", "opd"),
    ("Lokasi", "lokasi"),
    ("Sumber Pendanaan", "dana"),
]

# Column layouts of the RKA table: header label -> field.
LAYOUTS = {
    "standard": [
        ("No", "no"),
        ("Kode Rekening", "kode"),
        ("Uraian", "uraian"),
        ("Spesifikasi", "spek"),
        ("Koefisien", "koef"),
        ("Volume", "vol"),
        ("Satuan", "sat"),
        ("Harga Satuan", "harga"),
        ("PPN (%)", "ppn"),
        ("Jumlah", "jumlah"),
    ],
    "satuan_first": [
        ("No", "no"),
        ("Kode Rekening", "kode"),
        ("Uraian Komponen", "uraian"),
        ("Spesifikasi", "spek"),
        ("Koefisien", "koef"),
        ("Satuan", "sat"),
        ("Volume", "vol"),
        ("Harga Satuan (Rp)", "harga"),
        ("PPN", "ppn"),
        ("Jumlah (Rp)", "jumlah"),
    ],
    "no_koefisien": [
        ("No", "no"),
        ("Kode Akun", "kode"),
        ("Uraian Belanja", "uraian"),
        ("Spesifikasi", "spek"),
        ("Volume", "vol"),
        ("Satuan", "sat"),
        ("Harga Satuan (Rp)", "harga"),
        ("PPN", "ppn_text"),
        ("Jumlah (Rp)", "jumlah"),
    ],
    "short_labels": [
        ("Nomor", "no"),
        ("Kode Rekening", "kode"),
        ("Uraian", "uraian"),
        ("Spesifikasi", "spek"),
        ("Koefisien", "koef"),
        ("Vol.", "vol"),
        ("Sat.", "sat"),
        ("Harga Satuan", "harga"),
        ("PPN (%)", "ppn"),
        ("Jumlah", "jumlah"),
    ],
}


def group(kode: str, nama: str) -> tuple[str, str, str]:
    return ("G", kode, nama)


def item(
    uraian: str,
    spek: str | None,
    vol: int,
    sat: str,
    harga: int,
    ppn: int,
    labels: list[str],
    koef: str | None = None,
    jumlah: int | None = None,
) -> dict[str, object]:
    return {
        "uraian": uraian,
        "spek": spek,
        "vol": vol,
        "sat": sat,
        "harga": harga,
        "ppn": ppn,
        "labels": labels,
        "koef": koef or f"{vol} {sat}",
        "jumlah": jumlah,
    }


def correct_total(vol: int, harga: int, ppn: int) -> int:
    value = Decimal(vol) * Decimal(harga) * (1 + Decimal(ppn) / 100)
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


RAKOR = (
    "1.01.01.2.06.0009 - Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "12 Laporan",
)

RKAS = {
    "rka_damkar_2026": {
        "layout": "standard",
        "opd": "1.05.0.00.0.00.02.0000 - Dinas Pemadam Kebakaran dan Penyelamatan",
        "bidang": "1.05 - URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM"
        " SERTA PERLINDUNGAN MASYARAKAT",
        "sheets": {
            "Sarpras Damkar": (
                (
                    "1.05.03.2.01.0004 - Pengadaan Sarana dan Prasarana Pencegahan"
                    " dan Penanggulangan Kebakaran",
                    "Jumlah Sarana dan Prasarana Pemadam Kebakaran yang Disediakan",
                    "120 Unit",
                ),
                [
                    group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
                    item(
                        'Selang hydrant 2,5" @20 meter',
                        "Kanvas lapis karet, kopling machino",
                        20,
                        "Rol",
                        3450000,
                        11,
                        [],
                    ),
                    item("Nozzle jet spray 2.5 inch", "Bahan kuningan", 10, "Buah", 3300000, 11, [OP]),
                    item("Foam concentrate AFFF 3%", "Jerigen 20 L", 15, "Jerigen", 2400000, 11, []),
                    item("Tabung APAR powder 6 kg", "Dry chemical powder", 40, "Tabung", 925000, 11, []),
                    item("Isi ulang (refill) APAR CO2 5 kg", None, 20, "Tabung", 275000, 11, [NPR]),
                    group("5.1.02.01.01.0066", "Belanja Pakaian Khusus dan Hari-Hari Tertentu"),
                    item("Baju tahan api (fire suit) petugas", "Nomex 3 lapis", 10, "Stel", 12500000, 11, []),
                    item("Helm damkar", "Standar NFPA 1971", 30, "Buah", 3150000, 11, [OP]),
                    item(
                        "Sepatu boots safety pemadam",
                        "Sol baja",
                        30,
                        "Pasang",
                        1850000,
                        11,
                        [AR],
                        jumlah=61065000,
                    ),
                    item("Helm damkar", "Standar NFPA 1971", 30, "Buah", 3150000, 11, [DUP, OP]),
                    group("5.2.02.03.03.0001", "Belanja Modal Alat Pemadam Kebakaran"),
                    item(
                        "Pompa portable pemadam (portable fire pump)",
                        "Mesin 4 tak, debit 1.000 L/menit",
                        2,
                        "Unit",
                        185000000,
                        11,
                        [NPR],
                    ),
                    group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
                    item("Lemari arsip besi 4 laci", None, 4, "Unit", 4200000, 11, [ACC]),
                    group("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
                    item('Kipas angin dinding 16"', None, 6, "Unit", 425000, 11, []),
                    item("Stop kontak 4 lubang + kabel 3m", None, 10, "Buah", 85000, 11, []),
                    group("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan/Seragam"),
                    item("Kaos olahraga senam pegawai", "Jersey", 30, "Stel", 185000, 11, [OFF]),
                ],
            ),
            "Rakor": (
                RAKOR,
                [
                    group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
                    item(
                        "Makan siang rapat (nasi box)",
                        None,
                        360,
                        "Kotak",
                        45000,
                        11,
                        [],
                        koef="30 Kotak x 12 Kali",
                    ),
                    item("Snack rapat", None, 360, "Kotak", 27500, 11, [OP], koef="30 Kotak x 12 Kali"),
                    item("Air mineral botol 600ml", "isi 24", 12, "Dus", 58000, 11, []),
                    group(
                        "5.1.02.02.01.0003",
                        "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    ),
                    item("Honor narasumber eselon III", None, 6, "OJ", 900000, 0, [], koef="2 Orang x 3 Jam"),
                    item("Honor moderator", None, 2, "Orang/Kali", 850000, 0, [OP]),
                    group("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
                    item("Uang harian Jakarta", None, 9, "OH", 530000, 0, [], koef="3 Orang x 3 Hari"),
                    item("Tiket pesawat PP Balikpapan - Jakarta", "Ekonomi", 3, "Orang", 4750000, 0, [OP]),
                    item(
                        "Penginapan Jakarta", "Eselon III", 6, "OH", 1100000, 0, [], koef="3 Orang x 2 Hari"
                    ),
                    item("Taksi bandara", None, 6, "Kali", 250000, 0, [NPR]),
                    group("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
                    item("Kertas A4 80 gr", None, 10, "Rim", 62000, 11, []),
                    item("AC split 1 PK ruang rapat", None, 1, "Unit", 5250000, 11, [ACC]),
                    group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
                    item("Fotokopi bahan rapat", None, 3000, "Lembar", 300, 0, []),
                    group("5.1.02.01.01.0004", "Belanja Bahan Bakar Minyak/Gas"),
                    item("BBM Pertalite operasional", None, 200, "Liter", 10000, 0, []),
                ],
            ),
        },
    },
    "rka_dispora_2026": {
        "layout": "satuan_first",
        "opd": "2.19.0.00.0.00.01.0000 - Dinas Pemuda dan Olahraga",
        "bidang": "2.19 - URUSAN PEMERINTAHAN BIDANG KEPEMUDAAN DAN OLAHRAGA",
        "sheets": {
            "Kejuaraan": (
                (
                    "2.19.03.2.02.0002 - Penyelenggaraan Kejuaraan Keolahragaan"
                    " Tingkat Daerah Kabupaten/Kota",
                    "Jumlah Kejuaraan Olahraga yang Diselenggarakan",
                    "3 Event",
                ),
                [
                    group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
                    item("Bola sepak size 5 (standar FIFA)", None, 20, "Buah", 450000, 11, []),
                    item("Bola volley", "Standar pertandingan", 12, "Buah", 725000, 11, [OP]),
                    item("Jaring/net bola voli", None, 4, "Buah", 750000, 11, []),
                    item("Piala juara I, II, III", "Tinggi 60 cm", 9, "Buah", 850000, 11, []),
                    item("Medali", "Emas, perak, perunggu", 150, "Buah", 85000, 11, [OP]),
                    item("Papan skor manual portable", None, 4, "Buah", 650000, 11, [NPR]),
                    group("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan/Seragam"),
                    item("Kaos jersey panitia", None, 40, "Stel", 185000, 11, []),
                    item("Kaos jersey panitia", None, 40, "Stel", 185000, 11, [DUP]),
                    group(
                        "5.1.02.02.01.0003",
                        "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    ),
                    item("Honorarium wasit/juri pertandingan", None, 24, "OK", 300000, 0, [NPR]),
                    item("Honor ketua panitia", None, 1, "OK", 450000, 0, []),
                    item("Honor anggota panitia", None, 10, "OK", 350000, 0, [AR], jumlah=3850000),
                    group("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
                    item("Sewa mobil minibus + sopir + BBM", None, 6, "Unit/Hari", 850000, 0, []),
                    item("Sewa bis 45 seat", None, 2, "Unit/Hari", 4200000, 0, [OP]),
                    group("5.1.02.02.05.0039", "Belanja Sewa Tenda"),
                    item("Sewa tenda sarnafil 6x12", None, 6, "Unit/Hari", 1500000, 0, []),
                    item("Sewa sound system", None, 3, "Paket/Hari", 2500000, 0, []),
                    group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
                    item("Nasi kotak atlet dan official", None, 600, "Kotak", 42500, 11, []),
                    item("Kue kotak", None, 300, "Kotak", 20000, 11, []),
                    group("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
                    item("Printer dot matrix 24 pin", None, 1, "Unit", 6500000, 11, [OFF]),
                ],
            ),
            "Kepemudaan": (
                (
                    "2.19.02.2.01.0001 - Pemberdayaan dan Pengembangan Organisasi Kepemudaan",
                    "Jumlah Organisasi Kepemudaan yang Diberdayakan",
                    "25 Organisasi",
                ),
                [
                    group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
                    item(
                        "Makan siang peserta pelatihan",
                        None,
                        200,
                        "Kotak",
                        52000,
                        11,
                        [OP],
                        koef="100 Orang x 2 Hari",
                    ),
                    item("Snack pagi & sore", None, 400, "Kotak", 20000, 11, []),
                    group(
                        "5.1.02.02.01.0003",
                        "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    ),
                    item("Narasumber pejabat eselon II", None, 4, "OJ", 1000000, 0, []),
                    item("Narasumber eselon III", None, 6, "OJ", 900000, 0, []),
                    item("Pembawa acara (MC)", None, 2, "OK", 400000, 0, []),
                    group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
                    item("Spanduk kegiatan", "Flexi 280 gr, 1 x 4 m", 8, "M2", 40000, 11, []),
                    item("Sertifikat peserta (cetak)", "Art paper 260 gr", 100, "Lembar", 15000, 11, [NPR]),
                    item("Penjilidan laporan (jilid spiral)", None, 10, "Buah", 10000, 11, []),
                    group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
                    item("Pulpen gel hitam", None, 100, "Buah", 4000, 11, []),
                    item("Map snelhecter plastik", None, 100, "Buah", 4500, 11, []),
                    item("Laptop core i5 8GB/512GB", None, 2, "Unit", 12500000, 11, [ACC]),
                ],
            ),
        },
    },
    "rka_bapenda_2026": {
        "layout": "no_koefisien",
        "opd": "5.02.0.00.0.00.01.0000 - Badan Pendapatan Daerah",
        "bidang": "5.02 - KEUANGAN",
        "sheets": {
            "Pendataan": (
                (
                    "5.02.02.2.01.0001 - Pendataan dan Pendaftaran Objek Pajak Daerah",
                    "Jumlah Objek Pajak Daerah yang Didata",
                    "15000 Objek Pajak",
                ),
                [
                    group("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
                    item("Kertas continuous form 9,5x11 1 ply", None, 40, "Dus", 420000, 11, []),
                    item("Kertas HVS F4 70 gram", None, 50, "Rim", 60500, 11, []),
                    item("Kertas HVS A4 80gr", None, 50, "Rim", 71000, 11, [OP]),
                    group("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
                    item("Pita printer dot matrix", None, 30, "Buah", 95000, 11, []),
                    item("Tinta printer ink tank 70ml", None, 24, "Botol", 95000, 11, []),
                    item("Toner printer laser hitam", None, 6, "Buah", 1450000, 11, [OP]),
                    item("Flashdisk 64 GB", None, 10, "Buah", 150000, 11, [NPR]),
                    group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
                    item("Cetak formulir SPOP/LSPOP", None, 15000, "Lembar", 1200, 11, [NPR]),
                    item("Fotokopi formulir pendataan", None, 5000, "Lembar", 300, 0, [AR], jumlah=1550000),
                    group("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
                    item("Uang harian petugas pendataan dalam kota (>8 jam)", None, 300, "OH", 170000, 0, []),
                    item("Uang transport lokal petugas", None, 300, "OH", 150000, 0, [NPR]),
                    group("5.1.02.01.01.0004", "Belanja Bahan Bakar Minyak/Gas"),
                    item("BBM pertalite kendaraan pendataan", None, 1500, "Liter", 10000, 0, []),
                    item("BBM pertalite kendaraan pendataan", None, 1500, "Liter", 10000, 0, [DUP]),
                    group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
                    item("Nasi kotak sosialisasi", None, 200, "Kotak", 45000, 11, []),
                    item("Kue kotak sosialisasi", None, 200, "Kotak", 20000, 11, []),
                    group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
                    item("Bola sepak size 5", None, 10, "Buah", 450000, 11, [OFF]),
                ],
            ),
            "Peralatan Kantor": (
                (
                    "5.02.01.2.07.0006 - Pengadaan Peralatan dan Mesin Lainnya",
                    "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan",
                    "20 Unit",
                ),
                [
                    group("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
                    item("Notebook core i7 RAM 16GB SSD 1TB", None, 2, "Unit", 18750000, 11, []),
                    item("Notebook core i5 RAM 8GB SSD 512GB", None, 6, "Unit", 14200000, 11, [OP]),
                    group("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer"),
                    item("Printer dot matrix 24 pin", None, 4, "Unit", 6500000, 11, []),
                    item("Printer ink tank multifungsi", None, 4, "Unit", 3250000, 11, []),
                    group("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
                    item("AC split 2 PK", None, 2, "Unit", 9100000, 11, []),
                    item("AC split 1 PK", None, 3, "Unit", 5250000, 11, [AR], jumlah=17482000),
                    item("Kipas angin dinding", None, 6, "Unit", 425000, 11, [ACC]),
                    group("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
                    item("Proyektor LCD 3500 lumen", None, 1, "Unit", 7500000, 11, []),
                    item("Mesin penghancur kertas (paper shredder)", None, 2, "Unit", 4800000, 11, [NPR]),
                    item("Kertas HVS A4 80 gr", None, 20, "Rim", 62000, 11, [ACC]),
                    group("5.2.02.05.02.0001", "Belanja Modal Mebel"),
                    item("Lemari arsip besi 4 laci", None, 4, "Unit", 4200000, 11, []),
                    item("Kursi kerja putar", None, 10, "Buah", 1350000, 11, []),
                    group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
                    item("Kalkulator 12 digit", None, 10, "Buah", 175000, 11, []),
                    item("Stapler besar HD-50", None, 5, "Buah", 95000, 11, [NPR]),
                ],
            ),
        },
    },
    "rka_kelurahan_sungai_pinang_dalam_2026": {
        "layout": "short_labels",
        "opd": "7.01.0.00.0.00.12.0005 - Kelurahan Sungai Pinang Dalam",
        "bidang": "7.01 - KECAMATAN",
        "sheets": {
            "Sarpras Kelurahan": (
                (
                    "7.01.02.2.02.0001 - Pembangunan Sarana dan Prasarana Kelurahan",
                    "Jumlah Sarana dan Prasarana Kelurahan yang Dibangun",
                    "3 Paket",
                ),
                [
                    group("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
                    item("Semen PC 50 kg", None, 100, "Sak", 82000, 11, []),
                    item("Pasir cor", None, 15, "M3", 315000, 11, [OP]),
                    item("Cat tembok interior 5 kg", None, 20, "Galon", 185000, 11, []),
                    item("Besi beton ulir 10 mm", "Panjang 12 m", 60, "Batang", 98000, 11, [NPR]),
                    group("5.2.04.02.01.0003", "Belanja Modal Jalan Lingkungan"),
                    item("Pasang paving block K-300 t=8cm", None, 450, "M2", 165000, 0, []),
                    item("Galian tanah biasa", None, 80, "M3", 110000, 0, [OP]),
                    item("Pasang U-ditch 40x40", None, 120, "M'", 1450000, 0, []),
                    item("Pasang U-ditch 40x40", None, 120, "M'", 1450000, 0, [DUP]),
                    group("5.1.02.03.02.0117", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Kantor"),
                    item("Pengecatan dinding kantor kelurahan", None, 300, "M2", 42500, 0, []),
                    group("5.2.02.09.01.0001", "Belanja Modal Alat Listrik"),
                    item("Lampu jalan LED 60W", None, 10, "Unit", 2750000, 11, []),
                    item("Tiang lampu PJU oktagonal 7 m", None, 10, "Batang", 5500000, 11, [NPR]),
                    group("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
                    item("Kertas HVS A4 80gsm", None, 5, "Rim", 62000, 11, []),
                    item("Ballpoint gel", None, 24, "Buah", 4000, 11, [AR], jumlah=116560),
                ],
            ),
            "Musrenbang": (
                (
                    "7.01.02.2.03.0002 - Peningkatan Partisipasi Masyarakat dalam Pembangunan Kelurahan",
                    "Jumlah Kegiatan Partisipasi Masyarakat dalam Pembangunan Kelurahan",
                    "4 Kegiatan",
                ),
                [
                    group("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
                    item("Nasi kotak musrenbang kelurahan", None, 150, "Kotak", 45000, 11, []),
                    item("Snack musrenbang", None, 150, "Kotak", 25000, 11, [OP]),
                    item("Air mineral 600 ml (dus isi 24)", None, 10, "Dus", 58000, 11, []),
                    group(
                        "5.1.02.02.01.0003",
                        "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    ),
                    item("Honor narasumber (pejabat eselon III)", None, 4, "OJ", 900000, 0, []),
                    item("Honor moderator", None, 2, "OK", 700000, 0, []),
                    group("5.1.02.02.05.0039", "Belanja Sewa Tenda"),
                    item("Sewa tenda 6x12 meter", None, 2, "Unit/Hari", 1500000, 0, []),
                    item("Sewa kursi futura", None, 200, "Buah", 5000, 0, [NPR]),
                    item("Sewa sound system", None, 2, "Paket/Hari", 2950000, 0, [OP]),
                    group("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
                    item("Spanduk musrenbang", None, 6, "M2", 40000, 11, []),
                    item("Penggandaan/fotokopi undangan & bahan", None, 2000, "Lembar", 300, 0, []),
                    group("5.1.02.01.01.0004", "Belanja Bahan Bakar Minyak/Gas"),
                    item("Solar (dexlite) genset", None, 100, "Liter", 13750, 0, []),
                    group("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
                    item("Selang pemadam 2,5 inch", None, 2, "Rol", 3450000, 11, [OFF]),
                    group("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
                    item("Uang harian dalam kota >8 jam", None, 10, "OH", 170000, 0, []),
                    item("Piala lomba kebersihan RT", None, 3, "Buah", 850000, 11, [ACC]),
                ],
            ),
        },
    },
}


def write_ssh(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "SSH 2026"
    sheet.append(["PEMERINTAH KOTA SAMARINDA"])
    sheet.append(["STANDAR SATUAN HARGA BARANG (SSH) TAHUN ANGGARAN 2026"])
    sheet.append(["Lampiran Peraturan Wali Kota Samarinda"])
    sheet.append([])
    sheet.append(["No", "Kode Barang", "Nama Barang", "Satuan", "Spesifikasi", "Harga (Rp)", "Ket."])
    for number, (kode, uraian, spek, satuan, harga) in enumerate(SSH, start=1):
        sheet.append([number, kode, uraian, satuan, spek, harga, "Tidak termasuk PPN"])
    book.save(path)


def write_sbu(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "SBU-HSPK"
    sheet.append(["STANDAR BIAYA UMUM DAN HARGA SATUAN POKOK KEGIATAN"])
    sheet.append(["KOTA SAMARINDA TAHUN 2026"])
    sheet.append([])
    sheet.append(["Kode", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"])
    for section, kode, uraian, spek, satuan, harga in SBU:
        sheet.append([section] if section else [kode, uraian, spek, satuan, harga])
    book.save(path)


def write_rka(name: str, spec: dict) -> dict[str, list[str]]:
    columns = LAYOUTS[spec["layout"]]
    book = Workbook()
    book.remove(book.active)
    labels: dict[str, list[str]] = {}
    number = 0
    for title, ((sub, indikator, target), rows) in spec["sheets"].items():
        sheet = book.create_sheet(title)
        if spec["layout"] == "short_labels":
            sheet.append(["DOKUMEN PELAKSANAAN ANGGARAN / RKA"])
        for text in (
            "RENCANA KERJA DAN ANGGARAN",
            "SATUAN KERJA PERANGKAT DAERAH",
            "PEMERINTAH KOTA SAMARINDA",
            "TAHUN ANGGARAN 2026",
        ):
            sheet.append([text])
        sheet.append([])
        values = {
            "urusan": "URUSAN PEMERINTAHAN",
            "bidang": spec["bidang"],
            "program": sub.split(".")[0] + " - PROGRAM",
            "kegiatan": sub.rsplit(".", 1)[0],
            "sub": sub,
            "opd": spec["opd"],
            "lokasi": "Kota Samarinda",
            "dana": "DAU",
        }
        for label, key in HEADER_BLOCK:
            sheet.append([label, None, ":", values[key]])
        sheet.append(["Indikator", None, None, "Tolok Ukur", None, None, None, "Target"])
        sheet.append(["Keluaran", None, None, indikator, None, None, None, target])
        sheet.append([])
        sheet.append([label for label, _ in columns])
        grand_total = 0
        group_row: list[object] | None = None
        group_sum = 0
        table: list[list[object]] = []

        def close_group() -> None:
            if group_row is not None:
                group_row[-1] = group_sum

        for row in rows:
            if isinstance(row, tuple):
                close_group()
                group_row = [None] * len(columns)
                fields = [field for _, field in columns]
                group_row[fields.index("kode")] = row[1]
                group_row[fields.index("uraian")] = row[2]
                group_sum = 0
                table.append(group_row)
                continue
            number += 1
            jumlah = (
                row["jumlah"]
                if row["jumlah"] is not None
                else correct_total(row["vol"], row["harga"], row["ppn"])
            )
            group_sum += jumlah
            grand_total += jumlah
            cell = {
                "no": number,
                "kode": None,
                "uraian": row["uraian"],
                "spek": row["spek"],
                "koef": row["koef"],
                "vol": row["vol"],
                "sat": row["sat"],
                "harga": row["harga"],
                "ppn": row["ppn"],
                "ppn_text": f"{row['ppn']}%",
                "jumlah": jumlah,
            }
            table.append([cell[field] for _, field in columns])
            labels[str(number)] = row["labels"]
        close_group()
        for line in table:
            sheet.append(line)
        total: list[object] = [None] * len(columns)
        total[2] = "Jumlah Total Sub Kegiatan"
        total[-1] = grand_total
        sheet.append(total)
    book.save(DATA / f"{name}.xlsx")
    return labels


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    write_ssh(DATA / "ssh_blind3_2026.xlsx")
    write_sbu(DATA / "sbu_hspk_blind3_2026.xlsx")
    manifest = []
    for name, spec in RKAS.items():
        labels = write_rka(name, spec)
        (DATA / f"{name}.labels.json").write_text(json.dumps({"labels": labels}, indent=1) + "\n")
        manifest.append(
            {
                "rka": f"{name}.xlsx",
                "labels": f"{name}.labels.json",
                "catalogues": ["ssh_blind3_2026.xlsx", "sbu_hspk_blind3_2026.xlsx"],
            }
        )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
