"""Internal-consistency checks for the ocr2 blind set.  Exit code 0 = all good.
Run: /work/scratch/ocr2/bin/python verify.py"""
import io
import json
import os
import re
import sys

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pages  # noqa: E402
from generate import DEGS, TABLE_TYPES  # noqa: E402

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def money(s):
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", s), s
    return int(s.replace(".", ""))


def dec(s):
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d{2}", s), s
    return float(s.replace(".", "").replace(",", "."))


def open_pdf_image(path):
    b = open(path, "rb").read()
    check(b.startswith(b"%PDF"), f"{path}: not a PDF")
    check(b.count(b"/Subtype /Image") == 1, f"{path}: expected exactly one image")
    check(b"/Font" not in b, f"{path}: PDF must be image-only")
    s, e = b.find(b"\xff\xd8"), b.rfind(b"\xff\xd9")
    im = Image.open(io.BytesIO(b[s:e + 2]))
    im.load()
    return im


man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
check(len(man) == 63, f"manifest has {len(man)} entries, want 63")
types = sorted({m["text_type"] for m in man})
check(len(types) == 7, f"{len(types)} text types")
combos = {(m["text_type"], m["degradation"]) for m in man}
check(len(combos) == 63, "duplicate (type, degradation) pairs")
for m in man:
    ext = dict(DEGS)[m["degradation"]]
    check(m["file"] == f"pages/{m['text_type']}/{m['text_type']}__{m['degradation']}.{ext}", f"bad path {m['file']}")
    check(m["truth"] == f"truth/{m['text_type']}.txt", f"bad truth ref {m}")
    check(("tables" in m) == (m["text_type"] in TABLE_TYPES), f"tables key mismatch {m['file']}")
    if "tables" in m:
        check(m["tables"] == f"truth/{m['text_type']}.tables.json", f"bad tables ref {m}")
    for k in ("file", "truth", "tables"):
        if k in m:
            check(os.path.isfile(os.path.join(HERE, m[k])), f"missing {m[k]}")

# ---- files open, sizes and orientations
total_rows = 0
for t in types:
    base = Image.open(os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png"))
    base.load()
    check(base.size == (2480, 3508) and base.mode == "L", f"{t}: clean size/mode {base.size} {base.mode}")
    a = np.asarray(base)
    for deg, ext in DEGS:
        path = os.path.join(HERE, f"pages/{t}/{t}__{deg}.{ext}")
        im = open_pdf_image(path) if ext == "pdf" else Image.open(path)
        im.load()
        if deg == "dpi150":
            check(im.size == (1240, 1754), f"{path} size {im.size}")
        elif deg == "fax":
            check(im.mode == "1", f"{path} not 1-bit")
        elif deg == "jpeg_q25":
            check(im.format == "JPEG" and im.size == base.size, f"{path} jpeg")
        elif deg == "pdf_skew2":
            check(im.size == (1240, 1754), f"{path} pdf image size {im.size}")
        elif deg == "phone_photo":
            check(im.format == "JPEG" and im.mode == "RGB", f"{path} phone")
        elif deg == "stamp":
            rgb = np.asarray(im.convert("RGB")).astype(int)
            colored = ((rgb.max(axis=2) - rgb.min(axis=2)) > 30).sum()
            check(colored > 5000, f"{path}: stamp/scribble ink not found ({colored})")
            check(im.size == base.size, f"{path} size")
        elif deg == "sideways":
            check(np.array_equal(np.asarray(im), np.rot90(a, 1)), f"{path}: not clean rotated 90 deg CCW")
        elif deg == "upside_down":
            check(np.array_equal(np.asarray(im), np.rot90(a, 2)), f"{path}: not clean rotated 180 deg")

    # ---- truth text: regenerate and compare, formatting rules
    p = pages.TYPES[t]()
    lines = open(os.path.join(HERE, f"truth/{t}.txt"), encoding="utf-8").read().split("\n")
    check(lines[-1] == "", f"{t}: truth must end with newline")
    lines = lines[:-1]
    check(lines == p.truth, f"{t}: truth file differs from page builder")
    for i, ln in enumerate(lines):
        check(ln and ln == ln.strip() and "  " not in ln, f"{t}: bad spacing on truth line {i + 1}: {ln!r}")
    if t in TABLE_TYPES:
        tabs = json.load(open(os.path.join(HERE, f"truth/{t}.tables.json"), encoding="utf-8"))
        check(tabs == p.tables, f"{t}: tables file differs from page builder")
        for tab in tabs:
            total_rows += len(tab)
            for row in tab:
                check(all(c and c == c.strip() and "  " not in c for c in row), f"{t}: bad cell in {row}")
                check(" ".join(row) in lines, f"{t}: table row not a truth line: {row}")
    else:
        check(not os.path.exists(os.path.join(HERE, f"truth/{t}.tables.json")), f"{t}: unexpected tables file")

check(total_rows >= 100, f"only {total_rows} table rows")

# ---- arithmetic of the printed numbers
T = lambda t: json.load(open(os.path.join(HERE, f"truth/{t}.tables.json"), encoding="utf-8"))
txt = lambda t: open(os.path.join(HERE, f"truth/{t}.txt"), encoding="utf-8").read()

bast = T("bast")[0]
s = 0
for row in bast[1:-1]:
    q, h, j = int(row[4]), money(row[6]), money(row[7])
    check(q * h == j, f"bast row {row[0]}: {q} x {h} != {j}")
    check(re.fullmatch(r"1\.3\.2\.\d{2}\.\d{2}\.\d{2}\.\d{3}", row[1]) is not None, f"bast kode {row[1]}")
    s += j
check(bast[-1][0] == "JUMLAH" and money(bast[-1][1]) == s, "bast total")
check(("Terbilang: " + pages.terbilang(s).capitalize() + " rupiah.") in txt("bast").replace("\n", " "),
      "bast terbilang")

lk = T("lkjip")[0]
ok = mid = low = 0
for row in lk[1:]:
    tg, rl, cp = dec(row[3]), dec(row[4]), dec(row[5])
    check(abs(round(rl / tg * 100, 2) - cp) < 1e-9, f"lkjip row {row[0]} capaian {cp}")
    ok += cp >= 100
    mid += 90 <= cp < 100
    low += cp < 90
check(f"sebanyak {ok} indikator mencapai" in txt("lkjip") and f"{mid} indikator berkategori" in txt("lkjip").replace("\n", " ")
      and f"{low} indikator berada" in txt("lkjip").replace("\n", " "), "lkjip summary counts")

rk = T("rekap_anggaran")[0]
body = rk[1:-1]
vals = {r[0]: (money(r[2]), money(r[3]), money(r[4]), dec(r[5])) for r in body}
for k, (a, r, si, pc) in vals.items():
    check(a - r == si, f"rekap {k}: sisa")
    check(abs(round(r / a * 100, 2) - pc) < 1e-9, f"rekap {k}: persen")
    under = [c for c in vals if c.startswith(k + ".")]
    kids = [c for c in under if not any(c.startswith(h + ".") for h in under if h != c)]
    if kids:
        check(sum(vals[c][0] for c in kids) == a, f"rekap {k}: anggaran != sum of children {kids}")
        check(sum(vals[c][1] for c in kids) == r, f"rekap {k}: realisasi != sum of children")
tot = rk[-1]
check(tot[0] == "JUMLAH BELANJA" and money(tot[1]) == vals["5"][0] and money(tot[2]) == vals["5"][1], "rekap total")

ssh = T("ssh")[0]
check(len(ssh) == 41 and all(money(r[5]) > 0 for r in ssh[1:]), "ssh rows/prices")
check([r[0] for r in ssh[1:]] == [str(i) for i in range(1, 41)], "ssh numbering")

und = txt("surat_undangan")
check("Nomor : 005/412/Setda-Umum/IV/2025" in und, "undangan letter number")
skt = txt("sk")
for w in ("Menimbang : a.", "Mengingat : 1.", "MEMUTUSKAN:", "KESATU :", "KEEMPAT :"):
    check(w in skt, f"sk missing {w}")
bul = txt("buletin").split("\n")
check(bul.index("Suara Warga dari 59 Kelurahan") < bul.index("Program Probebaya Berlanjut"), "buletin column order")

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
check(size < 15 * 1024 * 1024, f"set is {size} bytes (>= 15 MB)")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(man)} files, {len(types)} types, {total_rows} table rows (incl. headers/totals), {size / 1e6:.2f} MB")
