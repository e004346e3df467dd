#!/usr/bin/env python3
"""Verify review34: every labelled value is really in its file, labels agree with truth_lines.json and
ARITHMETIC / OVERPRICED / NO_PRICE_REFERENCE / ACCOUNT_MISMATCH / DUPLICATE are recomputed from the truth."""
import collections
import csv
import json
import os
import re
import shutil
import subprocess
import sys

from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TYPES = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
MARGIN = 1.10
errors = []


def err(msg):
    errors.append(msg)


def rp(n):
    return f"{int(n):,}".replace(",", ".")


def parse_money(s):
    s = str(s).strip()
    m = re.fullmatch(r"([\d]+(?:,\d+)?)\s*jt", s)
    if m:
        return int(round(float(m.group(1).replace(",", ".")) * 1000000))
    s = s.replace("Rp", "").strip()
    if s.endswith(",00"):
        s = s[:-3]
    return int(s.replace(".", ""))


def nows(s):
    return re.sub(r"\s+", "", s)


def pdf_text(path):
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


# ---------------------------------------------------------------- per-layout readers -> {No: (item, volume, price, jumlah)}
def read_xlsx_merged(path):
    wb = load_workbook(path)
    ws = wb.active
    for c in "JKL":
        if not ws.column_dimensions[c].hidden:
            err(f"{path}: helper column {c} not hidden")
    out = {}
    for row in ws.iter_rows(min_row=11, values_only=True):
        if isinstance(row[0], int):
            out[str(row[0])] = (row[2], row[5], row[7], row[8])
    return out


def read_xlsx_sheets(path):
    wb = load_workbook(path)
    out = {}
    if len(wb.sheetnames) < 3:
        err(f"{path}: expected several sheets")
    for ws in wb.worksheets[1:]:
        for row in ws.iter_rows(min_row=7, values_only=True):
            if row[0] and re.fullmatch(r"\d+\.\d+", str(row[0])):
                out[str(row[0])] = (row[3], row[6], parse_money(row[8]), parse_money(row[2]))
    return out


def read_xlsx_volunit(path):
    ws = load_workbook(path).active
    out = {}
    for row in ws.iter_rows(min_row=6, values_only=True):
        if row[0] and re.fullmatch(r"[A-G]\d+", str(row[0])):
            vol = int(str(row[2]).split()[0])
            price = row[3] if isinstance(row[3], int) else parse_money(row[3])
            out[str(row[0])] = (row[1], vol, price, row[4], str(row[2]))
    return out


def read_csv(path):
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            out[r["no"]] = (r["uraian"], int(r["volume"]), parse_money(r["harga_satuan"]), parse_money(r["jumlah"]))
    return out


def check_text_layout(fname, lines, text, exact_rows=None):
    t = nows(text)
    for L in lines:
        for what, v in [("name", L["item"]), ("price", rp(L["price"])), ("jumlah", rp(L["jumlah_printed"])), ("no", L["no"])]:
            if nows(v) not in t:
                err(f"{fname} No {L['no']}: {what} '{v}' not found in text")
        if exact_rows is not None:
            ok = any(r.startswith(L["no"] + " | " + L["item"]) and r.endswith(f"| {rp(L['price'])} | {rp(L['jumlah_printed'])}")
                     and f"| {L['volume_printed']} | {L['unit']} |" in r for r in exact_rows)
            if not ok:
                err(f"{fname} No {L['no']}: no drawn row matches")


# ---------------------------------------------------------------- main
def main():
    manifest = json.load(open(os.path.join(DATA, "manifest.json"), encoding="utf-8"))
    truth = json.load(open(os.path.join(HERE, "truth_lines.json"), encoding="utf-8"))
    # catalogue contents
    ssh = {}
    wb = load_workbook(os.path.join(DATA, "ssh_2027.xlsx"))
    for row in wb.active.iter_rows(min_row=8, values_only=True):
        if isinstance(row[0], int):
            ssh[row[1]] = row
    sbu_text = pdf_text(os.path.join(DATA, "sbu_2027.pdf"))
    sbu_rows = len(re.findall(r"SBU\.\d\d\.\d\d\d", sbu_text))
    if len(ssh) + sbu_rows < 300:
        err(f"catalogue rows {len(ssh)} + {sbu_rows} < 300")
    counts = collections.Counter()
    n_lines = n_clean = 0
    layouts, opds, subs = set(), set(), set()
    for ent in manifest:
        f = ent["rka"]
        for k in ("rka", "labels"):
            if not os.path.exists(os.path.join(DATA, ent[k])):
                err(f"missing {ent[k]}")
        for c in ent["catalogues"]:
            if not os.path.exists(os.path.join(DATA, c)):
                err(f"missing catalogue {c}")
        layouts.add(ent["layout"])
        opds.add(ent["opd"])
        tl = truth[f]["lines"]
        labels = json.load(open(os.path.join(DATA, ent["labels"]), encoding="utf-8"))["labels"]
        if set(labels) != {L["no"] for L in tl} or len(tl) != len(labels):
            err(f"{f}: label keys differ from truth")
        path = os.path.join(DATA, f)
        lay = ent["layout"]
        got = None
        if lay == "xlsx_merged_hidden_helper":
            got = read_xlsx_merged(path)
        elif lay == "xlsx_sheet_per_sub_text_prices":
            got = read_xlsx_sheets(path)
        elif lay == "csv_sipd_export":
            got = read_csv(path)
        elif lay == "xlsx_volume_unit_one_cell":
            got = read_xlsx_volunit(path)
            for L in tl:
                g = got.get(L["no"])
                if g and (g[4] != L["volume_cell_text"] or g[4].split(None, 1)[1].lower() != L["unit"].lower()):
                    err(f"{f} No {L['no']}: vol/unit cell mismatch")
                if g and g[0] == (L["item_cell_text"] or L["item"]):
                    got[L["no"]] = (L["item"],) + g[1:4]
        elif lay in ("sipd_pdf_ppn", "pdf_no_ruling_no_repeat_header"):
            txt = pdf_text(path)
            check_text_layout(f, tl, txt)
            if lay == "sipd_pdf_ppn" and txt.count("Kode Rekening") < 3:
                err(f"{f}: table header not repeated across pages")
            if lay == "pdf_no_ruling_no_repeat_header":
                pages = [p.extract_text() for p in PdfReader(path).pages]
                if len(pages) < 2 or any("Harga Sat." in p for p in pages[1:]):
                    err(f"{f}: header should appear only on page 1 of a multi-page file")
                for L in tl:
                    if nows(f"{L['volume_printed']} {L['unit']}") not in nows(txt):
                        err(f"{f} No {L['no']}: volume+unit cell missing")
        elif lay in ("scan_image_pdf", "phone_photo_jpg"):
            tfile = os.path.join(HERE, "scan_truth.txt" if lay == "scan_image_pdf" else "photo_truth.txt")
            rows = open(tfile, encoding="utf-8").read().splitlines()
            check_text_layout(f, tl, "\n".join(rows), exact_rows=rows)
            if lay == "scan_image_pdf":
                r = PdfReader(path)
                if any((p.extract_text() or "").strip() for p in r.pages):
                    err(f"{f}: scan must be image-only")
        else:
            err(f"{f}: unknown layout {lay}")
        if got is not None:
            if set(got) != set(labels):
                err(f"{f}: Nos in file {sorted(set(got) ^ set(labels))[:5]} differ from labels")
            for L in tl:
                g = got.get(L["no"])
                if g and (g[0], int(g[1]), int(g[2]), int(g[3])) != (L["item"], L["volume_printed"], L["price"], L["jumlah_printed"]):
                    err(f"{f} No {L['no']}: file {g} != truth")
        # label recomputation
        pos = {L["no"]: i for i, L in enumerate(tl)}
        for i, L in enumerate(tl):
            n_lines += 1
            subs.add(L["sub_kegiatan_code"])
            lab = set(L["labels"])
            if labels.get(L["no"]) is None or set(labels[L["no"]]) != lab:
                err(f"{f} No {L['no']}: labels file != truth")
            if not lab:
                n_clean += 1
            counts.update(lab)
            prod = 1
            for q, _ in L["koefisien"]:
                prod *= q
            if prod != L["volume_correct"]:
                err(f"{f} No {L['no']}: volume_correct wrong")
            exp = L["volume_printed"] * L["price"] * (100 + L["ppn_percent"]) // 100
            if L["jumlah_correct"] != prod * L["price"] * (100 + L["ppn_percent"]) // 100:
                err(f"{f} No {L['no']}: jumlah_correct wrong")
            arith = L["volume_printed"] != prod or L["jumlah_printed"] != exp
            if arith != ("ARITHMETIC" in lab):
                err(f"{f} No {L['no']}: ARITHMETIC mismatch (recomputed {arith})")
            ref = L["catalogue_ref"]
            if (ref is None) != ("NO_PRICE_REFERENCE" in lab):
                err(f"{f} No {L['no']}: NO_PRICE_REFERENCE mismatch")
            if ref:
                ratio = L["price"] / (ref["harga"] * ref["catalogue_units_per_rka_unit"])
                over = ratio > MARGIN
                if over != ("OVERPRICED" in lab):
                    err(f"{f} No {L['no']}: OVERPRICED mismatch ratio {ratio:.3f}")
                if 1.0 + 1e-9 < ratio <= 1.2:
                    err(f"{f} No {L['no']}: ratio {ratio:.3f} in the grey zone")
                if ref["file"] == "ssh_2027.xlsx":
                    row = ssh.get(ref["kode"])
                    if not row or row[5] != ref["harga"] or row[4] != ref["satuan"]:
                        err(f"{f} No {L['no']}: SSH row {ref['kode']} not as referenced")
                else:
                    if nows(ref["kode"]) not in nows(sbu_text) or not re.search(re.escape(ref["kode"]) + r".{0,400}?" + re.escape(rp(ref["harga"])), sbu_text, re.S):
                        err(f"{f} No {L['no']}: SBU row {ref['kode']} / {rp(ref['harga'])} not found")
            elif "OVERPRICED" in lab:
                err(f"{f} No {L['no']}: OVERPRICED without reference")
            if (L["account_code"] != L["account_code_correct"]) != ("ACCOUNT_MISMATCH" in lab):
                err(f"{f} No {L['no']}: ACCOUNT_MISMATCH mismatch")
            d = L["duplicate_of"]
            if (d is not None) != ("DUPLICATE" in lab):
                err(f"{f} No {L['no']}: DUPLICATE mismatch")
            if d:
                o = tl[pos[d["no"]]]
                if pos[d["no"]] >= i or o["sub_kegiatan_code"] != L["sub_kegiatan_code"] or o["catalogue_ref"]["key"] != ref["key"] \
                        or o["koefisien"] != L["koefisien"] or "DUPLICATE" in o["labels"]:
                    err(f"{f} No {L['no']}: duplicate pairing wrong")
    # global counts
    print("lines", n_lines, "clean", n_clean, f"({n_clean / n_lines:.0%})", dict(counts))
    print("layouts", len(layouts), "opds", len(opds), "sub-kegiatan", len(subs), "catalogue rows", len(ssh) + sbu_rows)
    if n_lines < 200:
        err("fewer than 200 lines")
    for t in TYPES:
        if counts[t] < 25:
            err(f"label {t} only {counts[t]}")
    if not 0.35 <= n_clean / n_lines <= 0.45:
        err("clean fraction off")
    if len(layouts) < 6 or len(opds) < 5 or len(subs) < 9:
        err("not enough variety")
    size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(HERE) for fn in fns)
    if size > 15 * 1024 * 1024:
        err(f"output dir {size} bytes > 15 MB")
    # optional: OCR legibility of the raster files (informative only)
    if shutil.which("tesseract") and "--ocr" in sys.argv:
        for ent in manifest:
            if ent["layout"] in ("scan_image_pdf", "phone_photo_jpg"):
                tl = truth[ent["rka"]]["lines"]
                imgs = []
                if ent["rka"].endswith(".pdf"):
                    for i, p in enumerate(PdfReader(os.path.join(DATA, ent["rka"])).pages):
                        for im in p.images:
                            fn = os.path.join(HERE, f"_ocr_tmp_{i}.png")
                            im.image.save(fn)
                            imgs.append(fn)
                else:
                    imgs = [os.path.join(DATA, ent["rka"])]
                txt = "".join(subprocess.run(["tesseract", x, "-", "-l", "ind", "--psm", "4"], capture_output=True, text=True).stdout for x in imgs)
                hit = sum(rp(L["jumlah_printed"]) in txt for L in tl)
                print(f"OCR {ent['rka']}: {hit}/{len(tl)} jumlah values read back by tesseract")
                for x in imgs:
                    if "_ocr_tmp_" in x:
                        os.remove(x)
    if errors:
        print(f"FAIL: {len(errors)} problems")
        for e in errors[:60]:
            print(" -", e)
        sys.exit(1)
    print("verify: OK")


if __name__ == "__main__":
    main()
