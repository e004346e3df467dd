#!/usr/bin/env python3
"""Generate blind QA set ask8 (deterministic). Run: python generate.py"""
import sys
sys.dont_write_bytecode = True
import csv, json, math, os, random, shutil, zipfile, io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
import docx
from docx.shared import Pt

from content import DOCS, FONTDIR
from questions import QUESTIONS, TRUTH_CALC

OUT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(OUT, "corpus")
TRUTH = os.path.join(OUT, "truth")
FIXED_DT = __import__("datetime").datetime(2026, 1, 15, 9, 0, 0)

pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))


# ---------------------------------------------------------------- PDF
def build_pdf(path, doc):
    serif = doc.get("serif", False)
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    ss = getSampleStyleSheet()
    sp = ParagraphStyle("p", parent=ss["Normal"], fontName=base, fontSize=10, leading=13.5, spaceAfter=6)
    sh = ParagraphStyle("h", parent=sp, fontName=bold, fontSize=12.5, leading=16, alignment=1, spaceAfter=8)
    sh2 = ParagraphStyle("h2", parent=sp, fontName=bold, fontSize=10.5, leading=14, spaceBefore=4)
    ssm = ParagraphStyle("sm", parent=sp, fontSize=8, leading=10, textColor=colors.grey)
    story = []
    for pi, page in enumerate(doc["pages"]):
        if pi:
            story.append(PageBreak())
        for kind, val in page:
            if kind == "h":
                story.append(Paragraph(val, sh))
            elif kind == "h2":
                story.append(Paragraph(val, sh2))
            elif kind == "p":
                story.append(Paragraph(val, sp))
            elif kind == "sm":
                story.append(Paragraph(val, ssm))
            elif kind == "sp":
                story.append(Spacer(1, val))
            elif kind == "t":
                rows = [[str(c) for c in r] for r in val]
                t = Table(rows, repeatRows=1)
                st = [("FONT", (0, 0), (-1, -1), base, 8.5),
                      ("FONT", (0, 0), (-1, 0), bold, 8.5),
                      ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                      ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                for ci in range(1, len(rows[0])):
                    st.append(("ALIGN", (ci, 1), (ci, -1), "RIGHT"))
                t.setStyle(TableStyle(st))
                story.append(t)
                story.append(Spacer(1, 8))
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title=doc.get("title", ""),
                          author=doc["opd"], creator="Microsoft Word", invariant=1)
    d.build(story)


# ---------------------------------------------------------------- XLSX
def build_xlsx(path, doc):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sh in doc["sheets"]:
        ws = wb.create_sheet(sh["name"])
        ncol = max(len(r) for r in sh["rows"])
        r0 = 1
        for t in sh.get("titles", []):
            ws.cell(row=r0, column=1, value=t).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol)
            ws.cell(row=r0, column=1).alignment = Alignment(horizontal="center")
            r0 += 1
        if sh.get("titles"):
            r0 += 1
        for i, row in enumerate(sh["rows"]):
            for j, v in enumerate(row):
                c = ws.cell(row=r0 + i, column=j + 1, value=v)
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if i == 0 or (isinstance(row[0], str) and row[0].upper().startswith("JUMLAH")) or \
                        (len(row) > 1 and isinstance(row[1], str) and row[1].upper().startswith("JUMLAH")):
                    c.font = Font(bold=True)
                if isinstance(v, (int, float)):
                    c.number_format = "#,##0.00" if isinstance(v, float) else "#,##0"
        for m in sh.get("merges", []):  # merges relative to table start row
            (a, b, c2, d2) = m
            ws.merge_cells(start_row=r0 + a, start_column=b, end_row=r0 + c2, end_column=d2)
        rr = r0 + len(sh["rows"]) + 1
        for note in sh.get("notes", []):
            ws.cell(row=rr, column=1, value=note)
            rr += 1
        for j, w in enumerate(sh.get("widths", [])):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.properties.creator = doc["opd"]
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """rewrite zip with fixed timestamps so output is byte-deterministic"""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                               rb"\g<1>2026-01-15T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- CSV
def build_csv(path, doc):
    with open(path, "w", newline="", encoding=doc.get("encoding", "utf-8")) as f:
        w = csv.writer(f, delimiter=doc.get("delim", ","), quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for r in doc["rows"]:
            w.writerow(r)


# ---------------------------------------------------------------- DOCX
def build_docx(path, doc):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for kind, val in doc["blocks"]:
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            p.alignment = 1
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
    d.core_properties.author = doc["opd"]
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = doc["opd"]
    d.save(path)
    _normalize_zip(path)


# ---------------------------------------------------------------- SCANS
def render_scan(doc, rng):
    """draw truth lines on a page at 200 dpi, then degrade"""
    style = doc["scan_style"]  # 'flatbed' or 'phone'
    W, H = 1654, 2339  # A4 at 200 dpi
    font_file = FONTDIR + doc.get("scan_font", "DejaVuSerif.ttf")
    fsize = doc.get("scan_size", 30)
    font = ImageFont.truetype(font_file, fsize)
    bfont = ImageFont.truetype(FONTDIR + "DejaVuSerif-Bold.ttf" if "Serif" in font_file else FONTDIR + "DejaVuSans-Bold.ttf", fsize + 4)
    paper = (250, 249, 243) if style == "flatbed" else (236, 230, 215)
    img = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(img)
    y = 150
    lh = int(fsize * 1.55)
    for line in doc["lines"]:
        if line.startswith("##"):
            txt = line[2:].strip()
            tw = dr.textlength(txt, font=bfont)
            dr.text(((W - tw) / 2, y), txt, font=bfont, fill=(25, 25, 30))
        elif line.startswith("|"):
            # table row: cells separated by |, drawn with grid
            cells = [c.strip() for c in line.strip("|").split("|")]
            xs = doc["col_x"]
            for k, c in enumerate(cells):
                x = xs[k]
                if k > 0 and doc.get("right_align", True) and any(ch.isdigit() for ch in c) and k >= doc.get("ra_from", 2):
                    tw = dr.textlength(c, font=font)
                    x = xs[k + 1] - 12 - tw if k + 1 < len(xs) else x
                dr.text((x + 6, y), c, font=font, fill=(20, 20, 25))
            for x in xs:
                dr.line([(x, y - 6), (x, y + lh - 6)], fill=(60, 60, 60), width=2)
            dr.line([(xs[0], y - 6), (xs[-1], y - 6)], fill=(60, 60, 60), width=2)
            dr.line([(xs[0], y + lh - 6), (xs[-1], y + lh - 6)], fill=(60, 60, 60), width=2)
        else:
            dr.text((140, y), line, font=font, fill=(22, 22, 28))
        y += lh
    # stamp / signature scribble
    if doc.get("stamp", True):
        cx, cy = W - 480, min(y + 40, H - 300)
        for r in (110, 100):
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(60, 70, 160), width=4)
        sf = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 22)
        dr.text((cx - 75, cy - 12), doc.get("stamp_text", "CAP DINAS"), font=sf, fill=(60, 70, 160))
        pts = [(cx - 200 + i * 14, cy + 40 + int(18 * math.sin(i * 0.9))) for i in range(28)]
        dr.line(pts, fill=(20, 20, 90), width=3)
    arr = np.asarray(img).astype(np.float32)
    if style == "phone":
        # lighting gradient + vignette
        yy, xx = np.mgrid[0:H, 0:W]
        grad = 0.80 + 0.2 * (xx / W) * (1 - 0.4 * yy / H)
        vig = 1 - 0.25 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
        arr = arr * (grad * vig)[..., None]
        arr[..., 2] *= 0.93
    arr += rng.normal(0, doc.get("noise", 9), arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    bg = (40, 38, 36) if style == "phone" else (255, 255, 255)
    img = img.rotate(doc.get("angle", 1.2), resample=Image.BICUBIC, expand=True, fillcolor=bg)
    if style == "phone":
        # crop as a phone photo with table edge visible, then downscale a bit
        w, h = img.size
        img = img.crop((-60, -50, w + 40, h + 70))
        img = img.resize((int(img.size[0] * 0.78), int(img.size[1] * 0.78)), Image.LANCZOS)
        # paste on dark background region handled by crop fill
    img = img.filter(ImageFilter.GaussianBlur(doc.get("blur", 0.6)))
    return img


def build_scan(path, doc, rng):
    img = render_scan(doc, rng)
    if path.endswith(".jpg"):
        img.save(path, "JPEG", quality=doc.get("quality", 62), dpi=(200, 200))
    elif path.endswith(".png"):
        img = img.convert("L")  # greyscale scanner output
        img = img.quantize(colors=32).convert("L") if doc.get("quant") else img
        img.save(path, "PNG", dpi=(200, 200), optimize=True)
    elif path.endswith(".pdf"):
        tmp = path + ".tmp.jpg"
        img.convert("L").save(tmp, "JPEG", quality=60, dpi=(200, 200))
        c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
        c.drawImage(tmp, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
        os.remove(tmp)


def main():
    for d in (CORPUS, TRUTH):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    os.makedirs(os.path.join(TRUTH, "scans"))
    rng = np.random.default_rng(20260815)
    manifest = []
    for doc in DOCS:
        p = os.path.join(CORPUS, doc["file"])
        kind = doc["kind"]
        if kind == "pdf":
            build_pdf(p, doc)
        elif kind == "xlsx":
            build_xlsx(p, doc)
        elif kind == "csv":
            build_csv(p, doc)
        elif kind == "docx":
            build_docx(p, doc)
        elif kind == "scan":
            build_scan(p, doc, rng)
            with open(os.path.join(TRUTH, "scans", doc["file"] + ".truth.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(l.lstrip("#").strip() if l.startswith("##") else l for l in doc["lines"]) + "\n")
        manifest.append({"file": doc["file"], "opd": doc["opd"], "category": doc["category"],
                         "fiscal_year": doc["fy"]})
    with open(os.path.join(CORPUS, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "questions.json"), "w", encoding="utf-8") as f:
        json.dump(QUESTIONS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(TRUTH, "calculations.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH_CALC, f, ensure_ascii=False, indent=1)
    with open(os.path.join(TRUTH, "injections.json"), "w", encoding="utf-8") as f:
        json.dump([{"file": d["file"], "page": d.get("inj_page", 1), "text": d["injection"]}
                   for d in DOCS if d.get("injection")], f, ensure_ascii=False, indent=1)
    with open(os.path.join(TRUTH, "calculations.md"), "w", encoding="utf-8") as f:
        f.write("# How each sum / two-document answer was computed\n\n")
        qs = {q["id"]: q for q in QUESTIONS}
        for c in TRUTH_CALC:
            q = qs[c["id"]]
            op = " + " if c["method"] == "sum" else " - "
            f.write(f"## {c['id']} ({q['kind']}, scope {q['scope_opd']})\n{q['question']}\n\n")
            for p_ in c["parts"]:
                f.write(f"- {p_['file']} p.{p_['page']}: {p_['label']} = {p_['value']}\n")
            f.write(f"\n= {op.join(p_['value'] for p_ in c['parts'])} = **{c['result']}**\n\n")
    print(f"{len(DOCS)} documents, {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
