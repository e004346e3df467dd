#!/usr/bin/env python3
"""Verify the ocr9 set: files, formats, truth/tables consistency, arithmetic, and that the truth
really is what is printed (Tesseract on the clean page must reach a low CER vs. truth).
Run:  python -B verify.py   (exit 0 = pass)"""
import json
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
import numpy as np
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["nota_dinas", "surat_tugas", "kuitansi_spj", "daftar_hadir", "renja_indikator",
         "pengumuman_brosur", "lampiran_sk"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def num(s):
    return int(s.replace(".", ""))


# independent terbilang (different construction from the generator's)
def terbilang2(n):
    units = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()

    def tri(x):
        out = []
        h, rest = divmod(x, 100)
        if h == 1:
            out.append("seratus")
        elif h > 1:
            out += [units[h], "ratus"]
        if rest >= 20 or rest == 10:
            t, u = divmod(rest, 10)
            out += (["sepuluh"] if rest == 10 else [units[t], "puluh"])
            if rest > 10 and u:
                out.append(units[u])
        elif rest == 11:
            out.append("sebelas")
        elif rest > 11:
            out += [units[rest - 10], "belas"]
        elif rest > 0:
            out.append(units[rest])
        return out

    words = []
    for scale, name in ((10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu"), (1, "")):
        g, n = divmod(n, scale)
        if g:
            if scale == 1000 and g == 1:
                words.append("seribu")
            else:
                words += tri(g) + ([name] if name else [])
    return " ".join(words)


def cer(ref, hyp):
    ref, hyp = re.sub(r"\s+", " ", ref).strip(), re.sub(r"\s+", " ", hyp).strip()
    prev = list(range(len(hyp) + 1))
    for i, rc in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, hc in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (rc != hc))
        prev = cur
    return prev[-1] / max(1, len(ref))


def main():
    man = json.load(open(os.path.join(HERE, "manifest.json")))
    check(len(man) == 63, "manifest has %d entries" % len(man))
    seen = set()
    for e in man:
        t, d = e["text_type"], e["degradation"]
        seen.add((t, d))
        check(e["file"].startswith("pages/%s/%s__%s." % (t, t, d)), "bad path " + e["file"])
        p = os.path.join(HERE, e["file"])
        check(os.path.isfile(p), "missing " + e["file"])
        check(os.path.isfile(os.path.join(HERE, e["truth"])), "missing truth " + e["truth"])
        if "tables" in e:
            check(os.path.isfile(os.path.join(HERE, e["tables"])), "missing tables " + e["tables"])
        if d == "pdf_skew2":
            r = PdfReader(p)
            check(len(r.pages) == 1, "pdf pages")
            check(r.pages[0].extract_text().strip() == "", "pdf has a text layer: " + p)
            imgs = r.pages[0].images
            check(len(imgs) == 1, "pdf should hold one image")
            im = imgs[0].image
            check(abs(im.width - 1653) <= 2, "pdf image not 200 dpi: %d" % im.width)
            continue
        im = Image.open(p)
        if d == "clean_300dpi":
            check(im.size == (2480, 3508) and im.mode == "P", "clean size/mode %s %s" % (im.size, im.mode))
        if d == "dpi150":
            check(im.size == (1240, 1754), "dpi150 size")
        if d == "fax":
            check(im.mode == "1", "fax not 1-bit")
        if d == "jpeg_q25":
            check(im.format == "JPEG", "jpeg format")
        if d == "phone_photo":
            check(im.format == "JPEG" and im.mode == "RGB", "phone format")
        if d == "stamp":
            rgb = np.asarray(im.convert("RGB")).astype(int)
            chroma = (rgb.max(-1) - rgb.min(-1)) > 15
            check(chroma.sum() > 20000, "stamp page has no coloured stamp")
        if d in ("sideways", "upside_down"):
            clean = Image.open(os.path.join(HERE, "pages/%s/%s__clean_300dpi.png" % (t, t)))
            op = Image.ROTATE_90 if d == "sideways" else Image.ROTATE_180
            a = np.asarray(clean.convert("L").transpose(op))
            b = np.asarray(im.convert("L"))
            check(a.shape == b.shape and (a == b).all(), "%s is not an exact rotation of clean" % e["file"])
    for t in TYPES:
        for d in DEGS:
            check((t, d) in seen, "manifest lacks %s/%s" % (t, d))

    facts = json.load(open(os.path.join(HERE, "truth", "facts.json")))
    n_tables = 0
    for t in TYPES:
        lines = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read().split("\n")
        check(lines[-1] == "", "truth must end with newline")
        lines = lines[:-1]
        for ln in lines:
            check(ln == ln.strip() and "  " not in ln and ln, "%s: bad truth line %r" % (t, ln))
        tp = os.path.join(HERE, "truth", t + ".tables.json")
        if os.path.exists(tp):
            tabs = json.load(open(tp, encoding="utf-8"))
            for tab in tabs:
                n_tables += 1
                w = len(tab[0])
                for row in tab:
                    check(len(row) == w, "%s: ragged table row %r" % (t, row))
                    joined = " ".join(c for c in row if c)
                    check(joined in lines, "%s: table row not a truth line: %r" % (t, joined))
        # arithmetic checks on the labelled values
        if t == "kuitansi_spj":
            tab = tabs[0]
            items = [r for r in tab[1:] if r[0]]
            s = 0
            for r in items:
                check(num(r[2]) * num(r[4]) == num(r[5]), "kuitansi line arithmetic %r" % r)
                s += num(r[5])
            lab = {r[1]: num(r[5]) for r in tab if not r[0] and r[1]}
            check(lab["Jumlah"] == s, "kuitansi Jumlah")
            check(lab["PPN 11%"] == s * 11 // 100, "kuitansi PPN")
            check(lab["Total"] == s + s * 11 // 100 == facts[t]["total"], "kuitansi Total")
            tb = [ln for ln in lines if ln.startswith("Uang sebanyak : ")][0][len("Uang sebanyak : "):]
            # the terbilang may wrap onto the next printed line
            i = lines.index("Uang sebanyak : " + tb)
            full = tb
            if not tb.endswith("Rupiah"):
                full += " " + lines[i + 1]
            check(full.lower() == terbilang2(lab["Total"]) + " rupiah", "terbilang mismatch: %r" % full)
            check(any(("Rp %s,-" % "{:,}".format(lab["Total"]).replace(",", ".")) in ln for ln in lines),
                  "kuitansi amount box")
            check("Tahun Anggaran : 2026" in lines and "Kode Rekening : 5.1.02.01.01.0024" in lines, "kuitansi codes")
        if t == "daftar_hadir":
            tab = tabs[0]
            body = tab[1:]
            check([r[0] for r in body] == [str(i) for i in range(1, len(body) + 1)], "hadir numbering")
            check(("Jumlah peserta hadir: %d orang" % len(body)) in lines, "hadir count line")
            for r in body:
                check(re.fullmatch(r"\d{8} \d{6} [12] \d{3}", r[2]) is not None, "NIP format %r" % r[2])
        if t == "renja_indikator":
            tab = tabs[0]
            tot = sum(num(r[5]) for r in tab[3:] if r[5])
            check(tot == facts[t]["pagu_total"], "renja pagu total")
            check(any(ln.endswith("Rp " + "{:,}".format(tot).replace(",", ".")) for ln in lines), "renja total line")
            check(all(len(r) == 7 for r in tab) and tab[0][4] == "" and tab[1][0] == "", "renja merged cells")
        if t == "lampiran_sk":
            tab = tabs[0]
            body = [r for r in tab[1:] if r[0]]
            check(len(body) == facts[t]["n_aset"], "aset count")
            check(sum(num(r[5]) for r in body) == num(tab[-1][5]) == facts[t]["nilai_total"], "aset total")
            check(any(r[1] == "1.3.2.05.01.04.002" for r in body), "kode barang present")
        if t == "nota_dinas":
            check("Nomor : 800/1432/BKPSDM-III/X/2026" in lines, "nota nomor")
            check("NIP 19780312 200501 1 004" in lines, "nota NIP")
    check(n_tables >= 5, "expected 5 tables, got %d" % n_tables)

    # the truth is what is printed: OCR the clean page with tesseract (if available)
    if shutil.which("tesseract"):
        for t in TYPES:
            ref = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read()
            p = os.path.join(HERE, "pages/%s/%s__clean_300dpi.png" % (t, t))
            hyp = subprocess.run(["tesseract", p, "-", "--psm", "4", "-l", "eng"], capture_output=True,
                                 text=True).stdout
            c = cer(ref, hyp)
            # reading order of tables/sidebars differs between Tesseract and the truth, so the hard
            # check is order-free: nearly every truth word must be found by Tesseract on the clean page
            rw, hw = ref.split(), set(hyp.split())
            rec = sum(w in hw for w in rw) / len(rw)
            print("tesseract on clean %-18s CER %.3f word recall %.3f" % (t, c, rec))
            check(rec > 0.85 or c < 0.06, "%s: clean-page CER %.3f and word recall %.3f: truth may not match the page" % (t, c, rec))
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    print("total size %.2f MB" % (size / 1e6))
    check(size < 15e6, "over 15 MB")
    check(not any("__pycache__" in dp for dp, _, _ in os.walk(HERE)), "__pycache__ left behind")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("PASS: %d files, %d types, %d tables" % (len(man), len(TYPES), n_tables))


if __name__ == "__main__":
    main()
