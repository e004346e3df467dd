#!/usr/bin/env python3
"""Verify the ocr27 set: files, formats, geometry, truth/table consistency, arithmetic, and a
Tesseract sanity check that the truth text really is what is drawn on the clean pages."""
import json, os, re, subprocess, sys, io
import numpy as np
from PIL import Image
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.abspath(__file__))
ERR = []


def check(c, msg):
    if not c:
        ERR.append(msg)
        print("FAIL:", msg)


def num(s):
    s = s.strip()
    if s in ("-", ""):
        return 0
    s = s.replace("Rp", "").strip()
    if s.endswith(",00"):
        s = s[:-3]
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", s), s
    return int(s.replace(".", ""))


W = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
     "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def parse_terbilang(t):
    """independent parser for Indonesian number words"""
    total, cur = 0, 0
    for w in t.lower().replace("rupiah", "").split():
        if w in ("sepuluh", "sebelas"):
            cur += W[w]
        elif w in W and w not in ("seratus", "seribu"):
            cur += W[w]
        elif w == "seratus":
            cur += 100
        elif w == "seribu":
            total += 1000
        elif w == "belas":
            cur = cur - (cur % 10) + (cur % 10) + 10
        elif w == "puluh":
            cur = cur - (cur % 10) + (cur % 10) * 10
        elif w == "ratus":
            cur = cur - (cur % 10) + (cur % 10) * 100
        elif w == "ribu":
            total += cur * 1000; cur = 0
        elif w == "juta":
            total += cur * 10 ** 6; cur = 0
        elif w == "milyar":
            total += cur * 10 ** 9; cur = 0
        else:
            raise ValueError(w)
    return total + cur


def png_bitdepth(path):
    with open(path, "rb") as fh:
        b = fh.read(26)
    return b[24], b[25]


def cer(ref, hyp):
    import difflib
    r, h = " ".join(ref.split()), " ".join(hyp.split())
    sm = difflib.SequenceMatcher(None, r, h, autojunk=False)
    same = sum(b.size for b in sm.get_matching_blocks())
    return 1 - same / max(len(r), 1)


def main():
    man = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    types = sorted({m["text_type"] for m in man})
    degs = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
    check(len(man) == 63, f"manifest has {len(man)} entries")
    check(len(types) == 7, f"{len(types)} text types")
    check(len({m['file'] for m in man}) == len(man), "duplicate files in manifest")
    for t in types:
        check(sorted(m["degradation"] for m in man if m["text_type"] == t) == sorted(degs), f"degradations of {t}")
    geo = json.load(open(os.path.join(ROOT, "geometry.json")))
    ntab = 0
    for m in man:
        t, d, f = m["text_type"], m["degradation"], m["file"]
        check(f == f"pages/{t}/{t}__{d}.{f.rsplit('.', 1)[1]}", f"path shape {f}")
        check(os.path.exists(os.path.join(ROOT, f)), f"missing {f}")
        check(m["truth"] == f"truth/{t}.txt" and os.path.exists(os.path.join(ROOT, m["truth"])), f"truth {t}")
        hast = os.path.exists(os.path.join(ROOT, f"truth/{t}.tables.json"))
        check(("tables" in m) == hast, f"tables key {f}")
        check(set(m) <= {"file", "text_type", "degradation", "truth", "tables"}, f"extra keys {f}")
    # ---- formats and geometry
    clean = {}
    for m in man:
        t, d, f = m["text_type"], m["degradation"], os.path.join(ROOT, m["file"])
        W0, H0 = geo[t]["size"]
        if d == "pdf_skew2":
            r = PdfReader(f)
            check(len(r.pages) == 1, f"{f} pages")
            check((r.pages[0].extract_text() or "").strip() == "", f"{f} has a text layer")
            imgs = r.pages[0].images
            check(len(imgs) == 1, f"{f} images")
            im = Image.open(io.BytesIO(imgs[0].data))
            check(abs(im.width - W0 * 2 / 3) <= 1 and abs(im.height - H0 * 2 / 3) <= 1, f"{f} not 200 dpi")
            mb = r.pages[0].mediabox
            check(abs(float(mb.width) - W0 / 300 * 72) < 2, f"{f} page size")
            continue
        im = Image.open(f)
        if d == "clean_300dpi":
            check(png_bitdepth(f) == (4, 3) and im.size == (W0, H0), f"{f} not 4-bit palette 300 dpi")
            clean[t] = np.asarray(im)
        elif d == "dpi150":
            check(png_bitdepth(f) == (4, 3) and im.size == (W0 // 2, H0 // 2), f"{f} dpi150 geometry/format")
        elif d == "fax":
            check(im.mode == "1" and im.size == (round(W0 * 2 / 3), 2 * round(H0 / 3)), f"{f} fax format")
            a = np.asarray(im.convert("L"))
            check((a[0::2] == a[1::2]).all(), f"{f} rows not doubled (100 dpi vertical)")
        elif d == "jpeg_q25":
            check(im.format == "JPEG" and im.quantization[0][0] == 32, f"{f} not q25 JPEG")
        elif d == "phone_photo":
            check(im.format == "JPEG" and im.mode == "RGB", f"{f} phone format")
        elif d == "stamp":
            a = np.asarray(im.convert("RGB")).astype(int)
            blue = ((a[..., 2] - a[..., 0]) > 50).sum()
            check(blue > 20000, f"{f} stamp not visible ({blue})")
    for m in man:
        t, d, f = m["text_type"], m["degradation"], os.path.join(ROOT, m["file"])
        if d in ("sideways", "upside_down"):
            a = np.asarray(Image.open(f))
            check(png_bitdepth(f) == (4, 3), f"{f} format")
            if d == "upside_down":
                exp = np.rot90(clean[t], 2)
            else:
                exp = np.rot90(clean[t], -1 if geo[t]["sideways"] == "clockwise" else 1)
            check(a.shape == exp.shape and (a == exp).all(), f"{f} is not an exact rotation of the clean page")
    # ---- truth and tables
    pats = {
        "kode_rekening": r"(?<![\d.])\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}(?![\d.])",
        "kode_barang": r"(?<![\d.])\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}(?![\d.])",
        "nomor_surat": r"(?<![\d/])\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}",
        "nip": r"(?<!\d)(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]) (19|20)\d{2}(0[1-9]|1[0-2]) [12] \d{3}(?!\d)",
        "rupiah": r"\d{1,3}(?:\.\d{3})+(?:,00)?",
    }
    counts = {}
    for t in types:
        lines = open(os.path.join(ROOT, f"truth/{t}.txt"), encoding="utf-8").read().split("\n")
        check(lines[-1] == "" and all(l.strip() == l and l and "  " not in l for l in lines[:-1]), f"{t} truth line hygiene")
        lines = lines[:-1]
        txt = "\n".join(lines)
        counts[t] = {k: len(re.findall(v, txt)) for k, v in pats.items()}
        counts[t]["lines"] = len(lines)
        check(any(l.startswith("Halaman") or l.endswith("Halaman 1 dari 1") or l.endswith("Hal. 1/1") for l in lines), f"{t} footer")
        tp = os.path.join(ROOT, f"truth/{t}.tables.json")
        if os.path.exists(tp):
            tabs = json.load(open(tp, encoding="utf-8"))
            pos = 0
            for tab in tabs:
                ntab += 1
                n = len(tab[0])
                check(all(len(r) == n for r in tab), f"{t} ragged table")
                check(all(isinstance(c, str) and c.strip() == c for r in tab for c in r), f"{t} cell hygiene")
                for r in tab:
                    joined = " ".join(c for c in r if c)
                    try:
                        pos = lines.index(joined, pos) + 1
                    except ValueError:
                        check(False, f"{t}: table row not a truth line in order: {joined}")
                counts[t]["table_rows"] = counts[t].get("table_rows", 0) + len(tab)
        arith(t, txt, tabs if os.path.exists(tp) else [])
    for k in ("kode_rekening", "kode_barang", "nomor_surat", "nip"):
        check(sum(c[k] for c in counts.values()) >= 3, f"too few {k}")
    check(sum(1 for t in types if os.path.exists(os.path.join(ROOT, f"truth/{t}.tables.json"))) >= 4, "fewer than 4 table types")
    # ---- tesseract sanity on clean pages (truth really is on the page)
    if "--no-ocr" not in sys.argv:
        for t in types:
            ref = open(os.path.join(ROOT, f"truth/{t}.txt"), encoding="utf-8").read()
            out = subprocess.run(["tesseract", os.path.join(ROOT, f"pages/{t}/{t}__clean_300dpi.png"), "-", "-l", "ind",
                                  "--psm", "4"], capture_output=True, text=True).stdout
            c = cer(ref, out)
            rt, ot = ref.split(), out.split()
            from collections import Counter
            oc = Counter(ot)
            rec = sum(min(n, oc[w]) for w, n in Counter(rt).items()) / len(rt)
            toks = [w for w in rt if re.fullmatch(r"(Rp)?\d[\d.,/-]{5,}\d", w)]
            hit = sum(1 for k in toks if k in out)  # substring: grid rules often glue "|" or "1" to a cell
            print(f"  tesseract clean {t}: CER(order-sensitive)~{c:.3f} word recall {rec:.3f} key numeric tokens {hit}/{len(toks)}")
            check(rec > 0.8, f"{t}: tesseract word recall on clean page too low ({rec:.3f}) - truth may not match drawing")
            check(hit >= 0.75 * len(toks), f"{t}: too few key numeric tokens found by tesseract")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
    check(size < 15 * 1024 * 1024, f"size {size}")
    check(not any("__pycache__" in dp for dp, _, _ in os.walk(ROOT)), "__pycache__ present")
    print(json.dumps(counts, indent=0))
    print(f"types={len(types)} pages={len(man)} tables={ntab} size={size / 1e6:.2f} MB")
    print("VERIFY", "FAILED" if ERR else "OK", len(ERR), "errors")
    sys.exit(1 if ERR else 0)


def arith(t, txt, tabs):
    if t == "kuitansi":
        check("125 kotak @ Rp31.000,00" in txt and "Rp 3.875.000,00" in txt, "kuitansi amount")
        check(125 * 31000 == 3875000, "kuitansi qty*price")
        m = re.search(r"Banyaknya uang : (.*?)\nUntuk", txt, re.S)
        check(parse_terbilang(m.group(1).replace("\n", " ")) == 3875000, "kuitansi terbilang")
        check("77.500,00" in txt and "3.797.500,00" in txt and 3875000 * 2 // 100 == 77500, "kuitansi pph")
    elif t == "rekap_lembur":
        tab = tabs[0]
        tarif = {"I": 13000, "II": 17000, "III": 20000, "IV": 25000}
        S = [0, 0, 0, 0]
        for r in tab[1:-1]:
            jam, hari, tr, um, kot, pph, net = int(r[3]), int(r[4]), num(r[5]), num(r[6]), num(r[7]), num(r[8]), num(r[9])
            check(tr == tarif[r[2].split("/")[0]], f"lembur tarif {r}")
            check(jam * tr + um == kot and kot - pph == net, f"lembur row {r}")
            for i, v in enumerate([um, kot, pph, net]):
                S[i] += v
        check([num(c) for c in tab[-1][6:]] == S, "lembur totals")
        m = re.search(r"Terbilang: (.*) Rupiah", txt)
        check(parse_terbilang(m.group(1)) == S[3], "lembur terbilang")
    elif t == "sp2d":
        it, pot = tabs
        g = sum(num(r[3]) for r in it[1:-1])
        check(g == num(it[-1][3]), "sp2d gross")
        p = sum(num(r[2]) for r in pot[1:-1])
        check(p == num(pot[-1][2]), "sp2d potongan")
        check(f"Jumlah yang Dibayarkan : Rp{fmt(g - p)},00" in txt, "sp2d net")
        m = re.search(r"uang sebesar\s+Rp([\d.]+),00 \((.*?) Rupiah\)", txt.replace("\n", " "))
        check(m and num(m.group(1)) == g - p and parse_terbilang(m.group(2)) == g - p, "sp2d terbilang")
    elif t == "mutasi_barang":
        tab = tabs[0]
        S = [0] * 8
        for r in tab[2:-1]:
            v = [num(c) for c in r[4:12]]
            check(v[6] == v[0] + v[2] - v[4] and v[7] == v[1] + v[3] - v[5], f"mutasi row {r[0]}")
            if v[0]:
                hp = v[1] // v[0]
                check(all(v[2 * k + 1] == v[2 * k] * hp for k in range(4)), f"mutasi price {r[0]}")
            S = [a + b for a, b in zip(S, v)]
        check([num(c) for c in tab[-1][4:12]] == S, "mutasi totals")
        check(tab[-1][0] == "JUMLAH" and tab[0][4].startswith("Saldo Awal") and tab[0][5] == "", "mutasi merged cells")
    elif t == "bap_barang":
        tab = tabs[0]
        s = 0
        for r in tab[1:-1]:
            check(int(r[3]) * num(r[5]) == num(r[6]), f"bap row {r[0]}")
            s += num(r[6])
        check(num(tab[-1][6]) == s, "bap total")
        m = re.search(r"Rp([\d.]+),00 \((.*?) Rupiah\)", txt.replace("\n", " "))
        check(num(m.group(1)) == s and parse_terbilang(m.group(2)) == s, "bap terbilang")


def fmt(n):
    return f"{n:,}".replace(",", ".")


if __name__ == "__main__":
    main()
