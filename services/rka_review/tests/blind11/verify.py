#!/usr/bin/env python3
"""Consistency checks for the review11 blind set. Exit code 0 = pass."""
import json, os, sys
from collections import Counter, defaultdict
from openpyxl import load_workbook
from pypdf import PdfReader
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(m):
    errors.append(m)


def rp(n):
    return f"{int(n):,}".replace(",", ".")


manifest = json.load(open(os.path.join(DATA, "manifest.json")))
truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
total = Counter(); per_layout = defaultdict(Counter); nlines = 0; nclean = 0; opds = set()
for m in manifest:
    f = m["rka"]; path = os.path.join(DATA, f); opds.add(m["opd"])
    for c in m["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f"missing catalogue {c}")
    labels = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
    lines = truth[f]
    nos = [x["no"] for x in lines]
    if len(set(nos)) != len(nos):
        err(f"{f}: duplicate No")
    if set(labels) != set(nos):
        err(f"{f}: labels keys differ from lines")
    # file content
    ext = f.rsplit(".", 1)[-1]
    if ext == "xlsx":
        wb = load_workbook(path)
        vals = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None:
                        vals.add(str(v))
        for x in lines:
            for want in (x["no"], x["name"]):
                if str(want) not in vals:
                    err(f"{f}: No {x['no']} value {want!r} not found")
            if not ({str(x["jumlah"]), "Rp " + rp(x["jumlah"])} & vals):
                err(f"{f}: No {x['no']} jumlah not found")
            if not ({str(x["price"]), "Rp " + rp(x["price"])} & vals):
                err(f"{f}: No {x['no']} price not found")
    elif ext == "pdf":
        text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
        flat = " ".join(text.split())
        for x in lines:
            if rp(x["jumlah"]) not in flat or rp(x["price"]) not in flat:
                err(f"{f}: No {x['no']} price/jumlah not in PDF text")
            if " ".join(x["name"].split()[:2]) not in flat:
                err(f"{f}: No {x['no']} name not in PDF text")
    else:
        im = Image.open(path); im.load()
        if im.size != (2339, 1654) or round(im.info.get("dpi", (0,))[0]) != 200:
            err(f"{f}: unexpected scan size/dpi {im.size} {im.info.get('dpi')}")
    # label semantics
    seen = defaultdict(list)
    for x in lines:
        lab = labels[x["no"]]
        if lab != x["labels"]:
            err(f"{f}: label file mismatch at {x['no']}")
        for t in lab:
            if t not in TYPES:
                err(f"{f}: bad type {t}")
        nlines += 1; nclean += not lab
        total.update(lab); per_layout[m["layout"]].update(lab)
        if "OVERPRICED" in lab:
            if x["ref_price"] is None or x["price"] < 1.10 * x["ref_price"]:
                err(f"{f}: {x['no']} OVERPRICED but price {x['price']} vs ref {x['ref_price']}")
        elif x["ref_price"] is not None and x["price"] > x["ref_price"]:
            err(f"{f}: {x['no']} priced above reference but not labelled")
        if ("NO_PRICE_REFERENCE" in lab) != (x["ref"] is None):
            err(f"{f}: {x['no']} NO_PRICE_REFERENCE inconsistent with ref")
        ok_arith = x["jumlah"] == x["correct_jumlah"] and x["vol"] == x["koef_product"]
        if ("ARITHMETIC" in lab) == ok_arith:
            err(f"{f}: {x['no']} ARITHMETIC label inconsistent")
        if x["correct_jumlah"] != round(x["vol"] * x["price"] * (1 + (x["ppn"] or 0) / 100)):
            err(f"{f}: {x['no']} internal jumlah error")
        key = (x["sub_code"], x["ref"])
        if "DUPLICATE" in lab:
            if not x["ref"] or not seen[key]:
                err(f"{f}: {x['no']} DUPLICATE without an earlier line")
        elif x["ref"] and seen[key] and x["ref"] not in ("nasi", "snack"):
            print(f"  note {f}: {x['no']} shares catalogue ref {x['ref']} with {seen[key]} (not a duplicate by design)")
        if x["ref"]:
            seen[key].append(x["no"])
print(f"RKA files: {len(manifest)}  OPDs: {len(opds)}  lines: {nlines}  clean: {nclean} ({100*nclean/nlines:.0f}%)")
print("per type:", dict(total))
for lay, c in per_layout.items():
    print(f"  {lay}: {dict(c)}")
for t in TYPES:
    if total[t] < 20:
        err(f"type {t} has only {total[t]} instances")
if nlines < 200 or len(opds) < 5:
    err("too few lines or OPDs")
size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(HERE) for fn in fns)
print(f"total size {size/1e6:.2f} MB")
if size > 15e6:
    err("too large")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
