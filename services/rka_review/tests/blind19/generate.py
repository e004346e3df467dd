#!/usr/bin/env python3
"""Generate blind RKA review set review19 (deterministic). Run: python generate.py"""
import json, math, os, random, re, shutil, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from catalog_data import SSH, SBU  # noqa: E402
from rka_data import ACCOUNTS, GOODS_PREFIX, SUBKEG  # noqa: E402

DATA = os.path.join(HERE, "data")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
OVER_THRESHOLD = Decimal("1.10")   # documented in README
PPN_RATE = 11
rng = random.Random(20271019)


def fmt(n):
    """Indonesian thousands format; decimals with comma."""
    d = Decimal(str(n))
    if d == d.to_integral_value():
        return f"{int(d):,}".replace(",", ".")
    s = f"{d.normalize():f}"
    ip, fp = s.split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + fp


def rupiah(x):
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------ catalogues
def parse_cat(block, prefix, is_ssh):
    rows, keys = [], {}
    for ci, (cat, text) in enumerate(block.items(), 1):
        for ri, line in enumerate([l for l in text.strip().split("\n") if l.strip()], 1):
            key, name, spec, unit, price = [p.strip() for p in line.split("|")]
            if is_ssh:
                kode = f"1.1.7.01.{ci:02d}.{(ri - 1) // 20 + 1:02d}.{ri:03d}"
            else:
                kode = f"SBU.{ci:02d}.{ri:03d}"
            r = dict(key=key, category=cat, kode=kode, name=name, spec=spec, unit=unit, price=int(price))
            rows.append(r)
            keys[key] = r
    return rows, keys


SSH_ROWS, SSH_KEYS = parse_cat(SSH, "SSH", True)
SBU_ROWS, SBU_KEYS = parse_cat(SBU, "SBU", False)
CAT = {**SSH_KEYS, **SBU_KEYS}
SSH_FILE, SBU_FILE = "ssh_barang_2027_samarinda.xlsx", "sbu_2027_samarinda.pdf"


def write_ssh_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "SSH 2027"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026"
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA"
    ws["A3"] = "TAHUN ANGGARAN 2027"
    ws["A4"] = "Harga satuan tertinggi, belum termasuk Pajak Pertambahan Nilai (PPN)"
    for r in range(1, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    hdr1 = ["NO", "KODE BARANG", "URAIAN BARANG", "SPESIFIKASI", "SATUAN", "HARGA SATUAN", "KETERANGAN"]
    for c, h in enumerate(hdr1, 1):
        ws.cell(6, c, h)
    ws.cell(7, 6, "(Rp, tanpa PPN)")
    for c in (1, 2, 3, 4, 5, 7):
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    for r in (6, 7):
        for c in range(1, 8):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.border = bd
    for c in range(1, 8):
        ws.cell(8, c, f"({c})").alignment = Alignment(horizontal="center")
    r = 9
    no = 0
    cats = list(SSH.keys())
    for ci, cat in enumerate(cats, 1):
        ws.cell(r, 1, chr(64 + ci))
        ws.cell(r, 2, f"1.1.7.01.{ci:02d}")
        ws.cell(r, 3, cat.upper())
        ws.cell(r, 3).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        r += 1
        for row in [x for x in SSH_ROWS if x["category"] == cat]:
            no += 1
            vals = [no, row["kode"], row["name"], row["spec"], row["unit"], row["price"],
                    "Aset (kapitalisasi)" if "Aset" in cat else ""]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = bd
            ws.cell(r, 6).number_format = "#,##0"
            r += 1
    for col, w in zip("ABCDEFG", (6, 20, 40, 38, 18, 16, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    wb.properties.creator = "BPKAD Kota Samarinda"
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 10, 1, 8, 0, 0)
    wb.save(path)


def write_sbu_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    register_fonts()
    st = ParagraphStyle("n", fontName="DejaVu", fontSize=7.5, leading=9)
    sth = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10, leading=13, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40,
                            title="SBU 2027 Kota Samarinda", author="BPKAD", creator="BPKAD")
    story = [Paragraph("LAMPIRAN II PERATURAN WALI KOTA SAMARINDA NOMOR 41 TAHUN 2026", sth),
             Paragraph("STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027", sth),
             Paragraph("Besaran merupakan batas tertinggi; honorarium belum dipotong PPh Pasal 21", st), Spacer(1, 8)]
    data = [["No", "Kode", "Uraian", "Keterangan/Spesifikasi", "Satuan", "Besaran (Rp)"]]
    style = [("FONT", (0, 0), (-1, -1), "DejaVu", 7.5), ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 7.5),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
             ("ALIGN", (5, 1), (5, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    no = 0
    for ci, cat in enumerate(SBU.keys(), 1):
        data.append([Paragraph(f"<b>{ci}. {cat.upper()}</b>", st), "", "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.whitesmoke))
        for row in [x for x in SBU_ROWS if x["category"] == cat]:
            no += 1
            data.append([str(no), row["kode"], Paragraph(row["name"], st), Paragraph(row["spec"], st),
                         Paragraph(row["unit"], st), fmt(row["price"])])
    t = Table(data, colWidths=[24, 56, 210, 110, 60, 62], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story, onFirstPage=_sbu_footer, onLaterPages=_sbu_footer)


def _sbu_footer(c, doc):
    c.setFont("DejaVu", 7)
    c.drawRightString(560, 20, f"SBU TA 2027 - Halaman {doc.page}")


_FONTS = False


def fix_zip(path):
    """Rewrite an xlsx with fixed zip timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2026-11-12T09:30:00Z\2", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def register_fonts():
    global _FONTS
    from reportlab import rl_config
    rl_config.invariant = 1
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTB))
    _FONTS = True


# ------------------------------------------------------------------ truth lines
def parse_koef(k):
    parts = [p.strip() for p in re.split(r"\s+x\s+", k)]
    nums = []
    for p in parts:
        m = re.match(r"(\d+(?:,\d+)?)", p)
        nums.append(Decimal(m.group(1).replace(",", ".")))
    prod = Decimal(1)
    for n in nums:
        prod *= n
    return parts, nums, prod


def ref_parse(ref):
    if ref is None:
        return None, Decimal(1)
    m = re.match(r"([a-z0-9_]+)(?:([*/])(\d+))?$", ref)
    key, op, n = m.group(1), m.group(2), m.group(3)
    f = Decimal(1)
    if op == "*":
        f = Decimal(n)
    elif op == "/":
        f = Decimal(1) / Decimal(n)
    return key, f


def step_for(p):
    if p < 1000:
        return Decimal(1)
    if p < 20000:
        return Decimal(50)
    if p < 1000000:
        return Decimal(500)
    return Decimal(5000)


LAYOUT_OF = {"dishub": "L1", "dinsos": "L2", "disnaker": "L3", "bpbd": "L4", "perikanan": "L5", "kec": "L6"}


def build_truth():
    files = {}
    for sk in SUBKEG:
        lay = LAYOUT_OF[re.match(r"[a-z]+", sk["id"]).group(0)]
        files.setdefault(lay, []).append(sk)
    truth = {}
    for lay, sks in files.items():
        lines_out = []
        seq = 0
        for si, sk in enumerate(sks, 1):
            for li, (acct, uraian, spec, koef, unit, ref, flags, xprice) in enumerate(sk["lines"], 1):
                seq += 1
                key, factor = ref_parse(ref)
                acode, aname = ACCOUNTS[acct]
                parts, nums, prod = parse_koef(koef)
                cat = CAT.get(key) if key else None
                if key and not cat:
                    raise SystemExit(f"unknown ref {key}")
                if cat:
                    base = Decimal(cat["price"]) * factor
                    if "O" in flags:
                        mult = Decimal(str(round(rng.uniform(1.28, 1.85), 3)))
                        st = step_for(base)
                        price = (base * mult / st).to_integral_value(rounding="ROUND_CEILING") * st
                    else:
                        mult = Decimal(str(rng.choice([1, 1, 1, 1, 0.98, 0.95, 0.9])))
                        st = step_for(base)
                        price = (base * mult / st).to_integral_value(rounding="ROUND_FLOOR") * st
                        if price <= 0:
                            price = base
                    price = int(price)
                else:
                    price = int(xprice)
                ppn = PPN_RATE if (lay in ("L1", "L4") and acode.startswith(GOODS_PREFIX)
                                  and acct not in ("MMR", "MML")) else 0
                vol = prod
                vol_printed = vol
                if "V" in flags:
                    delta = rng.choice([Decimal("0.1"), Decimal("0.2"), Decimal("-0.1"), Decimal("0.25")])
                    vol_printed = (vol * (1 + delta)).to_integral_value()
                    if vol_printed == vol:
                        vol_printed = vol + 10
                    assert len(parts) > 1, uraian
                correct = rupiah(vol_printed * price * (Decimal(100 + ppn) / 100))
                correct_from_koef = rupiah(vol * price * (Decimal(100 + ppn) / 100))
                jumlah = correct
                arith_kind = None
                if "A" in flags:
                    kinds = ["x10", "transpose", "plus", "minus_part"]
                    if ppn:
                        kinds.append("no_ppn")
                    kind = rng.choice(kinds)
                    if kind == "x10":
                        jumlah = correct * 10
                    elif kind == "transpose":
                        s = str(correct)
                        cand = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and i < len(s) - 3]
                        i = cand[0] if cand else 0
                        s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                        jumlah = int(s2)
                    elif kind == "plus":
                        jumlah = correct + rng.choice([1000000, 500000, 2500000, 100000])
                    elif kind == "minus_part":
                        jumlah = rupiah(Decimal(correct) * Decimal(rng.choice(["0.5", "0.8", "0.9"])))
                    elif kind == "no_ppn":
                        jumlah = rupiah(vol_printed * price)
                    if abs(jumlah - correct) < max(1000, correct // 100):
                        jumlah = correct + 1000000
                        kind = "plus"
                    arith_kind = kind
                labels = []
                for fl, lab in (("O", "OVERPRICED"), ("N", "NO_PRICE_REFERENCE"), ("T", "OFF_TARGET"),
                                ("D", "DUPLICATE"), ("M", "ACCOUNT_MISMATCH")):
                    if fl in flags:
                        labels.append(lab)
                if "A" in flags or "V" in flags:
                    labels.append("ARITHMETIC")
                order = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
                labels.sort(key=order.index)
                rec = dict(file_layout=lay, subkeg_code=sk["code"], subkeg_name=sk["name"], subkeg_index=si,
                           line_in_subkeg=li, seq=seq, account_code=acode, account_name=aname, account_key=acct,
                           item=uraian, spec=spec, unit=unit, koefisien=koef, koef_parts=[str(n) for n in nums],
                           volume_from_koef=str(vol.normalize()) if vol != vol.to_integral_value() else int(vol),
                           volume=int(vol_printed) if vol_printed == vol_printed.to_integral_value() else str(vol_printed),
                           price=price, ppn_percent=ppn, jumlah=jumlah, correct_jumlah=correct,
                           correct_jumlah_from_koef=correct_from_koef, arith_kind=arith_kind,
                           catalogue=None, flags=flags, labels=labels)
                if cat:
                    cfile = SSH_FILE if key in SSH_KEYS else SBU_FILE
                    conv = float(factor)
                    rec["catalogue"] = dict(file=cfile, kode=cat["kode"], name=cat["name"], spec=cat["spec"],
                                            unit=cat["unit"], price=cat["price"], rka_unit_in_catalogue_units=conv,
                                            conversion=(ref.split("*")[1] if "*" in ref else ("1/" + ref.split("/")[1] if "/" in ref else "1")),
                                            catalogue_price_per_rka_unit=str((Decimal(cat["price"]) * factor).normalize()),
                                            ratio=round(float(Decimal(price) / (Decimal(cat["price"]) * factor)), 4))
                lines_out.append(rec)
        truth[lay] = dict(subkeg=sks, lines=lines_out)
    return truth


# ------------------------------------------------------------------ layout helpers
def group_runs(lines):
    """Consecutive lines of the same account -> groups."""
    groups = []
    for ln in lines:
        if groups and groups[-1][0] == ln["account_code"]:
            groups[-1][2].append(ln)
        else:
            groups.append((ln["account_code"], ln["account_name"], [ln]))
    return groups


def vol_str(v):
    return fmt(v)


def xlsx_meta(wb):
    import datetime
    wb.properties.creator = "operator SIPD"
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 11, 12, 9, 30, 0)


# L1: Dinas Perhubungan — sheet per sub-kegiatan, SIPD-like title block, 2-row merged header, group + subtotal rows
def write_L1(path, T, opd):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    no = 0
    for si, sk in enumerate(T["subkeg"], 1):
        ws = wb.create_sheet(f"SubKeg {si}")
        lines = [l for l in T["lines"] if l["subkeg_index"] == si]
        ws["A1"] = "RENCANA KERJA DAN ANGGARAN"
        ws["A2"] = "SATUAN KERJA PERANGKAT DAERAH"
        ws["A3"] = "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
        for r in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).font = Font(bold=True, size=12)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
        info = [("Urusan Pemerintahan", "2.15 - URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN"),
                ("Organisasi", "2.15.0.00.0.00.01.0000 - " + opd),
                ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]),
                ("Sub Kegiatan", f"{sk['code']} - {sk['name']}"),
                ("Sumber Pendanaan", "PAD / DAU"), ("Lokasi", sk["lokasi"]),
                ("Waktu Pelaksanaan", "Januari s.d. Desember"),
                ("Indikator Keluaran", sk["indikator"]), ("Target Keluaran", sk["target"])]
        r = 5
        for k, v in info:
            ws.cell(r, 1, k)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, ": " + v)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
            r += 1
        r += 1
        h1 = r
        heads = ["No", "Kode Rekening", "Uraian", "Spesifikasi", "Rincian Perhitungan", None, None, None, None, "Jumlah (Rp)"]
        sub = [None, None, None, None, "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)", None]
        for c, h in enumerate(heads, 1):
            if h:
                ws.cell(h1, c, h)
        for c, h in enumerate(sub, 1):
            if h:
                ws.cell(h1 + 1, c, h)
        for c in (1, 2, 3, 4, 10):
            ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        for rr in (h1, h1 + 1):
            for c in range(1, 11):
                cell = ws.cell(rr, c)
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.fill = PatternFill("solid", fgColor="BDD7EE")
                cell.border = bd
        r = h1 + 2
        total = 0
        for acode, aname, gl in group_runs(lines):
            sub_total = sum(l["jumlah"] for l in gl)
            total += sub_total
            ws.cell(r, 2, acode)
            ws.cell(r, 3, aname)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            ws.cell(r, 10, sub_total).number_format = "#,##0"
            for c in range(1, 11):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).border = bd
            r += 1
            for l in gl:
                no += 1
                l["no"] = str(no)
                vals = [no, None, l["item"], l["spec"], l["koefisien"], l["volume"], l["unit"], l["price"],
                        l["ppn_percent"], l["jumlah"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = bd
                for c in (8, 10):
                    ws.cell(r, c).number_format = "#,##0"
                r += 1
        ws.cell(r, 3, "JUMLAH SUB KEGIATAN")
        ws.cell(r, 10, total).number_format = "#,##0"
        ws.cell(r, 3).font = Font(bold=True)
        for col, w in zip("ABCDEFGHIJ", (5, 20, 42, 26, 22, 9, 12, 14, 8, 16)):
            ws.column_dimensions[col].width = w
    xlsx_meta(wb)
    wb.save(path)


def price_text(p, allow_jt, rr):
    if allow_jt and p >= 1000000 and p % 10000 == 0 and rr.random() < 0.6:
        s = f"{Decimal(p) / Decimal(1000000):f}".rstrip("0").rstrip(".").replace(".", ",")
        return s + " jt"
    return "Rp " + fmt(p)


def jt_value(s):
    s = s.strip()
    if s.endswith("jt"):
        return int(Decimal(s[:-2].strip().replace(",", ".")) * 1000000)
    return int(s.replace("Rp", "").strip().replace(".", ""))


# L2: Dinas Sosial — one flat sheet, several sub-kegiatan, unusual column order, money as text
def write_L2(path, T, opd):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "RKA 2027"
    rr = random.Random(77)
    ws["A1"] = f"DRAFT RKA {opd.upper()} TA 2027 (rekap per sub kegiatan) - bahan asistensi TAPD"
    ws["A2"] = "disusun oleh: Subbag Perencanaan & Keuangan   |   status: draft ke-2"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["No", "Rekening", "Jumlah (Rp)", "Uraian Belanja", "Koefisien", "Vol", "Sat", "Harga Satuan"]
    r = 4
    for c, h in enumerate(heads, 1):
        ws.cell(r, c, h).font = Font(bold=True)
    r += 1
    no = 0
    grand = 0
    for si, sk in enumerate(T["subkeg"], 1):
        lines = [l for l in T["lines"] if l["subkeg_index"] == si]
        ws.cell(r, 1, f"SUB KEGIATAN {sk['code']} {sk['name']}  //  Program: {sk['program']}  //  "
                      f"Keluaran: {sk['indikator']} = {sk['target']}  //  Lokasi: {sk['lokasi']}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        st = 0
        for l in lines:
            no += 1
            l["no"] = str(no)
            name = l["item"] + (f" ({l['spec']})" if l["spec"] else "")
            l["printed_name"] = name
            ptxt = price_text(l["price"], True, rr)
            l["printed_price"] = ptxt
            l["printed_jumlah"] = "Rp " + fmt(l["jumlah"])
            vals = [no, f"{l['account_code']} {l['account_name']}", l["printed_jumlah"], name,
                    l["koefisien"].replace(" x ", " x "), l["volume"], l["unit"], ptxt]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            ws.cell(r, 3).alignment = Alignment(horizontal="right")
            ws.cell(r, 8).alignment = Alignment(horizontal="right")
            st += l["jumlah"]
            r += 1
        ws.cell(r, 4, "Jumlah Sub Kegiatan")
        ws.cell(r, 3, "Rp " + fmt(st))
        ws.cell(r, 4).font = Font(bold=True, italic=True)
        grand += st
        r += 2
    ws.cell(r, 4, "TOTAL BELANJA")
    ws.cell(r, 3, "Rp " + fmt(grand))
    for col, w in zip("ABCDEFGH", (5, 52, 17, 48, 22, 8, 12, 16)):
        ws.column_dimensions[col].width = w
    xlsx_meta(wb)
    wb.save(path)


PARENTS = {"5": "BELANJA DAERAH", "5.1": "BELANJA OPERASI", "5.2": "BELANJA MODAL",
           "5.1.02": "Belanja Barang dan Jasa", "5.2.02": "Belanja Modal Peralatan dan Mesin"}


# L3: Dinas Tenaga Kerja — DPA-like, 3-row merged header, account hierarchy rows, No at the right end
def write_L3(path, T, opd):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for si, sk in enumerate(T["subkeg"], 1):
        ws = wb.create_sheet(f"RKA-{sk['code'][-4:]}")
        lines = [l for l in T["lines"] if l["subkeg_index"] == si]
        ws["A1"] = "RKA - RINCIAN BELANJA SUB KEGIATAN"
        ws["A2"] = f"{opd} Kota Samarinda - Tahun Anggaran 2027"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A4"] = "Program"; ws["C4"] = sk["program"]
        ws["A5"] = "Kegiatan"; ws["C5"] = sk["kegiatan"]
        ws["A6"] = "Sub Kegiatan"; ws["C6"] = f"{sk['code']} {sk['name']}"
        ws["A7"] = "Keluaran"; ws["C7"] = f"{sk['indikator']} : {sk['target']}"
        ws["A8"] = "Lokasi"; ws["C8"] = sk["lokasi"]
        h = 10
        # columns: A kode, B uraian, C koefisien, D satuan, E volume, F harga, G jumlah, H no
        ws.cell(h, 1, "KODE REKENING"); ws.cell(h, 2, "URAIAN"); ws.cell(h, 3, "RINCIAN PERHITUNGAN")
        ws.cell(h, 7, "JUMLAH (Rp)"); ws.cell(h, 8, "NO. URUT")
        ws.cell(h + 1, 3, "Volume"); ws.cell(h + 1, 6, "Harga")
        ws.cell(h + 2, 3, "Koefisien"); ws.cell(h + 2, 4, "Satuan"); ws.cell(h + 2, 5, "Jml Vol")
        ws.cell(h + 2, 6, "Harga Satuan (Rp)")
        for c in (1, 2, 7, 8):
            ws.merge_cells(start_row=h, start_column=c, end_row=h + 2, end_column=c)
        ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=6)
        ws.merge_cells(start_row=h + 1, start_column=3, end_row=h + 1, end_column=5)
        for rr_ in range(h, h + 3):
            for c in range(1, 9):
                cell = ws.cell(rr_, c)
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                cell.border = bd
                cell.fill = PatternFill("solid", fgColor="FCE4D6")
        r = h + 3
        shown = set()
        groups = group_runs(lines)
        for acode, aname, gl in groups:
            segs = acode.split(".")
            for depth in (1, 2, 3):
                pre = ".".join(segs[:depth])
                if pre not in shown:
                    shown.add(pre)
                    tot = sum(l["jumlah"] for l in lines if l["account_code"].startswith(pre + "."))
                    ws.cell(r, 1, pre); ws.cell(r, 2, PARENTS.get(pre, pre))
                    ws.cell(r, 7, tot).number_format = "#,##0"
                    ws.cell(r, 1).font = ws.cell(r, 2).font = Font(bold=True)
                    r += 1
            ws.cell(r, 1, acode); ws.cell(r, 2, aname)
            ws.cell(r, 7, sum(l["jumlah"] for l in gl)).number_format = "#,##0"
            ws.cell(r, 2).font = Font(bold=True, italic=True)
            r += 1
            for l in gl:
                no = f"{si}.{l['line_in_subkeg']}"
                l["no"] = no
                name = "  - " + l["item"] + (f", {l['spec']}" if l["spec"] else "")
                l["printed_name"] = name.strip(" -")
                vals = [None, name, l["koefisien"], l["unit"], l["volume"], l["price"], l["jumlah"], no]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v)
                ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "#,##0"
                ws.cell(r, 8).alignment = Alignment(horizontal="center")
                r += 1
        ws.cell(r, 2, "JUMLAH TOTAL SUB KEGIATAN")
        ws.cell(r, 7, sum(l["jumlah"] for l in lines)).number_format = "#,##0"
        for col, w in zip("ABCDEFGH", (20, 55, 24, 12, 10, 16, 17, 9)):
            ws.column_dimensions[col].width = w
    xlsx_meta(wb)
    wb.save(path)


# L6: Kecamatan — informal sheets, account headings as text, koefisien inline, some prices as "x jt"
def write_L6(path, T, opd):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    rr = random.Random(66)
    prefixes = ["M", "K"]
    for si, sk in enumerate(T["subkeg"], 1):
        ws = wb.create_sheet(["Musrenbang", "Kerja Bakti"][si - 1])
        lines = [l for l in T["lines"] if l["subkeg_index"] == si]
        ws["A1"] = f"USULAN ANGGARAN {opd.upper()} 2027"
        ws["A2"] = f"Kegiatan: {sk['code']} {sk['name']}"
        ws["A3"] = f"Output: {sk['indikator']} ({sk['target']}) - Lokasi: {sk['lokasi']}"
        ws["A1"].font = Font(bold=True)
        r = 5
        for c, hname in enumerate(["No", "Uraian", "Vol", "Satuan", "Harga", "Jumlah", "Ket"], 1):
            ws.cell(r, c, hname).font = Font(bold=True)
        r += 1
        n = 0
        for acode, aname, gl in group_runs(lines):
            ws.cell(r, 2, f"{aname} ({acode})").font = Font(bold=True, underline="single")
            r += 1
            for l in gl:
                n += 1
                no = f"{prefixes[si - 1]}-{n:02d}"
                l["no"] = no
                name = l["item"] + (f" {l['spec']}" if l["spec"] else "")
                l["printed_name"] = name
                inline = f"{name} ({l['koefisien']})" if " x " in l["koefisien"] else name
                if l["price"] >= 1000000 and l["price"] % 10000 == 0 and rr.random() < 0.7:
                    pv = price_text(l["price"], True, random.Random(1))
                    if not pv.endswith("jt"):
                        pv = l["price"]
                else:
                    pv = l["price"]
                l["printed_price"] = pv if isinstance(pv, str) else None
                vals = [no, inline, l["volume"], l["unit"], pv, l["jumlah"], ""]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v)
                ws.cell(r, 6).number_format = "#,##0"
                if not isinstance(pv, str):
                    ws.cell(r, 5).number_format = "#,##0"
                r += 1
            ws.cell(r, 2, "Sub Total")
            ws.cell(r, 6, sum(l["jumlah"] for l in gl)).number_format = "#,##0"
            r += 2
        ws.cell(r, 2, "TOTAL")
        ws.cell(r, 6, sum(l["jumlah"] for l in lines))
        for col, w in zip("ABCDEFG", (7, 62, 8, 12, 14, 16, 10)):
            ws.column_dimensions[col].width = w
    xlsx_meta(wb)
    wb.save(path)


def sipd_money(n):
    return fmt(n) + ",00"


# L4: BPBD — born-digital PDF printed from a SIPD-like system
def write_L4(path, T, opd):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    register_fonts()
    st = ParagraphStyle("n", fontName="DejaVu", fontSize=7, leading=8.5)
    stb = ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=7, leading=8.5)
    sth = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10, leading=12, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=30,
                            bottomMargin=36, title="RKA SKPD 2.2.1", author="SIPD", creator="SIPD-RI")
    story = []
    no = 0
    for si, sk in enumerate(T["subkeg"], 1):
        lines = [l for l in T["lines"] if l["subkeg_index"] == si]
        story += [Paragraph("RENCANA KERJA DAN ANGGARAN", sth),
                  Paragraph("SATUAN KERJA PERANGKAT DAERAH", sth),
                  Paragraph("Pemerintah Kota Samarinda Tahun Anggaran 2027", sth), Spacer(1, 6)]
        info = [("Urusan Pemerintahan", "1.05 - URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PELINDUNGAN MASYARAKAT"),
                ("Bidang Urusan", "1.05 - Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat"),
                ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]),
                ("Sub Kegiatan", f"{sk['code']} {sk['name']}"),
                ("Organisasi", f"1.05.0.00.0.00.03.0000 {opd}"),
                ("Sumber Pendanaan", "DAU - Dana Alokasi Umum"), ("Lokasi", sk["lokasi"]),
                ("Waktu Pelaksanaan", "Januari s.d. Desember"),
                ("Keluaran Sub Kegiatan", f"{sk['indikator']}  |  Target: {sk['target']}")]
        it = Table([[Paragraph(a, st), ":", Paragraph(b, st)] for a, b in info], colWidths=[110, 10, 650])
        it.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [it, Spacer(1, 6), Paragraph("Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah", stb), Spacer(1, 3)]
        data = [["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]]
        style = [("FONT", (0, 0), (-1, -1), "DejaVu", 7), ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 7),
                 ("GRID", (0, 0), (-1, -1), 0.3, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                 ("ALIGN", (6, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for acode, aname, gl in group_runs(lines):
            data.append(["", acode, Paragraph(aname, stb), "", "", "", "", "", sipd_money(sum(l["jumlah"] for l in gl))])
            style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "DejaVu-Bold", 7))
            for l in gl:
                no += 1
                l["no"] = str(no)
                l["printed_price"] = sipd_money(l["price"])
                l["printed_jumlah"] = sipd_money(l["jumlah"])
                data.append([str(no), "", Paragraph(l["item"], st), Paragraph(l["spec"], st),
                             Paragraph(l["koefisien"].replace(" x ", " x ") + f" = {vol_str(l['volume'])}", st)
                             if " x " in l["koefisien"] else vol_str(l["volume"]),
                             Paragraph(l["unit"], st), l["printed_price"], f"{l['ppn_percent']}%", l["printed_jumlah"]])
        data.append(["", "", Paragraph("JUMLAH", stb), "", "", "", "", "", sipd_money(sum(l["jumlah"] for l in lines))])
        t = Table(data, colWidths=[22, 90, 200, 120, 95, 55, 72, 28, 86], repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 10))
        story.append(Paragraph("Samarinda, 12 November 2026 &nbsp;&nbsp; Kepala Pelaksana BPBD Kota Samarinda, "
                               "(ttd) ........................ NIP. ........................", st))
        if si < len(T["subkeg"]):
            story.append(PageBreak())

    def footer(c, d):
        c.setFont("DejaVu", 6.5)
        c.drawString(28, 20, "Dicetak oleh SIPD-RI pada 12/11/2026 09:41:07  |  RKA-RINCIAN BELANJA SKPD")
        c.drawRightString(814, 20, f"Halaman {d.page}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# L5: Dinas Perikanan — scan of a printed RKA (image-only PDF, 200 dpi, rotated, noisy)
def write_L5(path, T, opd, truth_txt_path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    W, H = 2339, 1654  # A4 landscape @200 dpi
    f = ImageFont.truetype(FONT, 21)
    fb = ImageFont.truetype(FONTB, 22)
    ft = ImageFont.truetype(FONTB, 28)
    sk = T["subkeg"][0]
    lines = T["lines"]
    rows = []
    no = 0
    for acode, aname, gl in group_runs(lines):
        rows.append(("acct", acode, aname, sum(l["jumlah"] for l in gl)))
        for l in gl:
            no += 1
            l["no"] = str(no)
            l["printed_name"] = l["item"] + (f" - {l['spec']}" if l["spec"] else "")
            rows.append(("line", l))
    cols = [(70, "No"), (150, "Kode Rekening / Uraian"), (1060, "Koefisien"), (1420, "Satuan"),
            (1640, "Harga Satuan"), (1930, "Jumlah (Rp)")]
    per_page = 30
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    txt = []
    imgs = []
    nrng = np.random.default_rng(5)
    for pi, prow in enumerate(pages, 1):
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 60
        if pi == 1:
            head = [("RENCANA KERJA DAN ANGGARAN (RKA) SKPD - TAHUN ANGGARAN 2027", ft),
                    (f"{opd} Kota Samarinda", fb),
                    (f"Program : {sk['program']}", f), (f"Kegiatan : {sk['kegiatan']}", f),
                    (f"Sub Kegiatan : {sk['code']} {sk['name']}", f),
                    (f"Indikator Keluaran : {sk['indikator']}   Target : {sk['target']}", f),
                    (f"Lokasi : {sk['lokasi']}", f)]
            for s, ff in head:
                d.text((70, y), s, font=ff, fill=15)
                txt.append(s)
                y += 40 if ff is not f else 32
            y += 10
        else:
            s = f"(lanjutan) Sub Kegiatan {sk['code']} - halaman {pi}"
            d.text((70, y), s, font=fb, fill=15)
            txt.append(s)
            y += 45
        d.line((60, y, W - 60, y), fill=0, width=3)
        for x, hname in cols:
            d.text((x, y + 8), hname, font=fb, fill=0)
        txt.append(" | ".join(h for _, h in cols))
        y += 44
        d.line((60, y, W - 60, y), fill=0, width=2)
        for row in prow:
            y += 8
            if row[0] == "acct":
                _, acode, aname, sub = row
                d.text((150, y), f"{acode}  {aname}", font=fb, fill=10)
                d.text((1930, y), fmt(sub), font=fb, fill=10)
                txt.append(f"{acode} {aname} | {fmt(sub)}")
            else:
                l = row[1]
                koef = l["koefisien"] + (f" = {fmt(l['volume'])}" if " x " in l["koefisien"] else "")
                if " x " not in l["koefisien"]:
                    koef = fmt(l["volume"])
                cells = [(70, l["no"]), (170, l["printed_name"]), (1060, koef), (1420, l["unit"]),
                         (1640, fmt(l["price"])), (1930, fmt(l["jumlah"]))]
                for x, s in cells:
                    d.text((x, y), s, font=f, fill=20)
                txt.append(" | ".join(s for _, s in cells))
            y += 34
            d.line((60, y, W - 60, y), fill=150, width=1)
        if pi == len(pages):
            y += 20
            s = f"JUMLAH SUB KEGIATAN : {fmt(sum(l['jumlah'] for l in lines))}"
            d.text((1400, y), s, font=fb, fill=0)
            txt.append(s)
            y += 60
            for s in ("Samarinda, 10 November 2026", "Kepala Dinas Perikanan,", "", "(ttd / paraf basah)", "NIP. ..................."):
                d.text((1700, y), s, font=f, fill=30)
                y += 32
                if s:
                    txt.append(s)
        foot = f"Hal. {pi} dari {len(pages)}"
        d.text((W - 300, H - 60), foot, font=f, fill=40)
        txt.append(foot)
        txt.append("")
        # degrade: rotate, blur, noise, uneven illumination
        im = im.rotate(rng.choice([-0.9, 0.7, -0.6]), resample=Image.BICUBIC, fillcolor=235, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.8))
        a = np.asarray(im).astype(np.float32)
        grad = np.linspace(0, 18, W)[None, :]
        a = a - grad + nrng.normal(0, 9, a.shape)
        specks = nrng.random(a.shape) < 0.0007
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(a, "L"))
    import time
    fixed = time.strptime("2026-11-10 14:02:00", "%Y-%m-%d %H:%M:%S")
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:], quality=72,
                 creationDate=fixed, modDate=fixed, producer="Scanner Kantor", title="scan0034")
    with open(truth_txt_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(txt))


# ------------------------------------------------------------------ main
FILES = {
    "L1": ("rka_dishub_2027.xlsx", "sipd_xlsx_sheet_per_subkeg_2row_header"),
    "L2": ("rka_dinsos_2027_draft2.xlsx", "flat_sheet_unusual_order_text_money"),
    "L3": ("rka_disnaker_2027_dpa.xlsx", "dpa_3row_header_account_hierarchy_no_right"),
    "L4": ("rka_bpbd_2027_sipd.pdf", "sipd_born_digital_pdf"),
    "L5": ("rka_perikanan_2027_scan.pdf", "scan_image_pdf_200dpi"),
    "L6": ("rka_kec_samarinda_ulu_2027.xlsx", "informal_xlsx_inline_koef_jt_prices"),
}


def main():
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    write_ssh_xlsx(os.path.join(DATA, SSH_FILE))
    fix_zip(os.path.join(DATA, SSH_FILE))
    write_sbu_pdf(os.path.join(DATA, SBU_FILE))
    truth = build_truth()
    manifest, all_truth = [], {}
    for lay, (fname, layout_id) in FILES.items():
        T = truth[lay]
        opd = T["subkeg"][0]["opd"]
        p = os.path.join(DATA, fname)
        if lay == "L1":
            write_L1(p, T, opd)
        elif lay == "L2":
            write_L2(p, T, opd)
        elif lay == "L3":
            write_L3(p, T, opd)
        elif lay == "L4":
            write_L4(p, T, opd)
        elif lay == "L5":
            write_L5(p, T, opd, os.path.join(HERE, "scan_truth.txt"))
        elif lay == "L6":
            write_L6(p, T, opd)
        if fname.endswith(".xlsx"):
            fix_zip(p)
        stem = os.path.splitext(fname)[0]
        labels = {l["no"]: l["labels"] for l in T["lines"]}
        assert len(labels) == len(T["lines"]), "duplicate No"
        with open(os.path.join(DATA, stem + ".labels.json"), "w") as fh:
            json.dump({"labels": labels}, fh, indent=1, ensure_ascii=False)
        manifest.append({"rka": fname, "catalogues": [SSH_FILE, SBU_FILE], "labels": stem + ".labels.json",
                         "opd": opd, "layout": layout_id})
        for l in T["lines"]:
            l.pop("file_layout", None)
        all_truth[fname] = dict(opd=opd, layout=layout_id,
                                subkegiatan=[dict(code=s["code"], name=s["name"], program=s["program"],
                                                  kegiatan=s["kegiatan"], indikator=s["indikator"],
                                                  target=s["target"], lokasi=s["lokasi"]) for s in T["subkeg"]],
                                lines=T["lines"])
    with open(os.path.join(DATA, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "truth_lines.json"), "w") as fh:
        json.dump(dict(conventions=dict(overpriced_threshold=str(OVER_THRESHOLD), ppn_rate=PPN_RATE,
                                        catalogue_prices_exclude_ppn=True),
                       catalogues=dict(ssh=dict(file=SSH_FILE, rows=SSH_ROWS), sbu=dict(file=SBU_FILE, rows=SBU_ROWS)),
                       files=all_truth), fh, indent=1, ensure_ascii=False)
    print("catalogue rows:", len(SSH_ROWS), "+", len(SBU_ROWS))
    print("lines:", sum(len(v["lines"]) for v in all_truth.values()))


if __name__ == "__main__":
    main()
