#!/usr/bin/env python3
"""Consistency checks for review10. Run: /work/scratch/review10/bin/python verify.py"""
import json, os, re, sys, collections
from openpyxl import load_workbook
from pypdf import PdfReader
from PIL import Image

D = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(D, "data"); TR = os.path.join(D, "truth")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errs = []
def bad(m): errs.append(m)
def rp(v): return f"{int(v):,}".replace(",", ".")

man = json.load(open(os.path.join(DATA, "manifest.json")))
# ---- catalogues: SSH parsed from xlsx, SBU from PDF text
ssh = {}
ws = load_workbook(os.path.join(DATA, "SSH_Kota_Samarinda_2026.xlsx")).active
for row in ws.iter_rows(min_row=7, values_only=True):
    if isinstance(row[0], int) and row[5]:
        ssh[(row[2], row[3])] = int(str(row[5]).replace("Rp", "").replace(".", "").strip())
sbu_text = "\n".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "SBU_Kota_Samarinda_2026.pdf")).pages)
sbu_flat = re.sub(r"\s+", " ", sbu_text)

per_file = {}; per_layout = collections.defaultdict(collections.Counter); total = collections.Counter(); nlines = 0; nclean = 0
opds = set()
for e in man:
    f = os.path.join(DATA, e["rka"]); opds.add(e["opd"])
    for c in e["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)): bad(f"missing catalogue {c}")
    labels = json.load(open(os.path.join(DATA, e["labels"])))["labels"]
    truth = json.load(open(os.path.join(TR, e["rka"].rsplit(".", 1)[0] + ".truth.json")))
    lines = truth["lines"]
    nos = [l["no"] for l in lines]
    if len(set(nos)) != len(nos): bad(f"{e['rka']}: duplicate No")
    if set(labels) != set(nos): bad(f"{e['rka']}: label keys != lines")
    # ---- file content checks
    if f.endswith(".xlsx"):
        wb = load_workbook(f); rows = {}
        for wsx in wb.worksheets:
            for row in wsx.iter_rows(values_only=True):
                cells = [str(v) for v in row if v is not None]
                for l in lines:
                    if l["no"] in cells[:4] and l["name"] in cells:
                        rows[l["no"]] = cells
        for l in lines:
            c = rows.get(l["no"])
            if not c: bad(f"{e['rka']}: No {l['no']} not found"); continue
            for val in (l["price"], l["jumlah"]):
                if str(val) not in c and ("Rp " + rp(val)) not in c: bad(f"{e['rka']}: No {l['no']} value {val} missing")
    elif f.endswith(".pdf"):
        txt = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(f).pages))
        for l in lines:
            for s in (l["name"], "Rp " + rp(l["jumlah"]), "Rp " + rp(l["price"])):
                if s not in txt: bad(f"{e['rka']}: '{s}' not in pdf text")
    else:
        im = Image.open(f); im.load()
        if im.size[0] < 2000 or im.info.get("dpi", (0, 0))[0] < 199: bad("scan resolution")
    # ---- recompute labels from the truth + catalogues
    c = collections.Counter()
    seen = collections.defaultdict(set)
    subs = {s["code"]: s for s in truth["subs"]}
    for l in lines:
        exp = set()
        if l["catalogue_item"] is None:
            exp.add("NO_PRICE_REFERENCE")
        else:
            ref = l["catalogue_price"]
            unit_price = l["price"] / l["pack"]
            if unit_price >= 1.1 * ref: exp.add("OVERPRICED")
            elif unit_price > ref: bad(f"{e['rka']} {l['no']}: ambiguous 0-10% above reference")
            if l["catalogue_src"] == "SSH" and ref not in ssh.values(): bad(f"ref {ref} not in SSH")
            if l["catalogue_src"] == "SBU" and rp(ref) not in sbu_flat: bad(f"ref {ref} not in SBU pdf")
            if l["kind"] == "dup" or l["catalogue_item"] in seen[l["sub_code"]]:
                if l["catalogue_item"] in seen[l["sub_code"]]: exp.add("DUPLICATE")
                else: bad(f"{e['rka']} {l['no']}: dup without earlier original")
            seen[l["sub_code"]].add(l["catalogue_item"])
            if l["kind"] == "off":
                if l["catalogue_item"] in subs[l["sub_code"]]["rel"]: bad("off item is relevant")
                exp.add("OFF_TARGET")
        if l["account"] != l["natural_account"]: exp.add("ACCOUNT_MISMATCH")
        calc = l["volume"] * l["price"]; calc += round(calc * l["ppn_rate"] / 100)
        if l["volume"] != l["koef_product"] or abs(l["jumlah"] - calc) > 1: exp.add("ARITHMETIC")
        if l["volume"] != l["koef_product"] and l["jumlah"] != calc: bad("double arithmetic error")
        if exp != set(labels[l["no"]]): bad(f"{e['rka']} {l['no']}: labels {labels[l['no']]} vs recomputed {sorted(exp)}")
        for t in labels[l["no"]]:
            if t not in TYPES: bad(f"bad type {t}")
        c.update(labels[l["no"]]); nlines += 1; nclean += not labels[l["no"]]
    per_file[e["rka"]] = (len(lines), sum(1 for v in labels.values() if not v), c)
    per_layout[e["layout"]].update(c); total.update(c)
size = sum(os.path.getsize(os.path.join(r, x)) for r, _, fs in os.walk(D) for x in fs)
print(f"{'file':45s} lines clean " + " ".join(t[:6] for t in TYPES))
for f, (n, cl, c) in per_file.items():
    print(f"{f:45s} {n:5d} {cl:5d} " + " ".join(f"{c[t]:6d}" for t in TYPES))
for lay, c in per_layout.items():
    print(f"layout {lay:38s} " + " ".join(f"{c[t]:6d}" for t in TYPES))
print("TOTAL lines", nlines, "clean", nclean, f"({nclean / nlines:.0%})", dict(total), "OPDs", len(opds), f"size {size / 1e6:.2f} MB")
if nlines < 200: bad("fewer than 200 lines")
if len(opds) < 5: bad("fewer than 5 OPDs")
for t in TYPES:
    if total[t] < 20: bad(f"{t} < 20")
if size > 15e6: bad("too big")
if errs:
    print("FAIL"); [print(" -", x) for x in errs[:50]]; sys.exit(1)
print("OK")
