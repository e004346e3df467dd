"""Checks the ocr21 set against its own files:  python verify.py [--ocr]
Independent of generate.py/content.py (re-implements every sum and the terbilang)."""
import datetime
import json
import os
import re
import struct
import subprocess
import sys
import numpy as np
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))
    print("FAIL:", *a)


def P(rel):
    return os.path.join(HERE, rel)


def num(s):
    s = s.strip()
    if s in ("", "-"):
        return 0
    s = s.replace(".", "").replace(",00", "")
    assert re.fullmatch(r"\d+", s), s
    return int(s)


def words(n):
    units = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()

    def below1000(x):
        out = []
        h, r = divmod(x, 100)
        if h:
            out.append("seratus" if h == 1 else units[h] + " ratus")
        if r:
            if r < 10:
                out.append(units[r])
            elif r == 10:
                out.append("sepuluh")
            elif r == 11:
                out.append("sebelas")
            elif r < 20:
                out.append(units[r - 10] + " belas")
            else:
                t, u = divmod(r, 10)
                out.append(units[t] + " puluh" + (" " + units[u] if u else ""))
        return " ".join(out)

    parts = []
    for scale, name in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (1, "")):
        g, n = divmod(n, scale)
        if not g:
            continue
        if scale == 1000 and g == 1:
            parts.append("seribu")
        else:
            parts.append((below1000(g) + " " + name).strip())
    return " ".join(parts)


def png_bitdepth(path):
    with open(path, "rb") as f:
        head = f.read(33)
    return head[24], head[25]   # bit depth, colour type


def main(ocr=False):
    man = json.load(open(P("manifest.json"), encoding="utf-8"))
    meta = json.load(open(P("_meta/layout.json"), encoding="utf-8"))
    types = sorted({e["text_type"] for e in man})
    if len(man) != 63 or len(types) != 7:
        err("manifest size", len(man), len(types))
    seen = set()
    for e in man:
        t, d = e["text_type"], e["degradation"]
        seen.add((t, d))
        want = f"pages/{t}/{t}__{d}.{DEGS[d]}"
        if e["file"] != want or e["truth"] != f"truth/{t}.txt":
            err("manifest entry", e)
        if not os.path.exists(P(e["file"])):
            err("missing", e["file"])
        has_tab = os.path.exists(P(f"truth/{t}.tables.json"))
        if has_tab != ("tables" in e) or (has_tab and e["tables"] != f"truth/{t}.tables.json"):
            err("tables key", e)
    if len(seen) != 63:
        err("duplicate manifest entries")

    # ---------- truth files
    truth, tables = {}, {}
    for t in types:
        lines = open(P(f"truth/{t}.txt"), encoding="utf-8").read().split("\n")
        if lines[-1] != "":
            err(t, "no final newline")
        lines = lines[:-1]
        for i, l in enumerate(lines):
            if not l or l != l.strip() or "  " in l or "\t" in l:
                err(t, "bad truth line", i, repr(l))
        truth[t] = lines
        if len(lines) != len(meta[t]["line_bboxes_300dpi"]):
            err(t, "bbox count", len(lines), len(meta[t]["line_bboxes_300dpi"]))
        if os.path.exists(P(f"truth/{t}.tables.json")):
            tabs = json.load(open(P(f"truth/{t}.tables.json"), encoding="utf-8"))
            tables[t] = tabs
            pos = 0
            for ti, tab in enumerate(tabs):
                n = len(tab[0])
                for ri, row in enumerate(tab):
                    if len(row) != n:
                        err(t, "ragged table", ti, ri)
                    if any(c != c.strip() or "  " in c or "\n" in c for c in row):
                        err(t, "bad cell", ti, ri, row)
                    joined = " ".join(c for c in row if c)
                    if not joined:
                        continue
                    try:   # rows must be truth lines, in order
                        pos = lines.index(joined, pos) + 1
                    except ValueError:
                        err(t, "table row not a truth line (in order)", ti, ri, joined)
    tab_types = sorted(tables)
    if len(tab_types) < 4:
        err("fewer than 4 types with tables")

    # ---------- images
    for t in types:
        W, H = meta[t]["size_px_300dpi"]
        clean = Image.open(P(f"pages/{t}/{t}__clean_300dpi.png"))
        bd, ct = png_bitdepth(P(f"pages/{t}/{t}__clean_300dpi.png"))
        if clean.size != (W, H) or bd != 4 or ct != 3:
            err(t, "clean size/bitdepth", clean.size, bd, ct)
        cg = np.asarray(clean.convert("L"))
        # every truth line has ink inside its recorded box, and the margins around text are empty-ish
        for i, (x0, y0, x1, y1) in enumerate(meta[t]["line_bboxes_300dpi"]):
            x0, y0, x1, y1 = int(x0), int(y0), int(x1) + 1, int(y1) + 1
            box = cg[max(0, y0):y1, max(0, x0):x1]
            if box.size == 0 or (box < 128).mean() < 0.02:
                err(t, "no ink for truth line", i, truth[t][i])
            if not (0 <= x0 < x1 <= W + 1 and 0 <= y0 < y1 <= H + 1):
                err(t, "bbox off page", i)
        im = Image.open(P(f"pages/{t}/{t}__dpi150.png"))
        if im.size != (W // 2, H // 2) or png_bitdepth(P(f"pages/{t}/{t}__dpi150.png"))[0] != 4:
            err(t, "dpi150", im.size)
        im = Image.open(P(f"pages/{t}/{t}__fax.png"))
        if im.mode != "1" or im.size != (W * 2 // 3, (H // 3) * 2):
            err(t, "fax", im.mode, im.size)
        fa = np.asarray(im.convert("L"))
        if not np.array_equal(fa[0::2][5:], fa[1::2][5:]) and (fa[0::2] != fa[1::2]).mean() > 0.01:
            err(t, "fax lines not doubled")
        im = Image.open(P(f"pages/{t}/{t}__jpeg_q25.jpg"))
        if im.format != "JPEG" or im.size != (W * 2 // 3, H * 2 // 3):
            err(t, "jpeg", im.size)
        im = Image.open(P(f"pages/{t}/{t}__phone_photo.jpg"))
        if im.mode != "RGB" or im.width < W * 0.6 or (im.width > im.height) != (W > H):
            err(t, "phone", im.size)
        im = Image.open(P(f"pages/{t}/{t}__stamp.png")).convert("RGB")
        a = np.asarray(im).astype(int)
        blue = ((a[..., 2] - a[..., 0]) > 40).sum()
        if im.size != (W, H) or blue < 5000:
            err(t, "stamp", im.size, blue)
        side = np.asarray(Image.open(P(f"pages/{t}/{t}__sideways.png")).convert("L"))
        if not np.array_equal(side, np.rot90(cg, 1)):
            err(t, "sideways is not clean rotated by exactly 90 degrees")
        ud = np.asarray(Image.open(P(f"pages/{t}/{t}__upside_down.png")).convert("L"))
        if not np.array_equal(ud, np.rot90(cg, 2)):
            err(t, "upside_down is not clean rotated by exactly 180 degrees")
        r = PdfReader(P(f"pages/{t}/{t}__pdf_skew2.pdf"))
        if len(r.pages) != 1 or r.pages[0].extract_text().strip():
            err(t, "pdf pages / text layer")
        imgs = list(r.pages[0].images)
        if len(imgs) != 1:
            err(t, "pdf images", len(imgs))
        else:
            pim = imgs[0].image
            mb = r.pages[0].mediabox
            dpi = pim.width / (float(mb.width) / 72)
            if abs(dpi - 200) > 1:
                err(t, "pdf dpi", dpi)
            ang = abs(meta[t]["skew_deg"])
            if not 1.5 <= ang <= 2.5:
                err(t, "skew", ang)
            # rotated bounding box must be larger than the unrotated 200-dpi page
            if pim.width <= W * 2 // 3 or pim.height <= H * 2 // 3:
                err(t, "pdf image not rotated/expanded", pim.size)

    # ---------- codes present in the truth
    alltext = "\n".join("\n".join(v) for v in truth.values())
    rek = re.findall(r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b", alltext)
    brg = re.findall(r"\b1\.3\.2\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b", alltext)
    surat = re.findall(r"\b\d{3}/\d{4,5}/[A-Z-]+-[IVX]+/[IVX]+/\d{4}\b", alltext)
    nips = re.findall(r"\b(\d{8}) (\d{6}) ([12]) (\d{3})\b", alltext)
    for b, tmt, g, nn in nips:
        bd = datetime.date(int(b[:4]), int(b[4:6]), int(b[6:]))
        if not (1955 <= bd.year <= 2000 and 1 <= int(tmt[4:]) <= 12 and int(tmt[:4]) >= bd.year + 18):
            err("implausible NIP", b, tmt, g, nn)
    print(f"codes: kode rekening {len(rek)}, kode barang {len(brg)}, nomor surat {len(surat)}, NIP {len(nips)}")
    if not (rek and brg and surat and nips):
        err("a code family is missing from the truth")

    # ---------- arithmetic per document
    if "absensi" in tables:
        tab = tables["absensi"][0]
        days = [c for c in tab[1][2:] if c.isdigit()]
        nd = len(days)
        kinds = tab[1][2 + nd:]
        off = [i for i in range(nd) if all(row[2 + i] == "" for row in tab[2:])]
        want_off = [d - 1 for d in range(1, nd + 1)
                    if datetime.date(2026, 2, d).weekday() >= 5 or d == 17]
        if off != want_off:
            err("absensi weekend/holiday columns", off, want_off)
        workdays = nd - len(want_off)
        if f"Jumlah Hari Kerja : {workdays} hari" not in alltext:
            err("absensi workdays line")
        for row in tab[2:]:
            cells = row[2:2 + nd]
            cnt = [str(sum(1 for c in cells if c == k)) for k in kinds]
            if cnt != row[2 + nd:]:
                err("absensi counts", row[1], cnt, row[2 + nd:])
            if sum(int(x) for x in row[2 + nd:]) != workdays:
                err("absensi row does not cover all working days", row[1])
    if "kib_b" in tables:
        tab = tables["kib_b"][0]
        if tab[2] != [str(i) for i in range(1, 13)]:
            err("kib column numbers")
        body = tab[3:-1]
        if sum(num(r[10]) for r in body) != num(tab[-1][10]) or tab[-1][0] != "JUMLAH":
            err("kib total")
        for r in body:
            if not re.fullmatch(r"\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}", r[1]) or not re.fullmatch(r"\d{4}", r[2]):
                err("kib code", r[1], r[2])
    if "bku" in tables:
        tab = tables["bku"][0]
        body, tot = tab[1:-1], tab[-1]
        saldo = num(body[0][7])
        tin = tout = 0
        for r in body[1:]:
            pin, pout = num(r[5]), num(r[6])
            saldo += pin - pout
            tin += pin
            tout += pout
            if num(r[7]) != saldo:
                err("bku saldo", r[0], r[7], saldo)
        if (num(tot[5]), num(tot[6]), num(tot[7])) != (tin, tout, saldo):
            err("bku totals")
        txt = "\n".join(truth["bku"])
        m = re.search(r"Rp ([\d.]+,00) \(([a-z ]+) rupiah\)", txt)
        if not m or num(m.group(1)) != saldo or m.group(2) != words(saldo):
            err("bku closing sentence / terbilang", m and m.groups(), words(saldo))
        a = re.search(r"a\. Tunai : Rp ([\d.,]+)", txt)
        b = re.search(r"b\. Saldo di Bank : Rp ([\d.,]+)", txt)
        if not a or not b or num(a.group(1)) + num(b.group(1)) != saldo:
            err("bku tunai + bank")
    if "uang_makan" in tables:
        tab = tables["uang_makan"][0]
        tarif = {"I": 35000, "II": 35000, "III": 37000, "IV": 41000}
        pct = {"I": 0, "II": 0, "III": 5, "IV": 15}
        T = [0, 0, 0]
        for r in tab[2:-1]:
            g = r[2].split("/")[0]
            hari, tf, kotor, pph, net = int(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7])
            if tf != tarif[g] or kotor != hari * tf or pph != kotor * pct[g] // 100 or net != kotor - pph:
                err("uang makan row", r)
            T = [T[0] + kotor, T[1] + pph, T[2] + net]
        if [num(tab[-1][5]), num(tab[-1][6]), num(tab[-1][7])] != T:
            err("uang makan totals")
        tb = [l for l in truth["uang_makan"] if l.startswith("Terbilang:")]
        w = words(T[2])
        if not tb or tb[0] != "Terbilang: " + w[0].upper() + w[1:] + " rupiah":
            err("uang makan terbilang", tb, w)
    if "rup" in tables:
        tab = tables["rup"][0]
        if sum(num(r[3]) for r in tab[1:-1]) != num(tab[-1][3]):
            err("rup total pagu")
    # ---------- housekeeping
    total = 0
    for root, dirs, files in os.walk(HERE):
        if "__pycache__" in dirs:
            print("note: __pycache__ present (delete before shipping):", root)
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    print(f"total size {total / 1e6:.2f} MB")
    if total > 15e6:
        err("set larger than 15 MB")

    if ocr:   # optional sanity: plain tesseract on the clean pages
        for t in types:
            out = subprocess.run(["tesseract", P(f"pages/{t}/{t}__clean_300dpi.png"), "-", "-l", "ind", "--psm", "4"],
                                 capture_output=True, text=True).stdout
            ref = " ".join(" ".join(truth[t]).split())
            hyp = " ".join(out.split())
            print(f"  tesseract clean {t}: CER {cer(ref, hyp):.3f}")

    print("types:", ", ".join(types), "| with tables:", ", ".join(tab_types))
    print("RESULT:", "PASS" if not ERR else f"{len(ERR)} FAILURES")
    return not ERR


def cer(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] / max(1, len(a))


if __name__ == "__main__":
    sys.exit(0 if main("--ocr" in sys.argv) else 1)
