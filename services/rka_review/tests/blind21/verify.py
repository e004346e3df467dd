# -*- coding: utf-8 -*-
"""Verify review21: every labelled line is really in its file, labels agree with truth, labels recomputed."""
import json, os, re, csv, sys, collections
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
errors = []
def err(m):
    errors.append(m)

def fmt(n):
    return f"{int(n):,}".replace(',', '.')

def norm(s):
    return re.sub(r'\s+', '', str(s)).lower()

def parse_rp(s):
    if isinstance(s, (int, float)): return int(s)
    s = str(s).strip()
    m = re.match(r'^([\d.,]+)\s*jt$', s)
    if m: return int(round(float(m.group(1).replace('.', '').replace(',', '.')) * 1_000_000))
    m = re.match(r'^([\d.,]+)\s*rb$', s)
    if m: return int(round(float(m.group(1).replace('.', '').replace(',', '.')) * 1000))
    s = s.replace('Rp', '').strip()
    return int(s.replace('.', ''))

truth = json.load(open(os.path.join(HERE, 'truth_lines.json'), encoding='utf-8'))
conv = truth['conventions']; T = truth['files']
manifest = json.load(open(os.path.join(DATA, 'manifest.json'), encoding='utf-8'))

# ---------- catalogues ----------
ssh_rows = {}
wb = load_workbook(os.path.join(DATA, 'ssh_kota_samarinda_2027.xlsx'))
ws = wb.active
for row in ws.iter_rows(min_row=7, values_only=True):
    if isinstance(row[0], int) and row[1]:
        ssh_rows[row[1]] = dict(no=row[0], name=row[2], spec=row[3], unit=row[4], price=row[6])
sbu_text = ''.join(p.extract_text() for p in PdfReader(os.path.join(DATA, 'sbu_kota_samarinda_2027.pdf')).pages)
sbu_lines = [l.strip() for l in sbu_text.split('\n')]
sbu_rows = {}
for i, l in enumerate(sbu_lines):
    if re.match(r'^SBU\.\d\d\.\d{3}$', l):
        # price = first line after that looks like a rupiah number
        j = i + 1
        while j < len(sbu_lines) and not re.match(r'^\d{1,3}(\.\d{3})*$', sbu_lines[j]): j += 1
        sbu_rows[l] = dict(price=parse_rp(sbu_lines[j]), blob=norm(' '.join(sbu_lines[i:j])))
n_cat = len(ssh_rows) + len(sbu_rows)
if n_cat < 300: err(f'catalogue rows {n_cat} < 300')
all_cat_names = set(norm(r['name']) for r in ssh_rows.values())

# ---------- per file text access ----------
def xlsx_rows(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append([c for c in row])
    return out

total_lines = 0
label_counts = collections.Counter(); clean = 0
per_file = {}
for ent in manifest:
    fn = ent['rka']; path = os.path.join(DATA, fn)
    if not os.path.exists(path): err('missing ' + fn); continue
    for c in ent['catalogues']:
        if not os.path.exists(os.path.join(DATA, c)): err('missing catalogue ' + c)
    lab = json.load(open(os.path.join(DATA, ent['labels']), encoding='utf-8'))['labels']
    lines = T[fn]
    nos = [L['no'] for L in lines]
    if len(set(nos)) != len(nos): err(fn + ' duplicate No')
    if set(lab) != set(nos): err(fn + ' label keys != truth nos')
    per_file[fn] = collections.Counter()
    # ---- presence checks ----
    if fn.endswith('.xlsx'):
        rows = xlsx_rows(path)
        for L in lines:
            found = False
            for row in rows:
                vals = [v for v in row if v is not None]
                if not vals: continue
                if not any(str(v) == L['no'] for v in vals): continue
                sv = [str(v) for v in vals]
                has_name = any(L['item'] in s for s in sv)
                nums = []
                for v in vals:
                    try: nums.append(parse_rp(v))
                    except Exception: pass
                if has_name and L['price'] in nums and L['jumlah'] in nums and L['volume'] in nums:
                    found = True; break
            if not found: err(f"{fn} line {L['no']} not found with name/price/volume/jumlah")
    elif fn.endswith('.docx'):
        from docx import Document
        doc = Document(path)
        rows = []
        for t in doc.tables:
            for r in t.rows:
                rows.append([c.text for c in r.cells])
        byno = {}
        for r in rows:
            byno.setdefault(r[0], []).append(r)
        for L in lines:
            ok = False
            for r in byno.get(L['no'], []):
                if L['item'] in r[2] and r[6] == fmt(L['price']) and r[7] == fmt(L['jumlah']) and r[4] == fmt(L['volume']) and r[1] == L['account_code']:
                    ok = True
            if not ok: err(f"{fn} {L['no']} not found in docx table")
    elif fn.endswith('.csv'):
        rd = list(csv.DictReader(open(path, encoding='utf-8-sig'), delimiter=';'))
        byno = {r['no']: r for r in rd}
        for L in lines:
            r = byno.get(L['no'])
            if not r: err(f"{fn} {L['no']} missing"); continue
            if r['uraian'] != L['item'] or parse_rp(r['harga_satuan']) != L['price'] or parse_rp(r['jumlah']) != L['jumlah'] or parse_rp(r['volume']) != L['volume'] or r['kode_rekening'] != L['account_code']:
                err(f"{fn} {L['no']} mismatch")
            if r['koefisien'].replace(' ', '') == '': err('koef empty')
    elif 'kec_' in fn:
        # scan: check against drawn text
        st = [s.strip() for s in open(os.path.join(HERE, 'scan_truth.txt'), encoding='utf-8').read().split('\n')]
        blob = norm(' '.join(st))
        reader = PdfReader(path)
        if any(p.extract_text().strip() for p in reader.pages): err('scan PDF has a text layer')
        for L in lines:
            try:
                i = st.index(L['no'])
            except ValueError:
                err(f"{fn} {L['no']} No not drawn"); continue
            window = st[i:i + 10]
            wblob = norm(' '.join(window))
            if norm(L['item']) not in wblob or fmt(L['price']) not in window or fmt(L['jumlah']) not in window:
                err(f"{fn} {L['no']} not in drawn text near its No")
    elif fn.endswith('.pdf'):
        txt = '\n'.join(p.extract_text() for p in PdfReader(path).pages)
        tl = [s.strip() for s in txt.split('\n')]
        for L in lines:
            ok = False
            for i, s in enumerate(tl):
                if s == L['no'] and i + 1 < len(tl) and tl[i + 1] == L['account_code']:
                    w = tl[i:i + 16]; wb_ = norm(' '.join(w))
                    if norm(L['item']) in wb_ and fmt(L['price']) in w and ('Rp ' + fmt(L['jumlah'])) in w and fmt(L['volume']) in w:
                        ok = True; break
            if not ok: err(f"{fn} {L['no']} not found in PDF text")
        if txt.count('Kode Rekening') < 3: err('PDF header not repeated across pages')
    # ---- label logic ----
    by_sk = collections.defaultdict(list)
    for L in lines: by_sk[L['sub_kegiatan_code']].append(L)
    order = {L['no']: i for i, L in enumerate(lines)}
    for L in lines:
        labs = set(L['labels'])
        if set(lab[L['no']]) != labs: err(f"{fn} {L['no']} labels file != truth")
        exp = set()
        prod = 1
        for v, _ in L['koefisien']: prod *= v
        if L['volume_correct'] != prod: err('volume_correct wrong')
        jc = (prod * L['price'] * (100 + L['ppn_percent']) + 50) // 100
        if jc != L['jumlah_correct']: err(f"{fn} {L['no']} jumlah_correct wrong")
        if L['volume'] != prod or L['jumlah'] != jc: exp.add('ARITHMETIC')
        if L['catalogue_kode']:
            if L['catalogue_file'].startswith('ssh'):
                cr = ssh_rows.get(L['catalogue_kode'])
                if not cr or cr['price'] != L['catalogue_price'] or cr['unit'] != L['catalogue_unit'] or cr['no'] != L['catalogue_no']:
                    err(f"{fn} {L['no']} catalogue ref not in SSH file")
            else:
                cr = sbu_rows.get(L['catalogue_kode'])
                if not cr or cr['price'] != L['catalogue_price']: err(f"{fn} {L['no']} catalogue ref not in SBU file")
            per = L['catalogue_price'] * L['units_per_rka_unit']
            if abs(per - L['catalogue_price_per_rka_unit']) > 0.05: err('conversion')
            ratio = L['price'] / L['catalogue_price_per_rka_unit']
            if ratio > conv['overpriced_margin']: exp.add('OVERPRICED')
            if 1.0001 < ratio <= 1.15: err(f"{fn} {L['no']} price ratio {ratio:.3f} in ambiguity zone")
        else:
            if L['kind'] != 'noref': err('no catalogue ref but not noref')
            exp.add('NO_PRICE_REFERENCE')
        if L['kind'] == 'off': exp.add('OFF_TARGET')
        if L['account_code'] != L['account_correct_code']: exp.add('ACCOUNT_MISMATCH')
        if L['duplicate_of_no']:
            o = next(x for x in lines if x['no'] == L['duplicate_of_no'])
            if order[o['no']] >= order[L['no']] or o['catalogue_kode'] != L['catalogue_kode'] or o['sub_kegiatan_code'] != L['sub_kegiatan_code']:
                err(f"{fn} {L['no']} bad duplicate")
            exp.add('DUPLICATE')
        if exp != labs: err(f"{fn} {L['no']} recomputed {sorted(exp)} != labels {sorted(labs)}")
        for t in labs: label_counts[t] += 1; per_file[fn][t] += 1
        if not labs: clean += 1; per_file[fn]['(clean)'] += 1
        total_lines += 1
    # no accidental duplicates: same catalogue item twice in a sub-kegiatan only if labelled DUPLICATE
    for sk, ls in by_sk.items():
        seen = collections.Counter(L['catalogue_kode'] for L in ls if L['catalogue_kode'] and not L['duplicate_of_no'])
        for k, v in seen.items():
            if v > 1: err(f"{fn} {sk} catalogue item {k} used twice without DUPLICATE label")
        nm = collections.Counter(L['item'] for L in ls)
        for k, v in nm.items():
            if v > 1: err(f"{fn} {sk} identical item name twice: {k}")

if total_lines < 200: err('fewer than 200 lines')
for t in TYPES:
    if label_counts[t] < 25: err(f'{t} only {label_counts[t]}')
print('lines', total_lines, 'clean', clean, f'({clean/total_lines:.0%})', 'catalogue rows', n_cat, '(SSH', len(ssh_rows), 'SBU', len(sbu_rows), ')')
for t in TYPES: print(f'  {t:20s} {label_counts[t]}')
for fn, c in per_file.items(): print(' ', fn, dict(c))
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print('dir size MB', round(size / 1e6, 2))
if size > 15e6: err('size > 15 MB')
if errors:
    print('ERRORS', len(errors)); [print(' ', e) for e in errors[:60]]; sys.exit(1)
print('VERIFY OK')
