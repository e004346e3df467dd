"""Writes the precision development set: RKAs whose clean lines are written the many ways authors
write them, next to true errors, against a catalogue in a layout of its own.

Why: on documents the reviewer never saw, a third of its NO_PRICE_REFERENCE and ARITHMETIC
alarms were false. The likely causes are reproduced here with our own invented items and prices
(none taken from any evaluation set):

- items the catalogue prices under another wording, unit or spec (``Notebook i5/8 GB`` for
  ``Laptop Core i5 8GB``, a sheet of paper for a rim, a piece for a box of 50, a metre of cable for
  a 305 m roll, a kilogram of cement for a 50 kg sak), clean or overpriced;
- items genuinely not in the catalogue (NO_PRICE_REFERENCE);
- figures written as text the Indonesian and the English way (``1.250,50``, ``1,250.50``,
  ``Rp1.250.000,-``), koefisien ``2 Orang x 3 Hari x 1 Kali`` or ``12 Bulan`` or only in the uraian,
  jumlah with PPN when no PPN column is printed, jumlah rounded to the hundred, a volume of a
  thousand written ``1.000``;
- true arithmetic errors (a wrong product, a koefisien that disagrees with the volume, a digit
  slipped in the jumlah).

The catalogue has a title block and a two-row merged header (``Barang/Jasa`` over ``Uraian |
Spesifikasi``, ``Harga`` over ``Satuan | Harga Satuan``). RKAs come in three layouts. Each RKA is
``dev`` or ``holdout``: measure holdout, do not debug on it.

    .venv/bin/python services/rka_review/tests/precision/generate.py [DIR]
    .venv/bin/python services/rka_review/bench/evaluate.py --eval DIR
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl

DATA = Path(__file__).resolve().parent / "data"

# --- the catalogue (invented rows): key -> (uraian, spesifikasi, satuan, harga, kode barang) -----

CATALOGUE: dict[str, tuple[str, str, str, int, str]] = {
    "laptop": ("Laptop Core i5 8GB", "SSD 512 GB, layar 14 inci", "Unit", 12_400_000, "1.3.2.10.02.02.001"),
    "hvs": ("Kertas HVS A4 80 gram", "Putih, 500 lembar", "Rim", 64_000, "1.1.7.01.01.02.003"),
    "amplop": ("Amplop Coklat Folio", "Kertas samson, isi 50", "Box", 38_000, "1.1.7.01.01.01.020"),
    "air": ("Air Mineral Botol 600 ml", "Isi 24 botol", "Dus", 48_000, "1.1.7.01.05.01.002"),
    "tinta": ("Tinta Printer Epson 003", "Original, 65 ml", "Botol", 95_000, "1.1.7.01.01.05.004"),
    "kudapan": ("Kudapan Rapat", "2 jenis kue dan air mineral gelas", "Kotak", 18_000, "1.1.7.01.05.02.001"),
    "nasi": ("Nasi Kotak", "Nasi, lauk 2 macam, sayur, buah", "Kotak", 42_000, "1.1.7.01.05.02.003"),
    "utp": ("Kabel UTP Cat 6", "Roll 305 m, tembaga", "Roll", 2_150_000, "1.1.7.01.03.04.006"),
    "semen": ("Semen Portland", "Sak 50 kg", "Sak", 78_000, "1.1.7.01.02.01.001"),
    "pipa": ("Pipa PVC 4 inci AW", "Panjang 4 m", "Batang", 185_000, "1.1.7.01.02.05.010"),
    "pulpen": ("Ballpoint Standar", "Tinta hitam 0,5 mm", "Buah", 3_500, "1.1.7.01.01.01.003"),
    "map": ("Map Snelhecter Plastik", "Ukuran folio", "Buah", 4_200, "1.1.7.01.01.01.012"),
    "toner": ("Toner Printer Laser 85A", "Original, hitam", "Buah", 865_000, "1.1.7.01.01.05.011"),
    "baterai": ("Baterai Alkaline AA", "Isi 2 buah", "Pak", 24_000, "1.1.7.01.01.04.002"),
    "kursi": ("Kursi Lipat Besi", "Rangka besi, dudukan busa", "Buah", 350_000, "1.3.2.05.02.04.003"),
    "proyektor": ("Proyektor LCD 3500 Lumen", "Resolusi XGA, HDMI", "Unit", 7_200_000, "1.3.2.05.01.05.041"),
    "flashdisk": ("Flashdisk 32 GB", "USB 3.0", "Buah", 95_000, "1.1.7.01.01.05.020"),
    "materai": ("Meterai Tempel 10.000", "Meterai elektronik/tempel", "Lembar", 10_000, "1.1.7.01.01.07.001"),
    "galon": ("Air Minum Isi Ulang", "Galon 19 liter", "Galon", 22_000, "1.1.7.01.05.01.003"),
    "spanduk": ("Spanduk Kain Flexi", "Flexi china 280 gram, cetak", "M2", 55_000, "1.1.7.01.01.06.002"),
    "sewa_mobil": ("Sewa Kendaraan Roda 4", "Termasuk sopir, belum BBM", "Hari", 650_000, "-"),
    "pertalite": ("Bahan Bakar Pertalite", "SPBU", "Liter", 10_000, "1.1.7.01.01.10.002"),
    "uang_harian": ("Uang Harian Dalam Kota Lebih dari 8 Jam", "SBU", "OH", 150_000, "-"),
    "narasumber": ("Honorarium Narasumber Eselon III", "Per jam pelajaran (SBU)", "OJ", 900_000, "-"),
    "sound": ("Sewa Sound System", "Termasuk operator", "Paket/Hari", 1_500_000, "-"),
    "jilid": ("Penjilidan Spiral", "Sampul mika", "Buku", 7_500, "-"),
    "klip": ("Paper Clip No. 3", "Isi 100", "Kotak", 5_000, "1.1.7.01.01.01.030"),
    "tisu": ("Tissue Wajah", "250 sheet", "Pak", 18_000, "1.1.7.01.01.08.004"),
    "hotel": ("Penginapan Hotel Bintang 3", "Perjalanan dinas dalam provinsi (SBU)", "OH", 780_000, "-"),
}

ATK = ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")
KERTAS = ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover")
BAHAN_KOMPUTER = ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer")
MAMIN = ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat")
BANGUNAN = ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi")
BBM = ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas")
CETAK = ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak")
SEWA = ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang")
SEWA_ALAT = ("5.1.02.02.08.0004", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan")
HONOR = ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia")
PERJADIN = ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota")
MODAL_PC = ("5.2.02.10.02.0003", "Belanja Modal Personal Computer")
MODAL_KANTOR = ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya")
PERABOT = ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor")


@dataclass(frozen=True)
class Way:
    """One way an RKA line writes a catalogue item (or an item the catalogue lacks: key None).

    ``per`` is how many of the line's unit make one catalogue unit (500 lembar in a rim)."""

    key: str | None
    uraian: str
    spesifikasi: str | None
    satuan: str
    account: tuple[str, str]
    per: Decimal = Decimal(1)
    harga: int | None = None  # for unpriced items: a plausible price


def _price(way: Way) -> int:
    if way.key is None:
        assert way.harga is not None
        return way.harga
    catalogue_price = Decimal(CATALOGUE[way.key][3]) / way.per
    return int(catalogue_price.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# Clean lines written otherwise than the catalogue, and overpriced variants of the same wordings.
WAYS: list[Way] = [
    Way("laptop", "Notebook i5/8 GB", 'SSD 512GB, 14"', "Unit", MODAL_PC),
    Way("laptop", "Komputer Jinjing Core i5 RAM 8 GB", "Penyimpanan SSD 512 GB", "Unit", MODAL_PC),
    Way("hvs", "Kertas HVS 80 gr ukuran A4", None, "Rim", KERTAS),
    Way("hvs", "Kertas HVS A4 80gr", "Putih", "Lembar", KERTAS, Decimal(500)),
    Way("amplop", "Amplop coklat ukuran folio", None, "Pcs", ATK, Decimal(50)),
    Way("amplop", "Amplop Coklat Folio", "isi 50", "Box", ATK),
    Way("air", "Air mineral kemasan 600ml", None, "Botol", MAMIN, Decimal(24)),
    Way("air", "Air Mineral Botol 600 ml", "1 dus isi 24", "Dus", MAMIN),
    Way("tinta", "Refill tinta printer Epson 003", "Hitam", "Botol", BAHAN_KOMPUTER),
    Way("kudapan", "Snack rapat", "Kue 2 macam", "Kotak", MAMIN),
    Way("nasi", "Makan siang nasi kotak", None, "Kotak", MAMIN),
    Way("utp", "Kabel UTP Cat.6", None, "Meter", BAHAN_KOMPUTER, Decimal(305)),
    Way("utp", "Kabel jaringan UTP Cat 6", "1 roll = 305 meter", "Roll", BAHAN_KOMPUTER),
    Way("semen", "Semen PC", "Portland, 50 kg", "Sak", BANGUNAN),
    Way("semen", "Semen Portland", None, "Kg", BANGUNAN, Decimal(50)),
    Way("pipa", 'Pipa PVC 4" AW', "Panjang 4 meter", "Batang", BANGUNAN),
    Way("pulpen", "Pulpen", "Tinta hitam", "Buah", ATK),
    Way("pulpen", "Bolpoin standar", None, "Pcs", ATK),
    Way("map", "Stopmap snelhecter plastik", "Folio", "Buah", ATK),
    Way("toner", "Toner HP 85A", "Original", "Buah", BAHAN_KOMPUTER),
    Way("baterai", "Batu baterai AA", "Alkaline", "Buah", ATK, Decimal(2)),
    Way("kursi", "Kursi lipat", "Rangka besi", "Buah", PERABOT),
    Way("proyektor", "LCD Proyektor 3500 lumens", None, "Unit", MODAL_KANTOR),
    Way("flashdisk", "Flash disk USB 32GB", None, "Buah", BAHAN_KOMPUTER),
    Way("materai", "Materai 10000", None, "Lembar", ATK),
    Way("galon", "Air minum galon isi ulang 19 L", None, "Galon", MAMIN),
    Way("spanduk", "Cetak spanduk", "Bahan flexi", "M2", CETAK),
    Way("sewa_mobil", "Sewa mobil (roda empat) termasuk sopir", None, "Hari", SEWA),
    Way("pertalite", "BBM Pertalite kendaraan operasional", None, "Liter", BBM),
    Way("uang_harian", "Uang harian perjalanan dalam kota > 8 jam", None, "OH", PERJADIN),
    Way("narasumber", "Honor narasumber pejabat eselon III", None, "OJ", HONOR),
    # the same items in the unit an author counts them in
    Way("narasumber", "Honorarium narasumber eselon III", "Per jam", "Jam", HONOR),
    Way("uang_harian", "Uang harian dalam kota lebih 8 jam", None, "Hari", PERJADIN),
    Way("hotel", "Hotel bintang 3 (penginapan)", None, "Malam", PERJADIN),
    Way("sewa_mobil", "Sewa kendaraan roda 4", "Dengan pengemudi", "Unit/Hari", SEWA),
    Way("air", "Air mineral botol 600 ml", None, "Krt", MAMIN),
    Way("tinta", "Tinta Epson 003", "Original", "Buah", BAHAN_KOMPUTER),
    Way("materai", "Meterai tempel Rp10.000", None, "Buah", ATK),
    Way("sound", "Sewa sound system", None, "Hari", SEWA_ALAT),
    Way("jilid", "Jilid spiral laporan", None, "Eksemplar", CETAK),
    Way("klip", "Klip kertas no.3", None, "Kotak", ATK),
    Way("tisu", "Tisu wajah", None, "Pak", ATK),
]

# Items the catalogue does not price at all: NO_PRICE_REFERENCE is right for these.
UNPRICED: list[Way] = [
    Way(None, "Drone pemetaan 4K", "Jarak terbang 10 km", "Unit", MODAL_KANTOR, harga=18_500_000),
    Way(None, "Papan informasi akrilik", "60 x 90 cm", "Buah", CETAK, harga=475_000),
    Way(None, "Kain batik seragam panitia", "Katun, motif daerah", "Meter", ATK, harga=85_000),
    Way(None, "Mesin penghancur kertas", "Kapasitas 10 lembar", "Unit", MODAL_KANTOR, harga=3_250_000),
    Way(None, "Tenda dome kapasitas 4 orang", None, "Buah", ATK, harga=650_000),
    Way(None, "Timbangan digital bayi", "Kapasitas 20 kg", "Unit", MODAL_KANTOR, harga=1_450_000),
    Way(None, "Pita mesin tik", None, "Buah", ATK, harga=27_500),
    Way(None, "Plakat kayu ukir", "Ukuran 20 x 25 cm", "Buah", CETAK, harga=325_000),
]

COUNTED = {"MAMIN": ("Orang", "Kali"), "HONOR": ("Orang", "Jam"), "PERJADIN": ("Orang", "Hari")}


@dataclass
class Line:
    way: Way
    harga: int | Decimal
    koefisien: str
    volume: Decimal
    ppn: int
    labels: set[str] = field(default_factory=set)
    jumlah: int | None = None  # a total written other than the product
    koef_in_uraian: bool = False


def product(volume: Decimal, harga: int | Decimal, ppn: int) -> int:
    return int((volume * harga * (100 + ppn) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _koefisien(rng: random.Random, way: Way) -> tuple[str, Decimal]:
    kind = next(
        (k for k, v in (("MAMIN", MAMIN), ("HONOR", HONOR), ("PERJADIN", PERJADIN)) if way.account == v), None
    )
    if kind:
        people, times = COUNTED[kind]
        a, b = rng.choice([5, 10, 20, 25, 30]), rng.choice([2, 3, 4])
        if rng.random() < 0.5:
            return f"{a} {people} x {b} {times} x 1 Kegiatan", Decimal(a * b)
        return f"{a} {people} x {b} {times}", Decimal(a * b)
    if way.account in (SEWA, SEWA_ALAT):
        n = rng.choice([3, 5, 12])
        return f"{n} Hari", Decimal(n)
    if way.account == BBM:
        a, b = rng.choice([50, 100]), 12
        return f"{a} Liter x {b} Bulan", Decimal(a * b)
    if way.satuan in ("Lembar", "Pcs") and rng.random() < 0.6:
        return f"1.000 {way.satuan}", Decimal(1000)
    n = rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 24, 50])
    return f"{n} {way.satuan}", Decimal(n)


def _lines(rng: random.Random, n_clean: int, n_dear: int, n_unpriced: int, n_arith: int) -> list[Line]:
    ways = rng.sample(WAYS, k=n_clean + n_dear)
    lines: list[Line] = []
    for index, way in enumerate(ways):
        koef, volume = _koefisien(rng, way)
        harga: int | Decimal = _price(way)
        labels: set[str] = set()
        if index >= n_clean:  # dearer than the catalogue by 15-40%
            harga = int(Decimal(harga) * Decimal(rng.choice([115, 120, 130, 140])) / 100)
            harga = (harga + 99) // 100 * 100 if harga > 1000 else harga + 50
            labels.add("OVERPRICED")
        elif rng.random() < 0.3:
            harga = int(Decimal(harga) * Decimal("0.9"))  # cheaper than the ceiling: clean
        elif way.per > 1 and way.key and rng.random() < 0.5:
            # the catalogue's price divided to the line's unit, kept with its sen (``7.049,18``)
            harga = (Decimal(CATALOGUE[way.key][3]) / way.per).quantize(Decimal("0.01"))
        capital = way.account[0].startswith("5.2")
        lines.append(Line(way, harga, koef, volume, 11 if capital else 0, labels))
    for way in rng.sample(UNPRICED, k=n_unpriced):
        koef, volume = _koefisien(rng, way)
        capital = way.account[0].startswith("5.2")
        lines.append(Line(way, _price(way), koef, volume, 11 if capital else 0, {"NO_PRICE_REFERENCE"}))
    rng.shuffle(lines)
    # True arithmetic errors on lines that are otherwise as they are labelled.
    for ln in rng.sample(lines, k=n_arith):
        kind = rng.choice(["product", "digit", "koef"])
        right = product(ln.volume, ln.harga, ln.ppn)
        if kind == "product":
            ln.jumlah = right + rng.choice([1, -1]) * rng.choice([int(ln.harga), 2 * int(ln.harga), 50_000])
        elif kind == "digit":
            text = str(right)
            at = rng.randrange(max(1, len(text) - 4))
            digit = str((int(text[at]) + rng.choice([1, 2, 3])) % 10)
            ln.jumlah = int(text[:at] + digit + text[at + 1 :]) if at or digit != "0" else right + 10_000
        else:
            head, _, tail = ln.koefisien.partition(" ")
            try:
                count = int(head.replace(".", ""))
            except ValueError:
                count = 1
            ln.koefisien = f"{count + rng.choice([1, 2])} {tail}"
        ln.labels.add("ARITHMETIC")
    return lines


# --- writing -----------------------------------------------------------------------------------


def money(value: int | Decimal, style: str) -> object:
    """A figure as an author writes it: ``id`` 1.250.000,00 / ``rp`` Rp1.250.000,- / ``en``
    1,250,000.00 / ``num`` a number cell."""
    if style == "num":
        return int(value) if Decimal(value) == int(value) else float(value)
    whole = int(value)
    sen = int((Decimal(value) - whole) * 100)
    if style == "en":
        return f"{whole:,}.{sen:02d}"
    dotted = f"{whole:,}".replace(",", ".")
    if style == "rp":
        return f"Rp{dotted},-" if not sen else f"Rp{dotted},{sen:02d}"
    return f"{dotted},{sen:02d}"


@dataclass(frozen=True)
class Layout:
    """``sipd``: SIPD columns, figures as Indonesian text, PPN column. ``no_ppn``: no PPN column,
    capital lines' jumlah include 11% PPN, jumlah rounded to the hundred, ``Rp`` prices.
    ``koef_text``: no Koefisien column, the koefisien in the uraian, volume as text, English
    separators."""

    name: str
    headers: tuple[str, ...]
    fields: tuple[str, ...]
    style: str


LAYOUTS = {
    "sipd": Layout(
        "sipd",
        (
            "No",
            "Kode Rekening",
            "Uraian",
            "Spesifikasi",
            "Koefisien",
            "Satuan",
            "Harga Satuan",
            "PPN",
            "Jumlah",
        ),
        ("no", "kode", "uraian", "spek", "koef", "sat", "harga", "ppn", "jumlah"),
        "id",
    ),
    "no_ppn": Layout(
        "no_ppn",
        ("No.", "Rekening", "Rincian Belanja", "Spesifikasi", "Volume", "Satuan", "Harga (Rp)", "Total (Rp)"),
        ("no", "kode", "uraian", "spek", "vol", "sat", "harga", "jumlah"),
        "rp",
    ),
    "koef_text": Layout(
        "koef_text",
        ("No", "Kode", "Uraian Belanja", "Spek", "Vol", "Sat", "Harga Satuan", "PPN %", "Jumlah Harga"),
        ("no", "kode", "uraian", "spek", "vol", "sat", "harga", "ppn", "jumlah"),
        "en",
    ),
}


@dataclass(frozen=True)
class RkaSpec:
    name: str
    split: str
    layout: str
    seed: int
    sub: tuple[str, str, str]  # kode, nama, keluaran


SPECS = [
    RkaSpec(
        "diskominfo",
        "dev",
        "sipd",
        11,
        (
            "2.16.01.1.02.0005",
            "Penyediaan Bahan Logistik dan Peralatan Kantor",
            "Jumlah paket bahan logistik dan peralatan kantor yang disediakan",
        ),
    ),
    RkaSpec(
        "disdik",
        "dev",
        "no_ppn",
        12,
        (
            "1.01.01.1.02.0006",
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            "Jumlah laporan rapat koordinasi dan konsultasi",
        ),
    ),
    RkaSpec(
        "dpupr",
        "dev",
        "koef_text",
        13,
        (
            "1.03.01.1.02.0005",
            "Penyediaan Bahan Logistik dan Peralatan Kantor",
            "Jumlah paket bahan logistik dan peralatan kantor yang disediakan",
        ),
    ),
    RkaSpec(
        "setda",
        "dev",
        "sipd",
        14,
        (
            "4.01.01.1.06.0009",
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            "Jumlah laporan rapat koordinasi dan konsultasi",
        ),
    ),
    RkaSpec(
        "dinsos",
        "holdout",
        "no_ppn",
        21,
        (
            "1.06.01.1.02.0005",
            "Penyediaan Bahan Logistik dan Peralatan Kantor",
            "Jumlah paket bahan logistik dan peralatan kantor yang disediakan",
        ),
    ),
    RkaSpec(
        "bpbd",
        "holdout",
        "koef_text",
        22,
        (
            "1.05.01.1.06.0009",
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            "Jumlah laporan rapat koordinasi dan konsultasi",
        ),
    ),
]


def write_catalogue(path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "SSH-SBU"
    ws.append(["PEMERINTAH KOTA CONTOH"])
    ws.append(["STANDAR HARGA SATUAN BARANG DAN JASA SERTA STANDAR BIAYA UMUM"])
    ws.append(["TAHUN ANGGARAN 2027"])
    ws.append(["(harga belum termasuk PPN)"])
    ws.append([])
    ws.append(["No", "Kode Barang", "Barang/Jasa", None, "Harga", None])
    ws.append([None, None, "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"])
    top = ws.max_row - 1
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=4)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    ws.append(["I", None, "BARANG PAKAI HABIS"])
    for number, (uraian, spek, satuan, harga, kode) in enumerate(CATALOGUE.values(), start=1):
        ws.append([number, kode, uraian, spek, satuan, f"Rp {harga:,}".replace(",", ".")])
    book.save(path)


def write_rka(path: Path, spec: RkaSpec, lines: list[Line]) -> dict[str, list[str]]:
    layout = LAYOUTS[spec.layout]
    rng = random.Random(spec.seed * 7)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Rincian Belanja"
    ws.append(["RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"])
    ws.append(["TAHUN ANGGARAN 2027"])
    ws.append([])
    kode, nama, keluaran = spec.sub
    for label, value in (
        ("Organisasi", f"Dinas {spec.name.upper()}"),
        ("Sub Kegiatan", f"{kode} - {nama}"),
        ("Keluaran", keluaran),
    ):
        ws.append([label, ":", value])
    ws.append([])
    ws.append(list(layout.headers))
    labels: dict[str, list[str]] = {}
    groups: dict[tuple[str, str], list[Line]] = {}
    for ln in lines:
        groups.setdefault(ln.way.account, []).append(ln)
    number = 0
    total = 0
    for (code, name), members in groups.items():
        rows = []
        subtotal = 0
        for ln in members:
            number += 1
            volume = ln.volume
            written_ppn = ln.ppn if "ppn" in layout.fields else 0
            jumlah = ln.jumlah
            if jumlah is None:
                jumlah = product(volume, ln.harga, ln.ppn)
                if layout.name == "no_ppn" and jumlah % 100 and rng.random() < 0.5:
                    jumlah = int((Decimal(jumlah) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * 100
            uraian = ln.way.uraian
            if layout.name == "koef_text" and " x " in ln.koefisien:
                uraian = f"{uraian} ({ln.koefisien})"
            vol_text: object = int(volume)
            if layout.name == "koef_text":
                vol_text = f"{int(volume):,}"
            elif layout.name == "no_ppn" and volume >= 1000:
                vol_text = f"{int(volume):,}".replace(",", ".")
            cells = {
                "no": number,
                "kode": None,
                "uraian": uraian,
                "spek": ln.way.spesifikasi,
                "koef": ln.koefisien,
                "vol": vol_text,
                "sat": ln.way.satuan,
                "harga": money(ln.harga, layout.style),
                "ppn": written_ppn,
                "jumlah": money(jumlah, layout.style),
            }
            rows.append([cells[f] for f in layout.fields])
            labels[str(number)] = sorted(ln.labels)
            subtotal += jumlah
        group = {f: None for f in layout.fields} | {
            "kode": code,
            "uraian": name,
            "jumlah": money(subtotal, layout.style),
        }
        ws.append([group[f] for f in layout.fields])
        for row in rows:
            ws.append(row)
        total += subtotal
    closing = {f: None for f in layout.fields} | {"uraian": "Jumlah", "jumlah": money(total, layout.style)}
    ws.append([closing[f] for f in layout.fields])
    book.save(path)
    return labels


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    out.mkdir(parents=True, exist_ok=True)
    write_catalogue(out / "ssh_sbu_2027.xlsx")
    manifest = []
    for spec in SPECS:
        rng = random.Random(spec.seed)
        lines = _lines(rng, n_clean=14, n_dear=6, n_unpriced=4, n_arith=4)
        fields = LAYOUTS[spec.layout].fields
        for ln in lines:
            # A koefisien that disagrees must be printed to be seen: in the Koefisien column, or
            # (koef_text) in the uraian. Elsewhere the error is made in the jumlah instead.
            shown = "koef" in fields or (spec.layout == "koef_text" and " x " in ln.koefisien)
            if "ARITHMETIC" in ln.labels and ln.jumlah is None and not shown:
                ln.jumlah = product(ln.volume, ln.harga, ln.ppn) + int(ln.harga)
        labels = write_rka(out / f"rka_{spec.name}.xlsx", spec, lines)
        (out / f"rka_{spec.name}.labels.json").write_text(json.dumps({"labels": labels}, indent=1))
        manifest.append(
            {
                "rka": f"rka_{spec.name}.xlsx",
                "catalogue": "ssh_sbu_2027.xlsx",
                "labels": f"rka_{spec.name}.labels.json",
                "split": spec.split,
            }
        )
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))


if __name__ == "__main__":
    main()
