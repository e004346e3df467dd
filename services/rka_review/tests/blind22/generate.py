#!/usr/bin/env python3
"""Generate the blind RKA review set review22 (deterministic)."""
import json, math, os, random, csv, io, datetime
from catalog_data import ACCTS, WRONG, SSH, SBU, NOREF, FAMILY_OF

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, 'data')
os.makedirs(DATA, exist_ok=True)
R = random.Random(20270101)
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0)
LABELS = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
SSH_FILE = 'ssh_kota_samarinda_2027.xlsx'
SBU_FILE = 'sbu_kota_samarinda_2027.pdf'
CAT = {}
for r in SSH: CAT[r['key']] = dict(r, source=SSH_FILE)
for r in SBU: CAT[r['key']] = dict(r, source=SBU_FILE)
SERVICE_ACCTS = {'HONOR', 'JASA', 'SEWA_GD', 'SEWA_KEND', 'SEWA_ALAT', 'PD_BIASA', 'PD_DK', 'MAMIN'}

def fmt(n):
    neg = n < 0; n = abs(int(round(n)))
    s = f"{n:,}".replace(',', '.')
    return ('-' if neg else '') + s

def fmt_jt(n):
    if n >= 1000000 and n % 10000 == 0:
        v = n / 1e6
        s = (f"{v:.2f}").rstrip('0').rstrip('.').replace('.', ',')
        return s + ' jt'
    return None

# ---------------------------------------------------------------- sub-kegiatan definitions
RKAS = [
 dict(stem='rka_puskesmas_sempaja_2027', layout='xlsx_sipd_sheets', ext='xlsx', opd='Dinas Kesehatan Kota Samarinda - UPTD Puskesmas Sempaja',
      unit='UPTD Puskesmas Sempaja', ppn=True, numbering='dotted', subs=[
   dict(code='1.02.02.2.02.0033', name='Pengelolaan Pelayanan Kesehatan Balita', urusan='1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN',
        program='1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
        kegiatan='1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
        indikator='Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar', target='3.850 Orang', lokasi='Kel. Sempaja Selatan, Sempaja Utara, Sempaja Timur',
        rel='gen health child event local', off='agri sport lux school selection tps bank', npr=['nr_antropometri', 'nr_tablet', 'nr_stunting_app', 'nr_klotok'], n=22),
   dict(code='1.02.02.2.02.0038', name='Pengelolaan Pelayanan Kesehatan Lingkungan', urusan='1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN',
        program='1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
        kegiatan='1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
        indikator='Jumlah sarana air minum dan TTU yang diinspeksi kesehatan lingkungannya', target='240 Sarana', lokasi='Wilayah kerja Puskesmas Sempaja',
        rel='gen health envlab local', off='lux school sport furn selection child clinic agri', npr=['nr_rapid_air', 'nr_fogging', 'nr_insinerator', 'nr_klotok', 'nr_tablet'], n=22)]),
 dict(stem='rka_smpn21_samarinda_2027', layout='xlsx_text_prices_hidden_helpers', ext='xlsx', opd='Dinas Pendidikan dan Kebudayaan Kota Samarinda - SMP Negeri 21 Samarinda',
      unit='SMP Negeri 21 Samarinda', ppn=False, numbering='int', subs=[
   dict(code='1.01.02.2.03.0020', name='Pengadaan Perlengkapan Sekolah', urusan='1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN',
        program='1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN', kegiatan='1.01.02.2.03 Pengelolaan Pendidikan Sekolah Menengah Pertama',
        indikator='Jumlah paket perlengkapan sekolah (ruang kelas, perpustakaan dan ruang guru) yang disediakan', target='1 Paket', lokasi='SMPN 21, Kec. Sungai Pinang',
        rel='school furn', off='agri lux health bbm clean child clinic tps exam', npr=['nr_kit_ipa', 'nr_smartboard', 'nr_tandon'], n=20),
   dict(code='1.01.02.2.03.0031', name='Penyelenggaraan Asesmen dan Ujian Sekolah SMP', urusan='1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN',
        program='1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN', kegiatan='1.01.02.2.03 Pengelolaan Pendidikan Sekolah Menengah Pertama',
        indikator='Jumlah peserta didik yang mengikuti asesmen/ujian sekolah', target='320 Siswa', lokasi='SMPN 21, Kec. Sungai Pinang',
        rel='gen exam it', off='agri lux furn school clean sport tps child clinic', npr=['nr_cbt_server', 'nr_cctv_body', 'nr_tablet'], n=20)]),
 dict(stem='rka_distan_2027', layout='csv_flat_export', ext='csv', opd='Dinas Pangan, Tanaman Pangan dan Hortikultura Kota Samarinda',
      unit='Bidang Tanaman Pangan dan Hortikultura', ppn=True, numbering='int', subs=[
   dict(code='3.27.03.2.01.0002', name='Penyediaan Benih/Bibit Tanaman Pangan dan Hortikultura bagi Kelompok Tani', urusan='3.27 URUSAN PEMERINTAHAN BIDANG PERTANIAN',
        program='3.27.03 PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN', kegiatan='3.27.03.2.01 Pengawasan Penggunaan Sarana Pendukung Pertanian',
        indikator='Jumlah kelompok tani yang menerima bantuan benih/bibit dan sarana produksi', target='24 Kelompok', lokasi='Kec. Palaran, Kec. Sambutan, Kec. Samarinda Utara',
        rel='gen agri bbm local', off='lux school sport health selection child clinic', npr=['nr_bioflok', 'nr_jamur', 'nr_soil_test', 'nr_rtk', 'nr_tablet'], n=20),
   dict(code='3.27.07.2.01.0001', name='Pelatihan dan Penyuluhan Petani Hortikultura', urusan='3.27 URUSAN PEMERINTAHAN BIDANG PERTANIAN',
        program='3.27.07 PROGRAM PENYULUHAN PERTANIAN', kegiatan='3.27.07.2.01 Pelaksanaan Penyuluhan Pertanian',
        indikator='Jumlah petani yang mengikuti pelatihan budidaya hortikultura', target='120 Orang', lokasi='BPP Palaran',
        rel='gen agri training event', off='lux sport school furn selection child clinic', npr=['nr_jamur', 'nr_soil_test', 'nr_seminar_kit_tas', 'nr_sertifikasi'], n=20)]),
 dict(stem='rka_bkpsdm_2027', layout='pdf_sipd_print', ext='pdf', opd='Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Samarinda',
      unit='Bidang Pengadaan, Pemberhentian dan Informasi', ppn=True, numbering='int', subs=[
   dict(code='5.04.02.2.01.0003', name='Penyelenggaraan Seleksi Pengadaan PPPK', urusan='5.04 UNSUR PENUNJANG URUSAN PEMERINTAHAN - KEPEGAWAIAN',
        program='5.04.02 PROGRAM KEPEGAWAIAN DAERAH', kegiatan='5.04.02.2.01 Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN',
        indikator='Jumlah peserta seleksi PPPK yang difasilitasi', target='1.450 Orang', lokasi='Gedung BKPSDM dan GOR Segiri Samarinda',
        rel='gen selection event it', off='agri lux sport health school child clinic tps', npr=['nr_psikotes', 'nr_fingerprint', 'nr_cctv_body', 'nr_tablet', 'nr_zoom'], n=22),
   dict(code='5.04.05.2.01.0002', name='Pelaksanaan Bimbingan Teknis Kompetensi Teknis ASN', urusan='5.04 UNSUR PENUNJANG URUSAN PEMERINTAHAN - KEPEGAWAIAN',
        program='5.04.05 PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA', kegiatan='5.04.05.2.01 Pengembangan Kompetensi Teknis',
        indikator='Jumlah ASN yang mengikuti bimbingan teknis', target='150 Orang', lokasi='Kota Samarinda',
        rel='gen training travel event', off='agri furn lux health clean school child clinic tps', npr=['nr_elearning', 'nr_sertifikasi', 'nr_tumbler', 'nr_seminar_kit_tas', 'nr_zoom'], n=22)]),
 dict(stem='scan_rka_kel_sidodadi_2027', layout='scan_image_pdf', ext='pdf', opd='Kecamatan Samarinda Ulu - Kelurahan Sidodadi',
      unit='Kelurahan Sidodadi', ppn=False, numbering='int', subs=[
   dict(code='7.01.01.2.02.0004', name='Pelaksanaan Kegiatan Kebersihan dan Penataan Lingkungan Kelurahan', urusan='7.01 KECAMATAN',
        program='7.01.01 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', kegiatan='7.01.01.2.02 Pemberdayaan Masyarakat di Kelurahan',
        indikator='Jumlah RT yang melaksanakan kerja bakti kebersihan lingkungan', target='32 RT', lokasi='Kelurahan Sidodadi',
        rel='clean kel', off='it lux furn sport school selection child clinic', npr=['nr_paving', 'nr_pipa_pvc', 'nr_lampu_surya', 'nr_tandon', 'nr_ecobrick'], n=24)]),
 dict(stem='rka_dlh_2027', layout='xlsx_multi_subkeg_subtotals', ext='xlsx', opd='Dinas Lingkungan Hidup Kota Samarinda',
      unit='Bidang Pengelolaan Sampah dan Limbah B3', ppn=False, numbering='int', subs=[
   dict(code='2.11.03.2.01.0004', name='Penanganan Sampah di TPS/TPST', urusan='2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP',
        program='2.11.03 PROGRAM PENGELOLAAN PERSAMPAHAN', kegiatan='2.11.03.2.01 Pengelolaan Sampah',
        indikator='Jumlah sampah yang tertangani di TPS/TPST', target='18.500 Ton', lokasi='TPS se-Kota Samarinda',
        rel='tps bbm', off='lux school sport it health child clinic', npr=['nr_gerobak_motor', 'nr_container', 'nr_paving', 'nr_maggot'], n=20),
   dict(code='2.11.03.2.01.0009', name='Pembinaan dan Pengembangan Bank Sampah', urusan='2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP',
        program='2.11.03 PROGRAM PENGELOLAAN PERSAMPAHAN', kegiatan='2.11.03.2.01 Pengelolaan Sampah',
        indikator='Jumlah bank sampah yang aktif dibina', target='45 Unit', lokasi='10 Kecamatan',
        rel='bank training', off='lux sport school health selection child clinic', npr=['nr_maggot', 'nr_ecobrick', 'nr_klotok', 'nr_tablet'], n=20)]),
 dict(stem='rka_bappeda_2027', layout='docx_tables', ext='docx', opd='Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Samarinda',
      unit='Bidang Perencanaan, Pengendalian dan Evaluasi', ppn=False, numbering='int', subs=[
   dict(code='5.01.02.2.01.0005', name='Penyusunan Dokumen Rencana Kerja Pemerintah Daerah (RKPD)', urusan='5.01 UNSUR PENUNJANG URUSAN PEMERINTAHAN - PERENCANAAN',
        program='5.01.02 PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', kegiatan='5.01.02.2.01 Penyusunan Perencanaan dan Pendanaan',
        indikator='Jumlah dokumen RKPD yang tersusun', target='1 Dokumen', lokasi='Kota Samarinda',
        rel='gen planning it', off='agri sport lux clean health school child clinic tps', npr=['nr_infografis', 'nr_survei', 'nr_zoom', 'nr_rtk'], n=18),
   dict(code='5.01.02.2.01.0009', name='Koordinasi Penyelenggaraan Musrenbang RKPD', urusan='5.01 UNSUR PENUNJANG URUSAN PEMERINTAHAN - PERENCANAAN',
        program='5.01.02 PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH', kegiatan='5.01.02.2.01 Penyusunan Perencanaan dan Pendanaan',
        indikator='Jumlah forum musrenbang yang terfasilitasi', target='11 Forum', lokasi='10 Kecamatan dan tingkat kota',
        rel='gen event planning travel', off='agri sport lux health furn school child clinic tps', npr=['nr_zoom', 'nr_drone', 'nr_survei', 'nr_infografis'], n=18)]),
 dict(stem='rka_inspektorat_2027_foto', layout='scan_jpg_single_page', ext='jpg', opd='Inspektorat Daerah Kota Samarinda',
      unit='Inspektur Pembantu Wilayah II', ppn=False, numbering='int', subs=[
   dict(code='6.01.02.2.01.0001', name='Pelaksanaan Audit Kinerja Perangkat Daerah', urusan='6.01 UNSUR PENGAWASAN URUSAN PEMERINTAHAN',
        program='6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN', kegiatan='6.01.02.2.01 Penyelenggaraan Pengawasan Internal',
        indikator='Jumlah perangkat daerah yang diaudit kinerjanya', target='12 Perangkat Daerah', lokasi='Kota Samarinda',
        rel='gen local', off='agri sport lux health school child clinic tps furn', npr=['nr_zoom', 'nr_tablet', 'nr_survei'], n=16)]),
 dict(stem='rka_disdukcapil_2027', layout='pdf_excel_print_portrait', ext='pdf', opd='Dinas Kependudukan dan Pencatatan Sipil Kota Samarinda',
      unit='Bidang Pelayanan Pendaftaran Penduduk', ppn=True, numbering='zero', subs=[
   dict(code='2.12.02.2.01.0002', name='Penyelenggaraan Pelayanan KTP-el Jemput Bola', urusan='2.12 URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL',
        program='2.12.02 PROGRAM PENDAFTARAN PENDUDUK', kegiatan='2.12.02.2.01 Pelayanan Pendaftaran Penduduk',
        indikator='Jumlah penduduk wajib KTP-el yang dilayani secara jemput bola', target='4.800 Orang', lokasi='Sekolah, panti dan rumah sakit se-Kota Samarinda',
        rel='gen it event local', off='agri sport lux school child clinic tps', npr=['nr_printer_kartu', 'nr_ribbon', 'nr_klotok', 'nr_tablet'], n=20),
   dict(code='2.12.03.2.01.0004', name='Pelayanan Pencatatan Sipil Keliling', urusan='2.12 URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL',
        program='2.12.03 PROGRAM PENCATATAN SIPIL', kegiatan='2.12.03.2.01 Pelayanan Pencatatan Sipil',
        indikator='Jumlah akta pencatatan sipil yang diterbitkan melalui layanan keliling', target='2.400 Akta', lokasi='59 Kelurahan',
        rel='gen it event local', off='agri sport lux school child clinic tps', npr=['nr_kiosk', 'nr_ribbon', 'nr_zoom', 'nr_klotok'], n=20)]),
]

OFF_REASON = {'agri': 'sarana produksi pertanian, bukan untuk output sub-kegiatan', 'sport': 'peralatan/pakaian olahraga pegawai, tidak terkait output',
              'lux': 'barang mewah/fasilitas pimpinan, tidak mendukung output', 'school': 'perlengkapan sekolah, tidak terkait output',
              'health': 'bahan/alat kesehatan, bukan ranah sub-kegiatan', 'selection': 'keperluan seleksi ASN, bukan sub-kegiatan ini',
              'furn': 'mebel kantor, tidak terkait output kegiatan', 'it': 'peralatan TI/elektronik yang tidak diperlukan output',
              'clean': 'alat/bahan kebersihan/pertukangan, tidak terkait output', 'child': 'alat/bahan kesehatan balita, bukan untuk kesehatan lingkungan', 'clinic': 'alat/bahan pemeriksaan klinis, tidak terkait output', 'tps': 'peralatan persampahan, tidak terkait output', 'bbm': 'BBM tanpa kaitan dengan output', 'elec': 'peralatan rumah tangga kantor'}

def tags(x): return set(x['tags']) if isinstance(x['tags'], list) else set(x['tags'].split())

def rel_items(sub):
    rel, off = set(sub['rel'].split()), set(sub['off'].split()) | {'lux'}
    return [k for k, v in CAT.items() if tags(v) & rel and not tags(v) & off]

def off_items(sub):
    rel, off = set(sub['rel'].split()), set(sub['off'].split()) | {'lux'}
    return [k for k, v in CAT.items() if tags(v) <= off and not tags(v) & rel]

def noref_items(sub):
    rel, off = set(sub['rel'].split()), set(sub['off'].split())
    return [n for n in NOREF if n[0] in sub['npr']]

def nice_round(x, down=False):
    step = 1000 if x >= 20000 else (500 if x >= 5000 else (100 if x >= 500 else 50))
    return (math.floor(x / step) if down else round(x / step)) * step

UNITLBL = {'OJ': ('org', 'jam'), 'OH': ('org', 'hr'), 'OK': ('org', 'keg'), 'OB': ('org', 'bln'), 'Kotak': ('org', 'kali'),
           'Orang': ('org', 'kali'), 'Paket': ('anak', 'hr'), 'Unit/Hari': ('unit', 'hr'), 'Hari': ('keg', 'hr'), 'Orang/PP': ('org', 'kali')}

def make_koef(unit, refprice, key, is_sbu=True):
    """return list of (num, label) parts."""
    if not is_sbu:
        return goods_koef(unit, refprice)
    if unit in ('OJ',):
        return [(R.randint(1, 3), 'org'), (R.choice([2, 3, 4]), 'jam')]
    if unit == 'OH' and key.startswith(('uh_', 'hotel_')):
        return [(R.randint(2, 5), 'org'), (R.choice([2, 3, 4]), 'hr' if key.startswith('uh_') else 'mlm')]
    if unit == 'OH':
        return [(R.randint(2, 12), 'org'), (R.choice([1, 2, 3, 4, 5]), 'hr')]
    if unit == 'OK' and key in ('pan_pj', 'pan_ketua', 'pan_sekr', 'moderator', 'mc', 'pembahas'):
        return [(1, 'org'), (R.choice([1, 2, 3]), 'keg')]
    if unit == 'OK':
        return [(R.randint(1, 8), 'org'), (R.choice([1, 1, 2, 3]), 'keg')]
    if unit == 'OB':
        return [(R.randint(1, 4), 'org'), (R.choice([3, 6, 12]), 'bln')]
    if unit in ('Kotak', 'Orang'):
        return [(R.choice([20, 25, 30, 40, 50, 60]), 'org'), (R.choice([1, 2, 3, 4]), 'kali')]
    if unit == 'Lembar':
        return [(R.choice([300, 320]), 'lbr'), (R.choice([2, 3, 4]), 'mapel')]
    if unit == 'Hari':
        return [(R.choice([1, 2]), 'kali'), (R.choice([1, 2]), 'hr')]
    if unit == 'Paket' and key != 'pmt_lokal':
        return [(R.choice([1, 2, 3]), 'hr')]
    if unit == 'Paket':
        return [(R.choice([30, 40, 50]), 'anak'), (R.choice([30, 60, 90]), 'hr')]
    if unit in ('Unit/Hari',):
        return [(R.randint(1, 3), 'unit'), (R.choice([1, 2, 3, 5]), 'hr')]
    if unit == 'Orang/PP':
        return [(R.randint(1, 4), 'org'), (1, 'kali')]
    if unit == 'Naskah':
        return [(R.choice([9, 10, 11]), 'mapel'), (R.choice([1, 2]), 'naskah')]
    return goods_koef(unit, refprice)

def goods_koef(unit, refprice):
    if unit in ('Tahun', 'Lokasi', 'Paket') and refprice > 1e6:
        return [(R.choice([1, 1, 2]), 'x')]
    if unit == 'Lembar' and refprice < 1000:
        return [(R.choice([320, 450, 600, 1500, 2400]), unit.lower()), (R.choice([1, 2, 4, 8]), 'kali')]
    if refprice > 5e6: v = R.randint(1, 3)
    elif refprice > 1e6: v = R.randint(1, 6)
    elif refprice > 4e4: v = R.randint(2, 20)
    elif refprice > 2e3: v = R.choice([5, 10, 12, 15, 20, 24, 25, 30, 40, 50, 60, 100])
    else: v = R.choice([100, 200, 250, 500, 1000, 1500])
    if R.random() < 0.3 and v % 2 == 0 and v >= 4:
        return [(2, 'keg'), (v // 2, 'x')]
    return [(v, 'x')]

def koef_str(parts, unit, style):
    u = unit.split()[0].lower() if unit else ''
    out = []
    for n, l in parts:
        lab = u if l == 'x' else l
        out.append(f"{fmt(n)} {lab}")
    return ' x '.join(out)

GLOBAL_ROT = [0]
def label_plan(n):
    n_clean = round(0.4 * n)
    sets = [[] for _ in range(n_clean)]
    for i in range(n - n_clean):
        p = LABELS[GLOBAL_ROT[0] % 6]; GLOBAL_ROT[0] += 1
        s = [p]
        if R.random() < 0.22:
            sec = R.choice(['ARITHMETIC', 'OVERPRICED', 'ACCOUNT_MISMATCH'])
            if sec != p and not (p == 'NO_PRICE_REFERENCE' and sec == 'OVERPRICED'):
                s.append(sec)
        sets.append(s)
    R.shuffle(sets)
    # DUPLICATE never among the first 3 generated lines
    for i in range(min(3, n)):
        if 'DUPLICATE' in sets[i]:
            for j in range(n - 1, 2, -1):
                if 'DUPLICATE' not in sets[j]:
                    sets[i], sets[j] = sets[j], sets[i]; break
    return sets

def build_sub(rka, sub, sidx):
    rel, off, nref = rel_items(sub), off_items(sub), noref_items(sub)
    R.shuffle(rel); R.shuffle(off); R.shuffle(nref)
    used = set(); used_fam = set(); lines = []
    plan = label_plan(sub['n'])
    for seq, ls in enumerate(plan):
        ln = dict(seq=seq, sub_code=sub['code'], sub_name=sub['name'], intended=list(ls))
        if 'NO_PRICE_REFERENCE' in ls:
            key, name, spec, unit, price, acct, tg = next(x for x in nref if x[0] not in used)
            used.add(key)
            price = nice_round(price * R.uniform(0.92, 1.08))
            ln.update(item_key=key, name=name, spec=spec, unit=unit, price=price, acct=acct, cat_ref=None, need=key,
                      ref_unit_price=None)
            parts = make_koef(unit, price, key, is_sbu=False)
        elif 'DUPLICATE' in ls:
            cands = [l for l in lines if 'DUPLICATE' not in l['intended'] and 'OFF_TARGET' not in l['intended'] and l['cat_ref']]
            src = R.choice(cands)
            c = CAT[src['item_key']]
            others = [n for n in c['names'] if n != src['name']]
            name = R.choice(others) if others else src['name'] + R.choice([' (kebutuhan pelaksanaan)', ' untuk kegiatan', ' - keperluan lapangan'])
            ln.update(item_key=src['item_key'], name=name, spec=src['spec'], unit=src['unit'], factor=src['factor'], acct=c['acct'],
                      cat_ref=src['cat_ref'], need=src['need'], ref_unit_price=src['ref_unit_price'], dup_of_seq=src['seq'])
            parts = [(n, l) for n, l in src['koef_parts']]
            if R.random() < 0.4:
                parts[-1] = (max(1, int(round(parts[-1][0] * R.choice([0.5, 1.5])))), parts[-1][1])
        else:
            pool = off if 'OFF_TARGET' in ls else rel
            def ok(k):
                if k in used or FAMILY_OF.get(k, set()) & used_fam: return False
                c = CAT[k]
                if 'ACCOUNT_MISMATCH' in ls and c['acct'].startswith('M_') and c['price'] < 1000000: return False
                return True
            key = next(k for k in pool if ok(k))
            used.add(key); used_fam.update(FAMILY_OF.get(key, set()))
            c = CAT[key]
            unit, factor = R.choice(c['units'])
            name = R.choice(c['names'])
            ln.update(item_key=key, name=name, spec=c['spec'], unit=unit, factor=factor, acct=c['acct'],
                      cat_ref=dict(source=c['source'], kode=c['kode'], uraian=c['name'], spesifikasi=c['spec'], satuan=c['unit'], harga=c['price'], row_key=key),
                      need=key, ref_unit_price=c['price'] * factor)
            if 'OFF_TARGET' in ls:
                ln['off_reason'] = OFF_REASON.get(c['tags'][0] if c['tags'][0] in OFF_REASON else sorted(tags(c))[0], 'tidak terkait output sub-kegiatan')
            parts = make_koef(unit, ln['ref_unit_price'], key, is_sbu=(c['source'] == SBU_FILE))
        # price
        if ln['cat_ref']:
            ref = ln['ref_unit_price']
            if 'OVERPRICED' in ls:
                ln['price'] = nice_round(ref * R.uniform(1.35, 2.1))
                if ln['price'] < ref * 1.3: ln['price'] = nice_round(ref * 1.5) + 1000
            elif ref != int(ref) or R.random() < 0.35:
                ln['price'] = max(50, nice_round(ref * R.uniform(0.88, 0.999), down=True))
            else:
                ln['price'] = int(ref)
        if 'ACCOUNT_MISMATCH' in ls:
            ln['acct_correct'] = ln['acct']; ln['acct'] = R.choice(WRONG[ln['acct']])
        else:
            ln['acct_correct'] = ln['acct']
        ln['koef_parts'] = parts
        vol = 1
        for n_, _ in parts: vol *= n_
        ln['volume_correct'] = vol
        ln['volume'] = vol
        ln['ppn'] = 11 if (rka['ppn'] and ln['acct_correct'] not in SERVICE_ACCTS) else 0
        ln['jumlah_correct'] = round(vol * ln['price'] * (1 + ln['ppn'] / 100))
        ln['jumlah'] = ln['jumlah_correct']
        ln['arith_kind'] = None
        if 'ARITHMETIC' in ls:
            if len(parts) >= 2 and R.random() < 0.4:
                wrong_vol = vol + R.choice([-1, 1]) * max(1, parts[-1][0] if parts[0][0] > 1 else 1) * R.choice([1, 2])
                if wrong_vol <= 0 or wrong_vol == vol: wrong_vol = vol * 2
                ln['volume'] = wrong_vol
                ln['jumlah'] = round(wrong_vol * ln['price'] * (1 + ln['ppn'] / 100))
                ln['arith_kind'] = 'volume_not_product_of_koefisien'
            else:
                kinds = ['x10', 'one_unit_more', 'one_unit_less', 'typo', 'round_up']
                if ln['ppn']: kinds.append('ppn_missing')
                k = R.choice(kinds)
                j = ln['jumlah_correct']
                if k == 'x10': nj = j * 10 if R.random() < 0.5 else round(j / 10)
                elif k == 'one_unit_more': nj = j + round(ln['price'] * (1 + ln['ppn'] / 100)) * R.choice([1, 2])
                elif k == 'one_unit_less': nj = j - round(ln['price'] * (1 + ln['ppn'] / 100)) if vol > 1 else j * 2
                elif k == 'typo':
                    s = str(j)
                    if len(s) >= 4:
                        i = R.randint(0, len(s) - 3); s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                        nj = int(s2) if s2 != s else j + 100000
                    else: nj = j + 1000
                elif k == 'round_up': nj = (j // 1000000 + 1) * 1000000 + (500000 if j % 1000000 == 0 else 0)
                else: nj = vol * ln['price']
                if abs(nj - j) < max(1000, 0.005 * j): nj = j + max(5000, round(0.1 * j))
                ln['jumlah'] = nj; ln['arith_kind'] = k
        lines.append(ln)
    return lines

def order_and_label(lines):
    acc_order = sorted(set(l['acct'] for l in lines), key=lambda a: ACCTS[a][0])
    ordered = sorted(lines, key=lambda l: (ACCTS[l['acct']][0], l['seq']))
    seen = {}
    for l in ordered:
        lab = [x for x in l['intended'] if x != 'DUPLICATE']
        if l['need'] in seen:
            lab.append('DUPLICATE'); l['duplicate_of_item'] = seen[l['need']]
        else:
            seen[l['need']] = l['name']
        l['labels'] = [x for x in LABELS if x in lab]
    return ordered

ALL = []
for rka in RKAS:
    no_counter = 0
    for si, sub in enumerate(rka['subs']):
        sub['lines'] = order_and_label(build_sub(rka, sub, si))
        for k, l in enumerate(sub['lines']):
            no_counter += 1
            l['no'] = f"{si + 1}.{k + 1}" if rka['numbering'] == 'dotted' else (f"{no_counter:02d}" if rka['numbering'] == 'zero' else str(no_counter))
            l['koef'] = koef_str(l['koef_parts'], l['unit'], None)
            l['acct_code'], l['acct_name'] = ACCTS[l['acct']]
            l['acct_correct_code'], l['acct_correct_name'] = ACCTS[l['acct_correct']]
            l['file'] = rka['stem'] + '.' + rka['ext']

# ---------------------------------------------------------------- writers
from writers import write_all
write_all(RKAS, DATA, OUT, FIXED_DT, SSH, SBU, ACCTS, SSH_FILE, SBU_FILE, fmt, fmt_jt, R)

manifest, truth = [], {}
for rka in RKAS:
    fn = rka['stem'] + '.' + rka['ext']
    manifest.append(dict(rka=fn, catalogues=[SSH_FILE, SBU_FILE], labels=rka['stem'] + '.labels.json', opd=rka['opd'], layout=rka['layout']))
    labs = {}
    tl = []
    for sub in rka['subs']:
        for l in sub['lines']:
            labs[l['no']] = l['labels']
            t = {k: l.get(k) for k in ['no', 'sub_code', 'sub_name', 'acct_code', 'acct_name', 'acct_correct_code', 'acct_correct_name', 'name', 'spec', 'unit',
                                        'koef', 'koef_parts', 'volume', 'volume_correct', 'price', 'ppn', 'jumlah', 'jumlah_correct', 'cat_ref', 'factor',
                                        'ref_unit_price', 'labels', 'arith_kind', 'off_reason', 'duplicate_of_item', 'need', 'item_key']}
            t['printed'] = l.get('printed', {})
            tl.append(t)
    with open(os.path.join(DATA, rka['stem'] + '.labels.json'), 'w') as f:
        json.dump({'labels': labs}, f, indent=1, ensure_ascii=False)
    truth[fn] = dict(opd=rka['opd'], layout=rka['layout'], ppn_column=rka['ppn'],
                     sub_kegiatan=[dict(code=s['code'], name=s['name'], indikator=s['indikator'], target=s['target']) for s in rka['subs']], lines=tl)
with open(os.path.join(DATA, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, 'truth_lines.json'), 'w') as f:
    json.dump(truth, f, indent=1, ensure_ascii=False)
cnt = {k: 0 for k in LABELS}; nl = 0; nc = 0
for fn, t in truth.items():
    for l in t['lines']:
        nl += 1; nc += (not l['labels'])
        for x in l['labels']: cnt[x] += 1
print('lines', nl, 'clean', nc, cnt)
