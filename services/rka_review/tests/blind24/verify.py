#!/usr/bin/env python3
"""Verify review24: every labelled line is really in its file, labels agree with truth, and
ARITHMETIC / OVERPRICED / NO_PRICE_REFERENCE / ACCOUNT_MISMATCH / DUPLICATE / OFF_TARGET are
recomputed independently from the truth fields and the catalogue files."""
import csv, json, os, re, sys
from collections import Counter, defaultdict
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
LABELS = ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]
errors = []


def err(msg):
    errors.append(msg)


def idn(n):
    return f"{int(n):,}".replace(",", ".")


def jml(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100


def parse_idn(s):
    s = str(s).strip()
    m = re.fullmatch(r"(?:Rp\s*)?([\d.]+)", s)
    if m:
        return int(m.group(1).replace(".", ""))
    m = re.fullmatch(r"([\d]+(?:,\d+)?)\s*jt", s)
    if m:
        return round(float(m.group(1).replace(",", ".")) * 1_000_000)
    m = re.fullmatch(r"(\d+)\s*rb", s)
    if m:
        return int(m.group(1)) * 1000
    raise ValueError(s)


def koef_text(parts, style):
    if style == "inline":
        return " x ".join(f"{q} {u.lower()}" for q, u in parts)
    return " x ".join(f"{q} {u}" for q, u in parts)


# ------------------------------------------------------------ catalogues (read from the files)
def read_catalogues():
    from openpyxl import load_workbook
    import pypdf
    cat = {}
    ws = load_workbook(os.path.join(DATA, "SSH_Kota_Samarinda_2027.xlsx")).active
    for row in ws.iter_rows(min_row=8, values_only=True):
        if isinstance(row[0], int) and row[1]:
            cat[row[1]] = dict(name=row[2], spec=row[3], unit=row[4], price=row[5], file="SSH_Kota_Samarinda_2027.xlsx")
    n_ssh = len(cat)
    r = pypdf.PdfReader(os.path.join(DATA, "SBU_Kota_Samarinda_2027.pdf"))
    toks = []
    for p in r.pages:
        toks += [t.strip() for t in p.extract_text().split("\n")]
    for i, t in enumerate(toks):
        if re.fullmatch(r"SBU\.\d\d\.\d{3}", t):
            cat[t] = dict(name=toks[i + 1], spec=toks[i + 2], unit=toks[i + 3], price=parse_idn(toks[i + 4]), file="SBU_Kota_Samarinda_2027.pdf")
    return cat, n_ssh, len(cat) - n_ssh


# ------------------------------------------------------------ file presence checks
def check_xlsx_merged(path, lines):
    from openpyxl import load_workbook
    ws = load_workbook(path).active
    rows = {r[0]: r for r in ws.iter_rows(min_row=8, values_only=True) if isinstance(r[0], int)}
    assert ws.column_dimensions["J"].hidden and ws.column_dimensions["K"].hidden, "helper columns not hidden"
    for l in lines:
        r = rows.get(int(l["no"]))
        if not r:
            err(f"{path}: No {l['no']} missing"); continue
        exp = (l["printed_text"], koef_text(l["koefisien"], "sipd"), l["volume"], l["unit"], l["price"], l["ppn_percent"], l["jumlah"])
        if tuple(r[2:9]) != exp:
            err(f"{path}: No {l['no']} row {r[2:9]} != {exp}")


def check_xlsx_sheets(path, lines):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    rows = {}
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True):
            if r and len(r) > 6 and isinstance(r[6], str) and re.fullmatch(r"[AB]\.\d\d", r[6]):
                rows[r[6]] = r
    for l in lines:
        r = rows.get(l["no"])
        if not r:
            err(f"{path}: No {l['no']} missing"); continue
        if r[0] != l["printed_text"] or r[1] != koef_text(l["koefisien"], "inline") or r[2] != l["volume"] or r[3] != l["unit"] \
                or parse_idn(r[4]) != l["price"] or parse_idn(r[5]) != l["jumlah"] or r[7] != l["account_code"]:
            err(f"{path}: No {l['no']} mismatch {r}")


def check_csv(path, lines):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = {r[0]: r for r in csv.reader(f, delimiter=";") if r and r[0].isdigit()}
    for l in lines:
        r = rows.get(l["no"])
        if not r:
            err(f"{path}: No {l['no']} missing"); continue
        exp = [l["no"], l["sub_kegiatan_code"], l["account_code"], l["account_name"], l["item_name"], l["spec"],
               koef_text(l["koefisien"], "inline"), idn(l["volume"]), l["unit"], idn(l["price"]), idn(l["jumlah"])]
        if r != exp:
            err(f"{path}: No {l['no']} {r} != {exp}")


def pdf_tokens(path):
    import pypdf
    r = pypdf.PdfReader(path)
    toks = []
    for i, p in enumerate(r.pages):
        toks += [(i + 1, t.strip()) for t in p.extract_text().split("\n")]
    return toks, len(r.pages)


def check_pdf(path, lines, show_vol):
    toks, npages = pdf_tokens(path)
    txt = [t for _, t in toks]
    for l in lines:
        found = False
        for i in range(len(txt) - 1):
            if txt[i] == l["no"] and txt[i + 1] == l["printed_text"]:
                win = txt[i + 2:i + 9]
                need = [koef_text(l["koefisien"], "sipd"), l["unit"], idn(l["price"]), idn(l["jumlah"])]
                if show_vol:
                    need.append(idn(l["volume"]))
                else:
                    need.append(f"{l['ppn_percent']}%")
                if all(x in win for x in need):
                    found = True
                    if f"page {toks[i][0]}" != l["where"]:
                        err(f"{path}: No {l['no']} on page {toks[i][0]} but truth says {l['where']}")
                    break
        if not found:
            err(f"{path}: No {l['no']} '{l['printed_text']}' not found with its figures")
    return npages


def check_text_seq(truth_file, lines, with_vol, tag):
    with open(os.path.join(HERE, truth_file), encoding="utf-8") as f:
        txt = [t.rstrip("\n") for t in f]
    for l in lines:
        ok = False
        for i in range(len(txt) - 1):
            if txt[i] == l["no"] and txt[i + 1] == l["printed_text"]:
                need = [koef_text(l["koefisien"], "sipd")] + ([idn(l["volume"])] if with_vol else []) + [l["unit"], idn(l["price"]), idn(l["jumlah"])]
                ok = txt[i + 2:i + 2 + len(need)] == need
                break
        if not ok:
            err(f"{tag}: No {l['no']} not drawn as expected")


def check_photo(path, lines):
    from PIL import Image
    im = Image.open(path)
    if im.format != "JPEG" or min(im.size) < 1200:
        err(f"{path}: not a large JPEG photo")
    check_text_seq("photo_truth.txt", lines, True, "photo")


def check_docx(path, lines):
    import docx
    d = docx.Document(path)
    rows = {}
    for t in d.tables:
        for r in t.rows:
            cells = [c.text for c in r.cells]
            if re.fullmatch(r"\d\d", cells[0]):
                rows[cells[0]] = cells
    for l in lines:
        r = rows.get(l["no"])
        exp = [l["no"], l["printed_text"], koef_text(l["koefisien"], "sipd"), idn(l["volume"]), l["unit"], idn(l["price"]), idn(l["jumlah"])]
        if r != exp:
            err(f"{path}: No {l['no']} {r} != {exp}")


def check_scan(path, lines):
    import pypdf
    from PIL import Image
    r = pypdf.PdfReader(path)
    if r.pages[0].extract_text().strip():
        err(f"{path}: scan has a text layer")
    imgs = list(r.pages[0].images)
    if len(imgs) != 1:
        err(f"{path}: expected one image")
    else:
        im = imgs[0].image
        w_in = float(r.pages[0].mediabox.width) / 72
        dpi = im.size[0] / w_in
        if not 190 <= dpi <= 310:
            err(f"{path}: dpi {dpi}")
    with open(os.path.join(HERE, "scan_truth.txt"), encoding="utf-8") as f:
        txt = [t.rstrip("\n") for t in f]
    for l in lines:
        ok = False
        for i in range(len(txt) - 1):
            if txt[i] == l["no"] and txt[i + 1] == l["printed_text"]:
                need = [koef_text(l["koefisien"], "sipd"), l["unit"], idn(l["price"]), idn(l["jumlah"])]
                ok = txt[i + 2:i + 6] == need
                break
        if not ok:
            err(f"scan: No {l['no']} not drawn as expected")


def check_xlsx_volunit(path, lines):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    if len(wb.worksheets) < 3:
        err(f"{path}: expected several sheets")
    rows = {}
    for ws in wb.worksheets[1:]:
        for r in ws.iter_rows(min_row=5, values_only=True):
            if isinstance(r[0], int):
                rows[str(r[0])] = r
    for l in lines:
        r = rows.get(l["no"])
        if not r:
            err(f"{path}: No {l['no']} missing"); continue
        m = re.fullmatch(r"([\d.]+) (.+)", r[2])
        if r[1] != l["printed_text"] or int(m.group(1).replace(".", "")) != l["volume"] or m.group(2).lower() != l["unit"].lower() \
                or parse_idn(r[3]) != l["price"] or r[4] != l["jumlah"] or not r[5].startswith(l["account_code"] + " - "):
            err(f"{path}: No {l['no']} mismatch {r}")


# ------------------------------------------------------------ main
def main():
    manifest = json.load(open(os.path.join(DATA, "manifest.json"), encoding="utf-8"))
    truth = json.load(open(os.path.join(HERE, "truth_lines.json"), encoding="utf-8"))
    cat, n_ssh, n_sbu = read_catalogues()
    if n_ssh + n_sbu < 300:
        err(f"catalogue rows {n_ssh}+{n_sbu} < 300")
    total = Counter(); nlines = 0; nclean = 0; subs = set(); opds = set(); layouts = set()
    per_layout = Counter()
    for m in manifest:
        f = m["rka"]; path = os.path.join(DATA, f)
        for c in m["catalogues"]:
            if not os.path.exists(os.path.join(DATA, c)):
                err(f"missing catalogue {c}")
        if not os.path.exists(path):
            err(f"missing {f}"); continue
        lab = json.load(open(os.path.join(DATA, m["labels"]), encoding="utf-8"))["labels"]
        lines = truth[f]["lines"]
        opds.add(m["opd"]); layouts.add(m["layout"])
        if set(lab) != {l["no"] for l in lines} or len(lines) != len(lab):
            err(f"{f}: label keys differ from truth")
        lay = m["layout"]
        if lay == "xlsx_merged_ppn":
            check_xlsx_merged(path, lines)
        elif lay == "xlsx_sheet_per_subkeg_textprice":
            check_xlsx_sheets(path, lines)
        elif lay == "csv_semicolon_export":
            check_csv(path, lines)
        elif lay == "pdf_sipd_born_digital":
            n = check_pdf(path, lines, show_vol=False)
        elif lay == "pdf_no_ruling_continued":
            n = check_pdf(path, lines, show_vol=True)
            if n < 2:
                err("no-ruling pdf should continue onto a second page")
        elif lay == "scan_image_pdf":
            check_scan(path, lines)
        elif lay == "xlsx_volunit_onecell_multisheet":
            check_xlsx_volunit(path, lines)
        elif lay == "docx_tables":
            check_docx(path, lines)
        elif lay == "phone_photo_jpg":
            check_photo(path, lines)
        else:
            err(f"unknown layout {lay}")
        # independent recomputation of labels
        dup_seen = set()
        for l in lines:
            exp = set()
            prod = 1
            for q, _ in l["koefisien"]:
                prod *= q
            if prod != l["volume"] or jml(l["volume"], l["price"], l["ppn_percent"]) != l["jumlah"]:
                exp.add("ARITHMETIC")
                diff = abs(jml(prod, l["price"], l["ppn_percent"]) - l["jumlah"])
                if prod == l["volume"] and diff < max(1000, 0.01 * l["jumlah_correct"]):
                    err(f"{f} No {l['no']}: arithmetic error too small ({diff})")
            c = l["catalogue"]
            if c is None:
                exp.add("NO_PRICE_REFERENCE")
            else:
                cr = cat.get(c["code"])
                if not cr or cr["price"] != c["price"] or cr["name"] != c["name"] or cr["spec"] != c["spec"] or cr["unit"] != c["unit"] or cr["file"] != c["file"]:
                    err(f"{f} No {l['no']}: catalogue row {c['code']} not found as labelled ({cr})")
                else:
                    eff = l["price"] * (100 + l["ppn_percent"]) / 100 / c["rka_unit_in_catalogue_units"]
                    ratio = eff / cr["price"]
                    if ratio > 1.10:
                        exp.add("OVERPRICED")
                        if ratio < 1.25 or l["price"] / c["rka_unit_in_catalogue_units"] < 1.25 * cr["price"]:
                            err(f"{f} No {l['no']}: overpriced but too close to the margin ({ratio:.3f})")
                    elif ratio > 1.0 + 1e-9:
                        err(f"{f} No {l['no']}: ratio {ratio:.3f} inside the grey zone")
            if l["account_code"] != l["correct_account_code"]:
                exp.add("ACCOUNT_MISMATCH")
            if l["item_domain"] not in l["subkeg_domains"] and l["item_domain"] != "umum":
                exp.add("OFF_TARGET")
            g = l["duplicate_group"]
            if g:
                key = (l["sub_kegiatan_code"], g)
                if key in dup_seen:
                    exp.add("DUPLICATE")
                dup_seen.add(key)
            if sorted(exp) != sorted(l["labels"]) or sorted(lab.get(l["no"], [])) != sorted(l["labels"]):
                err(f"{f} No {l['no']}: labels {lab.get(l['no'])} truth {l['labels']} recomputed {sorted(exp)}")
            for x in l["labels"]:
                if x not in LABELS:
                    err(f"bad label {x}")
            total.update(l["labels"]); nlines += 1; nclean += not l["labels"]
            subs.add(l["sub_kegiatan_code"]); per_layout[lay] += 1
    # counts
    if nlines < 200: err(f"only {nlines} lines")
    for x in LABELS:
        if total[x] < 25: err(f"label {x} only {total[x]}")
    if len(subs) < 9: err("fewer than 9 sub-kegiatan")
    if len(opds) < 5: err("fewer than 5 OPDs")
    if len(layouts) < 6: err("fewer than 6 layouts")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15 * 1024 * 1024: err(f"size {size}")
    for dp, dns, _ in os.walk(HERE):
        if "__pycache__" in dns: err("__pycache__ present")
    print(f"catalogue rows: SSH {n_ssh}, SBU {n_sbu}")
    print(f"RKA files {len(manifest)}, OPDs {len(opds)}, layouts {len(layouts)}, sub-kegiatan {len(subs)}")
    print(f"lines {nlines}, clean {nclean} ({100 * nclean / nlines:.0f} %), labels {dict(total)}")
    print("lines per layout", dict(per_layout))
    print(f"size {size / 1e6:.2f} MB")
    if errors:
        print(f"FAILED: {len(errors)} problems")
        for e in errors[:60]:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
