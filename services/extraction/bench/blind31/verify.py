#!/usr/bin/env python3
"""Verify the ocr31 set: files, manifest, truth/table consistency, arithmetic, code formats,
and (with tesseract, if installed) that the truth text is really what is printed on the clean pages."""
import json, os, re, shutil, subprocess, sys, tempfile
import numpy as np
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
errors = []


def err(m):
    errors.append(m)
    print("FAIL:", m)


def num(s):
    s = s.replace("Rp", "").strip()
    return int(s.replace(".", "")) if s else 0


def main():
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    types = sorted({m["text_type"] for m in man})
    if len(man) != 63 or len(types) != 7:
        err(f"manifest has {len(man)} entries / {len(types)} types")
    seen = set()
    for m in man:
        keys = set(m)
        exp = {"file", "text_type", "degradation", "truth"}
        if os.path.exists(os.path.join(HERE, "truth", m["text_type"] + ".tables.json")):
            exp.add("tables")
            if m.get("tables") != f"truth/{m['text_type']}.tables.json":
                err(f"bad tables path {m}")
        if keys != exp:
            err(f"manifest keys {keys}")
        if m["file"] != f"pages/{m['text_type']}/{m['text_type']}__{m['degradation']}.{EXT[m['degradation']]}":
            err(f"bad file name {m['file']}")
        if m["truth"] != f"truth/{m['text_type']}.txt":
            err(f"bad truth path {m}")
        seen.add((m["text_type"], m["degradation"]))
        if not os.path.exists(os.path.join(HERE, m["file"])):
            err(f"missing {m['file']}")
    if len(seen) != 63 or {d for _, d in seen} != set(DEGS):
        err("type x degradation grid incomplete")
    n_tab_types = 0
    for t in types:
        d = os.path.join(HERE, "pages", t)
        clean = Image.open(os.path.join(d, f"{t}__clean_300dpi.png"))
        W, H = clean.size
        land = W > H
        if (W, H) not in [(2480, 3508), (3508, 2480)]:
            err(f"{t} clean size {clean.size}")
        ca = np.asarray(clean.convert("L"))
        if len(np.unique(ca)) > 16:
            err(f"{t} clean not 16-grey")
        im = Image.open(os.path.join(d, f"{t}__dpi150.png"))
        if im.size != (W // 2, H // 2): err(f"{t} dpi150 size {im.size}")
        im = Image.open(os.path.join(d, f"{t}__fax.png"))
        if im.mode != "1": err(f"{t} fax mode {im.mode}")
        im = Image.open(os.path.join(d, f"{t}__jpeg_q25.jpg"))
        if im.format != "JPEG": err(f"{t} jpeg")
        im = Image.open(os.path.join(d, f"{t}__phone_photo.jpg"))
        if im.format != "JPEG" or im.mode != "RGB": err(f"{t} phone")
        im = Image.open(os.path.join(d, f"{t}__stamp.png")).convert("RGB")
        a = np.asarray(im).astype(int)
        blueish = ((a[..., 2] - a[..., 0]) > 40).sum()
        if im.size != (W, H) or blueish < 5000: err(f"{t} stamp missing colour ({blueish})")
        sw = np.asarray(Image.open(os.path.join(d, f"{t}__sideways.png")).convert("L"))
        if sw.shape != (W, H): err(f"{t} sideways shape")
        if not (np.array_equal(np.rot90(sw, -1), ca) or np.array_equal(np.rot90(sw, 1), ca)):
            err(f"{t} sideways is not the clean page rotated exactly 90 degrees")
        ud = np.asarray(Image.open(os.path.join(d, f"{t}__upside_down.png")).convert("L"))
        if not np.array_equal(np.rot90(ud, 2), ca): err(f"{t} upside_down is not clean rotated 180")
        r = PdfReader(os.path.join(d, f"{t}__pdf_skew2.pdf"))
        if len(r.pages) != 1: err(f"{t} pdf pages")
        pg = r.pages[0]
        if (pg.extract_text() or "").strip(): err(f"{t} pdf has a text layer")
        imgs = list(pg.images)
        if len(imgs) != 1: err(f"{t} pdf images {len(imgs)}")
        else:
            pim = imgs[0].image
            if abs(pim.width - W * 2 / 3) > 2: err(f"{t} pdf image not 200 dpi: {pim.size}")
        wpt, hpt = float(pg.mediabox.width), float(pg.mediabox.height)
        if abs(max(wpt, hpt) - 841.89) > 1 or abs(min(wpt, hpt) - 595.28) > 1 or (wpt > hpt) != land:
            err(f"{t} pdf page size {wpt}x{hpt}")
        # truth
        lines = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read().split("\n")
        if lines[-1] != "": err(f"{t} truth should end with newline")
        lines = lines[:-1]
        for ln in lines:
            if not ln or ln != ln.strip() or "  " in ln: err(f"{t} bad truth line {ln!r}")
        tp = os.path.join(HERE, "truth", t + ".tables.json")
        if os.path.exists(tp):
            n_tab_types += 1
            tabs = json.load(open(tp, encoding="utf-8"))
            pos = 0
            for tab in tabs:
                nc = len(tab[0])
                for row in tab:
                    if len(row) != nc: err(f"{t} ragged table row {row}")
                    if any(c != c.strip() or "  " in c for c in row): err(f"{t} cell whitespace {row}")
                    joined = " ".join(c for c in row if c)
                    try:
                        pos = lines.index(joined, pos) + 1
                    except ValueError:
                        err(f"{t} table row not a truth line in order: {joined!r}")
        check_arith(t, lines, tabs if os.path.exists(tp) else None)
    if n_tab_types < 4: err("fewer than 4 types with tables")
    check_formats(types)
    ocr_check(types)
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    print(f"total size {size / 1e6:.2f} MB")
    if size > 15e6: err("over 15 MB")
    for dp, dn, _ in os.walk(HERE):
        if "__pycache__" in dn: err(f"__pycache__ in {dp}")
    print("RESULT:", "FAIL" if errors else "PASS", f"({len(errors)} errors)")
    sys.exit(1 if errors else 0)


def check_arith(t, lines, tabs):
    text = "\n".join(lines)
    if t == "spj_gu_rekap":
        tab = tabs[0]
        tot = [0] * 5
        for row in tab[1:-1]:
            p, l, i, sd, s = map(num, row[3:])
            if l + i != sd or p - sd != s: err(f"spj row arithmetic {row}")
            tot = [a + b for a, b in zip(tot, [p, l, i, sd, s])]
        if tab[-1][0] != "JUMLAH" or [num(x) for x in tab[-1][3:]] != tot: err("spj JUMLAH")
    if t == "kir_ruangan":
        tab = tabs[0]
        body = tab[3:-1]
        for row in body:
            if num(row[7]) != sum(num(x) for x in row[9:12]): err(f"kir B+KB+RB {row}")
        last = tab[-1]
        if num(last[7]) != sum(num(r[7]) for r in body) or num(last[8]) != sum(num(r[8]) for r in body):
            err("kir totals")
        for k in range(9, 12):
            if num(last[k]) != sum(num(r[k]) for r in body): err("kir keadaan totals")
        if tab[2] != [str(i) for i in range(1, 14)]: err("kir column-number row")
    if t == "spm_ls":
        t1, t2 = tabs
        tot = sum(num(r[3]) for r in t1[1:-1])
        if num(t1[-1][3]) != tot: err("spm jumlah")
        pot = sum(num(r[2]) for r in t2[1:-1])
        if num(t2[-1][2]) != pot: err("spm potongan")
        m = re.search(r"Jumlah yang Dibayarkan : Rp ([\d.]+)", text)
        if not m or num(m.group(1)) != tot - pot: err("spm net")
        if f"Jumlah SPM : Rp {t1[-1][3]}" not in text: err("spm jumlah line")
    if t == "lpj_bendahara":
        tab = tabs[0]
        saldo = num(tab[1][5])
        ti = to = 0
        for row in tab[2:-1]:
            saldo += num(row[3]) - num(row[4]); ti += num(row[3]); to += num(row[4])
            if num(row[5]) != saldo: err(f"lpj saldo {row}")
        if [num(x) for x in tab[-1][3:]] != [ti, to, saldo]: err("lpj jumlah")
        a = num(re.search(r"a\. Tunai Rp ([\d.]+)", text).group(1))
        b = num(re.search(r"b\. Saldo di Bank Rp ([\d.]+)", text).group(1))
        if a + b != saldo or f"sebesar Rp {tab[-1][5]}" not in text: err("lpj kas composition")
    if t == "ba_sertijab":
        m = re.search(r"pagu Rp ([\d.]+) dan realisasi s\.d\. 30 Juni 2026 sebesar Rp ([\d.]+) \(([\d,]+)%\)",
                      text.replace("\n", " "))
        if not m: err("sertijab pagu sentence")
        elif f"{num(m.group(2)) / num(m.group(1)) * 100:.2f}".replace(".", ",") != m.group(3): err("sertijab pct")


RX = {
    "kode_rekening": r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b",
    "kode_barang": r"\b\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b",
    "nomor_surat": r"\b\d{3}/\d{4}/[A-Z.]+-[IVX]+/[IVX]+/\d{4}\b",
    "nip": r"\b(19|20)\d{6} (19|20)\d{4} [12] \d{3}\b",
    "rupiah": r"\b\d{1,3}(\.\d{3}){2,}\b",
}


def check_formats(types):
    counts = {}
    for t in types:
        s = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read()
        for k, rx in RX.items():
            counts[k] = counts.get(k, 0) + len(re.findall(rx, s))
    print("code counts in truth:", counts)
    for k in RX:
        if counts[k] < 3: err(f"too few {k}")


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def ocr_check(types):
    if not shutil.which("tesseract"):
        print("tesseract not installed: OCR cross-check skipped")
        return
    for t in types:
        truth = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read()
        out = subprocess.run(["tesseract", os.path.join(HERE, "pages", t, f"{t}__clean_300dpi.png"), "-", "-l",
                              "ind+eng", "--psm", "4"], capture_output=True, text=True).stdout
        tt = re.findall(r"\S+", truth)
        ot = set(re.findall(r"\S+", out))
        toks = [w for w in tt if len(w) >= 4]
        found = sum(1 for w in toks if w in ot) / max(1, len(toks))
        a, b = " ".join(tt), " ".join(re.findall(r"\S+", out))
        cer = lev(a, b) / len(a)
        codes = [c for rx in RX.values() for c in (m.group(0) for m in re.finditer(rx, truth))]
        cf = sum(1 for c in codes if c in out) / max(1, len(codes))
        print(f"  tesseract {t}: token recall {found:.3f}, code recall {cf:.3f}, CER {cer:.3f}")
        if found < 0.85 or cf < 0.8:
            err(f"{t}: tesseract disagrees with truth too much (token {found:.2f}, codes {cf:.2f})")


if __name__ == "__main__":
    main()
