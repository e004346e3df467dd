"""Independent checks of the ocr24 set:  python verify.py   (exit code 0 = all good)
Opens every page file, checks the truth against the pages, recomputes the arithmetic of the tables."""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)
    return cond


def num(s):
    """'1.250.000' -> 1250000, '(22.175.000)' -> -22175000, '-' / '' -> 0."""
    s = s.strip()
    if s in ("", "-"):
        return 0
    neg = s.startswith("(") and s.endswith(")")
    v = int(s.strip("()").replace(".", ""))
    return -v if neg else v


def dec(s):
    return float(s.replace(".", "").replace(",", "."))


TYPES = ["berita_acara_rekonsiliasi_aset", "laporan_harian_pengawas", "buku_kas_pembantu_pajak",
         "kartu_kendali_kegiatan", "surat_keterangan", "nota_pertimbangan", "surat_perintah_membayar"]
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}

# ---------------------------------------------------------------- manifest & files
man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
check(len(man) == 63, f"manifest has {len(man)} entries, want 63")
seen = {(m["text_type"], m["degradation"]) for m in man}
check(seen == {(t, d) for t in TYPES for d in DEGS}, "manifest does not cover 7 types x 9 degradations")
layout = json.load(open(os.path.join(HERE, "meta", "layout.json"), encoding="utf-8"))
truth, tables = {}, {}
for t in TYPES:
    truth[t] = open(os.path.join(HERE, "truth", t + ".txt"), encoding="utf-8").read().split("\n")[:-1]
    tp = os.path.join(HERE, "truth", t + ".tables.json")
    tables[t] = json.load(open(tp, encoding="utf-8")) if os.path.exists(tp) else []

clean = {}
for m in man:
    t, d, f = m["text_type"], m["degradation"], m["file"]
    check(f == f"pages/{t}/{t}__{d}.{DEGS[d]}", f"bad file name {f}")
    check(m["truth"] == f"truth/{t}.txt", f"bad truth path {m}")
    check(("tables" in m) == bool(tables[t]), f"tables key mismatch {f}")
    if "tables" in m:
        check(m["tables"] == f"truth/{t}.tables.json", f"bad tables path {m}")
    path = os.path.join(HERE, f)
    if not check(os.path.exists(path), f"missing {f}"):
        continue
    if d == "pdf_skew2":
        r = PdfReader(path)
        check(len(r.pages) == 1, f"{f}: pages != 1")
        pg = r.pages[0]
        check(abs(float(pg.mediabox.width) - 595.27) < 1 and abs(float(pg.mediabox.height) - 841.89) < 1,
              f"{f}: not A4")
        check(pg.extract_text().strip() == "", f"{f}: has a text layer")
        imgs = list(pg.images)
        check(len(imgs) == 1, f"{f}: want exactly one image")
        if imgs:
            im = imgs[0].image
            check(im.size == (1654, 2339), f"{f}: image size {im.size} (want 200 dpi A4)")
        continue
    im = Image.open(path)
    im.load()
    w, h = im.size
    if d == "clean_300dpi":
        check(im.mode == "P" and (w, h) == (2480, 3508), f"{f}: mode/size {im.mode} {im.size}")
        check(len(im.getcolors(256)) <= 16, f"{f}: more than 16 grey levels")
        clean[t] = np.asarray(im.convert("L"))
    elif d == "dpi150":
        check((w, h) == (1240, 1754) and im.mode == "P", f"{f}: {im.mode} {im.size}")
    elif d == "fax":
        check(im.mode == "1" and (w, h) == (1654, 2338), f"{f}: {im.mode} {im.size}")
        a = np.asarray(im.convert("L"))
        check(np.array_equal(a[0::2], a[1::2]), f"{f}: rows not doubled (200x100 dpi look)")
    elif d == "jpeg_q25":
        check(im.format == "JPEG" and (w, h) == (2480, 3508), f"{f}: {im.format} {im.size}")
    elif d == "phone_photo":
        check(im.format == "JPEG" and im.mode == "RGB", f"{f}: {im.format} {im.mode}")
    elif d == "stamp":
        check((w, h) == (2480, 3508), f"{f}: size {im.size}")
        a = np.asarray(im.convert("RGB")).astype(int)
        blue = ((a[..., 2] - a[..., 0]) > 40).sum()
        check(blue > 8000, f"{f}: stamp ink not found ({blue} px)")
    elif d in ("sideways", "upside_down"):
        pass  # compared with the clean page below

for m in man:
    t, d = m["text_type"], m["degradation"]
    if d in ("sideways", "upside_down") and t in clean:
        im = Image.open(os.path.join(HERE, m["file"])).convert("L")
        if d == "upside_down":
            back = im.rotate(180)
        else:
            check(im.size == (3508, 2480), f"{m['file']}: not landscape")
            rot = layout[t]["sideways_rotation_ccw"]
            back = im.rotate(-rot, expand=True)
        check(np.array_equal(np.asarray(back), clean[t]), f"{m['file']}: is not exactly the rotated clean page")

# ---------------------------------------------------------------- truth vs page layout
for t in TYPES:
    lines = truth[t]
    boxes = layout[t]["boxes_clean_300dpi"]
    check(len(lines) == len(boxes), f"{t}: {len(lines)} truth lines vs {len(boxes)} boxes")
    check(all(l == re.sub(r"\s+", " ", l).strip() and l for l in lines), f"{t}: whitespace not normalised")
    a = clean[t]
    for l, (x0, y0, x1, y1) in zip(lines, boxes):
        check(0 <= x0 < x1 <= 2480 and 0 <= y0 < y1 <= 3508, f"{t}: box outside page for '{l}'")
        ink = (a[y0:y1, x0:x1] < 128).sum()
        check(ink > 15 * len(l.replace(" ", "")), f"{t}: too little ink under '{l}'")
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            b, c = boxes[i], boxes[j]
            ix = min(b[2], c[2]) - max(b[0], c[0])
            iy = min(b[3], c[3]) - max(b[1], c[1])
            check(not (ix > 2 and iy > 2), f"{t}: lines overlap: '{lines[i]}' / '{lines[j]}'")
    # every table row is one truth line
    for tab in tables[t]:
        n = len(tab[0])
        check(all(len(r) == n for r in tab), f"{t}: ragged table")
        for r in tab:
            joined = " ".join(c for c in r if c)
            check(joined in lines, f"{t}: table row not a truth line: {joined}")
check(sum(1 for t in TYPES if tables[t]) >= 4, "fewer than 4 types with tables")

# ---------------------------------------------------------------- codes & formats in the truth
alltext = "\n".join("\n".join(v) for v in truth.values())
pats = {
    "kode_rekening": r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b",
    "kode_barang": r"\b1\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b",
    "nomor_surat": r"\b\d{3}/\d{4}/[A-Z]+(?:-[A-Z]+)*-[IVX]+/[IVX]+/20\d\d\b",
    "nip": r"\b(\d{8}) (\d{6}) ([12]) (\d{3})\b",
    "rupiah": r"\b\d{1,3}(?:\.\d{3})+\b",
}
counts = {}
for k, p in pats.items():
    found = re.findall(p, alltext)
    counts[k] = len(found)
    check(len(found) >= 3, f"too few {k}: {len(found)}")
for born, tmt, sex, _ in re.findall(pats["nip"], alltext):
    try:
        bd = datetime.date(int(born[:4]), int(born[4:6]), int(born[6:]))
        check(1 <= int(tmt[4:]) <= 12 and int(tmt[:4]) - bd.year >= 18, f"bad NIP TMT {born} {tmt}")
    except ValueError:
        check(False, f"bad NIP birth date {born}")
for s in re.findall(pats["nomor_surat"], alltext):
    roman_m = s.split("/")[3]
    check(roman_m in "I II III IV V VI VII VIII IX X XI XII".split(), f"bad month roman {s}")

# ---------------------------------------------------------------- arithmetic, recomputed
# Berita acara: selisih = SIMDA - OPD; JUMLAH row
tab = tables["berita_acara_rekonsiliasi_aset"][0]
body, tot = tab[1:-1], tab[-1]
for r in body:
    check(num(r[3]) - num(r[4]) == num(r[5]), f"BA selisih wrong: {r}")
for c in (3, 4, 5):
    check(sum(num(r[c]) for r in body) == num(tot[c]), f"BA jumlah col {c} wrong")
# BKU pajak: running saldo and monthly totals
tab = tables["buku_kas_pembantu_pajak"][0]
saldo = 0
for r in tab[1:-1]:
    saldo += num(r[4]) - num(r[5])
    check(saldo == num(r[6]), f"BKU saldo wrong at {r}")
    check(bool(re.fullmatch(pats["kode_rekening"], r[3])) or r[3] == "", f"BKU kode rekening {r[3]}")
tot = tab[-1]
check(sum(num(r[4]) for r in tab[1:-1]) == num(tot[4]), "BKU total dipotong")
check(sum(num(r[5]) for r in tab[1:-1]) == num(tot[5]), "BKU total disetor")
check(num(tot[6]) == num(tot[4]) - num(tot[5]) == saldo, "BKU final saldo")
bku_txt = " ".join(truth["buku_kas_pembantu_pajak"])
m = re.search(r"sebesar Rp([\d.]+) terdiri atas PPh 21 sebesar Rp([\d.]+) dan PPN sebesar Rp([\d.]+)", bku_txt)
check(m and num(m.group(1)) == saldo == num(m.group(2)) + num(m.group(3)), "BKU closing sentence")
# Kartu kendali: sisa = anggaran - s.d. bulan ini; % ; totals
tab = tables["kartu_kendali_kegiatan"][0]
body, tot = tab[2:-1], tab[-1]
for r in body:
    check(num(r[3]) - num(r[5]) == num(r[6]), f"KKK sisa wrong {r}")
    check(abs(dec(r[7]) - 100 * num(r[5]) / num(r[3])) <= 0.051, f"KKK % wrong {r}")
    check(num(r[4]) <= num(r[5]), f"KKK bulan ini > s.d. {r}")
for c in (3, 4, 5, 6):
    check(sum(num(r[c]) for r in body) == num(tot[c]), f"KKK total col {c}")
check(abs(dec(tot[7]) - 100 * num(tot[5]) / num(tot[3])) <= 0.051, "KKK total %")
# SPM: accounts total, PPN 11/111, PPh 22 1,5% of DPP, net
t1, t2 = tables["surat_perintah_membayar"]
gross = sum(num(r[3]) for r in t1[1:-1])
check(gross == num(t1[-1][3]), "SPM jumlah SPP")
ppn, pph = num(t2[1][2]), num(t2[2][2])
check(ppn == round(gross * 11 / 111), "SPM PPN")
dpp = num(t2[2][3].split("DPP ")[1])
check(dpp == gross - ppn and pph == round(dpp * 0.015), "SPM PPh 22")
check(num(t2[3][2]) == ppn + pph, "SPM jumlah potongan")
spm = truth["surat_perintah_membayar"]
paid = [l for l in spm if l.startswith("Jumlah yang Dibayarkan")]
check(paid and num(paid[0].split("Rp")[1]) == gross - ppn - pph, "SPM jumlah dibayarkan")
check(any(l.startswith("Jumlah SPM : Rp" + t1[-1][3]) for l in spm), "SPM jumlah SPM line")
# Nota pertimbangan: reduction = sum of additions
nota = " ".join(truth["nota_pertimbangan"])
red = re.search(r"Pelumas sebesar Rp([\d.]+) menjadi", nota)
adds = re.findall(r"menambah kode rekening .*? sebesar Rp([\d.]+)", nota)
check(red and len(adds) == 2 and num(red.group(1)) == sum(num(a) for a in adds), "Nota: shift does not balance")
# Laporan harian: cumulative volume never exceeds contract volume, today's <= cumulative
for r in tables["laporan_harian_pengawas"][0][1:]:
    check(dec(r[3]) <= dec(r[4]) <= dec(r[5]), f"LHP volumes {r}")

# ---------------------------------------------------------------- OCR sanity: the truth is what is drawn
cer, recall = {}, {}
if shutil.which("tesseract"):
    from rapidfuzz.distance import Levenshtein
    for t in TYPES:
        out = subprocess.run(["tesseract", os.path.join(HERE, "pages", t, t + "__clean_300dpi.png"), "-",
                              "-l", "ind", "--psm", "4"], capture_output=True, text=True).stdout
        a = re.sub(r"\s+", " ", out).strip()
        b = re.sub(r"\s+", " ", " ".join(truth[t])).strip()
        cer[t] = Levenshtein.distance(a, b) / len(b)     # reading-order sensitive, informative only
        # order-free check: share of truth words that tesseract also read (multiset recall)
        from collections import Counter
        tw = Counter(w.strip("|:;,.") for w in b.split())
        ow = Counter(w.strip("|:;,.") for w in a.split())
        rec = sum((tw & ow).values()) / sum(tw.values())
        recall[t] = rec
        check(rec > 0.85, f"{t}: tesseract word recall on the clean page {rec:.3f} (truth and image disagree?)")
else:
    print("WARNING: tesseract not installed, OCR sanity check skipped")

# ---------------------------------------------------------------- size, hygiene
total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
check(total < 15 * 1024 * 1024, f"output dir is {total / 1e6:.1f} MB")
check(not any("__pycache__" in dp for dp, _, _ in os.walk(HERE)), "__pycache__ present")

print("types:", len(TYPES), "page files:", len(man), "tables:", sum(len(v) for v in tables.values()),
      "truth lines:", sum(len(v) for v in truth.values()))
print("pattern counts:", counts)
if cer:
    print("tesseract(ind, psm 4) on clean pages, CER:", {k: round(v, 3) for k, v in cer.items()})
    print("tesseract(ind, psm 4) on clean pages, word recall:", {k: round(v, 3) for k, v in recall.items()})
print(f"size: {total / 1e6:.2f} MB")
if ERR:
    print(f"FAILED ({len(ERR)}):")
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("OK")
