#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks the review33 set against its files. Run: python verify.py  (exit code 0 = pass)"""
import os, sys, json, csv, re, io
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
import openpyxl
from pypdf import PdfReader

TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
MARGIN = 1.10
errors = []
def err(msg):
    errors.append(msg)

def fmt_id(n): return '{:,}'.format(int(n)).replace(',', '.')
def jumlah_of(vol, price, ppn): return (vol * price * (100 + ppn) + 50) // 100
def nows(s): return re.sub(r'\s+', '', str(s))

def parse_money(v):
    if v is None: return None
    if isinstance(v, (int, float)): return int(round(v))
    s = str(v).strip().lower().replace('rp.', '').replace('rp', '').replace(',-', '').strip()
    m = re.fullmatch(r'([\d.,]+)\s*(jt|rb)', s)
    if m:
        num = float(m.group(1).replace('.', '').replace(',', '.')) if m.group(2) else 0
        return int(round(num * (1e6 if m.group(2) == 'jt' else 1e3)))
    s = re.sub(r',00$', '', s)
    if re.fullmatch(r'[\d.]+', s): return int(s.replace('.', ''))
    return None

manifest = json.load(open(os.path.join(DATA, 'manifest.json'), encoding='utf-8'))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json'), encoding='utf-8'))

# ------------------------------------------------------------ catalogues
ssh = {}
wb = openpyxl.load_workbook(os.path.join(DATA, 'ssh_2027.xlsx'))
for row in wb.active.iter_rows(values_only=True):
    if row[1] and re.fullmatch(r'\d\.\d\.\d\.\d\d\.\d\d\.\d\d\.\d{3}', str(row[1])):
        ssh[row[1]] = dict(name=row[2], spec=row[3], unit=row[4], price=row[5])
sbu_text = '\n'.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_2027.pdf')).pages)
sbu_codes = re.findall(r'SBU\.\d\d\.\d{3}', sbu_text)
sbu_lines = sbu_text.split('\n')
print('catalogue rows: SSH', len(ssh), 'SBU', len(set(sbu_codes)), 'total', len(ssh) + len(set(sbu_codes)))
if len(ssh) + len(set(sbu_codes)) < 300: err('fewer than 300 catalogue rows')

def check_ref(l):
    r = l['ref']
    if r['catalogue'] == 'ssh_2027.xlsx':
        c = ssh.get(r['kode'])
        if not c: return err('%s No %s: kode %s not in SSH' % (l['file'], l['no'], r['kode']))
        if c['price'] != r['harga'] or c['unit'] != r['satuan'] or c['name'] != r['uraian']:
            err('%s No %s: SSH row mismatch %s' % (l['file'], l['no'], r['kode']))
    else:
        idx = [i for i, ln in enumerate(sbu_lines) if r['kode'] in ln]
        if len(idx) != 1 or not any(ln.strip() == fmt_id(r['harga']) for ln in sbu_lines[idx[0]:idx[0] + 8]):
            err('%s No %s: SBU %s price %s not found' % (l['file'], l['no'], r['kode'], r['harga']))

# ------------------------------------------------------------ file readers
def rows_xlsx(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(list(row))
    return out

def check_in_rows(l, rows):
    cand = [r for r in rows if r and r[0] is not None and str(r[0]).strip() == l['no']]
    if len(cand) != 1: return err('%s No %s: %d rows with this No' % (l['file'], l['no'], len(cand)))
    r = cand[0]
    txt = ' '.join(str(x) for x in r if x is not None)
    if l['item_name'] not in txt: err('%s No %s: name not in row' % (l['file'], l['no']))
    money = [parse_money(x) for x in r]
    if l['price'] not in money: err('%s No %s: price %s not in row %r' % (l['file'], l['no'], l['price'], r))
    if l['jumlah'] not in money: err('%s No %s: jumlah not in row' % (l['file'], l['no']))
    if not any(str(l['volume']) == nows(x).split('x')[-1] or str(x).startswith(fmt_id(l['volume']) + ' ') or x == l['volume'] for x in r if x is not None):
        err('%s No %s: volume %s not in row' % (l['file'], l['no'], l['volume']))

def check_in_textlines(l, lines):
    # pypdf yields one text run per line here: No, name, koef, vol, unit, price, jumlah
    name = nows(l['item_name'])
    for i, ln in enumerate(lines):
        if ln.strip() == l['no'] and i + 1 < len(lines) and nows(lines[i + 1]) == name:
            win = [x.strip() for x in lines[i + 2:i + 8]]
            if fmt_id(l['price']) in win and fmt_id(l['jumlah']) in win and str(l['volume']) in win:
                return True
    return False

texts = {}
for m in manifest:
    fn = m['rka']; path = os.path.join(DATA, fn)
    if not os.path.exists(path): err('missing ' + fn); continue
    for c in m['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)): err('missing catalogue ' + c)
    lab = json.load(open(os.path.join(DATA, m['labels']), encoding='utf-8'))['labels']
    tl = [l for l in truth if l['file'] == fn]
    if set(lab) != {l['no'] for l in tl} or len(tl) != len({l['no'] for l in tl}):
        err(fn + ': label keys differ from truth numbers')
    for l in tl:
        if sorted(lab.get(l['no'], []), key=TYPES.index) != l['labels']: err('%s No %s: labels differ' % (fn, l['no']))
    stem = fn.rsplit('.', 1)[0]
    if fn.endswith('.xlsx'):
        rows = rows_xlsx(path)
        for l in tl: check_in_rows(l, rows)
    elif fn.endswith('.docx'):
        import docx
        rows = []
        for t in docx.Document(path).tables:
            for r in t.rows:
                cells = [c.text for c in r.cells]
                if cells and cells[0].endswith('.'): cells[0] = cells[0][:-1]
                rows.append(cells)
        for l in tl: check_in_rows(l, rows)
    elif fn.endswith('.csv'):
        raw = open(path, encoding='utf-8-sig').read()
        rd = list(csv.reader(io.StringIO(raw), delimiter=';'))
        hdr = rd[2]
        recs = [dict(zip(hdr, r)) for r in rd[3:]]
        for l in tl:
            c = [r for r in recs if r['no'] == l['no']]
            if len(c) != 1: err('%s No %s: rows %d' % (fn, l['no'], len(c))); continue
            r = c[0]
            if r['uraian_komponen'] != l['item_name'] or parse_money(r['harga_satuan']) != l['price'] or \
               parse_money(r['total_harga']) != l['jumlah'] or int(r['volume']) != l['volume'] or int(r['ppn_persen']) != l['ppn']:
                err('%s No %s: csv row differs' % (fn, l['no']))
    elif m['layout'] in ('scan_image_pdf', 'phone_photo_jpg'):
        kind = 'scan_truth' if m['layout'] == 'scan_image_pdf' else 'photo_truth'
        tlines = open(os.path.join(HERE, 'truth', stem + '.' + kind + '.txt'), encoding='utf-8').read().split('\n')
        for l in tl:
            cells_ok = [ln for ln in tlines if ln.split(' | ')[0] == l['no'] and l['item_name'] in ln.split(' | ')
                        and fmt_id(l['price']) in ln.split(' | ') and fmt_id(l['jumlah']) in ln.split(' | ') and fmt_id(l['volume']) in ln.split(' | ')]
            if len(cells_ok) != 1: err('%s No %s: not in drawn text' % (fn, l['no']))
        if fn.endswith('.pdf'):
            r = PdfReader(path)
            if any((p.extract_text() or '').strip() for p in r.pages): err(fn + ': scan has a text layer')
    elif fn.endswith('.pdf'):
        pages = [p.extract_text() for p in PdfReader(path).pages]
        full = '\n'.join(pages); fullnw = nows(full)
        lines = full.split('\n')
        for l in tl:
            if m['layout'] == 'pdf_no_ruling_continued':
                if not check_in_textlines(l, lines): err('%s No %s: line not found in PDF text' % (fn, l['no']))
            else:
                for s in (l['item_name'], fmt_id(l['price']), fmt_id(l['jumlah'])):
                    if nows(s) not in fullnw: err('%s No %s: %r not in PDF text' % (fn, l['no'], s))
        if m['layout'] == 'pdf_sipd_print':
            if len(pages) < 3 or sum('Rincian Perhitungan' in p for p in pages) < len(pages):
                err(fn + ': header not repeated on each page')
        if m['layout'] == 'pdf_no_ruling_continued':
            if len(pages) < 2 or any('Harga Satuan' in p for p in pages[1:]): err(fn + ': continuation pages must not repeat the header')

# ------------------------------------------------------------ labels recomputed from truth
by_file = {}
for l in truth: by_file.setdefault(l['file'], []).append(l)
for l in truth:
    labs = set(l['labels'])
    prod = 1
    for n, _ in l['koef_parts']: prod *= n
    if prod != l['volume_correct']: err('%s No %s: correct volume != koef product' % (l['file'], l['no']))
    if l['jumlah_correct'] != jumlah_of(l['volume_correct'], l['price'], l['ppn']): err('%s No %s: jumlah_correct' % (l['file'], l['no']))
    arith = (l['koef_printed'] and prod != l['volume']) or l['jumlah'] != jumlah_of(l['volume'], l['price'], l['ppn'])
    if (not l['koef_printed']) and l['volume'] != l['volume_correct']: err('%s No %s: hidden koef error' % (l['file'], l['no']))
    if arith != ('ARITHMETIC' in labs): err('%s No %s: ARITHMETIC recomputed %s' % (l['file'], l['no'], arith))
    if l['ref']:
        check_ref(l)
        ceiling = l['ref']['harga'] * l['ref']['factor']
        over = l['price'] > MARGIN * ceiling
        if over != ('OVERPRICED' in labs): err('%s No %s: OVERPRICED recomputed %s' % (l['file'], l['no'], over))
        if not over and l['price'] > ceiling + 0.5: err('%s No %s: price in grey zone' % (l['file'], l['no']))
        if over and l['price'] < 1.2 * ceiling: err('%s No %s: overpriced margin too thin' % (l['file'], l['no']))
    if (l['ref'] is None) != ('NO_PRICE_REFERENCE' in labs): err('%s No %s: NO_PRICE mismatch' % (l['file'], l['no']))
    if (l['acct_code'] != l['acct_correct_code']) != ('ACCOUNT_MISMATCH' in labs): err('%s No %s: ACCOUNT mismatch flag' % (l['file'], l['no']))
    if ('DUPLICATE' in labs) != ('dup_of_no' in l): err('%s No %s: DUPLICATE flag' % (l['file'], l['no']))
    if 'dup_of_no' in l:
        fl = by_file[l['file']]
        o = [x for x in fl if x['no'] == l['dup_of_no']][0]
        if fl.index(o) >= fl.index(l) or o['subkeg'] != l['subkeg'] or o['ref']['key'] != l['ref']['key'] or 'DUPLICATE' in o['labels']:
            err('%s No %s: bad duplicate link' % (l['file'], l['no']))
    if ('OFF_TARGET' in labs) != any(n.startswith('off-target') for n in l['notes']): err('%s No %s: OFF_TARGET note' % (l['file'], l['no']))
# unlabeled duplicates: same catalogue key twice in a sub-kegiatan only where labelled
seen = {}
for l in truth:
    if l['ref']:
        k = (l['file'], l['subkeg'], l['ref']['key'])
        if k in seen and 'DUPLICATE' not in l['labels']: err('%s No %s: unlabeled repeat of catalogue item' % (l['file'], l['no']))
        seen[k] = l

# ------------------------------------------------------------ counts
cnt = {t: sum(t in l['labels'] for l in truth) for t in TYPES}
clean = sum(not l['labels'] for l in truth)
print('lines', len(truth), 'clean', clean, '(%.0f%%)' % (100 * clean / len(truth)), cnt)
print('files', len(manifest), 'layouts', len({m['layout'] for m in manifest}), 'OPDs', len({m['opd'] for m in manifest}),
      'sub-kegiatan', len({l['subkeg'] for l in truth}))
if len(truth) < 200: err('fewer than 200 lines')
for t, c in cnt.items():
    if c < 25: err('fewer than 25 ' + t)
if len({m['layout'] for m in manifest}) < 6: err('fewer than 6 layouts')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, dn, fns in os.walk(HERE) for f in fns)
print('size %.1f MB' % (size / 1e6))
if size > 15e6: err('over 15 MB')
for dp, dn, fns in os.walk(HERE):
    if '__pycache__' in dn: err('__pycache__ present in ' + dp)
if errors:
    print('FAIL (%d)' % len(errors)); print('\n'.join(errors[:60])); sys.exit(1)
print('PASS')
