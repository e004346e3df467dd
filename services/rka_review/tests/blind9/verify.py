# -*- coding: utf-8 -*-
"""Internal consistency check for review9.  /work/scratch/review9/bin/python verify.py"""
import collections
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TRUTH = os.path.join(HERE, "truth")
sys.path.insert(0, HERE)
from setdata import SSH, SBU  # noqa

TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(msg):
    errors.append(msg)


def num(n):
    return f"{int(n):,}".replace(",", ".")


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


# ---------------- catalogues as files
from openpyxl import load_workbook  # noqa
import pypdf  # noqa

ssh_prices = {}
wb = load_workbook(os.path.join(DATA, "SSH_Kota_Samarinda_TA2027.xlsx"))
for row in wb.active.iter_rows(values_only=True):
    if row[1] and re.match(r"^\d+(\.\d+)+$", str(row[1])) and row[5]:
        ssh_prices[row[1]] = int(str(row[5]).replace("Rp", "").replace(",00", "").replace(".", "").strip())
for k, v in SSH.items():
    if ssh_prices.get(v[0]) != v[5]:
        err(f"SSH {k} price not found in catalogue file")
sbu_text = norm(" ".join(p.extract_text() for p in pypdf.PdfReader(os.path.join(DATA, "SBU_Kota_Samarinda_TA2027.pdf")).pages))
for k, v in SBU.items():
    if num(v[3]) not in sbu_text or norm(v[1])[:35] not in sbu_text:
        err(f"SBU {k} not found in SBU pdf text")


def catalogue_price(ref):
    return SSH[ref][5] if ref in SSH else SBU[ref][3]


# ---------------- RKAs
manifest = json.load(open(os.path.join(DATA, "manifest.json")))
per_file = {}
per_layout = collections.defaultdict(collections.Counter)
total = collections.Counter()
nlines = 0
nclean = 0
opds = set()
for e in manifest:
    opds.add(e["opd"])
    for c in e["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f"missing catalogue {c}")
    path = os.path.join(DATA, e["rka"])
    if not os.path.exists(path):
        err(f"missing {e['rka']}")
        continue
    labels = json.load(open(os.path.join(DATA, e["labels"])))["labels"]
    tid = e["labels"].replace(".labels.json", "")
    truth = json.load(open(os.path.join(TRUTH, tid + ".truth.json")))
    rows = []
    for sk in truth["subkegs"]:
        for g in sk["groups"]:
            if g["subtotal"] != sum(x["jumlah"] for x in g["rows"]):
                err(f"{tid}: subtotal {g['code']}")
            for x in g["rows"]:
                rows.append((sk, g, x))
    nos = [str(x["no"]) for _, _, x in rows]
    if len(set(nos)) != len(nos):
        err(f"{tid}: duplicate No")
    if set(nos) != set(labels):
        err(f"{tid}: labels keys != lines")
    seen = collections.defaultdict(list)
    for sk, g, x in rows:
        lab = labels[str(x["no"])]
        if lab != x["labels"]:
            err(f"{tid} {x['no']}: labels differ from truth")
        for t in lab:
            if t not in TYPES:
                err(f"{tid} {x['no']}: bad type {t}")
        prod = 1
        for n, _ in x["koef"]:
            prod *= n
        correct = round(x["vol"] * x["price"] * (100 + x["ppn"]) / 100)
        arith_bad = (x["jumlah"] != correct) or (x["vol"] != prod)
        if arith_bad != ("ARITHMETIC" in lab):
            err(f"{tid} {x['no']}: arithmetic flag mismatch")
        if arith_bad and x["jumlah"] != correct and abs(x["jumlah"] - correct) < 1000:
            err(f"{tid} {x['no']}: arithmetic error too small")
        if x["ref"]:
            refp = catalogue_price(x["ref"]) * x["conv"]
            if x["price"] > refp * 1.10:
                if "OVERPRICED" not in lab:
                    err(f"{tid} {x['no']}: should be OVERPRICED")
            elif x["price"] > refp:
                err(f"{tid} {x['no']}: ambiguous 0-10% above reference")
            elif "OVERPRICED" in lab:
                err(f"{tid} {x['no']}: OVERPRICED but not above reference")
            if "NO_PRICE_REFERENCE" in lab:
                err(f"{tid} {x['no']}: has reference but NPR")
        else:
            if "NO_PRICE_REFERENCE" not in lab or "OVERPRICED" in lab:
                err(f"{tid} {x['no']}: no ref but labels wrong")
        key = (sk["code"], x["ref"] or x["uraian"])
        if "DUPLICATE" in lab and not seen[key]:
            err(f"{tid} {x['no']}: DUPLICATE without earlier occurrence")
        seen[key].append(x["no"])
    # ---- check values really are in the file
    ext = e["rka"].rsplit(".", 1)[1]
    if ext == "xlsx":
        wb = load_workbook(path)
        cells_by_no = {}
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                vals = [v for v in row if v is not None]
                strs = [norm(v) for v in vals]
                if e["layout"].startswith("C_"):
                    if len(row) >= 12 and isinstance(row[4], int):
                        cells_by_no[str(row[4])] = strs
                elif e["layout"].startswith("A_"):
                    if isinstance(row[0], int):
                        cells_by_no[str(row[0])] = strs
                else:
                    if len(row) > 1 and isinstance(row[1], int):
                        cells_by_no[str(row[1])] = strs
        for sk, g, x in rows:
            c = cells_by_no.get(str(x["no"]))
            if c is None:
                err(f"{tid} {x['no']}: row not found in xlsx")
                continue
            want = [norm(x["uraian"]), str(x["price"]) if not e["layout"].startswith("B_") else f"Rp {num(x['price'])}",
                    str(x["jumlah"]) if not e["layout"].startswith("B_") else f"Rp {num(x['jumlah'])}", norm(x["koef_txt"])]
            for w in want:
                if w not in c:
                    err(f"{tid} {x['no']}: value {w!r} not in row")
    elif e["layout"].startswith("PDF"):
        text = norm(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
        if len(pypdf.PdfReader(path).pages) < 2:
            err(f"{tid}: PDF should have 2+ pages")
        for sk, g, x in rows:
            for w in (norm(x["uraian"])[:25], num(x["jumlah"]), num(x["price"])):
                if w not in text:
                    err(f"{tid} {x['no']}: {w!r} not in PDF text")
        for sk in truth["subkegs"]:
            if sk["code"] not in text or sk["target"] not in text:
                err(f"{tid}: header block missing")
    elif e["layout"].startswith("SCAN"):
        from PIL import Image
        r = pypdf.PdfReader(path)
        if len(r.pages) != 1 or r.pages[0].extract_text().strip():
            err(f"{tid}: scan must be one image-only page")
        im = Image.open(io.BytesIO(r.pages[0].images[0].data))
        if im.size != (2339, 1654):
            err(f"{tid}: unexpected scan size {im.size}")
    c = collections.Counter(t for v in labels.values() for t in v)
    per_file[e["rka"]] = (len(labels), sum(1 for v in labels.values() if not v), c)
    per_layout[e["layout"]] += c
    total += c
    nlines += len(labels)
    nclean += sum(1 for v in labels.values() if not v)

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024:
    err("set larger than 15 MB")
if len(opds) < 5:
    err("fewer than 5 OPDs")
if nlines < 200:
    err("fewer than 200 lines")
for t in TYPES:
    if total[t] < 20:
        err(f"fewer than 20 {t}")

print(f"{'file':42s} lines clean " + " ".join(t[:6] for t in TYPES))
for f, (n, cl, c) in per_file.items():
    print(f"{f:42s} {n:5d} {cl:5d} " + " ".join(f"{c[t]:6d}" for t in TYPES))
print("per layout:")
for lay, c in per_layout.items():
    print(f"  {lay:40s} " + " ".join(f"{t[:6]}={c[t]}" for t in TYPES))
print(f"TOTAL lines={nlines} clean={nclean} " + " ".join(f"{t}={total[t]}" for t in TYPES) + f"  size={size/1e6:.2f} MB")
if errors:
    print("ERRORS:")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("verify: OK")
