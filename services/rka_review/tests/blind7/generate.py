# -*- coding: utf-8 -*-
"""Generate the review7 blind set (deterministic). Run: /work/scratch/review7/bin/python generate.py"""
import json, os, random, sys, math, io, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

DATA = os.path.join(HERE, "data")
import datetime, zipfile
from reportlab import rl_config
rl_config.invariant = 1  # deterministic PDF ids/dates
FIXED = datetime.datetime(2026, 11, 27, 9, 0, 0)


def save_wb(wb, path):
    """save xlsx with fixed metadata and fixed zip timestamps (byte-reproducible)"""
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "BPKAD-SIPD export"
    buf = io.BytesIO(); wb.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-11-27T09:00:00Z<", data)
            zout.writestr(zi, data)
os.makedirs(DATA, exist_ok=True)
rng = random.Random(20261203)
FULL = {"OP": "OVERPRICED", "NP": "NO_PRICE_REFERENCE", "OT": "OFF_TARGET", "AR": "ARITHMETIC",
        "DU": "DUPLICATE", "AM": "ACCOUNT_MISMATCH"}
SSH_FILE = "SSH_Kota_Samarinda_TA2027.xlsx"
SBU_FILE = "SBU_Kota_Samarinda_TA2027.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/"


def rp(x):
    return "Rp " + f"{int(round(x)):,}".replace(",", ".")


def num(x):
    return f"{int(round(x)):,}".replace(",", ".")


def nice_step(x):
    return 100 if x < 100000 else (500 if x < 1000000 else 5000)


# ------------------------------------------------------------------ resolve lines
def resolve(f, has_vol, ppn):
    no = 0
    for s in f["subs"]:
        for ln in s["lines"]:
            no += 1
            ln["no"] = no
            it = C.CAT.get(ln["item"]) if ln["item"] else None
            if it:
                ln.setdefault("name", it["name"])
                ln.setdefault("spec", it["spec"])
                ln.setdefault("unit", it["unit"])
                conv = ln.get("conv", 1)
                ref = it["price"] * conv
                ln["ref_price"] = ref
                ln["taxable"] = it["taxable"]
                if "OP" in ln["lab"]:
                    fac = rng.uniform(1.2, 1.6)
                    st = nice_step(ref * fac)
                    ln["price"] = math.ceil(ref * fac / st) * st
                else:
                    fac = rng.choice([1, 1, 1, 1, 1, 0.95, 0.9])
                    st = nice_step(ref * fac)
                    ln["price"] = min(ref, math.floor(ref * fac / st) * st) if fac < 1 else ref
            else:
                ln["ref_price"] = None
                ln["taxable"] = ln.get("taxable", True)
            vol = 1
            for n, _u in ln["koef"]:
                vol *= n
            ln["vol_true"] = vol
            ln["vol"] = vol
            ln["koef_txt"] = " x ".join(f"{num(n)} {u}" for n, u in ln["koef"])
            ln["acct_code"], ln["acct_name"] = C.ACC[ln["acct"]]
            ar_mode = None
            if "AR" in ln["lab"]:
                if has_vol and len(ln["koef"]) >= 2 and rng.random() < 0.5:
                    ar_mode = "volume"
                    d = rng.choice([-1, 1]) * rng.choice([1, 2, 5, 10]) * max(1, ln["koef"][-1][0])
                    if vol + d <= 0:
                        d = abs(d)
                    ln["vol"] = vol + d
                else:
                    ar_mode = "jumlah"
            ln["ar_mode"] = ar_mode
            base = ln["vol"] * ln["price"]
            ln["ppn"] = round(base * 0.11) if (ppn and ln["taxable"]) else 0
            ln["jumlah_true"] = base + ln["ppn"]
            ln["jumlah"] = ln["jumlah_true"]
            if ar_mode == "jumlah":
                ln["jumlah"] = typo(ln["jumlah_true"])


def typo(x):
    s = str(int(x))
    kind = rng.choice(["swap", "digit", "row"])
    for _ in range(50):
        if kind == "swap" and len(s) >= 4:
            i = rng.randrange(0, min(3, len(s) - 1))
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                y = int(t)
                if abs(y - x) / x >= 0.01:
                    return y
        kind = "digit" if kind == "swap" else kind
        if kind == "digit":
            i = rng.randrange(0, min(3, len(s)))
            d = str((int(s[i]) + rng.choice([1, 2, 3, 7, 8, 9])) % 10)
            if i == 0 and d == "0":
                continue
            y = int(s[:i] + d + s[i + 1:])
            if abs(y - x) / x >= 0.01:
                return y
        if kind == "row":
            y = x + rng.choice([-1, 1]) * x // rng.choice([10, 12, 20, 24])
            y = (y // 100) * 100
            if abs(y - x) / x >= 0.01:
                return y
    return x * 10


# ------------------------------------------------------------------ xlsx helpers
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def cell(ws, r, c, v, font=None, al=None, border=True, fill=None, fmt=None):
    x = ws.cell(row=r, column=c, value=v)
    if font: x.font = font
    if al: x.alignment = al
    if border: x.border = BOX
    if fill: x.fill = fill
    if fmt: x.number_format = fmt
    return x


def widths(ws, ws_w):
    for i, w in enumerate(ws_w, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def groups(lines):
    out = []
    for ln in lines:
        if out and out[-1][0] == ln["acct"]:
            out[-1][1].append(ln)
        else:
            out.append((ln["acct"], [ln]))
    return out


def sign_block(ws, r, c, opd, kepala, nip):
    ws.cell(row=r, column=c, value="Samarinda, 27 November 2026")
    ws.cell(row=r + 1, column=c, value="Kepala " + opd.replace(" Kota Samarinda", ""))
    ws.cell(row=r + 5, column=c, value=kepala).font = Font(bold=True, underline="single")
    ws.cell(row=r + 6, column=c, value="NIP. " + nip)


# ---------------- Layout A: one sheet, several sub-kegiatan, 2-row merged header, account rows
def layout_A(f, path, kepala, nip):
    wb = Workbook(); ws = wb.active; ws.title = "Rincian Belanja"
    widths(ws, [6, 22, 46, 34, 26, 10, 15, 17])
    r = 1
    for t in [C.PEMDA, "RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)", f"Tahun Anggaran {C.TA}"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell(ws, r, 1, t, B, CEN, border=False); r += 1
    r += 1
    for k, v in [("Urusan Pemerintahan", f["urusan"]), ("Bidang Urusan", f["bidang"]), ("Program", f["program"]),
                 ("Kegiatan", f["kegiatan"]), ("Organisasi", f["org"])]:
        ws.cell(row=r, column=1, value=k); ws.cell(row=r, column=3, value=": " + v); r += 1
    for s in f["subs"]:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell(ws, r, 1, f"SUB KEGIATAN : {s['code']} {s['name']}", B, fill=GREY); r += 1
        ws.cell(row=r, column=1, value="Indikator Keluaran"); ws.cell(row=r, column=3, value=": " + s["ind"]); ws.cell(row=r, column=5, value="Target : " + s["target"]); r += 1
        ws.cell(row=r, column=1, value="Lokasi"); ws.cell(row=r, column=3, value=": " + s["lokasi"]); r += 1
        h1, h2 = r, r + 1
        for c, t in [(1, "No"), (2, "Kode Rekening"), (3, "Uraian"), (4, "Spesifikasi")]:
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c); cell(ws, h1, c, t, B, CEN, fill=LIGHT); cell(ws, h2, c, None)
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=7); cell(ws, h1, 5, "Rincian Perhitungan", B, CEN, fill=LIGHT)
        for c in (6, 7): cell(ws, h1, c, None)
        for c, t in [(5, "Koefisien"), (6, "Satuan"), (7, "Harga Satuan")]: cell(ws, h2, c, t, B, CEN, fill=LIGHT)
        ws.merge_cells(start_row=h1, start_column=8, end_row=h2, end_column=8); cell(ws, h1, 8, "Jumlah (Rp)", B, CEN, fill=LIGHT); cell(ws, h2, 8, None)
        r += 2
        for c in range(1, 9): cell(ws, r, c, c, Font(italic=True, size=8), CEN)
        r += 1
        tot = 0
        for acct, lines in groups(s["lines"]):
            code, name = C.ACC[acct]
            sub = sum(l["jumlah"] for l in lines); tot += sub
            cell(ws, r, 1, None); cell(ws, r, 2, code, B); cell(ws, r, 3, name, B, WRAP)
            for c in (4, 5, 6, 7): cell(ws, r, c, None)
            cell(ws, r, 8, sub, B, fmt="#,##0"); r += 1
            for l in lines:
                vals = [l["no"], None, l["name"], l["spec"], l["koef_txt"], l["unit"], l["price"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell(ws, r, c, v, None, RIGHT if c in (1, 7, 8) else WRAP, fmt="#,##0" if c in (7, 8) else None)
                r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell(ws, r, 1, "JUMLAH SUB KEGIATAN", B, Alignment(horizontal="right")); cell(ws, r, 8, tot, B, fmt="#,##0"); r += 1
    r += 2
    sign_block(ws, r, 7, f["opd"], kepala, nip)
    save_wb(wb, path)


# ---------------- Layout B: one sheet per sub-kegiatan, prices as text, PPN column, account code per row
def layout_B(f, path, kepala, nip):
    wb = Workbook(); wb.remove(wb.active)
    for i, s in enumerate(f["subs"], 1):
        ws = wb.create_sheet(f"SK{i} {s['sheet']}")
        widths(ws, [5, 19, 30, 40, 30, 22, 8, 9, 17, 15, 19])
        ws.merge_cells("A1:K1"); cell(ws, 1, 1, "RINCIAN BELANJA SUB KEGIATAN (SWAKELOLA) - TA " + C.TA, Font(bold=True, size=13), CEN, border=False)
        ws.merge_cells("A2:K2"); cell(ws, 2, 1, f["opd"].upper(), B, CEN, border=False)
        r = 4
        for k, v in [("Sub Kegiatan", s["code"] + " - " + s["name"]), ("Indikator Keluaran", s["ind"]), ("Target Keluaran", s["target"]),
                     ("Lokasi", s["lokasi"]), ("Sumber Dana", "PAD / DAU")]:
            cell(ws, r, 2, k, border=False); cell(ws, r, 3, ": " + v, border=False); r += 1
        r += 1
        hdr = ["No", "Kode Akun", "Nama Akun", "Uraian Belanja", "Spesifikasi", "Perhitungan Volume", "Vol", "Sat", "Harga Satuan", "PPN 11%", "Jumlah + PPN"]
        for c, t in enumerate(hdr, 1): cell(ws, r, c, t, B, CEN, fill=GREY)
        r += 1
        tot = 0
        for l in s["lines"]:
            short = l["acct_name"].replace("Belanja ", "").replace("Alat/Bahan untuk Kegiatan Kantor-", "")
            vals = [str(l["no"]) + ".", l["acct_code"], short, l["name"], l["spec"] or "-", l["koef_txt"], l["vol"], l["unit"],
                    rp(l["price"]), rp(l["ppn"]) if l["ppn"] else "-", rp(l["jumlah"])]
            for c, v in enumerate(vals, 1):
                cell(ws, r, c, v, None, RIGHT if c in (7, 9, 10, 11) else WRAP)
            tot += l["jumlah"]; r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        cell(ws, r, 1, "TOTAL", B, Alignment(horizontal="right")); cell(ws, r, 11, rp(tot), B, RIGHT)
        r += 1
        cell(ws, r, 1, "* Harga satuan belum termasuk PPN; PPN 11% dihitung untuk barang/jasa kena pajak.", Font(italic=True, size=9), border=False)
        sign_block(ws, r + 2, 9, f["opd"], kepala, nip)
    save_wb(wb, path)


# ---------------- Layout C: kode rekening first, No second, account rows + subtotal rows, sub-kegiatan banners
def layout_C(f, path, kepala, nip):
    wb = Workbook(); ws = wb.active; ws.title = "RKA Belanja"
    widths(ws, [20, 6, 40, 36, 24, 10, 10, 15, 17])
    r = 1
    ws.merge_cells("A1:I1"); cell(ws, 1, 1, f"RKA BELANJA {f['opd'].upper()} TAHUN {C.TA}", Font(bold=True, size=12), CEN, border=False)
    ws.merge_cells("A2:I2"); cell(ws, 2, 1, f["program"] + " | " + f["kegiatan"], Font(size=9), CEN, border=False)
    r = 4
    hdr = ["Kode Rekening", "No", "Nama Barang / Jasa", "Spesifikasi", "Koefisien", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]
    for c, t in enumerate(hdr, 1): cell(ws, r, c, t, B, CEN, fill=GREY)
    r += 1
    grand = 0
    for s in f["subs"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        cell(ws, r, 1, f"Sub Kegiatan {s['code']} — {s['name']}  |  Keluaran: {s['ind']} ({s['target']})  |  Lokasi: {s['lokasi']}",
             B, WRAP, fill=PatternFill("solid", fgColor="FFF2CC"))
        ws.row_dimensions[r].height = 30; r += 1
        for acct, lines in groups(s["lines"]):
            code, name = C.ACC[acct]
            cell(ws, r, 1, code, B); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9); cell(ws, r, 2, name, B); r += 1
            for l in lines:
                vals = [None, l["no"], l["name"], l["spec"], l["koef_txt"], l["vol"], l["unit"], l["price"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell(ws, r, c, v, None, RIGHT if c in (2, 6, 8, 9) else WRAP, fmt="#,##0" if c in (6, 8, 9) else None)
                r += 1
            sub = sum(l["jumlah"] for l in lines); grand += sub
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cell(ws, r, 1, f"Subtotal {code}", Font(italic=True), Alignment(horizontal="right")); cell(ws, r, 9, sub, Font(italic=True), fmt="#,##0"); r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    cell(ws, r, 1, "TOTAL BELANJA", B, Alignment(horizontal="right")); cell(ws, r, 9, grand, B, fmt="#,##0")
    sign_block(ws, r + 3, 8, f["opd"], kepala, nip)
    save_wb(wb, path)


# ---------------- Layout D: koefisien split into Vol/Sat pairs, account rows as text "[kode] nama"
def layout_D(f, path, kepala, nip):
    wb = Workbook(); ws = wb.active; ws.title = "Anggaran"
    widths(ws, [6, 40, 32, 7, 8, 7, 8, 7, 8, 9, 9, 14, 16, 14])
    ws.merge_cells("A1:N1"); cell(ws, 1, 1, C.PEMDA + " — " + f["opd"].upper(), B, CEN, border=False)
    ws.merge_cells("A2:N2"); cell(ws, 2, 1, f"Usulan Rincian Anggaran Belanja TA {C.TA} (draf untuk verifikasi TAPD)", Font(italic=True), CEN, border=False)
    r = 4
    for s in f["subs"]:
        for k, v in [("Sub Kegiatan", s["code"] + " " + s["name"]), ("Keluaran", s["ind"] + " — " + s["target"]), ("Lokasi", s["lokasi"])]:
            cell(ws, r, 1, k, B, border=False); cell(ws, r, 3, v, border=False); r += 1
        h1, h2 = r, r + 1
        for c, t in [(1, "No"), (2, "Uraian"), (3, "Spesifikasi")]:
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c); cell(ws, h1, c, t, B, CEN, fill=GREY); cell(ws, h2, c, None)
        ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=9); cell(ws, h1, 4, "Koefisien", B, CEN, fill=GREY)
        for c in range(5, 10): cell(ws, h1, c, None)
        for c, t in zip(range(4, 10), ["Vol 1", "Sat 1", "Vol 2", "Sat 2", "Vol 3", "Sat 3"]): cell(ws, h2, c, t, B, CEN, fill=GREY)
        for c, t in [(10, "Volume"), (11, "Satuan"), (12, "Harga (Rp)"), (13, "Jumlah (Rp)"), (14, "Ket.")]:
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c); cell(ws, h1, c, t, B, CEN, fill=GREY); cell(ws, h2, c, None)
        r += 2
        for acct, lines in groups(s["lines"]):
            code, name = C.ACC[acct]
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=12)
            cell(ws, r, 1, None); cell(ws, r, 2, f"[{code}] {name}", B, fill=LIGHT)
            cell(ws, r, 13, sum(l["jumlah"] for l in lines), B, fmt="#,##0"); cell(ws, r, 14, None); r += 1
            for l in lines:
                kv = []
                for n, u in l["koef"]: kv += [n, u]
                kv += [None] * (6 - len(kv))
                vals = [l["no"], l["name"], l["spec"]] + kv + [l["vol"], l["unit"], l["price"], l["jumlah"], None]
                for c, v in enumerate(vals, 1):
                    cell(ws, r, c, v, None, WRAP if c in (2, 3) else RIGHT, fmt="#,##0" if c in (10, 12, 13) else None)
                r += 1
        r += 1
    sign_block(ws, r + 1, 12, f["opd"], kepala, nip)
    save_wb(wb, path)


# ------------------------------------------------------------------ SIPD-like text PDF (reportlab)
def sipd_pdf(f, path, kepala, nip):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSansCondensed-Bold.ttf"))
    st = ParagraphStyle("n", fontName="DV", fontSize=7.5, leading=9)
    stb = ParagraphStyle("b", fontName="DVB", fontSize=7.5, leading=9)
    ttl = ParagraphStyle("t", fontName="DVB", fontSize=10, leading=12, alignment=1)
    sr = ParagraphStyle("r", fontName="DV", fontSize=7.5, leading=9, alignment=2)
    srb = ParagraphStyle("rb", fontName="DVB", fontSize=7.5, leading=9, alignment=2)

    def P(t, s=st): return Paragraph(t.replace("&", "&amp;"), s)

    def on_page(canv, doc):
        canv.setFont("DV", 7)
        canv.drawString(15 * mm, 8 * mm, f"Dicetak dari SIPD-RI | RKA-SKPD 2.2.1 | {f['opd']} | TA {C.TA}")
        canv.drawRightString(282 * mm, 8 * mm, f"Halaman {doc.page}")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=10 * mm, bottomMargin=14 * mm,
                            title=f"RKA {f['opd']} {C.TA}", author="SIPD")
    el = []
    for si, s in enumerate(f["subs"]):
        if si: el.append(PageBreak())
        el += [P("RENCANA KERJA DAN ANGGARAN<br/>SATUAN KERJA PERANGKAT DAERAH", ttl), P(f"{C.PEMDA} — Tahun Anggaran {C.TA}", ttl), Spacer(1, 4)]
        hd = [("Urusan Pemerintahan", f["urusan"]), ("Bidang Urusan", f["bidang"]), ("Program", s.get("program", f["program"])),
              ("Kegiatan", f["kegiatan"]), ("Sub Kegiatan", s["code"] + " " + s["name"]), ("Organisasi", f["org"]),
              ("Unit", f["org"]), ("Lokasi", s["lokasi"]), ("Waktu Pelaksanaan", "Januari s.d. Desember"), ("Sumber Pendanaan", "PAD")]
        t = Table([[P(a), ":", P(b)] for a, b in hd], colWidths=[45 * mm, 6 * mm, 218 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        el += [t, Spacer(1, 3)]
        ki = Table([[P("Indikator", stb), P("Tolok Ukur Kinerja", stb), P("Target Kinerja", stb)],
                    [P("Keluaran"), P(s["ind"]), P(s["target"])]], colWidths=[45 * mm, 160 * mm, 64 * mm])
        ki.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
        el += [ki, Spacer(1, 4), P("RINCIAN ANGGARAN BELANJA KEGIATAN SATUAN KERJA PERANGKAT DAERAH", stb), Spacer(1, 2)]
        rows = [[P(x, stb) for x in ["No", "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]]
        styles = []
        for acct, lines in groups(s["lines"]):
            code, name = C.ACC[acct]
            rows.append([P(""), P(code, stb), P(name, stb), "", "", "", "", P(num(sum(l["jumlah"] for l in lines)), srb)])
            styles.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#EEEEEE")))
            for l in lines:
                u = l["name"] + (("<br/><i>Spesifikasi: " + l["spec"] + "</i>") if l["spec"] else "")
                rows.append([P(str(l["no"])), P(""), Paragraph(u.replace("&", "&amp;"), st), P(l["koef_txt"]), P(l["unit"]),
                             P(num(l["price"]), sr), P("0", sr), P(num(l["jumlah"]), sr)])
        tot = sum(l["jumlah"] for l in s["lines"])
        rows.append(["", "", P("Jumlah Anggaran Sub Kegiatan", stb), "", "", "", "", P(num(tot), srb)])
        tb = Table(rows, colWidths=[10 * mm, 30 * mm, 95 * mm, 40 * mm, 18 * mm, 25 * mm, 12 * mm, 33 * mm], repeatRows=1)
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CCCCCC")), ("ALIGN", (5, 0), (-1, -1), "RIGHT")] + styles))
        el += [tb, Spacer(1, 8)]
    el.append(Table([["", P(f"Samarinda, 27 November 2026<br/>Camat Samarinda Ulu<br/><br/><br/><br/><u>{kepala}</u><br/>NIP. {nip}")]],
                    colWidths=[190 * mm, 80 * mm]))
    doc.build(el, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ scanned page (image-only PDF)
def scan_pdf(f, path, kepala, nip):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    dpi = 200
    W, H = int(11.69 * dpi), int(8.27 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fn = lambda sz, b=False: ImageFont.truetype(FONT + ("DejaVuSansCondensed-Bold.ttf" if b else "DejaVuSansCondensed.ttf"), sz)
    f19, f19b, f24b = fn(19), fn(19, True), fn(25, True)
    s = f["subs"][0]
    x0, y = 90, 70
    d.text((W // 2, y), "RENCANA KERJA DAN ANGGARAN SKPD — RINCIAN BELANJA", font=f24b, anchor="mm"); y += 36
    d.text((W // 2, y), f"{C.PEMDA}  ·  {f['opd']}  ·  TA {C.TA}", font=fn(20), anchor="mm"); y += 40
    for k, v in [("Program", f["program"]), ("Kegiatan", f["kegiatan"]), ("Sub Kegiatan", s["code"] + " " + s["name"]),
                 ("Indikator Keluaran", s["ind"] + "   Target: " + s["target"]), ("Lokasi", s["lokasi"])]:
        d.text((x0, y), k, font=f19b); d.text((x0 + 250, y), ": " + v, font=f19); y += 28
    y += 10
    cols = [("No", 60), ("Kode Rekening / Uraian", 700), ("Spesifikasi", 430), ("Koefisien", 330), ("Satuan", 110), ("Harga (Rp)", 190), ("Jumlah (Rp)", 230)]
    xs = [x0]
    for _, w in cols: xs.append(xs[-1] + w)
    rh = 34
    d.rectangle([x0, y, xs[-1], y + rh], fill=215)
    for (t, w), x in zip(cols, xs): d.text((x + 6, y + 7), t, font=f19b)
    top = y
    y += rh
    segs = []  # (y0, y1, is_account_row)

    def hline(yy): d.line([x0, yy, xs[-1], yy], fill=0, width=1)
    hline(top); hline(y)
    segs.append((top, y, False))
    for acct, lines in groups(s["lines"]):
        code, name = C.ACC[acct]
        txt = f"{code}  {name}"
        d.text((xs[1] + 6, y + 7), txt if len(txt) < 120 else txt[:117] + "...", font=f19b)
        sub = num(sum(l["jumlah"] for l in lines))
        d.text((xs[7] - 8, y + 7), sub, font=f19b, anchor="ra")
        segs.append((y, y + rh, True))
        y += rh; hline(y)
        for l in lines:
            vals = [str(l["no"]), "   " + l["name"], l["spec"], l["koef_txt"], l["unit"], num(l["price"]), num(l["jumlah"])]
            for i, v in enumerate(vals):
                fnt = f19
                maxw = cols[i][1] - 12
                while d.textlength(v, font=fnt) > maxw and fnt.size > 13:
                    fnt = fn(fnt.size - 1)
                if i in (5, 6):
                    d.text((xs[i + 1] - 8, y + 7), v, font=fnt, anchor="ra")
                else:
                    d.text((xs[i] + 6, y + 7), v, font=fnt)
            segs.append((y, y + rh, False))
            y += rh; hline(y)
    tot = sum(l["jumlah"] for l in s["lines"])
    d.text((xs[6] - 8, y + 7), "JUMLAH", font=f19b, anchor="ra"); d.text((xs[7] - 8, y + 7), num(tot), font=f19b, anchor="ra")
    segs.append((y, y + rh, True))
    y += rh; hline(y)
    for y0, y1, acc in segs:
        for i, x in enumerate(xs):
            if acc and i in (2, 3, 4, 5, 6) and not (y1 == y and i == 6):
                continue
            d.line([x, y0, x, y1], fill=0, width=1)
    d.text((x0, y + 14), "bersambung ke halaman berikutnya ...", font=fn(16))
    d.text((W // 2, H - 45), "- 3 -", font=f19, anchor="mm")
    # degradations: grey paper, slight skew, blur, noise
    nrng = np.random.default_rng(7)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    a = a * (228 / 255.0) + 8  # grey paper
    grad = np.linspace(0, 14, W)[None, :]
    a = a - grad + nrng.normal(0, 7, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L")
    img.save(path, "PDF", resolution=dpi, creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), title="scan")


# ------------------------------------------------------------------ catalogues
def ssh_xlsx(path):
    wb = Workbook(); ws = wb.active; ws.title = "SSH 2027"
    widths(ws, [6, 20, 36, 50, 11, 18, 26])
    ws.merge_cells("A1:G1"); cell(ws, 1, 1, "LAMPIRAN I KEPUTUSAN WALI KOTA SAMARINDA NOMOR 900.1.12/   /HK-KS/XI/2026", Font(size=9), border=False)
    ws.merge_cells("A2:G2"); cell(ws, 2, 1, "STANDAR SATUAN HARGA (SSH) BARANG DAN JASA", Font(bold=True, size=13), CEN, border=False)
    ws.merge_cells("A3:G3"); cell(ws, 3, 1, "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027", B, CEN, border=False)
    r = 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1); cell(ws, r, 1, "No", B, CEN, fill=GREY); cell(ws, r + 1, 1, None)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4); cell(ws, r, 2, "Barang / Jasa", B, CEN, fill=GREY)
    for c in (3, 4): cell(ws, r, c, None)
    for c, t in [(2, "Kode Barang"), (3, "Uraian"), (4, "Spesifikasi")]: cell(ws, r + 1, c, t, B, CEN, fill=GREY)
    ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5); cell(ws, r, 5, "Satuan", B, CEN, fill=GREY); cell(ws, r + 1, 5, None)
    ws.merge_cells(start_row=r, start_column=6, end_row=r + 1, end_column=6); cell(ws, r, 6, "Harga Satuan\n(belum termasuk PPN)", B, CEN, fill=GREY); cell(ws, r + 1, 6, None)
    ws.merge_cells(start_row=r, start_column=7, end_row=r + 1, end_column=7); cell(ws, r, 7, "Keterangan", B, CEN, fill=GREY); cell(ws, r + 1, 7, None)
    r += 2; n = 0
    for row in C.SSH:
        if row[2] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cell(ws, r, 1, f"{row[0]}. {row[1]}", B, fill=LIGHT); r += 1; continue
        n += 1
        k, kode, nm, sp, un, pr = row
        ket = "harga tertinggi" if pr >= 1000000 else ""
        for c, v in enumerate([n, kode, nm, sp, un, rp(pr), ket], 1):
            cell(ws, r, c, v, None, RIGHT if c == 6 else WRAP)
        r += 1
    r += 1
    cell(ws, r, 1, "Catatan: harga merupakan batas tertinggi; untuk barang kena pajak ditambah PPN 11% pada saat penganggaran.", Font(italic=True, size=9), border=False)
    save_wb(wb, path)


def sbu_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("DS", FONT + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DSB", FONT + "DejaVuSerif-Bold.ttf"))
    st = ParagraphStyle("n", fontName="DS", fontSize=8.5, leading=10.5)
    sb = ParagraphStyle("b", fontName="DSB", fontSize=8.5, leading=10.5)
    tt = ParagraphStyle("t", fontName="DSB", fontSize=11, leading=14, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm, title="SBU Kota Samarinda TA 2027")
    el = [Paragraph("LAMPIRAN II KEPUTUSAN WALI KOTA SAMARINDA<br/>TENTANG STANDAR BIAYA UMUM TAHUN ANGGARAN 2027", st), Spacer(1, 6),
          Paragraph("STANDAR BIAYA UMUM (SBU)<br/>PEMERINTAH KOTA SAMARINDA TA 2027", tt), Spacer(1, 8)]
    rows = [[Paragraph(x, sb) for x in ["No", "Uraian", "Satuan", "Besaran (Rp)", "Keterangan"]]]
    sty = []; n = 0
    for row in C.SBU:
        if row[2] is None:
            rows.append([Paragraph(row[0], sb), Paragraph(row[1], sb), "", "", ""]); sty.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#E6E6E6"))); n = 0; continue
        n += 1
        k, nm, un, pr, ket = row
        rows.append([Paragraph(str(n), st), Paragraph(nm, st), Paragraph(un, st), Paragraph(num(pr), st), Paragraph(ket, st)])
    t = Table(rows, colWidths=[10 * mm, 80 * mm, 22 * mm, 25 * mm, 37 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (3, 1), (3, -1), "RIGHT")] + sty))
    el += [t, Spacer(1, 8), Paragraph("Keterangan: OJ = orang/jam; OK = orang/kegiatan; OB = orang/bulan; OH = orang/hari. Besaran merupakan batas tertinggi dan tidak dikenakan PPN.", st)]
    doc.build(el)


# ------------------------------------------------------------------ main
def main():
    ssh_xlsx(os.path.join(DATA, SSH_FILE))
    sbu_pdf(os.path.join(DATA, SBU_FILE))
    heads = [("dr. Ismid Kusasih, M.Kes", "19720314 200112 1 004"), ("Ir. Desy Damayanti, M.T.", "19741208 200003 2 003"),
             ("Asli Nuryadin, S.Sos., M.Si.", "19700905 199503 1 002"), ("Syarifuddin, S.STP., M.Si.", "19810422 200012 1 001"),
             ("Suwarso, S.T., M.T.", "19690617 199703 1 006"), ("Drs. Hotmarulitua Manalu, M.Si.", "19710101 199803 1 007"),
             ("Ridwan Tassa, S.Sos., M.Si.", "19730303 199903 1 005")]
    manifest, truth = [], []
    for f, (kep, nip) in zip(C.FILES, heads):
        lay = f["layout"]
        has_vol = lay.startswith(("B", "C", "D"))
        resolve(f, has_vol, ppn=lay.startswith("B"))
        path = os.path.join(DATA, f["fname"])
        {"A": layout_A, "B": layout_B, "C": layout_C, "D": layout_D}.get(lay[0], None) and {"A": layout_A, "B": layout_B, "C": layout_C, "D": layout_D}[lay[0]](f, path, kep, nip)
        if lay.startswith("SIPD"): sipd_pdf(f, path, kep, nip)
        if lay.startswith("scan"): scan_pdf(f, path, kep, nip)
        lab_name = os.path.splitext(f["fname"])[0] + ".labels.json"
        labels = {str(l["no"]): [FULL[x] for x in l["lab"]] for s in f["subs"] for l in s["lines"]}
        with open(os.path.join(DATA, lab_name), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": f["fname"], "catalogues": [SSH_FILE, SBU_FILE], "labels": lab_name, "opd": f["opd"], "layout": lay})
        truth.append({"rka": f["fname"], "layout": lay, "ppn": lay.startswith("B"), "has_vol": has_vol,
                      "subs": [{"code": s["code"], "name": s["name"], "lines": [
                          {k: l.get(k) for k in ["no", "acct", "acct_code", "item", "name", "spec", "unit", "koef", "koef_txt", "vol", "vol_true",
                                                 "price", "ref_price", "conv", "ppn", "jumlah", "jumlah_true", "ar_mode", "lab", "distinct"]} for l in s["lines"]]}
                               for s in f["subs"]]})
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_detail.json"), "w") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
