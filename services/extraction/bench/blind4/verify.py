#!/usr/bin/env python3
"""Internal consistency check for the ocr4 blind set. Exit code 0 = all good.

Checks: manifest shape and counts; every file exists and opens with the expected size/mode;
the PDFs are image-only; truth text/table formatting rules; each table row appears as a line of
the truth text in order; the truth still matches what the layout code draws; the arithmetic on
the pages (BAST totals and terbilang, LKjIP capaian/kategori, rekap sums/sisa/%, SSH numbering);
>= 100 table rows; total size < 15 MB.
"""
import io
import json
import os
import re
import sys

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
errors = []


def err(msg):
    errors.append(msg)
    print('FAIL:', msg)


def num(s):
    return float(s.replace('.', '').replace(',', '.'))


DEGS = {'clean_300dpi': 'png', 'dpi150': 'png', 'fax': 'png', 'jpeg_q25': 'jpg', 'pdf_skew2': 'pdf',
        'phone_photo': 'jpg', 'stamp': 'png', 'sideways': 'png', 'upside_down': 'png'}
TYPES = ['undangan', 'bast', 'lkjip', 'ssh', 'buletin', 'sk', 'rekap']
WITH_TABLES = {'bast', 'lkjip', 'ssh', 'buletin', 'sk', 'rekap'}


def check_pdf(path):
    b = open(path, 'rb').read()
    if not b.startswith(b'%PDF'):
        return err('%s: not a PDF' % path)
    if b'/Font' in b:
        err('%s: has fonts (should be image-only)' % path)
    if b.count(b'/Type /Page\n') + b.count(b'/Type /Page ') + b.count(b'/Type /Page>') < 1 and b'/Page' not in b:
        err('%s: no page' % path)
    i = b.find(b'\xff\xd8')
    j = b.rfind(b'\xff\xd9')
    if i < 0 or j < 0:
        return err('%s: no embedded JPEG' % path)
    im = Image.open(io.BytesIO(b[i:j + 2]))
    im.load()
    if im.size != (1654, 2339):
        err('%s: image size %s' % (path, im.size))
    if b'/CreationDate' in b:
        err('%s: has a CreationDate (not reproducible)' % path)


def main():
    man = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
    if not isinstance(man, list) or len(man) != 63:
        err('manifest should list 63 files, has %d' % len(man))
    seen = set()
    for e in man:
        t, d = e['text_type'], e['degradation']
        keys = {'file', 'text_type', 'degradation', 'truth'} | ({'tables'} if t in WITH_TABLES else set())
        if set(e) != keys:
            err('manifest keys %s for %s' % (sorted(e), e['file']))
        want = 'pages/%s/%s__%s.%s' % (t, t, d, DEGS.get(d, '?'))
        if e['file'] != want:
            err('file name %s != %s' % (e['file'], want))
        if e['truth'] != 'truth/%s.txt' % t:
            err('truth path %s' % e['truth'])
        if t in WITH_TABLES and e.get('tables') != 'truth/%s.tables.json' % t:
            err('tables path %s' % e.get('tables'))
        seen.add((t, d))
        p = os.path.join(HERE, e['file'])
        if not os.path.isfile(p):
            err('missing %s' % p)
            continue
        if d == 'pdf_skew2':
            check_pdf(p)
            continue
        im = Image.open(p)
        im.load()
        exp = {'clean_300dpi': (2480, 3508), 'dpi150': (1240, 1754), 'fax': (1728, 2290),
               'jpeg_q25': (2480, 3508), 'phone_photo': (1800, 2430), 'stamp': (2480, 3508),
               'sideways': (3508, 2480), 'upside_down': (2480, 3508)}[d]
        if im.size != exp:
            err('%s size %s != %s' % (p, im.size, exp))
        if d == 'fax' and im.mode != '1':
            err('%s fax not 1-bit' % p)
        if d == 'stamp':
            rgb = im.convert('RGB')
            colours = [c for n, c in rgb.getcolors(1 << 16) if abs(c[0] - c[2]) > 40]
            if not colours:
                err('%s: no coloured stamp ink' % p)
        if d == 'jpeg_q25' and im.format != 'JPEG':
            err('%s not JPEG' % p)
    for t in TYPES:
        for d in DEGS:
            if (t, d) not in seen:
                err('missing manifest entry %s %s' % (t, d))

    # ---- truth files ------------------------------------------------------------------------
    import pages as P
    total_rows = 0
    for t in TYPES:
        txt = open(os.path.join(HERE, 'truth', t + '.txt'), encoding='utf-8').read()
        lines = txt.split('\n')
        if lines[-1] != '':
            err('%s.txt: no final newline' % t)
        lines = lines[:-1]
        for i, l in enumerate(lines):
            if l != l.rstrip() or l != l.lstrip() or '  ' in l or not l:
                err('%s.txt line %d badly spaced: %r' % (t, i + 1, l))
        page = P.TYPES[t]()
        if page.lines != lines:
            err('%s.txt differs from what the layout code draws' % t)
        tp = os.path.join(HERE, 'truth', t + '.tables.json')
        if t not in WITH_TABLES:
            if os.path.exists(tp):
                err('%s should have no tables file' % t)
            continue
        tabs = json.load(open(tp, encoding='utf-8'))
        if tabs != page.tables:
            err('%s.tables.json differs from layout' % t)
        pos = 0
        for ti, tab in enumerate(tabs):
            ncol = len(tab[0])
            for r in tab:
                total_rows += 1
                if len(r) != ncol or not all(isinstance(c, str) for c in r):
                    err('%s table %d ragged row %r' % (t, ti, r))
                for c in r:
                    if c != c.strip() or '  ' in c:
                        err('%s cell spacing %r' % (t, c))
                ln = ' '.join(c for c in r if c)
                try:
                    pos = lines.index(ln, pos) + 1
                except ValueError:
                    err('%s: table row not found in order in truth text: %r' % (t, ln))
        globals()['TAB_' + t] = tabs
    print('table rows (incl. headers):', total_rows)
    if total_rows < 100:
        err('only %d table rows' % total_rows)

    # ---- arithmetic ---------------------------------------------------------------------------
    bast = TAB_bast[0]
    tot = 0
    for r in bast[1:-1]:
        q, h, j = int(r[4]), num(r[6]), num(r[7])
        if q * h != j:
            err('bast row %s: %d x %s != %s' % (r[0], q, r[6], r[7]))
        tot += j
    if num(bast[-1][-1]) != tot or bast[-1][0] != 'JUMLAH':
        err('bast total %s != %d' % (bast[-1][-1], tot))
    btxt = open(os.path.join(HERE, 'truth', 'bast.txt'), encoding='utf-8').read()
    if P.terbilang(int(tot)).capitalize()[:40] not in btxt.replace('\n', ' '):
        err('bast terbilang missing')
    if [int(r[0]) for r in bast[1:-1]] != list(range(1, len(bast) - 1)):
        err('bast numbering')

    lk = TAB_lkjip[0]
    cats = {}
    for r in lk[1:]:
        t_, r_ = num(r[3]), num(r[4])
        neg = r[1].endswith('*)')
        cap = (2 * t_ - r_) / t_ * 100 if neg else r_ / t_ * 100
        if abs(round(cap, 2) - num(r[5])) > 0.0051:
            err('lkjip row %s capaian %s vs %.2f' % (r[0], r[5], cap))
        c = num(r[5])
        kat = 'Sangat Baik' if c >= 100 else 'Baik' if c >= 85 else 'Cukup' if c >= 70 else 'Kurang'
        if kat != r[6]:
            err('lkjip row %s kategori %s vs %s' % (r[0], r[6], kat))
        cats[kat] = cats.get(kat, 0) + 1
    ltxt = open(os.path.join(HERE, 'truth', 'lkjip.txt'), encoding='utf-8').read().replace('\n', ' ')
    m = re.search(r'Dari (\d+) indikator kinerja, sebanyak (\d+) indikator berkategori sangat baik, (\d+) '
                  r'indikator berkategori baik dan (\d+) indikator berkategori cukup', ltxt)
    if not m or [int(x) for x in m.groups()] != [len(lk) - 1, cats.get('Sangat Baik', 0), cats.get('Baik', 0),
                                                 cats.get('Cukup', 0)]:
        err('lkjip summary sentence counts')

    rk = TAB_rekap[0]
    leaves = [(r[0], num(r[2]), num(r[3])) for r in rk[1:] if r[0].count('.') == 5]
    for r in rk[1:]:
        a, re_, s, pc = num(r[2]), num(r[3]), num(r[4]), num(r[5])
        if a - re_ != s:
            err('rekap %s sisa' % r[0])
        if abs(round(re_ / a * 100, 2) - pc) > 0.0051:
            err('rekap %s persen' % r[0])
        if r[0].count('.') < 5:
            sa = sum(x[1] for x in leaves if x[0].startswith(r[0] + '.'))
            sr = sum(x[2] for x in leaves if x[0].startswith(r[0] + '.'))
            if (sa, sr) != (a, re_):
                err('rekap aggregate %s != sum of its accounts' % r[0])

    ss = TAB_ssh[0]
    n, grp = 0, None
    for r in ss[1:]:
        if r[0] == '':
            grp = r[1]
            continue
        n += 1
        if int(r[0]) != n or not r[1].startswith(grp + '.'):
            err('ssh row %r numbering/kode' % r)

    size = 0
    for root, _, files in os.walk(HERE):
        for f in files:
            size += os.path.getsize(os.path.join(root, f))
    print('total size: %.2f MB' % (size / 1e6))
    if size >= 15e6:
        err('set too large: %d bytes' % size)
    print('OK' if not errors else '%d problem(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
