#!/usr/bin/env python3
"""Independent checks of review32: every labelled value is in its file; labels recomputed from the truth."""
import json, os, csv, sys, re
from collections import Counter
import openpyxl
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(ROOT, 'data')
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
errs = []
def err(m): errs.append(m)
def fmt(n): return f"{int(n):,}".replace(',', '.')
def norm(s): return re.sub(r'\s+', ' ', str(s)).strip()

man = json.load(open(os.path.join(DATA, 'manifest.json'))); truth = json.load(open(os.path.join(ROOT, 'truth_lines.json')))
thr = truth['conventions']['overpriced_threshold']
# catalogues read back from the files themselves
cat = {}
wb = openpyxl.load_workbook(os.path.join(DATA, 'ssh_kota_samarinda_2027.xlsx'))
for row in wb.active.iter_rows(min_row=8, values_only=True):
    if isinstance(row[0], int) and row[1]: cat[row[1]] = dict(uraian=row[2], spek=row[3], unit=row[4], price=row[6])
ssh_n = len(cat)
sbu_text = ''.join(p.extract_text() + '\n' for p in PdfReader(os.path.join(DATA, 'sbu_kota_samarinda_2027.pdf')).pages)
sbu_lines = sbu_text.split('\n')
sbu_n = 0
toks = [x.strip() for x in sbu_lines]
for i, tk in enumerate(toks):
    if re.fullmatch(r'SBU\.\d\d\.\d\d\.\d{3}', tk):
        for tj in toks[i + 1:i + 10]:
            if re.fullmatch(r'\d{1,3}(\.\d{3})*', tj):
                sbu_n += 1; cat[tk] = dict(price=int(tj.replace('.', ''))); break
print('catalogue rows: SSH', ssh_n, 'SBU', sbu_n)
if ssh_n + sbu_n < 300: err('catalogue rows < 300')

def cells_xlsx(path):
    wb = openpyxl.load_workbook(path); rows = []
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True): rows.append((ws.title, r))
    return rows

tot = Counter(); nlines = 0; nclean = 0; subs = set(); layouts = set()
for e in man:
    fn = e['rka']; T = truth['files'][fn]; lines = T['lines']; layouts.add(e['layout'])
    for c in e['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)): err(f'{fn}: missing catalogue {c}')
    lab = json.load(open(os.path.join(DATA, e['labels'])))['labels']
    if set(lab) != {l['no'] for l in lines} or len(lab) != len(lines): err(f'{fn}: label keys != truth lines')
    path = os.path.join(DATA, fn)
    if fn.endswith('.xlsx'):
        rows = cells_xlsx(path); idx = {}
        for sh, r in rows:
            if r and r[0] is not None and not isinstance(r[0], (int, float)) and ('.' in str(r[0]) or str(r[0]).isdigit()): idx.setdefault(str(r[0]), []).append(r)
            if len(r) >= 12 and isinstance(r[11], str) and r[11].isdigit(): idx.setdefault(r[11], []).append(r)
        def check(l):
            rs = idx.get(l['no'], [])
            if len(rs) != 1: return f"No {l['no']} found {len(rs)} times"
            r = rs[0]; vals = [v for v in r if v is not None]
            if not any(isinstance(v, str) and l['uraian'] in v for v in vals): return 'uraian missing'
            pp = l['printed']['price']
            if pp not in vals: return f'price {pp} missing'
            if l['jumlah'] not in vals: return 'jumlah missing'
            return None
    elif fn.endswith('.csv'):
        rd = list(csv.DictReader(open(path, encoding='utf-8-sig'), delimiter=';'))
        bn = {}
        for r in rd: bn.setdefault(r['no_urut'], []).append(r)
        def check(l):
            rs = bn.get(l['no'], [])
            if len(rs) != 1: return 'no not unique'
            r = rs[0]
            if r['uraian'] != l['uraian'] or r['harga_satuan'] != fmt(l['harga_satuan']) + ',00' or r['total'] != fmt(l['jumlah']) + ',00': return 'csv values differ'
            if int(r['volume']) != l['volume'] or r['kode_rekening'] != l['account_code']: return 'csv vol/acct differ'
            return None
    else:
        if e['layout'] == 'scan_image_pdf':
            rd = PdfReader(path)
            if any((p.extract_text() or '').strip() for p in rd.pages): err(f'{fn}: scan has a text layer')
            pages = [open(os.path.join(ROOT, 'scan_truth.txt')).read()]
        else:
            pages = [p.extract_text() for p in PdfReader(path).pages]
        def check(l):
            pg = l['printed'].get('page', 1) - 1; t = pages[pg] if pg < len(pages) else ''
            tl = [norm(x) for x in t.split('\n')]
            if e['layout'] == 'scan_image_pdf':
                hit = [x for x in tl if x.startswith(l['no'] + ' | ' + l['uraian'] + ' |') and ('| ' + fmt(l['harga_satuan']) + ' |') in x and x.endswith('| ' + fmt(l['jumlah']))]
                return None if len(hit) == 1 else 'scan text line missing'
            for i, x in enumerate(tl):
                if x == l['no'] and i + 1 < len(tl) and tl[i + 1] == l['uraian']:
                    win = tl[i:i + 14]
                    if fmt(l['harga_satuan']) in win and fmt(l['jumlah']) in win and str(l['volume']) in win: return None
            return 'no token run No, uraian, volume, price, jumlah on page %d' % (pg + 1)
    for i, l in enumerate(lines):
        nlines += 1; subs.add(l['sub_kegiatan_code'])
        m = check(l)
        if m: err(f"{fn} No {l['no']}: {m}")
        if sorted(lab.get(l['no'], ['?'])) != sorted(l['labels']): err(f"{fn} No {l['no']}: labels file != truth")
        # recompute labels from the truth numbers
        exp = set()
        prod = 1
        for q, _ in l['koef_parts']: prod *= q
        correct = int(prod * l['harga_satuan'] * (100 + l['ppn']) / 100 + 0.5)
        if prod != l['volume'] or abs(correct - l['jumlah']) > 1: exp.add('ARITHMETIC')
        if correct != l['jumlah_correct']: err(f"{fn} No {l['no']}: jumlah_correct wrong")
        c = l['catalogue']
        if c is None: exp.add('NO_PRICE_REFERENCE')
        else:
            cr = cat.get(c['kode'])
            if cr is None: err(f"{fn} No {l['no']}: catalogue kode {c['kode']} not in file")
            else:
                if cr['price'] != c['harga']: err(f"{fn} No {l['no']}: catalogue price differs from file")
                ratio = l['harga_satuan'] / (cr['price'] * c['factor'])
                if ratio > thr: exp.add('OVERPRICED')
                elif ratio > 1.0 + 1e-9: err(f"{fn} No {l['no']}: price in grey zone {ratio:.3f}")
                if ratio > thr and ratio < 1.2: err(f"{fn} No {l['no']}: overpriced too close to threshold")
        if l['account_code'] != l['correct_account_code']: exp.add('ACCOUNT_MISMATCH')
        if l['role'] == 'offtarget': exp.add('OFF_TARGET')
        if l['duplicate_of'] is not None:
            prev = [x['no'] for x in lines[:i]]
            if l['duplicate_of'] not in prev: err(f"{fn} No {l['no']}: duplicate original not earlier")
            exp.add('DUPLICATE')
        if exp != set(l['labels']): err(f"{fn} No {l['no']}: recomputed {sorted(exp)} != {l['labels']}")
        tot.update(l['labels']); nclean += not l['labels']
print('lines', nlines, 'clean', nclean, f'({100 * nclean / nlines:.1f}%)', 'sub-kegiatan', len(subs), 'RKA files', len(man), 'layouts', len(layouts))
print('labels', dict(tot))
if nlines < 200: err('fewer than 200 lines')
for t in TYPES:
    if tot[t] < 25: err(f'label {t} only {tot[t]}')
if len(subs) < 9 or len(man) < 5 or len(layouts) < 6: err('not enough subs/files/layouts')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
print('size MB', round(size / 1e6, 2))
if size > 15e6: err('size > 15 MB')
for m in errs[:60]: print('ERROR', m)
print('FAIL' if errs else 'PASS', len(errs), 'errors')
sys.exit(1 if errs else 0)
