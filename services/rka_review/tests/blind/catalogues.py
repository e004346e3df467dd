"""The blind set's two price catalogues (written before reading the review rules).

Each item has a key that the RKA lines cite as their expected reference (``None`` = no credible
reference). Prices exclude PPN and are ceilings.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    key: str
    name: str
    spec: str
    unit: str
    price: int
    code: str = ""


# Catalogue C: SSH barang, sections, two-row merged header, some prices written as text.
SSH_C_SECTIONS: dict[str, list[Item]] = {
    "A. ALAT TULIS KANTOR": [
        Item("hvs_a4_80", "Kertas HVS", "Ukuran A4, 80 gram", "Rim", 62_000, "1.1.7.01.01.02.004"),
        Item("ballpoint", "Ballpoint", "Tinta hitam, standar", "Buah", 3_000, "1.1.7.01.01.01.002"),
        Item("map_snelhecter", "Map Snelhecter Plastik", "Ukuran folio", "Buah", 4_500, "1.1.7.01.01.01.022"),
        Item("amplop", "Amplop Putih", "Ukuran 110 x 230 mm, isi 100", "Dos", 32_000, "1.1.7.01.01.01.030"),
        Item("meterai", "Meterai Tempel", "Nominal Rp 10.000", "Lembar", 10_000, "1.1.7.01.01.01.040"),
        Item("lakban", "Lakban Coklat", "Lebar 48 mm", "Roll", 14_000, "1.1.7.01.01.01.045"),
    ],
    "B. ALAT DAN BAHAN KEBERSIHAN": [
        Item(
            "kantong_60",
            "Kantong Plastik Sampah",
            "Ukuran 60 x 100 cm, hitam, isi 10",
            "Pak",
            12_500,
            "1.1.7.01.02.01.001",
        ),
        Item(
            "kantong_90",
            "Kantong Plastik Sampah",
            "Ukuran 90 x 120 cm, hitam, isi 10",
            "Pak",
            21_000,
            "1.1.7.01.02.01.002",
        ),
        Item("sapu_lidi", "Sapu Lidi", "Dengan gagang kayu", "Buah", 25_000, "1.1.7.01.02.02.001"),
        Item("sapu_ijuk", "Sapu Ijuk", "Gagang kayu", "Buah", 35_000, "1.1.7.01.02.02.002"),
        Item(
            "pembersih_lantai",
            "Cairan Pembersih Lantai",
            "Kemasan 800 ml",
            "Botol",
            18_500,
            "1.1.7.01.02.03.001",
        ),
        Item(
            "sarung_tangan",
            "Sarung Tangan Karet",
            "Panjang, untuk kebersihan",
            "Pasang",
            22_000,
            "1.1.7.01.02.04.001",
        ),
        Item("masker", "Masker Medis", "3 ply, isi 50", "Kotak", 35_000, "1.1.7.01.02.04.005"),
        Item("sepatu_boot", "Sepatu Boot Karet", "Setinggi betis", "Pasang", 95_000, "1.1.7.01.02.04.010"),
        Item("rompi", "Rompi Keselamatan", "Scotlight, warna oranye", "Buah", 65_000, "1.1.7.01.02.04.012"),
    ],
    "C. MAKANAN DAN MINUMAN": [
        Item(
            "nasi_kotak",
            "Nasi Kotak",
            "Nasi, lauk, sayur, buah, air mineral",
            "Kotak",
            40_000,
            "1.1.7.02.01.01.001",
        ),
        Item(
            "snack", "Snack Kotak", "Isi 3 jenis kue dan air mineral", "Kotak", 18_000, "1.1.7.02.01.02.001"
        ),
        Item("galon", "Air Mineral Galon", "Isi ulang 19 liter", "Galon", 22_000, "1.1.7.02.01.03.004"),
        Item("air_botol", "Air Mineral Botol", "Kemasan 600 ml, isi 24", "Dus", 48_000, "1.1.7.02.01.03.006"),
        Item("beras", "Beras Medium", "Kemasan karung", "Kilogram", 14_500, "1.1.7.02.02.01.001"),
        Item(
            "sembako",
            "Paket Sembako",
            "Beras 5 kg, minyak goreng 2 liter, gula 1 kg, mi instan 5 bungkus",
            "Paket",
            185_000,
            "1.1.7.02.02.02.001",
        ),
        Item(
            "nasi_bungkus",
            "Makanan Siap Saji",
            "Nasi bungkus dengan lauk",
            "Bungkus",
            25_000,
            "1.1.7.02.02.03.001",
        ),
    ],
    "D. PERLENGKAPAN SOSIAL DAN KEBENCANAAN": [
        Item(
            "selimut", "Selimut", "Bahan polar, ukuran 150 x 200 cm", "Lembar", 85_000, "1.1.7.06.02.01.001"
        ),
        Item("tikar", "Tikar Plastik", "Ukuran 2 x 3 m", "Lembar", 65_000, "1.1.7.06.02.01.004"),
        Item("kasur_lipat", "Kasur Lipat", "Busa, ukuran 90 x 200 cm", "Buah", 375_000, "1.1.7.06.02.01.007"),
        Item(
            "hygiene_kit",
            "Paket Perlengkapan Kebersihan Diri (Hygiene Kit)",
            "Sabun, sikat gigi, pasta gigi, sampo, handuk",
            "Paket",
            125_000,
            "1.1.7.06.02.02.001",
        ),
        Item(
            "kursi_roda", "Kursi Roda", "Standar dewasa, rangka besi", "Unit", 1_650_000, "1.3.2.07.01.05.001"
        ),
        Item(
            "pelampung",
            "Pelampung (Life Jacket)",
            "Dewasa, standar SNI",
            "Buah",
            275_000,
            "1.3.2.19.01.01.004",
        ),
        Item("senter", "Lampu Senter", "LED, isi ulang", "Buah", 145_000, "1.3.2.19.01.01.010"),
    ],
    "E. SARANA PERTANIAN": [
        Item(
            "benih_cabai",
            "Benih Cabai Rawit",
            "Kemasan 10 gram, bersertifikat",
            "Bungkus",
            45_000,
            "1.1.7.08.01.01.003",
        ),
        Item(
            "benih_padi",
            "Benih Padi Inbrida",
            "Varietas unggul baru, bersertifikat",
            "Kilogram",
            15_000,
            "1.1.7.08.01.01.010",
        ),
        Item("npk", "Pupuk NPK", "Phonska 15-15-15, non subsidi", "Kilogram", 14_000, "1.1.7.08.02.01.001"),
        Item("pupuk_organik", "Pupuk Organik Padat", "Kemasan 40 kg", "Sak", 60_000, "1.1.7.08.02.02.001"),
        Item("insektisida", "Insektisida", "Cair, kemasan 500 ml", "Botol", 95_000, "1.1.7.08.03.01.001"),
        Item(
            "handsprayer", "Hand Sprayer", "Tangki 16 liter, elektrik", "Unit", 750_000, "1.3.2.04.01.02.001"
        ),
        Item("cangkul", "Cangkul", "Baja, dengan gagang", "Buah", 85_000, "1.3.2.04.01.01.002"),
        Item(
            "traktor",
            "Traktor Tangan (Hand Tractor)",
            "Mesin diesel 8,5 HP, dengan rotary",
            "Unit",
            32_500_000,
            "1.3.2.04.01.01.010",
        ),
    ],
    "F. BAHAN BAKAR": [
        Item("pertalite", "Bensin Pertalite", "RON 90", "Liter", 10_000, "1.1.7.03.01.01.002"),
        Item("solar", "Solar", "Dexlite/non subsidi", "Liter", 13_500, "1.1.7.03.01.01.005"),
    ],
    "G. PERALATAN DAN MESIN": [
        Item(
            "laptop",
            "Notebook/Laptop",
            "Core i5, RAM 16 GB, SSD 512 GB, layar 14 inci",
            "Unit",
            13_750_000,
            "1.3.2.10.01.02.003",
        ),
        Item(
            "printer_laser", "Printer Laser", "Monokrom, ukuran A4", "Unit", 3_100_000, "1.3.2.10.02.03.001"
        ),
        Item(
            "server",
            "Server Rack",
            "1U, 2x Xeon Silver, RAM 64 GB, 2x SSD 960 GB",
            "Unit",
            185_000_000,
            "1.3.2.10.01.03.001",
        ),
        Item(
            "router",
            "Router",
            "Enterprise, 8 port gigabit, load balancing",
            "Unit",
            9_800_000,
            "1.3.2.10.02.05.001",
        ),
        Item(
            "switch", "Switch Manageable", "24 port gigabit, 4 SFP", "Unit", 7_250_000, "1.3.2.10.02.05.004"
        ),
        Item(
            "access_point", "Access Point", "Wi-Fi 6, dual band, PoE", "Unit", 2_350_000, "1.3.2.10.02.05.007"
        ),
        Item("ups", "UPS", "3 kVA, online", "Unit", 14_500_000, "1.3.2.10.02.06.002"),
        Item(
            "genset",
            "Generator Set (Genset)",
            "5 kVA, bensin, portabel",
            "Unit",
            18_500_000,
            "1.3.2.03.01.02.001",
        ),
        Item(
            "tenda_pleton",
            "Tenda Pleton",
            "Ukuran 6 x 14 m, lengkap dengan rangka",
            "Unit",
            27_500_000,
            "1.3.2.05.03.01.001",
        ),
        Item("tenda_keluarga", "Tenda Keluarga", "Ukuran 3 x 4 m", "Unit", 3_850_000, "1.3.2.05.03.01.002"),
        Item(
            "perahu_karet",
            "Perahu Karet",
            "Kapasitas 10 orang, bahan PVC/hypalon",
            "Unit",
            67_000_000,
            "1.3.2.02.03.01.001",
        ),
        Item("mesin_tempel", "Mesin Tempel Perahu", "15 PK, 2 tak", "Unit", 38_500_000, "1.3.2.02.03.02.001"),
        Item("ht", "Handy Talky", "VHF, 5 watt", "Unit", 2_850_000, "1.3.2.06.02.01.001"),
        Item(
            "kamera",
            "Kamera Digital",
            "Mirrorless 24 MP dengan lensa kit",
            "Unit",
            14_900_000,
            "1.3.2.06.01.03.001",
        ),
        Item("ac_1pk", "AC Split", "1 PK, termasuk pemasangan", "Unit", 5_200_000, "1.3.2.05.02.04.001"),
        Item(
            "kursi_lipat", "Kursi Lipat", "Rangka besi, dudukan busa", "Buah", 285_000, "1.3.2.05.02.01.020"
        ),
        Item(
            "gerobak",
            "Gerobak Sampah",
            "Kapasitas 1 m3, plat besi, roda ban",
            "Unit",
            3_750_000,
            "1.3.2.02.02.01.001",
        ),
        Item(
            "tong_terpilah",
            "Tempat Sampah Terpilah",
            "3 pintu, fiberglass, 50 liter",
            "Set",
            2_450_000,
            "1.3.2.05.02.06.001",
        ),
        Item(
            "kontainer",
            "Kontainer Sampah",
            "Kapasitas 6 m3, armroll",
            "Unit",
            62_500_000,
            "1.3.2.02.02.01.005",
        ),
        Item(
            "motor_roda_tiga",
            "Sepeda Motor Roda Tiga",
            "150 cc, dengan bak sampah",
            "Unit",
            42_000_000,
            "1.3.2.02.01.04.003",
        ),
        Item("pickup", "Mobil Pick Up", "1.500 cc, bak terbuka", "Unit", 245_000_000, "1.3.2.02.01.02.001"),
    ],
}

# Catalogue D sheet 1: SBU (standar biaya umum), roman-numbered sections, no item codes.
SBU_D_SECTIONS: dict[str, list[Item]] = {
    "HONORARIUM": [
        Item(
            "narsum_es3",
            "Honorarium Narasumber Pejabat Eselon III/Setara",
            "Per orang per jam",
            "OJ",
            900_000,
        ),
        Item(
            "narsum_non_asn", "Honorarium Narasumber Non ASN/Praktisi", "Per orang per jam", "OJ", 1_000_000
        ),
        Item("moderator", "Honorarium Moderator", "Per orang per kegiatan", "Orang/Kegiatan", 700_000),
        Item(
            "tim_pelaksana",
            "Honorarium Tim Pelaksana Kegiatan - Anggota",
            "Per orang per bulan",
            "Orang/Bulan",
            300_000,
        ),
    ],
    "PERJALANAN DINAS": [
        Item(
            "uh_dalam_kota",
            "Uang Harian Perjalanan Dinas Dalam Kota",
            "Lebih dari 8 jam",
            "Orang/Hari",
            200_000,
        ),
        Item(
            "uh_luar_kota",
            "Uang Harian Perjalanan Dinas Luar Kota",
            "Dalam Provinsi Kalimantan Timur",
            "Orang/Hari",
            430_000,
        ),
        Item(
            "uh_jakarta", "Uang Harian Perjalanan Dinas Luar Provinsi", "DKI Jakarta", "Orang/Hari", 530_000
        ),
    ],
    "JASA DAN LANGGANAN": [
        Item(
            "tenaga_kebersihan",
            "Jasa Tenaga Kebersihan/Penyapu Jalan",
            "Tenaga alih daya",
            "Orang/Bulan",
            3_650_000,
        ),
        Item(
            "internet_100",
            "Langganan Internet Dedicated",
            "Bandwidth 100 Mbps, rasio 1:1",
            "Bulan",
            7_500_000,
        ),
        Item(
            "internet_200",
            "Langganan Internet Dedicated",
            "Bandwidth 200 Mbps, rasio 1:1",
            "Bulan",
            13_500_000,
        ),
        Item(
            "lisensi_office",
            "Lisensi Perangkat Lunak Perkantoran",
            "Langganan 1 tahun, per pengguna",
            "User/Tahun",
            1_450_000,
        ),
        Item("antivirus", "Lisensi Antivirus", "Endpoint, masa berlaku 1 tahun", "Lisensi", 350_000),
        Item(
            "uji_air", "Uji Laboratorium Kualitas Air", "Parameter fisika-kimia lengkap", "Sampel", 1_250_000
        ),
    ],
}

# Catalogue D sheet 2: rents and printing, flat table with different labels.
JASA_D_ITEMS: list[Item] = [
    Item("sewa_mobil", "Sewa Kendaraan Roda Empat", "Termasuk pengemudi, tanpa BBM", "Unit/Hari", 700_000),
    Item("sewa_tenda_kursi", "Sewa Tenda dan Kursi", "Tenda 5 x 5 m dan 50 kursi", "Paket/Hari", 1_750_000),
    Item("sewa_sound", "Sewa Sound System", "2.000 watt, termasuk operator", "Hari", 2_500_000),
    Item("colocation_1u", "Sewa Colocation Server", "1U, termasuk listrik dan pendingin", "Bulan", 3_500_000),
    Item("spanduk", "Cetak Spanduk", "Bahan flexi 280 gram", "M2", 40_000),
    Item("leaflet", "Cetak Leaflet", "A4 lipat 3, art paper 120 gram, full color", "Lembar", 1_500),
]

# Prices written as text in the catalogue cells, the way copied-from-PDF sheets often look.
TEXT_PRICE_KEYS = {
    "sembako",
    "kursi_roda",
    "traktor",
    "server",
    "perahu_karet",
    "gerobak",
    "narsum_es3",
    "internet_100",
    "uh_luar_kota",
    "tenaga_kebersihan",
    "colocation_1u",
    "beras",
}


def all_items() -> dict[str, Item]:
    items = [i for section in SSH_C_SECTIONS.values() for i in section]
    items += [i for section in SBU_D_SECTIONS.values() for i in section]
    items += JASA_D_ITEMS
    by_key = {i.key: i for i in items}
    assert len(by_key) == len(items), "duplicate catalogue keys"
    return by_key
