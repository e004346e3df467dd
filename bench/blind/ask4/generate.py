#!/usr/bin/env python3
"""Generate the blind ASK evaluation set (ask4): corpus + questions.

Deterministic (seeded).  Run with the scratch venv:
    /work/scratch/ask4/bin/python generate.py
Outputs: corpus/*, corpus/manifest.json, questions.json, truth_notes.json (scan text + arithmetic,
used only by verify.py; not part of the corpus).
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
os.makedirs(CORPUS, exist_ok=True)
SEED = 20261203
FIXED_DT = dt.datetime(2026, 12, 3, 8, 0, 0)

KES = "Dinas Kesehatan"
PU = "Dinas Pekerjaan Umum dan Penataan Ruang"
DIK = "Dinas Pendidikan dan Kebudayaan"
DLH = "Dinas Lingkungan Hidup"
HUB = "Dinas Perhubungan"
SOS = "Dinas Sosial"
KEC = "Kecamatan Samarinda Ulu"

MANIFEST = []
SCAN_TEXT = {}  # file -> full text drawn on the image (truth for verify)
NOTES = {}      # qid -> arithmetic / cross-doc notes


def rp(n):
    """Indonesian thousands separator: 1250000 -> '1.250.000'."""
    return f"{int(n):,}".replace(",", ".")


def pct(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


def add(file, opd, cat, fy):
    MANIFEST.append({"file": file, "opd": opd, "category": cat, "fiscal_year": fy})


# --------------------------------------------------------------------------------------- PDF
SS = getSampleStyleSheet()
P = ParagraphStyle("p", parent=SS["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                   spaceAfter=5, alignment=4)
PC = ParagraphStyle("pc", parent=P, alignment=TA_CENTER)
H = ParagraphStyle("h", parent=P, fontName="Helvetica-Bold", fontSize=12, leading=15,
                   alignment=TA_CENTER, spaceAfter=4)
H2 = ParagraphStyle("h2", parent=P, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6)
KOP = ParagraphStyle("kop", parent=P, fontName="Times-Bold", fontSize=13, leading=15,
                     alignment=TA_CENTER, spaceAfter=0)
KOPS = ParagraphStyle("kops", parent=P, fontName="Times-Roman", fontSize=8.5, leading=10,
                      alignment=TA_CENTER)
TC = ParagraphStyle("tc", parent=P, fontSize=8.5, leading=10, alignment=0, spaceAfter=0)


def kop(opd, addr):
    return [Paragraph("PEMERINTAH KOTA SAMARINDA", KOP), Paragraph(opd.upper(), KOP),
            Paragraph(addr, KOPS), Spacer(1, 2 * mm),
            Table([[""]], colWidths=[170 * mm], style=[("LINEABOVE", (0, 0), (-1, -1), 1.5,
                                                         colors.black)]),
            Spacer(1, 3 * mm)]


def tbl(rows, widths, header_rows=1, fs=8.5, right_cols=()):
    data = [[Paragraph(str(c), TC) if isinstance(c, str) and len(c) > 28 else c for c in r]
            for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
          ("FONTSIZE", (0, 0), (-1, -1), fs),
          ("FONTNAME", (0, 0), (-1, header_rows - 1), "Helvetica-Bold"),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dddddd")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for c in right_cols:
        st.append(("ALIGN", (c, header_rows), (c, -1), "RIGHT"))
    t.setStyle(TableStyle(st))
    return t


def sign(place_date, role, name, nip):
    rows = [[" ", place_date], [" ", role], [" ", ""], [" ", ""], [" ", name], [" ", nip]]
    t = Table(rows, colWidths=[95 * mm, 75 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                           ("FONTNAME", (1, 4), (1, 4), "Helvetica-Bold"),
                           ("ALIGN", (1, 0), (1, -1), "CENTER")]))
    return t


def build_pdf(name, story, footer):
    path = os.path.join(CORPUS, name)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, footer)
        c.drawRightString(190 * mm, 10 * mm, f"Hal. {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=name,
                            author="Pemerintah Kota Samarinda", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def para(t):
    return Paragraph(t, P)


# --------------------------------------------------------------------------------------- scans
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def font(size, bold=False, serif=False, mono=False):
    if mono:
        f = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    elif serif:
        f = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        f = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONT_DIR + f, size)


class Sheet:
    """A4 page at 200 dpi drawn with PIL; records every text it draws."""

    def __init__(self, name, serif=False, w=1654, h=2339, margin=150):
        self.name, self.serif = name, serif
        self.img = Image.new("L", (w, h), 255)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h, self.m = w, h, margin
        self.y = 120
        self.texts = []

    def f(self, size, bold=False):
        return font(size, bold, self.serif)

    def text(self, s, size=30, bold=False, center=False, indent=0, gap=10):
        fn = self.f(size, bold)
        maxw = self.w - 2 * self.m - indent
        words, line, lines = s.split(), "", []
        for wd in words:
            t = (line + " " + wd).strip()
            if fn.getlength(t) > maxw and line:
                lines.append(line)
                line = wd
            else:
                line = t
        if line:
            lines.append(line)
        for ln in lines:
            x = (self.w - fn.getlength(ln)) / 2 if center else self.m + indent
            self.d.text((x, self.y), ln, fill=20, font=fn)
            self.y += int(size * 1.35)
        self.y += gap
        self.texts.append(s)

    def rule(self, width=4):
        self.d.line((self.m, self.y, self.w - self.m, self.y), fill=0, width=width)
        self.y += 18

    def table(self, rows, widths, size=26, header=1, right=(), row_h=None):
        fn, fb = self.f(size), self.f(size, True)
        rh = row_h or int(size * 1.9)
        x0 = self.m
        tot = sum(widths)
        scale = (self.w - 2 * self.m) / tot
        ws = [int(w * scale) for w in widths]
        for ri, r in enumerate(rows):
            x = x0
            for ci, c in enumerate(r):
                c = str(c)
                fnt = fb if ri < header else fn
                self.d.rectangle((x, self.y, x + ws[ci], self.y + rh), outline=0, width=2)
                tw = fnt.getlength(c)
                while tw > ws[ci] - 14 and len(c) > 3:  # should not happen; keep text intact
                    fnt = self.f(int(fnt.size * 0.92), ri < header)
                    tw = fnt.getlength(c)
                if ci in right and ri >= header:
                    tx = x + ws[ci] - 10 - tw
                elif ri < header:
                    tx = x + (ws[ci] - tw) / 2
                else:
                    tx = x + 10
                self.d.text((tx, self.y + (rh - fnt.size) / 2 - 2), c, fill=15, font=fnt)
                x += ws[ci]
            self.y += rh
            self.texts.append(" | ".join(str(c) for c in r))
        self.y += 20

    def space(self, px):
        self.y += px


def degrade_scan(img, rng, angle):
    """Flatbed scan: slight skew, blur, grey background, sparse speckle."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img).astype(np.int16)
    a = (a * 0.93 + 8).astype(np.int16)            # lift blacks, darken paper (~245)
    sp = rng.random(a.shape)
    a[sp < 0.0015] = 40                            # dust specks
    a[(sp > 0.9995)] = 255
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


def degrade_photo(img, rng, angle):
    """Phone photo: perspective, uneven light, sensor noise, JPEG."""
    w, h = img.size
    bg = Image.new("L", (w + 160, h + 160), 95)
    bg.paste(img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255), (80, 80))
    W, Hh = bg.size
    d = 40
    quad = (0 + d * 0.6, 0 + d * 0.2, 0, Hh, W, Hh - d * 0.3, W - d * 0.8, 0)
    bg = bg.transform((W, Hh), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=90)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:Hh, 0:W]
    light = 0.80 + 0.20 * (1 - ((xx / W - 0.35) ** 2 + (yy / Hh - 0.3) ** 2))
    a = a * light + rng.normal(0, 5, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.8))
    return im


def save_scan(sheet, kind, rng, angle):
    path = os.path.join(CORPUS, sheet.name)
    img = sheet.img.crop((0, 0, sheet.w, min(sheet.h, max(sheet.y + 160, 1400))))
    if kind == "png":
        degrade_scan(img, rng, angle).save(path, optimize=True)
    elif kind == "jpg":
        degrade_photo(img, rng, angle).save(path, quality=72, optimize=True)
    elif kind == "pdf":
        degrade_scan(sheet.img, rng, angle).save(path, "PDF", resolution=200.0, creationDate=FIXED_DT.timetuple(),
                                                 modDate=FIXED_DT.timetuple(), producer="scanner", creator="scanner")
    SCAN_TEXT[sheet.name] = "\n".join(sheet.texts)


# --------------------------------------------------------------------------------------- office
def fix_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2026-12-03T08:00:00Z",
                              data)
            zi = zipfile.ZipInfo(n, date_time=(2026, 12, 3, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def save_xlsx(name, build):
    from openpyxl import Workbook
    wb = Workbook()
    build(wb)
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "operator"
    wb.save(os.path.join(CORPUS, name))
    fix_zip(os.path.join(CORPUS, name))


def save_docx(name, build):
    import docx
    doc = docx.Document()
    build(doc)
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.author = "operator"
    cp.last_modified_by = "operator"
    doc.save(os.path.join(CORPUS, name))
    fix_zip(os.path.join(CORPUS, name))


def save_csv(name, header, rows, delim=","):
    with open(os.path.join(CORPUS, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delim, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


from gen_docs import build_all  # noqa: E402  (documents, kept in a second file)
from gen_questions import QUESTIONS  # noqa: E402


def main():
    rng = np.random.default_rng(SEED)
    random.seed(SEED)
    ctx = dict(add=add, rp=rp, pct=pct, kop=kop, tbl=tbl, sign=sign, build_pdf=build_pdf,
               para=para, P=P, PC=PC, H=H, H2=H2, Paragraph=Paragraph, Spacer=Spacer,
               PageBreak=PageBreak, mm=mm, Sheet=Sheet, save_scan=save_scan,
               save_xlsx=save_xlsx, save_docx=save_docx, save_csv=save_csv, rng=rng,
               NOTES=NOTES, K=dict(KES=KES, PU=PU, DIK=DIK, DLH=DLH, HUB=HUB, SOS=SOS, KEC=KEC))
    facts = build_all(ctx)
    qs = QUESTIONS(facts, ctx)
    with open(os.path.join(CORPUS, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(MANIFEST, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(qs, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "truth_notes.json"), "w", encoding="utf-8") as fh:
        json.dump({"scan_text": SCAN_TEXT, "notes": NOTES}, fh, ensure_ascii=False, indent=1)
    print(len(MANIFEST), "documents;", len(qs), "questions")


if __name__ == "__main__":
    main()
