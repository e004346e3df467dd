"""Labelled evaluation set: synthetic RKAs of several OPDs and two price catalogues.

Each RKA line is written in words that differ from its catalogue row (abbreviations, synonyms,
other order, units glued to numbers), and problems are injected with known labels: prices above
the ceiling, items with no reference, items alien to the sub-kegiatan, wrong totals, koefisien that
disagree with the volume, repeated lines and wrong account codes. Layouts vary too: columns in
another order with other labels, several sub-kegiatan in one sheet, catalogue prices as text.

Run ``python services/rka_review/tests/eval/generate.py`` to (re)write ``data/``; the output is
deterministic. ``dev`` OPDs were looked at while building the reviewer; ``holdout`` OPDs were
not, and the unit tests hold the reviewer to minimum precision/recall on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl

DATA = Path(__file__).parent / "data"

# key: (uraian, spesifikasi, satuan, harga, kode)
CATALOGUE_A = {
    "hvs_a4_80": ("Kertas HVS", "80 gram, A4", "Rim", 62000, "1.1.7.01.01.02.003"),
    "hvs_f4_80": ("Kertas HVS", "80 gram, F4", "Rim", 68000, "1.1.7.01.01.02.004"),
    "ballpoint": ("Pulpen", "Tinta hitam, ujung 0,7 mm", "Buah", 3500, "1.1.7.01.01.01.001"),
    "stapler": ("Stapler", "Ukuran sedang No. 10", "Buah", 27000, "1.1.7.01.01.01.030"),
    "amplop": ("Amplop Putih", "Ukuran 110 x 230 mm, kop dinas", "Kotak", 38000, "1.1.7.01.01.01.040"),
    "tinta_warna": ("Tinta Printer", "Botol 70 ml warna, original", "Botol", 105000, "1.1.7.01.01.05.004"),
    "masker": ("Masker Medis", "3 ply, isi 50", "Kotak", 35000, "1.1.7.09.01.01.002"),
    "hand_sanitizer": ("Hand Sanitizer", "Gel 500 ml", "Botol", 45000, "1.1.7.09.01.01.010"),
    "nasi_prasmanan": (
        "Makan Prasmanan",
        "Nasi, 2 lauk, sayur, buah, minum",
        "Orang",
        60000,
        "1.1.7.02.01.01.005",
    ),
    "snack_box": ("Snack Box", "Isi 2 kue dan air mineral", "Kotak", 18000, "1.1.7.02.01.02.002"),
    "air_botol": ("Air Mineral", "Botol 600 ml, isi 24", "Dus", 52000, "1.1.7.02.01.03.004"),
    "honor_tim": ("Honorarium Tim Pelaksana Kegiatan", "Anggota", "OB", 300000, "2.1.1.01.01.03.002"),
    "honor_narsum_es2": ("Honorarium Narasumber", "Pejabat eselon II", "OJ", 1000000, "2.1.1.01.01.01.002"),
    "uh_luar_kota": (
        "Uang Harian Perjalanan Dinas Luar Kota",
        "Luar provinsi Kalimantan Timur",
        "OH",
        480000,
        "2.1.1.07.01.02.002",
    ),
    "hotel": (
        "Biaya Penginapan Perjalanan Dinas",
        "Hotel bintang 3, golongan III",
        "Malam",
        650000,
        "2.1.1.07.02.01.003",
    ),
    "sewa_tenda": ("Sewa Tenda", "Tenda dekor ukuran 5 x 5 m", "Unit/Hari", 850000, "2.1.1.05.03.01.001"),
    "sewa_sound": (
        "Sewa Sound System",
        "1.000 watt, termasuk operator",
        "Paket/Hari",
        1500000,
        "2.1.1.05.03.02.001",
    ),
    "servis_ac": ("Pemeliharaan AC", "Cuci AC split 1 - 2 PK", "Unit", 125000, "2.1.1.06.01.01.003"),
    "bensin": ("Bahan Bakar Minyak", "Pertamax", "Liter", 13500, "1.1.7.03.01.01.003"),
    "kaos": ("Kaos Kegiatan", "Katun combed 30s, sablon 1 warna", "Buah", 85000, "1.1.7.06.01.02.001"),
    "spanduk": ("Spanduk", "Bahan flexi, cetak digital", "M2", 40000, "1.1.7.01.03.01.001"),
    "sertifikat": (
        "Cetak Sertifikat",
        "Art paper 260 gram, full color",
        "Lembar",
        7500,
        "1.1.7.01.03.02.010",
    ),
    "pc_i7": (
        "Komputer PC",
        "Core i7, RAM 16 GB, SSD 1 TB, monitor 24 inci",
        "Unit",
        18500000,
        "1.3.2.10.01.01.002",
    ),
    "laptop_i7": (
        "Notebook",
        "Core i7, RAM 16 GB, SSD 1 TB, layar 14 inci",
        "Unit",
        19500000,
        "1.3.2.10.01.02.004",
    ),
    "printer_laser": ("Printer Laser", "Monokrom A4, duplex", "Unit", 4200000, "1.3.2.10.02.03.001"),
    "kursi_lipat": ("Kursi Lipat", "Rangka besi, dudukan plastik", "Buah", 275000, "1.3.2.05.02.01.020"),
    "meja_rapat": ("Meja Rapat", "Kayu, untuk 10 orang", "Buah", 6500000, "1.3.2.05.02.01.030"),
    "genset": ("Genset", "5.000 watt, bensin", "Unit", 9800000, "1.3.2.05.03.02.001"),
    "tensimeter": ("Tensimeter Digital", "Lengan atas, otomatis", "Unit", 650000, "1.3.2.07.01.01.004"),
    "ambulans": (
        "Mobil Ambulans",
        "Minibus 1.500 cc, lengkap peralatan medis",
        "Unit",
        450000000,
        "1.3.2.02.01.01.010",
    ),
}

# A construction catalogue (HSPK-like) with its own layout.
CATALOGUE_B = {
    "semen": ("Semen Portland", "Zak 40 kg", "Zak", 68000, "6.1.1.01.001"),
    "pasir": ("Pasir Pasang", "Pasir sungai", "M3", 325000, "6.1.1.02.001"),
    "besi_10": ("Besi Beton Polos", "Diameter 10 mm, panjang 12 m", "Batang", 98000, "6.1.1.03.010"),
    "besi_12": ("Besi Beton Polos", "Diameter 12 mm, panjang 12 m", "Batang", 142000, "6.1.1.03.012"),
    "batu_split": ("Batu Split", "Ukuran 2/3", "M3", 410000, "6.1.1.04.002"),
    "cat_tembok": ("Cat Tembok", "Interior, kemasan 25 kg", "Pail", 1250000, "6.1.1.05.001"),
    "galian": ("Pekerjaan Galian Tanah", "Biasa, kedalaman s.d. 1 m, manual", "M3", 95000, "6.2.1.01.001"),
    "beton_k250": (
        "Pekerjaan Beton Mutu K-250",
        "Ready mix, termasuk pengecoran",
        "M3",
        1350000,
        "6.2.1.02.004",
    ),
    "paving": ("Pemasangan Paving Block", "Tebal 8 cm, K-300", "M2", 185000, "6.2.1.03.002"),
    "ban_truk": ("Ban Kendaraan Truk", "Ukuran 7.50-16", "Buah", 2850000, "1.1.7.03.02.01.005"),
    "oli": ("Oli Mesin Diesel", "SAE 15W-40, kemasan 5 liter", "Galon", 420000, "1.1.7.03.01.02.002"),
    "servis_truk": (
        "Servis Berkala Truk",
        "Ganti oli, filter dan tune up",
        "Kali",
        1750000,
        "2.1.1.06.02.01.004",
    ),
    "rambu": (
        "Rambu Lalu Lintas",
        "Plat aluminium 2 mm, tiang galvanis",
        "Unit",
        1650000,
        "1.3.2.16.01.01.001",
    ),
    "kerucut": ("Traffic Cone", "Tinggi 70 cm, karet", "Buah", 185000, "1.1.7.10.01.01.002"),
    "rompi": ("Rompi Pengaman", "Scotchlite reflektif", "Buah", 95000, "1.1.7.06.02.01.003"),
    "nasi_kotak": ("Nasi Kotak", "Nasi, lauk ayam, sayur, buah", "Kotak", 42000, "1.1.7.02.01.01.001"),
    "snack": ("Kue Kotak", "Isi 3 kue dan air mineral", "Kotak", 19000, "1.1.7.02.01.02.001"),
    "honor_pengawas": (
        "Honorarium Pengawas Lapangan",
        "Per orang per bulan",
        "OB",
        2500000,
        "2.1.1.01.02.01.001",
    ),
    "hvs_a4_70": ("Kertas HVS", "70 gram ukuran A4", "Rim", 57000, "1.1.7.01.01.02.001"),
    "toner": ("Toner", "Original, hitam, untuk printer laser", "Buah", 1100000, "1.1.7.01.01.05.010"),
}


@dataclass(frozen=True)
class Item:
    """How one RKA line writes an item; ``ref`` None means no catalogue row exists for it."""

    key: str | None
    uraian: str
    spesifikasi: str | None
    satuan: str
    harga: int  # the catalogue price (or a plausible one for unreferenced items)
    account: str
    account_name: str


@dataclass
class Line:
    item: Item
    koefisien: str
    volume: int
    harga: int
    ppn: int
    labels: set[str] = field(default_factory=set)
    jumlah_override: int | None = None
    koef_override: str | None = None
    account_override: tuple[str, str] | None = None


def jumlah(volume: int, harga: int, ppn: int) -> int:
    return int(
        (Decimal(volume) * harga * (1 + Decimal(ppn) / 100)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )


ATK = ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")
KERTAS = ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover")
BAHAN_KOMPUTER = ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer")
CETAK = ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak")
MAMIN = ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat")
MAMIN_KEGIATAN = ("5.1.02.01.01.0053", "Belanja Makanan dan Minuman Jamuan Tamu/Kegiatan")
OBAT = ("5.1.02.01.01.0036", "Belanja Obat-Obatan")
HONOR = ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia")
HONOR_TIM = ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi")
PERJADIN_LUAR = ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa")
SEWA = ("5.1.02.02.08.0004", "Belanja Sewa Peralatan")
PEMELIHARAAN = ("5.1.02.03.02.0405", "Belanja Pemeliharaan Alat Pendingin")
PEMELIHARAAN_KENDARAAN = ("5.1.02.03.02.0111", "Belanja Pemeliharaan Alat Angkutan Darat Bermotor")
BBM = ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas")
PAKAIAN = ("5.1.02.01.01.0073", "Belanja Pakaian Olahraga / Kaos Kegiatan")
BAHAN_BANGUNAN = ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi")
MODAL_KOMPUTER = ("5.2.02.10.01.0002", "Belanja Modal Personal Computer")
MODAL_PERALATAN_PC = ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer")
MODAL_MEBEL = ("5.2.02.05.02.0001", "Belanja Modal Mebel")
MODAL_ALAT_KANTOR = ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya")
MODAL_KEDOKTERAN = ("5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum")
MODAL_KENDARAAN = ("5.2.02.02.01.0003", "Belanja Modal Kendaraan Bermotor Penumpang")
MODAL_JALAN = ("5.2.04.01.01.0001", "Belanja Modal Jalan Kota")
MODAL_GEDUNG = ("5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor")
MODAL_RAMBU = ("5.2.02.16.01.0001", "Belanja Modal Rambu-Rambu Lalu Lintas")
MODAL_PERKAKAS = ("5.2.02.03.01.0001", "Belanja Modal Perkakas Bengkel")


def item(
    catalogue: dict,
    key: str | None,
    uraian: str,
    spesifikasi: str | None,
    satuan: str,
    account: tuple[str, str],
    harga: int | None = None,
) -> Item:
    price = catalogue[key][3] if key else harga
    assert price is not None
    return Item(key, uraian, spesifikasi, satuan, price, account[0], account[1])


@dataclass
class SubKegiatanSpec:
    kode: str
    nama: str
    keluaran: str
    target: str
    lines: list[Line]


@dataclass
class RkaSpec:
    name: str
    split: str  # dev | holdout
    organisasi: str
    program: str
    kegiatan: str
    layout: str  # sipd | reordered | single_sheet
    catalogue: str
    subs: list[SubKegiatanSpec]


def line(
    it: Item,
    volume: int,
    *,
    koef: str | None = None,
    factor: Decimal = Decimal(1),
    ppn: int = 11,
    labels: tuple[str, ...] = (),
) -> Line:
    harga = (
        int((it.harga * factor).quantize(Decimal(100), rounding=ROUND_HALF_UP)) if factor != 1 else it.harga
    )
    tags = set(labels)
    if harga > it.harga and it.key:
        tags.add("OVERPRICED")
    return Line(it, koef or f"{volume} {it.satuan}", volume, harga, ppn, tags)


def cheaper(it: Item, volume: int, **kw: object) -> Line:
    return line(it, volume, factor=Decimal("0.93"), **kw)  # type: ignore[arg-type]


def dearer(it: Item, volume: int, pct: int = 25, **kw: object) -> Line:
    return line(it, volume, factor=Decimal(100 + pct) / 100, **kw)  # type: ignore[arg-type]


def wrong_total(ln: Line, delta: int) -> Line:
    ln.jumlah_override = jumlah(ln.volume, ln.harga, ln.ppn) + delta
    ln.labels.add("ARITHMETIC")
    return ln


def wrong_koef(ln: Line, koef: str) -> Line:
    ln.koef_override = koef
    ln.labels.add("ARITHMETIC")
    return ln


def wrong_account(ln: Line, account: tuple[str, str]) -> Line:
    ln.account_override = account
    ln.labels.add("ACCOUNT_MISMATCH")
    return ln


def off_target(ln: Line) -> Line:
    # An off-target item the catalogues do not hold is still unpriced: both findings stand.
    ln.labels.add("OFF_TARGET")
    if ln.item.key is None:
        ln.labels.add("NO_PRICE_REFERENCE")
    return ln


def no_ref(ln: Line) -> Line:
    ln.labels.add("NO_PRICE_REFERENCE")
    return ln


def copy_of(ln: Line) -> Line:
    return Line(
        ln.item,
        ln.koefisien,
        ln.volume,
        ln.harga,
        ln.ppn,
        (ln.labels - {"ARITHMETIC"}) | {"DUPLICATE"},
        None,
        ln.koef_override,
        ln.account_override,
    )


def specs() -> list[RkaSpec]:
    a, b = CATALOGUE_A, CATALOGUE_B
    snack_a = line(
        item(a, "snack_box", "Snack rapat (kotak)", "2 macam kue + air mineral", "Kotak", MAMIN),
        600,
        koef="50 Kotak x 12 Kali",
        factor=Decimal("1.2"),
    )
    dinkes = RkaSpec(
        "dinkes_2026",
        "dev",
        "1.02.0.00.0.00.01.0000 - Dinas Kesehatan",
        "1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN",
        "1.02.02.2.02 - Penyediaan Layanan Kesehatan",
        "sipd",
        "a",
        [
            SubKegiatanSpec(
                "1.02.02.2.02.0020",
                "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                "Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan",
                "4.500 Orang",
                [
                    line(item(a, "masker", "Masker medis 3ply (box isi 50)", None, "Box", OBAT), 120),
                    dearer(
                        item(a, "hand_sanitizer", "Hand sanitizer gel 500ml", None, "Botol", OBAT), 80, 40
                    ),
                    cheaper(
                        item(
                            a,
                            "nasi_prasmanan",
                            "Makan prasmanan peserta kelas ibu hamil",
                            None,
                            "Orang",
                            MAMIN_KEGIATAN,
                        ),
                        300,
                        koef="100 Orang x 3 Kali",
                    ),
                    snack_a,
                    copy_of(snack_a),
                    wrong_total(
                        line(
                            item(
                                a,
                                "honor_narsum_es2",
                                "Honor narsum pejabat eselon II",
                                "Eselon II",
                                "OJ",
                                HONOR,
                            ),
                            6,
                            koef="2 Orang x 3 Jam",
                            ppn=0,
                        ),
                        250000,
                    ),
                    no_ref(
                        line(
                            item(
                                a, None, "Buku KIA cetak ulang edisi revisi", None, "Eksemplar", CETAK, 23000
                            ),
                            4500,
                        )
                    ),
                    # Below the capitalisation threshold, yet under belanja modal.
                    line(
                        item(
                            a, "tensimeter", "Tensimeter digital lengan atas", None, "Unit", MODAL_KEDOKTERAN
                        ),
                        20,
                        labels=("ACCOUNT_MISMATCH",),
                    ),
                    off_target(
                        line(item(a, "meja_rapat", "Meja rapat kayu 10 orang", None, "Buah", MODAL_MEBEL), 1)
                    ),
                ],
            ),
            SubKegiatanSpec(
                "1.02.01.2.02.0001",
                "Koordinasi dan Sinkronisasi Perencanaan Kesehatan",
                "Jumlah Dokumen Hasil Koordinasi Perencanaan Kesehatan",
                "4 Dokumen",
                [
                    cheaper(item(a, "hvs_a4_80", "Kertas A4 HVS 80gr", None, "Rim", KERTAS), 40),
                    dearer(item(a, "hvs_f4_80", "Kertas HVS folio 80 gsm", None, "Rim", KERTAS), 25, 15),
                    line(
                        item(a, "ballpoint", "Bolpoin tinta hitam 0,7mm", None, "Pcs", ATK),
                        120,
                        koef="10 Lusin x 12 Pcs",
                    ),
                    wrong_koef(
                        line(item(a, "stapler", "Stapler sedang no.10", None, "Buah", ATK), 10), "12 Buah"
                    ),
                    dearer(
                        item(
                            a, "uh_luar_kota", "Uang harian perjadin luar provinsi", None, "OH", PERJADIN_LUAR
                        ),
                        24,
                        20,
                        koef="4 Orang x 6 Hari",
                        ppn=0,
                    ),
                    line(
                        item(a, "hotel", "Penginapan hotel bintang 3 gol. III", None, "Malam", PERJADIN_LUAR),
                        20,
                        ppn=0,
                    ),
                    off_target(
                        line(
                            item(
                                a, "ambulans", "Mobil ambulans minibus 1500 cc", None, "Unit", MODAL_KENDARAAN
                            ),
                            1,
                        )
                    ),
                    # Durable equipment under the ATK account: an account finding only
                    # (recoded first, as in the sample labels).
                    wrong_account(
                        line(
                            item(
                                a,
                                "laptop_i7",
                                "Laptop core i7 16GB SSD 1TB",
                                None,
                                "Unit",
                                MODAL_KOMPUTER,
                            ),
                            2,
                        ),
                        ATK,
                    ),
                    no_ref(
                        line(
                            item(
                                a,
                                None,
                                "Jasa penerjemah dokumen bahasa Inggris",
                                None,
                                "Halaman",
                                HONOR_TIM,
                                85000,
                            ),
                            120,
                            ppn=0,
                        )
                    ),
                ],
            ),
        ],
    )
    nasi_b = line(
        item(b, "nasi_kotak", "Nasi kotak lauk ayam", None, "Kotak", MAMIN), 240, koef="40 Kotak x 6 Kali"
    )
    pupr = RkaSpec(
        "pupr_2026",
        "dev",
        "1.03.0.00.0.00.01.0000 - Dinas Pekerjaan Umum dan Penataan Ruang",
        "1.03.10 - PROGRAM PENYELENGGARAAN JALAN",
        "1.03.10.2.01 - Penyelenggaraan Jalan Kabupaten/Kota",
        "reordered",
        "b",
        [
            SubKegiatanSpec(
                "1.03.10.2.01.0017",
                "Rehabilitasi Jalan",
                "Panjang Jalan yang Direhabilitasi",
                "2,5 Km",
                [
                    line(item(b, "semen", "Semen PC 40kg", None, "Sak", BAHAN_BANGUNAN), 800),
                    dearer(item(b, "pasir", "Pasir pasang (sungai)", None, "m3", BAHAN_BANGUNAN), 60, 30),
                    line(item(b, "besi_12", "Besi beton polos D12 - 12 m", None, "Btg", BAHAN_BANGUNAN), 400),
                    dearer(
                        item(
                            b, "besi_10", "Besi beton polos D10 panjang 12m", None, "Batang", BAHAN_BANGUNAN
                        ),
                        300,
                        12,
                    ),
                    cheaper(item(b, "batu_split", "Batu split 2/3", None, "M3", BAHAN_BANGUNAN), 90),
                    dearer(
                        item(
                            b,
                            "beton_k250",
                            "Beton readymix K-250 termasuk pengecoran",
                            None,
                            "m3",
                            MODAL_JALAN,
                        ),
                        350,
                        10,
                    ),
                    line(
                        item(b, "galian", "Galian tanah biasa manual s/d 1 m", None, "M3", MODAL_JALAN), 500
                    ),
                    wrong_total(
                        line(
                            item(b, "honor_pengawas", "Honorarium pengawas lapangan", None, "OB", HONOR_TIM),
                            12,
                            koef="2 Orang x 6 Bulan",
                            ppn=0,
                        ),
                        -1500000,
                    ),
                    off_target(
                        line(
                            item(
                                b,
                                None,
                                "Kulkas dua pintu untuk base camp",
                                None,
                                "Unit",
                                MODAL_ALAT_KANTOR,
                                7800000,
                            ),
                            1,
                        )
                    ),
                    no_ref(
                        line(
                            item(b, None, "Geotextile non woven 250 gr", None, "M2", BAHAN_BANGUNAN, 23000),
                            1200,
                        )
                    ),
                ],
            ),
            SubKegiatanSpec(
                "1.03.10.2.01.0030",
                "Penyelenggaraan Rapat Koordinasi Teknis Jalan",
                "Jumlah Laporan Rapat Koordinasi Teknis",
                "6 Laporan",
                [
                    nasi_b,
                    copy_of(nasi_b),
                    dearer(
                        item(b, "snack", "Kue kotak rapat isi 3", None, "Kotak", MAMIN),
                        240,
                        30,
                        koef="40 Kotak x 6 Kali",
                    ),
                    line(item(b, "hvs_a4_70", "Kertas HVS 70gr A4", None, "Rim", KERTAS), 10),
                    dearer(
                        item(b, "toner", "Toner printer laser hitam", None, "Buah", BAHAN_KOMPUTER), 6, 35
                    ),
                    off_target(
                        line(item(b, "semen", "Semen portland 40 kg", None, "Zak", BAHAN_BANGUNAN), 50)
                    ),
                    wrong_account(
                        line(item(b, "snack", "Snack kotak rapat", None, "Kotak", MAMIN), 60), MODAL_GEDUNG
                    ),
                ],
            ),
        ],
    )
    dishub = RkaSpec(
        "dishub_2026",
        "holdout",
        "2.15.0.00.0.00.01.0000 - Dinas Perhubungan",
        "2.15.02 - PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
        "2.15.02.2.01 - Penetapan Rencana Induk dan Jaringan LLAJ",
        "single_sheet",
        "b",
        [
            SubKegiatanSpec(
                "2.15.02.2.01.0005",
                "Penyediaan Perlengkapan Jalan di Jalan Kota",
                "Jumlah Perlengkapan Jalan yang Terpasang",
                "120 Unit",
                [
                    dearer(
                        item(
                            b,
                            "rambu",
                            "Rambu lalu-lintas plat alumunium 2mm + tiang",
                            None,
                            "Unit",
                            MODAL_RAMBU,
                        ),
                        80,
                        18,
                    ),
                    line(
                        item(b, "kerucut", "Kerucut lalu lintas (traffic cone) 70cm", None, "Pcs", ATK), 100
                    ),
                    cheaper(item(b, "rompi", "Rompi scotlight reflektif petugas", None, "Buah", PAKAIAN), 60),
                    wrong_total(
                        cheaper(
                            item(
                                b,
                                "semen",
                                "Semen Portland 40 kg untuk pondasi rambu",
                                None,
                                "Zak",
                                BAHAN_BANGUNAN,
                            ),
                            120,
                        ),
                        1000000,
                    ),
                    no_ref(
                        line(
                            item(
                                b, None, "Warning light LED tenaga surya", None, "Unit", MODAL_RAMBU, 3450000
                            ),
                            20,
                        )
                    ),
                    wrong_account(
                        line(item(b, "kerucut", "Traffic cone karet 70 cm", None, "Buah", ATK), 40),
                        MODAL_RAMBU,
                    ),
                ],
            ),
            SubKegiatanSpec(
                "2.15.02.2.01.0010",
                "Pemeliharaan Kendaraan Operasional Pengawasan Lalu Lintas",
                "Jumlah Kendaraan Operasional yang Terpelihara",
                "8 Unit",
                [
                    dearer(
                        item(b, "ban_truk", "Ban truk ukuran 7.50-16", None, "Buah", PEMELIHARAAN_KENDARAAN),
                        16,
                        20,
                    ),
                    line(
                        item(b, "oli", "Oli diesel SAE 15W40 5 lt", None, "Galon", BBM),
                        24,
                        koef="8 Unit x 3 Kali",
                    ),
                    wrong_koef(
                        line(
                            item(
                                b,
                                "servis_truk",
                                "Servis berkala kendaraan truk (tune up + ganti oli)",
                                None,
                                "Kali",
                                PEMELIHARAAN_KENDARAAN,
                            ),
                            24,
                        ),
                        "8 Unit x 4 Kali",
                    ),
                    off_target(
                        line(
                            item(b, None, "Jam tangan pintar untuk kepala seksi", None, "Buah", ATK, 4500000),
                            2,
                        )
                    ),
                    wrong_account(
                        cheaper(
                            item(
                                b,
                                "toner",
                                "Toner printer laser (hitam, original)",
                                None,
                                "Buah",
                                BAHAN_KOMPUTER,
                            ),
                            4,
                        ),
                        MODAL_PERALATAN_PC,
                    ),
                ],
            ),
        ],
    )
    kecamatan = RkaSpec(
        "kecamatan_2026",
        "holdout",
        "7.01.0.00.0.00.05.0000 - Kecamatan Samarinda Ulu",
        "7.01.02 - PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "7.01.02.2.01 - Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        "sipd",
        "a",
        [
            SubKegiatanSpec(
                "7.01.02.2.01.0003",
                "Penyelenggaraan Musyawarah Perencanaan Pembangunan Kecamatan",
                "Jumlah Dokumen Hasil Musrenbang Kecamatan",
                "1 Dokumen",
                [
                    dearer(
                        item(
                            a, "nasi_prasmanan", "Konsumsi prasmanan peserta musrenbang", None, "Orang", MAMIN
                        ),
                        250,
                        20,
                    ),
                    line(item(a, "air_botol", "Air minum botol 600ml (dus isi 24)", None, "Dus", MAMIN), 20),
                    line(
                        item(a, "sewa_tenda", "Sewa tenda dekor 5x5 meter", None, "Unit/Hari", SEWA),
                        4,
                        koef="2 Unit x 2 Hari",
                    ),
                    dearer(
                        item(
                            a,
                            "sewa_sound",
                            "Rental sound system 1000 watt + operator",
                            None,
                            "Paket/Hari",
                            SEWA,
                        ),
                        2,
                        33,
                    ),
                    cheaper(item(a, "spanduk", "Banner flexi cetak digital", None, "m2", CETAK), 18),
                    dearer(
                        item(
                            a, "sertifikat", "Cetak piagam/sertifikat art paper 260gsm", None, "Lembar", CETAK
                        ),
                        250,
                        60,
                    ),
                    off_target(
                        line(item(a, "genset", "Genset 5000 watt bensin", None, "Unit", MODAL_ALAT_KANTOR), 1)
                    ),
                    line(
                        item(
                            a, "kursi_lipat", "Kursi lipat besi (dudukan plastik)", None, "Buah", MODAL_MEBEL
                        ),
                        100,
                        labels=("ACCOUNT_MISMATCH",),
                    ),
                    no_ref(
                        line(
                            item(
                                a,
                                None,
                                "Jasa videografi dan dokumentasi drone",
                                None,
                                "Paket",
                                HONOR_TIM,
                                7500000,
                            ),
                            1,
                            ppn=0,
                        )
                    ),
                ],
            ),
            SubKegiatanSpec(
                "7.01.02.2.01.0010",
                "Penyediaan Peralatan dan Perlengkapan Kantor Kecamatan",
                "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan",
                "1 Paket",
                [
                    dearer(
                        item(
                            a,
                            "pc_i7",
                            'PC desktop core i7 RAM 16GB SSD 1TB monitor 24"',
                            None,
                            "Unit",
                            MODAL_KOMPUTER,
                        ),
                        3,
                        14,
                    ),
                    cheaper(
                        item(
                            a,
                            "printer_laser",
                            "Printer laserjet monokrom A4 duplex",
                            None,
                            "Unit",
                            MODAL_PERALATAN_PC,
                        ),
                        2,
                    ),
                    wrong_account(
                        line(
                            item(a, "printer_laser", "Printer laser mono A4 (duplex)", None, "Unit", ATK), 1
                        ),
                        ATK,
                    ),
                    line(item(a, "amplop", "Amplop putih 110x230mm berkop", None, "Kotak", ATK), 30),
                    wrong_total(
                        dearer(
                            item(
                                a,
                                "tinta_warna",
                                "Tinta printer warna 70ml original",
                                None,
                                "Botol",
                                BAHAN_KOMPUTER,
                            ),
                            16,
                            20,
                        ),
                        -500000,
                    ),
                    line(
                        item(a, "servis_ac", "Service/cuci AC split 1-2 PK", None, "Unit", PEMELIHARAAN),
                        12,
                        koef="6 Unit x 2 Kali",
                    ),
                    dearer(
                        item(a, "bensin", "BBM pertamax kendaraan operasional", None, "Liter", BBM),
                        1200,
                        11,
                        ppn=0,
                    ),
                    dearer(
                        item(a, "kaos", "Kaos kegiatan katun combed 30s sablon", None, "Pcs", PAKAIAN), 50, 30
                    ),
                ],
            ),
        ],
    )
    return [dinkes, pupr, dishub, kecamatan]


def write_catalogue(path: Path, entries: dict, layout: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if layout == "a":
        sheet.title = "SSH 2026"
        sheet.append(["STANDAR SATUAN HARGA BARANG DAN JASA PEMERINTAH KOTA SAMARINDA"])
        sheet.append(["Tahun Anggaran 2026 - harga belum termasuk PPN"])
        sheet.append([])
        sheet.append(["NO", "KODE", "NAMA BARANG/JASA", "SPESIFIKASI", "SATUAN", "HARGA (Rp)"])
        for number, (uraian, spec, satuan, harga, kode) in enumerate(entries.values(), start=1):
            sheet.append([number, kode, uraian, spec, satuan, harga])
    else:
        sheet.title = "HSPK"
        sheet.append(["HARGA SATUAN POKOK KEGIATAN (HSPK) DAN STANDAR HARGA 2026"])
        sheet.append([])
        sheet.append(["Uraian", "Satuan", "Harga Satuan Tertinggi", "Spesifikasi", "Kode", "Ket."])
        sheet.append(["A. BAHAN DAN PEKERJAAN KONSTRUKSI"])
        for uraian, spec, satuan, harga, kode in entries.values():
            price = "Rp " + f"{harga:,}".replace(",", ".") + ",00"
            sheet.append([uraian, satuan, price, spec, kode, "belum termasuk PPN"])
    workbook.save(path)


RKA_HEADERS = {
    "sipd": [
        "No",
        "Kode Rekening",
        "Uraian",
        "Spesifikasi",
        "Koefisien",
        "Volume",
        "Satuan",
        "Harga Satuan",
        "PPN (%)",
        "Jumlah",
    ],
    "reordered": [
        "Kode Akun",
        "No.",
        "Rincian Belanja",
        "Koefisien",
        "Vol",
        "Sat",
        "Spek",
        "Harga (Rp)",
        "PPN",
        "Total (Rp)",
    ],
}
FIELDS = {
    "sipd": ["no", "kode", "uraian", "spek", "koef", "vol", "sat", "harga", "ppn", "jumlah"],
    "reordered": ["kode", "no", "uraian", "koef", "vol", "sat", "spek", "harga", "ppn", "jumlah"],
}


def write_rka(path: Path, spec: RkaSpec) -> dict[str, list[str]]:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    labels: dict[str, list[str]] = {}
    layout = "reordered" if spec.layout == "reordered" else "sipd"
    headers, fields = RKA_HEADERS[layout], FIELDS[layout]
    number = 0
    sheet = None
    for sub in spec.subs:
        if sheet is None or spec.layout != "single_sheet":
            sheet = workbook.create_sheet(sub.nama[:28])
            sheet.append(["RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"])
            sheet.append(["PEMERINTAH KOTA SAMARINDA - TAHUN ANGGARAN 2026"])
        sheet.append([])
        for label, value in (
            ("Program", spec.program),
            ("Kegiatan", spec.kegiatan),
            ("Sub Kegiatan", f"{sub.kode} - {sub.nama}"),
            ("Organisasi", spec.organisasi),
        ):
            sheet.append([label, None, ":", value])
        if layout == "sipd":
            sheet.append(["Indikator", None, None, "Tolok Ukur", None, None, None, "Target"])
            sheet.append(["Keluaran", None, None, sub.keluaran, None, None, None, sub.target])
        else:
            sheet.append(["Keluaran Sub Kegiatan", None, ":", sub.keluaran])
            sheet.append(["Target Keluaran", None, ":", sub.target])
        sheet.append([])
        sheet.append(headers)
        groups: dict[tuple[str, str], list[Line]] = {}
        for ln in sub.lines:
            groups.setdefault(ln.account_override or (ln.item.account, ln.item.account_name), []).append(ln)
        total = 0
        for (code, name), lines in groups.items():
            rows = []
            subtotal = 0
            for ln in lines:
                number += 1
                value = (
                    ln.jumlah_override
                    if ln.jumlah_override is not None
                    else jumlah(ln.volume, ln.harga, ln.ppn)
                )
                subtotal += value
                cells = {
                    "no": number,
                    "kode": None,
                    "uraian": ln.item.uraian,
                    "spek": ln.item.spesifikasi,
                    "koef": ln.koef_override or ln.koefisien,
                    "vol": ln.volume,
                    "sat": ln.item.satuan,
                    "harga": ln.harga,
                    "ppn": ln.ppn,
                    "jumlah": value,
                }
                rows.append([cells[f] for f in fields])
                labels[str(number)] = sorted(ln.labels)
            group = {f: None for f in fields} | {"kode": code, "uraian": name, "jumlah": subtotal}
            sheet.append([group[f] for f in fields])
            for row in rows:
                sheet.append(row)
            total += subtotal
        closing = {f: None for f in fields} | {"uraian": "Jumlah Total Sub Kegiatan", "jumlah": total}
        sheet.append([closing[f] for f in fields])
    workbook.save(path)
    return labels


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    write_catalogue(DATA / "ssh_a_2026.xlsx", CATALOGUE_A, "a")
    write_catalogue(DATA / "hspk_b_2026.xlsx", CATALOGUE_B, "b")
    manifest = []
    for spec in specs():
        labels = write_rka(DATA / f"rka_{spec.name}.xlsx", spec)
        (DATA / f"rka_{spec.name}.labels.json").write_text(json.dumps({"labels": labels}, indent=1))
        catalogue = "ssh_a_2026.xlsx" if spec.catalogue == "a" else "hspk_b_2026.xlsx"
        manifest.append(
            {
                "rka": f"rka_{spec.name}.xlsx",
                "catalogue": catalogue,
                "labels": f"rka_{spec.name}.labels.json",
                "split": spec.split,
            }
        )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1))


if __name__ == "__main__":
    main()
