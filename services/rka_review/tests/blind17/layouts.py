"""Writers for catalogues and the six RKA layouts."""
import os, datetime, random
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from generate import fmt, TYPES

FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _wb():
    wb = Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "SIPD-export"
    return wb


def _save(wb, path):
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    """Make OOXML containers byte-reproducible: fixed entry times and fixed core.xml dates."""
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-20T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def text_price(n, rng):
    """Prices as text the way staff type them."""
    if n >= 1000000 and n % 10000 == 0 and rng.random() < 0.45:
        s = f"{n / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} jt"
    return rng.choice(["Rp ", "Rp. ", "Rp"]) + fmt(n)


# ------------------------------------------------------------------ catalogues
def write_ssh(path, rows):
    wb = _wb(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 61 TAHUN 2026"
    ws["A2"] = "TENTANG STANDAR HARGA SATUAN BARANG DAN JASA TAHUN ANGGARAN 2027"
    ws["A3"] = "STANDAR SATUAN HARGA (SSH) - BARANG PAKAI HABIS DAN ASET"
    ws["A4"] = "Harga belum termasuk Pajak Pertambahan Nilai (PPN); merupakan batas tertinggi"
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = B
    h1 = ["No", "Kode Barang", "Barang", None, "Satuan", "Harga Satuan (Rp)", "Ket."]
    h2 = [None, None, "Uraian", "Spesifikasi", None, None, None]
    for c, v in enumerate(h1, 1):
        ws.cell(6, c, v)
    for c, v in enumerate(h2, 1):
        if v:
            ws.cell(7, c, v)
    for c in (1, 2, 5, 6, 7):
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    ws.merge_cells(start_row=6, start_column=3, end_row=6, end_column=4)
    for r in (6, 7):
        for c in range(1, 8):
            ws.cell(r, c).font = B; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).border = BOX
    r = 8; cat = None; no = 0; roman = 0
    for x in rows:
        if x["cat"] != cat:
            cat = x["cat"]; roman += 1
            ws.cell(r, 1, ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"][roman - 1])
            ws.cell(r, 3, cat).font = B
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
            r += 1
        no += 1
        vals = [no, x["kode"], x["name"], x["spec"], x["unit"], x["price"], ""]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX
        ws.cell(r, 6).number_format = "#,##0"
        r += 1
    for c, w in zip("ABCDEFG", [6, 22, 34, 44, 12, 18, 8]):
        ws.column_dimensions[c].width = w
    _save(wb, path)


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DJ")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DJ", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DJB", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DJC", FONT_DIR + "DejaVuSansCondensed.ttf"))


def _doc(path, pagesize, title):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.units import mm
    d = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                          bottomMargin=12 * mm, title=title, author="Pemerintah Kota Samarinda", creator="SIPD", invariant=1)
    return d


def write_sbu(path, rows):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    st = ParagraphStyle("n", fontName="DJ", fontSize=7.5, leading=9)
    sh = ParagraphStyle("h", fontName="DJB", fontSize=10, leading=13, alignment=1)
    story = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 61 TAHUN 2026", sh),
             Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", sh),
             Paragraph("Besaran merupakan batas tertinggi dan belum termasuk pajak", ParagraphStyle("s", parent=st, alignment=1)),
             Spacer(1, 8)]
    data = [["No", "Kode", "Uraian", "Spesifikasi / Keterangan", "Satuan", "Besaran (Rp)"]]
    styles = [("FONT", (0, 0), (-1, 0), "DJB", 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
              ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    cat = None; no = 0
    for x in rows:
        if x["cat"] != cat:
            cat = x["cat"]
            data.append(["", "", Paragraph("<b>" + cat + "</b>", st), "", "", ""])
            styles.append(("SPAN", (2, len(data) - 1), (5, len(data) - 1)))
        no += 1
        data.append([str(no), x["kode"], Paragraph(x["name"], st), Paragraph(x["spec"], st), x["unit"], fmt(x["price"])])
    t = Table(data, colWidths=[22, 58, 130, 200, 55, 65], repeatRows=1)
    styles.append(("FONT", (0, 1), (-1, -1), "DJ", 7.5))
    t.setStyle(TableStyle(styles))
    story.append(t)
    _doc(path, A4, "SBU 2027").build(story)


# ------------------------------------------------------------------ RKA common
def acct_groups(lines):
    groups = []
    for l in lines:
        if not groups or groups[-1][0] != l["acct"]:
            groups.append((l["acct"], []))
        groups[-1][1].append(l)
    return groups


def write_rka(d, f, flines, A, rng):
    lay = f["layout"]
    fn = {"xlsx_sipd_sheets": rka_xlsx_sipd, "xlsx_text_prices": rka_xlsx_text, "xlsx_inline_koef": rka_xlsx_inline,
          "pdf_sipd": rka_pdf_sipd, "scan_typed": rka_scan, "docx_table": rka_docx,
          "xlsx_koef_columns": rka_xlsx_koefcols, "photo_jpg": rka_photo}[lay]
    return fn(d, f, flines, A, rng)


def header_block(f, sub):
    return [("Urusan Pemerintahan", f["urusan"]), ("Organisasi", f["opd_code"] + " " + f["opd"].upper()),
            ("Program", f["program"]), ("Kegiatan", sub["kegiatan"]), ("Sub Kegiatan", sub["code"] + " " + sub["name"]),
            ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah"), ("Lokasi", sub["lokasi"]),
            ("Waktu Pelaksanaan", "Januari s.d. Desember 2027"),
            ("Indikator Keluaran", sub["indikator"]), ("Target Keluaran", sub["target"])]


# ------------------------------------------------------------------ L1: xlsx, sheet per sub-kegiatan, SIPD-like
def rka_xlsx_sipd(d, f, flines, A, rng):
    wb = _wb(); wb.remove(wb.active)
    for si, (sub, lines) in enumerate(flines, 1):
        ws = wb.create_sheet(f"SubKeg {si} ({sub['code'][-4:]})")
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"; ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "RINCIAN BELANJA SUB KEGIATAN - TAHUN ANGGARAN 2027 (RANCANGAN)"
        ws.merge_cells("A1:J1"); ws.merge_cells("A2:J2")
        r = 4
        for k, v in header_block(f, sub):
            ws.cell(r, 1, k); ws.cell(r, 3, ": " + v); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            r += 1
        r += 1
        hr = r
        top = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Rincian Perhitungan", None, None, None, "PPN (%)", "Jumlah (Rp)"]
        sec = [None, None, None, None, "Koefisien", "Volume", "Satuan", "Harga Satuan", None, None]
        for c, v in enumerate(top, 1):
            ws.cell(hr, c, v)
        for c, v in enumerate(sec, 1):
            if v:
                ws.cell(hr + 1, c, v)
        for c in (1, 2, 3, 4, 9, 10):
            ws.merge_cells(start_row=hr, start_column=c, end_row=hr + 1, end_column=c)
        ws.merge_cells(start_row=hr, start_column=5, end_row=hr, end_column=8)
        for rr in (hr, hr + 1):
            for c in range(1, 11):
                ws.cell(rr, c).font = B; ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).border = BOX
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="D9E1F2")
        r = hr + 2
        total = 0
        for acct, gl in acct_groups(lines):
            sub_t = sum(l["jumlah"] for l in gl); total += sub_t
            ws.cell(r, 2, A[acct][0]); ws.cell(r, 3, A[acct][1]); ws.cell(r, 10, sub_t)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            for c in range(1, 11):
                ws.cell(r, c).font = B; ws.cell(r, c).border = BOX
            ws.cell(r, 10).number_format = "#,##0"
            r += 1
            for l in gl:
                vals = [l["no"], None, l["name"], l["spec"], l["koef_str"], l["volume"], l["unit"], l["price"], l["ppn"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
                for c in (6, 8, 10):
                    ws.cell(r, c).number_format = "#,##0"
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN"); ws.cell(r, 10, total); ws.cell(r, 10).number_format = "#,##0"
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
        ws.cell(r, 3).font = B; ws.cell(r, 10).font = B
        for c, w in zip("ABCDEFGHIJ", [6, 20, 38, 34, 18, 9, 11, 15, 8, 17]):
            ws.column_dimensions[c].width = w
        ws.cell(r + 3, 8, "Samarinda, 20 November 2026"); ws.cell(r + 4, 8, "Kepala Dinas Lingkungan Hidup")
        ws.cell(r + 8, 8, "(__________________________)")
    fn = f["stem"] + ".xlsx"; _save(wb, os.path.join(d, fn)); return fn


# ------------------------------------------------------------------ L2: xlsx, one sheet, odd column order, text prices
def rka_xlsx_text(d, f, flines, A, rng):
    wb = _wb(); ws = wb.active; ws.title = "Rincian Belanja"
    ws["A1"] = "DINAS PERHUBUNGAN KOTA SAMARINDA"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Draft RKA TA 2027 - rincian belanja per sub kegiatan (bahan asistensi TAPD)"
    ws["A3"] = f["program"]
    headers = ["No", "Kode Akun / Nama Akun", "Uraian Belanja", "Jumlah (Rp)", "Harga Sat.", "Vol", "Sat", "Spesifikasi Teknis", "Ket"]
    r = 5
    for si, (sub, lines) in enumerate(flines, 1):
        ws.cell(r, 1, f"SUB KEGIATAN {si}: {sub['code']} - {sub['name']}").font = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        ws.cell(r, 1, f"Kegiatan: {sub['kegiatan']}"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        ws.cell(r, 1, f"Output: {sub['indikator']} | Target: {sub['target']} | Lokasi: {sub['lokasi']}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for c, v in enumerate(headers, 1):
            cell = ws.cell(r, c, v); cell.font = B; cell.alignment = CENTER; cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="FFF2CC")
        r += 1
        tot = 0
        for l in lines:
            tot += l["jumlah"]
            l["price_text"] = text_price(l["price"], rng)
            l["jumlah_text"] = "Rp " + fmt(l["jumlah"]) if rng.random() < 0.7 else fmt(l["jumlah"])
            vol = l["volume"]
            vals = [l["no"], A[l["acct"]][0] + " - " + A[l["acct"]][1], l["name"], l["jumlah_text"], l["price_text"],
                    vol if rng.random() < 0.6 else str(vol), l["unit"], l["spec"], ""]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
            r += 1
        ws.cell(r, 3, "Jumlah Sub Kegiatan " + str(si)).font = B
        ws.cell(r, 4, "Rp " + fmt(tot)).font = B
        r += 3
    for c, w in zip("ABCDEFGHI", [5, 44, 36, 18, 14, 7, 10, 36, 8]):
        ws.column_dimensions[c].width = w
    fn = f["stem"] + ".xlsx"; _save(wb, os.path.join(d, fn)); return fn


# ------------------------------------------------------------------ L3: xlsx, 3-row header, inline koefisien, no volume col
def rka_xlsx_inline(d, f, flines, A, rng):
    wb = _wb(); wb.remove(wb.active)
    for si, (sub, lines) in enumerate(flines, 1):
        ws = wb.create_sheet(f"{si}. {sub['name'][:24]}")
        ws["A1"] = "PEMERINTAH KOTA SAMARINDA"; ws["A2"] = "DINAS SOSIAL"
        ws["A3"] = "RINCIAN ANGGARAN BELANJA LANGSUNG MENURUT PROGRAM DAN KEGIATAN - TA 2027"
        for a in ("A1", "A2", "A3"):
            ws[a].font = B
        ws["A5"] = "Program"; ws["C5"] = ": " + f["program"]
        ws["A6"] = "Kegiatan"; ws["C6"] = ": " + sub["kegiatan"]
        ws["A7"] = "Sub Kegiatan"; ws["C7"] = ": " + sub["code"] + " " + sub["name"]
        ws["A8"] = "Keluaran"; ws["C8"] = f": {sub['indikator']} - {sub['target']}"
        ws["A9"] = "Lokasi"; ws["C9"] = ": " + sub["lokasi"]
        h = 11
        ws.cell(h, 1, "No"); ws.cell(h, 2, "Kode Rekening"); ws.cell(h, 3, "Uraian")
        ws.cell(h, 4, "RINCIAN PERHITUNGAN"); ws.cell(h, 7, "Jumlah (Rp)")
        ws.cell(h + 1, 4, "Volume (koefisien)"); ws.cell(h + 1, 5, "Satuan"); ws.cell(h + 1, 6, "Harga Satuan (Rp)")
        for c in range(1, 8):
            ws.cell(h + 2, c, f"({c})")
        for c in (1, 2, 3, 7):
            ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=6)
        for rr in (h, h + 1, h + 2):
            for c in range(1, 8):
                ws.cell(rr, c).font = B; ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).border = BOX
        r = h + 3; tot = 0
        for acct, gl in acct_groups(lines):
            st = sum(l["jumlah"] for l in gl); tot += st
            ws.cell(r, 2, A[acct][0]); ws.cell(r, 3, A[acct][1]); ws.cell(r, 7, st)
            for c in range(1, 8):
                ws.cell(r, c).font = Font(italic=True, bold=True); ws.cell(r, c).border = BOX
            ws.cell(r, 7).number_format = "#,##0"
            r += 1
            for l in gl:
                ur = l["name"] + (f" ({l['spec']})" if rng.random() < 0.8 and l["spec"] not in l["name"] else "")
                l["uraian_printed"] = ur
                ab = {"Org": "org", "Kali": "kl", "Keg": "keg", "Bln": "bln", "Hr": "hr", "Triwulan": "tw"}
                kstr = " x ".join(f"{fmt(n)} {ab.get(u, u)}" for n, u in l["koef"])
                l["koef_printed"] = kstr
                vals = [l["no"], "", ur, kstr, l["unit"], l["price"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
                ws.cell(r, 6).number_format = "#,##0"; ws.cell(r, 7).number_format = "#,##0"
                r += 1
        ws.cell(r, 3, "TOTAL"); ws.cell(r, 7, tot); ws.cell(r, 7).number_format = "#,##0"
        ws.cell(r, 3).font = B; ws.cell(r, 7).font = B
        for c, w in zip("ABCDEFG", [6, 20, 50, 20, 10, 16, 18]):
            ws.column_dimensions[c].width = w
    fn = f["stem"] + ".xlsx"; _save(wb, os.path.join(d, fn)); return fn


# ------------------------------------------------------------------ L4: born-digital PDF, SIPD print
def rka_pdf_sipd(d, f, flines, A, rng):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    st = ParagraphStyle("n", fontName="DJC", fontSize=7, leading=8.5)
    sb = ParagraphStyle("b", fontName="DJB", fontSize=7, leading=8.5)
    ti = ParagraphStyle("t", fontName="DJB", fontSize=10, leading=13, alignment=1)
    story = []
    for si, (sub, lines) in enumerate(flines):
        if si:
            story.append(PageBreak())
        story += [Paragraph("RENCANA KERJA DAN ANGGARAN", ti), Paragraph("SATUAN KERJA PERANGKAT DAERAH", ti),
                  Paragraph("PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", ti), Spacer(1, 4),
                  Paragraph("Formulir RKA-BELANJA SKPD", ParagraphStyle("r", parent=sb, alignment=2)), Spacer(1, 4)]
        hb = Table([[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in header_block(f, sub)], colWidths=[110, 8, 660])
        hb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("FONT", (0, 0), (-1, -1), "DJC", 7),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story += [hb, Spacer(1, 6), Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", sb), Spacer(1, 3)]
        data = [["No", "Kode Rekening", "Uraian", "Spesifikasi", "Rincian Perhitungan", "", "", "", "", "Jumlah (Rp)"],
                ["", "", "", "", "Koefisien", "Volume", "Satuan", "Harga", "PPN", ""]]
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, 1), "DJB", 7),
               ("FONT", (0, 2), (-1, -1), "DJC", 7), ("SPAN", (4, 0), (8, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
               ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (9, 0), (9, 1)), ("ALIGN", (0, 0), (-1, 1), "CENTER"),
               ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E7E6E6")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
               ("ALIGN", (5, 2), (9, -1), "RIGHT")]
        tot = 0
        for acct, gl in acct_groups(lines):
            stt = sum(l["jumlah"] for l in gl); tot += stt
            data.append(["", A[acct][0], Paragraph(A[acct][1], sb), "", "", "", "", "", "", fmt(stt)])
            n = len(data) - 1
            sty += [("SPAN", (2, n), (8, n)), ("FONT", (0, n), (-1, n), "DJB", 7)]
            for l in gl:
                data.append([l["no"], "", Paragraph(l["name"], st), Paragraph(l["spec"], st), l["koef_str"], fmt(l["volume"]),
                             l["unit"], fmt(l["price"]), f"{l['ppn']}%", fmt(l["jumlah"])])
        data.append(["", "", Paragraph("<b>JUMLAH</b>", sb), "", "", "", "", "", "", fmt(tot)])
        sty += [("SPAN", (2, len(data) - 1), (8, len(data) - 1)), ("FONT", (9, len(data) - 1), (9, len(data) - 1), "DJB", 7)]
        t = Table(data, colWidths=[24, 78, 150, 150, 80, 40, 52, 62, 30, 90], repeatRows=2)
        t.setStyle(TableStyle(sty))
        story.append(t)
        story += [Spacer(1, 14), Paragraph("Samarinda, 20 November 2026<br/>Kepala Dinas Kependudukan dan Pencatatan Sipil<br/><br/><br/>"
                                           "( .............................. )<br/>NIP. ..............................",
                                           ParagraphStyle("sg", parent=st, leftIndent=520))]

    def footer(canvas, doc):
        canvas.saveState(); canvas.setFont("DJ", 6.5)
        canvas.drawString(28, 14, "Dicetak dari SIPD-RI | Draft RKA SKPD TA 2027 | 2.12.0.00.0.00.01.0000 DISDUKCAPIL")
        canvas.drawRightString(landscape(A4)[0] - 28, 14, f"Halaman {doc.page}")
        canvas.restoreState()
    fn = f["stem"] + ".pdf"
    _doc(os.path.join(d, fn), landscape(A4), "RKA Disdukcapil 2027").build(story, onFirstPage=footer, onLaterPages=footer)
    return fn


# ------------------------------------------------------------------ L5: scan (image-only PDF)
def rka_photo(d, f, flines, A, rng):
    return rka_scan(d, f, flines, A, rng, photo=True)


def _draw_page(W, H):
    from PIL import Image, ImageDraw
    img = Image.new("L", (W, H), 255)
    return img, ImageDraw.Draw(img)


def rka_scan(d, f, flines, A, rng, photo=False):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    if photo:
        W, H = 1700, 2600  # F4 @ 200 dpi, both sub-kegiatan on one sheet
        fr = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", 17)
        fb = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", 18)
        ft = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 26)
        RH = 26
    else:
        W, H = 1654, 2339  # A4 @ 200 dpi
        fr = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", 19)
        fb = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", 20)
        ft = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 28)
        RH = 30
    cols = [(70, "No"), (140, "Uraian"), (655, "Koefisien"), (930, "Vol"), (1010, "Sat"), (1150, "Harga Sat"), (1360, "Jumlah")]
    pages, truth = [], []
    nprng = np.random.RandomState(1717)
    img = None
    for si, (sub, lines) in enumerate(flines):
        newpage = img is None or not photo
        if newpage:
            img = Image.new("L", (W, H), 255); dr = ImageDraw.Draw(img)
            y = 80
        else:
            y += 40
        def put(x, yy, s, font=fr, right=None):
            if right is not None:
                w = dr.textlength(s, font=font); dr.text((right - w, yy), s, font=font, fill=0)
            else:
                dr.text((x, yy), s, font=font, fill=0)
        for s in (["PEMERINTAH KOTA SAMARINDA", f["opd"].upper(), "RKA SKPD 2.2.1 - TAHUN ANGGARAN 2027"] if newpage else []):
            w = dr.textlength(s, font=ft); dr.text(((W - w) / 2, y), s, font=ft, fill=0); truth.append(s); y += 40
        y += 10
        for k, v in [("Program", f["program"])] * newpage + [("Kegiatan", sub["kegiatan"]), ("Sub Kegiatan", sub["code"] + " " + sub["name"]),
                     ("Indikator", sub["indikator"] + " : " + sub["target"]), ("Lokasi", sub["lokasi"])]:
            s = f"{k:<13}: {v}"
            while s:
                put(70, y, s[:118]); truth.append(s[:118]); s = ("               " + s[118:]) if len(s) > 118 else ""; y += RH - 2
        y += 16
        dr.line((60, y, 1600, y), fill=0, width=2)
        for x, hname in cols:
            if hname in ("Harga Sat", "Jumlah", "Vol"):
                put(0, y + 8, hname, fb, right={"Vol": 995, "Harga Sat": 1340, "Jumlah": 1590}[hname])
            else:
                put(x, y + 8, hname, fb)
        truth.append(" | ".join(h for _, h in cols))
        y += 40; dr.line((60, y, 1600, y), fill=0, width=2); y += 8
        tot = 0
        for acct, gl in acct_groups(lines):
            stt = sum(l["jumlah"] for l in gl); tot += stt
            s = f"{A[acct][0]} {A[acct][1]}"
            put(140, y, s[:70], fb); put(0, y, fmt(stt), fb, right=1590); truth.append(s[:70] + " | " + fmt(stt)); y += RH + 2
            for l in gl:
                nm = l["name"]
                l["scan_name"] = nm
                kk = l["koef_str"].replace(" x ", "x")
                put(70, y, l["no"]); put(140, y, nm[:44]); put(655, y, kk)
                put(0, y, fmt(l["volume"]), right=995); put(1010, y, l["unit"][:12])
                put(0, y, fmt(l["price"]), right=1340); put(0, y, fmt(l["jumlah"]), right=1590)
                truth.append(" | ".join([l["no"], nm[:44], kk, fmt(l["volume"]), l["unit"][:12],
                                         fmt(l["price"]), fmt(l["jumlah"])]))
                if len(nm) > 44:
                    y += RH - 4; put(140, y, nm[44:88]); truth.append(nm[44:88])
                y += RH
                dr.line((60, y - 3, 1600, y - 3), fill=190, width=1)
        y += 6; dr.line((60, y, 1600, y), fill=0, width=2)
        put(140, y + 8, "JUMLAH TOTAL SUB KEGIATAN", fb); put(0, y + 8, fmt(tot), fb, right=1590)
        truth.append("JUMLAH TOTAL SUB KEGIATAN | " + fmt(tot))
        y += 40
        if photo and si < len(flines) - 1:
            continue
        put(1100, y + 50, "Samarinda, 20 November 2026"); put(1100, y + 78, "Kepala " + ("Inspektur," if photo else "Dinas,"))
        put(1100, y + 170, "( ........................ )")
        if photo:
            truth.append("")
            pages.append(_photo_degrade(img, nprng))
            continue
        # degrade: rotate, blur, noise, speckles, uneven illumination
        ang = [0.9, -0.7][si % 2]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=245)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(img).astype(np.float32)
        grad = np.linspace(0, 22, W)[None, :] + np.linspace(0, 12, H)[:, None]
        a = a - grad + nprng.normal(0, 9, a.shape)
        sp = nprng.random_sample(a.shape)
        a[sp < 0.0012] = 30; a[sp > 0.9992] = 255
        a = np.clip(a, 0, 255).astype(np.uint8)
        pages.append(Image.fromarray(a).convert("L"))
        truth.append("")
    out = os.path.dirname(d)
    if photo:
        fn = f["stem"] + ".jpg"
        pages[0].save(os.path.join(d, fn), "JPEG", quality=78, dpi=(200, 200))
        with open(os.path.join(out, "photo_truth.txt"), "w") as fh:
            fh.write("\n".join(truth) + "\n")
        return fn
    fn = f["stem"] + ".pdf"
    pages[0].save(os.path.join(d, fn), "PDF", resolution=200.0, save_all=True, append_images=pages[1:], quality=70,
                  creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="Scanner", title="scan")
    with open(os.path.join(out, "scan_truth.txt"), "w") as fh:
        fh.write("\n".join(truth) + "\n")
    return fn


# ------------------------------------------------------------------ L6: Word document, tables with inline koefisien
def rka_docx(d, f, flines, A, rng):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = docx.Document()
    doc.core_properties.created = FIXED_DT; doc.core_properties.modified = FIXED_DT
    doc.core_properties.author = "Kasubag Perencanaan Kecamatan"
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
    doc.add_paragraph().add_run("PEMERINTAH KOTA SAMARINDA\nKECAMATAN SAMARINDA ULU").bold = True
    doc.add_paragraph("Usulan Rencana Kerja dan Anggaran (RKA) Tahun 2027 - untuk dibahas dengan TAPD")
    for si, (sub, lines) in enumerate(flines, 1):
        doc.add_paragraph().add_run(f"{['A', 'B', 'C'][si - 1]}. Sub Kegiatan {sub['code']} {sub['name']}").bold = True
        doc.add_paragraph(f"Kegiatan: {sub['kegiatan']}\nSasaran/keluaran: {sub['indikator']} ({sub['target']})\nLokasi: {sub['lokasi']}")
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, v in enumerate(["No", "Kode Rek.", "Uraian / Spesifikasi", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]):
            t.rows[0].cells[c].text = v
            t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
        tot = 0
        for acct, gl in acct_groups(lines):
            stt = sum(l["jumlah"] for l in gl); tot += stt
            row = t.add_row().cells
            row[1].text = A[acct][0]; m = row[2].merge(row[5]); m.text = A[acct][1]; row[6].text = fmt(stt)
            for c in (1, 2, 6):
                for p in row[c].paragraphs:
                    for rn in p.runs:
                        rn.bold = True
            for l in gl:
                row = t.add_row().cells
                row[0].text = l["no"]; row[2].text = l["name"] + " - " + l["spec"]
                row[3].text = l["koef_str"].replace("Org", "org").replace("Kali", "kali"); row[4].text = l["unit"]
                row[5].text = fmt(l["price"]); row[6].text = fmt(l["jumlah"])
                l["docx_koef"] = row[3].text
        row = t.add_row().cells
        m = row[0].merge(row[5]); m.text = f"Jumlah Sub Kegiatan {['A', 'B', 'C'][si - 1]}"; row[6].text = fmt(tot)
        doc.add_paragraph("")
    doc.add_paragraph("Samarinda, 20 November 2026\nCamat Samarinda Ulu,\n\n\n(.............................)")
    fn = f["stem"] + ".docx"; doc.save(os.path.join(d, fn)); fix_zip(os.path.join(d, fn)); return fn


def _photo_degrade(img, nprng):
    """Phone photo of a printed sheet on a desk: perspective, rotation, shading, blur, colour cast."""
    from PIL import Image, ImageFilter
    import numpy as np
    W, H = img.size
    big = Image.new("L", (W + 160, H + 160), 120)
    big.paste(img, (80, 80))
    # mild perspective (top edge narrower)
    dx = 38
    coeffs = _persp_coeffs([(0, 0), (W + 160, 0), (W + 160, H + 160), (0, H + 160)],
                           [(-dx, 0), (W + 160 + dx, 0), (W + 160, H + 160), (0, H + 160)])
    big = big.transform(big.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=110)
    big = big.rotate(-1.4, resample=Image.BICUBIC, fillcolor=105)
    big = big.filter(ImageFilter.GaussianBlur(0.9))
    a = np.asarray(big).astype(np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 1.0 - 0.22 * (((xx - w * 0.35) / w) ** 2 + ((yy - h * 0.3) / h) ** 2) - 0.08 * (xx / w)
    a = a * shade + nprng.normal(0, 6, a.shape)
    a = np.clip(a, 0, 255)
    rgb = np.stack([a * 1.0, a * 0.97, a * 0.9], axis=-1).clip(0, 255).astype(np.uint8)
    return Image.fromarray(rgb, "RGB")


def _persp_coeffs(dst, src):
    import numpy as np
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A_ = np.array(m, dtype=float); b_ = np.array(src, dtype=float).reshape(8)
    return list(np.linalg.solve(A_, b_))


def rka_xlsx_koefcols(d, f, flines, A, rng):
    """One sheet, koefisien split over Vol1/Sat1/Vol2/Sat2 columns, account per line at the right, text-stored numbers."""
    wb = _wb(); ws = wb.active; ws.title = "RKA 2027"
    for i, s in enumerate(["PEMERINTAH KOTA SAMARINDA", f["opd"].upper(), "KERTAS KERJA RENCANA KERJA DAN ANGGARAN TAHUN 2027",
                           f["urusan"], f["program"]], 1):
        ws.cell(i, 1, s).font = B if i <= 3 else Font(italic=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=13)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
    r = 7
    h1 = ["No.", "Uraian Komponen", "Spesifikasi", "Koefisien", None, None, None, "Volume", "Satuan", "Harga Satuan", "PPN", "Total", "Rekening Belanja"]
    h2 = [None, None, None, "Vol 1", "Sat 1", "Vol 2", "Sat 2", None, None, None, None, None, None]
    for si, (sub, lines) in enumerate(flines, 1):
        ws.cell(r, 1, f"[{si}] {sub['code']}  {sub['name']}").font = Font(bold=True, color="1F4E78")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13); r += 1
        ws.cell(r, 1, f"    Kegiatan {sub['kegiatan']}; Indikator: {sub['indikator']} = {sub['target']}; Lokasi: {sub['lokasi']}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13); r += 1
        for c, v in enumerate(h1, 1):
            ws.cell(r, c, v)
        for c, v in enumerate(h2, 1):
            if v:
                ws.cell(r + 1, c, v)
        for c in (1, 2, 3, 8, 9, 10, 11, 12, 13):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        for rr in (r, r + 1):
            for c in range(1, 14):
                ws.cell(rr, c).font = B; ws.cell(rr, c).alignment = CENTER; ws.cell(rr, c).border = BOX
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="E2EFDA")
        r += 2
        tot = 0
        for l in lines:
            tot += l["jumlah"]
            k = list(l["koef"]) + [(None, None)] * (2 - len(l["koef"]))
            price = l["price"] if rng.random() < 0.75 else fmt(l["price"])
            vals = [l["no"], l["name"], l["spec"], k[0][0], k[0][1], k[1][0], k[1][1], l["volume"], l["unit"], price,
                    "11%" if l["ppn"] else "-", l["jumlah"], A[l["acct"]][0] + " " + A[l["acct"]][1]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
            for c in (8, 10, 12):
                ws.cell(r, c).number_format = "#,##0"
            r += 1
        ws.cell(r, 2, "Sub Total").font = B; ws.cell(r, 12, tot).font = B; ws.cell(r, 12).number_format = "#,##0"
        r += 3
    for c, w in zip("ABCDEFGHIJKLM", [6, 36, 30, 7, 8, 7, 8, 9, 11, 14, 6, 16, 50]):
        ws.column_dimensions[c].width = w
    fn = f["stem"] + ".xlsx"; _save(wb, os.path.join(d, fn)); return fn
