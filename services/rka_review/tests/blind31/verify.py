#!/usr/bin/env python3
"""Verify review31: every labelled line is really in its file, labels agree with truth, labels recomputed."""
import sys
sys.dont_write_bytecode = True
import csv, json, os, re
from fractions import Fraction as F
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
LABELS = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
errors = []

def err(msg):
    errors.append(msg)

def rup(n):
    return f"{int(n):,}".replace(',', '.')

def nows(s):
    return re.sub(r'\s+', '', s)

manifest = json.load(open(os.path.join(DATA, 'manifest.json')))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))
tfiles = {t['file']: t for t in truth['files']}

# ---------------------------------------------------------------- catalogues, read from the files themselves
ssh = {}
wb = openpyxl.load_workbook(os.path.join(DATA, 'ssh_2027_kota_samarinda.xlsx'), data_only=True)
for row in wb.active.iter_rows(min_row=7, values_only=True):
    if isinstance(row[0], int):
        ssh[row[1]] = dict(name=row[2], spec=row[3], unit=row[4], price=row[5])
sbu_text = nows('\n'.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_2027_kota_samarinda.pdf')).pages))
sbu_rows = len(re.findall(r'SBU\.2027\.\d\d\.\d\d\d', sbu_text))
print('catalogue rows: SSH', len(ssh), 'SBU', sbu_rows)
if len(ssh) + sbu_rows < 300:
    err('fewer than 300 catalogue rows')

def cat_check(ref, where):
    if ref['catalogue'] == 'SSH':
        r = ssh.get(ref['kode'])
        if not r or r['price'] != ref['price'] or r['unit'] != ref['unit'] or r['name'] != ref['name']:
            err(f"{where}: SSH row {ref['kode']} mismatch {r} vs {ref}")
    else:
        needle = nows(ref['kode'] + ref['name'] + ref['unit'] + rup(ref['price']))
        if needle not in sbu_text:
            err(f"{where}: SBU row {ref['kode']} not found as labelled")

# ---------------------------------------------------------------- per-file text access
def pdf_text(path):
    return '\n'.join(p.extract_text() for p in PdfReader(path).pages)

def check_file(entry):
    fname = entry['rka']; t = tfiles[fname]; path = os.path.join(DATA, fname)
    lines = t['lines']
    if not os.path.exists(path):
        err(f'missing {fname}'); return
    for c in entry['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)):
            err(f'missing catalogue {c}')
    lay = t['layout']
    if fname.endswith('.xlsx'):
        wb = openpyxl.load_workbook(path, data_only=True)
        rows = []
        for ws in wb.worksheets:
            for r in ws.iter_rows(values_only=True):
                rows.append(r)
        if lay == 'xlsx_textprice_hidden_cols':
            ws = wb.worksheets[0]
            if not (ws.column_dimensions['H'].hidden and ws.column_dimensions['I'].hidden):
                err('hidden helper columns not hidden')
        if lay == 'xlsx_sipd_multisheet' and len(wb.worksheets) < 2:
            err('multisheet layout has < 2 sheets')
        for ln in lines:
            hit = [r for r in rows if any(c is not None and str(c) == ln['no'] for c in r[:2])]
            if len(hit) != 1:
                err(f"{fname} No {ln['no']}: {len(hit)} rows"); continue
            r = hit[0]; cells = [c for c in r if c is not None]
            txt = ' || '.join(str(c) for c in cells)
            if ln['name'] not in txt: err(f"{fname} {ln['no']}: name not in row")
            ok_price = ln['price'] in cells or (ln['price_text'] and ln['price_text'] in cells)
            ok_j = ln['jumlah_printed'] in cells or f"Rp {rup(ln['jumlah_printed'])}" in cells
            if not ok_price: err(f"{fname} {ln['no']}: price not in row {txt}")
            if not ok_j: err(f"{fname} {ln['no']}: jumlah not in row {txt}")
            if lay == 'xlsx_sipd_multisheet':
                if r[5] != ln['volume_printed'] or r[8] != ln['ppn_percent'] or r[4] != ln['koefisien_text']:
                    err(f"{fname} {ln['no']}: volume/ppn/koef differ")
            if lay == 'xlsx_textprice_hidden_cols':
                if r[7] != ln['volume_printed']: err(f"{fname} {ln['no']}: hidden vol differs")
                if ln['price_text'].endswith('jt'):
                    v = F(ln['price_text'][:-3].replace(',', '.')) * 1000000
                    if v != ln['price']: err(f"{fname} {ln['no']}: jt text wrong")
                else:
                    if int(re.sub(r'\D', '', ln['price_text'].replace(',-', ''))) != ln['price']:
                        err(f"{fname} {ln['no']}: price text wrong")
            # account printed
            acc_txt = None
            if lay == 'xlsx_textprice_hidden_cols':
                if not str(r[6]).startswith(ln['account_code']): err(f"{fname} {ln['no']}: account col")
            else:
                # group row above in the same sheet
                idx = rows.index(r)
                for rr in range(idx - 1, -1, -1):
                    if rows[rr][0] is None and rows[rr][1] and re.match(r'\d\.\d', str(rows[rr][1])):
                        acc_txt = rows[rr][1]; break
                if acc_txt != ln['account_code']: err(f"{fname} {ln['no']}: group account {acc_txt} != {ln['account_code']}")
    elif fname.endswith('.csv'):
        with open(path, encoding='utf-8') as f:
            rd = list(csv.DictReader(f, delimiter=';'))
        by = {r['no_rinci']: r for r in rd}
        for ln in lines:
            r = by.get(ln['no'])
            if not r: err(f"{fname} {ln['no']} missing"); continue
            if r['uraian_rinci'] != ln['name'] or r['harga_satuan'] != f"{ln['price']},00" or r['total'] != f"{ln['jumlah_printed']},00":
                err(f"{fname} {ln['no']}: fields differ")
            if r['volume_satuan'] != f"{ln['volume_printed']} {ln['unit']}" or r['kode_rekening'] != ln['account_code']:
                err(f"{fname} {ln['no']}: volume/account differ")
    elif 'text_truth' in t:
        txt = open(os.path.join(HERE, t['text_truth']), encoding='utf-8').read().splitlines()
        for ln in lines:
            hit = [x for x in txt if x.startswith(f"{ln['no']} | {ln['uraian_printed']} | ")]
            if len(hit) != 1: err(f"{fname} {ln['no']}: {len(hit)} truth-text rows"); continue
            parts = hit[0].split(' | ')
            if parts[-2] != rup(ln['price']) or parts[-1] != rup(ln['jumlah_printed']):
                err(f"{fname} {ln['no']}: price/jumlah differ in truth text")
        # account headings precede lines
        cur = None; pos = {}
        for x in txt:
            m = re.match(r'^(5\.\d\.\d\d\.\d\d\.\d\d\.\d{4}) \| ', x)
            if m: cur = m.group(1); continue
            m = re.match(r'^(\d+) \| ', x)
            if m: pos[m.group(1)] = cur
        for ln in lines:
            if pos.get(ln['no']) != ln['account_code']: err(f"{fname} {ln['no']}: account heading")
    elif fname.endswith('.pdf'):
        text = pdf_text(path)
        starts = []
        for ln in lines:
            key = f"\n{ln['no']}\n{ln['name']}\n"
            i = text.find(key)
            if i < 0: err(f"{fname} {ln['no']}: '{ln['name']}' not found after No"); starts.append(None); continue
            starts.append(i)
        for k, ln in enumerate(lines):
            if starts[k] is None: continue
            nxt = [s for s in starts[k + 1:] if s is not None]
            seg = text[starts[k]: nxt[0] if nxt else len(text)]
            if f"\n{rup(ln['price'])}\n" not in seg: err(f"{fname} {ln['no']}: price not in segment")
            if f"\n{rup(ln['jumlah_printed'])}" not in seg: err(f"{fname} {ln['no']}: jumlah not in segment")
            if lay == 'pdf_sipd_born_digital' and f"\n{ln['ppn_percent']}%\n" not in seg: err(f"{fname} {ln['no']}: ppn")
            # account: nearest preceding account code in the text
            before = text[:starts[k]]
            codes = re.findall(r'(5\.\d\.\d\d\.\d\d\.\d\d\.\d{4})', before)
            if not codes or codes[-1] != ln['account_code']: err(f"{fname} {ln['no']}: account {codes[-1:]} != {ln['account_code']}")
        if lay == 'pdf_sipd_born_digital':
            r = PdfReader(path)
            for pi, p in enumerate(r.pages):
                if 'Kode Rekening' not in p.extract_text(): err(f"{fname}: page {pi + 1} lacks repeated header")
        if lay == 'pdf_no_ruling_no_repeat_header':
            r = PdfReader(path)
            if len(r.pages) < 2: err('no-ruling pdf should continue on a 2nd page')
            for p in r.pages[1:]:
                if 'Harga Sat.' in p.extract_text(): err('header repeated on later page')
    else:
        err(f'unknown file type {fname}')

# ---------------------------------------------------------------- labels recomputed from truth
def recompute(t):
    seen = []
    for ln in t['lines']:
        labs = set()
        ref = ln['catalogue_ref']
        prod = 1
        for v, _ in ln['koefisien']: prod *= v
        if prod != ln['volume_from_koef']: err(f"{t['file']} {ln['no']}: koef product")
        correct = (ln['volume_from_koef'] * ln['price'] * (100 + ln['ppn_percent']) + 50) // 100
        if correct != ln['jumlah_correct']: err(f"{t['file']} {ln['no']}: jumlah_correct")
        if ln['volume_printed'] != prod or ln['jumlah_printed'] != (ln['volume_printed'] * ln['price'] * (100 + ln['ppn_percent']) + 50) // 100:
            labs.add('ARITHMETIC')
        if ref is None:
            labs.add('NO_PRICE_REFERENCE')
        else:
            cat_check(ref, f"{t['file']} {ln['no']}")
            conv = F(ref['catalogue_units_per_rka_unit'])
            ratio = F(ln['price']) / conv / ref['price']
            if ratio > F(110, 100): labs.add('OVERPRICED')
            if F(100, 100) < ratio <= F(120, 100): err(f"{t['file']} {ln['no']}: ratio {float(ratio)} in the grey zone")
        if ln['item_kind'] == 'off': labs.add('OFF_TARGET')
        if ln['account_code'] != ln['account_correct_code']: labs.add('ACCOUNT_MISMATCH')
        if ln['duplicate_of'] is not None:
            orig = [x for x in seen if x['no'] == ln['duplicate_of']]
            if len(orig) != 1: err(f"{t['file']} {ln['no']}: duplicate original not earlier")
            else:
                o = orig[0]
                if o['sub_kegiatan_code'] != ln['sub_kegiatan_code'] or (o['catalogue_ref'] or {}).get('kode') != (ref or {}).get('kode'):
                    err(f"{t['file']} {ln['no']}: duplicate not same need")
            labs.add('DUPLICATE')
        seen.append(ln)
        want = sorted(labs, key=LABELS.index)
        if want != ln['labels']:
            err(f"{t['file']} {ln['no']}: recomputed {want} != truth {ln['labels']}")

counts = {k: 0 for k in LABELS}; nlines = 0; nclean = 0; subk = set(); opds = set(); layouts = set()
for entry in manifest:
    fname = entry['rka']; t = tfiles.get(fname)
    if not t: err(f'no truth for {fname}'); continue
    lab = json.load(open(os.path.join(DATA, entry['labels'])))['labels']
    tl = {ln['no']: ln['labels'] for ln in t['lines']}
    if set(lab) != set(tl): err(f'{fname}: label keys differ from truth')
    for k, v in lab.items():
        if tl.get(k) != v: err(f'{fname} {k}: labels.json {v} != truth {tl.get(k)}')
        for x in v:
            if x not in LABELS: err(f'bad label {x}')
    if len(tl) != len(t['lines']): err(f'{fname}: duplicate No')
    check_file(entry)
    recompute(t)
    for ln in t['lines']:
        nlines += 1; nclean += not ln['labels']; subk.add(ln['sub_kegiatan_code'])
        for x in ln['labels']: counts[x] += 1
    opds.add(entry['opd']); layouts.add(entry['layout'])

print('lines', nlines, 'clean', nclean, f'({100 * nclean / nlines:.0f} %)', 'sub-kegiatan', len(subk), 'OPDs', len(opds), 'layouts', len(layouts))
print('labels', counts)
if nlines < 200: err('fewer than 200 lines')
if len(subk) < 9: err('fewer than 9 sub-kegiatan')
if len(opds) < 5: err('fewer than 5 OPDs')
if len(layouts) < 6: err('fewer than 6 layouts')
for k, v in counts.items():
    if v < 25: err(f'{k} has only {v}')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print('size MB', round(size / 1e6, 2))
if size > 15e6: err('over 15 MB')
for dp, dn, _ in os.walk(HERE):
    if '__pycache__' in dn: err('__pycache__ present')

if errors:
    print('\n'.join(errors[:80])); print('FAILED', len(errors)); sys.exit(1)
print('OK')
