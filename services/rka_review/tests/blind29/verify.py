#!/usr/bin/env python3
"""Independent checks of review29: every labelled line is really in its file, labels agree with truth, labels recomputed."""
import os, re, sys, json, csv
sys.dont_write_bytecode = True
from fractions import Fraction as F
import openpyxl
from pypdf import PdfReader
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__)); DATA = os.path.join(HERE, 'data'); TT = os.path.join(HERE, 'truth_text')
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
errors = []
def err(m): errors.append(m)
def ws_(s): return re.sub(r'\s+', '', str(s))
def parse_price(s):
    s = str(s).strip()
    m = re.fullmatch(r'([\d.,]+)\s*jt', s)
    if m: return int(F(m.group(1).replace('.', '').replace(',', '.')) * 1000000)
    return int(s.replace('Rp', '').replace('.', '').strip())

truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))
lines = truth['lines']; manifest = json.load(open(os.path.join(DATA, 'manifest.json')))
assert len(manifest) >= 6, 'need >= 6 RKA files'
layouts = {m['layout'] for m in manifest}; assert len(layouts) >= 6, layouts

# ---- catalogue prices really in catalogue files
ssh = {}
wb = openpyxl.load_workbook(os.path.join(DATA, 'ssh_kota_samarinda_2027.xlsx'), data_only=True)
for row in wb.active.iter_rows(values_only=True):
    if row[1] and isinstance(row[0], int): ssh[row[1]] = (row[2], row[3] or '', row[4], row[5])
sbu_text = ws_(''.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_kota_samarinda_2027.pdf')).pages))
n_sbu = len(re.findall(r'SBU\.\d\d\.\d{3}', sbu_text))
print('catalogue rows: SSH', len(ssh), 'SBU', n_sbu)
if len(ssh) + n_sbu < 300: err('catalogue rows < 300')
for c in truth['catalogue_rows']:
    if c['catalogue'].endswith('.xlsx'):
        if ssh.get(c['kode']) != (c['name'], c['spec'], c['unit'], c['price']): err(f"SSH row mismatch {c['kode']}")
    else:
        i = sbu_text.find(ws_(c['kode']))
        if i < 0 or ws_(f"{c['price']:,}".replace(',', '.')) not in sbu_text[i:i + 300]: err(f"SBU row missing {c['kode']}")

# ---- per file presence checks
def xlsx_rows(path):
    wb = openpyxl.load_workbook(path, data_only=True); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True): out.append(list(row))
    return out

by_file = {}
for l in lines: by_file.setdefault(l['file'], []).append(l)
for m in manifest:
    fn = m['rka']; path = os.path.join(DATA, fn); L = by_file.get(fn, [])
    if not os.path.exists(path): err('missing ' + fn); continue
    lab = json.load(open(os.path.join(DATA, m['labels'])))['labels']
    if set(lab) != {l['no'] for l in L} or len(L) != len({l['no'] for l in L}): err('label keys != truth Nos in ' + fn)
    for l in L:
        if sorted(lab.get(l['no'], ['?'])) != sorted(l['labels']): err(f'labels differ {fn} {l["no"]}')
    for c in m['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)): err('missing catalogue ' + c)
    ext = fn.rsplit('.', 1)[1]
    if ext == 'xlsx':
        rows = xlsx_rows(path)
        for l in L:
            p = l['printed']; ok = False
            for r in rows:
                cells = [c for c in r if c is not None]
                if any(str(c) == p['no'] for c in cells) and p['name'] in cells and l['jumlah'] in cells:
                    pc = [c for c in cells if (isinstance(c, (int, float)) and c == l['price']) or (isinstance(c, str) and c == p['price'])]
                    if pc and (isinstance(pc[0], (int, float)) or parse_price(pc[0]) == l['price']): ok = True; break
            if not ok: err(f'{fn}: line {p["no"]} not found with name/price/jumlah')
    elif ext == 'docx':
        import docx
        dd = docx.Document(path); rows = []
        for t in dd.tables:
            for r in t.rows: rows.append([c.text for c in r.cells])
        idx = {r[0]: r for r in rows}
        for l in L:
            r = idx.get(l['no'])
            if not r or r[1] != l['item_name'] or parse_price(r[3].rstrip(',-')) != l['price'] or parse_price(r[5]) != l['jumlah'] or r[2] != f"{l['volume']:,}".replace(',', '.') + ' ' + l['unit']:
                err(f'{fn}: line {l["no"]} mismatch {r}')
    elif ext == 'csv':
        rows = list(csv.reader(open(path, encoding='utf-8-sig'), delimiter=';'))
        idx = {r[0]: r for r in rows if r and r[0]}
        for l in L:
            r = idx.get(l['no'])
            if not r or r[4] != l['item_name'] or parse_price(r[6]) != l['price'] or parse_price(r[7]) != l['jumlah'] or r[2] != l['account_code']:
                err(f'{fn}: line {l["no"]} mismatch')
            vs = r[5] if r else ''
            mv = re.search(r'([\d.]+) ' + re.escape(l['unit']) + '$', vs)
            if not mv or int(mv.group(1).replace('.', '')) != l['volume']: err(f'{fn}: volume cell {l["no"]} {vs}')
    elif ext == 'pdf' and 'scan' not in fn:
        text = ws_(''.join(p.extract_text() for p in PdfReader(path).pages))
        for l in L:
            p = l['printed']; i = text.find(ws_(p['name']))
            while i >= 0:
                win = text[max(0, i - 12): i + len(ws_(p['name'])) + 260]
                if ws_(p['no']) in win and ws_(p['price']) in win and ws_(p['jumlah']) in win: break
                i = text.find(ws_(p['name']), i + 1)
            if i < 0: err(f'{fn}: line {p["no"]} ({p["name"]}) not found in PDF text')
            if ws_(l['account_code']) not in text: err(f'{fn}: account {l["account_code"]} missing')
    else:  # image-only scan pdf or photo: use the drawn text
        if ext == 'pdf':
            r = PdfReader(path)
            if any((pg.extract_text() or '').strip() for pg in r.pages): err(fn + ' should be image-only')
            for pg in r.pages:
                for im in pg.images:
                    if im.image.size[0] < 1500: err(fn + ' resolution too low')
        else:
            im = Image.open(path); assert im.size[0] > 1200
        tl = open(os.path.join(TT, fn.rsplit('.', 1)[0] + '.txt')).read().splitlines()
        for l in L:
            exp = ' | '.join([l['no'], l['item_name'], f"{l['volume']:,}".replace(',', '.'), l['unit'], f"{l['price']:,}".replace(',', '.'), f"{l['jumlah']:,}".replace(',', '.')])
            if exp not in tl: err(f'{fn}: drawn line missing {exp}')

# ---- recompute labels from truth
sys.path.insert(0, HERE)
from subs import SUBS
sub_by_code = {s['code']: s for s in SUBS}
from catalog import CAT
order = {}
for fn, L in by_file.items():
    for i, l in enumerate(L): order[(fn, l['no'])] = i
for l in lines:
    labs = set(l['labels'])
    prodk = 1
    for v, u in l['koefisien']: prodk *= v
    arith = l['volume'] != prodk or F(l['jumlah']) != F(l['volume']) * l['price'] * (100 + l['ppn_percent']) / 100
    if arith != ('ARITHMETIC' in labs): err(f"ARITHMETIC mismatch {l['file']} {l['no']}")
    if F(l['jumlah_correct']) != F(prodk) * l['price'] * (100 + l['ppn_percent']) / 100: err(f"jumlah_correct wrong {l['file']} {l['no']}")
    ref = l['catalogue_ref']
    if (ref is None) != ('NO_PRICE_REFERENCE' in labs): err(f"NOREF mismatch {l['file']} {l['no']}")
    if ref:
        per = F(l['price']) / F(ref['catalogue_units_per_rka_unit'])
        over = per > F(110, 100) * ref['price']
        if over != ('OVERPRICED' in labs): err(f"OVERPRICED mismatch {l['file']} {l['no']}")
        ratio = per / ref['price']
        if F(1) < ratio < F(125, 100): err(f"price in grey zone {l['file']} {l['no']} {float(ratio)}")
        if ref['catalogue'].endswith('.xlsx') and ssh.get(ref['kode'], (0, 0, 0, -1))[3] != ref['price']: err('ref price not in SSH ' + ref['kode'])
    elif 'OVERPRICED' in labs: err('overpriced without ref')
    if (l['account_code'] != l['correct_account_code']) != ('ACCOUNT_MISMATCH' in labs): err(f"ACCOUNT mismatch {l['file']} {l['no']}")
    if ('duplicate_of_no' in l) != ('DUPLICATE' in labs): err(f"DUP mismatch {l['file']} {l['no']}")
    if 'duplicate_of_no' in l:
        o = next(x for x in by_file[l['file']] if x['no'] == l['duplicate_of_no'])
        if order[(l['file'], o['no'])] >= order[(l['file'], l['no'])]: err('duplicate not later ' + l['no'])
        if o['sub_code'] != l['sub_code'] or (o['catalogue_ref'] or {}).get('kode') != (ref or {}).get('kode'): err('dup partner mismatch ' + l['no'])
        if 'DUPLICATE' in o['labels']: err('original labelled DUPLICATE ' + o['no'])
    s = sub_by_code[l['sub_code']]
    key = ref['item_key'] if ref and ref['item_key'] in CAT else None
    if ref:
        # catalogue-backed line: OFF_TARGET iff the item is in the sub's off list
        if key is None: err('unknown ref')
        elif ('OFF_TARGET' in labs) != (key in s['off']): err(f"OFF_TARGET mismatch {l['file']} {l['no']}")
        elif 'OFF_TARGET' not in labs and key not in s['rel']: err('item not in relevant pool')
    else:
        names_off = [x[0] for x in s['offnoref']]; names_rel = [x[0] for x in s['noref']]
        if ('OFF_TARGET' in labs) != (l['item_name'] in names_off) or (l['item_name'] not in names_off + names_rel): err(f"OFF/noref pool mismatch {l['file']} {l['no']}")
# no repeated catalogue item within a sub-kegiatan except labelled duplicates
seen = {}
for l in lines:
    if l['catalogue_ref'] and 'DUPLICATE' not in l['labels']:
        k = (l['file'], l['sub_code'], l['catalogue_ref']['kode'])
        if k in seen: err('unlabelled repeat of item ' + str(k))
        seen[k] = 1

# ---- counts
from collections import Counter
cnt = Counter(t for l in lines for t in l['labels']); clean = sum(1 for l in lines if not l['labels'])
subs = {(l['file'], l['sub_code']) for l in lines}
print('lines', len(lines), 'clean', clean, f'({100 * clean / len(lines):.1f}%)', 'sub-kegiatan', len(subs), 'files', len(manifest))
for t in TYPES: print(f'  {t:20s} {cnt[t]}')
if len(lines) < 200: err('fewer than 200 lines')
for t in TYPES:
    if cnt[t] < 25: err('fewer than 25 ' + t)
if len(subs) < 9: err('fewer than 9 sub-kegiatan')
if len({m['opd'] for m in manifest}) < 5: err('fewer than 5 OPDs')
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, dn, fs in os.walk(HERE) for f in fs)
print('total size MB', round(size / 1e6, 2))
if size > 15e6: err('too big')
if errors:
    print('FAILED', len(errors)); [print(' -', e) for e in errors[:60]]; sys.exit(1)
print('VERIFY OK')
