#!/usr/bin/env python3
"""Verify the ocr30 set: files, formats, truth/table consistency, label arithmetic, OCR sanity.

Run:  python verify.py          (add --no-ocr to skip the Tesseract sanity check)
Exit code 0 = all checks passed.
"""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date

import numpy as np
from PIL import Image
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["sk_lampiran", "kwitansi", "rekap_absensi", "realisasi_fisik_keuangan", "musrenbang",
         "undangan", "bast_barang"]
TABLE_TYPES = {"sk_lampiran", "rekap_absensi", "realisasi_fisik_keuangan", "musrenbang", "bast_barang"}
DEGS = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
        "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}

FAILS = []
NCHECK = [0]


def check(cond, msg):
    NCHECK[0] += 1
    if not cond:
        FAILS.append(msg)
        print("FAIL:", msg)


def num(s):
    """'1.250.000' -> 1250000 ; '87,50' -> 87.5"""
    s = s.strip()
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    return int(s.replace(".", ""))


def fmt_pct(x):
    return f"{x:.2f}".replace(".", ",")


# independent Indonesian words -> number parser (the generator goes number -> words)
WORDS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def words_to_number(text):
    toks = text.lower().replace("rupiah", "").split()
    total, cur = 0, 0
    for t in toks:
        if t in WORDS:
            v = WORDS[t]
            if v == 100:
                cur += 100
            elif v == 1000:
                total += 1000
            else:
                cur += v
        elif t == "belas":
            cur += 10
        elif t == "puluh":
            # multiplies the last single digit
            last = cur % 10
            cur = cur - last + last * 10
        elif t == "ratus":
            last = cur % 10
            cur = cur - last + last * 100
        elif t == "ribu":
            total += cur * 1000
            cur = 0
        elif t == "juta":
            total += cur * 10 ** 6
            cur = 0
        elif t == "miliar":
            total += cur * 10 ** 9
            cur = 0
        else:
            raise ValueError(t)
    return total + cur


RE_KODREK = re.compile(r"\b\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}\b")
RE_KODBAR = re.compile(r"\b\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}\b")
RE_NOMOR = re.compile(r"\b\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}\b")
RE_NIP = re.compile(r"\b(\d{8}) (\d{6}) ([12]) (\d{3})\b")


def png_bitdepth(path):
    with open(path, "rb") as fh:
        head = fh.read(33)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return head[24], head[25]  # bit depth, colour type


def main(do_ocr=True):
    man = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    check(isinstance(man, list) and len(man) == 63, f"manifest has {len(man)} entries, want 63")
    seen = set()
    for e in man:
        t, d = e["text_type"], e["degradation"]
        seen.add((t, d))
        want = {"file", "text_type", "degradation", "truth"} | ({"tables"} if t in TABLE_TYPES else set())
        check(set(e) == want, f"manifest keys {sorted(e)} for {t}/{d}")
        check(e["file"] == f"pages/{t}/{t}__{d}.{DEGS[d]}", f"file path {e['file']}")
        check(os.path.isfile(os.path.join(ROOT, e["file"])), f"missing {e['file']}")
        check(e["truth"] == f"truth/{t}.txt" and os.path.isfile(os.path.join(ROOT, e["truth"])), f"truth {t}")
        if "tables" in e:
            check(e["tables"] == f"truth/{t}.tables.json" and os.path.isfile(os.path.join(ROOT, e["tables"])),
                  f"tables {t}")
    check(seen == {(t, d) for t in TYPES for d in DEGS}, "manifest covers 7 types x 9 degradations")
    check(len(TABLE_TYPES) >= 4, "at least 4 types with tables")

    truth = {}
    tables = {}
    for t in TYPES:
        txt = open(os.path.join(ROOT, "truth", f"{t}.txt"), encoding="utf-8").read()
        check(txt.endswith("\n") and not txt.endswith("\n\n"), f"{t}: truth ends with one newline")
        lines = txt[:-1].split("\n")
        for ln in lines:
            check(ln and ln == ln.strip() and "  " not in ln, f"{t}: bad truth line {ln!r}")
        truth[t] = lines
        tp = os.path.join(ROOT, "truth", f"{t}.tables.json")
        check(os.path.isfile(tp) == (t in TABLE_TYPES), f"{t}: tables file presence")
        if os.path.isfile(tp):
            tb = json.load(open(tp, encoding="utf-8"))
            tables[t] = tb
            check(isinstance(tb, list) and len(tb) >= 1, f"{t}: tables list")
            for tab in tb:
                nc = len(tab[0])
                check(all(len(r) == nc for r in tab), f"{t}: table not rectangular")
                check(all(isinstance(c, str) and c == c.strip() and "  " not in c for r in tab for c in r),
                      f"{t}: bad cell strings")
                # every row = one truth line (non-empty cells joined by one space), in order
                pos = 0
                for r in tab:
                    joined = " ".join(c for c in r if c)
                    try:
                        pos = lines.index(joined, pos) + 1
                    except ValueError:
                        check(False, f"{t}: table row not a truth line in order: {joined!r}")
        # codes that matter
        full = "\n".join(lines)
        for m in RE_NIP.finditer(full):
            y, mo, dd = int(m.group(1)[:4]), int(m.group(1)[4:6]), int(m.group(1)[6:])
            try:
                date(y, mo, dd)
                ok = 1940 < y < 2005
            except ValueError:
                ok = False
            tmt_y, tmt_m = int(m.group(2)[:4]), int(m.group(2)[4:])
            check(ok and 1 <= tmt_m <= 12 and tmt_y >= y + 18, f"{t}: implausible NIP {m.group(0)}")

    # ------------------------------------------------ label arithmetic, recomputed from the truth files
    # SK lampiran: honor column sum
    tab = tables["sk_lampiran"][0]
    body = [r for r in tab[1:] if r[0]]
    tot = [r for r in tab if r[1] == "Jumlah"][0]
    check(sum(num(r[4]) for r in body) == num(tot[4]), "sk: honor total")
    check(all(RE_NIP.search(r[1]) for r in body), "sk: each member has a NIP")
    full = "\n".join(truth["sk_lampiran"])
    check(f"Rp {tot[4]},- per bulan" in full.replace("\n", " "), "sk: total repeated in the text")
    check(RE_KODREK.search(full) and RE_NOMOR.search(full), "sk: kode rekening and nomor present")

    # kwitansi: tax arithmetic and terbilang
    kw = {}
    for ln in truth["kwitansi"]:
        for k in ["Jumlah bruto", "DPP (100/111)", "PPN 11%", "PPh Pasal 22 (1,5%)", "Jumlah diterima"]:
            m = re.search(re.escape(k) + r" Rp ([\d.]+)", ln)
            if m:
                kw[k] = num(m.group(1))
    check(len(kw) == 5, f"kwitansi: found {len(kw)} amounts")
    g = kw["Jumlah bruto"]
    check(kw["DPP (100/111)"] == round(g * 100 / 111), "kwitansi: DPP")
    check(kw["PPN 11%"] == round(kw["DPP (100/111)"] * 0.11), "kwitansi: PPN")
    check(kw["PPh Pasal 22 (1,5%)"] == round(kw["DPP (100/111)"] * 0.015), "kwitansi: PPh22")
    check(kw["Jumlah diterima"] == g - kw["PPN 11%"] - kw["PPh Pasal 22 (1,5%)"], "kwitansi: net")
    full = "\n".join(truth["kwitansi"])
    m = re.search(r"Banyaknya uang : (.+ rupiah)", full)
    check(m and words_to_number(m.group(1)) == g, "kwitansi: terbilang = bruto")
    check(f"Terbilang Rp {g:,},-".replace(",", ".").replace(".-", ",-") in full, "kwitansi: amount box")
    check(f"PPN Rp {kw['PPN 11%']:,}".replace(",", ".") in full, "kwitansi: PPN repeated in the notes")
    check(RE_KODREK.search(full) and len(RE_NOMOR.findall(full)) == 2, "kwitansi: codes present")

    # rekap absensi
    full = "\n".join(truth["rekap_absensi"])
    hk = int(re.search(r"\((\d+) hari kerja\)", full).group(1))
    tab = tables["rekap_absensi"][0]
    hdr = tab[0]
    ix = {h: i for i, h in enumerate(hdr)}
    body = tab[1:-1]
    for r in body:
        v = [int(r[ix[k]]) for k in ["H", "S", "I", "C", "DL", "TK"]]
        check(sum(v) == hk, f"absensi: days of {r[1]} = {sum(v)}")
        check(r[ix["% Hadir"]] == fmt_pct((v[0] + v[4]) / hk * 100), f"absensi: % of {r[1]}")
        check(RE_NIP.fullmatch(r[ix["NIP"]]) is not None, f"absensi: NIP {r[ix['NIP']]}")
    last = tab[-1]
    for k in ["H", "S", "I", "C", "DL", "TK", "TL/PC (menit)"]:
        check(sum(int(r[ix[k]]) for r in body) == int(last[ix[k]]), f"absensi: total {k}")
    check(last[ix["% Hadir"]] == fmt_pct(sum(int(r[ix["H"]]) + int(r[ix["DL"]]) for r in body) / (hk * len(body)) * 100),
          "absensi: average %")

    # realisasi
    tab = tables["realisasi_fisik_keuangan"][0]
    check(tab[0][4] == "Realisasi" and tab[0][5] == "" and tab[0][6] == "", "realisasi: merged header in first cell")
    body = [r for r in tab[3:] if r[0]]
    tot = tab[-1]
    P = R = 0
    WF = 0.0
    for r in body:
        pg, re_, fi = num(r[3]), num(r[4]), num(r[6])
        check(RE_KODREK.fullmatch(r[1]) is not None, f"realisasi: kode {r[1]}")
        check(num(r[7]) == pg - re_, f"realisasi: sisa row {r[0]}")
        check(r[5] == fmt_pct(re_ / pg * 100), f"realisasi: keu % row {r[0]}")
        P, R, WF = P + pg, R + re_, WF + pg * fi
    check(tot[2] == "JUMLAH" and num(tot[3]) == P and num(tot[4]) == R and num(tot[7]) == P - R, "realisasi: totals")
    check(tot[5] == fmt_pct(R / P * 100) and tot[6] == fmt_pct(WF / P), "realisasi: total percentages")

    # musrenbang
    tab = tables["musrenbang"][0]
    body = [r for r in tab[1:] if r[0]]
    tot = tab[-1]
    check(sum(num(r[4]) for r in body) == num(tot[4]), "musrenbang: total")
    full = " ".join(truth["musrenbang"])
    check(f"sebanyak {len(body)} kegiatan" in full and f"Rp {tot[4]}." in full, "musrenbang: sentence")
    check(sorted(int(r[6]) for r in body) == list(range(1, len(body) + 1)), "musrenbang: priorities 1..n")
    check(RE_NOMOR.search(full) is not None, "musrenbang: berita acara nomor")

    # bast
    tab = tables["bast_barang"][0]
    body = [r for r in tab[1:] if r[0]]
    tot = tab[-1]
    for r in body:
        check(RE_KODBAR.fullmatch(r[1]) is not None, f"bast: kode barang {r[1]}")
        check(int(r[4]) * num(r[6]) == num(r[7]), f"bast: row {r[0]}")
    check(sum(num(r[7]) for r in body) == num(tot[7]), "bast: total")
    full = " ".join(truth["bast_barang"])
    m = re.search(r"Terbilang: (.+?) rupiah\.", full)
    check(m and words_to_number(m.group(1)) == num(tot[7]), "bast: terbilang")
    check(len(RE_NOMOR.findall(full)) == 2 and RE_KODREK.search(full), "bast: codes")

    # undangan
    full = "\n".join(truth["undangan"])
    check(RE_NOMOR.search(full) and RE_NIP.search(full), "undangan: nomor and NIP")

    # ------------------------------------------------ formats of the page files
    clean = {}
    for t in TYPES:
        base = os.path.join(ROOT, "pages", t, f"{t}__")
        p = base + "clean_300dpi.png"
        im = Image.open(p)
        check(im.size == (2480, 3508) and im.mode == "P" and png_bitdepth(p) == (4, 3), f"{t}: clean format")
        ca = np.asarray(im.convert("L"))
        clean[t] = ca
        check((ca < 128).mean() > 0.01, f"{t}: clean page has ink")
        p = base + "dpi150.png"
        im = Image.open(p)
        check(im.size == (1240, 1754) and png_bitdepth(p) == (4, 3), f"{t}: dpi150 format")
        im = Image.open(base + "fax.png")
        check(im.mode == "1" and im.size == (1654, 2338), f"{t}: fax 1-bit")
        fa = np.asarray(im)
        check(np.array_equal(fa[0::2], fa[1::2]), f"{t}: fax rows doubled (100 dpi vertical)")
        im = Image.open(base + "jpeg_q25.jpg")
        q = im.quantization[0]
        check(im.format == "JPEG" and q[0] == 32, f"{t}: jpeg quality 25 (q0={q[0]})")
        rd = PdfReader(base + "pdf_skew2.pdf")
        check(len(rd.pages) == 1, f"{t}: pdf one page")
        pg = rd.pages[0]
        check((pg.extract_text() or "").strip() == "", f"{t}: pdf has no text layer")
        imgs = list(pg.images)
        check(len(imgs) == 1, f"{t}: pdf has one image")
        pim = imgs[0].image
        wpt = float(pg.mediabox.width)
        check(abs(pim.size[0] / (wpt / 72) - 200) < 1, f"{t}: pdf image is 200 dpi")
        im = Image.open(base + "phone_photo.jpg")
        check(im.mode == "RGB" and im.size == (2250, 3000), f"{t}: phone photo")
        im = Image.open(base + "stamp.png").convert("RGB")
        sa = np.asarray(im).astype(int)
        colourful = ((sa.max(-1) - sa.min(-1)) > 40).mean()
        check(im.size == (2480, 3508) and colourful > 0.001, f"{t}: stamp has colour ({colourful:.4f})")
        grey = sa.mean(-1)
        diff = np.abs(grey - ca)[: , :]
        check((diff > 60).mean() < 0.03, f"{t}: stamp page otherwise equals clean")
        sw = np.asarray(Image.open(base + "sideways.png").convert("L"))
        check(np.array_equal(sw, np.rot90(ca, 1)) or np.array_equal(sw, np.rot90(ca, -1)),
              f"{t}: sideways = clean rotated exactly 90")
        ud = np.asarray(Image.open(base + "upside_down.png").convert("L"))
        check(np.array_equal(ud, np.rot90(ca, 2)), f"{t}: upside_down = clean rotated 180")

    # ------------------------------------------------ OCR sanity: the truth is what is on the clean page
    if do_ocr:
        for t in TYPES:
            with tempfile.TemporaryDirectory() as td:
                p = os.path.join(ROOT, "pages", t, f"{t}__clean_300dpi.png")
                out = subprocess.run(["tesseract", p, "stdout", "-l", "ind", "--psm", "4"],
                                     capture_output=True, text=True).stdout
            norm = lambda ws: [x for x in (re.sub(r"[^0-9A-Za-z]", "", w) for w in ws) if x]
            ot = norm(out.split())
            tt = norm(" ".join(truth[t]).split())
            from collections import Counter
            co, ct = Counter(ot), Counter(tt)
            recall = sum(min(co[w], n) for w, n in ct.items()) / sum(ct.values())
            extra = sum(max(0, co[w] - ct.get(w, 0)) for w in co) / max(1, sum(co.values()))
            print(f"  OCR sanity {t}: word recall {recall:.3f}, extra words {extra:.3f}")
            check(recall > 0.80 and extra < 0.20, f"{t}: clean page OCR disagrees with truth "
                  f"(recall {recall:.3f}, extra {extra:.3f})")

    # ------------------------------------------------ housekeeping
    total = 0
    for dp, dn, fn in os.walk(ROOT):
        check("__pycache__" not in dp, f"__pycache__ at {dp}")
        total += sum(os.path.getsize(os.path.join(dp, f)) for f in fn)
    check(total < 15 * 1024 * 1024, f"size {total / 1e6:.1f} MB")
    print(f"size {total / 1024 / 1024:.2f} MiB; {NCHECK[0]} checks, {len(FAILS)} failed")
    return 0 if not FAILS else 1


if __name__ == "__main__":
    sys.exit(main(do_ocr="--no-ocr" not in sys.argv))
