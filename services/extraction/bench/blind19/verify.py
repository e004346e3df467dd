"""Independent checks of the ocr19 set:  python verify.py [--no-ocr]
Exits non-zero on any failure."""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["spt", "kib_b", "reg_surat_masuk", "parkir", "notulen", "disposisi", "bansos"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
TABLE_TYPES = {"spt", "kib_b", "reg_surat_masuk", "parkir", "bansos"}
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print("FAIL:", msg)
    return cond


def P(rel):
    return os.path.join(HERE, rel)


def num(s):
    """Indonesian number '1.250.000' / '87,52' -> float"""
    return float(s.replace(".", "").replace(",", "."))


def lev(a, b):
    try:
        from rapidfuzz.distance import Levenshtein
        return Levenshtein.distance(a, b)
    except ImportError:
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]


def grey(path):
    return np.asarray(Image.open(path).convert("L"))


# ---------------------------------------------------------------- manifest
man = json.load(open(P("manifest.json"), encoding="utf-8"))
check(isinstance(man, list) and len(man) == 63, f"manifest has {len(man)} entries, want 63")
seen = set()
for e in man:
    t, d = e["text_type"], e["degradation"]
    seen.add((t, d))
    keys = {"file", "text_type", "degradation", "truth"} | ({"tables"} if t in TABLE_TYPES else set())
    check(set(e) == keys, f"manifest keys {sorted(e)} for {t}/{d}")
    check(re.fullmatch(rf"pages/{t}/{t}__{d}\.(png|jpg|pdf)", e["file"]) is not None, f"bad path {e['file']}")
    check(os.path.isfile(P(e["file"])), f"missing {e['file']}")
    check(e["truth"] == f"truth/{t}.txt" and os.path.isfile(P(e["truth"])), f"truth path {t}")
    if "tables" in e:
        check(e["tables"] == f"truth/{t}.tables.json" and os.path.isfile(P(e["tables"])), f"tables path {t}")
check(seen == {(t, d) for t in TYPES for d in DEGS}, "manifest does not cover 7 types x 9 degradations")
files_on_disk = {os.path.relpath(os.path.join(r, f), HERE) for r, _, fs in os.walk(P("pages")) for f in fs}
check(files_on_disk == {e["file"] for e in man}, "pages/ holds files not in the manifest (or vice versa)")

# ---------------------------------------------------------------- truth text + tables
truth = {}
for t in TYPES:
    raw = open(P(f"truth/{t}.txt"), encoding="utf-8").read()
    check(raw.endswith("\n") and not raw.endswith("\n\n"), f"{t}: truth must end with exactly one newline")
    lines = raw[:-1].split("\n")
    truth[t] = lines
    for i, l in enumerate(lines):
        check(l != "" and l == l.strip() and "  " not in l and "\t" not in l, f"{t}: bad truth line {i}: {l!r}")
n_tables = 0
for t in TYPES:
    tp = P(f"truth/{t}.tables.json")
    check(os.path.isfile(tp) == (t in TABLE_TYPES), f"{t}: tables file presence")
    if not os.path.isfile(tp):
        continue
    tabs = json.load(open(tp, encoding="utf-8"))
    pos = 0
    for ti, tab in enumerate(tabs):
        n_tables += 1
        w = len(tab[0])
        for ri, row in enumerate(tab):
            check(len(row) == w and all(isinstance(c, str) for c in row), f"{t} table {ti} row {ri} shape")
            for c in row:
                check(c == c.strip() and "  " not in c, f"{t} table {ti} cell spacing {c!r}")
        joined = [" ".join(c for c in row if c) for row in tab]
        # the rows must be consecutive truth lines, in order
        try:
            start = truth[t].index(joined[0], pos)
        except ValueError:
            check(False, f"{t} table {ti}: header row not in truth")
            continue
        check(truth[t][start:start + len(joined)] == joined, f"{t} table {ti}: rows are not consecutive truth lines")
        pos = start + len(joined)

# ---------------------------------------------------------------- domain checks on labelled values
alltext = {t: "\n".join(truth[t]) for t in TYPES}
nip_re = re.compile(r"\b(\d{8}) (\d{6}) ([12]) (\d{3})\b")
n_nip = 0
for t in TYPES:
    for m in nip_re.finditer(alltext[t]):
        n_nip += 1
        b = datetime.datetime.strptime(m.group(1), "%Y%m%d")
        tmt_y, tmt_m = int(m.group(2)[:4]), int(m.group(2)[4:])
        check(1 <= tmt_m <= 12 and tmt_y - b.year >= 18 and tmt_y <= 2026, f"NIP implausible {m.group(0)}")
letter_re = re.compile(r"\b\d{3}(?:\.\d)?/\d{4}/[A-Z][A-Z.]*(?:-[A-Z]+)*-[IVX]+/[IVX]+/20\d\d\b")
rek_re = re.compile(r"\b[45]\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b")
for t in TYPES:
    check(len(letter_re.findall(alltext[t])) >= (1 if t != "kib_b" else 0), f"{t}: no letter number found")
for t in ["spt", "parkir", "notulen", "disposisi", "bansos"]:
    check(len(rek_re.findall(alltext[t])) >= 1, f"{t}: no 6-segment kode rekening")

# KIB B
kib = json.load(open(P("truth/kib_b.tables.json"), encoding="utf-8"))[0]
body = [r for r in kib if re.fullmatch(r"\d+", r[0]) and r[1].startswith("1.3.")]
check(len(body) == 10, f"kib_b: {len(body)} item rows")
for r in body:
    check(re.fullmatch(r"1\.3\.2\.\d{2}\.\d{2}\.\d{2}\.\d{3}", r[1]) is not None, f"kib_b kode barang {r[1]}")
    check(re.fullmatch(r"\d{4}", r[3]) is not None, f"kib_b register {r[3]}")
    if r[11] != "-":
        check(re.fullmatch(r"[A-Z0-9]{17}", r[9]) is not None, f"kib_b rangka {r[9]}")
jml = [r for r in kib if r[0] == "JUMLAH"]
check(len(jml) == 1 and num(jml[0][14]) == sum(num(r[14]) for r in body), "kib_b: JUMLAH != sum of Harga")
check(kib[2] == [str(i) for i in range(1, 17)], "kib_b: column-number row")

# Register surat masuk
reg = json.load(open(P("truth/reg_surat_masuk.tables.json"), encoding="utf-8"))[0]
ag = [int(r[0]) for r in reg[1:]]
check(ag == list(range(ag[0], ag[0] + len(ag))), "register: agenda numbers not consecutive")
for r in reg[1:]:
    dt = lambda s: datetime.datetime.strptime(s, "%d-%m-%Y")
    check(dt(r[3]) <= dt(r[1]), f"register: surat {r[0]} received before it was dated")
check(sum(1 for r in reg[1:] if letter_re.fullmatch(r[2])) >= 10, "register: too few standard letter numbers")

# Parkir
pk = json.load(open(P("truth/parkir.tables.json"), encoding="utf-8"))[0]
rows = [r for r in pk[1:] if r[0]]
tot = [r for r in pk[1:] if r[1] == "JUMLAH"][0]
check(len(rows) == 16, "parkir: 16 titik")
for r in rows:
    check(f"{num(r[5]) * 100 / num(r[4]):.2f}".replace(".", ",") == r[6], f"parkir: % of row {r[0]}")
check(sum(int(r[3]) for r in rows) == int(tot[3]), "parkir: jukir total")
check(sum(num(r[4]) for r in rows) == num(tot[4]), "parkir: target total")
check(sum(num(r[5]) for r in rows) == num(tot[5]), "parkir: realisasi total")
check(f"{num(tot[5]) * 100 / num(tot[4]):.2f}".replace(".", ",") == tot[6], "parkir: total %")

# Bansos
bs = json.load(open(P("truth/bansos.tables.json"), encoding="utf-8"))[0]
rows = [r for r in bs[1:] if re.fullmatch(r"\d+", r[0])]
for r in rows:
    nik = r[2]
    ok = re.fullmatch(r"6472\d{12}", nik) is not None
    if ok:
        dd, mm_, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
        dd = dd - 40 if dd > 40 else dd
        try:
            datetime.date(1900 + yy if yy > 26 else 2000 + yy, mm_, dd)
        except ValueError:
            ok = False
    check(ok, f"bansos: NIK {nik}")
    check(r[6] == "", "bansos: signature column must be empty")
tot = [r for r in bs[1:] if r[0] == "JUMLAH"][0]
check(sum(num(r[5]) for r in rows) == num(tot[5]), "bansos: JUMLAH")
m = re.search(r"Jumlah penerima: (\d+) .* total bantuan Rp ([\d.]+)\.", alltext["bansos"])
check(m and int(m.group(1)) == len(rows) and num(m.group(2)) == num(tot[5]), "bansos: summary sentence")

# SPT
sp = json.load(open(P("truth/spt.tables.json"), encoding="utf-8"))[0]
n = len(sp) - 1
flat = " ".join(truth["spt"])
m = re.search(r"sebesar Rp ([\d.]+),00 \((\d+) orang x (\d+) hari x Rp ([\d.]+)\)", flat)
check(m is not None and int(m.group(2)) == n and num(m.group(1)) == n * int(m.group(3)) * num(m.group(4)),
      "spt: cost arithmetic")
check(all(nip_re.fullmatch(r[2]) for r in sp[1:]), "spt: NIP column")

# Notulen
flat = " ".join(truth["notulen"])
ms = re.findall(r"(dikurangi|ditambah) Rp ([\d.]+) dari Rp ([\d.]+) menjadi Rp ([\d.]+)", flat)
check(len(ms) == 3, f"notulen: {len(ms)} shift statements")
for op, d, a, b in ms:
    check(num(a) + (num(d) if op == "ditambah" else -num(d)) == num(b), f"notulen: {op} {d} {a} {b}")
dsum = sum(num(d) * (1 if op == "ditambah" else -1) for op, d, a, b in ms)
check(dsum == 0, "notulen: shifts do not net to zero (pagu unchanged)")

# ---------------------------------------------------------------- image files
clean = {}
for e in man:
    t, d, f = e["text_type"], e["degradation"], P(e["file"])
    lay = json.load(open(P(f"meta/{t}.layout.json"), encoding="utf-8"))
    W, H = lay["size"]
    if d == "pdf_skew2":
        from pypdf import PdfReader
        rd = PdfReader(f)
        check(len(rd.pages) == 1, f"{f}: pages")
        pg = rd.pages[0]
        check((pg.extract_text() or "").strip() == "", f"{f}: has a text layer")
        res = pg["/Resources"]
        check("/Font" not in res, f"{f}: has fonts")
        xo = res["/XObject"]
        imgs = [xo[k].get_object() for k in xo]
        check(len(imgs) == 1, f"{f}: image count")
        iw = int(imgs[0]["/Width"])
        pw = float(pg.mediabox.width)
        check(abs(iw / (pw / 72) - 200) < 1, f"{f}: not 200 dpi ({iw / (pw / 72):.1f})")
        continue
    im = Image.open(f)
    if d == "clean_300dpi":
        check(im.format == "PNG" and im.size == (W, H), f"{f}: format/size")
        with open(f, "rb") as fh:
            hdr = fh.read(26)
        check(hdr[24] == 4 and hdr[25] == 3, f"{f}: not a 4-bit palette PNG")
        clean[t] = grey(f)
        # every truth line has ink inside its recorded box, boxes are in the truth order
        boxes = lay["line_boxes_clean_300dpi"]
        check([b[0] for b in boxes] == truth[t], f"{t}: layout boxes do not match truth lines")
        for txt, (x0, y0, x1, y1) in boxes:
            ink = (clean[t][max(0, y0):y1, max(0, x0):x1] < 110).sum()
            check(ink >= max(8, len(txt)), f"{t}: no ink for line {txt!r}")
    elif d == "dpi150":
        check(im.format == "PNG" and im.size == (W // 2, H // 2), f"{f}: format/size")
    elif d == "fax":
        check(im.format == "PNG" and im.mode == "1", f"{f}: not 1-bit")
        a = np.asarray(im.convert("L"))
        check(im.size == (round(W * 2 / 3), a.shape[0]) and a.shape[0] % 2 == 0, f"{f}: size")
        # 100 dpi vertical: (nearly all) scan lines come in identical pairs
        same = (a[0::2] == a[1::2]).all(axis=1).mean()
        check(same > 0.97, f"{f}: rows not doubled ({same:.3f})")
    elif d == "jpeg_q25":
        check(im.format == "JPEG" and im.mode == "L", f"{f}: format")
        check(im.quantization[0][0] == 32, f"{f}: quality is not 25 (q0={im.quantization[0][0]})")
        check(abs(im.size[0] - W * 2 / 3) <= 1, f"{f}: not 200 dpi")
    elif d == "phone_photo":
        check(im.format == "JPEG" and im.mode == "RGB", f"{f}: format")
        check(im.size == ((2800, 2100) if W > H else (2100, 2800)), f"{f}: size")
    elif d == "stamp":
        check(im.format == "PNG" and im.size == (W, H), f"{f}: format/size")
        a = np.asarray(im.convert("RGB")).astype(int)
        blue = ((a[..., 2] - a[..., 0]) > 40).sum()
        check(blue > 20000, f"{f}: no coloured stamp ({blue})")
for e in man:
    t, d, f = e["text_type"], e["degradation"], P(e["file"])
    if d == "sideways":
        a = grey(f)
        ok = np.array_equal(a, np.rot90(clean[t], 1)) or np.array_equal(a, np.rot90(clean[t], -1))
        check(ok, f"{f}: not an exact 90 degree rotation of the clean page")
    elif d == "upside_down":
        check(np.array_equal(grey(f), np.rot90(clean[t], 2)), f"{f}: not an exact 180 degree rotation")

# ---------------------------------------------------------------- OCR sanity (clean pages)
cers = {}
if "--no-ocr" not in sys.argv and shutil.which("tesseract"):
    for t in TYPES:
        out = subprocess.run(["tesseract", P(f"pages/{t}/{t}__clean_300dpi.png"), "-", "-l", "ind", "--psm", "4"],
                             capture_output=True, text=True).stdout
        hyp = " ".join(out.split())
        ref = " ".join(" ".join(truth[t]).split())
        cers[t] = lev(hyp, ref) / len(ref)
        # order-free sanity check: share of truth tokens that occur (as substrings, because Tesseract glues
        # table rules such as '|' or 'I' to cell text) in Tesseract's output for the clean page
        toks = ref.split()
        recall = sum(1 for tok in toks if tok in hyp) / len(toks)
        print(f"tesseract clean {t}: CER {cers[t]:.3f} (reading-order sensitive), token recall {recall:.3f}")
        check(recall > 0.90, f"{t}: only {recall:.2f} of truth tokens found on the clean page")

# ---------------------------------------------------------------- housekeeping
size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(HERE) for f in fs)
check(size < 15 * 1024 * 1024, f"output dir is {size / 1e6:.1f} MB")
check(not any("__pycache__" in r for r, _, _ in os.walk(HERE)), "__pycache__ left behind")
print(f"pages: {len(man)}  types: {len(TYPES)}  tables: {n_tables}  truth lines: {sum(map(len, truth.values()))}"
      f"  NIPs: {n_nip}  size: {size / 1e6:.2f} MB")
if FAIL:
    print(f"{len(FAIL)} FAILURES")
    sys.exit(1)
print("ALL CHECKS PASSED")
