"""File writers for review10 (called from generate.py)."""
import json, os, random, datetime
from collections import OrderedDict
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

THIN = Side(style="thin"); BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True); CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9"); LBLUE = PatternFill("solid", fgColor="DDEBF7")
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)

def _fix(wb):
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.properties.creator = "SIPD-export"; wb.properties.lastModifiedBy = "bidang.perencanaan"

def groups(lines, sub):
    out = OrderedDict()
    for l in lines:
        if l["sub"] != sub: continue
        out.setdefault(l["acct"], []).append(l)
    return out

def signature(ws, r, col, opd):
    ws.cell(r, col, "Samarinda, 20 November 2026")
    ws.cell(r + 1, col, "Kepala " + opd.replace(" Kota Samarinda", ""))
    ws.cell(r + 5, col, "( ................................ )").font = B
    ws.cell(r + 6, col, "NIP. 19......................")

# ------------------------------------------------------------------ layout A
def layout_A(rka, lines, ACC, path, rupiah, koef_text):
    wb = Workbook(); ws = wb.active; ws.title = "RKA Rincian"
    widths = [6, 44, 38, 22, 9, 11, 15, 17]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    r = 1
    for t in ["PEMERINTAH KOTA SAMARINDA", "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH",
              "RINCIAN BELANJA SUB KEGIATAN - TAHUN ANGGARAN 2026", rka["opd"].upper()]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, t); c.font = Font(bold=True, size=12); c.alignment = Alignment(horizontal="center"); r += 1
    r += 1
    for lab, val in [("Urusan", rka["urusan"]), ("Program", rka["program"]), ("Kegiatan", rka["kegiatan"])]:
        ws.cell(r, 1, lab); ws.cell(r, 2, ": " + val); r += 1
    grand = 0
    for si, sub in enumerate(rka["subs"]):
        r += 1
        ws.cell(r, 1, "Sub Kegiatan").font = B; ws.cell(r, 2, f": {sub['code']} {sub['name']}").font = B; r += 1
        ws.cell(r, 1, "Indikator"); ws.cell(r, 2, f": {sub['ind']}"); ws.cell(r, 4, "Target"); ws.cell(r, 5, sub["target"]); r += 1
        ws.cell(r, 1, "Lokasi"); ws.cell(r, 2, ": Kota Samarinda (26 Puskesmas)"); r += 1
        hdr = ["No", "Kode Rekening / Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r, j, h); c.font = B; c.fill = GREY; c.border = BOX; c.alignment = CEN
        r += 1
        subtotal = 0
        for acc, ls in groups(lines, si).items():
            code, nm = ACC[acc]
            ws.cell(r, 2, f"{code}  {nm}").font = B
            ws.cell(r, 8, sum(l["jumlah"] for l in ls)).font = B; ws.cell(r, 8).number_format = "#,##0"
            for j in range(1, 9): ws.cell(r, j).border = BOX; ws.cell(r, j).fill = LBLUE
            r += 1
            for l in ls:
                vals = [int(l["no"]), l["name"], l["spec"], koef_text(l["koef"]), l["volume"], l["unit"], l["price"], l["jumlah"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j in (7, 8): c.number_format = "#,##0"
                    if j in (2, 3): c.alignment = WRAP
                r += 1
                subtotal += l["jumlah"]
        ws.cell(r, 2, "JUMLAH SUB KEGIATAN").font = B; ws.cell(r, 8, subtotal).font = B; ws.cell(r, 8).number_format = "#,##0"
        grand += subtotal; r += 1
    r += 1; ws.cell(r, 2, "TOTAL").font = B; ws.cell(r, 8, grand).font = B; ws.cell(r, 8).number_format = "#,##0"
    signature(ws, r + 2, 6, rka["opd"]); _fix(wb); wb.save(path)

# ------------------------------------------------------------------ layout B
def layout_B(rka, lines, ACC, path, rupiah, koef_text):
    wb = Workbook(); wb.remove(wb.active)
    for si, sub in enumerate(rka["subs"]):
        ws = wb.create_sheet(f"Sub {si + 1} - {sub['code'][-4:]}")
        for i, w in enumerate([7, 40, 36, 17, 10, 22, 8, 19], 1): ws.column_dimensions[get_column_letter(i)].width = w
        ws.merge_cells("A1:H1"); ws["A1"] = "RKA - RINCIAN ANGGARAN BELANJA TA. 2026"; ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:H2"); ws["A2"] = rka["opd"]; ws["A2"].font = B
        info = [("Urusan", rka["urusan"]), ("Program", rka["program"]), ("Sub Kegiatan", f"{sub['code']} - {sub['name']}"),
                ("Keluaran", f"{sub['ind']} : {sub['target']}"), ("Sumber Dana", "PAD / DAU (umum)")]
        r = 4
        for a, b in info:
            ws.cell(r, 1, a); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8); ws.cell(r, 2, ": " + b); r += 1
        r += 1; h1 = r; h2 = r + 1
        # two-row merged header
        ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1); ws.cell(h1, 1, "No")
        ws.merge_cells(start_row=h1, start_column=2, end_row=h1, end_column=3); ws.cell(h1, 2, "Uraian Belanja")
        ws.cell(h2, 2, "Nama Barang / Jasa"); ws.cell(h2, 3, "Spesifikasi")
        ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=7); ws.cell(h1, 4, "Rincian Perhitungan")
        ws.cell(h2, 4, "Harga Satuan"); ws.cell(h2, 5, "Satuan"); ws.cell(h2, 6, "Koefisien"); ws.cell(h2, 7, "Vol.")
        ws.merge_cells(start_row=h1, start_column=8, end_row=h2, end_column=8); ws.cell(h1, 8, "Jumlah")
        for rr in (h1, h2):
            for j in range(1, 9):
                c = ws.cell(rr, j); c.font = B; c.alignment = CEN; c.border = BOX; c.fill = GREY
        r = h2 + 1
        for j in range(1, 9): ws.cell(r, j, f"({j})").alignment = CEN
        r += 1
        tot = 0
        for acc, ls in groups(lines, si).items():
            code, nm = ACC[acc]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1, f"Rekening {code} - {nm}").font = Font(bold=True, italic=True)
            ws.cell(r, 8, rupiah(sum(l["jumlah"] for l in ls))).font = B
            r += 1
            for l in ls:
                vals = [l["no"], l["name"], l["spec"], rupiah(l["price"]), l["unit"], koef_text(l["koef"]),
                        f"{l['volume']:,}".replace(",", "."), rupiah(l["jumlah"])]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j in (4, 8, 7): c.alignment = Alignment(horizontal="right")
                r += 1; tot += l["jumlah"]
        ws.cell(r, 2, "Jumlah Sub Kegiatan").font = B; ws.cell(r, 8, rupiah(tot)).font = B
        ws.cell(r + 2, 2, "Catatan: harga satuan mengacu SSH/SBU Kota Samarinda TA 2026.").font = Font(italic=True, size=9)
        signature(ws, r + 4, 6, rka["opd"])
    _fix(wb); wb.save(path)

# ------------------------------------------------------------------ layout C
def layout_C(rka, lines, ACC, path, rupiah, koef_text):
    wb = Workbook(); wb.remove(wb.active)
    for si, sub in enumerate(rka["subs"]):
        ws = wb.create_sheet(f"RKA {sub['code'][-4:]}")
        cols = ["No", "Uraian Komponen", "Spesifikasi", "Vol 1", "Sat 1", "Vol 2", "Sat 2", "Volume", "Satuan",
                "Harga Satuan", "PPN (Rp)", "Jumlah + PPN"]
        for i, w in enumerate([5, 38, 34, 7, 9, 7, 9, 9, 12, 14, 12, 16], 1): ws.column_dimensions[get_column_letter(i)].width = w
        ws["A1"] = "FORMULIR RKA-SKPD 2.2.1"; ws["A1"].font = B
        ws["A2"] = rka["opd"].upper(); ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = f"Sub Kegiatan  {sub['code']}  {sub['name']}"
        ws["A4"] = f"Indikator Keluaran: {sub['ind']}  |  Target: {sub['target']}"
        ws["A5"] = "Lokasi: Kota Samarinda    Waktu Pelaksanaan: Januari s.d. Desember 2026"
        r = 7
        for j, h in enumerate(cols, 1):
            c = ws.cell(r, j, h); c.font = B; c.fill = GREY; c.border = BOX; c.alignment = CEN
        r += 1; tot = 0
        for acc, ls in groups(lines, si).items():
            code, nm = ACC[acc]
            ws.cell(r, 1, code).font = B; ws.cell(r, 2, nm).font = B; r += 1
            st = 0
            for l in ls:
                k = l["koef"]; k2 = k[1] if len(k) > 1 else (None, None)
                vals = [int(l["no"]), l["name"], l["spec"], k[0][0], k[0][1], k2[0], k2[1], l["volume"], l["unit"],
                        l["price"], l["ppn"], l["jumlah"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX
                    if j >= 10: c.number_format = "#,##0"
                r += 1; st += l["jumlah"]
            ws.cell(r, 9, "Sub Jumlah").font = Font(italic=True); ws.cell(r, 12, st).number_format = "#,##0"
            ws.cell(r, 12).font = Font(italic=True); r += 1; tot += st
        ws.cell(r + 1, 9, "TOTAL").font = B; ws.cell(r + 1, 12, tot).font = B; ws.cell(r + 1, 12).number_format = "#,##0"
        ws.cell(r + 3, 2, "* PPN 11% dikenakan pada belanja barang/jasa/modal; tidak untuk honorarium, perjalanan dinas dan konsumsi.").font = Font(size=8, italic=True)
        signature(ws, r + 5, 10, rka["opd"])
    _fix(wb); wb.save(path)

# ------------------------------------------------------------------ layout F
def layout_F(rka, lines, ACC, path, rupiah, koef_text):
    wb = Workbook(); ws = wb.active; ws.title = "Rincian_Belanja"
    ws["A1"] = "Dinas Sosial - Usulan Rincian Belanja RKA 2026 (draft v3, untuk verifikasi TAPD)"; ws["A1"].font = B
    cols = ["Kode Sub Kegiatan", "Kode Rekening", "Nama Rekening", "No", "Komponen", "Spesifikasi", "Koefisien", "Volume",
            "Harga", "Satuan", "Total"]
    for i, w in enumerate([18, 19, 34, 6, 36, 36, 22, 8, 13, 10, 15], 1): ws.column_dimensions[get_column_letter(i)].width = w
    r = 3
    for j, h in enumerate(cols, 1):
        c = ws.cell(r, j, h); c.font = B; c.fill = GREY; c.border = BOX
    r += 1
    for l in lines:
        sub = rka["subs"][l["sub"]]; code, nm = ACC[l["acct"]]
        short = nm.replace("Belanja ", "Bel. ").replace("Alat/Bahan untuk Kegiatan Kantor-", "")
        vals = [sub["code"], code, short, int(l["no"]), l["name"], l["spec"], koef_text(l["koef"]), l["volume"],
                l["price"], l["unit"], l["jumlah"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            if j in (9, 11): c.number_format = '"Rp"#,##0'
        r += 1
    ws.cell(r, 10, "TOTAL").font = B; ws.cell(r, 11, sum(l["jumlah"] for l in lines)).number_format = '"Rp"#,##0'
    ws2 = wb.create_sheet("Sub Kegiatan")
    ws2.append(["Kode", "Nama Sub Kegiatan", "Indikator Keluaran", "Target"])
    for s in rka["subs"]: ws2.append([s["code"], s["name"], s["ind"], s["target"]])
    for c in "ABCD": ws2.column_dimensions[c].width = 45
    _fix(wb); wb.save(path)

# ------------------------------------------------------------------ layout D: SIPD PDF
def layout_D(rka, lines, ACC, path, rupiah, koef_text):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    st = ParagraphStyle("s", fontName="DV", fontSize=7.2, leading=8.6)
    sb = ParagraphStyle("b", fontName="DVB", fontSize=7.2, leading=8.6)
    sh = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=12, alignment=1)
    sub = rka["subs"][0]
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title="RKA SKPD 2.2.1", author="SIPD", creator="SIPD RI",
                            invariant=1)
    el = [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", sh),
          Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2026", sh), Spacer(1, 4),
          Paragraph("Formulir RKA - BELANJA SKPD", sb), Spacer(1, 3)]
    hdr = [("Urusan Pemerintahan", rka["urusan"]), ("Bidang Urusan", "7.01 KECAMATAN"),
           ("Program", rka["program"]), ("Sasaran Program", "Meningkatnya kualitas perencanaan pembangunan partisipatif di kecamatan"),
           ("Kegiatan", rka["kegiatan"]), ("Organisasi", "7.01.0.00.0.00.05.0000 " + rka["opd"]),
           ("Unit", "7.01.0.00.0.00.05.0001 Kecamatan Samarinda Ulu"),
           ("Sub Kegiatan", f"{sub['code']} {sub['name']}"), ("Sumber Pendanaan", "Pendapatan Asli Daerah (PAD)"),
           ("Lokasi", "Kecamatan Samarinda Ulu (8 kelurahan)"), ("Waktu Pelaksanaan", "Januari s.d. Maret 2026"),
           ("Keluaran Sub Kegiatan", f"{sub['ind']} — Target: {sub['target']}")]
    t = Table([[Paragraph(a, st), Paragraph(":", st), Paragraph(b, st)] for a, b in hdr], colWidths=[42 * mm, 6 * mm, 222 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    el += [t, Spacer(1, 6), Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", sb), Spacer(1, 3)]
    rows = [[Paragraph(h, sb) for h in ["No", "Kode Rekening", "Uraian", "Koefisien", "Volume", "Satuan", "Harga", "PPN", "Jumlah"]]]
    styles = []
    for acc, ls in groups(lines, 0).items():
        code, nm = ACC[acc]
        rows.append(["", Paragraph(code, sb), Paragraph(nm, sb), "", "", "", "", "", Paragraph(rupiah(sum(l["jumlah"] for l in ls), "Rp "), sb)])
        styles.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#EEEEEE")))
        for l in ls:
            rows.append([Paragraph(l["no"], st), "", Paragraph(f"{l['name']}<br/><font size=6.3 color='#444444'>Spesifikasi: {l['spec']}</font>", st),
                         Paragraph(koef_text(l["koef"]), st), Paragraph(f"{l['volume']:,}".replace(",", "."), st),
                         Paragraph(l["unit"], st), Paragraph(rupiah(l["price"]), st), Paragraph(f"{l['ppn_rate']}%", st),
                         Paragraph(rupiah(l["jumlah"]), st)])
    total = sum(l["jumlah"] for l in lines)
    rows.append(["", "", Paragraph("JUMLAH TOTAL", sb), "", "", "", "", "", Paragraph(rupiah(total), sb)])
    cw = [10 * mm, 36 * mm, 82 * mm, 34 * mm, 15 * mm, 17 * mm, 25 * mm, 12 * mm, 30 * mm]
    tb = Table(rows, colWidths=cw, repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CCCCCC"))] + styles))
    el += [tb, Spacer(1, 10),
           Paragraph("Samarinda, 18 November 2026<br/>Camat Samarinda Ulu<br/><br/><br/><br/>( ............................. )<br/>NIP. 19..........", st)]
    def pn(c, d):
        c.setFont("DV", 7); c.drawRightString(285 * mm, 7 * mm, f"Halaman {d.page}")
        c.drawString(12 * mm, 7 * mm, "Dicetak dari SIPD - RKA SKPD 2.2.1 | Kecamatan Samarinda Ulu")
    doc.build(el, onFirstPage=pn, onLaterPages=pn)

# ------------------------------------------------------------------ layout E: scan
def layout_E(rka, lines, ACC, path, rupiah, koef_text):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    W, H = 2339, 1654  # A4 landscape @200 dpi
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img)
    F = lambda s, b=False: ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans%s.ttf" % ("-Bold" if b else ""), s)
    f, fb, ft = F(21), F(21, True), F(30, True)
    sub = rka["subs"][0]
    y = 60
    d.text((W // 2, y), "PEMERINTAH KOTA SAMARINDA - " + rka["opd"].upper(), font=ft, anchor="mm"); y += 42
    d.text((W // 2, y), "RINCIAN ANGGARAN BELANJA SUB KEGIATAN TA 2026 (RKA-SKPD 2.2.1)", font=fb, anchor="mm"); y += 45
    for a, b in [("Program", rka["program"]), ("Kegiatan", rka["kegiatan"]), ("Sub Kegiatan", f"{sub['code']} {sub['name']}"),
                 ("Indikator / Target", f"{sub['ind']} : {sub['target']}")]:
        d.text((90, y), a, font=f); d.text((330, y), ": " + b[:150], font=f); y += 30
    y += 12
    cols = [("No", 60), ("Uraian", 520), ("Spesifikasi", 520), ("Koefisien", 270), ("Satuan", 140), ("Harga Satuan", 210), ("Jumlah (Rp)", 250)]
    x0 = 90; xs = [x0]
    for _, w in cols: xs.append(xs[-1] + w)
    rh = 34
    def row(vals, bold=False, fill=None):
        nonlocal y
        if fill: d.rectangle([xs[0], y, xs[-1], y + rh], fill=fill)
        for i, v in enumerate(vals):
            if v is None: continue
            fo = fb if bold else f
            if i >= 5: d.text((xs[i + 1] - 10, y + 7), v, font=fo, fill=0, anchor="ra")
            else: d.text((xs[i] + 8, y + 7), v, font=fo, fill=0)
        d.line([xs[0], y + rh, xs[-1], y + rh], fill=0, width=2)
        y += rh
    ytop = y; d.line([xs[0], y, xs[-1], y], fill=0, width=2)
    row([c for c, _ in cols], bold=True, fill=215)
    for acc, ls in groups(lines, 0).items():
        code, nm = ACC[acc]
        row([None, f"{code}  {nm}"[:95], None, None, None, None, rupiah(sum(l["jumlah"] for l in ls), "")], bold=True, fill=235)
        for l in ls:
            row([l["no"], l["name"][:40], l["spec"][:41], koef_text(l["koef"]), l["unit"], rupiah(l["price"], ""), rupiah(l["jumlah"], "")])
    row([None, "JUMLAH", None, None, None, None, rupiah(sum(l["jumlah"] for l in lines), "")], bold=True)
    for x in xs: d.line([x, ytop, x, y], fill=0, width=2)
    y += 40; d.text((1750, y), "Samarinda, 19 November 2026", font=f); d.text((1750, y + 30), "Kepala Dinas Lingkungan Hidup", font=f)
    d.text((1750, y + 140), "( ............................ )", font=f)
    d.text((W - 120, H - 50), "2", font=f)
    assert y + 170 < H, "scan page overflow"
    rnd = np.random.RandomState(7)
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * (222 / 255.0) + 18 + rnd.normal(0, 7, a.shape)
    a += np.linspace(0, 10, W)[None, :]
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, "JPEG", quality=72, dpi=(200, 200))

# ------------------------------------------------------------------ catalogues
def write_ssh(SSH, path, rupiah):
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2026"
    for i, w in enumerate([6, 22, 40, 50, 11, 18, 20], 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:G1"); ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA TENTANG STANDAR HARGA SATUAN TAHUN ANGGARAN 2026"; ws["A1"].font = B
    ws.merge_cells("A2:G2"); ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG DAN JASA"; ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A3:G3"); ws["A3"] = "Harga tertinggi per satuan, belum termasuk PPN 11%"; ws["A3"].font = Font(italic=True)
    ws.merge_cells("A5:A6"); ws["A5"] = "No."
    ws.merge_cells("B5:B6"); ws["B5"] = "Kode Barang"
    ws.merge_cells("C5:D5"); ws["C5"] = "Uraian"; ws["C6"] = "Nama Barang/Jasa"; ws["D6"] = "Spesifikasi / Merek / Ukuran"
    ws.merge_cells("E5:E6"); ws["E5"] = "Satuan"
    ws.merge_cells("F5:G5"); ws["F5"] = "Harga (Rp)"; ws["F6"] = "TA 2026"; ws["G6"] = "Ket."
    for rr in (5, 6):
        for j in range(1, 8):
            c = ws.cell(rr, j); c.font = B; c.alignment = CEN; c.border = BOX; c.fill = GREY
    secs = OrderedDict([("A", ("ALAT TULIS, KERTAS DAN BAHAN CETAK", {"ATK", "KERTAS", "CETAK"})),
                        ("B", ("BAHAN KOMPUTER DAN ALAT LISTRIK", {"KOMP", "LISTRIK"})),
                        ("C", ("BAHAN BAKAR DAN PELUMAS", {"BBM"})),
                        ("D", ("BAHAN MEDIS HABIS PAKAI DAN MAKANAN TAMBAHAN", {"BMHP", "PMT"})),
                        ("E", ("BAHAN BANGUNAN DAN KONSTRUKSI", {"BANGUNAN"})),
                        ("F", ("ALAT KEBERSIHAN DAN PERLENGKAPAN KESELAMATAN KERJA", {"KEBERSIHAN", "APD"})),
                        ("G", ("BAHAN PERTANIAN / BIBIT", {"PERTANIAN"})),
                        ("H", ("SUVENIR DAN PERLENGKAPAN OLAHRAGA", {"SUVENIR", "OLAHRAGA"})),
                        ("I", ("JASA PUBLIKASI DAN DOKUMENTASI", {"JASA"})),
                        ("J", ("JASA PEMELIHARAAN", {"PEMEL_KEND", "PEMEL_RT"})),
                        ("K", ("BARANG YANG DISERAHKAN KEPADA MASYARAKAT", {"SERAH"})),
                        ("L", ("ASET TETAP - PERALATAN DAN MESIN", None))])
    r = 7; n = 0
    for letter, (title, cats) in secs.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, f"{letter}. {title}").font = B; ws.cell(r, 1).fill = LBLUE; r += 1
        for it in SSH.values():
            inc = it["cat"].startswith("MODAL") if cats is None else it["cat"] in cats
            if not inc: continue
            n += 1
            vals = [n, it["code"], it["name"], it["spec"], it["unit"], rupiah(it["price"]), ""]
            for j, v in enumerate(vals, 1): ws.cell(r, j, v).border = BOX
            ws.cell(r, 6).alignment = Alignment(horizontal="right"); r += 1
    ws.cell(r + 1, 1, "Sumber: survei harga pasar Kota Samarinda Agustus 2025; e-katalog LKPP.").font = Font(italic=True, size=9)
    _fix(wb); wb.save(path)

def write_sbu(SBU, path, rupiah):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    st = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=10.5)
    sb = ParagraphStyle("b", fontName="DVB", fontSize=8.5, leading=10.5)
    sh = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="SBU Kota Samarinda 2026", author="BPKAD", invariant=1)
    el = [Paragraph("LAMPIRAN II<br/>PERATURAN WALI KOTA SAMARINDA<br/>TENTANG STANDAR BIAYA UMUM TAHUN ANGGARAN 2026", sh), Spacer(1, 8),
          Paragraph("Besaran merupakan batas tertinggi. Honorarium dan uang harian dibayarkan sesuai ketentuan PPh; tidak dikenakan PPN.", st), Spacer(1, 6)]
    secs = [("A", "HONORARIUM", {"HONOR"}), ("B", "UPAH TENAGA", {"JASA_TENAGA"}), ("C", "PERJALANAN DINAS", {"PERJADIN_DK", "PERJADIN_LD"}),
            ("D", "SEWA KENDARAAN, GEDUNG DAN PERALATAN", {"SEWA_KEND", "SEWA_GEDUNG", "SEWA_ALAT"}), ("E", "KONSUMSI RAPAT/KEGIATAN", {"MAMIN"})]
    rows = [[Paragraph(h, sb) for h in ["No", "Uraian", "Keterangan", "Satuan", "Besaran (Rp)"]]]; sty = []
    for letter, title, cats in secs:
        rows.append([Paragraph(letter, sb), Paragraph(title, sb), "", "", ""]); sty.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
        sty.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#E6E6E6")))
        for it in SBU.values():
            if it["cat"] in cats:
                rows.append([Paragraph(it["code"], st), Paragraph(it["name"], st), Paragraph(it["spec"], st), Paragraph(it["unit"], st),
                             Paragraph(rupiah(it["price"], ""), st)])
    tb = Table(rows, colWidths=[12 * mm, 72 * mm, 48 * mm, 20 * mm, 24 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (4, 1), (4, -1), "RIGHT")] + sty))
    el += [tb, Spacer(1, 8), Paragraph("Singkatan: OJ = orang/jam; OK = orang/kegiatan (kali); OH = orang/hari; OB = orang/bulan; OM = orang/malam; PP = pulang pergi.", st)]
    doc.build(el)

# ------------------------------------------------------------------ all
def write_all(RKAS, ALL, SSH, SBU, ACC, DATA, TRUTH, rupiah, koef_text):
    W = {"A": layout_A, "B": layout_B, "C": layout_C, "D": layout_D, "E": layout_E, "F": layout_F}
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    write_ssh(SSH, os.path.join(DATA, "SSH_Kota_Samarinda_2026.xlsx"), rupiah)
    write_sbu(SBU, os.path.join(DATA, "SBU_Kota_Samarinda_2026.pdf"), rupiah)
    cats = ["SSH_Kota_Samarinda_2026.xlsx", "SBU_Kota_Samarinda_2026.pdf"]
    manifest = []
    for r in RKAS:
        ls = ALL[r["id"]]
        W[r["layout"][0]](r, ls, ACC, os.path.join(DATA, r["file"]), rupiah, koef_text)
        lab_file = r["file"].rsplit(".", 1)[0] + ".labels.json"
        labels = OrderedDict((l["no"], sorted(set(l["labels"]), key=l["labels"].index)) for l in ls)
        with open(os.path.join(DATA, lab_file), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append(dict(rka=r["file"], catalogues=cats, labels=lab_file, opd=r["opd"], layout=r["layout"]))
        truth = []
        for l in ls:
            truth.append(dict(no=l["no"], sub_code=r["subs"][l["sub"]]["code"], account=ACC[l["acct"]][0],
                              natural_account=ACC[l["cat"]][0], name=l["name"], spec=l["spec"], koef=koef_text(l["koef"]),
                              koef_product=int(__import__("math").prod(a for a, _ in l["koef"])), volume=l["volume"],
                              unit=l["unit"], pack=l.get("pack", 1), price=l["price"], ppn_rate=l["ppn_rate"], ppn=l["ppn"],
                              jumlah=l["jumlah"], catalogue_item=l["item"], catalogue_price=l["ref"],
                              catalogue_src=(SSH.get(l["item"]) or SBU.get(l["item"]) or {}).get("src"),
                              kind=l["kind"], arith_kind=l.get("arith_kind"), labels=l["labels"],
                              duplicate_of_item=l.get("dup_of_item")))
        with open(os.path.join(TRUTH, r["file"].rsplit(".", 1)[0] + ".truth.json"), "w") as fh:
            json.dump({"rka": r["file"], "subs": r["subs"], "lines": truth}, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
