"""Builders shared by generate.py (written blind for set ask17)."""
import csv, io, json, math, os, random
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))

FIXED_TS = (2026, 12, 1, 8, 0, 0)


def fmt(n):
    """Indonesian thousands separator for ints."""
    s = f"{int(n):,}".replace(",", ".")
    return s


def fmtd(x, d=1):
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ---------------------------------------------------------------- PDF
def build_pdf(path, pages, kop=None, serif=False, title="Dokumen"):
    """pages: list of pages; each page a list of blocks.
    block: ("h", text) | ("p", text) | ("t", rows, widths) | ("s", height_mm) | ("c", text)"""
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    sp = ParagraphStyle("p", fontName=base, fontSize=10, leading=14, alignment=4, spaceAfter=6)
    sc = ParagraphStyle("c", fontName=base, fontSize=10, leading=13, alignment=1)
    sh = ParagraphStyle("h", fontName=bold, fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=6)
    sk1 = ParagraphStyle("k1", fontName=bold, fontSize=13, leading=16, alignment=1)
    sk2 = ParagraphStyle("k2", fontName=base, fontSize=8.5, leading=11, alignment=1)
    st = ParagraphStyle("t", fontName=base, fontSize=8.5, leading=10.5)
    story = []
    for i, page in enumerate(pages):
        if i > 0:
            story.append(PageBreak())
        if i == 0 and kop:
            story.append(Paragraph("PEMERINTAH KOTA SAMARINDA", sk1))
            story.append(Paragraph(kop[0].upper(), sk1))
            story.append(Paragraph(kop[1], sk2))
            t = Table([[""]], colWidths=[170 * mm], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 6))
        for b in page:
            if b[0] == "h":
                story.append(Paragraph(b[1], sh))
            elif b[0] == "p":
                story.append(Paragraph(b[1], sp))
            elif b[0] == "c":
                story.append(Paragraph(b[1], sc))
            elif b[0] == "s":
                story.append(Spacer(1, b[1] * mm))
            elif b[0] == "t":
                rows = b[1]
                widths = b[2] if len(b) > 2 and b[2] else None
                data = [[Paragraph(str(c), st) for c in r] for r in rows]
                t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]))
                story.append(t)
                story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                            author="Pemerintah Kota Samarinda", creator="ask17", invariant=1)

    def footer(c, d):
        c.setFont(base, 7.5)
        c.drawRightString(190 * mm, 10 * mm, f"Hal. {d.page}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- XLSX
def build_xlsx(path, sheets):
    """sheets: list of dict(name, title_rows[list of str], header[list], rows[list of list],
    widths, merge_title(bool), notes[list of str])"""
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        r = 1
        for tr in sh.get("title_rows", []):
            ws.cell(row=r, column=1, value=tr).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
            r += 1
        r += 1
        for j, h in enumerate(sh["header"]):
            c = ws.cell(row=r, column=j + 1, value=h)
            c.font = Font(bold=True)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        r += 1
        for row in sh["rows"]:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=j + 1, value=v)
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c.number_format = "#,##0" if isinstance(v, int) else "#,##0.00"
                if isinstance(row[0], str) and row[0].upper().startswith(("JUMLAH", "TOTAL")) or \
                        (len(row) > 1 and isinstance(row[1], str) and row[1].upper().startswith(("JUMLAH", "TOTAL"))):
                    c.font = Font(bold=True)
            r += 1
        for n in sh.get("notes", []):
            r += 1
            ws.cell(row=r, column=1, value=n)
        for j, w in enumerate(sh.get("widths", [])):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    import datetime
    wb.properties.created = datetime.datetime(*FIXED_TS)
    wb.properties.modified = datetime.datetime(*FIXED_TS)
    wb.properties.creator = "ask17"
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- CSV
def build_csv(path, rows, delim=";"):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delim)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- DOCX
def build_docx(path, blocks):
    """blocks: ("h", text) | ("p", text) | ("t", rows)"""
    import docx, datetime
    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
    cp = d.core_properties
    cp.created = datetime.datetime(*FIXED_TS)
    cp.modified = datetime.datetime(*FIXED_TS)
    cp.last_modified_by = "operator"
    cp.author = "operator"
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- SCANS
def _font(size, bold=False, mono=False, serif=False):
    if mono:
        name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    elif serif:
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONTDIR + name, size)


def render_sheet(lines, width=1654, height=2339, base=30, serif=False, mono=False):
    """Render lines onto a white A4 sheet at 200 dpi. lines: list of (kind, payload).
    kinds: title (centered bold), bold, text, row (list of (x_frac, text)), gap, rule.
    Returns (PIL image, truth text)."""
    img = Image.new("L", (width, height), 255)
    dr = ImageDraw.Draw(img)
    y = int(height * 0.06)
    mx = int(width * 0.09)
    truth = []
    for kind, payload in lines:
        if kind == "gap":
            y += payload
            continue
        if kind == "rule":
            dr.line([(mx, y), (width - mx, y)], fill=30, width=3)
            y += 14
            continue
        if kind == "title":
            f = _font(int(base * 1.25), bold=True, serif=serif, mono=mono)
            tw = dr.textlength(payload, font=f)
            dr.text(((width - tw) / 2, y), payload, font=f, fill=15)
            truth.append(payload)
            y += int(base * 1.25 * 1.5)
        elif kind in ("bold", "text"):
            f = _font(base, bold=(kind == "bold"), serif=serif, mono=mono)
            dr.text((mx, y), payload, font=f, fill=20)
            truth.append(payload)
            y += int(base * 1.55)
        elif kind == "row":
            f = _font(int(base * 0.92), serif=serif, mono=mono)
            cells = []
            for xf, t in payload:
                dr.text((mx + xf * (width - 2 * mx), y), t, font=f, fill=20)
                cells.append(t)
            truth.append(" | ".join(cells))
            y += int(base * 1.5)
            dr.line([(mx, y - 6), (width - mx, y - 6)], fill=140, width=1)
    return img, "\n".join(truth)


def degrade_scan(img, rng, angle):
    """flatbed scan: slight rotation, speckle noise, light blur."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, 9, a.shape)
    speck = rng.random(a.shape) < 0.0015
    a[speck] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
    return out


def degrade_photo(img, rng, angle, out_w=1500):
    """phone photo: paper on a darker desk, rotation, uneven lighting, colour cast, jpeg."""
    w, h = img.size
    paper = Image.merge("RGB", [img.point(lambda v: int(v * 0.97)),
                                img.point(lambda v: int(v * 0.95)),
                                img.point(lambda v: int(v * 0.88))])
    bg = Image.new("RGB", (int(w * 1.18), int(h * 1.12)), (92, 74, 58))
    bg.paste(paper, (int(w * 0.09), int(h * 0.06)))
    bg = bg.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(92, 74, 58))
    a = np.asarray(bg).astype(np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.78 + 0.28 * (1 - ((xx / W - 0.35) ** 2 + (yy / H - 0.3) ** 2))
    a *= light[..., None]
    a += rng.normal(0, 6, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    scale = out_w / W
    out = out.resize((out_w, int(H * scale)), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.5))
    return out


def image_only_pdf(path, img_path, dpi=200):
    from reportlab.lib.utils import ImageReader
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img_path), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so that output is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-12-01T08:00:00Z\2", d)
              if n == "docProps/core.xml" else d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
