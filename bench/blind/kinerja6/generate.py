# -*- coding: utf-8 -*-
"""Deterministic generator for the kinerja6 blind set.
Run:  /work/scratch/kinerja6/bin/python generate.py
"""
import json, os, random, io, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import OPD, P, M
from findings import detect

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

KEPALA = {
 "DINKES": ("dr. Ismid Kusasih, M.Kes", "19720314 200212 2 004"),
 "PUPR": ("Ir. Desy Damayanti, M.T.", "19751108 200312 2 007"),
 "DISDIK": ("Asli Nuryadin, S.Pd., M.Pd.", "19690722 199303 1 009"),
 "DINSOS": ("Ridwan Tasa, S.Sos., M.Si.", "19710503 199803 1 006"),
 "DISHUB": ("Hotmarulitua Manalu, S.STP., M.Si.", "19800115 199912 1 002"),
 "DLH": ("Suwarso, S.T., M.Si.", "19740929 200003 1 003"),
}

# ---------------------------------------------------------------- documents
# rows: list of (key, overrides). hier: levels shown besides programme.
D = [
 dict(file="dinkes_pk_2025.xlsx", opd="DINKES", year=2025, layout="xlsx", doc_type="pk", plan=True, budget=False, hier=(),
      title="PERJANJIAN KINERJA TAHUN 2025 (Lampiran)",
      rows=[(k, {}) for k in ["k1","k2","k3","k4","k5","k6","k7","k8","k9","k10","k11"]]),
 dict(file="dinkes_lkjip_2025.pdf", opd="DINKES", year=2025, layout="pdf_table", doc_type="lkjip", plan=False, budget=False, hier=(),
      title="LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025", per_page=7,
      rows=[("k1",{}),("k2",{}),("k3",{"t":22}),("k4",{}),("k5",{"ach":104.18}),("k6",{}),("k7",{"t":10}),
            ("k8",{}),("k9",{}),("k10",{}),("k11",{}),("k12",{})]),
 dict(file="dinkes_lkjip_2024_scan.pdf", opd="DINKES", year=2024, layout="scan", doc_type="lkjip", plan=False, budget=True, hier=("sub",),
      title="LAPORAN KINERJA TAHUN 2024 - LAMPIRAN PENGUKURAN KINERJA DAN ANGGARAN", per_page=7, seed=11,
      rows=[("k1",{}),("k2",{}),("k3",{}),("k4",{}),("k5",{}),("k6",{"ach":80.4}),("k13",{}),("k7",{}),
            ("k8",{}),("k14",{}),("k9",{}),("k10",{}),("k11",{}),("k15",{})]),
 dict(file="pupr_renja_2025.docx", opd="PUPR", year=2025, layout="docx_table", doc_type="renja", plan=True, budget=False, hier=("keg","sub"),
      title="RENCANA KERJA (RENJA) TAHUN 2025 - RUMUSAN PROGRAM, KEGIATAN DAN SUB KEGIATAN",
      rows=[(k, {}) for k in ["p1","p2","p3","p4","p12","p10","p5","p6","p7","p8","p9"]]),
 dict(file="pupr_lkjip_2025.pdf", opd="PUPR", year=2025, layout="pdf_prose", doc_type="lkjip", plan=False, budget=False, hier=(),
      title="LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025", per_page=4,
      rows=[("p1",{}),("p2",{"ach":104.6}),("p3",{}),("p4",{"t":3}),("p5",{}),("p6",{}),("p7",{}),("p8",{}),("p9",{}),("p11",{})]),
 dict(file="pupr_realisasi_2025_scan.jpg", opd="PUPR", year=2025, layout="scan", doc_type="realisasi", plan=False, budget=True, hier=("sub",),
      title="LAPORAN REALISASI FISIK DAN KEUANGAN TRIWULAN IV TAHUN ANGGARAN 2025", per_page=12, seed=23,
      rows=[("p1",{"r":77.85}),("p2",{}),("p3",{}),("p4",{"t":3}),("p12",{}),("p10",{}),("p5",{"r":4925}),("p6",{}),("p7",{}),
            ("p11",{}),("p8",{"r":2130}),("p9",{})]),
 dict(file="disdik_pk_2025.pdf", opd="DISDIK", year=2025, layout="pdf_table", doc_type="pk", plan=True, budget=False, hier=(),
      title="PERJANJIAN KINERJA TAHUN 2025 - LAMPIRAN SASARAN, INDIKATOR DAN TARGET", per_page=11,
      rows=[(k, {}) for k in ["e1","e2","e3","e4","e5","e6","e12","e7","e8","e9","e10"]]),
 dict(file="disdik_lkjip_2025.xlsx", opd="DISDIK", year=2025, layout="xlsx", doc_type="lkjip", plan=False, budget=True, hier=("keg","sub"),
      title="PENGUKURAN KINERJA DAN REALISASI ANGGARAN TAHUN 2025",
      rows=[("e1",{}),("e4",{}),("e5",{}),("e12",{}),("e2",{}),("e3",{}),("e9",{}),("e6",{"ach":86.9}),("e11",{}),
            ("e7",{"t":78}),("e8",{}),("e10",{})]),
 dict(file="dinsos_renja_2025.xlsx", opd="DINSOS", year=2025, layout="xlsx", doc_type="renja", plan=True, budget=False, hier=("keg","sub"),
      title="RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2025",
      rows=[(k, {}) for k in ["s1","s2","s16","s3","s11","s4","s13","s5","s12","s6","s15","s7","s8","s9","s10"]]),
 dict(file="dinsos_lkjip_2025_scan.pdf", opd="DINSOS", year=2025, layout="scan", doc_type="lkjip", plan=False, budget=True, hier=("sub",),
      title="LAPORAN KINERJA TAHUN 2025 - PENGUKURAN CAPAIAN KINERJA DAN ANGGARAN", per_page=8, seed=37,
      rows=[("s1",{}),("s2",{}),("s16",{}),("s3",{"t":300}),("s11",{}),("s4",{}),("s13",{}),("s5",{}),
            ("s12",{}),("s6",{}),("s15",{}),("s7",{"ach":80.0}),("s8",{}),("s9",{"t":12}),("s10",{}),("s14",{})]),
 dict(file="dishub_lkjip_2025.docx", opd="DISHUB", year=2025, layout="docx_table", doc_type="lkjip", plan=False, budget=False, hier=("keg",),
      title="LAPORAN KINERJA TAHUN 2025 - TABEL PENGUKURAN KINERJA",
      rows=[("h1",{}),("h2",{}),("h7",{}),("h8",{}),("h12",{}),("h3",{"ach":119.44}),("h4",{}),("h10",{}),("h5",{}),("h9",{}),("h6",{}),("h11",{})]),
 dict(file="dishub_capaian_2025.pdf", opd="DISHUB", year=2025, layout="pdf_prose", doc_type="laporan_capaian", plan=False, budget=True, hier=("sub",),
      title="RINGKASAN CAPAIAN KINERJA DAN ANGGARAN TAHUN 2025", per_page=3,
      rows=[("h1",{}),("h2",{"r":44}),("h3",{}),("h4",{"ach":93.33}),("h5",{"r":368540}),("h6",{}),
            ("h7",{"br":None,"abs":104.2}),("h8",{}),("h10",{})]),
 dict(file="dlh_pk_2025.docx", opd="DLH", year=2025, layout="docx_table", doc_type="pk", plan=True, budget=False, hier=("keg",),
      title="PERJANJIAN KINERJA TAHUN 2025",
      rows=[(k, {}) for k in ["l1","l2","l3","l4","l10","l5","l6","l7","l8","l9","l12"]]),
 dict(file="dlh_lkjip_2025.pdf", opd="DLH", year=2025, layout="pdf_table", doc_type="lkjip", plan=False, budget=False, hier=(),
      title="LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025", per_page=6,
      rows=[("l1",{}),("l2",{}),("l3",{"ach":109.29}),("l4",{}),("l10",{}),("l5",{}),("l6",{}),("l7",{}),("l8",{}),("l11",{}),
            ("l9",{"t":25}),("l12",{})]),
 dict(file="dlh_realisasi_2025.xlsx", opd="DLH", year=2025, layout="xlsx", doc_type="realisasi", plan=False, budget=True, hier=("keg","sub"),
      title="REKAPITULASI REALISASI KINERJA DAN KEUANGAN SUB KEGIATAN TA 2025", sheet=2,
      rows=[("l1",{}),("l2",{"r":21.4}),("l3",{}),("l4",{}),("l10",{}),("l5",{"r":51.05}),("l6",{}),("l7",{}),("l8",{}),("l11",{})]),
 dict(file="dlh_lkjip_2024.pdf", opd="DLH", year=2024, layout="pdf_prose", doc_type="lkjip", plan=False, budget=False, hier=(),
      title="LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", per_page=4,
      rows=[("l1",{}),("l2",{}),("l3",{}),("l4",{}),("l10",{}),("l5",{"ach":102.2}),("l6",{}),("l9",{})]),
]

# ---------------------------------------------------------------- helpers
def fnum(v, dec=None):
    """Indonesian number formatting: 1.250 / 87,25 / 30,5"""
    if v is None:
        return "-"
    if dec is not None:
        s = f"{v:,.{dec}f}"
    elif float(v) == int(v):
        s = f"{int(v):,}"
    else:
        s = f"{v:,.2f}".rstrip("0")
    return s.replace(",", "#").replace(".", ",").replace("#", ".")

def fpct(v):
    return fnum(v, 2)

def ach_of(t, r, lib):
    if t is None or r is None:
        return None
    return round((t / r if lib else r / t) * 100, 2)

def build_records(doc):
    ents = {e[0]: e for e in M[(doc["opd"], doc["year"])]}
    recs = []
    for key, ov in doc["rows"]:
        e = ents[key]
        _, pk, keg, sub, name, unit, lib, t, r, pagu, br = e
        t = ov.get("t", t)
        if doc["plan"]:
            assert t is not None
            r = None; ach = None
        else:
            r = ov.get("r", r)
            ach = ov["ach"] if "ach" in ov else ach_of(t, r, lib)
        if doc["budget"] and pagu is not None:
            br = ov.get("br", br)
            ab = ov["abs"] if "abs" in ov else round(br / pagu * 100, 2)
        else:
            pagu = br = ab = None
        recs.append(dict(key=key, file=doc["file"], page=None, opd=OPD[doc["opd"]], fiscal_year=doc["year"],
            programme=P[pk], kegiatan=keg if "keg" in doc["hier"] else None,
            sub_kegiatan=sub if "sub" in doc["hier"] else None,
            indicator=name, unit=unit, target=t, realisation=r, achievement_pct=ach, lower_is_better=lib,
            pagu=pagu, budget_realisation=br, absorption_pct=ab))
    return recs

def paginate(doc, recs):
    pp = doc.get("per_page", 10 ** 6)
    pages = [recs[i:i + pp] for i in range(0, len(recs), pp)]
    for i, pg in enumerate(pages):
        for r in pg:
            r["page"] = i + 1
    return pages

def columns(doc):
    cols = [("No", 22)]
    if "keg" in doc["hier"]:
        cols.append(("Kegiatan", 120))
    if "sub" in doc["hier"]:
        cols.append(("Sub Kegiatan", 120))
    cols += [("Indikator Kinerja", 175 if doc["budget"] else 230), ("Satuan", 62), ("Target", 48)]
    if not doc["plan"]:
        cols += [("Realisasi", 50), ("Capaian (%)", 48)]
    if doc["budget"]:
        cols += [("Pagu (Rp)", 78), ("Realisasi Anggaran (Rp)", 78), ("Serapan (%)", 44)]
    return cols

def row_cells(doc, i, rec):
    c = [str(i)]
    if "keg" in doc["hier"]:
        c.append(rec["kegiatan"])
    if "sub" in doc["hier"]:
        c.append(rec["sub_kegiatan"])
    c += [rec["indicator"] + (" *)" if rec["lower_is_better"] else ""), rec["unit"], fnum(rec["target"])]
    if not doc["plan"]:
        c += [fnum(rec["realisation"]), fpct(rec["achievement_pct"]) if rec["achievement_pct"] is not None else "-"]
    if doc["budget"]:
        c += [fnum(rec["pagu"]), fnum(rec["budget_realisation"]), fpct(rec["absorption_pct"]) if rec["absorption_pct"] is not None else "-"]
    return c

FOOT_LIB = "*) Indikator bersifat negatif (semakin kecil semakin baik); capaian = target / realisasi x 100%."

# ---------------------------------------------------------------- op-based page layout (shared by PDF and scan)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))

def title_ops(doc, W, y, pageno, npages):
    ops = []
    lines = [("PEMERINTAH KOTA SAMARINDA", "DVB", 11), (OPD[doc["opd"]].upper(), "DVB", 10.5),
             (doc["title"], "DVB", 9.5)]
    if doc["layout"] != "pdf_prose":
        lines.append((f"Tahun Anggaran {doc['year']}", "DV", 9))
    for txt, f, s in lines:
        ops.append(("ctext", W / 2, y, txt, f, s)); y -= s + 5
    ops.append(("line", 40, y + 2, W - 40, y + 2, 1.2)); y -= 12
    return ops, y

def table_page_ops(doc, page_recs, start_no, W, H, pageno, npages, last):
    ops, y = title_ops(doc, W, H - 40, pageno, npages)
    cols = columns(doc)
    tw = sum(w for _, w in cols)
    scale = (W - 80) / tw
    widths = [w * scale for _, w in cols]
    x0 = 40
    fs = 7.2
    def draw_row(cells, y, bold=False, merged=False):
        f = "DVB" if bold else "DV"
        if merged:
            lines = simpleSplit(cells, f, fs, W - 80 - 6)
            h = len(lines) * (fs + 2) + 5
            ops.append(("rect", x0, y - h, W - 80, h))
            for j, ln in enumerate(lines):
                ops.append(("text", x0 + 3, y - 3 - (j + 1) * (fs + 2) + 2, ln, f, fs))
            return y - h
        wrapped = [simpleSplit(c, f, fs, w - 5) or [""] for c, w in zip(cells, widths)]
        h = max(len(w) for w in wrapped) * (fs + 2) + 5
        x = x0
        for k, (lines, w) in enumerate(zip(wrapped, widths)):
            ops.append(("rect", x, y - h, w, h))
            for j, ln in enumerate(lines):
                if k >= len(cells) - (3 if doc["budget"] else 0) - (0 if doc["plan"] else 2) - 1 and ln and (ln[0].isdigit() or ln == "-"):
                    ops.append(("rtext", x + w - 3, y - 3 - (j + 1) * (fs + 2) + 2, ln, f, fs))
                else:
                    ops.append(("text", x + 2.5, y - 3 - (j + 1) * (fs + 2) + 2, ln, f, fs))
            x += w
        return y - h
    y = draw_row([c for c, _ in cols], y, bold=True)
    y = draw_row([f"({i+1})" for i in range(len(cols))], y)
    prev = None
    for i, rec in enumerate(page_recs):
        if rec["programme"] != prev:
            y = draw_row(rec["programme"].upper() if doc["opd"] in ("DINKES", "DINSOS") else rec["programme"], y, bold=True, merged=True)
            prev = rec["programme"]
        y = draw_row(row_cells(doc, start_no + i, rec), y)
    y -= 12
    if any(r["lower_is_better"] for r in page_recs):
        ops.append(("text", x0, y, FOOT_LIB, "DV", 6.8)); y -= 10
    if not doc["plan"] and any(r["target"] is None for r in page_recs):
        ops.append(("text", x0, y, "Tanda \"-\" pada kolom target: indikator belum ditetapkan targetnya.", "DV", 6.8)); y -= 10
    if last:
        y -= 8
        sx = W - 250
        k, nip = KEPALA[doc["opd"]]
        for txt in [f"Samarinda, {'28 Februari' if doc['year'] == 2025 else '27 Februari'} {doc['year'] + (0 if doc['plan'] else 1)}",
                    f"Kepala {OPD[doc['opd']].replace(' Kota Samarinda', '')}", "", "", k, f"NIP. {nip}"]:
            ops.append(("text", sx, y, txt, "DV", 7.5)); y -= 10
    ops.append(("ctext", W / 2, 22, f"Halaman {pageno} dari {npages}", "DV", 7))
    return ops

def draw_ops_pdf(c, ops):
    for op in ops:
        k = op[0]
        if k in ("text", "ctext", "rtext"):
            _, x, y, t, f, s = op
            c.setFont(f, s)
            {"text": c.drawString, "ctext": c.drawCentredString, "rtext": c.drawRightString}[k](x, y, t)
        elif k == "line":
            _, x1, y1, x2, y2, lw = op
            c.setLineWidth(lw); c.line(x1, y1, x2, y2)
        elif k == "rect":
            _, x, y, w, h = op
            c.setLineWidth(0.5); c.rect(x, y, w, h)

def draw_ops_img(ops, W, H, dpi, rng):
    from PIL import Image, ImageDraw, ImageFont
    s = dpi / 72.0
    img = Image.new("L", (int(W * s), int(H * s)), 255)
    d = ImageDraw.Draw(img)
    fonts = {}
    def F(f, sz):
        key = (f, sz)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(FONTB if f == "DVB" else FONT, int(round(sz * s)))
        return fonts[key]
    Y = lambda y: (H - y) * s
    for op in ops:
        k = op[0]
        if k in ("text", "ctext", "rtext"):
            _, x, y, t, f, sz = op
            fo = F(f, sz)
            tw = d.textlength(t, font=fo)
            px = x * s - (tw / 2 if k == "ctext" else tw if k == "rtext" else 0)
            d.text((px, Y(y)), t, font=fo, fill=25, anchor="ls")
        elif k == "line":
            _, x1, y1, x2, y2, lw = op
            d.line([(x1 * s, Y(y1)), (x2 * s, Y(y2))], fill=30, width=max(1, int(lw * s)))
        elif k == "rect":
            _, x, y, w, h = op
            d.rectangle([x * s, Y(y + h), (x + w) * s, Y(y)], outline=40, width=max(1, int(0.5 * s)))
    return img

def degrade(img, rng):
    import numpy as np
    from PIL import Image, ImageFilter
    ang = rng.uniform(-1.2, 1.2)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    nrs = np.random.RandomState(rng.randint(0, 10 ** 6))
    a = a * 0.93 + 8 + nrs.normal(0, 7, a.shape)
    # faint vertical shading like a flatbed scanner edge
    a += np.linspace(-6, 4, a.shape[1])[None, :]
    # sparse specks
    m = nrs.rand(*a.shape) < 0.0008
    a[m] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")

def make_table_pdf(doc, pages):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    W, H = landscape(A4)
    path = os.path.join(DOCS, doc["file"])
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(doc["title"]); c.setAuthor(OPD[doc["opd"]])
    n = 1
    for i, pg in enumerate(pages):
        draw_ops_pdf(c, table_page_ops(doc, pg, n, W, H, i + 1, len(pages), i == len(pages) - 1))
        n += len(pg)
        c.showPage()
    c.save()

def make_scan(doc, pages):
    from reportlab.lib.pagesizes import A4, landscape
    W, H = landscape(A4)
    rng = random.Random(doc["seed"])
    imgs = []
    n = 1
    for i, pg in enumerate(pages):
        ops = table_page_ops(doc, pg, n, W, H, i + 1, len(pages), i == len(pages) - 1)
        n += len(pg)
        imgs.append(degrade(draw_ops_img(ops, W, H, 200, rng), rng))
    path = os.path.join(DOCS, doc["file"])
    if path.endswith(".pdf"):
        imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:], quality=72,
                     creationDate=FIXED_TS, modDate=FIXED_TS, title=doc["title"], author=OPD[doc["opd"]])
    else:
        assert len(imgs) == 1
        imgs[0].save(path, "JPEG", quality=78, dpi=(200, 200))

# ---------------------------------------------------------------- prose
def unit_fmt(v, unit):
    if unit == "%":
        return fnum(v) + "%"
    if unit == "indeks":
        return "nilai indeks " + fnum(v)
    return fnum(v) + " " + unit

def prose_para(doc, rec, rng, n):
    t, r, a, u, yr = rec["target"], rec["realisation"], rec["achievement_pct"], rec["unit"], doc["year"]
    name = rec["indicator"]
    lib = rec["lower_is_better"]
    out = []
    if t is None:
        out.append(f"{n}. Indikator \"{name}\" belum ditetapkan targetnya dalam dokumen perencanaan tahun {yr}. "
                   f"Namun demikian, realisasi yang berhasil dicatat sampai dengan akhir tahun adalah sebesar {unit_fmt(r, u)}.")
    else:
        v = rng.randint(0, 2)
        if v == 0:
            s = (f"{n}. Indikator \"{name}\" pada tahun {yr} ditargetkan sebesar {unit_fmt(t, u)} dan terealisasi sebesar "
                 f"{unit_fmt(r, u)}, sehingga capaian kinerja indikator ini adalah {fpct(a)}%.")
        elif v == 1:
            s = (f"{n}. Untuk indikator \"{name}\", realisasi tahun {yr} sebesar {unit_fmt(r, u)} dari target {unit_fmt(t, u)}, "
                 f"atau capaian sebesar {fpct(a)}%.")
        else:
            s = (f"{n}. Capaian indikator \"{name}\" tercatat {fpct(a)}%, dengan realisasi {unit_fmt(r, u)} "
                 f"terhadap target yang ditetapkan sebesar {unit_fmt(t, u)}.")
        if lib:
            s += (" Indikator ini bersifat negatif (semakin rendah semakin baik), sehingga capaian dihitung dengan "
                  "membandingkan target terhadap realisasi.")
        out.append(s)
    if rec["sub_kegiatan"]:
        out.append(f"Indikator tersebut didukung oleh Sub Kegiatan {rec['sub_kegiatan']}.")
    if rec["pagu"] is not None:
        if rec["budget_realisation"] is not None:
            out.append(f"Pagu anggaran sub kegiatan ini sebesar Rp {fnum(rec['pagu'])} dengan realisasi Rp "
                       f"{fnum(rec['budget_realisation'])} atau penyerapan {fpct(rec['absorption_pct'])}%.")
        else:
            out.append(f"Dari pagu sebesar Rp {fnum(rec['pagu'])}, penyerapan anggaran sub kegiatan ini dilaporkan "
                       f"mencapai {fpct(rec['absorption_pct'])}%.")
    return " ".join(out)

def make_prose_pdf(doc, pages):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    rng = random.Random(len(doc["file"]) * 7 + doc["year"])
    path = os.path.join(DOCS, doc["file"])
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc["title"]); c.setAuthor(OPD[doc["opd"]])
    n = 1
    intro = (f"Pengukuran kinerja {OPD[doc['opd']]} tahun {doc['year']} dilakukan dengan membandingkan realisasi "
             f"terhadap target indikator kinerja yang tercantum dalam dokumen perencanaan. Uraian capaian masing-masing "
             f"indikator disajikan sebagai berikut.")
    bab = "BAB III  AKUNTABILITAS KINERJA" if doc["doc_type"] == "lkjip" else "II. CAPAIAN KINERJA DAN REALISASI ANGGARAN"
    for i, pg in enumerate(pages):
        ops, y = title_ops(doc, W, H - 50, i + 1, len(pages))
        def para(txt, y, f="DV", s=9.5, indent=0):
            for ln in simpleSplit(txt, f, s, W - 130 - indent):
                ops.append(("text", 65 + indent, y, ln, f, s)); y -= s + 4.5
            return y - 6
        if i == 0:
            y = para(bab, y, "DVB", 10)
            y = para("3.1  Capaian Kinerja Organisasi", y, "DVB", 9.5)
            y = para(intro, y)
        prev = None
        for rec in pg:
            if rec["programme"] != prev:
                y = para(rec["programme"], y, "DVB", 9.5)
                prev = rec["programme"]
            y = para(prose_para(doc, rec, rng, n), y, indent=10)
            n += 1
        if i == len(pages) - 1:
            y = para("Secara umum, indikator yang belum mencapai target akan menjadi perhatian dalam penyusunan "
                     f"Rencana Kerja tahun {doc['year'] + 2}.", y)
            k, nip = KEPALA[doc["opd"]]
            y -= 10
            for txt in [f"Samarinda, Februari {doc['year'] + 1}", f"Kepala {OPD[doc['opd']].replace(' Kota Samarinda', '')}", "", "", k, f"NIP. {nip}"]:
                ops.append(("text", W - 230, y, txt, "DV", 9)); y -= 12
        assert y > 40, (doc["file"], i, y)
        ops.append(("ctext", W / 2, 28, f"- {i + 1} -", "DV", 8))
        draw_ops_pdf(c, ops)
        c.showPage()
    c.save()

# ---------------------------------------------------------------- docx
def make_docx(doc, recs):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(33.0), Cm(21.5)  # F4 landscape
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(7.5)
    for txt, b in [("PEMERINTAH KOTA SAMARINDA", True), (OPD[doc["opd"]].upper(), True), (doc["title"], True),
                   (f"Tahun {doc['year']}", False)]:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = b; r.font.size = Pt(9)
        p.paragraph_format.space_after = Pt(0)
    cols = columns(doc)
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, (c, _) in enumerate(cols):
        t.rows[0].cells[i].text = c
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    prev = None
    for i, rec in enumerate(recs):
        if rec["programme"] != prev:
            row = t.add_row()
            mc = row.cells[0].merge(row.cells[-1])
            mc.text = rec["programme"]
            mc.paragraphs[0].runs[0].bold = True
            prev = rec["programme"]
        row = t.add_row()
        for j, v in enumerate(row_cells(doc, i + 1, rec)):
            row.cells[j].text = v
    for row in t.rows:
        for j, (_, w) in enumerate(cols):
            row.cells[j].width = Cm(w / 20.5)
            for p in row.cells[j].paragraphs:
                p.paragraph_format.space_after = Pt(0)
    if any(r["lower_is_better"] for r in recs):
        d.add_paragraph(FOOT_LIB)
    k, nip = KEPALA[doc["opd"]]
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(f"Samarinda, {'Januari' if doc['plan'] else 'Februari'} {doc['year'] + (0 if doc['plan'] else 1)}\n"
              f"Kepala {OPD[doc['opd']].replace(' Kota Samarinda', '')}\n\n\n{k}\nNIP. {nip}")
    d.core_properties.author = OPD[doc["opd"]]
    import datetime
    d.core_properties.created = datetime.datetime(2026, 2, 20, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 2, 20, 8, 0, 0)
    d.save(os.path.join(DOCS, doc["file"]))

# ---------------------------------------------------------------- xlsx
def make_xlsx(doc, recs):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook()
    sheet_no = doc.get("sheet", 1)
    if sheet_no == 2:
        cov = wb.active; cov.title = "Keterangan"
        cov["A1"] = "PEMERINTAH KOTA SAMARINDA"; cov["A2"] = OPD[doc["opd"]].upper()
        cov["A4"] = doc["title"]
        cov["A6"] = "Sumber data: SIPD dan laporan bidang per 31 Desember 2025 (unaudited)."
        cov["A7"] = "Sheet 'Rekap TW IV' memuat realisasi kinerja dan keuangan per sub kegiatan."
        cov["A1"].font = Font(bold=True); cov["A2"].font = Font(bold=True)
        ws = wb.create_sheet("Rekap TW IV")
    else:
        ws = wb.active; ws.title = "Kinerja" if not doc["plan"] else doc["doc_type"].upper()
    cols = columns(doc)
    n = len(cols)
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, "PEMERINTAH KOTA SAMARINDA").font = Font(bold=True, size=12)
    ws.cell(2, 1, OPD[doc["opd"]].upper()).font = Font(bold=True, size=11)
    ws.cell(3, 1, doc["title"]).font = Font(bold=True)
    ws.cell(4, 1, f"Tahun {doc['year']}")
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    hr = 6
    for j, (c, w) in enumerate(cols):
        cell = ws.cell(hr, j + 1, c)
        cell.font = Font(bold=True); cell.border = bd
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.column_dimensions[cell.column_letter].width = max(6, w / 5.2)
    row = hr + 1
    prev = None
    for i, rec in enumerate(recs):
        if rec["programme"] != prev:
            ws.cell(row, 1, rec["programme"].upper()).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n)
            row += 1; prev = rec["programme"]
        vals = [i + 1]
        if "keg" in doc["hier"]: vals.append(rec["kegiatan"])
        if "sub" in doc["hier"]: vals.append(rec["sub_kegiatan"])
        vals += [rec["indicator"] + (" *)" if rec["lower_is_better"] else ""), rec["unit"],
                 rec["target"] if rec["target"] is not None else "-"]
        if not doc["plan"]:
            vals += [rec["realisation"], rec["achievement_pct"] if rec["achievement_pct"] is not None else "-"]
        if doc["budget"]:
            vals += [rec["pagu"] if rec["pagu"] is not None else "-",
                     rec["budget_realisation"] if rec["budget_realisation"] is not None else "-",
                     rec["absorption_pct"] if rec["absorption_pct"] is not None else "-"]
        for j, v in enumerate(vals):
            cell = ws.cell(row, j + 1, v)
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            h = cols[j][0]
            if isinstance(v, (int, float)) and j > 0:
                if "Rp" in h:
                    cell.number_format = "#,##0"
                elif "%" in h:
                    cell.number_format = "0.00"
                elif isinstance(v, float):
                    cell.number_format = "#,##0.00"
                else:
                    cell.number_format = "#,##0"
        row += 1
    row += 1
    if any(r["lower_is_better"] for r in recs):
        ws.cell(row, 1, FOOT_LIB); row += 1
    if any(r["target"] is None for r in recs):
        ws.cell(row, 1, "Indikator dengan target \"-\" belum tercantum dalam Renja/PK."); row += 1
    k, nip = KEPALA[doc["opd"]]
    row += 1
    for txt in [f"Samarinda, {'Januari' if doc['plan'] else 'Februari'} {doc['year'] + (0 if doc['plan'] else 1)}",
                f"Kepala {OPD[doc['opd']].replace(' Kota Samarinda', '')}", "", "", k, f"NIP. {nip}"]:
        ws.cell(row, max(2, n - 3), txt); row += 1
    import datetime
    wb.properties.created = datetime.datetime(2026, 2, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 2, 20, 8, 0, 0)
    wb.properties.creator = OPD[doc["opd"]]
    wb.save(os.path.join(DOCS, doc["file"]))

import datetime
FIXED_DT = datetime.datetime(2026, 2, 20, 8, 0, 0)
import time
FIXED_TS = time.struct_time((2026, 2, 20, 8, 0, 0, 4, 51, 0))

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-stable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re as _re
    items = [(n, _re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2026-02-20T08:00:00Z", d)
              if n == "docProps/core.xml" else d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# ---------------------------------------------------------------- main
def main():
    os.makedirs(DOCS, exist_ok=True)
    documents, indicators = [], []
    for doc in D:
        recs = build_records(doc)
        lay = doc["layout"]
        if lay in ("pdf_table", "scan", "pdf_prose"):
            pages = paginate(doc, recs)
            npages = len(pages)
            {"pdf_table": make_table_pdf, "scan": make_scan, "pdf_prose": make_prose_pdf}[lay](doc, pages)
        elif lay == "docx_table":
            for r in recs: r["page"] = 1
            npages = 1
            make_docx(doc, recs)
            normalize_zip(os.path.join(DOCS, doc["file"]))
        else:
            sn = doc.get("sheet", 1)
            for r in recs: r["page"] = sn
            npages = sn
            make_xlsx(doc, recs)
            normalize_zip(os.path.join(DOCS, doc["file"]))
        documents.append(dict(file=doc["file"], opd=OPD[doc["opd"]], fiscal_year=doc["year"], layout=lay,
                              pages=npages, doc_type=doc["doc_type"]))
        for r in recs:
            r.pop("key")
            indicators.append(r)
    docmeta = {d["file"]: d for d in documents}
    findings = detect(indicators, docmeta)
    out = dict(documents=documents, indicators=indicators, findings=findings)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print("docs", len(documents), "rows", len(indicators), Counter(f["type"] for f in findings))

if __name__ == "__main__":
    main()
