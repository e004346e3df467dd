"""The two price catalogues of the second blind set: an SSH and an SBU/HSPK.

Both follow the SIPD export family but not the sample's layout: the SSH carries the
SIPD group/ID/rekening columns and a column-number row under the header; the SBU/HSPK
workbook has two sheets with different headers, section rows, and prices written as text.
Keys are what the RKA lines in rkas.py point at; they never reach the files.
"""

# ruff: noqa: E501 - one table row per line reads better than wrapped tables

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook


@dataclass(frozen=True)
class Item:
    key: str
    kode: str
    uraian: str
    spesifikasi: str
    satuan: str
    harga: int
    price_as_text: bool = False


def rupiah_text(amount: int, style: int = 0) -> str:
    grouped = f"{amount:,}".replace(",", ".")
    return [f"Rp {grouped}", f"{grouped},00", f"Rp. {grouped},-"][style % 3]


# fmt: off
# (kelompok code, kelompok name, rekening hint, items)
SSH_GROUPS: list[tuple[str, str, str, list[Item]]] = [
    ("1.1.7.01.01", "Alat Tulis Kantor dan Bahan Komputer", "5.1.02.01.01.0024", [
        Item("kertas_a4", "1.1.7.01.01.02.004", "Kertas HVS", "A4, 80 gram", "Rim", 62000),
        Item("kertas_f4", "1.1.7.01.01.02.005", "Kertas HVS", "F4/Folio, 80 gram", "Rim", 68500),
        Item("pulpen", "1.1.7.01.01.01.006", "Pulpen Gel", "Tinta hitam, 0,5 mm", "Buah", 5000),
        Item("snelhecter", "1.1.7.01.01.01.022", "Map Snelhecter", "Plastik, ukuran folio", "Buah", 4500),
        Item("ordner", "1.1.7.01.01.01.026", "Ordner", "Punggung 5 cm, ukuran folio", "Buah", 32500),
        Item("amplop", "1.1.7.01.01.01.031", "Amplop Putih", "110 x 230 mm, isi 100 lembar", "Kotak", 38000),
        Item("stapler", "1.1.7.01.01.01.040", "Stapler Besar", "Kapasitas 100 lembar", "Buah", 185000),
        Item("kalkulator", "1.1.7.01.01.01.045", "Kalkulator Meja", "12 digit, tenaga surya", "Buah", 165000),
        Item("boks_arsip", "1.1.7.01.01.01.050", "Boks Arsip", "Karton, 37 x 10 x 27 cm", "Buah", 18500),
        Item("label_buku", "1.1.7.01.01.01.055", "Label Punggung Buku", "Stiker, isi 100", "Pak", 15000),
        Item("tinta_inktank", "1.1.7.01.01.05.004", "Tinta Printer Ink Tank", "Botol 70 ml, hitam, original", "Botol", 105000),
        Item("toner", "1.1.7.01.01.05.011", "Toner Printer Laser", "Hitam, original, kapasitas 2.000 halaman", "Buah", 1275000, True),
        Item("ribbon", "1.1.7.01.01.05.030", "Ribbon Printer Kartu", "YMCKO, 300 cetakan", "Roll", 1450000),
        Item("cleaning_kit", "1.1.7.01.01.05.032", "Cleaning Kit Printer Kartu", "Isi 5 kartu pembersih", "Kotak", 325000),
        Item("kertas_thermal", "1.1.7.01.01.02.030", "Kertas Thermal", "Ukuran 80 x 80 mm", "Roll", 9500),
        Item("kertas_sekuriti", "1.1.7.01.01.02.040", "Kertas Sekuriti", "A4, 100 gram, watermark, isi 500 lembar", "Rim", 1250000, True),
    ]),
    ("1.1.7.01.03", "Bahan Cetak dan Publikasi", "5.1.02.01.01.0026", [
        Item("baliho", "1.1.7.01.03.01.004", "Baliho", "Flexi 340 gram, cetak digital", "M2", 55000),
        Item("umbul", "1.1.7.01.03.01.008", "Umbul-umbul", "Kain, panjang 5 m, dengan tiang bambu", "Buah", 175000),
        Item("brosur", "1.1.7.01.03.02.010", "Brosur", "A4 lipat tiga, art paper 150 gram, full color", "Lembar", 3000),
    ]),
    ("1.1.7.02.01", "Bahan Makanan dan Minuman", "5.1.02.01.01.0052", [
        Item("air_botol", "1.1.7.02.01.03.005", "Air Mineral Botol", "600 ml, isi 24 botol", "Dus", 48000),
        Item("air_gelas", "1.1.7.02.01.03.002", "Air Mineral Gelas", "220 ml, isi 48 gelas", "Dus", 35000),
    ]),
    ("1.1.7.03.01", "Bahan Bakar Minyak", "5.1.02.01.01.0004", [
        Item("pertalite", "1.1.7.03.01.01.002", "Bensin", "Pertalite (RON 90)", "Liter", 10000),
        Item("pertamax", "1.1.7.03.01.01.003", "Bensin", "Pertamax (RON 92)", "Liter", 12500),
        Item("dexlite", "1.1.7.03.01.01.006", "Solar Non Subsidi", "Dexlite", "Liter", 13300),
    ]),
    ("1.1.7.07.01", "Bahan Medis Habis Pakai", "5.1.02.01.01.0037", [
        Item("glove_latex", "1.1.7.07.01.01.003", "Sarung Tangan Pemeriksaan", "Latex, non steril, ukuran M, isi 100", "Box", 72000),
        Item("glove_steril", "1.1.7.07.01.01.008", "Sarung Tangan Bedah", "Steril, ukuran 7", "Pasang", 9500),
        Item("masker", "1.1.7.07.01.02.001", "Masker Medis", "3 ply, earloop, isi 50", "Box", 32000),
        Item("spuit3", "1.1.7.07.01.03.003", "Spuit Sekali Pakai", "3 ml, jarum 23G", "Buah", 2100),
        Item("spuit5", "1.1.7.07.01.03.005", "Spuit Sekali Pakai", "5 ml, jarum 23G", "Buah", 2450),
        Item("infus_set", "1.1.7.07.01.04.001", "Infus Set Dewasa", "Makro drip, 20 tetes/ml", "Buah", 9800),
        Item("iv_cath", "1.1.7.07.01.04.006", "IV Catheter", "Ukuran 20G", "Buah", 11500),
        Item("kasa", "1.1.7.07.01.05.002", "Kasa Steril", "16 x 16 cm, isi 10 lembar", "Bungkus", 8750),
        Item("plester", "1.1.7.07.01.05.010", "Plester Plastik Roll", "5 cm x 4,5 m", "Roll", 28000),
        Item("alcohol_swab", "1.1.7.07.01.05.015", "Alcohol Swab", "Isopropil 70%, isi 100", "Box", 24000),
        Item("ringer", "1.1.7.07.02.01.004", "Cairan Infus Ringer Laktat", "500 ml", "Botol", 9200),
        Item("reagen_hema", "1.1.7.07.03.01.001", "Reagen Hematologi", "Diluent untuk hematology analyzer 5 diff, 20 liter", "Jerigen", 2850000, True),
        Item("strip_gds", "1.1.7.07.03.02.002", "Strip Tes Gula Darah", "Isi 50 strip", "Box", 185000),
        Item("kantong_medis", "1.1.7.07.04.01.001", "Kantong Plastik Sampah Medis", "Kuning, 60 x 100 cm, isi 50", "Pak", 35000),
        Item("hand_sanitizer", "1.1.7.07.04.02.003", "Hand Sanitizer", "Gel, 500 ml", "Botol", 45000),
        Item("termometer_ir", "1.1.7.07.05.01.002", "Termometer Inframerah", "Non kontak, digital", "Buah", 285000),
        Item("tensimeter", "1.1.7.07.05.01.005", "Tensimeter Digital", "Lengan atas, otomatis", "Unit", 725000),
    ]),
    ("1.1.7.06.02", "Pakaian Dinas dan Atribut", "5.1.02.01.01.0064", [
        Item("pdl", "1.1.7.06.02.01.004", "Pakaian Dinas Lapangan (PDL)", "Satpol PP, drill, kemeja dan celana, termasuk atribut", "Stel", 425000),
        Item("sepatu_pdl", "1.1.7.06.02.03.001", "Sepatu PDL", "Kulit, sol karet, tinggi 8 inci", "Pasang", 485000),
        Item("sepatu_pdh", "1.1.7.06.02.03.002", "Sepatu PDH", "Kulit, model pantofel", "Pasang", 365000),
        Item("topi", "1.1.7.06.02.04.001", "Topi Lapangan", "Drill, bordir logo", "Buah", 65000),
        Item("kopelrim", "1.1.7.06.02.04.005", "Kopelrim", "Sabuk kain, kepala logam berlogo", "Buah", 85000),
        Item("rompi", "1.1.7.06.02.05.002", "Rompi Reflektif", "Parasut, scotlight 2 garis", "Buah", 95000),
        Item("jas_hujan", "1.1.7.06.02.05.006", "Jas Hujan", "Setelan baju dan celana, PVC", "Stel", 135000),
        Item("kaos", "1.1.7.06.03.01.002", "Kaos Kegiatan", "Cotton combed 24s, sablon 2 warna", "Buah", 95000),
    ]),
    ("1.1.7.01.02", "Perlengkapan Keamanan", "5.1.02.01.01.0012", [
        Item("senter", "1.1.7.01.02.01.010", "Senter LED", "Isi ulang, 1.000 lumen", "Buah", 225000),
        Item("tongkat", "1.1.7.01.02.01.015", "Tongkat Polisi (T-Baton)", "Polikarbonat", "Buah", 185000),
    ]),
    ("1.1.7.08.01", "Hadiah dan Penghargaan", "5.1.02.05.01.0001", [
        Item("trofi_60", "1.1.7.08.01.01.002", "Piala", "Tinggi 60 cm, fiber dan kuningan", "Buah", 650000),
        Item("trofi_35", "1.1.7.08.01.01.001", "Piala", "Tinggi 35 cm, fiber dan kuningan", "Buah", 275000),
        Item("medali", "1.1.7.08.01.02.001", "Medali", "Logam, diameter 6 cm, dengan tali", "Buah", 45000),
        Item("piagam", "1.1.7.08.01.03.001", "Piagam Penghargaan", "Kertas 260 gram, dengan map", "Lembar", 35000),
    ]),
    ("1.5.3.01.01", "Bahan Perpustakaan", "5.2.05.01.01.0001", [
        Item("buku_umum", "1.5.3.01.01.01.001", "Buku Bacaan Umum", "Fiksi/nonfiksi, 14 x 21 cm, 150-250 halaman", "Eksemplar", 95000),
        Item("buku_anak", "1.5.3.01.01.01.003", "Buku Bacaan Anak", "Full color, 24-48 halaman", "Eksemplar", 55000),
    ]),
    ("1.3.2.07.01", "Alat Kedokteran", "5.2.02.07.01.0002", [
        Item("patient_monitor", "1.3.2.07.01.02.011", "Patient Monitor", "5 parameter, layar 12 inci", "Unit", 48500000, True),
        Item("syringe_pump", "1.3.2.07.01.02.020", "Syringe Pump", "Satu kanal", "Unit", 27750000),
        Item("bed_elektrik", "1.3.2.07.01.05.003", "Tempat Tidur Pasien", "Elektrik, 3 motor, dengan kasur dan side rail", "Unit", 38900000),
        Item("bed_manual", "1.3.2.07.01.05.001", "Tempat Tidur Pasien", "Manual, 2 engkol, dengan kasur", "Unit", 12750000),
        Item("kursi_roda", "1.3.2.07.01.06.001", "Kursi Roda", "Rangka baja, dapat dilipat", "Unit", 1850000),
        Item("nebulizer", "1.3.2.07.01.03.004", "Nebulizer", "Kompresor, portable", "Unit", 1450000),
    ]),
    ("1.3.2.05.01", "Alat Komunikasi dan Keamanan", "5.2.02.06.02.0001", [
        Item("ht", "1.3.2.05.01.06.002", "Handy Talky (HT)", "VHF 5 watt, baterai dan charger", "Unit", 3450000),
        Item("tameng", "1.3.2.05.01.06.010", "Tameng Pengendali Massa", "Polikarbonat, transparan", "Buah", 1250000),
    ]),
    ("1.3.2.10.01", "Komputer dan Peralatan Komputer", "5.2.02.10.02.0003", [
        Item("pc", "1.3.2.10.01.01.002", "Komputer PC Desktop", "Core i5, RAM 8 GB, SSD 512 GB, monitor 22 inci", "Unit", 13800000),
        Item("printer_kartu", "1.3.2.10.02.03.010", "Printer Kartu PVC", "Cetak dua sisi, hopper 100 kartu", "Unit", 38750000, True),
        Item("printer_thermal", "1.3.2.10.02.03.015", "Printer Struk Thermal", "Lebar kertas 80 mm, USB/LAN", "Unit", 1950000),
        Item("barcode_scanner", "1.3.2.10.02.03.020", "Barcode Scanner", "USB, 1D/2D", "Unit", 1250000),
        Item("scanner", "1.3.2.10.02.02.004", "Scanner Dokumen", "A4, ADF, 40 ppm", "Unit", 9650000),
        Item("ups", "1.3.2.10.02.04.002", "UPS", "1.200 VA", "Unit", 2250000),
        Item("mesin_antrian", "1.3.2.10.02.05.001", "Mesin Antrian", "Kios layar sentuh 21 inci, printer thermal, display LED, speaker", "Paket", 28500000),
    ]),
    ("1.3.2.05.02", "Mebel", "5.2.02.05.02.0001", [
        Item("rak_buku", "1.3.2.05.02.01.020", "Rak Buku Perpustakaan", "Besi, dua muka, 5 susun, 200 x 90 x 45 cm", "Unit", 4650000),
        Item("meja_baca", "1.3.2.05.02.01.030", "Meja Baca", "Kayu, 160 x 80 cm", "Buah", 2350000),
    ]),
]

# (section title, items) — uraian carries the distinguishing words, spec sits in "Keterangan".
SBU_SECTIONS: list[tuple[str, list[Item]]] = [
    ("A. HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN JURI", [
        Item("narsum_es2", "SBU.01.01", "Honorarium Narasumber/Pembahas Eselon II", "Pejabat Eselon II atau yang disetarakan", "Orang/Jam", 1000000),
        Item("narsum_es3", "SBU.01.02", "Honorarium Narasumber/Pembahas Eselon III ke bawah", "Pejabat Eselon III ke bawah atau yang disetarakan", "Orang/Jam", 900000),
        Item("moderator", "SBU.01.03", "Honorarium Moderator", "Per orang per kegiatan", "Orang/Kegiatan", 700000),
        Item("mc", "SBU.01.04", "Honorarium Pembawa Acara", "Per orang per kegiatan", "Orang/Kegiatan", 400000),
        Item("juri", "SBU.01.05", "Honorarium Juri/Penilai Lomba", "Per orang per kegiatan", "Orang/Kegiatan", 750000),
    ]),
    ("B. PERJALANAN DINAS", [
        Item("uh_dalam_kota", "SBU.02.01", "Uang Harian Perjalanan Dinas Dalam Kota", "Lebih dari 8 (delapan) jam", "Orang/Hari", 200000),
        Item("uh_kaltim", "SBU.02.02", "Uang Harian Perjalanan Dinas Luar Kota", "Dalam Provinsi Kalimantan Timur", "Orang/Hari", 430000),
        Item("uh_jakarta", "SBU.02.03", "Uang Harian Perjalanan Dinas Luar Daerah", "Provinsi DKI Jakarta", "Orang/Hari", 530000),
        Item("hotel_jakarta", "SBU.02.04", "Biaya Penginapan", "Provinsi DKI Jakarta, Eselon III/IV/Golongan III", "Orang/Malam", 1490000),
        Item("tiket_jakarta", "SBU.02.05", "Tiket Pesawat Pergi Pulang", "Balikpapan - Jakarta, kelas ekonomi", "Orang/PP", 3850000),
    ]),
    ("C. KONSUMSI RAPAT", [
        Item("makan_rapat", "SBU.03.01", "Makanan Rapat", "Nasi kotak, per orang per kali", "Orang/Kali", 42500),
        Item("kudapan_rapat", "SBU.03.02", "Kudapan Rapat", "Snack, per orang per kali", "Orang/Kali", 20000),
    ]),
    ("D. SEWA KENDARAAN DAN PENGGANDAAN", [
        Item("sewa_minibus", "SBU.04.01", "Sewa Kendaraan Penumpang", "Minibus 7 penumpang, termasuk pengemudi, tidak termasuk BBM", "Unit/Hari", 750000),
        Item("sewa_bus", "SBU.04.02", "Sewa Bus Sedang", "Kapasitas 30 tempat duduk, termasuk pengemudi dan BBM", "Unit/Hari", 2750000),
        Item("fotokopi", "SBU.04.03", "Penggandaan (Fotokopi)", "A4/F4, hitam putih", "Lembar", 300),
        Item("jilid", "SBU.04.04", "Penjilidan", "Jilid lakban/soft cover", "Buku", 7500),
    ]),
]

HSPK_ITEMS: list[Item] = [
    Item("tenda", "HSPK.7.01", "Sewa Tenda Sarnafil", "5 x 5 m, termasuk pasang dan bongkar", "Unit/Hari", 950000),
    Item("sound_big", "HSPK.7.02", "Sewa Sound System", "Kapasitas 5.000 watt, termasuk operator", "Paket/Hari", 4500000),
    Item("sound_small", "HSPK.7.03", "Sewa Sound System", "Kapasitas 1.000 watt, termasuk operator", "Paket/Hari", 1500000),
    Item("panggung", "HSPK.7.04", "Sewa Panggung", "Rangka besi, 8 x 6 m, tinggi 1 m, karpet", "Unit/Hari", 5750000),
    Item("lighting", "HSPK.7.05", "Sewa Lighting Panggung", "12 par LED dan 2 moving head, termasuk operator", "Paket/Hari", 3250000),
    Item("genset", "HSPK.7.06", "Sewa Genset", "60 kVA, termasuk operator, tidak termasuk BBM", "Unit/Hari", 2400000),
    Item("kursi_futura", "HSPK.7.07", "Sewa Kursi Futura", "Dengan sarung kursi", "Buah/Hari", 7500),
    Item("billboard", "HSPK.8.01", "Sewa Media Reklame Billboard", "4 x 8 m, satu muka, termasuk cetak dan pasang", "Bulan", 18500000),
    Item("dokumentasi", "HSPK.8.02", "Jasa Dokumentasi Foto dan Video", "1 fotografer, 1 videografer, termasuk editing", "Paket/Hari", 2500000),
]
# fmt: on


def all_items() -> dict[str, Item]:
    items = [item for _, _, _, group in SSH_GROUPS for item in group]
    items += [item for _, section in SBU_SECTIONS for item in section]
    items += HSPK_ITEMS
    keyed = {item.key: item for item in items}
    assert len(keyed) == len(items), "duplicate catalogue key"
    return keyed


def write_ssh(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2026"
    ws.append(["LAMPIRAN I"])
    ws.append(["PERATURAN WALI KOTA SAMARINDA TENTANG STANDAR HARGA SATUAN"])
    ws.append(["STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA"])
    ws.append(["TAHUN ANGGARAN 2026"])
    ws.append([])
    ws.append(
        [
            "NO.",
            "KODE KELOMPOK BARANG",
            "URAIAN KELOMPOK BARANG",
            "ID STANDAR HARGA",
            "KODE BARANG",
            "URAIAN BARANG",
            "SPESIFIKASI",
            "SATUAN",
            "HARGA SATUAN",
            "KODE REKENING",
        ]
    )
    ws.append(list(range(1, 11)))
    number = 0
    for kelompok_code, kelompok_name, rekening, items in SSH_GROUPS:
        for item in items:
            number += 1
            price: int | str = rupiah_text(item.harga, number) if item.price_as_text else item.harga
            ws.append(
                [
                    number,
                    kelompok_code,
                    kelompok_name,
                    700000 + number * 13,
                    item.kode,
                    item.uraian,
                    item.spesifikasi,
                    item.satuan,
                    price,
                    rekening,
                ]
            )
    wb.save(path)


def write_sbu_hspk(path: Path) -> None:
    wb = Workbook()
    sbu = wb.active
    sbu.title = "SBU"
    sbu.append(["STANDAR BIAYA UMUM (SBU)"])
    sbu.append(["PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026"])
    sbu.append([])
    sbu.append(["No.", "Kode", "Uraian", "Satuan", "Besaran (Rp)", "Keterangan"])
    number = 0
    for title, items in SBU_SECTIONS:
        sbu.append([None, None, title])
        for item in items:
            number += 1
            sbu.append(
                [
                    number,
                    item.kode,
                    item.uraian,
                    item.satuan,
                    rupiah_text(item.harga, number),
                    item.spesifikasi,
                ]
            )

    hspk = wb.create_sheet("HSPK")
    hspk.append(["HARGA SATUAN POKOK KEGIATAN (HSPK) - SEWA PERALATAN DAN JASA PENUNJANG ACARA"])
    hspk.append(["Tahun Anggaran 2026 (harga belum termasuk PPN)"])
    hspk.append([])
    hspk.append(
        ["Kode HSPK", "Jenis Pekerjaan", "Spesifikasi Teknis", "Sat.", "Harga Satuan Pekerjaan (Rp)", "No"]
    )
    for number, item in enumerate(HSPK_ITEMS, start=1):
        hspk.append([item.kode, item.uraian, item.spesifikasi, item.satuan, item.harga, number])
    wb.save(path)
