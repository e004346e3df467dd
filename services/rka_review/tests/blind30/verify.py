#!/usr/bin/env python3
"""Verify the review30 set: files vs truth, labels vs truth, recomputed ARITHMETIC/OVERPRICED, counts."""
import json, os, re, sys, csv
from fractions import Fraction as F
from collections import Counter
import openpyxl, pypdf

HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []
def err(m): errors.append(m)
def norm(s): return re.sub(r"\s+", "", str(s)).lower()

def dump(path, scan_truth=None):
    if scan_truth: return open(os.path.join(HERE, scan_truth), encoding="utf-8").read()
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path); parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    parts.append(str(int(v)) if isinstance(v, (int, float)) and float(v).is_integer() else str(v))
        return "|".join(parts)
    if path.endswith(".csv"): return open(path, encoding="utf-8-sig").read()
    if path.endswith(".pdf"): return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    raise ValueError(path)

def parse_money(s):
    s = s.strip()
    m = re.fullmatch(r"([\d,]+)\s*jt", s)
    if m: return int(F(m.group(1).replace(",", ".")) * 1000000)
    s = s.replace("Rp", "").strip()
    if s.endswith(",00"): s = s[:-3]
    return int(s.replace(".", ""))

manifest = json.load(open(os.path.join(DATA, "manifest.json"), encoding="utf-8"))
truth = json.load(open(os.path.join(HERE, "truth_lines.json"), encoding="utf-8"))
tot = Counter(); nlines = 0; nclean = 0; layouts = set(); opds = set(); subs = set()
cat_dumps = {}
for e in manifest:
    for k in ("rka", "catalogues", "labels", "opd", "layout"): assert k in e, e
    for c in e["catalogues"]:
        if c not in cat_dumps: cat_dumps[c] = norm(dump(os.path.join(DATA, c)))
    t = truth["files"][e["rka"]]
    text = norm(dump(os.path.join(DATA, e["rka"]), t.get("scan_truth")))
    labels = json.load(open(os.path.join(DATA, e["labels"]), encoding="utf-8"))["labels"]
    layouts.add(e["layout"]); opds.add(e["opd"])
    if set(labels) != {L["no"] for L in t["lines"]}: err(f"{e['rka']}: label keys differ from truth")
    for L in t["lines"]:
        nlines += 1; subs.add(L["sub_kegiatan_code"])
        where = f"{e['rka']} No {L['no']}"
        p = L["printed"]
        for fld in ("no", "name", "price", "jumlah"):
            if norm(p[fld]) not in text: err(f"{where}: printed {fld} {p[fld]!r} not found in file")
        if parse_money(p["price"]) != L["price"]: err(f"{where}: printed price {p['price']} != {L['price']}")
        if parse_money(p["jumlah"]) != L["jumlah"]: err(f"{where}: printed jumlah {p['jumlah']} != {L['jumlah']}")
        if p.get("volume") and norm(p["volume"]) not in text: err(f"{where}: volume {p['volume']} not found")
        if sorted(labels[L["no"]]) != sorted(L["labels"]): err(f"{where}: labels file {labels[L['no']]} != truth {L['labels']}")
        # independent recomputation
        prod = 1
        for q, _ in L["koefisien"]: prod *= q
        correct = int((F(prod) * L["price"] * (1 + F(L["ppn_percent"], 100)) + F(1, 2)) // 1)
        arith = (L["volume"] != prod) or (L["jumlah"] != correct)
        if arith != ("ARITHMETIC" in L["labels"]): err(f"{where}: ARITHMETIC recomputed {arith}")
        ref = L["catalogue_ref"]
        if ref:
            over = F(L["price"]) > F(ref["price"]) * F(ref["conv"]) * F(11, 10)
            if over != ("OVERPRICED" in L["labels"]): err(f"{where}: OVERPRICED recomputed {over}")
            cd = cat_dumps[ref["file"]]
            pr = str(ref["price"]) if ref["file"].endswith(".xlsx") else f"{ref['price']:,}".replace(",", ".")
            if norm(ref["name"]) not in cd or norm(pr) not in cd or norm(ref["kode"]) not in cd: err(f"{where}: catalogue row {ref['kode']} not found in {ref['file']}")
            if "NO_PRICE_REFERENCE" in L["labels"]: err(f"{where}: NPR with a reference")
        else:
            if "NO_PRICE_REFERENCE" not in L["labels"]: err(f"{where}: no reference but not NPR")
            if "OVERPRICED" in L["labels"]: err(f"{where}: OVERPRICED without reference")
        am = L["account_code"] != L["correct_account_code"]
        if am != ("ACCOUNT_MISMATCH" in L["labels"]): err(f"{where}: ACCOUNT_MISMATCH inconsistent")
        if norm(L["account_code"]) not in text: err(f"{where}: account code not in file")
        if ("DUPLICATE" in L["labels"]) != (L["duplicate_of_no"] is not None): err(f"{where}: DUPLICATE inconsistent")
        tot.update(L["labels"]); nclean += not L["labels"]
    # duplicates: the original must be printed earlier in the same sub-kegiatan
    order = [L["no"] for L in t["lines"]]
    for L in t["lines"]:
        if L["duplicate_of_no"]:
            o = next(x for x in t["lines"] if x["no"] == L["duplicate_of_no"])
            if o["sub_kegiatan_code"] != L["sub_kegiatan_code"] or o["catalogue_key"] != L["catalogue_key"]: err(f"{e['rka']} No {L['no']}: bad duplicate pair")
            if "DUPLICATE" in o["labels"]: err(f"{e['rka']} No {o['no']}: original also labelled DUPLICATE")
            if order.index(o["no"]) >= order.index(L["no"]): err(f"{e['rka']} No {L['no']}: duplicate printed before its original")
    # printed order: truth lines are stored in printed order; check the numbers appear in that order in the text
    pos = 0
    for L in t["lines"]:
        key = norm(L["printed"]["name"]); i = text.find(key, pos)
        if i < 0: err(f"{e['rka']} No {L['no']}: name not found after previous line (order)")
        else: pos = i
cat_rows = sum(1 for c in cat_dumps) 
print("RKA files:", len(manifest), "layouts:", len(layouts), "OPDs:", len(opds), "sub-kegiatan:", len(subs))
print("lines:", nlines, "clean:", nclean, f"({100 * nclean / nlines:.0f}%)", "labels:", dict(tot))
if nlines < 200: err("fewer than 200 lines")
for t_ in TYPES:
    if tot[t_] < 25: err(f"{t_} has only {tot[t_]}")
if len(layouts) < 6 or len(opds) < 5 or len(subs) < 9: err("not enough variety")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print("dir size MB:", round(size / 1e6, 2))
if size > 15e6: err("too big")
if errors:
    print("\n".join(errors[:60])); print("FAILED", len(errors)); sys.exit(1)
print("OK")
