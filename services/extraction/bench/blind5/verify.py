#!/usr/bin/env python
"""Internal consistency checks for the ocr5 blind set. Exit 0 = all good.

Run: /work/scratch/ocr5/bin/python verify.py
"""
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from PIL import Image  # noqa: E402

import docs  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def rpi(s):
    return int(s.replace(".", ""))


def pctf(s):
    return float(s.replace(",", "."))


TYPES = list(docs.DOCS)
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]

man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
seen = set()
for e in man:
    keys = set(e)
    check(keys in ({"file", "text_type", "degradation", "truth"}, {"file", "text_type", "degradation", "truth", "tables"}),
          f"bad keys {keys}")
    t, dg = e["text_type"], e["degradation"]
    seen.add((t, dg))
    check(t in TYPES and dg in DEGS, f"unknown type/degradation {t}/{dg}")
    check(re.fullmatch(rf"pages/{t}/{t}__{dg}\.(png|jpg|pdf)", e["file"]) is not None, f"bad path {e['file']}")
    check(e["truth"] == f"truth/{t}.txt", f"bad truth path {e}")
    fp = os.path.join(HERE, e["file"])
    check(os.path.isfile(fp), f"missing {fp}")
    check(os.path.isfile(os.path.join(HERE, e["truth"])), f"missing truth {e['truth']}")
    if "tables" in e:
        check(os.path.isfile(os.path.join(HERE, e["tables"])), f"missing tables {e['tables']}")
    if not os.path.isfile(fp):
        continue
    # files open and have the expected geometry
    if fp.endswith(".pdf"):
        raw = open(fp, "rb").read()
        check(raw.startswith(b"%PDF-1.4") and raw.rstrip().endswith(b"%%EOF"), f"bad pdf {fp}")
        check(b"/Font" not in raw, f"pdf has a text layer? {fp}")
        i = raw.index(b"stream\n") + 7
        j = raw.index(b"\nendstream", i)
        im = Image.open(io.BytesIO(raw[i:j]))
        im.load()
        check(im.size == (1653, 2339), f"pdf image size {im.size} {fp}")
    else:
        im = Image.open(fp)
        im.load()
        exp = {"clean_300dpi": (2480, 3508), "dpi150": (1240, 1754), "fax": (1728, 2292), "jpeg_q25": (1653, 2339),
               "phone_photo": (1500, 2000), "stamp": (1653, 2339), "sideways": (2339, 1653),
               "upside_down": (1653, 2339)}[dg]
        check(abs(im.size[0] - exp[0]) <= 1 and abs(im.size[1] - exp[1]) <= 1, f"size {im.size} != {exp} {fp}")
        if dg == "fax":
            check(im.mode == "1", f"fax not 1-bit {fp}")
        if dg in ("stamp", "phone_photo"):
            check(im.mode == "RGB", f"{dg} not colour {fp}")
check(len(seen) == 63 and all((t, d) in seen for t in TYPES for d in DEGS), "not every type x degradation present")

# truth files equal what the layout engine draws, and tables are consistent with the text
total_rows = 0
for t in TYPES:
    p = docs.DOCS[t]()
    txt = open(os.path.join(HERE, "truth", f"{t}.txt"), encoding="utf-8").read()
    check(txt == "\n".join(p.lines) + "\n", f"truth text of {t} differs from the generator")
    lines = txt.rstrip("\n").split("\n")
    for ln in lines:
        check(ln == ln.strip() and "  " not in ln and ln, f"{t}: whitespace problem in line {ln!r}")
    tp = os.path.join(HERE, "truth", f"{t}.tables.json")
    if p.tables:
        tabs = json.load(open(tp, encoding="utf-8"))
        check(tabs == p.tables, f"tables of {t} differ from the generator")
        pos = -1
        for tab in tabs:
            ncol = len(tab[0])
            for row in tab:
                check(len(row) == ncol, f"{t}: ragged row {row}")
                check(all(c and c == " ".join(c.split()) for c in row), f"{t}: empty/unnormalised cell {row}")
                rl = " ".join(row)
                check(rl in lines[pos + 1:], f"{t}: table row not in truth text in order: {rl}")
                if rl in lines[pos + 1:]:
                    pos = lines.index(rl, pos + 1)
                total_rows += 1
    else:
        check(not os.path.exists(tp), f"{t} has a tables file but no tables")
    # every manifest entry of this type must (not) name tables accordingly
    for e in man:
        if e["text_type"] == t:
            check(("tables" in e) == bool(p.tables), f"manifest tables key wrong for {e['file']}")

check(total_rows >= 100, f"only {total_rows} table rows")

# arithmetic inside the tables
T = {t: json.load(open(os.path.join(HERE, "truth", f"{t}.tables.json"), encoding="utf-8"))
     for t in TYPES if os.path.exists(os.path.join(HERE, "truth", f"{t}.tables.json"))}
bast = T["bast_barang"][0]
tot = 0
for r in bast[1:]:
    q, h, j = int(r[3]), rpi(r[5]), rpi(r[6])
    check(q * h == j, f"BAST row {r[0]}: {q} x {h} != {j}")
    tot += j
btxt = open(os.path.join(HERE, "truth", "bast_barang.txt"), encoding="utf-8").read()
check(f"JUMLAH TOTAL Rp {docs.rp(tot)}" in btxt, "BAST total line wrong")
for r in T["rekap_anggaran"][0][1:]:
    pg, rl, ss, pc = rpi(r[2]), rpi(r[3]), rpi(r[4]), pctf(r[5])
    check(pg - rl == ss, f"rekap {r[0]}: sisa wrong")
    check(abs(rl / pg * 100 - pc) < 0.006, f"rekap {r[0]}: % wrong")
rows = T["rekap_anggaran"][0][1:]
tp_, tr_ = sum(rpi(r[2]) for r in rows), sum(rpi(r[3]) for r in rows)
rtxt = open(os.path.join(HERE, "truth", "rekap_anggaran.txt"), encoding="utf-8").read()
check(f"TOTAL {docs.rp(tp_)} {docs.rp(tr_)} {docs.rp(tp_ - tr_)} {docs.pct(tr_, tp_)}" in rtxt, "rekap total line wrong")
lk, lk2 = T["lkjip_indikator"]
for i, r in enumerate(lk[1:], 1):
    tg, re_, c = pctf(r[3]), pctf(r[4]), pctf(r[5])
    exp = (2 * tg - re_) / tg * 100 if i <= 2 else re_ / tg * 100
    check(abs(exp - c) < 0.006, f"LKjIP row {i}: capaian {c} != {exp:.2f}")
ok = sum(1 for r in lk[1:] if pctf(r[5]) >= 100)
ltxt = open(os.path.join(HERE, "truth", "lkjip_indikator.txt"), encoding="utf-8").read()
check(f"sebanyak {ok} indikator" in ltxt.replace("\n", " "), "LKjIP narrative count wrong")
for r in lk2[1:]:
    check(abs(rpi(r[2]) / rpi(r[1]) * 100 - pctf(r[3])) < 0.006, f"LKjIP program % wrong {r}")
check(sum(rpi(r[1]) for r in lk2[1:-1]) == rpi(lk2[-1][1]), "LKjIP pagu sum wrong")
check(sum(rpi(r[2]) for r in lk2[1:-1]) == rpi(lk2[-1][2]), "LKjIP realisasi sum wrong")
for r in T["ssh_harga"][0][1:]:
    check(re.fullmatch(r"1\.1\.7\.\d\d\.\d\d\.\d\d\.\d{3}", r[1]) is not None, f"SSH code {r[1]}")
for r in bast[1:]:
    check(re.fullmatch(r"1\.3\.2\.\d\d\.\d\d\.\d\d\.\d{3}", r[1]) is not None, f"BAST code {r[1]}")
for r in rows:
    check(re.fullmatch(r"5\.[12]\.\d\d\.\d\d\.\d\d\.\d{4}", r[0]) is not None, f"rekap code {r[0]}")
check("005/412/Setda-Umum/IV/2025" in open(os.path.join(HERE, "truth", "surat_undangan.txt")).read(), "letter number")

# size budget
size = 0
for dp, _, fs in os.walk(HERE):
    for f in fs:
        size += os.path.getsize(os.path.join(dp, f))
check(size < 15_000_000, f"directory is {size / 1e6:.1f} MB")

per_type = {t: sum(1 for e in man if e["text_type"] == t) for t in TYPES}
print("files per type:", per_type)
print("table rows (incl. headers):", total_rows, "| size MB:", round(size / 1e6, 2))
if ERR:
    print("FAIL")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
