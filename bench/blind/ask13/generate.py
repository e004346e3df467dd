# -*- coding: utf-8 -*-
"""Deterministic generator for the ask13 blind set. Run: python generate.py"""
import csv, io, json, math, os, random, sys
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit, ImageReader
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_data import DOCS, KOP  # noqa
from questions_data import QUESTIONS, COMPUTATIONS  # noqa

CORPUS = os.path.join(HERE, "corpus")
TRUTH = os.path.join(HERE, "truth")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
FIXED_DATE = "D:20251231120000+08'00'"


def fmt_id(v):
    if isinstance(v, float):
        s = f"{v:,.2f}"
    else:
        s = f"{v:,}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ------------------------------------------------------------------ PDF
def write_pdf(d):
    path = os.path.join(CORPUS, d["file"])
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(d["file"]); c.setAuthor(d["opd"]); c.setCreator("ask13 generator")
    W, H = A4
    L, R = 60, W - 60
    for pno, blocks in enumerate(d["pages"], 1):
        y = H - 60
        for b in blocks:
            t = b[0]
            if t == "kop":
                k = KOP[d["opd"]]
                c.setFont("DVB", 12); c.drawCentredString(W / 2, y, k[0]); y -= 15
                c.setFont("DVB", 11 if len(k[1]) < 40 else 9); c.drawCentredString(W / 2, y, k[1]); y -= 13
                c.setFont("DV", 8); c.drawCentredString(W / 2, y, k[2]); y -= 6
                c.setLineWidth(1.5); c.line(L, y, R, y); y -= 22
            elif t in ("h", "h2", "c"):
                fs = {"h": 11.5, "h2": 10, "c": 9.5}[t]
                fn = "DV" if t == "c" else "DVB"
                for line in simpleSplit(b[1], fn, fs, R - L):
                    if t == "h2":
                        c.setFont(fn, fs); c.drawString(L, y, line)
                    else:
                        c.setFont(fn, fs); c.drawCentredString(W / 2, y, line)
                    y -= fs + 4
                y -= 6
            elif t == "p":
                c.setFont("DV", 9.5)
                for line in simpleSplit(b[1], "DV", 9.5, R - L):
                    c.drawString(L, y, line); y -= 13
                y -= 7
            elif t == "t":
                header, rows, widths = b[1], b[2], b[3]
                scale = min(1.0, (R - L) / sum(widths))
                widths = [w * scale for w in widths]
                rh = 16
                allrows = [header] + rows
                for ri, row in enumerate(allrows):
                    x = L
                    bold = ri == 0 or row[0].lower().startswith("jumlah") or (len(row) > 1 and row[1].lower().startswith("jumlah")) or row[-2:-1] == ["Jumlah"]
                    for ci, cell in enumerate(row):
                        c.rect(x, y - rh + 4, widths[ci], rh, stroke=1, fill=0)
                        fn = "DVB" if bold else "DV"
                        fs = 8
                        txt = cell
                        while pdfmetrics.stringWidth(txt, fn, fs) > widths[ci] - 6 and fs > 5.5:
                            fs -= 0.5
                        c.setFont(fn, fs)
                        if ci > 0 and any(ch.isdigit() for ch in cell) and not any(ch.isalpha() for ch in cell):
                            c.drawRightString(x + widths[ci] - 3, y - rh + 9, txt)
                        else:
                            c.drawString(x + 3, y - rh + 9, txt)
                        x += widths[ci]
                    y -= rh
                y -= 14
            elif t == "sig":
                y -= 10
                c.setFont("DV", 9.5)
                c.drawString(R - 200, y, b[2]); y -= 13
                c.drawString(R - 200, y, b[1]); y -= 50
                c.drawString(R - 200, y, "( ........................................ )"); y -= 20
        c.setFont("DV", 7); c.drawCentredString(W / 2, 30, f"Halaman {pno} dari {len(d['pages'])}")
        c.showPage()
    c.save()


def normalize_zip(path):
    """Make xlsx/docx byte-identical across runs: fixed zip timestamps and core.xml dates."""
    import re, zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-12-31T04:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 31, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ XLSX
def write_xlsx(d):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sh in d["sheets"]:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        r = 1
        for t in sh["title"]:
            ws.cell(r, 1, t).font = Font(bold=True, size=12)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        r += 1
        for ci, h in enumerate(sh["header"], 1):
            cell = ws.cell(r, ci, h); cell.font = Font(bold=True); cell.border = Border(thin, thin, thin, thin)
            cell.alignment = Alignment(wrap_text=True, horizontal="center")
        r += 1
        body = list(sh["rows"]) + ([sh["total"]] if sh.get("total") else [])
        for ri, row in enumerate(body):
            for ci, v in enumerate(row, 1):
                cell = ws.cell(r, ci, v)
                cell.border = Border(thin, thin, thin, thin)
                if isinstance(v, float):
                    cell.number_format = "0.00"
                elif isinstance(v, int) and (ci - 1) in sh.get("money_cols", []):
                    cell.number_format = "#,##0"
                if sh.get("total") and ri == len(body) - 1:
                    cell.font = Font(bold=True)
            r += 1
        for ci in range(1, ncol + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(ci)].width = 42 if ci == 2 else 18
    wb.properties.creator = d["opd"]
    import datetime
    wb.properties.created = datetime.datetime(2025, 12, 31, 12, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 12, 31, 12, 0, 0)
    wb.save(os.path.join(CORPUS, d["file"]))
    normalize_zip(os.path.join(CORPUS, d["file"]))


def write_csv(d):
    with open(os.path.join(CORPUS, d["file"]), "w", newline="", encoding="utf-8") as f:
        if "dishub" in d["file"]:
            w = csv.writer(f, delimiter=";")
        else:  # comma-separated export with every field quoted (thousand dots inside numbers)
            w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL)
        w.writerow(d["header"])
        w.writerows(d["rows"])


def write_docx(d):
    doc = docx.Document()
    doc.core_properties.author = d["opd"]
    import datetime
    doc.core_properties.created = datetime.datetime(2025, 12, 31, 12, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 12, 31, 12, 0, 0)
    for b in d["blocks"]:
        if b[0] == "h":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "t":
            tbl = doc.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            tbl.style = "Table Grid"
            for ci, h in enumerate(b[1]):
                tbl.cell(0, ci).text = h
            for ri, row in enumerate(b[2], 1):
                for ci, v in enumerate(row):
                    tbl.cell(ri, ci).text = v
    doc.save(os.path.join(CORPUS, d["file"]))
    normalize_zip(os.path.join(CORPUS, d["file"]))


# ------------------------------------------------------------------ scans
def render_lines(lines, width, fontsize, margin, mono=True, rng=None):
    f = ImageFont.truetype(FONTM if mono else FONT, fontsize)
    fb = ImageFont.truetype(FONTB, fontsize + 2)
    lh = int(fontsize * 1.55)
    height = margin * 2 + lh * (len(lines) + 1)
    img = Image.new("L", (width, height), 246)
    dr = ImageDraw.Draw(img)
    y = margin
    for i, line in enumerate(lines):
        fnt = fb if i < 2 else f
        ink = int(rng.integers(20, 45))
        dr.text((margin, y), line, font=fnt, fill=ink)
        y += lh
    return img


def degrade_scan(img, rot, rng, sigma=7):
    img = img.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=240)
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, sigma, a.shape)
    # sparse dust specks
    n = a.size // 4000
    ys = rng.integers(0, a.shape[0], n); xs = rng.integers(0, a.shape[1], n)
    a[ys, xs] = rng.integers(40, 120, n)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def phone_photo(img, rot, rng):
    pw, ph = img.size
    bgw, bgh = int(pw * 1.25), int(ph * 1.3)
    bg = np.zeros((bgh, bgw, 3), np.float32)
    bg[:] = (96, 78, 60)  # wooden table
    bg += rng.normal(0, 10, bg.shape)
    paper = img.convert("RGB").rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=(96, 78, 60))
    base = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    base.paste(paper, ((bgw - paper.size[0]) // 2, (bgh - paper.size[1]) // 2))
    # slight perspective
    w, h = base.size
    dx = int(w * 0.03)
    quad = (dx, 0, 0, h, w, h, w - dx, 0)
    base = base.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(base).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.28 * (xx / w) - 0.12 * (yy / h)  # uneven lighting
    a *= shade[..., None]
    a[..., 2] *= 0.93  # warm cast
    a += rng.normal(0, 5, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    return out


def write_scan(d, idx):
    rng = np.random.default_rng(1300 + idx)
    path = os.path.join(CORPUS, d["file"])
    if d["form"] == "photo":
        img = render_lines(d["lines"], 900, 24, 50, rng=rng)
        out = phone_photo(img, d["rot"], rng)
        out.save(path, "JPEG", quality=72, dpi=(200, 200))
    else:
        img = render_lines(d["lines"], 1654, 28, 110, rng=rng)  # A4 width at 200 dpi
        out = degrade_scan(img, d["rot"], rng, sigma=5 if d["file"].endswith(".png") else 7)
        if d["file"].endswith(".png"):
            out = out.point(lambda v: 0 if v < 110 else (255 if v > 200 else v))
            out.save(path, "PNG", dpi=(200, 200), optimize=True)
        elif d["file"].endswith(".jpg"):
            out.save(path, "JPEG", quality=70, dpi=(200, 200))
        else:  # image-only PDF
            buf = io.BytesIO(); out.save(buf, "JPEG", quality=70); buf.seek(0)
            wpt, hpt = out.size[0] * 72 / 200, out.size[1] * 72 / 200
            c = canvas.Canvas(path, pagesize=(wpt, hpt), invariant=1)
            c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
            c.showPage(); c.save()
    with open(os.path.join(TRUTH, "scans", d["file"] + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(d["lines"]) + "\n")


def main():
    random.seed(13)
    os.makedirs(CORPUS, exist_ok=True)
    os.makedirs(os.path.join(TRUTH, "scans"), exist_ok=True)
    for fn in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, fn))
    for fn in os.listdir(os.path.join(TRUTH, "scans")):
        os.remove(os.path.join(TRUTH, "scans", fn))
    for i, d in enumerate(DOCS):
        f = d["form"]
        if f == "pdf":
            write_pdf(d)
        elif f == "xlsx":
            write_xlsx(d)
        elif f == "csv":
            write_csv(d)
        elif f == "docx":
            write_docx(d)
        else:
            write_scan(d, i)
    manifest = [{"file": d["file"], "opd": d["opd"], "category": d["category"], "fiscal_year": d["fiscal_year"]}
                for d in DOCS]
    with open(os.path.join(CORPUS, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as f:
        json.dump(QUESTIONS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(TRUTH, "computations.json"), "w", encoding="utf-8") as f:
        json.dump(COMPUTATIONS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(TRUTH, "computations.md"), "w", encoding="utf-8") as f:
        f.write("# How every sum / two-document answer was computed\n\n")
        for k, v in COMPUTATIONS.items():
            qq = next(x for x in QUESTIONS if x["id"] == k)
            f.write(f"## {k} ({qq['kind']}, scope {qq['scope_opd']})\n\nQ: {qq['question']}\n\n")
            if "operands" in v:
                for o in v["operands"]:
                    f.write(f"- operand {o['value']} from {o['file']} page/sheet {o['page']}\n")
            else:
                flt = f", filter {v['filter']}" if "filter" in v else ""
                f.write(f"- file {v['file']} sheet/page {v['page']}, column \"{v['column']}\", rows: {v['rows']}{flt}\n")
            f.write(f"- working: {v['working']}\n- answer: **{qq['answer']}**\n\n")
    with open(os.path.join(TRUTH, "scan_forms.json"), "w", encoding="utf-8") as f:
        json.dump({d["file"]: {"form": d["form"], "rotation_deg": d["rot"]} for d in DOCS
                   if d["form"] in ("scan", "photo", "scanpdf")}, f, indent=1)
    print(len(DOCS), "documents,", len(QUESTIONS), "questions")


if __name__ == "__main__":
    main()
