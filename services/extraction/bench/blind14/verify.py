#!/usr/bin/env python3
"""Verify the ocr14 set against its own files.

python verify.py          structural + truth + arithmetic checks, Tesseract sanity OCR of the 7 clean pages
python verify.py --all    additionally OCR every page file (rotated ones turned back first) and print CER
Exit code 0 only if every check passes.
"""
import io
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print("FAIL:", msg)
    return cond


def P(rel):
    return os.path.join(HERE, rel)


def num(s):
    """Indonesian number -> int (1.250.000) or float (87,5)."""
    s = s.strip()
    if s == "-":
        return 0
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    return int(s.replace(".", ""))


def terbilang2(n):
    """Independent implementation (grouped by thousands)."""
    units = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()

    def below1000(x):
        out = []
        h, r = divmod(x, 100)
        if h == 1:
            out.append("seratus")
        elif h > 1:
            out += [units[h], "ratus"]
        if r:
            if r < 10:
                out.append(units[r])
            elif r == 10:
                out.append("sepuluh")
            elif r == 11:
                out.append("sebelas")
            elif r < 20:
                out += [units[r - 10], "belas"]
            else:
                t, u = divmod(r, 10)
                out += [units[t], "puluh"] + ([units[u]] if u else [])
        return out
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    names = ["", "ribu", "juta", "miliar"]
    words = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if not g:
            continue
        if i == 1 and g == 1:
            words.append("seribu")
            continue
        words += below1000(g) + ([names[i]] if names[i] else [])
    return " ".join(words)


def lev(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    prev = np.arange(len(b) + 1, dtype=np.int32)
    ar = np.arange(len(b) + 1, dtype=np.int32)
    for i, ch in enumerate(a, 1):
        cost = (bb != ord(ch)).astype(np.int32)
        tmp = np.empty_like(prev)
        tmp[0] = i
        tmp[1:] = np.minimum(prev[1:] + 1, prev[:-1] + cost)
        prev = np.minimum.accumulate(tmp - ar) + ar
    return int(prev[-1])


def norm(t):
    return " ".join(t.split())


def ocr(img):
    with tempfile.TemporaryDirectory() as d:
        fn = os.path.join(d, "p.png")
        img.save(fn)
        r = subprocess.run(["tesseract", fn, "-", "-l", "ind", "--psm", "3"], capture_output=True, text=True)
        return r.stdout


def png_bitdepth(path):
    with open(path, "rb") as fh:
        b = fh.read(26)
    return b[24], b[25]


def main(all_ocr):
    man = json.load(open(P("manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
    types = sorted({e["text_type"] for e in man})
    check(len(types) == 7, f"{len(types)} text types")
    files = [e["file"] for e in man]
    check(len(set(files)) == len(files), "duplicate files in manifest")
    for t in types:
        ds = sorted(e["degradation"] for e in man if e["text_type"] == t)
        check(ds == sorted(DEGS), f"{t}: degradations {ds}")
    n_tables_types = 0
    for e in man:
        t, d = e["text_type"], e["degradation"]
        check(e["file"] == f"pages/{t}/{t}__{d}.{EXT[d]}", f"bad path {e['file']}")
        check(os.path.isfile(P(e["file"])), f"missing {e['file']}")
        check(e["truth"] == f"truth/{t}.txt" and os.path.isfile(P(e["truth"])), f"truth for {e['file']}")
        has_t = os.path.isfile(P(f"truth/{t}.tables.json"))
        check(("tables" in e) == has_t, f"tables key mismatch {e['file']}")
        if has_t:
            check(e["tables"] == f"truth/{t}.tables.json", f"tables path {e['file']}")
    # ---- files per type
    clean = {}
    for t in types:
        c = Image.open(P(f"pages/{t}/{t}__clean_300dpi.png"))
        check(c.mode == "P" and png_bitdepth(P(f"pages/{t}/{t}__clean_300dpi.png")) == (4, 3), f"{t} clean not 4-bit palette")
        check(c.size == (2480, 3508), f"{t} clean size {c.size}")
        ca = np.asarray(c.convert("L"))
        clean[t] = ca
        im = Image.open(P(f"pages/{t}/{t}__dpi150.png"))
        check(im.size == (1240, 1754) and png_bitdepth(P(f"pages/{t}/{t}__dpi150.png"))[0] == 4, f"{t} dpi150")
        im = Image.open(P(f"pages/{t}/{t}__fax.png"))
        check(im.mode == "1", f"{t} fax mode {im.mode}")
        fa = np.asarray(im)
        check(fa.shape == (2338, 1653) or fa.shape == (2338, 1654), f"{t} fax shape {fa.shape}")
        check(np.array_equal(fa[0::2], fa[1::2]), f"{t} fax rows not doubled (100 dpi vertical look)")
        check(0.02 < (~fa).mean() < 0.3, f"{t} fax ink ratio {(~fa).mean():.3f}")
        im = Image.open(P(f"pages/{t}/{t}__jpeg_q25.jpg"))
        check(im.format == "JPEG", f"{t} jpeg format")
        im = Image.open(P(f"pages/{t}/{t}__phone_photo.jpg"))
        check(im.format == "JPEG" and im.mode == "RGB", f"{t} phone format")
        im = Image.open(P(f"pages/{t}/{t}__stamp.png")).convert("RGB")
        a = np.asarray(im).astype(int)
        sat = (a.max(2) - a.min(2)) > 60
        check(sat.sum() > 5000, f"{t} stamp: only {sat.sum()} coloured pixels")
        r = PdfReader(P(f"pages/{t}/{t}__pdf_skew2.pdf"))
        check(len(r.pages) == 1, f"{t} pdf pages")
        pg = r.pages[0]
        check(pg.extract_text().strip() == "", f"{t} pdf has a text layer")
        imgs = pg.images
        check(len(imgs) == 1, f"{t} pdf images {len(imgs)}")
        check(imgs[0].image.size == (1654, 2339), f"{t} pdf image size {imgs[0].image.size}")
        check(abs(float(pg.mediabox.width) - 595.27) < 1 and abs(float(pg.mediabox.height) - 841.89) < 1, f"{t} pdf not A4")
        sw = np.asarray(Image.open(P(f"pages/{t}/{t}__sideways.png")).convert("L"))
        check(np.array_equal(sw, np.rot90(ca, 1)), f"{t} sideways is not clean rotated exactly 90 deg")
        ud = np.asarray(Image.open(P(f"pages/{t}/{t}__upside_down.png")).convert("L"))
        check(np.array_equal(ud, np.rot90(ca, 2)), f"{t} upside_down is not clean rotated exactly 180 deg")
    # ---- truth text vs layout and ink
    truths = {}
    for t in types:
        lines = open(P(f"truth/{t}.txt"), encoding="utf-8").read().split("\n")
        check(lines[-1] == "", f"{t} truth must end with newline")
        lines = lines[:-1]
        truths[t] = lines
        lay = json.load(open(P(f"meta/{t}.layout.json"), encoding="utf-8"))
        check([l["text"] for l in lay["lines"]] == lines, f"{t} truth != layout record")
        for i, l in enumerate(lines):
            check(l == l.strip() and "  " not in l and l, f"{t} line {i} whitespace: {l!r}")
        ca = clean[t]
        for l in lay["lines"]:
            for b in l["boxes"]:
                x0, y0, x1, y1 = [int(round(v)) for v in b]
                check(ca[y0:y1 + 1, x0:x1 + 1].min() < 100, f"{t}: no ink for {l['text'][:40]!r}")
        print(f"{t}: {len(lines)} truth lines, {sum(len(l) for l in lines)} chars")
    # ---- tables
    tables = {}
    for t in types:
        fn = P(f"truth/{t}.tables.json")
        if not os.path.isfile(fn):
            continue
        n_tables_types += 1
        tabs = json.load(open(fn, encoding="utf-8"))
        tables[t] = tabs
        pos = 0
        for ti, tab in enumerate(tabs):
            ncol = len(tab[0])
            check(all(len(r) == ncol for r in tab), f"{t} table {ti} not rectangular")
            check(all(isinstance(c, str) and c == c.strip() and "  " not in c for r in tab for c in r), f"{t} table {ti} cell text")
            joined = [" ".join(c for c in r if c) for r in tab]
            try:
                start = truths[t].index(joined[0], pos)
            except ValueError:
                check(False, f"{t} table {ti} header row not in truth")
                continue
            check(truths[t][start:start + len(tab)] == joined, f"{t} table {ti} rows are not consecutive truth lines")
            pos = start + len(tab)
            print(f"{t}: table {ti}: {len(tab)} rows x {ncol} cols")
    check(n_tables_types >= 4, "fewer than 4 types with tables")
    alltext = "\n".join("\n".join(v) for v in truths.values())
    for must in ["5.1.02.01.01.0024", "1.3.2.05.01.04.002", "800/1432/BKPSDM-III/X/2026", "19780312 200501 1 004"]:
        check(must in alltext, f"required value {must} missing")
    # ---- arithmetic
    if "sp2d" in tables:
        t1, t2 = tables["sp2d"]
        items = [num(r[3]) for r in t1[1:-1]]
        total = num(t1[-1][3])
        check(sum(items) == total and t1[-1][2] == "JUMLAH", "sp2d: items do not sum to JUMLAH")
        pot = [num(r[2]) for r in t2[1:-1]]
        check(sum(pot) == num(t2[-1][2]), "sp2d: potongan sum")
        net = total - sum(pot)
        tx = truths["sp2d"]
        check(any(l == f"Jumlah yang Dibayarkan : Rp {t2[-1][2] and format(net, ',').replace(',', '.')}" for l in tx), "sp2d: net line")
        full = " ".join(tx)
        m = re.search(r"uang sebesar Rp ([\d.]+) \(([a-z ]+) rupiah\)", full)
        check(m is not None and num(m.group(1)) == net, "sp2d: uang sebesar != net")
        if m:
            check(m.group(2) == terbilang2(net), f"sp2d: terbilang mismatch {m.group(2)!r} vs {terbilang2(net)!r}")
        dpp = round(total * 100 / 111)
        check(num(t2[1][2]) == total - dpp and num(t2[2][2]) == round(dpp * 15 / 1000), "sp2d: PPN/PPh22 recompute")
        print(f"sp2d: total {total}, potongan {sum(pot)}, net {net} OK")
    if "rekap_retribusi" in tables:
        tab = tables["rekap_retribusi"][0]
        acc, grand, nsub = None, [0, 0, 0, 0], 0
        for r in tab[1:]:
            if r[1].count(".") == 3 and r[3] == "":
                acc = [0, 0, 0, 0]
                continue
            vals = [num(x) for x in r[3:7]]
            check(vals[1] + vals[2] == vals[3], f"rekap: s.d. bulan ini != lalu + ini in {r[2]}")
            check(r[7] == f"{vals[3] * 100 / vals[0]:.2f}".replace(".", ","), f"rekap: % wrong in {r[2]}")
            if r[2].startswith("Jumlah "):
                check(vals == acc, f"rekap: subtotal wrong {r[2]}")
                grand = [g + v for g, v in zip(grand, vals)]
                nsub += 1
            elif r[2].startswith("JUMLAH"):
                check(vals == grand, "rekap: grand total wrong")
            else:
                acc = [a + v for a, v in zip(acc, vals)]
        check(nsub == 3, "rekap: 3 subtotals expected")
        print(f"rekap_retribusi: {nsub} subtotals + grand total OK")
    if "lhp" in tables:
        tab = tables["lhp"][0]
        body, last = tab[2:-1], tab[-1]
        kd = sum(num(r[4]) for r in body)
        adm = sum(num(r[5]) for r in body)
        check(last[0] == "Jumlah" and num(last[4]) == kd and num(last[5]) == adm, "lhp: Jumlah row")
        check(f"Rp {last[4]} dicatat" in " ".join(truths["lhp"]), "lhp: paragraph amount != table total")
        check(tab[0][4] == "Nilai Temuan (Rp)" and tab[0][5] == "" and tab[1][4] == "Kerugian Daerah", "lhp: merged header convention")
        print(f"lhp: kerugian {kd}, administratif {adm} OK")
    if "daftar_hadir" in tables:
        tab = tables["daftar_hadir"][0]
        lay = json.load(open(P("meta/daftar_hadir.layout.json"), encoding="utf-8"))
        nsig = len(lay["graphics_ink_boxes"])
        m = [re.match(r"Jumlah peserta hadir: (\d+) orang", l) for l in truths["daftar_hadir"]]
        m = [x for x in m if x]
        check(m and int(m[0].group(1)) == nsig, "daftar_hadir: count != signatures drawn")
        check([r[0] for r in tab[1:]] == [f"{i}." for i in range(1, len(tab))], "daftar_hadir: numbering")
        check(all(r[4] == r[0] for r in tab[1:]), "daftar_hadir: signature column numbers")
        ca = clean["daftar_hadir"]
        for b in lay["graphics_ink_boxes"]:
            x0, y0, x1, y1 = [int(v) for v in b]
            check(ca[y0:y1, x0:x1].min() < 100, "daftar_hadir: signature box without ink")
        print(f"daftar_hadir: {len(tab) - 1} rows, {nsig} signatures OK")
    if "sppd" in tables:
        tab = tables["sppd"][0]
        r7 = [r for r in tab if r[0] == "7."][0][2]
        m = re.match(r"a\. (\d+) \(\w+\) hari b\. (\d+) Oktober 2026 c\. (\d+) Oktober 2026", r7)
        check(m and int(m.group(3)) - int(m.group(2)) + 1 == int(m.group(1)), "sppd: lamanya perjalanan")
        check([r[0] for r in tab] == [f"{i}." for i in range(1, 11)], "sppd: numbering")
    # ---- OCR sanity
    print("Tesseract (ind) sanity CER against truth:")
    for t in types:
        tr = norm("\n".join(truths[t]))
        targets = DEGS if all_ocr else ["clean_300dpi"]
        for d in targets:
            fn = P(f"pages/{t}/{t}__{d}.{EXT[d]}")
            if d == "pdf_skew2":
                img = PdfReader(fn).pages[0].images[0].image
            else:
                img = Image.open(fn)
            if d == "sideways":
                img = img.transpose(Image.ROTATE_270)
            elif d == "upside_down":
                img = img.transpose(Image.ROTATE_180)
            o = norm(ocr(img.convert("RGB") if img.mode == "P" else img))
            cer = lev(o, tr) / len(tr)
            # order-insensitive check: share of truth tokens that Tesseract also produced (multiset recall)
            from collections import Counter
            tt, ot = Counter(tr.split()), Counter(o.split())
            rec = sum(min(v, ot[k]) for k, v in tt.items()) / sum(tt.values())
            print(f"  {t:16s} {d:13s} CER {cer:.3f}  token recall {rec:.3f}")
            if d == "clean_300dpi":
                check(rec > 0.75, f"{t}: clean page token recall {rec:.3f} too low - truth may not match image")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    print(f"total size {size / 1e6:.2f} MB")
    check(size < 15e6, "size over 15 MB")
    check(not any("__pycache__" in dp for dp, _, _ in os.walk(HERE)), "__pycache__ present")
    print("RESULT:", "PASS" if not FAIL else f"FAIL ({len(FAIL)})")
    return 0 if not FAIL else 1


if __name__ == "__main__":
    sys.exit(main("--all" in sys.argv))
