#!/usr/bin/env python3
"""Deterministic generator of a blind RKA-review evaluation set (Kota Samarinda, TA 2026).

Writes into ./data next to this file:
  catalogues : ssh_samarinda_2026_rev.xlsx (SSH, new layout), sbu_samarinda_2026.xlsx (SBU)
  RKAs       : rka_dishub_2026.xlsx (single sheet, section rows, text prices)
               rka_diskominfo_2026.pdf (SIPD-like printout, one table per sub-kegiatan)
               rka_diskominfo_2026_smartcity_scan.png (photographed page of one sub-kegiatan)
               rka_dkpp_2026.xlsx (sheet per sub-kegiatan, Vol x Frek, text prices, 2-row header)
               rka_dispusip_2026.xlsx (SIPD-like sheet per sub-kegiatan)
  labels     : <rka>.labels.json, manifest.json
Run:  /work/blind/.venv-review/bin/python generate.py
"""
import json
import math
import os
import random
from fractions import Fraction as F

import numpy as np
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# ----------------------------------------------------------------------------------------------
# Catalogues
# ----------------------------------------------------------------------------------------------
# key: (section, kode, uraian, spesifikasi, satuan, harga, n_per_pack)  n_per_pack = base units in one catalogue unit
SSH_SECTIONS = [
    ("I", "ALAT TULIS KANTOR"), ("II", "KERTAS DAN COVER"), ("III", "BAHAN DAN PERLENGKAPAN KOMPUTER"),
    ("IV", "ALAT LISTRIK"), ("V", "BAHAN BAKAR DAN PELUMAS"), ("VI", "MAKANAN DAN MINUMAN"),
    ("VII", "SARANA PRODUKSI PERTANIAN"), ("VIII", "BAHAN BANGUNAN DAN KONSTRUKSI"),
    ("IX", "PERLENGKAPAN LAPANGAN DAN PERLENGKAPAN JALAN"), ("X", "BAHAN CETAK, PUBLIKASI DAN SUVENIR"),
    ("XI", "PERALATAN DAN MESIN (ASET TETAP)"), ("XII", "MEBEL DAN BAHAN PERPUSTAKAAN (ASET TETAP)"),
    ("XIII", "JASA"),
]
SSH = {
    # I ATK
    "pulpen": ("I", "1.1.7.01.01.01.031", "Pena Ballpoint", "Tinta hitam 0,7 mm, badan transparan", "Box isi 12", 30000),
    "snelhecter": ("I", "1.1.7.01.01.01.044", "Map Snelhecter", "Plastik, ukuran folio", "Box isi 50", 137500),
    "stopmap": ("I", "1.1.7.01.01.01.045", "Stopmap Kertas", "Kertas manila, ukuran folio", "Pak isi 50", 85000),
    "stabilo": ("I", "1.1.7.01.01.01.052", "Stabilo/Highlighter", "Warna neon, ujung pahat", "Lusin", 96000),
    "lakban": ("I", "1.1.7.01.01.01.060", "Lakban Bening", "Lebar 2 inci (48 mm), panjang 90 yard", "Roll", 16500),
    "baterai_aa": ("I", "1.1.7.01.01.01.071", "Baterai Alkaline", "Ukuran AA, 1,5 V", "Pak isi 4", 42000),
    "boks_arsip": ("I", "1.1.7.01.01.01.080", "Boks Arsip", "Karton tebal bergelombang, 37 x 10 x 27 cm", "Buah", 18500),
    "plastik_sampul": ("I", "1.1.7.01.01.01.083", "Plastik Sampul Buku", "Tebal 0,06 mm, lebar 60 cm", "Roll 50 m", 165000),
    # II kertas
    "hvs70a4": ("II", "1.1.7.01.01.02.011", "Kertas HVS", "70 gsm, ukuran A4", "Rim", 57500),
    "hvs80a4": ("II", "1.1.7.01.01.02.012", "Kertas HVS", "80 gsm, ukuran A4", "Rim", 68000),
    "hvs80f4": ("II", "1.1.7.01.01.02.014", "Kertas HVS", "80 gsm, ukuran F4/Folio", "Rim", 74500),
    "kertas_foto": ("II", "1.1.7.01.01.02.031", "Kertas Foto", "Glossy 230 gsm, A4, isi 20 lembar", "Pak", 45000),
    "acid_free": ("II", "1.1.7.01.01.02.040", "Kertas Bebas Asam (Acid Free)", "80 gsm, A4, untuk arsip permanen", "Rim", 185000),
    # III komputer
    "utp": ("III", "1.1.7.01.01.05.101", "Kabel UTP", "Cat 6, 23 AWG, tembaga murni", "Roll 305 m", 2450000),
    "rj45": ("III", "1.1.7.01.01.05.102", "Konektor RJ45", "Cat 6, dengan boot", "Box isi 100", 325000),
    "fd64": ("III", "1.1.7.01.01.05.023", "Flashdisk", "Kapasitas 64 GB, USB 3.2", "Buah", 145000),
    "hdd1": ("III", "1.1.7.01.01.05.031", "Hard Disk Eksternal", "1 TB, USB 3.0, 2,5 inci", "Buah", 985000),
    "hdd2": ("III", "1.1.7.01.01.05.032", "Hard Disk Eksternal", "2 TB, USB 3.0, 2,5 inci", "Buah", 1450000),
    "mouse": ("III", "1.1.7.01.01.05.041", "Mouse Nirkabel", "Wireless 2,4 GHz, optical", "Buah", 125000),
    "tinta70": ("III", "1.1.7.01.01.05.004", "Tinta Printer", "Botol 70 ml, original, untuk printer ink tank", "Botol", 105000),
    "toner": ("III", "1.1.7.01.01.05.012", "Toner Printer Laser", "Original, hitam, kapasitas +/- 3.000 halaman", "Buah", 1350000),
    "switch8": ("III", "1.1.7.01.01.05.120", "Switch Jaringan", "Unmanaged, 8 port gigabit", "Unit", 650000),
    # IV listrik
    "led12": ("IV", "1.1.7.01.01.07.012", "Lampu LED", "Bulb 12 watt, fitting E27, putih", "Buah", 38000),
    "led18": ("IV", "1.1.7.01.01.07.018", "Lampu LED", "Bulb 18 watt, fitting E27, putih", "Buah", 52000),
    "nym": ("IV", "1.1.7.01.01.07.031", "Kabel Listrik NYM", "2 x 2,5 mm2, SNI", "Roll 50 m", 725000),
    "terminal": ("IV", "1.1.7.01.01.07.040", "Stop Kontak Terminal", "4 lubang, kabel 3 m, SNI", "Buah", 85000),
    # V BBM
    "pertalite": ("V", "1.1.7.03.01.01.002", "Bahan Bakar Minyak", "Pertalite (RON 90)", "Liter", 10000),
    "pertamax": ("V", "1.1.7.03.01.01.003", "Bahan Bakar Minyak", "Pertamax (RON 92)", "Liter", 12900),
    "oli": ("V", "1.1.7.03.01.02.011", "Oli Mesin", "SAE 10W-40, kendaraan roda 4, kemasan 4 liter", "Galon", 385000),
    # VI mamin
    "nasi": ("VI", "1.1.7.02.01.01.001", "Nasi Kotak", "Nasi, lauk hewani, sayur, buah, air mineral", "Kotak", 47500),
    "kue": ("VI", "1.1.7.02.01.02.001", "Kue Kotak/Snack", "Isi 3 macam kue dan air mineral gelas", "Kotak", 22000),
    "air600": ("VI", "1.1.7.02.01.03.005", "Air Mineral", "Kemasan botol 600 ml", "Dus isi 24", 54000),
    # VII pertanian
    "benih_padi": ("VII", "1.1.7.05.01.01.003", "Benih Padi Inbrida", "Bersertifikat, label biru", "Kg", 14500),
    "bibit_cabai": ("VII", "1.1.7.05.01.02.011", "Bibit Cabai Rawit", "Semai umur 21-30 hari, dalam tray/polybag kecil", "Batang", 1500),
    "npk": ("VII", "1.1.7.05.02.01.016", "Pupuk NPK", "Formula 16-16-16, non subsidi", "Sak 50 kg", 725000),
    "organik": ("VII", "1.1.7.05.02.02.001", "Pupuk Organik Granul", "Standar SNI", "Sak 40 kg", 96000),
    "glifosat": ("VII", "1.1.7.05.03.01.004", "Herbisida", "Bahan aktif glifosat 480 SL", "Botol 1 liter", 98000),
    "polybag": ("VII", "1.1.7.05.04.01.002", "Polybag", "Hitam, ukuran 35 x 35 cm", "Kg", 38000),
    "mulsa": ("VII", "1.1.7.05.04.02.001", "Mulsa Plastik", "Hitam perak, lebar 120 cm", "Roll 250 m", 485000),
    # VIII bangunan
    "semen": ("VIII", "1.1.7.04.01.01.002", "Semen Portland", "PCC, kemasan 50 kg", "Sak", 84500),
    "pasir": ("VIII", "1.1.7.04.01.03.001", "Pasir Beton", "Pasir cor, diantar ke lokasi", "M3", 285000),
    "pvc2": ("VIII", "1.1.7.04.02.01.020", "Pipa PVC", "Diameter 2 inci, kelas AW, panjang 4 m", "Batang", 118000),
    "pvc3": ("VIII", "1.1.7.04.02.01.030", "Pipa PVC", "Diameter 3 inci, kelas AW, panjang 4 m", "Batang", 198000),
    "hdpe2": ("VIII", "1.1.7.04.02.02.020", "Pipa HDPE", "Diameter 2 inci (63 mm), PN 10", "Meter", 42500),
    "tiang_cctv": ("VIII", "1.1.7.04.03.01.006", "Tiang Besi Galvanis CCTV", "Tinggi 6 m, diameter 4 inci, termasuk pondasi dan pemasangan", "Titik", 6750000),
    # IX lapangan
    "cone": ("IX", "1.1.7.06.02.01.001", "Kerucut Lalu Lintas (Traffic Cone)", "PVC, tinggi 70 cm, 2 strip reflektif", "Buah", 165000),
    "water_barrier": ("IX", "1.1.7.06.02.01.010", "Water Barrier", "Plastik HDPE, panjang 150 cm, merah/putih", "Buah", 850000),
    "rompi": ("IX", "1.1.7.06.01.02.001", "Rompi Reflektif", "Bahan mesh, skotlet 2 inci, hijau stabilo", "Buah", 65000),
    "baton": ("IX", "1.1.7.06.01.02.005", "Tongkat Lalu Lintas LED", "Panjang 54 cm, baterai", "Buah", 95000),
    "peluit": ("IX", "1.1.7.06.01.02.006", "Peluit", "Logam, dengan tali", "Lusin", 180000),
    "jas_hujan": ("IX", "1.1.7.06.01.03.002", "Jas Hujan", "Setelan baju dan celana, bahan PVC", "Stel", 165000),
    "sprayer": ("IX", "1.1.7.05.05.01.001", "Hand Sprayer Elektrik", "Kapasitas 16 liter, baterai isi ulang", "Unit", 685000),
    "kursi_lipat": ("IX", "1.1.7.06.03.01.001", "Kursi Lipat", "Rangka besi, dudukan busa", "Buah", 285000),
    # X cetak/publikasi/suvenir
    "spanduk": ("X", "1.1.7.01.03.01.002", "Cetak Spanduk", "Bahan flexi 280 gram, cetak digital", "M2", 42000),
    "rollup": ("X", "1.1.7.01.03.01.010", "Roll Up Banner", "85 x 200 cm, termasuk stand", "Buah", 325000),
    "brosur": ("X", "1.1.7.01.03.02.011", "Cetak Brosur/Leaflet", "A4, art paper 150 gram, 2 sisi, lipat 3", "Lembar", 2800),
    "label_barcode": ("X", "1.1.7.01.03.03.004", "Label Barcode", "Kertas vinyl, gulungan isi 1.000 label", "Roll", 135000),
    "piala": ("X", "1.1.7.01.04.01.002", "Piala Kejuaraan", "Tinggi 60 cm, fiber/kuningan, termasuk grafir", "Buah", 650000),
    # XI peralatan
    "laptop_i5": ("XI", "1.3.2.10.01.02.011", "Laptop/Notebook", "Core i5/setara, RAM 16 GB, SSD 512 GB, layar 14 inci", "Unit", 14250000),
    "laptop_i7": ("XI", "1.3.2.10.01.02.014", "Laptop/Notebook", "Core i7/setara, RAM 16 GB, SSD 1 TB, layar 14 inci", "Unit", 19750000),
    "aio": ("XI", "1.3.2.10.01.01.006", "Komputer All in One", "Core i5/setara, RAM 8 GB, SSD 512 GB, layar 23,8 inci", "Unit", 13750000),
    "printer_laser": ("XI", "1.3.2.10.02.03.001", "Printer Laser", "Monokrom, A4, duplex, jaringan", "Unit", 3650000),
    "scanner": ("XI", "1.3.2.10.02.04.002", "Scanner Dokumen", "ADF, A4, 40 ppm, duplex", "Unit", 8750000),
    "ups": ("XI", "1.3.2.10.02.05.001", "UPS", "1.200 VA, line interactive", "Unit", 2150000),
    "switch24": ("XI", "1.3.2.10.02.06.003", "Switch Jaringan", "Managed, 24 port gigabit, 4 SFP", "Unit", 8750000),
    "ap": ("XI", "1.3.2.10.02.06.011", "Access Point", "Outdoor, dual band, WiFi 6", "Unit", 3950000),
    "proyektor": ("XI", "1.3.2.05.01.05.012", "Proyektor", "4.000 lumen, resolusi WXGA", "Unit", 9250000),
    "tv43": ("XI", "1.3.2.05.02.06.043", "Televisi LED", "43 inci, Smart TV", "Unit", 5950000),
    "tv55": ("XI", "1.3.2.05.02.06.055", "Televisi LED", "55 inci, Smart TV, 4K", "Unit", 8900000),
    "ac1": ("XI", "1.3.2.05.02.04.001", "AC Split", "1 PK, termasuk pemasangan", "Unit", 5150000),
    "ac2": ("XI", "1.3.2.05.02.04.003", "AC Split", "2 PK, termasuk pemasangan", "Unit", 9400000),
    "cctv": ("XI", "1.3.2.06.01.03.021", "Kamera CCTV IP", "Outdoor bullet, 4 MP, PoE", "Unit", 1850000),
    "cctv_ptz": ("XI", "1.3.2.06.01.03.025", "Kamera CCTV PTZ", "Outdoor, 4 MP, zoom optik 25x", "Unit", 14500000),
    "nvr": ("XI", "1.3.2.06.01.03.030", "Network Video Recorder (NVR)", "16 kanal, 4 bay HDD", "Unit", 4600000),
    "ht": ("XI", "1.3.2.06.02.02.004", "Radio Komunikasi Genggam (HT)", "Dual band VHF/UHF, 5 watt", "Unit", 1650000),
    "kamera": ("XI", "1.3.2.06.01.02.007", "Kamera Digital Mirrorless", "24 MP, lensa kit 18-55 mm", "Unit", 16500000),
    "drone": ("XI", "1.3.2.06.01.02.015", "Drone", "Quadcopter, kamera 4K, waktu terbang min. 30 menit", "Unit", 28500000),
    "pompa": ("XI", "1.3.2.04.01.03.002", "Pompa Air", "Mesin bensin, 3 inci, 6,5 HP", "Unit", 4250000),
    "brushcutter": ("XI", "1.3.2.04.01.04.001", "Mesin Potong Rumput", "Gendong, 2 tak, 1,5 HP", "Unit", 2950000),
    # XII mebel / perpustakaan
    "rak_buku": ("XII", "1.3.2.05.02.01.031", "Rak Buku Perpustakaan", "Besi, 2 muka, 5 susun", "Unit", 3850000),
    "meja_baca": ("XII", "1.3.2.05.02.01.035", "Meja Baca", "Kayu, untuk 6 orang, 180 x 90 cm", "Unit", 2750000),
    "filing": ("XII", "1.3.2.05.02.01.041", "Filing Cabinet", "Besi, 4 laci", "Unit", 3650000),
    "roll_o_pack": ("XII", "1.3.2.05.02.01.045", "Lemari Arsip Mobile (Roll O Pack)", "Manual, 6 compartment, besi", "Unit", 68500000),
    "buku_umum": ("XII", "1.5.3.01.01.01.001", "Buku Bacaan Umum", "Fiksi/nonfiksi, ber-ISBN, rata-rata 150 halaman", "Eksemplar", 85000),
    # XIII jasa
    "inet_ded": ("XIII", "2.1.1.04.01.01.005", "Langganan Internet Dedicated", "100 Mbps, simetris, SLA 99,5%", "Bulan", 6250000),
    "inet_bb": ("XIII", "2.1.1.04.01.02.002", "Langganan Internet Broadband", "50 Mbps (up to)", "Bulan", 550000),
    "colo": ("XIII", "2.1.1.04.02.01.001", "Sewa Colocation Server", "1U, di pusat data, termasuk listrik", "Bulan", 1750000),
    "servis_mobil": ("XIII", "2.1.1.06.02.01.001", "Servis Berkala Kendaraan Roda 4", "Jasa, oli dan filter", "Kali", 1250000),
    "servis_ac": ("XIII", "2.1.1.06.01.01.001", "Pemeliharaan AC Split", "Cuci AC dan cek tekanan freon", "Unit", 165000),
    "marka": ("XIII", "2.1.1.08.01.01.003", "Pengecatan Marka Jalan", "Thermoplastic, tebal 3 mm, termasuk glass bead", "M2", 178500),
    "uji_residu": ("XIII", "2.1.1.09.01.01.002", "Uji Laboratorium Residu Pestisida", "Per sampel, metode kromatografi (GC/LC)", "Sampel", 750000),
}
SBU = {
    # sheet, kode, uraian, keterangan, satuan, besaran
    "narsum2": ("Honorarium", "2.1.1.01.01.01.001", "Honorarium Narasumber", "Pejabat Eselon II/yang disetarakan", "OJ", 1400000),
    "narsum3": ("Honorarium", "2.1.1.01.01.01.002", "Honorarium Narasumber", "Pejabat Eselon III ke bawah/yang disetarakan", "OJ", 1000000),
    "moderator": ("Honorarium", "2.1.1.01.01.02.001", "Honorarium Moderator", "Per orang per kegiatan", "OK", 700000),
    "mc": ("Honorarium", "2.1.1.01.01.03.001", "Honorarium Pembawa Acara", "Per orang per kegiatan", "OK", 400000),
    "juri": ("Honorarium", "2.1.1.01.01.04.001", "Honorarium Juri/Penilai Lomba", "Per orang per kegiatan", "OK", 600000),
    "panitia_ketua": ("Honorarium", "2.1.1.01.02.01.001", "Honorarium Panitia/Tim Pelaksana Kegiatan", "Ketua", "OK", 450000),
    "panitia_anggota": ("Honorarium", "2.1.1.01.02.01.003", "Honorarium Panitia/Tim Pelaksana Kegiatan", "Anggota", "OK", 350000),
    "thl_s1": ("Honorarium", "2.1.1.03.01.02.002", "Jasa Tenaga Pendukung Teknis Non-ASN", "Pendidikan S1/D4, per orang per bulan", "OB", 4300000),
    "thl_sma": ("Honorarium", "2.1.1.03.01.02.001", "Jasa Tenaga Pendukung Administrasi Non-ASN", "Pendidikan SMA/sederajat, per orang per bulan", "OB", 3725000),
    "uh_dk": ("Perjalanan Dinas", "2.1.1.07.01.01.002", "Uang Harian Perjalanan Dinas Dalam Kota", "Lebih dari 8 jam", "OH", 180000),
    "uh_lk": ("Perjalanan Dinas", "2.1.1.07.01.02.002", "Uang Harian Perjalanan Dinas Luar Kota", "Dalam Provinsi Kalimantan Timur", "OH", 380000),
    "uh_jkt": ("Perjalanan Dinas", "2.1.1.07.01.03.011", "Uang Harian Perjalanan Dinas Luar Provinsi", "DKI Jakarta", "OH", 530000),
    "tiket_jkt": ("Perjalanan Dinas", "2.1.1.07.02.01.004", "Tiket Pesawat", "Balikpapan - Jakarta PP, kelas ekonomi", "Orang/PP", 3850000),
    "fullday": ("Sewa dan Rapat", "2.1.1.05.03.01.001", "Paket Meeting Fullday Dalam Kota", "Per orang per hari, hotel bintang 3", "OH", 375000),
    "halfday": ("Sewa dan Rapat", "2.1.1.05.03.01.002", "Paket Meeting Halfday Dalam Kota", "Per orang per hari, hotel bintang 3", "OH", 260000),
    "sewa_minibus": ("Sewa dan Rapat", "2.1.1.05.01.01.002", "Sewa Kendaraan Minibus", "Termasuk pengemudi, tidak termasuk BBM", "Unit/Hari", 850000),
    "sewa_gedung": ("Sewa dan Rapat", "2.1.1.05.02.01.003", "Sewa Gedung Pertemuan", "Kapasitas 300 orang, per hari", "Hari", 7500000),
    "sewa_sound": ("Sewa dan Rapat", "2.1.1.05.04.01.002", "Sewa Sound System", "2.000 watt, termasuk operator", "Paket/Hari", 1750000),
}
CAT = {}
for k, v in SSH.items():
    CAT[k] = dict(src="ssh", kode=v[1], uraian=v[2], spek=v[3], satuan=v[4], harga=v[5])
for k, v in SBU.items():
    CAT[k] = dict(src="sbu", kode=v[1], uraian=v[2], spek=v[3], satuan=v[4], harga=v[5])

SSH_FILE = "ssh_samarinda_2026_rev.xlsx"
SBU_FILE = "sbu_samarinda_2026.xlsx"

# ----------------------------------------------------------------------------------------------
# Accounts (Permendagri 90-style)
# ----------------------------------------------------------------------------------------------
ACC = {
    "BGN": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
    "KIM": ("5.1.02.01.01.0002", "Belanja Bahan-Bahan Kimia"),
    "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "BIBIT": ("5.1.02.01.01.0008", "Belanja Bahan-Bibit Tanaman"),
    "LAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
    "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "KRT": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
    "CTK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "KOM": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "PRB": ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor"),
    "LST": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
    "PERL": ("5.1.02.01.01.0032", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas"),
    "SUV": ("5.1.02.01.01.0035", "Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cendera Mata"),
    "KTRL": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya"),
    "MMR": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "MML": ("5.1.02.01.01.0058", "Belanja Makanan dan Minuman Aktivitas Lapangan"),
    "HON": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    "JURI": ("5.1.02.02.01.0006", "Belanja Honorarium Juri Perlombaan/Pertandingan"),
    "LAB": ("5.1.02.02.01.0010", "Belanja Jasa Pengujian Laboratorium"),
    "THL": ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Pendukung Teknis"),
    "KAL": ("5.1.02.02.01.0030", "Belanja Jasa Kalibrasi"),
    "IKLAN": ("5.1.02.02.01.0049", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan"),
    "INET": ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan"),
    "LIS": ("5.1.02.02.01.0071", "Belanja Jasa Lisensi/Langganan Perangkat Lunak"),
    "SEWAB": ("5.1.02.02.03.0001", "Belanja Sewa Alat Besar Darat"),
    "SEWAKEN": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
    "SEWAAUD": ("5.1.02.02.04.0120", "Belanja Sewa Alat Studio dan Komunikasi"),
    "SEWAKOM": ("5.1.02.02.05.0048", "Belanja Sewa Peralatan Komputer"),
    "SEWAGD": ("5.1.02.02.05.0009", "Belanja Sewa Gedung Pertemuan"),
    "PEMKEN": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang"),
    "PEMAC": ("5.1.02.03.02.0119", "Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin"),
    "PEMJLN": ("5.1.02.03.03.0003", "Belanja Pemeliharaan Jalan-Jalan Kota"),
    "PDDK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "PMDK": ("5.1.02.04.01.0004", "Belanja Perjalanan Dinas Paket Meeting Dalam Kota"),
    "M_UKUR": ("5.2.02.03.03.0012", "Belanja Modal Alat Ukur Lainnya"),
    "M_PERT": ("5.2.02.04.01.0001", "Belanja Modal Alat Pengolahan Pertanian"),
    "M_KTR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
    "M_MEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
    "M_AC": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
    "M_RT": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
    "M_VID": ("5.2.02.06.01.0002", "Belanja Modal Peralatan Studio Video dan Film"),
    "M_CCTV": ("5.2.02.06.01.0005", "Belanja Modal Peralatan Studio Lainnya (CCTV)"),
    "M_RADIO": ("5.2.02.06.02.0002", "Belanja Modal Alat Komunikasi Radio"),
    "M_PC": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    "M_PERPC": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer"),
    "M_JAR": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan"),
    "M_BUKU": ("5.2.05.01.01.0001", "Belanja Modal Buku Umum"),
}

TYPES = {"O": "OVERPRICED", "N": "NO_PRICE_REFERENCE", "T": "OFF_TARGET", "A": "ARITHMETIC",
         "D": "DUPLICATE", "M": "ACCOUNT_MISMATCH"}


def rp(n):
    return f"{int(n):,}".replace(",", ".")


def calc(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100


def L(ur, spek, acc, koef, vol, sat, price, ppn=11, lab="", why="", ref=None, per=1, j=None, k=None, dup=None):
    """per = how many RKA units make one catalogue unit (Fraction): ceiling per RKA unit = harga / per."""
    return dict(uraian=ur, spek=spek, acc=acc, koef=koef, vol=vol, sat=sat, price=price, ppn=ppn,
                lab=[TYPES[c] for c in lab.split()], why=why, ref=ref, per=F(per), j=j, k=k, dup=dup)


def SK(code, name, kegiatan, program, urusan, bidang, indikator, target, lokasi, lines, short):
    return dict(code=code, name=name, kegiatan=kegiatan, program=program, urusan=urusan, bidang=bidang,
                indikator=indikator, target=target, lokasi=lokasi, lines=lines, short=short)


U2 = "2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"
U3 = "3 - URUSAN PEMERINTAHAN PILIHAN"

# ----------------------------------------------------------------------------------------------
# RKA 1 - Dinas Perhubungan
# ----------------------------------------------------------------------------------------------
DISHUB_B = "2.15 - URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN"
DISHUB_P = "2.15.02 - PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)"
DISHUB = [
    SK("2.15.02.2.02.0001", "Pengadaan dan Pemasangan Perlengkapan Jalan di Jalan Kota",
       "2.15.02.2.02 - Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", DISHUB_P, U2, DISHUB_B,
       "Jumlah Perlengkapan Jalan yang Disediakan dan Terpasang", "420 Unit",
       "Kec. Samarinda Ulu, Samarinda Kota, Sungai Kunjang", short="Perlengkapan Jalan", lines=[
        L("Kerucut pengaman lalu lintas (traffic cone) 70 cm", "PVC, 2 strip reflektif", "KTRL", "200 Buah", 200, "Buah", 165000, ref="cone", k="cone",
          why="harga = plafon SSH, bukan kemahalan"),
        L("Pembatas jalan plastik isi air (water barrier) 1,5 m", "HDPE, merah/putih", "KTRL", "60 Buah", 60, "Buah", 975000, lab="O", ref="water_barrier"),
        L("Paku marka jalan (road stud) aluminium", "Reflektor 2 sisi", "KTRL", "400 Buah", 400, "Buah", 65000, lab="N",
          why="road stud tidak ada di SSH/SBU"),
        L("Jasa pengecatan marka membujur dan zebra cross", "Thermoplastic tebal 3 mm termasuk glass bead", "PEMJLN", "850 M2", 850, "M2", 178500, lab="A", ref="marka",
          j=151725000, why="Jumlah = 850 x 178.500 tanpa PPN 11%"),
        L("Rompi reflektif petugas pemasangan", "Mesh, skotlet 2 inci", "PERL", "60 Buah", 60, "Buah", 65000, ref="rompi", k="rompi"),
        L("Lampu tongkat LED (baton) petugas", "Panjang 54 cm", "PERL", "40 Buah", 40, "Buah", 110000, lab="O", ref="baton"),
        L("Rompi scotlight petugas lapangan", "Hijau stabilo", "PERL", "60 Buah", 60, "Buah", 65000, lab="D", ref="rompi", dup="rompi"),
        L("Makan petugas pemasangan (nasi kotak)", None, "MML", "15 Orang x 20 Hari", 300, "Kotak", 47500, ref="nasi"),
        L("Kudapan petugas pemasangan", None, "MML", "15 Orang x 20 Hari", 300, "Kotak", 22000, ref="kue"),
        L("Radio genggam (HT) dual band 5 W", "VHF/UHF", "PERL", "10 Unit", 10, "Unit", 1650000, lab="M", ref="ht",
          why="HT adalah aset tetap (belanja modal alat komunikasi 5.2.02.06.02), dibukukan di 5.1.02 Perlengkapan Dinas"),
        L("Pertalite kendaraan operasional pemasangan", None, "BBM", "1.500 Liter", 1500, "Liter", 10000, ref="pertalite"),
        L("Smart TV LED 55 inci untuk pos jaga", "4K", "M_RT", "1 Unit", 1, "Unit", 8900000, lab="T", ref="tv55",
          why="televisi tidak mendukung keluaran perlengkapan jalan terpasang"),
        L("Spanduk sosialisasi tertib lalu lintas", "Flexi 280 gr", "CTK", "40 M2", 40, "M2", 42000, ref="spanduk"),
        L("Traffic cone PVC 70 cm", "Reflektif", "KTRL", "50 Buah", 50, "Buah", 165000, lab="D", ref="cone", dup="cone"),
        L("Jas hujan setelan petugas pemasangan", "PVC", "PERL", "30 Stel", 30, "Stel", 158000, ref="jas_hujan"),
        L("Lampu LED 18 watt pos pemantauan", "E27", "LST", "12 Buah", 12, "Buah", 52000, ref="led18"),
    ]),
    SK("2.15.02.2.03.0004", "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota",
       "2.15.02.2.03 - Pelaksanaan Manajemen dan Rekayasa Lalu Lintas", DISHUB_P, U2, DISHUB_B,
       "Jumlah Titik Rawan Kemacetan yang Ditangani", "24 Titik", "Simpang-simpang rawan macet Kota Samarinda",
       short="Manajemen Rekayasa Lalin", lines=[
        L("Honorarium narasumber forum LLAJ (pejabat eselon II)", None, "HON", "2 Orang x 4 Kali", 8, "OJ", 1400000, ppn=0, ref="narsum2", k="nar2",
          why="= plafon SBU eselon II"),
        L("Honorarium narasumber pejabat eselon III", None, "HON", "1 Orang x 4 Kali", 4, "OJ", 1250000, ppn=0, lab="O", ref="narsum3"),
        L("Nasi kotak rapat forum LLAJ", None, "MMR", "40 Kotak x 4 Kali", 160, "Kotak", 47500, ref="nasi"),
        L("Snack rapat forum LLAJ", None, "MMR", "40 Kotak x 4 Kali", 160, "Kotak", 22000, lab="A", ref="kue", j=3097200,
          why="Jumlah 3.097.200 seharusnya 3.907.200 (angka tertukar)"),
        L("Uang harian petugas pengaturan lalu lintas (>8 jam)", "Dalam kota", "PDDK", "30 Orang x 24 Hari", 720, "OH", 180000, ppn=0, ref="uh_dk"),
        L("BBM kendaraan patroli lalu lintas (Pertamax)", None, "BBM", "4 Unit x 150 Liter x 12 Bulan", 7200, "Liter", 12900, ref="pertamax", k="pmx"),
        L("Pertamax mobil patroli", None, "BBM", "3.600 Liter", 3600, "Liter", 12900, lab="D", ref="pertamax", dup="pmx"),
        L("Servis berkala mobil patroli", "Jasa, oli dan filter", "PEMKEN", "4 Unit x 4 Kali", 16, "Kali", 1450000, lab="O", ref="servis_mobil"),
        L("Peluit logam petugas", "Dengan tali", "PERL", "60 Buah", 60, "Buah", 17500, lab="O", ref="peluit", per=12,
          why="SSH Rp 180.000/lusin = Rp 15.000/buah; RKA Rp 17.500/buah"),
        L("Komputer jinjing analisis simpang (Core i5, RAM 16 GB, SSD 512 GB, 14 inci)", None, "KOM", "2 Unit", 2, "Unit", 14100000, lab="M", ref="laptop_i5",
          why="laptop aset tetap (5.2.02.10.01) dibukukan di Bahan Komputer 5.1.02.01.01.0029"),
        L("Alat penghitung lalu lintas otomatis (traffic counter radar)", "Portabel, tenaga surya", "M_UKUR", "2 Unit", 2, "Unit", 45000000, lab="N",
          why="traffic counter tidak ada di SSH"),
        L("Sewa minibus survei volume lalu lintas", "Termasuk pengemudi", "SEWAKEN", "1 Unit x 10 Hari", 10, "Unit/Hari", 850000, ref="sewa_minibus"),
        L("Sprayer elektrik 16 liter", "Baterai", "KTRL", "6 Unit", 6, "Unit", 685000, lab="T", ref="sprayer",
          why="alat semprot tanaman tidak mendukung rekayasa lalu lintas"),
        L("Kursi lipat pos pengaturan", "Rangka besi", "PRB", "10 Buah", 10, "Buah", 285000, ref="kursi_lipat"),
        L("Kertas HVS A4 80 gsm laporan survei", None, "KRT", "15 Rim", 15, "Rim", 68000, ref="hvs80a4",
          why="barang sama dengan sub kegiatan Pengujian Kendaraan, sub kegiatan berbeda: bukan duplikat"),
        L("Honor pembicara Kepala Dinas/eselon II forum lalu lintas", None, "HON", "2 Orang x 4 Kali", 8, "OJ", 1400000, ppn=0, lab="D", ref="narsum2", dup="nar2"),
        L("Air mineral botol 600 ml petugas lapangan", None, "MML", "120 Orang x 24 Hari", 2880, "Botol", 2500, lab="O", ref="air600", per=24,
          why="SSH Rp 54.000/dus isi 24 = Rp 2.250/botol; RKA Rp 2.500/botol"),
        L("Nasi kotak petugas pengaturan lalu lintas", None, "MML", "30 Orang x 24 Hari", 720, "Kotak", 45000, ref="nasi"),
    ]),
    SK("2.15.02.2.06.0001", "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
       "2.15.02.2.06 - Pengujian Berkala Kendaraan Bermotor", DISHUB_P, U2, DISHUB_B,
       "Jumlah Kendaraan Bermotor Wajib Uji yang Diuji", "9.500 Unit",
       "UPTD Pengujian Kendaraan Bermotor, Kec. Sungai Kunjang", short="Pengujian Kendaraan", lines=[
        L("Kartu uji elektronik (smart card RFID) bukti lulus uji", "Chip RFID, cetak 2 sisi", "CTK", "9.500 Keping", 9500, "Keping", 18500, lab="N",
          why="smart card tidak ada di SSH"),
        L("Cetak brosur persyaratan uji berkala", "A4 art paper 150 gr, lipat 3", "CTK", "5.000 Lembar", 5000, "Lembar", 2800, ref="brosur"),
        L("Kertas HVS 80 gram A4", None, "KRT", "60 Rim", 60, "Rim", 68000, ref="hvs80a4", k="hvs"),
        L("Kertas HVS A4 70 gsm", None, "KRT", "40 Rim", 40, "Rim", 66000, lab="O", ref="hvs70a4",
          why="plafon HVS 70 gsm A4 Rp 57.500/rim (Rp 68.000 adalah 80 gsm)"),
        L("Tinta ink tank 70 ml original", None, "KOM", "48 Botol", 48, "Botol", 105000, ref="tinta70"),
        L("Printer laser monokrom A4 duplex", "Jaringan", "M_PERPC", "3 Unit", 3, "Unit", 3650000, ref="printer_laser"),
        L("Komputer All in One Core i5 8 GB 23,8 inci", "SSD 512 GB", "M_PC", "4 Unit", 4, "Unit", 13750000, lab="A", ref="aio", j=55000000,
          why="Jumlah 55.000.000 = 4 x 13.750.000 tanpa PPN; seharusnya 61.050.000"),
        L("Alat uji emisi gas buang diesel (smoke opacity meter)", None, "M_UKUR", "1 Unit", 1, "Unit", 186000000, lab="N",
          why="alat uji emisi tidak ada di SSH"),
        L("Kalibrasi alat uji rem (brake tester)", "Oleh lembaga terakreditasi KAN", "KAL", "2 Kali", 2, "Kali", 12500000, lab="N",
          why="jasa kalibrasi tidak ada di SSH/SBU"),
        L("Toner laser hitam original", None, "KOM", "12 Buah", 12, "Buah", 1350000, ref="toner"),
        L("Oli mesin 10W-40 kemasan 4 liter", None, "BBM", "6 Galon", 6, "Galon", 385000, ref="oli"),
        L("Kabel listrik NYM 2 x 2,5 mm", "SNI, per meter", "LST", "100 Meter", 100, "Meter", 14500, ref="nym", per=50,
          why="SSH Rp 725.000/roll 50 m = Rp 14.500/m, sama dengan plafon"),
        L("Flashdisk 64 GB USB 3.2", None, "M_PC", "10 Buah", 10, "Buah", 145000, lab="M", ref="fd64",
          why="flashdisk adalah barang habis pakai (Bahan Komputer 5.1.02.01.01.0029), dibukukan ke belanja modal PC"),
        L("AC split 2 PK ruang tunggu pemohon uji", "Termasuk pemasangan", "M_AC", "2 Unit", 2, "Unit", 9400000, ref="ac2"),
        L("Drone quadcopter kamera 4K", None, "M_VID", "1 Unit", 1, "Unit", 28500000, lab="T", ref="drone",
          why="drone tidak diperlukan untuk pengujian berkala kendaraan"),
        L("HVS A4 80 gsm", None, "KRT", "20 Rim", 20, "Rim", 68000, lab="D", ref="hvs80a4", dup="hvs"),
        L("Nasi kotak rapat evaluasi pengujian", None, "MMR", "30 Kotak x 4 Kali", 120, "Kotak", 47500, ref="nasi"),
        L("Kue kotak rapat evaluasi pengujian", None, "MMR", "30 Kotak x 4 Kali", 120, "Kotak", 22000, ref="kue"),
    ]),
]

# ----------------------------------------------------------------------------------------------
# RKA 2 - Diskominfo
# ----------------------------------------------------------------------------------------------
KOM_B = "2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"
KOM_P1 = "2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA"
KOM_P2 = "2.16.02 - PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK"
DISKOMINFO = [
    SK("2.16.03.2.02.0007", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
       "2.16.03.2.02 - Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", KOM_P1, U2, KOM_B,
       "Jumlah Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah", "48 Perangkat Daerah",
       "Kota Samarinda (Balai Kota dan 48 Perangkat Daerah)", short="Jaringan Intra", lines=[
        L("Kabel jaringan UTP Cat 6", "23 AWG tembaga murni", "KOM", "12 Roll", 12, "Roll 305 m", 2450000, ref="utp"),
        L("Kabel LAN Cat6 penarikan ke ruang server", "Per meter", "KOM", "600 Meter", 600, "Meter", 9500, lab="O", ref="utp", per=305,
          why="SSH Rp 2.450.000/roll 305 m = Rp 8.033/m; RKA Rp 9.500/m"),
        L("Konektor RJ45 Cat 6 + boot", None, "KOM", "20 Box", 20, "Box isi 100", 325000, ref="rj45", k="rj45"),
        L("Konektor RJ-45 cat 6", "Eceran", "KOM", "500 Buah", 500, "Buah", 4500, lab="D O", ref="rj45", per=100, dup="rj45",
          why="SSH Rp 325.000/box isi 100 = Rp 3.250/buah"),
        L("Switch managed 24 port gigabit 4 SFP", None, "M_JAR", "6 Unit", 6, "Unit", 8750000, ref="switch24"),
        L("Access point outdoor dual band WiFi 6", None, "M_JAR", "10 Unit", 10, "Unit", 4350000, lab="O", ref="ap"),
        L("Switch hub 8 port gigabit unmanaged", None, "KOM", "15 Unit", 15, "Unit", 650000, ref="switch8",
          why="di bawah nilai kapitalisasi, Bahan Komputer tepat; = plafon"),
        L("Langganan internet dedicated 100 Mbps", "SLA 99,5%", "INET", "12 Bulan", 12, "Bulan", 6250000, ref="inet_ded"),
        L("Langganan internet broadband 50 Mbps kantor UPT", None, "INET", "6 Lokasi x 12 Bulan", 72, "Bulan", 550000, lab="A", ref="inet_bb", j=7326000,
          why="Jumlah dihitung 12 bulan x 1 lokasi (7.326.000); seharusnya 72 x 550.000 x 1,11 = 43.956.000"),
        L("Sewa colocation server 1U", "Termasuk listrik", "SEWAKOM", "12 Bulan", 12, "Bulan", 1750000, ref="colo"),
        L("Lisensi firewall next-generation (NGFW) 1 tahun", "Subscription keamanan", "LIS", "1 Paket", 1, "Paket", 96000000, lab="N",
          why="lisensi NGFW tidak ada di SSH"),
        L("UPS 1.200 VA line interactive", None, "M_PERPC", "6 Unit", 6, "Unit", 2150000, ref="ups"),
        L("Stop kontak terminal 4 lubang", "Kabel 3 m SNI", "LST", "30 Buah", 30, "Buah", 85000, ref="terminal"),
        L("Lampu LED 12 watt ruang server", "E27 putih", "LST", "20 Buah", 20, "Buah", 38000, ref="led12"),
        L("Pemeliharaan AC split ruang server", "Cuci AC dan cek freon", "PEMAC", "6 Unit x 4 Kali", 24, "Unit", 165000, ref="servis_ac"),
        L("Mesin potong rumput gendong", "2 tak", "M_PERT", "2 Unit", 2, "Unit", 2950000, lab="T", ref="brushcutter",
          why="mesin potong rumput tidak mendukung jaringan intra pemerintah"),
        L("Tenaga teknisi jaringan (S1)", "Non-ASN", "THL", "2 Orang x 12 Bulan", 24, "OB", 4300000, ppn=0, ref="thl_s1", k="tek"),
        L("Honor teknisi jaringan non-ASN", None, "THL", "2 Orang x 12 Bulan", 24, "OB", 4300000, ppn=0, lab="D", ref="thl_s1", dup="tek"),
        L("Hard disk eksternal 1 TB", "USB 3.0", "KOM", "4 Buah", 4, "Buah", 985000, ref="hdd1"),
    ]),
    SK("2.16.03.2.02.0010", "Pengembangan dan Pengelolaan Ekosistem Kota Cerdas (Smart City)",
       "2.16.03.2.02 - Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", KOM_P1, U2, KOM_B,
       "Jumlah Titik Layanan Kota Cerdas yang Terintegrasi ke Command Center", "40 Titik",
       "Command Center Balai Kota dan simpang utama Kota Samarinda", short="Smart City", lines=[
        L("Kamera CCTV IP bullet outdoor 4 MP PoE", None, "M_CCTV", "30 Unit", 30, "Unit", 1850000, ref="cctv", k="cctv"),
        L("Kamera pengawas PTZ 4 MP zoom 25x", "Outdoor", "M_CCTV", "6 Unit", 6, "Unit", 16750000, lab="O", ref="cctv_ptz"),
        L("Perekam video jaringan (NVR) 16 kanal", "4 bay HDD", "M_CCTV", "3 Unit", 3, "Unit", 4600000, lab="A", ref="nvr", j=13800000,
          why="Jumlah 13.800.000 tanpa PPN; seharusnya 15.318.000"),
        L("Sensor kualitas udara IoT (PM2.5/PM10) tenaga surya", None, "M_UKUR", "5 Unit", 5, "Unit", 38500000, lab="N",
          why="sensor IoT kualitas udara tidak ada di SSH"),
        L("Video wall 2 x 2 panel 55 inci bezel tipis", "Termasuk controller", "M_VID", "1 Set", 1, "Set", 245000000, lab="N",
          why="video wall tidak ada di SSH (hanya TV LED 43/55 inci)"),
        L("Televisi LED 55 inci smart 4K", None, "M_RT", "2 Unit", 2, "Unit", 8900000, ref="tv55"),
        L("Kabel UTP Cat 6", None, "KOM", "8 Roll", 8, "Roll 305 m", 2450000, ref="utp",
          why="barang sama dengan sub kegiatan Jaringan Intra, tetapi sub kegiatan berbeda: bukan duplikat"),
        L("Tiang besi galvanis CCTV 6 m", "Termasuk pondasi dan pemasangan", "M_CCTV", "30 Titik", 30, "Titik", 6750000, ref="tiang_cctv"),
        L("Honorarium narasumber bimtek operator (eselon III)", None, "HON", "2 Orang x 3 Kali", 6, "OJ", 1000000, ppn=0, ref="narsum3"),
        L("Paket meeting fullday bimtek operator command center", None, "PMDK", "25 Orang x 2 Hari", 50, "OH", 375000, ref="fullday"),
        L("Komputer jinjing operator command center (Core i5/16 GB/SSD 512 GB/14\")", None, "ATK", "4 Unit", 4, "Unit", 14250000, lab="M", ref="laptop_i5",
          why="laptop aset tetap dibukukan ke ATK 5.1.02.01.01.0024"),
        L("Konsol permainan PlayStation 5 ruang operator", "Termasuk 2 stik", "M_RT", "1 Unit", 1, "Unit", 9400000, lab="T",
          why="konsol game tidak mendukung keluaran kota cerdas (konvensi: OFF_TARGET saja)"),
        L("Kamera CCTV IP outdoor 4MP", "Bullet PoE", "M_CCTV", "10 Unit", 10, "Unit", 1850000, lab="D", ref="cctv", dup="cctv"),
        L("Mouse wireless operator", None, "KOM", "8 Buah", 8, "Buah", 125000, ref="mouse"),
    ]),
    SK("2.16.02.2.01.0002", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
       "2.16.02.2.01 - Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota", KOM_P2, U2, KOM_B,
       "Jumlah Konten Informasi Publik yang Dipublikasikan", "600 Konten", "Kota Samarinda", short="Konten Publik", lines=[
        L("Kamera digital mirrorless 24 MP lensa kit", "18-55 mm", "M_VID", "2 Unit", 2, "Unit", 16500000, ref="kamera"),
        L("Cetak spanduk flexi 280 gr", None, "CTK", "120 M2", 120, "M2", 42000, ref="spanduk"),
        L("Roll up banner 85 x 200 cm + stand", None, "CTK", "20 Buah", 20, "Buah", 375000, lab="O", ref="rollup"),
        L("Leaflet layanan publik A4 art paper 150 gr lipat 3", None, "CTK", "10.000 Lembar", 10000, "Lembar", 2800, lab="A", ref="brosur", j=3108000,
          why="Jumlah 3.108.000 (kurang satu nol); seharusnya 31.080.000"),
        L("Jasa advertorial media daring", "Per tayang", "IKLAN", "12 Kali", 12, "Kali", 5000000, lab="N",
          why="tarif advertorial tidak ada di SSH/SBU"),
        L("Honorarium pembawa acara talkshow", None, "HON", "1 Orang x 12 Kali", 12, "OK", 400000, ppn=0, ref="mc", k="mc"),
        L("Honorarium moderator dialog publik", None, "HON", "1 Orang x 6 Kali", 6, "OK", 850000, ppn=0, lab="O", ref="moderator"),
        L("Honor host talkshow radio", None, "HON", "1 Orang x 12 Kali", 12, "OK", 400000, ppn=0, lab="D", ref="mc", dup="mc"),
        L("Hard disk eksternal 2 TB penyimpanan footage", None, "KOM", "3 Buah", 3, "Buah", 1450000, ref="hdd2"),
        L("Laptop editing video Core i7 16 GB SSD 1 TB", "14 inci", "M_PC", "2 Unit", 2, "Unit", 19750000, ref="laptop_i7"),
        L("Drone quadcopter kamera 4K dokumentasi udara", None, "M_VID", "1 Unit", 1, "Unit", 28500000, ref="drone",
          why="drone untuk konten udara mendukung keluaran; = plafon"),
        L("Kertas foto glossy A4 230 gsm", None, "KRT", "400 Lembar", 400, "Lembar", 3000, lab="O", ref="kertas_foto", per=20,
          why="SSH Rp 45.000/pak isi 20 = Rp 2.250/lembar"),
        L("Pupuk NPK 16-16-16", "Non subsidi", "LAIN", "10 Sak", 10, "Sak 50 kg", 725000, lab="T", ref="npk",
          why="pupuk tidak mendukung pengelolaan konten publik"),
        L("Tripod video fluid head", "Beban maks. 8 kg", "M_VID", "2 Unit", 2, "Unit", 4750000, lab="N",
          why="tripod tidak ada di SSH"),
        L("Flashdisk 64 GB", "USB 3.2", "M_VID", "20 Buah", 20, "Buah", 145000, lab="M", ref="fd64",
          why="barang habis pakai dibukukan ke belanja modal peralatan studio"),
        L("Sewa sound system dialog publik", "2.000 watt", "SEWAAUD", "6 Paket/Hari", 6, "Paket/Hari", 1750000, ref="sewa_sound"),
        L("Snack dialog publik", None, "MMR", "50 Kotak x 6 Kali", 300, "Kotak", 22000, ref="kue"),
        L("Pulpen tinta hitam 0,7 mm", None, "ATK", "48 Buah", 48, "Buah", 2500, ref="pulpen", per=12,
          why="SSH Rp 30.000/box isi 12 = Rp 2.500/buah, sama dengan plafon"),
    ]),
]

# ----------------------------------------------------------------------------------------------
# RKA 3 - Dinas Ketahanan Pangan dan Pertanian
# ----------------------------------------------------------------------------------------------
PRT_B = "3.27 - URUSAN PEMERINTAHAN BIDANG PERTANIAN"
PNG_B = "2.09 - URUSAN PEMERINTAHAN BIDANG PANGAN"
DKPP = [
    SK("3.27.03.2.01.0002", "Pengembangan Demplot Budidaya Padi dan Cabai (Sarana Produksi)",
       "3.27.03.2.01 - Pengawasan Penggunaan Sarana Pendukung Pertanian", "3.27.03 - PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
       U3, PRT_B, "Luas Demplot Budidaya yang Dikelola Dinas", "35 Ha",
       "Demplot Kec. Palaran, Samarinda Utara, Sambutan", short="Demplot Sarana Produksi", lines=[
        L("Benih padi inbrida label biru", "Bersertifikat", "BIBIT", "3500 Kg x 1 Kali", 3500, "Kg", 14500, ref="benih_padi"),
        L("Bibit cabai rawit semai", "Umur 25 hari", "BIBIT", "20000 Batang x 1 Kali", 20000, "Batang", 1650, lab="O", ref="bibit_cabai"),
        L("Pupuk NPK 16-16-16 non subsidi", None, "LAIN", "350 Sak 50 kg x 1 Kali", 350, "Sak 50 kg", 725000, ref="npk", k="npk"),
        L("Pupuk NPK 16-16-16 eceran", "Per kg", "LAIN", "1000 Kg x 1 Kali", 1000, "Kg", 16000, lab="D O", ref="npk", per=50, dup="npk",
          why="SSH Rp 725.000/sak 50 kg = Rp 14.500/kg"),
        L("Pupuk organik granul", "SNI", "LAIN", "500 Sak 40 kg x 1 Kali", 500, "Sak 40 kg", 96000, ref="organik"),
        L("Kapur pertanian dolomit", "Kemasan 50 kg", "LAIN", "200 Sak x 1 Kali", 200, "Sak", 68000, lab="N",
          why="dolomit tidak ada di SSH"),
        L("Herbisida glifosat 480 SL", None, "KIM", "150 Botol 1 liter x 2 Kali", 300, "Botol 1 liter", 98000, lab="A", ref="glifosat", j=16317000,
          why="frekuensi 2 kali tidak dikalikan: seharusnya 300 x 98.000 x 1,11 = 32.634.000"),
        L("Polybag hitam 35 x 35 cm", None, "LAIN", "200 Kg x 1 Kali", 200, "Kg", 38000, ref="polybag", k="poly"),
        L("Polibag 35x35", "Hitam", "LAIN", "100 Kg x 1 Kali", 100, "Kg", 38000, lab="D", ref="polybag", dup="poly"),
        L("Mulsa plastik hitam perak 120 cm", None, "LAIN", "60 Roll 250 m x 1 Kali", 60, "Roll 250 m", 520000, lab="O", ref="mulsa"),
        L("Hand sprayer elektrik 16 liter", None, "KTRL", "70 Unit x 1 Kali", 70, "Unit", 685000, ref="sprayer",
          why="alat demplot di bawah nilai kapitalisasi; = plafon"),
        L("Mesin pompa air 3 inci 6,5 HP", "Bensin", "LAIN", "35 Unit x 1 Kali", 35, "Unit", 4250000, lab="M", ref="pompa",
          why="pompa air aset tetap dibukukan ke Bahan-Bahan Lainnya 5.1.02.01.01.0012"),
        L("Uang harian petugas demplot (dalam kota)", ">8 jam", "PDDK", "10 Orang x 20 Hari", 200, "OH", 180000, ppn=0, ref="uh_dk"),
        L("Sewa minibus pengangkutan petugas ke lokasi demplot", "Termasuk pengemudi", "SEWAKEN", "2 Unit x 10 Hari", 20, "Unit/Hari", 850000, ref="sewa_minibus"),
        L("Televisi LED 43 inci smart TV", None, "M_RT", "2 Unit x 1 Kali", 2, "Unit", 5950000, lab="T", ref="tv43",
          why="TV tidak mendukung pengelolaan demplot"),
        L("Papan nama/spanduk lokasi demplot", "Flexi 280 gr", "CTK", "24 M2 x 1 Kali", 24, "M2", 42000, ref="spanduk"),
        L("Konsumsi temu lapang demplot (nasi kotak)", None, "MMR", "200 Kotak x 1 Kali", 200, "Kotak", 47500, lab="A", ref="nasi", j=10545500,
          why="Jumlah 10.545.500; seharusnya 10.545.000"),
        L("Kue kotak temu lapang demplot", None, "MMR", "200 Kotak x 1 Kali", 200, "Kotak", 22000, ref="kue"),
        L("Kertas HVS 70 gsm A4", None, "KRT", "10 Rim x 1 Kali", 10, "Rim", 57500, ref="hvs70a4"),
    ]),
    SK("3.27.04.2.01.0003", "Rehabilitasi dan Pemeliharaan Jaringan Irigasi Perpipaan Usaha Tani",
       "3.27.04.2.01 - Pengembangan Prasarana Pertanian", "3.27.04 - PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
       U3, PRT_B, "Panjang Jaringan Irigasi Perpipaan yang Direhabilitasi", "2.400 Meter",
       "Kel. Lempake dan Kel. Tanah Merah, Kec. Samarinda Utara", short="Irigasi Perpipaan", lines=[
        L("Pipa HDPE 2 inci (63 mm) PN10", None, "BGN", "1600 Meter x 1 Kali", 1600, "Meter", 42500, ref="hdpe2"),
        L("Pipa PVC 3 inci AW panjang 4 m", None, "BGN", "200 Batang x 1 Kali", 200, "Batang", 198000, ref="pvc3"),
        L("Pipa PVC 2 inci AW", "Panjang 4 m", "BGN", "150 Batang x 1 Kali", 150, "Batang", 132000, lab="O", ref="pvc2"),
        L("Pipa HDPE 3 inci PN10", "Diameter 90 mm", "BGN", "400 Meter x 1 Kali", 400, "Meter", 68000, lab="N",
          why="SSH hanya memuat HDPE 2 inci dan PVC 3 inci; HDPE 3 inci tidak ada"),
        L("Semen Portland PCC 50 kg", None, "BGN", "120 Sak x 1 Kali", 120, "Sak", 84500, ref="semen"),
        L("Pasir beton", "Diantar ke lokasi", "BGN", "24 M3 x 1 Kali", 24, "M3", 285000, ref="pasir", k="pasir"),
        L("Pasir cor Mahakam", None, "BGN", "12 M3 x 1 Kali", 12, "M3", 285000, lab="D", ref="pasir", dup="pasir"),
        L("Pompa air bensin 3 inci 6,5 HP", None, "M_PERT", "8 Unit x 1 Kali", 8, "Unit", 4250000, ref="pompa",
          why="akun modal tepat; barang sama dengan sub kegiatan lain"),
        L("Tandon air (toren) 1.100 liter", "Polyethylene", "BGN", "20 Buah x 1 Kali", 20, "Buah", 1850000, lab="N",
          why="toren tidak ada di SSH"),
        L("Tenaga teknis pengawas lapangan (S1)", "Non-ASN", "THL", "2 Orang x 4 Bulan", 8, "OB", 4300000, ppn=0, ref="thl_s1"),
        L("Makan minum pekerja gotong royong", None, "MML", "30 Orang x 10 Hari", 300, "Kotak", 47500, ref="nasi"),
        L("Pertalite pompa uji coba aliran", None, "M_PERT", "200 Liter x 1 Kali", 200, "Liter", 10000, lab="M", ref="pertalite",
          why="BBM habis pakai dibukukan ke belanja modal alat pertanian"),
        L("Proyektor 4.000 lumen WXGA", None, "M_KTR", "1 Unit x 1 Kali", 1, "Unit", 9250000, lab="T", ref="proyektor",
          why="proyektor tidak mendukung rehabilitasi jaringan irigasi"),
        L("Mesin potong rumput pembersihan saluran", "Gendong 2 tak", "M_PERT", "4 Unit x 1 Kali", 4, "Unit", 2950000, ref="brushcutter"),
        L("Kabel listrik NYM 2 x 2,5 mm2 rumah pompa", None, "LST", "2 Roll 50 m x 1 Kali", 2, "Roll 50 m", 725000, ref="nym"),
        L("Lampu LED 18 watt rumah pompa", None, "LST", "8 Buah x 1 Kali", 8, "Buah", 52000, ref="led18"),
        L("Sewa excavator mini pembuatan parit pipa", "Termasuk operator dan BBM", "SEWAB", "10 Hari x 1 Kali", 10, "Hari", 3500000, lab="N",
          why="sewa alat berat tidak ada di SBU"),
    ]),
    SK("2.09.04.2.01.0001", "Pengawasan Keamanan dan Mutu Pangan Segar Asal Tumbuhan",
       "2.09.04.2.01 - Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota",
       "2.09.04 - PROGRAM PENGAWASAN KEAMANAN PANGAN", U2, PNG_B,
       "Jumlah Sampel Pangan Segar yang Diuji", "240 Sampel",
       "Pasar Segiri, Pasar Pagi, Pasar Merdeka, Pasar Sungai Dama", short="Keamanan Pangan", lines=[
        L("Rapid test kit residu pestisida organofosfat", "Isi 50 tes", "KIM", "20 Kit x 1 Kali", 20, "Kit", 1250000, lab="N",
          why="rapid test kit tidak ada di SSH"),
        L("Uji laboratorium residu pestisida (GC/LC)", "Per sampel", "LAB", "60 Sampel x 1 Kali", 60, "Sampel", 750000, ref="uji_residu", k="lab"),
        L("Pengujian residu pestisida metode kromatografi", None, "LAB", "60 Sampel x 1 Kali", 60, "Sampel", 780000, lab="D O", ref="uji_residu", dup="lab"),
        L("Kertas HVS 80 gsm F4", None, "KRT", "10 Rim x 1 Kali", 10, "Rim", 74500, ref="hvs80f4"),
        L("Nasi kotak rapat koordinasi tim keamanan pangan", None, "MMR", "30 Kotak x 4 Kali", 120, "Kotak", 47500, ref="nasi"),
        L("Uang harian pengambilan sampel (dalam kota)", ">8 jam", "PDDK", "6 Orang x 20 Hari", 120, "OH", 180000, ppn=0, lab="A", ref="uh_dk", j=2160000,
          why="Jumlah 2.160.000 (kurang satu nol); seharusnya 21.600.000"),
        L("Honorarium narasumber sosialisasi (eselon III)", None, "HON", "2 Orang x 2 Kali", 4, "OJ", 1000000, ppn=0, ref="narsum3"),
        L("Sewa gedung pertemuan sosialisasi 300 orang", None, "SEWAGD", "1 Hari x 1 Kali", 1, "Hari", 7500000, ref="sewa_gedung"),
        L("Laptop input data hasil uji Core i5 RAM 16 GB SSD 512 GB", "14 inci", "KOM", "2 Unit x 1 Kali", 2, "Unit", 14250000, lab="M", ref="laptop_i5",
          why="laptop aset tetap dibukukan ke Bahan Komputer"),
        L("Pipa PVC 2 inci AW", "Panjang 4 m", "BGN", "40 Batang x 1 Kali", 40, "Batang", 118000, lab="T", ref="pvc2",
          why="pipa tidak mendukung pengawasan keamanan pangan"),
        L("Snack sosialisasi keamanan pangan", None, "MMR", "300 Kotak x 1 Kali", 300, "Kotak", 22000, lab="A", ref="kue", j=7236000,
          why="Jumlah 7.236.000; seharusnya 7.326.000"),
        L("Cetak leaflet keamanan pangan A4 lipat 3", "Art paper 150 gr", "CTK", "3000 Lembar x 1 Kali", 3000, "Lembar", 2800, ref="brosur"),
        L("Air mineral botol 600 ml", None, "MMR", "40 Dus x 1 Kali", 40, "Dus isi 24", 54000, ref="air600"),
        L("Pertalite mobil pengambilan sampel", None, "BBM", "50 Liter x 12 Bulan", 600, "Liter", 10000, ref="pertalite"),
        L("Kertas HVS A4 80 gsm", None, "M_KTR", "20 Rim x 1 Kali", 20, "Rim", 68000, lab="M", ref="hvs80a4",
          why="kertas habis pakai dibukukan ke belanja modal alat kantor"),
        L("Stopmap kertas folio", None, "ATK", "4 Pak isi 50 x 1 Kali", 4, "Pak isi 50", 85000, ref="stopmap"),
        L("Pena ballpoint hitam", None, "ATK", "2 Box isi 12 x 1 Kali", 2, "Box isi 12", 30000, ref="pulpen"),
        L("Map snelhecter plastik folio", None, "ATK", "10 Lusin x 1 Kali", 10, "Lusin", 36000, lab="O", ref="snelhecter", per=F(50, 12),
          why="SSH Rp 137.500/box isi 50 = Rp 2.750/buah = Rp 33.000/lusin"),
    ]),
]

# ----------------------------------------------------------------------------------------------
# RKA 4 - Dinas Perpustakaan dan Kearsipan
# ----------------------------------------------------------------------------------------------
PUS_B = "2.23 - URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN"
ARS_B = "2.24 - URUSAN PEMERINTAHAN BIDANG KEARSIPAN"
DISPUSIP = [
    SK("2.23.02.2.01.0005", "Pengembangan Koleksi Perpustakaan",
       "2.23.02.2.01 - Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota", "2.23.02 - PROGRAM PEMBINAAN PERPUSTAKAAN",
       U2, PUS_B, "Jumlah Koleksi Bahan Pustaka yang Diadakan dan Diolah", "3.000 Eksemplar",
       "Perpustakaan Kota Samarinda", short="Koleksi", lines=[
        L("Buku bacaan umum dan fiksi anak", "Ber-ISBN", "M_BUKU", "2500 Eksemplar", 2500, "Eksemplar", 85000, ref="buku_umum"),
        L("Lisensi koleksi e-book perpustakaan digital 1 tahun", "500 judul, akses simultan", "LIS", "1 Paket", 1, "Paket", 185000000, lab="N",
          why="lisensi e-book tidak ada di SSH/SBU"),
        L("Rak buku besi 2 muka 5 susun", None, "M_MEBEL", "12 Unit", 12, "Unit", 3850000, ref="rak_buku", k="rak"),
        L("Rak koleksi besi double face 5 tingkat", None, "M_MEBEL", "6 Unit", 6, "Unit", 3850000, lab="D", ref="rak_buku", dup="rak"),
        L("Meja baca kayu 6 orang", "180 x 90 cm", "M_MEBEL", "8 Unit", 8, "Unit", 2750000, lab="A", ref="meja_baca", j=22000000,
          why="Jumlah 22.000.000 tanpa PPN; seharusnya 24.420.000"),
        L("Label barcode buku", "Vinyl", "CTK", "3000 Buah", 3000, "Buah", 250, lab="O", ref="label_barcode", per=1000,
          why="SSH Rp 135.000/roll isi 1.000 = Rp 135/label"),
        L("Plastik sampul buku 60 cm", "0,06 mm", "ATK", "500 Meter", 500, "Meter", 3300, ref="plastik_sampul", per=50,
          why="SSH Rp 165.000/roll 50 m = Rp 3.300/m, sama dengan plafon"),
        L("Scanner dokumen ADF A4 40 ppm", "Duplex", "ATK", "1 Unit", 1, "Unit", 8750000, lab="M", ref="scanner",
          why="scanner aset tetap dibukukan ke ATK"),
        L("Pompa air bensin 3 inci", None, "M_PERT", "1 Unit", 1, "Unit", 4250000, lab="T", ref="pompa",
          why="pompa air tidak mendukung pengembangan koleksi"),
        L("Honorarium anggota tim seleksi koleksi", None, "HON", "5 Orang x 3 Kali", 15, "OK", 350000, ppn=0, ref="panitia_anggota"),
        L("Honorarium ketua tim seleksi bahan pustaka", None, "HON", "1 Orang x 3 Kali", 3, "OK", 500000, ppn=0, lab="O", ref="panitia_ketua"),
        L("Nasi kotak rapat seleksi koleksi", None, "MMR", "20 Kotak x 3 Kali", 60, "Kotak", 47500, ref="nasi"),
        L("Kertas HVS 80 gsm A4", None, "KRT", "10 Rim", 10, "Rim", 68000, ref="hvs80a4"),
        L("Flashdisk 64 GB USB 3.2", None, "KOM", "10 Buah", 10, "Buah", 145000, ref="fd64"),
        L("AC split 1 PK ruang baca anak", "Termasuk pemasangan", "M_AC", "2 Unit", 2, "Unit", 5100000, ref="ac1"),
    ]),
    SK("2.23.02.2.02.0003", "Peningkatan Budaya Baca melalui Lomba dan Promosi Gemar Membaca",
       "2.23.02.2.02 - Pembudayaan Gemar Membaca Tingkat Daerah Kabupaten/Kota", "2.23.02 - PROGRAM PEMBINAAN PERPUSTAKAAN",
       U2, PUS_B, "Jumlah Peserta Kegiatan Promosi Gemar Membaca", "450 Orang",
       "Gedung Perpustakaan Kota Samarinda dan 10 kecamatan", short="Gemar Membaca", lines=[
        L("Honorarium juri lomba bercerita", None, "JURI", "3 Orang x 2 Kali", 6, "OK", 600000, ppn=0, ref="juri"),
        L("Honorarium pembawa acara", None, "HON", "1 Orang x 2 Kali", 2, "OK", 400000, ppn=0, ref="mc"),
        L("Trofi juara lomba tinggi 60 cm", "Termasuk grafir", "SUV", "9 Buah", 9, "Buah", 650000, ref="piala"),
        L("Sewa sound system", "2.000 watt", "SEWAAUD", "2 Paket/Hari", 2, "Paket/Hari", 1750000, lab="A", ref="sewa_sound", j=3500000,
          why="Jumlah tanpa PPN; seharusnya 3.885.000"),
        L("Snack peserta lomba", None, "MMR", "450 Kotak", 450, "Kotak", 22000, ref="kue"),
        L("Air mineral botol 600 ml", None, "MMR", "20 Dus", 20, "Dus isi 24", 54000, ref="air600"),
        L("Nasi kotak peserta dan pendamping", None, "MMR", "450 Kotak", 450, "Kotak", 47500, ref="nasi", k="nasi"),
        L("Nasi kotak panitia dan peserta", None, "MMR", "150 Kotak", 150, "Kotak", 47500, lab="D", ref="nasi", dup="nasi"),
        L("Backdrop dan spanduk lomba", "Flexi 280 gr", "CTK", "36 M2", 36, "M2", 42000, ref="spanduk"),
        L("Tas kain goodie bag sablon 1 warna", "Kain blacu 30 x 40 cm", "SUV", "450 Buah", 450, "Buah", 27500, lab="N",
          why="tas goodie bag tidak ada di SSH"),
        L("AC split 2 PK ruang kepala dinas", None, "M_AC", "1 Unit", 1, "Unit", 9400000, lab="T", ref="ac2",
          why="AC ruang pimpinan tidak mendukung keluaran promosi gemar membaca"),
        L("Pertalite mobil perpustakaan keliling", None, "BBM", "100 Liter x 12 Bulan", 1200, "Liter", 10000, lab="A", ref="pertalite", j=1332000,
          why="Jumlah 1.332.000 (hanya 1 bulan = 120 liter); seharusnya 13.320.000"),
        L("Servis berkala mobil perpustakaan keliling", None, "PEMKEN", "4 Kali", 4, "Kali", 1250000, ref="servis_mobil"),
        L("Baterai AA alkaline mic wireless", None, "ATK", "40 Buah", 40, "Buah", 12000, lab="O", ref="baterai_aa", per=4,
          why="SSH Rp 42.000/pak isi 4 = Rp 10.500/buah"),
        L("Proyektor 4.000 lumen WXGA", None, "KTRL", "1 Unit", 1, "Unit", 9250000, lab="M", ref="proyektor",
          why="proyektor aset tetap dibukukan ke belanja alat/bahan kantor lainnya"),
        L("Uang harian panitia (dalam kota)", ">8 jam", "PDDK", "10 Orang x 2 Hari", 20, "OH", 180000, ppn=0, ref="uh_dk"),
    ]),
    SK("2.24.02.2.01.0002", "Pemberkasan, Penataan dan Alih Media Arsip Inaktif",
       "2.24.02.2.01 - Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota", "2.24.02 - PROGRAM PENGELOLAAN ARSIP",
       U2, ARS_B, "Jumlah Berkas Arsip Inaktif yang Ditata dan Dialihmediakan", "12.000 Berkas",
       "Depo Arsip Kota Samarinda", short="Arsip Inaktif", lines=[
        L("Boks arsip karton tebal 37 x 10 x 27 cm", None, "ATK", "1500 Buah", 1500, "Buah", 18500, ref="boks_arsip"),
        L("Kertas bebas asam A4 80 gsm", "Acid free", "KRT", "40 Rim", 40, "Rim", 185000, ref="acid_free"),
        L("Filing cabinet besi 4 laci", None, "M_MEBEL", "6 Unit", 6, "Unit", 3650000, ref="filing"),
        L("Lemari arsip mobile (roll o pack) 6 compartment", "Manual", "M_MEBEL", "2 Unit", 2, "Unit", 68500000, ref="roll_o_pack",
          why="harga besar tetapi = plafon SSH"),
        L("Scanner dokumen ADF A4 40 ppm duplex", None, "M_PERPC", "3 Unit", 3, "Unit", 8750000, ref="scanner"),
        L("Tenaga alih media arsip (S1)", "Non-ASN", "THL", "4 Orang x 6 Bulan", 24, "OB", 4300000, ppn=0, lab="A", ref="thl_s1", j=10320000,
          why="Jumlah 10.320.000 (kurang satu nol); seharusnya 103.200.000"),
        L("Hard disk eksternal 2 TB", "USB 3.0", "KOM", "6 Buah", 6, "Buah", 1450000, ref="hdd2", k="hdd"),
        L("Hard disk eksternal 2 TB", "USB 3.0", "KOM", "6 Buah", 6, "Buah", 1450000, lab="D", ref="hdd2", dup="hdd"),
        L("AC split 1 PK depo arsip", None, "M_AC", "4 Unit", 4, "Unit", 5150000, ref="ac1"),
        L("Dehumidifier ruang depo 50 liter/hari", None, "M_RT", "2 Unit", 2, "Unit", 12500000, lab="N",
          why="dehumidifier tidak ada di SSH"),
        L("Bibit cabai rawit", None, "BIBIT", "500 Batang", 500, "Batang", 1500, lab="T", ref="bibit_cabai",
          why="bibit tanaman tidak mendukung penataan arsip"),
        L("Televisi LED 43 inci", "Smart TV", "M_RT", "1 Unit", 1, "Unit", 5950000, lab="T", ref="tv43",
          why="TV tidak mendukung penataan/alih media arsip"),
        L("Map snelhecter plastik folio", None, "M_KTR", "10 Box", 10, "Box isi 50", 137500, lab="M", ref="snelhecter",
          why="ATK habis pakai dibukukan ke belanja modal alat kantor"),
        L("Stabilo highlighter", None, "ATK", "4 Lusin", 4, "Lusin", 96000, ref="stabilo"),
        L("Kertas HVS A4 70 gsm", None, "KRT", "30 Rim", 30, "Rim", 57000, ref="hvs70a4"),
        L("Pemeliharaan AC split depo arsip", "Cuci AC dan cek freon", "PEMKEN", "4 Unit x 4 Kali", 16, "Unit", 165000, lab="M", ref="servis_ac",
          why="pemeliharaan AC dibukukan ke Pemeliharaan Kendaraan Bermotor Penumpang (seharusnya Pemeliharaan Alat Pendingin)"),
        L("Lakban bening 2 inci", None, "ATK", "48 Roll", 48, "Roll", 18000, lab="O", ref="lakban"),
        L("Toner printer laser hitam original", None, "M_PERPC", "6 Buah", 6, "Buah", 1350000, lab="M", ref="toner",
          why="toner barang habis pakai dibukukan ke belanja modal peralatan PC"),
    ]),
]

OPDS = {
    "dishub": ("2.15.0.00.0.00.01.0000 - Dinas Perhubungan", DISHUB),
    "diskominfo": ("2.16.2.20.2.21.01.0000 - Dinas Komunikasi dan Informatika", DISKOMINFO),
    "dkpp": ("3.27.2.09.0.00.01.0000 - Dinas Ketahanan Pangan dan Pertanian", DKPP),
    "dispusip": ("2.23.2.24.0.00.01.0000 - Dinas Perpustakaan dan Kearsipan", DISPUSIP),
}


# ----------------------------------------------------------------------------------------------
# Finalise lines: numbering, jumlah, reasons
# ----------------------------------------------------------------------------------------------
def finalise():
    for key, (org, sks) in OPDS.items():
        no = 0
        for sk in sks:
            ids = {}
            order = []
            for ln in sk["lines"]:
                if ln["acc"] not in order:
                    order.append(ln["acc"])
            sk["lines"].sort(key=lambda x: order.index(x["acc"]))  # stable: lines grouped under their account
            for ln in sk["lines"]:
                no += 1
                ln["no"] = no
                ln["acct"], ln["acct_name"] = ACC[ln["acc"]]
                ln["calc"] = calc(ln["vol"], ln["price"], ln["ppn"])
                ln["jumlah"] = ln["j"] if ln["j"] is not None else ln["calc"]
                if ln["k"]:
                    ids[ln["k"]] = ln
                reasons = []
                for t in ln["lab"]:
                    if t == "OVERPRICED":
                        c = CAT[ln["ref"]]
                        ceil = F(c["harga"]) / ln["per"]
                        r = f"plafon {c['kode']} {c['uraian']} ({c['spek']}) Rp {rp(c['harga'])}/{c['satuan']}"
                        if ln["per"] != 1:
                            r += f" = Rp {rp(math.floor(ceil))}/{ln['sat']}"
                        reasons.append(f"OVERPRICED: {r}; RKA Rp {rp(ln['price'])}")
                    elif t == "DUPLICATE":
                        o = ids[ln["dup"]]
                        reasons.append(f"DUPLICATE: barang sama dengan baris No {o['no']} ({o['uraian']}) dalam sub kegiatan yang sama")
                    elif t == "ARITHMETIC":
                        reasons.append(f"ARITHMETIC: tertulis {rp(ln['jumlah'])}, seharusnya {rp(ln['calc'])}")
                if ln["why"]:
                    reasons.append(ln["why"])
                if not ln["lab"] and ln["ref"] and not ln["why"]:
                    c = CAT[ln["ref"]]
                    reasons.append(f"bersih: dalam plafon {c['kode']} Rp {rp(c['harga'])}/{c['satuan']}")
                ln["why_text"] = "; ".join(reasons)


def labels_doc(sks, only=None):
    labels, lines = {}, {}
    for sk in sks:
        if only and sk is not only:
            continue
        for ln in sk["lines"]:
            n = str(ln["no"])
            labels[n] = sorted(ln["lab"])
            lines[n] = dict(sub_kegiatan=f"{sk['code']} - {sk['name']}", uraian=ln["uraian"], spesifikasi=ln["spek"],
                            acct=ln["acct"], koefisien=ln["koef"], price=ln["price"], volume=ln["vol"], satuan=ln["sat"],
                            ppn=ln["ppn"], jumlah=ln["jumlah"],
                            ref=(CAT[ln["ref"]]["kode"] if ln["ref"] else None), why=ln["why_text"])
    return {"labels": labels, "lines": lines}


# ----------------------------------------------------------------------------------------------
# Catalogue writers
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def write_ssh(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SSH 2026"
    titles = ["PEMERINTAH KOTA SAMARINDA", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
              "STANDAR SATUAN HARGA (SSH) BARANG DAN JASA - REVISI I",
              "TAHUN ANGGARAN 2026  (harga tertinggi, belum termasuk PPN)"]
    for i, t in enumerate(titles, 1):
        ws.cell(i, 1, t).font = Font(bold=True, size=12 if i < 4 else 10)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=7)
    # two-row header at rows 6-7
    hdr = [(1, "No"), (2, "Kode Barang"), (7, "Keterangan")]
    for c, t in hdr:
        ws.cell(6, c, t)
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    ws.cell(6, 3, "Barang/Jasa")
    ws.merge_cells(start_row=6, start_column=3, end_row=6, end_column=4)
    ws.cell(6, 5, "Harga")
    ws.merge_cells(start_row=6, start_column=5, end_row=6, end_column=6)
    ws.cell(7, 3, "Uraian")
    ws.cell(7, 4, "Spesifikasi")
    ws.cell(7, 5, "Satuan")
    ws.cell(7, 6, "Harga Satuan (Rp)")
    for r in (6, 7):
        for c in range(1, 8):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = CENTER
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = GREY
    for c in range(1, 8):
        ws.cell(8, c, f"({c})").alignment = CENTER
        ws.cell(8, c).border = BOX
    r = 9
    no = 0
    for sec, name in SSH_SECTIONS:
        ws.cell(r, 1, f"{sec}. {name}").font = BOLD
        ws.cell(r, 1).fill = LIGHT
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for k, v in SSH.items():
            if v[0] != sec:
                continue
            no += 1
            ket = "Aset tetap (belanja modal)" if sec in ("XI", "XII") else ("Harga per kemasan" if any(
                w in v[4] for w in ("isi", "Roll ", "Sak ", "Botol ", "Lusin")) else "")
            vals = [no, v[1], v[2], v[3], v[4], v[5], ket]
            for c, val in enumerate(vals, 1):
                cell = ws.cell(r, c, val)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 6).number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(r, 5, "Samarinda, 14 Oktober 2025")
    ws.cell(r + 1, 5, "KEPALA BPKAD KOTA SAMARINDA")
    for c, w in zip("ABCDEFG", (5, 20, 30, 46, 13, 16, 24)):
        ws.column_dimensions[c].width = w
    wb.save(path)


def write_sbu(path):
    wb = openpyxl.Workbook()
    first = True
    for sheet in ("Honorarium", "Perjalanan Dinas", "Sewa dan Rapat"):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ws.cell(1, 1, "STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026").font = BOLD
        ws.merge_cells("A1:F1")
        ws.cell(2, 1, f"Kelompok: {sheet.upper()}  -  besaran tertinggi, tidak termasuk pajak")
        ws.merge_cells("A2:F2")
        if sheet == "Perjalanan Dinas":
            # matrix layout for uang harian, then a plain list for the rest
            heads = ["No", "Kode", "Uraian", "Satuan", "Dalam Kota (> 8 jam)", "Luar Kota (Prov. Kaltim)", "Luar Provinsi (DKI Jakarta)"]
            for c, h in enumerate(heads, 1):
                ws.cell(4, c, h).font = BOLD
                ws.cell(4, c).border = BOX
                ws.cell(4, c).alignment = CENTER
                ws.cell(4, c).fill = GREY
            row = [1, "2.1.1.07.01", "Uang Harian Perjalanan Dinas", "OH", SBU["uh_dk"][5], SBU["uh_lk"][5], SBU["uh_jkt"][5]]
            for c, v in enumerate(row, 1):
                ws.cell(5, c, v).border = BOX
            for c in (5, 6, 7):
                ws.cell(5, c).number_format = "#,##0"
            codes = ["", "", "Kode komponen", "", SBU["uh_dk"][1], SBU["uh_lk"][1], SBU["uh_jkt"][1]]
            for c, v in enumerate(codes, 1):
                ws.cell(6, c, v or None).border = BOX
                ws.cell(6, c).font = Font(italic=True, size=9)
            ws.cell(7, 1, "Komponen lainnya").font = BOLD
            heads2 = ["No", "Kode", "Uraian", "Keterangan", "Satuan", "Besaran (Rp)"]
            for c, h in enumerate(heads2, 1):
                ws.cell(8, c, h).font = BOLD
                ws.cell(8, c).border = BOX
                ws.cell(8, c).fill = GREY
            r, n = 9, 0
            for k, v in SBU.items():
                if v[0] != sheet or k.startswith("uh_"):
                    continue
                n += 1
                for c, val in enumerate([n, v[1], v[2], v[3], v[4], v[5]], 1):
                    ws.cell(r, c, val).border = BOX
                ws.cell(r, 6).number_format = "#,##0"
                r += 1
        else:
            heads = ["No", "Kode", "Uraian", "Keterangan", "Satuan", "Besaran (Rp)"]
            for c, h in enumerate(heads, 1):
                ws.cell(4, c, h).font = BOLD
                ws.cell(4, c).border = BOX
                ws.cell(4, c).alignment = CENTER
                ws.cell(4, c).fill = GREY
            r, n = 5, 0
            for k, v in SBU.items():
                if v[0] != sheet:
                    continue
                n += 1
                for c, val in enumerate([n, v[1], v[2], v[3], v[4], v[5]], 1):
                    ws.cell(r, c, val).border = BOX
                    ws.cell(r, c).alignment = WRAP
                ws.cell(r, 6).number_format = "#,##0"
                r += 1
        for c, w in zip("ABCDEFG", (5, 20, 44, 40, 12, 22, 24)):
            ws.column_dimensions[c].width = w
    wb.save(path)


# ----------------------------------------------------------------------------------------------
# RKA writers
# ----------------------------------------------------------------------------------------------
def groups(sk):
    """account groups in order of first appearance"""
    out = []
    for ln in sk["lines"]:
        if not out or out[-1][0] != ln["acct"]:
            out.append((ln["acct"], ln["acct_name"], []))
        out[-1][2].append(ln)
    return out


def write_dishub(path):
    """Single sheet; two-row merged header; columns in another order; section rows per sub-kegiatan;
    prices and totals as text 'Rp 165.000'."""
    org, sks = OPDS["dishub"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rincian Belanja"
    ncol = 10
    top = ["PEMERINTAH KOTA SAMARINDA", "RINCIAN ANGGARAN BELANJA SUB KEGIATAN (RKA-SKPD 2.2.1)",
           "DINAS PERHUBUNGAN KOTA SAMARINDA - TAHUN ANGGARAN 2026"]
    for i, t in enumerate(top, 1):
        ws.cell(i, 1, t).font = Font(bold=True, size=12)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncol)
    info = [("Urusan", U2), ("Bidang Urusan", DISHUB_B), ("Program", DISHUB_P), ("Organisasi", org),
            ("Sumber Dana", "PAD dan DAU")]
    r = 5
    for a, b in info:
        ws.cell(r, 1, a)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, ": " + b)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
        r += 1
    r += 1
    # header: No | Uraian Belanja | Kode Rekening | Rincian Perhitungan (Koefisien, Volume, Satuan, Harga Satuan, PPN) | Jumlah (Rp) | Ket
    h1 = r
    for c, t in [(1, "No"), (2, "Uraian Belanja"), (3, "Kode Rekening"), (9, "Jumlah (Rp)"), (10, "Ket.")]:
        ws.cell(h1, c, t)
        ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
    ws.cell(h1, 4, "Rincian Perhitungan")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=8)
    for c, t in zip(range(4, 9), ["Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN"]):
        ws.cell(h1 + 1, c, t)
    for rr in (h1, h1 + 1):
        for c in range(1, ncol + 1):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).alignment = CENTER
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).fill = GREY
    r = h1 + 2
    grand = 0
    for si, sk in enumerate(sks):
        sec = [f"SUB KEGIATAN {chr(65 + si)}.  {sk['code']} - {sk['name'].upper()}",
               f"Kegiatan: {sk['kegiatan']}",
               f"Keluaran: {sk['indikator']}  |  Target: {sk['target']}  |  Lokasi: {sk['lokasi']}"]
        for i, t in enumerate(sec):
            ws.cell(r, 1, t).font = Font(bold=(i == 0))
            ws.cell(r, 1).fill = LIGHT
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        total = 0
        for acct, name, lns in groups(sk):
            sub = sum(l["jumlah"] for l in lns)
            ws.cell(r, 2, name).font = BOLD
            ws.cell(r, 3, acct).font = BOLD
            ws.cell(r, 9, "Rp " + rp(sub)).font = BOLD
            for c in range(1, ncol + 1):
                ws.cell(r, c).border = BOX
            r += 1
            for ln in lns:
                ur = ln["uraian"] + (f" ({ln['spek']})" if ln["spek"] else "")
                vals = [ln["no"], ur, None, ln["koef"], ln["vol"], ln["sat"], "Rp " + rp(ln["price"]),
                        f"{ln['ppn']}%", "Rp " + rp(ln["jumlah"]), None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                for c in (7, 8, 9):
                    ws.cell(r, c).alignment = Alignment(horizontal="right", vertical="top")
                r += 1
            total += sub
        ws.cell(r, 2, f"Jumlah Sub Kegiatan {chr(65 + si)}").font = BOLD
        ws.cell(r, 9, "Rp " + rp(total)).font = BOLD
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BOX
        r += 2
        grand += total
    ws.cell(r, 2, "JUMLAH TOTAL BELANJA DINAS PERHUBUNGAN").font = BOLD
    ws.cell(r, 9, "Rp " + rp(grand)).font = BOLD
    r += 2
    ws.cell(r, 7, "Samarinda, 20 Oktober 2025")
    ws.cell(r + 1, 7, "Kepala Dinas Perhubungan")
    for c, w in zip(range(1, ncol + 1), (5, 52, 19, 24, 8, 11, 15, 7, 18, 8)):
        ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def split_koef(koef):
    parts = [p.strip() for p in koef.split(" x ")]
    a = parts[0].split(" ", 1)
    vol1 = int(a[0].replace(".", ""))
    frek = 1
    for p in parts[1:]:
        frek *= int(p.split(" ")[0].replace(".", ""))
    return vol1, frek


def write_dkpp(path):
    """Sheet per sub-kegiatan; key:value header; table with two-row merged header and
    'Rincian Perhitungan' over Vol | Satuan | Frek | Harga Satuan; prices as text '2.450.000';
    account shown per line, account group rows as section rows."""
    org, sks = OPDS["dkpp"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sk in sks:
        ws = wb.create_sheet(sk["short"][:31])
        ws.cell(1, 1, "RKA BELANJA SUB KEGIATAN - TAHUN ANGGARAN 2026").font = Font(bold=True, size=13)
        ws.merge_cells("A1:K1")
        ws.cell(2, 1, "Pemerintah Kota Samarinda - " + org.split(" - ")[1]).font = BOLD
        ws.merge_cells("A2:K2")
        kv = [("Urusan / Bidang", f"{sk['urusan']} / {sk['bidang']}"), ("Program", sk["program"]),
              ("Kegiatan", sk["kegiatan"]), ("Kode / Nama Sub Kegiatan", f"{sk['code']} - {sk['name']}"),
              ("Perangkat Daerah", org), ("Lokasi Kegiatan", sk["lokasi"]),
              ("Waktu Pelaksanaan", "Januari s.d. Desember 2026"),
              ("Indikator Keluaran", sk["indikator"]), ("Target Keluaran", sk["target"])]
        r = 4
        for a, b in kv:
            ws.cell(r, 1, a).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            ws.cell(r, 4, b)
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11)
            r += 1
        r += 1
        h = r
        for c, t in [(1, "No"), (2, "Uraian Komponen"), (3, "Spesifikasi"), (4, "Kode Rekening"),
                     (9, "PPN"), (10, "Total Harga (Rp)"), (11, "Catatan")]:
            ws.cell(h, c, t)
            ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        ws.cell(h, 5, "Rincian Perhitungan")
        ws.merge_cells(start_row=h, start_column=5, end_row=h, end_column=8)
        for c, t in zip(range(5, 9), ["Vol", "Satuan", "Frek", "Harga Satuan (Rp)"]):
            ws.cell(h + 1, c, t)
        for rr in (h, h + 1):
            for c in range(1, 12):
                ws.cell(rr, c).font = BOLD
                ws.cell(rr, c).alignment = CENTER
                ws.cell(rr, c).border = BOX
                ws.cell(rr, c).fill = GREY
        r = h + 2
        total = 0
        for acct, name, lns in groups(sk):
            ws.cell(r, 1, f"{acct}  {name}").font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 10, rp(sum(l["jumlah"] for l in lns))).font = BOLD
            ws.cell(r, 10).alignment = Alignment(horizontal="right")
            r += 1
            for ln in lns:
                vol1, frek = split_koef(ln["koef"])
                assert vol1 * frek == ln["vol"], ln
                vals = [ln["no"], ln["uraian"], ln["spek"] or "-", ln["acct"], vol1, ln["sat"], frek,
                        rp(ln["price"]), "11%" if ln["ppn"] == 11 else "-", rp(ln["jumlah"]), None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                for c in (8, 10):
                    ws.cell(r, c).alignment = Alignment(horizontal="right", vertical="top")
                r += 1
            total += sum(l["jumlah"] for l in lns)
        ws.cell(r, 1, "TOTAL SUB KEGIATAN").font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 10, rp(total)).font = BOLD
        ws.cell(r, 10).alignment = Alignment(horizontal="right")
        for c, w in zip("ABCDEFGHIJK", (5, 44, 24, 19, 7, 13, 6, 15, 6, 17, 10)):
            ws.column_dimensions[c].width = w
    wb.save(path)


def write_dispusip(path):
    """SIPD-like sheet per sub-kegiatan (same family as the public sample)."""
    org, sks = OPDS["dispusip"]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sk in sks:
        ws = wb.create_sheet(sk["short"])
        for i, t in enumerate(["RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH",
                               "PEMERINTAH KOTA SAMARINDA", "TAHUN ANGGARAN 2026"], 1):
            ws.cell(i, 1, t).font = BOLD
            ws.cell(i, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=10)
        rows = [("Urusan Pemerintahan", sk["urusan"]), ("Bidang Urusan", sk["bidang"]), ("Program", sk["program"]),
                ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", f"{sk['code']} - {sk['name']}"),
                ("Organisasi", org), ("Lokasi", sk["lokasi"]), ("Sumber Pendanaan", "DAU")]
        r = 6
        for a, b in rows:
            ws.cell(r, 1, a)
            ws.cell(r, 3, ":")
            ws.cell(r, 4, b)
            r += 1
        ws.cell(r, 1, "Indikator")
        ws.cell(r, 4, "Tolok Ukur")
        ws.cell(r, 8, "Target")
        r += 1
        ws.cell(r, 1, "Keluaran")
        ws.cell(r, 4, sk["indikator"])
        ws.cell(r, 8, sk["target"])
        r += 2
        for c, t in enumerate(["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan",
                               "Harga Satuan", "PPN (%)", "Jumlah"], 1):
            ws.cell(r, c, t).font = BOLD
            ws.cell(r, c).border = BOX
        r += 1
        total = 0
        for acct, name, lns in groups(sk):
            sub = sum(l["jumlah"] for l in lns)
            ws.cell(r, 2, acct)
            ws.cell(r, 3, name)
            ws.cell(r, 10, sub)
            r += 1
            for ln in lns:
                for c, v in enumerate([ln["no"], None, ln["uraian"], ln["spek"], ln["koef"], ln["vol"], ln["sat"],
                                       ln["price"], ln["ppn"], ln["jumlah"]], 1):
                    ws.cell(r, c, v)
                r += 1
            total += sub
        ws.cell(r, 3, "Jumlah Total Sub Kegiatan")
        ws.cell(r, 10, total)
        for c, w in zip("ABCDEFGHIJ", (5, 19, 46, 30, 20, 9, 11, 14, 8, 16)):
            ws.column_dimensions[c].width = w
    wb.save(path)


# ----------------------------------------------------------------------------------------------
# PDF (SIPD-like printout) and scan
# ----------------------------------------------------------------------------------------------
def write_diskominfo_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1  # reproducible PDF bytes
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", parent=st, fontName="DVB")
    sts = ParagraphStyle("s", parent=st, fontSize=6.5, leading=8, textColor=colors.HexColor("#333333"))
    title = ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14, alignment=1)
    org, sks = OPDS["diskominfo"]

    def on_page(canv, doc):
        canv.setFont("DV", 7)
        canv.drawString(1.2 * cm, 0.8 * cm, "Dicetak dari aplikasi perencanaan - RKA-SKPD 2.2.1 - Diskominfo Kota Samarinda TA 2026")
        canv.drawRightString(landscape(A4)[0] - 1.2 * cm, 0.8 * cm, f"hal. {doc.page}")

    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=1.2 * cm, rightMargin=1.2 * cm,
                            topMargin=1.0 * cm, bottomMargin=1.4 * cm, title="RKA Diskominfo 2026")
    story = []
    for si, sk in enumerate(sks):
        if si:
            story.append(PageBreak())
        story.append(Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", title))
        story.append(Paragraph("Formulir RKA-BELANJA SKPD &nbsp;&nbsp; Pemerintah Kota Samarinda &nbsp;&nbsp; Tahun Anggaran 2026",
                               ParagraphStyle("c", parent=st, alignment=1)))
        story.append(Spacer(1, 4))
        hb = [("Urusan Pemerintahan", sk["urusan"]), ("Bidang Urusan", sk["bidang"]), ("Program", sk["program"]),
              ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", f"{sk['code']} - {sk['name']}"),
              ("Organisasi", org), ("Unit", org), ("Lokasi", sk["lokasi"]),
              ("Waktu Pelaksanaan", "Januari s.d. Desember"), ("Sumber Pendanaan", "[#] DAU - Dana Alokasi Umum")]
        t = Table([[Paragraph(a, st), ":", Paragraph(b, st)] for a, b in hb],
                  colWidths=[4.2 * cm, 0.4 * cm, 22.5 * cm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
        story.append(t)
        story.append(Spacer(1, 4))
        total = sum(l["jumlah"] for l in sk["lines"])
        ind = [["Indikator", "Tolok Ukur Kinerja", "Target Kinerja"],
               ["Capaian Program", "Persentase Layanan TIK Pemerintah yang Berfungsi Baik", "95 %"],
               ["Masukan", "Dana yang dibutuhkan", "Rp " + rp(total)],
               ["Keluaran", Paragraph(sk["indikator"], st), sk["target"]],
               ["Hasil", "Indeks SPBE Kota Samarinda", "3,6 Indeks"]]
        t = Table(ind, colWidths=[4.6 * cm, 17.5 * cm, 5 * cm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
        story.append(t)
        story.append(Spacer(1, 5))
        story.append(Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", stb))
        story.append(Spacer(1, 2))
        data = [["No", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        style = [("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                 ("ALIGN", (5, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
        for acct, name, lns in groups(sk):
            data.append(["", acct, Paragraph(name, stb), "", "", "", "", rp(sum(l["jumlah"] for l in lns))])
            style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVB", 7.5))
            style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#F0F0F0")))
            for ln in lns:
                ur = Paragraph(ln["uraian"] + (f"<br/><font size=6.5 color='#444444'>Spesifikasi: {ln['spek']}</font>" if ln["spek"] else ""), st)
                data.append([str(ln["no"]), "", ur, ln["koef"], ln["sat"], rp(ln["price"]),
                             f"{ln['ppn']}%", rp(ln["jumlah"])])
        data.append(["", "", Paragraph("Jumlah Anggaran Sub Kegiatan", stb), "", "", "", "", rp(total)])
        style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVB", 7.5))
        t = Table(data, colWidths=[0.9 * cm, 3.1 * cm, 9.6 * cm, 4.0 * cm, 2.3 * cm, 2.6 * cm, 1.2 * cm, 3.4 * cm],
                  repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 10))
        sig = Table([["", "Samarinda, 21 Oktober 2025\nKepala Dinas Komunikasi dan Informatika\n\n\n\n(tanda tangan)\nNIP. 19750312 200003 1 004"]],
                    colWidths=[17 * cm, 10 * cm])
        sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("ALIGN", (1, 0), (1, 0), "CENTER")]))
        story.append(sig)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_scan(path, sk, org, seed=2026):
    """Render one printed page of a sub-kegiatan with PIL, then photograph it: skew, shading, noise, blur."""
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = lambda s, b=False: ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf" if b else "DejaVuSans.ttf"), s)
    fn, fb, fs, ft = f(19), f(19, True), f(16), f(28, True)

    def center(y, text, font):
        w = d.textlength(text, font=font)
        d.text(((W - w) / 2, y), text, font=font, fill=0)

    center(90, "RENCANA KERJA DAN ANGGARAN", ft)
    center(128, "SATUAN KERJA PERANGKAT DAERAH", ft)
    center(172, "Pemerintah Kota Samarinda  -  Tahun Anggaran 2026", fn)
    y = 225
    x0, x1 = 90, W - 90
    hb = [("Urusan Pemerintahan", sk["urusan"]), ("Bidang Urusan", sk["bidang"]), ("Program", sk["program"]),
          ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", f"{sk['code']} - {sk['name']}"), ("Organisasi", org),
          ("Lokasi", sk["lokasi"]), ("Sumber Pendanaan", "DAU"),
          ("Keluaran", f"{sk['indikator']}  -  Target: {sk['target']}")]
    d.rectangle([x0, y - 8, x1, y + len(hb) * 54 + 4], outline=0, width=2)
    for a, b in hb:
        d.text((x0 + 12, y), a, font=fn, fill=0)
        d.text((x0 + 290, y), ":", font=fn, fill=0)
        words, line, lines = b.split(), "", []
        for w_ in words:
            if d.textlength(line + " " + w_, font=fn) > x1 - x0 - 330:
                lines.append(line)
                line = w_
            else:
                line = (line + " " + w_).strip()
        lines.append(line)
        for i, t in enumerate(lines[:2]):
            d.text((x0 + 310, y + i * 24), t, font=fn, fill=0)
        y += 54
    y += 30
    cols = [("No", 55), ("Kode Rekening / Uraian", 610), ("Koefisien", 250), ("Satuan", 140),
            ("Harga", 170), ("PPN", 70), ("Jumlah", 179)]
    xs = [x0]
    for _, w_ in cols:
        xs.append(xs[-1] + w_)
    rowh = 44

    def row(vals, font, h=rowh, fill=None, span=False):
        nonlocal y
        if fill is not None:
            d.rectangle([xs[0], y, xs[-1], y + h], fill=fill)
        if span:  # account row: text runs across Uraian..PPN
            d.text((xs[1] + 8, y + 10), vals[1], font=font, fill=0)
            tw = d.textlength(vals[-1], font=font)
            d.text((xs[-1] - tw - 8, y + 10), vals[-1], font=font, fill=0)
            for xx in (xs[0], xs[1], xs[-2], xs[-1]):
                d.line([xx, y, xx, y + h], fill=0, width=2)
            d.line([xs[0], y, xs[-1], y], fill=0, width=2)
            y += h
            d.line([xs[0], y, xs[-1], y], fill=0, width=2)
            return
        for i, v in enumerate(vals):
            if v is None:
                continue
            if i >= 4 and i != 5 or i == 5:
                tw = d.textlength(v, font=font)
                d.text((xs[i + 1] - tw - 8, y + 10), v, font=font, fill=0)
            else:
                d.text((xs[i] + 8, y + 10), v, font=font, fill=0)
        for xx in xs:
            d.line([xx, y, xx, y + h], fill=0, width=2)
        d.line([xs[0], y, xs[-1], y], fill=0, width=2)
        y += h
        d.line([xs[0], y, xs[-1], y], fill=0, width=2)

    row([c for c, _ in cols], fb, fill=215)
    total = 0
    for acct, name, lns in groups(sk):
        sub = sum(l["jumlah"] for l in lns)
        row(["", f"{acct}  {name}", "", "", "", "", rp(sub)], f(16, True), fill=238, span=True)
        for ln in lns:
            ur, maxw = ln["uraian"], xs[2] - xs[1] - 16
            h = rowh
            if d.textlength(ur, font=fs) > maxw:  # wrap onto a second line
                words, first = ur.split(), ""
                while words and d.textlength((first + " " + words[0]).strip(), font=fs) <= maxw:
                    first = (first + " " + words.pop(0)).strip()
                ur, h = first + "\n" + " ".join(words), 66
            row([str(ln["no"]), ur, ln["koef"], ln["sat"], rp(ln["price"]), f"{ln['ppn']}%", rp(ln["jumlah"])], fs, h=h)
        total += sub
    row(["", "Jumlah Anggaran Sub Kegiatan", "", "", "", "", rp(total)], fb)
    d.text((W - 560, y + 60), "Samarinda, 21 Oktober 2025", font=fn, fill=0)
    d.text((W - 560, y + 88), "Kepala Dinas Kominfo", font=fn, fill=0)
    d.text((W - 160, H - 80), "hal. 3", font=fn, fill=0)

    # --- photograph it ---
    rng = np.random.default_rng(seed)
    img = img.rotate(1.6, resample=Image.BICUBIC, expand=True, fillcolor=150)
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    a = np.asarray(img).astype(np.float32)
    hh, ww = a.shape
    yy, xx = np.mgrid[0:hh, 0:ww]
    shade = 0.82 + 0.18 * (1 - ((xx / ww - 0.35) ** 2 + (yy / hh - 0.4) ** 2))  # uneven lighting
    a = a * shade
    a = a * 0.93 + 8  # greyish paper, lifted blacks
    a += rng.normal(0, 9, a.shape)
    speck = rng.random(a.shape) < 0.0008
    a[speck] = rng.uniform(40, 120, speck.sum())
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).resize((int(ww * 0.8), int(hh * 0.8)), Image.BILINEAR)
    out = out.convert("RGB")
    tint = np.asarray(out).astype(np.float32) * np.array([1.0, 0.98, 0.92])
    Image.fromarray(np.clip(tint, 0, 255).astype(np.uint8)).save(path, optimize=True)


# ----------------------------------------------------------------------------------------------
def normalise_xlsx(path):
    """Make an openpyxl file byte-reproducible: fixed document dates and zip entry times."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-10-20T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    random.seed(2026)
    os.makedirs(OUT, exist_ok=True)
    finalise()
    write_ssh(os.path.join(OUT, SSH_FILE))
    write_sbu(os.path.join(OUT, SBU_FILE))
    normalise_xlsx(os.path.join(OUT, SSH_FILE))
    normalise_xlsx(os.path.join(OUT, SBU_FILE))
    cats = [SSH_FILE, SBU_FILE]
    manifest = []
    files = {"dishub": ("rka_dishub_2026.xlsx", write_dishub), "diskominfo": ("rka_diskominfo_2026.pdf", write_diskominfo_pdf),
             "dkpp": ("rka_dkpp_2026.xlsx", write_dkpp), "dispusip": ("rka_dispusip_2026.xlsx", write_dispusip)}
    for key, (fname, writer) in files.items():
        writer(os.path.join(OUT, fname))
        if fname.endswith(".xlsx"):
            normalise_xlsx(os.path.join(OUT, fname))
        lab = fname.rsplit(".", 1)[0] + ".labels.json"
        with open(os.path.join(OUT, lab), "w", encoding="utf-8") as fh:
            json.dump(labels_doc(OPDS[key][1]), fh, ensure_ascii=False, indent=1)
        manifest.append({"rka": fname, "labels": lab, "catalogues": cats})
    # scanned page: Smart City sub-kegiatan of Diskominfo
    org, sks = OPDS["diskominfo"]
    scan = "rka_diskominfo_2026_smartcity_scan.png"
    write_scan(os.path.join(OUT, scan), sks[1], org)
    lab = scan.rsplit(".", 1)[0] + ".labels.json"
    with open(os.path.join(OUT, lab), "w", encoding="utf-8") as fh:
        json.dump(labels_doc(sks, only=sks[1]), fh, ensure_ascii=False, indent=1)
    manifest.append({"rka": scan, "labels": lab, "catalogues": cats})
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1)


if __name__ == "__main__":
    main()
