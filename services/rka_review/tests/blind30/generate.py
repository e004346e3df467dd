#!/usr/bin/env python3
"""Generate the blind RKA review set 'review30' (deterministic). Run: python generate.py"""
import json, os, random, io, csv, math, datetime
from fractions import Fraction as F
from xml.sax.saxutils import escape
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import simpleSplit
from reportlab import rl_config
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

import gen_model as M
import gen_lines as G

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
rl_config.invariant = 1  # deterministic PDFs
FIXED_DT = datetime.datetime(2026, 8, 14, 9, 30, 0)
SSH_FILE = "ssh_2027_kota_samarinda.xlsx"
SBU_FILE = "sbu_2027_kota_samarinda.pdf"

def rp(n):  # 1250000 -> "1.250.000"
    return f"{int(n):,}".replace(",", ".")

def koef_text(koef, style):
    ab = {"Orang": "org", "Hari": "hr", "Kali": "kl", "Bulan": "bln", "Jam": "jam", "Unit": "unit", "Buah": "bh", "Lembar": "lbr", "Liter": "ltr"}
    if style == "full": return " x ".join(f"{q} {u}" for q, u in koef)
    if style == "abbr": return " x ".join(f"{q} {ab.get(u, u)}" for q, u in koef)
    if style == "lower": return " x ".join(f"{q} {u.lower()}" for q, u in koef)

def parent_name(code):
    p = code.rsplit(".", 1)[0]
    return {"5.1.02.01.01": "Belanja Barang Pakai Habis", "5.1.02.02.01": "Belanja Jasa Kantor",
            "5.1.02.02.04": "Belanja Sewa Kendaraan", "5.1.02.02.05": "Belanja Sewa Peralatan dan Mesin",
            "5.1.02.02.11": "Belanja Sewa Gedung dan Bangunan", "5.1.02.03.02": "Belanja Pemeliharaan Peralatan dan Mesin",
            "5.1.02.04.01": "Belanja Perjalanan Dinas Dalam Negeri"}.get(p, "Belanja Modal Peralatan dan Mesin" if p.startswith("5.2") else "Belanja"), p

def grouped(lines):
    """stable sort by account code -> list of (acc, [lines])"""
    order = sorted(range(len(lines)), key=lambda i: (lines[i]["acc"], i))
    groups = []
    for i in order:
        L = lines[i]
        if not groups or groups[-1][0] != L["acc"]: groups.append((L["acc"], []))
        groups[-1][1].append(L)
    return groups

def uraian(L):
    return L["name"]

def fix_xlsx(path):
    """make xlsx byte-deterministic: fixed zip timestamps and core.xml dates"""
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z: items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-08-14T09:30:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 8, 14, 9, 30, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# ------------------------------------------------------------------ catalogues
def write_ssh():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "SSH 2027"
    b = Side(style="thin"); border = Border(left=b, right=b, top=b, bottom=b)
    ws["A1"] = "STANDAR SATUAN HARGA (SSH) BARANG"; ws["A2"] = "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws["A3"] = "Lampiran II Peraturan Wali Kota Samarinda tentang Standar Harga Satuan Tahun Anggaran 2027 - harga belum termasuk PPN dan merupakan batas tertinggi"
    for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); ws.cell(r, 1).font = Font(bold=r < 3, size=12 if r < 3 else 9)
    hdr = ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)", None, "Keterangan"]
    for c, h in enumerate(hdr, 1):
        if h: ws.cell(5, c, h)
    ws.cell(6, 6, "TA 2026"); ws.cell(6, 7, "TA 2027")
    for c in (1, 2, 3, 4, 5, 8): ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=6, end_row=5, end_column=7)
    for r in (5, 6):
        for c in range(1, 9):
            cell = ws.cell(r, c); cell.font = Font(bold=True); cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cell.border = border
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 7; no = 0
    for row in M.SSH:
        if row["kind"] == "heading":
            sec = row["sec"]; ws.cell(r, 2, sec["prefix"]); ws.cell(r, 3, sec["heading"]); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            ws.cell(r, 2).font = Font(bold=True); ws.cell(r, 3).font = Font(bold=True); r += 1; continue
        no += 1
        old = int(G.nice(F(row["price"]) * F(96, 100)))
        vals = [no, row["kode"], row["name"], row["spec"], row["unit"], old, row["price"], "Aset tetap - Belanja Modal" if row["asset"] else ""]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = border
            if c in (6, 7): cell.number_format = "#,##0"
        r += 1
    for c, w in zip("ABCDEFGH", [5, 16, 34, 40, 12, 14, 14, 24]): ws.column_dimensions[c].width = w
    ws.freeze_panes = "A7"
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(os.path.join(DATA, SSH_FILE)); fix_xlsx(os.path.join(DATA, SSH_FILE))

def write_sbu():
    path = os.path.join(DATA, SBU_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="SBU 2027 Kota Samarinda", author="BPKAD Kota Samarinda", creator="generate.py")
    st = ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=8, leading=10)
    tt = ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14, alignment=1)
    el = [Paragraph("STANDAR BIAYA UMUM (SBU)<br/>PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", tt), Spacer(1, 4),
          Paragraph("Lampiran III Peraturan Wali Kota Samarinda tentang Standar Harga Satuan TA 2027. Besaran merupakan batas tertinggi. "
                    "Sewa dan jasa cetak belum termasuk PPN; honorarium belum dipotong PPh Pasal 21. "
                    "Satuan: OJ = orang/jam, OK = orang/kegiatan, OB = orang/bulan, OH = orang/hari.", st), Spacer(1, 6)]
    data = [["No", "Kode", "Uraian", "Spesifikasi / Keterangan", "Satuan", "Besaran (Rp)"]]
    styles = [("FONT", (0, 0), (-1, 0), "DVB", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    no = 0
    for row in M.SBU:
        if row["kind"] == "heading":
            data.append(["", row["sec"]["prefix"], Paragraph(row["sec"]["heading"], stb), "", "", ""])
            i = len(data) - 1; styles += [("SPAN", (2, i), (5, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F0F0F0"))]; continue
        no += 1
        data.append([str(no), row["kode"], Paragraph(escape(row["name"]), st), Paragraph(escape(row["spec"]), st), row["unit"], rp(row["price"])])
    t = Table(data, colWidths=[9 * mm, 20 * mm, 58 * mm, 52 * mm, 22 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle(styles + [("FONT", (0, 1), (-1, -1), "DV", 7.5)]))
    el.append(t)
    doc.build(el)

# ------------------------------------------------------------------ L1: xlsx, a sheet per sub-kegiatan
def write_l1(d, fname):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    b = Side(style="thin"); border = Border(left=b, right=b, top=b, bottom=b)
    no = 0; rekap = []
    for si, s in enumerate(d["subs"], 1):
        ws = wb.create_sheet(f"Sub Keg {si} - {s['code'][-4:]}")
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN"; ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)"; ws["A3"] = "Pemerintah Kota Samarinda Tahun Anggaran 2027"
        for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).alignment = Alignment(horizontal="center")
        info = [("Urusan Pemerintahan", d["urusan"]), ("Organisasi", f"{d['opd_code']} {d['opd']}"), ("Program", d["program"]), ("Kegiatan", d["kegiatan"]),
                ("Sub Kegiatan", f"{s['code']} {s['name']}"), ("Sumber Pendanaan", "DAU - Dana Alokasi Umum"), ("Lokasi", s["lokasi"]),
                ("Waktu Pelaksanaan", "Januari s.d. Desember"), ("Keluaran Sub Kegiatan", f"{s['ind']} : {s['target']}")]
        r = 5
        for k, v in info:
            ws.cell(r, 1, k); ws.cell(r, 3, ":"); ws.cell(r, 4, v); ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=10); r += 1
        h1 = r + 1; h2 = r + 2
        heads = {1: "No", 2: "Kode Rekening", 3: "Uraian", 4: "Spesifikasi", 5: "Rincian Perhitungan", 10: "Jumlah (Rp)"}
        for c, v in heads.items(): ws.cell(h1, c, v)
        for c, v in zip(range(5, 10), ["Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)"]): ws.cell(h2, c, v)
        for c in (1, 2, 3, 4, 10): ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        for rr in (h1, h2):
            for c in range(1, 11):
                cell = ws.cell(rr, c); cell.font = Font(bold=True); cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cell.border = border
        r = h2 + 1
        groups = grouped(s["_lines"])
        # parent groups
        parents = {}
        for acc, ls in groups: parents.setdefault(parent_name(acc)[1], 0); parents[parent_name(acc)[1]] += sum(L["jumlah"] for L in ls)
        seen_parent = set()
        total = 0
        for acc, ls in groups:
            pname, pcode = parent_name(acc)
            if pcode not in seen_parent:
                seen_parent.add(pcode)
                ws.cell(r, 2, pcode); ws.cell(r, 3, pname); ws.cell(r, 10, parents[pcode]).number_format = "#,##0"
                for c in range(1, 11): ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).border = border
                r += 1
            sub = sum(L["jumlah"] for L in ls); total += sub
            ws.cell(r, 2, acc); ws.cell(r, 3, M.ACC[acc]); ws.cell(r, 10, sub).number_format = "#,##0"
            for c in range(1, 11): ws.cell(r, c).font = Font(bold=True, italic=True); ws.cell(r, c).border = border
            r += 1
            for L in ls:
                no += 1; L["no"] = str(no)
                vals = [no, None, uraian(L), L["spec"], koef_text(L["koef"], "full"), L["volume"], L["unit"], L["price"], L["ppn"], L["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v); cell.border = border
                    if c in (8, 10): cell.number_format = "#,##0"
                L["printed"] = dict(no=str(no), name=L["name"], price=str(L["price"]), jumlah=str(L["jumlah"]), volume=str(L["volume"]))
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN"); ws.cell(r, 10, total).number_format = "#,##0"; ws.cell(r, 3).font = Font(bold=True)
        rekap.append((s["code"], s["name"], total))
        for c, w in zip("ABCDEFGHIJ", [5, 19, 38, 30, 18, 8, 14, 13, 8, 15]): ws.column_dimensions[c].width = w
    ws = wb.create_sheet("Rekap")
    ws.append(["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Total (Rp)"])
    for row in rekap: ws.append(list(row))
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(os.path.join(DATA, fname)); fix_xlsx(os.path.join(DATA, fname))

# ------------------------------------------------------------------ L2: xlsx single sheet, unusual column order, text prices, hidden cols
def price_text(p, rng):
    mode = rng.random()
    if p >= 1000000 and p % 10000 == 0 and mode < 0.35:
        s = f"{p / 1000000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} jt"
    if mode < 0.65: return f"Rp {rp(p)}"
    if mode < 0.8: return f"Rp{rp(p)},00"
    return rp(p)

def write_l2(d, fname):
    rng = random.Random(77)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "RKA 2027"
    b = Side(style="thin"); border = Border(left=b, right=b, top=b, bottom=b)
    ws["A1"] = "RKA BELANJA TA 2027 - " + d["opd"].upper(); ws["A2"] = "Kota Samarinda  |  " + d["urusan"]; ws["A3"] = d["program"] + "  /  " + d["kegiatan"]
    ws["A4"] = "draft ke-2, untuk verifikasi TAPD"
    for r in (1, 2, 3, 4): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws["A1"].font = Font(bold=True, size=13)
    # 3-row merged header
    ws.cell(6, 1, "No"); ws.cell(6, 2, "Uraian Belanja"); ws.cell(6, 3, "Jumlah Anggaran"); ws.cell(6, 4, "Rincian Perhitungan"); ws.cell(6, 8, "Rekening Belanja")
    ws.cell(7, 4, "Koefisien"); ws.cell(7, 5, "Vol"); ws.cell(7, 6, "Sat"); ws.cell(7, 7, "Harga Satuan")
    ws.cell(8, 3, "(Rp)"); ws.cell(8, 7, "(Rp)")
    ws.cell(6, 9, "Keterangan / Spesifikasi")
    ws.cell(6, 10, "hrg_2026"); ws.cell(6, 11, "cek_op")
    for c in (1, 2, 8, 9): ws.merge_cells(start_row=6, start_column=c, end_row=8, end_column=c)
    ws.merge_cells(start_row=6, start_column=3, end_row=7, end_column=3)
    ws.merge_cells(start_row=6, start_column=4, end_row=6, end_column=7)
    for c in (4, 5, 6): ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
    for rr in (6, 7, 8):
        for c in range(1, 10):
            cell = ws.cell(rr, c); cell.font = Font(bold=True); cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cell.border = border
    r = 9; grand = 0
    for si, s in enumerate(d["subs"]):
        letter = "AB"[si]
        ws.cell(r, 1, letter); ws.cell(r, 2, f"Sub Kegiatan {s['code']} {s['name']} -- Output: {s['ind']} ({s['target']}); Lokasi: {s['lokasi']}")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9); ws.cell(r, 2).font = Font(bold=True); ws.cell(r, 1).font = Font(bold=True)
        r += 1; tot = 0
        for i, L in enumerate(s["_lines"], 1):
            no = f"{letter}.{i}"; L["no"] = no
            pt = price_text(L["price"], rng); jt = f"Rp {rp(L['jumlah'])}"
            vals = [no, L["name"], jt, koef_text(L["koef"], "abbr"), L["volume"], L["unit"], pt, f"{L['acc']} - {L['acc_name']}", L["spec"] or "-",
                    int(G.nice(F(L["price"]) * F(rng.randint(90, 99), 100))), rng.choice(["", "", "ok", "sesuai usulan bidang", "cek SSH", "harga survei"])]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                if c <= 9: cell.border = border
                if c == 3: cell.alignment = Alignment(horizontal="right")
            L["printed"] = dict(no=no, name=L["name"], price=pt, jumlah=jt, volume=str(L["volume"]))
            tot += L["jumlah"]; r += 1
        ws.cell(r, 2, "Subtotal Sub Kegiatan " + letter); ws.cell(r, 3, f"Rp {rp(tot)}"); ws.cell(r, 2).font = Font(bold=True); r += 2
        grand += tot
    ws.cell(r, 2, "TOTAL RKA"); ws.cell(r, 3, f"Rp {rp(grand)}"); ws.cell(r, 2).font = Font(bold=True)
    for c, w in zip("ABCDEFGHIJK", [6, 44, 18, 20, 7, 14, 15, 46, 32, 12, 14]): ws.column_dimensions[c].width = w
    ws.column_dimensions["J"].hidden = True; ws.column_dimensions["K"].hidden = True
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(os.path.join(DATA, fname)); fix_xlsx(os.path.join(DATA, fname))

# ------------------------------------------------------------------ L3: CSV export
def write_l3(d, fname):
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["PEMERINTAH KOTA SAMARINDA"]); w.writerow(["Export Rincian Belanja RKA SKPD TA 2027"])
    w.writerow(["SKPD", f"{d['opd_code']} {d['opd']}"]); w.writerow(["Tanggal export", "14-08-2026 09:30"]); w.writerow([])
    w.writerow(["kode_sub_kegiatan", "nama_sub_kegiatan", "indikator_keluaran", "kode_akun", "nama_akun", "no_rinci", "uraian_rinci", "spesifikasi",
                "koefisien", "volume", "satuan", "harga_satuan", "ppn", "total_harga"])
    no = 0
    for s in d["subs"]:
        for acc, ls in grouped(s["_lines"]):
            for L in ls:
                no += 1; L["no"] = str(no)
                w.writerow([s["code"], s["name"], f"{s['ind']} ({s['target']})", acc, M.ACC[acc], no, L["name"], L["spec"], koef_text(L["koef"], "full"),
                            L["volume"], L["unit"], L["price"], L["ppn"], L["jumlah"]])
                L["printed"] = dict(no=str(no), name=L["name"], price=str(L["price"]), jumlah=str(L["jumlah"]), volume=str(L["volume"]))
    with open(os.path.join(DATA, fname), "w", encoding="utf-8-sig", newline="") as f: f.write(out.getvalue())

# ------------------------------------------------------------------ L4: SIPD-like born-digital PDF
def write_l4(d, fname):
    path = os.path.join(DATA, fname)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm, bottomMargin=14 * mm,
                            title="RKA SKPD 2.2.1", author="SIPD", creator="SIPD-RI")
    st = ParagraphStyle("s", fontName="DVC", fontSize=7.5, leading=9); sti = ParagraphStyle("i", fontName="DVC", fontSize=6.5, leading=8, textColor=colors.HexColor("#333333"))
    stb = ParagraphStyle("b", fontName="DVCB", fontSize=7.5, leading=9)
    tt = ParagraphStyle("t", fontName="DVB", fontSize=10, leading=13, alignment=1)
    def footer(c, doc_):
        c.saveState(); c.setFont("DV", 6.5)
        c.drawString(10 * mm, 7 * mm, "Dicetak melalui SIPD - Sistem Informasi Pemerintahan Daerah | RKA-SKPD 2.2.1 | " + d["opd"])
        c.drawRightString(287 * mm, 7 * mm, f"Halaman {doc_.page}"); c.restoreState()
    el = []; no = 0
    for si, s in enumerate(d["subs"]):
        if si: el.append(PageBreak())
        el.append(Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH<br/>PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", tt))
        el.append(Paragraph("Formulir RKA-BELANJA SKPD", ParagraphStyle("r", fontName="DVB", fontSize=8, alignment=2)))
        el.append(Spacer(1, 4))
        info = [("Urusan Pemerintahan", d["urusan"]), ("Organisasi", f"{d['opd_code']} {d['opd']}"), ("Program", d["program"]), ("Kegiatan", d["kegiatan"]),
                ("Sub Kegiatan", f"{s['code']} {s['name']}"), ("Sumber Pendanaan", "DAU"), ("Lokasi", s["lokasi"]), ("Waktu Pelaksanaan", "Januari s.d. Desember 2027"),
                ("Keluaran Sub Kegiatan", s["ind"])]
        t = Table([[Paragraph(k, st), ":", Paragraph(escape(v), st)] for k, v in info], colWidths=[40 * mm, 4 * mm, 230 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
        el.append(t); el.append(Spacer(1, 3))
        it = Table([["Indikator", "Tolok Ukur Kinerja", "Target Kinerja"], ["Capaian Kegiatan", "Persentase layanan yang terpenuhi", "100 %"],
                    ["Keluaran", Paragraph(escape(s["ind"]), st), s["target"]], ["Hasil", "Meningkatnya kinerja layanan " + d["opd"].split(" (")[0], "100 %"]],
                   colWidths=[40 * mm, 190 * mm, 44 * mm])
        it.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 7.5), ("FONT", (0, 0), (-1, 0), "DVCB", 7.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))
        el.append(it); el.append(Spacer(1, 4))
        el.append(Paragraph("RINCIAN ANGGARAN BELANJA SUB KEGIATAN", stb))
        data = [["Kode Rekening", "No", "Uraian", "Koefisien", "Satuan", "Harga (Rp)", "PPN", "Jumlah (Rp)"]]
        sty = [("FONT", (0, 0), (-1, 0), "DVCB", 7.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (5, 1), (-1, -1), "RIGHT"), ("FONT", (0, 1), (-1, -1), "DVC", 7.5)]
        total = 0
        for acc, ls in grouped(s["_lines"]):
            sub = sum(L["jumlah"] for L in ls); total += sub
            data.append([acc, "", Paragraph(escape(M.ACC[acc]), stb), "", "", "", "", rp(sub)])
            sty.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVCB", 7.5))
            for L in ls:
                no += 1; L["no"] = str(no)
                cell = [Paragraph(escape(L["name"]), st)]
                if L["spec"]: cell.append(Paragraph("Spesifikasi: " + escape(L["spec"]), sti))
                data.append(["", str(no), cell, koef_text(L["koef"], "full"), L["unit"], rp(L["price"]), f"{L['ppn']}%", rp(L["jumlah"])])
                L["printed"] = dict(no=str(no), name=L["name"], price=rp(L["price"]), jumlah=rp(L["jumlah"]), volume=None)
        data.append(["", "", Paragraph("JUMLAH", stb), "", "", "", "", rp(total)])
        t = Table(data, colWidths=[30 * mm, 10 * mm, 98 * mm, 40 * mm, 22 * mm, 26 * mm, 12 * mm, 32 * mm], repeatRows=1)
        t.setStyle(TableStyle(sty)); el.append(t)
        el.append(Spacer(1, 10))
        el.append(Paragraph("Samarinda, 14 Agustus 2026<br/>Kepala Satuan Polisi Pamong Praja<br/><br/><br/>(..............................)<br/>NIP. ........................", ParagraphStyle("sg", fontName="DV", fontSize=7.5, leading=9, leftIndent=190 * mm)))
    doc.build(el, onFirstPage=footer, onLaterPages=footer)

# ------------------------------------------------------------------ L5: scan (image-only PDF)
def write_l5(d, fname, truth_name):
    img, txt = draw_paper_rka(d, d["subs"][0], "KECAMATAN SUNGAI PINANG - KELURAHAN SUNGAI PINANG DALAM", "Lurah Sungai Pinang Dalam,", "Org")
    rng = np.random.default_rng(5)
    img = img.rotate(0.85, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    W, H = img.size
    a = np.asarray(img).astype(np.float32)
    grad = np.linspace(0, 28, W)[None, :] + np.linspace(0, 18, H)[:, None]
    a = a - grad * (a > 128) + rng.normal(0, 11, a.shape)
    speck = rng.random(a.shape) < 0.0009; a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L")
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=62); buf.seek(0)
    img = Image.open(buf).convert("L")
    img.save(os.path.join(DATA, fname), "PDF", resolution=200.0, title="scan", creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    with open(os.path.join(HERE, truth_name), "w", encoding="utf-8") as fh: fh.write("\n".join(txt) + "\n")

def write_l7(d, fname, truth_name):
    """phone photo of a printed page: perspective, shading, desk background, jpg"""
    page, txt = draw_paper_rka(d, d["subs"][0], "DINAS KOPERASI DAN USAHA KECIL MENENGAH", "Kepala Bidang Pemberdayaan UKM,", "org")
    page = page.convert("RGB")
    pw, ph = page.size
    BW, BH = 1800, 2400
    rng = np.random.default_rng(11)
    bg = np.zeros((BH, BW, 3), np.float32); bg[:] = (92, 70, 52)  # wooden desk
    bg += rng.normal(0, 6, (BH, BW, 1)) + np.linspace(0, 25, BW)[None, :, None]
    # destination quad of the page corners (tl, tr, br, bl)
    dst = [(150, 170), (1655, 120), (1710, 2290), (95, 2250)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    # solve perspective coeffs mapping output->input
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coeffs = np.linalg.solve(np.array(A, float), np.array(B, float))
    warped = page.transform((BW, BH), Image.PERSPECTIVE, tuple(coeffs), resample=Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform((BW, BH), Image.PERSPECTIVE, tuple(coeffs), resample=Image.BILINEAR, fillcolor=0)
    w = np.asarray(warped).astype(np.float32); m = np.asarray(mask).astype(np.float32)[..., None] / 255
    yy, xx = np.mgrid[0:BH, 0:BW]
    shade = 1 - 0.22 * ((xx / BW) ** 1.5) - 0.12 * (yy / BH) + 0.05 * np.sin(yy / 300.0)
    w = w * shade[..., None] * np.array([1.0, 0.97, 0.9])  # warm indoor light
    out = w * m + bg * (1 - m)
    out += rng.normal(0, 5, out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.0))
    img.save(os.path.join(DATA, fname), "JPEG", quality=72)
    with open(os.path.join(HERE, truth_name), "w", encoding="utf-8") as fh: fh.write("\n".join(txt) + "\n")

def draw_paper_rka(d, s, unit_line, signer, org_abbr):
    W, H = 1654, 2339  # A4 @ 200 dpi
    img = Image.new("L", (W, H), 255); dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 19); fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 19)
    ft = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 26)
    txt = []
    y = 90
    for line in ["PEMERINTAH KOTA SAMARINDA", unit_line, "RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027"]:
        w = dr.textlength(line, font=ft); dr.text(((W - w) / 2, y), line, font=ft, fill=0); txt.append(line); y += 38
    dr.line((100, y + 4, W - 100, y + 4), fill=0, width=3); y += 20
    info = [("Program", d["program"]), ("Kegiatan", d["kegiatan"]), ("Sub Kegiatan", f"{s['code']} {s['name']}"), ("Indikator Keluaran", f"{s['ind']}"),
            ("Target", s["target"]), ("Lokasi", s["lokasi"])]
    for k, v in info:
        dr.text((110, y), k, font=f, fill=0); dr.text((330, y), ": " + v, font=f, fill=0); txt.append(f"{k} : {v}"); y += 28
    y += 12
    cols = [("No", 60), ("Kode Rekening / Uraian", 640), ("Koefisien", 270), ("Satuan", 130), ("Harga Satuan", 180), ("Jumlah (Rp)", 200)]
    x0 = 90; xs = [x0]
    for _, w in cols: xs.append(xs[-1] + w)
    def row(cells, bold=False, hh=None):
        nonlocal y
        wrapped = []
        for (name, w), c in zip(cols, cells):
            fnt = fb if bold else f
            words = str(c).split(" "); linesx = [""]
            for wd in words:
                cand = (linesx[-1] + " " + wd).strip()
                if dr.textlength(cand, font=fnt) > w - 14: linesx.append(wd)
                else: linesx[-1] = cand
            wrapped.append(linesx)
        h = hh or (max(len(x) for x in wrapped) * 24 + 12)
        for i, lines_ in enumerate(wrapped):
            for j, t in enumerate(lines_):
                fnt = fb if bold else f
                if i >= 4 and not bold:
                    tw = dr.textlength(t, font=fnt); dr.text((xs[i + 1] - 8 - tw, y + 6 + j * 24), t, font=fnt, fill=0)
                else:
                    dr.text((xs[i] + 7, y + 6 + j * 24), t, font=fnt, fill=0)
        for xx in xs: dr.line((xx, y, xx, y + h), fill=0, width=2)
        dr.line((xs[0], y + h, xs[-1], y + h), fill=0, width=2)
        y += h
    dr.line((xs[0], y, xs[-1], y), fill=0, width=2)
    row([c for c, _ in cols], bold=True); txt.append(" | ".join(c for c, _ in cols))
    no = 0; total = 0
    for acc, ls in grouped(s["_lines"]):
        sub = sum(L["jumlah"] for L in ls); total += sub
        cells = ["", f"{acc} {M.ACC[acc]}", "", "", "", rp(sub)]
        row(cells, bold=True); txt.append(" | ".join(cells))
        for L in ls:
            no += 1; L["no"] = str(no)
            nm = L["name"] + (f" ({L['spec']})" if L["spec"] else "")
            cells = [str(no), nm, koef_text(L["koef"], "full").replace("Orang", org_abbr), L["unit"], rp(L["price"]), rp(L["jumlah"])]
            row(cells); txt.append(" | ".join(cells))
            L["printed"] = dict(no=str(no), name=L["name"], price=rp(L["price"]), jumlah=rp(L["jumlah"]), volume=None)
    row(["", "JUMLAH TOTAL", "", "", "", rp(total)], bold=True); txt.append(f"JUMLAH TOTAL | {rp(total)}")
    y += 40
    for line in ["Samarinda, 12 Agustus 2026", signer, "", "", "(................................)"]:
        dr.text((1150, y), line, font=f, fill=0); y += 28
    assert y < H - 60, y
    dr.ellipse((1180, y - 150, 1330, y - 20), outline=90, width=4)
    return img, txt

# ------------------------------------------------------------------ L6: PDF, no ruling lines, table continues without header
def write_l6(d, fname):
    path = os.path.join(DATA, fname)
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1); c.setTitle("RKA Kearsipan 2027"); c.setAuthor("Bidang Kearsipan")
    Wp, Hp = A4
    X = [14 * mm, 22 * mm, 92 * mm, 124 * mm, 150 * mm, 172 * mm, 196 * mm]  # no | uraian | koef | vol+sat | harga | jumlah(right edge)
    y = Hp - 18 * mm; page = 1
    def newpage():
        nonlocal y, page
        c.setFont("DV", 7); c.drawCentredString(Wp / 2, 8 * mm, f"- {page} -"); c.showPage(); page += 1; y = Hp - 14 * mm
    def need(h):
        if y - h < 16 * mm: newpage()
    c.setFont("DVB", 10); c.drawString(14 * mm, y, "RINCIAN RENCANA KERJA DAN ANGGARAN TAHUN 2027"); y -= 13
    c.setFont("DV", 8); c.drawString(14 * mm, y, d["opd"] + " - Pemerintah Kota Samarinda"); y -= 11
    c.drawString(14 * mm, y, d["program"]); y -= 10; c.drawString(14 * mm, y, d["kegiatan"]); y -= 16
    c.setFont("DVB", 7.5)
    for x, h in zip(X, ["No", "Uraian / Spesifikasi", "Koefisien", "Volume", "Harga Sat.", "Jumlah"]):
        if h in ("Harga Sat.", "Jumlah"): c.drawRightString(X[X.index(x) + 1] - 2 * mm if h == "Harga Sat." else X[6], y, h)
        else: c.drawString(x, y, h)
    y -= 12
    no = 0
    for s in d["subs"]:
        need(40)
        c.setFont("DVB", 7.5)
        for ln in simpleSplit(f"Sub Kegiatan {s['code']} {s['name']}", "DVB", 7.5, 180 * mm): c.drawString(14 * mm, y, ln); y -= 9.5
        c.setFont("DV", 7)
        for ln in simpleSplit(f"Keluaran: {s['ind']} - target {s['target']}; lokasi {s['lokasi']}", "DV", 7, 180 * mm): c.drawString(14 * mm, y, ln); y -= 9
        y -= 3
        total = 0
        for acc, ls in grouped(s["_lines"]):
            sub = sum(L["jumlah"] for L in ls); total += sub
            need(12); c.setFont("DVB", 7); c.drawString(22 * mm, y, f"{acc}  {M.ACC[acc]}"); c.drawRightString(X[6], y, rp(sub)); y -= 10
            for L in ls:
                no += 1; L["no"] = str(no)
                c.setFont("DV", 7)
                desc = simpleSplit(L["name"], "DV", 7, X[2] - X[1] - 3 * mm)
                if L["spec"]: desc += simpleSplit(L["spec"], "DV", 6.3, X[2] - X[1] - 3 * mm)
                kf = simpleSplit(koef_text(L["koef"], "lower"), "DV", 7, X[3] - X[2] - 2 * mm)
                h = max(len(desc), len(kf)) * 8.5 + 2
                need(h)
                c.setFont("DV", 7)
                c.drawString(X[0], y, str(no))
                nname = len(simpleSplit(L["name"], "DV", 7, X[2] - X[1] - 3 * mm))
                for i, ln in enumerate(desc):
                    c.setFont("DV", 7 if i < nname else 6.3); c.drawString(X[1], y - i * 8.5, ln)
                c.setFont("DV", 7)
                for i, ln in enumerate(kf): c.drawString(X[2], y - i * 8.5, ln)
                vs = f"{L['volume']} {L['unit']}"
                c.drawString(X[3], y, vs)
                c.drawRightString(X[5] - 2 * mm, y, rp(L["price"])); c.drawRightString(X[6], y, rp(L["jumlah"]))
                L["printed"] = dict(no=str(no), name=L["name"], price=rp(L["price"]), jumlah=rp(L["jumlah"]), volume=vs)
                y -= h
        need(14); c.setFont("DVB", 7.5); c.drawString(X[1], y, "Jumlah Sub Kegiatan"); c.drawRightString(X[6], y, rp(total)); y -= 18
    c.setFont("DV", 7); c.drawCentredString(Wp / 2, 8 * mm, f"- {page} -"); c.showPage(); c.save()

# ------------------------------------------------------------------ main
WRITERS = {"xlsx_sipd_sheet_per_subkeg": (write_l1, "xlsx"), "xlsx_inline_koef_text_prices_hidden_cols": (write_l2, "xlsx"),
           "csv_sipd_export_semicolon": (write_l3, "csv"), "pdf_sipd_print": (write_l4, "pdf"),
           "scan_image_pdf": (write_l5, "pdf"), "phone_photo_jpg": (write_l7, "jpg"), "pdf_no_ruling_continued_table": (write_l6, "pdf")}

def main():
    os.makedirs(DATA, exist_ok=True)
    for fn in os.listdir(DATA): os.remove(os.path.join(DATA, fn))
    docs = G.make_all()
    write_ssh(); write_sbu()
    manifest = []; truth = {"conventions": {"overpriced_margin": "harga satuan > 110% of catalogue price converted to the RKA unit",
                                            "ppn": "catalogue prices exclude PPN; RKA harga satuan excludes PPN; jumlah = volume x harga x (1 + PPN/100) where a PPN column exists, else volume x harga",
                                            "rounding": "jumlah rounded half-up to whole rupiah"}, "files": {}}
    for d in docs:
        fn_writer, ext = WRITERS[d["layout"]]
        fname = f"{d['stem']}.{ext}"
        if d["layout"] == "scan_image_pdf": fn_writer(d, fname, "scan_truth.txt")
        elif d["layout"] == "phone_photo_jpg": fn_writer(d, fname, "photo_truth.txt")
        else: fn_writer(d, fname)
        labels = {}; tl = []
        for s in d["subs"]:
            for L in s["_lines"]:
                assert L["no"] not in labels
                labels[L["no"]] = L["labels"]
                tl.append(dict(no=L["no"], sub_kegiatan_code=s["code"], sub_kegiatan_name=s["name"], indikator=s["ind"], account_code=L["acc"], account_name=L["acc_name"],
                               correct_account_code=L["correct_acc"], item=L["name"], spec=L["spec"], unit=L["unit"], koefisien=[list(k) for k in L["koef"]],
                               volume=L["volume"], volume_from_koefisien=L["volume_correct"], price=L["price"], ppn_percent=L["ppn"], jumlah=L["jumlah"],
                               jumlah_correct=L["jumlah_correct"], catalogue_ref=L["ref"], catalogue_key=L["key"],
                               duplicate_of_no=L["dup_of"]["no"] if "dup_of" in L else None, labels=L["labels"], notes=L["notes"], printed=L["printed"]))
        import re as _re
        tl.sort(key=lambda x: [int(p) if p.isdigit() else p for p in _re.split(r"[.]", x["no"])])
        lab_name = f"{d['stem']}.labels.json"
        with open(os.path.join(DATA, lab_name), "w", encoding="utf-8") as fh: json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append(dict(rka=fname, catalogues=[SSH_FILE, SBU_FILE], labels=lab_name, opd=d["opd"], layout=d["layout"]))
        truth["files"][fname] = dict(opd=d["opd"], layout=d["layout"], scan_truth={"scan_image_pdf": "scan_truth.txt", "phone_photo_jpg": "photo_truth.txt"}.get(d["layout"]), lines=tl)
    with open(os.path.join(DATA, "manifest.json"), "w", encoding="utf-8") as fh: json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w", encoding="utf-8") as fh: json.dump(truth, fh, indent=1, ensure_ascii=False)
    print("wrote", len(manifest), "RKA files")

if __name__ == "__main__":
    main()
