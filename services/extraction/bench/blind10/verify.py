#!/usr/bin/env python3
"""Independent checks of the ocr10 set. Exit code 0 = all good.

  python verify.py            structural + arithmetic checks + Tesseract on the clean pages
  python verify.py --ocr-all  also run Tesseract on every page file and print a CER table
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

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print("FAIL:", msg)


# ------------------------------------------------------------------ independent helpers
def terbilang_ref(n):
    """Written independently of generate.py: chunked by thousands."""
    ones = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()

    def below1000(x):
        out = []
        h, r = divmod(x, 100)
        if h == 1:
            out.append("seratus")
        elif h > 1:
            out += [ones[h], "ratus"]
        if r == 10:
            out.append("sepuluh")
        elif r == 11:
            out.append("sebelas")
        elif 12 <= r <= 19:
            out += [ones[r - 10], "belas"]
        elif r >= 20:
            t, u = divmod(r, 10)
            out += [ones[t], "puluh"] + ([ones[u]] if u else [])
        elif r > 0:
            out.append(ones[r])
        return out

    words = []
    for scale, name in ((10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu"), (1, "")):
        c, n = divmod(n, scale)
        if not c:
            continue
        if scale == 1000 and c == 1:
            words.append("seribu")
            continue
        words += below1000(c) + ([name] if name else [])
    return " ".join(w.capitalize() for w in words)


def num(s):
    return int(s.replace(".", ""))


def cer(ref, hyp):
    ref = re.sub(r"\s+", " ", ref).strip()
    hyp = re.sub(r"\s+", " ", hyp).strip()
    if not ref:
        return 0.0
    prev = list(range(len(hyp) + 1))
    for i, rc in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, hc in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (rc != hc))
        prev = cur
    return prev[-1] / len(ref)


def page_image(path):
    """Return a PIL image for any page file (PDF: its single embedded image)."""
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(path)
        imgs = r.pages[0].images
        return Image.open(io.BytesIO(imgs[0].data))
    return Image.open(path)


def tesseract(img, psm=3, dpi=None):
    dpi = dpi or round(img.info.get("dpi", (300, 300))[0])
    with tempfile.TemporaryDirectory() as td:
        fn = os.path.join(td, "p.png")
        img.convert("L").save(fn, dpi=(dpi, dpi))  # without a dpi tag Tesseract misjudges the scale
        out = subprocess.run(["tesseract", fn, "stdout", "-l", "ind", "--psm", str(psm)],
                             capture_output=True, text=True)
        return out.stdout


def skew_estimate(img):
    g = np.asarray(img.convert("L").resize((img.width // 2, img.height // 2)), dtype=np.float32)
    ink = (g < 128).astype(np.float32)
    best = None
    for a10 in range(-35, 36, 2):
        a = a10 / 10
        r = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).rotate(-a, resample=Image.BILINEAR),
                       dtype=np.float32)
        prof = r.sum(1)
        v = float(np.var(prof))
        if best is None or v > best[0]:
            best = (v, a)
    return best[1]


# ------------------------------------------------------------------ checks
def main():
    ocr_all = "--ocr-all" in sys.argv
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "page_meta.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, want 63")
    types = sorted({e["text_type"] for e in man})
    check(len(types) == 7, f"{len(types)} text types")
    pairs = {(e["text_type"], e["degradation"]) for e in man}
    check(len(pairs) == 63 and all((t, d) in pairs for t in types for d in DEGS), "type x degradation grid")
    # every file on disk is in the manifest
    on_disk = set()
    for root, _, fs in os.walk(os.path.join(HERE, "pages")):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(root, f), HERE))
    check(on_disk == {e["file"] for e in man}, "files on disk == manifest files")

    truths, tables = {}, {}
    for t in types:
        lines = open(os.path.join(HERE, "truth", f"{t}.txt"), encoding="utf-8").read().split("\n")
        check(lines[-1] == "", f"{t}: truth ends with newline")
        lines = lines[:-1]
        truths[t] = lines
        for i, ln in enumerate(lines):
            check(ln and ln == ln.strip() and "  " not in ln and "\t" not in ln, f"{t}: bad truth line {i}: {ln!r}")
        tp = os.path.join(HERE, "truth", f"{t}.tables.json")
        if os.path.exists(tp):
            tables[t] = json.load(open(tp, encoding="utf-8"))
    for e in man:
        t, d = e["text_type"], e["degradation"]
        ext = os.path.splitext(e["file"])[1][1:]
        check(e["file"] == f"pages/{t}/{t}__{d}.{ext}", f"path pattern {e['file']}")
        check(e["truth"] == f"truth/{t}.txt", f"truth path {e}")
        check(("tables" in e) == (t in tables), f"tables key {e['file']}")
        if "tables" in e:
            check(e["tables"] == f"truth/{t}.tables.json", f"tables path {e}")

    # --- tables: shape + every row is a truth line, in order
    styles = set()
    for t, tl in tables.items():
        check(isinstance(tl, list) and tl, f"{t}: tables list")
        pos = 0
        for ti, tab in enumerate(tl):
            n = len(tab[0])
            for r in tab:
                check(len(r) == n, f"{t}: table {ti} ragged row {r}")
                check(all(isinstance(c, str) and "\n" not in c and c == c.strip() and "  " not in c for c in r),
                      f"{t}: bad cell in {r}")
                line = " ".join(c for c in r if c)
                try:
                    pos = truths[t].index(line, pos) + 1
                except ValueError:
                    check(False, f"{t}: table row not found as a truth line (in order): {line!r}")
        styles.update(meta[t]["table_styles"])
    check(len(tables) >= 4, "at least 4 types with tables")
    check({"grid", "hrules", "none", "merged"} <= styles, f"table styles {styles}")

    alltext = {t: "\n".join(v) for t, v in truths.items()}
    joined = "\n".join(alltext.values())
    for must in ["5.1.02.01.01.0024", "1.3.2.05.01.04.002", "800/1432/BKPSDM-III/X/2026", "19780312 200501 1 004"]:
        check(must in joined, f"required code {must} in truth")

    # --- arithmetic: kuitansi
    kt = tables["kuitansi"][0]
    items = kt[1:-1]
    s = 0
    for r in items:
        q, h, j = int(r[3]), num(r[5]), num(r[6])
        check(q * h == j, f"kuitansi row {r[0]}: {q} x {h} != {j}")
        check(re.fullmatch(r"1\.3\.2\.05\.01\.04\.\d{3}", r[2]) is not None, f"kode barang {r[2]}")
        s += j
    total = num(kt[-1][6])
    check(kt[-1][1] == "JUMLAH" and s == total, f"kuitansi total {s} vs {total}")
    kl = truths["kuitansi"]
    tb = terbilang_ref(total) + " Rupiah"
    tb_lines = [ln for ln in kl if ln.startswith("Uang sebanyak : ")]
    i = kl.index(tb_lines[0])
    got = kl[i][len("Uang sebanyak : "):]
    j = i + 1
    while not kl[j].startswith("Untuk pembayaran"):
        got += " " + kl[j]
        j += 1
    check(got == tb, f"terbilang {got!r} vs {tb!r}")
    check(f"Terbilang Rp {kt[-1][6]},00" in kl, "amount box")
    dpp = (total * 100 + 55) // 111
    ppn = (dpp * 11 + 50) // 100
    pph = (dpp * 15 + 500) // 1000
    for lab, v in [("Dasar Pengenaan Pajak (100/111) : Rp", dpp), ("PPN 11% (dipungut) : Rp", ppn),
                   ("PPh Pasal 22 1,5% : Rp", pph), ("Jumlah bersih yang diterima : Rp", total - ppn - pph)]:
        want = f"{lab} " + f"{v:,}".replace(",", ".")
        check(want in kl, f"kuitansi tax line {want!r}")

    # --- arithmetic: RUP
    rt = tables["rup"][0]
    s = sum(num(r[4]) for r in rt[1:-1])
    check(rt[-1][1] == "Total Pagu" and num(rt[-1][4]) == s, f"rup total {s}")
    check([r[0] for r in rt[1:-1]] == [str(i) for i in range(1, len(rt) - 1)], "rup numbering")
    for r in rt[1:-1]:
        check(re.fullmatch(r"5\.[12]\.\d{2}\.\d{2}\.\d{2}\.\d{4}", r[2]) is not None, f"rup kode rekening {r[2]}")

    # --- arithmetic: Renja (hierarchy sums)
    rj = tables["renja"][0]
    body = [r for r in rj[3:-1]]
    val = {r[0]: num(r[4]) for r in body if r[0] and r[4]}
    val2 = {r[0]: num(r[7]) for r in body if r[0] and r[7]}
    for v in (val, val2):
        codes = list(v)
        for c in codes:
            kids = [k for k in codes if k.startswith(c + ".") and k.count(".") == min(
                x.count(".") for x in codes if x.startswith(c + "."))] if any(
                x.startswith(c + ".") for x in codes) else []
            if kids:
                check(sum(v[k] for k in kids) == v[c], f"renja {c}: children sum")
        tops = [c for c in codes if c.count(".") == 1]
        jum = [r for r in rj if r[0] == "JUMLAH"][0]
    check(num(jum[4]) == sum(val[c] for c in tops) and num(jum[7]) == sum(val2[c] for c in tops), "renja JUMLAH")
    check(len(rj[0]) == 8 and rj[0][4] == "" and rj[1][0] == "", "renja merged header cells empty in truth")

    # --- daftar hadir: numbering + NIP sex digit matches L/P
    dh = tables["daftar_hadir"][0]
    check([r[0] for r in dh[1:]] == [str(i) for i in range(1, len(dh))], "daftar hadir numbering")
    check(len(dh) - 1 >= 25, "daftar hadir has many rows")
    for r in dh[1:]:
        m = re.fullmatch(r"(\d{8}) (\d{6}) ([12]) (\d{3})", r[2])
        if m:
            check(m.group(3) == ("1" if r[4] == "L" else "2"), f"NIP sex digit {r}")
        else:
            check(re.fullmatch(r"6472\d{12}", r[2]) is not None, f"NIK {r[2]}")
        check(r[6] == "", "signature column empty in truth")

    # --- surat tugas: NIPs well formed
    for r in tables["surat_tugas"][0][1:]:
        check(re.fullmatch(r"\d{8} \d{6} [12] \d{3}", r[2]) is not None, f"SPT NIP {r[2]}")

    # --- page files
    from pypdf import PdfReader
    clean = {}
    for t in types:
        base = os.path.join(HERE, "pages", t, f"{t}__")
        landscape = meta[t]["landscape"]
        W, H = (3508, 2480) if landscape else (2480, 3508)
        im = Image.open(base + "clean_300dpi.png")
        raw = open(base + "clean_300dpi.png", "rb").read()
        check(im.format == "PNG" and im.mode == "P" and raw[24] == 4, f"{t}: clean is 4-bit palette PNG")
        check(im.size == (W, H), f"{t}: clean size {im.size}")
        check(round(im.info["dpi"][0]) == 300, f"{t}: clean dpi")
        c = np.asarray(im.convert("L"))
        clean[t] = c
        im = Image.open(base + "dpi150.png")
        check(im.size == (round(W / 2), round(H / 2)) and round(im.info["dpi"][0]) == 150, f"{t}: dpi150")
        im = Image.open(base + "fax.png")
        a = np.asarray(im)
        check(im.mode == "1" and im.size[0] == round(W * 2 / 3), f"{t}: fax 1-bit 200 dpi")
        check(np.array_equal(a[0::2], a[1::2]), f"{t}: fax rows doubled (100 dpi vertical)")
        im = Image.open(base + "jpeg_q25.jpg")
        check(im.format == "JPEG", f"{t}: jpeg")
        q = im.quantization[0]
        check(q[0] == 32, f"{t}: JPEG DC quant {q[0]} (libjpeg quality 25 gives 16*200/100 = 32)")
        r = PdfReader(base + "pdf_skew2.pdf")
        check(len(r.pages) == 1, f"{t}: pdf pages")
        check((r.pages[0].extract_text() or "").strip() == "", f"{t}: pdf has no text layer")
        mb = r.pages[0].mediabox
        pw, ph = float(mb.width), float(mb.height)
        want = (842, 595) if landscape else (595, 842)
        check(abs(pw - want[0]) < 3 and abs(ph - want[1]) < 3, f"{t}: pdf A4 {pw}x{ph}")
        pim = page_image(base + "pdf_skew2.pdf")
        check(abs(pim.width / (pw / 72) - 200) < 2, f"{t}: pdf image 200 dpi")
        est = skew_estimate(pim)
        ang = meta[t]["skew_angle_deg"]
        check(1.7 <= abs(ang) <= 2.3 and abs(est - ang) <= 0.5, f"{t}: skew {ang} estimated {est}")
        im = Image.open(base + "phone_photo.jpg")
        check(im.format == "JPEG" and im.mode == "RGB", f"{t}: phone photo RGB JPEG")
        im = Image.open(base + "stamp.png").convert("RGB")
        a = np.asarray(im, dtype=np.int16)
        sat = (a.max(2) - a.min(2)) > 50
        check(sat.sum() > 5000, f"{t}: stamp has coloured ink ({sat.sum()} px)")
        im = Image.open(base + "sideways.png")
        s = np.asarray(im.convert("L"))
        check(np.array_equal(np.rot90(c, 1), s), f"{t}: sideways == clean rotated 90 deg CCW")
        im = Image.open(base + "upside_down.png")
        s = np.asarray(im.convert("L"))
        check(np.array_equal(np.rot90(c, 2), s), f"{t}: upside_down == clean rotated 180 deg")

    # --- Tesseract on clean pages: the truth really is what is drawn
    results = {}
    for t in types:
        hyp = tesseract(Image.fromarray(clean[t]), dpi=300)
        e = cer(alltext[t], hyp)
        results[(t, "clean_300dpi")] = e
        print(f"tesseract clean {t}: CER {e:.3f}")
        # tables are read column-wise by Tesseract, so compare bags of tokens, not the sequence
        rt = re.findall(r"\S+", alltext[t])
        ht = {}
        for w in re.findall(r"\S+", hyp):
            ht[w] = ht.get(w, 0) + 1
        found = 0
        for w in rt:
            if ht.get(w, 0) > 0:
                ht[w] -= 1
                found += 1
        rec = found / len(rt)
        print(f"   token recall {rec:.3f}")
        check(rec > 0.85, f"{t}: clean page token recall {rec:.3f} too low - truth may not match the drawing")
        # every truth line with >= 12 chars is nearly found in the OCR text (fuzzy, per line)
        hl = [re.sub(r"\s+", " ", x).strip() for x in hyp.split("\n") if x.strip()]
        missing = 0
        rowlines = {" ".join(c for c in r if c) for tab in tables.get(t, []) for r in tab}
        for ln in truths[t]:
            if len(ln) >= 12 and ln not in hl and ln not in rowlines:
                best = min((cer(ln, h) for h in hl), default=1)
                if best > 0.5:
                    missing += 1
        check(missing <= max(2, len(truths[t]) // 8), f"{t}: {missing} truth lines not matched by OCR")
    if ocr_all:
        for e in man:
            if e["degradation"] == "clean_300dpi":
                continue
            im = page_image(os.path.join(HERE, e["file"]))
            hyp = tesseract(im, dpi=200 if e["file"].endswith(".pdf") else None)
            results[(e["text_type"], e["degradation"])] = cer(alltext[e["text_type"]], hyp)
            print(e["file"], f"{results[(e['text_type'], e['degradation'])]:.3f}", flush=True)
        with open(os.path.join(HERE, "tesseract_baseline.json"), "w") as fh:
            json.dump({f"{t}/{d}": round(v, 4) for (t, d), v in sorted(results.items())}, fh, indent=1)
    print()
    print("FAILED" if FAIL else "ALL CHECKS PASSED", f"({len(FAIL)} failures)")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
