"""Helpers for the ask25 blind set: writers for PDF / xlsx / csv / docx / scans, number formats."""
import csv, io, json, math, os, random, zipfile
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfgen import canvas as rl_canvas
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))

FIXED_ZIP_DATE = (2026, 1, 5, 8, 0, 0)


def fi(n):
    """Indonesian integer format 1.250.000"""
    s = f"{int(round(n)):,}".replace(",", ".")
    return s


def fd(x, d=2):
    """Indonesian decimal format 87,50 (d decimals) with thousands dots."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ---------------------------------------------------------------- PDF
def styles(serif=False):
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    return {
        "title": ParagraphStyle("t", fontName=fb, fontSize=12.5, leading=16, alignment=1, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=f, fontSize=10, leading=13, alignment=1, spaceAfter=2),
        "h": ParagraphStyle("h", fontName=fb, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=f, fontSize=10, leading=14, spaceAfter=6),
        "small": ParagraphStyle("sm", fontName=f, fontSize=8, leading=10),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8.5, leading=10.5),
        "f": f, "fb": fb,
    }


def make_pdf(path, pages, serif=False, footer=None):
    st = styles(serif)
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        for it in page:
            k = it[0]
            if k in ("title", "sub", "h", "p", "small"):
                story.append(Paragraph(it[1], st[k]))
            elif k == "sp":
                story.append(Spacer(1, it[1]))
            elif k == "t":
                rows, widths = it[1], it[2]
                opts = it[3] if len(it) > 3 else {}
                data = [[Paragraph(str(c), st["cell"]) if isinstance(c, str) and len(c) > 28 else c for c in r] for r in rows]
                t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
                cmds = [("FONTNAME", (0, 0), (-1, -1), st["f"]), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                        ("FONTNAME", (0, 0), (-1, 0), st["fb"]), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hdr", "#dddddd")))]
                for c in opts.get("right", []):
                    cmds.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
                if opts.get("total"):
                    cmds.append(("FONTNAME", (0, -1), (-1, -1), st["fb"]))
                t.setStyle(TableStyle(cmds))
                story.append(t)
    def onpage(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Hal. {doc.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- zip determinism
def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps save time into dcterms:modified
                import re as _re
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-01-05T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- scans
def font(size, bold=False, mono=False):
    if mono:
        return ImageFont.truetype(FD + ("DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"), size)
    return ImageFont.truetype(FD + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), size)


def render_page(items, w=1169, h=1654, margin=90):
    """items: ('text', s, size, bold, align) | ('row', cells, xs, size, bold, aligns) | ('hline',) | ('gap', px)
    returns (PIL image L, truth lines)"""
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    y = margin
    truth = []
    for it in items:
        k = it[0]
        if k == "gap":
            y += it[1]
        elif k == "hline":
            d.line([(margin, y), (w - margin, y)], fill=30, width=2)
            y += 8
        elif k == "text":
            s, size, bold, align = it[1], it[2], it[3], it[4]
            f = font(size, bold)
            tw = d.textlength(s, font=f)
            x = margin if align == "l" else (w - tw) / 2 if align == "c" else w - margin - tw
            d.text((x, y), s, fill=20, font=f)
            y += int(size * 1.45)
            truth.append(s)
        elif k == "row":
            cells, xs, size, bold = it[1], it[2], it[3], it[4]
            aligns = it[5] if len(it) > 5 else ["l"] * len(cells)
            f = font(size, bold)
            for c, x, a, nx in zip(cells, xs, aligns, list(xs[1:]) + [w - margin]):
                if a == "r":
                    d.text((nx - 12 - d.textlength(c, font=f), y), c, fill=20, font=f)
                else:
                    d.text((x + 6, y), c, fill=20, font=f)
            rh = int(size * 1.75)
            d.line([(xs[0], y - 7), (w - margin, y - 7)], fill=60, width=1)
            d.line([(xs[0], y + rh - 7), (w - margin, y + rh - 7)], fill=60, width=1)
            for x in list(xs) + [w - margin]:
                d.line([(x, y - 7), (x, y + rh - 7)], fill=60, width=1)
            y += rh
            truth.append(" | ".join(cells))
    return img, truth


def degrade_scan(img, seed, angle):
    rng = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 12  # greyish paper
    a += rng.normal(0, 9, a.shape)
    sp = rng.random(a.shape)
    a[sp < 0.0015] = 40
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out


def degrade_photo(img, seed, angle):
    """phone photo: paper on a wooden-ish desk, uneven light, rotation, jpeg"""
    rng = np.random.default_rng(seed)
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.09)
    bg = np.zeros((H, W, 3), np.float32)
    bg[..., 0], bg[..., 1], bg[..., 2] = 120, 88, 60
    bg += rng.normal(0, 12, (H, W, 1))
    page = img.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(120, 88, 60))
    base = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    mask = Image.new("L", img.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    base.paste(page, ((W - page.size[0]) // 2, (H - page.size[1]) // 2), mask)
    a = np.asarray(base).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.78 + 0.25 * (xx / W) * (1 - 0.4 * yy / H)  # shading
    a *= light[..., None]
    a[..., 2] *= 0.95  # warm tint
    a += rng.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    return out


def image_pdf(path, imgs, dpi=200):
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    for i, im in enumerate(imgs):
        bio = io.BytesIO()
        im.convert("L").save(bio, "JPEG", quality=60)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
