#!/usr/bin/env python3
"""Independent checks of set review20: truth vs files, labels vs truth, recomputed labels, counts."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
LABELS = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
TOL = Decimal("1.10")
errors = []


def err(msg):
    errors.append(msg)


def rp(n):
    return f"{int(n):,}".replace(",", ".")


def nows(s):
    return re.sub(r"\s+", "", str(s))


def cell_str(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


# ------------------------------------------------------------ readers
def xlsx_rows(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    rows = []
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True):
            rows.append([cell_str(v) for v in r])
    return rows


def docx_rows(path):
    from docx import Document
    d = Document(path)
    rows = []
    for t in d.tables:
        for r in t.rows:
            rows.append([c.text for c in r.cells])
    return rows


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def main():
    truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
    manifest = json.load(open(os.path.join(DATA, "manifest.json")))
    cats = json.load(open(os.path.join(HERE, "truth_catalogues.json")))

    # ---------------- catalogues really contain their rows
    ssh = [r for r in cats if r["cat"] == "SSH"]
    sbu = [r for r in cats if r["cat"] == "SBU"]
    ssh_rows = xlsx_rows(os.path.join(DATA, "ssh_kota_samarinda_2027.xlsx"))
    ssh_idx = {r[1]: r for r in ssh_rows if len(r) > 5 and r[1]}
    for r in ssh:
        row = ssh_idx.get(r["kode"])
        if not row or row[2] != r["name"] or row[5] != str(r["price"]) or row[4] != r["unit"]:
            err(f"SSH row missing/different: {r['kode']} {r['name']}")
    sbu_txt = nows(pdf_text(os.path.join(DATA, "sbu_kota_samarinda_2027.pdf")))
    pos = 0
    for r in sbu:
        i = sbu_txt.find(nows(r["kode"]), pos)
        if i < 0 or nows(rp(r["price"])) not in sbu_txt[i:i + 400] or nows(r["name"]) not in sbu_txt[i:i + 400]:
            err(f"SBU row missing: {r['kode']} {r['name']}")
        else:
            pos = i
    by_kode = {r["kode"]: r for r in cats}
    n_cat_rows = len(cats)

    # ---------------- per-file checks
    by_file = {}
    for t in truth:
        by_file.setdefault(t["file"], []).append(t)
    if sorted(by_file) != sorted(m["rka"] for m in manifest):
        err("manifest files != truth files")
    for m in manifest:
        fn = m["rka"]
        path = os.path.join(DATA, fn)
        for c in m["catalogues"]:
            if not os.path.exists(os.path.join(DATA, c)):
                err(f"missing catalogue {c}")
        lab = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
        lines = by_file[fn]
        nos = [t["no"] for t in lines]
        if len(set(nos)) != len(nos):
            err(f"{fn}: duplicate No")
        if set(lab) != set(nos):
            err(f"{fn}: labels keys != truth Nos")
        for t in lines:
            if sorted(lab.get(t["no"], []), key=LABELS.index) != t["labels"]:
                err(f"{fn} #{t['no']}: labels file {lab.get(t['no'])} != truth {t['labels']}")
        # presence of No / name / price / jumlah
        lay = m["layout"]
        if fn.endswith(".xlsx") or fn.endswith(".docx"):
            rows = xlsx_rows(path) if fn.endswith(".xlsx") else docx_rows(path)
            for t in lines:
                pr = t["printed"]
                cand = [r for r in rows if r and r[0] == t["no"]]
                ok = False
                for r in cand:
                    joined = " | ".join(r)
                    if t["item_name"] in joined and str(pr["price"]) in r and str(pr["jumlah"]) in r:
                        ok = True
                if not ok:
                    err(f"{fn} #{t['no']}: row with name/price/jumlah not found")
        elif lay in ("scan_pdf_rotated", "photo_jpg"):
            if fn.endswith(".pdf"):
                from pypdf import PdfReader
                rd = PdfReader(path)
                if any((p.extract_text() or "").strip() for p in rd.pages):
                    err(f"{fn}: scan has a text layer")
            else:
                from PIL import Image
                im = Image.open(path)
                if im.size[0] < 2000:
                    err(f"{fn}: photo resolution too low")
            tf = os.path.join(HERE, fn.rsplit(".", 1)[0] + ".scan_truth.txt")
            txt = open(tf).read().splitlines()
            for t in lines:
                pr = t["printed"]
                ok = any(l.startswith(t["no"] + " | ") and pr["name_drawn"] in l and f"| {pr['price']} |" in l
                         and l.endswith("| " + pr["jumlah"]) for l in txt)
                if not ok:
                    err(f"{fn} #{t['no']}: not in scan truth text")
                if not pr["name_drawn"].startswith(t["item_name"]):
                    err(f"{fn} #{t['no']}: drawn name does not start like item name")
        else:
            txt = nows(pdf_text(path))
            pos = 0
            for t in lines:
                pr = t["printed"]
                i = txt.find(nows(t["item_name"]), pos)
                if i < 0:
                    err(f"{fn} #{t['no']}: name not found in order")
                    continue
                before = txt[max(0, i - 60):i]
                after = txt[i:i + 500]
                if not before.endswith(t["no"]) and (t["no"] not in before):
                    err(f"{fn} #{t['no']}: No not before name")
                if nows(pr["price"]) not in after or nows(pr["jumlah"]) not in after:
                    err(f"{fn} #{t['no']}: price/jumlah not after name")
                pos = i

    # ---------------- labels recomputed from truth
    by_no = {(t["file"], t["no"]): t for t in truth}
    order = {}
    for fn, lines in by_file.items():
        for i, t in enumerate(lines):
            order[(fn, t["no"])] = i
    for t in truth:
        L = set(t["labels"])
        prod = 1
        for n, _ in t["koefisien_parts"]:
            prod *= n
        exp_j = int((Decimal(t["volume"]) * Decimal(t["price"]) * Decimal(100 + t["ppn_percent"]) / 100)
                    .quantize(Decimal(1), rounding=ROUND_HALF_UP))
        arith = prod != t["volume"] or exp_j != t["jumlah"]
        if arith != ("ARITHMETIC" in L):
            err(f"{t['file']} #{t['no']}: ARITHMETIC recompute {arith} vs label")
        cj = int((Decimal(prod) * Decimal(t["price"]) * Decimal(100 + t["ppn_percent"]) / 100)
                 .quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if cj != t["correct_jumlah"]:
            err(f"{t['file']} #{t['no']}: correct_jumlah wrong")
        ref = t["catalogue_ref"]
        if (ref is None) != ("NO_PRICE_REFERENCE" in L):
            err(f"{t['file']} #{t['no']}: NPR vs catalogue_ref")
        if ref:
            c = by_kode.get(ref["kode"])
            if not c or c["price"] != ref["price"] or c["unit"] != ref["unit"]:
                err(f"{t['file']} #{t['no']}: catalogue ref not in catalogue")
            equiv = Decimal(ref["price"]) * Decimal(str(ref["rka_unit_per_catalogue_unit"]))
            over = Decimal(t["price"]) > equiv * TOL
            if over != ("OVERPRICED" in L):
                err(f"{t['file']} #{t['no']}: OVERPRICED recompute {over} vs label")
            ratio = Decimal(t["price"]) / equiv
            if not over and ratio > Decimal("1.0001"):
                err(f"{t['file']} #{t['no']}: clean price above catalogue (ambiguous zone)")
            if over and ratio < Decimal("1.25"):
                err(f"{t['file']} #{t['no']}: overpriced margin < 25%")
        if (t["account_code"] != t["correct_account_code"]) != ("ACCOUNT_MISMATCH" in L):
            err(f"{t['file']} #{t['no']}: ACCOUNT_MISMATCH vs account codes")
        if "DUPLICATE" in L:
            src = by_no.get((t["file"], t.get("duplicate_of_no")))
            if not src:
                err(f"{t['file']} #{t['no']}: duplicate without source")
            else:
                if order[(t["file"], src["no"])] >= order[(t["file"], t["no"])]:
                    err(f"{t['file']} #{t['no']}: duplicate not later than its source")
                if src["sub_kegiatan_code"] != t["sub_kegiatan_code"]:
                    err(f"{t['file']} #{t['no']}: duplicate across sub-kegiatan")
                same = (ref and src["catalogue_ref"] and src["catalogue_ref"]["kode"] == ref["kode"]) or \
                       (not ref and not src["catalogue_ref"] and (src["item_name"][:12].lower() in t["item_name"].lower()
                                                                      or t["item_name"][:12].lower() in src["item_name"].lower()))
                if not same:
                    err(f"{t['file']} #{t['no']}: duplicate item differs from source")
        if "OFF_TARGET" in L and "DUPLICATE" in L:
            err("OFF_TARGET+DUPLICATE combination not used by design")
    # no unlabeled repeated catalogue item within a sub-kegiatan
    seen = Counter((t["file"], t["sub_kegiatan_code"], t["catalogue_ref"]["kode"]) for t in truth if t["catalogue_ref"])
    ndup = Counter((t["file"], t["sub_kegiatan_code"], t["catalogue_ref"]["kode"]) for t in truth
                   if t["catalogue_ref"] and "DUPLICATE" in t["labels"])
    for k, v in seen.items():
        if v - 1 != ndup.get(k, 0):
            err(f"catalogue item repeated without DUPLICATE label: {k}")

    # ---------------- counts
    cnt = Counter(x for t in truth for x in t["labels"])
    clean = sum(1 for t in truth if not t["labels"])
    subs = {(t["file"], t["sub_kegiatan_code"]) for t in truth}
    opds = {m["opd"] for m in manifest}
    layouts = {m["layout"] for m in manifest}
    if len(truth) < 200:
        err("fewer than 200 lines")
    for lab in LABELS:
        if cnt[lab] < 25:
            err(f"label {lab} has {cnt[lab]} < 25")
    if len(subs) < 9 or len(opds) < 5 or len(layouts) < 6 or n_cat_rows < 300:
        err("size/variety minimum not met")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15 * 1024 * 1024:
        err("output dir > 15 MB")
    print(f"lines={len(truth)} clean={clean} ({clean / len(truth):.0%}) subkeg={len(subs)} opd={len(opds)} "
          f"layouts={len(layouts)} catalogue_rows={n_cat_rows} (SSH {len(ssh)}, SBU {len(sbu)}) size={size / 1e6:.2f} MB")
    print("labels:", dict(cnt))
    if errors:
        print(f"FAIL: {len(errors)} problems")
        for e in errors[:60]:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
