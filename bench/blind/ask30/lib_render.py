"""Rendering helpers for the ask30 blind set (PDF, xlsx, docx, csv, scans).

Everything is deterministic: fixed seeds, fixed timestamps, zip entries normalised.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DT = (2026, 1, 5, 8, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- numbers
def rp(n: int) -> str:
    """Indonesian thousands: 1250000 -> '1.250.000'."""
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def dec(x: float, d: int = 2) -> str:
    """Indonesian decimal: 87.5 -> '87,5' (d decimals, trailing zeros kept)."""
    return f"{x:.{d}f}".replace(".", ",")


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: str) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-01-05T08:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- PDF
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))


def make_pdf(path: str, pages: list[list[tuple]], *, serif: bool = False, title: str = "",
             footer: str = "", land: bool = False) -> None:
    """pages: list of pages; each page a list of items:
    ("h", text) heading, ("c", text) centred bold, ("p", text) paragraph,
    ("t", rows, colwidths_mm[, header_rows]) table, ("s", mm) spacer, ("small", text)."""
    fn, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    st_p = ParagraphStyle("p", fontName=fn, fontSize=10, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    st_h = ParagraphStyle("h", fontName=fb, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=6)
    st_c = ParagraphStyle("c", fontName=fb, fontSize=12, leading=16, alignment=TA_CENTER,
                          spaceAfter=4)
    st_small = ParagraphStyle("sm", fontName=fn, fontSize=8, leading=10)
    st_cell = ParagraphStyle("cell", fontName=fn, fontSize=8.3, leading=10)
    st_cellb = ParagraphStyle("cellb", fontName=fb, fontSize=8.3, leading=10)
    flow = []
    for pi, page in enumerate(pages):
        for it in page:
            k = it[0]
            if k == "h":
                flow.append(Paragraph(it[1], st_h))
            elif k == "c":
                flow.append(Paragraph(it[1], st_c))
            elif k == "p":
                flow.append(Paragraph(it[1], st_p))
            elif k == "small":
                flow.append(Paragraph(it[1], st_small))
            elif k == "s":
                flow.append(Spacer(1, it[1] * mm))
            elif k == "t":
                rows, cw = it[1], it[2]
                hdr = it[3] if len(it) > 3 else 1
                data = [[Paragraph(str(c), st_cellb if r < hdr else st_cell) for c in row]
                        for r, row in enumerate(rows)]
                t = Table(data, colWidths=[w * mm for w in cw], repeatRows=0)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, hdr - 1), colors.Color(0.88, 0.88, 0.88)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]))
                flow.append(t)
                flow.append(Spacer(1, 3 * mm))
        if pi < len(pages) - 1:
            flow.append(PageBreak())

    def on_page(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if footer:
            c.drawString(20 * mm, 10 * mm, footer)
        c.drawRightString(d.pagesize[0] - 20 * mm, 10 * mm, f"Hal. {d.page}")
        c.restoreState()

    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                            author="", creator="", producer="")
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def image_pdf(path: str, jpeg_bytes: bytes, size_px: tuple[int, int]) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes)), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- scans
def _font(size: int, bold: bool = False, mono: bool = False):
    name = "DejaVuSansMono.ttf" if mono else ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(FONT_DIR + name, size)


def render_page(items: list[tuple], w: int = 1654, h: int = 2339, margin: int = 150):
    """Draws items on a white A4 page at 200 dpi; returns (PIL 'L' image, truth lines)."""
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    y = margin
    truth: list[str] = []
    for it in items:
        k = it[0]
        if k in ("t", "tb", "tc", "tbc"):
            text, size = it[1], (it[2] if len(it) > 2 else 30)
            f = _font(size, bold="b" in k)
            tw = d.textlength(text, font=f)
            x = (w - tw) / 2 if "c" in k else margin + (it[3] if len(it) > 3 else 0)
            d.text((x, y), text, font=f, fill=20)
            y += int(size * 1.45)
            truth.append(text)
        elif k == "gap":
            y += it[1]
        elif k == "hr":
            d.line((margin, y, w - margin, y), fill=0, width=4)
            y += 14
        elif k == "tab":
            rows, cw = it[1], it[2]
            size = it[3] if len(it) > 3 else 26
            rh = int(size * 1.75)
            x0 = margin
            for ri, row in enumerate(rows):
                f = _font(size, bold=(ri == 0))
                x = x0
                for ci, cell in enumerate(row):
                    d.rectangle((x, y, x + cw[ci], y + rh), outline=0, width=2)
                    txt = str(cell)
                    if re.fullmatch(r"[\d.,%Rp\s-]+", txt) and ri > 0:
                        tw = d.textlength(txt, font=f)
                        d.text((x + cw[ci] - tw - 10, y + (rh - size) / 2 - 2), txt, font=f, fill=15)
                    else:
                        d.text((x + 10, y + (rh - size) / 2 - 2), txt, font=f, fill=15)
                    x += cw[ci]
                y += rh
                truth.append(" | ".join(str(c) for c in row))
            y += 20
        elif k == "sign":  # handwritten-ish signature scribble
            rng = np.random.default_rng(it[1])
            pts = [(margin + it[2] + i * 18, y + 30 + int(rng.integers(-25, 25))) for i in range(14)]
            d.line(pts, fill=40, width=4)
            y += 80
    return img, truth


def degrade_scan(img: Image.Image, seed: int, angle: float, noise: float = 9.0,
                 speckle: float = 0.0008) -> Image.Image:
    rng = np.random.default_rng(seed)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 12  # greyish paper
    a += rng.normal(0, noise, a.shape)
    sp = rng.random(a.shape)
    a[sp < speckle] = 30
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def degrade_photo(img: Image.Image, seed: int, angle: float, out_w: int = 1500) -> Image.Image:
    rng = np.random.default_rng(seed)
    w, h = img.size
    page = Image.merge("RGB", [img.point(lambda v: int(v * 0.94 + 10)),
                               img.point(lambda v: int(v * 0.92 + 10)),
                               img.point(lambda v: int(v * 0.86 + 12))])
    bg = Image.new("RGB", (w + 260, h + 260), (92, 66, 45))
    bg.paste(page, (130, 130))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(80, 58, 40))
    W, H = bg.size
    dx = int(W * 0.035)
    # mild keystone: top edge narrower than bottom
    quad = (-dx, 0, -int(dx * 0.2), H, W + int(dx * 0.2), H, W + dx, 0)
    bg = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(80, 58, 40))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.0 - 0.22 * ((xx / W - 0.25) ** 2 + (yy / H - 0.2) ** 2)
    a *= light[..., None]
    a += rng.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    return out.resize((out_w, int(H * out_w / W)), Image.LANCZOS)


def save_img(img: Image.Image, path: str, quality: int = 80) -> bytes:
    buf = io.BytesIO()
    if path.endswith(".png"):
        img.save(buf, format="PNG", dpi=(200, 200), optimize=True)
    else:
        img.save(buf, format="JPEG", quality=quality, dpi=(200, 200))
    data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    return data


# ---------------------------------------------------------------- docx
def make_docx(path: str, blocks: list[tuple]) -> None:
    """blocks: ("h", text, level) | ("p", text) | ("t", rows)"""
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = "operator"
    doc.core_properties.created = datetime(2026, 1, 5, 8, 0, 0)
    doc.core_properties.modified = datetime(2026, 1, 5, 8, 0, 0)
    doc.core_properties.last_modified_by = "operator"
    doc.core_properties.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for b in blocks:
        if b[0] == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
    doc.save(path)
    normalize_zip(path)
