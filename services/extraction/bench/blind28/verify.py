#!/usr/bin/env python3
"""Verify the ocr28 set against its own files.

Checks (all must pass):
  * manifest: 63 entries = 7 types x 9 degradations, files exist, paths/ext/keys as specified;
  * every page file opens and has the properties its degradation name promises
    (size, dpi, bit depth / mode, exact 90/180 degree rotation of the clean page, 1-bit fax with doubled
    scan lines, image-only PDF without a text layer, coloured stamp pixels, photo in colour ...);
  * truth files: clean lines, ASCII, tables rectangular, every table row (non-empty cells joined by a
    space) is a line of the .txt, in the same order;
  * code shapes present (letter numbers, NIP, 6-segment kode rekening, 7-segment kode barang);
  * arithmetic of every table recomputed independently from the truth strings;
  * Tesseract (ind) on every clean page: character error rate against the truth below a threshold, and
    every letter number / NIP / code of the truth found in the OCR text of the clean page or nearly so.
Optional: `python verify.py --ocr-all` also OCRs every degraded file and prints a plain-Tesseract
baseline table (informative, not a pass/fail criterion).
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
from rapidfuzz.distance import Levenshtein

ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["surat_domisili", "nota_dinas", "buku_kas_umum", "penerima_bantuan", "bast_barang", "spm",
         "stok_opname"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
FAILS = []
os.environ["OMP_THREAD_LIMIT"] = "1"
from concurrent.futures import ThreadPoolExecutor
POOL = ThreadPoolExecutor(max(1, min(6, (os.cpu_count() or 2))))


def check(cond, msg):
    if not cond:
        FAILS.append(msg)
        print("FAIL:", msg)
    return cond


def num(s):
    s = s.strip()
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", s), ("not an Indonesian integer", s)
    return int(s.replace(".", ""))


def pctv(s):
    assert re.fullmatch(r"\d+,\d\d", s), s
    return float(s.replace(",", "."))


RE_LETTER = re.compile(r"\b\d{3}/\d{4}/[A-Z][A-Z.]*(?:-[A-Z]+)*-[IVX]+/[IVX]+/\d{4}\b")
RE_NIP = re.compile(r"\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]) (19|20)\d{2}(0[1-9]|1[0-2]) [12] \d{3}\b")
RE_REK = re.compile(r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b")
RE_KB = re.compile(r"\b1\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b")


def load_png_bitdepth(path):
    with open(path, "rb") as fh:
        head = fh.read(33)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return head[24], head[25]  # bit depth, colour type


def ocr(img, psm=4):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "in.png")
        img.save(p, dpi=(300, 300))
        out = subprocess.run(["tesseract", p, "-", "-l", "ind", "--psm", str(psm)], capture_output=True,
                             text=True, check=True).stdout
    return out


def norm(t):
    return " ".join(t.split())


def cer(truth, hyp):
    a, b = norm(truth), norm(hyp)
    return Levenshtein.distance(a, b) / max(1, len(a))


def page_image(path):
    if path.endswith(".pdf"):
        r = PdfReader(path)
        return r.pages[0].images[0].image.convert("L")
    return Image.open(path).convert("L")


def main():
    ocr_all = "--ocr-all" in sys.argv
    man = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, want 63")
    seen = set()
    for e in man:
        t, d = e["text_type"], e["degradation"]
        seen.add((t, d))
        check(t in TYPES and d in DEGS, f"unknown type/deg {t}/{d}")
        check(re.fullmatch(rf"pages/{t}/{t}__{d}\.(png|jpg|pdf)", e["file"]) is not None, f"bad path {e['file']}")
        check(os.path.isfile(os.path.join(ROOT, e["file"])), f"missing {e['file']}")
        check(e["truth"] == f"truth/{t}.txt" and os.path.isfile(os.path.join(ROOT, e["truth"])), "truth path")
        tj = os.path.join(ROOT, "truth", t + ".tables.json")
        if os.path.isfile(tj):
            check(e.get("tables") == f"truth/{t}.tables.json", f"tables key missing for {t}")
        else:
            check("tables" not in e, f"tables key without file for {t}")
    check(len(seen) == 63, "duplicate entries")

    # ---------------------------------------------------------------- truth files
    truths, tables = {}, {}
    n_tab_types = 0
    for t in TYPES:
        txt = open(os.path.join(ROOT, "truth", t + ".txt"), encoding="utf-8").read()
        check(txt.endswith("\n") and not txt.endswith("\n\n"), f"{t}: trailing newline")
        lines = txt.rstrip("\n").split("\n")
        truths[t] = lines
        for i, l in enumerate(lines):
            check(l == l.strip() and "  " not in l and l != "", f"{t}: line {i + 1} whitespace: {l!r}")
            check(all(32 <= ord(c) < 127 for c in l), f"{t}: non-ASCII on line {i + 1}")
        tp = os.path.join(ROOT, "truth", t + ".tables.json")
        if os.path.isfile(tp):
            n_tab_types += 1
            tabs = json.load(open(tp, encoding="utf-8"))
            tables[t] = tabs
            pos = 0
            for k, tab in enumerate(tabs):
                ncol = len(tab[0])
                for r, row in enumerate(tab):
                    check(len(row) == ncol, f"{t} table {k} row {r}: {len(row)} cells, want {ncol}")
                    check(all(isinstance(c, str) and c == c.strip() and "  " not in c for c in row),
                          f"{t} table {k} row {r}: cell whitespace")
                    joined = " ".join(c for c in row if c)
                    if not joined:
                        continue
                    try:
                        pos = lines.index(joined, pos) + 1
                    except ValueError:
                        check(False, f"{t} table {k} row {r} not a truth line (in order): {joined!r}")
    check(n_tab_types >= 4, f"only {n_tab_types} types with tables")

    # ---------------------------------------------------------------- shapes
    alltxt = "\n".join("\n".join(v) for v in truths.values())
    counts = {"letter_numbers": len(RE_LETTER.findall(alltxt)), "nip": len(RE_NIP.findall(alltxt)),
              "kode_rekening": len(RE_REK.findall(alltxt)), "kode_barang": len(RE_KB.findall(alltxt))}
    print("code shapes in truth:", counts)
    for k, v in counts.items():
        check(v >= 5, f"too few {k}")
    for t in TYPES:
        check(RE_LETTER.search("\n".join(truths[t])) or RE_NIP.search("\n".join(truths[t])),
              f"{t}: no letter number / NIP")

    # ---------------------------------------------------------------- arithmetic
    def body(tab, head=1):
        return tab[head:-1], tab[-1]

    # nota dinas
    rows, tot = body(tables["nota_dinas"][0])
    sp = sr = 0
    for r in rows:
        pg, re_, si = num(r[3]), num(r[4]), num(r[5])
        check(pg - re_ == si, f"nota_dinas sisa row {r[0]}")
        check(abs(pctv(r[6]) - round(100 * re_ / pg, 2)) < 0.006, f"nota_dinas % row {r[0]}")
        check(RE_REK.fullmatch(r[1]) is not None, f"nota_dinas kode {r[1]}")
        sp += pg
        sr += re_
    check(num(tot[3]) == sp and num(tot[4]) == sr and num(tot[5]) == sp - sr, "nota_dinas totals")
    check(abs(pctv(tot[6]) - round(100 * sr / sp, 2)) < 0.006, "nota_dinas total %")
    # bku running balance
    tab = tables["buku_kas_umum"][0]
    saldo = num(tab[1][7])
    tin = tout = 0
    for r in tab[2:-1]:
        i_ = num(r[5]) if r[5] else 0
        o_ = num(r[6]) if r[6] else 0
        saldo += i_ - o_
        tin += i_
        tout += o_
        check(num(r[7]) == saldo, f"bku saldo row {r[0]}")
        check(r[4] == "" or RE_REK.fullmatch(r[4]) is not None, f"bku kode {r[4]}")
    last = tab[-1]
    check(num(last[5]) == tin and num(last[6]) == tout and num(last[7]) == saldo, "bku totals")
    bl = truths["buku_kas_umum"]
    kas = {k: num(re.search(r"Rp ([\d.]+)", l).group(1)) for l in bl for k in ("Saldo Buku Kas Umum", "a. Tunai",
                                                                                "b. Saldo Bank") if l.startswith(k)}
    check(kas["Saldo Buku Kas Umum"] == saldo == kas["a. Tunai"] + kas["b. Saldo Bank"], "bku closing cash")
    # penerima
    rows, tot = body(tables["penerima_bantuan"][0])
    check(num(tot[5]) == sum(num(r[5]) for r in rows), "penerima total")
    check([r[0] for r in rows] == [str(i + 1) for i in range(len(rows))], "penerima numbering")
    for r in rows:
        check(re.fullmatch(r"6472\d{12}", r[1]) is not None, f"NIK {r[1]}")
    ptxt = " ".join(truths["penerima_bantuan"])
    check(f"sebanyak {len(rows)} orang" in ptxt and f"Rp {tot[5]}" in ptxt, "penerima summary sentence")
    # bast
    t1, t2 = tables["bast_barang"]
    rows, tot = t1[2:-1], t1[-1]
    s = 0
    for r in rows:
        check(num(r[4]) * num(r[6]) == num(r[7]), f"bast row {r[0]}")
        check(RE_KB.fullmatch(r[1]) is not None, f"bast kode barang {r[1]}")
        s += num(r[7])
    check(num(tot[7]) == s and tot[0] == "JUMLAH", "bast total")
    check(all(len(r) == 4 for r in t2) and RE_LETTER.fullmatch(t2[1][2]) is not None, "bast doc table")
    # spm
    rows, tot = body(tables["spm"][0])
    s = sum(num(r[3]) for r in rows)
    check(num(tot[3]) == s, "spm total")
    sl = truths["spm"]
    amt = lambda key: num(re.search(r"Rp ([\d.]+)", next(l for l in sl if l.startswith(key))).group(1))
    pot = amt("1. PPh Pasal 21") + amt("2. PPh Pasal 22")
    check(amt("Jumlah SPM") == s and amt("Jumlah Potongan") == pot and amt("Jumlah yang Dibayarkan") == s - pot,
          "spm amounts")
    check(any(l.lower() == "terbilang: " + terbilang_ref(s - pot) + " rupiah" for l in sl), "spm terbilang")
    # stok opname
    rows, tot = body(tables["stok_opname"][0])
    s = 0
    for r in rows:
        a, m, k, ak, h, nv = (num(x) for x in r[4:10])
        check(a + m - k == ak and ak * h == nv, f"stok row {r[0]}")
        check(RE_KB.fullmatch(r[1]) is not None, f"stok kode {r[1]}")
        s += nv
    check(num(tot[9]) == s, "stok total")

    # ---------------------------------------------------------------- page files
    clean = {}
    for e in man:
        t, d, path = e["text_type"], e["degradation"], os.path.join(ROOT, e["file"])
        if d == "pdf_skew2":
            r = PdfReader(path)
            check(len(r.pages) == 1, f"{path}: pages")
            check(r.pages[0].extract_text().strip() == "", f"{path}: has a text layer")
            res = r.pages[0].get("/Resources") or {}
            check("/Font" not in res, f"{path}: has fonts")
            ims = r.pages[0].images
            check(len(ims) == 1, f"{path}: images")
            im = ims[0].image
            box = r.pages[0].mediabox
            dpi = im.width / (float(box.width) / 72)
            check(abs(dpi - 200) < 1, f"{path}: dpi {dpi}")
            continue
        im = Image.open(path)
        if d == "clean_300dpi":
            check(im.size == (2480, 3508) and im.format == "PNG", f"{path}: size")
            check(load_png_bitdepth(path) == (4, 3), f"{path}: not 4-bit palette")
            clean[t] = np.asarray(im.convert("L"))
        elif d == "dpi150":
            check(im.size == (1240, 1754) and round(im.info["dpi"][0]) == 150, f"{path}: size/dpi")
        elif d == "fax":
            check(im.mode == "1" and im.size == (1653, 2338), f"{path}: mode/size {im.mode} {im.size}")
            a = np.asarray(im)
            check(np.array_equal(a[0::2], a[1::2]), f"{path}: scan lines not doubled")
        elif d == "jpeg_q25":
            check(im.format == "JPEG", f"{path}: not JPEG")
            q = im.quantization[0]
            check(q[0] >= 25, f"{path}: quantisation too fine for q25 ({q[0]})")
        elif d == "phone_photo":
            check(im.format == "JPEG" and im.mode == "RGB", f"{path}: not colour JPEG")
        elif d == "stamp":
            a = np.asarray(im.convert("RGB")).astype(int)
            col = ((a.max(axis=2) - a.min(axis=2)) > 40).sum()
            check(col > 3000, f"{path}: no coloured stamp pixels ({col})")
        elif d in ("sideways", "upside_down"):
            pass
    # rotations: compare with the clean page at the same scale
    for e in man:
        t, d, path = e["text_type"], e["degradation"], os.path.join(ROOT, e["file"])
        if d not in ("sideways", "upside_down"):
            continue
        im = Image.open(path).convert("L")
        ref = Image.fromarray(clean[t]).resize((1653, 2339), Image.LANCZOS)
        if d == "sideways":
            check(im.size == (2339, 1653), f"{path}: size {im.size}")
            cands = {"90": im.transpose(Image.ROTATE_270), "270": im.transpose(Image.ROTATE_90)}
        else:
            check(im.size == (1653, 2339), f"{path}: size {im.size}")
            cands = {"180": im.transpose(Image.ROTATE_180), "0": im}
        errs = {k: float(np.abs(np.asarray(v, float) - np.asarray(ref, float)).mean()) for k, v in cands.items()}
        best = min(errs, key=errs.get)
        check(errs[best] < 4 and best != "0", f"{path}: not an exact rotation of clean ({errs})")

    # ---------------------------------------------------------------- tesseract on clean pages
    print("tesseract (ind, psm 4) on clean pages:")
    hyps = dict(zip(TYPES, POOL.map(lambda t: ocr(Image.fromarray(clean[t])), TYPES)))
    for t in TYPES:
        hyp = hyps[t]
        tt = "\n".join(truths[t])
        c = cer(tt, hyp)
        # order-free check: share of truth tokens found in the OCR tokens (multiset)
        from collections import Counter
        tc, hc = Counter(tt.split()), Counter(hyp.split())
        rec = sum(min(v, hc[k]) for k, v in tc.items()) / sum(tc.values())
        codes = sorted(set(m.group(0) for rx in (RE_LETTER, RE_NIP, RE_REK, RE_KB) for m in rx.finditer(tt)))
        htok = hyp.split()
        found = 0
        for code in codes:
            k = len(code.split())
            conf = str.maketrans("IlO|", "1101")  # usual OCR confusions, applied to both sides
            best = min((Levenshtein.distance(code.translate(conf), " ".join(htok[i:i + k]).translate(conf))
                        for i in range(len(htok) - k + 1)), default=99)
            found += best <= 2
        print(f"  {t:18s} CER(reading order) {c:.3f}  token recall {rec:.3f}  codes found (<=2 edits, I/l/O folded) "
              f"{found}/{len(codes)}")
        check(rec > 0.85, f"{t}: clean-page token recall {rec:.3f} too low (truth and page disagree?)")
        check(found >= 0.8 * len(codes), f"{t}: too few codes found by OCR on the clean page")

    if ocr_all:
        print("plain Tesseract baseline (CER, psm 4, no preprocessing, no rotation):")
        def one(e):
            im = page_image(os.path.join(ROOT, e["file"]))
            return (e["text_type"], e["degradation"]), cer("\n".join(truths[e["text_type"]]), ocr(im))
        res = dict(POOL.map(one, man))
        print("  type".ljust(20) + " ".join(d[:9].rjust(9) for d in DEGS))
        for t in TYPES:
            print("  " + t.ljust(18) + " ".join(f"{res[(t, d)]:9.3f}" for d in DEGS))

    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
    print(f"total size {total / 1e6:.2f} MB")
    check(total < 15e6, "set larger than 15 MB")
    check(not any("__pycache__" in dp for dp, _, _ in os.walk(ROOT)), "__pycache__ present")
    print("FAILED" if FAILS else "ALL CHECKS PASSED", len(FAILS))
    sys.exit(1 if FAILS else 0)


# independent terbilang (written separately from generate.py)
def terbilang_ref(n):
    units = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()

    def three(x):
        h, r = divmod(x, 100)
        out = []
        if h == 1:
            out.append("seratus")
        elif h > 1:
            out.append(units[h] + " ratus")
        if r >= 20:
            out.append(units[r // 10] + " puluh")
            if r % 10:
                out.append(units[r % 10])
        elif r >= 12:
            out.append(units[r - 10] + " belas")
        elif r == 11:
            out.append("sebelas")
        elif r == 10:
            out.append("sepuluh")
        elif r > 0:
            out.append(units[r])
        return " ".join(out)

    parts = []
    for scale, word in ((10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu"), (1, "")):
        g, n = divmod(n, scale)
        if g:
            if word == "ribu" and g == 1:
                parts.append("seribu")
            else:
                parts.append((three(g) + " " + word).strip())
    return " ".join(parts)


if __name__ == "__main__":
    main()
