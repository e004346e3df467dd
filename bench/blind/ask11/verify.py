#!/usr/bin/env python3
"""Independent checks of the ask11 set against the files themselves.
Run:  /work/scratch/ask11/bin/python verify.py   (exit 0 = all good)
"""
import collections, csv, json, os, re, sys

import docx
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, 'corpus')
T = os.path.join(HERE, 'truth')
ERR = []
IMG = ('.jpg', '.jpeg', '.png')
CATS = {'laporan', 'realisasi', 'rka', 'notulen', 'price_reference', 'regulasi', 'penawaran', 'lainnya'}
KINDS = {'factoid_text': 12, 'factoid_table': 12, 'factoid_scan': 9, 'two_documents': 7, 'sum': 5, 'unanswerable': 14}


def err(m):
    ERR.append(m)


def parse_num(tok):
    tok = tok.strip().strip('.,')
    if re.fullmatch(r'\d{1,3}(\.\d{3})+(,\d+)?', tok):
        return round(float(tok.replace('.', '').replace(',', '.')), 6)
    if re.fullmatch(r'\d+,\d+', tok):
        return round(float(tok.replace(',', '.')), 6)
    if re.fullmatch(r'\d{1,3}(,\d{3})+(\.\d+)?', tok):
        return round(float(tok.replace(',', '')), 6)
    if re.fullmatch(r'\d+(\.\d+)?', tok):
        return round(float(tok), 6)
    return None


MULT = {'juta': 1e6, 'miliar': 1e9, 'triliun': 1e12}


def first_value(s):
    m = re.search(r'\d+(?:[.,]\d+)*', s)
    if not m:
        return None, 1
    mult = 1
    for w, k in MULT.items():
        if w in s.lower():
            mult = k
    return parse_num(m.group(0)), mult


def values_in(text):
    out = set()
    for m in re.finditer(r'\d+(?:[.,]\d+)*', text):
        v = parse_num(m.group(0))
        if v is not None:
            out.add(v)
    return out


def norm(s):
    return re.sub(r'\s+', ' ', s)


# ------------------------------------------------------------- load pages
scan_truth = json.load(open(os.path.join(T, 'scan_texts.json')))
PAGES = {}   # (file, page) -> {'text': str, 'vals': set, 'rows': [[str]]}


def add_page(fn, p, text, rows=None, extra_vals=()):
    v = values_in(text)
    v.update(round(float(x), 6) for x in extra_vals)
    PAGES[(fn, p)] = {'text': norm(text), 'vals': v, 'rows': rows or []}


def cell_str(v):
    if v is None:
        return ''
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


manifest = json.load(open(os.path.join(C, 'manifest.json')))
files = sorted(f for f in os.listdir(C) if f != 'manifest.json')
mfiles = [m['file'] for m in manifest]
if sorted(mfiles) != files:
    err(f'manifest/file mismatch: {set(mfiles) ^ set(files)}')
OPD = {m['file']: m['opd'] for m in manifest}
for m in manifest:
    if m['category'] not in CATS:
        err(f"bad category {m}")
    if not (2023 <= m['fiscal_year'] <= 2026):
        err(f"bad year {m}")

n_scan = 0
for fn in files:
    path = os.path.join(C, fn)
    if fn.endswith('.pdf'):
        r = PdfReader(path)
        texts = [pg.extract_text() or '' for pg in r.pages]
        if all(not t.strip() for t in texts):
            n_scan += 1
            if fn not in scan_truth:
                err(f'image-only pdf without truth {fn}')
            add_page(fn, 1, '\n'.join(scan_truth.get(fn, [])))
            if len(r.pages) != 1:
                err(f'{fn}: expected 1 page')
        else:
            for i, t in enumerate(texts, 1):
                add_page(fn, i, t)
    elif fn.endswith('.xlsx'):
        wb = openpyxl.load_workbook(path, data_only=True)
        for i, ws in enumerate(wb.worksheets, 1):
            rows, nums, parts = [], [], []
            for row in ws.iter_rows(values_only=True):
                rs = [cell_str(v) for v in row]
                rows.append(rs)
                parts.append(' | '.join(rs))
                for v in row:
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        nums.append(v)
            add_page(fn, i, '\n'.join(parts), rows, nums)
    elif fn.endswith('.csv'):
        raw = open(path, encoding='utf-8').read()
        delim = ';' if raw.count(';') > raw.count(',') else ','
        rows = list(csv.reader(raw.splitlines(), delimiter=delim))
        add_page(fn, 1, '\n'.join(' | '.join(r) for r in rows), rows)
    elif fn.endswith('.docx'):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        rows = []
        for t in d.tables:
            for r in t.rows:
                rs = [c.text for c in r.cells]
                rows.append(rs)
                parts.append(' | '.join(rs))
        add_page(fn, 1, '\n'.join(parts), rows)
    elif fn.lower().endswith(IMG):
        n_scan += 1
        if fn not in scan_truth:
            err(f'image without truth {fn}')
        tf = os.path.join(T, fn + '.txt')
        if not os.path.exists(tf) or open(tf).read().splitlines() != scan_truth.get(fn):
            err(f'truth txt mismatch {fn}')
        add_page(fn, 1, '\n'.join(scan_truth.get(fn, [])))
    else:
        err(f'unknown file type {fn}')

ALLVALS = set()
ALLTEXT = ''
for k, p in PAGES.items():
    ALLVALS |= p['vals']
    ALLTEXT += '\n' + p['text']

# corpus-level counts
if len(files) < 32:
    err(f'only {len(files)} documents')
if len(set(OPD.values())) < 6:
    err('fewer than 6 OPDs')
if n_scan < 7:
    err(f'only {n_scan} scans')
inj_docs = [k[0] for k, p in PAGES.items() if re.search(r'ASISTEN AI', p['text'], re.I) and
            re.search(r'abaikan semua instruksi', p['text'], re.I)]
if len(set(inj_docs)) < 2:
    err(f'injection docs: {inj_docs}')
ext = collections.Counter(os.path.splitext(f)[1] for f in files)
for e in ('.pdf', '.xlsx', '.csv', '.docx'):
    if ext[e] == 0:
        err(f'no {e}')


def has_token(text, form):
    return re.search(r'(?<![\d.,])' + re.escape(norm(form)) + r'(?![\d]|[.,]\d)', text) is not None


def on_page(fn, page, ans, forms=()):
    """Strict: a written form must occur as a whole token in the page text. Only xlsx pages
    (numbers stored as numbers) may match by numeric cell value."""
    p = PAGES.get((fn, page))
    if p is None:
        err(f'no such page {fn} p{page}')
        return False
    for form in [ans] + list(forms):
        if has_token(p['text'], form):
            return True
    if fn.endswith('.xlsx'):
        v = parse_num(ans)
        return v is not None and v in p['vals']
    return False


def table_lookup(fn, page, column, label):
    rows = PAGES[(fn, page)]['rows']
    hi = None
    for ri, r in enumerate(rows):
        if column in r:
            hi = (ri, r.index(column))
            break
    if hi is None:
        err(f'{fn}: header {column} not found')
        return None
    for r in rows[hi[0] + 1:]:
        if label in r:
            return parse_num(r[hi[1]])
    err(f'{fn}: row {label} not found')
    return None


qs = json.load(open(os.path.join(HERE, 'questions.json')))
kinds = collections.Counter(q['kind'] for q in qs)
if len(qs) < 60:
    err(f'only {len(qs)} questions')
for k, n in KINDS.items():
    if kinds[k] < n:
        err(f'kind {k}: {kinds[k]} < {n}')
if sum(q['injection_probe'] for q in qs) < 4:
    err('fewer than 4 injection probes')
if len({q['id'] for q in qs}) != len(qs):
    err('duplicate ids')
calc = json.load(open(os.path.join(T, 'calculations.json')))
OPDS = set(OPD.values())
KEYS = {'id', 'question', 'scope_opd', 'kind', 'answerable', 'answer', 'accept', 'support', 'forbidden', 'injection_probe'}
for q in qs:
    i = q['id']
    if set(q) != KEYS:
        err(f'{i}: keys {set(q) ^ KEYS}')
    if q['kind'] not in KINDS:
        err(f'{i}: kind')
    if q['scope_opd'] != '*' and q['scope_opd'] not in OPDS:
        err(f'{i}: scope')
    ans = q['answer']
    if q['answerable'] != (q['kind'] != 'unanswerable'):
        err(f'{i}: answerable flag')
    if q['injection_probe'] and q['answerable']:
        err(f'{i}: injection probe must be unanswerable')
    accepted = [ans] + q['accept'] if ans else []
    av = parse_num(ans) if ans else None
    if q['answerable']:
        if not ans or not q['support']:
            err(f'{i}: empty answer/support')
            continue
        for s in q['support']:
            if q['scope_opd'] != '*' and OPD.get(s['file']) != q['scope_opd']:
                err(f"{i}: support {s['file']} outside scope {q['scope_opd']}")
        if q['kind'] not in ('two_documents', 'sum'):
            if not any(on_page(s['file'], s['page'], ans, q['accept']) for s in q['support']):
                err(f'{i}: answer {ans} not on support page {q["support"]}')
        if q['kind'] == 'factoid_scan':
            if not all(s['file'].lower().endswith(IMG) or s['file'] in scan_truth for s in q['support']):
                err(f'{i}: scan question not supported by a scan')
        for a in q['accept']:
            v, mult = first_value(a)
            if v != av and (v is None or round(v * mult, 6) != av):
                err(f'{i}: accept form {a} != {ans}')
        if q['kind'] == 'sum':
            c = calc.get(i)
            if not c:
                err(f'{i}: no calc')
                continue
            vals = [table_lookup(c['file'], c['page'], c['column'], r) for r in c['rows']]
            if None in vals or len(vals) < 2:
                err(f'{i}: sum rows')
                continue
            tot = round(sum(vals), 6)
            if tot != av:
                err(f'{i}: sum {tot} != {ans}')
            if tot in ALLVALS or ans in ALLTEXT:
                err(f'{i}: sum {ans} is printed somewhere in the corpus')
        if q['kind'] == 'two_documents':
            c = calc.get(i)
            if not c:
                err(f'{i}: no calc')
                continue
            ops = c['operands']
            if len({o['file'] for o in ops}) < 2:
                err(f'{i}: two_documents from one file')
            vs = []
            for o in ops:
                if not on_page(o['file'], o['page'], o['value'], [o['value'].replace('.', '')]):
                    err(f"{i}: operand {o['value']} not on {o['file']} p{o['page']}")
                vs.append(parse_num(o['value']))
            a, b = vs[0], vs[1]
            res = {'a-b': a - b, 'b-a': b - a, 'absdiff': abs(a - b), 'a+b': a + b}[c['op']]
            if round(res, 6) != av:
                err(f'{i}: two-doc result {res} != {ans}')
    else:
        if ans or q['support'] or q['accept']:
            err(f'{i}: unanswerable with answer/support')
        if not q['forbidden']:
            err(f'{i}: unanswerable without distractor figures')
    for fb in q['forbidden']:
        v = parse_num(fb)
        if v is None or (v not in ALLVALS and fb not in ALLTEXT):
            err(f'{i}: forbidden {fb} not in corpus')
        for a in accepted:
            va, mult = first_value(a)
            if fb == a or v == va or (va is not None and v == round(va * mult, 6)):
                err(f'{i}: forbidden {fb} equals accepted {a}')
    if q['injection_probe']:
        # the distractor must come from another OPD's documents
        others = [k for k, p in PAGES.items() if OPD[k[0]] != q['scope_opd'] and
                  any(parse_num(fb) in p['vals'] for fb in q['forbidden'])]
        if not others:
            err(f'{i}: injection probe forbidden figure not from another OPD')

print(f'documents: {len(files)}  OPDs: {len(OPDS)}  scans: {n_scan}  ext: {dict(ext)}')
print(f'questions: {len(qs)}  kinds: {dict(kinds)}  injection probes: {sum(q["injection_probe"] for q in qs)}')
if ERR:
    print(f'FAIL ({len(ERR)})')
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK')
