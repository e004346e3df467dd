#!/usr/bin/env python3
"""Generate the kinerja8 blind set: docs/, scan_truth/, labels.json. Deterministic."""
import copy
import io
import json
import os
import random
import re
import shutil
import sys
import time
import zipfile
from datetime import datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
pdfmetrics.registerFont(TTFont("DVS", FONTS))
FIXED_DT = datetime(2026, 1, 15, 8, 0, 0)
OPD_NAMES = {
    "DISDUKCAPIL": "Dinas Kependudukan dan Pencatatan Sipil Kota Samarinda",
    "DPMPTSP": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Samarinda",
    "DKP": "Dinas Ketahanan Pangan Kota Samarinda",
    "BPBD": "Badan Penanggulangan Bencana Daerah Kota Samarinda",
    "SATPOLPP": "Satuan Polisi Pamong Praja Kota Samarinda",
}


# ------------------------------------------------------------------ numbers
def is_int(v):
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer() and False)


def fmt(v, dec=None):
    """Indonesian format: 1.250.000 ; 87,50"""
    if v is None:
        return "-"
    if dec is None:
        dec = 0 if isinstance(v, int) else 2
    s = f"{v:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def num_val(v):
    return v


def ach(t, r, lib):
    if t is None or r is None:
        return None
    return round((t / r if lib else r / t) * 100, 2)


# ------------------------------------------------------------------ documents
# per-doc overrides: key -> {field: value}; 'cap' = stated capaian (planted error)
DOCS_SPEC = [
    dict(file="dkcs_lkjip_2025.pdf", opd="DISDUKCAPIL", fy=2025, layout="pdf_table_a", doc_type="LKjIP", data=D.DKCS25,
         role="report", hier="full", budget=True,
         over={"waktu_akta": {"cap": 66.67}, "ikm": {"cap": 110.20}}),
    dict(file="dkcs_perjanjian_kinerja_2025.docx", opd="DISDUKCAPIL", fy=2025, layout="docx_table", doc_type="Perjanjian Kinerja",
         data=D.DKCS25, role="plan", hier="none", exclude=["daring"]),
    dict(file="dkcs_lkjip_2024_scan.pdf", opd="DISDUKCAPIL", fy=2024, layout="scan", doc_type="LKjIP", data=D.DKCS24,
         role="report", hier="none", over={"akta_mati": {"cap": 89.47}}),
    dict(file="dpmptsp_laporan_kinerja_2025.pdf", opd="DPMPTSP", fy=2025, layout="pdf_prose", doc_type="Laporan Kinerja",
         data=D.DPM25, role="report", hier="prog", over={"waktu": {"cap": 80.00}, "tepat": {"cap": 97.20}}),
    dict(file="dpmptsp_renja_2025.xlsx", opd="DPMPTSP", fy=2025, layout="xlsx_renja", doc_type="Renja", data=D.DPM25,
         role="plan", hier="full", exclude=["tenaga"], budget="pagu"),
    dict(file="dpmptsp_realisasi_fisik_keuangan_tw4_2025.jpg", opd="DPMPTSP", fy=2025, layout="scan",
         doc_type="Laporan Realisasi Fisik dan Keuangan", data=D.DPM25, role="report", hier="sub", budget=True,
         include=["oss", "promosi", "investor", "lkpm", "bina", "tenaga"],
         over={"oss": {"r": 7148}, "lkpm": {"r": 1625}, "bina": {"r": 158}}),
    dict(file="dkp_lkjip_2025.xlsx", opd="DKP", fy=2025, layout="xlsx_merged", doc_type="LKjIP", data=D.DKP25, role="report",
         hier="full", budget=True, over={"rawan": {"cap": 84.44}, "sertifikat": {"cap": 111.11}}),
    dict(file="dkp_perjanjian_kinerja_2025.pdf", opd="DKP", fy=2025, layout="pdf_table_b", doc_type="Perjanjian Kinerja",
         data=D.DKP25, role="plan", hier="prog", exclude=["darurat"]),
    dict(file="dkp_lkjip_2024.pdf", opd="DKP", fy=2024, layout="pdf_table_b", doc_type="LKjIP", data=D.DKP24, role="report",
         hier="full", budget=True, over={"beras": {"cap": 96.49}}),
    dict(file="bpbd_laporan_kinerja_2025.docx", opd="BPBD", fy=2025, layout="docx_table", doc_type="Laporan Kinerja",
         data=D.BPBD25, role="report", hier="full", over={"respon": {"cap": 73.33}, "logistik": {"cap": 112.53}}),
    dict(file="bpbd_renja_2025.pdf", opd="BPBD", fy=2025, layout="pdf_table_a", doc_type="Renja", data=D.BPBD25, role="plan",
         hier="full", exclude=["kejadian"], budget="pagu"),
    dict(file="bpbd_realisasi_fisik_keuangan_2025_scan.pdf", opd="BPBD", fy=2025, layout="scan",
         doc_type="Laporan Realisasi Fisik dan Keuangan", data=D.BPBD25, role="report", hier="sub", budget=True,
         include=["kajian", "katana", "sosialisasi", "ews", "trc", "kejadian", "saluran"],
         over={"trc": {"r": 46}, "saluran": {"r": 5.02}, "kejadian": {"r": 178}}),
    dict(file="satpolpp_lkjip_2025.pdf", opd="SATPOLPP", fy=2025, layout="pdf_table_a", doc_type="LKjIP", data=D.SAT25,
         role="report", hier="full", over={"pelanggaran": {"cap": 91.56}, "gangguan": {"cap": 89.20}}),
    dict(file="satpolpp_perjanjian_kinerja_2025.jpg", opd="SATPOLPP", fy=2025, layout="scan", doc_type="Perjanjian Kinerja",
         data=D.SAT25, role="plan", hier="none", exclude=["vip"]),
    dict(file="satpolpp_realisasi_fisik_keuangan_2025.xlsx", opd="SATPOLPP", fy=2025, layout="xlsx_realisasi",
         doc_type="Laporan Realisasi Fisik dan Keuangan", data=D.SAT25, role="report", hier="sub", budget=True,
         include=["pkl", "patroli", "vip", "linmas", "pos", "tipiring", "sos_kebakaran"],
         over={"pkl": {"r": 140}, "tipiring": {"r": 49}, "pos": {"r": 11}}),
]


def build_rows(spec):
    """Rows as printed in this doc (values + hierarchy), sorted for hierarchical display."""
    rows = []
    data = spec["data"]
    progs = []
    for ind in data:
        if ind["prog"] not in progs:
            progs.append(ind["prog"])
    for ind in data:
        if "include" in spec and ind["key"] not in spec["include"]:
            continue
        if ind["key"] in spec.get("exclude", []):
            continue
        o = spec.get("over", {}).get(ind["key"], {})
        row = dict(key=ind["key"], name=ind["name"], unit=ind["unit"], lib=ind["lib"], mark=ind["mark"],
                   prog=ind["prog"], keg=ind["keg"], sub=ind["sub"], expl=ind["expl"])
        if spec["role"] == "plan":
            row["t"] = ind["pt"] if ind["pt"] is not None else ind["t"]
            row["r"] = None
            row["cap"] = None
            row["pagu"] = ind["pagu"] if spec.get("budget") == "pagu" else None
            row["br"] = None
            row["abs"] = None
            row["expl"] = None
        else:
            row["t"] = ind["t"]
            row["r"] = o.get("r", ind["r"])
            row["cap"] = o.get("cap", ach(row["t"], row["r"], ind["lib"]))
            if spec.get("budget") is True and ind["pagu"] is not None:
                row["pagu"], row["br"] = ind["pagu"], ind["br"]
                row["abs"] = round(ind["br"] / ind["pagu"] * 100, 2)
            else:
                row["pagu"] = row["br"] = row["abs"] = None
        rows.append(row)
    rows.sort(key=lambda r: (progs.index(r["prog"]), r["keg"] is not None, r["keg"] or "", r["sub"] or ""))
    return rows


def dec_of(row, v):
    return 0 if isinstance(v, int) else 2


def label_of(spec, row, page):
    h = spec["hier"]
    return dict(file=spec["file"], page=page, opd=spec["opd"], fiscal_year=spec["fy"],
                programme=row["prog"] if h in ("full", "prog") else None,
                kegiatan=row["keg"] if h == "full" else None,
                sub_kegiatan=row["sub"] if h in ("full", "sub") else None,
                indicator=row["name"], unit=row["unit"], target=row["t"], realisation=row["r"],
                achievement_pct=row["cap"], lower_is_better=row["lib"], pagu=row["pagu"],
                budget_realisation=row["br"], absorption_pct=row["abs"])


def lib_tag(row, style):
    if not row["lib"] or row["mark"] is None:
        return ""
    if row["mark"] == "arrow":
        return " (↓)" if style == "uni" else " (-)"
    return " *)"


# ------------------------------------------------------------------ PDF helpers
class PdfWriter:
    def __init__(self, path, pagesize, header):
        self.c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
        self.c.setTitle(header)
        self.W, self.H = pagesize
        self.header = header
        self.page = 1
        self.m = 40
        self.y = self.H - self.m
        self._head()

    def _head(self):
        c = self.c
        c.setFont("DV", 7)
        c.drawString(self.m, self.H - 22, self.header)
        c.drawRightString(self.W - self.m, 20, f"- {self.page} -")
        self.y = self.H - self.m - 10

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self._head()

    def ensure(self, h):
        if self.y - h < self.m + 10:
            self.new_page()
            return True
        return False

    def para(self, text, font="DV", size=9.5, leading=13, indent=0, center=False, space=6):
        lines = simpleSplit(text, font, size, self.W - 2 * self.m - indent)
        self.ensure(len(lines) * leading)
        self.c.setFont(font, size)
        for ln in lines:
            if center:
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            else:
                self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= leading
        self.y -= space
        return self.page

    def table(self, cols, items, size=7.5):
        """cols: [(header, width, align)]; items: ('group', text) | ('row', cells, payload). Returns payload->page."""
        c = self.c
        lead = size + 2.2
        widths = [w for _, w, _ in cols]
        x0 = self.m
        pages = {}

        def draw_header():
            hl = [simpleSplit(h, "DVB", size, w - 4) for h, w, _ in cols]
            hh = max(len(x) for x in hl) * lead + 6
            c.setFillGray(0.88)
            c.rect(x0, self.y - hh, sum(widths), hh, fill=1, stroke=1)
            c.setFillGray(0)
            x = x0
            c.setFont("DVB", size)
            for (h, w, _), lines in zip(cols, hl):
                c.line(x, self.y, x, self.y - hh)
                for i, ln in enumerate(lines):
                    c.drawCentredString(x + w / 2, self.y - 3 - size - i * lead, ln)
                x += w
            c.line(x, self.y, x, self.y - hh)
            self.y -= hh

        self.ensure(60)
        draw_header()
        for it in items:
            if it[0] == "group":
                lines = simpleSplit(it[1], "DVB", size, sum(widths) - 8)
                h = len(lines) * lead + 5
                if self.ensure(h + lead):
                    draw_header()
                c.setFillGray(0.95)
                c.rect(x0, self.y - h, sum(widths), h, fill=1, stroke=1)
                c.setFillGray(0)
                c.setFont("DVB", size)
                for i, ln in enumerate(lines):
                    c.drawString(x0 + 4, self.y - 3 - size - i * lead, ln)
                self.y -= h
                continue
            cells = it[1]
            wl = [simpleSplit(str(v), "DV", size, w - 5) or [""] for v, w in zip(cells, widths)]
            h = max(len(x) for x in wl) * lead + 5
            if self.ensure(h):
                draw_header()
            c.rect(x0, self.y - h, sum(widths), h, fill=0, stroke=1)
            x = x0
            c.setFont("DV", size)
            for (hd, w, al), lines in zip(cols, wl):
                c.line(x, self.y, x, self.y - h)
                for i, ln in enumerate(lines):
                    yy = self.y - 3 - size - i * lead
                    if al == "r":
                        c.drawRightString(x + w - 3, yy, ln)
                    elif al == "c":
                        c.drawCentredString(x + w / 2, yy, ln)
                    else:
                        c.drawString(x + 3, yy, ln)
                x += w
            if it[2] is not None:
                pages[id(it[2])] = self.page
            self.y -= h
        self.y -= 10
        return pages

    def save(self):
        self.c.showPage()
        self.c.save()
        return self.page


def hier_items(rows, hier, numbered=True, cells_fn=None, group_fmt=None):
    items = []
    cur = (object(), object(), object())
    n = 0
    gf = group_fmt or {"prog": lambda p: p.upper(), "keg": lambda k: "Kegiatan: " + k, "sub": lambda s: "Sub Kegiatan: " + s,
                       "sas": "SASARAN STRATEGIS"}
    for r in rows:
        if hier in ("full", "prog") and r["prog"] != cur[0]:
            items.append(("group", gf["sas"] if r["prog"] is None else gf["prog"](r["prog"])))
            cur = (r["prog"], None, None)
        if hier == "full" and r["keg"] and r["keg"] != cur[1]:
            items.append(("group", gf["keg"](r["keg"])))
            cur = (cur[0], r["keg"], None)
        if hier == "full" and r["sub"] and r["sub"] != cur[2]:
            items.append(("group", gf["sub"](r["sub"])))
            cur = (cur[0], cur[1], r["sub"])
        n += 1
        items.append(("row", cells_fn(n, r), r))
    return items


# ------------------------------------------------------------------ renderers
def render_pdf_table(spec, rows):
    path = os.path.join(DOCS, spec["file"])
    opd = OPD_NAMES[spec["opd"]]
    fy = spec["fy"]
    f = spec["file"]
    if f == "dkcs_lkjip_2025.pdf":
        pw = PdfWriter(path, landscape(A4), f"LKjIP {opd} Tahun {fy}")
        pw.para("BAB III", "DVB", 12, center=True, space=2)
        pw.para("AKUNTABILITAS KINERJA", "DVB", 12, center=True)
        pw.para(f"3.1 Capaian Kinerja Organisasi. Pengukuran kinerja {opd} dilakukan dengan membandingkan target "
                f"dan realisasi indikator kinerja sebagaimana tercantum dalam Perjanjian Kinerja Tahun {fy}. Untuk indikator "
                "bertanda (↓) berlaku ketentuan semakin kecil realisasi semakin baik, sehingga capaian dihitung dengan rumus "
                "target dibagi realisasi dikali 100%.")
        pw.para(f"Tabel 3.1 Pengukuran Kinerja dan Realisasi Anggaran Tahun {fy}", "DVB", 9.5)
        cols = [("No", 24, "c"), ("Indikator Kinerja", 230, "l"), ("Satuan", 50, "c"), ("Target", 58, "r"),
                ("Realisasi", 58, "r"), ("Capaian (%)", 50, "r"), ("Pagu (Rp)", 90, "r"),
                ("Realisasi Anggaran (Rp)", 90, "r"), ("Serapan (%)", 50, "r")]

        def cf(n, r):
            return [str(n), r["name"] + lib_tag(r, "uni"), r["unit"], fmt(r["t"]), fmt(r["r"]), fmt(r["cap"]),
                    fmt(r["pagu"]) if r["pagu"] else "", fmt(r["br"]) if r["br"] else "", fmt(r["abs"]) if r["abs"] else ""]
        pages = pw.table(cols, hier_items(rows, "full", cells_fn=cf))
        pw.para("Keterangan: (↓) indikator dengan polaritas negatif; tanda - pada kolom target berarti indikator tidak "
                "ditargetkan dalam dokumen perencanaan.", size=8)
        for r in rows:
            if r["expl"]:
                spec.setdefault("expl_page", {})[r["key"]] = pw.para("Catatan perubahan target: " + r["expl"], size=9)
        pw.para("Secara umum capaian kinerja Dinas pada tahun ini berkategori sangat baik.")
    elif f == "satpolpp_lkjip_2025.pdf":
        pw = PdfWriter(path, A4, f"Laporan Kinerja Instansi Pemerintah (LKjIP) {opd} {fy}")
        pw.para(f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {fy}", "DVB", 12, center=True, space=2)
        pw.para(opd.upper(), "DVB", 11, center=True)
        for i in range(4):
            pw.para("Satuan Polisi Pamong Praja mempunyai tugas menegakkan Peraturan Daerah dan Peraturan Kepala Daerah, "
                    "menyelenggarakan ketertiban umum dan ketenteraman, serta menyelenggarakan pelindungan masyarakat. "
                    "Sejak penggabungan urusan kebakaran, Satpol PP juga melaksanakan urusan pencegahan dan penanggulangan "
                    "kebakaran. Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan Perjanjian Kinerja "
                    "yang telah ditandatangani pada awal tahun anggaran.")
        pw.para("B. Capaian Kinerja", "DVB", 10)
        pw.para("Tabel 3.2 Perbandingan Target dan Realisasi Kinerja", "DVB", 9)
        cols = [("No", 22, "c"), ("Sasaran / Program / Kegiatan / Indikator Kinerja", 215, "l"), ("Satuan", 45, "c"),
                ("Target 2025", 52, "r"), ("Realisasi 2025", 52, "r"), ("% Capaian", 48, "r"), ("Ket.", 81, "l")]

        def cf(n, r):
            ket = "semakin kecil semakin baik" if r["lib"] and r["mark"] else ""
            if r["t"] is None:
                ket = "tidak ada target"
            return [f"{n}.", r["name"], r["unit"], fmt(r["t"]), fmt(r["r"]), fmt(r["cap"]) if r["cap"] is not None else "-", ket]
        gf = {"prog": lambda p: p, "keg": lambda k: "   " + k, "sub": lambda s: "      " + s, "sas": "Sasaran: Meningkatnya ketenteraman dan ketertiban umum"}
        pages = pw.table(cols, hier_items(rows, "full", cells_fn=cf, group_fmt=gf), size=7.2)
        pw.para("Dari tabel di atas, sebagian besar indikator telah memenuhi target. Indikator yang belum mencapai target "
                "akan menjadi perhatian pada tahun berikutnya.")
    elif f == "bpbd_renja_2025.pdf":
        pw = PdfWriter(path, landscape(A4), f"Rencana Kerja (Renja) {opd} Tahun {fy}")
        pw.para(f"RENCANA KERJA PERANGKAT DAERAH TAHUN {fy}", "DVB", 12, center=True, space=2)
        pw.para(opd.upper(), "DVB", 11, center=True)
        pw.para("Tabel 4.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025", "DVB", 9)
        cols = [("Kode", 70, "l"), ("Urusan / Program / Kegiatan / Sub Kegiatan", 200, "l"), ("Indikator Kinerja", 220, "l"),
                ("Target Kinerja", 60, "r"), ("Satuan", 60, "c"), ("Pagu Indikatif (Rp)", 100, "r"), ("Sumber Dana", 50, "c")]
        codes = {}

        def cf(n, r):
            code = "1.05.03.2." + f"{n:02d}"
            return [code, r["sub"] or r["prog"] or "Sasaran", r["name"], fmt(r["t"]), r["unit"],
                    fmt(r["pagu"]) if r["pagu"] else "", "APBD" if r["pagu"] else ""]
        pages = pw.table(cols, hier_items(rows, "full", cells_fn=cf), size=7.2)
    elif f in ("dkp_perjanjian_kinerja_2025.pdf", "dkp_lkjip_2024.pdf"):
        plan = spec["role"] == "plan"
        title = "PERJANJIAN KINERJA" if plan else "LAPORAN KINERJA INSTANSI PEMERINTAH"
        pw = PdfWriter(path, A4 if plan else landscape(A4), f"{title} {opd} {fy}")
        pw.para(f"{title} TAHUN {fy}", "DVB", 12, center=True, space=2)
        pw.para(opd.upper(), "DVB", 11, center=True)
        if plan:
            pw.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi "
                    "pada hasil, kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja tahunan "
                    "sesuai lampiran perjanjian ini.")
            cols = [("Indikator Kinerja", 250, "l"), ("Target", 60, "r"), ("Satuan", 70, "c"), ("Penanggung Jawab", 135, "l")]

            def cf(n, r):
                return [r["name"] + lib_tag(r, "uni"), fmt(r["t"]), r["unit"], "Kepala Dinas" if r["prog"] is None else "Kepala Bidang"]
        else:
            pw.para("Tabel 3.1 Capaian Indikator Kinerja dan Anggaran Tahun 2024", "DVB", 9)
            cols = [("Indikator Kinerja", 230, "l"), ("Target", 55, "r"), ("Satuan", 55, "c"), ("Realisasi", 55, "r"),
                    ("Tingkat Capaian", 55, "r"), ("Anggaran", 90, "r"), ("Realisasi Anggaran", 90, "r"), ("%", 40, "r")]

            def cf(n, r):
                return [r["name"] + lib_tag(r, "uni"), fmt(r["t"]), r["unit"], fmt(r["r"]),
                        (fmt(r["cap"]) + "%") if r["cap"] is not None else "-",
                        fmt(r["pagu"]) if r["pagu"] else "", fmt(r["br"]) if r["br"] else "", fmt(r["abs"]) if r["abs"] else ""]
        gf = {"prog": lambda p: "Program: " + p, "keg": lambda k: "Kegiatan: " + k, "sub": lambda s: "Sub Kegiatan: " + s,
              "sas": "Sasaran Strategis: Meningkatnya ketahanan pangan masyarakat"}
        pages = pw.table(cols, hier_items(rows, spec["hier"], cells_fn=cf, group_fmt=gf), size=7.5)
        pw.para("*) Indikator dengan polaritas negatif (semakin rendah semakin baik).", size=8)
        if plan:
            pw.para("Samarinda, 2 Januari 2025", space=40)
            pw.para("Kepala Dinas Ketahanan Pangan                                   Wali Kota Samarinda")
    else:
        raise ValueError(f)
    n = pw.save()
    return n, {id(r): pages[id(r)] for r in rows}


def render_prose(spec, rows):
    path = os.path.join(DOCS, spec["file"])
    opd = OPD_NAMES[spec["opd"]]
    pw = PdfWriter(path, A4, f"Laporan Kinerja {opd} Tahun 2025")
    pw.para("LAPORAN KINERJA TAHUN 2025", "DVB", 13, center=True, space=2)
    pw.para(opd.upper(), "DVB", 11, center=True, space=14)
    pw.para("BAB III CAPAIAN KINERJA", "DVB", 11)
    pw.para("Bab ini menguraikan capaian setiap indikator kinerja dibandingkan dengan target yang ditetapkan dalam "
            "Rencana Kerja (Renja) Tahun 2025. Indikator yang bersifat negatif, yaitu indikator yang semakin kecil "
            "realisasinya semakin baik, dihitung capaiannya dengan membandingkan target terhadap realisasi.")
    pages = {}
    cur = object()
    templates = [
        "Realisasi indikator {n} tahun 2025 sebesar {r}{u} dari target {t}{u}, sehingga capaian kinerja indikator ini adalah {c}%.",
        "Untuk indikator {n}, target yang ditetapkan sebesar {t}{u} dan berhasil direalisasikan sebesar {r}{u} atau {c} persen dari target.",
        "Indikator {n} ditargetkan {t}{u} pada tahun 2025. Sampai dengan akhir tahun, realisasinya mencapai {r}{u}, dengan tingkat capaian {c}%.",
    ]
    for i, r in enumerate(rows):
        if r["prog"] != cur:
            cur = r["prog"]
            pw.para("3.1 Sasaran Strategis" if cur is None else cur, "DVB", 10, space=4)
        u = "" if r["unit"] == "%" else " " + r["unit"]
        if r["unit"] == "%":
            u = "%"
        if r["unit"] == "Rp":
            t, rr = "Rp" + fmt(r["t"]), "Rp" + fmt(r["r"])
            txt = (f"Nilai realisasi investasi PMA dan PMDN sepanjang tahun 2025 tercatat sebesar {rr}, melampaui target "
                   f"sebesar {t}. Dengan demikian capaian indikator {r['name']} adalah {fmt(r['cap'])}%.")
        elif r["t"] is None:
            txt = (f"Selain itu, dinas mencatat indikator {r['name']} dengan realisasi tahun 2025 sebanyak {fmt(r['r'])} "
                   f"{r['unit']}. Indikator ini tidak memiliki target pada tahun berjalan sehingga capaiannya tidak dapat diukur.")
        else:
            txt = templates[i % 3].format(n=r["name"], t=fmt(r["t"]), r=fmt(r["r"]), c=fmt(r["cap"]), u=u)
            if r["lib"] and r["mark"] == "note":
                txt += " Indikator ini merupakan indikator negatif (semakin kecil semakin baik)."
        pages[id(r)] = pw.para(txt)
    pw.para("Secara keseluruhan kinerja Dinas pada tahun 2025 dapat dikategorikan baik. Kendala utama adalah keterbatasan "
            "jaringan sistem OSS-RBA pada triwulan II dan jumlah pelaku usaha yang belum memahami kewajiban pelaporan.")
    return pw.save(), pages


# ------------------------------------------------------------------ zip normalisation (xlsx/docx)
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in items:
            if name == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-15T08:00:00Z", b)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


def render_xlsx(spec, rows):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    path = os.path.join(DOCS, spec["file"])
    wb = Workbook()
    wb.properties.creator = "SIPD export"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    pages = {}
    rnd = random.Random(spec["file"])
    f = spec["file"]

    def txt_or_num(v, force=None):
        if v is None:
            return "-"
        as_text = rnd.random() < 0.35 if force is None else force
        return fmt(v) if as_text else v

    if f == "dkp_lkjip_2025.xlsx":
        ws.title = "Capaian Kinerja"
        ws["A1"] = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025"
        ws["A2"] = OPD_NAMES[spec["opd"]].upper()
        ws.merge_cells("A1:J1"); ws.merge_cells("A2:J2")
        ws["A1"].font = ws["A2"].font = bold
        hdr1 = ["No", "Sasaran / Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Kinerja", None, None,
                "Anggaran (Rp)", None, None]
        hdr2 = [None, None, None, None, "Target", "Realisasi", "Capaian (%)", "Pagu", "Realisasi", "Serapan (%)"]
        for j, v in enumerate(hdr1):
            ws.cell(4, j + 1, v)
        for j, v in enumerate(hdr2):
            if v:
                ws.cell(5, j + 1, v)
        for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:J4"):
            ws.merge_cells(rng)
        rr = 6
        for j in range(1, 11):
            ws.cell(rr, j, f"({j})")
        rr += 1
        cur = (object(), object(), object())
        n = 0
        for r in rows:
            labels = []
            if r["prog"] != cur[0]:
                labels.append("SASARAN STRATEGIS" if r["prog"] is None else r["prog"].upper())
                cur = (r["prog"], None, None)
            if r["keg"] and r["keg"] != cur[1]:
                labels.append("Kegiatan " + r["keg"]); cur = (cur[0], r["keg"], None)
            if r["sub"] and r["sub"] != cur[2]:
                labels.append("Sub Kegiatan " + r["sub"]); cur = (cur[0], cur[1], r["sub"])
            for lab in labels:
                ws.cell(rr, 2, lab).font = bold
                rr += 1
            n += 1
            name = r["name"] + (" *)" if r["lib"] and r["mark"] else "")
            vals = [n, None, name, r["unit"], txt_or_num(r["t"]), txt_or_num(r["r"]),
                    txt_or_num(r["cap"]) if r["cap"] is not None else "-",
                    txt_or_num(r["pagu"]) if r["pagu"] else None, txt_or_num(r["br"]) if r["br"] else None,
                    txt_or_num(r["abs"]) if r["abs"] else None]
            for j, v in enumerate(vals):
                if v is not None:
                    ws.cell(rr, j + 1, v)
            pages[id(r)] = 1
            rr += 1
        ws.cell(rr + 1, 2, "*) indikator negatif: semakin kecil realisasi semakin baik")
        for row in ws.iter_rows(min_row=4, max_row=rr - 1, max_col=10):
            for c in row:
                c.border = bd
        widths = [5, 42, 48, 11, 11, 11, 11, 16, 16, 10]
        ws2 = wb.create_sheet("Catatan")
        ws2["A1"] = "Catatan atas Laporan Kinerja"
        ws2["A3"] = ("Capaian indikator dihitung dari realisasi dibagi target dikali 100%, kecuali indikator negatif. "
                     "Data realisasi anggaran bersumber dari SIPD per 31 Desember 2025 (belum diaudit).")
        ws2.column_dimensions["A"].width = 120
    elif f == "dpmptsp_renja_2025.xlsx":
        ws.title = "Renja 2025"
        ws["A1"] = "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025"
        ws["A2"] = OPD_NAMES[spec["opd"]]
        ws["A3"] = "Rumusan Rencana Program dan Kegiatan"
        for c in ("A1", "A2"):
            ws[c].font = bold
        hdr1 = ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Rencana Tahun 2025", None,
                None, "Prakiraan Maju 2026", None]
        hdr2 = [None, None, None, "Target Capaian Kinerja", "Satuan", "Pagu Indikatif (Rp)", "Target", "Pagu (Rp)"]
        for j, v in enumerate(hdr1):
            ws.cell(5, j + 1, v)
        for j, v in enumerate(hdr2):
            if v:
                ws.cell(6, j + 1, v)
        for rng in ("A5:A6", "B5:B6", "C5:C6", "D5:F5", "G5:H5"):
            ws.merge_cells(rng)
        rr = 7
        cur = (object(), object(), object())
        pc = 0
        for r in rows:
            if r["prog"] != cur[0]:
                pc += 1
                ws.cell(rr, 1, f"2.18.{pc:02d}")
                ws.cell(rr, 2, "Sasaran Daerah" if r["prog"] is None else r["prog"]).font = bold
                cur = (r["prog"], None, None)
                rr += 1
            if r["keg"] and r["keg"] != cur[1]:
                ws.cell(rr, 1, f"2.18.{pc:02d}.2.01")
                ws.cell(rr, 2, r["keg"]); cur = (cur[0], r["keg"], None); rr += 1
            if r["sub"] and r["sub"] != cur[2]:
                ws.cell(rr, 1, f"2.18.{pc:02d}.2.01.00{rr % 9 + 1}")
                ws.cell(rr, 2, r["sub"]); cur = (cur[0], cur[1], r["sub"]); rr += 1
            ws.cell(rr, 3, r["name"] + (" (negatif)" if r["lib"] and r["mark"] else ""))
            ws.cell(rr, 4, txt_or_num(r["t"]))
            ws.cell(rr, 5, r["unit"])
            if r["pagu"]:
                ws.cell(rr, 6, txt_or_num(r["pagu"]))
            ws.cell(rr, 7, "-")
            pages[id(r)] = 1
            rr += 1
        widths = [18, 48, 50, 14, 12, 18, 12, 14]
    elif f == "satpolpp_realisasi_fisik_keuangan_2025.xlsx":
        ws.title = "Rekap"
        ws["A1"] = "REKAP PROGRAM/KEGIATAN"
        ws["A3"] = "lihat sheet 'TW IV' untuk realisasi s.d. 31 Desember 2025"
        ws3 = wb.create_sheet("TW IV")
        ws3["A1"] = "LAPORAN REALISASI FISIK DAN KEUANGAN"
        ws3["A2"] = "SATUAN POLISI PAMONG PRAJA KOTA SAMARINDA - TAHUN ANGGARAN 2025 (s.d. TRIWULAN IV)"
        hdr1 = ["No", "Kode Rekening", "Sub Kegiatan", "Indikator Keluaran (Output)", "Kinerja Fisik", None, None, None,
                "Keuangan", None, None]
        hdr2 = [None, None, None, None, "Target", "Satuan", "Realisasi", "Capaian (%)", "Pagu (Rp)",
                "Realisasi (Rp)", "% Serapan"]
        for j, v in enumerate(hdr1):
            ws3.cell(4, j + 1, v)
        for j, v in enumerate(hdr2):
            if v:
                ws3.cell(5, j + 1, v)
        for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:H4", "I4:K4"):
            ws3.merge_cells(rng)
        rr = 6
        for n, r in enumerate(rows, 1):
            vals = [n, f"1.05.02.2.0{n % 3 + 1}.000{n}", r["sub"], r["name"], txt_or_num(r["t"]), r["unit"],
                    txt_or_num(r["r"]), txt_or_num(r["cap"]) if r["cap"] is not None else "-",
                    txt_or_num(r["pagu"]), txt_or_num(r["br"]), txt_or_num(r["abs"])]
            for j, v in enumerate(vals):
                ws3.cell(rr, j + 1, v)
            pages[id(r)] = 2
            rr += 1
        ws3.cell(rr, 3, "JUMLAH")
        ws3.cell(rr, 9, sum(r["pagu"] for r in rows))
        ws3.cell(rr, 10, sum(r["br"] for r in rows))
        for row in ws3.iter_rows(min_row=4, max_row=rr, max_col=11):
            for c in row:
                c.border = bd
        for j, w in enumerate([5, 20, 40, 45, 10, 10, 10, 10, 16, 16, 10]):
            ws3.column_dimensions[chr(65 + j)].width = w
        widths = [60]
    else:
        raise ValueError(f)
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)
    normalize_zip(path)
    return len(wb.worksheets), pages


def render_docx(spec, rows):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    path = os.path.join(DOCS, spec["file"])
    doc = Document()
    cp = doc.core_properties
    cp.author = "Subbag Perencanaan"
    cp.created = cp.modified = cp.last_printed = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    opd = OPD_NAMES[spec["opd"]]
    pages = {}

    def table(header, rws, widths=None):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            t.rows[0].cells[j].text = h
            for p in t.rows[0].cells[j].paragraphs:
                for run in p.runs:
                    run.bold = True
        for cells in rws:
            row = t.add_row()
            if isinstance(cells, str):
                m = row.cells[0].merge(row.cells[-1])
                m.text = cells
                m.paragraphs[0].runs[0].bold = True
            else:
                for j, v in enumerate(cells):
                    row.cells[j].text = v
        return t

    if spec["role"] == "plan":
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("PERJANJIAN KINERJA TAHUN 2025").bold = True
        doc.add_paragraph(opd.upper()).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
                          "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
        doc.add_paragraph("Nama\t: ............................\nJabatan\t: Kepala Dinas Kependudukan dan Pencatatan Sipil")
        doc.add_paragraph("selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
                          "lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
                          "ditetapkan dalam dokumen perencanaan.")
        doc.add_page_break()
        doc.add_paragraph("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").runs[0].bold = True
        half = 7
        hdr = ["No", "Indikator Kinerja", "Satuan", "Target 2025"]
        table(hdr, [[str(i + 1), r["name"] + lib_tag(r, "ascii"), r["unit"], fmt(r["t"])] for i, r in enumerate(rows[:half])])
        for r in rows[:half]:
            pages[id(r)] = 2
        doc.add_paragraph("(bersambung)")
        doc.add_page_break()
        table(hdr, [[str(i + 1 + half), r["name"] + lib_tag(r, "ascii"), r["unit"], fmt(r["t"])] for i, r in enumerate(rows[half:])])
        for r in rows[half:]:
            pages[id(r)] = 3
        doc.add_paragraph("(-) indikator negatif.")
        doc.add_paragraph("Samarinda, 6 Januari 2025\nPihak Kedua, Wali Kota Samarinda            Pihak Pertama, Kepala Dinas")
        nseg = 3
    else:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("LAPORAN KINERJA TAHUN 2025").bold = True
        doc.add_paragraph(opd.upper()).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("BAB I PENDAHULUAN").runs[0].bold = True
        doc.add_paragraph("Kota Samarinda memiliki tingkat risiko bencana banjir, tanah longsor, dan kebakaran permukiman yang "
                          "tinggi. BPBD menyusun laporan ini sebagai bentuk pertanggungjawaban pelaksanaan Renja Tahun 2025 "
                          "dan Perjanjian Kinerja Kepala Pelaksana BPBD.")
        doc.add_page_break()
        doc.add_paragraph("BAB III AKUNTABILITAS KINERJA").runs[0].bold = True
        doc.add_paragraph("Tabel 3.1 Capaian Indikator Sasaran dan Program")
        top = [r for r in rows if r["keg"] is None]
        low = [r for r in rows if r["keg"] is not None]
        hdr = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        rws, cur, n = [], object(), 0
        for r in top:
            if r["prog"] != cur:
                cur = r["prog"]
                rws.append("Sasaran: Menurunnya risiko bencana di Kota Samarinda" if cur is None else cur)
            n += 1
            rws.append([str(n), r["name"] + lib_tag(r, "uni"), r["unit"], fmt(r["t"]), fmt(r["r"]),
                        fmt(r["cap"]) if r["cap"] is not None else "-"])
            pages[id(r)] = 2
        table(hdr, rws)
        doc.add_paragraph("Keterangan: (↓) semakin kecil semakin baik.")
        for r in rows:
            if r["expl"]:
                doc.add_paragraph(r["expl"])
                spec.setdefault("expl_page", {})[r["key"]] = 2
        doc.add_page_break()
        doc.add_paragraph("Tabel 3.2 Capaian Indikator Keluaran Kegiatan dan Sub Kegiatan")
        rws, cur = [], (object(), object())
        hdr2 = ["No", "Indikator Keluaran", "Target", "Realisasi", "Satuan", "Capaian (%)"]
        for r in low:
            if r["keg"] != cur[0]:
                rws.append("Kegiatan: " + r["keg"]); cur = (r["keg"], None)
            if r["sub"] != cur[1]:
                rws.append("Sub Kegiatan: " + r["sub"]); cur = (cur[0], r["sub"])
            n += 1
            rws.append([str(n), r["name"], fmt(r["t"]), fmt(r["r"]), r["unit"], fmt(r["cap"]) if r["cap"] is not None else "-"])
            pages[id(r)] = 3
        table(hdr2, rws)
        doc.add_paragraph("Indikator yang tidak memiliki target (tanda -) merupakan indikator tambahan yang dicatat untuk "
                          "kebutuhan evaluasi.")
        nseg = 3
    doc.save(path)
    normalize_zip(path)
    return nseg, pages


# ------------------------------------------------------------------ scans
class ScanPage:
    def __init__(self, w=1654, h=2339):
        self.img = Image.new("L", (w, h), 255)
        self.d = ImageDraw.Draw(self.img)
        self.W, self.H = w, h
        self.y = 120
        self.lines = []
        self.f = ImageFont.truetype(FONT, 25)
        self.fb = ImageFont.truetype(FONTB, 27)
        self.fs = ImageFont.truetype(FONTS, 26)

    def text(self, s, bold=False, center=False, x=110, font=None):
        f = font or (self.fb if bold else self.fs)
        lines = wrap(s, f, self.W - 2 * x)
        for ln in lines:
            if center:
                self.d.text(((self.W - f.getlength(ln)) / 2, self.y), ln, font=f, fill=0)
            else:
                self.d.text((x, self.y), ln, font=f, fill=0)
            self.y += int(f.size * 1.45)
        self.lines.append(s)
        self.y += 10

    def table(self, widths, header, rows, x=90, aligns=None):
        f = self.f
        lh = int(f.size * 1.35)
        aligns = aligns or ["l"] * len(widths)

        def draw_row(cells, bold=False, shade=False):
            fnt = ImageFont.truetype(FONTB, 23) if bold else f
            if isinstance(cells, str):
                wl = [wrap(cells, fnt, sum(widths) - 16)]
                ws_ = [sum(widths)]
                al = ["l"]
            else:
                wl = [wrap(c, fnt, w - 14) for c, w in zip(cells, widths)]
                ws_ = widths
                al = aligns if not bold else ["c"] * len(widths)
            h = max(len(x_) for x_ in wl) * lh + 14
            self.d.rectangle([x, self.y, x + sum(widths), self.y + h], outline=0, width=2)
            xx = x
            for lines, w, a in zip(wl, ws_, al):
                self.d.line([xx, self.y, xx, self.y + h], fill=0, width=2)
                for i, ln in enumerate(lines):
                    if a == "r":
                        tx = xx + w - 8 - fnt.getlength(ln)
                    elif a == "c":
                        tx = xx + (w - fnt.getlength(ln)) / 2
                    else:
                        tx = xx + 7
                    self.d.text((tx, self.y + 7 + i * lh), ln, font=fnt, fill=0)
                xx += w
            self.y += h
            self.lines.append(cells if isinstance(cells, str) else " | ".join(cells))

        draw_row(header, bold=True)
        for r in rows:
            draw_row(r)
        self.y += 20

    def finish(self, seed, angle):
        rng = np.random.default_rng(seed)
        img = self.img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(img).astype(np.int16)
        a = a - 18 + rng.normal(0, 12, a.shape).astype(np.int16)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = rng.integers(0, 120, speck.sum())
        grad = np.linspace(0, 22, a.shape[1])[None, :]
        a = np.clip(a - grad, 0, 255).astype(np.uint8)
        return Image.fromarray(a, "L")


def wrap(s, f, width):
    words = s.split(" ")
    out, cur = [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w_
    out.append(cur)
    return out


def render_scan(spec, rows):
    f = spec["file"]
    opd = OPD_NAMES[spec["opd"]]
    pages_img, pages = [], {}
    if f == "dkcs_lkjip_2024_scan.pdf":
        p1 = ScanPage()
        p1.text("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", bold=True, center=True)
        p1.text(opd.upper(), bold=True, center=True)
        p1.text("BAB III. AKUNTABILITAS KINERJA")
        p1.text("Pengukuran capaian kinerja tahun 2024 dilakukan dengan membandingkan realisasi terhadap target "
                "indikator kinerja dalam Perjanjian Kinerja Tahun 2024. Indikator bertanda (-) adalah indikator negatif.")
        widths = [70, 700, 150, 170, 170, 200]
        hdr = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        al = ["c", "l", "c", "r", "r", "r"]

        def cells(n, r):
            return [str(n), r["name"] + lib_tag(r, "ascii"), r["unit"], fmt(r["t"]), fmt(r["r"]),
                    fmt(r["cap"]) if r["cap"] is not None else "-"]
        split = 8
        p1.table(widths, hdr, [cells(i + 1, r) for i, r in enumerate(rows[:split])], aligns=al)
        for r in rows[:split]:
            pages[id(r)] = 1
        p2 = ScanPage()
        p2.text("Tabel 3.1 (lanjutan)")
        p2.table(widths, hdr, [cells(i + 1 + split, r) for i, r in enumerate(rows[split:])], aligns=al)
        for r in rows[split:]:
            pages[id(r)] = 2
        p2.text("Indikator jumlah KTP-el rusak yang diganti tidak ditetapkan targetnya karena bergantung pada permohonan masyarakat.")
        p2.text("Samarinda, 20 Februari 2025")
        p2.text("Kepala Dinas Kependudukan dan Pencatatan Sipil")
        pages_img = [(p1, 0.9), (p2, -0.7)]
    elif f == "bpbd_realisasi_fisik_keuangan_2025_scan.pdf":
        W, H = 2339, 1654
        widths = [60, 430, 450, 110, 120, 130, 130, 250, 250, 140]
        hdr = ["No", "Sub Kegiatan", "Indikator Keluaran", "Target", "Satuan", "Realisasi", "Capaian (%)", "Pagu (Rp)",
               "Realisasi Keuangan (Rp)", "Serapan (%)"]
        al = ["c", "l", "l", "r", "c", "r", "r", "r", "r", "r"]

        def cells(n, r):
            return [str(n), r["sub"], r["name"], fmt(r["t"]), r["unit"], fmt(r["r"]),
                    fmt(r["cap"]) if r["cap"] is not None else "-", fmt(r["pagu"]), fmt(r["br"]), fmt(r["abs"])]
        p1 = ScanPage(W, H)
        p1.text("LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN ANGGARAN 2025", bold=True, center=True)
        p1.text(opd.upper() + " - POSISI 31 DESEMBER 2025", bold=True, center=True)
        split = 4
        p1.table(widths, hdr, [cells(i + 1, r) for i, r in enumerate(rows[:split])], x=60, aligns=al)
        for r in rows[:split]:
            pages[id(r)] = 1
        p2 = ScanPage(W, H)
        p2.table(widths, hdr, [cells(i + 1 + split, r) for i, r in enumerate(rows[split:])], x=60, aligns=al)
        for r in rows[split:]:
            pages[id(r)] = 2
        p2.text("Mengetahui, Kepala Pelaksana BPBD Kota Samarinda                 Bendahara Pengeluaran")
        pages_img = [(p1, -1.1), (p2, 0.6)]
    elif f == "dpmptsp_realisasi_fisik_keuangan_tw4_2025.jpg":
        W, H = 2339, 1654
        p = ScanPage(W, H)
        p.text("LAPORAN REALISASI FISIK DAN KEUANGAN TRIWULAN IV TAHUN 2025", bold=True, center=True)
        p.text(opd.upper(), bold=True, center=True)
        widths = [60, 470, 420, 110, 150, 120, 130, 250, 250, 130]
        hdr = ["No", "Sub Kegiatan", "Indikator Keluaran", "Target", "Satuan", "Realisasi", "Capaian (%)", "Pagu (Rp)",
               "Realisasi Keuangan (Rp)", "% Keu."]
        al = ["c", "l", "l", "r", "c", "r", "r", "r", "r", "r"]
        p.table(widths, hdr, [[str(i + 1), r["sub"], r["name"], fmt(r["t"]), r["unit"], fmt(r["r"]),
                               fmt(r["cap"]) if r["cap"] is not None else "-", fmt(r["pagu"]), fmt(r["br"]), fmt(r["abs"])]
                              for i, r in enumerate(rows)], x=50, aligns=al)
        for r in rows:
            pages[id(r)] = 1
        p.text("Samarinda, 9 Januari 2026. Kepala Sub Bagian Perencanaan dan Keuangan")
        pages_img = [(p, 0.8)]
    elif f == "satpolpp_perjanjian_kinerja_2025.jpg":
        p = ScanPage()
        p.text("PERJANJIAN KINERJA TAHUN 2025", bold=True, center=True)
        p.text(opd.upper(), bold=True, center=True)
        p.text("Lampiran: Sasaran, Indikator Kinerja dan Target")
        widths = [70, 880, 200, 250]
        p.table(widths, ["No", "Indikator Kinerja", "Satuan", "Target"],
                [[str(i + 1), r["name"] + lib_tag(r, "ascii"), r["unit"], fmt(r["t"])] for i, r in enumerate(rows)],
                x=110, aligns=["c", "l", "c", "r"])
        for r in rows:
            pages[id(r)] = 1
        p.text("(-) indikator negatif, semakin kecil semakin baik.")
        p.text("Samarinda, 3 Januari 2025. Wali Kota Samarinda / Kepala Satuan Polisi Pamong Praja")
        pages_img = [(p, -1.3)]
    else:
        raise ValueError(f)
    seed = sum(map(ord, f))
    imgs = [pg.finish(seed + i, ang) for i, (pg, ang) in enumerate(pages_img)]
    for i, (pg, _) in enumerate(pages_img):
        with open(os.path.join(TRUTH, f"{f}.p{i + 1}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(pg.lines) + "\n")
    path = os.path.join(DOCS, f)
    if f.endswith(".jpg"):
        imgs[0].save(path, "JPEG", quality=55, dpi=(200, 200))
    else:
        imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:], quality=55,
                     title="scan", creationDate=time.gmtime(1768464000), modDate=time.gmtime(1768464000))
    return len(imgs), pages


# ------------------------------------------------------------------ main
def main():
    for d in (DOCS, TRUTH):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    documents, indicators, non_findings = [], [], []
    for spec in DOCS_SPEC:
        rows = build_rows(spec)
        lay = spec["layout"]
        if lay == "scan":
            n, pages = render_scan(spec, rows)
        elif lay == "pdf_prose":
            n, pages = render_prose(spec, rows)
        elif lay.startswith("pdf"):
            n, pages = render_pdf_table(spec, rows)
        elif lay.startswith("xlsx"):
            n, pages = render_xlsx(spec, rows)
        else:
            n, pages = render_docx(spec, rows)
        documents.append(dict(file=spec["file"], opd=spec["opd"], fiscal_year=spec["fy"], layout=lay, pages=n,
                              doc_type=spec["doc_type"]))
        for r in rows:
            indicators.append(label_of(spec, r, pages[id(r)]))
            if r["expl"]:
                non_findings.append(dict(type="TARGET_CHANGED", opd=spec["opd"], fiscal_year=spec["fy"], indicator=r["name"],
                                         reason="target change explained in the report", explanation=r["expl"],
                                         citations=[dict(file=spec["file"], page=p_) for p_ in
                                                    sorted({pages[id(r)], spec["expl_page"][r["key"]]})]))
    findings = derive_findings(documents, indicators, non_findings)
    out = dict(documents=documents, indicators=indicators, findings=findings, non_findings=non_findings)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(documents), "docs;", len(indicators), "indicator rows;", len(findings), "findings",
          dict(Counter(f_["type"] for f_ in findings)))


PLAN_TYPES = {"Perjanjian Kinerja", "Renja"}


def derive_findings(documents, indicators, non_findings):
    """Findings from the planted data (generator side; verify.py recomputes them its own way)."""
    dt = {d["file"]: d["doc_type"] for d in documents}
    out = []
    by = {}
    for r in indicators:
        by.setdefault((r["opd"], r["fiscal_year"], r["indicator"]), []).append(r)
    explained = {(n["opd"], n["fiscal_year"], n["indicator"]) for n in non_findings}

    def cit(rs):
        seen = []
        for r in rs:
            c = dict(file=r["file"], page=r["page"])
            if c not in seen:
                seen.append(c)
        return seen
    for (opd, fy, name), rs in by.items():
        plan = [r for r in rs if dt[r["file"]] in PLAN_TYPES]
        rep = [r for r in rs if dt[r["file"]] not in PLAN_TYPES]
        for r in rep:
            if r["achievement_pct"] is not None:
                e = ach(r["target"], r["realisation"], r["lower_is_better"])
                if abs(e - r["achievement_pct"]) > 1:
                    out.append(dict(type="ACHIEVEMENT_MISMATCH", opd=opd, fiscal_year=fy, indicator=name, citations=cit([r])))
        if len({r["realisation"] for r in rep if r["realisation"] is not None}) > 1:
            out.append(dict(type="CROSS_DOCUMENT_CONFLICT", opd=opd, fiscal_year=fy, indicator=name, citations=cit(rep)))
        over = [r for r in rs if r["pagu"] and r["budget_realisation"] and r["budget_realisation"] > r["pagu"]]
        if over:
            out.append(dict(type="ABSORPTION_OVER_100", opd=opd, fiscal_year=fy, indicator=name, citations=cit(over)))
        if not any(r["target"] is not None for r in rs) and any(r["realisation"] is not None for r in rep):
            out.append(dict(type="REALISATION_WITHOUT_TARGET", opd=opd, fiscal_year=fy, indicator=name, citations=cit(rep)))
        if plan and (opd, fy, name) not in explained:
            pt = plan[0]["target"]
            ch = [r for r in rep if r["target"] is not None and r["target"] != pt]
            if ch:
                out.append(dict(type="TARGET_CHANGED", opd=opd, fiscal_year=fy, indicator=name, citations=cit(plan + ch)))
    return out


if __name__ == "__main__":
    main()
