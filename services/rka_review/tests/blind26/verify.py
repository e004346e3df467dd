# -*- coding: utf-8 -*-
"""Independent checks of the review26 set against the written files. Run: python verify.py"""
import os, re, json, csv, sys
from collections import Counter, defaultdict
import openpyxl, pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
MARGIN = 0.05
errors = []

def err(msg):
    errors.append(msg)

def fmt(n):
    return "{:,}".format(int(n)).replace(",", ".")

def norm(s):
    return re.sub(r"\s+", "", str(s)).lower()

def parse_price_text(s):
    s = str(s).strip()
    if s.endswith("jt"):
        return int(round(float(s[:-2].strip().replace(",", ".")) * 1_000_000))
    if s.endswith("rb"):
        return int(s[:-2].strip()) * 1000
    s = s.replace("Rp.", "").replace("Rp", "").replace(",-", "").strip()
    return int(s.replace(".", ""))

def koef_product(s):
    p = 1
    for part in str(s).split(" x "):
        p *= int(part.strip().split()[0])
    return p

manifest = json.load(open(os.path.join(DATA, "manifest.json"), encoding="utf-8"))
truth = json.load(open(os.path.join(HERE, "truth_lines.json"), encoding="utf-8"))
catrows = json.load(open(os.path.join(HERE, "truth_catalogues.json"), encoding="utf-8"))
by_file = defaultdict(list)
for t in truth:
    by_file[t["file"]].append(t)

# ---------------- catalogues: every row really in its file
ssh = openpyxl.load_workbook(os.path.join(DATA, "ssh_samarinda_2027.xlsx"), data_only=True).active
ssh_rows = {}
for row in ssh.iter_rows(values_only=True):
    if row[1] and isinstance(row[5], (int, float)):
        ssh_rows[str(row[1])] = (row[2], row[3], row[4], int(row[5]))
sbu_text = "\n".join(p.extract_text() for p in pypdf.PdfReader(os.path.join(DATA, "sbu_samarinda_2027.pdf")).pages)
sbu_lines = sbu_text.split("\n")
cat_price = {}
for c in catrows:
    if c["catalogue"].endswith(".xlsx"):
        got = ssh_rows.get(c["kode"])
        if not got or got[3] != c["price"] or got[2] != c["unit"] or got[0] != c["name"]:
            err("SSH row mismatch %s %s" % (c["kode"], got))
    else:
        ks = [i for i, l in enumerate(sbu_lines) if l.strip() == c["kode"]]
        ok = len(ks) == 1 and sbu_lines[ks[0] - 1].strip() == str(c["no"])
        if ok:
            seg = [l.strip() for l in sbu_lines[ks[0] + 1: ks[0] + 9]]
            stop = next((k for k, l in enumerate(seg) if l.startswith("SBU-27.")), len(seg))
            seg = seg[:stop]
            ok = fmt(c["price"]) in seg and c["unit"] in seg and norm(c["name"]) in norm("".join(seg))
        if not ok:
            err("SBU row not found %s" % c["kode"])
    cat_price[(c["catalogue"], c["kode"])] = (c["price"], c["unit"])
n_ssh = sum(1 for c in catrows if c["catalogue"].endswith(".xlsx"))
print("catalogue rows: SSH %d, SBU %d, total %d" % (n_ssh, len(catrows) - n_ssh, len(catrows)))
if len(catrows) < 300:
    err("fewer than 300 catalogue rows")

# ---------------- file readers
def xlsx_rows(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows.append(["" if v is None else v for v in row])
    return rows

def check_line_in_rows(t, rows, textprice=False):
    cand = [r for r in rows if r and str(r[0]).strip() == t["no"]]
    if len(cand) != 1:
        err("%s No %s found %d times" % (t["file"], t["no"], len(cand))); return None
    r = cand[0]
    if not any(norm(t["item"]) in norm(c) for c in r):
        err("%s No %s item not in row" % (t["file"], t["no"]))
    if textprice:
        vals = []
        for c in r:
            try:
                vals.append(parse_price_text(c))
            except Exception:
                pass
        if t["price"] not in vals or t["jumlah"] not in vals:
            err("%s No %s price/jumlah text not in row %s" % (t["file"], t["no"], r))
    else:
        if t["price"] not in r or t["jumlah"] not in r:
            err("%s No %s price/jumlah not in row" % (t["file"], t["no"]))
    return r

for m in manifest:
    f = m["rka"]
    path = os.path.join(DATA, f)
    if not os.path.exists(path):
        err("missing " + f); continue
    lab = json.load(open(os.path.join(DATA, m["labels"]), encoding="utf-8"))["labels"]
    lines = by_file[f]
    if set(lab) != {t["no"] for t in lines} or len(lab) != len(lines):
        err("%s label keys differ from truth" % f)
    for t in lines:
        if sorted(lab.get(t["no"], [])) != sorted(t["labels"]):
            err("%s No %s labels differ" % (f, t["no"]))
    lay = m["layout"]
    if lay in ("xlsx_sipd_sheets_hidden", "xlsx_multisheet_ppnamount"):
        rows = xlsx_rows(path)
        for t in lines:
            r = check_line_in_rows(t, rows)
            if r is None:
                continue
            # recompute from the file itself: A No | B | C item | D spec | E koef | F vol | G sat | H price | I ppn | J jumlah
            vol, price, jml = r[5], r[7], r[9]
            if lay == "xlsx_sipd_sheets_hidden":
                ppn = r[8]
                exp = round(vol * price * (1 + ppn / 100))
            else:
                ppn_amt = 0 if r[8] == "-" else r[8]
                exp = vol * price + ppn_amt
                if ppn_amt and abs(ppn_amt - vol * price * 0.11) > 1:
                    err("%s No %s ppn amount" % (f, t["no"]))
            file_ar = koef_product(r[4]) != vol or abs(exp - jml) > 1
            if file_ar != ("ARITHMETIC" in t["labels"]):
                err("%s No %s ARITHMETIC from file disagrees" % (f, t["no"]))
    elif lay == "xlsx_flat_textprice":
        rows = xlsx_rows(path)
        for t in lines:
            r = check_line_in_rows(t, rows, textprice=True)
            if r is None:
                continue
            m_ = re.search(r"\(([^()]*)\)\s*$", str(r[1]))
            vol = int(str(r[4]).split()[0])
            price = parse_price_text(r[3]); jml = parse_price_text(r[2])
            file_ar = koef_product(m_.group(1)) != vol or abs(vol * price - jml) > 1
            if file_ar != ("ARITHMETIC" in t["labels"]):
                err("%s No %s ARITHMETIC from file disagrees" % (f, t["no"]))
    elif lay == "csv_sipd_export":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rd = list(csv.DictReader(fh, delimiter=";"))
        idx = {r["no_rinci"]: r for r in rd}
        if len(idx) != len(rd):
            err("csv duplicate No")
        for t in lines:
            r = idx.get(t["no"])
            if not r:
                err("csv No %s missing" % t["no"]); continue
            price = int(r["harga_satuan"].replace(".", "")); jml = int(r["total_harga"].replace(".", ""))
            vol = int(r["volume"]); ppn = int(r["ppn_persen"])
            if r["uraian"] != t["item"] or price != t["price"] or jml != t["jumlah"] or r["kode_rekening"] != t["account_code"]:
                err("csv No %s content" % t["no"])
            file_ar = koef_product(r["koefisien"]) != vol or abs(round(vol * price * (1 + ppn / 100)) - jml) > 1
            if file_ar != ("ARITHMETIC" in t["labels"]):
                err("csv No %s ARITHMETIC from file disagrees" % t["no"])
    elif lay in ("pdf_sipd_print", "pdf_noruling_continued"):
        pages = pypdf.PdfReader(path).pages
        txt = "\n".join(p.extract_text() for p in pages)
        ntxt = norm(txt)
        lines_txt = txt.split("\n")
        for t in lines:
            if norm(t["item"]) not in ntxt:
                err("%s No %s item not in text" % (f, t["no"]))
            if fmt(t["price"]) not in txt or fmt(t["jumlah"]) not in txt:
                err("%s No %s price/jumlah not in text" % (f, t["no"]))
            found = False
            for i, l in enumerate(lines_txt):
                if l.strip() == t["no"] or l.strip().startswith(t["no"] + " "):
                    seg = "\n".join(lines_txt[i: i + 14])
                    if norm(t["item"]) in norm(seg) and fmt(t["price"]) in seg and fmt(t["jumlah"]) in seg:
                        found = True; break
            if not found:
                err("%s No %s not followed by its item/price/jumlah" % (f, t["no"]))
        if lay == "pdf_noruling_continued":
            # header printed once only, table continues on next page
            if len(pages) < 2 or "Harga Sat." in pages[1].extract_text():
                err("noruling layout should continue without repeated header")
        else:
            if sum(1 for p in pages if "Kode Rekening" in p.extract_text() and "Jumlah (Rp)" in p.extract_text()) < 3:
                err("SIPD pdf should repeat table header across pages")
    elif lay == "docx_word_table":
        import docx
        d = docx.Document(path)
        rows = []
        for tb in d.tables:
            for row in tb.rows:
                cells = []
                for cell in row.cells:
                    if not cells or cell._tc is not cells[-1][0]:
                        cells.append((cell._tc, cell.text))
                rows.append([c[1] for c in cells])
        for t in lines:
            c = [r for r in rows if r and r[0].strip() == t["no"] and len(r) == 7]
            if len(c) != 1:
                err("docx No %s found %d" % (t["no"], len(c))); continue
            r = c[0]
            if not r[1].startswith(t["item"]) or r[5] != fmt(t["price"]) or r[6] != fmt(t["jumlah"]):
                err("docx No %s content %s" % (t["no"], r))
            vol = int(r[3]); price = int(r[5].replace(".", "")); jml = int(r[6].replace(".", ""))
            file_ar = koef_product(r[2]) != vol or abs(vol * price - jml) > 1
            if file_ar != ("ARITHMETIC" in t["labels"]):
                err("docx No %s ARITHMETIC from file disagrees" % t["no"])
    elif lay == "scan_image_pdf":
        rd = pypdf.PdfReader(path)
        if any((p.extract_text() or "").strip() for p in rd.pages):
            err("scan pdf has a text layer")
        rows = [l.split("\t") for l in open(os.path.join(HERE, "scan_truth.txt"), encoding="utf-8") if "\t" in l]
        for t in lines:
            c = [r for r in rows if r[0] == t["no"]]
            if len(c) != 1:
                err("scan No %s" % t["no"]); continue
            r = c[0]
            if r[2] != t["item"] or r[6] != fmt(t["price"]) or r[7].strip() != fmt(t["jumlah"]):
                err("scan No %s content %s" % (t["no"], r))
            if (koef_product(r[4]) != t["volume"] and False):
                pass

# ---------------- labels recomputed from the truth
cnt = Counter(); clean = 0
for f, lines in by_file.items():
    order = {t["no"]: t["order"] for t in lines}
    for t in lines:
        labs = set(t["labels"])
        cnt.update(labs); clean += not labs
        for x in labs:
            if x not in TYPES:
                err("bad label " + x)
        exp_j = round(t["volume"] * t["price"] * (1 + t["ppn"] / 100))
        ar = t["volume"] != t["koefisien_product"] or abs(exp_j - t["jumlah"]) > 1
        prod = 1
        for q, _ in t["koefisien_parts"]:
            prod *= q
        if prod != t["koefisien_product"] or abs(round(prod * t["price"] * (1 + t["ppn"] / 100)) - t["jumlah_correct"]) > 1:
            err("%s %s jumlah_correct" % (f, t["no"]))
        if ar != ("ARITHMETIC" in labs):
            err("%s %s ARITHMETIC recompute" % (f, t["no"]))
        ref = t["catalogue_ref"]
        if ("NO_PRICE_REFERENCE" in labs) != (ref is None):
            err("%s %s NO_PRICE" % (f, t["no"]))
        if ref:
            cp, cu = cat_price[(ref["catalogue"], ref["kode"])]
            if cp != ref["price"]:
                err("%s %s ref price" % (f, t["no"]))
            per = t["price"] / ref["conv"]
            over = per > cp * (1 + MARGIN)
            if over != ("OVERPRICED" in labs):
                err("%s %s OVERPRICED recompute (%.0f vs %d)" % (f, t["no"], per, cp))
            if not over and per > cp:
                err("%s %s clean but above catalogue" % (f, t["no"]))
            if over and per < cp * 1.15:
                err("%s %s overpriced but too close" % (f, t["no"]))
        elif "OVERPRICED" in labs:
            err("OVERPRICED without ref")
        if (t["account_code"] != t["proper_account_code"]) != ("ACCOUNT_MISMATCH" in labs):
            err("%s %s ACCOUNT_MISMATCH" % (f, t["no"]))
        d = t["duplicate_of"]
        if ("DUPLICATE" in labs) != (d is not None):
            err("%s %s DUPLICATE flag" % (f, t["no"]))
        if d is not None:
            o = [x for x in lines if x["no"] == d][0]
            if not (order[d] < t["order"] and o["sub_kegiatan_code"] == t["sub_kegiatan_code"]
                    and o["catalogue_ref"]["kode"] == ref["kode"] and "DUPLICATE" not in o["labels"]):
                err("%s %s DUPLICATE target" % (f, t["no"]))
    # no two non-duplicate lines of a sub-kegiatan share a catalogue item
    seen = defaultdict(list)
    for t in lines:
        if t["catalogue_ref"] and not t["duplicate_of"]:
            seen[(t["sub_kegiatan_code"], t["catalogue_ref"]["name"])].append(t["no"])
    for k, v in seen.items():
        if len(v) > 1:
            err("%s unlabelled repeat %s %s" % (f, k, v))

n = len(truth)
print("lines %d, clean %d (%.0f%%)" % (n, clean, 100 * clean / n))
print("labels:", dict(cnt))
print("sub-kegiatan:", len({t["sub_kegiatan_code"] for t in truth}), "files:", len(manifest),
      "layouts:", len({m["layout"] for m in manifest}), "OPDs:", len({m["opd"] for m in manifest}))
if n < 200:
    err("fewer than 200 lines")
for x in TYPES:
    if cnt[x] < 25:
        err("fewer than 25 %s" % x)
size = 0
for root, dirs, files in os.walk(HERE):
    if "__pycache__" in dirs:
        err("__pycache__ present in " + root)
    for fn in files:
        size += os.path.getsize(os.path.join(root, fn))
print("total size %.2f MB" % (size / 1e6))
if size > 15e6:
    err("size over 15 MB")
if errors:
    print("FAILED: %d errors" % len(errors))
    for e in errors[:60]:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
