# -*- coding: utf-8 -*-
"""Internal consistency checks for the review6 set.
Run: /work/scratch/review6/bin/python verify.py   (exit code 0 = pass)"""
import json, os, re, sys, collections
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data"); TRUTH = os.path.join(HERE, "truth")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(msg):
    errors.append(msg)


def rp(n):
    return f"{int(n):,}".replace(",", ".")


def num(v):
    if isinstance(v, (int, float)):
        return v
    s = str(v).replace("Rp", "").strip().replace(".", "").replace(",", ".")
    return float(s) if s else None


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


# ---------------------------------------------------------------- catalogues from the files themselves
manifest = json.load(open(os.path.join(DATA, "manifest.json")))
cat_index = json.load(open(os.path.join(TRUTH, "catalogue_index.json")))
ssh_prices = {}
ssh_file = "ssh_kota_samarinda_ta2026.xlsx"; sbu_file = "sbu_kota_samarinda_ta2026.pdf"
wb = load_workbook(os.path.join(DATA, ssh_file))
for row in wb.active.iter_rows(values_only=True):
    if row[1] and re.match(r"^\d+(\.\d+){5,}$", str(row[1])) and row[5]:
        ssh_prices[row[1]] = (row[2], row[4], num(row[5]))
sbu_text = norm(" ".join(p.extract_text() for p in PdfReader(os.path.join(DATA, sbu_file)).pages))
catprice = {}
for iid, c in cat_index.items():
    if c["src"] == ssh_file:
        if c["kode"] not in ssh_prices or ssh_prices[c["kode"]][2] != c["harga"]:
            err(f"SSH item {iid} {c['kode']} not found with price {c['harga']} in {ssh_file}")
    else:
        if norm(c["nama"]) not in sbu_text or rp(c["harga"]) not in sbu_text:
            err(f"SBU item {iid} ({c['nama']}) / {rp(c['harga'])} not found in {sbu_file}")
    catprice[iid] = c["harga"]

# ---------------------------------------------------------------- per RKA file
count_file = {}; count_layout = collections.defaultdict(collections.Counter); total = collections.Counter()
nlines = 0; nclean = 0; opds = set(); layouts = set()
for e in manifest:
    path = os.path.join(DATA, e["rka"])
    if not os.path.exists(path):
        err(f"missing {e['rka']}"); continue
    for c in e["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f"missing catalogue {c}")
    labels = json.load(open(os.path.join(DATA, e["labels"])))["labels"]
    truth = json.load(open(os.path.join(TRUTH, os.path.splitext(e["rka"])[0] + ".truth.json")))
    lines = [l for sk in truth["subs"] for l in sk["lines"]]
    opds.add(e["opd"]); layouts.add(e["layout"])
    nos = [str(l["no"]) for l in lines]
    if len(set(nos)) != len(nos):
        err(f"{e['rka']}: duplicate No")
    if set(nos) != set(labels):
        err(f"{e['rka']}: labels keys != lines")
    # ---- label semantics against numbers
    for sk in truth["subs"]:
        for l in sk["lines"]:
            lab = labels[str(l["no"])]
            tag = f"{e['rka']} No {l['no']}"
            for t in lab:
                if t not in TYPES:
                    err(f"{tag}: bad type {t}")
            if l["ref"]:
                refp = catprice[l["ref"]] / l.get("per", 1)
                if "NO_PRICE_REFERENCE" in lab:
                    err(f"{tag}: has ref but NO_PRICE_REFERENCE")
                if "OVERPRICED" in lab and not l["price"] >= 1.10 * refp:
                    err(f"{tag}: OVERPRICED but only {l['price']} vs {refp}")
                if "OVERPRICED" not in lab and l["price"] > refp:
                    err(f"{tag}: above reference {l['price']} > {refp} without OVERPRICED")
            else:
                if "NO_PRICE_REFERENCE" not in lab:
                    err(f"{tag}: no ref but not NO_PRICE_REFERENCE")
                if "OVERPRICED" in lab:
                    err(f"{tag}: OVERPRICED without ref")
            expect = round(l["vol"] * l["price"] * (1 + l["ppn"] / 100))
            bad = (l["jumlah"] != expect) or (l["vol"] != l["koef_product"])
            if bad != ("ARITHMETIC" in lab):
                err(f"{tag}: arithmetic flag mismatch (jumlah {l['jumlah']} vs {expect}, vol {l['vol']} vs {l['koef_product']})")
            if l["jumlah"] != expect and abs(l["jumlah"] - expect) < max(1000, 0.005 * expect):
                err(f"{tag}: planted jumlah error too small")
            if ("DUPLICATE" in lab) != bool(l["dup_of"]):
                err(f"{tag}: DUPLICATE flag/dup_of mismatch")
            if l["dup_of"]:
                orig = [m for m in sk["lines"] if m["no"] == l["dup_of"]]
                if not orig or orig[0]["no"] >= l["no"] or orig[0]["ref"] != l["ref"] and l["ref"] != "buku_tulis":
                    err(f"{tag}: duplicate original not earlier/same item in same sub-kegiatan")
    # ---- values really present in the file
    kind = e["layout"]
    if e["rka"].endswith(".xlsx"):
        wbr = load_workbook(path)
        rows = {}
        for ws in wbr.worksheets:
            for row in ws.iter_rows(values_only=True):
                vals = list(row)
                for ci in (0, 1):
                    if ci < len(vals) and isinstance(vals[ci], int) and not isinstance(vals[ci], bool):
                        if vals[ci] in rows and ws.title != "REKAP":
                            pass
                if ws.title == "REKAP":
                    continue
                noc = 1 if kind.startswith(("B", "C")) else 0
                if isinstance(vals[noc], int):
                    if vals[noc] in rows:
                        err(f"{e['rka']}: No {vals[noc]} printed twice")
                    rows[vals[noc]] = vals
        for l in lines:
            r = rows.get(l["no"])
            if r is None:
                err(f"{e['rka']}: No {l['no']} not found"); continue
            flat = [norm(x) for x in r if x is not None]
            nums = [num(x) for x in r if x is not None and re.fullmatch(r"(Rp )?[\d.,]+", str(x))]
            if norm(l["uraian"]) not in flat:
                err(f"{e['rka']} No {l['no']}: uraian not in row")
            for v in (l["price"], l["jumlah"], l["vol"]):
                if v not in nums:
                    err(f"{e['rka']} No {l['no']}: value {v} not in row {r}")
            if l["koef"] not in flat:
                err(f"{e['rka']} No {l['no']}: koefisien text not in row")
    elif kind.startswith("D"):
        text = norm(" ".join(p.extract_text() for p in PdfReader(path).pages))
        if len(PdfReader(path).pages) < 2:
            err("SIPD pdf should have 2+ pages")
        for l in lines:
            for s in (l["uraian"], "Rp " + rp(l["price"]), "Rp " + rp(l["jumlah"]), l["koef"], l["acc_code"]):
                if norm(s) not in text:
                    err(f"{e['rka']} No {l['no']}: '{s}' not in PDF text")
    else:  # scan: image-only pdf
        rd = PdfReader(path)
        if (rd.pages[0].extract_text() or "").strip():
            err("scan PDF has a text layer")
        imgs = rd.pages[0].images
        if len(imgs) != 1:
            err("scan PDF should carry exactly one image")
        else:
            from PIL import Image
            import io
            im = Image.open(io.BytesIO(imgs[0].data))
            if not (1500 <= im.size[0] <= 2600):
                err(f"scan width {im.size} not ~200-300 dpi A4")
    c = collections.Counter(t for v in labels.values() for t in v)
    count_file[e["rka"]] = c; count_layout[e["layout"]] += c; total += c
    nlines += len(labels); nclean += sum(1 for v in labels.values() if not v)

# ---------------------------------------------------------------- set-level requirements
if len(opds) < 5: err("fewer than 5 OPDs")
if nlines < 200: err("fewer than 200 lines")
for t in TYPES:
    if total[t] < 20: err(f"only {total[t]} {t}")
xl = {e["layout"] for e in manifest if e["rka"].endswith(".xlsx")}
if len(xl) < 3: err("fewer than 3 xlsx layouts")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15e6: err(f"set too large {size}")

print(f"{'file':42s} " + " ".join(f"{t[:8]:>8s}" for t in TYPES) + "  lines")
for e in manifest:
    c = count_file.get(e["rka"], {})
    n = len(json.load(open(os.path.join(DATA, e["labels"])))["labels"])
    print(f"{e['rka']:42s} " + " ".join(f"{c.get(t, 0):8d}" for t in TYPES) + f"  {n}")
print("-- per layout")
for lay, c in sorted(count_layout.items()):
    print(f"{lay:42s} " + " ".join(f"{c.get(t, 0):8d}" for t in TYPES))
print(f"{'TOTAL':42s} " + " ".join(f"{total[t]:8d}" for t in TYPES) + f"  {nlines} lines, {nclean} clean ({100*nclean/nlines:.0f}%), {len(opds)} OPDs, {size/1e6:.2f} MB")
if errors:
    print("\nFAIL:"); [print(" -", x) for x in errors]; sys.exit(1)
print("\nPASS")
