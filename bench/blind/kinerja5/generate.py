#!/usr/bin/env python3
"""Generate the kinerja5 blind set (deterministic, seeded).

Run:  /work/scratch/kinerja5/bin/python generate.py
Writes docs/* and labels.json next to this file.
"""
import io
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_spec import OPD, IND, DOCS, PLAN_TYPES, PLANTED  # noqa: E402

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "S": "DejaVuSans.ttf", "SB": "DejaVuSans-Bold.ttf", "SC": "DejaVuSansCondensed.ttf",
    "SCB": "DejaVuSansCondensed-Bold.ttf", "R": "DejaVuSerif.ttf", "RB": "DejaVuSerif-Bold.ttf",
    "RI": "DejaVuSerif-Italic.ttf", "SI": "DejaVuSans-Oblique.ttf",
}
for k, f in FONTS.items():
    pdfmetrics.registerFont(TTFont("F" + k, FONTDIR + f))

DOCDIR = os.path.join(HERE, "docs")


# ------------------------------------------------------------------ numbers
def parse_id(s):
    """Indonesian number string -> Decimal ("1.250" -> 1250, "78,4" -> 78.4)."""
    if s is None:
        return None
    return Decimal(s.replace(".", "").replace(",", "."))


def fmt_id(d, dec=None):
    """Decimal -> Indonesian format with thousands '.' and decimal ','."""
    if dec is None:
        t = format(d, "f")
        ip, _, fp = t.partition(".")
    else:
        q = Decimal(1).scaleb(-dec)
        t = format(d.quantize(q, rounding=ROUND_HALF_UP), "f")
        ip, _, fp = t.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = ".".join(groups)
    if fp:
        s += "," + fp
    return ("-" if neg else "") + s


def q2(d):
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def jnum(d):
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


# ------------------------------------------------------------------ rows
def master(opd, year):
    out = {}
    for t in IND[(opd, year)]:
        k, lvl, prog, keg, sub, name, unit, T, R, lib, pagu, breal = t
        out[k] = dict(key=k, lvl=lvl, prog=prog, keg=keg, sub=sub, name=name, unit=unit, T=T, R=R,
                      lib=lib, pagu=pagu, breal=breal)
    return out


def build_rows(doc):
    m = master(doc["opd"], doc["year"])
    plan = doc["doc_type"] in PLAN_TYPES
    rows = []
    for k in doc["keys"]:
        base = dict(m[k])
        ov = doc.get("over", {}).get(k, {})
        r = dict(base)
        r["T_s"] = ov.get("T", base["T"])
        r["name"] = ov.get("name", base["name"])
        if plan:
            r.update(R_s=None, ach_s=None, pagu_s=None, breal_s=None, abs_s=None)
        else:
            r["R_s"] = ov.get("R", base["R"])
            T, R = parse_id(r["T_s"]), parse_id(r["R_s"])
            if T is not None and R is not None:
                ach = (T / R * 100) if base["lib"] else (R / T * 100)
                r["ach_s"] = ov.get("ach", fmt_id(ach, doc.get("ach_dec", 2)))
            else:
                r["ach_s"] = None
            if doc.get("budget") and base["pagu"]:
                r["pagu_s"], r["breal_s"] = base["pagu"], base["breal"]
                r["abs_s"] = fmt_id(parse_id(base["breal"]) / parse_id(base["pagu"]) * 100, 2)
            else:
                r["pagu_s"] = r["breal_s"] = r["abs_s"] = None
        rows.append(r)
    return rows


# ------------------------------------------------------------------ page-op engine
A4 = (595.0, 842.0)
A4L = (842.0, 595.0)


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, "F" + font, size)


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if sw(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


class Doc:
    def __init__(self, size, margin=40):
        self.size = size
        self.margin = margin
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y = self.margin + 10

    @property
    def pno(self):
        return len(self.pages)

    def room(self):
        return self.size[1] - self.margin - 25 - self.y

    def text(self, x, y, s, font="S", size=9):
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, w=0.6):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, gray=0.88):
        self.pages[-1].append(("r", x, y, w, h, gray))

    def center(self, s, font="SB", size=11, lead=None):
        w = sw(s, font, size)
        self.y += size if lead is None else lead
        self.text((self.size[0] - w) / 2, self.y, s, font, size)

    def para(self, s, font="R", size=10, lead=14, indent=0, gap=5, keep=True):
        width = self.size[0] - 2 * self.margin - indent
        lines = wrap(s, font, size, width)
        if keep and len(lines) * lead > self.room():
            self.new_page()
        start_page = self.pno
        for ln in lines:
            if lead > self.room():
                self.new_page()
            self.y += lead
            self.text(self.margin + indent, self.y, ln, font, size)
        self.y += gap
        return start_page

    def footer(self, fmt, font="SI", size=7.5):
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            s = fmt.format(p=i, n=n)
            w = sw(s, font, size)
            ops.append(("t", (self.size[0] - w) / 2, self.size[1] - self.margin + 12, s, font, size))


def table(doc, cols, header, rows, font="SC", bfont="SCB", size=7.5, lead=9.5, pad=3, header_fn=None,
          x0=None):
    """cols: list of (width, align). header: list of header strings (may contain \n).
    rows: list of ('g', text) or ('r', cells, tag). Returns {tag: page}."""
    x0 = doc.margin if x0 is None else x0
    tot = sum(c[0] for c in cols)
    pages = {}

    def draw_header():
        hl = [h.split("\n") for h in header]
        nl = max(len(h) for h in hl)
        h = nl * lead + 2 * pad
        y = doc.y
        doc.rect(x0, y, tot, h, 0.85)
        x = x0
        for (w, _), lines in zip(cols, hl):
            for i, ln in enumerate(lines):
                tw = sw(ln, bfont, size)
                doc.text(x + (w - tw) / 2, y + pad + (i + 1) * lead - 2, ln, bfont, size)
            x += w
        _grid(y, h)
        doc.y = y + h

    def _grid(y, h, full=True):
        doc.line(x0, y, x0 + tot, y)
        doc.line(x0, y + h, x0 + tot, y + h)
        x = x0
        doc.line(x, y, x, y + h)
        for w, _ in cols:
            x += w
            if full or x == x0 + tot:
                doc.line(x, y, x, y + h)

    draw_header()
    for i, row in enumerate(rows):
        if row[0] == "g":
            lines = wrap(row[1], bfont, size, tot - 2 * pad)
            h = len(lines) * lead + 2 * pad
            chain = 0
            while i + chain < len(rows) and rows[i + chain][0] == "g":
                chain += 1
            need = h * chain + 4 * lead + 2 * pad
            if need > doc.room():
                doc.new_page()
                if header_fn:
                    header_fn(doc)
                draw_header()
            y = doc.y
            doc.rect(x0, y, tot, h, 0.95)
            for j, ln in enumerate(lines):
                doc.text(x0 + pad, y + pad + (j + 1) * lead - 2, ln, bfont, size)
            _grid(y, h, full=False)
            doc.y = y + h
        else:
            cells = row[1]
            wrapped = [wrap(c or "", font, size, w - 2 * pad) for c, (w, _) in zip(cells, cols)]
            h = max(len(wl) for wl in wrapped) * lead + 2 * pad
            if h > doc.room():
                doc.new_page()
                if header_fn:
                    header_fn(doc)
                draw_header()
            y = doc.y
            x = x0
            for wl, (w, al) in zip(wrapped, cols):
                for j, ln in enumerate(wl):
                    tw = sw(ln, font, size)
                    tx = x + pad if al == "l" else (x + w - pad - tw if al == "r" else x + (w - tw) / 2)
                    doc.text(tx, y + pad + (j + 1) * lead - 2, ln, font, size)
                x += w
            _grid(y, h)
            doc.y = y + h
            if len(row) > 2:
                pages[row[2]] = doc.pno
    doc.y += 6
    return pages


def render_pdf(doc, path):
    c = rl_canvas.Canvas(path, pagesize=doc.size, invariant=1)
    c.setAuthor("")
    c.setCreator("Microsoft Word")
    H = doc.size[1]
    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, f, sz = op
                c.setFont("F" + f, sz)
                c.drawString(x, H - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, H - y1, x2, H - y2)
            elif op[0] == "r":
                _, x, y, w, h, g = op
                c.setFillGray(g)
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
    c.save()


def raster(doc, dpi, seed, angle_max=0.9, noise=7.0):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    rng = random.Random(seed)
    s = dpi / 72.0
    W, H = int(doc.size[0] * s), int(doc.size[1] * s)
    fonts = {}
    imgs = []
    for pi, ops in enumerate(doc.pages):
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "r":
                _, x, y, w, h, g = op
                d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=int(g * 255))
        for op in ops:
            if op[0] == "t":
                _, x, y, txt, f, sz = op
                key = (f, sz)
                if key not in fonts:
                    fonts[key] = ImageFont.truetype(FONTDIR + FONTS[f], max(6, int(round(sz * s))))
                d.text((x * s, y * s), txt, font=fonts[key], fill=25, anchor="ls")
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=40, width=max(1, int(round(w * s))))
        ang = rng.uniform(0.35, angle_max) * rng.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        nrng = np.random.default_rng(seed * 100 + pi)
        a = np.asarray(im).astype(np.float32)
        a += nrng.normal(0, noise, a.shape)
        # faint uneven illumination (photocopy)
        gx = np.linspace(0, 1, a.shape[1])[None, :]
        a -= 14 * gx * rng.random()
        # sparse specks
        sp = nrng.random(a.shape) < 0.0004
        a[sp] = 60
        a = np.clip(a, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(a, "L"))
    return imgs


def save_scan_pdf(imgs, path, dpi):
    import datetime
    fixed = datetime.datetime(2026, 1, 10, 7, 30, 0)
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi), quality=70,
                 creationDate="D:20260110073000+08'00'", modDate="D:20260110073000+08'00'", producer="Canon iR-ADV C5535 scan")


# ------------------------------------------------------------------ shared text
HEADS = {
    "dinkes": ("DINAS KESEHATAN", "Jl. Milono No. 1, Samarinda 75117 — Telp. (0541) 7xx-xxx"),
    "pupr": ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Jl. Dahlia No. 81, Samarinda"),
    "disdik": ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "Jl. Biola No. 1, Samarinda"),
    "dinsos": ("DINAS SOSIAL", "Jl. Ir. H. Juanda, Samarinda"),
    "dishub": ("DINAS PERHUBUNGAN", "Jl. Kusuma Bangsa, Samarinda"),
    "kecsk": ("KECAMATAN SUNGAI KUNJANG", "Jl. Jakarta, Kelurahan Loa Bakung, Samarinda"),
    "dlh": ("DINAS LINGKUNGAN HIDUP", "Jl. Kesuma Bangsa, Samarinda"),
}
SIGN = {
    "dinkes": ("Kepala Dinas Kesehatan", "dr. Hj. Nurlaila Rachmawati, M.Kes", "19720514 200212 2 006"),
    "pupr": ("Kepala Dinas PUPR", "Ir. Agus Setiawan Pratama, M.T.", "19700821 199803 1 009"),
    "disdik": ("Kepala Dinas Pendidikan dan Kebudayaan", "Drs. H. Syamsul Bahri Ramli, M.Pd", "19680402 199403 1 011"),
    "dinsos": ("Kepala Dinas Sosial", "Hj. Mariana Fitriani, S.Sos., M.Si", "19740910 200003 2 004"),
    "dishub": ("Kepala Dinas Perhubungan", "Ahmad Fauzan Maulana, S.T., M.T.", "19751130 200212 1 003"),
    "kecsk": ("Camat Sungai Kunjang", "Rudy Hartono Saputra, S.STP., M.Si", "19830617 200112 1 002"),
    "dlh": ("Kepala Dinas Lingkungan Hidup", "Ir. Hendra Kurniawan, M.Sc", "19730305 199903 1 007"),
}


def kop(d, opd, big=True):
    d.center("PEMERINTAH KOTA SAMARINDA", "SB", 12 if big else 10)
    d.center(HEADS[opd][0], "SB", 13 if big else 10.5, lead=16 if big else 13)
    d.center(HEADS[opd][1], "S", 7.5, lead=11)
    d.y += 4
    d.line(d.margin, d.y, d.size[0] - d.margin, d.y, 1.6)
    d.line(d.margin, d.y + 2.5, d.size[0] - d.margin, d.y + 2.5, 0.5)
    d.y += 8


def signature(d, opd, date_s, x=None):
    jab, nama, nip = SIGN[opd]
    if d.room() < 95:
        d.new_page()
    x = x if x is not None else d.size[0] - d.margin - 230
    d.y += 14
    d.text(x, d.y, "Samarinda, " + date_s, "S", 8.5)
    d.y += 12
    d.text(x, d.y, jab + ",", "S", 8.5)
    d.y += 46
    d.text(x, d.y, nama, "SB", 8.5)
    d.line(x, d.y + 2, x + sw(nama, "SB", 8.5), d.y + 2, 0.5)
    d.y += 11
    d.text(x, d.y, "NIP. " + nip, "S", 8.5)


def hier_rows(rows, make_cells, sasaran_label="SASARAN STRATEGIS", keg=True):
    """Turn indicator rows into table rows with programme / kegiatan / sub kegiatan group rows."""
    out = []
    cur_p = cur_k = cur_s = "∅"
    n = 0
    for r in rows:
        if r["prog"] is None:
            if cur_p != None:  # noqa: E711
                out.append(("g", sasaran_label))
                cur_p = None
                cur_k = cur_s = "∅"
        else:
            if r["prog"] != cur_p:
                out.append(("g", r["prog"].upper()))
                cur_p = r["prog"]
                cur_k = cur_s = "∅"
            if r["keg"] and r["keg"] != cur_k and keg:
                out.append(("g", "Kegiatan: " + r["keg"]))
                cur_k = r["keg"]
            if r["sub"] and r["sub"] != cur_s:
                out.append(("g", "Sub Kegiatan: " + r["sub"]))
                cur_s = r["sub"]
        n += 1
        out.append(("r", make_cells(n, r), r["key"]))
    return out


def rp(s):
    return s


# ------------------------------------------------------------------ layouts
def report_table_pdf(doc_spec, rows, title_lines, table_title, date_s, scan=False, tw_note=None, foot=None):
    opd = doc_spec["opd"]
    d = Doc(A4L, margin=34)
    kop(d, opd)
    for t in title_lines:
        d.center(t, "SB", 10.5, lead=14)
    d.y += 8
    d.text(d.margin, d.y + 8, table_title, "SB", 8.5)
    d.y += 14
    yr = doc_spec["year"]
    if doc_spec.get("budget"):
        cols = [(22, "c"), (268, "l"), (68, "c"), (56, "r"), (56, "r"), (48, "r"), (92, "r"), (92, "r"), (50, "r")]
        header = ["No", "Sasaran / Program / Kegiatan / Sub Kegiatan\nIndikator Kinerja", "Satuan",
                  "Target\n%d" % yr, "Realisasi\n%d" % yr, "Capaian\n(%)", "Pagu\n(Rp)", "Realisasi\nAnggaran (Rp)",
                  "Serapan\n(%)"]

        def mk(n, r):
            return [str(n), r["name"], r["unit"], r["T_s"] if r["T_s"] else "-", r["R_s"], r["ach_s"] or "-",
                    r["pagu_s"] or "", r["breal_s"] or "", r["abs_s"] or ""]
    else:
        cols = [(22, "c"), (330, "l"), (80, "c"), (70, "r"), (70, "r"), (60, "r")]
        header = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]

        def mk(n, r):
            return [str(n), r["name"], r["unit"], r["T_s"] or "-", r["R_s"], r["ach_s"] or "-"]
    pages = table(d, cols, header, hier_rows(rows, mk), size=7.5)
    if tw_note:
        d.para(tw_note, "SI", 7, lead=9, gap=2)
    signature(d, opd, date_s)
    d.footer(foot or ("LKjIP %s Tahun %d — hal. {p} dari {n}" % (HEADS[opd][0].title(), yr)))
    return d, pages


def plan_table_pdf(doc_spec, rows, title_lines, date_s):
    opd = doc_spec["opd"]
    d = Doc(A4, margin=42)
    kop(d, opd)
    for t in title_lines:
        d.center(t, "SB", 10, lead=14)
    d.y += 10
    cols = [(24, "c"), (300, "l"), (90, "c"), (97, "r")]
    header = ["No", "Sasaran / Program / Sub Kegiatan / Indikator", "Satuan", "Target %d" % doc_spec["year"]]

    def mk(n, r):
        return [str(n), r["name"], r["unit"], r["T_s"]]
    pages = table(d, cols, header, hier_rows(rows, mk), size=7.8, lead=10)
    return d, pages


def pk_disdik(doc_spec, rows):
    d, pages = plan_table_pdf(doc_spec, rows, ["PERJANJIAN KINERJA TAHUN 2025", "LAMPIRAN: SASARAN, PROGRAM DAN INDIKATOR KINERJA"], "")
    d.para("Anggaran Tahun 2025 sebagaimana tercantum dalam DPA Dinas Pendidikan dan Kebudayaan Kota Samarinda.",
           "S", 8, lead=11)
    if d.room() < 120:
        d.new_page()
    d.y += 8
    y0 = d.y
    d.text(d.margin + 10, y0 + 10, "Pihak Kedua,", "S", 8.5)
    d.text(d.margin + 10, y0 + 22, "Wali Kota Samarinda", "S", 8.5)
    d.text(d.margin + 10, y0 + 70, "( ttd )", "S", 8.5)
    d.y = y0 - 14
    signature(d, "disdik", "2 Januari 2025", x=d.size[0] - d.margin - 220)
    d.footer("PK Disdikbud 2025 | {p}")
    return d, pages


def kec_renja(doc_spec, rows):
    d, pages = plan_table_pdf(doc_spec, rows, ["RENCANA KERJA (RENJA) KECAMATAN SUNGAI KUNJANG", "TAHUN 2025",
                                               "Tabel 4.1 Rencana Program, Kegiatan dan Target Kinerja"], "")
    d.para("Catatan: target kinerja mengacu pada Renstra Kecamatan Sungai Kunjang 2021-2026 (perubahan).",
           "SI", 7.5, lead=10)
    signature(d, "kecsk", "14 Juni 2024")
    d.footer("Renja Kec. Sungai Kunjang 2025 - {p}")
    return d, pages


# ---- prose
def prose_sentence(r, rng, year, budget):
    name, unit = r["name"], r["unit"]

    def val(s):
        if unit == "%":
            return s + "%"
        if unit == "Rp":
            return "Rp " + s
        return s + " " + unit
    parts = []
    if r["T_s"] is None:
        parts.append("Selain indikator yang diperjanjikan, pada tahun %d juga tercatat %s sebanyak %s. "
                     "Indikator ini belum ditetapkan targetnya dalam dokumen perencanaan sehingga capaiannya "
                     "tidak dapat diukur." % (year, name.lower(), val(r["R_s"])))
    else:
        t = rng.choice([0, 1, 2])
        if t == 0:
            parts.append("Indikator %s pada tahun %d ditargetkan sebesar %s dan terealisasi sebesar %s, "
                         "sehingga capaian kinerjanya mencapai %s%%." % (name, year, val(r["T_s"]), val(r["R_s"]), r["ach_s"]))
        elif t == 1:
            parts.append("Untuk indikator %s, realisasi sebesar %s dari target %s atau capaian %s%%."
                         % (name.lower(), val(r["R_s"]), val(r["T_s"]), r["ach_s"]))
        else:
            parts.append("Realisasi %s tahun %d adalah %s, dibandingkan target %s; dengan demikian tingkat "
                         "capaian sebesar %s%%." % (name.lower(), year, val(r["R_s"]), val(r["T_s"]), r["ach_s"]))
        if r["lib"]:
            parts.append("Indikator ini bersifat negatif (semakin kecil semakin baik), sehingga capaian dihitung "
                         "dengan membandingkan target terhadap realisasi.")
    if budget and r["pagu_s"]:
        parts.append("Sub kegiatan %s didukung pagu anggaran sebesar Rp %s dengan realisasi Rp %s (%s%%)."
                     % (r["sub"], r["pagu_s"], r["breal_s"], r["abs_s"]))
    return " ".join(parts)


def prose_pdf(doc_spec, rows, title, intro, closing, date_s, seed):
    rng = random.Random(seed)
    opd, yr = doc_spec["opd"], doc_spec["year"]
    d = Doc(A4, margin=64)
    kop(d, opd, big=False)
    d.center(title, "RB", 12, lead=18)
    d.center("Tahun %d" % yr, "RB", 11, lead=15)
    d.y += 10
    d.para("BAB III", "RB", 11, lead=15, gap=0)
    d.para("AKUNTABILITAS KINERJA", "RB", 11, lead=15)
    for p in intro:
        d.para(p, "R", 10, lead=14, gap=6)
    pages = {}
    cur = "∅"
    sec = 0
    for r in rows:
        grp = r["prog"] if r["prog"] else "Capaian Sasaran Strategis"
        if grp != cur:
            sec += 1
            if d.room() < 80:
                d.new_page()
            d.para("3.%d %s" % (sec, grp), "RB", 10.5, lead=15, gap=2)
            cur = grp
        pages[r["key"]] = d.para(prose_sentence(r, rng, yr, doc_spec.get("budget")), "R", 10, lead=14, gap=7)
    for p in closing:
        d.para(p, "R", 10, lead=14, gap=6)
    signature(d, opd, date_s)
    d.footer("- {p} -", "R", 8)
    return d, pages


# ---- docx
def docx_doc(doc_spec, rows, titles, per_page, date_s, plan=False, note=None):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    opd, yr = doc_spec["opd"], doc_spec["year"]
    D = Document()
    sec = D.sections[0]
    if not plan:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    st = D.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(8)
    D.core_properties.author = "Subbag Program"
    import datetime
    D.core_properties.created = datetime.datetime(2026, 1, 15, 8, 0, 0)
    D.core_properties.modified = datetime.datetime(2026, 1, 15, 8, 0, 0)
    for i, t in enumerate(["PEMERINTAH KOTA SAMARINDA", HEADS[opd][0]] + titles):
        p = D.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(t)
        run.bold = True
        run.font.size = Pt(11 if i < 2 else 10)
    if plan:
        hdr = ["No", "Sasaran / Program / Indikator Kinerja", "Satuan", "Target %d" % yr]
        widths = [Cm(1), Cm(10), Cm(3), Cm(3)]
    else:
        hdr = ["No", "Uraian / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
               "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "% Serapan"]
        widths = [Cm(0.8), Cm(8.2), Cm(2), Cm(1.7), Cm(1.7), Cm(1.6), Cm(3.0), Cm(3.0), Cm(1.5)]

    def mk(n, r):
        if plan:
            return [str(n), r["name"], r["unit"], r["T_s"]]
        return [str(n), r["name"], r["unit"], r["T_s"] or "-", r["R_s"], r["ach_s"] or "-",
                r["pagu_s"] or "-", r["breal_s"] or "-", r["abs_s"] or "-"]
    trows = hier_rows(rows, mk, keg=False)
    # chunk into pages with explicit breaks
    chunks, cur, cnt = [], [], 0
    for tr in trows:
        if tr[0] == "r":
            if cnt >= per_page(len(chunks)):
                chunks.append(cur)
                cur, cnt = [], 0
            cnt += 1
        cur.append(tr)
    chunks.append(cur)
    # move trailing group rows to next chunk
    for i in range(len(chunks) - 1):
        while chunks[i] and chunks[i][-1][0] == "g":
            chunks[i + 1].insert(0, chunks[i].pop())
    pages = {}
    for ci, ch in enumerate(chunks):
        if ci > 0:
            D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            p = D.add_paragraph("(lanjutan)")
        T = D.add_table(rows=1, cols=len(hdr))
        T.style = "Table Grid"
        for j, h in enumerate(hdr):
            c = T.rows[0].cells[j]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            c.width = widths[j]
        for tr in ch:
            cells = T.add_row().cells
            if tr[0] == "g":
                m = cells[0].merge(cells[-1])
                m.text = tr[1]
                m.paragraphs[0].runs[0].bold = True
            else:
                for j, v in enumerate(tr[1]):
                    cells[j].text = v
                    cells[j].width = widths[j]
                    if j >= 3:
                        cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                pages[tr[2]] = ci + 1
    if note:
        D.add_paragraph(note).runs[0].italic = True
    jab, nama, nip = SIGN[opd]
    for t in ["", "Samarinda, " + date_s, jab + ",", "", "", nama, "NIP. " + nip]:
        p = D.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return D, pages, len(chunks)


def save_docx(D, path):
    """Save with fixed zip timestamps for determinism."""
    import zipfile
    bio = io.BytesIO()
    D.save(bio)
    bio.seek(0)
    zin = zipfile.ZipFile(bio)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                import re
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ---- xlsx
def xlsx_sheet(ws, doc_spec, rows, titles, plan, start_no=1, text_numbers=False, pct_in_cell=False):
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    yr = doc_spec["year"]
    r0 = 1
    for t in titles:
        ws.cell(r0, 1, t).font = Font(bold=True, size=11)
        r0 += 1
    r0 += 1
    if plan:
        hdr1 = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Kinerja %d" % yr, "Lokasi", "Ket."]
    else:
        hdr1 = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Kinerja", None, None,
                "Anggaran", None, None, "Ket."]
        hdr2 = [None, None, None, None, "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)",
                "Serapan (%)", None]
    for j, h in enumerate(hdr1, 1):
        c = ws.cell(r0, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    if not plan:
        for j, h in enumerate(hdr2, 1):
            c = ws.cell(r0 + 1, j, h)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
        for col in (1, 2, 3, 4, 11):
            ws.merge_cells(start_row=r0, start_column=col, end_row=r0 + 1, end_column=col)
        ws.merge_cells(start_row=r0, start_column=5, end_row=r0, end_column=7)
        ws.merge_cells(start_row=r0, start_column=8, end_row=r0, end_column=10)
        r0 += 1
    r = r0 + 1
    n = start_no
    cur_p = cur_s = "∅"

    def numcell(row, col, s, fmt):
        if s is None:
            ws.cell(row, col, "-").alignment = Alignment(horizontal="center")
            return
        if text_numbers:
            ws.cell(row, col, s).alignment = Alignment(horizontal="right")
            return
        v = parse_id(s)
        v = int(v) if v == v.to_integral_value() and "," not in s else float(v)
        c = ws.cell(row, col, v)
        c.number_format = fmt(s)

    def dfmt(s):
        if "," in s:
            return "#,##0." + "0" * len(s.split(",")[1])
        return "#,##0"
    for x in rows:
        grp = x["prog"] or "SASARAN STRATEGIS"
        if grp != cur_p:
            ws.cell(r, 2, grp.upper() if x["prog"] else grp).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            cur_p = grp
            cur_s = "∅"
            r += 1
        ws.cell(r, 1, n)
        lab = x["sub"] if x["sub"] else (x["prog"] if x["prog"] else "Sasaran")
        if x["sub"] and x["sub"] == cur_s:
            lab = ""
        ws.cell(r, 2, lab).alignment = Alignment(wrap_text=True, vertical="top")
        cur_s = x["sub"] or cur_s
        ws.cell(r, 3, x["name"]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 4, x["unit"])
        numcell(r, 5, x["T_s"], dfmt)
        if not plan:
            numcell(r, 6, x["R_s"], dfmt)
            if x["ach_s"] is None:
                ws.cell(r, 7, "-")
            elif pct_in_cell:
                ws.cell(r, 7, x["ach_s"] + " %")
            else:
                numcell(r, 7, x["ach_s"], dfmt)
            if x["pagu_s"]:
                numcell(r, 8, x["pagu_s"], dfmt)
                numcell(r, 9, x["breal_s"], dfmt)
                numcell(r, 10, x["abs_s"], dfmt)
            if x["lib"]:
                ws.cell(r, 11, "indikator negatif")
        for j in range(1, len(hdr1) + 1):
            ws.cell(r, j).border = B
        x["_xrow"] = r
        n += 1
        r += 1
    widths = [5, 38, 44, 12, 12, 12, 11, 17, 17, 10, 16] if not plan else [5, 40, 48, 14, 14, 16, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    return r


def save_xlsx(wb, path):
    import zipfile
    bio = io.BytesIO()
    wb.properties.creator = "operator"
    import datetime
    wb.properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.save(bio)
    bio.seek(0)
    zin = zipfile.ZipFile(bio)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-01-20T09:00:00Z\g<2>", data)
            zout.writestr(zi, data)


# ------------------------------------------------------------------ per-document builders
def build_all(write=True):
    from openpyxl import Workbook
    os.makedirs(DOCDIR, exist_ok=True)
    results = {}  # id -> (pages_count, {key: page}, rows)
    for ds in DOCS:
        rows = build_rows(ds)
        path = os.path.join(DOCDIR, ds["file"])
        did = ds["id"]
        opd, yr = ds["opd"], ds["year"]
        if did == "dinkes_lkjip25":
            d, pg = report_table_pdf(ds, rows, ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN 2025"],
                                     "Tabel 3.2  Pengukuran Kinerja Sasaran, Program dan Sub Kegiatan Tahun 2025", "27 Februari 2026",
                                     tw_note="Ket: AKI, AKB, prevalensi stunting dan IR DBD merupakan indikator negatif (semakin rendah semakin baik); capaian = target/realisasi x 100%.")
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "dinkes_lkjip24":
            d, pg = report_table_pdf(ds, rows, ["LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN ANGGARAN 2024"],
                                     "Tabel 3.1 Capaian Indikator Kinerja dan Realisasi Anggaran Tahun 2024", "26 Februari 2025",
                                     tw_note="*) indikator negatif. Target indikator skrining usia produktif belum ditetapkan dalam PK 2024.")
            imgs = raster(d, 200, 11) if write else [None] * len(d.pages)
            write and save_scan_pdf(imgs, path, 200)
            npages = len(imgs)
        elif did == "dinsos_lkjip25":
            d, pg = report_table_pdf(ds, rows, ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "DINAS SOSIAL TAHUN 2025"],
                                     "Lampiran 1. Pengukuran Kinerja dan Realisasi Anggaran", "20 Februari 2026")
            imgs = raster(d, 200, 23, angle_max=1.2, noise=9) if write else [None] * len(d.pages)
            write and save_scan_pdf(imgs, path, 200)
            npages = len(imgs)
        elif did == "dinsos_tw4":
            d, pg = report_table_pdf(ds, rows, ["LAPORAN CAPAIAN KINERJA DAN REALISASI ANGGARAN",
                                                "TRIWULAN IV (s.d. 31 Desember 2025)"],
                                     "Form E.81 - Capaian kumulatif s.d. Triwulan IV", "12 Januari 2026", foot="Laporan Triwulan IV 2025 — {p}/{n}",
                                     tw_note="*) Data realisasi bersumber dari laporan bidang per 31 Desember 2025, sebelum rekonsiliasi akhir.")
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "pupr_real25":
            d, pg = report_table_pdf(ds, rows, ["LAPORAN REALISASI FISIK DAN KEUANGAN", "BULAN DESEMBER TAHUN ANGGARAN 2025"],
                                     "Rekapitulasi per Sub Kegiatan (kumulatif s.d. Desember)", "9 Januari 2026",
                                     foot="Lap. Realisasi Fisik & Keuangan DPUPR Des 2025   Hal {p}/{n}")
            imgs = raster(d, 200, 37, angle_max=0.8, noise=8) if write else [None] * len(d.pages)
            write and save_scan_pdf(imgs, path, 200)
            npages = len(imgs)
        elif did == "dlh_real25":
            d, pg = report_table_pdf(ds, rows, ["LAPORAN REALISASI FISIK DAN KEUANGAN SUB KEGIATAN", "S.D. BULAN DESEMBER 2025"],
                                     "Tabel 1. Realisasi Fisik dan Keuangan", "8 Januari 2026",
                                     foot="dicetak dari aplikasi monev - halaman {p} dari {n}")
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "disdik_pk25":
            d, pg = pk_disdik(ds, rows)
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "kecsk_renja25":
            d, pg = kec_renja(ds, rows)
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "dishub_pk25":
            d, pg = plan_table_pdf(ds, rows, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA SAMARINDA"], "")
            signature(d, opd, "6 Januari 2025")
            imgs = raster(d, 200, 51, angle_max=1.5, noise=10) if write else [None] * len(d.pages)
            if write:
                imgs[0].convert("RGB").save(path, "JPEG", quality=72, dpi=(200, 200))
            assert len(imgs) == 1
            npages = 1
        elif did == "pupr_lkjip25":
            intro = ["Pengukuran kinerja Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda tahun 2025 dilakukan "
                     "dengan membandingkan target dan realisasi indikator kinerja sebagaimana ditetapkan dalam "
                     "Perjanjian Kinerja. Uraian capaian per sasaran dan program disajikan sebagai berikut."]
            closing = ["Secara umum kinerja Dinas PUPR tahun 2025 berada pada kategori baik, meskipun beberapa "
                       "pekerjaan fisik mengalami keterlambatan akibat curah hujan tinggi pada triwulan IV."]
            d, pg = prose_pdf(ds, rows, "LAPORAN KINERJA INSTANSI PEMERINTAH", intro, closing, "25 Februari 2026", 5)
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "dishub_lkjip25":
            intro = ["Sesuai Perjanjian Kinerja Tahun 2025, Dinas Perhubungan Kota Samarinda menetapkan tiga "
                     "sasaran strategis yang diukur melalui indikator kinerja utama, serta indikator program dan "
                     "sub kegiatan pada Program Penyelenggaraan LLAJ."]
            closing = ["Kendala utama adalah meningkatnya volume kendaraan pada koridor utama serta keterbatasan "
                       "lahan parkir. Ke depan Dinas Perhubungan akan mengoptimalkan manajemen rekayasa lalu lintas."]
            d, pg = prose_pdf(ds, rows, "LAPORAN KINERJA (LKjIP)", intro, closing, "24 Februari 2026", 9)
            write and render_pdf(d, path)
            npages = len(d.pages)
        elif did == "dinkes_pk25":
            D, pg, npages = docx_doc(ds, rows, ["PERJANJIAN KINERJA TAHUN 2025", "Lampiran"], lambda i: 11, "3 Januari 2025", plan=True)
            write and save_docx(D, path)
        elif did == "disdik_lkjip25":
            D, pg, npages = docx_doc(ds, rows, ["LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025",
                                                "Tabel 3.3 Pengukuran Kinerja Tahun 2025"], lambda i: 5 if i == 0 else 7,
                                     "28 Februari 2026",
                                     note="Keterangan: indikator angka putus sekolah bersifat negatif (semakin kecil semakin baik).")
            write and save_docx(D, path)
        elif did == "kecsk_lkjip25":
            D, pg, npages = docx_doc(ds, rows, ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN 2025",
                                                "Tabel 3.1 Capaian Kinerja dan Anggaran"], lambda i: 5 if i == 0 else 7,
                                     "23 Februari 2026")
            write and save_docx(D, path)
        elif did == "pupr_renja25":
            wb = Workbook()
            ws = wb.active
            ws.title = "Renja 2025"
            xlsx_sheet(ws, ds, rows, ["RENCANA KERJA (RENJA) TAHUN 2025", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA",
                                      "Tabel 5.1 Rencana Program, Kegiatan dan Sub Kegiatan"], plan=True)
            wb.create_sheet("Sheet2")
            write and save_xlsx(wb, path)
            pg = {r["key"]: 1 for r in rows}
            npages = 2
        elif did == "dinsos_renja25":
            wb = Workbook()
            ws = wb.active
            ws.title = "RENJA"
            xlsx_sheet(ws, ds, rows, ["Rencana Kerja Dinas Sosial Kota Samarinda Tahun 2025", "(Renja Perubahan)"],
                       plan=True, text_numbers=True)
            write and save_xlsx(wb, path)
            pg = {r["key"]: 1 for r in rows}
            npages = 1
        elif did == "dishub_lkjip24":
            wb = Workbook()
            ws = wb.active
            ws.title = "IKU"
            s_rows = [r for r in rows if r["prog"] is None]
            o_rows = [r for r in rows if r["prog"] is not None]
            xlsx_sheet(ws, ds, s_rows, ["Lampiran LKjIP Dinas Perhubungan Tahun 2024", "A. Capaian Indikator Kinerja Utama"],
                       plan=False)
            ws2 = wb.create_sheet("Program-Kegiatan")
            xlsx_sheet(ws2, ds, o_rows, ["Lampiran LKjIP Dinas Perhubungan Tahun 2024", "B. Capaian Program dan Sub Kegiatan"],
                       plan=False, start_no=1)
            write and save_xlsx(wb, path)
            pg = {r["key"]: (1 if r["prog"] is None else 2) for r in rows}
            npages = 2
        elif did == "dlh_lkjip25":
            wb = Workbook()
            ws = wb.active
            ws.title = "Keterangan"
            for i, t in enumerate(["LAMPIRAN LAPORAN KINERJA INSTANSI PEMERINTAH", "DINAS LINGKUNGAN HIDUP KOTA SAMARINDA",
                                   "TAHUN 2025", "", "Lembar 'Capaian' memuat pengukuran kinerja dan realisasi anggaran.",
                                   "Indikator BOD bersifat negatif: capaian = target / realisasi x 100."], 1):
                ws.cell(i, 1, t)
            ws2 = wb.create_sheet("Capaian")
            xlsx_sheet(ws2, ds, rows, ["PENGUKURAN KINERJA TAHUN 2025"], plan=False, pct_in_cell=True)
            write and save_xlsx(wb, path)
            pg = {r["key"]: 2 for r in rows}
            npages = 2
        else:
            raise ValueError(did)
        results[did] = (npages, pg, rows, d.pages if ds["layout"] in ("pdf_table", "pdf_prose", "scan") else None)
        d = None
        write and print("wrote", ds["file"], npages, "pages", len(rows), "rows")
    return results


# ------------------------------------------------------------------ labels and findings
def detect(indicators, documents):
    """Rule-based detection over labels (used to check the planted list is complete and exact)."""
    dtype = {d["file"]: d["doc_type"] for d in documents}
    out = {}

    def add(t, r, cites):
        k = (t, r["opd"], r["fiscal_year"], r["indicator"].lower())
        out.setdefault(k, set()).update(cites)
    groups = {}
    for r in indicators:
        groups.setdefault((r["opd"], r["fiscal_year"], r["indicator"].lower()), []).append(r)
    for (opd, yr, ind), rs in groups.items():
        reps = [r for r in rs if dtype[r["file"]] not in PLAN_TYPES]
        plans = [r for r in rs if dtype[r["file"]] in PLAN_TYPES]
        for r in reps:
            T, R, A = r["target"], r["realisation"], r["achievement_pct"]
            if T is not None and R is not None and A is not None:
                exp = (T / R if r["lower_is_better"] else R / T) * 100
                if abs(exp - A) > 0.5:
                    add("ACHIEVEMENT_MISMATCH", r, [(r["file"], r["page"])])
            if (r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]) or \
                    (r["absorption_pct"] is not None and r["absorption_pct"] > 100):
                add("ABSORPTION_OVER_100", r, [(r["file"], r["page"])])
        if any(r["realisation"] is not None for r in reps) and all(r["target"] is None for r in rs):
            for r in reps:
                add("REALISATION_WITHOUT_TARGET", r, [(r["file"], r["page"])])
        for p in plans:
            for r in reps:
                if r["target"] is not None and p["target"] is not None and r["target"] != p["target"]:
                    add("TARGET_CHANGED", r, [(p["file"], p["page"]), (r["file"], r["page"])])
        for grp in (reps, plans):
            for i in range(len(grp)):
                for j in range(i + 1, len(grp)):
                    a, b = grp[i], grp[j]
                    if (a["target"] is not None and b["target"] is not None and a["target"] != b["target"]) or \
                            (a["realisation"] is not None and b["realisation"] is not None and a["realisation"] != b["realisation"]):
                        add("CROSS_DOCUMENT_CONFLICT", a, [(a["file"], a["page"]), (b["file"], b["page"])])
    return out


def main():
    res = build_all()
    documents, indicators = [], []
    byid = {d["id"]: d for d in DOCS}
    for ds in DOCS:
        npages, pg, rows, _ = res[ds["id"]]
        documents.append(dict(file=ds["file"], opd=OPD[ds["opd"]], fiscal_year=ds["year"], layout=ds["layout"],
                              pages=npages, doc_type=ds["doc_type"]))
        for r in rows:
            indicators.append(dict(
                file=ds["file"], page=pg[r["key"]], opd=OPD[ds["opd"]], fiscal_year=ds["year"],
                programme=r["prog"],
                kegiatan=r["keg"] if ds["layout"] in ("pdf_table", "scan") else None,
                sub_kegiatan=(r["sub"] if (ds["layout"] != "pdf_prose" or r["pagu_s"]) else None), indicator=r["name"], unit=r["unit"],
                target=jnum(parse_id(r["T_s"])), realisation=jnum(parse_id(r["R_s"])),
                achievement_pct=jnum(parse_id(r["ach_s"])), lower_is_better=r["lib"],
                pagu=jnum(parse_id(r["pagu_s"])), budget_realisation=jnum(parse_id(r["breal_s"])),
                absorption_pct=jnum(parse_id(r["abs_s"]))))
    findings = []
    for t, opd, yr, key, dids in PLANTED:
        name = master(opd, yr)[key]["name"]
        cites = []
        for did in dids:
            pg = res[did][1][key]
            cites.append(dict(file=byid[did]["file"], page=pg))
        findings.append(dict(type=t, opd=OPD[opd], fiscal_year=yr, indicator=name, citations=cites))
    # self-check: detected == planted
    det = detect(indicators, documents)
    planted = {(f["type"], f["opd"], f["fiscal_year"], f["indicator"].lower()):
               {(c["file"], c["page"]) for c in f["citations"]} for f in findings}
    if set(det) != set(planted):
        print("EXTRA detected:", sorted(set(det) - set(planted)))
        print("MISSING:", sorted(set(planted) - set(det)))
        raise SystemExit("planted != detected")
    for k in det:
        if det[k] != planted[k]:
            raise SystemExit("citation mismatch %r: %r vs %r" % (k, det[k], planted[k]))
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(dict(documents=documents, indicators=indicators, findings=findings), f, ensure_ascii=False, indent=1)
    print(len(documents), "documents,", len(indicators), "indicator rows,", len(findings), "findings")


if __name__ == "__main__":
    main()
