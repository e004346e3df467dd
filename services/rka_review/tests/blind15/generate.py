#!/usr/bin/env python3
"""Deterministic generator for blind RKA review set review15 (TA 2027)."""
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_data import ACCTS, SSH, SBU  # noqa: E402
from rka_data import VAR, SUBKEG, FILES  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, 'data')
SEED = 20271
OVER_THRESHOLD = F(110, 100)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'

SSH_FILE = 'ssh_kota_samarinda_2027.xlsx'
SBU_FILE = 'sbu_kota_samarinda_2027.pdf'


def rp(n):
    s = f'{int(n):,}'.replace(',', '.')
    return s


def build_catalogue():
    cat = {}
    rows = []
    for ccode, ctitle, items in SSH:
        for i, (key, name, spec, unit, price, acct) in enumerate(items, 1):
            kode = f'{ccode}.{i:03d}'
            r = dict(cat='SSH', file=SSH_FILE, kode=kode, name=name, spec=spec, unit=unit, price=price, acct=acct, section=ctitle, key=key)
            rows.append(r)
            if key:
                assert key not in cat, key
                cat[key] = r
    for scode, stitle, items in SBU:
        for i, (key, name, unit, price, acct) in enumerate(items, 1):
            kode = f'{scode}.{i:03d}'
            r = dict(cat='SBU', file=SBU_FILE, kode=kode, name=name, spec='', unit=unit, price=price, acct=acct, section=stitle, key=key)
            rows.append(r)
            if key:
                assert key not in cat, key
                cat[key] = r
    return cat, rows


WRONG = {
    'ATK': ['MODAL_ALATKANTOR', 'SEWA_ALAT'], 'KERTAS': ['MODAL_ALATKANTOR', 'JASA_TENAGA'], 'CETAK': ['MODAL_ALATKANTOR', 'HONOR_NS'],
    'BKOMP': ['MODAL_KOMP', 'SEWA_ALAT'], 'LISTRIK': ['MODAL_RT', 'HONOR_NS'], 'KANTOR_LAIN': ['PERJADIN_DK', 'HONOR_NS'],
    'KIMIA': ['MODAL_ALATKANTOR', 'MAMIN_LAP'], 'OBAT': ['MODAL_SAR', 'MAMIN_LAP'], 'BLAIN': ['MODAL_ALATKANTOR', 'HONOR_NS'],
    'PDL': ['MODAL_PERABOT', 'SEWA_ALAT'], 'APD': ['MODAL_ALATKANTOR', 'MAMIN_LAP'], 'PERLENG_DAMKAR': ['MAMIN_LAP', 'HONOR_NS'],
    'BBM': ['MODAL_ALATKANTOR', 'MAMIN_LAP'], 'SUKU': ['JASA_TENAGA', 'ATK'],
    'MAMIN_RAPAT': ['ATK', 'PERJADIN_DK'], 'MAMIN_TAMU': ['ATK', 'PERJADIN_LK'], 'MAMIN_LAP': ['CETAK', 'PERJADIN_DK'],
    'HONOR_NS': ['ATK', 'MAMIN_RAPAT'], 'HONOR_TIM': ['BLAIN', 'MAMIN_LAP'], 'JASA_TENAGA': ['BLAIN', 'ATK'],
    'JASA_LAIN': ['MODAL_STUDIO', 'ATK'], 'INTERNET': ['BKOMP', 'MODAL_PERIF'],
    'PERJADIN_DK': ['MAMIN_RAPAT', 'HONOR_NS'], 'PERJADIN_LK': ['MAMIN_RAPAT', 'HONOR_NS'],
    'SEWA_ALAT': ['MODAL_PERABOT', 'MODAL_RT'], 'SEWA_KEND': ['BBM', 'MODAL_ALATKANTOR'], 'SEWA_RUANG': ['MODAL_PERABOT', 'PERJADIN_DK'],
    'PEML_KEND': ['MODAL_ALATKANTOR', 'HONOR_NS'], 'PEML_ALAT': ['MODAL_ALATKANTOR', 'ATK'],
    'MODAL_KOMP': ['BKOMP', 'ATK'], 'MODAL_PERIF': ['BKOMP', 'ATK'], 'MODAL_RT': ['LISTRIK', 'KANTOR_LAIN'],
    'MODAL_PERABOT': ['ATK', 'KANTOR_LAIN'], 'MODAL_STUDIO': ['CETAK', 'BKOMP'], 'MODAL_KOM': ['LISTRIK', 'BLAIN'],
    'MODAL_PEMADAM': ['KIMIA', 'ATK'], 'MODAL_SAR': ['BLAIN', 'APD'], 'MODAL_ALATKANTOR': ['ATK', 'BKOMP'],
    'MODAL_LISTRIK': ['LISTRIK', 'BBM'], 'SERAH': ['MAMIN_RAPAT', 'ATK'],
}

KOEF_BY_UNIT = {
    'OJ': [('Org', 1, 3), ('Jam', 2, 4)], 'OH': [('Org', 2, 8), ('Hari', 2, 6)], 'OB': [('Org', 1, 4), ('Bulan', 12, 12)],
    'Kotak': [('Org', 25, 60), ('Kali', 1, 4)], 'Orang/Kali': [('Org', 10, 40), ('Kali', 1, 3)], 'OK': [('Org', 1, 6), ('Kali', 1, 4)],
    'Orang/Kegiatan': [('Org', 5, 12), ('Keg', 1, 1)], 'Unit/Hari': [('Unit', 1, 3), ('Hari', 1, 4)],
    'Paket/Hari': [('Paket', 1, 1), ('Hari', 1, 3)], 'Buah/Hari': [('Buah', 50, 200), ('Hari', 1, 2)],
    'Orang/Hari': [('Org', 20, 50), ('Hari', 1, 3)], 'Bulan': [('Bulan', 12, 12)], 'Unit/Kali': [('Unit', 1, 4), ('Kali', 2, 4)],
    'Orang/PP': [('Org', 1, 4), ('Kali', 1, 2)], 'Orang/Malam': [('Org', 1, 4), ('Malam', 2, 3)], 'Bungkus': [('Org', 10, 30), ('Hari', 4, 12)],
    'Liter': [('Liter', 100, 300), ('Bulan', 12, 12)], 'Paket/Kegiatan': [('Keg', 1, 3)], 'Hari': [('Hari', 1, 2)], 'M2/Hari': [('M2', 40, 80), ('Hari', 1, 2)],
}


def koef_for(rng, cat_unit, rka_unit, factor, price, sbu=True):
    price = price / factor  # price per catalogue unit drives the quantity range
    if cat_unit in KOEF_BY_UNIT and (sbu or cat_unit == 'Liter'):
        tmpl = KOEF_BY_UNIT[cat_unit]
    else:
        if price >= 5000000:
            lo, hi = 1, 3
        elif price >= 500000:
            lo, hi = 1, 6
        elif price >= 50000:
            lo, hi = 2, 20
        elif price >= 2000:
            lo, hi = 5, 40
        else:
            lo, hi = 200, 1500
        if factor < 1:
            lo, hi = max(2, int(lo / factor / 2)), max(4, int(hi / factor / 2))
        elif factor > 1:
            lo, hi = max(1, int(lo / factor)), max(2, int(hi / factor))
        tmpl = [(rka_unit, lo, hi)]
    parts = []
    for lab, lo, hi in tmpl:
        v = rng.randint(lo, hi)
        if lab == 'Liter':
            v = v // 10 * 10
        if v > 100:
            v = v // 10 * 10
        parts.append((v, lab))
    return parts


def nice_round(x, up):
    x = float(x)
    step = 50 if x < 10000 else 100 if x < 200000 else 500 if x < 1000000 else 1000 if x < 10000000 else 5000
    q = x / step
    q = math.ceil(q) if up else math.floor(q)
    return int(q * step)


def mk_price(rng, ref_price, over):
    if over:
        r = rng.uniform(1.32, 1.9)
        return nice_round(ref_price * r, True)
    if rng.random() < 0.45 and ref_price == int(ref_price):
        return int(ref_price)
    r = rng.uniform(0.85, 0.99)
    return max(50, nice_round(ref_price * r, False))


def jumlah_of(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100


def plan_kinds(rng, n, sk):
    fits, offs, norefs = SUBKEG[sk][4], SUBKEG[sk][5], SUBKEG[sk][6]
    nd = max(1, round(n * 0.11))
    nn = min(len(norefs), max(2, round(n * 0.115)))
    no = min(len(offs), max(2, round(n * 0.115)))
    na = max(2, round(n * 0.115))
    nov = max(1, round(n * 0.08))
    nc = n - nd - nn - no - na - nov
    kinds = ['dup'] * nd + ['noref'] * nn + ['off'] * no + ['acct'] * na + ['over'] * nov + ['clean'] * nc
    assert nc + nov + na <= len(fits), (sk, n, len(fits))
    rng.shuffle(kinds)
    # no dup before at least one clean/over original exists
    while True:
        seen = False
        ok = True
        for k in kinds:
            if k in ('clean', 'over'):
                seen = True
            if k == 'dup' and not seen:
                ok = False
        if ok:
            break
        rng.shuffle(kinds)
    return kinds


def build_lines(rng, cat, sk, n, ppn_col):
    code, name, ind, tgt, fits, offs, norefs = SUBKEG[sk]
    kinds = plan_kinds(rng, n, sk)
    fit_pool = fits[:]
    rng.shuffle(fit_pool)
    off_pool = offs[:]
    rng.shuffle(off_pool)
    nr_pool = norefs[:]
    rng.shuffle(nr_pool)
    lines = []
    originals = []
    for kind in kinds:
        L = dict(sk=sk, kind=kind, labels=set())
        if kind == 'noref':
            nm, spec, unit, price, acct = nr_pool.pop()
            L.update(name=nm, spec=spec, unit=unit, price=price, acct=acct, proper_acct=acct, ref=None, factor=None)
            parts = koef_for(rng, unit, unit, 1, price, True)
            L['ppn'] = 11 if ppn_col and not acct.startswith(('JASA', 'SEWA', 'HONOR', 'PERJADIN')) else 0
        elif kind == 'dup':
            o = rng.choice(originals)
            ref = o['ref']
            vars_ = VAR.get(ref['key'], [(ref['name'], ref['spec'], ref['unit'], 1)])
            alt = [v for v in vars_ if v[0] != o['name']]
            if not alt:
                base_nm = o['name'][0].lower() + o['name'][1:]
                alt = [(w, o['spec'], o['unit'], o['factor']) for w in
                       ('Pengadaan ' + base_nm, 'Belanja ' + base_nm, 'Penyediaan ' + base_nm)]
            v = rng.choice(alt)
            nm, spec, unit, factor = v
            factor = F(factor)
            L.update(name=nm, spec=spec, unit=unit, factor=factor, ref=ref, acct=o['proper_acct'], proper_acct=o['proper_acct'], dup_of=o['uid'])
            base = ref['price'] * factor
            ratio = F(o['price']) / (ref['price'] * o['factor'])
            if ratio > OVER_THRESHOLD:
                L['price'] = nice_round(base * ratio, True)
            else:
                L['price'] = mk_price(rng, base, False)
            parts = koef_for(rng, ref['unit'], unit, factor, L['price'], ref['cat'] == 'SBU')
            if rng.random() < 0.5 and factor == o['factor']:
                parts = list(o['parts'])
            L['ppn'] = o['ppn'] if ref['cat'] == 'SSH' and ppn_col else 0
        else:
            key = off_pool.pop() if kind == 'off' else fit_pool.pop()
            ref = cat[key]
            vars_ = VAR.get(key, [(ref['name'] + (' ' + ref['spec'] if ref['spec'] and len(ref['spec']) < 18 else ''), ref['spec'], ref['unit'], 1)])
            nm, spec, unit, factor = rng.choice(vars_)
            factor = F(factor)
            over = kind == 'over' or (kind in ('acct', 'off') and rng.random() < 0.22)
            price = mk_price(rng, ref['price'] * factor, over)
            acct = ref['acct']
            if kind == 'acct':
                acct = rng.choice(WRONG[ref['acct']])
            L.update(name=nm, spec=spec, unit=unit, factor=factor, ref=ref, price=price, acct=acct, proper_acct=ref['acct'])
            parts = koef_for(rng, ref['unit'], unit, factor, price, ref['cat'] == 'SBU')
            L['ppn'] = 11 if (ppn_col and ref['cat'] == 'SSH') else 0
        L['parts'] = parts
        L['uid'] = len(lines)
        lines.append(L)
        if kind in ('clean', 'over'):
            originals.append(L)
    # arithmetic overlay
    for L in lines:
        prod = 1
        for v, _ in L['parts']:
            prod *= v
        L['koef_vol'] = prod
        L['vol'] = prod
        L['arith'] = None
        if rng.random() < 0.12:
            opts = ['typo', 'typo']
            if prod > 3:
                opts += ['volume', 'volume']
            if L['ppn'] == 11:
                opts.append('ppn_missing')
            if len(L['parts']) > 1 and L['parts'][-1][0] > 1:
                opts += ['factor_dropped', 'factor_dropped']
            L['arith'] = rng.choice(opts)
            if L['arith'] == 'volume':
                d = rng.choice([-1, 1]) * max(1, round(prod * rng.uniform(0.1, 0.4)))
                L['vol'] = max(1, prod + d)
                if L['vol'] == prod:
                    L['vol'] = prod + 2
        correct_printed = jumlah_of(L['vol'], L['price'], L['ppn'])
        if L['arith'] == 'ppn_missing':
            j = L['vol'] * L['price']
        elif L['arith'] == 'factor_dropped':
            j = jumlah_of(L['vol'] // L['parts'][-1][0], L['price'], L['ppn'])
        elif L['arith'] == 'typo':
            mag = 10 ** max(3, len(str(correct_printed)) - rng.randint(2, 3))
            j = correct_printed + rng.choice([-1, 1]) * rng.randint(1, 9) * mag
            if j <= 0:
                j = correct_printed + rng.randint(1, 9) * mag
        else:
            j = correct_printed
        L['jumlah'] = j
        L['jumlah_correct'] = jumlah_of(L['koef_vol'], L['price'], L['ppn'])
    return lines


def finalize(lines):
    # order by account code (stable), then derive labels
    lines.sort(key=lambda L: ACCTS[L['acct']][0])
    seen = set()
    for L in lines:
        lab = []
        if L['ref'] is not None:
            ratio = F(L['price']) / (L['ref']['price'] * L['factor'])
            L['ratio'] = ratio
            if ratio > OVER_THRESHOLD:
                lab.append('OVERPRICED')
        else:
            L['ratio'] = None
            lab.append('NO_PRICE_REFERENCE')
        if L['kind'] == 'off':
            lab.append('OFF_TARGET')
        if L['vol'] != L['koef_vol'] or L['jumlah'] != jumlah_of(L['vol'], L['price'], L['ppn']):
            lab.append('ARITHMETIC')
        group = L.get('dup_of', L['uid'])
        if group in seen:
            lab.append('DUPLICATE')
        seen.add(group)
        if L['acct'] != L['proper_acct']:
            lab.append('ACCOUNT_MISMATCH')
        L['labels'] = sorted(lab)
    return lines


def koef_text(parts, style):
    if style == 'inline':
        ab = {'Org': 'org', 'Hari': 'hr', 'Bulan': 'bln', 'Kali': 'kali', 'Jam': 'jam', 'Unit': 'unit', 'Malam': 'mlm', 'Keg': 'keg'}
        return ' x '.join(f'{v} {ab.get(l, l)}' for v, l in parts)
    return ' x '.join(f'{v} {l}' for v, l in parts)


def price_text_variant(rng, price):
    if price >= 1000000 and price % 10000 == 0 and rng.random() < 0.6:
        s = f'{price / 1000000:.2f}'.rstrip('0').rstrip('.').replace('.', ',')
        return f'{s} jt'
    return 'Rp ' + rp(price)


# ---------------------------------------------------------------------------------------------
def main():
    rng = random.Random(SEED)
    os.makedirs(DATA, exist_ok=True)
    cat, cat_rows = build_catalogue()
    import layouts
    layouts.write_ssh_xlsx(os.path.join(DATA, SSH_FILE), SSH)
    layouts.write_sbu_pdf(os.path.join(DATA, SBU_FILE), SBU)
    manifest, truth = [], {}
    ppn_layouts = {'xlsx_sipd_merged', 'xlsx_flat_ledger', 'pdf_sipd'}
    from collections import Counter
    seed = SEED
    while True:
        rng = random.Random(seed)
        planned = []
        cnt = Counter()
        nlines = nclean = 0
        for stem, opd, layout, sks in FILES:
            groups = []
            for sk, n in sks:
                ls = build_lines(rng, cat, sk, n, layout in ppn_layouts)
                finalize(ls)
                groups.append((sk, ls))
                for L in ls:
                    nlines += 1
                    nclean += not L['labels']
                    cnt.update(L['labels'])
            planned.append((stem, opd, layout, groups))
        if min(cnt[k] for k in ('OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH')) >= 25 \
                and nclean >= 0.38 * nlines:
            break
        seed += 1
    print('seed', seed)
    for stem, opd, layout, groups in planned:
        fname = layouts.write_rka(layout, DATA, stem, opd, groups, SUBKEG, ACCTS, rng)
        labels = {}
        tl = []
        for sk, ls in groups:
            for L in ls:
                labels[L['no']] = L['labels']
                ref = L['ref']
                tl.append(dict(
                    no=L['no'], subkegiatan_code=SUBKEG[sk][0], subkegiatan_name=SUBKEG[sk][1],
                    account_code=ACCTS[L['acct']][0], account_name=ACCTS[L['acct']][1],
                    proper_account_code=ACCTS[L['proper_acct']][0], item=L['name'], spec=L['spec'], unit=L['unit'],
                    koefisien=[[v, l] for v, l in L['parts']], koefisien_product=L['koef_vol'], volume=L['vol'],
                    price=L['price'], price_text=L.get('price_text'), ppn=L['ppn'], jumlah=L['jumlah'], jumlah_text=L.get('jumlah_text'),
                    jumlah_correct=L['jumlah_correct'], arithmetic_error=L['arith'], kind=L['kind'],
                    catalogue=None if ref is None else dict(file=ref['file'], kode=ref['kode'], name=ref['name'], spec=ref['spec'],
                                                            unit=ref['unit'], price=ref['price'], factor=str(L['factor']),
                                                            price_per_rka_unit=float(ref['price'] * L['factor']),
                                                            ratio=round(float(L['ratio']), 4)),
                    page=L.get('page'), sheet=L.get('sheet'), labels=L['labels']))
        with open(os.path.join(DATA, f'{stem}.labels.json'), 'w') as f:
            json.dump({'labels': labels}, f, ensure_ascii=False, indent=1)
        manifest.append(dict(rka=fname, catalogues=[SSH_FILE, SBU_FILE], labels=f'{stem}.labels.json', opd=opd, layout=layout))
        truth[fname] = tl
    with open(os.path.join(DATA, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'truth_lines.json'), 'w') as f:
        json.dump(dict(catalogue_rows=len(cat_rows), over_threshold=1.10, files=truth), f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'catalogue_truth.json'), 'w') as f:
        json.dump(cat_rows, f, ensure_ascii=False, indent=0)
    # summary
    from collections import Counter
    c = Counter()
    n = 0
    clean = 0
    for fn, tl in truth.items():
        for t in tl:
            n += 1
            clean += not t['labels']
            c.update(t['labels'])
    print('lines', n, 'clean', clean, dict(c), 'catalogue rows', len(cat_rows))


if __name__ == '__main__':
    main()
