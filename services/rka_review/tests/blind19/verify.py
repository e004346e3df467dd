#!/usr/bin/env python3
"""Verify review19: every labelled line is really in its file, labels agree with the truth,
ARITHMETIC / OVERPRICED / NO_PRICE_REFERENCE recomputed independently. Exit 1 on any failure."""
import json, os, re, sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
THRESH = Decimal("1.10")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


def idr(n):
    d = Decimal(str(n))
    if d == d.to_integral_value():
        return f"{int(d):,}".replace(",", ".")
    ip, fp = f"{d.normalize():f}".split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + fp


def money_value(v):
    """Numeric cell, 'Rp 1.250.000', '1.250.000,00' or '1,25 jt' -> int (None if not money)."""
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    if not isinstance(v, str):
        return None
    s = v.strip()
    m = re.fullmatch(r"(\d+(?:,\d+)?)\s*jt", s)
    if m:
        return Decimal(m.group(1).replace(",", ".")) * 1000000
    m = re.fullmatch(r"(?:Rp\.?\s*)?(\d{1,3}(?:\.\d{3})*)(?:,(\d+))?", s)
    if m:
        return Decimal(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
    return None


def koef_product(k):
    prod = Decimal(1)
    for part in re.split(r"\s+x\s+", k.strip()):
        m = re.match(r"(\d+(?:,\d+)?)", part.strip())
        if not m:
            return None
        prod *= Decimal(m.group(1).replace(",", "."))
    return prod


def main():
    manifest = json.load(open(os.path.join(DATA, "manifest.json")))
    truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
    files = truth["files"]
    # ---- catalogues really contain the referenced rows
    from openpyxl import load_workbook
    from pypdf import PdfReader
    ssh_file = truth["catalogues"]["ssh"]["file"]
    sbu_file = truth["catalogues"]["sbu"]["file"]
    ws = load_workbook(os.path.join(DATA, ssh_file)).active
    ssh_rows = {}
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[0], int) and row[1] and isinstance(row[5], (int, float)):
            ssh_rows[row[1]] = (row[2], row[3], row[4], int(row[5]))
    sbu_text = norm(" ".join(p.extract_text() for p in PdfReader(os.path.join(DATA, sbu_file)).pages))
    sbu_codes = re.findall(r"SBU\.\d{2}\.\d{3}", sbu_text)
    n_cat = len(ssh_rows) + len(set(sbu_codes))
    if n_cat < 300:
        err(f"catalogue rows {n_cat} < 300")
    for r in truth["catalogues"]["ssh"]["rows"]:
        got = ssh_rows.get(r["kode"])
        if not got or got[3] != r["price"] or got[0] != r["name"] or got[2] != r["unit"]:
            err(f"SSH row {r['kode']} mismatch: {got}")
    for r in truth["catalogues"]["sbu"]["rows"]:
        i = sbu_text.find(r["kode"])
        if i < 0 or idr(r["price"]) not in sbu_text[i:i + 400] or norm(r["name"]) not in sbu_text[i:i + 400]:
            err(f"SBU row {r['kode']} not found with its price/name")

    counts, total, clean = Counter(), 0, 0
    for m in manifest:
        fname = m["rka"]
        path = os.path.join(DATA, fname)
        if not os.path.exists(path):
            err(f"missing {fname}")
            continue
        for c in m["catalogues"]:
            if not os.path.exists(os.path.join(DATA, c)):
                err(f"missing catalogue {c}")
        labels = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
        T = files[fname]
        lines = T["lines"]
        nos = [l["no"] for l in lines]
        if len(set(nos)) != len(nos):
            err(f"{fname}: duplicate No")
        if set(labels) != set(nos):
            err(f"{fname}: label keys differ from truth Nos")
        # ---- label recomputation
        seen_dup_first = set()
        for l in lines:
            total += 1
            lab = labels.get(l["no"], None)
            if lab is None:
                continue
            if sorted(lab) != sorted(l["labels"]):
                err(f"{fname} No {l['no']}: labels {lab} != truth {l['labels']}")
            if not lab:
                clean += 1
            for t in lab:
                if t not in TYPES:
                    err(f"{fname} No {l['no']}: unknown label {t}")
                counts[t] += 1
            vol = Decimal(str(l["volume"]))
            kp = koef_product(l["koefisien"])
            exp_j = int((vol * l["price"] * Decimal(100 + l["ppn_percent"]) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            arith = (exp_j != l["jumlah"]) or (kp != vol)
            if arith != ("ARITHMETIC" in lab):
                err(f"{fname} No {l['no']}: ARITHMETIC recomputed {arith} (jumlah {l['jumlah']} vs {exp_j}, koef {kp} vs vol {vol})")
            if arith and exp_j != l["jumlah"] and abs(exp_j - l["jumlah"]) < max(1000, exp_j // 100):
                err(f"{fname} No {l['no']}: arithmetic error too small to be fair")
            cat = l["catalogue"]
            if (cat is None) != ("NO_PRICE_REFERENCE" in lab):
                err(f"{fname} No {l['no']}: NO_PRICE_REFERENCE inconsistent with catalogue ref")
            if cat:
                # the reference row must exist in the named catalogue with that price
                if cat["file"] == ssh_file:
                    if ssh_rows.get(cat["kode"], (0, 0, 0, -1))[3] != cat["price"]:
                        err(f"{fname} No {l['no']}: catalogue row {cat['kode']} price mismatch")
                elif cat["kode"] not in sbu_text:
                    err(f"{fname} No {l['no']}: SBU row {cat['kode']} missing")
                conv = cat["conversion"]
                if "/" in conv:
                    a, b = conv.split("/")
                    ref_price = Decimal(cat["price"]) * Decimal(a) / Decimal(b)
                else:
                    ref_price = Decimal(cat["price"]) * Decimal(conv)
                ratio = Decimal(l["price"]) / ref_price
                over = ratio > THRESH
                if over != ("OVERPRICED" in lab):
                    err(f"{fname} No {l['no']}: OVERPRICED recomputed {over} (ratio {ratio:.3f})")
                if Decimal(l["price"]) > ref_price and ratio < Decimal("1.25"):
                    err(f"{fname} No {l['no']}: ratio {ratio:.3f} inside the ambiguous band")
            elif "OVERPRICED" in lab:
                err(f"{fname} No {l['no']}: OVERPRICED without reference")
        # ---- presence in the file
        ext = fname.rsplit(".", 1)[1]
        if ext == "xlsx":
            check_xlsx(path, fname, lines)
        elif "scan" in fname:
            check_scan(path, fname, lines)
        else:
            check_pdf(path, fname, lines)

    print(f"RKA files: {len(manifest)}  lines: {total}  clean: {clean} ({100 * clean / max(total, 1):.1f}%)  catalogue rows: {n_cat}")
    print("labels:", dict(counts))
    if total < 200:
        err("fewer than 200 lines")
    for t in TYPES:
        if counts[t] < 25:
            err(f"label {t}: only {counts[t]}")
    n_sub = sum(len(v["subkegiatan"]) for v in files.values())
    opds = {m["opd"] for m in manifest}
    print(f"OPDs: {len(opds)}  sub-kegiatan: {n_sub}  layouts: {len({m['layout'] for m in manifest})}")
    if n_sub < 9 or len(opds) < 5:
        err("too few sub-kegiatan / OPDs")
    size = 0
    for root, dirs, fs in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"__pycache__ left in {root}")
        size += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
    print(f"size: {size / 1e6:.2f} MB")
    if size > 15e6:
        err("output dir over 15 MB")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors[:60]:
            print("  -", e)
        sys.exit(1)
    print("OK")


def check_xlsx(path, fname, lines):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    rows = []
    for ws in wb.worksheets:
        nocol = None
        for row in ws.iter_rows(values_only=True):
            if nocol is None:
                for ci, v in enumerate(row):
                    if isinstance(v, str) and norm(v).upper() in ("NO", "NO.", "NO. URUT"):
                        nocol = ci
                        break
                continue
            rows.append((row[nocol], row))
    for l in lines:
        hits = [r for no, r in rows if no is not None and str(no) == l["no"]]
        if len(hits) != 1:
            err(f"{fname} No {l['no']}: found in {len(hits)} rows")
            continue
        r = hits[0]
        texts = [norm(v) for v in r if isinstance(v, str)]
        if not any(norm(l["item"]) in t for t in texts):
            err(f"{fname} No {l['no']}: item name not in its row")
        money = [money_value(v) for v in r]
        if Decimal(l["price"]) not in money:
            err(f"{fname} No {l['no']}: price {l['price']} not in its row")
        if Decimal(l["jumlah"]) not in money:
            err(f"{fname} No {l['no']}: jumlah {l['jumlah']} not in its row")
        if not any(v is not None and str(v) == str(l["volume"]) for v in r):
            err(f"{fname} No {l['no']}: volume {l['volume']} not in its row")


def check_pdf(path, fname, lines):
    from pypdf import PdfReader
    pages = PdfReader(path).pages
    text = norm(" ".join(p.extract_text() for p in pages))
    if text.count("Kode Rekening") < len(pages):
        err(f"{fname}: table header not repeated on every page")
    pos = 0
    for l in lines:
        name = norm(l["item"])
        key = " " + l["no"] + " " + name
        i = text.find(key, pos)
        if i < 0:
            err(f"{fname} No {l['no']}: 'No item' not found in PDF text (in order)")
            continue
        after = text[i:i + 500]
        if l["printed_price"] not in after or l["printed_jumlah"] not in after:
            err(f"{fname} No {l['no']}: price/jumlah not found after the item")
        pos = i + len(key)


def check_scan(path, fname, lines):
    from pypdf import PdfReader
    rd = PdfReader(path)
    txt = "".join((p.extract_text() or "") for p in rd.pages).strip()
    if txt:
        err(f"{fname}: scan has a text layer")
    if not all(p.images for p in rd.pages):
        err(f"{fname}: a page without image")
    truth_txt = open(os.path.join(HERE, "scan_truth.txt"), encoding="utf-8").read().split("\n")
    for l in lines:
        cand = [t for t in truth_txt if t.startswith(l["no"] + " | ")]
        if len(cand) != 1:
            err(f"{fname} No {l['no']}: {len(cand)} drawn rows")
            continue
        cells = cand[0].split(" | ")
        if not cells[1].startswith(l["item"]) or cells[4] != idr(l["price"]) or cells[5] != idr(l["jumlah"]):
            err(f"{fname} No {l['no']}: drawn row differs from truth: {cand[0]}")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
