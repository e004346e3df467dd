#!/usr/bin/env python3
"""Verify review36: every labelled line really is in its file, labels agree with truth, label logic recomputed."""
import csv, json, os, re, sys
from collections import Counter
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, HERE)
from catalog_data import FAMILY, ACCOUNTS  # noqa

errs = []


def err(m):
    errs.append(m)


def fmt_id(n):
    return f"{int(n):,}".replace(",", ".")


def norm(s):
    return re.sub(r"\s+", "", str(s)).lower()


def parse_money(s):
    s = str(s).strip()
    m = re.fullmatch(r"([\d]+(?:,\d)?) jt", s)
    if m:
        return int(round(float(m.group(1).replace(",", ".")) * 1_000_000))
    s = s.replace("Rp", "").strip()
    s = re.sub(r",00$", "", s)
    return int(s.replace(".", ""))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    if isinstance(v, (int, float)):
                        parts.append(fmt_id(v)); parts.append(str(int(v)))
                    else:
                        parts.append(str(v))
        return "\n".join(parts), set(parts)
    if ext == "csv":
        t = open(path, encoding="utf-8-sig").read()
        cells = set()
        for row in csv.reader(t.splitlines(), delimiter=";"):
            cells.update(row)
        return t, cells
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts), set(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        t = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
        return t, None
    raise ValueError(path)


def main():
    manifest = json.load(open(os.path.join(DATA, "manifest.json")))
    truth = json.load(open(os.path.join(HERE, "truth_lines.json")))
    # catalogues
    import openpyxl
    ssh = {}
    ws = openpyxl.load_workbook(os.path.join(DATA, "SSH_Kota_Samarinda_2027.xlsx"), data_only=True).active
    for row in ws.iter_rows(min_row=7, values_only=True):
        if row[1] and isinstance(row[0], int):
            ssh[row[1]] = (row[2], row[3], row[4], row[5])
    from pypdf import PdfReader
    sbu_text = "\n".join(p.extract_text() for p in PdfReader(os.path.join(DATA, "SBU_Kota_Samarinda_2027.pdf")).pages)
    n_sbu = len(re.findall(r"SBU\.\d\d\.\d{3}", sbu_text))
    print(f"catalogue rows: SSH {len(ssh)}, SBU {n_sbu}, total {len(ssh) + n_sbu}")
    if len(ssh) + n_sbu < 300: err("catalogue rows < 300")

    by_file = {}
    for t in truth:
        by_file.setdefault(t["file"], []).append(t)
    seen_files = set()
    for m in manifest:
        f = m["rka"]; seen_files.add(f)
        for c in m["catalogues"]:
            if not os.path.exists(os.path.join(DATA, c)): err(f"missing catalogue {c}")
        path = os.path.join(DATA, f)
        if not os.path.exists(path): err(f"missing {f}"); continue
        labels = json.load(open(os.path.join(DATA, m["labels"])))["labels"]
        lines = by_file.get(f, [])
        if set(labels) != {t["no"] for t in lines}: err(f"{f}: label keys != truth nos")
        if len(lines) != len({t["no"] for t in lines}): err(f"{f}: duplicate No")
        scan = f.endswith("_scan.pdf")
        if scan:
            from pypdf import PdfReader
            rd = PdfReader(path)
            if any((p.extract_text() or "").strip() for p in rd.pages): err("scan PDF has a text layer")
            txt = open(os.path.join(HERE, "scan_truth.txt")).read(); cells = None
        else:
            txt, cells = text_of(path)
        ntxt = norm(txt)
        order = {t["no"]: i for i, t in enumerate(lines)}
        for t in lines:
            pr = t["printed"]
            where = f"{f} No {t['no']}"
            # presence
            for key in ("no", "uraian", "harga", "jumlah"):
                v = pr[key]
                if cells is not None and key in ("no", "harga", "jumlah"):
                    if v not in cells: err(f"{where}: {key} '{v}' not a cell in file")
                elif norm(v) not in ntxt:
                    err(f"{where}: {key} '{v}' not found in text")
            if parse_money(pr["harga"]) != t["harga_satuan"]: err(f"{where}: printed harga != truth")
            if parse_money(pr["jumlah"]) != t["jumlah_printed"]: err(f"{where}: printed jumlah != truth")
            if labels[t["no"]] != t["labels"]: err(f"{where}: labels file != truth")
            L = set(t["labels"])
            # recompute ARITHMETIC
            mult = Fraction(100 + t["ppn_pct"], 100)
            vol_k = 1
            for q, _ in t["koefisien"]: vol_k *= q
            if vol_k != t["volume_from_koefisien"]: err(f"{where}: koef product")
            exp = Fraction(t["volume_printed"]) * t["harga_satuan"] * mult
            arith = (Fraction(t["jumlah_printed"]) != exp) or (t["volume_printed"] != vol_k)
            if arith != ("ARITHMETIC" in L): err(f"{where}: ARITHMETIC recompute {arith}")
            if t["jumlah_correct"] != int(Fraction(vol_k) * t["harga_satuan"] * mult): err(f"{where}: jumlah_correct")
            # catalogue / OVERPRICED / NPR
            if t["catalogue_code"]:
                if "NO_PRICE_REFERENCE" in L: err(f"{where}: NPR with catalogue ref")
                cp = t["catalogue_price"]
                if t["catalogue_code"].startswith("SBU"):
                    i = sbu_text.find(t["catalogue_code"])
                    if i < 0 or fmt_id(cp) not in sbu_text[i:i + 400]: err(f"{where}: SBU row/price not in SBU file")
                else:
                    row = ssh.get(t["catalogue_code"])
                    if not row or row[3] != cp or row[2] != t["catalogue_unit"]: err(f"{where}: SSH row mismatch")
                per_rka = Fraction(cp) * Fraction(t["units_of_catalogue_per_rka_unit"]).limit_denominator(1000)
                eff = Fraction(t["harga_satuan"]) * mult
                over = eff > per_rka * Fraction(105, 100)
                if over != ("OVERPRICED" in L): err(f"{where}: OVERPRICED recompute {over} eff={float(eff)} ref={float(per_rka)}")
                if not over and "OVERPRICED" not in L and eff > per_rka: err(f"{where}: clean but above catalogue")
                if over and eff < per_rka * Fraction(110, 100): err(f"{where}: overpriced margin too small")
            else:
                if "NO_PRICE_REFERENCE" not in L: err(f"{where}: no ref but no NPR label")
                if "OVERPRICED" in L: err(f"{where}: OVERPRICED without reference")
            # account
            fam_bad = FAMILY[[k for k, v in ACCOUNTS.items() if v[0] == t["account_code"]][0]] != \
                FAMILY[[k for k, v in ACCOUNTS.items() if v[0] == t["correct_account_code"]][0]]
            if fam_bad != ("ACCOUNT_MISMATCH" in L): err(f"{where}: ACCOUNT_MISMATCH recompute")
            # duplicate
            if t["duplicate_of"]:
                if "DUPLICATE" not in L: err(f"{where}: dup w/o label")
                if order[t["duplicate_of"]] >= order[t["no"]]: err(f"{where}: duplicate not later than origin")
                o = lines[order[t["duplicate_of"]]]
                if o["catalogue_code"] != t["catalogue_code"]: err(f"{where}: dup refers to other item")
            elif "DUPLICATE" in L:
                err(f"{where}: DUPLICATE label without origin")
            if ("OFF_TARGET" in L) != (t["kind"] in ("off", "npr_off")): err(f"{where}: OFF_TARGET vs kind")
    for f in by_file:
        if f not in seen_files: err(f"truth file {f} not in manifest")
    c = Counter(x for t in truth for x in t["labels"])
    clean = sum(1 for t in truth if not t["labels"])
    print(f"lines {len(truth)}, clean {clean} ({100 * clean / len(truth):.0f}%), labels {dict(c)}")
    print("sub-kegiatan:", len({t['sub_kegiatan_code'] for t in truth}), "OPDs:", len({t['opd'] for t in truth}))
    if len(truth) < 200: err("fewer than 200 lines")
    for k in ["OVERPRICED", "NO_PRICE_REFERENCE", "OFF_TARGET", "ARITHMETIC", "DUPLICATE", "ACCOUNT_MISMATCH"]:
        if c[k] < 25: err(f"label {k} only {c[k]}")
    size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fs in os.walk(HERE) for fn in fs)
    print(f"dir size {size / 1e6:.2f} MB")
    if size > 15e6: err("dir > 15 MB")
    if errs:
        print(f"FAIL: {len(errs)} errors")
        for e in errs[:60]: print("  ", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
