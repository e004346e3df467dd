#!/usr/bin/env python3
"""review40 generator (written blind). Deterministic: fixed seed, fixed timestamps."""
import csv, json, math, os, random, io
from fractions import Fraction
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
import datetime

from catalog_data import SSH, SSH2, SBU

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TT = os.path.join(HERE, "truth_text")
os.makedirs(DATA, exist_ok=True)
os.makedirs(TT, exist_ok=True)
R = random.Random(4040)
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FD + "DejaVuSansCondensed-Bold.ttf"))

OVER_THRESHOLD = Fraction(6, 5)   # OVERPRICED iff harga > 1.20 x catalogue price (converted)

ACCOUNTS = {
    "atk": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "ph"),
    "kertas": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", "ph"),
    "cetak": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", "ph"),
    "komputer": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", "ph"),
    "listrik": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", "ph"),
    "kebersihan": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan", "ph"),
    "bbm": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", "ph"),
    "bahan_lain": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", "ph"),
    "bahan_makanan": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan", "ph"),
    "linen": ("5.1.02.01.01.0046", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Linen Pasien", "ph"),
    "pakaian": ("5.1.02.01.01.0066", "Belanja Pakaian Dinas Lapangan (PDL) dan Atribut", "ph"),
    "serah": ("5.1.02.03.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat", "ph"),
    "mamin": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", "mamin"),
    "honor": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", "honor"),
    "perjadin": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", "perjadin"),
    "sewa": ("5.1.02.02.05.0009", "Belanja Sewa Peralatan, Kendaraan dan Gedung Pertemuan", "sewa"),
    "jasa": ("5.1.02.02.01.0029", "Belanja Jasa Pihak Ketiga Lainnya", "jasa"),
    "pemeliharaan": ("5.1.02.03.02.0405", "Belanja Pemeliharaan Peralatan dan Mesin", "pem"),
    "modal": ("5.2.02.05.01.0005", "Belanja Modal Peralatan dan Mesin", "modal"),
}
ACC_ORDER = sorted(ACCOUNTS, key=lambda k: ACCOUNTS[k][0])

ALL = SSH + SSH2 + SBU
for c in SSH2:
    if c["name"].startswith(("Benih", "Pakan", "Jaring", "Jala", "Pancing", "Kapur", "Probiotik", "Terpal",
                             "Waring", "Life Jacket", "Cool Box", "Ring Buoy", "Selimut Pengungsi", "Matras",
                             "Family Kit", "Kidsware", "Makanan Siap Saji", "Mie Instan", "Sandal")):
        c["kind"] = "serah"
    if c["name"].startswith(("Tenda", "Gergaji", "Pompa", "Sirine", "Tandon", "GPS", "Rambu", "Papan Jalur",
                             "Aerator")):
        c["kind"] = "modal"
for c in SBU:
    if c["kode"] in ("SBU.05.08", "SBU.05.09"):
        c["kind"] = "pemeliharaan"
for c in ALL:
    if c["name"].startswith(("Air Mineral",)):
        c["kind"] = "mamin"


def C(name, spec=""):
    hits = [c for c in ALL if name.lower() in c["name"].lower() and spec.lower() in c["spec"].lower()]
    if len(hits) > 1:
        ex = [c for c in hits if c["name"].lower() == name.lower()]
        hits = ex or [c for c in hits if c["name"].lower().startswith(name.lower())]
    assert len(hits) == 1, (name, spec, [h["kode"] for h in hits])
    return hits[0]["kode"]


CAT = {c["kode"]: c for c in ALL}
SRC = {}
for c in SSH: SRC[c["kode"]] = "ssh_2027_kota_samarinda.xlsx"
for c in SSH2: SRC[c["kode"]] = "ssh_sektoral_perikanan_kebencanaan_2027.csv"
for c in SBU: SRC[c["kode"]] = "sbu_2027_kota_samarinda.pdf"

# alternative RKA units: name-prefix -> (rka unit, number of catalogue units per rka unit)
ALT_UNITS = {
    "Kertas HVS": ("Box isi 5 rim", Fraction(5)), "Ballpoint": ("Buah", Fraction(1, 12)),
    "Spidol Whiteboard": ("Buah", Fraction(1, 12)), "Map Plastik Kancing": ("Buah", Fraction(1, 12)),
    "Pakan Ikan": ("Kg", Fraction(1, 30)), "Kabel UTP": ("Meter", Fraction(1, 305)),
    "Tisu Gulung": ("Roll", Fraction(1, 10)), "Masker Medis": ("Pcs", Fraction(1, 50)),
    "Beras": ("Karung 25 kg", Fraction(25)), "Minyak Goreng": ("Dus isi 6 pouch", Fraction(6)),
    "Deterjen Cair": ("Liter", Fraction(1, 20)), "Konektor RJ45": ("Pcs", Fraction(1, 100)),
    "Pensil 2B": ("Batang", Fraction(1, 12)), "Air Mineral Gelas": ("Gelas", Fraction(1, 48)),
    "Kantong Linen": ("Lembar", Fraction(1, 50)), "Sarung Tangan Nitril": ("Pcs", Fraction(1, 100)),
    "Amplop Coklat": ("Lembar", Fraction(1, 50)), "Mie Instan": ("Bungkus", Fraction(1, 40)),
}
ABBR = [("Kertas HVS", "HVS"), ("gram", "gr"), ("Honorarium", "Honor"), ("Ballpoint", "Pulpen"),
        ("Perjalanan Dinas", "Perjadin"), ("Uang Harian", "Uang harian"), ("Makan Rapat / Kegiatan", "Nasi kotak"),
        ("Snack / Kudapan Rapat", "Snack rapat"), ("Laptop / Notebook", "Notebook"), ("Flashdisk", "Flash disk"),
        ("Stapler / Hekter", "Hekter"), ("Map Ordner / Box File", "Ordner"), ("Toner Printer Laser", "Toner"),
        ("Cetak Spanduk", "Spanduk"), ("Life Jacket (Pelampung Keselamatan)", "Pelampung/life jacket"),
        ("Sewa Kendaraan Roda 4", "Sewa mobil"), ("Pakaian Dinas Lapangan (PDL)", "PDL"),
        (" / Setara", ""), ("Tinta Printer Botol", "Tinta botol printer")]
REWORD = [("Honorarium", "Honor"), ("Honor", "Honorarium"), ("Nasi kotak", "Konsumsi makan"),
          ("Makan", "Konsumsi makan"), ("Snack", "Kue/kudapan"), ("Kertas", "Kertas"), ("Cetak", "Pencetakan"),
          ("Sewa", "Biaya sewa"), ("Uang harian", "Uang harian perjalanan"), ("Tiket", "Tiket transport"),
          ("Transport", "Biaya transport")]


def rka_name(c, alt=0):
    n = c["name"]
    if alt:
        for a, b in ABBR:
            n = n.replace(a, b)
        if "/" in n and R.random() < 0.5:
            n = n.split("/")[0].strip()
    return n.strip()


SUFFIX = [" (kebutuhan kegiatan)", " untuk pelaksanaan kegiatan", " - usulan bidang", " (sesuai RAB)", ""]


def reword(name):
    for a, b in REWORD:
        if name.startswith(a) and a != b:
            return b + name[len(a):] + R.choice(SUFFIX)
    pre = R.choice(["Pengadaan ", "Belanja ", "Penyediaan ", ""])
    if pre:
        return pre + (name[0].lower() + name[1:] if name[1:2].islower() else name)
    return name + R.choice(SUFFIX[:4])


# ------------------------------------------------------------------ sub-kegiatan definitions
GEN_OFFICE = [C("Ballpoint", "hitam, 0,5"), C("Kertas HVS", "A4 80"), C("Kertas HVS", "F4 70"), C("Map Plastik"),
              C("Spidol Whiteboard"), C("Toner Printer Laser", "85A"), C("Flashdisk", "32 GB"), C("Fotocopy"),
              C("Jilid Spiral"), C("Amplop Coklat"), C("Lakban Bening"), C("Binder Clip", "155"),
              C("Stopmap"), C("Tinta Printer Botol", "hitam")]
GEN_MEET = [C("Makan Rapat"), C("Snack / Kudapan"), C("Honorarium Narasumber Eselon III /"),
            C("Honorarium Moderator"), C("Cetak Spanduk"), C("Cetak Sertifikat"), C("Jasa Dokumentasi")]
OFF_GENERIC = [C("Karangan Bunga"), C("Parsel")]
# items never used as OFF_TARGET examples because some sub-kegiatan could plausibly justify them
OFF_EXCL_KINDS = {"atk", "kertas", "cetak", "komputer", "listrik", "kebersihan", "bbm", "honor", "mamin", "perjadin", "sewa"}
OFF_EXCL_NAMES = ("Handy Talky", "Senter", "Jas Hujan", "Rompi", "Gas LPG", "Cool Box", "Es Balok", "Timbangan", "Tenda",
                  "Genset", "Megaphone", "Pompa", "Kotak P3K", "Life Jacket", "Ring Buoy", "Terpal", "Alat Ukur Kualitas",
                  "Kamera", "Televisi", "Laptop", "Mouse", "Printer", "Scanner Dokumen", "PC All", "Harddisk", "Flashdisk",
                  "Sepatu Boot", "Sarung Tangan", "Masker", "Lemari Es", "Jasa Penerjemah", "Jasa Publikasi",
                  "Jasa Penayangan", "Jasa Dokumentasi", "Jasa Pengiriman", "Dispenser", "Honorarium", "Handuk", "Garam")
NOREF_OFF_EXCL = ("Mesin Penghancur", "Dehumidifier", "Lisensi", "Thermohygrometer", "Sertifikat Elektronik", "Barcode",
                  "Papan Tulis", "Baterai Cadangan", "Voucher", "Tas Seminar", "Tumbler")

SUBS = [
 dict(id="A1", file="R1", opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
      code="2.18.04.2.01.0002", name="Penyediaan Pelayanan Terpadu Perizinan dan Non Perizinan",
      prog="2.18.04 PROGRAM PELAYANAN PENANAMAN MODAL", keg="2.18.04.2.01 Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
      out="Jumlah Dokumen Perizinan dan Non Perizinan yang Diterbitkan (12.500 dokumen)", lok="Mal Pelayanan Publik Kota Samarinda",
      n=24, dom=[C("Kertas Thermal"), C("Cetak Blanko", "1 muka"), C("Mesin Antrian"), C("Cetak Kartu Identitas"),
                 C("Printer Laser Monokrom"), C("Scanner Dokumen"), C("Laptop", "i5"), C("Kabel UTP", "Cat 6"),
                 C("Konektor RJ45"), C("Jasa Penerjemah"), C("Televisi LED"), C("Pengiriman Dokumen"),
                 C("Honorarium Tim Pelaksana Kegiatan - Anggota"), C("Mouse Wireless")], gen=GEN_OFFICE,
      noref=[("Sertifikat Elektronik / TTE Pejabat Penandatangan", "Masa berlaku 1 tahun", "Sertifikat", 1450000, "jasa"),
             ("Barcode Scanner 2D", "USB, untuk pemindaian QR izin", "Buah", 1350000, "modal"),
             ("Lisensi Aplikasi Helpdesk/Ticketing Online", "Langganan 1 tahun, 10 agen", "Paket", 9500000, "jasa")],
      offdom=["C1", "C2", "D1", "D2", "E1"]),
 dict(id="A2", file="R1", opd="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
      code="2.18.04.2.02.0001", name="Sosialisasi dan Konsultasi Publik Kebijakan Perizinan Berusaha",
      prog="2.18.04 PROGRAM PELAYANAN PENANAMAN MODAL", keg="2.18.04.2.02 Pemantauan Pemenuhan Komitmen Perizinan dan Non Perizinan",
      out="Jumlah Pelaku Usaha yang Mengikuti Sosialisasi OSS RBA (400 orang)", lok="Kec. Samarinda Kota, Sungai Kunjang, Palaran",
      n=20, dom=[C("Cetak Leaflet"), C("Cetak Brosur"), C("Banner Roll Up"), C("Iklan Layanan Masyarakat Radio"),
                 C("Sewa Ruang Pertemuan Hotel (Half Day)"), C("Sewa LCD"), C("Honorarium Narasumber Eselon II /"),
                 C("Honorarium Pembawa Acara"), C("Transport Peserta Kegiatan Dalam Kota"),
                 C("Uang Harian Perjalanan Dinas Dalam Kota")] + GEN_MEET, gen=GEN_OFFICE,
      noref=[("Tas Seminar Kain Blacu", "Sablon logo DPMPTSP, 35 x 40 cm", "Buah", 42500, "atk"),
             ("Tumbler Stainless Custom Logo", "500 ml, souvenir peserta", "Buah", 95000, "atk")],
      offdom=["B1", "C2", "D1", "D2", "G1"]),
 dict(id="B1", file="R2", opd="Satuan Polisi Pamong Praja", code="1.05.02.1.01.0003",
      name="Penanganan Pelanggaran Peraturan Daerah dan Peraturan Kepala Daerah",
      prog="1.05.02 PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", keg="1.05.02.1.01 Penanganan Gangguan Ketenteraman dan Ketertiban Umum",
      out="Jumlah Operasi Penegakan Perda yang Dilaksanakan (48 kali)", lok="Seluruh Kecamatan Kota Samarinda",
      n=26, dom=[C("Pakaian Dinas Lapangan (PDL) Satpol"), C("Sepatu PDL"), C("Topi Lapangan"), C("Rompi Reflektif"),
                 C("Jas Hujan Setelan"), C("Handy Talky"), C("Senter LED"), C("Makan Petugas Lapangan"),
                 C("Bensin (Pertalite)"), C("Solar"), C("Sewa Kendaraan Roda 4 (Double Cabin)"),
                 C("Honorarium Tim Pelaksana Kegiatan - Anggota"), C("Honorarium Tim Pelaksana Kegiatan - Ketua"),
                 C("Uang Harian Perjalanan Dinas Dalam Kota"), C("Cetak Stiker"), C("Cetak Blanko", "bolak"),
                 C("Kamera Digital"), C("Lakban Hitam")], gen=GEN_OFFICE,
      noref=[("Borgol Besi Standar", "Double lock", "Buah", 325000, "bahan_lain"),
             ("Body Camera Petugas", "1080p, memori 64 GB, klip bahu", "Unit", 4850000, "modal"),
             ("Tongkat T (Tonfa) Polimer", "Panjang 60 cm", "Buah", 185000, "bahan_lain"),
             ("Segel Plastik Bernomor Seri", "Untuk penyegelan lapak", "Pak isi 100", 165000, "bahan_lain")],
      offdom=["C1", "C2", "D1", "D2", "G1", "G2"]),
 dict(id="B2", file="R2", opd="Satuan Polisi Pamong Praja", code="1.05.02.1.02.0001",
      name="Patroli dan Pembinaan Ketenteraman Ketertiban Umum di Ruang Publik",
      prog="1.05.02 PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", keg="1.05.02.1.02 Penegakan Perda secara Preventif",
      out="Jumlah Patroli Ketertiban Umum (365 kali)", lok="Taman kota, pasar, tepian Mahakam",
      n=18, dom=[C("Makan Petugas Lapangan"), C("Bensin (Pertalite)"), C("Senter LED"), C("Jas Hujan Ponco"),
                 C("Uang Harian Perjalanan Dinas Dalam Kota"), C("Honorarium Tim Pelaksana Kegiatan - Anggota"),
                 C("Cetak Leaflet"), C("Handy Talky"), C("Baterai Alkaline", "Ukuran AA,"), C("Rompi Reflektif")]
      + GEN_MEET[:2], gen=GEN_OFFICE,
      noref=[("Voucher Paket Data Petugas Patroli", "50 GB, 30 hari", "Voucher", 150000, "bahan_lain"),
             ("Body Camera Petugas", "1080p, memori 64 GB, klip bahu", "Unit", 4850000, "modal")],
      offdom=["C1", "C2", "D1", "D2", "G1", "G2"]),
 dict(id="C1", file="R3", opd="Dinas Perikanan", code="3.25.03.2.01.0001",
      name="Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      prog="3.25.03 PROGRAM PENGELOLAAN PERIKANAN TANGKAP", keg="3.25.03.2.01 Pemberdayaan Nelayan Kecil",
      out="Jumlah Nelayan Kecil yang Menerima Bantuan Sarana Penangkapan (120 orang)", lok="Kel. Sungai Kapih, Kel. Loa Bakung, Kel. Sindang Sari",
      n=22, dom=[C("Jaring Insang", "2 inch"), C("Jala Tebar"), C("Pancing Rawai"), C("Cool Box", "Styrofoam"),
                 C("Life Jacket"), C("Ring Buoy"), C("GPS Fish Finder"), C("Es Balok"), C("Timbangan Gantung"),
                 C("Honorarium Penyuluh"), C("Transport Peserta Kegiatan Kelurahan Pesisir"), C("Sewa Perahu Klotok"),
                 C("Honorarium Instruktur"), C("Cetak Buku Saku"), C("Sewa Perahu Motor")] + GEN_MEET[:2], gen=GEN_OFFICE,
      noref=[("Keramba Jaring Apung HDPE Bulat", "Diameter 10 m", "Unit", 85000000, "serah"),
             ("Lampu Celup Bawah Air (Lampu Pemikat Ikan)", "LED hijau 300 watt, DC 12 V", "Buah", 675000, "serah"),
             ("Alat Tangkap Bubu Lipat", "Rangka besi, 60 x 40 cm", "Buah", 85000, "serah")],
      offdom=["A1", "B1", "D1", "D2", "G1", "G2"]),
 dict(id="C2", file="R3", opd="Dinas Perikanan", code="3.25.04.2.01.0002",
      name="Pembinaan dan Pemberdayaan Pembudi Daya Ikan Kecil",
      prog="3.25.04 PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA", keg="3.25.04.2.01 Pemberdayaan Pembudi Daya Ikan Kecil",
      out="Jumlah Kelompok Pembudidaya Ikan yang Dibina (30 pokdakan)", lok="Kec. Palaran, Kec. Sambutan, Kec. Samarinda Utara",
      n=22, dom=[C("Benih Ikan Nila", "5-7"), C("Benih Ikan Lele"), C("Benih Ikan Patin"), C("Pakan Ikan Apung", "30%"),
                 C("Pakan Ikan Tenggelam"), C("Kapur Pertanian"), C("Probiotik"), C("Terpal Kolam"), C("Aerator"),
                 C("Waring"), C("Alat Ukur Kualitas Air"), C("Honorarium Penyuluh"), C("Honorarium Instruktur"),
                 C("Uang Harian Perjalanan Dinas Dalam Kota"), C("Cetak Buku Saku")] + GEN_MEET[:2], gen=GEN_OFFICE,
      noref=[("Mesin Pencetak Pelet Ikan Mini", "Kapasitas 50 kg/jam, diesel", "Unit", 12500000, "serah"),
             ("Bibit Rumput Laut", "Jenis Gracilaria", "Kg", 8500, "serah"),
             ("Papan Ukur Panjang Ikan (Measuring Board)", "Aluminium, skala 60 cm", "Buah", 145000, "bahan_lain")],
      offdom=["A1", "B1", "B2", "D2", "G1", "G2"]),
 dict(id="D1", file="R4", opd="RSUD I.A. Moeis Kota Samarinda", code="1.02.02.2.01.0018",
      name="Penyediaan Makanan dan Minuman Pasien Rawat Inap (Instalasi Gizi)",
      prog="1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", keg="1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan (BLUD Non-Medis)",
      out="Jumlah Porsi Makanan Pasien yang Disajikan Sesuai Standar Gizi (98.000 porsi)", lok="Instalasi Gizi RSUD",
      n=24, dom=[C("Beras Premium"), C("Daging Ayam"), C("Daging Sapi", "tetelan"), C("Ikan Nila", "konsumsi"),
                 C("Telur Ayam"), C("Tahu Putih"), C("Tempe"), C("Sayur Bayam"), C("Wortel"), C("Kentang"),
                 C("Buah Pisang"), C("Minyak Goreng"), C("Gula Pasir"), C("Susu Formula"), C("Garam"),
                 C("Kemasan Makanan Pasien"), C("Gas LPG"), C("Seragam Petugas Gizi"),
                 C("Uji Laboratorium"), C("Lemari Es")], gen=[],
      noref=[("Thermometer Makanan Digital (Probe)", "Rentang -50 s.d. 300 C", "Buah", 185000, "bahan_lain"),
             ("Plastik Wrap Makanan", "Roll 30 cm x 300 m", "Roll", 125000, "bahan_makanan"),
             ("Blender Industri", "Kapasitas 2 liter, 1.500 watt", "Unit", 3850000, "modal")],
      offdom=["A1", "B1", "C1", "C2", "G1", "G2"]),
 dict(id="D2", file="R4", opd="RSUD I.A. Moeis Kota Samarinda", code="1.02.02.2.01.0019",
      name="Pengelolaan Linen dan Laundry Rumah Sakit",
      prog="1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", keg="1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan (BLUD Non-Medis)",
      out="Jumlah Linen Bersih yang Didistribusikan ke Ruang Rawat (156.000 kg)", lok="Instalasi Laundry RSUD",
      n=20, dom=[C("Sprei Pasien"), C("Sarung Bantal"), C("Selimut Pasien"), C("Baju Pasien"), C("Handuk"),
                 C("Kantong Linen"), C("Deterjen Cair"), C("Pemutih"), C("Pelembut"), C("Servis Mesin Cuci"),
                 C("Mesin Cuci Industri"), C("Mesin Pengering"), C("Troli Linen"), C("Sepatu Boot"),
                 C("Sarung Tangan Karet"), C("Masker Medis")], gen=[],
      noref=[("Label Linen RFID Tag", "Tahan cuci 200 siklus", "Buah", 12500, "linen"),
             ("Mesin Setrika Roll (Flatwork Ironer)", "Lebar 2,5 m", "Unit", 165000000, "modal")],
      offdom=["A1", "A2", "B1", "C1", "C2", "G1"]),
 dict(id="E1", file="R5", opd="Badan Penanggulangan Bencana Daerah", code="1.05.03.2.01.0002",
      name="Penyediaan Logistik dan Peralatan Kesiapsiagaan Bencana Banjir",
      prog="1.05.03 PROGRAM PENANGGULANGAN BENCANA", keg="1.05.03.2.01 Pelayanan Informasi Rawan Bencana dan Kesiapsiagaan",
      out="Jumlah Paket Logistik Kesiapsiagaan yang Tersedia di Gudang (1.000 paket)", lok="Gudang Logistik BPBD, Jl. Kadrie Oening",
      n=28, dom=[C("Tenda Keluarga"), C("Velbed"), C("Matras"), C("Selimut Pengungsi"), C("Family Kit"),
                 C("Kidsware"), C("Makanan Siap Saji (Ready"), C("Mie Instan"), C("Karung Pasir"), C("Gergaji Mesin"),
                 C("Pompa Air Apung"), C("Megaphone"), C("Helm SAR"), C("Rompi Pelampung Rescue"), C("Tali Kernmantel"),
                 C("Kotak P3K"), C("Papan Jalur Evakuasi"), C("Perahu Karet"), C("Mesin Tempel"), C("Genset Portabel"),
                 C("Handy Talky"), C("Sandal Jepit")], gen=[C("Honorarium Tim Pelaksana Kegiatan - Anggota"), C("Makan Rapat")],
      noref=[("Drone Pemetaan Quadcopter", "Kamera 4K, waktu terbang 40 menit", "Unit", 32500000, "modal"),
             ("Baterai Cadangan HT", "Li-ion 2.000 mAh", "Buah", 275000, "bahan_lain"),
             ("Pelampung Anak (Baby Float)", "Usia 1-5 tahun", "Buah", 95000, "serah")],
      offdom=["A1", "A2", "C2", "G1", "G2"]),
 dict(id="F1", file="R6", opd="Kecamatan Sungai Pinang", code="7.01.01.2.05.0001",
      name="Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan",
      prog="7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", keg="7.01.02.2.01 Koordinasi Perencanaan Pembangunan Kecamatan",
      out="Jumlah Dokumen Hasil Musrenbang Kecamatan (1 dokumen)", lok="Aula Kantor Camat Sungai Pinang",
      n=20, dom=[C("Sewa Tenda Dekorasi"), C("Sewa Kursi Lipat"), C("Sewa Sound"), C("Honorarium Narasumber Eselon II /"),
                 C("Honorarium Pembawa Acara"), C("Honorarium Panitia Pelaksana Kegiatan - Anggota"),
                 C("Honorarium Panitia Pelaksana Kegiatan - Ketua"), C("Transport Peserta Kegiatan Dalam Kota"),
                 C("Jilid Hard Cover"), C("Air Mineral Gelas")] + GEN_MEET, gen=GEN_OFFICE,
      noref=[("Plakat Penghargaan Kelurahan Terbaik", "Akrilik 3 mm, cetak UV, kotak beludru", "Buah", 350000, "cetak"),
             ("Papan Tulis Standing (Flipchart)", "Kaki tiga, 60 x 90 cm", "Buah", 725000, "modal")],
      offdom=["B1", "C1", "C2", "D2", "E1"]),
 dict(id="G1", file="R7", opd="Dinas Perpustakaan dan Kearsipan", code="2.24.02.2.01.0004",
      name="Pengelolaan Arsip Inaktif dan Penataan Record Center",
      prog="2.24.02 PROGRAM PENGELOLAAN ARSIP", keg="2.24.02.2.01 Pengelolaan Arsip Dinamis Pemerintah Daerah",
      out="Jumlah Arsip Inaktif yang Ditata dan Didaftar (4.500 boks)", lok="Record Center, Jl. Dahlia",
      n=20, dom=[C("Boks Arsip", "bebas asam"), C("Folder Arsip"), C("Label Boks Arsip"), C("Silica Gel"), C("Kamper"),
                 C("Roll O'Pack"), C("Rak Arsip"), C("Jasa Fumigasi"), C("Masker Medis"), C("Sarung Tangan Nitril"),
                 C("Honorarium Tim Pelaksana Kegiatan - Anggota"), C("Honorarium Tim Pelaksana Kegiatan - Ketua"),
                 C("Kertas Label")], gen=GEN_OFFICE,
      noref=[("Thermohygrometer Digital", "Suhu & kelembaban, data logger", "Buah", 850000, "bahan_lain"),
             ("Dehumidifier", "Kapasitas 50 liter/hari", "Unit", 14500000, "modal")],
      offdom=["B1", "C1", "C2", "D1", "D2", "E1"]),
 dict(id="G2", file="R7", opd="Dinas Perpustakaan dan Kearsipan", code="2.24.02.2.02.0001",
      name="Alih Media Arsip Statis ke Format Digital",
      prog="2.24.02 PROGRAM PENGELOLAAN ARSIP", keg="2.24.02.2.02 Pengelolaan Arsip Statis",
      out="Jumlah Arsip Statis yang Dialihmediakan (60.000 lembar)", lok="Depo Arsip Statis",
      n=16, dom=[C("Scanner Buku"), C("Scanner Dokumen"), C("Harddisk Eksternal", "2 TB"), C("Flashdisk", "64"),
                 C("Jasa Alih Media"), C("Kertas Tisu Jepang"), C("Lem CMC"), C("Sarung Tangan Nitril"),
                 C("Honorarium Tim Pelaksana Kegiatan - Anggota"), C("PC All in One")], gen=GEN_OFFICE[:6],
      noref=[("Lisensi Software OCR", "Per tahun, 1 user", "Lisensi", 4250000, "jasa"),
             ("Mesin Penghancur Kertas (Paper Shredder)", "Kapasitas 20 lembar", "Unit", 3650000, "modal")],
      offdom=["B1", "C1", "C2", "D1", "D2", "E1"]),
]
SUB = {s["id"]: s for s in SUBS}

# ------------------------------------------------------------------ label plan
L = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
N = sum(s["n"] for s in SUBS)
PAIRS = ([("OVERPRICED", "ARITHMETIC")] * 2 + [("OVERPRICED", "ACCOUNT_MISMATCH")] * 2 +
         [("DUPLICATE", "OVERPRICED")] * 4 + [("DUPLICATE", "ARITHMETIC")] * 4 +
         [("NO_PRICE_REFERENCE", "ARITHMETIC")] * 2 + [("NO_PRICE_REFERENCE", "OFF_TARGET")] * 3 +
         [("NO_PRICE_REFERENCE", "ACCOUNT_MISMATCH")] * 3 + [("OFF_TARGET", "ACCOUNT_MISMATCH")] * 3 +
         [("OFF_TARGET", "OVERPRICED")] * 2)
nclean = round(N * 0.40)
nsingle = N - nclean - len(PAIRS)
singles = [(L[i % 6],) for i in range(nsingle)]
plan = [()] * nclean + singles + [tuple(p) for p in PAIRS]
R.shuffle(plan)
pos = 0
for s in SUBS:
    s["plan"] = plan[pos:pos + s["n"]]
    pos += s["n"]


def _nr(p):
    return sum(1 for x in p if "NO_PRICE_REFERENCE" in x)


for _ in range(500):  # rebalance: no sub-kegiatan needs more no-reference items than it has
    bad = [s for s in SUBS if _nr(s["plan"]) > len(s["noref"])]
    if not bad:
        break
    s = bad[0]
    i = next(i for i, x in enumerate(s["plan"]) if "NO_PRICE_REFERENCE" in x)
    t = next(t for t in SUBS if _nr(t["plan"]) < len(t["noref"]))
    j = next(j for j, x in enumerate(t["plan"]) if "NO_PRICE_REFERENCE" not in x)
    s["plan"][i], t["plan"][j] = t["plan"][j], s["plan"][i]


# ------------------------------------------------------------------ line building
def koef_for(c, unit, pref=None):
    u = c["unit"]
    if u == "OJ":
        return [(R.choice([1, 1, 2]), "Org"), (R.choice([2, 3, 4]), "Jam"), (R.choice([1, 2, 3, 4]), "Kl")]
    if u == "OH":
        return [(R.choice([2, 3, 4, 5, 6, 10]), "Org"), (R.choice([1, 2, 3, 4]), "Hr")]
    if u == "OB":
        k = [(R.choice([1, 3, 4, 5, 8]), "Org"), (R.choice([6, 10, 12]), "Bln")]
        if "Ketua" in c["name"]: k[0] = (1, "Org")
        return k
    if u == "OK" and c["kind"] in ("honor", "perjadin", "sewa"):
        if "Ketua" in c["name"]:
            return [(1 + 0 * R.choice([1, 2, 5, 10, 25, 40, 60]), "Org"), (R.choice([1, 2, 3, 4]), "Kl")]
        return [(R.choice([1, 2, 5, 10, 25, 40, 60]) if ("Peserta" in c["name"] or "Hotel" in c["name"]) else R.choice([1, 2, 3]), "Org"),
                (R.choice([1, 2, 3, 4]), "Kl")]
    if c["kind"] == "mamin" and (c["kode"].startswith("SBU") or unit == "Gelas"):
        return [(R.choice([20, 25, 30, 40, 50, 60, 100]), "Org"), (R.choice([1, 2, 3, 4, 6]), "Kl")]
    if c["kind"] == "sewa":
        return [(R.choice([1, 2, 3, 10, 100]) if "Kursi" in c["name"] else R.choice([1, 2]), "Unit"),
                (R.choice([1, 2, 3, 5]), "Hr")]
    if c["kind"] == "jasa" and c["unit"] in ("Paket", "Kali"):
        return [(R.choice([1, 2, 3, 4]), unit)]
    p = pref if pref is not None else c["price"]
    if c["kind"] == "bahan_makanan":
        return [(12, "Bln"), (R.choice([20, 30, 50, 80, 120]) if p < 60000 else R.choice([4, 6, 10]), unit)]
    if p >= 20000000: n = R.choice([1, 1, 2])
    elif p >= 2000000: n = R.choice([1, 2, 3, 4])
    elif p >= 200000: n = R.choice([2, 4, 5, 6, 10, 12])
    elif p >= 20000: n = R.choice([5, 10, 12, 15, 20, 24, 30, 50])
    elif p >= 2000: n = R.choice([20, 40, 50, 100, 120, 200])
    else: n = R.choice([500, 1000, 2000, 5000, 10000])
    if unit in ("Kg",) and p < 20000: n = R.choice([100, 250, 500])
    return [(n, unit)]


def step_of(x):
    return 1000 if x >= 1000000 else (100 if x >= 10000 else 50)


def make_line(s, c, labels, opts):
    """c: catalogue dict or None for noref (then opts['noref'])."""
    ln = dict(sub=s["id"], labels=sorted(labels))
    if c is not None:
        alt = ALT_UNITS.get(next((k for k in ALT_UNITS if c["name"].startswith(k)), None))
        if alt and R.random() < 0.55:
            unit, conv = alt
        else:
            unit, conv = c["unit"], Fraction(1)
        if unit.startswith("Box isi") or unit.startswith("Pak isi") or unit.startswith("Dus isi"):
            pass
        ln.update(item=rka_name(c, alt=R.random() < 0.5), spec=c["spec"], unit=unit, kind=c["kind"],
                  cat_kode=c["kode"], cat_file=SRC[c["kode"]], cat_name=c["name"], cat_spec=c["spec"],
                  cat_unit=c["unit"], cat_price=c["price"], conv=str(conv))
        ref = Fraction(c["price"]) * conv
        ln["ref_price"] = float(ref)
        st = step_of(ref)
        if "OVERPRICED" in labels:
            f = Fraction(R.choice([135, 140, 150, 160, 175, 180, 200, 250]), 100)
            price = int(math.ceil(ref * f / st) * st)
        elif R.random() < 0.5 and ref.denominator == 1:
            price = int(ref)
        else:
            f = Fraction(R.choice([92, 94, 95, 96, 97, 98, 99, 100]), 100)
            price = int(math.floor(ref * f / st) * st)
        ln["koef"] = koef_for(c, unit, float(ref))
    else:
        nm, sp, unit, price, kind = opts["noref"]
        ln.update(item=nm, spec=sp, unit=unit, kind=kind, cat_kode=None, cat_file=None, ref_price=None, conv=None)
        p = price
        n = 1 if p > 5000000 else (R.choice([2, 4, 5]) if p > 500000 else R.choice([10, 20, 25, 50, 100]))
        ln["koef"] = [(n, unit)]
    ln["price"] = price
    if c is not None and c["kind"] in ("honor", "perjadin", "sewa") or (c is not None and c["kind"] == "mamin"):
        ln["ppn"] = 0
    else:
        ln["ppn"] = 11
    return ln


def build_sub(s):
    plan = s["plan"]
    pool = s["dom"] + [g for g in s["gen"] if g not in s["dom"]]
    R.shuffle(pool)
    nonref = list(s["noref"]); R.shuffle(nonref)
    offc = []
    for o in s["offdom"]:
        offc += [k for k in SUB[o]["dom"] if k not in pool and CAT[k]["kind"] not in OFF_EXCL_KINDS
                 and not CAT[k]["name"].startswith(OFF_EXCL_NAMES)]
    offc = sorted(set(offc)) + [k for k in OFF_GENERIC if k not in pool]
    R.shuffle(offc)
    used_need = set()
    lines = []
    dups = []
    for labels in plan:
        if "DUPLICATE" in labels:
            dups.append(labels); continue
        if "NO_PRICE_REFERENCE" in labels:
            nr = nonref.pop() if nonref else None
            if nr is None:
                raise SystemExit("not enough noref for " + s["id"])
            ln = make_line(s, None, labels, dict(noref=nr))
            if "OFF_TARGET" in labels:
                # off-target noref: take another subkeg's noref item
                others = [x for o in s["offdom"] for x in SUB[o]["noref"] if x[0] not in [y[0] for y in s["noref"]]
                          and not x[0].startswith(NOREF_OFF_EXCL)]
                nr2 = others[R.randrange(len(others))]
                ln = make_line(s, None, labels, dict(noref=nr2))
            lines.append(ln); continue
        if "OFF_TARGET" in labels:
            k = offc.pop()
        else:
            k = next(k for k in pool if k not in used_need and CAT[k]["name"] not in [CAT[u]["name"] for u in used_need])
        used_need.add(k)
        lines.append(make_line(s, CAT[k], labels, {}))
    # duplicates: copy an earlier eligible line's need
    for labels in dups:
        cand = [l for l in lines if l["cat_kode"] and "OFF_TARGET" not in l["labels"] and not l.get("has_dup")
                and "ACCOUNT_MISMATCH" not in l["labels"] and "dup_of_item" not in l]
        orig = R.choice(cand); orig["has_dup"] = True
        c = CAT[orig["cat_kode"]]
        d = make_line(s, c, labels, {})
        d["unit"], d["conv"] = orig["unit"], orig["conv"]
        ref = Fraction(c["price"]) * Fraction(orig["conv"]); d["ref_price"] = float(ref)
        st = step_of(ref)
        d["price"] = int(math.ceil(ref * Fraction(R.choice([140, 150, 160]), 100) / st) * st) if "OVERPRICED" in labels else (
            orig["price"] if "OVERPRICED" not in orig["labels"] else int(math.floor(ref / st) * st))
        d["koef"] = [tuple(x) for x in orig["koef"]]
        d["item"] = reword(orig["item"])
        d["dup_of_item"] = orig["item"]
        d["ppn"] = orig["ppn"]
        lines.append(d)
    # accounts
    for l in lines:
        l["acc_key"] = l["kind"]
        if "ACCOUNT_MISMATCH" in l["labels"]:
            cls = ACCOUNTS[l["kind"]][2]
            present = [k for k in ACC_ORDER if ACCOUNTS[k][2] != cls]
            # prefer clear mismatches
            pref = {"ph": ["modal", "honor", "perjadin", "mamin"], "modal": ["atk", "kertas", "cetak", "mamin"],
                    "honor": ["mamin", "atk", "perjadin"], "perjadin": ["honor", "mamin", "sewa"],
                    "mamin": ["perjadin", "honor", "atk"], "sewa": ["modal", "bahan_lain", "honor"],
                    "jasa": ["atk", "modal", "bahan_lain"], "pem": ["modal", "atk"]}[cls]
            if cls == "ph" and (l["cat_price"] if l.get("cat_price") else l["price"]) >= 250000:
                pref = [p for p in pref if p != "modal"]
            l["acc_key"] = R.choice([p for p in pref if p in present])
        l["acc_code"], l["acc_name"] = ACCOUNTS[l["acc_key"]][0], ACCOUNTS[l["acc_key"]][1]
        l["true_acc_code"] = ACCOUNTS[l["kind"]][0]
    # order: by account (stable; duplicates were appended at the end)
    lines.sort(key=lambda l: ACC_ORDER.index(l["acc_key"]))
    return lines


FILE_FEATURES = {  # which arithmetic error kinds each layout can show
    "R1": ["jumlah", "vol", "ppn"], "R2": ["jumlah"], "R3": ["jumlah"], "R4": ["jumlah", "ppn"],
    "R5": ["jumlah"], "R6": ["jumlah", "vol"], "R7": ["jumlah"]}
HAS_PPN = {"R1", "R4"}
HAS_VOL = {"R1", "R2", "R5", "R6", "R7"}


def correct_jumlah(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100


def finalize(lines, f):
    for l in lines:
        if f in ("R1", "R6") and len(l["koef"]) == 1 and l["koef"][0][0] >= 4 and R.random() < 0.6:
            n, u = l["koef"][0]
            divs = [a for a in (12, 4, 2, 3, 5, 10) if n % a == 0 and n // a >= 1 and a < n]
            if divs:
                a = divs[0] if R.random() < 0.5 else R.choice(divs)
                l["koef"] = [(a, {12: "Bln", 4: "Tw"}.get(a, "Keg")), (n // a, u)]
        prod = 1
        for n, _ in l["koef"]:
            prod *= n
        l["volume_true"] = prod
        l["volume"] = prod
        if f not in HAS_PPN:
            l["ppn"] = 0
        l["jumlah_correct"] = correct_jumlah(prod, l["price"], l["ppn"])
        l["jumlah"] = l["jumlah_correct"]
        l["arith_kind"] = None
        if "ARITHMETIC" in l["labels"]:
            kinds = list(FILE_FEATURES[f])
            if l["ppn"] == 0 and "ppn" in kinds: kinds.remove("ppn")
            if len(l["koef"]) < 2 and "vol" in kinds: kinds.remove("vol")
            k = "vol" if ("vol" in kinds and R.random() < 0.7) else R.choice(kinds); l["arith_kind"] = k
            if k == "vol":
                l["volume"] = prod + R.choice([-2, -1, 1, 2, 10]) if prod > 2 else prod + R.choice([1, 2])
                l["jumlah"] = correct_jumlah(l["volume"], l["price"], l["ppn"])
            elif k == "ppn":
                l["jumlah"] = prod * l["price"]
            else:
                j = l["jumlah_correct"]
                m = R.choice(["plus1", "x10", "swap", "minus1", "plus2"])
                if m == "minus1" and prod <= 1: m = "plus1"
                if m == "plus1": j += l["price"]
                elif m == "plus2": j += 2 * l["price"]
                elif m == "minus1": j -= l["price"]
                elif m == "x10": j *= 10
                else:
                    sj = str(j); i = next((i for i in range(len(sj) - 1) if sj[i] != sj[i + 1]), None)
                    if i is None: j += l["price"]
                    else: j = int(sj[:i] + sj[i + 1] + sj[i] + sj[i + 2:])
                l["jumlah"] = j
            assert l["jumlah"] != l["jumlah_correct"] or l["volume"] != l["volume_true"]


def idr(x):
    return f"{int(x):,}".replace(",", ".")


def koef_str(k, style=0):
    if style == 1:
        return " x ".join(f"{n} {u.lower()}" for n, u in k)
    return " x ".join(f"{n} {u}" for n, u in k)


def desc(l, with_spec=True):
    return f"{l['item']} - {l['spec']}" if with_spec and l["spec"] else l["item"]


FILES = {}
for s in SUBS:
    s["lines"] = build_sub(s)
    FILES.setdefault(s["file"], []).append(s)
for f, subs in FILES.items():
    no = 1
    for s in subs:
        finalize(s["lines"], f)
        for l in s["lines"]:
            l["no"] = str(no); no += 1


# ================================================================== writers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fix_xlsx_times(wb):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "SIPD-export"


def save_xlsx(wb, path):
    fix_xlsx_times(wb)
    wb.save(path)
    # make zip timestamps deterministic
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if i.filename == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-20T09:00:00Z", data)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def rl_doc_fix(c):
    c.setCreator("SIPD RI"); c.setProducer("SIPD RI report engine")


# ---------------- catalogues
def write_ssh():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026"
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG PAKAI HABIS DAN ASET TAHUN ANGGARAN 2027"
    ws["A3"] = "Harga belum termasuk PPN"
    ws["A2"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["No", "Kode Barang", "Uraian", None, "Satuan", "Harga", "Keterangan"])
    ws.append([None, None, "Nama Barang", "Spesifikasi", None, "Satuan (Rp)", None])
    for rng in ("A5:A6", "B5:B6", "C5:D5", "E5:E6", "G5:G6"):
        ws.merge_cells(rng)
    for r in (5, 6):
        for c in ws[r]:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    grp = None; no = 0
    for c in SSH:
        if c["group"] != grp:
            grp = c["group"]; ws.append([None, None, grp]); ws.cell(ws.max_row, 3).font = Font(bold=True)
        no += 1
        ws.append([no, c["kode"], c["name"], c["spec"], c["unit"], c["price"], None])
        ws.cell(ws.max_row, 6).number_format = "#,##0"
    for col, w in zip("ABCDEFG", (6, 22, 42, 44, 14, 16, 12)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, os.path.join(DATA, "ssh_2027_kota_samarinda.xlsx"))


def write_ssh2():
    with open(os.path.join(DATA, "ssh_sektoral_perikanan_kebencanaan_2027.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("STANDAR SATUAN HARGA SEKTORAL (PERIKANAN & KEBENCANAAN) TA 2027;;;;;\n")
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["KODE_BARANG", "KELOMPOK", "URAIAN_BARANG", "SPESIFIKASI", "SATUAN", "HARGA_SATUAN"])
        for c in SSH2:
            w.writerow([c["kode"], c["group"], c["name"], c["spec"], c["unit"], idr(c["price"]) + ",00"])


def write_sbu():
    path = os.path.join(DATA, "sbu_2027_kota_samarinda.pdf")
    st = getSampleStyleSheet()
    ps = ParagraphStyle("p", fontName="DV", fontSize=7.5, leading=9)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title="SBU 2027", author="BPKAD Kota Samarinda",
                            creator="BPKAD", producer="BPKAD", invariant=1)
    el = [Paragraph("<b>LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026</b>", ParagraphStyle("h", fontName="DVB", fontSize=9)),
          Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=15)),
          Paragraph("Besaran merupakan batas tertinggi; belum termasuk pajak yang berlaku.", ps), Spacer(1, 6)]
    rows = [["No", "Kode", "Uraian", "Keterangan", "Satuan", "Besaran (Rp)"]]
    sty = [("FONT", (0, 0), (-1, 0), "DVB", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    grp = None; no = 0
    for c in SBU:
        if c["group"] != grp:
            grp = c["group"]; rows.append(["", "", Paragraph("<b>" + grp + "</b>", ps), "", "", ""])
            sty.append(("SPAN", (2, len(rows) - 1), (5, len(rows) - 1)))
        no += 1
        rows.append([str(no), c["kode"], Paragraph(c["name"], ps), Paragraph(c["spec"], ps), c["unit"], idr(c["price"])])
    t = Table(rows, colWidths=[9 * mm, 20 * mm, 70 * mm, 45 * mm, 15 * mm, 25 * mm], repeatRows=1)
    sty += [("FONT", (0, 1), (-1, -1), "DV", 7.5), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    t.setStyle(TableStyle(sty)); el.append(t)
    doc.build(el)


# ---------------- R1: xlsx, two-row merged header, account grouping, subtotal rows, hidden helpers
def write_R1(subs, fname):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "RKA Rincian Belanja"
    ws.append(["PEMERINTAH KOTA SAMARINDA"]); ws.append(["RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)"])
    ws.append(["Tahun Anggaran 2027 - DRAFT untuk asistensi TAPD"])
    ws.append(["Organisasi", ": " + subs[0]["opd"]])
    for r in (1, 2): ws.cell(r, 1).font = Font(bold=True, size=12)
    for s in subs:
        ws.append([])
        for k, v in (("Program", s["prog"]), ("Kegiatan", s["keg"]), ("Sub Kegiatan", s["code"] + " " + s["name"]),
                     ("Indikator Output", s["out"]), ("Lokasi", s["lok"])):
            ws.append([k, ": " + v])
        ws.append(["No", "Kode Rekening", "Uraian", "Rincian Perhitungan", None, None, None, None, "Jumlah (Rp)", "hrg_2026", "catatan_ops"])
        ws.append([None, None, None, "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)", None, None, None])
        r = ws.max_row
        for rng in (f"A{r-1}:A{r}", f"B{r-1}:B{r}", f"C{r-1}:C{r}", f"D{r-1}:H{r-1}", f"I{r-1}:I{r}"):
            ws.merge_cells(rng)
        for rr in (r - 1, r):
            for c in ws[rr][:9]:
                c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
        acc = None
        for l in s["lines"]:
            if l["acc_code"] != acc:
                acc = l["acc_code"]
                tot = sum(x["jumlah"] for x in s["lines"] if x["acc_code"] == acc)
                ws.append([None, acc, l["acc_name"], None, None, None, None, None, tot])
                for c in ws[ws.max_row][:9]: c.font = Font(bold=True)
                ws.cell(ws.max_row, 9).number_format = "#,##0"
            helper = int(l["price"] * R.choice([0.9, 0.95, 1.0])) if R.random() < 0.7 else None
            ws.append([int(l["no"]), None, desc(l), koef_str(l["koef"]), l["volume"], l["unit"], l["price"], l["ppn"], l["jumlah"],
                       helper, R.choice([None, None, "cek harga", "sesuai usulan bidang", "revisi 2"])])
            for ci in (7, 9, 10): ws.cell(ws.max_row, ci).number_format = "#,##0"
        ws.append([None, None, "JUMLAH SUB KEGIATAN " + s["code"], None, None, None, None, None, sum(x["jumlah"] for x in s["lines"])])
        ws.cell(ws.max_row, 9).number_format = "#,##0"; ws.cell(ws.max_row, 3).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", (5, 19, 58, 20, 8, 12, 14, 7, 16, 12, 18)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["J"].hidden = True; ws.column_dimensions["K"].hidden = True
    save_xlsx(wb, os.path.join(DATA, fname))


# ---------------- R2: xlsx several sheets, unusual column order, price as text, vol+unit in one cell
def price_text(p, i):
    if p >= 1000000 and p % 10000 == 0 and i % 2 == 0:
        v = f"{p / 1000000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return v + " jt"
    return "Rp " + idr(p) if i % 3 else "Rp. " + idr(p) + ",-"


def write_R2(subs, fname):
    wb = openpyxl.Workbook(); ws0 = wb.active; ws0.title = "Cover"
    ws0["A1"] = "RKA SKPD TA 2027 - " + subs[0]["opd"].upper()
    ws0["A3"] = "Isi: rincian belanja per sub kegiatan (lihat sheet berikutnya)."
    ws0["A4"] = "Sheet 'Penegakan Perda (1)' dan 'Penegakan Perda (2)' adalah satu sub kegiatan (lanjutan)."
    ws0["A6"] = "Disusun oleh: Subbag Program & Keuangan"
    parts = []
    b1 = subs[0]["lines"]; cut = 16
    parts.append(("Penegakan Perda (1)", subs[0], b1[:cut], True))
    parts.append(("Penegakan Perda (2)", subs[0], b1[cut:], False))
    for s in subs[1:]:
        parts.append(("Patroli Tibum", s, s["lines"], True))
    for title, s, lines, head in parts:
        ws = wb.create_sheet(title)
        if head:
            ws.append(["SUB KEGIATAN", s["code"] + " - " + s["name"]])
            ws.append(["OUTPUT", s["out"]]); ws.append(["LOKASI", s["lok"]])
        else:
            ws.append(["(lanjutan) SUB KEGIATAN", s["code"] + " - " + s["name"]])
        ws.append([])
        ws.append(["No", "Uraian Belanja", "Jumlah (Rp)", "Harga Satuan", "Vol / Sat", "Kode Rekening", "Ket."])
        for c in ws[ws.max_row]: c.font = Font(bold=True); c.border = BOX
        for i, l in enumerate(lines):
            vol = f"{l['volume']} {l['unit'].lower() if R.random() < 0.5 else l['unit']}"
            jm = l["jumlah"] if i % 4 else "Rp " + idr(l["jumlah"])
            ws.append([int(l["no"]), desc(l, with_spec=True), jm, price_text(l["price"], int(l["no"])), vol,
                       l["acc_code"] + " " + l["acc_name"].replace("Belanja ", "Bel. "), None])
            if isinstance(jm, int): ws.cell(ws.max_row, 3).number_format = "#,##0"
        if title != "Penegakan Perda (1)":
            tot = sum(x["jumlah"] for x in s["lines"])
            ws.append([None, "TOTAL SUB KEGIATAN", tot]); ws.cell(ws.max_row, 3).number_format = "#,##0"
        else:
            ws.append([None, "bersambung ke sheet berikutnya ..."])
        for col, w in zip("ABCDEFG", (5, 60, 16, 16, 14, 60, 8)):
            ws.column_dimensions[col].width = w
    save_xlsx(wb, os.path.join(DATA, fname))


# ---------------- R3: CSV export, koefisien only
def write_R3(subs, fname):
    with open(os.path.join(DATA, fname), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["kode_skpd", "nama_skpd", "kode_sub_kegiatan", "nama_sub_kegiatan", "kode_akun", "nama_akun", "no",
                    "uraian_belanja", "spesifikasi", "koefisien", "satuan", "harga_satuan", "total_harga"])
        for s in subs:
            for l in s["lines"]:
                w.writerow(["3.25.0.00.0.00.01.0000", s["opd"], s["code"], s["name"], l["acc_code"], l["acc_name"], l["no"],
                            l["item"], l["spec"], koef_str(l["koef"]), l["unit"], str(l["price"]), str(l["jumlah"])])


# ---------------- R4: SIPD-like PDF
def write_R4(subs, fname):
    path = os.path.join(DATA, fname)
    ps = ParagraphStyle("p", fontName="DV", fontSize=7, leading=8.5)
    pb = ParagraphStyle("pb", fontName="DVB", fontSize=7, leading=8.5)
    hs = ParagraphStyle("h", fontName="DVB", fontSize=9, leading=11, alignment=1)

    def footer(c, d):
        c.saveState(); c.setFont("DV", 6.5)
        c.drawString(12 * mm, 8 * mm, "Dicetak dari SIPD - RKA SKPD 2.2.1 | 20-11-2026 09:00 | draft")
        c.drawRightString(A4[0] - 12 * mm, 8 * mm, f"Halaman {d.page}"); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title="RKA SKPD 2.2.1", author="SIPD", creator="SIPD RI",
                            producer="SIPD RI", invariant=1)
    el = []
    for si, s in enumerate(subs):
        if si: el.append(PageBreak())
        el += [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", hs),
               Paragraph("RINCIAN BELANJA SUB KEGIATAN - TAHUN ANGGARAN 2027", hs), Spacer(1, 4)]
        info = [["Urusan Pemerintahan", ": 1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN"],
                ["Organisasi", ": 1.02.0.00.0.00.02.0001 " + s["opd"]], ["Program", ": " + s["prog"]],
                ["Kegiatan", ": " + s["keg"]], ["Sub Kegiatan", ": " + s["code"] + " " + s["name"]],
                ["Sumber Pendanaan", ": Pendapatan BLUD"], ["Lokasi", ": " + s["lok"]],
                ["Waktu Pelaksanaan", ": Januari s.d. Desember"],
                ["Indikator Output", ": " + s["out"]]]
        ti = Table([[a, Paragraph(b, ps)] for a, b in info], colWidths=[35 * mm, 155 * mm])
        ti.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        el += [ti, Spacer(1, 5)]
        rows = [["No", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        sty = [("FONT", (0, 0), (-1, 0), "DVB", 7), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.95)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("FONT", (0, 1), (-1, -1), "DV", 7), ("ALIGN", (5, 1), (7, -1), "RIGHT")]
        acc = None
        for l in s["lines"]:
            if l["acc_code"] != acc:
                acc = l["acc_code"]
                tot = sum(x["jumlah"] for x in s["lines"] if x["acc_code"] == acc)
                rows.append(["", Paragraph(acc, pb), Paragraph(l["acc_name"], pb), "", "", "", "", idr(tot)])
                sty.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "DVB", 7))
            rows.append([l["no"], "", Paragraph("[#] " + l["item"] + "<br/>" + l["spec"], ps),
                         Paragraph(koef_str(l["koef"], 1).replace("org", "Orang").replace(" hr", " Hari").replace(" kl", " Kali"), ps),
                         Paragraph(l["unit"], ps), idr(l["price"]), f"{l['ppn']}%", idr(l["jumlah"])])
        rows.append(["", "", Paragraph("<b>JUMLAH</b>", ps), "", "", "", "", idr(sum(x["jumlah"] for x in s["lines"]))])
        t = Table(rows, colWidths=[8 * mm, 29 * mm, 58 * mm, 26 * mm, 17 * mm, 19 * mm, 10 * mm, 23 * mm], repeatRows=1)
        t.setStyle(TableStyle(sty)); el.append(t)
        el += [Spacer(1, 8), Paragraph("Samarinda, 20 November 2026<br/>Direktur RSUD,<br/><br/><br/>(.................................)<br/>NIP. ..................", ps)]
    doc.build(el, onFirstPage=footer, onLaterPages=footer)


# ---------------- image helpers (scan / photo)
def font(sz, bold=False):
    return ImageFont.truetype(FD + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), sz)


def wrap(draw, text, f, width):
    words = text.split(); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=f) <= width: cur = t
        else: lines.append(cur); cur = w
    lines.append(cur); return lines


def render_table_pages(title_lines, cols, rows, W, H, fs, margin, max_rows_h):
    """cols: [(header, width, align)], rows: list of (cells, bold). returns list of PIL pages + drawn text."""
    pages = []; texts = []
    f = font(fs); fb = font(fs, True)
    img = None
    def new_page(first):
        im = Image.new("L", (W, H), 255); d = ImageDraw.Draw(im); y = margin
        if first:
            for t, b in title_lines:
                d.text((margin, y), t, font=fb if b else f, fill=0); texts.append(t); y += int(fs * 1.6)
            y += fs
        x = margin
        hh = int(fs * 2.0)
        for h, w, a in cols:
            d.rectangle([x, y, x + w, y + hh], outline=0, width=2)
            d.text((x + 6, y + fs * 0.4), h, font=fb, fill=0); texts.append(h); x += w
        return im, d, y + hh
    img, d, y = new_page(True)
    for cells, bold in rows:
        ff = fb if bold else f
        wrapped = [wrap(d, c, ff, w - 12) if c else [""] for c, (h, w, a) in zip(cells, cols)]
        nl = max(len(x) for x in wrapped); rh = int(fs * 1.35 * nl + fs * 0.6)
        if y + rh > H - margin:
            pages.append(img); img, d, y = new_page(False)
        x = margin
        for wl, (h, w, a) in zip(wrapped, cols):
            d.rectangle([x, y, x + w, y + rh], outline=0, width=1)
            for k, t in enumerate(wl):
                tx = x + 6 if a == "l" else x + w - 6 - d.textlength(t, font=ff)
                d.text((tx, y + 4 + k * fs * 1.35), t, font=ff, fill=0)
            texts.append(" ".join(wl))
            x += w
        y += rh
    pages.append(img)
    return pages, texts


def degrade_scan(im, seed, angle):
    rs = np.random.RandomState(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    a = a * 0.92 + 12 + rs.normal(0, 14, a.shape)
    speck = rs.random_sample(a.shape) < 0.0015; a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))


def sub_rows(s, colspec):
    rows = []; acc = None
    for l in s["lines"]:
        if l["acc_code"] != acc:
            acc = l["acc_code"]
            tot = sum(x["jumlah"] for x in s["lines"] if x["acc_code"] == acc)
            rows.append((colspec(None, acc=(acc, l["acc_name"], tot)), True))
        rows.append((colspec(l), False))
    return rows


# ---------------- R5: scan (image-only PDF, 200 dpi, rotated, noisy)
def write_R5(subs, fname):
    s = subs[0]
    W, H = 1654, 2339
    cols = [("No", 70, "l"), ("Uraian", 720, "l"), ("Vol", 90, "r"), ("Satuan", 150, "l"), ("Harga Satuan", 210, "r"), ("Jumlah", 250, "r")]
    def cs(l, acc=None):
        if l is None:
            return ["", acc[0] + " " + acc[1], "", "", "", idr(acc[2])]
        return [l["no"], desc(l), str(l["volume"]), l["unit"], idr(l["price"]), idr(l["jumlah"])]
    title = [("PEMERINTAH KOTA SAMARINDA - " + s["opd"].upper(), True), ("RKA SKPD 2.2.1 TAHUN ANGGARAN 2027 (DRAFT ASISTENSI)", True),
             ("Sub Kegiatan : " + s["code"] + " " + s["name"], False), ("Indikator Output : " + s["out"], False),
             ("Lokasi : " + s["lok"], False)]
    pages, texts = render_table_pages(title, cols, sub_rows(s, cs), W, H, 24, 90, None)
    out = [degrade_scan(p, 11 + i, [0.9, -1.3][i % 2]) for i, p in enumerate(pages)]
    out[0].save(os.path.join(DATA, fname), "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="EPSON Scan", creator="EPSON Scan")
    with open(os.path.join(TT, "scan_truth.txt"), "w") as f:
        f.write("\n".join(texts))


# ---------------- R6: phone photo of a printed page
def write_R6(subs, fname):
    s = subs[0]
    W, H = 1700, 2400
    cols = [("No", 50, "l"), ("Uraian", 640, "l"), ("Koefisien", 230, "l"), ("Vol", 70, "r"), ("Sat", 100, "l"), ("Harga", 160, "r"), ("Jumlah", 210, "r")]
    def cs(l, acc=None):
        if l is None:
            return ["", acc[0] + " " + acc[1], "", "", "", "", idr(acc[2])]
        return [l["no"], desc(l), koef_str(l["koef"]), str(l["volume"]), l["unit"], idr(l["price"]), idr(l["jumlah"])]
    title = [("KECAMATAN SUNGAI PINANG - RKA TA 2027", True), ("Sub Keg: " + s["code"] + " " + s["name"], False),
             ("Output: " + s["out"], False)]
    pages, texts = render_table_pages(title, cols, sub_rows(s, cs), W, H, 21, 70, None)
    assert len(pages) == 1, "photo must be one page"
    pg = pages[0].convert("RGB")
    # place on a darker desk background and apply perspective
    BW, BH = 2000, 2700
    bg = Image.new("RGB", (BW, BH), (96, 82, 66))
    bg.paste(pg, (150, 150))
    src = [(150, 150), (150 + W, 150), (150 + W, 150 + H), (150, 150 + H)]
    dst = [(210, 150), (1840, 178), (1880, 2545), (160, 2500)]
    # coefficients mapping output(dst) -> input(src)
    A = []; b = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    coef = np.linalg.solve(np.array(A, float), np.array(b, float))
    ph = bg.transform((BW, BH), Image.PERSPECTIVE, tuple(coef), resample=Image.BICUBIC, fillcolor=(70, 60, 50))
    a = np.asarray(ph).astype(np.float32)
    yy, xx = np.mgrid[0:BH, 0:BW]
    light = 0.72 + 0.38 * np.exp(-(((xx - 600) / 1500.0) ** 2 + ((yy - 700) / 1700.0) ** 2))
    a = a * light[..., None]
    a[..., 0] *= 1.03; a[..., 2] *= 0.93
    rs = np.random.RandomState(66); a += rs.normal(0, 6, a.shape)
    ph = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    ph = ph.resize((1500, 2025), Image.LANCZOS)
    ph.save(os.path.join(DATA, fname), "JPEG", quality=82)
    with open(os.path.join(TT, "photo_truth.txt"), "w") as f:
        f.write("\n".join(texts))


# ---------------- R7: PDF, no ruling lines, header only on page 1, table continues
def write_R7(subs, fname):
    path = os.path.join(DATA, fname)
    c = rlcanvas.Canvas(path, pagesize=landscape(A4), invariant=1)
    c.setCreator("MS Word"); c.setProducer("Microsoft: Print To PDF"); c.setTitle("rka arsip 2027 final rev")
    Wp, Hp = landscape(A4)
    X = [14 * mm, 24 * mm, 150 * mm, 170 * mm, 210 * mm, 245 * mm, 283 * mm]  # No, Uraian, Vol, Sat, Harga(r), Jumlah(r)
    y = Hp - 16 * mm
    c.setFont("DVB", 11); c.drawString(X[0], y, "RENCANA KERJA DAN ANGGARAN TA 2027 - " + subs[0]["opd"].upper()); y -= 6 * mm
    c.setFont("DV", 8); c.drawString(X[0], y, "Draft untuk pembahasan TAPD. Harga dalam rupiah."); y -= 8 * mm
    c.setFont("DVB", 8)
    for h, x, al in (("No", X[0], "l"), ("Uraian", X[1], "l"), ("Volume", X[2], "l"), ("Satuan", X[3], "l"),
                     ("Harga Satuan", X[5] - 2 * mm, "r"), ("Jumlah", X[6], "r")):
        (c.drawString if al == "l" else c.drawRightString)(x, y, h)
    y -= 6 * mm
    def nl(dy=4.6 * mm):
        nonlocal y
        y -= dy
        if y < 14 * mm:
            c.showPage(); y = Hp - 14 * mm
    for s in subs:
        c.setFont("DVB", 8); c.drawString(X[0], y, "Sub Kegiatan " + s["code"] + "  " + s["name"]); nl()
        c.setFont("DV", 7.5); c.drawString(X[1], y, "Output: " + s["out"] + "   |   Lokasi: " + s["lok"]); nl(6 * mm)
        acc = None
        for l in s["lines"]:
            if l["acc_code"] != acc:
                acc = l["acc_code"]
                c.setFont("DVB", 7.5); c.drawString(X[1], y, acc + "  " + l["acc_name"])
                c.drawRightString(X[6], y, idr(sum(x["jumlah"] for x in s["lines"] if x["acc_code"] == acc))); nl()
            c.setFont("DV", 7.5)
            c.drawString(X[0], y, l["no"])
            d = desc(l)
            if c.stringWidth(d, "DV", 7.5) > X[2] - X[1] - 3 * mm:
                c.drawString(X[1] + 3 * mm, y, l["item"]); nl(3.6 * mm); c.drawString(X[1] + 3 * mm, y, l["spec"])
                y += 3.6 * mm
            else:
                c.drawString(X[1] + 3 * mm, y, d)
            c.drawString(X[2], y, str(l["volume"])); c.drawString(X[3], y, l["unit"])
            c.drawRightString(X[5] - 2 * mm, y, idr(l["price"])); c.drawRightString(X[6], y, idr(l["jumlah"]))
            if c.stringWidth(d, "DV", 7.5) > X[2] - X[1] - 3 * mm: nl(3.6 * mm)
            nl()
        c.setFont("DVB", 8); c.drawString(X[1], y, "Jumlah Sub Kegiatan"); c.drawRightString(X[6], y, idr(sum(x["jumlah"] for x in s["lines"]))); nl(8 * mm)
    c.showPage(); c.save()


LAYOUT = {
    "R1": ("rka_dpmptsp_2027_draft.xlsx", write_R1, "xlsx_merged2row_grouped_hiddencols", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
    "R2": ("RKA_SATPOLPP_TA2027.xlsx", write_R2, "xlsx_multisheet_textprices_volunit_cell", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
    "R3": ("export_rka_dinas_perikanan_2027.csv", write_R3, "csv_export_koefisien_only", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
    "R4": ("RKA_221_RSUD_IA_MOEIS_2027.pdf", write_R4, "pdf_sipd_born_digital", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
    "R5": ("scan_rka_bpbd_2027.pdf", write_R5, "scan_image_pdf_200dpi_rotated", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
    "R6": ("IMG_20261119_101532_rka_kec_sungaipinang.jpg", write_R6, "phone_photo_perspective", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
    "R7": ("rka_dispusip_arsip_2027.pdf", write_R7, "pdf_no_ruling_continued_no_repeat_header", ["ssh_2027_kota_samarinda.xlsx", "ssh_sektoral_perikanan_kebencanaan_2027.csv", "sbu_2027_kota_samarinda.pdf"]),
}


def main():
    write_ssh(); write_ssh2(); write_sbu()
    manifest = []; truth = {}
    for f, (fname, fn, lay, cats) in LAYOUT.items():
        subs = FILES[f]
        fn(subs, fname)
        stem = os.path.splitext(fname)[0]
        labels = {}
        tl = []
        for s in subs:
            for l in s["lines"]:
                # a line's catalogue reference must be among the catalogues given for this RKA
                if l["cat_file"]:
                    assert l["cat_file"] in cats, (fname, l["item"], l["cat_file"])
                labels[l["no"]] = l["labels"]
                t = {k: v for k, v in l.items() if k not in ("has_dup",)}
                t.update(sub_code=s["code"], sub_name=s["name"], koef=[list(x) for x in l["koef"]], koef_text=koef_str(l["koef"]))
                tl.append(t)
        with open(os.path.join(DATA, stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append(dict(rka=fname, catalogues=cats, labels=stem + ".labels.json", opd=subs[0]["opd"], layout=lay))
        truth[fname] = dict(layout=lay, opd=subs[0]["opd"], lines=tl)
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as fh:
        json.dump(dict(conventions=dict(over_threshold=float(OVER_THRESHOLD), ppn_percent=11), files=truth), fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_catalogues.json"), "w") as fh:
        json.dump(dict(ssh=SSH, ssh2=SSH2, sbu=SBU, accounts=ACCOUNTS), fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
