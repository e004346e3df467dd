"""Verify the ocr29 set: files, manifest, truth consistency, arithmetic, codes, and an OCR sanity check.

Usage: python verify.py [--no-ocr]      exit code 0 = all checks passed
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

D = os.path.dirname(os.path.abspath(__file__))
TYPES = ["surat_tugas", "sppd_rincian", "kib_b", "nota_pembelian", "notulen_rapat", "ba_kas", "daftar_hadir"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
fails = []


def check(cond, msg):
    if not cond:
        fails.append(msg)
        print("FAIL:", msg)
    return cond


def num(s):
    return int(s.replace(".", ""))


# --- independent reading of Indonesian number words (terbilang -> int)
W = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
     "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_int(text):
    total, cur = 0, 0
    toks = text.lower().split()
    for t in toks:
        if t in W:
            v = W[t]
            if v == 100:
                cur += 100
            elif v == 1000:
                total += 1000
            else:
                cur += v
        elif t == "belas":
            cur = cur - (cur % 10) + (cur % 10) + 10  # 'x belas' = x + 10
        elif t == "puluh":
            last = cur % 10
            cur = cur - last + last * 10
        elif t == "ratus":
            last = cur % 10
            cur = cur - last + last * 100
        elif t == "ribu":
            total += cur * 1000; cur = 0
        elif t == "juta":
            total += cur * 10**6; cur = 0
        elif t == "miliar":
            total += cur * 10**9; cur = 0
        else:
            raise ValueError(t)
    return total + cur


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


def main(ocr=True):
    man = json.load(open(os.path.join(D, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, "manifest has %d entries" % len(man))
    seen = set()
    truths, tables = {}, {}
    for t in TYPES:
        truths[t] = open(os.path.join(D, "truth", t + ".txt"), encoding="utf-8").read()
        tp = os.path.join(D, "truth", t + ".tables.json")
        if os.path.exists(tp):
            tables[t] = json.load(open(tp, encoding="utf-8"))
    check(sum(1 for t in tables) >= 4, "at least 4 types with tables")
    for e in man:
        t, g = e["text_type"], e["degradation"]
        seen.add((t, g))
        exp = "pages/%s/%s__%s.%s" % (t, t, g, EXT[g])
        check(e["file"] == exp, "file name %s != %s" % (e["file"], exp))
        check(e["truth"] == "truth/%s.txt" % t, "truth path " + e["truth"])
        check(("tables" in e) == (t in tables), "tables key for " + e["file"])
        if "tables" in e:
            check(e["tables"] == "truth/%s.tables.json" % t, "tables path")
        check(os.path.exists(os.path.join(D, e["file"])), "missing " + e["file"])
    check(seen == {(t, g) for t in TYPES for g in DEGS}, "all 7x9 combinations present")

    # --- every page file opens; geometry per degradation
    for t in TYPES:
        P = lambda g: os.path.join(D, "pages", t, "%s__%s.%s" % (t, g, EXT[g]))
        clean = Image.open(P("clean_300dpi")); clean.load()
        cw, ch = clean.size
        land = cw > ch
        check((cw, ch) == ((3508, 2480) if land else (2480, 3508)), t + " clean size A4 at 300 dpi %s" % (clean.size,))
        check(clean.mode == "P" and len(clean.getpalette()) // 3 <= 256, t + " clean is palette")
        check(max(np.asarray(clean).ravel()) <= 15, t + " clean uses <= 16 grey levels")
        ca = np.asarray(clean)
        for g, rot in (("sideways", Image.ROTATE_270), ("upside_down", Image.ROTATE_180)):
            im = Image.open(P(g)); im.load()
            back = np.asarray(im.transpose(rot))
            check(back.shape == ca.shape and (back == ca).all(), "%s %s is an exact rotation of clean" % (t, g))
        im = Image.open(P("dpi150")); im.load()
        check(abs(im.size[0] - cw / 2) <= 1 and abs(im.size[1] - ch / 2) <= 1, t + " dpi150 size")
        im = Image.open(P("fax")); im.load()
        check(im.mode == "1", t + " fax is 1-bit")
        fa = np.asarray(im.convert("L"))
        check((fa[0::2] == fa[1::2]).all(), t + " fax rows doubled (200x100 dpi look)")
        im = Image.open(P("jpeg_q25")); im.load()
        check(im.format == "JPEG" and im.quantization[0][0] == 32, t + " jpeg quality 25 tables")
        im = Image.open(P("phone_photo")); im.load()
        check(im.mode == "RGB", t + " phone photo RGB")
        im = Image.open(P("stamp")); im.load()
        rgb = np.asarray(im.convert("RGB")).astype(int)
        bluish = ((rgb.max(-1) - rgb.min(-1)) > 25).sum()
        check(bluish > 20000, t + " stamp has coloured ink (%d px)" % bluish)
        check(im.size == clean.size, t + " stamp page size")
        r = PdfReader(P("pdf_skew2"))
        check(len(r.pages) == 1, t + " pdf 1 page")
        pg = r.pages[0]
        check(pg.extract_text().strip() == "", t + " pdf has no text layer")
        imgs = list(pg.images)
        check(len(imgs) == 1, t + " pdf has one image")
        pim = Image.open(io.BytesIO(imgs[0].data))
        wpt, hpt = float(pg.mediabox.width), float(pg.mediabox.height)
        dpi = pim.size[0] / (wpt / 72)
        check(190 <= dpi <= 210, t + " pdf image ~200 dpi (%.1f)" % dpi)

    # --- truth text hygiene + tables consistent with truth lines
    for t in TYPES:
        lines = truths[t].rstrip("\n").split("\n")
        for l in lines:
            check(l and l == l.strip() and "  " not in l, "%s bad truth line %r" % (t, l))
        if t in tables:
            pos = 0
            for ti, tb in enumerate(tables[t]):
                ncol = len(tb[0])
                for row in tb:
                    check(len(row) == ncol, "%s table %d ragged row %r" % (t, ti, row))
                    check(all(isinstance(c, str) and c == c.strip() for c in row), "%s cells are strings" % t)
                    joined = " ".join(c for c in row if c)
                    if joined:
                        try:
                            pos = lines.index(joined, pos) + 1
                        except ValueError:
                            check(False, "%s table row not a truth line in order: %r" % (t, joined))

    # --- codes and numbers that matter
    pats = {
        "letter": r"\b\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}\b",
        "nip": r"\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]) (19|20)\d{2}(0[1-9]|1[0-2]) [12] \d{3}\b",
        "rek": r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b",
        "barang": r"\b1\.3\.2\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b",
    }
    allt = "\n".join(truths.values())
    cnt = {k: len(re.findall(v, allt)) for k, v in pats.items()}
    print("code counts in truth:", cnt)
    check(cnt["letter"] >= 4 and cnt["nip"] >= 15 and cnt["rek"] >= 4 and cnt["barang"] >= 8, "code counts")

    # --- arithmetic, recomputed from the truth files only
    sp = tables["sppd_rincian"][0]
    items = [num(r[2]) for r in sp[1:-1]]
    check(sum(items) == num(sp[-1][2]), "sppd sum")
    tl = [l for l in truths["sppd_rincian"].split("\n") if l.startswith("Terbilang")][0]
    check(words_to_int(tl.split(":", 1)[1].replace("rupiah", "")) == sum(items), "sppd terbilang")
    m = {k: num(v) for k, v in re.findall(r"^(Ditetapkan sejumlah|Yang telah dibayar semula|Sisa kurang) : Rp ([\d.]+)$",
                                          truths["sppd_rincian"], re.M)}
    check(m.get("Ditetapkan sejumlah") == sum(items) and m["Ditetapkan sejumlah"] - m["Yang telah dibayar semula"] == m["Sisa kurang"], "sppd rampung")
    nb = tables["nota_pembelian"][0]
    for r in nb[1:]:
        check(int(r[2]) * num(r[4]) == num(r[5]), "nota row %r" % r)
    sub = sum(num(r[5]) for r in nb[1:])
    nt = truths["nota_pembelian"]
    g = lambda lab: num(re.search(r"^" + re.escape(lab) + r" : Rp ([\d.]+)$", nt, re.M).group(1))
    check(g("Sub Total") == sub, "nota subtotal")
    check(g("PPN 11%") == round(sub * 0.11), "nota ppn")
    check(g("TOTAL") == sub + g("PPN 11%"), "nota total")
    tb = " ".join(l for l in nt.split("\n") if l.startswith("Terbilang") or l == "rupiah")
    nt_lines = nt.split("\n")
    i = [k for k, l in enumerate(nt_lines) if l.startswith("Terbilang")][0]
    words = nt_lines[i].split(":", 1)[1] + " " + (nt_lines[i + 1] if not nt_lines[i + 1].startswith("Kode") else "")
    check(words_to_int(words.replace("rupiah", "")) == g("TOTAL"), "nota terbilang")
    kb = tables["kib_b"][0]
    data = [r for r in kb[3:-1]]
    check(len(data) == 8, "kib 8 data rows")
    check(sum(num(r[14]) for r in data) == num(kb[-1][14]), "kib total")
    check(all(re.fullmatch(pats["barang"], r[1]) for r in data), "kib kode barang shape")
    check(kb[0][8] == "Nomor" and kb[0][9:13] == ["", "", "", ""] and kb[1][8:13] == ["Pabrik", "Rangka", "Mesin", "Polisi", "BPKB"], "kib merged header")
    bt = truths["ba_kas"]
    A = num(re.search(r"^A\. Saldo kas menurut .* Rp ([\d.]+)$", bt, re.M).group(1))
    parts = [num(x) for x in re.findall(r"^\d\. .* Rp ([\d.]+)$", bt, re.M)]
    Bv = num(re.search(r"^Jumlah B Rp ([\d.]+)$", bt, re.M).group(1))
    C = num(re.search(r"^C\. Selisih \(A - B\) Rp ([\d.]+)$", bt, re.M).group(1))
    check(len(parts) == 4 and sum(parts) == Bv and A - Bv == C, "ba_kas arithmetic")
    check(("Selisih kas sebesar Rp " + re.sub(r"(?<=\d)(?=(\d{3})+$)", ".", str(C))) in bt.replace("\n", " "), "ba_kas selisih in text")
    dh = tables["daftar_hadir"][0]
    check([r[0] for r in dh[1:]] == [str(i) for i in range(1, len(dh))], "daftar hadir numbering")
    check(all(r[5] == r[0] + "." for r in dh[1:]), "daftar hadir ttd numbers")

    # --- OCR sanity: the clean page must read back close to the truth (proves truth == drawing)
    if ocr:
        for t in TYPES:
            with tempfile.TemporaryDirectory() as td:
                out = subprocess.run(["tesseract", os.path.join(D, "pages", t, t + "__clean_300dpi.png"), "stdout",
                                      "-l", "ind", "--psm", "4"], capture_output=True, text=True).stdout
            a = " ".join(out.split())
            b = " ".join(truths[t].split())
            cer = lev(a, b) / len(b)
            # order-free check: share of truth words that plain Tesseract finds on the clean page
            from collections import Counter
            # table rulings are often read as | [ ] characters glued to words: drop them for this check
            # and Tesseract often drops the spaces inside NIPs / digit groups: also try with
            # digit-space-digit joined on both sides and keep the better of the two recalls
            dj = lambda s: re.sub(r"(?<=\d) (?=\d)", "", s)
            a2 = re.sub(r"[|\[\]{}_]", " ", a)
            rec = 0.0
            for fa, fb in ((a2, b), (dj(a2), dj(b))):
                ow, tw = Counter(fa.split()), Counter(fb.split())
                rec = max(rec, sum(min(n, ow[w]) for w, n in tw.items()) / sum(tw.values()))
            print("tesseract on clean %-15s CER(order-sensitive) %.3f  word recall %.3f" % (t, cer, rec))
            check(rec > 0.85, "%s OCR sanity word recall %.3f" % (t, rec))

    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(D) for f in fs)
    print("total size %.2f MB" % (size / 1e6))
    check(size < 15e6, "size under 15 MB")
    check(not any("__pycache__" in dp for dp, _, _ in os.walk(D)), "no __pycache__")
    print("RESULT:", "PASS" if not fails else "FAIL (%d)" % len(fails))
    return 0 if not fails else 1


if __name__ == "__main__":
    sys.exit(main(ocr="--no-ocr" not in sys.argv))
