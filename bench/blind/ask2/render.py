"""Renderers for the ask2 blind set: text PDF, scan (PNG/JPG/image-only PDF), xlsx, csv, docx.

A document body is a list of blocks:
  ("kop", [lines])          letterhead (bold, centred) followed by a rule
  ("title", text)           centred bold title
  ("h", text)               heading
  ("p", text)               paragraph
  ("table", {"rows": [[...]], "widths": [fractions], "header": n, "size": pt})
  ("sign", [lines])         signature block (right side)
  ("note", text)            small footnote text
  ("pagebreak", None)
"""
from __future__ import annotations

import csv
import io
import os
import textwrap

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SANS = os.path.join(FONT_DIR, "DejaVuSans.ttf")
SANS_B = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
SERIF = os.path.join(FONT_DIR, "DejaVuSerif.ttf")
SERIF_B = os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")
MONO = os.path.join(FONT_DIR, "DejaVuSansMono.ttf")


def block_text(blocks) -> str:
    """Plain text of a block list (the truth used by verify.py for scans)."""
    out = []
    for kind, val in blocks:
        if kind in ("kop", "sign"):
            out.extend(val)
        elif kind in ("title", "h", "p", "note"):
            out.append(val)
        elif kind == "table":
            for r in val["rows"]:
                out.append(" | ".join(str(c) for c in r))
    return "\n".join(out)


# ----------------------------------------------------------------------------- text PDF
def write_pdf(path, blocks, footer=None, serif=False):
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    for name, f in (("DV", SANS), ("DVB", SANS_B), ("DVS", SERIF), ("DVSB", SERIF_B)):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, f))
    base, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    st_p = ParagraphStyle("p", fontName=base, fontSize=10, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6,
                          spaceAfter=4)
    st_t = ParagraphStyle("t", fontName=bold, fontSize=12, leading=16, alignment=TA_CENTER,
                          spaceAfter=8)
    st_k = ParagraphStyle("k", fontName=bold, fontSize=11, leading=14, alignment=TA_CENTER)
    st_n = ParagraphStyle("n", fontName=base, fontSize=8, leading=10, textColor=colors.grey)
    st_s = ParagraphStyle("s", fontName=base, fontSize=10, leading=13, leftIndent=9 * cm)
    story = []
    for kind, val in blocks:
        if kind == "kop":
            for i, line in enumerate(val):
                story.append(Paragraph(line, st_k if i < 2 else ParagraphStyle(
                    "k2", parent=st_k, fontName=base, fontSize=9)))
            story.append(HRFlowable(width="100%", thickness=1.5, color=colors.black,
                                    spaceBefore=4, spaceAfter=10))
        elif kind == "title":
            story.append(Paragraph(val, st_t))
        elif kind == "h":
            story.append(Paragraph(val, st_h))
        elif kind == "p":
            story.append(Paragraph(val, st_p))
        elif kind == "note":
            story.append(Paragraph(val, st_n))
        elif kind == "sign":
            story.append(Spacer(1, 10))
            for line in val:
                story.append(Paragraph(line or "&nbsp;", st_s))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            size = val.get("size", 8.5)
            cst = ParagraphStyle("c", fontName=base, fontSize=size, leading=size + 2)
            hst = ParagraphStyle("ch", fontName=bold, fontSize=size, leading=size + 2,
                                 alignment=TA_CENTER)
            nh = val.get("header", 1)
            data = [[Paragraph(str(c), hst if i < nh else cst) for c in r]
                    for i, r in enumerate(val["rows"])]
            total_w = A4[0] - 4 * cm
            widths = [w * total_w for w in val["widths"]]
            t = Table(data, colWidths=widths, repeatRows=nh)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(base, 8)
        txt = f"Halaman {doc.page}" + (f" — {footer}" if footer else "")
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, txt)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=2 * cm, invariant=1,
                            title=os.path.basename(path), author="", creator="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------------------- scans
DPI = 200
A4PX = (1654, 2339)


def _wrap(draw, text, font, width):
    words = str(text).split()
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if draw.textlength(cand, font=font) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def render_page_image(blocks, serif=True, typewriter=False):
    W, H = A4PX
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    body_f = MONO if typewriter else (SERIF if serif else SANS)
    bold_f = SERIF_B if serif and not typewriter else SANS_B
    f_body = ImageFont.truetype(body_f, 30)
    f_bold = ImageFont.truetype(bold_f, 31)
    f_title = ImageFont.truetype(bold_f, 36)
    f_small = ImageFont.truetype(body_f, 24)
    left, right = 150, W - 140
    y = 130
    for kind, val in blocks:
        if kind == "kop":
            for i, line in enumerate(val):
                f = ImageFont.truetype(bold_f, 38 if i < 2 else 26) if i < 2 else f_small
                tw = d.textlength(line, font=f)
                d.text(((W - tw) / 2, y), line, font=f, fill=20)
                y += 46 if i < 2 else 34
            y += 8
            d.line([(left, y), (right, y)], fill=0, width=5)
            d.line([(left, y + 9), (right, y + 9)], fill=0, width=2)
            y += 36
        elif kind == "title":
            for line in _wrap(d, val, f_title, right - left):
                tw = d.textlength(line, font=f_title)
                d.text(((W - tw) / 2, y), line, font=f_title, fill=10)
                y += 48
            y += 14
        elif kind == "h":
            for line in _wrap(d, val, f_bold, right - left):
                d.text((left, y), line, font=f_bold, fill=10)
                y += 42
            y += 4
        elif kind in ("p", "note"):
            f = f_body if kind == "p" else f_small
            for line in _wrap(d, val, f, right - left):
                d.text((left, y), line, font=f, fill=25)
                y += 42 if kind == "p" else 32
            y += 14
        elif kind == "sign":
            maxw = max(d.textlength(line, font=f_body) for line in val)
            x = min(left + 860, right - maxw)
            for line in val:
                d.text((x, y), line, font=f_body, fill=25)
                y += 42
        elif kind == "table":
            nh = val.get("header", 1)
            tw = right - left
            xs = [left]
            for w in val["widths"]:
                xs.append(xs[-1] + w * tw)
            fs = int(val.get("size", 8.5) * 3.0)
            fb = ImageFont.truetype(bold_f, fs)
            fr = ImageFont.truetype(body_f, fs)
            lh = int(fs * 1.3)
            top = y
            for ri, row in enumerate(val["rows"]):
                f = fb if ri < nh else fr
                cells = [_wrap(d, c, f, xs[i + 1] - xs[i] - 16) for i, c in enumerate(row)]
                rh = max(len(c) for c in cells) * lh + 16
                if ri < nh:
                    d.rectangle([xs[0], y, xs[-1], y + rh], fill=228)
                for i, c in enumerate(cells):
                    for j, line in enumerate(c):
                        d.text((xs[i] + 8, y + 8 + j * lh), line, font=f, fill=20)
                d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
                y += rh
            d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
            for x in xs:
                d.line([(x, top), (x, y)], fill=0, width=2)
            y += 26
        if y > H - 120:
            raise ValueError("scan page overflow")
    return img


def degrade(img, seed, style="scan"):
    """style: 'scan' (flatbed, grey noise, slight skew) or 'photo' (phone photo look)."""
    rng = np.random.RandomState(seed)
    angle = float(rng.uniform(0.5, 1.4)) * (1 if rng.rand() < 0.5 else -1)
    if style == "photo":
        img = img.convert("RGB")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(96, 84, 70))
        a = np.asarray(img).astype(np.float32)
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        cx, cy = w * rng.uniform(0.4, 0.6), h * rng.uniform(0.35, 0.55)
        r = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        shade = 1.0 - 0.28 * r
        a = a * shade[..., None]
        a *= np.array([1.0, 0.97, 0.90], dtype=np.float32)  # warm paper tint
        a += rng.normal(0, 7, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        img = img.resize((int(img.width * 0.9), int(img.height * 0.9)), Image.BILINEAR)
    else:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(img).astype(np.float32)
        a = a * 0.93 + 8
        a += rng.normal(0, 9, a.shape)
        speck = rng.rand(*a.shape) < 0.0006
        a[speck] = 40
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def write_scan(path, pages, seed, style="scan", serif=True, typewriter=False):
    imgs = [degrade(render_page_image(b, serif=serif, typewriter=typewriter), seed + i, style)
            for i, b in enumerate(pages)]
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "png":
        assert len(imgs) == 1
        imgs[0].convert("L").save(path, optimize=True, dpi=(DPI, DPI))
    elif ext in ("jpg", "jpeg"):
        assert len(imgs) == 1
        imgs[0].save(path, quality=72, dpi=(DPI, DPI))
    elif ext == "pdf":
        from reportlab import rl_config

        rl_config.invariant = 1
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(path, invariant=1)
        for im in imgs:
            wpt, hpt = im.width * 72 / DPI, im.height * 72 / DPI
            c.setPageSize((wpt, hpt))
            buf = io.BytesIO()
            im.convert("L").save(buf, format="JPEG", quality=70)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
            c.showPage()
        c.save()
    else:
        raise ValueError(ext)


# ----------------------------------------------------------------------------- xlsx / csv / docx
def write_xlsx(path, sheets):
    """sheets: list of dicts {name, title_lines, header_rows, rows, merges, widths, numfmt_cols,
    footer_lines}. Numbers stay numbers; strings stay strings."""
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        r = 1
        for line in sh.get("title_lines", []):
            ws.cell(r, 1, line).font = Font(bold=True, size=12 if r == 1 else 11)
            r += 1
        r += 1 if sh.get("title_lines") else 0
        start = r
        ncols = max(len(x) for x in sh["header_rows"] + sh["rows"])
        for hr in sh["header_rows"]:
            for c, v in enumerate(hr, 1):
                if v is not None:
                    cell = ws.cell(r, c, v)
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(horizontal="center", vertical="center",
                                               wrap_text=True)
                    cell.fill = PatternFill("solid", fgColor="DDDDDD")
            r += 1
        for row in sh["rows"]:
            for c, v in enumerate(row, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, float):
                    cell.number_format = '#,##0.00'
                elif isinstance(v, int) and abs(v) >= 1000:
                    cell.number_format = '#,##0'
                if sh.get("bold_first_col_if") and isinstance(row[0], str) and \
                        row[0].startswith(sh["bold_first_col_if"]):
                    cell.font = Font(bold=True)
            r += 1
        for rr in range(start, r):
            for c in range(1, ncols + 1):
                ws.cell(rr, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for m in sh.get("merges", []):
            ws.merge_cells(m)
        if sh.get("merge_title", True):
            for i in range(len(sh.get("title_lines", []))):
                ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1,
                               end_column=ncols)
        for (r0, c0, r1, c1) in sh.get("header_merges", []):
            ws.merge_cells(start_row=start + r0, start_column=c0, end_row=start + r1,
                           end_column=c1)
        for i, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[chr(64 + i)].width = w
        r += 1
        for line in sh.get("footer_lines", []):
            ws.cell(r, sh.get("footer_col", 1), line)
            r += 1
    fixed = datetime.datetime(2026, 11, 30, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "operator"
    wb.save(path)
    normalize_zip(path)


def write_csv(path, rows, sep=",", encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, delimiter=sep)
        for r in rows:
            w.writerow(r)


def write_docx(path, blocks):
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "kop":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(line)
                run.bold = i < 2
                run.font.size = Pt(13 if i < 2 else 9)
            doc.add_paragraph("_" * 78)
        elif kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(val).bold = True
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(val).bold = True
        elif kind in ("p", "note"):
            p = doc.add_paragraph(val)
            if kind == "note":
                for r in p.runs:
                    r.font.size = Pt(8)
        elif kind == "sign":
            for line in val:
                p = doc.add_paragraph(line)
                p.paragraph_format.left_indent = Pt(260)
                p.paragraph_format.space_after = Pt(0)
        elif kind == "table":
            rows = val["rows"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = str(c)
                    if i < val.get("header", 1):
                        for p in cell.paragraphs:
                            for run in p.runs:
                                run.bold = True
            doc.add_paragraph("")
    fixed = datetime.datetime(2026, 11, 30, 8, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.author = "operator"
    doc.core_properties.last_modified_by = "operator"
    doc.save(path)
    normalize_zip(path)


_ = textwrap


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so that output is byte-for-byte stable."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2026-11-30T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
