"""Internal consistency check for review8.  Run: /work/scratch/review8/bin/python verify.py
Exit code 0 = all checks pass.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalog  # noqa: E402
import rka_data as R  # noqa: E402

DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(msg):
    errors.append(msg)


def money(v):
    if isinstance(v, (int, float)):
        return int(round(v))
    s = str(v).replace("Rp", "").strip()
    s = re.sub(r",\d\d$", "", s)
    return int(s.replace(".", "").strip())


def read_xlsx(path, layout):
    """Return {No: (volume, harga, jumlah)} as printed."""
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            if layout.startswith("A_"):
                if isinstance(row[0], int) and row[2]:
                    no = str(row[0])
                    out[no] = (R.koef_product(row[4]), money(row[6]), money(row[8]), row[7])
            elif layout.startswith("B_"):
                if isinstance(row[0], str) and row[0].isdigit() and row[1] and str(row[1]).startswith("5."):
                    out[row[0]] = (money(row[4]), money(row[6]), money(row[7]), None)
            elif layout.startswith("C_"):
                if isinstance(row[1], str) and re.fullmatch(r"\d\.\d\d", row[1]):
                    out[row[1]] = (int(row[4]), money(row[6]), money(row[7]), None)
    return out


def main():
    manifest = json.load(open(os.path.join(DATA, "manifest.json")))
    by_file = {r["file"]: r for r in R.RKAS}
    per_file = {}
    per_layout = defaultdict(Counter)
    total = Counter()
    nlines = 0
    opds = set()
    for ent in manifest:
        rka = by_file[ent["rka"]]
        opds.add(ent["opd"])
        for c in ent["catalogues"]:
            if not os.path.exists(os.path.join(DATA, c)):
                err(f"missing catalogue {c}")
        lines = R.expand(rka)
        labels = json.load(open(os.path.join(DATA, ent["labels"])))["labels"]
        nos = [x["no"] for x in lines]
        if len(set(nos)) != len(nos):
            err(f"{ent['rka']}: duplicate No values")
        if set(labels) != set(nos):
            err(f"{ent['rka']}: labels keys differ from lines")
        for no, ls in labels.items():
            for l in ls:
                if l not in TYPES:
                    err(f"{ent['rka']} {no}: bad label {l}")
        path = os.path.join(DATA, ent["rka"])
        printed = None
        if path.endswith(".xlsx"):
            printed = read_xlsx(path, ent["layout"])
            if set(printed) != set(nos):
                err(f"{ent['rka']}: printed No set differs: {sorted(set(nos) ^ set(printed))[:10]}")
        elif ent["layout"].startswith("P_") and shutil.which("pdftotext"):
            txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
            for x in lines:
                pat = r"^\s+%s\s+.*\s%s\s*$" % (re.escape(x["no"]), re.escape(R_num(x["jumlah"])))
                if not re.search(pat, txt, re.M):
                    err(f"{ent['rka']} No {x['no']}: jumlah {R_num(x['jumlah'])} not found on its row in PDF text")
        elif ent["layout"].startswith("S_"):
            with open(path, "rb") as fh:
                head = fh.read(8)
            if not head.startswith(b"%PDF"):
                err("scan is not a PDF")
            if shutil.which("pdftotext"):
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if txt.strip():
                    err("scan PDF carries a text layer")
        subs_keys = {}
        for x in lines:
            lab = set(x["labels"])
            if labels[x["no"]] != x["labels"]:
                err(f"{ent['rka']} {x['no']}: label file != source")
            if printed is not None:
                pv, ph, pj, pp = printed[x["no"]]
                if ph != x["harga"] or pj != x["jumlah"]:
                    err(f"{ent['rka']} {x['no']}: printed harga/jumlah differ")
                if ent["layout"].startswith(("B_", "C_")) and pv != x["volume"]:
                    err(f"{ent['rka']} {x['no']}: printed volume differs")
            # price reference
            if x["ref"]:
                it = catalog.ITEMS[x["ref"]]
                ratio = x["harga"] / (it["price"] * x["conv"])
                if "OVERPRICED" in lab and ratio < 1.10:
                    err(f"{ent['rka']} {x['no']}: OVERPRICED but ratio {ratio:.2f}")
                if "OVERPRICED" not in lab and ratio > 1.0:
                    err(f"{ent['rka']} {x['no']}: unlabelled but ratio {ratio:.2f}")
                if "NO_PRICE_REFERENCE" in lab:
                    err(f"{ent['rka']} {x['no']}: NPR but has ref")
            else:
                if "NO_PRICE_REFERENCE" not in lab:
                    err(f"{ent['rka']} {x['no']}: no ref but not NPR")
                if "OVERPRICED" in lab:
                    err(f"{ent['rka']} {x['no']}: OVERPRICED without ref")
            # arithmetic
            true_j = round(x["volume"] * x["harga"] * (1 + (x["ppn"] or 0)))
            bad = abs(true_j - x["jumlah"]) > 1000 or x["volume"] != x["koef_product"]
            if bad != ("ARITHMETIC" in lab):
                err(f"{ent['rka']} {x['no']}: arithmetic label inconsistent")
            # duplicates
            if x["key"]:
                subs_keys[(x["sub_index"], x["key"])] = x
            if x["dup"]:
                first = subs_keys.get((x["sub_index"], x["dup"]))
                if first is None:
                    err(f"{ent['rka']} {x['no']}: duplicate target not earlier in same sub-kegiatan")
                elif first["ref"] != x["ref"]:
                    err(f"{ent['rka']} {x['no']}: duplicate of a different catalogue item")
                if "DUPLICATE" in first.get("labels", []) if first else False:
                    err(f"{ent['rka']} {x['no']}: first occurrence labelled DUPLICATE")
            if bool(x["dup"]) != ("DUPLICATE" in lab):
                err(f"{ent['rka']} {x['no']}: DUPLICATE label inconsistent with dup pointer")
        c = Counter(l for x in lines for l in x["labels"])
        per_file[ent["rka"]] = (len(lines), sum(1 for x in lines if not x["labels"]), c)
        per_layout[ent["layout"]] += c
        per_layout[ent["layout"]]["_lines"] += len(lines)
        total += c
        nlines += len(lines)

    print(f"{'file':55s} lines clean " + " ".join(t[:6] for t in TYPES))
    for f, (n, clean, c) in per_file.items():
        print(f"{f:55s} {n:5d} {clean:5d} " + " ".join(f"{c[t]:6d}" for t in TYPES))
    print()
    for lay, c in per_layout.items():
        print(f"{lay:55s} {c['_lines']:5d}       " + " ".join(f"{c[t]:6d}" for t in TYPES))
    print(f"{'TOTAL':55s} {nlines:5d}       " + " ".join(f"{total[t]:6d}" for t in TYPES))
    if len(opds) < 5:
        err("fewer than 5 OPDs")
    if nlines < 200:
        err("fewer than 200 lines")
    for t in TYPES:
        if total[t] < 20:
            err(f"only {total[t]} {t}")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15e6:
        err(f"set too large: {size}")
    print(f"\nsize {size/1e6:.2f} MB, OPDs {len(opds)}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("verify: OK")


def R_num(x):
    return f"{int(round(x)):,}".replace(",", ".")


if __name__ == "__main__":
    main()
