#!/usr/bin/env python3
"""review28 generator: blind RKA budget-review evaluation set (deterministic).
Run:  python -B generate.py   (writes data/, truth_lines.json, scan_truth.txt)"""
import json, math, os, random, re, zipfile, io, datetime, csv
from catalog_data import ACC, WRONG, SSH, SBU
from rka_specs import SUBKEG

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)
rng = random.Random(28270)
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 30, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

SERVICE_ACC = {"hon_narsum", "hon_tim", "hon_instr", "jasa_bersih", "jasa_aman", "jasa_teknis", "jasa_dok",
               "jasa_cetak", "jasa_sertif", "transport_peserta", "internet", "sewa_mobil", "sewa_barang",
               "sewa_gedung", "pem_ac", "pd_biasa", "pd_dalam", "pd_meeting", "mamin", "jamuan", "mamin_lap"}
PPN_FILES = {"L1", "L4"}
PPN = 11
OVER_MARGIN = 1.10   # OVERPRICED iff unit price > 110 % of catalogue price (same unit)

def fmt(n):
    neg = n < 0
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if neg else "") + s

# ---------------------------------------------------------------- catalogues
CAT = {}
SSH_FILE, SBU_FILE = "ssh_2027.xlsx", "sbu_2027.pdf"
cats = []
for r in SSH:
    if r["cat"] not in cats:
        cats.append(r["cat"])
SSH.sort(key=lambda r: cats.index(r["cat"]))
cnt = {}
for i, r in enumerate(SSH, 1):
    ci = cats.index(r["cat"]) + 1
    cnt[ci] = cnt.get(ci, 0) + 1
    r["no"] = i
    r["kode"] = f"1.1.7.01.{ci:02d}.{(cnt[ci]-1)//40+1:02d}.{cnt[ci]:03d}"
    r["file"] = SSH_FILE
    CAT[r["key"]] = r
gcnt = {}
for i, r in enumerate(SBU, 1):
    g = r["cat"][0]
    gcnt[g] = gcnt.get(g, 0) + 1
    r["no"] = i
    r["kode"] = f"SBU.{g}.{gcnt[g]:03d}"
    r["file"] = SBU_FILE
    CAT[r["key"]] = r

# ---------------------------------------------------------------- helpers
def parse_koef(k):
    parts = []
    for p in k.split(" x "):
        m = re.match(r"^(\d+)\s+(.+)$", p.strip())
        parts.append((int(m.group(1)), m.group(2)))
    return parts

def nice_down(x):
    if x >= 100000: return int(math.floor(x / 500) * 500)
    if x >= 1000: return int(math.floor(x / 100) * 100)
    return int(math.floor(x / 10) * 10)

def nice_up(x):
    if x >= 100000: return int(math.ceil(x / 1000) * 1000)
    if x >= 1000: return int(math.ceil(x / 100) * 100)
    return int(math.ceil(x / 10) * 10)

# ---------------------------------------------------------------- build lines
ALL = []   # list of sub-kegiatan dicts with lines
for sk in SUBKEG:
    base = []
    extra = []
    for spec in sk["lines"]:
        if spec[0] == "OFF":
            _, key, name, koef, unit, factor, reason = spec
            extra.append(dict(kind="off", ref=key, name=name, koef=koef, unit=unit, factor=factor,
                              spec=CAT[key]["spec"], note=reason, labels={"OFF_TARGET"}))
        elif spec[0] == "NOREF":
            _, name, sp, koef, unit, price, acc, note = spec
            extra.append(dict(kind="noref", ref=None, name=name, koef=koef, unit=unit, factor=None, spec=sp,
                              fixed_price=price, acc=acc, note=note, labels={"NO_PRICE_REFERENCE"}))
        elif spec[0] == "DUP":
            _, bi, name, koef = spec
            extra.append(dict(kind="dup", base_idx=bi, name=name, koef=koef, labels=set(), note=""))
        else:
            key, name, koef, unit, factor = spec[:5]
            sp = spec[5] if len(spec) > 5 else None
            base.append(dict(kind="on", ref=key, name=name, koef=koef, unit=unit, factor=factor,
                             spec=sp if sp is not None else CAT[key]["spec"], labels=set(), note=""))
    lines = list(base)
    for i, b in enumerate(base):
        b["uid"] = f"{sk['id']}-b{i}"
    for j, e in enumerate(extra):
        e["uid"] = f"{sk['id']}-x{j}"
        if e["kind"] == "dup":
            b = base[e["base_idx"]]
            e.update(ref=b["ref"], unit=b["unit"], factor=b["factor"], spec=b["spec"], dup_of=b["uid"])
            pos_min = lines.index(b) + 1
            pos = rng.randint(pos_min + 1 if pos_min < len(lines) else pos_min, len(lines))
        else:
            pos = rng.randint(1, len(lines))
        lines.insert(pos, e)
    for ln in lines:
        ln["parts"] = parse_koef(ln["koef"])
        ln["volume_true"] = math.prod(p[0] for p in ln["parts"])
        if ln["ref"]:
            ln["acc"] = CAT[ln["ref"]]["acc"]
        ln["is_service"] = ln["acc"] in SERVICE_ACC
        ln["ppn"] = PPN if (sk["file"] in PPN_FILES and not ln["is_service"]) else 0
    # random OVER / ARITH / ACCT, mixing onto already-labelled and clean lines
    for lab, n in (("OVERPRICED", 3), ("ARITHMETIC", 3), ("ACCOUNT_MISMATCH", 3)):
        for _ in range(n):
            cands = [l for l in lines if lab not in l["labels"] and not (lab == "OVERPRICED" and l["ref"] is None)]
            if lab == "OVERPRICED":
                cands = [l for l in cands if l["kind"] != "dup" or True]
            lab_c = [l for l in cands if l["labels"]]
            clean_c = [l for l in cands if not l["labels"]]
            pool = lab_c if (lab_c and rng.random() < 0.5) else clean_c
            rng.choice(pool)["labels"].add(lab)
    # prices
    for ln in lines:
        if ln["ref"]:
            c = CAT[ln["ref"]]
            ln["cat_unit_price"] = c["price"] * ln["factor"]
            if "OVERPRICED" in ln["labels"]:
                u = rng.uniform(1.32, 2.1)
                ln["price"] = nice_up(ln["cat_unit_price"] * u)
            else:
                r = rng.choice([1, 1, 1, 1, 1, 0.97, 0.95, 0.9])
                ln["price"] = nice_down(ln["cat_unit_price"] * r) if r < 1 else int(round(ln["cat_unit_price"]))
        else:
            ln["cat_unit_price"] = None
            ln["price"] = ln["fixed_price"]
        # account
        ln["acc_correct"] = ln["acc"]
        if "ACCOUNT_MISMATCH" in ln["labels"]:
            ln["acc_printed"] = rng.choice(WRONG[ln["acc"]])
        else:
            ln["acc_printed"] = ln["acc"]
        # arithmetic
        ln["volume_printed"] = ln["volume_true"]
        ln["jumlah_correct"] = int(round(ln["volume_true"] * ln["price"] * (1 + ln["ppn"] / 100)))
        ln["jumlah_printed"] = ln["jumlah_correct"]
        ln["arith_kind"] = None
        if "ARITHMETIC" in ln["labels"]:
            opts = ["add", "shift"]
            if len(ln["parts"]) >= 2: opts += ["vol", "vol"]
            if ln["ppn"]: opts += ["noppn"]
            k = rng.choice(opts)
            ln["arith_kind"] = k
            jc = ln["jumlah_correct"]
            if k == "vol":
                v = ln["volume_true"]
                nv = v - max(1, int(round(v * rng.choice([0.1, 0.2, 0.25])))) if rng.random() < .5 else v + max(1, int(round(v * rng.choice([0.1, 0.2, 0.5]))))
                ln["volume_printed"] = nv
                ln["jumlah_printed"] = int(round(nv * ln["price"] * (1 + ln["ppn"] / 100)))
            elif k == "noppn":
                ln["jumlah_printed"] = int(round(ln["volume_true"] * ln["price"]))
            elif k == "shift":
                ln["jumlah_printed"] = jc * 10 if rng.random() < .5 else int(round(jc / 10, -1)) or jc * 10
            else:
                d = max(1000, int(round(jc * rng.uniform(0.08, 0.3), -3)))
                ln["jumlah_printed"] = jc + d if rng.random() < .6 else max(1000, jc - d)
            assert abs(ln["jumlah_printed"] - jc) > max(2, jc * 0.02), (ln["name"], k)
    sk["lines_built"] = lines
    ALL.append(sk)

# ---------------------------------------------------------------- order, numbering, duplicate label placement
def acc_code(k): return ACC[k][0]
GROUPED = {"L1", "L3", "L4", "L5", "L6", "L7", "L8", "L9"}
FILES = {}
for sk in ALL:
    FILES.setdefault(sk["file"], []).append(sk)
for fid, sks in FILES.items():
    n = 0
    for si, sk in enumerate(sks, 1):
        lines = sk["lines_built"]
        if fid in GROUPED:
            order = sorted(range(len(lines)), key=lambda i: (acc_code(lines[i]["acc_printed"]), i))
            lines = [lines[i] for i in order]
        sk["lines_built"] = lines
        for i, ln in enumerate(lines, 1):
            n += 1
            ln["no"] = f"{si}.{i}" if fid == "L7" else str(n)
            ln["order"] = i
        byuid = {l["uid"]: l for l in lines}
        for ln in lines:
            if ln["kind"] == "dup":
                b = byuid[ln["dup_of"]]
                later = ln if ln["order"] > b["order"] else b
                earlier = b if later is ln else ln
                later["labels"].add("DUPLICATE")
                later["dup_of_no"] = earlier["no"]

# ---------------------------------------------------------------- text helpers for layouts
def koef_txt(ln, style="full"):
    return " x ".join(f"{a} {u}" for a, u in ln["parts"])

def price_text(p, i):
    """L2: prices typed as text in varying styles."""
    st = i % 4
    if st == 0: return f"Rp {fmt(p)}"
    if st == 1 and p >= 1000000 and (p % 10000 == 0):
        jt = p / 1000000
        s = (f"{jt:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
        return f"{s} jt"
    if st == 2: return f"{fmt(p)},-"
    return f"Rp. {fmt(p)},00"

def parse_price_text(s):
    s = s.strip()
    m = re.match(r"^([\d,]+) jt$", s)
    if m: return int(round(float(m.group(1).replace(",", ".")) * 1000000))
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").replace(",00", "").strip()
    return int(s.replace(".", ""))

# ---------------------------------------------------------------- XLSX helpers
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def fix_zip(path):
    """Make xlsx byte-deterministic: fixed zip timestamps and core.xml dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2026-11-02T09:30:00Z<", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

def new_wb():
    wb = Workbook()
    wb.properties.creator = "SIPD-RI"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb

def groups_of(lines):
    out = []
    for ln in lines:
        a = ln["acc_printed"]
        if not out or out[-1][0] != a:
            out.append((a, []))
        out[-1][1].append(ln)
    return out

# ---------------------------------------------------------------- L1: SIPD-like xlsx, sheet per sub-kegiatan, merged header, hidden helper cols
def render_L1(sks, fname):
    wb = new_wb()
    wb.remove(wb.active)
    for sk in sks:
        ws = wb.create_sheet(f"SK {sk['code'][-4:]}")
        r = 1
        for t in ["RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)",
                  "PEMERINTAH KOTA SAMARINDA", "TAHUN ANGGARAN 2027"]:
            ws.cell(r, 1, t).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            r += 1
        r += 1
        for k, v in [("Urusan Pemerintahan", sk["urusan"]), ("Bidang Urusan", sk["bidang"]),
                     ("Program", sk["program"]), ("Kegiatan", sk["kegiatan"]),
                     ("Sub Kegiatan", f"{sk['code']} {sk['name']}"),
                     ("Organisasi", "4.01.0.00.0.00.01.0000 Sekretariat Daerah"),
                     ("Unit", sk["opd"]), ("Lokasi", sk["lokasi"]),
                     ("Sumber Pendanaan", "PAD - Pendapatan Asli Daerah"),
                     ("Waktu Pelaksanaan", "Januari s.d. Desember"),
                     ("Indikator Keluaran", f"{sk['indikator']} : {sk['target']}")]:
            ws.cell(r, 1, k); ws.cell(r, 3, ":"); ws.cell(r, 4, v)
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=10)
            r += 1
        r += 1
        h1, h2 = r, r + 1
        heads = {1: "No", 2: "Kode Rekening", 3: "Uraian", 4: "Spesifikasi", 10: "Jumlah (Rp)"}
        for c, t in heads.items():
            ws.cell(h1, c, t)
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        ws.cell(h1, 5, "Rincian Perhitungan")
        ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=9)
        for c, t in zip(range(5, 10), ["Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN (%)"]):
            ws.cell(h2, c, t)
        for rr in (h1, h2):
            for c in range(1, 15):
                ws.cell(rr, c).font = Font(bold=True)
                ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                ws.cell(rr, c).border = BOX
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="D9D9D9")
        for c, t in zip(range(11, 15), ["k1", "k2", "k3", "vol_cek"]):
            ws.cell(h2, c, t)
        r = h2 + 1
        top = {"5.1": [], "5.2": []}
        lines = sk["lines_built"]
        tot = sum(l["jumlah_printed"] for l in lines)
        ws.cell(r, 2, "5"); ws.cell(r, 3, "BELANJA DAERAH"); ws.cell(r, 10, tot); r += 1
        last_top = None
        for a, gl in groups_of(lines):
            code = ACC[a][0]
            tp = code[:6]  # 5.1.02 / 5.2.02
            if tp != last_top:
                sub = sum(l["jumlah_printed"] for l in lines if ACC[l["acc_printed"]][0].startswith(tp))
                ws.cell(r, 2, tp)
                ws.cell(r, 3, "Belanja Barang dan Jasa" if tp == "5.1.02" else "Belanja Modal Peralatan dan Mesin")
                ws.cell(r, 10, sub); ws.cell(r, 10).number_format = "#,##0"
                for c in range(1, 11): ws.cell(r, c).font = Font(bold=True)
                r += 1
                last_top = tp
            ws.cell(r, 2, code); ws.cell(r, 3, ACC[a][1])
            ws.cell(r, 10, sum(l["jumlah_printed"] for l in gl)); ws.cell(r, 10).number_format = "#,##0"
            for c in range(1, 11):
                ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).border = BOX
            r += 1
            for ln in gl:
                vals = [ln["no"], None, ln["name"], ln["spec"], koef_txt(ln), ln["volume_printed"], ln["unit"],
                        ln["price"], ln["ppn"], ln["jumlah_printed"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    if c in (6, 8, 10): cell.number_format = "#,##0"
                ws.cell(r, 1).number_format = "@"
                for c, (a_, u_) in zip(range(11, 14), ln["parts"]):
                    ws.cell(r, c, a_)
                ws.cell(r, 14, ln["volume_true"])
                r += 1
        ws.cell(r, 3, "JUMLAH TOTAL SUB KEGIATAN").font = Font(bold=True)
        ws.cell(r, 10, tot).number_format = "#,##0"
        r += 2
        ws.cell(r, 7, "Samarinda, 2 November 2026"); ws.cell(r + 1, 7, "Kepala Bagian Hukum")
        ws.cell(r + 5, 7, "( ........................................ )"); ws.cell(r + 6, 7, "NIP. ")
        for c, w in zip(range(1, 15), [6, 20, 46, 26, 26, 9, 11, 14, 7, 16, 5, 5, 5, 7]):
            ws.column_dimensions[get_column_letter(c)].width = w
        for c in range(11, 15):
            ws.column_dimensions[get_column_letter(c)].hidden = True
    p = os.path.join(DATA, fname); wb.save(p); fix_zip(p)

# ---------------------------------------------------------------- L2: flat xlsx, unusual column order, prices as text, No last
def render_L2(sks, fname):
    wb = new_wb(); ws = wb.active; ws.title = "RKA UPTD Parkir"
    sk = sks[0]
    ws["A1"] = "DINAS PERHUBUNGAN KOTA SAMARINDA - UPTD PARKIR"
    ws["A2"] = "Rincian Anggaran Belanja TA 2027 (draft ke-2, bahan asistensi TAPD)"
    ws["A3"] = f"Sub Kegiatan: {sk['code']} - {sk['name']}"
    ws["A4"] = f"Output: {sk['indikator']} = {sk['target']}   |   Lokasi: {sk['lokasi']}"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kode Rek.", "Nama Rekening", "Uraian Belanja", "Koef.", "Vol", "Sat", "Harga (Rp)", "Total (Rp)", "Ket.", "No. Urut"]
    r = 6
    for c, t in enumerate(hdr, 1):
        ws.cell(r, c, t).font = Font(bold=True); ws.cell(r, c).border = BOX
        ws.cell(r, c).fill = PatternFill("solid", fgColor="FFF2CC")
    r += 1
    for i, ln in enumerate(sk["lines_built"]):
        code, aname = ACC[ln["acc_printed"]]
        vals = [code, aname, ln["name"] + (f" ({ln['spec']})" if i % 3 == 0 and ln["spec"] else ""),
                koef_txt(ln).replace("Org", "org").replace("Hari", "hr"), ln["volume_printed"], ln["unit"],
                price_text(ln["price"], i), ln["jumlah_printed"], "", ln["no"]]
        ln["price_printed_text"] = vals[6]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v).border = BOX
        ws.cell(r, 8).number_format = "#,##0"
        ws.cell(r, 10).number_format = "@"
        r += 1
    ws.cell(r, 3, "TOTAL").font = Font(bold=True)
    ws.cell(r, 8, sum(l["jumlah_printed"] for l in sk["lines_built"])).number_format = "#,##0"
    for c, w in zip(range(1, 11), [18, 40, 50, 24, 8, 10, 16, 16, 8, 8]):
        ws.column_dimensions[get_column_letter(c)].width = w
    p = os.path.join(DATA, fname); wb.save(p); fix_zip(p)

# ---------------------------------------------------------------- L3: CSV export (semicolon, preamble, group rows, Indonesian numbers)
def render_L3(sks, fname):
    sk = sks[0]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["RINCIAN BELANJA SUB KEGIATAN"]); w.writerow(["Tahun", "2027"])
    w.writerow(["SKPD", "3.27.0.00.0.00.01.0000 Dinas Pertanian"]); w.writerow(["Unit", sk["opd"]])
    w.writerow(["Sub Kegiatan", f"{sk['code']} {sk['name']}"])
    w.writerow(["Indikator", sk["indikator"], sk["target"]]); w.writerow([])
    w.writerow(["No", "Kode Rekening", "Uraian", "Spesifikasi", "Koefisien", "Satuan", "Harga Satuan", "Volume", "Jumlah"])
    for a, gl in groups_of(sk["lines_built"]):
        w.writerow(["", ACC[a][0], ACC[a][1], "", "", "", "", "", fmt(sum(l["jumlah_printed"] for l in gl))])
        for ln in gl:
            w.writerow([ln["no"], "", ln["name"], ln["spec"], koef_txt(ln), ln["unit"], fmt(ln["price"]),
                        fmt(ln["volume_printed"]), fmt(ln["jumlah_printed"])])
    w.writerow(["", "", "JUMLAH", "", "", "", "", "", fmt(sum(l["jumlah_printed"] for l in sk["lines_built"]))])
    with open(os.path.join(DATA, fname), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- reportlab setup
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
P7 = ParagraphStyle("p7", fontName="DV", fontSize=7, leading=8.5)
P7B = ParagraphStyle("p7b", fontName="DVB", fontSize=7, leading=8.5)
P8 = ParagraphStyle("p8", fontName="DV", fontSize=8, leading=10)

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---------------------------------------------------------------- L4: born-digital SIPD-like PDF
def render_L4(sks, fname):
    p = os.path.join(DATA, fname)
    doc = SimpleDocTemplate(p, pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=30, bottomMargin=30,
                            title="RKA Rincian Belanja", author="SIPD", creator="SIPD Pemda", invariant=1)
    story = []
    def on_page(c, d):
        c.setFont("DV", 7)
        c.drawString(28, 18, "Dicetak dari SIPD Pemerintah Kota Samarinda - 02/11/2026 09:30")
        c.drawRightString(landscape(A4)[0] - 28, 18, f"Halaman {c.getPageNumber()}")
    for si, sk in enumerate(sks):
        if si: story.append(PageBreak())
        story.append(Paragraph("<b>RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH</b>",
                               ParagraphStyle("t", fontName="DVB", fontSize=11, alignment=1)))
        story.append(Paragraph("Pemerintah Kota Samarinda - Tahun Anggaran 2027 - Formulir RKA-Rincian Belanja SKPD",
                               ParagraphStyle("t2", fontName="DV", fontSize=8, alignment=1)))
        story.append(Spacer(1, 6))
        hb = [["Urusan Pemerintahan", ":", sk["urusan"]], ["Bidang Urusan", ":", sk["bidang"]],
              ["Program", ":", sk["program"]], ["Kegiatan", ":", sk["kegiatan"]],
              ["Sub Kegiatan", ":", Paragraph(esc(f"{sk['code']} {sk['name']}"), P7)],
              ["SKPD", ":", "1.02.0.00.0.00.01.0000 Dinas Kesehatan"], ["Unit SKPD", ":", sk["opd"]],
              ["Sumber Pendanaan", ":", "DAU - Dana Alokasi Umum yang Ditentukan Penggunaannya Bidang Kesehatan"],
              ["Lokasi", ":", sk["lokasi"]], ["Waktu Pelaksanaan", ":", "Januari s.d. Desember"],
              ["Indikator Keluaran", ":", f"{sk['indikator']} - Target: {sk['target']}"]]
        t = Table(hb, colWidths=[95, 8, 680])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7), ("BOX", (0, 0), (-1, -1), .6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t); story.append(Spacer(1, 6))
        rows = [["No", "Kode Rekening", "Uraian", "Rincian Perhitungan", "", "", "", "", "Jumlah (Rp)"],
                ["", "", "", "Koefisien", "Volume", "Satuan", "Harga Satuan", "PPN", ""]]
        style = [("FONT", (0, 0), (-1, 1), "DVB", 7), ("FONT", (0, 2), (-1, -1), "DV", 7),
                 ("GRID", (0, 0), (-1, -1), .4, colors.black), ("SPAN", (3, 0), (7, 0)),
                 ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (8, 0), (8, 1)),
                 ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDDDDD")), ("ALIGN", (4, 2), (-1, -1), "RIGHT"),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        lines = sk["lines_built"]
        for a, gl in groups_of(lines):
            rows.append(["", ACC[a][0], Paragraph("<b>" + esc(ACC[a][1]) + "</b>", P7), "", "", "", "", "",
                         fmt(sum(l["jumlah_printed"] for l in gl))])
            style.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "DVB", 7))
            for ln in gl:
                rows.append([ln["no"], "", Paragraph(esc(ln["name"]) + "<br/><font size=6>Spesifikasi: " + esc(ln["spec"] or "-") + "</font>", P7),
                             Paragraph(esc(koef_txt(ln)), P7), fmt(ln["volume_printed"]), ln["unit"], fmt(ln["price"]),
                             f"{ln['ppn']}%", fmt(ln["jumlah_printed"])])
        rows.append(["", "", Paragraph("<b>JUMLAH</b>", P7), "", "", "", "", "", fmt(sum(l["jumlah_printed"] for l in lines))])
        style.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "DVB", 7))
        t = Table(rows, colWidths=[24, 78, 250, 120, 48, 62, 72, 30, 90], repeatRows=2)
        t.setStyle(TableStyle(style))
        story.append(t)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ---------------------------------------------------------------- L6: PDF with no ruling lines, header only on page 1
def render_L6(sks, fname):
    sk = sks[0]
    p = os.path.join(DATA, fname)
    W, H = A4
    c = rl_canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setTitle("RKA Protokol 2027")
    y = H - 50
    c.setFont("DVB", 10); c.drawString(40, y, "SEKRETARIAT DAERAH KOTA SAMARINDA"); y -= 13
    c.drawString(40, y, sk["opd"].replace(" Sekretariat Daerah Kota Samarinda", "")); y -= 16
    c.setFont("DV", 8)
    for t in [f"Program    : {sk['program']}", f"Kegiatan   : {sk['kegiatan']}",
              f"Sub Keg.   : {sk['code']} {sk['name']}", f"Keluaran   : {sk['indikator']} ({sk['target']})",
              "Rancangan rincian belanja TA 2027 - bahan pembahasan internal"]:
        c.drawString(40, y, t); y -= 11
    y -= 10
    X = dict(no=40, ur=62, ko=268, sat=372, hs=478, jm=W - 40)
    def header(y):
        c.setFont("DVB", 7.5)
        c.drawString(X["no"], y, "No"); c.drawString(X["ur"], y, "Uraian / Rekening"); c.drawString(X["ko"], y, "Koefisien")
        c.drawString(X["sat"], y, "Volume"); c.drawRightString(X["hs"], y, "Harga"); c.drawRightString(X["jm"], y, "Jumlah")
    header(y); y -= 16
    rows = []
    for a, gl in groups_of(sk["lines_built"]):
        rows.append(("g", a, gl))
        for ln in gl: rows.append(("l", ln, None))
    page = 1
    for kind, obj, gl in rows:
        if y < (60 if page > 1 else 330):   # page 1 ends early (signature area left blank), no header repeat
            c.setFont("DV", 6.5); c.drawRightString(W - 40, 25, f"hal. {page}")
            c.showPage(); page += 1; y = H - 50
        if kind == "g":
            c.setFont("DVB", 7.5)
            c.drawString(X["ur"], y, f"{ACC[obj][0]}  {ACC[obj][1][:78]}")
            c.drawRightString(X["jm"], y, fmt(sum(l["jumlah_printed"] for l in gl)))
            y -= 13
        else:
            ln = obj
            c.setFont("DV", 7)
            c.drawString(X["no"], y, ln["no"]); c.drawString(X["ur"], y, ln["name"])
            c.drawString(X["ko"], y, koef_txt(ln)); c.drawString(X["sat"], y, f"{fmt(ln['volume_printed'])} {ln['unit']}")
            c.drawRightString(X["hs"], y, fmt(ln["price"])); c.drawRightString(X["jm"], y, fmt(ln["jumlah_printed"]))
            y -= 12
    y -= 6
    c.setFont("DVB", 8); c.drawString(X["ur"], y, "TOTAL"); c.drawRightString(X["jm"], y, fmt(sum(l["jumlah_printed"] for l in sk["lines_built"])))
    c.setFont("DV", 6.5); c.drawRightString(W - 40, 25, f"hal. {page}")
    c.showPage(); c.save()

# ---------------------------------------------------------------- L7: xlsx, two sub-kegiatan on one sheet, "160 OH" volume+unit in one cell
def render_L7(sks, fname):
    wb = new_wb(); ws = wb.active; ws.title = "RKA BLK 2027"
    ws["A1"] = "UPTD BALAI LATIHAN KERJA - DINAS TENAGA KERJA KOTA SAMARINDA"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "USULAN RINCIAN ANGGARAN BELANJA TAHUN 2027"; ws["A2"].font = Font(bold=True)
    ws.merge_cells("A1:G1"); ws.merge_cells("A2:G2")
    r = 4
    for si, sk in enumerate(sks, 1):
        ws.cell(r, 1, f"{'I' * si}.").font = Font(bold=True)
        ws.cell(r, 2, f"SUB KEGIATAN {sk['code']}").font = Font(bold=True); r += 1
        ws.cell(r, 2, sk["name"]); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7); r += 1
        ws.cell(r, 2, f"Indikator: {sk['indikator']}  -  Target {sk['target']}"); r += 2
        for c, t in enumerate(["No", "Uraian Komponen", "Rincian", "Volume", "Harga Satuan (Rp)", "Jumlah Biaya (Rp)", "Akun"], 1):
            ws.cell(r, c, t).font = Font(bold=True); ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(horizontal="center")
        r += 1
        for a, gl in groups_of(sk["lines_built"]):
            ws.cell(r, 2, f"Akun {ACC[a][0]} - {ACC[a][1]}").font = Font(italic=True, bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 6, sum(l["jumlah_printed"] for l in gl)).number_format = "#,##0"
            ws.cell(r, 6).font = Font(italic=True)
            r += 1
            for ln in gl:
                vals = [ln["no"], ln["name"] + (" - " + ln["spec"] if ln["spec"] and ln["order"] % 2 else ""),
                        koef_txt(ln).lower(), f"{fmt(ln['volume_printed'])} {ln['unit']}", ln["price"],
                        ln["jumlah_printed"], ACC[a][0]]
                for c, v in enumerate(vals, 1):
                    ws.cell(r, c, v).border = BOX
                ws.cell(r, 1).number_format = "@"
                ws.cell(r, 5).number_format = "#,##0"; ws.cell(r, 6).number_format = "#,##0"
                r += 1
        ws.cell(r, 2, "Sub Total").font = Font(bold=True)
        ws.cell(r, 6, sum(l["jumlah_printed"] for l in sk["lines_built"])).number_format = "#,##0"
        r += 3
    for c, w in zip(range(1, 8), [6, 58, 28, 14, 16, 18, 12]):
        ws.column_dimensions[get_column_letter(c)].width = w
    p = os.path.join(DATA, fname); wb.save(p); fix_zip(p)

# ---------------------------------------------------------------- L5: scanned printout (image-only PDF, 200 dpi, rotated, noisy)
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
SCAN_TRUTH = []
def render_L5(sks, fname):
    pages = []
    nrng = np.random.default_rng(2827)
    f_t = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 30)
    f_n = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 23)
    f_b = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 23)
    for si, sk in enumerate(sks):
        Wp, Hp = 2339, 1654
        img = Image.new("L", (Wp, Hp), 250)
        d = ImageDraw.Draw(img)
        txt = []
        def T(x, y, s, f=f_n, anchor="la"):
            d.text((x, y), s, font=f, fill=25, anchor=anchor); txt.append(s)
        T(Wp // 2, 70, "RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027", f_t, "ma")
        T(Wp // 2, 112, "KECAMATAN SAMARINDA ULU - KOTA SAMARINDA", f_t, "ma")
        y = 175
        for s in [f"Program       : {sk['program']}", f"Kegiatan      : {sk['kegiatan']}",
                  f"Sub Kegiatan  : {sk['code']} {sk['name'][:95]}", f"Indikator     : {sk['indikator']} = {sk['target']}",
                  f"Lokasi        : {sk['lokasi']}"]:
            T(120, y, s); y += 33
        y += 15
        cols = [120, 195, 1010, 1390, 1560, 1800, 2220]  # No | Uraian | Koef | Sat | Harga | Jumlah
        heads = ["No", "Kode Rekening / Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah (Rp)"]
        rh = 40
        d.rectangle([cols[0], y, cols[-1], y + rh], outline=20, width=2)
        for i, h in enumerate(heads):
            T(cols[i] + 8, y + 8, h, f_b)
        y += rh
        rows = []
        for a, gl in groups_of(sk["lines_built"]):
            rows.append(("g", a, gl))
            rows += [("l", l, None) for l in gl]
        for kind, o, gl in rows:
            d.rectangle([cols[0], y, cols[-1], y + rh], outline=20, width=1)
            for cx in (cols[1:-1] if kind == "l" else cols[1:2] + cols[5:6]): d.line([cx, y, cx, y + rh], fill=20, width=1)
            if kind == "g":
                T(cols[1] + 8, y + 8, f"{ACC[o][0]} {ACC[o][1][:62]}", f_b)
                T(cols[6] - 10, y + 8, fmt(sum(l["jumlah_printed"] for l in gl)), f_b, "ra")
            else:
                T(cols[0] + 8, y + 8, o["no"]); T(cols[1] + 30, y + 8, o["name"][:60])
                T(cols[2] + 8, y + 8, koef_txt(o)); T(cols[3] + 8, y + 8, o["unit"])
                T(cols[5] - 10, y + 8, fmt(o["price"]), anchor="ra"); T(cols[6] - 10, y + 8, fmt(o["jumlah_printed"]), anchor="ra")
                if o["volume_printed"] != o["volume_true"] or True:
                    pass
            y += rh
        d.rectangle([cols[0], y, cols[-1], y + rh], outline=20, width=2)
        T(cols[1] + 8, y + 8, "JUMLAH", f_b); T(cols[6] - 10, y + 8, fmt(sum(l["jumlah_printed"] for l in sk["lines_built"])), f_b, "ra")
        y += rh + 40
        T(1700, y, "Samarinda, 2 November 2026"); T(1700, y + 34, "Camat Samarinda Ulu")
        SCAN_TRUTH.append(f"=== page {si + 1} ===\n" + "\n".join(txt))
        # degrade: rotate, noise, blur, slight shading
        ang = [0.9, -1.3][si % 2]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(img).astype(np.float32)
        grad = np.linspace(0, 18, a.shape[1])[None, :]
        a = a - grad + nrng.normal(0, 9, a.shape)
        speck = nrng.random(a.shape) < 0.0015
        a[speck] = 40
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        pages.append(img)
    p = os.path.join(DATA, fname)
    pages[0].save(p, "PDF", resolution=200, save_all=True, append_images=pages[1:],
                  title="scan", producer="Scanner", creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())

# ---------------------------------------------------------------- L8: phone photo (JPG) of a printed page, perspective + uneven light
PHOTO_TRUTH = []
def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()

def render_L8(sks, fname):
    sk = sks[0]
    Wp, Hp = 1240, 1754
    page = Image.new("RGB", (Wp, Hp), (246, 244, 238))
    d = ImageDraw.Draw(page)
    fc = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
    fcb = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
    f_n, f_b, f_t = ImageFont.truetype(fc, 17), ImageFont.truetype(fcb, 17), ImageFont.truetype(fcb, 22)
    txt = []
    def T(x, y, s, f=f_n, anchor="la"):
        d.text((x, y), s, font=f, fill=(30, 30, 35), anchor=anchor); txt.append(s)
    T(Wp // 2, 60, "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA SAMARINDA", f_t, "ma")
    T(Wp // 2, 92, "RINCIAN BELANJA SUB KEGIATAN - TA 2027 (DRAFT)", f_t, "ma")
    y = 140
    for s_ in [f"Program : {sk['program']}", f"Kegiatan : {sk['kegiatan']}", f"Sub Kegiatan : {sk['code']} {sk['name']}",
               f"Indikator : {sk['indikator']} = {sk['target']}"]:
        T(60, y, s_); y += 26
    y += 14
    cols = [40, 88, 560, 800, 918, 1060, 1200]
    rh = 33
    d.rectangle([cols[0], y, cols[-1], y + rh], outline=(20, 20, 20), width=2)
    for i, h in enumerate(["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"]):
        T(cols[i] + 6, y + 7, h, f_b)
    y += rh
    for a, gl in groups_of(sk["lines_built"]):
        d.rectangle([cols[0], y, cols[-1], y + rh], outline=(20, 20, 20), width=1)
        T(cols[1] + 6, y + 7, f"{ACC[a][0]} {ACC[a][1][:70]}", f_b)
        T(cols[6] - 8, y + 7, fmt(sum(l["jumlah_printed"] for l in gl)), f_b, "ra")
        y += rh
        for o in gl:
            d.rectangle([cols[0], y, cols[-1], y + rh], outline=(20, 20, 20), width=1)
            for cx in cols[1:-1]: d.line([cx, y, cx, y + rh], fill=(20, 20, 20), width=1)
            T(cols[0] + 6, y + 7, o["no"]); T(cols[1] + 22, y + 7, o["name"])
            T(cols[2] + 6, y + 7, koef_txt(o)); T(cols[3] + 6, y + 7, o["unit"])
            T(cols[5] - 8, y + 7, fmt(o["price"]), anchor="ra"); T(cols[6] - 8, y + 7, fmt(o["jumlah_printed"]), anchor="ra")
            y += rh
    d.rectangle([cols[0], y, cols[-1], y + rh], outline=(20, 20, 20), width=2)
    T(cols[1] + 6, y + 7, "JUMLAH", f_b); T(cols[6] - 8, y + 7, fmt(sum(l["jumlah_printed"] for l in sk["lines_built"])), f_b, "ra")
    PHOTO_TRUTH.append("\n".join(txt))
    # photograph it: perspective onto a desk, uneven light, noise, blur, JPEG
    OW, OH = 1500, 2000
    dst = [(110, 95), (1400, 160), (1445, 1925), (55, 1875)]
    src = [(0, 0), (Wp, 0), (Wp, Hp), (0, Hp)]
    warped = page.convert("RGBA").transform((OW, OH), Image.PERSPECTIVE, persp_coeffs(dst, src), Image.BICUBIC, fillcolor=(0, 0, 0, 0))
    yy, xx = np.mgrid[0:OH, 0:OW]
    bg = np.zeros((OH, OW, 3), np.float32)
    bg[..., 0] = 120 + 25 * np.sin(xx / 37.0) ; bg[..., 1] = 85 + 15 * np.sin(xx / 37.0); bg[..., 2] = 55
    base = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8)).convert("RGBA")
    base.alpha_composite(warped)
    a = np.asarray(base.convert("RGB")).astype(np.float32)
    light = 1.05 - 0.28 * (((xx - 1100) / 1500.0) ** 2 + ((yy - 400) / 1800.0) ** 2)
    a = a * light[..., None] + np.random.default_rng(88).normal(0, 5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    img.save(os.path.join(DATA, fname), "JPEG", quality=80, optimize=True)

# ---------------------------------------------------------------- L9: Word document, table per sub-kegiatan, merged header, Rp text
def render_L9(sks, fname):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = docx.Document()
    doc.core_properties.created = FIXED_DT; doc.core_properties.modified = FIXED_DT
    doc.core_properties.author = "Bagian Organisasi"; doc.core_properties.last_modified_by = "operator"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, m, Cm(1.6))
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)
    for t in ["PEMERINTAH KOTA SAMARINDA", "SEKRETARIAT DAERAH - BAGIAN ORGANISASI", "RANCANGAN RINCIAN BELANJA TAHUN ANGGARAN 2027"]:
        p = doc.add_paragraph(); r = p.add_run(t); r.bold = True; p.alignment = 1
    for si, sk in enumerate(sks):
        if si: doc.add_page_break()
        doc.add_paragraph(f"Sub Kegiatan\t: {sk['code']} {sk['name']}")
        doc.add_paragraph(f"Kegiatan\t: {sk['kegiatan']}")
        doc.add_paragraph(f"Keluaran\t: {sk['indikator']} ({sk['target']})")
        lines = sk["lines_built"]
        grp = groups_of(lines)
        t = doc.add_table(rows=2, cols=8); t.style = "Table Grid"
        h = t.rows[0].cells
        for i, txt in enumerate(["No", "Uraian", "Perhitungan", "", "", "", "Jumlah", "Kode Rekening"]): h[i].text = txt
        h2 = t.rows[1].cells
        for i, txt in zip(range(2, 6), ["Koefisien", "Volume", "Satuan", "Harga Satuan"]): h2[i].text = txt
        h[2].merge(h[5]); t.rows[0].cells[2].text = "Perhitungan"
        for ci in (0, 1, 6, 7):
            a = t.cell(0, ci); b_ = t.cell(1, ci); txt = a.text; a.merge(b_); a.text = txt
        for row in t.rows[:2]:
            for cell in row.cells:
                shade(cell, "D9E2F3")
                for p in cell.paragraphs:
                    for r in p.runs: r.bold = True
        for a, gl in grp:
            row = t.add_row().cells
            row[1].text = ACC[a][1]; row[6].text = "Rp " + fmt(sum(l["jumlah_printed"] for l in gl)); row[7].text = ACC[a][0]
            for c_ in row: shade(c_, "F2F2F2")
            for ln in gl:
                row = t.add_row().cells
                vals = [ln["no"], ln["name"], koef_txt(ln), fmt(ln["volume_printed"]), ln["unit"], "Rp " + fmt(ln["price"]),
                        "Rp " + fmt(ln["jumlah_printed"]), ""]
                for c_, v in zip(row, vals): c_.text = v
        row = t.add_row().cells
        row[1].text = "JUMLAH SUB KEGIATAN"; row[6].text = "Rp " + fmt(sum(l["jumlah_printed"] for l in lines))
        for r_ in t.rows:
            for c_, w in zip(r_.cells, [Cm(1.1), Cm(8.2), Cm(4.6), Cm(1.7), Cm(2.2), Cm(2.8), Cm(3.2), Cm(3.0)]):
                c_.width = w
        doc.add_paragraph("")
        doc.add_paragraph("Catatan: harga mengacu SSH/SBU 2027; PPN dihitung pada tahap pengadaan.")
    p = os.path.join(DATA, fname); doc.save(p); fix_zip(p)

# ---------------------------------------------------------------- catalogues
def render_ssh(fname):
    wb = new_wb(); ws = wb.active; ws.title = "SSH 2027"
    ws["A1"] = "LAMPIRAN I PERATURAN WALI KOTA SAMARINDA"
    ws["A2"] = "STANDAR SATUAN HARGA (SSH) BARANG PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027"
    ws["A3"] = "Harga tertinggi, belum termasuk Pajak Pertambahan Nilai (PPN)"
    for a in ("A1", "A2"): ws[a].font = Font(bold=True)
    ws.merge_cells("A2:G2")
    r1, r2 = 5, 6
    for c, t in {1: "No", 2: "Kode Barang", 7: "Keterangan"}.items():
        ws.cell(r1, c, t); ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    ws.cell(r1, 3, "Uraian"); ws.merge_cells(start_row=r1, start_column=3, end_row=r1, end_column=4)
    ws.cell(r2, 3, "Nama Barang"); ws.cell(r2, 4, "Spesifikasi")
    ws.cell(r1, 5, "Harga"); ws.merge_cells(start_row=r1, start_column=5, end_row=r1, end_column=6)
    ws.cell(r2, 5, "Satuan"); ws.cell(r2, 6, "Harga Satuan (Rp)")
    for rr in (r1, r2):
        for c in range(1, 8):
            ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).border = BOX
            ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="center")
    r = 7
    last = None; roman = 0
    for it in SSH:
        if it["cat"] != last:
            roman += 1
            ws.cell(r, 2, f"{roman}."); ws.cell(r, 3, it["cat"]).font = Font(bold=True); r += 1
            last = it["cat"]
        for c, v in enumerate([it["no"], it["kode"], it["name"], it["spec"], it["unit"], it["price"], ""], 1):
            ws.cell(r, c, v).border = BOX
        ws.cell(r, 6).number_format = "#,##0"
        r += 1
    for c, w in zip(range(1, 8), [6, 20, 42, 46, 12, 16, 12]):
        ws.column_dimensions[get_column_letter(c)].width = w
    p = os.path.join(DATA, fname); wb.save(p); fix_zip(p)

def render_sbu(fname):
    p = os.path.join(DATA, fname)
    doc = SimpleDocTemplate(p, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=36, bottomMargin=36,
                            title="SBU 2027", author="BPKAD", invariant=1)
    st = [Paragraph("<b>STANDAR BIAYA UMUM (SBU) PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2027</b>",
                    ParagraphStyle("h", fontName="DVB", fontSize=10, alignment=1, leading=13)),
          Paragraph("Besaran merupakan batas tertinggi dan sudah termasuk pajak sesuai ketentuan. Satuan: OJ = orang/jam, "
                    "OK = orang/kegiatan, OB = orang/bulan, OH = orang/hari, OP = orang/peserta, OOH = orang/orang/hari (per orang per hari).", P8),
          Spacer(1, 8)]
    rows = [["No", "Kode", "Uraian", "Spesifikasi/Keterangan", "Satuan", "Besaran (Rp)"]]
    style = [("FONT", (0, 0), (-1, 0), "DVB", 7.5), ("FONT", (0, 1), (-1, -1), "DV", 7.5),
             ("GRID", (0, 0), (-1, -1), .4, colors.black), ("ALIGN", (5, 1), (5, -1), "RIGHT"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]
    last = None
    for it in SBU:
        if it["cat"] != last:
            rows.append(["", "", it["cat"], "", "", ""]); last = it["cat"]
            style += [("SPAN", (2, len(rows) - 1), (5, len(rows) - 1)), ("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "DVB", 7.5)]
        rows.append([str(it["no"]), it["kode"], Paragraph(esc(it["name"]), P7), Paragraph(esc(it["spec"]), P7), it["unit"], fmt(it["price"])])
    t = Table(rows, colWidths=[24, 56, 160, 185, 52, 60], repeatRows=1)
    t.setStyle(TableStyle(style))
    st.append(t)
    doc.build(st)

# ---------------------------------------------------------------- write everything
FILE_INFO = {
 "L1": ("rka_2027_bagian_hukum_setda.xlsx", render_L1, "xlsx_sipd_sheet_per_subkeg_hidden_helpers"),
 "L2": ("RKA_UPTD_PARKIR_TA2027_draft2.xlsx", render_L2, "xlsx_flat_text_prices_no_last"),
 "L3": ("export_rincian_belanja_uptd_rph_2027.csv", render_L3, "csv_semicolon_export_grouped"),
 "L4": ("RKA_SIPD_UPTD_Instalasi_Farmasi_2027.pdf", render_L4, "pdf_sipd_born_digital"),
 "L5": ("scan_rka_kec_samarinda_ulu_2027.pdf", render_L5, "scan_image_pdf_200dpi_rotated"),
 "L6": ("rka_protokol_kompim_2027_draft.pdf", render_L6, "pdf_no_ruling_header_once"),
 "L7": ("Usulan_RBA_BLK_2027.xlsx", render_L7, "xlsx_two_subkeg_one_sheet_volume_unit_cell"),
 "L8": ("foto_hp_rincian_belanja_bpkad_lkpd.jpg", render_L8, "phone_photo_jpg_perspective"),
 "L9": ("Rincian Belanja Bag Organisasi 2027 (rev).docx", render_L9, "docx_table_merged_header_rp_text"),
}
render_ssh(SSH_FILE); render_sbu(SBU_FILE)
manifest, truth_files = [], []
for fid in sorted(FILES):
    fname, fn, lay = FILE_INFO[fid]
    sks = FILES[fid]
    fn(sks, fname)
    stem = os.path.splitext(fname)[0]
    labels = {}
    tl = []
    for sk in sks:
        for ln in sk["lines_built"]:
            labs = sorted(ln["labels"])
            labels[ln["no"]] = labs
            c = CAT.get(ln["ref"]) if ln["ref"] else None
            tl.append(dict(
                no=ln["no"], sub_kegiatan_code=sk["code"], sub_kegiatan_name=sk["name"], sub_kegiatan_purpose=sk["purpose"],
                account_code=ACC[ln["acc_printed"]][0], account_name=ACC[ln["acc_printed"]][1],
                correct_account_code=ACC[ln["acc_correct"]][0], correct_account_name=ACC[ln["acc_correct"]][1],
                item_name=ln["name"], spec=ln["spec"], unit=ln["unit"], koefisien=koef_txt(ln),
                koefisien_parts=[list(p) for p in ln["parts"]], volume_printed=ln["volume_printed"],
                volume_correct=ln["volume_true"], price=ln["price"], price_printed_text=ln.get("price_printed_text"),
                ppn_percent=ln["ppn"], jumlah_printed=ln["jumlah_printed"], jumlah_correct=ln["jumlah_correct"],
                arithmetic_error_kind=ln["arith_kind"],
                catalogue_ref=(dict(file=c["file"], no=c["no"], kode=c["kode"], name=c["name"], spec=c["spec"],
                                    unit=c["unit"], price=c["price"]) if c else None),
                unit_conversion_factor=ln["factor"], catalogue_price_per_rka_unit=ln["cat_unit_price"],
                price_ratio=(round(ln["price"] / ln["cat_unit_price"], 4) if c else None),
                line_kind=ln["kind"], duplicate_of_no=ln.get("dup_of_no"), note=ln["note"], labels=labs))
    with open(os.path.join(DATA, stem + ".labels.json"), "w") as f:
        json.dump({"labels": labels}, f, indent=1, ensure_ascii=False)
    manifest.append(dict(rka=fname, catalogues=[SSH_FILE, SBU_FILE], labels=stem + ".labels.json",
                         opd=sks[0]["opd"], layout=lay))
    truth_files.append(dict(file=fname, layout=lay, opd=sks[0]["opd"],
                            sub_kegiatan=[dict(code=s["code"], name=s["name"], indikator=s["indikator"], target=s["target"]) for s in sks],
                            lines=tl))
with open(os.path.join(DATA, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "truth_lines.json"), "w") as f:
    json.dump(dict(conventions=dict(overpriced_margin=OVER_MARGIN, ppn_percent=PPN,
                                    catalogue_prices="SSH excludes PPN, SBU is tax-inclusive ceiling; compare harga satuan before PPN"),
                   catalogues=dict(ssh=[{k: r[k] for k in ("no", "kode", "cat", "name", "spec", "unit", "price")} for r in SSH],
                                   sbu=[{k: r[k] for k in ("no", "kode", "cat", "name", "spec", "unit", "price")} for r in SBU]),
                   files=truth_files), f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "scan_truth.txt"), "w") as f:
    f.write("\n".join(SCAN_TRUTH) + "\n")
with open(os.path.join(HERE, "photo_truth.txt"), "w") as f:
    f.write("\n".join(PHOTO_TRUTH) + "\n")
# summary
from collections import Counter
cnt = Counter(); n = 0; clean = 0
for tf in truth_files:
    for l in tf["lines"]:
        n += 1; clean += not l["labels"]; cnt.update(l["labels"])
print("lines", n, "clean", clean, f"({clean / n:.0%})", dict(cnt), "ssh", len(SSH), "sbu", len(SBU))
