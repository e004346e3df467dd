"""File writers for set review20 (xlsx, pdf, scan, docx)."""
import io
import os
import random
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

FIXED_ZIP_DATE = (2026, 11, 20, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def rupiah(n):
    return f"{int(n):,}".replace(",", ".")


def short_price(p):
    if p >= 1_000_000 and p % 10_000 == 0:
        s = f"{p / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return s + " jt"
    if 100_000 <= p < 1_000_000 and p % 1000 == 0:
        return f"{p // 1000} rb"
    return "Rp " + rupiah(p)


SAT_BY_KIND = {"K": "OK", "J": "OJ", "B": "OB", "H": "OH", "M": "OM", "T": "OK"}
KL = {"org": "Orang", "jam": "Jam", "kl": "Kali", "hr": "Hari", "bln": "Bulan", "mlm": "Malam",
      "unit": "Unit", "keg": "Kegiatan", "pp": "PP", "sesi": "Sesi", "tdg": "Pertandingan"}


def sat(l):
    return SAT_BY_KIND.get(l["kind"], l["unit"])


def koef(l, style="short"):
    out = []
    for n, lab in l["koef_parts"]:
        if lab == "UNIT":
            out.append(f"{n} {l['unit']}")
        else:
            out.append(f"{n} {KL[lab] if style == 'long' else lab}")
    return " x ".join(out)


def groups(lines):
    """split a sub-kegiatan's lines (already sorted) into account groups."""
    out = []
    for l in lines:
        if not out or out[-1][0] != l["acct_code"]:
            out.append((l["acct_code"], l["acct_name"], []))
        out[-1][2].append(l)
    return out


def by_sub(rka, lines):
    return [(sk, [l for l in lines if l["sub"] is sk]) for sk in rka["subs"]]


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(<)", rb"\g<1>2026-11-20T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_wb_props(wb):
    import datetime
    d = datetime.datetime(2026, 11, 20, 9, 30, 0)
    wb.properties.created = d
    wb.properties.modified = d
    wb.properties.creator = "operator"


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
GRP_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


# ================================================================ catalogues
def write_ssh(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026"
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA"
    ws["A3"] = "TAHUN ANGGARAN 2027"
    ws["A4"] = "Harga satuan tertinggi, BELUM termasuk Pajak Pertambahan Nilai (PPN)."
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = BOLD if r < 4 else Font(italic=True)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    h = 6
    for c, t in enumerate(["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan"], 1):
        ws.cell(h, c, t)
        ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    ws.cell(h, 6, "Harga (Rp)")
    ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=7)
    ws.cell(h + 1, 6, "Satuan Tertinggi")
    ws.cell(h + 1, 7, "Ket.")
    for r in (h, h + 1):
        for c in range(1, 8):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = CENTER
            ws.cell(r, c).fill = HDR_FILL
            ws.cell(r, c).border = BOX
    r = h + 2
    n = 0
    head = None
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    gi = -1
    for row in rows:
        if row["heading"] != head:
            head = row["heading"]
            gi += 1
            ws.cell(r, 1, f"{letters[gi]}.")
            ws.cell(r, 2, row["kode"].rsplit(".", 1)[0])
            ws.cell(r, 3, head)
            for c in range(1, 8):
                ws.cell(r, c).font = BOLD
                ws.cell(r, c).fill = GRP_FILL
            r += 1
        n += 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, row["kode"])
        ws.cell(r, 3, row["name"])
        ws.cell(r, 4, row["spec"])
        ws.cell(r, 5, row["unit"])
        ws.cell(r, 6, row["price"]).number_format = "#,##0"
        ket = ""
        if row["acct"].startswith("MOD"):
            ket = "Aset (Belanja Modal)"
        ws.cell(r, 7, ket)
        for c in range(1, 8):
            ws.cell(r, c).border = BOX
        r += 1
    for c, w in zip("ABCDEFG", [6, 22, 38, 40, 14, 16, 20]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "A8"
    fix_wb_props(wb)
    wb.save(path)
    normalize_zip(path)


def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuC", FONT_DIR + "DejaVuSansCondensed.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuC-Bold", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))


def write_sbu(path, rows):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    _rl_fonts()
    st = ParagraphStyle("c", fontName="DejaVuC", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DejaVuC-Bold", fontSize=7.5, leading=9)
    tit = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=10.5, leading=14, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title="SBU Kota Samarinda 2027", author="BPKAD", invariant=1)
    story = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026", tit),
             Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", tit), Spacer(1, 4),
             Paragraph("Besaran merupakan batas tertinggi. Satuan biaya honorarium, perjalanan dinas, konsumsi, "
                       "sewa dan jasa tidak dikenakan PPN tambahan.", st), Spacer(1, 6)]
    data = [[Paragraph(x, stb) for x in ["No", "Kode", "Uraian", "Spesifikasi / Keterangan", "Satuan", "Besaran (Rp)"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    head = None
    n = 0
    for row in rows:
        if row["heading"] != head:
            head = row["heading"]
            data.append(["", Paragraph(row["kode"].rsplit(".", 1)[0], stb), Paragraph(head, stb), "", "", ""])
            i = len(data) - 1
            style += [("SPAN", (2, i), (5, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F0F0F0"))]
        n += 1
        data.append([Paragraph(str(n), st), Paragraph(row["kode"], st), Paragraph(row["name"], st),
                     Paragraph(row["spec"], st), Paragraph(row["unit"], st), Paragraph(rupiah(row["price"]), st)])
    t = LongTable(data, colWidths=[9 * mm, 24 * mm, 55 * mm, 55 * mm, 22 * mm, 20 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)

    def foot(c, d):
        c.setFont("DejaVu", 7)
        c.drawRightString(A4[0] - 14 * mm, 8 * mm, f"SBU 2027 - Halaman {d.page}")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ================================================================ RKA layout 1: xlsx SIPD sheets
def write_xlsx_sipd(path, rka, lines):
    wb = Workbook()
    wb.remove(wb.active)
    for si, (sk, sl) in enumerate(by_sub(rka, lines), 1):
        ws = wb.create_sheet(f"Sub Keg {si}")
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN"
        ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH"
        ws["A3"] = "Pemerintah Kota Samarinda Tahun Anggaran 2027"
        for r in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).font = BOLD
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
        info = [("Urusan Pemerintahan", rka["urusan"]), ("Bidang Urusan", rka["urusan"]),
                ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]), ("Sub Kegiatan", f"{sk['code']} {sk['name']}"),
                ("Organisasi", f"{rka['opd_code']} {rka['opd']}"), ("Lokasi", sk["lokasi"]),
                ("Sumber Pendanaan", "Pendapatan Asli Daerah (PAD)"), ("Waktu Pelaksanaan", "Januari s.d. Desember"),
                ("Indikator Keluaran", sk["output"]), ("Target Keluaran", sk["target"])]
        r = 5
        for k, v in info:
            ws.cell(r, 1, k)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, ": " + v)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            r += 1
        r += 1
        ws.cell(r, 1, "RINCIAN ANGGARAN BELANJA MENURUT PROGRAM DAN KEGIATAN")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).font = BOLD
        r += 1
        h = r
        for c, t in [(1, "No"), (2, "Kode Rekening"), (3, "Uraian"), (4, "Spesifikasi"), (10, "Jumlah (Rp)")]:
            ws.cell(h, c, t)
            ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        ws.cell(h, 5, "Rincian Perhitungan")
        ws.merge_cells(start_row=h, start_column=5, end_row=h, end_column=9)
        for c, t in zip(range(5, 10), ["Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)"]):
            ws.cell(h + 1, c, t)
        for rr in (h, h + 1):
            for c in range(1, 11):
                ws.cell(rr, c).font = BOLD
                ws.cell(rr, c).alignment = CENTER
                ws.cell(rr, c).fill = HDR_FILL
                ws.cell(rr, c).border = BOX
        r = h + 2
        total = 0
        for code, name, gl in groups(sl):
            ws.cell(r, 2, code)
            ws.cell(r, 3, name)
            sub = sum(l["jumlah"] for l in gl)
            total += sub
            ws.cell(r, 10, sub).number_format = "#,##0"
            for c in range(1, 11):
                ws.cell(r, c).font = BOLD
                ws.cell(r, c).fill = GRP_FILL
                ws.cell(r, c).border = BOX
            r += 1
            for l in gl:
                ws.cell(r, 1, int(l["no"]))
                ws.cell(r, 3, l["name"])
                ws.cell(r, 4, l["spec"])
                ws.cell(r, 5, koef(l, "long"))
                ws.cell(r, 6, l["volume"])
                ws.cell(r, 7, sat(l))
                ws.cell(r, 8, l["price"]).number_format = "#,##0"
                ws.cell(r, 9, l["ppn"])
                ws.cell(r, 10, l["jumlah"]).number_format = "#,##0"
                for c in range(1, 11):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                l["printed"] = {"price": l["price"], "jumlah": l["jumlah"]}
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN")
        ws.cell(r, 10, total).number_format = "#,##0"
        ws.cell(r, 3).font = BOLD
        ws.cell(r, 10).font = BOLD
        r += 3
        ws.cell(r, 8, "Samarinda, 14 Oktober 2026")
        ws.cell(r + 1, 8, "Kepala Dinas Lingkungan Hidup")
        ws.cell(r + 5, 8, "(.................................)")
        for c, w in zip("ABCDEFGHIJ", [5, 20, 40, 28, 22, 8, 10, 14, 7, 16]):
            ws.column_dimensions[c].width = w
    fix_wb_props(wb)
    wb.save(path)
    normalize_zip(path)


# ================================================================ RKA layout 2: one sheet, 3-row merged header, text prices
def write_xlsx_merged(path, rka, lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA Belanja 2027"
    ws["A1"] = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA"
    ws["A2"] = "DRAFT RINCIAN KERTAS KERJA BELANJA - TAHUN ANGGARAN 2027"
    ws["A3"] = "(bahan asistensi TAPD, versi 2 - belum final)"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = BOLD
    h = 5
    ws.cell(h, 1, "No.")
    ws.merge_cells(start_row=h, start_column=1, end_row=h + 2, end_column=1)
    ws.cell(h, 2, "Uraian Belanja / Spesifikasi")
    ws.merge_cells(start_row=h, start_column=2, end_row=h + 2, end_column=2)
    ws.cell(h, 3, "Rincian Perhitungan")
    ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=6)
    for c, t in [(3, "Koefisien"), (4, "Vol."), (5, "Satuan")]:
        ws.cell(h + 1, c, t)
        ws.merge_cells(start_row=h + 1, start_column=c, end_row=h + 2, end_column=c)
    ws.cell(h + 1, 6, "Harga Satuan")
    ws.cell(h + 2, 6, "(Rp)")
    ws.cell(h, 7, "Jumlah")
    ws.merge_cells(start_row=h, start_column=7, end_row=h + 1, end_column=7)
    ws.cell(h + 2, 7, "(Rp)")
    ws.cell(h, 8, "Rekening Belanja")
    ws.merge_cells(start_row=h, start_column=8, end_row=h, end_column=9)
    ws.cell(h + 1, 8, "Kode")
    ws.merge_cells(start_row=h + 1, start_column=8, end_row=h + 2, end_column=8)
    ws.cell(h + 1, 9, "Nama Rekening")
    ws.merge_cells(start_row=h + 1, start_column=9, end_row=h + 2, end_column=9)
    ws.cell(h, 10, "Ket.")
    ws.merge_cells(start_row=h, start_column=10, end_row=h + 2, end_column=10)
    for c in range(1, 11):
        ws.cell(h + 3, c, f"({c})")
    for rr in range(h, h + 4):
        for c in range(1, 11):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).alignment = CENTER
            ws.cell(rr, c).fill = HDR_FILL
            ws.cell(rr, c).border = BOX
    r = h + 4
    grand = 0
    for si, (sk, sl) in enumerate(by_sub(rka, lines), 1):
        ws.cell(r, 1, f"{si}")
        ws.cell(r, 2, f"SUB KEGIATAN {sk['code']} - {sk['name'].upper()}")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 2).font = BOLD
        r += 1
        ws.cell(r, 2, f"Indikator: {sk['output']}; Target: {sk['target']}; Lokasi: {sk['lokasi']}")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2).font = Font(italic=True)
        r += 1
        tot = 0
        for l in sl:
            ws.cell(r, 1, l["no"])
            ws.cell(r, 2, f"{l['name']}\n{l['spec']}" if l["spec"] else l["name"])
            ws.cell(r, 3, koef(l, "short"))
            ws.cell(r, 4, l["volume"])
            ws.cell(r, 5, sat(l))
            ps, js = "Rp " + rupiah(l["price"]), "Rp " + rupiah(l["jumlah"])
            ws.cell(r, 6, ps)
            ws.cell(r, 7, js)
            ws.cell(r, 8, l["acct_code"])
            ws.cell(r, 9, l["acct_name"])
            for c in range(1, 11):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            ws.cell(r, 6).alignment = Alignment(horizontal="right", vertical="top")
            ws.cell(r, 7).alignment = Alignment(horizontal="right", vertical="top")
            l["printed"] = {"price": ps, "jumlah": js}
            tot += l["jumlah"]
            r += 1
        grand += tot
        ws.cell(r, 2, f"Sub Total Sub Kegiatan {si}")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 7, "Rp " + rupiah(tot))
        for c in range(1, 11):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = GRP_FILL
        r += 2
    ws.cell(r, 2, "TOTAL")
    ws.cell(r, 7, "Rp " + rupiah(grand))
    ws.cell(r, 2).font = BOLD
    ws.cell(r, 7).font = BOLD
    for c, w in zip("ABCDEFGHIJ", [6, 44, 18, 7, 10, 15, 17, 20, 36, 8]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "C9"
    fix_wb_props(wb)
    wb.save(path)
    normalize_zip(path)


# ================================================================ RKA layout 3: inline koefisien, short prices
def write_xlsx_inline(path, rka, lines):
    wb = Workbook()
    wb.remove(wb.active)
    for si, (sk, sl) in enumerate(by_sub(rka, lines), 1):
        ws = wb.create_sheet(f"SK-{si}")
        rows = ["PEMERINTAH KOTA SAMARINDA", rka["opd"].upper(), "RINCIAN ANGGARAN BELANJA TA 2027 (usulan)",
                f"Sub Kegiatan : {sk['code']}  {sk['name']}",
                f"Output       : {sk['output']} = {sk['target']}"]
        for i, t in enumerate(rows, 1):
            ws.cell(i, 1, t)
            ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
            ws.cell(i, 1).font = BOLD if i <= 3 else Font(size=10)
        h = 7
        for c, t in enumerate(["No.", "Rincian Belanja", "Harga @", "Vol", "Sat", "Total (Rp)"], 1):
            ws.cell(h, c, t)
            ws.cell(h, c).font = BOLD
            ws.cell(h, c).fill = HDR_FILL
            ws.cell(h, c).border = BOX
            ws.cell(h, c).alignment = CENTER
        r = h + 1
        total = 0
        for code, name, gl in groups(sl):
            ws.cell(r, 2, f"Rek. {code} - {name}")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 2).font = Font(bold=True, italic=True)
            r += 1
            sub = 0
            for l in gl:
                ws.cell(r, 1, int(l["no"]))
                spec = f", {l['spec']}" if l["spec"] else ""
                ws.cell(r, 2, f"{l['name']}{spec} ({koef(l, 'short')})")
                ps = short_price(l["price"])
                ws.cell(r, 3, ps)
                ws.cell(r, 4, l["volume"])
                ws.cell(r, 5, sat(l))
                ws.cell(r, 6, l["jumlah"]).number_format = "#,##0"
                for c in range(1, 7):
                    ws.cell(r, c).border = BOX
                ws.cell(r, 2).alignment = WRAP
                l["printed"] = {"price": ps, "jumlah": l["jumlah"]}
                sub += l["jumlah"]
                r += 1
            ws.cell(r, 5, "Subtotal")
            ws.cell(r, 6, sub).number_format = "#,##0"
            ws.cell(r, 5).font = BOLD
            ws.cell(r, 6).font = BOLD
            total += sub
            r += 1
        ws.cell(r + 1, 5, "JUMLAH")
        ws.cell(r + 1, 6, total).number_format = "#,##0"
        ws.cell(r + 1, 5).font = BOLD
        ws.cell(r + 1, 6).font = BOLD
        for c, w in zip("ABCDEF", [6, 70, 14, 7, 10, 16]):
            ws.column_dimensions[c].width = w
    fix_wb_props(wb)
    wb.save(path)
    normalize_zip(path)


# ================================================================ RKA layout 4: SIPD-like PDF
def write_pdf_sipd(path, rka, lines):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _rl_fonts()
    st = ParagraphStyle("c", fontName="DejaVuC", fontSize=7.2, leading=8.6)
    stb = ParagraphStyle("b", fontName="DejaVuC-Bold", fontSize=7.2, leading=8.6)
    str_ = ParagraphStyle("r", parent=st, alignment=2)
    strb = ParagraphStyle("rb", parent=stb, alignment=2)
    tit = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=10, leading=13, alignment=1)
    W = landscape(A4)
    doc = SimpleDocTemplate(path, pagesize=W, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title="RKA Rincian Belanja", author="SIPD", invariant=1)
    story = []
    for si, (sk, sl) in enumerate(by_sub(rka, lines)):
        if si:
            story.append(PageBreak())
        story += [Paragraph("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", tit),
                  Paragraph("RINCIAN BELANJA SUB KEGIATAN - PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", tit),
                  Spacer(1, 4)]
        info = [("Urusan Pemerintahan", rka["urusan"]), ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]),
                ("Sub Kegiatan", f"{sk['code']} {sk['name']}"), ("Organisasi", f"{rka['opd_code']} {rka['opd']}"),
                ("Lokasi", sk["lokasi"]), ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah"),
                ("Indikator Keluaran (Output)", f"{sk['output']} - Target: {sk['target']}")]
        it = Table([[Paragraph(k, st), ":", Paragraph(v, st)] for k, v in info],
                   colWidths=[45 * mm, 5 * mm, 224 * mm])
        it.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [it, Spacer(1, 5)]
        hdr = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]
        data = [[Paragraph(x, stb) for x in hdr], [Paragraph(f"({i})", st) for i in range(1, 10)]]
        style = [("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E4E4E4")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        total = 0
        for code, name, gl in groups(sl):
            sub = sum(l["jumlah"] for l in gl)
            total += sub
            data.append(["", Paragraph(code, stb), Paragraph(name, stb), "", "", "", "", "", Paragraph(rupiah(sub), strb)])
            i = len(data) - 1
            style += [("SPAN", (2, i), (7, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F5F5F5"))]
            for l in gl:
                ps, js = rupiah(l["price"]), rupiah(l["jumlah"])
                data.append([Paragraph(l["no"], st), "", Paragraph(l["name"], st), Paragraph(l["spec"], st),
                             Paragraph(koef(l, "long"), st), Paragraph(sat(l), st), Paragraph(ps, str_),
                             Paragraph(f"{l['ppn']}%", str_), Paragraph(js, str_)])
                l["printed"] = {"price": ps, "jumlah": js}
        data.append(["", "", Paragraph("JUMLAH TOTAL SUB KEGIATAN", stb), "", "", "", "", "", Paragraph(rupiah(total), strb)])
        style.append(("SPAN", (2, len(data) - 1), (7, len(data) - 1)))
        t = LongTable(data, colWidths=[10 * mm, 30 * mm, 62 * mm, 52 * mm, 36 * mm, 16 * mm, 20 * mm, 11 * mm, 24 * mm],
                      repeatRows=2)
        t.setStyle(TableStyle(style))
        story.append(t)
        story += [Spacer(1, 10), Paragraph("Samarinda, 14 Oktober 2026 &nbsp;&nbsp; Kepala Dinas Perpustakaan dan Kearsipan", st),
                  Spacer(1, 24), Paragraph("( ............................................ )  NIP. ...........................", st)]

    def foot(c, d):
        c.setFont("DejaVu", 6.5)
        c.drawString(10 * mm, 7 * mm, "Dicetak dari SIPD-RI (draft RKA) oleh operator_dispusip pada 14-10-2026 10:42:17")
        c.drawRightString(W[0] - 10 * mm, 7 * mm, f"Halaman {d.page}")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ================================================================ RKA layout 5: scanned page(s)
def write_scan(path, rka, lines):
    import time as _time
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import numpy as np
    rng = random.Random(5150)
    dpi = 200
    Wp, Hp = int(11.69 * dpi), int(8.27 * dpi)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSansCondensed.ttf", 25)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSansCondensed-Bold.ttf", 25)
    ft = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 32)
    pages, truth_txt = [], []
    cols = [("No", 60), ("Kode Rekening", 260), ("Uraian", 720), ("Koefisien", 300), ("Sat", 110),
            ("Harga Satuan", 210), ("Jumlah", 250)]
    for si, (sk, sl) in enumerate(by_sub(rka, lines), 1):
        img = Image.new("L", (Wp, Hp), 255)
        d = ImageDraw.Draw(img)
        txt = []
        y = 90
        for t, fo in [(x, ft) for x in rka.get("scan_title", ["PEMERINTAH KOTA SAMARINDA - DINAS KESEHATAN",
                                                               "UPTD PUSKESMAS SEMPAJA - RENCANA KERJA DAN ANGGARAN TA 2027"])]:
            w = d.textlength(t, font=fo)
            d.text(((Wp - w) / 2, y), t, font=fo, fill=20)
            txt.append(t)
            y += 46
        y += 10
        for t in [f"Sub Kegiatan : {sk['code']} {sk['name']}", f"Indikator    : {sk['output']}",
                  f"Target       : {sk['target']}      Lokasi: {sk['lokasi']}"]:
            d.text((120, y), t, font=f, fill=25)
            txt.append(t)
            y += 36
        y += 14
        x0 = 110
        xs = [x0]
        for _, w in cols:
            xs.append(xs[-1] + w)
        rh = 44
        d.rectangle([xs[0], y, xs[-1], y + rh], outline=0, width=2)
        for i, (name, w) in enumerate(cols):
            d.text((xs[i] + 8, y + 9), name, font=fb, fill=10)
        txt.append(" | ".join(c for c, _ in cols))
        y += rh
        total = 0
        for code, name, gl in groups(sl):
            nm = name if len(name) <= 62 else name[:60] + ".."
            row = ["", code, nm, "", "", "", rupiah(sum(l["jumlah"] for l in gl))]
            rowsets = [(row, fb, None)]
            for l in gl:
                nm2 = l["name"] + (f" {l['spec']}" if l["spec"] else "")
                while d.textlength(nm2, font=f) > cols[2][1] - 14 and len(nm2) > len(l["name"]):
                    nm2 = nm2[:-1]
                nm2 = nm2.rstrip(" ,")
                assert d.textlength(nm2, font=f) <= cols[2][1] - 14, nm2
                ps, js = rupiah(l["price"]), rupiah(l["jumlah"])
                rowsets.append(([l["no"], "", nm2, koef(l, "short"), sat(l), ps, js], f, l))
                l["printed"] = {"price": ps, "jumlah": js, "name_drawn": nm2}
            for cells, fo, l in rowsets:
                d.rectangle([xs[0], y, xs[-1], y + rh], outline=0, width=1)
                for i, c in enumerate(cells):
                    if i >= 5:
                        w = d.textlength(c, font=fo)
                        d.text((xs[i + 1] - 10 - w, y + 9), c, font=fo, fill=15)
                    else:
                        d.text((xs[i] + 8, y + 9), c, font=fo, fill=15)
                txt.append(" | ".join(cells))
                y += rh
            total += sum(l["jumlah"] for l in gl)
        for x in xs:
            pass
        d.text((xs[2] + 8, y + 9), "JUMLAH", font=fb, fill=10)
        tt = rupiah(total)
        d.text((xs[-1] - 10 - d.textlength(tt, font=fb), y + 9), tt, font=fb, fill=10)
        txt.append("JUMLAH | " + tt)
        y += rh + 40
        signer = rka.get("signer", "Samarinda, 9 Oktober 2026  Kepala UPTD Puskesmas Sempaja")
        d.text((Wp - 40 - d.textlength(signer, font=f), y), signer, font=f, fill=30)
        txt.append(signer)
        # vertical column lines
        # (drawn via rectangles per cell above)
        # degrade: rotate, blur, noise, uneven illumination
        ang = rng.choice([-1.3, 0.9, 1.6, -0.7])
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        a = np.asarray(img).astype(np.float32)
        nr = np.random.default_rng(100 + si)
        a += nr.normal(0, 14, a.shape)
        grad = np.linspace(0, 22, a.shape[1])[None, :]
        a -= grad
        specks = nr.random(a.shape) < 0.0015
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a, "L")
        pages.append(img)
        extra = " + photo tilt -1.9 deg, JPEG" if path.endswith(".jpg") else ""
        truth_txt.append(f"=== Halaman {si} (rotated {ang} deg{extra}) ===")
        truth_txt += txt
    if path.endswith(".jpg"):
        # photo of a printed page: warmer paper, stronger tilt, mild vignette, JPEG compression
        im = pages[0].rotate(-1.9, resample=Image.BICUBIC, expand=True, fillcolor=90)
        a = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
        cy, cx = a.shape[0] / 2, a.shape[1] / 2
        vig = 1 - 0.18 * (((yy - cy) / cy) ** 2 + ((xx - cx) / cx) ** 2)
        a = np.clip(a * vig, 0, 255)
        rgb = np.stack([a, a * 0.97, a * 0.9], axis=-1).astype(np.uint8)
        Image.fromarray(rgb, "RGB").save(path, "JPEG", quality=72, dpi=(dpi, dpi))
    else:
        pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                      title="scan", creationDate=_time.strptime("2026-10-09 14:05:00", "%Y-%m-%d %H:%M:%S"), modDate=_time.strptime("2026-10-09 14:05:00", "%Y-%m-%d %H:%M:%S"))
    with open(os.path.join(os.path.dirname(os.path.dirname(path)), rka["stem"] + ".scan_truth.txt"), "w") as fh:
        fh.write("\n".join(truth_txt) + "\n")


# ================================================================ RKA layout 6: docx
def write_docx(path, rka, lines):
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(12)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(8.5)
    doc.core_properties.created = datetime.datetime(2026, 11, 20, 9, 30)
    doc.core_properties.modified = datetime.datetime(2026, 11, 20, 9, 30)
    doc.core_properties.author = "TU SMPN 47"
    p = doc.add_paragraph()
    p.add_run("RENCANA KERJA DAN ANGGARAN (RKA) SATUAN PENDIDIKAN\nSMP NEGERI 47 SAMARINDA - TAHUN ANGGARAN 2027").bold = True
    for si, (sk, sl) in enumerate(by_sub(rka, lines), 1):
        if si > 1:
            doc.add_page_break()
        doc.add_paragraph(f"{rka['urusan']}\nProgram: {sk['program']}\nKegiatan: {sk['kegiatan']}")
        q = doc.add_paragraph()
        q.add_run(f"Sub Kegiatan {sk['code']} : {sk['name']}").bold = True
        doc.add_paragraph(f"Indikator keluaran: {sk['output']} (target {sk['target']}). Lokasi: {sk['lokasi']}.")
        t = doc.add_table(rows=2, cols=8)
        t.style = "Table Grid"
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        for i, txt in [(0, "No"), (1, "Kode Rekening"), (2, "Uraian Belanja"), (7, "Jumlah (Rp)")]:
            h0[i].text = txt
            h0[i].merge(h1[i])
        h0[3].text = "Rincian Perhitungan"
        h0[3].merge(h0[6])
        for i, txt in zip(range(3, 7), ["Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)"]):
            h1[i].text = txt
        for c in list(h0) + list(h1):
            for pp in c.paragraphs:
                for rn in pp.runs:
                    rn.bold = True
        total = 0
        for code, name, gl in groups(sl):
            row = t.add_row().cells
            row[1].text = code
            row[2].text = name
            row[2].merge(row[6])
            sub = sum(l["jumlah"] for l in gl)
            total += sub
            row[7].text = rupiah(sub)
            for c in row:
                for pp in c.paragraphs:
                    for rn in pp.runs:
                        rn.bold = True
            for l in gl:
                row = t.add_row().cells
                row[0].text = l["no"]
                row[2].text = l["name"] + (f" ({l['spec']})" if l["spec"] else "")
                row[3].text = koef(l, "long")
                row[4].text = str(l["volume"])
                row[5].text = sat(l)
                ps, js = rupiah(l["price"]), rupiah(l["jumlah"])
                row[6].text = ps
                row[7].text = js
                l["printed"] = {"price": ps, "jumlah": js}
        row = t.add_row().cells
        row[2].text = "JUMLAH"
        row[7].text = rupiah(total)
        widths = [Mm(10), Mm(34), Mm(88), Mm(40), Mm(16), Mm(16), Mm(32), Mm(34)]
        for r_ in t.rows:
            for c, w in zip(r_.cells, widths):
                c.width = w
    doc.add_paragraph("\nMengetahui, Kepala Sekolah ............................   Bendahara BOSP ............................")
    doc.save(path)
    normalize_zip(path)


WRITERS = {
    "xlsx_sipd_sheets": write_xlsx_sipd,
    "xlsx_merged_header_text_prices": write_xlsx_merged,
    "xlsx_inline_koef_text_prices": write_xlsx_inline,
    "pdf_sipd_print": write_pdf_sipd,
    "scan_pdf_rotated": write_scan,
    "photo_jpg": write_scan,
    "docx_table_merged": write_docx,
}
