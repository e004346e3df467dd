"""Independent checks of the ocr32 set. Run: python verify.py  (exit code 0 = pass)."""
import io
import json
import os
import re
import subprocess
import sys

import numpy as np
from PIL import Image
from pypdf import PdfReader
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["daftar_gaji", "npd", "sppd", "rekap_retribusi", "sptjm", "kartu_kendali", "bast_barang"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)
        print("FAIL:", msg)


def num(s):
    return int(s.replace(".", "")) if s not in ("", "-") else 0


WORDS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_int(text):
    """Independent parser of Indonesian number words (…miliar … juta … ribu … ratus … puluh … belas)."""
    total, group, cur = 0, 0, 0
    for w in text.split():
        if w in WORDS:
            v = WORDS[w]
            if v in (100, 1000) and w.startswith("se"):
                if v == 100:
                    group += 100
                else:
                    total += 1000
                continue
            cur += v
        elif w == "belas":
            group += cur + 10
            cur = 0
        elif w == "puluh":
            group += cur * 10
            cur = 0
        elif w == "ratus":
            group += cur * 100
            cur = 0
        elif w in ("ribu", "juta", "miliar"):
            mult = {"ribu": 1000, "juta": 10 ** 6, "miliar": 10 ** 9}[w]
            total += (group + cur) * mult
            group, cur = 0, 0
        else:
            raise ValueError(w)
    return total + group + cur


def main():
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
    files = [e["file"] for e in man]
    check(len(set(files)) == len(files), "duplicate files in manifest")
    pairs = {(e["text_type"], e["degradation"]) for e in man}
    check(pairs == {(t, d) for t in TYPES for d in DEGS}, "type x degradation grid incomplete")
    on_disk = set()
    for root, _, fs in os.walk(os.path.join(HERE, "pages")):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(root, f), HERE))
    check(on_disk == set(files), f"files on disk differ from manifest: {sorted(on_disk ^ set(files))[:5]}")

    truths, tables = {}, {}
    for e in man:
        t = e["text_type"]
        check(e["file"] == f"pages/{t}/{t}__{e['degradation']}." + e["file"].rsplit(".", 1)[1], "bad file name")
        check(e["truth"] == f"truth/{t}.txt", "bad truth path")
        tp = os.path.join(HERE, "truth", f"{t}.tables.json")
        check(("tables" in e) == os.path.exists(tp), f"tables key mismatch for {e['file']}")
        if t not in truths:
            truths[t] = open(os.path.join(HERE, e["truth"]), encoding="utf-8").read().split("\n")[:-1]
            if os.path.exists(tp):
                tables[t] = json.load(open(tp, encoding="utf-8"))
    check(len(tables) >= 4, "fewer than 4 types with tables")

    # --- truth text hygiene and table/text agreement -------------------------------
    for t, lines in truths.items():
        for ln in lines:
            check(ln == " ".join(ln.split()) and ln, f"{t}: line not whitespace-normalised: {ln!r}")
            check(ln.isascii(), f"{t}: non-ASCII truth line {ln!r}")
        if t in tables:
            pos = 0
            for tb in tables[t]:
                ncol = len(tb[0])
                for row in tb:
                    check(len(row) == ncol, f"{t}: ragged table row {row}")
                    check(all(isinstance(c, str) and c == " ".join(c.split()) for c in row), f"{t}: bad cell {row}")
                    joined = " ".join(c for c in row if c)
                    try:
                        pos = lines.index(joined, pos) + 1
                    except ValueError:
                        check(False, f"{t}: table row not a truth line (in order): {joined!r}")

    # --- arithmetic re-computed from the tables --------------------------------------
    g = tables["daftar_gaji"][0]
    body, tot = g[1:-1], g[-1]
    for r in body:
        gp, tk, tj, tb, kotor, pot, bersih = [num(c) for c in r[3:]]
        check(gp + tk + tj + tb == kotor, f"daftar_gaji kotor {r[0]}")
        check(kotor - pot == bersih, f"daftar_gaji bersih {r[0]}")
        check(re.fullmatch(r".+ \d{8} \d{6} [12] \d{3}", r[1]) is not None, f"daftar_gaji NIP shape {r[1]}")
    for k in range(3, 10):
        check(sum(num(r[k]) for r in body) == num(tot[k]), f"daftar_gaji column total {g[0][k]}")
    terb = [ln for ln in truths["daftar_gaji"] if ln.startswith("Terbilang:")][0]
    check(words_to_int(terb[len("Terbilang: "):-len(" rupiah")]) == num(tot[9]), "daftar_gaji terbilang")

    n = tables["npd"][0]
    for r in n[1:-1]:
        a, s, c, sisa = [num(x) for x in r[3:]]
        check(a - s - c == sisa, f"npd sisa row {r[0]}")
        check(re.fullmatch(r"\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}", r[1]) is not None, f"npd kode {r[1]}")
    for k in range(3, 7):
        check(sum(num(r[k]) for r in n[1:-1]) == num(n[-1][k]), f"npd total col {k}")
    req = [ln for ln in truths["npd"] if ln.startswith("Jumlah dana yang diminta")][0]
    check(num(req.split("Rp ")[1]) == num(n[-1][5]), "npd jumlah diminta != pencairan saat ini")
    terb = [ln for ln in truths["npd"] if ln.startswith("(") and ln.endswith("rupiah)")][0]
    check(words_to_int(terb[1:-len(" rupiah)")]) == num(n[-1][5]), "npd terbilang")

    rk = tables["rekap_retribusi"][0]
    for r in rk[1:-1]:
        pct = num(r[3]) * 100 / num(r[2])
        check(f"{pct:.2f}".replace(".", ",") == r[4], f"rekap pct {r}")
        check(re.fullmatch(r"\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}", r[5]) is not None, f"rekap STS {r[5]}")
    check(sum(num(r[2]) for r in rk[1:-1]) == num(rk[-1][2]), "rekap total target")
    check(sum(num(r[3]) for r in rk[1:-1]) == num(rk[-1][3]), "rekap total realisasi")

    kk = tables["kartu_kendali"][0]
    pagu = num([ln for ln in truths["kartu_kendali"] if ln.startswith("Pagu :")][0].split("Rp ")[1])
    run = pagu
    for r in kk[1:-1]:
        run -= num(r[5])
        check(run == num(r[6]), f"kartu kendali running sisa row {r[0]}")
    check(sum(num(r[5]) for r in kk[1:-1]) == num(kk[-1][5]) and run == num(kk[-1][6]), "kartu kendali total")

    bast = " ".join(truths["bast_barang"])
    vals = [num(v) for v in re.findall(r"nilai perolehan Rp (\d{1,3}(?:\.\d{3})*)[;.](?!\d)", bast)]
    m = re.search(r"jumlah nilai perolehan Rp ([\d.]+) \(([a-z ]+) rupiah\)", bast)
    check(len(vals) == 4 and sum(vals) == num(m.group(1)) == words_to_int(m.group(2)), "bast total/terbilang")
    sp = " ".join(truths["sptjm"])
    m = re.search(r"Rp ([\d.]+) \(([a-z ]+) rupiah\)", sp)
    check(num(m.group(1)) == words_to_int(m.group(2)), "sptjm terbilang")

    # --- required code shapes present ------------------------------------------------
    allt = "\n".join("\n".join(v) for v in truths.values())
    shapes = {
        "kode rekening (6 segments)": r"\b\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b",
        "kode barang (7 segments)": r"\b\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b",
        "letter number": r"\b\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}\b",
        "NIP": r"\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]) (19|20)\d{2}(0[1-9]|1[0-2]) [12] \d{3}\b",
        "rupiah": r"Rp [\d.]+",
        "date": r"\b\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
                r"Desember) 20\d\d\b|\b\d{2}-\d{2}-20\d\d\b",
    }
    for k, rx in shapes.items():
        cnt = len(re.findall(rx, allt))
        print(f"  {k}: {cnt} occurrences")
        check(cnt > 0, f"no {k} in truth")

    # --- page files ------------------------------------------------------------------
    clean = {}
    for e in man:
        p = os.path.join(HERE, e["file"])
        t, d = e["text_type"], e["degradation"]
        if d == "pdf_skew2":
            rd = PdfReader(p)
            check(len(rd.pages) == 1, f"{p}: pages")
            check(rd.pages[0].extract_text().strip() == "", f"{p}: has a text layer")
            imgs = rd.pages[0].images
            check(len(imgs) == 1, f"{p}: images {len(imgs)}")
            im = Image.open(io.BytesIO(imgs[0].data))
            dpi = im.size[0] / (float(rd.pages[0].mediabox.width) / 72)
            check(abs(dpi - 200) < 2, f"{p}: dpi {dpi}")
            continue
        im = Image.open(p)
        w, h = im.size
        if d == "clean_300dpi":
            check((w, h) == (2480, 3508) and im.mode == "P" and len(im.getcolors()) <= 16, f"{p}: clean format")
            clean[t] = im.convert("L")
        elif d == "dpi150":
            check((w, h) == (1240, 1754), f"{p}: size")
        elif d == "fax":
            check(im.mode == "1" and (w, h) == (1653, 2338), f"{p}: fax format {im.mode} {im.size}")
            a = np.asarray(im.convert("L"))
            check((a[0::2] == a[1::2]).all(), f"{p}: not 100 dpi vertical (row pairs differ)")
        elif d == "jpeg_q25":
            check(im.format == "JPEG" and (w, h) == (1653, 2339), f"{p}: jpeg format")
        elif d == "phone_photo":
            check(im.format == "JPEG" and im.mode == "RGB", f"{p}: phone format")
        elif d == "stamp":
            rgb = np.asarray(im.convert("RGB")).astype(int)
            colored = ((rgb.max(-1) - rgb.min(-1)) > 40).sum()
            check(colored > 5000, f"{p}: stamp/signature colour pixels {colored}")
        elif d in ("sideways", "upside_down"):
            check((w > h) == (d == "sideways"), f"{p}: orientation")
    for t in TYPES:
        ref = np.asarray(clean[t].resize((1653, 2339), Image.LANCZOS), dtype=np.float32)
        for d, back in (("sideways", Image.ROTATE_270), ("upside_down", Image.ROTATE_180)):
            im = Image.open(os.path.join(HERE, f"pages/{t}/{t}__{d}.png")).convert("L").transpose(back)
            diff = np.abs(np.asarray(im, dtype=np.float32) - ref).mean()
            check(diff < 4, f"{t} {d}: not an exact rotation of the page (diff {diff:.1f})")

    # --- OCR sanity: the truth is what is on the clean page -----------------------------
    print("  Tesseract (ind) CER on clean_300dpi vs truth:")
    for t in TYPES:
        out = subprocess.run(["tesseract", os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png"), "-", "-l", "ind",
                              "--psm", "4"], capture_output=True, text=True).stdout
        hyp = " ".join(out.split())
        ref = " ".join(" ".join(truths[t]).split())
        cer = Levenshtein.distance(hyp, ref) / len(ref)
        # Reading order of wrapped table cells differs between Tesseract and the row-wise truth, so the
        # order-free check is on word multisets; CER is only reported.
        # Table rules come out as '|' or glued '1'; a word counts as found when a word on the other side is
        # at least 75 % similar (normalised Levenshtein).
        hw = [w for w in (x.strip("|[]()") for x in hyp.split()) if w]
        rw = [w for w in (x.strip("|[]()") for x in ref.split()) if w]

        def found(a, b):
            return sum(1 for w in a if process.extractOne(w, b, scorer=Levenshtein.normalized_similarity,
                                                          score_cutoff=0.75) is not None) / len(a)
        prec, rec = found(hw, rw), found(rw, hw)
        print(f"    {t}: CER {cer:.3f}  word precision {prec:.3f}  word recall {rec:.3f}")
        check(prec > 0.9 and rec > 0.9, f"{t}: clean page OCR words too far from truth ({prec:.3f}/{rec:.3f})")

    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(HERE) for f in fs)
    print(f"  total size {size / 1e6:.2f} MB")
    check(size < 15e6, "set larger than 15 MB")
    check(not any("__pycache__" in r for r, _, _ in os.walk(HERE)), "__pycache__ left behind")
    print("PASS" if not ERR else f"{len(ERR)} FAILURES")
    return 0 if not ERR else 1


if __name__ == "__main__":
    sys.exit(main())
