#!/usr/bin/env python3
"""Generate the kinerja4 blind set (OPD performance reports, Kota Samarinda).

Deterministic: run with the scratch venv (reportlab, openpyxl, python-docx, pillow, numpy).
    /work/scratch/kinerja4/bin/python generate.py
Writes docs/, labels.json and verify_aux/ (plain-text transcripts of the scanned pages,
used only by verify.py).
"""
import json, os, random, math, zipfile
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
AUX = os.path.join(HERE, "verify_aux")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))

# ----------------------------------------------------------------------------- helpers

def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def ach(t, r, lib):
    if t is None or r is None:
        return None
    return r2((t / r if lib else r / t) * 100)


def fnum(v, dec=None):
    """Indonesian number format: 1.250 / 87,25 / 2.450.000.000"""
    if v is None:
        return "-"
    if dec is None:
        if float(v).is_integer():
            dec = 0
        else:
            s = repr(float(v))
            dec = min(2, len(s.split(".")[1]))
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fpct(v):
    return "-" if v is None else fnum(v, 2)


def frp(v):
    return "-" if v is None else "Rp " + fnum(v, 0)


# ----------------------------------------------------------------------------- master data
# key: (indicator name, unit, lower_is_better, programme, kegiatan, sub_kegiatan)

OPD = {
    "dinkes": "Dinas Kesehatan Kota Samarinda",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda",
    "disdik": "Dinas Pendidikan dan Kebudayaan Kota Samarinda",
    "bapp": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Samarinda",
    "dinsos": "Dinas Sosial Kota Samarinda",
    "dishub": "Dinas Perhubungan Kota Samarinda",
    "kec": "Kecamatan Samarinda Ulu",
}

P_KES1 = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"
P_KES2 = "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"
P_KES3 = "Program Pemberdayaan Masyarakat Bidang Kesehatan"
P_PEN = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
K_KES_A = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
K_KES_B = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"

IND = {
    # ---- Dinkes
    "k1": ("Angka Kematian Ibu", "per 100.000 KH", True, P_KES1, None, None),
    "k2": ("Angka Kematian Bayi", "per 1.000 KH", True, P_KES1, None, None),
    "k3": ("Prevalensi Balita Stunting", "%", True, P_KES1, None, None),
    "k4": ("Cakupan Imunisasi Dasar Lengkap", "%", False, P_KES1, None, None),
    "k5": ("Persentase Penduduk yang Memiliki Jaminan Kesehatan", "%", False, P_KES1,
           K_KES_B, "Pengelolaan Jaminan Kesehatan Masyarakat"),
    "k6": ("Cakupan Penemuan dan Pengobatan Kasus TBC", "%", False, P_KES1, None, None),
    "k7": ("Persentase Puskesmas Terakreditasi Paripurna", "%", False, P_KES1,
           K_KES_B, "Peningkatan Mutu Pelayanan Fasilitas Kesehatan"),
    "k8": ("Rasio Dokter per 100.000 Penduduk", "rasio", False, P_KES2, None, None),
    "k9": ("Persentase Rumah Tangga Ber-PHBS", "%", False, P_KES3,
           "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota",
           "Penyelenggaraan Promosi Kesehatan dan Perilaku Hidup Bersih dan Sehat"),
    "k10": ("Angka Kesakitan Demam Berdarah Dengue (IR DBD)", "per 100.000 penduduk", True, P_KES1, None, None),
    "k11": ("Jumlah Posyandu Aktif", "posyandu", False, P_KES3,
            "Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota",
            "Bimbingan Teknis dan Supervisi Pengembangan dan Pelaksanaan UKBM"),
    "k12": ("Nilai SAKIP Perangkat Daerah", "nilai", False, P_PEN, None, None),
    "k13": ("Jumlah Kelurahan ODF (Open Defecation Free)", "kelurahan", False, P_KES1, None, None),
    "k14": ("Jumlah Kader Kesehatan Terlatih", "orang", False, P_KES3, None, None),
    "k15": ("Persentase Ibu Hamil yang Mendapatkan Pelayanan Antenatal (K6)", "%", False, P_KES1, None, None),
    "d1": ("Jumlah Puskesmas yang Mendapatkan Pemeliharaan Sarana dan Prasarana", "unit", False, P_KES1,
           K_KES_A, "Pemeliharaan Sarana Fasilitas Pelayanan Kesehatan"),
    "d2": ("Jumlah Tenaga Kesehatan yang Ditingkatkan Kompetensinya", "orang", False, P_KES2,
           "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
           "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan"),
    "d3": ("Jumlah Dokumen Perencanaan dan Evaluasi Kinerja Perangkat Daerah", "dokumen", False, P_PEN,
           "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
           "Evaluasi Kinerja Perangkat Daerah"),
    "d4": ("Jumlah Sampel Air Minum yang Diperiksa Kualitasnya", "sampel", False, P_KES1,
           K_KES_B, "Penyelenggaraan Kabupaten/Kota Sehat"),
    "d5": ("Jumlah Orang Terduga TBC yang Mendapatkan Pelayanan Sesuai Standar", "orang", False, P_KES1,
           K_KES_B, "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis"),
    # ---- PUPR
    "u1": ("Persentase Jalan Kota dalam Kondisi Mantap", "%", False, "Program Penyelenggaraan Jalan", None, None),
    "u2": ("Persentase Jalan Kota dalam Kondisi Rusak Berat", "%", True, "Program Penyelenggaraan Jalan", None, None),
    "u3": ("Luas Kawasan Tergenang", "ha", True, "Program Pengelolaan dan Pengembangan Sistem Drainase", None, None),
    "u4": ("Rata-rata Waktu Surut Genangan", "jam", True, "Program Pengelolaan dan Pengembangan Sistem Drainase", None, None),
    "u5": ("Persentase Saluran Drainase Primer dan Sekunder dalam Kondisi Baik", "%", False,
           "Program Pengelolaan dan Pengembangan Sistem Drainase", None, None),
    "u6": ("Cakupan Layanan Air Minum Perpipaan", "%", False, "Program Pengelolaan dan Pengembangan Sistem Air Minum", None, None),
    "u7": ("Persentase Bangunan Gedung yang Memiliki PBG", "%", False, "Program Penataan Bangunan Gedung", None, None),
    "u8": ("Persentase Kesesuaian Pemanfaatan Ruang", "%", False, "Program Penyelenggaraan Penataan Ruang", None, None),
    "u9": ("Panjang Jalan yang Direhabilitasi", "km", False, "Program Penyelenggaraan Jalan",
           "Penyelenggaraan Jalan Kabupaten/Kota", "Rehabilitasi Jalan"),
    "u10": ("Panjang Saluran Drainase yang Dibangun/Direhabilitasi", "m", False,
            "Program Pengelolaan dan Pengembangan Sistem Drainase",
            "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
            "Pembangunan Sistem Drainase Perkotaan"),
    "u11": ("Jumlah Jembatan yang Direhabilitasi", "unit", False, "Program Penyelenggaraan Jalan",
            "Penyelenggaraan Jalan Kabupaten/Kota", "Rehabilitasi Jembatan"),
    "u12": ("Jumlah Dokumen Rencana Detail Tata Ruang (RDTR) yang Disusun", "dokumen", False,
            "Program Penyelenggaraan Penataan Ruang", "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota",
            "Penyusunan Rencana Detail Tata Ruang (RDTR) Kabupaten/Kota"),
    "u13": ("Jumlah Titik Penanganan Longsor", "lokasi", False, "Program Penyelenggaraan Jalan",
            "Penyelenggaraan Jalan Kabupaten/Kota", "Penanganan Longsoran"),
    "u14": ("Panjang Jaringan Pipa Distribusi Air Minum yang Dibangun", "m", False,
            "Program Pengelolaan dan Pengembangan Sistem Air Minum",
            "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
            "Perluasan SPAM Jaringan Perpipaan"),
    "u15": ("Jumlah Paket Pemeliharaan Rutin Jalan", "paket", False, "Program Penyelenggaraan Jalan",
            "Penyelenggaraan Jalan Kabupaten/Kota", "Pemeliharaan Rutin Jalan"),
    "u16": ("Panjang Sungai yang Dinormalisasi", "m", False, "Program Pengelolaan Sumber Daya Air (SDA)",
            "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
            "Normalisasi/Restorasi Sungai"),
    "u17": ("Jumlah Dokumen Perencanaan Teknis (DED) Drainase", "dokumen", False,
            "Program Pengelolaan dan Pengembangan Sistem Drainase",
            "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
            "Penyusunan Rencana Teknis dan Dokumen Lingkungan Hidup untuk Konstruksi Sistem Drainase"),
    "u18": ("Jumlah Sambungan Rumah (SR) Air Minum Baru", "SR", False,
            "Program Pengelolaan dan Pengembangan Sistem Air Minum",
            "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
            "Pembangunan Sambungan Rumah (SR) Air Minum"),
    "u19": ("Jumlah Bangunan Gedung yang Diperiksa Kelaikan Fungsinya", "unit", False, "Program Penataan Bangunan Gedung",
            "Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kabupaten/Kota",
            "Pemeriksaan Kelaikan Fungsi Bangunan Gedung"),
    "u20": ("Jumlah Laporan Keuangan dan Administrasi yang Disusun", "laporan", False, P_PEN,
            "Administrasi Keuangan Perangkat Daerah", "Penyusunan Laporan Keuangan Akhir Tahun SKPD"),
    # ---- Disdikbud
    "e1": ("Angka Partisipasi Murni (APM) SD/MI", "%", False, "Program Pengelolaan Pendidikan", None, None),
    "e2": ("Angka Partisipasi Murni (APM) SMP/MTs", "%", False, "Program Pengelolaan Pendidikan", None, None),
    "e3": ("Angka Putus Sekolah SD", "%", True, "Program Pengelolaan Pendidikan", None, None),
    "e4": ("Angka Putus Sekolah SMP", "%", True, "Program Pengelolaan Pendidikan", None, None),
    "e5": ("Angka Partisipasi Kasar (APK) PAUD", "%", False, "Program Pengelolaan Pendidikan", None, None),
    "e6": ("Persentase Satuan Pendidikan SD Terakreditasi Minimal B", "%", False, "Program Pengelolaan Pendidikan", None, None),
    "e7": ("Persentase Guru Berkualifikasi S1/D-IV", "%", False, "Program Pendidik dan Tenaga Kependidikan", None, None),
    "e8": ("Persentase Ruang Kelas SD dalam Kondisi Baik", "%", False, "Program Pengelolaan Pendidikan", None, None),
    "e9": ("Persentase Sekolah dengan Capaian Literasi Rapor Pendidikan Kategori Baik", "%", False,
           "Program Pengelolaan Pendidikan", None, None),
    "e10": ("Jumlah Cagar Budaya yang Ditetapkan", "objek", False, "Program Pelestarian dan Pengelolaan Cagar Budaya", None, None),
    "e11": ("Jumlah Event Seni Budaya Daerah yang Diselenggarakan", "event", False, "Program Pengembangan Kebudayaan", None, None),
    "e12": ("Jumlah Siswa Penerima Beasiswa Prestasi", "orang", False, "Program Pengelolaan Pendidikan", None, None),
    # ---- Bapperida
    "b1": ("Persentase Konsistensi Program RPJMD dengan RKPD", "%", False,
           "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", None, None),
    "b2": ("Persentase Indikator Kinerja Utama (IKU) Kota yang Mencapai Target", "%", False,
           "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", None, None),
    "b3": ("Nilai Evaluasi SAKIP Pemerintah Kota Samarinda", "nilai", False,
           "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", None, None),
    "b4": ("Jumlah Dokumen Perencanaan Pembangunan Daerah yang Ditetapkan Tepat Waktu", "dokumen", False,
           "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", None, None),
    "b5": ("Persentase Usulan Musrenbang yang Diakomodir dalam RKPD", "%", False,
           "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", None, None),
    "b6": ("Jumlah Hasil Kajian yang Dimanfaatkan sebagai Bahan Kebijakan", "kajian", False,
           "Program Penelitian dan Pengembangan Daerah", None, None),
    "b7": ("Indeks Inovasi Daerah", "skor", False, "Program Penelitian dan Pengembangan Daerah", None, None),
    "b8": ("Persentase Penduduk Miskin", "%", True, "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", None, None),
    "b9": ("Tingkat Pengangguran Terbuka", "%", True, "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", None, None),
    "b10": ("Jumlah Inovasi Daerah yang Dilaporkan ke Kementerian Dalam Negeri", "inovasi", False,
            "Program Penelitian dan Pengembangan Daerah", None, None),
    "b11": ("Rata-rata Waktu Tindak Lanjut Rekomendasi Hasil Pengendalian", "hari", True,
            "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", None, None),
    # ---- Dinsos
    "s1": ("Persentase PPKS yang Tertangani", "%", False, "Program Rehabilitasi Sosial", None, None),
    "s2": ("Persentase Penyandang Disabilitas Terlantar yang Mendapatkan Rehabilitasi Sosial Dasar", "%", False,
           "Program Rehabilitasi Sosial", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
           "Penyediaan Alat Bantu bagi Penyandang Disabilitas"),
    "s3": ("Persentase Anak Terlantar yang Terpenuhi Kebutuhan Dasarnya", "%", False, "Program Rehabilitasi Sosial",
           "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
           "Pemberian Layanan Data dan Pengaduan bagi Anak Terlantar"),
    "s4": ("Persentase Lanjut Usia Terlantar yang Terpenuhi Kebutuhan Dasarnya", "%", False, "Program Rehabilitasi Sosial", None, None),
    "s5": ("Persentase Korban Bencana yang Mendapatkan Bantuan Sosial Tanggap Darurat", "%", False,
           "Program Penanganan Bencana", None, None),
    "s6": ("Jumlah Keluarga Penerima Manfaat PKH yang Graduasi Mandiri", "KK", False,
           "Program Perlindungan dan Jaminan Sosial", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
           "Pendampingan dan Graduasi Keluarga Penerima Manfaat"),
    "s7": ("Persentase Data Terpadu Kesejahteraan Sosial (DTKS) yang Dimutakhirkan", "%", False,
           "Program Perlindungan dan Jaminan Sosial", None, None),
    "s8": ("Jumlah Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang Aktif", "lembaga", False,
           "Program Pemberdayaan Sosial", None, None),
    "s9": ("Jumlah Gelandangan dan Pengemis di Ruang Publik", "orang", True, "Program Rehabilitasi Sosial", None, None),
    "s10": ("Rata-rata Waktu Respon Pengaduan Sosial", "jam", True, "Program Perlindungan dan Jaminan Sosial", None, None),
    "s11": ("Jumlah Kampung Siaga Bencana yang Dibentuk", "kampung", False, "Program Penanganan Bencana",
            "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota",
            "Pembentukan dan Pelatihan Kampung Siaga Bencana"),
    "s12": ("Persentase Penerima Bantuan Pangan Tepat Sasaran", "%", False, "Program Perlindungan dan Jaminan Sosial", None, None),
    "s13": ("Jumlah Anak Jalanan yang Mendapatkan Pembinaan", "anak", False, "Program Rehabilitasi Sosial",
            "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
            "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial"),
    "s14": ("Jumlah Relawan Tagana yang Dilatih", "orang", False, "Program Penanganan Bencana", None, None),
    "s15": ("Jumlah Penerima Bantuan Permakanan Lanjut Usia", "orang", False, "Program Rehabilitasi Sosial",
            "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
            "Pemberian Permakanan bagi Lanjut Usia Terlantar"),
    "s16": ("Jumlah Paket Logistik Bencana yang Disalurkan", "paket", False, "Program Penanganan Bencana",
            "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
            "Penyediaan Makanan dan Logistik bagi Korban Bencana"),
    "s17": ("Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", "laporan", False, P_PEN,
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"),
    # ---- Dishub
    "h1": ("Rata-rata Waktu Tempuh pada Ruas Jalan Utama Kota", "menit", True,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h2": ("Persentase Simpang Bersinyal dengan Tingkat Pelayanan Minimal C", "%", False,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h3": ("Jumlah Kecelakaan Lalu Lintas", "kejadian", True,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h4": ("Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala", "%", False,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h5": ("Jumlah Penumpang Angkutan Umum Massal", "orang", False,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h6": ("Persentase Ketersediaan Perlengkapan Jalan (Rambu, Marka, APILL)", "%", False,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h7": ("Persentase Titik Parkir Tepi Jalan Umum yang Tertib", "%", False,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h8": ("Rasio Penerangan Jalan Umum terhadap Panjang Jalan Kota", "%", False,
           "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    "h9": ("Indeks Kepuasan Masyarakat Layanan Pengujian Kendaraan Bermotor", "nilai", False, P_PEN, None, None),
    "h10": ("Jumlah Pelanggaran Parkir yang Ditindak", "kasus", False,
            "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", None, None),
    # ---- Kecamatan Samarinda Ulu
    "c1": ("Indeks Kepuasan Masyarakat terhadap Pelayanan Kecamatan", "nilai", False,
           "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", None, None),
    "c2": ("Rata-rata Waktu Penyelesaian Layanan Administrasi Terpadu Kecamatan (PATEN)", "hari", True,
           "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", None, None),
    "c3": ("Persentase Usulan Musrenbang Kelurahan yang Terakomodir", "%", False,
           "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", None, None),
    "c4": ("Jumlah Kegiatan Ketenteraman dan Ketertiban Umum yang Dilaksanakan", "kegiatan", False,
           "Program Koordinasi Ketentraman dan Ketertiban Umum", None, None),
    "c5": ("Persentase Kelurahan dengan Kegiatan Pro-Bebaya Terlaksana", "%", False,
           "Program Pemberdayaan Masyarakat Desa dan Kelurahan", None, None),
    "c6": ("Jumlah Konflik Sosial yang Diselesaikan melalui Mediasi", "kasus", False,
           "Program Koordinasi Ketentraman dan Ketertiban Umum", None, None),
    "c7": ("Persentase Laporan Kinerja Kelurahan yang Disampaikan Tepat Waktu", "%", False,
           "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", None, None),
    "c8": ("Jumlah Titik Pembuangan Sampah Liar", "titik", True,
           "Program Pemberdayaan Masyarakat Desa dan Kelurahan", None, None),
}

AUTO = object()


def row(key, t, r, a=AUTO, pagu=None, rb=None, absp=AUTO):
    name, unit, lib, prog, keg, sub = IND[key]
    if a is AUTO:
        a = ach(t, r, lib)
    if absp is AUTO:
        absp = r2(rb / pagu * 100) if (pagu and rb is not None) else None
    return dict(key=key, indicator=name, unit=unit, lower_is_better=lib, programme=prog,
                kegiatan=keg, sub_kegiatan=sub, target=t, realisation=r, achievement_pct=a,
                pagu=pagu, budget_realisation=rb, absorption_pct=absp)


def plan(key, t):
    return row(key, t, None, a=None)


# ----------------------------------------------------------------------------- documents
DOCS_SPEC = []


def add(file, opd, year, layout, doc_type, title, rows, **kw):
    DOCS_SPEC.append(dict(file=file, opd=OPD[opd], opd_key=opd, fiscal_year=year, layout=layout,
                          doc_type=doc_type, title=title, rows=rows, **kw))


# Dinkes --------------------------------------------------------------
add("dinkes_lkjip_2025.pdf", "dinkes", 2025, "pdf_table", "lkjip",
    ["PEMERINTAH KOTA SAMARINDA", "DINAS KESEHATAN",
     "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025"],
    [row("k1", 85, 78.4), row("k2", 7.5, 6.9), row("k3", 19.5, 21.3), row("k4", 95, 92.36),
     row("k5", 98, 98.72), row("k6", 90, 83.5), row("k7", 50, 53.85),
     row("k8", 45, 43.8, a=102.67),                         # ACHIEVEMENT_MISMATCH (correct 97,33)
     row("k9", 70, 66.25), row("k10", 50, 61.7), row("k11", 620, 645), row("k12", 72, 71.35),
     row("k13", None, 37)])                                   # REALISATION_WITHOUT_TARGET
add("dinkes_pk_2025_scan.pdf", "dinkes", 2025, "scan", "pk",
    ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KOTA SAMARINDA"],
    [plan("k1", 85), plan("k2", 7.5), plan("k3", 19.5), plan("k4", 96),   # TARGET_CHANGED (report 95)
     plan("k5", 98), plan("k6", 92),                                       # TARGET_CHANGED (report 90)
     plan("k7", 50), plan("k8", 45), plan("k9", 70), plan("k10", 50), plan("k11", 620), plan("k12", 72)])
add("dinkes_lkjip_2024.xlsx", "dinkes", 2024, "xlsx", "lkjip",
    ["CAPAIAN KINERJA DINAS KESEHATAN KOTA SAMARINDA TAHUN 2024"],
    [row("k1", 90, 96.1), row("k2", 8, 7.7), row("k3", 21, 22.4), row("k4", 93, 94.1),
     row("k5", 95, 97.05), row("k15", 90, 86.7), row("k7", 40, 42.31), row("k9", 68, 64.9),
     row("k14", None, 1250)])                                 # REALISATION_WITHOUT_TARGET
add("dinkes_realisasi_fisik_keuangan_2025.docx", "dinkes", 2025, "docx_table", "realisasi",
    ["LAPORAN REALISASI FISIK DAN KEUANGAN", "DINAS KESEHATAN KOTA SAMARINDA",
     "TAHUN ANGGARAN 2025 (s.d. 31 Desember 2025)"],
    [row("k5", 98, 98.72, pagu=112_400_000_000, rb=110_862_350_000),
     row("k7", 50, 53.85, pagu=2_150_000_000, rb=2_011_480_000),
     row("k9", 70, 64.1, pagu=865_000_000, rb=812_430_500),                # CROSS_DOCUMENT_CONFLICT (LKjIP 66,25)
     row("k11", 620, 638, pagu=1_275_000_000, rb=1_218_920_000),           # CROSS_DOCUMENT_CONFLICT (LKjIP 645)
     row("d1", 26, 26, pagu=4_380_000_000, rb=4_512_600_000),              # ABSORPTION_OVER_100
     row("d2", 450, 472, pagu=1_620_000_000, rb=1_498_270_000),
     row("d3", 6, 6, pagu=310_000_000, rb=298_455_000),
     row("d4", 1200, 1146, pagu=540_000_000, rb=561_900_000),              # ABSORPTION_OVER_100
     row("d5", 3850, 3412, pagu=1_940_000_000, rb=1_702_300_000)],
    rows_per_page=5)

# PUPR ----------------------------------------------------------------
add("pupr_renja_2025.docx", "pupr", 2025, "docx_table", "renja",
    ["RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
     "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA"],
    [plan("u1", 78), plan("u2", 6.5), plan("u3", 210), plan("u4", 3), plan("u5", 62), plan("u6", 92),
     plan("u7", 45), plan("u8", 80), plan("u9", 18.5), plan("u10", 15000),  # TARGET_CHANGED (realisasi 12.000)
     plan("u11", 4), plan("u12", 2)],
    rows_per_page=6)
add("pupr_realisasi_2025.xlsx", "pupr", 2025, "xlsx", "realisasi",
    ["LAPORAN REALISASI FISIK DAN KEUANGAN TA 2025"],
    [row("u9", 18.5, 16.75, pagu=21_740_000_000, rb=20_985_112_000),        # CROSS_DOCUMENT_CONFLICT (LKjIP 17,25)
     row("u10", 12000, 12840, pagu=18_600_000_000, rb=18_122_450_000),
     row("u11", 4, 4, pagu=6_250_000_000, rb=6_087_930_000),
     row("u12", 2, 2, pagu=1_150_000_000, rb=1_096_800_000),                # CROSS_DOCUMENT_CONFLICT (LKjIP 1)
     row("u13", None, 9, pagu=3_400_000_000, rb=3_318_250_000),             # REALISATION_WITHOUT_TARGET
     row("u14", 8500, 7690, pagu=9_800_000_000, rb=9_245_600_000),          # CROSS_DOCUMENT_CONFLICT (LKjIP 7.960)
     row("u15", 24, 24, pagu=9_850_000_000, rb=10_214_750_000),             # ABSORPTION_OVER_100
     row("u16", 3200, 3050, pagu=7_500_000_000, rb=7_126_400_000),
     row("u17", 5, 5, pagu=1_450_000_000, rb=1_523_400_000),                # ABSORPTION_OVER_100
     row("u18", 2500, 2735, pagu=4_125_000_000, rb=4_016_880_000),
     row("u19", 120, 96, pagu=480_000_000, rb=402_760_000),
     row("u20", 12, 12, pagu=265_000_000, rb=259_875_000)])
add("pupr_lkjip_2025_scan.pdf", "pupr", 2025, "scan", "lkjip",
    ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025",
     "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA"],
    [row("u1", 78, 79.42), row("u2", 6.5, 5.8), row("u3", 210, 236.4, a=112.57),  # ACHIEVEMENT_MISMATCH (correct 88,83)
     row("u4", 3, 2.5), row("u5", 62, 58.9), row("u6", 92, 91.15), row("u7", 45, 47.3), row("u8", 80, 76.5),
     row("u9", 18.5, 17.25), row("u11", 4, 4), row("u12", 2, 1), row("u14", 8500, 7960)])

# Disdikbud -------------------------------------------------------------
add("disdikbud_lkjip_2025.docx", "disdik", 2025, "docx_table", "lkjip",
    ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA", "TAHUN 2025"],
    [row("e1", 98.5, 97.86), row("e2", 82, 80.45),                          # TARGET_CHANGED (PK 83)
     row("e3", 0.15, 0.12), row("e4", 0.4, 0.47),
     row("e5", 70, 66.8, a=89.43),                                          # ACHIEVEMENT_MISMATCH (correct 95,43)
     row("e6", 90, 92.5), row("e7", 97, 97.8), row("e8", 75, 71.2), row("e9", 60, 63.4),
     row("e10", 3, 3), row("e11", 12, 14), row("e12", None, 1250)],          # REALISATION_WITHOUT_TARGET
    rows_per_page=7)
add("disdikbud_pk_2025.pdf", "disdik", 2025, "pdf_table", "pk",
    ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA"],
    [plan("e1", 98.5), plan("e2", 83), plan("e3", 0.15), plan("e4", 0.4), plan("e5", 70), plan("e6", 90),
     plan("e7", 97), plan("e8", 75), plan("e9", 60), plan("e10", 3), plan("e11", 12)])

# Bapperida -------------------------------------------------------------
add("bapperida_lkjip_2025.pdf", "bapp", 2025, "pdf_prose", "lkjip",
    ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025",
     "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH KOTA SAMARINDA"],
    [row("b1", 95, 96.2), row("b2", 80, 76.92, a=92.15),                     # ACHIEVEMENT_MISMATCH (correct 96,15)
     row("b3", 74, 73.5), row("b4", 4, 4), row("b5", 60, 64.5),
     row("b6", 8, 7),                                                        # TARGET_CHANGED (Renja 10)
     row("b7", 60, 62.85), row("b8", 4.5, 4.58), row("b9", 5.6, 5.41), row("b10", None, 142),  # RWT
     row("b11", 30, 26)])
add("bapperida_renja_2025.xlsx", "bapp", 2025, "xlsx", "renja",
    ["RENCANA KERJA TAHUN 2025"],
    [plan("b1", 95), plan("b2", 80), plan("b3", 74), plan("b4", 4), plan("b5", 60), plan("b6", 10),
     plan("b7", 60), plan("b8", 4.5), plan("b9", 5.6), plan("b11", 30)])

# Dinsos ------------------------------------------------------------------
add("dinsos_lkjip_2025_scan.pdf", "dinsos", 2025, "scan", "lkjip",
    ["LAPORAN KINERJA (LKjIP) TAHUN 2025", "DINAS SOSIAL KOTA SAMARINDA"],
    [row("s1", 85, 87.35), row("s2", 80, 82.6), row("s3", 90, 88.75), row("s4", 85, 85), row("s5", 100, 100),
     row("s6", 600, 712), row("s7", 95, 91.4), row("s8", 85, 88), row("s9", 60, 74),
     row("s10", 24, 18, a=75.0),                                             # ACHIEVEMENT_MISMATCH (correct 133,33)
     row("s11", 3, 3), row("s12", 95, 96.2), row("s13", 120, 134), row("s14", None, 45)])  # RWT
add("dinsos_lkjip_2024.pdf", "dinsos", 2024, "pdf_prose", "lkjip",
    ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", "DINAS SOSIAL KOTA SAMARINDA"],
    [row("s1", 82, 84.1), row("s2", 75, 78.3), row("s3", 88, 85.2), row("s5", 100, 100),
     row("s6", 550, 604), row("s7", 90, 92.75), row("s9", 70, 81), row("s12", 93, 94.6)])
add("dinsos_realisasi_anggaran_2025.pdf", "dinsos", 2025, "pdf_table", "realisasi",
    ["LAPORAN REALISASI KINERJA DAN ANGGARAN PER SUB KEGIATAN", "DINAS SOSIAL KOTA SAMARINDA - TA 2025"],
    [row("s2", 80, 82.6, pagu=1_180_000_000, rb=1_104_560_000),
     row("s3", 90, 88.75, pagu=645_000_000, rb=611_230_000),
     row("s6", 600, 721, pagu=890_000_000, rb=842_915_000),                  # CROSS_DOCUMENT_CONFLICT (LKjIP 712)
     row("s11", 3, 3, pagu=375_000_000, rb=362_800_000),
     row("s13", 120, 128, pagu=520_000_000, rb=497_360_000),                  # CROSS_DOCUMENT_CONFLICT (LKjIP 134)
     row("s15", 350, 350, pagu=1_596_000_000, rb=1_652_735_000),              # ABSORPTION_OVER_100
     row("s16", 1500, 1620, pagu=2_100_000_000, rb=2_187_450_000),            # ABSORPTION_OVER_100
     row("s17", 4, 4, pagu=145_000_000, rb=139_870_000)])

# Dishub ------------------------------------------------------------------
add("dishub_lkjip_2025.pdf", "dishub", 2025, "pdf_table", "lkjip",
    ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025", "DINAS PERHUBUNGAN KOTA SAMARINDA"],
    [row("h1", 28, 31.5), row("h2", 65, 61.8), row("h3", 420, 389), row("h4", 85, 88.2),
     row("h5", 450000, 512340),                                              # TARGET_CHANGED (PK 500.000)
     row("h6", 72, 74.5), row("h7", 70, 66, a=84.29),                        # ACHIEVEMENT_MISMATCH (correct 94,29)
     row("h8", 68, 69.4), row("h9", 82, 84.15), row("h10", None, 2315)])      # RWT
add("dishub_pk_2025.docx", "dishub", 2025, "docx_table", "pk",
    ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA SAMARINDA"],
    [plan("h1", 28), plan("h2", 65), plan("h3", 420), plan("h4", 85), plan("h5", 500000),
     plan("h6", 72), plan("h7", 70), plan("h8", 68), plan("h9", 82)],
    rows_per_page=9)

# Kecamatan Samarinda Ulu ------------------------------------------------
add("kec_samarinda_ulu_laporan_kinerja_2025.pdf", "kec", 2025, "pdf_prose", "laporan_kinerja",
    ["LAPORAN KINERJA TAHUN 2025", "KECAMATAN SAMARINDA ULU"],
    [row("c1", 85, 87.6, pagu=185_000_000, rb=176_240_000),
     row("c2", 3, 2.4),                                                       # TARGET_CHANGED (Renja 2)
     row("c3", 55, 58.1), row("c4", 48, 52, pagu=420_000_000, rb=446_300_000),  # ABSORPTION_OVER_100
     row("c5", 100, 87.5, pagu=8_000_000_000, rb=7_412_500_000),
     row("c6", 5, 6), row("c7", 100, 95.83, a=98.53),                          # ACHIEVEMENT_MISMATCH (correct 95,83)
     row("c8", 12, 15)])
add("kec_samarinda_ulu_renja_2025.jpg", "kec", 2025, "scan", "renja",
    ["RENCANA KERJA (RENJA) TAHUN 2025", "KECAMATAN SAMARINDA ULU"],
    [plan("c1", 85), plan("c2", 2), plan("c3", 55), plan("c4", 48), plan("c5", 100), plan("c6", 5),
     plan("c7", 100), plan("c8", 12)])

FINDINGS_SPEC = [
    # type, opd key, year, indicator key, files
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2025, "k8", ["dinkes_lkjip_2025.pdf"]),
    ("ACHIEVEMENT_MISMATCH", "pupr", 2025, "u3", ["pupr_lkjip_2025_scan.pdf"]),
    ("ACHIEVEMENT_MISMATCH", "disdik", 2025, "e5", ["disdikbud_lkjip_2025.docx"]),
    ("ACHIEVEMENT_MISMATCH", "bapp", 2025, "b2", ["bapperida_lkjip_2025.pdf"]),
    ("ACHIEVEMENT_MISMATCH", "dinsos", 2025, "s10", ["dinsos_lkjip_2025_scan.pdf"]),
    ("ACHIEVEMENT_MISMATCH", "dishub", 2025, "h7", ["dishub_lkjip_2025.pdf"]),
    ("ACHIEVEMENT_MISMATCH", "kec", 2025, "c7", ["kec_samarinda_ulu_laporan_kinerja_2025.pdf"]),
    ("CROSS_DOCUMENT_CONFLICT", "dinkes", 2025, "k9", ["dinkes_lkjip_2025.pdf", "dinkes_realisasi_fisik_keuangan_2025.docx"]),
    ("CROSS_DOCUMENT_CONFLICT", "dinkes", 2025, "k11", ["dinkes_lkjip_2025.pdf", "dinkes_realisasi_fisik_keuangan_2025.docx"]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u9", ["pupr_lkjip_2025_scan.pdf", "pupr_realisasi_2025.xlsx"]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u12", ["pupr_lkjip_2025_scan.pdf", "pupr_realisasi_2025.xlsx"]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "u14", ["pupr_lkjip_2025_scan.pdf", "pupr_realisasi_2025.xlsx"]),
    ("CROSS_DOCUMENT_CONFLICT", "dinsos", 2025, "s6", ["dinsos_lkjip_2025_scan.pdf", "dinsos_realisasi_anggaran_2025.pdf"]),
    ("CROSS_DOCUMENT_CONFLICT", "dinsos", 2025, "s13", ["dinsos_lkjip_2025_scan.pdf", "dinsos_realisasi_anggaran_2025.pdf"]),
    ("ABSORPTION_OVER_100", "dinkes", 2025, "d1", ["dinkes_realisasi_fisik_keuangan_2025.docx"]),
    ("ABSORPTION_OVER_100", "dinkes", 2025, "d4", ["dinkes_realisasi_fisik_keuangan_2025.docx"]),
    ("ABSORPTION_OVER_100", "pupr", 2025, "u15", ["pupr_realisasi_2025.xlsx"]),
    ("ABSORPTION_OVER_100", "pupr", 2025, "u17", ["pupr_realisasi_2025.xlsx"]),
    ("ABSORPTION_OVER_100", "dinsos", 2025, "s15", ["dinsos_realisasi_anggaran_2025.pdf"]),
    ("ABSORPTION_OVER_100", "dinsos", 2025, "s16", ["dinsos_realisasi_anggaran_2025.pdf"]),
    ("ABSORPTION_OVER_100", "kec", 2025, "c4", ["kec_samarinda_ulu_laporan_kinerja_2025.pdf"]),
    ("REALISATION_WITHOUT_TARGET", "dinkes", 2025, "k13", ["dinkes_lkjip_2025.pdf"]),
    ("REALISATION_WITHOUT_TARGET", "dinkes", 2024, "k14", ["dinkes_lkjip_2024.xlsx"]),
    ("REALISATION_WITHOUT_TARGET", "pupr", 2025, "u13", ["pupr_realisasi_2025.xlsx"]),
    ("REALISATION_WITHOUT_TARGET", "disdik", 2025, "e12", ["disdikbud_lkjip_2025.docx"]),
    ("REALISATION_WITHOUT_TARGET", "bapp", 2025, "b10", ["bapperida_lkjip_2025.pdf"]),
    ("REALISATION_WITHOUT_TARGET", "dinsos", 2025, "s14", ["dinsos_lkjip_2025_scan.pdf"]),
    ("REALISATION_WITHOUT_TARGET", "dishub", 2025, "h10", ["dishub_lkjip_2025.pdf"]),
    ("TARGET_CHANGED", "dinkes", 2025, "k4", ["dinkes_pk_2025_scan.pdf", "dinkes_lkjip_2025.pdf"]),
    ("TARGET_CHANGED", "dinkes", 2025, "k6", ["dinkes_pk_2025_scan.pdf", "dinkes_lkjip_2025.pdf"]),
    ("TARGET_CHANGED", "pupr", 2025, "u10", ["pupr_renja_2025.docx", "pupr_realisasi_2025.xlsx"]),
    ("TARGET_CHANGED", "disdik", 2025, "e2", ["disdikbud_pk_2025.pdf", "disdikbud_lkjip_2025.docx"]),
    ("TARGET_CHANGED", "bapp", 2025, "b6", ["bapperida_renja_2025.xlsx", "bapperida_lkjip_2025.pdf"]),
    ("TARGET_CHANGED", "dishub", 2025, "h5", ["dishub_pk_2025.docx", "dishub_lkjip_2025.pdf"]),
    ("TARGET_CHANGED", "kec", 2025, "c2", ["kec_samarinda_ulu_renja_2025.jpg", "kec_samarinda_ulu_laporan_kinerja_2025.pdf"]),
]

NEG_NOTE = "*) Indikator negatif (semakin kecil semakin baik): capaian = target / realisasi x 100%"


def disp_name(r):
    return r["indicator"] + (" *)" if r["lower_is_better"] else "")


def cell_val(v):
    return fnum(v) if v is not None else "-"


# ----------------------------------------------------------------------------- PDF table (reportlab)

def pdf_table_doc(spec, cols, orient="land", font_size=8, signer=None, intro=None):
    """cols: list of (header, width_mm, fn(row)->str, align). Returns page numbers per row."""
    path = os.path.join(DOCS, spec["file"])
    ps = landscape(A4) if orient == "land" else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(spec["title"][-1])
    c.setAuthor(spec["opd"])
    mm = 72 / 25.4
    margin = 15 * mm
    widths = [w * mm for _, w, _, _ in cols]
    scale = (W - 2 * margin) / sum(widths)
    widths = [w * scale for w in widths]
    lead = font_size + 2
    page = [1]

    def footer():
        c.setFont("DV", 7)
        c.drawRightString(W - margin, 10 * mm, f"Halaman {page[0]}")
        c.drawString(margin, 10 * mm, spec["title"][-1].title())

    def header_row(y):
        hh = 0
        lines = [simpleSplit(h, "DVB", font_size, w - 4) for (h, _, _, _), w in zip(cols, widths)]
        hh = max(len(l) for l in lines) * lead + 6
        x = margin
        c.setFillGray(0.85)
        c.rect(margin, y - hh, sum(widths), hh, fill=1, stroke=0)
        c.setFillGray(0)
        for l, w in zip(lines, widths):
            c.rect(x, y - hh, w, hh)
            c.setFont("DVB", font_size)
            for i, s in enumerate(l):
                c.drawCentredString(x + w / 2, y - 3 - lead * (i + 1) + 2, s)
            x += w
        return y - hh

    y = H - margin
    c.setFont("DVSB", 12)
    for t in spec["title"]:
        c.drawCentredString(W / 2, y - 12, t)
        y -= 16
    y -= 6
    if intro:
        c.setFont("DVS", 9)
        for s in simpleSplit(intro, "DVS", 9, W - 2 * margin):
            c.drawString(margin, y - 10, s)
            y -= 12
        y -= 6
    y = header_row(y)
    pages = []
    for i, r in enumerate(spec["rows"]):
        cells = [fn(r, i) for _, _, fn, _ in cols]
        lines = [simpleSplit(s, "DV", font_size, w - 4) for s, w in zip(cells, widths)]
        rh = max(len(l) for l in lines) * lead + 4
        if y - rh < margin + 12 * mm:
            footer(); c.showPage(); page[0] += 1
            y = header_row(H - margin)
        x = margin
        for l, w, (_, _, _, al) in zip(lines, widths, cols):
            c.rect(x, y - rh, w, rh)
            c.setFont("DV", font_size)
            for j, s in enumerate(l):
                yy = y - 2 - lead * (j + 1) + 2
                if al == "r":
                    c.drawRightString(x + w - 3, yy, s)
                elif al == "c":
                    c.drawCentredString(x + w / 2, yy, s)
                else:
                    c.drawString(x + 3, yy, s)
            x += w
        y -= rh
        pages.append(page[0])
    y -= 8
    if any(r["lower_is_better"] for r in spec["rows"]):
        c.setFont("DV", 7)
        c.drawString(margin, y - 8, NEG_NOTE)
        y -= 12
    if signer:
        if y < margin + 45 * mm:
            footer(); c.showPage(); page[0] += 1; y = H - margin
        c.setFont("DVS", 9)
        x = W - margin - 85 * mm
        for j, s in enumerate(signer):
            c.drawString(x, y - 14 - j * 12 - (30 if j == len(signer) - 2 else 0), s)
    footer()
    c.save()
    return pages, page[0]


# ----------------------------------------------------------------------------- PDF prose

def pdf_prose_doc(spec, paragraphs, pre, post, aux_name=None):
    """paragraphs: list of (row_index or None, text). Returns pages per row, n pages."""
    path = os.path.join(DOCS, spec["file"])
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(spec["title"][0])
    mm = 72 / 25.4
    ml, mr, mt, mb = 25 * mm, 20 * mm, 25 * mm, 22 * mm
    page = [1]
    y = H - mt
    fs, lead = 10.5, 15

    def footer():
        c.setFont("DVS", 8)
        c.drawCentredString(W / 2, 12 * mm, f"- {page[0]} -")

    def newpage():
        nonlocal y
        footer(); c.showPage(); page[0] += 1; y = H - mt

    for t in spec["title"]:
        fs_t = 13
        while pdfmetrics.stringWidth(t, "DVSB", fs_t) > W - ml - mr and fs_t > 8:
            fs_t -= 0.5
        c.setFont("DVSB", fs_t)
        c.drawCentredString(W / 2, y, t)
        y -= 18
    y -= 10
    pages = {}
    for kind, text in pre + paragraphs + post:
        if kind == "h":
            if y < mb + 60:
                newpage()
            c.setFont("DVSB", 11)
            c.drawString(ml, y, text)
            y -= lead + 4
            continue
        lines = simpleSplit(text, "DVS", fs, W - ml - mr)
        if y - len(lines) * lead < mb:
            newpage()
        if isinstance(kind, int):
            pages[kind] = page[0]
        c.setFont("DVS", fs)
        for i, s in enumerate(lines):
            c.drawString(ml + (18 if i == 0 else 0), y, s)
            y -= lead
        y -= 6
    footer()
    c.save()
    return [pages[i] for i in range(len(spec["rows"]))], page[0]


def unit_txt(v, unit):
    s = fnum(v)
    if unit == "%":
        return s + "%"
    if unit == "rasio":
        return s
    if unit == "nilai" or unit == "skor":
        return s + " poin" if unit == "skor" else s
    return f"{s} {unit}"


# ----------------------------------------------------------------------------- scan (PIL)

def load_font(sz, bold=False, serif=False):
    n = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(FONT_DIR + n, sz)


def wrap(text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def scan_doc(spec, cols, seed, land=True, signer=None, extra_lines=None, as_jpg=False, cover=None):
    dpi = 200
    W, H = (2339, 1654) if land else (1654, 2339)
    rng = random.Random(seed)
    f_t = load_font(36, bold=True, serif=True)
    f_h = load_font(23, bold=True)
    f_b = load_font(24)
    f_s = load_font(19)
    margin = 110
    widths = [w for _, w, _, _ in cols]
    sc = (W - 2 * margin) / sum(widths)
    widths = [w * sc for w in widths]
    lead = 30
    imgs, texts = [], []
    pages = []

    def new_img():
        im = Image.new("L", (W, H), 255)
        return im, ImageDraw.Draw(im)

    def draw_header(d, y):
        lines = [wrap(h, f_h, w - 10) for (h, _, _, _), w in zip(cols, widths)]
        hh = max(len(l) for l in lines) * lead + 14
        x = margin
        d.rectangle([margin, y, margin + sum(widths), y + hh], fill=225)
        for l, w in zip(lines, widths):
            d.rectangle([x, y, x + w, y + hh], outline=0, width=2)
            for i, s in enumerate(l):
                d.text((x + w / 2 - f_h.getlength(s) / 2, y + 7 + i * lead), s, font=f_h, fill=0)
            x += w
        return y + hh

    pno = 1
    if cover:  # portrait-like cover page content on the same page size
        im, d = new_img()
        yy = 380
        for t in cover:
            f = f_t if t.isupper() else f_b
            d.text((W / 2 - f.getlength(t) / 2, yy), t, font=f, fill=0)
            yy += 70
        d.ellipse([W / 2 - 110, yy + 40, W / 2 + 110, yy + 260], outline=0, width=5)
        d.text((W / 2 - f_b.getlength("LOGO") / 2, yy + 135), "LOGO", font=f_b, fill=0)
        imgs.append(im); texts.append(list(cover)); pno = 2
    im, d = new_img()
    txt = []
    y = margin
    for t in spec["title"]:
        d.text((W / 2 - f_t.getlength(t) / 2, y), t, font=f_t, fill=0)
        txt.append(t)
        y += 50
    for t in (extra_lines or []):
        d.text((margin, y), t, font=f_b, fill=0); txt.append(t); y += 34
    y += 14
    y = draw_header(d, y)
    for i, r in enumerate(spec["rows"]):
        cells = [fn(r, i) for _, _, fn, _ in cols]
        lines = [wrap(s, f_b, w - 12) for s, w in zip(cells, widths)]
        rh = max(len(l) for l in lines) * lead + 12
        if y + rh > H - margin - 60:
            imgs.append(im); texts.append(txt)
            im, d = new_img(); txt = []; pno += 1
            y = draw_header(d, margin)
        x = margin
        for l, w, (_, _, _, al) in zip(lines, widths, cols):
            d.rectangle([x, y, x + w, y + rh], outline=0, width=2)
            for j, s in enumerate(l):
                if al == "r":
                    xx = x + w - 8 - f_b.getlength(s)
                elif al == "c":
                    xx = x + w / 2 - f_b.getlength(s) / 2
                else:
                    xx = x + 8
                d.text((xx, y + 6 + j * lead), s, font=f_b, fill=0)
            x += w
        txt.append(" | ".join(cells))
        y += rh
        pages.append(pno)
    y += 16
    if any(r["lower_is_better"] for r in spec["rows"]):
        d.text((margin, y), NEG_NOTE, font=f_s, fill=0); txt.append(NEG_NOTE); y += 30
    if signer:
        if y + 230 > H - margin:
            imgs.append(im); texts.append(txt); im, d = new_img(); txt = []; pno += 1; y = margin
        x = W - margin - 620
        for j, s in enumerate(signer):
            d.text((x, y + 20 + j * 34 + (90 if j >= len(signer) - 2 else 0)), s, font=f_b, fill=0)
            txt.append(s)
        # stamp-like circle + scribble
        cx, cy = x + 120, y + 150
        d.ellipse([cx - 85, cy - 85, cx + 85, cy + 85], outline=120, width=4)
        pts = [(x + 250 + k * 14, y + 130 + 25 * math.sin(k * 1.3)) for k in range(18)]
        d.line(pts, fill=40, width=3)
    imgs.append(im); texts.append(txt)
    # degrade
    out = []
    for k, im in enumerate(imgs):
        ang = rng.uniform(-1.3, 1.3)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(seed * 100 + k)
        a = a * 0.93 + 12 + nrng.normal(0, 9, a.shape)
        # faint vertical shading like a copier
        a += np.linspace(-6, 8, a.shape[1])[None, :]
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.6))
        out.append(im)
    path = os.path.join(DOCS, spec["file"])
    if as_jpg:
        out[0].save(path, "JPEG", quality=72, dpi=(dpi, dpi))
    else:
        import datetime
        import time as _t
        fixed = _t.strptime("2026-02-20 09:00:00", "%Y-%m-%d %H:%M:%S")
        out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=dpi, quality=70,
                    creationDate=fixed, modDate=fixed, producer="Scanner", creator="Scanner")
    os.makedirs(AUX, exist_ok=True)
    with open(os.path.join(AUX, spec["file"] + ".txt"), "w") as fh:
        for k, t in enumerate(texts):
            fh.write(f"=== page {k + 1}\n" + "\n".join(t) + "\n")
    return pages, len(out)


# ----------------------------------------------------------------------------- DOCX

def docx_doc(spec, cols, rows_per_page, pre=None, post=None, land=True):
    d = docx.Document()
    sec = d.sections[0]
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    for t in spec["title"]:
        p = d.add_paragraph()
        p.alignment = 1
        rr = p.add_run(t); rr.bold = True; rr.font.size = Pt(12)
    for t in (pre or []):
        d.add_paragraph(t)
    rows = spec["rows"]
    pages = []
    chunks = [rows[i:i + rows_per_page] for i in range(0, len(rows), rows_per_page)]
    idx = 0
    for pn, ch in enumerate(chunks, 1):
        if pn > 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            d.add_paragraph(f"(lanjutan tabel)").runs[0].italic = True
        tb = d.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for j, (h, w, _, _) in enumerate(cols):
            c = tb.rows[0].cells[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(8)
            c.width = Cm(w)
        for r in ch:
            cells = tb.add_row().cells
            for j, (_, w, fn, al) in enumerate(cols):
                cells[j].text = ""
                rr = cells[j].paragraphs[0].add_run(fn(r, idx)); rr.font.size = Pt(8)
                cells[j].paragraphs[0].alignment = {"l": 0, "c": 1, "r": 2}[al]
                cells[j].width = Cm(w)
            pages.append(pn)
            idx += 1
    if any(r["lower_is_better"] for r in rows):
        p = d.add_paragraph(NEG_NOTE); p.runs[0].font.size = Pt(7)
    for t in (post or []):
        d.add_paragraph(t)
    d.core_properties.author = spec["opd"]
    d.core_properties.created = __import__("datetime").datetime(2026, 1, 20, 8, 0, 0)
    d.core_properties.modified = __import__("datetime").datetime(2026, 1, 20, 8, 0, 0)
    d.core_properties.title = spec["title"][0]
    d.save(os.path.join(DOCS, spec["file"]))
    return pages, len(chunks)


# ----------------------------------------------------------------------------- XLSX

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xlsx_write_table(ws, r0, headers, data, widths=None):
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=r0, column=j, value=h)
        c.font = Font(bold=True, size=10)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BOX
    for i, vals in enumerate(data, 1):
        for j, (v, fmt) in enumerate(vals, 1):
            c = ws.cell(row=r0 + i, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if fmt:
                c.number_format = fmt
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w


def fix_xlsx_times(wb):
    import datetime
    wb.properties.created = datetime.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.creator = "operator"


# ----------------------------------------------------------------------------- builders per document

def S(spec_file):
    return next(s for s in DOCS_SPEC if s["file"] == spec_file)


NUM = lambda k: (lambda r, i: cell_val(r[k]))
NO = lambda r, i: str(i + 1)
NAME = lambda r, i: disp_name(r)
UNIT = lambda r, i: r["unit"]
PROG = lambda r, i: r["programme"]
ACH = lambda r, i: fpct(r["achievement_pct"])
SUB = lambda r, i: r["sub_kegiatan"] or "-"
KEG = lambda r, i: r["kegiatan"] or "-"


def build():
    os.makedirs(DOCS, exist_ok=True)
    meta = {}

    # 1 Dinkes LKjIP 2025 pdf_table
    sp = S("dinkes_lkjip_2025.pdf")
    pages, n = pdf_table_doc(sp, [("No", 8, NO, "c"), ("Program", 62, PROG, "l"),
                                  ("Indikator Kinerja", 78, NAME, "l"), ("Satuan", 26, UNIT, "c"),
                                  ("Target 2025", 20, NUM("target"), "r"), ("Realisasi 2025", 22, NUM("realisation"), "r"),
                                  ("Capaian (%)", 20, ACH, "r")],
                             intro="BAB III AKUNTABILITAS KINERJA. Tabel 3.1 berikut menyajikan pengukuran kinerja "
                                   "Dinas Kesehatan Kota Samarinda Tahun 2025 berdasarkan Perjanjian Kinerja dan data "
                                   "Sistem Informasi Kesehatan per 31 Desember 2025. Capaian dihitung realisasi dibagi target "
                                   "dikali 100%, kecuali indikator negatif.",
                             signer=["Samarinda, 28 Februari 2026", "Kepala Dinas Kesehatan", "Kota Samarinda,",
                                     "dr. Ismed Kusasih, M.Kes", "NIP. 19720815 200212 1 004"])
    meta[sp["file"]] = (pages, n)

    # 2 Dinkes PK 2025 scan
    sp = S("dinkes_pk_2025_scan.pdf")
    pages, n = scan_doc(sp, [("No", 6, NO, "c"), ("Sasaran / Program", 60, PROG, "l"),
                             ("Indikator Kinerja", 80, NAME, "l"), ("Satuan", 26, UNIT, "c"),
                             ("Target Tahun 2025", 22, NUM("target"), "r")], seed=11,
                        extra_lines=["Lampiran Perjanjian Kinerja antara Kepala Dinas Kesehatan dan Wali Kota Samarinda"],
                        signer=["Samarinda, 2 Januari 2025", "Pihak Kedua,                Pihak Pertama,",
                                "Wali Kota Samarinda        Kepala Dinas Kesehatan",
                                "Dr. H. Andi Harun           dr. Ismed Kusasih, M.Kes"])
    meta[sp["file"]] = (pages, n)

    # 3 Dinkes LKjIP 2024 xlsx (values typed as text with comma decimals)
    sp = S("dinkes_lkjip_2024.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capaian IKU 2024"
    ws["A1"] = sp["title"][0]; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Sumber: LKjIP Dinas Kesehatan Tahun 2024 (Bab III)"
    data = []
    for i, r in enumerate(sp["rows"]):
        data.append([(i + 1, None), (r["programme"], None), (disp_name(r), None), (r["unit"], None),
                     (cell_val(r["target"]), None), (cell_val(r["realisation"]), None),
                     (fpct(r["achievement_pct"]), None)])
    xlsx_write_table(ws, 4, ["No", "Program", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian %"],
                     data, [5, 45, 50, 16, 12, 12, 12])
    ws.cell(row=5 + len(data) + 1, column=2, value=NEG_NOTE)
    ws.cell(row=5 + len(data) + 2, column=2, value="Ket: kader terlatih belum ditetapkan targetnya dalam PK 2024")
    ws2 = wb.create_sheet("Catatan")
    ws2["A1"] = "Data diolah Subbag Perencanaan dan Evaluasi, Januari 2025"
    fix_xlsx_times(wb)
    wb.save(os.path.join(DOCS, sp["file"]))
    meta[sp["file"]] = ([1] * len(sp["rows"]), 2)

    # 4 Dinkes realisasi docx
    sp = S("dinkes_realisasi_fisik_keuangan_2025.docx")
    pks = lambda r, i: f"{r['programme']} / {r['kegiatan']} / {r['sub_kegiatan']}"
    pages, n = docx_doc(sp, [("No", 0.8, NO, "c"), ("Program / Kegiatan / Sub Kegiatan", 7.0, pks, "l"),
                             ("Indikator Keluaran", 5.0, NAME, "l"), ("Satuan", 1.6, UNIT, "c"),
                             ("Target", 1.5, NUM("target"), "r"), ("Realisasi", 1.6, NUM("realisation"), "r"),
                             ("Capaian Fisik (%)", 1.6, ACH, "r"),
                             ("Pagu Anggaran (Rp)", 2.7, lambda r, i: fnum(r["pagu"], 0), "r"),
                             ("Realisasi Keuangan (Rp)", 2.7, lambda r, i: fnum(r["budget_realisation"], 0), "r"),
                             ("Serapan (%)", 1.4, lambda r, i: fpct(r["absorption_pct"]), "r")],
                        rows_per_page=sp["rows_per_page"],
                        pre=["Sumber data: SIPD-RI dan laporan PPTK per 31 Desember 2025."],
                        post=["Samarinda, 15 Januari 2026", "Kepala Subbagian Perencanaan dan Keuangan",
                              "", "Nurul Hidayati, S.KM., M.Kes"])
    meta[sp["file"]] = (pages, n)

    # 5 PUPR Renja docx
    sp = S("pupr_renja_2025.docx")
    pages, n = docx_doc(sp, [("No", 0.8, NO, "c"), ("Program", 5.0, PROG, "l"), ("Kegiatan", 5.0, KEG, "l"),
                             ("Sub Kegiatan", 4.5, SUB, "l"), ("Indikator Kinerja", 6.0, NAME, "l"),
                             ("Satuan", 1.6, UNIT, "c"), ("Target 2025", 2.0, NUM("target"), "r"),
                             ("Lokasi", 2.2, lambda r, i: "Kota Samarinda", "l")],
                        rows_per_page=sp["rows_per_page"],
                        pre=["Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025"],
                        post=["Ditetapkan di Samarinda", "Kepala Dinas PUPR Kota Samarinda", "",
                              "Ir. Desy Damayanti, S.T., M.T."])
    meta[sp["file"]] = (pages, n)

    # 6 PUPR realisasi xlsx (data on sheet 2)
    sp = S("pupr_realisasi_2025.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["B2"] = "PEMERINTAH KOTA SAMARINDA"
    ws["B3"] = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"
    ws["B5"] = "LAPORAN REALISASI FISIK DAN KEUANGAN"
    ws["B6"] = "TAHUN ANGGARAN 2025 - POSISI 31 DESEMBER 2025"
    ws["B8"] = "Lihat sheet 'Rincian TA 2025'"
    ws2 = wb.create_sheet("Rincian TA 2025")
    ws2["A1"] = sp["title"][0]; ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda"
    data = []
    for i, r in enumerate(sp["rows"]):
        data.append([(i + 1, None), (r["programme"], None), (r["kegiatan"], None), (r["sub_kegiatan"], None),
                     (r["indicator"], None), (r["unit"], None),
                     (r["target"] if r["target"] is not None else "-", "#,##0.##"),
                     (r["realisation"], "#,##0.##"),
                     (r["achievement_pct"] if r["achievement_pct"] is not None else "-", "0.00"),
                     (r["pagu"], "#,##0"), (r["budget_realisation"], "#,##0"), (r["absorption_pct"], "0.00")])
    xlsx_write_table(ws2, 4, ["No", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Keluaran", "Satuan",
                              "Target", "Realisasi Fisik", "Capaian Fisik (%)", "Pagu (Rp)",
                              "Realisasi Keuangan (Rp)", "Serapan (%)"],
                     data, [5, 30, 34, 30, 38, 10, 10, 12, 12, 18, 18, 10])
    tr = 5 + len(data)
    ws2.cell(row=tr, column=5, value="JUMLAH").font = Font(bold=True)
    ws2.cell(row=tr, column=10, value=sum(r["pagu"] for r in sp["rows"])).number_format = "#,##0"
    ws2.cell(row=tr, column=11, value=sum(r["budget_realisation"] for r in sp["rows"])).number_format = "#,##0"
    ws2.cell(row=tr + 2, column=2, value="Catatan: penanganan longsor dilaksanakan berdasarkan kejadian (by event).")
    fix_xlsx_times(wb)
    wb.save(os.path.join(DOCS, sp["file"]))
    meta[sp["file"]] = ([2] * len(sp["rows"]), 2)

    # 7 PUPR LKjIP scan
    sp = S("pupr_lkjip_2025_scan.pdf")
    pages, n = scan_doc(sp, [("No", 6, NO, "c"), ("Indikator Kinerja", 86, NAME, "l"), ("Satuan", 18, UNIT, "c"),
                             ("Target", 18, NUM("target"), "r"), ("Realisasi", 18, NUM("realisation"), "r"),
                             ("% Capaian", 18, ACH, "r"), ("Program", 70, PROG, "l")], seed=23,
                        extra_lines=["Tabel 3.1 Capaian Indikator Kinerja Tahun 2025"],
                        cover=["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP) TAHUN 2025",
                               "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KOTA SAMARINDA",
                               "Jl. Tepian Batang No. 1, Samarinda"],
                        signer=["Samarinda, Februari 2026", "Kepala Dinas PUPR Kota Samarinda", "",
                                "Ir. Desy Damayanti, S.T., M.T.", "NIP. 19751203 200312 2 006"])
    meta[sp["file"]] = (pages, n)

    # 8 Disdikbud LKjIP docx
    sp = S("disdikbud_lkjip_2025.docx")
    pages, n = docx_doc(sp, [("No", 0.8, NO, "c"), ("Program", 5.5, PROG, "l"), ("Indikator Kinerja", 8.0, NAME, "l"),
                             ("Satuan", 1.8, UNIT, "c"), ("Target", 2.0, NUM("target"), "r"),
                             ("Realisasi", 2.0, NUM("realisation"), "r"), ("Capaian", 2.0, ACH, "r"),
                             ("Ket.", 3.0, lambda r, i: "Tercapai" if (r["achievement_pct"] or 0) >= 100 else ("-" if r["achievement_pct"] is None else "Belum tercapai"), "l")],
                        rows_per_page=sp["rows_per_page"],
                        pre=["Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2025"],
                        post=["Samarinda, 27 Februari 2026", "Kepala Dinas Pendidikan dan Kebudayaan Kota Samarinda",
                              "", "Asli Nuryadin, S.Pd., M.Pd."])
    meta[sp["file"]] = (pages, n)

    # 9 Disdikbud PK pdf_table (portrait)
    sp = S("disdikbud_pk_2025.pdf")
    pages, n = pdf_table_doc(sp, [("No", 8, NO, "c"), ("Program", 45, PROG, "l"), ("Indikator Kinerja", 70, NAME, "l"),
                                  ("Satuan", 16, UNIT, "c"), ("Target", 18, NUM("target"), "r")], orient="port",
                             intro="Lampiran Perjanjian Kinerja Tahun 2025 antara Kepala Dinas Pendidikan dan Kebudayaan "
                                   "dengan Wali Kota Samarinda.",
                             signer=["Samarinda, 3 Januari 2025", "Kepala Dinas Pendidikan dan Kebudayaan", "",
                                     "Asli Nuryadin, S.Pd., M.Pd.", "NIP. 19700512 199303 1 008"])
    meta[sp["file"]] = (pages, n)

    # 10 Bapperida LKjIP prose
    sp = S("bapperida_lkjip_2025.pdf")
    paras = []
    templates = [
        "Indikator {n} pada tahun {y} ditargetkan sebesar {t} dan terealisasi sebesar {r}, sehingga capaian kinerjanya {a}%.",
        "Realisasi indikator {n} mencapai {r} dari target {t} atau dengan capaian {a}%.",
        "Untuk indikator {n}, target yang ditetapkan adalah {t}, sedangkan realisasinya {r}; capaian kinerja tercatat {a}%.",
    ]
    for i, r in enumerate(sp["rows"]):
        n_ = r["indicator"]
        if r["target"] is None:
            txt = (f"Selain indikator di atas, pada {r['programme']} juga dilaporkan indikator {n_} dengan realisasi "
                   f"tahun 2025 sebanyak {unit_txt(r['realisation'], r['unit'])}. Indikator ini merupakan indikator baru "
                   f"sehingga belum memiliki target.")
        else:
            txt = templates[i % 3].format(n=n_, y=2025, t=unit_txt(r["target"], r["unit"]),
                                          r=unit_txt(r["realisation"], r["unit"]), a=fpct(r["achievement_pct"]))
            txt = f"Pada {r['programme']}, " + txt[0].lower() + txt[1:]
            if r["lower_is_better"]:
                txt += (" Indikator ini bersifat negatif (semakin rendah semakin baik), sehingga capaian dihitung dari "
                        "target dibagi realisasi.")
        paras.append((i, txt))
    pre = [("h", "BAB III AKUNTABILITAS KINERJA"), ("h", "3.1 Capaian Kinerja Organisasi"),
           ("p", "Pengukuran kinerja Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida) Kota Samarinda "
                 "dilakukan dengan membandingkan target dan realisasi indikator kinerja yang tercantum dalam Perjanjian "
                 "Kinerja Tahun 2025. Uraian capaian masing-masing indikator adalah sebagai berikut.")]
    post = [("h", "3.2 Realisasi Anggaran"),
            ("p", "Secara keseluruhan realisasi belanja Bapperida Tahun 2025 dilaporkan dalam Laporan Keuangan "
                  "yang terpisah dari dokumen ini."),
            ("p", "Samarinda, 26 Februari 2026. Kepala Bapperida Kota Samarinda, Dr. Ir. Ananta Fathurrozi, M.T.")]
    pages, n = pdf_prose_doc(sp, paras, pre, post)
    meta[sp["file"]] = (pages, n)

    # 11 Bapperida Renja xlsx (numeric cells)
    sp = S("bapperida_renja_2025.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Renja 2025"
    ws["A1"] = "RENCANA KERJA TAHUN 2025"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = OPD["bapp"]
    ws.merge_cells("E4:F4")
    ws["E4"] = "Target Kinerja"
    data = []
    for i, r in enumerate(sp["rows"]):
        data.append([(f"{i + 1}.", None), (r["programme"], None), (r["indicator"], None), (r["unit"], None),
                     (r["target"], "#,##0.00" if not float(r["target"]).is_integer() else "#,##0"),
                     ("(-) makin kecil makin baik" if r["lower_is_better"] else "", None)])
    xlsx_write_table(ws, 5, ["No", "Program", "Indikator Kinerja Program (Outcome)", "Satuan", "2025", "Keterangan"],
                     data, [6, 48, 52, 12, 12, 26])
    ws2 = wb.create_sheet("Pagu Indikatif")
    ws2["A1"] = "Pagu indikatif per program tercantum dalam lampiran Renja (dokumen terpisah)."
    fix_xlsx_times(wb)
    wb.save(os.path.join(DOCS, sp["file"]))
    meta[sp["file"]] = ([1] * len(sp["rows"]), 2)

    # 12 Dinsos LKjIP scan 2025
    sp = S("dinsos_lkjip_2025_scan.pdf")
    pages, n = scan_doc(sp, [("No", 6, NO, "c"), ("Program", 55, PROG, "l"), ("Indikator Kinerja", 95, NAME, "l"),
                             ("Satuan", 16, UNIT, "c"), ("Target", 16, NUM("target"), "r"),
                             ("Realisasi", 16, NUM("realisation"), "r"), ("Capaian (%)", 18, ACH, "r")], seed=37,
                        extra_lines=["Tabel 3.1 Pengukuran Kinerja Dinas Sosial Tahun 2025"],
                        signer=["Samarinda, 25 Februari 2026", "Kepala Dinas Sosial Kota Samarinda", "",
                                "Ridwan Tassa, S.Sos., M.Si.", "NIP. 19690322 199003 1 005"])
    meta[sp["file"]] = (pages, n)

    # 13 Dinsos LKjIP 2024 prose
    sp = S("dinsos_lkjip_2024.pdf")
    paras = []
    for i, r in enumerate(sp["rows"]):
        t, rr_, a = unit_txt(r["target"], r["unit"]), unit_txt(r["realisation"], r["unit"]), fpct(r["achievement_pct"])
        if r["lower_is_better"]:
            txt = (f"{r['indicator']} pada tahun 2024 ditargetkan maksimal {t}, namun realisasinya tercatat {rr_}. "
                   f"Karena merupakan indikator negatif, capaian dihitung target dibagi realisasi sehingga diperoleh {a}%.")
        elif i % 2:
            txt = f"Capaian indikator {r['indicator']} tahun 2024 sebesar {a}%, dengan realisasi {rr_} dari target {t}."
        else:
            txt = f"Indikator {r['indicator']} terealisasi sebesar {rr_} dari target {t}, atau capaian {a}%."
        paras.append((i, f"({i + 1}) " + txt + f" Indikator ini berada pada {r['programme']}."))
    pre = [("h", "BAB III AKUNTABILITAS KINERJA"),
           ("p", "Berikut uraian capaian indikator kinerja Dinas Sosial Kota Samarinda Tahun 2024 sesuai Perjanjian "
                 "Kinerja yang telah ditandatangani.")]
    post = [("p", "Samarinda, Februari 2025. Kepala Dinas Sosial Kota Samarinda.")]
    pages, n = pdf_prose_doc(sp, paras, pre, post)
    meta[sp["file"]] = (pages, n)

    # 14 Dinsos realisasi anggaran pdf_table
    sp = S("dinsos_realisasi_anggaran_2025.pdf")
    pages, n = pdf_table_doc(sp, [("No", 7, NO, "c"), ("Sub Kegiatan", 46, SUB, "l"), ("Kegiatan", 46, KEG, "l"),
                                  ("Indikator Keluaran", 50, NAME, "l"), ("Sat.", 15, UNIT, "c"),
                                  ("Target", 13, NUM("target"), "r"), ("Real.", 13, NUM("realisation"), "r"),
                                  ("Capaian (%)", 14, ACH, "r"),
                                  ("Anggaran (Rp)", 26, lambda r, i: fnum(r["pagu"], 0), "r"),
                                  ("Realisasi (Rp)", 26, lambda r, i: fnum(r["budget_realisation"], 0), "r"),
                                  ("Serapan (%)", 14, lambda r, i: fpct(r["absorption_pct"]), "r")],
                             font_size=7,
                             intro="Program: sesuai nomenklatur Kepmendagri 050-5889 Tahun 2021. Posisi data 31 Desember 2025.",
                             signer=["Samarinda, 12 Januari 2026", "Bendahara Pengeluaran", "", "Siti Rahmah, S.E."])
    meta[sp["file"]] = (pages, n)
    # programme not printed in this table -> null
    for r in sp["rows"]:
        r["_no_programme"] = True

    # 15 Dishub LKjIP pdf_table
    sp = S("dishub_lkjip_2025.pdf")
    pages, n = pdf_table_doc(sp, [("No", 8, NO, "c"), ("Indikator Kinerja Utama / Program", 95,
                                                      lambda r, i: f"{disp_name(r)} ({r['programme']})", "l"),
                                  ("Satuan", 22, UNIT, "c"), ("Target", 24, NUM("target"), "r"),
                                  ("Realisasi", 24, NUM("realisation"), "r"),
                                  ("Capaian", 20, lambda r, i: ("-" if r["achievement_pct"] is None else fpct(r["achievement_pct"]) + " %"), "r"),
                                  ("Keterangan", 40, lambda r, i: "Tanpa target PK" if r["target"] is None else "", "l")],
                             intro="Tabel 3.2 Capaian Indikator Kinerja Dinas Perhubungan Kota Samarinda Tahun 2025",
                             signer=["Samarinda, 27 Februari 2026", "Kepala Dinas Perhubungan", "Kota Samarinda,",
                                     "Manalu Gultom, S.Sos., M.Si.", "NIP. 19710604 199203 1 003"])
    meta[sp["file"]] = (pages, n)

    # 16 Dishub PK docx (portrait)
    sp = S("dishub_pk_2025.docx")
    pages, n = docx_doc(sp, [("No", 0.8, NO, "c"), ("Indikator Kinerja", 8.5, NAME, "l"), ("Satuan", 2.0, UNIT, "c"),
                             ("Target", 2.4, NUM("target"), "r"), ("Program", 4.5, PROG, "l")],
                        rows_per_page=sp["rows_per_page"], land=False,
                        pre=["Sasaran Strategis: Meningkatnya kualitas pelayanan transportasi dan keselamatan lalu lintas."],
                        post=["Samarinda, 2 Januari 2025", "Pihak Pertama: Kepala Dinas Perhubungan",
                              "Pihak Kedua: Wali Kota Samarinda"])
    meta[sp["file"]] = (pages, n)

    # 17 Kecamatan laporan kinerja prose (with budget)
    sp = S("kec_samarinda_ulu_laporan_kinerja_2025.pdf")
    paras = []
    for i, r in enumerate(sp["rows"]):
        t, rr_, a = unit_txt(r["target"], r["unit"]), unit_txt(r["realisation"], r["unit"]), fpct(r["achievement_pct"])
        txt = f"{i + 1}. {r['indicator']} ({r['programme']}): realisasi sebesar {rr_} dari target {t}, capaian {a}%."
        if r["lower_is_better"]:
            txt += " Indikator ini semakin kecil semakin baik, capaian = target dibagi realisasi."
        if r["pagu"]:
            txt += (f" Kegiatan pendukungnya dianggarkan {frp(r['pagu'])} dan terealisasi {frp(r['budget_realisation'])} "
                    f"atau {fpct(r['absorption_pct'])}%.")
        paras.append((i, txt))
    pre = [("h", "BAB III CAPAIAN KINERJA"),
           ("p", "Kecamatan Samarinda Ulu membawahi 8 (delapan) kelurahan. Capaian kinerja Tahun 2025 diuraikan per "
                 "indikator sebagai berikut.")]
    post = [("p", "Samarinda, Februari 2026. Camat Samarinda Ulu.")]
    pages, n = pdf_prose_doc(sp, paras, pre, post)
    meta[sp["file"]] = (pages, n)

    # 18 Kecamatan Renja scan JPG
    sp = S("kec_samarinda_ulu_renja_2025.jpg")
    pages, n = scan_doc(sp, [("No", 6, NO, "c"), ("Program", 70, PROG, "l"), ("Indikator Kinerja", 100, NAME, "l"),
                             ("Satuan", 18, UNIT, "c"), ("Target 2025", 20, NUM("target"), "r")], seed=41, as_jpg=True,
                        extra_lines=["Tabel Rencana Program dan Indikator Kinerja"])
    meta[sp["file"]] = (pages, n)
    return meta


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2026-01-20T08:00:00Z\2", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    meta = build()
    for f in sorted(os.listdir(DOCS)):
        if f.endswith((".docx", ".xlsx")):
            normalize_zip(os.path.join(DOCS, f))
    labels = {"documents": [], "indicators": [], "findings": []}
    page_of = {}
    for sp in DOCS_SPEC:
        pages, n = meta[sp["file"]]
        labels["documents"].append(dict(file=sp["file"], opd=sp["opd"], fiscal_year=sp["fiscal_year"],
                                        layout=sp["layout"], pages=n, doc_type=sp["doc_type"]))
        for r, p in zip(sp["rows"], pages):
            page_of[(sp["file"], r["key"])] = p
            labels["indicators"].append(dict(
                file=sp["file"], page=p, opd=sp["opd"], fiscal_year=sp["fiscal_year"],
                programme=None if r.get("_no_programme") else r["programme"],
                kegiatan=r["kegiatan"] if sp["doc_type"] in ("realisasi",) or sp["file"] == "pupr_renja_2025.docx" else None,
                sub_kegiatan=r["sub_kegiatan"] if sp["doc_type"] in ("realisation", "realisasi") or sp["file"] == "pupr_renja_2025.docx" else None,
                indicator=r["indicator"], unit=r["unit"], target=r["target"], realisation=r["realisation"],
                achievement_pct=r["achievement_pct"], lower_is_better=r["lower_is_better"],
                pagu=r["pagu"], budget_realisation=r["budget_realisation"], absorption_pct=r["absorption_pct"]))
    for typ, ok, yr, key, files in FINDINGS_SPEC:
        labels["findings"].append(dict(type=typ, opd=OPD[ok], fiscal_year=yr, indicator=IND[key][0],
                                       citations=[dict(file=f, page=page_of[(f, key)]) for f in files]))
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(labels["documents"]), "docs", len(labels["indicators"]), "indicators", len(labels["findings"]), "findings")


if __name__ == "__main__":
    main()
