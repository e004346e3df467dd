#!/usr/bin/env python3
"""Consistency checks for the ocr6 blind OCR set. Run: /work/scratch/ocr6/bin/python verify.py"""
import json, os, re, sys
import numpy as np
from PIL import Image

D = os.path.dirname(os.path.abspath(__file__))
err = []
def ok(c, m):
    if not c:
        err.append(m)

def num(s):  # rupiah "1.150.000" -> int
    return int(s.replace('.', ''))
def fl(s):   # "96,45" -> float
    return float(s.replace('.', '').replace(',', '.'))

man = json.load(open(os.path.join(D, 'manifest.json')))
DEGS = ['clean_300dpi', 'dpi150', 'fax', 'jpeg_q25', 'pdf_skew2', 'phone_photo', 'stamp', 'sideways', 'upside_down']
types = sorted({e['text_type'] for e in man})
ok(len(types) == 7, f'expected 7 types, got {len(types)}')
ok(len(man) == 63, f'expected 63 entries, got {len(man)}')
for t in types:
    ds = sorted(e['degradation'] for e in man if e['text_type'] == t)
    ok(ds == sorted(DEGS), f'{t}: degradations {ds}')

for e in man:
    ok(set(e) <= {'file', 'text_type', 'degradation', 'truth', 'tables'}, f'keys {e}')
    ok(e['file'] == f"pages/{e['text_type']}/{e['text_type']}__{e['degradation']}.{e['file'].rsplit('.', 1)[1]}",
       f"path pattern {e['file']}")
    p = os.path.join(D, e['file'])
    ok(os.path.exists(p), f'missing {p}')
    ok(e['truth'] == f"truth/{e['text_type']}.txt" and os.path.exists(os.path.join(D, e['truth'])), f"truth {e}")
    if 'tables' in e:
        ok(os.path.exists(os.path.join(D, e['tables'])), f"tables {e}")
    if not os.path.exists(p):
        continue
    if p.endswith('.pdf'):
        b = open(p, 'rb').read()
        ok(b.startswith(b'%PDF') and b'/Image' in b and b'/Font' not in b, f'pdf not image-only {p}')
        continue
    im = Image.open(p); im.load()
    dg = e['degradation']
    exp = {'clean_300dpi': (2480, 3508), 'dpi150': (1240, 1754), 'stamp': (2480, 3508), 'jpeg_q25': (2480, 3508),
           'sideways': (3508, 2480), 'upside_down': (2480, 3508)}
    if dg in exp:
        ok(im.size == exp[dg], f'size {p} {im.size}')
    if dg == 'fax':
        ok(im.mode == '1', f'fax not 1-bit {p}')
    if dg == 'jpeg_q25' or dg == 'phone_photo':
        ok(im.format == 'JPEG', f'not jpeg {p}')
    if dg == 'stamp':
        a = np.asarray(im.convert('RGB')).astype(int)
        ok(((a[..., 2] - a[..., 0]) > 20).sum() > 20000, f'no coloured stamp in {p}')

# rotations really are rotations of the clean page
for t in types:
    c = np.asarray(Image.open(os.path.join(D, f'pages/{t}/{t}__clean_300dpi.png')).convert('L'))
    s = np.asarray(Image.open(os.path.join(D, f'pages/{t}/{t}__sideways.png')).convert('L'))
    u = np.asarray(Image.open(os.path.join(D, f'pages/{t}/{t}__upside_down.png')).convert('L'))
    ok(np.array_equal(np.rot90(c, -1), s), f'{t}: sideways is not clean rotated 90 cw')
    ok(np.array_equal(np.rot90(c, 2), u), f'{t}: upside_down is not clean rotated 180')
    ok((c < 128).mean() > 0.01, f'{t}: clean page nearly empty')

# truth text format + tables appear as lines
nrows = 0; ndata = 0
truth = {}
for t in types:
    lines = open(os.path.join(D, f'truth/{t}.txt'), encoding='utf-8').read().split('\n')
    ok(lines[-1] == '', f'{t}: truth must end with newline'); lines = lines[:-1]
    truth[t] = lines
    for l in lines:
        ok(l == l.strip() and '  ' not in l and l, f'{t}: bad line {l!r}')
    tp = os.path.join(D, f'truth/{t}.tables.json')
    has = any('tables' in e for e in man if e['text_type'] == t)
    ok(has == os.path.exists(tp), f'{t}: tables key/file mismatch')
    if os.path.exists(tp):
        tabs = json.load(open(tp, encoding='utf-8'))
        for tab in tabs:
            pos = -1
            for r in tab:
                ok(all(isinstance(c, str) and c == c.strip() and c for c in r), f'{t}: bad cell in {r}')
                j = ' '.join(r)
                try:
                    k = lines.index(j, pos + 1)
                    pos = k
                except ValueError:
                    err.append(f'{t}: table row not in truth (in order): {j}')
            nrows += len(tab); ndata += len(tab) - 1
ok(nrows >= 100, f'only {nrows} table rows')

# arithmetic
T = {t: json.load(open(os.path.join(D, f'truth/{t}.tables.json'))) for t in types
     if os.path.exists(os.path.join(D, f'truth/{t}.tables.json'))}
b = T['bast_barang'][0]
s = 0
for r in b[1:-1]:
    ok(int(r[3]) * num(r[5]) == num(r[6]), f'bast row {r}')
    s += num(r[6])
ok(b[-1][0] == 'JUMLAH' and num(b[-1][1]) == s, 'bast total')
ok(any(l.startswith('Terbilang: sembilan puluh dua juta enam ratus empat puluh ribu') for l in truth['bast_barang'])
   and s == 92640000, 'bast terbilang')
rk = T['rekap_realisasi'][0]
sp = sr = 0
for r in rk[1:-1]:
    p_, r_, s_ = num(r[3]), num(r[4]), num(r[5])
    ok(p_ - r_ == s_, f'rekap sisa {r}')
    ok(abs(fl(r[6]) - round(r_ / p_ * 100, 2)) < 1e-9, f'rekap pct {r}')
    sp += p_; sr += r_
tr = rk[-1]
ok(tr[0] == 'TOTAL' and num(tr[1]) == sp and num(tr[2]) == sr and num(tr[3]) == sp - sr
   and abs(fl(tr[4]) - round(sr / sp * 100, 2)) < 1e-9, f'rekap total {tr}')
zero = [r[0] for r in rk[1:-1] if num(r[4]) == 0]
ok(any(f'sub kegiatan nomor {zero[0]} belum terealisasi' in l for l in truth['rekap_realisasi']), 'rekap note number')
lk = T['lkjip_indikator'][0]
caps = []
for r in lk[1:]:
    t_, r_ = fl(r[3]), fl(r[4])
    neg = r[1].startswith('Volume sampah')
    c = (2 * t_ - r_) / t_ * 100 if neg else r_ / t_ * 100
    ok(abs(fl(r[5]) - round(c, 2)) < 0.0051, f'lkjip capaian {r}')
    caps.append((fl(r[5]), r[1]))
avg = sum(c for c, _ in caps) / len(caps)
ok(any(f'Dari {len(caps)} indikator kinerja, rata-rata capaian sebesar {avg:.2f}'.replace('.', ',') in l
       for l in truth['lkjip_indikator']), 'lkjip average sentence')
ok(min(caps)[1].startswith('Persentase pengurangan sampah melalui bank sampah'), 'lkjip lowest indicator claim')
ss = T['ssh_harga'][0]
ok([r[0] for r in ss[1:]] == [str(i) for i in range(1, len(ss))], 'ssh numbering')
ok(len({r[1] for r in ss[1:]}) == len(ss) - 1, 'ssh duplicate codes')
for r in ss[1:]:
    ok(re.fullmatch(r'1\.1\.12\.\d\d\.\d\d\.\d{4}', r[1]) is not None, f'ssh code {r[1]}')
for r in b[1:-1]:
    ok(re.fullmatch(r'1\.3\.2\.\d\d\.\d\d\.\d\d\.\d{3}', r[1]) is not None, f'bast code {r[1]}')

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(D) for f in fs)
ok(size < 15_000_000, f'total size {size}')
for f in ['generate.py', 'verify.py', 'README.md']:
    ok(os.path.exists(os.path.join(D, f)), f'missing {f}')

print(f'types={len(types)} files={len(man)} table_rows={nrows} (data rows {ndata}) size={size/1e6:.1f} MB')
for t in types:
    print(f'  {t}: {len(truth[t])} truth lines, tables={[len(x) for x in T.get(t, [])]}')
if err:
    print('FAIL'); [print(' -', e) for e in err]; sys.exit(1)
print('OK')
