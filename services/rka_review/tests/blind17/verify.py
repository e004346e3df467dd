#!/usr/bin/env python3
"""Independent checks of review17: files vs truth, labels vs truth, label rules recomputed."""
import json, os, re, sys
from collections import Counter, defaultdict
from fractions import Fraction
import openpyxl, pypdf, docx

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, "data")
ERR = []


def err(msg):
    ERR.append(msg)


def fmt(n):
    return f"{int(n):,}".replace(",", ".")


def parse_money(s):
    if isinstance(s, (int, float)):
        return s
    s = str(s).strip()
    m = re.fullmatch(r"([\d,]+)\s*jt", s)
    if m:
        return round(float(m.group(1).replace(",", ".")) * 1_000_000)
    s = re.sub(r"^Rp\.?\s*", "", s)
    return int(s.replace(".", ""))


def koef_product(s):
    prod = 1
    for part in str(s).split(" x "):
        prod *= int(re.match(r"\s*([\d.]+)", part).group(1).replace(".", ""))
    return prod


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


truth = json.load(open(os.path.join(OUT, "truth_lines.json")))
MARGIN = truth["margin"]
lines = truth["lines"]
manifest = json.load(open(os.path.join(DATA, "manifest.json")))
sys.path.insert(0, OUT)
from subkeg_data import FILES  # noqa: E402  (only for OFF_TARGET pools)

byfile = defaultdict(list)
for l in lines:
    byfile[l["file"]].append(l)

# ---------------------------------------------------------------- catalogues really contain the referenced rows
ssh_rows = {}
wb = openpyxl.load_workbook(os.path.join(DATA, "ssh_kota_samarinda_2027.xlsx"))
for row in wb.active.iter_rows(values_only=True):
    if row[1] and isinstance(row[5], (int, float)):
        ssh_rows[row[1]] = (row[2], row[3], row[4], row[5])
sbu_text = norm(" ".join(p.extract_text() for p in pypdf.PdfReader(os.path.join(DATA, "sbu_kota_samarinda_2027.pdf")).pages))
n_sbu = len(set(re.findall(r"SBU\.[A-E]\.\d{3}", sbu_text)))
cat_rows = len(ssh_rows) + n_sbu
for l in lines:
    cr = l["catalogue_row"]
    if not cr:
        continue
    if cr["file"].endswith(".xlsx"):
        got = ssh_rows.get(cr["kode"])
        if not got or got[3] != cr["price"] or got[2] != cr["unit"] or got[0] != cr["name"]:
            err(f"SSH row {cr['kode']} mismatch for {l['file']} {l['no']}: {got}")
    else:
        i = sbu_text.find(cr["kode"])
        if i < 0 or fmt(cr["price"]) not in sbu_text[i:i + 400]:
            err(f"SBU row {cr['kode']} / {cr['price']} not found in PDF for {l['file']} {l['no']}")
    if abs(cr["ref_price"] - cr["price"] * cr["factor"]) > 1e-6:
        err(f"ref price conversion wrong {l['file']} {l['no']}")
# ---------------------------------------------------------------- per-file presence checks
def xlsx_rows(path):
    wb = openpyxl.load_workbook(path)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows.append(list(row))
    return rows


for m in manifest:
    fn = m["rka"]; path = os.path.join(DATA, fn)
    fl = byfile[fn]
    if not fl:
        err("no truth lines for " + fn); continue
    lab = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
    if set(lab) != {l["no"] for l in fl}:
        err(f"{fn}: label keys differ from truth Nos")
    if len({l["no"] for l in fl}) != len(fl):
        err(f"{fn}: duplicate No")
    for l in fl:
        if sorted(lab.get(l["no"], ["?"])) != sorted(l["labels"]):
            err(f"{fn} {l['no']}: labels file {lab.get(l['no'])} != truth {l['labels']}")
    if fn.endswith(".xlsx"):
        rows = xlsx_rows(path)
        for l in fl:
            hit = [r for r in rows if r and r[0] is not None and str(r[0]) == l["no"]]
            if len(hit) != 1:
                err(f"{fn} {l['no']}: {len(hit)} rows with this No"); continue
            r = hit[0]
            cells = [c for c in r if c is not None]
            if not any(isinstance(c, str) and l["name"] in c for c in cells):
                err(f"{fn} {l['no']}: name not in row")
            money = []
            for c in cells:
                try:
                    money.append(parse_money(c))
                except Exception:
                    pass
            if l["price"] not in money:
                err(f"{fn} {l['no']}: price {l['price']} not in row {r}")
            if l["jumlah"] not in money:
                err(f"{fn} {l['no']}: jumlah {l['jumlah']} not in row {r}")
            if m["layout"] == "xlsx_sipd_sheets":
                if r[5] != l["volume"] or r[4] != l["koef_str"] or r[8] != l["ppn"]:
                    err(f"{fn} {l['no']}: volume/koef/ppn cells differ")
            if m["layout"] == "xlsx_inline_koef":
                kp = r[3]
                prod = koef_product(kp)
                if prod != l["volume"]:
                    err(f"{fn} {l['no']}: inline koef {kp} product {prod} != volume {l['volume']}")
            if m["layout"] == "xlsx_text_prices":
                if str(r[5]) != str(l["volume"]):
                    err(f"{fn} {l['no']}: vol cell {r[5]} != {l['volume']}")
            if m["layout"] == "xlsx_koef_columns":
                ks = [(r[3], r[4])] + ([(r[5], r[6])] if r[5] is not None else [])
                prod = 1
                for a_, _ in ks:
                    prod *= a_
                if [list(x) for x in ks] != [list(x) for x in l["koef"]] or r[7] != l["volume"]:
                    err(f"{fn} {l['no']}: koef columns/volume differ")
                if parse_money(r[9]) != l["price"] or r[11] != l["jumlah"] or r[10] != ("11%" if l["ppn"] else "-"):
                    err(f"{fn} {l['no']}: price/ppn/total cells differ")
                if not str(r[12]).startswith(l["acct_code"]):
                    err(f"{fn} {l['no']}: account cell differs")
            acc = " ".join(str(c) for c in cells)
            if m["layout"] == "xlsx_text_prices" and l["acct_code"] not in acc:
                err(f"{fn} {l['no']}: account code not in row")
    elif m["layout"] == "pdf_sipd":
        text = norm(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
        for l in fl:
            pat = re.compile(r"(?:^| )" + re.escape(l["no"]) + r" " + re.escape(norm(l["name"])))
            mm = pat.search(text)
            if not mm:
                err(f"{fn} {l['no']}: No+name not found in PDF text"); continue
            win = text[mm.end():mm.end() + 400]
            seq = [norm(l["koef_str"]), fmt(l["volume"]), fmt(l["price"]), f"{l['ppn']}%", fmt(l["jumlah"])]
            pos = 0
            for s in seq:
                k = win.find(s, pos)
                if k < 0:
                    err(f"{fn} {l['no']}: '{s}' not found after name"); break
                pos = k + len(s)
        # header block and repeated headers
        for key in ("Sub Kegiatan", "Indikator Keluaran", "Lokasi", "Program", "Kegiatan"):
            if key not in text:
                err(f"{fn}: header '{key}' missing")
        reader = pypdf.PdfReader(path)
        for i, p in enumerate(reader.pages):
            if "Koefisien" not in p.extract_text():
                err(f"{fn}: page {i + 1} lacks repeated table header")
    elif m["layout"] in ("scan_typed", "photo_jpg"):
        if m["layout"] == "scan_typed":
            st = open(os.path.join(OUT, "scan_truth.txt")).read().splitlines()
            r = pypdf.PdfReader(path)
            if any(p.extract_text().strip() for p in r.pages):
                err(f"{fn}: scan PDF has a text layer")
        else:
            st = open(os.path.join(OUT, "photo_truth.txt")).read().splitlines()
            from PIL import Image
            im = Image.open(path)
            if im.format != "JPEG" or im.size[0] < 1600:
                err(f"{fn}: photo is not a >=200 dpi JPEG")
        for l in fl:
            cand = [s for s in st if s.startswith(l["no"] + " | " + l["name"][:44] + " | ")]
            if len(cand) != 1:
                err(f"{fn} {l['no']}: {len(cand)} scan_truth rows"); continue
            parts = cand[0].split(" | ")
            if parts[3] != fmt(l["volume"]) or parts[5] != fmt(l["price"]) or parts[6] != fmt(l["jumlah"]):
                err(f"{fn} {l['no']}: scan row values differ {parts}")
    elif m["layout"] == "docx_table":
        d = docx.Document(path)
        rows = [[c.text for c in row.cells] for t in d.tables for row in t.rows]
        for l in fl:
            hit = [r for r in rows if r[0] == l["no"]]
            if len(hit) != 1:
                err(f"{fn} {l['no']}: {len(hit)} docx rows"); continue
            r = hit[0]
            if not r[2].startswith(l["name"]) or r[5] != fmt(l["price"]) or r[6] != fmt(l["jumlah"]):
                err(f"{fn} {l['no']}: docx row differs {r}")
            prod = koef_product(r[3])
            if prod != l["volume"]:
                err(f"{fn} {l['no']}: docx koef product {prod} != {l['volume']}")
    else:
        err("unknown layout " + m["layout"])

# ---------------------------------------------------------------- label rules recomputed from truth
off_keys, npr_off = {}, {}
for f in FILES:
    for s in f["subs"]:
        off_keys[s["code"]] = set(s["off"]); npr_off[s["code"]] = {x["name"] for x in s["npr_off"]}
for l in lines:
    L = set(l["labels"])
    prod = 1
    for a, _ in l["koef"]:
        prod *= a
    mult = Fraction(100 + (l["ppn"] or 0), 100)
    exp = Fraction(l["volume"]) * Fraction(l["price"]) * mult
    ar = prod != l["volume"] or abs(Fraction(l["jumlah"]) - exp) >= 1
    if ar != ("ARITHMETIC" in L):
        err(f"{l['file']} {l['no']}: ARITHMETIC recomputed {ar}")
    cr = l["catalogue_row"]
    if cr:
        ref = cr["price"] * cr["factor"]
        op = l["price"] > ref * MARGIN
        if op != ("OVERPRICED" in L):
            err(f"{l['file']} {l['no']}: OVERPRICED recomputed {op}")
        if not op and l["price"] > ref:
            err(f"{l['file']} {l['no']}: clean price inside grey zone")
        if op and l["price"] < ref * 1.25:
            err(f"{l['file']} {l['no']}: overpriced by too little")
        if "NO_PRICE_REFERENCE" in L:
            err(f"{l['file']} {l['no']}: NPR with a catalogue row")
    else:
        if "NO_PRICE_REFERENCE" not in L or "OVERPRICED" in L:
            err(f"{l['file']} {l['no']}: no catalogue row but labels {L}")
    am = l["acct_code"] != l["correct_acct_code"]
    if am != ("ACCOUNT_MISMATCH" in L):
        err(f"{l['file']} {l['no']}: ACCOUNT_MISMATCH recomputed {am}")
    ot = (l["item_key"] in off_keys[l["sub_code"]]) if l["item_key"] else (l["name"] in npr_off[l["sub_code"]])
    if ot != ("OFF_TARGET" in L):
        err(f"{l['file']} {l['no']}: OFF_TARGET recomputed {ot}")
    if "DUPLICATE" in L:
        o = [x for x in byfile[l["file"]] if x["no"] == l.get("duplicate_of_no")]
        if len(o) != 1 or o[0]["sub_code"] != l["sub_code"] or o[0]["item_key"] != l["item_key"]:
            err(f"{l['file']} {l['no']}: bad duplicate reference")
        else:
            fl = byfile[l["file"]]
            if fl.index(o[0]) >= fl.index(l):
                err(f"{l['file']} {l['no']}: duplicate not after original")
    elif l.get("duplicate_of_no"):
        err(f"{l['file']} {l['no']}: duplicate_of without label")
# no unlabelled repeats of the same catalogue item in one sub-kegiatan
seen = Counter((l["file"], l["sub_code"], l["item_key"]) for l in lines if l["item_key"] and "DUPLICATE" not in l["labels"])
for k, v in seen.items():
    if v > 1:
        err(f"item {k} appears {v}x without DUPLICATE")

# ---------------------------------------------------------------- counts
c = Counter(t for l in lines for t in l["labels"])
clean = sum(1 for l in lines if not l["labels"])
subs = {(l["file"], l["sub_code"]) for l in lines}
opds = {m["opd"] for m in manifest}
if len(lines) < 200: err("fewer than 200 lines")
for t in ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]:
    if c[t] < 25: err(f"only {c[t]} {t}")
if len(subs) < 9: err("fewer than 9 sub-kegiatan")
if len(opds) < 5: err("fewer than 5 OPDs")
if cat_rows < 300: err("fewer than 300 catalogue rows")
if len({m["layout"] for m in manifest}) < 6: err("fewer than 6 layouts")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
if size > 15e6: err("output dir larger than 15 MB")

print(f"lines={len(lines)} clean={clean} ({100 * clean / len(lines):.1f}%) labels={dict(c)}")
print(f"files={len(manifest)} opds={len(opds)} sub-kegiatan={len(subs)} catalogue rows={cat_rows} size={size / 1e6:.2f} MB")
if ERR:
    print(f"FAIL: {len(ERR)} problems"); [print(" -", e) for e in ERR[:60]]; sys.exit(1)
print("OK")
