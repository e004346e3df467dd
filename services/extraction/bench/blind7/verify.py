#!/usr/bin/env python3
"""Consistency checks for the ocr7 blind set.  Run: /work/scratch/ocr7/bin/python verify.py

Checks: manifest shape and counts; every file opens with the expected size/mode; rotated
variants are exact rotations of the clean page; truth text conventions; every table row is a
truth line (in order); table arithmetic (qty x price, totals, percentages, sisa, terbilang);
and, if generate.py is importable, that the truth files equal what the renderer drew.
"""
import io
import json
import os
import re
import sys
from collections import Counter

import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["undangan", "bast", "lkjip", "ssh", "buletin", "sk", "rekap"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
WITH_TABLES = {"bast", "lkjip", "ssh", "rekap"}
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def num(s):
    return int(s.replace(".", ""))


def dec(s):
    return float(s.replace(".", "").replace(",", "."))


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def words(n):
    if n < 12:
        return _SAT[n]
    if n < 20:
        return words(n - 10) + " belas"
    if n < 100:
        return (words(n // 10) + " puluh " + words(n % 10)).strip()
    if n < 1000:
        h = "seratus" if n // 100 == 1 else words(n // 100) + " ratus"
        return (h + " " + words(n % 100)).strip()
    for base, name in ((10 ** 9, "miliar"), (10 ** 6, "juta"), (1000, "ribu")):
        if n >= base:
            head = "seribu" if (base == 1000 and n // base == 1) else words(n // base) + " " + name
            return (head + " " + words(n % base)).strip()
    raise ValueError(n)


def pdf_image(path):
    data = open(path, "rb").read()
    check(data.startswith(b"%PDF-"), f"{path}: not a PDF")
    check(data.count(b"/Type /Page ") == 1, f"{path}: expected exactly one page")
    check(b"/Font" not in data, f"{path}: PDF should be image-only")
    m = re.search(rb"/Width (\d+) /Height (\d+).*?/Length (\d+) >>\nstream\n", data, re.S)
    check(m is not None, f"{path}: image XObject not found")
    start = m.end()
    jpg = data[start:start + int(m.group(3))]
    im = Image.open(io.BytesIO(jpg))
    im.load()
    check(im.size == (int(m.group(1)), int(m.group(2))), f"{path}: image size mismatch")
    return im


def main():
    man = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, want 63")
    cnt = Counter((e["text_type"], e["degradation"]) for e in man)
    for t in TYPES:
        for d in DEGS:
            check(cnt[(t, d)] == 1, f"missing/duplicate {t} {d}")
    clean = {}
    for e in man:
        t, d = e["text_type"], e["degradation"]
        ext = e["file"].rsplit(".", 1)[1]
        check(e["file"] == f"pages/{t}/{t}__{d}.{ext}", f"bad file name {e['file']}")
        check(e["truth"] == f"truth/{t}.txt", f"bad truth path {e}")
        check(("tables" in e) == (t in WITH_TABLES), f"tables key wrong for {t}")
        if "tables" in e:
            check(e["tables"] == f"truth/{t}.tables.json", f"bad tables path {e}")
        p = os.path.join(ROOT, e["file"])
        check(os.path.isfile(p), f"missing file {p}")
        if not os.path.isfile(p):
            continue
        if ext == "pdf":
            im = pdf_image(p)
            check(im.size == (1653, 2338), f"{p}: pdf image size {im.size}")
            continue
        im = Image.open(p)
        im.load()
        want = {"clean_300dpi": ((2480, 3508), "png"), "dpi150": ((1240, 1754), "png"), "fax": ((1653, 2338), "png"),
                "jpeg_q25": ((2480, 3508), "jpg"), "phone_photo": ((1500, 2000), "jpg"),
                "stamp": ((2480, 3508), "png"), "sideways": ((3508, 2480), "png"),
                "upside_down": ((2480, 3508), "png")}[d]
        check(im.size == want[0], f"{p}: size {im.size} != {want[0]}")
        check(ext == want[1], f"{p}: ext {ext}")
        if d == "fax":
            check(im.mode == "1", f"{p}: fax must be 1-bit, is {im.mode}")
        if d == "stamp":
            rgb = np.asarray(im.convert("RGB")).astype(int)
            blue = ((rgb[..., 2] - rgb[..., 0]) > 40).sum()
            check(blue > 20000, f"{p}: stamp ink not found ({blue} px)")
        if d in ("clean_300dpi", "sideways", "upside_down"):
            clean[(t, d)] = np.asarray(im.convert("L"))
    for t in TYPES:
        c = clean.get((t, "clean_300dpi"))
        if c is None:
            continue
        check(np.array_equal(np.rot90(c, 1), clean[(t, "sideways")]), f"{t}: sideways is not clean rotated 90")
        check(np.array_equal(np.rot90(c, 2), clean[(t, "upside_down")]), f"{t}: upside_down is not clean rotated 180")

    # ---- truth files -------------------------------------------------
    truth, tables = {}, {}
    total_rows = 0
    for t in TYPES:
        txt = open(os.path.join(ROOT, "truth", t + ".txt"), encoding="utf-8").read()
        check(txt.endswith("\n") and not txt.endswith("\n\n"), f"{t}: truth must end with one newline")
        lines = txt[:-1].split("\n")
        truth[t] = lines
        for i, ln in enumerate(lines):
            check(ln == ln.strip(), f"{t}:{i + 1} leading/trailing space")
            check("  " not in ln, f"{t}:{i + 1} double space")
            check(ln != "", f"{t}:{i + 1} empty line")
        tp = os.path.join(ROOT, "truth", t + ".tables.json")
        check(os.path.exists(tp) == (t in WITH_TABLES), f"{t}: tables file presence")
        if not os.path.exists(tp):
            continue
        tabs = json.load(open(tp, encoding="utf-8"))
        tables[t] = tabs
        pos = 0
        for ti, tab in enumerate(tabs):
            ncol = len(tab[0])
            for ri, row in enumerate(tab):
                check(len(row) == ncol, f"{t} table {ti} row {ri}: ragged")
                for c in row:
                    check(c == c.strip() and "  " not in c, f"{t} table {ti} row {ri}: bad cell {c!r}")
                joined = " ".join(c for c in row if c)
                try:
                    pos = lines.index(joined, pos) + 1
                except ValueError:
                    errors.append(f"{t} table {ti} row {ri} not found in order in truth: {joined!r}")
            total_rows += len(tab) - 1
    check(total_rows >= 100, f"only {total_rows} table body rows")

    # ---- arithmetic ----------------------------------------------------
    b = tables["bast"][0]
    s = 0
    for row in b[1:-1]:
        no, kode, nama, q, sat, h, j = row
        check(re.fullmatch(r"1\.3\.2\.\d\d\.\d\d\.\d\d\.\d{3}", kode) is not None, f"bast kode {kode}")
        check(int(q) * num(h) == num(j), f"bast row {no}: {q} x {h} != {j}")
        s += num(j)
    check(b[-1][2] == "JUMLAH" and num(b[-1][6]) == s, "bast total")
    terb = [ln for ln in truth["bast"] if ln.startswith("Terbilang:")]
    check(len(terb) == 1 and terb[0] == "Terbilang: " + words(s).capitalize() + " rupiah.", "bast terbilang")

    k1, k2 = tables["lkjip"]
    for row in k1[1:]:
        no, ind, sat, tg, rl, cp = row
        tg_, rl_ = dec(tg), dec(rl)
        want = (2 - rl_ / tg_) * 100 if ind.endswith("*)") else rl_ / tg_ * 100
        check(abs(want - dec(cp)) < 0.006, f"lkjip row {no}: capaian {cp} vs {want:.3f}")
    sp = sr = 0
    for row in k2[1:-1]:
        no, prog, pg, rl, pc = row
        check(abs(num(rl) / num(pg) * 100 - dec(pc)) < 0.006, f"lkjip prog {no} pct")
        sp += num(pg)
        sr += num(rl)
    tot = k2[-1]
    check(tot[1] == "Total" and num(tot[2]) == sp and num(tot[3]) == sr, "lkjip program totals")
    check(abs(sr / sp * 100 - dec(tot[4])) < 0.006, "lkjip total pct")

    ssh = tables["ssh"][0]
    check([r[0] for r in ssh[1:]] == [str(i) for i in range(1, len(ssh))], "ssh numbering")
    for row in ssh[1:]:
        check(re.fullmatch(r"1\.1\.7\.\d\d\.\d\d\.\d\d\.\d{4}", row[1]) is not None, f"ssh kode {row[1]}")
        check(re.fullmatch(r"\d{1,3}(\.\d{3})*", row[5]) is not None, f"ssh price {row[5]}")
    check(len({r[1] for r in ssh[1:]}) == len(ssh) - 1, "ssh kode unique")

    rk = tables["rekap"][0]
    sa = sr = 0
    for row in rk[1:-1]:
        kode, ur, a, r, sisa, pc = row
        check(re.fullmatch(r"5\.\d\.\d\d\.\d\d\.\d\d\.\d{4}", kode) is not None, f"rekap kode {kode}")
        check(num(a) - num(r) == num(sisa), f"rekap {kode} sisa")
        check(abs(num(r) / num(a) * 100 - dec(pc)) < 0.006, f"rekap {kode} pct")
        sa += num(a)
        sr += num(r)
    t_ = rk[-1]
    check(t_[1] == "JUMLAH BELANJA" and num(t_[2]) == sa and num(t_[3]) == sr and num(t_[4]) == sa - sr,
          "rekap totals")
    check(abs(sr / sa * 100 - dec(t_[5])) < 0.006, "rekap total pct")

    # ---- truth == what the renderer drew (needs generate.py deps) ------
    try:
        sys.path.insert(0, ROOT)
        import generate
        pages = generate.build_pages()
        for t in TYPES:
            check(pages[t].lines == truth[t], f"{t}: truth differs from renderer output")
            if t in tables:
                check(pages[t].tables == tables[t], f"{t}: tables differ from renderer output")
        print("renderer cross-check: done")
    except ImportError as ex:
        print("renderer cross-check skipped:", ex)

    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
    check(size < 15 * 1000 * 1000, f"set is {size} bytes (>= 15 MB)")
    print(f"types={len(TYPES)} files={len(man)} table_body_rows={total_rows} "
          f"truth_lines={sum(len(v) for v in truth.values())} bytes={size}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
