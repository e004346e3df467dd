#!/usr/bin/env python3
"""Internal-consistency checks for the ocr3 set. Exit code 0 = all good."""
import json, os, sys
from decimal import Decimal, ROUND_HALF_UP
from PIL import Image

D = os.path.dirname(os.path.abspath(__file__))
TYPES = ["surat_undangan", "bast", "lkjip", "ssh", "buletin", "sk", "rekap_anggaran"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp",
        "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
errors = []


def err(m):
    errors.append(m)


def num(s):
    return Decimal(s.replace(".", "").replace(",", "."))


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


man = json.load(open(os.path.join(D, "manifest.json"), encoding="utf-8"))
if len(man) != len(TYPES) * len(DEGS):
    err(f"manifest has {len(man)} entries, expected {len(TYPES) * len(DEGS)}")
seen = set()
for e in man:
    t, g = e["text_type"], e["degradation"]
    seen.add((t, g))
    exp = f"pages/{t}/{t}__{g}.{EXT[g]}"
    if e["file"] != exp:
        err(f"bad file name {e['file']} (expected {exp})")
    p = os.path.join(D, e["file"])
    if not os.path.exists(p):
        err(f"missing {p}")
        continue
    if e["truth"] != f"truth/{t}.txt" or not os.path.exists(os.path.join(D, e["truth"])):
        err(f"bad truth for {e['file']}")
    if "tables" in e and not os.path.exists(os.path.join(D, e["tables"])):
        err(f"missing tables for {e['file']}")
    if g == "pdf_skew2":
        b = open(p, "rb").read()
        if not b.startswith(b"%PDF") or b"/Font" in b or b"/Image" not in b:
            err(f"{p}: not an image-only PDF")
        continue
    with Image.open(p) as im:
        im.load()
        w, h = im.size
        if g == "clean_300dpi" and (w, h) != (2480, 3508):
            err(f"{p}: size {im.size}")
        if g == "dpi150" and (w, h) != (1240, 1754):
            err(f"{p}: size {im.size}")
        if g == "sideways" and not w > h:
            err(f"{p}: not landscape")
        if g == "upside_down" and not h > w:
            err(f"{p}: not portrait")
        if g == "fax" and im.mode != "1":
            err(f"{p}: fax not 1-bit")
        if g in ("phone_photo", "stamp") and im.mode not in ("RGB", "P"):
            err(f"{p}: expected colour, got {im.mode}")
for t in TYPES:
    for g in DEGS:
        if (t, g) not in seen:
            err(f"manifest lacks {t}/{g}")

# truth files
total_rows = 0
tables_by_type = {}
for t in TYPES:
    txt = open(os.path.join(D, "truth", f"{t}.txt"), encoding="utf-8").read()
    lines = txt.rstrip("\n").split("\n")
    for i, l in enumerate(lines):
        if l != l.rstrip() or not l.strip() or "  " in l:
            err(f"{t}.txt line {i + 1}: trailing/double space or empty line")
    tp = os.path.join(D, "truth", f"{t}.tables.json")
    has = any(e.get("tables") for e in man if e["text_type"] == t)
    if os.path.exists(tp) != has:
        err(f"{t}: tables file presence and manifest disagree")
    if not os.path.exists(tp):
        continue
    tabs = json.load(open(tp, encoding="utf-8"))
    tables_by_type[t] = tabs
    pos = 0
    for tab in tabs:
        ncol = len(tab[0])
        for row in tab:
            total_rows += 1
            if len(row) != ncol:
                err(f"{t}: ragged row {row}")
            line = " ".join(c for c in row if c)
            try:
                pos = lines.index(line, pos) + 1   # rows appear in order as truth lines
            except ValueError:
                err(f"{t}: table row not found as a truth line: {line}")
print("table rows (incl. headers):", total_rows)
if total_rows < 100:
    err("fewer than 100 table rows")

# arithmetic
bast = tables_by_type["bast"][0]
tot = 0
for r in bast[1:]:
    q, h, j = int(r[3]), num(r[5]), num(r[6])
    if q * h != j:
        err(f"bast: {r[0]} qty*harga != jumlah")
    tot += j
btxt = open(os.path.join(D, "truth", "bast.txt"), encoding="utf-8").read()
if f"Rp{tot:,}".replace(",", ".") not in btxt:
    err("bast: total not in text")

for r in tables_by_type["lkjip"][0][1:]:
    t_, re_ = num(r[3]), num(r[4])
    neg = r[1].endswith("*)")
    c = q2((2 - re_ / t_) * 100 if neg else re_ / t_ * 100)
    if c != num(r[5]):
        err(f"lkjip row {r[0]}: capaian {r[5]} != {c}")
    cat = ("Sangat Tinggi" if c > 90 else "Tinggi" if c > 75 else "Sedang" if c > 65 else
           "Rendah" if c > 50 else "Sangat Rendah")
    if cat != r[6]:
        err(f"lkjip row {r[0]}: kategori")

rk = tables_by_type["rekap_anggaran"][0]
body = rk[1:-1]
sp = sr = 0
for r in body:
    pg, re_ = num(r[2]), num(r[3])
    if q2(re_ / pg * 100) != num(r[4]):
        err(f"rekap {r[0]}: % wrong")
    kids = [x for x in body if x[0].startswith(r[0] + ".")]
    leaves = [x for x in kids if len(x[0]) == 17]
    if len(r[0]) < 17:
        if sum(num(x[2]) for x in leaves) != pg or sum(num(x[3]) for x in leaves) != re_:
            err(f"rekap {r[0]}: subtotal mismatch")
    else:
        sp += pg
        sr += re_
last = rk[-1]
if num(last[2]) != sp or num(last[3]) != sr or q2(sr / sp * 100) != num(last[4]):
    err("rekap: JUMLAH row mismatch")

for r in tables_by_type["ssh"][0][1:]:
    if not num(r[5]) > 0:
        err("ssh price")

# size
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(D) for f in fs)
print(f"total size {size / 1e6:.2f} MB")
if size > 15e6:
    err("over 15 MB")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(man)} page files, {len(TYPES)} types x {len(DEGS)} degradations")
