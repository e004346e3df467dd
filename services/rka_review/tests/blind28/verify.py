#!/usr/bin/env python3
"""review28 verifier: opens every file and checks the truth against the files.
Run: python -B verify.py   (exit code 0 = pass)"""
import csv, json, math, os, re, sys
from collections import Counter
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
ERR = []
def err(m):
    ERR.append(m)

def fmt(n):
    return f"{int(n):,}".replace(",", ".")

def idnum(s):
    s = str(s).strip()
    m = re.match(r"^([\d,]+) jt$", s)
    if m:
        return int(round(float(m.group(1).replace(",", ".")) * 1000000))
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").replace(",00", "").strip()
    return int(s.replace(".", "")) if re.fullmatch(r"[\d.]+", s) else None

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
manifest = json.load(open(os.path.join(DATA, "manifest.json")))
MARGIN = truth["conventions"]["overpriced_margin"]

# ---------------- catalogues: read back from the files themselves
cat_rows = {}
wb = openpyxl.load_workbook(os.path.join(DATA, "ssh_2027.xlsx"), data_only=True)
for row in wb.active.iter_rows(values_only=True):
    if isinstance(row[0], int) and row[1] and str(row[1]).startswith("1.1.7"):
        cat_rows[("ssh_2027.xlsx", row[1])] = dict(name=row[2], spec=row[3], unit=row[4], price=row[5])
sbu_text = "\n".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "sbu_2027.pdf")).pages)
for m in re.finditer(r"(SBU\.[A-E]\.\d{3})", sbu_text):
    cat_rows[("sbu_2027.pdf", m.group(1))] = dict(pos=m.start())
n_ssh = sum(1 for k in cat_rows if k[0] == "ssh_2027.xlsx")
n_sbu = sum(1 for k in cat_rows if k[0] == "sbu_2027.pdf")
if n_ssh + n_sbu < 300:
    err(f"catalogue rows {n_ssh}+{n_sbu} < 300")
for r in truth["catalogues"]["sbu"]:
    pos = cat_rows.get(("sbu_2027.pdf", r["kode"]), {}).get("pos")
    if pos is None:
        err(f"SBU {r['kode']} missing in PDF"); continue
    window = norm(sbu_text[pos:pos + 400])
    nxt = re.search(r"SBU\.[A-E]\.\d{3}", sbu_text[pos + 5:])
    seg = norm(sbu_text[pos: pos + 5 + (nxt.start() if nxt else 400)])
    if fmt(r["price"]) not in seg or r["unit"] not in seg:
        err(f"SBU {r['kode']} price/unit not found near code: {seg[:120]}")

def check_cat_ref(line, where):
    c = line["catalogue_ref"]
    row = cat_rows.get((c["file"], c["kode"]))
    if row is None:
        err(f"{where}: catalogue row {c['kode']} not in {c['file']}"); return
    if c["file"] == "ssh_2027.xlsx" and (row["price"] != c["price"] or row["unit"] != c["unit"]):
        err(f"{where}: catalogue row {c['kode']} price/unit differ in file")

# ---------------- file readers: list of 'row strings' (xlsx/csv) or page text (pdf)
def xlsx_rows(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows.append([("" if v is None else v) for v in row])
    return rows

def find_row_xlsx(rows, line, no_col_candidates):
    for row in rows:
        for ci in no_col_candidates:
            if ci < len(row) and str(row[ci]).strip() == line["no"]:
                cells = [str(v) for v in row]
                if not any(line["item_name"] in c for c in cells):
                    continue
                nums = [v for v in row if isinstance(v, (int, float))]
                price_ok = line["price"] in nums or any(idnum(c) == line["price"] for c in cells if isinstance(c, str) and c.strip())
                jml_ok = line["jumlah_printed"] in nums
                return price_ok, jml_ok, row
    return None

total = Counter(); nlines = 0; nclean = 0; sks = set(); opds = set(); layouts = set()
for ent in manifest:
    fn = ent["rka"]; path = os.path.join(DATA, fn)
    layouts.add(ent["layout"]); opds.add(ent["opd"])
    if not os.path.exists(path): err(f"missing {fn}"); continue
    for c in ent["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)): err(f"missing catalogue {c}")
    labels = json.load(open(os.path.join(DATA, ent["labels"])))["labels"]
    tf = [f for f in truth["files"] if f["file"] == fn][0]
    lines = tf["lines"]
    nos = [l["no"] for l in lines]
    if len(set(nos)) != len(nos): err(f"{fn}: duplicate No")
    if set(labels) != set(nos): err(f"{fn}: labels keys differ from truth lines")
    ext = fn.rsplit(".", 1)[1]
    if ext == "xlsx":
        rows = xlsx_rows(path)
        for l in lines:
            r = find_row_xlsx(rows, l, [0, 9])
            if r is None: err(f"{fn} No {l['no']}: row with No+name not found"); continue
            if not r[0]: err(f"{fn} No {l['no']}: price {l['price']} not in row")
            if not r[1]: err(f"{fn} No {l['no']}: jumlah {l['jumlah_printed']} not in row")
            row = r[2]
            if fn.startswith("Usulan_RBA"):   # volume+unit in one cell
                if f"{fmt(l['volume_printed'])} {l['unit']}" not in [str(v) for v in row]:
                    err(f"{fn} No {l['no']}: volume cell missing")
            if l.get("price_printed_text"):
                if l["price_printed_text"] not in [str(v) for v in row] or idnum(l["price_printed_text"]) != l["price"]:
                    err(f"{fn} No {l['no']}: price text mismatch")
        if fn.startswith("rka_2027_bagian_hukum"):
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                hid = [k for k, d in ws.column_dimensions.items() if d.hidden]
                if not hid: err(f"{fn}/{ws.title}: no hidden helper columns")
    elif ext == "csv":
        rows = list(csv.reader(open(path, encoding="utf-8-sig"), delimiter=";"))
        byno = {r[0]: r for r in rows if r and r[0] and len(r) >= 9}
        for l in lines:
            r = byno.get(l["no"])
            if not r or r[2] != l["item_name"] or idnum(r[6]) != l["price"] or idnum(r[8]) != l["jumlah_printed"] \
                    or idnum(r[7]) != l["volume_printed"] or r[4] != l["koefisien"]:
                err(f"{fn} No {l['no']}: csv row mismatch {r}")
    elif ext == "docx":
        import docx
        d = docx.Document(path)
        rows = [[c.text for c in r.cells] for t in d.tables for r in t.rows]
        for l in lines:
            r = [r for r in rows if r[0] == l["no"] and r[1] == l["item_name"]]
            if len(r) != 1 or idnum(r[0][5]) != l["price"] or idnum(r[0][6]) != l["jumlah_printed"] \
                    or idnum(r[0][3]) != l["volume_printed"] or r[0][2] != l["koefisien"]:
                err(f"{fn} No {l['no']}: docx row mismatch {r}")
    elif ext == "jpg":
        from PIL import Image
        im = Image.open(path)
        if im.size[0] < 1200: err(f"{fn}: photo too small")
        st = open(os.path.join(HERE, "photo_truth.txt")).read().split("\n")
        for l in lines:
            i = [k for k, s in enumerate(st) if s == l["no"]]
            ok = any(st[k + 1] == l["item_name"] and st[k + 2] == l["koefisien"] and st[k + 3] == l["unit"]
                     and st[k + 4] == fmt(l["price"]) and st[k + 5] == fmt(l["jumlah_printed"]) for k in i if k + 5 < len(st))
            if not ok: err(f"{fn} No {l['no']}: not in photo_truth.txt")
    elif fn.startswith("scan_"):
        rd = PdfReader(path)
        if any((p.extract_text() or "").strip() for p in rd.pages): err(f"{fn}: scan has a text layer")
        if not all(p.images for p in rd.pages): err(f"{fn}: page without image")
        st = open(os.path.join(HERE, "scan_truth.txt")).read().split("\n")
        for l in lines:
            i = [k for k, s in enumerate(st) if s == l["no"]]
            ok = any(st[k + 1] == l["item_name"] and st[k + 2] == l["koefisien"] and st[k + 3] == l["unit"]
                     and st[k + 4] == fmt(l["price"]) and st[k + 5] == fmt(l["jumlah_printed"]) for k in i if k + 5 < len(st))
            if not ok: err(f"{fn} No {l['no']}: not in scan_truth.txt")
    else:
        pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
        alltext = " ".join(pages)
        for l in lines:
            found = False
            for m in re.finditer(re.escape(norm(l["item_name"])), alltext):
                win = alltext[max(0, m.start() - 30): m.end() + 260]
                if re.search(r"(^|\s)" + re.escape(l["no"]) + r"\s", alltext[max(0, m.start() - 30): m.start() + 1]) \
                        and fmt(l["price"]) in win and fmt(l["jumlah_printed"]) in win:
                    found = True; break
            if not found: err(f"{fn} No {l['no']}: '{l['item_name']}' with price/jumlah not found in PDF text")
        if fn.startswith("rka_protokol"):
            if len(pages) < 2 or "Koefisien" in pages[1]: err(f"{fn}: expected continuation page without header")
    # -------- label logic recomputed from truth
    order = {l["no"]: i for i, l in enumerate(lines)}
    for l in lines:
        where = f"{fn} No {l['no']}"
        labs = set(l["labels"])
        if set(labels[l["no"]]) != labs: err(f"{where}: labels file != truth")
        nlines += 1; nclean += not labs; total.update(labs); sks.add(l["sub_kegiatan_code"])
        parts = [int(re.match(r"(\d+)", p).group(1)) for p in l["koefisien"].split(" x ")]
        volc = math.prod(parts)
        if volc != l["volume_correct"]: err(f"{where}: koef product")
        exp = int(round(l["volume_printed"] * l["price"] * (1 + l["ppn_percent"] / 100)))
        arith = (l["volume_printed"] != volc) or abs(exp - l["jumlah_printed"]) > 1
        if arith != ("ARITHMETIC" in labs): err(f"{where}: ARITHMETIC recompute {arith}")
        if l["catalogue_ref"]:
            check_cat_ref(l, where)
            cp = l["catalogue_ref"]["price"] * l["unit_conversion_factor"]
            ratio = l["price"] / cp
            over = ratio > MARGIN
            if over != ("OVERPRICED" in labs): err(f"{where}: OVERPRICED recompute {ratio:.3f}")
            if not over and ratio > 1.0001: err(f"{where}: clean price in grey zone {ratio:.3f}")
            if over and ratio < 1.3: err(f"{where}: overpriced ratio too small {ratio:.3f}")
            if "NO_PRICE_REFERENCE" in labs: err(f"{where}: NOREF with ref")
        else:
            if "NO_PRICE_REFERENCE" not in labs or "OVERPRICED" in labs: err(f"{where}: noref labels")
        if (l["account_code"] != l["correct_account_code"]) != ("ACCOUNT_MISMATCH" in labs): err(f"{where}: ACCOUNT recompute")
        if (l["line_kind"] == "off") != ("OFF_TARGET" in labs): err(f"{where}: OFF_TARGET")
        if "DUPLICATE" in labs:
            o = l["duplicate_of_no"]
            if o is None or order[o] >= order[l["no"]]: err(f"{where}: DUPLICATE not the later line")
            ol = lines[order[o]]
            if ol["sub_kegiatan_code"] != l["sub_kegiatan_code"] or (ol["catalogue_ref"] or {}).get("kode") != (l["catalogue_ref"] or {}).get("kode"):
                err(f"{where}: duplicate pair mismatch")
            if "DUPLICATE" in ol["labels"]: err(f"{where}: both lines of pair labelled")
    ndup = sum(1 for l in lines if l["line_kind"] == "dup")
    if ndup != sum(1 for l in lines if "DUPLICATE" in l["labels"]): err(f"{fn}: duplicate count")

for t in ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]:
    if total[t] < 25: err(f"label {t} only {total[t]}")
if nlines < 200: err(f"only {nlines} lines")
if len(sks) < 9: err("fewer than 9 sub-kegiatan")
if len(opds) < 5: err("fewer than 5 OPDs")
if len(layouts) < 6: err("fewer than 6 layouts")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024: err(f"size {size}")
for dp, dn, _ in os.walk(HERE):
    if "__pycache__" in dn: err("__pycache__ present")

print(f"lines={nlines} clean={nclean} ({nclean / nlines:.0%}) sub_kegiatan={len(sks)} opd={len(opds)} layouts={len(layouts)} "
      f"catalogue_rows={n_ssh}+{n_sbu} size={size / 1e6:.2f}MB")
print(dict(total))
if ERR:
    print(f"FAIL: {len(ERR)} problems"); [print(" -", e) for e in ERR[:60]]; sys.exit(1)
print("PASS")
