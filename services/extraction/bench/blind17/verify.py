"""Verify the ocr17 set against its own files (written blind, 2026-12-06).
Usage: python verify.py [--no-ocr]   exit code 0 = all checks passed."""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date

import numpy as np
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = ['clean_300dpi', 'dpi150', 'fax', 'jpeg_q25', 'pdf_skew2', 'phone_photo', 'stamp', 'sideways',
        'upside_down']
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
        print('FAIL', msg)


def num(s):
    s = s.strip()
    if s in ('', '-'):
        return 0
    s = s.replace('.', '')
    if ',' in s:
        s = s.split(',')[0] if s.endswith(',00') else s.replace(',', '.')
    return float(s) if '.' in s else int(s)


def load(rel):
    return Image.open(os.path.join(HERE, rel))


def main():
    ocr = '--no-ocr' not in sys.argv
    man = json.load(open(os.path.join(HERE, 'manifest.json')))
    layout = json.load(open(os.path.join(HERE, 'layout_clean300.json'), encoding='utf-8'))
    types = sorted({e['text_type'] for e in man})
    check(len(man) == 63, 'manifest has %d entries' % len(man))
    check(len(types) == 7, '7 types')
    pairs = {(e['text_type'], e['degradation']) for e in man}
    check(len(pairs) == 63 and all((t, d) in pairs for t in types for d in DEGS), 'type x degradation grid')
    n_tables = 0
    for e in man:
        t, d = e['text_type'], e['degradation']
        check(set(e) <= {'file', 'text_type', 'degradation', 'truth', 'tables'}, 'keys ' + e['file'])
        check(re.fullmatch(r'pages/%s/%s__%s\.(png|jpg|pdf)' % (t, t, d), e['file']) is not None,
              'path ' + e['file'])
        check(os.path.exists(os.path.join(HERE, e['file'])), 'exists ' + e['file'])
        check(e['truth'] == 'truth/%s.txt' % t and os.path.exists(os.path.join(HERE, e['truth'])), 'truth ' + t)
        if 'tables' in e:
            check(os.path.exists(os.path.join(HERE, e['tables'])), 'tables ' + t)
    tables_types = {e['text_type'] for e in man if 'tables' in e}
    n_tables = len(tables_types)
    check(n_tables >= 4, 'at least 4 types with tables (%d)' % n_tables)
    for e in man:
        if e['text_type'] in tables_types:
            check('tables' in e, 'tables key on every degradation of ' + e['text_type'])

    stats = {}
    for t in types:
        lay = layout[t]
        W, H = lay['size']
        truth = open(os.path.join(HERE, 'truth', t + '.txt'), encoding='utf-8').read().split('\n')
        check(truth[-1] == '', t + ' truth ends with newline')
        truth = truth[:-1]
        check(all(ln == ln.strip() and '  ' not in ln and ln for ln in truth), t + ' truth line hygiene')
        # 1. words of truth == words of drawn pieces
        tw = collections.Counter(w for ln in truth for w in ln.split())
        pw = collections.Counter(w for txt, bb in lay['pieces'] for w in txt.split())
        check(tw == pw, t + ' truth words == drawn words (diff %s)' % ((tw - pw) + (pw - tw)))
        # 2. ink inside each drawn piece in the clean page; white page outside drawn items is not required
        clean = np.asarray(load('pages/%s/%s__clean_300dpi.png' % (t, t)).convert('L'))
        check(clean.shape == (H, W), t + ' clean 300 dpi size')
        for txt, bb in lay['pieces']:
            x0, y0, x1, y1 = bb
            check(0 <= x0 and x1 <= W and 0 <= y0 and y1 <= H, '%s piece inside page %r' % (t, txt))
            reg = clean[max(y0, 0):y1, max(x0, 0):x1]
            check(reg.size and (reg < 100).mean() > 0.03, '%s ink for %r' % (t, txt))
        # 3. tables: rectangular, each row is a truth line, rows in order
        tabs = []
        if t in tables_types:
            tabs = json.load(open(os.path.join(HERE, 'truth', t + '.tables.json'), encoding='utf-8'))
            pos = 0
            for tab in tabs:
                check(len({len(r) for r in tab}) == 1, t + ' rectangular table')
                for r in tab:
                    line = ' '.join(c for c in r if c)
                    try:
                        pos = truth.index(line, pos) + 1
                    except ValueError:
                        check(False, '%s table row not in truth in order: %r' % (t, line))
        # 4. codes
        text = '\n'.join(truth)
        codes = {
            'kode_rekening': re.findall(r'(?<![\d.])\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}(?![\d.])', text),
            'kode_barang': re.findall(r'(?<![\d.])\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}(?![\d.])', text),
            'nomor_surat': re.findall(r'\b\d{3}/\d{4}/[A-Z]+(?:-[A-Z]+)*-[IVX]+/[IVX]+/\d{4}\b', text),
            'nip': re.findall(r'\b(\d{4})(\d{2})(\d{2}) (\d{4})(\d{2}) ([12]) (\d{3})\b', text),
        }
        for y, m, dd, ty, tm, s, n in codes['nip']:
            born = date(int(y), int(m), int(dd))
            check(int(ty) - born.year >= 18 and 1 <= int(tm) <= 12, t + ' NIP plausible')
        stats[t] = {k: len(v) for k, v in codes.items()}
        stats[t]['lines'] = len(truth)
        stats[t]['tables'] = len(tabs)
        stats[t]['table_rows'] = sum(len(x) for x in tabs)
        # 5. degraded files
        for d in DEGS:
            e = [x for x in man if x['text_type'] == t and x['degradation'] == d][0]
            f = os.path.join(HERE, e['file'])
            if d == 'pdf_skew2':
                rd = PdfReader(f)
                check(len(rd.pages) == 1, t + ' pdf 1 page')
                pg = rd.pages[0]
                check((pg.extract_text() or '').strip() == '', t + ' pdf has no text layer')
                imgs = list(pg.images)
                check(len(imgs) == 1, t + ' pdf has one image')
                im = imgs[0].image
                wpt, hpt = float(pg.mediabox.width), float(pg.mediabox.height)
                check(abs(im.width / (wpt / 72) - 200) < 2, t + ' pdf image ~200 dpi')
                # skew: the page grew by rotating ~2 degrees
                a = np.deg2rad(np.arange(1.5, 2.6, 0.01))
                w0, h0 = W * 2 // 3, H * 2 // 3
                ok = np.any(np.abs(w0 * np.cos(a) + h0 * np.sin(a) - im.width) < 3)
                check(ok, t + ' pdf skew between 1.5 and 2.6 degrees')
                continue
            im = Image.open(f)
            im.load()
            if d == 'clean_300dpi':
                check(im.mode == 'P' and len(im.getpalette()) // 3 <= 16, t + ' clean is 16-grey palette')
            elif d == 'dpi150':
                check(im.size == (W // 2, H // 2), t + ' dpi150 size')
            elif d == 'fax':
                check(im.mode == '1', t + ' fax 1-bit')
                a = np.asarray(im)
                check(np.array_equal(a[0::2], a[1::2]), t + ' fax rows doubled (100 dpi vertical)')
                check(im.size[0] == W * 2 // 3, t + ' fax 200 dpi horizontal')
            elif d == 'jpeg_q25':
                q = im.quantization[0]
                check(im.format == 'JPEG' and q[0] == 32, t + ' jpeg quality 25 (q0=%s)' % q[0])
            elif d == 'phone_photo':
                check(im.mode == 'RGB' and im.format == 'JPEG', t + ' phone photo rgb jpeg')
            elif d == 'stamp':
                rgb = np.asarray(im.convert('RGB')).astype(int)
                blue = ((rgb[..., 2] - rgb[..., 0]) > 40).sum()
                check(im.size == (W, H) and blue > 10000, t + ' stamp present (%d blue px)' % blue)
            elif d in ('sideways', 'upside_down'):
                a = np.asarray(im.convert('L'))
                if d == 'upside_down':
                    check(np.array_equal(a, clean[::-1, ::-1]), t + ' upside_down is exact 180')
                else:
                    ok = np.array_equal(a, np.rot90(clean, 1)) or np.array_equal(a, np.rot90(clean, 3))
                    check(ok, t + ' sideways is exact 90')
        # 6. arithmetic
        arith(t, tabs, truth)
        # 7. OCR sanity on the clean page
        if ocr and shutil.which('tesseract'):
            with tempfile.TemporaryDirectory() as td:
                src = os.path.join(HERE, 'pages', t, t + '__clean_300dpi.png')
                subprocess.run(['tesseract', src, os.path.join(td, 'o'), '-l', 'ind+eng', '--psm', '4'],
                               capture_output=True)
                o = open(os.path.join(td, 'o.txt'), encoding='utf-8').read()
            ow = collections.Counter(re.sub(r'[^\w.,/:-]', '', w) for w in o.split())
            rw = collections.Counter(re.sub(r'[^\w.,/:-]', '', w) for w in text.split())
            rec = sum((ow & rw).values()) / max(1, sum(rw.values()))
            stats[t]['tesseract_clean_word_recall'] = round(rec, 3)
            check(rec > 0.85, '%s tesseract word recall on clean page %.3f' % (t, rec))
    total = 0
    for root, dirs, files in os.walk(HERE):
        check('__pycache__' not in dirs or root != HERE, 'no __pycache__')
        total += sum(os.path.getsize(os.path.join(root, x)) for x in files)
    check(total < 15 * 1024 * 1024, 'size %.1f MB < 15 MB' % (total / 2**20))
    print(json.dumps(stats, indent=1))
    print('total size %.2f MB' % (total / 2**20))
    print('FAILED %d checks' % len(FAIL) if FAIL else 'ALL CHECKS PASSED')
    return 1 if FAIL else 0


def cer(hyp, ref):
    """character error rate, Levenshtein over chars / len(ref)."""
    prev = list(range(len(hyp) + 1))
    for i, rc in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, hc in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (rc != hc))
        prev = cur
    return prev[-1] / max(1, len(ref))


def arith(t, tabs, truth):
    if t == 'spm_ls':
        tab = tabs[0]
        body = tab[1:-1]
        tot = sum(num(r[3]) for r in body)
        check(tot == num(tab[-1][3]), 'spm jumlah')
        pot = {}
        for ln in truth:
            m = re.match(r'(?:\d\. )?(PPN|PPh Pasal 22|Jumlah Potongan|Jumlah SPM) Rp ([\d.,]+)$', ln)
            if m:
                pot[m.group(1)] = num(m.group(2))
        check(pot['PPN'] + pot['PPh Pasal 22'] == pot['Jumlah Potongan'], 'spm potongan')
        check(tot - pot['Jumlah Potongan'] == pot['Jumlah SPM'], 'spm netto')
    elif t == 'daftar_gaji':
        tab = tabs[0]
        for r in tab[1:-1]:
            v = [num(x) for x in r[4:]]
            check(sum(v[0:5]) == v[5], 'gaji kotor ' + r[0])
            check(v[6] + v[7] == v[8], 'gaji potongan ' + r[0])
            check(v[5] - v[8] == v[9], 'gaji bersih ' + r[0])
            check(re.fullmatch(r'.+ \d{8} \d{6} [12] \d{3}', r[1]) is not None, 'gaji nama+NIP ' + r[0])
        for c in range(4, 14):
            check(sum(num(r[c]) for r in tab[1:-1]) == num(tab[-1][c]), 'gaji jumlah col %d' % c)
    elif t == 'buku_kas_umum':
        tab = tabs[0]
        s0 = [num(ln.split()[-1]) for ln in truth if ln.startswith('Saldo awal')][0]
        s = s0
        for r in tab[1:-1]:
            s += num(r[5]) - num(r[6])
            check(s == num(r[7]), 'bku saldo row ' + r[0])
        check(sum(num(r[5]) for r in tab[1:-1]) == num(tab[-1][5]), 'bku jumlah penerimaan')
        check(sum(num(r[6]) for r in tab[1:-1]) == num(tab[-1][6]), 'bku jumlah pengeluaran')
        check(s == num(tab[-1][7]), 'bku saldo akhir')
        check(any(ln.endswith('Rp ' + tab[-1][7]) for ln in truth), 'bku saldo kas line')
    elif t == 'lplpo_puskesmas':
        tab = tabs[0]
        check(tab[0][10] == 'Jumlah Kebutuhan' and tab[0][11] == '' and tab[1][10] == 'Permintaan',
              'lplpo merged header')
        for r in tab[3:]:
            v = [num(x) for x in r[4:11]]
            check(v[0] + v[1] == v[2], 'lplpo persediaan ' + r[0])
            check(v[2] - v[3] == v[4], 'lplpo sisa ' + r[0])
            check(v[3] * 3 // 2 == v[5], 'lplpo optimum ' + r[0])
            check(max(v[5] - v[4], 0) == v[6], 'lplpo permintaan ' + r[0])
            check(re.fullmatch(r'\d\.\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}', r[1]) is not None, 'lplpo kode barang')
    elif t == 'kartu_kendali':
        tab = tabs[0]
        for r in tab[1:]:
            v = [num(x) for x in r[3:8]]
            check(v[1] + v[2] == v[3], 'kkk s.d. ' + r[0])
            check(v[0] - v[3] == v[4], 'kkk sisa ' + r[0])
            check(r[8] == ('%.2f' % (v[3] * 100 / v[0])).replace('.', ','), 'kkk persen ' + r[0])
        for c in range(3, 8):
            check(sum(num(r[c]) for r in tab[1:-1]) == num(tab[-1][c]), 'kkk jumlah col %d' % c)


if __name__ == '__main__':
    sys.exit(main())
