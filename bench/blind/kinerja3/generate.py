#!/usr/bin/env python3
"""Generate the kinerja3 blind set (OPD performance reports, Kota Samarinda).

Deterministic: `python generate.py` rewrites docs/ and labels.json.
Run with the scratch venv: /work/scratch/kinerja3/bin/python generate.py
All truth lives in the DATA section below; renderers only format it.
"""
import json, math, os, random, re, shutil, sys
from copy import deepcopy

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SEED = 20261203

# ----------------------------------------------------------------------------------------------
# number formatting (Indonesian)
# ----------------------------------------------------------------------------------------------

def ndec(v):
    if v is None:
        return 0
    s = repr(float(v))
    if "e" in s:
        return 0
    d = s.split(".")[1].rstrip("0")
    return len(d)


def fnum(v, dec=None):
    """1250 -> '1.250', 87.25 -> '87,25', 0.09 -> '0,09'"""
    if v is None:
        return "-"
    if dec is None:
        dec = min(ndec(v), 3)
    s = f"{abs(v):,.{dec}f}"  # 1,250.50
    s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if v < 0 else "") + s


def frp(v, style="rp"):
    if v is None:
        return "-"
    s = fnum(int(round(v)), 0)
    if style == "rp":
        return "Rp\u00a0" + s
    if style == "rp00":
        return "Rp" + s + ",00"
    return s


def fpct(v, sp=False, dec=2):
    if v is None:
        return "-"
    return fnum(round(v, dec), dec) + (" %" if sp else "%")


def fval(v, unit, sp=False):
    if v is None:
        return "-"
    if unit == "%":
        return fnum(v) + (" %" if sp else "%")
    return fnum(v)


def ach(t, r, lib):
    if t is None or r is None:
        return None
    return round((t / r if lib else r / t) * 100, 2)


# ----------------------------------------------------------------------------------------------
# DATA
# ----------------------------------------------------------------------------------------------
OPD = {
    "dinkes": "Dinas Kesehatan Kota Samarinda",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda",
    "disdik": "Dinas Pendidikan dan Kebudayaan Kota Samarinda",
    "dinsos": "Dinas Sosial Kota Samarinda",
    "dishub": "Dinas Perhubungan Kota Samarinda",
    "dlh": "Dinas Lingkungan Hidup Kota Samarinda",
    "kec": "Kecamatan Samarinda Ulu",
}

# indicator master: key -> dict(name, unit, lib, prog, keg, sub)
P_DK1 = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"
P_DK2 = "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"
K_DK1 = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"
K_DK2 = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
P_PU1 = "Program Penyelenggaraan Jalan"
P_PU2 = "Program Pengelolaan dan Pengembangan Sistem Drainase"
P_PU3 = "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum"
P_PU4 = "Program Pengelolaan dan Pengembangan Sistem Air Limbah"
P_PU5 = "Program Penataan Bangunan Gedung"
P_PU6 = "Program Penyelenggaraan Penataan Ruang"
P_PU7 = "Program Pengelolaan Sumber Daya Air (SDA)"
P_DD1 = "Program Pengelolaan Pendidikan"
P_DD2 = "Program Pendidik dan Tenaga Kependidikan"
P_DD3 = "Program Pengembangan Kebudayaan"
P_DS1 = "Program Rehabilitasi Sosial"
P_DS2 = "Program Perlindungan dan Jaminan Sosial"
P_DS3 = "Program Penanganan Bencana"
P_DS4 = "Program Pemberdayaan Sosial"
P_DH1 = "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"
P_LH1 = "Program Pengelolaan Persampahan"
P_LH2 = "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"
P_LH3 = "Program Perencanaan Lingkungan Hidup"
P_KC1 = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
P_KC2 = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
P_KC3 = "Program Koordinasi Ketenteraman dan Ketertiban Umum"

IND = {}


def I(opd, key, name, unit, lib=False, prog=None, keg=None, sub=None):
    IND[(opd, key)] = dict(name=name, unit=unit, lib=lib, prog=prog, keg=keg, sub=sub)


# Dinas Kesehatan
I("dinkes", "aki", "Angka Kematian Ibu (AKI)", "per 100.000 KH", True, P_DK1)
I("dinkes", "akb", "Angka Kematian Bayi (AKB)", "per 1.000 KH", True, P_DK1, K_DK1,
  "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir")
I("dinkes", "stunt", "Prevalensi Stunting pada Balita", "%", True, P_DK1)
I("dinkes", "k6", "Cakupan Pelayanan Kesehatan Ibu Hamil (K6)", "%", False, P_DK1, K_DK1,
  "Pengelolaan Pelayanan Kesehatan Ibu Hamil")
I("dinkes", "salin", "Persentase Persalinan di Fasilitas Pelayanan Kesehatan", "%", False, P_DK1, K_DK1,
  "Pengelolaan Pelayanan Kesehatan Ibu Bersalin")
I("dinkes", "idl", "Persentase Bayi Usia 0-11 Bulan yang Mendapat Imunisasi Dasar Lengkap", "%", False, P_DK1,
  K_DK1, "Pengelolaan Pelayanan Imunisasi")
I("dinkes", "tb", "Treatment Coverage Tuberkulosis (TBC)", "%", False, P_DK1, K_DK1,
  "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis")
I("dinkes", "ht", "Persentase Penderita Hipertensi yang Mendapat Pelayanan Kesehatan Sesuai Standar", "%",
  False, P_DK1, K_DK1, "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi")
I("dinkes", "dm", "Persentase Penderita Diabetes Melitus yang Mendapat Pelayanan Kesehatan Sesuai Standar", "%",
  False, P_DK1, K_DK1, "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus")
I("dinkes", "uhc", "Persentase Penduduk yang Terdaftar sebagai Peserta JKN (UHC)", "%", False, P_DK1, K_DK1,
  "Pengelolaan Jaminan Kesehatan Masyarakat")
I("dinkes", "akred", "Jumlah Puskesmas Terakreditasi Paripurna", "puskesmas", False, P_DK1, K_DK2,
  "Pengembangan Puskesmas")
I("dinkes", "dbd", "Angka Kesakitan DBD (Incidence Rate)", "per 100.000 penduduk", True, P_DK1)
I("dinkes", "ikm", "Indeks Kepuasan Masyarakat terhadap Layanan Puskesmas", "nilai", False, P_DK1)
I("dinkes", "hiv", "Jumlah Kasus Baru HIV yang Ditemukan dan Diobati", "kasus", False, P_DK1)
I("dinkes", "ds", "Persentase Balita Ditimbang (D/S)", "%", False, P_DK1)
I("dinkes", "nakes", "Persentase Puskesmas dengan 9 Jenis Tenaga Kesehatan Sesuai Standar", "%", False, P_DK2)

# Dinas PUPR
I("pupr", "mantap", "Persentase Panjang Jalan Kota dalam Kondisi Mantap", "%", False, P_PU1)
I("pupr", "jalan", "Panjang Jalan yang Dibangun/Ditingkatkan", "km", False, P_PU1,
  "Penyelenggaraan Jalan Kabupaten/Kota", "Pembangunan Jalan")
I("pupr", "drain", "Panjang Saluran Drainase yang Dibangun/Direhabilitasi", "meter", False, P_PU2,
  "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
  "Pembangunan Saluran Drainase")
I("pupr", "genang", "Luas Kawasan Tergenang", "Ha", True, P_PU2)
I("pupr", "surut", "Rata-rata Waktu Surut Genangan", "jam", True, P_PU2)
I("pupr", "airmin", "Persentase Rumah Tangga dengan Akses Air Minum Layak", "%", False, P_PU3,
  "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota", "Perluasan SPAM Jaringan Perpipaan")
I("pupr", "sanit", "Persentase Rumah Tangga dengan Akses Sanitasi Layak", "%", False, P_PU4,
  "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten/Kota",
  "Pembangunan SPALD-S")
I("pupr", "jembat", "Jumlah Jembatan yang Direhabilitasi", "unit", False, P_PU1,
  "Penyelenggaraan Jalan Kabupaten/Kota", "Rehabilitasi Jembatan")
I("pupr", "pbg", "Rata-rata Waktu Penerbitan Persetujuan Bangunan Gedung (PBG)", "hari", True, P_PU5)
I("pupr", "rdtr", "Jumlah Dokumen RDTR yang Ditetapkan", "dokumen", False, P_PU6,
  "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota",
  "Penyusunan Rencana Detail Tata Ruang (RDTR)")
I("pupr", "turap", "Panjang Turap/Dinding Penahan Tanah Sungai Karang Mumus", "meter", False, P_PU7,
  "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
  "Pembangunan Bangunan Perkuatan Tebing")
I("pupr", "spald", "Jumlah Sambungan Rumah SPALD-T", "SR", False, P_PU4,
  "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten/Kota",
  "Pembangunan SPALD-T Skala Permukiman")
I("pupr", "trotoar", "Panjang Trotoar yang Dibangun", "meter", False, P_PU1,
  "Penyelenggaraan Jalan Kabupaten/Kota", "Pembangunan Trotoar")

# Dinas Pendidikan dan Kebudayaan
I("disdik", "apkpaud", "Angka Partisipasi Kasar (APK) PAUD", "%", False, P_DD1)
I("disdik", "apmsd", "Angka Partisipasi Murni (APM) SD/MI", "%", False, P_DD1)
I("disdik", "apmsmp", "Angka Partisipasi Murni (APM) SMP/MTs", "%", False, P_DD1)
I("disdik", "apssd", "Angka Putus Sekolah SD", "%", True, P_DD1)
I("disdik", "apssmp", "Angka Putus Sekolah SMP", "%", True, P_DD1)
I("disdik", "gurus1", "Persentase Guru SD Berkualifikasi S1/D-IV", "%", False, P_DD2)
I("disdik", "akred", "Persentase SMP Terakreditasi Minimal B", "%", False, P_DD1)
I("disdik", "literasi", "Persentase SD dengan Kemampuan Literasi di Atas Kompetensi Minimum", "%", False, P_DD1)
I("disdik", "rkb", "Jumlah Ruang Kelas Baru (RKB) yang Dibangun", "ruang", False, P_DD1)
I("disdik", "cagar", "Jumlah Objek Cagar Budaya yang Dilestarikan", "objek", False, P_DD3)
I("disdik", "rls", "Rata-rata Lama Sekolah", "tahun", False, P_DD1)
I("disdik", "hls", "Harapan Lama Sekolah", "tahun", False, P_DD1)
I("disdik", "beasiswa", "Jumlah Peserta Didik Kurang Mampu Penerima Beasiswa Daerah", "orang", False, P_DD1)

# Dinas Sosial
I("dinsos", "miskin", "Persentase Penduduk Miskin", "%", True, P_DS2)
I("dinsos", "ppks", "Persentase PPKS yang Memperoleh Bantuan Sosial untuk Pemenuhan Kebutuhan Dasar", "%",
  False, P_DS1)
I("dinsos", "dtks", "Persentase Data Terpadu Kesejahteraan Sosial (DTKS) yang Dimutakhirkan", "%", False, P_DS2,
  "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota")
I("dinsos", "anak", "Jumlah Anak Terlantar yang Mendapat Rehabilitasi Sosial", "orang", False, P_DS1,
  "Rehabilitasi Sosial Dasar Anak Terlantar", "Pemberian Layanan Rehabilitasi Sosial Anak Terlantar")
I("dinsos", "lansia", "Jumlah Lanjut Usia Terlantar yang Mendapat Layanan di Luar Panti", "orang", False, P_DS1,
  "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar", "Penyediaan Permakanan Lanjut Usia")
I("dinsos", "disab", "Jumlah Penyandang Disabilitas yang Mendapat Alat Bantu", "orang", False, P_DS1,
  "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Penyediaan Alat Bantu")
I("dinsos", "bencana", "Persentase Korban Bencana yang Terpenuhi Kebutuhan Dasarnya pada Masa Tanggap Darurat",
  "%", False, P_DS3, "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
  "Penyediaan Makanan")
I("dinsos", "pkh", "Jumlah KPM PKH yang Graduasi Mandiri", "KK", False, P_DS2)
I("dinsos", "sktm", "Rata-rata Waktu Penerbitan Rekomendasi SKTM", "hari", True, P_DS2)
I("dinsos", "psks", "Jumlah PSKS yang Dibina", "lembaga", False, P_DS4)
I("dinsos", "ikm", "Indeks Kepuasan Masyarakat (IKM)", "nilai", False, P_DS2)
I("dinsos", "singgah", "Jumlah Penghuni Rumah Singgah yang Dipulangkan/Dirujuk", "orang", False, P_DS1)
I("dinsos", "latih", "Jumlah Warga Binaan Sosial yang Mendapat Pelatihan Keterampilan", "orang", False, P_DS4)

# Dinas Perhubungan
I("dishub", "laka", "Jumlah Kecelakaan Lalu Lintas di Jalan Kota", "kejadian", True, P_DH1)
I("dishub", "fatal", "Angka Fatalitas Kecelakaan Lalu Lintas", "per 100.000 penduduk", True, P_DH1)
I("dishub", "tempuh", "Rata-rata Waktu Tempuh Koridor Jl. Juanda - Jl. Slamet Riyadi (jam sibuk)", "menit", True,
  P_DH1)
I("dishub", "vc", "Rasio Volume/Kapasitas (V/C Ratio) Ruas Jalan Utama", "rasio", True, P_DH1)
I("dishub", "macet", "Jumlah Titik Kemacetan", "titik", True, P_DH1)
I("dishub", "apill", "Jumlah APILL yang Terpasang dan Berfungsi", "unit", False, P_DH1,
  "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Pengadaan dan Pemasangan APILL")
I("dishub", "pju", "Persentase Ruas Jalan Kota yang Dilengkapi PJU", "%", False, P_DH1,
  "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Pengadaan dan Pemasangan PJU")
I("dishub", "rambu", "Jumlah Rambu Lalu Lintas yang Dipasang", "buah", False, P_DH1,
  "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Pengadaan dan Pemasangan Rambu Lalu Lintas")
I("dishub", "kir", "Persentase Kendaraan Wajib Uji yang Lulus Uji Berkala", "%", False, P_DH1,
  "Pengujian Berkala Kendaraan Bermotor", "Pelaksanaan Uji Berkala Kendaraan Bermotor")
I("dishub", "bus", "Jumlah Penumpang Angkutan Massal Bus Trans Samarinda", "orang", False, P_DH1,
  "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang antar Kota dalam 1 (satu) Daerah Kabupaten/Kota",
  "Penyediaan Layanan Angkutan Umum Massal")
I("dishub", "parkir", "Realisasi Retribusi Parkir di Tepi Jalan Umum", "Rupiah", False, P_DH1)
I("dishub", "halte", "Jumlah Halte yang Dibangun/Direhabilitasi", "unit", False, P_DH1,
  "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Pembangunan Halte")
I("dishub", "derek", "Jumlah Kendaraan yang Diderek/Ditertibkan", "unit", False, P_DH1)

# Dinas Lingkungan Hidup
I("dlh", "iklh", "Indeks Kualitas Lingkungan Hidup (IKLH)", "indeks", False, P_LH2)
I("dlh", "ika", "Indeks Kualitas Air (IKA)", "indeks", False, P_LH2)
I("dlh", "iku", "Indeks Kualitas Udara (IKU)", "indeks", False, P_LH2)
I("dlh", "tangan", "Persentase Sampah yang Tertangani", "%", False, P_LH1)
I("dlh", "kurang", "Persentase Pengurangan Sampah", "%", False, P_LH1)
I("dlh", "takkelola", "Persentase Sampah Tidak Terkelola", "%", True, P_LH1)
I("dlh", "tps3r", "Jumlah TPS3R yang Beroperasi", "unit", False, P_LH1,
  "Pengelolaan Sampah", "Pembangunan Sarana dan Prasarana Pengelolaan Sampah (TPS3R)")
I("dlh", "bank", "Jumlah Bank Sampah Aktif", "unit", False, P_LH1,
  "Pengelolaan Sampah", "Pembinaan dan Pengawasan Pengelolaan Sampah (Bank Sampah)")
I("dlh", "rth", "Luas Ruang Terbuka Hijau (RTH) Publik", "Ha", False, P_LH3,
  "Pengelolaan Keanekaragaman Hayati (Kehati)", "Pengelolaan Taman Kehati dan RTH")
I("dlh", "aduan", "Persentase Pengaduan Pencemaran Lingkungan yang Ditindaklanjuti", "%", False, P_LH2,
  "Penyelesaian Pengaduan Masyarakat di Bidang Perlindungan dan Pengelolaan Lingkungan Hidup (PPLH)",
  "Penerimaan dan Penelaahan Pengaduan Masyarakat")
I("dlh", "dokling", "Jumlah Dokumen Lingkungan (AMDAL/UKL-UPL) yang Dinilai", "dokumen", False, P_LH3,
  "Penyelenggaraan KLHS", "Koordinasi Penilaian Dokumen Lingkungan")
I("dlh", "angkut", "Rata-rata Waktu Angkut Sampah dari TPS ke TPA", "jam", True, P_LH1,
  "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengangkutan Sampah")
I("dlh", "adiwiyata", "Jumlah Sekolah Adiwiyata Tingkat Kota", "sekolah", False, P_LH3)

# Kecamatan Samarinda Ulu
I("kec", "ikm", "Indeks Kepuasan Masyarakat (IKM) Pelayanan Kecamatan", "nilai", False, P_KC1,
  "Penyelenggaraan Urusan Pemerintahan dan Pelayanan Publik", "Peningkatan Efektivitas Pelayanan Publik")
I("kec", "paten", "Persentase Layanan PATEN yang Selesai Tepat Waktu", "%", False, P_KC1,
  "Penyelenggaraan Urusan Pemerintahan dan Pelayanan Publik", "Pelaksanaan PATEN")
I("kec", "waktu", "Rata-rata Waktu Penyelesaian Layanan Surat Keterangan", "hari", True, P_KC1,
  "Penyelenggaraan Urusan Pemerintahan dan Pelayanan Publik", "Pelaksanaan PATEN")
I("kec", "musren", "Persentase Usulan Musrenbang Kelurahan yang Terakomodasi", "%", False, P_KC2,
  "Pemberdayaan Lembaga Kemasyarakatan", "Fasilitasi Musrenbang Kecamatan")
I("kec", "probebaya", "Persentase Kegiatan Pro-Bebaya yang Terealisasi", "%", False, P_KC2,
  "Pemberdayaan Lembaga Kemasyarakatan", "Fasilitasi Program Pro-Bebaya Tingkat Kelurahan")
I("kec", "linmas", "Jumlah Anggota Linmas yang Dibina", "orang", False, P_KC3,
  "Koordinasi Penerapan dan Penegakan Perda dan Perkada", "Pembinaan Satuan Perlindungan Masyarakat")
I("kec", "kerjabakti", "Jumlah Kegiatan Kerja Bakti Lingkungan", "kali", False, P_KC2,
  "Pemberdayaan Lembaga Kemasyarakatan", "Fasilitasi Gotong Royong Masyarakat")
I("kec", "pbb", "Persentase Realisasi Penerimaan PBB-P2 Tingkat Kecamatan", "%", False, P_KC1,
  "Penyelenggaraan Urusan Pemerintahan dan Pelayanan Publik", "Koordinasi Pemungutan PBB-P2")
I("kec", "posyandu", "Jumlah Posyandu Aktif yang Dibina", "unit", False, P_KC2,
  "Pemberdayaan Lembaga Kemasyarakatan", "Pembinaan Posyandu")
I("kec", "dokren", "Jumlah Dokumen Perencanaan dan Pelaporan Kinerja Kecamatan", "dokumen", False, P_KC1,
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Penyusunan Dokumen Perencanaan Perangkat Daerah")
I("kec", "ptsl", "Jumlah Bidang Tanah PTSL yang Difasilitasi", "bidang", False, P_KC1)

# base values (target, realisation) per OPD/year, before planted deviations
BASE = {
    ("dinkes", 2025): dict(aki=(85, 78.4), akb=(7.5, 6.9), stunt=(18.5, 19.2), k6=(95, 91.37), salin=(98, 98.6),
                           idl=(95, 89.42), tb=(90, 76.8), ht=(100, 84.25), dm=(100, 92.1), uhc=(98, 98.72),
                           akred=(10, 8), dbd=(50, 61.3), ikm=(82, 84.6), hiv=(None, 312),
                           nakes=(80, 76.92)),
    ("dinkes", 2024): dict(aki=(90, 88.1), akb=(8, 7.6), stunt=(20, 21.3), k6=(90, 87.4), salin=(97, 97.8),
                           idl=(93, 91.2), tb=(85, 71.4), ht=(100, 79.6), dm=(100, 88.7), uhc=(97, 97.9),
                           akred=(8, 6), dbd=(55, 48.2), ikm=(80, 82.1), ds=(None, 78.35), nakes=(75, 73.08)),
    ("pupr", 2025): dict(mantap=(78.5, 76.1), jalan=(12.5, 11.8), drain=(8500, 8920), genang=(350, 372.5),
                         surut=(4, 3.5), airmin=(95, 94.2), sanit=(88, 85.75), jembat=(6, 6), pbg=(28, 31),
                         rdtr=(2, 1), turap=(650, 640), spald=(1200, 1085), trotoar=(None, 2350)),
    ("disdik", 2025): dict(apkpaud=(72, 68.45), apmsd=(98.5, 97.82), apmsmp=(82, 80.96), apssd=(0.12, 0.09),
                           apssmp=(0.35, 0.41), gurus1=(96, 97.3), akred=(90, 92.5), literasi=(65, 61.8),
                           rkb=(45, 36), cagar=(5, 5), rls=(10.9, 10.92), hls=(14.6, 14.62), beasiswa=(None, 1250)),
    ("dinsos", 2025): dict(miskin=(4.6, 4.52), ppks=(85, 81.6), dtks=(100, 100), anak=(120, 134),
                           lansia=(350, 312), disab=(150, 148), bencana=(100, 100), pkh=(400, 366), sktm=(3, 2.5),
                           psks=(45, 45), ikm=(83, 85.12), singgah=(200, 226), latih=(None, 85)),
    ("dishub", 2025): dict(laka=(180, 196), fatal=(5.2, 4.8), tempuh=(25, 27.5), vc=(0.75, 0.78), macet=(12, 11),
                           apill=(85, 82), pju=(72, 70.35), rambu=(400, 415), kir=(92, 88.7), bus=(450000, 412580),
                           parkir=(4500000000, 3872450000), halte=(10, 10), derek=(None, 1146)),
    ("dishub", 2024): dict(laka=(190, 187), fatal=(5.5, 5.9), tempuh=(27, 28.4), vc=(0.8, 0.79), macet=(14, 13),
                           apill=(80, 80), pju=(68, 66.9), rambu=(350, 362), kir=(90, 89.3),
                           parkir=(4000000000, 3615200000), halte=(8, 6)),
    ("dlh", 2025): dict(iklh=(64.5, 63.82), ika=(52, 50.4), iku=(86, 88.15), tangan=(85, 83.6), kurang=(25, 21.4),
                        takkelola=(15, 16.4), tps3r=(18, 16), bank=(120, 131), rth=(1450, 1462.3),
                        aduan=(100, 96.3), dokling=(150, 178), angkut=(6, 7.2), adiwiyata=(None, 24)),
    ("kec", 2025): dict(ikm=(82, 84.27), paten=(95, 96.8), waktu=(2, 1.5), musren=(40, 37.5),
                        probebaya=(100, 94.6), linmas=(240, 240), kerjabakti=(24, 26), pbb=(85, 88.4),
                        posyandu=(65, 63), dokren=(6, 6), ptsl=(None, 312)),
}

# budgets (pagu, realisasi) per sub kegiatan row, by document
BUDGET = {
    "dinkes_tw4": dict(akb=(1250000000, 1187450000), k6=(2150000000, 2043780000), salin=(1875000000, 1802115000),
                       idl=(3420000000, 3298750500), tb=(2780000000, 2461930000), ht=(1640000000, 1502776000),
                       dm=(1385000000, 1297040000), uhc=(38500000000, 39212450000), akred=(6750000000, 6413180000)),
    "pupr_real": dict(jalan=(68450000000, 65918230000), drain=(42300000000, 40873150000),
                      airmin=(15200000000, 14685320000), sanit=(9850000000, 9102455000),
                      jembat=(11400000000, 11038620000), rdtr=(2450000000, 2287500000),
                      turap=(14750000000, 15102300000), spald=(18600000000, 17246700000)),
    "pupr_lkjip": dict(jalan=(68450000000, 65918230000), drain=(42300000000, 40873150000),
                       trotoar=(7300000000, 7012880000)),
    "dinsos_lkjip": dict(dtks=(850000000, 812300000), anak=(1320000000, 1274560000),
                         lansia=(2640000000, 2498700000), disab=(975000000, 948120000),
                         bencana=(1200000000, 1268750000)),
    "dishub_2025": dict(apill=(3250000000, 3318600000), pju=(12400000000, 11873050000),
                        rambu=(1850000000, 1792640000), kir=(1120000000, 1046350000),
                        bus=(24500000000, 23812900000), halte=(2300000000, 2231450000)),
    "dlh_lkjip": dict(tps3r=(5400000000, 4865200000), bank=(450000000, 472500000), rth=(8750000000, 8512340000),
                      aduan=(620000000, 587450000), dokling=(780000000, 742100000),
                      angkut=(9800000000, 10245600000)),
    "kec_real": dict(ikm=(310000000, 296450000), paten=(540000000, 521870000), waktu=(540000000, 521870000),
                     musren=(215000000, 208300000), probebaya=(7100000000, 6852400000),
                     linmas=(385000000, 392700000), kerjabakti=(165000000, 158250000), pbb=(120000000, 114600000),
                     posyandu=(280000000, 271350000), dokren=(95000000, 91250000)),
}
# the Kecamatan realisasi report lists PATEN and waktu layanan under the same sub kegiatan; only the first
# row of the group carries the budget there.
BUDGET["kec_real"].pop("waktu")


def row(opd, year, key, *, target="base", real="base", ach_stated="calc", budget=None, plan=False):
    m = IND[(opd, key)]
    t, r = BASE[(opd, year)][key]
    if target != "base":
        t = target
    if real != "base":
        r = real
    if plan:
        r = None
    a = ach(t, r, m["lib"]) if ach_stated == "calc" else ach_stated
    p = br = ab = None
    if budget is not None and key in BUDGET[budget]:
        p, br = BUDGET[budget][key]
        ab = round(br / p * 100, 2)
    return dict(opd=opd, year=year, key=key, name=m["name"], unit=m["unit"], lib=m["lib"], prog=m["prog"],
                keg=m["keg"], sub=m["sub"], target=t, real=r, ach=a, pagu=p, breal=br, abs=ab)


# ----------------------------------------------------------------------------------------------
# document specs (rows in display order); planted deviations are marked with # PLANT
# ----------------------------------------------------------------------------------------------

def rows(opd, year, keys, plan=False, budget=None, over=None):
    over = over or {}
    out = []
    for k in keys:
        kw = dict(over.get(k, {}))
        out.append(row(opd, year, k, plan=plan, budget=budget, **kw))
    return out


DOCS_SPEC = []


def D(**kw):
    DOCS_SPEC.append(kw)


# ---- Dinas Kesehatan ----
D(file="PK_Dinkes_2025.docx", opd="dinkes", year=2025, layout="docx_table", doc_type="pk",
  rows=rows("dinkes", 2025, ["aki", "akb", "stunt", "k6", "salin", "idl", "tb", "ht", "dm", "uhc", "akred", "dbd",
                             "ikm", "nakes"], plan=True,
            over={"stunt": dict(target=17.8)}))  # PLANT TARGET_CHANGED (report says 18,5)
D(file="LKjIP_Dinkes_Samarinda_2025.pdf", opd="dinkes", year=2025, layout="pdf_table", doc_type="lkjip",
  rows=rows("dinkes", 2025, ["aki", "akb", "stunt", "k6", "salin", "idl", "tb", "ht", "dm", "uhc", "akred", "dbd",
                             "ikm", "hiv", "nakes"],
            over={"aki": dict(ach_stated=92.24),   # PLANT ACHIEVEMENT_MISMATCH (used r/t on lower-is-better)
                  "tb": dict(ach_stated=95.33)}))  # PLANT ACHIEVEMENT_MISMATCH (correct 85,33)
D(file="Realisasi_Fisik_Keuangan_TW_IV_2025_Dinkes.xlsx", opd="dinkes", year=2025, layout="xlsx",
  doc_type="realisasi",
  rows=rows("dinkes", 2025, ["akb", "k6", "salin", "idl", "tb", "ht", "dm", "uhc", "akred"], budget="dinkes_tw4",
            over={"idl": dict(real=88.15),     # PLANT CROSS_DOCUMENT_CONFLICT (LKjIP 89,42)
                  "ht": dict(real=86.3),       # PLANT CROSS_DOCUMENT_CONFLICT (LKjIP 84,25)
                  "akred": dict(real=9)}))     # PLANT CROSS_DOCUMENT_CONFLICT (LKjIP 8)
# uhc budget realisation > pagu                 # PLANT ABSORPTION_OVER_100
D(file="Scan_LKjIP_Dinkes_2024.pdf", opd="dinkes", year=2024, layout="scan", doc_type="lkjip",
  rows=rows("dinkes", 2024, ["aki", "akb", "stunt", "k6", "salin", "idl", "tb", "ht", "dm", "uhc", "akred", "dbd",
                             "ikm", "ds", "nakes"],
            over={"dbd": dict(ach_stated=87.64)}))  # PLANT ACHIEVEMENT_MISMATCH (lower-is-better, correct 114,11)
# ds: realisation, no target                                            # PLANT REALISATION_WITHOUT_TARGET

# ---- Dinas PUPR ----
D(file="Renja_DPUPR_2025.xlsx", opd="pupr", year=2025, layout="xlsx", doc_type="renja",
  rows=rows("pupr", 2025, ["mantap", "jalan", "jembat", "drain", "genang", "surut", "airmin", "sanit", "spald",
                           "pbg", "rdtr", "turap"], plan=True,
            over={"genang": dict(target=320),   # PLANT TARGET_CHANGED (LKjIP 350)
                  "pbg": dict(target=25)}))     # PLANT TARGET_CHANGED (LKjIP 28)
D(file="LKjIP_DPUPR_2025.pdf", opd="pupr", year=2025, layout="pdf_prose", doc_type="lkjip",
  rows=rows("pupr", 2025, ["mantap", "jalan", "jembat", "trotoar", "drain", "genang", "surut", "airmin", "sanit",
                           "spald", "pbg", "rdtr", "turap"], budget="pupr_lkjip",
            over={"mantap": dict(ach_stated=98.94)}))  # PLANT ACHIEVEMENT_MISMATCH (correct 96,94)
# trotoar: no target                                     # PLANT REALISATION_WITHOUT_TARGET
D(file="Scan_Laporan_Realisasi_DPUPR_2025.pdf", opd="pupr", year=2025, layout="scan", doc_type="realisasi",
  rows=rows("pupr", 2025, ["jalan", "jembat", "drain", "airmin", "sanit", "spald", "rdtr", "turap"],
            budget="pupr_real",
            over={"drain": dict(real=8290),   # PLANT CROSS_DOCUMENT_CONFLICT (LKjIP 8.920)
                  "jembat": dict(real=5)}))   # PLANT CROSS_DOCUMENT_CONFLICT (LKjIP 6)
# turap budget > pagu                          # PLANT ABSORPTION_OVER_100

# ---- Dinas Pendidikan dan Kebudayaan ----
D(file="Perjanjian_Kinerja_Disdikbud_2025.pdf", opd="disdik", year=2025, layout="pdf_table", doc_type="pk",
  rows=rows("disdik", 2025, ["apkpaud", "apmsd", "apmsmp", "apssd", "apssmp", "rls", "hls", "akred",
                             "literasi", "rkb", "gurus1", "cagar"], plan=True,
            over={"rkb": dict(target=40)}))  # PLANT TARGET_CHANGED (LKjIP 45)
D(file="LKjIP_Disdikbud_2025.docx", opd="disdik", year=2025, layout="docx_table", doc_type="lkjip",
  rows=rows("disdik", 2025, ["apkpaud", "apmsd", "apmsmp", "apssd", "apssmp", "rls", "hls", "akred",
                             "literasi", "rkb", "beasiswa", "gurus1", "cagar"],
            over={"apssmp": dict(ach_stated=117.14)}))  # PLANT ACHIEVEMENT_MISMATCH (lower-is-better, correct 85,37)
# beasiswa: no target                                     # PLANT REALISATION_WITHOUT_TARGET

# ---- Dinas Sosial ----
D(file="Renja_Dinsos_2025_hal12.jpg", opd="dinsos", year=2025, layout="scan", doc_type="renja",
  rows=rows("dinsos", 2025, ["miskin", "dtks", "pkh", "sktm", "ikm", "ppks", "anak", "lansia", "disab",
                             "singgah", "bencana", "psks"], plan=True,
            over={"lansia": dict(target=300),   # PLANT TARGET_CHANGED (LKjIP 350)
                  "miskin": dict(target=4.5)}))  # PLANT TARGET_CHANGED (LKjIP 4,6)
D(file="LKjIP_Dinsos_2025.pdf", opd="dinsos", year=2025, layout="pdf_prose", doc_type="lkjip",
  rows=rows("dinsos", 2025, ["miskin", "dtks", "pkh", "sktm", "ikm", "ppks", "anak", "lansia", "disab",
                             "singgah", "bencana", "psks", "latih"], budget="dinsos_lkjip",
            over={"pkh": dict(ach_stated=96.5)}))  # PLANT ACHIEVEMENT_MISMATCH (correct 91,5)
# bencana budget > pagu; latih: no target          # PLANT ABSORPTION_OVER_100, REALISATION_WITHOUT_TARGET

# ---- Dinas Perhubungan ----
D(file="PK_Dishub_2025.docx", opd="dishub", year=2025, layout="docx_table", doc_type="pk",
  rows=rows("dishub", 2025, ["laka", "fatal", "tempuh", "vc", "macet", "apill", "pju", "rambu", "kir", "bus",
                             "parkir", "halte"], plan=True,
            over={"tempuh": dict(target=24)}))  # PLANT TARGET_CHANGED (LKjIP 25)
D(file="Scan_LKjIP_Dishub_2025.pdf", opd="dishub", year=2025, layout="scan", doc_type="lkjip",
  rows=rows("dishub", 2025, ["laka", "fatal", "tempuh", "vc", "macet", "apill", "pju", "rambu", "kir", "bus",
                             "parkir", "halte", "derek"], budget="dishub_2025",
            over={"vc": dict(ach_stated=103.85)}))  # PLANT ACHIEVEMENT_MISMATCH (lower-is-better, correct 96,15)
# apill budget > pagu; derek no target             # PLANT ABSORPTION_OVER_100, REALISATION_WITHOUT_TARGET
D(file="LKjIP_Dishub_2024.pdf", opd="dishub", year=2024, layout="pdf_table", doc_type="lkjip",
  rows=rows("dishub", 2024, ["laka", "fatal", "tempuh", "vc", "macet", "apill", "pju", "rambu", "kir", "parkir",
                             "halte"],
            over={"halte": dict(ach_stated=85.0)}))  # PLANT ACHIEVEMENT_MISMATCH (correct 75)

# ---- Dinas Lingkungan Hidup ----
D(file="Renja_DLH_2025.pdf", opd="dlh", year=2025, layout="pdf_table", doc_type="renja",
  rows=rows("dlh", 2025, ["iklh", "ika", "iku", "aduan", "tangan", "kurang", "takkelola", "tps3r", "bank",
                          "angkut", "rth", "dokling"], plan=True,
            over={"kurang": dict(target=30)}))  # PLANT TARGET_CHANGED (LKjIP 25)
D(file="LKjIP_DLH_2025.xlsx", opd="dlh", year=2025, layout="xlsx", doc_type="lkjip",
  rows=rows("dlh", 2025, ["iklh", "ika", "iku", "aduan", "tangan", "kurang", "takkelola", "tps3r", "bank",
                          "angkut", "rth", "dokling", "adiwiyata"], budget="dlh_lkjip",
            over={"tps3r": dict(ach_stated=98.89)}))  # PLANT ACHIEVEMENT_MISMATCH (correct 88,89)
# bank, angkut budget > pagu; adiwiyata no target    # PLANT ABSORPTION_OVER_100 x2, REALISATION_WITHOUT_TARGET

# ---- Kecamatan Samarinda Ulu ----
D(file="Laporan_Kinerja_Kec_Samarinda_Ulu_2025.docx", opd="kec", year=2025, layout="docx_table", doc_type="lkjip",
  rows=rows("kec", 2025, ["ikm", "paten", "waktu", "pbb", "dokren", "ptsl", "musren", "probebaya",
                          "kerjabakti", "posyandu", "linmas"],
            over={"kerjabakti": dict(ach_stated=118.33)}))  # PLANT ACHIEVEMENT_MISMATCH (correct 108,33)
# ptsl no target                                              # PLANT REALISATION_WITHOUT_TARGET
D(file="Laporan_Realisasi_Kec_Samarinda_Ulu_2025.pdf", opd="kec", year=2025, layout="pdf_table",
  doc_type="realisasi",
  rows=rows("kec", 2025, ["ikm", "paten", "waktu", "pbb", "dokren", "musren", "probebaya", "kerjabakti",
                          "posyandu", "linmas"], budget="kec_real",
            over={"musren": dict(real=35.8),    # PLANT CROSS_DOCUMENT_CONFLICT (laporan kinerja 37,5)
                  "posyandu": dict(real=61)}))  # PLANT CROSS_DOCUMENT_CONFLICT (laporan kinerja 63)
# linmas budget > pagu                            # PLANT ABSORPTION_OVER_100

# ----------------------------------------------------------------------------------------------
# drawing backends (one layout engine; vector PDF or raster "scan")
# ----------------------------------------------------------------------------------------------
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
FONTFILES = {"DV": "DejaVuSans.ttf", "DVB": "DejaVuSans-Bold.ttf", "DVS": "DejaVuSerif.ttf",
             "DVSB": "DejaVuSerif-Bold.ttf"}


class Engine:
    """Coordinates in points, origin top-left. Records all text per page."""

    def __init__(self, kind, path, pagesize, serif=False, dpi=200, draw=True):
        self.kind, self.path, self.W, self.H = kind, path, pagesize[0], pagesize[1]
        self.f, self.fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
        self.dpi, self.draw = dpi, draw
        self.page = 0
        self.texts = {}
        self.margin = 42
        self.images = []
        self.footer = None
        self._pilfonts = {}
        if kind == "pdf" and draw:
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
            self.c.setAuthor("Pemerintah Kota Samarinda")
        self.new_page(first=True)

    def sw(self, s, size, bold=False):
        return pdfmetrics.stringWidth(s, self.fb if bold else self.f, size)

    def _pf(self, size, bold):
        from PIL import ImageFont
        k = (size, bold)
        if k not in self._pilfonts:
            self._pilfonts[k] = ImageFont.truetype(os.path.join(FONT_DIR, FONTFILES[self.fb if bold else self.f]),
                                                   int(round(size * self.dpi / 72)))
        return self._pilfonts[k]

    def new_page(self, first=False):
        if not first:
            self._finish_page()
        self.page += 1
        self.texts[self.page] = []
        self.y = self.margin
        if self.kind == "img" and self.draw:
            from PIL import Image, ImageDraw
            s = self.dpi / 72
            self.im = Image.new("L", (int(self.W * s), int(self.H * s)), 255)
            self.dr = ImageDraw.Draw(self.im)

    def _finish_page(self):
        if self.footer:
            s = self.footer(self.page)
            self.text((self.W - self.sw(s, 7.5)) / 2, self.H - 26, s, 7.5)
        if self.kind == "pdf" and self.draw:
            self.c.showPage()
        elif self.kind == "img" and self.draw:
            self.images.append(self.im)

    def text(self, x, y, s, size=9, bold=False):
        self.texts[self.page].append(s)
        if not self.draw:
            return
        if self.kind == "pdf":
            self.c.setFont(self.fb if bold else self.f, size)
            self.c.drawString(x, self.H - y - size * 0.8, s)
        else:
            k = self.dpi / 72
            self.dr.text((x * k, y * k), s, font=self._pf(size, bold), fill=20)

    def line(self, x1, y1, x2, y2, w=0.6):
        if not self.draw:
            return
        if self.kind == "pdf":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            k = self.dpi / 72
            self.dr.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=40, width=max(1, int(w * k)))

    def wrap(self, s, width, size, bold=False):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.sw(t, size, bold) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines or [""]

    def para(self, s, size=9.5, bold=False, indent=0, gap=4, center=False, keep=True, width=None):
        width = width or (self.W - 2 * self.margin - indent)
        lines = self.wrap(s, width, size, bold)
        lead = size * 1.35
        if keep and self.y + lead * len(lines) > self.H - self.margin - 14:
            self.new_page()
        for ln in lines:
            if self.y + lead > self.H - self.margin - 14:
                self.new_page()
            x = self.margin + indent
            if center:
                x = (self.W - self.sw(ln, size, bold)) / 2
            self.text(x, self.y, ln, size, bold)
            self.y += lead
        self.y += gap
        return self.page

    def space(self, h):
        self.y += h

    def table(self, cols, header_rows, body, size=7.5):
        """cols: list of (width, align). header_rows: list of list of (text, span). body: list of dict(cells, bold,
        span_all). Returns list of page numbers per body entry."""
        total = sum(w for w, _ in cols)
        x0 = (self.W - total) / 2
        lead = size * 1.3
        pad = 2.5

        def draw_row(cells, bold=False, spans=None, measure=False):
            spans = spans or [1] * len(cells)
            xs, ci, parts = [], 0, []
            for txt, sp in zip(cells, spans):
                w = sum(cols[j][0] for j in range(ci, ci + sp))
                al = cols[ci][1] if sp == 1 else "l"
                parts.append((x0 + sum(c[0] for c in cols[:ci]), w, al, self.wrap(str(txt), w - 2 * pad, size, bold)))
                ci += sp
            h = max(len(p[3]) for p in parts) * lead + 2 * pad
            if measure:
                return h
            top = self.y
            for x, w, al, lines in parts:
                for i, ln in enumerate(lines):
                    tw = self.sw(ln, size, bold)
                    tx = x + pad if al == "l" else (x + w - pad - tw if al == "r" else x + (w - tw) / 2)
                    self.text(tx, top + pad + i * lead, ln, size, bold)
                self.line(x, top, x, top + h)
            self.line(x0 + total, top, x0 + total, top + h)
            self.line(x0, top, x0 + total, top)
            self.line(x0, top + h, x0 + total, top + h)
            self.y += h
            return h

        def header():
            for hr in header_rows:
                draw_row([t for t, _ in hr], True, [s for _, s in hr])

        header()
        pages = []
        for b in body:
            spans = b.get("spans")
            h = draw_row(b["cells"], b.get("bold", False), spans, measure=True)
            if self.y + h > self.H - self.margin - 16:
                self.new_page()
                header()
            draw_row(b["cells"], b.get("bold", False), spans)
            pages.append(self.page)
        return pages

    def finish(self):
        self._finish_page()
        if self.kind == "pdf" and self.draw:
            self.c.save()
        return self.page


def degrade(im, rng, angle):
    """mild scan look: skew, blur, noise, grey paper, slight uneven exposure."""
    from PIL import Image, ImageFilter
    import numpy as np
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape
    grad = np.linspace(0, 14, w)[None, :] + np.linspace(0, 8, h)[:, None]
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = a * 0.93 + 6 - grad + nrng.normal(0, 7, a.shape)
    # a few specks
    for _ in range(120):
        y, x = nrng.integers(0, h), nrng.integers(0, w)
        a[y:y + 2, x:x + 2] = 90
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


# ----------------------------------------------------------------------------------------------
# document builders
# ----------------------------------------------------------------------------------------------
A4 = (595.28, 841.89)
A4L = (841.89, 595.28)
F4L = (935.43, 609.45)


def title_block(e, opd_name, lines, addr):
    e.para("PEMERINTAH KOTA SAMARINDA", 11, True, center=True, gap=0)
    e.para(opd_name.upper().replace(" KOTA SAMARINDA", ""), 12, True, center=True, gap=0)
    e.para(addr, 7.5, center=True, gap=2)
    e.line(e.margin, e.y, e.W - e.margin, e.y, 1.4)
    e.space(10)
    for l in lines:
        e.para(l, 10.5, True, center=True, gap=1)
    e.space(8)


def signature(e, place_date, jabatan, nama, nip):
    e.space(10)
    if e.y + 110 > e.H - e.margin:
        e.new_page()
    x = e.W - e.margin - 230
    for i, s in enumerate([place_date, jabatan, "", "", "", nama, "NIP. " + nip]):
        e.text(x, e.y, s, 8.5, bold=(i == 5))
        e.y += 12


def budget_cells(r, style):
    return [frp(r["pagu"], style), frp(r["breal"], style), fpct(r["abs"]) if r["abs"] is not None else "-"]


def build_pdf_table(doc, kind="pdf", draw=True, path=None):
    """generic table report (pdf_table and scan layouts)."""
    rng = random.Random(doc["file"])
    opd = OPD[doc["opd"]]
    f = doc["file"]
    year = doc["year"]
    plan = doc["doc_type"] in ("pk", "renja")
    has_budget = any(r["pagu"] is not None for r in doc["rows"])
    landscape = has_budget or doc.get("landscape", False)
    e = Engine(kind, path, A4L if landscape else A4, serif=doc.get("serif", False), draw=draw)
    e.footer = doc.get("footer")
    style = doc.get("rp_style", "plain")
    sp = doc.get("pct_space", False)
    for para in doc.get("pre", []):
        if para == "@title":
            title_block(e, opd, doc["title"], doc.get("addr", "Jl. -, Samarinda"))
        elif para.startswith("#"):
            e.para(para[1:], 10, True, gap=3)
        else:
            e.para(para, 9.5, gap=5)
    # columns
    hier = doc.get("hier", "group")  # group: programme header rows; col: sub kegiatan column; none
    cols = [(22, "c")]
    hdr1 = [("No", 1)]
    if hier == "col":
        cols.append((150, "l")); hdr1.append(("Sub Kegiatan", 1))
    cols += [(190 if not landscape else 200, "l"), (52, "c"), (46, "r")]
    hdr1 += [("Indikator Kinerja", 1), ("Satuan", 1), ("Target " + str(year), 1)]
    if not plan:
        cols += [(50, "r"), (48, "r")]
        hdr1 += [("Realisasi", 1), ("Capaian (%)", 1)]
    if has_budget:
        cols += [(88, "r"), (88, "r"), (44, "r")]
        rp = " (Rp)" if style == "plain" else ""
        hdr1 += [("Pagu Anggaran" + rp, 1), ("Realisasi Anggaran" + rp, 1), ("Serapan (%)", 1)]
    if doc.get("ket"):
        cols.append((70, "l")); hdr1.append(("Ket.", 1))
    body, idx, last_prog = [], [], None
    n = 0
    for i, r in enumerate(doc["rows"]):
        if hier == "group" and r["prog"] != last_prog:
            body.append(dict(cells=[r["prog"].upper()], spans=[len(cols)], bold=True))
            idx.append(None)
            last_prog = r["prog"]
        n += 1
        cells = [str(n)]
        if hier == "col":
            cells.append(r["sub"] or "-")
        cells += [r["name"], r["unit"], fval(r["target"], r["unit"], sp) if r["target"] is not None
                  else doc.get("no_target", "-")]
        if not plan:
            cells += [fval(r["real"], r["unit"], sp), fnum(r["ach"], 2) if r["ach"] is not None else "-"]
        if has_budget:
            cells += budget_cells(r, style)
        if doc.get("ket"):
            cells.append(doc["ket"].get(r["key"], ""))
        body.append(dict(cells=cells))
        idx.append(i)
    if doc.get("table_title"):
        e.para(doc["table_title"], 9.5, True, gap=4)
    # widen right-aligned numeric columns so that long figures never need wrapping
    fs = doc.get("size", 7.5)
    for j, (w, al) in enumerate(cols):
        if al == "r":
            need = max(e.sw(b["cells"][j], fs) for b in body if len(b["cells"]) == len(cols)) + 8
            cols[j] = (max(w, need), al)
    avail = e.W - 2 * e.margin + 10
    extra = sum(w for w, _ in cols) - avail
    ind_j = 2 if hier == "col" else 1
    if extra > 0:
        cols[ind_j] = (cols[ind_j][0] - extra, "l")
    pages = e.table(cols, [hdr1], body, size=fs)
    e.space(6)
    for p, i in zip(pages, idx):
        if i is not None:
            doc["rows"][i]["page"] = p
    for para in doc.get("post", []):
        e.para(para, 8.5, gap=3)
    if doc.get("sign"):
        signature(e, *doc["sign"])
    npages = e.finish()
    return e, npages


def build_prose(doc, draw=True, path=None):
    opd = OPD[doc["opd"]]
    year = doc["year"]
    e = Engine("pdf", path, A4, serif=True, draw=draw)
    e.footer = doc.get("footer")
    for para in doc.get("pre", []):
        if para == "@title":
            title_block(e, opd, doc["title"], doc.get("addr", ""))
        elif para.startswith("#"):
            e.para(para[1:], 10.5, True, gap=3)
        else:
            e.para(para, 10, gap=6)
    templates = doc["templates"]
    last_prog, k = None, 0
    for i, r in enumerate(doc["rows"]):
        if r["prog"] != last_prog:
            if e.y + 70 > e.H - e.margin - 14:
                e.new_page()
            e.para(r["prog"], 10, True, gap=2)
            last_prog = r["prog"]
        k += 1
        u = r["unit"]
        unit_txt = "" if u == "%" else " " + u
        T = fval(r["target"], u)
        R = fval(r["real"], u)
        A = fpct(r["ach"]) if r["ach"] is not None else None
        if r["target"] is None:
            s = doc["notarget"].format(n=k, name=r["name"], R=R, u=unit_txt)
        else:
            tpl = templates[k % len(templates)]
            s = tpl.format(n=k, name=r["name"], T=T, R=R, A=A, u=unit_txt, y=year)
            if r["lib"]:
                s += " " + doc["lib_note"][k % len(doc["lib_note"])].format(A=A)
        if r["pagu"] is not None:
            s += " " + doc["budget_tpl"].format(sub=r["sub"], P=frp(r["pagu"], "rp"), B=frp(r["breal"], "rp"),
                                                S=fpct(r["abs"]))
        r["page"] = e.para(s, 10, indent=0, gap=7)
    for para in doc.get("post", []):
        if para.startswith("#"):
            e.para(para[1:], 10.5, True, gap=3)
        else:
            e.para(para, 10, gap=5)
    if doc.get("sign"):
        signature(e, *doc["sign"])
    return e, e.finish()


def build_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    opd = OPD[doc["opd"]]
    plan = doc["doc_type"] in ("pk", "renja")
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Arial")
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    d.core_properties.author = "Subbag Perencanaan dan Keuangan"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    for i, t in enumerate(doc["title"]):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(t)
        run.bold = True
        run.font.size = Pt(12 if i < 2 else 10.5)
    for t in doc.get("pre", []):
        p = d.add_paragraph(t)
        p.paragraph_format.space_after = Pt(4)
    headers = ["No.", "Indikator Kinerja", "Satuan", "Target"]
    if not plan:
        headers += ["Realisasi", "% Capaian"]
    if doc.get("ket"):
        headers.append("Keterangan")
    per_page = doc.get("per_page", [7, 10])
    chunks, rest = [], list(enumerate(doc["rows"]))
    first = True
    while rest:
        n = per_page[0] if first else per_page[1]
        chunks.append(rest[:n]); rest = rest[n:]
        first = False
    sp = doc.get("pct_space", True)
    for ci, chunk in enumerate(chunks):
        if ci > 0:
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            p2 = d.add_paragraph(doc.get("cont", "(lanjutan)"))
            p2.runs[0].italic = True
        tb = d.add_table(rows=1, cols=len(headers))
        tb.style = "Table Grid"
        for j, h in enumerate(headers):
            c = tb.rows[0].cells[j]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        last_prog = None
        for i, r in chunk:
            r["page"] = ci + 1
            if doc.get("group") and r["prog"] != last_prog:
                rr = tb.add_row().cells
                m = rr[0].merge(rr[-1])
                m.text = r["prog"]
                m.paragraphs[0].runs[0].bold = True
                last_prog = r["prog"]
            cells = [str(i + 1), r["name"], r["unit"],
                     fval(r["target"], r["unit"], sp) if r["target"] is not None else doc.get("no_target", "-")]
            if not plan:
                cells += [fval(r["real"], r["unit"], sp), fnum(r["ach"], 2) if r["ach"] is not None else "-"]
            if doc.get("ket"):
                cells.append(doc["ket"].get(r["key"], ""))
            rr = tb.add_row().cells
            for j, v in enumerate(cells):
                rr[j].text = v
        widths = [Cm(1.0), Cm(10.5), Cm(3.0), Cm(2.6), Cm(2.6), Cm(2.4), Cm(3.5)]
        for rw in tb.rows:
            for j, c in enumerate(rw.cells):
                c.width = widths[min(j, len(widths) - 1)]
                for p in c.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
    for t in doc.get("post", []):
        d.add_paragraph(t)
    if doc.get("sign"):
        for s in doc["sign"]:
            p = d.add_paragraph(s)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(0)
    d.save(path)
    return len(chunks)


def build_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    opd = OPD[doc["opd"]]
    plan = doc["doc_type"] in ("pk", "renja")
    wb = Workbook()
    ws = wb.active
    data_sheet = doc.get("data_sheet", 1)
    if data_sheet == 2:
        ws.title = doc.get("sheet1_name", "Keterangan")
        for i, t in enumerate(doc.get("sheet1", [])):
            ws.cell(row=i + 1, column=1, value=t)
        ws.column_dimensions["A"].width = 110
        ws = wb.create_sheet(doc.get("sheet_name", "Data"))
    else:
        ws.title = doc.get("sheet_name", "Data")
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    r0 = 1
    for t in doc["title"]:
        ws.cell(row=r0, column=1, value=t).font = Font(bold=True, size=12)
        r0 += 1
    r0 += 1
    has_budget = any(r["pagu"] is not None for r in doc["rows"])
    heads = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Target"]
    if not plan:
        heads += ["Realisasi", "Capaian (%)"]
    if has_budget:
        heads += ["Pagu (Rp)", "Realisasi Keuangan (Rp)", "Serapan (%)"]
    if doc.get("ket"):
        heads.append("Keterangan")
    for j, h in enumerate(heads):
        c = ws.cell(row=r0, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = bd
    r0 += 1
    # number row (1),(2),... like SIPD exports
    for j in range(len(heads)):
        c = ws.cell(row=r0, column=j + 1, value=f"({j + 1})")
        c.alignment = Alignment(horizontal="center")
        c.border = bd
    r0 += 1
    text_nums = doc.get("text_numbers", False)
    last_prog, last_keg, n = None, None, 0
    # within a programme, outcome indicators (no kegiatan) come before the kegiatan blocks so that no outcome
    # row sits visually under a kegiatan header
    porder = list(dict.fromkeys(r["prog"] for r in doc["rows"]))
    ordered = sorted(doc["rows"], key=lambda r: (porder.index(r["prog"]), r["keg"] is not None))
    for r in ordered:
        if r["prog"] != last_prog:
            ws.cell(row=r0, column=2, value=r["prog"]).font = Font(bold=True)
            last_prog, last_keg = r["prog"], None
            r0 += 1
        if r["keg"] and r["keg"] != last_keg:
            ws.cell(row=r0, column=2, value="   " + r["keg"]).font = Font(italic=True)
            last_keg = r["keg"]
            r0 += 1
        n += 1
        vals = [n, ("      " + r["sub"]) if r["sub"] else "", r["name"], r["unit"]]
        tv = r["target"]
        if tv is None:
            vals.append(doc.get("no_target", "-"))
        else:
            vals.append(fnum(tv) if text_nums else tv)
        if not plan:
            vals.append(fnum(r["real"]) if text_nums else r["real"])
            vals.append(r["ach"] if r["ach"] is not None else "-")
        if has_budget:
            vals += [r["pagu"], r["breal"], r["abs"]] if r["pagu"] is not None else [None, None, None]
        if doc.get("ket"):
            vals.append(doc["ket"].get(r["key"], None))
        for j, v in enumerate(vals):
            c = ws.cell(row=r0, column=j + 1, value=v)
            c.border = bd
            if isinstance(v, float) or isinstance(v, int):
                h = heads[j]
                if "Rp" in h:
                    c.number_format = "#,##0"
                elif h in ("Capaian (%)", "Serapan (%)"):
                    c.number_format = "0.00"
                elif isinstance(v, float):
                    c.number_format = "#,##0.00" if ndec(v) > 1 else "#,##0.0"
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r["page"] = data_sheet
        r0 += 1
    r0 += 1
    for t in doc.get("post", []):
        ws.cell(row=r0, column=2, value=t)
        r0 += 1
    for j, w in enumerate([5, 48, 52, 12, 11, 11, 11, 18, 18, 10, 24]):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w
    wb.properties.creator = "operator"
    import datetime
    wb.properties.created = datetime.datetime(2026, 1, 15, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 15, 8, 0, 0)
    wb.save(path)
    return len(wb.worksheets)


# ----------------------------------------------------------------------------------------------
# per-document presentation (titles, narrative, signatures)
# ----------------------------------------------------------------------------------------------
PRES = {
    "PK_Dinkes_2025.docx": dict(
        title=["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KOTA SAMARINDA",
               "Lampiran: Sasaran Strategis, Indikator Kinerja dan Target"],
        pre=["Sasaran Strategis: Meningkatnya derajat kesehatan masyarakat Kota Samarinda.",
             "Target di bawah ini mengacu pada Renstra Dinas Kesehatan 2021-2026 dan RKPD Tahun 2025."],
        group=True,
        sign=["Samarinda, 2 Januari 2025", "Kepala Dinas Kesehatan Kota Samarinda", "",
              "dr. Hj. Nurul Hidayati, M.Kes", "NIP. 19740812 200212 2 004"]),
    "LKjIP_Dinkes_Samarinda_2025.pdf": dict(
        title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN 2025"],
        addr="Jl. Milono No. 1, Samarinda, Kalimantan Timur 75121 - Telp. (0541) 7xxxxx",
        pre=["@title", "#BAB III AKUNTABILITAS KINERJA",
             "#3.1 Capaian Kinerja Organisasi",
             "Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target yang ditetapkan. Untuk "
             "indikator yang bersifat negatif (angka kematian, prevalensi, angka kesakitan), capaian dihitung "
             "dengan rumus (target / realisasi) x 100%.",
             ],
        table_title="Tabel 3.1 Pengukuran Kinerja Dinas Kesehatan Tahun 2025",
        post=["Sumber: Bidang Kesmas, Bidang P2P dan Bidang Yankes, data diolah per 31 Desember 2025.",
              "*) Data kasus HIV bersumber dari SIHA; indikator ini belum tercantum dalam Perjanjian Kinerja."],
        footer=lambda p: f"LKjIP Dinas Kesehatan Kota Samarinda Tahun 2025 - hal. {p + 21}",
        no_target="-", size=7.5,
        sign=("Samarinda, 26 Januari 2026", "Kepala Dinas Kesehatan,", "dr. Hj. Nurul Hidayati, M.Kes",
              "19740812 200212 2 004")),
    "Realisasi_Fisik_Keuangan_TW_IV_2025_Dinkes.xlsx": dict(
        title=["LAPORAN REALISASI FISIK DAN KEUANGAN TRIWULAN IV TAHUN ANGGARAN 2025",
               "DINAS KESEHATAN KOTA SAMARINDA", "Keadaan s.d. 31 Desember 2025"],
        data_sheet=2, sheet1_name="Petunjuk", sheet_name="TW IV",
        sheet1=["Lembar ini berisi petunjuk pengisian. Data ada pada sheet 'TW IV'.",
                "Realisasi keuangan sesuai SP2D yang telah terbit s.d. 31 Desember 2025.",
                "Capaian fisik = realisasi / target x 100 (untuk indikator negatif: target / realisasi x 100).",
                "Dikirim ke Bagian Administrasi Pembangunan Setda Kota Samarinda."],
        post=["Catatan: realisasi PBI JKN termasuk tunggakan iuran bulan Desember 2024 yang dibayarkan tahun 2025.",
              "Disusun oleh: Subbag Perencanaan dan Pelaporan"]),
    "Scan_LKjIP_Dinkes_2024.pdf": dict(
        title=["LAPORAN KINERJA INSTANSI PEMERINTAH", "DINAS KESEHATAN KOTA SAMARINDA TAHUN 2024"],
        pre=["#Tabel 3.2 Capaian Indikator Kinerja Tahun 2024",
             "Untuk indikator negatif (AKI, AKB, prevalensi stunting, IR DBD) capaian = target / realisasi x 100%."],
        addr="Jl. Milono No. 1, Samarinda",
        post=["Ket: indikator D/S dilaporkan sebagai data dukung, tidak ditetapkan target tahun 2024."],
        footer=lambda p: f"- {p + 17} -", serif=True, size=8),
    "Renja_DPUPR_2025.xlsx": dict(
        title=["RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
               "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA"],
        sheet_name="Renja 2025", text_numbers=True,
        post=["Sumber: e-Renja / SIPD, diekspor 14-10-2024; target disesuaikan dengan RKPD 2025."]),
    "LKjIP_DPUPR_2025.pdf": dict(
        title=["LAPORAN KINERJA INSTANSI PEMERINTAH", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "TAHUN 2025"],
        addr="Jl. Tepian Batu No. 1, Samarinda",
        pre=["@title", "#BAB III", "#A. CAPAIAN KINERJA",
             "Pada tahun 2025 Dinas PUPR Kota Samarinda melaksanakan program dan kegiatan untuk mendukung sasaran "
             "RPJMD, yaitu meningkatnya kualitas infrastruktur kota dan berkurangnya kawasan rawan banjir. Uraian "
             "capaian setiap indikator disajikan sebagai berikut."],
        templates=[
            "{n}) {name}: realisasi tahun {y} sebesar {R}{u} dari target {T}{u}, sehingga capaian kinerja "
            "mencapai {A}.",
            "{n}) Indikator {name} ditargetkan {T}{u} dan terealisasi {R}{u} atau capaian {A}.",
            "{n}) Untuk indikator {name}, target yang ditetapkan adalah {T}{u}, sedangkan realisasinya "
            "sebesar {R}{u}; dengan demikian tingkat capaian adalah {A}.",
        ],
        lib_note=["Indikator ini bersifat negatif sehingga capaian dihitung dari target dibagi realisasi.",
                  "(Semakin kecil realisasi semakin baik; capaian = target/realisasi.)"],
        notarget="{n}) {name} terealisasi sepanjang {R}{u}. Kegiatan ini merupakan usulan pokok pikiran DPRD "
                 "yang masuk pada APBD Perubahan, sehingga belum memiliki target kinerja.",
        budget_tpl="Sub kegiatan {sub} didukung pagu anggaran {P} dengan realisasi {B} ({S}).",
        post=["#B. ANALISIS",
              "Penurunan capaian pada beberapa indikator disebabkan keterlambatan proses lelang dan curah hujan "
              "tinggi pada triwulan IV."],
        footer=lambda p: f"LKjIP Dinas PUPR 2025 | {p}",
        sign=("Samarinda, 30 Januari 2026", "Kepala Dinas PUPR Kota Samarinda", "Ir. H. Desy Damayanti, M.T.",
              "19720305 199803 2 006")),
    "Scan_Laporan_Realisasi_DPUPR_2025.pdf": dict(
        title=["LAPORAN REALISASI FISIK DAN KEUANGAN", "TAHUN ANGGARAN 2025 (s.d. Desember)"],
        pre=["@title"], addr="Jl. Tepian Batu No. 1, Samarinda", hier="col", rp_style="plain",
        footer=lambda p: f"Hal. {p}",
        sign=("Samarinda, 12 Januari 2026", "PPK-SKPD,", "Rahmat Hidayat, S.E.", "19800714 200901 1 003")),
    "Perjanjian_Kinerja_Disdikbud_2025.pdf": dict(
        title=["PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA"],
        addr="Jl. Dahlia No. 10, Samarinda",
        pre=["@title",
             "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
             "berorientasi pada hasil, Kepala Dinas Pendidikan dan Kebudayaan berjanji akan mewujudkan target "
             "kinerja tahunan sesuai lampiran perjanjian ini."],
        table_title="Lampiran Perjanjian Kinerja",
        footer=lambda p: f"Halaman {p}",
        sign=("Samarinda, 3 Januari 2025", "Kepala Dinas,", "Asli Nuryadin, S.Pd., M.Pd.",
              "19690415 199303 1 007")),
    "LKjIP_Disdikbud_2025.docx": dict(
        title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025",
               "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA",
               "Tabel 3.1 Capaian Indikator Kinerja Utama dan Indikator Kinerja Program"],
        pre=["Capaian indikator negatif (Angka Putus Sekolah) dihitung dengan rumus target/realisasi x 100."],
        group=True, no_target="tidak ada", pct_space=True,
        ket={"rkb": "DAK Fisik + APBD", "beasiswa": "program baru (Perwali)", "apssmp": "data Dapodik"},
        sign=["Samarinda, 28 Januari 2026", "Kepala Dinas Pendidikan dan Kebudayaan", "",
              "Asli Nuryadin, S.Pd., M.Pd.", "NIP. 19690415 199303 1 007"]),
    "Renja_Dinsos_2025_hal12.jpg": dict(
        title=["RENCANA KERJA DINAS SOSIAL KOTA SAMARINDA TAHUN 2025"],
        pre=["#Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2025 (ringkasan indikator)"],
        footer=lambda p: "12", size=7.5),
    "LKjIP_Dinsos_2025.pdf": dict(
        title=["LAPORAN KINERJA INSTANSI PEMERINTAH", "DINAS SOSIAL KOTA SAMARINDA", "TAHUN 2025"],
        addr="Jl. Basuki Rahmat No. 39, Samarinda",
        pre=["@title", "#BAB III AKUNTABILITAS KINERJA",
             "Berikut uraian capaian indikator kinerja Dinas Sosial Kota Samarinda tahun 2025 beserta dukungan "
             "anggarannya."],
        templates=[
            "{n}. {name}. Target tahun {y} ditetapkan sebesar {T}{u}; realisasi sebesar {R}{u}, capaian {A}.",
            "{n}. Realisasi {name} pada tahun {y} sebesar {R}{u} dari target {T}{u}, atau capaian kinerja {A}.",
        ],
        lib_note=["Indikator ini merupakan indikator negatif, sehingga capaian dihitung dengan membagi target "
                  "dengan realisasi."],
        notarget="{n}. {name}: sebanyak {R}{u} pada tahun 2025. Kegiatan ini dilaksanakan bekerja sama dengan "
                 "BLK dan tidak ditetapkan target dalam dokumen perencanaan.",
        budget_tpl="Anggaran sub kegiatan {sub}: pagu {P}, realisasi {B} ({S}).",
        post=["Realisasi anggaran Penyediaan Makanan bagi korban bencana melampaui pagu karena kejadian banjir "
              "dan kebakaran permukiman pada bulan November-Desember 2025."],
        footer=lambda p: f"{p}",
        sign=("Samarinda, 29 Januari 2026", "Kepala Dinas Sosial Kota Samarinda", "Dra. Hj. Ismiati, M.Si.",
              "19680921 199003 2 005")),
    "PK_Dishub_2025.docx": dict(
        title=["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA SAMARINDA"],
        pre=["Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian "
             "ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam "
             "dokumen perencanaan."],
        group=False, per_page=[8, 10], pct_space=False,
        sign=["Samarinda, 6 Januari 2025", "Pihak Pertama,", "Kepala Dinas Perhubungan", "",
              "Hotmarulitua Manalu, S.STP., M.Si.", "NIP. 19780602 199712 1 001"]),
    "Scan_LKjIP_Dishub_2025.pdf": dict(
        title=["LAPORAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA SAMARINDA"],
        pre=["@title", "#Tabel 3.1 Pengukuran Kinerja dan Realisasi Anggaran Tahun 2025"],
        addr="Jl. Kesuma Bangsa No. 1, Samarinda", hier="none", rp_style="plain", size=7,
        no_target="n/a",
        post=["Capaian indikator negatif (kecelakaan, fatalitas, waktu tempuh, V/C ratio, titik kemacetan) = "
              "target/realisasi x 100%.",
              "n/a = tidak ditetapkan target."],
        footer=lambda p: f"LKj Dishub 2025 - {p}"),
    "LKjIP_Dishub_2024.pdf": dict(
        title=["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN 2024"],
        addr="Jl. Kesuma Bangsa No. 1, Samarinda",
        pre=["@title", "#3.1 Capaian Kinerja Tahun 2024",
             "Tabel berikut menyajikan perbandingan target dan realisasi indikator kinerja Dinas Perhubungan tahun "
             "2024."],
        hier="none", pct_space=True,
        footer=lambda p: f"LKjIP Dishub 2024 / {p}",
        sign=("Samarinda, 31 Januari 2025", "Kepala Dinas Perhubungan,", "Hotmarulitua Manalu, S.STP., M.Si.",
              "19780602 199712 1 001")),
    "Renja_DLH_2025.pdf": dict(
        title=["RENCANA KERJA TAHUN 2025", "BAB IV RENCANA KERJA DAN PENDANAAN"],
        addr="Jl. Pangeran Antasari No. 12, Samarinda",
        pre=["@title", "Tabel 4.1 Target Indikator Kinerja Program dan Sub Kegiatan Tahun 2025"],
        hier="group", landscape=True,
        footer=lambda p: f"Renja DLH 2025 - {p + 30}"),
    "LKjIP_DLH_2025.xlsx": dict(
        title=["PENGUKURAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KOTA SAMARINDA"],
        sheet_name="Lamp. LKjIP 2025", no_target="-",
        ket={"angkut": "penambahan ritase armada", "bank": "hibah sarana bank sampah",
             "adiwiyata": "data dukung"},
        post=["Capaian indikator negatif = target / realisasi x 100."]),
    "Laporan_Kinerja_Kec_Samarinda_Ulu_2025.docx": dict(
        title=["LAPORAN KINERJA TAHUN 2025", "KECAMATAN SAMARINDA ULU"],
        pre=["Berikut capaian indikator kinerja Kecamatan Samarinda Ulu tahun 2025."],
        group=True, no_target="-", per_page=[8, 10], font="Calibri", pct_space=False,
        ket={"ptsl": "fasilitasi ATR/BPN", "waktu": "indikator negatif"},
        sign=["Samarinda, 27 Januari 2026", "Camat Samarinda Ulu,", "", "Zulkifli, S.Sos., M.Si.",
              "NIP. 19750318 199603 1 002"]),
    "Laporan_Realisasi_Kec_Samarinda_Ulu_2025.pdf": dict(
        title=["LAPORAN REALISASI PROGRAM DAN KEGIATAN", "TAHUN ANGGARAN 2025"],
        addr="Jl. Juanda No. 3, Samarinda", pre=["@title"], hier="col", rp_style="rp",
        post=["Realisasi honorarium Linmas melebihi pagu karena penambahan jadwal piket pengamanan Pilkada "
              "ulang (akan dikoreksi pada laporan keuangan)."],
        footer=lambda p: f"Hal {p}",
        sign=("Samarinda, 15 Januari 2026", "Camat Samarinda Ulu,", "Zulkifli, S.Sos., M.Si.",
              "19750318 199603 1 002")),
}
# the 2024 scan uses the same layout engine with programme group rows
PRES["Renja_Dinsos_2025_hal12.jpg"]["hier"] = "group"

SCAN_ANGLES = {"Scan_LKjIP_Dinkes_2024.pdf": [0.7, -0.45], "Scan_Laporan_Realisasi_DPUPR_2025.pdf": [-0.6, 0.5],
               "Renja_Dinsos_2025_hal12.jpg": [0.9], "Scan_LKjIP_Dishub_2025.pdf": [-0.8, 0.55]}


def normalize_zip(path, stamp="2026-01-20T09:00:00Z"):
    """make docx/xlsx byte-reproducible: fixed zip entry times and fixed core.xml dates."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def all_docs():
    docs = deepcopy(DOCS_SPEC)
    for d in docs:
        d.update(PRES[d["file"]])
    return docs


def render(docs, draw=True):
    """Render every document. Returns (docs with pages filled, scan_texts{file:{page:[str]}})."""
    scan_texts = {}
    for d in docs:
        path = os.path.join(DOCS, d["file"]) if draw else None
        lay = d["layout"]
        if lay == "pdf_table":
            e, n = build_pdf_table(d, "pdf", draw, path)
        elif lay == "scan":
            e, n = build_pdf_table(d, "img", draw, path)
            scan_texts[d["file"]] = e.texts
            if draw:
                rng = random.Random(SEED + len(d["file"]))
                ims = [degrade(im, rng, a) for im, a in zip(e.images, SCAN_ANGLES[d["file"]])]
                assert len(ims) == n, (d["file"], len(ims), n)
                if path.endswith(".jpg"):
                    ims[0].save(path, quality=72, dpi=(200, 200))
                else:
                    import datetime
                    ts = __import__("time").gmtime(1768990500)  # 2026-01-21 10:15 UTC
                    ims[0].save(path, save_all=True, append_images=ims[1:], resolution=200.0, quality=70,
                                creationDate=ts, modDate=ts, producer="Canon iR-ADV C3530 PDF", creator="Scan")
        elif lay == "pdf_prose":
            e, n = build_prose(d, draw, path)
        elif lay == "docx_table":
            n = build_docx(d, path) if draw else None
            if draw:
                normalize_zip(path)
        elif lay == "xlsx":
            n = build_xlsx(d, path) if draw else None
            if draw:
                normalize_zip(path)
        d["pages"] = n
    return docs, scan_texts


def labels(docs):
    out = {"documents": [], "indicators": [], "findings": []}
    for d in docs:
        out["documents"].append(dict(file=d["file"], opd=OPD[d["opd"]], fiscal_year=d["year"], layout=d["layout"],
                                     pages=d["pages"], doc_type=d["doc_type"]))
        shows_hier = d["layout"] in ("xlsx",) or d.get("hier") == "col" or d.get("group") or \
            (d["layout"] in ("pdf_table", "scan", "pdf_prose") and d.get("hier", "group") == "group")
        for r in d["rows"]:
            prog = keg = sub = None
            if d["layout"] == "xlsx":
                prog, keg, sub = r["prog"], r["keg"], r["sub"]
            elif d.get("hier") == "col":
                sub = r["sub"]
            elif d["layout"] == "pdf_prose":
                prog = r["prog"]
                sub = r["sub"] if r["pagu"] is not None else None
            elif d["layout"] == "docx_table":
                prog = r["prog"] if d.get("group") else None
            elif d.get("hier", "group") == "group":
                prog = r["prog"]
            out["indicators"].append(dict(
                file=d["file"], page=r["page"], opd=OPD[d["opd"]], fiscal_year=d["year"], programme=prog,
                kegiatan=keg, sub_kegiatan=sub, indicator=r["name"], unit=r["unit"], target=r["target"],
                realisation=r["real"], achievement_pct=r["ach"], lower_is_better=r["lib"], pagu=r["pagu"],
                budget_realisation=r["breal"], absorption_pct=r["abs"]))
    out["findings"] = findings(out["indicators"], {d["file"]: d["doc_type"] for d in docs})
    return out


PLAN_TYPES = ("pk", "renja")


def findings(inds, dtypes):
    """Derive findings from the labelled rows (so labels and findings can never disagree)."""
    F = []
    by = {}
    for r in inds:
        by.setdefault((r["opd"], r["fiscal_year"], r["indicator"].lower()), []).append(r)

    def cite(rs):
        seen, c = set(), []
        for r in rs:
            k = (r["file"], r["page"])
            if k not in seen:
                seen.add(k); c.append(dict(file=r["file"], page=r["page"]))
        return c

    for r in inds:
        t, re_, a = r["target"], r["realisation"], r["achievement_pct"]
        if t is not None and re_ is not None and a is not None:
            exp = (t / re_ if r["lower_is_better"] else re_ / t) * 100
            if abs(exp - a) > 0.5:
                F.append(dict(type="ACHIEVEMENT_MISMATCH", opd=r["opd"], fiscal_year=r["fiscal_year"],
                              indicator=r["indicator"], citations=cite([r])))
        if (r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]) \
                or (r["absorption_pct"] is not None and r["absorption_pct"] > 100):
            F.append(dict(type="ABSORPTION_OVER_100", opd=r["opd"], fiscal_year=r["fiscal_year"],
                          indicator=r["indicator"], citations=cite([r])))
    for (opd, yr, _), rs in by.items():
        name = rs[0]["indicator"]
        plans = [r for r in rs if dtypes[r["file"]] in PLAN_TYPES]
        reps = [r for r in rs if dtypes[r["file"]] not in PLAN_TYPES]
        if any(r["realisation"] is not None for r in rs) and all(r["target"] is None for r in rs):
            F.append(dict(type="REALISATION_WITHOUT_TARGET", opd=opd, fiscal_year=yr, indicator=name,
                          citations=cite([r for r in rs if r["realisation"] is not None])))
        for p in plans:
            bad = [r for r in reps if r["target"] is not None and p["target"] is not None and r["target"] != p["target"]]
            if bad:
                F.append(dict(type="TARGET_CHANGED", opd=opd, fiscal_year=yr, indicator=name,
                              citations=cite([p] + bad)))
        for i in range(len(reps)):
            for j in range(i + 1, len(reps)):
                a_, b_ = reps[i], reps[j]
                if a_["file"] == b_["file"]:
                    continue
                if (a_["target"] is not None and b_["target"] is not None and a_["target"] != b_["target"]) or \
                        (a_["realisation"] is not None and b_["realisation"] is not None and
                         a_["realisation"] != b_["realisation"]):
                    F.append(dict(type="CROSS_DOCUMENT_CONFLICT", opd=opd, fiscal_year=yr, indicator=name,
                                  citations=cite([a_, b_])))
        plans_t = {p["target"] for p in plans if p["target"] is not None}
        if len(plans_t) > 1:
            raise SystemExit(f"unplanned plan-vs-plan conflict {name}")
    return F


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    docs, _ = render(all_docs(), draw=True)
    lab = labels(docs)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(lab, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print("documents", len(lab["documents"]), Counter(d["layout"] for d in lab["documents"]))
    print("indicators", len(lab["indicators"]))
    print("findings", len(lab["findings"]), Counter(f["type"] for f in lab["findings"]))


if __name__ == "__main__":
    main()
