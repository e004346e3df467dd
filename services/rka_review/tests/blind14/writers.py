"""File writers for review14 (called by generate.py)."""
import os, json, io, datetime, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
B = Font(bold=True)
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)

def _wb():
    wb = Workbook()
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.properties.creator = "operator"; wb.properties.lastModifiedBy = "operator"
    return wb

def _save_wb(wb, path):
    wb.properties.created = FIXED_DT; wb.properties.modified = FIXED_DT
    wb.save(path)
    # openpyxl stamps modified time on save; normalise zip timestamps for determinism
    import zipfile
    src = zipfile.ZipFile(path); items = [(i, src.read(i.filename)) for i in src.infolist()]; src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)",
                              rb"\g<1>2026-11-20T09:00:00Z\2", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def koef_disp(ln, style="title"):
    segs = []
    for n, u in ln["koef"]:
        segs.append(f"{n:,}".replace(",", ".") + " " + (u.lower() if style == "lower" else u))
    return " x ".join(segs)

# ============================================================ catalogues
def write_ssh(g):
    CAT, order, idr = g["CAT"], g["CAT_ORDER"], g["idr"]
    wb = _wb(); ws = wb.active; ws.title = "SSH 2027"
    ws.append(["PEMERINTAH KOTA SAMARINDA"]); ws.append(["STANDAR SATUAN HARGA (SSH) BARANG"])
    ws.append(["TAHUN ANGGARAN 2027"])
    ws.append(["Lampiran I Peraturan Wali Kota Samarinda tentang Standar Harga Satuan Pemerintah Kota Samarinda Tahun Anggaran 2027"])
    ws.append([])
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); ws.cell(r, 1).font = B
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    h1 = ["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan (Rp)", None, "Keterangan"]
    h2 = [None, None, None, None, None, "Tidak Termasuk PPN", "Termasuk PPN 11%", None]
    ws.append(h1); ws.append(h2)
    hr = ws.max_row - 1
    for c in (1, 2, 3, 4, 5, 8):
        ws.merge_cells(start_row=hr, start_column=c, end_row=hr + 1, end_column=c)
    ws.merge_cells(start_row=hr, start_column=6, end_row=hr, end_column=7)
    for r in (hr, hr + 1):
        for c in range(1, 9):
            ws.cell(r, c).font = B; ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append([f"({i})" for i in range(1, 9)])
    n = 0; rows = 0
    for kind, f, x in order:
        if f != g["SSH_FILE"]: continue
        if kind == "G":
            ws.append([None, None, x.upper()]); ws.cell(ws.max_row, 3).font = B
            continue
        c = CAT[x]; n += 1; rows += 1
        incl = (c["price"] * 111 + 50) // 100
        ket = "Harga tertinggi" if n % 7 else "Harga survei pasar 2026"
        ws.append([n, c["kode"], c["name"], c["spec"], c["unit"], c["price"], incl, ket])
        ws.cell(ws.max_row, 6).number_format = "#,##0"; ws.cell(ws.max_row, 7).number_format = "#,##0"
    widths = [6, 22, 42, 44, 10, 18, 18, 22]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(hr + 3, 1)
    _save_wb(wb, os.path.join(g["DATA"], g["SSH_FILE"]))
    return rows

def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))

def fit(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    while size > 4.5 and stringWidth(text, font, size) > width: size -= 0.25
    return size

def write_sbu(g):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _rl_fonts()
    CAT, order, idr = g["CAT"], g["CAT_ORDER"], g["idr"]
    path = os.path.join(g["DATA"], g["SBU_FILE"])
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Standar Biaya Umum Kota Samarinda TA 2027"); c.setAuthor("BPKAD Kota Samarinda")
    W, H = A4
    cols = [("No", 24), ("Kode", 52), ("Uraian", 200), ("Keterangan", 140), ("Satuan", 52), ("Biaya (Rp)", 62)]
    x0 = 30
    rows = []
    n = 0
    for kind, f, x in order:
        if f != g["SBU_FILE"]: continue
        if kind == "G": rows.append(("G", x)); continue
        n += 1; rows.append(("I", CAT[x], n))
    page = [0]
    def header(y):
        page[0] += 1
        c.setFont("DVB", 10); c.drawCentredString(W / 2, H - 40, "LAMPIRAN II PERATURAN WALI KOTA SAMARINDA")
        c.drawCentredString(W / 2, H - 54, "STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027")
        c.setFont("DV", 7); c.drawString(x0, H - 70, "Biaya merupakan batas tertinggi; honorarium belum dipotong PPh Pasal 21.")
        y = H - 90
        c.setFont("DVB", 7.5); x = x0
        for name, w in cols:
            c.rect(x, y - 4, w, 14); c.drawString(x + 2, y, name); x += w
        c.setFont("DV", 6.5); c.drawRightString(W - 30, 25, f"Halaman {page[0]}")
        return y - 14
    y = header(0)
    for r in rows:
        if y < 50:
            c.showPage(); y = header(0)
        x = x0
        if r[0] == "G":
            c.setFont("DVB", 7.5); c.rect(x0, y - 4, sum(w for _, w in cols), 13); c.drawString(x0 + 2, y, r[1]); y -= 13; continue
        it, num = r[1], r[2]
        vals = [str(num), it["kode"], it["name"], it["spec"], it["unit"], idr(it["price"])]
        for (name, w), v in zip(cols, vals):
            sz = fit(v, "DV", 6.8, w - 4); c.setFont("DV", sz)
            c.rect(x, y - 4, w, 13)
            if name == "Biaya (Rp)": c.drawRightString(x + w - 2, y, v)
            else: c.drawString(x + 2, y, v)
            x += w
        y -= 13
    c.showPage(); c.save()
    return n

# ============================================================ RKA helpers
def groups(lines, ACC):
    out = []
    for ln in lines:
        if not out or out[-1][0] != ln["acct"]: out.append((ln["acct"], []))
        out[-1][1].append(ln)
    return out

def header_rows(sk, opd_name, opd_code):
    return [("Urusan Pemerintahan", sk["urusan"]), ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]),
            ("Sub Kegiatan", f'{sk["code"]} - {sk["name"]}'), ("Organisasi", f"{opd_code} - {opd_name}"),
            ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah / DAU"), ("Lokasi", sk["lokasi"]),
            ("Waktu Pelaksanaan", "Januari s.d. Desember 2027"),
            ("Indikator Keluaran", f'{sk["indikator"]} : {sk["target"]}')]

# ---------------- L1: xlsx, one sheet per sub-kegiatan, SIPD-like, 2-row merged header, PPN column
def write_l1(g, f):
    SD = g["SD"]; ACC = SD.ACCOUNTS
    wb = _wb(); wb.remove(wb.active)
    opd_name, opd_code = g["KD"].OPDS["satpol"]
    for sk in f["subs"]:
        ws = wb.create_sheet(sk["code"][-9:].replace(".", "_"))
        ws.append(["RENCANA KERJA DAN ANGGARAN"]); ws.append(["SATUAN KERJA PERANGKAT DAERAH"])
        ws.append(["RKA - RINCIAN BELANJA SKPD"]); ws.append(["Pemerintah Kota Samarinda Tahun Anggaran 2027"]); ws.append([])
        for r in range(1, 5): ws.cell(r, 1).font = B
        for k, v in header_rows(sk, opd_name, opd_code):
            ws.append([k, None, ": " + v]); ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
        ws.append([]); ws.append(["Indikator", None, "Tolok Ukur Kinerja", None, None, None, "Target Kinerja"])
        ws.append(["Keluaran", None, sk["indikator"], None, None, None, sk["target"]])
        ws.append([]); ws.append(["Rincian Anggaran Belanja Sub Kegiatan Perangkat Daerah"]); ws.cell(ws.max_row, 1).font = B
        hr = ws.max_row + 1
        ws.append(["No", "Kode Rekening", "Uraian", "Spesifikasi", "Rincian Perhitungan", None, None, None, None, "Jumlah (Rp)"])
        ws.append([None, None, None, None, "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)", None])
        for c in (1, 2, 3, 4, 10): ws.merge_cells(start_row=hr, start_column=c, end_row=hr + 1, end_column=c)
        ws.merge_cells(start_row=hr, start_column=5, end_row=hr, end_column=9)
        for r in (hr, hr + 1):
            for c in range(1, 11):
                ws.cell(r, c).font = B; ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        # grouping: top level 5.1.02 / 5.2.02 then accounts
        lines = sk["lines"]
        tops = {}
        for ln in lines:
            t = ACC[ln["acct"]][0][:8]
            tops.setdefault(t, []).append(ln)
        topname = {"5.1.02.0": ("5.1.02", "Belanja Barang dan Jasa"), "5.2.02.0": ("5.2.02", "Belanja Modal Peralatan dan Mesin")}
        for t, tl in tops.items():
            code, name = topname.get(t, (t, "Belanja"))
            ws.append([None, code, name, None, None, None, None, None, None, sum(l["jumlah"] for l in tl)])
            for c in range(1, 11): ws.cell(ws.max_row, c).font = B; ws.cell(ws.max_row, c).fill = PatternFill("solid", fgColor="DDDDDD")
            ws.cell(ws.max_row, 10).number_format = "#,##0"
            for acct, gl in groups(tl, ACC):
                ws.append([None, ACC[acct][0], ACC[acct][1], None, None, None, None, None, None, sum(l["jumlah"] for l in gl)])
                for c in range(1, 11): ws.cell(ws.max_row, c).font = B
                ws.cell(ws.max_row, 10).number_format = "#,##0"
                for ln in gl:
                    ws.append([int(ln["no"]), None, ln["name"], ln["spec"], koef_disp(ln), ln["volume"], ln["unit"], ln["price"], ln["ppn"], ln["jumlah"]])
                    for c in (6, 8, 10): ws.cell(ws.max_row, c).number_format = "#,##0"
        ws.append([None, None, "JUMLAH TOTAL SUB KEGIATAN", None, None, None, None, None, None, sum(l["jumlah"] for l in lines)])
        ws.cell(ws.max_row, 3).font = B; ws.cell(ws.max_row, 10).font = B; ws.cell(ws.max_row, 10).number_format = "#,##0"
        for i, w in enumerate([5, 20, 46, 34, 26, 9, 11, 14, 8, 16], 1): ws.column_dimensions[get_column_letter(i)].width = w
        ws.append([]); ws.append([None, None, None, None, None, None, None, "Samarinda, 20 November 2026"])
        ws.append([None, None, None, None, None, None, None, "Kepala Satuan Polisi Pamong Praja"])
        ws.append([]); ws.append([None, None, None, None, None, None, None, "(nama dikosongkan)"])
    _save_wb(wb, os.path.join(g["DATA"], f["file"]))

# ---------------- L2: xlsx one sheet, several sub-kegiatan, 3-row merged header, unusual column order,
# prices as text "Rp 1.250.000", koefisien inline in Uraian, account group rows, subtotal rows
def write_l2(g, f):
    SD = g["SD"]; ACC = SD.ACCOUNTS; rp = g["fmt_text_rp"]
    wb = _wb(); ws = wb.active; ws.title = "RKA Belanja 2027"
    opd_name, opd_code = g["KD"].OPDS["dpmptsp"]
    ws.append(["DRAFT RKA PERANGKAT DAERAH TA. 2027 (bahan asistensi TAPD)"]); ws.cell(1, 1).font = Font(bold=True, size=13)
    ws.append([opd_name.upper()]); ws.append([f"Kode Organisasi: {opd_code}"])
    ws.append(["Catatan: harga belum termasuk pajak; angka dapat berubah setelah asistensi"]); ws.append([])
    ws.append(["No.", "Uraian Belanja (koefisien)", "Jumlah Anggaran", "Rincian Perhitungan", None, None, "Kode Rek.", "Keterangan"])
    ws.append([None, None, None, "Harga Satuan", "Volume", "Satuan", None, None])
    ws.append([None, None, "(Rp)", "(Rp)", None, None, None, None])
    hr = ws.max_row - 2
    for c in (1, 2, 7, 8): ws.merge_cells(start_row=hr, start_column=c, end_row=hr + 2, end_column=c)
    ws.merge_cells(start_row=hr, start_column=3, end_row=hr + 1, end_column=3)
    ws.merge_cells(start_row=hr, start_column=4, end_row=hr, end_column=6)
    ws.merge_cells(start_row=hr + 1, start_column=5, end_row=hr + 2, end_column=5)
    ws.merge_cells(start_row=hr + 1, start_column=6, end_row=hr + 2, end_column=6)
    for r in range(hr, hr + 3):
        for c in range(1, 9):
            ws.cell(r, c).font = B; ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for si, sk in enumerate(f["subs"]):
        ws.append([f"SUB KEGIATAN {si+1}", f'{sk["code"]}  {sk["name"]}']); ws.cell(ws.max_row, 1).font = B; ws.cell(ws.max_row, 2).font = B
        ws.append([None, f'Indikator: {sk["indikator"]} = {sk["target"]}; Lokasi: {sk["lokasi"]}'])
        for acct, gl in groups(sk["lines"], ACC):
            ws.append([None, f"{ACC[acct][0]}  {ACC[acct][1]}", rp(sum(l["jumlah"] for l in gl)), None, None, None, ACC[acct][0]])
            ws.cell(ws.max_row, 2).font = Font(italic=True, bold=True)
            for ln in gl:
                u = f'{ln["name"]} - {ln["spec"]} ({koef_disp(ln, "lower")})'
                ket = "" if not ln.get("dup_pair_no") else ""
                ws.append([f'{ln["no"]}.', u, rp(ln["jumlah"]), rp(ln["price"]), ln["volume"], ln["unit"], None, ket or None])
                ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True)
        ws.append([None, f"Sub Total Sub Kegiatan {si+1}", rp(sum(l["jumlah"] for l in sk["lines"]))]); ws.cell(ws.max_row, 2).font = B
        ws.append([])
    ws.append([None, "TOTAL BELANJA", rp(sum(l["jumlah"] for sk in f["subs"] for l in sk["lines"]))]); ws.cell(ws.max_row, 2).font = B
    for i, w in enumerate([6, 70, 18, 16, 9, 10, 20, 16], 1): ws.column_dimensions[get_column_letter(i)].width = w
    _save_wb(wb, os.path.join(g["DATA"], f["file"]))

# ---------------- L3: flat xlsx, unusual column order, "1,2 jt"/"52 rb" prices, per-row account code+name
def write_l3(g, f):
    SD = g["SD"]; ACC = SD.ACCOUNTS; jr = g["fmt_jtrb"]
    wb = _wb(); ws = wb.active; ws.title = "rincian"
    opd_name, opd_code = g["KD"].OPDS["pangan"]
    ws.append([f"Rekap usulan belanja {opd_name} TA 2027"]); ws.cell(1, 1).font = B
    ws.append(["(disusun bidang; harga satuan ditulis ringkas: jt = juta, rb = ribu)"]); ws.append([])
    ws.append(["Sub Keg.", "Kode Rek", "Nama Rekening", "No", "Uraian Barang/Jasa", "Spek", "Sat", "Hrg Satuan", "Koefisien", "Vol", "Total (Rp)"])
    for c in range(1, 12): ws.cell(ws.max_row, c).font = B; ws.cell(ws.max_row, c).border = BOX
    for sk in f["subs"]:
        for ln in sk["lines"]:
            ws.append([sk["code"], ACC[ln["acct"]][0], ACC[ln["acct"]][1], int(ln["no"]), ln["name"], ln["spec"], ln["unit"],
                       jr(ln["price"]), koef_disp(ln, "lower"), ln["volume"], ln["jumlah"]])
            ws.cell(ws.max_row, 11).number_format = "#,##0"
        ws.append([None, None, None, None, f'SUBTOTAL {sk["code"]}', None, None, None, None, None, sum(l["jumlah"] for l in sk["lines"])])
        ws.cell(ws.max_row, 5).font = B; ws.cell(ws.max_row, 11).number_format = "#,##0"
    for i, w in enumerate([18, 19, 40, 5, 40, 34, 9, 12, 24, 8, 16], 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws2 = wb.create_sheet("info subkeg")
    ws2.append(["Kode", "Sub Kegiatan", "Program", "Kegiatan", "Indikator Keluaran", "Target", "Lokasi"])
    for sk in f["subs"]:
        ws2.append([sk["code"], sk["name"], sk["program"], sk["kegiatan"], sk["indikator"], sk["target"], sk["lokasi"]])
    _save_wb(wb, os.path.join(g["DATA"], f["file"]))

# ---------------- L4: SIPD-like born-digital PDF
L4_COLS = [("No", 22), ("Kode Rekening", 78), ("Uraian", 250), ("Koefisien", 110), ("Satuan", 42), ("Harga", 70), ("PPN", 30), ("Jumlah", 86)]
def l4_rows(g, sk):
    ACC = g["SD"].ACCOUNTS; idr = g["idr"]
    rows = []
    for acct, gl in groups(sk["lines"], ACC):
        rows.append(("A", ["", ACC[acct][0], ACC[acct][1], "", "", "", "", idr(sum(l["jumlah"] for l in gl))]))
        for ln in gl:
            rows.append(("L", [ln["no"], "", ln["name"], koef_disp(ln), ln["unit"], idr(ln["price"]), f'{ln["ppn"]}%', idr(ln["jumlah"])], ln["spec"]))
    return rows

def write_l4(g, f):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    _rl_fonts()
    idr = g["idr"]
    opd_name, opd_code = g["KD"].OPDS["damkar"]
    path = os.path.join(g["DATA"], f["file"])
    PS = landscape(A4); W, H = PS
    c = canvas.Canvas(path, pagesize=PS, invariant=1)
    c.setTitle("RKA Rincian Belanja SKPD 2027"); c.setAuthor("SIPD")
    x0 = 30; tw = sum(w for _, w in L4_COLS)
    page = [0]
    def footer():
        page[0] += 1
        c.setFont("DV", 6.5); c.drawString(x0, 18, "Dicetak oleh SIPD Kementerian Dalam Negeri pada 20 November 2026 09:14 WITA")
        c.drawRightString(W - 30, 18, f"Halaman {page[0]}")
    def table_header(y):
        c.setFont("DVB", 7.5); x = x0
        for name, w in L4_COLS:
            c.setFillGray(0.88); c.rect(x, y - 5, w, 16, fill=1); c.setFillGray(0)
            c.drawCentredString(x + w / 2, y, name); x += w
        return y - 16
    for sk in f["subs"]:
        y = H - 36
        c.setFont("DVB", 11); c.drawCentredString(W / 2, y, "RENCANA KERJA DAN ANGGARAN"); y -= 13
        c.drawCentredString(W / 2, y, "SATUAN KERJA PERANGKAT DAERAH"); y -= 12
        c.setFont("DVB", 9); c.drawCentredString(W / 2, y, "Pemerintah Kota Samarinda Tahun Anggaran 2027"); y -= 12
        c.drawRightString(W - 30, H - 36, "Formulir RKA-BELANJA SKPD"); y -= 4
        c.setFont("DV", 7.5)
        for k, v in header_rows(sk, opd_name, opd_code):
            c.drawString(x0, y, k); sz = fit(": " + v, "DV", 7.5, tw - 120); c.setFont("DV", sz); c.drawString(x0 + 120, y, ": " + v); c.setFont("DV", 7.5); y -= 10.5
        y -= 4
        c.setFont("DVB", 7.5); c.drawString(x0, y, "Indikator"); c.drawString(x0 + 120, y, "Tolok Ukur Kinerja"); c.drawString(x0 + 560, y, "Target Kinerja"); y -= 10
        c.setFont("DV", 7.5); c.drawString(x0, y, "Keluaran"); c.drawString(x0 + 120, y, sk["indikator"]); c.drawString(x0 + 560, y, sk["target"]); y -= 10
        c.drawString(x0, y, "Hasil"); c.drawString(x0 + 120, y, "Persentase penurunan risiko kebakaran pada bangunan gedung"); c.drawString(x0 + 560, y, "-"); y -= 14
        c.setFont("DVB", 8); c.drawString(x0, y, "Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah"); y -= 14
        y = table_header(y)
        for r in l4_rows(g, sk):
            need = 22 if r[0] == "L" else 12
            if y - need < 34:
                footer(); c.showPage(); y = table_header(H - 40)
            x = x0
            if r[0] == "A":
                for (name, w), v in zip(L4_COLS, r[1]):
                    c.rect(x, y - 3, w, 12); sz = fit(v, "DVB", 7.2, w - 4); c.setFont("DVB", sz)
                    if name == "Jumlah": c.drawRightString(x + w - 2, y, v)
                    else: c.drawString(x + 2, y, v)
                    x += w
                y -= 12
            else:
                for (name, w), v in zip(L4_COLS, r[1]):
                    c.rect(x, y - 13, w, 22)
                    sz = fit(v, "DV", 7.2, w - 4); c.setFont("DV", sz)
                    if name in ("Harga", "Jumlah", "PPN"): c.drawRightString(x + w - 2, y + 1, v)
                    else: c.drawString(x + 2, y + 1, v)
                    if name == "Uraian":
                        s = "Spesifikasi: " + r[2]; c.setFont("DV", fit(s, "DV", 6.2, w - 4)); c.setFillGray(0.35); c.drawString(x + 2, y - 9, s); c.setFillGray(0)
                    x += w
                y -= 22
        c.setFont("DVB", 8); c.rect(x0, y - 3, tw, 12)
        c.drawString(x0 + 102, y, "Jumlah Total Sub Kegiatan"); c.drawRightString(x0 + tw - 2, y, idr(sum(l["jumlah"] for l in sk["lines"]))); y -= 30
        if y < 80: footer(); c.showPage(); y = H - 60
        c.setFont("DV", 7.5); c.drawString(W - 260, y, "Samarinda, 20 November 2026"); c.drawString(W - 260, y - 10, "Kepala Dinas Pemadam Kebakaran dan Penyelamatan")
        c.drawString(W - 260, y - 42, "NIP. ..................................")
        footer(); c.showPage()
    c.save()

# ---------------- L5: scanned printed page (image-only PDF)
def write_l5(g, f):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    idr = g["idr"]; ACC = g["SD"].ACCOUNTS
    opd_name, opd_code = g["KD"].OPDS["bpbd"]
    dpi = 200; W, H = int(11.69 * dpi), int(8.27 * dpi)
    fr = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 21)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 21)
    fs = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 17)
    fh = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 28)
    cols = [("No", 60), ("Kode Rekening / Uraian", 880), ("Koefisien", 330), ("Satuan", 130), ("Harga Satuan", 200), ("PPN", 80), ("Jumlah (Rp)", 240)]
    x0 = 110
    truth = []
    rows = []
    for sk in f["subs"]:
        rows.append(("S", sk))
        for acct, gl in groups(sk["lines"], ACC):
            rows.append(("A", ["", f"{ACC[acct][0]}  {ACC[acct][1]}", "", "", "", "", idr(sum(l['jumlah'] for l in gl))]))
            for ln in gl:
                rows.append(("L", [ln["no"], f'{ln["name"]}, {ln["spec"]}', koef_disp(ln), ln["unit"], idr(ln["price"]), f'{ln["ppn"]}%', idr(ln["jumlah"])]))
        rows.append(("T", ["", "JUMLAH SUB KEGIATAN", "", "", "", "", idr(sum(l['jumlah'] for l in sk['lines']))]))
    pages = []; rr = random.Random(55)
    i = 0; pno = 0
    while i < len(rows):
        pno += 1
        im = Image.new("L", (W, H), 255); d = ImageDraw.Draw(im)
        y = 90
        if rows[i][0] == "S":
            sk = rows[i][1]; i += 1
            for t_, fnt in [("RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", fh), ("Pemerintah Kota Samarinda - Tahun Anggaran 2027", fb)]:
                d.text((W // 2, y), t_, font=fnt, fill=0, anchor="mt"); truth.append(t_); y += 40
            for k, v in header_rows(sk, opd_name, opd_code):
                v2 = v if len(v) < 120 else v[:117] + "..."
                d.text((x0, y), k, font=fs, fill=0); d.text((x0 + 260, y), ": " + v2, font=fs, fill=0); truth.append(f"{k} : {v2}"); y += 26
            y += 14
        else:
            d.text((W - 300, 50), f"lanjutan hal. {pno}", font=fs, fill=0); truth.append(f"lanjutan hal. {pno}")
        # header
        x = x0
        for name, w in cols:
            d.rectangle([x, y, x + w, y + 40], outline=0, width=2); d.text((x + w // 2, y + 20), name, font=fb, fill=0, anchor="mm"); x += w
        truth.append(" | ".join(n for n, _ in cols))
        y += 40
        while i < len(rows) and y < H - 120 and rows[i][0] != "S":
            kind, vals = rows[i]
            x = x0
            for (name, w), v in zip(cols, vals):
                d.rectangle([x, y, x + w, y + 38], outline=0, width=1)
                fnt = fb if kind in ("A", "T") else fr
                fnt2 = fnt
                size = fnt.size
                while d.textlength(v, font=fnt2) > w - 12 and size > 12:
                    size -= 1; fnt2 = ImageFont.truetype(fnt.path, size)
                if name in ("Harga Satuan", "Jumlah (Rp)", "PPN"): d.text((x + w - 8, y + 19), v, font=fnt2, fill=0, anchor="rm")
                else: d.text((x + 6, y + 19), v, font=fnt2, fill=0, anchor="lm")
                x += w
            truth.append(" | ".join(vals))
            y += 38; i += 1
        if i >= len(rows) or rows[i][0] == "S":
            if y < H - 200:
                y += 40; d.text((W - 700, y), "Samarinda, 20 November 2026", font=fr, fill=0); d.text((W - 700, y + 30), "Kepala Pelaksana BPBD", font=fr, fill=0)
                truth += ["Samarinda, 20 November 2026", "Kepala Pelaksana BPBD"]
        d.text((W // 2, H - 60), f"- {pno} -", font=fs, fill=0, anchor="mm"); truth.append(f"- {pno} -")
        # degrade: rotate, noise, blur, speckles
        im = im.rotate(rr.choice([0.45, -0.35, 0.55]), resample=Image.BICUBIC, fillcolor=235, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(7 + pno)
        arr = arr * 0.92 + 10 + nrng.normal(0, 11, arr.shape)
        sp = nrng.random(arr.shape) < 0.0015; arr[sp] = 40
        grad = np.linspace(0, 18, W)[None, :]; arr = arr - grad
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        pages.append(im)
    path = os.path.join(g["DATA"], f["file"])
    buf = []
    for p in pages:
        b = io.BytesIO(); p.save(b, "JPEG", quality=55); b.seek(0); buf.append(Image.open(b).convert("L"))
    buf[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=buf[1:], creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    with open(os.path.join(g["HERE"], "scan_truth.txt"), "w") as fh_:
        fh_.write("\n".join(truth) + "\n")

# ---------------- L6: Word document with tables
def write_l6(g, f):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    ACC = g["SD"].ACCOUNTS; fd = g["fmt_docx"]
    opd_name, opd_code = g["KD"].OPDS["disporapar"]
    doc = docx.Document()
    doc.core_properties.created = FIXED_DT; doc.core_properties.modified = FIXED_DT; doc.core_properties.author = "operator"
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(8.5)
    for si, sk in enumerate(f["subs"]):
        if si: doc.add_page_break()
        doc.add_heading(f"RINCIAN ANGGARAN BELANJA TA 2027 - {opd_name.upper()}", level=1)
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        for k, v in header_rows(sk, opd_name, opd_code):
            r = t.add_row().cells; r[0].text = k; r[1].text = v
        doc.add_paragraph("")
        doc.add_paragraph("Rincian belanja (harga satuan dalam Rupiah, tidak termasuk pajak):")
        tb = doc.add_table(rows=1, cols=7); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No", "Uraian / Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan", "Jumlah"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for acct, gl in groups(sk["lines"], ACC):
            r = tb.add_row().cells
            m = r[0].merge(r[5]); m.text = f"{ACC[acct][0]} – {ACC[acct][1]}"; m.paragraphs[0].runs[0].bold = True
            r[6].text = fd(sum(l["jumlah"] for l in gl))
            for ln in gl:
                r = tb.add_row().cells
                r[0].text = ln["no"]; r[1].text = ln["name"]
                p = r[1].add_paragraph(ln["spec"]); p.runs[0].italic = True
                r[2].text = koef_disp(ln, "lower"); r[3].text = f'{ln["volume"]:,}'.replace(",", "."); r[4].text = ln["unit"]
                r[5].text = fd(ln["price"]); r[6].text = fd(ln["jumlah"])
        r = tb.add_row().cells; m = r[0].merge(r[5]); m.text = "JUMLAH"; m.paragraphs[0].runs[0].bold = True
        r[6].text = fd(sum(l["jumlah"] for l in sk["lines"]))
    doc.add_paragraph("Samarinda, 20 November 2026 — Kepala Dinas Kepemudaan, Olahraga dan Pariwisata")
    path = os.path.join(g["DATA"], f["file"])
    doc.save(path)
    # normalise zip timestamps
    import zipfile
    src = zipfile.ZipFile(path); items = [(i, src.read(i.filename)) for i in src.infolist()]; src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

# ============================================================ truth/labels/manifest
def printed_price(g, layout, n):
    return {"xlsx_sipd_sheet_per_subkeg": str(n), "pdf_sipd_print": g["idr"](n), "xlsx_merged_header_text_prices": g["fmt_text_rp"](n),
            "xlsx_flat_unusual_order_jt_rb": g["fmt_jtrb"](n), "docx_word_table": g["fmt_docx"](n), "scan_image_pdf": g["idr"](n)}[layout]

def printed_jumlah(g, layout, n):
    return {"xlsx_sipd_sheet_per_subkeg": str(n), "pdf_sipd_print": g["idr"](n), "xlsx_merged_header_text_prices": g["fmt_text_rp"](n),
            "xlsx_flat_unusual_order_jt_rb": str(n), "docx_word_table": g["fmt_docx"](n), "scan_image_pdf": g["idr"](n)}[layout]

def write_all(g):
    SD, CAT = g["SD"], g["CAT"]
    n_ssh = write_ssh(g); n_sbu = write_sbu(g)
    writers = {"satpol": write_l1, "dpmptsp": write_l2, "pangan": write_l3, "damkar": write_l4, "bpbd": write_l5, "disporapar": write_l6}
    manifest = []; truth = {"catalogues": {"ssh_rows": n_ssh, "sbu_rows": n_sbu}, "files": []}
    for opd, f in g["FILES"].items():
        writers[opd](g, f)
        stem = os.path.splitext(f["file"])[0]
        labels = {}; tl = []
        for sk in f["subs"]:
            for ln in sk["lines"]:
                labels[ln["no"]] = ln["labels"]
                cref = None
                if ln["cat"]:
                    c = CAT[ln["cat"]]
                    cref = dict(file=c["file"], kode=c["kode"], name=c["name"], spec=c["spec"], unit=c["unit"], price=c["price"],
                                rka_unit=ln["unit"], factor=str(ln["factor"]), price_per_rka_unit=str(ln["ref_price"]))
                tl.append(dict(no=ln["no"], sub_kegiatan_code=sk["code"], sub_kegiatan_name=sk["name"],
                               account_code=SD.ACCOUNTS[ln["acct"]][0], account_name=SD.ACCOUNTS[ln["acct"]][1],
                               correct_account_code=SD.ACCOUNTS[ln["acct_true"]][0], correct_account_name=SD.ACCOUNTS[ln["acct_true"]][1],
                               item=ln["name"], spec=ln["spec"], unit=ln["unit"],
                               koefisien=[[n, u] for n, u in ln["koef"]], volume=ln["volume"], volume_from_koefisien=ln["volume_true"],
                               price=ln["price"], ppn=ln["ppn"], jumlah=ln["jumlah"], correct_jumlah=ln["jumlah_true"],
                               printed_price=printed_price(g, f["layout"], ln["price"]), printed_jumlah=printed_jumlah(g, f["layout"], ln["jumlah"]),
                               kind=ln["kind"], arithmetic_error=ln["arith_kind"], duplicate_pair=ln.get("dup_pair_no") or ln.get("dup_pair_nos"),
                               catalogue_ref=cref, labels=ln["labels"]))
        with open(os.path.join(g["DATA"], stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": f["file"], "catalogues": [g["SSH_FILE"], g["SBU_FILE"]], "labels": stem + ".labels.json",
                         "opd": g["KD"].OPDS[opd][0], "layout": f["layout"]})
        truth["files"].append(dict(rka=f["file"], layout=f["layout"], has_ppn_column=f["has_ppn"], opd=g["KD"].OPDS[opd][0], lines=tl))
    with open(os.path.join(g["DATA"], "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(g["HERE"], "truth_lines.json"), "w") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
