#!/usr/bin/env python3
"""Independent checks of the review15 set against its files."""
import json
import os
import re
import sys
from collections import Counter
from fractions import Fraction as F

from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r'\s+', '', str(s))


def rp(n):
    return f'{int(n):,}'.replace(',', '.')


manifest = json.load(open(os.path.join(DATA, 'manifest.json')))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))['files']

# --- catalogue prices read back from the catalogue files
ssh_price = {}
cat_files = set()
for m in manifest:
    cat_files.update(m['catalogues'])
ncat = 0
for cf in sorted(cat_files):
    p = os.path.join(DATA, cf)
    if cf.endswith('.xlsx'):
        ws = load_workbook(p).active
        for row in ws.iter_rows(values_only=True):
            if isinstance(row[0], int) and row[1] and isinstance(row[5], (int, float)):
                ssh_price[row[1]] = (F(int(row[5])), row[4], row[2], row[3])
                ncat += 1
    else:
        for page in PdfReader(p).pages:
            txt = page.extract_text()
            for m2 in re.finditer(r'(SBU\.\d\d\.\d{3})\s*\n(.*?)\n([^\n]+)\n([\d.]+)(?=\n|$)', txt):
                ssh_price[m2.group(1)] = (F(int(m2.group(4).replace('.', ''))), m2.group(3), m2.group(2), '')
                ncat += 1
if ncat < 300:
    err(f'catalogue rows read back: {ncat} < 300')

total = Counter()
nlines = nclean = 0
for m in manifest:
    fn = m['rka']
    path = os.path.join(DATA, fn)
    if not os.path.exists(path):
        err(f'missing {fn}')
        continue
    labels = json.load(open(os.path.join(DATA, m['labels'])))['labels']
    tl = truth[fn]
    nos = [t['no'] for t in tl]
    if len(set(nos)) != len(nos):
        err(f'{fn}: duplicate No')
    if set(labels) != set(nos):
        err(f'{fn}: labels keys differ from truth')
    # --- file text
    if fn.endswith('.xlsx'):
        wb = load_workbook(path)
        rows = {}
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for ci, v in enumerate(row[:5]):
                    if v is not None and str(v) in nos and ws.title == next(t['sheet'] for t in tl if t['no'] == str(v)):
                        # the No column is the one where this row's value is a line number and the row holds a name
                        rows.setdefault(str(v), []).append([str(x) for x in row if x is not None])
    elif m['layout'].startswith('scan'):
        if fn.endswith('.pdf') and any((pg.extract_text() or '').strip() for pg in PdfReader(path).pages):
            err(f'{fn}: scan has a text layer')
        st = open(os.path.join(HERE, 'scan_truth_' + fn.rsplit('.', 1)[0] + '.txt')).read().splitlines()
    else:
        pages = [norm(pg.extract_text()) for pg in PdfReader(path).pages]
    seen_kode = {}
    for t in tl:
        no = t['no']
        lab = sorted(labels.get(no, []))
        nlines += 1
        nclean += not lab
        total.update(lab)
        if lab != sorted(t['labels']):
            err(f'{fn} {no}: labels {lab} != truth {t["labels"]}')
        if fn.endswith('.xlsx'):
            cands = rows.get(no, [])
            ok = any(t['item'] in ' '.join(r) and (t['price_text'] in r) and (t['jumlah_text'] in r) for r in cands)
            if not ok:
                err(f'{fn} {no}: row not found with name/price/jumlah ({t["item"]}, {t["price_text"]}, {t["jumlah_text"]})')
        elif m['layout'].startswith('scan'):
            ok = any(l.startswith(no + ' | ') and t['item'] in l and (' | ' + t['price_text'] + ' | ') in l and l.endswith(' | ' + t['jumlah_text'])
                     for l in st)
            if not ok:
                err(f'{fn} {no}: not in scan_truth.txt')
        else:
            pg = pages[t['page'] - 1]
            for v in (no, t['item'], t['price_text'], t['jumlah_text']):
                if norm(v) not in pg:
                    err(f'{fn} {no}: {v!r} not on page {t["page"]}')
        # --- arithmetic recomputed
        prod = 1
        for v, _ in t['koefisien']:
            prod *= v
        exp = (t['volume'] * t['price'] * (100 + t['ppn']) + 50) // 100
        arith = prod != t['volume'] or exp != t['jumlah']
        if arith != ('ARITHMETIC' in lab):
            err(f'{fn} {no}: ARITHMETIC mismatch')
        if t['jumlah_correct'] != (prod * t['price'] * (100 + t['ppn']) + 50) // 100:
            err(f'{fn} {no}: jumlah_correct wrong')
        # --- price vs catalogue read from the catalogue file
        c = t['catalogue']
        if c is None:
            if 'NO_PRICE_REFERENCE' not in lab:
                err(f'{fn} {no}: no catalogue but not NO_PRICE_REFERENCE')
        else:
            if 'NO_PRICE_REFERENCE' in lab:
                err(f'{fn} {no}: catalogue given but NO_PRICE_REFERENCE')
            if c['kode'] not in ssh_price:
                err(f'{fn} {no}: catalogue kode {c["kode"]} not found in catalogue files')
            else:
                cp = ssh_price[c['kode']][0]
                if cp != c['price']:
                    err(f'{fn} {no}: catalogue price mismatch')
                ratio = F(t['price']) / (cp * F(c['factor']))
                if (ratio > F(110, 100)) != ('OVERPRICED' in lab):
                    err(f'{fn} {no}: OVERPRICED mismatch (ratio {float(ratio):.3f})')
                if F(100, 100) < ratio < F(130, 100):
                    err(f'{fn} {no}: ratio {float(ratio):.3f} in the grey zone')
            key = (t['subkegiatan_code'], c['kode'])
            if ('DUPLICATE' in lab) != (key in seen_kode):
                err(f'{fn} {no}: DUPLICATE does not match earlier same-catalogue line')
            seen_kode.setdefault(key, no)
        if (t['account_code'] != t['proper_account_code']) != ('ACCOUNT_MISMATCH' in lab):
            err(f'{fn} {no}: ACCOUNT_MISMATCH mismatch')
        if ('OFF_TARGET' in lab) != (t['kind'] == 'off'):
            err(f'{fn} {no}: OFF_TARGET mismatch')

layouts = {m['layout'] for m in manifest}
if nlines < 200:
    err(f'only {nlines} lines')
for k in TYPES:
    if total[k] < 25:
        err(f'{k}: only {total[k]}')
if len(layouts) < 6:
    err('fewer than 6 layouts')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024:
    err(f'size {size}')
print(f'files {len(manifest)} lines {nlines} clean {nclean} ({nclean / nlines:.0%}) catalogue rows {ncat} size {size / 1e6:.2f} MB')
print('labels', dict(total))
if errors:
    print('\n'.join(errors[:60]))
    print(f'FAILED: {len(errors)} errors')
    sys.exit(1)
print('OK')
