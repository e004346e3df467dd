# Line planning: builds truth lines for every sub-kegiatan (layout-independent part).
import random
from fractions import Fraction as F
from catalog import CAT, ACCT, WRONG
from subs import SUBS, SIZES

OVER, NOREF, OFF, ARITH, DUP, ACC = 'OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH'
TYPES = [OVER, NOREF, OFF, ARITH, DUP, ACC]
COMBOS = [(OVER, ACC), (OVER, ARITH), (OFF, NOREF), (OFF, ACC), (NOREF, ARITH), (DUP, ARITH), (DUP, ACC)]
SINGLES = {OVER: 22, NOREF: 22, OFF: 22, DUP: 22, ARITH: 18, ACC: 18}
OVER_LIMIT = F(110, 100)   # convention: OVERPRICED iff unit price (catalogue unit, excl. PPN) > 110 % of catalogue
NO_PPN_ACCTS = {'honor_nara', 'honor_tim', 'perjadin_dk', 'perjadin_lk', 'mamin', 'bibit_ikan', 'bibit_tan', 'jasa_tenaga', 'hadiah', 'internet'}

# layout capabilities: koef parts printed with their total volume? PPN column?
LAYOUT_CAPS = {'L1': dict(koef=True, ppn=True), 'L2': dict(koef=True, ppn=False), 'L3': dict(koef=True, ppn=False),
               'L4': dict(koef=True, ppn=True), 'L5': dict(koef=False, ppn=False), 'L6': dict(koef=False, ppn=False),
               'L7': dict(koef=False, ppn=False), 'L8': dict(koef=False, ppn=False)}

def step_for(p):
    if p < 1000: return 10
    if p < 10000: return 100
    if p < 100000: return 500
    if p < 1000000: return 1000
    return 5000

def floor_nice(x):
    s = step_for(x); return max(s, int(x // s) * s)

def ceil_nice(x):
    s = step_for(x); v = int(-(-x // s)) * s
    return v

def jumlah_of(vol, harga, ppn):
    # ppn in percent (0 or 11); all PPN lines have harga multiple of 100 -> exact integer
    v = F(vol) * harga * (100 + ppn) / 100
    assert v.denominator == 1, (vol, harga, ppn)
    return int(v)

KOEF_UNITS = {'oj': 'OJ', 'ok': 'OK', 'oh': 'OH', 'ob': 'OB'}

def make_parts(rng, kind, rka_unit, unit_price):
    if kind == 'oj':
        return [(rng.choice([1, 1, 2, 3]), 'Orang'), (rng.choice([2, 3, 4]), 'Jam'), (rng.choice([1, 2, 3, 4]), 'Kali')]
    if kind == 'ok':
        return [(rng.choice([1, 2, 3, 4, 6, 8]), 'Orang'), (rng.choice([1, 2, 3, 4]), 'Kali')]
    if kind == 'oh':
        return [(rng.choice([2, 3, 4, 5, 6, 8, 10]), 'Orang'), (rng.choice([1, 2, 3, 4, 5, 6]), 'Hari')]
    if kind == 'ob':
        return [(rng.choice([1, 1, 2, 3, 4]), 'Orang'), (rng.choice([6, 10, 12]), 'Bulan')]
    if kind == 'kotak':
        return [(rng.choice([20, 25, 30, 40, 50, 60, 75, 100]), 'Orang'), (rng.choice([1, 2, 3, 4, 6]), 'Kali')]
    if kind == 'uh' and rka_unit == 'Hari':
        return [(rng.choice([1, 1, 2, 3]), 'Hari')]
    if kind == 'uh':
        n = rng.choice([100, 150, 200]) if unit_price < 20000 else rng.choice([1, 1, 2, 3])
        return [(n, 'Unit'), (rng.choice([1, 2, 3, 4]), 'Hari')]
    if kind == 'bulan':
        return [(1, 'Paket'), (12, 'Bulan')]
    # goods
    p = unit_price
    if p < 2000: q = rng.choice([1000, 2000, 5000, 10000, 20000, 25000])
    elif p < 20000: q = rng.choice([10, 20, 24, 30, 40, 50, 60, 100])
    elif p < 200000: q = rng.choice([2, 4, 5, 6, 8, 10, 12, 15, 20, 24])
    elif p < 2000000: q = rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
    else: q = rng.choice([1, 1, 1, 2, 2, 3])
    if rng.random() < 0.25 and q >= 4 and q % 2 == 0:
        k = rng.choice([2, 4]) if q % 4 == 0 else 2
        lab = rng.choice(['Kali', 'Lokasi', 'Triwulan', 'Tahap'])
        return [(k, lab), (q // k, rka_unit)]
    return [(q, rka_unit)]

def prod(parts):
    r = 1
    for v, _ in parts: r *= v
    return r

def deal_bag(rng):
    bag = []
    for t, n in SINGLES.items(): bag += [(t,)] * n
    for c in COMBOS: bag += [c] * 4
    total = sum(SIZES.values())
    bag += [()] * (total - len(bag))
    for attempt in range(10000):
        rng.shuffle(bag)
        out, i, ok = {}, 0, True
        for s in SUBS:
            n = SIZES[s['id']]; chunk = bag[i:i + n]; i += n
            cnt = lambda pred: sum(1 for ls in chunk if pred(ls))
            if cnt(lambda ls: OFF in ls and NOREF in ls) > len(s['offnoref']): ok = False
            if cnt(lambda ls: OFF in ls and NOREF not in ls) > len(s['off']): ok = False
            if cnt(lambda ls: NOREF in ls and OFF not in ls) > len(s['noref']): ok = False
            ndup = cnt(lambda ls: DUP in ls)
            nclean = cnt(lambda ls: ls == ())
            if ndup > min(3, nclean): ok = False
            nrel = cnt(lambda ls: OFF not in ls and NOREF not in ls and DUP not in ls)
            if nrel > len(s['rel']): ok = False
            if cnt(lambda ls: ls == ()) < n * 0.3: ok = False
            out[s['id']] = list(chunk)
            if not ok: break
        if ok: return out
    raise RuntimeError('cannot deal')

def pick_price(rng, ref_per_rka, over):
    if over:
        m = rng.uniform(1.8, 2.6) if rng.random() < 0.3 else rng.uniform(1.27, 1.7)
        return ceil_nice(float(ref_per_rka) * m)
    u = 1.0 if rng.random() < 0.4 else rng.uniform(0.9, 0.995)
    return floor_nice(float(ref_per_rka) * u)

def fix_ppn_price(h):
    return h if h % 100 == 0 else int(-(-h // 100) * 100)

def build_sub(rng, s, labelsets):
    caps = LAYOUT_CAPS[s['file']]
    rel = list(s['rel']); rng.shuffle(rel)
    noref = list(s['noref']); rng.shuffle(noref)
    off = list(s['off']); rng.shuffle(off)
    offnoref = list(s['offnoref'])
    # non-dup lines first, then dups appended (positions are fixed later by account grouping)
    lines = []
    nondup = [ls for ls in labelsets if DUP not in ls]
    dups = [ls for ls in labelsets if DUP in ls]
    for ls in nondup:
        L = set(ls)
        ln = dict(sub=s['id'], labels=set(L), ref=None)
        if OFF in L and NOREF in L: nm, unit, price, acct, kind = offnoref.pop(); ln.update(item_key=None)
        elif NOREF in L: nm, unit, price, acct, kind = noref.pop(); ln.update(item_key=None)
        else:
            key = off.pop() if OFF in L else rel.pop()
            it = CAT[key]
            ln['item_key'] = key
            # choose rka unit / pack
            rka_unit, factor = rng.choice(it['packs']) if it['kind'] == 'goods' else (it['unit'], F(1))
            if it['kind'] == 'goods' and len(it['packs']) > 1 and rng.random() < 0.5:
                rka_unit, factor = it['packs'][1 + rng.randrange(len(it['packs']) - 1)]
            nm = rng.choice(it['alts']) if it['alts'] else f"{it['name']} {it['spec']}"
            unit, acct, kind = rka_unit, it['acct'], it['kind']
            ref_per = F(it['price']) * factor
            price = pick_price(rng, ref_per, OVER in L)
            ln['ref'] = dict(src='SSH' if not it['cat'].isdigit() else 'SBU', key=key, name=it['name'], spec=it['spec'],
                             unit=it['unit'], price=it['price'], factor=str(factor))
        ln.update(name=nm, unit=unit, price=price, kind=kind, true_acct=acct)
        lines.append(ln)
    # duplicates: originals are clean lines with a catalogue ref
    cands = [l for l in lines if not l['labels'] and l['ref'] is not None]
    rng.shuffle(cands)
    for ls in dups:
        o = cands.pop()
        it = CAT[o['item_key']]
        names = [a for a in it['alts'] + [f"{it['name']} {it['spec']}".strip()] if a != o['name']]
        ln = dict(sub=s['id'], labels=set(ls), ref=dict(o['ref']), item_key=o['item_key'], name=rng.choice(names),
                  unit=o['unit'], price=o['price'], kind=o['kind'], true_acct=o['true_acct'], dup_of=id(o))
        o['is_orig'] = True
        lines.append(ln)
    # koef, account, ppn, jumlah
    for ln in lines:
        L = ln['labels']
        ln['acct'] = rng.choice(WRONG[ln['true_acct']]) if ACC in L else ln['true_acct']
        if 'dup_of' in ln:
            o = next(x for x in lines if id(x) == ln['dup_of'])
            parts = list(o['parts_true'])
            if rng.random() < 0.5 and prod(parts) >= 4:
                # split the need: later line budgets part of it again (reworded)
                v, u = parts[-1]
                if v >= 2: parts[-1] = (max(1, v // 2), u)
        else:
            parts = make_parts(rng, ln['kind'], ln['unit'], ln['price'])
        if ln['kind'] in KOEF_UNITS: ln['unit'] = KOEF_UNITS[ln['kind']]
        ln['parts_true'] = parts
        ppn = 11 if (caps['ppn'] and ln['true_acct'] not in NO_PPN_ACCTS and ln['price'] >= 1000) else 0
        if ppn: ln['price'] = fix_ppn_price(ln['price'])
        ln['ppn'] = ppn
        vol_true = prod(parts)
        ln['volume_correct'] = vol_true
        ln['volume'] = vol_true
        ln['jumlah_correct'] = jumlah_of(vol_true, ln['price'], ppn)
        ln['jumlah'] = ln['jumlah_correct']
        ln['arith_kind'] = None
        if ARITH in L:
            kinds = ['digit', 'vol_off', 'pct']
            if caps['koef'] and len(parts) >= 2: kinds += ['koef', 'koef']
            if ppn: kinds += ['ppn', 'ppn']
            k = rng.choice(kinds)
            if ppn and rng.random() < 0.45: k = 'ppn'
            elif caps['koef'] and len(parts) >= 2 and rng.random() < 0.5: k = 'koef'
            ln['arith_kind'] = k
            if k == 'koef':
                ln['volume'] = vol_true + rng.choice([-2, -1, 1, 2, vol_true]) if vol_true > 2 else vol_true + rng.choice([1, 2])
                ln['jumlah'] = jumlah_of(ln['volume'], ln['price'], ppn)
            elif k == 'ppn':
                ln['jumlah'] = vol_true * ln['price']
            elif k == 'vol_off':
                dv = rng.choice([-1, 1, 2]) if vol_true > 1 else rng.choice([1, 2])
                ln['jumlah'] = jumlah_of(vol_true + dv, ln['price'], ppn)
            elif k == 'pct':
                ln['jumlah'] = int(round(ln['jumlah_correct'] * rng.choice([0.9, 1.1, 1.2]), -3))
            else:
                s_ = str(ln['jumlah_correct'])
                idx = [i for i in range(len(s_) - 1) if s_[i] != s_[i + 1] and not (i == 0 and s_[1] == '0')]
                if idx:
                    i = rng.choice(idx); s_ = s_[:i] + s_[i + 1] + s_[i] + s_[i + 2:]
                    ln['jumlah'] = int(s_)
                else:
                    ln['jumlah'] = ln['jumlah_correct'] + 10 ** max(0, len(s_) - 2)
            if ln['jumlah'] == ln['jumlah_correct'] and ln['volume'] == vol_true:
                ln['jumlah'] = ln['jumlah_correct'] + 1000
    return lines

def order_lines(lines):
    # group by booked account, order of first appearance
    order = []
    for l in lines:
        if l['acct'] not in order: order.append(l['acct'])
    out = []
    for a in order: out += [l for l in lines if l['acct'] == a]
    return out

def plan(seed=2029):
    rng = random.Random(seed)
    dealt = deal_bag(rng)
    result = {}
    for s in SUBS:
        for attempt in range(200):
            ls = build_sub(rng, s, dealt[s['id']])
            ordered = order_lines(ls)
            pos = {id(l): i for i, l in enumerate(ordered)}
            if all(pos[l['dup_of']] < pos[id(l)] for l in ordered if 'dup_of' in l):
                break
        else:
            raise RuntimeError('dup ordering ' + s['id'])
        # link duplicate partner by index
        for l in ordered:
            if 'dup_of' in l:
                l['dup_of_index'] = pos[l['dup_of']]
        result[s['id']] = ordered
    return result
