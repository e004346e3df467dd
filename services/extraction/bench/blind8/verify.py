"""Verify the ocr8 set: files, formats, truth <-> pixels, tables, codes, arithmetic."""
import sys
sys.dont_write_bytecode = True
import json  # noqa: E402
import os
import re
import sys

import numpy as np
from PIL import Image
import pypdf

import docs
from generate import DEGS, EXT, save_grey4  # noqa: F401  (save_grey4 reused only for quantisation rule)

OUT = os.path.dirname(os.path.abspath(__file__))
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def q4(img):
    a = np.asarray(img.convert("L"), dtype=np.int32)
    return (((a + 8) // 17).clip(0, 15) * 17).astype(np.uint8)


def load_grey(path):
    return np.asarray(Image.open(path).convert("L"))


# --- independent terbilang (groups of three digits) -----------------------------------
D = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def tb3(n):
    r, out = n // 100, []
    if r == 1:
        out.append("seratus")
    elif r > 1:
        out += [D[r], "ratus"]
    n %= 100
    if n == 10:
        out.append("sepuluh")
    elif n == 11:
        out.append("sebelas")
    elif 12 <= n <= 19:
        out += [D[n - 10], "belas"]
    elif n >= 20:
        out += [D[n // 10], "puluh"] + ([D[n % 10]] if n % 10 else [])
    elif n > 0:
        out.append(D[n])
    return out


def terbilang2(n):
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    names = ["", "ribu", "juta", "miliar"]
    words = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if not g:
            continue
        if i == 1 and g == 1:
            words.append("seribu")
        else:
            words += tb3(g) + ([names[i]] if names[i] else [])
    return " ".join(words)


def num(s):
    return int(s.replace(".", ""))


def main():
    man = json.load(open(os.path.join(OUT, "manifest.json"), encoding="utf-8"))
    check(len(man) == 63, f"manifest has {len(man)} entries")
    types = list(docs.BUILDERS)
    seen = {(e["text_type"], e["degradation"]) for e in man}
    check(seen == {(t, d) for t in types for d in DEGS}, "manifest type x degradation grid incomplete")
    n_tab = 0
    for t in types:
        page, anchor = docs.BUILDERS[t]()
        truth = open(os.path.join(OUT, "truth", t + ".txt"), encoding="utf-8").read().split("\n")
        check(truth[-1] == "", f"{t}: truth must end with newline")
        truth = truth[:-1]
        check(truth == page.lines, f"{t}: truth differs from re-rendered layout")
        for ln in truth:
            check(ln and ln == ln.strip() and "  " not in ln, f"{t}: bad truth line {ln!r}")
        tp = os.path.join(OUT, "truth", t + ".tables.json")
        has_tab = os.path.exists(tp)
        if has_tab:
            n_tab += 1
            tabs = json.load(open(tp, encoding="utf-8"))
            check(tabs == page.tables, f"{t}: tables differ from layout")
            pos = 0
            for tab in tabs:
                for row in tab:
                    check(len(row) == len(tab[0]), f"{t}: ragged row {row}")
                    j = " ".join(c for c in row if c)
                    # table rows appear as truth lines, in order
                    try:
                        pos = truth.index(j, pos) + 1
                    except ValueError:
                        check(False, f"{t}: table row not a truth line: {j}")
        entries = [e for e in man if e["text_type"] == t]
        for e in entries:
            check(e["truth"] == f"truth/{t}.txt", f"{t}: truth path")
            check(("tables" in e) == has_tab, f"{t}: tables key mismatch")
            check(e["file"] == f"pages/{t}/{t}__{e['degradation']}.{EXT[e['degradation']]}", f"bad file name {e['file']}")
            check(os.path.exists(os.path.join(OUT, e["file"])), f"missing {e['file']}")
        # ---- pixel checks -----------------------------------------------------------
        P = lambda d: os.path.join(OUT, "pages", t, f"{t}__{d}.{EXT[d]}")
        clean = load_grey(P("clean_300dpi"))
        check(clean.shape == (3508, 2480), f"{t}: clean size {clean.shape}")
        check(np.array_equal(clean, q4(page.img)), f"{t}: clean png != re-rendered page")
        im = Image.open(P("clean_300dpi"))
        check(im.mode == "P" and len(im.getcolors()) <= 16, f"{t}: clean not 4-bit palette")
        check(np.array_equal(load_grey(P("sideways")), np.rot90(clean, 1)), f"{t}: sideways not exact 90")
        check(np.array_equal(load_grey(P("upside_down")), np.rot90(clean, 2)), f"{t}: upside_down not exact 180")
        d150 = Image.open(P("dpi150"))
        check(d150.size == (1240, 1754) and round(d150.info["dpi"][0]) == 150, f"{t}: dpi150 size/dpi")
        fax = Image.open(P("fax"))
        check(fax.mode == "1" and fax.size == (1654, 2339), f"{t}: fax mode/size {fax.mode} {fax.size}")
        fa = np.asarray(fax.convert("L"))
        # 100 dpi vertical look: rows come in identical pairs (before streaks/specks) -> most pairs equal
        same = np.mean(fa[0:2338:2] == fa[1:2339:2])
        other = np.mean(fa[1:2338:2] == fa[2:2339:2])
        check(same > 0.998 and same > other, f"{t}: fax rows not paired ({same:.4f} vs {other:.4f})")
        jp = Image.open(P("jpeg_q25"))
        check(jp.format == "JPEG" and jp.size == (1654, 2339), f"{t}: jpeg format/size")
        ph = Image.open(P("phone_photo"))
        check(ph.format == "JPEG" and ph.mode == "RGB", f"{t}: phone photo format")
        st = np.asarray(Image.open(P("stamp")).convert("RGB")).astype(int)
        check(st.shape == (3508, 2480, 3), f"{t}: stamp size")
        cx, cy = anchor if anchor else (page.x1 - docs.mm(45), page.ybot - docs.mm(62))
        win = st[cy - 250:cy + 250, cx - 250:cx + 250]
        colored = np.sum((win[..., 2] - win[..., 1]) > 40)
        check(colored > 5000, f"{t}: no coloured stamp near anchor ({colored})")
        # stamp page outside the stamp/signature area equals the clean page (within palette error)
        g = st.mean(axis=2)
        check(np.abs(g[:1200, :] - clean[:1200, :]).mean() < 6 or cy < 1500, f"{t}: stamp page differs from clean")
        # PDF: one A4 page, image only, no text layer, skewed
        r = pypdf.PdfReader(P("pdf_skew2"))
        check(len(r.pages) == 1, f"{t}: pdf pages")
        pg = r.pages[0]
        check(abs(float(pg.mediabox.width) - 595.27) < 1 and abs(float(pg.mediabox.height) - 841.89) < 1,
              f"{t}: pdf not A4")
        check(pg.extract_text().strip() == "", f"{t}: pdf has a text layer")
        imgs = list(pg.images)
        check(len(imgs) == 1, f"{t}: pdf images {len(imgs)}")
        sk = np.asarray(imgs[0].image.convert("L"), dtype=np.float64)
        check(sk.shape == (2339, 1654), f"{t}: pdf image size {sk.shape}")
        meta = json.load(open(os.path.join(OUT, "generation_meta.json")))[t]
        ang = meta["skew_angle_ccw_deg"]
        check(1.5 <= abs(ang) <= 2.5, f"{t}: skew angle {ang}")
        ref = np.asarray(Image.fromarray(clean).resize((1654, 2339), Image.BILINEAR), dtype=np.float64)

        def corr(a, b):
            a, b = a - a.mean(), b - b.mean()
            return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))
        back = np.asarray(Image.fromarray(sk.astype(np.uint8)).rotate(-ang, resample=Image.BILINEAR, fillcolor=255),
                          dtype=np.float64)
        c_back, c_raw = corr(back[100:-100, 100:-100], ref[100:-100, 100:-100]), corr(sk[100:-100, 100:-100],
                                                                                      ref[100:-100, 100:-100])
        check(c_back > 0.6 and c_back > c_raw + 0.1, f"{t}: pdf skew check {c_back:.2f} vs {c_raw:.2f}")
    check(n_tab >= 4, f"only {n_tab} types with tables")

    # ---- required codes ----------------------------------------------------------------
    T = {t: open(os.path.join(OUT, "truth", t + ".txt"), encoding="utf-8").read() for t in types}
    for code, where in [("5.1.02.01.01.0024", ["kuitansi_spj", "rup_pengadaan"]),
                        ("1.3.2.05.01.04.002", ["kuitansi_spj", "rup_pengadaan"]),
                        ("800/1432/BKPSDM-III/X/2026", ["nota_dinas"]),
                        ("NIP 19780312 200501 1 004", ["nota_dinas"]),
                        ("19780312 200501 1 004", ["surat_tugas"])]:
        for w in where:
            check(code in T[w], f"{code} missing from {w}")

    # ---- arithmetic: kuitansi ------------------------------------------------------------
    tab = json.load(open(os.path.join(OUT, "truth", "kuitansi_spj.tables.json")))[0]
    tot = 0
    for row in tab[1:]:
        v, h, j = int(row[3]), num(row[5]), num(row[6])
        check(v * h == j, f"kuitansi row {row[0]}: {v}x{h} != {j}")
        tot += j
    lines = T["kuitansi_spj"].split("\n")
    def get(lab):
        hits = [m.group(1) for ln in lines for m in [re.fullmatch(re.escape(lab) + r" ([\d.]+)", ln)] if m]
        check(len(hits) == 1, f"kuitansi label {lab}: {hits}")
        return num(hits[0]) if hits else -1
    check(get("Jumlah") == tot, "kuitansi Jumlah")
    ppn = get("PPN 11%")
    check(ppn == tot * 11 // 100, "kuitansi PPN")
    grand = get("Jumlah Dibayar")
    check(grand == tot + ppn, "kuitansi Jumlah Dibayar")
    check(get("PPh Pasal 22 (1,5%)") == tot * 15 // 1000, "kuitansi PPh")
    check(("Rp " + f"{grand:,}".replace(",", ".") + ",-") in lines, "kuitansi amount box")
    tb = terbilang2(grand) + " rupiah"
    flat = " ".join(lines).lower()
    check(tb in flat, f"kuitansi terbilang mismatch: {tb}")
    # ---- arithmetic: RUP ----------------------------------------------------------------
    tab = json.load(open(os.path.join(OUT, "truth", "rup_pengadaan.tables.json")))[0]
    s = sum(num(r[4]) for r in tab[1:-1])
    check(tab[-1][0] == "JUMLAH PAGU PENGADAAN" and num(tab[-1][4]) == s, "RUP total")
    # ---- size -----------------------------------------------------------------------------
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
    check(size < 15 * 1024 * 1024, f"output dir {size} bytes")
    for dp, dn, _ in os.walk(OUT):
        check("__pycache__" not in dn, "__pycache__ left behind")
    if errors:
        print("VERIFY FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"VERIFY OK: {len(man)} files, {len(types)} types, {n_tab} with tables, {size/1e6:.1f} MB")


if __name__ == "__main__":
    main()
