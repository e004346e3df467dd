"""Independent checks of the ocr23 set. Run: python verify.py  (exit code 0 = pass)."""
import json, os, re, subprocess, sys, datetime
import numpy as np
from PIL import Image
from pypdf import PdfReader

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)
        print("FAIL:", msg)


def num(s):
    return int(s.replace(".", "")) if s else 0


def grey(path):
    return np.asarray(Image.open(path).convert("L"), dtype=np.int16)


# ------------------------------------------------------------------ manifest
man = json.load(open("manifest.json"))
check(len(man) == 63, f"manifest has {len(man)} entries, expected 63")
types = sorted({e["text_type"] for e in man})
check(len(types) == 7, f"{len(types)} text types")
combos = {(e["text_type"], e["degradation"]) for e in man}
check(len(combos) == 63 and all((t, d) in combos for t in types for d in DEGS), "type x degradation grid incomplete")
for e in man:
    t, d = e["text_type"], e["degradation"]
    check(re.fullmatch(rf"pages/{t}/{t}__{d}\.(png|jpg|pdf)", e["file"]) is not None, f"bad file name {e['file']}")
    check(os.path.isfile(e["file"]), f"missing {e['file']}")
    check(e["truth"] == f"truth/{t}.txt" and os.path.isfile(e["truth"]), f"truth missing for {t}")
    tj = f"truth/{t}.tables.json"
    check(("tables" in e) == os.path.isfile(tj), f"tables key mismatch {e['file']}")
on_disk = {os.path.join("pages", t, f).replace(os.sep, "/") for t in os.listdir("pages") for f in os.listdir(os.path.join("pages", t))}
check(on_disk == {e["file"] for e in man}, "files on disk differ from manifest")

# ------------------------------------------------------------------ truth structure
truth, tables = {}, {}
for t in types:
    lines = open(f"truth/{t}.txt", encoding="utf-8").read().split("\n")
    check(lines[-1] == "", f"{t}: truth must end with newline")
    lines = lines[:-1]
    truth[t] = lines
    for i, ln in enumerate(lines):
        check(ln != "" and ln == ln.strip() and "  " not in ln, f"{t}: bad whitespace in truth line {i + 1}: {ln!r}")
    if os.path.isfile(f"truth/{t}.tables.json"):
        tbs = json.load(open(f"truth/{t}.tables.json", encoding="utf-8"))
        tables[t] = tbs
        for k, tb in enumerate(tbs):
            check(len({len(r) for r in tb}) == 1, f"{t}: table {k} not rectangular")
            pos = 0
            for r in tb:
                for c in r:
                    check(c == c.strip() and "  " not in c and "\n" not in c, f"{t}: bad cell {c!r}")
                joined = " ".join(c for c in r if c)
                try:
                    pos = lines.index(joined, pos) + 1
                except ValueError:
                    check(False, f"{t}: table row not found (in order) as a truth line: {joined!r}")
check(len(tables) >= 4, f"only {len(tables)} types with tables")

# ------------------------------------------------------------------ identifier shapes
RX = {
    "kode_rekening": r"(?<![\d.])\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}(?![\d.])",
    "kode_barang": r"(?<![\d.])\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}(?![\d.])",
    "nomor_surat": r"(?<!\d)\d{3}/\d{4}/[A-Z][A-Z.]*-[IVX]+/[IVX]+/20\d\d(?!\d)",
    "nip": r"(?<!\d)(\d{4})(\d{2})(\d{2}) (\d{4})(\d{2}) ([12]) (\d{3})(?!\d)",
    "rupiah": r"Rp ?\d{1,3}(?:\.\d{3})+",
}
counts = {}
for t in types:
    txt = "\n".join(truth[t])
    counts[t] = {k: len(re.findall(rx, txt)) for k, rx in RX.items()}
    for m in re.finditer(RX["nip"], txt):
        y, mo, dd, y2, m2 = map(int, m.groups()[:5])
        try:
            born = datetime.date(y, mo, dd)
        except ValueError:
            check(False, f"{t}: NIP with invalid birth date {m.group(0)}")
            continue
        check(1955 <= y <= 2002 and 1 <= m2 <= 12 and y2 - y >= 18, f"{t}: implausible NIP {m.group(0)}")
tot = {k: sum(counts[t][k] for t in types) for k in RX}
for k in RX:
    check(tot[k] >= 1, f"no {k} anywhere")
print("identifier counts per type:", json.dumps(counts))

# ------------------------------------------------------------------ arithmetic (recomputed from truth tables)
if "kir" in tables:
    tb = tables["kir"][0]
    body, last = tb[1:-1], tb[-1]
    check([r[0] for r in body] == [str(i) for i in range(1, len(body) + 1)], "kir: numbering")
    check(num(last[6]) == sum(num(r[6]) for r in body), "kir: harga total")
    check(int(last[5]) == sum(int(r[5]) for r in body), "kir: jumlah total")
    check(all(re.fullmatch(RX["kode_barang"], r[4]) for r in body), "kir: kode barang shape")
if "kartu_persediaan" in tables:
    tb = tables["kartu_persediaan"][0]
    body, last = tb[1:-1], tb[-1]
    sisa = None
    for r in body:
        m, k, s = num(r[3]), num(r[4]), int(r[5])
        if sisa is not None:
            check(s == sisa + m - k, f"persediaan: running balance at {r[0]}")
        sisa = s
        check(num(r[7]) == s * num(r[6]), f"persediaan: nilai at {r[0]}")
    check(num(last[3]) == sum(num(r[3]) for r in body) and num(last[4]) == sum(num(r[4]) for r in body), "persediaan: totals")
    check(int(last[5]) == sisa and num(last[7]) == sisa * num(body[-1][6]), "persediaan: closing")
    check(any(f"{sisa} Rim" in ln for ln in truth["kartu_persediaan"]), "persediaan: closing sentence")
if "sspd" in tables:
    tb = tables["sspd"][0]
    tot_ = num(tb[-1][3])
    check(tot_ == sum(num(r[3]) for r in tb[1:-1]), "sspd: total")
    W = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
         "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
    line = [ln for ln in truth["sspd"] if ln.startswith("Dengan huruf")]
    words = " ".join(line).split(":", 1)[1].lower().replace("rupiah", "").split()
    total, cur = 0, 0
    i = 0
    while i < len(words):
        w = words[i]
        if w in W:
            cur += W[w]
        elif w == "belas":
            cur += 10
        elif w == "puluh":
            cur = cur // 10 * 10 + (cur % 10) * 10
        elif w == "ratus":
            cur = cur // 10 * 10 - cur % 10 + (cur % 10) * 100 if False else (cur - cur % 100) + (cur % 100) * 100
        elif w in ("ribu", "juta", "miliar"):
            total += cur * {"ribu": 1000, "juta": 10 ** 6, "miliar": 10 ** 9}[w]
            cur = 0
        i += 1
    total += cur
    check(total == tot_, f"sspd: terbilang {total} != {tot_}")
    check(re.search(r"10% x Rp 118\.450\.000", "\n".join(truth["sspd"])) and num(tb[1][3]) == 11845000, "sspd: tax base")
if "nominatif" in tables:
    tb = tables["nominatif"][0]
    body = tb[2:]
    n = int(re.search(r"Jumlah pegawai: (\d+)", "\n".join(truth["nominatif"])).group(1))
    check(n == len(body), "nominatif: count")
    sexes = [re.search(RX["nip"], r[1]).group(6) for r in body]
    m_ = re.search(r"laki-laki (\d+), perempuan (\d+)", "\n".join(truth["nominatif"]))
    check((int(m_.group(1)), int(m_.group(2))) == (sexes.count("1"), sexes.count("2")), "nominatif: sex split vs NIP digit")
    for r in body:
        check(re.search(RX["nip"], r[1]) is not None, f"nominatif: NIP in {r[1]}")
if "agenda_surat" in tables:
    tb = tables["agenda_surat"][0]
    body = tb[1:]
    nos = [int(r[0]) for r in body]
    check(nos == list(range(nos[0], nos[0] + len(nos))), "agenda: consecutive numbers")
    d = lambda s: datetime.datetime.strptime(s, "%d-%m-%Y")
    check(all(d(r[1]) >= d(r[3]) for r in body), "agenda: received before dated")
    check(all(re.fullmatch(RX["nomor_surat"], r[2]) for r in body), "agenda: letter number shape")
    m = re.search(r"bulan ini: (\d+)", "\n".join(truth["agenda_surat"]))
    check(int(m.group(1)) == len(body), "agenda: count sentence")
if "laporan_bencana" in truth:
    txt = "\n".join(truth["laporan_bencana"])
    check("1.537 jiwa (468 KK)" in txt and "Rp 2.875.400.000" in txt, "bencana: key figures")

# ------------------------------------------------------------------ the page files
gm = json.load(open("gen_meta.json"))
for t in types:
    P = lambda d, e: f"pages/{t}/{t}__{d}.{e}"
    c = Image.open(P("clean_300dpi", "png"))
    check(c.size == (2480, 3508) and c.mode == "P" and len(c.getcolors()) <= 16, f"{t}: clean format")
    check(round(c.info.get("dpi", (0,))[0]) == 300, f"{t}: clean dpi")
    cg = grey(P("clean_300dpi", "png"))
    d150 = Image.open(P("dpi150", "png"))
    check(d150.size == (1240, 1754) and round(d150.info["dpi"][0]) == 150, f"{t}: dpi150")
    fx = Image.open(P("fax", "png"))
    check(fx.mode == "1" and fx.size == (1654, 2338), f"{t}: fax format")
    fa = np.asarray(fx)
    check((fa[0::2] == fa[1::2]).all(), f"{t}: fax rows not doubled (100 dpi vertical)")
    jp = Image.open(P("jpeg_q25", "jpg"))
    check(jp.format == "JPEG" and jp.quantization[0][0] in (32,), f"{t}: jpeg q25 quant table {jp.quantization[0][0]}")
    # PDF: image only, A4, 200 dpi, skewed
    rd = PdfReader(P("pdf_skew2", "pdf"))
    check(len(rd.pages) == 1, f"{t}: pdf pages")
    pg = rd.pages[0]
    check(abs(float(pg.mediabox.width) - 595.28) < 1 and abs(float(pg.mediabox.height) - 841.89) < 1, f"{t}: pdf not A4")
    check((pg.extract_text() or "").strip() == "", f"{t}: pdf has a text layer")
    imgs = list(pg.images)
    check(len(imgs) == 1 and imgs[0].image.size == (1654, 2339), f"{t}: pdf image")
    if imgs:
        a = np.asarray(imgs[0].image.convert("L").resize((827, 1170)), dtype=np.float32)
        a = 255 - a[:, 20:]
        best = None
        for ang in np.arange(-3.0, 3.01, 0.1):
            r = np.asarray(Image.fromarray(a.astype(np.uint8)).rotate(-ang, resample=Image.BILINEAR), dtype=np.float32)
            v = r.sum(1).var()
            if best is None or v > best[0]:
                best = (v, ang)
        check(abs(best[1] - gm[t]["skew_deg"]) <= 0.35 and 1.5 <= abs(best[1]) <= 2.5, f"{t}: pdf skew estimate {best[1]:.1f}")
    ph = Image.open(P("phone_photo", "jpg"))
    check(ph.format == "JPEG" and ph.mode == "RGB" and ph.size == (1800, 2400), f"{t}: photo format")
    pa = np.asarray(ph.convert("L"), dtype=np.float32)
    check(pa[1000:1300, 800:1000].mean() > pa[:60, :60].mean() + 40, f"{t}: photo page not brighter than background")
    st = Image.open(P("stamp", "png")).convert("RGB")
    sa = np.asarray(st, dtype=np.int16)
    x0, y0, x1, y1 = gm[t]["stamp_box"]
    outside = np.ones(cg.shape, bool)
    outside[max(0, y0):y1, max(0, x0):x1] = False
    diff = np.abs(sa.mean(2) - cg)
    check(diff[outside].mean() < 2.0 and np.percentile(diff[outside], 99.9) < 40, f"{t}: stamp page changed outside stamp box")
    inside = sa[max(0, y0):y1, max(0, x0):x1]
    sat = inside.max(2) - inside.min(2)
    check((sat > 60).sum() > 5000, f"{t}: stamp colour missing")
    sw = grey(P("sideways", "png"))
    rot = np.rot90(cg, k=gm[t]["sideways_rot_ccw_deg"] // 90)
    check(sw.shape == rot.shape and (sw == rot).all(), f"{t}: sideways is not an exact 90 degree rotation")
    ud = grey(P("upside_down", "png"))
    check((ud == np.rot90(cg, 2)).all(), f"{t}: upside_down is not an exact 180 degree rotation")

# ------------------------------------------------------------------ OCR sanity: the truth is what is on the page
# Order-insensitive: line order of a plain OCR differs from the truth for wrapped table rows and columns,
# so we check the bag of words and each identifier (fuzzy, OCR confuses I/1, X/K) instead of CER.
from collections import Counter
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
print("\nTesseract (ind, psm 4) on clean_300dpi: word recall vs truth, identifiers found (fuzzy >= 90), raw CER (info)")
tok_rx = re.compile("|".join(f"(?:{v})" for k, v in RX.items() if k != "nip"))
for t in types:
    gold = "\n".join(truth[t])
    ids = [m.group(0) for m in tok_rx.finditer(gold)] + [m.group(0) for m in re.finditer(RX["nip"], gold)]
    out = subprocess.run(["tesseract", f"pages/{t}/{t}__clean_300dpi.png", "-", "-l", "ind", "--psm", "4"],
                         capture_output=True, text=True).stdout
    hyp = " ".join(out.split())
    g = " ".join(gold.split())
    gw, hw = Counter(g.split()), Counter(hyp.split())
    recall = sum(min(n, hw[w]) for w, n in gw.items()) / sum(gw.values())
    found = sum(1 for s_ in ids if fuzz.partial_ratio(s_, hyp) >= 90) / max(1, len(ids))
    cer = Levenshtein.distance(g, hyp) / len(g)
    check(recall >= 0.85, f"{t}: clean word recall {recall:.3f} too low - truth may not match page")
    check(found >= 0.9, f"{t}: only {found:.0%} of identifiers found on clean page")
    # no OCR word should be foreign to the truth in large numbers (page has nothing un-labelled)
    extra = sum(max(0, n - gw[w]) for w, n in hw.items()) / max(1, sum(hw.values()))
    print(f"  {t:18s} word recall {recall:.3f}  extra words {extra:.3f}  ids {found:.0%} of {len(ids)}  raw CER {cer:.3f}")

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(".") for f in fs)
check(size < 15 * 1024 * 1024, f"dir size {size}")
check(not any("__pycache__" in dp for dp, _, _ in os.walk(".")), "__pycache__ left")
print(f"\ntotal size {size / 1e6:.2f} MB; {len(man)} pages; {len(types)} types; {len(tables)} with tables")
print("VERIFY", "FAILED: %d problems" % len(ERR) if ERR else "PASSED")
sys.exit(1 if ERR else 0)
