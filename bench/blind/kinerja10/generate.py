#!/usr/bin/env python3
"""Generate the blind performance-report set "kinerja10" (deterministic).

Run:  python generate.py        (writes docs/, scan_truth/, labels.json, labels_extra.json)
"""
import datetime as dt
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
FIXED = dt.datetime(2026, 2, 27, 9, 0, 0)
RNG = random.Random(20251231)
NPR = np.random.default_rng(20251231)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))

INT_UNITS = {"orang", "dokumen", "kasus", "kali", "unit", "kelompok", "sampel", "kelurahan", "lokasi",
             "titik", "lembaga", "pelaku usaha", "pengaduan", "kejadian", "pedagang", "KK", "Rp"}

# ---------------------------------------------------------------- formatting

def idn(v, nd=None):
    if v is None:
        return "-"
    if nd is None:
        nd = 0 if float(v).is_integer() else 2
    s = f"{v:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def ach(t, r, lib):
    if t is None or r is None:
        return None
    return round((t / r if lib else r / t) * 100, 2)


def absorb(p, b):
    if p is None or b is None:
        return None
    return round(b / p * 100, 2)

# ---------------------------------------------------------------- OPD data
# (programme, kegiatan, sub_kegiatan, indicator, unit, lower_is_better, target2025, pagu2025)

P1 = "PROGRAM PENDAFTARAN PENDUDUK"
P2 = "PROGRAM PENCATATAN SIPIL"
P3 = "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN"
P4 = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
DUKCAPIL = [
    (P1, None, None, "Persentase penduduk wajib KTP-el yang telah melakukan perekaman", "%", False, 98.5, None),
    (P1, "Pelayanan Pendaftaran Penduduk", "Penerbitan Dokumen Pendaftaran Penduduk", "Jumlah KTP-el yang diterbitkan", "dokumen", False, 42000, 1_265_400_000),
    (P1, "Pelayanan Pendaftaran Penduduk", "Penerbitan Kartu Keluarga", "Rata-rata waktu penerbitan Kartu Keluarga", "hari", True, 3, 418_750_000),
    (P1, "Pelayanan Pendaftaran Penduduk", "Penerbitan Kartu Identitas Anak", "Persentase anak usia 0-17 tahun yang memiliki KIA", "%", False, 45, 356_200_000),
    (P2, None, None, "Persentase kepemilikan akta kelahiran anak 0-18 tahun", "%", False, 96, None),
    (P2, "Pelayanan Pencatatan Sipil", "Penerbitan Akta Kelahiran", "Jumlah akta kelahiran yang diterbitkan", "dokumen", False, 18500, 512_300_000),
    (P2, "Pelayanan Pencatatan Sipil", "Penerbitan Akta Kematian", "Jumlah akta kematian yang diterbitkan", "dokumen", False, 3200, 147_900_000),
    (P2, "Pelayanan Pencatatan Sipil", "Pelayanan Jemput Bola Adminduk", "Jumlah penduduk terlayani jemput bola", "orang", False, 6000, 624_000_000),
    (P3, "Penyelenggaraan SIAK", "Pengelolaan Database Kependudukan", "Persentase data ganda yang diselesaikan", "%", False, 90, 287_650_000),
    (P3, "Penyelenggaraan SIAK", "Pemanfaatan Data Kependudukan", "Jumlah perangkat daerah pemanfaat data kependudukan", "lembaga", False, 25, 198_400_000),
    (P4, None, None, "Indeks Kepuasan Masyarakat layanan adminduk", "indeks", False, 84, None),
    (P4, "Administrasi Umum Perangkat Daerah", "Penyediaan Layanan Pengaduan", "Jumlah pengaduan layanan adminduk", "kasus", True, 120, 95_300_000),
]
Q1 = "PROGRAM PELAYANAN PENANAMAN MODAL"
Q2 = "PROGRAM PROMOSI PENANAMAN MODAL"
Q3 = "PROGRAM PENGENDALIAN PELAKSANAAN PENANAMAN MODAL"
Q4 = "PROGRAM PENGELOLAAN DATA DAN SISTEM INFORMASI PENANAMAN MODAL"
DPMPTSP = [
    (Q1, None, None, "Rata-rata waktu penyelesaian perizinan berusaha", "hari", True, 5, None),
    (Q1, "Pelayanan Perizinan dan Non Perizinan", "Penyediaan Pelayanan Terpadu Perizinan", "Persentase perizinan terbit tepat waktu", "%", False, 95, 742_500_000),
    (Q1, "Pelayanan Perizinan dan Non Perizinan", "Penerbitan Perizinan Berusaha", "Jumlah izin yang diterbitkan", "dokumen", False, 4800, 515_000_000),
    (Q1, None, None, "Indeks Kepuasan Masyarakat pelayanan perizinan", "indeks", False, 85, None),
    (Q2, None, None, "Nilai realisasi investasi PMA dan PMDN", "Rp", False, 4_250_000_000_000, None),
    (Q2, "Penyelenggaraan Promosi Penanaman Modal", "Pelaksanaan Forum Investasi", "Jumlah peserta forum investasi", "orang", False, 350, 410_250_000),
    (Q2, "Penyelenggaraan Promosi Penanaman Modal", "Penyusunan Profil Peluang Investasi", "Jumlah dokumen profil peluang investasi", "dokumen", False, 3, 236_800_000),
    (Q3, "Pengendalian Pelaksanaan Penanaman Modal", "Pemantauan LKPM", "Persentase pelaku usaha yang menyampaikan LKPM", "%", False, 70, 188_600_000),
    (Q3, "Pengendalian Pelaksanaan Penanaman Modal", "Pembinaan Pelaku Usaha", "Jumlah pelaku usaha yang dibina", "pelaku usaha", False, 150, 264_300_000),
    (Q4, "Pengelolaan Data dan Informasi Perizinan", "Pemutakhiran Data Investasi", "Jumlah data investasi yang dimutakhirkan", "dokumen", False, 4, 121_700_000),
    (Q4, "Pengelolaan Data dan Informasi Perizinan", "Penanganan Pengaduan Perizinan", "Persentase pengaduan perizinan yang ditindaklanjuti", "%", False, 100, 98_450_000),
    (Q4, "Pengelolaan Data dan Informasi Perizinan", "Penanganan Pengaduan Perizinan", "Jumlah pengaduan perizinan yang masuk", "pengaduan", True, 60, None),
]
R1 = "PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI UNTUK KEDAULATAN DAN KEMANDIRIAN PANGAN"
R2 = "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT"
R3 = "PROGRAM PENANGANAN KERAWANAN PANGAN"
R4 = "PROGRAM PENGAWASAN KEAMANAN PANGAN"
DKP = [
    (R2, None, None, "Skor Pola Pangan Harapan (PPH)", "indeks", False, 88.5, None),
    (R1, "Penyediaan dan Penyaluran Pangan Pokok", "Pengelolaan Cadangan Pangan Pemerintah Daerah", "Ketersediaan cadangan pangan pemerintah daerah", "ton", False, 100, 1_150_000_000),
    (R1, "Penyediaan dan Penyaluran Pangan Pokok", "Penyelenggaraan Gerakan Pangan Murah", "Jumlah pelaksanaan Gerakan Pangan Murah", "kali", False, 24, 486_000_000),
    (R1, "Penyediaan dan Penyaluran Pangan Pokok", "Penyelenggaraan Gerakan Pangan Murah", "Volume pangan yang didistribusikan melalui GPM", "ton", False, 180, None),
    (R2, "Pelaksanaan Pencapaian Target Konsumsi Pangan", "Pemberdayaan Pekarangan Pangan Lestari", "Jumlah lokasi pekarangan pangan lestari", "lokasi", False, 20, 355_000_000),
    (R2, "Pelaksanaan Pencapaian Target Konsumsi Pangan", "Promosi Pangan B2SA", "Jumlah peserta sosialisasi pangan B2SA", "orang", False, 600, 172_500_000),
    (R2, "Pelaksanaan Pencapaian Target Konsumsi Pangan", "Fasilitasi Kelompok Wanita Tani", "Jumlah kelompok yang difasilitasi", "kelompok", False, 30, 264_000_000),
    (R3, None, None, "Jumlah kelurahan rawan pangan", "kelurahan", True, 4, None),
    (R3, "Penyusunan Peta Ketahanan dan Kerentanan Pangan", "Penyusunan Peta FSVA", "Prevalensi ketidakcukupan konsumsi pangan", "%", True, 6.5, 143_200_000),
    (R4, None, None, "Persentase sampel pangan segar yang memenuhi syarat keamanan pangan", "%", False, 92, None),
    (R4, "Pelaksanaan Pengawasan Keamanan Pangan Segar", "Pengujian Sampel Pangan Segar", "Jumlah sampel pangan segar yang diuji", "sampel", False, 400, 318_750_000),
    (R2, None, None, "Indeks Ketahanan Pangan", "indeks", False, 78.2, None),
]
B1 = "PROGRAM PENANGGULANGAN BENCANA"
BPBD = [
    (B1, None, None, "Indeks Risiko Bencana (IRB)", "indeks", True, 120.5, None),
    (B1, None, None, "Persentase kelurahan tangguh bencana", "%", False, 30, None),
    (B1, "Pelayanan Informasi Rawan Bencana", "Penyusunan Kajian Risiko Bencana", "Jumlah dokumen kajian risiko bencana", "dokumen", False, 1, 245_000_000),
    (B1, "Pelayanan Informasi Rawan Bencana", "Penyusunan Rencana Kontinjensi", "Jumlah dokumen rencana kontinjensi", "dokumen", False, 2, 198_500_000),
    (B1, "Pelayanan Pencegahan dan Kesiapsiagaan", "Sosialisasi Komunikasi Informasi dan Edukasi Rawan Bencana", "Jumlah masyarakat yang mengikuti sosialisasi kebencanaan", "orang", False, 1500, 312_400_000),
    (B1, "Pelayanan Pencegahan dan Kesiapsiagaan", "Pelatihan Relawan Penanggulangan Bencana", "Jumlah relawan bencana terlatih", "orang", False, 200, 276_800_000),
    (B1, "Pelayanan Penyelamatan dan Evakuasi Korban Bencana", "Respon Cepat Darurat Bencana", "Rata-rata waktu tanggap darurat kejadian bencana", "jam", True, 2, 534_600_000),
    (B1, "Pelayanan Penyelamatan dan Evakuasi Korban Bencana", "Penyediaan Logistik Penyelamatan", "Jumlah korban bencana yang menerima bantuan logistik", "orang", False, 2000, 689_000_000),
    (B1, "Pelayanan Penyelamatan dan Evakuasi Korban Bencana", "Penanganan Darurat Sungai", "Panjang alur sungai yang dibersihkan saat tanggap darurat", "km", False, 12.5, 418_250_000),
    (B1, "Penanganan Pascabencana", "Perbaikan Darurat Rumah Terdampak", "Jumlah rumah terdampak bencana yang ditangani", "unit", False, 150, 825_000_000),
    (B1, None, None, "Jumlah kejadian bencana dengan korban jiwa", "kejadian", True, 2, None),
    (B1, None, None, "Persentase kejadian bencana yang ditangani sesuai SOP", "%", False, 100, None),
]
S1 = "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM"
S2 = "PROGRAM PENEGAKAN PERATURAN DAERAH"
SATPOL = [
    (S2, None, None, "Persentase penegakan Perda dan Perkada", "%", False, 90, None),
    (S2, "Penegakan Perda dan Perkada", "Penindakan Pelanggaran Perda", "Jumlah pelanggaran Perda yang ditindak", "kasus", False, 450, 612_300_000),
    (S2, "Penegakan Perda dan Perkada", "Sosialisasi Perda dan Perkada", "Jumlah kegiatan sosialisasi Perda", "kali", False, 20, 184_500_000),
    (S2, "Penegakan Perda dan Perkada", "Penyusunan SOP Penegakan", "Jumlah dokumen SOP penegakan Perda", "dokumen", False, 5, 96_000_000),
    (S2, "Peningkatan Kapasitas PPNS", "Pendidikan dan Pelatihan PPNS", "Jumlah anggota Satpol PP bersertifikat PPNS", "orang", False, 12, 243_750_000),
    (S1, None, None, "Persentase gangguan trantibum yang ditangani", "%", False, 100, None),
    (S1, "Penanganan Gangguan Trantibum", "Patroli Wilayah", "Jumlah patroli wilayah", "kali", False, 1200, 1_046_000_000),
    (S1, "Penanganan Gangguan Trantibum", "Penertiban Pedagang Kaki Lima", "Jumlah PKL yang ditertibkan", "pedagang", False, 800, 387_200_000),
    (S1, "Penanganan Gangguan Trantibum", "Layanan Pengaduan Trantibum", "Rata-rata waktu respon pengaduan trantibum", "menit", True, 45, 152_600_000),
    (S1, "Pemberdayaan Satlinmas", "Pelatihan Anggota Linmas", "Jumlah personel Linmas terlatih", "orang", False, 300, 298_400_000),
    (S1, None, None, "Jumlah kejadian gangguan ketertiban umum", "kejadian", True, 180, None),
    (S1, None, None, "Indeks kepuasan masyarakat terhadap layanan trantibum", "indeks", False, 80, None),
]
D1 = "PROGRAM PENGEMBANGAN PERUMAHAN"
D2 = "PROGRAM KAWASAN PERMUKIMAN"
D3 = "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)"
PERKIM = [
    (D1, None, None, "Persentase rumah layak huni", "%", False, 88, None),
    (D1, "Pembangunan dan Rehabilitasi Rumah", "Rehabilitasi Rumah Tidak Layak Huni", "Jumlah RTLH yang direhabilitasi", "unit", False, 250, 5_250_000_000),
    (D1, "Pembangunan dan Rehabilitasi Rumah", "Bantuan Stimulan Perumahan", "Jumlah penerima bantuan stimulan perumahan", "KK", False, 120, 1_800_000_000),
    (D1, "Pembangunan dan Rehabilitasi Rumah", "Penyediaan Rumah Korban Bencana", "Jumlah rumah korban bencana yang ditangani", "unit", False, 40, 960_000_000),
    (D2, None, None, "Luas kawasan kumuh", "Ha", True, 120.35, None),
    (D2, "Penataan Kawasan Permukiman Kumuh", "Pembangunan Jalan Lingkungan", "Panjang jalan lingkungan yang dibangun/ditingkatkan", "km", False, 8.5, 6_375_000_000),
    (D2, "Penataan Kawasan Permukiman Kumuh", "Pembangunan Drainase Lingkungan", "Panjang drainase lingkungan yang dibangun", "km", False, 4.2, 3_150_000_000),
    (D2, "Penataan Kawasan Permukiman Kumuh", "Penyusunan Rencana Kawasan", "Jumlah dokumen perencanaan kawasan permukiman", "dokumen", False, 3, 450_000_000),
    (D3, None, None, "Persentase kawasan permukiman yang terlayani air bersih", "%", False, 92.5, None),
    (D3, "Penyelenggaraan PSU Perumahan", "Serah Terima PSU Perumahan", "Jumlah PSU perumahan yang diserahterimakan", "lokasi", False, 10, 215_000_000),
    (D3, "Penyelenggaraan PSU Perumahan", "Pemasangan Penerangan Jalan Umum", "Jumlah lampu PJU terpasang", "titik", False, 1500, 4_125_000_000),
    (D3, "Penyelenggaraan PSU Perumahan", "Pemeliharaan Tempat Pemakaman Umum", "Persentase TPU yang terpelihara", "%", False, 100, 620_000_000),
]

OPDS = {
    "DISDUKCAPIL": ("Dinas Kependudukan dan Pencatatan Sipil", DUKCAPIL),
    "DPMPTSP": ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", DPMPTSP),
    "DKP": ("Dinas Ketahanan Pangan", DKP),
    "BPBD": ("Badan Penanggulangan Bencana Daerah", BPBD),
    "SATPOLPP": ("Satuan Polisi Pamong Praja", SATPOL),
    "DISPERKIM": ("Dinas Perumahan dan Kawasan Permukiman", PERKIM),
}

# extra indicators reported without any target (REALISATION_WITHOUT_TARGET)
EXTRA = {
    "DISDUKCAPIL": [(P2, "Pelayanan Pencatatan Sipil", "Penerbitan Akta Perkawinan", "Jumlah akta perkawinan non-muslim yang diterbitkan", "dokumen", False, 412, None)],
    "DPMPTSP": [(Q1, None, None, "Jumlah NIB yang diterbitkan melalui OSS RBA", "dokumen", False, 6315, None)],
    "DKP": [(R4, None, None, "Jumlah pelaku usaha pangan segar yang terdaftar", "pelaku usaha", False, 87, None)],
    "BPBD": [(B1, None, None, "Jumlah sekolah yang menerapkan Satuan Pendidikan Aman Bencana", "lembaga", False, 14, None),
             (B1, None, None, "Jumlah simulasi evakuasi bencana", "kali", False, 9, None)],
    "SATPOLPP": [(S1, None, None, "Jumlah pengaduan trantibum yang diterima", "pengaduan", False, 1348, None)],
    "DISPERKIM": [(D2, None, None, "Jumlah sumur bor komunal yang dibangun", "unit", False, 18, None)],
}


def gen_real(t, unit, lib):
    f = RNG.uniform(0.86, 1.12)
    if lib:
        f = RNG.uniform(0.82, 1.1)
    r = t * f
    if unit == "Rp":
        return float(round(r / 1e6) * 1e6)
    if unit in INT_UNITS:
        return float(max(1, round(r)))
    if unit == "%":
        if t >= 99:
            return round(RNG.uniform(93.0, 100.0), 2)
        return round(min(r, 99.5), 2)
    return round(r, 2)


def gen_br(p):
    return float(round(p * RNG.uniform(0.83, 0.985), -3))


class Ind:
    def __init__(self, tup):
        self.prog, self.keg, self.sub, self.name, self.unit, self.lib, self.t, self.pagu = tup


# base truth for 2025 and 2024 per OPD
TRUTH_DATA = {}
for code, (oname, lst) in OPDS.items():
    inds = [Ind(x) for x in lst]
    for i in inds:
        i.r = gen_real(i.t, i.unit, i.lib)
        i.br = gen_br(i.pagu) if i.pagu else None
        # 2024
        if i.unit in INT_UNITS:
            i.t24 = float(round(i.t * (1.05 if i.lib else 0.93)))
        else:
            i.t24 = round(i.t * (1.05 if i.lib else 0.95), 2)
        i.r24 = gen_real(i.t24, i.unit, i.lib)
        i.pagu24 = float(round(i.pagu * 0.92, -5)) if i.pagu else None
        i.br24 = gen_br(i.pagu24) if i.pagu24 else None
    extras = [Ind(x) for x in EXTRA[code]]
    for e in extras:
        e.r = e.t
        e.t = None
        e.br = None
    TRUTH_DATA[code] = (oname, inds, extras)

# ---------------------------------------------------------------- labels
LABELS = {"documents": [], "indicators": [], "findings": []}
EXTRA_LABELS = {"explained_target_changes": []}


def add_doc(file, opd, fy, layout, pages, doc_type):
    LABELS["documents"].append(dict(file=file, opd=opd, fiscal_year=fy, layout=layout, pages=pages,
                                    doc_type=doc_type))


def add_row(file, page, opd, fy, row, show_hier=True):
    LABELS["indicators"].append(dict(
        file=file, page=page, opd=opd, fiscal_year=fy,
        programme=row.get("prog") if show_hier else None,
        kegiatan=row.get("keg") if show_hier else None,
        sub_kegiatan=row.get("sub") if show_hier else None,
        indicator=row["name"], unit=row["unit"], target=row.get("target"),
        realisation=row.get("real"), achievement_pct=row.get("ach"),
        lower_is_better=row["lib"], pagu=row.get("pagu"),
        budget_realisation=row.get("br"), absorption_pct=row.get("abs")))


def plan_rows(code, with_pagu):
    oname, inds, _ = TRUTH_DATA[code]
    out = []
    for i in inds:
        out.append(dict(prog=i.prog, keg=i.keg, sub=i.sub, name=i.name, unit=i.unit, lib=i.lib, target=i.t,
                        pagu=i.pagu if with_pagu else None))
    return out


def report_rows(code, with_budget, year=2025, mods=None):
    """mods: dict indicator-name -> dict of overrides (target/real/ach/br)."""
    oname, inds, extras = TRUTH_DATA[code]
    mods = mods or {}
    out = []
    for i in inds + (extras if year == 2025 else []):
        t = i.t if year == 2025 else i.t24
        r = i.r if year == 2025 else i.r24
        p = (i.pagu if year == 2025 else i.pagu24) if with_budget else None
        b = (i.br if year == 2025 else i.br24) if with_budget else None
        m = mods.get(i.name, {})
        t = m.get("target", t)
        r = m.get("real", r)
        if "br" in m and p:
            b = m["br"]
        row = dict(prog=i.prog, keg=i.keg, sub=i.sub, name=i.name, unit=i.unit, lib=i.lib, target=t, real=r,
                   ach=m.get("ach", ach(t, r, i.lib)), pagu=p, br=b, abs=absorb(p, b))
        out.append(row)
    return out


def over_br(code, name, year=2025, f=1.074):
    _, inds, _ = TRUTH_DATA[code]
    i = [x for x in inds if x.name == name][0]
    p = i.pagu if year == 2025 else i.pagu24
    return float(round(p * f, -3))

# ---------------------------------------------------------------- PDF helpers


class PDF:
    def __init__(self, path, pagesize=A4, title=""):
        self.c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("Pemerintah Kota Samarinda")
        self.W, self.H = pagesize
        self.m = 40
        self.page = 1
        self.y = self.H - self.m
        self.header_cb = None

    def footer(self):
        self.c.setFont("DV", 7)
        self.c.drawRightString(self.W - self.m, 20, f"Halaman {self.page}")

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m
        if self.header_cb:
            self.header_cb()

    def ensure(self, h):
        if self.y - h < self.m:
            self.newpage()

    def para(self, text, size=9, bold=False, center=False, gap=4, keep=True):
        font = "DVB" if bold else "DV"
        lines = simpleSplit(text, font, size, self.W - 2 * self.m)
        if keep:
            self.ensure(len(lines) * (size + 3))
        for ln in lines:
            self.ensure(size + 3)
            self.c.setFont(font, size)
            if center:
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            else:
                self.c.drawString(self.m, self.y - size, ln)
            self.y -= size + 3
        self.y -= gap
        return self.page

    def table(self, cols, items, size=7):
        """cols: [(title, width_fraction, align)], items: ("g", text) or ("r", cells, key). returns {key: page}"""
        avail = self.W - 2 * self.m
        widths = [f * avail for _, f, _ in cols]
        pages = {}
        lh = size + 2

        def draw_header():
            hl = [simpleSplit(t, "DVB", size, w - 4) for (t, _, _), w in zip(cols, widths)]
            h = max(len(x) for x in hl) * lh + 4
            self.ensure(h + 20)
            x = self.m
            self.c.setFillGray(0.85)
            self.c.rect(self.m, self.y - h, avail, h, fill=1, stroke=0)
            self.c.setFillGray(0)
            for lines, w in zip(hl, widths):
                self.c.rect(x, self.y - h, w, h)
                self.c.setFont("DVB", size)
                for k, ln in enumerate(lines):
                    self.c.drawCentredString(x + w / 2, self.y - 2 - lh * (k + 1) + 2, ln)
                x += w
            self.y -= h

        draw_header()
        active = {}

        def draw_group(text):
            lines = simpleSplit(text, "DVB", size, avail - 6)
            h = len(lines) * lh + 4
            self.c.setFillGray(0.95)
            self.c.rect(self.m, self.y - h, avail, h, fill=1, stroke=1)
            self.c.setFillGray(0)
            self.c.setFont("DVB", size)
            for k, ln in enumerate(lines):
                self.c.drawString(self.m + 3, self.y - lh * (k + 1), ln)
            self.y -= h

        def cont():
            self.newpage()
            draw_header()
            for lv in sorted(active):
                draw_group(active[lv] + " (lanjutan)")

        for it in items:
            if it[0] == "g":
                lv = 2 if "Sub Kegiatan:" in it[1] else (1 if "Kegiatan:" in it[1] else 0)
                for k in [k for k in active if k >= lv]:
                    del active[k]
                lines = simpleSplit(it[1], "DVB", size, avail - 6)
                h = len(lines) * lh + 4
                if self.y - h < self.m:
                    cont()
                active[lv] = it[1]
                self.c.setFillGray(0.95)
                self.c.rect(self.m, self.y - h, avail, h, fill=1, stroke=1)
                self.c.setFillGray(0)
                self.c.setFont("DVB", size)
                for k, ln in enumerate(lines):
                    self.c.drawString(self.m + 3, self.y - lh * (k + 1), ln)
                self.y -= h
            else:
                cells = it[1]
                cl = [simpleSplit(str(t), "DV", size, w - 4) for t, w in zip(cells, widths)]
                h = max(len(x) for x in cl) * lh + 4
                if self.y - h < self.m:
                    cont()
                x = self.m
                self.c.setFont("DV", size)
                for lines, w, (_, _, al) in zip(cl, widths, cols):
                    self.c.rect(x, self.y - h, w, h)
                    for k, ln in enumerate(lines):
                        yy = self.y - lh * (k + 1)
                        if al == "r":
                            self.c.drawRightString(x + w - 3, yy, ln)
                        elif al == "c":
                            self.c.drawCentredString(x + w / 2, yy, ln)
                        else:
                            self.c.drawString(x + 3, yy, ln)
                    x += w
                self.y -= h
                pages[it[2]] = self.page
        self.y -= 8
        return pages

    def close(self):
        self.footer()
        self.c.save()
        return self.page


def hier_items(rows, fmt_row, show_keg=True):
    items = []
    lp = lk = ls = None
    for n, r in enumerate(rows):
        if r["prog"] != lp:
            items.append(("g", r["prog"]))
            lp, lk, ls = r["prog"], None, None
        if show_keg and r["keg"] and r["keg"] != lk:
            items.append(("g", "   Kegiatan: " + r["keg"]))
            lk = r["keg"]
        if show_keg and r["sub"] and r["sub"] != ls:
            items.append(("g", "      Sub Kegiatan: " + r["sub"]))
            ls = r["sub"]
        items.append(("r", fmt_row(n, r), n))
    return items


def sort_hier(rows):
    order = []
    for r in rows:
        if r["prog"] not in order:
            order.append(r["prog"])
    return sorted(rows, key=lambda r: (order.index(r["prog"]), r["keg"] is not None, r["keg"] or ""))


def kop(pdf, oname, title, year):
    pdf.para("PEMERINTAH KOTA SAMARINDA", 12, True, True, 0)
    pdf.para(oname.upper(), 11, True, True, 0)
    pdf.para("Jl. Basuki Rahmat, Samarinda, Kalimantan Timur", 8, False, True, 6)
    pdf.c.line(pdf.m, pdf.y, pdf.W - pdf.m, pdf.y)
    pdf.y -= 10
    pdf.para(title, 11, True, True, 8)

# ---------------------------------------------------------------- scan helpers

MONO = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", 21)
MONOB = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", 23)


def wrap(s, w):
    words = s.split()
    out, cur = [], ""
    for wd in words:
        if len(cur) + len(wd) + (1 if cur else 0) > w:
            out.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd) if cur else wd
    if cur:
        out.append(cur)
    return out or [""]


def mono_table(cols, items):
    """cols: [(title, width, align)]; items: ("g", text) / ("r", cells, key) / ("t", text) -> list of (line, key|None)."""
    total = sum(w for _, w, _ in cols) + len(cols) + 1
    sep = "+" + "+".join("-" * w for _, w, _ in cols) + "+"
    out = [(sep, None)]
    hdr = [wrap(t, w) for t, w, _ in cols]
    for k in range(max(len(h) for h in hdr)):
        out.append(("|" + "|".join((h[k] if k < len(h) else "").center(w) for h, (_, w, _) in zip(hdr, cols)) + "|", None))
    out.append((sep.replace("-", "="), None))
    for it in items:
        if it[0] == "g":
            for ln in wrap(it[1], total - 4):
                out.append(("| " + ln.ljust(total - 4) + " |", None))
            out.append((sep, None))
        else:
            cl = [wrap(str(c), w) for c, (_, w, _) in zip(it[1], cols)]
            for k in range(max(len(c) for c in cl)):
                cells = []
                for c, (_, w, al) in zip(cl, cols):
                    s = c[k] if k < len(c) else ""
                    cells.append(s.rjust(w) if al == "r" else s.ljust(w))
                out.append(("|" + "|".join(cells) + "|", it[2]))
            out.append((sep, None))
    return out


def render_scan(lines_per_page, size, seed, angle):
    """lines_per_page: list of list of (text, bold). Returns PIL images and exact text per page."""
    imgs, texts = [], []
    rs = np.random.default_rng(seed)
    for pi, lines in enumerate(lines_per_page):
        img = Image.new("L", size, 255)
        d = ImageDraw.Draw(img)
        y = 110
        for text, bold in lines:
            f = MONOB if bold else MONO
            d.text((90, y), text, font=f, fill=25)
            y += 29
        a = angle[pi % len(angle)]
        img = img.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        arr = np.asarray(img).astype(np.float32)
        arr += rs.normal(0, 11, arr.shape)
        # speckles
        n = 1800
        ys = rs.integers(0, arr.shape[0], n)
        xs = rs.integers(0, arr.shape[1], n)
        arr[ys, xs] = rs.integers(60, 160, n)
        # uneven illumination
        grad = np.linspace(0, 18, arr.shape[1])[None, :]
        arr = np.clip(arr - grad, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(arr, "L"))
        texts.append("\n".join(t for t, _ in lines) + "\n")
    return imgs, texts


def save_scan_pdf(imgs, path):
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:], quality=72,
                 title="scan", creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


def paginate(lines, per_page, head_first, head_rest):
    pages, cur = [], list(head_first)
    cap = per_page
    for ln in lines:
        if len(cur) >= cap:
            pages.append(cur)
            cur = list(head_rest)
        cur.append(ln)
    pages.append(cur)
    return pages

# ---------------------------------------------------------------- planted modifications
def correct_ach(code, name, t, r):
    _, inds, _ = TRUTH_DATA[code]
    i = [x for x in inds if x.name == name][0]
    return ach(t, r, i.lib)


def set_real(code, name, r, year=2025):
    _, inds, _ = TRUTH_DATA[code]
    i = [x for x in inds if x.name == name][0]
    if year == 2025:
        i.r = r
    else:
        i.r24 = r


def ind_of(code, name):
    return [x for x in TRUTH_DATA[code][1] if x.name == name][0]


# fixed realisations for rows where a planted error needs a clear margin
set_real("DISDUKCAPIL", "Rata-rata waktu penerbitan Kartu Keluarga", 2.4)
set_real("DKP", "Jumlah kelurahan rawan pangan", 3.0)
set_real("SATPOLPP", "Rata-rata waktu respon pengaduan trantibum", 36.5)


def m_ach_delta(code, name, delta, year=2025, target=None):
    i = ind_of(code, name)
    t = target if target is not None else (i.t if year == 2025 else i.t24)
    r = i.r if year == 2025 else i.r24
    return round(ach(t, r, i.lib) + delta, 2)


def m_ach_wrongdir(code, name, year=2025):
    i = ind_of(code, name)
    t = i.t if year == 2025 else i.t24
    r = i.r if year == 2025 else i.r24
    return ach(t, r, not i.lib)


MODS = {
    ("DISDUKCAPIL", "lkjip"): {
        "Jumlah KTP-el yang diterbitkan": {"ach": m_ach_delta("DISDUKCAPIL", "Jumlah KTP-el yang diterbitkan", 12.4)},
        "Rata-rata waktu penerbitan Kartu Keluarga": {"ach": m_ach_wrongdir("DISDUKCAPIL", "Rata-rata waktu penerbitan Kartu Keluarga")},
        "Persentase anak usia 0-17 tahun yang memiliki KIA": {"target": 40.0},
        "Jumlah penduduk terlayani jemput bola": {"br": over_br("DISDUKCAPIL", "Jumlah penduduk terlayani jemput bola", f=1.0815)},
        "Persentase data ganda yang diselesaikan": {"br": over_br("DISDUKCAPIL", "Persentase data ganda yang diselesaikan", f=1.0342)},
    },
    ("DISDUKCAPIL", "lkjip2024"): {
        "Persentase kepemilikan akta kelahiran anak 0-18 tahun": {"ach": m_ach_delta("DISDUKCAPIL", "Persentase kepemilikan akta kelahiran anak 0-18 tahun", -9.85, 2024)},
    },
    ("DPMPTSP", "lkjip"): {
        "Persentase perizinan terbit tepat waktu": {"ach": m_ach_delta("DPMPTSP", "Persentase perizinan terbit tepat waktu", 7.5)},
        "Jumlah peserta forum investasi": {"ach": m_ach_delta("DPMPTSP", "Jumlah peserta forum investasi", -14.29)},
        "Jumlah dokumen profil peluang investasi": {"br": over_br("DPMPTSP", "Jumlah dokumen profil peluang investasi", f=1.1125)},
        "Rata-rata waktu penyelesaian perizinan berusaha": {"target": 7.0},
        "Jumlah izin yang diterbitkan": {"target": 4500.0},
    },
    ("DPMPTSP", "lkjip2024"): {
        "Indeks Kepuasan Masyarakat pelayanan perizinan": {"ach": m_ach_delta("DPMPTSP", "Indeks Kepuasan Masyarakat pelayanan perizinan", 10.2, 2024)},
        "Jumlah pelaku usaha yang dibina": {"br": over_br("DPMPTSP", "Jumlah pelaku usaha yang dibina", 2024, f=1.0467)},
    },
    ("DKP", "lkjip"): {
        "Jumlah kelurahan rawan pangan": {"ach": m_ach_wrongdir("DKP", "Jumlah kelurahan rawan pangan")},
        "Jumlah lokasi pekarangan pangan lestari": {"br": over_br("DKP", "Jumlah lokasi pekarangan pangan lestari", f=1.0538)},
        "Ketersediaan cadangan pangan pemerintah daerah": {"target": 80.0},
    },
    ("BPBD", "lkjip"): {
        "Jumlah relawan bencana terlatih": {"ach": m_ach_delta("BPBD", "Jumlah relawan bencana terlatih", 15.0)},
        "Jumlah rumah terdampak bencana yang ditangani": {"br": over_br("BPBD", "Jumlah rumah terdampak bencana yang ditangani", f=1.0296)},
        "Persentase kelurahan tangguh bencana": {"target": 25.0},
    },
    ("SATPOLPP", "lkjip"): {
        "Jumlah patroli wilayah": {"ach": m_ach_delta("SATPOLPP", "Jumlah patroli wilayah", -11.08)},
        "Rata-rata waktu respon pengaduan trantibum": {"ach": m_ach_wrongdir("SATPOLPP", "Rata-rata waktu respon pengaduan trantibum")},
        "Jumlah PKL yang ditertibkan": {"br": over_br("SATPOLPP", "Jumlah PKL yang ditertibkan", f=1.0621)},
        "Jumlah pelanggaran Perda yang ditindak": {"target": 400.0},
        "Jumlah personel Linmas terlatih": {"target": 250.0},   # explained in the report -> not a finding
    },
    ("DISPERKIM", "lkjip"): {
        "Panjang jalan lingkungan yang dibangun/ditingkatkan": {"ach": m_ach_delta("DISPERKIM", "Panjang jalan lingkungan yang dibangun/ditingkatkan", 18.0)},
        "Jumlah RTLH yang direhabilitasi": {"target": 200.0},
        "Luas kawasan kumuh": {"target": 125.0},
    },
}
# second report of the same OPD/year: same figures except the planted conflicts
MODS[("DISDUKCAPIL", "realisasi")] = dict(MODS[("DISDUKCAPIL", "lkjip")])
for k in ("Jumlah KTP-el yang diterbitkan", "Rata-rata waktu penerbitan Kartu Keluarga"):
    MODS[("DISDUKCAPIL", "realisasi")].pop(k)
MODS[("DISDUKCAPIL", "realisasi")].update({
    "Jumlah akta kelahiran yang diterbitkan": {"real": ind_of("DISDUKCAPIL", "Jumlah akta kelahiran yang diterbitkan").r + 370},
    "Jumlah akta kematian yang diterbitkan": {"real": ind_of("DISDUKCAPIL", "Jumlah akta kematian yang diterbitkan").r - 214},
    "Jumlah perangkat daerah pemanfaat data kependudukan": {"real": ind_of("DISDUKCAPIL", "Jumlah perangkat daerah pemanfaat data kependudukan").r + 4},
    "Jumlah pengaduan layanan adminduk": {"ach": m_ach_wrongdir("DISDUKCAPIL", "Jumlah pengaduan layanan adminduk")},
})
MODS[("DISDUKCAPIL", "realisasi")]["Persentase data ganda yang diselesaikan"] = {
    "br": MODS[("DISDUKCAPIL", "lkjip")]["Persentase data ganda yang diselesaikan"]["br"],
    "real": round(ind_of("DISDUKCAPIL", "Persentase data ganda yang diselesaikan").r - 6.4, 2)}
MODS[("DISPERKIM", "realisasi")] = {
    "Jumlah RTLH yang direhabilitasi": {"target": 200.0},
    "Jumlah penerima bantuan stimulan perumahan": {"br": over_br("DISPERKIM", "Jumlah penerima bantuan stimulan perumahan", f=1.0433)},
    "Jumlah lampu PJU terpasang": {"real": ind_of("DISPERKIM", "Jumlah lampu PJU terpasang").r - 125},
    "Panjang drainase lingkungan yang dibangun": {"real": round(ind_of("DISPERKIM", "Panjang drainase lingkungan yang dibangun").r + 0.65, 2)},
    "Jumlah PSU perumahan yang diserahterimakan": {"real": ind_of("DISPERKIM", "Jumlah PSU perumahan yang diserahterimakan").r + 3},
}
# The DISPERKIM LKjIP (scan) has no budget columns; its budget figures live only in the realisasi docx.

F = "fname"
FILES = {
    ("DISDUKCAPIL", "pk"): "disdukcapil_pk_2025.pdf",
    ("DISDUKCAPIL", "lkjip"): "disdukcapil_lkjip_2025.pdf",
    ("DISDUKCAPIL", "realisasi"): "disdukcapil_realisasi_fisik_keuangan_tw4_2025.xlsx",
    ("DISDUKCAPIL", "lkjip2024"): "disdukcapil_lkjip_2024.pdf",
    ("DPMPTSP", "pk"): "dpmptsp_perjanjian_kinerja_2025.docx",
    ("DPMPTSP", "lkjip"): "dpmptsp_laporan_kinerja_2025.xlsx",
    ("DPMPTSP", "lkjip2024"): "dpmptsp_lkjip_2024.pdf",
    ("DKP", "pk"): "dkp_renja_2025.pdf",
    ("DKP", "lkjip"): "dkp_lkjip_2025_scan.pdf",
    ("BPBD", "pk"): "bpbd_pk_2025_scan.jpg",
    ("BPBD", "lkjip"): "bpbd_lkjip_2025.pdf",
    ("SATPOLPP", "pk"): "satpolpp_pk_2025.xlsx",
    ("SATPOLPP", "lkjip"): "satpolpp_lkjip_2025.docx",
    ("DISPERKIM", "pk"): "disperkim_pk_2025.pdf",
    ("DISPERKIM", "lkjip"): "disperkim_lkjip_2025_scan.pdf",
    ("DISPERKIM", "realisasi"): "disperkim_realisasi_fisik_keuangan_2025.docx",
}


def normalize_zip(path):
    """rewrite an OOXML zip with fixed entry timestamps and fixed core-property dates (determinism)."""
    import re as _re
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = _re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", lambda m: m.group(1) + stamp + m.group(3), txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def P(key):
    return os.path.join(DOCS, FILES[key])


def rows_for(code, role):
    if role == "pk":
        return plan_rows(code, True)
    if role == "lkjip2024":
        return report_rows(code, True, 2024, MODS.get((code, role)))
    if role == "realisasi":
        rr = report_rows(code, True, 2025, MODS.get((code, role)))
        return [r for r in rr if r["pagu"]]
    with_budget = code != "DISPERKIM"
    return report_rows(code, with_budget, 2025, MODS.get((code, role)))


def t_or_dash(v):
    return idn(v) if v is not None else "-"

# ---------------------------------------------------------------- builders: PDF tables

def build_pdf_pk(code, key_role="pk"):
    oname = OPDS[code][0]
    fn = FILES[(code, key_role)]
    rows = sort_hier(rows_for(code, key_role))
    pdf = PDF(os.path.join(DOCS, fn), A4, f"Perjanjian Kinerja {oname} 2025")
    kop(pdf, oname, "PERJANJIAN KINERJA TAHUN 2025", 2025)
    pdf.para(f"Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
             f"berorientasi pada hasil, kami yang bertanda tangan di bawah ini: Kepala {oname} Kota Samarinda, "
             f"selanjutnya disebut pihak pertama, dan Wali Kota Samarinda, selanjutnya disebut pihak kedua. "
             f"Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.", 9)
    pdf.para("Lampiran: Sasaran, Indikator Kinerja dan Target", 9, True)
    cols = [("No", 0.05, "c"), ("Indikator Kinerja", 0.47, "l"), ("Satuan", 0.11, "c"),
            ("Target 2025", 0.13, "r"), ("Anggaran (Rp)", 0.24, "r")]
    items = hier_items(rows, lambda n, r: [str(n + 1), r["name"] + (" (*)" if r["lib"] and code == "DISPERKIM" else ""),
                                           r["unit"], idn(r["target"]), idn(r["pagu"]) if r["pagu"] else ""])
    pages = pdf.table(cols, items, 7.5)
    if code == "DISPERKIM":
        pdf.para("(*) indikator bersifat negatif: semakin kecil realisasi semakin baik.", 7.5)
    pdf.para("Samarinda, 3 Februari 2025", 9)
    pdf.para("Wali Kota Samarinda                                                    Kepala Perangkat Daerah", 9)
    pdf.para("ttd                                                                          ttd", 9)
    n = pdf.close()
    for k, r in enumerate(rows):
        add_row(fn, pages[k], code, 2025, r)
    add_doc(fn, code, 2025, "pdf_pk_table", n, "Perjanjian Kinerja")


def build_pdf_lkjip_b(code):
    """landscape table, column order: Indikator | Target | Satuan | Realisasi | Capaian | Pagu | Realisasi | Serapan"""
    oname = OPDS[code][0]
    fn = FILES[(code, "lkjip")]
    rows = sort_hier(rows_for(code, "lkjip"))
    pdf = PDF(os.path.join(DOCS, fn), landscape(A4), f"LKjIP {oname} 2025")
    kop(pdf, oname, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025", 2025)
    pdf.para("BAB III  AKUNTABILITAS KINERJA", 10, True)
    pdf.para("A. Capaian Kinerja Organisasi", 9, True)
    pdf.para("Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator kinerja sesuai "
             "Perjanjian Kinerja Tahun 2025. Untuk indikator yang bersifat negatif (ditandai ↓), capaian dihitung "
             "dengan rumus target dibagi realisasi dikali 100%. Data realisasi bersumber dari SIAK dan aplikasi SIPD "
             "per 31 Desember 2025. Tabel berikut menyajikan capaian kinerja beserta realisasi anggaran masing-masing "
             "sub kegiatan.", 9)
    pdf.para("Tabel 3.1 Pengukuran Kinerja dan Realisasi Anggaran Tahun 2025", 9, True, True)
    cols = [("No", 0.035, "c"), ("Indikator Kinerja", 0.30, "l"), ("Target", 0.075, "r"), ("Satuan", 0.07, "c"),
            ("Realisasi", 0.08, "r"), ("Capaian (%)", 0.07, "r"), ("Pagu Anggaran (Rp)", 0.13, "r"),
            ("Realisasi Anggaran (Rp)", 0.14, "r"), ("Serapan (%)", 0.10, "r")]
    items = hier_items(rows, lambda n, r: [str(n + 1), r["name"] + (" (↓)" if r["lib"] else ""), t_or_dash(r["target"]),
                                           r["unit"], idn(r["real"]), t_or_dash(r["ach"]),
                                           idn(r["pagu"]) if r["pagu"] else "", idn(r["br"]) if r["br"] else "",
                                           idn(r["abs"]) if r["abs"] else ""])
    pages = pdf.table(cols, items, 7)
    pdf.para("B. Analisis Capaian Kinerja", 9, True)
    pdf.para("Secara umum sebagian besar indikator kinerja telah mencapai target. Indikator yang belum mencapai target "
             "disebabkan oleh keterbatasan blangko dan gangguan jaringan SIAK pada triwulan III.", 9)
    n = pdf.close()
    for k, r in enumerate(rows):
        add_row(fn, pages[k], code, 2025, r)
    add_doc(fn, code, 2025, "pdf_table_landscape_budget", n, "LKjIP")


def build_pdf_flat_2024(code):
    oname = OPDS[code][0]
    fn = FILES[(code, "lkjip2024")]
    rows = rows_for(code, "lkjip2024")
    pdf = PDF(os.path.join(DOCS, fn), A4, f"LKjIP {oname} 2024")
    kop(pdf, oname, "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", 2024)
    pdf.para("3.1 Capaian Kinerja Tahun 2024", 9, True)
    pdf.para("Capaian kinerja diukur dari perbandingan realisasi terhadap target pada Perjanjian Kinerja Tahun 2024. "
             "Indikator dengan keterangan (N) adalah indikator negatif. Realisasi keuangan bersumber dari laporan "
             "realisasi anggaran SIPD per 31 Desember 2024.", 9)
    cols = [("No", 0.04, "c"), ("Indikator Kinerja Utama / Program", 0.29, "l"), ("Sat.", 0.07, "c"),
            ("Target 2024", 0.08, "r"), ("Realisasi 2024", 0.09, "r"), ("% Capaian", 0.07, "r"),
            ("Anggaran", 0.13, "r"), ("Realisasi Keuangan", 0.13, "r"), ("%", 0.10, "r")]
    items = [("r", [str(n + 1), r["name"] + (" (N)" if r["lib"] else ""), r["unit"], idn(r["target"]),
                    idn(r["real"]), idn(r["ach"]), idn(r["pagu"]) if r["pagu"] else "-",
                    idn(r["br"]) if r["br"] else "-", idn(r["abs"]) if r["abs"] else "-"], n)
             for n, r in enumerate(rows)]
    pdf.y -= 120  # pushes the table over the page boundary (chart placeholder)
    pdf.c.rect(pdf.m, pdf.y, pdf.W - 2 * pdf.m, 110)
    pdf.c.setFont("DV", 8)
    pdf.c.drawCentredString(pdf.W / 2, pdf.y + 55, "[Grafik 3.1 Tren capaian IKU 2020-2024]")
    pdf.y -= 10
    pages = pdf.table(cols, items, 6.5)
    n = pdf.close()
    for k, r in enumerate(rows):
        add_row(fn, pages[k], code, 2024, r, show_hier=False)
    add_doc(fn, code, 2024, "pdf_flat_table", n, "LKjIP")


def build_pdf_renja(code):
    oname = OPDS[code][0]
    fn = FILES[(code, "pk")]
    rows = sort_hier(rows_for(code, "pk"))
    pdf = PDF(os.path.join(DOCS, fn), landscape(A4), f"Renja {oname} 2025")
    kop(pdf, oname, "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025", 2025)
    pdf.para("Tabel 4.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026", 9, True, True)
    cols = [("Kode", 0.07, "c"), ("Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", 0.25, "l"),
            ("Indikator Kinerja Program (Outcome) / Kegiatan / Sub Kegiatan (Output)", 0.28, "l"),
            ("Target Kinerja 2025", 0.08, "r"), ("Satuan", 0.08, "c"), ("Pagu Indikatif (Rp)", 0.12, "r"),
            ("Sumber Dana", 0.12, "c")]
    items = []
    lp = None
    pi = 0
    for n, r in enumerate(rows):
        if r["prog"] != lp:
            pi += 1
            lp = r["prog"]
        kode = f"2.09.{pi:02d}" + (f".2.{(n % 5) + 1:02d}.{(n % 7) + 1:04d}" if r["sub"] else "")
        uraian = r["sub"] or r["prog"]
        items.append(("r", [kode, uraian, r["name"], idn(r["target"]), r["unit"],
                            idn(r["pagu"]) if r["pagu"] else "", "DAU" if r["pagu"] else ""], n))
    pages = pdf.table(cols, items, 7)
    pdf.para("Catatan: indikator Jumlah kelurahan rawan pangan dan Prevalensi ketidakcukupan konsumsi pangan "
             "merupakan indikator dengan arah kinerja menurun.", 8)
    n = pdf.close()
    for k, r in enumerate(rows):
        r2 = dict(r)
        if r["sub"]:
            r2["keg"] = None   # only the sub kegiatan name is printed on the row
            r2["prog"] = None
        add_row(fn, pages[k], code, 2025, r2)
    add_doc(fn, code, 2025, "pdf_renja_table", n, "Renja")

# ---------------------------------------------------------------- builders: prose PDF

def build_pdf_prose(code, role):
    oname = OPDS[code][0]
    fn = FILES[(code, role)]
    year = 2024 if role == "lkjip2024" else 2025
    rows = sort_hier(rows_for(code, role))
    pdf = PDF(os.path.join(DOCS, fn), A4, f"LKjIP {oname} {year}")
    kop(pdf, oname, f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {year}", year)
    pdf.para("BAB III AKUNTABILITAS KINERJA", 10, True)
    pdf.para(f"Bagian ini menguraikan capaian setiap indikator kinerja {oname} Kota Samarinda tahun {year} "
             "dibandingkan dengan target yang ditetapkan dalam Perjanjian Kinerja, disertai realisasi anggaran "
             "sub kegiatan pendukungnya.", 9)
    lp = None
    sec = 0
    pages = {}
    cur = {"h": None}
    pdf.header_cb = lambda: cur["h"] and pdf.para(cur["h"], 8, gap=6)
    for n, r in enumerate(rows):
        if r["prog"] != lp:
            sec += 1
            cur["h"] = f"(lanjutan) 3.{sec} {r['prog'].title()}"
            pdf.para(f"3.{sec} {r['prog'].title()}", 9.5, True)
            lp = r["prog"]
        u = r["unit"]
        us = "%" if u == "%" else (" " + u)
        t, re_, a = r["target"], r["real"], r["ach"]
        v = n % 3
        if t is None:
            s = (f"Selain itu, pada tahun {year} tercatat realisasi indikator {r['name']} sebanyak {idn(re_)}{us}. "
                 "Capaian indikator ini belum dapat diukur.")
        elif v == 0:
            s = (f"Realisasi indikator {r['name']} tahun {year} sebesar {idn(re_)}{us} dari target {idn(t)}{us}, "
                 f"sehingga capaian kinerja sebesar {idn(a)}%.")
        elif v == 1:
            s = (f"Indikator {r['name']} ditargetkan {idn(t)}{us} dan sampai dengan akhir tahun {year} terealisasi "
                 f"{idn(re_)}{us} atau tercapai {idn(a)}%.")
        else:
            s = (f"Untuk indikator {r['name']}, dari target sebesar {idn(t)}{us} berhasil direalisasikan "
                 f"{idn(re_)}{us}; dengan demikian tingkat capaiannya {idn(a)}%.")
        if r["lib"] and t is not None:
            s += " Indikator ini bersifat negatif (semakin rendah semakin baik), sehingga capaian dihitung dari target dibagi realisasi."
        if r["sub"] and r["pagu"]:
            s += (f" Indikator ini didukung oleh Sub Kegiatan {r['sub']} pada Kegiatan {r['keg']} dengan pagu anggaran "
                  f"Rp {idn(r['pagu'])} yang terealisasi Rp {idn(r['br'])} atau {idn(r['abs'])}%.")
        pages[n] = pdf.para(s, 9, gap=6)
    cur["h"] = None
    pdf.para("3.9 Kendala dan Upaya", 9.5, True)
    pdf.para("Kendala utama adalah keterbatasan sumber daya manusia dan sarana prasarana. Upaya yang dilakukan antara "
             "lain optimalisasi koordinasi lintas perangkat daerah dan pemanfaatan aplikasi pelaporan.", 9)
    npg = pdf.close()
    for k, r in enumerate(rows):
        add_row(fn, pages[k], code, year, r)
    add_doc(fn, code, year, "pdf_prose", npg, "LKjIP")

# ---------------------------------------------------------------- builders: scans

def scan_pages(title_lines, cols, items, per_page, tail_lines):
    tbl = mono_table(cols, items)
    hi = next(i for i, (t, _) in enumerate(tbl) if t.startswith("+="))
    header = [(t, False) for t, _ in tbl[:hi + 1]]
    blocks, cur = [], []
    for t, k in tbl[hi + 1:]:
        cur.append((t, k))
        if t.startswith("+-"):
            blocks.append(cur)
            cur = []
    pages = [list(title_lines) + header]
    keypage = {}
    active = {}
    for b in blocks:
        first = b[0][0]
        is_group = all(k is None for _, k in b)
        if is_group:
            txt = " ".join(t.strip("| ").strip() for t, _ in b if not t.startswith("+"))
            lv = 2 if txt.startswith("Sub Kegiatan:") else (1 if txt.startswith("Kegiatan:") else 0)
            for k in [k for k in active if k >= lv]:
                del active[k]
            active[lv] = [(t, False) for t, _ in b]
        if len(pages[-1]) + len(b) > per_page:
            pages.append([("(lanjutan)", False)] + header)
            for lv in sorted(active):
                if is_group and active.get(lv) == [(t, False) for t, _ in b]:
                    continue
                pages[-1].extend(active[lv])
        for t, k in b:
            pages[-1].append((t, False))
            if k is not None:
                keypage[k] = len(pages)
    if len(pages[-1]) + len(tail_lines) > per_page:
        pages.append([("(lanjutan)", False)])
    pages[-1].extend(tail_lines)
    return pages, keypage


def write_truth(fn, texts):
    for i, t in enumerate(texts):
        with open(os.path.join(TRUTH, f"{fn}.p{i + 1}.txt"), "w", encoding="utf-8") as f:
            f.write(t)


def build_scan_dkp():
    code = "DKP"
    oname = OPDS[code][0]
    fn = FILES[(code, "lkjip")]
    rows = sort_hier(rows_for(code, "lkjip"))
    cols = [("No", 3, "r"), ("Indikator Kinerja", 44, "l"), ("Satuan", 9, "l"), ("Target", 9, "r"),
            ("Realisasi", 9, "r"), ("Capaian %", 9, "r"), ("Pagu (Rp)", 14, "r"), ("Realisasi (Rp)", 14, "r"),
            ("Serapan %", 9, "r")]
    items = hier_items(rows, lambda n, r: [str(n + 1), r["name"] + (" (-)" if r["lib"] else ""), r["unit"],
                                           t_or_dash(r["target"]), idn(r["real"]), t_or_dash(r["ach"]),
                                           idn(r["pagu"]) if r["pagu"] else "", idn(r["br"]) if r["br"] else "",
                                           idn(r["abs"]) if r["abs"] else ""])
    title = [("PEMERINTAH KOTA SAMARINDA - " + oname.upper(), True),
             ("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025 - LAMPIRAN TABEL CAPAIAN KINERJA", True), ("", False)]
    tail = [("", False), ("Keterangan: (-) indikator negatif, capaian = target / realisasi x 100%.", False),
            ("Samarinda, 20 Februari 2026      Kepala Dinas Ketahanan Pangan,      ttd", False)]
    pages, kp = scan_pages(title, cols, items, 47, tail)
    imgs, texts = render_scan(pages, (2339, 1654), 11, [0.7, -0.9])
    save_scan_pdf(imgs, os.path.join(DOCS, fn))
    write_truth(fn, texts)
    for k, r in enumerate(rows):
        add_row(fn, kp[k], code, 2025, r)
    add_doc(fn, code, 2025, "scan", len(imgs), "LKjIP")


def build_scan_perkim():
    code = "DISPERKIM"
    oname = OPDS[code][0]
    fn = FILES[(code, "lkjip")]
    rows = sort_hier(rows_for(code, "lkjip"))
    cols = [("No", 3, "r"), ("Indikator Kinerja", 52, "l"), ("Satuan", 9, "l"), ("Target", 10, "r"),
            ("Realisasi", 10, "r"), ("Capaian", 9, "r"), ("Ket.", 12, "l")]

    def fmt(n, r):
        ket = "negatif" if r["lib"] else ("tercapai" if r["ach"] and r["ach"] >= 100 else ("" if r["ach"] is None else "belum"))
        return [str(n + 1), r["name"], r["unit"], t_or_dash(r["target"]), idn(r["real"]), t_or_dash(r["ach"]), ket]
    items = hier_items(rows, fmt)
    title = [("PEMERINTAH KOTA SAMARINDA", True), (oname.upper(), True), ("", False),
             ("LKjIP TAHUN 2025 - BAB III: PENGUKURAN CAPAIAN KINERJA", True),
             ("Tabel 3.2 Capaian Indikator Kinerja Tahun 2025 (data per 31 Desember 2025)", False), ("", False)]
    tail = [("", False), ("Sumber: Bidang Perumahan, Bidang Kawasan Permukiman dan Bidang PSU, diolah.", False),
            ("Anggaran per sub kegiatan: lihat Laporan Realisasi Fisik dan Keuangan TA 2025.", False)]
    pages, kp = scan_pages(title, cols, items, 60, tail)
    imgs, texts = render_scan(pages, (1654, 2339), 12, [-0.8, 1.1])
    save_scan_pdf(imgs, os.path.join(DOCS, fn))
    write_truth(fn, texts)
    for k, r in enumerate(rows):
        add_row(fn, kp[k], code, 2025, r)
    add_doc(fn, code, 2025, "scan", len(imgs), "LKjIP")


def build_scan_bpbd_pk():
    code = "BPBD"
    oname = OPDS[code][0]
    fn = FILES[(code, "pk")]
    rows = sort_hier(plan_rows(code, False))
    cols = [("No", 3, "r"), ("Indikator Kinerja", 62, "l"), ("Satuan", 10, "l"), ("Target 2025", 12, "r")]
    items = hier_items(rows, lambda n, r: [str(n + 1), r["name"] + (" *)" if r["lib"] else ""), r["unit"],
                                           idn(r["target"])], show_keg=False)
    title = [("PEMERINTAH KOTA SAMARINDA", True), (oname.upper(), True), ("", False),
             ("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", True), ("", False)]
    tail = [("", False), ("*) semakin kecil semakin baik", False), ("", False),
            ("Samarinda, 5 Februari 2025", False), ("Wali Kota Samarinda              Kepala Pelaksana BPBD", False),
            ("      ttd                                   ttd", False)]
    pages, kp = scan_pages(title, cols, items, 72, tail)
    assert len(pages) == 1
    imgs, texts = render_scan(pages, (1654, 2339), 13, [0.95])
    imgs[0].save(os.path.join(DOCS, fn), "JPEG", quality=70, dpi=(200, 200))
    write_truth(fn, texts)
    for k, r in enumerate(rows):
        r2 = dict(r, keg=None, sub=None)
        add_row(fn, 1, code, 2025, r2)
    add_doc(fn, code, 2025, "scan", 1, "Perjanjian Kinerja")

# ---------------------------------------------------------------- builders: xlsx
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "SIPD export"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def xl_save(wb, path):
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def num_or_text(v, as_text):
    if v is None:
        return "-"
    return idn(v) if as_text else v


def build_xlsx_dpmptsp():
    code = "DPMPTSP"
    fn = FILES[(code, "lkjip")]
    rows = sort_hier(rows_for(code, "lkjip"))
    wb = xl_wb()
    ws = wb.active
    ws.title = "IKU"
    ws["A1"] = "LAPORAN KINERJA DPMPTSP KOTA SAMARINDA TAHUN 2025"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Tabel 1. Capaian Indikator Kinerja Utama dan Indikator Program"
    ws.merge_cells("A2:F2")
    hdr = ["No", "Indikator", "Satuan", "Target 2025", "Realisasi 2025", "Capaian (%)"]
    for j, h in enumerate(hdr):
        c = ws.cell(4, j + 1, h)
        c.font = Font(bold=True)
        c.border = BOX
    rr = 5
    sheet_of = {}
    iku = [r for r in rows if not r["pagu"]]
    prog = [r for r in rows if r["pagu"]]
    for n, r in enumerate(iku):
        vals = [n + 1, r["name"] + (" (negatif)" if r["lib"] else ""), r["unit"],
                num_or_text(r["target"], n % 2 == 0 or r["unit"] == "Rp"), num_or_text(r["real"], n % 2 == 0 or r["unit"] == "Rp"),
                num_or_text(r["ach"], n % 3 == 0)]
        for j, v in enumerate(vals):
            c = ws.cell(rr, j + 1, v)
            c.border = BOX
            if isinstance(v, float):
                c.number_format = "#,##0.00"
        sheet_of[id(r)] = (1, dict(r, keg=None, sub=None, prog=None))
        rr += 1
    ws.column_dimensions["B"].width = 60
    ws2 = wb.create_sheet("Program-Kegiatan")
    ws2["A1"] = "Tabel 2. Capaian Kinerja dan Realisasi Anggaran per Sub Kegiatan TA 2025"
    ws2.merge_cells("A1:J1")
    top = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Keluaran", "Satuan", "Kinerja", None, None,
           "Anggaran", None, None]
    sub = [None, None, None, None, "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
    for j, h in enumerate(top):
        if h:
            ws2.cell(3, j + 1, h).font = Font(bold=True)
    for j, h in enumerate(sub):
        if h:
            ws2.cell(4, j + 1, h).font = Font(bold=True)
    for col in "ABCD":
        ws2.merge_cells(f"{col}3:{col}4")
    ws2.merge_cells("E3:G3")
    ws2.merge_cells("H3:J3")
    rr = 5
    lp = lk = None
    for n, r in enumerate(prog):
        if r["prog"] != lp:
            ws2.cell(rr, 1, r["prog"]).font = Font(bold=True)
            ws2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=10)
            rr += 1
            lp, lk = r["prog"], None
        if r["keg"] != lk:
            ws2.cell(rr, 2, "Kegiatan " + r["keg"]).font = Font(italic=True)
            rr += 1
            lk = r["keg"]
        txt = n % 2 == 1
        vals = [n + 1, r["sub"], r["name"], r["unit"], num_or_text(r["target"], txt), num_or_text(r["real"], txt),
                num_or_text(r["ach"], txt), num_or_text(r["pagu"], n % 3 == 2), num_or_text(r["br"], n % 3 == 2),
                num_or_text(r["abs"], False)]
        for j, v in enumerate(vals):
            c = ws2.cell(rr, j + 1, v)
            c.border = BOX
            if isinstance(v, float):
                c.number_format = "#,##0" if j in (7, 8) else "#,##0.00"
        sheet_of[id(r)] = (2, r)
        rr += 1
    ws2.column_dimensions["B"].width = 40
    ws2.column_dimensions["C"].width = 45
    xl_save(wb, os.path.join(DOCS, fn))
    for r in rows:
        pg, rl = sheet_of[id(r)]
        add_row(fn, pg, code, 2025, rl)
    add_doc(fn, code, 2025, "xlsx_merged_header", 2, "Laporan Kinerja")


def build_xlsx_dukcapil_realisasi():
    code = "DISDUKCAPIL"
    fn = FILES[(code, "realisasi")]
    rows = sort_hier(rows_for(code, "realisasi"))
    wb = xl_wb()
    ws = wb.active
    ws.title = "TW IV 2025"
    ws["A1"] = "LAPORAN REALISASI FISIK DAN KEUANGAN"
    ws["A2"] = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SAMARINDA"
    ws["A3"] = "KEADAAN S.D. 31 DESEMBER 2025 (TRIWULAN IV)"
    for r_ in (1, 2, 3):
        ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=10)
        ws.cell(r_, 1).alignment = Alignment(horizontal="center")
    top = ["No", "Sub Kegiatan", "Indikator Keluaran", "Satuan", "Target", "Realisasi Fisik", None,
           "Realisasi Keuangan", None, None]
    sub = [None, None, None, None, None, "Volume", "%", "Pagu DPA (Rp)", "Realisasi (Rp)", "%"]
    for j, h in enumerate(top):
        if h:
            ws.cell(5, j + 1, h).font = Font(bold=True)
    for j, h in enumerate(sub):
        if h:
            ws.cell(6, j + 1, h).font = Font(bold=True)
    for col in "ABCDE":
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("F5:G5")
    ws.merge_cells("H5:J5")
    rr = 7
    for n, r in enumerate(rows):
        txt = n in (1, 4, 7)
        vals = [n + 1, r["sub"], r["name"], r["unit"], num_or_text(r["target"], txt), num_or_text(r["real"], txt),
                num_or_text(r["ach"], txt), num_or_text(r["pagu"], n % 2 == 0), num_or_text(r["br"], n % 2 == 0),
                num_or_text(r["abs"], n % 2 == 0)]
        for j, v in enumerate(vals):
            c = ws.cell(rr, j + 1, v)
            c.border = BOX
        rr += 1
    tot_p = sum(r["pagu"] for r in rows)
    tot_b = sum(r["br"] for r in rows)
    ws2 = wb.create_sheet("Rekap")
    ws2["A1"] = "Rekapitulasi Belanja Langsung"
    ws2["A3"] = "Jumlah sub kegiatan"
    ws2["B3"] = len(rows)
    ws2["A4"] = "Total pagu DPA (Rp)"
    ws2["B4"] = tot_p
    ws2["A5"] = "Total realisasi (Rp)"
    ws2["B5"] = tot_b
    ws2["A7"] = "Operator: Subbag Perencanaan dan Keuangan"
    xl_save(wb, os.path.join(DOCS, fn))
    for r in rows:
        add_row(fn, 1, code, 2025, dict(r, prog=None, keg=None))
    add_doc(fn, code, 2025, "xlsx_realisasi_fisik_keuangan", 2, "Laporan Realisasi Fisik dan Keuangan")


def build_xlsx_satpol_pk():
    code = "SATPOLPP"
    fn = FILES[(code, "pk")]
    rows = sort_hier(plan_rows(code, True))
    wb = xl_wb()
    ws = wb.active
    ws.title = "PK 2025"
    ws["A1"] = "PERJANJIAN KINERJA TAHUN 2025 - SATUAN POLISI PAMONG PRAJA KOTA SAMARINDA"
    ws.merge_cells("A1:G1")
    hdr = ["NO", "PROGRAM", "SUB KEGIATAN", "INDIKATOR KINERJA", "SATUAN", "TARGET", "ANGGARAN (Rp)"]
    for j, h in enumerate(hdr):
        ws.cell(3, j + 1, h).font = Font(bold=True)
    rr = 4
    start = {}
    for n, r in enumerate(rows):
        vals = [n + 1, r["prog"], r["sub"] or "", r["name"] + (" (semakin kecil semakin baik)" if r["lib"] else ""),
                r["unit"], num_or_text(r["target"], n % 2 == 1), num_or_text(r["pagu"], n % 4 == 3) if r["pagu"] else ""]
        for j, v in enumerate(vals):
            if j == 1 and r["prog"] in start:
                continue
            ws.cell(rr, j + 1, v).border = BOX
        start.setdefault(r["prog"], []).append(rr)
        rr += 1
    for p, rs in start.items():
        if len(rs) > 1:
            for x in rs[1:]:
                ws.cell(x, 2).value = None
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    ws2 = wb.create_sheet("Pengesahan")
    ws2["A1"] = "Samarinda, 4 Februari 2025"
    ws2["A3"] = "Pihak Kedua: Wali Kota Samarinda"
    ws2["A4"] = "Pihak Pertama: Kepala Satuan Polisi Pamong Praja"
    xl_save(wb, os.path.join(DOCS, fn))
    for r in rows:
        add_row(fn, 1, code, 2025, dict(r, keg=None))
    add_doc(fn, code, 2025, "xlsx_pk_merged", 2, "Perjanjian Kinerja")

# ---------------------------------------------------------------- builders: docx
import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm


def dx_new(landscape_=False):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "operator"
    cp.author = "operator"
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    if landscape_:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    return d


def dx_table(d, header, rows_vals, groups=None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.rows[0].cells[j].text = h
        for p in t.rows[0].cells[j].paragraphs:
            for run in p.runs:
                run.bold = True
    for item in rows_vals:
        cells = t.add_row().cells
        if item[0] == "g":
            m = cells[0].merge(cells[-1])
            m.text = item[1]
            for run in m.paragraphs[0].runs:
                run.bold = True
        else:
            for j, v in enumerate(item[1]):
                cells[j].text = v
    return t


def build_docx_dpmptsp_pk():
    code = "DPMPTSP"
    fn = FILES[(code, "pk")]
    rows = sort_hier(plan_rows(code, True))
    d = dx_new()
    d.add_paragraph("PEMERINTAH KOTA SAMARINDA").runs[0].bold = True
    d.add_paragraph("DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU")
    d.add_paragraph("PERJANJIAN KINERJA TAHUN 2025").runs[0].bold = True
    d.add_paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
                    "berorientasi pada hasil, Kepala DPMPTSP Kota Samarinda berjanji akan mewujudkan target kinerja "
                    "sebagaimana tercantum dalam lampiran perjanjian ini.")
    d.add_paragraph("Samarinda, 3 Februari 2025. Pihak Kedua: Wali Kota Samarinda. Pihak Pertama: Kepala DPMPTSP.")
    d.add_page_break()
    d.add_paragraph("LAMPIRAN PERJANJIAN KINERJA 2025").runs[0].bold = True
    items, lp = [], None
    for n, r in enumerate(rows):
        if r["prog"] != lp:
            items.append(("g", r["prog"]))
            lp = r["prog"]
        items.append(("r", [str(n + 1), r["name"] + (" (↓)" if r["lib"] else ""), idn(r["target"]), r["unit"],
                            idn(r["pagu"]) if r["pagu"] else "-"]))
    dx_table(d, ["No", "Indikator Kinerja", "Target", "Satuan", "Anggaran (Rp)"], items)
    d.add_paragraph("Keterangan: (↓) indikator dengan arah kinerja menurun.")
    d.save(os.path.join(DOCS, fn))
    normalize_zip(os.path.join(DOCS, fn))
    for r in rows:
        add_row(fn, 2, code, 2025, dict(r, keg=None, sub=None))
    add_doc(fn, code, 2025, "docx_table", 2, "Perjanjian Kinerja")


EXPLAIN = ("Target indikator Jumlah personel Linmas terlatih diubah dari 300 orang menjadi 250 orang berdasarkan "
           "Perubahan Perjanjian Kinerja Tahun 2025 tanggal 14 Juli 2025, sebagai akibat rasionalisasi anggaran "
           "pelatihan Linmas pada APBD Perubahan Tahun Anggaran 2025.")


def build_docx_satpol_lkjip():
    code = "SATPOLPP"
    fn = FILES[(code, "lkjip")]
    rows = sort_hier(rows_for(code, "lkjip"))
    d = dx_new(True)
    d.add_paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025").runs[0].bold = True
    d.add_paragraph("SATUAN POLISI PAMONG PRAJA KOTA SAMARINDA")
    d.add_paragraph("Tabel 3.1 Capaian Kinerja dan Anggaran Tahun 2025. Capaian indikator negatif dihitung dengan "
                    "rumus (target/realisasi) x 100%.")
    hdr = ["No", "Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
           "Pagu (Rp)", "Realisasi Anggaran (Rp)", "% Serapan"]
    progs = []
    for r in rows:
        if r["prog"] not in progs:
            progs.append(r["prog"])
    seg_of = {}
    for si, pg in enumerate(progs):
        if si > 0:
            d.add_page_break()
            d.add_paragraph("Tabel 3.1 (lanjutan)")
        items = [("g", pg)]
        for n, r in enumerate(rows):
            if r["prog"] != pg:
                continue
            items.append(("r", [str(n + 1), r["sub"] or "", r["name"] + (" (negatif)" if r["lib"] else ""), r["unit"],
                                t_or_dash(r["target"]), idn(r["real"]), t_or_dash(r["ach"]),
                                idn(r["pagu"]) if r["pagu"] else "", idn(r["br"]) if r["br"] else "",
                                idn(r["abs"]) if r["abs"] else ""]))
            seg_of[n] = si + 1
        dx_table(d, hdr, items)
    d.add_paragraph("Penjelasan perubahan target:").runs[0].bold = True
    d.add_paragraph(EXPLAIN)
    d.add_paragraph("Samarinda, 24 Februari 2026 - Kepala Satuan Polisi Pamong Praja Kota Samarinda")
    d.save(os.path.join(DOCS, fn))
    normalize_zip(os.path.join(DOCS, fn))
    for n, r in enumerate(rows):
        add_row(fn, seg_of[n], code, 2025, dict(r, keg=None))
    lin = [n for n, r in enumerate(rows) if r["name"] == "Jumlah personel Linmas terlatih"][0]
    EXTRA_LABELS["explained_target_changes"].append(dict(
        opd=code, fiscal_year=2025, indicator="Jumlah personel Linmas terlatih", file=fn, page=len(progs),
        plan_target=300, report_target=250, explanation=EXPLAIN, row_page=seg_of[lin]))
    add_doc(fn, code, 2025, "docx_table", len(progs), "LKjIP")


def build_docx_perkim_realisasi():
    code = "DISPERKIM"
    fn = FILES[(code, "realisasi")]
    rows = sort_hier(rows_for(code, "realisasi"))
    d = dx_new(True)
    d.add_paragraph("LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN ANGGARAN 2025").runs[0].bold = True
    d.add_paragraph("DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA SAMARINDA - POSISI 31 DESEMBER 2025")
    hdr = ["No", "Sub Kegiatan", "Indikator Keluaran", "Satuan", "Target", "Realisasi Fisik", "% Fisik",
           "Pagu (Rp)", "Realisasi Keuangan (Rp)", "% Keu."]
    items = [("r", [str(n + 1), r["sub"], r["name"], r["unit"], idn(r["target"]), idn(r["real"]), idn(r["ach"]),
                    idn(r["pagu"]), idn(r["br"]), idn(r["abs"])]) for n, r in enumerate(rows)]
    dx_table(d, hdr, items)
    d.add_page_break()
    d.add_paragraph("CATATAN").runs[0].bold = True
    d.add_paragraph("Realisasi keuangan sesuai SP2D yang telah terbit sampai dengan 31 Desember 2025. Kelebihan "
                    "realisasi pada beberapa sub kegiatan sedang dikonfirmasi dengan BPKAD.")
    d.add_paragraph("Pejabat Penatausahaan Keuangan, ttd")
    d.save(os.path.join(DOCS, fn))
    normalize_zip(os.path.join(DOCS, fn))
    for r in rows:
        add_row(fn, 1, code, 2025, dict(r, prog=None, keg=None))
    add_doc(fn, code, 2025, "docx_table", 2, "Laporan Realisasi Fisik dan Keuangan")

# ---------------------------------------------------------------- findings (declared by plant)
R = ["lkjip", "realisasi"]
DECL = [
    ("ACHIEVEMENT_MISMATCH", "DISDUKCAPIL", 2025, "Jumlah KTP-el yang diterbitkan", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "DISDUKCAPIL", 2025, "Rata-rata waktu penerbitan Kartu Keluarga", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "DISDUKCAPIL", 2025, "Jumlah pengaduan layanan adminduk", ["realisasi"]),
    ("ACHIEVEMENT_MISMATCH", "DISDUKCAPIL", 2024, "Persentase kepemilikan akta kelahiran anak 0-18 tahun", ["lkjip2024"]),
    ("ACHIEVEMENT_MISMATCH", "DPMPTSP", 2025, "Persentase perizinan terbit tepat waktu", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "DPMPTSP", 2025, "Jumlah peserta forum investasi", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "DPMPTSP", 2024, "Indeks Kepuasan Masyarakat pelayanan perizinan", ["lkjip2024"]),
    ("ACHIEVEMENT_MISMATCH", "DKP", 2025, "Jumlah kelurahan rawan pangan", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "BPBD", 2025, "Jumlah relawan bencana terlatih", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "SATPOLPP", 2025, "Jumlah patroli wilayah", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "SATPOLPP", 2025, "Rata-rata waktu respon pengaduan trantibum", ["lkjip"]),
    ("ACHIEVEMENT_MISMATCH", "DISPERKIM", 2025, "Panjang jalan lingkungan yang dibangun/ditingkatkan", ["lkjip"]),
    ("ABSORPTION_OVER_100", "DISDUKCAPIL", 2025, "Jumlah penduduk terlayani jemput bola", R),
    ("ABSORPTION_OVER_100", "DISDUKCAPIL", 2025, "Persentase data ganda yang diselesaikan", R),
    ("ABSORPTION_OVER_100", "DPMPTSP", 2025, "Jumlah dokumen profil peluang investasi", ["lkjip"]),
    ("ABSORPTION_OVER_100", "DPMPTSP", 2024, "Jumlah pelaku usaha yang dibina", ["lkjip2024"]),
    ("ABSORPTION_OVER_100", "DKP", 2025, "Jumlah lokasi pekarangan pangan lestari", ["lkjip"]),
    ("ABSORPTION_OVER_100", "BPBD", 2025, "Jumlah rumah terdampak bencana yang ditangani", ["lkjip"]),
    ("ABSORPTION_OVER_100", "SATPOLPP", 2025, "Jumlah PKL yang ditertibkan", ["lkjip"]),
    ("ABSORPTION_OVER_100", "DISPERKIM", 2025, "Jumlah penerima bantuan stimulan perumahan", ["realisasi"]),
    ("CROSS_DOCUMENT_CONFLICT", "DISDUKCAPIL", 2025, "Jumlah akta kelahiran yang diterbitkan", R),
    ("CROSS_DOCUMENT_CONFLICT", "DISDUKCAPIL", 2025, "Jumlah akta kematian yang diterbitkan", R),
    ("CROSS_DOCUMENT_CONFLICT", "DISDUKCAPIL", 2025, "Jumlah perangkat daerah pemanfaat data kependudukan", R),
    ("CROSS_DOCUMENT_CONFLICT", "DISDUKCAPIL", 2025, "Persentase data ganda yang diselesaikan", R),
    ("CROSS_DOCUMENT_CONFLICT", "DISPERKIM", 2025, "Jumlah lampu PJU terpasang", R),
    ("CROSS_DOCUMENT_CONFLICT", "DISPERKIM", 2025, "Panjang drainase lingkungan yang dibangun", R),
    ("CROSS_DOCUMENT_CONFLICT", "DISPERKIM", 2025, "Jumlah PSU perumahan yang diserahterimakan", R),
    ("TARGET_CHANGED", "DISDUKCAPIL", 2025, "Persentase anak usia 0-17 tahun yang memiliki KIA", ["lkjip", "realisasi", "pk"]),
    ("TARGET_CHANGED", "DPMPTSP", 2025, "Rata-rata waktu penyelesaian perizinan berusaha", ["lkjip", "pk"]),
    ("TARGET_CHANGED", "DPMPTSP", 2025, "Jumlah izin yang diterbitkan", ["lkjip", "pk"]),
    ("TARGET_CHANGED", "DKP", 2025, "Ketersediaan cadangan pangan pemerintah daerah", ["lkjip", "pk"]),
    ("TARGET_CHANGED", "BPBD", 2025, "Persentase kelurahan tangguh bencana", ["lkjip", "pk"]),
    ("TARGET_CHANGED", "SATPOLPP", 2025, "Jumlah pelanggaran Perda yang ditindak", ["lkjip", "pk"]),
    ("TARGET_CHANGED", "DISPERKIM", 2025, "Jumlah RTLH yang direhabilitasi", ["lkjip", "realisasi", "pk"]),
    ("TARGET_CHANGED", "DISPERKIM", 2025, "Luas kawasan kumuh", ["lkjip", "pk"]),
]
for code, extras in EXTRA.items():
    for e in extras:
        DECL.append(("REALISATION_WITHOUT_TARGET", code, 2025, e[3], ["lkjip"]))


def build_findings():
    for typ, code, fy, name, roles in DECL:
        cits = []
        for role in roles:
            fn = FILES[(code, role)]
            pgs = sorted({r["page"] for r in LABELS["indicators"] if r["file"] == fn and r["indicator"] == name})
            assert pgs, (typ, code, name, fn)
            cits += [{"file": fn, "page": p} for p in pgs]
        LABELS["findings"].append(dict(type=typ, opd=code, fiscal_year=fy, indicator=name, citations=cits))


def main():
    for dname in (DOCS, TRUTH):
        if os.path.exists(dname):
            shutil.rmtree(dname)
        os.makedirs(dname)
    build_pdf_pk("DISDUKCAPIL")
    build_pdf_lkjip_b("DISDUKCAPIL")
    build_xlsx_dukcapil_realisasi()
    build_pdf_prose("DISDUKCAPIL", "lkjip2024")
    build_docx_dpmptsp_pk()
    build_xlsx_dpmptsp()
    build_pdf_flat_2024("DPMPTSP")
    build_pdf_renja("DKP")
    build_scan_dkp()
    build_scan_bpbd_pk()
    build_pdf_prose("BPBD", "lkjip")
    build_xlsx_satpol_pk()
    build_docx_satpol_lkjip()
    build_pdf_pk("DISPERKIM")
    build_scan_perkim()
    build_docx_perkim_realisasi()
    build_findings()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "labels_extra.json"), "w", encoding="utf-8") as f:
        json.dump(EXTRA_LABELS, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print("documents", len(LABELS["documents"]), "indicators", len(LABELS["indicators"]),
          "findings", len(LABELS["findings"]), Counter(x["type"] for x in LABELS["findings"]))


if __name__ == "__main__":
    main()
