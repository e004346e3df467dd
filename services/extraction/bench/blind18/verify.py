#!/usr/bin/env python3
"""Verify the ocr18 set: files, formats, degradations, truth consistency, arithmetic, and (if tesseract
is installed) that the labelled text really is on the clean page.
Run:  /work/scratch/ocr18/bin/python verify.py      (exit code 0 = all checks passed)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image

OUT = os.path.dirname(os.path.abspath(__file__))
TYPES = ['sp2d', 'nota_dinas', 'daftar_hadir', 'rekap_absensi', 'lra', 'bap_barang', 'kwitansi']
DEGS = {'clean_300dpi': 'png', 'dpi150': 'png', 'fax': 'png', 'jpeg_q25': 'jpg', 'pdf_skew2': 'pdf',
        'phone_photo': 'jpg', 'stamp': 'png', 'sideways': 'png', 'upside_down': 'png'}
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print('FAIL:', msg)
    return cond


def num(s):
    s = s.strip()
    if s.endswith(',-'):
        s = s[:-2]
    s = s.replace('Rp', '').strip()
    if ',' in s:
        a, b = s.split(',')
        return int(a.replace('.', '')) + int(b) / 100.0
    return int(s.replace('.', ''))


UNITS = {'satu': 1, 'dua': 2, 'tiga': 3, 'empat': 4, 'lima': 5, 'enam': 6, 'tujuh': 7, 'delapan': 8,
         'sembilan': 9, 'sepuluh': 10, 'sebelas': 11}


def words_to_int(text):
    """Independent parser of Indonesian number words (not the generator's function run backwards)."""
    total = hundreds = small = 0
    for w in text.lower().split():
        if w in UNITS:
            small += UNITS[w]
        elif w == 'belas':
            small += 10
        elif w == 'puluh':
            small *= 10
        elif w == 'seratus':
            hundreds = 100
        elif w == 'ratus':
            hundreds = small * 100
            small = 0
        elif w == 'seribu':
            total += 1000
        elif w in ('ribu', 'juta', 'miliar'):
            total += (hundreds + small) * {'ribu': 10**3, 'juta': 10**6, 'miliar': 10**9}[w]
            hundreds = small = 0
        elif w in ('rupiah', '##'):
            continue
        else:
            raise ValueError(w)
    return total + hundreds + small


def terbilang_blocks(lines):
    """Yield the words of every 'Terbilang :' text (continuation lines joined) and 'Uang sebanyak'."""
    out = []
    for i, ln in enumerate(lines):
        for key in ('Terbilang : ', 'Uang sebanyak : '):
            if key in ln:
                t = ln.split(key, 1)[1]
                j = i
                while not t.rstrip('# ').endswith('Rupiah') and j + 1 < len(lines):
                    j += 1
                    t += ' ' + lines[j]
                out.append(t.replace('#', '').strip())
    return out


def load_truth(t):
    with open(os.path.join(OUT, 'truth', t + '.txt'), encoding='utf-8') as fh:
        txt = fh.read()
    check(txt.endswith('\n') and not txt.endswith('\n\n'), f'{t}: truth ends with exactly one newline')
    lines = txt[:-1].split('\n')
    for ln in lines:
        check(ln == ln.strip() and ln and '  ' not in ln, f'{t}: bad whitespace in truth line {ln!r}')
    return lines


def check_tables(t, lines):
    p = os.path.join(OUT, 'truth', t + '.tables.json')
    if not os.path.exists(p):
        return None
    tables = json.load(open(p, encoding='utf-8'))
    check(isinstance(tables, list) and tables, f'{t}: tables list')
    pos = 0
    for ti, tb in enumerate(tables):
        ncol = len(tb[0])
        for r in tb:
            check(len(r) == ncol and all(isinstance(c, str) for c in r), f'{t}: table {ti} rectangular')
        # rows appear as consecutive truth lines, in order
        joined = [' '.join(c for c in r if c) for r in tb]
        try:
            k = lines.index(joined[0], pos)
        except ValueError:
            check(False, f'{t}: table {ti} header line not in truth')
            continue
        check(lines[k:k + len(joined)] == joined, f'{t}: table {ti} rows are consecutive truth lines')
        pos = k + len(joined)
    return tables


# ------------------------------------------------------------------ per-type arithmetic
def arith_sp2d(lines, tables):
    t0, t1 = tables
    items = [num(r[3]) for r in t0[1:-1]]
    check(abs(sum(items) - num(t0[-1][3])) < 0.005, 'sp2d: items sum = JUMLAH')
    for r in t0[1:-1]:
        check(re.fullmatch(r'\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}', r[1]) is not None, f'sp2d: kode rekening shape {r[1]}')
    gross = num(t0[-1][3])
    pots = [num(r[2]) for r in t1[1:-1]]
    check(abs(sum(pots) - num(t1[-1][2])) < 0.005, 'sp2d: potongan sum')
    dpp = round(gross * 100 / 111)
    check(abs(num(t1[1][2]) - (gross - dpp)) < 0.005, 'sp2d: PPN = 11/111 of gross')
    check(abs(num(t1[2][2]) - round(dpp * 0.0175)) < 0.005, 'sp2d: PPh 4(2) = 1,75% DPP')
    paid = [ln for ln in lines if ln.startswith('Jumlah yang Dibayarkan')][0]
    net = num(paid.split('Rp', 1)[1])
    check(abs(net - (gross - num(t1[-1][2]))) < 0.005, 'sp2d: net = gross - potongan')
    sebesar = [ln for ln in lines if 'sebesar Rp' in ln][0]
    check(abs(num(sebesar.split('Rp', 1)[1]) - gross) < 0.005, 'sp2d: "sebesar" = gross')
    tb = terbilang_blocks(lines)
    check(len(tb) == 2 and words_to_int(tb[0]) == gross and words_to_int(tb[1]) == net, 'sp2d: terbilang')


def arith_lra(lines, tables):
    tb = tables[0]
    rows = tb[1:]
    data = {}
    for r in rows[:-1]:
        a, b = num(r[2]), num(r[3])
        data[r[0]] = (a, b)
        check(r[4] == f'{100 * b / a:.2f}'.replace('.', ','), f'lra: % of {r[0]}')
    codes = list(data)
    for k in codes:
        kids = [c for c in codes if c.startswith(k + '.') and c.count('.') == k.count('.') + 1]
        if kids:
            check(abs(sum(data[c][0] for c in kids) - data[k][0]) < 0.005, f'lra: anggaran {k} = sum of children')
            check(abs(sum(data[c][1] for c in kids) - data[k][1]) < 0.005, f'lra: realisasi {k} = sum of children')
        else:
            check(k.count('.') == 5, f'lra: leaf {k} has 6 segments')
    last = rows[-1]
    check(last[1] == 'JUMLAH BELANJA' and num(last[2]) == data['5'][0] and num(last[3]) == data['5'][1],
          'lra: JUMLAH BELANJA = 5')


def arith_bap(lines, tables):
    tb = tables[0]
    tot = 0
    n = 0
    for r in tb[2:-1]:
        if r[1] == '':
            check(re.fullmatch(r'[AB]\. [A-Z ]+', r[0]) is not None and all(c == '' for c in r[1:]),
                  f'bap: group row {r}')
            continue
        n += 1
        check(r[0] == str(n), 'bap: numbering')
        check(re.fullmatch(r'\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}', r[1]) is not None, f'bap: kode barang {r[1]}')
        check(num(r[3]) * num(r[5]) == num(r[6]), f'bap: vol x harga row {n}')
        tot += num(r[6])
    check(tb[-1][0] == 'JUMLAH' and num(tb[-1][6]) == tot, 'bap: total')
    check(words_to_int(terbilang_blocks(lines)[0]) == tot, 'bap: terbilang total')
    check(tb[0][3] == 'Jumlah' and tb[0][4] == '' and tb[1][3:5] == ['Vol.', 'Satuan'], 'bap: merged header')


def arith_rekap(lines, tables):
    tb = tables[0]
    nd = 28
    check(tb[1][2:2 + nd] == [str(d) for d in range(1, nd + 1)], 'rekap: day header')
    work = None
    for r in tb[2:]:
        codes = r[2:2 + nd]
        cnt = [str(codes.count(k)) for k in ['H', 'S', 'I', 'C', 'DL', 'TK']]
        check(cnt == r[2 + nd:], f'rekap: totals of row {r[0]}')
        wk = [i + 1 for i, c in enumerate(codes) if c]
        if work is None:
            work = wk
        check(wk == work, f'rekap: same working days for row {r[0]}')
        nipm = re.search(r'NIP\. (\d{8} \d{6} [12] \d{3})$', r[1])
        check(nipm is not None, f'rekap: NIP shape row {r[0]}')
    # Feb 2026: 1 Feb is Sunday; 17 Feb holiday
    import datetime
    expect = [d for d in range(1, nd + 1)
              if datetime.date(2026, 2, d).weekday() < 5 and d != 17]
    check(work == expect, 'rekap: working days = Mon-Fri minus 17 Feb')
    check(any(f'{len(expect)} hari' in ln for ln in lines), 'rekap: hari kerja efektif stated')


def arith_hadir(lines, tables):
    tb = tables[0]
    for i, r in enumerate(tb[1:], 1):
        check(r[0] == str(i), 'hadir: numbering')
        check(r[2] == '-' or re.fullmatch(r'(19\d{2})(\d{2})(\d{2}) (\d{6}) [12] \d{3}', r[2]) is not None,
              f'hadir: NIP {r[2]}')
        check(r[4] == '', 'hadir: signature cell empty in truth')


def arith_kwitansi(lines, tables):
    calc = {ln.rsplit(' Rp ', 1)[0]: num(ln.rsplit(' Rp ', 1)[-1]) for ln in lines if ' Rp ' in ln and
            (ln.startswith('Honorarium 3') or ln.startswith('PPh') or ln.startswith('Jumlah diterima'))}
    g = calc['Honorarium 3 JP x Rp 900.000,00']
    check(g == 3 * 900000, 'kwitansi: gross')
    check(calc['PPh Pasal 21 (5%)'] == round(g * 0.05), 'kwitansi: pph')
    check(calc['Jumlah diterima'] == g - round(g * 0.05), 'kwitansi: net')
    tb = terbilang_blocks(lines)
    check(words_to_int(tb[0]) == g, 'kwitansi: uang sebanyak words')
    tr = [ln for ln in lines if ln.startswith('Terbilang Rp')][0]
    check(num(tr.replace('Terbilang Rp', '')) == g, 'kwitansi: terbilang box')


def arith_nota(lines, tables):
    check(any(re.search(r'\b\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}\b', ln) for ln in lines), 'nota: letter number')


ARITH = {'sp2d': arith_sp2d, 'lra': arith_lra, 'bap_barang': arith_bap, 'rekap_absensi': arith_rekap,
         'daftar_hadir': arith_hadir, 'kwitansi': arith_kwitansi, 'nota_dinas': arith_nota}


# ------------------------------------------------------------------ image checks
def grey(im):
    return np.asarray(im.convert('L')).astype(np.int16)


def check_images(t, ents):
    files = {e['degradation']: os.path.join(OUT, e['file']) for e in ents}
    clean = Image.open(files['clean_300dpi'])
    check(clean.format == 'PNG' and clean.mode == 'P' and len(clean.getcolors()) <= 16, f'{t}: clean is 4-bit grey PNG')
    W, H = clean.size
    check(sorted((W, H)) == [2480, 3508], f'{t}: clean is A4 at 300 dpi')
    cg = grey(clean)
    im = Image.open(files['dpi150'])
    check(abs(im.size[0] - W / 2) <= 1 and abs(im.size[1] - H / 2) <= 1, f'{t}: dpi150 size')
    im = Image.open(files['fax'])
    check(im.mode == '1' and abs(im.size[0] - W * 2 / 3) <= 2, f'{t}: fax is 1-bit 200 dpi')
    a = np.asarray(im)
    check(np.array_equal(a[0::2], a[1::2]), f'{t}: fax rows doubled (100 dpi vertical look)')
    im = Image.open(files['jpeg_q25'])
    check(im.format == 'JPEG' and im.quantization[0][0] == 32, f'{t}: jpeg quality 25 (q table[0]=32)')
    im = Image.open(files['phone_photo'])
    check(im.format == 'JPEG' and im.mode == 'RGB', f'{t}: phone photo RGB JPEG')
    st = Image.open(files['stamp']).convert('RGB')
    s = np.asarray(st).astype(np.int16)
    sat = (s.max(-1) - s.min(-1)) > 60
    check(st.size == (W, H) and sat.sum() > 20000, f'{t}: stamp has coloured ink')
    same = np.abs(s.mean(-1) - cg) < 20
    check(same[~sat].mean() > 0.97, f'{t}: stamp page equals clean outside the ink')
    sw = grey(Image.open(files['sideways']))
    ok = np.array_equal(np.rot90(sw, 1), cg) or np.array_equal(np.rot90(sw, -1), cg)
    check(ok, f'{t}: sideways is clean rotated exactly 90 deg')
    ud = grey(Image.open(files['upside_down']))
    check(np.array_equal(np.rot90(ud, 2), cg), f'{t}: upside_down is clean rotated exactly 180 deg')
    # pdf: image only, one page, skew close to the recorded angle
    from pypdf import PdfReader
    rd = PdfReader(files['pdf_skew2'])
    check(len(rd.pages) == 1, f'{t}: pdf one page')
    pg = rd.pages[0]
    check((pg.extract_text() or '').strip() == '', f'{t}: pdf has no text layer')
    imgs = list(pg.images)
    check(len(imgs) == 1, f'{t}: pdf has one image')
    pim = imgs[0].image.convert('L')
    check(abs(pim.size[0] - W * 2 / 3) <= 2, f'{t}: pdf image at 200 dpi')
    facts = json.load(open(os.path.join(OUT, 'truth', 'facts.json')))
    ang = facts['angles_deg_ccw'][t]
    check(1.5 <= abs(ang) <= 2.5, f'{t}: skew about 2 deg')
    small = Image.fromarray(cg.astype(np.uint8)).resize(pim.size)

    def corr(x, y):
        x = np.asarray(x, float).ravel()
        y = np.asarray(y, float).ravel()
        return np.corrcoef(x, y)[0, 1]
    c_rot = corr(small.rotate(ang, fillcolor=250), pim)
    c_flat = corr(small, pim)
    check(c_rot > c_flat + 0.05 and c_rot > 0.6, f'{t}: pdf content matches clean rotated {ang} deg '
          f'({c_rot:.2f} vs {c_flat:.2f})')


# ------------------------------------------------------------------ OCR sanity (truth is on the page)
def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def ocr_check(t, lines, path):
    if not shutil.which('tesseract'):
        print(f'  {t}: tesseract not installed, OCR sanity skipped')
        return
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, 'p.png')
        Image.open(path).convert('L').save(src)
        r = subprocess.run(['tesseract', src, 'stdout', '-l', 'ind+eng', '--psm', '4'], capture_output=True, text=True)
    ocr = r.stdout
    norm = lambda s: re.sub(r'\s+', ' ', s).strip()
    A, B = norm('\n'.join(lines)), norm(ocr)
    # order-free containment check for key tokens, plus a global CER (order dependent, informative)
    keys = set()
    for ln in lines:
        keys.update(re.findall(r'\d+(?:\.\d+){5,6}', ln))        # kode rekening / kode barang
        keys.update(re.findall(r'\d{8} \d{6} [12] \d{3}', ln))     # NIP
        keys.update(re.findall(r'\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}', ln))
        keys.update(re.findall(r'\d{1,3}(?:\.\d{3})+,\d{2}', ln))   # rupiah
    Bn = B.replace(' ', '')
    found = sum(1 for k in keys if k.replace(' ', '') in Bn)
    cer = lev(A, B) / max(1, len(A)) if len(A) < 6000 else float('nan')
    print(f'  {t}: tesseract on clean page: key values found {found}/{len(keys)}, CER {cer:.3f}')
    check(found >= 0.8 * len(keys), f'{t}: at least 80% of key values OCR-visible on clean page')
    check(not (cer == cer) or cer < 0.6, f'{t}: tesseract CER on clean page < 0.6 ({cer:.3f})')


def main():
    man = json.load(open(os.path.join(OUT, 'manifest.json'), encoding='utf-8'))
    check(len(man) == 63, f'manifest has 63 entries ({len(man)})')
    seen = set()
    for e in man:
        keys = {'file', 'text_type', 'degradation', 'truth'} | ({'tables'} if 'tables' in e else set())
        check(set(e) == keys, f'manifest keys {e}')
        t, d = e['text_type'], e['degradation']
        check(e['file'] == f'pages/{t}/{t}__{d}.{DEGS[d]}', f'path pattern {e["file"]}')
        check(os.path.isfile(os.path.join(OUT, e['file'])), f'file exists {e["file"]}')
        check(e['truth'] == f'truth/{t}.txt', 'truth path')
        seen.add((t, d))
    check(seen == {(t, d) for t in TYPES for d in DEGS}, 'all 7 x 9 combinations present')
    ntab = 0
    kinds = {'kode_rekening': 0, 'kode_barang': 0, 'letter_no': 0, 'nip': 0}
    for t in TYPES:
        ents = [e for e in man if e['text_type'] == t]
        lines = load_truth(t)
        tables = check_tables(t, lines)
        has_tab = all('tables' in e for e in ents)
        check(has_tab == (tables is not None) and (has_tab or not any('tables' in e for e in ents)),
              f'{t}: tables key consistent')
        ntab += tables is not None
        ARITH[t](lines, tables)
        txt = '\n'.join(lines)
        kinds['kode_rekening'] += len(re.findall(r'(?<![\d.])\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}(?![\d.])', txt))
        kinds['kode_barang'] += len(re.findall(r'(?<![\d.])\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}(?![\d.])', txt))
        kinds['letter_no'] += len(re.findall(r'\d{3}/\d{4}/[A-Z]+-[IVX]+/[IVX]+/\d{4}', txt))
        kinds['nip'] += len(re.findall(r'\d{8} \d{6} [12] \d{3}', txt))
        check_images(t, ents)
        ocr_check(t, lines, os.path.join(OUT, f'pages/{t}/{t}__clean_300dpi.png'))
        print(f'{t}: {len(lines)} truth lines, tables: {[len(x) for x in tables] if tables else 0}')
    check(ntab >= 4, 'at least 4 types with tables')
    print('code occurrences in truth:', kinds)
    check(all(v > 0 for v in kinds.values()), 'every code kind occurs')
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs)
    print(f'total size {size / 1e6:.2f} MB')
    check(size < 15e6, 'size < 15 MB')
    check(not any('__pycache__' in dp for dp, _, _ in os.walk(OUT)), 'no __pycache__')
    print('RESULT:', 'PASS' if not FAIL else f'FAIL ({len(FAIL)})')
    sys.exit(1 if FAIL else 0)


if __name__ == '__main__':
    main()
