#!/usr/bin/env python3
"""review39 verifier: checks every labelled value against the files and recomputes labels."""
import json, os, re, csv, sys, math
from collections import Counter
import openpyxl
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__)); D = os.path.join(HERE, 'data'); ST = os.path.join(HERE, 'scan_truth')
LABELS = ['OVERPRICED','NO_PRICE_REFERENCE','OFF_TARGET','ARITHMETIC','DUPLICATE','ACCOUNT_MISMATCH']
errs = []
def err(m): errs.append(m)
def idn(n):
    return f"{int(round(n)):,}".replace(',', '.')
def norm(s): return re.sub(r'\s+', ' ', s)
def file_text(fn):
    p = os.path.join(D, fn)
    if fn.endswith('.xlsx'):
        wb = openpyxl.load_workbook(p); out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.append(' | '.join('' if v is None else str(v) for v in row))
        return '\n'.join(out)
    if fn.endswith('.csv'): return open(p, encoding='utf-8-sig').read()
    tp = os.path.join(ST, fn.replace('.pdf', '.truth.txt'))
    if os.path.exists(tp):
        r = PdfReader(p)
        for pg in r.pages:
            if (pg.extract_text() or '').strip(): err(f'{fn}: scan page has a text layer')
        return open(tp).read()
    return '\n'.join(pg.extract_text() for pg in PdfReader(p).pages)

man = json.load(open(os.path.join(D, 'manifest.json')))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))
# --- catalogues: independent price lookup from the catalogue files
cat = {}
wb = openpyxl.load_workbook(os.path.join(D, 'SSH_Kota_Samarinda_2027.xlsx'))
for row in wb.active.iter_rows(min_row=8, values_only=True):
    if isinstance(row[0], int): cat[(row[1], row[2], row[3])] = (row[4], row[5])
ssh_n = len(cat)
sbu_txt = norm('\n'.join(pg.extract_text() for pg in PdfReader(os.path.join(D, 'SBU_Kota_Samarinda_2027.pdf')).pages))
scan_txt = open(os.path.join(ST, 'SSH_Lampiran_III_Pertanian_Pangan_2027_scan.truth.txt')).read()
sbu_n = len(re.findall(r'SBU\.\d\d\.\d\d\.\d\d\d', sbu_txt)); scn_n = len(re.findall(r'^\d+ \| 1\.1\.7', scan_txt, re.M))
print('catalogue rows: SSH', ssh_n, 'SBU', sbu_n, 'scan', scn_n)
if ssh_n + sbu_n + scn_n < 300: err('fewer than 300 catalogue rows')

def cat_price(L):
    if L['catalogue'] == 'SSH':
        u, p = cat[(L['cat_kode'], L['cat_name'], L['cat_spec'])]; assert u == L['cat_unit']; return p
    line_ok = None
    if L['catalogue'] == 'SBU':
        ok = L['cat_kode'] in sbu_txt and idn(L['cat_price']) in sbu_txt[sbu_txt.index(L['cat_kode']):sbu_txt.index(L['cat_kode']) + 400]
        if not ok: err(f'SBU price not found for {L["cat_kode"]}')
        return L['cat_price']
    ln = [x for x in scan_txt.splitlines() if L['cat_kode'] in x]
    if not ln or not ln[0].endswith(idn(L['cat_price'])) or L['cat_unit'] not in ln[0]: err(f'scan catalogue row missing {L["cat_kode"]}')
    return L['cat_price']

total = 0; cnt = Counter(); clean = 0; layouts = set()
for m in man:
    fn = m['rka']; layouts.add(m['layout'])
    for c in m['catalogues']:
        if not os.path.exists(os.path.join(D, c)): err(f'missing catalogue {c}')
    lab = json.load(open(os.path.join(D, m['labels'])))['labels']
    lines = [L for L in truth if L['file'] == fn]
    txt = file_text(fn); ntxt = norm(txt)
    nos = [L['no'] for L in lines]
    if len(set(nos)) != len(nos): err(f'{fn}: duplicate No')
    if set(nos) != set(lab): err(f'{fn}: label keys != line numbers')
    for idx, L in enumerate(lines):
        total += 1
        if sorted(lab.get(L['no'], ['?'])) != sorted(L['labels']): err(f'{fn} {L["no"]}: labels differ')
        # presence checks
        if fn.endswith('.csv'):
            row = [r for r in csv.reader(txt.splitlines(), delimiter=';') if r and r[0] == L['no']]
            if not row or row[0][5] != L['item'] or row[0][8] != f"{L['price']},00" or row[0][9] != f"{L['jumlah']},00" or row[0][7] != f"{L['volume']} {L['unit']}":
                err(f'{fn} {L["no"]}: csv row mismatch')
        elif fn.endswith('.xlsx'):
            pr = L['price_text'] if 'DKPP' in fn else str(L['price'])
            hit = [ln for ln in txt.splitlines() if f"| {L['no']} |" in f"| {ln} |" and L['item'] in ln]
            if not hit or pr not in hit[0] or str(L['jumlah']) not in hit[0]: err(f'{fn} {L["no"]}: xlsx row mismatch')
        else:
            for v in (L['item'], idn(L['price']), idn(L['jumlah'])):
                if norm(v) not in ntxt: err(f'{fn} {L["no"]}: "{v}" not in text')
            if not re.search(r'(^|\s)' + re.escape(L['no']) + r'(\s|$)', ntxt): err(f'{fn} {L["no"]}: No not found')
            if 'scan' in fn:
                row = [x for x in txt.splitlines() if x.startswith(L['no'] + ' | ')]
                if not row or row[0] != ' | '.join([L['no'], L['item'], L['koef'], L['unit'], idn(L['price']), idn(L['jumlah'])]): err(f'{fn} {L["no"]}: scan row mismatch')
        # recompute labels
        prod = 1
        for n, _ in L['koef_parts']: prod *= n
        ar = (L['jumlah'] != round(L['volume'] * L['price'] * (1 + L['ppn'] / 100))) or (L['volume'] != prod)
        if ar != ('ARITHMETIC' in L['labels']): err(f'{fn} {L["no"]}: ARITHMETIC recompute')
        if L['cat_key'] is None:
            if 'NO_PRICE_REFERENCE' not in L['labels'] or 'OVERPRICED' in L['labels']: err(f'{fn} {L["no"]}: NPR')
        else:
            if 'NO_PRICE_REFERENCE' in L['labels']: err(f'{fn} {L["no"]}: NPR on catalogued item')
            ref = cat_price(L) * L['factor']
            op = L['price'] > 1.10 * ref + 1e-6
            if op != ('OVERPRICED' in L['labels']): err(f'{fn} {L["no"]}: OVERPRICED recompute {L["price"]} vs {ref}')
            if not op and L['price'] > ref + 1e-6: err(f'{fn} {L["no"]}: clean price in grey zone')
            if op and L['price'] < 1.2 * ref: err(f'{fn} {L["no"]}: overpriced too close')
        am = L['acc_class'] != L['cls']
        if am != ('ACCOUNT_MISMATCH' in L['labels']): err(f'{fn} {L["no"]}: ACCOUNT_MISMATCH')
        if 'DUPLICATE' in L['labels']:
            prev = [M for M in lines[:idx] if M['sub'] == L['sub'] and M['order'] == L['dup_of_order']]
            if not prev or prev[0]['cat_key'] != L['cat_key']: err(f'{fn} {L["no"]}: duplicate target not earlier')
        for t in L['labels']: cnt[t] += 1
        if not L['labels']: clean += 1
print('lines', total, 'clean', clean, f'({clean/total:.0%})', dict(cnt))
print('layouts', len(layouts))
if total < 200: err('fewer than 200 lines')
for t in LABELS:
    if cnt[t] < 25: err(f'too few {t}')
if len(layouts) < 6: err('fewer than 6 layouts')
size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(HERE) for f in fs)
print('size MB', round(size / 1e6, 2))
if size > 15e6: err('too big')
if errs:
    print('\n'.join(errs[:60])); print('FAILED', len(errs)); sys.exit(1)
print('VERIFY OK')
