# -*- coding: utf-8 -*-
"""Render catalogues, RKA files, labels, manifest and truth for review13."""
import json, os, io, zipfile, math, random, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
import catalog_data as CD
import rka_data as RD
from generate import idr, DATA, HERE, SSH_FILE, SBU_FILE, koef_text, LONG

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTC = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
FONTCB = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONTC))
pdfmetrics.registerFont(TTFont("DVB", FONTCB))
FIXED = datetime.datetime(2026, 11, 16, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True)

def save_wb(wb, path):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "BPKAD Kota Samarinda"; wb.properties.lastModifiedBy = "operator"
    bio = io.BytesIO(); wb.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                blob = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-16T09:00:00Z", blob)
            zout.writestr(zi, blob)

def full_name(l, sep=" "):
    return l["name"] + (sep + l["spec"] if l["spec"] else "")

# ------------------------------------------------------------------ catalogues
def ssh_xlsx():
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2027"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Lampiran I Keputusan Wali Kota Samarinda Nomor 900.1/    /HK-KS/XI/2026"
    ws["A4"] = "Harga belum termasuk PPN; merupakan harga tertinggi (batas atas)."
    for c in "ABCDEFGH": ws.merge_cells(f"A1:H1") if c == "A" else None
    ws.merge_cells("A2:H2"); ws.merge_cells("A3:H3"); ws.merge_cells("A4:H4")
    r = 6
    hdr1 = ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan", None, "Ket."]
    hdr2 = [None, None, None, None, None, "Tertinggi (Rp)", "Rata-rata Pasar (Rp)", None]
    for j, h in enumerate(hdr1, 1):
        ws.cell(r, j, h)
    for j, h in enumerate(hdr2, 1):
        if h: ws.cell(r + 1, j, h)
    for col in "ABCDEH":
        ws.merge_cells(f"{col}{r}:{col}{r+1}")
    ws.merge_cells(f"F{r}:G{r}")
    for rr in (r, r + 1):
        for j in range(1, 9):
            c = ws.cell(rr, j); c.font = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
            c.fill = PatternFill("solid", fgColor="D9E1F2")
    r += 2
    for j in range(1, 9): ws.cell(r, j, f"({j})").alignment = Alignment(horizontal="center")
    r += 1
    cat = None; n = 0; rows = {}
    for it in CD.SSH:
        if it["cat"] != cat:
            cat = it["cat"]; ws.cell(r, 2, cat).font = B; ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8); r += 1
        n += 1
        avg = int(round(it["price"] * 0.93, -2)) if it["price"] >= 1000 else it["price"]
        vals = [n, it["kode"], it["name"], it["spec"], it["unit"], it["price"], avg, ""]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            if j in (6, 7): c.number_format = "#,##0"
        rows[it["key"]] = n; r += 1
    for j, w in enumerate([5, 20, 42, 36, 12, 15, 15, 8], 1): ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, os.path.join(DATA, SSH_FILE))
    return rows

def sbu_pdf():
    path = os.path.join(DATA, SBU_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14*mm, rightMargin=14*mm, topMargin=14*mm, bottomMargin=14*mm,
                            title="SBU Kota Samarinda 2027", author="BPKAD")
    st = ParagraphStyle("n", fontName="DV", fontSize=8, leading=9.5)
    sh = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, alignment=1)
    els = [Paragraph("LAMPIRAN II KEPUTUSAN WALI KOTA SAMARINDA", sh),
           Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", sh), Spacer(1, 4*mm),
           Paragraph("Besaran merupakan batas tertinggi dan sudah termasuk pajak yang menjadi beban penerima (tidak dikenakan PPN).", st), Spacer(1, 3*mm)]
    data = [["No", "Kode", "Uraian", "Keterangan", "Satuan", "Besaran (Rp)"]]
    style = [("FONT", (0, 0), (-1, -1), "DV", 8), ("FONT", (0, 0), (-1, 0), "DVB", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2E2E2")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    cat = None; n = 0; rows = {}
    for it in CD.SBU:
        if it["cat"] != cat:
            cat = it["cat"]; data.append(["", "", Paragraph("<b>" + cat + "</b>", st), "", "", ""])
            style.append(("SPAN", (2, len(data) - 1), (5, len(data) - 1)))
        n += 1
        data.append([str(n), it["kode"], Paragraph(it["name"], st), Paragraph(it["spec"], st), it["unit"], idr(it["price"])])
        rows[it["key"]] = n
    t = Table(data, colWidths=[9*mm, 18*mm, 70*mm, 42*mm, 27*mm, 22*mm], repeatRows=1)
    t.setStyle(TableStyle(style)); els.append(t)
    doc.build(els)
    return rows

# ------------------------------------------------------------------ RKA layouts
def header_pairs(sub, org):
    return [("Urusan Pemerintahan", sub["urusan"]), ("Organisasi", org), ("Program", sub["program"]), ("Kegiatan", sub["kegiatan"]),
            ("Sub Kegiatan", sub["code"] + " - " + sub["name"]), ("Sumber Pendanaan", "Pendapatan Asli Daerah (PAD)"),
            ("Lokasi", sub["lokasi"]), ("Waktu Pelaksanaan", "Januari s.d. Desember 2027"),
            ("Keluaran Sub Kegiatan", sub["output"] + " : " + sub["target"])]

def groups(lines):
    out = []
    for l in lines:
        if not out or out[-1][0] != l["account_code"]:
            out.append((l["account_code"], l["account_name"], []))
        out[-1][2].append(l)
    return out

ORG = {"Satuan Polisi Pamong Praja": "1.05.0.00.0.00.02.0000 - Satuan Polisi Pamong Praja",
       "Dinas Pemadam Kebakaran dan Penyelamatan": "1.05.0.00.0.00.03.0000 - Dinas Pemadam Kebakaran dan Penyelamatan",
       "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": "2.18.0.00.0.00.01.0000 - Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
       "Dinas Ketahanan Pangan": "2.09.3.27.0.00.01.0000 - Dinas Ketahanan Pangan",
       "Badan Penanggulangan Bencana Daerah": "1.05.0.00.0.00.01.0000 - Badan Penanggulangan Bencana Daerah",
       "Dinas Pemuda, Olahraga dan Pariwisata": "2.19.3.26.0.00.01.0000 - Dinas Pemuda, Olahraga dan Pariwisata",
       "Kecamatan Samarinda Seberang": "7.01.0.00.0.00.04.0000 - Kecamatan Samarinda Seberang"}

def numbering(sub_lines_list, style="int"):
    k = 0
    for si, lines in enumerate(sub_lines_list):
        for j, l in enumerate(lines, 1):
            k += 1
            if style == "roman":
                l["no"] = ["I", "II", "III", "IV"][si] + "." + str(j)
            else:
                l["no"] = str(k)

def L1(subs, sl, fname):
    wb = Workbook(); wb.remove(wb.active)
    numbering([sl[s["id"]] for s in subs])
    for sub in subs:
        ws = wb.create_sheet(sub["code"])
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN"; ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH"
        ws["A3"] = "Pemerintah Kota Samarinda Tahun Anggaran 2027"; ws["J1"] = "Formulir RKA-BELANJA SKPD"
        for a in ("A1", "A2", "A3"): ws[a].font = Font(bold=True, size=12)
        r = 5
        for k, v in header_pairs(sub, ORG[sub["opd"]]):
            ws.cell(r, 1, k); ws.cell(r, 3, ": " + v); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10); r += 1
        r += 1
        ws.cell(r, 1, "Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah").font = B; r += 1
        hdr = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN", "Jumlah (Rp)"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r, j, h); c.font = B; c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="FFF2CC")
        r += 1
        lines = sl[sub["id"]]
        total = sum(l["jumlah"] for l in lines)
        ws.cell(r, 2, "5"); ws.cell(r, 3, "BELANJA DAERAH"); ws.cell(r, 10, total).number_format = "#,##0"
        for j in (2, 3, 10): ws.cell(r, j).font = B
        r += 1
        for pre, nm in (("5.1", "BELANJA OPERASI"), ("5.2", "BELANJA MODAL")):
            gl = [l for l in lines if l["account_code"].startswith(pre)]
            if not gl: continue
            ws.cell(r, 2, pre); ws.cell(r, 3, nm); ws.cell(r, 10, sum(l["jumlah"] for l in gl)).number_format = "#,##0"
            for j in (2, 3, 10): ws.cell(r, j).font = B
            r += 1
            for code, name, gls in groups(gl):
                ws.cell(r, 2, code); ws.cell(r, 3, name); ws.cell(r, 10, sum(l["jumlah"] for l in gls)).number_format = "#,##0"
                for j in (2, 3, 10): ws.cell(r, j).font = B
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9); r += 1
                for l in gls:
                    vals = [l["no"], None, l["name"], l["spec"], koef_text(l["koef_parts"], "short"), l["volume_printed"], l["unit"],
                            l["price"], f'{l["ppn"]}%' if l["ppn"] else "0", l["jumlah"]]
                    for j, v in enumerate(vals, 1):
                        c = ws.cell(r, j, v); c.border = BOX
                        if j in (6, 8, 10): c.number_format = "#,##0"
                    l["printed_name"] = l["name"]; l["where"] = f"sheet {sub['code']} row {r}"
                    r += 1
        ws.cell(r, 3, "JUMLAH TOTAL SUB KEGIATAN").font = B; ws.cell(r, 10, total).number_format = "#,##0"; ws.cell(r, 10).font = B
        r += 2
        ws.cell(r, 8, "Samarinda, 16 November 2026"); ws.cell(r + 1, 8, "Kepala Satuan Polisi Pamong Praja")
        ws.cell(r + 5, 8, "(.................................)"); ws.cell(r + 6, 8, "NIP. ")
        for j, w in enumerate([6, 18, 44, 22, 18, 9, 11, 14, 7, 16], 1): ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, os.path.join(DATA, fname))

def L2(subs, sl, fname):
    wb = Workbook(); ws = wb.active; ws.title = "RKA 2027"
    numbering([sl[s["id"]] for s in subs])
    ws["A1"] = "RINCIAN ANGGARAN BELANJA"; ws["A2"] = "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA SAMARINDA"
    ws["A3"] = "TAHUN ANGGARAN 2027 (RANCANGAN)"
    for a in ("A1", "A2", "A3"): ws[a].font = Font(bold=True, size=12); ws.merge_cells(f"{a}:H{a[1:]}")
    ws["A4"] = "Program: " + subs[0]["program"]; ws.merge_cells("A4:H4")
    r = 6
    # 2-row merged header, unusual order
    ws.cell(r, 1, "No"); ws.cell(r, 2, "Uraian Belanja"); ws.cell(r, 3, "Jumlah (Rp)"); ws.cell(r, 4, "Rincian Perhitungan"); ws.cell(r, 8, "Kode Rekening")
    ws.cell(r + 1, 4, "Koefisien"); ws.cell(r + 1, 5, "Volume"); ws.cell(r + 1, 6, "Satuan"); ws.cell(r + 1, 7, "Harga Satuan")
    for col in "ABCH": ws.merge_cells(f"{col}{r}:{col}{r+1}")
    ws.merge_cells(f"D{r}:G{r}")
    for rr in (r, r + 1):
        for j in range(1, 9):
            c = ws.cell(rr, j); c.font = B; c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="F8CBAD")
    r += 2
    rp = lambda v: "Rp " + idr(v)
    for sub in subs:
        lines = sl[sub["id"]]
        ws.cell(r, 1, "Sub Kegiatan : " + sub["code"] + " " + sub["name"]).font = B; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        ws.cell(r, 1, "Kegiatan : " + sub["kegiatan"]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        ws.cell(r, 1, "Indikator Keluaran : " + sub["output"] + " = " + sub["target"] + " ; Lokasi : " + sub["lokasi"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        for code, name, gls in groups(lines):
            ws.cell(r, 2, name).font = B; ws.cell(r, 3, rp(sum(l["jumlah"] for l in gls))).font = B; ws.cell(r, 8, code).font = B; r += 1
            for l in gls:
                pn = full_name(l, " - ")
                vals = [l["no"], pn, rp(l["jumlah"]), koef_text(l["koef_parts"], "long"), idr(l["volume_printed"]), l["unit"], rp(l["price"]), None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j in (3, 5, 7): c.alignment = Alignment(horizontal="right")
                l["printed_name"] = pn; l["where"] = f"row {r}"; r += 1
        ws.cell(r, 2, "Sub Total " + sub["code"]).font = B; ws.cell(r, 3, rp(sum(l["jumlah"] for l in lines))).font = B; r += 2
    allj = sum(sum(l["jumlah"] for l in sl[s["id"]]) for s in subs)
    ws.cell(r, 2, "TOTAL").font = B; ws.cell(r, 3, rp(allj)).font = B
    for j, w in enumerate([6, 52, 18, 24, 9, 11, 16, 20], 1): ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, os.path.join(DATA, fname))

def price_text_l3(v, i):
    m = i % 4
    if m == 1 and v >= 1000000 and v % 10000 == 0:
        s = f"{v/1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return s + " jt"
    if m == 2 and 1000 <= v < 1000000 and v % 100 == 0:
        s = f"{v/1e3:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return s + " rb"
    if m == 3:
        return "Rp" + idr(v)
    return v

SHORTACC = {}
def L3(subs, sl, fname):
    wb = Workbook(); wb.remove(wb.active)
    numbering([sl[s["id"]] for s in subs])
    k = 0
    for sub in subs:
        ws = wb.create_sheet("SubKeg " + sub["code"])
        ws["A1"] = "DPMPTSP KOTA SAMARINDA - USULAN RKA 2027"; ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Sub Kegiatan: " + sub["code"] + " " + sub["name"]
        ws["A3"] = "Output: " + sub["output"] + " (" + sub["target"] + ")"
        ws["A4"] = "Kegiatan: " + sub["kegiatan"]
        r = 6
        hdr = ["Kode Rek.", "Nama Rekening", "No", "Uraian Belanja (rincian)", "Sat", "Vol", "Harga Sat.", "PPN", "Total"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r, j, h); c.font = B; c.border = BOX; c.fill = PatternFill("solid", fgColor="C6E0B4")
        r += 1
        for l in sl[sub["id"]]:
            k += 1
            pn = l["name"] + (" " + l["spec"] if l["spec"] else "")
            txt = pn + " (" + koef_text(l["koef_parts"], "short") + ")"
            acc_name = l["account_name"].replace("Belanja Alat/Bahan untuk Kegiatan Kantor-", "Bhn Kantor-").replace("Belanja ", "Bel. ")
            vals = [l["account_code"], acc_name, l["no"], txt, l["unit"], l["volume_printed"], price_text_l3(l["price"], k),
                    "11%" if l["ppn"] else "-", l["jumlah"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BOX
                if j in (6, 9): c.number_format = "#,##0"
                if j == 7 and isinstance(v, int): c.number_format = "#,##0"
            l["printed_name"] = pn; l["printed_price"] = vals[6]; l["where"] = f"sheet {ws.title} row {r}"; r += 1
        ws.cell(r, 4, "JUMLAH SUB KEGIATAN").font = B; ws.cell(r, 9, sum(l["jumlah"] for l in sl[sub["id"]])).number_format = "#,##0"
        for j, w in enumerate([18, 34, 5, 60, 10, 8, 13, 6, 15], 1): ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, os.path.join(DATA, fname))

def L4(subs, sl, fname):
    numbering([sl[s["id"]] for s in subs])
    path = os.path.join(DATA, fname)
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=7.5, leading=9)
    sh = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, alignment=1)
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7)
        c.drawString(12*mm, 8*mm, "Dicetak melalui SIPD-RI | RKA-SKPD 2.2.1 | Dinas Ketahanan Pangan Kota Samarinda | Tahap: Rancangan Awal")
        c.drawRightString(landscape(A4)[0] - 12*mm, 8*mm, "Halaman %d" % d.page); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12*mm, rightMargin=12*mm, topMargin=12*mm, bottomMargin=14*mm,
                            title="RKA Belanja SKPD 2027 - Dinas Ketahanan Pangan", author="SIPD")
    els = []
    for si, sub in enumerate(subs):
        if si: els.append(PageBreak())
        els += [Paragraph("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", sh),
                Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", sh), Spacer(1, 3*mm)]
        hp = [[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in header_pairs(sub, ORG[sub["opd"]])]
        ht = Table(hp, colWidths=[45*mm, 4*mm, 220*mm]); ht.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        els += [ht, Spacer(1, 3*mm)]
        data = [["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        style = [("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("ALIGN", (6, 1), (6, -1), "RIGHT"), ("ALIGN", (8, 1), (8, -1), "RIGHT")]
        lines = sl[sub["id"]]
        for code, name, gls in groups(lines):
            data.append(["", code, Paragraph("<b>" + name + "</b>", stb), "", "", "", "", "", idr(sum(l["jumlah"] for l in gls))])
            style.append(("SPAN", (2, len(data) - 1), (7, len(data) - 1))); style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVB", 7.5))
            for l in gls:
                data.append([l["no"], "", Paragraph(l["name"], st), Paragraph(l["spec"], st), koef_text(l["koef_parts"], "long"), l["unit"],
                             idr(l["price"]), f'{l["ppn"]}%' if l["ppn"] else "0%", idr(l["jumlah"])])
                l["printed_name"] = l["name"]; l["where"] = "pdf table"
        data.append(["", "", Paragraph("<b>Jumlah Total Sub Kegiatan</b>", stb), "", "", "", "", "", idr(sum(l["jumlah"] for l in lines))])
        style.append(("SPAN", (2, len(data) - 1), (7, len(data) - 1)))
        t = Table(data, colWidths=[10*mm, 30*mm, 70*mm, 38*mm, 36*mm, 18*mm, 22*mm, 12*mm, 27*mm], repeatRows=1)
        t.setStyle(TableStyle(style)); els.append(t)
        els += [Spacer(1, 6*mm), Paragraph("Samarinda, 16 November 2026<br/>Kepala Dinas Ketahanan Pangan<br/><br/><br/>(nama dan tanda tangan)", st)]
    doc.build(els, onFirstPage=onpage, onLaterPages=onpage)
    # record pages
    from pypdf import PdfReader
    rd = PdfReader(path)
    texts = [p.extract_text() for p in rd.pages]
    for sub in subs:
        for l in sl[sub["id"]]:
            l["page"] = next((i + 1 for i, t in enumerate(texts) if idr(l["jumlah"]) in t and l["no"] in t), None)

def L6(subs, sl, fname):
    wb = Workbook(); ws = wb.active; ws.title = "Rincian Belanja"
    numbering([sl[s["id"]] for s in subs], "roman")
    ws["A1"] = "BADAN PENANGGULANGAN BENCANA DAERAH KOTA SAMARINDA"; ws["A2"] = "RINCIAN BELANJA SUB KEGIATAN - RANCANGAN TA 2027"
    for a in ("A1", "A2"): ws[a].font = Font(bold=True, size=12)
    r = 4
    top = ["No", "Kode Rekening", "Uraian", "Rincian Volume", None, None, None, None, None, "Jml Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]
    sec = [None, None, None, "Vol 1", "Sat 1", "Vol 2", "Sat 2", "Vol 3", "Sat 3", None, None, None, None]
    for j, h in enumerate(top, 1):
        if h: ws.cell(r, j, h)
    for j, h in enumerate(sec, 1):
        if h: ws.cell(r + 1, j, h)
    for j in (1, 2, 3, 10, 11, 12, 13):
        ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    for rr in (r, r + 1):
        for j in range(1, 14):
            c = ws.cell(rr, j); c.font = B; c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
    r += 2
    rom = ["I", "II", "III"]
    k = 0
    for si, sub in enumerate(subs):
        lines = sl[sub["id"]]
        ws.cell(r, 1, rom[si]); ws.cell(r, 2, sub["code"]); ws.cell(r, 3, "SUB KEGIATAN: " + sub["name"])
        for j in (1, 2, 3): ws.cell(r, j).font = B
        r += 1
        ws.cell(r, 3, "Indikator: " + sub["output"] + " | Target: " + sub["target"] + " | Kegiatan: " + sub["kegiatan"]); r += 1
        for code, name, gls in groups(lines):
            ws.cell(r, 2, code).font = B; ws.cell(r, 3, name).font = B; r += 1
            for l in gls:
                k += 1
                parts = list(l["koef_parts"]) + [(None, None)] * (3 - len(l["koef_parts"]))
                price = l["price"] if k % 3 else idr(l["price"])
                vals = [l["no"], code if k % 5 == 0 else None, full_name(l, ", ")]
                for n, w in parts:
                    vals += [n, LONG.get(w, w) if w else None]
                vals += [l["volume_printed"], l["unit"], price, l["jumlah"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j in (10, 13) or (j == 12 and isinstance(v, int)): c.number_format = "#,##0"
                l["printed_name"] = full_name(l, ", "); l["where"] = f"row {r}"; r += 1
            ws.cell(r, 3, "Jumlah " + code).font = Font(italic=True); ws.cell(r, 13, sum(l["jumlah"] for l in gls)).number_format = "#,##0"; r += 1
        ws.cell(r, 3, "TOTAL SUB KEGIATAN " + rom[si]).font = B; ws.cell(r, 13, sum(l["jumlah"] for l in lines)).number_format = "#,##0"; r += 2
    for j, w in enumerate([7, 19, 50, 6, 8, 6, 8, 6, 8, 10, 10, 16, 16], 1): ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, os.path.join(DATA, fname))

def L5(subs, sl, fname, truth_name):
    numbering([sl[s["id"]] for s in subs])
    sub = subs[0]; lines = sl[sub["id"]]
    W, H = 2339, 1654  # A4 landscape @200 dpi
    f = ImageFont.truetype(FONT, 24); fb = ImageFont.truetype(FONTB, 25); ft = ImageFont.truetype(FONTB, 30); fab = ImageFont.truetype(FONTCB, 23)
    rows = []
    for code, name, gls in groups(lines):
        rows.append(("acct", code, name, gls))
        for l in gls: rows.append(("line", l))
    pages = [rows[:len(rows) // 2 + 1], rows[len(rows) // 2 + 1:]]
    cols = [(70, 60, "No"), (130, 275, "Kode Rekening"), (405, 695, "Uraian"), (1100, 330, "Koefisien"), (1430, 190, "Satuan"),
            (1620, 280, "Harga Satuan"), (1900, 330, "Jumlah (Rp)")]
    truth_lines = []; imgs = []
    total = sum(l["jumlah"] for l in lines)
    for pi, prow in enumerate(pages):
        im = Image.new("L", (W, H), 250); d = ImageDraw.Draw(im)
        y = 70
        def put(x, yy, s, font=f, right=None):
            if right is not None:
                w = d.textlength(s, font=font); x = right - w
            d.text((x, yy), s, fill=20, font=font); truth_lines.append(s)
        if pi == 0:
            put(70, y, "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1) - TA 2027", ft); y += 50
            for k, v in header_pairs(sub, ORG[sub["opd"]])[:7]:
                put(70, y, k); put(420, y, ": " + v[:125]); y += 34
            put(70, y, "Keluaran"); put(420, y, ": " + sub["output"] + " : " + sub["target"]); y += 44
        else:
            put(70, y, "Lanjutan Rincian Belanja - Sub Kegiatan " + sub["code"], fb); y += 50
        # header
        d.rectangle((60, y, 2240, y + 44), outline=0, width=2)
        for x, w, h in cols: put(x + 6, y + 8, h, fb)
        y += 44
        for row in prow:
            d.line((60, y + 42, 2240, y + 42), fill=90, width=1)
            vx = [c[0] for c in cols[1:]] if row[0] == "line" else [130, 405, 1900]
            for x in vx: d.line((x, y, x, y + 42), fill=60, width=1)
            if row[0] == "acct":
                _, code, name, gls = row
                put(136, y + 8, code, fb); put(411, y + 9, name.replace("Belanja Alat/Bahan untuk Kegiatan Kantor-", "Belanja Alat/Bahan untuk Keg. Kantor - "), fab)
                put(0, y + 8, idr(sum(l["jumlah"] for l in gls)), fb, right=2225)
            else:
                l = row[1]
                put(76, y + 8, l["no"]); put(411, y + 8, full_name(l, ", "))
                put(1106, y + 8, koef_text(l["koef_parts"], "short")); put(1436, y + 8, l["unit"])
                put(0, y + 8, idr(l["price"]), right=1890); put(0, y + 8, idr(l["jumlah"]), right=2225)
                l["printed_name"] = full_name(l, ", "); l["page"] = pi + 1; l["where"] = f"scan page {pi+1}"
            y += 42
        for x, w, h in cols[1:]:
            d.line((x, y - 42 * len(prow) - 44, x, y - 42 * len(prow)), fill=60, width=1)
        d.rectangle((60, y - 42 * len(prow) - 44, 2240, y), outline=0, width=2)
        if pi == 1:
            y += 14; put(411, y, "JUMLAH TOTAL SUB KEGIATAN", fb); put(0, y, idr(total), fb, right=2225); y += 70
            put(1700, y, "Samarinda, 16 November 2026"); put(1700, y + 34, "Camat Samarinda Seberang"); put(1700, y + 150, "(............................)")
        put(70, H - 70, f"Hal. {pi+1}/2")
        # degrade: rotate, noise, blur
        rs = random.Random(500 + pi)
        im = im.rotate([0.8, -0.6][pi], resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(77 + pi)
        a += nrng.normal(0, 14, a.shape)
        sp = nrng.random(a.shape); a[sp < 0.002] = 30; a[sp > 0.9985] = 255
        grad = np.linspace(0, 18, W)[None, :]; a -= grad
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im.convert("L"))
        truth_lines.append("")
    imgs[0].save(os.path.join(DATA, fname), save_all=True, append_images=imgs[1:], resolution=200.0,
                 creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="Scanner", title="scan")
    with open(os.path.join(HERE, truth_name), "w") as fh:
        fh.write("\n".join(truth_lines) + "\n")

def render_all(sl):
    ssh_rows = ssh_xlsx(); sbu_rows = sbu_pdf()
    byfile = {}
    for sub in RD.SUBS:
        byfile.setdefault(sub["file"], []).append(sub)
    manifest = []; truth = {"conventions": {"overpriced_if_price_gt_catalogue_times": 1.10, "catalogue_prices_exclude_ppn": True,
                                            "ppn_rate_percent": 11, "clean_prices_at_most_catalogue": True,
                                            "overpriced_lines_at_least_catalogue_times": 1.25}, "files": []}
    for fname, subs in byfile.items():
        lay = subs[0]["layout"]
        if lay.startswith("L1"): L1(subs, sl, fname)
        elif lay.startswith("L2"): L2(subs, sl, fname)
        elif lay.startswith("L3"): L3(subs, sl, fname)
        elif lay.startswith("L4"): L4(subs, sl, fname)
        elif lay.startswith("L5"): L5(subs, sl, fname, "scan_truth.txt")
        elif lay.startswith("L6"): L6(subs, sl, fname)
        elif lay.startswith("L7"): L7(subs, sl, fname)
        stem = fname.rsplit(".", 1)[0]
        labels = {}
        flines = []
        nos = {}
        for sub in subs:
            for l in sl[sub["id"]]:
                nos[l["lid"]] = l["no"]
        for sub in subs:
            for l in sl[sub["id"]]:
                labels[l["no"]] = l["labels"]
                rec = dict(no=l["no"], sub_kegiatan_code=sub["code"], sub_kegiatan_name=sub["name"], output=sub["output"] + " : " + sub["target"],
                           account_code=l["account_code"], account_name=l["account_name"], account_fits=[CD.ACCOUNTS[a][0] for a in l["acct_ok"]],
                           item_name=l["name"], spec=l["spec"], printed_name=l["printed_name"], unit=l["unit"],
                           koefisien=[[n, w] for n, w in l["koef_parts"]], volume_printed=l["volume_printed"], volume_correct=l["volume_correct"],
                           price=l["price"], printed_price=l.get("printed_price", l["price"]), ppn_percent=l["ppn"], jumlah=l["jumlah"],
                           jumlah_correct=l["jumlah_correct"], catalogue=None, labels=l["labels"], notes=l["notes"], where=l.get("where"),
                           page=l.get("page"))
                if l["cat"]:
                    c = dict(l["cat"]); c["row_no"] = (ssh_rows if c["file"] == SSH_FILE else sbu_rows)[l["key"]]
                    c["conv_catalogue_units_per_rka_unit"] = l["conv"]
                    c["reference_price_per_rka_unit"] = round(c["price"] * l["conv"], 2)
                    c["ratio"] = l["ratio"]
                    rec["catalogue"] = c
                if l.get("dup_of"): rec["duplicate_of_no"] = nos[l["dup_of"]]
                if l.get("arith_kind"): rec["arithmetic_kind"] = l["arith_kind"]
                flines.append(rec)
        with open(os.path.join(DATA, stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": fname, "catalogues": [SSH_FILE, SBU_FILE], "labels": stem + ".labels.json", "opd": subs[0]["opd"], "layout": lay})
        truth["files"].append({"rka": fname, "layout": lay, "opd": subs[0]["opd"], "has_ppn_column": lay.startswith(("L1", "L3", "L4", "L7")),
                               "lines": flines})
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)

def L7(subs, sl, fname):
    wb = Workbook(); ws = wb.active; ws.title = "RKA Belanja"
    numbering([sl[s["id"]] for s in subs])
    rp = lambda v: "Rp. " + idr(v) + ",00"
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"; ws["A2"] = "DINAS PEMUDA, OLAHRAGA DAN PARIWISATA"
    ws["A3"] = "RENCANA KERJA DAN ANGGARAN (RKA) BELANJA - TAHUN ANGGARAN 2027"
    for a in ("A1", "A2", "A3"):
        ws[a].font = Font(bold=True, size=12); ws[a].alignment = Alignment(horizontal="center"); ws.merge_cells(f"{a}:J{a[1:]}")
    r = 5
    # three-row header
    h = {(0, 1): "No", (0, 2): "Uraian", (0, 3): "Kode Rekening", (0, 4): "Rincian Perhitungan", (0, 10): "Jumlah Anggaran (Rp)",
         (1, 4): "Koefisien", (1, 5): "Volume", (1, 6): "Satuan", (1, 7): "Harga Satuan", (1, 9): "Pajak",
         (2, 7): "(Rp)", (2, 8): "Keterangan", (2, 9): "PPN (Rp)"}
    for (dr, c), v in h.items(): ws.cell(r + dr, c, v)
    for c in (1, 2, 3, 10): ws.merge_cells(start_row=r, start_column=c, end_row=r + 2, end_column=c)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    for c in (4, 5, 6): ws.merge_cells(start_row=r + 1, start_column=c, end_row=r + 2, end_column=c)
    ws.merge_cells(start_row=r + 1, start_column=7, end_row=r + 1, end_column=8)
    for rr in range(r, r + 3):
        for c in range(1, 11):
            x = ws.cell(rr, c); x.font = B; x.border = BOX; x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            x.fill = PatternFill("solid", fgColor="DDD9C4")
    r += 3
    for c in range(1, 11): ws.cell(r, c, f"({c})").alignment = Alignment(horizontal="center")
    r += 1
    grand = 0
    for sub in subs:
        lines = sl[sub["id"]]
        tot = sum(l["jumlah"] for l in lines); grand += tot
        ws.cell(r, 2, "SUB KEGIATAN " + sub["code"] + " : " + sub["name"]).font = B; ws.cell(r, 10, rp(tot)).font = B; r += 1
        ws.cell(r, 2, "Kegiatan : " + sub["kegiatan"]); r += 1
        ws.cell(r, 2, "Keluaran : " + sub["output"] + " = " + sub["target"] + " ; Lokasi : " + sub["lokasi"]); r += 1
        for code, name, gls in groups(lines):
            ws.cell(r, 2, name).font = Font(bold=True, italic=True); ws.cell(r, 3, code).font = B
            ws.cell(r, 10, rp(sum(l["jumlah"] for l in gls))).font = B; r += 1
            for l in gls:
                base = l["volume_printed"] * l["price"]
                ppn_amt = round(base * l["ppn"] / 100) if l["ppn"] else 0
                ket = "harga belum PPN" if l["ppn"] else "tidak dikenakan PPN"
                pn = full_name(l, " ; ")
                vals = [l["no"], pn, None, koef_text(l["koef_parts"], "short"), l["volume_printed"], l["unit"], rp(l["price"]), ket,
                        idr(ppn_amt) if ppn_amt else "-", rp(l["jumlah"])]
                for j, v in enumerate(vals, 1):
                    x = ws.cell(r, j, v); x.border = BOX
                    if j in (7, 9, 10): x.alignment = Alignment(horizontal="right")
                l["printed_name"] = pn; l["where"] = f"row {r}"; r += 1
        r += 1
    ws.cell(r, 2, "JUMLAH BELANJA").font = B; ws.cell(r, 10, rp(grand)).font = B
    for j, w in enumerate([6, 55, 19, 20, 8, 14, 20, 18, 14, 22], 1): ws.column_dimensions[get_column_letter(j)].width = w
    save_wb(wb, os.path.join(DATA, fname))
