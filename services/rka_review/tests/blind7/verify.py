# -*- coding: utf-8 -*-
"""Consistency check for review7. Run: /work/scratch/review7/bin/python verify.py"""
import json, os, re, sys
from collections import Counter, defaultdict
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
SHORT = {"OP": "OVERPRICED", "NP": "NO_PRICE_REFERENCE", "OT": "OFF_TARGET", "AR": "ARITHMETIC", "DU": "DUPLICATE", "AM": "ACCOUNT_MISMATCH"}
errors = []


def err(m):
    errors.append(m)


def num(x):
    return f"{int(round(x)):,}".replace(",", ".")


def rp_to_int(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return int(round(v))
    s = re.sub(r"[^0-9]", "", str(v))
    return int(s) if s else None


def norm(s):
    return re.sub(r"\s+", " ", (s or "")).strip().lower()


# ---------------- catalogues read back from the delivered files
ssh_wb = load_workbook(os.path.join(DATA, "SSH_Kota_Samarinda_TA2027.xlsx"))
ssh = {}
for row in ssh_wb.active.iter_rows(values_only=True):
    if isinstance(row[0], int) and row[2] and row[5]:
        ssh[norm(row[2])] = rp_to_int(row[5])
sbu_text = "\n".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "SBU_Kota_Samarinda_TA2027.pdf")).pages)
sbu_norm = norm(sbu_text)
print(f"SSH items read: {len(ssh)}; SBU text chars: {len(sbu_text)}")

truth = {t["rka"]: t for t in json.load(open(os.path.join(HERE, "truth_detail.json")))}
manifest = json.load(open(os.path.join(DATA, "manifest.json")))
tot = Counter(); per_layout = defaultdict(Counter); n_lines = 0; n_clean = 0; opds = set()
print(f"{'file':42s} {'lines':>5s} " + " ".join(f"{t[:6]:>6s}" for t in TYPES))
for m in manifest:
    path = os.path.join(DATA, m["rka"])
    if not os.path.exists(path):
        err(f"missing {m['rka']}"); continue
    for c in m["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f"missing catalogue {c}")
    opds.add(m["opd"])
    labels = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
    t = truth[m["rka"]]
    lines = [l for s in t["subs"] for l in s["lines"]]
    nos = [str(l["no"]) for l in lines]
    if len(set(nos)) != len(nos):
        err(f"{m['rka']}: duplicate No")
    if set(nos) != set(labels):
        err(f"{m['rka']}: label keys differ from line Nos")
    cnt = Counter()
    # ---- semantic checks against truth + catalogues
    for s in t["subs"]:
        seen = []
        for l in s["lines"]:
            lab = labels[str(l["no"])]
            for x in lab:
                if x not in TYPES:
                    err(f"bad label {x}")
            cnt.update(lab)
            if not lab:
                n_clean += 1
            if [SHORT[x] for x in l["lab"]] != lab:
                err(f"{m['rka']} No {l['no']}: labels file != truth")
            ref = l["ref_price"]
            if ref is not None:
                # the reference must really be in a delivered catalogue
                conv = l.get("conv") or 1
                base = ref // conv
                found = any(v == base for v in ssh.values()) or num(base) in sbu_text
                if not found:
                    err(f"{m['rka']} No {l['no']}: reference {base} not found in catalogues")
                if "OVERPRICED" in lab and not l["price"] >= 1.10 * ref:
                    err(f"{m['rka']} No {l['no']}: OVERPRICED but price {l['price']} < 1.1*{ref}")
                if "OVERPRICED" not in lab and l["price"] > ref:
                    err(f"{m['rka']} No {l['no']}: unlabelled price above reference")
            else:
                if "NO_PRICE_REFERENCE" not in lab:
                    err(f"{m['rka']} No {l['no']}: no reference but not labelled NPR")
                if norm(l["name"]) in ssh or norm(l["name"]) in sbu_norm:
                    err(f"{m['rka']} No {l['no']}: NPR item present in catalogue")
            calc = l["vol"] * l["price"] + l["ppn"]
            if t["ppn"] and l["ppn"] and abs(l["ppn"] - round(l["vol"] * l["price"] * 0.11)) > 1:
                err(f"{m['rka']} No {l['no']}: PPN wrong")
            arith_bad = (l["jumlah"] != calc) or (l["vol"] != l["vol_true"])
            if ("ARITHMETIC" in lab) != arith_bad:
                err(f"{m['rka']} No {l['no']}: arithmetic label mismatch (jumlah {l['jumlah']} calc {calc} vol {l['vol']}/{l['vol_true']})")
            if "ARITHMETIC" in lab and l["jumlah"] != calc and abs(l["jumlah"] - calc) < max(1000, 0.01 * calc):
                err(f"{m['rka']} No {l['no']}: arithmetic error too small")
            key = (l["item"] or norm(l["name"])) + ("|" + l["name"] if l.get("distinct") else "")
            if "DUPLICATE" in lab and key not in seen:
                err(f"{m['rka']} No {l['no']}: DUPLICATE without earlier occurrence")
            if "DUPLICATE" not in lab and key in seen:
                err(f"{m['rka']} No {l['no']}: repeated item not labelled DUPLICATE")
            seen.append(key)
    # ---- the values really are in the delivered file
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        rows = {}
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for i, v in enumerate(row[:2]):
                    if v is None:
                        continue
                    sv = str(v).rstrip(".")
                    if sv.isdigit() and (i == 0 or m["layout"].startswith("C")):
                        vals = [x for x in row if x is not None]
                        if any(isinstance(x, str) and len(x) > 3 for x in vals):
                            rows.setdefault(sv, []).append(row)
        for l in lines:
            rr = rows.get(str(l["no"]))
            if not rr or len(rr) != 1:
                err(f"{m['rka']}: No {l['no']} found {0 if not rr else len(rr)} times"); continue
            row = rr[0]
            ints = {rp_to_int(x) for x in row if x is not None and not (isinstance(x, str) and re.search(r"[A-Za-z]", x) and not x.startswith("Rp"))}
            if l["name"] not in row:
                err(f"{m['rka']} No {l['no']}: name not in row")
            for v in (l["price"], l["jumlah"]):
                if v not in ints:
                    err(f"{m['rka']} No {l['no']}: value {v} not in row {row}")
            if t["has_vol"] and l["vol"] not in ints:
                err(f"{m['rka']} No {l['no']}: volume {l['vol']} not in row")
    elif "scan" in m["layout"]:
        r = PdfReader(path)
        txt = "".join(p.extract_text() or "" for p in r.pages)
        if txt.strip():
            err(f"{m['rka']}: scan has a text layer")
        if len(r.pages) != 1:
            err("scan should be 1 page")
    else:
        txt = "\n".join(p.extract_text() for p in PdfReader(path).pages)
        flat = norm(txt)
        for l in lines:
            if norm(l["name"])[:25] not in flat:
                err(f"{m['rka']} No {l['no']}: name not in PDF text")
            for v in (l["price"], l["jumlah"]):
                if num(v) not in txt:
                    err(f"{m['rka']} No {l['no']}: {num(v)} not in PDF text")
    n_lines += len(lines)
    tot += cnt
    per_layout[m["layout"]] += cnt
    per_layout[m["layout"]]["_lines"] += len(lines)
    print(f"{m['rka']:42s} {len(lines):5d} " + " ".join(f"{cnt[x]:6d}" for x in TYPES))
print(f"{'TOTAL':42s} {n_lines:5d} " + " ".join(f"{tot[x]:6d}" for x in TYPES))
print("\nper layout:")
for k, c in per_layout.items():
    print(f"  {k:24s} lines={c['_lines']:3d} " + " ".join(f"{x[:6]}={c[x]}" for x in TYPES))
print(f"\nOPDs: {len(opds)}; clean lines: {n_clean} ({100 * n_clean / n_lines:.0f}%)")
if n_lines < 200: err("fewer than 200 lines")
if len(opds) < 5: err("fewer than 5 OPDs")
for x in TYPES:
    if tot[x] < 20: err(f"fewer than 20 {x}")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print(f"total size {size / 1e6:.2f} MB")
if size > 15e6: err("set larger than 15 MB")
if errors:
    print("\nERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("\nverify: OK")
