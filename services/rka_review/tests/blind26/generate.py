# -*- coding: utf-8 -*-
"""Writes every file of the review26 blind set (deterministic). Run: python generate.py"""
import os, json, csv, io, random, math, datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import simpleSplit

import model
from model import fmt, ACC, SK, FILES, SSH_FILE, SBU_FILE
from catalog_data import ACC as ACCD

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
FIXED_DT = datetime.datetime(2026, 10, 14, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuCond", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuCond-Bold", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

def koef_str(parts, style="sipd"):
    ab = {"Orang": "org", "Hari": "hr", "Jam": "jam", "Bulan": "bln", "Kali": "kali", "Malam": "mlm",
          "Kegiatan": "keg", "Pertandingan": "prtd", "Liter": "ltr", "Unit": "unit"}
    if style == "inline":
        return " x ".join("%d %s" % (q, ab.get(u, u.lower())) for q, u in parts)
    return " x ".join("%d %s" % (q, u) for q, u in parts)

def fix_wb(wb):
    wb.properties.creator = "SIPD export"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "operator"

def group_lines(lines):
    """yield (sid, [(acc, [lines])...]) in printed order"""
    res = []
    for L in lines:
        if not res or res[-1][0] != L["sk"]:
            res.append((L["sk"], []))
        groups = res[-1][1]
        if not groups or groups[-1][0] != L["print_acc"]:
            groups.append((L["print_acc"], []))
        groups[-1][1].append(L)
    return res

# ------------------------------------------------------------------ catalogues
def write_ssh(cat):
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "STANDAR SATUAN HARGA (SSH) BARANG"
    ws["A2"] = "PEMERINTAH KOTA SAMARINDA - TAHUN ANGGARAN 2027"
    ws["A3"] = "Lampiran I Peraturan Wali Kota Samarinda Nomor 41 Tahun 2026 (harga tertinggi, belum termasuk PPN)"
    for r in (1, 2):
        ws.cell(r, 1).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    hdr = ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)", "Keterangan"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True)
        ws.cell(5, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.cell(5, c).border = BOX; ws.cell(6, c).border = BOX
        if c != 6:
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.cell(6, 6, "Tidak Termasuk PPN").font = Font(italic=True, size=9)
    for c in range(1, 8):
        ws.cell(7, c, "(%d)" % c).alignment = Alignment(horizontal="center")
    r = 8
    grp = None; gi = 0
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"]
    for it in cat:
        if it["cat"] != "SSH":
            continue
        if it["group"] != grp:
            grp = it["group"]
            ws.cell(r, 1, roman[gi]); ws.cell(r, 3, grp).font = Font(bold=True)
            ws.cell(r, 1).font = Font(bold=True)
            gi += 1; r += 1
        ws.cell(r, 1, it["no"]); ws.cell(r, 2, it["code"]); ws.cell(r, 3, it["name"])
        ws.cell(r, 4, it["spec"]); ws.cell(r, 5, it["unit"]); ws.cell(r, 6, it["price"])
        ws.cell(r, 6).number_format = "#,##0"
        ws.cell(r, 7, "")
        for c in range(1, 8):
            ws.cell(r, c).border = BOX
        r += 1
    for col, w in zip("ABCDEFG", [6, 22, 38, 48, 10, 18, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    fix_wb(wb)
    wb.save(os.path.join(DATA, SSH_FILE)); _fix_docx_zip(os.path.join(DATA, SSH_FILE))

def write_sbu(cat):
    path = os.path.join(DATA, SBU_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=28, rightMargin=28, topMargin=36, bottomMargin=36,
                            title="Standar Biaya Umum Kota Samarinda 2027", author="BPKAD Kota Samarinda",
                            creationDate=FIXED_DT, invariant=1)
    st = ParagraphStyle("c", fontName="DejaVu", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=8, leading=10)
    title = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=11, leading=14, alignment=1)
    el = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026", title),
          Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", title), Spacer(1, 6),
          Paragraph("Besaran merupakan batas tertinggi yang tidak dapat dilampaui; belum termasuk PPN. "
                    "OJ = Orang/Jam, OH = Orang/Hari, OK = Orang/Kegiatan, OB = Orang/Bulan, OP = Orang/Pertandingan.", st),
          Spacer(1, 8)]
    data = [["No", "Kode", "Uraian", "Spesifikasi / Keterangan", "Satuan", "Besaran (Rp)"]]
    styles = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
              ("FONTSIZE", (0, 0), (-1, -1), 7.5), ("FONTNAME", (0, 1), (-1, -1), "DejaVu"),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")), ("ALIGN", (5, 1), (5, -1), "RIGHT"),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    grp = None
    for it in cat:
        if it["cat"] != "SBU":
            continue
        if it["group"] != grp:
            grp = it["group"]
            data.append(["", "", Paragraph(grp, stb), "", "", ""])
            styles.append(("SPAN", (2, len(data) - 1), (5, len(data) - 1)))
            styles.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#F0F0F0")))
        data.append([str(it["no"]), it["code"], Paragraph(it["name"], st), Paragraph(it["spec"], st), it["unit"], fmt(it["price"])])
    t = Table(data, colWidths=[26, 70, 150, 180, 50, 62], repeatRows=1)
    t.setStyle(TableStyle(styles))
    el.append(t)
    doc.build(el)

# ------------------------------------------------------------------ RKA layouts
def header_block_rows(sk, opd):
    return [("Urusan Pemerintahan", sk["urusan"]), ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]),
            ("Sub Kegiatan", sk["code"] + " " + sk["name"]), ("Organisasi", opd), ("Lokasi", "Kota Samarinda"),
            ("Sumber Pendanaan", "Pendapatan Asli Daerah (PAD)"), ("Waktu Pelaksanaan", "Januari s.d. Desember 2027"),
            ("Indikator Keluaran", sk["indikator"]), ("Target Keluaran", sk["target"])]

def w_umum(f, lines, rng):
    wb = Workbook(); wb.remove(wb.active)
    start = 1
    for sid, groups in group_lines(lines):
        sk = SK[sid]
        ws = wb.create_sheet(("Sub %d %s" % (start, sk["name"]))[:31])
        start += 1
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD)"
        ws["A2"] = "RINCIAN BELANJA SUB KEGIATAN - PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
        ws["A1"].font = Font(bold=True, size=12); ws["A2"].font = Font(bold=True)
        r = 4
        for k, v in header_block_rows(sk, sk["opd"]):
            ws.cell(r, 1, k); ws.cell(r, 3, ": " + v); r += 1
        r += 1
        h1 = r
        heads = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Rincian Perhitungan", None, None, None, "Jumlah (Rp)"]
        for c, h in enumerate(heads, 1):
            if h:
                ws.cell(h1, c, h)
        for c, h in zip(range(6, 10), ["Volume", "Satuan", "Harga Satuan", "PPN (%)"]):
            ws.cell(h1 + 1, c, h)
        for c in [1, 2, 3, 4, 5, 10]:
            ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
        ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=9)
        for rr in (h1, h1 + 1):
            for c in range(1, 11):
                ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).border = BOX
                ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="D9D9D9")
        # hidden helpers
        for c, h in zip(range(11, 15), ["vol_1", "vol_2", "vol_3", "pagu_2026"]):
            ws.cell(h1 + 1, c, h)
        r = h1 + 2
        total = 0
        for acc, ls in groups:
            code, name = ACCD[acc]
            ws.cell(r, 2, code); ws.cell(r, 3, name)
            sub = sum(L["jumlah"] for L in ls); total += sub
            ws.cell(r, 10, sub).number_format = "#,##0"
            for c in range(1, 11):
                ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).border = BOX
            r += 1
            for L in ls:
                vals = [int(L["no"]), None, L["item"], L["spec"], koef_str(L["parts"]), L["volume"], L["unit"], L["price"], L["ppn"], L["jumlah"]]
                for c, v in enumerate(vals, 1):
                    if v is not None:
                        ws.cell(r, c, v)
                    ws.cell(r, c).border = BOX
                for c in (8, 10):
                    ws.cell(r, c).number_format = "#,##0"
                for k, (q, u) in enumerate(L["parts"][:3]):
                    ws.cell(r, 11 + k, q)
                ws.cell(r, 14, int(round(L["jumlah_correct"] * rng.choice([0.8, 0.9, 1.0, 1.1]) / 1000) * 1000))
                r += 1
        ws.cell(r, 3, "JUMLAH TOTAL SUB KEGIATAN").font = Font(bold=True)
        ws.cell(r, 10, total).number_format = "#,##0"; ws.cell(r, 10).font = Font(bold=True)
        r += 3
        ws.cell(r, 8, "Samarinda, 14 Oktober 2026"); ws.cell(r + 1, 8, "Kepala Bagian Umum")
        ws.cell(r + 5, 8, "(................................)"); ws.cell(r + 6, 8, "NIP. ....................")
        for col, w in zip("ABCDEFGHIJ", [6, 20, 40, 36, 20, 8, 10, 14, 8, 16]):
            ws.column_dimensions[col].width = w
        for col in "KLMN":
            ws.column_dimensions[col].hidden = True
    fix_wb(wb)
    wb.save(os.path.join(DATA, f["stem"] + ".xlsx")); _fix_docx_zip(os.path.join(DATA, f["stem"] + ".xlsx"))

def price_text(p, rng):
    styles = ["rp", "rp", "rpdash"]
    if p % 10000 == 0 and p >= 1_000_000:
        styles += ["jt", "jt"]
    if p % 1000 == 0 and 1000 <= p < 1_000_000:
        styles += ["rb"]
    s = rng.choice(styles)
    if s == "rp":
        return "Rp " + fmt(p)
    if s == "rpdash":
        return "Rp." + fmt(p) + ",-"
    if s == "jt":
        v = p / 1_000_000
        t = ("%.2f" % v).rstrip("0").rstrip(".").replace(".", ",")
        return t + " jt"
    return "%d rb" % (p // 1000)

def parse_price_text(s):
    s = s.strip()
    if s.endswith("jt"):
        return int(round(float(s[:-2].strip().replace(",", ".")) * 1_000_000))
    if s.endswith("rb"):
        return int(s[:-2].strip()) * 1000
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").strip()
    return int(s.replace(".", ""))

def w_dispora(f, lines, rng):
    wb = Workbook(); ws = wb.active; ws.title = "RKA 2027"
    ws["A1"] = "DINAS PEMUDA DAN OLAHRAGA KOTA SAMARINDA"
    ws["A2"] = "Draft Rincian Kebutuhan Belanja TA 2027 (bahan asistensi TAPD)"
    ws["A3"] = "Program 2.19 Kepemudaan dan Olahraga"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["No", "Uraian Belanja (rincian/koefisien)", "Jumlah (Rp)", "Harga Satuan", "Volume", "Kode Rek."]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True); ws.cell(5, c).border = BOX
    r = 6
    for sid, groups in group_lines(lines):
        sk = SK[sid]
        ws.cell(r, 2, "SUB KEGIATAN %s - %s" % (sk["code"], sk["name"].upper())).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); r += 1
        ws.cell(r, 2, "Indikator: %s ; Target: %s" % (sk["indikator"], sk["target"])).font = Font(italic=True); r += 1
        stotal = 0
        for acc, ls in groups:
            code, name = ACCD[acc]
            sub = sum(L["jumlah"] for L in ls); stotal += sub
            ws.cell(r, 2, name); ws.cell(r, 6, code); ws.cell(r, 3, "Rp " + fmt(sub))
            ws.cell(r, 2).font = Font(bold=True); r += 1
            for L in ls:
                L["price_print"] = price_text(L["price"], rng)
                L["jumlah_print"] = "Rp " + fmt(L["jumlah"])
                uraian = "%s, %s (%s)" % (L["item"], L["spec"], koef_str(L["parts"], "inline"))
                L["uraian_print"] = uraian
                L["volume_print"] = "%d %s" % (L["volume"], L["unit"].lower() if L["unit"] not in ("OJ", "OH", "OK", "OB", "OP") else L["unit"])
                vals = [L["no"], uraian, L["jumlah_print"], L["price_print"], L["volume_print"], ""]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v)
                r += 1
        ws.cell(r, 2, "Subtotal Sub Kegiatan").font = Font(bold=True)
        ws.cell(r, 3, "Rp " + fmt(stotal)); r += 2
    for col, w in zip("ABCDEF", [7, 70, 18, 16, 14, 20]):
        ws.column_dimensions[col].width = w
    fix_wb(wb)
    wb.save(os.path.join(DATA, f["stem"] + ".xlsx")); _fix_docx_zip(os.path.join(DATA, f["stem"] + ".xlsx"))

def w_lab(f, lines, rng):
    wb = Workbook(); ws = wb.active; ws.title = "Rincian Belanja"
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"; ws["A2"] = "DINAS LINGKUNGAN HIDUP - UPTD LABORATORIUM LINGKUNGAN"
    ws["A3"] = "RINCIAN ANGGARAN BELANJA TAHUN 2027 (RKA)"
    for a in ("A1", "A2", "A3"):
        ws[a].font = Font(bold=True)
    h = 5
    top = ["No", "Kode Rekening", "Uraian Komponen", "Spesifikasi", "Perhitungan", None, None, None, "Pajak", "Total"]
    sub = [None, None, None, None, "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "PPN 11% (Rp)", "Jumlah (Rp)"]
    for c in range(1, 11):
        if top[c - 1]:
            ws.cell(h, c, top[c - 1])
        if sub[c - 1]:
            ws.cell(h + 1, c, sub[c - 1])
        for rr in (h, h + 1):
            ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).border = BOX
            ws.cell(rr, c).alignment = Alignment(horizontal="center", wrap_text=True)
    for c in (1, 2, 3, 4):
        ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    ws.merge_cells(start_row=h, start_column=5, end_row=h, end_column=8)
    r = h + 2
    rekap = []
    for sid, groups in group_lines(lines):
        sk = SK[sid]
        ws.cell(r, 1, "Sub Kegiatan : %s %s" % (sk["code"], sk["name"])).font = Font(bold=True); r += 1
        ws.cell(r, 1, "Keluaran : %s (%s)" % (sk["indikator"], sk["target"])); r += 1
        st = 0
        for acc, ls in groups:
            code, name = ACCD[acc]
            s = sum(L["jumlah"] for L in ls); st += s
            ws.cell(r, 2, code); ws.cell(r, 3, name); ws.cell(r, 10, s).number_format = "#,##0"
            ws.cell(r, 2).font = Font(bold=True); ws.cell(r, 3).font = Font(bold=True)
            rekap.append((sk["code"], code, name, s)); r += 1
            for L in ls:
                ppn_amt = round(L["volume"] * L["price"] * L["ppn"] / 100)
                L["ppn_amount"] = ppn_amt
                vals = [int(L["no"]), None, L["item"], L["spec"], koef_str(L["parts"]), L["volume"], L["unit"], L["price"],
                        ppn_amt if ppn_amt else "-", L["jumlah"]]
                for c, v in enumerate(vals, 1):
                    if v is not None:
                        ws.cell(r, c, v)
                    ws.cell(r, c).border = BOX
                for c in (8, 9, 10):
                    ws.cell(r, c).number_format = "#,##0"
                r += 1
        ws.cell(r, 3, "Jumlah Sub Kegiatan").font = Font(bold=True)
        ws.cell(r, 10, st).number_format = "#,##0"; r += 2
    for col, w in zip("ABCDEFGHIJ", [6, 20, 38, 34, 22, 8, 10, 15, 13, 16]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Rekap per Rekening")
    ws2.append(["Sub Kegiatan", "Kode Rekening", "Nama Rekening", "Jumlah (Rp)"])
    for row in rekap:
        ws2.append(list(row))
    ws3 = wb.create_sheet("Catatan")
    ws3["A1"] = "Catatan operator: harga mengacu SSH/SBU 2027; PPN 11% dihitung terpisah untuk belanja barang."
    fix_wb(wb)
    wb.save(os.path.join(DATA, f["stem"] + ".xlsx")); _fix_docx_zip(os.path.join(DATA, f["stem"] + ".xlsx"))

def w_csv(f, lines, rng):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["kode_sub_kegiatan", "nama_sub_kegiatan", "indikator_keluaran", "kode_rekening", "nama_rekening", "no_rinci", "uraian",
                "spesifikasi", "koefisien", "volume", "satuan", "harga_satuan", "ppn_persen", "total_harga"])
    for L in lines:
        sk = SK[L["sk"]]
        code, name = ACCD[L["print_acc"]]
        w.writerow([sk["code"], sk["name"], sk["indikator"] + " (" + sk["target"] + ")", code, name, L["no"], L["item"], L["spec"], koef_str(L["parts"]),
                    str(L["volume"]), L["unit"], fmt(L["price"]), str(L["ppn"]), fmt(L["jumlah"])])
    with open(os.path.join(DATA, f["stem"] + ".csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

def w_bpbd(f, lines, rng):
    path = os.path.join(DATA, f["stem"] + ".pdf")
    def onpage(c, d):
        c.saveState(); c.setFont("DejaVu", 6.5)
        c.drawString(28, 16, "Dicetak melalui aplikasi SIPD-RI pada 14-10-2026 09:30:00  |  RKA-RINCIAN BELANJA SKPD")
        c.drawRightString(landscape(A4)[0] - 28, 16, "Halaman %d" % d.page)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=28, bottomMargin=32,
                            title="RKA Rincian Belanja BPBD 2027", author="SIPD", creationDate=FIXED_DT, invariant=1)
    st = ParagraphStyle("c", fontName="DejaVuCond", fontSize=7, leading=8.5)
    stb = ParagraphStyle("b", fontName="DejaVuCond-Bold", fontSize=7, leading=8.5)
    tit = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=10, leading=13, alignment=1)
    el = []
    first = True
    for sid, groups in group_lines(lines):
        sk = SK[sid]
        if not first:
            el.append(PageBreak())
        first = False
        el += [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", tit),
               Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", tit), Spacer(1, 4),
               Paragraph("Formulir RKA-RINCIAN BELANJA SKPD", stb), Spacer(1, 4)]
        hb = [[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in header_block_rows(sk, sk["opd"])[:8]]
        t = Table(hb, colWidths=[110, 8, 660])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVuCond"), ("FONTSIZE", (0, 0), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        el += [t, Spacer(1, 4)]
        ind = [["Indikator", "Tolok Ukur Kinerja", "Target Kinerja"],
               ["Capaian Kegiatan", Paragraph(sk["indikator"], st), sk["target"]],
               ["Keluaran", Paragraph(sk["indikator"], st), sk["target"]],
               ["Hasil", Paragraph("Persentase penanganan kejadian bencana sesuai standar", st), "100 %"]]
        t = Table(ind, colWidths=[110, 500, 168])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTNAME", (0, 0), (-1, -1), "DejaVuCond"),
                               ("FONTSIZE", (0, 0), (-1, -1), 7), ("FONTNAME", (0, 0), (-1, 0), "DejaVuCond-Bold")]))
        el += [t, Spacer(1, 6), Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", stb), Spacer(1, 3)]
        data = [["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga (Rp)", "PPN", "Jumlah (Rp)"]]
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTNAME", (0, 0), (-1, -1), "DejaVuCond"),
               ("FONTSIZE", (0, 0), (-1, -1), 7), ("FONTNAME", (0, 0), (-1, 0), "DejaVuCond-Bold"),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")), ("ALIGN", (6, 1), (8, -1), "RIGHT"),
               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        total = 0
        for acc, ls in groups:
            code, name = ACCD[acc]
            s = sum(L["jumlah"] for L in ls); total += s
            data.append(["", code, Paragraph(name, stb), "", "", "", "", "", fmt(s)])
            sty.append(("SPAN", (2, len(data) - 1), (7, len(data) - 1)))
            sty.append(("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), "DejaVuCond-Bold"))
            for L in ls:
                data.append([L["no"], "", Paragraph(L["item"], st), Paragraph(L["spec"], st), koef_str(L["parts"]),
                             L["unit"], fmt(L["price"]), "%d%%" % L["ppn"] if L["ppn"] else "0%", fmt(L["jumlah"])])
        data.append(["", "", Paragraph("<b>JUMLAH</b>", stb), "", "", "", "", "", fmt(total)])
        sty.append(("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), "DejaVuCond-Bold"))
        t = Table(data, colWidths=[24, 84, 190, 170, 90, 52, 62, 28, 78], repeatRows=1)
        t.setStyle(TableStyle(sty))
        el += [t, Spacer(1, 14)]
        sig = Table([["", "Samarinda, 14 Oktober 2026"], ["", "Kepala Pelaksana BPBD Kota Samarinda"], ["", ""], ["", ""],
                     ["", "(.............................................)"], ["", "NIP. ..............................."]],
                    colWidths=[520, 258])
        sig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVuCond"), ("FONTSIZE", (0, 0), (-1, -1), 7.5)]))
        el.append(sig)
    doc.build(el, onFirstPage=onpage, onLaterPages=onpage)

def w_disbud(f, lines, rng):
    path = os.path.join(DATA, f["stem"] + ".pdf")
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("RKA Dinas Kebudayaan 2027"); c.setAuthor("Dinas Kebudayaan")
    cols = [("No", 30, 30, "l"), ("Kode Rek", 62, 88, "l"), ("Uraian", 152, 190, "l"), ("Spesifikasi", 346, 170, "l"),
            ("Koefisien", 520, 96, "l"), ("Satuan", 620, 50, "l"), ("Harga Sat.", 735, 0, "r"), ("Jumlah", 815, 0, "r")]
    y = H - 40
    fs = 7.5; lead = 9.5
    c.setFont("Helvetica-Bold", 10)
    c.drawString(30, y, "DINAS KEBUDAYAAN KOTA SAMARINDA"); y -= 13
    c.setFont("Helvetica", 8.5)
    c.drawString(30, y, "Rancangan Rincian Belanja Tahun Anggaran 2027 - bahan pembahasan dengan TAPD"); y -= 18
    c.setFont("Helvetica-Bold", fs)
    for name, x, w, al in cols:
        (c.drawRightString if al == "r" else c.drawString)(x, y, name)
    y -= 14
    def newpage():
        nonlocal y
        c.showPage(); y = H - 36
    def need(h):
        if y - h < 36:
            newpage()
    for sid, groups in group_lines(lines):
        sk = SK[sid]
        need(40)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, y, "%s  %s" % (sk["code"], sk["name"])); y -= lead
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(30, y, "Output: %s - target %s" % (sk["indikator"], sk["target"])); y -= lead + 3
        for acc, ls in groups:
            code, name = ACCD[acc]
            need(lead * 2)
            c.setFont("Helvetica-Bold", fs)
            c.drawString(62, y, code); c.drawString(152, y, name[:95])
            c.drawRightString(815, y, fmt(sum(L["jumlah"] for L in ls))); y -= lead
            c.setFont("Helvetica", fs)
            for L in ls:
                cells = [L["no"], "", L["item"], L["spec"], koef_str(L["parts"]), L["unit"], fmt(L["price"]), fmt(L["jumlah"])]
                wrapped = []
                for (name_, x, w, al), txt in zip(cols, cells):
                    wrapped.append(simpleSplit(txt, "Helvetica", fs, w - 4) if w else [txt])
                nl = max(len(x) for x in wrapped)
                need(nl * lead)
                for (name_, x, w, al), wl in zip(cols, wrapped):
                    for k, t in enumerate(wl):
                        (c.drawRightString if al == "r" else c.drawString)(x, y - k * lead, t)
                y -= nl * lead + 2
        need(lead * 2)
        c.setFont("Helvetica-Bold", fs)
        c.drawString(152, y, "Jumlah sub kegiatan"); c.drawRightString(815, y, fmt(sum(L["jumlah"] for L in lines if L["sk"] == sid)))
        y -= lead * 2
    need(60)
    c.setFont("Helvetica", 8)
    c.drawString(600, y, "Samarinda, 14 Oktober 2026"); c.drawString(600, y - 11, "Kepala Dinas Kebudayaan")
    c.drawString(600, y - 50, "(..................................)")
    c.save()

def w_scan(f, lines, rng):
    dpi = 200
    Wp, Hp = 2339, 1654
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 24)
    fn = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 22)
    fs = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 18)
    cols = [("No", 90, 70), ("Kode Rekening", 160, 250), ("Uraian / Spesifikasi", 410, 640), ("Koefisien", 1050, 300),
            ("Satuan", 1350, 160), ("Harga Satuan", 1510, 260), ("Jumlah", 1770, 330)]
    right = {"Harga Satuan", "Jumlah"}
    truth = []
    pages = []
    sk = SK[f["subkegs"][0]]
    groups = group_lines(lines)[0][1]
    rows = []
    for acc, ls in groups:
        rows.append(("acc", acc, ls))
        for L in ls:
            rows.append(("line", L, None))
    per_page = [15, 40]
    idx = 0; pno = 0
    while idx < len(rows):
        img = Image.new("L", (Wp, Hp), 255); d = ImageDraw.Draw(img)
        y = 90
        pg_truth = ["--- halaman %d ---" % (pno + 1)]
        if pno == 0:
            for t in ["DINAS SOSIAL KOTA SAMARINDA", "RKA RINCIAN BELANJA SUB KEGIATAN TAHUN ANGGARAN 2027"]:
                d.text((90, y), t, font=fb, fill=0); pg_truth.append(t); y += 36
            for k, v in header_block_rows(sk, sk["opd"])[:4] + header_block_rows(sk, sk["opd"])[8:10]:
                t = "%s : %s" % (k, v)
                d.text((90, y), t, font=fs, fill=0); pg_truth.append(t); y += 28
            y += 14
        # header
        d.rectangle([85, y, 2105, y + 44], outline=0, width=2)
        hdr = []
        for name, x, w in cols:
            d.text((x + 6, y + 10), name, font=fb, fill=0); hdr.append(name)
            d.line([x - 5, y, x - 5, y + 44], fill=0, width=2)
        pg_truth.append("\t".join(hdr))
        y += 44
        n_here = 0
        limit = per_page[min(pno, 1)]
        while idx < len(rows) and n_here < limit and y < Hp - 150:
            kind, a, ls = rows[idx]
            rh = 64 if kind == "line" else 40
            d.rectangle([85, y, 2105, y + rh], outline=0, width=1)
            for name, x, w in cols:
                d.line([x - 5, y, x - 5, y + rh], fill=0, width=1)
            if kind == "acc":
                code, nm = ACCD[a]
                sub = fmt(sum(L["jumlah"] for L in ls))
                d.text((166, y + 8), code, font=fb, fill=0)
                nm_s = nm if len(nm) < 62 else nm[:60] + ".."
                d.text((416, y + 8), nm_s, font=fb, fill=0)
                tw = d.textlength(sub, font=fb); d.text((2095 - tw, y + 8), sub, font=fb, fill=0)
                pg_truth.append("\t".join(["", code, nm_s, "", "", "", sub]))
            else:
                L = a
                vals = [L["no"], "", L["item"], koef_str(L["parts"]), L["unit"], fmt(L["price"]), fmt(L["jumlah"])]
                for (name, x, w), v in zip(cols, vals):
                    if name in right:
                        tw = d.textlength(v, font=fn); d.text((x + w - 16 - tw, y + 8), v, font=fn, fill=0)
                    else:
                        d.text((x + 6, y + 8), v, font=fn, fill=0)
                d.text((416, y + 36), L["spec"][:70], font=fs, fill=0)
                pg_truth.append("\t".join(vals[:3] + [L["spec"][:70]] + vals[3:]))
                n_here += 1
            y += rh; idx += 1
        if idx >= len(rows):
            tot = fmt(sum(L["jumlah"] for L in lines))
            d.text((416, y + 12), "JUMLAH", font=fb, fill=0)
            tw = d.textlength(tot, font=fb); d.text((2095 - tw, y + 12), tot, font=fb, fill=0)
            pg_truth.append("JUMLAH\t" + tot)
            d.text((1600, y + 80), "Samarinda, 14 Oktober 2026", font=fs, fill=0)
            d.text((1600, y + 108), "Kepala Dinas Sosial", font=fs, fill=0)
            d.text((1600, y + 220), "(.................................)", font=fs, fill=0)
        d.text((Wp - 260, Hp - 70), "Hal. %d" % (pno + 1), font=fs, fill=0)
        # degrade: rotate, noise, blur
        ang = [0.8, -0.6][pno % 2]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(img).astype(np.int16)
        nrng = np.random.default_rng(26 + pno)
        arr = arr + nrng.normal(0, 14, arr.shape).astype(np.int16)
        speck = nrng.random(arr.shape) < 0.0015
        arr[speck] = 40
        grad = np.linspace(0, 18, arr.shape[1])[None, :].astype(np.int16)
        arr = np.clip(arr - grad, 0, 255).astype(np.uint8)
        pages.append(Image.fromarray(arr, "L"))
        truth += pg_truth
        pno += 1
    pages[0].save(os.path.join(DATA, f["stem"] + ".pdf"), save_all=True, append_images=pages[1:], resolution=dpi,
                  creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="EPSON Scan", title="scan0001")
    with open(os.path.join(HERE, "scan_truth.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Text drawn on the scanned pages of data/%s (tab-separated cells)\n" % (f["stem"] + ".pdf"))
        fh.write("\n".join(truth) + "\n")

def w_bapenda(f, lines, rng):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(8.5)
    doc.core_properties.author = "Sekretariat Bapenda"
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    doc.core_properties.last_modified_by = "Sekretariat Bapenda"
    doc.core_properties.revision = 3
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BADAN PENDAPATAN DAERAH KOTA SAMARINDA\nRENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027"); r.bold = True
    doc.add_paragraph("Konsep usulan - untuk dibahas dalam rapat asistensi TAPD. Angka dapat berubah.").runs[0].italic = True
    for sid, groups in group_lines(lines):
        sk = SK[sid]
        hb = doc.add_table(rows=0, cols=2)
        for k, v in [("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", sk["code"] + " " + sk["name"]),
                     ("Indikator Keluaran", sk["indikator"]), ("Target", sk["target"]), ("Lokasi", "Kota Samarinda (10 kecamatan)")]:
            cells = hb.add_row().cells
            cells[0].text = k; cells[1].text = ": " + v
        doc.add_paragraph("")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["No", "Kode Rekening / Uraian", "Rincian Perhitungan", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]):
            t.rows[0].cells[c].text = h
            for run in t.rows[0].cells[c].paragraphs[0].runs:
                run.bold = True
        total = 0
        for acc, ls in groups:
            code, name = ACCD[acc]
            s = sum(L["jumlah"] for L in ls); total += s
            row = t.add_row().cells
            m = row[1].merge(row[5])
            m.text = code + "  " + name
            for run in m.paragraphs[0].runs:
                run.bold = True
            row[6].text = fmt(s)
            for L in ls:
                row = t.add_row().cells
                row[0].text = L["no"]
                row[1].text = L["item"]
                p2 = row[1].add_paragraph(L["spec"])
                for run in p2.runs:
                    run.italic = True; run.font.size = Pt(7.5)
                row[2].text = koef_str(L["parts"])
                row[3].text = str(L["volume"])
                row[4].text = L["unit"]
                row[5].text = fmt(L["price"])
                row[6].text = fmt(L["jumlah"])
                for c in (5, 6):
                    row[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        row = t.add_row().cells
        m = row[0].merge(row[5]); m.text = "JUMLAH SUB KEGIATAN"
        row[6].text = fmt(total)
        widths = [Cm(1.2), Cm(9.0), Cm(4.2), Cm(1.6), Cm(2.2), Cm(3.0), Cm(3.4)]
        for rr in t.rows:
            for c, w in enumerate(widths):
                rr.cells[c].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Samarinda, 14 Oktober 2026\nKepala Badan Pendapatan Daerah\n\n\n(................................)")
    path = os.path.join(DATA, f["stem"] + ".docx")
    doc.save(path)
    _fix_docx_zip(path)

def _fix_docx_zip(path):
    """rewrite the zip with fixed timestamps so the file is byte-for-byte reproducible"""
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = _re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2026-10-14T09:30:00Z\g<3>", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

WRITERS = {"xlsx_sipd_sheets_hidden": w_umum, "xlsx_flat_textprice": w_dispora, "xlsx_multisheet_ppnamount": w_lab,
           "csv_sipd_export": w_csv, "pdf_sipd_print": w_bpbd, "scan_image_pdf": w_scan, "pdf_noruling_continued": w_disbud,
           "docx_word_table": w_bapenda}

def main():
    os.makedirs(DATA, exist_ok=True)
    cat, lbs = model.build()
    out = model.finalize(cat, lbs)
    write_ssh(cat); write_sbu(cat)
    rng = random.Random(model.SEED + 7)
    manifest = []
    truth = []
    for f, lines in out:
        WRITERS[f["layout"]](f, lines, rng)
        fname = f["stem"] + "." + f["ext"]
        labels = {L["no"]: L["labels"] for L in lines}
        assert len(labels) == len(lines)
        with open(os.path.join(DATA, f["stem"] + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"labels": labels}, fh, ensure_ascii=False, indent=1)
        manifest.append({"rka": fname, "catalogues": [SSH_FILE, SBU_FILE], "labels": f["stem"] + ".labels.json",
                         "opd": SK[f["subkegs"][0]]["opd"], "layout": f["layout"]})
        no_by_id = {id(L): L["no"] for L in lines}
        for L in lines:
            sk = SK[L["sk"]]
            code, name = ACCD[L["print_acc"]]
            pcode, pname = ACCD[L["proper_acc"]]
            rec = dict(file=fname, no=L["no"], order=L["order"], sub_kegiatan_code=sk["code"], sub_kegiatan_name=sk["name"],
                       account_code=code, account_name=name, proper_account_code=pcode, proper_account_name=pname,
                       item=L["item"], spec=L["spec"], unit=L["unit"], koefisien=koef_str(L["parts"]),
                       koefisien_parts=[[q, u] for q, u in L["parts"]], koefisien_product=L["koef_product"],
                       volume=L["volume"], price=L["price"], ppn=L["ppn"], jumlah=L["jumlah"], jumlah_correct=L["jumlah_correct"],
                       arithmetic_kind=L["ar_kind"], duplicate_of=no_by_id.get(id(L.get("orig"))) if L.get("orig") else None,
                       catalogue_ref=model.describe_ref(cat, L), labels=L["labels"])
            for k in ("price_print", "jumlah_print", "uraian_print", "volume_print", "ppn_amount"):
                if k in L:
                    rec[k] = L[k]
            truth.append(rec)
    with open(os.path.join(DATA, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "truth_lines.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    catrows = [dict(catalogue=it["file"], no=it["no"], kode=it["code"], group=it["group"], name=it["name"], spec=it["spec"],
                    unit=it["unit"], price=it["price"]) for it in cat]
    with open(os.path.join(HERE, "truth_catalogues.json"), "w", encoding="utf-8") as fh:
        json.dump(catrows, fh, ensure_ascii=False, indent=1)
    print("lines", len(truth), "catalogue rows", len(cat))

if __name__ == "__main__":
    main()
