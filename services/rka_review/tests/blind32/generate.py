#!/usr/bin/env python3
"""review32 generator (written blind). Deterministic: fixed seed, fixed timestamps. Writes data/, truth_lines.json."""
import json, math, os, random, csv, io, datetime
from catalog_data import ACCOUNTS, WRONG_FOR, SSH, SBU
from subkeg_data import FILES

SEED = 3227
ROOT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(ROOT, 'data')
SSH_FILE = 'ssh_kota_samarinda_2027.xlsx'
SBU_FILE = 'sbu_kota_samarinda_2027.pdf'
THRESH = 1.10
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)
UNIT_EXPAND = {'OJ': 'Orang/Jam', 'OK': 'Orang/Kali', 'OB': 'Orang/Bulan', 'OH': 'Orang/Hari', 'OM': 'Orang/Malam',
               'UH': 'Unit/Hari', 'OKeg': 'Orang/Kegiatan', 'OP': 'Orang/Paket'}
OFF_EXCL_FAMS = {'saklar', 'kabel_nym', 'kabel_nya', 'mcb', 'lampu', 'kran', 'servis_ac', 'harian', 'elbow', 'lem_pvc', 'tisu', 'baterai', 'senter', 'es', 'pemutih', 'thinner', 'cat_kayu', 'kuas', 'servis_kend', 'bbm', 'oli', 'atribut_patroli', 'jas_hujan', 'lpg', 'glove', 'wrap', 'buah'}
OFF_EXCL_SUB = {'1.02.02.2.01.0027': ['aerasi', 'apar_refill'], '1.02.02.2.01.0028': ['aerasi', 'apar_refill'], '1.02.02.2.01.0029': ['aerasi', 'apar_refill'], '1.05.02.2.02.0002': ['apar_refill', 'linen'], '1.05.03.2.01.0001': ['linen'], '7.01.02.2.02.0005': ['waring', 'aerasi', 'kapur', 'es', 'thinner', 'cat_kayu', 'cat', 'pipa', 'semen', 'pasir', 'kuas'], '1.05.03.2.02.0004': ['pipa', 'semen', 'pasir']}
OFF_EXCL_DOM = {'1.05.03.2.01.0001': {'kitchen'}, '1.05.03.2.02.0004': {'kitchen'}, '1.05.02.2.02.0002': {'sport'}, '7.01.02.2.02.0005': {'kitchen'},
                '2.22.02.2.01.0005': {'building'}, '3.25.03.2.01.0002': {'building'}}
OFFDOM = {'fire', 'laundry', 'kitchen', 'fish', 'culture', 'building', 'patrol', 'sport'}
MULTI = {'narsum', 'moderator', 'panitia', 'tim_hukum', 'tim_jdih', 'fotokopi', 'servis_kend', 'harian', 'linen', 'apd_damkar',
         'atribut_patroli', 'mebel', 'aerasi', 'waring', 'spanduk', 'piala', 'sport', 'gunting', 'saklar', 'kran', 'kuas', 'pel',
         'mouse', 'sertifikat', 'tenun', 'pengisi_acara', 'jasa_bersih', 'bbm', 'koreksi', 'buah', 'tempe', 'instruktur', 'publikasi'}
EXTRA = {'3.25.04.2.02.0001': ['es', 'plastik_ikan'], '7.01.02.2.02.0005': ['sewa_tenda:1', 'sewa_mobil:3', 'harian', 'semen', 'pasir', 'pipa:4', 'pipa:5', 'cat:2', 'cat:3', 'kuas'],
         '1.05.02.2.01.0001': ['servis_kend:0', 'servis_kend:1'], '1.05.03.2.01.0001': ['servis_kend:2', 'apar_refill:0'],
         '2.22.02.2.01.0003': ['sewa_genset', 'sewa_tenda', 'sewa_mobil:2', 'mamin_jamuan'], '1.02.02.2.01.0029': ['harian:0', 'servis_ac'],
         '4.01.01.2.03.0005': ['sewa_tenda:1', 'sewa_kursi:0'], '1.05.02.2.02.0002': ['pdl', 'sepatu_pdl', 'atribut_patroli', 'jas_hujan'], '1.02.02.2.01.0027': ['mesin_cuci']}
EXCLUDE = {'1.02.02.2.01.0027': ['jasa_bersih:0'], '1.02.02.2.01.0029': ['jasa_bersih:1'], '7.01.02.2.02.0005': ['jasa_bersih', 'mamin_pimpinan', 'pel', 'pembersih', 'pengharum', 'tisu', 'sabun'],
           '1.05.03.2.02.0004': ['jasa_bersih:1']}


def fmt(n, dec=False):
    s = f"{int(round(n)):,}".replace(',', '.')
    return s + (',00' if dec else '')


def step_of(x):
    return 50 if x < 1000 else 100 if x < 10000 else 500 if x < 100000 else 1000 if x < 1000000 else 10000


def build_catalogue():
    rows = []
    for src, fams in (('SSH', SSH), ('SBU', SBU)):
        seq = {}
        for fam, pref, base, acct, dom, kind, conv0, aliases, rr in fams:
            for i, (short, spec, unit, price) in enumerate(rr):
                conv = conv0 if unit == rr[0][2] else []  # packaging conversions only for rows sold in the family's base unit
                seq[pref] = seq.get(pref, 0) + 1
                simple = aliases == ['{s}']
                ur = short if simple else f"{base} {short}"
                rows.append(dict(key=f"{fam}:{i}", fam=fam, src=src, kode=f"{pref}.{seq[pref]:03d}", base=base,
                                 uraian=ur, spek=spec, unit=unit, price=price, acct=acct, dom=set(dom.split()), kind=kind,
                                 conv=conv, aliases=[a.format(s=short) for a in aliases],
                                 need=(('mamin', short) if fam.startswith('mamin') else (fam, i) if (fam in MULTI or simple) else (fam,))))
    assert len({r['uraian'] for r in rows}) == len(rows), 'catalogue uraian not unique'
    return rows


def qty_for(rng, kind, unitp, unit):
    if kind in ('goods', 'goods_m', 'paket'):
        if unitp >= 1e6: q = rng.randint(1, 4)
        elif unitp >= 1e5: q = rng.randint(2, 12)
        elif unitp >= 1e4: q = rng.choice([5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40])
        elif unitp >= 1000: q = rng.choice([10, 20, 24, 25, 30, 36, 48, 50, 60, 100])
        else: q = rng.choice([100, 150, 200, 250, 300, 500])
        if kind == 'goods_m':
            return [(q, unit), (rng.choice([3, 6, 12]), 'Bulan')]
        if kind == 'goods' and q >= 2 and rng.random() < 0.3:
            lab, n2 = rng.choice([('Triwulan', 4), ('Kegiatan', rng.randint(2, 6)), ('Ruang', rng.randint(2, 8)), ('Regu', rng.randint(2, 4))])
            return [(max(1, q // 2), unit), (n2, lab)]
        return [(q, unit)]
    if kind == 'orang_kali': return [(rng.choice([25, 30, 40, 50, 60, 75, 100]), 'Orang'), (rng.choice([1, 2, 3, 4, 6, 12]), 'Kali')]
    if kind == 'oj': return [(rng.randint(1, 3), 'Orang'), (rng.choice([2, 3, 4, 6]), 'Jam')]
    if kind == 'org_kali': return [(rng.randint(1, 5), 'Orang'), (rng.randint(1, 4), 'Kali')]
    if kind == 'org_keg': return [(rng.randint(1, 8), 'Orang'), (1, 'Kegiatan')]
    if kind == 'org_bulan': return [(rng.randint(1, 5), 'Orang'), (rng.choice([6, 10, 12]), 'Bulan')]
    if kind == 'org_hari': return [(rng.randint(2, 12), 'Orang'), (rng.randint(1, 6), 'Hari')]
    if kind == 'org_malam': return [(rng.randint(1, 4), 'Orang'), (rng.randint(2, 4), 'Malam')]
    if kind == 'unit_hari':
        return [((rng.choice([100, 150, 200, 300]) if unitp < 20000 else rng.randint(1, 3)), 'Unit'), (rng.randint(1, 3), 'Hari')]
    if kind == 'lembar':
        if unit == 'Lembar': return [(rng.choice([40, 60, 80, 120, 150]), 'Lembar'), (rng.choice([10, 20, 25, 30, 50]), 'Eksemplar')]
        return [(rng.choice([10, 20, 25, 30, 50]), unit)]
    raise ValueError(kind)


def ppn_for(acct_key, layout_has_ppn):
    if not layout_has_ppn: return 0
    cls = ACCOUNTS[acct_key][2]
    return 11 if (cls in ('B', 'K') or acct_key.startswith('sewa')) else 0


def label_deck(rng, total):
    T = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
    deck = [[t] for t in T for _ in range(23)]
    doubles = ([['OVERPRICED', 'ARITHMETIC']] * 3 + [['OVERPRICED', 'DUPLICATE']] * 3 + [['OVERPRICED', 'ACCOUNT_MISMATCH']] * 2 +
               [['NO_PRICE_REFERENCE', 'ARITHMETIC']] * 2 + [['NO_PRICE_REFERENCE', 'ACCOUNT_MISMATCH']] * 3 + [['OFF_TARGET', 'ACCOUNT_MISMATCH']] * 2 +
               [['OFF_TARGET', 'ARITHMETIC']] * 2 + [['OFF_TARGET', 'OVERPRICED']] * 1 + [['DUPLICATE', 'ARITHMETIC']] * 2)
    deck += [list(d) for d in doubles]
    deck += [[] for _ in range(total - len(deck))]
    rng.shuffle(deck)
    return deck


def make_lines(rng, cat, sub, labelsets, layout):
    has_ppn = layout['ppn']; has_koef = layout['koef']
    code = sub['code']; sdom = set(sub['dom'].split())
    extra = EXTRA.get(code, []); excl = EXCLUDE.get(code, [])
    def inlist(r, lst): return r['fam'] in lst or r['key'] in lst
    ontarget = [r for r in cat if ((r['dom'] & sdom) or inlist(r, extra)) and not inlist(r, excl)]
    offt = [r for r in cat if r['dom'] <= OFFDOM and not (r['dom'] & sdom) and not inlist(r, extra)
            and r['fam'] not in OFF_EXCL_FAMS and not (r['dom'] & OFF_EXCL_DOM.get(code, set())) and not inlist(r, OFF_EXCL_SUB.get(code, []))]
    monthly_ok = 'meeting' not in sdom and bool(sdom & {'kitchen', 'patrol', 'fire'})
    used_needs = set(); noref_pool = list(sub['noref']); rng.shuffle(noref_pool)
    lines = []; dups = []
    for ls in labelsets:
        if 'DUPLICATE' in ls: dups.append(ls); continue
        L = dict(labels=sorted(ls), sub=code)
        if 'NO_PRICE_REFERENCE' in ls:
            if not noref_pool: raise RuntimeError('noref pool empty ' + code)
            nm, sp, unit, kind, price, acct = noref_pool.pop()
            parts = qty_for(rng, 'goods', price, unit)
            L.update(cat=None, uraian=nm, spek=sp, unit=unit, parts=parts, acct_nat=acct, price=price, role='noref')
        else:
            pool = offt if 'OFF_TARGET' in ls else ontarget
            cands = [r for r in pool if r['need'] not in used_needs]
            r = rng.choice(cands); used_needs.add(r['need'])
            conv = None
            if r['conv'] and rng.random() < 0.75: conv = rng.choice(r['conv'])
            if conv and r['fam'] == 'airmineral' and r['key'].endswith(':1'): conv = None
            unit = conv[0] if conv else r['unit']; factor = conv[1] if conv else 1
            base = r['price'] * factor
            if 'OVERPRICED' in ls:
                st = step_of(base * 1.5); p = round(base * rng.uniform(1.25, 1.85) / st) * st
                assert p > base * 1.2
            else:
                st = step_of(base); f = rng.choice([1.0, 1.0, 1.0, 0.98, 0.95, 0.9])
                p = math.floor(base * f / st) * st
                if p <= 0: p = st
                assert p <= base + 1e-9
            kind = r['kind']
            if kind == 'goods_m' and not (monthly_ok and 'OFF_TARGET' not in ls): kind = 'goods'
            parts = qty_for(rng, kind, p, UNIT_EXPAND.get(unit, unit) if kind in ('goods', 'goods_m', 'paket') else unit)
            ali = rng.randrange(len(r['aliases']))
            L.update(cat=r, uraian=r['aliases'][ali], alias_idx=ali, spek=r['spek'], unit=unit, factor=factor, parts=parts,
                     acct_nat=r['acct'], price=p, role='offtarget' if 'OFF_TARGET' in ls else 'ontarget')
        lines.append(L)
    # duplicates: reworded copies of an earlier eligible line
    for ls in dups:
        elig = [l for l in lines if l['role'] == 'ontarget' and 'ACCOUNT_MISMATCH' not in l['labels'] and not l.get('has_dup')]
        o = rng.choice(elig); o['has_dup'] = True; r = o['cat']
        alts = [i for i in range(len(r['aliases'])) if i != o['alias_idx']]
        if alts: nm = r['aliases'][rng.choice(alts)]
        else: nm = rng.choice(['Pengadaan ', 'Penyediaan ', 'Belanja ']) + o['uraian'][0].lower() + o['uraian'][1:]
        base = r['price'] * o['factor']
        if 'OVERPRICED' in ls:
            st = step_of(base * 1.5); p = round(base * rng.uniform(1.25, 1.7) / st) * st
        else:
            st = step_of(base); p = math.floor(base * rng.choice([1.0, 0.95]) / st) * st
        parts = [tuple(x) for x in o['parts']]
        if rng.random() < 0.5 and parts[0][0] > 2:
            parts[0] = (max(1, parts[0][0] // 2), parts[0][1])
        L = dict(labels=sorted(ls), sub=code, cat=r, uraian=nm, spek=(o['spek'] if rng.random() < 0.6 else ''), unit=o['unit'], factor=o['factor'],
                 parts=parts, acct_nat=o['acct_nat'], price=p, role='dup', dup_of=id(o))
        idx = lines.index(o); pos = rng.randint(idx + 1, len(lines)); lines.insert(pos, L)
    # accounts, volumes, jumlah, arithmetic errors
    for L in lines:
        acct = L['acct_nat']
        if 'ACCOUNT_MISMATCH' in L['labels']:
            cls = ACCOUNTS[acct][2]
            acct = rng.choice([a for a in WRONG_FOR[cls] if ACCOUNTS[a][2] != cls])
        L['acct'] = acct
        L['ppn'] = ppn_for(L['acct_nat'], has_ppn)
        prod = 1
        for q, _ in L['parts']: prod *= q
        L['vol_correct'] = prod
        L['volume'] = prod
        L['jumlah_correct'] = int(math.floor(prod * L['price'] * (100 + L['ppn']) / 100 + 0.5))
        L['jumlah'] = L['jumlah_correct']; L['arith_kind'] = None
        if 'ARITHMETIC' in L['labels']:
            opts = ['x10', 'digit', 'part']
            if has_koef and len(L['parts']) >= 2: opts += ['koef'] * 4
            if L['ppn']: opts += ['ppn', 'ppn']
            if len(L['parts']) < 2 or L['parts'][1][0] == 1: opts.remove('part')
            k = rng.choice(opts); L['arith_kind'] = k
            c = L['jumlah_correct']
            if k == 'x10': L['jumlah'] = c * 10 if rng.random() < 0.5 else c // 10
            elif k == 'digit':
                d = 10 ** max(3, len(str(c)) - 2); L['jumlah'] = c + rng.choice([1, 2, -1]) * d
                if L['jumlah'] <= 0: L['jumlah'] = c + d
            elif k == 'part':
                L['jumlah'] = int(math.floor(L['parts'][0][0] * L['price'] * (100 + L['ppn']) / 100 + 0.5))
            elif k == 'ppn':
                L['jumlah'] = int(L['volume'] * L['price'])
            elif k == 'koef':
                L['volume'] = prod + rng.choice([L['parts'][0][0], -L['parts'][0][0], 10, 5]) if prod > 10 else prod + 5
                L['jumlah'] = int(math.floor(L['volume'] * L['price'] * (100 + L['ppn']) / 100 + 0.5))
            if abs(L['jumlah'] - c) <= max(1, 0.005 * c) or L['volume'] <= 0:
                L['volume'] = prod; L['jumlah'] = c * 10; L['arith_kind'] = 'x10'
            assert abs(L['jumlah'] - c) > max(1, 0.005 * c), (k, c, L['jumlah'])
    # group by account (first appearance), stable
    order = []
    for L in lines:
        if L['acct'] not in order: order.append(L['acct'])
    lines.sort(key=lambda l: order.index(l['acct']))
    # duplicates must stay after their original
    ids = {id(l): i for i, l in enumerate(lines)}
    for L in lines:
        if L['role'] == 'dup':
            assert ids[L['dup_of']] < ids[id(L)], 'dup before original'
    return lines


def koef_text(parts, style='long'):
    if style == 'short':
        ab = {'Orang': 'org', 'Kali': 'kl', 'Hari': 'hr', 'Bulan': 'bln', 'Jam': 'jam', 'Malam': 'mlm', 'Unit': 'unit', 'Kegiatan': 'keg', 'Eksemplar': 'eks', 'Lembar': 'lbr'}
        return ' x '.join(f"{q} {ab.get(u, u.lower())}" for q, u in parts)
    return ' x '.join(f"{q} {u}" for q, u in parts)


def main():
    rng = random.Random(SEED)
    os.makedirs(DATA, exist_ok=True)
    for f in os.listdir(DATA): os.remove(os.path.join(DATA, f))
    cat = build_catalogue()
    import layouts
    layouts.write_ssh(os.path.join(DATA, SSH_FILE), [r for r in cat if r['src'] == 'SSH'])
    layouts.write_sbu(os.path.join(DATA, SBU_FILE), [r for r in cat if r['src'] == 'SBU'])
    total = sum(s['n'] for F in FILES for s in F['subs'])
    deck = label_deck(rng, total)
    while True:
        k = 0; ok = True
        for F in FILES:
            for s in F['subs']:
                ls = deck[k:k + s['n']]; k += s['n']
                nr = sum('NO_PRICE_REFERENCE' in x for x in ls); du = sum('DUPLICATE' in x for x in ls)
                if nr > len(s['noref']) or du > s['n'] // 4 or du == 0 and s['n'] > 20: ok = False
        if ok: break
        rng.shuffle(deck)
    manifest = []; truth = {'conventions': {'overpriced_threshold': THRESH, 'catalogue_prices_exclude_ppn': True}, 'files': {}}
    k = 0
    for F in FILES:
        lay = layouts.LAYOUTS[F['layout']]
        subs = []
        for s in F['subs']:
            ls = deck[k:k + s['n']]; k += s['n']
            subs.append((s, make_lines(rng, cat, s, ls, lay)))
        # numbering
        n = 0
        for si, (s, lines) in enumerate(subs):
            for j, L in enumerate(lines):
                n += 1
                L['no'] = lay['numfmt'](si, j, n)
        fname = F['stem'] + '.' + F['ext']
        extra_files = lay['writer'](os.path.join(DATA, fname), F, subs, rng)
        lab = {L['no']: L['labels'] for _, lines in subs for L in lines}
        assert len(lab) == sum(len(l) for _, l in subs)
        json.dump({'labels': lab}, open(os.path.join(DATA, F['stem'] + '.labels.json'), 'w'), indent=1, ensure_ascii=False)
        manifest.append({'rka': fname, 'catalogues': [SSH_FILE, SBU_FILE], 'labels': F['stem'] + '.labels.json', 'opd': F['opd'], 'layout': F['layout']})
        tl = []
        for s, lines in subs:
            for L in lines:
                c = L['cat']
                tl.append(dict(no=L['no'], sub_kegiatan_code=s['code'], sub_kegiatan_name=s['name'], account_code=ACCOUNTS[L['acct']][0],
                               account_name=ACCOUNTS[L['acct']][1], correct_account_code=ACCOUNTS[L['acct_nat']][0],
                               correct_account_name=ACCOUNTS[L['acct_nat']][1], uraian=L['uraian'], spesifikasi=L['spek'], satuan=L['unit'],
                               koefisien=koef_text(L['parts']), koef_parts=[list(p) for p in L['parts']], volume=L['volume'], volume_correct=L['vol_correct'],
                               harga_satuan=L['price'], ppn=L['ppn'], jumlah=L['jumlah'], jumlah_correct=L['jumlah_correct'], arithmetic_kind=L['arith_kind'],
                               role=L['role'], printed=L.get('printed', {}),
                               catalogue=(None if c is None else dict(file=SSH_FILE if c['src'] == 'SSH' else SBU_FILE, kode=c['kode'], uraian=c['uraian'],
                                          spesifikasi=c['spek'], satuan=c['unit'], harga=c['price'], rka_unit=L['unit'], factor=L['factor'],
                                          catalogue_price_per_rka_unit=round(c['price'] * L['factor'], 2),
                                          ratio=round(L['price'] / (c['price'] * L['factor']), 4))),
                               duplicate_of=(next(x['no'] for x in lines if id(x) == L['dup_of']) if L['role'] == 'dup' else None),
                               labels=L['labels']))
        truth['files'][fname] = dict(opd=F['opd'], layout=F['layout'], extra_files=extra_files or [], lines=tl)
    assert k == total
    json.dump(manifest, open(os.path.join(DATA, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
    json.dump(truth, open(os.path.join(ROOT, 'truth_lines.json'), 'w'), indent=1, ensure_ascii=False)
    print('lines', total)


if __name__ == '__main__':
    main()
