"""Helpers for generate.py (ask19). Deterministic writers for pdf/xlsx/csv/docx/scans."""
import csv, io, os, random, zipfile, json
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
FIXED_ZIP_TIME = (2026, 1, 5, 8, 0, 0)


def idn(x, dec=None):
    """Indonesian format: 1.250.000 / 87,5"""
    if dec is None:
        if isinstance(x, int):
            dec = 0
        else:
            s = ("%.4f" % x).rstrip("0").rstrip(".")
            dec = len(s.split(".")[1]) if "." in s else 0
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def norm_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and sorted order -> deterministic bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(modified|created)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-05T08:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- PDF
def _styles(serif=False):
    f = "DVS" if serif else "DV"
    return {
        "kop": ParagraphStyle("kop", fontName="DVB", fontSize=11, leading=14, alignment=1),
        "kop2": ParagraphStyle("kop2", fontName=f, fontSize=8, leading=10, alignment=1),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=11, leading=15, spaceBefore=6, spaceAfter=4),
        "t": ParagraphStyle("t", fontName="DVB", fontSize=12, leading=16, alignment=1, spaceAfter=6),
        "p": ParagraphStyle("p", fontName=f, fontSize=9.5, leading=13, alignment=4, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=f, fontSize=7.5, leading=9),
    }


def write_pdf(path, kop, blocks, serif=False, footer=None):
    """blocks: ('t', title) ('h', heading) ('p', text) ('tbl', rows, colwidths_mm or None, header_rows) ('pb',) ('sp', mm)"""
    st = _styles(serif)
    story = []
    for line in kop:
        story.append(Paragraph(line, st["kop"] if line.isupper() else st["kop2"]))
    story.append(Spacer(1, 2 * mm))
    story.append(Table([[""]], colWidths=[170 * mm], style=[("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]))
    for b in blocks:
        k = b[0]
        if k in ("t", "h", "p", "small"):
            story.append(Paragraph(b[1], st[k]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "tbl":
            rows, cw = b[1], b[2]
            hdr = b[3] if len(b) > 3 else 1
            cell = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9)
            data = [[Paragraph(str(c), cell) if isinstance(c, str) and len(c) > 28 else str(c) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in cw] if cw else None, repeatRows=hdr)
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), "DV", 7.5),
                ("FONT", (0, 0), (-1, hdr - 1), "DVB", 7.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, hdr - 1), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, hdr), (-1, -1), "RIGHT"),
            ]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))

    def onpage(c, d):
        c.setFont("DV", 7)
        c.drawRightString(195 * mm, 10 * mm, f"Hal. {d.page}")
        if footer:
            c.drawString(15 * mm, 10 * mm, footer)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- XLSX
def write_xlsx(path, sheets):
    """sheets: list of (name, rows, merges, widths). rows: list of lists (None = empty)."""
    import openpyxl, datetime
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for name, rows, merges, widths in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for m in merges:
            ws.merge_cells(m)
            c = ws[m.split(":")[0]]
            c.font = Font(bold=True, size=12)
            c.alignment = Alignment(horizontal="center")
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    c.number_format = "#,##0.00" if isinstance(c.value, float) else "#,##0"
    wb.properties.creator = "SIPD"
    wb.properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.save(path)
    norm_zip(path)


# ---------------------------------------------------------------- CSV
def write_csv(path, rows, delim=";"):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delim, lineterminator="\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- DOCX
def write_docx(path, blocks):
    """blocks: ('h', text) ('p', text) ('tbl', rows)"""
    import docx, datetime
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "tbl":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
    cp = d.core_properties
    cp.author = "Operator"
    cp.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    cp.last_modified_by = "Operator"
    d.save(path)
    norm_zip(path)


# ---------------------------------------------------------------- SCANS
def render_page(lines, w=1654, h=2339, margin=130, size=28):
    """lines: strings; prefix '#' = bold heading centred, '=' = centred normal, '~' = handwriting-ish (serif italic),
    otherwise monospaced (keeps table columns). Returns (image, truth_text)."""
    img = Image.new("L", (w, h), 250)
    dr = ImageDraw.Draw(img)
    fb = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", size + 2)
    fm = ImageFont.truetype(FD + "DejaVuSansMono.ttf", size - 2)
    fn = ImageFont.truetype(FD + "DejaVuSans.ttf", size)
    fi = ImageFont.truetype(FD + "DejaVuSerif-Italic.ttf", size + 4) if os.path.exists(FD + "DejaVuSerif-Italic.ttf") else fn
    y = margin
    truth = []
    for ln in lines:
        if ln.startswith("#"):
            t = ln[1:]
            tw = dr.textlength(t, font=fb)
            dr.text(((w - tw) / 2, y), t, font=fb, fill=20)
            y += int(size * 1.6)
        elif ln.startswith("="):
            t = ln[1:]
            tw = dr.textlength(t, font=fn)
            dr.text(((w - tw) / 2, y), t, font=fn, fill=25)
            y += int(size * 1.5)
        elif ln.startswith("~"):
            t = ln[1:]
            dr.text((margin + 40, y), t, font=fi, fill=40)
            y += int(size * 1.7)
        elif ln == "---":
            dr.line((margin, y + size // 2, w - margin, y + size // 2), fill=30, width=3)
            y += size
            continue
        else:
            t = ln
            dr.text((margin, y), t, font=fm, fill=15)
            y += int(size * 1.45)
        truth.append(t)
    return img, "\n".join(truth) + "\n"


def degrade_scan(img, seed, angle=1.2, noise=10, blur=0.6):
    rng = np.random.default_rng(seed)
    im = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, noise, a.shape)
    # faint speckles
    sp = rng.random(a.shape) < 0.0008
    a[sp] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


def degrade_photo(img, seed, angle=-2.5):
    rng = np.random.default_rng(seed)
    page = img.convert("RGB").resize((int(img.width * 0.72), int(img.height * 0.72)), Image.LANCZOS)
    W, H = page.width + 220, page.height + 260
    bg = Image.new("RGB", (W, H), (92, 78, 64))
    bg.paste(page, (110, 120))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(80, 68, 55))
    # mild perspective (top narrower)
    dx = 40
    coeffs = _persp_coeffs([(0, 0), (W, 0), (W, H), (0, H)], [(-dx, 0), (W + dx, 0), (W, H), (0, H)])
    bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(80, 68, 55))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 0.80 + 0.22 * (xx / W) - 0.08 * (yy / H)  # light from the right
    a *= shade[..., None]
    a[..., 0] *= 1.03
    a[..., 2] *= 0.93  # warm lamp
    a += rng.normal(0, 6, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "RGB").filter(ImageFilter.GaussianBlur(0.7))


def _persp_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=float)
    B = np.array(pb, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def image_pdf(path, images):
    """Image-only PDF (one image per A4 page)."""
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    for im in images:
        buf = io.BytesIO()
        im.convert("L").save(buf, "JPEG", quality=60, dpi=(200, 200))
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
