#!/usr/bin/env python3
"""Generate blind RKA review set review12 (deterministic). Written blind."""
import json
import math
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalog_data as C  # noqa: E402
import subkeg_data as S  # noqa: E402
import render  # noqa: E402

DATA = os.path.join(HERE, 'data')
LABELS = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
COMPAT = {
    'OVERPRICED': ['ARITHMETIC', 'ACCOUNT_MISMATCH', 'DUPLICATE', 'OFF_TARGET'],
    'NO_PRICE_REFERENCE': ['ARITHMETIC', 'ACCOUNT_MISMATCH', 'OFF_TARGET'],
    'OFF_TARGET': ['OVERPRICED', 'ARITHMETIC', 'ACCOUNT_MISMATCH', 'NO_PRICE_REFERENCE'],
    'ARITHMETIC': ['OVERPRICED', 'ACCOUNT_MISMATCH', 'OFF_TARGET', 'NO_PRICE_REFERENCE'],
    'DUPLICATE': ['OVERPRICED', 'ARITHMETIC'],
    'ACCOUNT_MISMATCH': ['OVERPRICED', 'ARITHMETIC', 'NO_PRICE_REFERENCE', 'OFF_TARGET'],
}
FORBID = [{'DUPLICATE', 'OFF_TARGET'}, {'DUPLICATE', 'NO_PRICE_REFERENCE'}, {'DUPLICATE', 'ACCOUNT_MISMATCH'},
          {'NO_PRICE_REFERENCE', 'OVERPRICED'}]
OVER_MARGIN = 0.10  # > 10 % above catalogue (same unit, ex-PPN) = OVERPRICED
GENERIC = ['hvs_a4_80', 'map_snel', 'lakban_bening', 'ordner', 'isi_staples', 'binder200', 'correction', 'stapler',
           'box_file', 'buku_folio', 'postit', 'fd32', 'galon', 'tisu']
OFF_NOREF = ['aquarium', 'sepeda_listrik', 'jersey', 'parsel', 'karaoke', 'massage_chair', 'playstation', 'karangan_bunga']
SSH_FILE = 'ssh_samarinda_2027.xlsx'
SBU_FILE = 'sbu_samarinda_2027.pdf'

PART_LONG = {'org': 'Orang', 'jam': 'Jam', 'hr': 'Hari', 'kali': 'Kali', 'keg': 'Kegiatan', 'bln': 'Bulan', 'mlm': 'Malam',
             'PP': 'PP', 'unit': 'Unit', 'bh': 'Buah', 'm2': 'M2', 'event': 'Event', 'alat': 'Alat'}

# ---------------------------------------------------------------- catalogue


def build_catalogue():
    ssh, sbu = [], []
    counters = Counter()
    for key, sec, name, spec, unit, price, acct, names, units in C.SSH:
        pre = C.SSH_SECTIONS[sec][0]
        counters[pre] += 1
        ssh.append(dict(key=key, sec=sec, kode=f'{pre}.{counters[pre]:03d}', name=name, spec=spec, unit=unit, price=price,
                        acct=acct, names=names, units=units, koef=None, file=SSH_FILE))
    # extra near-miss rows (never referenced by RKAs, make matching harder)
    extra = [
        (0, 'Pulpen Gel', 'Tinta biru, ujung 0,5 mm', 'Box isi 12', 36000), (0, 'Pulpen Gel', 'Tinta hitam, ujung 0,7 mm', 'Box isi 12', 38000),
        (0, 'Spidol Whiteboard', 'Satuan, hitam', 'Buah', 9500), (0, 'Binder Clip No. 155', 'Lebar 19 mm', 'Kotak isi 12', 12500),
        (0, 'Map Plastik Kancing', 'Ukuran A4, warna', 'Lusin', 33000), (0, 'Penghapus Pensil', 'Karet putih', 'Kotak isi 40', 40000),
        (0, 'Penggaris Besi', '30 cm', 'Buah', 12000), (0, 'Tinta Stempel', 'Botol 30 ml, ungu', 'Botol', 15000),
        (1, 'Kertas HVS B5', '70 gram', 'Rim', 48000), (1, 'Kertas HVS Warna A4', '80 gram', 'Rim', 75000),
        (1, 'Kertas Sticker Label', 'A4, isi 50 lembar', 'Pak', 55000), (1, 'Kertas Manila', 'Plano, 180 gram', 'Lembar', 3500),
        (2, 'Cetak Spanduk Flexi', 'Flexi 440 gram (backlite)', 'M2', 95000), (2, 'Cetak Brosur', 'A5, art paper 120 gram, 1 sisi', 'Lembar', 1200),
        (2, 'Cetak Kartu Nama', 'Art carton 260 gram, 1 box isi 100', 'Box', 45000), (2, 'Cetak Buku Panduan', 'A5, 100 halaman, cover art carton', 'Eksemplar', 42000),
        (2, 'Cetak Sertifikat/Piagam', 'A4, BC 200 gram, 1 warna', 'Lembar', 3000), (2, 'Cetak Undangan', 'Lipat 2, art carton 230 gram', 'Lembar', 4500),
        (3, 'Flashdisk', '16 GB, USB 2.0', 'Buah', 65000), (3, 'Flashdisk', '256 GB, USB 3.1', 'Buah', 365000),
        (3, 'Harddisk Eksternal', '4 TB, USB 3.0, 2,5 inch', 'Buah', 2450000), (3, 'SSD Internal', '512 GB, SATA', 'Buah', 850000),
        (3, 'Kabel HDMI', 'Panjang 5 m', 'Buah', 95000), (3, 'Tinta Printer Ink Tank', 'Botol 70 ml, pigment hitam', 'Botol', 135000),
        (4, 'Lampu LED', '9 watt, fitting E27', 'Buah', 35000), (4, 'Lampu LED', '24 watt, fitting E27', 'Buah', 85000),
        (4, 'Lampu TL LED', '18 watt, 120 cm', 'Buah', 75000), (4, 'Kabel Roll', 'Panjang 25 m, 4 lubang', 'Buah', 285000),
        (5, 'Air Mineral Botol', '330 ml', 'Dus isi 24', 42000), (5, 'Air Mineral Botol', '1.500 ml', 'Dus isi 12', 58000),
        (5, 'Tisu Gulung', '2 ply', 'Pak isi 10', 45000), (5, 'Terpal Plastik', 'Ukuran 6 x 8 m, A5', 'Lembar', 345000),
        (6, 'Bensin RON 98 (Pertamax Turbo)', '-', 'Liter', 14400), (6, 'Oli Mesin Bensin', 'SAE 10W-40, 1 liter', 'Botol', 75000),
        (7, 'Foam AFFF 3%', 'Drum 200 liter', 'Drum', 24500000), (8, 'Benih Padi Hibrida', 'Bersertifikat', 'Kg', 85000),
        (8, 'Pupuk ZA', 'Non subsidi', 'Kg', 7500), (8, 'Pupuk KCL', 'Non subsidi', 'Kg', 16500),
        (9, 'Beras Premium', 'Kemasan 5 kg', 'Karung', 77000), (9, 'Minyak Goreng Curah', '-', 'Liter', 17000),
        (9, 'Gula Pasir', 'Curah', 'Kg', 16500), (10, 'Masker Medis 4 Ply', 'Earloop', 'Box isi 50', 55000),
        (10, 'Sarung Tangan Nitril', 'Non steril, ukuran L', 'Box isi 100', 125000), (10, 'Spuit Sekali Pakai', '1 cc (insulin)', 'Box isi 100', 175000),
        (10, 'Infus Set Anak', 'Mikro drip', 'Buah', 14500), (11, 'Pakaian Dinas Harian (PDH)', 'Drill, lengkap atribut', 'Stel', 425000),
        (11, 'Sepatu PDH', 'Kulit, pantofel', 'Pasang', 425000), (11, 'Helm Proyek', 'Safety helmet SNI', 'Buah', 85000),
        (12, 'Rompi Pelampung', 'Dewasa, SNI', 'Buah', 285000), (12, 'Senter Kepala (Headlamp)', 'LED rechargeable', 'Buah', 165000),
        (12, 'APAR Dry Chemical Powder', 'Kapasitas 9 kg, lengkap bracket', 'Tabung', 1350000), (12, 'Bola Basket', 'Ukuran 7', 'Buah', 550000),
        (13, 'Bendera Merah Putih', 'Ukuran 90 x 135 cm', 'Buah', 85000), (13, 'Plakat Kayu', 'Ukir, 30 x 40 cm', 'Buah', 450000),
        (14, 'Laptop', 'Core i3/setara, RAM 8 GB, SSD 256 GB, 14 inch', 'Unit', 9750000), (14, 'Printer Laser Mono', 'A4, 30 ppm', 'Unit', 3850000),
        (14, 'UPS', '2000 VA', 'Unit', 4250000), (14, 'Monitor LED', '21,5 inch, Full HD', 'Unit', 1650000),
        (15, 'Kursi Rapat', 'Rangka besi chrome, dudukan busa', 'Unit', 850000), (15, 'Meja Rapat', '240 x 120 cm', 'Unit', 6250000),
        (15, 'AC Split', '1/2 PK, termasuk pemasangan', 'Unit', 3950000), (15, 'AC Split Inverter', '1 PK, termasuk pemasangan', 'Unit', 6150000),
        (16, 'Proyektor', '4.000 lumens, WXGA', 'Unit', 9250000), (16, 'Mesin Penghancur Kertas', 'Kapasitas 10 lembar', 'Unit', 2850000),
        (17, 'Handy Talky (HT)', '5 watt, UHF', 'Unit', 2450000), (18, 'Pompa Portabel Pemadam', 'Mesin 13 HP, kapasitas 1.000 lpm', 'Unit', 68500000),
        (19, 'Kursi Roda', 'Lipat, aluminium', 'Unit', 2650000), (19, 'Termometer Digital', 'Ketiak, kontak', 'Unit', 45000),
        (20, 'Timbangan Bayi Digital', 'Kapasitas 20 kg', 'Unit', 950000),
    ]
    for sec, name, spec, unit, price in extra:
        pre = C.SSH_SECTIONS[sec][0]
        counters[pre] += 1
        ssh.append(dict(key=None, sec=sec, kode=f'{pre}.{counters[pre]:03d}', name=name, spec=spec, unit=unit, price=price,
                        acct=None, names=[], units=[], koef=None, file=SSH_FILE))
    ssh.sort(key=lambda r: (r['sec'], r['kode']))
    for key, sec, name, spec, unit, price, acct, names, koef in C.SBU:
        pre = C.SBU_SECTIONS[sec][0]
        counters[pre] += 1
        sbu.append(dict(key=key, sec=sec, kode=f'{pre}.{counters[pre]:03d}', name=name, spec=spec, unit=unit, price=price,
                        acct=acct, names=names, units=[(unit, 1)], koef=koef, file=SBU_FILE))
    provs = [('Sumatera Utara', 370000, 1100000, 3950000), ('Sumatera Barat', 380000, 1000000, 3850000),
             ('Riau', 370000, 950000, 3650000), ('Jawa Barat', 430000, 950000, 3950000), ('Jawa Tengah', 370000, 850000, 3750000),
             ('Kalimantan Selatan', 380000, 780000, 1350000), ('Kalimantan Utara', 380000, 800000, 1650000),
             ('Kalimantan Tengah', 360000, 750000, 1950000), ('Sulawesi Utara', 370000, 900000, 2950000),
             ('Papua', 580000, 1150000, 5850000), ('Nusa Tenggara Barat', 440000, 850000, 3350000),
             ('Kepulauan Riau', 370000, 1000000, 3950000), ('Banten', 370000, 900000, 4150000)]
    for prov, uh, inap, tiket in provs:
        for sec, name, spec, unit, price, koef in [
                (4, f'Uang Harian Luar Provinsi - {prov}', 'Per orang per hari', 'OH', uh, ('org', 'hr', 'OH')),
                (5, f'Penginapan {prov} - Eselon IV/Gol. III ke bawah', 'Per orang per malam', 'OM', inap, ('org', 'mlm', 'OM')),
                (6, f'Tiket Pesawat Ekonomi Samarinda/Balikpapan - Ibukota Provinsi {prov} (PP)', 'Per orang pulang pergi', 'Orang/PP', tiket, ('org', 'PP', 'Orang/PP'))]:
            pre = C.SBU_SECTIONS[sec][0]
            counters[pre] += 1
            sbu.append(dict(key=None, sec=sec, kode=f'{pre}.{counters[pre]:03d}', name=name, spec=spec, unit=unit, price=price,
                            acct=None, names=[], units=[], koef=koef, file=SBU_FILE))
    sbu.sort(key=lambda r: (r['sec'], r['kode']))
    return ssh, sbu

# ---------------------------------------------------------------- lines


def rnd_step(v, up=False):
    step = 1000 if v >= 100000 else 500 if v >= 10000 else 100 if v >= 1000 else 50
    f = math.ceil if up else math.floor
    return max(step, int(f(v / step) * step))


def jumlah_of(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100


class Gen:
    def __init__(self, cat_by_key):
        self.cat = cat_by_key
        self.rot = 0
        self.total = Counter()

    def plan(self, n, rng):
        nclean = round(0.4 * n)
        slots = [set() for _ in range(nclean)]
        lab = []
        for _ in range(n - nclean):
            # choose the globally least used label as primary (keeps counts balanced)
            order = sorted(LABELS, key=lambda t: (self.total[t], (LABELS.index(t) + self.rot) % 6))
            self.rot += 1
            p = order[0]
            s = {p}
            if rng.random() < 0.33:
                sec = rng.choice(COMPAT[p])
                if not any(f <= s | {sec} for f in FORBID):
                    s.add(sec)
            for t in s:
                self.total[t] += 1
            lab.append(s)
        dups = [s for s in lab if 'DUPLICATE' in s]
        others = [s for s in lab if 'DUPLICATE' not in s]
        body = slots + others
        rng.shuffle(body)
        return body + dups

    def make_sub(self, sub, rng, has_ppn):
        plan = self.plan(sub['n'], rng)
        used = set()
        lines = []
        dup_done = set()
        for labels in plan:
            L = {'labels': set(labels)}
            if 'NO_PRICE_REFERENCE' in labels:
                pool = OFF_NOREF if 'OFF_TARGET' in labels else sub['noref']
                cand = [k for k in pool if k not in used]
                if not cand:
                    cand = [k for k in OFF_NOREF if k not in used]
                    L['labels'].add('OFF_TARGET')
                k = rng.choice(cand)
                used.add(k)
                name, spec, unit, price, acct = C.NOREF[k]
                L.update(kind='noref', key=k, name=name, spec=spec, unit=unit, base=price, acct=acct, factor=1, cat=None, koef=None)
            elif 'DUPLICATE' in labels:
                cand = [x for x in lines if x['kind'] == 'cat' and 'OFF_TARGET' not in x['labels']
                        and 'ACCOUNT_MISMATCH' not in x['labels'] and x['key'] not in dup_done]
                cand2 = [x for x in cand if len(self.cat[x['key']]['names']) >= 2]
                orig = rng.choice(cand2 or cand)
                dup_done.add(orig['key'])
                row = self.cat[orig['key']]
                others = [nm for nm in row['names'] if nm != orig['name']]
                name = others[0] if others else f"{row['name']} {row['spec']}"
                L.update(kind='cat', key=orig['key'], name=name, spec=orig['spec'], unit=orig['unit'], factor=orig['factor'],
                         acct=row['acct'], cat=row, koef=row['koef'], dup_of=orig)
            else:
                if 'OFF_TARGET' in labels:
                    cand = [k for k in sub['off'] if k not in used]
                else:
                    cand = [k for k in sub['pool'] if k not in used] or [k for k in GENERIC if k not in used]
                k = rng.choice(cand)
                used.add(k)
                row = self.cat[k]
                conv = [u for u in row['units'] if u[1] != 1]
                unit, factor = rng.choice(conv) if (conv and rng.random() < 0.7) else rng.choice(row['units'])
                spec = row['spec'] if rng.random() < 0.8 else ''
                L.update(kind='cat', key=k, name=rng.choice(row['names']), spec=spec, unit=unit, factor=factor,
                         acct=row['acct'], cat=row, koef=row['koef'])
            self.fill_numbers(L, rng, has_ppn)
            lines.append(L)
        # stable sort by (correct or wrong) account code
        lines.sort(key=lambda x: C.ACC[x['acct_used']][0])
        # DUPLICATE goes on the later line of the pair (by construction it is the later one)
        for i, x in enumerate(lines):
            if 'dup_of' in x:
                assert lines.index(x['dup_of']) < i
        return lines

    def fill_numbers(self, L, rng, has_ppn):
        labels = L['labels']
        acct = L['acct']
        L['acct_used'] = rng.choice(C.MISMATCH[acct]) if 'ACCOUNT_MISMATCH' in labels else acct
        # price
        if L['kind'] == 'cat':
            base = L['cat']['price'] * L['factor']
            if 'OVERPRICED' in labels:
                price = rnd_step(base * rng.uniform(1.3, 2.1), up=True)
                if L['cat']['file'] == SBU_FILE and base >= 100000:
                    price = int(math.ceil(base * rng.uniform(1.3, 1.9) / 25000) * 25000)
            elif L['cat']['file'] == SBU_FILE:
                price = int(base) if rng.random() < 0.8 else int(base * rng.uniform(0.85, 0.97) // 5000 * 5000)
            elif base == int(base) and rng.random() < 0.55:
                price = int(base)
            else:
                price = rnd_step(base * rng.uniform(0.9, 1.0))
                if price > base:
                    price = int(base)
            L['cat_unit_price'] = base
        else:
            price = rnd_step(L['base'] * rng.uniform(0.95, 1.05))
        L['price'] = price
        # koefisien parts
        koef = L['koef']
        if koef is None:
            hi = 3 if price > 5e6 else 8 if price > 1e6 else 20 if price > 1e5 else 60 if price > 1e4 else 400
            lo = 1 if hi <= 8 else 2 if hi <= 20 else 5
            if L['unit'] in ('Buah', 'Pcs', 'Lembar', 'Tes', 'Meter', 'Eksemplar') and price < 5000:
                lo, hi = 100, 1500
            q = rng.randint(lo, hi)
            if q > 30:
                q = int(round(q, -1))
            if rng.random() < 0.25 and q >= 4:
                k = rng.choice([2, 4])
                q2 = max(1, q // k)
                parts = [(k, 'Kegiatan' if rng.random() < 0.5 else 'Kali'), (q2, L['unit'])]
            else:
                parts = [(q, L['unit'])]
            L['satuan'] = L['unit']
        else:
            *pl, sat = koef
            parts = []
            for p in pl:
                if p == 'org':
                    if L['acct'] in ('mamin', 'maminlap'):
                        v = rng.randint(2, 15) * 10 if L['acct'] == 'mamin' else rng.randint(8, 30)
                    elif L['acct'] == 'lembur':
                        v = rng.randint(5, 15)
                    elif L['acct'] in ('honor',):
                        v = rng.randint(1, 4)
                    else:
                        v = rng.randint(1, 6)
                else:
                    v = {'jam': rng.randint(2, 4) if L['acct'] == 'honor' else rng.randint(10, 40),
                         'hr': rng.randint(1, 3) if L['acct'] in ('sewagedung', 'sewaalat') else rng.randint(2, 12),
                         'kali': rng.randint(1, 4), 'keg': rng.randint(1, 2), 'bln': rng.choice([6, 12]), 'mlm': rng.randint(2, 4),
                         'PP': 1, 'unit': rng.randint(1, 3), 'bh': rng.randint(10, 30) * 10, 'm2': rng.choice([12, 18, 24]),
                         'event': 1, 'alat': rng.randint(10, 40)}[p]
                parts.append((v, PART_LONG[p]))
            L['satuan'] = sat
        vol = 1
        for v, _ in parts:
            vol *= v
        L['parts'] = parts
        L['vol_true'] = vol
        goods = L['acct'] not in ('honor', 'honortim', 'lembur', 'tenaga', 'kebersihan', 'pdbiasa', 'pddk', 'mamin', 'maminlap',
                                  'sewagedung', 'sewakend', 'sewaalat', 'pelihara')
        goods = goods and L['acct'] not in ('pangan', 'tani')  # bahan pokok, benih/pupuk: no PPN
        L['ppn'] = 11 if (has_ppn and goods and rng.random() < 0.85) else 0
        L['jumlah_true'] = jumlah_of(vol, price, L['ppn'])
        vol_p, jml = vol, L['jumlah_true']
        L['arith_kind'] = None
        if 'ARITHMETIC' in labels:
            kinds = ['slip', 'slip', 'koef']
            if L['ppn']:
                kinds += ['ppn_missing', 'ppn_missing']
            kind = rng.choice(kinds)
            if kind == 'koef':
                vol_p = vol + rng.choice([-2, -1, 1, 2, 3]) * max(1, vol // 10)
                if vol_p <= 0:
                    vol_p = vol + 2
                jml = jumlah_of(vol_p, price, L['ppn'])
            elif kind == 'ppn_missing':
                jml = vol * price
            else:
                sub = rng.choice(['plus', 'x10', 'transp'])
                if sub == 'plus':
                    jml = L['jumlah_true'] + price * rng.choice([1, 2, 5, -1])
                elif sub == 'x10':
                    jml = L['jumlah_true'] * 10 if rng.random() < 0.5 else L['jumlah_true'] // 10
                else:
                    s = str(L['jumlah_true'])
                    i = next((i for i in range(len(s) - 1) if s[i] != s[i + 1]), None)
                    if i is None:
                        jml = L['jumlah_true'] + price
                    else:
                        jml = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                if jml == L['jumlah_true'] or jml <= 0:
                    jml = L['jumlah_true'] + price
            L['arith_kind'] = kind
        L['vol'] = vol_p
        L['jumlah'] = jml


def main():
    ssh, sbu = build_catalogue()
    by_key = {r['key']: r for r in ssh + sbu if r['key']}
    for o in S.OPDS:
        for s in o['subs']:
            for k in s['pool'] + s['off']:
                assert k in by_key, k
            for k in s['noref']:
                assert k in C.NOREF, k
    os.makedirs(DATA, exist_ok=True)
    render.write_ssh(os.path.join(DATA, SSH_FILE), ssh, C.SSH_SECTIONS)
    render.write_sbu(os.path.join(DATA, SBU_FILE), sbu, C.SBU_SECTIONS)
    gen = Gen(by_key)
    manifest, truth = [], []
    for oi, o in enumerate(S.OPDS):
        has_ppn = o['layout'] in ('xlsx_sipd_sheet_per_subkeg', 'xlsx_split_koefisien_hier_no', 'pdf_sipd_born_digital')
        subs = []
        for si, s in enumerate(o['subs']):
            rng = random.Random(20270000 + oi * 100 + si)
            subs.append((s, gen.make_sub(s, rng, has_ppn)))
        stem = os.path.splitext(o['file'])[0]
        numbered = render.write_rka(os.path.join(DATA, o['file']), o, subs, HERE)
        labels = {}
        for s, lines in subs:
            for L in lines:
                no = L['no']
                assert no not in labels, no
                labs = sorted(L['labels'], key=LABELS.index)
                labels[no] = labs
                cat = L['cat']
                truth.append({
                    'file': o['file'], 'opd': o['opd'], 'layout': o['layout'], 'no': no,
                    'sub_kegiatan_kode': s['kode'], 'sub_kegiatan_nama': s['nama'], 'sub_kegiatan_output': s['indikator'],
                    'account_code': C.ACC[L['acct_used']][0], 'account_name': C.ACC[L['acct_used']][1],
                    'correct_account_code': C.ACC[L['acct']][0], 'correct_account_name': C.ACC[L['acct']][1],
                    'item_name': L['name'], 'printed_name': L['printed_name'], 'spec': L['spec'], 'unit': L['satuan'],
                    'koefisien': [[v, u] for v, u in L['parts']], 'koefisien_text': L['koef_text'],
                    'volume': L['vol'], 'volume_from_koefisien': L['vol_true'], 'price': L['price'], 'ppn_pct': L['ppn'],
                    'jumlah': L['jumlah'], 'jumlah_correct': L['jumlah_true'], 'arithmetic_error_kind': L['arith_kind'],
                    'catalogue_ref': None if cat is None else {
                        'file': cat['file'], 'kode': cat['kode'], 'name': cat['name'], 'spec': cat['spec'], 'unit': cat['unit'],
                        'price': cat['price'], 'rka_unit': L['unit'], 'factor_rka_unit_per_catalogue_unit': L['factor'],
                        'catalogue_price_per_rka_unit': round(cat['price'] * L['factor'], 2)},
                    'noref_item': L['key'] if L['kind'] == 'noref' else None,
                    'off_target_reason': (f"tidak menunjang output sub kegiatan ({s['why_off']})" if 'OFF_TARGET' in L['labels'] else None),
                    'duplicate_of_no': L['dup_of']['no'] if 'dup_of' in L else None,
                    'labels': labs,
                })
        with open(os.path.join(DATA, stem + '.labels.json'), 'w') as f:
            json.dump({'labels': labels}, f, indent=1, ensure_ascii=False)
        manifest.append({'rka': o['file'], 'catalogues': [SSH_FILE, SBU_FILE], 'labels': stem + '.labels.json',
                         'opd': o['opd'], 'layout': o['layout']})
    with open(os.path.join(DATA, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, 'truth_lines.json'), 'w') as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    cnt = Counter(t for x in truth for t in x['labels'])
    print('lines', len(truth), 'clean', sum(1 for x in truth if not x['labels']), dict(cnt))
    print('catalogue rows: SSH', len(ssh), 'SBU', len(sbu))


if __name__ == '__main__':
    main()
