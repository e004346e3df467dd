"""Shared helpers for the blind evaluation generators (deterministic)."""
import os, re, subprocess, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle,
                                Spacer, PageBreak)
from reportlab.rl_config import defaultPageSize
import reportlab.rl_config as rl_config

rl_config.invariant = 1  # deterministic PDFs (no timestamps / random ids)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))

ST = {
    "title": ParagraphStyle("title", fontName="DVSB", fontSize=13, leading=17, alignment=1, spaceAfter=6),
    "sub": ParagraphStyle("sub", fontName="DVS", fontSize=10, leading=13, alignment=1, spaceAfter=10),
    "h": ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5),
    "p": ParagraphStyle("p", fontName="DVS", fontSize=10, leading=14, alignment=4, spaceAfter=6),
    "small": ParagraphStyle("small", fontName="DVS", fontSize=7.5, leading=9.5, spaceAfter=4,
                            textColor=colors.HexColor("#555555")),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=8, leading=10),
}


def idr(n, dec=False):
    """Indonesian thousands separator: 1234567 -> '1.234.567'."""
    s = f"{int(round(n)):,}".replace(",", ".")
    return s + (",00" if dec else "")


def rp(n):
    return "Rp " + idr(n)


def rp_forms(n):
    s = idr(n)
    forms = [f"Rp {s}", f"Rp{s}", s, str(int(n)), f"Rp {s},00", f"Rp{s},00", f"Rp. {s}", f"IDR {s}"]
    out = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def pct_id(x, nd=2):
    """Format a percentage with comma decimal: 96.4812 -> '96,48'."""
    return f"{x:.{nd}f}".replace(".", ",")


def num_forms(s_id):
    """'97,82' -> ['97,82', '97.82']; '98.412' -> ['98.412', '98412']."""
    out = [s_id]
    if "," in s_id and "." not in s_id:
        out.append(s_id.replace(",", "."))
    if "." in s_id and "," not in s_id:
        out.append(s_id.replace(".", ""))
    return out


def build_pdf(path, header, blocks, orientation="portrait"):
    """blocks: list of tuples: ('title',txt) ('sub',txt) ('h',txt) ('p',txt) ('small',txt)
    ('table', rows, colwidths_cm) ('pb',) ('sp', h_cm)"""
    ps = A4 if orientation == "portrait" else landscape(A4)

    def on_page(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(2 * cm, ps[1] - 1.2 * cm, header)
        c.line(2 * cm, ps[1] - 1.35 * cm, ps[0] - 2 * cm, ps[1] - 1.35 * cm)
        c.drawRightString(ps[0] - 2 * cm, 1.1 * cm, f"Halaman {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=header, author="Pemerintah Kota Samarinda",
                            creator="Samarinda.AI blind set", producer="reportlab")
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "p", "small"):
            story.append(Paragraph(b[1], ST[k]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1] * cm))
        elif k == "table":
            rows, cw = b[1], b[2]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(str(x), ST["cellb" if i == 0 else "cell"]) for x in r])
            t = Table(data, colWidths=[w * cm for w in cw], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


def pdf_pages_text(path):
    """List of page texts (normalised), both raw and -layout variants."""
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        a = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), path, "-"], capture_output=True, text=True).stdout
        out.append((norm(a), norm(b)))
    return out


# ---------------------------------------------------------------- scans
FONT_R = os.path.join(FONT_DIR, "DejaVuSerif.ttf")
FONT_B = os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")
FONT_M = os.path.join(FONT_DIR, "DejaVuSansMono.ttf")


def render_scan(path, items, seed, angle=1.5, photo=False, width=1240, height=1754):
    """items: list of ('title'|'bold'|'text'|'mono', str) or ('row', [cells], [x positions], bold?) or ('gap', px)
    or ('hline',) or ('stamp', text). Produces a skewed, noisy grayscale image (photo=True adds uneven lighting)."""
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    fr = ImageFont.truetype(FONT_R, 25)
    fb = ImageFont.truetype(FONT_B, 26)
    ft = ImageFont.truetype(FONT_B, 32)
    fm = ImageFont.truetype(FONT_M, 23)
    y = 90
    x0 = 100
    for it in items:
        k = it[0]
        if k == "title":
            w = d.textlength(it[1], font=ft)
            d.text(((width - w) / 2, y), it[1], font=ft, fill=20)
            y += 48
        elif k == "center":
            w = d.textlength(it[1], font=fr)
            d.text(((width - w) / 2, y), it[1], font=fr, fill=25)
            y += 38
        elif k == "bold":
            d.text((x0, y), it[1], font=fb, fill=20)
            y += 40
        elif k == "text":
            d.text((x0, y), it[1], font=fr, fill=rnd.randint(15, 45))
            y += 38
        elif k == "mono":
            d.text((x0, y), it[1], font=fm, fill=30)
            y += 34
        elif k == "row":
            cells, xs = it[1], it[2]
            f = fb if (len(it) > 3 and it[3]) else fr
            for c, x in zip(cells, xs):
                d.text((x, y), str(c), font=f, fill=25)
            d.line((x0 - 10, y + 36, width - 90, y + 36), fill=120, width=1)
            y += 42
        elif k == "hline":
            d.line((x0 - 10, y, width - 90, y), fill=40, width=3)
            y += 14
        elif k == "gap":
            y += it[1]
        elif k == "stamp":
            # round-ish stamp overlapping a signature area
            cx, cy = it[2], y + 15  # drawn at the current line (it[3] ignored)
            for r in (70, 64):
                d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=3)
            fs = ImageFont.truetype(FONT_B, 15)
            w = d.textlength(it[1], font=fs)
            d.text((cx - w / 2, cy - 8), it[1], font=fs, fill=110)
        elif k == "sign":
            # scribble signature
            cx, cy = it[1], y + 25  # drawn at the current line (it[2] ignored)
            pts = [(cx + i * 9, cy + rnd.randint(-18, 18)) for i in range(22)]
            d.line(pts, fill=60, width=3)
    # slight blur, rotation, noise
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=200)
    a = np.asarray(img).astype(np.float32)
    rs = np.random.RandomState(seed)
    a += rs.normal(0, 9 if not photo else 7, a.shape)
    # salt & pepper specks
    m = rs.rand(*a.shape)
    a[m < 0.0015] = 40
    a[m > 0.9992] = 255
    if photo:
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        grad = 0.78 + 0.22 * (xx / w) * (1 - 0.4 * yy / h)
        vign = 1 - 0.18 * (((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
        a = a * grad * vign
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L")
    if path.endswith(".jpg"):
        out.save(path, quality=70, optimize=True)
    else:
        out = out.quantize(colors=32) if not photo else out
        out.save(path, optimize=True)


def normalize_zip(path, stamp="2026-01-15T08:00:00Z"):
    """Make OOXML (xlsx/docx) byte-deterministic: fixed zip timestamps and fixed dcterms:modified."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
