#!/usr/bin/env python3
"""Independent checks of review38: every labelled line is really in its file, labels agree with the truth,
ARITHMETIC / OVERPRICED / ACCOUNT_MISMATCH / DUPLICATE / NO_PRICE_REFERENCE / OFF_TARGET recomputed from truth fields
and from the catalogue files themselves."""
import sys, os, json, csv, re
sys.dont_write_bytecode = True
from fractions import Fraction
HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, "data")
ERR = []
def err(m): ERR.append(m)
def idr(n): return f"{int(n):,}".replace(",", ".")
def jt(v):
    t = (f"{v / 1000000.0:.2f}").rstrip("0").rstrip(".").replace(".", ","); return f"{t} jt"
def norm(s): return re.sub(r"\s+", " ", str(s)).strip()

truth = json.load(open(os.path.join(HERE, "truth_lines.json"), encoding="utf-8"))
manifest = json.load(open(os.path.join(DATA, "manifest.json"), encoding="utf-8"))
LABS = ["NO_PRICE_REFERENCE", "OFF_TARGET", "DUPLICATE", "OVERPRICED", "ARITHMETIC", "ACCOUNT_MISMATCH"]

# ---- catalogue prices read back from the catalogue files
from openpyxl import load_workbook
from pypdf import PdfReader
cat_price = {}
ws = load_workbook(os.path.join(DATA, "ssh_kota_samarinda_2027.xlsx")).active
hdr = [c.value for c in ws[7]]
assert hdr[5] == "TA 2026" and hdr[6] == "TA 2027", hdr
for row in ws.iter_rows(min_row=8, values_only=True):
    if row[1] and isinstance(row[6], int): cat_price[("ssh_kota_samarinda_2027.xlsx", row[1])] = (row[6], row[4], row[5])
sbu_text = "\n".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "sbu_kota_samarinda_2027.pdf")).pages)
toks = [t.strip() for t in sbu_text.splitlines()]
for i, t in enumerate(toks):
    if re.fullmatch(r"SBU\.\d\d\.\d\d", t):
        for u in toks[i + 1:i + 12]:
            if re.fullmatch(r"\d{1,3}(\.\d{3})+", u):
                cat_price[("sbu_kota_samarinda_2027.pdf", t)] = (int(u.replace(".", "")), None, None); break
n_cat = len(cat_price)
if n_cat < 300: err(f"catalogue rows read back {n_cat} < 300")

# ---- per-file row readers
def xlsx_rows(path):
    wb = load_workbook(path); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True): out.append([c for c in row])
    return out
def csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f: return [r for r in csv.reader(f, delimiter=";")]
def docx_rows(path):
    from docx import Document
    d = Document(path); out = []
    for t in d.tables:
        for r in t.rows: out.append([c.text for c in r.cells])
    return out

def price_forms(v): return {v, str(v), idr(v), "Rp " + idr(v), jt(v)}

def check_row_file(rows, L, col_no_first=True):
    cands = [r for r in rows if any(str(c).strip() == L["no"] for c in r if c is not None)]
    if not cands: return f"No {L['no']} not found"
    for r in cands:
        cells = [c for c in r if c is not None]
        s = [norm(c) for c in cells]
        if not any(L["item"] in x for x in s): continue
        if not any(c in price_forms(L["price"]) for c in cells): continue
        if not any(c in price_forms(L["jumlah"]) for c in cells): continue
        return None
    return f"No {L['no']}: row lacks name/price/jumlah ({L['item']}, {L['price']}, {L['jumlah']})"

totals = {k: 0 for k in LABS}; nlines = 0; nclean = 0; conv_lines = 0
for M in manifest:
    fn = M["rka"]; path = os.path.join(DATA, fn)
    if not os.path.exists(path): err(f"missing {fn}"); continue
    for c in M["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)): err(f"missing catalogue {c}")
    T = truth["files"][fn]; lines = T["lines"]
    labels = json.load(open(os.path.join(DATA, M["labels"]), encoding="utf-8"))["labels"]
    nos = [l["no"] for l in lines]
    if len(set(nos)) != len(nos): err(f"{fn}: duplicate No")
    if set(labels) != set(nos): err(f"{fn}: label keys differ from truth")
    lay = M["layout"]
    if fn.endswith(".xlsx"): rows = xlsx_rows(path)
    elif fn.endswith(".csv"): rows = csv_rows(path)
    elif fn.endswith(".docx"): rows = docx_rows(path)
    elif lay == "scan_image_pdf":
        rows = None; st = open(os.path.join(HERE, "scan_truth.txt"), encoding="utf-8").read().splitlines()
        if PdfReader(path).pages[0].extract_text().strip(): err("scan has a text layer")
    else:
        rows = None; pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
    pos = {l["no"]: i for i, l in enumerate(lines)}
    for L in lines:
        nlines += 1
        # presence
        if rows is not None:
            m = check_row_file(rows, L)
            if m: err(f"{fn}: {m}")
        elif lay == "scan_image_pdf":
            want = " | ".join([L["no"], L["printed_name"], idr(L["volume"]), L["unit"], idr(L["price"]), idr(L["jumlah"])])
            if want not in st: err(f"{fn}: scan line {L['no']} not in scan_truth")
            if not L["item"].startswith(L["printed_name"][:min(len(L["item"]), len(L["printed_name"]))]): err(f"{fn}: printed name mismatch {L['no']}")
        else:
            ok = any(f" {L['no']} " in f" {p} " and norm(L["item"]) in p and idr(L["price"]) in p and idr(L["jumlah"]) in p for p in pages)
            if not ok: err(f"{fn}: line {L['no']} not found on any PDF page")
        # labels agree
        lab = labels.get(L["no"], None)
        if sorted(lab or []) != sorted(L["labels"]): err(f"{fn}: labels differ for {L['no']}")
        labs = set(L["labels"])
        for x in labs: totals[x] += 1
        nclean += not labs
        # ARITHMETIC recomputed
        prod = 1
        for q, _ in L["koef"]: prod *= q
        ppn = L["ppn"] or 0
        exp = int(round(L["volume"] * L["price"] * (100 + ppn) / 100.0))
        arith = (exp != L["jumlah"]) or (T["has_koef"] and prod != L["volume"])
        if not T["has_koef"] and prod != L["volume"]: err(f"{fn}: hidden koef mismatch {L['no']}")
        if arith != ("ARITHMETIC" in labs): err(f"{fn}: ARITHMETIC mismatch at {L['no']}")
        # catalogue-based checks
        if L["kind"] == "noref":
            if L["cat_kode"] is not None: err(f"{fn}: noref with catalogue {L['no']}")
            if "NO_PRICE_REFERENCE" not in labs or "OVERPRICED" in labs: err(f"{fn}: noref labels {L['no']}")
        else:
            if "NO_PRICE_REFERENCE" in labs: err(f"{fn}: NO_PRICE_REFERENCE on catalogue line {L['no']}")
            key = (L["cat_file"], L["cat_kode"])
            if key not in cat_price: err(f"{fn}: catalogue row {key} not found in file"); continue
            cp = cat_price[key][0]
            if cp != L["cat_price"]: err(f"{fn}: catalogue price differs {key}")
            conv = Fraction(L["conv"]); ref = cp * conv
            if conv != 1: conv_lines += (fn.startswith("rka_uptd"))
            over = L["price"] > ref * Fraction(110, 100)
            if over != ("OVERPRICED" in labs): err(f"{fn}: OVERPRICED mismatch at {L['no']} price {L['price']} ref {float(ref)}")
            if not over and L["price"] > ref: err(f"{fn}: clean line above reference {L['no']}")
            if over and L["price"] <= ref * Fraction(115, 100): err(f"{fn}: overpriced margin too thin {L['no']}")
        if (L["acct_code"] != L["acct_ok_code"]) != ("ACCOUNT_MISMATCH" in labs): err(f"{fn}: ACCOUNT_MISMATCH mismatch {L['no']}")
        if (L["kind"] == "off") != ("OFF_TARGET" in labs): err(f"{fn}: OFF_TARGET mismatch {L['no']}")
        if (L["kind"] == "dup") != ("DUPLICATE" in labs): err(f"{fn}: DUPLICATE mismatch {L['no']}")
        if L["kind"] == "dup":
            src = next((x for x in lines if x["no"] == L["dup_of"]), None)
            if not src or pos[src["no"]] >= pos[L["no"]] or src["cat_kode"] != L["cat_kode"] or src["sub_code"] != L["sub_code"]:
                err(f"{fn}: bad duplicate {L['no']}")
    # one DUPLICATE per source
    srcs = [l["dup_of"] for l in lines if l["kind"] == "dup"]
    if len(srcs) != len(set(srcs)): err(f"{fn}: a line duplicated twice")

if nlines < 200: err(f"only {nlines} lines")
for k, v in totals.items():
    if v < 25: err(f"label {k} only {v}")
if conv_lines < 15: err(f"unit-conversion lines in puskesmas file {conv_lines} < 15")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024: err(f"size {size}")
print(f"files {len(manifest)} lines {nlines} clean {nclean} ({100 * nclean / nlines:.0f}%) labels {totals} conv_lines {conv_lines} catalogue_rows {n_cat} size {size / 1e6:.2f} MB")
if ERR:
    print("\n".join(ERR[:60])); print(f"FAIL ({len(ERR)} errors)"); sys.exit(1)
print("OK")
