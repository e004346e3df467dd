#!/usr/bin/env python3
"""Independent checks of review37: truth vs files, labels vs truth, label logic recomputed."""
import json, os, re, csv, sys
from fractions import Fraction as F
from collections import Counter, defaultdict
from openpyxl import load_workbook
from pypdf import PdfReader

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, 'data')
errors = []
def err(m): errors.append(m)
def idr(n): return f"{int(n):,}".replace(',', '.')
def norm(s): return re.sub(r'\s+', ' ', str(s)).strip()

def parse_price(s):
    if isinstance(s, (int, float)): return int(s)
    t = str(s).strip().replace('Rp', '').replace(',-', '').strip()
    m = re.fullmatch(r'([\d,]+)\s*jt', t)
    if m: return int(round(float(m.group(1).replace(',', '.')) * 1000000))
    m = re.fullmatch(r'(\d+)\s*rb', t)
    if m: return int(m.group(1)) * 1000
    t = t.replace(',00', '')
    return int(t.replace('.', ''))

manifest = json.load(open(os.path.join(DATA, 'manifest.json'), encoding='utf-8'))
truth = json.load(open(os.path.join(OUT, 'truth_lines.json'), encoding='utf-8'))
byfile = defaultdict(list)
for t in truth: byfile[t['file']].append(t)
ALSO_OK = {'5.2.02.10.02.0003': ['5.2.02.10.01.0002'], '5.2.02.10.01.0002': ['5.2.02.10.02.0003'],
           '5.1.02.02.01.0003': ['5.1.02.02.01.0004'], '5.1.02.02.01.0004': ['5.1.02.02.01.0003']}

# ---- catalogues
ssh = {}
wb = load_workbook(os.path.join(DATA, 'SSH_Kota_Samarinda_TA2027.xlsx'))
for row in wb.active.iter_rows(values_only=True):
    if row[1] and re.match(r'^\d+\.\d', str(row[1])) and row[5] is not None:
        ssh[row[1]] = (row[2], row[3], row[4], int(row[5]))
sbu_text = '\n'.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'SBU_Kota_Samarinda_TA2027.pdf')).pages)
sbu = {}
_ls = [x.strip() for x in sbu_text.splitlines() if x.strip()]
for i, ln in enumerate(_ls):
    if re.fullmatch(r'SBU-[A-F]\.\d{3}', ln) and i + 3 < len(_ls) and re.fullmatch(r'[\d.]+', _ls[i + 3]):
        sbu[ln] = (_ls[i + 1], int(_ls[i + 3].replace('.', '')))
ncat = len(ssh) + len(sbu)
if ncat < 300: err(f'catalogue rows {ncat} < 300')

def check_ref(t):
    r = t['catalogue_ref']
    if r is None: return
    if r['catalogue'].endswith('.xlsx'):
        if r['kode'] not in ssh: err(f"{t['file']} {t['no']}: kode {r['kode']} not in SSH"); return
        if ssh[r['kode']][3] != r['harga'] or ssh[r['kode']][2] != r['satuan']:
            err(f"{t['file']} {t['no']}: SSH price/unit mismatch {r}")
    else:
        if r['kode'] not in sbu: err(f"{t['file']} {t['no']}: kode {r['kode']} not in SBU text"); return
        if sbu[r['kode']][1] != r['harga']: err(f"{t['file']} {t['no']}: SBU price mismatch {r}")

# ---- presence in files
def rows_xlsx(path):
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            yield ws.title, row

def check_presence(entry):
    fn = entry['rka']; path = os.path.join(DATA, fn); lines = byfile[fn]
    found = {}
    if fn.endswith('.xlsx'):
        layout = entry['layout']
        for title, row in rows_xlsx(path):
            if layout == 'xlsx_sheet_per_subkeg_text_prices':
                no, ur, price, jml = row[5] if len(row) > 5 else None, row[0], row[4] if len(row) > 4 else None, row[7] if len(row) > 7 else None
            elif layout == 'xlsx_blocks_numbering_restart':
                no, ur, price, jml = row[0], row[1], row[3], row[4]
            else:
                no, ur, price, jml = row[0], row[2], row[6], row[7]
            if no is None or ur is None: continue
            try: found[str(no)] = (str(ur), parse_price(price), parse_price(jml))
            except Exception: pass
        for t in lines:
            f = found.get(t['no'])
            if not f: err(f"{fn}: No {t['no']} not found"); continue
            if t['item'] not in f[0]: err(f"{fn} {t['no']}: item not in row")
            if f[1] != t['price']: err(f"{fn} {t['no']}: price {f[1]} != {t['price']}")
            if f[2] != t['jumlah']: err(f"{fn} {t['no']}: jumlah {f[2]} != {t['jumlah']}")
    elif fn.endswith('.csv'):
        with open(path, encoding='utf-8-sig') as fh:
            for row in csv.DictReader(fh, delimiter=';'):
                found[row['no_rinci']] = (row['nama_komponen'], parse_price(row['harga_satuan']), parse_price(row['total_harga']), row)
        for t in lines:
            f = found.get(t['no'])
            if not f: err(f"{fn}: No {t['no']} not found"); continue
            if f[0] != t['item'] or f[1] != t['price'] or f[2] != t['jumlah'] or f[3]['kode_akun'] != t['account_code']:
                err(f"{fn} {t['no']}: mismatch")
    else:
        if fn.endswith('.jpg'):
            text = open(os.path.join(OUT, 'photo_truth.txt'), encoding='utf-8').read()
        elif entry['layout'].startswith('scan'):
            text = open(os.path.join(OUT, 'scan_truth.txt'), encoding='utf-8').read()
            if PdfReader(path).pages[0].extract_text().strip(): err(f'{fn}: scan has a text layer')
            if len(PdfReader(path).pages) != 2: err(f'{fn}: scan must have 2 pages')
        else:
            text = '\n'.join(p.extract_text() for p in PdfReader(path).pages)
        if entry['layout'] != 'phone_photo_jpg' and entry['layout'].startswith('pdf') and 'continued' in entry['layout']:
            if 'Uraian' in PdfReader(path).pages[1].extract_text(): err(f'{fn}: header repeated on page 2')
        toks = set(text.split())
        ntext = norm(text)
        for t in lines:
            if t['no'] not in toks: err(f"{fn}: No {t['no']} not in text")
            if norm(t['item']) not in ntext: err(f"{fn} {t['no']}: item '{t['item']}' not in text")
            if idr(t['price']) not in toks: err(f"{fn} {t['no']}: price not in text")
            if idr(t['jumlah']) not in toks: err(f"{fn} {t['no']}: jumlah not in text")
            if t['account_code'] not in toks: err(f"{fn} {t['no']}: account not in text")

# ---- label logic recomputed from truth
def recompute(t, prior):
    L = set()
    vol_prod = 1
    for n, _ in t['koefisien']: vol_prod *= n
    exp = F(t['volume'] * t['price'] * (100 + t['ppn_percent']), 100)
    if t['volume'] != vol_prod or exp != t['jumlah']: L.add('ARITHMETIC')
    if t['jumlah_correct'] != F(vol_prod * t['price'] * (100 + t['ppn_percent']), 100): err(f"{t['file']} {t['no']}: jumlah_correct wrong")
    r = t['catalogue_ref']
    if r is None: L.add('NO_PRICE_REFERENCE')
    else:
        ref = F(r['harga']) * F(r['factor'])
        if ref != r['harga_per_satuan_rka']: err(f"{t['file']} {t['no']}: conversion wrong")
        if t['price'] > ref * F(105, 100): L.add('OVERPRICED')
        elif t['price'] > ref: err(f"{t['file']} {t['no']}: price inside ambiguity band")
        if 'OVERPRICED' in L and t['price'] < ref * F(115, 100): err(f"{t['file']} {t['no']}: overpriced by < 15%")
    if t['account_code'] != t['fitting_account_code'] and t['account_code'] not in ALSO_OK.get(t['fitting_account_code'], []):
        L.add('ACCOUNT_MISMATCH')
    if t['line_kind'] == 'off': L.add('OFF_TARGET')
    if t['duplicate_of_no'] is not None:
        L.add('DUPLICATE')
        o = prior.get(t['duplicate_of_no'])
        if o is None: err(f"{t['file']} {t['no']}: duplicate original not earlier")
        elif o['sub_kegiatan_code'] != t['sub_kegiatan_code'] or o['catalogue_ref']['kode'] != t['catalogue_ref']['kode']:
            err(f"{t['file']} {t['no']}: duplicate not same item/sub")
    return L

cnt = Counter(); nclean = 0
for entry in manifest:
    fn = entry['rka']
    labels = json.load(open(os.path.join(DATA, entry['labels']), encoding='utf-8'))['labels']
    lines = byfile[fn]
    if set(labels) != {t['no'] for t in lines} or len(lines) != len(labels): err(f'{fn}: label keys differ from truth')
    check_presence(entry)
    prior = {}
    for t in lines:
        check_ref(t)
        L = recompute(t, prior)
        if set(t['labels']) != L: err(f"{fn} {t['no']}: truth labels {t['labels']} != recomputed {sorted(L)}")
        if set(labels.get(t['no'], [])) != set(t['labels']): err(f"{fn} {t['no']}: labels.json differs")
        prior[t['no']] = t
        cnt.update(t['labels']); nclean += not t['labels']
    for c in entry['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)): err(f'missing catalogue {c}')
n = len(truth)
print('lines', n, 'clean', nclean, f'({nclean / n:.0%})', dict(cnt))
print('OPDs', len({e['opd'] for e in manifest}), 'sub-kegiatan', len({t['sub_kegiatan_code'] for t in truth}),
      'layouts', len({e['layout'] for e in manifest}), 'catalogue rows', ncat, f'(SSH {len(ssh)}, SBU {len(sbu)})')
if n < 200: err('fewer than 200 lines')
for l in ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']:
    if cnt[l] < 25: err(f'{l} count {cnt[l]} < 25')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
print('size MB', round(size / 1e6, 2))
if size > 15e6: err('size > 15 MB')
if errors:
    print('\n'.join(errors[:60])); print('FAILED', len(errors)); sys.exit(1)
print('VERIFY OK')
