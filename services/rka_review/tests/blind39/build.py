# Builds the line truth for review39 (deterministic)
import random, math, copy
from model import *
from catalog import PROV

OPDS = {
 'dinkes': ('1.02.0.00.0.00.01.0000','Dinas Kesehatan','1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR','1.02 - URUSAN PEMERINTAHAN BIDANG KESEHATAN'),
 'dkpp': ('3.27.2.09.0.00.01.0000','Dinas Ketahanan Pangan dan Pertanian','2/3 - URUSAN WAJIB NON PELAYANAN DASAR / PILIHAN','3.27 - URUSAN PEMERINTAHAN BIDANG PERTANIAN'),
 'bkpsdm': ('5.04.0.00.0.00.01.0000','Badan Kepegawaian dan Pengembangan Sumber Daya Manusia','5 - UNSUR PENUNJANG URUSAN PEMERINTAHAN','5.04 - KEPEGAWAIAN'),
 'hukum': ('4.01.0.00.0.00.01.0003','Sekretariat Daerah - Bagian Hukum','4 - URUSAN PEMERINTAHAN UMUM / UNSUR PENDUKUNG','4.01 - SEKRETARIAT DAERAH'),
 'disdag': ('3.30.0.00.0.00.01.0000','Dinas Perdagangan','3 - URUSAN PEMERINTAHAN PILIHAN','3.30 - URUSAN PEMERINTAHAN BIDANG PERDAGANGAN'),
 'kec': ('7.01.0.00.0.00.10.0000','Kecamatan Samarinda Seberang','7 - KEWILAYAHAN','7.01 - KECAMATAN'),
}
# sub-kegiatan: id, opd, program, kegiatan, code, name, output indicator, target, tags, peserta, n_lines, ld_dest, allow_modal_tag
SUBS = [
 dict(id='PK1',opd='dinkes',prog='1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',keg='1.02.02.2.02 - Penyediaan Layanan Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Kabupaten/Kota',
      code='1.02.02.2.02.0019',name='Pengelolaan Pelayanan Promosi Kesehatan',out='Jumlah Dokumen Hasil Pengelolaan Pelayanan Promosi Kesehatan (kampanye PHBS di 10 kecamatan)',target='1 Dokumen',tags={'promkes'},peserta=60,n=19),
 dict(id='PK2',opd='dinkes',prog='1.02.05 - PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN',keg='1.02.05.2.01 - Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran Serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota',
      code='1.02.05.2.01.0001',name='Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, Penggalangan Kemitraan, Peran Serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota (GERMAS dan Posyandu)',out='Jumlah Dokumen Promosi Kesehatan, Advokasi dan Kemitraan (pelatihan 120 kader posyandu)',target='1 Dokumen',tags={'promkes'},peserta=40,n=17),
 dict(id='KL1',opd='dinkes',prog='1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',keg='1.02.02.2.02 - Penyediaan Layanan Kesehatan untuk UKM dan UKM Rujukan Tingkat Daerah Kabupaten/Kota',
      code='1.02.02.2.02.0020',name='Pengelolaan Pelayanan Kesehatan Lingkungan',out='Jumlah Dokumen Hasil Pengelolaan Pelayanan Kesehatan Lingkungan (pengawasan kualitas air minum & sanitasi TTU)',target='1 Dokumen',tags={'kesling'},peserta=30,n=17,modal=True),
 dict(id='KL2',opd='dinkes',prog='1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',keg='1.02.02.2.02 - Penyediaan Layanan Kesehatan untuk UKM dan UKM Rujukan Tingkat Daerah Kabupaten/Kota',
      code='1.02.02.2.02.0025',name='Pelayanan Kesehatan Penyakit Menular dan Tidak Menular (Pengendalian Vektor DBD)',out='Jumlah Orang yang Mendapatkan Pelayanan Kesehatan Orang Terduga / PSN dan fogging fokus',target='40 Lokasi Fokus',tags={'kesling'},peserta=30,n=16),
 dict(id='TN1',opd='dkpp',prog='3.27.07 - PROGRAM PENYULUHAN PERTANIAN',keg='3.27.07.2.01 - Pelaksanaan Penyuluhan Pertanian',
      code='3.27.07.2.01.0002',name='Penyelenggaraan Penyuluhan Pertanian (Demplot dan Sekolah Lapang)',out='Jumlah Kelompok Tani yang Mendapatkan Penyuluhan',target='24 Kelompok',tags={'tani'},peserta=50,n=19),
 dict(id='TN2',opd='dkpp',prog='2.09.02 - PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT',keg='2.09.02.2.01 - Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan',
      code='2.09.02.2.01.0003',name='Pengelolaan dan Keamanan Cadangan Pangan Pemerintah Kabupaten/Kota',out='Jumlah Cadangan Pangan Pemerintah Kabupaten/Kota yang Tersedia',target='20 Ton',tags={'pangan'},peserta=40,n=17,modal=True),
 dict(id='AS1',opd='bkpsdm',prog='5.04.05 - PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA',keg='5.04.05.2.01 - Pengembangan Kompetensi Teknis',
      code='5.04.05.2.01.0001',name='Penyelenggaraan Pengembangan Kompetensi Teknis, Manajerial dan Sosial Kultural ASN',out='Jumlah ASN yang Mengikuti Pengembangan Kompetensi',target='240 Orang',tags={'asn'},peserta=40,n=18,ld=1),
 dict(id='AS2',opd='bkpsdm',prog='5.04.05 - PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA',keg='5.04.05.2.02 - Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional',
      code='5.04.05.2.02.0002',name='Pelaksanaan Uji Kompetensi dan Sertifikasi ASN',out='Jumlah ASN yang Mengikuti Uji Kompetensi',target='150 Orang',tags={'asn'},peserta=50,n=16),
 dict(id='HK1',opd='hukum',prog='4.01.02 - PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT',keg='4.01.02.2.04 - Fasilitasi Penyusunan Produk Hukum Daerah',
      code='4.01.02.2.04.0001',name='Fasilitasi Penyusunan Perundang-undangan Daerah',out='Jumlah Rancangan Produk Hukum Daerah yang Difasilitasi',target='35 Produk Hukum',tags={'hukum'},peserta=30,n=18,ld=0),
 dict(id='HK2',opd='hukum',prog='4.01.02 - PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT',keg='4.01.02.2.04 - Fasilitasi Penyusunan Produk Hukum Daerah',
      code='4.01.02.2.04.0004',name='Pendokumentasian Produk Hukum dan Pengelolaan JDIH',out='Jumlah Dokumen Produk Hukum yang Terdokumentasi dan Terpublikasi di JDIH',target='420 Dokumen',tags={'hukum'},peserta=25,n=16,modal=True),
 dict(id='DG1',opd='disdag',prog='3.30.04 - PROGRAM PENGEMBANGAN SARANA DISTRIBUSI PERDAGANGAN',keg='3.30.04.2.01 - Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan',
      code='3.30.04.2.01.0006',name='Pengelolaan Sarana Distribusi Perdagangan (Pasar Rakyat Segiri dan Pasar Pagi)',out='Jumlah Sarana Distribusi Perdagangan yang Dikelola',target='2 Unit Pasar',tags={'pasar'},peserta=40,n=18,modal=True),
 dict(id='DG2',opd='disdag',prog='3.30.06 - PROGRAM PENGEMBANGAN DAN PERLINDUNGAN KONSUMEN',keg='3.30.06.2.01 - Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan',
      code='3.30.06.2.01.0001',name='Pelaksanaan Metrologi Legal, Berupa Tera, Tera Ulang dan Pengawasan',out='Jumlah UTTP yang Ditera/Ditera Ulang',target='3.500 Unit',tags={'pasar'},peserta=40,n=16,modal=True),
 dict(id='KC1',opd='kec',prog='7.01.02 - PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',keg='7.01.02.2.01 - Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
      code='7.01.02.2.01.0003',name='Fasilitasi Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan',out='Jumlah Dokumen Hasil Musrenbang Kecamatan',target='1 Dokumen',tags={'kec'},peserta=120,n=24),
]
DEST = [1, 6]  # index in PROV for ld subs: Jakarta (Kemenkumham/Kemendagri), Sulsel

def catalogue_of(x): return x['cat']
# general-utility items that could plausibly serve almost any sub-kegiatan: never used as OFF_TARGET
OFF_EXCLUDE = {'gula_cad','kantong_beras5','karung','kabel_utp','kran','pipa_pvc','lampu_led40','cat_tembok5','kabel_nym','cangkul','gembor','selang','senter',
               'sepatu_boot','sarung_tangan','masker_medis','tempat_sampah_60','sabun_cair5l','kantong_belanja','termohigro','pita_ukur','terpal','cool_box',
               'polybag','bibit_cabai','benih_sayur','buku_peraturan','langganan_jdih','stempel','tinta_stempel','kursus_online','kuota','kursus_diklat',
               'minyak_goreng','telur','beras_prem','beras_cad','hon_pengajar','hon_pengawas_ujian','jasa_kebersihan','jasa_keamanan','tempat_sampah_pilah','apar','apar_refill','pupuk_cair','organik','sewa_perahu','sewa_hall_pameran','leaflet_tani','hon_tim_perwali','hon_tim_perda','bingkai_foto','sajadah','moisture'}

def pools(sub):
    tags = sub['tags']
    on, off = [], []
    for x in ALL:
        xt = set(x['tags'].split())
        c = x['cls']
        if x['key'].startswith(('uh_','inap_','tix_','taksi_')):
            if 'ld' in sub:
                d = DEST[sub['ld']]; pv = PROV[d][0]
                if x['key'] in (f'uh_{d}', f'inap_{d}') or (x['key'] == ('tix_0' if d == 1 else 'tix_3')) or (x['key']=='taksi_smd'):
                    on.append(x)
            continue
        if xt & tags:
            if c.startswith('modal') and not sub.get('modal'): continue
            on.append(x)
        elif 'gen' in xt:
            if c.startswith('modal') or c == 'mamin_jamuan': continue
            if x['key'] in ('apar','apar_refill','gpu_genset','jasa_keamanan','jasa_kebersihan','jasa_admin','kabel_utp','hdd_ext_1tb','stapler_hd','baliho','kuota') and not (xt & tags): continue
            on.append(x)
        elif x['key'] in OFF_EXCLUDE:
            continue
        elif 'ot' in xt or (xt and not (xt & tags) and 'ternak' not in xt and not (tags & {'tani','pangan'} and xt & {'tani','pangan'}) and not (tags & {'pasar','kesling'} and xt & {'pasar','kesling'}) and not (tags & {'promkes','kesling'} and xt & {'promkes','kesling'})):
            off.append(x)
    return on, off

def build_all(seed=39):
    rng = random.Random(seed)
    N = sum(s['n'] for s in SUBS)
    # label plan
    quota = {l: 28 for l in LABELS}
    sets = []
    pairs = PAIRS[:]
    npair = 28
    for i in range(npair):
        a, b = pairs[i % len(pairs)]
        sets.append({a, b}); quota[a] -= 1; quota[b] -= 1
    for l in LABELS:
        for _ in range(max(0, quota[l])): sets.append({l})
    nclean = N - len(sets)
    assert nclean >= 0.37 * N, (N, len(sets))
    sets += [set() for _ in range(nclean)]
    # assign to slots: dup sets spread over subs, placed in the later half of each chunk
    dups = [x for x in sets if 'DUPLICATE' in x]; rest = [x for x in sets if 'DUPLICATE' not in x]
    rng.shuffle(dups); rng.shuffle(rest)
    per = {s['id']: [] for s in SUBS}
    for i, d in enumerate(dups): per[SUBS[i % len(SUBS)]['id']].append(d)
    chunks = []
    for s in SUBS:
        n = s['n']; dd = per[s['id']]
        for attempt in range(500):
            others = [rest.pop() for _ in range(n - len(dd))] if attempt == 0 else others
            ch = others[:]
            rng.shuffle(ch)
            slots = sorted(rng.sample(range(n // 2, n), len(dd)))
            for sl, d in zip(slots, dd): ch.insert(sl, d)
            ok = all(len([k for k in range(j) if not (ch[k] & {'OFF_TARGET','NO_PRICE_REFERENCE','ACCOUNT_MISMATCH','DUPLICATE'})]) >= 2 + sum('DUPLICATE' in ch[k] for k in range(j)) for j in range(n) if 'DUPLICATE' in ch[j])
            if ok: break
        assert ok
        chunks.append(ch)
    sets = [x for ch in chunks for x in ch]
    lines = []; pos = 0
    for s in SUBS:
        chunk = sets[pos:pos + s['n']]; pos += s['n']
        lines += build_sub(s, chunk, rng)
    return lines

def pick_unit(x, rng):
    opts = [(x['unit'], 1.0)] + x['alt']
    if x['alt'] and rng.random() < 0.85: return rng.choice(x['alt'])
    return opts[0]

def build_sub(sub, chunk, rng):
    on, off = pools(sub)
    used_fam = set(); out = []
    npr_on = [t for t in NPR if t[5] in sub['tags'] or t[5] == 'gen']
    npr_used = set()
    for j, ls in enumerate(chunk):
        L = dict(sub=sub['id'], sub_code=sub['code'], sub_name=sub['name'], opd=OPDS[sub['opd']][1], labels=sorted(ls), order=j)
        dup_of = None
        if 'NO_PRICE_REFERENCE' in ls:
            pool = NPR_OT if 'OFF_TARGET' in ls else npr_on
            cand = [t for t in pool if t[0] not in npr_used]
            t = rng.choice(cand); npr_used.add(t[0])
            L.update(cat_key=None, catalogue=None, item=t[0], spec=t[1], unit=t[2], cls=t[4], cat_unit=None, cat_price=None, factor=None, ref_price=None)
            base_price = t[3]
        else:
            if 'DUPLICATE' in ls:
                cands = [o for o in out if not (set(o['labels']) & {'OFF_TARGET','NO_PRICE_REFERENCE','ACCOUNT_MISMATCH','DUPLICATE'}) and not o.get('dup_used')]
                orig = rng.choice(cands); orig['dup_used'] = True; dup_of = orig
                x = BYKEY[orig['cat_key']]
                alt = x['name'] + ' ' + x['spec'].split(',')[0].split(' (')[0] if not x['spec'].lower().startswith(x['name'].lower().split()[0]) else x['spec'].split(',')[0]
                names = [n for n in x['rka_names'] + [alt] if n.lower() != orig['item'].lower()]
                item = rng.choice(names) if names else (orig['item'] + ' ' + x['spec'].split(',')[0] if x['spec'] else 'Pengadaan ' + orig['item'].lower())
                unit, fac = orig['unit'], orig['factor']
            else:
                pool = off if 'OFF_TARGET' in ls else on
                cand = [x for x in pool if family(x['key']) not in used_fam]
                if 'ACCOUNT_MISMATCH' in ls and 'OFF_TARGET' not in ls:
                    cand = [x for x in cand if not x['cls'].startswith('honor_tim')] or cand
                x = rng.choice(cand)
                item = rng.choice(x['rka_names']) if x['rka_names'] and rng.random() < 0.8 else x['name']
                if item == x['name']:  # generic catalogue name: make the line specific
                    sp0 = x['spec'].split(',')[0].split(' (')[0]
                    item = sp0 if sp0.lower().startswith(x['name'].lower().split()[0]) else x['name'] + ' ' + sp0
                unit, fac = pick_unit(x, rng)
            used_fam.add(family(x['key']))
            ref = x['price'] * fac
            L.update(cat_key=x['key'], catalogue=x['cat'], cat_kode=x['kode'], cat_name=x['name'], cat_spec=x['spec'], cat_unit=x['unit'], cat_price=x['price'],
                     factor=fac, ref_price=round(ref, 2), item=item, spec=x['spec'] if rng.random() < 0.75 else '', unit=unit, cls=x['cls'])
            base_price = ref
        # price
        if 'OVERPRICED' in ls:
            price = ceil_step(base_price * rng.uniform(1.25, 1.85))
        elif L['cat_key'] is None:
            price = base_price
        else:
            price = floor_step(base_price * rng.choice([1.0, 1.0, 1.0, 0.98, 0.95, 0.9]))
            if price > base_price: price = floor_step(base_price * 0.97)
        L['price'] = int(price)
        # account
        cls = L['cls']
        if 'ACCOUNT_MISMATCH' in ls:
            wl = ['cetak','atk','sewa_alat'] if cls == 'uang_mas' else WRONG[fam(cls)]
            wc = rng.choice([w for w in wl if fam(w) != fam(cls) and w != cls])
            L['acc_class'] = wc; L['correct_acc'] = ACC[cls][0]
        else:
            L['acc_class'] = cls
        L['acc_code'], L['acc_name'] = ACC[L['acc_class']]
        # quantity
        if dup_of is not None:
            parts = [list(p) for p in dup_of['koef_parts']]
            if rng.random() < 0.5 and parts[0][0] > 1: parts[0][0] = max(1, parts[0][0] // 2)
            parts = [tuple(p) for p in parts]
            L['dup_of_order'] = dup_of['order']; L['dup_of_item'] = dup_of['item']
        else:
            parts = choose_qty(cls, L['unit'], L['price'], rng, sub)
        prod = 1
        for n, _ in parts: prod *= n
        L['koef_parts'] = [tuple(p) for p in parts]
        L['volume_correct'] = prod
        L['ppn_applicable'] = fam(cls) in ('barang', 'modal', 'sewa', 'jasa') and cls not in ('uang_mas', 'kursus')
        out.append(L)
    return out

def finalize(lines, has_ppn, multi_koef, rng):
    """set printed volume/jumlah for a file (layout dependent); arithmetic errors."""
    for L in lines:
        ppn = 11 if (has_ppn and L['ppn_applicable']) else 0
        L['ppn'] = ppn
        vol = L['volume_correct']
        arith = 'ARITHMETIC' in L['labels']
        mode = None
        if arith:
            mode = 'volume' if (multi_koef and len(L['koef_parts']) > 1 and rng.random() < 0.8) else 'jumlah'
        if mode == 'volume':
            vol = vol + rng.choice([-2, -1, 1, 2, 5, 10]) if vol > 10 else vol + rng.choice([1, 2, 3])
        L['volume'] = vol
        correct = round(vol * L['price'] * (1 + ppn / 100))
        L['jumlah_correct'] = correct
        if mode == 'jumlah':
            k = rng.choice(['plus', 'minus', 'x10', 'ppn', 'vol1'])
            if k == 'plus': j = correct + rng.choice([100000, 250000, 1000000, 1500000])
            elif k == 'minus': j = correct - rng.choice([50000, 200000, 500000]) if correct > 600000 else correct + 150000
            elif k == 'x10': j = correct * 10 if correct < 5e6 else correct // 10
            elif k == 'ppn': j = round(correct * 1.11) if ppn == 0 else round(vol * L['price'])
            else: j = round((vol + 1) * L['price'] * (1 + ppn / 100))
            L['arith_kind'] = k
        else:
            j = correct
        if mode == 'volume':
            L['arith_kind'] = 'volume_vs_koef'
        L['jumlah'] = int(j)
        assert (L['jumlah'] != L['jumlah_correct'] or L['volume'] != L['volume_correct']) == arith, L
    return lines
