#!/usr/bin/env python3
"""Deterministic generator for blind set review16 (RKA review vs SSH/SBU). Run: python generate.py"""
import json, os, random, math, io, sys
sys.dont_write_bytecode = True
from fractions import Fraction
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog_def as C
import subkeg_def as SD

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, 'data')
os.makedirs(DATA, exist_ok=True)
R = random.Random(16016)
MARGIN = Fraction(11, 10)   # OVERPRICED if harga > reference * 1.10

SSH = C.parse(C.SSH, 'ssh')
SBU = C.parse(C.SBU, 'sbu')
for i, r in enumerate(SBU):
    pass
CAT = {r['id']: r for r in SSH + SBU}
# SBU codes
_g = {}
for r in SBU:
    _g.setdefault(r['group_code'], 0)
    _g[r['group_code']] += 1
    r['kode'] = f"{r['group_code']}.{_g[r['group_code']]:03d}"
SSH_FILE, SBU_FILE = 'ssh_kota_samarinda_2027.xlsx', 'sbu_kota_samarinda_2027.pdf'
for r in SSH: r['file'] = SSH_FILE
for r in SBU: r['file'] = SBU_FILE


def fmt(n):
    n = int(n)
    s = f"{abs(n):,}".replace(',', '.')
    return ('-' if n < 0 else '') + s


def rhu(x):  # round half up of Fraction
    return int(math.floor(x + Fraction(1, 2)))


ABBR = [('Kertas HVS', 'HVS'), ('gram', 'gr'), ('Honorarium', 'Honor'), ('Pulpen', 'Pena'), ('Flashdisk', 'Flash disk'),
        ('Laptop/notebook', 'Notebook'), ('Proyektor/LCD projector', 'LCD Proyektor'), ('Highlighter/stabilo', 'Stabilo'),
        ('Makanan rapat (nasi kotak)', 'Nasi kotak rapat'), ('Kudapan rapat (snack)', 'Snack rapat'),
        ('Makanan aktivitas lapangan (nasi kotak)', 'Makan lapangan petugas'), ('Air mineral', 'Aqua'),
        ('Uang harian perjalanan dinas', 'Uang harian'), ('Tiket pesawat PP', 'Tiket pesawat'), ('Biaya penginapan', 'Hotel'),
        ('Sewa kendaraan', 'Rental mobil'), ('Penggandaan/fotokopi', 'Fotokopi'), ('Cetak ', 'Pencetakan ')]


def name_variants(row):
    base = f"{row['name']} {row['spec'].split(', ')[0]}"
    v = [base, f"{row['name']} ({row['spec']})", row['name'] + ' - ' + row['spec'].split(', ')[0]]
    ab = base
    for a, b in ABBR:
        ab = ab.replace(a, b)
    v.append(ab)
    return v


def dup_name(row, used):
    cands = name_variants(row) + [f"Pengadaan {row['name'].lower()} {row['spec'].split(', ')[0]}",
                                  f"{row['name']} utk kegiatan", f"Kebutuhan {row['name'].lower()}"]
    for c in cands:
        if c not in used:
            return c
    return cands[-1] + ' (lanjutan)'


def koef_for(unit, basepat, row=None):
    """Return list of (n, unit) parts (max 2) for a line."""
    u = basepat
    if row is not None and row['acc'] in ('HONOR', 'HONORTIM') and u in ('OK', 'OB'):
        many = row['id'] in ('pan_anggota', 'tim_anggota')
        n = R.choice([3, 4, 5, 6, 8]) if many else R.choice([1, 1, 2])
        return [(n, 'Orang'), (R.choice([1, 2, 3, 4]) if u == 'OK' else R.choice([6, 10, 12]), 'Kali' if u == 'OK' else 'Bulan')]
    if row is not None and row['acc'] == 'PDBIASA' and u == 'OH':
        return [(R.choice([2, 3, 4, 5]), 'Orang'), (R.choice([2, 3, 4, 5]), 'Hari')]
    if u == 'OJ' or u == 'Jam':
        return [(R.choice([1, 1, 2, 3]), 'Orang'), (R.choice([2, 3, 4]), 'Jam')]
    if u in ('OK', 'Orang/Kali', 'Kotak') or u.startswith('Kotak'):
        return [(R.choice([25, 30, 40, 50, 60, 80, 100]), 'Orang'), (R.choice([1, 2, 3, 4, 6]), 'Kali')]
    if u in ('OB', 'Orang/Bulan'):
        return [(R.choice([1, 2, 3, 5]), 'Orang'), (R.choice([6, 10, 12]), 'Bulan')]
    if u in ('OH', 'Orang/Hari', 'Orang/Malam'):
        return [(R.choice([2, 3, 4, 5, 8, 10]), 'Orang'), (R.choice([2, 3, 4, 10, 12, 20]), 'Hari')]
    if u == 'Orang/PP':
        return [(R.choice([2, 3, 4, 5]), 'Orang'), (R.choice([1, 2]), 'Kali')]
    if u == 'Orang/Kali':
        return [(R.choice([2, 3, 4]), 'Orang'), (R.choice([2, 4]), 'Kali')]
    if u in ('Unit/Hari', 'Unit', 'Buah/Hari', 'Paket/Hari'):
        return None
    return None


def goods_qty(unit, acc, price=None):
    fam = C.family(acc)
    if fam == 'modal':
        return [(R.choice([1, 1, 2, 2, 3, 4]), unit)]
    table = {'Rim': (5, 40), 'Box isi 5 rim': (2, 10), 'Lembar': (200, 3000), 'Eksemplar': (50, 300), 'M2': (6, 48),
             'Liter': (100, 300), 'Kg': (100, 1500), 'Karung': (100, 600), 'Pouch': (100, 600), 'Dus': (50, 200),
             'Kaleng': (100, 500), 'Meter': (50, 300), 'Kit': (4, 20), 'Set': (2, 10), 'Setel': (2, 12), 'Pasang': (4, 24),
             'Tabung': (4, 20), 'Roll': (2, 10), 'Jerigen': (2, 8), 'Botol': (4, 24)}
    lo, hi = table.get(unit, (2, 30))
    if unit == 'Lembar' and price and price >= 2000:
        lo, hi = 40, 300
    q = R.randint(lo, hi)
    if price and q * price > 40000000:
        q = max(lo if lo * price <= 40000000 else 1, R.randint(max(1, 20000000 // price), max(1, 40000000 // price)))
    if hi >= 200:
        q = int(round(q, -1)) or lo
    if unit == 'Liter':
        return [(R.choice([100, 150, 200, 250, 300]), 'Liter'), (12, 'Bulan')]
    return [(q, unit)]


def make_line(row, sub, kind):
    """row: catalogue row or NP dict. Returns line dict with clean values."""
    L = dict(kind=kind, sub=sub['id'])
    if kind == 'np':
        L.update(item=row, name=row['name'], spec=row['spec'], unit=row['unit'], acc_true=[row['acc']], cat=None)
        lo, hi = row['qty']
        if C.family(row['acc']) == 'modal' or hi <= 10:
            parts = [(R.randint(lo, hi), row['unit'])]
        else:
            q = R.randint(lo, hi)
            q = int(round(q, -1)) if q > 50 else q
            parts = [(q, row['unit'])]
        L['koef'] = parts
        L['price'] = row['price']
        L['ref'] = None
        L['conv'] = None
        return L
    unit, conv = row['unit'], Fraction(1)
    nonunit = sorted(u for u, c in row['alts'].items() if c != (1, 1))
    if nonunit and R.random() < 0.7:
        unit = R.choice(nonunit)
        n, d = row['alts'][unit]
        conv = Fraction(n) / Fraction(d)
    elif row['alts'] and R.random() < 0.3:
        unit = R.choice(sorted(row['alts']))
        n, d = row['alts'][unit]
        conv = Fraction(n) / Fraction(d)
    parts = koef_for(unit, row['unit'], row)
    if parts is None:
        if row['unit'] in ('Unit/Hari', 'Buah/Hari', 'Paket/Hari'):
            if row['id'] == 'sewa_kursi':
                parts = [(R.choice([100, 150, 200]), 'Buah'), (R.choice([1, 2, 3]), 'Hari')]
            else:
                parts = [(R.choice([1, 2, 3]), unit if unit != row['unit'] else row['unit'].split('/')[0]), (R.choice([1, 2, 3, 5]), 'Hari')]
        elif row['unit'] == 'Hari':
            parts = [(R.choice([1, 2, 3]), 'Hari')]
        elif row['unit'] in ('Paket', 'Tayang', 'Spot', 'Kali'):
            if row['id'].startswith('servis'):
                parts = [(R.choice([2, 3, 4, 6]), 'Unit'), (R.choice([2, 3, 4]), 'Kali')]
            elif row['unit'] in ('Tayang', 'Spot'):
                parts = [(R.choice([2, 4, 6, 10, 20]), row['unit'])]
            else:
                parts = [(R.choice([1, 2, 3]), unit)]
        elif row['unit'] in ('OK',) or row['acc'] in ('MAMIN', 'MAMINLAP'):
            parts = [(R.choice([20, 30, 40]), 'Orang'), (R.choice([2, 4, 6]), 'Kali')]
        else:
            parts = goods_qty(unit, row['acc'], int(Fraction(row['price']) * conv) or 1)
    if row['id'].startswith('air_'):
        parts = [(R.choice([10, 20, 30, 40]), unit)]
    if conv < 1 and len(parts) == 1 and parts[0][0] <= 40:
        q = min(3000, int(round(parts[0][0] / conv / 2, -1)))
        parts = [(max(10, q), parts[0][1])]
    L.update(item=row, name=R.choice(name_variants(row)), spec=row['spec'], unit=unit, acc_true=[row['acc']],
             cat=row['id'], conv=conv, koef=parts)
    ref = Fraction(row['price']) * conv
    L['ref'] = ref
    # clean price <= ref
    if ref.denominator == 1 and R.random() < 0.72:
        p = int(ref)
    else:
        step = 500 if ref >= 20000 else (50 if ref >= 1000 else 5)
        f = R.uniform(0.9, 0.99) if ref.denominator == 1 else 1.0
        p = int(math.floor(float(ref) * f / step)) * step
        if p <= 0:
            p = int(math.floor(ref))
    L['price'] = p
    return L


def overprice(L):
    ref = L['ref']
    f = R.uniform(1.25, 1.9)
    step = 500 if ref >= 20000 else (50 if ref >= 1000 else 5)
    p = int(math.ceil(float(ref) * f / step)) * step
    assert Fraction(p) > ref * MARGIN
    L['price'] = p


def ppn_for(L, has_ppn):
    if not has_ppn:
        return 0
    if L['kind'] != 'np' and L['item']['cat'] == 'sbu':
        return 0
    fam = C.family(L['acc_true'][0])
    return 11 if fam in ('goods', 'modal') else 0


def build_sub(sub, has_ppn, vol_printed=True):
    n = sub['n']
    small = n < 20
    k_np, k_off, k_dup = (2, 2, 2) if small else (3, 3, 3)
    k_base = n - k_np - k_off - k_dup
    base_ids = R.sample(sub['on'], k_base)
    lines = [make_line(CAT[i], sub, 'on') for i in base_ids]
    lines += [make_line(x, sub, 'np') for x in R.sample(sub['np'], k_np)]
    lines += [make_line(CAT[i], sub, 'off') for i in R.sample(sub['off'], k_off)]
    R.shuffle(lines)
    for L in lines:
        L['labels'] = set()
        if L['kind'] == 'np':
            L['labels'].add('NO_PRICE_REFERENCE')
        if L['kind'] == 'off':
            L['labels'].add('OFF_TARGET')
        L['acc'] = L['acc_true'][0]
    # ACCOUNT_MISMATCH
    k_acc = max(2, round(n * 0.125))
    k_op = max(2, round(n * 0.13))
    k_ar = max(2, round(n * 0.13))

    def pick(cands, k):
        flagged = [c for c in cands if c['labels']]
        clean = [c for c in cands if not c['labels']]
        out = []
        for _ in range(k):
            pool = flagged if (flagged and R.random() < 0.62) else clean
            if not pool:
                pool = flagged or clean
            if not pool:
                break
            c = R.choice(pool)
            pool.remove(c)
            out.append(c)
        return out
    for L in pick(list(lines), k_acc):
        L['acc'] = R.choice(C.WRONG[C.family(L['acc_true'][0])])
        L['labels'].add('ACCOUNT_MISMATCH')
    for L in pick([l for l in lines if l['kind'] != 'np'], k_op):
        overprice(L)
        L['labels'].add('OVERPRICED')
    # duplicates: originals among on-target catalogue lines with correct account
    origs = R.sample([l for l in lines if l['kind'] == 'on' and 'ACCOUNT_MISMATCH' not in l['labels']], k_dup)
    dups = []
    for o in origs:
        D = dict(o)
        D['labels'] = {'DUPLICATE'}
        D['kind'] = 'dup'
        D['name'] = dup_name(o['item'], {o['name']})
        D['koef'] = list(o['koef'])
        D['dup_of_obj'] = o
        if R.random() < 0.4 and D['koef'][0][0] >= 4:  # split need
            q, u = D['koef'][0]
            D['koef'] = [(q // 2, u)] + D['koef'][1:]
        if R.random() < 0.3:
            overprice(D)
            D['labels'].add('OVERPRICED')
        else:
            D['price'] = o['price'] if 'OVERPRICED' not in o['labels'] else (
                int(o['ref']) if o['ref'].denominator == 1 else int(math.floor(o['ref'])))
        dups.append(D)
    # order: group by booked account code, stable; duplicates after originals
    allL = lines + dups
    order = {}
    for L in allL:
        order.setdefault(C.ACC[L['acc']][0], len(order))
    allL.sort(key=lambda L: (C.ACC[L['acc']][0], 1 if L['kind'] == 'dup' else 0))
    # compute numbers
    for L in allL:
        L['ppn'] = ppn_for(L, has_ppn)
        prod = 1
        for q, _ in L['koef']:
            prod *= q
        L['vol_true'] = prod
        L['volume'] = prod
        L['jumlah_true'] = rhu(Fraction(prod * L['price']) * Fraction(100 + L['ppn'], 100))
        L['jumlah'] = L['jumlah_true']
    for L in pick(list(allL), k_ar):
        mode = R.random()
        if mode < 0.3 and vol_printed and len(L['koef']) >= 1:
            # volume not equal to koef product
            L['volume'] = L['vol_true'] + R.choice([1, 2, 5, 10]) * (1 if R.random() < 0.7 else -1)
            if L['volume'] <= 0:
                L['volume'] = L['vol_true'] + 3
            L['jumlah'] = rhu(Fraction(L['volume'] * L['price']) * Fraction(100 + L['ppn'], 100))
            L['arith'] = 'volume != product of koefisien'
        elif mode < 0.5 and L['ppn']:
            L['jumlah'] = L['vol_true'] * L['price']
            L['arith'] = 'PPN not applied in jumlah'
        elif mode < 0.75:
            L['jumlah'] = L['jumlah_true'] + L['price'] * R.choice([1, 2, -1, 3])
            L['arith'] = 'jumlah off by whole units of harga'
        else:
            s = str(L['jumlah_true'])
            if len(s) >= 4:
                i = R.randrange(0, len(s) - 3)
                t = list(s)
                t[i], t[i + 1] = t[i + 1], t[i]
                if t[i] == t[i + 1] or t[0] == '0':
                    L['jumlah'] = L['jumlah_true'] * 10
                else:
                    L['jumlah'] = int(''.join(t))
            else:
                L['jumlah'] = L['jumlah_true'] * 10
            L['arith'] = 'typo in jumlah'
        if L['jumlah'] == L['jumlah_true'] and L['volume'] == L['vol_true']:
            L['jumlah'] = L['jumlah_true'] + L['price']
        if L['jumlah'] <= 0:
            L['jumlah'] = L['jumlah_true'] + L['price']
        L['labels'].add('ARITHMETIC')
    return allL


def recompute_labels_check(L):
    pass


# ------------------------------------------------------------------ build all
FILES = {}
for sub in SD.SUBS:
    FILES.setdefault(sub['file'], []).append(sub)
PPN_FILES = {'satpol', 'bpbd'}
ALL = {}
for f, subs in FILES.items():
    ALL[f] = [(s, build_sub(s, f in PPN_FILES)) for s in subs]

# numbering
ROMAN = ['I', 'II', 'III']
for f, subs in ALL.items():
    k = 0
    for si, (s, lines) in enumerate(subs):
        for j, L in enumerate(lines, 1):
            k += 1
            if f == 'damkar':
                L['no'] = f"{si + 1}.{j}"
            elif f == 'dpmptsp':
                L['no'] = f"{ROMAN[si]}.{j}"
            elif f == 'kecamatan':
                L['no'] = f"{k:02d}"
            else:
                L['no'] = str(k)
        for L in lines:
            if L['kind'] == 'dup':
                L['dup_of'] = L['dup_of_obj']['no']

import layouts  # noqa: E402
layouts.write_all(ALL, SSH, SBU, C, SD, DATA, fmt)

# ------------------------------------------------------------------ truth + labels + manifest
STEMS = {'satpol': 'rka_satpolpp_2027.xlsx', 'damkar': 'rka_damkar_2027.xlsx', 'dpmptsp': 'rka_dpmptsp_2027.xlsx',
         'bpbd': 'rka_bpbd_2027_sipd.pdf', 'kecamatan': 'rka_kec_samarinda_ulu_2027.xlsx', 'kesbangpol': 'rka_kesbangpol_2027_scan.pdf', 'pangan': 'rka_dinas_pangan_2027.pdf'}
manifest, truth = [], {}
for f, subs in ALL.items():
    fn = STEMS[f]
    stem = os.path.splitext(fn)[0]
    labs, tl = {}, []
    for s, lines in subs:
        for L in lines:
            labs[L['no']] = sorted(L['labels'])
            it = L['item']
            ref = None
            if L['cat']:
                ref = dict(file=it['file'], kode=it['kode'], uraian=it['name'], spesifikasi=it['spec'], satuan=it['unit'],
                           harga=it['price'], rka_unit=L['unit'], conv=str(L['conv']),
                           ref_price_per_rka_unit=float(L['ref']), ref_price_exact=str(L['ref']))
            tl.append(dict(no=L['no'], sub_kegiatan_code=s['code'], sub_kegiatan_name=s['name'],
                           account_code=C.ACC[L['acc']][0], account_name=C.ACC[L['acc']][1],
                           account_correct=[C.ACC[a][0] for a in L['acc_true']],
                           item_name=L['name'], spec=L['spec'], unit=L['unit'],
                           koefisien=[[q, u] for q, u in L['koef']], koef_text=L.get('koef_text'),
                           volume=L['volume'], volume_correct=L['vol_true'], price=L['price'],
                           price_text=L.get('price_text'), jumlah_text=L.get('jumlah_text'),
                           ppn=L['ppn'], jumlah=L['jumlah'], jumlah_correct=L['jumlah_true'],
                           catalogue_ref=ref, kind=L['kind'], dup_of=L.get('dup_of'), arith_note=L.get('arith'),
                           page=L.get('page'), sheet=L.get('sheet'), labels=sorted(L['labels'])))
    with open(os.path.join(DATA, stem + '.labels.json'), 'w') as fh:
        json.dump({'labels': labs}, fh, indent=1, ensure_ascii=False)
    truth[fn] = tl
    manifest.append(dict(rka=fn, catalogues=[SSH_FILE, SBU_FILE], labels=stem + '.labels.json',
                         opd=SD.OPD[f]['opd'], layout=SD.OPD[f]['layout']))
with open(os.path.join(DATA, 'manifest.json'), 'w') as fh:
    json.dump(manifest, fh, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, 'truth_lines.json'), 'w') as fh:
    json.dump(dict(margin_overpriced=1.10, files=truth), fh, indent=1, ensure_ascii=False)

from collections import Counter
cnt, n, clean = Counter(), 0, 0
for fn, tl in truth.items():
    for t in tl:
        n += 1
        clean += not t['labels']
        cnt.update(t['labels'])
print('lines', n, 'clean', clean, f'{clean / n:.0%}', dict(cnt))
