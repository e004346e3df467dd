"""Verify the ocr15 set: files, formats, truth consistency, arithmetic, and an OCR sanity check
(tesseract on the clean pages must find the truth words). Exit code 0 = pass."""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

import numpy as np
from PIL import Image
from pypdf import PdfReader

D = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
errors = []


def err(msg):
    errors.append(msg)
    print("FAIL:", msg)


def num(s):
    return int(s.replace(".", "")) if s not in ("", "-") else 0


def dec(s):
    return float(s.replace(".", "").replace(",", "."))


def pct(a, b):
    return f"{a * 100.0 / b:.2f}".replace(".", ",")


man = json.load(open(os.path.join(D, "manifest.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(D, "generation_meta.json"), encoding="utf-8"))
types = sorted({e["text_type"] for e in man})
if len(man) != 63 or len(types) != 7:
    err(f"manifest has {len(man)} entries, {len(types)} types")
cnt = Counter((e["text_type"], e["degradation"]) for e in man)
for t in types:
    for dg in DEGS:
        if cnt[(t, dg)] != 1:
            err(f"{t}/{dg} count {cnt[(t, dg)]}")
listed = {e["file"] for e in man}
on_disk = {os.path.relpath(os.path.join(r, f), D) for r, _, fs in os.walk(os.path.join(D, "pages")) for f in fs}
if listed != on_disk:
    err(f"manifest/disk mismatch: {sorted(listed ^ on_disk)}")

# ---------------------------------------------------------------- truth files
truth = {}
tables = {}
for t in types:
    lines = open(os.path.join(D, "truth", t + ".txt"), encoding="utf-8").read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    truth[t] = lines
    for i, ln in enumerate(lines):
        if not ln or ln != ln.strip() or "  " in ln:
            err(f"{t}: bad truth line {i}: {ln!r}")
    tp = os.path.join(D, "truth", t + ".tables.json")
    has_tab = os.path.exists(tp)
    for e in man:
        if e["text_type"] == t:
            if e["file"] != f"pages/{t}/{t}__{e['degradation']}.{e['file'].rsplit('.', 1)[1]}":
                err(f"bad file name {e['file']}")
            if e["truth"] != f"truth/{t}.txt":
                err(f"bad truth path {e}")
            if has_tab != ("tables" in e) or (has_tab and e["tables"] != f"truth/{t}.tables.json"):
                err(f"tables key mismatch {e['file']}")
    if has_tab:
        tabs = json.load(open(tp, encoding="utf-8"))
        tables[t] = tabs
        for ti, tab in enumerate(tabs):
            w = {len(r) for r in tab}
            if len(w) != 1:
                err(f"{t} table {ti}: ragged rows {w}")
            # rows must appear as consecutive truth lines
            rowlines = [" ".join(c for c in r if c) for r in tab]
            rowlines = [r for r in rowlines if r]
            found = False
            for s in range(len(lines) - len(rowlines) + 1):
                if lines[s:s + len(rowlines)] == rowlines:
                    found = True
                    break
            if not found:
                err(f"{t} table {ti}: rows not found consecutively in truth text")
            for r in tab:
                for c in r:
                    if c != c.strip() or "  " in c:
                        err(f"{t}: bad cell {c!r}")
n_tab_types = len(tables)
if n_tab_types < 4:
    err(f"only {n_tab_types} types with tables")
alltext = "\n".join("\n".join(v) for v in truth.values())
for must in ["5.1.02.01.01.0024", "1.3.2.05.01.04.002", "800/1432/BKPSDM-III/X/2026", "NIP 19780312 200501 1 004"]:
    c = alltext.count(must)
    print(f"required string {must!r}: {c} occurrence(s)")
    if c == 0:
        err(f"missing required string {must}")

# ---------------------------------------------------------------- arithmetic
hon = tables["daftar_honorarium"][0]
tb = tt = tn = 0
for r in hon[3:-1]:
    jam, honor, bruto, tarif, pph, net = int(r[4]), num(r[5]), num(r[6]), int(r[7].rstrip("%")), num(r[8]), num(r[9])
    if bruto != jam * honor or pph != bruto * tarif // 100 or net != bruto - pph:
        err(f"honorarium row arithmetic {r}")
    tb, tt, tn = tb + bruto, tt + pph, tn + net
last = hon[-1]
if (num(last[6]), num(last[8]), num(last[9])) != (tb, tt, tn) or last[0] != "JUMLAH":
    err(f"honorarium totals {last}")
terb = [l for l in truth["daftar_honorarium"] if l.startswith("Terbilang")]
print("honorarium totals", tb, tt, tn, "|", terb[0])

kir = tables["kartu_inventaris_ruangan"][0]
n = sum(int(r[6]) for r in kir[1:-1])
v = sum(num(r[8]) for r in kir[1:-1])
if (int(kir[-1][6]), num(kir[-1][8])) != (n, v):
    err("KIR totals")
for r in kir[1:-1]:
    if not re.fullmatch(r"1\.3\.2\.\d\d\.\d\d\.\d\d\.\d{3}", r[5]):
        err(f"KIR kode barang format {r[5]}")
print("KIR totals", n, v)

lra = tables["laporan_realisasi_anggaran"][0]
ga = gr = 0
cur = []
for r in lra[1:]:
    if r[0] and not r[2]:          # group header
        cur = []
        continue
    if r[0]:                       # item
        a, re_, p, s = num(r[2]), num(r[3]), r[4], num(r[5])
        if pct(re_, a) != p or s != a - re_:
            err(f"LRA item {r}")
        cur.append((a, re_))
    elif r[1].startswith("Jumlah "):
        a, re_ = sum(x[0] for x in cur), sum(x[1] for x in cur)
        if (num(r[2]), num(r[3]), r[4], num(r[5])) != (a, re_, pct(re_, a), a - re_):
            err(f"LRA subtotal {r}")
        ga, gr = ga + a, gr + re_
    elif r[1] == "JUMLAH BELANJA":
        if (num(r[2]), num(r[3]), r[4], num(r[5])) != (ga, gr, pct(gr, ga), ga - gr):
            err(f"LRA grand total {r}")
print("LRA grand total", ga, gr)

ag = tables["agenda_surat_masuk"][0]
m = [l for l in truth["agenda_surat_masuk"] if l.startswith("Jumlah surat masuk")][0]
if int(re.search(r": (\d+) surat", m).group(1)) != len(ag) - 1:
    err("agenda count")
empty = sum(1 for r in ag if r[-1] == "")
print("agenda rows", len(ag) - 1, "rows with empty Diteruskan", empty)

# ---------------------------------------------------------------- files / formats
for e in man:
    t, dg, f = e["text_type"], e["degradation"], os.path.join(D, e["file"])
    W, H = meta[t]["size"]
    if dg == "pdf_skew2":
        rd = PdfReader(f)
        pg = rd.pages[0]
        if len(rd.pages) != 1 or (pg.extract_text() or "").strip():
            err(f"{f}: pdf pages/text layer")
        imgs = list(pg.images)
        if len(imgs) != 1:
            err(f"{f}: images {len(imgs)}")
        iw, ih = imgs[0].image.size
        pw, ph = float(pg.mediabox.width), float(pg.mediabox.height)
        dpi = iw / (pw / 72)
        if abs(dpi - 200) > 2 or not (W * 72 / 300 - 1 < pw < W * 72 / 300 * 1.08) \
                or not (H * 72 / 300 - 1 < ph < H * 72 / 300 * 1.08):
            err(f"{f}: dpi {dpi} page {pw}x{ph}")
        continue
    im = Image.open(f)
    if dg in ("clean_300dpi", "sideways", "upside_down"):
        if im.format != "PNG" or im.mode != "P" or len(im.getcolors(256)) > 16:
            err(f"{f}: not 4-bit palette PNG")
        exp = (W, H) if dg != "sideways" else (H, W)
        if im.size != exp:
            err(f"{f}: size {im.size} != {exp}")
    if dg == "dpi150" and (im.size != (W // 2, H // 2) or im.format != "PNG"):
        err(f"{f}: dpi150 size {im.size}")
    if dg == "fax" and (im.mode != "1" or im.format != "PNG"):
        err(f"{f}: fax not 1-bit")
    if dg in ("jpeg_q25", "phone_photo") and im.format != "JPEG":
        err(f"{f}: not JPEG")
    if dg == "stamp":
        rgb = np.asarray(im.convert("RGB"), dtype=int)
        chroma = (rgb.max(-1) - rgb.min(-1)) > 60
        if chroma.sum() < 20000:
            err(f"{f}: no coloured stamp ({chroma.sum()} px)")
for t in types:
    c = np.asarray(Image.open(os.path.join(D, f"pages/{t}/{t}__clean_300dpi.png")).convert("L"))
    s = np.asarray(Image.open(os.path.join(D, f"pages/{t}/{t}__sideways.png")).convert("L"))
    u = np.asarray(Image.open(os.path.join(D, f"pages/{t}/{t}__upside_down.png")).convert("L"))
    k = 1 if meta[t]["sideways_rotation_ccw"] == 90 else -1
    if not np.array_equal(np.rot90(c, k), s):
        err(f"{t}: sideways is not an exact 90 degree rotation of clean")
    if not np.array_equal(np.rot90(c, 2), u):
        err(f"{t}: upside_down is not an exact 180 degree rotation of clean")

# ---------------------------------------------------------------- OCR sanity check on clean pages
def tokens(s):
    return re.findall(r"[0-9A-Za-z][0-9A-Za-z./,%()-]*[0-9A-Za-z%)]|[0-9A-Za-z]", s)


if "--no-ocr" not in sys.argv:
    for t in types:
        f = os.path.join(D, f"pages/{t}/{t}__clean_300dpi.png")
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["tesseract", f, os.path.join(td, "o"), "-l", "ind", "--psm", "3"],
                           check=True, capture_output=True)
            ocr = open(os.path.join(td, "o.txt"), encoding="utf-8").read()
        tt_ = Counter(tokens("\n".join(truth[t])))
        oc = Counter(tokens(ocr))
        hit = sum(min(n, oc[w]) for w, n in tt_.items())
        rec = hit / sum(tt_.values())
        extra = sum(oc.values()) - hit
        print(f"OCR {t}: truth-token recall {rec:.3f}, tokens {sum(tt_.values())}, unmatched OCR tokens {extra}")
        if rec < 0.85:
            err(f"{t}: tesseract recall {rec:.3f} < 0.85 on clean page")

total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(D) for f in fs)
print(f"total size {total / 1e6:.2f} MB")
if total >= 15e6:
    err("output dir >= 15 MB")
if any("__pycache__" in r for r, _, _ in os.walk(D)):
    print("note: __pycache__ present (delete before handing over)")
print("VERIFY", "PASS" if not errors else f"FAIL ({len(errors)})")
sys.exit(1 if errors else 0)
