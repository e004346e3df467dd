#!/usr/bin/env python3
"""Independent checks of the review16 set: values are in the files, labels agree, ARITHMETIC/OVERPRICED/
NO_PRICE/ACCOUNT/DUPLICATE/OFF_TARGET recomputed from truth + catalogue files. Exit 1 on failure."""
import json, os, re, sys, math
from fractions import Fraction
from collections import Counter
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
ERR = []


def err(m):
    ERR.append(m)


def fmt(n):
    return f"{int(n):,}".replace(',', '.')


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def parse_money(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    s = str(v).strip().replace('Rp.', '').replace('Rp', '').replace(',-', '').strip()
    m = re.fullmatch(r'([\d.,]+)\s*(jt|rb)', s)
    if m:
        x = Fraction(m.group(1).replace('.', '').replace(',', '.')) if ',' in m.group(1) else Fraction(m.group(1))
        return x * (1000000 if m.group(2) == 'jt' else 1000)
    if s.endswith(',00'):
        s = s[:-3]
    s = s.replace('.', '')
    return int(s) if s.isdigit() else None


manifest = json.load(open(os.path.join(DATA, 'manifest.json')))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))
MARGIN = Fraction(11, 10)

# ---------------- catalogues read from the files themselves
cat_price = {}
wb = openpyxl.load_workbook(os.path.join(DATA, 'ssh_kota_samarinda_2027.xlsx'))
n_ssh = 0
for row in wb.active.iter_rows(values_only=True):
    if isinstance(row[0], int) and row[1]:
        cat_price[row[1]] = (row[2], row[3], row[4], row[5])
        n_ssh += 1
sbu_text = '\n'.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_kota_samarinda_2027.pdf')).pages)
sbu_codes = re.findall(r'SBU\.\d+\.\d{3}', sbu_text)
n_sbu = len(set(sbu_codes))
print(f'catalogue rows: SSH {n_ssh}, SBU {n_sbu}, total {n_ssh + n_sbu}')
if n_ssh + n_sbu < 300:
    err('catalogue rows < 300')


def catalogue_price(ref):
    if ref['file'].endswith('.xlsx'):
        if ref['kode'] not in cat_price:
            err(f"kode {ref['kode']} not in SSH file")
            return None
        nm, sp, un, pr = cat_price[ref['kode']]
        if nm != ref['uraian'] or un != ref['satuan']:
            err(f"SSH row mismatch {ref['kode']}")
        return pr
    i = sbu_text.find(ref['kode'])
    if i < 0:
        err(f"kode {ref['kode']} not in SBU pdf")
        return None
    nxt = re.search(r'SBU\.\d+\.\d{3}', sbu_text[i + 5:])
    seg = sbu_text[i: i + 5 + (nxt.start() if nxt else 400)]
    if fmt(ref['harga']) not in seg:
        err(f"SBU price {ref['harga']} not next to {ref['kode']}")
    return ref['harga']


# ---------------- per file
total = Counter()
n_lines = n_clean = 0
opds, subs = set(), set()
for m in manifest:
    fn = m['rka']
    opds.add(m['opd'])
    path = os.path.join(DATA, fn)
    assert os.path.exists(path), fn
    for c in m['catalogues']:
        assert os.path.exists(os.path.join(DATA, c)), c
    labels = json.load(open(os.path.join(DATA, m['labels'])))['labels']
    tl = truth['files'][fn]
    if set(labels) != {t['no'] for t in tl} or len(tl) != len(labels):
        err(f'{fn}: label keys != truth lines')
    # file content
    if fn.endswith('.xlsx'):
        wb = openpyxl.load_workbook(path)
        rows = {}
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                if row and row[0] is not None and not str(row[0]).startswith(('SUB', 'Keg', 'Ind', 'Sub', 'Kel', 'Lok')):
                    k = str(row[0]).strip()
                    if k in ('No',) or not any(isinstance(c, (int, float)) or parse_money(c) for c in row[1:]):
                        continue
                    if k in rows:
                        err(f'{fn}: No {k} printed twice')
                    rows[k] = row
    elif 'scan' in fn:
        stext = open(os.path.join(HERE, 'scan_truth.txt')).read().splitlines()
        rows = {l.split(' | ')[0]: l for l in stext if ' | ' in l and l.split(' | ')[0].isdigit()}
        if len(PdfReader(path).pages[0].extract_text().strip()) > 0:
            err('scan pdf has a text layer')
    else:
        pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
        alltext = ' '.join(pages)
    seen_nos = []
    for t in tl:
        no = t['no']
        n_lines += 1
        subs.add(t['sub_kegiatan_code'])
        if fn.endswith('.xlsx'):
            row = rows.get(no)
            if row is None:
                err(f'{fn}: No {no} not found')
                continue
            cells = [c for c in row if c is not None]
            txt = ' '.join(str(c) for c in cells)
            if t['item_name'] not in txt:
                err(f'{fn} {no}: name not in row')
            money = [parse_money(c) for c in cells]
            if t['price'] not in money:
                err(f'{fn} {no}: price {t["price"]} not in row {cells}')
            if t['jumlah'] not in money:
                err(f'{fn} {no}: jumlah not in row')
            if t['volume'] not in cells:
                err(f'{fn} {no}: volume not in row')
        elif 'scan' in fn:
            l = rows.get(no)
            if l is None or t['item_name'] not in l or f" | {fmt(t['price'])} | {fmt(t['jumlah'])}" not in l:
                err(f'{fn} {no}: not in scan_truth')
        else:
            nm = norm(t['item_name'])
            hit = [i for i, p in enumerate(pages) if nm in p and fmt(t['jumlah']) in p and fmt(t['price']) in p]
            if not hit:
                err(f'{fn} {no}: name/price/jumlah not on one page')
            if not re.search(r'(^|\s)' + re.escape(no) + r'\s', alltext):
                err(f'{fn} {no}: No not printed')
        # ---- recompute labels
        L = set(t['labels'])
        if set(labels[no]) != L:
            err(f'{fn} {no}: labels file != truth')
        prod = 1
        for q, _ in t['koefisien']:
            prod *= q
        exp = math.floor(Fraction(t['volume'] * t['price'] * (100 + t['ppn']), 100) + Fraction(1, 2))
        ar = prod != t['volume'] or exp != t['jumlah']
        if ar != ('ARITHMETIC' in L):
            err(f'{fn} {no}: ARITHMETIC recompute {ar}')
        ref = t['catalogue_ref']
        if ref is None:
            if 'NO_PRICE_REFERENCE' not in L or 'OVERPRICED' in L:
                err(f'{fn} {no}: no ref but labels {L}')
        else:
            if 'NO_PRICE_REFERENCE' in L:
                err(f'{fn} {no}: ref but NO_PRICE')
            cp = catalogue_price(ref)
            if cp is not None:
                refp = Fraction(cp) * Fraction(ref['conv'])
                op = Fraction(t['price']) > refp * MARGIN
                if op != ('OVERPRICED' in L):
                    err(f'{fn} {no}: OVERPRICED recompute {op}')
                if not op and Fraction(t['price']) > refp:
                    err(f'{fn} {no}: price in grey zone')
        am = t['account_code'] not in t['account_correct']
        if am != ('ACCOUNT_MISMATCH' in L):
            err(f'{fn} {no}: ACCOUNT recompute')
        if ('OFF_TARGET' in L) != (t['kind'] == 'off'):
            err(f'{fn} {no}: OFF_TARGET kind')
        if 'DUPLICATE' in L:
            o = [x for x in tl if x['no'] == t['dup_of']]
            if not o or o[0]['no'] not in seen_nos or o[0]['sub_kegiatan_code'] != t['sub_kegiatan_code'] or \
                    (o[0]['catalogue_ref'] or {}).get('kode') != (ref or {}).get('kode') or 'DUPLICATE' in o[0]['labels']:
                err(f'{fn} {no}: bad DUPLICATE')
        elif t['dup_of']:
            err(f'{fn} {no}: dup_of without label')
        seen_nos.append(no)
        total.update(L)
        n_clean += not L
print(f'files {len(manifest)}, OPDs {len(opds)}, sub-kegiatan {len(subs)}, lines {n_lines}, clean {n_clean} '
      f'({n_clean / n_lines:.0%})')
print('labels:', dict(total))
if n_lines < 200: err('lines < 200')
if len(opds) < 5: err('OPDs < 5')
if len(subs) < 9: err('sub-kegiatan < 9')
for k in ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']:
    if total[k] < 25: err(f'{k} < 25')
if len({m['layout'] for m in manifest}) < 6: err('layouts < 6')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print(f'size {size / 1e6:.2f} MB')
if size > 15e6: err('size > 15 MB')
for dp, dn, _ in os.walk(HERE):
    if '__pycache__' in dn: err('__pycache__ present')
if ERR:
    print('FAIL', len(ERR))
    for e in ERR[:60]:
        print(' -', e)
    sys.exit(1)
print('OK')
