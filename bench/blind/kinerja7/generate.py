#!/usr/bin/env python3
"""Generate the kinerja7 blind set (OPD performance reports). Deterministic (seeded).

Run with the scratch venv:  /work/scratch/kinerja7/bin/python generate.py
"""
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SEED = 20261203

OPD = {
    "dinkes": "Dinas Kesehatan Kota Samarinda",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda",
    "disdikbud": "Dinas Pendidikan dan Kebudayaan Kota Samarinda",
    "dinsos": "Dinas Sosial Kota Samarinda",
    "dishub": "Dinas Perhubungan Kota Samarinda",
    "dlh": "Dinas Lingkungan Hidup Kota Samarinda",
}

# ---------------------------------------------------------------- master data
# each row: key, programme, kegiatan, sub_kegiatan, indicator, unit, lower_is_better, target, realisation
P_UKM = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"
K_UKM = "Penyediaan Layanan Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Kabupaten/Kota"
K_FAS = "Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP dan UKM Kewenangan Daerah Kabupaten/Kota"
P_PEMB = "Program Pemberdayaan Masyarakat Bidang Kesehatan"
K_PEMB = "Pelaksanaan Sehat dalam rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota"
MASTER = {
    "dinkes": [
        ("aki", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Angka Kematian Ibu", "per 100.000 KH", True, 95, 88.6),
        ("akb", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", "Angka Kematian Bayi", "per 1.000 KH", True, 8.5, 9.2),
        ("stunting", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Prevalensi Stunting pada Balita", "%", True, 18, 17.4),
        ("bumil", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Persentase Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", "%", False, 100, 96.8),
        ("idl", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Cakupan Imunisasi Dasar Lengkap", "%", False, 95, 91.25),
        ("hipertensi", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi", "Persentase Penderita Hipertensi yang Mendapat Pelayanan Sesuai Standar", "%", False, 90, 78.4),
        ("dm", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus", "Persentase Penderita Diabetes Melitus yang Mendapat Pelayanan Sesuai Standar", "%", False, 100, 84.1),
        ("tbc", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", "Case Notification Rate (CNR) Tuberkulosis", "per 100.000 penduduk", False, 250, 231),
        ("dbd", P_UKM, K_UKM, "Pengelolaan Surveilans Kesehatan", "Incidence Rate Demam Berdarah Dengue", "per 100.000 penduduk", True, 50, 62.3),
        ("akreditasi", P_UKM, K_FAS, "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", "Jumlah Puskesmas Terakreditasi Paripurna", "puskesmas", False, 26, 26),
        ("kader", P_PEMB, K_PEMB, "Pelaksanaan Sehat dalam rangka Promotif Preventif", "Jumlah Kader Posyandu yang Dilatih", "orang", False, 1250, 1318),
        ("phbs", P_PEMB, K_PEMB, "Pelaksanaan Sehat dalam rangka Promotif Preventif", "Persentase Rumah Tangga Ber-PHBS", "%", False, 72, 69.5),
        ("airminum", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Lingkungan", "Jumlah Sampel Air Minum yang Diperiksa", "sampel", False, None, 412),
        ("psc", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan", "Jumlah Layanan Kegawatdaruratan PSC 119", "kali", False, None, 3875),
    ],
}
P_SDA = "Program Pengelolaan dan Pengembangan Sistem Drainase"
K_SDA = "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota"
P_JLN = "Program Penyelenggaraan Jalan"
K_JLN = "Penyelenggaraan Jalan Kabupaten/Kota"
P_AM = "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum"
P_AL = "Program Pengelolaan dan Pengembangan Sistem Air Limbah"
P_BG = "Program Penataan Bangunan Gedung"
P_SUNGAI = "Program Pengelolaan Sumber Daya Air (SDA)"
MASTER["pupr"] = [
    ("mantap", P_JLN, K_JLN, "Pemeliharaan Berkala Jalan", "Persentase Jalan Kota dalam Kondisi Mantap", "%", False, 78, 76.85),
    ("jln_tingkat", P_JLN, K_JLN, "Peningkatan Jalan", "Panjang Jalan yang Ditingkatkan", "km", False, 24.5, 22.8),
    ("jln_pelihara", P_JLN, K_JLN, "Pemeliharaan Rutin Jalan", "Panjang Jalan yang Dipelihara", "km", False, 60, 63.2),
    ("genangan", P_SDA, K_SDA, "Pembangunan Sistem Drainase Perkotaan", "Luas Genangan Banjir", "Ha", True, 450, 418.6),
    ("surut", P_SDA, K_SDA, "Operasi dan Pemeliharaan Sistem Drainase Perkotaan", "Rata-rata Lama Genangan", "jam", True, 3, 3.5),
    ("drainase", P_SDA, K_SDA, "Pembangunan Sistem Drainase Perkotaan", "Panjang Saluran Drainase yang Dibangun/Dinormalisasi", "meter", False, 12500, 11940),
    ("drain_baik", P_SDA, K_SDA, "Operasi dan Pemeliharaan Sistem Drainase Perkotaan", "Persentase Saluran Drainase dalam Kondisi Baik", "%", False, 65, 61.2),
    ("jembatan", P_JLN, K_JLN, "Rehabilitasi Jembatan", "Jumlah Jembatan yang Direhabilitasi", "unit", False, 4, 3),
    ("air_minum", P_AM, "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota", "Perluasan SPAM Jaringan Perpipaan", "Cakupan Pelayanan Air Minum Perpipaan", "%", False, 92, 90.6),
    ("sr_limbah", P_AL, "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten/Kota", "Pembangunan Sambungan Rumah (SR) Air Limbah Domestik", "Jumlah Sambungan Rumah Air Limbah Domestik Terbangun", "SR", False, 1500, 1620),
    ("gedung", P_BG, "Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kabupaten/Kota", "Pemeliharaan Bangunan Gedung Pemerintah", "Persentase Bangunan Gedung Pemerintah yang Laik Fungsi", "%", False, 60, 57),
    ("titik_banjir", P_SDA, K_SDA, "Pembangunan Sistem Drainase Perkotaan", "Jumlah Titik Rawan Genangan", "titik", True, 35, 31),
    ("ded", P_JLN, K_JLN, "Penyusunan Rencana Teknis Jalan dan Jembatan", "Jumlah Dokumen Perencanaan Teknis (DED) yang Disusun", "dokumen", False, None, 18),
    ("turap", P_SUNGAI, "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai", "Pembangunan Turap/Talud Sungai", "Panjang Turap Sungai Karang Mumus yang Dibangun", "meter", False, 850, 790),
]
P_DIK = "Program Pengelolaan Pendidikan"
P_BUD = "Program Pengembangan Kebudayaan"
MASTER["disdikbud"] = [
    ("apk_paud", P_DIK, "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", "Penyediaan Biaya Personil Peserta Didik PAUD", "Angka Partisipasi Kasar (APK) PAUD", "%", False, 78, 74.6),
    ("apm_sd", P_DIK, "Pengelolaan Pendidikan Sekolah Dasar", "Penyediaan Biaya Operasional Pendidikan Sekolah Dasar", "Angka Partisipasi Murni (APM) SD/MI", "%", False, 98.5, 97.9),
    ("apm_smp", P_DIK, "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Penyediaan Biaya Operasional Pendidikan SMP", "Angka Partisipasi Murni (APM) SMP/MTs", "%", False, 82, 80.35),
    ("aps_sd", P_DIK, "Pengelolaan Pendidikan Sekolah Dasar", "Penyediaan Biaya Personil Peserta Didik Sekolah Dasar", "Angka Putus Sekolah SD", "%", True, 0.12, 0.09),
    ("aps_smp", P_DIK, "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Penyediaan Biaya Personil Peserta Didik SMP", "Angka Putus Sekolah SMP", "%", True, 0.35, 0.41),
    ("akred", P_DIK, "Pengelolaan Pendidikan Sekolah Dasar", "Pembinaan Penerapan Manajemen Berbasis Sekolah", "Persentase Sekolah Terakreditasi Minimal B", "%", False, 90, 92.5),
    ("literasi", P_DIK, "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Pengembangan Karir Pendidik dan Tenaga Kependidikan", "Persentase Satuan Pendidikan dengan Capaian Literasi Minimal Baik", "%", False, 55, 55.2),
    ("rkb", P_DIK, "Pengelolaan Pendidikan Sekolah Dasar", "Pembangunan Ruang Kelas Baru", "Jumlah Ruang Kelas Baru yang Dibangun", "ruang", False, 48, 44),
    ("rehab", P_DIK, "Pengelolaan Pendidikan Sekolah Dasar", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", "Jumlah Ruang Kelas yang Direhabilitasi", "ruang", False, 120, 126),
    ("sertifikasi", "Program Pendidik dan Tenaga Kependidikan", "Pemindahan Pendidik dan Tenaga Kependidikan dalam 1 (satu) Daerah Kabupaten/Kota", "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan", "Persentase Guru yang Bersertifikat Pendidik", "%", False, 75, 71.8),
    ("seragam", P_DIK, "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Penyediaan Pakaian Seragam Sekolah Gratis", "Jumlah Peserta Didik Penerima Seragam Sekolah Gratis", "siswa", False, 32000, 31456),
    ("cagar", P_BUD, "Pengelolaan Cagar Budaya yang Penetapannya dilakukan oleh Daerah Kabupaten/Kota", "Pelestarian Cagar Budaya", "Jumlah Cagar Budaya yang Dilestarikan", "objek", False, 6, 6),
    ("festival", P_BUD, "Pengelolaan Kebudayaan yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota", "Penyelenggaraan Festival Kebudayaan", "Jumlah Festival Budaya yang Diselenggarakan", "kegiatan", False, None, 9),
]
P_REH = "Program Rehabilitasi Sosial"
P_LJS = "Program Perlindungan dan Jaminan Sosial"
P_BENC = "Program Penanganan Bencana"
P_PEMS = "Program Pemberdayaan Sosial"
MASTER["dinsos"] = [
    ("ppks", P_LJS, "Pemeliharaan Anak-Anak Terlantar", "Pemberian Permakanan", "Persentase PPKS yang Memperoleh Bantuan Sosial Pemenuhan Kebutuhan Dasar", "%", False, 85, 88.2),
    ("miskin", P_LJS, "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Verifikasi dan Validasi Data Fakir Miskin", "Persentase Penduduk Miskin", "%", True, 4.6, 4.71),
    ("disabilitas", P_REH, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah Penyandang Disabilitas Terlantar yang Mendapat Rehabilitasi Sosial", "orang", False, 320, 298),
    ("anak", P_REH, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Pemberian Layanan Data dan Pengaduan", "Jumlah Anak Terlantar yang Mendapat Layanan Rehabilitasi", "anak", False, 150, 163),
    ("lansia", P_REH, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dalam Panti Sosial", "Penyediaan Permakanan", "Jumlah Lansia Terlantar yang Dilayani dalam Panti", "orang", False, 60, 58),
    ("dtsen", P_LJS, "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Pengelolaan Data Fakir Miskin", "Persentase Data DTSEN yang Diverifikasi dan Divalidasi", "%", False, 100, 93.4),
    ("sembako", P_LJS, "Pemeliharaan Anak-Anak Terlantar", "Penyediaan Bantuan Sembako Daerah", "Jumlah KPM Penerima Bantuan Sembako Daerah", "KK", False, 4500, 4500),
    ("bencana", P_BENC, "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Penyediaan Makanan", "Jumlah Korban Bencana yang Mendapat Bantuan Logistik", "jiwa", False, 800, 1146),
    ("gepeng", P_REH, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Penjangkauan Gelandangan dan Pengemis", "Jumlah Gelandangan dan Pengemis yang Dijangkau", "orang", False, None, 237),
    ("pilar", P_PEMS, "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "Jumlah Pilar Sosial (TKSK dan PSM) yang Dibina", "orang", False, 210, 210),
    ("graduasi", P_LJS, "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Jumlah KPM PKH yang Graduasi Mandiri", "KK", False, 350, 312),
    ("alatbantu", P_REH, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Pemberian Alat Bantu", "Jumlah Penyandang Disabilitas yang Menerima Alat Bantu", "orang", False, 90, 84),
    ("anjal", P_REH, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", "Pemberian Bimbingan Sosial kepada Anak Jalanan", "Jumlah Anak Jalanan yang Dibina", "anak", False, None, 58),
    ("sktm", P_LJS, "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Pelayanan Rekomendasi dan Surat Keterangan", "Rata-rata Waktu Penyelesaian Layanan Rekomendasi SKTM", "hari", True, 3, 2),
]
P_LLAJ = "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"
K_LLAJ = "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota"
K_MRLL = "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota"
MASTER["dishub"] = [
    ("tempuh", P_LLAJ, K_MRLL, "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas", "Rata-rata Waktu Tempuh pada Ruas Jalan Protokol", "menit", True, 25, 27.5),
    ("perlengkapan", P_LLAJ, K_LLAJ, "Pemeliharaan Perlengkapan Jalan", "Persentase Perlengkapan Jalan dalam Kondisi Baik", "%", False, 80, 76.3),
    ("macet", P_LLAJ, K_MRLL, "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas", "Jumlah Titik Lokasi Kemacetan", "titik", True, 12, 14),
    ("laka", P_LLAJ, K_MRLL, "Audit dan Inspeksi Keselamatan LLAJ di Jalan", "Jumlah Kecelakaan Lalu Lintas di Jalan Kota", "kejadian", True, 210, 187),
    ("ujikir", P_LLAJ, "Pengujian Berkala Kendaraan Bermotor", "Pelaksanaan Pengujian Berkala Kendaraan Bermotor", "Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala", "%", False, 85, 88.75),
    ("apill", P_LLAJ, K_LLAJ, "Pengadaan, Pemasangan, Perbaikan, dan Pemeliharaan APILL", "Jumlah APILL yang Dipasang/Direhabilitasi", "unit", False, 15, 15),
    ("marka", P_LLAJ, K_LLAJ, "Pengadaan, Pemasangan, Perbaikan, dan Pemeliharaan Marka Jalan", "Panjang Marka Jalan yang Dibuat", "meter", False, 18000, 17250),
    ("halte", P_LLAJ, K_LLAJ, "Penyediaan Fasilitas Halte", "Jumlah Halte yang Dibangun/Direhabilitasi", "unit", False, 10, 8),
    ("parkir", P_LLAJ, "Penyediaan Layanan Parkir", "Pengelolaan Parkir Tepi Jalan Umum", "Pendapatan Retribusi Parkir Tepi Jalan Umum", "Rp", False, 4500000000, 3912650000),
    ("armada", P_LLAJ, "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang", "Pengelolaan Angkutan Umum Massal", "Jumlah Armada Bus Kota yang Beroperasi", "unit", False, None, 24),
    ("penumpang", P_LLAJ, "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang", "Pengelolaan Angkutan Umum Massal", "Jumlah Penumpang Angkutan Umum Massal", "penumpang", False, 250000, 213480),
]
P_SAMPAH = "Program Pengelolaan Persampahan"
P_PPLH = "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"
MASTER["dlh"] = [
    ("iklh", None, None, None, "Indeks Kualitas Lingkungan Hidup (IKLH)", "indeks", False, 62.5, 61.87),
    ("ika", None, None, None, "Indeks Kualitas Air (IKA)", "indeks", False, 50, 48.33),
    ("iku", None, None, None, "Indeks Kualitas Udara (IKU)", "indeks", False, 86, 87.2),
    ("tangani", None, None, None, "Persentase Sampah yang Ditangani", "%", False, 78, 80.4),
    ("kurangi", None, None, None, "Persentase Pengurangan Sampah", "%", False, 24, 21.6),
    ("tpa", None, None, None, "Timbulan Sampah yang Masuk ke TPA Sambutan", "ton/hari", True, 600, 642),
    ("banksampah", P_SAMPAH, "Pengelolaan Sampah", "Pembinaan dan Pengembangan Bank Sampah", "Jumlah Bank Sampah Aktif", "unit", False, 120, 134),
    ("taat", P_PPLH, "Pembinaan dan Pengawasan terhadap Usaha dan/atau Kegiatan yang Izin Lingkungannya Diterbitkan oleh Pemerintah Daerah", "Pengawasan Usaha/Kegiatan yang Izin Lingkungannya Diterbitkan Pemerintah Daerah", "Persentase Usaha/Kegiatan yang Taat terhadap Persetujuan Lingkungan", "%", False, 70, 66.5),
    ("aduan", "Program Pengelolaan Pengaduan Masyarakat Bidang Perlindungan dan Pengelolaan Lingkungan Hidup (PPLH)", "Penyelesaian Pengaduan Masyarakat di Bidang PPLH", "Penerimaan dan Penanganan Pengaduan Masyarakat", "Persentase Pengaduan Lingkungan yang Diselesaikan", "%", False, 100, 92),
    ("pohon", P_PPLH, "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Penanaman Pohon dan Penghijauan", "Jumlah Pohon yang Ditanam", "batang", False, 5000, 6250),
    ("armada_s", P_SAMPAH, "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah Armada Pengangkut Sampah yang Beroperasi", "unit", False, None, 96),
    ("tps3r", P_SAMPAH, "Pengelolaan Sampah", "Pengembangan Infrastruktur TPS3R", "Jumlah TPS3R yang Beroperasi", "unit", False, 8, 7),
]
# previous-year (2024) values: key -> (target, realisation)
PREV = {
    "dinkes": {"aki": (100, 96.3), "akb": (9, 8.7), "stunting": (20, 19.1), "bumil": (100, 95.2), "idl": (95, 88.6),
               "hipertensi": (85, 71.3), "dm": (100, 80.5), "tbc": (230, 219), "dbd": (55, 48.1), "akreditasi": (24, 22),
               "kader": (1100, 1175), "phbs": (70, 66.8)},
    "dishub": {"tempuh": (27, 28.4), "perlengkapan": (78, 74.1), "macet": (14, 15), "laka": (225, 219), "ujikir": (83, 85.2),
               "apill": (12, 13), "marka": (16000, 15300), "halte": (8, 8), "parkir": (4000000000, 3654200000), "penumpang": (180000, 167350)},
}

rng = random.Random(SEED)


def mk_budget(scale):
    pagu = rng.randint(scale // 2, scale) // 1000 * 1000 * 1
    pagu = int(round(pagu, -6)) or 1000000
    real = int(pagu * rng.uniform(0.82, 0.985)) // 1000 * 1000
    return pagu, real


BUDGET = {}
for opd, rows in MASTER.items():
    for row in rows:
        BUDGET[(opd, row[0])] = mk_budget({"pupr": 9_000_000_000, "disdikbud": 6_000_000_000}.get(opd, 2_500_000_000))
for opd, d in PREV.items():
    for k in d:
        BUDGET[(opd, k, 2024)] = mk_budget(2_000_000_000)

# planted budget overruns (realisation above pagu)
BUDGET[("dinkes", "akreditasi")] = (1_875_000_000, 1_912_450_000)
BUDGET[("pupr", "sr_limbah")] = (3_200_000_000, 3_356_800_000)
BUDGET[("pupr", "turap")] = (7_450_000_000, 7_539_400_000)
BUDGET[("disdikbud", "rkb")] = (14_400_000_000, 14_652_300_000)
BUDGET[("dinsos", "sembako")] = (6_750_000_000, 6_912_000_000)
BUDGET[("dishub", "apill")] = (2_850_000_000, 2_937_500_000)
BUDGET[("dlh", "banksampah")] = (950_000_000, 987_350_000)


def ach(t, r, lib):
    if t is None or r is None:
        return None
    if lib:
        return round(t / r * 100, 2)
    return round(r / t * 100, 2)


# ---------------------------------------------------------------- documents
# row spec: (key, overrides). overrides: t, r, ach, budget(bool), note
DOCS_SPEC = [
    dict(file="dinkes_pk_2025.docx", opd="dinkes", year=2025, layout="docx_table", doc_type="pk", kind="plan", rpp=6,
         rows=[("aki", {}), ("akb", {}), ("stunting", {}), ("bumil", {}), ("idl", {}), ("hipertensi", {"t": 100}),
               ("dm", {}), ("tbc", {}), ("dbd", {}), ("akreditasi", {}), ("kader", {"t": 1200}), ("phbs", {})]),
    dict(file="dinkes_lkjip_2025.pdf", opd="dinkes", year=2025, layout="pdf_table", doc_type="lkjip", kind="report", rpp=5,
         budget=True,
         rows=[("aki", {}), ("akb", {"ach": 108.24}), ("stunting", {}), ("bumil", {}), ("idl", {}), ("hipertensi", {}),
               ("dm", {}), ("tbc", {"ach": 96.4}), ("dbd", {}), ("akreditasi", {}), ("kader", {}), ("phbs", {}),
               ("airminum", {}), ("psc", {})]),
    dict(file="dinkes_capaian_kinerja_tw4_2025.xlsx", opd="dinkes", year=2025, layout="xlsx", doc_type="laporan capaian triwulan", kind="report",
         rows=[("aki", {"r": 91.3}), ("stunting", {}), ("bumil", {}), ("idl", {"r": 90.4}), ("dm", {"r": 82.7}), ("dbd", {}),
               ("phbs", {"r": 71.2})]),
    dict(file="dinkes_lkjip_2024_scan.pdf", opd="dinkes", year=2024, layout="scan", doc_type="lkjip", kind="report", rpp=6,
         budget=True,
         rows=[("aki", {}), ("akb", {}), ("stunting", {}), ("bumil", {}), ("idl", {"ach": 96.26}), ("hipertensi", {}),
               ("dm", {}), ("tbc", {}), ("dbd", {}), ("akreditasi", {}), ("kader", {}), ("phbs", {})]),
    dict(file="pupr_renja_2025.xlsx", opd="pupr", year=2025, layout="xlsx", doc_type="renja", kind="plan", budget=True,
         rows=[("mantap", {}), ("jln_tingkat", {"t": 26}), ("jln_pelihara", {"t": 55}), ("jembatan", {}), ("turap", {}),
               ("genangan", {}), ("surut", {}), ("drainase", {}), ("drain_baik", {}), ("titik_banjir", {}),
               ("air_minum", {}), ("sr_limbah", {}), ("gedung", {})]),
    dict(file="pupr_lkjip_2025.pdf", opd="pupr", year=2025, layout="pdf_prose", doc_type="lkjip", kind="report", rpp=6,
         rows=[("mantap", {}), ("jln_tingkat", {}), ("jln_pelihara", {"note": True}), ("jembatan", {}), ("ded", {}),
               ("genangan", {}), ("surut", {"ach": 116.67}), ("drainase", {}), ("drain_baik", {}), ("titik_banjir", {}),
               ("air_minum", {}), ("sr_limbah", {}), ("gedung", {}), ("turap", {"budget": True})]),
    dict(file="pupr_realisasi_fisik_keuangan_2025_scan.pdf", opd="pupr", year=2025, layout="scan", doc_type="realisasi", kind="report", rpp=6,
         budget=True,
         rows=[("mantap", {"r": 75.2}), ("jln_tingkat", {}), ("jembatan", {"ach": 80}), ("ded", {}),
               ("genangan", {}), ("drainase", {"r": 11490}), ("drain_baik", {}), ("titik_banjir", {}),
               ("air_minum", {"r": 89.9}), ("sr_limbah", {}), ("gedung", {})]),
    dict(file="disdikbud_pk_2025.pdf", opd="disdikbud", year=2025, layout="pdf_table", doc_type="pk", kind="plan", rpp=6,
         rows=[("apk_paud", {}), ("apm_sd", {}), ("apm_smp", {}), ("aps_sd", {}), ("aps_smp", {}), ("akred", {}),
               ("literasi", {"t": 60}), ("rkb", {}), ("rehab", {}), ("sertifikasi", {"t": 78}), ("seragam", {}), ("cagar", {})]),
    dict(file="disdikbud_lkjip_2025.docx", opd="disdikbud", year=2025, layout="docx_table", doc_type="lkjip", kind="report", rpp=5,
         budget=True,
         rows=[("apk_paud", {}), ("apm_sd", {}), ("apm_smp", {}), ("aps_sd", {"ach": 75.0}), ("aps_smp", {}), ("akred", {}),
               ("literasi", {}), ("rkb", {}), ("rehab", {}), ("sertifikasi", {}), ("seragam", {"ach": 99.1}), ("cagar", {}),
               ("festival", {})]),
    dict(file="dinsos_renja_2025.xlsx", opd="dinsos", year=2025, layout="xlsx", doc_type="renja", kind="plan", budget=True,
         rows=[("ppks", {}), ("miskin", {}), ("dtsen", {}), ("sembako", {}), ("graduasi", {}), ("sktm", {}),
               ("disabilitas", {"t": 350}), ("anak", {}), ("lansia", {}), ("alatbantu", {}), ("bencana", {}), ("pilar", {})]),
    dict(file="dinsos_lkjip_2025_scan.pdf", opd="dinsos", year=2025, layout="scan", doc_type="lkjip", kind="report", rpp=7,
         budget=True,
         rows=[("ppks", {}), ("miskin", {"ach": 102.39}), ("dtsen", {}), ("sembako", {}), ("graduasi", {}), ("sktm", {}),
               ("disabilitas", {}), ("anak", {}), ("lansia", {}), ("alatbantu", {}), ("gepeng", {}), ("anjal", {}),
               ("bencana", {"ach": 134.25}), ("pilar", {})]),
    dict(file="dishub_pk_2025_scan.jpg", opd="dishub", year=2025, layout="scan", doc_type="pk", kind="plan", rpp=10,
         rows=[("tempuh", {}), ("macet", {}), ("laka", {}), ("perlengkapan", {}), ("apill", {}), ("marka", {}),
               ("halte", {"t": 12}), ("ujikir", {}), ("parkir", {}), ("penumpang", {})]),
    dict(file="dishub_lkjip_2025.pdf", opd="dishub", year=2025, layout="pdf_prose", doc_type="lkjip", kind="report", rpp=6,
         rows=[("tempuh", {"ach": 110.0}), ("macet", {}), ("laka", {}), ("perlengkapan", {}), ("apill", {"budget": True}),
               ("marka", {}), ("halte", {}), ("ujikir", {}), ("parkir", {}), ("armada", {}), ("penumpang", {})]),
    dict(file="dishub_lkjip_2024.pdf", opd="dishub", year=2024, layout="pdf_table", doc_type="lkjip", kind="report", rpp=5,
         budget=True,
         rows=[("tempuh", {}), ("macet", {}), ("laka", {}), ("perlengkapan", {}), ("apill", {}),
               ("marka", {"ach": 98.5}), ("halte", {}), ("ujikir", {}), ("parkir", {}), ("penumpang", {})]),
    dict(file="dlh_lkjip_2025.xlsx", opd="dlh", year=2025, layout="xlsx", doc_type="lkjip", kind="report", budget=True,
         rows=[("iklh", {}), ("ika", {"ach": 98.66}), ("iku", {}), ("tangani", {}), ("kurangi", {}), ("tpa", {"ach": 107.0}),
               ("banksampah", {}), ("taat", {}), ("aduan", {}), ("pohon", {}), ("armada_s", {}), ("tps3r", {})]),
    dict(file="dlh_pk_2025.docx", opd="dlh", year=2025, layout="docx_table", doc_type="pk", kind="plan", rpp=6,
         rows=[("iklh", {}), ("ika", {}), ("iku", {}), ("tangani", {}), ("kurangi", {"t": 25}), ("tpa", {}),
               ("banksampah", {}), ("taat", {}), ("aduan", {}), ("pohon", {}), ("tps3r", {})]),
]

# planted findings (expected). The generator recomputes findings from the rows and asserts equality.
PLANTED = {
    "ACHIEVEMENT_MISMATCH": [("dinkes", 2025, "akb"), ("dinkes", 2025, "tbc"), ("dinkes", 2024, "idl"), ("pupr", 2025, "surut"),
                             ("pupr", 2025, "jembatan"), ("disdikbud", 2025, "aps_sd"), ("disdikbud", 2025, "seragam"),
                             ("dinsos", 2025, "miskin"), ("dinsos", 2025, "bencana"), ("dishub", 2025, "tempuh"),
                             ("dishub", 2024, "marka"), ("dlh", 2025, "ika"), ("dlh", 2025, "tpa")],
    "CROSS_DOCUMENT_CONFLICT": [("dinkes", 2025, "aki"), ("dinkes", 2025, "idl"), ("dinkes", 2025, "dm"), ("dinkes", 2025, "phbs"),
                                ("pupr", 2025, "mantap"), ("pupr", 2025, "drainase"), ("pupr", 2025, "air_minum")],
    "ABSORPTION_OVER_100": [("dinkes", 2025, "akreditasi"), ("pupr", 2025, "sr_limbah"), ("pupr", 2025, "turap"),
                            ("disdikbud", 2025, "rkb"), ("dinsos", 2025, "sembako"), ("dishub", 2025, "apill"), ("dlh", 2025, "banksampah")],
    "REALISATION_WITHOUT_TARGET": [("dinkes", 2025, "airminum"), ("dinkes", 2025, "psc"), ("pupr", 2025, "ded"),
                                   ("disdikbud", 2025, "festival"), ("dinsos", 2025, "gepeng"), ("dinsos", 2025, "anjal"),
                                   ("dishub", 2025, "armada"), ("dlh", 2025, "armada_s")],
    "TARGET_CHANGED": [("dinkes", 2025, "hipertensi"), ("dinkes", 2025, "kader"), ("pupr", 2025, "jln_tingkat"),
                       ("disdikbud", 2025, "literasi"), ("disdikbud", 2025, "sertifikasi"), ("dinsos", 2025, "disabilitas"),
                       ("dishub", 2025, "halte"), ("dlh", 2025, "kurangi")],
}


def build_rows():
    """Resolve every document row into the values it states."""
    out = []
    for d in DOCS_SPEC:
        master = {m[0]: m for m in MASTER[d["opd"]]}
        rows = []
        for i, (key, ov) in enumerate(d["rows"]):
            m = master[key]
            t, r = m[7], m[8]
            if d["year"] == 2024:
                t, r = PREV[d["opd"]][key]
            t = ov.get("t", t)
            r = ov.get("r", r)
            lib = m[6]
            row = dict(key=key, programme=m[1], kegiatan=m[2], sub_kegiatan=m[3], indicator=m[4], unit=m[5], lib=lib,
                       target=t, note=ov.get("note", False))
            if d["kind"] == "plan":
                row.update(realisation=None, ach=None)
            else:
                row.update(realisation=r, ach=ov.get("ach", ach(t, r, lib)))
            show_budget = ov.get("budget", d.get("budget", False)) and m[3] is not None
            if show_budget:
                b = BUDGET[(d["opd"], key, 2024)] if d["year"] == 2024 else BUDGET[(d["opd"], key)]
                row["pagu"] = b[0]
                if d["kind"] == "report":
                    row["real"] = b[1]
                    row["abs"] = round(b[1] / b[0] * 100, 2)
                else:
                    row["real"] = None
                    row["abs"] = None
            else:
                row.update(pagu=None, real=None, abs=None)
            if d["opd"] == "dlh" and d["kind"] == "report" and m[1] is None:
                row.update(pagu=None, real=None, abs=None)
            rows.append(row)
        d2 = dict(d)
        d2["resolved"] = rows
        out.append(d2)
    return out


# ---------------------------------------------------------------- formatting helpers (Indonesian)
def fnum(v, dec=None):
    """Indonesian number: 1.250 / 87,25 / 30,5."""
    if v is None:
        return "-"
    if dec is None:
        if float(v).is_integer():
            dec = 0
        else:
            s = ("%.4f" % v).rstrip("0")
            dec = len(s.split(".")[1])
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def frp(v, prefix="Rp "):
    if v is None:
        return "-"
    return prefix + fnum(v, 0)


def fpct(v, dec=2, sp=""):
    if v is None:
        return "-"
    return fnum(v, dec) + sp + "%"


def fval(v, unit):
    if unit == "Rp":
        return frp(v)
    return fnum(v)


def pages_of(d):
    rpp = d.get("rpp", 999)
    return [d["resolved"][i:i + rpp] for i in range(0, len(d["resolved"]), rpp)]


SIGN = {
    "dinkes": ("dr. Hj. Ismid Kusasih, M.Kes", "19680412 199803 2 004"),
    "pupr": ("Ir. Desy Damayanti, M.T.", "19721105 199903 2 006"),
    "disdikbud": ("Drs. Asli Nuryadin, M.Pd", "19700214 199512 1 002"),
    "dinsos": ("Ridwan Tassa, S.Sos., M.Si", "19690823 199203 1 007"),
    "dishub": ("Ir. Hotmarulitua Manalu, M.T.", "19741230 200012 1 003"),
    "dlh": ("Suwarso, S.T., M.M.", "19750610 200212 1 005"),
}


# ---------------------------------------------------------------- PDF (reportlab)
def setup_reportlab():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", f"{FONT_DIR}/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", f"{FONT_DIR}/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", f"{FONT_DIR}/DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSI", f"{FONT_DIR}/DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", f"{FONT_DIR}/DejaVuSans-Oblique.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
    registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVSI", boldItalic="DVSB")


def pdf_doc(path, story, landscape_=True, footer=""):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate
    size = landscape(A4) if landscape_ else A4

    def on_page(c, doc):
        c.setFont("DV", 7)
        c.drawRightString(size[0] - 1.5 * cm, 0.9 * cm, f"Halaman {doc.page}")
        c.drawString(1.5 * cm, 0.9 * cm, footer)

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.3 * cm,
                            bottomMargin=1.5 * cm, invariant=1, title=os.path.basename(path), author="Pemerintah Kota Samarinda")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def styles():
    from reportlab.lib.styles import ParagraphStyle
    return dict(
        title=ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14, alignment=1),
        sub=ParagraphStyle("s", fontName="DV", fontSize=9, leading=12, alignment=1),
        cell=ParagraphStyle("c", fontName="DV", fontSize=7, leading=8.6),
        cellb=ParagraphStyle("cb", fontName="DVB", fontSize=7, leading=8.6),
        body=ParagraphStyle("b", fontName="DVS", fontSize=10, leading=14.5, alignment=4, spaceAfter=6),
        h=ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=15, spaceBefore=4, spaceAfter=6),
        small=ParagraphStyle("sm", fontName="DV", fontSize=7.5, leading=9.5),
    )


def pdf_table_doc(d):
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    st = styles()
    opd = OPD[d["opd"]]
    plan = d["kind"] == "plan"
    story = []
    if plan:
        title = f"PERJANJIAN KINERJA TAHUN {d['year']}"
        subt = f"{opd.upper()}<br/>Lampiran: Sasaran, Indikator Kinerja dan Target"
    else:
        title = f"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN {d['year']}"
        subt = f"{opd.upper()}<br/>Lampiran III &ndash; Pengukuran Capaian Kinerja dan Realisasi Anggaran"
    pages = pages_of(d)
    for pi, rows in enumerate(pages):
        if pi:
            story.append(PageBreak())
        story.append(Paragraph(title, st["title"]))
        story.append(Paragraph(subt + ("" if pi == 0 else " (lanjutan)"), st["sub"]))
        story.append(Spacer(1, 0.3 * cm))
        if plan:
            head = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", f"Target {d['year']}", "Ket."]
            widths = [1 * cm, 9 * cm, 9 * cm, 3 * cm, 2.6 * cm, 2 * cm]
        else:
            head = ["No", "Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
                    "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
            widths = [0.8 * cm, 4.8 * cm, 6.0 * cm, 2.0 * cm, 2.1 * cm, 2.1 * cm, 1.6 * cm, 2.6 * cm, 2.6 * cm, 1.6 * cm]
        data = [[Paragraph(h, st["cellb"]) for h in head]]
        span_rows = []
        last_prog = None
        n0 = sum(len(p) for p in pages[:pi])
        for i, r in enumerate(rows):
            if r["programme"] != last_prog and r["programme"]:
                data.append([Paragraph(f"<b>{r['programme']}</b>", st["cell"])] + [""] * (len(head) - 1))
                span_rows.append(len(data) - 1)
                last_prog = r["programme"]
            no = str(n0 + i + 1)
            if plan:
                data.append([no, Paragraph(f"Keg.: {r['kegiatan']}<br/>Sub Keg.: {r['sub_kegiatan']}", st["cell"]),
                             Paragraph(r["indicator"], st["cell"]), Paragraph(r["unit"], st["cell"]),
                             fval(r["target"], r["unit"]), ""])
            else:
                data.append([no, Paragraph(r["sub_kegiatan"], st["cell"]), Paragraph(r["indicator"] + (" (*)" if r["lib"] else ""), st["cell"]),
                             Paragraph(r["unit"], st["cell"]), fnum(r["target"]), fnum(r["realisation"]),
                             fnum(r["ach"], 2) if r["ach"] is not None else "-", fnum(r["pagu"]) if r["pagu"] else "-",
                             fnum(r["real"]) if r["real"] else "-", fnum(r["abs"], 2) if r["abs"] is not None else "-"])
        t = Table(data, colWidths=widths, repeatRows=1)
        ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, -1), "DV", 7),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("ALIGN", (4, 1), (-1, -1), "RIGHT")]
        for sr in span_rows:
            ts += [("SPAN", (0, sr), (-1, sr)), ("BACKGROUND", (0, sr), (-1, sr), colors.HexColor("#f2f2f2"))]
        t.setStyle(TableStyle(ts))
        story.append(t)
        if pi == len(pages) - 1:
            story.append(Spacer(1, 0.4 * cm))
            if not plan:
                story.append(Paragraph("Keterangan: capaian indikator bertanda (*) dihitung dengan rumus target/realisasi &times; 100% "
                                       "karena semakin kecil realisasi semakin baik. Sumber: SIPD dan data bidang, diolah.", st["small"]))
            nm, nip = SIGN[d["opd"]]
            story.append(Spacer(1, 0.4 * cm))
            story.append(Paragraph(f"Samarinda, {'2 Januari' if plan else '27 Februari'} {d['year'] + (0 if plan else 1)}<br/>"
                                   f"Kepala {opd.replace(' Kota Samarinda', '')},<br/><br/><br/><u>{nm}</u><br/>NIP. {nip}", st["small"]))
    # mark lower-is-better with (*) in indicator cell: done by appending to indicator string in data
    pdf_doc(os.path.join(DOCS, d["file"]), story, footer=f"{opd} - {'PK' if plan else 'LKjIP'} {d['year']}")


PROSE_TPL_HIGH = [
    "Indikator {ind} pada tahun {y} ditargetkan sebesar {t}{u}, dengan realisasi sebesar {r}{u}, sehingga capaian kinerjanya {a}%.",
    "Realisasi {ind} tahun {y} sebesar {r}{u} dari target {t}{u}, atau capaian sebesar {a}%.",
    "Untuk indikator {ind}, dari target {t}{u} terealisasi {r}{u} (capaian {a}%).",
]
PROSE_TPL_LOW = [
    "Indikator {ind} merupakan indikator dengan polaritas negatif (semakin kecil semakin baik). Target tahun {y} sebesar {t}{u}, realisasi {r}{u}, sehingga capaian dihitung target dibagi realisasi yaitu {a}%.",
    "{ind} tahun {y} tercatat {r}{u} terhadap target {t}{u}; karena semakin rendah semakin baik, capaian kinerja sebesar {a}%.",
]


def unit_suffix(u):
    if u == "%":
        return "%"
    if u == "Rp":
        return ""
    return " " + u


def prose_val(v, u):
    if u == "Rp":
        return frp(v)
    return fnum(v)


def pdf_prose_doc(d):
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, Spacer
    st = styles()
    opd = OPD[d["opd"]]
    story = []
    pages = pages_of(d)
    prng = random.Random(SEED + len(d["file"]))
    for pi, rows in enumerate(pages):
        if pi:
            story.append(PageBreak())
        if pi == 0:
            story.append(Paragraph(f"LAPORAN KINERJA INSTANSI PEMERINTAH<br/>{opd.upper()}<br/>TAHUN {d['year']}", st["title"]))
            story.append(Spacer(1, 0.4 * cm))
            story.append(Paragraph("BAB III &nbsp; AKUNTABILITAS KINERJA", st["h"]))
            story.append(Paragraph("3.1 Capaian Kinerja Organisasi", st["h"]))
            story.append(Paragraph(f"Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator sebagaimana "
                                   f"tertuang dalam Perjanjian Kinerja Tahun {d['year']}. Uraian capaian per indikator disajikan "
                                   "sebagai berikut.", st["body"]))
        else:
            story.append(Paragraph(f"<i>(lanjutan) Capaian Kinerja Tahun {d['year']}</i>", st["small"]))
            story.append(Spacer(1, 0.3 * cm))
        last_prog = None
        for r in rows:
            if r["programme"] != last_prog:
                story.append(Paragraph(f"<b>{r['programme']}</b>", st["body"]))
                last_prog = r["programme"]
            u = unit_suffix(r["unit"])
            tv, rv = prose_val(r["target"], r["unit"]), prose_val(r["realisation"], r["unit"])
            if r["target"] is None:
                s = (f"Pada sub kegiatan {r['sub_kegiatan']}, capaian output {r['indicator']} tahun {d['year']} sebesar {rv}{u}. "
                     "Kegiatan ini dilaksanakan untuk mendukung kebutuhan lapangan dan belum tercantum dalam dokumen perencanaan kinerja.")
            else:
                tpl = prng.choice(PROSE_TPL_LOW if r["lib"] else PROSE_TPL_HIGH)
                s = tpl.format(ind=r["indicator"], y=d["year"], t=tv, r=rv, u=u, a=fnum(r["ach"], 2))
                if r["note"]:
                    s += (f" Target indikator ini disesuaikan dari {fnum(55)} km menjadi {tv} km melalui Perubahan Renja Tahun {d['year']} "
                          f"seiring penambahan anggaran pada APBD Perubahan {d['year']}.")
            story.append(Paragraph(s, st["body"]))
            if r["pagu"]:
                story.append(Paragraph(
                    f"Dari sisi anggaran, sub kegiatan {r['sub_kegiatan']} memperoleh pagu sebesar {frp(r['pagu'])} dengan realisasi "
                    f"{frp(r['real'])} atau tingkat serapan {fpct(r['abs'], 2)}.", st["body"]))
        if pi == len(pages) - 1:
            nm, nip = SIGN[d["opd"]]
            story.append(Spacer(1, 0.6 * cm))
            story.append(Paragraph(f"Samarinda, 26 Februari {d['year'] + 1}<br/>Kepala {opd.replace(' Kota Samarinda', '')}<br/><br/><br/>"
                                   f"<u>{nm}</u><br/>NIP. {nip}", st["small"]))
    pdf_doc(os.path.join(DOCS, d["file"]), story, landscape_=False, footer=f"LKjIP {opd} {d['year']}")


# ---------------------------------------------------------------- DOCX
def docx_doc(d):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.6))
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(7)
    opd = OPD[d["opd"]]
    plan = d["kind"] == "plan"
    pages = pages_of(d)
    for pi, rows in enumerate(pages):
        if pi:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = doc.add_paragraph()
        p.alignment = 1
        if plan:
            run = p.add_run(f"PERJANJIAN KINERJA TAHUN {d['year']}\n{opd.upper()}")
        else:
            run = p.add_run(f"LAPORAN KINERJA (LKjIP) TAHUN {d['year']}\n{opd.upper()}\nTabel 3.{pi + 1} Capaian Indikator Kinerja dan Realisasi Anggaran")
        run.bold = True
        run.font.size = Pt(10)
        if plan:
            head = ["No.", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target"]
        else:
            head = ["No.", "Program / Kegiatan", "Sub Kegiatan", "Indikator", "Satuan", "Target", "Realisasi", "Capaian",
                    "Pagu Anggaran", "Realisasi Anggaran", "% Serapan"]
        tbl = doc.add_table(rows=1, cols=len(head))
        tbl.style = "Table Grid"
        tbl.autofit = False
        colw = [0.9, 4.5, 5.5, 4.5, 6.5, 2.0, 2.0] if plan else [0.8, 4.6, 3.4, 4.0, 1.5, 1.6, 1.6, 1.7, 2.4, 2.4, 1.6]
        for c, h in zip(tbl.rows[0].cells, head):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        n0 = sum(len(pp) for pp in pages[:pi])
        for i, r in enumerate(rows):
            cells = tbl.add_row().cells
            vals = []
            if plan:
                vals = [f"{n0 + i + 1}.", r["programme"] or "-", r["kegiatan"] or "-", r["sub_kegiatan"] or "-", r["indicator"],
                        r["unit"], fval(r["target"], r["unit"])]
            else:
                vals = [f"{n0 + i + 1}.", f"{r['programme']}\n- {r['kegiatan']}", r["sub_kegiatan"], r["indicator"], r["unit"],
                        fval(r["target"], r["unit"]), fval(r["realisation"], r["unit"]),
                        fpct(r["ach"], 2, " ") if r["ach"] is not None else "-", frp(r["pagu"]), frp(r["real"]),
                        fpct(r["abs"], 2, " ") if r["abs"] is not None else "-"]
            for c, v in zip(cells, vals):
                c.text = v
        for row in tbl.rows:
            for c, w in zip(row.cells, colw):
                c.width = Cm(w)
        if pi == len(pages) - 1:
            doc.add_paragraph("")
            nm, nip = SIGN[d["opd"]]
            if plan:
                doc.add_paragraph(f"Samarinda, 3 Januari {d['year']}\nPihak Kedua: Wali Kota Samarinda\t\t\tPihak Pertama: Kepala {opd.replace(' Kota Samarinda', '')}\n\n\n"
                                  f"Dr. H. Andi Harun, S.T., S.H., M.Si.\t\t\t{nm}\n\t\t\t\t\t\t\tNIP. {nip}")
            else:
                doc.add_paragraph("Catatan: capaian indikator dengan polaritas negatif (semakin kecil semakin baik) dihitung target/realisasi x 100%.")
                doc.add_paragraph(f"Samarinda, 25 Februari {d['year'] + 1}\nKepala {opd.replace(' Kota Samarinda', '')}\n\n\n{nm}\nNIP. {nip}")
    doc.core_properties.author = "Subbag Perencanaan"
    import datetime
    doc.core_properties.created = datetime.datetime(2026, 2, 1)
    doc.core_properties.modified = datetime.datetime(2026, 2, 1)
    doc.core_properties.last_modified_by = "Subbag Perencanaan"
    doc.save(os.path.join(DOCS, d["file"]))


# ---------------------------------------------------------------- XLSX
def xlsx_doc(d):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    opd = OPD[d["opd"]]
    plan = d["kind"] == "plan"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    text_numbers = d["opd"] == "dinkes"  # this workbook was typed with numbers as text ("87,25")
    if d["opd"] == "dlh":
        groups = [("Sasaran Strategis", [r for r in d["resolved"] if r["programme"] is None]),
                  ("Program-Kegiatan", [r for r in d["resolved"] if r["programme"] is not None])]
    else:
        groups = [(("Renja " + str(d["year"])) if plan else "Capaian TW IV", d["resolved"])]
    for gi, (sname, rows) in enumerate(groups):
        ws = wb.active if gi == 0 else wb.create_sheet()
        ws.title = sname
        if plan:
            title = f"RENCANA KERJA (RENJA) {opd.upper()} TAHUN {d['year']}"
            head = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Pagu Indikatif (Rp)", "Lokasi"]
        elif d["opd"] == "dinkes":
            title = f"REKAP CAPAIAN KINERJA TRIWULAN IV (s.d. DESEMBER) TAHUN {d['year']} - {opd.upper()}"
            head = ["No", "Program", "Sub Kegiatan", "Indikator", "Satuan", "Target 2025", "Realisasi s.d. TW IV", "Capaian (%)"]
        else:
            title = f"PENGUKURAN KINERJA {opd.upper()} TAHUN {d['year']} ({sname.upper()})"
            if gi == 0:
                head = ["No", "Sasaran / Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)", "Ket."]
            else:
                head = ["No", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Output", "Satuan", "Target", "Realisasi",
                        "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
        ws.cell(1, 1, title).font = Font(bold=True, size=12)
        ws.cell(2, 1, "Sumber: SIPD RI / data bidang (diolah)" if not plan else "Sumber: SIPD, Renja Perangkat Daerah (final)")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
        for c, h in enumerate(head, 1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        rr = 5
        last_prog = None
        for i, r in enumerate(rows):
            if plan:
                if r["programme"] != last_prog:
                    ws.cell(rr, 1, f"1.03.{i + 2:02d}" if d["opd"] == "pupr" else f"1.06.{i + 2:02d}")
                    ws.cell(rr, 2, r["programme"]).font = Font(bold=True)
                    rr += 1
                    last_prog = r["programme"]
                vals = [f"{'1.03' if d['opd'] == 'pupr' else '1.06'}.{i + 2:02d}.2.{i + 1:02d}.{i + 3:04d}",
                        f"{r['kegiatan']} / {r['sub_kegiatan']}", r["indicator"], r["unit"], r["target"], r["pagu"],
                        "Kota Samarinda"]
            elif d["opd"] == "dinkes":
                vals = [i + 1, r["programme"], r["sub_kegiatan"], r["indicator"], r["unit"],
                        fnum(r["target"]), fnum(r["realisation"]), fnum(r["ach"], 2)]
            elif gi == 0:
                vals = [i + 1, r["indicator"], r["unit"], r["target"], r["realisation"], r["ach"],
                        "semakin kecil semakin baik" if r["lib"] else ""]
            else:
                vals = [i + 1, r["programme"], r["kegiatan"], r["sub_kegiatan"], r["indicator"], r["unit"], r["target"],
                        r["realisation"], r["ach"], r["pagu"], r["real"], r["abs"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(rr, c, "-" if v is None else v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if v >= 100000:
                        cell.number_format = "#,##0"
                    elif isinstance(v, float):
                        cell.number_format = "0.00"
            rr += 1
        rr += 1
        nm, nip = SIGN[d["opd"]]
        ws.cell(rr, len(head) - 1, f"Samarinda, {'15 Januari' if not plan else '30 September'} {d['year'] + (1 if not plan else -1)}")
        ws.cell(rr + 4, len(head) - 1, nm)
        ws.cell(rr + 5, len(head) - 1, f"NIP. {nip}")
        for col, w in zip("ABCDEFGHIJKL", [6, 40, 40, 40, 30, 10, 12, 12, 12, 16, 16, 10]):
            ws.column_dimensions[col].width = w
    wb.properties.creator = "operator SIPD"
    wb.properties.created = datetime.datetime(2026, 1, 15)
    wb.properties.modified = datetime.datetime(2026, 1, 15)
    wb.save(os.path.join(DOCS, d["file"]))


# ---------------------------------------------------------------- SCANS (PIL)
def font(sz, bold=False, serif=False):
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(os.path.join(FONT_DIR, name), sz)


def wrap(draw, text, fnt, width):
    words = str(text).split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=fnt) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def scan_page(d, rows, pi, npages, n0, dpi=200):
    W, H = int(11.69 * dpi), int(8.27 * dpi)  # landscape A4
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    opd = OPD[d["opd"]]
    plan = d["kind"] == "plan"
    s = dpi / 200
    ft = font(int(30 * s), True, True)
    fb = font(int(22 * s), True)
    fc = font(int(22 * s))
    lines_txt = []
    y = int(90 * s)
    if d["doc_type"] == "pk":
        titles = [f"PERJANJIAN KINERJA TAHUN {d['year']}", opd.upper(), "Sasaran Strategis, Indikator Kinerja dan Target"]
    elif d["doc_type"] == "realisasi":
        titles = [f"LAPORAN REALISASI FISIK DAN KEUANGAN s.d. DESEMBER {d['year']}", opd.upper(), "(Bahan Evaluasi Renja - Triwulan IV)"]
    else:
        titles = [f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {d['year']}", opd.upper(), "Tabel Pengukuran Kinerja dan Anggaran"]
    for t in titles:
        tw = dr.textlength(t, font=ft)
        dr.text(((W - tw) / 2, y), t, font=ft, fill=20)
        lines_txt.append(t)
        y += int(42 * s)
    y += int(20 * s)
    if plan:
        head = ["No", "Program / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target"]
        widths = [60, 820, 860, 240, 200]
    else:
        head = ["No", "Sub Kegiatan", "Indikator", "Satuan", "Target", "Realisasi", "Capaian %", "Pagu (Rp)", "Realisasi (Rp)", "Serapan %"]
        widths = [50, 380, 500, 150, 130, 140, 130, 260, 260, 120]
    widths = [int(w * s) for w in widths]
    x0 = int((W - sum(widths)) / 2)
    pad = int(8 * s)
    lh = int(28 * s)

    def row_lines(vals, fnt):
        return [wrap(dr, v, fnt, w - 2 * pad) for v, w in zip(vals, widths)]

    def draw_row(vals, fnt, y, shade=None):
        ls = row_lines(vals, fnt)
        h = max(len(x) for x in ls) * lh + 2 * pad
        x = x0
        if shade is not None:
            dr.rectangle([x0, y, x0 + sum(widths), y + h], fill=shade)
        for li, w, v in zip(ls, widths, vals):
            dr.rectangle([x, y, x + w, y + h], outline=30, width=max(1, int(2 * s)))
            for k, line in enumerate(li):
                dr.text((x + pad, y + pad + k * lh), line, font=fnt, fill=15)
            x += w
        lines_txt.append(" | ".join(vals))
        return y + h

    y = draw_row(head, fb, y, shade=225)
    for i, r in enumerate(rows):
        if plan:
            vals = [str(n0 + i + 1), f"{r['programme']} - {r['sub_kegiatan']}", r["indicator"], r["unit"], fval(r["target"], r["unit"])]
        else:
            vals = [str(n0 + i + 1), r["sub_kegiatan"], r["indicator"] + (" (*)" if r["lib"] else ""), r["unit"],
                    fval(r["target"], r["unit"]), fval(r["realisation"], r["unit"]),
                    fnum(r["ach"], 2) if r["ach"] is not None else "-", fnum(r["pagu"]) if r["pagu"] else "-",
                    fnum(r["real"]) if r["real"] else "-", fnum(r["abs"], 2) if r["abs"] is not None else "-"]
        y = draw_row(vals, fc, y)
    y += int(20 * s)
    fs = font(int(17 * s))
    foot = []
    if not plan:
        foot.append("(*) indikator dengan polaritas negatif: capaian = target / realisasi x 100%")
    if pi == npages - 1:
        nm, nip = SIGN[d["opd"]]
        foot += [f"Samarinda, {'6 Januari' if plan else '20 Februari'} {d['year'] + (0 if plan else 1)}",
                 f"Kepala {opd.replace(' Kota Samarinda', '')}", "", "", nm, f"NIP. {nip}"]
    for k, t in enumerate(foot):
        xx = x0 if k == 0 and not plan else int(W * 0.66)
        dr.text((xx, y + k * int(26 * s)), t, font=fs, fill=25)
        lines_txt.append(t)
    pg = f"- {pi + 1} -"
    dr.text((W / 2 - 20 * s, H - 60 * s), pg, font=fs, fill=40)
    if pi == npages - 1 and d["doc_type"] in ("pk", "lkjip"):
        # faint stamp
        cx, cy, rad = int(W * 0.62), y + int(110 * s), int(85 * s)
        dr.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], outline=120, width=int(4 * s))
        dr.text((cx - 60 * s, cy - 10 * s), "CAP DINAS", font=fs, fill=120)
    return img, lines_txt


def degrade(img, seed, angle):
    r = np.random.RandomState(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    a = np.asarray(img).astype(np.float32)
    a += r.normal(0, 9, a.shape)
    # uneven lighting
    gx = np.linspace(0, 1, a.shape[1])[None, :]
    a -= 12 * gx
    # speckles
    m = r.random_sample(a.shape) < 0.0008
    a[m] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))


def scan_doc(d):
    pages = pages_of(d)
    imgs, texts = [], []
    n0 = 0
    for pi, rows in enumerate(pages):
        img, lines = scan_page(d, rows, pi, len(pages), n0)
        n0 += len(rows)
        seed = SEED + pi + len(d["file"])
        img = degrade(img, seed, angle=[0.8, -1.1, 0.5, -0.6][(pi + len(d["file"])) % 4])
        imgs.append(img)
        texts.append(lines)
    out = os.path.join(DOCS, d["file"])
    if out.endswith(".pdf"):
        import calendar
        import time
        fixed = time.gmtime(calendar.timegm((2026, 2, 20, 9, 14, 0, 0, 0, 0)))
        imgs[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed,
                     producer="Canon iR-ADV C5535 Scan", creator="Canon iR-ADV C5535 Scan")
    else:
        imgs[0].convert("RGB").save(out, "JPEG", quality=78, dpi=(200, 200))
    os.makedirs(TRUTH, exist_ok=True)
    for pi, lines in enumerate(texts):
        with open(os.path.join(TRUTH, f"{d['file']}.p{pi + 1}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- findings (computed from rows; must equal PLANTED)
def compute_findings(docs):
    tol = 0.5
    found = {}

    def add(typ, opd, year, key, ind, cites):
        k = (typ, opd, year, key)
        f = found.setdefault(k, dict(type=typ, opd=OPD[opd], fiscal_year=year, indicator=ind, citations=[]))
        for c in cites:
            if c not in f["citations"]:
                f["citations"].append(c)

    rows_by = {}
    for d in docs:
        pages = pages_of(d)
        for pi, rows in enumerate(pages):
            for r in rows:
                page = pi + 1
                if d["layout"] == "xlsx" and d["opd"] == "dlh":
                    page = 1 if r["programme"] is None else 2
                cite = dict(file=d["file"], page=page)
                rows_by.setdefault((d["opd"], d["year"], r["key"]), []).append((d, r, cite))
                if r["ach"] is not None and r["target"] is not None and r["realisation"] is not None:
                    exp = ach(r["target"], r["realisation"], r["lib"])
                    if abs(exp - r["ach"]) > tol:
                        add("ACHIEVEMENT_MISMATCH", d["opd"], d["year"], r["key"], r["indicator"], [cite])
                if r["real"] is not None and (r["real"] > r["pagu"] or (r["abs"] or 0) > 100):
                    add("ABSORPTION_OVER_100", d["opd"], d["year"], r["key"], r["indicator"], [cite])
                if r["abs"] is not None:
                    assert abs(r["abs"] - r["real"] / r["pagu"] * 100) < 0.01
    for (opd, year, key), lst in rows_by.items():
        ind = lst[0][1]["indicator"]
        plans = [x for x in lst if x[0]["kind"] == "plan"]
        reps = [x for x in lst if x[0]["kind"] == "report"]
        if any(x[1]["realisation"] is not None for x in reps) and all(x[1]["target"] is None for x in lst):
            add("REALISATION_WITHOUT_TARGET", opd, year, key, ind, [x[2] for x in reps])
        for p in plans:
            for rp in reps:
                if rp[1]["target"] is not None and p[1]["target"] != rp[1]["target"] and not rp[1]["note"]:
                    add("TARGET_CHANGED", opd, year, key, ind, [p[2], rp[2]])
        for group in (plans, reps):
            for i in range(len(group)):
                for j in range(i + 1, len(group)):
                    a, b = group[i][1], group[j][1]
                    if a["target"] != b["target"] or a["realisation"] != b["realisation"]:
                        add("CROSS_DOCUMENT_CONFLICT", opd, year, key, ind, [group[i][2], group[j][2]])
    return found


def normalize_zip(path):
    """Fixed zip timestamps and document dates so that reruns are byte-identical."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-15T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def stated_hierarchy(d, r):
    """Programme / kegiatan / sub kegiatan as the document itself states them (null when not printed)."""
    p, k, s = r["programme"], r["kegiatan"], r["sub_kegiatan"]
    lay, plan = d["layout"], d["kind"] == "plan"
    if lay == "pdf_table" and not plan:
        k = None
    elif lay == "pdf_prose":
        k = None
        if not (r["pagu"] or r["target"] is None):
            s = None
    elif lay == "xlsx" and d["opd"] == "dinkes":
        k = None
    elif lay == "scan":
        k = None
        if not plan:
            p = None
    return p, k, s


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    if os.path.isdir(TRUTH):
        shutil.rmtree(TRUTH)
    os.makedirs(DOCS)
    setup_reportlab()
    docs = build_rows()
    for d in docs:
        # lower-is-better marker in table PDFs
        {"pdf_table": pdf_table_doc, "pdf_prose": pdf_prose_doc, "docx_table": docx_doc, "xlsx": xlsx_doc,
         "scan": scan_doc}[d["layout"]](d)
    for d in docs:
        if d["file"].endswith((".docx", ".xlsx")):
            normalize_zip(os.path.join(DOCS, d["file"]))
    found = compute_findings(docs)
    got = {(k[0], k[1], k[2], k[3]) for k in found}
    want = {(t, o, y, k) for t, lst in PLANTED.items() for (o, y, k) in lst}
    assert got == want, (sorted(got - want), sorted(want - got))

    labels = dict(documents=[], indicators=[], findings=[])
    for d in docs:
        pages = pages_of(d)
        npages = len(pages)
        if d["layout"] == "xlsx":
            npages = 2 if d["opd"] == "dlh" else 1
        labels["documents"].append(dict(file=d["file"], opd=OPD[d["opd"]], fiscal_year=d["year"], layout=d["layout"],
                                        pages=npages, doc_type=d["doc_type"]))
        for pi, rows in enumerate(pages):
            for r in rows:
                page = pi + 1
                if d["layout"] == "xlsx" and d["opd"] == "dlh":
                    page = 1 if r["programme"] is None else 2
                prog, keg, sub = stated_hierarchy(d, r)
                labels["indicators"].append(dict(
                    file=d["file"], page=page, opd=OPD[d["opd"]], fiscal_year=d["year"], programme=prog,
                    kegiatan=keg, sub_kegiatan=sub, indicator=r["indicator"], unit=r["unit"],
                    target=r["target"], realisation=r["realisation"], achievement_pct=r["ach"], lower_is_better=r["lib"],
                    pagu=r["pagu"], budget_realisation=r["real"], absorption_pct=r["abs"]))
    order = ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100", "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]
    for k in sorted(found, key=lambda k: (order.index(k[0]), k[1], k[2], k[3])):
        labels["findings"].append(found[k])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("docs", len(labels["documents"]), "indicators", len(labels["indicators"]), "findings", len(labels["findings"]))


if __name__ == "__main__":
    main()
