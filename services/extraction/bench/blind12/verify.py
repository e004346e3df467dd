#!/usr/bin/env python3
"""Verify set ocr12: opens every file and checks it against the truth.

Checks: manifest completeness and paths; image formats/sizes/modes per degradation;
PDF is image-only (no text layer); sideways/upside_down are exact 90/180 degree
rotations of the same 200 dpi page; stamp page really contains colour; tables are
rectangular and every table row appears (cells joined by a space) as a truth line;
arithmetic of amounts recomputed independently (including terbilang words parsed
back to a number); key codes present; and Tesseract (psm 4 and 3, best) on the clean page reaches a low
character error rate against the truth (i.e. the truth is what is printed).
Run: python verify.py  [--no-ocr]
"""
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
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)
        print("FAIL:", msg)


def lev(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lev_fast(a, b):
    """Levenshtein via numpy rows (faster for page-length strings)."""
    a = np.frombuffer(a.encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    prev = np.arange(len(b) + 1)
    for i in range(1, len(a) + 1):
        sub = prev[:-1] + (b != a[i - 1])
        cur = np.empty_like(prev)
        cur[0] = i
        m = np.minimum(prev[1:] + 1, sub)
        # left-to-right dependency: cur[j] = min(m[j-1], cur[j-1]+1)
        cur[1:] = m
        cur = np.minimum.accumulate(cur - np.arange(len(cur))) + np.arange(len(cur))
        prev = cur
    return int(prev[-1])


# --- independent Indonesian words -> number -----------------------------------
UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_int(s):
    toks = [t for t in re.split(r"[^a-z]+", s.lower()) if t and t != "rupiah"]
    total, cur = 0, 0
    for t in toks:
        if t in UNITS:
            v = UNITS[t]
            if v == 1000:
                total += 1000 if cur == 0 else cur * 1000
                cur = 0
            else:
                cur += v
        elif t == "belas":
            cur += 10  # the unit before was already added: x + 10
        elif t == "puluh":
            last = cur % 10
            cur = cur - last + last * 10
        elif t == "ratus":
            last = cur % 100
            cur = cur - last + last * 100
        elif t == "ribu":
            total += cur * 1000
            cur = 0
        elif t == "juta":
            total += cur * 10 ** 6
            cur = 0
        elif t == "miliar":
            total += cur * 10 ** 9
            cur = 0
        else:
            raise ValueError(t)
    return total + cur


def num(s):
    return int(s.replace(".", ""))


def main():
    do_ocr = "--no-ocr" not in sys.argv
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    types = sorted({m["text_type"] for m in man})
    check(len(types) == 7, f"7 types expected, got {len(types)}")
    check(len(man) == 63, f"63 entries expected, got {len(man)}")
    seen = set()
    for m in man:
        t, dg = m["text_type"], m["degradation"]
        check(dg in DEGS, f"bad degradation {dg}")
        exp = f"pages/{t}/{t}__{dg}.{EXT[dg]}"
        check(m["file"] == exp, f"path {m['file']} != {exp}")
        check(m["truth"] == f"truth/{t}.txt", f"truth path {m}")
        check(os.path.exists(os.path.join(HERE, m["file"])), f"missing {m['file']}")
        check(os.path.exists(os.path.join(HERE, m["truth"])), f"missing {m['truth']}")
        if "tables" in m:
            check(os.path.exists(os.path.join(HERE, m["tables"])), f"missing {m['tables']}")
        seen.add((t, dg))
    check(len(seen) == 63, "duplicate (type, degradation)")
    n_tab_types = 0
    for t in types:
        print(f"== {t}")
        lines = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read().split("\n")
        check(lines[-1] == "", f"{t}: truth must end with newline")
        lines = lines[:-1]
        for l in lines:
            check(l == l.strip() and "  " not in l and l, f"{t}: bad truth line {l!r}")
        tp = os.path.join(HERE, "truth", t + ".tables.json")
        has_tab = os.path.exists(tp)
        ents = [m for m in man if m["text_type"] == t]
        check(all(("tables" in m) == has_tab for m in ents), f"{t}: tables key inconsistent")
        tables = json.load(open(tp, encoding="utf-8")) if has_tab else []
        if has_tab:
            n_tab_types += 1
        for ti, tab in enumerate(tables):
            ncol = len(tab[0])
            check(all(len(r) == ncol for r in tab), f"{t}: table {ti} not rectangular")
            # rows appear as consecutive truth lines
            rl = [" ".join(c for c in r if c) for r in tab]
            found = any(lines[i:i + len(rl)] == rl for i in range(len(lines) - len(rl) + 1))
            check(found, f"{t}: table {ti} rows are not consecutive truth lines")
            for r in tab:
                for c in r:
                    check(c == c.strip() and "  " not in c, f"{t}: cell whitespace {c!r}")
            print(f"   table {ti}: {len(tab)} rows x {ncol} cols")
        txt = "\n".join(lines)
        # --- arithmetic / content checks
        if t == "kuitansi_spj":
            tab = tables[0]
            items = [r for r in tab[1:] if r[0]]
            s = 0
            for r in items:
                check(num(r[2]) * num(r[4]) == num(r[5]), f"kuitansi row {r}")
                s += num(r[5])
            lab = {r[1]: num(r[5]) for r in tab[1:] if not r[0]}
            check(lab["Jumlah"] == s, "kuitansi Jumlah")
            check(lab["PPN 11%"] == round(s * 0.11), "kuitansi PPN")
            check(lab["Jumlah Dibayar"] == s + lab["PPN 11%"], "kuitansi total")
            m_ = re.search(r"# (.+?) #", txt.replace("\n", " "))
            words = m_.group(1)
            check(words_to_int(words) == lab["Jumlah Dibayar"], f"terbilang {words} != {lab['Jumlah Dibayar']}")
            check(f"Rp {lab['Jumlah Dibayar']:,},-".replace(",", ".").replace(".-", ",-") in txt, "kuitansi Rp box")
            check("5.1.02.01.01.0024" in txt, "kode rekening in kuitansi")
            print(f"   items {len(items)} subtotal {s} total {lab['Jumlah Dibayar']} terbilang ok")
        if t == "rup":
            tab = tables[0]
            body = [r for r in tab[3:] if r[0]]
            tot = [r for r in tab if r[1] == "Jumlah Pagu"][0]
            check(sum(num(r[3]) for r in body) == num(tot[3]), "rup total pagu")
            check([r[0] for r in body] == [str(i) for i in range(1, len(body) + 1)], "rup numbering")
            for r in body:
                check(re.fullmatch(r"5\.[12]\.0\d\.\d\d\.\d\d\.\d{4}", r[2]) is not None, f"rup code {r[2]}")
            print(f"   paket {len(body)} pagu total {tot[3]}")
        if t == "daftar_hadir":
            tab = tables[0]
            check([r[0] for r in tab[1:]] == [str(i) for i in range(1, len(tab))], "daftar hadir numbering")
            check(all(r[5] == "" for r in tab[1:]), "signature column empty in truth")
        if t == "surat_tugas":
            tab = tables[0]
            for r in tab[1:]:
                check(re.fullmatch(r"\d{8} \d{6} [12] \d{3}", r[2]) is not None, f"NIP {r[2]}")
        if t == "lampiran_sk":
            codes = re.findall(r"^\d+\. (1\.3\.2\.\d\d\.\d\d\.\d\d\.\d{3}) ", txt, re.M)
            m_ = re.search(r"Jumlah jenis barang: (\d+) \(([a-z ]+)\)", txt)
            check(m_ and int(m_.group(1)) == len(codes) == words_to_int(m_.group(2)), "lampiran count")
            check("1.3.2.05.01.04.002" in codes, "kode barang present")
            print(f"   codes {len(codes)}")
        if t == "nota_dinas":
            check("800/1432/BKPSDM-III/X/2026" in txt and "NIP 19780312 200501 1 004" in txt, "nota codes")
            nums = re.findall(r"^(\d)\. ", txt, re.M)
            check(nums == [str(i) for i in range(1, 8)], f"nota numbered list {nums}")
        # --- files
        base200 = None
        for m in ents:
            fp = os.path.join(HERE, m["file"])
            dg = m["degradation"]
            if dg == "pdf_skew2":
                r = PdfReader(fp)
                check(len(r.pages) == 1, f"{fp} pages")
                pg = r.pages[0]
                check(abs(float(pg.mediabox.width) - 595.3) < 1 and abs(float(pg.mediabox.height) - 841.9) < 1,
                      f"{fp} not A4")
                check((pg.extract_text() or "").strip() == "", f"{fp} has a text layer")
                imgs = list(pg.images)
                check(len(imgs) == 1, f"{fp} images {len(imgs)}")
                im = imgs[0].image
                check(im.size == (1653, 2339), f"{fp} image size {im.size} (200 dpi A4 expected)")
                continue
            im = Image.open(fp)
            im.load()
            if dg == "clean_300dpi":
                check(im.size == (2480, 3508) and im.mode == "P", f"{fp} {im.size} {im.mode}")
                check(len(im.getcolors(256)) <= 16, f"{fp} more than 16 colours")
                clean = im
            elif dg == "dpi150":
                check(im.size == (1240, 1754), f"{fp} size {im.size}")
            elif dg == "fax":
                check(im.mode == "1" and im.size == (1653, 2338), f"{fp} {im.mode} {im.size}")
                a = np.asarray(im.convert("L"))
                check((a[0::2] == a[1::2]).all(), f"{fp} rows not doubled (100 dpi vertical)")
            elif dg == "jpeg_q25":
                check(im.format == "JPEG" and im.size == (1653, 2339), f"{fp} {im.format} {im.size}")
            elif dg == "phone_photo":
                check(im.format == "JPEG" and im.mode == "RGB", f"{fp} {im.format} {im.mode}")
            elif dg == "stamp":
                a = np.asarray(im.convert("RGB")).astype(int)
                col = ((a[..., 2] - a[..., 0]) > 40).sum()
                check(col > 2000, f"{fp} no coloured stamp ({col})")
            elif dg == "upside_down":
                base200 = np.asarray(im.transpose(Image.ROTATE_180).convert("L"))
                check(im.size == (1653, 2339), f"{fp} size")
        side = Image.open(os.path.join(HERE, f"pages/{t}/{t}__sideways.png"))
        check(side.size == (2339, 1653), f"{t} sideways size {side.size}")
        ok = False
        for rot in (Image.ROTATE_90, Image.ROTATE_270):
            if np.array_equal(np.asarray(side.transpose(rot).convert("L")), base200):
                ok = True
        check(ok, f"{t}: sideways is not an exact 90 degree rotation of upside_down's page")
        # --- OCR sanity on the clean page
        if do_ocr:
            with tempfile.TemporaryDirectory() as td:
                pth = os.path.join(td, "c.png")
                clean.convert("L").save(pth)
                outs = [subprocess.run(["tesseract", pth, "-", "-l", "ind", "--psm", psm],
                                       capture_output=True, text=True).stdout for psm in ("4", "3")]
            norm = lambda s: " ".join(s.split())
            a = norm(txt)
            cers = [lev_fast(a, norm(o)) / max(1, len(a)) for o in outs]
            cer = min(cers)
            b = norm(outs[cers.index(cer)])
            # bag-of-tokens recall/precision is insensitive to reading order (tables, sidebar);
            # tokens are stripped of rule-line debris and matched exactly, then with edit distance <= 1
            strip = lambda w: w.strip("|[](){}!'\"")
            tt = [strip(w) for w in a.split() if strip(w)]
            ot = [strip(w) for w in b.split() if strip(w)]
            rem_o = {}
            for w in ot:
                rem_o[w] = rem_o.get(w, 0) + 1
            miss = []
            for w in tt:
                if rem_o.get(w, 0) > 0:
                    rem_o[w] -= 1
                else:
                    miss.append(w)
            left = [w for w, k in rem_o.items() for _ in range(k)]
            fuzzy = 0
            for w in miss:
                for i, o in enumerate(left):
                    if o is not None and abs(len(o) - len(w)) <= 1 and lev(o, w) <= 1:
                        left[i] = None
                        fuzzy += 1
                        break
            hit = len(tt) - len(miss) + fuzzy
            rec = hit / len(tt)
            prec = 1 - sum(1 for o in left if o is not None and sum(ch.isalnum() for ch in o) >= 2) / max(1, sum(1 for o in ot if sum(ch.isalnum() for ch in o) >= 2))
            print(f"   tesseract clean (best of psm 4/3): CER {cer:.3f}  token recall {rec:.3f}  precision {prec:.3f}")
            check(rec > 0.9, f"{t}: tesseract token recall on clean page too low ({rec:.3f})")
            check(prec > 0.9, f"{t}: tesseract token precision on clean page too low ({prec:.3f})")
            check(cer < 0.45, f"{t}: tesseract CER on clean page too high ({cer:.3f})")
        print(f"   truth lines {len(lines)}, tables {len(tables)}, files {len(ents)}")
    check(n_tab_types >= 4, f"at least 4 types with tables, got {n_tab_types}")
    # size and leftovers
    tot = 0
    for dp, dn, fn in os.walk(HERE):
        check("__pycache__" not in dp, "__pycache__ left")
        tot += sum(os.path.getsize(os.path.join(dp, f)) for f in fn)
    print(f"total size {tot / 1e6:.2f} MB")
    check(tot < 15 * 1024 * 1024, "size limit")
    print("OK" if not ERR else f"{len(ERR)} FAILURES")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
