#!/usr/bin/env python3
"""Generate the blind performance-report set "kinerja11" (deterministic).

Writes docs/, scan_truth/, labels.json, meta/explained_target_changes.json.
Run:  /work/scratch/kinerja11/bin/python generate.py
"""
import json, os, random, shutil, copy
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
META = os.path.join(HERE, "meta")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
random.seed(1111)

# ---------------------------------------------------------------- formatting
def fmt(x, dec=None):
    """Indonesian number format. dec=None -> integers w/o decimals, otherwise fixed."""
    if x is None:
        return "-"
    if dec is None:
        dec = 0 if float(x).is_integer() else len(repr(float(x)).split(".")[1])
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s

def pct(x):
    return fmt(x, 2)

def ach(t, r, lib):
    if t is None or r is None or t == 0 or r == 0:
        return None
    return round((t / r if lib else r / t) * 100, 2)

# ---------------------------------------------------------------- domain data
OPDS = {
    "DISDUKCAPIL": "Dinas Kependudukan dan Pencatatan Sipil Kota Samarinda",
    "DPMPTSP": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Samarinda",
    "DKP": "Dinas Ketahanan Pangan Kota Samarinda",
    "BPBD": "Badan Penanggulangan Bencana Daerah Kota Samarinda",
    "SATPOLPP": "Satuan Polisi Pamong Praja Kota Samarinda",
}

def I(key, name, unit, t, r, lib=False, prog=None, keg=None, sub=None, pagu=None, breal=None,
      t24=None, r24=None, in_plan=True, rep_t=None):
    return dict(key=key, name=name, unit=unit, plan_t=t, rep_t=(t if rep_t is None else rep_t), real=r,
                lib=lib, prog=prog, keg=keg, sub=sub, pagu=pagu, breal=breal, t24=t24, r24=r24,
                in_plan=in_plan)

P_A1 = "PROGRAM PENDAFTARAN PENDUDUK"
P_A2 = "PROGRAM PENCATATAN SIPIL"
P_A3 = "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN"
IND = {}
IND["DISDUKCAPIL"] = [
    I("A1", "Persentase penduduk wajib KTP yang memiliki KTP-el", "%", 98.5, 97.82, prog=P_A1,
      keg="Pelayanan Pendaftaran Penduduk", sub="Penerbitan Dokumen Pendaftaran Penduduk",
      pagu=1_845_600_000, breal=1_772_318_450, t24=98.0, r24=97.41),
    I("A2", "Persentase anak usia 0-17 tahun yang memiliki KIA", "%", 45.0, 41.37, prog=P_A1,
      keg="Pelayanan Pendaftaran Penduduk", sub="Penerbitan Kartu Identitas Anak",
      pagu=412_750_000, breal=398_120_000, t24=40.0, r24=36.92),
    I("A3", "Persentase kepemilikan akta kelahiran anak usia 0-18 tahun", "%", 96.0, 96.45, prog=P_A2,
      keg="Pelayanan Pencatatan Sipil", sub="Penerbitan Akta Kelahiran",
      pagu=968_300_000, breal=1_004_872_600, t24=95.5, r24=95.88),
    I("A4", "Jumlah dokumen kependudukan yang diterbitkan", "dokumen", 285000, 301446, prog=P_A1,
      t24=270000, r24=279318, rep_t=300000),
    I("A5", "Rata-rata waktu penerbitan akta kelahiran", "hari", 3, 2.4, lib=True, prog=P_A2,
      keg="Pelayanan Pencatatan Sipil", sub="Pelayanan Akta Kelahiran Terpadu",
      pagu=236_400_000, breal=221_905_300, t24=3, r24=2.8),
    I("A6", "Jumlah penduduk yang melakukan aktivasi IKD", "orang", 120000, 86215, prog=P_A3,
      keg="Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan",
      sub="Pengelolaan Identitas Kependudukan Digital", pagu=587_000_000, breal=569_442_100),
    I("A7", "Persentase perekaman KTP-el penduduk wajib KTP", "%", 99.0, 98.71, prog=P_A1,
      t24=99.0, r24=98.36),
    I("A8", "Jumlah akta kematian yang diterbitkan", "dokumen", 4800, 5137, prog=P_A2,
      keg="Pelayanan Pencatatan Sipil", sub="Penerbitan Akta Kematian",
      pagu=154_200_000, breal=149_880_000, t24=4500, r24=4712),
    I("A9", "Indeks Kepuasan Masyarakat layanan administrasi kependudukan", "indeks", 82.0, 84.36,
      prog=P_A3, t24=81.0, r24=82.47, rep_t=80.0),
    I("A10", "Persentase pengaduan layanan adminduk yang tidak terselesaikan", "%", 5.0, 3.8, lib=True,
      prog=P_A3, t24=6.0, r24=4.55),
    I("A11", "Jumlah lembaga pengguna hak akses data kependudukan", "lembaga", 45, 52, prog=P_A3,
      keg="Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan",
      sub="Pemanfaatan Data Kependudukan", pagu=198_650_000, breal=176_330_000, t24=40, r24=44),
    I("A12", "Jumlah dokumen profil perkembangan kependudukan", "dokumen", 2, 2, prog=P_A3,
      rep_t=3),
    I("A13", "Jumlah kartu keluarga yang diterbitkan", "dokumen", None, 48310, prog=P_A1, in_plan=False),
    I("A14", "Jumlah pemohon layanan jemput bola", "orang", None, 6742, prog=P_A1,
      keg="Pelayanan Pendaftaran Penduduk", sub="Pelayanan Jemput Bola Adminduk",
      pagu=265_000_000, breal=281_457_900, in_plan=False),
]

P_B1 = "PROGRAM PELAYANAN PENANAMAN MODAL"
P_B2 = "PROGRAM PROMOSI PENANAMAN MODAL"
P_B3 = "PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL"
IND["DPMPTSP"] = [
    I("B1", "Nilai realisasi investasi PMA dan PMDN", "Rp", 4_750_000_000_000, 5_126_384_250_000, prog=P_B3),
    I("B2", "Rata-rata waktu penyelesaian perizinan berusaha", "hari", 5, 4.2, lib=True, prog=P_B1,
      keg="Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
      sub="Penyediaan Pelayanan Perizinan Berusaha melalui OSS", pagu=742_500_000, breal=718_264_000),
    I("B3", "Persentase perizinan yang diterbitkan tepat waktu", "%", 95.0, 96.83, prog=P_B1, rep_t=97.0),
    I("B4", "Indeks Kepuasan Masyarakat terhadap layanan perizinan", "indeks", 85.0, 86.12, prog=P_B1,
      keg="Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
      sub="Survei Kepuasan Masyarakat Layanan Perizinan", pagu=86_000_000, breal=91_350_000),
    I("B5", "Jumlah izin usaha yang diterbitkan melalui OSS RBA", "dokumen", 9500, 10384, prog=P_B1,
      keg="Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
      sub="Penerbitan Perizinan Berusaha", pagu=1_126_800_000, breal=1_094_716_250),
    I("B6", "Jumlah pelaku usaha yang mendapat pendampingan LKPM", "orang", 600, 548, prog=P_B3,
      keg="Pengendalian Pelaksanaan Penanaman Modal", sub="Pembinaan dan Pengawasan Penanaman Modal",
      pagu=315_400_000, breal=302_118_000),
    I("B7", "Persentase pelaku usaha yang menyampaikan LKPM", "%", 70.0, 63.45, prog=P_B3, rep_t=65.0),
    I("B8", "Jumlah kegiatan promosi investasi", "kegiatan", 6, 6, prog=P_B2,
      keg="Penyelenggaraan Promosi Penanaman Modal", sub="Pelaksanaan Kegiatan Promosi Penanaman Modal",
      pagu=1_250_000_000, breal=1_318_740_000),
    I("B9", "Jumlah dokumen peta potensi investasi", "dokumen", 1, 1, prog=P_B2,
      keg="Penyelenggaraan Promosi Penanaman Modal", sub="Penyusunan Peta Potensi Investasi",
      pagu=175_000_000, breal=168_950_000),
    I("B10", "Persentase pengaduan perizinan yang tidak ditindaklanjuti", "%", 3.0, 1.75, lib=True, prog=P_B1),
    I("B11", "Jumlah proyek investasi yang difasilitasi", "proyek", 12, 14, prog=P_B3),
    I("B12", "Jumlah laporan data investasi yang terverifikasi", "dokumen", 4, 4, prog=P_B3,
      keg="Pengelolaan Data dan Sistem Informasi Penanaman Modal", sub="Pengolahan dan Verifikasi Data Investasi",
      pagu=142_300_000, breal=139_870_500),
    I("B13", "Jumlah NIB yang diterbitkan untuk usaha mikro", "dokumen", None, 7912, prog=P_B1, in_plan=False),
]

P_C1 = "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT"
P_C2 = "PROGRAM PENANGANAN KERAWANAN PANGAN"
P_C3 = "PROGRAM PENGAWASAN KEAMANAN PANGAN"
IND["DKP"] = [
    I("C1", "Ketersediaan cadangan pangan pemerintah daerah", "ton", 100, 112.5, prog=P_C2,
      keg="Penyediaan dan Penyaluran Pangan Pokok", sub="Pengadaan Cadangan Pangan Pemerintah Daerah",
      pagu=1_520_000_000, breal=1_487_650_000),
    I("C2", "Skor Pola Pangan Harapan (PPH)", "indeks", 88.5, 87.2, prog=P_C1),
    I("C3", "Indeks Ketahanan Pangan", "indeks", 78.0, 79.35, prog=P_C2, rep_t=80.0),
    I("C4", "Persentase daerah rawan pangan", "%", 4.0, 4.6, lib=True, prog=P_C2),
    I("C5", "Jumlah sampel pangan segar yang diuji keamanannya", "sampel", 480, 512, prog=P_C3,
      keg="Pelaksanaan Pengawasan Keamanan Pangan Segar", sub="Pengambilan dan Pengujian Sampel Pangan Segar",
      pagu=287_500_000, breal=279_036_000),
    I("C6", "Persentase pangan segar yang memenuhi syarat keamanan", "%", 92.0, 93.75, prog=P_C3),
    I("C7", "Jumlah kelompok wanita tani penerima bantuan pekarangan pangan lestari", "kelompok", 30, 30,
      prog=P_C1, keg="Pelaksanaan Pencapaian Target Konsumsi Pangan", sub="Pemanfaatan Pekarangan untuk Pangan",
      pagu=450_000_000, breal=473_925_000),
    I("C8", "Konsumsi energi per kapita", "kkal/kapita/hari", 2100, 2053, prog=P_C1, rep_t=2150),
    I("C9", "Frekuensi gerakan pangan murah", "kali", 24, 31, prog=P_C2,
      keg="Penyediaan dan Penyaluran Pangan Pokok", sub="Penyelenggaraan Gerakan Pangan Murah",
      pagu=640_000_000, breal=701_284_500),
    I("C10", "Volume penyaluran beras SPHP", "ton", 350, 362.75, prog=P_C2),
    I("C11", "Jumlah dokumen analisis ketersediaan pangan", "dokumen", 2, 2, prog=P_C2,
      keg="Penyediaan Informasi Ketersediaan Pangan", sub="Penyusunan Neraca Bahan Makanan",
      pagu=96_750_000, breal=94_210_000),
    I("C12", "Prevalensi ketidakcukupan konsumsi pangan (PoU)", "%", 6.5, 6.1, lib=True, prog=P_C1),
    I("C13", "Jumlah pasar yang dipantau harga pangannya", "pasar", None, 14, prog=P_C2, in_plan=False),
]

P_D1 = "PROGRAM PENANGGULANGAN BENCANA"
IND["BPBD"] = [
    I("D1", "Indeks Risiko Bencana (IRB)", "indeks", 142.3, 138.65, lib=True, prog=P_D1, t24=145.1, r24=143.42),
    I("D2", "Waktu tanggap darurat bencana", "menit", 30, 24, lib=True, prog=P_D1,
      keg="Penanganan Darurat Bencana", sub="Respon Cepat Darurat Bencana",
      pagu=1_134_000_000, breal=1_092_557_000, t24=30, r24=27),
    I("D3", "Persentase kelurahan tangguh bencana", "%", 40.0, 41.18, prog=P_D1,
      keg="Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana", sub="Pengembangan Kelurahan Tangguh Bencana",
      pagu=385_000_000, breal=402_615_000, t24=35.0, r24=36.47, rep_t=45.0),
    I("D4", "Jumlah masyarakat yang mendapat sosialisasi KIE kebencanaan", "orang", 3500, 3920, prog=P_D1,
      keg="Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      sub="Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
      pagu=218_600_000, breal=214_925_800, t24=3000, r24=3388),
    I("D5", "Jumlah dokumen kajian risiko bencana", "dokumen", 1, 1, prog=P_D1,
      keg="Pelayanan Informasi Rawan Bencana", sub="Penyusunan Kajian Risiko Bencana",
      pagu=245_000_000, breal=239_870_000),
    I("D6", "Panjang normalisasi saluran di kawasan rawan banjir", "km", 12.5, 11.8, prog=P_D1,
      keg="Penanganan Pascabencana", sub="Pemulihan Sarana dan Prasarana Terdampak Bencana",
      pagu=2_675_000_000, breal=2_611_948_000, t24=10.0, r24=10.6),
    I("D7", "Persentase korban bencana yang mendapat bantuan logistik", "%", 100.0, 100.0, prog=P_D1, t24=100.0, r24=100.0),
    I("D8", "Jumlah relawan bencana terlatih", "orang", 250, 264, prog=P_D1,
      keg="Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana", sub="Pelatihan Relawan Penanggulangan Bencana",
      pagu=296_400_000, breal=318_905_600, t24=200, r24=211),
    I("D9", "Jumlah rambu peringatan dini yang terpasang", "unit", 40, 36, prog=P_D1, t24=30, r24=30),
    I("D10", "Jumlah dokumen rencana kontinjensi", "dokumen", 3, 3, prog=P_D1, rep_t=2),
    I("D11", "Jumlah kejadian bencana dengan korban jiwa", "kejadian", 5, 3, lib=True, prog=P_D1, t24=6, r24=4),
    I("D12", "Jumlah posko siaga banjir yang dioperasikan", "posko", None, 18, prog=P_D1, in_plan=False),
    I("D13", "Jumlah personel TRC yang bersertifikat", "orang", None, 37, prog=P_D1, in_plan=False),
]

P_E1 = "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM"
IND["SATPOLPP"] = [
    I("E1", "Persentase penegakan Perda dan Perwali", "%", 85.0, 88.4, prog=P_E1),
    I("E2", "Persentase gangguan trantibum yang dapat diselesaikan", "%", 90.0, 92.65, prog=P_E1, rep_t=93.0),
    I("E3", "Jumlah pelanggaran Perda yang ditertibkan", "kasus", 650, 712, prog=P_E1,
      keg="Penanganan Gangguan Ketenteraman dan Ketertiban Umum", sub="Penegakan Perda dan Perkada",
      pagu=1_385_000_000, breal=1_342_776_000),
    I("E4", "Jumlah patroli wilayah", "kali", 730, 744, prog=P_E1,
      keg="Penanganan Gangguan Ketenteraman dan Ketertiban Umum", sub="Patroli Ketenteraman dan Ketertiban Umum",
      pagu=2_140_000_000, breal=2_187_530_000),
    I("E5", "Persentase PKL yang tertib di kawasan larangan berjualan", "%", 75.0, 68.2, prog=P_E1),
    I("E6", "Jumlah anggota Satlinmas yang terlatih", "orang", 300, 315, prog=P_E1,
      keg="Pemberdayaan Satuan Perlindungan Masyarakat", sub="Pelatihan Anggota Satlinmas",
      pagu=356_000_000, breal=341_244_500),
    I("E7", "Waktu tanggap pengaduan masyarakat", "jam", 24, 18, lib=True, prog=P_E1),
    I("E8", "Persentase kelurahan yang memiliki Satlinmas aktif", "%", 100.0, 98.31, prog=P_E1),
    I("E9", "Jumlah PPNS yang ditetapkan", "orang", 12, 10, prog=P_E1,
      keg="Penegakan Peraturan Daerah", sub="Pembinaan dan Pengembangan PPNS",
      pagu=168_000_000, breal=159_650_000),
    I("E10", "Persentase bangunan liar yang ditertibkan", "%", 60.0, 64.5, prog=P_E1, rep_t=62.0),
    I("E11", "Indeks Kepuasan Masyarakat layanan trantibum", "indeks", 80.0, 81.4, prog=P_E1),
    I("E12", "Jumlah reklame liar yang diturunkan", "buah", None, 1284, prog=P_E1,
      keg="Penegakan Peraturan Daerah", sub="Penertiban Reklame Tanpa Izin",
      pagu=210_000_000, breal=204_380_000, in_plan=False),
]
IBY = {i["key"]: i for lst in IND.values() for i in lst}

# ---------------------------------------------------------------- document specs
# overrides: {key: {"real":..., "ach":..., "breal":..., "t":...}}  (applied to that doc only)
DOCS_SPEC = [
    dict(file="disdukcapil_perjanjian_kinerja_2025.pdf", opd="DISDUKCAPIL", year=2025, layout="pdf_pk",
         doc_type="perjanjian_kinerja", keys=[f"A{i}" for i in range(1, 13)]),
    dict(file="disdukcapil_lkjip_2025.pdf", opd="DISDUKCAPIL", year=2025, layout="pdf_table_prog",
         doc_type="lkjip", keys=[f"A{i}" for i in range(1, 14)],
         ov={"A6": {"ach": 81.85}, "A5": {"ach": 80.0}},
         explain={"A9": "Target Indeks Kepuasan Masyarakat tahun 2025 disesuaikan dari 82,00 menjadi 80,00 "
                        "berdasarkan Perubahan Perjanjian Kinerja Nomor 800/1147/DKPS-II/2025 tanggal 14 Juli 2025, "
                        "menyusul perubahan metode survei sesuai PermenPANRB Nomor 14 Tahun 2017."}),
    dict(file="disdukcapil_realisasi_fisik_keuangan_2025.xlsx", opd="DISDUKCAPIL", year=2025,
         layout="xlsx_merged", doc_type="realisasi_fisik_keuangan",
         keys=["A1", "A2", "A3", "A5", "A6", "A8", "A11", "A14"],
         ov={"A1": {"real": 97.28}, "A8": {"real": 5173}}),
    dict(file="disdukcapil_lkjip_2024_scan.pdf", opd="DISDUKCAPIL", year=2024, layout="scan",
         doc_type="lkjip", keys=["A1", "A2", "A3", "A4", "A5", "A7", "A8", "A9", "A10", "A11"],
         ov={"A4": {"ach": 108.45}}),
    dict(file="dpmptsp_renja_2025.docx", opd="DPMPTSP", year=2025, layout="docx_renja",
         doc_type="renja", keys=[f"B{i}" for i in range(1, 13)]),
    dict(file="dpmptsp_lkjip_2025.pdf", opd="DPMPTSP", year=2025, layout="pdf_prose",
         doc_type="lkjip", keys=[f"B{i}" for i in range(1, 14)],
         ov={"B6": {"ach": 97.33}, "B11": {"real": 16}},
         notarget={"B2", "B10"}),
    dict(file="dpmptsp_laporan_triwulan_iv_2025.docx", opd="DPMPTSP", year=2025, layout="docx_table",
         doc_type="laporan_realisasi_triwulan", keys=["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B11", "B12", "B13"],
         ov={"B5": {"real": 10438}, "B12": {"ach": 125.0}}),
    dict(file="dkp_perjanjian_kinerja_2025_scan.jpg", opd="DKP", year=2025, layout="scan",
         doc_type="perjanjian_kinerja", keys=[f"C{i}" for i in range(1, 13)]),
    dict(file="dkp_laporan_kinerja_2025.xlsx", opd="DKP", year=2025, layout="xlsx_merged",
         doc_type="laporan_kinerja", keys=[f"C{i}" for i in range(1, 14)],
         ov={"C4": {"ach": 115.0}, "C10": {"real": 326.75}}),
    dict(file="dkp_realisasi_kinerja_anggaran_2025.pdf", opd="DKP", year=2025, layout="pdf_table_budget",
         doc_type="realisasi_fisik_keuangan", keys=["C1", "C3", "C5", "C7", "C8", "C9", "C10", "C11", "C13"],
         ov={"C5": {"ach": 112.5}}),
    dict(file="bpbd_renja_2025.xlsx", opd="BPBD", year=2025, layout="xlsx_renja",
         doc_type="renja", keys=[f"D{i}" for i in range(1, 12)]),
    dict(file="bpbd_lkjip_2025.pdf", opd="BPBD", year=2025, layout="pdf_table_sifat",
         doc_type="lkjip", keys=[f"D{i}" for i in range(1, 14)],
         ov={"D2": {"ach": 80.0}}),
    dict(file="bpbd_realisasi_fisik_keuangan_2025_scan.pdf", opd="BPBD", year=2025, layout="scan",
         doc_type="realisasi_fisik_keuangan", keys=["D2", "D3", "D4", "D5", "D6", "D8", "D12", "D13"],
         ov={"D4": {"real": 3290}, "D6": {"real": 12.1}}),
    dict(file="bpbd_lkjip_2024.docx", opd="BPBD", year=2024, layout="docx_table",
         doc_type="lkjip", keys=["D1", "D2", "D3", "D4", "D6", "D7", "D8", "D9", "D11"],
         ov={"D11": {"ach": 66.67}}),
    dict(file="satpolpp_perjanjian_kinerja_2025.pdf", opd="SATPOLPP", year=2025, layout="pdf_pk",
         doc_type="perjanjian_kinerja", keys=[f"E{i}" for i in range(1, 12)]),
    dict(file="satpolpp_laporan_kinerja_2025.pdf", opd="SATPOLPP", year=2025, layout="pdf_prose",
         doc_type="laporan_kinerja", keys=[f"E{i}" for i in range(1, 13)],
         ov={"E5": {"ach": 109.97}, "E8": {"real": 96.61}},
         notarget={"E7", "E11"},
         explain={"E10": "Target indikator ini diubah dari 60 persen menjadi 62 persen melalui Perubahan Renja dan "
                         "Perjanjian Kinerja Perubahan Tahun 2025 yang ditetapkan pada 5 Agustus 2025, seiring "
                         "tambahan anggaran penertiban pada APBD Perubahan."}),
    dict(file="satpolpp_realisasi_anggaran_2025_scan.jpg", opd="SATPOLPP", year=2025, layout="scan",
         doc_type="realisasi_fisik_keuangan", keys=["E3", "E4", "E6", "E8", "E9", "E12"],
         ov={"E9": {"ach": 120.0}}),
]
PLAN_TYPES = {"perjanjian_kinerja", "renja"}
BUDGET_LAYOUTS = {"xlsx_merged", "pdf_table_budget", "docx_table", "scan"}


def grouped(rows):
    """Stable order for renderers with group rows: programme, then programme-level indicators, then by kegiatan."""
    po, ko = {}, {}
    for r in rows:
        po.setdefault(r["ind"]["prog"], len(po))
        ko.setdefault(r["ind"]["keg"], len(ko))
    return sorted(rows, key=lambda r: (po[r["ind"]["prog"]], r["ind"]["sub"] is not None, ko[r["ind"]["keg"]]))


def build_rows(spec):
    """Rows (label dicts + render info) for one document, before page assignment."""
    rows = []
    plan = spec["doc_type"] in PLAN_TYPES
    for k in spec["keys"]:
        ind = IBY[k]
        ov = spec.get("ov", {}).get(k, {})
        if plan:
            t, r, a = ind["plan_t"], None, None
        elif spec["year"] == 2024:
            t, r = ind["t24"], ind["r24"]
            a = ach(t, r, ind["lib"])
        else:
            t, r = ind["rep_t"], ind["real"]
            if k in spec.get("notarget", set()):
                t = None
            r = ov.get("real", r)
            a = ach(t, r, ind["lib"])
        if "ach" in ov:
            a = ov["ach"]
        pagu = br = ab = None
        shows_budget = (spec["layout"] in BUDGET_LAYOUTS and not plan) or spec["layout"] in ("docx_renja", "xlsx_renja")
        if shows_budget and ind["pagu"] is not None and spec["year"] == 2025:
            pagu = ind["pagu"]
            if not plan:
                br = ov.get("breal", ind["breal"])
                ab = round(br / pagu * 100, 2)
        rows.append(dict(key=k, ind=ind, target=t, realisation=r, achievement_pct=a, pagu=pagu,
                         budget_realisation=br, absorption_pct=ab))
    return rows

# ---------------------------------------------------------------- PDF helpers
class Pdf:
    def __init__(self, path, size=A4, fs=8.5):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.c.setAuthor("Pemerintah Kota Samarinda")
        self.W, self.H = size
        self.page = 1
        self.fs = fs
        self.top = self.H - 50
        self.y = self.top
        self.footer_text = None

    def footer(self):
        self.c.setFont("DV", 7)
        self.c.drawCentredString(self.W / 2, 25, f"{self.footer_text or ''}  -  Halaman {self.page}")

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def text(self, s, font="DV", size=None, indent=0, gap=3, center=False, maxw=None):
        size = size or self.fs
        lines = simpleSplit(s, font, size, maxw or (self.W - 100 - indent))
        if self.y - len(lines) * (size + 2) < 60:
            self.new_page()
        start_page = self.page
        self.c.setFont(font, size)
        for ln in lines:
            if center:
                self.c.drawCentredString(self.W / 2, self.y, ln)
            else:
                self.c.drawString(50 + indent, self.y, ln)
            self.y -= size + 2
        self.y -= gap
        return start_page

    def table(self, cols, widths, rows, aligns=None, header_rows=None, fs=None):
        """rows: list of (cells, kind) kind in 'data','group','group2'. Returns page per row."""
        fs = fs or self.fs
        x0 = 50
        aligns = aligns or ["L"] * len(cols)
        pages = []

        def draw_header():
            lines = [simpleSplit(h, "DVB", fs, w - 4) for h, w in zip(cols, widths)]
            h = max(len(l) for l in lines) * (fs + 2) + 6
            x = x0
            self.c.setFont("DVB", fs)
            for ls, w in zip(lines, widths):
                self.c.rect(x, self.y - h, w, h)
                yy = self.y - fs - 2
                for ln in ls:
                    self.c.drawCentredString(x + w / 2, yy, ln)
                    yy -= fs + 2
                x += w
            self.y -= h

        draw_header()
        stack = []  # open group rows, re-printed "(lanjutan)" after a page break

        def level(cells):
            t = str(cells[1])
            return 2 if t.startswith("Sub Kegiatan") else (1 if t.startswith("Kegiatan") else 0)

        for cells, kind in rows:
            if kind == "data":
                lines = [simpleSplit(str(cv), "DV", fs, w - 4) for cv, w in zip(cells, widths)]
            else:
                lines = [simpleSplit(str(cells[1]), "DVB", fs, sum(widths[1:]) - 4)]
                lv = level(cells)
                stack = [c for c in stack if level(c) < lv] + [cells]
            h = max(len(l) for l in lines) * (fs + 2) + 4
            if self.y - h < 55 + (0 if kind == "data" else 3 * (fs + 6)):
                self.new_page()
                draw_header()
                if kind == "data":
                    for gc in stack:
                        self._group([gc[0], str(gc[1]) + " (lanjutan)"], widths, fs, x0)
            pages.append(self.page)
            if kind == "data":
                x = x0
                self.c.setFont("DV", fs)
                for ls, w, al in zip(lines, widths, aligns):
                    self.c.rect(x, self.y - h, w, h)
                    yy = self.y - fs - 1
                    for ln in ls:
                        if al == "R":
                            self.c.drawRightString(x + w - 2, yy, ln)
                        elif al == "C":
                            self.c.drawCentredString(x + w / 2, yy, ln)
                        else:
                            self.c.drawString(x + 2, yy, ln)
                        yy -= fs + 2
                    x += w
            else:
                self._group(cells, widths, fs, x0)
                continue
            self.y -= h
        self.y -= 8
        return pages

    def _group(self, cells, widths, fs, x0):
        lines = simpleSplit(str(cells[1]), "DVB", fs, sum(widths[1:]) - 4)
        h = len(lines) * (fs + 2) + 4
        self.c.setFont("DVB", fs)
        self.c.rect(x0, self.y - h, widths[0], h)
        self.c.rect(x0 + widths[0], self.y - h, sum(widths[1:]), h)
        self.c.drawString(x0 + 2, self.y - fs - 1, str(cells[0]))
        yy = self.y - fs - 1
        for ln in lines:
            self.c.drawString(x0 + widths[0] + 2, yy, ln)
            yy -= fs + 2
        self.y -= h

    def save(self):
        self.footer()
        self.c.save()


def header_block(p, opd, title, year):
    p.text("PEMERINTAH KOTA SAMARINDA", "DVB", 11, center=True, gap=1)
    p.text(OPDS[opd].upper(), "DVB", 10, center=True, gap=1)
    p.text(title, "DVB", 10, center=True, gap=10)

# ---------------------------------------------------------------- renderers
def label(spec, r, page, prog=False, keg=False, sub=False):
    ind = r["ind"]
    return {"file": spec["file"], "page": page, "opd": spec["opd"], "fiscal_year": spec["year"],
            "programme": ind["prog"] if prog else None,
            "kegiatan": ind["keg"] if keg else None,
            "sub_kegiatan": ind["sub"] if sub else None,
            "indicator": ind["name"], "unit": ind["unit"], "target": r["target"],
            "realisation": r["realisation"], "achievement_pct": r["achievement_pct"],
            "lower_is_better": ind["lib"], "pagu": r["pagu"], "budget_realisation": r["budget_realisation"],
            "absorption_pct": r["absorption_pct"]}


def render_pdf_pk(spec, rows):
    path = os.path.join(DOCS, spec["file"])
    p = Pdf(path)
    p.footer_text = f"Perjanjian Kinerja {spec['year']}"
    header_block(p, spec["opd"], f"PERJANJIAN KINERJA TAHUN {spec['year']}", spec["year"])
    p.text("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
           "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", gap=6)
    p.text("Nama      : ..............................................", indent=20, gap=1)
    p.text(f"Jabatan   : Kepala {OPDS[spec['opd']]}", indent=20, gap=1)
    p.text("selanjutnya disebut PIHAK PERTAMA", indent=20, gap=6)
    p.text("Nama      : ..............................................", indent=20, gap=1)
    p.text("Jabatan   : Wali Kota Samarinda", indent=20, gap=1)
    p.text("selanjutnya disebut PIHAK KEDUA", indent=20, gap=6)
    p.text("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian "
           "ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam "
           "dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi "
           "tanggung jawab kami.", gap=8)
    p.text("Samarinda, 2 Januari 2025", indent=300, gap=40)
    p.new_page()
    p.text(f"LAMPIRAN PERJANJIAN KINERJA TAHUN {spec['year']}", "DVB", 10, center=True, gap=2)
    p.text(OPDS[spec["opd"]], "DVB", 9, center=True, gap=10)
    cols = ["No", "Sasaran Strategis / Indikator Kinerja", "Satuan", f"Target {spec['year']}"]
    widths = [28, 330, 80, 70]
    trs = []
    for i, r in enumerate(rows, 1):
        trs.append(([str(i), r["ind"]["name"], r["ind"]["unit"], fmt(r["target"])], "data"))
    pages = p.table(cols, widths, trs, aligns=["C", "L", "C", "R"])
    p.text("Program dan anggaran sesuai DPA Tahun Anggaran 2025.", gap=2)
    p.save()
    return [label(spec, r, pg) for r, pg in zip(rows, pages)], p.page


def render_pdf_table_prog(spec, rows):
    """LKjIP: narrative then table with programme group rows; *) marks negative indicators."""
    path = os.path.join(DOCS, spec["file"])
    p = Pdf(path)
    p.footer_text = f"LKjIP {spec['year']}"
    header_block(p, spec["opd"], f"LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN {spec['year']}", spec["year"])
    p.text("BAB III  AKUNTABILITAS KINERJA", "DVB", 10, gap=6)
    p.text("A. Capaian Kinerja Organisasi", "DVB", 9, gap=4)
    for _ in range(11):
        p.text("Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi indikator kinerja "
               "sebagaimana tercantum dalam Perjanjian Kinerja. Capaian dihitung dengan rumus realisasi dibagi "
               "target dikali 100%, sedangkan untuk indikator yang bersifat negatif (ditandai *) capaian "
               "dihitung dengan rumus target dibagi realisasi dikali 100%. Data bersumber dari SIAK Terpusat "
               "dan rekapitulasi seksi pelayanan per 31 Desember 2025.", gap=5)
    p.text("Tabel 3.1 Capaian Indikator Kinerja Tahun 2025", "DVB", 9, center=True, gap=4)
    cols = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    widths = [28, 250, 60, 60, 60, 50]
    trs, idx = [], []
    cur = None
    n = 0
    for r in rows:
        if r["ind"]["prog"] != cur:
            cur = r["ind"]["prog"]
            trs.append((["", cur], "group")); idx.append(None)
        n += 1
        name = r["ind"]["name"] + (" *)" if r["ind"]["lib"] else "")
        trs.append(([str(n), name, r["ind"]["unit"], fmt(r["target"]), fmt(r["realisation"]),
                     pct(r["achievement_pct"]) if r["achievement_pct"] is not None else "-"], "data"))
        idx.append(r)
    pages = p.table(cols, widths, trs, aligns=["C", "L", "C", "R", "R", "R"])
    p.text("*) indikator negatif: semakin kecil realisasi semakin baik.", size=7, gap=4)
    expl_pages = {}
    for k, txt in spec.get("explain", {}).items():
        expl_pages[k] = p.text("Catatan: " + txt, gap=4)
    p.text("Indikator jumlah kartu keluarga yang diterbitkan merupakan data pendukung yang belum "
           "diperjanjikan dalam Perjanjian Kinerja.", gap=4)
    p.save()
    labels = [label(spec, r, pg, prog=True) for r, pg in zip(idx, pages) if r is not None]
    return labels, p.page, expl_pages


def render_pdf_table_sifat(spec, rows):
    """BPBD LKjIP: columns in a different order, 'Sifat' column, split across pages (landscape)."""
    path = os.path.join(DOCS, spec["file"])
    p = Pdf(path, size=landscape(A4), fs=8)
    p.footer_text = f"LKjIP BPBD {spec['year']}"
    header_block(p, spec["opd"], f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {spec['year']}", spec["year"])
    for _ in range(10):
        p.text("Kota Samarinda memiliki tingkat kerawanan tinggi terhadap banjir, tanah longsor dan kebakaran "
               "permukiman. Sepanjang tahun 2025 BPBD Kota Samarinda menangani kejadian bencana dengan "
               "dukungan relawan, TNI/Polri dan perangkat daerah terkait. Berikut disajikan pengukuran capaian "
               "indikator kinerja tahun 2025 dibandingkan dengan target dalam Rencana Kerja.", gap=5)
    p.text("Tabel 3.2  Pengukuran Kinerja BPBD Kota Samarinda Tahun 2025", "DVB", 9, gap=4)
    cols = ["No", "Indikator", "Sifat", "Target 2025", "Satuan", "Realisasi s.d. Des 2025", "% Capaian", "Keterangan"]
    widths = [25, 280, 55, 65, 65, 80, 55, 120]
    trs = []
    for i, r in enumerate(rows, 1):
        ket = "Tercapai" if (r["achievement_pct"] or 0) >= 100 else ("-" if r["achievement_pct"] is None else "Belum tercapai")
        trs.append(([str(i), r["ind"]["name"], "Negatif" if r["ind"]["lib"] else "Positif",
                     fmt(r["target"]), r["ind"]["unit"], fmt(r["realisation"]),
                     pct(r["achievement_pct"]) if r["achievement_pct"] is not None else "-", ket], "data"))
    pages = p.table(cols, widths, trs, aligns=["C", "L", "C", "R", "C", "R", "R", "L"])
    p.text("Catatan: posko siaga banjir dan personel TRC bersertifikat dilaporkan sebagai data kinerja "
           "tambahan.", gap=4)
    p.save()
    return [label(spec, r, pg) for r, pg in zip(rows, pages)], p.page


def render_pdf_table_budget(spec, rows):
    """Realisasi kinerja & anggaran: programme/kegiatan/sub kegiatan hierarchy, landscape."""
    path = os.path.join(DOCS, spec["file"])
    p = Pdf(path, size=landscape(A4), fs=7.5)
    p.footer_text = "Laporan Realisasi Kinerja dan Anggaran TA 2025"
    header_block(p, spec["opd"], "LAPORAN REALISASI KINERJA DAN ANGGARAN TAHUN ANGGARAN 2025 (s.d. TRIWULAN IV)", 2025)
    for _ in range(9):
        p.text("Laporan ini menyajikan realisasi kinerja keluaran (fisik) dan realisasi keuangan setiap sub kegiatan "
               "berdasarkan DPA dan DPPA Tahun Anggaran 2025. Realisasi keuangan diambil dari SP2D yang telah "
               "diterbitkan BPKAD, sedangkan realisasi fisik berasal dari laporan pelaksana kegiatan. Persentase "
               "serapan dihitung dari realisasi keuangan dibagi pagu anggaran.", gap=5)
    cols = ["Kode", "Program / Kegiatan / Sub Kegiatan / Indikator Keluaran", "Satuan", "Pagu (Rp)",
            "Realisasi Keuangan (Rp)", "Serapan (%)", "Target Fisik", "Realisasi Fisik", "Capaian Fisik (%)"]
    widths = [78, 234, 60, 80, 85, 45, 50, 50, 50]
    trs, idx = [], []
    cur_p = cur_k = None
    code_p = {P_C1: "2.09.02", P_C2: "2.09.03", P_C3: "2.09.04", P_D1: "1.05.03", P_E1: "1.05.02"}
    kn = 0
    for r in rows:
        ind = r["ind"]
        if ind["prog"] != cur_p:
            cur_p = ind["prog"]; cur_k = None
            trs.append(([code_p.get(cur_p, ""), cur_p], "group")); idx.append(None)
        if ind["keg"] and ind["keg"] != cur_k:
            cur_k = ind["keg"]; kn += 1
            trs.append(([f"{code_p.get(cur_p,'')}.2.{kn:02d}", "Kegiatan: " + cur_k], "group")); idx.append(None)
        if ind["sub"]:
            trs.append(([f"{code_p.get(cur_p,'')}.2.{kn:02d}.{len(trs):04d}", "Sub Kegiatan: " + ind["sub"]], "group")); idx.append(None)
        trs.append((["", ind["name"], ind["unit"], fmt(r["pagu"]), fmt(r["budget_realisation"]),
                     pct(r["absorption_pct"]) if r["absorption_pct"] is not None else "-",
                     fmt(r["target"]), fmt(r["realisation"]),
                     pct(r["achievement_pct"]) if r["achievement_pct"] is not None else "-"], "data"))
        idx.append(r)
    pages = p.table(cols, widths, trs, aligns=["L", "L", "C", "R", "R", "R", "R", "R", "R"])
    p.text("Sumber: SIPD-RI, data realisasi per 31 Desember 2025 (unaudited).", size=7)
    p.save()
    labels = []
    for r, pg in zip(idx, pages):
        if r is None:
            continue
        has = r["ind"]["sub"] is not None
        labels.append(label(spec, r, pg, prog=True, keg=has and r["ind"]["keg"] is not None, sub=has))
    return labels, p.page


PROSE_TEMPL = [
    "Realisasi indikator {name} tahun 2025 sebesar {r} {u}, dari target {t} {u}, sehingga capaian kinerja sebesar {a}%.",
    "Untuk indikator {name}, target yang ditetapkan pada tahun 2025 adalah {t} {u} dan terealisasi {r} {u} atau capaian {a}%.",
    "Indikator {name} pada tahun 2025 terealisasi sebesar {r} {u} dibandingkan target {t} {u} (capaian {a}%).",
]
PROSE_NEG = ("Indikator {name} merupakan indikator yang semakin kecil nilainya semakin baik. Realisasi tahun 2025 "
             "sebesar {r} {u} dari target {t} {u}, sehingga capaian dihitung {a}%.")
PROSE_NT = "Realisasi indikator {name} tahun 2025 sebesar {r} {u}."
PROSE_RWT = ("Selain indikator yang diperjanjikan, {opdshort} juga melaporkan {name} sebanyak {r} {u} "
             "sepanjang tahun 2025.")


def unit_word(u):
    return {"%": "persen", "Rp": "rupiah"}.get(u, u)


def render_pdf_prose(spec, rows):
    path = os.path.join(DOCS, spec["file"])
    p = Pdf(path, fs=9.5)
    title = "LAPORAN KINERJA INSTANSI PEMERINTAH" if spec["doc_type"] == "lkjip" else "LAPORAN KINERJA"
    p.footer_text = f"{title.title()} {spec['year']}"
    header_block(p, spec["opd"], f"{title} TAHUN {spec['year']}", spec["year"])
    p.text("BAB I  PENDAHULUAN", "DVB", 10, gap=6)
    for _ in range(5):
        p.text("Laporan kinerja ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan "
               "fungsi perangkat daerah selama tahun 2025, berpedoman pada Peraturan Presiden Nomor 29 Tahun 2014 "
               "tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 "
               "Tahun 2014. Laporan memuat perencanaan kinerja, pengukuran capaian kinerja, analisis keberhasilan "
               "dan kendala, serta realisasi anggaran yang mendukung capaian tersebut.", gap=6)
    p.text("BAB III  AKUNTABILITAS KINERJA", "DVB", 10, gap=6)
    p.text("Capaian kinerja diuraikan per indikator sebagai berikut. Capaian dihitung dengan membandingkan "
           "realisasi terhadap target sebagaimana ditetapkan dalam dokumen perencanaan tahun 2025.", gap=8)
    opdshort = {"DPMPTSP": "DPMPTSP", "SATPOLPP": "Satpol PP"}[spec["opd"]]
    labels, expl_pages = [], {}
    cur = None
    for i, r in enumerate(rows):
        ind = r["ind"]
        if ind["prog"] != cur:
            cur = ind["prog"]
            p.text(cur.title(), "DVB", 9.5, gap=4)
        u = unit_word(ind["unit"])
        if ind["unit"] == "Rp":
            tv = "Rp" + fmt(r["target"]) if r["target"] is not None else None
            rv = "Rp" + fmt(r["realisation"])
            u = ""
        else:
            tv, rv = fmt(r["target"]), fmt(r["realisation"])
        if r["target"] is None and not ind["in_plan"]:
            s = PROSE_RWT.format(opdshort=opdshort, name=ind["name"][0].lower() + ind["name"][1:], r=rv, u=u)
        elif r["target"] is None:
            s = PROSE_NT.format(name=ind["name"], r=rv, u=u)
            if ind["lib"]:
                s += " Nilai ini lebih baik dibandingkan tahun sebelumnya karena semakin rendah semakin baik."
        elif ind["lib"]:
            s = PROSE_NEG.format(name=ind["name"], r=rv, t=tv, u=u, a=pct(r["achievement_pct"]))
        else:
            s = PROSE_TEMPL[i % 3].format(name=ind["name"], r=rv, t=tv, u=u, a=pct(r["achievement_pct"]))
        s = s.replace("  ", " ").replace(" ,", ",").replace(" .", ".").replace(" (", " (").replace(" dari", " dari")
        s += " " + ["Pencapaian ini didukung oleh koordinasi lintas sektor dan optimalisasi layanan daring.",
                    "Kendala utama adalah keterbatasan sumber daya manusia dan sarana pendukung.",
                    "Ke depan akan dilakukan evaluasi berkala setiap triwulan."][i % 3]
        if r["key"] in spec.get("explain", {}):
            s += " " + spec["explain"][r["key"]]
        pg = p.text(s, gap=6)
        if r["key"] in spec.get("explain", {}):
            expl_pages[r["key"]] = pg
        labels.append(label(spec, r, pg))
    p.text("Demikian uraian capaian kinerja tahun 2025 ini disusun sebagai bahan evaluasi dan perbaikan "
           "kinerja pada tahun berikutnya.", gap=4)
    p.save()
    return labels, p.page, expl_pages

# ---------------------------------------------------------------- xlsx
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def render_xlsx_merged(spec, rows):
    """Sheet 1: Kinerja (+Anggaran) with merged two-level headers; some numbers stored as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Realisasi TW IV" if spec["opd"] == "DISDUKCAPIL" else "Capaian Kinerja"
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"
    ws["A2"] = OPDS[spec["opd"]].upper()
    ws["A3"] = ("LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN ANGGARAN 2025" if spec["opd"] == "DISDUKCAPIL"
                else "LAPORAN CAPAIAN KINERJA DAN REALISASI ANGGARAN TAHUN 2025")
    for c in ("A1", "A2", "A3"):
        ws[c].font = Font(bold=True)
    # headers rows 5-6
    hdr = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Kinerja", None, None,
           "Anggaran", None, None]
    sub = [None, None, None, None, "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "% Serapan"]
    for j, h in enumerate(hdr, 1):
        if h:
            ws.cell(5, j, h)
    for j, h in enumerate(sub, 1):
        if h:
            ws.cell(6, j, h)
    for col in "ABCD":
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("E5:G5"); ws.merge_cells("H5:J5")
    for rr in (5, 6):
        for j in range(1, 11):
            ws.cell(rr, j).font = Font(bold=True)
            ws.cell(rr, j).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.cell(rr, j).border = BOX
    widths = [5, 48, 52, 12, 14, 14, 12, 18, 18, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    rown = 7
    cur_p = cur_k = None
    n = 0
    labels = []
    text_toggle = 0
    for r in rows:
        ind = r["ind"]
        if ind["prog"] != cur_p:
            cur_p = ind["prog"]; cur_k = None
            ws.cell(rown, 2, cur_p).font = Font(bold=True)
            rown += 1
        has_keg = ind["keg"] is not None
        if has_keg and ind["keg"] != cur_k:
            cur_k = ind["keg"]
            ws.cell(rown, 2, "  " + cur_k).font = Font(italic=True)
            rown += 1
        n += 1
        ws.cell(rown, 1, n)
        if ind["sub"]:
            ws.cell(rown, 2, "    " + ind["sub"])
        ws.cell(rown, 3, ind["name"] + (" (↓)" if ind["lib"] else ""))
        ws.cell(rown, 4, ind["unit"])
        vals = [r["target"], r["realisation"], r["achievement_pct"], r["pagu"], r["budget_realisation"], r["absorption_pct"]]
        for j, v in enumerate(vals, 5):
            if v is None:
                ws.cell(rown, j, "-" if j < 8 or r["pagu"] is not None else None)
                continue
            text_toggle += 1
            if text_toggle % 4 == 0:   # numbers typed as text, Indonesian format
                ws.cell(rown, j, pct(v) if j in (7, 10) else fmt(v))
                ws.cell(rown, j).alignment = Alignment(horizontal="right")
            else:
                ws.cell(rown, j, v)
                ws.cell(rown, j).number_format = "#,##0.00" if j in (7, 10) or not float(v).is_integer() else "#,##0"
        for j in range(1, 11):
            ws.cell(rown, j).border = BOX
        labels.append(label(spec, r, 1, prog=True, keg=ind["sub"] is not None and has_keg, sub=ind["sub"] is not None))
        rown += 1
    ws.cell(rown + 1, 2, "(↓) indikator dengan arah semakin kecil semakin baik")
    ws.cell(rown + 3, 8, "Samarinda, 15 Januari 2026")
    ws.cell(rown + 4, 8, "Kepala Dinas,")
    # a second sheet: notes (no indicators) to make sheet count > 1
    ws2 = wb.create_sheet("Keterangan")
    ws2["A1"] = "Catatan pengisian"
    ws2["A2"] = "Realisasi keuangan bersumber dari SP2D s.d. 31 Desember 2025."
    ws2["A3"] = "Angka realisasi fisik merupakan data sementara sebelum verifikasi Inspektorat."
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2026, 1, 15, 8, 0, 0)
    wb.save(os.path.join(DOCS, spec["file"]))
    return labels, 2


def render_xlsx_renja(spec, rows):
    """BPBD Renja 2025: program/kegiatan/sub kegiatan hierarchy, target + pagu indikatif."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Renja 2025"
    ws["A1"] = "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025"
    ws["A2"] = OPDS[spec["opd"]]
    ws.append([])
    ws.append(["Kode", "Urusan / Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Rencana Tahun 2025", None,
               None, "Sumber Dana"])
    ws.append([None, None, None, "Target", "Satuan", "Pagu Indikatif (Rp)", None])
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("C4:C5"); ws.merge_cells("D4:F4"); ws.merge_cells("G4:G5")
    for rr in (4, 5):
        for j in range(1, 8):
            ws.cell(rr, j).font = Font(bold=True)
            ws.cell(rr, j).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j, w in enumerate([14, 50, 55, 16, 10, 20, 10], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    labels = []
    ws.append(["1.05.03", P_D1, None, None, None, None, None])
    cur_k = None
    for n, r in enumerate(rows, 1):
        ind = r["ind"]
        if ind["keg"] and ind["keg"] != cur_k:
            cur_k = ind["keg"]
            ws.append([f"1.05.03.2.{n:02d}", "Kegiatan " + cur_k, None, None, None, None, None])
        tgt = f"{fmt(r['target'])} {ind['unit']}"   # target typed with its unit, as text
        ws.append([None, ("Sub Kegiatan " + ind["sub"]) if ind["sub"] else None,
                   ind["name"], tgt if n % 3 == 0 else r["target"], None if n % 3 == 0 else ind["unit"],
                   r["pagu"] if r["pagu"] is not None else None, "DAU" if r["pagu"] else None])
        has = ind["sub"] is not None
        labels.append(label(spec, r, 1, prog=True, keg=has, sub=has))
    ws2 = wb.create_sheet("Catatan")
    ws2["A1"] = "Indikator sasaran (IRB, waktu tanggap, kejadian dengan korban jiwa) bersifat negatif."
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2024, 11, 20, 9, 0, 0)
    wb.save(os.path.join(DOCS, spec["file"]))
    return labels, 2

# ---------------------------------------------------------------- docx
def docx_page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_doc_core(d, year):
    import datetime
    d.core_properties.created = datetime.datetime(year, 1, 10, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(year, 1, 10, 8, 0, 0)
    d.core_properties.author = "Subbag Perencanaan"


def render_docx_renja(spec, rows):
    d = docx.Document()
    set_doc_core(d, 2024)
    d.styles["Normal"].font.size = Pt(9)
    d.add_heading("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2025", 1)
    d.add_paragraph(OPDS[spec["opd"]])
    d.add_paragraph("BAB I PENDAHULUAN")
    for _ in range(4):
        d.add_paragraph("Renja Perangkat Daerah merupakan dokumen perencanaan tahunan yang memuat program, kegiatan "
                        "dan sub kegiatan beserta indikator dan target kinerja serta pagu indikatif, disusun "
                        "berpedoman pada RKPD Kota Samarinda Tahun 2025 dan Renstra 2021-2026.")
    docx_page_break(d)
    d.add_paragraph("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2025")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan",
                                       "Target 2025", "Pagu Indikatif (Rp)"]):
        c.text = h
    labels = []
    cur_p = None
    for r in rows:
        ind = r["ind"]
        if ind["prog"] != cur_p:
            cur_p = ind["prog"]
            row = t.add_row().cells
            m = row[0].merge(row[4]); m.text = cur_p
        row = t.add_row().cells
        row[0].text = ("Sub Kegiatan: " + ind["sub"]) if ind["sub"] else ""
        row[1].text = ind["name"]
        row[2].text = ind["unit"]
        row[3].text = fmt(r["target"]) if ind["unit"] != "Rp" else "Rp" + fmt(r["target"])
        row[4].text = fmt(r["pagu"]) if r["pagu"] is not None else ""
        has = ind["sub"] is not None
        labels.append(label(spec, r, 2, prog=True, sub=has))
    docx_page_break(d)
    d.add_paragraph("BAB IV PENUTUP")
    d.add_paragraph("Renja ini menjadi acuan penyusunan RKA Perangkat Daerah Tahun Anggaran 2025.")
    d.save(os.path.join(DOCS, spec["file"]))
    return labels, 3


def render_docx_table(spec, rows):
    d = docx.Document()
    set_doc_core(d, spec["year"] + 1)
    d.styles["Normal"].font.size = Pt(8)
    if spec["year"] == 2024:
        d.add_heading(f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {spec['year']}", 1)
    else:
        d.add_heading("LAPORAN REALISASI FISIK DAN KEUANGAN TRIWULAN IV TAHUN 2025", 1)
    d.add_paragraph(OPDS[spec["opd"]])
    d.add_paragraph("Laporan ini disusun untuk memenuhi kewajiban pelaporan kinerja dan keuangan perangkat daerah.")
    budget = spec["year"] == 2025
    if budget:
        heads = ["No", "Sub Kegiatan", "Indikator Keluaran", "Satuan", "Target", "Realisasi", "Capaian %",
                 "Pagu (Rp)", "Realisasi (Rp)", "Serapan %"]
    else:
        heads = ["No", "Indikator Kinerja", "Target", "Realisasi", "Satuan", "Capaian (%)"]
    labels = []
    half = (len(rows) + 1) // 2
    n = 0
    for part, chunk in enumerate([rows[:half], rows[half:]]):
        if part == 1:
            docx_page_break(d)
            d.add_paragraph("(lanjutan tabel)")
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            c.text = h
        for r in chunk:
            n += 1
            ind = r["ind"]
            row = t.add_row().cells
            a = pct(r["achievement_pct"]) if r["achievement_pct"] is not None else "-"
            if budget:
                vals = [str(n), ind["sub"] or "", ind["name"], ind["unit"], fmt(r["target"]), fmt(r["realisation"]), a,
                        fmt(r["pagu"]) if r["pagu"] else "", fmt(r["budget_realisation"]) if r["pagu"] else "",
                        pct(r["absorption_pct"]) if r["pagu"] else ""]
            else:
                vals = [str(n), ind["name"], fmt(r["target"]), fmt(r["realisation"]), ind["unit"], a]
            for c, v in zip(row, vals):
                c.text = v
            labels.append(label(spec, r, part + 1, sub=budget and ind["sub"] is not None))
    d.add_paragraph("Indikator dengan satuan hari dan persentase pengaduan bersifat negatif." if budget else
                    "Keterangan: IRB, waktu tanggap dan jumlah kejadian dengan korban jiwa adalah indikator negatif.")
    d.save(os.path.join(DOCS, spec["file"]))
    return labels, 2

# ---------------------------------------------------------------- scans
SW, SH = 1654, 2339  # A4 at 200 dpi


class ScanPage:
    def __init__(self, fs=25):
        self.img = Image.new("L", (SW, SH), 255)
        self.d = ImageDraw.Draw(self.img)
        self.f = ImageFont.truetype(FONT, fs)
        self.fb = ImageFont.truetype(FONTB, fs)
        self.fs = fs
        self.y = 110
        self.lines = []

    def text(self, s, bold=False, center=False, x=110, gap=10):
        f = self.fb if bold else self.f
        w = self.d.textlength(s, font=f)
        xx = (SW - w) / 2 if center else x
        self.d.text((xx, self.y), s, font=f, fill=20)
        self.lines.append(s)
        self.y += self.fs + gap

    def table_row(self, cells, widths, aligns, bold=False):
        f = self.fb if bold else self.f
        wrapped = []
        for c, w in zip(cells, widths):
            words, cur, out = str(c).split(" "), "", []
            for wd in words:
                t = (cur + " " + wd).strip()
                if self.d.textlength(t, font=f) > w - 12 and cur:
                    out.append(cur); cur = wd
                else:
                    cur = t
            out.append(cur)
            wrapped.append(out)
        h = max(len(o) for o in wrapped) * (self.fs + 6) + 10
        x = 100
        for o, w, al in zip(wrapped, widths, aligns):
            self.d.rectangle([x, self.y, x + w, self.y + h], outline=40, width=2)
            yy = self.y + 6
            for ln in o:
                tw = self.d.textlength(ln, font=f)
                xx = x + 6 if al == "L" else (x + w - 6 - tw if al == "R" else x + (w - tw) / 2)
                self.d.text((xx, yy), ln, font=f, fill=20)
                yy += self.fs + 6
            x += w
        self.lines.append(" | ".join(str(c) for c in cells))
        self.y += h

    def finish(self, rng, angle):
        img = self.img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 12  # grey paper
        arr += rng.normal(0, 11, arr.shape)
        speck = rng.random(arr.shape) < 0.0015
        arr[speck] = rng.uniform(60, 160, speck.sum())
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        return img


def write_truth(file, pages_lines):
    for i, lines in enumerate(pages_lines, 1):
        with open(os.path.join(TRUTH, f"{file}.p{i}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")


def render_scan(spec, rows):
    rng = np.random.default_rng(abs(hash(spec["file"])) % 1000 if False else len(spec["file"]) * 7 + spec["year"])
    opd, year = spec["opd"], spec["year"]
    pages, labels = [], []
    dt = spec["doc_type"]
    if dt == "perjanjian_kinerja":
        cols = ["No", "Indikator Kinerja", "Satuan", "Target"]
        widths = [70, 930, 280, 180]; al = ["C", "L", "C", "R"]
        title = [f"LAMPIRAN PERJANJIAN KINERJA TAHUN {year}", OPDS[opd].upper()]
        per_page = 20
        mk = lambda n, r: [str(n), r["ind"]["name"], r["ind"]["unit"], fmt(r["target"])]
        lab = lambda r, pg: label(spec, r, pg)
    elif spec["year"] == 2024:
        cols = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"]
        widths = [60, 720, 170, 160, 170, 170]; al = ["C", "L", "C", "R", "R", "R"]
        title = [f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {year}", OPDS[opd].upper(),
                 "Tabel 3.1 Pengukuran Capaian Kinerja"]
        per_page = 6
        mk = lambda n, r: [str(n), r["ind"]["name"], r["ind"]["unit"], fmt(r["target"]), fmt(r["realisation"]),
                           pct(r["achievement_pct"]) + "%"]
        lab = lambda r, pg: label(spec, r, pg)
    else:
        cols = ["No", "Sub Kegiatan / Indikator Keluaran", "Sat.", "Target", "Real.", "Capaian %",
                "Pagu (Rp)", "Realisasi (Rp)", "%"]
        widths = [50, 420, 130, 90, 90, 110, 200, 210, 110]; al = ["C", "L", "C", "R", "R", "R", "R", "R", "R"]
        title = [f"REKAPITULASI REALISASI FISIK DAN KEUANGAN TA {year}", OPDS[opd].upper(), "Posisi: 31 Desember 2025"]
        per_page = 5 if opd == "BPBD" else 8
        mk = lambda n, r: [str(n), ((r["ind"]["sub"] + " / ") if r["ind"]["sub"] else "") + r["ind"]["name"],
                           r["ind"]["unit"], fmt(r["target"]), fmt(r["realisation"]),
                           pct(r["achievement_pct"]) if r["achievement_pct"] is not None else "-",
                           fmt(r["pagu"]) if r["pagu"] else "-", fmt(r["budget_realisation"]) if r["pagu"] else "-",
                           pct(r["absorption_pct"]) if r["pagu"] else "-"]
        lab = lambda r, pg: label(spec, r, pg, sub=r["ind"]["sub"] is not None)
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    n = 0
    for pi, chunk in enumerate(chunks, 1):
        sp = ScanPage(fs=23 if len(cols) > 6 else 26)
        if pi == 1:
            sp.text("PEMERINTAH KOTA SAMARINDA", bold=True, center=True)
            for t in title:
                sp.text(t, bold=True, center=True)
            sp.y += 30
        else:
            sp.text("(lanjutan)", x=110)
        sp.table_row(cols, widths, ["C"] * len(cols), bold=True)
        for r in chunk:
            n += 1
            sp.table_row(mk(n, r), widths, al)
            labels.append(lab(r, pi))
        sp.y += 30
        if pi == len(chunks):
            if dt == "perjanjian_kinerja":
                sp.text("Samarinda, 2 Januari 2025")
                sp.text("Pihak Kedua: Wali Kota Samarinda        Pihak Pertama: Kepala Dinas")
            else:
                sp.text("Dicetak dari aplikasi, diparaf Kasubbag Keuangan.")
        sp.text(f"Hal. {pi}", x=1450)
        angle = [0.8, -1.1, 0.6, -0.7][(len(pages) + len(spec["file"])) % 4]
        pages.append(sp.finish(rng, angle))
        write_truth(spec["file"], [sp.lines]) if len(chunks) == 1 else None
        spec.setdefault("_truth", []).append(sp.lines)
    if len(chunks) > 1:
        write_truth(spec["file"], spec["_truth"])
    out = os.path.join(DOCS, spec["file"])
    if out.endswith(".jpg"):
        pages[0].save(out, "JPEG", quality=72, dpi=(200, 200))
    else:
        import datetime
        import time
        fixed = time.gmtime(datetime.datetime(2026, 1, 20, 9, 30, 0, tzinfo=datetime.timezone.utc).timestamp())
        pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:],
                      creationDate=fixed, modDate=fixed, producer="Scanner", creator="Scanner")
    return labels, len(pages)

# ---------------------------------------------------------------- main
RENDER = {"pdf_pk": render_pdf_pk, "pdf_table_prog": render_pdf_table_prog, "pdf_table_sifat": render_pdf_table_sifat,
          "pdf_table_budget": render_pdf_table_budget, "pdf_prose": render_pdf_prose,
          "xlsx_merged": render_xlsx_merged, "xlsx_renja": render_xlsx_renja,
          "docx_renja": render_docx_renja, "docx_table": render_docx_table, "scan": render_scan}


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-01-15T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    for d in (DOCS, TRUTH, META):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    documents, indicators, explained = [], [], []
    for spec in DOCS_SPEC:
        rows = build_rows(spec)
        if spec["layout"] in ("pdf_table_prog", "pdf_table_budget", "xlsx_merged", "docx_renja", "pdf_prose", "xlsx_renja"):
            rows = grouped(rows)
        res = RENDER[spec["layout"]](spec, rows)
        labs, npages = res[0], res[1]
        if len(res) > 2:
            for k, pg in res[2].items():
                explained.append({"opd": spec["opd"], "fiscal_year": spec["year"], "indicator": IBY[k]["name"],
                                  "file": spec["file"], "page": pg,
                                  "plan_target": IBY[k]["plan_t"], "report_target": IBY[k]["rep_t"],
                                  "explanation": spec["explain"][k]})
        if spec["file"].endswith((".docx", ".xlsx")):
            normalize_zip(os.path.join(DOCS, spec["file"]))
        documents.append({"file": spec["file"], "opd": spec["opd"], "fiscal_year": spec["year"],
                          "layout": spec["layout"], "pages": npages, "doc_type": spec["doc_type"]})
        indicators.extend(labs)
    findings = derive_findings(documents, indicators, explained)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"documents": documents, "indicators": indicators, "findings": findings}, fh,
                  ensure_ascii=False, indent=1)
    with open(os.path.join(META, "explained_target_changes.json"), "w", encoding="utf-8") as fh:
        json.dump(explained, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(documents), "documents;", len(indicators), "indicator rows;", len(findings), "findings",
          dict(Counter(f["type"] for f in findings)))


def norm(s):
    return " ".join(s.lower().split())


def derive_findings(documents, indicators, explained):
    """Findings from the labelled rows (same rules as verify.py, written separately there)."""
    dtype = {d["file"]: d["doc_type"] for d in documents}
    out = {}

    def add(t, row, cites):
        k = (t, row["opd"], row["fiscal_year"], norm(row["indicator"]))
        f = out.setdefault(k, {"type": t, "opd": row["opd"], "fiscal_year": row["fiscal_year"],
                               "indicator": row["indicator"], "citations": []})
        for c in cites:
            if c not in f["citations"]:
                f["citations"].append(c)

    cite = lambda r: {"file": r["file"], "page": r["page"]}
    groups = {}
    for r in indicators:
        groups.setdefault((r["opd"], r["fiscal_year"], norm(r["indicator"])), []).append(r)
    expl = {(e["opd"], e["fiscal_year"], norm(e["indicator"])) for e in explained}
    for key, rs in groups.items():
        reps = [r for r in rs if dtype[r["file"]] not in PLAN_TYPES]
        plans = [r for r in rs if dtype[r["file"]] in PLAN_TYPES]
        for r in rs:
            exp = ach(r["target"], r["realisation"], r["lower_is_better"])
            if exp is not None and r["achievement_pct"] is not None and abs(exp - r["achievement_pct"]) > 1.0:
                add("ACHIEVEMENT_MISMATCH", r, [cite(r)])
            if r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]:
                add("ABSORPTION_OVER_100", r, [cite(r)])
        for fld in ("target", "realisation", "pagu", "budget_realisation"):
            vals = {r[fld] for r in reps if r[fld] is not None}
            if len(vals) > 1:
                add("CROSS_DOCUMENT_CONFLICT", reps[0], [cite(r) for r in reps if r[fld] is not None])
        if not any(r["target"] is not None for r in rs):
            wr = [r for r in reps if r["realisation"] is not None]
            if wr:
                add("REALISATION_WITHOUT_TARGET", wr[0], [cite(r) for r in wr])
        if plans and key not in expl:
            pt = {r["target"] for r in plans if r["target"] is not None}
            changed = [r for r in reps if r["target"] is not None and r["target"] not in pt]
            if pt and changed:
                add("TARGET_CHANGED", changed[0], [cite(r) for r in plans] + [cite(r) for r in changed])
    return sorted(out.values(), key=lambda f: (f["type"], f["opd"], f["fiscal_year"], f["indicator"]))


if __name__ == "__main__":
    main()
