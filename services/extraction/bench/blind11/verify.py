"""Checks every file of the ocr11 set against its truth. Run: python verify.py [--ocr-all]
Exit code 0 = all checks passed. Needs tesseract (ind) on PATH for the OCR sanity checks."""
import io
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)
        print("FAIL:", msg)
    return cond


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


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def png_bitdepth(path):
    with open(path, "rb") as fh:
        head = fh.read(33)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return head[24], head[25]  # bit depth, colour type


def tesseract(img, psm=3):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.png")
        img.save(p)
        r = subprocess.run(["tesseract", p, "stdout", "-l", "ind", "--psm", str(psm)], capture_output=True,
                           text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        return r.stdout


# ------------------------------------------------------------------ number words (independent parser)
UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_int(text):
    toks = text.lower().replace("rupiah", "").split()
    total, group, cur = 0, 0, 0
    for t in toks:
        if t in ("seratus",):
            group += 100
        elif t == "seribu":
            total += 1000
        elif t in UNITS:
            cur += UNITS[t]
        elif t == "belas":
            group += cur + 10; cur = 0
        elif t == "puluh":
            group += cur * 10; cur = 0
        elif t == "ratus":
            group += cur * 100; cur = 0
        elif t in ("ribu", "juta", "miliar"):
            mult = {"ribu": 10 ** 3, "juta": 10 ** 6, "miliar": 10 ** 9}[t]
            total += (group + cur) * mult; group = cur = 0
        else:
            raise ValueError(t)
    return total + group + cur


def word_recall(ref, hyp):
    from collections import Counter
    h = Counter(hyp.split())
    n = 0
    for w in ref.split():
        if h[w] > 0:
            h[w] -= 1
            n += 1
    return n / max(1, len(ref.split()))


def num(s):
    return int(s.replace(".", "").split(",")[0])


# ------------------------------------------------------------------ main
def main(ocr_all=False):
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    layout = json.load(open(os.path.join(HERE, "truth", "_layout.json"), encoding="utf-8"))
    types = sorted({e["text_type"] for e in man})
    check(len(types) == 7, "7 text types")
    check(len(man) == 63, "63 manifest entries, got %d" % len(man))
    check(len({e["file"] for e in man}) == 63, "unique files")
    n_tab = 0
    truth, tables = {}, {}
    for t in types:
        tp = os.path.join(HERE, "truth", t + ".txt")
        lines = open(tp, encoding="utf-8").read().split("\n")
        check(lines[-1] == "", t + ": truth ends with newline")
        lines = lines[:-1]
        for ln in lines:
            check(ln and ln == ln.strip() and "  " not in ln, t + ": clean truth line %r" % ln)
        truth[t] = lines
        tj = os.path.join(HERE, "truth", t + ".tables.json")
        if os.path.exists(tj):
            n_tab += 1
            tabs = json.load(open(tj, encoding="utf-8"))
            tables[t] = tabs
            pos = 0
            for tab in tabs:
                w = len(tab[0])
                for row in tab:
                    check(len(row) == w, t + ": rectangular table")
                    joined = " ".join(c for c in row if c)
                    if joined:
                        try:
                            pos = lines.index(joined, pos) + 1
                        except ValueError:
                            check(False, t + ": table row not a truth line in order: %r" % joined)
        for e in man:
            if e["text_type"] == t:
                check(("tables" in e) == (t in tables), t + ": tables key")
                check(set(e) <= {"file", "text_type", "degradation", "truth", "tables"}, "manifest keys")
                check(e["truth"] == "truth/%s.txt" % t, "truth path")
        check(sorted(e["degradation"] for e in man if e["text_type"] == t) == sorted(DEGS), t + ": 9 degradations")
    check(n_tab >= 4, "at least 4 types with tables")
    alltext = "\n".join("\n".join(v) for v in truth.values())
    for must in ["5.1.02.01.01.0024", "1.3.2.05.01.04.002", "800/1432/BKPSDM-III/X/2026", "19780312 200501 1 004"]:
        check(must in alltext, "required code in truth: " + must)

    # ---------------- arithmetic re-computed from the truth text / tables
    k = "\n".join(truth["kuitansi_spj"])
    val = {}
    for lbl in ["Nilai DPP", "PPN 11%", "Jumlah kotor", "Dikurangi PPN 11%", "Dikurangi PPh Pasal 22 (1,5% x DPP)",
                "Jumlah bersih diterima"]:
        m = re.search(re.escape(lbl) + r" Rp ([\d.]+)", k)
        check(m is not None, "kuitansi line " + lbl)
        val[lbl] = num(m.group(1))
    dpp = val["Nilai DPP"]
    check(val["PPN 11%"] == round(dpp * 0.11), "PPN = 11% DPP")
    check(val["Jumlah kotor"] == dpp + val["PPN 11%"], "kotor = DPP + PPN")
    check(val["Dikurangi PPh Pasal 22 (1,5% x DPP)"] == round(dpp * 0.015), "PPh22 = 1,5% DPP")
    check(val["Jumlah bersih diterima"] == val["Jumlah kotor"] - val["Dikurangi PPN 11%"]
          - val["Dikurangi PPh Pasal 22 (1,5% x DPP)"], "bersih")
    m = re.search(r"Terbilang Rp ([\d.]+),00", k)
    check(m and num(m.group(1)) == val["Jumlah kotor"], "boxed amount = kotor")
    m = re.search(r"Uang sebanyak : (.+)", k)
    check(m and words_to_int(m.group(1)) == val["Jumlah kotor"], "terbilang words = kotor")
    # renja totals
    tab = tables["renja_indikator"][0]
    tot = tab[-1]
    check(tot[0] == "JUMLAH", "renja JUMLAH row")
    for c in (4, 6):
        s = sum(num(r[c]) for r in tab[2:-1] if r[c])
        check(s == num(tot[c]), "renja pagu total col %d" % c)
        # program/kegiatan rows carry no pagu, sub kegiatan rows (6 segment codes) do
        for r in tab[2:-1]:
            check(bool(r[c]) == (r[0].count(".") == 5), "renja pagu only on sub kegiatan " + r[0])
    # lampiran total, kode barang format
    tab = tables["lampiran_sk_kode"][0]
    s = sum(num(r[5]) for r in tab[1:-1])
    check(tab[-1][2] == "Jumlah" and s == num(tab[-1][5]), "lampiran jumlah")
    for r in tab[1:-1]:
        check(re.fullmatch(r"1\.3\.\d\.\d\d\.\d\d\.\d\d\.\d{3}", r[1]) is not None, "kode barang " + r[1])
    # daftar hadir count
    tab = tables["daftar_hadir"][0]
    rows = tab[1:]
    m = re.search(r"Jumlah peserta hadir: (\d+) orang \(ASN (\d+) orang, non-ASN (\d+) orang\)",
                  "\n".join(truth["daftar_hadir"]))
    check(m and int(m.group(1)) == len(rows), "hadir count")
    check(m and int(m.group(2)) == sum(1 for r in rows if r[2]), "ASN count")
    check(m and int(m.group(3)) == sum(1 for r in rows if not r[2]), "non-ASN count")
    check([r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)], "hadir numbering")
    for r in rows:
        if r[2]:
            check(re.fullmatch(r"\d{8} \d{6} \d \d{3}", r[2]) is not None, "NIP format " + r[2])
    # surat tugas grid
    tab = tables["surat_tugas"][0]
    check(tab[0] == ["No", "Nama", "NIP", "Pangkat/ Gol.", "Jabatan"] and len(tab) == 7, "SPT table")

    # ---------------- files
    from pypdf import PdfReader
    import fitz
    for t in types:
        base = os.path.join(HERE, "pages", t, t + "__")
        clean = Image.open(base + "clean_300dpi.png")
        check(png_bitdepth(base + "clean_300dpi.png") == (4, 3), t + ": clean is 4-bit palette PNG")
        check(clean.size == (2480, 3508), t + ": clean size")
        ca = np.asarray(clean.convert("L"))
        # every truth line box contains ink, and the page has no ink far outside the boxes
        for (x0, y0, x1, y1) in layout[t]["line_boxes_300dpi"]:
            check((ca[y0:y1, x0:x1] < 128).sum() > 30, t + ": ink in line box")
        # rotations are exact
        for deg, tr in [("sideways", Image.ROTATE_270 if layout[t]["sideways_direction"] == "ccw" else Image.ROTATE_90),
                        ("upside_down", Image.ROTATE_180)]:
            im = Image.open(base + deg + ".png")
            check(png_bitdepth(base + deg + ".png") == (4, 3), t + ": %s 4-bit" % deg)
            back = np.asarray(im.transpose(tr).convert("L"))
            check(back.shape == ca.shape and (back == ca).all(), t + ": %s is exact rotation of clean" % deg)
        im = Image.open(base + "dpi150.png")
        check(im.size == (1240, 1754) and png_bitdepth(base + "dpi150.png")[0] == 4, t + ": dpi150")
        small = np.asarray(clean.convert("L").resize((1240, 1754), Image.BOX), np.float32)
        check(np.corrcoef(small.ravel(), np.asarray(im.convert("L"), np.float32).ravel())[0, 1] > 0.95, t + ": dpi150 content")
        im = Image.open(base + "fax.png")
        check(im.mode == "1" and im.size == (1654, 2338), t + ": fax 1-bit 1654x2338")
        fa = np.asarray(im.convert("L"))
        check((fa[0::2] == fa[1::2]).all(), t + ": fax rows doubled (100 dpi vertical)")
        im = Image.open(base + "jpeg_q25.jpg")
        check(im.format == "JPEG" and im.size == (1654, 2339), t + ": jpeg")
        check(im.quantization[0][0] >= 28, t + ": jpeg low quality tables")
        im = Image.open(base + "phone_photo.jpg")
        check(im.format == "JPEG" and im.mode == "RGB" and im.size == (1500, 2000), t + ": phone photo")
        pa = np.asarray(im, np.float32)
        check(pa[:40, :40].mean() < 170, t + ": phone photo has dark background corner")
        st = Image.open(base + "stamp.png")
        check(st.size == (2480, 3508) and st.mode == "P" and png_bitdepth(base + "stamp.png")[0] == 4, t + ": stamp png")
        sa = np.asarray(st.convert("RGB"), np.int16)
        chroma = np.abs(sa[..., 0] - sa[..., 2]) + np.abs(sa[..., 1] - sa[..., 2])
        col = chroma > 60
        check(col.sum() > 20000, t + ": stamp has coloured ink (%d px)" % col.sum())
        sx0, sy0, sx1, sy1 = layout[t]["sig_box"]
        ys, xs = np.nonzero(col)
        check(abs(np.median(ys) - (sy0 + sy1) / 2) < 400 and xs.min() > sx0 - 500, t + ": stamp near signature")
        # outside the stamp/signature region the stamped page equals the clean page
        mask = np.ones(ca.shape, bool)
        mask[max(0, sy0 - 500):sy1 + 500, max(0, sx0 - 500):] = False
        diff = np.abs(np.asarray(st.convert("L"), np.int16) - ca.astype(np.int16))[mask]
        check(np.percentile(diff, 99.9) < 40, t + ": stamp page unchanged elsewhere")
        # pdf: one page, image only, no text, skew ~2 deg as declared
        pdf = base + "pdf_skew2.pdf"
        rd = PdfReader(pdf)
        check(len(rd.pages) == 1, t + ": pdf 1 page")
        check(rd.pages[0].extract_text().strip() == "", t + ": pdf has no text layer")
        xo = rd.pages[0]["/Resources"]["/XObject"]
        imgs = [xo[n].get_object() for n in xo]
        check(len(imgs) == 1 and imgs[0]["/Width"] == 1654 and imgs[0]["/Height"] == 2339, t + ": pdf 200 dpi image")
        mb = rd.pages[0].mediabox
        check(abs(float(mb.width) - 595.4) < 1.5 and abs(float(mb.height) - 842) < 1.5, t + ": pdf A4")
        doc = fitz.open(pdf)
        pix = doc[0].get_pixmap(dpi=60, colorspace=fitz.csGRAY)
        ra = Image.frombytes("L", (pix.width, pix.height), pix.samples)
        ref = np.asarray(clean.convert("L").resize(ra.size, Image.BOX), np.float32)
        best = max((np.corrcoef(np.asarray(ra.rotate(-a / 10.0, Image.BILINEAR, fillcolor=240), np.float32).ravel(),
                                ref.ravel())[0, 1], a / 10.0) for a in range(-30, 31, 1))
        decl = layout[t]["skew_deg"]
        check(abs(best[1] - decl) <= 0.3 and 1.5 <= abs(decl) <= 2.5, t + ": pdf skew %.1f vs %.1f" % (best[1], decl))

    # ---------------- OCR sanity: the clean page reads back as the truth
    print("OCR check (tesseract -l ind) ...")
    cers = {}
    for t in types:
        targets = ["clean_300dpi"] + ([d for d in DEGS if d != "clean_300dpi"] if ocr_all else [])
        for deg in targets:
            f = os.path.join(HERE, "pages", t, "%s__%s.%s" % (t, deg, EXT[deg]))
            if f.endswith(".pdf"):
                import fitz as _f
                pix = _f.open(f)[0].get_pixmap(dpi=200, colorspace=_f.csGRAY)
                im = Image.frombytes("L", (pix.width, pix.height), pix.samples)
            else:
                im = Image.open(f).convert("L")
            if deg == "sideways":
                im = im.transpose(Image.ROTATE_270 if layout[t]["sideways_direction"] == "ccw" else Image.ROTATE_90)
            if deg == "upside_down":
                im = im.transpose(Image.ROTATE_180)
            o = norm(tesseract(im, 6))
            ref = norm(" ".join(truth[t]))
            cer = lev(o, ref) / len(ref)
            rec = word_recall(ref, o)
            cers[(t, deg)] = (round(cer, 4), round(rec, 4))
            print("  %-20s %-13s CER(psm6) %.3f  word recall %.3f" % (t, deg, cer, rec))
            if deg == "clean_300dpi":
                check(rec > 0.85 or cer < 0.05, t + ": clean page reads back (CER %.3f, word recall %.3f)" % (cer, rec))
                o3 = norm(tesseract(im, 3))
                for must in ["5.1.02.01.01.0024", "1.3.2.05.01.04.002", "800/1432/BKPSDM-III/X/2026",
                             "19780312 200501 1 004"]:
                    if must in " ".join(truth[t]):
                        sq = must.replace(" ", "")
                        check(sq in o.replace(" ", "") or sq in o3.replace(" ", ""),
                              t + ": OCR of clean page finds " + must)
    json.dump({"%s|%s" % k: v for k, v in cers.items()},
              open(os.path.join(tempfile.gettempdir(), "ocr11_cer.json"), "w"), indent=1)

    # ---------------- size / hygiene
    total = 0
    for root, dirs, files in os.walk(HERE):
        check("__pycache__" not in root, "no __pycache__ (remove it after running)")
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    check(total < 15 * 1024 * 1024, "size %.1f MB < 15 MB" % (total / 2 ** 20))
    print("size %.2f MB" % (total / 2 ** 20))
    print("FAILED %d checks" % len(FAILS) if FAILS else "ALL CHECKS PASSED")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main("--ocr-all" in sys.argv))
