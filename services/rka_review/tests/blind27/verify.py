# -*- coding: utf-8 -*-
"""Independent checks of the review27 set against its files. Exit code 0 = all good."""
import json, os, re, csv, sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(m):
    errors.append(m)


def rhu(x):
    return int(Decimal(x.numerator) / Decimal(x.denominator) .quantize(Decimal("1")) if False else
               (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def idr(n):
    return f"{int(n):,}".replace(",", ".")


def money(v):
    """parse numeric cell or Indonesian money text -> int or None"""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return int(v)
    s = str(v).strip()
    m = re.fullmatch(r"([\d]+(?:,\d+)?)\s*jt", s)
    if m:
        return int(Decimal(m.group(1).replace(",", ".")) * 1000000)
    s = re.sub(r"^Rp\.?\s*", "", s)
    s = re.sub(r",-$", "", s)
    if re.fullmatch(r"\d{1,3}(\.\d{3})*", s):
        return int(s.replace(".", ""))
    return None


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


truth = json.load(open(os.path.join(HERE, "truth_lines.json"), encoding="utf-8"))
conv = truth["conventions"]
manifest = json.load(open(os.path.join(DATA, "manifest.json"), encoding="utf-8"))
PPN_ALT = {("5.1.02.01.01.0052", "5.1.02.01.01.0055"), ("5.1.02.01.01.0055", "5.1.02.01.01.0052")}

# ---------------------------------------------------------------- catalogues
ssh = {}
wb = openpyxl.load_workbook(os.path.join(DATA, "SSH_Kota_Samarinda_TA2027.xlsx"))
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[0], int) and row[1]:
            ssh[row[1]] = dict(name=row[2], spec=row[3], unit=row[4], price=row[5], sheet=ws.title)
sbu_text = ""
for p in PdfReader(os.path.join(DATA, "SBU_Kota_Samarinda_TA2027.pdf")).pages:
    sbu_text += p.extract_text() + "\n"
sbu = {}
parts = re.split(r"(SBU\.\d\d\.\d{3})", sbu_text)
for kode, chunk in zip(parts[1::2], parts[2::2]):
    nums = re.findall(r"(?<![\d.])(\d{1,3}(?:\.\d{3})+)(?![\d.])", chunk)
    sbu[kode] = dict(text=norm(chunk), price=int(nums[-1].replace(".", "")) if nums else None)
ncat = len(ssh) + len(sbu)
if ncat < 300:
    err(f"catalogue rows {ncat} < 300")
cat_text_all = norm(" ".join(str(v["name"]) + " " + str(v["spec"]) for v in ssh.values()) + " " + sbu_text).lower()


# ---------------------------------------------------------------- file readers
def xlsx_rows(path):
    wb = openpyxl.load_workbook(path)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows.append(list(row))
    return rows


def csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.reader(f, delimiter=";")]


def pdf_pages(path):
    return [norm(p.extract_text()) for p in PdfReader(path).pages]


def check_row_based(rows, l, fn):
    for r in rows:
        cells = ["" if c is None else c for c in r]
        if any(str(c).strip() == l["no"] for c in cells if not isinstance(c, float)):
            txt = " ".join(str(c) for c in cells)
            if norm(l["item_name"]) not in norm(txt):
                continue
            vals = [money(c) for c in cells]
            if l["price"] not in vals:
                err(f"{fn} No {l['no']}: price {l['price']} not in row {cells}")
            if l["jumlah"] not in vals:
                err(f"{fn} No {l['no']}: jumlah {l['jumlah']} not in row {cells}")
            return True
    err(f"{fn} No {l['no']}: row with name '{l['item_name']}' not found")
    return False


SCAN_LINES = {".pdf": open(os.path.join(HERE, "scan_truth.txt"), encoding="utf-8").read().splitlines(),
              ".jpg": open(os.path.join(HERE, "photo_truth.txt"), encoding="utf-8").read().splitlines()}

# ---------------------------------------------------------------- per file
all_counts = Counter()
nlines = nclean = 0
opds = set()
subkeg = set()
for ent in manifest:
    fn = ent["rka"]
    path = os.path.join(DATA, fn)
    if not os.path.exists(path):
        err(f"missing {fn}"); continue
    for c in ent["catalogues"]:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f"missing catalogue {c}")
    labels = json.load(open(os.path.join(DATA, ent["labels"]), encoding="utf-8"))["labels"]
    tl = truth["files"][fn]
    opds.add(ent["opd"])
    if sorted(labels) != sorted(l["no"] for l in tl) or len(set(l["no"] for l in tl)) != len(tl):
        err(f"{fn}: label keys != truth line numbers")
    ext = os.path.splitext(fn)[1].lower()
    if ext == ".xlsx":
        rows = xlsx_rows(path)
    elif ext == ".csv":
        rows = csv_rows(path)
    elif ext == ".pdf":
        pages = pdf_pages(path)
        is_scan = all(len(p) < 5 for p in pages)
    if ext == ".jpg":
        from PIL import Image
        im = Image.open(path); im.verify()
        is_scan = True
    if ext in (".pdf", ".jpg") and is_scan:
        scan_lines = SCAN_LINES[ext]
    seen_kode = defaultdict(list)
    for l in tl:
        nlines += 1
        subkeg.add(l["sub_kegiatan_code"])
        lab = sorted(labels.get(l["no"], []))
        if lab != sorted(l["labels"]):
            err(f"{fn} No {l['no']}: labels file {lab} != truth {l['labels']}")
        nclean += not lab
        all_counts.update(lab)
        # --- presence in the file
        if ext in (".xlsx", ".csv"):
            check_row_based(rows, l, fn)
        elif is_scan:
            row = f"{l['no']} | {l['item_name']}"
            hit = [s for s in scan_lines if s.startswith(row)]
            if not hit:
                err(f"{fn} No {l['no']}: not in scan_truth.txt")
            else:
                parts = [p.strip() for p in hit[0].split("|")]
                if money(parts[-2]) != l["price"] or money(parts[-1]) != l["jumlah"]:
                    err(f"{fn} No {l['no']}: scan row values differ {parts}")
        else:
            ok = False
            for p in pages:
                if norm(l["item_name"]) in p and idr(l["price"]) in p and idr(l["jumlah"]) in p \
                        and re.search(rf"(^|\s){re.escape(l['no'])}\s", p):
                    ok = True; break
            if not ok:
                err(f"{fn} No {l['no']}: name/price/jumlah not found on one page")
        # --- ARITHMETIC recomputed
        vol_true = 1
        for k in l["koef_parts"]:
            vol_true *= k
        calc = rhu(Fraction(l["volume"]) * l["price"] * Fraction(100 + l["ppn_percent"], 100))
        correct = rhu(Fraction(vol_true) * l["price"] * Fraction(100 + l["ppn_percent"], 100))
        if correct != l["jumlah_correct"]:
            err(f"{fn} No {l['no']}: jumlah_correct mismatch")
        is_ar = (calc != l["jumlah"]) or (l["volume"] != vol_true)
        if is_ar != ("ARITHMETIC" in lab):
            err(f"{fn} No {l['no']}: ARITHMETIC recomputed {is_ar} vs label")
        # --- OVERPRICED recomputed from the catalogue file
        ref = l["catalogue_ref"]
        if ref is None:
            if "NO_PRICE_REFERENCE" not in lab:
                err(f"{fn} No {l['no']}: no ref but no NO_PRICE_REFERENCE")
            if "OVERPRICED" in lab:
                err(f"{fn} No {l['no']}: OVERPRICED without reference")
            if norm(l["item_name"]).lower() in cat_text_all:
                err(f"{fn} No {l['no']}: NO_PRICE_REFERENCE item name occurs in a catalogue")
        else:
            if "NO_PRICE_REFERENCE" in lab:
                err(f"{fn} No {l['no']}: has ref but NO_PRICE_REFERENCE")
            if ref["file"].startswith("SSH"):
                row = ssh.get(ref["kode"])
                if not row or row["price"] != ref["harga"] or row["unit"] != ref["satuan"]:
                    err(f"{fn} No {l['no']}: SSH ref {ref['kode']} not matching catalogue file")
            else:
                row = sbu.get(ref["kode"])
                if not row or row["price"] != ref["harga"] or norm(ref["uraian"]) not in row["text"]:
                    err(f"{fn} No {l['no']}: SBU ref {ref['kode']} not matching catalogue file ({row})")
            refp = Fraction(ref["harga"]) * Fraction(ref["factor"])
            over = l["price"] > refp * Fraction(1) * (1 + Fraction(str(conv["overpriced_margin"])))
            if over != ("OVERPRICED" in lab):
                err(f"{fn} No {l['no']}: OVERPRICED recomputed {over} vs label")
            if not over and l["price"] > refp:
                err(f"{fn} No {l['no']}: clean price in grey zone above reference")
            if over and l["price"] < refp * Fraction(115, 100):
                err(f"{fn} No {l['no']}: overpriced by less than 15%")
            seen_kode[(l["sub_kegiatan_code"], ref["kode"])].append(l)
        # --- ACCOUNT_MISMATCH
        mism = l["account_code"] != l["correct_account_code"] and \
            (l["account_code"], l["correct_account_code"]) not in PPN_ALT
        if mism != ("ACCOUNT_MISMATCH" in lab):
            err(f"{fn} No {l['no']}: ACCOUNT_MISMATCH recomputed {mism}")
        if (l["kind"] == "off") != ("OFF_TARGET" in lab):
            err(f"{fn} No {l['no']}: OFF_TARGET vs kind")
    # --- DUPLICATE: in each sub-kegiatan the later of two lines with the same catalogue row
    order = {l["no"]: i for i, l in enumerate(tl)}
    dups_expected = set()
    for (sk, kode), ls in seen_kode.items():
        ls = sorted(ls, key=lambda x: order[x["no"]])
        for x in ls[1:]:
            dups_expected.add(x["no"])
    got = {l["no"] for l in tl if "DUPLICATE" in l["labels"]}
    if got != dups_expected:
        err(f"{fn}: DUPLICATE set {sorted(got)} != recomputed {sorted(dups_expected)}")

# ---------------------------------------------------------------- totals
print("lines", nlines, "clean", nclean, f"({nclean / nlines:.0%})", dict(all_counts))
print("OPDs", len(opds), "sub-kegiatan", len(subkeg), "catalogue rows", ncat, "(SSH", len(ssh), "SBU", len(sbu), ")")
if nlines < 200: err("fewer than 200 lines")
for t in TYPES:
    if all_counts[t] < 25: err(f"{t}: only {all_counts[t]}")
if len(opds) < 5: err("fewer than 5 OPDs")
if len(subkeg) < 9: err("fewer than 9 sub-kegiatan")
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print("total size MB", round(size / 1e6, 2))
if size > 15e6: err("set larger than 15 MB")
for dp, dn, _ in os.walk(HERE):
    if "__pycache__" in dn:
        print("note: __pycache__ present under", dp)
if errors:
    print("\n".join(errors[:80]))
    print(f"FAILED: {len(errors)} errors")
    sys.exit(1)
print("OK: all checks passed")
