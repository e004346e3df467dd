"""Checks the ocr33 set against its own files. Exit code 0 = all good.
Independent of generate.py/docs.py: it only reads the written files (manifest, truth, pages, layout.json)."""
import json
import os
import re
import subprocess
import sys
from datetime import date

import numpy as np
from PIL import Image
from pypdf import PdfReader

OUT = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)
    return cond


def num(s):
    s = s.replace("Rp", "").strip()
    return int(s.replace(".", ""))


def fpct(s):
    return float(s.replace(",", "."))


_S = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def words_id(n):  # independent terbilang
    def three(x):
        out = []
        h, r = divmod(x, 100)
        if h:
            out.append("seratus" if h == 1 else _S[h] + " ratus")
        if r:
            if r < 10:
                out.append(_S[r])
            elif r == 10:
                out.append("sepuluh")
            elif r == 11:
                out.append("sebelas")
            elif r < 20:
                out.append(_S[r - 10] + " belas")
            else:
                t, u = divmod(r, 10)
                out.append(_S[t] + " puluh" + (" " + _S[u] if u else ""))
        return " ".join(out)
    parts = []
    for div, name in ((10 ** 9, "miliar"), (10 ** 6, "juta"), (1000, "ribu")):
        q, n = divmod(n, div)
        if q:
            parts.append("seribu" if (q == 1 and name == "ribu") else three(q) + " " + name)
    if n:
        parts.append(three(n))
    return " ".join(parts)


def main():
    man = json.load(open(os.path.join(OUT, "manifest.json"), encoding="utf-8"))
    layout = json.load(open(os.path.join(OUT, "layout.json"), encoding="utf-8"))
    types = sorted({e["text_type"] for e in man})
    check(len(types) == 7, f"expected 7 types, got {len(types)}")
    check(len(man) == 63, f"expected 63 entries, got {len(man)}")
    check(len({e["file"] for e in man}) == len(man), "duplicate files")
    for t in types:
        check(sorted(e["degradation"] for e in man if e["text_type"] == t) == sorted(DEGS), f"{t}: degradations incomplete")
    n_tab_types = 0
    truths, tables = {}, {}
    for t in types:
        tp = os.path.join(OUT, "truth", t + ".txt")
        check(os.path.exists(tp), f"missing {tp}")
        truths[t] = open(tp, encoding="utf-8").read().rstrip("\n").split("\n")
        check(all(l == l.strip() and "  " not in l and l for l in truths[t]), f"{t}: truth line whitespace/empty")
        check(truths[t] == layout[t]["lines"], f"{t}: truth differs from layout log")
        jp = os.path.join(OUT, "truth", t + ".tables.json")
        ents = [e for e in man if e["text_type"] == t]
        if os.path.exists(jp):
            n_tab_types += 1
            tables[t] = json.load(open(jp, encoding="utf-8"))
            check(all(e.get("tables") == f"truth/{t}.tables.json" for e in ents), f"{t}: manifest tables key")
            # every row: same cell count, and its truth line appears in the txt, rows in order
            pos = 0
            for ti, tab in enumerate(tables[t]):
                check(len({len(r) for r in tab}) == 1, f"{t} table {ti}: ragged rows")
                for r in tab:
                    check(all(isinstance(c, str) and c == c.strip() and "  " not in c for c in r), f"{t}: bad cell {r}")
                    line = " ".join(c for c in r if c)
                    try:
                        pos = truths[t].index(line, pos) + 1
                    except ValueError:
                        ERR.append(f"{t} table {ti}: row line not found in order: {line!r}")
        else:
            check(all("tables" not in e for e in ents), f"{t}: tables key without file")
    check(n_tab_types >= 4, f"only {n_tab_types} types with tables")

    # ---- page files
    clean = {}
    for e in man:
        p = os.path.join(OUT, e["file"])
        if not check(os.path.exists(p), f"missing {p}"):
            continue
        check(e["file"] == f"pages/{e['text_type']}/{e['text_type']}__{e['degradation']}." + p.rsplit(".", 1)[1], f"bad name {e['file']}")
        dg, t = e["degradation"], e["text_type"]
        if dg == "pdf_skew2":
            r = PdfReader(p)
            check(len(r.pages) == 1, f"{p}: pages")
            check(r.pages[0].extract_text().strip() == "", f"{p}: has a text layer")
            check(len(r.pages[0].images) == 1, f"{p}: expected exactly one image")
            im = Image.open(__import__("io").BytesIO(r.pages[0].images[0].data))
            check(abs(im.width / 200 * 25.4 - 210 * 1.0) < 20, f"{p}: not ~200 dpi A4 ({im.size})")
            continue
        im = Image.open(p)
        if dg == "clean_300dpi":
            check(im.size == (2480, 3508) and im.mode == "P" and len(im.getcolors()) <= 16, f"{p}: not 4-bit 300 dpi")
            clean[t] = np.asarray(im.convert("L"))
        elif dg == "dpi150":
            check(im.size == (1240, 1754), f"{p}: size {im.size}")
        elif dg == "fax":
            check(im.mode == "1", f"{p}: not 1-bit")
            a = np.asarray(im.convert("L"))
            check(np.array_equal(a[0::2], a[1::2]), f"{p}: no 100 dpi vertical look")
        elif dg == "jpeg_q25":
            check(im.format == "JPEG", f"{p}: not JPEG")
        elif dg == "phone_photo":
            check(im.format == "JPEG" and im.mode == "RGB", f"{p}: not RGB JPEG")
        elif dg == "stamp":
            a = np.asarray(im.convert("RGB")).astype(int)
            blue = ((a.max(-1) - a.min(-1)) > 50).sum()
            check(blue > 20000, f"{p}: no coloured stamp ({blue})")
    for t in types:
        c = clean[t]
        s = np.asarray(Image.open(os.path.join(OUT, f"pages/{t}/{t}__sideways.png")).convert("L"))
        u = np.asarray(Image.open(os.path.join(OUT, f"pages/{t}/{t}__upside_down.png")).convert("L"))
        check(s.shape == (2480, 3508) and np.array_equal(np.rot90(s, -1), c), f"{t}: sideways is not clean rotated 90")
        check(np.array_equal(u[::-1, ::-1], c), f"{t}: upside_down is not clean rotated 180")
        # every truth line has ink in its logged boxes
        seen = set()
        for i, (x0, y0, x1, y1) in layout[t]["boxes"]:
            reg = c[max(0, y0):y1 + 1, max(0, x0):x1 + 1]
            check(reg.size and (reg < 128).sum() > 10, f"{t}: no ink for line {i} {layout[t]['lines'][i]!r}")
            seen.add(i)
        check(seen == set(range(len(truths[t]))), f"{t}: some truth lines have no drawn box")

    # ---- code/number shapes in the truth
    alltext = "\n".join("\n".join(v) for v in truths.values())
    for nip in re.findall(r"\b(\d{8} \d{6} [12] \d{3})\b", alltext):
        y, m, d = int(nip[:4]), int(nip[4:6]), int(nip[6:8])
        check(1950 < y < 2005 and 1 <= m <= 12 and 1 <= d <= 31, f"bad NIP {nip}")
        date(y, m, d)
        ty, tm = int(nip[9:13]), int(nip[13:15])
        check(y + 18 <= ty <= 2025 and 1 <= tm <= 12, f"bad NIP TMT {nip}")
    nips = re.findall(r"\b\d{8} \d{6} [12] \d{3}\b", alltext)
    check(len(nips) >= 15, f"few NIPs {len(nips)}")
    letters = re.findall(r"\b\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/20\d\d\b", alltext)
    check(len(letters) >= 6, f"few letter numbers {letters}")
    check(len(re.findall(r"\b5\.\d\.\d\d\.\d\d\.\d\d\.\d{4}\b", alltext)) >= 10, "few 6-segment kode rekening")
    check(len(re.findall(r"\b1\.3\.\d\.\d\d\.\d\d\.\d\d\.\d{3}\b", alltext)) == 6, "kode barang count")

    # ---- arithmetic per document
    T = tables
    # SP2D
    b, pot = T["sp2d"][0], T["sp2d"][1]
    tot = sum(num(r[3]) for r in b[1:-1])
    check(tot == num(b[-1][3]), "sp2d: belanja total")
    tp = sum(num(r[2]) for r in pot[1:-1])
    check(tp == num(pot[-1][2]), "sp2d: potongan total")
    txt = "\n".join(truths["sp2d"])
    check(f"Rp {num(b[-1][3]):,}".replace(",", ".") in txt, "sp2d: gross amount in text")
    paid = tot - tp
    check(f"Jumlah yang Dibayarkan : Rp {paid:,}".replace(",", ".") in txt, "sp2d: dibayarkan")
    check(words_id(paid) + " rupiah" in " ".join(truths["sp2d"]).replace(" ", " "), "sp2d: terbilang dibayarkan")
    check("(" + words_id(tot) + " rupiah)." in " ".join(truths["sp2d"]), "sp2d: terbilang gross")
    # perjadin
    t2 = T["rincian_perjadin"][0]
    s = 0
    for r in t2[1:-1]:
        m = re.search(r"(\d+) (?:hari|malam) x Rp ([\d.]+)", r[1])
        if m:
            check(int(m.group(1)) * num(m.group(2)) == num(r[2]), f"perjadin: {r}")
        s += num(r[2])
    check(s == num(t2[-1][2]), "perjadin: total")
    tx = "\n".join(truths["rincian_perjadin"])
    check(words_id(s) + " rupiah" in tx, "perjadin: terbilang")
    m1 = re.search(r"Ditetapkan sejumlah : Rp ([\d.]+)", tx)
    m2 = re.search(r"dibayar semula : Rp ([\d.]+)", tx)
    m3 = re.search(r"Sisa kurang/lebih : Rp ([\d.]+)", tx)
    check(num(m1.group(1)) == s and num(m1.group(1)) - num(m2.group(1)) == num(m3.group(1)), "perjadin: rampung")
    # LRA: detail rows, subtotal rows by code prefix
    t5 = T["lra_subkegiatan"][0]
    det = [r for r in t5[1:] if r[0].count(".") == 5]
    for r in t5[1:]:
        a, rr, p_, sisa = num(r[2]), num(r[3]), fpct(r[4]), num(r[5])
        check(a - rr == sisa, f"lra: sisa {r}")
        check(abs(round(rr * 100 / a, 2) - p_) < 0.006, f"lra: pct {r}")
        if r[0] and r[0].count(".") < 5:
            kids = [d for d in det if d[0].startswith(r[0] + ".") or (r[0] == "5" and d[0].startswith("5."))]
            check(sum(num(d[2]) for d in kids) == a and sum(num(d[3]) for d in kids) == rr, f"lra: subtotal {r[0]}")
    check(num(t5[-1][2]) == sum(num(d[2]) for d in det) and num(t5[-1][3]) == sum(num(d[3]) for d in det), "lra: JUMLAH")
    # BA: received <= ordered; shortfall mentioned
    t4 = T["ba_pemeriksaan"][0]
    for r in t4[2:]:
        check(int(r[4]) <= int(r[3]), f"ba: diterima > pesanan {r}")
        if int(r[4]) < int(r[3]):
            check(f"Kurang {int(r[3]) - int(r[4])} unit" == r[6], f"ba: kondisi {r}")
    # daftar hadir: numbering and signature numbers
    t3 = T["daftar_hadir"][0]
    check([r[0] for r in t3[1:]] == [str(i) for i in range(1, len(t3))], "daftar hadir numbering")
    check(all(r[5] == r[0] + "." for r in t3[1:]), "daftar hadir signature numbers")

    # ---- tesseract sanity check on clean pages (truth really is what is drawn)
    try:
        from rapidfuzz.distance import Levenshtein
        for t in types:
            out = subprocess.run(["tesseract", os.path.join(OUT, f"pages/{t}/{t}__clean_300dpi.png"), "-", "-l", "ind",
                                  "--psm", "4"], capture_output=True, text=True).stdout
            a = " ".join(" ".join(truths[t]).split())
            o = " ".join(out.split())
            cer = Levenshtein.distance(a, o) / len(a)
            from collections import Counter
            tt, ot = Counter(a.split()), Counter(o.split())
            recall = sum((tt & ot).values()) / sum(tt.values())
            print(f"  tesseract on clean {t}: CER {cer:.3f} (order-sensitive), token recall {recall:.3f}")
            check(recall > 0.85, f"{t}: tesseract token recall on clean page too low ({recall:.3f}) - truth may not match")
    except FileNotFoundError:
        print("  (tesseract not found; skipped)")

    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
    check(size < 15 * 1024 * 1024, f"size {size}")
    check(not any("__pycache__" in dp for dp, _, _ in os.walk(OUT)), "__pycache__ present")
    ntab = sum(len(v) for v in T.values())
    nrows = sum(len(tb) for v in T.values() for tb in v)
    print(f"entries {len(man)}, types {len(types)}, table types {n_tab_types}, tables {ntab}, table rows {nrows}, "
          f"truth lines {sum(len(v) for v in truths.values())}, size {size / 1e6:.2f} MB")
    if ERR:
        print("FAILED:")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
