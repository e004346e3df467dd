#!/usr/bin/env python3
"""Checks the ocr13 set: manifest/interface, file formats, rotations, truth/table consistency,
recomputed arithmetic, presence of the key codes, and (with tesseract) that the drawn text really
is the truth text (word recall on the clean pages, number-bearing table cells found by OCR).
Usage: python verify.py [--no-ocr]"""
import json
import os
import re
import subprocess
import sys

import numpy as np
from PIL import Image

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
TYPES = ["bast_barang", "kib_b", "undangan_jadwal", "realisasi_fisik_keuangan", "notulen_rapat", "sk_tim_bmd",
         "leaflet_infografis"]
TABLE_STYLE = {"bast_barang": "grid", "kib_b": "grid, merged + shaded 2-row header",
               "undangan_jadwal": "no rules", "realisasi_fisik_keuangan": "horizontal rules only",
               "sk_tim_bmd": "grid (lampiran)", "leaflet_infografis": "horizontal rules only"}
errors = []


def err(msg):
    errors.append(msg)
    print("FAIL:", msg)


def num(s):
    return int(s.replace(".", ""))


def pctv(s):
    return float(s.replace(",", "."))


def png_bitdepth(path):
    with open(path, "rb") as fh:
        h = fh.read(33)
    assert h[:8] == b"\x89PNG\r\n\x1a\n"
    return h[24], h[25]  # bit depth, colour type


def norm(t):
    return " ".join(t.split())


def main():
    do_ocr = "--no-ocr" not in sys.argv
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    # ---------------------------------------------------------------- manifest
    if len(man) != 63:
        err(f"manifest has {len(man)} entries, expected 63")
    seen = set()
    for e in man:
        keys = set(e)
        base = {"file", "text_type", "degradation", "truth"}
        if keys not in (base, base | {"tables"}):
            err(f"bad keys {keys}")
        t, d = e["text_type"], e["degradation"]
        if e["file"] != f"pages/{t}/{t}__{d}.{DEGS[d]}":
            err(f"bad file name {e['file']}")
        if e["truth"] != f"truth/{t}.txt":
            err(f"bad truth path {e['truth']}")
        tj = f"truth/{t}.tables.json"
        if os.path.exists(os.path.join(HERE, tj)) != ("tables" in e) or ("tables" in e and e["tables"] != tj):
            err(f"tables key mismatch for {e['file']}")
        for k in ("file", "truth") + (("tables",) if "tables" in e else ()):
            if not os.path.exists(os.path.join(HERE, e[k])):
                err(f"missing {e[k]}")
        seen.add((t, d))
    if seen != {(t, d) for t in TYPES for d in DEGS}:
        err("type x degradation grid incomplete")
    n_tab_types = sum(os.path.exists(os.path.join(HERE, f"truth/{t}.tables.json")) for t in TYPES)
    if n_tab_types < 4:
        err("fewer than 4 types with tables")
    # ---------------------------------------------------------------- truth + tables
    truth = {}
    tables = {}
    for t in TYPES:
        raw = open(os.path.join(HERE, f"truth/{t}.txt"), encoding="utf-8").read()
        lines = raw.rstrip("\n").split("\n")
        truth[t] = lines
        for i, ln in enumerate(lines):
            if not ln or ln != ln.strip() or "  " in ln:
                err(f"{t} truth line {i + 1} has bad whitespace: {ln!r}")
        p = os.path.join(HERE, f"truth/{t}.tables.json")
        if os.path.exists(p):
            tabs = json.load(open(p, encoding="utf-8"))
            tables[t] = tabs
            pos = 0
            for ti, tab in enumerate(tabs):
                ncol = len(tab[0])
                for r in tab:
                    if len(r) != ncol or not all(isinstance(c, str) for c in r):
                        err(f"{t} table {ti} not rectangular/str")
                    if any(c != c.strip() or "  " in c for c in r):
                        err(f"{t} table {ti} cell whitespace")
                # rows appear in order as consecutive truth lines
                joined = [" ".join(c for c in r if c) for r in tab]
                try:
                    start = lines.index(joined[0], pos)
                except ValueError:
                    err(f"{t} table {ti} header row not a truth line: {joined[0]!r}")
                    continue
                if lines[start:start + len(joined)] != joined:
                    err(f"{t} table {ti} rows are not consecutive truth lines")
                pos = start + len(joined)
                print(f"  {t}: table {ti}: {len(tab)} rows x {ncol} cols ({TABLE_STYLE.get(t, '?')})")
    # ---------------------------------------------------------------- key codes
    alltxt = {t: "\n".join(v) for t, v in truth.items()}
    for code, where in [("5.1.02.01.01.0024", ["bast_barang", "realisasi_fisik_keuangan", "notulen_rapat", "sk_tim_bmd"]),
                        ("1.3.2.05.01.04.002", ["kib_b", "sk_tim_bmd"]),
                        ("800/1432/BKPSDM-III/X/2026", ["undangan_jadwal", "notulen_rapat"]),
                        ("19780312 200501 1 004", ["bast_barang", "kib_b", "undangan_jadwal", "notulen_rapat"])]:
        for t in where:
            if code not in alltxt[t]:
                err(f"{code} missing in truth of {t}")
    # ---------------------------------------------------------------- arithmetic
    b = tables["bast_barang"][0]
    items = [r for r in b[1:] if r[0].isdigit()]
    s = 0
    for r in items:
        if num(r[3]) * num(r[5]) != num(r[6]):
            err(f"BAST row {r[0]} qty*price")
        s += num(r[6])
    lab = {r[0]: num(r[6]) for r in b if not r[0].isdigit() and r[0] != "No"}
    if lab["Jumlah"] != s or lab["PPN 11%"] != s * 11 // 100 or lab["Total"] != s + s * 11 // 100:
        err("BAST totals")
    k = tables["kib_b"][0]
    kitems = [r for r in k[2:] if r[0].isdigit()]
    if sum(num(r[10]) for r in kitems) != num(k[-1][10]):
        err("KIB total")
    if [int(r[0]) for r in kitems] != list(range(1, len(kitems) + 1)):
        err("KIB numbering")
    if not any(r[1] == "1.3.2.05.01.04.002" for r in kitems):
        err("KIB lacks kode barang 1.3.2.05.01.04.002")
    rz = tables["realisasi_fisik_keuangan"][0]
    tp = tr = 0
    for r in rz[1:-1]:
        if not r[0]:
            continue
        pg, rl = num(r[3]), num(r[4])
        tp += pg
        tr += rl
        if abs(pctv(r[5]) - rl * 100 / pg) > 0.0051:
            err(f"realisasi row {r[0]} percent {r[5]}")
        if not 0 <= pctv(r[6]) <= 100 or rl > pg:
            err(f"realisasi row {r[0]} range")
    last = rz[-1]
    if num(last[3]) != tp or num(last[4]) != tr or abs(pctv(last[5]) - tr * 100 / tp) > 0.0051:
        err("realisasi totals")
    # ---------------------------------------------------------------- files
    for t in TYPES:
        f = lambda d: os.path.join(HERE, f"pages/{t}/{t}__{d}.{DEGS[d]}")
        clean = Image.open(f("clean_300dpi"))
        bd, ct = png_bitdepth(f("clean_300dpi"))
        if (bd, ct) != (4, 3) or clean.size not in ((2480, 3508), (3508, 2480)):
            err(f"{t} clean not 4-bit palette A4@300: {bd},{ct},{clean.size}")
        ca = np.asarray(clean)
        for d, op in [("sideways", None), ("upside_down", Image.Transpose.ROTATE_180)]:
            im = Image.open(f(d))
            if png_bitdepth(f(d)) != (4, 3):
                err(f"{t} {d} not 4-bit")
            a = np.asarray(im)
            if d == "upside_down":
                ok = np.array_equal(a, ca[::-1, ::-1])
            else:
                ok = np.array_equal(a, np.rot90(ca, 1)) or np.array_equal(a, np.rot90(ca, -1))
            if not ok:
                err(f"{t} {d} is not an exact rotation of the clean page")
        im = Image.open(f("dpi150"))
        if im.size != (clean.width // 2, clean.height // 2):
            err(f"{t} dpi150 size")
        im = Image.open(f("fax"))
        if im.mode != "1":
            err(f"{t} fax not 1-bit")
        fa = np.asarray(im)
        if not np.array_equal(fa[0::2], fa[1::2]):
            err(f"{t} fax not 100 dpi vertical (row pairs differ)")
        for d in ("jpeg_q25", "phone_photo"):
            im = Image.open(f(d))
            if im.format != "JPEG":
                err(f"{t} {d} not JPEG")
        im = Image.open(f("stamp"))
        rgb = np.asarray(im.convert("RGB")).astype(int)
        colourful = ((rgb.max(-1) - rgb.min(-1)) > 45).sum()
        if colourful < 15000:
            err(f"{t} stamp page has too little colour ({colourful})")
        from pypdf import PdfReader
        rd = PdfReader(f("pdf_skew2"))
        pg = rd.pages[0]
        if len(rd.pages) != 1 or pg.extract_text().strip() or "/Font" in str(pg.get("/Resources", {})):
            err(f"{t} pdf has a text layer or >1 page")
        if len(pg.images) != 1:
            err(f"{t} pdf does not hold exactly one image")
    # ---------------------------------------------------------------- size / hygiene
    tot = 0
    for root, dirs, files in os.walk(HERE):
        if "__pycache__" in dirs:
            err("__pycache__ present")
        tot += sum(os.path.getsize(os.path.join(root, x)) for x in files)
    print(f"  total size {tot / 1e6:.2f} MB")
    if tot >= 15 * 1024 * 1024:
        err("output dir over 15 MB")
    # ---------------------------------------------------------------- OCR sanity
    # Order-insensitive: tesseract --psm 11 (sparse text) on each clean page; the share of truth
    # words (multiset) found in the OCR words must be high, and the key codes must be read.
    if do_ocr:
        from collections import Counter
        from concurrent.futures import ThreadPoolExecutor

        def ocr(t):
            path = os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png")
            return t, subprocess.run(["tesseract", path, "-", "-l", "ind", "--psm", "11"],
                                     capture_output=True, text=True).stdout

        with ThreadPoolExecutor(2) as ex:
            res = dict(ex.map(ocr, TYPES))
        for t in TYPES:
            tw = Counter(w.strip(",;:.()") for w in " ".join(truth[t]).split())
            ow = Counter(w.strip(",;:.()|") for w in res[t].split())
            tw.pop("", None)
            hit = sum(min(c, ow[w]) for w, c in tw.items())
            rec = hit / sum(tw.values())
            hz = "".join(res[t].split())
            cells = [c for tab in tables.get(t, []) for r in tab for c in r if re.search(r"\d", c)]
            found = sum("".join(c.split()) in hz for c in cells)
            print(f"  OCR {t:26s} clean word recall={rec:.3f}  numeric cells found {found}/{len(cells)}", flush=True)
            if rec < 0.85:
                err(f"{t}: clean-page OCR word recall {rec:.3f} too low: truth may not match drawing")
            if cells and found / len(cells) < 0.75:
                err(f"{t}: clean-page OCR finds only {found}/{len(cells)} numeric cells")
    print("VERIFY", "FAILED" if errors else "OK", f"({len(errors)} problems)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
