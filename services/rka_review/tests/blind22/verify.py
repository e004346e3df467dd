#!/usr/bin/env python3
"""Verify review22: every labelled line is really in its file, labels agree with truth and are recomputed."""
import json, os, re, csv, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, 'data')
LABELS = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
errors = []
def err(m): errors.append(m)
def fmt(n): return f"{int(n):,}".replace(',', '.')
def nows(s): return re.sub(r'\s+', '', str(s))

manifest = json.load(open(os.path.join(DATA, 'manifest.json')))
truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))

# ---- catalogues
from openpyxl import load_workbook
from pypdf import PdfReader
ssh_rows = {}
wb = load_workbook(os.path.join(DATA, 'ssh_kota_samarinda_2027.xlsx'), read_only=True)
n_ssh = 0
for row in wb['SSH 2027'].iter_rows(values_only=True):
    if isinstance(row[0], int) and row[1]:
        n_ssh += 1; ssh_rows[(row[1], row[2])] = (row[4], row[5])
sbu_text = nows(''.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_kota_samarinda_2027.pdf')).pages))
n_sbu = len(re.findall(r'Rp|OJ|OK|OH|OB', ''))  # placeholder, counted below from truth of catalogue module
sys.path.insert(0, HERE)
from catalog_data import SSH, SBU, NOREF
n_sbu = len(SBU)
for r in SBU:
    if nows(r['name']) not in sbu_text or nows(fmt(r['price'])) not in sbu_text: err('SBU row missing in pdf: ' + r['name'])
if n_ssh != len(SSH): err(f'SSH rows {n_ssh} != {len(SSH)}')
if n_ssh + n_sbu < 300: err('catalogue rows < 300')
all_cat_names = [r['name'].lower() for r in SSH + SBU]

def cat_price(ref):
    if ref['source'].endswith('.xlsx'):
        u = ssh_rows.get((ref['kode'], ref['uraian']))
        if not u: err('cat row not found ' + ref['uraian']); return None
        if u[0] != ref['satuan']: err('cat unit mismatch ' + ref['uraian'])
        return u[1]
    if nows(ref['uraian']) not in sbu_text or nows(fmt(ref['harga'])) not in sbu_text: err('SBU ref not in pdf ' + ref['uraian'])
    return ref['harga']

# ---- file text access
def xlsx_rows(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append([c for c in row])
    return out

def row_has(row, val):
    for c in row:
        if c is None: continue
        if isinstance(val, (int, float)) and isinstance(c, (int, float)) and abs(c - val) < 0.5: return True
        if isinstance(val, str) and val in str(c): return True
    return False

def check_rows(rows, l, pr):
    cand = [r for r in rows if any(c is not None and str(c).strip() == str(pr['no']) for c in r[:3])]
    ok = [r for r in cand if row_has(r, pr['name']) and row_has(r, pr['price']) and row_has(r, pr['jumlah'])]
    if len(ok) != 1: err(f"line {l['no']} ({pr['name']}) found {len(ok)} rows")

for m in manifest:
    fn = m['rka']; path = os.path.join(DATA, fn)
    if not os.path.exists(path): err('missing ' + fn); continue
    for c in m['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)): err('missing catalogue ' + c)
    t = truth[fn]; lines = t['lines']
    labs = json.load(open(os.path.join(DATA, m['labels'])))['labels']
    nos = [l['no'] for l in lines]
    if len(set(nos)) != len(nos): err('duplicate No in ' + fn)
    if set(labs) != set(nos): err('labels keys != truth Nos in ' + fn)
    ext = fn.rsplit('.', 1)[1]
    if ext == 'xlsx': rows = xlsx_rows(path)
    elif ext == 'csv':
        with open(path, encoding='utf-8-sig') as f: rows = [r for r in csv.reader(f, delimiter=';')]
        hdr = next(r for r in rows if r and r[0] == 'kode_sub_kegiatan')
        rows = [r[4:] for r in rows if len(r) == len(hdr)]
    elif ext == 'docx':
        from docx import Document
        rows = [[c.text for c in r.cells] for tb in Document(path).tables for r in tb.rows]
    elif ext == 'jpg':
        from PIL import Image
        im = Image.open(path)
        if im.size[0] < 1500 or abs(im.info.get('dpi', (0, 0))[0] - 200) > 1: err('jpg scan not ~200 dpi A4')
        stxt = open(os.path.join(HERE, 'scan_truth', m['rka'].rsplit('.', 1)[0] + '.txt')).read().splitlines()
    elif ext == 'pdf':
        rd = PdfReader(path)
        if m['layout'].startswith('scan'):
            txt = ''.join(p.extract_text() or '' for p in rd.pages)
            if txt.strip(): err('scan has a text layer')
            if not all(p.images for p in rd.pages): err('scan page without image')
            stxt = open(os.path.join(HERE, 'scan_truth', m['rka'].rsplit('.', 1)[0] + '.txt')).read().splitlines()
        else:
            ptxt = nows(''.join(p.extract_text() for p in rd.pages))
    for l in lines:
        pr = l['printed']
        if labs[l['no']] != l['labels']: err(f"{fn} {l['no']}: labels file != truth")
        if ext in ('xlsx', 'csv', 'docx'): check_rows(rows, l, pr)
        elif m['layout'].startswith('scan'):
            want = ' | '.join([pr['no'], pr['name']]) + ' | '
            hit = [s for s in stxt if s.startswith(want) and s.endswith(' | ' + pr['price'] + ' | ' + pr['jumlah'])]
            if len(hit) != 1: err(f"scan line {l['no']} not in scan_truth")
        else:
            for k in ('name', 'price', 'jumlah'):
                if nows(pr[k]) not in ptxt: err(f"{fn} {l['no']} {k} {pr[k]} not in pdf text")
            if nows(pr['no'] + pr['name'][:6]) not in ptxt and nows(pr['no']) not in ptxt: err(f"{fn} No {l['no']} missing")
        # ---- independent recomputation of labels
        prod = 1
        for n, _ in l['koef_parts']: prod *= n
        exp = round(l['volume'] * l['price'] * (1 + l['ppn'] / 100))
        arith = abs(exp - l['jumlah']) > 1 or prod != l['volume']
        if arith != ('ARITHMETIC' in l['labels']): err(f"{fn} {l['no']}: ARITHMETIC recompute {arith}")
        if l['cat_ref']:
            cp = cat_price(l['cat_ref'])
            f = l['factor']
            if l['unit'] == l['cat_ref']['satuan'] and f != 1: err(f"{fn} {l['no']}: same unit factor {f}")
            mm = re.search(r'isi (\d+)', l['unit'])
            if mm and l['unit'] != l['cat_ref']['satuan'] and 'isi' not in l['cat_ref']['satuan'] and abs(f - int(mm.group(1))) > 1e-9 and abs(f * int(mm.group(1)) - 1) > 1e-9 and ('isi ' + mm.group(1)) not in l['cat_ref']['spesifikasi']:
                err(f"{fn} {l['no']}: factor {f} vs unit {l['unit']}")
            ref = cp * f
            over = l['price'] > 1.10 * ref
            if over != ('OVERPRICED' in l['labels']): err(f"{fn} {l['no']}: OVERPRICED recompute")
            if not over and l['price'] > ref + 1e-6: err(f"{fn} {l['no']}: grey-zone price")
            if over and l['price'] < 1.3 * ref: err(f"{fn} {l['no']}: overpriced margin < 30%")
            if 'NO_PRICE_REFERENCE' in l['labels']: err('NPR with ref')
        else:
            if 'NO_PRICE_REFERENCE' not in l['labels']: err(f"{fn} {l['no']}: no ref but no NPR label")
            if l['name'].lower() in all_cat_names: err('NPR name in catalogue')
        if (l['acct_code'] != l['acct_correct_code']) != ('ACCOUNT_MISMATCH' in l['labels']): err(f"{fn} {l['no']}: ACCOUNT_MISMATCH")
        if bool(l.get('off_reason')) != ('OFF_TARGET' in l['labels']): err(f"{fn} {l['no']}: OFF_TARGET")
    # duplicates: later occurrences of the same need within a sub-kegiatan, in printed order
    seen = set()
    for l in lines:
        key = (l['sub_code'], l['need'])
        d = key in seen; seen.add(key)
        if d != ('DUPLICATE' in l['labels']): err(f"{fn} {l['no']}: DUPLICATE recompute")

# ---- counts
cnt = Counter(); n = 0; clean = 0; subs = set(); opds = set(); layouts = set()
for m in manifest:
    t = truth[m['rka']]; opds.add(m['opd']); layouts.add(m['layout'])
    for l in t['lines']:
        n += 1; clean += not l['labels']; subs.add(l['sub_code'])
        for x in l['labels']: cnt[x] += 1
print('lines', n, 'clean', clean, f'({clean / n:.0%})', 'sub-kegiatan', len(subs), 'OPD', len(opds), 'layouts', len(layouts), 'catalogue rows', n_ssh + n_sbu)
print(dict(cnt))
if n < 200: err('fewer than 200 lines')
for k in LABELS:
    if cnt[k] < 25: err(f'{k} < 25')
if len(opds) < 5 or len(subs) < 9 or len(layouts) < 6: err('variety minimum not met')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print('size MB', round(size / 1e6, 2))
if size > 15e6: err('too big')
if errors:
    print('FAIL', len(errors)); [print(' ', e) for e in errors[:60]]; sys.exit(1)
print('OK')
