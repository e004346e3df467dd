#!/usr/bin/env python3
"""Generate the blind performance-report set "kinerja9" (deterministic).

Run:  python generate.py   (from this directory; needs reportlab openpyxl pillow numpy python-docx)
Writes docs/, scan_truth/, labels.json, explained_changes.json.
"""
import json, os, random, re, shutil, zipfile, io, datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
TMP = os.path.join(HERE, "_tmp")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))
FIXED_DT = datetime.datetime(2026, 1, 15, 8, 0, 0)

# --------------------------------------------------------------------------- formatting
def fmt(v, dec=None):
    """Indonesian number format: 1.250.000 / 87,5."""
    if v is None:
        return "-"
    if dec is None:
        dec = 0 if float(v).is_integer() else 2
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if dec > 0 and "," in s:
        pass
    return ("-" if v < 0 else "") + s


def fmt_trim(v, maxdec=2):
    if v is None:
        return "-"
    s = fmt(v, maxdec)
    if "," in s:
        s = s.rstrip("0").rstrip(",")
    return s


def rnd(x, d):
    return float(round(x + 0.0, d))

# --------------------------------------------------------------------------- master data
PROG = {
 "disdukcapil": [
   ("Program Pendaftaran Penduduk", "Pelayanan Pendaftaran Penduduk", "Penyelenggaraan Pendaftaran Penduduk"),
   ("Program Pencatatan Sipil", "Pelayanan Pencatatan Sipil", "Penyelenggaraan Pencatatan Sipil"),
   ("Program Pengelolaan Informasi Administrasi Kependudukan", "Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan", "Pengumpulan Data Kependudukan dan Pemanfaatan serta Penyajian Database Kependudukan"),
 ],
 "dpmptsp": [
   ("Program Pelayanan Penanaman Modal", "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu", "Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Terintegrasi secara Elektronik"),
   ("Program Promosi Penanaman Modal", "Penyelenggaraan Promosi Penanaman Modal", "Pelaksanaan Kegiatan Promosi Penanaman Modal"),
   ("Program Pengendalian Pelaksanaan Penanaman Modal", "Pengendalian Pelaksanaan Penanaman Modal", "Pemantauan Pemenuhan Komitmen Perizinan Berusaha"),
 ],
 "bpbd": [
   ("Program Penanggulangan Bencana", "Pelayanan Informasi Rawan Bencana", "Penyusunan Kajian Risiko Bencana"),
   ("Program Penanggulangan Bencana", "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana", "Pelatihan Pencegahan dan Mitigasi Bencana"),
   ("Program Penanggulangan Bencana", "Pelayanan Penyelamatan dan Evakuasi Korban Bencana", "Respon Cepat Darurat Bencana"),
 ],
 "dkp": [
   ("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya", "Penyediaan Cadangan Pangan Pemerintah Kabupaten/Kota"),
   ("Program Penanganan Kerawanan Pangan", "Pelaksanaan Pencegahan dan Penanggulangan Kerawanan Pangan", "Penyusunan Peta Ketahanan dan Kerentanan Pangan"),
   ("Program Pengawasan Keamanan Pangan", "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah", "Pengawasan Keamanan dan Mutu Pangan Segar Asal Tumbuhan"),
 ],
 "satpolpp": [
   ("Program Peningkatan Ketenteraman dan Ketertiban Umum", "Penanganan Gangguan Ketenteraman dan Ketertiban Umum", "Patroli Ketenteraman dan Ketertiban Umum"),
   ("Program Peningkatan Ketenteraman dan Ketertiban Umum", "Penegakan Perda dan Perkada", "Penindakan atas Pelanggaran Perda dan Perkada"),
   ("Program Peningkatan Ketenteraman dan Ketertiban Umum", "Pemberdayaan Satuan Perlindungan Masyarakat", "Pelatihan dan Pembinaan Satuan Perlindungan Masyarakat"),
 ],
}
OPDNAME = {
 "disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
 "dpmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
 "bpbd": "Badan Penanggulangan Bencana Daerah",
 "dkp": "Dinas Ketahanan Pangan",
 "satpolpp": "Satuan Polisi Pamong Praja",
}
# key, name, unit, lower, plan target (None = not planned), programme index, decimals
MASTER = {
 "disdukcapil": [
  ("d1", "Persentase penduduk wajib KTP yang memiliki KTP-el", "%", False, 98.5, 0, 2),
  ("d2", "Persentase anak usia 0-17 tahun yang memiliki akta kelahiran", "%", False, 96.0, 1, 2),
  ("d3", "Persentase anak yang memiliki Kartu Identitas Anak (KIA)", "%", False, 45.0, 0, 2),
  ("d4", "Rata-rata waktu penerbitan dokumen kependudukan", "hari", True, 3.0, 0, 1),
  ("d5", "Jumlah dokumen pencatatan sipil yang diterbitkan", "dokumen", False, 48000, 1, 0),
  ("d6", "Jumlah perekaman KTP-el", "orang", False, 22500, 0, 0),
  ("d7", "Indeks Kepuasan Masyarakat (IKM) pelayanan administrasi kependudukan", "indeks", False, 82.0, 2, 2),
  ("d8", "Jumlah perjanjian kerja sama pemanfaatan data kependudukan", "dokumen", False, 12, 2, 0),
  ("d9", "Persentase pengaduan administrasi kependudukan yang tidak terselesaikan", "%", True, 5.0, 2, 2),
  ("d10", "Persentase penduduk meninggal yang memiliki akta kematian", "%", False, 40.0, 1, 2),
  ("d11", "Jumlah penduduk rentan yang dilayani jemput bola", "orang", False, 1500, 0, 0),
  ("d12", "Persentase database kependudukan yang terkonsolidasi", "%", False, 100.0, 2, 2),
  ("d13", "Jumlah kelurahan yang menerapkan layanan adminduk daring", "kelurahan", False, 59, 2, 0),
  ("d14", "Jumlah penduduk yang mengaktivasi Identitas Kependudukan Digital (IKD)", "orang", False, None, 0, 0),
  ("d15", "Jumlah NIK yang dimutakhirkan melalui layanan keliling", "dokumen", False, None, 2, 0),
 ],
 "dpmptsp": [
  ("p1", "Nilai realisasi investasi PMA dan PMDN", "Rp", False, 4250000000000, 1, 0),
  ("p2", "Rata-rata waktu penyelesaian perizinan berusaha", "hari", True, 5.0, 0, 1),
  ("p3", "Persentase perizinan yang diterbitkan tepat waktu", "%", False, 95.0, 0, 2),
  ("p4", "Indeks Kepuasan Masyarakat terhadap layanan perizinan", "indeks", False, 85.0, 0, 2),
  ("p5", "Jumlah izin yang diterbitkan melalui OSS-RBA", "dokumen", False, 9500, 0, 0),
  ("p6", "Jumlah pelaku usaha yang mendapat fasilitasi perizinan", "orang", False, 600, 2, 0),
  ("p7", "Persentase pengaduan perizinan yang ditindaklanjuti", "%", False, 100.0, 0, 2),
  ("p8", "Jumlah dokumen kajian potensi investasi", "dokumen", False, 2, 1, 0),
  ("p9", "Jumlah peserta forum promosi investasi", "orang", False, 150, 1, 0),
  ("p10", "Persentase berkas permohonan izin yang dikembalikan karena tidak lengkap", "%", True, 12.0, 0, 2),
  ("p11", "Jumlah Laporan Kegiatan Penanaman Modal (LKPM) yang diverifikasi", "dokumen", False, 1800, 2, 0),
  ("p12", "Jumlah NIB yang diterbitkan untuk usaha mikro", "dokumen", False, None, 0, 0),
  ("p13", "Jumlah kunjungan layanan Mal Pelayanan Publik", "orang", False, None, 0, 0),
 ],
 "bpbd": [
  ("b1", "Indeks Risiko Bencana (IRB) Kota Samarinda", "indeks", True, 128.5, 0, 2),
  ("b2", "Persentase kelurahan tangguh bencana", "%", False, 30.0, 1, 2),
  ("b3", "Rata-rata waktu tanggap penanganan kejadian bencana", "menit", True, 30.0, 2, 0),
  ("b4", "Jumlah warga terdampak yang menerima bantuan logistik", "orang", False, 3500, 2, 0),
  ("b5", "Persentase rumah terdampak banjir yang tertangani", "%", False, 85.0, 2, 2),
  ("b6", "Jumlah dokumen rencana kontinjensi", "dokumen", False, 3, 0, 0),
  ("b7", "Panjang jalur evakuasi yang dipasang rambu", "km", False, 12.5, 1, 1),
  ("b8", "Jumlah relawan bencana terlatih", "orang", False, 400, 1, 0),
  ("b9", "Jumlah kejadian banjir yang menggenangi permukiman", "kali", True, 24, 0, 0),
  ("b10", "Persentase laporan kejadian bencana yang ditindaklanjuti 1x24 jam", "%", False, 100.0, 2, 2),
  ("b11", "Jumlah sekolah yang mendapat sosialisasi pengurangan risiko bencana", "sekolah", False, 40, 1, 0),
  ("b12", "Jumlah titik rawan longsor yang dipetakan", "titik", False, None, 0, 0),
  ("b13", "Berat bantuan logistik yang didistribusikan", "ton", False, None, 2, 1),
 ],
 "dkp": [
  ("k1", "Skor Pola Pangan Harapan (PPH)", "indeks", False, 88.5, 0, 2),
  ("k2", "Jumlah cadangan pangan pemerintah daerah", "ton", False, 120.0, 0, 2),
  ("k3", "Persentase sampel pangan segar yang memenuhi syarat keamanan pangan", "%", False, 90.0, 2, 2),
  ("k4", "Jumlah kelurahan rentan rawan pangan", "kelurahan", True, 3, 1, 0),
  ("k5", "Prevalensi ketidakcukupan konsumsi pangan (PoU)", "%", True, 6.5, 1, 2),
  ("k6", "Jumlah kelompok wanita tani yang dibina pekarangan pangan lestari", "kelompok", False, 45, 0, 0),
  ("k7", "Jumlah sampel pangan segar yang diuji", "sampel", False, 600, 2, 0),
  ("k8", "Jumlah pelaksanaan Gerakan Pangan Murah", "kali", False, 36, 0, 0),
  ("k9", "Volume pangan yang disalurkan pada Gerakan Pangan Murah", "ton", False, 85.0, 0, 2),
  ("k10", "Jumlah dokumen analisis ketersediaan dan kerentanan pangan", "dokumen", False, 4, 1, 0),
  ("k11", "Koefisien variasi harga beras medium di tingkat konsumen", "%", True, 5.0, 1, 2),
  ("k12", "Jumlah penerima bantuan pangan", "orang", False, 2000, 0, 0),
  ("k13", "Jumlah pelaku usaha pangan segar yang memperoleh sertifikat PSAT", "dokumen", False, None, 2, 0),
 ],
 "satpolpp": [
  ("s1", "Persentase penegakan Perda dan Perkada", "%", False, 85.0, 1, 2),
  ("s2", "Persentase gangguan ketenteraman dan ketertiban umum yang ditangani", "%", False, 95.0, 0, 2),
  ("s3", "Jumlah pelanggaran Perda yang ditertibkan", "kasus", False, 420, 1, 0),
  ("s4", "Rata-rata waktu respon pengaduan trantibum", "menit", True, 45, 0, 0),
  ("s5", "Jumlah personil Satpol PP yang mengikuti diklat teknis", "orang", False, 120, 2, 0),
  ("s6", "Jumlah patroli wilayah", "kali", False, 720, 0, 0),
  ("s7", "Jumlah anggota Linmas yang dilatih", "orang", False, 300, 2, 0),
  ("s8", "Jumlah pedagang kaki lima yang ditata", "orang", False, 250, 1, 0),
  ("s9", "Jumlah reklame ilegal yang ditertibkan", "buah", False, 1200, 1, 0),
  ("s10", "Jumlah pengaduan masyarakat yang tidak tertangani", "kasus", True, 10, 0, 0),
  ("s11", "Indeks Kepuasan Masyarakat layanan trantibum", "indeks", False, 80.0, 0, 2),
  ("s12", "Jumlah bangunan liar di sempadan sungai yang dibongkar", "unit", False, None, 1, 0),
  ("s13", "Jumlah gelandangan dan pengemis yang dijangkau", "orang", False, None, 0, 0),
 ],
}

# planted changes of the report target versus the plan target (unexplained unless noted)
TARGET_CHANGES = {  # (opd, key): new report target
 ("disdukcapil", "d2"): 94.0, ("disdukcapil", "d10"): 35.0,
 ("dpmptsp", "p4"): 82.0, ("dpmptsp", "p9"): 120,
 ("bpbd", "b5"): 80.0,
 ("dkp", "k1"): 86.0, ("dkp", "k9"): 70.0,
 ("satpolpp", "s7"): 250, ("satpolpp", "s9"): 1000,  # s9 is explained in the LKjIP (negative case)
}
EXPLAINED = {("satpolpp", "s9")}
OVER = {("disdukcapil", "d7"), ("dpmptsp", "p8"), ("dpmptsp", "p11"), ("bpbd", "b6"), ("dkp", "k8"), ("satpolpp", "s5")}

rng = random.Random(20251231)


def build_master(opd, year=2025, scale=1.0, seed=0):
    r = random.Random(hash((opd, year, seed)) & 0xFFFF if False else (len(opd) * 1000 + year + seed))
    out = {}
    for key, name, unit, lower, tgt, pi, dec in MASTER[opd]:
        if tgt is not None and scale != 1.0:
            tgt = rnd(tgt * scale, dec) if dec else float(round(tgt * scale))
            if unit == "%" and tgt > 100:
                tgt = 100.0
        rep_t = TARGET_CHANGES.get((opd, key), tgt) if year == 2025 else tgt
        base = rep_t if rep_t is not None else {"orang": 900, "dokumen": 3400, "titik": 38, "ton": 46.5, "unit": 64}.get(unit, 100)
        if lower:
            f = r.uniform(0.72, 0.98)
        else:
            f = r.uniform(0.9, 1.08)
        real = base * f
        if unit in ("%",) and real > 100:
            real = 100.0
        real = rnd(real, dec) if dec else float(round(real))
        if unit == "Rp":
            real = float(round(real / 1e6) * 1e6)
        pagu = float(r.randrange(180, 2900) * 1_000_000 + r.randrange(0, 1000) * 1000)
        bf = r.uniform(1.03, 1.14) if (opd, key) in OVER and year == 2025 else r.uniform(0.80, 0.985)
        bud = float(round(pagu * bf))
        out[key] = dict(key=key, name=name, unit=unit, lower=lower, plan_target=tgt, rep_target=rep_t,
                        real=real, dec=dec, prog=PROG[opd][pi], pagu=pagu, bud=bud)
    return out


M25 = {o: build_master(o) for o in MASTER}
M24 = {"disdukcapil": build_master("disdukcapil", 2024, 0.97, 7), "bpbd": build_master("bpbd", 2024, 0.96, 5)}
# 2024: every indicator had a target that year (no planted RWT in 2024), drop the unplanned extras
for o in M24:
    for k in list(M24[o]):
        if M24[o][k]["plan_target"] is None:
            del M24[o][k]


def ach(t, r, lower):
    if t is None or r is None or t == 0 or r == 0:
        return None
    return round((t / r if lower else r / t) * 100, 2)


def absorb(p, b):
    return round(b / p * 100, 2)

# --------------------------------------------------------------------------- labels
LABELS = {"documents": [], "indicators": [], "findings": []}


def make_row(file, opd, year, m, kind, *, target="rep", real=True, realv=None, achv="calc", budget=False,
             pagu_only=False, show_prog=(True, True, True)):
    t = {"rep": m["rep_target"], "plan": m["plan_target"], None: None}[target] if isinstance(target, str) or target is None else target
    r = (realv if realv is not None else m["real"]) if real else None
    a = None
    if real and achv == "calc":
        a = ach(t, r, m["lower"])
    elif real and achv is not None and achv != "none":
        a = achv
    row = {"file": file, "page": None, "opd": OPDNAME[opd], "fiscal_year": year,
           "programme": m["prog"][0] if show_prog[0] else None,
           "kegiatan": m["prog"][1] if show_prog[1] else None,
           "sub_kegiatan": m["prog"][2] if show_prog[2] else None,
           "indicator": m["name"], "unit": m["unit"], "target": t, "realisation": r,
           "achievement_pct": a, "lower_is_better": m["lower"],
           "pagu": m["pagu"] if (budget or pagu_only) else None,
           "budget_realisation": m["bud"] if budget else None,
           "absorption_pct": absorb(m["pagu"], m["bud"]) if budget else None}
    row["_dec"] = m["dec"]
    return row


def add_doc(file, opd, year, layout, pages, doc_type, rows):
    LABELS["documents"].append({"file": file, "opd": OPDNAME[opd], "fiscal_year": year, "layout": layout,
                                "pages": pages, "doc_type": doc_type})
    for r in rows:
        assert r["page"] is not None and 1 <= r["page"] <= pages, (file, r["indicator"])
        rr = {k: v for k, v in r.items() if not k.startswith("_")}
        LABELS["indicators"].append(rr)


def V(row, field):
    """Display value of a row field in the document's format."""
    v = row[field]
    if v is None:
        return "-"
    if field in ("pagu", "budget_realisation"):
        return fmt(v, 0)
    if field in ("achievement_pct", "absorption_pct"):
        return fmt(v, 2)
    if row["unit"] == "Rp":
        return fmt(v, 0)
    return fmt(v, row["_dec"])

# --------------------------------------------------------------------------- PDF helpers
class PDF:
    def __init__(self, path, pagesize=A4, font="DV", bold="DVB"):
        self.c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
        self.c.setTitle(os.path.basename(path)); self.c.setAuthor("")
        self.W, self.H = pagesize
        self.font, self.bold = font, bold
        self.page = 1
        self.y = self.H - 50
        self.margin = 45
        self.on_newpage = None

    def newpage(self):
        self.c.setFont(self.font, 7)
        self.c.drawRightString(self.W - self.margin, 25, f"Halaman {self.page}")
        self.c.showPage()
        self.page += 1
        self.y = self.H - 50
        if self.on_newpage:
            self.on_newpage()

    def text(self, s, size=10, bold=False, center=False, gap=3):
        f = self.bold if bold else self.font
        lines = simpleSplit(s, f, size, self.W - 2 * self.margin)
        if self.y - len(lines) * (size + gap) < 50:
            self.newpage()
        for ln in lines:
            self.c.setFont(f, size)
            if center:
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            else:
                self.c.drawString(self.margin, self.y - size, ln)
            self.y -= size + gap
        self.y -= gap
        return self.page

    def table(self, cols, items, size=7.5, header_fill=0.85):
        """cols: [(title, width, align)], items: ('group', text) | ('row', cells, rowref)."""
        x0 = self.margin
        lead = size + 2

        def draw_header():
            self.c.setFont(self.bold, size)
            hl = [simpleSplit(t, self.bold, size, w - 4) for t, w, a in cols]
            h = max(len(l) for l in hl) * lead + 4
            x = x0
            self.c.setFillGray(header_fill)
            self.c.rect(x0, self.y - h, sum(w for _, w, _ in cols), h, fill=1, stroke=1)
            self.c.setFillGray(0)
            for (t, w, a), ls in zip(cols, hl):
                self.c.rect(x, self.y - h, w, h, fill=0, stroke=1)
                for i, ln in enumerate(ls):
                    self.c.drawCentredString(x + w / 2, self.y - 2 - lead * (i + 1) + 2, ln)
                x += w
            self.y -= h
        draw_header()
        total_w = sum(w for _, w, _ in cols)
        for it in items:
            if it[0] == "group":
                ls = simpleSplit(it[1], self.bold, size, total_w - 6)
                h = len(ls) * lead + 4
                if self.y - h < 50:
                    self.newpage(); draw_header()
                self.c.setFillGray(0.94)
                self.c.rect(x0, self.y - h, total_w, h, fill=1, stroke=1)
                self.c.setFillGray(0)
                self.c.setFont(self.bold, size)
                for i, ln in enumerate(ls):
                    self.c.drawString(x0 + 3, self.y - 2 - lead * (i + 1) + 2, ln)
                self.y -= h
                continue
            cells, ref = it[1], it[2]
            cl = [simpleSplit(str(t), self.font, size, w - 4) or [""] for t, (_, w, _) in zip(cells, cols)]
            h = max(len(l) for l in cl) * lead + 4
            if self.y - h < 50:
                self.newpage(); draw_header()
            x = x0
            self.c.setFont(self.font, size)
            for (t, w, a), ls in zip(cols, cl):
                self.c.rect(x, self.y - h, w, h, fill=0, stroke=1)
                for i, ln in enumerate(ls):
                    yy = self.y - 2 - lead * (i + 1) + 2
                    if a == "r":
                        self.c.drawRightString(x + w - 3, yy, ln)
                    elif a == "c":
                        self.c.drawCentredString(x + w / 2, yy, ln)
                    else:
                        self.c.drawString(x + 3, yy, ln)
                x += w
            if ref is not None:
                ref["page"] = self.page
            self.y -= h
        self.y -= 8

    def close(self):
        self.c.setFont(self.font, 7)
        self.c.drawRightString(self.W - self.margin, 25, f"Halaman {self.page}")
        self.c.showPage()
        self.c.save()
        return self.page


def header_block(pdf, opd, title, year):
    pdf.text("PEMERINTAH KOTA SAMARINDA", 12, True, True)
    pdf.text(OPDNAME[opd].upper(), 11, True, True)
    pdf.text(title, 11, True, True)
    pdf.text(f"TAHUN {year}", 10, True, True, gap=8)

# --------------------------------------------------------------------------- scan helpers
FONT_S = {s: ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", s) for s in (20, 22, 24, 28, 30)}
FONT_SB = {s: ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", s) for s in (20, 22, 24, 28, 30)}


def wrap_px(text, font, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


class ScanPage:
    W, H = 1654, 2339

    def __init__(self):
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.y = 110
        self.truth = []

    def line(self, s, size=24, bold=False, center=False, gap=10):
        f = (FONT_SB if bold else FONT_S)[size]
        x = (self.W - f.getlength(s)) / 2 if center else 120
        self.d.text((x, self.y), s, font=f, fill=20)
        self.truth.append(s)
        self.y += size + gap

    def table(self, cols, rows, size=20, start=0):
        """cols [(title, widthpx, align)]; rows list of (cells, ref|None) ; returns index of first row not drawn."""
        x0 = 100
        f, fb = FONT_S[size], FONT_SB[size]
        lead = size + 6
        hl = [wrap_px(t, fb, w - 10) for t, w, _ in cols]
        h = max(len(l) for l in hl) * lead + 10
        x = x0
        for (t, w, a), ls in zip(cols, hl):
            self.d.rectangle([x, self.y, x + w, self.y + h], outline=30, width=2)
            for i, ln in enumerate(ls):
                self.d.text((x + (w - fb.getlength(ln)) / 2, self.y + 5 + i * lead), ln, font=fb, fill=20)
            x += w
        self.truth.append(" | ".join(t for t, _, _ in cols))
        self.y += h
        i = start
        while i < len(rows):
            cells, ref = rows[i]
            if cells == "GROUP":
                ls = wrap_px(ref, fb, sum(w for _, w, _ in cols) - 12)
                hh = len(ls) * lead + 10
                if self.y + hh > self.H - 160:
                    return i
                self.d.rectangle([x0, self.y, x0 + sum(w for _, w, _ in cols), self.y + hh], outline=30, width=2)
                for j, ln in enumerate(ls):
                    self.d.text((x0 + 6, self.y + 5 + j * lead), ln, font=fb, fill=20)
                self.truth.append(ref)
                self.y += hh; i += 1
                continue
            cl = [wrap_px(str(t), f, w - 12) for t, (_, w, _) in zip(cells, cols)]
            hh = max(len(l) for l in cl) * lead + 10
            if self.y + hh > self.H - 160:
                return i
            x = x0
            for (t, w, a), ls in zip(cols, cl):
                self.d.rectangle([x, self.y, x + w, self.y + hh], outline=30, width=2)
                for j, ln in enumerate(ls):
                    if a == "r":
                        xx = x + w - 6 - f.getlength(ln)
                    elif a == "c":
                        xx = x + (w - f.getlength(ln)) / 2
                    else:
                        xx = x + 6
                    self.d.text((xx, self.y + 5 + j * lead), ln, font=f, fill=20)
                x += w
            self.truth.append(" | ".join(str(c) for c in cells))
            self.y += hh
            i += 1
        self.y += 20
        return i

    def degrade(self, seed, angle):
        r = np.random.RandomState(seed)
        img = self.img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(img).astype(np.float32)
        yy = np.linspace(0, 1, a.shape[0])[:, None]
        a = a * (0.93 + 0.05 * yy) + r.normal(0, 11, a.shape)
        speck = r.random_sample(a.shape) < 0.0012
        a[speck] = r.uniform(40, 140, speck.sum())
        return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def save_scan(pages, fname, seed):
    """pages: list of ScanPage -> jpg (1 page) or image-only pdf. Writes scan_truth."""
    imgs = [p.degrade(seed + i, [0.8, -1.1, 0.6, -0.7][(seed + i) % 4]) for i, p in enumerate(pages)]
    for i, p in enumerate(pages):
        with open(os.path.join(TRUTH, f"{fname}.p{i+1}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.truth) + "\n")
    out = os.path.join(DOCS, fname)
    if fname.endswith(".jpg"):
        assert len(imgs) == 1
        imgs[0].save(out, "JPEG", quality=72, dpi=(200, 200))
    else:
        c = canvas.Canvas(out, pagesize=A4, invariant=1)
        for i, im in enumerate(imgs):
            tp = os.path.join(TMP, f"{fname}.{i}.jpg")
            im.save(tp, "JPEG", quality=70, dpi=(200, 200))
            c.drawImage(tp, 0, 0, A4[0], A4[1])
            c.showPage()
        c.save()
    return len(imgs)

# --------------------------------------------------------------------------- zip normaliser (xlsx/docx)
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":   # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-15T08:00:00Z", data)
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# =========================================================================== documents
def rows_for(opd, keys, M=None, **kw):
    M = M or M25[opd]
    return [make_row(None, opd, 2025, M[k], None, **kw) for k in keys]


def setfile(rows, f, year=None):
    for r in rows:
        r["file"] = f
        if year:
            r["fiscal_year"] = year
    return rows

# ---- A1: Disdukcapil PK 2025 (born-digital table, target only)
def doc_A1():
    f = "disdukcapil_perjanjian_kinerja_2025.pdf"
    M = M25["disdukcapil"]
    keys = [k for k in M if M[k]["plan_target"] is not None]
    rows = setfile([make_row(f, "disdukcapil", 2025, M[k], None, target="plan", real=False,
                             show_prog=(False, False, False)) for k in keys], f)
    pdf = PDF(os.path.join(DOCS, f))
    header_block(pdf, "disdukcapil", "PERJANJIAN KINERJA", 2025)
    pdf.text("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
             "berorientasi pada hasil, kami yang bertanda tangan di bawah ini: Kepala Dinas Kependudukan dan "
             "Pencatatan Sipil Kota Samarinda (Pihak Pertama) dan Wali Kota Samarinda (Pihak Kedua) sepakat "
             "menetapkan target kinerja sebagaimana tercantum pada lampiran perjanjian ini.", 9)
    pdf.newpage()
    pdf.text("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", 10, True, True)
    sas = {0: "Meningkatnya kualitas pelayanan pendaftaran penduduk", 1: "Meningkatnya cakupan kepemilikan dokumen pencatatan sipil",
           2: "Meningkatnya kualitas pengelolaan informasi administrasi kependudukan"}
    cols = [("No", 25, "c"), ("Sasaran Strategis", 150, "l"), ("Indikator Kinerja", 220, "l"), ("Satuan", 55, "c"), ("Target", 55, "r")]
    items = []
    for i, (k, r) in enumerate(zip(keys, rows)):
        pi = [p for p in range(3) if PROG["disdukcapil"][p] == M[k]["prog"]][0]
        items.append(("row", [str(i + 1), sas[pi], r["indicator"] + (" (-)" if r["lower_is_better"] and k == "d9" else ""), r["unit"], V(r, "target")], r))
    pdf.table(cols, items)
    pdf.text("Keterangan: (-) indikator dengan polaritas negatif, semakin kecil realisasi semakin baik.", 7.5)
    pdf.text("Samarinda, 3 Februari 2025", 9)
    pages = pdf.close()
    add_doc(f, "disdukcapil", 2025, "pdf_table_pk", pages, "perjanjian_kinerja", rows)

# ---- A2: Disdukcapil LKjIP 2025 (table with programme group rows, budget columns, split across pages)
def doc_A2():
    f = "disdukcapil_lkjip_2025.pdf"
    M = M25["disdukcapil"]
    keys = ["d1", "d3", "d4", "d6", "d11", "d14", "d2", "d5", "d10", "d7", "d8", "d9", "d12", "d13"]
    rows = []
    for k in keys:
        m = M[k]
        achv = "calc"
        if k == "d1":
            achv = round(ach(m["rep_target"], m["real"], False) + 9.35, 2)   # planted mismatch
        if k == "d4":
            achv = round(m["real"] / m["rep_target"] * 100, 2)              # lower-is-better computed the wrong way
        r = make_row(f, "disdukcapil", 2025, m, None, achv=achv, budget=True, show_prog=(True, False, False))
        if k == "d14":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    pdf = PDF(os.path.join(DOCS, f), pagesize=landscape(A4))
    header_block(pdf, "disdukcapil", "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", 2025)
    pdf.text("BAB III AKUNTABILITAS KINERJA", 10, True)
    pdf.text("A. Capaian Kinerja Organisasi", 10, True)
    pdf.text("Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target indikator kinerja yang "
             "ditetapkan dalam Perjanjian Kinerja Tahun 2025. Untuk indikator dengan polaritas negatif, capaian "
             "dihitung dengan membagi target dengan realisasi. Tabel 3.1 menyajikan capaian indikator kinerja "
             "beserta realisasi anggaran program yang mendukungnya.", 9)
    pdf.text("Secara umum kinerja Dinas Kependudukan dan Pencatatan Sipil pada tahun 2025 menunjukkan hasil yang "
             "baik. Layanan jemput bola bagi penduduk rentan, lansia dan penyandang disabilitas terus diperluas ke "
             "seluruh kecamatan. Kendala utama masih berupa keterbatasan blangko dan jaringan pada beberapa "
             "kelurahan di wilayah pinggiran kota.", 9)
    pdf.text("Tabel 3.1 Capaian Indikator Kinerja dan Realisasi Anggaran Tahun 2025", 9, True)
    cols = [("No", 22, "c"), ("Indikator Kinerja", 230, "l"), ("Satuan", 50, "c"), ("Target", 58, "r"),
            ("Realisasi", 58, "r"), ("Capaian (%)", 50, "r"), ("Pagu (Rp)", 88, "r"), ("Realisasi (Rp)", 88, "r"),
            ("Serapan (%)", 50, "r")]
    items, cur, n = [], None, 0
    for r in rows:
        if r["programme"] != cur:
            cur = r["programme"]; items.append(("group", cur.upper()))
        n += 1
        items.append(("row", [str(n), r["indicator"], r["unit"], V(r, "target"), V(r, "realisation"), V(r, "achievement_pct"),
                              V(r, "pagu"), V(r, "budget_realisation"), V(r, "absorption_pct")], r))
    pdf.table(cols, items, size=7.5)
    pdf.text("Sumber: Data SIAK dan SIPD Kota Samarinda per 31 Desember 2025 (diolah).", 7.5)
    pdf.text("B. Analisis Capaian", 10, True)
    pdf.text("Capaian kepemilikan KIA masih di bawah target karena rendahnya kesadaran orang tua. Upaya yang "
             "dilakukan adalah kerja sama dengan sekolah dan fasilitas kesehatan.", 9)
    pages = pdf.close()
    add_doc(f, "disdukcapil", 2025, "pdf_table_lkjip", pages, "lkjip", rows)

# ---- A3: Disdukcapil realisasi fisik & keuangan TW IV 2025 (xlsx, merged headers, text numbers)
def doc_A3():
    f = "disdukcapil_realisasi_fisik_keuangan_tw4_2025.xlsx"
    M = M25["disdukcapil"]
    keys = ["d1", "d2", "d3", "d5", "d6", "d7", "d8", "d10", "d12", "d13", "d15"]
    rows = []
    for k in keys:
        m = M[k]
        rv = None
        if k == "d5":
            rv = 49875.0     # conflicts with LKjIP
        if k == "d6":
            rv = 21640.0     # conflicts with LKjIP
        r = make_row(f, "disdukcapil", 2025, m, None, realv=rv, budget=True)
        if k == "d15":
            r["target"] = None; r["achievement_pct"] = None
        r["page"] = 1
        rows.append(r)
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Realisasi TW IV"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "LAPORAN REALISASI FISIK DAN KEUANGAN TRIWULAN IV TAHUN ANGGARAN 2025"
    ws["A2"] = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SAMARINDA"
    ws.merge_cells("A1:M1"); ws.merge_cells("A2:M2")
    ws["A1"].font = ws["A2"].font = Font(bold=True)
    hdr = ["No", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Kinerja", "Satuan", "Kinerja", None, None, "Keuangan", None, None, "Ket."]
    for j, h in enumerate(hdr):
        ws.cell(4, j + 1, h)
    sub = {7: "Target", 8: "Realisasi", 9: "Capaian (%)", 10: "Pagu (Rp)", 11: "Realisasi (Rp)", 12: "% Serapan"}
    for j, h in sub.items():
        ws.cell(5, j, h)
    for col in "ABCDEFM":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("G4:I4"); ws.merge_cells("J4:L4")
    for rr in (4, 5):
        for j in range(1, 14):
            ws.cell(rr, j).font = Font(bold=True); ws.cell(rr, j).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.cell(rr, j).border = bd
    for j in range(1, 14):
        ws.cell(6, j, f"({j})").alignment = Alignment(horizontal="center")
    rown = 7
    for i, r in enumerate(rows):
        vals = [i + 1, r["programme"], r["kegiatan"], r["sub_kegiatan"], r["indicator"], r["unit"]]
        for j, v in enumerate(vals):
            ws.cell(rown, j + 1, v)
        # numbers: some as text in Indonesian format, others numeric
        as_text = i % 3 == 1
        for j, fld in zip(range(7, 13), ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]):
            v = r[fld]
            if v is None:
                ws.cell(rown, j, "-")
            elif as_text or (fld == "realisation" and i % 4 == 0):
                ws.cell(rown, j, V(r, fld))
            else:
                c = ws.cell(rown, j, v)
                c.number_format = "#,##0" if fld in ("pagu", "budget_realisation") or float(v).is_integer() else "#,##0.00"
        ws.cell(rown, 13, "indikator tambahan" if r["target"] is None else "")
        for j in range(1, 14):
            ws.cell(rown, j).border = bd; ws.cell(rown, j).alignment = Alignment(wrap_text=True, vertical="top")
        rown += 1
    for col, w in zip("ABCDEFGHIJKLM", [5, 28, 28, 32, 40, 10, 10, 11, 10, 16, 16, 9, 14]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Rekap Program")
    ws2["A1"] = "REKAPITULASI PER PROGRAM"; ws2["A1"].font = Font(bold=True)
    ws2.append([]); ws2.append(["Program", "Pagu (Rp)", "Realisasi (Rp)"])
    for p in PROG["disdukcapil"]:
        ps = [r for r in rows if r["programme"] == p[0]]
        ws2.append([p[0], sum(r["pagu"] for r in ps), sum(r["budget_realisation"] for r in ps)])
    wb.properties.created = wb.properties.modified = FIXED_DT; wb.properties.creator = "SIPD"
    out = os.path.join(DOCS, f); wb.save(out); normalize_zip(out)
    add_doc(f, "disdukcapil", 2025, "xlsx_merged", 2, "laporan_realisasi", rows)

# ---- A4: Disdukcapil LKjIP 2024 (scan, 2 pages)
def doc_A4():
    f = "disdukcapil_lkjip_2024_scan.pdf"
    M = M24["disdukcapil"]
    keys = ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10", "d11", "d12"]
    rows = []
    for k in keys:
        m = M[k]
        achv = "calc"
        if k == "d5":
            achv = round(ach(m["rep_target"], m["real"], False) - 12.4, 2)  # planted mismatch (2024)
        bud = k in ("d1", "d5", "d7", "d10")
        if k == "d7":
            m["bud"] = float(round(m["pagu"] * 1.072))                          # planted over-absorption (2024)
        r = make_row(f, "disdukcapil", 2024, m, None, achv=achv, budget=bud, show_prog=(False, False, False))
        r["absorption_pct"] = None   # this table has no % serapan column
        rows.append(r)
    cols = [("No", 60, "c"), ("Indikator Kinerja", 560, "l"), ("Satuan", 120, "c"), ("Target", 130, "r"),
            ("Realisasi", 130, "r"), ("Capaian %", 120, "r"), ("Anggaran (Rp)", 180, "r"), ("Realisasi (Rp)", 180, "r")]
    trows = []
    for i, r in enumerate(rows):
        trows.append(([str(i + 1), r["indicator"], r["unit"], V(r, "target"), V(r, "realisation"), V(r, "achievement_pct"),
                       V(r, "pagu"), V(r, "budget_realisation")], r))
    p1 = ScanPage()
    p1.line("PEMERINTAH KOTA SAMARINDA", 28, True, True)
    p1.line("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", 28, True, True)
    p1.line("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", 24, True, True, gap=30)
    p1.line("Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024", 22, True)
    nxt = p1.table(cols, trows, size=20)
    # force a split: move later rows to page 2 if everything fitted
    if nxt >= len(trows):
        pass
    pages = [p1]
    split = 7
    p1 = ScanPage()
    p1.line("PEMERINTAH KOTA SAMARINDA", 28, True, True)
    p1.line("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", 28, True, True)
    p1.line("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", 24, True, True, gap=30)
    p1.line("BAB III AKUNTABILITAS KINERJA", 24, True, gap=16)
    for s in ["Pengukuran kinerja tahun 2024 dilakukan terhadap indikator yang ditetapkan", "dalam Perjanjian Kinerja Tahun 2024. Capaian indikator disajikan pada", "Tabel 3.1 berikut. Untuk indikator rata-rata waktu dan persentase pengaduan", "yang tidak terselesaikan, capaian dihitung dari target dibagi realisasi."]:
        p1.line(s, 22, gap=8)
    p1.y += 20
    p1.line("Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024", 22, True)
    p1.table(cols, trows[:split], size=20)
    for _, r in trows[:split]:
        r["page"] = 1
    p2 = ScanPage()
    p2.line("Tabel 3.1 (lanjutan)", 22, True)
    p2.table(cols, trows[split:], size=20)
    for _, r in trows[split:]:
        r["page"] = 2
    p2.y += 20
    for s in ["Realisasi anggaran Dinas pada tahun 2024 mendukung pencapaian seluruh", "indikator kinerja di atas. Samarinda, 20 Februari 2025", "Kepala Dinas,", "", "ttd", "NIP. 19700101 199503 1 001"]:
        if s:
            p2.line(s, 22, gap=8)
    n = save_scan([p1, p2], f, 11)
    add_doc(f, "disdukcapil", 2024, "scan", n, "lkjip", rows)

# ---- B1: DPMPTSP Renja 2025 (docx tables)
def doc_B1():
    f = "dpmptsp_renja_2025.docx"
    M = M25["dpmptsp"]
    keys = [k for k in M if M[k]["plan_target"] is not None]
    rows = [make_row(f, "dpmptsp", 2025, M[k], None, target="plan", real=False, pagu_only=True) for k in keys]
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_heading("RENCANA KERJA (RENJA) TAHUN 2025", 1)
    d.add_paragraph("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Samarinda")
    d.add_paragraph("Rencana Kerja ini disusun berpedoman pada RPJMD dan Renstra Perangkat Daerah serta hasil "
                    "Musrenbang Tahun 2024. Target kinerja dan pagu indikatif per program disajikan pada Bab IV.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("BAB IV RENCANA KERJA DAN PENDANAAN", 2)
    d.add_paragraph("Tabel 4.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator, Target dan Pagu Indikatif")
    segs = {}
    def mk_table(rws):
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target", "Satuan", "Pagu Indikatif (Rp)", "Lokasi"]):
            c.text = h
        cur = None
        for r in rws:
            if r["programme"] != cur:
                cur = r["programme"]
                row = t.add_row(); mc = row.cells[0].merge(row.cells[5]); mc.text = cur.upper()
            row = t.add_row().cells
            row[0].text = r["kegiatan"] + " — " + r["sub_kegiatan"]
            row[1].text = r["indicator"] + (" *)" if r["lower_is_better"] else "")
            row[2].text = V(r, "target"); row[3].text = r["unit"]; row[4].text = V(r, "pagu"); row[5].text = "Kota Samarinda"
    rows.sort(key=lambda r: [p[0] for p in PROG["dpmptsp"]].index(r["programme"]))
    first, second = rows[:6], rows[6:]
    mk_table(first)
    for r in first:
        r["page"] = 2
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Tabel 4.1 (lanjutan)")
    mk_table(second)
    for r in second:
        r["page"] = 3
    d.add_paragraph("*) indikator negatif: semakin kecil nilai realisasi semakin baik.")
    d.core_properties.created = d.core_properties.modified = FIXED_DT; d.core_properties.author = "Bidang Perencanaan"
    out = os.path.join(DOCS, f); d.save(out); normalize_zip(out)
    add_doc(f, "dpmptsp", 2025, "docx_table", 3, "renja", rows)

# ---- B2: DPMPTSP LKjIP 2025, prose
def doc_B2():
    f = "dpmptsp_lkjip_2025_narasi.pdf"
    M = M25["dpmptsp"]
    keys = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p12"]
    rows = []
    for k in keys:
        m = M[k]
        achv = "calc"
        if k == "p3":
            achv = round(ach(m["rep_target"], m["real"], False) + 11.2, 2)
        rv = None
        if k == "p5":
            rv = float(round(m["real"] * 1.083))
        if k == "p6":
            rv = float(m["real"] - 57)
        bud = k in ("p1", "p3", "p5", "p8", "p9")
        r = make_row(f, "dpmptsp", 2025, m, None, achv=achv, realv=rv, budget=bud, show_prog=(False, False, False))
        if k == "p12":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    pdf = PDF(os.path.join(DOCS, f), font="DVS", bold="DVSB")
    header_block(pdf, "dpmptsp", "LAPORAN KINERJA INSTANSI PEMERINTAH", 2025)
    pdf.text("BAB III AKUNTABILITAS KINERJA", 11, True)
    pdf.text("Bab ini menguraikan capaian setiap indikator kinerja Dinas Penanaman Modal dan Pelayanan Terpadu "
             "Satu Pintu Kota Samarinda pada tahun 2025 sebagaimana ditetapkan dalam Perjanjian Kinerja, disertai "
             "analisis penyebab keberhasilan maupun kegagalan serta dukungan anggaran.", 10)
    def u(r, fld):
        s = V(r, fld)
        if r["unit"] == "%":
            return s + "%"
        if r["unit"] == "Rp":
            return "Rp" + s
        return s + " " + r["unit"]
    for i, r in enumerate(rows):
        name = r["indicator"]
        tmpl = i % 3
        if r["target"] is None:
            s = (f"Di luar indikator Perjanjian Kinerja, {name} pada tahun 2025 tercatat sebanyak {u(r, 'realisation')}. "
                 "Indikator ini dilaporkan sebagai informasi tambahan untuk menggambarkan dukungan terhadap usaha mikro.")
        elif tmpl == 0:
            s = (f"Realisasi indikator {name} tahun 2025 sebesar {u(r, 'realisation')} dari target {u(r, 'target')}, "
                 f"sehingga capaian kinerja mencapai {V(r, 'achievement_pct')}%.")
        elif tmpl == 1:
            s = (f"Indikator {name} ditargetkan sebesar {u(r, 'target')} dan terealisasi {u(r, 'realisation')} "
                 f"dengan tingkat capaian {V(r, 'achievement_pct')}%.")
        else:
            s = (f"Pada indikator {name}, target yang ditetapkan adalah {u(r, 'target')}, sedangkan realisasinya "
                 f"{u(r, 'realisation')} atau capaian {V(r, 'achievement_pct')}%.")
        if r["lower_is_better"]:
            s += " Indikator ini berpolaritas negatif sehingga capaian dihitung dari target dibagi realisasi."
        if r["pagu"] is not None:
            s += (f" Kinerja tersebut didukung anggaran sebesar Rp{V(r, 'pagu')} dengan realisasi Rp{V(r, 'budget_realisation')} "
                  f"({V(r, 'absorption_pct')}%).")
        # keep a paragraph on one page
        need = len(simpleSplit(s, "DVS", 10, pdf.W - 2 * pdf.margin)) * 13 + 30
        if pdf.y - need < 60:
            pdf.newpage()
        pdf.text(f"3.{i + 1} Sasaran {i + 1}", 10, True)
        r["page"] = pdf.text(s, 10)
        if i == 4:
            pdf.text("Peningkatan jumlah perizinan didorong oleh layanan jemput bola di Mal Pelayanan Publik dan "
                     "sosialisasi OSS-RBA kepada pelaku usaha di seluruh kecamatan.", 10)
    pdf.text("Demikian uraian capaian kinerja tahun 2025.", 10)
    pages = pdf.close()
    add_doc(f, "dpmptsp", 2025, "pdf_prose", pages, "lkjip", rows)

# ---- B3: DPMPTSP realisasi 2025 xlsx (different layout: one sheet per programme)
def doc_B3():
    f = "dpmptsp_capaian_kinerja_2025.xlsx"
    M = M25["dpmptsp"]
    keys = ["p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p13"]
    rows = []
    for k in keys:
        r = make_row(f, "dpmptsp", 2025, M[k], None, budget=True)
        if k == "p13":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for si, p in enumerate(PROG["dpmptsp"]):
        ws = wb.create_sheet(f"Prog {si + 1}")
        ws["A1"] = "CAPAIAN KINERJA DAN REALISASI ANGGARAN TAHUN 2025"; ws.merge_cells("A1:J1")
        ws["A2"] = "DPMPTSP KOTA SAMARINDA"; ws.merge_cells("A2:J2")
        ws["A3"] = "Program :"; ws["B3"] = p[0]; ws.merge_cells("B3:J3")
        ws["A4"] = "Kegiatan :"; ws["B4"] = p[1]; ws.merge_cells("B4:J4")
        ws["A5"] = "Sub Kegiatan :"; ws["B5"] = p[2]; ws.merge_cells("B5:J5")
        ws.cell(7, 1, "Indikator"); ws.cell(7, 2, "Satuan"); ws.cell(7, 3, "Target 2025"); ws.cell(7, 4, "Realisasi s.d. Desember")
        ws.cell(7, 5, "% Capaian"); ws.cell(7, 6, "Anggaran"); ws.cell(8, 6, "Pagu"); ws.cell(8, 7, "Realisasi"); ws.cell(8, 8, "%")
        for c in "ABCDE":
            ws.merge_cells(f"{c}7:{c}8")
        ws.merge_cells("F7:H7")
        rr = 9
        for r in rows:
            if r["programme"] != p[0]:
                continue
            r["page"] = si + 1
            ws.cell(rr, 1, r["indicator"]); ws.cell(rr, 2, r["unit"])
            for j, fld in zip(range(3, 9), ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]):
                v = r[fld]
                if v is None:
                    ws.cell(rr, j, "")
                elif fld in ("target",) and r["unit"] == "%":
                    ws.cell(rr, j, V(r, fld) + "%")        # text with percent sign
                elif fld == "budget_realisation" and rr % 2 == 0:
                    ws.cell(rr, j, "Rp " + V(r, fld))
                else:
                    ws.cell(rr, j, v).number_format = "#,##0.00" if not float(v).is_integer() else "#,##0"
            rr += 1
        ws.cell(rr + 1, 1, "Catatan: indikator waktu dan berkas dikembalikan bersifat negatif (semakin kecil semakin baik).")
        ws.column_dimensions["A"].width = 60
        for c in "BCDEFGH":
            ws.column_dimensions[c].width = 16
    wb.properties.created = wb.properties.modified = FIXED_DT
    out = os.path.join(DOCS, f); wb.save(out); normalize_zip(out)
    for r in rows:
        r["programme"] = r["programme"]; r["kegiatan"] = r["kegiatan"]; r["sub_kegiatan"] = r["sub_kegiatan"]
    add_doc(f, "dpmptsp", 2025, "xlsx_sheet_per_programme", 3, "laporan_realisasi", rows)

# ---- C1: BPBD PK 2025 (born-digital, different columns, no units column -> unit in parentheses)
def doc_C1():
    f = "bpbd_pk_2025.pdf"
    M = M25["bpbd"]
    keys = [k for k in M if M[k]["plan_target"] is not None]
    rows = [make_row(f, "bpbd", 2025, M[k], None, target="plan", real=False, pagu_only=True, show_prog=(False, True, False)) for k in keys]
    pdf = PDF(os.path.join(DOCS, f))
    pdf.text("PERJANJIAN KINERJA TAHUN 2025", 12, True, True)
    pdf.text("BADAN PENANGGULANGAN BENCANA DAERAH KOTA SAMARINDA", 11, True, True, gap=10)
    pdf.text("Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini "
             "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
             "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", 9)
    cols = [("Kegiatan", 150, "l"), ("Indikator Kinerja", 190, "l"), ("Target 2025", 60, "r"), ("Satuan", 50, "c"), ("Anggaran (Rp)", 75, "r")]
    items = []
    for r in rows:
        items.append(("row", [r["kegiatan"], r["indicator"], V(r, "target"), r["unit"], V(r, "pagu")], r))
    pdf.text("Lampiran: Indikator Kinerja, Target dan Anggaran", 9, True)
    pdf.table(cols, items, size=7.5)
    pdf.text("Samarinda, 31 Januari 2025. Kepala Pelaksana BPBD Kota Samarinda.", 8.5)
    pages = pdf.close()
    add_doc(f, "bpbd", 2025, "pdf_table_pk", pages, "perjanjian_kinerja", rows)

# ---- C2: BPBD laporan kinerja 2025 (JPG scan, one page, no budget)
def doc_C2():
    f = "bpbd_laporan_kinerja_2025_foto.jpg"
    M = M25["bpbd"]
    keys = ["b1", "b2", "b3", "b4", "b5", "b8", "b9", "b10", "b11", "b12"]
    rows = []
    for k in keys:
        m = M[k]
        achv = "calc"; rv = None
        if k == "b9":
            achv = round(m["real"] / m["rep_target"] * 100, 2)   # lower-is-better computed the wrong way
        if k == "b4":
            rv = float(m["real"] + 412)
        if k == "b8":
            rv = float(m["real"] - 38)
        r = make_row(f, "bpbd", 2025, m, None, achv=achv, realv=rv, show_prog=(False, False, False))
        if k == "b12":
            r["target"] = None; r["achievement_pct"] = None
        r["page"] = 1
        rows.append(r)
    p = ScanPage()
    p.line("BADAN PENANGGULANGAN BENCANA DAERAH KOTA SAMARINDA", 28, True, True)
    p.line("LAPORAN CAPAIAN KINERJA TAHUN 2025", 26 if False else 24, True, True, gap=30)
    for s in ["Berikut disampaikan capaian indikator kinerja BPBD Kota Samarinda", "sampai dengan 31 Desember 2025 sebagai bahan evaluasi kinerja."]:
        p.line(s, 22, gap=8)
    p.y += 20
    cols = [("No", 60, "c"), ("Indikator", 620, "l"), ("Satuan", 130, "c"), ("Target", 150, "r"), ("Realisasi", 150, "r"), ("Capaian (%)", 150, "r"), ("Ket", 190, "l")]
    trows = []
    for i, r in enumerate(rows):
        ket = "negatif" if r["lower_is_better"] and r["indicator"] != M["b9"]["name"] else ("belum ada target" if r["target"] is None else "")
        trows.append(([str(i + 1), r["indicator"], r["unit"], V(r, "target"), V(r, "realisation"), V(r, "achievement_pct"), ket], r))
    p.table(cols, trows, size=20)
    p.line("Keterangan: negatif = semakin kecil semakin baik", 20)
    p.line("Samarinda, 9 Januari 2026", 22)
    n = save_scan([p], f, 23)
    add_doc(f, "bpbd", 2025, "scan", n, "laporan_kinerja", rows)

# ---- C3: BPBD laporan kinerja 2024 (docx)
def doc_C3():
    f = "bpbd_laporan_kinerja_2024.docx"
    M = M24["bpbd"]
    keys = ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11"]
    rows = []
    for k in keys:
        m = M[k]; achv = "calc"
        if k == "b7":
            achv = round(ach(m["rep_target"], m["real"], False) + 14.8, 2)   # planted mismatch 2024
        rows.append(make_row(f, "bpbd", 2024, m, None, achv=achv, budget=k in ("b2", "b4", "b6", "b8"), show_prog=(False, True, False)))
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("LAPORAN KINERJA BPBD KOTA SAMARINDA TAHUN 2024", 1)
    d.add_paragraph("Laporan ini menyajikan capaian kinerja Badan Penanggulangan Bencana Daerah Kota Samarinda tahun 2024.")
    d.add_paragraph("Indikator bertanda (-) merupakan indikator negatif.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Tabel 2. Capaian Kinerja dan Anggaran Tahun 2024")
    t = d.add_table(rows=2, cols=8); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text = "Kegiatan"; h0[1].text = "Indikator"; h0[2].text = "Kinerja"; h0[5].text = "Anggaran"
    h0[2].merge(h0[4]); h0[5].merge(h0[7]); h0[0].merge(h1[0]); h0[1].merge(h1[1])
    for c, s in zip(h1[2:], ["Target", "Realisasi", "%", "Pagu (Rp)", "Realisasi (Rp)", "%"]):
        c.text = s
    for r in rows:
        c = t.add_row().cells
        c[0].text = r["kegiatan"]
        c[1].text = f"{r['indicator']} ({r['unit']})" + (" (-)" if r["lower_is_better"] else "")
        for j, fld in zip(range(2, 8), ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]):
            c[j].text = V(r, fld)
        r["page"] = 2
    d.add_paragraph("Sumber: BPBD Kota Samarinda, 2025")
    d.core_properties.created = d.core_properties.modified = FIXED_DT
    out = os.path.join(DOCS, f); d.save(out); normalize_zip(out)
    add_doc(f, "bpbd", 2024, "docx_table", 2, "laporan_kinerja", rows)

# ---- C4: BPBD LKjIP 2025 (born-digital, column order Indikator|Satuan|Realisasi|Target|Capaian|Anggaran...)
def doc_C4():
    f = "bpbd_lkjip_2025.pdf"
    M = M25["bpbd"]
    keys = ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b13"]
    rows = []
    for k in keys:
        m = M[k]; achv = "calc"
        if k == "b2":
            achv = round(ach(m["rep_target"], m["real"], False) - 18.5, 2)
        r = make_row(f, "bpbd", 2025, m, None, achv=achv, budget=True, show_prog=(False, True, True))
        if k == "b13":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    pdf = PDF(os.path.join(DOCS, f), pagesize=landscape(A4))
    header_block(pdf, "bpbd", "LAPORAN KINERJA INSTANSI PEMERINTAH", 2025)
    for para in ["Laporan Kinerja Instansi Pemerintah (LKjIP) BPBD Kota Samarinda Tahun 2025 merupakan bentuk "
                 "pertanggungjawaban atas pelaksanaan tugas dan fungsi dalam penanggulangan bencana. Sepanjang tahun "
                 "2025 Kota Samarinda mengalami beberapa kejadian banjir dan tanah longsor, terutama pada bulan Mei dan "
                 "Desember, yang ditangani bersama TNI, Polri, relawan dan perangkat daerah terkait.",
                 "Pengukuran capaian kinerja dilakukan dengan membandingkan realisasi terhadap target pada Perjanjian "
                 "Kinerja Tahun 2025. Indikator Indeks Risiko Bencana, waktu tanggap dan jumlah kejadian banjir "
                 "merupakan indikator yang semakin kecil realisasinya semakin baik.",
                 "Tabel berikut menyajikan capaian kinerja per sub kegiatan beserta realisasi anggarannya."] * 2:
        pdf.text(para, 9.5)
    cols = [("Kegiatan / Sub Kegiatan", 170, "l"), ("Indikator", 200, "l"), ("Satuan", 45, "c"), ("Realisasi", 55, "r"),
            ("Target", 55, "r"), ("Capaian", 48, "r"), ("Anggaran (Rp)", 85, "r"), ("Realisasi Anggaran (Rp)", 85, "r"), ("%", 40, "r")]
    items = []
    for r in rows:
        items.append(("row", [r["kegiatan"] + " / " + r["sub_kegiatan"], r["indicator"], r["unit"], V(r, "realisation"), V(r, "target"),
                              V(r, "achievement_pct"), V(r, "pagu"), V(r, "budget_realisation"), V(r, "absorption_pct")], r))
    pdf.table(cols, items, size=7.5)
    pdf.text("Berat bantuan logistik dilaporkan sebagai indikator pendukung.", 9)
    pages = pdf.close()
    add_doc(f, "bpbd", 2025, "pdf_table_lkjip_b", pages, "lkjip", rows)

# ---- D1: DKP PK 2025 (scan PDF)
def doc_D1():
    f = "dkp_perjanjian_kinerja_2025_scan.pdf"
    M = M25["dkp"]
    keys = [k for k in M if M[k]["plan_target"] is not None]
    rows = [make_row(f, "dkp", 2025, M[k], None, target="plan", real=False, show_prog=(True, False, False)) for k in keys]
    p = ScanPage()
    p.line("PEMERINTAH KOTA SAMARINDA", 28, True, True)
    p.line("DINAS KETAHANAN PANGAN", 28, True, True)
    p.line("PERJANJIAN KINERJA TAHUN 2025", 24, True, True, gap=30)
    p.line("Lampiran Perjanjian Kinerja", 22, True)
    cols = [("No", 60, "c"), ("Indikator Kinerja", 820, "l"), ("Target", 180, "r"), ("Satuan", 200, "c")]
    trows, cur = [], None
    for i, r in enumerate(rows):
        if r["programme"] != cur:
            cur = r["programme"]; trows.append(("GROUP", cur))
        trows.append(([str(i + 1), r["indicator"], V(r, "target"), r["unit"]], r))
        r["page"] = 1
    p.table(cols, trows, size=20)
    p.line("Samarinda, 5 Februari 2025", 22)
    p.line("Kepala Dinas Ketahanan Pangan", 22)
    n = save_scan([p], f, 31)
    add_doc(f, "dkp", 2025, "scan", n, "perjanjian_kinerja", rows)

# ---- D2: DKP LKjIP 2025 (docx, one table per sasaran group, hard page breaks)
def doc_D2():
    f = "dkp_lkjip_2025.docx"
    M = M25["dkp"]
    keys = ["k1", "k2", "k6", "k8", "k9", "k12", "k4", "k5", "k10", "k11", "k3", "k7", "k13"]
    rows = []
    for k in keys:
        m = M[k]; achv = "calc"
        if k == "k3":
            achv = round(ach(m["rep_target"], m["real"], False) + 7.9, 2)
        r = make_row(f, "dkp", 2025, m, None, achv=achv, budget=True, show_prog=(True, True, False))
        if k == "k13":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"; d.styles["Normal"].font.size = Pt(11)
    d.add_heading("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DINAS KETAHANAN PANGAN KOTA SAMARINDA TAHUN 2025", 1)
    d.add_paragraph("KATA PENGANTAR")
    d.add_paragraph("Puji syukur kami panjatkan ... LKjIP ini memuat capaian kinerja Dinas Ketahanan Pangan tahun 2025.")
    seg = 1
    for pi, p in enumerate(PROG["dkp"]):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE); seg += 1
        d.add_paragraph(f"3.{pi + 1} {p[0]}").runs[0].bold = True
        d.add_paragraph(f"Kegiatan: {p[1]}")
        t = d.add_table(rows=1, cols=9); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)"]):
            c.text = h
        n = 0
        for r in rows:
            if r["programme"] != p[0]:
                continue
            n += 1
            c = t.add_row().cells
            vals = [str(n), r["indicator"], r["unit"], V(r, "target"), V(r, "realisation"), V(r, "achievement_pct"), V(r, "pagu"), V(r, "budget_realisation"), V(r, "absorption_pct")]
            for cc, v in zip(c, vals):
                cc.text = v
            r["page"] = seg
        if pi == 1:
            d.add_paragraph("Catatan: jumlah kelurahan rentan rawan pangan, prevalensi PoU dan koefisien variasi harga adalah indikator "
                            "yang semakin rendah semakin baik.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE); seg += 1
    d.add_paragraph("BAB IV PENUTUP")
    d.add_paragraph("Demikian LKjIP Dinas Ketahanan Pangan Kota Samarinda Tahun 2025 disusun.")
    d.core_properties.created = d.core_properties.modified = FIXED_DT
    out = os.path.join(DOCS, f); d.save(out); normalize_zip(out)
    add_doc(f, "dkp", 2025, "docx_table", seg, "lkjip", rows)

# ---- E1: Satpol PP Renja 2025 (xlsx SIPD-like)
def doc_E1():
    f = "satpolpp_renja_2025.xlsx"
    M = M25["satpolpp"]
    keys = [k for k in M if M[k]["plan_target"] is not None]
    rows = [make_row(f, "satpolpp", 2025, M[k], None, target="plan", real=False, pagu_only=True) for k in keys]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Renja 2025"
    ws["A1"] = "RENCANA KERJA PERANGKAT DAERAH TAHUN 2025"; ws.merge_cells("A1:H1")
    ws["A2"] = "SATUAN POLISI PAMONG PRAJA KOTA SAMARINDA"; ws.merge_cells("A2:H2")
    ws.cell(4, 1, "Kode"); ws.cell(4, 2, "Urusan/Program/Kegiatan/Sub Kegiatan"); ws.cell(4, 3, "Indikator Kinerja")
    ws.cell(4, 4, "Rencana Tahun 2025"); ws.cell(5, 4, "Target"); ws.cell(5, 5, "Satuan"); ws.cell(5, 6, "Pagu Indikatif (Rp)")
    ws.cell(4, 7, "Sumber Dana"); ws.cell(4, 8, "Catatan")
    for c in "ABCGH":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("D4:F4")
    rr = 6; code = {0: "1.05.02.2.01.0001", 1: "1.05.02.2.02.0002", 2: "1.05.02.2.03.0003"}
    rows.sort(key=lambda r: (PROG["satpolpp"].index(r["_prog"] if "_prog" in r else next(p for p in PROG["satpolpp"] if p[2] == r["sub_kegiatan"]))))
    cur = None
    for r in rows:
        pi = next(i for i, p in enumerate(PROG["satpolpp"]) if p[2] == r["sub_kegiatan"])
        if cur != pi:
            cur = pi
            ws.cell(rr, 1, code[pi][:7]); ws.cell(rr, 2, r["programme"]); rr += 1
            ws.cell(rr, 1, code[pi][:12]); ws.cell(rr, 2, r["kegiatan"]); rr += 1
            ws.cell(rr, 1, code[pi]); ws.cell(rr, 2, r["sub_kegiatan"]); rr += 1
        ws.cell(rr, 3, r["indicator"])
        if r["unit"] in ("%", "indeks") and rr % 2:
            ws.cell(rr, 4, V(r, "target"))
        else:
            ws.cell(rr, 4, r["target"])
        ws.cell(rr, 5, r["unit"]); ws.cell(rr, 6, r["pagu"]).number_format = "#,##0"; ws.cell(rr, 7, "APBD")
        if r["lower_is_better"]:
            ws.cell(rr, 8, "indikator negatif")
        r["page"] = 1; rr += 1
    ws.column_dimensions["B"].width = 50; ws.column_dimensions["C"].width = 55; ws.column_dimensions["F"].width = 18
    wb.properties.created = wb.properties.modified = FIXED_DT
    out = os.path.join(DOCS, f); wb.save(out); normalize_zip(out)
    add_doc(f, "satpolpp", 2025, "xlsx_sipd_renja", 1, "renja", rows)

# ---- E2: Satpol PP LKjIP 2025 (born-digital table + explanation of one target change)
def doc_E2():
    f = "satpolpp_lkjip_2025.pdf"
    M = M25["satpolpp"]
    keys = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12"]
    rows = []
    for k in keys:
        m = M[k]; achv = "calc"
        if k == "s3":
            achv = round(ach(m["rep_target"], m["real"], False) + 15.6, 2)
        r = make_row(f, "satpolpp", 2025, m, None, achv=achv, budget=True, show_prog=(False, True, False))
        if k == "s12":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    pdf = PDF(os.path.join(DOCS, f))
    header_block(pdf, "satpolpp", "LAPORAN KINERJA INSTANSI PEMERINTAH", 2025)
    pdf.text("3.1 Capaian Kinerja", 10, True)
    pdf.text("Capaian kinerja Satuan Polisi Pamong Praja Kota Samarinda tahun 2025 diukur dari indikator pada Rencana "
             "Kerja dan Perjanjian Kinerja. Rata-rata waktu respon dan jumlah pengaduan tidak tertangani adalah "
             "indikator negatif.", 9)
    cols = [("Indikator", 170, "l"), ("Target", 48, "r"), ("Realisasi", 48, "r"), ("%", 40, "r"), ("Satuan", 42, "c"),
            ("Pagu (Rp)", 72, "r"), ("Realisasi Keu. (Rp)", 72, "r"), ("% Keu.", 38, "r")]
    rows.sort(key=lambda r: [p[1] for p in PROG["satpolpp"]].index(r["kegiatan"]))
    items, cur = [], None
    for r in rows:
        if r["kegiatan"] != cur:
            cur = r["kegiatan"]; items.append(("group", "Kegiatan: " + cur))
        items.append(("row", [r["indicator"], V(r, "target"), V(r, "realisation"), V(r, "achievement_pct"), r["unit"],
                              V(r, "pagu"), V(r, "budget_realisation"), V(r, "absorption_pct")], r))
    pdf.table(cols, items, size=7.5)
    s9 = M["s9"]
    pdf.text("3.2 Penyesuaian Target", 10, True)
    global E2_EXPLAIN_PAGE
    E2_EXPLAIN_PAGE = pdf.text(f"Target indikator {s9['name']} disesuaikan dari {fmt(s9['plan_target'], 0)} buah menjadi "
             f"{fmt(s9['rep_target'], 0)} buah melalui Perubahan Perjanjian Kinerja tanggal 14 Agustus 2025, menyusul "
             "pengalihan kewenangan penertiban reklame sebagian kepada Bapenda sesuai Peraturan Wali Kota Nomor 27 "
             "Tahun 2025. Perubahan target indikator lainnya tidak dilakukan.", 9)
    pdf.text("3.3 Analisis", 10, True)
    pdf.text("Penegakan Perda dilakukan melalui operasi yustisi dan sidang tindak pidana ringan bekerja sama dengan "
             "Pengadilan Negeri Samarinda.", 9)
    pages = pdf.close()
    add_doc(f, "satpolpp", 2025, "pdf_table_lkjip_c", pages, "lkjip", rows)

# ---- E3: Satpol PP laporan TW IV 2025 (scan, 2 pages)
def doc_E3():
    f = "satpolpp_laporan_tw4_2025_scan.pdf"
    M = M25["satpolpp"]
    keys = ["s1", "s2", "s3", "s4", "s6", "s8", "s9", "s10", "s11", "s13"]
    rows = []
    for k in keys:
        m = M[k]; achv = "calc"; rv = None
        if k == "s6":
            achv = round(ach(m["rep_target"], m["real"], False) - 21.3, 2)
        if k == "s2":
            rv = rnd(m["real"] - 4.35, 2)
        if k == "s8":
            rv = float(m["real"] + 31)
        r = make_row(f, "satpolpp", 2025, m, None, achv=achv, realv=rv, show_prog=(False, False, False))
        if k == "s1":
            r["target"] = None; r["achievement_pct"] = None    # target missing here but present in Renja: not a finding
        if k == "s13":
            r["target"] = None; r["achievement_pct"] = None
        rows.append(r)
    cols = [("No", 60, "c"), ("Uraian Indikator", 640, "l"), ("Target", 150, "r"), ("Realisasi", 150, "r"), ("Capaian", 150, "r"), ("Satuan", 160, "c")]
    trows = [([str(i + 1), r["indicator"], V(r, "target"), V(r, "realisation"), V(r, "achievement_pct"), r["unit"]], r) for i, r in enumerate(rows)]
    p1 = ScanPage()
    p1.line("SATUAN POLISI PAMONG PRAJA KOTA SAMARINDA", 28, True, True)
    p1.line("LAPORAN KINERJA TRIWULAN IV TAHUN 2025", 24, True, True, gap=30)
    for s in ["Nomor  : 800/412/Satpol-PP/I/2026", "Perihal: Laporan capaian kinerja triwulan IV (kumulatif Januari-Desember 2025)", "",
              "Dengan hormat, bersama ini kami sampaikan capaian kinerja Satuan Polisi Pamong Praja", "Kota Samarinda sampai dengan triwulan IV tahun 2025 sebagai berikut:"]:
        if s:
            p1.line(s, 22, gap=8)
        else:
            p1.y += 20
    p1.y += 20
    split = 6
    p1.table(cols, trows[:split], size=20)
    for _, r in trows[:split]:
        r["page"] = 1
    p2 = ScanPage()
    p2.line("- 2 -", 22, False, True, gap=20)
    p2.table(cols, trows[split:], size=20)
    for _, r in trows[split:]:
        r["page"] = 2
    for s in ["Target indikator nomor 1 masih dalam proses penetapan ulang.", "Demikian laporan ini disampaikan.", "Kepala Satuan Polisi Pamong Praja"]:
        p2.line(s, 22, gap=8)
    n = save_scan([p1, p2], f, 47)
    add_doc(f, "satpolpp", 2025, "scan", n, "laporan_kinerja", rows)

# =========================================================================== findings (rule engine)
PLAN_TYPES = {"perjanjian_kinerja", "renja"}


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^0-9a-z%]+", " ", s.lower())).strip()


def compute_findings(labels, explained):
    docs = {d["file"]: d for d in labels["documents"]}
    rows = labels["indicators"]
    out = {}
    def add(t, r, cites):
        key = (t, r["opd"], r["fiscal_year"], norm(r["indicator"]))
        f = out.setdefault(key, {"type": t, "opd": r["opd"], "fiscal_year": r["fiscal_year"], "indicator": r["indicator"], "citations": []})
        for c in cites:
            if c not in f["citations"]:
                f["citations"].append(c)
    is_plan = lambda r: docs[r["file"]]["doc_type"] in PLAN_TYPES
    cite = lambda r: {"file": r["file"], "page": r["page"]}
    groups = {}
    for r in rows:
        groups.setdefault((r["opd"], r["fiscal_year"], norm(r["indicator"])), []).append(r)
    for (opd, fy, nk), rs in groups.items():
        reps = [r for r in rs if not is_plan(r)]
        plans = [r for r in rs if is_plan(r)]
        for r in reps:
            t, v, a = r["target"], r["realisation"], r["achievement_pct"]
            if t and v and a is not None:
                calc = (t / v if r["lower_is_better"] else v / t) * 100
                if abs(calc - a) > 1.0:
                    add("ACHIEVEMENT_MISMATCH", r, [cite(r)])
            if r["pagu"] and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]:
                add("ABSORPTION_OVER_100", r, [cite(r)])
        vals = {}
        for r in reps:
            if r["realisation"] is not None:
                vals.setdefault(r["realisation"], []).append(r)
        if len(vals) > 1:
            for r in reps:
                if r["realisation"] is not None:
                    add("CROSS_DOCUMENT_CONFLICT", r, [cite(r)])
        if not any(r["target"] is not None for r in rs):
            for r in reps:
                if r["realisation"] is not None:
                    add("REALISATION_WITHOUT_TARGET", r, [cite(r)])
        ptargets = {p["target"] for p in plans if p["target"] is not None}
        if ptargets:
            changed = [r for r in reps if r["target"] is not None and r["target"] not in ptargets]
            if changed and (opd, fy, nk) not in explained:
                for r in changed:
                    add("TARGET_CHANGED", r, [cite(r)])
                for p in plans:
                    add("TARGET_CHANGED", p, [cite(p)])
    # finding indicator name: as printed in a report
    return sorted(out.values(), key=lambda f: (f["type"], f["opd"], f["fiscal_year"], f["indicator"]))


def main():
    for d in (DOCS, TRUTH, TMP):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    for fn in (doc_A1, doc_A2, doc_A3, doc_A4, doc_B1, doc_B2, doc_B3, doc_C1, doc_C2, doc_C3, doc_C4,
               doc_D1, doc_D2, doc_E1, doc_E2, doc_E3):
        fn()
    shutil.rmtree(TMP)
    explained = [{"opd": OPDNAME[o], "fiscal_year": 2025, "indicator": M25[o][k]["name"],
                  "plan_target": M25[o][k]["plan_target"], "report_target": M25[o][k]["rep_target"],
                  "explained_in": {"file": "satpolpp_lkjip_2025.pdf"}} for o, k in sorted(EXPLAINED)]
    ex_keys = {(e["opd"], e["fiscal_year"], norm(e["indicator"])) for e in explained}
    LABELS["findings"] = compute_findings(LABELS, ex_keys)
    # where the explanation sits (page of the explanation paragraph = last page of the LKjIP)
    e2 = next(d for d in LABELS["documents"] if d["file"] == "satpolpp_lkjip_2025.pdf")
    for e in explained:
        e["explained_in"]["page"] = E2_EXPLAIN_PAGE
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "explained_changes.json"), "w", encoding="utf-8") as fh:
        json.dump(explained, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print("documents", len(LABELS["documents"]), "indicators", len(LABELS["indicators"]), "findings", len(LABELS["findings"]))
    print(Counter(f["type"] for f in LABELS["findings"]))
    print(Counter(d["layout"] for d in LABELS["documents"]))


if __name__ == "__main__":
    main()
