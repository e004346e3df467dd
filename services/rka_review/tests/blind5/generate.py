#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the blind5 RKA review evaluation set (Pemerintah Kota Samarinda, TA 2027).

Run with a Python that has openpyxl, reportlab, pillow, numpy:
    /tmp/b5/bin/python generate.py
Writes everything into ./data and self-checks every label (arithmetic, catalogue price
ceiling incl. unit conversion, presence of a price reference, duplicate ordering).
"""
import json, math, os, random, sys, io
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from catalog_data import SSH_SECTIONS, SBU_SECTIONS, all_items
from rka_data import RKAS

OUT = os.path.join(HERE, "data")
SSH_FILE = "ssh_kota_samarinda_2027.xlsx"
SBU_FILE = "sbu_kota_samarinda_2027.pdf"
CODES = {"O": "OVERPRICED", "N": "NO_PRICE_REFERENCE", "T": "OFF_TARGET",
         "A": "ARITHMETIC", "D": "DUPLICATE", "M": "ACCOUNT_MISMATCH"}
ITEMS = all_items()
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def rp(x):
    """Indonesian thousands format."""
    return f"{int(round(x)):,}".replace(",", ".")

# ------------------------------------------------------------------ model
def parse_koef(k):
    facs = []
    for part in k.split(" x "):
        num, unit = part.strip().split(" ", 1)
        facs.append((int(num.replace(".", "")), unit))
    vol = 1
    for n, _ in facs:
        vol *= n
    return facs, vol

def prepare():
    """merge same-account groups, sort by account, number lines, compute jumlah."""
    for r in RKAS:
        no = 0
        for sk in r["subs"]:
            merged = {}
            order = []
            for code, name, lines in sk["groups"]:
                if code not in merged:
                    merged[code] = (code, name, [])
                    order.append(code)
                merged[code][2].extend(lines)
            order.sort(key=lambda c: [int(x) for x in c.split(".")])
            sk["groups"] = [merged[c] for c in order]
            for code, name, lines in sk["groups"]:
                for l in lines:
                    no += 1
                    l.no = no
                    l.facs, l.vol = parse_koef(l.koef)
                    base = l.vol * l.harga
                    l.base = base
                    l.ppn_rp = round(base * l.ppn / 100)
                    l.correct = round(base * (1 + l.ppn / 100))
                    l.jumlah = l.correct
                    if "A" in l.lab:
                        e = l.err
                        if e == "noppn":
                            l.jumlah = round(base)
                        elif e == "minus1":
                            l.jumlah = round((l.vol - 1) * l.harga * (1 + l.ppn / 100))
                        else:
                            l.jumlah = int(e)
                    l.acct = code
                    l.labels = sorted({CODES[c] for c in l.lab})
                sk_tot = 0
            sk["total"] = sum(l.jumlah for _, _, ls in sk["groups"] for l in ls)
        r["n_lines"] = no

def check():
    errs = []
    for r in RKAS:
        seen = []
        for sk in r["subs"]:
            for code, name, lines in sk["groups"]:
                for l in lines:
                    tag = f'{r["stem"]}#{l.no} {l.uraian}'
                    # arithmetic
                    if ("A" in l.lab) != (l.jumlah != l.correct):
                        errs.append(f"{tag}: arithmetic label mismatch {l.jumlah} vs {l.correct}")
                    # price reference
                    if l.ref is None:
                        if "N" not in l.lab:
                            errs.append(f"{tag}: no ref but no N")
                    else:
                        it = ITEMS[l.ref]
                        if "N" in l.lab:
                            errs.append(f"{tag}: has ref but N")
                        ceil = it["harga"] * l.conv
                        over = l.harga > ceil + 1e-6
                        if over != ("O" in l.lab):
                            errs.append(f"{tag}: overprice label mismatch {l.harga} vs ceiling {ceil}")
                        if ceil > 0 and l.harga < 0.5 * ceil:
                            errs.append(f"{tag}: suspiciously cheap")
                    if "D" in l.lab and l.ref is not None and l.ref not in ("beras", "minyak", "gula", "nasi_kotak"):
                        if l.ref not in seen:
                            errs.append(f"{tag}: duplicate without earlier line of same item")
                    seen.append(l.ref)
    return errs

# ------------------------------------------------------------------ catalogues
def write_ssh():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    titles = ["PEMERINTAH KOTA SAMARINDA",
              "STANDAR SATUAN HARGA (SSH) BARANG DAN JASA",
              "TAHUN ANGGARAN 2027",
              "Lampiran I Peraturan Wali Kota Samarinda tentang Standar Harga Satuan Tahun Anggaran 2027"]
    for i, t in enumerate(titles, 1):
        ws.cell(i, 1, t).font = Font(bold=i < 4, size=13 if i < 4 else 10)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
    ws.cell(5, 1, "Catatan: harga satuan merupakan batas tertinggi dan belum termasuk PPN").font = Font(italic=True, size=9)
    ws.merge_cells("A5:F5")
    hdr = [("A6:A7", "Kode Barang"), ("B6:C6", "Uraian"), ("D6:D7", "Satuan"),
           ("E6:E7", "Harga Satuan (Rp)"), ("F6:F7", "Keterangan")]
    for rng, t in hdr:
        c = ws[rng.split(":")[0]]; c.value = t
        ws.merge_cells(rng)
    ws["B7"] = "Nama Barang/Jasa"; ws["C7"] = "Spesifikasi"
    for row in ws["A6:F8"]:
        for c in row:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = bd; c.fill = PatternFill("solid", fgColor="D9E1F2")
    for j in range(1, 7):
        ws.cell(8, j, f"({j})").font = Font(italic=True, size=8)
    r = 9
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for si, (sec, code, rows) in enumerate(SSH_SECTIONS):
        ws.cell(r, 1, f"{letters[si]}. {sec}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for k, n, s, u, p in rows:
            it = ITEMS[k]
            vals = [it["kode"], n, s, u, p, ""]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 5).number_format = "#,##0"
            r += 1
    for col, w in zip("ABCDEF", [20, 38, 52, 12, 18, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    wb.save(os.path.join(OUT, SSH_FILE))

def pdf_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import ParagraphStyle
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    except Exception:
        pass
    st = dict(
        n=ParagraphStyle("n", fontName="DV", fontSize=8, leading=10),
        b=ParagraphStyle("b", fontName="DVB", fontSize=8, leading=10),
        t=ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14, alignment=1),
        r=ParagraphStyle("r", fontName="DV", fontSize=8, leading=10, alignment=2),
        rb=ParagraphStyle("rb", fontName="DVB", fontSize=8, leading=10, alignment=2),
    )
    return st

def write_sbu():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    st = pdf_styles(); P = Paragraph
    doc = SimpleDocTemplate(os.path.join(OUT, SBU_FILE), pagesize=A4, leftMargin=15*mm, rightMargin=15*mm,
                            topMargin=15*mm, bottomMargin=15*mm, title="SBU Kota Samarinda 2027")
    el = [P("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA", st["t"]),
          P("STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA", st["t"]),
          P("TAHUN ANGGARAN 2027", st["t"]), Spacer(1, 4*mm),
          P("Besaran merupakan batas tertinggi. Satuan: OJ = orang/jam, OH = orang/hari, OB = orang/bulan, PP = pulang pergi.", st["n"]),
          Spacer(1, 3*mm)]
    for sec, rows in SBU_SECTIONS:
        el.append(P(sec, st["b"])); el.append(Spacer(1, 2*mm))
        data = [[P("No", st["b"]), P("Uraian", st["b"]), P("Satuan", st["b"]), P("Besaran (Rp)", st["rb"]), P("Keterangan", st["b"])]]
        for i, (k, n, u, p, ket) in enumerate(rows, 1):
            data.append([P(str(i), st["n"]), P(n, st["n"]), P(u, st["n"]), P(rp(p), st["r"]), P(ket, st["n"])])
        t = Table(data, colWidths=[10*mm, 90*mm, 25*mm, 25*mm, 30*mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        el += [t, Spacer(1, 5*mm)]
    doc.build(el)

# ------------------------------------------------------------------ RKA helpers
def top_rows(code):
    return "5.2" if code.startswith("5.2") else "5.1"

HIER = {"5.1": "BELANJA OPERASI", "5.1.02": "Belanja Barang dan Jasa", "5.2": "BELANJA MODAL"}

def hier_rows(sk):
    """yield ('H', code, name, total) / ('G', code, name, total) / ('L', line) rows in order."""
    rows = []
    cur_top = None; cur_mid = None
    groups = sk["groups"]
    def tot(pref):
        return sum(l.jumlah for c, _, ls in groups if c.startswith(pref) for l in ls)
    for code, name, lines in groups:
        tp = top_rows(code)
        if tp != cur_top:
            rows.append(("H", tp, HIER[tp], tot(tp))); cur_top = tp; cur_mid = None
        mid = ".".join(code.split(".")[:3])
        if mid != cur_mid:
            nm = HIER.get(mid) or {"5.2.02": "Belanja Modal Peralatan dan Mesin", "5.2.04": "Belanja Modal Jalan, Jaringan, dan Irigasi",
                                   "5.1.05": "Belanja Hibah"}.get(mid, "")
            rows.append(("H", mid, nm, tot(mid))); cur_mid = mid
        rows.append(("G", code, name, sum(l.jumlah for l in lines)))
        for l in lines:
            rows.append(("L", l))
    return rows

SIGN = {
 "Dinas Kesehatan": ("dr. Ismid Kusasih", "19700312 199903 1 004"),
 "Dinas Perhubungan": ("Hotmarulitua Manalu, S.T., M.T.", "19760605 200312 1 008"),
 "Dinas Lingkungan Hidup": ("Ir. Suwarso, M.Si.", "19690821 199503 1 002"),
 "Dinas Sosial": ("Hj. Deasy Evriyani, S.Sos., M.Si.", "19751110 199602 2 001"),
 "Badan Penanggulangan Bencana Daerah": ("Suwarso Hadi, S.Sos.", "19720117 199203 1 005"),
 "Kecamatan Samarinda Ulu": ("Amriansyah, S.STP., M.Si.", "19830922 200112 1 002"),
 "Dinas Komunikasi dan Informatika": ("Aji Syarif Hidayatullah, S.T., M.Si.", "19780404 200501 1 011"),
}

# ------------------------------------------------------------------ L1: single sheet, stacked sub-kegiatan
def write_L1(r):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "RKA 2.2.1"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    NC = 8
    row = 1
    for t in ["RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)",
              "PEMERINTAH KOTA SAMARINDA", "TAHUN ANGGARAN 2027"]:
        ws.cell(row, 1, t).font = Font(bold=True, size=12)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NC); row += 1
    row += 1
    for k, v in [("Urusan Pemerintahan", r["urusan"]), ("Bidang Urusan", r["bidang"]), ("Program", r["program"]),
                 ("Kegiatan", r["kegiatan"]), ("Organisasi", r["org"])]:
        ws.cell(row, 1, k); ws.cell(row, 2, ":"); ws.cell(row, 3, v)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=NC); row += 1
    for sk in r["subs"]:
        row += 1
        for k, v in [("Sub Kegiatan", f'{sk["kode"]} - {sk["nama"]}'), ("Sumber Pendanaan", sk["sumber"]),
                     ("Lokasi", sk["lokasi"]), ("Keluaran Sub Kegiatan", f'{sk["keluaran"]} : {sk["target"]}')]:
            ws.cell(row, 1, k).font = Font(bold=(k == "Sub Kegiatan"))
            ws.cell(row, 2, ":"); ws.cell(row, 3, v).font = Font(bold=(k == "Sub Kegiatan"))
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=NC); row += 1
        row += 1
        hdr = ["No", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan", "PPN", "Jumlah"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = bd
            c.alignment = Alignment(horizontal="center")
        row += 1
        for item in hier_rows(sk):
            if item[0] in "HG":
                _, code, name, tot = item
                ws.cell(row, 2, f"{code} - {name}" if item[0] == "G" else f"{code} {name}").font = Font(bold=True)
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
                c = ws.cell(row, 8, tot); c.number_format = "#,##0"; c.font = Font(bold=True)
            else:
                l = item[1]
                vals = [l.no, l.uraian, l.spek or None, l.koef, l.satuan, l.harga,
                        f"{l.ppn}%" if l.ppn else "0%", l.jumlah]
                for j, v in enumerate(vals, 1):
                    ws.cell(row, j, v)
                ws.cell(row, 6).number_format = "#,##0"; ws.cell(row, 8).number_format = "#,##0"
            for j in range(1, NC + 1):
                ws.cell(row, j).border = bd
            row += 1
        ws.cell(row, 2, "JUMLAH SUB KEGIATAN").font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        c = ws.cell(row, 8, sk["total"]); c.number_format = "#,##0"; c.font = Font(bold=True)
        row += 1
    row += 2
    nm, nip = SIGN[r["opd"]]
    for t in ["Samarinda, 14 Oktober 2026", f"Kepala {r['opd']},", "", "", nm, f"NIP. {nip}"]:
        ws.cell(row, 6, t); row += 1
    for col, w in zip("ABCDEFGH", [6, 58, 30, 30, 10, 15, 7, 17]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["stem"] + ".xlsx"))

# ------------------------------------------------------------------ L2: sheet per sub-kegiatan, 2-row merged header
def write_L2(r):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); wb.remove(wb.active)
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for si, sk in enumerate(r["subs"], 1):
        ws = wb.create_sheet(f"Sub Keg {si} ({sk['kode'][-4:]})")
        NC = 9
        row = 1
        for t in [f"RKA BELANJA SKPD - {r['opd'].upper()}", "KOTA SAMARINDA TAHUN ANGGARAN 2027"]:
            ws.cell(row, 1, t).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NC)
            ws.cell(row, 1).alignment = Alignment(horizontal="center"); row += 1
        row += 1
        for k, v in [("Urusan", r["urusan"]), ("Bidang Urusan", r["bidang"]), ("Program", r["program"]),
                     ("Kegiatan", r["kegiatan"]), ("Sub Kegiatan", f'{sk["kode"]} {sk["nama"]}'),
                     ("SKPD", r["org"]), ("Lokasi Kegiatan", sk["lokasi"]), ("Sumber Dana", sk["sumber"])]:
            ws.cell(row, 1, k); ws.cell(row, 3, ": " + v)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=NC); row += 1
        row += 1
        ws.cell(row, 1, "Indikator Kinerja"); ws.cell(row, 3, "Tolok Ukur Kinerja"); ws.cell(row, 8, "Target Kinerja")
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
        ws.merge_cells(start_row=row, start_column=8, end_row=row, end_column=9)
        for j in range(1, NC + 1):
            ws.cell(row, j).font = Font(bold=True); ws.cell(row, j).border = bd
        row += 1
        ws.cell(row, 1, "Keluaran"); ws.cell(row, 3, sk["keluaran"]); ws.cell(row, 8, sk["target"])
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
        ws.merge_cells(start_row=row, start_column=8, end_row=row, end_column=9)
        for j in range(1, NC + 1):
            ws.cell(row, j).border = bd
        row += 2
        h1 = row; h2 = row + 1
        for col, t in [(1, "Kode Rekening"), (2, "No"), (3, "Uraian"), (4, "Spesifikasi"), (9, "Jumlah (Rp)")]:
            ws.cell(h1, col, t); ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
        ws.cell(h1, 5, "Rincian Perhitungan"); ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=8)
        for col, t in [(5, "Koefisien"), (6, "Satuan"), (7, "Harga Satuan"), (8, "PPN")]:
            ws.cell(h2, col, t)
        for rr in (h1, h2):
            for j in range(1, NC + 1):
                c = ws.cell(rr, j); c.font = Font(bold=True); c.border = bd
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.fill = PatternFill("solid", fgColor="FCE4D6")
        row = h2 + 1
        for item in hier_rows(sk):
            if item[0] in "HG":
                _, code, name, tot = item
                ws.cell(row, 1, code); ws.cell(row, 3, name)
                ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=8)
                c = ws.cell(row, 9, tot); c.number_format = "#,##0"
                for j in (1, 3, 9):
                    ws.cell(row, j).font = Font(bold=True)
            else:
                l = item[1]
                vals = [None, l.no, l.uraian, l.spek or None, l.koef, l.satuan, l.harga,
                        f"{l.ppn}%" if l.ppn else None, l.jumlah]
                for j, v in enumerate(vals, 1):
                    ws.cell(row, j, v)
                ws.cell(row, 7).number_format = "#,##0"; ws.cell(row, 9).number_format = "#,##0"
            for j in range(1, NC + 1):
                ws.cell(row, j).border = bd
            row += 1
        ws.cell(row, 1, "Jumlah Total Sub Kegiatan").font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row, 9, sk["total"]); c.number_format = "#,##0"; c.font = Font(bold=True)
        row += 3
        nm, nip = SIGN[r["opd"]]
        for t in ["Samarinda, 9 Oktober 2026", f"Kepala {r['opd']}", "", "", nm, f"NIP {nip}"]:
            ws.cell(row, 7, t); row += 1
        for col, w in zip("ABCDEFGHI", [19, 5, 50, 26, 24, 11, 15, 6, 17]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["stem"] + ".xlsx"))

# ------------------------------------------------------------------ L3: key/value header, PPN in rupiah, summary sheet
def write_L3(r):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); summ = wb.active; summ.title = "Ringkasan"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    summ["A1"] = f"RINGKASAN RKA {r['opd'].upper()} TA 2027"; summ["A1"].font = Font(bold=True, size=12)
    summ.append([]); summ.append(["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Pagu (Rp)"])
    for sk in r["subs"]:
        summ.append([sk["kode"], sk["nama"], sk["total"]])
        summ.cell(summ.max_row, 3).number_format = "#,##0"
    summ.column_dimensions["A"].width = 22; summ.column_dimensions["B"].width = 70; summ.column_dimensions["C"].width = 18
    for si, sk in enumerate(r["subs"], 1):
        ws = wb.create_sheet(f"Rincian {si}")
        NC = 8
        ws.cell(1, 1, "RINCIAN BELANJA SUB KEGIATAN").font = Font(bold=True, size=12)
        ws.merge_cells("A1:H1"); ws["A1"].alignment = Alignment(horizontal="center")
        ws.cell(2, 1, "Pemerintah Kota Samarinda - Tahun Anggaran 2027")
        ws.merge_cells("A2:H2"); ws["A2"].alignment = Alignment(horizontal="center")
        row = 4
        for k, v in [("Perangkat Daerah", r["org"]), ("Urusan", r["urusan"]), ("Bidang Urusan", r["bidang"]),
                     ("Program", r["program"]), ("Kegiatan", r["kegiatan"]),
                     ("Sub Kegiatan", f'{sk["kode"]} - {sk["nama"]}'), ("Lokasi", sk["lokasi"]),
                     ("Sumber Dana", sk["sumber"]), ("Waktu Pelaksanaan", "Januari s.d. Desember 2027")]:
            ws.cell(row, 1, k).fill = PatternFill("solid", fgColor="E2EFDA")
            ws.cell(row, 2, v); ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=NC)
            for j in range(1, NC + 1):
                ws.cell(row, j).border = bd
            row += 1
        row += 1
        ws.cell(row, 1, "Indikator"); ws.cell(row, 2, "Tolok Ukur"); ws.cell(row, 7, "Target")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=8)
        for j in range(1, NC + 1):
            ws.cell(row, j).font = Font(bold=True); ws.cell(row, j).border = bd
        row += 1
        ws.cell(row, 1, "Keluaran (Output)"); ws.cell(row, 2, sk["keluaran"]); ws.cell(row, 7, sk["target"])
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=8)
        for j in range(1, NC + 1):
            ws.cell(row, j).border = bd
        row += 2
        hdr = ["No", "Uraian Belanja", "Spesifikasi", "Satuan", "Koefisien", "Harga Satuan (Rp)", "PPN (Rp)", "Jumlah (Rp)"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = bd
            c.fill = PatternFill("solid", fgColor="C6E0B4"); c.alignment = Alignment(horizontal="center", wrap_text=True)
        row += 1
        for item in hier_rows(sk):
            if item[0] == "H":
                continue
            if item[0] == "G":
                _, code, name, tot = item
                ws.cell(row, 1, f"{code}  {name}").font = Font(bold=True)
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
                c = ws.cell(row, 8, tot); c.number_format = "#,##0"; c.font = Font(bold=True)
            else:
                l = item[1]
                vals = [l.no, l.uraian, l.spek or "-", l.satuan, l.koef, l.harga, l.ppn_rp if l.ppn else "-", l.jumlah]
                for j, v in enumerate(vals, 1):
                    ws.cell(row, j, v)
                for j in (6, 7, 8):
                    ws.cell(row, j).number_format = "#,##0"
            for j in range(1, NC + 1):
                ws.cell(row, j).border = bd
            row += 1
        ws.cell(row, 1, "TOTAL").font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row, 8, sk["total"]); c.number_format = "#,##0"; c.font = Font(bold=True)
        ws.cell(row + 2, 1, "Ket: PPN 11% dihitung dari volume x harga satuan untuk barang/jasa kena pajak.").font = Font(italic=True, size=9)
        for col, w in zip("ABCDEFGH", [7, 52, 28, 10, 28, 17, 14, 18]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["stem"] + ".xlsx"))

# ------------------------------------------------------------------ L4: split koefisien columns
def write_L4(r):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "Rincian Belanja"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    NC = 14
    ws.cell(1, 1, f"{r['org'].split(' - ')[1].upper()} KOTA SAMARINDA").font = Font(bold=True, size=12)
    ws.cell(2, 1, "RINCIAN ANGGARAN BELANJA - RKA SKPD TAHUN ANGGARAN 2027").font = Font(bold=True, size=12)
    for rr in (1, 2):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=NC)
        ws.cell(rr, 1).alignment = Alignment(horizontal="center")
    row = 4
    for k, v in [("URUSAN", r["urusan"]), ("BIDANG", r["bidang"]), ("PROGRAM", r["program"]), ("KEGIATAN", r["kegiatan"]),
                 ("ORGANISASI", r["org"])]:
        ws.cell(row, 1, k); ws.cell(row, 3, v)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=NC); row += 1
    row += 1
    hdr = ["No", "Kode Rekening", "Uraian", "Vol 1", "Sat 1", "Vol 2", "Sat 2", "Vol 3", "Sat 3",
           "Volume", "Satuan", "Harga Satuan", "PPN (%)", "Jumlah"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = bd
        c.fill = PatternFill("solid", fgColor="FFF2CC"); c.alignment = Alignment(horizontal="center")
    row += 1
    for sk in r["subs"]:
        for t in [f"SUB KEGIATAN : {sk['kode']} {sk['nama']}",
                  f"Keluaran : {sk['keluaran']} | Target : {sk['target']}",
                  f"Lokasi : {sk['lokasi']} | Sumber Dana : {sk['sumber']}"]:
            ws.cell(row, 1, t).font = Font(bold=t.startswith("SUB"))
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NC - 1)
            if t.startswith("SUB"):
                c = ws.cell(row, NC, sk["total"]); c.number_format = "#,##0"; c.font = Font(bold=True)
            ws.cell(row, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            row += 1
        for item in hier_rows(sk):
            if item[0] in "HG":
                _, code, name, tot = item
                ws.cell(row, 2, code); ws.cell(row, 3, name)
                ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=NC - 1)
                c = ws.cell(row, NC, tot); c.number_format = "#,##0"
                for j in (2, 3, NC):
                    ws.cell(row, j).font = Font(bold=True)
            else:
                l = item[1]
                ur = l.uraian + (f" ({l.spek})" if l.spek else "")
                ws.cell(row, 1, l.no); ws.cell(row, 3, ur)
                for fi, (n, u) in enumerate(l.facs[:3]):
                    ws.cell(row, 4 + 2 * fi, n); ws.cell(row, 5 + 2 * fi, u)
                ws.cell(row, 10, l.vol); ws.cell(row, 11, l.satuan); ws.cell(row, 12, l.harga)
                ws.cell(row, 13, l.ppn); ws.cell(row, 14, l.jumlah)
                for j in (10, 12, 14):
                    ws.cell(row, j).number_format = "#,##0"
            for j in range(1, NC + 1):
                ws.cell(row, j).border = bd
            row += 1
        row += 1
    ws.cell(row, 3, "TOTAL BELANJA").font = Font(bold=True)
    c = ws.cell(row, NC, sum(sk["total"] for sk in r["subs"])); c.number_format = "#,##0"; c.font = Font(bold=True)
    row += 3
    nm, nip = SIGN[r["opd"]]
    for t in ["Samarinda, 10 Oktober 2026", "Kepala Pelaksana BPBD Kota Samarinda", "", "", nm, f"NIP. {nip}"]:
        ws.cell(row, 11, t); row += 1
    for col, w in zip("ABCDEFGHIJKLMN", [5, 19, 62, 7, 9, 7, 9, 7, 8, 9, 11, 14, 8, 17]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["stem"] + ".xlsx"))

# ------------------------------------------------------------------ text PDF printout
def write_PDF(r):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    st = pdf_styles(); P = Paragraph
    doc = SimpleDocTemplate(os.path.join(OUT, r["stem"] + ".pdf"), pagesize=landscape(A4),
                            leftMargin=12*mm, rightMargin=12*mm, topMargin=12*mm, bottomMargin=12*mm,
                            title=f"RKA {r['opd']} 2027")
    el = []
    for si, sk in enumerate(r["subs"]):
        if si:
            el.append(PageBreak())
        el += [P("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", st["t"]),
               P("PEMERINTAH KOTA SAMARINDA - TAHUN ANGGARAN 2027", st["t"]), Spacer(1, 3*mm)]
        kv = [("Urusan Pemerintahan", r["urusan"]), ("Bidang Urusan", r["bidang"]), ("Program", r["program"]),
              ("Kegiatan", r["kegiatan"]), ("Sub Kegiatan", f'{sk["kode"]} - {sk["nama"]}'),
              ("Organisasi", r["org"]), ("Lokasi", sk["lokasi"]), ("Sumber Pendanaan", sk["sumber"]),
              ("Keluaran", f'{sk["keluaran"]} — Target: {sk["target"]}')]
        t = Table([[P(k, st["n"]), P(": " + v, st["n"])] for k, v in kv], colWidths=[42*mm, 228*mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        el += [t, Spacer(1, 3*mm)]
        data = [[P(h, st["b"]) for h in ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan",
                                          "Harga Satuan", "PPN", "Jumlah (Rp)"]]]
        bold_rows = []
        for item in hier_rows(sk):
            if item[0] in "HG":
                _, code, name, tot = item
                data.append(["", P(code, st["b"]), P(name, st["b"]), "", "", "", "", "", P(rp(tot), st["rb"])])
                bold_rows.append(len(data) - 1)
            else:
                l = item[1]
                data.append([P(str(l.no), st["n"]), "", P(l.uraian, st["n"]), P(l.spek, st["n"]), P(l.koef, st["n"]),
                             P(l.satuan, st["n"]), P(rp(l.harga), st["r"]), P(f"{l.ppn}%" if l.ppn else "-", st["n"]),
                             P(rp(l.jumlah), st["r"])])
        data.append(["", "", P("JUMLAH SUB KEGIATAN", st["b"]), "", "", "", "", "", P(rp(sk["total"]), st["rb"])])
        tb = Table(data, colWidths=[8*mm, 36*mm, 62*mm, 36*mm, 34*mm, 18*mm, 23*mm, 12*mm, 31*mm], repeatRows=1)
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]
        for br in bold_rows:
            sty.append(("BACKGROUND", (0, br), (-1, br), colors.HexColor("#F3F3F3")))
        tb.setStyle(TableStyle(sty))
        el.append(tb)
    nm, nip = SIGN[r["opd"]]
    el += [Spacer(1, 8*mm)] + [P(t, st["n"]) for t in
          ["Samarinda, 13 Oktober 2026", f"Kepala {r['opd']} Kota Samarinda", "<br/><br/><br/>", nm, f"NIP. {nip}"]]
    doc.build(el)

# ------------------------------------------------------------------ scanned page (image-only PDF)
def write_SCAN(r):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    W, H = 1654, 2339  # A4 @ 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 20); fb = ImageFont.truetype(FONTB, 20); ft = ImageFont.truetype(FONTB, 27)
    fs = ImageFont.truetype(FONT, 19)
    y = 90
    for t in ["RENCANA KERJA DAN ANGGARAN SKPD (RKA-SKPD)", "PEMERINTAH KOTA SAMARINDA  -  TAHUN ANGGARAN 2027"]:
        w = d.textlength(t, font=ft); d.text(((W - w) / 2, y), t, font=ft, fill=0); y += 42
    y += 18
    sk = r["subs"][0]
    for k, v in [("Urusan", r["urusan"]), ("Bidang Urusan", r["bidang"]), ("Program", r["program"]),
                 ("Kegiatan", r["kegiatan"]), ("Sub Kegiatan", f'{sk["kode"]} - {sk["nama"]}'),
                 ("Organisasi", r["org"]), ("Lokasi", sk["lokasi"]), ("Sumber Dana", sk["sumber"]),
                 ("Keluaran", f'{sk["keluaran"]} : {sk["target"]}')]:
        d.text((110, y), k, font=fs, fill=0); d.text((330, y), ":", font=fs, fill=0)
        # wrap long values
        words = v.split(); line = ""; lines = []
        for wd in words:
            if d.textlength(line + " " + wd, font=fs) > 1180:
                lines.append(line); line = wd
            else:
                line = (line + " " + wd).strip()
        lines.append(line)
        for ln in lines:
            d.text((350, y), ln, font=fs, fill=0); y += 29
    y += 20
    cols = [(60, "No"), (112, "Uraian"), (712, "Koefisien"), (985, "Satuan"), (1112, "Harga Sat."), (1280, "PPN"),
            (1345, "Jumlah (Rp)")]
    left, right = 60, 1595
    x_edges = [c[0] for c in cols] + [right]
    rh = 37
    def hline(yy):
        d.line([(left, yy), (right, yy)], fill=0, width=2)
    def vlines(y0, y1, edges):
        for x in edges:
            d.line([(x, y0), (x, y1)], fill=0, width=2)
    hline(y)
    for x, t in cols:
        d.text((x + 7, y + 7), t, font=fb, fill=0)
    vlines(y, y + rh, x_edges)
    y += rh; hline(y)
    def rtext(xr, yy, t, font):
        w = d.textlength(t, font=font); d.text((xr - w - 7, yy), t, font=font, fill=0)
    for item in hier_rows(sk):
        if item[0] == "H":
            continue
        if item[0] == "G":
            _, code, name, tot = item
            txt = f"{code} {name}"
            while d.textlength(txt, font=fb) > 1345 - 112 - 14:
                txt = txt[:-1]
            d.text((112 + 7, y + 7), txt, font=fb, fill=0)
            rtext(right, y + 7, rp(tot), fb)
            vlines(y, y + rh, [left, 112, 1345, right])
        else:
            l = item[1]
            d.text((67, y + 7), str(l.no), font=f, fill=0)
            assert d.textlength(l.uraian, font=f) < 600 - 14, l.uraian
            assert d.textlength(l.koef, font=f) < 273 - 14, l.koef
            d.text((119, y + 7), l.uraian, font=f, fill=0)
            d.text((719, y + 7), l.koef, font=f, fill=0)
            d.text((992, y + 7), l.satuan, font=f, fill=0)
            rtext(1280, y + 7, rp(l.harga), f)
            d.text((1287, y + 7), f"{l.ppn}%" if l.ppn else "-", font=f, fill=0)
            rtext(right, y + 7, rp(l.jumlah), f)
            vlines(y, y + rh, x_edges)
        y += rh; hline(y)
    d.text((119, y + 7), "JUMLAH", font=fb, fill=0); rtext(right, y + 7, rp(sk["total"]), fb)
    vlines(y, y + rh, [left, 112, 1345, right])
    y += rh; hline(y)
    y += 50
    nm, nip = SIGN[r["opd"]]
    for t in ["Samarinda, 12 Oktober 2026", "Camat Samarinda Ulu,", "", "", nm, f"NIP. {nip}"]:
        d.text((1150, y), t, font=f, fill=0); y += 32
    # stamp-like circle
    d.ellipse([(1080, y - 200), (1260, y - 20)], outline=90, width=4)
    assert y < H - 40, y
    # scan artefacts
    rnd = np.random.default_rng(2027)
    img = img.rotate(-1.3, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    grad = np.linspace(0, 18, W)[None, :]  # uneven lighting
    arr = arr - grad + rnd.normal(0, 11, arr.shape)
    speck = rnd.random(arr.shape) < 0.0009
    arr[speck] = rnd.integers(0, 120, speck.sum())
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=38); buf.seek(0)
    img = Image.open(buf).convert("L")
    img.save(os.path.join(OUT, r["stem"] + ".pdf"), "PDF", resolution=200.0)
    return r["stem"] + ".pdf"

WRITERS = {"L1": write_L1, "L2": write_L2, "L3": write_L3, "L4": write_L4, "PDF": write_PDF, "SCAN": write_SCAN}

def main():
    os.makedirs(OUT, exist_ok=True)
    prepare()
    errs = check()
    if errs:
        print("\n".join(errs)); sys.exit(1)
    write_ssh(); write_sbu()
    manifest = []
    tot_lines = 0; per_type = Counter(); flagged = 0
    for r in RKAS:
        WRITERS[r["layout"]](r)
        ext = ".xlsx" if r["layout"].startswith("L") else ".pdf"
        labels = {}
        for sk in r["subs"]:
            for _, _, ls in sk["groups"]:
                for l in ls:
                    labels[str(l.no)] = l.labels
                    per_type.update(l.labels); flagged += bool(l.labels)
        assert sorted(map(int, labels)) == list(range(1, r["n_lines"] + 1))
        lf = r["stem"] + ".labels.json"
        json.dump({"labels": labels}, open(os.path.join(OUT, lf), "w"), indent=1, ensure_ascii=False)
        manifest.append({"rka": r["stem"] + ext, "catalogues": [SSH_FILE, SBU_FILE], "labels": lf})
        tot_lines += r["n_lines"]
        c = Counter(x for v in labels.values() for x in v)
        print(f'{r["stem"]+ext:36s} {r["layout"]:5s} lines={r["n_lines"]:3d} flagged={sum(bool(v) for v in labels.values()):3d} {dict(c)}')
    json.dump(manifest, open(os.path.join(OUT, "manifest.json"), "w"), indent=1)
    print(f"TOTAL lines={tot_lines} flagged={flagged} ({flagged/tot_lines:.1%})", dict(per_type))
    print("SSH items:", sum(len(s[2]) for s in SSH_SECTIONS), " SBU items:", sum(len(s[1]) for s in SBU_SECTIONS))

if __name__ == "__main__":
    main()
