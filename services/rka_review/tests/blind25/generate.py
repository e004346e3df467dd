#!/usr/bin/env python3
"""Generate blind RKA-review set review25 (deterministic). Run: python generate.py"""
import json, math, random, os, csv, io
from catdata import SSH_CATS, SBU_CATS, ACCOUNTS, WRONG, SUBKEG, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'data')
SEED = 20270125
R = random.Random(SEED)
OVER_TOL = 1.10   # OVERPRICED iff harga satuan (excl. PPN) > 1.10 x catalogue price for the same unit

def fid(n):
    """Indonesian integer format 1.250.000"""
    s = f"{int(n):,}".replace(',', '.')
    return s

# ---------------------------------------------------------------- catalogues
CAT = {}       # key -> dict
SSH_ROWS, SBU_ROWS = [], []
def build_catalogues():
    no = 0
    for ci, (cat, prefix, block) in enumerate(SSH_CATS):
        seq = 0
        for line in block.strip().splitlines():
            key, name, spec, unit, price, acc, aliases, alt, vr = line.split('|')
            no += 1; seq += 1
            altu = []
            if alt != '-':
                for a in alt.split(';'):
                    u, f = a.rsplit('=', 1); altu.append((u, float(f)))
            lo, hi = map(int, vr.split('-'))
            d = dict(key=key, file='ssh_2027.xlsx', no=no, kode=f"{prefix}.{seq:03d}", cat=cat, name=name, spec=spec,
                     unit=unit, price=int(price), acc=acc, aliases=aliases.split(';'), alt=altu, lo=lo, hi=hi, kind='goods')
            CAT[key] = d; SSH_ROWS.append(d)
    no = 0
    for ci, (cat, block) in enumerate(SBU_CATS):
        seq = 0
        for line in block.strip().splitlines():
            key, name, spec, unit, price, acc, aliases, kind = line.split('|')
            no += 1; seq += 1
            d = dict(key=key, file='sbu_2027.pdf', no=no, kode=f"SBU.{ci+1:02d}.{seq:03d}", cat=cat, name=name, spec=spec,
                     unit=unit, price=int(price), acc=acc, aliases=aliases.split(';'), alt=[], lo=1, hi=4 if int(price) > 1000000 else 10, kind=kind)
            CAT[key] = d; SBU_ROWS.append(d)

# ---------------------------------------------------------------- label plan
TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
def label_plan(n_lines):
    doubles = ([('OVERPRICED', 'ARITHMETIC')] * 5 + [('DUPLICATE', 'OVERPRICED')] * 4 + [('ACCOUNT_MISMATCH', 'OVERPRICED')] * 3 +
               [('OFF_TARGET', 'ARITHMETIC')] * 3 + [('NO_PRICE_REFERENCE', 'ACCOUNT_MISMATCH')] * 4 + [('DUPLICATE', 'ARITHMETIC')] * 3 +
               [('OFF_TARGET', 'ACCOUNT_MISMATCH')] * 2 + [('NO_PRICE_REFERENCE', 'ARITHMETIC')] * 3)
    singles = ([('OVERPRICED',)] * 18 + [('ARITHMETIC',)] * 16 + [('DUPLICATE',)] * 23 + [('ACCOUNT_MISMATCH',)] * 21 +
               [('OFF_TARGET',)] * 25 + [('NO_PRICE_REFERENCE',)] * 23)
    sets = doubles + singles
    order = {'DUPLICATE': 0, 'NO_PRICE_REFERENCE': 1, 'OFF_TARGET': 2, 'ACCOUNT_MISMATCH': 3, 'OVERPRICED': 4, 'ARITHMETIC': 5}
    sets.sort(key=lambda s: (order[s[0]], len(s), s))
    clean = n_lines - len(sets)
    return sets, clean

# ---------------------------------------------------------------- line building
ABBR = {'org': ['org', 'orang', 'Org', 'OR'], 'kali': ['kali', 'kl', 'x', 'Kali'], 'jam': ['jam', 'jp', 'JP', 'Jam'],
        'hari': ['hari', 'hr', 'HR', 'Hari'], 'bulan': ['bulan', 'bln', 'Bln', 'BL'], 'keg': ['keg', 'kegiatan', 'Keg', 'keg'],
        'unit': ['unit', 'unit', 'Unit', 'unt'], 'titik': ['titik', 'ttk', 'Titik', 'titik'], 'pos': ['pos', 'pos', 'Pos', 'pos']}
PPN_CLASSES = {'ATK', 'KRT', 'CTK', 'KOM', 'LST', 'DAM', 'PKN', 'BHN', 'PRK', 'MPC', 'MPP', 'MST', 'MAC', 'MMB', 'MAK', 'PRB', 'CND'}

def rdown(x, step=100):
    return int(x // step * step)

def price_round(x, up=False):
    step = 100 if x < 100000 else (500 if x < 1000000 else 5000)
    return int(math.ceil(x / step) * step) if up else max(step, rdown(x, step))

def make_koef(kind, unit_rka, vol_cat, r, price=0):
    """returns (parts [(n,unitkey or text)], rka_unit)"""
    if kind == 'pk' and 'Hari' in (unit_rka or ''):
        return [(r.choice([4, 6, 8, 10, 12, 20]), 'org'), (r.choice([3, 5, 10, 12, 20, 24]), 'hari')], None
    if kind == 'pk' and price > 150000:
        return [(r.choice([2, 3, 4, 5, 6, 8]), 'org'), (r.choice([1, 2, 3, 4]), 'kali')], None
    if kind == 'pk':
        a = r.choice([10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150]); b = r.choice([1, 2, 3, 4, 6, 8, 12])
        return [(a, 'org'), (b, 'kali')], None
    if kind == 'oj':
        return [(r.choice([1, 2, 3]), 'org'), (r.choice([2, 3, 4, 6]), 'jam')], 'OJ'
    if kind == 'oh':
        return [(r.choice([2, 3, 4, 5, 6, 8]), 'org'), (r.choice([2, 3, 4, 5, 10, 12]), 'hari')], 'OH'
    if kind == 'ok':
        return [(r.choice([1, 2, 3, 4, 5, 6]), 'org'), (r.choice([1, 2, 3, 4]), 'keg')], 'OK'
    if kind == 'ob':
        return [(r.choice([1, 2, 3, 4]), 'org'), (r.choice([6, 10, 12]), 'bulan')], 'OB'
    if kind == 'hari':
        u = (unit_rka or '').split('/')[0]
        if u == 'Hari':
            return [(r.choice([1, 2, 3]), 'hari')], None
        if u == 'Buah':
            return [(r.choice([100, 150, 200, 300]), 'buah'), (r.choice([1, 2]), 'hari')], None
        if u == 'M2':
            return [(r.choice([12, 18, 24, 32]), 'm2'), (r.choice([1, 2]), 'hari')], None
        return [(r.choice([1, 2, 3, 4]), 'unit'), (r.choice([1, 2, 3, 5]), 'hari')], None
    # goods
    if r.random() < 0.3 and vol_cat >= 6:
        a = r.choice([2, 3, 4, 6, 12]); b = max(1, vol_cat // a)
        return [(a, r.choice(['bulan', 'keg', 'kali'])), (b, 'ITEM')], None
    return [(vol_cat, 'ITEM')], None

def nice_vol(v):
    if v > 1000: return int(round(v, -2))
    if v > 100: return int(round(v, -1))
    return max(1, int(round(v)))

def base_line(sk, item, r, labels, alias_avoid=None):
    """item: catalogue dict or NPR dict (key None). returns line dict (without No)."""
    is_cat = item.get('key') is not None
    L = dict(sk=sk['id'], sk_code=sk['code'], sk_name=sk['name'], labels=sorted(labels))
    kind = item['kind']
    factor = 1.0; unit = item['unit']
    if is_cat:
        names = [a for a in item['aliases'] if a != alias_avoid] or item['aliases']
        L['item'] = r.choice(names)
        L['spec'] = item['spec']
        if kind == 'goods' and item['alt'] and r.random() < 0.75:
            unit, factor = r.choice(item['alt'])
    else:
        L['item'] = item['name']; L['spec'] = item['spec']
    vol_cat = r.randint(item.get('lo', 1), item.get('hi', 10))
    if kind == 'goods' and factor != 1.0:
        vol_cat = nice_vol(vol_cat / factor)
    parts, ku = make_koef(kind, unit, vol_cat, r, item['price'])
    if ku: unit = ku
    if kind == 'pk': unit = {'Orang/Kali': 'Orang/Kali', 'Orang/PP': 'Orang/PP', 'Orang/Hari': 'Orang/Hari', 'Orang/Paket': 'Orang/Paket'}.get(item['unit'], item['unit'])
    if kind == 'hari': unit = item['unit']
    parts = [(n, unit if u == 'ITEM' else u) for n, u in parts]
    L['koef_parts'] = parts
    L['unit'] = unit
    vol = 1
    for n, _ in parts: vol *= n
    L['volume'] = vol
    L['acc_class'] = item['acc']
    if is_cat:
        ref = item['price'] * factor
        L['cat'] = dict(file=item['file'], no=item['no'], kode=item['kode'], name=item['name'], spec=item['spec'],
                        unit=item['unit'], price=item['price'], factor=factor, price_per_rka_unit=round(ref, 2))
        if 'OVERPRICED' in labels:
            L['price'] = price_round(ref * r.uniform(1.32, 1.9), up=True)
        else:
            L['price'] = price_round(ref * r.uniform(0.82, 1.0))
            if L['price'] > ref: L['price'] = rdown(ref, 50)
    else:
        L['cat'] = None
        L['price'] = item['price']
    return L

def finish(L, r, ppn_layout):
    cls = L['acc_class']
    if 'ACCOUNT_MISMATCH' in L['labels']:
        L['correct_acc'] = ACCOUNTS[cls]
        cls2 = r.choice(WRONG[cls]); L['booked_class'] = cls2
    else:
        L['booked_class'] = cls; L['correct_acc'] = ACCOUNTS[cls]
    L['acc_code'], L['acc_name'] = ACCOUNTS[L['booked_class']]
    L['ppn'] = 11 if (ppn_layout and cls in PPN_CLASSES) else 0
    vol = L['volume']
    correct = round(vol * L['price'] * (1 + L['ppn'] / 100))
    L['jumlah'] = correct
    if 'ARITHMETIC' in L['labels']:
        multi = len(L['koef_parts']) >= 2
        mode = r.choice(['vol', 'vol', 'jml']) if multi else 'jml'
        if mode == 'vol':
            d = r.choice([1, 2, -1, 5, 10]) if vol > 2 else r.choice([1, 2])
            L['volume'] = vol + d
            L['arith_error'] = f'volume {vol + d} != product of koefisien {vol}'
            L['jumlah'] = round(L['volume'] * L['price'] * (1 + L['ppn'] / 100))
        else:
            opts = ['plus1', 'x10', 'swap', 'round']
            if L['ppn']: opts += ['noppn', 'noppn']
            m = r.choice(opts)
            if m == 'plus1': j = correct + L['price']
            elif m == 'x10': j = correct * 10 if correct < 5_000_000 else correct // 10
            elif m == 'noppn': j = round(vol * L['price'])
            elif m == 'round': j = correct + r.choice([150000, 250000, 500000, 1000000, -100000])
            else:
                s = str(correct); i = next((k for k in range(len(s) - 1) if s[k] != s[k + 1]), None)
                j = int(s[:i] + s[i + 1] + s[i] + s[i + 2:]) if i is not None else correct + 100000
            if j == correct or abs(j - correct) < 1000 or j <= 0: j = correct + max(100000, L['price'])
            L['jumlah'] = j; L['arith_error'] = f'jumlah {j} != {correct} ({m})'
    L['correct_jumlah'] = correct
    L['correct_volume'] = vol
    return L

def build_lines():
    NSK = len(SUBKEG); NL = 19 * NSK
    sets, clean = label_plan(NL)
    sks = {s['id']: s for s in SUBKEG}
    order = [s['id'] for s in SUBKEG]
    per = {k: [] for k in order}
    # deal label sets round-robin (sorted by type) then clean lines
    for i, s in enumerate(sets):
        per[order[i % NSK]].append(s)
    i = 0
    while sum(len(v) for v in per.values()) < NL:
        k = order[i % NSK]
        if len(per[k]) < 19: per[k].append(())
        i += 1
    lines_by_sk = {}
    for k in order:
        sk = sks[k]; r = random.Random(f"{SEED}-{k}")
        ppn_layout = any(k in o[2] and o[0].startswith(('L1', 'L4')) for o in OPDS)
        plan = per[k][:]
        r.shuffle(plan)
        fit = sk['fit'].split(); r.shuffle(fit)
        npr = [dict(zip(['name', 'spec', 'unit', 'price', 'acc', 'kind'], x.split('|'))) for x in sk['npr']]
        for n in npr: n['price'] = int(n['price']); n['key'] = None; n['lo'] = 1; n['hi'] = 1
        # NPR volumes
        off = sk['off'].split(); r.shuffle(off)
        out = []; dups = []
        used_names = set()
        for labs in plan:
            if 'DUPLICATE' in labs: dups.append(labs); continue
            if 'NO_PRICE_REFERENCE' in labs:
                it = npr.pop(0)
                L = base_line(sk, it, r, labs)
                base = {'Rim': 10, 'M2': 180, 'Buah': 6, 'Bungkus': 8, 'Eksemplar': 300, 'Lembar': 40, 'Set': 12, 'Paket': 120,
                        'Produk': 60, 'Bulan': 12, 'Koperasi': 5, 'Kaleng': 48, 'Roll': 4, 'Tabung': 40, 'Rangkaian': 24,
                        'Jam': 40, 'Naskah': 2, 'Kali': 3, 'Akun': 2, 'Ekor': 20000, 'Kg': 150, 'Orang/Hari': 2, 'Orang': 40, 'Hari': 2, 'Unit': 8, 'Kaleng_': 1}[it['unit']]
                if it['unit'] == 'Paket' and it['price'] > 1_000_000: base = 1
                if it['unit'] == 'Lembar' and it['price'] < 20000: base = 100
                v = max(1, int(base * r.choice([0.5, 1, 1, 1.5, 2]))) if base > 2 else base
                L['koef_parts'] = [(v, it['unit'])]; L['volume'] = v
                L['npr_reason'] = 'no counterpart in ssh_2027.xlsx / sbu_2027.pdf'
            elif 'OFF_TARGET' in labs:
                it = CAT[off.pop(0)]
                L = base_line(sk, it, r, labs)
                L['off_reason'] = f"'{it['name']} {it['spec']}' does not serve sub-kegiatan output '{sk['indikator']}'"
            else:
                it = CAT[fit.pop(0)]
                L = base_line(sk, it, r, labs)
                L['cat_key'] = it['key']
            out.append(finish(L, r, ppn_layout))
        # duplicates: reference earlier clean-ish catalogue lines
        cands = [L for L in out if L.get('cat_key') and not (set(L['labels']) & {'OFF_TARGET', 'ACCOUNT_MISMATCH', 'NO_PRICE_REFERENCE'})]
        r.shuffle(cands)
        cands.sort(key=lambda L: len(L['labels']))
        for labs, orig in zip(dups, cands):
            it = CAT[orig['cat_key']]
            L = base_line(sk, it, r, labs, alias_avoid=orig['item'])
            if L['item'] == orig['item']:
                L['item'] = ('Pengadaan ' if it['kind'] == 'goods' else 'Penyediaan ') + orig['item'][0].lower() + orig['item'][1:]
            # same need: same koefisien/volume as the original, maybe reworded spec
            L['koef_parts'] = list(orig['koef_parts'])
            L['unit'] = orig['unit']; L['volume'] = 1
            for n, _ in L['koef_parts']: L['volume'] *= n
            if L['cat']['factor'] != orig['cat']['factor']:
                L['cat'] = dict(orig['cat'])
                ref = L['cat']['price_per_rka_unit']
                L['price'] = price_round(ref * (r.uniform(1.32, 1.9) if 'OVERPRICED' in labs else r.uniform(0.85, 1.0)), up='OVERPRICED' in labs)
                if 'OVERPRICED' not in labs and L['price'] > ref: L['price'] = rdown(ref, 50)
            L['dup_of_item'] = orig['item']; L['_orig'] = orig
            L['cat_key'] = orig['cat_key']
            out.append(finish(L, r, ppn_layout))
        assert len(dups) <= len(cands), k
        # printed order: grouped by booked account code; duplicates after their original
        acc_order = sorted({L['acc_code'] for L in out})
        grouped = []
        for a in acc_order:
            grp = [L for L in out if L['acc_code'] == a]
            grouped.extend(grp)
        for L in grouped:
            if '_orig' in L:
                assert grouped.index(L['_orig']) < grouped.index(L)
        lines_by_sk[k] = grouped
    return lines_by_sk

# ---------------------------------------------------------------- koef text styles
def koef_text(parts, style):
    out = []
    for n, u in parts:
        if style == 'long':
            uu = {'org': 'Orang', 'kali': 'Kali', 'jam': 'Jam', 'hari': 'Hari', 'bulan': 'Bulan', 'keg': 'Kegiatan', 'unit': 'Unit', 'titik': 'Titik', 'pos': 'Pos'}.get(u, u)
        else:
            uu = {'org': 'org', 'kali': 'kl', 'jam': 'jam', 'hari': 'hr', 'bulan': 'bln', 'keg': 'keg', 'unit': 'unit', 'titik': 'ttk', 'pos': 'pos'}.get(u, u.lower())
        out.append(f"{fid(n)} {uu}")
    return ' x '.join(out)

from layouts import write_all

def main():
    os.makedirs(DATA, exist_ok=True)
    for f in os.listdir(DATA):
        os.remove(os.path.join(DATA, f))
    build_catalogues()
    lines_by_sk = build_lines()
    manifest, truth = write_all(DATA, HERE, SSH_ROWS, SBU_ROWS, SUBKEG, OPDS, lines_by_sk, koef_text, fid)
    with open(os.path.join(DATA, 'manifest.json'), 'w') as f: json.dump(manifest, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, 'truth_lines.json'), 'w') as f: json.dump(truth, f, indent=1, ensure_ascii=False)
    # summary
    from collections import Counter
    c = Counter(); n = 0; cl = 0
    for fl in truth['files']:
        for L in fl['lines']:
            n += 1; cl += not L['labels']; c.update(L['labels'])
    print('lines', n, 'clean', cl, dict(c))

if __name__ == '__main__':
    main()
