"""Regenerate the review8 blind set (deterministic).  Run with the scratch venv:
    /work/scratch/review8/bin/python generate.py
"""
import json
import os
import random

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import catalog
import rka_data as R

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SSH_FILE = "SSH_Kota_Samarinda_2027.xlsx"
SBU_FILE = "SBU_Kota_Samarinda_2027.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
FIXED_DT = (2026, 12, 3, 8, 0, 0)


def rp(x, dec=False):
    s = f"{int(round(x)):,}".replace(",", ".")
    return f"Rp {s},00" if dec else f"Rp {s}"


def num(x):
    return f"{int(round(x)):,}".replace(",", ".")


def fix_wb_props(wb):
    import datetime
    wb.properties.creator = "Subbag Program dan Keuangan"
    wb.properties.created = datetime.datetime(*FIXED_DT)
    wb.properties.modified = datetime.datetime(*FIXED_DT)


def ppn_txt(p):
    return "11%" if p else "0%"


def signature_rows(ws, row, col, opd):
    ws.cell(row=row, column=col, value="Samarinda, 3 Desember 2026")
    ws.cell(row=row + 1, column=col, value=f"Kepala {opd.replace(' Kota Samarinda', '')}" if not opd.startswith("Kecamatan") else "Camat Samarinda Ulu")
    ws.cell(row=row + 5, column=col, value="(....................................)").font = BOLD
    ws.cell(row=row + 6, column=col, value="NIP. 19xxxxxxxxxxxxxxxx")


# ------------------------------------------------------------------ layout A
def write_layout_a(rka, lines):
    wb = Workbook()
    wb.remove(wb.active)
    for si, sub in enumerate(rka["subs"]):
        ws = wb.create_sheet(sub["sheet"])
        widths = [6, 20, 48, 30, 22, 10, 15, 7, 17]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.merge_cells("A1:I1"); ws["A1"] = "RENCANA KERJA DAN ANGGARAN"
        ws.merge_cells("A2:I2"); ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)"
        ws.merge_cells("A3:I3"); ws["A3"] = "PEMERINTAH KOTA SAMARINDA - TAHUN ANGGARAN 2027"
        for c in ("A1", "A2", "A3"):
            ws[c].font = Font(bold=True, size=12 if c == "A1" else 11)
            ws[c].alignment = Alignment(horizontal="center")
        info = [("Urusan Pemerintahan", rka["urusan"]), ("Bidang Urusan", rka["bidang"]),
                ("Program", rka["program"]), ("Kegiatan", rka["kegiatan"]),
                ("Sub Kegiatan", f"{sub['code']} {sub['name']}"),
                ("Organisasi", f"{rka['opd_code']} {rka['opd']}"),
                ("Lokasi", sub["lokasi"]), ("Waktu Pelaksanaan", "Januari s.d. Desember"),
                ("Indikator Keluaran", sub["indikator"]), ("Target Keluaran", sub["target"])]
        r = 5
        for k, v in info:
            ws.cell(row=r, column=1, value=k)
            ws.cell(row=r, column=3, value=": " + v)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah").font = BOLD
        r += 1
        hdr = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan", "PPN", "Jumlah (Rp)"]
        for i, h in enumerate(hdr):
            c = ws.cell(row=r, column=i + 1, value=h)
            c.font = BOLD; c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
        r += 1
        sub_lines = [x for x in lines if x["sub_index"] == si]
        total = 0
        for gi, g in enumerate(sub["groups"]):
            gl = [x for x in sub_lines if x["gi"] == gi]
            code, name = R.ACC[g["acc"]]
            subtotal = sum(x["jumlah"] for x in gl)
            ws.cell(row=r, column=2, value=code).font = BOLD
            ws.cell(row=r, column=3, value=name).font = BOLD
            c = ws.cell(row=r, column=9, value=subtotal); c.font = BOLD; c.number_format = "#,##0"
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
            r += 1
            for x in gl:
                vals = [int(x["no"]), None, x["uraian"], x["spec"] or "-", x["koef"], x["satuan"], x["harga"],
                        ppn_txt(x["ppn"]), x["jumlah"]]
                for i, v in enumerate(vals):
                    c = ws.cell(row=r, column=i + 1, value=v)
                    c.border = BOX
                    if i in (6, 8):
                        c.number_format = "#,##0"
                    if i in (2, 3):
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            total += subtotal
        ws.cell(row=r, column=3, value="JUMLAH SUB KEGIATAN").font = BOLD
        c = ws.cell(row=r, column=9, value=total); c.font = BOLD; c.number_format = "#,##0"
        signature_rows(ws, r + 3, 7, rka["opd"])
    fix_wb_props(wb)
    wb.save(os.path.join(DATA, rka["file"]))


# ------------------------------------------------------------------ layout B
def write_layout_b(rka, lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA 2027"
    widths = [6, 20, 50, 24, 8, 11, 17, 20, 34]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:I1"); ws["A1"] = rka["opd"].upper()
    ws.merge_cells("A2:I2"); ws["A2"] = "RINCIAN BELANJA RKA - RANCANGAN APBD TAHUN ANGGARAN 2027"
    ws.merge_cells("A3:I3"); ws["A3"] = rka["program"]
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD; ws[c].alignment = Alignment(horizontal="center")
    ws["A4"] = "(draf untuk verifikasi TAPD - angka dalam Rupiah)"
    ws["A4"].font = Font(italic=True, size=9)
    # two-row merged header
    r = 6
    for col, h in ((1, "No"), (2, "Kode Akun"), (3, "Uraian Belanja"), (8, "Jumlah"), (9, "Keterangan / Spesifikasi")):
        ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
        ws.cell(row=r, column=col, value=h)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(row=r, column=4, value="Rincian Perhitungan")
    for col, h in ((4, "Koefisien"), (5, "Vol"), (6, "Satuan"), (7, "Harga Satuan")):
        ws.cell(row=r + 1, column=col, value=h)
    for rr in (r, r + 1):
        for col in range(1, 10):
            c = ws.cell(row=rr, column=col)
            c.font = BOLD; c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="FCE4D6")
    r += 2
    for i in range(1, 10):
        ws.cell(row=r, column=i, value=f"({i})").alignment = Alignment(horizontal="center")
    r += 1
    for si, sub in enumerate(rka["subs"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=f"SUB KEGIATAN : {sub['code']} - {sub['name']}")
        c.font = BOLD; c.fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1, value=f"Indikator Keluaran: {sub['indikator']}  |  Target: {sub['target']}  |  Lokasi: {sub['lokasi']}").font = Font(italic=True)
        r += 1
        total = 0
        for x in [x for x in lines if x["sub_index"] == si]:
            code, _ = R.ACC[x["acc"]]
            vals = [x["no"], code, x["uraian"], x["koef"], num(x["volume"]), x["satuan"], rp(x["harga"]), rp(x["jumlah"]), x["spec"]]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=i in (2, 8), vertical="top", horizontal="right" if i in (4, 6, 7) else None)
            total += x["jumlah"]
            r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1, value=f"Jumlah Sub Kegiatan {sub['code']}").font = BOLD
        ws.cell(row=r, column=8, value=rp(total)).font = BOLD
        r += 2
    ws.cell(row=r, column=3, value="Catatan: harga satuan belum termasuk PPN; kode akun mengacu Kepmendagri 050-5889 Tahun 2021.").font = Font(size=9, italic=True)
    signature_rows(ws, r + 2, 8, rka["opd"])
    fix_wb_props(wb)
    wb.save(os.path.join(DATA, rka["file"]))


# ------------------------------------------------------------------ layout C
def write_layout_c(rka, lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "Rincian Belanja"
    widths = [22, 7, 56, 24, 9, 10, 15, 17, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"
    ws["A2"] = rka["opd"].replace(" Kota Samarinda", "").upper()
    ws["A3"] = "Lembar Rincian Kertas Kerja RKA Belanja - TA 2027 (Rancangan Awal)"
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD
    r = 5
    for si, sub in enumerate(rka["subs"]):
        ws.cell(row=r, column=1, value="Sub Kegiatan").font = BOLD
        ws.cell(row=r, column=3, value=f"{sub['code']}  {sub['name']}").font = BOLD
        ws.cell(row=r + 1, column=1, value="Keluaran")
        ws.cell(row=r + 1, column=3, value=f"{sub['indikator']} = {sub['target']}")
        ws.cell(row=r + 2, column=1, value="Lokasi")
        ws.cell(row=r + 2, column=3, value=sub["lokasi"])
        r += 4
        hdr = ["Kode Rekening", "No.", "Uraian / Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)", "Sumber Dana"]
        for i, h in enumerate(hdr):
            c = ws.cell(row=r, column=i + 1, value=h)
            c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
            c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
        r += 1
        sub_lines = [x for x in lines if x["sub_index"] == si]
        grand = 0
        for gi, g in enumerate(sub["groups"]):
            gl = [x for x in sub_lines if x["gi"] == gi]
            code, name = R.ACC[g["acc"]]
            ws.cell(row=r, column=1, value=code).font = BOLD
            ws.cell(row=r, column=3, value=name).font = BOLD
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="EDEDED")
            r += 1
            for x in gl:
                text = x["uraian"] + (f"\nSpesifikasi: {x['spec']}" if x["spec"] else "")
                vals = [None, x["no"], text, x["koef"], x["volume"], x["satuan"], x["harga"], x["jumlah"], "DAU"]
                for i, v in enumerate(vals):
                    c = ws.cell(row=r, column=i + 1, value=v)
                    c.border = BOX
                    if i in (4, 6, 7):
                        c.number_format = "#,##0"
                    if i == 2:
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            st = sum(x["jumlah"] for x in gl)
            ws.cell(row=r, column=3, value="Sub Jumlah " + code).font = Font(italic=True)
            c = ws.cell(row=r, column=8, value=st); c.number_format = "#,##0"; c.font = Font(italic=True)
            grand += st
            r += 1
        ws.cell(row=r, column=3, value="TOTAL SUB KEGIATAN").font = BOLD
        c = ws.cell(row=r, column=8, value=grand); c.number_format = "#,##0"; c.font = BOLD
        r += 3
    ws.cell(row=r, column=3, value="Ket: No. = nomor urut per sub kegiatan (1.xx = sub kegiatan pertama, 2.xx = kedua)").font = Font(size=9, italic=True)
    signature_rows(ws, r + 2, 7, rka["opd"])
    fix_wb_props(wb)
    wb.save(os.path.join(DATA, rka["file"]))


# ------------------------------------------------------------------ SIPD PDF
def write_sipd_pdf(rka, lines):
    path = os.path.join(DATA, rka["file"])
    sub = rka["subs"][0]
    st = ParagraphStyle("c", fontName="DVC", fontSize=7, leading=8.5)
    stb = ParagraphStyle("cb", fontName="DVCB", fontSize=7, leading=8.5)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, alignment=1)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DV", 6.5)
        canv.drawString(15 * mm, 8 * mm, "RKA-SKPD 2.2.1 | Dicetak melalui SIPD-RI pada 03-12-2026 08:14:22")
        canv.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Halaman {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=15 * mm, title="RKA SKPD 2.2.1", author="SIPD", creator="SIPD-RI",
                            invariant=1)
    el = [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", sth),
          Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", ParagraphStyle("s", fontName="DV", fontSize=8.5, alignment=1)),
          Spacer(1, 4 * mm)]
    info = [("Urusan Pemerintahan", rka["urusan"]), ("Bidang Urusan", rka["bidang"]), ("Program", rka["program"]),
            ("Sasaran Program", "Meningkatnya kualitas perencanaan pembangunan partisipatif di tingkat kecamatan"),
            ("Kegiatan", rka["kegiatan"]), ("Organisasi", f"{rka['opd_code']} {rka['opd']}"),
            ("Unit", f"{rka['opd_code']} {rka['opd']}"), ("Alokasi Tahun 2026", "Rp 158.420.000,00"),
            ("Alokasi Tahun 2027", "lihat jumlah rincian"), ("Alokasi Tahun 2028", "Rp 171.000.000,00")]
    t = Table([[Paragraph(a, st), ":", Paragraph(b, st)] for a, b in info], colWidths=[38 * mm, 4 * mm, 144 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTNAME", (0, 0), (-1, -1), "DVC"), ("FONTSIZE", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    el += [t, Spacer(1, 3 * mm)]
    ind = [[Paragraph("<b>Indikator</b>", st), Paragraph("<b>Tolok Ukur Kinerja</b>", st), Paragraph("<b>Target Kinerja</b>", st)],
           [Paragraph("Keluaran", st), Paragraph(sub["indikator"], st), Paragraph(sub["target"], st)],
           [Paragraph("Keluaran", st), Paragraph(sub["indikator2"], st), Paragraph(sub["target2"], st)],
           [Paragraph("Hasil", st), Paragraph("Persentase usulan Musrenbang yang terakomodir dalam RKPD", st), Paragraph("40 %", st)]]
    t = Table(ind, colWidths=[30 * mm, 116 * mm, 40 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [t, Spacer(1, 3 * mm)]
    info2 = [("Sub Kegiatan", f"{sub['code']} {sub['name']}"), ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah"),
             ("Lokasi", sub["lokasi"]), ("Waktu Pelaksanaan", "Januari s.d. Maret"),
             ("Keluaran Sub Kegiatan", f"{sub['indikator']} : {sub['target']}")]
    t = Table([[Paragraph(a, st), ":", Paragraph(b, st)] for a, b in info2], colWidths=[38 * mm, 4 * mm, 144 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), "DVC"),
                           ("FONTSIZE", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    el += [t, Spacer(1, 3 * mm), Paragraph("<b>Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah</b>", st), Spacer(1, 1.5 * mm)]
    rows = [[Paragraph("<b>%s</b>" % h, st) for h in ("Kode Rekening", "No", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah")]]
    styles = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
              ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
              ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    total = sum(x["jumlah"] for x in lines)
    rows.append([Paragraph("<b>5</b>", st), "", Paragraph("<b>BELANJA</b>", st), "", "", "", "", Paragraph("<b>%s</b>" % num(total), st)])
    rows.append([Paragraph("<b>5.1</b>", st), "", Paragraph("<b>BELANJA OPERASI</b>", st), "", "", "", "", Paragraph("<b>%s</b>" % num(total), st)])
    for gi, g in enumerate(sub["groups"]):
        gl = [x for x in lines if x["gi"] == gi]
        code, name = R.ACC[g["acc"]]
        rows.append([Paragraph("<b>%s</b>" % code, st), "", Paragraph("<b>%s</b>" % name, st), "", "", "", "",
                     Paragraph("<b>%s</b>" % num(sum(x["jumlah"] for x in gl)), st)])
        for x in gl:
            u = x["uraian"] + (f"<br/><font size=6>Spesifikasi : {x['spec']}</font>" if x["spec"] else "")
            rows.append(["", Paragraph(x["no"], st), Paragraph(u, st), Paragraph(x["koef"], st), Paragraph(x["satuan"], st),
                         Paragraph(num(x["harga"]), st), Paragraph(ppn_txt(x["ppn"]), st), Paragraph(num(x["jumlah"]), st)])
    t = Table(rows, colWidths=[26 * mm, 8 * mm, 57 * mm, 25 * mm, 18 * mm, 18 * mm, 9 * mm, 21 * mm], repeatRows=1)
    t.setStyle(TableStyle(styles))
    el += [t, Spacer(1, 6 * mm)]
    sig = Table([["", Paragraph("Samarinda, 3 Desember 2026<br/>Camat Samarinda Ulu<br/><br/><br/><br/><b>(..............................)</b><br/>NIP. 19xxxxxxxxxxxxxxxx", st)]],
                colWidths=[120 * mm, 66 * mm])
    el += [sig, Spacer(1, 4 * mm),
           Paragraph("Pembahasan: Tim Anggaran Pemerintah Daerah (TAPD) - Bappeda, BPKAD, Bagian Pembangunan. Catatan hasil pembahasan: ...........................", st)]
    doc.build(el, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ scan
def write_scan(rka, lines, rng):
    dpi = 200
    W, H = int(11.69 * dpi), int(8.27 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 19)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 19)
    ft = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 26)
    sub = rka["subs"][0]
    x0, y = 110, 90
    d.text((W // 2, y), "RENCANA KERJA DAN ANGGARAN (RKA) - TAHUN ANGGARAN 2027", font=ft, fill=0, anchor="mt"); y += 40
    d.text((W // 2, y), rka["opd"].upper(), font=fb, fill=0, anchor="mt"); y += 45
    for k, v in (("Program", rka["program"]), ("Kegiatan", rka["kegiatan"]), ("Sub Kegiatan", f"{sub['code']} {sub['name']}"),
                 ("Indikator / Target", f"{sub['indikator']} / {sub['target']}"), ("Lokasi", sub["lokasi"])):
        d.text((x0, y), k, font=f, fill=0); d.text((x0 + 230, y), ": " + v, font=f, fill=0); y += 28
    y += 12
    cols = [("No", 55), ("Kode Rekening", 215), ("Uraian", 560), ("Spesifikasi", 290), ("Koefisien", 330),
            ("Satuan", 100), ("Harga Satuan", 180), ("Jumlah (Rp)", 200)]
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rh = 31

    def hline(yy):
        d.line([(xs[0], yy), (xs[-1], yy)], fill=0, width=2)

    top = y
    hline(y)
    for (h, w), xx in zip(cols, xs):
        d.text((xx + 6, y + 7), h, font=fb, fill=0)
    y += rh; hline(y)
    for gi, g in enumerate(sub["groups"]):
        gl = [x for x in lines if x["gi"] == gi]
        code, name = R.ACC[g["acc"]]
        d.text((xs[1] + 6, y + 7), code, font=fb, fill=0)
        nm = name if len(name) < 70 else name[:67] + "..."
        d.text((xs[2] + 6, y + 7), nm, font=fb, fill=0)
        d.text((xs[-1] - 6, y + 7), num(sum(x["jumlah"] for x in gl)), font=fb, fill=0, anchor="ra")
        y += rh; hline(y)
        for x in gl:
            vals = [x["no"], "", x["uraian"], x["spec"], x["koef"], x["satuan"], num(x["harga"]), num(x["jumlah"])]
            for i, (v, xx) in enumerate(zip(vals, xs)):
                if i >= 6:
                    d.text((xs[i + 1] - 6, y + 7), v, font=f, fill=0, anchor="ra")
                else:
                    d.text((xx + 6, y + 7), v, font=f, fill=0)
            y += rh; hline(y)
    for xx in xs:
        d.line([(xx, top), (xx, y)], fill=0, width=2)
    d.text((xs[5], y + 40), "Samarinda, 3 Desember 2026", font=f, fill=0)
    d.text((xs[5], y + 68), "Kepala Dinas Lingkungan Hidup", font=f, fill=0)
    d.text((xs[5], y + 150), "(..............................)", font=fb, fill=0)
    d.text((x0, H - 60), "Hal. 1 / 1   - draf RKA, fotokopi untuk verifikasi -", font=f, fill=60)
    # degradations: grey paper, blur, noise, skew 1.1 deg
    arr = np.asarray(img).astype(np.float32)
    arr = 232 - (255 - arr) * 0.86
    noise = np.array(rng.normal(0, 7, arr.shape), dtype=np.float32)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
    im = im.rotate(1.1, resample=Image.BICUBIC, expand=False, fillcolor=225)
    im.save(os.path.join(DATA, rka["file"]), "PDF", resolution=dpi)


# ------------------------------------------------------------------ catalogues
def write_ssh():
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    widths = [6, 22, 40, 46, 10, 22, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:G1"); ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA"
    ws.merge_cells("A2:G2"); ws["A2"] = "TENTANG STANDAR HARGA SATUAN REGIONAL PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws.merge_cells("A3:G3"); ws["A3"] = "A. STANDAR SATUAN HARGA (SSH) BARANG DAN JASA"
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD; ws[c].alignment = Alignment(horizontal="center")
    r = 5
    for col, h in ((1, "No"), (2, "Kode Barang"), (5, "Satuan"), (6, "Harga Satuan Tertinggi"), (7, "Ket.")):
        ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
        ws.cell(row=r, column=col, value=h)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(row=r, column=3, value="Uraian Barang / Jasa")
    ws.cell(row=r + 1, column=3, value="Nama")
    ws.cell(row=r + 1, column=4, value="Spesifikasi / Ukuran")
    for rr in (r, r + 1):
        for col in range(1, 8):
            c = ws.cell(row=rr, column=col)
            c.font = BOLD; c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 2
    n = 0
    for roman, title, items in catalog.SSH_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=f"{roman}. {title}")
        c.font = BOLD; c.fill = PatternFill("solid", fgColor="E2EFDA")
        r += 1
        for key, kode, name, spec, unit, price in items:
            n += 1
            vals = [n, kode, name, spec, unit, rp(price, dec=True), "belum PPN"]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.border = BOX
                if i == 5:
                    c.alignment = Alignment(horizontal="right")
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Keterangan: harga merupakan batas tertinggi, belum termasuk PPN 11%; satuan sesuai kolom Satuan.").font = Font(italic=True, size=9)
    ws.cell(row=r + 1, column=2, value="Standar biaya honorarium, perjalanan dinas, konsumsi dan sewa diatur dalam Lampiran II (SBU).").font = Font(italic=True, size=9)
    fix_wb_props(wb)
    wb.save(os.path.join(DATA, SSH_FILE))


def write_sbu():
    path = os.path.join(DATA, SBU_FILE)
    st = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=14, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title="SBU Kota Samarinda 2027", author="BPKAD", invariant=1)
    el = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA<br/>STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", sth), Spacer(1, 5 * mm)]
    for letter, title, items in catalog.SBU_SECTIONS:
        el.append(Paragraph(f"<b>{letter}. {title}</b>", st))
        el.append(Spacer(1, 1.5 * mm))
        rows = [[Paragraph(f"<b>{h}</b>", st) for h in ("No", "Uraian", "Satuan", "Besaran (Rp)", "Keterangan")]]
        for key, kode, name, spec, unit, price in items:
            rows.append([kode, Paragraph(name, st), unit, num(price), Paragraph(spec or "-", st)])
        t = Table(rows, colWidths=[12 * mm, 82 * mm, 22 * mm, 24 * mm, 34 * mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTNAME", (0, 0), (-1, -1), "DV"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (3, 1), (3, -1), "RIGHT"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
        el += [t, Spacer(1, 4 * mm)]
    el.append(Paragraph("Catatan: besaran merupakan batas tertinggi. OJ = orang/jam; OH = orang/hari; OK = orang/kali; OB = orang/bulan. "
                        "Honorarium tidak dikenakan PPN; PPh dipotong sesuai ketentuan.", st))
    doc.build(el)


# ------------------------------------------------------------------ main
def main():
    os.makedirs(DATA, exist_ok=True)
    rng = np.random.default_rng(20261203)
    random.seed(20261203)
    write_ssh()
    write_sbu()
    manifest = []
    for rka in R.RKAS:
        lines = R.expand(rka)
        lay = rka["layout"]
        if lay.startswith("A_"):
            write_layout_a(rka, lines)
        elif lay.startswith("B_"):
            write_layout_b(rka, lines)
        elif lay.startswith("C_"):
            write_layout_c(rka, lines)
        elif lay.startswith("P_"):
            write_sipd_pdf(rka, lines)
        else:
            write_scan(rka, lines, rng)
        stem = os.path.splitext(rka["file"])[0]
        lab_file = stem + ".labels.json"
        with open(os.path.join(DATA, lab_file), "w") as fh:
            json.dump({"labels": {x["no"]: x["labels"] for x in lines}}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": rka["file"], "catalogues": [SSH_FILE, SBU_FILE], "labels": lab_file,
                         "opd": rka["opd"], "layout": lay})
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
