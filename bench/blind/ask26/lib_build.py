"""Shared builders for the ask26 set (PDF, xlsx, csv, docx, scans) and number formatting."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1  # fixed timestamps / ids in PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))

FIXED_DT = dt.datetime(2026, 12, 1, 8, 0, 0)


def rp(n) -> str:
    """Indonesian thousands format: 1250000 -> '1.250.000'."""
    n = int(n)
    s = f"{abs(n):,}".replace(",", ".")
    return "-" + s if n < 0 else s


def dec(x, d=2) -> str:
    """Indonesian decimal: 87.5 -> '87,50' (d decimals)."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


# ---------------------------------------------------------------- PDF
def _styles(serif=False):
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    return {
        "p": ParagraphStyle("p", fontName=f, fontSize=10, leading=14, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=fb, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=6),
        "title": ParagraphStyle("t", fontName=fb, fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=8),
        "kop": ParagraphStyle("k", fontName=fb, fontSize=11, leading=13.5, alignment=TA_CENTER),
        "kops": ParagraphStyle("ks", fontName=f, fontSize=8.5, leading=11, alignment=TA_CENTER),
        "small": ParagraphStyle("s", fontName=f, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=8.5, leading=10.5),
    }


def _table(rows, widths, st, header_rows=1, total_last=False, align_right_from=2):
    data = []
    for r_i, row in enumerate(rows):
        out = []
        for c in row:
            if isinstance(c, str) and (len(c) > 28 or (r_i < header_rows and len(c) > 8)):
                out.append(Paragraph(c, st["cellb"] if r_i < header_rows else st["cell"]))
            else:
                out.append(c)
        data.append(out)
    t = Table(data, colWidths=[w * cm for w in widths] if widths else None, repeatRows=header_rows)
    style = [
        ("FONT", (0, 0), (-1, -1), "DV", 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), "DVB", 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"),
    ]
    if total_last:
        style.append(("FONT", (0, -1), (-1, -1), "DVB", 8.5))
    t.setStyle(TableStyle(style))
    return t


def build_pdf(path, pages, kop=None, serif=False, land=False, title="", footer_txt=""):
    st = _styles(serif)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.8 * cm, title=title,
                            author="", creator="Microsoft Word - dokumen", producer="")
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        if i == 0 and kop:
            for j, line in enumerate(kop):
                story.append(Paragraph(line, st["kop"] if j < len(kop) - 1 else st["kops"]))
            t = Table([[""]], colWidths=[(size[0] - 4 * cm)])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 8))
        for b in page:
            kind = b[0]
            if kind == "t":
                opts = b[3] if len(b) > 3 else {}
                story.append(_table(b[1], b[2], st, **opts))
                story.append(Spacer(1, 8))
            elif kind == "sp":
                story.append(Spacer(1, b[1]))
            else:
                story.append(Paragraph(b[1], st[kind]))

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.drawRightString(size[0] - 2 * cm, 1 * cm, f"Hal. {d.page}")
        if footer_txt:
            canv.drawString(2 * cm, 1 * cm, footer_txt)
        canv.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def image_pdf(path, img: Image.Image, dpi=200):
    """An image-only PDF (one page per image) - a scanned document, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    w_in, h_in = img.size[0] / dpi, img.size[1] / dpi
    c = canvas.Canvas(path, pagesize=(w_in * 72, h_in * 72))
    buf = io.BytesIO()
    img.convert("L").save(buf, "JPEG", quality=70)
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, w_in * 72, h_in * 72)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- xlsx / csv / docx
def fix_xlsx_props(wb):
    wb.properties.creator = "operator"
    wb.properties.lastModifiedBy = "operator"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def write_csv(path, rows, delimiter=";"):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


def fix_docx_props(d):
    cp = d.core_properties
    cp.author = "operator"
    cp.last_modified_by = "operator"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


# ---------------------------------------------------------------- scans
def _font(size, mono=False, bold=False):
    name = "DejaVuSansMono.ttf" if mono else ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if mono and bold:
        name = "DejaVuSansMono-Bold.ttf"
    return ImageFont.truetype(FONT_DIR + name, size)


def render_paper(lines, width=1240, height=1700, size=27, margin=90, line_gap=1.55):
    """Render text lines onto a white 200-dpi 'paper'. A line starting with '#' is bold/centered,
    a line starting with '|' is monospace (tables). Returns (image, truth_text)."""
    img = Image.new("L", (width, height), 250)
    dr = ImageDraw.Draw(img)
    y = margin
    truth = []
    for ln in lines:
        if ln.startswith("#"):
            t = ln[1:].strip()
            f = _font(size + 3, bold=True)
            w = dr.textlength(t, font=f)
            dr.text(((width - w) / 2, y), t, font=f, fill=25)
            y += int((size + 3) * line_gap)
        elif ln.startswith("|"):
            t = ln[1:]
            f = _font(size - 3, mono=True)
            dr.text((margin, y), t, font=f, fill=30)
            y += int(size * line_gap * 0.95)
        elif ln == "---":
            dr.line((margin, y + 6, width - margin, y + 6), fill=40, width=3)
            y += 22
            continue
        else:
            t = ln
            f = _font(size)
            dr.text((margin, y), t, font=f, fill=30)
            y += int(size * line_gap)
        truth.append(t)
    assert y < height - 40, f"text overflows paper ({y} > {height})"
    return img, "\n".join(truth) + "\n"


def flatbed(img, seed, angle):
    rng = np.random.default_rng(seed)
    im = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=246)
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, 7, a.shape)
    # speckles
    n = a.size // 3000
    ys, xs = rng.integers(0, a.shape[0], n), rng.integers(0, a.shape[1], n)
    a[ys, xs] = rng.integers(60, 160, n)
    # slightly grey left edge (scanner lid shadow)
    a[:, :18] *= 0.7
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return im


def phone_photo(img, seed, tilt=2.0):
    rng = np.random.default_rng(seed)
    W, H = img.size
    pad = 160
    bg = np.full((H + 2 * pad, W + 2 * pad, 3), (96, 78, 62), np.float32)
    bg += rng.normal(0, 10, bg.shape)  # table texture
    paper = np.asarray(img.convert("RGB")).astype(np.float32) * np.array([1.0, 0.98, 0.93])
    bg[pad:pad + H, pad:pad + W] = paper
    im = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    BW, BH = im.size
    j = lambda: float(rng.uniform(-30, 30))  # noqa: E731
    quad = (j() + 40, j() + 30, j() + 10, BH - 20 + j(), BW - 5 + j(), BH - 35 + j(), BW - 50 + j(), 15 + j())
    im = im.transform((BW, BH), Image.QUAD, quad, resample=Image.BICUBIC)
    im = im.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=(80, 66, 54))
    a = np.asarray(im).astype(np.float32)
    yy, xx = np.mgrid[0:BH, 0:BW]
    light = 0.78 + 0.30 * (1 - ((xx / BW - 0.35) ** 2 + (yy / BH - 0.3) ** 2))
    a *= light[..., None]
    a += rng.normal(0, 6, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return im


def save_img(im, path):
    if path.endswith(".png"):
        im.save(path, dpi=(200, 200), optimize=True)
    else:
        im.save(path, "JPEG", quality=74, dpi=(200, 200))


def ensure(d):
    os.makedirs(d, exist_ok=True)


def normalize_zip(path):
    """Rewrite an OOXML zip (xlsx/docx) with fixed entry timestamps and fixed core-property dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                              rb"\g<1>2026-12-01T08:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
