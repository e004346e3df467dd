"""Generate the review18 blind RKA review set. Deterministic. Usage: python generate.py"""
import json, os, random, math, io, shutil
import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
import reportlab.rl_config
reportlab.rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

from catalog_data import ITEMS, ACCT
from gen_core import build_final, koef_str, idr, jt, fmt_vol, TYPES

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIXED_DT = __import__("datetime").datetime(2026, 9, 14, 8, 0, 0)


def fix_wb_props(wb):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "SIPD-export"
    wb.properties.lastModifiedBy = "operator"


# ------------------------------------------------------------------ catalogues
def write_ssh():
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I KEPUTUSAN WALI KOTA SAMARINDA"; ws["A2"] = "NOMOR : 900.1.12/0xx/HK-KS/VIII/2026"
    ws["A4"] = "STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws["A5"] = "Harga belum termasuk PPN; merupakan harga tertinggi (batas atas)"
    ws.merge_cells("A4:G4"); ws["A4"].font = Font(bold=True, size=12)
    r = 7
    for c, h in zip("ABCDEFG", ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)", "Keterangan"]):
        ws[f"{c}{r}"] = h
    ws["F7"] = "Harga"; ws["F8"] = "Satuan (Rp)"
    for c in "ABCDEG":
        ws.merge_cells(f"{c}7:{c}8")
    for c in "ABCDEFG":
        for rr in (7, 8):
            ws[f"{c}{rr}"].font = Font(bold=True); ws[f"{c}{rr}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); ws[f"{c}{rr}"].border = BOX
    for i, c in enumerate("1234567"):
        ws.cell(row=9, column=i + 1, value=f"({c})").alignment = Alignment(horizontal="center")
    r = 10; no = 0; head = None; rows = []
    for it in ITEMS:
        if it["cat"] != "SSH":
            continue
        if it["heading"] != head:
            head = it["heading"]
            ws.cell(row=r, column=2, value=head).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor="DDEBF7"); r += 1
        no += 1
        vals = [no, it["kode"], it["name"], it["spec"], it["unit"], it["price"], ""]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=v); c.border = BOX
        ws.cell(row=r, column=6).number_format = "#,##0"
        rows.append(dict(file="ssh_2027.xlsx", no=no, key=it["key"], kode=it["kode"], name=it["name"], spec=it["spec"], unit=it["unit"], price=it["price"]))
        r += 1
    for c, w in zip("ABCDEFG", [6, 22, 34, 40, 12, 16, 14]):
        ws.column_dimensions[c].width = w
    fix_wb_props(wb); wb.save(os.path.join(DATA, "ssh_2027.xlsx"))
    return rows


def write_sbu():
    path = os.path.join(DATA, "sbu_2027.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="SBU 2027", author="BPKAD Kota Samarinda", creator="BPKAD", producer="BPKAD")
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=10, leading=13, alignment=1)
    story = [Paragraph("LAMPIRAN II KEPUTUSAN WALI KOTA SAMARINDA", st),
             Paragraph("STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", stb),
             Paragraph("Besaran merupakan batas tertinggi; tidak dikenakan PPN kecuali dinyatakan lain.", st), Spacer(1, 5 * mm)]
    data = [["No", "Uraian", "Spesifikasi / Kriteria", "Satuan", "Besaran (Rp)"]]
    style = [("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
             ("ALIGN", (4, 1), (4, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    head = None; no = 0; rows = []
    letters = "ABCDEFGHIJ"; hi = -1
    for it in ITEMS:
        if it["cat"] != "SBU":
            continue
        if it["heading"] != head:
            head = it["heading"]; hi += 1
            data.append([letters[hi], Paragraph(f"<b>{head}</b>", st), "", "", ""])
            style.append(("SPAN", (1, len(data) - 1), (4, len(data) - 1)))
            style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#eeeeee")))
        no += 1
        data.append([str(no), Paragraph(it["name"], st), Paragraph(it["spec"], st), it["unit"], idr(it["price"])])
        rows.append(dict(file="sbu_2027.pdf", no=no, key=it["key"], kode="", name=it["name"], spec=it["spec"], unit=it["unit"], price=it["price"]))
    t = Table(data, colWidths=[10 * mm, 55 * mm, 70 * mm, 22 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(style)); story.append(t)
    doc.build(story)
    return rows


# ------------------------------------------------------------------ helpers
def acct_groups(lines):
    groups = []
    for l in lines:
        code, name = ACCT[l["acctc"]]
        if not groups or groups[-1][0] != code:
            groups.append((code, name, []))
        groups[-1][2].append(l)
    return groups


def header_block(f, s):
    sk = s["sk"]; opd = f["opd"]
    return [("Urusan Pemerintahan", opd["urusan"]), ("Organisasi", f'{opd["org"]} {opd["opd"]}'), ("Program", sk["program"]),
            ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", f'{sk["code"]} {sk["name"]}'), ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah"),
            ("Lokasi", sk["lokasi"]), ("Waktu Pelaksanaan", "Januari s.d. Desember 2027"),
            ("Indikator Output", f'{sk["indikator"]} — Target: {sk["target"]}')]


# ------------------------------------------------------------------ L1: SIPD-like xlsx, one sheet per sub-kegiatan, PPN column
def write_L1(f, path):
    wb = Workbook(); wb.remove(wb.active)
    for i, s in enumerate(f["subkegs"], 1):
        ws = wb.create_sheet(f"SubKeg {i}")
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN"; ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH"; ws["A3"] = "Pemerintah Kota Samarinda Tahun Anggaran 2027"
        for a in ("A1", "A2", "A3"):
            ws.merge_cells(f"{a}:{a[0]}{a[1:]}".replace(a, a) if False else f"{a}:J{a[1:]}"); ws[a].alignment = Alignment(horizontal="center"); ws[a].font = Font(bold=True)
        r = 5
        for k, v in header_block(f, s):
            ws.cell(row=r, column=1, value=k); ws.cell(row=r, column=3, value=": " + v); r += 1
        r += 1
        ws.cell(row=r, column=1, value="Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah").font = Font(bold=True); r += 1
        hdr = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)", "Jumlah"]
        for ci, h in enumerate(hdr, 1):
            c = ws.cell(row=r, column=ci, value=h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
        r += 1
        total = 0
        for code, name, ls in acct_groups(s["lines"]):
            sub = sum(l["jumlah"] for l in ls); total += sub
            ws.cell(row=r, column=2, value=code).font = Font(bold=True); ws.cell(row=r, column=3, value=name).font = Font(bold=True)
            c = ws.cell(row=r, column=10, value=sub); c.number_format = "#,##0"; c.font = Font(bold=True); r += 1
            for l in ls:
                vals = [int(l["no"]), None, l["name"], l["spec"], koef_str(l["parts"], "long"), l["vol"], l["unit"], l["price"], l["ppn"], l["jumlah"]]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v); c.border = BOX
                for ci in (6, 8, 10):
                    ws.cell(row=r, column=ci).number_format = "#,##0"
                r += 1
        ws.cell(row=r, column=3, value="JUMLAH SUB KEGIATAN").font = Font(bold=True)
        c = ws.cell(row=r, column=10, value=total); c.number_format = "#,##0"; c.font = Font(bold=True)
        for c, w in zip("ABCDEFGHIJ", [6, 20, 40, 32, 22, 9, 11, 14, 7, 16]):
            ws.column_dimensions[c].width = w
    fix_wb_props(wb); wb.save(path)


# ------------------------------------------------------------------ L2: single sheet, 2-row merged header, unusual column order, prices as "Rp x"
def write_L2(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "RKA 2027"
    ws["A1"] = "DRAFT RKA TA. 2027 (REVISI 2)"; ws["A2"] = f["opd"]["opd"].upper(); ws["A3"] = "dicetak ulang dari SIPD + koreksi bidang, belum final"
    ws["A1"].font = Font(bold=True, size=13)
    r = 5
    hdr1 = ["No.", "Uraian Belanja", "Spesifikasi", "Jumlah (Rp)", "Rincian Perhitungan", None, None, None]
    hdr2 = [None, None, None, None, "Harga Satuan", "Koefisien", "Vol.", "Sat."]
    for ci, h in enumerate(hdr1, 1):
        ws.cell(row=r, column=ci, value=h)
    for ci, h in enumerate(hdr2, 1):
        if h: ws.cell(row=r + 1, column=ci, value=h)
    for ci in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=ci, end_row=r + 1, end_column=ci)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    for rr in (r, r + 1):
        for ci in range(1, 9):
            c = ws.cell(row=rr, column=ci); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    r += 2
    for s in f["subkegs"]:
        sk = s["sk"]
        ws.cell(row=r, column=1, value=f'SUB KEGIATAN {sk["code"]} – {sk["name"]}').font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        ws.cell(row=r, column=1, value=f'Program: {sk["program"]} | Kegiatan: {sk["kegiatan"]}'); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        ws.cell(row=r, column=1, value=f'Output: {sk["indikator"]} ({sk["target"]}) | Lokasi: {sk["lokasi"]}'); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        tot = 0
        for code, name, ls in acct_groups(s["lines"]):
            sub = sum(l["jumlah"] for l in ls); tot += sub
            ws.cell(row=r, column=2, value=f"{code}  {name}").font = Font(bold=True, italic=True)
            ws.cell(row=r, column=4, value="Rp " + idr(sub)).font = Font(bold=True); r += 1
            for l in ls:
                vals = [l["no"], l["name"], l["spec"], "Rp " + idr(l["jumlah"]), "Rp " + idr(l["price"]), koef_str(l["parts"], "short"), fmt_vol(l["vol"]), l["unit"]]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v); c.border = BOX
                ws.cell(row=r, column=4).alignment = Alignment(horizontal="right"); ws.cell(row=r, column=5).alignment = Alignment(horizontal="right")
                r += 1
        ws.cell(row=r, column=2, value="Jumlah Sub Kegiatan").font = Font(bold=True); ws.cell(row=r, column=4, value="Rp " + idr(tot)).font = Font(bold=True)
        r += 2
    ws.cell(row=r, column=2, value="Catatan: harga sudah termasuk pajak sesuai ketentuan")
    for c, w in zip("ABCDEFGH", [6, 46, 34, 18, 15, 22, 8, 12]):
        ws.column_dimensions[c].width = w
    fix_wb_props(wb); wb.save(path)


# ------------------------------------------------------------------ L3: sheet per sub-kegiatan, inline koef, prices as "1,25 jt"/"45 rb"
def write_L3(f, path):
    wb = Workbook(); wb.remove(wb.active)
    names = ["Pelatihan UMKM", "Pengawasan Kop"]
    for i, s in enumerate(f["subkegs"]):
        sk = s["sk"]
        ws = wb.create_sheet(names[i])
        ws["B1"] = "RINCIAN BELANJA SUB KEGIATAN"; ws["B1"].font = Font(bold=True, size=12)
        ws["B2"] = f'{f["opd"]["opd"]} - TA 2027'
        ws["B3"] = f'Sub Keg. : {sk["code"]} {sk["name"]}'
        ws["B4"] = f'Keg. : {sk["kegiatan"]}'
        ws["B5"] = f'Indikator keluaran : {sk["indikator"]} = {sk["target"]}'
        ws["B6"] = f'Lokasi : {sk["lokasi"]}'
        r = 8
        for ci, h in enumerate(["No", "Uraian / rincian perhitungan", "Vol", "Sat", "Harga", "Total (Rp)", "Ket"], 1):
            c = ws.cell(row=r, column=ci, value=h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="FFF2CC")
        r += 1
        tot = 0
        for code, name, ls in acct_groups(s["lines"]):
            sub = sum(l["jumlah"] for l in ls); tot += sub
            ws.cell(row=r, column=2, value=f"Rek. {code} - {name}").font = Font(bold=True); r += 1
            for l in ls:
                ur = l["name"] + (f" - {l['spec']}" if l["spec"] else "") + f" ({koef_str(l['parts'], 'short')})"
                vals = [l["no"], ur, l["vol"], l["unit"], jt(l["price"]), l["jumlah"], ""]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v); c.border = BOX
                ws.cell(row=r, column=6).number_format = "#,##0"; ws.cell(row=r, column=3).number_format = "#,##0"
                ws.cell(row=r, column=5).alignment = Alignment(horizontal="right")
                r += 1
            ws.cell(row=r, column=2, value="Subtotal").font = Font(italic=True)
            c = ws.cell(row=r, column=6, value=sub); c.number_format = "#,##0"; c.font = Font(italic=True); r += 1
        ws.cell(row=r, column=2, value="TOTAL").font = Font(bold=True)
        c = ws.cell(row=r, column=6, value=tot); c.number_format = "#,##0"; c.font = Font(bold=True)
        for c, w in zip("ABCDEFG", [6, 70, 9, 10, 12, 16, 10]):
            ws.column_dimensions[c].width = w
    fix_wb_props(wb); wb.save(path)


# ------------------------------------------------------------------ L4: SIPD-like born-digital PDF
def write_L4(f, path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm, bottomMargin=12 * mm,
                            title="RKA SKPD 2.2", author="SIPD", creator="SIPD Republik Indonesia", producer="SIPD")
    st = ParagraphStyle("n", fontName="DV", fontSize=7, leading=8.5)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=9.5, leading=12, alignment=1)
    story = []

    def footer(canvas, d):
        canvas.setFont("DV", 6.5); canvas.drawString(10 * mm, 6 * mm, "Dicetak dari SIPD (sipd.kemendagri.go.id) - RKA-SKPD 2.2 - TA 2027")
        canvas.drawRightString(287 * mm, 6 * mm, f"Hal. {d.page}")
    for si, s in enumerate(f["subkegs"]):
        if si: story.append(PageBreak())
        story += [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", sth),
                  Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", sth), Spacer(1, 2 * mm)]
        hb = [[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in header_block(f, s)]
        t = Table(hb, colWidths=[38 * mm, 4 * mm, 230 * mm]); t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 3 * mm), Paragraph("<b>Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah</b>", st), Spacer(1, 1 * mm)]
        data = [["No", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        style = [("FONT", (0, 0), (-1, -1), "DV", 7), ("FONT", (0, 0), (-1, 0), "DVB", 7), ("GRID", (0, 0), (-1, -1), 0.3, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")), ("ALIGN", (5, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        tot = 0
        for code, name, ls in acct_groups(s["lines"]):
            sub = sum(l["jumlah"] for l in ls); tot += sub
            data.append(["", code, Paragraph(f"<b>{name}</b>", st), "", "", "", "", idr(sub)])
            style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVB", 7))
            for l in ls:
                ur = Paragraph(l["name"] + (f"<br/><font size=6>Spesifikasi: {l['spec']}</font>" if l["spec"] else ""), st)
                data.append([l["no"], "", ur, koef_str(l["parts"], "long"), l["unit"], idr(l["price"]), f'{l["ppn"]}%', idr(l["jumlah"])])
        data.append(["", "", Paragraph("<b>Jumlah Total Sub Kegiatan</b>", st), "", "", "", "", idr(tot)])
        t = Table(data, colWidths=[10 * mm, 30 * mm, 92 * mm, 48 * mm, 22 * mm, 24 * mm, 12 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle(style)); story.append(t)
        story += [Spacer(1, 6 * mm), Paragraph(f"Samarinda, 14 September 2026<br/>Kepala {f['opd']['opd']}<br/><br/><br/>(..............................)<br/>NIP. ........................", st)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ L5: scanned image-only PDF
def write_L5(f, path, truth_path, rng):
    W, H = 2339, 1654  # A4 landscape @200 dpi
    fnt = ImageFont.truetype(FONT, 23); fb = ImageFont.truetype(FONTB, 25); fs = ImageFont.truetype(FONT, 20)
    rows = []  # (kind, content)
    s = f["subkegs"][0]; sk = s["sk"]
    for code, name, ls in acct_groups(s["lines"]):
        rows.append(("grp", code, name, sum(l["jumlah"] for l in ls)))
        for l in ls:
            rows.append(("line", l))
    per_page = 17
    pages_rows = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    truth_text = []
    cols = [60, 140, 375, 1090, 1420, 1590, 1850, 2240]  # x positions: No, Kode, Uraian, Koef, Sat, Harga, Jumlah, end
    imgs = []
    for pi, pr in enumerate(pages_rows):
        im = Image.new("L", (W, H), 250); d = ImageDraw.Draw(im)
        y = 70
        tl = []
        if pi == 0:
            hdr = ["PEMERINTAH KOTA SAMARINDA - KECAMATAN SUNGAI PINANG", "KELURAHAN SUNGAI PINANG DALAM",
                   "RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027"]
            for h in hdr:
                d.text((W // 2, y), h, font=fb, fill=20, anchor="mt"); tl.append(h); y += 38
            y += 10
            for k, v in [("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", f'{sk["code"]} {sk["name"]}'),
                         ("Indikator/Target", f'{sk["indikator"]} / {sk["target"]}'), ("Lokasi", sk["lokasi"])]:
                d.text((80, y), f"{k}", font=fnt, fill=30); d.text((330, y), f": {v}", font=fnt, fill=30); tl.append(f"{k} : {v}"); y += 34
            y += 12
        else:
            d.text((80, y), f"Lanjutan RKA Kel. Sungai Pinang Dalam TA 2027 - Sub Kegiatan {sk['code']}", font=fnt, fill=30); tl.append(f"Lanjutan {sk['code']}"); y += 50
        heads = ["No", "Kode Rek.", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah (Rp)"]
        rh = 62
        d.rectangle([cols[0] - 10, y, cols[-1], y + rh], outline=20, width=2)
        for x, h in zip(cols, heads):
            d.text((x, y + 18), h, font=fb, fill=20)
        tl.append(" | ".join(heads))
        for x in cols[1:-1]:
            d.line([x - 10, y, x - 10, y + rh], fill=20, width=2)
        y += rh
        for row in pr:
            d.rectangle([cols[0] - 10, y, cols[-1], y + rh], outline=40, width=1)
            for x in cols[1:-1]:
                d.line([x - 10, y, x - 10, y + rh], fill=40, width=1)
            if row[0] == "grp":
                _, code, name, sub = row
                d.text((cols[1] - 2, y + 10), code, font=ImageFont.truetype(FONT, 18), fill=20)
                nm = name if len(name) < 62 else name[:60] + "…"
                d.text((cols[2], y + 8), nm, font=fb, fill=20)
                d.text((cols[7] - 20, y + 8), idr(sub), font=fb, fill=20, anchor="ra")
                tl.append(f"{code} | {name} | {idr(sub)}")
            else:
                l = row[1]
                d.text((cols[0] + 5, y + 8), l["no"], font=fnt, fill=25)
                d.text((cols[2], y + 6), l["name"][:56], font=fnt, fill=25)
                if l["spec"]:
                    d.text((cols[2], y + 34), l["spec"][:60], font=fs, fill=70)
                d.text((cols[3], y + 8), koef_str(l["parts"], "short"), font=fnt, fill=25)
                d.text((cols[4], y + 8), l["unit"], font=fnt, fill=25)
                d.text((cols[6] - 20, y + 8), idr(l["price"]), font=fnt, fill=25, anchor="ra")
                d.text((cols[7] - 20, y + 8), idr(l["jumlah"]), font=fnt, fill=25, anchor="ra")
                tl.append(f'{l["no"]} | {l["name"][:56]} | {l["spec"][:60]} | {koef_str(l["parts"], "short")} | {l["unit"]} | {idr(l["price"])} | {idr(l["jumlah"])}')
            y += rh
        if pi == len(pages_rows) - 1:
            tot = sum(l["jumlah"] for l in s["lines"])
            d.text((cols[2], y + 12), "JUMLAH", font=fb, fill=20); d.text((cols[7] - 20, y + 12), idr(tot), font=fb, fill=20, anchor="ra")
            tl.append(f"JUMLAH | {idr(tot)}")
            d.text((1700, y + 90), "Samarinda, 10 September 2026", font=fnt, fill=30); d.text((1700, y + 125), "Lurah Sungai Pinang Dalam", font=fnt, fill=30)
        d.text((W - 200, H - 60), f"hal {pi + 1}/{len(pages_rows)}", font=fs, fill=60)
        # degrade: rotate, noise, blur, uneven lighting
        ang = [0.9, -0.6][pi % 2]
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        arr = np.asarray(im).astype(np.float32)
        nr = np.random.default_rng(100 + pi)
        arr += nr.normal(0, 9, arr.shape)
        grad = np.linspace(0, 18, W)[None, :]
        arr -= grad
        spk = nr.random(arr.shape) < 0.0015
        arr[spk] = 40
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        imgs.append(im)
        truth_text.append(f"=== page {pi + 1} ===")
        truth_text += tl
    imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=200, quality=72, creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    with open(truth_path, "w") as fh:
        fh.write("\n".join(truth_text) + "\n")


# ------------------------------------------------------------------ L6: Word docx table
def write_L6(f, path):
    d = docx.Document()
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.core_properties.created = FIXED_DT; d.core_properties.modified = FIXED_DT; d.core_properties.author = "Subbag Program DKP"
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(8)
    d.add_paragraph().add_run("USULAN RENCANA KERJA DAN ANGGARAN TA 2027").bold = True
    d.add_paragraph(f["opd"]["opd"])
    for s in f["subkegs"]:
        sk = s["sk"]
        p = d.add_paragraph(); p.add_run(f'Sub Kegiatan {sk["code"]} {sk["name"]}').bold = True
        d.add_paragraph(f'Program: {sk["program"]}\nKegiatan: {sk["kegiatan"]}\nKeluaran: {sk["indikator"]} – target {sk["target"]}\nLokasi: {sk["lokasi"]}')
        t = d.add_table(rows=1, cols=8); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No", "Kode Rekening", "Uraian Belanja", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        tot = 0
        for code, name, ls in acct_groups(s["lines"]):
            sub = sum(l["jumlah"] for l in ls); tot += sub
            row = t.add_row().cells
            m = row[1].merge(row[6]); m.text = f"{code} {name}"; m.paragraphs[0].runs[0].bold = True
            row[7].text = idr(sub)
            for l in ls:
                row = t.add_row().cells
                vals = [l["no"], code, l["name"], l["spec"], koef_str(l["parts"], "long") + f" = {fmt_vol(l['vol'])}", l["unit"], idr(l["price"]), idr(l["jumlah"])]
                for c, v in zip(row, vals):
                    c.text = v
        row = t.add_row().cells; m = row[0].merge(row[6]); m.text = "TOTAL SUB KEGIATAN"; row[7].text = idr(tot)
        d.add_paragraph("")
    d.add_paragraph("Catatan bidang: harga mengacu SSH/SBU 2027, mohon koreksi TAPD.")
    d.save(path)


# ------------------------------------------------------------------ L7: flat SIPD export, koefisien split into columns, account per line
def write_L7(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "rincian_belanja"
    ws["A1"] = f"Export Rincian Belanja - {f['opd']['opd']} - Tahun 2027 - Tahapan: Rancangan Awal"
    ws["A2"] = "tgl export: 14-09-2026 08:00:00"
    hdr = ["kode_sub_kegiatan", "nama_sub_kegiatan", "kode_akun", "nama_akun", "no", "uraian", "spesifikasi", "koef_1", "sat_1", "koef_2", "sat_2",
           "koef_3", "sat_3", "volume", "satuan", "harga_satuan", "ppn", "total_harga"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=ci, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="C6E0B4")
    r = 5
    for s in f["subkegs"]:
        sk = s["sk"]
        for l in s["lines"]:
            code, name = ACCT[l["acctc"]]
            parts = list(l["parts"]) + [(None, None)] * (3 - len(l["parts"]))
            from gen_core import UNIT_LONG
            vals = [sk["code"], sk["name"], code, name, l["no"], l["name"], l["spec"] or None]
            for n_, u_ in parts:
                vals += [n_, UNIT_LONG.get(u_, u_) if u_ else None]
            vals += [l["vol"], l["unit"], l["price"], f'{l["ppn"]}%' if l["ppn"] else "0", l["jumlah"]]
            for ci, v in enumerate(vals, 1):
                ws.cell(row=r, column=ci, value=v)
            ws.cell(row=r, column=16).number_format = '"Rp"#,##0'; ws.cell(row=r, column=18).number_format = '"Rp"#,##0'
            r += 1
    ws2 = wb.create_sheet("sub_kegiatan")
    ws2.append(["kode_sub_kegiatan", "nama_sub_kegiatan", "program", "kegiatan", "indikator_keluaran", "target", "lokasi", "pagu"])
    for s in f["subkegs"]:
        sk = s["sk"]
        ws2.append([sk["code"], sk["name"], sk["program"], sk["kegiatan"], sk["indikator"], sk["target"], sk["lokasi"], sum(l["jumlah"] for l in s["lines"])])
    for c, w in zip("ABCDEFGHIJKLMNOPQR", [18, 30, 18, 30, 5, 40, 30, 7, 8, 7, 8, 7, 8, 9, 10, 14, 6, 16]):
        ws.column_dimensions[c].width = w
    fix_wb_props(wb); wb.save(path)


WRITERS = {"L7_xlsx_flat_koefcols": write_L7, "L1_xlsx_sipd_sheets": write_L1, "L2_xlsx_merged_textprice": write_L2, "L3_xlsx_jt_inline": write_L3,
           "L4_pdf_sipd": write_L4, "L6_docx_table": write_L6}


def normalize_zip(path):
    """rewrite an OOXML zip with fixed entry timestamps so the bytes are reproducible"""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>", rb"<dcterms:modified\1>2026-09-14T08:00:00Z</dcterms:modified>", data)
                data = _re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>", rb"<dcterms:created\1>2026-09-14T08:00:00Z</dcterms:created>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 14, 8, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    rng = random.Random(7)
    ssh_rows = write_ssh(); sbu_rows = write_sbu()
    files, plan_seed = build_final()
    print("plan seed", plan_seed)
    manifest = []; truth = {"catalogue_rows": ssh_rows + sbu_rows, "files": {}}
    for fname, f in files.items():
        lay = f["opd"]["layout"]; path = os.path.join(DATA, fname)
        if lay == "L5_scan_pdf":
            write_L5(f, path, os.path.join(HERE, "scan_truth.txt"), rng)
        else:
            WRITERS[lay](f, path)
        stem = os.path.splitext(fname)[0]
        labels = {}; tl = []
        for s in f["subkegs"]:
            sk = s["sk"]
            for l in s["lines"]:
                labels[l["no"]] = l["labels"]
                cr = l["cat_row"]
                tl.append(dict(no=l["no"], subkeg_code=sk["code"], subkeg_name=sk["name"], indikator=sk["indikator"],
                               account_code=ACCT[l["acctc"]][0], account_name=ACCT[l["acctc"]][1],
                               correct_account_code=ACCT[l["true_acctc"]][0], correct_account_name=ACCT[l["true_acctc"]][1],
                               item=l["name"], spec=l["spec"], unit=l["unit"], koefisien=koef_str(l["parts"], "short"),
                               koef_parts=[[n, u] for n, u in l["parts"]], volume=l["vol"], correct_volume=l["correct_vol"],
                               price=l["price"], ppn=l["ppn"], jumlah=l["jumlah"], correct_jumlah=l["correct_jumlah"],
                               catalogue=None if cr is None else dict(file="ssh_2027.xlsx" if cr["cat"] == "SSH" else "sbu_2027.pdf", key=cr["key"], name=cr["name"],
                                                                      spec=cr["spec"], unit=cr["unit"], price=cr["price"], unit_factor=cr["factor"],
                                                                      price_per_rka_unit=l["ref_price"]),
                               kind=l["kind"], arithmetic_error=l["arith"], duplicate_of=l.get("dup_of_no"), labels=l["labels"]))
        with open(os.path.join(DATA, stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append(dict(rka=fname, catalogues=["ssh_2027.xlsx", "sbu_2027.pdf"], labels=stem + ".labels.json", opd=f["opd"]["opd"], layout=lay))
        truth["files"][fname] = tl
    for fn in sorted(os.listdir(DATA)):
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(DATA, fn))
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    print("ok", len(manifest), "RKA files,", sum(len(v) for v in truth["files"].values()), "lines,", len(ssh_rows) + len(sbu_rows), "catalogue rows")


if __name__ == "__main__":
    main()
