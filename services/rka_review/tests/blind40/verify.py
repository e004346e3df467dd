#!/usr/bin/env python3
"""Independent checks of review40: truth vs files, labels vs truth, arithmetic/price recomputation."""
import csv, json, os, re, sys
from collections import Counter, defaultdict
from fractions import Fraction
import openpyxl, pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "data")
ERR = []


def err(m):
    ERR.append(m)


def idr(x):
    return f"{int(x):,}".replace(",", ".")


def ns(t):
    return re.sub(r"\s+", "", t)


# ---------- catalogues, read from the files themselves
cat = {}
wb = openpyxl.load_workbook(os.path.join(D, "ssh_2027_kota_samarinda.xlsx"))
for row in wb.active.iter_rows(min_row=7, values_only=True):
    if row[1]:
        cat[row[1]] = dict(name=row[2], spec=row[3], unit=row[4], price=Fraction(row[5]))
n_ssh = len(cat)
with open(os.path.join(D, "ssh_sektoral_perikanan_kebencanaan_2027.csv"), encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter=";"))[2:]
for r in rows:
    cat[r[0]] = dict(name=r[2], spec=r[3], unit=r[4], price=Fraction(r[5].replace(".", "").replace(",", ".")))
n_ssh2 = len(rows)
sbu_text = "".join(p.extract_text() for p in pypdf.PdfReader(os.path.join(D, "sbu_2027_kota_samarinda.pdf")).pages)
tc = json.load(open(os.path.join(HERE, "truth_catalogues.json")))
n_sbu = 0
for c in tc["sbu"]:
    if ns(c["kode"]) not in ns(sbu_text) or ns(idr(c["price"])) not in ns(sbu_text) or ns(c["name"]) not in ns(sbu_text):
        err(f"SBU row missing in pdf: {c['kode']}")
    cat[c["kode"]] = dict(name=c["name"], spec=c["spec"], unit=c["unit"], price=Fraction(c["price"]))
    n_sbu += 1
ncat = n_ssh + n_ssh2 + n_sbu
if ncat < 300: err(f"only {ncat} catalogue rows")
names_all = {ns(c["name"]).lower() for c in cat.values()}

truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
TH = Fraction(truth["conventions"]["over_threshold"]).limit_denominator(100)
manifest = json.load(open(os.path.join(D, "manifest.json")))
counts = Counter(); nlines = 0; nclean = 0; subs = set(); opds = set(); layouts = set()


def parse_price_text(t):
    if isinstance(t, (int, float)): return int(t)
    t = t.strip()
    if t.endswith("jt"):
        return int(round(float(t[:-2].strip().replace(",", ".")) * 1000000))
    t = t.replace("Rp.", "").replace("Rp", "").replace(",-", "").strip()
    return int(t.replace(".", ""))


for m in manifest:
    fn = m["rka"]; path = os.path.join(D, fn)
    if not os.path.exists(path): err("missing " + fn); continue
    for c in m["catalogues"]:
        if not os.path.exists(os.path.join(D, c)): err("missing catalogue " + c)
    lab = json.load(open(os.path.join(D, m["labels"])))["labels"]
    T = truth["files"][fn]["lines"]
    opds.add(m["opd"]); layouts.add(m["layout"])
    if set(lab) != {t["no"] for t in T}: err(f"{fn}: label keys != truth nos")
    # ---- file presence
    ext = fn.rsplit(".", 1)[1].lower()
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path)
        rowsby = {}
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                if row and isinstance(row[0], int):
                    if str(row[0]) in rowsby: err(f"{fn}: No {row[0]} printed twice")
                    rowsby[str(row[0])] = row
        if set(rowsby) != set(lab): err(f"{fn}: printed No set differs from labels")
        for t in T:
            row = rowsby.get(t["no"])
            if row is None: err(f"{fn}: no row {t['no']}"); continue
            txt = " | ".join("" if v is None else str(v) for v in row)
            if t["item"] not in txt: err(f"{fn} {t['no']}: item not in row")
            if "multisheet" in m["layout"]:
                if parse_price_text(row[3]) != t["price"]: err(f"{fn} {t['no']}: price {row[3]} != {t['price']}")
                if parse_price_text(row[2]) != t["jumlah"]: err(f"{fn} {t['no']}: jumlah")
                if row[4] != f"{t['volume']} {t['unit']}" and row[4] != f"{t['volume']} {t['unit'].lower()}": err(f"{fn} {t['no']}: vol/sat")
                if t["acc_code"] not in row[5]: err(f"{fn} {t['no']}: account")
            else:
                if row[6] != t["price"] or row[8] != t["jumlah"] or row[4] != t["volume"] or row[7] != t["ppn"]:
                    err(f"{fn} {t['no']}: numbers differ")
                if row[3] != t["koef_text"]: err(f"{fn} {t['no']}: koef")
    elif ext == "csv":
        with open(path, encoding="utf-8-sig") as f:
            rr = {r["no"]: r for r in csv.DictReader(f)}
        for t in T:
            r = rr.get(t["no"])
            if not r: err(f"{fn}: no row {t['no']}"); continue
            if r["uraian_belanja"] != t["item"] or int(r["harga_satuan"]) != t["price"] or int(r["total_harga"]) != t["jumlah"] \
                    or r["koefisien"] != t["koef_text"] or r["kode_akun"] != t["acc_code"]:
                err(f"{fn} {t['no']}: csv row differs")
    else:
        if ext == "pdf" and "scan" not in m["layout"]:
            pages = [p.extract_text() for p in pypdf.PdfReader(path).pages]
            text = ns("".join(pages))
        else:
            tf = "scan_truth.txt" if "scan" in m["layout"] else "photo_truth.txt"
            if ext == "pdf":
                rd = pypdf.PdfReader(path)
                if any(p.extract_text().strip() for p in rd.pages): err(f"{fn}: scan has a text layer")
            text = ns(open(os.path.join(HERE, "truth_text", tf)).read())
        for t in T:
            for v in (t["item"], idr(t["price"]), idr(t["jumlah"]), t["acc_code"]):
                if ns(v) not in text: err(f"{fn} {t['no']}: '{v}' not found in file text")
    # ---- labels vs truth, recomputed
    bysub = defaultdict(list)
    for t in sorted(T, key=lambda t: int(t["no"])):
        nlines += 1; subs.add(t["sub_code"])
        L = set(lab[t["no"]])
        if L != set(t["labels"]): err(f"{fn} {t['no']}: labels file != truth")
        if not L: nclean += 1
        for x in L: counts[x] += 1
        prod = 1
        for n, _ in t["koef"]: prod *= n
        corr = (t["volume"] * t["price"] * (100 + t["ppn"]) + 50) // 100
        arith = t["volume"] != prod or t["jumlah"] != corr
        if arith != ("ARITHMETIC" in L): err(f"{fn} {t['no']}: ARITHMETIC recompute {arith}")
        if t["cat_kode"]:
            c = cat[t["cat_kode"]]
            if c["name"] != t["cat_name"] or int(c["price"]) != t["cat_price"]: err(f"{fn} {t['no']}: catalogue row mismatch")
            ref = c["price"] * Fraction(t["conv"])
            over = t["price"] > TH * ref
            if over != ("OVERPRICED" in L): err(f"{fn} {t['no']}: OVERPRICED recompute {over}")
            if not over and t["price"] > ref: err(f"{fn} {t['no']}: clean price above catalogue (grey zone)")
            if "NO_PRICE_REFERENCE" in L: err(f"{fn} {t['no']}: NOREF with catalogue ref")
        else:
            if "NO_PRICE_REFERENCE" not in L: err(f"{fn} {t['no']}: no ref but not labelled")
            if ns(t["item"]).lower() in names_all: err(f"{fn} {t['no']}: noref item name is in a catalogue")
            if "OVERPRICED" in L: err(f"{fn} {t['no']}: OVERPRICED without ref")
        if (t["acc_code"] != t["true_acc_code"]) != ("ACCOUNT_MISMATCH" in L): err(f"{fn} {t['no']}: ACCOUNT recompute")
        need = t["cat_kode"] or t["item"]
        earlier = [u for u in bysub[t["sub_code"]] if (u["cat_kode"] or u["item"]) == need]
        if bool(earlier) != ("DUPLICATE" in L): err(f"{fn} {t['no']}: DUPLICATE recompute")
        if "DUPLICATE" in L and earlier and earlier[0]["volume_true"] != t["volume_true"]: err(f"{fn} {t['no']}: dup volume")
        bysub[t["sub_code"]].append(t)

for k in ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]:
    if counts[k] < 25: err(f"label {k} only {counts[k]}")
if nlines < 200: err(f"only {nlines} lines")
if len(opds) < 5 or len(subs) < 9 or len(layouts) < 6: err("too few OPDs/subs/layouts")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15e6: err(f"size {size}")
print(f"catalogue rows: SSH {n_ssh}, SSH2 {n_ssh2}, SBU {n_sbu} = {ncat}")
print(f"RKA files {len(manifest)}, OPDs {len(opds)}, sub-kegiatan {len(subs)}, layouts {len(layouts)}, lines {nlines}, clean {nclean} ({100*nclean/nlines:.0f}%)")
print("labels:", dict(counts)); print("size bytes:", size)
if ERR:
    print("\n".join(ERR[:60])); print(f"FAILED with {len(ERR)} errors"); sys.exit(1)
print("VERIFY OK")
