#!/usr/bin/env python3
"""Checks the generated set: files open, every line labelled, arithmetic labels recomputed,
overpricing labels recomputed against the catalogue xlsx (after pack conversion), jumlah in the
RKA files equals jumlah in the labels, counts per type."""
import json, os, re, subprocess, collections
from fractions import Fraction as F
import openpyxl
from PIL import Image
import generate as G

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
G.finalise()
man = json.load(open(os.path.join(D, "manifest.json")))
# catalogue as read back from the files
cat = {}
wb = openpyxl.load_workbook(os.path.join(D, G.SSH_FILE))
for r in wb.active.iter_rows(min_row=9, values_only=True):
    if isinstance(r[0], int):
        cat[r[1]] = (r[4], r[5])
wb = openpyxl.load_workbook(os.path.join(D, G.SBU_FILE))
for ws in wb:
    for r in ws.iter_rows(values_only=True):
        if isinstance(r[0], int) and isinstance(r[-1], (int, float)) and len([x for x in r if x is not None]) == 6:
            cat[r[1]] = (r[4], r[5])
pd = wb["Perjalanan Dinas"]
for col in "EFG":
    cat[pd[col + "6"].value] = ("OH", pd[col + "5"].value)
print("catalogue items read back:", len(cat))
internal = {}
for key, (org, sks) in G.OPDS.items():
    for sk in sks:
        for ln in sk["lines"]:
            internal[(key, ln["no"])] = ln
tot = collections.Counter(); nlines = 0; flagged = 0
errors = []
for m in man:
    lab = json.load(open(os.path.join(D, m["labels"])))
    key = m["rka"].split("_")[1].split(".")[0]
    assert set(lab["labels"]) == set(lab["lines"])
    c = collections.Counter()
    for no, types in lab["labels"].items():
        ln = lab["lines"][no]
        for t in types:
            assert t in G.TYPES.values(), t
        exp = (ln["volume"] * ln["price"] * (100 + ln["ppn"]) + 50) // 100
        if (exp != ln["jumlah"]) != ("ARITHMETIC" in types):
            errors.append((m["rka"], no, "arith", exp, ln["jumlah"]))
        il = internal[(key, int(no))]
        if il["ref"]:
            sat, harga = cat[ln["ref"]]
            over = F(ln["price"]) > F(harga) / il["per"]
            if over != ("OVERPRICED" in types):
                errors.append((m["rka"], no, "over", ln["price"], harga, il["per"]))
            if "NO_PRICE_REFERENCE" in types:
                errors.append((m["rka"], no, "N with ref"))
        else:
            if "OVERPRICED" in types:
                errors.append((m["rka"], no, "O without ref"))
            if not ({"NO_PRICE_REFERENCE", "OFF_TARGET"} & set(types)):
                errors.append((m["rka"], no, "no ref but not N/T"))
        for t in types:
            c[t] += 1
    n = len(lab["labels"]); f = sum(1 for v in lab["labels"].values() if v)
    print(f"{m['rka']:45s} lines={n:3d} flagged={f:3d} ({100*f/n:.0f}%) {dict(sorted(c.items()))}")
    if not m["rka"].endswith(".png"):
        tot += c; nlines += n; flagged += f
print(f"TOTAL (excluding scan) lines={nlines} flagged={flagged} ({100*flagged/nlines:.1f}%)", dict(sorted(tot.items())))
# jumlah in the files
def num(v):
    if isinstance(v, (int, float)): return int(v)
    return int(re.sub(r"[^0-9]", "", v))
for fname, ncol_no, ncol_j in (("rka_dishub_2026.xlsx", 0, 8), ("rka_dkpp_2026.xlsx", 0, 9), ("rka_dispusip_2026.xlsx", 0, 9)):
    lab = json.load(open(os.path.join(D, fname.replace(".xlsx", ".labels.json"))))
    seen = set()
    for ws in openpyxl.load_workbook(os.path.join(D, fname)):
        for r in ws.iter_rows(values_only=True):
            if isinstance(r[ncol_no], int) and r[ncol_j] is not None:
                no = str(r[ncol_no])
                if num(r[ncol_j]) != lab["lines"][no]["jumlah"]:
                    errors.append((fname, no, "file jumlah", r[ncol_j]))
                seen.add(no)
    assert seen == set(lab["labels"]), (fname, set(lab["labels"]) - seen)
    print(fname, "opened;", len(seen), "numbered lines match labels")
txt = subprocess.run(["pdftotext", "-layout", os.path.join(D, "rka_diskominfo_2026.pdf"), "-"], capture_output=True, text=True).stdout
lab = json.load(open(os.path.join(D, "rka_diskominfo_2026.labels.json")))
for no, ln in lab["lines"].items():
    if not re.search(rf"^\s*{no}\s.*{re.escape(G.rp(ln['jumlah']))}\s*$", txt, re.M):
        errors.append(("pdf", no, "line not found"))
print("pdf pages:", txt.count("\f"), "; hal. markers:", len(re.findall(r"hal\. \d+", txt)))
im = Image.open(os.path.join(D, "rka_diskominfo_2026_smartcity_scan.png")); print("scan", im.size, im.mode)
print("ERRORS:", errors if errors else "none")
