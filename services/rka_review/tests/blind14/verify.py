#!/usr/bin/env python3
"""Independent checks of the review14 set against its files. Run: python verify.py"""
import sys, os, json, re
sys.dont_write_bytecode = True
from fractions import Fraction as F
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, "data")
import openpyxl, docx
from pypdf import PdfReader

errors = []
def err(m):
    errors.append(m)

truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
manifest = json.load(open(os.path.join(DATA, "manifest.json")))
LABELS = {"OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"}
norm = lambda s: re.sub(r"\s+", " ", str(s)).strip()

# ---- catalogues: read actual files
ssh = {}
wb = openpyxl.load_workbook(os.path.join(DATA, "ssh_2027.xlsx"))
for r in wb.active.iter_rows(values_only=True):
    if isinstance(r[0], int) and r[1]:
        ssh[r[1]] = dict(name=r[2], spec=r[3], unit=r[4], price=r[5])
sbu_text = norm(" ".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "sbu_2027.pdf")).pages))
sbu_rows = len(re.findall(r"SBU\.\d\d\.\d\d", sbu_text))
if len(ssh) + sbu_rows < 300: err(f"catalogue rows {len(ssh)}+{sbu_rows} < 300")

def jumlah_of(vol, price, ppn): return (vol * price * (100 + ppn) + 50) // 100

def cell_rows_xlsx(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        prev_acct = None
        for r in ws.iter_rows(values_only=True):
            out.append((ws.title, list(r)))
    return out

def check_file(entry, tf):
    path = os.path.join(DATA, entry["rka"]); lay = entry["layout"]
    lines = tf["lines"]
    if lay == "xlsx_sipd_sheet_per_subkeg":
        rows = cell_rows_xlsx(path); acct = None; found = {}
        for _, r in rows:
            if r[0] is None and r[1] and re.match(r"^5\.\d\.\d\d\.\d\d\.\d\d\.\d{4}$", str(r[1])): acct = r[1]
            if isinstance(r[0], int): found[str(r[0])] = (r, acct)
        for l in lines:
            if l["no"] not in found: err(f"{entry['rka']} No {l['no']} missing"); continue
            r, a = found[l["no"]]
            if r[2] != l["item"] or r[7] != l["price"] or r[9] != l["jumlah"] or r[5] != l["volume"] or r[8] != l["ppn"]:
                err(f"{entry['rka']} No {l['no']} values differ {r}")
            if a != l["account_code"]: err(f"{entry['rka']} No {l['no']} account {a} != {l['account_code']}")
            kz = " x ".join(f"{n:,}".replace(",", ".") + " " + u for n, u in l["koefisien"])
            if r[4] != kz: err(f"{entry['rka']} No {l['no']} koef {r[4]} != {kz}")
    elif lay == "xlsx_merged_header_text_prices":
        rows = cell_rows_xlsx(path); found = {}; acct = None
        for _, r in rows:
            if r[0] is None and r[6]: acct = r[6]
            if isinstance(r[0], str) and re.match(r"^\d+\.$", r[0]): found[r[0][:-1]] = (r, acct)
        for l in lines:
            if l["no"] not in found: err(f"{entry['rka']} No {l['no']} missing"); continue
            r, a = found[l["no"]]
            if not str(r[1]).startswith(l["item"] + " - ") or r[3] != l["printed_price"] or r[2] != l["printed_jumlah"] or r[4] != l["volume"]:
                err(f"{entry['rka']} No {l['no']} values differ {r}")
            if a != l["account_code"]: err(f"{entry['rka']} No {l['no']} account {a}")
    elif lay == "xlsx_flat_unusual_order_jt_rb":
        rows = cell_rows_xlsx(path); found = {}
        for _, r in rows:
            if isinstance(r[3], int): found[str(r[3])] = r
        for l in lines:
            r = found.get(l["no"])
            if not r: err(f"{entry['rka']} No {l['no']} missing"); continue
            if r[4] != l["item"] or r[7] != l["printed_price"] or r[10] != l["jumlah"] or r[9] != l["volume"] or r[1] != l["account_code"] or r[2] != l["account_name"]:
                err(f"{entry['rka']} No {l['no']} values differ {r}")
            # the text price must decode to the true price
            p = r[7]
            m = re.match(r"^([\d,]+) jt$", p); m2 = re.match(r"^(\d+) rb$", p)
            val = int(F(m.group(1).replace(",", ".")) * 1000000) if m else (int(m2.group(1)) * 1000 if m2 else int(p.replace("Rp ", "").replace(".", "")))
            if val != l["price"]: err(f"{entry['rka']} No {l['no']} price text {p} decodes to {val}")
    elif lay == "pdf_sipd_print":
        text_lines = []
        for p in PdfReader(path).pages: text_lines += [norm(x) for x in p.extract_text().splitlines()]
        blob = "\n".join(text_lines)
        for l in lines:
            ok = False
            for i in range(len(text_lines) - 7):
                if text_lines[i] == l["no"] and text_lines[i + 1] == l["item"]:
                    win = text_lines[i + 2:i + 9]
                    ok = ok or (l["printed_price"] in win and l["printed_jumlah"] in win and f"{l['ppn']}%" in win)
            if not ok: err(f"{entry['rka']} No {l['no']} not found as a row ({l['item']}, {l['printed_price']}, {l['printed_jumlah']})")
            if l["account_code"] not in blob: err(f"{entry['rka']} account {l['account_code']} missing")
    elif lay == "scan_image_pdf":
        st = open(os.path.join(HERE, "scan_truth.txt")).read().splitlines()
        if len(PdfReader(path).pages[0].extract_text().strip()) > 0: err("scan PDF has a text layer")
        for l in lines:
            pref = f"{l['no']} | {l['item']}, {l['spec']} | "
            cand = [t for t in st if t.startswith(pref)]
            if not any(t.endswith(f"| {l['printed_price']} | {l['ppn']}% | {l['printed_jumlah']}") for t in cand):
                err(f"{entry['rka']} No {l['no']} not in scan_truth")
    elif lay == "docx_word_table":
        d = docx.Document(path); found = {}; acct = None
        for t in d.tables:
            for row in t.rows:
                cells = [c.text for c in row.cells]
                m = re.match(r"^(5\.\d\.\d\d\.\d\d\.\d\d\.\d{4}) – ", cells[0])
                if m: acct = m.group(1)
                if re.match(r"^\d+$", cells[0]): found[cells[0]] = (cells, acct)
        for l in lines:
            if l["no"] not in found: err(f"{entry['rka']} No {l['no']} missing"); continue
            c, a = found[l["no"]]
            if not c[1].startswith(l["item"]) or c[5] != l["printed_price"] or c[6] != l["printed_jumlah"]:
                err(f"{entry['rka']} No {l['no']} values differ {c}")
            if a != l["account_code"]: err(f"{entry['rka']} No {l['no']} account {a}")
    else:
        err(f"unknown layout {lay}")

def recompute_labels(tf):
    out = {}
    pairs = {}
    for l in tf["lines"]:
        labs = set()
        vol = 1
        for n, _ in l["koefisien"]: vol *= n
        if l["volume"] != vol or l["jumlah"] != jumlah_of(l["volume"], l["price"], l["ppn"]): labs.add("ARITHMETIC")
        if l["jumlah"] == jumlah_of(vol, l["price"], l["ppn"]) and l["volume"] == vol and l["correct_jumlah"] != l["jumlah"]:
            err("inconsistent correct_jumlah")
        c = l["catalogue_ref"]
        if c is None: labs.add("NO_PRICE_REFERENCE")
        else:
            f = F(c["factor"]); ref = F(c["price"]) * f
            if c["file"] == "ssh_2027.xlsx":
                s = ssh.get(c["kode"])
                if not s or s["price"] != c["price"] or s["unit"] != c["unit"]: err(f"catalogue row {c['kode']} mismatch")
            else:
                if not re.search(re.escape(c["kode"]) + r" .*?" + re.escape(c["name"]), sbu_text) or f"{c['price']:,}".replace(",", ".") not in sbu_text:
                    err(f"SBU row {c['kode']} not in pdf")
            if F(l["price"]) > ref * F(110, 100): labs.add("OVERPRICED")
            # margins: clean prices <= catalogue, overpriced >= 120 %
            if not (F(l["price"]) <= ref or F(l["price"]) >= ref * F(120, 100)): err(f"price in grey zone {l['no']}")
        if l["account_code"] != l["correct_account_code"]: labs.add("ACCOUNT_MISMATCH")
        if l["kind"] == "offt": labs.add("OFF_TARGET")
        out[l["no"]] = labs
        if l["kind"] == "dup": pairs[l["no"]] = l["duplicate_pair"]
    for a, b in pairs.items():
        later = a if int(a) > int(b) else b
        out[later].add("DUPLICATE")
    return out

cnt = Counter(); total = 0; clean = 0; per_layout = Counter()
tfs = {t["rka"]: t for t in truth["files"]}
for e in manifest:
    for k in ("rka", "catalogues", "labels", "opd", "layout"):
        if k not in e: err(f"manifest missing {k}")
    for c in e["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)): err(f"missing catalogue {c}")
    tf = tfs[e["rka"]]
    labels = json.load(open(os.path.join(DATA, e["labels"])))["labels"]
    nos = [l["no"] for l in tf["lines"]]
    if len(set(nos)) != len(nos): err(f"{e['rka']} duplicate No")
    if set(labels) != set(nos): err(f"{e['rka']} label keys differ from truth")
    check_file(e, tf)
    rec = recompute_labels(tf)
    for l in tf["lines"]:
        if set(labels[l["no"]]) != set(l["labels"]): err(f"{e['rka']} No {l['no']} labels file != truth")
        if set(l["labels"]) != rec[l["no"]]: err(f"{e['rka']} No {l['no']} labels {l['labels']} != recomputed {sorted(rec[l['no']])}")
        if not set(l["labels"]) <= LABELS: err("bad label")
        cnt.update(l["labels"]); total += 1; clean += not l["labels"]
    per_layout[e["layout"]] += len(tf["lines"])

if total < 200: err(f"only {total} lines")
for k in LABELS:
    if cnt[k] < 25: err(f"label {k} only {cnt[k]}")
if len(manifest) < 6: err("fewer than 6 RKA files")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024: err(f"set too large: {size}")
print(f"lines={total} clean={clean} ({clean/total:.0%}) labels={dict(cnt)}")
print(f"per layout={dict(per_layout)} catalogue rows: SSH={len(ssh)} SBU={sbu_rows} size={size/1e6:.1f} MB")
if errors:
    print(f"FAIL: {len(errors)} problems"); [print(" -", x) for x in errors[:40]]; sys.exit(1)
print("OK")
