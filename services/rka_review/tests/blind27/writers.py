# -*- coding: utf-8 -*-
import os, io, csv, math, random, datetime
from fractions import Fraction
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab import rl_config
rl_config.invariant = 1

from spec_catalog import ACC

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTC = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
FONTCB = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
FONTSERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
pdfmetrics.registerFont(TTFont("DVC", FONTC))
pdfmetrics.registerFont(TTFont("DVCB", FONTCB))
FIXED_DT = datetime.datetime(2026, 11, 18, 9, 30, 0)

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def idr(n):
    return f"{int(n):,}".replace(",", ".")


def koef_text(parts):
    return " x ".join(f"{idr(n)} {u}".strip() for n, u in parts)


def groups(items):
    """yield (acc_key, [items]) in printed order"""
    out = []
    for it in items:
        if out and out[-1][0] == it["acc"]:
            out[-1][1].append(it)
        else:
            out.append((it["acc"], [it]))
    return out


def fix_pdf_dates(doc_or_canvas):
    pass


# ============================================================== catalogues
def write_catalogues(DATA, ssh_rows, sbu_rows):
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in ["Barang Pakai Habis", "Barang Modal"]:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "PEMERINTAH KOTA SAMARINDA"
        ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2027"
        ws["A3"] = "Lampiran I Peraturan Wali Kota Samarinda Nomor 61 Tahun 2026 tentang Standar Harga Satuan"
        ws["A4"] = f"Kelompok: {sheet.upper()}  —  harga belum termasuk PPN, merupakan batas tertinggi"
        for r in range(1, 5):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).font = Font(bold=(r <= 2), size=12 if r <= 2 else 10)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
        # two-row header
        hdr1 = ["No", "Kode Barang", "Uraian", None, "Satuan", "Harga Satuan (Rp)", "Keterangan"]
        hdr2 = [None, None, "Nama Barang", "Spesifikasi", None, "TA 2027", None]
        for c, v in enumerate(hdr1, 1):
            if v: ws.cell(6, c, v)
        for c, v in enumerate(hdr2, 1):
            if v: ws.cell(7, c, v)
        ws.merge_cells("A6:A7"); ws.merge_cells("B6:B7"); ws.merge_cells("C6:D6"); ws.merge_cells("E6:E7")
        ws.merge_cells("G6:G7")
        for r in (6, 7):
            for c in range(1, 8):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                ws.cell(r, c).border = BORDER
                ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
        for c, w in zip("ABCDEFG", [6, 22, 38, 48, 16, 18, 20]):
            ws.column_dimensions[c].width = w
        ws._rowptr = 8
        ws._no = 0
        ws._lastheading = None
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    hidx = {"Barang Pakai Habis": 0, "Barang Modal": 0}
    for rec in ssh_rows:
        ws = wb[rec["sheet"]]
        if rec["heading"] != ws._lastheading:
            ws._lastheading = rec["heading"]
            r = ws._rowptr
            ws.cell(r, 1, letters[hidx[rec["sheet"]]] + ".")
            hidx[rec["sheet"]] += 1
            ws.cell(r, 2, rec["kode"].rsplit(".", 1)[0])
            ws.cell(r, 3, rec["heading"])
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
            for c in range(1, 8):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            ws._rowptr += 1
        r = ws._rowptr
        ws._no += 1
        vals = [ws._no, rec["kode"], rec["name"], rec["spec"], rec["unit"], rec["price"], ""]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
        ws.cell(r, 6).number_format = "#,##0"
        ws._rowptr += 1
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "BPKAD Kota Samarinda"
    wb.save(os.path.join(DATA, "SSH_Kota_Samarinda_TA2027.xlsx"))

    # ---- SBU pdf
    path = os.path.join(DATA, "SBU_Kota_Samarinda_TA2027.pdf")
    st = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=8, leading=10)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title="SBU Kota Samarinda TA 2027", author="BPKAD",
                            creator="BPKAD", producer="BPKAD")
    story = [Paragraph("<b>LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 61 TAHUN 2026</b>", st),
             Paragraph("<b>STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027</b>", ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14)),
             Paragraph("Besaran merupakan batas tertinggi; tidak termasuk pajak daerah/PPN kecuali disebutkan lain.", st),
             Spacer(1, 6)]
    data = [["No", "Kode", "Uraian", "Satuan", "Besaran (Rp)"]]
    style = [("FONT", (0, 0), (-1, 0), "DVB", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (4, 1), (4, -1), "RIGHT"), ("FONT", (0, 1), (-1, -1), "DV", 8)]
    last = None
    no = 0
    sec = 0
    for rec in sbu_rows:
        if rec["heading"] != last:
            last = rec["heading"]
            sec += 1
            data.append([f"{sec}.", "", Paragraph(rec["heading"], sth), "", ""])
            rr = len(data) - 1
            style += [("SPAN", (2, rr), (4, rr)), ("BACKGROUND", (0, rr), (-1, rr), colors.HexColor("#F0F0F0"))]
        no += 1
        data.append([str(no), rec["kode"], Paragraph(rec["name"], st), rec["unit"], idr(rec["price"])])
    t = Table(data, colWidths=[10 * mm, 22 * mm, 95 * mm, 27 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story, onFirstPage=_footer("SBU TA 2027"), onLaterPages=_footer("SBU TA 2027"))


def _footer(txt):
    def f(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawRightString(A4[0] - 15 * mm, 8 * mm, f"{txt} — hal. {c.getPageNumber()}")
        c.restoreState()
    return f


# ============================================================== L1 xlsx SIPD-like, merged headers, hidden helper cols
def write_L1(DATA, fd, subs):
    rnd = random.Random(11)
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA 2.2.1"
    widths = dict(A=6, B=20, C=40, D=30, E=20, F=9, G=13, H=14, I=8, J=16, K=14, L=16, M=22)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1
    for t in ["RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH", "PEMERINTAH KOTA SAMARINDA",
              "TAHUN ANGGARAN 2027", "Formulir RKA - Belanja SKPD (RINCIAN BELANJA SUB KEGIATAN) — DRAFT"]:
        ws.cell(r, 1, t).font = Font(bold=True, size=12 if r < 5 else 10)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        r += 1
    ws.cell(r, 1, "Organisasi"); ws.cell(r, 3, ": 1.01.0.00.0.00.01.0000 " + subs[0][1]["opd"]); r += 2
    for sid, sd, items in subs:
        for lab, val in [("Urusan", sd["urusan"]), ("Program", sd["program"]), ("Kegiatan", sd["kegiatan"]),
                         ("Sub Kegiatan", f'{sd["code"]} {sd["name"]}'), ("Lokasi", sd["lokasi"]),
                         ("Sumber Pendanaan", "DAU / PAD"),
                         ("Indikator Keluaran", f'{sd["output"]} : {sd["target"]}')]:
            ws.cell(r, 1, lab).font = Font(bold=True)
            ws.cell(r, 3, ": " + val)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            r += 1
        r += 1
        # header: 2 rows merged
        h1 = {1: "No", 2: "Kode Rekening", 3: "Uraian", 4: "Spesifikasi", 5: "Rincian Perhitungan", 10: "Jumlah (Rp)",
              11: "Harga TA 2026", 12: "Vol x Harga (cek)", 13: "Catatan Bidang"}
        h2 = {5: "Koefisien", 6: "Volume", 7: "Satuan", 8: "Harga Satuan", 9: "PPN (%)"}
        for c, v in h1.items():
            ws.cell(r, c, v)
        for c, v in h2.items():
            ws.cell(r + 1, c, v)
        for c in (1, 2, 3, 4, 10, 11, 12, 13):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=9)
        for rr in (r, r + 1):
            for c in range(1, 14):
                ws.cell(rr, c).font = Font(bold=True)
                ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                ws.cell(rr, c).border = BORDER
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="C6E0B4")
        r += 2
        for c, v in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10 = 6 x 8 x (1+9)"], 1):
            ws.cell(r, c, v).alignment = Alignment(horizontal="center")
            ws.cell(r, c).font = Font(italic=True, size=8)
        r += 1
        total = 0
        for acc, its in groups(items):
            sub = sum(it["jumlah"] for it in its)
            total += sub
            ws.cell(r, 2, ACC[acc][0]); ws.cell(r, 3, ACC[acc][1])
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            ws.cell(r, 10, sub).number_format = "#,##0"
            for c in range(1, 11):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).border = BORDER
            r += 1
            for it in its:
                vals = {1: int(it["no"]), 3: it["name"], 4: it["spec"], 5: koef_text(it["koef"]), 6: it["vol"],
                        7: it["unit"], 8: it["price"], 9: it["ppn"], 10: it["jumlah"]}
                for c, v in vals.items():
                    ws.cell(r, c, v)
                for c in range(1, 11):
                    ws.cell(r, c).border = BORDER
                for c in (6, 8, 10):
                    ws.cell(r, c).number_format = "#,##0"
                # hidden helper columns: last year's price (distractor), unchecked product, staff note
                ws.cell(r, 11, int(round(it["price"] * rnd.uniform(0.88, 1.04), -2))).number_format = "#,##0"
                ws.cell(r, 12, it["vol"] * it["price"]).number_format = "#,##0"
                ws.cell(r, 13, rnd.choice(["usulan bidang", "sesuai KAK", "cek SSH", "", "revisi ke-2", ""]))
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
        ws.cell(r, 10, total).number_format = "#,##0"
        ws.cell(r, 10).font = Font(bold=True)
        r += 3
    for c in ("K", "L", "M"):
        ws.column_dimensions[c].hidden = True
    ws.freeze_panes = None
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "operator.disdikbud"
    wb.save(os.path.join(DATA, fd["name"]))
    return {it["no"]: dict(price_text=str(it["price"]), jumlah_text=str(it["jumlah"])) for _, _, its in subs for it in its}


# ============================================================== L2 xlsx, text prices, odd column order, sheet per subkeg
def money_text(v, rnd):
    if v >= 1000000 and v % 10000 == 0 and rnd.random() < 0.45:
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} jt"
    style = rnd.choice(["Rp {}", "Rp {}", "Rp. {},-", "{}"])
    return style.format(idr(v))


def write_L2(DATA, fd, subs):
    rnd = random.Random(22)
    wb = Workbook()
    rek = wb.active
    rek.title = "Rekap"
    rek["A1"] = "REKAP DRAFT RKA DINAS KESEHATAN TA 2027 (BIDANG KESMAS & P2P)"
    rek["A3"] = "Sub Kegiatan"; rek["B3"] = "Pagu Usulan"
    extra = {}
    for i, (sid, sd, items) in enumerate(subs):
        ws = wb.create_sheet(["Yankes Balita", "Surveilans DBD"][i])
        ws.column_dimensions["A"].width = 20; ws.column_dimensions["B"].width = 5
        ws.column_dimensions["C"].width = 70; ws.column_dimensions["D"].width = 18
        ws.column_dimensions["E"].width = 16; ws.column_dimensions["F"].width = 8; ws.column_dimensions["G"].width = 10
        ws["A1"] = "DINAS KESEHATAN KOTA SAMARINDA"
        ws["A2"] = f"Draft RKA TA 2027 — Sub Kegiatan {sd['code']}"
        ws["A3"] = sd["name"]
        ws["A4"] = f"Keluaran: {sd['output']} ({sd['target']}); Lokasi: {sd['lokasi']}"
        for rr in range(1, 5):
            ws.cell(rr, 1).font = Font(bold=rr < 4)
        hdr = ["Kode Rek.", "No.", "Uraian Belanja (rincian)", "Jumlah", "Harga Sat.", "Vol", "Sat"]
        for c, v in enumerate(hdr, 1):
            ws.cell(6, c, v).font = Font(bold=True)
            ws.cell(6, c).fill = PatternFill("solid", fgColor="FFE699")
            ws.cell(6, c).border = BORDER
        r = 7
        total = 0
        for acc, its in groups(items):
            ws.cell(r, 1, ACC[acc][0]); ws.cell(r, 3, ACC[acc][1].upper())
            ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 3).font = Font(bold=True)
            r += 1
            sub = 0
            for it in its:
                pt = money_text(it["price"], rnd)
                jt = money_text(it["jumlah"], rnd)
                ur = it["name"] + (f", {it['spec']}" if it["spec"] else "")
                if len(it["koef"]) > 1 or it["vol"] != it["vol_true"] or rnd.random() < 0.5:
                    ur += f" ({koef_text(it['koef'])})"
                ws.cell(r, 2, it["no"])
                ws.cell(r, 3, ur); ws.cell(r, 4, jt); ws.cell(r, 5, pt); ws.cell(r, 6, it["vol"]); ws.cell(r, 7, it["unit"])
                ws.cell(r, 4).alignment = Alignment(horizontal="right"); ws.cell(r, 5).alignment = Alignment(horizontal="right")
                extra[it["no"]] = dict(price_text=pt, jumlah_text=jt)
                sub += it["jumlah"]
                r += 1
            ws.cell(r, 3, "Sub Total " + ACC[acc][0]).font = Font(italic=True)
            ws.cell(r, 4, "Rp " + idr(sub)).font = Font(italic=True)
            total += sub
            r += 1
        ws.cell(r + 1, 3, "TOTAL USULAN").font = Font(bold=True)
        ws.cell(r + 1, 4, "Rp " + idr(total)).font = Font(bold=True)
        rek.cell(4 + i, 1, sd["code"] + " " + sd["name"]); rek.cell(4 + i, 2, total)
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "kesga.dinkes"
    wb.save(os.path.join(DATA, fd["name"]))
    return extra


# ============================================================== L3 CSV, ';', volume+unit in one cell
def write_L3(DATA, fd, subs):
    rnd = random.Random(33)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["EXPORT RKA BELANJA - UPTD PENGELOLAAN SAMPAH DLH KOTA SAMARINDA", "", "", "", "", "", "", ""])
    w.writerow(["Tahun", "2027", "Status", "DRAFT (belum diverifikasi TAPD)", "", "", "", ""])
    extra = {}
    for sid, sd, items in subs:
        w.writerow([])
        w.writerow(["SUB KEGIATAN", sd["code"], sd["name"], "", "", "", "", ""])
        w.writerow(["KEGIATAN", sd["kegiatan"], "", "", "", "", "", ""])
        w.writerow(["INDIKATOR", sd["output"], "TARGET", sd["target"], "LOKASI", sd["lokasi"], "", ""])
        w.writerow(["NO", "KODE REKENING", "URAIAN", "SPESIFIKASI", "KOEFISIEN", "VOLUME", "HARGA SATUAN (Rp)", "JUMLAH (Rp)"])
        tot = 0
        for acc, its in groups(items):
            sub = sum(it["jumlah"] for it in its)
            tot += sub
            w.writerow(["", ACC[acc][0], ACC[acc][1], "", "", "", "", idr(sub)])
            for it in its:
                vu = f"{idr(it['vol'])} {it['unit']}"
                w.writerow([it["no"], "", it["name"], it["spec"], koef_text(it["koef"]), vu, idr(it["price"]), idr(it["jumlah"])])
                extra[it["no"]] = dict(price_text=idr(it["price"]), jumlah_text=idr(it["jumlah"]), vol_text=vu)
        w.writerow(["", "", "TOTAL SUB KEGIATAN", "", "", "", "", idr(tot)])
    with open(os.path.join(DATA, fd["name"]), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    return extra


# ============================================================== L4 born-digital SIPD-like PDF
def write_L4(DATA, fd, subs):
    path = os.path.join(DATA, fd["name"])
    st = ParagraphStyle("c", fontName="DV", fontSize=7, leading=8.5)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=7, leading=8.5)
    sth = ParagraphStyle("t", fontName="DVB", fontSize=10, leading=12, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title="RKA-SKPD 2.2.1", author="SIPD", creator="SIPD-RI", producer="SIPD-RI")
    story = []
    extra = {}
    for si, (sid, sd, items) in enumerate(subs):
        if si:
            story.append(PageBreak())
        story.append(Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", sth))
        story.append(Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027 — Formulir RKA-BELANJA SKPD 2.2.1", ParagraphStyle("s", parent=sth, fontSize=8, fontName="DV")))
        story.append(Spacer(1, 4))
        hb = [["Urusan Pemerintahan", ":", sd["urusan"]],
              ["Bidang Urusan", ":", "4.01 SEKRETARIAT DAERAH"],
              ["Program", ":", sd["program"]],
              ["Kegiatan", ":", sd["kegiatan"]],
              ["Sub Kegiatan", ":", f'{sd["code"]} {sd["name"]}'],
              ["Organisasi", ":", "4.01.0.00.0.00.01.0000 Sekretariat Daerah"],
              ["Unit", ":", "4.01.0.00.0.00.01.0007 Bagian Pengadaan Barang dan Jasa"],
              ["Sumber Pendanaan", ":", "Pendapatan Asli Daerah (PAD)"],
              ["Lokasi", ":", sd["lokasi"]],
              ["Waktu Pelaksanaan", ":", "Januari s.d. Desember"],
              ["Keluaran Sub Kegiatan", ":", f'{sd["output"]} — Target {sd["target"]}']]
        t = Table([[Paragraph(a, stb), b, Paragraph(c, st)] for a, b, c in hb], colWidths=[40 * mm, 4 * mm, 220 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 4), Paragraph("RINCIAN ANGGARAN BELANJA SUB KEGIATAN", stb), Spacer(1, 2)]
        data = [["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        style = [("FONT", (0, 0), (-1, 0), "DVB", 7), ("GRID", (0, 0), (-1, -1), 0.3, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("FONT", (0, 1), (-1, -1), "DV", 7), ("ALIGN", (6, 1), (8, -1), "RIGHT")]
        total = sum(it["jumlah"] for it in items)
        # SIPD hierarchy rows
        for code, name in [("5", "BELANJA DAERAH"), ("5.1", "BELANJA OPERASI"), ("5.1.02", "Belanja Barang dan Jasa")]:
            data.append(["", code, Paragraph(name, stb), "", "", "", "", "", ""])
        style.append(("BACKGROUND", (0, 1), (-1, 3), colors.HexColor("#F2F2F2")))
        for acc, its in groups(items):
            sub = sum(it["jumlah"] for it in its)
            data.append(["", ACC[acc][0], Paragraph(ACC[acc][1], stb), "", "", "", "", "", idr(sub)])
            rr = len(data) - 1
            style += [("SPAN", (2, rr), (7, rr)), ("FONT", (0, rr), (-1, rr), "DVB", 7)]
            for it in its:
                vol_txt = koef_text(it["koef"]) if it["vol"] == it["vol_true"] else koef_text(it["koef"])
                data.append([it["no"], "", Paragraph(it["name"], st), Paragraph(it["spec"], st),
                             Paragraph(f"{koef_text(it['koef'])}<br/>= {idr(it['vol'])}", st), it["unit"],
                             idr(it["price"]), f"{it['ppn']}%", idr(it["jumlah"])])
                extra[it["no"]] = dict(price_text=idr(it["price"]), jumlah_text=idr(it["jumlah"]))
        data.append(["", "", Paragraph("JUMLAH", stb), "", "", "", "", "", idr(total)])
        rr = len(data) - 1
        style += [("SPAN", (2, rr), (7, rr)), ("FONT", (8, rr), (8, rr), "DVB", 7)]
        t = Table(data, colWidths=[9 * mm, 27 * mm, 60 * mm, 48 * mm, 34 * mm, 20 * mm, 22 * mm, 10 * mm, 28 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 10))
        story.append(Paragraph("Samarinda, 18 November 2026<br/>Kepala Bagian Pengadaan Barang dan Jasa<br/><br/><br/>(.................................)<br/>NIP. ....................", st))

    def footer(c, d):
        c.saveState(); c.setFont("DV", 6.5)
        c.drawString(12 * mm, 7 * mm, "Dicetak dari SIPD-RI pada 18-11-2026 09:30:00 — dokumen DRAFT, bukan dokumen final")
        c.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, f"Halaman {c.getPageNumber()}")
        c.restoreState()
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return extra


# ============================================================== L5 scan (image-only PDF)
def _render_pages(DATA, fd, subs, heads, sign, sz=21, serif=True):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    rnd = random.Random(55)
    W, H = 1654, 2339   # A4 @ 200 dpi
    fr, fb = (FONTSERIF, "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf") if serif else (FONT, FONTB)
    f_reg = ImageFont.truetype(fr, sz)
    f_b = ImageFont.truetype(fb, sz + 1)
    f_t = ImageFont.truetype(fb, sz + 7)
    f_s = ImageFont.truetype(fr, sz - 2)
    sid, sd, items = subs[0]
    cols = [(90, 60, "No"), (150, 470, "Uraian / Spesifikasi"), (620, 220, "Koefisien"), (840, 110, "Vol"),
            (950, 170, "Satuan"), (1120, 180, "Harga Satuan"), (1300, 275, "Jumlah (Rp)")]
    pages = []
    truth_lines = []
    extra = {}

    def new_page(first):
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        y = 110
        if first:
            for txt, f in [(heads[0], f_t), (heads[1], f_t), (heads[2], f_b)]:
                tw = d.textlength(txt, font=f)
                d.text(((W - tw) / 2, y), txt, font=f, fill=0)
                truth_lines.append(txt)
                y += 40
            y += 15
            for lab, val in [("Program", sd["program"]), ("Kegiatan", sd["kegiatan"]),
                             ("Sub Kegiatan", f"{sd['code']} {sd['name']}"), ("Indikator Keluaran", f"{sd['output']}"),
                             ("Target / Lokasi", f"{sd['target']} / {sd['lokasi']}")]:
                lines = wrap(d, val, f_reg, 1150)
                d.text((90, y), lab, font=f_b, fill=0)
                for k, ln in enumerate(lines):
                    d.text((400, y), (": " if k == 0 else "  ") + ln, font=f_reg, fill=0)
                    y += 30
                truth_lines.append(f"{lab} : {val}")
                y += 4
            y += 15
        else:
            d.text((90, y), f"Lanjutan RKA Sub Kegiatan {sd['code']}", font=f_s, fill=0)
            truth_lines.append(f"Lanjutan RKA Sub Kegiatan {sd['code']}")
            y += 40
        # header
        d.rectangle([85, y, 1575, y + 44], outline=0, width=2)
        for x, w, name in cols:
            d.text((x + 6, y + 10), name, font=f_b, fill=0)
            d.line([x - 2, y, x - 2, y + 44], fill=0, width=2)
        truth_lines.append(" | ".join(c[2] for c in cols))
        return img, d, y + 44

    img, d, y = new_page(True)
    for acc, its in groups(items):
        rows = [("acc", acc)] + [("it", it) for it in its]
        for kind, obj in rows:
            if kind == "acc":
                txt = f"{ACC[obj][0]}  {ACC[obj][1]}"
                lines = wrap(d, txt, f_b, 1380)
                h = 32 * len(lines) + 10
            else:
                it = obj
                ur = it["name"] + (f" — {it['spec']}" if it["spec"] else "")
                lines = wrap(d, ur, f_reg, 455)
                h = 30 * len(lines) + 12
            if y + h > H - 180:
                pages.append(img)
                img, d, y = new_page(False)
            d.rectangle([85, y, 1575, y + h], outline=0, width=1)
            if kind == "acc":
                for k, ln in enumerate(lines):
                    d.text((150, y + 6 + 32 * k), ln, font=f_b, fill=0)
                truth_lines.append(f"{ACC[obj][0]} {ACC[obj][1]}")
            else:
                for x, w, _ in cols:
                    d.line([x - 2, y, x - 2, y + h], fill=0, width=1)
                cells = [it["no"], None, koef_text(it["koef"]), idr(it["vol"]), it["unit"], idr(it["price"]), idr(it["jumlah"])]
                for (x, w, _), c in zip(cols, cells):
                    if c is None:
                        for k, ln in enumerate(lines):
                            d.text((x + 6, y + 6 + 30 * k), ln, font=f_reg, fill=0)
                    else:
                        if x >= 1120:
                            tw = d.textlength(c, font=f_reg)
                            d.text((x + w - 12 - tw, y + 6), c, font=f_reg, fill=0)
                        else:
                            fnt = f_s if (x == 620 or d.textlength(c, font=f_reg) > w - 12) else f_reg
                            d.text((x + 6, y + 6), c, font=fnt, fill=0)
                row = f"{it['no']} | {ur} | {koef_text(it['koef'])} | {idr(it['vol'])} | {it['unit']} | {idr(it['price'])} | {idr(it['jumlah'])}"
                truth_lines.append(row)
                extra[it["no"]] = dict(price_text=idr(it["price"]), jumlah_text=idr(it["jumlah"]), row_text=row)
            y += h
    tot = sum(it["jumlah"] for it in items)
    d.text((840, y + 20), "JUMLAH TOTAL", font=f_b, fill=0)
    tw = d.textlength(idr(tot), font=f_b)
    d.text((1563 - tw, y + 20), idr(tot), font=f_b, fill=0)
    truth_lines.append(f"JUMLAH TOTAL | {idr(tot)}")
    d.text((1050, y + 90), "Samarinda, 20 November 2026", font=f_reg, fill=0)
    d.text((1050, y + 120), sign, font=f_reg, fill=0)
    pages.append(img)
    return pages, truth_lines, extra, f_s


def write_L5(DATA, fd, subs):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    W, H = 1654, 2339
    pages, truth_lines, extra, f_s = _render_pages(DATA, fd, subs, ["PEMERINTAH KOTA SAMARINDA", "DINAS PERINDUSTRIAN",
        "RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027 - DRAFT"], "Kepala Dinas Perindustrian")
    # degrade: rotate, blur, noise, jpeg
    out = []
    np_rng = np.random.RandomState(5)
    for i, p in enumerate(pages):
        d = ImageDraw.Draw(p)
        d.text((W - 250, H - 90), f"hal. {i + 1}", font=f_s, fill=0)
        ang = [0.9, -0.6][i % 2]
        p = p.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        p = p.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(p).astype(np.float32)
        a = a * 0.93 + 8 + np_rng.normal(0, 11, a.shape)
        # a few specks and a grey gradient like a cheap scanner
        grad = np.linspace(0, 18, a.shape[1])[None, :]
        a = a - grad
        sp = np_rng.rand(*a.shape) < 0.0009
        a[sp] = 40
        p = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        jp = os.path.join(DATA, f"_tmp_scan_{i}.jpg")
        p.save(jp, "JPEG", quality=55)
        out.append(jp)
    c = rl_canvas.Canvas(os.path.join(DATA, fd["name"]), pagesize=A4, invariant=1)
    c.setCreator("ScanSnap Manager"); c.setProducer("ScanSnap Manager")
    for jp in out:
        c.drawImage(jp, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    for jp in out:
        os.remove(jp)
    with open(os.path.join(os.path.dirname(DATA), "scan_truth.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(truth_lines) + "\n")
    return extra


def wrap(d, text, font, width):
    words = text.split()
    lines, cur = [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if d.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    return lines or [""]


# ============================================================== L6 PDF without ruling lines, header not repeated
def write_L6(DATA, fd, subs):
    path = os.path.join(DATA, fd["name"])
    PW, PH = A4
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("RKA Kesra 2027 draft"); c.setAuthor("kesra"); c.setCreator("Microsoft Word"); c.setProducer("Microsoft Word")
    extra = {}
    X = dict(no=14 * mm, ur=24 * mm, koef=95 * mm, vol=133 * mm, sat=147 * mm, hrg=182 * mm, jml=200 * mm)
    state = dict(y=PH - 18 * mm, page=1)
    fs = 7.2

    def newpage():
        c.setFont("DV", 6.5)
        c.drawRightString(PW - 10 * mm, 8 * mm, f"{state['page']}")
        c.showPage()
        state["page"] += 1
        state["y"] = PH - 15 * mm

    def need(h):
        if state["y"] - h < 16 * mm:
            newpage()

    def txt(x, s, font="DV", size=fs, right=False):
        c.setFont(font, size)
        if right:
            c.drawRightString(x, state["y"], s)
        else:
            c.drawString(x, state["y"], s)

    def wrapw(s, width, font="DV", size=fs):
        words = s.split(); lines = []; cur = ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur); cur = w_
        if cur: lines.append(cur)
        return lines or [""]

    c.setFont("DVB", 10)
    c.drawCentredString(PW / 2, state["y"], "RENCANA KERJA DAN ANGGARAN SEKRETARIAT DAERAH")
    state["y"] -= 13
    c.drawCentredString(PW / 2, state["y"], "BAGIAN KESEJAHTERAAN RAKYAT — TAHUN ANGGARAN 2027 (DRAFT)")
    state["y"] -= 20
    for si, (sid, sd, items) in enumerate(subs):
        need(60 * mm)
        for lab, val in [("Program", sd["program"]), ("Kegiatan", sd["kegiatan"]),
                         ("Sub Kegiatan", f'{sd["code"]} {sd["name"]}'), ("Keluaran", f'{sd["output"]} ({sd["target"]})'),
                         ("Lokasi", sd["lokasi"])]:
            ls = wrapw(val, 150 * mm, "DV", 8)
            txt(14 * mm, lab, "DVB", 8)
            for k, l in enumerate(ls):
                txt(40 * mm, (": " if k == 0 else "  ") + l, "DV", 8)
                state["y"] -= 10
        state["y"] -= 8
        # header once, no lines
        hdr = [("no", "No"), ("ur", "Uraian"), ("koef", "Koefisien"), ("vol", "Vol"), ("sat", "Satuan")]
        for k, h in hdr:
            txt(X[k], h, "DVB", fs)
        txt(X["hrg"], "Harga (Rp)", "DVB", fs, right=True)
        txt(X["jml"], "Jumlah (Rp)", "DVB", fs, right=True)
        state["y"] -= 13
        for acc, its in groups(items):
            need(12)
            txt(X["ur"], f"{ACC[acc][0]} {ACC[acc][1]}", "DVCB", fs)
            txt(X["jml"], idr(sum(i["jumlah"] for i in its)), "DVCB", fs, right=True)
            state["y"] -= 11
            for it in its:
                ur = it["name"] + (f" ({it['spec']})" if it["spec"] else "")
                ls = wrapw(ur, 68 * mm)
                kl = wrapw(koef_text(it["koef"]), 36 * mm)
                h = 9 * max(len(ls), len(kl)) + 2
                need(h)
                y0 = state["y"]
                txt(X["no"], it["no"])
                txt(X["vol"], idr(it["vol"]))
                txt(X["sat"], it["unit"])
                txt(X["hrg"], idr(it["price"]), right=True)
                txt(X["jml"], idr(it["jumlah"]), right=True)
                for k, l in enumerate(ls):
                    state["y"] = y0 - 9 * k
                    txt(X["ur"], l)
                for k, l in enumerate(kl):
                    state["y"] = y0 - 9 * k
                    txt(X["koef"], l)
                state["y"] = y0 - h
                extra[it["no"]] = dict(price_text=idr(it["price"]), jumlah_text=idr(it["jumlah"]))
        need(14)
        state["y"] -= 3
        txt(X["ur"], "Jumlah Sub Kegiatan", "DVB", fs)
        txt(X["jml"], idr(sum(i["jumlah"] for i in items)), "DVB", fs, right=True)
        state["y"] -= 24
    c.setFont("DV", 6.5)
    c.drawRightString(PW - 10 * mm, 8 * mm, f"{state['page']}")
    c.showPage()
    c.save()
    return extra


# ============================================================== L7 phone photo of a printed page (JPG)
def write_L7(DATA, fd, subs):
    from PIL import Image, ImageDraw, ImageFilter
    import numpy as np
    pages, truth_lines, extra, f_s = _render_pages(DATA, fd, subs, ["PEMERINTAH KOTA SAMARINDA",
        "DINAS PERHUBUNGAN - UPTD TERMINAL PENUMPANG", "RKA SKPD TA 2027 (BAHAN PEMBAHASAN ASISTENSI TAPD)"],
        "Kepala UPTD Terminal Penumpang", sz=19, serif=False)
    assert len(pages) == 1, "photo layout must fit one page"
    page = pages[0].convert("RGB")
    W, H = page.size
    # paper slightly yellowish
    a = np.asarray(page).astype(np.float32)
    a = a * np.array([0.97, 0.95, 0.88])[None, None, :]
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    BW, BH = 2100, 2800
    rng = np.random.RandomState(7)
    bg = np.zeros((BH, BW, 3), np.float32)
    bg[:] = np.array([92, 70, 52])          # wooden desk
    bg += (np.sin(np.linspace(0, 40, BW))[None, :, None] * 9) + rng.normal(0, 6, (BH, BW, 1))
    canvas_img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    # perspective: paper quad on the photo (top narrower, slight rotation)
    quad = [(250, 170), (1860, 215), (1975, 2700), (120, 2640)]   # TL, TR, BR, BL in photo coords
    # find coefficients mapping photo coords -> page coords
    def coeffs(src, dst):
        A = []; B = []
        for (x, y), (u, v) in zip(src, dst):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
        return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()
    cf = coeffs(quad, [(0, 0), (W, 0), (W, H), (0, H)])
    warped = page.transform((BW, BH), Image.PERSPECTIVE, cf, resample=Image.BICUBIC)
    mask = Image.new("L", (W, H), 255).transform((BW, BH), Image.PERSPECTIVE, cf, resample=Image.BICUBIC)
    canvas_img.paste(warped, (0, 0), mask)
    # uneven light: bright top-left, shadow of the phone bottom-right
    yy, xx = np.mgrid[0:BH, 0:BW].astype(np.float32)
    light = 1.08 - 0.22 * ((xx / BW) * 0.6 + (yy / BH) * 0.7)
    shadow = 1 - 0.25 * np.exp(-(((xx - 1650) / 500) ** 2 + ((yy - 2300) / 380) ** 2))
    a = np.asarray(canvas_img).astype(np.float32) * (light * shadow)[:, :, None]
    a += rng.normal(0, 5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    img.save(os.path.join(DATA, fd["name"]), "JPEG", quality=80)
    with open(os.path.join(os.path.dirname(DATA), "photo_truth.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(truth_lines) + "\n")
    return extra
