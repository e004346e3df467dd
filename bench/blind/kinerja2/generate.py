# -*- coding: utf-8 -*-
"""Generate the blind kinerja (performance report) evaluation set.

Run:  /work/scratch/kinerja2/bin/python generate.py
Deterministic (seeded); writes docs/ and labels.json next to this file.
"""
import sys
sys.dont_write_bytecode = True
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from catalog import CAT, OPDS  # noqa: E402

DOCS = os.path.join(HERE, "docs")
FONT_R = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SR = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_SB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT_R))
pdfmetrics.registerFont(TTFont("DVB", FONT_B))
pdfmetrics.registerFont(TTFont("DVS", FONT_SR))
pdfmetrics.registerFont(TTFont("DVSB", FONT_SB))
FONTFILES = {"DV": FONT_R, "DVB": FONT_B, "DVS": FONT_SR, "DVSB": FONT_SB}


# ----------------------------------------------------------------------------- numbers
def r2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def ndec(v):
    if v is None:
        return 0
    s = repr(float(v))
    if s.endswith(".0"):
        return 0
    return len(s.split(".")[1])


def fnum(v, dec=None, thou=True):
    """Indonesian number format: 1.250 / 30,5 / 2.450.000.000,00"""
    if dec is None:
        dec = ndec(v)
    s = f"{v:,.{dec}f}"
    if not thou:
        s = s.replace(",", "")
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def fmoney(v, style):
    if style == "rp":
        return "Rp " + fnum(v, 0)
    if style == "dec":
        return fnum(v, 2)
    return fnum(v, 0)


def achievement(t, r, lib):
    if t is None or r is None or t == 0 or r == 0:
        return None
    return r2((t / r if lib else r / t) * 100)


# ----------------------------------------------------------------------------- catalogue
def parse_catalog(opd):
    inds, ents = {}, []
    cur = {"P": None, "K": None, "S": None}
    last = None
    for row in CAT[opd]:
        kind = row[0]
        if kind in ("P", "K", "S"):
            ent = dict(level=kind, code=row[1], name=row[2], inds=[], budget=None)
            if kind == "P":
                cur = {"P": ent, "K": None, "S": None}
            elif kind == "K":
                cur["K"], cur["S"] = ent, None
            else:
                cur["S"] = ent
            ent["parents"] = [cur["P"], cur["K"]] if kind == "S" else ([cur["P"]] if kind == "K" else [])
            ents.append(ent)
            last = ent
        elif kind == "I":
            _, iid, name, unit, lib, t, r = row
            ind = dict(id=iid, name=name, unit=unit, lib=lib, t=t, r=r, ent=last,
                       prog=cur["P"]["name"],
                       keg=cur["K"]["name"] if last["level"] in ("K", "S") and cur["K"] else None,
                       sub=last["name"] if last["level"] == "S" else None,
                       dec=max(ndec(t), ndec(r)))
            last["inds"].append(iid)
            inds[iid] = ind
        elif kind == "B":
            assert len(last["inds"]) == 1, (opd, last["name"])
            last["budget"] = (row[1], row[2])
    return inds, ents


CATS = {o: parse_catalog(o) for o in CAT}


def values_2024(ind):
    """Deterministic previous-year values derived from the 2025 ones."""
    rng = random.Random("2024-" + ind["id"])
    dec = ind["dec"]
    t, r = ind["t"], ind["r"]

    def rnd(x):
        return round(x, dec) if dec else int(round(x))

    if t is not None:
        if ind["lib"]:
            t24 = rnd(t * rng.uniform(1.03, 1.10))
            r24 = rnd(t24 * rng.uniform(0.92, 1.06))
        else:
            t24 = rnd(t * rng.uniform(0.90, 0.98))
            r24 = rnd(t24 * rng.uniform(0.90, 1.04))
        # plan targets are round figures
        if dec:
            t24 = round(t24, 1)
        elif t24 >= 1000:
            t24 = int(round(t24, -1))
        if t == 100:
            t24 = 100
        if ind["unit"] == "%" and not ind["lib"]:
            t24, r24 = min(t24, 100), min(r24, 100)
        if t in (1, 2, 3, 4, 5, 6, 8, 12, 24, 26):  # small counts: keep sensible
            t24 = t
            r24 = max(1, t - rng.choice([0, 0, 1]))
    else:
        t24 = None
        r24 = rnd(r * rng.uniform(0.8, 0.95))
    b = ind["ent"]["budget"]
    if b:
        p24 = int(round(b[0] * rng.uniform(0.84, 0.97), -6))
        br24 = int(round(p24 * rng.uniform(0.88, 0.985), -3))
        b24 = (p24, br24)
    else:
        b24 = None
    return t24, r24, b24


# ----------------------------------------------------------------------------- doc rows
def build_rows(spec):
    inds, ents = CATS[spec["opd"]]
    year = spec["year"]
    plan = spec["kind"] == "plan"
    ov = spec.get("ov", {})
    rows = []
    for iid in spec["ids"]:
        ind = inds[iid]
        if year == 2025:
            t, r, b = ind["t"], ind["r"], ind["ent"]["budget"]
        else:
            t, r, b = values_2024(ind)
        o = ov.get(iid, {})
        t = o.get("t", t)
        r = o.get("r", r)
        pagu = breal = absorp = ach = None
        if plan:
            r = None
        else:
            ach = achievement(t, r, ind["lib"])
            if "ach" in o:
                ach = o["ach"]
            if "ach_delta" in o:
                ach = r2(ach + o["ach_delta"])
            if spec.get("budget", True) and b:
                pagu, breal = b
                breal = o.get("breal", breal)
                if "breal_factor" in o:
                    breal = int(round(pagu * o["breal_factor"], -3))
                absorp = r2(breal / pagu * 100)
        rows.append(dict(ind=ind, t=t, r=r, ach=ach, pagu=pagu, breal=breal, absorp=absorp, page=None))
    return rows


def display_rows(spec, rows):
    """Interleave entity header rows (programme / kegiatan / sub kegiatan) with indicator rows,
    in catalogue order. Returns list of dicts: kind 'hdr' or 'ind'."""
    _, ents = CATS[spec["opd"]]
    byid = {r["ind"]["id"]: r for r in rows}
    out = []
    shown = set()
    for ent in ents:
        sel = [i for i in ent["inds"] if i in byid]
        # descendants selected?
        desc = [r for r in rows if ent is r["ind"]["ent"] or any(ent is p for p in r["ind"]["ent"]["parents"])]
        if not desc:
            continue
        for p in ent["parents"]:
            if p is not None and id(p) not in shown:
                out.append(dict(kind="hdr", ent=p))
                shown.add(id(p))
        if not sel:
            out.append(dict(kind="hdr", ent=ent))
            shown.add(id(ent))
            continue
        for k, iid in enumerate(sel):
            out.append(dict(kind="ind", ent=ent if k == 0 else None, row=byid[iid]))
        shown.add(id(ent))
    assert sum(1 for d in out if d["kind"] == "ind") == len(rows)
    return out


# ----------------------------------------------------------------------------- drawing engine
class RLBackend:
    def __init__(self, path, size):
        self.c = rl_canvas.Canvas(path, pagesize=size, invariant=1)
        self.c.setTitle(os.path.basename(path))
        self.c.setAuthor("")
        self.size = size

    def text(self, x, y, s, font, size, align="l"):
        self.c.setFont(font, size)
        if align == "r":
            self.c.drawRightString(x, y, s)
        elif align == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    def fill(self, x, y, w, h, gray):
        self.c.setFillGray(gray)
        self.c.rect(x, y, w, h, stroke=0, fill=1)
        self.c.setFillGray(0)

    def newpage(self):
        self.c.showPage()

    def finish(self):
        self.c.showPage()
        self.c.save()


class PILBackend:
    def __init__(self, size, dpi=200):
        self.size, self.dpi = size, dpi
        self.k = dpi / 72.0
        self.pages = []
        self._fonts = {}
        self._new()

    def _new(self):
        w, h = int(self.size[0] * self.k), int(self.size[1] * self.k)
        self.img = Image.new("L", (w, h), 255)
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)

    def font(self, f, s):
        key = (f, s)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(FONTFILES[f], max(8, int(round(s * self.k))))
        return self._fonts[key]

    def text(self, x, y, s, font, size, align="l"):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((x * self.k, (self.size[1] - y) * self.k), s, fill=20, font=self.font(font, size), anchor=anchor)

    def line(self, x1, y1, x2, y2, w=0.5):
        H = self.size[1]
        self.d.line([(x1 * self.k, (H - y1) * self.k), (x2 * self.k, (H - y2) * self.k)], fill=40,
                    width=max(1, int(round(w * self.k))))

    def fill(self, x, y, w, h, gray):
        H = self.size[1]
        self.d.rectangle([x * self.k, (H - y - h) * self.k, (x + w) * self.k, (H - y) * self.k], fill=int(gray * 255))

    def newpage(self):
        self._new()

    def finish(self):
        pass


class Engine:
    def __init__(self, backend, size, footer, fonts=("DV", "DVB"), margin=36):
        self.b, self.size, self.footer = backend, size, footer
        self.R, self.B = fonts
        self.m = margin
        self.page = 1
        self.y = size[1] - margin

    def foot(self):
        self.b.line(self.m, 28, self.size[0] - self.m, 28, 0.4)
        self.b.text(self.m, 18, self.footer, self.R, 7)
        self.b.text(self.size[0] - self.m, 18, f"Halaman {self.page}", self.R, 7, "r")

    def newpage(self):
        self.foot()
        self.b.newpage()
        self.page += 1
        self.y = self.size[1] - self.m

    def finish(self):
        self.foot()
        self.b.finish()
        return self.page

    def para(self, s, size=10, bold=False, indent=0, lead=None, gap=4, keep=True, align="l"):
        f = self.B if bold else self.R
        lead = lead or size * 1.35
        w = self.size[0] - 2 * self.m - indent
        lines = simpleSplit(s, f, size, w)
        need = len(lines) * lead
        if self.y - need < 40:
            self.newpage()
        start = self.page
        for ln in lines:
            if self.y - lead < 40:
                self.newpage()
            self.y -= lead
            if align == "c":
                self.b.text(self.size[0] / 2, self.y, ln, f, size, "c")
            else:
                self.b.text(self.m + indent, self.y, ln, f, size)
        self.y -= gap
        return start

    def table(self, widths, header, rows, size=7.5, aligns=None, hsize=None, numrow=True):
        """rows: list of (cells, bold, shade, tag). Returns {tag: page}."""
        hsize = hsize or size
        lead = size * 1.25
        x0 = self.m
        aligns = aligns or ["l"] * len(widths)
        pages = {}

        def cell_lines(txt, w, f, s):
            out = []
            for part in str(txt).split("\n"):
                out += simpleSplit(part, f, s, w - 5) or [""]
            return out

        def draw_row(cells, f, s, shade=None, al=None):
            ls = [cell_lines(c, w, f, s) for c, w in zip(cells, widths)]
            h = max(len(l) for l in ls) * s * 1.25 + 5
            if shade is not None:
                self.b.fill(x0, self.y - h, sum(widths), h, shade)
            x = x0
            for l, w, a in zip(ls, widths, al or aligns):
                yy = self.y - 2
                for ln in l:
                    yy -= s * 1.25
                    if a == "r":
                        self.b.text(x + w - 2.5, yy + 1, ln, f, s, "r")
                    elif a == "c":
                        self.b.text(x + w / 2, yy + 1, ln, f, s, "c")
                    else:
                        self.b.text(x + 2.5, yy + 1, ln, f, s)
                x += w
            # borders
            self.b.line(x0, self.y, x0 + sum(widths), self.y)
            self.b.line(x0, self.y - h, x0 + sum(widths), self.y - h)
            x = x0
            for w in widths:
                self.b.line(x, self.y, x, self.y - h)
                x += w
            self.b.line(x, self.y, x, self.y - h)
            self.y -= h

        def row_h(cells, f, s):
            return max(len(cell_lines(c, w, f, s)) for c, w in zip(cells, widths)) * s * 1.25 + 5

        def head():
            draw_row(header, self.B, hsize, 0.85, ["c"] * len(widths))
            if numrow:
                draw_row([f"({i + 1})" for i in range(len(widths))], self.R, 6, None, ["c"] * len(widths))

        head()
        for cells, bold, shade, tag in rows:
            f = self.B if bold else self.R
            if self.y - row_h(cells, f, size) < 44:
                self.newpage()
                self.b.text(x0, self.y - 8, "(lanjutan)", self.R, 7)
                self.y -= 14
                head()
            draw_row(cells, f, size, shade)
            if tag is not None:
                pages[tag] = self.page
        self.y -= 6
        return pages


def title_block(e, spec, lines_extra=()):
    o = OPDS[spec["opd"]]
    cx = e.size[0] / 2
    e.y -= 12
    e.b.text(cx, e.y, "PEMERINTAH KOTA SAMARINDA", e.B, 12, "c")
    e.y -= 15
    e.b.text(cx, e.y, o["name"].upper(), e.B, 11, "c")
    e.y -= 12
    e.b.text(cx, e.y, o["addr"], e.R, 8, "c")
    e.y -= 6
    e.b.line(e.m, e.y, e.size[0] - e.m, e.y, 1.6)
    e.b.line(e.m, e.y - 2.5, e.size[0] - e.m, e.y - 2.5, 0.5)
    e.y -= 22
    for t in spec["title"]:
        e.b.text(cx, e.y, t, e.B, 10.5, "c")
        e.y -= 14
    for t in lines_extra:
        e.b.text(cx, e.y, t, e.R, 9, "c")
        e.y -= 12
    e.y -= 6


def signature(e, spec, date):
    o = OPDS[spec["opd"]]
    x = e.size[0] - e.m - 230
    step = spec.get("sig_step", 12)
    if e.y < step * 7 + 36:
        e.newpage()
    e.y -= 6
    for s, f in [(f"Samarinda, {date}", e.R), (o["title"] + ",", e.R), ("", e.R), ("", e.R), ("", e.R),
                 (o["head"], e.B), (f"NIP. {o['nip']}", e.R)]:
        e.y -= step
        if s:
            e.b.text(x, e.y, s, f, 8.5 if step >= 12 else 7.5)


# ----------------------------------------------------------------------------- cell text
def v_or_dash(v, dec=None, dash="-"):
    return dash if v is None else fnum(v, dec)


def table_rows(spec, drows, plan):
    st = spec.get("style", {})
    money = st.get("money", "plain")
    pdec = st.get("pctdec")
    code = st.get("code", True)
    out = []
    no = 0
    for d in drows:
        ent = d["ent"]
        name = ""
        if ent is not None:
            name = (ent["code"] + " " if code else "") + ent["name"]
        if d["kind"] == "hdr":
            if ent["level"] == "P":
                no += 1
            cells = [str(no) if ent["level"] == "P" else "", name, "", ""] + [""] * (2 if plan else 6)
            out.append((cells, ent["level"] == "P", 0.93 if ent["level"] == "P" else None, None))
            continue
        r = d["row"]
        ind = r["ind"]
        if ent is not None and ent["level"] == "P":
            no += 1
        dec = pdec if (ind["unit"] == "%" and pdec is not None) else None
        star = "*" if (ind["lib"] and st.get("star")) else ""
        cells = [str(no) if (ent is not None and ent["level"] == "P") else "", name, ind["name"] + star, ind["unit"],
                 v_or_dash(r["t"], dec)]
        if plan:
            cells.append(st.get("plan_note", {}).get(ind["id"], ""))
        else:
            cells += [v_or_dash(r["r"], dec), v_or_dash(r["ach"], 2),
                      "" if r["pagu"] is None else fmoney(r["pagu"], money),
                      "" if r["breal"] is None else fmoney(r["breal"], money),
                      "" if r["absorp"] is None else fnum(r["absorp"], 2)]
        out.append((cells, ent is not None and ent["level"] == "P", None, id(r)))
    return out


# ----------------------------------------------------------------------------- PDF table / scan
REPORT_HDR = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
              "Capaian (%)", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)"]
REPORT_W = [22, 170, 180, 52, 50, 50, 44, 80, 80, 42]
PLAN_W = [24, 250, 270, 70, 70, 86]


def render_table_doc(spec, rows, backend, size):
    plan = spec["kind"] == "plan"
    e = Engine(backend, size, spec["footer"], fonts=spec.get("fonts", ("DV", "DVB")))
    title_block(e, spec)
    for p in spec.get("intro", []):
        e.para(p, 8.5)
    drows = display_rows(spec, rows)
    if plan:
        hdr = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan",
               f"Target {spec['year']}", "Keterangan"]
        widths, al = PLAN_W, ["c", "l", "l", "c", "r", "l"]
    else:
        hdr, widths = REPORT_HDR, REPORT_W
        al = ["c", "l", "l", "c", "r", "r", "r", "r", "r", "r"]
    trs = table_rows(spec, drows, plan)
    pages = e.table(widths, hdr, trs, size=spec.get("fsize", 7), aligns=al)
    for r in rows:
        r["page"] = pages[id(r)]
    for n in spec.get("notes", []):
        e.para(n, 7.5, gap=1)
    signature(e, spec, spec["date"])
    return e.finish()


def degrade(img, rng, angle):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    # paper tone, uneven illumination, noise
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.06 * ((xx / w - rng.uniform(0.2, 0.8)) ** 2 + (yy / h - 0.5) ** 2)
    a = 30 + a * 0.86 * shade
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a += nrng.normal(0, 7, a.shape)
    specks = nrng.random(a.shape) < 0.0004
    a[specks] = nrng.uniform(60, 160, specks.sum())
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.55))
    return im


def render_scan(spec, rows):
    size = landscape(A4)
    be = PILBackend(size, dpi=spec.get("dpi", 200))
    n = render_table_doc(spec, rows, be, size)
    rng = random.Random(spec["file"])
    imgs = [degrade(p, rng, rng.choice([-1, 1]) * rng.uniform(0.4, 1.1)) for p in be.pages]
    path = os.path.join(DOCS, spec["file"])
    if path.endswith(".pdf"):
        # JPEG-compressed pages inside an image-only PDF
        tmp = []
        for im in imgs:
            from io import BytesIO
            bio = BytesIO()
            im.save(bio, "JPEG", quality=62)
            bio.seek(0)
            tmp.append(Image.open(bio).convert("L"))
        import datetime
        import time
        fixed = time.gmtime(datetime.datetime(2026, 2, 27, 10, 0, 0, tzinfo=datetime.timezone.utc).timestamp())
        tmp[0].save(path, "PDF", resolution=float(spec.get("dpi", 200)), save_all=True, append_images=tmp[1:],
                    creationDate=fixed, modDate=fixed, producer="ScanSnap Manager", creator="ScanSnap")
    else:
        assert len(imgs) == 1
        imgs[0].save(path, "JPEG", quality=70, dpi=(spec.get("dpi", 200),) * 2)
    return n


# ----------------------------------------------------------------------------- PDF prose
def fu(v, unit, dec=None):
    s = fnum(v, dec)
    if unit == "%":
        return s + "%"
    if unit in ("nilai", "rasio"):
        return s
    return s + " " + unit


def render_prose(spec, rows):
    size = A4
    path = os.path.join(DOCS, spec["file"])
    e = Engine(RLBackend(path, size), size, spec["footer"], fonts=("DVS", "DVSB"), margin=56)
    title_block(e, spec)
    for p in spec.get("intro", []):
        e.para(p, 10, gap=6)
    money = spec.get("style", {}).get("money", "rp")
    drows = display_rows(spec, rows)
    y = spec["year"]
    letter = 0
    tv = 0
    for d in drows:
        ent = d["ent"]
        if ent is not None:
            if e.y < 130:  # keep headings with their first paragraph
                e.newpage()
            if ent["level"] == "P":
                letter += 1
                e.y -= 4
                e.para(f"{chr(64 + letter)}. {ent['name']}", 10.5, True, gap=3)
            elif ent["level"] == "K":
                e.para(f"Kegiatan {ent['name']}", 10, True, indent=12, gap=3)
            else:
                e.para(f"Sub Kegiatan {ent['name']}", 10, True, indent=24, gap=2)
        if d["kind"] == "hdr":
            continue
        r = d["row"]
        ind = r["ind"]
        un = ind["unit"]
        nm = ind["name"] + (f" (satuan: {un})" if un in ("nilai", "rasio") else "")
        tv += 1
        if r["t"] is None:
            s = (f"Untuk indikator {nm}, realisasi tahun {y} tercatat sebanyak {fu(r['r'], un)}; "
                 f"target indikator ini tidak dicantumkan dalam dokumen perencanaan.")
        elif ind["lib"]:
            s = (f"Indikator {nm} merupakan indikator negatif (semakin rendah semakin baik). Target tahun {y} "
                 f"ditetapkan sebesar {fu(r['t'], un)}, sedangkan realisasinya {fu(r['r'], un)}, "
                 f"sehingga capaian kinerja sebesar {fnum(r['ach'], 2)}%.")
        elif tv % 3 == 0:
            s = (f"Realisasi indikator {nm} mencapai {fu(r['r'], un)} dari target {fu(r['t'], un)}, "
                 f"atau capaian sebesar {fnum(r['ach'], 2)}%.")
        elif tv % 3 == 1:
            s = (f"Indikator {nm} pada tahun {y} ditargetkan sebesar {fu(r['t'], un)} dengan realisasi "
                 f"sebesar {fu(r['r'], un)}, sehingga capaian kinerjanya {fnum(r['ach'], 2)}%.")
        else:
            s = (f"Capaian indikator {nm} adalah {fnum(r['ach'], 2)}%, yakni realisasi {fu(r['r'], un)} "
                 f"terhadap target {fu(r['t'], un)}.")
        if r["pagu"] is not None:
            lvl = {"P": "program", "K": "kegiatan", "S": "sub kegiatan"}[ind["ent"]["level"]]
            s += (f" Dari sisi anggaran, pagu {lvl} ini sebesar {fmoney(r['pagu'], money)} dengan realisasi "
                  f"{fmoney(r['breal'], money)} atau serapan {fnum(r['absorp'], 2)}%.")
        s += spec.get("extra", {}).get(ind["id"], "")
        r["page"] = e.para(s, 10, indent=36, gap=6)
    for p in spec.get("outro", []):
        e.para(p, 10, gap=6)
    signature(e, spec, spec["date"])
    return e.finish()


def normalize_zip(path, when=(2026, 1, 20, 8, 0, 0)):
    """Rewrite an OOXML zip with fixed member timestamps so output is byte-reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)",
                              rb"\g<1>2026-01-20T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ----------------------------------------------------------------------------- DOCX
def render_docx(spec, rows):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm
    import datetime

    plan = spec["kind"] == "plan"
    doc = Document()
    cp = doc.core_properties
    cp.author = OPDS[spec["opd"]]["short"]
    cp.created = cp.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)
    cp.last_modified_by = "operator"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(8)
    sec.footer.paragraphs[0].text = spec["footer"]
    o = OPDS[spec["opd"]]
    for t, b, sz in [("PEMERINTAH KOTA SAMARINDA", True, 12), (o["name"].upper(), True, 11), (o["addr"], False, 8)] + \
            [(t, True, 10.5) for t in spec["title"]]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        run = p.add_run(t)
        run.bold, run.font.size = b, Pt(sz)
    for para in spec.get("intro", []):
        doc.add_paragraph(para)
    drows = display_rows(spec, rows)
    trs = table_rows(spec, drows, plan)
    if plan:
        hdr = ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", f"Target {spec['year']}",
               "Keterangan"]
        widths = [1.0, 8.0, 9.0, 2.4, 2.2, 3.4]
    else:
        hdr = REPORT_HDR
        widths = [0.8, 5.0, 5.6, 1.7, 1.6, 1.6, 1.5, 2.7, 2.7, 1.4]
    first, per = spec.get("chunk", (6, 10))
    chunks, i = [], 0
    size = first
    while i < len(trs):
        chunks.append(trs[i:i + size])
        i += size
        size = per
    # conservative height estimate (DejaVu metrics are wider than Arial): every chunk must fit its page
    avail = (21.0 - 3.0) / 2.54 * 72 - 30
    cw = [w / 2.54 * 72 for w in widths]

    def est(cells, bold):
        f = "DVB" if bold else "DV"
        return max(len(simpleSplit(c, f, 8, w - 12) or [""]) for c, w in zip(cells, cw)) * 10.5 + 5

    hdr_h = est(hdr, True)
    used = 6 * 16 + 20 + sum(len(simpleSplit(p, "DV", 8, sum(cw))) * 11 for p in spec.get("intro", []))
    for ci, ch in enumerate(chunks):
        h = (0 if ci == 0 else 20) + hdr_h + sum(est(c, b) for c, b, _, _ in ch)
        tot = (used if ci == 0 else 0) + h
        assert tot < avail, (spec["file"], ci, tot, avail)
        last_used = tot
    sig_h = 6 * 11 + 11 * len(spec.get("notes", [])) + 10
    extra_page = last_used + sig_h > avail
    page = 1
    for ci, ch in enumerate(chunks):
        if ci > 0:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            page += 1
            doc.add_paragraph("(lanjutan)")
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            c.text = ""
            rr = c.paragraphs[0].add_run(h)
            rr.bold = True
        for cells, bold, shade, tag in ch:
            rc = tb.add_row().cells
            for k, (c, v) in enumerate(zip(rc, cells)):
                c.text = ""
                rr = c.paragraphs[0].add_run(v)
                rr.bold = bold
                if k >= 4:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if tag is not None:
                for r in rows:
                    if id(r) == tag:
                        r["page"] = page
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    for n in spec.get("notes", []):
        doc.add_paragraph(n).runs[0].font.size = Pt(7)
    for t, b in [(f"Samarinda, {spec['date']}", False), (o["title"] + ",", False), ("", False), ("", False),
                 (o["head"], True), (f"NIP. {o['nip']}", False)]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(17)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(t).bold = b
    doc.save(os.path.join(DOCS, spec["file"]))
    normalize_zip(os.path.join(DOCS, spec["file"]))
    return page + (1 if extra_page else 0)


# ----------------------------------------------------------------------------- XLSX
def render_xlsx(spec, rows):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    import datetime

    plan = spec["kind"] == "plan"
    wb = Workbook()
    wb.properties.creator = OPDS[spec["opd"]]["short"]
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 15, 9, 0, 0)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="D9E1F2")
    sheets = spec["sheets"]  # list of (sheet title, [ids])
    o = OPDS[spec["opd"]]
    money_txt = spec.get("style", {}).get("money_text", set())
    pct_txt = spec.get("style", {}).get("pct_text", set())
    for si, (stitle, ids) in enumerate(sheets):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = stitle
        sub = [r for r in rows if r["ind"]["id"] in ids]
        subspec = dict(spec, ids=ids)
        drows = display_rows(subspec, sub)
        ncol = 7 if plan else 12
        ws.cell(1, 1, "PEMERINTAH KOTA SAMARINDA").font = Font(bold=True, size=12)
        ws.cell(2, 1, o["name"].upper()).font = Font(bold=True, size=11)
        for k, t in enumerate(spec["title"]):
            ws.cell(3 + k, 1, t).font = Font(bold=True)
        for rr in range(1, 3 + len(spec["title"])):
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
            ws.cell(rr, 1).alignment = Alignment(horizontal="center")
        h = 4 + len(spec["title"])
        if plan:
            heads = ["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan",
                     f"Target {spec['year']}", "Keterangan"]
            for c, t in enumerate(heads, 1):
                ws.cell(h, c, t)
            data0 = h + 1
            hdr_rows = [h]
        else:
            top = ["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Kinerja", None,
                   None, "Anggaran", None, None, "Ket."]
            low = [None] * 5 + ["Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", None]
            for c, t in enumerate(top, 1):
                if t:
                    ws.cell(h, c, t)
            for c, t in enumerate(low, 1):
                if t:
                    ws.cell(h + 1, c, t)
            for c in (1, 2, 3, 4, 5, 12):
                ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
            ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=8)
            ws.merge_cells(start_row=h, start_column=9, end_row=h, end_column=11)
            data0 = h + 2
            hdr_rows = [h, h + 1]
        for hr in hdr_rows:
            for c in range(1, ncol + 1):
                cell = ws.cell(hr, c)
                cell.font = Font(bold=True)
                cell.fill = hfill
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = bd
        rr = data0
        no = 0
        for d in drows:
            ent = d["ent"]
            if ent is not None:
                if ent["level"] == "P":
                    no += 1
                    ws.cell(rr, 1, no)
                ws.cell(rr, 2, ent["code"])
                ws.cell(rr, 3, ent["name"])
                if ent["level"] == "P":
                    for c in range(1, ncol + 1):
                        ws.cell(rr, c).font = Font(bold=True)
            if d["kind"] == "ind":
                r = d["row"]
                ind = r["ind"]
                iid = ind["id"]
                ws.cell(rr, 4, ind["name"])
                ws.cell(rr, 5, ind["unit"])
                fmt = "#,##0" if ind["dec"] == 0 else "#,##0." + "0" * ind["dec"]
                c = ws.cell(rr, 6, r["t"] if r["t"] is not None else "-")
                c.number_format = fmt
                if not plan:
                    c = ws.cell(rr, 7, r["r"])
                    c.number_format = fmt
                    if iid in pct_txt:
                        ws.cell(rr, 8, fnum(r["ach"], 2) + " %")
                    elif r["ach"] is not None:
                        ws.cell(rr, 8, r["ach"]).number_format = "0.00"
                    else:
                        ws.cell(rr, 8, "-")
                    if r["pagu"] is not None:
                        if iid in money_txt:
                            ws.cell(rr, 9, fmoney(r["pagu"], "rp"))
                            ws.cell(rr, 10, fmoney(r["breal"], "rp"))
                        else:
                            ws.cell(rr, 9, r["pagu"]).number_format = "#,##0"
                            ws.cell(rr, 10, r["breal"]).number_format = "#,##0"
                        ws.cell(rr, 11, r["absorp"]).number_format = "0.00"
                    note = spec.get("xnote", {}).get(iid)
                    if note:
                        ws.cell(rr, 12, note)
                else:
                    note = spec.get("style", {}).get("plan_note", {}).get(iid)
                    if note:
                        ws.cell(rr, 7, note)
                r["page"] = si + 1
            for c in range(1, ncol + 1):
                ws.cell(rr, c).border = bd
                ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top")
            rr += 1
        rr += 1
        for n in spec.get("notes", []) if si == len(sheets) - 1 else []:
            ws.cell(rr, 2, n).font = Font(italic=True, size=9)
            rr += 1
        if si == len(sheets) - 1:
            rr += 1
            for t in [f"Samarinda, {spec['date']}", o["title"] + ",", "", "", o["head"], f"NIP. {o['nip']}"]:
                ws.cell(rr, 9, t)
                rr += 1
        widths = [5, 18, 42, 44, 12, 13, 13, 11, 18, 18, 10, 16] if not plan else [5, 18, 48, 50, 14, 13, 24]
        for k, w in enumerate(widths):
            ws.column_dimensions[chr(65 + k)].width = w
        ws.freeze_panes = ws.cell(data0, 1)
    if spec.get("extra_sheet"):
        ws = wb.create_sheet(spec["extra_sheet"][0])
        for k, line in enumerate(spec["extra_sheet"][1], 1):
            ws.cell(k, 1, line)
        ws.column_dimensions["A"].width = 110
    wb.save(os.path.join(DOCS, spec["file"]))
    normalize_zip(os.path.join(DOCS, spec["file"]))
    return len(sheets) + (1 if spec.get("extra_sheet") else 0)


# ----------------------------------------------------------------------------- document specs
from specs import SPECS, FINDINGS  # noqa: E402


def main():
    os.makedirs(DOCS, exist_ok=True)
    for f in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, f))
    documents, indicators = [], []
    pages_of = {}
    for spec in SPECS:
        rows = build_rows(spec)
        lay = spec["layout"]
        if lay == "pdf_table":
            size = landscape(A4)
            n = render_table_doc(spec, rows, RLBackend(os.path.join(DOCS, spec["file"]), size), size)
        elif lay == "scan":
            n = render_scan(spec, rows)
        elif lay == "pdf_prose":
            n = render_prose(spec, rows)
        elif lay == "docx_table":
            n = render_docx(spec, rows)
        elif lay == "xlsx":
            n = render_xlsx(spec, rows)
        else:
            raise ValueError(lay)
        o = OPDS[spec["opd"]]["name"]
        documents.append(dict(file=spec["file"], opd=o, fiscal_year=spec["year"], layout=lay, pages=n,
                              doc_type=spec["doc_type"]))
        for r in rows:
            ind = r["ind"]
            assert r["page"] is not None, (spec["file"], ind["id"])
            pages_of[(spec["file"], ind["id"])] = r["page"]
            indicators.append(dict(
                file=spec["file"], page=r["page"], opd=o, fiscal_year=spec["year"], programme=ind["prog"],
                kegiatan=ind["keg"], sub_kegiatan=ind["sub"], indicator=ind["name"], unit=ind["unit"],
                target=r["t"], realisation=r["r"], achievement_pct=r["ach"], lower_is_better=ind["lib"],
                pagu=r["pagu"], budget_realisation=r["breal"], absorption_pct=r["absorp"]))
        print(f"{spec['file']:45s} {lay:10s} pages={n} rows={len(rows)}")
    findings = []
    for ftype, opd, year, iid, files in FINDINGS:
        inds, _ = CATS[opd]
        findings.append(dict(type=ftype, opd=OPDS[opd]["name"], fiscal_year=year, indicator=inds[iid]["name"],
                             citations=[dict(file=f, page=pages_of[(f, iid)]) for f in files]))
    labels = dict(documents=documents, indicators=indicators, findings=findings)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(documents), "documents", len(indicators), "indicator rows", len(findings), "findings")


if __name__ == "__main__":
    main()
