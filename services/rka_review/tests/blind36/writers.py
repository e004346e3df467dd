"""File writers for review36. Each returns printed strings per line: {(file, no): {...}}."""
import csv, io, os, random, datetime
from fractions import Fraction
from catalog_data import ACCOUNTS

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTC = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
FIXED = datetime.datetime(2026, 8, 14, 9, 30, 0)
from reportlab import rl_config
rl_config.invariant = 1


def fmt_id(n):
    n = int(n)
    return ("-" if n < 0 else "") + f"{abs(n):,}".replace(",", ".")


def koef_str(koef):
    return " x ".join(f"{q} {u}" for q, u in koef)


def price_jt(p):
    if p >= 1_000_000 and p % 100_000 == 0:
        v = p / 1_000_000
        s = f"{int(v)}" if v == int(v) else f"{v:.1f}".replace(".", ",")
        return s + " jt"
    return "Rp " + fmt_id(p)


def acct_groups(ls):
    out = []
    for l in ls:
        if not out or out[-1][0] != l["acct"]:
            out.append((l["acct"], []))
        out[-1][1].append(l)
    return out


def _fix_xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "SIPD-RI"
    wb.properties.lastModifiedBy = "operator"


# ---------------- catalogues ----------------
def write_ssh(path, rows_ssh):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I KEPUTUSAN WALI KOTA SAMARINDA"
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws["A3"] = "Harga sudah termasuk Pajak Pertambahan Nilai (PPN) dan merupakan harga tertinggi"
    for r in (1, 2):
        ws.cell(r, 1).font = Font(bold=True)
    ws.merge_cells("A5:A6"); ws["A5"] = "No"
    ws.merge_cells("B5:B6"); ws["B5"] = "Kode Barang"
    ws.merge_cells("C5:D5"); ws["C5"] = "Uraian Barang"
    ws["C6"] = "Nama Barang"; ws["D6"] = "Spesifikasi"
    ws.merge_cells("E5:E6"); ws["E5"] = "Satuan"
    ws.merge_cells("F5:G5"); ws["F5"] = "Harga (Rp)"
    ws["F6"] = "Harga Satuan"; ws["G6"] = "Ket."
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in (5, 6):
        for c in range(1, 8):
            ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center")
            ws.cell(r, c).border = bd
    r = 7; no = 0; grp = None
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]
    gi = 0
    for it in rows_ssh:
        if it["group"] != grp:
            grp = it["group"]
            ws.cell(r, 1, romans[gi]); ws.cell(r, 2, grp).font = Font(bold=True)
            ws.cell(r, 2).fill = PatternFill("solid", fgColor="DDDDDD")
            gi += 1; r += 1
        no += 1
        ws.cell(r, 1, no); ws.cell(r, 2, it["code"]); ws.cell(r, 3, it["nama"]); ws.cell(r, 4, it["spek"])
        ws.cell(r, 5, it["satuan"]); c = ws.cell(r, 6, it["harga"]); c.number_format = "#,##0"
        ws.cell(r, 7, "TKDN" if no % 7 == 0 else "")
        r += 1
    for col, w in zip("ABCDEFG", [6, 18, 38, 42, 16, 16, 8]):
        ws.column_dimensions[col].width = w
    _fix_xlsx_props(wb)
    wb.save(path)


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        pdfmetrics.registerFont(TTFont("DVC", FONTC))


def write_sbu(path, rows_sbu):
    _rl_fonts()
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=36, bottomMargin=36,
                            title="SBU Kota Samarinda 2027", author="BPKAD", creator="BPKAD", producer="BPKAD")
    doc._doc_info_fixed = True
    el = [Paragraph("LAMPIRAN II KEPUTUSAN WALI KOTA SAMARINDA", sth),
          Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", sth), Spacer(1, 8)]
    data = [["No", "Kode", "Uraian", "Keterangan", "Satuan", "Besaran (Rp)"]]
    styles = [("FONT", (0, 0), (-1, 0), "DVB", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
              ("FONT", (0, 1), (-1, -1), "DV", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    grp = None; no = 0
    for it in rows_sbu:
        if it["group"] != grp:
            grp = it["group"]
            data.append(["", "", Paragraph("<b>" + grp + "</b>", st), "", "", ""])
            styles.append(("SPAN", (2, len(data) - 1), (5, len(data) - 1)))
            styles.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#E6E6E6")))
        no += 1
        data.append([str(no), it["code"], Paragraph(it["nama"], st), Paragraph(it["spek"], st), it["satuan"], fmt_id(it["harga"])])
    t = Table(data, colWidths=[24, 58, 210, 110, 70, 62], repeatRows=1)
    t.setStyle(TableStyle(styles))
    el.append(t)
    el.append(Spacer(1, 6))
    el.append(Paragraph("Catatan: besaran merupakan batas tertinggi; satuan biaya jasa tidak dikenakan PPN.", st))
    doc.build(el, onFirstPage=_inv, onLaterPages=_inv)


def _inv(canv, doc):
    canv.setCreator("BPKAD Kota Samarinda")
    canv.setFont("DV", 7)
    canv.drawRightString(doc.pagesize[0] - 30, 20, f"Hal. {canv.getPageNumber()}")


# ---------------- RKA layouts ----------------
def write_A(path, groups, meta):
    """xlsx: title block, 2-row merged header, koefisien split into 4 cols, hidden helper cols,
    account grouping rows with subtotals, PPN column, harga as text 'Rp 1.250.000', numeric jumlah."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "RKA Rincian Belanja"
    pr = {}
    ws["A1"] = "PEMERINTAH KOTA SAMARINDA"; ws["A2"] = "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"
    ws["A3"] = "RINCIAN BELANJA SUB KEGIATAN - TAHUN ANGGARAN 2027"; ws["A4"] = "Perangkat Daerah : 2.09.0.00.0.00.01.0000 DINAS KETAHANAN PANGAN"
    ws["A5"] = "(draft verifikasi TAPD - jangan diubah formatnya)"
    for r in range(1, 4): ws.cell(r, 1).font = Font(bold=True)
    hdr1 = ["No", "Kode Rekening", "Uraian", "bidang", "hrg_2026", "Spesifikasi", "Koefisien", None, None, None, "Volume", "Satuan", "Harga Satuan", "PPN", "Jumlah (Rp)"]
    hdr2 = [None, None, None, None, None, None, "Vol 1", "Sat 1", "Vol 2", "Sat 2", None, None, None, None, None]
    for c, v in enumerate(hdr1, 1):
        if v is not None: ws.cell(7, c, v)
    for c, v in enumerate(hdr2, 1):
        if v is not None: ws.cell(8, c, v)
    for c in [1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15]:
        ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
    ws.merge_cells(start_row=7, start_column=7, end_row=7, end_column=10)
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in (7, 8):
        for c in range(1, 16):
            ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.cell(r, c).border = bd
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["E"].hidden = True
    rng = random.Random(11)
    r = 9
    for sk, ls in groups:
        ws.cell(r, 1, f"Sub Kegiatan : {sk['code']} {sk['name']}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15); r += 1
        ws.cell(r, 1, f"Indikator Keluaran : {sk['output']}   |   Lokasi : {sk['lokasi']}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15); r += 1
        sub_total = 0
        for acct, al in acct_groups(ls):
            code, name = ACCOUNTS[acct]
            ws.cell(r, 2, code).font = Font(bold=True); ws.cell(r, 3, name).font = Font(bold=True)
            s = sum(l["jumlah"] for l in al)
            c = ws.cell(r, 15, s); c.number_format = "#,##0"; c.font = Font(bold=True)
            sub_total += s; r += 1
            for l in al:
                ws.cell(r, 1, int(l["no"]))
                ws.cell(r, 3, l["uraian"])
                ws.cell(r, 4, rng.choice(["Bid. Ketersediaan", "Bid. Distribusi", "Sekretariat", "Bid. Konsumsi & Keamanan", "UPTD"]))
                ws.cell(r, 5, int(l["harga"] * rng.uniform(0.9, 1.0)) // 100 * 100)
                ws.cell(r, 6, l["spek"])
                k = l["koef"]
                ws.cell(r, 7, k[0][0]); ws.cell(r, 8, k[0][1])
                if len(k) > 1:
                    ws.cell(r, 9, k[1][0]); ws.cell(r, 10, k[1][1])
                ws.cell(r, 11, l["volume"]); ws.cell(r, 12, l["rka_unit"])
                ptxt = "Rp " + fmt_id(l["harga"])
                ws.cell(r, 13, ptxt)
                ws.cell(r, 14, f"{l['ppn']}%" if l["ppn"] else "0")
                c = ws.cell(r, 15, l["jumlah"]); c.number_format = "#,##0"
                pr[l["no"]] = dict(no=l["no"], uraian=l["uraian"], harga=ptxt, jumlah=fmt_id(l["jumlah"]))
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN").font = Font(bold=True)
        c = ws.cell(r, 15, sub_total); c.number_format = "#,##0"; c.font = Font(bold=True)
        r += 2
    ws.cell(r + 1, 12, "Samarinda, 14 Agustus 2026"); ws.cell(r + 2, 12, "Kepala Dinas Ketahanan Pangan")
    ws.cell(r + 6, 12, "(.................................)")
    for col, w in zip("ABCDEFGHIJKLMNO", [5, 19, 40, 8, 8, 30, 6, 7, 6, 7, 8, 12, 16, 6, 16]):
        ws.column_dimensions[col].width = w
    _fix_xlsx_props(wb)
    wb.save(path)
    return pr


def write_B(path, groups, meta):
    """xlsx: one sheet per sub-kegiatan + Rekap; unusual column order; koefisien inline; prices '1,2 jt'."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook(); rek = wb.active; rek.title = "Rekap"
    rek["A1"] = "REKAP RKA DINAS PERPUSTAKAAN DAN KEARSIPAN KOTA SAMARINDA TA 2027"
    rek["A3"] = "Sub Kegiatan"; rek["B3"] = "Pagu (Rp)"
    pr = {}
    for gi, (sk, ls) in enumerate(groups, 1):
        ws = wb.create_sheet(f"SK{gi} {sk['name'][:20]}")
        ws["A1"] = f"RINCIAN BELANJA - {sk['code']}"; ws["A1"].font = Font(bold=True)
        ws["A2"] = sk["name"]
        ws["A3"] = "Program: " + sk["program"]
        ws["A4"] = "Keluaran: " + sk["output"]
        hdr = ["Uraian Belanja", "Spesifikasi", "Jumlah", "Koefisien", "Vol", "Harga", "Satuan", "Kode Rek.", "Nama Rekening", "No."]
        for c, v in enumerate(hdr, 1):
            ws.cell(6, c, v).font = Font(bold=True)
        r = 7; tot = 0
        for l in ls:
            code, name = ACCOUNTS[l["acct"]]
            jt = "Rp " + fmt_id(l["jumlah"])
            ptxt = price_jt(l["harga"])
            vals = [l["uraian"], l["spek"], jt, koef_str(l["koef"]), l["volume"], ptxt, l["rka_unit"], code, name, l["no"]]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            pr[l["no"]] = dict(no=l["no"], uraian=l["uraian"], harga=ptxt, jumlah=jt)
            tot += l["jumlah"]; r += 1
        ws.cell(r + 1, 1, "TOTAL"); ws.cell(r + 1, 3, "Rp " + fmt_id(tot))
        rek.cell(3 + gi, 1, sk["code"] + " " + sk["name"]); rek.cell(3 + gi, 2, tot).number_format = "#,##0"
        for col, w in zip("ABCDEFGHIJ", [40, 30, 16, 20, 6, 14, 12, 19, 40, 6]):
            ws.column_dimensions[col].width = w
    _fix_xlsx_props(wb)
    wb.save(path)
    return pr


def write_C(path, groups, meta):
    """CSV export ; separated, decimals ',00', koefisien inline, SUBTOTAL rows, metadata lines at top."""
    pr = {}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["# Export RKA Belanja - Dinas Koperasi dan Usaha Kecil Menengah Kota Samarinda - TA 2027"])
    w.writerow(["# dicetak 14/08/2026 09:30"])
    w.writerow(["kode_sub_kegiatan", "nama_sub_kegiatan", "kode_rekening", "nama_rekening", "no", "uraian", "spesifikasi",
                "koefisien", "volume", "satuan", "harga_satuan", "ppn", "total_harga"])
    for sk, ls in groups:
        for acct, al in acct_groups(ls):
            code, name = ACCOUNTS[acct]
            for l in al:
                p = fmt_id(l["harga"]) + ",00"; j = fmt_id(l["jumlah"]) + ",00"
                w.writerow([sk["code"], sk["name"], code, name, l["no"], l["uraian"], l["spek"], koef_str(l["koef"]),
                            str(l["volume"]), l["rka_unit"], p, "0", j])
                pr[l["no"]] = dict(no=l["no"], uraian=l["uraian"], harga=p, jumlah=j)
            w.writerow([sk["code"], sk["name"], code, name, "", "SUBTOTAL REKENING", "", "", "", "", "", "",
                        fmt_id(sum(l["jumlah"] for l in al)) + ",00"])
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    return pr


def write_D(path, groups, meta):
    """Born-digital SIPD-like PDF: header block, account rows with subtotals, repeated table header."""
    _rl_fonts()
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=7.5, leading=9)
    sth = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, alignment=1)
    pr = {}
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=30, bottomMargin=34,
                            title="RKA SKPD 2.2.1", author="SIPD", creator="SIPD-RI", producer="SIPD-RI")
    el = []
    for gi, (sk, ls) in enumerate(groups):
        if gi: el.append(PageBreak())
        el += [Paragraph("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", sth),
               Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", sth), Spacer(1, 6)]
        hb = [["Urusan Pemerintahan", ":", "6 UNSUR PENGAWASAN URUSAN PEMERINTAHAN"],
              ["Bidang Urusan", ":", "6.01 INSPEKTORAT DAERAH"],
              ["Program", ":", sk["program"]], ["Kegiatan", ":", sk["kegiatan"]],
              ["Sub Kegiatan", ":", sk["code"] + " " + sk["name"]],
              ["Organisasi", ":", "6.01.0.00.0.00.01.0000 INSPEKTORAT DAERAH"],
              ["Sumber Pendanaan", ":", "DAU - Pendapatan Asli Daerah"], ["Lokasi", ":", sk["lokasi"]],
              ["Waktu Pelaksanaan", ":", "Januari s.d. Desember"],
              ["Keluaran Sub Kegiatan", ":", sk["output"]]]
        t = Table([[Paragraph(a, st), b, Paragraph(c, st)] for a, b, c in hb], colWidths=[120, 10, 600])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        el += [t, Spacer(1, 6), Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", stb), Spacer(1, 3)]
        data = [["No", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("FONT", (0, 1), (-1, -1), "DV", 7.5),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("ALIGN", (5, 1), (7, -1), "RIGHT")]
        for acct, al in acct_groups(ls):
            code, name = ACCOUNTS[acct]
            data.append(["", code, Paragraph("<b>" + name + "</b>", st), "", "", "", "", fmt_id(sum(l["jumlah"] for l in al))])
            sty.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DVB", 7.5))
            for l in al:
                ur = f"[#] {l['uraian']}<br/><font size=6.5>Spesifikasi: {l['spek']}</font>"
                kf = koef_str(l["koef"])
                if l["volume"] != l["volume_true"] or len(l["koef"]) > 1:
                    kf = kf + f" = {l['volume']}"
                data.append([l["no"], "", Paragraph(ur, st), Paragraph(kf, st), l["rka_unit"], fmt_id(l["harga"]),
                             f"{l['ppn']}%", fmt_id(l["jumlah"])])
                pr[l["no"]] = dict(no=l["no"], uraian=l["uraian"], harga=fmt_id(l["harga"]), jumlah=fmt_id(l["jumlah"]))
        data.append(["", "", Paragraph("<b>JUMLAH</b>", st), "", "", "", "", fmt_id(sum(l["jumlah"] for l in ls))])
        t = Table(data, colWidths=[28, 92, 285, 110, 60, 70, 30, 80], repeatRows=1)
        t.setStyle(TableStyle(sty))
        el.append(t)
    def foot(canv, doc):
        canv.setFont("DV", 6.5)
        canv.drawString(28, 18, "Dicetak melalui SIPD-RI pada 14-08-2026 09:30:00 WITA")
        canv.drawRightString(doc.pagesize[0] - 28, 18, f"Halaman {canv.getPageNumber()}")
    doc.build(el, onFirstPage=foot, onLaterPages=foot)
    return pr


def write_E(path, groups, meta, truth_txt_path):
    """Scan: printed RKA rendered to images, rotated, noisy, saved as image-only PDF (200 dpi)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    W, H = 1654, 2339
    f = ImageFont.truetype(FONT, 19); fb = ImageFont.truetype(FONTB, 21); fs = ImageFont.truetype(FONT, 16)
    cols = [(86, "No"), (140, "Kode Rek / Uraian"), (760, "Koefisien"), (1020, "Satuan"), (1170, "Harga Satuan"), (1370, "Jumlah")]
    right = {4: 1350, 5: 1560}
    pr = {}; pages = []; txt = []
    rng = random.Random(77)

    def new_page(first_title=None):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        return img, d

    img, d = new_page(); y = 110
    def header_row(d, y):
        d.line([(80, y - 6), (1580, y - 6)], fill=20, width=2)
        for x, t in cols:
            d.text((x if x < 1100 else x, y), t, font=fb, fill=10)
        d.line([(80, y + 30), (1580, y + 30)], fill=20, width=2)
        txt.append(" | ".join(t for _, t in cols))
        return y + 40
    def flush():
        pages.append(img)
    line_h = 32
    for gi, (sk, ls) in enumerate(groups):
        if gi:
            flush(); img, d = new_page(); y = 110
        for t in ["PEMERINTAH KOTA SAMARINDA", "RENCANA KERJA DAN ANGGARAN SKPD (RKA-SKPD 2.2.1) TA 2027",
                  "BADAN PENANGGULANGAN BENCANA DAERAH"]:
            d.text((W // 2 - d.textlength(t, font=fb) // 2, y), t, font=fb, fill=10); txt.append(t); y += 34
        y += 10
        for a, b in [("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", sk["code"] + " " + sk["name"]),
                     ("Lokasi", sk["lokasi"]), ("Keluaran", sk["output"])]:
            t = f"{a:<14}: {b}"
            d.text((90, y), a, font=f, fill=15); d.text((300, y), ": " + b, font=f, fill=15); txt.append(a + " : " + b); y += 30
        y += 14
        y = header_row(d, y)
        for acct, al in acct_groups(ls):
            code, name = ACCOUNTS[acct]
            if y > H - 200:
                flush(); img, d = new_page(); y = 110; y = header_row(d, y)
            t = f"{code}  {name}"
            d.text((110, y), t, font=fb if len(t) < 70 else f, fill=10); txt.append(t); y += line_h + 4
            for l in al:
                if y > H - 200:
                    flush(); img, d = new_page(); y = 110; y = header_row(d, y)
                ur = l["uraian"]
                kf = koef_str(l["koef"])
                if l["volume"] != l["volume_true"] or len(l["koef"]) > 1:
                    kf += f" = {l['volume']}"
                hp = fmt_id(l["harga"]); jm = fmt_id(l["jumlah"])
                d.text((90, y), l["no"], font=f, fill=10)
                # wrap uraian in 640 px
                words = ur.split(); cur = ""; ulines = []
                for wd in words:
                    if d.textlength(cur + " " + wd, font=f) > 630 and cur:
                        ulines.append(cur); cur = wd
                    else:
                        cur = (cur + " " + wd).strip()
                ulines.append(cur)
                for i, u in enumerate(ulines):
                    d.text((130, y + i * 26), u, font=f, fill=10)
                d.text((760, y), kf, font=fs if len(kf) > 22 else f, fill=10)
                d.text((1020, y), l["rka_unit"], font=fs, fill=10)
                d.text((right[4] - d.textlength(hp, font=f), y), hp, font=f, fill=10)
                d.text((right[5] - d.textlength(jm, font=f), y), jm, font=f, fill=10)
                txt.append(f"{l['no']} | {ur} | {kf} | {l['rka_unit']} | {hp} | {jm}")
                pr[l["no"]] = dict(no=l["no"], uraian=ur, harga=hp, jumlah=jm)
                y += max(line_h, 26 * len(ulines) + 6)
                d.line([(80, y - 4), (1580, y - 4)], fill=120, width=1)
        tot = fmt_id(sum(l["jumlah"] for l in ls))
        d.text((130, y + 6), "JUMLAH", font=fb, fill=10); d.text((1560 - d.textlength(tot, font=fb), y + 6), tot, font=fb, fill=10)
        txt.append("JUMLAH | " + tot); y += 60
    d.text((1100, min(y + 20, H - 160)), "Samarinda, 14 Agustus 2026", font=f, fill=20)
    flush()
    out = []
    for i, im in enumerate(pages):
        ang = rng.uniform(-1.6, 1.6)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=235, expand=False)
        arr = np.array(im).astype(np.float32)
        nrng = np.random.default_rng(1000 + i)
        arr += nrng.normal(0, 14, arr.shape)
        # salt & pepper specks
        m = nrng.random(arr.shape)
        arr[m < 0.0015] = 30
        # uneven illumination
        yy = np.linspace(0, 1, arr.shape[0])[:, None]
        arr -= 18 * yy
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        out.append(im)
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                title="scan", creationDate=__import__("time").strptime("20260815080000", "%Y%m%d%H%M%S"), modDate=__import__("time").strptime("20260815080000", "%Y%m%d%H%M%S"))
    with open(truth_txt_path, "w") as fh:
        fh.write("\n".join(txt) + "\n")
    return pr


def write_F(path, groups, meta):
    """Word: header block as paragraphs, then table pasted from SIPD with account rows (merged cells)."""
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.core_properties.created = FIXED; doc.core_properties.modified = FIXED
    doc.core_properties.author = "Sub Bag Program Disdukcapil"; doc.core_properties.last_modified_by = "Sub Bag Program Disdukcapil"
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
    pr = {}
    for gi, (sk, ls) in enumerate(groups):
        if gi: doc.add_page_break()
        p = doc.add_paragraph(); r = p.add_run("RENCANA KERJA DAN ANGGARAN (RKA) TAHUN 2027"); r.bold = True
        doc.add_paragraph("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SAMARINDA")
        doc.add_paragraph("Program\t\t: " + sk["program"])
        doc.add_paragraph("Kegiatan\t\t: " + sk["kegiatan"])
        doc.add_paragraph("Sub Kegiatan\t: " + sk["code"] + " " + sk["name"])
        doc.add_paragraph("Indikator Output\t: " + sk["output"])
        doc.add_paragraph("Lokasi\t\t: " + sk["lokasi"])
        hdr = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga (Rp)", "Jumlah (Rp)"]
        t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for c, h in enumerate(hdr):
            t.rows[0].cells[c].text = h
            for rr in t.rows[0].cells[c].paragraphs[0].runs: rr.bold = True
        for acct, al in acct_groups(ls):
            code, name = ACCOUNTS[acct]
            row = t.add_row().cells
            row[1].text = code
            m = row[2].merge(row[7]); m.text = name
            row[8].text = fmt_id(sum(l["jumlah"] for l in al))
            for l in al:
                row = t.add_row().cells
                vals = [l["no"], "", l["uraian"], l["spek"], koef_str(l["koef"]), str(l["volume"]), l["rka_unit"],
                        fmt_id(l["harga"]), fmt_id(l["jumlah"])]
                for c, v in enumerate(vals):
                    row[c].text = v
                pr[l["no"]] = dict(no=l["no"], uraian=l["uraian"], harga=fmt_id(l["harga"]), jumlah=fmt_id(l["jumlah"]))
        row = t.add_row().cells
        m = row[0].merge(row[7]); m.text = "TOTAL SUB KEGIATAN"
        row[8].text = fmt_id(sum(l["jumlah"] for l in ls))
        doc.add_paragraph("")
    doc.save(path)
    return pr


def write_G(path, groups, meta):
    """PDF with no ruling lines; volume and unit in one cell; table continues on page 2 without header."""
    _rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    pr = {}
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("RKA Kelurahan Loa Bakung"); c.setAuthor("Kelurahan Loa Bakung"); c.setCreator("Microsoft Word")
    y = H - 40
    c.setFont("DVB", 11)
    c.drawCentredString(W / 2, y, "RENCANA KERJA DAN ANGGARAN KELURAHAN LOA BAKUNG"); y -= 15
    c.drawCentredString(W / 2, y, "KECAMATAN SUNGAI KUNJANG - TAHUN ANGGARAN 2027"); y -= 26
    c.setFont("DV", 8.5)
    for sk, ls in groups:
        for t in ["Program : " + sk["program"], "Kegiatan : " + sk["kegiatan"], "Sub Kegiatan : " + sk["code"] + " " + sk["name"],
                  "Output : " + sk["output"], "Lokasi : " + sk["lokasi"],
                  "Catatan: usulan hasil rapat LPM tanggal 3 Juli 2026; harga mengikuti SSH/SBU Kota, disesuaikan."]:
            c.drawString(40, y, t); y -= 13
        y -= 10
        xs = [30, 55, 335, 410, 500, 598]
        c.setFont("DVB", 8.5)
        for x, t in zip(xs, ["No", "Uraian", "Vol", "Harga Sat.", "Jumlah", "Rekening"]):
            c.drawString(x, y, t)
        y -= 16; c.setFont("DV", 8.5)
        rows = ls
        brk = max(8, int(len(rows) * 0.6))
        for ri, l in enumerate(rows):
            if ri == brk:
                # continue on next page without repeating header
                c.showPage(); c.setFont("DV", 8.5); c._broke = True; y = H - 45
            ur = l["uraian"]
            if len(ur) > 62:
                ur = l["uraian"]  # keep full; font smaller
            vol = f"{l['volume']} {l['rka_unit'].lower() if l['rka_unit'] not in ('OH','OJ','OB','OK','M2') else l['rka_unit']}"
            hp = fmt_id(l["harga"]); jm = fmt_id(l["jumlah"])
            code, name = ACCOUNTS[l["acct"]]
            c.drawString(xs[0], y, l["no"] + ".")
            fs = 8.5 if c.stringWidth(ur, "DV", 8.5) < 272 else (7 if c.stringWidth(ur, "DV", 7) < 272 else 6)
            c.setFont("DV", fs); c.drawString(xs[1], y, ur); c.setFont("DV", 8.5)
            c.drawString(xs[2], y, vol)
            c.drawRightString(xs[3] + 80, y, hp)
            c.drawRightString(xs[4] + 90, y, jm)
            c.setFont("DV", 6.5); c.drawString(xs[5], y, code + " " + (name[:28] + "..." if len(name) > 31 else name)); c.setFont("DV", 8.5)
            pr[l["no"]] = dict(no=l["no"] + ".", uraian=ur, harga=hp, jumlah=jm, vol_cell=vol)
            y -= 17
        y -= 6
        c.setFont("DVB", 8.5); c.drawString(xs[1], y, "Total"); c.drawRightString(xs[4] + 90, y, fmt_id(sum(l["jumlah"] for l in ls)))
        y -= 40; c.setFont("DV", 8.5)
        c.drawString(560, y, "Samarinda, 14 Agustus 2026"); c.drawString(560, y - 12, "Lurah Loa Bakung")
    c.showPage(); c.save()
    return pr


def normalize_zip(path):
    """rewrite an OOXML zip with fixed timestamps so the output is byte-deterministic"""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == "docProps/core.xml":
                import re as _re
                b = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-08-14T09:30:00Z\2", b)
                b = _re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)", rb"\g<1>2026-08-14T09:30:00Z\2", b)
            zi = zipfile.ZipInfo(n, date_time=(2026, 8, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


def write_all(DATA, HERE, by_file, rows_ssh, rows_sbu, FILES, SSH_FILE, SBU_FILE, cat):
    write_ssh(os.path.join(DATA, SSH_FILE), rows_ssh)
    write_sbu(os.path.join(DATA, SBU_FILE), rows_sbu)
    printed = {}
    for f, groups in by_file.items():
        p = os.path.join(DATA, FILES[f]["name"])
        if f == "E":
            pr = write_E(p, groups, FILES[f], os.path.join(HERE, "scan_truth.txt"))
        else:
            pr = {"A": write_A, "B": write_B, "C": write_C, "D": write_D, "F": write_F, "G": write_G}[f](p, groups, FILES[f])
        for k, v in pr.items():
            printed[(f, k)] = v
    for fn in os.listdir(DATA):
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(DATA, fn))
    return printed
