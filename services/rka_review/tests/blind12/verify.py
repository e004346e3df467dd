#!/usr/bin/env python3
"""Verify review12: every labelled line is really in its file, labels agree with truth, ARITHMETIC / OVERPRICED /
NO_PRICE_REFERENCE / ACCOUNT_MISMATCH / DUPLICATE recomputed from the truth independently. Written blind."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
MARGIN = 0.10
errors = []


def err(msg):
    errors.append(msg)


def idr(n):
    return f'{int(n):,}'.replace(',', '.')


def parse_num(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    s = str(v).strip()
    m = re.fullmatch(r'(\d+(?:,\d+)?)\s*jt', s)
    if m:
        return round(float(m.group(1).replace(',', '.')) * 1_000_000)
    s = s.replace('Rp', '').strip()
    if re.fullmatch(r'-?\d{1,3}(\.\d{3})*', s):
        return int(s.replace('.', ''))
    return None


def squash(s):
    return re.sub(r'\s+', '', s)


def check_xlsx(path, lines):
    wb = load_workbook(path, data_only=True)
    rows_by_no = defaultdict(list)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = list(row)
            for c in cells:
                if c is None:
                    continue
                key = str(c).strip()
                rows_by_no[key].append(cells)
    for t in lines:
        cands = rows_by_no.get(t['no'], [])
        ok = False
        for cells in cands:
            texts = [str(c) for c in cells if isinstance(c, str)]
            nums = [parse_num(c) for c in cells]
            if any(t['printed_name'] in x for x in texts) and t['price'] in nums and t['jumlah'] in nums:
                ok = True
                break
        if not ok:
            err(f"{t['file']} No {t['no']}: row with name/price/jumlah not found")


def check_docx(path, lines):
    from docx import Document
    d = Document(path)
    rows = {}
    for t in d.tables:
        for r in t.rows:
            cells = [c.text for c in r.cells]
            rows.setdefault(cells[0].strip(), cells)
    for t in lines:
        cells = rows.get(t['no'])
        if not cells or t['printed_name'] not in cells[1] or cells[4] != 'Rp' + idr(t['price']) + ',00' \
                or cells[5] != 'Rp' + idr(t['jumlah']) + ',00' or cells[2] != t['koefisien_text']:
            err(f"{t['file']} No {t['no']}: docx row differs ({cells})")


def check_pdf(path, lines):
    r = PdfReader(path)
    text = squash(''.join(p.extract_text() for p in r.pages))
    for t in lines:
        if squash(f"{t['no']}[#] {t['printed_name']}") not in text:
            err(f"{t['file']} No {t['no']}: No+name not in PDF text")
        seg = text.split(squash(f"{t['no']}[#] {t['printed_name']}"), 1)[-1][:400]
        if idr(t['price']) not in seg or idr(t['jumlah']) not in seg:
            err(f"{t['file']} No {t['no']}: price/jumlah not after its name in PDF text")


def check_scan(path, lines):
    r = PdfReader(path)
    for p in r.pages:
        if p.extract_text().strip():
            err(f'{path}: scan PDF has a text layer')
        if not list(p.images):
            err(f'{path}: scan page without image')
    with open(os.path.join(HERE, 'scan_truth.txt')) as f:
        rows = [ln.rstrip('\n').split(' | ') for ln in f]
    by_no = {r[0]: r for r in rows if len(r) == 6 and r[0]}
    for t in lines:
        r = by_no.get(t['no'])
        if not r or r[1] != t['printed_name'] or r[4] != idr(t['price']) or r[5] != idr(t['jumlah']) \
                or r[2] != t['koefisien_text']:
            err(f"{t['file']} No {t['no']}: not drawn as in truth ({r})")


def catalogue_rows():
    out = {}
    wb = load_workbook(os.path.join(DATA, 'ssh_samarinda_2027.xlsx'), data_only=True)
    for row in wb.active.iter_rows(min_row=7, values_only=True):
        if isinstance(row[0], int):
            out[row[1]] = (row[2], row[3], row[4], row[5])
    r = PdfReader(os.path.join(DATA, 'sbu_samarinda_2027.pdf'))
    sbu_text = squash(''.join(p.extract_text() for p in r.pages))
    return out, sbu_text


def main():
    truth = json.load(open(os.path.join(HERE, 'truth_lines.json')))
    manifest = json.load(open(os.path.join(DATA, 'manifest.json')))
    by_file = defaultdict(list)
    for t in truth:
        by_file[t['file']].append(t)
    ssh, sbu_text = catalogue_rows()
    n_sbu = len(re.findall(r'SBU\.\d{2}\.\d{3}', sbu_text))
    if len(ssh) + n_sbu < 300:
        err(f'catalogue rows {len(ssh)} + {n_sbu} < 300')
    for m in manifest:
        for f in [m['rka'], m['labels']] + m['catalogues']:
            if not os.path.exists(os.path.join(DATA, f)):
                err(f'missing {f}')
        lines = by_file[m['rka']]
        labels = json.load(open(os.path.join(DATA, m['labels'])))['labels']
        if set(labels) != {t['no'] for t in lines} or len(lines) != len(labels):
            err(f"{m['labels']}: keys differ from truth")
        for t in lines:
            if sorted(labels.get(t['no'], [])) != sorted(t['labels']):
                err(f"{m['rka']} No {t['no']}: label file {labels.get(t['no'])} != truth {t['labels']}")
        path = os.path.join(DATA, m['rka'])
        if m['layout'] == 'scan_image_pdf':
            check_scan(path, lines)
        elif path.endswith('.docx'):
            check_docx(path, lines)
        elif path.endswith('.pdf'):
            check_pdf(path, lines)
        else:
            check_xlsx(path, lines)
        # independent recomputation
        order = [t['no'] for t in lines]  # truth is written in printed order
        for t in lines:
            rec = set()
            prod = 1
            for v, _ in t['koefisien']:
                prod *= v
            exp = (t['volume'] * t['price'] * (100 + t['ppn_pct']) + 50) // 100
            if prod != t['volume'] or abs(exp - t['jumlah']) > 1:
                rec.add('ARITHMETIC')
            cr = t['catalogue_ref']
            if cr is None:
                rec.add('NO_PRICE_REFERENCE')
            else:
                row = ssh.get(cr['kode'])
                if cr['file'].startswith('ssh'):
                    if not row or row[3] != cr['price'] or row[2] != cr['unit']:
                        err(f"{m['rka']} No {t['no']}: catalogue ref {cr['kode']} not in SSH as stated")
                elif squash(cr['kode']) not in sbu_text or idr(cr['price']) not in sbu_text:
                    err(f"{m['rka']} No {t['no']}: catalogue ref {cr['kode']} not in SBU")
                per_cat_unit = t['price'] / cr['factor_rka_unit_per_catalogue_unit']
                if per_cat_unit > cr['price'] * (1 + MARGIN):
                    rec.add('OVERPRICED')
                elif per_cat_unit > cr['price'] + 1e-6:
                    err(f"{m['rka']} No {t['no']}: price in the 0-10 % grey zone")
            if t['account_code'] != t['correct_account_code']:
                rec.add('ACCOUNT_MISMATCH')
            if t['off_target_reason']:
                rec.add('OFF_TARGET')
            if t['duplicate_of_no']:
                if order.index(t['duplicate_of_no']) >= order.index(t['no']):
                    err(f"{m['rka']} No {t['no']}: duplicate label not on the later line")
                rec.add('DUPLICATE')
            if rec != set(t['labels']):
                err(f"{m['rka']} No {t['no']}: recomputed {sorted(rec)} != {t['labels']}")
    cnt = Counter(x for t in truth for x in t['labels'])
    clean = sum(1 for t in truth if not t['labels'])
    subs = {(t['file'], t['sub_kegiatan_kode']) for t in truth}
    opds = {t['opd'] for t in truth}
    if len(truth) < 200:
        err('fewer than 200 lines')
    for ty in TYPES:
        if cnt[ty] < 25:
            err(f'{ty}: only {cnt[ty]}')
    if len(opds) < 5 or len(subs) < 9 or len({m['layout'] for m in manifest}) < 6:
        err('too few OPDs / sub-kegiatan / layouts')
    print(f'lines={len(truth)} clean={clean} ({clean / len(truth):.0%}) opds={len(opds)} subkeg={len(subs)} '
          f'catalogue_rows={len(ssh) + n_sbu}')
    print('labels:', dict(cnt))
    if errors:
        print(f'{len(errors)} ERRORS')
        for e in errors[:60]:
            print(' -', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
