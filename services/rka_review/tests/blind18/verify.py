"""Independent checks of the review18 set: files vs truth, labels vs truth, label recomputation. Exit 1 on any failure."""
import json, os, re, sys, math
from collections import Counter
from openpyxl import load_workbook
from pypdf import PdfReader
import docx

HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, "data")
ERR = []
TYPES = {"OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"}


def err(m):
    ERR.append(m)


def fmt(n):
    return f"{int(n):,}".replace(",", ".")


def money(v):
    """parse a printed money value -> int or None"""
    if isinstance(v, (int, float)):
        return int(round(v))
    if not isinstance(v, str):
        return None
    s = v.strip().lower().replace("rp", "").strip()
    m = re.fullmatch(r"([\d.,]+)\s*(jt|rb)", s)
    if m:
        num = float(m.group(1).replace(".", "").replace(",", ".")) if m.group(2) == "jt" else float(m.group(1).replace(".", ""))
        return int(round(num * (1000000 if m.group(2) == "jt" else 1000)))
    if re.fullmatch(r"\d{1,3}(\.\d{3})*", s):
        return int(s.replace(".", ""))
    return None


def norm(s):
    return re.sub(r"\s+", " ", s)


truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
manifest = json.load(open(os.path.join(DATA, "manifest.json")))

# ---------------- catalogues re-read from files
cat_rows = {}
wb = load_workbook(os.path.join(DATA, "ssh_2027.xlsx"), data_only=True)
for row in wb.active.iter_rows(values_only=True):
    if isinstance(row[0], int) and isinstance(row[5], (int, float)):
        cat_rows[("ssh_2027.xlsx", row[2], row[3], row[4])] = int(row[5])
sbu_text = norm(" ".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "sbu_2027.pdf")).pages))
n_ssh = len(cat_rows)
n_sbu = len(truth["catalogue_rows"]) - n_ssh
for r in truth["catalogue_rows"]:
    if r["file"] == "sbu_2027.pdf":
        i = sbu_text.find(r["name"])
        ok = False
        while i >= 0:
            win = sbu_text[i:i + 250]
            if r["spec"][:25] in win and fmt(r["price"]) in win:
                ok = True; break
            i = sbu_text.find(r["name"], i + 1)
        if not ok:
            err(f"SBU row not found in PDF: {r['name']} {r['spec']}")
        cat_rows[("sbu_2027.pdf", r["name"], r["spec"], r["unit"])] = r["price"]
    else:
        if cat_rows.get(("ssh_2027.xlsx", r["name"], r["spec"], r["unit"])) != r["price"]:
            err(f"SSH row mismatch {r}")
if len(truth["catalogue_rows"]) < 300:
    err("catalogue rows < 300")


# ---------------- per-file row extraction
def rows_xlsx(path):
    out = []
    wb = load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(list(row))
    return out


def rows_docx(path):
    d = docx.Document(path); out = []
    for t in d.tables:
        for r in t.rows:
            out.append([c.text for c in r.cells])
    return out


def check_row_based(rows, lines, fname):
    for l in lines:
        found = False
        for row in rows:
            if row and any(c is not None and str(c).strip() == l["no"] for c in row[:5]):
                cells = [c for c in row if c is not None]
                txt = " ".join(str(c) for c in cells)
                vals = [money(c) for c in cells]
                if l["item"] in txt and l["price"] in vals and l["jumlah"] in vals:
                    found = True
                    # printed volume (where printed as its own cell or after '=')
                    break
        if not found:
            err(f"{fname}: line {l['no']} ({l['item']}, {l['price']}, {l['jumlah']}) not found")


def check_pdf(path, lines, fname):
    text = norm(" ".join(p.extract_text() for p in PdfReader(path).pages))
    pos = 0
    for l in lines:
        i = text.find(l["item"], pos)
        ok = False
        while i >= 0:
            before = text[max(0, i - 40):i]; after = text[i:i + 600]
            if re.search(rf"(^|\s){re.escape(l['no'])}\s*$", before) and f" {fmt(l['price'])} " in after and fmt(l["jumlah"]) in after:
                ok = True; break
            i = text.find(l["item"], i + 1)
        if not ok:
            err(f"{fname}: line {l['no']} ({l['item']}) not found in PDF text")
        else:
            pos = i


def check_scan(path, lines, fname):
    r = PdfReader(path)
    for pg in r.pages:
        if (pg.extract_text() or "").strip():
            err(f"{fname}: scan page has a text layer")
        if len(pg.images) != 1:
            err(f"{fname}: scan page without exactly one image")
        else:
            im = pg.images[0].image
            if im.size[0] < 2000:
                err(f"{fname}: scan resolution too low")
    tl = open(os.path.join(HERE, "scan_truth.txt")).read().splitlines()
    for l in lines:
        want = [l["no"], l["item"][:56], l["spec"][:60], l["koefisien"], l["unit"], fmt(l["price"]), fmt(l["jumlah"])]
        if " | ".join(want) not in tl:
            err(f"{fname}: line {l['no']} not in scan_truth.txt")


opds = set(); subkegs = set(); layouts = set(); allc = Counter(); nlines = 0; nclean = 0
for m in manifest:
    fname = m["rka"]; path = os.path.join(DATA, fname)
    for c in m["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f"missing catalogue {c}")
    if not os.path.exists(path):
        err(f"missing {fname}"); continue
    opds.add(m["opd"]); layouts.add(m["layout"])
    lines = truth["files"][fname]
    labels = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
    nos = [l["no"] for l in lines]
    if len(set(nos)) != len(nos):
        err(f"{fname}: duplicate No")
    if set(labels) != set(nos):
        err(f"{fname}: label keys differ from truth")
    if fname.endswith(".xlsx"):
        check_row_based(rows_xlsx(path), lines, fname)
    elif fname.endswith(".docx"):
        check_row_based(rows_docx(path), lines, fname)
    elif m["layout"].startswith("L5"):
        check_scan(path, lines, fname)
    else:
        check_pdf(path, lines, fname)
    byno = {l["no"]: (i, l) for i, l in enumerate(lines)}
    for l in lines:
        lab = set(labels.get(l["no"], []))
        if lab != set(l["labels"]):
            err(f"{fname} {l['no']}: labels file {lab} != truth {l['labels']}")
        if not lab <= TYPES:
            err(f"{fname} {l['no']}: unknown label")
        subkegs.add(l["subkeg_code"])
        # --- recompute ARITHMETIC
        prod = 1
        for n, _ in l["koef_parts"]:
            prod *= n
        exp = int(math.floor(l["volume"] * l["price"] * (100 + l["ppn"]) / 100 + 0.5))
        arith = (l["volume"] != prod) or (l["jumlah"] != exp)
        if arith != ("ARITHMETIC" in lab):
            err(f"{fname} {l['no']}: ARITHMETIC recompute {arith} vs label")
        if l["correct_jumlah"] != int(math.floor(prod * l["price"] * (100 + l["ppn"]) / 100 + 0.5)):
            err(f"{fname} {l['no']}: correct_jumlah wrong")
        # --- recompute OVERPRICED / NO_PRICE from the catalogue file values
        c = l["catalogue"]
        if c is None:
            if "NO_PRICE_REFERENCE" not in lab:
                err(f"{fname} {l['no']}: no catalogue but not NO_PRICE")
            if "OVERPRICED" in lab:
                err(f"{fname} {l['no']}: NO_PRICE and OVERPRICED")
        else:
            if "NO_PRICE_REFERENCE" in lab:
                err(f"{fname} {l['no']}: catalogued but NO_PRICE")
            cp = cat_rows.get((c["file"], c["name"], c["spec"], c["unit"]))
            if cp is None:
                err(f"{fname} {l['no']}: catalogue row not in catalogue file"); continue
            ref = cp * c["unit_factor"]
            over = l["price"] > ref * 1.10
            if over != ("OVERPRICED" in lab):
                err(f"{fname} {l['no']}: OVERPRICED recompute {over}")
            if not over and l["price"] > ref + 0.5:
                err(f"{fname} {l['no']}: clean price above catalogue (margin zone)")
            if over and l["price"] < ref * 1.30:
                err(f"{fname} {l['no']}: overpriced margin < 30%")
        # --- account mismatch
        am = l["account_code"] != l["correct_account_code"]
        if am != ("ACCOUNT_MISMATCH" in lab):
            err(f"{fname} {l['no']}: ACCOUNT_MISMATCH recompute")
        # --- duplicate
        if ("DUPLICATE" in lab) != (l["duplicate_of"] is not None):
            err(f"{fname} {l['no']}: DUPLICATE vs duplicate_of")
        if l["duplicate_of"]:
            j, o = byno[l["duplicate_of"]]
            if not (j < byno[l["no"]][0] and o["subkeg_code"] == l["subkeg_code"] and o["catalogue"]["key"] == l["catalogue"]["key"]
                    and o["koef_parts"] == l["koef_parts"] and "DUPLICATE" not in o["labels"]):
                err(f"{fname} {l['no']}: duplicate_of inconsistent")
        if ("OFF_TARGET" in lab) != (l["kind"] == "offt"):
            err(f"{fname} {l['no']}: OFF_TARGET vs kind")
        allc.update(lab); nlines += 1; nclean += (not lab)

print("files", len(manifest), "opds", len(opds), "layouts", len(layouts), "subkeg", len(subkegs), "lines", nlines, "clean", nclean,
      f"({nclean / nlines:.0%})", "catalogue rows", len(truth["catalogue_rows"]), f"(SSH {n_ssh}, SBU {n_sbu})")
print("labels", dict(allc))
if nlines < 200: err("lines < 200")
if len(opds) < 5: err("opds < 5")
if len(subkegs) < 9: err("subkeg < 9")
if len(layouts) < 6: err("layouts < 6")
for t in TYPES:
    if allc[t] < 25: err(f"label {t} < 25")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024: err("size > 15 MB")
print("size MB", round(size / 1048576, 2))
if ERR:
    print("FAIL", len(ERR)); [print(" -", e) for e in ERR[:60]]; sys.exit(1)
print("PASS")
