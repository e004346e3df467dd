#!/usr/bin/env python3
"""Deterministic generator of the blind RKA-review set (review11). Run from the scratch venv:
   /work/scratch/review11/bin/python generate.py
"""
import json, math, os, random
from collections import OrderedDict
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from reportlab import rl_config
rl_config.invariant = 1  # reproducible PDFs
from reportlab.lib.pagesizes import A4, landscape
import datetime
FIXED_TIME = datetime.datetime(2026, 12, 3, 8, 0, 0)
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from catalog_data import CAT, SSH_CATS, SBU_SECTIONS
from rka_data import RKAS, ACC

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
SSH_FILE = "ssh_kota_samarinda_ta2027.xlsx"
SBU_FILE = "sbu_kota_samarinda_ta2027.pdf"
LABEL = dict(OP="OVERPRICED", NR="NO_PRICE_REFERENCE", OT="OFF_TARGET", AR="ARITHMETIC",
             DU="DUPLICATE", AM="ACCOUNT_MISMATCH")
ABBR = {"Orang": "org", "Kali": "kl", "Hari": "hr", "Lembar": "lbr", "Jam": "jam", "Buah": "bh",
        "Unit": "unit", "Bulan": "bln", "Malam": "mlm", "Balita": "blt", "Kegiatan": "keg"}


def rp(n):
    return f"{int(n):,}".replace(",", ".")


def rp_text(n):
    return "Rp " + rp(n)


def ceil_to(x, step):
    return int(math.ceil(x / step) * step)


def ar_apply(j, mode):
    s = str(j)
    if mode == "x10":
        return j * 10
    if mode == "d10":
        return j // 10
    if mode == "swap":
        for i in range(1, len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                return int(t)
    return j + 10 ** (len(s) - 2)  # "plus": second digit mistyped


def build_lines(rka):
    """Resolve every line: name, spec, unit, price, volume, PPN, stated jumlah, No; grouped by account."""
    ppn_layout = rka["layout"][0] in ("A", "P")
    out_subs = []
    n = 0
    for si, sub in enumerate(rka["subs"], 1):
        groups = OrderedDict()
        for ln in sub["lines"]:
            groups.setdefault(ln["acc"], []).append(ln)
        resolved = []
        li = 0
        for acc, lines in groups.items():
            for ln in lines:
                c = CAT.get(ln["ref"]) if ln["ref"] else None
                conv = ln.get("conv", 1)
                name = ln.get("name") or c["name"]
                spec = ln.get("spec", (c["spec"] if c and c["src"] == "SSH" else ""))
                if ln.get("spec") is None and c and c["src"] == "SSH" and ln.get("name") and "spec" not in ln:
                    spec = c["spec"]
                unit = ln.get("unit") or c["unit"]
                ref_price = c["price"] * conv if c else None
                if "p" in ln:
                    price = ln["p"]
                elif "op" in ln:
                    price = ceil_to(ref_price * ln["op"], 500 if ref_price >= 10000 else 50)
                else:
                    price = int(round(ref_price))
                q = ln["q"]
                if isinstance(q, list):
                    prod = 1
                    for a, _ in q:
                        prod *= a
                    koef = " x ".join(f"{a} {u}" for a, u in q)
                else:
                    prod = q
                    koef = f"{rp(q)} {unit}"
                vol = ln.get("vol", prod)
                goods = ACC[acc][0].startswith("5.1.02.01") or ACC[acc][0].startswith("5.2")
                if c:
                    goods = c["src"] == "SSH"
                ppn = (11 if goods else 0) if ppn_layout else None
                true_j = int(round(vol * price * (1 + (ppn or 0) / 100)))
                stated = true_j
                if "AR" in ln["lab"] and "ar" in ln:
                    stated = ar_apply(true_j, ln["ar"])
                n += 1
                li += 1
                no = f"{si}.{li}" if rka.get("numbering") == "dotted" else str(n)
                resolved.append(dict(no=no, acc=acc, acc_code=ACC[acc][0], ref=ln["ref"],
                                     ref_src=c["src"] if c else None, ref_price=ref_price, conv=conv,
                                     name=name, spec=spec, unit=unit, koef=koef, koef_parts=q if isinstance(q, list) else None,
                                     koef_product=prod, vol=vol, price=price, ppn=ppn, jumlah=stated,
                                     correct_jumlah=true_j, ar_mode=ln.get("ar", "vol" if "AR" in ln["lab"] else None),
                                     labels=[LABEL[x] for x in ln["lab"]]))
        out_subs.append(dict(sub, resolved=resolved))
    return out_subs


def acc_groups(resolved):
    g = OrderedDict()
    for r in resolved:
        g.setdefault(r["acc"], []).append(r)
    return g


thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(name="Arial", bold=True, size=10)
N = Font(name="Arial", size=10)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")


def fix_props(wb):
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "Operator SIPD"


def put(ws, r, c, v, font=N, border=True, align=None, fill=None, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = font
    if border:
        cell.border = BOX
    if align:
        cell.alignment = align
    if fill:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    return cell


def header_block(rka, sub):
    return [("Urusan Pemerintahan", rka["urusan"]), ("Bidang Urusan", rka["bidang"]),
            ("Program", sub.get("prog", rka["program"])), ("Kegiatan", sub.get("keg", rka["kegiatan"]) or "-"),
            ("Sub Kegiatan", f"{sub['code']} - {sub['name']}"),
            ("Organisasi", f"{rka['opd_code']} - {rka['opd']}"),
            ("Lokasi", sub["lokasi"]), ("Sumber Pendanaan", "DAU / Pendapatan Asli Daerah"),
            ("Waktu Pelaksanaan", "Januari s.d. Desember 2027")]


# ---------------------------------------------------------------- layout A
def write_layout_a(rka, subs, path):
    wb = Workbook()
    wb.remove(wb.active)
    for sub in subs:
        ws = wb.create_sheet(sub["code"][-4:] + " " + sub["name"].split()[-1][:18])
        widths = [6, 20, 44, 30, 20, 9, 9, 15, 8, 18]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w
        r = 1
        for t in ["RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH",
                  "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", "Formulir RKA-BELANJA SKPD"]:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            put(ws, r, 1, t, B, False, CENTER)
            r += 1
        r += 1
        for k, v in header_block(rka, sub):
            put(ws, r, 1, k, N, False)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            put(ws, r, 3, ": " + v, N, False)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            r += 1
        r += 1
        put(ws, r, 1, "Indikator", B, True, CENTER, GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 3, "Tolok Ukur Kinerja", B, True, CENTER, GREY)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        put(ws, r, 9, "Target Kinerja", B, True, CENTER, GREY)
        ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=10)
        r += 1
        for ind, tk, tg in [("Capaian Kegiatan", "Persentase capaian layanan sesuai SPM", "100 %"),
                            ("Keluaran", sub["ind"], sub["target"])]:
            put(ws, r, 1, ind)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            put(ws, r, 3, tk, N, True, WRAP)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            put(ws, r, 9, tg)
            ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=10)
            r += 1
        r += 1
        h1 = r
        for c, t in [(1, "No"), (2, "Kode Rekening"), (3, "Uraian"), (4, "Spesifikasi"), (10, "Jumlah (Rp)")]:
            put(ws, h1, c, t, B, True, CENTER, GREY)
            put(ws, h1 + 1, c, None, B, True, CENTER, GREY)
            ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
        put(ws, h1, 5, "Rincian Perhitungan", B, True, CENTER, GREY)
        for c in range(6, 10):
            put(ws, h1, c, None, B, True, CENTER, GREY)
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        for c, t in zip(range(5, 10), ["Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)"]):
            put(ws, h1 + 1, c, t, B, True, CENTER, GREY)
        r = h1 + 2
        tot = 0
        for acc, lines in acc_groups(sub["resolved"]).items():
            st = sum(x["jumlah"] for x in lines)
            tot += st
            put(ws, r, 1, None); put(ws, r, 2, ACC[acc][0], B); put(ws, r, 3, ACC[acc][1], B, True, WRAP)
            for c in range(4, 10):
                put(ws, r, c, None)
            put(ws, r, 10, st, B, fmt="#,##0")
            r += 1
            for x in lines:
                vals = [int(x["no"]), None, x["name"], x["spec"], x["koef"], x["vol"], x["unit"], x["price"], x["ppn"], x["jumlah"]]
                for c, v in enumerate(vals, 1):
                    put(ws, r, c, v, N, True, WRAP if c in (3, 4) else None, fmt="#,##0" if c in (6, 8, 10) else None)
                r += 1
        put(ws, r, 1, "JUMLAH TOTAL SUB KEGIATAN", B)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 10, tot, B, fmt="#,##0")
        r += 2
        put(ws, r, 8, "Samarinda, 3 Desember 2026", N, False); r += 1
        put(ws, r, 8, "Kepala Dinas Kesehatan", N, False); r += 4
        put(ws, r, 8, "dr. (nama disamarkan), M.Kes", B, False); r += 1
        put(ws, r, 8, "NIP. 19xxxxxx xxxxxx x xxx", N, False)
    fix_props(wb); wb.save(path)


# ---------------------------------------------------------------- layout B
def write_layout_b(rka, subs, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA 2027"
    for col, w in zip("ABCDEFGHI", [19, 6, 46, 22, 8, 9, 16, 19, 38]):
        ws.column_dimensions[col].width = w
    r = 1
    for t in ["PEMERINTAH KOTA SAMARINDA", rka["opd"].upper(),
              "RINCIAN ANGGARAN BELANJA SUB KEGIATAN - RANCANGAN TA 2027 (bahan asistensi TAPD)"]:
        put(ws, r, 1, t, B, False); r += 1
    put(ws, r, 1, "Urusan: " + rka["bidang"], N, False); r += 1
    put(ws, r, 1, "Program: " + rka["program"], N, False); r += 2
    hdr = ["Kode Rekening", "No.", "Uraian / Komponen", "Koefisien", "Vol", "Sat.", "Harga Satuan", "Jumlah", "Spesifikasi / Keterangan"]
    grand = 0
    for sub in subs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, f"SUB KEGIATAN : {sub['code']}  {sub['name']}", B, True, None, GREY); r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, f"Indikator Keluaran : {sub['ind']}   |   Target : {sub['target']}   |   Lokasi : {sub['lokasi']}", N); r += 1
        for c, t in enumerate(hdr, 1):
            put(ws, r, c, t, B, True, CENTER)
        r += 1
        tot = 0
        for acc, lines in acc_groups(sub["resolved"]).items():
            st = sum(x["jumlah"] for x in lines); tot += st
            put(ws, r, 1, ACC[acc][0], B); put(ws, r, 2, None); put(ws, r, 3, ACC[acc][1], B, True, WRAP)
            for c in (4, 5, 6, 7, 9):
                put(ws, r, c, None)
            put(ws, r, 8, rp_text(st), B, align=Alignment(horizontal="right"))
            r += 1
            for x in lines:
                vals = [None, x["no"], x["name"], x["koef"], x["vol"], x["unit"], rp_text(x["price"]), rp_text(x["jumlah"]), x["spec"]]
                for c, v in enumerate(vals, 1):
                    put(ws, r, c, v, N, True, WRAP if c in (3, 9) else (Alignment(horizontal="right") if c in (7, 8) else None))
                r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, "JUMLAH SUB KEGIATAN", B); put(ws, r, 8, rp_text(tot), B, align=Alignment(horizontal="right")); r += 2
        grand += tot
    put(ws, r, 1, "TOTAL BELANJA", B); put(ws, r, 8, rp_text(grand), B, align=Alignment(horizontal="right")); r += 2
    put(ws, r, 7, "Samarinda, 3 Desember 2026", N, False); r += 1
    put(ws, r, 7, "Kepala Dinas PUPR Kota Samarinda", N, False); r += 4
    put(ws, r, 7, "(nama disamarkan)", B, False)
    put(ws, r + 2, 1, "Catatan: harga satuan belum termasuk PPN; volume upah dalam OH.", Font(name="Arial", italic=True, size=9), False)
    fix_props(wb); wb.save(path)


# ---------------------------------------------------------------- layout C
def write_layout_c(rka, subs, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Rincian Belanja"
    for col, w in zip("ABCDEFGHI", [7, 42, 34, 24, 8, 9, 14, 17, 19]):
        ws.column_dimensions[col].width = w
    r = 1
    put(ws, r, 1, "DRAFT II - RINCIAN BELANJA " + rka["opd"].upper(), B, False); r += 1
    put(ws, r, 1, "Tahun Anggaran 2027 | " + rka["program"] + " | " + rka["kegiatan"], N, False); r += 2
    # three-row header
    h = r
    for c, t in [(1, "No"), (8, "Jumlah (Rp)"), (9, "Kode Rek.")]:
        put(ws, h, c, t, B, True, CENTER, GREY)
        for k in (1, 2):
            put(ws, h + k, c, None, B, True, CENTER, GREY)
        ws.merge_cells(start_row=h, start_column=c, end_row=h + 2, end_column=c)
    put(ws, h, 2, "Uraian Belanja", B, True, CENTER, GREY); put(ws, h, 3, None, B, True, CENTER, GREY)
    ws.merge_cells(start_row=h, start_column=2, end_row=h, end_column=3)
    for c, t in [(2, "Komponen"), (3, "Spesifikasi")]:
        put(ws, h + 1, c, t, B, True, CENTER, GREY); put(ws, h + 2, c, None, B, True, CENTER, GREY)
        ws.merge_cells(start_row=h + 1, start_column=c, end_row=h + 2, end_column=c)
    put(ws, h, 4, "Rincian Perhitungan", B, True, CENTER, GREY)
    for c in (5, 6, 7):
        put(ws, h, c, None, B, True, CENTER, GREY)
    ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=7)
    put(ws, h + 1, 4, "Volume", B, True, CENTER, GREY); put(ws, h + 1, 5, None, B, True, CENTER, GREY)
    ws.merge_cells(start_row=h + 1, start_column=4, end_row=h + 1, end_column=5)
    put(ws, h + 1, 6, "Tarif", B, True, CENTER, GREY); put(ws, h + 1, 7, None, B, True, CENTER, GREY)
    ws.merge_cells(start_row=h + 1, start_column=6, end_row=h + 1, end_column=7)
    for c, t in zip((4, 5, 6, 7), ("Koefisien", "Jml", "Satuan", "Harga (Rp)")):
        put(ws, h + 2, c, t, B, True, CENTER, GREY)
    r = h + 3
    summary = []
    for sub in subs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, f"Sub Kegiatan {sub['code']} {sub['name']}", B, True, None, PatternFill("solid", fgColor="FFF2CC")); r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, f"Keluaran: {sub['ind']} - Target {sub['target']} ({sub['lokasi']})", N); r += 1
        tot = 0
        for acc, lines in acc_groups(sub["resolved"]).items():
            put(ws, r, 1, None); put(ws, r, 2, ACC[acc][1], B, True, WRAP)
            for c in range(3, 9):
                put(ws, r, c, None)
            put(ws, r, 9, ACC[acc][0], B); r += 1
            for x in lines:
                vals = [x["no"], x["name"], x["spec"], x["koef"], x["vol"], x["unit"], x["price"], x["jumlah"], None]
                for c, v in enumerate(vals, 1):
                    put(ws, r, c, v, N, True, WRAP if c in (2, 3) else None, fmt="#,##0" if c in (5, 7, 8) else None)
                r += 1
            st = sum(x["jumlah"] for x in lines); tot += st
            put(ws, r, 1, None); put(ws, r, 2, f"Sub Jumlah {ACC[acc][0]}", Font(name="Arial", italic=True, size=10))
            for c in range(3, 8):
                put(ws, r, c, None)
            put(ws, r, 8, st, B, fmt="#,##0"); put(ws, r, 9, None); r += 1
        summary.append((sub["code"], sub["name"], tot))
        r += 1
    ws2 = wb.create_sheet("Ringkasan")
    ws2.column_dimensions["B"].width = 60; ws2.column_dimensions["C"].width = 20; ws2.column_dimensions["A"].width = 20
    put(ws2, 1, 1, "Ringkasan per Sub Kegiatan", B, False)
    for i, (c, n_, t) in enumerate(summary, 3):
        put(ws2, i, 1, c); put(ws2, i, 2, n_); put(ws2, i, 3, t, fmt="#,##0")
    fix_props(wb); wb.save(path)


# ---------------------------------------------------------------- layout D
def koef_short(x):
    if x["koef_parts"]:
        s = " x ".join(f"{a} {ABBR.get(u, u.lower())}" for a, u in x["koef_parts"])
        return f"{s} = {rp(x['vol'])} {x['unit']}"
    return f"{rp(x['vol'])} {x['unit']}"


def write_layout_d(rka, subs, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA"
    for col, w in zip("ABCDEF", [6, 48, 32, 30, 16, 18]):
        ws.column_dimensions[col].width = w
    r = 1
    put(ws, r, 1, "RENCANA KERJA DAN ANGGARAN (RKA) TAHUN 2027", B, False); r += 1
    put(ws, r, 1, rka["opd"].upper() + " - KOTA SAMARINDA", B, False); r += 2
    n_i = 0
    for sub in subs:
        for k, v in [("Program", sub.get("prog", rka["program"])), ("Kegiatan", sub.get("keg", rka["kegiatan"])),
                     ("Sub Kegiatan", f"{sub['code']} {sub['name']}"),
                     ("Indikator Keluaran", sub["ind"]), ("Target", sub["target"]), ("Lokasi", sub["lokasi"])]:
            put(ws, r, 1, k, N, False); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            put(ws, r, 3, ": " + v, N, False); r += 1
        for c, t in enumerate(["No", "Uraian", "Spesifikasi", "Volume", "Harga Satuan (Rp)", "Jumlah Harga (Rp)"], 1):
            put(ws, r, c, t, B, True, CENTER, PatternFill("solid", fgColor="DDEBF7"))
        r += 1
        tot = 0
        for acc, lines in acc_groups(sub["resolved"]).items():
            st = sum(x["jumlah"] for x in lines); tot += st
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            put(ws, r, 1, f"{ACC[acc][0]} - {ACC[acc][1]}", B)
            for c in range(2, 6):
                put(ws, r, c, None)
            put(ws, r, 6, st, B, fmt="#,##0"); r += 1
            for x in lines:
                vals = [x["no"], x["name"], x["spec"], koef_short(x), x["price"], x["jumlah"]]
                for c, v in enumerate(vals, 1):
                    put(ws, r, c, v, N, True, WRAP if c in (2, 3) else None, fmt="#,##0" if c in (5, 6) else None)
                r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        put(ws, r, 1, "Jumlah", B)
        put(ws, r, 6, tot, B, fmt="#,##0"); r += 3
    put(ws, r, 4, "Samarinda, 3 Desember 2026", N, False); r += 1
    put(ws, r, 4, "Camat Samarinda Ulu", N, False); r += 4
    put(ws, r, 4, "(nama disamarkan)", B, False)
    fix_props(wb); wb.save(path)


# ---------------------------------------------------------------- PDF (SIPD-like)
def P(t, size=7.5, bold=False, align=0):
    return Paragraph(t.replace("&", "&amp;"), ParagraphStyle("x", fontName="DVB" if bold else "DV", fontSize=size, leading=size + 1.6, alignment=align))


def write_pdf_rka(rka, subs, path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title="RKA Belanja SKPD " + rka["opd"])
    story = []

    def footer(canvas, d):
        canvas.setFont("DV", 7)
        canvas.drawString(12 * mm, 7 * mm, "Dicetak dari SIPD - RKA Belanja SKPD TA 2027 - " + rka["opd"])
        canvas.drawRightString(285 * mm, 7 * mm, f"Halaman {d.page}")

    for si, sub in enumerate(subs):
        if si:
            story.append(PageBreak())
        story += [P("RENCANA KERJA DAN ANGGARAN", 11, True, 1), P("SATUAN KERJA PERANGKAT DAERAH", 10, True, 1),
                  P("Pemerintah Kota Samarinda Tahun Anggaran 2027", 9, False, 1), Spacer(1, 3 * mm)]
        hb = [[P(k), ":", P(v)] for k, v in header_block(rka, sub)]
        t = Table(hb, colWidths=[40 * mm, 6 * mm, 223 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 2 * mm)]
        it = Table([[P("Indikator", bold=True), P("Tolok Ukur Kinerja", bold=True), P("Target Kinerja", bold=True)],
                    [P("Keluaran"), P(sub["ind"]), P(sub["target"])]], colWidths=[40 * mm, 170 * mm, 59 * mm])
        it.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
        story += [it, Spacer(1, 3 * mm), P("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", 8.5, True, 1), Spacer(1, 1.5 * mm)]
        rows = [[P(h, 7, True, 1) for h in ["Kode Rekening", "No", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga", "PPN", "Jumlah"]]]
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        tot = 0
        for acc, lines in acc_groups(sub["resolved"]).items():
            st = sum(x["jumlah"] for x in lines); tot += st
            rows.append([P(ACC[acc][0], bold=True), "", P(ACC[acc][1], bold=True), "", "", "", "", "", "", P(rp(st), bold=True, align=2)])
            style.append(("SPAN", (2, len(rows) - 1), (8, len(rows) - 1)))
            for x in lines:
                rows.append(["", P(x["no"], align=1), P(x["name"]), P(x["spec"]), P(x["koef"]), P(rp(x["vol"]), align=2), P(x["unit"]),
                             P(rp(x["price"]), align=2), P(f"{x['ppn']}%", align=1), P(rp(x["jumlah"]), align=2)])
        rows.append([P("JUMLAH", bold=True), "", "", "", "", "", "", "", "", P(rp(tot), bold=True, align=2)])
        style.append(("SPAN", (0, len(rows) - 1), (8, len(rows) - 1)))
        t = Table(rows, colWidths=[34 * mm, 8 * mm, 58 * mm, 40 * mm, 28 * mm, 18 * mm, 15 * mm, 22 * mm, 11 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 5 * mm)]
        story.append(Table([["", P("Samarinda, 3 Desember 2026<br/>Kepala Dinas Lingkungan Hidup<br/><br/><br/><br/>(nama disamarkan)<br/>NIP. 19xxxxxx xxxxxx x xxx", 8)]],
                           colWidths=[190 * mm, 79 * mm]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def write_sbu_pdf(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title="Standar Biaya Umum Kota Samarinda TA 2027")
    story = [P("LAMPIRAN II", 9, True), P("PERATURAN WALI KOTA SAMARINDA NOMOR 62 TAHUN 2026", 9),
             P("TENTANG STANDAR BIAYA UMUM PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", 9), Spacer(1, 5 * mm),
             P("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", 12, True, 1), Spacer(1, 2 * mm),
             P("Besaran merupakan batas tertinggi. OJ = orang/jam; OK = orang/kali; OH = orang/hari; OM = orang/malam; OB = orang/bulan.", 8),
             Spacer(1, 4 * mm)]
    for sec, rows in SBU_SECTIONS:
        story.append(P(sec, 9, True))
        data = [[P(h, 8, True, 1) for h in ["No", "Uraian", "Satuan", "Besaran (Rp)", "Keterangan"]]]
        for i, (k, n, u, p, ket) in enumerate(rows, 1):
            data.append([P(str(i), 8, align=1), P(n, 8), P(u, 8, align=1), P(rp(p), 8, align=2), P(ket, 8)])
        t = Table(data, colWidths=[10 * mm, 82 * mm, 22 * mm, 28 * mm, 38 * mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 1 * mm), t, Spacer(1, 4 * mm)]
    story.append(P("WALI KOTA SAMARINDA,<br/><br/><br/>ttd.<br/>(nama disamarkan)", 9, False, 2))
    doc.build(story)


def write_ssh_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    for col, w in zip("ABCDEFG", [6, 24, 40, 48, 11, 20, 22]):
        ws.column_dimensions[col].width = w
    r = 1
    for t in ["LAMPIRAN I", "PERATURAN WALI KOTA SAMARINDA NOMOR 61 TAHUN 2026",
              "TENTANG STANDAR HARGA SATUAN (SSH) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"]:
        put(ws, r, 1, t, B if r == 1 else N, False); r += 1
    put(ws, r, 1, "Keterangan: harga belum termasuk PPN dan merupakan harga tertinggi; berlaku untuk seluruh Perangkat Daerah.",
        Font(name="Arial", italic=True, size=9), False); r += 2
    h = r
    for c, t in [(1, "No"), (2, "Kode Barang"), (5, "Satuan")]:
        put(ws, h, c, t, B, True, CENTER, GREY); put(ws, h + 1, c, None, B, True, CENTER, GREY)
        ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    put(ws, h, 3, "Uraian", B, True, CENTER, GREY); put(ws, h, 4, None, B, True, CENTER, GREY)
    ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=4)
    put(ws, h, 6, "Harga Satuan", B, True, CENTER, GREY); put(ws, h, 7, None, B, True, CENTER, GREY)
    ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=7)
    for c, t in [(3, "Nama Barang"), (4, "Spesifikasi"), (6, "TA 2027"), (7, "Ket.")]:
        put(ws, h + 1, c, t, B, True, CENTER, GREY)
    r = h + 2
    no = 0
    rng = random.Random(11)
    for letter, cname, code, items in SSH_CATS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, f"{letter}. {cname}", B, True, None, PatternFill("solid", fgColor="F2F2F2")); r += 1
        for i, (k, n, s, u, p) in enumerate(items, 1):
            no += 1
            ket = rng.choice(["survei Okt 2026", "e-katalog", "survei pasar", "", "3 toko pembanding"])
            vals = [no, CAT[k]["code"], n, s, u, f"Rp {rp(p)},-", ket]
            for c, v in enumerate(vals, 1):
                put(ws, r, c, v, N, True, WRAP if c in (3, 4) else (Alignment(horizontal="right") if c == 6 else None))
            r += 1
    fix_props(wb); wb.save(path)


# ---------------------------------------------------------------- scan
def write_scan(rka, subs, path):
    W, H = 2339, 1654  # A4 landscape at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 19); fb = ImageFont.truetype(FONTB, 19); ft = ImageFont.truetype(FONTB, 27)
    sub = subs[0]
    y = 55
    d.text((W // 2, y), "RENCANA KERJA DAN ANGGARAN SKPD - TAHUN ANGGARAN 2027", font=ft, anchor="mm"); y += 34
    d.text((W // 2, y), rka["opd"].upper(), font=fb, anchor="mm"); y += 45
    for k, v in [("Program", sub.get("prog", rka["program"])), ("Kegiatan", sub.get("keg", rka["kegiatan"])), ("Sub Kegiatan", f"{sub['code']} {sub['name']}"),
                 ("Indikator Keluaran", f"{sub['ind']}  -  Target: {sub['target']}"), ("Lokasi", sub["lokasi"])]:
        d.text((110, y), k, font=f); d.text((400, y), ": " + v, font=f); y += 27
    y += 15
    cols = [110, 190, 980, 1400, 1640, 1790, 1990, 2230]
    hdr = ["No", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan", "Jumlah (Rp)"]
    rh = 29

    def grid_row(y0, cells, font, bold_line=False):
        d.rectangle([cols[0], y0, cols[-1], y0 + rh], outline=0, width=2 if bold_line else 1)
        for cx in cols[1:-1]:
            d.line([cx, y0, cx, y0 + rh], fill=0, width=1)
        for i, t in enumerate(cells):
            if t is None:
                continue
            if i >= 5:
                d.text((cols[i + 1] - 10, y0 + rh // 2), t, font=font, anchor="rm")
            else:
                d.text((cols[i] + 8, y0 + rh // 2), t, font=font, anchor="lm")
    grid_row(y, hdr, fb, True); y += rh
    tot = 0
    for acc, lines in acc_groups(sub["resolved"]).items():
        st = sum(x["jumlah"] for x in lines); tot += st
        d.rectangle([cols[0], y, cols[-1], y + rh], outline=0, width=1)
        d.text((cols[0] + 8, y + rh // 2), f"{ACC[acc][0]}  {ACC[acc][1]}"[:105], font=fb, anchor="lm")
        d.text((cols[-1] - 10, y + rh // 2), rp(st), font=fb, anchor="rm"); y += rh
        for x in lines:
            sp = x["spec"] if len(x["spec"]) < 34 else x["spec"][:32] + ".."
            grid_row(y, [x["no"], x["name"][:62], sp, x["koef"], x["unit"], rp(x["price"]), rp(x["jumlah"])], f); y += rh
    d.rectangle([cols[0], y, cols[-1], y + rh], outline=0, width=2)
    d.text((cols[0] + 8, y + rh // 2), "JUMLAH TOTAL", font=fb, anchor="lm")
    d.text((cols[-1] - 10, y + rh // 2), rp(tot), font=fb, anchor="rm"); y += rh + 18
    d.text((1700, y), "Samarinda, 3 Desember 2026", font=f); d.text((1700, y + 25), "Kepala Dinas Perhubungan", font=f)
    d.text((1700, y + 95), "(nama disamarkan)", font=fb)
    d.text((W - 200, H - 40), "Hal. 1", font=f)
    assert y + 120 < H - 40, y
    # degradations: grey paper, slight blur, skew 0.6 deg, noise
    rs = np.random.RandomState(11)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = 232 - (255 - a) * 0.9  # grey background ~232
    grad = np.linspace(0, 14, W)[None, :]
    a = a - grad + rs.normal(0, 7, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    Image.fromarray(a, "L").save(path, "JPEG", quality=78, dpi=(200, 200))


WRITERS = {"A": write_layout_a, "B": write_layout_b, "C": write_layout_c, "D": write_layout_d, "P": write_pdf_rka, "S": write_scan}


def main():
    write_ssh_xlsx(os.path.join(DATA, SSH_FILE))
    write_sbu_pdf(os.path.join(DATA, SBU_FILE))
    manifest, truth = [], {}
    for rka in RKAS:
        subs = build_lines(rka)
        WRITERS[rka["layout"][0]](rka, subs, os.path.join(DATA, rka["file"]))
        labels_file = os.path.splitext(rka["file"])[0].replace(" ", "_") + ".labels.json"
        labels = OrderedDict()
        for s in subs:
            for x in s["resolved"]:
                labels[x["no"]] = x["labels"]
        with open(os.path.join(DATA, labels_file), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": rka["file"], "catalogues": [SSH_FILE, SBU_FILE], "labels": labels_file,
                         "opd": rka["opd"], "layout": rka["layout"]})
        truth[rka["file"]] = [dict(sub_code=s["code"], sub_name=s["name"], **x) for s in subs for x in s["resolved"]]
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as fh:
        json.dump(truth, fh, indent=0, ensure_ascii=False)


if __name__ == "__main__":
    main()
