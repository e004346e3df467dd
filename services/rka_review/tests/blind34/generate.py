#!/usr/bin/env python3
"""Generate the blind RKA review set review34 (deterministic). Run: python generate.py"""
import csv
import datetime
import io
import json
import math
import os
import random
import textwrap

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import sys
sys.dont_write_bytecode = True
import catalog_data as CD  # noqa: E402
import opd_data as OD  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SEED = 34
LABELS = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
OVER_MARGIN = 1.10   # OVERPRICED iff harga per catalogue unit > 1.10 x catalogue price
PPN_RATE = 11
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
PPN_LAYOUTS = {"sipd_pdf_ppn"}
FIXED_DT = datetime.datetime(2026, 9, 14, 8, 30, 0)


def fix_xlsx(path):
    """Make an .xlsx byte-identical across runs: fixed zip timestamps and fixed core.xml dates."""
    import re as _re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-09-14T08:30:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 14, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def rp(n):
    """Indonesian thousands format: 1250000 -> 1.250.000"""
    return f"{int(n):,}".replace(",", ".")


def nice_up(x):
    if x < 10000:
        q = 100
    elif x < 100000:
        q = 500
    elif x < 1000000:
        q = 5000
    else:
        q = 50000
    return int(math.ceil(x / q) * q)


def nice_down(x):
    if x < 10000:
        q = 100
    elif x < 100000:
        q = 500
    elif x < 1000000:
        q = 1000
    else:
        q = 10000
    return int(math.floor(x / q) * q)


# ------------------------------------------------------------------ koefisien
def make_koef(rng, row, unit, price):
    kind, sat = row["kind"] if row else None, unit
    if row is None:
        kind = None
    if kind in ("honor_narsum",):
        if sat == "OJ":
            return [(rng.choice([1, 2, 3]), "Orang"), (rng.choice([2, 3, 4]), "Jam")]
        return [(rng.choice([1, 2, 3, 5]), "Orang"), (rng.choice([1, 2, 3]), "Kali")]
    if kind == "honor_tim":
        single = any(w in row["key"] for w in ("ketua", "pengarah", "penanggung", "sekretaris"))
        return [(1 if single else rng.choice([3, 4, 5]), "Orang"), (rng.choice([6, 10, 12]), "Bulan")]
    if kind in ("mamin_rapat", "mamin_lap"):
        if row["key"] == "air_dus" and sat == "Dus":
            return [(rng.choice([10, 15, 20, 30]), "Dus")]
        if row["key"] == "air_dus":
            return [(rng.choice([50, 100, 150]), "Orang"), (rng.choice([1, 2]), "Kali")]
        return [(rng.choice([20, 25, 30, 40, 50, 100, 150]), "Orang"), (rng.choice([1, 2, 4, 6, 12]), "Kali")]
    if kind in ("pd_biasa", "pd_dalam"):
        if sat.startswith("Org PP") or sat == "Orang" or "Kali" in sat:
            return [(rng.choice([1, 2, 3, 4]), "Orang"), (rng.choice([1, 2]), "Kali")]
        if "Malam" in sat:
            return [(rng.choice([2, 3, 4]), "Orang"), (rng.choice([2, 3]), "Malam")]
        return [(rng.choice([2, 4, 5, 6, 10]), "Orang"), (rng.choice([3, 5, 10, 12, 20]), "Hari")]
    if kind in ("jasa_admin", "jasa_bersih", "jasa_aman", "jasa_sopir") or (row and row["satuan"] == "OB"):
        return [(rng.choice([1, 2, 3, 4]), "Orang"), (12, "Bulan")]
    if kind == "jasa_kerja":
        if row and row["key"] == "jasa_kebun":
            return [(rng.choice([6, 8, 10]), "Orang"), (12, "Bulan")]
        return [(rng.choice([4, 6, 8, 10, 12]), "Orang"), (rng.choice([10, 15, 20, 30]), "Hari")]
    if kind in ("sewa_alat", "sewa_kend", "sewa_berat", "sewa_gedung"):
        if sat == "Jam":
            return [(rng.choice([1, 2]), "Unit"), (rng.choice([40, 60, 80, 120]), "Jam")]
        if "Buah/Hari" in sat or "Bh/Hari" in sat:
            return [(rng.choice([150, 200, 250]), "Buah"), (rng.choice([1, 2]), "Hari")]
        if sat in ("Hari",):
            return [(rng.choice([1, 2, 3]), "Hari")]
        if sat == "Orang":
            return [(rng.choice([40, 60, 80]), "Orang")]
        return [(rng.choice([1, 2, 3, 4]), "Unit"), (rng.choice([1, 2, 3, 5, 10]), "Hari")]
    if kind == "jasa_dok":
        return [(rng.choice([1, 2, 3]), "Kegiatan")]
    if price >= 3000000:
        q = rng.choice([1, 2, 3, 4])
    elif price >= 500000:
        q = rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
    elif price >= 50000:
        q = rng.choice([2, 4, 5, 6, 10, 12, 15, 20, 25, 30])
    else:
        q = rng.choice([10, 20, 25, 30, 50, 100, 150, 200, 250, 500])
    if kind in ("atk", "kertas", "komp", "bbm", "bersih") and price < 500000 and rng.random() < 0.35:
        return [(max(1, q // 4), unit), (rng.choice([3, 4, 6, 12]), "Bulan")]
    return [(q, unit)]


# ------------------------------------------------------------------ line planning
REWORD = [("Honorarium ", "Honor "), ("Uang Harian Perjalanan Dinas Dalam Kota > 8 jam", "Uang harian perjadin dalam kota (lebih 8 jam)"),
          ("Uang Harian Perjalanan Dinas", "Uang harian perjadin"), ("Perjalanan Dinas", "Perjadin"), (" dan ", " & "),
          ("Sewa Kendaraan Roda 2", "Rental sepeda motor"), ("Sewa ", "Biaya sewa "), ("Cetak ", "Pencetakan "), ("Jasa ", "Biaya jasa "),
          ("Upah ", "Ongkos "), ("Biaya ", "Belanja ")]


def reword(rng, name):
    for a, b in REWORD:
        if a in name:
            return name.replace(a, b, 1)
    return rng.choice(["Pengadaan ", "Belanja ", "Penyediaan "]) + name[0].lower() + name[1:]


def alias_for(rng, row, avoid=None):
    opts = [(row["uraian"], row["spec"], row["satuan"], 1)] + row["aliases"]
    if avoid is not None and len(opts) > 1:
        opts = [o for o in opts if o[0] != avoid] or opts
    packs = [o for o in opts if o[3] != 1]
    if packs and rng.random() < 0.6:
        return rng.choice(packs)
    return rng.choice(opts)


def plan_file(rng, opd, gstate):
    """Return list of line dicts for one RKA file (already in printed order, numbered)."""
    lines = []
    gstate["off_used"] = set()
    for si, sub in enumerate(opd["subs"]):
        n_total = sub["n"]
        n_dup = 2
        n_base = n_total - n_dup
        used_groups = set()
        slots = []
        # label plan for base slots: drawn from the global quota bag
        for _ in range(n_base):
            slots.append(gstate["bag"].pop())
        fit = list(sub["fit"])
        fill = [k for k in OD.GENERIC_FIT if k not in fit]
        rng.shuffle(fill)
        fit_iter = fit + fill
        off_pool = list(sub["off"]) + [o for o in OD.GENERIC_OFF if o[0] not in sub["fit"]]
        rng.shuffle(off_pool)
        off_pool = list(sub["off"]) + [o for o in off_pool if o not in sub["off"]]
        noref_pool = list(sub["noref"]) + rng.sample(OD.GENERIC_NOREF, 6)
        sub_lines = [None] * len(slots)
        fi = 0
        order_fill = sorted(range(len(slots)), key=lambda i: "NO_PRICE_REFERENCE" in slots[i])
        excl = set(sub.get("off_exclude", []))
        off_pool = [o for o in off_pool if o[0] not in excl]
        for si_ in order_fill:
            labels = slots[si_]
            L = dict(sub_code=sub["code"], sub_name=sub["name"], labels=list(labels))
            if "NO_PRICE_REFERENCE" in labels:
                while True:
                    name, spec, unit, price, kind = noref_pool.pop(0)
                    g = "hvs" if "HVS" in name else ("flashdisk" if "Flashdisk" in name else ("ac" if name.startswith("AC") else name))
                    if g not in used_groups and not (g == "ac" and any(str(u).startswith("ac") for u in used_groups)):
                        break
                used_groups.add(g)
                L.update(item=name, spec=spec, unit=unit, kind=kind, ref=None, base_price=price, conv=None)
            elif "OFF_TARGET" in labels:
                while True:
                    key, name, spec = off_pool.pop(0)
                    row = CD.ALL[key]
                    if row["group"] not in used_groups and key not in gstate["off_used"]:
                        break
                used_groups.add(row["group"])
                gstate["off_used"].add(key)
                L.update(item=name, spec=spec or row["spec"], unit=row["satuan"], kind=row["kind"], ref=key, conv=1)
            else:
                while True:
                    key = fit_iter[fi]
                    fi += 1
                    row = CD.ALL[key]
                    if row["group"] not in used_groups:
                        break
                used_groups.add(row["group"])
                name, spec, unit, conv = alias_for(rng, row)
                L.update(item=name, spec=spec, unit=unit, kind=row["kind"], ref=key, conv=conv)
            sub_lines[si_] = L
        # quantities of base lines are fixed first so that duplicates can copy them
        for L in sub_lines:
            row = CD.ALL.get(L["ref"]) if L["ref"] else None
            L["koef_fixed"] = make_koef(rng, row, L["unit"], (row["harga"] * L["conv"]) if row else L["base_price"])
        # duplicates: the same need (same quantity) budgeted again further down, reworded
        cands = [x for x in sub_lines if x["ref"] and "ACCOUNT_MISMATCH" not in x["labels"] and "OFF_TARGET" not in x["labels"]]
        rng.shuffle(cands)
        for orig in cands[:n_dup]:
            row = CD.ALL[orig["ref"]]
            opts = [(row["uraian"], row["spec"], row["satuan"], 1)] + row["aliases"]
            opts = [o for o in opts if o[3] == orig["conv"] and o[0] != orig["item"]]
            if opts:
                name, spec, unit, conv = rng.choice(opts)
            else:
                name, spec, unit, conv = reword(rng, orig["item"]), orig["spec"], orig["unit"], orig["conv"]
            extra = gstate["dupbag"].pop()
            D = dict(sub_code=sub["code"], sub_name=sub["name"], labels=["DUPLICATE"] + extra, item=name, spec=spec,
                     unit=unit, kind=row["kind"], ref=orig["ref"], conv=conv, dup_of=id(orig), koef_fixed=list(orig["koef_fixed"]))
            sub_lines.append(D)
        # fill numbers
        for L in sub_lines:
            row = CD.ALL.get(L["ref"]) if L["ref"] else None
            if row:
                cat_unit_price = row["harga"] * L["conv"]
                if "OVERPRICED" in L["labels"]:
                    price = nice_up(cat_unit_price * rng.choice([1.25, 1.3, 1.4, 1.5, 1.75, 2.0, 2.5]))
                elif rng.random() < 0.65:
                    price = int(round(cat_unit_price))
                else:
                    price = nice_down(cat_unit_price * rng.choice([0.9, 0.93, 0.95, 0.97]))
                L["cat_price"] = row["harga"]
                L["cat_unit"] = row["satuan"]
                L["cat_src"] = "ssh_2027.xlsx" if row["src"] == "ssh" else "sbu_2027.pdf"
                L["cat_uraian"] = row["uraian"] + (f" ({row['spec']})" if row["spec"] else "")
            else:
                price = L["base_price"]
                L["cat_price"] = None
            L["price"] = int(price)
            L["koef"] = L["koef_fixed"] if "koef_fixed" in L else make_koef(rng, row, L["unit"], price)
            prod = 1
            for q, _ in L["koef"]:
                prod *= q
            L["volume_correct"] = prod
            L["volume"] = prod
            L["ppn"] = (opd["layout"] in PPN_LAYOUTS) and bool(row and row["src"] == "ssh" and rng.random() < 0.8)
            acc_kind = L["kind"]
            if "ACCOUNT_MISMATCH" in L["labels"]:
                acc_kind = rng.choice(CD.WRONG[L["kind"]])
            L["acc_kind"] = acc_kind
            L["acc_code"], L["acc_name"] = CD.ACC[acc_kind]
            L["acc_code_correct"], L["acc_name_correct"] = CD.ACC[L["kind"]]
            mult_n, mult_d = (100 + PPN_RATE, 100) if L["ppn"] else (1, 1)
            L["jumlah_correct"] = prod * price * mult_n // mult_d
            L["jumlah"] = L["jumlah_correct"]
            L["arith_kind"] = None
            if "ARITHMETIC" in L["labels"]:
                choices = ["typo"]
                if len(L["koef"]) > 1:
                    choices += ["vol", "vol"]
                if opd["layout"] in PPN_LAYOUTS:
                    choices = ["ppn"] if L["ppn"] else ["ppn0", "ppn0", "ppn0"] + choices
                ak = rng.choice(choices)
                L["arith_kind"] = ak
                if ak == "vol":
                    a, b = L["koef"][0][0], L["koef"][1][0]
                    wrong = rng.choice([a + b, a * b + a, a * (b + 1), a * b * 10, max(1, a * b - a)])
                    if wrong == prod:
                        wrong = prod + a
                    L["volume"] = wrong
                    L["jumlah"] = wrong * price * mult_n // mult_d
                elif ak == "ppn":      # PPN 11% printed but not added to jumlah
                    L["jumlah"] = prod * price
                elif ak == "ppn0":     # PPN 0% printed but 11% added to jumlah
                    L["jumlah"] = prod * price * (100 + PPN_RATE) // 100
                else:
                    j = L["jumlah_correct"]
                    t = rng.choice(["x10", "plus", "minus", "swap"])
                    if t == "x10":
                        j = j * 10
                    elif t == "plus":
                        j = j + rng.choice([100000, 250000, 1000000])
                    elif t == "minus" and j > 2000000:
                        j = j - rng.choice([500000, 1000000])
                    else:
                        s = str(j)
                        for i in range(len(s) - 1):
                            if s[i] != s[i + 1]:
                                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                                break
                        j = int(s) if int(s) != j else j + 100000
                    L["jumlah"] = j
        # printed order: by account code (stable) -> duplicates come after their originals
        order = sorted(range(len(sub_lines)), key=lambda i: (sub_lines[i]["acc_code"], i))
        sub_lines = [sub_lines[i] for i in order]
        pos = {id(x): k for k, x in enumerate(sub_lines)}
        for x in sub_lines:
            if "dup_of" in x:
                assert pos[x["dup_of"]] < pos[id(x)], "duplicate printed before its original"
                x["dup_of_item"] = next(y["item"] for y in sub_lines if id(y) == x["dup_of"])
                x["dup_of_pos"] = pos[x["dup_of"]]
        lines.extend(sub_lines)
    # numbering
    for i, L in enumerate(lines):
        L["seq"] = i + 1
    return lines


def build_bags(rng, n_lines_total, n_dups):
    """Label combinations for base lines (~40% clean) and the extra labels carried by duplicates."""
    n_base = n_lines_total - n_dups
    types = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "ACCOUNT_MISMATCH"]
    n_clean = round(0.40 * n_lines_total)
    n_dirty = n_base - n_clean
    per_type = round(n_dirty * 1.36 / 5)
    total_labels = per_type * len(types)
    n_double = total_labels - n_dirty
    assert 0 <= n_double <= n_dirty
    combos = []
    allowed_pairs = [("OVERPRICED", "ARITHMETIC"), ("OVERPRICED", "ACCOUNT_MISMATCH"), ("OFF_TARGET", "OVERPRICED"),
                     ("NO_PRICE_REFERENCE", "ARITHMETIC"), ("NO_PRICE_REFERENCE", "ACCOUNT_MISMATCH"), ("OFF_TARGET", "ARITHMETIC"),
                     ("ARITHMETIC", "ACCOUNT_MISMATCH"), ("OFF_TARGET", "ACCOUNT_MISMATCH")]
    cnt = {t: 0 for t in types}
    for i in range(n_double):
        a, b = allowed_pairs[i % len(allowed_pairs)]
        combos.append([a, b])
        cnt[a] += 1
        cnt[b] += 1
    singles = []
    for t in types:
        singles += [[t]] * (per_type - cnt[t])
    combos += singles
    assert len(combos) == n_dirty, (len(combos), n_dirty)
    bag = combos + [[] for _ in range(n_clean)]
    rng.shuffle(bag)
    dupbag = [[] for _ in range(n_dups)]
    for i in range(min(6, n_dups)):
        dupbag[i] = [["OVERPRICED"], ["ARITHMETIC"]][i % 2]
    rng.shuffle(dupbag)
    return bag, dupbag


# ------------------------------------------------------------------ text helpers
UNIT_SHORT = {"Orang": "org", "Jam": "jam", "Kali": "kali", "Bulan": "bln", "Hari": "hr", "Malam": "mlm", "Unit": "unit", "Buah": "bh",
              "Kegiatan": "keg"}


def koef_text(L, style):
    parts = L["koef"]
    if style == "sipd":
        return " x ".join(f"{q} {u}" for q, u in parts)
    if style == "short":
        return " x ".join(f"{q} {UNIT_SHORT.get(u, u.lower())}" for q, u in parts)
    if style == "csv":
        return " x ".join(f"{q} {u}" for q, u in parts)
    return " x ".join(f"{q} {u}" for q, u in parts)


def price_text_mixed(rng, v):
    if v >= 1000000 and v % 10000 == 0 and rng.random() < 0.45:
        s = f"{v / 1000000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} jt"
    return f"Rp {rp(v)}"


# ------------------------------------------------------------------ catalogues
def write_ssh_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 61 TAHUN 2026"
    ws["A2"] = "TENTANG STANDAR HARGA SATUAN (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws["A3"] = "Harga belum termasuk Pajak Pertambahan Nilai (PPN)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).font = Font(bold=r < 3, italic=r == 3)
    hdr = ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True)
        if c < 6:
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.cell(6, 6, "TA 2027").font = Font(bold=True)
    for c in range(1, 7):
        ws.cell(7, c, f"({c})").alignment = Alignment(horizontal="center")
    r = 8
    cat_prev = None
    no = 0
    cats = []
    for row in CD.SSH:
        if row["cat"] != cat_prev:
            cats.append(row["cat"])
            cat_prev = row["cat"]
            ws.cell(r, 1, f"{chr(64 + len(cats))}.")
            ws.cell(r, 2, row["cat"]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
            sub_i = 0
        no += 1
        sub_i += 1
        kode = f"1.1.7.01.{len(cats):02d}.{(sub_i - 1) // 20 + 1:02d}.{sub_i:03d}"
        row["kode"] = kode
        vals = [no, kode, row["uraian"], row["spec"], row["satuan"], row["harga"]]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v)
        ws.cell(r, 6).number_format = "#,##0"
        r += 1
    for c, w in zip("ABCDEF", [6, 22, 48, 44, 12, 18]):
        ws.column_dimensions[c].width = w
    wb.save(path)


def write_sbu_pdf(path):
    styles = ParagraphStyle("n", fontName="Helvetica", fontSize=7.5, leading=9)
    bold = ParagraphStyle("b", parent=styles, fontName="Helvetica-Bold")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="SBU 2027", author="BPKAD", creator="review34", producer="review34", invariant=1)
    story = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 61 TAHUN 2026", bold),
             Paragraph("STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", bold),
             Paragraph("Besaran merupakan batas tertinggi; tidak dikenakan PPN.", styles), Spacer(1, 6)]
    data = [["No", "Kode", "Uraian", "Satuan", "Besaran (Rp)"]]
    ts = [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    cat_prev, no, ci = None, 0, 0
    for row in CD.SBU:
        if row["cat"] != cat_prev:
            cat_prev = row["cat"]
            ci += 1
            data.append(["", "", Paragraph(row["cat"], bold), "", ""])
            ts.append(("SPAN", (2, len(data) - 1), (4, len(data) - 1)))
            k = 0
        no += 1
        k += 1
        row["kode"] = f"SBU.{ci:02d}.{k:03d}"
        ur = row["uraian"] + (f" ({row['spec']})" if row["spec"] else "")
        data.append([str(no), row["kode"], Paragraph(ur.replace("&", "&amp;"), styles), row["satuan"], rp(row["harga"])])
    t = Table(data, colWidths=[10 * mm, 22 * mm, 108 * mm, 22 * mm, 22 * mm], repeatRows=1)
    ts.append(("ALIGN", (4, 1), (4, -1), "RIGHT"))
    ts.append(("FONT", (0, 1), (-1, -1), "Helvetica", 7.5))
    t.setStyle(TableStyle(ts))
    story.append(t)
    doc.build(story)


# ------------------------------------------------------------------ layout 1: xlsx merged header + hidden helpers
def lay_xlsx_merged(opd, lines, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA Rincian Belanja"
    thin = Side(style="thin", color="888888")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    title = ["PEMERINTAH KOTA SAMARINDA", "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)",
             "TAHUN ANGGARAN 2027", f"Perangkat Daerah : {opd['opd_code']} {opd['opd']}", f"Urusan : {opd['urusan']}",
             f"Program : {opd['program']}", f"Kegiatan : {opd['kegiatan']}"]
    for i, t in enumerate(title, 1):
        ws.cell(i, 1, t).font = Font(bold=i <= 3, size=12 if i <= 3 else 10)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
    h1, h2 = 9, 10
    heads = {1: "No", 2: "Kode Rekening", 3: "Uraian", 4: "Spesifikasi", 9: "Jumlah (Rp)"}
    for c, h in heads.items():
        ws.cell(h1, c, h)
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.cell(h1, 5, "Rincian Perhitungan")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=8)
    for c, h in zip(range(5, 9), ["Koefisien", "Volume", "Satuan", "Harga Satuan"]):
        ws.cell(h2, c, h)
    for c, h in zip(range(10, 13), ["k1", "k2", "vol_hitung"]):
        ws.cell(h2, c, h)
    for r in (h1, h2):
        for c in range(1, 10):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.cell(r, c).border = B
    r = h2 + 1
    subs = {}
    for L in lines:
        subs.setdefault(L["sub_code"], []).append(L)
    for sc, sl in subs.items():
        sub = next(s for s in opd["subs"] if s["code"] == sc)
        ws.cell(r, 2, sc)
        ws.cell(r, 3, f"Sub Kegiatan: {sub['name']}")
        ws.cell(r, 9, sum(x["jumlah"] for x in sl)).number_format = "#,##0"
        for c in (2, 3, 9):
            ws.cell(r, c).font = Font(bold=True)
        r += 1
        ws.cell(r, 3, f"Indikator keluaran: {sub['output']} - target {sub['target']}; Lokasi: Kota Samarinda")
        ws.cell(r, 3).font = Font(italic=True)
        r += 1
        acc_prev = None
        for L in sl:
            if L["acc_code"] != acc_prev:
                acc_prev = L["acc_code"]
                ws.cell(r, 2, L["acc_code"])
                ws.cell(r, 3, L["acc_name"])
                ws.cell(r, 9, sum(x["jumlah"] for x in sl if x["acc_code"] == acc_prev)).number_format = "#,##0"
                for c in (2, 3, 9):
                    ws.cell(r, c).font = Font(bold=True)
                    ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
                r += 1
            vals = {1: L["seq"], 3: L["item"], 4: L["spec"], 5: koef_text(L, "sipd"), 6: L["volume"], 7: L["unit"], 8: L["price"],
                    9: L["jumlah"], 10: L["koef"][0][0], 11: L["koef"][1][0] if len(L["koef"]) > 1 else 1, 12: L["volume_correct"]}
            for c, v in vals.items():
                ws.cell(r, c, v)
                if c <= 9:
                    ws.cell(r, c).border = B
            for c in (8, 9):
                ws.cell(r, c).number_format = "#,##0"
            L["printed_no"] = str(L["seq"])
            r += 1
        ws.cell(r, 3, "Jumlah Sub Kegiatan")
        ws.cell(r, 9, sum(x["jumlah"] for x in sl)).number_format = "#,##0"
        ws.cell(r, 3).font = Font(bold=True)
        r += 2
    for c, w in zip("ABCDEFGHIJKL", [5, 20, 46, 28, 20, 9, 11, 15, 17, 6, 6, 10]):
        ws.column_dimensions[c].width = w
    for c in "JKL":
        ws.column_dimensions[c].hidden = True
    ws.freeze_panes = "A11"
    wb.save(path)


# ------------------------------------------------------------------ layout 2: sheet per sub-kegiatan, text prices, odd column order
def lay_xlsx_sheets(opd, lines, path, rng):
    wb = Workbook()
    rek = wb.active
    rek.title = "Rekap"
    rek["A1"] = f"REKAPITULASI RKA {opd['opd'].upper()} TA 2027"
    rek.append([])
    rek.append(["No", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Pagu (Rp)", "Sheet"])
    subs = {}
    for L in lines:
        subs.setdefault(L["sub_code"], []).append(L)
    for si, (sc, sl) in enumerate(subs.items(), 1):
        sub = next(s for s in opd["subs"] if s["code"] == sc)
        name = f"SK{si} {sc[-4:]}"
        rek.append([si, sc, sub["name"], f"Rp {rp(sum(x['jumlah'] for x in sl))}", name])
        ws = wb.create_sheet(name)
        ws["A1"] = "RINCIAN BELANJA SUB KEGIATAN"
        ws["A2"] = f"{sc}  {sub['name']}"
        ws["A3"] = f"Keluaran: {sub['output']} | Target: {sub['target']}"
        ws["A4"] = "Lokasi: Kota Samarinda - Kec. Samarinda Ulu (Mal Pelayanan Publik)   Sumber dana: PAD"
        hdr = ["No.", "Rekening", "Jumlah", "Uraian Belanja", "Spek", "Koef.", "Vol", "Satuan", "Harga"]
        for c, h in enumerate(hdr, 1):
            ws.cell(6, c, h).font = Font(bold=True)
            ws.cell(6, c).fill = PatternFill("solid", fgColor="FFF2CC")
        r = 7
        acc_prev = None
        k = 0
        for L in sl:
            if L["acc_code"] != acc_prev:
                acc_prev = L["acc_code"]
                ws.cell(r, 2, L["acc_code"]).font = Font(bold=True)
                ws.cell(r, 4, L["acc_name"]).font = Font(bold=True)
                ws.cell(r, 3, f"Rp {rp(sum(x['jumlah'] for x in sl if x['acc_code'] == acc_prev))}").font = Font(bold=True)
                r += 1
            k += 1
            L["printed_no"] = f"{si}.{k}"
            vals = [L["printed_no"], "", price_text_mixed(rng, L["jumlah"]), L["item"], L["spec"], koef_text(L, "short"), L["volume"],
                    L["unit"], price_text_mixed(rng, L["price"])]
            L["price_text"], L["jumlah_text"] = vals[8], vals[2]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            r += 1
        ws.cell(r + 1, 4, "TOTAL SUB KEGIATAN").font = Font(bold=True)
        ws.cell(r + 1, 3, f"Rp {rp(sum(x['jumlah'] for x in sl))}").font = Font(bold=True)
        for c, w in zip("ABCDEFGHI", [6, 20, 16, 46, 28, 18, 6, 10, 14]):
            ws.column_dimensions[c].width = w
    wb.save(path)


# ------------------------------------------------------------------ layout 8: one sheet, volume and unit in one cell, mixed prices
def lay_xlsx_volunit(opd, lines, path, rng):
    wb = Workbook()
    ws = wb.active
    ws.title = "Draft RKA 2027"
    ws["A1"] = "SEKRETARIAT DPRD KOTA SAMARINDA"
    ws["A2"] = "DRAFT RINCIAN BELANJA TA 2027 - BAGIAN PERSIDANGAN DAN PERUNDANG-UNDANGAN"
    ws["A3"] = "(bahan rapat internal, angka sementara)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["NO", "URAIAN", "VOL/SAT", "HARGA", "JUMLAH", "KET (rincian)", "KODE REK"]
    r = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, c).fill = PatternFill("solid", fgColor="1F4E78")
    r += 1
    subs = {}
    for L in lines:
        subs.setdefault(L["sub_code"], []).append(L)
    for si, (sc, sl) in enumerate(subs.items()):
        sub = next(s for s in opd["subs"] if s["code"] == sc)
        letter = "ABCDEFG"[si]
        ws.cell(r, 1, letter).font = Font(bold=True)
        ws.cell(r, 2, f"{sub['name']} ({sc})").font = Font(bold=True)
        ws.cell(r, 6, f"target: {sub['target']}")
        r += 1
        acc_prev = None
        k = 0
        for L in sl:
            if L["acc_code"] != acc_prev:
                acc_prev = L["acc_code"]
                ws.cell(r, 2, L["acc_name"]).font = Font(italic=True, bold=True)
                ws.cell(r, 7, L["acc_code"])
                r += 1
            k += 1
            L["printed_no"] = f"{letter}{k}"
            ptxt = L["price"] if rng.random() < 0.5 else price_text_mixed(rng, L["price"])
            L["price_text"] = ptxt if isinstance(ptxt, str) else None
            L["vol_cell"] = f"{L['volume']} {L['unit'].lower() if rng.random() < 0.5 else L['unit']}"
            vals = [L["printed_no"], L["item"] + (f", {L['spec']}" if L["spec"] and rng.random() < 0.6 else ""), L["vol_cell"], ptxt,
                    L["jumlah"], koef_text(L, "short"), ""]
            if vals[1] != L["item"]:
                L["item_cell"] = vals[1]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            ws.cell(r, 5).number_format = "#,##0"
            if isinstance(ptxt, int):
                ws.cell(r, 4).number_format = "#,##0"
            r += 1
        ws.cell(r, 2, "Sub Total").font = Font(bold=True)
        ws.cell(r, 5, sum(x["jumlah"] for x in sl)).number_format = "#,##0"
        ws.cell(r, 5).font = Font(bold=True)
        r += 2
    for c, w in zip("ABCDEFG", [6, 60, 14, 14, 16, 22, 20]):
        ws.column_dimensions[c].width = w
    wb.save(path)


# ------------------------------------------------------------------ layout 3: CSV export
def lay_csv(opd, lines, path):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["no", "kode_sub_kegiatan", "nama_sub_kegiatan", "kode_akun", "nama_akun", "uraian", "spesifikasi", "koefisien",
                "volume", "satuan", "harga_satuan", "jumlah"])
    for L in lines:
        L["printed_no"] = str(L["seq"])
        w.writerow([L["printed_no"], L["sub_code"], L["sub_name"], L["acc_code"], L["acc_name"], L["item"], L["spec"],
                    koef_text(L, "csv"), str(L["volume"]), L["unit"], rp(L["price"]) + ",00", rp(L["jumlah"]) + ",00"])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ layout 4: SIPD-like born-digital PDF
def lay_sipd_pdf(opd, lines, path):
    st = ParagraphStyle("n", fontName="Helvetica", fontSize=7, leading=8.5)
    sb = ParagraphStyle("b", parent=st, fontName="Helvetica-Bold")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title="RKA 2.2.1", author="SIPD", creator="SIPD-RI", producer="review34", invariant=1)

    def footer(c, d):
        c.setFont("Helvetica", 6.5)
        c.drawString(10 * mm, 6 * mm, f"Dicetak dari SIPD - RKA SKPD 2.2.1 TA 2027 - {opd['opd']}")
        c.drawRightString(287 * mm, 6 * mm, f"Halaman {d.page}")

    story = []
    subs = {}
    for L in lines:
        subs.setdefault(L["sub_code"], []).append(L)
    for si, (sc, sl) in enumerate(subs.items()):
        sub = next(s for s in opd["subs"] if s["code"] == sc)
        if si:
            story.append(PageBreak())
        story.append(Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", ParagraphStyle("t", parent=sb, fontSize=10, leading=12, alignment=1)))
        story.append(Paragraph("Pemerintah Kota Samarinda - Tahun Anggaran 2027 - Formulir RKA-BELANJA SKPD", ParagraphStyle("t2", parent=st, alignment=1)))
        story.append(Spacer(1, 4))
        hb = [["Urusan Pemerintahan", ":", opd["urusan"]], ["Organisasi", ":", f"{opd['opd_code']} {opd['opd']}"],
              ["Program", ":", opd["program"]], ["Kegiatan", ":", opd["kegiatan"]], ["Sub Kegiatan", ":", f"{sc} {sub['name']}"],
              ["Sumber Pendanaan", ":", "DAU - Dana Alokasi Umum"], ["Lokasi", ":", "Kota Samarinda, seluruh kecamatan"],
              ["Waktu Pelaksanaan", ":", "Januari s.d. Desember"], ["Keluaran Sub Kegiatan", ":", f"{sub['output']}"],
              ["Indikator / Target", ":", f"{sub['output']} : {sub['target']}"]]
        t = Table([[Paragraph(a, sb), b, Paragraph(c_, st)] for a, b, c_ in hb], colWidths=[40 * mm, 4 * mm, 230 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 5)]
        data = [["No", "Kode Rekening", "Uraian", "Koefisien", "Volume", "Satuan", "Harga (Rp)", "PPN", "Jumlah (Rp)"]]
        ts = [("GRID", (0, 0), (-1, -1), 0.3, colors.black), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c6d9f1")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("FONT", (0, 1), (-1, -1), "Helvetica", 7), ("ALIGN", (4, 1), (-1, -1), "RIGHT")]
        acc_prev = None
        for L in sl:
            if L["acc_code"] != acc_prev:
                acc_prev = L["acc_code"]
                data.append(["", L["acc_code"], Paragraph(L["acc_name"], sb), "", "", "", "", "",
                             rp(sum(x["jumlah"] for x in sl if x["acc_code"] == acc_prev))])
                ts.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#eeeeee")))
                ts.append(("FONT", (8, len(data) - 1), (8, len(data) - 1), "Helvetica-Bold", 7))
            L["printed_no"] = str(L["seq"])
            ur = f"[#] {L['item']}" + (f"<br/><font size=6>Spesifikasi: {L['spec']}</font>" if L["spec"] else "")
            data.append([L["printed_no"], "", Paragraph(ur.replace("&", "&amp;").replace("&amp;lt;", "&lt;"), st), koef_text(L, "sipd"),
                         str(L["volume"]), L["unit"], rp(L["price"]), f"{PPN_RATE}%" if L["ppn"] else "0%", rp(L["jumlah"])])
        data.append(["", "", Paragraph("JUMLAH SUB KEGIATAN", sb), "", "", "", "", "", rp(sum(x["jumlah"] for x in sl))])
        t = Table(data, colWidths=[9 * mm, 30 * mm, 88 * mm, 38 * mm, 14 * mm, 20 * mm, 24 * mm, 11 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle(ts))
        story.append(t)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ layouts 5/6: rendered raster pages
def render_table_image(opd, lines, title_lines, width_px, rows_per_page, font_px, seed_offset):
    """Draw printed RKA pages (white paper) with PIL; returns (list of images, list of text per page)."""
    f = ImageFont.truetype(FONT, font_px)
    fb = ImageFont.truetype(FONT_B, font_px)
    pages, texts = [], []
    cols = [("No", 0.05), ("Uraian / Spesifikasi", 0.37), ("Koefisien", 0.17), ("Vol", 0.06), ("Satuan", 0.09),
            ("Harga Satuan", 0.12), ("Jumlah (Rp)", 0.14)]
    margin = int(width_px * 0.06)
    tw = width_px - 2 * margin
    xs = [margin]
    for _, w in cols:
        xs.append(xs[-1] + int(w * tw))
    height_px = int(width_px * 1.414)
    # rows: ("sub", L) / ("acc", L) / ("line", L)
    rows = []
    prev_sub, prev_acc = None, None
    for L in lines:
        if L["sub_code"] != prev_sub:
            prev_sub, prev_acc = L["sub_code"], None
            rows.append(("sub", L))
        if L["acc_code"] != prev_acc:
            prev_acc = L["acc_code"]
            rows.append(("acc", L))
        rows.append(("line", L))
    chunks = [rows[i:i + rows_per_page] for i in range(0, len(rows), rows_per_page)]
    lh = int(font_px * 1.35)
    for pi, chunk in enumerate(chunks):
        img = Image.new("L", (width_px, height_px), 255)
        d = ImageDraw.Draw(img)
        y = margin
        txt = []
        if pi == 0:
            for i, t in enumerate(title_lines):
                d.text((margin, y), t, font=fb if i < 2 else f, fill=0)
                txt.append(t)
                y += lh
            y += lh // 2
        # header
        d.rectangle([xs[0], y, xs[-1], y + lh + 8], outline=0, width=2)
        for (h, _), x in zip(cols, xs):
            d.text((x + 5, y + 4), h, font=fb, fill=0)
            d.line([x, y, x, y + lh + 8], fill=0, width=2)
        txt.append(" | ".join(h for h, _ in cols))
        y += lh + 8
        for kind, L in chunk:
            if kind == "sub":
                text = f"Sub Kegiatan {L['sub_code']} {L['sub_name']}"
                wrapped = textwrap.wrap(text, int(tw / (font_px * 0.58)))
                hgt = lh * len(wrapped) + 8
                d.rectangle([xs[0], y, xs[-1], y + hgt], outline=0, width=1)
                for k, wline in enumerate(wrapped):
                    d.text((xs[0] + 5, y + 4 + k * lh), wline, font=fb, fill=0)
                txt.append(text)
                y += hgt
                continue
            if kind == "acc":
                tot = sum(x["jumlah"] for x in lines if x["sub_code"] == L["sub_code"] and x["acc_code"] == L["acc_code"])
                w1 = textwrap.wrap(f"{L['acc_code']} {L['acc_name']}", int((xs[6] - xs[1]) / (font_px * 0.6)))
                hgt = lh * len(w1) + 8
                d.rectangle([xs[0], y, xs[-1], y + hgt], outline=0, width=1, fill=235)
                for k, wline in enumerate(w1):
                    d.text((xs[1] + 5, y + 4 + k * lh), wline, font=fb, fill=0)
                s = rp(tot)
                d.text((xs[7] - 8 - d.textlength(s, font=fb), y + 4), s, font=fb, fill=0)
                txt.append(f"{L['acc_code']} {L['acc_name']} {s}")
                y += hgt
                continue
            L["printed_no"] = str(L["seq"])
            ur = L["item"] + (f" - {L['spec']}" if L["spec"] else "")
            w1 = textwrap.wrap(ur, int((xs[2] - xs[1]) / (font_px * 0.56)))
            w2 = textwrap.wrap(koef_text(L, "short"), int((xs[3] - xs[2]) / (font_px * 0.56)))
            n = max(len(w1), len(w2))
            hgt = lh * n + 8
            d.rectangle([xs[0], y, xs[-1], y + hgt], outline=0, width=1)
            for x in xs[1:-1]:
                d.line([x, y, x, y + hgt], fill=0, width=1)
            cells = [(0, [L["printed_no"]], "l"), (1, w1, "l"), (2, w2, "l"), (3, [str(L["volume"])], "r"), (4, [L["unit"]], "l"),
                     (5, [rp(L["price"])], "r"), (6, [rp(L["jumlah"])], "r")]
            for ci, tl, al in cells:
                for k, t in enumerate(tl):
                    if al == "r":
                        d.text((xs[ci + 1] - 8 - d.textlength(t, font=f), y + 4 + k * lh), t, font=f, fill=0)
                    else:
                        d.text((xs[ci] + 5, y + 4 + k * lh), t, font=f, fill=0)
            txt.append(" | ".join([L["printed_no"], ur, koef_text(L, "short"), str(L["volume"]), L["unit"], rp(L["price"]), rp(L["jumlah"])]))
            y += hgt
        d.text((margin, min(height_px - margin, y + lh)), f"Hal. {pi + 1} dari {len(chunks)}", font=f, fill=0)
        txt.append(f"Hal. {pi + 1} dari {len(chunks)}")
        pages.append(img)
        texts.append("\n".join(txt))
    return pages, texts


def degrade_scan(img, rng_np, angle):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 10  # grey paper
    a += rng_np.normal(0, 9, a.shape)
    # speckles
    sp = rng_np.random(a.shape) < 0.0008
    a[sp] = 40
    # faint vertical streak from the feeder
    x0 = int(a.shape[1] * 0.71)
    a[:, x0:x0 + 3] -= 25
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return img


def lay_scan(opd, lines, path, truth_path):
    title = [f"RKA-SKPD 2.2.1  {opd['opd'].upper()}  TAHUN ANGGARAN 2027", "RINCIAN ANGGARAN BELANJA MENURUT SUB KEGIATAN",
             f"Urusan  : {opd['urusan']}", f"Program : {opd['program']}", f"Kegiatan: {opd['kegiatan'][:95]}", "Lokasi  : Kecamatan Sambutan, Kota Samarinda"]
    pages, texts = render_table_image(opd, lines, title, 1654, 24, 21, 0)
    rng_np = np.random.default_rng(SEED + 5)
    out = [degrade_scan(p, rng_np, a) for p, a in zip(pages, [0.9, -1.3, 0.6])]
    out[0].save(path, "PDF", resolution=200, save_all=True, append_images=out[1:], creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(),
                producer="Canon DR-C225 II", title="scan0034")
    with open(truth_path, "w", encoding="utf-8") as fh:
        for i, t in enumerate(texts, 1):
            fh.write(f"=== page {i} ===\n{t}\n")


def lay_photo(opd, lines, path, truth_path):
    sub = opd["subs"][0]
    title = ["UPTD PENGELOLAAN TAMAN KOTA - DLH KOTA SAMARINDA", "RINCIAN BELANJA (DRAFT RKA) TA 2027",
             f"Program : {opd['program']}", "Lokasi  : Taman Samarendah, Taman Cerdas, jalur hijau Jl. Juanda & Jl. P. Antasari"]
    pages, texts = render_table_image(opd, lines, title, 1500, 60, 19, 0)
    page = pages[0]
    # crop to used area
    a = np.asarray(page)
    ys = np.where(a.min(axis=1) < 128)[0]
    page = page.crop((0, 0, page.width, min(page.height, ys.max() + 60)))
    W, H = page.size
    # put on a darker desk background, perspective warp, uneven light
    canvas_w, canvas_h = int(W * 1.12), int(H * 1.12)
    bg = Image.new("RGB", (canvas_w, canvas_h), (92, 74, 58))
    src = page.convert("RGB")
    dx, dy = int(W * 0.05), int(H * 0.05)
    bg.paste(src, (dx, dy))
    # perspective: map output quad to input
    coeffs = _persp_coeffs([(0, 0), (canvas_w, 0), (canvas_w, canvas_h), (0, canvas_h)],
                           [(-30, 10), (canvas_w + 10, -25), (canvas_w - 35, canvas_h + 20), (20, canvas_h - 10)])
    warped = bg.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(80, 65, 50))
    arr = np.asarray(warped).astype(np.float32)
    yy, xx = np.mgrid[0:canvas_h, 0:canvas_w]
    light = 0.78 + 0.30 * (1 - ((xx / canvas_w - 0.3) ** 2 + (yy / canvas_h - 0.25) ** 2))
    arr = arr * light[..., None]
    arr[..., 2] *= 0.93  # warm indoor light
    rng_np = np.random.default_rng(SEED + 6)
    arr += rng_np.normal(0, 5, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).rotate(-1.8, resample=Image.BICUBIC, expand=True, fillcolor=(80, 65, 50))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    img.save(path, "JPEG", quality=78)
    with open(truth_path, "w", encoding="utf-8") as fh:
        fh.write("=== photo ===\n" + texts[0] + "\n")


def _persp_coeffs(out_pts, in_pts):
    A, Bv = [], []
    for (x, y), (u, v) in zip(out_pts, in_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        Bv += [u, v]
    return list(np.linalg.solve(np.array(A, float), np.array(Bv, float)))


# ------------------------------------------------------------------ layout 7: PDF without ruling, header only once
def lay_noruling(opd, lines, path):
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("RKA Bidang SDA 2027")
    W, H = A4
    x = [14 * mm, 24 * mm, 98 * mm, 132 * mm, 152 * mm, 178 * mm]  # No, Uraian, Koef, Volume, Harga, Jumlah(right edge at 198)
    y = H - 18 * mm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x[0], y, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA")
    y -= 13
    c.setFont("Helvetica", 8.5)
    for t in ["Bidang Sumber Daya Air - Rancangan RKA Tahun Anggaran 2027 (bahan asistensi TAPD)", f"Program: {opd['program']}",
              f"Kegiatan: {opd['kegiatan']}"]:
        c.drawString(x[0], y, t)
        y -= 11
    y -= 8
    c.setFont("Helvetica-Bold", 8)
    for xx, h in zip(x, ["No", "Uraian", "Koefisien", "Volume", "Harga Sat."]):
        c.drawString(xx, y, h)
    c.drawRightString(198 * mm, y, "Jumlah")
    y -= 14
    prev_sub, prev_acc = None, None
    page = 1

    def newline(step):
        nonlocal y, page
        y -= step
        if y < 22 * mm:
            c.setFont("Helvetica", 7)
            c.drawRightString(198 * mm, 10 * mm, f"- {page} -")
            c.showPage()
            page += 1
            y = H - 18 * mm

    for L in lines:
        if L["sub_code"] != prev_sub:
            prev_sub, prev_acc = L["sub_code"], None
            sub = next(s for s in opd["subs"] if s["code"] == L["sub_code"])
            newline(4)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x[0], y, f"{sub['code']}  {sub['name']}")
            newline(10)
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(x[1], y, f"Output: {sub['output']} ({sub['target']})")
            newline(11)
        if L["acc_code"] != prev_acc:
            prev_acc = L["acc_code"]
            c.setFont("Helvetica-Bold", 7.5)
            name = L["acc_name"]
            c.drawString(x[1], y, f"{L['acc_code']}  {name[:80]}")
            if len(name) > 80:
                newline(9)
                c.drawString(x[1] + 20, y, name[80:])
            tot = sum(z["jumlah"] for z in lines if z["sub_code"] == L["sub_code"] and z["acc_code"] == L["acc_code"])
            c.drawRightString(198 * mm, y, rp(tot))
            newline(11)
        L["printed_no"] = str(L["seq"])
        c.setFont("Helvetica", 7.5)
        ur = L["item"] + (f" ({L['spec']})" if L["spec"] else "")
        w1 = textwrap.wrap(ur, 46)
        L["vol_cell"] = f"{L['volume']} {L['unit']}"
        c.drawString(x[0], y, L["printed_no"])
        c.drawString(x[2], y, koef_text(L, "short"))
        c.drawString(x[3], y, L["vol_cell"])
        c.drawRightString(x[5] - 2 * mm, y, rp(L["price"]))
        c.drawRightString(198 * mm, y, rp(L["jumlah"]))
        for k, t in enumerate(w1):
            if k:
                newline(9)
            c.drawString(x[1], y, t)
        newline(12)
    c.setFont("Helvetica-Bold", 8)
    newline(4)
    c.drawString(x[1], y, "TOTAL BIDANG SDA")
    c.drawRightString(198 * mm, y, rp(sum(z["jumlah"] for z in lines)))
    c.setFont("Helvetica", 7)
    c.drawRightString(198 * mm, 10 * mm, f"- {page} -")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ main
def main():
    rng = random.Random(SEED)
    os.makedirs(DATA, exist_ok=True)
    for fn in os.listdir(DATA):
        os.remove(os.path.join(DATA, fn))
    write_ssh_xlsx(os.path.join(DATA, "ssh_2027.xlsx"))
    write_sbu_pdf(os.path.join(DATA, "sbu_2027.pdf"))
    n_total = sum(s["n"] for o in OD.OPDS for s in o["subs"])
    n_dups = 2 * sum(len(o["subs"]) for o in OD.OPDS)
    bag, dupbag = build_bags(rng, n_total, n_dups)
    gstate = {"bag": bag, "dupbag": dupbag}
    manifest, truth = [], {}
    for opd in OD.OPDS:
        lines = plan_file(rng, opd, gstate)
        path = os.path.join(DATA, opd["file"])
        stem = os.path.splitext(opd["file"])[0]
        lay = opd["layout"]
        if lay == "xlsx_merged_hidden_helper":
            lay_xlsx_merged(opd, lines, path)
        elif lay == "xlsx_sheet_per_sub_text_prices":
            lay_xlsx_sheets(opd, lines, path, rng)
        elif lay == "csv_sipd_export":
            lay_csv(opd, lines, path)
        elif lay == "xlsx_volume_unit_one_cell":
            lay_xlsx_volunit(opd, lines, path, rng)
        elif lay == "sipd_pdf_ppn":
            lay_sipd_pdf(opd, lines, path)
        elif lay == "scan_image_pdf":
            lay_scan(opd, lines, path, os.path.join(HERE, "scan_truth.txt"))
        elif lay == "phone_photo_jpg":
            lay_photo(opd, lines, path, os.path.join(HERE, "photo_truth.txt"))
        elif lay == "pdf_no_ruling_no_repeat_header":
            lay_noruling(opd, lines, path)
        labels = {L["printed_no"]: sorted(set(L["labels"]), key=LABELS.index) for L in lines}
        assert len(labels) == len(lines)
        with open(os.path.join(DATA, stem + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": opd["file"], "catalogues": ["ssh_2027.xlsx", "sbu_2027.pdf"], "labels": stem + ".labels.json",
                         "opd": opd["opd"], "layout": lay})
        out = []
        for L in lines:
            row = CD.ALL.get(L["ref"]) if L["ref"] else None
            out.append({
                "no": L["printed_no"], "sub_kegiatan_code": L["sub_code"], "sub_kegiatan_name": L["sub_name"],
                "account_code": L["acc_code"], "account_name": L["acc_name"],
                "account_code_correct": L["acc_code_correct"], "account_name_correct": L["acc_name_correct"],
                "item": L["item"], "spec": L["spec"], "unit": L["unit"],
                "koefisien": [[q, u] for q, u in L["koef"]], "volume_printed": L["volume"], "volume_correct": L["volume_correct"],
                "price": L["price"], "price_text": L.get("price_text"), "item_cell_text": L.get("item_cell"), "volume_cell_text": L.get("vol_cell"), "ppn_percent": PPN_RATE if L["ppn"] else 0,
                "jumlah_printed": L["jumlah"], "jumlah_text": L.get("jumlah_text"), "jumlah_correct": L["jumlah_correct"],
                "arithmetic_kind": L["arith_kind"],
                "catalogue_ref": None if not row else {
                    "file": L["cat_src"], "kode": row.get("kode"), "key": row["key"], "uraian": L["cat_uraian"],
                    "satuan": row["satuan"], "harga": row["harga"], "catalogue_units_per_rka_unit": L["conv"],
                    "catalogue_price_per_rka_unit": round(row["harga"] * L["conv"], 2),
                    "ratio_price_to_catalogue": round(L["price"] / (row["harga"] * L["conv"]), 4)},
                "duplicate_of": None if "dup_of_pos" not in L else {"item": L["dup_of_item"],
                                                                     "no": lines[[i for i, z in enumerate(lines) if id(z) == L["dup_of"]][0]]["printed_no"]},
                "labels": sorted(set(L["labels"]), key=LABELS.index),
            })
        truth[opd["file"]] = {"opd": opd["opd"], "layout": lay, "lines": out}
    for fn in os.listdir(DATA):
        if fn.endswith(".xlsx"):
            fix_xlsx(os.path.join(DATA, fn))
    with open(os.path.join(DATA, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    assert not gstate["bag"] and not gstate["dupbag"], (len(gstate["bag"]), len(gstate["dupbag"]))
    print("ok", sum(len(v["lines"]) for v in truth.values()), "lines")


if __name__ == "__main__":
    main()
