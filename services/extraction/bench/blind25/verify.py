#!/usr/bin/env python3
"""Independent checks of the ocr25 set.  Exit code 0 = all checks passed.

  python verify.py            structural + truth + arithmetic + degradation checks
  python verify.py --ocr      additionally run plain tesseract (ind+eng or eng) on the clean pages
                              and print a rough CER (information only, never fails)
"""
import json
import os
import re
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serif_c": "DejaVuSerifCondensed.ttf", "serif_cb": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf",
    "sans_c": "DejaVuSansCondensed.ttf", "sans_cb": "DejaVuSansCondensed-Bold.ttf",
}
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print("FAIL:", msg)
    return cond


def num(s):
    s = s.strip()
    if s in ("-", ""):
        return 0
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", s), s
    return int(s.replace(".", ""))


RE_KODEREK = re.compile(r"(?<![\d.])\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}(?![\d.])")
RE_KODEBRG = re.compile(r"(?<![\d.])\d\.\d\.\d{1,2}\.\d{2}\.\d{2}\.\d{2}\.\d{3}(?![\d.])")
RE_SURAT = re.compile(r"(?<!\d)\d{3}/\d{4}/[A-Z]+(?:-[A-Z]+)*-[IVX]+/[IVX]+/20\d\d")
RE_NIP = re.compile(r"(?<!\d)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) (?:19|20)\d\d(?:0[1-9]|1[0-2]) [12] \d{3}(?!\d)")
RE_RP = re.compile(r"Rp ?\d{1,3}(?:\.\d{3})+")
RE_DATE = re.compile(r"\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 20\d\d")


def main():
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
    types = sorted({m["text_type"] for m in man})
    check(len(types) == 7, f"{len(types)} text types")
    seen = set()
    for m in man:
        t, d = m["text_type"], m["degradation"]
        check((t, d) not in seen, f"duplicate {t} {d}")
        seen.add((t, d))
        check(d in DEGS, f"unknown degradation {d}")
        check(m["file"] == f"pages/{t}/{t}__{d}.{DEGS[d]}", f"bad file name {m['file']}")
        check(os.path.isfile(os.path.join(HERE, m["file"])), f"missing {m['file']}")
        check(m["truth"] == f"truth/{t}.txt" and os.path.isfile(os.path.join(HERE, m["truth"])), f"truth {t}")
        if "tables" in m:
            check(os.path.isfile(os.path.join(HERE, m["tables"])), f"tables {t}")
        check(set(m) <= {"file", "text_type", "degradation", "truth", "tables"}, f"extra keys {m}")
    check(len(seen) == 63, "63 distinct (type, degradation) pairs")
    with_tables = sorted({m["text_type"] for m in man if "tables" in m})
    check(len(with_tables) >= 4, f"only {len(with_tables)} types with tables")
    for t in types:  # tables key consistent across the 9 degradations
        ks = {("tables" in m) for m in man if m["text_type"] == t}
        check(len(ks) == 1, f"inconsistent tables key for {t}")

    found = {"kode_rekening": set(), "kode_barang": set(), "nomor_surat": set(), "nip": set(),
             "rupiah": set(), "tanggal": set()}
    table_styles = {}
    for t in types:
        lay = json.load(open(os.path.join(HERE, "layout", t + ".layout.json"), encoding="utf-8"))
        truth = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read()
        check(truth.endswith("\n") and "\n\n" not in truth, f"{t}: truth file format")
        tl = truth.rstrip("\n").split("\n")
        for ln in tl:
            check(ln == ln.strip() and "  " not in ln and ln, f"{t}: bad truth line {ln!r}")
        # 1. truth re-derived from the recorded pieces
        groups = {}
        for p in lay["pieces"]:
            groups.setdefault(p["line"], []).append(p)
        derived = [" ".join(p["text"] for p in groups[k]) for k in sorted(groups)]
        check(derived == tl, f"{t}: truth lines differ from layout pieces")
        for k, ps in groups.items():
            if ps[0]["cell"] is None:
                ys = {p["y"] for p in ps}
                check(len(ys) == 1, f"{t}: line {k} pieces not on one baseline")
                for a, b in zip(ps, ps[1:]):
                    check(a["bbox"][2] <= b["bbox"][0], f"{t}: line {k} pieces not left-to-right: "
                                                       f"{a['text']!r} {b['text']!r}")
            else:
                cells = [p["cell"] for p in ps]
                check(cells == sorted(cells), f"{t}: table row {k} cell order")
        # 2. no overlapping text, everything inside the page
        bbs = [p["bbox"] for p in lay["pieces"]]
        for i, p in enumerate(lay["pieces"]):
            b = p["bbox"]
            check(b[0] >= 100 and b[1] >= 100 and b[2] <= lay["width"] - 100 and b[3] <= lay["height"] - 60,
                  f"{t}: piece outside page margins {p['text']!r}")
        arr = np.array(bbs)
        for i in range(len(bbs)):
            o = (np.minimum(arr[:, 2], arr[i, 2]) - np.maximum(arr[:, 0], arr[i, 0]) > 2) & \
                (np.minimum(arr[:, 3], arr[i, 3]) - np.maximum(arr[:, 1], arr[i, 1]) > 2)
            o[i] = False
            for j in np.nonzero(o)[0]:
                if j > i:
                    check(False, f"{t}: overlapping text {lay['pieces'][i]['text']!r} / {lay['pieces'][j]['text']!r}")
        # 3. every piece really is drawn in the clean page (re-rendered independently)
        clean = np.asarray(Image.open(os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png")).convert("L"))
        check(clean.shape == (3508, 2480), f"{t}: clean size {clean.shape}")
        im = Image.open(os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png"))
        check(im.mode == "P" and im.info.get("dpi", (0,))[0] > 299, f"{t}: clean not palette 300 dpi")
        check(len(im.getcolors(256) or []) <= 16, f"{t}: clean has more than 16 levels")
        bad = 0
        for p in lay["pieces"]:
            f = ImageFont.truetype(os.path.join(FONT_DIR, FONTS[p["font"]]), int(round(p["pt"] * 300 / 72)))
            m = Image.new("L", (lay["width"], lay["height"]), 0)
            ImageDraw.Draw(m).text((p["x"], p["y"]), p["text"], font=f, fill=255, anchor=p["anchor"])
            b = p["bbox"]
            mm = np.asarray(m.crop(b)) > 200
            cc = clean[b[1]:b[3], b[0]:b[2]] < 100
            if mm.sum() == 0 or (mm & cc).sum() / mm.sum() < 0.98:
                bad += 1
                print("  not drawn:", p["text"])
        check(bad == 0, f"{t}: {bad} pieces not found in the clean image")
        # 4. degradation files
        for d, ext in DEGS.items():
            path = os.path.join(HERE, f"pages/{t}/{t}__{d}.{ext}")
            if ext == "pdf":
                from pypdf import PdfReader
                r = PdfReader(path)
                check(len(r.pages) == 1, f"{t}: pdf pages")
                pg = r.pages[0]
                check(abs(float(pg.mediabox.width) - 595.27) < 1 and abs(float(pg.mediabox.height) - 841.89) < 1,
                      f"{t}: pdf not A4")
                check((pg.extract_text() or "").strip() == "", f"{t}: pdf has a text layer")
                imgs = list(pg.images)
                check(len(imgs) == 1, f"{t}: pdf images {len(imgs)}")
                pim = imgs[0].image
                check(pim.size == (1654, 2339), f"{t}: pdf image size {pim.size} (200 dpi)")
                continue
            im = Image.open(path)
            if d == "dpi150":
                check(im.size == (1240, 1754) and im.mode == "P", f"{t}: dpi150 {im.size} {im.mode}")
            elif d == "fax":
                check(im.mode == "1" and im.size[0] == 1654, f"{t}: fax {im.size} {im.mode}")
                a = np.asarray(im.convert("L"))
                check(np.array_equal(a[0::2], a[1::2]), f"{t}: fax rows not doubled (200x100 look)")
            elif d == "jpeg_q25":
                check(im.format == "JPEG" and im.size == (2480, 3508), f"{t}: jpeg")
            elif d == "phone_photo":
                check(im.format == "JPEG" and im.mode == "RGB", f"{t}: phone photo")
                a = np.asarray(im).astype(int)
                corner = a[:60, :60].mean(axis=(0, 1))
                check(corner[0] - corner[2] > 25, f"{t}: phone photo has no desk background")
            elif d == "stamp":
                check(im.size == (2480, 3508), f"{t}: stamp size")
                a = np.asarray(im.convert("RGB")).astype(int)
                blue = ((a[..., 2] - a[..., 0]) > 40).sum()
                check(blue > 20000, f"{t}: stamp has no coloured ink ({blue})")
                g = np.asarray(im.convert("L"))
                # outside the stamp region the page is unchanged
                check(np.abs(g[:1200].astype(int) - clean[:1200].astype(int)).mean() < 3, f"{t}: stamp page differs")
            elif d == "sideways":
                a = np.asarray(im.convert("L"))
                check(np.array_equal(a, np.rot90(clean, -1)), f"{t}: sideways is not clean rotated 90 cw")
            elif d == "upside_down":
                a = np.asarray(im.convert("L"))
                check(np.array_equal(a, np.rot90(clean, 2)), f"{t}: upside_down is not clean rotated 180")
        # 5. tables
        tpath = os.path.join(HERE, "truth", t + ".tables.json")
        if os.path.exists(tpath):
            tabs = json.load(open(tpath, encoding="utf-8"))
            check(len(tabs) >= 1, f"{t}: empty tables file")
            for tab in tabs:
                n = len(tab[0])
                check(all(len(r) == n for r in tab), f"{t}: ragged table")
                check(all(isinstance(c, str) and c == c.strip() and "\n" not in c for r in tab for c in r),
                      f"{t}: bad cell strings")
                joined = [" ".join(c for c in r if c) for r in tab]
                # the rows appear as consecutive truth lines
                try:
                    s = tl.index(joined[0])
                    check(tl[s:s + len(joined)] == joined, f"{t}: table rows not consecutive truth lines")
                except ValueError:
                    check(False, f"{t}: table header not in truth")
                table_styles[t] = (len(tab), n)
        for name, rx in [("kode_rekening", RE_KODEREK), ("kode_barang", RE_KODEBRG), ("nomor_surat", RE_SURAT),
                         ("nip", RE_NIP), ("rupiah", RE_RP), ("tanggal", RE_DATE)]:
            for x in rx.findall(truth):
                found[name].add((t, x))

    # 6. arithmetic recomputed from the truth tables / text
    g = json.load(open(os.path.join(HERE, "truth", "daftar_gaji.tables.json")))[0]
    body, tot = g[2:-1], g[-1]
    check(tot[1] == "JUMLAH", "gaji total row")
    for r in body:
        v = [num(x) for x in r[3:]]
        check(v[0] + v[1] + v[2] == v[3], f"gaji kotor {r[1]}")
        check(v[3] - v[4] - v[5] == v[6], f"gaji bersih {r[1]}")
        check(abs(v[4] - v[3] / 100) <= 1, f"gaji IWP 1% {r[1]}")
        check(RE_NIP.search(r[1]) is not None, f"gaji NIP in {r[1]}")
    for c in range(3, 10):
        check(sum(num(r[c]) for r in body) == num(tot[c]), f"gaji column {c} total")
    gt = open(os.path.join(HERE, "truth", "daftar_gaji.txt")).read()
    check(f"Rp {tot[9]} " in gt, "gaji amount paid sentence")

    b = json.load(open(os.path.join(HERE, "truth", "daftar_penerima_bantuan.tables.json")))[0]
    check(sum(num(r[5]) for r in b[1:-1]) == num(b[-1][5]), "bantuan total")
    check(all(re.fullmatch(r"6472\d{12}", r[2]) for r in b[1:-1]), "bantuan NIK shape")
    bt = open(os.path.join(HERE, "truth", "daftar_penerima_bantuan.txt")).read()
    check(f"Jumlah penerima: {len(b) - 2} " in bt, "bantuan count sentence")

    s = json.load(open(os.path.join(HERE, "truth", "laporan_stok_opname.tables.json")))[0]
    check(s[0][5] == "Jumlah Barang" and s[0][6:9] == ["", "", ""] and s[1][:5] == [""] * 5, "stok merged header")
    for r in s[2:-1]:
        aw, ms, kl, ak = (int(x) for x in r[5:9])
        check(aw + ms - kl == ak and ak >= 0, f"stok saldo {r[1]}")
        check(ak * num(r[4]) == num(r[9]), f"stok nilai {r[1]}")
        check(RE_KODEBRG.fullmatch(r[1]) is not None, f"stok kode barang {r[1]}")
    check(sum(num(r[9]) for r in s[2:-1]) == num(s[-1][9]) and s[-1][0] == "JUMLAH", "stok total")

    v = json.load(open(os.path.join(HERE, "truth", "lembar_verifikasi_spj.tables.json")))[0]
    check(len(v) == 11 and all(r[2] in ("Ada", "Tidak", "-") for r in v[1:]), "verifikasi rows")

    nd = open(os.path.join(HERE, "truth", "nota_dinas_permohonan_dana.txt")).read().split("\n")
    items = [l for l in nd if re.match(r"^[a-e]\. \d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4} .* Rp [\d.]+$", l)]
    check(len(items) == 5, f"nota dinas items {len(items)}")
    jl = [l for l in nd if l.startswith("Jumlah Rp ")]
    check(len(jl) == 1 and sum(num(l.rsplit(" ", 1)[1]) for l in items) == num(jl[0].rsplit(" ", 1)[1]),
          "nota dinas total")

    # 7. required kinds of codes are present
    for k, vals in found.items():
        check(len(vals) >= 3, f"too few {k}: {len(vals)}")
        print(f"  {k}: {len(vals)} distinct occurrences in {len({t for t, _ in vals})} types")
    print("  tables (rows x cols):", table_styles)

    # 8. housekeeping
    total = 0
    for root, dirs, files in os.walk(HERE):
        check("__pycache__" not in dirs, "__pycache__ present")
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    check(total < 15 * 1024 * 1024, f"size {total / 1e6:.1f} MB >= 15 MiB")
    print(f"  total size {total / 1e6:.2f} MB")

    if "--ocr" in sys.argv:
        run_ocr(types)
    print("FAILED" if FAIL else "ALL CHECKS PASSED", f"({len(FAIL)} failures)")
    sys.exit(1 if FAIL else 0)


def cer(a, b):
    import difflib
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(bl.size for bl in sm.get_matching_blocks())
    return 1 - same / max(len(a), 1)


def run_ocr(types):
    import subprocess
    import tempfile
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    lang = "ind" if "\nind" in langs else "eng"
    for t in types:
        truth = open(os.path.join(HERE, "truth", t + ".txt")).read()
        for d in ("clean_300dpi", "dpi150", "jpeg_q25", "fax"):
            f = os.path.join(HERE, f"pages/{t}/{t}__{d}.{DEGS[d]}")
            with tempfile.TemporaryDirectory() as td:
                out = subprocess.run(["tesseract", f, "stdout", "-l", lang, "--psm", "4"], capture_output=True,
                                     text=True).stdout
            norm = lambda s: re.sub(r"\s+", " ", s).strip()
            print(f"  tesseract[{lang}] {t:28s} {d:13s} ~CER {cer(norm(truth), norm(out)):.3f}")


if __name__ == "__main__":
    main()
