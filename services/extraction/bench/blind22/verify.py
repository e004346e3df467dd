#!/usr/bin/env python3
"""Verify the ocr22 set: files, formats, degradations, truth/table consistency, arithmetic, and
(if tesseract is installed) that the truth text really is what the clean pages show.

Run:  python verify.py      (exit code 0 = pass)
"""
import datetime
import json
import os
import re
import subprocess
import sys

import numpy as np
from PIL import Image
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["lembar_disposisi", "stock_opname", "daftar_kendaraan", "sp2d", "surat_tugas",
         "notulen_rapat", "tanda_terima_barang"]
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
fails = []


def check(cond, msg):
    if not cond:
        fails.append(msg)
        print("FAIL:", msg)


def P(rel):
    return os.path.join(HERE, rel)


def png_bitdepth(path):
    with open(path, "rb") as fh:
        head = fh.read(29)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return head[24], head[25]  # bit depth, colour type


def num(s):
    """Indonesian number -> int/float"""
    s = s.strip()
    neg = s.startswith("-")
    s = s.lstrip("-")
    if "," in s:
        v = float(s.replace(".", "").replace(",", "."))
    else:
        v = int(s.replace(".", ""))
    return -v if neg else v


# ---------------------------------------------------------------- words -> number (independent)
UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_int(txt):
    toks = txt.lower().replace("rupiah", "").split()
    total, cur, i = 0, 0, 0
    while i < len(toks):
        t = toks[i]
        if t in ("belas",):
            cur += 10
        elif t == "puluh":
            last = cur % 10
            cur = cur - last + last * 10
        elif t == "ratus":
            last = cur % 10
            cur = cur - last + last * 100
        elif t in ("ribu", "juta", "miliar"):
            mult = {"ribu": 1000, "juta": 10**6, "miliar": 10**9}[t]
            total += (cur or 1) * mult
            cur = 0
        elif t == "seribu":
            total += 1000
        else:
            cur += UNITS[t]
        i += 1
    return total + cur


def skew_estimate(img_l):
    """projection-profile skew estimate in degrees (positive = counter-clockwise)"""
    small = img_l.resize((img_l.width // 2, img_l.height // 2))
    best = None
    for a10 in range(-35, 36):
        a = a10 / 10
        r = np.asarray(small.rotate(-a, fillcolor=255), dtype=np.float32)
        ink = (r < 128).sum(1).astype(np.float64)
        score = (np.diff(ink) ** 2).sum()
        if best is None or score > best[0]:
            best = (score, a)
    return best[1]


def main():
    man = json.load(open(P("manifest.json"), encoding="utf-8"))
    meta = json.load(open(P("gen_meta.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
    seen = set()
    for rec in man:
        t, d = rec["text_type"], rec["degradation"]
        seen.add((t, d))
        check(rec["file"] == f"pages/{t}/{t}__{d}.{DEGS[d]}", f"bad file name {rec['file']}")
        check(os.path.isfile(P(rec["file"])), f"missing {rec['file']}")
        check(rec["truth"] == f"truth/{t}.txt" and os.path.isfile(P(rec["truth"])), f"truth {rec}")
        tj = P(f"truth/{t}.tables.json")
        if os.path.isfile(tj):
            check(rec.get("tables") == f"truth/{t}.tables.json", f"tables missing in manifest {rec['file']}")
        else:
            check("tables" not in rec, f"tables key without file {rec['file']}")
    check(seen == {(t, d) for t in TYPES for d in DEGS}, "type x degradation grid incomplete")

    # ------------------------------------------------------------ truth text + tables
    truth = {}
    n_tables = 0
    styles_ok = 0
    for t in TYPES:
        lines = open(P(f"truth/{t}.txt"), encoding="utf-8").read().split("\n")
        check(lines[-1] == "", f"{t}: truth must end with newline")
        lines = lines[:-1]
        truth[t] = lines
        for ln in lines:
            check(ln and ln == ln.strip() and "  " not in ln, f"{t}: bad truth line {ln!r}")
        tj = P(f"truth/{t}.tables.json")
        if os.path.isfile(tj):
            tabs = json.load(open(tj, encoding="utf-8"))
            for tab in tabs:
                n_tables += 1
                ncol = len(tab[0])
                joined = []
                for row in tab:
                    check(len(row) == ncol, f"{t}: ragged row {row}")
                    check(all(isinstance(c, str) and c == c.strip() and "  " not in c for c in row),
                          f"{t}: bad cell in {row}")
                    joined.append(" ".join(c for c in row if c))
                # rows appear consecutively in the truth, in order
                try:
                    i0 = lines.index(joined[0])
                    check(lines[i0:i0 + len(joined)] == joined, f"{t}: table rows not consecutive in truth")
                except ValueError:
                    check(False, f"{t}: table header line not in truth: {joined[0]}")
    check(n_tables >= 5, f"only {n_tables} tables")
    n_with_tables = sum(os.path.isfile(P(f"truth/{t}.tables.json")) for t in TYPES)
    check(n_with_tables >= 4, "fewer than 4 types with tables")

    alltxt = "\n".join("\n".join(v) for v in truth.values())
    # ------------------------------------------------------------ codes and formats
    nips = re.findall(r"\b(\d{8}) (\d{6}) (\d) (\d{3})\b", alltxt)
    check(len(nips) >= 15, f"only {len(nips)} NIPs")
    for a, b, s, _ in nips:
        try:
            born = datetime.date(int(a[:4]), int(a[4:6]), int(a[6:]))
            tmt_y, tmt_m = int(b[:4]), int(b[4:])
            # second block: TMT year+month (PNS) or year+"21" (PPPK)
            check((1 <= tmt_m <= 12 or tmt_m == 21) and tmt_y - born.year >= 18, f"NIP TMT implausible {a} {b}")
        except ValueError:
            check(False, f"NIP bad date {a}")
        check(s in "12", f"NIP sex digit {s}")
    rek = re.findall(r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b", alltxt)
    check(len(set(rek)) >= 6, f"kode rekening count {len(set(rek))}")
    kb = re.findall(r"\b1\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b", alltxt)
    check(len(kb) >= 30, f"kode barang count {len(kb)}")
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
             "XI": 11, "XII": 12}
    letters = re.findall(r"\b\d{3}/\d{4}/[A-Z]+-([IVX]+)/([IVX]+)/(\d{4})\b", alltxt)
    check(len(letters) >= 7, f"letter numbers {len(letters)}")
    for u, m, y in letters:
        check(u in roman and m in roman and y == "2025", f"letter number parts {u} {m} {y}")

    # ------------------------------------------------------------ arithmetic
    def tab(t, i=0):
        return json.load(open(P(f"truth/{t}.tables.json"), encoding="utf-8"))[i]

    so = tab("stock_opname")
    tot = 0
    for r in so[1:-1]:
        buku, fis, sel, hrg, nil = map(num, r[4:9])
        check(fis - buku == sel, f"stock selisih {r}")
        check(fis * hrg == nil, f"stock nilai {r}")
        tot += nil
    check(so[-1][0] == "JUMLAH" and num(so[-1][-1]) == tot, "stock total")
    kurang = -sum(num(r[6]) for r in so[1:-1] if num(r[6]) < 0)
    check(f"selisih kurang sebanyak {kurang} satuan" in " ".join(truth["stock_opname"]), "stock selisih kurang text")

    kd = tab("daftar_kendaraan")
    data = kd[1:]
    r2 = sum(1 for r in data if r[1].startswith("Sepeda Motor"))
    check(f"Jumlah kendaraan: {len(data)} unit (roda empat: {len(data) - r2} unit, roda dua: {r2} unit)"
          in truth["daftar_kendaraan"], "kendaraan counts")
    check([r[0] for r in data] == [str(i) for i in range(1, len(data) + 1)], "kendaraan numbering")
    for r in data:
        check(re.fullmatch(r"KT \d{1,4} [A-Z]{1,2}", r[3]) is not None, f"nopol {r[3]}")
        check(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", r[4]) is not None, f"nomor rangka {r[4]}")

    sp = tab("sp2d", 0)
    det = sp[2:-1]
    gross = sum(num(r[3]) for r in det)
    check(num(sp[-1][3]) == gross, "sp2d total")
    check(abs(sum(num(r[4]) for r in det) - 100) < 0.02 and sp[-1][4] == "100,00", "sp2d percent")
    for r in det:
        check(abs(num(r[3]) * 100 / gross - num(r[4])) <= 0.005 + 1e-9, f"sp2d pct {r}")
    check(f"Uang sebesar : Rp {sp[-1][3]}" in truth["sp2d"], "sp2d uang sebesar")
    pot = tab("sp2d", 1)
    ppn, pph = num(pot[1][3]), num(pot[2][3])
    dpp = gross - ppn
    check(abs(ppn - dpp * 0.11) <= 1.0, "sp2d ppn 11% of dpp")
    check(abs(pph - dpp * 0.0265) <= 1.0, "sp2d pph 2,65%")
    check(num(pot[-1][3]) == ppn + pph, "sp2d total potongan")
    net = gross - ppn - pph
    line = [l for l in truth["sp2d"] if l.startswith("Jumlah yang Dibayarkan")][0]
    check(num(line.split("Rp ")[1]) == net, "sp2d net")
    terb = [l for l in truth["sp2d"] if l.startswith("Terbilang:")][0]
    check(words_to_int(terb.split(":", 1)[1]) == net, "sp2d terbilang")

    tt = tab("tanda_terima_barang")
    tot = 0
    for r in tt[2:-1]:
        check(num(r[3]) * num(r[5]) == num(r[6]), f"ttb row {r}")
        tot += num(r[6])
    check(num(tt[-1][6]) == tot, "ttb total")
    check(tt[0][3] == "Jumlah" and tt[0][4] == "" and tt[1][3:5] == ["Vol.", "Sat."], "ttb merged header")

    st = tab("surat_tugas")
    check(len(st) == 6 and all(re.fullmatch(r"\d{8} \d{6} \d \d{3}", r[2]) for r in st[1:]), "surat tugas NIPs")

    # ------------------------------------------------------------ page files
    for t in TYPES:
        land = meta[t]["landscape"]
        W, H = (3508, 2480) if land else (2480, 3508)
        base = P(f"pages/{t}/{t}__")
        im = Image.open(base + "clean_300dpi.png")
        check(im.size == (W, H) and im.mode == "P" and png_bitdepth(base + "clean_300dpi.png")[0] == 4,
              f"{t} clean format {im.size} {im.mode}")
        clean = np.asarray(im.convert("L"), dtype=np.float32)
        im = Image.open(base + "dpi150.png")
        check(im.size == (W // 2, H // 2) and png_bitdepth(base + "dpi150.png")[0] == 4, f"{t} dpi150 size")
        im = Image.open(base + "fax.png")
        check(im.mode == "1" and im.size == (W * 2 // 3, (H // 3) * 2), f"{t} fax mode/size {im.mode} {im.size}")
        fa = np.asarray(im.convert("L"))
        check(np.array_equal(fa[0::2], fa[1::2]), f"{t} fax not 100 dpi vertical")
        ink = (fa < 128).mean()
        check(0.01 < ink < 0.2, f"{t} fax ink ratio {ink:.3f}")
        im = Image.open(base + "jpeg_q25.jpg")
        check(im.format == "JPEG" and im.quantization[0][0] == 32, f"{t} jpeg quality table {im.quantization[0][0]}")
        r = pypdf.PdfReader(base + "pdf_skew2.pdf")
        check(len(r.pages) == 1 and r.pages[0].extract_text().strip() == "", f"{t} pdf has text/pages")
        imgs = r.pages[0].images
        check(len(imgs) == 1, f"{t} pdf images {len(imgs)}")
        pim = imgs[0].image.convert("L")
        pw_in = float(r.pages[0].mediabox.width) / 72
        check(abs(pim.width / pw_in - 200) < 2, f"{t} pdf dpi {pim.width / pw_in:.1f}")
        sk = skew_estimate(pim)
        check(1.5 <= abs(sk) <= 2.6 and abs(sk - meta[t]["skew_deg"]) <= 0.4,
              f"{t} pdf skew estimate {sk} vs {meta[t]['skew_deg']}")
        im = Image.open(base + "phone_photo.jpg").convert("RGB")
        a = np.asarray(im, dtype=np.float32)
        corner = a[:40, :40].mean()
        centre = a[a.shape[0] // 2 - 100:a.shape[0] // 2 + 100, a.shape[1] // 2 - 100:a.shape[1] // 2 + 100].mean()
        check(corner < 150 and centre > 150, f"{t} phone photo background/page {corner:.0f} {centre:.0f}")
        im = Image.open(base + "stamp.png")
        check(im.size == (W, H) and png_bitdepth(base + "stamp.png")[0] == 4, f"{t} stamp format")
        a = np.asarray(im.convert("RGB"), dtype=np.int32)
        colored = ((a.max(2) - a.min(2)) > 40).sum()
        check(colored > 20000, f"{t} stamp coloured pixels {colored}")
        for deg, k in (("sideways", 1), ("upside_down", 2)):
            im = Image.open(base + f"{deg}.png").convert("L")
            ref = Image.fromarray(np.rot90(clean, k).astype(np.uint8)).resize(im.size, Image.BILINEAR)
            diff = np.abs(np.asarray(im, dtype=np.float32) - np.asarray(ref, dtype=np.float32)).mean()
            wrong = Image.fromarray(clean.astype(np.uint8)).resize(im.size) if k == 2 else None
            check(diff < 6, f"{t} {deg} differs from rotated clean ({diff:.2f})")
            if wrong is not None:
                d2 = np.abs(np.asarray(im, dtype=np.float32) - np.asarray(wrong, dtype=np.float32)).mean()
                check(d2 > diff * 2, f"{t} upside_down not rotated")

    # ------------------------------------------------------------ OCR sanity on clean pages
    try:
        subprocess.run(["tesseract", "--version"], capture_output=True, check=True)
        have_tess = True
    except Exception:
        have_tess = False
        print("WARN: tesseract not available, skipping OCR sanity check")
    if have_tess:
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz import fuzz
        for t in TYPES:
            out = subprocess.run(["tesseract", P(f"pages/{t}/{t}__clean_300dpi.png"), "stdout", "-l", "ind",
                                  "--psm", "4"], capture_output=True, text=True).stdout
            ocr = " ".join(out.split())
            tr = " ".join(" ".join(truth[t]).split())
            cer = Levenshtein.distance(ocr, tr) / len(tr)
            otoks = set(out.split())
            rowlines = set()
            tj = P(f"truth/{t}.tables.json")
            if os.path.isfile(tj):
                for tb in json.load(open(tj, encoding="utf-8")):
                    rowlines.update(" ".join(c for c in r if c) for r in tb)

            def found(ln):
                if ln in rowlines:  # wrapped cells: OCR splits them over lines -> token recall
                    toks = ln.split()
                    return sum(tk in otoks for tk in toks) / len(toks) >= 0.8
                return fuzz.partial_ratio(ln, out) >= 85
            miss = [ln for ln in truth[t] if not found(ln)]
            matched = len(truth[t]) - len(miss)
            for ln in miss:
                print("     not found:", ln)
            frac = matched / len(truth[t])
            print(f"  tesseract clean {t:22s} CER(whole page, order-sensitive)={cer:.3f} "
                  f"lines found={matched}/{len(truth[t])}")
            check(frac >= 0.9, f"{t}: only {matched}/{len(truth[t])} truth lines found by OCR on clean page")

    # ------------------------------------------------------------ housekeeping
    total = 0
    for root, dirs, files in os.walk(HERE):
        check("__pycache__" not in dirs, f"__pycache__ in {root}")
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    print(f"  total size {total / 1e6:.2f} MB")
    check(total < 15e6, "set larger than 15 MB")

    print(f"types={len(TYPES)} pages={len(man)} tables={n_tables} truth_lines={sum(len(v) for v in truth.values())}")
    if fails:
        print(f"VERIFY FAILED ({len(fails)} problems)")
        sys.exit(1)
    print("VERIFY OK")


if __name__ == "__main__":
    main()
