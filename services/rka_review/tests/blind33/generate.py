#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the blind RKA review set 'review33'. Run: python generate.py"""
import os, sys, json, random, csv, io, math, datetime
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_model import *
import layouts

SEED = 3303
DATA = os.path.join(HERE, 'data')

def round_down(x, step):
    return int(math.floor(x / step + 1e-9) * step)

def round_up(x, step):
    return int(math.ceil(x / step - 1e-9) * step)

def wrong_acct(a, rng):
    cat = ACCT[a][2]
    if cat == 'capital':
        return {'MODAL_PC': 'KOMP', 'MODAL_KOMP': 'KOMP', 'MODAL_MEBEL': 'PERABOT', 'MODAL_DINGIN': 'LISTRIK'}.get(a, rng.choice(['ATK', 'PERABOT']))
    if cat == 'cons':
        if a == 'KOMP': return 'MODAL_KOMP'
        return rng.choice(['MODAL_KANTOR', 'HONOR_TIM', 'SEWA_ALAT', 'PDDK'])
    if cat == 'mamin': return rng.choice(['PDDK', 'HONOR_NS', 'ATK'])
    if cat == 'honor': return rng.choice(['MAMIN', 'ATK', 'PDDK', 'SEWA_ALAT'])
    if cat == 'travel': return rng.choice(['HONOR_TIM', 'MAMIN', 'ATK'])
    if cat == 'rent': return rng.choice(['ATK', 'PERABOT', 'MODAL_KANTOR', 'HONOR_TIM'])
    if cat == 'service': return rng.choice(['ATK', 'KOMP', 'MODAL_KANTOR', 'HONOR_NS'])
    raise ValueError(a)

def pick_rend(row, rng, over=False):
    conv = [r for r in row.rend if abs(r[2] - 1.0) > 1e-9]
    if conv and rng.random() < (0.85 if over else 0.6):
        return rng.choice(conv)
    return rng.choice(row.rend)

def fam_of(key):
    f = key.split('.')[0]
    return key if f in ('tim', 'panitia', 'karcis') else f

def make_slots(total, rng):
    slots = []
    singles = {'OVERPRICED': 18, 'NO_PRICE_REFERENCE': 21, 'OFF_TARGET': 19, 'ARITHMETIC': 14, 'DUPLICATE': 21, 'ACCOUNT_MISMATCH': 17}
    for t in TYPES:
        slots += [[t]] * singles[t]
    for i in range(40):
        a, b = PAIRS[i % len(PAIRS)]
        slots.append([a, b])
    assert len(slots) <= total
    n_clean = total - len(slots)
    slots += [[]] * n_clean
    sizes = [(sk, n) for f in FILES for sk, n in f['sks']]
    labeled = [s for s in slots if s]
    rng.shuffle(labeled)
    # seed one DUPLICATE and one OFF_TARGET single into every sub-kegiatan, then place the rest greedily
    assign = {sk: [] for sk, _ in sizes}
    cap = dict(sizes)
    def take(t):
        for i, s in enumerate(labeled):
            if s == [t]: return labeled.pop(i)
        raise RuntimeError(t)
    for sk, _ in sizes:
        assign[sk].append(take('DUPLICATE')); assign[sk].append(take('OFF_TARGET'))
    def ok(sk, s):
        sl = assign[sk] + [s]; n = cap[sk]
        c = lambda t: sum(t in x for x in sl)
        return (len(sl) <= n - math.ceil(0.33 * n) and c('DUPLICATE') <= max(1, n // 6)
                and c('OFF_TARGET') <= min(3, len(SUBKEG[sk]['off'])) and c('NO_PRICE_REFERENCE') <= max(2, n // 6))
    labeled.sort(key=lambda s: -sum(t in s for t in ('DUPLICATE', 'OFF_TARGET', 'NO_PRICE_REFERENCE')))
    for s in labeled:
        cands = [sk for sk, _ in sizes if ok(sk, s)]
        if not cands: raise RuntimeError('slot distribution')
        w = [cap[sk] - len(assign[sk]) for sk in cands]
        assign[rng.choices(cands, weights=w)[0]].append(s)
    slots = []
    for sk, n in sizes:
        sl = assign[sk] + [[]] * (n - len(assign[sk]))
        rng.shuffle(sl)
        slots += sl
    return [list(s) for s in slots]

def arith_error(vol, price, ppn, parts, koef_printed, rng):
    """returns (printed_vol, printed_jumlah, kind)"""
    good = jumlah_of(vol, price, ppn)
    kinds = ['x10', 'swap', 'vol', 'digit']
    if ppn: kinds += ['noppn', 'noppn']
    if koef_printed and len(parts) >= 2: kinds += ['koef', 'koef', 'koef']
    for _ in range(50):
        k = rng.choice(kinds)
        pv, pj = vol, good
        if k == 'x10':
            pj = good * 10 if rng.random() < 0.5 else good // 10
        elif k == 'swap':
            s = str(good)
            if len(s) < 4: continue
            i = rng.randint(0, len(s) - 3)
            if s[i] == s[i + 1]: continue
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            pj = int(s)
        elif k == 'vol':
            d = rng.choice([1, 2, 5, 10, -1])
            if vol + d <= 0: continue
            pj = jumlah_of(vol + d, price, ppn)
        elif k == 'digit':
            s = list(str(good))
            i = rng.randint(0, max(0, len(s) - 4))
            nd = str((int(s[i]) + rng.choice([1, 2, 3])) % 10)
            if i == 0 and nd == '0': continue
            s[i] = nd
            pj = int(''.join(s))
        elif k == 'noppn':
            pj = vol * price
        elif k == 'koef':
            d = rng.choice([1, 2, 4, 10, -1, -2])
            pv = vol + d
            if pv <= 0: continue
            pj = jumlah_of(pv, price, ppn)
        if pv != vol or (abs(pj - good) >= max(1000, good * 0.005)):
            return pv, pj, k
    raise RuntimeError('no arith error')

def build():
    rng = random.Random(SEED)
    cat = load_catalogue()
    by_key = {r.key: r for r in cat}
    for sk in SUBKEG.values():
        for k in sk['pool']: assert k in by_key, k
        for k, _ in sk['off']: assert k in by_key, k
    total = sum(n for f in FILES for _, n in f['sks'])
    slots = make_slots(total, rng)
    pos = 0
    truth = []
    for f in FILES:
        frng = random.Random(SEED + hash(f['id']) % 1000 if False else SEED + int(f['id'][1:]) * 101)
        flines = []
        for ski, (skid, n) in enumerate(f['sks']):
            sk = SUBKEG[skid]
            sl = slots[pos:pos + n]; pos += n
            # no duplicate in the first 3 slots
            for i in range(min(3, n)):
                if 'DUPLICATE' in sl[i]:
                    for j in range(n - 1, 2, -1):
                        if 'DUPLICATE' not in sl[j]:
                            sl[i], sl[j] = sl[j], sl[i]; break
            lines = []
            used_fam = set(); used_np = set(); used_off = set(); duped = set()
            np_list = NP_SPEC[skid] + NP_GENERIC
            sl = [x for x in sl if 'DUPLICATE' not in x] + [x for x in sl if 'DUPLICATE' in x]
            for slot in sl:
                L = dict(file=f['stem'] + '.' + f['ext'], subkeg_code=sk['code'], subkeg_name=sk['name'], subkeg=skid,
                         labels=sorted(slot, key=TYPES.index), notes=[])
                over = 'OVERPRICED' in slot
                row = None; name = None; unit = None; factor = 1.0
                if 'DUPLICATE' in slot:
                    cands = [l for l in lines if l['ref'] and not set(l['labels']) & {'OFF_TARGET', 'NO_PRICE_REFERENCE', 'DUPLICATE', 'ACCOUNT_MISMATCH'}
                             and l['ref']['key'] not in duped]
                    orig = frng.choice(cands)
                    duped.add(orig['ref']['key'])
                    row = by_key[orig['ref']['key']]
                    alts = [r for r in row.rend if r[0] != orig['item_name']]
                    if alts:
                        name, unit, factor = frng.choice(alts)
                    else:
                        name, unit, factor = orig['item_name'], orig['unit'], orig['ref']['factor']
                        name = name + frng.choice([' (kebutuhan kegiatan)', ' untuk pelaksanaan', ' - operasional', ' keperluan petugas', ' (pendukung kegiatan)'])
                    L['dup_of_item'] = orig['item_name']
                    L['_orig'] = orig
                    acct_c = row.acct; acct_p = orig['acct_key']
                elif 'NO_PRICE_REFERENCE' in slot:
                    cand = [x for x in np_list if x[0] not in used_np]
                    it = cand[0] if frng.random() < 0.7 else frng.choice(cand)
                    used_np.add(it[0])
                    name, unit, np_price, a = it
                    a = NP_ACCT_FIX.get(a, a)
                    acct_c = a
                    acct_p = wrong_acct(a, frng) if 'ACCOUNT_MISMATCH' in slot else a
                elif 'OFF_TARGET' in slot:
                    cand = [x for x in sk['off'] if x[0] not in used_off and fam_of(x[0]) not in used_fam]
                    if not cand:
                        cand = [x for o in sorted(SUBKEG) for x in SUBKEG[o]['off'] if x[0] not in used_off and fam_of(x[0]) not in used_fam
                                and x[0] not in sk['pool'] and fam_of(x[0]) not in {fam_of(k) for k in sk['pool']}]
                    key, reason = frng.choice(cand)
                    used_off.add(key)
                    row = by_key[key]; used_fam.add(fam_of(key))
                    name, unit, factor = pick_rend(row, frng, over)
                    L['notes'].append('off-target: ' + reason)
                    acct_c = row.acct
                    acct_p = wrong_acct(row.acct, frng) if 'ACCOUNT_MISMATCH' in slot else row.acct
                else:
                    cand = [k for k in sk['pool'] if fam_of(k) not in used_fam]
                    if not cand:
                        cand = [k for k in ['hvs.a470', 'pulpen.std', 'map.snel', 'flashdisk.32', 'fotokopi.a4', 'lakban.coklat'] if fam_of(k) not in used_fam]
                        L['notes'].append('generic support item')
                    key = frng.choice(cand)
                    row = by_key[key]; used_fam.add(fam_of(key))
                    name, unit, factor = pick_rend(row, frng, over)
                    acct_c = row.acct
                    acct_p = wrong_acct(row.acct, frng) if 'ACCOUNT_MISMATCH' in slot else row.acct
                # price
                if row is not None:
                    ceiling = row.price * factor
                    step = nice_step(ceiling)
                    if over:
                        price = round_up(ceiling * frng.uniform(1.25, 1.9), step)
                    else:
                        if frng.random() < 0.35 and abs(ceiling - round(ceiling)) < 1e-6:
                            price = int(round(ceiling))
                        else:
                            price = round_down(ceiling * frng.uniform(0.8, 1.0), step)
                            if price <= 0: price = int(ceiling)
                    L['ref'] = dict(catalogue='ssh_2027.xlsx' if row.cat == 'SSH' else 'sbu_2027.pdf', key=row.key, kode=row.kode,
                                    uraian=row.name, spesifikasi=row.spec, satuan=row.unit, harga=row.price, factor=factor,
                                    ceiling_per_rka_unit=round(ceiling, 2))
                    spec = row.spec if frng.random() < 0.5 else ''
                else:
                    price = np_price
                    L['ref'] = None
                    spec = ''
                parts = make_koef(unit, price, frng, row.key if row is not None else None)
                if 'DUPLICATE' in slot and len(parts) == 1 and frng.random() < 0.5:
                    pass
                vol = prod(parts)
                cls = ACCT[acct_c][2]
                ppn = 0
                if f['ppn'] and cls in ('cons', 'capital') and frng.random() < 0.7: ppn = 11
                elif f['ppn'] and cls in ('rent', 'service') and frng.random() < 0.4: ppn = 11
                good = jumlah_of(vol, price, ppn)
                pv, pj, kind = vol, good, None
                if 'ARITHMETIC' in slot:
                    pv, pj, kind = arith_error(vol, price, ppn, parts, f['koef'], frng)
                    L['notes'].append('arithmetic: ' + kind)
                if 'ACCOUNT_MISMATCH' in slot:
                    L['notes'].append('account: booked to %s, fits %s' % (ACCT[acct_p][0], ACCT[acct_c][0]))
                L.update(item_name=name, spesifikasi=spec, unit=unit, koef_parts=[[a_, b_] for a_, b_ in parts],
                         koef_printed=f['koef'], volume=pv, volume_correct=vol, price=price, ppn=ppn, jumlah=pj,
                         jumlah_correct=jumlah_of(vol, price, ppn), acct_key=acct_p, acct_code=ACCT[acct_p][0], acct_name=ACCT[acct_p][1],
                         acct_correct_code=ACCT[acct_c][0], acct_correct_name=ACCT[acct_c][1], ski=ski)
                lines.append(L)
            # order by printed account (stable) -> grouping rows
            order = []
            for l in lines:
                if l['acct_code'] not in order: order.append(l['acct_code'])
            order.sort()
            lines.sort(key=lambda l: order.index(l['acct_code']))
            flines.extend(lines)
        # numbering
        cnt = {}
        for i, l in enumerate(flines):
            if f['numstyle'] == 'dotted':
                cnt[l['ski']] = cnt.get(l['ski'], 0) + 1
                l['no'] = '%d.%d' % (l['ski'] + 1, cnt[l['ski']])
            else:
                l['no'] = str(i + 1)
        for l in flines:
            if '_orig' in l:
                o = l.pop('_orig')
                l['dup_of_no'] = o['no']
                assert flines.index(o) < flines.index(l)
                l['notes'].append('duplicate of No %s' % o['no'])
        truth.extend(flines)
        f['lines'] = flines
    assert pos == total
    return cat, truth

def main():
    os.makedirs(DATA, exist_ok=True); os.makedirs(os.path.join(HERE, 'truth'), exist_ok=True)
    for fn in os.listdir(DATA): os.remove(os.path.join(DATA, fn))
    cat, truth = build()
    layouts.write_catalogues(cat, DATA)
    manifest = []
    for f in FILES:
        fn = f['stem'] + '.' + f['ext']
        layouts.WRITERS[f['layout']](f, SUBKEG, os.path.join(DATA, fn), HERE)
        lab = {l['no']: l['labels'] for l in f['lines']}
        with open(os.path.join(DATA, f['stem'] + '.labels.json'), 'w', encoding='utf-8') as fh:
            json.dump({'labels': lab}, fh, ensure_ascii=False, indent=1)
        manifest.append(dict(rka=fn, catalogues=['ssh_2027.xlsx', 'sbu_2027.pdf'], labels=f['stem'] + '.labels.json',
                             opd=f['opd'], layout=f['layout']))
    with open(os.path.join(DATA, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    for l in truth:
        l.pop('ski', None)
    with open(os.path.join(HERE, 'truth_lines.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    cnt = {t: sum(t in l['labels'] for l in truth) for t in TYPES}
    print('lines', len(truth), 'clean', sum(not l['labels'] for l in truth), cnt)

if __name__ == '__main__':
    main()
