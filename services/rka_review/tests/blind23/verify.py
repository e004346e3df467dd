"""Verify review23 against its files. Run: python -B verify.py   (exit code 0 = pass)"""
import csv
import json
import math
import os
import re
import sys
from collections import Counter
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
ERR = []
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']


def err(msg):
    ERR.append(msg)


def fmt(n):
    return f'{int(n):,}'.replace(',', '.')


def norm(s):
    return re.sub(r'\s+', ' ', str(s or '')).strip()


def rhu(x):
    return int(math.floor(F(x) + F(1, 2)))


def parse_price_text(t):
    t = str(t).strip()
    m = re.fullmatch(r'(\d+(?:,\d+)?) jt', t)
    if m:
        return int(F(m.group(1).replace(',', '.')) * 1000000)
    t = t.replace('Rp', '').strip()
    return int(t.replace('.', ''))


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return norm(' '.join((p.extract_text() or '') for p in r.pages)), r


# ------------------------------------------------------------ catalogues from the files
def load_ssh(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, values_only=True):
            if row[1] and re.fullmatch(r'1\.1\.7\.\d\d\.\d\d\.\d\d\.\d{3}', str(row[1])):
                out[row[1]] = dict(name=row[2], spec=row[3], unit=row[4], price=row[6])
    return out


def load_sbu(path, cat_truth):
    txt, _ = pdf_text(path)
    out = {}
    kodes = [c for c in cat_truth if c['file'] == 'sbu_2027.pdf']
    for c in kodes:
        i = txt.find(c['kode'] + ' ')
        if i < 0:
            err(f"SBU kode {c['kode']} not in pdf")
            continue
        nxt = txt.find('SBU.', i + 5)
        seg = txt[i: nxt if nxt > 0 else len(txt)]
        ms = list(re.finditer(re.escape(c['unit']) + r'\s+(\d{1,3}(?:\.\d{3})*)\b', seg))
        m = ms[-1] if ms else None
        if not m:
            err(f"SBU price for {c['kode']} not found")
            continue
        out[c['kode']] = dict(price=int(m.group(1).replace('.', '')), seg=seg)
        if norm(c['name']) not in seg:
            err(f"SBU name mismatch {c['kode']}")
    return out


# ------------------------------------------------------------ per layout presence checks
def check_pdf_lines(path, lines, layout):
    txt, r = pdf_text(path)
    for ln in lines:
        name = norm(ln['item_name'])
        if name not in txt:
            err(f'{path}: name not found: {name}')
        for v in (ln['price'], ln['jumlah']):
            if fmt(v) not in txt:
                err(f'{path}: number {fmt(v)} not found (No {ln["no"]})')
        if layout == 'sipd_pdf':
            if f"{ln['no']} {name}" not in txt:
                err(f"{path}: No {ln['no']} not directly before its name")
            seg = txt[txt.find(f"{ln['no']} {name}"):][:600]
            if f"{fmt(ln['price'])} {ln['ppn_percent']}% {fmt(ln['jumlah'])}" not in seg:
                err(f"{path}: row {ln['no']} price/ppn/jumlah sequence not found")
        else:
            key = f"{ln['no']} {ln['account_code']}"
            if key not in txt:
                err(f"{path}: No {ln['no']} + account not found")
            seg = txt[txt.find(key):][:900]
            if name not in seg or f"{fmt(ln['volume'])}" not in seg or f"{fmt(ln['price'])} {fmt(ln['jumlah'])}" not in seg:
                err(f"{path}: row {ln['no']} content not found in sequence")
    return r


def check_scan(path, lines):
    from pypdf import PdfReader
    r = PdfReader(path)
    if any((p.extract_text() or '').strip() for p in r.pages):
        err('scan pdf has a text layer')
    if len(r.pages) != 2:
        err('scan page count')
    for p in r.pages:
        if len(p.images) != 1:
            err('scan page without single image')
    truth = open(os.path.join(HERE, 'scan_truth.txt'), encoding='utf-8').read().splitlines()
    for ln in lines:
        koef = None
        for t in truth:
            parts = t.split(' | ')
            if len(parts) == 7 and parts[0] == ln['no']:
                koef = parts
        if not koef:
            err(f"scan: No {ln['no']} missing in scan_truth")
            continue
        if koef[1] != ln['item_name'] or koef[5] != fmt(ln['price']) or koef[6] != fmt(ln['jumlah']) \
                or koef[3] != fmt(ln['volume']):
            err(f"scan: row {ln['no']} differs from truth")


def eval_formula(ws, r, f):
    m = re.fullmatch(r'=ROUND\(F(\d+)\*H(\d+)\*\(1\+I(\d+)/100\),0\)', f)
    if not m or len({m.group(1), m.group(2), m.group(3), str(r)}) != 1:
        err(f'unexpected formula {f}')
        return None
    v, p, ppn = ws.cell(r, 6).value, ws.cell(r, 8).value, ws.cell(r, 9).value
    return rhu(F(v) * F(p) * F(100 + ppn, 100))


def check_xlsx_formula(path, lines):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    rows = {}
    for ws in wb.worksheets:
        for c in 'KLMNO':
            if not ws.column_dimensions[c].hidden:
                err(f'{path}: helper column {c} not hidden')
        for r in range(1, ws.max_row + 1):
            a = ws.cell(r, 1).value
            if isinstance(a, int):
                rows[str(a)] = (ws, r)
    for ln in lines:
        if ln['no'] not in rows:
            err(f"{path}: No {ln['no']} missing")
            continue
        ws, r = rows[ln['no']]
        j = ws.cell(r, 10).value
        if isinstance(j, str) and j.startswith('='):
            j = eval_formula(ws, r, j)
        parts = [ws.cell(r, c).value for c in (11, 12, 13) if ws.cell(r, c).value is not None]
        if (ws.cell(r, 3).value != ln['item_name'] or ws.cell(r, 8).value != ln['price'] or j != ln['jumlah']
                or ws.cell(r, 6).value != ln['volume'] or ws.cell(r, 9).value != ln['ppn_percent']
                or parts != [k[0] for k in ln['koefisien']]):
            err(f"{path}: row No {ln['no']} differs")


def check_xlsx_multisub(path, lines):
    from openpyxl import load_workbook
    ws = load_workbook(path).worksheets[0]
    rows = {}
    for r in range(1, ws.max_row + 1):
        a = ws.cell(r, 1).value
        if isinstance(a, str) and re.fullmatch(r'\d+\.\d+', a):
            rows[a] = r
    for ln in lines:
        r = rows.get(ln['no'])
        if not r:
            err(f"{path}: No {ln['no']} missing")
            continue
        if (not str(ws.cell(r, 2).value).startswith(ln['item_name']) or parse_price_text(ws.cell(r, 7).value) != ln['price']
                or ws.cell(r, 6).value != ln['jumlah'] or ws.cell(r, 4).value != ln['volume']
                or ws.cell(r, 7).value != ln['price_text']):
            err(f"{path}: row No {ln['no']} differs")


def check_xlsx_koef(path, lines):
    from openpyxl import load_workbook
    ws = load_workbook(path)['Rincian']
    rows = {str(ws.cell(r, 1).value): r for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)}
    for ln in lines:
        r = rows.get(ln['no'])
        if not r:
            err(f"{path}: No {ln['no']} missing")
            continue
        parts = [ws.cell(r, c).value for c in (5, 7, 9) if ws.cell(r, c).value is not None]
        if (ws.cell(r, 3).value != ln['item_name'] or ws.cell(r, 13).value != ln['price'] or ws.cell(r, 15).value != ln['jumlah']
                or ws.cell(r, 11).value != ln['volume'] or parts != [k[0] for k in ln['koefisien']]
                or ws.cell(r, 2).value != ln['account_code']):
            err(f"{path}: row No {ln['no']} differs")


def check_csv(path, lines):
    with open(path, encoding='utf-8-sig', newline='') as fh:
        rows = list(csv.reader(fh, delimiter=';'))
    hdr = rows[3]
    idx = {h: i for i, h in enumerate(hdr)}
    by = {r[idx['No']]: r for r in rows[4:] if r and r[idx['No']]}
    for ln in lines:
        r = by.get(ln['no'])
        if not r:
            err(f"{path}: No {ln['no']} missing")
            continue
        if (r[idx['Uraian Belanja']] != ln['item_name'] or parse_price_text(r[idx['Harga Satuan']]) != ln['price']
                or parse_price_text(r[idx['Jumlah']]) != ln['jumlah'] or parse_price_text(r[idx['Vol']]) != ln['volume']
                or r[idx['Kode Rekening']] != ln['account_code']):
            err(f"{path}: row No {ln['no']} differs")


def check_docx(path, lines):
    from docx import Document
    d = Document(path)
    by = {}
    for t in d.tables:
        for row in t.rows:
            cells = [c.text for c in row.cells]
            if re.fullmatch(r'\d+', cells[0]) and len(set(cells)) > 2:
                by[cells[0]] = cells
    for ln in lines:
        c = by.get(ln['no'])
        if not c:
            err(f"{path}: No {ln['no']} missing")
            continue
        if c[1] != ln['item_name'] or c[6] != fmt(ln['price']) or c[7] != fmt(ln['jumlah']) or c[4] != fmt(ln['volume']):
            err(f"{path}: row No {ln['no']} differs")


# ------------------------------------------------------------ main
def main():
    man = json.load(open(os.path.join(DATA, 'manifest.json'), encoding='utf-8'))
    truth = json.load(open(os.path.join(HERE, 'truth_lines.json'), encoding='utf-8'))
    cat_truth = json.load(open(os.path.join(HERE, 'truth_catalogue.json'), encoding='utf-8'))
    ssh = load_ssh(os.path.join(DATA, 'ssh_2027.xlsx'))
    sbu = load_sbu(os.path.join(DATA, 'sbu_2027.pdf'), cat_truth)
    n_cat = len(ssh) + len(sbu)
    if n_cat < 300:
        err(f'catalogue rows {n_cat} < 300')
    price_of = {k: v['price'] for k, v in ssh.items()}
    price_of.update({k: v['price'] for k, v in sbu.items()})
    for c in cat_truth:
        if price_of.get(c['kode']) != c['price']:
            err(f"catalogue {c['kode']} price in file {price_of.get(c['kode'])} != {c['price']}")
    tby = {t['rka']: t for t in truth}
    counts = Counter()
    total = clean = 0
    layouts = set()
    for m in man:
        for k in ('rka', 'labels'):
            if not os.path.exists(os.path.join(DATA, m[k])):
                err(f'missing {m[k]}')
        for c in m['catalogues']:
            if not os.path.exists(os.path.join(DATA, c)):
                err(f'missing catalogue {c}')
        layouts.add(m['layout'])
        t = tby[m['rka']]
        lines = t['lines']
        labels = json.load(open(os.path.join(DATA, m['labels']), encoding='utf-8'))['labels']
        nos = [ln['no'] for ln in lines]
        if len(set(nos)) != len(nos) or set(nos) != set(labels):
            err(f"{m['rka']}: label keys != line numbers")
        path = os.path.join(DATA, m['rka'])
        lay = m['layout']
        if lay in ('sipd_pdf', 'landscape_pdf_wrap'):
            check_pdf_lines(path, lines, lay)
        elif lay == 'scan_pdf':
            check_scan(path, lines)
        elif lay == 'xlsx_formula_hidden':
            check_xlsx_formula(path, lines)
        elif lay == 'xlsx_multisub_textprice':
            check_xlsx_multisub(path, lines)
        elif lay == 'xlsx_koef_columns':
            check_xlsx_koef(path, lines)
        elif lay == 'csv_textprice':
            check_csv(path, lines)
        elif lay == 'docx_merged_accounts':
            check_docx(path, lines)
        else:
            err(f'unknown layout {lay}')
        order = {no: i for i, no in enumerate(nos)}
        for ln in lines:
            lab = set(labels.get(ln['no'], []))
            if sorted(lab) != sorted(ln['labels']):
                err(f"{m['rka']} {ln['no']}: labels file != truth")
            # recompute
            exp = set()
            prod = 1
            for v, _ in ln['koefisien']:
                prod *= v
            correct = rhu(F(prod) * F(ln['price']) * F(100 + ln['ppn_percent'], 100))
            if correct != ln['correct_jumlah']:
                err(f"{m['rka']} {ln['no']}: correct_jumlah wrong")
            if ln['jumlah'] != correct or ln['volume'] != prod:
                exp.add('ARITHMETIC')
            cr = ln['catalogue_ref']
            if cr is None:
                exp.add('NO_PRICE_REFERENCE')
            else:
                ref = F(price_of[cr['kode']]) * F(cr['rka_unit_in_catalogue_units'])
                ratio = F(ln['price']) / ref
                if ratio > F(11, 10):
                    exp.add('OVERPRICED')
                    if ratio < F(6, 5):
                        err(f"{m['rka']} {ln['no']}: overpriced margin too thin")
                elif ratio > 1:
                    err(f"{m['rka']} {ln['no']}: price in grey zone (ratio {float(ratio):.3f})")
            if ln['account_code'] != ln['correct_account_code']:
                exp.add('ACCOUNT_MISMATCH')
            if ln['source'] == 'off':
                exp.add('OFF_TARGET')
            if ln['duplicate_pair_no']:
                other = ln['duplicate_pair_no']
                oln = next(x for x in lines if x['no'] == other)
                if (oln['catalogue_ref'] or {}).get('kode') != (cr or {}).get('kode') or cr is None:
                    err(f"{m['rka']} {ln['no']}: duplicate pair refers to different items")
                if oln['subkegiatan_code'] != ln['subkegiatan_code']:
                    err(f"{m['rka']} {ln['no']}: duplicate pair across sub-kegiatan")
                if order[ln['no']] > order[other]:
                    exp.add('DUPLICATE')
            if exp != set(ln['labels']):
                err(f"{m['rka']} {ln['no']}: recomputed {sorted(exp)} != {sorted(ln['labels'])}")
            counts.update(ln['labels'])
            total += 1
            clean += not ln['labels']
    if total < 200:
        err(f'only {total} lines')
    for t in TYPES:
        if counts[t] < 25:
            err(f'{t}: only {counts[t]}')
    if len(layouts) < 6:
        err('fewer than 6 layouts')
    if len({m['opd'] for m in man}) < 5:
        err('fewer than 5 OPDs')
    n_sub = len({(t['rka'], ln['subkegiatan_code']) for t in truth for ln in t['lines']})
    if n_sub < 9:
        err('fewer than 9 sub-kegiatan')
    size = 0
    for dp, dn, fn in os.walk(HERE):
        if '__pycache__' in dn:
            err('__pycache__ present')
        size += sum(os.path.getsize(os.path.join(dp, x)) for x in fn)
    if size > 15 * 1024 * 1024:
        err(f'size {size}')
    print(f'files {len(man)}, layouts {len(layouts)}, sub-kegiatan {n_sub}, lines {total}, clean {clean} '
          f'({100 * clean / total:.0f}%), catalogue rows {n_cat} (SSH {len(ssh)}, SBU {len(sbu)}), size {size / 1e6:.2f} MB')
    print('labels', {t: counts[t] for t in TYPES})
    if ERR:
        print(f'FAIL: {len(ERR)} problems')
        for e in ERR[:60]:
            print(' -', e)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
