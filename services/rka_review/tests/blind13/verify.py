# -*- coding: utf-8 -*-
"""Independent checks of the review13 set: files vs truth vs labels. Exit 1 on any failure."""
import json, os, re, sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, "data")
ERR = []
def err(m): ERR.append(m)
def rint(x): return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
def idr(v): return f"{int(v):,}".replace(",", ".")
def norm(s): return re.sub(r"\s+", "", str(s)).lower()

def parse_price(v):
    if v is None: return None
    if isinstance(v, (int, float)): return float(v)
    s = str(v).strip().lower().replace("rp", "").strip(" .")
    if s.endswith(",00"): s = s[:-3]
    m = re.fullmatch(r"([\d.,]+)\s*(jt|rb)", s)
    if m:
        x = float(m.group(1).replace(".", "").replace(",", ".")) if "," in m.group(1) else float(m.group(1))
        return x * (1e6 if m.group(2) == "jt" else 1e3)
    if re.fullmatch(r"[\d.]+", s): return float(s.replace(".", ""))
    return None

manifest = json.load(open(os.path.join(DATA, "manifest.json")))
truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
conv = truth["conventions"]; MARGIN = conv["overpriced_if_price_gt_catalogue_times"]
tfiles = {f["rka"]: f for f in truth["files"]}

# catalogues
ssh_rows = {}
wb = load_workbook(os.path.join(DATA, "ssh_barang_samarinda_2027.xlsx"), data_only=True)
for row in wb.active.iter_rows(values_only=True):
    if isinstance(row[0], int) and row[1]:
        ssh_rows[row[1]] = row
sbu_text = norm("".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "sbu_samarinda_2027.pdf")).pages))
ncat = len(ssh_rows) + sbu_text.count("sbu.")
if ncat < 300: err(f"catalogue rows {ncat} < 300")

counts = Counter(); nlines = 0; nclean = 0; opds = set(); subs = set(); layouts = set()
for m in manifest:
    f = tfiles.get(m["rka"])
    if not f: err("no truth for " + m["rka"]); continue
    for c in m["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)): err("missing catalogue " + c)
    labels = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
    opds.add(m["opd"]); layouts.add(m["layout"])
    nos = [l["no"] for l in f["lines"]]
    if len(set(nos)) != len(nos): err(m["rka"] + ": duplicate No")
    if set(labels) != set(nos): err(m["rka"] + ": label keys differ from truth lines")
    path = os.path.join(DATA, m["rka"])
    lay = m["layout"]
    # --- load file content
    if path.endswith(".xlsx"):
        wbr = load_workbook(path, data_only=True)
        rows = [list(r) for ws in wbr.worksheets for r in ws.iter_rows(values_only=True)]
        nocol = 2 if lay.startswith("L3") else 0
    elif lay.startswith("L5"):
        pdf = PdfReader(path)
        if any((p.extract_text() or "").strip() for p in pdf.pages): err(m["rka"] + ": scan has a text layer")
        scan_lines = open(os.path.join(HERE, "scan_truth.txt")).read().split("\n")
        scan_norm = [norm(s) for s in scan_lines]
    else:
        pdf = PdfReader(path)
        ptexts = [norm(p.extract_text()) for p in pdf.pages]
        for i, t in enumerate(ptexts):
            if "koderekening" not in t or "jumlah" not in t: err(f"{m['rka']} page {i+1}: table header not repeated")
    order = {l["no"]: i for i, l in enumerate(f["lines"])}
    bycat = {}
    for l in f["lines"]:
        nlines += 1; subs.add(l["sub_kegiatan_code"])
        lab = sorted(labels.get(l["no"], []))
        if lab != sorted(l["labels"]): err(f"{m['rka']} {l['no']}: labels file {lab} != truth {l['labels']}")
        if not lab: nclean += 1
        for x in lab: counts[x] += 1
        # presence
        if path.endswith(".xlsx"):
            hit = [r for r in rows if len(r) > nocol and str(r[nocol]) == l["no"]]
            if len(hit) != 1: err(f"{m['rka']} {l['no']}: No found {len(hit)} times"); continue
            r = hit[0]
            if not any(isinstance(v, str) and l["printed_name"] in v for v in r): err(f"{m['rka']} {l['no']}: name not in row")
            prices = [parse_price(v) for v in r]
            if float(l["price"]) not in prices: err(f"{m['rka']} {l['no']}: price {l['price']} not in row {r}")
            if float(l["jumlah"]) not in prices: err(f"{m['rka']} {l['no']}: jumlah not in row")
        elif lay.startswith("L5"):
            k = [i for i, s in enumerate(scan_lines) if s == l["no"]]
            if not k: err(f"scan {l['no']}: No not drawn"); continue
            win = "".join(scan_norm[k[0]:k[0] + 6])
            for v in (l["printed_name"], idr(l["price"]), idr(l["jumlah"])):
                if norm(v) not in win: err(f"scan {l['no']}: {v} not drawn")
        else:
            pg = l.get("page")
            t = ptexts[pg - 1] if pg else ""
            for v in (l["printed_name"], idr(l["price"]), idr(l["jumlah"])):
                if norm(v) not in t: err(f"{m['rka']} {l['no']}: {v!r} not on page {pg}")
        # ARITHMETIC recomputed
        prod = 1
        for n, _ in l["koefisien"]: prod *= n
        ppn = l["ppn_percent"]
        arith = (l["volume_printed"] != prod) or (l["jumlah"] != rint(l["volume_printed"] * l["price"] * (100 + ppn) / 100))
        if l["jumlah_correct"] != rint(prod * l["price"] * (100 + ppn) / 100): err(f"{l['no']}: jumlah_correct wrong")
        if arith != ("ARITHMETIC" in lab): err(f"{m['rka']} {l['no']}: ARITHMETIC recompute {arith}")
        if ppn and not f["has_ppn_column"]: err(f"{l['no']}: PPN in a file without PPN column")
        # catalogue / OVERPRICED / NO_PRICE_REFERENCE
        c = l["catalogue"]
        if (c is None) != ("NO_PRICE_REFERENCE" in lab): err(f"{m['rka']} {l['no']}: NO_PRICE_REFERENCE mismatch")
        if c:
            if c["file"].endswith(".xlsx"):
                row = ssh_rows.get(c["kode"])
                if not row or row[5] != c["price"] or row[4] != c["unit"]: err(f"{l['no']}: catalogue row {c['kode']} mismatch")
            else:
                if norm(c["kode"]) + norm(c["name"]) not in sbu_text and norm(c["kode"]) not in sbu_text: err(f"{l['no']}: SBU kode missing")
                if norm(idr(c["price"])) not in sbu_text: err(f"{l['no']}: SBU price missing")
            ratio = l["price"] / (c["price"] * c["conv_catalogue_units_per_rka_unit"])
            over = ratio > MARGIN
            if over != ("OVERPRICED" in lab): err(f"{m['rka']} {l['no']}: OVERPRICED recompute ratio {ratio:.3f}")
            if not over and ratio > 1.0 + 1e-9: err(f"{l['no']}: clean price above catalogue ({ratio:.3f})")
            if over and ratio < 1.25: err(f"{l['no']}: overpriced margin too thin")
        # account
        mism = l["account_code"] not in l["account_fits"]
        if mism != ("ACCOUNT_MISMATCH" in lab): err(f"{m['rka']} {l['no']}: ACCOUNT_MISMATCH mismatch")
        # off target
        off = l["notes"].startswith(("off target", "uncatalogued and off target"))
        if off != ("OFF_TARGET" in lab): err(f"{m['rka']} {l['no']}: OFF_TARGET note mismatch")
        # duplicates
        if "DUPLICATE" in lab:
            d = l.get("duplicate_of_no")
            ref = next((x for x in f["lines"] if x["no"] == d), None)
            if not ref or order[d] >= order[l["no"]] or ref["sub_kegiatan_code"] != l["sub_kegiatan_code"]:
                err(f"{m['rka']} {l['no']}: bad duplicate reference")
            elif not ref["catalogue"] or not c or ref["catalogue"]["kode"] != c["kode"]:
                err(f"{m['rka']} {l['no']}: duplicate of a different item")
            elif "DUPLICATE" in ref["labels"]:
                err(f"{l['no']}: duplicate of a duplicate")
            else:
                q1 = ref["volume_correct"] * ref["catalogue"]["conv_catalogue_units_per_rka_unit"]
                q2 = l["volume_correct"] * c["conv_catalogue_units_per_rka_unit"]
                if abs(q1 - q2) > 1e-6: err(f"{l['no']}: duplicate quantity differs")
        elif l.get("duplicate_of_no"): err(f"{l['no']}: duplicate_of without label")
        # unlabelled repeated catalogue items within a sub-kegiatan must not exist
        if c:
            key = (l["sub_kegiatan_code"], c["kode"])
            if key in bycat and "DUPLICATE" not in lab: err(f"{m['rka']} {l['no']}: unlabelled repeat of {c['kode']}")
            bycat.setdefault(key, l["no"])

print(f"files {len(manifest)}  OPDs {len(opds)}  sub-kegiatan {len(subs)}  layouts {len(layouts)}  lines {nlines}  clean {nclean} ({100*nclean/max(nlines,1):.1f}%)  catalogue rows {ncat}")
print("labels:", dict(sorted(counts.items())))
if nlines < 200: err("fewer than 200 lines")
if len(opds) < 5: err("fewer than 5 OPDs")
if len(subs) < 9: err("fewer than 9 sub-kegiatan")
if len(layouts) < 6: err("fewer than 6 layouts")
for k in ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]:
    if counts[k] < 25: err(f"label {k} only {counts[k]}")
size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(HERE) for fn in fns)
print(f"total size {size/1e6:.2f} MB")
if size > 15e6: err("set larger than 15 MB")
if ERR:
    print("FAIL"); [print(" -", e) for e in ERR[:80]]; print(len(ERR), "errors"); sys.exit(1)
print("OK")
