"""Writes the account development set (tests/accounts_dev/data): ACCOUNT_MISMATCH on RKAs whose
kode rekening are written the Permendagri 90 way by someone who never read the reviewer's rules.

Every item, price, code and name here is invented for this set (no evaluation set was opened).
The lines are booked correctly in the forms that raised false alarms: codes no official list has
(plausible objek/rincian numbers), account names written differently or abbreviated ("Bel. ATK"),
belanja jasa (sewa, kebersihan, honorarium, perjalanan dinas, pemeliharaan), durable items below
the capitalisation threshold under belanja barang, belanja modal sub-accounts (komputer, mebel,
alat kedokteran, kendaraan, gedung), PPN lines, and accounts inherited across sheets and pages.
A fair share are booked wrongly (a fixed asset under pakai habis, paper under belanja modal, a
rental under a purchase account, food under ATK): those are labelled ACCOUNT_MISMATCH.

The catalogue carries a kode barang on some rows only. Two splits: ``dev`` (tuned on) and
``holdout`` (scored once before and once after the change, never debugged on). Only
ACCOUNT_MISMATCH is labelled: read that row of the score, not the others.

.venv/bin/python services/rka_review/tests/accounts_dev/generate.py
.venv/bin/python services/rka_review/tests/accounts_dev/score.py [--split dev|holdout]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ACC = "ACCOUNT_MISMATCH"


def _writers() -> ModuleType:
    """The judge set's layout writers (multi-sheet workbook, two-page SIPD-like printout)."""
    path = HERE.parent / "judge_dev" / "generate.py"
    spec = importlib.util.spec_from_file_location("judge_dev_writers", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["judge_dev_writers"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


W = _writers()
Line = W.Line

# (kode barang or None, uraian, spesifikasi, satuan, harga): a kode barang on some rows only.
CATALOGUE = [
    ("1.1.7.01.03.01.001", "Kertas HVS", "A4 70 gram", "Rim", 62_000),
    (None, "Pulpen", "Tinta hitam 0,5 mm", "Buah", 4_500),
    ("1.1.7.01.03.02.004", "Stapler", "Ukuran sedang No. 10", "Buah", 38_000),
    (None, "Map Ordner", "Folio punggung 7 cm", "Buah", 35_000),
    ("1.1.7.01.03.07.001", "Toner Printer Laser", "Hitam, 1.500 halaman", "Buah", 850_000),
    (None, "Flashdisk", "32 GB USB 3.0", "Buah", 95_000),
    ("1.3.2.05.01.04.002", "Kursi Plastik", "Tanpa sandaran tangan", "Buah", 95_000),
    ("1.3.2.05.01.04.001", "Meja Kerja Pegawai", "Kayu olahan 120 x 60 cm", "Unit", 2_450_000),
    (None, "Lemari Arsip Besi", "4 laci, kunci tengah", "Unit", 3_900_000),
    ("1.3.2.10.01.02.002", "Laptop", "Core i5, RAM 8 GB, SSD 512 GB", "Unit", 13_500_000),
    (None, "Personal Computer", "Core i5, monitor 22 inci", "Unit", 12_200_000),
    (None, "Mouse Wireless", "2,4 GHz", "Buah", 150_000),
    ("1.3.2.07.01.01.010", "Tensimeter Digital", "Lengan atas, otomatis", "Unit", 1_150_000),
    (None, "Stetoskop", "Dual head dewasa", "Buah", 650_000),
    ("1.3.2.07.01.05.002", "Tempat Tidur Periksa Pasien", "Rangka besi, matras", "Unit", 4_800_000),
    ("1.3.2.02.01.04.001", "Sepeda Motor", "110 cc, transmisi otomatis", "Unit", 21_500_000),
    (None, "Mobil Minibus", "1.500 cc, 7 penumpang", "Unit", 285_000_000),
    (None, "Sewa Tenda", "4 x 6 m termasuk pemasangan", "Unit", 750_000),
    (None, "Sewa Kursi Futura", "Dengan sarung kursi", "Buah", 8_000),
    (None, "Sewa Kendaraan Roda Empat", "Termasuk pengemudi dan BBM", "Hari", 850_000),
    (None, "Sewa Laptop", "Core i5, per hari", "Unit", 150_000),
    (None, "Jasa Kebersihan Gedung", "Tenaga kebersihan harian", "OB", 3_200_000),
    (None, "Honorarium Narasumber", "Eselon III, per jam", "OJ", 900_000),
    (None, "Uang Harian Perjalanan Dinas Luar Kota", "Dalam provinsi", "OH", 380_000),
    (None, "Servis AC Split", "Cuci unit dan isi freon", "Unit", 250_000),
    (None, "Servis Berkala Sepeda Motor", "Ganti oli dan tune up", "Kali", 175_000),
    (None, "Nasi Kotak", "Rapat, lauk dua macam", "Kotak", 40_000),
    (None, "Snack Rapat", "Dua jenis kue", "Kotak", 18_000),
    ("1.3.3.01.01.01.001", "Pembangunan Gedung Kantor", "Permanen, satu lantai", "M2", 5_500_000),
    (None, "Cat Tembok Interior", "25 kg", "Pail", 1_250_000),
    ("1.3.2.02.01.01.003", "Bus Sedang", "Kapasitas 29 penumpang", "Unit", 685_000_000),
    ("1.1.7.01.03.07.002", "Tinta Printer Inkjet", "Botol 70 ml", "Botol", 95_000),
    ("1.3.2.05.02.06.001", "AC Split", "1 PK, standar", "Unit", 4_900_000),
]

# Account rows as their authors wrote them: official codes, plausible codes no list has, names in
# full, abbreviated or re-punctuated.
ATK = ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")
ATK_SHORT = ("5.1.02.01.01.0024", "Bel. ATK")
KERTAS = ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor - Kertas dan Cover")
BAHAN_KOMPUTER = ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer")
PERABOT = ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor")
ALKES_HABIS = ("5.1.02.01.01.0087", "Belanja Alat Kesehatan Habis Pakai Puskesmas")
BAHAN_BANGUNAN = ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Bangunan dan Konstruksi")
MAMIN = ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat")
MAMIN_SHORT = ("5.1.02.01.01.0052", "Bel. Mamin Rapat")
HONOR = ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia")
KEBERSIHAN = ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Kebersihan")
SEWA_TENDA = ("5.1.02.02.03.0041", "Belanja Sewa Tenda")
SEWA_KURSI = ("5.1.02.02.03.0045", "Blj. Sewa Kursi")
SEWA_MOBIL = ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang")
PERJADIN = ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa")
PEMELIHARAAN_AC = ("5.1.02.03.02.0117", "Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin")
PEMELIHARAAN_MOTOR = (
    "5.1.02.03.02.0035",
    "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua",
)
MODAL_PC = ("5.2.02.10.01.0002", "Belanja Modal Personal Computer")
MODAL_PC_SHORT = ("5.2.02.10.01.0002", "Bel. Modal Komputer Unit")
MODAL_PC_OTHER = ("5.2.02.10.01.0009", "Belanja Modal Komputer Unit Lainnya")
MODAL_KOMPUTER_PERIF = ("5.2.02.10.02.0005", "Belanja Modal Peralatan Komputer Lainnya")
MODAL_MEBEL = ("5.2.02.05.01.0001", "Belanja Modal Mebel")
MODAL_ARSIP = ("5.2.02.05.01.0007", "Belanja Modal Alat Penyimpan Perlengkapan Kantor")
MODAL_KEDOKTERAN = ("5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum")
MODAL_MOTOR = ("5.2.02.02.01.0004", "Belanja Modal Kendaraan Bermotor Beroda Dua")
MODAL_MOBIL = ("5.2.02.02.01.0002", "Belanja Modal Kendaraan Bermotor Penumpang")
MODAL_GEDUNG = ("5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor")

SUB_PUSKESMAS = (
    "1.02.02.2.01.0024 - Pengadaan Alat Kesehatan Puskesmas",
    "Jumlah Puskesmas yang Alat Kesehatannya Terpenuhi",
    "6 Puskesmas",
)
SUB_POSYANDU = (
    "1.02.02.2.02.0011 - Pembinaan Kader Posyandu",
    "Jumlah Kader Posyandu yang Dibina",
    "240 Orang",
)
SUB_KANTOR = (
    "2.17.01.2.02.0001 - Penyediaan Peralatan dan Perlengkapan Kantor",
    "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
    "1 Paket",
)
SUB_RAKOR = (
    "2.17.01.2.06.0009 - Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "Jumlah Laporan Penyelenggaraan Rapat Koordinasi",
    "12 Laporan",
)
SUB_KENDARAAN = (
    "1.03.01.2.07.0002 - Pengadaan Kendaraan Dinas Operasional atau Lapangan",
    "Jumlah Unit Kendaraan Dinas Operasional yang Disediakan",
    "3 Unit",
)
SUB_GEDUNG = (
    "1.03.01.2.07.0010 - Pembangunan Gedung Kantor",
    "Jumlah Gedung Kantor yang Dibangun",
    "1 Unit",
)
SUB_SEKOLAH = (
    "1.01.02.2.01.0016 - Pengadaan Perlengkapan Sekolah",
    "Jumlah Sekolah yang Menerima Perlengkapan",
    "14 Sekolah",
)
SUB_SOSIALISASI = (
    "1.01.02.2.01.0030 - Sosialisasi Penerimaan Peserta Didik Baru",
    "Jumlah Peserta Sosialisasi",
    "400 Orang",
)
SUB_PAJAK = (
    "5.02.02.2.01.0003 - Pendataan dan Pendaftaran Objek Pajak Daerah",
    "Jumlah Objek Pajak yang Terdata",
    "5.000 Objek",
)

Rows = list[object]

# dev: a health office workbook (two sheets), an office-services printout and a public-works workbook.
DINKES: dict[str, tuple[tuple[str, str, str], Rows]] = {
    "Alkes Puskesmas": (
        SUB_PUSKESMAS,
        [
            MODAL_KEDOKTERAN,
            Line("Tensimeter Digital", "Lengan atas otomatis", 12, "Unit", 1_150_000),
            Line("Tempat Tidur Periksa Pasien", "Rangka besi", 6, "Unit", 4_800_000),
            Line("PPN 11% alat kedokteran", None, 1, "Paket", 4_686_000),
            ALKES_HABIS,
            # A durable item below the threshold, expensed: correct.
            Line("Stetoskop dewasa", "Dual head", 12, "Buah", 650_000),
            MODAL_PC_OTHER,
            Line("Laptop pendaftaran pasien", "Core i5 RAM 8 GB", 6, "Unit", 13_500_000),
            ATK,
            Line("Kertas HVS A4", "70 gram", 30, "Rim", 62_000),
            Line("Stapler", "No. 10", 12, "Buah", 38_000),
            # A fixed asset above the threshold under pakai habis.
            Line("Tempat tidur periksa pasien", "Rangka besi, matras", 2, "Unit", 4_800_000, [ACC]),
        ],
    ),
    "Kader Posyandu": (
        SUB_POSYANDU,
        [
            MAMIN_SHORT,
            Line("Nasi Kotak", "Peserta pembinaan", 240, "Kotak", 40_000),
            Line("Snack Rapat", "Peserta pembinaan", 240, "Kotak", 18_000),
            HONOR,
            Line("Honorarium Narasumber", "Eselon III", 8, "OJ", 900_000, koef="2 Orang x 4 Jam"),
            SEWA_TENDA,
            Line("Sewa Tenda", "4 x 6 m", 4, "Unit", 750_000),
            ATK_SHORT,
            Line("Pulpen", "Tinta hitam", 240, "Buah", 4_500),
            Line("Map Ordner", "Folio", 20, "Buah", 35_000),
            # A meal booked under the stationery account.
            Line("Nasi kotak panitia", None, 20, "Kotak", 40_000, [ACC]),
            # A rental under a purchase account.
            Line("Sewa kursi futura", "Bersarung", 240, "Buah", 8_000, [ACC]),
            PERJADIN,
            Line("Uang Harian Perjalanan Dinas Luar Kota", "Dalam provinsi", 6, "OH", 380_000),
        ],
    ),
}

UMUM: Rows = [
    MODAL_PC_SHORT,
    Line("Laptop", "Core i5, RAM 8 GB, SSD 512 GB", 4, "Unit", 13_500_000),
    Line("Personal Computer", "Core i5, monitor 22 inci", 2, "Unit", 12_200_000),
    Line("PPN 11%", None, 1, "Ls", 8_624_000),
    # Paper under belanja modal.
    Line("Kertas HVS", "A4 70 gram", 20, "Rim", 62_000, [ACC]),
    MODAL_MEBEL,
    Line("Meja Kerja Pegawai", "Kayu olahan 120 x 60 cm", 6, "Unit", 2_450_000),
    # A cheap chair under belanja modal: below the capitalisation threshold.
    Line("Kursi plastik", "Tanpa sandaran tangan", 30, "Buah", 95_000, [ACC]),
    MODAL_ARSIP,
    Line("Lemari Arsip Besi", "4 laci", 2, "Unit", 3_900_000),
    PERABOT,
    Line("Kursi Plastik", "Tanpa sandaran tangan", 40, "Buah", 95_000),
    # A desk above the threshold under pakai habis.
    Line("Meja kerja pegawai", "Kayu olahan", 3, "Unit", 2_450_000, [ACC]),
    BAHAN_KOMPUTER,
    Line("Toner Printer Laser", "Hitam", 10, "Buah", 850_000),
    Line("Flashdisk", "32 GB", 12, "Buah", 95_000),
    Line("Mouse Wireless", None, 8, "Buah", 150_000),
    KEBERSIHAN,
    Line("Jasa Kebersihan Gedung", "Tenaga harian", 24, "OB", 3_200_000, koef="2 Orang x 12 Bulan"),
    PEMELIHARAAN_AC,
    Line("Servis AC Split", "Cuci dan isi freon", 16, "Unit", 250_000),
    SEWA_MOBIL,
    Line("Sewa Kendaraan Roda Empat", "Dengan pengemudi", 10, "Hari", 850_000),
    MODAL_KOMPUTER_PERIF,
    # A consumable under belanja modal.
    Line("Toner printer laser", "Hitam 1.500 halaman", 6, "Buah", 850_000, [ACC]),
]

KENDARAAN: dict[str, tuple[tuple[str, str, str], Rows]] = {
    "Kendaraan": (
        SUB_KENDARAAN,
        [
            MODAL_MOTOR,
            Line("Sepeda Motor", "110 cc matic", 3, "Unit", 21_500_000),
            MODAL_MOBIL,
            Line("Mobil Minibus", "1.500 cc, 7 penumpang", 1, "Unit", 285_000_000),
            Line("PPN", "11%", 1, "Paket", 38_445_000),
            PEMELIHARAAN_MOTOR,
            Line("Servis Berkala Sepeda Motor", "Ganti oli", 12, "Kali", 175_000),
            ("5.1.02.01.01.0040", "Belanja Suku Cadang-Suku Cadang Alat Angkutan Darat Bermotor"),
            Line("Aki kendaraan", "Kering 12V 70 Ah", 2, "Buah", 1_450_000),
            Line("Ban mobil", "Ring 16 tubeless", 8, "Buah", 1_250_000),
            BAHAN_KOMPUTER,
            # A vehicle under pakai habis.
            Line("Sepeda motor lapangan", "110 cc", 1, "Unit", 21_500_000, [ACC]),
        ],
    ),
    "Gedung": (
        SUB_GEDUNG,
        [
            MODAL_GEDUNG,
            Line("Pembangunan Gedung Kantor", "Permanen satu lantai", 240, "M2", 5_500_000),
            Line("Cat tembok interior", "25 kg", 20, "Pail", 1_250_000),
            Line("Jasa konsultansi perencanaan gedung", "Termasuk DED", 1, "Paket", 185_000_000),
            Line("Pemasangan instalasi listrik gedung", "Termasuk panel", 1, "Paket", 96_000_000),
            # A fee for the procurement officials: belanja barang dan jasa, not the building's cost.
            Line("Honorarium pejabat pengadaan", None, 3, "OK", 750_000, [ACC]),
            ("5.2.04.03.01.0001", "Belanja Modal Instalasi Air Bersih/Air Baku"),
            Line("Pompa air submersible", "2 HP, termasuk panel kontrol", 2, "Unit", 8_500_000),
            Line("Pipa HDPE", "Diameter 3 inci", 120, "Meter", 95_000),
            # A laptop is equipment (5.2.02.10) wherever it is used.
            Line("Laptop operator instalasi", "Core i5", 1, "Unit", 13_500_000, [ACC]),
            BAHAN_BANGUNAN,
            Line("Cat Tembok Interior", "25 kg", 6, "Pail", 1_250_000),
            ("5.1.02.02.04.0038", "Belanja Sewa Kendaraan Bermotor Angkutan Orang"),
            Line("Sewa bus sedang peninjauan lokasi", "29 penumpang dengan pengemudi", 2, "Hari", 3_500_000),
            ("5.2.02.10.02.0003", "Belanja Modal Printer"),
            Line("Printer inkjet tinta botol", "A4, print scan copy", 2, "Unit", 3_250_000),
            Line("Tinta printer inkjet", "Botol 70 ml", 12, "Botol", 95_000, [ACC]),
            ATK,
            # A rental (the site car) under stationery.
            Line("Sewa kendaraan roda empat pengawasan", "Dengan pengemudi", 6, "Hari", 850_000, [ACC]),
        ],
    ),
}

# holdout: a school workbook (two sheets) and a revenue-office printout.
DISDIK: dict[str, tuple[tuple[str, str, str], Rows]] = {
    "Perlengkapan": (
        SUB_SEKOLAH,
        [
            MODAL_PC,
            Line("Laptop guru", "Core i5 RAM 8 GB SSD 512 GB", 14, "Unit", 13_500_000),
            Line("PPN 11% laptop", None, 1, "Paket", 20_790_000),
            ("5.2.02.05.01.0003", "Bel. Modal Meubelair Sekolah"),
            Line("Meja kerja guru", "Kayu olahan 120 x 60", 14, "Unit", 2_450_000),
            Line("Lemari arsip besi", "4 laci", 14, "Unit", 3_900_000),
            ("5.1.02.01.01.0030", "Belanja Perabot Kantor"),
            Line("Kursi plastik siswa", "Tanpa sandaran tangan", 120, "Buah", 95_000),
            ("5.1.02.01.01.0024", "Bel. Alat/Bahan Keg. Kantor - ATK"),
            Line("Stapler", "Ukuran sedang", 14, "Buah", 38_000),
            Line("Pulpen", "Hitam", 200, "Buah", 4_500),
            # A laptop under stationery.
            Line("Laptop administrasi sekolah", "Core i5", 2, "Unit", 13_500_000, [ACC]),
            # A vehicle-free sub-kegiatan, but a desk under a computer account.
            ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
            Line("Meja kerja pegawai", "Kayu olahan", 4, "Unit", 2_450_000, [ACC]),
            Line("Flashdisk", "32 GB", 28, "Buah", 95_000, [ACC]),
        ],
    ),
    "Sosialisasi PPDB": (
        SUB_SOSIALISASI,
        [
            ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
            Line("Snack Rapat", "Peserta sosialisasi", 400, "Kotak", 18_000),
            ("5.1.02.02.03.0041", "Belanja Sewa Tenda dan Perlengkapan Acara"),
            Line("Sewa Tenda", "4 x 6 m", 3, "Unit", 750_000),
            Line("Sewa Kursi Futura", "Bersarung", 400, "Buah", 8_000),
            ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber"),
            Line("Honorarium Narasumber", "Eselon III", 6, "OJ", 900_000, koef="3 Orang x 2 Jam"),
            # Food under the honorarium account.
            Line("Nasi kotak narasumber", None, 6, "Kotak", 40_000, [ACC]),
            ("5.1.02.01.01.0026", "Belanja Bahan Cetak"),
            Line("Kertas HVS", "A4 70 gram", 10, "Rim", 62_000),
        ],
    ),
}

BAPENDA: Rows = [
    ("5.1.02.04.01.0001", "Bel. Perjadin Biasa"),
    Line("Uang harian perjalanan dinas luar kota", "Pendataan", 20, "OH", 380_000, koef="5 Orang x 4 Hari"),
    ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan"),
    Line("Sewa kendaraan roda empat", "Dengan pengemudi dan BBM", 8, "Hari", 850_000),
    ("5.1.02.01.01.0029", "Bel. Alat/Bahan Kegiatan Kantor - Bahan Komputer"),
    Line("Toner printer laser", "Hitam", 4, "Buah", 850_000),
    Line("Mouse wireless", None, 10, "Buah", 150_000),
    ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
    # A rental laptop under a purchase account.
    Line("Sewa laptop petugas pendataan", "Per hari", 40, "Unit", 150_000, [ACC]),
    ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    Line("Personal Computer", "Core i5 monitor 22 inci", 3, "Unit", 12_200_000),
    Line("Laptop", "Core i5 RAM 8 GB", 2, "Unit", 13_500_000),
    # Travel allowance under belanja modal.
    Line("Uang harian petugas pendataan", None, 10, "OH", 380_000, [ACC]),
    ("5.1.02.03.02.0035", "Belanja Pemeliharaan Kendaraan Roda Dua"),
    Line("Servis berkala sepeda motor", "Ganti oli dan tune up", 8, "Kali", 175_000),
    ("5.1.02.02.01.0013", "Bel. Jasa Kebersihan"),
    Line("Jasa kebersihan gedung", "Harian", 12, "OB", 3_200_000),
]

SUB_RUANG_RAPAT = (
    "5.01.01.2.02.0005 - Penyediaan Sarana Ruang Rapat Bappeda",
    "Jumlah Ruang Rapat yang Dilengkapi Sarananya",
    "2 Ruang",
)
SUB_MUSRENBANG = (
    "5.01.01.2.02.0002 - Penyelenggaraan Musyawarah Perencanaan Pembangunan Kota",
    "Jumlah Dokumen Hasil Musrenbang",
    "1 Dokumen",
)
SUB_PELATIHAN_JAHIT = (
    "2.07.02.2.01.0004 - Pelatihan Keterampilan Menjahit bagi Pencari Kerja",
    "Jumlah Peserta Pelatihan Keterampilan",
    "40 Orang",
)
SUB_PERPUSTAKAAN = (
    "2.23.02.2.01.0003 - Pengembangan Koleksi Perpustakaan Daerah",
    "Jumlah Koleksi Buku yang Ditambah",
    "1.500 Eksemplar",
)

# dev: items the catalogue does not carry, judged from the account name and the item's category.
BAPPEDA: dict[str, tuple[tuple[str, str, str], Rows]] = {
    "Ruang Rapat": (
        SUB_RUANG_RAPAT,
        [
            ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
            Line("AC Split 1,5 PK", "Inverter, termasuk pemasangan", 2, "Unit", 6_750_000),
            ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
            Line("Proyektor LCD", "4.000 lumen", 1, "Unit", 7_400_000),
            Line("Layar proyektor tripod", "70 inci", 1, "Unit", 1_350_000),
            ("5.2.02.05.01.0001", "Bel. Modal Meubelair"),
            Line("Kursi rapat hidrolik", "Sandaran jaring", 20, "Buah", 1_250_000),
            Line("Meja rapat oval", "Kapasitas 20 orang", 1, "Unit", 14_500_000),
            ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor"),
            Line("Dispenser air minum", "Panas dan normal", 2, "Unit", 450_000),
            Line("Tempat sampah stainless", "Injak 20 liter", 4, "Buah", 275_000),
            # An air conditioner above the threshold under pakai habis.
            Line("AC split 1 PK", "Standar", 1, "Unit", 4_900_000, [ACC]),
            ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
            Line("Kabel roll", "4 lubang, 10 meter", 4, "Buah", 185_000),
            Line("Lampu LED", "18 watt", 24, "Buah", 45_000),
            ("5.1.02.03.03.0001", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Kantor"),
            Line("Pengecatan ulang ruang rapat", "Termasuk bahan dan upah", 120, "M2", 65_000),
            Line("Penggantian plafon gypsum", "Termasuk rangka", 36, "M2", 185_000),
        ],
    ),
    "Musrenbang": (
        SUB_MUSRENBANG,
        [
            ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber atau Pembahas, Moderator, dan Panitia"),
            Line("Honor panitia pelaksana", "Pegawai daerah", 10, "OK", 450_000),
            Line("Honor moderator", None, 2, "OK", 700_000),
            ("5.1.02.02.03.0012", "Belanja Sewa Peralatan dan Perlengkapan Acara"),
            Line("Sewa sound system", "2.000 watt dengan operator", 2, "Hari", 1_500_000),
            Line("Sewa genset", "20 kVA", 2, "Hari", 2_250_000),
            Line("Meja lipat (sewa)", "Dengan taplak", 30, "Buah", 25_000),
            Line("Laptop dan proyektor (sewa)", "Paket presentasi", 2, "Hari", 1_100_000),
            ("5.1.02.02.12.0004", "Belanja Langganan Aplikasi"),
            Line("Langganan aplikasi rapat daring", "Lisensi 1 tahun, 300 peserta", 1, "Tahun", 4_800_000),
            ("5.1.02.02.09.0006", "Belanja Sewa Bangunan Gedung Tempat Pertemuan"),
            Line("Sewa aula hotel", "Kapasitas 300 orang", 1, "Hari", 12_500_000),
            ("5.1.02.01.01.0052", "Bel. Makan Minum Rapat"),
            Line("Makan siang peserta", "Prasmanan", 300, "Orang", 55_000),
            Line("Air mineral gelas", "Kardus isi 48", 20, "Dus", 32_000),
            # A rented sound system under the meals account.
            Line("Sewa LED videotron", "3 x 4 m", 1, "Hari", 6_500_000, [ACC]),
            ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
            Line("Cetak spanduk", "Flexi 280 gram", 18, "M2", 38_000),
            Line("Penggandaan dokumen", "A4 bolak-balik", 3_000, "Lembar", 300),
            # Lunch boxes under printing.
            Line("Konsumsi rapat persiapan", "Nasi kotak", 40, "Kotak", 40_000, [ACC]),
            ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
            Line("Transport lokal peserta kecamatan", None, 60, "OK", 150_000),
            ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
            Line("Tiket pesawat Samarinda - Jakarta PP", "Ekonomi", 2, "Orang", 3_850_000),
            Line("Biaya penginapan", "Hotel golongan III", 6, "Malam", 750_000, koef="2 Orang x 3 Malam"),
        ],
    ),
}

# dev printout: unknown-but-plausible codes, capitalised services, cheap books under belanja modal.
PELATIHAN: Rows = [
    ("5.1.02.01.01.0199", "Belanja Bahan Praktik Peserta Pelatihan"),
    Line("Kain katun", "Lebar 150 cm", 120, "Meter", 35_000),
    Line("Benang jahit", "Gulungan besar", 40, "Gulung", 12_000),
    Line("Gunting kain", "10 inci", 40, "Buah", 65_000),
    ("5.2.02.99.99.0001", "Belanja Modal Peralatan dan Mesin Lainnya"),
    Line("Mesin jahit portable", "Listrik, 200 watt", 10, "Unit", 3_450_000),
    Line("Mesin obras", "Benang empat", 2, "Unit", 4_200_000),
    # Thread under belanja modal: a consumable.
    Line("Benang obras", "Isi 4 gulung", 20, "Pak", 48_000, [ACC]),
    ("5.1.02.02.01.0004", "Bel. Honor Instruktur"),
    Line("Honorarium instruktur menjahit", "Per jam pelajaran", 48, "OJ", 300_000),
    ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan"),
    Line("Snack peserta pelatihan", None, 400, "Kotak", 18_000),
    ("5.1.02.01.01.0024", "Bel. ATK"),
    Line("ATK peserta", "Buku, pulpen, map", 40, "Paket", 35_000),
    Line("Mesin jahit industri", "High speed", 2, "Unit", 6_900_000, [ACC]),
]
PERPUSTAKAAN: Rows = [
    ("5.2.05.01.01.0001", "Belanja Modal Buku Umum"),
    Line("Buku bacaan anak", "Cerita bergambar", 600, "Eksemplar", 65_000),
    Line("Buku referensi ensiklopedia", "Hard cover", 40, "Eksemplar", 450_000),
    ("5.2.02.10.02.0002", "Belanja Modal Peralatan Komputer - Printer"),
    Line("Printer label barcode", "Thermal", 2, "Unit", 3_600_000),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    Line("Tenaga input katalog", "Lulusan SMA", 6, "OB", 3_100_000),
    ("5.1.02.01.01.0026", "Belanja Bahan Cetak"),
    Line("Cetak label barcode buku", "Stiker", 1_500, "Lembar", 1_200),
    # Books for the collection under printing supplies: they are assets (buku perpustakaan).
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    Line("Rak buku besi", "5 susun, 2 muka", 6, "Unit", 2_850_000, [ACC]),
]


def write_catalogue(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "SSH"
    sheet.append(["STANDAR SATUAN HARGA BARANG DAN JASA KOTA CONTOH TAHUN 2027"])
    sheet.append([])
    sheet.append(["No", "Kode Barang", "Uraian Barang/Jasa", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"])
    for number, (kode, uraian, spek, satuan, harga) in enumerate(CATALOGUE, start=1):
        sheet.append([number, kode, uraian, spek, satuan, harga])
    book.save(path)


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    catalogue = "ssh_accounts_dev_2027.xlsx"
    write_catalogue(DATA / catalogue)
    manifest = []

    def add(rka: str, split: str, labels: dict[str, list[str]]) -> None:
        name = rka.rsplit(".", 1)[0]
        (DATA / f"{name}.labels.json").write_text(json.dumps({"labels": labels}, indent=1) + "\n")
        manifest.append(
            {"rka": rka, "labels": f"{name}.labels.json", "catalogues": [catalogue], "split": split}
        )

    add(
        "rka_dinkes_2027.xlsx",
        "dev",
        W.write_workbook(DATA / "rka_dinkes_2027.xlsx", DINKES, "1.02.0.00.0.00.01.0000 - Dinas Kesehatan"),
    )
    add(
        "rka_setda_umum_2027.pdf",
        "dev",
        W.write_printout(
            DATA / "rka_setda_umum_2027.pdf",
            "2.17.0.00.0.00.01.0000 - Sekretariat Daerah",
            SUB_KANTOR,
            UMUM,
            split_at=14,
        ),
    )
    add(
        "rka_dpupr_2027.xlsx",
        "dev",
        W.write_workbook(
            DATA / "rka_dpupr_2027.xlsx", KENDARAAN, "1.03.0.00.0.00.01.0000 - Dinas Pekerjaan Umum"
        ),
    )
    add(
        "rka_disdik_2027.xlsx",
        "holdout",
        W.write_workbook(DATA / "rka_disdik_2027.xlsx", DISDIK, "1.01.0.00.0.00.01.0000 - Dinas Pendidikan"),
    )
    add(
        "rka_bapenda_2027.pdf",
        "holdout",
        W.write_printout(
            DATA / "rka_bapenda_2027.pdf",
            "5.02.0.00.0.00.01.0000 - Badan Pendapatan Daerah",
            SUB_PAJAK,
            BAPENDA,
            split_at=9,
        ),
    )
    add(
        "rka_bappeda_2027.xlsx",
        "dev",
        W.write_workbook(DATA / "rka_bappeda_2027.xlsx", BAPPEDA, "5.01.0.00.0.00.01.0000 - Bappeda"),
    )
    add(
        "rka_disnaker_2027.pdf",
        "dev",
        W.write_printout(
            DATA / "rka_disnaker_2027.pdf",
            "2.07.0.00.0.00.01.0000 - Dinas Tenaga Kerja",
            SUB_PELATIHAN_JAHIT,
            PELATIHAN,
            split_at=7,
        ),
    )
    add(
        "rka_dispusip_2027.pdf",
        "holdout",
        W.write_printout(
            DATA / "rka_dispusip_2027.pdf",
            "2.23.0.00.0.00.01.0000 - Dinas Perpustakaan dan Kearsipan",
            SUB_PERPUSTAKAAN,
            PERPUSTAKAAN,
            split_at=5,
        ),
    )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
