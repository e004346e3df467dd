"""File builders (PDF, XLSX, CSV, DOCX, scans) for ask29. All deterministic."""
import os, io, csv, random, datetime, re
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from helpers import CORPUS, TRUTH, FONT_DIR, normalize_zip

pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))

FONTS = {"sans": ("DV", "DVB"), "serif": ("DVS", "DVSB"), "helv": ("Helvetica", "Helvetica-Bold"),
         "times": ("Times-Roman", "Times-Bold")}


def _styles(family, size):
    f, fb = FONTS[family]
    return {
        "p": ParagraphStyle("p", fontName=f, fontSize=size, leading=size * 1.4, alignment=4, spaceAfter=5),
        "pl": ParagraphStyle("pl", fontName=f, fontSize=size, leading=size * 1.4, spaceAfter=3),
        "h": ParagraphStyle("h", fontName=fb, fontSize=size + 2, leading=(size + 2) * 1.3, alignment=1, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=size + 0.5, leading=size * 1.5, spaceBefore=4, spaceAfter=4),
        "kop": ParagraphStyle("kop", fontName=fb, fontSize=size + 1, leading=size * 1.35, alignment=1),
        "kops": ParagraphStyle("kops", fontName=f, fontSize=size - 1.5, leading=size * 1.2, alignment=1),
        "small": ParagraphStyle("small", fontName=f, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("cell", fontName=f, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=fb, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    }


def make_pdf(name, pages, family="sans", size=10, kop=None, orient="portrait", grid="full", footer=None):
    """pages: list of lists of blocks: ("h", txt) ("h2", txt) ("p", txt) ("pl", txt) ("small", txt)
    ("t", rows, colwidths_mm, opts) ("sp", mm) ("kop",)"""
    st = _styles(family, size)
    f, fb = FONTS[family]
    story = []
    for pi, blocks in enumerate(pages):
        if pi:
            story.append(PageBreak())
        for b in blocks:
            k = b[0]
            if k == "kop":
                for i, line in enumerate(kop):
                    story.append(Paragraph(line, st["kop"] if i < 2 else st["kops"]))
                t = Table([[""]], colWidths=[170 * mm], rowHeights=[2])
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.black)]))
                story += [t, Spacer(1, 4 * mm)]
            elif k == "sp":
                story.append(Spacer(1, b[1] * mm))
            elif k == "t":
                rows, cw = b[1], b[2]
                opts = b[3] if len(b) > 3 else {}
                data = []
                for ri, r in enumerate(rows):
                    bold = ri == 0 or ri in opts.get("bold_rows", []) or (opts.get("total_last") and ri == len(rows) - 1)
                    data.append([Paragraph(str(c), st["cellb" if bold else "cell"]) for c in r])
                t = Table(data, colWidths=[w * mm for w in cw], repeatRows=1)
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
                if grid == "full":
                    sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                else:
                    sty += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
                if opts.get("shade"):
                    sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
                t.setStyle(TableStyle(sty))
                story += [t, Spacer(1, 3 * mm)]
            else:
                story.append(Paragraph(b[1], st[k]))
    ps = landscape(A4) if orient == "landscape" else A4

    def _foot(c, d):
        if footer:
            c.setFont(f, 7)
            c.drawString(20 * mm, 10 * mm, footer)
            c.drawRightString(ps[0] - 20 * mm, 10 * mm, "Hal. %d" % d.page)
    path = os.path.join(CORPUS, name)
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=name, author="", creator="", producer="")
    doc.build(story, onFirstPage=_foot, onLaterPages=_foot)
    from pypdf import PdfReader
    n = len(PdfReader(path).pages)
    assert n == len(pages), (name, n, len(pages))
    return path


# ---------------------------------------------------------------- XLSX
def make_xlsx(name, sheets, creator="SIPD"):
    """sheets: list of dicts {title, titles:[str], header:[str], rows:[list], widths:[int],
    bold_rows:[idx], numfmt:str, notes:[str]} ; values that are str stay text (numbers-as-text)."""
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sd in sheets:
        ws = wb.create_sheet(sd["title"])
        ncol = len(sd["header"])
        r = 1
        for t in sd.get("titles", []):
            ws.cell(r, 1, t).font = Font(bold=True, size=12 if r == 1 else 11)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        r += sd.get("gap", 1)
        hdr_rows = sd.get("header2")
        for ci, h in enumerate(sd["header"], 1):
            c = ws.cell(r, ci, h)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        r += 1
        if hdr_rows:
            for ci, h in enumerate(hdr_rows, 1):
                c = ws.cell(r, ci, h)
                c.font = Font(italic=True, size=8)
                c.alignment = Alignment(horizontal="center")
            r += 1
        for ri, row in enumerate(sd["rows"]):
            for ci, v in enumerate(row, 1):
                if v is None:
                    continue
                c = ws.cell(r, ci, v)
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if isinstance(v, (int, float)):
                    c.number_format = sd.get("numfmt", "#,##0")
                    if isinstance(v, float):
                        c.number_format = "0.00"
                if ri in sd.get("bold_rows", []):
                    c.font = Font(bold=True)
            if ri in sd.get("merge_rows", []):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=sd.get("merge_to", 2))
            r += 1
        r += 1
        for n in sd.get("notes", []):
            ws.cell(r, 1, n).font = Font(italic=True, size=9)
            r += 1
        for ci, w in enumerate(sd.get("widths", []), 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(ci)].width = w
    fixed = datetime.datetime(2025, 12, 31, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    path = os.path.join(CORPUS, name)
    wb.save(path)
    normalize_zip(path)
    return path


def make_csv(name, header, rows, delim=";"):
    path = os.path.join(CORPUS, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delim, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    return path


def make_docx(name, blocks):
    """blocks: ("h", txt) ("p", txt) ("t", rows)"""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, v in enumerate(r):
                    t.cell(ri, ci).text = str(v)
    cp = d.core_properties
    cp.author = "operator"
    cp.created = datetime.datetime(2025, 12, 31, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 12, 31, 8, 0, 0)
    cp.last_modified_by = "operator"
    cp.revision = 1
    path = os.path.join(CORPUS, name)
    d.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------- scans
def _font(kind, px):
    m = {"sans": "DejaVuSans.ttf", "sansb": "DejaVuSans-Bold.ttf", "serif": "DejaVuSerif.ttf",
         "serifb": "DejaVuSerif-Bold.ttf", "mono": "DejaVuSansMono.ttf", "monob": "DejaVuSansMono-Bold.ttf"}
    return ImageFont.truetype(FONT_DIR + m[kind], px)


def render_page(items, size=(1654, 2339), family="serif", margin=150):
    """items: ("c", txt, px, bold) ("l", txt, px, bold) ("r", txt, px) ("gap", px) ("line",)
    ("t", rows, colw_px, px)  -> (PIL image L, truth text)"""
    W, H = size
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    y = margin
    truth = []
    for it in items:
        k = it[0]
        if k == "gap":
            y += it[1]
            continue
        if k == "line":
            d.line([(margin, y), (W - margin, y)], fill=0, width=4)
            y += 14
            continue
        if k in ("c", "l", "r"):
            txt, px = it[1], it[2]
            bold = len(it) > 3 and it[3]
            fnt = _font(family + ("b" if bold else ""), px)
            tw = d.textlength(txt, font=fnt)
            x = {"c": (W - tw) / 2, "l": margin, "r": W - margin - tw}[k]
            d.text((x, y), txt, font=fnt, fill=15)
            truth.append(txt)
            y += int(px * 1.45)
            continue
        if k == "t":
            rows, colw, px = it[1], it[2], it[3]
            fnt = _font(family, px)
            fb = _font(family + "b", px)
            rh = int(px * 1.9)
            x0 = margin
            xs = [x0]
            for w in colw:
                xs.append(xs[-1] + w)
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    f = fb if ri == 0 or str(r[0]).upper().startswith("JUMLAH") else fnt
                    s = str(c)
                    tw = d.textlength(s, font=f)
                    numeric = ri > 0 and ci > 0 and re.fullmatch(r'[\d.,% ()-]+', s) is not None
                    xx = xs[ci + 1] - tw - 10 if numeric else xs[ci] + 10
                    d.text((xx, y + (rh - px) / 2 - 2), s, font=f, fill=15)
                d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
                y += rh
                truth.append(" | ".join(str(c) for c in r))
            d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
            top = y - rh * len(rows)
            for xx in xs:
                d.line([(xx, top), (xx, y)], fill=0, width=2)
            y += 20
    assert y < H - 60, ("page overflow", y)
    return img, "\n".join(truth) + "\n"


def _noise(arr, rng, sigma):
    return np.clip(arr + rng.normal(0, sigma, arr.shape), 0, 255)


def degrade_flatbed(img, seed, angle=0.8, sigma=7, blur=0.6):
    rng = np.random.default_rng(seed)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=248)
    a = np.asarray(img).astype(np.float32)
    # uneven scanner lamp: slight vertical gradient + gray paper
    h, w = a.shape
    grad = np.linspace(0.97, 0.90, w)[None, :]
    a = a * grad + 6
    a = _noise(a, rng, sigma)
    # a few specks
    for _ in range(120):
        y, x = rng.integers(0, h), rng.integers(0, w)
        a[y:y + 2, x:x + 3] = rng.integers(60, 160)
    return Image.fromarray(a.astype(np.uint8), "L")


def degrade_photo(img, seed, angle=-2.5, out_w=1800):
    """phone photo: page on a table, perspective, shading, colour cast, JPEG."""
    rng = np.random.default_rng(seed)
    W, H = img.size
    pad = int(W * 0.12)
    bg = Image.new("RGB", (W + 2 * pad, H + 2 * pad), (92, 70, 52))
    bga = np.asarray(bg).astype(np.float32)
    bga = _noise(bga, rng, 10)
    bg = Image.fromarray(bga.astype(np.uint8), "RGB")
    page = img.convert("RGB")
    bg.paste(page, (pad, pad))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(80, 62, 48))
    # mild perspective (top narrower)
    BW, BH = bg.size
    k = int(BW * 0.035)
    quad = (-k, 0, -int(k * 0.2), BH, BW + int(k * 0.2), BH, BW + k, 0)
    bg = bg.transform((BW, BH), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(80, 62, 48))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:BH, 0:BW]
    shade = 0.78 + 0.25 * (1 - ((xx / BW - 0.35) ** 2 + (yy / BH - 0.3) ** 2))
    a = a * shade[..., None]
    a[..., 0] *= 1.04
    a[..., 2] *= 0.90  # warm indoor light
    a = _noise(a, rng, 6)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    oh = int(BH * out_w / BW)
    return im.resize((out_w, oh), Image.LANCZOS)


def save_scan(name, items, kind, seed, family="serif", size=(1654, 2339), angle=None, quality=78):
    img, truth = render_page(items, size=size, family=family)
    os.makedirs(os.path.join(TRUTH, "scans"), exist_ok=True)
    with open(os.path.join(TRUTH, "scans", name + ".txt"), "w", encoding="utf-8") as f:
        f.write(truth)
    path = os.path.join(CORPUS, name)
    if kind == "photo":
        im = degrade_photo(img, seed, angle=angle if angle is not None else -2.5)
        im.save(path, "JPEG", quality=quality, dpi=(200, 200))
    elif kind == "flatbed_jpg":
        im = degrade_flatbed(img, seed, angle=angle if angle is not None else 0.8)
        im.save(path, "JPEG", quality=quality, dpi=(200, 200))
    elif kind == "flatbed_png":
        im = degrade_flatbed(img, seed, angle=angle if angle is not None else -0.6, sigma=3)
        im = im.quantize(colors=16).convert("L")
        im.save(path, "PNG", dpi=(200, 200), optimize=True)
    elif kind == "image_pdf":
        im = degrade_flatbed(img, seed, angle=angle if angle is not None else 1.1)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
        c.setTitle("")
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
    return path
