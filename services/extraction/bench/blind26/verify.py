#!/usr/bin/env python3
"""Verify the ocr26 set: files, formats, degradations, truth consistency and arithmetic.

Independent of generate.py (imports nothing from it).  Exit code 0 = all checks passed.
    python verify.py            # full run, includes a Tesseract sanity check on the clean pages
    python verify.py --no-ocr   # skip the Tesseract check
"""
import calendar
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["surat_kuasa", "rekap_absensi", "kartu_kendali", "ba_pemeriksaan_kas", "kir_ruangan", "surat_pesanan",
         "sppd"]
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "jpg", "sideways": "png", "upside_down": "png"}
TABLE_TYPES = {"rekap_absensi": "grid", "kartu_kendali": "hrules", "ba_pemeriksaan_kas": "none",
               "kir_ruangan": "merged+shaded", "surat_pesanan": "grid+merged total rows"}
ERRORS = []
NCHECK = 0


def check(cond, msg):
    global NCHECK
    NCHECK += 1
    if not cond:
        ERRORS.append(msg)
    return cond


def rd(path):
    return open(os.path.join(ROOT, path), encoding="utf-8").read()


def num(s):
    return int(s.replace(".", ""))


# independent spelled-out numbers (group-wise)
ONES = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def spell3(n):
    h, t, o = n // 100, (n // 10) % 10, n % 10
    out = []
    if h == 1:
        out.append("seratus")
    elif h > 1:
        out += [ONES[h], "ratus"]
    if t == 1:
        out.append({0: "sepuluh", 1: "sebelas"}.get(o, ONES[o] + " belas"))
    else:
        if t > 1:
            out += [ONES[t], "puluh"]
        if o:
            out.append(ONES[o])
    return " ".join(out)


def spell(n):
    groups, names = [], ["", "ribu", "juta", "miliar"]
    i = 0
    while n:
        groups.append((n % 1000, names[i]))
        n //= 1000
        i += 1
    parts = []
    for g, nm in reversed(groups):
        if not g:
            continue
        if nm == "ribu" and g == 1:
            parts.append("seribu")
        else:
            parts.append((spell3(g) + " " + nm).strip())
    return " ".join(parts)


BULAN = {m: i for i, m in enumerate(["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                      "September", "Oktober", "November", "Desember"]) if m}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
         "XII": 12}
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def png_bitdepth(path):
    with open(path, "rb") as fh:
        head = fh.read(33)
    return head[24], head[25]   # bit depth, colour type


# ------------------------------------------------------------------------------------------
def check_manifest():
    man = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries, want 63")
    seen = set()
    for e in man:
        t, d = e["text_type"], e["degradation"]
        check(t in TYPES and d in DEGS, f"unknown type/degradation {t}/{d}")
        want = f"pages/{t}/{t}__{d}.{DEGS[d]}"
        check(e["file"] == want, f"bad file path {e['file']}")
        check(os.path.isfile(os.path.join(ROOT, e["file"])), f"missing {e['file']}")
        check(e["truth"] == f"truth/{t}.txt" and os.path.isfile(os.path.join(ROOT, e["truth"])), f"truth {t}")
        tj = f"truth/{t}.tables.json"
        if t in TABLE_TYPES:
            check(e.get("tables") == tj and os.path.isfile(os.path.join(ROOT, tj)), f"tables key {t}")
        else:
            check("tables" not in e and not os.path.exists(os.path.join(ROOT, tj)), f"unexpected tables {t}")
        check(set(e) <= {"file", "text_type", "degradation", "truth", "tables"}, f"extra keys {e}")
        seen.add((t, d))
    check(len(seen) == 63, "duplicate (type, degradation)")
    on_disk = set()
    for t in os.listdir(os.path.join(ROOT, "pages")):
        for f in os.listdir(os.path.join(ROOT, "pages", t)):
            on_disk.add(f"pages/{t}/{f}")
    check(on_disk == {e["file"] for e in man}, "files on disk != manifest")
    check(len(TABLE_TYPES) >= 4, "need >= 4 table types")
    return man


def deskew_angle(g):
    """angle (deg) that best straightens text lines, by projection-profile variance."""
    small = Image.fromarray(g).resize((g.shape[1] // 2, g.shape[0] // 2))
    inv = Image.fromarray(255 - np.asarray(small))
    best = None
    for a10 in range(-30, 31, 1):
        a = a10 / 10
        r = np.asarray(inv.rotate(a, resample=Image.BILINEAR), dtype=np.float32)
        v = r.sum(axis=1).var()
        if best is None or v > best[0]:
            best = (v, a)
    return best[1]


def check_images():
    from pypdf import PdfReader
    for t in TYPES:
        base = os.path.join(ROOT, "pages", t, t + "__")
        clean = Image.open(base + "clean_300dpi.png")
        check(clean.format == "PNG" and clean.mode == "P" and clean.size == (2480, 3508), f"{t} clean format")
        bd, ct = png_bitdepth(base + "clean_300dpi.png")
        check(bd == 4 and ct == 3, f"{t} clean not 4-bit palette ({bd},{ct})")
        pal = np.array(clean.getpalette()[:48]).reshape(-1, 3)
        check(bool((pal[:, 0] == pal[:, 1]).all() and (pal[:, 1] == pal[:, 2]).all()), f"{t} palette not grey")
        cl = np.asarray(clean.convert("L"))
        check(cl.min() < 30 and np.median(cl) > 240, f"{t} clean contrast")
        # dpi150
        im = Image.open(base + "dpi150.png")
        check(im.size == (1240, 1754) and png_bitdepth(base + "dpi150.png")[0] == 4, f"{t} dpi150 format")
        check(abs(im.info.get("dpi", (0, 0))[0] - 150) < 1, f"{t} dpi150 dpi tag")
        # fax
        im = Image.open(base + "fax.png")
        check(im.mode == "1" and im.size == (1653, 2338), f"{t} fax format {im.mode} {im.size}")
        fa = np.asarray(im.convert("L"))
        check(bool((fa[0::2] == fa[1::2]).all()), f"{t} fax rows not doubled (200x100 look)")
        blackfrac = (fa < 128).mean()
        check(0.02 < blackfrac < 0.25, f"{t} fax black fraction {blackfrac:.3f}")
        # jpeg q25
        im = Image.open(base + "jpeg_q25.jpg")
        check(im.format == "JPEG", f"{t} jpeg format")
        q0 = im.quantization[0][0]
        check(q0 == 32, f"{t} jpeg luminance q[0]={q0}, expected 32 for quality 25")
        # pdf
        rdr = PdfReader(base + "pdf_skew2.pdf")
        check(len(rdr.pages) == 1, f"{t} pdf pages")
        pg = rdr.pages[0]
        check(pg.extract_text().strip() == "", f"{t} pdf has a text layer")
        res = pg.get("/Resources", {})
        check("/Font" not in res, f"{t} pdf has fonts")
        imgs = list(pg.images)
        check(len(imgs) == 1, f"{t} pdf images {len(imgs)}")
        pim = Image.open(io.BytesIO(imgs[0].data)).convert("L")
        wpt = float(pg.mediabox.width)
        dpi = pim.size[0] / (wpt / 72)
        check(abs(dpi - 200) < 2, f"{t} pdf dpi {dpi:.1f}")
        ang = deskew_angle(np.asarray(pim))
        check(1.4 <= abs(ang) <= 2.6, f"{t} pdf skew {ang}")
        # phone
        im = Image.open(base + "phone_photo.jpg")
        check(im.format == "JPEG" and im.mode == "RGB", f"{t} phone format")
        a = np.asarray(im, dtype=np.float32)
        corners = np.concatenate([a[:60, :60].reshape(-1, 3), a[-60:, -60:].reshape(-1, 3)])
        check(corners.mean() < 160, f"{t} phone background not visible")
        centre = a[a.shape[0] // 2 - 200:a.shape[0] // 2 + 200, a.shape[1] // 2 - 200:a.shape[1] // 2 + 200]
        check(centre.mean() > 150, f"{t} phone page not visible")
        # stamp
        im = Image.open(base + "stamp.jpg")
        a = np.asarray(im.convert("RGB"), dtype=np.int32)
        blue = ((a[..., 2] - a[..., 0]) > 50).sum()
        check(im.mode == "RGB" and blue > 5000, f"{t} stamp colour pixels {blue}")
        # rotations: exact
        sw = Image.open(base + "sideways.png")
        check(sw.size == (3508, 2480), f"{t} sideways size")
        back = np.asarray(sw.convert("L").transpose(Image.ROTATE_270))
        check(bool((back == cl).all()), f"{t} sideways is not an exact 90 degree rotation of clean")
        ud = Image.open(base + "upside_down.png")
        back = np.asarray(ud.convert("L").transpose(Image.ROTATE_180))
        check(ud.size == (2480, 3508) and bool((back == cl).all()), f"{t} upside_down not exact 180 rotation")


# ------------------------------------------------------------------------------------------
def check_truth():
    stats = {}
    for t in TYPES:
        txt = rd(f"truth/{t}.txt")
        check(txt.endswith("\n") and not txt.endswith("\n\n"), f"{t} truth newline")
        lines = txt.rstrip("\n").split("\n")
        for i, ln in enumerate(lines):
            check(ln and ln == ln.strip() and "  " not in ln and "\t" not in ln, f"{t} line {i + 1} spacing: {ln!r}")
        check(lines[-1] in ("Halaman 1 dari 1",) or "Halaman 1 dari 1" in lines[-1] or "Hal. 1/1" in lines[-1],
              f"{t} last line should be the footer / page number")
        tables = []
        if t in TABLE_TYPES:
            tables = json.loads(rd(f"truth/{t}.tables.json"))
            check(isinstance(tables, list) and len(tables) >= 1, f"{t} tables list")
            for tb in tables:
                n = len(tb[0])
                check(all(len(r) == n for r in tb), f"{t} ragged table")
                check(all(isinstance(c, str) and c == c.strip() and "  " not in c for r in tb for c in r),
                      f"{t} cell strings")
                rowlines = [" ".join(c for c in r if c) for r in tb]
                # rows must be consecutive truth lines, in order
                idx = [i for i in range(len(lines)) if lines[i:i + len(rowlines)] == rowlines]
                check(len(idx) == 1, f"{t} table rows are not one consecutive block of truth lines")
        stats[t] = (len(lines), len(txt), len(tables), sum(len(tb) for tb in tables))
        arith(t, lines, tables)
        codes(t, txt)
    return stats


RX_LETTER = re.compile(r"\b(\d{3})/(\d{4})/([A-Z]+-([IVX]+))/([IVX]+)/(\d{4})\b")
RX_NIP = re.compile(r"\b(\d{8}) (\d{6}) ([12]) (\d{3})\b")
RX_REK = re.compile(r"\b5\.1\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b")
RX_BRG = re.compile(r"^1\.3\.2\.\d{2}\.\d{2}\.\d{2}\.\d{3}$")
SEEN = Counter()


def codes(t, txt):
    for m in RX_LETTER.finditer(txt):
        SEEN["letter"] += 1
        check(m.group(4) in ROMAN and m.group(5) in ROMAN and m.group(6) == "2026", f"{t} letter no {m.group(0)}")
    for m in RX_NIP.finditer(txt):
        SEEN["nip"] += 1
        b = m.group(1)
        try:
            bd = datetime.date(int(b[:4]), int(b[4:6]), int(b[6:]))
        except ValueError:
            check(False, f"{t} NIP birth date invalid {m.group(0)}")
            continue
        ty, tm = int(m.group(2)[:4]), int(m.group(2)[4:])
        check(1 <= tm <= 12 and bd.year + 18 <= ty <= 2026, f"{t} NIP TMT {m.group(0)}")
    for m in RX_REK.finditer(txt):
        SEEN["kode_rekening"] += 1
    for m in re.finditer(r"Rp ?[\d.]+", txt):
        SEEN["rupiah"] += 1
    # every NIP-looking 18-digit group must match the spaced pattern
    for m in re.finditer(r"NIP[ :]+([\d ]+)", txt):
        check(RX_NIP.fullmatch(m.group(1).strip()) is not None, f"{t} NIP shape {m.group(1)!r}")


def find(lines, prefix):
    hits = [ln for ln in lines if ln.startswith(prefix)]
    check(len(hits) == 1, f"line starting {prefix!r}: {len(hits)} hits")
    return hits[0] if hits else ""


def arith(t, lines, tables):
    if t == "rekap_absensi":
        tb = tables[0]
        check(tb[0] == ["No", "Nama", "NIP", "H", "S", "I", "C", "DL", "TK", "Jumlah", "% Hadir"], "rekap header")
        hk = sum(1 for d in range(1, 32) if datetime.date(2026, 10, d).weekday() < 5)
        check(f"Jumlah Hari Kerja : {hk} hari" in lines, "rekap hari kerja line")
        pcts = []
        for i, r in enumerate(tb[1:], 1):
            check(r[0] == str(i), "rekap numbering")
            v = [int(x) for x in r[3:9]]
            check(sum(v) == int(r[9]) == hk, f"rekap row {i} sum {sum(v)} != {r[9]}")
            pct = (Decimal(v[0] + v[4]) * 100 / hk).quantize(Decimal("0.1"), ROUND_HALF_UP)
            check(str(pct).replace(".", ",") == r[10], f"rekap row {i} pct {pct} vs {r[10]}")
            pcts.append(pct)
            check(RX_NIP.fullmatch(r[2]) is not None, "rekap NIP")
        avg = (sum(pcts) / len(pcts)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        check(f"Rata-rata persentase kehadiran pegawai: {str(avg).replace('.', ',')}%" in lines, "rekap average")
    elif t == "kartu_kendali":
        tb = tables[0]
        body = tb[1:]
        check(f"Jumlah surat keluar periode ini: {len(body)} surat" in lines, "kartu count")
        prev_seq, prev_d = 0, datetime.date(2026, 11, 1)
        for i, r in enumerate(body, 1):
            check(r[0] == str(i), "kartu numbering")
            d = datetime.datetime.strptime(r[1], "%d-%m-%Y").date()
            check(d.month == 11 and d.year == 2026 and d.weekday() < 5 and d >= prev_d, f"kartu date {r[1]}")
            m = RX_LETTER.fullmatch(r[2])
            check(m is not None, f"kartu letter shape {r[2]}")
            if m:
                check(ROMAN[m.group(5)] == d.month, f"kartu roman month {r[2]}")
                check(int(m.group(2)) > prev_seq, "kartu seq increasing")
                prev_seq = int(m.group(2))
            prev_d = d
        check(any(c == "" for r in body for c in r), "kartu should have empty cells")
    elif t == "ba_pemeriksaan_kas":
        tb = tables[0]
        tot = 0
        for r in tb[1:-1]:
            pec, cnt, val = num(r[0]), int(r[1].split()[0]), num(r[2])
            check(pec * cnt == val, f"kas {r}")
            tot += val
        check(tb[-1][0] == "Jumlah uang tunai" and num(tb[-1][2]) == tot, "kas total")
        vals = {}
        for k in "12345":
            ln = find(lines, f"{k}. ")
            vals[k] = num(ln.rsplit(" ", 1)[1])
        check(vals["2"] == tot, "kas B2 == A total")
        check(vals["4"] == vals["2"] + vals["3"], "kas B4 = B2 + B3")
        check(vals["5"] == vals["1"] - vals["4"], "kas selisih")
        d = datetime.date(2026, 11, 30)
        check(any(f"Pada hari ini {HARI[d.weekday()]} tanggal {spell(d.day)} bulan November" in ln for ln in lines),
              "kas weekday/date words")
    elif t == "kir_ruangan":
        tb = tables[0]
        check(len(tb[0]) == 11 and tb[0][7] == "Keadaan Barang" and tb[0][8] == tb[0][9] == "", "kir merged header")
        check(tb[1][7:10] == ["B", "KB", "RB"], "kir sub header")
        check(tb[2] == [str(i) for i in range(1, 12)], "kir numbering row")
        body, last = tb[3:-1], tb[-1]
        sq = sv = 0
        sk = [0, 0, 0]
        for i, r in enumerate(body, 1):
            check(r[0] == str(i), "kir numbering")
            check(RX_BRG.match(r[3]) is not None and len(r[3].split(".")) == 7, f"kir kode barang {r[3]}")
            q = int(r[5])
            kond = [int(x) if x else 0 for x in r[7:10]]
            check(sum(kond) == q, f"kir row {i} condition sum")
            sq += q
            sv += num(r[6])
            sk = [a + b for a, b in zip(sk, kond)]
            check(2000 <= int(r[4]) <= 2026, "kir year")
        check(last[0] == "Jumlah" and int(last[5]) == sq and num(last[6]) == sv, "kir totals")
        check([int(x) for x in last[7:10]] == sk, "kir condition totals")
    elif t == "surat_pesanan":
        tb = tables[0]
        sub = 0
        for r in tb[1:-3]:
            check(int(r[2]) * num(r[4]) == num(r[5]), f"sp row {r}")
            sub += num(r[5])
        j, p, tot = tb[-3], tb[-2], tb[-1]
        check(j[0] == "Jumlah" and num(j[5]) == sub, "sp subtotal")
        ppn = int((Decimal(sub) * Decimal("0.11")).quantize(Decimal(1), ROUND_HALF_UP))
        check(p[0] == "PPN 11%" and num(p[5]) == ppn, "sp ppn")
        check(tot[0] == "Total" and num(tot[5]) == sub + ppn, "sp total")
        terb = " ".join(lines[lines.index(" ".join(c for c in tot if c)) + 1:][:2])
        check(f"Terbilang: {spell(sub + ppn)} rupiah" in terb, "sp terbilang")
        check(any(RX_REK.search(ln) for ln in lines), "sp kode rekening")
    elif t == "sppd":
        d0 = d1 = None
        for ln in lines:
            m = re.search(r"b\. Tanggal berangkat : (\d+) (\w+) (\d{4})", ln)
            if m:
                d0 = datetime.date(int(m.group(3)), BULAN[m.group(2)], int(m.group(1)))
            m = re.search(r"c\. Tanggal harus kembali : (\d+) (\w+) (\d{4})", ln)
            if m:
                d1 = datetime.date(int(m.group(3)), BULAN[m.group(2)], int(m.group(1)))
        check(d0 is not None and d1 is not None, "sppd dates")
        if d0 and d1:
            n = (d1 - d0).days + 1
            check(any(f"a. Lamanya perjalanan dinas : {n} ({spell(n)}) hari" in ln for ln in lines), "sppd lama")
        check(any(RX_REK.search(ln) for ln in lines), "sppd akun")
    elif t == "surat_kuasa":
        txt = " ".join(lines)
        m = re.search(r"sebesar Rp ([\d.]+),00 \(([a-z ]+) rupiah\)", txt)
        check(m is not None and spell(num(m.group(1))) == m.group(2), "kuasa terbilang")
        check(RX_REK.search(txt) is not None, "kuasa kode rekening")


# ------------------------------------------------------------------------------------------
def ocr_sanity():
    """Tesseract on the clean pages: the truth must be close to what is really printed."""
    if not shutil.which("tesseract"):
        print("tesseract not found: OCR sanity skipped")
        return {}
    from rapidfuzz.distance import Levenshtein
    out = {}
    for t in TYPES:
        p = os.path.join(ROOT, "pages", t, t + "__clean_300dpi.png")
        r = subprocess.run(["tesseract", p, "-", "-l", "ind", "--psm", "4"], capture_output=True, text=True)
        hyp = " ".join(r.stdout.split())
        ref = " ".join(rd(f"truth/{t}.txt").split())
        cer = Levenshtein.distance(hyp, ref) / len(ref)
        hb, rb = Counter(hyp.split()), Counter(ref.split())
        recall = 1 - sum((rb - hb).values()) / sum(rb.values())
        out[t] = (cer, recall)
        # tables make tesseract's reading order differ from the truth order, so the CER bound is loose;
        # the word recall (order-free) is the real check that the truth is what is printed
        check(cer < 0.30, f"{t} tesseract CER on clean page {cer:.3f}: truth may not match the page")
        check(recall > 0.75, f"{t} tesseract word recall on clean page {recall:.3f}: truth may not match")
    return out


def main():
    check_manifest()
    check_images()
    stats = check_truth()
    check(SEEN["letter"] >= 5 and SEEN["nip"] >= 10 and SEEN["kode_rekening"] >= 3, f"code counts {SEEN}")
    cers = {} if "--no-ocr" in sys.argv else ocr_sanity()
    total = 0
    for dp, dn, fn in os.walk(ROOT):
        check("__pycache__" not in dp, "pycache left behind")
        total += sum(os.path.getsize(os.path.join(dp, f)) for f in fn)
    check(total < 15 * 1024 * 1024, f"set size {total} >= 15 MB")
    for t, (nl, nc, ntab, nrow) in stats.items():
        extra = (f"  tesseract clean: CER={cers[t][0]:.3f} word-recall={cers[t][1]:.3f}" if t in cers else "")
        print(f"{t:22s} lines={nl:3d} chars={nc:5d} tables={ntab} table_rows={nrow:3d}{extra}")
    print(f"codes seen in truth: {dict(SEEN)}; size {total / 1e6:.2f} MB; {NCHECK} checks")
    if ERRORS:
        print("FAILED:")
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
