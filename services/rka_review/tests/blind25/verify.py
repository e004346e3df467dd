#!/usr/bin/env python3
"""Verify review25: every labelled value is in its file, labels agree with truth, arithmetic recomputed."""
import json, os, re, csv, sys, math
from collections import Counter
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, 'data')
ERR = []
def err(m): ERR.append(m)
def fid(n): return f"{int(n):,}".replace(',', '.')
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def parse_price(t):
    t = t.strip()
    m = re.fullmatch(r'([\d,]+) jt', t)
    if m: return round(float(m.group(1).replace(',', '.')) * 1_000_000)
    t = re.sub(r'^Rp\.?\s*', '', t); t = re.sub(r',00$', '', t)
    return int(t.replace('.', ''))

man = json.load(open(os.path.join(DATA, 'manifest.json')))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))
tf = {f['rka']: f for f in truth['files']}

# ---- catalogues
wb = load_workbook(os.path.join(DATA, 'ssh_2027.xlsx'))
ssh = {}
for row in wb.active.iter_rows(min_row=9, values_only=True):
    if isinstance(row[0], int): ssh[row[0]] = dict(kode=row[1], name=row[2], spec=row[3], unit=row[4], price=row[5])
sbu_text = norm(' '.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_2027.pdf')).pages))
sbu_n = len(re.findall(r'SBU\.\d\d\.\d{3}', sbu_text))
print('catalogue rows: SSH', len(ssh), 'SBU', sbu_n)
if len(ssh) + sbu_n < 300: err('fewer than 300 catalogue rows')

def cat_ok(c):
    if c['file'] == 'ssh_2027.xlsx':
        r = ssh.get(c['no'])
        return r and r['price'] == c['price'] and r['unit'] == c['unit'] and r['kode'] == c['kode']
    return (c['kode'] in sbu_text) and (fid(c['price']) in sbu_text)

# ---- per file presence
def present_xlsx_L1(path, lines):
    wb = load_workbook(path)
    rows = {}
    for ws in wb.worksheets:
        if not (ws.column_dimensions['E'].hidden and ws.column_dimensions['L'].hidden): err(f'{path}: helper columns not hidden')
        for r in ws.iter_rows(values_only=True):
            if isinstance(r[0], int): rows[str(r[0])] = r
    for L in lines:
        r = rows.get(L['no'])
        if not r: err(f"L1 no {L['no']} missing"); continue
        if r[2] != L['item'] or r[8] != L['price'] or r[10] != L['jumlah'] or r[6] != L['volume'] or r[9] != L['ppn'] or r[5] != L['koefisien']:
            err(f"L1 no {L['no']} mismatch {r}")
    return len(rows)

def present_xlsx_L2(path, lines):
    ws = load_workbook(path)['RKA 2027']; rows = {}
    for r in ws.iter_rows(values_only=True):
        if r[1]: rows[str(r[1])] = r
    for L in lines:
        r = rows.get(L['no'])
        if not r: err(f"L2 no {L['no']} missing"); continue
        if not r[2].startswith(L['item']) or parse_price(r[7]) != L['price'] or r[6] != L['jumlah'] or r[4] != L['volume'] or L['acc_code'] is None:
            err(f"L2 no {L['no']} mismatch {r}")
    return len(rows) - 1  # header 'No'

def present_csv(path, lines):
    with open(path, encoding='utf-8-sig') as f: rows = {r['no_rinci']: r for r in csv.DictReader(f, delimiter=';')}
    for L in lines:
        r = rows.get(L['no'])
        if not r: err(f"L3 no {L['no']} missing"); continue
        if r['nama_komponen'] != L['item'] or r['harga_satuan'] != fid(L['price']) or r['total_harga'] != fid(L['jumlah']) or r['kode_akun'] != L['acc_code'] or r['volume'] != fid(L['volume']):
            err(f"L3 no {L['no']} mismatch {r}")
    return len(rows)

def present_pdf(path, lines, linewise):
    rd = PdfReader(path); pages = [p.extract_text() for p in rd.pages]
    full = norm(' '.join(pages)); tlines = [norm(l) for p in pages for l in p.splitlines()]
    for L in lines:
        if linewise:
            ok = any(tlines[i] == L['no'] and tlines[i + 1] == L['item'] and fid(L['price']) in tlines[i + 2:i + 6] and fid(L['jumlah']) in tlines[i + 2:i + 6]
                     for i in range(len(tlines) - 6))
        else:
            ok = (norm(L['item']) in full and f" {fid(L['price'])} " in f" {full} " and f" {fid(L['jumlah'])}" in full
                  and re.search(r'(^|\s)' + re.escape(L['no']) + r'\s', full) is not None)
        if not ok: err(f"{os.path.basename(path)} no {L['no']} not found in text: {L['item']} {fid(L['price'])} {fid(L['jumlah'])}")
    return len(rd.pages)

def present_photo(path, lines):
    from PIL import Image
    im = Image.open(path)
    if im.format != 'JPEG' or min(im.size) < 1000: err(f'{path}: not a JPEG photo of sufficient size')
    tl = open(path.rsplit('.', 1)[0].replace('/data/', '/') + '_truth.txt', encoding='utf-8').read().splitlines()
    for L in lines:
        ok = any(l.startswith(L['no'] + '\t' + L['item'] + '\t') and ('\t' + fid(L['price']) + '\t') in l and l.endswith('\t' + fid(L['jumlah'])) for l in tl)
        if not ok: err(f"photo {os.path.basename(path)} no {L['no']} not in truth text")

def present_scan(path, lines):
    rd = PdfReader(path)
    if any(norm(p.extract_text() or '') for p in rd.pages): err('scan has a text layer')
    if not all(p.images for p in rd.pages): err('scan page without image')
    tl = open(os.path.join(HERE, 'scan_truth.txt'), encoding='utf-8').read().splitlines()
    for L in lines:
        ok = any(l.startswith(L['no'] + '\t' + L['item'] + '\t') and ('\t' + fid(L['price']) + '\t') in l and l.endswith('\t' + fid(L['jumlah'])) for l in tl)
        if not ok: err(f"scan no {L['no']} not in scan_truth.txt")
    return len(rd.pages)

cnt = Counter(); nlines = 0; nclean = 0; layouts = set(); opds = set(); sks = set()
band = []
for m in man:
    f = tf[m['rka']]; lines = f['lines']; path = os.path.join(DATA, m['rka'])
    layouts.add(m['layout']); opds.add(m['opd'])
    assert os.path.exists(path), path
    for c in m['catalogues']: assert os.path.exists(os.path.join(DATA, c))
    lab = json.load(open(os.path.join(DATA, m['labels'])))['labels']
    nos = [L['no'] for L in lines]
    if len(set(nos)) != len(nos): err(f"{m['rka']}: duplicate No")
    if set(lab) != set(nos): err(f"{m['rka']}: label keys != line Nos")
    lk = m['layout'][:2]
    if lk == 'L1': present_xlsx_L1(path, lines)
    elif lk == 'L2': present_xlsx_L2(path, lines)
    elif lk == 'L3': present_csv(path, lines)
    elif lk == 'L4': present_pdf(path, lines, False)
    elif lk == 'L5': present_scan(path, lines)
    elif lk == 'L6': present_pdf(path, lines, True)
    else: present_photo(path, lines)
    pos = {L['no']: i for i, L in enumerate(lines)}
    for L in lines:
        sks.add(L['sk_code'])
        labs = set(lab.get(L['no'], []))
        if labs != set(L['labels']): err(f"{m['rka']} {L['no']}: labels file {labs} != truth {L['labels']}")
        # independent recomputation
        prod = 1
        for n, _ in L['koef_parts']: prod *= n
        exp = set()
        if L['jumlah'] != round(L['volume'] * L['price'] * (1 + L['ppn'] / 100)) or L['volume'] != prod: exp.add('ARITHMETIC')
        if L['cat']:
            if not cat_ok(L['cat']): err(f"{m['rka']} {L['no']}: catalogue row mismatch {L['cat']}")
            ref = L['cat']['price'] * L['cat']['factor']
            if L['price'] > 1.10 * ref: exp.add('OVERPRICED')
            ratio = L['price'] / ref
            if 1.0 < ratio <= 1.25: band.append((m['rka'], L['no'], ratio))
        else:
            exp.add('NO_PRICE_REFERENCE')
        if tuple(L['correct_acc']) != (L['acc_code'], L['acc_name']): exp.add('ACCOUNT_MISMATCH')
        if L.get('off_reason'): exp.add('OFF_TARGET')
        if L.get('duplicate_of_no'):
            o = next(x for x in lines if x['no'] == L['duplicate_of_no'])
            if pos[o['no']] < pos[L['no']] and o['sk_code'] == L['sk_code'] and o['cat']['kode'] == L['cat']['kode']: exp.add('DUPLICATE')
            else: err(f"{m['rka']} {L['no']}: bad duplicate reference")
        if exp != set(L['labels']): err(f"{m['rka']} {L['no']}: recomputed {exp} != labels {L['labels']}")
        # no other unlabelled repeats of the same catalogue row within a sub-kegiatan
        nlines += 1; nclean += not L['labels']; cnt.update(L['labels'])
    seen = {}
    for L in lines:
        if L['cat']:
            k = (L['sk_code'], L['cat']['kode'])
            if k in seen and not L.get('duplicate_of_no'): err(f"{m['rka']} {L['no']}: same catalogue row twice without DUPLICATE label")
            seen.setdefault(k, L['no'])
print('files', len(man), 'layouts', len(layouts), 'opds', len(opds), 'sub-kegiatan', len(sks))
print('lines', nlines, 'clean', nclean, f'({100 * nclean / nlines:.1f}%)', dict(cnt))
if nlines < 200: err('fewer than 200 lines')
for t in ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']:
    if cnt[t] < 25: err(f'only {cnt[t]} {t}')
if band: err(f'prices in the ambiguous band 1.00-1.25x: {band[:5]}')
size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fs in os.walk(HERE) for fn in fs)
print('size MB', round(size / 1e6, 2))
if size > 15e6: err('set larger than 15 MB')
if ERR:
    print('FAIL'); [print(' -', e) for e in ERR[:60]]; sys.exit(1)
print('OK')
