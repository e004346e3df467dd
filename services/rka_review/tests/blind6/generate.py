# -*- coding: utf-8 -*-
"""Regenerate the review6 blind set (deterministic, seeded).
Run: /work/scratch/review6/bin/python generate.py"""
import json, math, os, random, io, datetime
from copy import deepcopy
import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from PIL import Image, ImageDraw, ImageFont, ImageFilter

import spec
from spec import ACC

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TRUTH = os.path.join(HERE, "truth")
os.makedirs(DATA, exist_ok=True); os.makedirs(TRUTH, exist_ok=True)
SEED = 20261203
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONTDIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FONTDIR + "DejaVuSansCondensed-Bold.ttf"))

SSH_FILE = "ssh_kota_samarinda_ta2026.xlsx"
SBU_FILE = "sbu_kota_samarinda_ta2026.pdf"
CATS = [SSH_FILE, SBU_FILE]

# ------------------------------------------------------------ catalogue index
CAT = {}
for _, _, items in spec.SSH:
    for iid, kode, nama, spek, sat, harga in items:
        CAT[iid] = dict(src=SSH_FILE, kode=kode, nama=nama, spek=spek, sat=sat, harga=harga)
for _, _, items in spec.SBU:
    for iid, kode, nama, sat, harga in items:
        CAT[iid] = dict(src=SBU_FILE, kode=kode, nama=nama, spek="", sat=sat, harga=harga)


def rp(n):
    s = f"{int(n):,}".replace(",", ".")
    return s


def fmt_num(x):
    if isinstance(x, float) and not x.is_integer():
        return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return rp(x)


def wrong(correct, mode, vol, price, ppn):
    f = 1 + ppn / 100.0
    if mode == "x10":
        return correct * 10
    if mode == "div10":
        return correct // 10
    if mode == "minus1":
        return round((vol - 1) * price * f)
    if mode == "plus1":
        return round((vol + 1) * price * f)
    s = list(str(correct))
    if mode == "swap":
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                s[i], s[i + 1] = s[i + 1], s[i]
                break
        return int("".join(s))
    if mode == "digit":
        s[1] = str((int(s[1]) + 3) % 10)
        return int("".join(s))
    raise ValueError(mode)


def build(doc, by_code=False):
    """Compute every line (numbering, volume, price, jumlah). Returns list of subs with lines."""
    subs = []
    no = 0
    for sk in doc["subs"]:
        lines = [dict(l) for l in sk["lines"]]
        order = []
        for l in lines:
            if l["acc"] not in order:
                order.append(l["acc"])
        # operating (5.1) accounts before capital (5.2), otherwise first appearance
        first = list(order)
        order = sorted(first, key=lambda a: (ACC[a][0][:3] == "5.2", first.index(a)))
        if by_code:  # SIPD-style printouts list accounts in code order
            order = sorted(order, key=lambda a: [int(x) for x in ACC[a][0].split(".")])
        grouped = [l for a in order for l in lines if l["acc"] == a]
        out = []
        for l in grouped:
            no += 1
            ref = l["ref"]
            per = l.get("per", 1)  # catalogue unit = `per` RKA units (e.g. kotak isi 12 vs batang)
            refp = (CAT[ref]["harga"] if per == 1 else CAT[ref]["harga"] / per) if ref else None
            p = l["price"]
            if p is None:
                price = refp
            elif isinstance(p, float):
                price = int(math.floor(refp * p / 100.0) * 100)
            else:
                price = p
            prod = 1
            for n, _ in l["koef"]:
                prod *= n
            vol = l.get("vol", prod)
            ppn = l.get("ppn", 0)
            correct = round(vol * price * (1 + ppn / 100.0))
            jml = wrong(correct, l["err"], vol, price, ppn) if l.get("err") else correct
            sat = l.get("sat") or (CAT[ref]["sat"] if ref else l["koef"][-1][1])
            koef_txt = " x ".join(f"{rp(n)} {u}" for n, u in l["koef"])
            out.append(dict(no=no, acc=l["acc"], acc_code=ACC[l["acc"]][0], acc_name=ACC[l["acc"]][1],
                            uraian=l["uraian"], spek=l["spek"], koef=koef_txt, koef_product=prod, vol=vol,
                            sat=sat, price=price, ppn=ppn, jumlah=jml, jumlah_correct=correct,
                            ref=ref, ref_kode=CAT[ref]["kode"] if ref else None,
                            ref_src=CAT[ref]["src"] if ref else None, ref_price=refp, per=per,
                            labels=l["labels"], dup_of=l.get("dup"), err=l.get("err")))
        # resolve dup_of to No
        for l in out:
            if l["dup_of"]:
                cands = [m["no"] for m in out if m["uraian"] == l["dup_of"]]
                assert cands and cands[0] < l["no"], (l["uraian"], cands)
                l["dup_of"] = cands[0]
        s2 = {k: v for k, v in sk.items() if k != "lines"}
        s2["lines"] = out
        s2["total"] = sum(l["jumlah"] for l in out)
        subs.append(s2)
    return subs


def groups(lines):
    g = []
    for l in lines:
        if not g or g[-1][0] != l["acc"]:
            g.append((l["acc"], []))
        g[-1][1].append(l)
    return g



def save_wb(wb, path):
    """Save an openpyxl workbook with fixed timestamps (byte-stable output)."""
    import zipfile, re as _re
    buf = io.BytesIO(); wb.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-10-21T08:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 21, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(name="Arial", bold=True, size=10)
NORM = Font(name="Arial", size=10)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def setw(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


SIGN = {
 "Dinas Kesehatan Kota Samarinda": ("Kepala Dinas Kesehatan", "dr. Hj. Nurul Aini Rahmawati, M.Kes", "19740512 200212 2 004"),
 "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda": ("Kepala Dinas PUPR", "Ir. Andi Syahrir Putra, M.T.", "19730821 199903 1 006"),
 "Dinas Pendidikan dan Kebudayaan Kota Samarinda": ("Kepala Dinas Pendidikan dan Kebudayaan", "Dr. H. Rusdiansyah, M.Pd", "19710304 199703 1 009"),
 "Dinas Lingkungan Hidup Kota Samarinda": ("Kepala Dinas Lingkungan Hidup", "Yuliana Dwi Astuti, S.T., M.Si", "19780917 200501 2 011"),
 "Kecamatan Samarinda Ulu": ("Camat Samarinda Ulu", "Muhammad Fadli Ramadhan, S.STP., M.Si", "19860225 200501 1 002"),
 "Dinas Sosial Kota Samarinda": ("Kepala Dinas Sosial", "Drs. Hermanto Saputra, M.AP", "19700611 199303 1 008"),
}

# ------------------------------------------------------------ layout A (xlsx, per sheet, 2-row header, PPN %)
def layout_a(doc, subs, fname):
    wb = Workbook(); wb.remove(wb.active)
    for i, sk in enumerate(subs, 1):
        ws = wb.create_sheet(f"SubKeg {i} ({sk['code'][-4:]})")
        setw(ws, [6, 48, 26, 26, 8, 10, 15, 8, 17])
        r = 1
        for t in ["PEMERINTAH KOTA SAMARINDA", "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH",
                  "(RKA - BELANJA SKPD)  TAHUN ANGGARAN 2026"]:
            ws.cell(r, 1, t).font = Font(name="Arial", bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).alignment = CENTER; r += 1
        r += 1
        info = [("Urusan Pemerintahan", doc["urusan"]), ("Bidang Urusan", doc["bidang"]),
                ("Program", f"{sk['prog'][0]} - {sk['prog'][1]}"), ("Kegiatan", f"{sk['keg'][0]} - {sk['keg'][1]}"),
                ("Sub Kegiatan", f"{sk['code']} - {sk['name']}"), ("Organisasi", f"{doc['opd_code']} - {doc['opd']}"),
                ("Lokasi", sk["lokasi"]), ("Sumber Pendanaan", "DAU / PAD"), ("Waktu Pelaksanaan", "Januari s.d. Desember 2026")]
        for k, v in info:
            ws.cell(r, 1, k).font = NORM; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, ": " + v).font = NORM; ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            r += 1
        r += 1
        ws.cell(r, 1, "INDIKATOR DAN TOLOK UKUR KINERJA").font = BOLD; r += 1
        for c, t in zip([1, 3, 7], ["Indikator", "Tolok Ukur Kinerja", "Target Kinerja"]):
            ws.cell(r, c, t).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9); r += 1
        for ind, tol, tgt in [("Masukan", "Dana yang dibutuhkan", "Rp " + rp(sk["total"])), ("Keluaran", sk["ind"], sk["target"])]:
            ws.cell(r, 1, ind); ws.cell(r, 3, tol).alignment = WRAP; ws.cell(r, 7, tgt)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
            ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30; r += 1
        r += 1
        ws.cell(r, 1, "RINCIAN ANGGARAN BELANJA").font = BOLD; r += 1
        h1 = r
        heads = {1: "No.", 2: "Uraian / Kode Rekening", 3: "Spesifikasi", 4: "Rincian Perhitungan", 8: "PPN (%)", 9: "Jumlah (Rp)"}
        for c, t in heads.items():
            ws.cell(h1, c, t)
        for c, t in zip([4, 5, 6, 7], ["Koefisien", "Vol", "Satuan", "Harga Satuan (Rp)"]):
            ws.cell(h1 + 1, c, t)
        for c in [1, 2, 3, 8, 9]:
            ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
        ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=7)
        for rr in (h1, h1 + 1, h1 + 2):
            for c in range(1, 10):
                ws.cell(rr, c).font = BOLD; ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).border = BOX
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="D9D9D9")
        for c in range(1, 10):
            ws.cell(h1 + 2, c, f"({c})").font = Font(name="Arial", size=8, italic=True)
        r = h1 + 3
        lines = sk["lines"]
        for top, nm in [("5.1", "BELANJA OPERASI"), ("5.2", "BELANJA MODAL")]:
            sel = [l for l in lines if l["acc_code"].startswith(top)]
            if not sel:
                continue
            ws.cell(r, 2, f"{top}  {nm}").font = BOLD
            ws.cell(r, 9, sum(l["jumlah"] for l in sel)).font = BOLD
            ws.cell(r, 9).number_format = "#,##0"
            for c in range(1, 10): ws.cell(r, c).border = BOX
            r += 1
            for acc, gl in groups(sel):
                ws.cell(r, 2, f"{ACC[acc][0]}  {ACC[acc][1]}").font = BOLD
                ws.cell(r, 2).alignment = WRAP
                ws.cell(r, 9, sum(l["jumlah"] for l in gl)).font = BOLD
                ws.cell(r, 9).number_format = "#,##0"
                for c in range(1, 10): ws.cell(r, c).border = BOX
                r += 1
                for l in gl:
                    vals = [l["no"], l["uraian"], l["spek"], l["koef"], l["vol"], l["sat"], l["price"], l["ppn"], l["jumlah"]]
                    for c, v in enumerate(vals, 1):
                        cell = ws.cell(r, c, v); cell.font = NORM; cell.border = BOX
                        cell.alignment = WRAP if c in (2, 3, 4) else Alignment(vertical="top")
                        if c in (5, 7, 9): cell.number_format = "#,##0"
                    r += 1
        ws.cell(r, 2, "JUMLAH TOTAL SUB KEGIATAN").font = BOLD
        ws.cell(r, 9, sk["total"]).font = BOLD; ws.cell(r, 9).number_format = "#,##0"
        for c in range(1, 10): ws.cell(r, c).border = BOX
        r += 2
        jab, nama, nip = SIGN[doc["opd"]]
        for t in ["Samarinda, 21 Oktober 2025", jab + " Kota Samarinda", "", "", "", nama, "NIP. " + nip]:
            ws.cell(r, 7, t).font = NORM; r += 1
    save_wb(wb, os.path.join(DATA, fname))


# ------------------------------------------------------------ layout B (xlsx flat, text prices)
def layout_b(doc, subs, fname):
    wb = Workbook(); ws = wb.active; ws.title = "RKA BELANJA 2026"
    setw(ws, [22, 8, 52, 26, 9, 11, 17, 19, 34])
    r = 1
    for t in ["PEMERINTAH KOTA SAMARINDA", doc["opd"].upper(), "RINCIAN RENCANA KERJA DAN ANGGARAN (RKA) BELANJA - TAHUN ANGGARAN 2026",
              "Status: Rancangan (untuk pembahasan TAPD)"]:
        ws.cell(r, 1, t).font = Font(name="Calibri", bold=r < 4, size=13 if r < 3 else 11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
    r += 1
    hdr = ["Kode Rekening", "No Urut", "Uraian Belanja", "Koefisien", "Vol.", "Sat.", "Harga Satuan", "Jumlah", "Spesifikasi / Keterangan"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(r, c, t); cell.font = Font(name="Calibri", bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.alignment = CENTER; cell.border = BOX
    r += 1
    grand = 0
    for sk in subs:
        blk = [f"SUB KEGIATAN : {sk['code']} - {sk['name']}",
               f"Program : {sk['prog'][0]} {sk['prog'][1]}   |   Kegiatan : {sk['keg'][0]} {sk['keg'][1]}",
               f"Indikator Keluaran : {sk['ind']}   |   Target : {sk['target']}   |   Lokasi : {sk['lokasi']}"]
        for j, t in enumerate(blk):
            cell = ws.cell(r, 1, t); cell.font = Font(name="Calibri", bold=(j == 0), italic=(j > 0))
            cell.fill = PatternFill("solid", fgColor="FCE4D6" if j == 0 else "FFF2CC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for acc, gl in groups(sk["lines"]):
            ws.cell(r, 1, ACC[acc][0]).font = Font(name="Calibri", bold=True)
            ws.cell(r, 3, ACC[acc][1]).font = Font(name="Calibri", bold=True)
            ws.cell(r, 8, "Rp " + rp(sum(l["jumlah"] for l in gl))).font = Font(name="Calibri", bold=True)
            for c in range(1, 10): ws.cell(r, c).border = BOX
            r += 1
            for l in gl:
                vals = [None, l["no"], l["uraian"], l["koef"], l["vol"], l["sat"], "Rp " + rp(l["price"]), "Rp " + rp(l["jumlah"]), l["spek"] or "-"]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v); cell.border = BOX; cell.font = Font(name="Calibri")
                    if c in (7, 8): cell.alignment = Alignment(horizontal="right")
                r += 1
        ws.cell(r, 3, f"Total Sub Kegiatan {sk['code']}").font = Font(name="Calibri", bold=True)
        ws.cell(r, 8, "Rp " + rp(sk["total"])).font = Font(name="Calibri", bold=True)
        r += 2
        grand += sk["total"]
    ws.cell(r, 3, "TOTAL BELANJA (SELURUH SUB KEGIATAN)").font = Font(name="Calibri", bold=True)
    ws.cell(r, 8, "Rp " + rp(grand)).font = Font(name="Calibri", bold=True)
    r += 2
    ws.cell(r, 1, "Catatan: harga satuan belum termasuk PPN; koefisien mengikuti KAK masing-masing sub kegiatan.").font = Font(name="Calibri", italic=True, size=9)
    r += 2
    jab, nama, nip = SIGN[doc["opd"]]
    for t in ["Samarinda, 17 Oktober 2025", jab + " Kota Samarinda,", "", "", nama, "NIP " + nip]:
        ws.cell(r, 8, t); r += 1
    ws.freeze_panes = "A7"
    save_wb(wb, os.path.join(DATA, fname))


# ------------------------------------------------------------ layout C (xlsx, rekap + hierarchical accounts + sub-jumlah)
PARENTS = {"5": "BELANJA DAERAH", "5.1": "BELANJA OPERASI", "5.1.02": "Belanja Barang dan Jasa",
           "5.1.02.01": "Belanja Barang", "5.1.02.02": "Belanja Jasa", "5.1.02.03": "Belanja Pemeliharaan",
           "5.1.02.04": "Belanja Perjalanan Dinas", "5.1.02.05": "Belanja Uang dan/atau Jasa untuk Diberikan kepada Pihak Ketiga/Masyarakat",
           "5.2": "BELANJA MODAL", "5.2.02": "Belanja Modal Peralatan dan Mesin"}


def layout_c(doc, subs, fname):
    wb = Workbook(); rk = wb.active; rk.title = "REKAP"
    setw(rk, [5, 22, 70, 20])
    rk.cell(1, 1, "REKAPITULASI RKA BELANJA PER SUB KEGIATAN - TA 2026").font = Font(name="Times New Roman", bold=True, size=12)
    rk.cell(2, 1, doc["opd"].upper()).font = Font(name="Times New Roman", bold=True)
    for c, t in enumerate(["NO", "KODE", "SUB KEGIATAN", "PAGU (Rp)"], 1):
        rk.cell(4, c, t).font = Font(name="Times New Roman", bold=True); rk.cell(4, c).border = BOX
    for i, sk in enumerate(subs, 1):
        for c, v in enumerate([i, sk["code"], sk["name"], sk["total"]], 1):
            rk.cell(4 + i, c, v).border = BOX
        rk.cell(4 + i, 4).number_format = "#,##0"
    tf = Font(name="Times New Roman", size=10); tb = Font(name="Times New Roman", size=10, bold=True)
    for i, sk in enumerate(subs, 1):
        ws = wb.create_sheet(f"RKA-{i}")
        setw(ws, [20, 6, 46, 24, 8, 10, 24, 15, 17])
        ws.cell(1, 1, "RENCANA KERJA DAN ANGGARAN").font = Font(name="Times New Roman", bold=True, size=13)
        ws.cell(2, 1, f"{doc['opd'].upper()} - TAHUN ANGGARAN 2026").font = tb
        for rr in (1, 2):
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9); ws.cell(rr, 1).alignment = CENTER
        r = 4
        for k, v in [("Program", f"{sk['prog'][0]}  {sk['prog'][1]}"), ("Kegiatan", f"{sk['keg'][0]}  {sk['keg'][1]}"),
                     ("Sub Kegiatan", f"{sk['code']}  {sk['name']}"), ("Lokasi", sk["lokasi"]),
                     ("Indikator Keluaran", sk["ind"]), ("Target Keluaran", sk["target"]), ("Pagu Sub Kegiatan", "Rp " + rp(sk["total"]))]:
            ws.cell(r, 1, k).font = tb; ws.cell(r, 3, v).font = tf
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9); r += 1
        r += 1
        h = r
        for c, t in {1: "KODE REKENING", 2: "NO", 3: "URAIAN", 4: "SPESIFIKASI", 5: "VOLUME", 7: "KOEFISIEN", 8: "HARGA SATUAN (Rp)", 9: "JUMLAH (Rp)"}.items():
            ws.cell(h, c, t)
        ws.cell(h + 1, 5, "JML"); ws.cell(h + 1, 6, "SATUAN")
        for c in (1, 2, 3, 4, 7, 8, 9):
            ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        ws.merge_cells(start_row=h, start_column=5, end_row=h, end_column=6)
        for rr in (h, h + 1):
            for c in range(1, 10):
                ws.cell(rr, c).font = tb; ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).border = BOX
        r = h + 2
        lines = sk["lines"]
        shown = set()
        gl_all = groups(lines)
        for acc, gl in gl_all:
            code = ACC[acc][0]
            parts = code.split(".")
            for k in range(1, 5):
                pc = ".".join(parts[:k]) if k > 1 else parts[0]
                if k == 4: pc = ".".join(parts[:4])
                if pc in shown or pc not in PARENTS:
                    continue
                shown.add(pc)
                tot = sum(l["jumlah"] for l in lines if l["acc_code"].startswith(pc + ".") or l["acc_code"] == pc)
                ws.cell(r, 1, pc).font = tb; ws.cell(r, 3, PARENTS[pc]).font = tb
                ws.cell(r, 9, tot).font = tb; ws.cell(r, 9).number_format = "#,##0"
                for c in range(1, 10): ws.cell(r, c).border = BOX
                r += 1
            ws.cell(r, 1, code).font = tb; ws.cell(r, 3, ACC[acc][1]).font = tb; ws.cell(r, 3).alignment = WRAP
            for c in range(1, 10): ws.cell(r, c).border = BOX
            r += 1
            for l in gl:
                vals = [None, l["no"], l["uraian"], l["spek"], l["vol"], l["sat"], l["koef"], l["price"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v); cell.font = tf; cell.border = BOX
                    cell.alignment = WRAP if c in (3, 4, 7) else Alignment(vertical="top")
                    if c in (5, 8, 9): cell.number_format = "#,##0"
                r += 1
            ws.cell(r, 3, f"Sub Jumlah {code}").font = Font(name="Times New Roman", size=10, italic=True, bold=True)
            ws.cell(r, 9, sum(l["jumlah"] for l in gl)).font = tb; ws.cell(r, 9).number_format = "#,##0"
            for c in range(1, 10): ws.cell(r, c).border = BOX
            r += 1
        ws.cell(r, 3, "JUMLAH").font = tb; ws.cell(r, 9, sk["total"]).font = tb; ws.cell(r, 9).number_format = "#,##0"
        r += 2
        jab, nama, nip = SIGN[doc["opd"]]
        for t in ["Samarinda, 20 Oktober 2025", jab + ",", "", "", nama, "NIP. " + nip]:
            ws.cell(r, 8, t).font = tf; r += 1
    save_wb(wb, os.path.join(DATA, fname))


# ------------------------------------------------------------ SIPD-like PDF
def sipd_pdf(doc, subs, fname):
    path = os.path.join(DATA, fname)
    st = ParagraphStyle("n", fontName="DV", fontSize=7.2, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=7.2, leading=9)
    sts = ParagraphStyle("s", fontName="DV", fontSize=6.3, leading=7.8, textColor=colors.HexColor("#333333"))
    title = ParagraphStyle("t", fontName="DVB", fontSize=10, leading=13, alignment=1)

    def on_page(c, d):
        c.setFont("DV", 7)
        c.drawString(12 * mm, 8 * mm, "RKA-BELANJA SKPD  |  " + doc["opd"] + "  |  Dicetak dari SIPD: 22-10-2025 09:41")
        c.drawRightString(285 * mm, 8 * mm, f"Halaman {d.page}")

    pdf = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=10 * mm,
                            bottomMargin=14 * mm, title="RKA Belanja SKPD " + doc["opd"], author="SIPD", creator="SIPD",
                            invariant=1)
    story = []
    for i, sk in enumerate(subs):
        if i:
            story.append(PageBreak())
        story.append(Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", title))
        story.append(Paragraph("PEMERINTAH KOTA SAMARINDA &nbsp;&nbsp; Tahun Anggaran 2026 &nbsp;&nbsp; Formulir RKA-BELANJA SKPD", ParagraphStyle("t2", parent=title, fontName="DV", fontSize=8)))
        story.append(Spacer(1, 3 * mm))
        info = [("Urusan Pemerintahan", doc["urusan"]), ("Bidang Urusan", doc["bidang"]),
                ("Program", f"{sk['prog'][0]} {sk['prog'][1]}"), ("Kegiatan", f"{sk['keg'][0]} {sk['keg'][1]}"),
                ("Sub Kegiatan", f"{sk['code']} {sk['name']}"), ("Organisasi", f"{doc['opd_code']} {doc['opd']}"),
                ("Unit", f"{doc['opd_code']} {doc['opd']}"), ("Lokasi Kegiatan", sk["lokasi"]),
                ("Waktu Pelaksanaan", "Januari s.d. Desember"), ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah"),
                ("Alokasi 2026", "Rp " + rp(sk["total"]))]
        t = Table([[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in info], colWidths=[40 * mm, 4 * mm, 229 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("FONT", (0, 0), (-1, -1), "DV", 7.2),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)
        story.append(Spacer(1, 2 * mm))
        kin = [[Paragraph("<b>Indikator</b>", st), Paragraph("<b>Tolok Ukur Kinerja</b>", st), Paragraph("<b>Target Kinerja</b>", st)],
               [Paragraph("Capaian Kegiatan", st), Paragraph("Persentase pelaksanaan kegiatan", st), Paragraph("100 %", st)],
               [Paragraph("Masukan", st), Paragraph("Dana yang dibutuhkan", st), Paragraph("Rp " + rp(sk["total"]), st)],
               [Paragraph("Keluaran", st), Paragraph(sk["ind"], st), Paragraph(sk["target"], st)]]
        t = Table(kin, colWidths=[40 * mm, 173 * mm, 60 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6"))]))
        story.append(t)
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph("<b>Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah</b>", st))
        rows = [[Paragraph(f"<b>{x}</b>", st) for x in ["Kode Rekening", "No", "Uraian", "Koefisien", "Volume", "Satuan", "Harga", "PPN", "Jumlah"]]]
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")), ("ALIGN", (4, 1), (-1, -1), "RIGHT"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        for acc, gl in groups(sk["lines"]):
            rows.append([Paragraph(ACC[acc][0], stb), "", Paragraph(ACC[acc][1], stb), "", "", "", "", "",
                         Paragraph(rp(sum(l["jumlah"] for l in gl)), stb)])
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")))
            for l in gl:
                ur = Paragraph(f"{l['uraian']}<br/><font size=6.3 color='#333333'>Spesifikasi: {l['spek'] or '-'}</font>", st)
                rows.append(["", Paragraph(str(l["no"]), st), ur, Paragraph(l["koef"], st), Paragraph(fmt_num(l["vol"]), st),
                             Paragraph(l["sat"], st), Paragraph("Rp " + rp(l["price"]), st), Paragraph(f"{l['ppn']}%", st),
                             Paragraph("Rp " + rp(l["jumlah"]), st)])
        rows.append(["", "", Paragraph("<b>JUMLAH</b>", st), "", "", "", "", "", Paragraph("<b>Rp " + rp(sk["total"]) + "</b>", st)])
        t = Table(rows, colWidths=[36 * mm, 9 * mm, 76 * mm, 40 * mm, 17 * mm, 20 * mm, 25 * mm, 11 * mm, 39 * mm], repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 5 * mm))
        jab, nama, nip = SIGN[doc["opd"]]
        sig = Table([["", Paragraph(f"Samarinda, 22 Oktober 2025<br/>{jab} Kota Samarinda<br/><br/><br/><br/><b><u>{nama}</u></b><br/>NIP. {nip}", st)]],
                    colWidths=[190 * mm, 80 * mm])
        story.append(sig)
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------ scanned page (image-only PDF)
def scan_pdf(doc, subs, fname, rng):
    W, H = 1654, 2339  # A4 @ 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    F = lambda s, b=False: ImageFont.truetype(FONTDIR + ("DejaVuSerif-Bold.ttf" if b else "DejaVuSerif.ttf"), s)
    sk = subs[0]
    y = 90
    for t, s in [("PEMERINTAH KOTA SAMARINDA", 34), ("KECAMATAN SAMARINDA ULU", 30)]:
        w = d.textlength(t, font=F(s, True)); d.text(((W - w) / 2, y), t, font=F(s, True), fill=0); y += s + 12
    t = "Jl. Jenderal Sudirman No. 1, Samarinda  -  Telp. (0541) 7xxxxx"
    w = d.textlength(t, font=F(20)); d.text(((W - w) / 2, y), t, font=F(20), fill=0); y += 34
    d.line((110, y, W - 110, y), fill=0, width=4); y += 24
    t = "RENCANA KERJA DAN ANGGARAN (RKA) BELANJA TAHUN ANGGARAN 2026"
    w = d.textlength(t, font=F(26, True)); d.text(((W - w) / 2, y), t, font=F(26, True), fill=0); y += 50
    f = F(20)
    info = [("Program", f"{sk['prog'][0]} {sk['prog'][1]}"), ("Kegiatan", f"{sk['keg'][0]} {sk['keg'][1]}"),
            ("Sub Kegiatan", f"{sk['code']} {sk['name']}"), ("Indikator Keluaran", sk["ind"]), ("Target", sk["target"]),
            ("Lokasi", sk["lokasi"])]
    for k, v in info:
        d.text((120, y), k, font=f, fill=0); d.text((360, y), ":", font=f, fill=0)
        words = v.split(); line = ""
        for wd in words:
            if d.textlength(line + " " + wd, font=f) > 1150:
                d.text((380, y), line.strip(), font=f, fill=0); y += 28; line = ""
            line += " " + wd
        d.text((380, y), line.strip(), font=f, fill=0); y += 32
    y += 14
    cols = [110, 175, 780, 1045, 1135, 1250, 1395, 1545]
    heads = ["No", "Uraian", "Koefisien", "Vol", "Satuan", "Harga Sat.", "Jumlah (Rp)"]
    fh = F(19, True); fr = F(19)
    rh = 38
    d.rectangle((cols[0], y, cols[-1], y + rh), outline=0, width=2)
    for i, h in enumerate(heads):
        d.text((cols[i] + 8, y + 8), h, font=fh, fill=0)
    top = y; y += rh
    spans = []

    def row(vals, bold=False, right=(4, 5, 6)):
        nonlocal y
        ff = fh if bold else fr
        for i, v in enumerate(vals):
            if v is None or v == "":
                continue
            v = str(v)
            if i in right:
                w = d.textlength(v, font=ff); d.text((cols[i + 1] - 8 - w, y + 9), v, font=ff, fill=0)
            else:
                lim = (cols[3] if (bold and i == 1 and not vals[2]) else cols[i + 1]) - cols[i] - 12
                while d.textlength(v, font=ff) > lim:
                    v = v[:-2]
                d.text((cols[i] + 8, y + 9), v, font=ff, fill=0)
        d.line((cols[0], y + rh, cols[-1], y + rh), fill=0, width=1)
        if bold and not vals[2]:
            spans.append((y, y + rh))
        y += rh

    for acc, gl in groups(sk["lines"]):
        row(["", f"{ACC[acc][0]} {ACC[acc][1]}", "", "", "", "", rp(sum(l['jumlah'] for l in gl))], bold=True)
        for l in gl:
            row([str(l["no"]), l["uraian"], l["koef"], fmt_num(l["vol"]), l["sat"], rp(l["price"]), rp(l["jumlah"])])
    row(["", "JUMLAH TOTAL", "", "", "", "", rp(sk["total"])], bold=True)
    for x in cols:
        if x == cols[2]:
            y0 = top
            for a, b in spans:
                d.line((x, y0, x, a), fill=0, width=1); y0 = b
            d.line((x, y0, x, y), fill=0, width=1)
        else:
            d.line((x, top, x, y), fill=0, width=2 if x in (cols[0], cols[-1]) else 1)
    y += 50
    jab, nama, nip = SIGN[doc["opd"]]
    for t in ["Samarinda, 16 Oktober 2025", jab + ",", "", "", "", nama, "NIP. " + nip]:
        d.text((1080, y), t, font=F(20), fill=0); y += 30
    # stamp-ish circle + handwritten tick
    d.ellipse((1000, y - 230, 1170, y - 60), outline=90, width=4)
    d.text((1022, y - 160), "KEC. SMD ULU", font=F(16, True), fill=90)
    # degrade: skew, grey background, noise, slight blur
    img = img.rotate(0.85, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.80 + 36  # white -> ~240 grey paper, ink stays dark
    yy = np.linspace(0, 1, H)[:, None]
    arr = arr - 10 * yy  # uneven illumination
    arr = arr + rng.normal(0, 7, arr.shape)
    speck = rng.random(arr.shape) < 0.0006
    arr[speck] = 60
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=78, dpi=(200, 200)); buf.seek(0)
    from reportlab.lib.utils import ImageReader
    path = os.path.join(DATA, fname)
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()


# ------------------------------------------------------------ catalogues
def ssh_xlsx():
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2026"
    setw(ws, [6, 22, 34, 52, 12, 18, 26])
    f = Font(name="Arial", size=10); fb = Font(name="Arial", size=10, bold=True)
    r = 1
    for t in ["LAMPIRAN I", "PERATURAN WALI KOTA SAMARINDA NOMOR 38 TAHUN 2025",
              "TENTANG STANDAR HARGA SATUAN BARANG DAN JASA PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026"]:
        ws.cell(r, 4, t).font = f; r += 1
    r += 1
    ws.cell(r, 1, "STANDAR SATUAN HARGA (SSH) BARANG PAKAI HABIS, ASET DAN JASA PEMELIHARAAN").font = Font(name="Arial", bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); ws.cell(r, 1).alignment = CENTER; r += 2
    h = r
    ws.cell(h, 1, "No"); ws.cell(h, 2, "Kode Barang"); ws.cell(h, 3, "Barang"); ws.cell(h, 5, "Satuan"); ws.cell(h, 6, "Harga Satuan"); ws.cell(h, 7, "Keterangan")
    ws.cell(h + 1, 3, "Nama / Uraian"); ws.cell(h + 1, 4, "Spesifikasi"); ws.cell(h + 1, 6, "Tertinggi (Rp) *)")
    for c in (1, 2, 5, 7):
        ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=4)
    for rr in (h, h + 1):
        for c in range(1, 8):
            ws.cell(rr, c).font = fb; ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).border = BOX
            ws.cell(rr, c).fill = PatternFill("solid", fgColor="C6E0B4")
    r = h + 2
    n = 0
    for rom, name, items in spec.SSH:
        ws.cell(r, 1, rom).font = fb; ws.cell(r, 2, name).font = fb
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        for c in range(1, 8): ws.cell(r, c).border = BOX
        r += 1
        for iid, kode, nama, spek, sat, harga in items:
            n += 1
            ket = "Termasuk ongkos pasang" if "pemasangan" in spek else ("Aset tetap (KIB B)" if kode.startswith("1.3.") else "")
            vals = [n, kode, nama, spek, sat, "Rp " + rp(harga), ket]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.font = f; cell.border = BOX
                cell.alignment = Alignment(horizontal="right") if c == 6 else WRAP
            r += 1
    r += 1
    for t in ["*) Harga tertinggi, belum termasuk Pajak Pertambahan Nilai (PPN).",
              "    Satuan mengikuti kolom Satuan; untuk barang dalam kemasan (kotak/pak) isi kemasan tercantum pada Spesifikasi.",
              "WALI KOTA SAMARINDA,", "ttd."]:
        ws.cell(r, 2, t).font = Font(name="Arial", size=9, italic=True); r += 1
    ws.freeze_panes = ws.cell(h + 2, 1)
    save_wb(wb, os.path.join(DATA, SSH_FILE))


def sbu_pdf():
    path = os.path.join(DATA, SBU_FILE)
    st = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=10.5)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=8.5, leading=10.5)
    title = ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14, alignment=1)

    def on_page(c, d):
        c.setFont("DV", 7.5); c.drawCentredString(A4[0] / 2, 10 * mm, f"- {d.page} -")

    pdf = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                            title="Standar Biaya Umum Kota Samarinda TA 2026", invariant=1)
    story = [Paragraph("LAMPIRAN II<br/>PERATURAN WALI KOTA SAMARINDA NOMOR 38 TAHUN 2025", ParagraphStyle("r", parent=st, alignment=2)),
             Spacer(1, 4 * mm),
             Paragraph("STANDAR BIAYA UMUM (SBU)<br/>PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026", title), Spacer(1, 4 * mm),
             Paragraph("Besaran dalam tabel merupakan batas tertinggi. Singkatan satuan: OJ = orang/jam; OK = orang/kegiatan; "
                       "OH = orang/hari; OB = orang/bulan.", st), Spacer(1, 3 * mm)]
    rows = [[Paragraph(f"<b>{x}</b>", st) for x in ["No", "Uraian", "Satuan", "Besaran (Rp)"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")), ("ALIGN", (3, 1), (3, -1), "RIGHT")]
    for let, name, items in spec.SBU:
        rows.append([Paragraph(f"<b>{let}.</b>", st), Paragraph(f"<b>{name}</b>", st), "", ""])
        style.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
        style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2")))
        for iid, kode, nama, sat, harga in items:
            rows.append([Paragraph(kode, st), Paragraph(nama, st), Paragraph(sat, st), Paragraph(rp(harga), st)])
    t = Table(rows, colWidths=[14 * mm, 105 * mm, 24 * mm, 31 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("WALI KOTA SAMARINDA,<br/><br/>ttd.", ParagraphStyle("sg", parent=st, alignment=2)))
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------ main
DOCS = [
 ("rka_dinkes_2026.xlsx", spec.DINKES, "A_sheets_ppn", layout_a),
 ("rka_pupr_2026_rancangan.xlsx", spec.PUPR, "B_flat_textprice", layout_b),
 ("RKA_Disdikbud_TA2026.xlsx", spec.DISDIK, "C_rekap_hierarki", layout_c),
 ("rka_dlh_2026_sipd.pdf", spec.DLH, "D_sipd_pdf", sipd_pdf),
 ("scan_rka_kec_samarinda_ulu_2026.pdf", spec.KEC, "E_scan", scan_pdf),
 ("rka_dinsos_2026.xlsx", spec.DINSOS, "A_sheets_ppn", layout_a),
]


def main():
    rng = np.random.default_rng(SEED)
    random.seed(SEED)
    ssh_xlsx(); sbu_pdf()
    manifest = []
    for fname, doc, layout, fn in DOCS:
        subs = build(doc, by_code=fn in (layout_c, sipd_pdf))
        if fn is scan_pdf:
            fn(doc, subs, fname, rng)
        else:
            fn(doc, subs, fname)
        base = os.path.splitext(fname)[0]
        lab = {"labels": {str(l["no"]): l["labels"] for sk in subs for l in sk["lines"]}}
        with open(os.path.join(DATA, base + ".labels.json"), "w") as fh:
            json.dump(lab, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": fname, "catalogues": CATS, "labels": base + ".labels.json", "opd": doc["opd"], "layout": layout})
        truth = {"rka": fname, "opd": doc["opd"], "layout": layout,
                 "subs": [{k: v for k, v in sk.items()} for sk in subs]}
        with open(os.path.join(TRUTH, base + ".truth.json"), "w") as fh:
            json.dump(truth, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    cat_truth = {iid: v for iid, v in CAT.items()}
    with open(os.path.join(TRUTH, "catalogue_index.json"), "w") as fh:
        json.dump(cat_truth, fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
