"""Rendering helpers for the ask14 set (PDF, XLSX, CSV, DOCX, scans). Deterministic."""
import csv, io, math, os, random, zipfile
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit, ImageReader

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))


def fmt(n):
    """Indonesian thousands format for an int."""
    s = f"{int(n):,}".replace(",", ".")
    return s


def fmtd(x, d=1):
    return f"{x:,.{d}f}".replace(",", "#").replace(".", ",").replace("#", ".")


# ---------------------------------------------------------------- PDF
def pdf(path, pages, title="", serif=False, land=False):
    """pages: list of list of blocks. Blocks: ('h', text) ('h2', text) ('p', text)
    ('t', header, rows, colwidths_mm, bold_last) ('sp', mm) ('sig', [lines])"""
    size = landscape(A4) if land else A4
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    W, H = size
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    mm = 72 / 25.4
    for pno, blocks in enumerate(pages, 1):
        y = H - 20 * mm
        x0 = 20 * mm
        tw = W - 40 * mm
        for b in blocks:
            k = b[0]
            if k == "h":
                c.setFont(fb, 12)
                for ln in simpleSplit(b[1], fb, 12, tw):
                    c.drawCentredString(W / 2, y, ln)
                    y -= 15
                y -= 4
            elif k == "h2":
                c.setFont(fb, 10)
                c.drawString(x0, y, b[1])
                y -= 15
            elif k == "p":
                c.setFont(f, 9.5)
                for ln in simpleSplit(b[1], f, 9.5, tw):
                    c.drawString(x0, y, ln)
                    y -= 12.5
                y -= 5
            elif k == "sp":
                y -= b[1] * mm
            elif k == "sig":
                c.setFont(f, 9.5)
                for ln in b[1]:
                    c.drawString(W - 85 * mm, y, ln)
                    y -= 12.5
            elif k == "t":
                header, rows, cw = b[1], b[2], b[3]
                boldlast = len(b) > 4 and b[4]
                cw = [w * mm for w in cw]
                allrows = [header] + rows
                for ri, row in enumerate(allrows):
                    fs = 8.5
                    font = fb if ri == 0 or (boldlast and ri == len(allrows) - 1) else f
                    wrapped = [simpleSplit(str(cell), font, fs, cw[i] - 6) or [""] for i, cell in enumerate(row)]
                    nl = max(len(w) for w in wrapped)
                    rh = nl * 10.5 + 5
                    x = x0
                    for i, lines in enumerate(wrapped):
                        c.rect(x, y - rh + 8, cw[i], rh, stroke=1, fill=0)
                        c.setFont(font, fs)
                        yy = y
                        for ln in lines:
                            cell = str(row[i])
                            isnum = ri > 0 and cell.replace(".", "").replace(",", "").replace("%", "").replace("-", "").strip().isdigit()
                            if isnum:
                                c.drawRightString(x + cw[i] - 3, yy, ln)
                            else:
                                c.drawString(x + 3, yy, ln)
                            yy -= 10.5
                        x += cw[i]
                    y -= rh
                y -= 10
        c.setFont(f, 7.5)
        c.drawCentredString(W / 2, 12 * mm, f"Halaman {pno} dari {len(pages)}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- XLSX
def xlsx(path, sheets):
    """sheets: list of dict(name, titles[list str], header[list], rows[list], total(row or None),
    widths, text_cols(set of col idx rendered as text), notes[list str])"""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        r = 1
        for t in sh.get("titles", []):
            ws.cell(r, 1, t).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            r += 1
        for t in sh.get("pre", []):
            ws.cell(r, 1, t[0])
            if len(t) > 1:
                ws.cell(r, 3, t[1])
            r += 1
        r += 1
        for i, h in enumerate(sh["header"], 1):
            cc = ws.cell(r, i, h)
            cc.font = Font(bold=True)
            cc.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cc.alignment = Alignment(wrap_text=True, horizontal="center")
        r += 1
        tc = sh.get("text_cols", {})
        rows = list(sh["rows"]) + ([sh["total"]] if sh.get("total") else [])
        for ri, row in enumerate(rows):
            for i, v in enumerate(row, 1):
                if v is None:
                    continue
                if isinstance(v, (int, float)) and (i - 1) in tc.get("cols", ()) and ri in tc.get("rows", ()):
                    v = fmt(v) if isinstance(v, int) else fmtd(v, 2)
                cc = ws.cell(r, i, v)
                cc.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if isinstance(v, (int, float)):
                    cc.number_format = "#,##0" if isinstance(v, int) else "#,##0.00"
                if sh.get("total") and ri == len(rows) - 1:
                    cc.font = Font(bold=True)
            if sh.get("total") and ri == len(rows) - 1:
                lab = [j for j, v in enumerate(row) if isinstance(v, str)]
                if lab and len(row) > 2 and row[0] is not None and row[1] is None:
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            r += 1
        r += 1
        for n in sh.get("notes", []):
            ws.cell(r, 1, n)
            r += 1
        for i, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[chr(64 + i)].width = w
    wb.properties.creator = "SIPD"
    import datetime
    wb.properties.created = datetime.datetime(2026, 1, 15, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 15, 8, 0, 0)
    wb.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-15T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- CSV
def write_csv(path, rows, delim=";"):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delim, lineterminator="\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- DOCX
def docx(path, blocks):
    """blocks: ('h', text) ('p', text) ('t', header, rows)"""
    from docx import Document
    from docx.shared import Pt
    import datetime
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = str(h)
            for ri, row in enumerate(rows, 1):
                for i, v in enumerate(row):
                    t.rows[ri].cells[i].text = str(v)
    cp = d.core_properties
    cp.author = "Sekretariat"
    cp.created = datetime.datetime(2026, 1, 15, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 15, 8, 0, 0)
    cp.last_modified_by = "Sekretariat"
    cp.revision = 1
    d.save(path)
    _fix_zip_times(path)


# ---------------------------------------------------------------- scans
def _page_image(lines, width, height, seed, font_size=30, margin=120, mono_from=None, bold_idx=()):
    """Render text lines onto a white page (grayscale). lines starting with '|' are monospace."""
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    fr = ImageFont.truetype(FD + "DejaVuSerif.ttf", font_size)
    fbold = ImageFont.truetype(FD + "DejaVuSerif-Bold.ttf", font_size)
    fm = ImageFont.truetype(FD + "DejaVuSansMono.ttf", int(font_size * 0.88))
    y = margin
    rng = random.Random(seed)
    for i, ln in enumerate(lines):
        if ln.startswith("|"):
            d.text((margin, y), ln[1:], font=fm, fill=rng.randint(15, 45))
        elif ln.startswith("#"):
            tw = d.textlength(ln[1:], font=fbold)
            d.text(((width - tw) / 2, y), ln[1:], font=fbold, fill=20)
        else:
            d.text((margin, y), ln, font=fr, fill=rng.randint(15, 45))
        y += int(font_size * 1.55)
    return img


def truth_text(lines):
    return "\n".join(l[1:] if l[:1] in "|#" else l for l in lines) + "\n"


def scan_png(path, lines, seed, angle=0.8):
    """Flatbed scan, 200 dpi A4, slight rotation, speckle noise, PNG (grayscale)."""
    W, H = 1654, 2339
    img = _page_image(lines, W, H, seed, font_size=30, margin=140)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.array(img).astype(np.int16)
    rng = np.random.default_rng(seed)
    spk = rng.random(a.shape)
    a[spk < 0.0015] = 40
    a[(spk > 0.9985)] = 255
    a = np.clip(a, 0, 255).astype(np.uint8)
    # quantise to keep png small while keeping grey speckle texture
    a = (a // 16) * 16 + 8
    Image.fromarray(a).save(path, optimize=True, dpi=(200, 200))


def _photo(lines, seed, angle):
    W, H = 1400, 1980
    page = _page_image(lines, W, H, seed, font_size=27, margin=110).convert("RGB")
    rng = np.random.default_rng(seed)
    # lighting gradient
    a = np.array(page).astype(np.float32)
    gy = np.linspace(1.0, 0.82, H)[:, None]
    gx = np.linspace(0.9, 1.0, W)[None, :]
    a = a * (gy * gx)[..., None]
    a[..., 2] *= 0.93  # warm cast
    a += rng.normal(0, 7, a.shape)
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    bg = Image.new("RGB", (1600, 2200), (92, 70, 52))
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 70, 52))
    bg.paste(page, ((1600 - page.width) // 2, (2200 - page.height) // 2))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    return bg


def photo_jpg(path, lines, seed, angle=-2.2):
    img = _photo(lines, seed, angle)
    img.save(path, "JPEG", quality=72, optimize=True)


def scan_pdf(path, lines, seed, angle=1.1):
    """Image-only PDF: one page, the scan embedded as a JPEG; no text layer."""
    W, H = 1654, 2339
    img = _page_image(lines, W, H, seed, font_size=30, margin=140)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=240)
    a = np.array(img).astype(np.float32)
    rng = np.random.default_rng(seed)
    a += rng.normal(0, 9, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
