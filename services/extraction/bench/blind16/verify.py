#!/usr/bin/env python3
"""Independent checks of the ocr16 set.  Exit code 0 = all checks passed.
    python verify.py            (add --ocr for the slow tesseract sanity pass on the clean pages)"""
import collections
import datetime
import io
import json
import os
import re
import struct
import subprocess
import sys

sys.dont_write_bytecode = True
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print("FAIL:", msg)


def num(s):
    return int(s.replace(".", ""))


# independent terbilang (different construction from generate's)
UNITS = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def words3(n):
    out = []
    h, r = divmod(n, 100)
    if h == 1:
        out.append("seratus")
    elif h > 1:
        out += [UNITS[h], "ratus"]
    if r == 10:
        out.append("sepuluh")
    elif r == 11:
        out.append("sebelas")
    elif 12 <= r <= 19:
        out += [UNITS[r - 10], "belas"]
    elif r >= 20:
        out += [UNITS[r // 10], "puluh"] + ([UNITS[r % 10]] if r % 10 else [])
    elif r > 0:
        out.append(UNITS[r])
    return out


def spell(n):
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    names = ["", "ribu", "juta", "miliar"]
    out = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if not g:
            continue
        if i == 1 and g == 1:
            out.append("seribu")
        else:
            out += words3(g) + ([names[i]] if names[i] else [])
    return " ".join(out)


def png_bitdepth(path):
    with open(path, "rb") as fh:
        head = fh.read(33)
    return head[24], head[25]  # bit depth, colour type


def main(run_ocr=True):
    man = json.load(open(os.path.join(HERE, "manifest.json")))
    check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
    types = sorted({m["text_type"] for m in man})
    degs = sorted({m["degradation"] for m in man})
    check(len(types) == 7 and len(degs) == 9, f"{len(types)} types x {len(degs)} degradations")
    check(len({(m["text_type"], m["degradation"]) for m in man}) == 63, "duplicate (type, degradation)")
    table_types = sorted({m["text_type"] for m in man if "tables" in m})
    check(len(table_types) >= 4, "fewer than 4 table types")
    truths, tables = {}, {}
    for m in man:
        t, d = m["text_type"], m["degradation"]
        check(m["file"] == f"pages/{t}/{t}__{d}.{m['file'].rsplit('.', 1)[1]}", "bad file name " + m["file"])
        check(os.path.exists(os.path.join(HERE, m["file"])), "missing " + m["file"])
        check(m["truth"] == f"truth/{t}.txt", "truth path " + m["truth"])
        if t not in truths:
            truths[t] = open(os.path.join(HERE, m["truth"]), encoding="utf-8").read().split("\n")
            check(truths[t][-1] == "", t + " truth must end with newline")
            truths[t] = truths[t][:-1]
        if "tables" in m and t not in tables:
            tables[t] = json.load(open(os.path.join(HERE, m["tables"]), encoding="utf-8"))

    # ---------------------------------------------------------- truth format
    for t, lines in truths.items():
        for i, ln in enumerate(lines):
            check(ln and ln == ln.strip() and "  " not in ln, f"{t} line {i + 1} whitespace: {ln!r}")
    for t, tabs in tables.items():
        lines = truths[t]
        for k, tab in enumerate(tabs):
            ncol = len(tab[0])
            check(all(len(r) == ncol for r in tab), f"{t} table {k} not rectangular")
            rowlines = [" ".join(c for c in r if c) for r in tab]
            rowlines = [r for r in rowlines if r]
            # rows must appear as consecutive truth lines, in order
            pos = [i for i in range(len(lines)) if lines[i] == rowlines[0]]
            ok = any(lines[p:p + len(rowlines)] == rowlines for p in pos)
            check(ok, f"{t} table {k}: rows are not consecutive truth lines")
            for r in tab:
                for c in r:
                    check(c == c.strip() and "  " not in c and "\n" not in c, f"{t} cell {c!r}")

    alltext = {t: "\n".join(v) for t, v in truths.items()}
    joined = "\n".join(alltext.values())
    for must in ["5.1.02.01.01.0024", "1.3.2.05.01.04.002", "800/1432/BKPSDM-III/X/2026", "19780312 200501 1 004"]:
        check(must in joined, "required code missing: " + must)

    # ---------------------------------------------------------- arithmetic
    if "bast_barang" in tables:
        tab = tables["bast_barang"][0]
        tot = 0
        for r in tab[1:-1]:
            check(int(r[4]) * num(r[6]) == num(r[7]), f"BAST row {r[0]} qty x price")
            check(re.fullmatch(r"1\.3\.2\.\d\d\.\d\d\.\d\d\.\d{3}", r[1]) is not None, "kode barang " + r[1])
            tot += num(r[7])
        check(tot == num(tab[-1][7]), "BAST total")
        check(f"Rp {tab[-1][7]},-" in alltext["bast_barang"].replace("\n", " "), "BAST total in text")
    if "rekap_tpp" in tables:
        tab = tables["rekap_tpp"][0]
        sums = [0] * 7
        for r in tab[1:-1]:
            v = [num(x) for x in r[3:]]
            bk, pk, kotor, pph, bpjs, pot, bersih = v
            gol = r[2]
            rate = 15 if gol.startswith("IV") else 5 if gol.startswith("III") else 0
            check(kotor == bk + pk and pph == kotor * rate // 100 and bpjs == kotor * 4 // 100 and pot == pph + bpjs
                  and bersih == kotor - pot, f"rekap row {r[0]}")
            sums = [a + b for a, b in zip(sums, v)]
        check(sums == [num(x) for x in tab[-1][3:]], "rekap totals")
        check(("Terbilang: " + spell(sums[-1]).capitalize() + " rupiah") in alltext["rekap_tpp"], "rekap terbilang")
    if "laporan_persediaan" in tables:
        tab = tables["laporan_persediaan"][0]
        tot = 0
        n = 0
        for r in tab[2:-1]:
            if not r[1]:
                check(r[0][:2] in ("A.", "B.", "C.") and not any(r[1:]), "group row " + str(r))
                continue
            n += 1
            a, i, o, e = (int(x) for x in r[4:8])
            check(a + i - o == e, f"persediaan row {r[0]} stock")
            check(e * num(r[8]) == num(r[9]), f"persediaan row {r[0]} value")
            tot += num(r[9])
        check(tot == num(tab[-1][9]) and n == 9, "persediaan total")
        check(tab[0][5] == "Mutasi" and tab[0][6] == "" and tab[1][5:7] == ["Masuk", "Keluar"], "merged header truth")
    kt = alltext.get("kuitansi", "")
    if kt:
        amt = {k: num(v) for k, v in re.findall(r"^(Jumlah bruto|PPN 11/111|PPh Pasal 22 \(1,5% x DPP\)|Jumlah diterima) Rp ([\d.]+)$", kt, re.M)}
        b = amt["Jumlah bruto"]
        check(amt["PPN 11/111"] == round(b * 11 / 111), "kuitansi PPN")
        check(amt["PPh Pasal 22 (1,5% x DPP)"] == round((b - amt["PPN 11/111"]) * 0.015), "kuitansi PPh")
        check(amt["Jumlah diterima"] == b - amt["PPN 11/111"] - amt["PPh Pasal 22 (1,5% x DPP)"], "kuitansi neto")
        check(f"Terbilang Rp {rp(b)},-" in kt, "kuitansi terbilang box")
        check((spell(b).capitalize() + " rupiah") in kt, "kuitansi amount in words")
    pk = alltext.get("perjanjian_kerja", "")
    if pk:
        start = datetime.date(2026, 10, 12)
        end = start + datetime.timedelta(days=90 - 1)
        check(f"sampai dengan tanggal {end.day} Januari {end.year}" in pk, "contract end date")
        check("Pada hari ini Senin" in pk and start.weekday() == 0, "contract weekday")
        flat = " ".join(pk.split("\n"))
        check(f"Rp 187.450.000,- ({spell(187450000)} rupiah)" in flat, "contract value words")

    # ---------------------------------------------------------- files
    for t in types:
        clean = Image.open(os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png"))
        check(clean.size == (2480, 3508) and clean.mode == "P", f"{t} clean size/mode")
        check(png_bitdepth(os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png")) == (4, 3), f"{t} clean not 4-bit palette")
        cl = np.asarray(clean.convert("L"))
        meta = json.load(open(os.path.join(HERE, f"meta/{t}.json")))
        # every truth line has ink inside its recorded box(es)
        check(len(meta["line_boxes_300dpi"]) == len(truths[t]), f"{t} box count {len(meta['line_boxes_300dpi'])} != lines {len(truths[t])}")
        for i, boxes in enumerate(meta["line_boxes_300dpi"]):
            for (x0, y0, x1, y1) in boxes:
                sub = cl[max(0, y0):y1 + 1, max(0, x0):x1 + 1]
                check(sub.size and (sub < 128).sum() > 20, f"{t} line {i + 1} box has no ink")
        d150 = Image.open(os.path.join(HERE, f"pages/{t}/{t}__dpi150.png"))
        check(d150.size == (1240, 1754) and png_bitdepth(os.path.join(HERE, f"pages/{t}/{t}__dpi150.png"))[0] == 4, f"{t} dpi150")
        fx = Image.open(os.path.join(HERE, f"pages/{t}/{t}__fax.png"))
        check(fx.mode == "1", f"{t} fax not 1-bit")
        fa = np.asarray(fx.convert("L"))
        check((fa[0::2] == fa[1::2]).all(), f"{t} fax lines not doubled (100 lpi look)")
        jp = Image.open(os.path.join(HERE, f"pages/{t}/{t}__jpeg_q25.jpg"))
        check(jp.format == "JPEG", f"{t} jpeg")
        from pypdf import PdfReader
        rd = PdfReader(os.path.join(HERE, f"pages/{t}/{t}__pdf_skew2.pdf"))
        check(len(rd.pages) == 1 and rd.pages[0].extract_text().strip() == "", f"{t} pdf has a text layer")
        imgs = list(rd.pages[0].images)
        check(len(imgs) == 1 and imgs[0].image.size == (1653, 2339), f"{t} pdf image (200 dpi)")
        ph = Image.open(os.path.join(HERE, f"pages/{t}/{t}__phone_photo.jpg"))
        check(ph.format == "JPEG" and ph.mode == "RGB", f"{t} phone")
        st = np.asarray(Image.open(os.path.join(HERE, f"pages/{t}/{t}__stamp.png")).convert("RGB")).astype(int)
        coloured = ((st[..., 2] - st[..., 0]) > 50).sum()
        check(coloured > 2000, f"{t} stamp: no coloured ink ({coloured})")
        sw = Image.open(os.path.join(HERE, f"pages/{t}/{t}__sideways.png"))
        sa = np.asarray(sw.convert("L"))
        check(sw.size == (3508, 2480) and (np.array_equal(np.rot90(sa, -1), cl) or np.array_equal(np.rot90(sa, 1), cl)),
              f"{t} sideways is not the clean page rotated by exactly 90")
        ud = np.asarray(Image.open(os.path.join(HERE, f"pages/{t}/{t}__upside_down.png")).convert("L"))
        check(np.array_equal(ud[::-1, ::-1], cl), f"{t} upside_down is not the clean page rotated 180")

    # ---------------------------------------------------------- OCR sanity (truth really drawn)
    if run_ocr:
        for t in types:
            try:
                out = subprocess.run(["tesseract", os.path.join(HERE, f"pages/{t}/{t}__clean_300dpi.png"), "stdout",
                                      "-l", "ind+eng"], capture_output=True, text=True, timeout=1200,
                                     env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
            except (OSError, subprocess.TimeoutExpired) as e:
                print("tesseract not usable, OCR sanity skipped:", e)
                break
            tw = collections.Counter(" ".join(truths[t]).split())
            ow = collections.Counter(out.split())
            hit = sum(min(c, ow[w]) for w, c in tw.items())
            rec = hit / sum(tw.values())
            print(f"  OCR sanity {t}: word recall of clean page {rec:.3f}")
            check(rec > 0.85, f"{t}: tesseract finds only {rec:.2f} of the truth words on the clean page")

    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    print(f"size of set: {total / 1e6:.2f} MB")
    check(total < 15 * 1024 * 1024, "set larger than 15 MB")
    check(not os.path.exists(os.path.join(HERE, "__pycache__")), "__pycache__ left behind")
    print("verify:", "PASS" if not FAIL else f"{len(FAIL)} FAILURES")
    return 0 if not FAIL else 1


def rp(n):
    return f"{n:,}".replace(",", ".")


if __name__ == "__main__":
    sys.exit(main(run_ocr="--ocr" in sys.argv))
