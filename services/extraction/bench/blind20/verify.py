#!/usr/bin/env python3
"""Verify the ocr20 set: files, formats, degradations, truth consistency and label arithmetic.

python verify.py            -> structural + arithmetic + image checks, plus a Tesseract sanity check
                               on the clean pages (skipped with --no-ocr or if tesseract is missing)
Exit code 0 only when every check passes.
"""
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["ba_pemeriksaan_barang", "daftar_hadir_rapat", "kuitansi", "laporan_realisasi", "sk_kepala_dinas",
         "daftar_honorarium", "jadwal_piket"]
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
TABLE_STYLE = {"ba_pemeriksaan_barang": "hrules", "daftar_hadir_rapat": "grid", "laporan_realisasi": "grid",
               "daftar_honorarium": "grid", "jadwal_piket": "none"}

ERR = []
NCHECK = [0]


def check(cond, msg):
    NCHECK[0] += 1
    if not cond:
        ERR.append(msg)
        print("FAIL:", msg)


def num(s):
    """Indonesian number '1.234.567,89' -> float"""
    return float(s.replace(".", "").replace(",", "."))


# ---------------------------------------------------------------- terbilang (independent implementation)
_W = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def words(n):
    def below1000(x):
        out = []
        h, r = divmod(x, 100)
        if h == 1:
            out.append("seratus")
        elif h > 1:
            out += [_W[h], "ratus"]
        if r == 10:
            out.append("sepuluh")
        elif r == 11:
            out.append("sebelas")
        elif 12 <= r <= 19:
            out += [_W[r - 10], "belas"]
        elif r >= 20:
            t, u = divmod(r, 10)
            out += [_W[t], "puluh"] + ([_W[u]] if u else [])
        elif r > 0:
            out.append(_W[r])
        return out

    parts = []
    for scale, name in ((10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu"), (1, "")):
        q, n = divmod(n, scale)
        if q == 0:
            continue
        if scale == 1000 and q == 1:
            parts.append("seribu")
            continue
        parts += below1000(q) + ([name] if name else [])
    return " ".join(parts)


# ---------------------------------------------------------------- helpers
def load_grey(path):
    return np.asarray(Image.open(path).convert("L"), dtype=np.float32)


def png_ihdr(path):
    with open(path, "rb") as f:
        b = f.read(33)
    assert b[:8] == b"\x89PNG\r\n\x1a\n"
    return b[24], b[25]  # bit depth, colour type


def down(arr, size):
    return np.asarray(Image.fromarray(arr.astype(np.uint8)).resize(size, Image.LANCZOS), dtype=np.float32)


def skew_estimate(arr):
    im = Image.fromarray(arr.astype(np.uint8))
    w, h = im.size
    im = im.resize((w // 2, h // 2), Image.BILINEAR)
    inv = Image.fromarray(255 - np.asarray(im))
    best = None
    for a10 in range(-35, 36, 1):
        a = a10 / 10
        r = np.asarray(inv.rotate(a, resample=Image.BILINEAR), dtype=np.float32)
        prof = r.sum(axis=1)
        score = np.var(prof)
        if best is None or score > best[0]:
            best = (score, a)
    return -best[1]  # angle by which the page content was rotated (ccw positive, PIL convention)


def long_runs(mask, axis, min_len):
    """number of rows (axis=1) / columns (axis=0) containing a dark run >= min_len"""
    m = mask if axis == 1 else mask.T
    cnt = 0
    for row in m:
        if row.sum() < min_len:
            continue
        d = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
        starts, ends = np.where(d == 1)[0], np.where(d == -1)[0]
        if len(starts) and (ends - starts).max() >= min_len:
            cnt += 1
    return cnt


def subsequence(needles, hay):
    i = 0
    for n in needles:
        while i < len(hay) and hay[i] != n:
            i += 1
        if i == len(hay):
            return False
        i += 1
    return True


# ---------------------------------------------------------------- checks
def check_manifest():
    man = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
    seen = set()
    for e in man:
        t, d = e["text_type"], e["degradation"]
        seen.add((t, d))
        exp = f"pages/{t}/{t}__{d}.{EXT[d]}"
        check(e["file"] == exp, f"file name {e['file']} != {exp}")
        check(os.path.isfile(os.path.join(ROOT, e["file"])), f"missing {e['file']}")
        check(e["truth"] == f"truth/{t}.txt", f"truth path {e['truth']}")
        keys = {"file", "text_type", "degradation", "truth"}
        tp = os.path.join(ROOT, "truth", t + ".tables.json")
        if os.path.exists(tp):
            keys.add("tables")
            check(e.get("tables") == f"truth/{t}.tables.json", f"tables path for {t}")
        check(set(e) == keys, f"manifest keys {sorted(e)} for {e['file']}")
    check(seen == {(t, d) for t in TYPES for d in DEGS}, "manifest does not cover 7 types x 9 degradations")
    files = set()
    for dp, dn, fn in os.walk(os.path.join(ROOT, "pages")):
        for f in fn:
            files.add(os.path.relpath(os.path.join(dp, f), ROOT))
    check(files == {e["file"] for e in man}, "pages/ contains files not in the manifest (or vice versa)")
    return man


def check_truth():
    truths, tables = {}, {}
    for t in TYPES:
        raw = open(os.path.join(ROOT, "truth", t + ".txt"), encoding="utf-8").read()
        check(raw.endswith("\n") and not raw.endswith("\n\n"), f"{t}: truth must end with exactly one newline")
        lines = raw.rstrip("\n").split("\n")
        truths[t] = lines
        for i, l in enumerate(lines):
            check(l and l == l.strip() and "  " not in l and "\t" not in l, f"{t} line {i + 1} whitespace: {l!r}")
        tp = os.path.join(ROOT, "truth", t + ".tables.json")
        if os.path.exists(tp):
            tabs = json.load(open(tp, encoding="utf-8"))
            tables[t] = tabs
            check(isinstance(tabs, list) and tabs, f"{t}: tables.json must be a non-empty list")
            for k, tab in enumerate(tabs):
                ncol = len(tab[0])
                check(all(len(r) == ncol for r in tab), f"{t} table {k}: ragged rows")
                for r in tab:
                    for c in r:
                        check(isinstance(c, str) and c == c.strip() and "  " not in c and "\n" not in c,
                              f"{t}: bad cell {c!r}")
                rowlines = [" ".join(c for c in r if c) for r in tab]
                check(subsequence(rowlines, lines), f"{t} table {k}: rows are not truth lines in order")
    check(len(tables) >= 4, f"only {len(tables)} types carry tables")
    return truths, tables


def check_codes(truths):
    alltext = {t: "\n".join(ls) for t, ls in truths.items()}
    nips = 0
    for t, tx in alltext.items():
        for m in re.finditer(r"\b(\d{8}) (\d{6}) ([12]) (\d{3})\b", tx):
            nips += 1
            b = datetime.datetime.strptime(m.group(1), "%Y%m%d")
            tmt = datetime.datetime.strptime(m.group(2) + "01", "%Y%m%d")
            check(1950 < b.year < 2005 and (tmt - b).days > 18 * 365, f"{t}: implausible NIP {m.group(0)}")
        for m in re.finditer(r"\b\d{18}\b", tx):
            check(False, f"{t}: NIP without spaces {m.group(0)}")
    check(nips >= 30, f"only {nips} NIPs")
    letters = [t for t, tx in alltext.items() if re.search(r"\b\d{3}/\d{4}/[A-Z][A-Z.]*-[IVX]+/[IVX]+/20\d\d\b", tx)]
    check(len(letters) >= 4, f"letter numbers only in {letters}")
    rek = [t for t, tx in alltext.items() if re.search(r"\b5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b", tx)]
    check(len(rek) >= 3, f"kode rekening only in {rek}")
    kb = re.findall(r"\b1\.3\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b", alltext["ba_pemeriksaan_barang"])
    check(len(kb) == 6, f"kode barang count {len(kb)}")
    return nips


def check_arith(truths, tables):
    # BA pemeriksaan barang
    tab = tables["ba_pemeriksaan_barang"][0]
    s = 0
    for r in tab[1:]:
        if r[0].isdigit():
            check(int(r[3]) * num(r[5]) == num(r[6]), f"BA row {r[0]}: vol x harga != jumlah")
            check(re.fullmatch(r"\d(\.\d+){6}", r[1]) is not None, f"BA kode barang {r[1]}")
            s += num(r[6])
    check(tab[-1][0] == "JUMLAH" and num(tab[-1][6]) == s, "BA total")
    # realisasi
    tab = tables["laporan_realisasi"][0]
    tp = tr = 0
    for r in tab[3:]:
        if r[0].isdigit():
            p, rl = num(r[3]), num(r[4])
            tp += p
            tr += rl
            check(r[5] == f"{rl / p * 100:.2f}".replace(".", ","), f"realisasi % row {r[0]}")
            check(num(r[8]) == p - rl, f"realisasi sisa row {r[0]}")
            check(re.fullmatch(r"\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}", r[1]) is not None, f"sub kegiatan code {r[1]}")
    last = tab[-1]
    check(last[0] == "JUMLAH" and num(last[3]) == tp and num(last[4]) == tr and num(last[8]) == tp - tr
          and last[5] == f"{tr / tp * 100:.2f}".replace(".", ","), "realisasi totals")
    # honorarium
    tab = tables["daftar_honorarium"][0]
    sb = st = sn = 0
    for r in tab[1:]:
        if r[0].isdigit():
            b, tx, n = num(r[5]), num(r[6]), num(r[7])
            rate = {"IV": 0.15, "III": 0.05}.get(r[2].split("/")[0], 0.0)
            check(tx == round(b * rate), f"honor row {r[0]}: PPh 21 {tx} != {rate} x {b}")
            check(b - tx == n, f"honor row {r[0]}: bruto - pph != diterima")
            check(r[4] == "-" or re.fullmatch(r"\d\d\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}", r[4]) is not None,
                  f"NPWP {r[4]}")
            check(r[8] == r[0] + ".", f"honor sign cell {r[8]}")
            sb, st, sn = sb + b, st + tx, sn + n
    last = tab[-1]
    check(num(last[5]) == sb and num(last[6]) == st and num(last[7]) == sn, "honor totals")
    tx = " ".join(truths["daftar_honorarium"])
    m = re.search(r"Terbilang: (.+?) rupiah \(jumlah diterima Rp ([\d.]+),00\)", tx)
    check(m is not None and m.group(1).lower() == words(int(sn)) and num(m.group(2)) == sn,
          f"honor terbilang {m and m.group(1)} vs {words(int(sn))}")
    # kuitansi
    tx = " ".join(truths["kuitansi"])
    tot = num(re.search(r"Terbilang Rp ([\d.]+,00)", tx).group(1))
    m = re.search(r"sebanyak (\d+) kotak @ Rp ([\d.]+,00)", tx)
    check(int(m.group(1)) * num(m.group(2)) == tot, "kuitansi qty x price != total")
    m = re.search(r"Uang sebanyak : (.+?) rupiah", tx)
    check(m.group(1).lower() == words(int(tot)), f"kuitansi terbilang {m.group(1)}")
    dpp = num(re.search(r"DPP Rp ([\d.]+,00)", tx).group(1))
    pph = num(re.search(r"PPh Pasal 23 \(2% x DPP Rp [\d.]+,00\) Rp ([\d.]+,00)", tx).group(1))
    pbjt = num(re.search(r"PBJT Makanan dan Minuman \(10% x DPP\) Rp ([\d.]+,00)", tx).group(1))
    check(dpp + pbjt == tot and pbjt == round(dpp * 0.10) and pph == round(dpp * 0.02), "kuitansi tax arithmetic")
    # daftar hadir numbering + signature cells
    tab = tables["daftar_hadir_rapat"][0]
    for i, r in enumerate(tab[1:], 1):
        check(r[0] == str(i) and r[5] == f"{i}.", f"daftar hadir row {i}")
    # jadwal piket: weekday names and the Ascension-day holiday
    hari = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    y = 2026
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m_ = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m_ + 114) // 31
    day = (h + l_ - 7 * m_ + 114) % 31 + 1
    asc = datetime.date(y, month, day) + datetime.timedelta(days=39)
    tab = tables["jadwal_piket"][0]
    for r in tab[1:]:
        if r[0]:
            dt = datetime.datetime.strptime(r[0], "%d-%m-%Y").date()
            check(hari[dt.weekday()] == r[1], f"jadwal {r[0]} is not {r[1]}")
            check((dt == asc) == r[2].startswith("LIBUR"), f"jadwal holiday mismatch {r[0]}")
        if r[3]:
            check(re.fullmatch(r"\d{8} \d{6} [12] \d{3}", r[3]) is not None, f"jadwal NIP {r[3]}")


def check_images(man, tables):
    base = {}
    for t in TYPES:
        p = os.path.join(ROOT, f"pages/{t}/{t}__clean_300dpi.png")
        bd, ct = png_ihdr(p)
        check(bd == 4 and ct == 3, f"{t} clean: expected 4-bit palette PNG, got depth {bd} type {ct}")
        im = Image.open(p)
        check(im.size in ((2480, 3508), (3508, 2480)), f"{t} clean size {im.size}")
        check(round(im.info.get("dpi", (0, 0))[0]) == 300, f"{t} clean dpi")
        base[t] = np.asarray(im.convert("L"), dtype=np.float32)
    for e in man:
        t, d, p = e["text_type"], e["degradation"], os.path.join(ROOT, e["file"])
        B = base[t]
        H, W = B.shape
        s200 = (round(W * 200 / 300), round(H * 200 / 300))
        if d == "clean_300dpi":
            continue
        if d == "dpi150":
            bd, ct = png_ihdr(p)
            check(bd == 4 and ct == 3, f"{t} dpi150 not 4-bit palette")
            a = load_grey(p)
            check(a.shape == (H // 2, W // 2), f"{t} dpi150 shape {a.shape}")
            check(np.abs(a - down(B, (W // 2, H // 2))).mean() < 4, f"{t} dpi150 differs from clean")
        elif d == "fax":
            im = Image.open(p)
            check(im.mode == "1", f"{t} fax mode {im.mode}")
            a = np.asarray(im.convert("L")) < 128
            check(a.shape == (s200[1] - s200[1] % 2, s200[0]) or abs(a.shape[0] - s200[1]) <= 1,
                  f"{t} fax shape {a.shape}")
            check((a[0::2] == a[1::2]).mean() > 0.999, f"{t} fax: rows not doubled (no 200x100 look)")
            ref = down(B, (a.shape[1], a.shape[0])) < 160
            agree = (ref == a).mean()
            check(agree > 0.97, f"{t} fax agreement {agree:.3f}")
        elif d == "jpeg_q25":
            im = Image.open(p)
            check(im.format == "JPEG" and im.mode == "L", f"{t} jpeg format {im.format} {im.mode}")
            # q25 -> luminance quant table much coarser than q75
            q = im.quantization[0]
            check(max(q) >= 100 and q[0] >= 25, f"{t} jpeg quant table not ~q25 ({q[0]}, {max(q)})")
            a = np.asarray(im, dtype=np.float32)
            check(np.abs(a - down(B, s200)).mean() < 8, f"{t} jpeg differs from clean")
        elif d == "pdf_skew2":
            r = PdfReader(p)
            check(len(r.pages) == 1, f"{t} pdf pages")
            pg = r.pages[0]
            check((pg.extract_text() or "").strip() == "", f"{t} pdf has a text layer")
            imgs = pg.images
            check(len(imgs) == 1, f"{t} pdf image count {len(imgs)}")
            mb = pg.mediabox
            dims = sorted((round(float(mb.width)), round(float(mb.height))))
            check(dims == [595, 842], f"{t} pdf page not A4 {dims}")
            im = Image.open(io.BytesIO(imgs[0].data))
            check(sorted(im.size) == sorted(s200), f"{t} pdf image size {im.size} (200 dpi expected)")
            ang = skew_estimate(np.asarray(im.convert("L"), dtype=np.float32))
            check(1.4 <= abs(ang) <= 2.6, f"{t} pdf skew estimate {ang}")
        elif d == "phone_photo":
            im = Image.open(p)
            check(im.format == "JPEG" and im.mode == "RGB", f"{t} phone format")
            a = np.asarray(im, dtype=np.float32)
            corner = a[:40, :40].reshape(-1, 3).mean(0)
            centre = a[a.shape[0] // 2 - 50:a.shape[0] // 2 + 50, a.shape[1] // 2 - 50:a.shape[1] // 2 + 50]
            check(corner[0] > corner[2] + 20 and corner.mean() < 160, f"{t} phone: no desk background {corner}")
            check(centre.mean() > 150, f"{t} phone: page not in the centre")
            g = a.mean(2)
            hh, ww = g.shape
            paper = [np.percentile(g[int(hh * (0.1 + 0.2 * i)):int(hh * (0.3 + 0.2 * i)),
                                     int(ww * (0.1 + 0.2 * j)):int(ww * (0.3 + 0.2 * j))], 90)
                     for i in range(4) for j in range(4)]
            check(max(paper) - min(paper) > 12, f"{t} phone: light is even ({min(paper):.0f}-{max(paper):.0f})")
        elif d == "stamp":
            bd, ct = png_ihdr(p)
            check(bd == 4 and ct == 3, f"{t} stamp not 4-bit palette")
            a = np.asarray(Image.open(p).convert("RGB"), dtype=np.float32)
            sat = a.max(2) - a.min(2)
            check((sat > 60).sum() > 20000, f"{t} stamp: too few coloured pixels")
            diff = np.abs(a.mean(2) - B) > 60
            check(diff.mean() < 0.05, f"{t} stamp changes {diff.mean():.3f} of the page")
        elif d in ("sideways", "upside_down"):
            bd, ct = png_ihdr(p)
            check(bd == 4 and ct == 3, f"{t} {d} not 4-bit palette")
            a = load_grey(p)
            ref = down(B, s200)
            if d == "upside_down":
                check(a.shape == ref.shape, f"{t} upside_down shape")
                check(np.abs(np.rot90(a, 2) - ref).mean() < 3, f"{t} upside_down is not a 180 rotation")
            else:
                check(a.shape == ref.shape[::-1], f"{t} sideways shape {a.shape}")
                e1 = np.abs(np.rot90(a, -1) - ref).mean()  # file was rotated 90 ccw
                e2 = np.abs(np.rot90(a, 1) - ref).mean()   # file was rotated 90 cw
                check(min(e1, e2) < 3 and max(e1, e2) > 3 * min(e1, e2), f"{t} sideways not a 90 rotation")
    # table rule styles, measured on the clean page
    for t, style in TABLE_STYLE.items():
        mask = base[t] < 110
        H, W = mask.shape
        v = long_runs(mask, 0, int(30 / 25.4 * 300))  # vertical dark runs >= 30 mm
        hz = long_runs(mask, 1, int(100 / 25.4 * 300))  # horizontal dark runs >= 100 mm
        if style == "grid":
            check(v >= 6, f"{t}: expected a ruled grid, {v} long vertical rules")
        elif style == "hrules":
            check(v <= 4 and hz >= 20, f"{t}: expected horizontal rules only (v={v}, h={hz})")
        else:
            check(v <= 4 and hz <= 16, f"{t}: expected no table rules (v={v}, h={hz})")
    # shaded header on the realisasi report
    g = base["laporan_realisasi"]
    check(((g > 190) & (g < 220)).sum() > 200000, "laporan_realisasi: no shaded header")


def check_ocr(truths):
    if not shutil.which("tesseract"):
        print("tesseract not found: OCR sanity check skipped")
        return
    from rapidfuzz.distance import Levenshtein
    for t in TYPES:
        p = os.path.join(ROOT, f"pages/{t}/{t}__clean_300dpi.png")
        out = subprocess.run(["tesseract", p, "-", "-l", "ind", "--psm", "4"], capture_output=True,
                             text=True).stdout
        ocr_tok = out.split()
        tru = " ".join(truths[t]).split()
        # token recall (order-free) - the truth must really be on the page
        # order- and spacing-free: a truth token counts as found when it occurs in the OCR output
        # with all whitespace removed (Tesseract often drops the thin spaces inside NIPs / times)
        flat = "".join(ocr_tok)
        rec = sum(1 for w in tru if w in flat) / len(tru)
        cer = Levenshtein.distance(" ".join(ocr_tok), " ".join(tru)) / len(" ".join(tru))
        print(f"  tesseract sanity {t:24s} token recall {rec:.3f}  CER(whitespace-normalised) {cer:.3f}")
        check(rec > 0.9, f"{t}: tesseract finds only {rec:.2f} of the truth tokens on the clean page")


def main():
    man = check_manifest()
    truths, tables = check_truth()
    nips = check_codes(truths)
    check_arith(truths, tables)
    check_images(man, tables)
    if "--no-ocr" not in sys.argv:
        check_ocr(truths)
    size = 0
    for dp, dn, fn in os.walk(ROOT):
        check("__pycache__" not in dn, "__pycache__ present")
        size += sum(os.path.getsize(os.path.join(dp, f)) for f in fn)
    check(size < 15 * 1024 * 1024, f"total size {size / 1e6:.1f} MB")
    print(f"types {len(TYPES)}, pages {len(man)}, truth lines {sum(len(v) for v in truths.values())}, "
          f"tables {sum(len(v) for v in tables.values())} "
          f"(rows {sum(len(t) for v in tables.values() for t in v)}), NIPs {nips}, size {size / 1e6:.2f} MB")
    print(f"{NCHECK[0]} checks, {len(ERR)} failures")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
