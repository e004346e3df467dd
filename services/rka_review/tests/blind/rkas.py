"""The blind set's RKAs: five OPDs the reviewer was never tuned on, labelled line by line.

Written before reading the review rules, with a careful reviewer's judgement:
- OVERPRICED only when the matching catalogue row has the same item, spec and unit;
- NO_PRICE_REFERENCE when no row is the same thing (a different spec counts as different), but
  not on lines already OFF_TARGET;
- items handed over to the public (``Barang yang Akan Diserahkan kepada Masyarakat``) are not the
  OPD's assets, so equipment above the capitalisation threshold there is fine;
- DUPLICATE on the later copy of an identical line in the same sub-kegiatan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OP, NPR, OT, AR, DUP, AM = (
    "OVERPRICED",
    "NO_PRICE_REFERENCE",
    "OFF_TARGET",
    "ARITHMETIC",
    "DUPLICATE",
    "ACCOUNT_MISMATCH",
)


@dataclass(frozen=True)
class Line:
    uraian: str
    spec: str | None
    koef: str
    volume: int
    satuan: str
    harga: int
    ppn: int = 11
    labels: tuple[str, ...] = ()
    ref: str | None = None  # the catalogue key a reviewer would compare with
    jumlah: int | None = None  # set only where the RKA's total is wrong


@dataclass(frozen=True)
class Group:
    code: str
    name: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class SubKegiatan:
    sheet: str
    bidang: str
    program: str
    kegiatan: str
    sub_kegiatan: str
    output: str
    target: str
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class Layout:
    columns: tuple[str, ...]  # keys of HEADER_LABELS in sheet order
    labels: dict[str, str]
    total_label: str = "Jumlah Total Sub Kegiatan"
    blank_rows_between_groups: bool = False
    ppn_as_text: bool = False  # "11%" instead of 11
    money_as_text_every: int = 0  # every n-th line writes harga/jumlah as "1.250.000" text
    account_hierarchy: bool = False  # SIPD print: every level 5 / 5.1 / 5.1.02 ... with subtotals
    wrong_subtotal_group: str | None = None  # a group whose printed subtotal is off


@dataclass(frozen=True)
class RkaSpec:
    name: str
    organisasi: str
    urusan: str
    layout: Layout
    subs: tuple[SubKegiatan, ...]
    sheets_with_two_subs: tuple[str, ...] = field(default=())


STANDARD_LABELS = {
    "no": "No",
    "kode": "Kode Rekening",
    "uraian": "Uraian",
    "spec": "Spesifikasi",
    "koef": "Koefisien",
    "volume": "Volume",
    "satuan": "Satuan",
    "harga": "Harga Satuan",
    "ppn": "PPN (%)",
    "jumlah": "Jumlah",
}
STANDARD = ("no", "kode", "uraian", "spec", "koef", "volume", "satuan", "harga", "ppn", "jumlah")

G = Group
L = Line

# ---------------------------------------------------------------- Dinas Lingkungan Hidup
DLH_BIDANG = "2.11 - URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP"
DLH = RkaSpec(
    name="rka_dlh_2026",
    organisasi="2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup",
    urusan="2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    # no Spesifikasi column: the spec is part of the Uraian
    layout=Layout(columns=tuple(c for c in STANDARD if c != "spec"), labels=STANDARD_LABELS),
    subs=(
        SubKegiatan(
            "Sarpras Sampah",
            DLH_BIDANG,
            "2.11.11 - PROGRAM PENGELOLAAN PERSAMPAHAN",
            "2.11.11.2.01 - Pengelolaan Sampah",
            "2.11.11.2.01.0003 - Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
            "Jumlah Sarana dan Prasarana Pengelolaan Sampah yang Disediakan",
            "120 Unit",
            (
                G(
                    "5.1.02.01.01.0036",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Kebersihan dan Bahan Pembersih",
                    (
                        L(
                            "Kantong sampah plastik hitam 60x100 isi 10",
                            None,
                            "500 Pak",
                            500,
                            "Pak",
                            12_500,
                            ref="kantong_60",
                        ),
                        L(
                            "Kantong sampah jumbo hitam 90 x 120 cm",
                            None,
                            "300 pak",
                            300,
                            "pak",
                            21_000,
                            ref="kantong_90",
                        ),
                        L(
                            "Sapu lidi bergagang",
                            None,
                            "400 bh",
                            400,
                            "bh",
                            27_500,
                            labels=(OP,),
                            ref="sapu_lidi",
                        ),
                        L("Sapu ijuk gagang kayu", None, "100 bh", 100, "bh", 35_000, ref="sapu_ijuk"),
                        L(
                            "Sarung tangan karet panjang",
                            None,
                            "400 psg",
                            400,
                            "psg",
                            22_000,
                            ref="sarung_tangan",
                        ),
                        L(
                            "Sepatu boot karet petugas kebersihan",
                            None,
                            "200 Psg",
                            200,
                            "Psg",
                            115_000,
                            labels=(OP,),
                            ref="sepatu_boot",
                        ),
                        L("Rompi scotlight oranye", None, "200 pcs", 200, "pcs", 65_000, ref="rompi"),
                        L(
                            "Masker medis 3 ply (box isi 50)",
                            None,
                            "100 Box",
                            100,
                            "Box",
                            42_000,
                            labels=(OP,),
                            ref="masker",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0004",
                    "Belanja Bahan-Bahan Bakar dan Pelumas",
                    (
                        L(
                            "BBM solar armada truk sampah",
                            None,
                            "12 Unit x 2000 Ltr",
                            24_000,
                            "Ltr",
                            13_500,
                            ref="solar",
                        ),
                        L(
                            "BBM pertalite motor roda tiga",
                            None,
                            "20 Unit x 600 Ltr",
                            12_000,
                            "Ltr",
                            10_000,
                            ref="pertalite",
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.02.0001",
                    "Belanja Modal Alat Angkutan Darat Tak Bermotor",
                    (
                        L(
                            "Gerobak sampah plat besi 1 m3",
                            None,
                            "40 Unit",
                            40,
                            "Unit",
                            3_750_000,
                            ref="gerobak",
                        ),
                        L(
                            "Kontainer sampah armroll 6 m3",
                            None,
                            "4 Unit",
                            4,
                            "Unit",
                            62_500_000,
                            labels=(AR,),
                            ref="kontainer",
                            jumlah=272_500_000,
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.01.0005",
                    "Belanja Modal Kendaraan Bermotor Beroda Tiga",
                    (
                        L(
                            "Motor roda tiga pengangkut sampah 150cc",
                            None,
                            "10 Unit",
                            10,
                            "Unit",
                            44_500_000,
                            labels=(OP,),
                            ref="motor_roda_tiga",
                        ),
                    ),
                ),
                G(
                    "5.2.02.05.01.0005",
                    "Belanja Modal Alat Kantor Lainnya",
                    (
                        L(
                            "Tong sampah terpilah 3 pintu fiberglass 50 L",
                            None,
                            "30 Set",
                            30,
                            "Set",
                            2_450_000,
                            ref="tong_terpilah",
                        ),
                        L(
                            "Cairan pembersih lantai 800 ml",
                            None,
                            "50 Botol",
                            50,
                            "Botol",
                            18_500,
                            labels=(AM,),
                            ref="pembersih_lantai",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0012",
                    "Belanja Bahan-Bahan Lainnya",
                    (
                        L(
                            "Paket sembako (beras 5kg, minyak 2L, gula 1kg, mie)",
                            None,
                            "100 Paket",
                            100,
                            "Paket",
                            185_000,
                            labels=(OT,),
                            ref="sembako",
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Penanganan Sampah",
            DLH_BIDANG,
            "2.11.11 - PROGRAM PENGELOLAAN PERSAMPAHAN",
            "2.11.11.2.01 - Pengelolaan Sampah",
            "2.11.11.2.01.0001 - Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, "
            "Pengolahan, dan Pemrosesan Akhir",
            "Jumlah Sampah yang Ditangani",
            "260 Ton/Hari",
            (
                G(
                    "5.1.02.02.01.0016",
                    "Belanja Jasa Tenaga Kebersihan",
                    (
                        L(
                            "Upah penyapu jalan (tenaga alih daya)",
                            None,
                            "150 Orang x 12 Bulan",
                            1_800,
                            "OB",
                            3_650_000,
                            ppn=0,
                            ref="tenaga_kebersihan",
                        ),
                        L(
                            "Jasa tenaga pengemudi truk sampah (alih daya)",
                            None,
                            "40 Orang x 12 Bulan",
                            480,
                            "OB",
                            4_200_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.03.0016",
                    "Belanja Sewa Alat Besar Darat",
                    (
                        L(
                            "Sewa excavator PC-200 operasional TPA",
                            None,
                            "1 Unit x 60 Hari",
                            60,
                            "Hari",
                            4_800_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0004",
                    "Belanja Bahan-Bahan Bakar dan Pelumas",
                    (
                        L(
                            "Solar alat berat TPA",
                            None,
                            "6000 liter",
                            6_000,
                            "liter",
                            14_200,
                            labels=(OP,),
                            ref="solar",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0013",
                    "Belanja Suku Cadang-Suku Cadang Alat Angkutan",
                    (L("Ban luar truk 7.50-16", None, "24 bh", 24, "bh", 2_350_000, labels=(NPR,)),),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Snack rapat evaluasi pengangkutan",
                            None,
                            "25 Kotak x 4 Kali",
                            100,
                            "Kotak",
                            18_000,
                            ref="snack",
                        ),
                        L(
                            "Snack rapat evaluasi pengangkutan",
                            None,
                            "25 Kotak x 4 Kali",
                            100,
                            "Kotak",
                            18_000,
                            labels=(DUP,),
                            ref="snack",
                        ),
                    ),
                ),
                G(
                    "5.1.02.04.01.0003",
                    "Belanja Perjalanan Dinas Dalam Kota",
                    (
                        L(
                            "Uang harian pengawasan TPA dalam kota > 8 jam",
                            None,
                            "4 Orang x 12 Hari",
                            48,
                            "OH",
                            200_000,
                            ppn=0,
                            ref="uh_dalam_kota",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0024",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                    (
                        L("Pulpen hitam standar", None, "48 pcs", 48, "pcs", 3_000, ref="ballpoint"),
                        L(
                            "Laptop Core i5 RAM 16GB SSD 512GB 14 inch",
                            None,
                            "1 Unit",
                            1,
                            "Unit",
                            13_750_000,
                            labels=(AM,),
                            ref="laptop",
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Pemantauan Air",
            DLH_BIDANG,
            "2.11.05 - PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
            "2.11.05.2.01 - Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
            "2.11.05.2.01.0002 - Koordinasi dan Pelaksanaan Pemantauan Kualitas Air Sungai",
            "Jumlah Titik Sampel Air Sungai yang Dipantau",
            "40 Titik",
            (
                G(
                    "5.1.02.02.01.0030",
                    "Belanja Jasa Pengujian Sampel",
                    (
                        L(
                            "Uji lab kualitas air parameter fisika kimia lengkap",
                            None,
                            "40 Titik x 2 Kali",
                            80,
                            "Sampel",
                            1_250_000,
                            ref="uji_air",
                        ),
                        L(
                            "Uji lab mikrobiologi air (E. coli, total coliform)",
                            None,
                            "40 Titik x 2 Kali",
                            80,
                            "Sampel",
                            450_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.04.0036",
                    "Belanja Sewa Kendaraan Bermotor Penumpang",
                    (
                        L(
                            "Sewa mobil pengambilan sampel",
                            None,
                            "1 Unit x 16 Hari",
                            16,
                            "Unit/Hari",
                            700_000,
                            ref="sewa_mobil",
                        ),
                    ),
                ),
                G(
                    "5.1.02.04.01.0003",
                    "Belanja Perjalanan Dinas Dalam Kota",
                    (
                        L(
                            "Uang harian petugas sampling",
                            None,
                            "3 Orang x 20 Hari",
                            60,
                            "OH",
                            200_000,
                            ppn=0,
                            ref="uh_dalam_kota",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.04.0040",
                    "Belanja Sewa Alat Angkutan Apung",
                    (
                        L(
                            "Sewa perahu ketinting untuk sampling sungai",
                            None,
                            "8 Hari",
                            8,
                            "Hari",
                            750_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0026",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                    (
                        L(
                            "Cetak leaflet hasil pemantauan",
                            None,
                            "1000 lbr",
                            1_000,
                            "lbr",
                            1_500,
                            ref="leaflet",
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.01.0003",
                    "Belanja Modal Kendaraan Dinas Bermotor Angkutan Barang",
                    (
                        L(
                            "Mobil pick up 1500 cc bak terbuka",
                            None,
                            "1 Unit",
                            1,
                            "Unit",
                            245_000_000,
                            labels=(OT,),
                            ref="pickup",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Snack kotak rapat koordinasi",
                            None,
                            "20 Kotak x 6 Kali",
                            120,
                            "Kotak",
                            19_500,
                            labels=(OP,),
                            ref="snack",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

# ---------------------------------------------------------------- Dinas Sosial
SOS_BIDANG = "1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL"
SOS_PROGRAM = "1.06.06 - PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"
SOS_KEGIATAN = "1.06.06.2.01 - Pemberian Bantuan Sosial bagi Korban Bencana Alam dan Sosial Kabupaten/Kota"
DISERAHKAN = ("5.1.02.05.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat")
DINSOS = RkaSpec(
    name="rka_dinsos_2026",
    organisasi="1.06.0.00.0.00.01.0000 - Dinas Sosial",
    urusan="1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    # no PPN column: the RKA carries prices without PPN
    layout=Layout(
        columns=tuple(c for c in STANDARD if c != "ppn"),
        labels=STANDARD_LABELS,
        total_label="TOTAL SUB KEGIATAN",
    ),
    subs=(
        SubKegiatan(
            "Penyediaan Makanan",
            SOS_BIDANG,
            SOS_PROGRAM,
            SOS_KEGIATAN,
            "1.06.06.2.01.0001 - Penyediaan Makanan",
            "Jumlah Korban Bencana yang Terpenuhi Kebutuhan Makanannya",
            "500 Jiwa",
            (
                G(
                    *DISERAHKAN,
                    (
                        L(
                            "Paket sembako korban bencana",
                            "Beras 5 kg, minyak goreng 2 L, gula 1 kg, mi instan 5 bks",
                            "500 Paket",
                            500,
                            "Paket",
                            185_000,
                            ppn=0,
                            ref="sembako",
                        ),
                        L(
                            "Beras medium",
                            "Karung",
                            "500 Jiwa x 10 Kg",
                            5_000,
                            "Kg",
                            15_250,
                            ppn=0,
                            labels=(OP,),
                            ref="beras",
                        ),
                        L(
                            "Nasi bungkus dapur umum",
                            "Nasi dan lauk",
                            "500 Jiwa x 3 Kali x 3 Hari",
                            4_500,
                            "bks",
                            25_000,
                            ppn=0,
                            ref="nasi_bungkus",
                        ),
                        L(
                            "Air mineral botol 600ml",
                            "Isi 24 botol per dus",
                            "100 Dus",
                            100,
                            "Dus",
                            48_000,
                            ppn=0,
                            ref="air_botol",
                        ),
                        L(
                            "Susu formula bayi 400 gr",
                            "Untuk usia 6-12 bulan",
                            "100 Kaleng",
                            100,
                            "Kaleng",
                            95_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                        L(
                            "Paket sembako korban bencana",
                            "Beras 5 kg, minyak goreng 2 L, gula 1 kg, mi instan 5 bks",
                            "500 Paket",
                            500,
                            "Paket",
                            185_000,
                            ppn=0,
                            labels=(DUP,),
                            ref="sembako",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Snack rapat koordinasi penanganan",
                            None,
                            "30 Kotak x 4 Kali",
                            120,
                            "Kotak",
                            18_000,
                            ppn=0,
                            ref="snack",
                        ),
                        L(
                            "Nasi kotak rapat koordinasi",
                            "Nasi, lauk, sayur, buah",
                            "30 Kotak x 4 Kali",
                            120,
                            "Kotak",
                            45_000,
                            ppn=0,
                            labels=(OP,),
                            ref="nasi_kotak",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.01.0004",
                    "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan",
                    (
                        L(
                            "Honor anggota tim pelaksana kegiatan",
                            None,
                            "5 Orang x 6 Bulan",
                            30,
                            "OB",
                            300_000,
                            ppn=0,
                            ref="tim_pelaksana",
                        ),
                    ),
                ),
                G(
                    "5.1.02.04.01.0001",
                    "Belanja Perjalanan Dinas Biasa",
                    (
                        L(
                            "Uang harian perjalanan dinas ke lokasi bencana (luar kota)",
                            "Dalam provinsi",
                            "4 Orang x 3 Hari",
                            12,
                            "OH",
                            430_000,
                            ppn=0,
                            ref="uh_luar_kota",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0031",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik",
                    (
                        L(
                            "Genset portable 5 kVA untuk dapur umum",
                            "Bensin",
                            "1 Unit",
                            1,
                            "Unit",
                            18_500_000,
                            ppn=0,
                            labels=(AM,),
                            ref="genset",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0012",
                    "Belanja Bahan-Bahan Lainnya",
                    (
                        L(
                            "Kompor gas 1 tungku dapur umum",
                            "Tekanan tinggi",
                            "10 Buah",
                            10,
                            "Buah",
                            350_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Penyediaan Sandang",
            SOS_BIDANG,
            SOS_PROGRAM,
            SOS_KEGIATAN,
            "1.06.06.2.01.0002 - Penyediaan Sandang",
            "Jumlah Korban Bencana yang Terpenuhi Kebutuhan Sandangnya",
            "500 Jiwa",
            (
                G(
                    *DISERAHKAN,
                    (
                        L("Selimut polar 150x200", None, "500 Lbr", 500, "Lbr", 85_000, ppn=0, ref="selimut"),
                        L(
                            "Tikar plastik 2x3 meter",
                            None,
                            "250 Lembar",
                            250,
                            "Lembar",
                            72_500,
                            ppn=0,
                            labels=(OP,),
                            ref="tikar",
                        ),
                        L(
                            "Kasur lipat busa 90x200",
                            None,
                            "250 bh",
                            250,
                            "bh",
                            375_000,
                            ppn=0,
                            ref="kasur_lipat",
                        ),
                        L(
                            "Hygiene kit",
                            "Sabun, sikat gigi, pasta gigi, sampo, handuk",
                            "250 Paket",
                            250,
                            "Paket",
                            125_000,
                            ppn=0,
                            labels=(AR,),
                            ref="hygiene_kit",
                            jumlah=32_150_000,
                        ),
                        L(
                            "Pakaian layak pakai dewasa",
                            "Kaos dan celana panjang",
                            "500 Stel",
                            500,
                            "Stel",
                            150_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                        L(
                            "Sarung",
                            "Katun, dewasa",
                            "250 Lembar",
                            250,
                            "Lembar",
                            65_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.03.0001",
                    "Belanja Modal Alat Angkutan Apung Bermotor",
                    (
                        L(
                            "Perahu karet kapasitas 10 orang",
                            "PVC/hypalon",
                            "1 Unit",
                            1,
                            "Unit",
                            67_000_000,
                            ppn=0,
                            labels=(OT,),
                            ref="perahu_karet",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0026",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                    (
                        L(
                            "Spanduk informasi posko",
                            "Flexi 280 gr",
                            "12 M2",
                            12,
                            "M2",
                            40_000,
                            ppn=0,
                            ref="spanduk",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.04.0035",
                    "Belanja Sewa Kendaraan Bermotor Angkutan Barang",
                    (
                        L(
                            "Sewa truk distribusi bantuan",
                            "Truk engkel, termasuk sopir",
                            "2 Unit x 5 Hari",
                            10,
                            "Unit/Hari",
                            1_250_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Alat Bantu Disabilitas",
            SOS_BIDANG,
            "1.06.04 - PROGRAM REHABILITASI SOSIAL",
            "1.06.04.2.01 - Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
            "1.06.04.2.01.0004 - Pemberian Alat Bantu",
            "Jumlah Penyandang Disabilitas yang Menerima Alat Bantu",
            "70 Orang",
            (
                G(
                    *DISERAHKAN,
                    (
                        L(
                            "Kursi roda standar dewasa",
                            "Rangka besi",
                            "40 Unit",
                            40,
                            "Unit",
                            1_650_000,
                            ppn=0,
                            ref="kursi_roda",
                        ),
                        L(
                            "Tongkat ketiak (kruk) aluminium",
                            "Dapat disetel",
                            "20 Pasang",
                            20,
                            "Pasang",
                            285_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                        L(
                            "Alat bantu dengar",
                            "Digital, belakang telinga",
                            "10 Unit",
                            10,
                            "Unit",
                            2_750_000,
                            ppn=0,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Kue kotak penyerahan bantuan",
                            None,
                            "100 Ktk",
                            100,
                            "Ktk",
                            18_000,
                            ppn=0,
                            ref="snack",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.01.0003",
                    "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    (
                        L(
                            "Honor narasumber non ASN sosialisasi",
                            "Praktisi",
                            "1 Orang x 3 Jam",
                            3,
                            "OJ",
                            1_000_000,
                            ppn=0,
                            ref="narsum_non_asn",
                        ),
                        L(
                            "Honor narasumber eselon III",
                            None,
                            "2 Orang x 2 Jam",
                            4,
                            "OJ",
                            950_000,
                            ppn=0,
                            labels=(OP,),
                            ref="narsum_es3",
                        ),
                    ),
                ),
                G(
                    "5.2.02.05.02.0001",
                    "Belanja Modal Mebel",
                    (
                        L(
                            "Kursi lipat besi",
                            "Dudukan busa",
                            "50 Buah",
                            50,
                            "Buah",
                            285_000,
                            ppn=0,
                            labels=(AM,),
                            ref="kursi_lipat",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

# ---------------------------------------------------------------- BPBD
BPBD_BIDANG = (
    "1.05 - URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT"
)
BPBD_PROGRAM = "1.05.03 - PROGRAM PENANGGULANGAN BENCANA"
BPBD = RkaSpec(
    name="rka_bpbd_2026",
    organisasi="1.05.0.00.0.00.02.0000 - Badan Penanggulangan Bencana Daerah",
    urusan="1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    # Satuan before Koefisien and Volume; blank rows between groups; other total wording
    layout=Layout(
        columns=("no", "kode", "uraian", "spec", "satuan", "koef", "volume", "harga", "ppn", "jumlah"),
        labels=STANDARD_LABELS,
        total_label="Jumlah Anggaran Sub Kegiatan",
        blank_rows_between_groups=True,
        wrong_subtotal_group="5.1.02.01.01.0004",
    ),
    subs=(
        SubKegiatan(
            "Peralatan Kesiapsiagaan",
            BPBD_BIDANG,
            BPBD_PROGRAM,
            "1.05.03.2.02 - Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
            "1.05.03.2.02.0004 - Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana "
            "Kabupaten/Kota",
            "Jumlah Peralatan Perlindungan dan Kesiapsiagaan Bencana yang Disediakan",
            "60 Unit",
            (
                G(
                    "5.2.02.02.03.0001",
                    "Belanja Modal Alat Angkutan Apung Bermotor",
                    (
                        L(
                            "Perahu karet PVC kap. 10 org",
                            "Bahan PVC/hypalon, kapasitas 10 orang",
                            "2 Unit",
                            2,
                            "Unit",
                            67_000_000,
                            ref="perahu_karet",
                        ),
                        L(
                            "Mesin tempel 15 PK",
                            "2 tak",
                            "2 Unit",
                            2,
                            "Unit",
                            41_000_000,
                            labels=(OP,),
                            ref="mesin_tempel",
                        ),
                    ),
                ),
                G(
                    "5.2.02.03.02.0004",
                    "Belanja Modal Generator",
                    (
                        L(
                            "Genset portable 5 KVA bensin",
                            None,
                            "3 Unit",
                            3,
                            "Unit",
                            18_500_000,
                            ref="genset",
                        ),
                        L(
                            "Chainsaw / gergaji mesin 20 inch",
                            "Bensin 2 tak",
                            "4 Unit",
                            4,
                            "Unit",
                            6_500_000,
                            labels=(NPR,),
                        ),
                        L(
                            "Genset portable 5 KVA bensin",
                            None,
                            "3 Unit",
                            3,
                            "Unit",
                            18_500_000,
                            labels=(DUP,),
                            ref="genset",
                        ),
                    ),
                ),
                G(
                    "5.2.02.05.01.0005",
                    "Belanja Modal Alat Rumah Tangga Lainnya",
                    (
                        L(
                            "Tenda pleton 6 x 14 m lengkap rangka",
                            None,
                            "2 Unit",
                            2,
                            "Unit",
                            27_500_000,
                            ref="tenda_pleton",
                        ),
                        L("Tenda keluarga 3x4", None, "20 Unit", 20, "Unit", 3_850_000, ref="tenda_keluarga"),
                        L(
                            "Pelampung / life jacket dewasa",
                            "SNI",
                            "50 bh",
                            50,
                            "bh",
                            275_000,
                            labels=(AM,),
                            ref="pelampung",
                        ),
                    ),
                ),
                G(
                    "5.2.02.06.02.0001",
                    "Belanja Modal Alat Komunikasi Radio",
                    (
                        L(
                            "Handy talky VHF 5W",
                            None,
                            "10 Unit",
                            10,
                            "Unit",
                            2_850_000,
                            labels=(AR,),
                            ref="ht",
                            jumlah=31_365_000,
                        ),
                    ),
                ),
                G(
                    "5.2.02.06.03.0002",
                    "Belanja Modal Peralatan Pemetaan",
                    (
                        L(
                            "Drone pemetaan multirotor RTK",
                            "Kamera 20 MP, waktu terbang 40 menit",
                            "1 Unit",
                            1,
                            "Unit",
                            85_000_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.01.0003",
                    "Belanja Modal Kendaraan Dinas Bermotor Angkutan Barang",
                    (
                        L(
                            "Mobil double cabin 4x4 rescue",
                            "Diesel 2.400 cc, penggerak 4 roda",
                            "1 Unit",
                            1,
                            "Unit",
                            545_000_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0031",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik",
                    (
                        L(
                            "Lampu senter LED rechargeable",
                            None,
                            "30 pcs",
                            30,
                            "pcs",
                            165_000,
                            labels=(OP,),
                            ref="senter",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0004",
                    "Belanja Bahan-Bahan Bakar dan Pelumas",
                    (
                        L(
                            "BBM pertalite operasional perahu",
                            None,
                            "2 Unit x 200 Ltr",
                            400,
                            "Ltr",
                            10_000,
                            ref="pertalite",
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Respon Cepat",
            BPBD_BIDANG,
            BPBD_PROGRAM,
            "1.05.03.2.03 - Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
            "1.05.03.2.03.0001 - Respon Cepat Darurat Bencana Kabupaten/Kota",
            "Jumlah Kejadian Bencana yang Direspon dalam Waktu Kurang dari 24 Jam",
            "30 Kejadian",
            (
                G(
                    "5.1.02.04.01.0003",
                    "Belanja Perjalanan Dinas Dalam Kota",
                    (
                        L(
                            "Uang harian TRC (tim reaksi cepat)",
                            "Dalam kota lebih dari 8 jam",
                            "10 OH x 3 Kali",
                            30,
                            "OH",
                            200_000,
                            ppn=0,
                            ref="uh_dalam_kota",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0055",
                    "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Ketenteraman",
                    (
                        L(
                            "Nasi bungkus petugas dan pengungsi",
                            None,
                            "100 Org x 3 Kali x 5 Hari",
                            1_500,
                            "Bks",
                            25_000,
                            ref="nasi_bungkus",
                        ),
                        L("Air mineral galon isi ulang", None, "60 Galon", 60, "Galon", 22_000, ref="galon"),
                        L(
                            "Air mineral botol 600 ml",
                            "1 dus isi 24",
                            "80 dus",
                            80,
                            "dus",
                            52_000,
                            labels=(OP,),
                            ref="air_botol",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0004",
                    "Belanja Bahan-Bahan Bakar dan Pelumas",
                    (
                        L("Solar genset posko", None, "800 liter", 800, "liter", 13_500, ref="solar"),
                        L(
                            "Pertalite kendaraan operasional TRC",
                            None,
                            "1200 Ltr",
                            1_200,
                            "Ltr",
                            10_000,
                            labels=(AR,),
                            ref="pertalite",
                            jumlah=12_000_000,
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.04.0050",
                    "Belanja Sewa Tenda",
                    (
                        L(
                            "Sewa tenda dan kursi posko",
                            "Tenda 5x5 m + 50 kursi",
                            "2 Paket x 5 Hari",
                            10,
                            "Paket/Hari",
                            1_750_000,
                            ref="sewa_tenda_kursi",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0012",
                    "Belanja Bahan-Bahan Lainnya",
                    (
                        L(
                            "Cinderamata plakat kayu untuk tamu",
                            "Ukiran, kotak beludru",
                            "20 Buah",
                            20,
                            "Buah",
                            350_000,
                            labels=(OT,),
                        ),
                        L(
                            "Kantong jenazah",
                            "Bahan PVC, dengan resleting",
                            "20 Buah",
                            20,
                            "Buah",
                            175_000,
                            labels=(NPR,),
                        ),
                        L("Masker medis 3 ply isi 50", None, "40 Kotak", 40, "Kotak", 35_000, ref="masker"),
                    ),
                ),
                G(
                    "5.1.02.01.01.0024",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                    (
                        L("Kertas HVS A4 80 gsm", None, "10 rim", 10, "rim", 62_000, ref="hvs_a4_80"),
                        L(
                            "Printer laser monokrom A4",
                            None,
                            "1 Unit",
                            1,
                            "Unit",
                            3_100_000,
                            labels=(AM,),
                            ref="printer_laser",
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "KIE Bencana",
            BPBD_BIDANG,
            BPBD_PROGRAM,
            "1.05.03.2.02 - Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
            "1.05.03.2.02.0001 - Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana "
            "Kabupaten/Kota",
            "Jumlah Orang yang Mengikuti Sosialisasi KIE Rawan Bencana",
            "400 Orang",
            (
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Snack peserta sosialisasi",
                            None,
                            "100 Org x 4 Kali",
                            400,
                            "Kotak",
                            18_000,
                            ref="snack",
                        ),
                        L(
                            "Nasi kotak peserta sosialisasi",
                            None,
                            "100 Org x 4 Kali",
                            400,
                            "Kotak",
                            40_000,
                            ref="nasi_kotak",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.01.0003",
                    "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    (
                        L(
                            "Honorarium narasumber profesional (non ASN)",
                            None,
                            "1 Org x 2 Jam x 4 Kali",
                            8,
                            "OJ",
                            1_200_000,
                            ppn=0,
                            labels=(OP,),
                            ref="narsum_non_asn",
                        ),
                        L(
                            "Honor moderator",
                            None,
                            "1 Org x 4 Kali",
                            4,
                            "OK",
                            700_000,
                            ppn=0,
                            ref="moderator",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.04.0121",
                    "Belanja Sewa Peralatan Studio Audio",
                    (
                        L(
                            "Sewa sound system 2000 watt + operator",
                            None,
                            "4 Hari",
                            4,
                            "Hari",
                            2_500_000,
                            ref="sewa_sound",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0026",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                    (
                        L(
                            "Cetak leaflet KIE full colour lipat 3",
                            None,
                            "2000 Lbr",
                            2_000,
                            "Lbr",
                            1_750,
                            labels=(OP,),
                            ref="leaflet",
                        ),
                        L("Spanduk flexi 280 gr", None, "24 m2", 24, "m2", 40_000, ref="spanduk"),
                        L(
                            "Cetak buku saku siaga bencana A6 32 hlm",
                            None,
                            "400 Eks",
                            400,
                            "Eks",
                            12_500,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.03.0001",
                    "Belanja Modal Alat Angkutan Apung Bermotor",
                    (
                        L(
                            "Mesin tempel 15 PK",
                            "2 tak",
                            "1 Unit",
                            1,
                            "Unit",
                            38_500_000,
                            labels=(OT,),
                            ref="mesin_tempel",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

# ---------------------------------------------------------------- Diskominfo
KOMINFO_BIDANG = "2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"
KOMINFO_PROGRAM = "2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA"
KOMINFO_KEGIATAN = "2.16.03.2.02 - Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota"
DISKOMINFO = RkaSpec(
    name="rka_diskominfo_2026",
    organisasi="2.16.2.20.2.21.01.0000 - Dinas Komunikasi dan Informatika",
    urusan="2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    layout=Layout(
        columns=STANDARD,
        labels={
            "no": "No.",
            "kode": "Kode Rekening",
            "uraian": "Uraian Belanja",
            "spec": "Rincian / Spesifikasi",
            "koef": "Koefisien",
            "volume": "Vol",
            "satuan": "Sat",
            "harga": "Harga (Rp)",
            "ppn": "PPN",
            "jumlah": "Total (Rp)",
        },
        total_label="Total Sub Kegiatan",
        ppn_as_text=True,
        money_as_text_every=3,
    ),
    sheets_with_two_subs=("Aptika",),
    subs=(
        SubKegiatan(
            "Aptika",
            KOMINFO_BIDANG,
            KOMINFO_PROGRAM,
            KOMINFO_KEGIATAN,
            "2.16.03.2.02.0004 - Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
            "Jumlah Perangkat Daerah yang Terhubung dengan Jaringan Intra Pemerintah Daerah",
            "45 Perangkat Daerah",
            (
                G(
                    "5.1.02.02.01.0063",
                    "Belanja Kawat/Faksimili/Internet/TV Berlangganan",
                    (
                        L(
                            "Bandwidth internet dedicated 100 Mbps 1:1",
                            None,
                            "12 Bulan",
                            12,
                            "bln",
                            7_500_000,
                            ref="internet_100",
                        ),
                        L(
                            "Bandwidth internet dedicated 200 Mbps",
                            "Rasio 1:1, SLA 99,5%",
                            "12 Bulan",
                            12,
                            "bln",
                            14_250_000,
                            labels=(OP,),
                            ref="internet_200",
                        ),
                        L(
                            "Internet broadband kantor 50 Mbps (up to)",
                            "Untuk kantor kelurahan",
                            "45 Lokasi x 12 Bulan",
                            540,
                            "Bulan",
                            550_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.2.02.10.02.0005",
                    "Belanja Modal Peralatan Jaringan",
                    (
                        L(
                            "Router enterprise 8 port gigabit load balance",
                            None,
                            "3 Unit",
                            3,
                            "Unit",
                            9_800_000,
                            ref="router",
                        ),
                        L(
                            "Switch manageable 24 port gigabit + 4 SFP",
                            None,
                            "10 Unit",
                            10,
                            "Unit",
                            7_950_000,
                            labels=(OP,),
                            ref="switch",
                        ),
                        L(
                            "Access point wifi 6 dual band PoE",
                            None,
                            "45 Unit",
                            45,
                            "Unit",
                            2_350_000,
                            ref="access_point",
                        ),
                        L(
                            "Patch cord UTP cat6 1 meter",
                            None,
                            "200 pcs",
                            200,
                            "pcs",
                            25_000,
                            labels=(AM, NPR),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0029",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer",
                    (L("Konektor RJ45 cat 6 (isi 100)", None, "10 Box", 10, "Box", 275_000, labels=(NPR,)),),
                ),
                G(
                    "5.1.02.04.01.0003",
                    "Belanja Perjalanan Dinas Dalam Kota",
                    (
                        L(
                            "Uang harian teknisi jaringan",
                            "Dalam kota > 8 jam",
                            "3 Org x 20 Hari",
                            60,
                            "OH",
                            200_000,
                            ppn=0,
                            ref="uh_dalam_kota",
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Aptika",
            KOMINFO_BIDANG,
            KOMINFO_PROGRAM,
            KOMINFO_KEGIATAN,
            "2.16.03.2.02.0005 - Pengelolaan Pusat Data Pemerintah Daerah",
            "Jumlah Layanan Pusat Data yang Dikelola",
            "12 Layanan",
            (
                G(
                    "5.1.02.02.04.0130",
                    "Belanja Sewa Ruang Server dan Colocation",
                    (
                        L(
                            "Sewa colocation server 1U di data center",
                            None,
                            "12 Bulan",
                            12,
                            "Bln",
                            3_500_000,
                            ref="colocation_1u",
                        ),
                        L(
                            "Sewa colocation 2U",
                            "Listrik dan pendingin",
                            "12 Bulan",
                            12,
                            "Bulan",
                            6_800_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.12.0002",
                    "Belanja Lisensi Perangkat Lunak",
                    (
                        L(
                            "Lisensi antivirus endpoint 1 thn",
                            None,
                            "250 Lisensi",
                            250,
                            "Lisensi",
                            375_000,
                            labels=(OP,),
                            ref="antivirus",
                        ),
                        L(
                            "Lisensi perangkat lunak perkantoran per user",
                            "Langganan 1 tahun",
                            "100 User",
                            100,
                            "User/Thn",
                            1_450_000,
                            ref="lisensi_office",
                        ),
                        L(
                            "Langganan lisensi Windows Server Standard",
                            "Per tahun, 16 core",
                            "4 Lisensi",
                            4,
                            "Lisensi",
                            14_500_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.2.02.10.01.0003",
                    "Belanja Modal Komputer Unit Lainnya",
                    (
                        L(
                            "Server rack 1U 2x Xeon Silver RAM 64GB 2x SSD 960GB",
                            None,
                            "2 Unit",
                            2,
                            "Unit",
                            185_000_000,
                            ref="server",
                        ),
                        L("UPS online 3 KVA", None, "4 Unit", 4, "Unit", 14_500_000, ref="ups"),
                        L("Storage NAS 8 bay 64 TB", None, "1 Unit", 1, "Unit", 95_000_000, labels=(NPR,)),
                    ),
                ),
                G(
                    "5.2.02.05.02.0004",
                    "Belanja Modal Alat Pendingin",
                    (
                        L(
                            "AC split 2 PK ruang server",
                            "Termasuk pemasangan",
                            "2 Unit",
                            2,
                            "Unit",
                            8_900_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Snack rapat koordinasi pusat data",
                            None,
                            "20 Kotak x 4 Kali",
                            80,
                            "kotak",
                            18_000,
                            ref="snack",
                        ),
                    ),
                ),
                G(
                    "5.2.02.02.01.0004",
                    "Belanja Modal Kendaraan Bermotor Beroda Dua",
                    (
                        L(
                            "Sepeda motor operasional 150 cc",
                            None,
                            "1 Unit",
                            1,
                            "Unit",
                            28_500_000,
                            labels=(OT,),
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Komunikasi Publik",
            KOMINFO_BIDANG,
            "2.16.02 - PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
            "2.16.02.2.01 - Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
            "2.16.02.2.01.0002 - Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
            "Jumlah Konten Komunikasi Publik yang Dipublikasikan",
            "600 Konten",
            (
                G(
                    "5.1.02.02.01.0055",
                    "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan",
                    (
                        L(
                            "Iklan advertorial media cetak lokal 1/2 halaman",
                            None,
                            "12 Kali",
                            12,
                            "Kali",
                            7_500_000,
                            labels=(NPR,),
                        ),
                        L(
                            "Jasa produksi video konten layanan publik",
                            "Durasi 3 menit",
                            "12 Paket",
                            12,
                            "Paket",
                            5_000_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0026",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                    (
                        L(
                            "Leaflet layanan publik full color lipat tiga",
                            "Art paper 120 gr",
                            "3000 lbr",
                            3_000,
                            "lbr",
                            1_500,
                            ref="leaflet",
                        ),
                        L(
                            "Spanduk flexi 280gr",
                            None,
                            "60 M2",
                            60,
                            "M2",
                            45_000,
                            labels=(OP,),
                            ref="spanduk",
                        ),
                    ),
                ),
                G(
                    "5.2.02.06.01.0002",
                    "Belanja Modal Alat Studio Video dan Film",
                    (
                        L(
                            "Kamera mirrorless 24 MP + lensa kit",
                            None,
                            "2 Unit",
                            2,
                            "Unit",
                            14_900_000,
                            ref="kamera",
                        ),
                        L(
                            "Kamera mirrorless 24 MP + lensa kit",
                            None,
                            "2 Unit",
                            2,
                            "Unit",
                            14_900_000,
                            labels=(DUP,),
                            ref="kamera",
                        ),
                        L("Memory card SD 128 GB", "V30", "6 pcs", 6, "pcs", 285_000, labels=(AM, NPR)),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Nasi kotak rapat redaksi",
                            None,
                            "15 Kotak x 12 Kali",
                            180,
                            "Kotak",
                            40_000,
                            labels=(AR,),
                            ref="nasi_kotak",
                            jumlah=7_920_000,
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.01.0003",
                    "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    (
                        L(
                            "Honor narasumber eselon III pelatihan kehumasan",
                            None,
                            "1 Org x 6 Jam",
                            6,
                            "OJ",
                            900_000,
                            ppn=0,
                            ref="narsum_es3",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0031",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik",
                    (
                        L(
                            "AC split 1 PK ruang redaksi",
                            "Termasuk pemasangan",
                            "1 Unit",
                            1,
                            "Unit",
                            5_200_000,
                            labels=(AM,),
                            ref="ac_1pk",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

# ---------------------------------------------------------------- Dinas Pertanian
TANI_BIDANG = "3.27 - URUSAN PEMERINTAHAN BIDANG PERTANIAN"
TANI_PROGRAM = "3.27.03 - PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN"
DISTAN = RkaSpec(
    name="rka_distan_2026",
    organisasi="3.27.0.00.0.00.01.0000 - Dinas Pertanian",
    urusan="3 - URUSAN PEMERINTAHAN PILIHAN",
    layout=Layout(columns=STANDARD, labels=STANDARD_LABELS, account_hierarchy=True),
    subs=(
        SubKegiatan(
            "Benih Bibit",
            TANI_BIDANG,
            TANI_PROGRAM,
            "3.27.03.2.01 - Pengawasan Penggunaan Sarana Pendukung Pertanian",
            "3.27.03.2.01.0002 - Penyediaan dan Penyaluran Benih/Bibit Tanaman Pangan dan Hortikultura",
            "Jumlah Kelompok Tani yang Menerima Benih/Bibit",
            "40 Kelompok Tani",
            (
                G(
                    "5.1.02.01.01.0004",
                    "Belanja Bahan-Bahan Bakar dan Pelumas",
                    (
                        L(
                            "BBM Pertalite distribusi benih",
                            None,
                            "500 liter",
                            500,
                            "liter",
                            10_000,
                            ref="pertalite",
                        ),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Snack sosialisasi penyaluran benih",
                            None,
                            "80 kotak",
                            80,
                            "kotak",
                            18_000,
                            ref="snack",
                        ),
                    ),
                ),
                G(
                    "5.1.02.04.01.0003",
                    "Belanja Perjalanan Dinas Dalam Kota",
                    (
                        L(
                            "Uang harian monitoring penyaluran",
                            "Dalam kota lebih dari 8 jam",
                            "4 Orang x 10 Hari",
                            40,
                            "OH",
                            225_000,
                            ppn=0,
                            labels=(OP,),
                            ref="uh_dalam_kota",
                        ),
                    ),
                ),
                G(
                    *DISERAHKAN,
                    (
                        L(
                            "Benih padi inbrida bersertifikat (VUB)",
                            None,
                            "40 Kel x 250 Kg",
                            10_000,
                            "Kg",
                            15_000,
                            ref="benih_padi",
                        ),
                        L(
                            "Benih cabai rawit 10 gr",
                            "Bersertifikat",
                            "40 Kel x 20 Bks",
                            800,
                            "Bks",
                            52_000,
                            labels=(OP,),
                            ref="benih_cabai",
                        ),
                        L(
                            "Pupuk NPK Phonska non subsidi",
                            "15-15-15",
                            "40 Kel x 500 Kg",
                            20_000,
                            "Kg",
                            14_000,
                            ref="npk",
                        ),
                        L(
                            "Pupuk organik padat 40 kg",
                            None,
                            "1000 Sak",
                            1_000,
                            "Sak",
                            60_000,
                            ref="pupuk_organik",
                        ),
                        L(
                            "Insektisida cair 500 ml",
                            None,
                            "400 Btl",
                            400,
                            "Btl",
                            95_000,
                            labels=(AR,),
                            ref="insektisida",
                            jumlah=42_810_000,
                        ),
                        L(
                            "Bibit durian musang king (okulasi)",
                            "Tinggi 60 cm, polybag",
                            "500 Btg",
                            500,
                            "Btg",
                            35_000,
                            labels=(NPR,),
                        ),
                        L(
                            "Pupuk NPK Phonska non subsidi",
                            "15-15-15",
                            "40 Kel x 500 Kg",
                            20_000,
                            "Kg",
                            14_000,
                            labels=(DUP,),
                            ref="npk",
                        ),
                        L(
                            "Mulsa plastik hitam perak",
                            "Lebar 120 cm, panjang 250 m",
                            "100 Roll",
                            100,
                            "Roll",
                            575_000,
                            labels=(NPR,),
                        ),
                        L(
                            "Selimut polar 150 x 200",
                            None,
                            "100 Lembar",
                            100,
                            "Lembar",
                            85_000,
                            labels=(OT,),
                            ref="selimut",
                        ),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Alsintan",
            TANI_BIDANG,
            TANI_PROGRAM,
            "3.27.03.2.03 - Pengelolaan Alat dan Mesin Pertanian",
            "3.27.03.2.03.0001 - Penyediaan dan Penyaluran Alat dan Mesin Pertanian (Alsintan)",
            "Jumlah Unit Alat dan Mesin Pertanian yang Disalurkan",
            "530 Unit",
            (
                G(
                    "5.1.02.01.01.0024",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                    (
                        L("Kertas HVS A4 80 gram", None, "5 Rim", 5, "Rim", 62_000, ref="hvs_a4_80"),
                        L(
                            "Tinta printer ink tank 70 ml",
                            "Original",
                            "8 Btl",
                            8,
                            "Btl",
                            110_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.01.0004",
                    "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan",
                    (
                        L(
                            "Honorarium tim verifikasi CPCL",
                            None,
                            "5 Org x 4 Bln",
                            20,
                            "OB",
                            300_000,
                            ppn=0,
                            ref="tim_pelaksana",
                        ),
                    ),
                ),
                G(
                    *DISERAHKAN,
                    (
                        L(
                            "Hand tractor diesel 8,5 HP + rotary",
                            "Untuk kelompok tani",
                            "10 Unit",
                            10,
                            "Unit",
                            32_500_000,
                            ref="traktor",
                        ),
                        L(
                            "Handsprayer elektrik 16 liter",
                            None,
                            "200 Unit",
                            200,
                            "Unit",
                            750_000,
                            ref="handsprayer",
                        ),
                        L(
                            "Hand sprayer manual 15 liter",
                            "Pompa tangan",
                            "100 Unit",
                            100,
                            "Unit",
                            325_000,
                            labels=(NPR,),
                        ),
                        L("Cangkul baja bergagang", None, "200 bh", 200, "bh", 85_000, ref="cangkul"),
                        L(
                            "Pompa air 3 inch bensin",
                            "Untuk irigasi",
                            "20 Unit",
                            20,
                            "Unit",
                            4_750_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.2.02.04.01.0001",
                    "Belanja Modal Alat Pengolahan Tanah dan Tanaman",
                    (
                        L(
                            "Traktor tangan 8.5 HP diesel dgn rotary",
                            "Unit demplot dinas",
                            "2 Unit",
                            2,
                            "Unit",
                            34_750_000,
                            labels=(OP,),
                            ref="traktor",
                        ),
                        L("Cangkul baja", None, "20 Buah", 20, "Buah", 85_000, labels=(AM,), ref="cangkul"),
                    ),
                ),
            ),
        ),
        SubKegiatan(
            "Penyuluhan",
            TANI_BIDANG,
            "3.27.07 - PROGRAM PENYULUHAN PERTANIAN",
            "3.27.07.2.01 - Pelaksanaan Penyuluhan Pertanian",
            "3.27.07.2.01.0002 - Penyelenggaraan Penyuluhan Pertanian bagi Kelompok Tani",
            "Jumlah Petani yang Mendapatkan Penyuluhan",
            "600 Orang",
            (
                G(
                    "5.1.02.01.01.0026",
                    "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                    (
                        L(
                            "Cetak leaflet teknologi budidaya",
                            "Lipat 3, full color",
                            "1200 Lbr",
                            1_200,
                            "Lbr",
                            1_500,
                            ref="leaflet",
                        ),
                        L("Spanduk kegiatan flexi", None, "18 m2", 18, "m2", 40_000, ref="spanduk"),
                    ),
                ),
                G(
                    "5.1.02.01.01.0052",
                    "Belanja Makanan dan Minuman Rapat",
                    (
                        L(
                            "Nasi kotak peserta penyuluhan",
                            None,
                            "150 Org x 4 Kali",
                            600,
                            "Kotak",
                            40_000,
                            ref="nasi_kotak",
                        ),
                        L("Snack penyuluhan", None, "150 Org x 4 Kali", 600, "Kotak", 18_000, ref="snack"),
                        L(
                            "Air mineral gelas 240 ml",
                            "Isi 48 gelas",
                            "30 Dus",
                            30,
                            "Dus",
                            38_000,
                            labels=(NPR,),
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.01.0003",
                    "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                    (
                        L(
                            "Honor narasumber praktisi pertanian (non ASN)",
                            None,
                            "2 Org x 4 Jam",
                            8,
                            "OJ",
                            1_000_000,
                            ppn=0,
                            ref="narsum_non_asn",
                        ),
                        L(
                            "Honor narasumber eselon III",
                            None,
                            "1 Org x 4 Jam",
                            4,
                            "OJ",
                            900_000,
                            ppn=0,
                            ref="narsum_es3",
                        ),
                        L(
                            "Uang harian penyuluh lapangan dalam kota",
                            None,
                            "4 Org x 10 Hari",
                            40,
                            "OH",
                            200_000,
                            ppn=0,
                            labels=(AM,),
                            ref="uh_dalam_kota",
                        ),
                    ),
                ),
                G(
                    "5.1.02.02.04.0036",
                    "Belanja Sewa Kendaraan Bermotor Penumpang",
                    (
                        L(
                            "Sewa kendaraan roda 4 + driver",
                            None,
                            "2 Unit x 8 Hari",
                            16,
                            "Unit/Hari",
                            700_000,
                            ref="sewa_mobil",
                        ),
                    ),
                ),
                G(
                    "5.2.02.05.01.0005",
                    "Belanja Modal Alat Kantor Lainnya",
                    (
                        L(
                            "Kontainer sampah armroll 6 m3",
                            None,
                            "1 Unit",
                            1,
                            "Unit",
                            62_500_000,
                            labels=(OT,),
                            ref="kontainer",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

ALL_RKAS = (DLH, DINSOS, BPBD, DISKOMINFO, DISTAN)

# Names of the account levels a SIPD print shows above the detailed account (for account_hierarchy).
ACCOUNT_LEVEL_NAMES = {
    "5": "BELANJA DAERAH",
    "5.1": "BELANJA OPERASI",
    "5.1.02": "Belanja Barang dan Jasa",
    "5.1.02.01": "Belanja Barang",
    "5.1.02.01.01": "Belanja Barang Pakai Habis",
    "5.1.02.02": "Belanja Jasa",
    "5.1.02.02.01": "Belanja Jasa Kantor",
    "5.1.02.02.04": "Belanja Sewa Peralatan dan Mesin",
    "5.1.02.04": "Belanja Perjalanan Dinas",
    "5.1.02.04.01": "Belanja Perjalanan Dinas Dalam Negeri",
    "5.1.02.05": "Belanja Uang dan/atau Barang untuk Diberikan kepada Pihak Ketiga/Masyarakat",
    "5.1.02.05.01": "Belanja Barang yang Akan Diserahkan kepada Masyarakat",
    "5.2": "BELANJA MODAL",
    "5.2.02": "Belanja Modal Peralatan dan Mesin",
    "5.2.02.04": "Belanja Modal Alat Pertanian",
    "5.2.02.04.01": "Belanja Modal Alat Pengolahan Pertanian",
    "5.2.02.05": "Belanja Modal Alat Kantor dan Rumah Tangga",
    "5.2.02.05.01": "Belanja Modal Alat Kantor",
}
