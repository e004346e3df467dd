"""Development set for matching by meaning and catalogue-grounded accounts (used for tuning).

Written for issue 12 from the author's own items (none taken from an evaluation set): a catalogue
in a layout the reviewer had not seen (title block, ``Kode Barang`` and ``Rekening Belanja``
columns, prices as text) and two RKAs whose lines name the catalogue's items in other words
(synonyms, abbreviations, other word order, brand noise), plus items that look alike but differ
by material or size and must not match. Labels cover the types the match stage decides:
OVERPRICED, NO_PRICE_REFERENCE and ACCOUNT_MISMATCH.

Run ``python services/rka_review/tests/devmatch/generate.py`` to (re)write ``data/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

DATA = Path(__file__).parent / "data"

# key: (kode barang, uraian, spesifikasi, satuan, harga as printed, rekening belanja)
CATALOGUE = {
    "laptop_i5": ("1.3.2.10.01.02.002", "Laptop", "Core i5, RAM 8 GB, SSD 512 GB, 14 inci", "Unit", "Rp 12.750.000", "5.2.02.10.01.0002"),
    "laptop_i7": ("1.3.2.10.01.02.002", "Laptop", "Core i7, RAM 16 GB, SSD 1 TB, 14 inci", "Unit", "Rp 18.900.000", "5.2.02.10.01.0002"),
    "pc": ("1.3.2.10.01.02.001", "Personal Computer", "Core i5, RAM 8 GB, monitor 21 inci", "Unit", "Rp 11.400.000", "5.2.02.10.01.0002"),
    "printer_laser": ("1.3.2.10.02.03.003", "Printer Laser Hitam Putih", "Ukuran kertas A4, 30 ppm", "Unit", "Rp 3.250.000", "5.2.02.10.02.0003"),
    "scanner": ("1.3.2.10.02.03.004", "Scanner Dokumen", "A4, ADF 50 lembar", "Unit", "Rp 5.600.000", "5.2.02.10.02.0003"),
    "ac_1pk": ("1.3.2.05.02.04.001", "AC Split", "1 PK, inverter", "Unit", "Rp 5.200.000", "5.2.02.05.02.0006"),
    "proyektor": ("1.3.2.06.01.01.005", "Proyektor", "3600 lumen, XGA", "Unit", "Rp 7.800.000", "5.2.02.06.01.0005"),
    "layar": ("1.3.2.06.01.01.006", "Screen Proyektor Tripod", "70 inci", "Buah", "Rp 800.000", "5.1.02.01.01.0024"),
    "hitung_uang": ("1.3.2.05.01.04.002", "Mesin Penghitung Uang", "Deteksi UV/MG/IR", "Unit", "Rp 4.200.000", "5.2.02.05.01.0004"),
    "ukur_laser": ("1.3.2.03.03.01.010", "Alat Ukur Jarak Laser", "Jangkauan 40 m", "Unit", "Rp 1.650.000", "5.2.02.03.03.0001"),
    "kursi_putar": ("1.3.2.05.02.01.003", "Kursi Kerja Putar", "Sandaran jaring, roda 5", "Buah", "Rp 1.350.000", "5.2.02.05.02.0001"),
    "switch": ("1.3.2.10.02.04.001", "Switch Hub 24 Port Managed", "Gigabit, rack 1U", "Unit", "Rp 6.200.000", "5.2.02.10.02.0004"),
    "ap": ("1.3.2.10.02.04.005", "Wireless Access Point Indoor", "Dual band, PoE", "Unit", "Rp 2.300.000", "5.2.02.10.02.0004"),
    "ram8": ("1.1.7.01.01.10.004", "Memori RAM DDR4", "8 GB", "Buah", "Rp 650.000", "5.1.02.01.01.0029"),
    "hdd1": ("1.1.7.01.01.10.006", "Harddisk Eksternal", "1 TB, USB 3.0", "Buah", "Rp 950.000", "5.1.02.01.01.0029"),
    "flashdisk": ("1.1.7.01.01.10.002", "Flashdisk", "64 GB, USB 3.0", "Buah", "Rp 120.000", "5.1.02.01.01.0029"),
    "tinta": ("1.1.7.01.01.10.008", "Tinta Printer", "Hitam, botol 70 ml", "Botol", "Rp 95.000", "5.1.02.01.01.0029"),
    "mouse": ("1.1.7.01.01.10.011", "Mouse Wireless", "Optik, USB receiver", "Buah", "Rp 125.000", "5.1.02.01.01.0029"),
    "keyboard": ("1.1.7.01.01.10.012", "Keyboard USB", "Standar, kabel", "Buah", "Rp 120.000", "5.1.02.01.01.0029"),
    "kabel_utp": ("1.1.7.01.01.10.020", "Kabel UTP Cat 6", "Roll 305 m", "Roll", "Rp 2.450.000", "5.1.02.01.01.0029"),
    "hvs": ("1.1.7.01.01.02.001", "Kertas HVS", "70 gram, A4", "Rim", "Rp 52.000", "5.1.02.01.01.0025"),
    "kue": (None, "Kue Kotak Rapat", "Isi 3 kue", "Kotak", "Rp 20.000", "5.1.02.01.01.0052"),
    "nasi": (None, "Nasi Kotak Rapat", "Nasi, lauk, sayur, buah", "Kotak", "Rp 40.000", "5.1.02.01.01.0052"),
    "honor_narsum": (None, "Honorarium Narasumber Non ASN", "Per jam", "OJ", "Rp 900.000", "5.1.02.02.01.0003"),
    "pvc2": ("1.1.7.01.03.03.001", "Pipa PVC 2\" AW", "Panjang 4 m", "Batang", "Rp 95.000", "5.1.02.01.01.0001"),
    "pvc4": ("1.1.7.01.03.03.002", "Pipa PVC 4\" AW", "Panjang 4 m", "Batang", "Rp 210.000", "5.1.02.01.01.0001"),
    "hdpe2": ("1.1.7.01.03.03.010", "Pipa HDPE 2\" PN10", "Per meter", "Meter", "Rp 48.000", "5.1.02.01.01.0001"),
    "lem_pvc": ("1.1.7.01.03.03.020", "Lem Pipa PVC", "400 gram", "Kaleng", "Rp 32.000", "5.1.02.01.01.0001"),
    "semen": ("1.1.7.01.03.01.001", "Semen Portland", "50 kg", "Sak", "Rp 72.000", "5.1.02.01.01.0001"),
    "pasir": ("1.1.7.01.03.01.005", "Pasir Pasang", "Lokal", "M3", "Rp 265.000", "5.1.02.01.01.0001"),
    "batu_pecah": ("1.1.7.01.03.01.007", "Batu Pecah 2/3", "Mesin", "M3", "Rp 310.000", "5.1.02.01.01.0001"),
    "besi10": ("1.1.7.01.03.02.001", "Besi Beton Polos", "Diameter 10 mm, panjang 12 m", "Batang", "Rp 98.000", "5.1.02.01.01.0001"),
    "besi13": ("1.1.7.01.03.02.002", "Besi Beton Polos", "Diameter 13 mm, panjang 12 m", "Batang", "Rp 165.000", "5.1.02.01.01.0001"),
    "cat": ("1.1.7.01.03.04.001", "Cat Tembok Interior", "Kemasan 5 kg", "Kaleng", "Rp 175.000", "5.1.02.01.01.0001"),
    "meteran": ("1.1.7.01.03.05.002", "Meteran Gulung", "50 m, fiber", "Buah", "Rp 165.000", "5.1.02.01.01.0001"),
    "helm": ("1.1.7.01.05.01.001", "Helm Pengaman Proyek", "SNI, warna putih", "Buah", "Rp 85.000", "5.1.02.01.01.0024"),
    "boot": ("1.1.7.01.05.01.004", "Sepatu Boot Karet", "Ukuran 39-44", "Pasang", "Rp 150.000", "5.1.02.01.01.0024"),
    "pompa": ("1.3.2.01.03.02.004", "Pompa Celup", "1 HP, 220 V", "Unit", "Rp 3.450.000", "5.2.02.01.03.0002"),
    "kran": ("1.1.7.01.03.03.030", "Kran Air Kuningan", "1/2 inci", "Buah", "Rp 55.000", "5.1.02.01.01.0001"),
}

# (uraian, spesifikasi, satuan, volume, harga, account code, account name, labels)
RKA_KOMINFO = (
    "Rka Diskominfo",
    "2.16.03.1.02.05",
    "Pengelolaan Sistem Informasi dan Jaringan Pemerintahan",
    "Jumlah perangkat jaringan dan komputer OPD yang berfungsi",
    [
        ("Komputer jinjing", "Prosesor Core i5, memori 8 GB, SSD 512 GB", "Unit", 4, 13_500_000, "5.2.02.10.01.0002", "Belanja Modal Personal Computer", ["OVERPRICED"]),
        ("Notebook Core i7 16GB", "SSD 1 TB", "Unit", 1, 18_500_000, "5.2.02.10.01.0002", "Belanja Modal Personal Computer", []),
        ("Printer laser monokrom", "kertas A4", "Unit", 2, 3_600_000, "5.2.02.10.02.0003", "Belanja Modal Peralatan Komputer", ["OVERPRICED"]),
        ("Penyejuk ruangan split 1 PK", "inverter", "Unit", 3, 5_900_000, "5.2.02.05.02.0006", "Belanja Modal Alat Pendingin", ["OVERPRICED"]),
        ("Kertas A4 HVS 70 gsm", None, "Rim", 40, 55_000, "5.1.02.01.01.0025", "Belanja Kertas dan Cover", ["OVERPRICED"]),
        ("Modul memori RAM 16 GB DDR4", None, "Buah", 6, 950_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["NO_PRICE_REFERENCE"]),
        ("Hard disk eksternal 2 TB", "USB 3.0", "Buah", 2, 1_250_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["NO_PRICE_REFERENCE"]),
        ("Kabel jaringan UTP Cat6", None, "Meter", 300, 9_500, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["OVERPRICED"]),
        ("Proyektor LCD merek Epson 3.600 lumen", None, "Unit", 1, 8_900_000, "5.2.02.06.01.0005", "Belanja Modal Peralatan Studio Visual", ["OVERPRICED"]),
        ("Mesin hitung uang", "UV/MG/IR", "Unit", 1, 4_200_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["ACCOUNT_MISMATCH"]),
        ("Meteran laser digital jangkauan 40 m", None, "Unit", 1, 1_650_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["ACCOUNT_MISMATCH"]),
        ("Tinta printer warna hitam 70 ml", None, "Botol", 12, 110_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["OVERPRICED"]),
        ("Flashdisk 64 GB", "USB 3.0", "Buah", 10, 120_000, "5.2.02.10.02.0003", "Belanja Modal Peralatan Komputer", ["ACCOUNT_MISMATCH"]),
        ("Kursi putar kerja beroda", None, "Buah", 6, 1_450_000, "5.2.02.05.02.0001", "Belanja Modal Mebel", ["OVERPRICED"]),
        ("Kue rapat kotak", None, "Kotak", 60, 22_000, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", ["OVERPRICED"]),
        ("Honor narasumber non-ASN", None, "OJ", 4, 900_000, "5.1.02.02.01.0003", "Belanja Honorarium Narasumber", []),
        ("Switch jaringan 24 port managed", "gigabit", "Unit", 2, 6_500_000, "5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan", ["OVERPRICED"]),
        ("Access point dalam ruangan", "dual band", "Unit", 4, 2_100_000, "5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan", []),
        ("Lisensi perangkat lunak antivirus", "1 tahun", "Lisensi", 30, 450_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["NO_PRICE_REFERENCE"]),
        ("Mouse nirkabel", None, "Buah", 10, 150_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["OVERPRICED"]),
        ("Papan ketik USB", None, "Buah", 10, 135_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["OVERPRICED"]),
        ("Pemindai dokumen A4", "ADF", "Unit", 1, 5_600_000, "5.2.02.10.02.0003", "Belanja Modal Peralatan Komputer", []),
        ("Layar proyektor tripod 70\"", None, "Buah", 1, 850_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["OVERPRICED"]),
        ("PC Desktop Core i5 8GB", "monitor 21 inch", "Unit", 2, 11_400_000, "5.1.02.01.01.0029", "Belanja Bahan Komputer", ["ACCOUNT_MISMATCH"]),
    ],
)

RKA_PUPR = (
    "Rka Pupr",
    "1.03.03.1.01.12",
    "Pemeliharaan Sistem Penyediaan Air Minum",
    "Panjang jaringan perpipaan air minum yang dipelihara",
    [
        ("Pipa paralon 4 inci AW", "4 m", "Batang", 40, 240_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Pipa HDPE 4 inchi PN 10", None, "Meter", 120, 95_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["NO_PRICE_REFERENCE"]),
        ("Pipa PVC AW 2 in", None, "Batang", 30, 95_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", []),
        ("Pipa HDPE dia. 2 inch", "PN10", "Meter", 200, 55_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Semen 50 kg", None, "Zak", 50, 78_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Semen portland curah", None, "Kg", 500, 1_700, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Cat tembok interior", "5 kg", "Kaleng", 10, 190_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Sewa ekskavator mini", "termasuk operator", "Jam", 16, 450_000, "5.1.02.02.01.0061", "Belanja Sewa Alat Berat", ["NO_PRICE_REFERENCE"]),
        ("Meteran gulung 50 m", None, "Buah", 2, 180_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Pompa air submersible 1 HP", None, "Unit", 2, 3_450_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["ACCOUNT_MISMATCH"]),
        ("Batu split 2/3", None, "M3", 8, 350_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Besi beton polos 10 mm", "12 m", "Batang", 25, 105_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Besi beton ulir D13", None, "Batang", 20, 190_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["NO_PRICE_REFERENCE"]),
        ("Helm proyek", "SNI", "Buah", 10, 95_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["OVERPRICED"]),
        ("Sepatu boot karet", None, "Pasang", 10, 150_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", []),
        ("Pasir pasang", None, "M3", 6, 285_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Kloset duduk", "keramik", "Unit", 2, 1_250_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["NO_PRICE_REFERENCE"]),
        ("Kran air kuningan 1/2 inci", None, "Buah", 12, 50_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", []),
        ("Lem pipa PVC", "400 gr", "Kaleng", 6, 35_000, "5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", ["OVERPRICED"]),
        ("Pipa HDPE 2 inch", "PN10", "Meter", 50, 48_000, "5.2.02.01.03.0002", "Belanja Modal Alat Bantu", ["ACCOUNT_MISMATCH"]),
    ],
)


# The holdout half: a second catalogue (two-row merged header, accounts listed several per row)
# and RKAs written before the matcher was tuned on them; scored to see how wording it has never
# seen fares, then kept as a regression set.
CATALOGUE_2 = {
    "termometer": ("1.3.2.07.01.01.010", "Termometer Inframerah", "Non kontak, digital", "Buah", "Rp 450.000", "5.1.02.01.01.0031; 5.2.02.07.01.0001"),
    "tensimeter": ("1.3.2.07.01.01.012", "Tensimeter Digital", "Lengan atas, otomatis", "Buah", "Rp 650.000", "5.1.02.01.01.0031; 5.2.02.07.01.0001"),
    "timbangan_bayi": ("1.3.2.07.01.01.020", "Timbangan Bayi Digital", "Kapasitas 20 kg", "Unit", "1,35 jt", "5.2.02.07.01.0001"),
    "kursi_roda": ("1.3.2.07.01.02.001", "Kursi Roda", "Standar, rangka besi", "Unit", "1,8 jt", "5.2.02.07.01.0001"),
    "bed_pasien": ("1.3.2.07.01.02.005", "Tempat Tidur Pasien", "Manual 1 engkol", "Unit", "6,5 jt", "5.2.02.07.01.0001"),
    "masker": ("1.1.7.01.06.01.001", "Masker Bedah", "3 ply, isi 50", "Box", "Rp 35.000", "5.1.02.01.01.0031"),
    "sarung_tangan": ("1.1.7.01.06.01.004", "Sarung Tangan Lateks", "Isi 100", "Box", "Rp 85.000", "5.1.02.01.01.0031"),
    "alkohol": ("1.1.7.01.06.01.010", "Alkohol 70%", "Botol 1 liter", "Botol", "Rp 45.000", "5.1.02.01.01.0031"),
    "kapas": ("1.1.7.01.06.01.012", "Kapas", "250 gram", "Bungkus", "Rp 28.000", "5.1.02.01.01.0031"),
    "disinfektan": ("1.1.7.01.06.02.001", "Cairan Disinfektan", "Jerigen 5 liter", "Jerigen", "Rp 275.000", "5.1.02.01.01.0031"),
    "sabun": ("1.1.7.01.01.04.010", "Sabun Cuci Tangan Cair", "500 ml", "Botol", "Rp 32.000", "5.1.02.01.01.0024"),
    "tisu": ("1.1.7.01.01.04.012", "Tisu Gulung", "Isi 10 roll", "Pak", "Rp 48.000", "5.1.02.01.01.0024"),
    "papan_kaca": ("1.3.2.05.01.05.010", "Papan Tulis Kaca", "120 x 240 cm", "Buah", "Rp 2.900.000", "5.2.02.05.01.0005"),
    "meja_siswa": ("1.3.2.05.02.01.020", "Meja Siswa", "1 orang, rangka besi", "Buah", "Rp 850.000", "5.1.02.01.01.0024; 5.2.02.05.02.0001"),
    "kursi_siswa": ("1.3.2.05.02.01.021", "Kursi Siswa", "Rangka besi, dudukan kayu", "Buah", "Rp 450.000", "5.1.02.01.01.0024; 5.2.02.05.02.0001"),
    "lemari_buku": ("1.3.2.05.02.01.030", "Lemari Buku", "Kayu, 2 pintu kaca", "Buah", "Rp 2.400.000", "5.2.02.05.02.0001"),
    "sound": ("1.3.2.06.01.02.001", "Sound System Portable", "450 watt, 2 mic", "Unit", "Rp 8.500.000", "5.2.02.06.01.0002"),
    "mikrofon": ("1.3.2.06.01.02.004", "Mikrofon Wireless", "Dual handheld", "Set", "Rp 1.200.000", "5.2.02.06.01.0002"),
    "sewa_tenda": (None, "Sewa Tenda Dekorasi", "5 x 5 m", "Unit/Hari", "Rp 900.000", "5.1.02.02.01.0053"),
    "sewa_kursi": (None, "Sewa Kursi Futura", "Dengan sarung", "Buah/Hari", "Rp 8.000", "5.1.02.02.01.0053"),
    "dokumentasi": (None, "Jasa Dokumentasi Foto dan Video", "1 kegiatan", "Paket", "Rp 2.500.000", "5.1.02.02.01.0014"),
    "spanduk": (None, "Spanduk", "Bahan flexi, cetak", "M2", "Rp 45.000", "5.1.02.01.01.0026"),
    "seminar_kit": (None, "Seminar Kit", "Tas, blocknote, pulpen", "Paket", "Rp 65.000", "5.1.02.01.01.0024"),
    "plakat": (None, "Plakat Akrilik", "Dengan kotak", "Buah", "Rp 350.000", "5.1.02.05.01.0001"),
    "galon": ("1.1.7.01.02.01.005", "Air Mineral Galon", "19 liter, isi ulang", "Galon", "Rp 22.000", "5.1.02.01.01.0052"),
    "kamera": ("1.3.2.06.01.03.002", "Kamera DSLR", "24 MP, lensa kit", "Unit", "Rp 15.500.000", "5.2.02.06.01.0003"),
    "printer_tank": ("1.3.2.10.02.03.001", "Printer Inktank Warna", "A4, print scan copy", "Unit", "Rp 3.100.000", "5.2.02.10.02.0003"),
    "kertas_foto": ("1.1.7.01.01.02.010", "Kertas Foto Glossy", "A4, isi 20 lembar", "Pak", "Rp 45.000", "5.1.02.01.01.0025"),
    "genset": ("1.3.2.05.02.06.010", "Genset", "5 kVA, bensin", "Unit", "Rp 18.500.000", "5.2.02.05.02.0006"),
}

RKA_DINKES = (
    "Rka Dinkes Posyandu",
    "1.02.02.1.02.03",
    "Penyediaan Layanan Kesehatan Ibu dan Anak di Posyandu",
    "Jumlah posyandu yang mendapat sarana pelayanan kesehatan",
    [
        ("Thermometer tembak digital", None, "Buah", 20, 495_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["OVERPRICED"]),
        ("Alat ukur tekanan darah digital", "lengan atas", "Buah", 20, 650_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", []),
        ("Timbangan digital untuk bayi", "20 kg", "Unit", 10, 1_500_000, "5.2.02.07.01.0001", "Belanja Modal Alat Kesehatan", ["OVERPRICED"]),
        ("Kursi roda", "rangka besi", "Unit", 2, 1_800_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["ACCOUNT_MISMATCH"]),
        ("Ranjang pasien manual satu engkol", None, "Unit", 2, 7_200_000, "5.2.02.07.01.0001", "Belanja Modal Alat Kesehatan", ["OVERPRICED"]),
        ("Masker medis 3 lapis", "isi 50", "Box", 100, 40_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["OVERPRICED"]),
        ("Masker N95", "isi 20", "Box", 20, 180_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["NO_PRICE_REFERENCE"]),
        ("Sarung tangan karet latex", "isi 100", "Box", 50, 95_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["OVERPRICED"]),
        ("Alkohol 70 persen", "1 liter", "Botol", 30, 45_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", []),
        ("Kapas steril", "500 gram", "Bungkus", 20, 52_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["NO_PRICE_REFERENCE"]),
        ("Disinfektan cair", "5 liter", "Jerigen", 10, 300_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["OVERPRICED"]),
        ("Sabun cuci tangan cair 500ml", None, "Botol", 40, 32_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", []),
        ("Tisu gulung", "isi 10", "Pak", 20, 55_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["OVERPRICED"]),
        ("Pemeriksaan darah lengkap di laboratorium", None, "Sampel", 100, 120_000, "5.1.02.02.01.0030", "Belanja Jasa Pemeriksaan Laboratorium", ["NO_PRICE_REFERENCE"]),
        ("Pompa ASI elektrik", None, "Buah", 10, 850_000, "5.1.02.01.01.0031", "Belanja Bahan/Alat Kesehatan", ["NO_PRICE_REFERENCE"]),
    ],
)

RKA_DISDIK = (
    "Rka Disdik Sekolah",
    "1.01.02.1.01.10",
    "Pengadaan Perlengkapan Sekolah dan Gelar Karya Siswa",
    "Jumlah sekolah yang menerima perlengkapan pembelajaran",
    [
        ("Papan tulis kaca ukuran 120x240", None, "Buah", 10, 3_200_000, "5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", ["OVERPRICED"]),
        ("Meja murid single", "rangka besi", "Buah", 60, 850_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", []),
        ("Bangku siswa", "dudukan kayu", "Buah", 60, 520_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["OVERPRICED"]),
        ("Lemari buku dari kayu, 2 pintu", None, "Buah", 5, 2_400_000, "5.2.02.05.02.0001", "Belanja Modal Mebel", []),
        ("Pengeras suara portabel (sound system)", "450 W", "Unit", 1, 9_200_000, "5.2.02.06.01.0002", "Belanja Modal Peralatan Studio Audio", ["OVERPRICED"]),
        ("Mic wireless", "dual", "Set", 2, 1_200_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["ACCOUNT_MISMATCH"]),
        ("Sewa tenda dekor 5x5 m", None, "Unit/Hari", 2, 1_000_000, "5.1.02.02.01.0053", "Belanja Sewa Tenda", ["OVERPRICED"]),
        ("Sewa kursi futura", None, "Buah/Hari", 200, 10_000, "5.1.02.02.01.0053", "Belanja Sewa Tenda", ["OVERPRICED"]),
        ("Banner flexy", None, "M2", 24, 50_000, "5.1.02.01.01.0026", "Belanja Bahan Cetak", ["OVERPRICED"]),
        ("Plakat akrilik", None, "Buah", 5, 350_000, "5.1.02.05.01.0001", "Belanja Penghargaan", []),
        ("Tas seminar kit", None, "Paket", 100, 75_000, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", ["OVERPRICED"]),
        ("Air minum galon 19 L", None, "Galon", 30, 25_000, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", ["OVERPRICED"]),
        ("Kamera digital DSLR Canon", "24 MP", "Unit", 1, 15_500_000, "5.2.02.06.01.0003", "Belanja Modal Peralatan Studio Visual", []),
        ("Printer ink tank warna Epson L3250", None, "Unit", 3, 3_300_000, "5.2.02.10.02.0003", "Belanja Modal Peralatan Komputer", ["OVERPRICED"]),
        ("Kertas foto glossy", "A4", "Pak", 10, 45_000, "5.1.02.01.01.0025", "Belanja Kertas dan Cover", []),
        ("Genset 10 kVA", None, "Unit", 1, 32_000_000, "5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga", ["NO_PRICE_REFERENCE"]),
        ("Dokumentasi kegiatan (foto & video)", None, "Paket", 1, 2_500_000, "5.1.02.02.01.0014", "Belanja Jasa Dokumentasi", []),
        ("Tablet Android 10 inci", None, "Unit", 5, 4_500_000, "5.2.02.10.01.0002", "Belanja Modal Personal Computer", ["NO_PRICE_REFERENCE"]),
    ],
)


def write_catalogue_two_row_header(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "SSH Kesehatan Pendidikan"
    sheet.append(["STANDAR SATUAN HARGA"])
    sheet.append(["PEMERINTAH KOTA CONTOH TAHUN 2026"])
    sheet.append([])
    sheet.append(["No", "Kode Barang", "Barang/Jasa", None, "Harga", None, "Akun Belanja"])
    sheet.append([None, None, "Uraian", "Spesifikasi", "Satuan", "Harga Satuan", None])
    for number, (kode, uraian, spek, satuan, harga, akun) in enumerate(CATALOGUE_2.values(), start=1):
        sheet.append([number, kode, uraian, spek, satuan, harga, akun])
    book.save(path)


def write_catalogue(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "SSH"
    sheet.append(["PEMERINTAH KOTA CONTOH"])
    sheet.append(["STANDAR SATUAN HARGA BARANG DAN JASA TAHUN ANGGARAN 2026"])
    sheet.append(["Harga belum termasuk PPN"])
    sheet.append([])
    sheet.append(["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)", "Rekening Belanja"])
    for number, (kode, uraian, spek, satuan, harga, akun) in enumerate(CATALOGUE.values(), start=1):
        sheet.append([number, kode, uraian, spek, satuan, harga, akun])
    book.save(path)


def write_rka(path: Path, spec: tuple) -> dict[str, list[str]]:
    _, kode, nama, keluaran, lines = spec
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "RKA"
    sheet.append(["RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"])
    sheet.append(["Sub Kegiatan", None, ":", f"{kode} - {nama}"])
    sheet.append(["Keluaran", None, ":", keluaran])
    sheet.append([])
    sheet.append(["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan", "Jumlah"])
    labels: dict[str, list[str]] = {}
    groups: dict[tuple[str, str], list[tuple]] = {}
    for line in lines:
        groups.setdefault((line[5], line[6]), []).append(line)
    number = 0
    for (code, name), members in groups.items():
        sheet.append([None, code, name, None, None, None, None, None, sum(m[3] * m[4] for m in members)])
        for uraian, spek, satuan, volume, harga, _code, _name, label in members:
            number += 1
            sheet.append([number, None, uraian, spek, f"{volume} {satuan}", volume, satuan, harga, volume * harga])
            labels[str(number)] = sorted(label)
    book.save(path)
    return labels


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    write_catalogue(DATA / "ssh_kode_barang_2026.xlsx")
    manifest = []
    for spec in (RKA_KOMINFO, RKA_PUPR):
        stem = spec[0].lower().replace(" ", "_") + "_2026"
        labels = write_rka(DATA / f"{stem}.xlsx", spec)
        (DATA / f"{stem}.labels.json").write_text(json.dumps({"labels": labels}, indent=1) + "\n")
        manifest.append(
            {"rka": f"{stem}.xlsx", "catalogue": "ssh_kode_barang_2026.xlsx", "labels": f"{stem}.labels.json", "split": "dev"}
        )
    write_catalogue_two_row_header(DATA / "ssh_kesehatan_pendidikan_2026.xlsx")
    for spec in (RKA_DINKES, RKA_DISDIK):
        stem = spec[0].lower().replace(" ", "_") + "_2026"
        labels = write_rka(DATA / f"{stem}.xlsx", spec)
        (DATA / f"{stem}.labels.json").write_text(json.dumps({"labels": labels}, indent=1) + "\n")
        manifest.append(
            {
                "rka": f"{stem}.xlsx",
                "catalogue": "ssh_kesehatan_pendidikan_2026.xlsx",
                "labels": f"{stem}.labels.json",
                "split": "holdout",
            }
        )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
