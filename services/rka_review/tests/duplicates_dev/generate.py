"""Writes our own labelled RKAs for the duplicate stage (tests/duplicates_dev/data).

Why: the duplicate stage was tuned on a handful of pairs that were plain copies. An author who
never read our rules plants "dianggarkan ganda" in other ways: the same item again with another
volume, a price rounded up, a synonym or abbreviation, the same item under a barang and a modal
account, a package line (``termasuk``, ``all in``, ``fullboard``, ``(snack + makan siang)``)
whose contents are budgeted again on lines of their own, the same trip twice. Next to them stand
the legitimate repeats a reviewer must leave alone: another period, place, participant group,
size, colour, material, role; a package that says ``belum termasuk``; the same supplies bought
by two sub-kegiatan in their own amounts.

Every item, price, code and name is invented here; nothing is taken from an evaluation set.
Labels follow the convention of the labelled sets we have: the repeat (the later of the two
lines in the document) carries DUPLICATE, and every separate line of a package's contents does.

``dev`` RKAs are for tuning; ``holdout`` RKAs (other OPDs, other seeds, and wordings the dev
split never uses) are scored once, before and after.

.venv/bin/python services/rka_review/tests/duplicates_dev/generate.py
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def _writers() -> ModuleType:
    """The SIPD-like workbook and printout writers of the judge development set."""
    spec = importlib.util.spec_from_file_location(
        "judge_dev_generate", HERE.parent / "judge_dev" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


W = _writers()
DUP = "DUPLICATE"

ACCOUNTS = {
    "atk": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "komputer": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "cetak": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "fotokopi": ("5.1.02.01.01.0027", "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos dan Penggandaan"),
    "mamin": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "bbm": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "bahan": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
    "pakaian": ("5.1.02.01.01.0070", "Belanja Pakaian Dinas Lapangan (PDL)"),
    "honor": (
        "5.1.02.02.01.0003",
        "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
    ),
    "tenaga": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    "internet": ("5.1.02.02.01.0063", "Belanja Langganan Jurnal/Surat Kabar/Majalah dan Internet"),
    "sewa_gedung": ("5.1.02.02.08.0001", "Belanja Sewa Gedung Pertemuan"),
    "sewa_alat": ("5.1.02.02.12.0003", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan"),
    "sewa_mobil": ("5.1.02.02.09.0001", "Belanja Sewa Kendaraan Bermotor Penumpang"),
    "pemasangan": ("5.1.02.02.01.0014", "Belanja Jasa Instalasi/Pemasangan"),
    "perjadin": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "perjadin_dk": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "modal_pc": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    "modal_kantor": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
    "modal_jaringan": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan"),
    "pipa": ("5.1.02.01.01.0010", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
}


@dataclass(frozen=True)
class Item:
    account: str
    uraian: str
    spek: str | None
    satuan: str
    harga: int
    volumes: tuple[int, ...]


@dataclass
class Planted:
    """A line of the RKA and, for a repeat, the line it repeats (``partner``) or the package line
    that already includes it (``package``)."""

    account: str
    line: object  # judge_dev Line
    partner: Planted | None = None
    package: Planted | None = None
    kind: str = "clean"


@dataclass
class Sub:
    title: str
    header: tuple[str, str, str]
    rows: list[Planted] = field(default_factory=list)


# --- invented items --------------------------------------------------------------------------------

GENERIC = [
    Item("atk", "Kertas HVS A4", "70 gram", "Rim", 58_500, (5, 8, 10, 12, 20)),
    Item("atk", "Map snelhecter plastik", "Folio", "Buah", 4_000, (50, 100, 150)),
    Item("atk", "Pulpen gel", "Tinta hitam", "Buah", 6_500, (24, 36, 60)),
    Item("atk", "Ordner", "Punggung 7 cm", "Buah", 33_000, (10, 12, 20)),
    Item("komputer", "Tinta printer", "Botol 70 ml hitam", "Botol", 95_000, (4, 6, 8)),
    Item("komputer", "Flashdisk", "32 GB", "Buah", 85_000, (5, 10)),
    Item("cetak", "Cetak sertifikat", "Art carton 260 gram", "Lembar", 7_500, (50, 100, 150)),
    Item("cetak", "Cetak buku laporan", "A4, 120 halaman, soft cover", "Eksemplar", 65_000, (20, 30, 50)),
    Item("honor", "Honorarium moderator", None, "OK", 700_000, (1, 2, 3)),
    Item("perjadin_dk", "Uang harian dalam kota", "Lebih dari 8 jam", "OH", 150_000, (10, 12, 20)),
    Item("sewa_alat", "Sewa tenda", "Ukuran 4 x 6 m", "Unit", 750_000, (2, 3, 4)),
    Item("sewa_alat", "Sewa kursi lipat", "Futura bersarung", "Buah", 8_000, (100, 150, 200)),
]

THEMES: dict[str, list[Item]] = {
    "kesehatan": [
        Item("bahan", "Masker medis", "3 ply, isi 50", "Kotak", 45_000, (20, 40)),
        Item("bahan", "Reagen pemeriksaan gula darah", "Strip, isi 50", "Kotak", 210_000, (10, 15)),
        Item("bahan", "Alkohol swab", "Isi 100", "Kotak", 25_000, (20, 30)),
    ],
    "jalan": [
        Item("pipa", "Semen portland", "50 kg", "Sak", 72_000, (100, 150, 200)),
        Item("pipa", "Pasir cor", None, "M3", 285_000, (20, 30)),
        Item("pipa", "Besi beton polos", "Diameter 10 mm", "Batang", 68_000, (80, 120)),
    ],
    "kominfo": [
        Item("modal_jaringan", "Switch jaringan", "24 port gigabit, managed", "Unit", 7_000_000, (2, 3)),
        Item("modal_jaringan", "Access point", "Outdoor, dual band", "Unit", 2_400_000, (4, 6)),
        Item("komputer", "Kabel UTP", "Cat 6, 305 m", "Roll", 2_100_000, (2, 3)),
    ],
    "lingkungan": [
        Item("bahan", "Botol sampel air", "Polietilen 1 liter", "Buah", 18_000, (60, 120)),
        Item("bahan", "Tempat sampah terpilah", "3 warna, 60 liter", "Set", 1_350_000, (5, 10)),
        Item("bahan", "Karung sampah", "Ukuran 60 x 100 cm", "Lembar", 3_500, (200, 500)),
    ],
    "pendidikan": [
        Item("cetak", "Cetak modul pelatihan guru", "A4, 80 halaman", "Eksemplar", 45_000, (60, 100)),
        Item("bahan", "Alat peraga matematika", "Set kayu", "Set", 650_000, (10, 20)),
    ],
    "ketertiban": [
        Item("pakaian", "Pakaian dinas lapangan", "Drill, lengkap atribut", "Stel", 450_000, (30, 40)),
        Item("bahan", "Senter LED", "Isi ulang", "Buah", 125_000, (20, 30)),
    ],
    "bencana": [
        Item("bahan", "Pelampung", "Dewasa, standar SNI", "Buah", 350_000, (20, 30)),
        Item("bahan", "Terpal", "Ukuran 4 x 6 m", "Lembar", 185_000, (30, 50)),
    ],
}

# Ways of writing one item: the first is used for the original, another for the repeat. The
# holdout split also draws from the wordings after the ``|`` marker, never used in dev.
SYNONYM_GROUPS: list[tuple[str, str | None, str, int, tuple[int, ...], list[str], list[str]]] = [
    # account, spek, satuan, harga, volumes, dev wordings, holdout-only wordings
    (
        "modal_pc",
        "Core i5, RAM 8 GB, SSD 512 GB",
        "Unit",
        14_500_000,
        (2, 3),
        ["Laptop", "Notebook", "Komputer jinjing"],
        ["Laptop/notebook", "Komputer pangku"],
    ),
    (
        "atk",
        "Paket kegiatan",
        "Paket",
        2_500_000,
        (1,),
        ["Alat tulis kantor", "ATK", "Belanja ATK"],
        ["Alat-alat tulis kantor (ATK)", "Alat tulis"],
    ),
    (
        "honor",
        "Eselon III",
        "OJ",
        900_000,
        (4, 6),
        ["Honorarium narasumber", "Honor narsum", "Honor pembicara"],
        ["Honorarium pemateri", "Honor Narasumber/Pembicara"],
    ),
    (
        "fotokopi",
        "A4",
        "Lembar",
        300,
        (2_000, 3_000),
        ["Fotokopi bahan rapat", "Penggandaan bahan rapat", "Fotocopy bahan rapat"],
        ["Photocopy bahan rapat"],
    ),
    (
        "mamin",
        None,
        "Kotak",
        18_000,
        (60, 100),
        ["Kue kotak peserta", "Snack peserta", "Kudapan peserta"],
        ["Makanan ringan peserta", "Snack box peserta"],
    ),
    (
        "mamin",
        None,
        "Kotak",
        42_000,
        (60, 100),
        ["Nasi kotak peserta", "Nasi box peserta", "Makan siang peserta"],
        ["Makan siang (nasi kotak) peserta"],
    ),
    (
        "cetak",
        "Flexi 280 gram",
        "M2",
        38_000,
        (6, 12),
        ["Spanduk kegiatan", "Banner kegiatan", "Cetak spanduk kegiatan"],
        ["Pencetakan banner kegiatan"],
    ),
    (
        "sewa_mobil",
        "Minibus",
        "Unit/Hari",
        750_000,
        (5, 10),
        ["Sewa mobil operasional", "Rental mobil operasional", "Sewa kendaraan roda empat operasional"],
        ["Penyewaan kendaraan roda 4 operasional"],
    ),
    (
        "perjadin",
        "Samarinda - Jakarta PP",
        "Orang",
        3_800_000,
        (2, 3),
        ["Tiket pesawat", "Tiket pesawat udara", "Tiket penerbangan"],
        ["Tiket maskapai penerbangan"],
    ),
    (
        "perjadin",
        "Hotel bintang 3, Jakarta",
        "OH",
        850_000,
        (6, 9),
        ["Biaya penginapan", "Penginapan", "Akomodasi hotel"],
        ["Sewa kamar hotel", "Biaya akomodasi"],
    ),
    (
        "bbm",
        "Pertalite",
        "Liter",
        10_000,
        (200, 300),
        [
            "BBM kendaraan operasional",
            "Bahan bakar minyak kendaraan operasional",
            "Bahan bakar kendaraan operasional",
        ],
        ["BBM untuk kendaraan operasional"],
    ),
    (
        "sewa_alat",
        None,
        "Unit/Hari",
        1_500_000,
        (2, 3),
        ["Sewa sound system", "Sewa pengeras suara", "Sewa sound system lengkap"],
        ["Rental sound system"],
    ),
    (
        "perjadin",
        "Jakarta",
        "OH",
        530_000,
        (6, 9),
        [
            "Uang harian perjalanan dinas luar daerah",
            "Uang harian perjadin luar daerah",
            "Uang harian SPPD luar daerah",
        ],
        ["Uang harian perjalanan dinas ke luar daerah"],
    ),
]

# Legitimate look-alike pairs: two lines that share words and amounts but buy two things.
# (account, satuan, harga, first (uraian, spek), second (uraian, spek)); the volume may be equal.
LOOKALIKES: list[tuple[str, str, int | tuple[int, int], tuple[str, str | None], tuple[str, str | None]]] = [
    ("mamin", "Kotak", 42_000, ("Nasi kotak rapat triwulan I", None), ("Nasi kotak rapat triwulan II", None)),
    ("mamin", "Kotak", 18_000, ("Kue kotak rapat semester I", None), ("Kue kotak rapat semester II", None)),
    ("mamin", "Kotak", 42_000, ("Nasi kotak peserta", None), ("Nasi kotak panitia", None)),
    ("honor", "OK", 700_000, ("Honorarium moderator", None), ("Honorarium pembawa acara", None)),
    (
        "honor",
        "OB",
        400_000,
        ("Honorarium ketua tim pelaksana", None),
        ("Honorarium sekretaris tim pelaksana", None),
    ),
    (
        "perjadin_dk",
        "OH",
        150_000,
        ("Uang harian verifikasi Kecamatan Utara", None),
        ("Uang harian verifikasi Kecamatan Selatan", None),
    ),
    (
        "perjadin",
        "Orang",
        (3_800_000, 3_150_000),  # airfares differ by route (the SBU prices each destination)
        ("Tiket pesawat", "Samarinda - Jakarta PP"),
        ("Tiket pesawat", "Samarinda - Surabaya PP"),
    ),
    ("pipa", "Batang", 95_000, ("Pipa PVC", "Diameter 4 inci"), ("Pipa PVC", "Diameter 2 inci")),
    ("pipa", "Batang", 95_000, ('Pipa PVC 4"', None), ('Pipa HDPE 4"', None)),
    ("cetak", "Lembar", 150_000, ("Cetak spanduk", "3 x 1 m"), ("Cetak spanduk", "5 x 1 m")),
    ("atk", "Rim", 58_500, ("Kertas HVS A4", "70 gram"), ("Kertas HVS F4", "70 gram")),
    ("komputer", "Botol", 95_000, ("Tinta printer hitam", None), ("Tinta printer warna", None)),
    ("bahan", "Buah", 1_250_000, ("Meja lipat kayu", None), ("Meja lipat besi", None)),
    ("pakaian", "Buah", 95_000, ("Kaos peserta ukuran L", None), ("Kaos peserta ukuran XL", None)),
    (
        "tenaga",
        "OB",
        3_200_000,
        ("Jasa tenaga kebersihan", "Januari - Juni"),
        ("Jasa tenaga kebersihan", "Juli - Desember"),
    ),
    (
        "internet",
        "Bulan",
        1_100_000,
        ("Langganan internet kantor", "Bulan Januari"),
        ("Langganan internet kantor", "Bulan Februari"),
    ),
    (
        "pipa",
        "M3",
        1_450_000,
        ("Pengecoran saluran ruas Jalan Merdeka", None),
        ("Pengecoran saluran ruas Jalan Pahlawan", None),
    ),
    ("komputer", "Buah", 350_000, ("Tas laptop", None), ("Mouse wireless", None)),
    ("sewa_alat", "Unit", 750_000, ("Sewa tenda", "Lokasi pos 1"), ("Sewa tenda", "Lokasi pos 2")),
    ("mamin", "Kotak", 18_000, ("Kue kotak pembukaan", None), ("Kue kotak penutupan", None)),
    (
        "tenaga",
        "OB",
        3_300_000,
        ("Jasa tenaga kebersihan kantor", None),
        ("Jasa tenaga keamanan kantor", None),
    ),
    ("mamin", "Kotak", 42_000, ("Nasi kotak", "Rapat persiapan"), ("Nasi kotak", "Rapat evaluasi")),
    ("atk", "Rim", 58_500, ("Kertas HVS A4 70 gram", None), ("Kertas HVS A4 80 gram", None)),
    ("bbm", "Liter", 10_000, ("BBM kendaraan dinas", "Pertalite"), ("BBM kendaraan dinas", "Solar")),
    ("honor", "OJ", 900_000, ("Honorarium narasumber", "Eselon III"), ("Honorarium narasumber", "Eselon II")),
]

# Lines whose item differs though a word is shared (``Laptop`` and ``Tas laptop``): the second
# is written next to the first item of the same wording group.
ACCESSORIES = [
    ("komputer", "Tas laptop", None, "Buah", 350_000),
    ("komputer", "Tinta printer", "Botol 70 ml", "Botol", 95_000),
    ("tenaga", "Jasa pemeliharaan laptop", None, "Unit", 250_000),
    ("honor", "Honorarium moderator", None, "OK", 700_000),
]

# Package lines and the contents an author budgets again: (package account, uraian, spek, satuan,
# harga, [content items], legit) — a ``legit`` package does not include the content line.
PACKAGES: list[tuple[str, str, str | None, str, int, list[tuple[str, str, str | None, str, int]], bool]] = [
    (
        "sewa_mobil",
        "Sewa mobil operasional",
        "Minibus, sudah termasuk BBM dan pengemudi",
        "Unit/Hari",
        850_000,
        [("bbm", "BBM", "Pertalite", "Liter", 10_000), ("tenaga", "Jasa pengemudi", None, "OH", 200_000)],
        False,
    ),
    (
        "sewa_gedung",
        "Sewa gedung pertemuan",
        "Termasuk sound system dan LCD proyektor",
        "Hari",
        6_000_000,
        [("sewa_alat", "Sewa sound system", None, "Unit/Hari", 1_500_000)],
        False,
    ),
    (
        "mamin",
        "Konsumsi rapat (snack + makan siang)",
        None,
        "Orang",
        60_000,
        [("mamin", "Snack rapat", None, "Kotak", 18_000)],
        False,
    ),
    (
        "sewa_gedung",
        "Paket meeting fullboard",
        "Hotel bintang 3",
        "Orang/Hari",
        1_150_000,
        [
            ("mamin", "Nasi kotak peserta", None, "Kotak", 42_000),
            ("perjadin", "Biaya penginapan peserta", None, "OH", 650_000),
        ],
        False,
    ),
    (
        "sewa_alat",
        "Sewa tenda 4 x 6 m",
        "Include pemasangan dan bongkar",
        "Unit",
        900_000,
        [("pemasangan", "Jasa pemasangan tenda", None, "Unit", 150_000)],
        False,
    ),
    (
        "sewa_mobil",
        "Sewa bus peserta all in (BBM + sopir)",
        None,
        "Unit/Hari",
        2_500_000,
        [("bbm", "Bahan bakar bus peserta", "Solar", "Liter", 7_000)],
        False,
    ),
    (
        "cetak",
        "Cetak baliho",
        "4 x 6 m, sudah termasuk pemasangan",
        "Buah",
        2_200_000,
        [("pemasangan", "Pemasangan baliho", None, "Buah", 300_000)],
        False,
    ),
    # legitimate: the package says what it does not include, or includes something else
    (
        "sewa_mobil",
        "Sewa mobil lapangan",
        "Double cabin, belum termasuk BBM",
        "Unit/Hari",
        1_100_000,
        [("bbm", "BBM mobil lapangan", "Solar", "Liter", 7_000)],
        True,
    ),
    (
        "sewa_gedung",
        "Sewa aula",
        "Tidak termasuk konsumsi",
        "Hari",
        4_000_000,
        [("mamin", "Nasi kotak peserta", None, "Kotak", 42_000)],
        True,
    ),
    (
        "sewa_gedung",
        "Sewa gedung serbaguna",
        "Termasuk kursi dan meja",
        "Hari",
        5_000_000,
        [("sewa_alat", "Sewa sound system", None, "Unit/Hari", 1_500_000)],
        True,
    ),
    (
        "sewa_gedung",
        "Paket meeting halfday",
        "Ruang rapat dan coffee break",
        "Orang",
        250_000,
        [("perjadin", "Biaya penginapan narasumber", None, "OH", 650_000)],
        True,
    ),
]

OPDS = {
    "dinkes": (
        "1.02.0.00.0.00.01.0000 - Dinas Kesehatan",
        "kesehatan",
        [
            (
                "1.02.02.1.02.0001 - Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus",
                "Jumlah Penderita DM yang Mendapat Pelayanan Sesuai Standar",
                "1.200 Orang",
            ),
            (
                "1.02.02.1.02.0025 - Penyelenggaraan Promosi Kesehatan Masyarakat",
                "Jumlah Kegiatan Promosi Kesehatan",
                "12 Kegiatan",
            ),
            (
                "1.02.01.1.01.0001 - Penyusunan Dokumen Perencanaan Perangkat Daerah",
                "Jumlah Dokumen Perencanaan",
                "3 Dokumen",
            ),
        ],
    ),
    "pupr": (
        "1.03.0.00.0.00.01.0000 - Dinas Pekerjaan Umum dan Penataan Ruang",
        "jalan",
        [
            (
                "1.03.10.1.02.0020 - Rehabilitasi Jalan Lingkungan",
                "Panjang Jalan Lingkungan yang Direhabilitasi",
                "2,5 Km",
            ),
            ("1.03.03.1.02.0005 - Pemeliharaan Saluran Drainase", "Panjang Saluran yang Dipelihara", "4 Km"),
        ],
    ),
    "diskominfo": (
        "2.16.0.00.0.00.01.0000 - Dinas Komunikasi dan Informatika",
        "kominfo",
        [
            (
                "2.16.03.1.02.0001 - Pengelolaan Jaringan Intra Pemerintah Daerah",
                "Jumlah Titik Jaringan yang Terhubung",
                "40 Titik",
            ),
            (
                "2.16.02.1.01.0004 - Pengelolaan Media Komunikasi Publik",
                "Jumlah Konten Informasi Publik",
                "120 Konten",
            ),
        ],
    ),
    "dlh": (
        "2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup",
        "lingkungan",
        [
            (
                "2.11.05.1.02.0001 - Penyuluhan Pengurangan Sampah Rumah Tangga",
                "Jumlah Warga yang Mengikuti Penyuluhan",
                "300 Orang",
            ),
            (
                "2.11.02.1.01.0003 - Pemantauan Kualitas Air Sungai",
                "Jumlah Titik Sungai yang Dipantau",
                "24 Titik",
            ),
        ],
    ),
    "disdik": (
        "1.01.0.00.0.00.01.0000 - Dinas Pendidikan",
        "pendidikan",
        [
            (
                "1.01.02.1.01.0010 - Peningkatan Kompetensi Guru Sekolah Dasar",
                "Jumlah Guru yang Mengikuti Pelatihan",
                "150 Orang",
            ),
            ("1.01.01.1.02.0003 - Penyusunan Laporan Capaian Kinerja", "Jumlah Laporan Kinerja", "2 Laporan"),
        ],
    ),
    "satpolpp": (
        "1.05.0.00.0.00.01.0000 - Satuan Polisi Pamong Praja",
        "ketertiban",
        [
            ("1.05.02.1.01.0001 - Penegakan Peraturan Daerah", "Jumlah Operasi Penertiban", "24 Operasi"),
            ("1.05.01.1.05.0002 - Pembinaan Anggota Satpol PP", "Jumlah Anggota yang Dibina", "120 Orang"),
        ],
    ),
    "bpbd": (
        "1.05.0.00.0.00.02.0000 - Badan Penanggulangan Bencana Daerah",
        "bencana",
        [
            ("1.05.03.1.02.0003 - Pelatihan Siaga Bencana Masyarakat", "Jumlah Warga Terlatih", "200 Orang"),
            ("1.05.03.1.01.0001 - Penyusunan Kajian Risiko Bencana", "Jumlah Dokumen Kajian", "1 Dokumen"),
        ],
    ),
    "bappeda": (
        "5.01.0.00.0.00.01.0000 - Badan Perencanaan Pembangunan Daerah",
        "pendidikan",
        [
            ("5.01.02.1.01.0002 - Penyusunan Dokumen RPJMD", "Jumlah Dokumen RPJMD", "1 Dokumen"),
            (
                "5.01.02.1.01.0010 - Penyelenggaraan Musrenbang",
                "Jumlah Musrenbang yang Diselenggarakan",
                "10 Kali",
            ),
        ],
    ),
}

DEV = ["dinkes", "pupr", "diskominfo", "dlh", "disdik"]
HOLDOUT = ["satpolpp", "bpbd", "bappeda"]


def _line(item: Item | tuple[str, str, str | None, str, int], volume: int) -> object:
    if isinstance(item, Item):
        return W.Line(item.uraian, item.spek, volume, item.satuan, item.harga)
    _, uraian, spek, satuan, harga = item
    return W.Line(uraian, spek, volume, satuan, harga)


def _other_volume(rng: random.Random, volume: int) -> int:
    return max(1, volume + rng.choice([-1, 1]) * max(1, round(volume * rng.choice([0.25, 0.5, 1.0]))))


def _rounded(harga: int) -> int:
    """The price as a hurried author writes it: up to two significant digits (58.500 → 59.000,
    14.500.000 → 15.000.000), or 3% up when it is already that round."""

    def up(value: float, digits: int) -> int:
        step = 10 ** max(0, len(str(int(value))) - digits)
        return int(-(-value // step) * step)

    rounded = up(harga, 2)
    return rounded if rounded != harga else up(harga * 1.03, 3)


# The generator's own notion of "the same thing", so that a planted pair is the only pair of its
# kind in an RKA (a filler line must not repeat a planted item by accident).
_CONCEPT_SKIP = {
    "sewa",
    "biaya",
    "cetak",
    "belanja",
    "jasa",
    "honor",
    "honorarium",
    "rental",
    "penyewaan",
    "pencetakan",
    "paket",
    "pemasangan",
    "uang",
}
_CONCEPT_SAME = {
    "notebook": "laptop",
    "komputer": "laptop",
    "snack": "kue",
    "kudapan": "kue",
    "makanan": "kue",
    "makan": "nasi",
    "akomodasi": "penginapan",
    "hotel": "penginapan",
    "kamar": "penginapan",
    "fotocopy": "fotokopi",
    "photocopy": "fotokopi",
    "penggandaan": "fotokopi",
    "banner": "spanduk",
    "bahan": "bbm",
    "kendaraan": "mobil",
    "alat": "atk",
    "alat-alat": "atk",
    "narsum": "narasumber",
    "pembicara": "narasumber",
    "pemateri": "narasumber",
    "konsumsi": "kue",
    "bus": "mobil",
}


def concept(uraian: str) -> str:
    words = [w for w in uraian.lower().replace("/", " ").split() if w not in _CONCEPT_SKIP]
    word = words[0] if words else uraian.lower()
    return _CONCEPT_SAME.get(word, word)


def plant(rng: random.Random, subs: list[Sub], theme: str, holdout: bool) -> None:
    """Fills the sub-kegiatan with planted duplicates, legitimate look-alikes and clean lines; each
    item concept is used by one of them only."""
    used: set[str] = set()

    def fresh(*uraian: str) -> bool:
        concepts = {concept(u) for u in uraian}
        if concepts & used:
            return False
        used.update(concepts)
        return True

    def wording(group: tuple) -> tuple[str, str]:  # type: ignore[type-arg]
        words = list(group[5]) + (list(group[6]) if holdout else [])
        first = rng.choice(group[5])
        second = rng.choice([w for w in words if w != first])
        return first, second

    for account, uraian, spek, satuan, harga, contents, legit in rng.sample(PACKAGES, 5):
        # a meeting package feeds its participants: no other snack or meal line stands beside it
        implied = ("Kue", "Nasi") if "meeting" in uraian.lower() else ()
        if not fresh(uraian, *(c[1] for c in contents), *implied):
            continue
        sub = rng.choice(subs)
        package = Planted(account, W.Line(uraian, spek, rng.choice([2, 3, 5, 40]), satuan, harga))
        sub.rows.append(package)
        for content in contents:
            sub.rows.append(
                Planted(
                    content[0],
                    _line(content, rng.choice([3, 5, 40, 60, 150])),
                    package=None if legit else package,
                    kind="lookalike" if legit else "package",
                )
            )

    patterns = [
        "synonym_same",
        "other_volume",
        "rounded",
        "cross_sub",
        "two_accounts",
        "synonym_same",
        "other_volume",
        "cross_sub",
    ]
    groups = [g for g in rng.sample(SYNONYM_GROUPS, len(SYNONYM_GROUPS)) if fresh(*g[5])]
    for group, pattern in zip(groups, patterns, strict=False):
        account, spek, satuan, harga, volumes, *_ = group
        first, second = wording(group)
        volume = rng.choice(volumes)
        sub = rng.choice(subs)
        original = Planted(account, W.Line(first, spek, volume, satuan, harga))
        sub.rows.append(original)
        target, repeat_volume, repeat_harga, repeat_account = sub, volume, harga, account
        if pattern == "other_volume":
            repeat_volume = _other_volume(rng, volume)
        elif pattern == "rounded":
            repeat_harga = _rounded(harga)
        elif pattern == "cross_sub" and len(subs) > 1:
            target = rng.choice([s for s in subs if s is not sub])
        elif pattern == "two_accounts":
            repeat_account = "modal_kantor" if account != "modal_kantor" else "komputer"
            repeat_volume = rng.choice([volume, _other_volume(rng, volume)])
        spek2 = spek if rng.random() < 0.6 else None
        target.rows.append(
            Planted(
                repeat_account,
                W.Line(second, spek2, repeat_volume, satuan, repeat_harga),
                partner=original,
                kind=pattern,
            )
        )
        # a line that shares a word with the item but buys another thing
        accessory = rng.choice(ACCESSORIES)
        if rng.random() < 0.5 and fresh(accessory[1]):
            sub.rows.append(Planted(accessory[0], _line(accessory, rng.choice([1, 2, 4]))))

    for account, satuan, harga, (u1, s1), (u2, s2) in rng.sample(LOOKALIKES, 14):
        if not fresh(u1, u2):
            continue
        first_harga, second_harga = harga if isinstance(harga, tuple) else (harga, harga)
        sub = rng.choice(subs)
        volume = rng.choice([2, 4, 6, 10, 20, 30])
        other = volume if rng.random() < 0.6 else _other_volume(rng, volume)
        sub.rows.append(Planted(account, W.Line(u1, s1, volume, satuan, first_harga)))
        sub.rows.append(Planted(account, W.Line(u2, s2, other, satuan, second_harga), kind="lookalike"))

    pool = [item for item in rng.sample(GENERIC + THEMES[theme], len(GENERIC) + len(THEMES[theme]))]
    # the same supplies bought by two sub-kegiatan, each in its own amount
    if len(subs) > 1:
        for item in [i for i in pool if i.account in ("atk", "komputer", "bahan", "pipa")][:2]:
            if not fresh(item.uraian):
                continue
            a, b = rng.sample(subs, 2)
            a.rows.append(Planted(item.account, _line(item, item.volumes[0])))
            b.rows.append(Planted(item.account, _line(item, item.volumes[-1]), kind="lookalike"))
    for index, item in enumerate(i for i in pool if fresh(i.uraian)):
        subs[index % len(subs)].rows.append(Planted(item.account, _line(item, rng.choice(item.volumes))))


def render(rng: random.Random, subs: list[Sub]) -> dict[str, list[tuple[str, str]] | list[object]]:
    """Each sub-kegiatan's rows grouped under their accounts (SIPD order), the account order and
    the order within an account shuffled."""
    rendered: dict[str, tuple[tuple[str, str, str], list[object]]] = {}
    for sub in subs:
        order = list(dict.fromkeys(p.account for p in sub.rows))
        rng.shuffle(order)
        rows: list[object] = []
        planted: list[Planted] = []
        for account in order:
            rows.append(ACCOUNTS[account])
            members = [p for p in sub.rows if p.account == account]
            rng.shuffle(members)
            for p in members:
                rows.append(p.line)
                planted.append(p)
        rendered[sub.title] = (sub.header, rows)
        sub.rows = planted
    return rendered  # type: ignore[return-value]


def label(subs: list[Sub]) -> None:
    """DUPLICATE on the later line of each pair (document order) and on every content line of a
    package that already includes it."""
    order = {id(p): i for i, p in enumerate(p for sub in subs for p in sub.rows)}
    for p in (p for sub in subs for p in sub.rows):
        if p.package is not None:
            p.line.labels = [DUP]
        elif p.partner is not None:
            later = p if order[id(p)] > order[id(p.partner)] else p.partner
            later.line.labels = [DUP]


def build(
    name: str, seed: int, holdout: bool, *, single: bool = False
) -> tuple[dict[str, tuple[tuple[str, str, str], list[object]]], str]:
    rng = random.Random(seed)
    opd, theme, headers = OPDS[name]
    subs = [Sub(header[0].split(" - ")[1][:28], header) for header in headers[: 1 if single else None]]
    plant(rng, subs, theme, holdout)
    rendered = render(rng, subs)
    label(subs)
    return rendered, opd  # type: ignore[return-value]


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    W.write_catalogue(DATA / "ssh_duplicates_dev_2027.xlsx")
    manifest = []
    for split, names in (("dev", DEV), ("holdout", HOLDOUT)):
        for index, name in enumerate(names):
            seed = (1000 if split == "dev" else 5000) + index
            printout = index % 3 == 2  # one SIPD printout (one sub-kegiatan, two pages) in three
            rendered, opd = build(name, seed, split == "holdout", single=printout)
            stem = f"rka_dup_{name}_2027"
            if printout:
                ((header, rows),) = rendered.values()
                rka = f"{stem}.pdf"
                labels = W.write_printout(DATA / rka, opd, header, rows, split_at=len(rows) // 2)
            else:
                rka = f"{stem}.xlsx"
                labels = W.write_workbook(DATA / rka, rendered, opd)
            (DATA / f"{stem}.labels.json").write_text(json.dumps({"labels": labels}, indent=1) + "\n")
            manifest.append(
                {
                    "rka": rka,
                    "labels": f"{stem}.labels.json",
                    "split": split,
                    "catalogues": ["ssh_duplicates_dev_2027.xlsx"],
                }
            )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
