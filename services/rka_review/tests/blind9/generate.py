# -*- coding: utf-8 -*-
"""Regenerate the review9 blind set.  Run with the scratch venv:
   /work/scratch/review9/bin/python generate.py
Deterministic (fixed seeds, fixed document dates)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from setdata import SSH, SSH_CATS, SBU, SBU_SECTIONS, ACC, RKAS, ref_price, ref_name, ref_spec, ref_unit  # noqa

DATA = os.path.join(HERE, "data")
TRUTH = os.path.join(HERE, "truth")
SSH_FILE = "SSH_Kota_Samarinda_TA2027.xlsx"
SBU_FILE = "SBU_Kota_Samarinda_TA2027.pdf"
CATALOGUES = [SSH_FILE, SBU_FILE]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


def rp(n, dec=False):
    s = f"{int(n):,}".replace(",", ".")
    return f"Rp {s},00" if dec else f"Rp {s}"


def num(n):
    return f"{int(n):,}".replace(",", ".")


# ------------------------------------------------------------ line resolution
def resolve(rka):
    """Turn author lines into concrete rows with No, numbers and labels."""
    has_ppn = rka["layout"].startswith("A_")
    no = 0
    out_subkegs = []
    for sk in rka["subkegs"]:
        order = []
        for ln in sk["lines"]:
            if ln["acct"] not in order:
                order.append(ln["acct"])
        groups = []
        for acct in order:
            rows = []
            for ln in [x for x in sk["lines"] if x["acct"] == acct]:
                no += 1
                fl = ln["fl"]
                ref = ln["ref"]
                conv = fl.get("conv", 1)
                koef = ln["koef"]
                vol_true = 1
                for n, _ in koef:
                    vol_true *= n
                vol = vol_true + fl.get("AV", 0)
                if ref is None:
                    price = ln["price"]
                    refp = None
                else:
                    refp = ref_price(ref) * conv
                    p = ln["price"]
                    if p is None:
                        price = refp
                    elif isinstance(p, float):
                        price = int(round(refp * p / 500.0)) * 500
                    else:
                        price = p
                acc_code = ACC[acct][0]
                ppn = 0
                if has_ppn and (acc_code.startswith("5.1.02.01") or acc_code.startswith("5.2")):
                    ppn = 11
                correct = round(vol * price * (100 + ppn) / 100)
                jumlah = correct
                aj = fl.get("AJ")
                if aj == "swap":
                    s = str(correct)
                    i = 1 if s[1] != s[2] else 0
                    while s[i] == s[i + 1]:
                        i += 1
                    jumlah = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                elif aj == "zero":
                    jumlah = correct * 10
                elif aj == "drop":
                    jumlah = correct // 10
                elif aj == "ppn":
                    jumlah = round(vol * price) if ppn else round(vol * price * 1.11)
                elif isinstance(aj, int):
                    jumlah = correct + aj
                if len(koef) == 1:
                    koef_txt = f"{num(koef[0][0])} {koef[0][1]}"
                    sat = koef[0][1]
                else:
                    koef_txt = " x ".join(f"{num(n)} {u}" for n, u in koef)
                    sat = "/".join(u for _, u in koef)
                labels = []
                if refp is not None and price > refp:
                    assert price > refp * 1.10, (rka["id"], no, price, refp)
                    labels.append("OVERPRICED")
                if ref is None:
                    labels.append("NO_PRICE_REFERENCE")
                if fl.get("OT"):
                    labels.append("OFF_TARGET")
                if aj is not None or fl.get("AV"):
                    assert jumlah != correct or vol != vol_true
                    labels.append("ARITHMETIC")
                if fl.get("DUP"):
                    labels.append("DUPLICATE")
                if fl.get("ACC"):
                    labels.append("ACCOUNT_MISMATCH")
                rows.append(dict(
                    no=no, acct=acct, acct_code=acc_code, acct_name=ACC[acct][1], ref=ref, conv=conv,
                    uraian=ln["uraian"] or ref_name(ref), spec=ln["spec"] if ln["spec"] is not None else (ref_spec(ref) if ref else ""),
                    koef=koef, koef_txt=koef_txt, vol_koef=vol_true, vol=vol, sat=sat, price=price, ref_price=refp,
                    ppn=ppn, jumlah=jumlah, correct_jumlah=correct, labels=labels))
            groups.append(dict(code=ACC[acct][0], name=ACC[acct][1], rows=rows,
                               subtotal=sum(r["jumlah"] for r in rows)))
        out_subkegs.append(dict(sk, groups=groups, total=sum(g["subtotal"] for g in groups)))
    return out_subkegs


# ------------------------------------------------------------ catalogues
def write_ssh(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:G1"); ws["A1"] = "LAMPIRAN I"
    ws.merge_cells("A2:G2"); ws["A2"] = "KEPUTUSAN WALI KOTA SAMARINDA NOMOR 100.3.3.2/412/HK-KS/X/2026"
    ws.merge_cells("A3:G3"); ws["A3"] = "TENTANG STANDAR SATUAN HARGA BARANG DAN JASA PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws.merge_cells("A5:G5"); ws["A5"] = "STANDAR SATUAN HARGA (SSH) - BARANG PAKAI HABIS, PERALATAN DAN BAHAN"
    ws["A6"] = "Catatan: harga merupakan batas tertinggi, belum termasuk PPN, franco Kota Samarinda."
    for c in ("A1", "A2", "A3"):
        ws[c].alignment = Alignment(horizontal="right")
    ws["A5"].font = Font(bold=True, size=12)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"].font = Font(italic=True, size=9)
    # two-row merged header
    r = 8
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1); ws.cell(r, 1, "No.")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4); ws.cell(r, 2, "Identitas Barang")
    ws.cell(r + 1, 2, "Kode Barang"); ws.cell(r + 1, 3, "Nama Barang"); ws.cell(r + 1, 4, "Spesifikasi / Ukuran")
    ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5); ws.cell(r, 5, "Satuan")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7); ws.cell(r, 6, "Harga Satuan Tertinggi TA 2027")
    ws.cell(r + 1, 6, "Rupiah"); ws.cell(r + 1, 7, "Ket.")
    hdr = PatternFill("solid", fgColor="D9E1F2")
    for rr in (r, r + 1):
        for cc in range(1, 8):
            c = ws.cell(rr, cc)
            c.font = Font(bold=True); c.fill = hdr; c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 2
    ws.cell(r, 1, "(1)"); ws.cell(r, 2, "(2)"); ws.cell(r, 3, "(3)"); ws.cell(r, 4, "(4)"); ws.cell(r, 5, "(5)"); ws.cell(r, 6, "(6)"); ws.cell(r, 7, "(7)")
    for cc in range(1, 8):
        ws.cell(r, cc).alignment = Alignment(horizontal="center"); ws.cell(r, cc).font = Font(size=8, italic=True)
    r += 1
    for ci, (cat, cname) in enumerate(SSH_CATS.items()):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, f"{cat}. {cname}").font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        items = [(k, v) for k, v in SSH.items() if v[1] == cat]
        items.sort(key=lambda kv: kv[1][0])
        for i, (k, v) in enumerate(items, 1):
            kode, _, nama, spec, sat, harga = v
            ket = "termasuk ongkos pasang" if "pemasangan" in spec or "terpasang" in spec else ""
            vals = [f"{cat}.{i}", kode, nama, spec, sat, rp(harga, dec=True), ket]
            for cc, val in enumerate(vals, 1):
                c = ws.cell(r, cc, val); c.border = box
                c.alignment = Alignment(vertical="top", wrap_text=(cc in (3, 4)))
            ws.cell(r, 6).alignment = Alignment(horizontal="right")
            r += 1
    r += 1
    ws.cell(r, 5, "Samarinda, 21 Oktober 2026"); r += 1
    ws.cell(r, 5, "WALI KOTA SAMARINDA,"); r += 4
    ws.cell(r, 5, "ttd."); r += 1
    ws.cell(r, 5, "ANDI HARUN")
    for col, w in zip("ABCDEFG", (7, 20, 34, 46, 10, 20, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A11"
    wb.save(path)


def pdf_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))


def write_sbu(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdf_fonts()
    st = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=10.5)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=10, leading=13, alignment=1)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=9, leading=12)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="SBU Kota Samarinda TA 2027", author="BPKAD Kota Samarinda", invariant=1)
    el = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 27 TAHUN 2026", st),
          Paragraph("TENTANG STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", st), Spacer(1, 6),
          Paragraph("STANDAR BIAYA UMUM<br/>HONORARIUM, PERJALANAN DINAS, KONSUMSI, SEWA DAN UPAH", stb), Spacer(1, 4),
          Paragraph("Besaran merupakan batas tertinggi. Untuk konsumsi dan sewa, besaran belum termasuk PPN.", st), Spacer(1, 8)]
    for sec, sname in SBU_SECTIONS.items():
        el.append(Paragraph(f"{sec}. {sname}", sth))
        data = [["No", "Uraian", "Satuan", "Besaran (Rp)"]]
        items = [(k, v) for k, v in SBU.items() if v[0] == sec]
        for i, (k, v) in enumerate(items, 1):
            data.append([str(i), Paragraph(v[1], st), v[2], num(v[3])])
        t = Table(data, colWidths=[10 * mm, 105 * mm, 28 * mm, 30 * mm], repeatRows=1)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
            ("ALIGN", (3, 1), (3, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        el += [t, Spacer(1, 8)]
    el.append(Paragraph("Keterangan: OJ = orang jam; OH = orang hari. Uang harian perjalanan dinas sudah termasuk uang makan dan transport lokal.", st))

    def foot(c, d):
        c.setFont("DV", 7.5)
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, f"SBU TA 2027 - hal. {d.page}")
    doc.build(el, onFirstPage=foot, onLaterPages=foot)


# ------------------------------------------------------------ RKA layout A
def header_lines(rka, sk):
    return [
        ("Urusan Pemerintahan", rka["urusan"]),
        ("Program", rka["program"]),
        ("Kegiatan", rka["kegiatan"]),
        ("Sub Kegiatan", f"{sk['code']} - {sk['name']}"),
        ("Organisasi", f"{rka['opd_code']} - {rka['opd']}"),
        ("Lokasi", sk["lokasi"]),
        ("Sumber Pendanaan", "PAD / DAU"),
        ("Indikator Keluaran", sk["indikator"]),
        ("Target Keluaran", sk["target"]),
    ]


def write_layout_a(rka, sks, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sk in sks:
        ws = wb.create_sheet("SK " + sk["code"][-4:])
        ws.merge_cells("A1:J1"); ws["A1"] = "RENCANA KERJA DAN ANGGARAN"
        ws.merge_cells("A2:J2"); ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH - RINCIAN BELANJA SUB KEGIATAN"
        ws.merge_cells("A3:J3"); ws["A3"] = "Pemerintah Kota Samarinda  -  Tahun Anggaran 2027"
        for c in ("A1", "A2", "A3"):
            ws[c].alignment = Alignment(horizontal="center"); ws[c].font = Font(bold=True, size=11 if c != "A3" else 10)
        r = 5
        for k, v in header_lines(rka, sk):
            ws.cell(r, 1, k); ws.cell(r, 3, ": " + v)
            r += 1
        r += 1
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=9); ws.cell(r, 5, "Rincian Perhitungan")
        for cc, t in ((1, "No"), (2, "Kode Rekening"), (3, "Uraian"), (4, "Spesifikasi"), (10, "Jumlah (Rp)")):
            ws.merge_cells(start_row=r, start_column=cc, end_row=r + 1, end_column=cc); ws.cell(r, cc, t)
        for cc, t in ((5, "Koefisien"), (6, "Volume"), (7, "Satuan"), (8, "Harga Satuan"), (9, "PPN (%)")):
            ws.cell(r + 1, cc, t)
        for rr in (r, r + 1):
            for cc in range(1, 11):
                c = ws.cell(rr, cc); c.font = Font(bold=True); c.border = box
                c.fill = PatternFill("solid", fgColor="FFF2CC")
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 2
        for g in sk["groups"]:
            ws.cell(r, 2, g["code"]); ws.cell(r, 3, g["name"]); ws.cell(r, 10, g["subtotal"])
            for cc in range(1, 11):
                ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = box
            ws.cell(r, 10).number_format = "#,##0"
            r += 1
            for x in g["rows"]:
                vals = [x["no"], "", x["uraian"], x["spec"], x["koef_txt"], x["vol"], x["sat"], x["price"], x["ppn"], x["jumlah"]]
                for cc, v in enumerate(vals, 1):
                    c = ws.cell(r, cc, v); c.border = box
                    if cc in (6, 8, 10):
                        c.number_format = "#,##0"
                    if cc in (3, 4, 5):
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, "JUMLAH SUB KEGIATAN"); ws.cell(r, 1).alignment = Alignment(horizontal="right")
        ws.cell(r, 10, sk["total"]).number_format = "#,##0"
        ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 10).font = Font(bold=True)
        r += 2
        ws.cell(r, 8, "Samarinda, 2 Desember 2026"); r += 1
        ws.cell(r, 8, "Kepala Dinas Kesehatan"); r += 4
        ws.cell(r, 8, "dr. NURSIAH RAHMAWATI, M.Kes"); r += 1
        ws.cell(r, 8, "NIP. 19760512 200502 2 004")
        for col, w in zip("ABCDEFGHIJ", (6, 20, 44, 30, 22, 9, 14, 15, 8, 17)):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------ RKA layout B
def write_layout_b(rka, sks, path, head_title, signer):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA 2.2.1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:I1"); ws["A1"] = head_title
    ws.merge_cells("A2:I2"); ws["A2"] = f"{rka['opd'].upper()}  -  TAHUN ANGGARAN 2027"
    ws.merge_cells("A3:I3"); ws["A3"] = "(draft untuk verifikasi TAPD - angka dalam Rupiah)"
    for c in ("A1", "A2"):
        ws[c].font = Font(bold=True, size=12); ws[c].alignment = Alignment(horizontal="center")
    ws["A3"].alignment = Alignment(horizontal="center"); ws["A3"].font = Font(italic=True, size=9)
    ws["A5"] = "Urusan"; ws["C5"] = rka["urusan"]
    ws["A6"] = "Program"; ws["C6"] = rka["program"]
    ws["A7"] = "Kegiatan"; ws["C7"] = rka["kegiatan"]
    ws["A8"] = "Organisasi"; ws["C8"] = rka["opd_code"] + "  " + rka["opd"]
    r = 10
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8); ws.cell(r, 6, "Rincian Perhitungan")
    for cc, t in ((1, "Kode Rekening"), (2, "No."), (3, "Uraian Belanja"), (4, "Keterangan / Spesifikasi"), (5, "Koefisien"), (9, "Jumlah")):
        ws.merge_cells(start_row=r, start_column=cc, end_row=r + 1, end_column=cc); ws.cell(r, cc, t)
    for cc, t in ((6, "Vol."), (7, "Sat."), (8, "Harga Satuan")):
        ws.cell(r + 1, cc, t)
    for rr in (r, r + 1):
        for cc in range(1, 10):
            c = ws.cell(rr, cc); c.font = Font(bold=True, color="FFFFFF"); c.border = box
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 2
    for i in range(1, 10):
        ws.cell(r, i, str(i)).alignment = Alignment(horizontal="center")
        ws.cell(r, i).font = Font(size=8)
    r += 1
    grand = 0
    for sk in sks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, f"SUB KEGIATAN : {sk['code']}  {sk['name']}").font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, f"Indikator Keluaran : {sk['indikator']}  |  Target : {sk['target']}  |  Lokasi : {sk['lokasi']}")
        ws.cell(r, 1).font = Font(italic=True, size=9)
        r += 1
        for g in sk["groups"]:
            ws.cell(r, 1, g["code"]); ws.cell(r, 3, g["name"]); ws.cell(r, 9, rp(g["subtotal"]))
            for cc in range(1, 10):
                ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = box
            ws.cell(r, 9).alignment = Alignment(horizontal="right")
            r += 1
            for x in g["rows"]:
                vals = ["", x["no"], x["uraian"], x["spec"], x["koef_txt"], num(x["vol"]), x["sat"], rp(x["price"]), rp(x["jumlah"])]
                for cc, v in enumerate(vals, 1):
                    c = ws.cell(r, cc, v); c.border = box
                    if cc in (8, 9, 6):
                        c.alignment = Alignment(horizontal="right")
                    if cc in (3, 4):
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, f"Jumlah Sub Kegiatan {sk['code']}").alignment = Alignment(horizontal="right")
        ws.cell(r, 9, rp(sk["total"])).alignment = Alignment(horizontal="right")
        ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 9).font = Font(bold=True)
        grand += sk["total"]
        r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, "TOTAL BELANJA").font = Font(bold=True)
    ws.cell(r, 9, rp(grand)).font = Font(bold=True)
    r += 2
    ws.cell(r, 7, "Samarinda, 28 November 2026"); r += 1
    ws.cell(r, 7, signer[0]); r += 4
    ws.cell(r, 7, signer[1]); r += 1
    ws.cell(r, 7, signer[2])
    for col, w in zip("ABCDEFGHI", (19, 6, 46, 32, 24, 9, 10, 17, 19)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------ RKA layout C
def write_layout_c(rka, sks, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Info Sub Kegiatan"
    ws0["A1"] = f"Export Rincian Belanja - {rka['opd']} - TA 2027"; ws0["A1"].font = Font(bold=True)
    ws0["A2"] = rka["urusan"]; ws0["A3"] = rka["program"]; ws0["A4"] = rka["kegiatan"]
    hdr = ["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Indikator Keluaran", "Target", "Lokasi", "Pagu Usulan (Rp)"]
    for i, h in enumerate(hdr, 1):
        ws0.cell(6, i, h).font = Font(bold=True)
    for j, sk in enumerate(sks, 7):
        for i, v in enumerate([sk["code"], sk["name"], sk["indikator"], sk["target"], sk["lokasi"], sk["total"]], 1):
            ws0.cell(j, i, v)
        ws0.cell(j, 6).number_format = "#,##0"
    for col, w in zip("ABCDEF", (20, 48, 60, 16, 40, 18)):
        ws0.column_dimensions[col].width = w
    ws = wb.create_sheet("Rincian Belanja")
    hdr = ["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Kode Akun", "Nama Akun", "No", "Komponen Belanja", "Spesifikasi",
           "Koefisien", "Satuan", "Volume", "Harga Satuan", "Total Harga"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(1, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 2
    for sk in sks:
        for g in sk["groups"]:
            for x in g["rows"]:
                vals = [sk["code"], sk["name"], g["code"], g["name"], x["no"], x["uraian"], x["spec"], x["koef_txt"], x["sat"], x["vol"], x["price"], x["jumlah"]]
                for i, v in enumerate(vals, 1):
                    ws.cell(r, i, v)
                for i in (10, 11, 12):
                    ws.cell(r, i).number_format = "#,##0"
                r += 1
    ws.cell(r + 1, 11, "TOTAL").font = Font(bold=True)
    ws.cell(r + 1, 12, sum(sk["total"] for sk in sks)).number_format = "#,##0"
    ws.auto_filter.ref = f"A1:L{r - 1}"
    ws.freeze_panes = "F2"
    for col, w in zip("ABCDEFGHIJKL", (18, 30, 19, 34, 5, 44, 30, 22, 12, 9, 14, 16)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------ RKA text PDF (SIPD-like)
def write_pdf_sipd(rka, sks, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdf_fonts()
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=7.5, leading=9)
    stt = ParagraphStyle("t", fontName="DVB", fontSize=10, leading=13, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
                            title="RKA Rincian Belanja DLH 2027", author="SIPD", invariant=1)
    el = []
    for si, sk in enumerate(sks):
        if si:
            el.append(PageBreak())
        el += [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", stt),
               Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", ParagraphStyle("c", parent=st, alignment=1, fontSize=8.5)),
               Paragraph("Formulir RKA-RINCIAN BELANJA SKPD", ParagraphStyle("r", parent=st, alignment=2)), Spacer(1, 4)]
        hd = [[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in header_lines(rka, sk)]
        t = Table(hd, colWidths=[40 * mm, 4 * mm, 225 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        el += [t, Spacer(1, 6), Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", stb), Spacer(1, 3)]
        data = [["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga", "Jumlah"]]
        sty = [("FONT", (0, 0), (-1, -1), "DV", 7.5), ("FONT", (0, 0), (-1, 0), "DVB", 7.5),
               ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("ALIGN", (5, 1), (5, -1), "RIGHT"), ("ALIGN", (7, 1), (8, -1), "RIGHT"),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D0D0D0"))]
        for g in sk["groups"]:
            data.append(["", g["code"], Paragraph(g["name"], stb), "", "", "", "", "", num(g["subtotal"])])
            sty.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#F0F0F0")))
            sty.append(("FONT", (8, len(data) - 1), (8, len(data) - 1), "DVB", 7.5))
            for x in g["rows"]:
                data.append([str(x["no"]), "", Paragraph(x["uraian"], st), Paragraph(x["spec"], st), Paragraph(x["koef_txt"], st),
                             num(x["vol"]), Paragraph(x["sat"], st), num(x["price"]), num(x["jumlah"])])
        data.append(["", "", Paragraph("JUMLAH", stb), "", "", "", "", "", num(sk["total"])])
        sty.append(("FONT", (8, len(data) - 1), (8, len(data) - 1), "DVB", 7.5))
        t = Table(data, colWidths=[9 * mm, 30 * mm, 62 * mm, 50 * mm, 36 * mm, 15 * mm, 20 * mm, 22 * mm, 26 * mm], repeatRows=1)
        t.setStyle(TableStyle(sty))
        el.append(t)
        el += [Spacer(1, 10), Paragraph("Samarinda, 1 Desember 2026<br/>Kepala Dinas Lingkungan Hidup<br/><br/><br/>Ir. H. SUWARSO HADI, M.T.<br/>NIP. 19700304 199803 1 007",
                                         ParagraphStyle("s", parent=st, leftIndent=180 * mm))]

    def foot(c, d):
        c.setFont("DV", 7)
        c.drawString(12 * mm, 7 * mm, "Dicetak dari SIPD-RI (draft RKA) - 2 Desember 2026 09:14:27")
        c.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, f"Halaman {d.page}")
    doc.build(el, onFirstPage=foot, onLaterPages=foot)


# ------------------------------------------------------------ scan (image-only PDF)
def write_scan(rka, sks, path):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = 2339, 1654  # A4 landscape @200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 21)
    fb = ImageFont.truetype(FONTB, 21)
    ft = ImageFont.truetype(FONTB, 27)
    fs = ImageFont.truetype(FONT, 18)
    sk = sks[0]
    y = 60
    d.text((W // 2, y), "RENCANA KERJA DAN ANGGARAN SKPD - RINCIAN BELANJA", font=ft, anchor="mt"); y += 40
    d.text((W // 2, y), f"{rka['opd'].upper()}  -  TAHUN ANGGARAN 2027", font=fb, anchor="mt"); y += 44
    for k, v in header_lines(rka, sk):
        if k == "Sumber Pendanaan":
            continue
        d.text((110, y), k, font=f); d.text((380, y), ": " + v, font=f); y += 29
    y += 12
    cols = [("No", 55), ("Kode Rekening", 205), ("Uraian", 560), ("Spesifikasi", 350), ("Koefisien", 300),
            ("Vol", 80), ("Satuan", 180), ("Harga Satuan", 170), ("Jumlah (Rp)", 200)]
    f = ImageFont.truetype(FONT, 18)
    fb = ImageFont.truetype(FONTB, 18)
    x0 = 110
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rh = 33
    d.rectangle((xs[0], y, xs[-1], y + rh), fill=225)
    for (name, w), x in zip(cols, xs):
        d.text((x + w // 2, y + 6), name, font=fb, anchor="mt")
    ytab = y
    y += rh

    def line_row(vals, bold=False):
        nonlocal y
        for i, (v, x) in enumerate(zip(vals, xs)):
            ff = fb if bold else f
            if i in (5, 7, 8):
                d.text((xs[i + 1] - 8, y + 6), v, font=ff, anchor="ra")
            else:
                d.text((x + 6, y + 6), v, font=ff)
        d.line((xs[0], y + rh, xs[-1], y + rh), fill=0, width=1)
        y += rh
    for g in sk["groups"]:
        line_row(["", g["code"], g["name"][:50], "", "", "", "", "", num(g["subtotal"])], bold=True)
        for x in g["rows"]:
            line_row([str(x["no"]), "", x["uraian"][:48], x["spec"][:32], x["koef_txt"], num(x["vol"]), x["sat"], num(x["price"]), num(x["jumlah"])])
    line_row(["", "", "JUMLAH SUB KEGIATAN", "", "", "", "", "", num(sk["total"])], bold=True)
    for x in xs:
        d.line((x, ytab, x, y), fill=0, width=2)
    d.rectangle((xs[0], ytab, xs[-1], y), outline=0, width=2)
    y += 20
    d.text((1700, y), "Samarinda, 30 November 2026", font=f); y += 28
    d.text((1700, y), "Kepala Dinas Perhubungan", font=f); y += 80
    d.text((1700, y), "MANALU HERMANTO, S.T., M.Si", font=fb)
    d.text((110, H - 50), "hal. 1 dari 1   |   paraf: ______", font=fs)
    # degrade: grey paper, blur, noise, skew
    rng = np.random.default_rng(9)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img).astype(np.float32)
    a = 40 + a * (205 / 255.0)  # grey-ish background, dark-grey ink
    grad = np.linspace(0, 14, W)[None, :]
    a = a - grad + rng.normal(0, 9, a.shape)
    speck = rng.random(a.shape) < 0.0007
    a[speck] = 60
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.rotate(-0.5, resample=Image.BICUBIC, expand=False, fillcolor=235)
    import datetime
    fixed = datetime.datetime(2026, 11, 30, 10, 12, 5).timetuple()
    img.save(path, "PDF", resolution=200.0, quality=72, title="scan", creationDate=fixed, modDate=fixed)


def normalize_xlsx(path):
    """Make openpyxl output byte-stable: fixed core.xml dates and zip timestamps."""
    import re as _re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-28T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------ main
def main():
    os.makedirs(DATA, exist_ok=True)
    os.makedirs(TRUTH, exist_ok=True)
    write_ssh(os.path.join(DATA, SSH_FILE))
    write_sbu(os.path.join(DATA, SBU_FILE))
    manifest = []
    for rka in RKAS:
        sks = resolve(rka)
        path = os.path.join(DATA, rka["file"])
        lay = rka["layout"]
        if lay.startswith("A_"):
            write_layout_a(rka, sks, path)
        elif lay.startswith("B_"):
            if rka["id"] == "pupr":
                write_layout_b(rka, sks, path, "RINCIAN ANGGARAN BELANJA LANGSUNG (RKA-SKPD 2.2.1)",
                               ("Kepala Dinas PUPR", "DESY DAMAYANTI, S.T., M.T.", "NIP. 19781122 200312 2 005"))
            else:
                write_layout_b(rka, sks, path, "RINCIAN ANGGARAN BELANJA KECAMATAN (RKA-SKPD 2.2.1)",
                               ("Camat Sungai Kunjang", "ABDUL RAHIM, S.Sos., M.AP", "NIP. 19750818 199903 1 006"))
        elif lay.startswith("C_"):
            write_layout_c(rka, sks, path)
        elif lay.startswith("PDF"):
            write_pdf_sipd(rka, sks, path)
        elif lay.startswith("SCAN"):
            write_scan(rka, sks, path)
        labels = {}
        for sk in sks:
            for g in sk["groups"]:
                for x in g["rows"]:
                    labels[str(x["no"])] = x["labels"]
        lab_file = rka["id"] + ".labels.json"
        with open(os.path.join(DATA, lab_file), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        with open(os.path.join(TRUTH, rka["id"] + ".truth.json"), "w") as fh:
            json.dump({"file": rka["file"], "opd": rka["opd"], "subkegs": [
                {k: v for k, v in sk.items() if k != "lines"} for sk in sks]}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": rka["file"], "catalogues": CATALOGUES, "labels": lab_file, "opd": rka["opd"], "layout": lay})
    for fn in sorted(os.listdir(DATA)):
        if fn.endswith(".xlsx"):
            normalize_xlsx(os.path.join(DATA, fn))
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    print("ok")


if __name__ == "__main__":
    main()
