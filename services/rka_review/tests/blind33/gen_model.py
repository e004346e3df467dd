# -*- coding: utf-8 -*-
"""Model part of generate.py (catalogues, sub-kegiatan, line synthesis). Imported by generate.py."""
import random, math, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

ACCT = {
 'KERTAS': ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover', 'cons'),
 'ATK': ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 'cons'),
 'CETAK': ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', 'cons'),
 'BERSIH': ('5.1.02.01.01.0027', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Pembersih', 'cons'),
 'KOMP': ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer', 'cons'),
 'PERABOT': ('5.1.02.01.01.0030', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor', 'cons'),
 'LISTRIK': ('5.1.02.01.01.0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik', 'cons'),
 'SUVENIR': ('5.1.02.01.01.0034', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cendera Mata', 'cons'),
 'BBM': ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas', 'cons'),
 'BANGUNAN': ('5.1.02.01.01.0001', 'Belanja Bahan-Bahan Bangunan dan Konstruksi', 'cons'),
 'TANI': ('5.1.02.01.01.0008', 'Belanja Bahan-Bahan/Bibit Tanaman, Pupuk dan Obat Tanaman', 'cons'),
 'LAPANGAN': ('5.1.02.01.01.0064', 'Belanja Pakaian dan Perlengkapan Kerja Lapangan', 'cons'),
 'MAMIN': ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', 'mamin'),
 'MAMIN_TAMU': ('5.1.02.01.01.0053', 'Belanja Makanan dan Minuman Jamuan Tamu', 'mamin'),
 'MAMIN_LAP': ('5.1.02.01.01.0055', 'Belanja Makanan dan Minuman pada Kegiatan Lapangan', 'mamin'),
 'HONOR_NS': ('5.1.02.02.01.0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia', 'honor'),
 'HONOR_TIM': ('5.1.02.02.01.0004', 'Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan', 'honor'),
 'PESERTA': ('5.1.02.02.01.0014', 'Belanja Jasa Transportasi dan Uang Saku Peserta Kegiatan', 'honor'),
 'JASA_ADM': ('5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi', 'honor'),
 'JASA_AHLI': ('5.1.02.02.01.0029', 'Belanja Jasa Tenaga Ahli', 'honor'),
 'JASA_PU': ('5.1.02.02.01.0030', 'Belanja Jasa Tenaga Pelayanan Umum', 'honor'),
 'PDDK': ('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota', 'travel'),
 'PDB': ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', 'travel'),
 'SEWA_ALAT': ('5.1.02.02.05.0034', 'Belanja Sewa Peralatan dan Perlengkapan Acara', 'rent'),
 'SEWA_GEDUNG': ('5.1.02.02.08.0005', 'Belanja Sewa Gedung Pertemuan', 'rent'),
 'SEWA_KEND': ('5.1.02.02.04.0036', 'Belanja Sewa Kendaraan Bermotor Penumpang', 'rent'),
 'SEWA_APUNG': ('5.1.02.02.04.0120', 'Belanja Sewa Alat Angkutan Apung Bermotor untuk Penumpang', 'rent'),
 'JASA_DOK': ('5.1.02.02.01.0055', 'Belanja Jasa Iklan/Reklame, Film, dan Pemotretan', 'service'),
 'JASA_INSTAL': ('5.1.02.02.01.0013', 'Belanja Jasa Instalasi dan Pemasangan', 'service'),
 'JASA_ARSIP': ('5.1.02.02.01.0061', 'Belanja Jasa Pengelolaan dan Perawatan Arsip', 'service'),
 'INTERNET': ('5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan', 'service'),
 'JASA_ACARA': ('5.1.02.02.01.0059', 'Belanja Jasa Penyelenggaraan Acara', 'service'),
 'JASA_ANGKUT': ('5.1.02.02.01.0037', 'Belanja Jasa Pengiriman dan Angkutan Barang', 'service'),
 'PEML_ALAT': ('5.1.02.03.02.0405', 'Belanja Pemeliharaan Peralatan dan Mesin-Alat Kantor dan Rumah Tangga', 'service'),
 'PEML_KEND': ('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan Darat Bermotor', 'service'),
 'MATERAI': ('5.1.02.01.01.0028', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos', 'cons'),
 'BAHAN_LAIN': ('5.1.02.01.01.0012', 'Belanja Bahan-Bahan Lainnya', 'cons'),
 'HADIAH': ('5.1.02.05.01.0001', 'Belanja Barang yang Akan Diserahkan kepada Masyarakat', 'cons'),
 'MODAL_PC': ('5.2.02.10.01.0002', 'Belanja Modal Personal Computer', 'capital'),
 'MODAL_KOMP': ('5.2.02.10.02.0005', 'Belanja Modal Peralatan Komputer Lainnya', 'capital'),
 'MODAL_KANTOR': ('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya', 'capital'),
 'MODAL_DINGIN': ('5.2.02.05.02.0004', 'Belanja Modal Alat Pendingin', 'capital'),
 'MODAL_MEBEL': ('5.2.02.05.02.0001', 'Belanja Modal Mebel', 'capital'),
}
ACCT_BY_CODE = {v[0]: k for k, v in ACCT.items()}

# per-key account overrides (the catalogue section gives the default)
ACCT_OVR = {
 'makan.tamu': 'MAMIN_TAMU', 'kudapan.tamu': 'MAMIN_TAMU', 'makan.lap': 'MAMIN_LAP',
 'pktmeet.half': 'SEWA_GEDUNG', 'pktmeet.full': 'SEWA_GEDUNG', 'pktmeet.fb': 'SEWA_GEDUNG',
 'gedung.sewa': 'SEWA_GEDUNG', 'ruangrapat.hotel': 'SEWA_GEDUNG', 'kend.speed': 'SEWA_APUNG',
 'uangsaku.pes': 'PESERTA', 'uangsaku.menginap': 'PESERTA', 'transport.pes': 'PESERTA',
 'honor.operator': 'JASA_ADM', 'honor.penyuluh': 'JASA_AHLI', 'honor.juru': 'JASA_PU',
 'kebersihan.oh': 'JASA_PU', 'keamanan.oh': 'JASA_PU', 'pendukung.oh': 'JASA_PU', 'sopir.oh': 'JASA_PU',
 'tenaga.medis': 'JASA_PU', 'ahli.s2': 'JASA_AHLI', 'penerjemah.1': 'JASA_AHLI',
 'dok.paket': 'JASA_DOK', 'live.streaming': 'JASA_DOK', 'lan.titik': 'JASA_INSTAL',
 'alihmedia.lbr': 'JASA_ARSIP', 'fumigasi.m3': 'JASA_ARSIP', 'internet.50': 'INTERNET', 'pulsa.25': 'INTERNET',
 'eo.kecil': 'JASA_ACARA', 'angkut.barang': 'JASA_ANGKUT',
 'servis.ac': 'PEML_ALAT', 'servis.printer': 'PEML_ALAT', 'servis.motor': 'PEML_KEND', 'servis.mobil': 'PEML_KEND',
 'ganti.ban.motor': 'PEML_KEND',
 'plakat.akrilik': 'SUVENIR', 'tas.seminar': 'SUVENIR', 'tas.kanvas': 'SUVENIR',
}
SECTION_ACCT = {'KERTAS': 'KERTAS', 'ATK': 'ATK', 'KOMP': 'KOMP', 'LISTRIK': 'LISTRIK', 'CETAK': 'CETAK',
                'PERABOT': 'PERABOT', 'TANI': 'TANI', 'LAPANGAN': 'LAPANGAN', 'BBM': 'BBM', 'MAMIN': 'MAMIN',
                'HONOR_NS': 'HONOR_NS', 'HONOR_TIM': 'HONOR_TIM', 'PDDK': 'PDDK', 'PDB': 'PDB', 'SEWA': 'SEWA_ALAT',
                'SEWA_KEND': 'SEWA_KEND', 'JASA': 'JASA_ACARA', 'PEMELIHARAAN': 'PEML_ALAT'}

def modal_acct(key):
    fam = key.split('.')[0]
    if fam in ('laptop', 'pc'): return 'MODAL_PC'
    if fam in ('printer', 'scanner', 'ups', 'tablet', 'router', 'switch', 'nas'): return 'MODAL_KOMP'
    if fam in ('ac', 'dehumid'): return 'MODAL_DINGIN'
    if fam in ('filing', 'lemari', 'rollopack', 'meja', 'kursi', 'rakbuku'): return 'MODAL_MEBEL'
    return 'MODAL_KANTOR'

class Row:
    pass

def load_catalogue():
    rows = []
    cur = None
    seq = {}
    for ln in open(os.path.join(HERE, 'catdata.txt'), encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln or ln.startswith('#'): continue
        if ln.startswith('@'):
            cat, code, title, acct, dom = ln[1:].split('|')
            cur = dict(cat=cat, code=code, title=title, acct=acct, dom=dom)
            continue
        f = ln.split('|')
        while len(f) < 7: f.append('')
        key, name, spec, unit, price, rend, dom = f
        r = Row()
        r.key, r.name, r.spec, r.unit, r.price = key, name, spec, unit, int(price)
        r.fam = key.split('.')[0]
        r.cat = cur['cat']; r.section = cur['title']; r.seccode = cur['code']
        r.domain = dom or cur['dom']
        if cur['acct'] in ('MODAL_X', 'MODAL_Y'): r.acct = modal_acct(key)
        elif cur['acct'] == 'BAHANLAIN': r.acct = 'BERSIH' if cur['code'] == 'M' else 'BANGUNAN'
        else: r.acct = ACCT_OVR.get(key, SECTION_ACCT.get(cur['acct'], cur['acct']))
        r.acct = ACCT_OVR.get(key, r.acct)
        r.rend = []
        for part in (rend.split('~') if rend else []):
            a, u, fct = part.split(';')
            r.rend.append((a, u, float(fct)))
        if not r.rend:
            r.rend.append(((name + ' ' + spec).strip() if spec and not spec.startswith('per ') and ' per ' not in spec else name, unit, 1.0))
        rows.append(r)
    # kode barang / kode SBU
    n = {}
    for r in rows:
        n[r.seccode] = n.get(r.seccode, 0) + 1
        if r.cat == 'SSH':
            base = {'A': '1.1.7.01.01.02', 'B': '1.1.7.01.01.01', 'C': '1.1.7.01.01.07', 'D': '1.1.7.01.01.08',
                    'E': '1.1.7.01.01.03', 'F': '1.1.7.01.01.05', 'G': '1.1.7.01.03.06', 'H': '1.1.7.01.03.11',
                    'I': '1.1.7.01.02.01', 'J': '1.1.7.01.03.07', 'K': '1.3.2.10.01.02', 'L': '1.3.2.05.02.01',
                    'M': '1.1.7.01.01.04', 'N': '1.1.7.01.01.01', 'O': '1.1.7.01.03.01', 'P': '1.1.7.01.01.12',
                    'Q': '1.3.2.05.01.05'}[r.seccode]
            off = 60 if r.seccode in ('N',) else 0
            r.kode = '%s.%03d' % (base, n[r.seccode] + off)
        else:
            r.kode = 'SBU.%02d.%03d' % (int(r.seccode), n[r.seccode])
    return rows

# ---------------------------------------------------------------- items with no catalogue counterpart
# name | unit | price | acct | koef type
NP_GENERIC = [
 ('Power bank 20.000 mAh', 'Buah', 285000, 'KOMP'),
 ('Kabel HDMI 10 meter', 'Buah', 175000, 'KOMP'),
 ('Laser pointer / presenter wireless', 'Buah', 245000, 'ATK'),
 ('Sewa handy talky (HT)', 'Unit/Hari', 75000, 'SEWA_ALAT'),
 ('Converter HDMI ke VGA', 'Buah', 95000, 'KOMP'),
 ('Card reader USB 3.0', 'Buah', 75000, 'KOMP'),
]
NP_SPEC = {
 'SK1': [('Cleaning kit sensor sidik jari dan iris', 'Set', 350000, 'KOMP'),
         ('Lisensi aplikasi antrean online (1 tahun)', 'Paket', 4800000, 'INTERNET'),
         ('Sewa lampu studio + softbox (foto KTP-el)', 'Unit/Hari', 150000, 'SEWA_ALAT'),
         ('Sewa router VSAT bergerak', 'Unit/Hari', 850000, 'SEWA_ALAT')],
 'SK2': [('Kertas sekuriti blanko akta (berhologram)', 'Lembar', 4500, 'KERTAS'),
         ('Fingerprint scanner USB (verifikasi biometrik)', 'Unit', 2450000, 'MODAL_KOMP'),
         ('Stempel otomatis (self-inking) legalisir', 'Buah', 185000, 'ATK'),
         ('Sewa mesin antrean portable', 'Unit/Hari', 450000, 'SEWA_ALAT')],
 'SK3': [('Continuous band sealer (alat praktik pengemasan)', 'Unit', 3850000, 'MODAL_KANTOR'),
         ('Standing pouch aluminium foil 15 x 22 cm', 'Pak isi 100', 145000, 'TANI_NO'),
         ('Hand sealer 30 cm (bahan praktik)', 'Buah', 285000, 'BAHAN_LAIN'),
         ('Timbangan digital 5 kg (alat praktik)', 'Buah', 185000, 'BAHAN_LAIN')],
 'SK4': [('Sewa karpet merah panggung', 'M2/Hari', 15000, 'SEWA_ALAT'),
         ('Rangkaian bunga meja tamu VIP', 'Rangkaian', 350000, 'MAMIN_TAMU_NO'),
         ('Hadiah doorprize kipas angin berdiri 16 inch', 'Buah', 425000, 'HADIAH'),
         ('Sewa rak display produk kaca', 'Unit/Hari', 150000, 'SEWA_ALAT')],
 'SK5': [('Lisensi perangkat lunak analisis data audit (1 tahun)', 'Lisensi', 18500000, 'INTERNET'),
         ('Koper dokumen audit (trolley file case)', 'Buah', 650000, 'ATK'),
         ('Langganan jurnal/e-library pengawasan', 'Tahun', 3600000, 'INTERNET'),
         ('Langganan database peraturan perundangan online', 'Tahun', 2400000, 'INTERNET')],
 'SK6': [('Perpanjangan lisensi aplikasi e-SAKIP', 'Tahun', 12500000, 'INTERNET'),
         ('Sewa ruang ekspose hasil reviu di aula kecamatan', 'Hari', 1750000, 'SEWA_GEDUNG'),
         ('Jasa pendampingan evaluator eksternal SAKIP', 'Paket', 27500000, 'JASA_AHLI'),
         ('Sewa akun webinar kapasitas 500 peserta', 'Bulan', 1850000, 'INTERNET')],
 'SK7': [('Label barcode aset aluminium anodized', 'Lembar', 9500, 'CETAK'),
         ('Printer label barcode thermal transfer', 'Unit', 5400000, 'MODAL_KOMP'),
         ('Ribbon barcode resin 110 mm x 300 m', 'Roll', 285000, 'KOMP'),
         ('Meteran dorong digital (measuring wheel)', 'Buah', 1250000, 'BAHAN_LAIN')],
 'SK8': [('Perpanjangan lisensi aplikasi SIMDA-BMD', 'Tahun', 24000000, 'INTERNET'),
         ('Jasa penilai publik (KJPP) aset tanah', 'Bidang', 6500000, 'JASA_AHLI'),
         ('Meterai tempel Rp10.000', 'Lembar', 10000, 'MATERAI'),
         ('Sewa server cloud aplikasi aset', 'Bulan', 2750000, 'INTERNET')],
 'SK9': [('Sewa karpet permadani', 'Lembar/Hari', 50000, 'SEWA_ALAT'),
         ('Rangkaian bunga meja podium', 'Rangkaian', 300000, 'MAMIN_TAMU_NO'),
         ('Undangan cetak art paper + amplop', 'Lembar', 4500, 'CETAK'),
         ('Papan informasi hasil musrenbang (akrilik A1)', 'Buah', 650000, 'CETAK')],
 'SK10': [('Hygrometer digital ruang arsip', 'Buah', 225000, 'LISTRIK'),
          ('Sikat halus pembersih arsip (soft brush)', 'Buah', 35000, 'BAHAN_LAIN'),
          ('Lisensi perangkat lunak OCR (1 tahun)', 'Lisensi', 3250000, 'INTERNET'),
          ('Tali rafia pengikat berkas arsip', 'Gulung', 25000, 'ATK')],
 'SK11': [('Buku cerita anak bergambar (hadiah pemenang)', 'Paket', 350000, 'HADIAH'),
          ('Karpet puzzle busa anak 60 x 60 cm', 'Lembar', 35000, 'BAHAN_LAIN'),
          ('Boneka tangan alat peraga mendongeng', 'Set', 275000, 'BAHAN_LAIN'),
          ('Tiket masuk wisata edukasi anak', 'Orang', 25000, 'PESERTA')],
 'SK12': [('Papan nama demplot (plang besi 60 x 90 cm)', 'Buah', 650000, 'CETAK'),
          ('Kapur pertanian / dolomit', 'Kg', 1800, 'TANI'),
          ('Agens hayati Trichoderma', 'Liter', 75000, 'TANI'),
          ('Bagan warna daun (BWD)', 'Buah', 45000, 'TANI')],
 'SK14': [('Selang air 1/2 inch panjang 50 m', 'Roll', 285000, 'BAHAN_LAIN'),
          ('Garu/penggaruk sampah besi', 'Buah', 45000, 'BERSIH'),
          ('Sepatu boot karet', 'Pasang', 95000, 'LAPANGAN'),
          ('Parang/golok tebas', 'Buah', 85000, 'BAHAN_LAIN')],
 'SK13': [('Handheld printer e-parking', 'Unit', 4650000, 'MODAL_KOMP'),
          ('Stiker QRIS titik parkir (vinyl laminasi)', 'Lembar', 15000, 'CETAK'),
          ('Rantai pembatas parkir plastik', 'Meter', 18000, 'BAHAN_LAIN')],
}
# small fix-ups of pseudo accounts used above
NP_ACCT_FIX = {'TANI_NO': 'BAHAN_LAIN', 'MAMIN_TAMU_NO': 'MAMIN_TAMU'}

# ---------------------------------------------------------------- sub-kegiatan
SUBKEG = {
 'SK1': dict(code='2.12.02.2.01.0003', name='Pelayanan Pendaftaran Penduduk melalui Pelayanan Keliling (Jemput Bola)',
   program='2.12.02 PROGRAM PENDAFTARAN PENDUDUK', kegiatan='2.12.02.2.01 Pelayanan Pendaftaran Penduduk',
   urusan='2.12 URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL',
   indikator='Jumlah penduduk yang terlayani perekaman KTP-el dan KIA melalui pelayanan keliling', target='3.600 Orang',
   lokasi='10 Kecamatan se-Kota Samarinda',
   pool=['makan.lap', 'air.botol', 'transdk.1', 'hariandk.8', 'kend.minibus', 'genset.sewa', 'tenda.5x5', 'kursi.futura',
         'meja.sewa', 'banner.280', 'xbanner.60', 'leaflet.a4', 'blangko.form', 'hvs.a480', 'map.snel', 'pulpen.std',
         'tinta.bk', 'kabelroll.10', 'baterai.aa', 'megaphone.25', 'pendukung.oh', 'sopir.oh', 'tim.angg', 'honor.operator',
         'bbm.pertalite', 'rompi.bordir', 'lakban.coklat', 'mouse.wl', 'tim.ketua', 'stopkontak.4'],
   off=[('npk.16', 'pupuk tidak terkait perekaman KTP-el keliling'), ('benih.jagung', 'benih tanaman di luar urusan adminduk'),
        ('rakbuku.besi', 'rak buku perpustakaan tidak mendukung layanan keliling'), ('panggung.sewa', 'panggung acara tidak diperlukan untuk pelayanan jemput bola'),
        ('juri.1', 'tidak ada lomba dalam sub kegiatan ini'), ('kend.speed', 'speedboat tidak diperlukan, seluruh lokasi layanan keliling dapat dijangkau lewat darat')]),
 'SK2': dict(code='2.12.03.2.01.0001', name='Pelayanan Pencatatan Sipil Akta Kelahiran dan Kematian Terpadu di Kelurahan',
   program='2.12.03 PROGRAM PENCATATAN SIPIL', kegiatan='2.12.03.2.01 Pelayanan Pencatatan Sipil',
   urusan='2.12 URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL',
   indikator='Jumlah akta kelahiran dan akta kematian yang diterbitkan', target='4.500 Dokumen', lokasi='59 Kelurahan se-Kota Samarinda',
   pool=['hvs.a470', 'map.kertas', 'amplop.coklat', 'tinta.cl', 'toner.85a', 'printer.laser', 'pulpen.gel', 'stempel.tinta',
         'bantalan.stempel', 'makan.rapat', 'kudapan.rapat', 'honns.es3', 'transdk.1', 'tim.sek', 'fotokopi.a4', 'jilid.spiral',
         'banner.280', 'leaflet.a4', 'flashdisk.32', 'buku.agenda', 'buku.ekspedisi', 'lakban.bening', 'staples.10', 'stapler.10',
         'honor.operator', 'moderator.1', 'map.boxfile'],
   off=[('tenda.dome', 'tenda sarnafil 6x12 m tidak diperlukan untuk pelayanan akta di kantor kelurahan'),
        ('organik.cair', 'pupuk tidak terkait pencatatan sipil'), ('cone.50', 'traffic cone tidak terkait penerbitan akta'),
        ('rompi.refl', 'rompi reflektif juru parkir'), ('mulsa.hp', 'mulsa plastik pertanian'), ('sound.sewa', 'sound system 1.000 W untuk layanan loket kelurahan tidak relevan')]),
 'SK3': dict(code='2.17.08.2.01.0002', name='Pelatihan Kewirausahaan dan Pengemasan Produk bagi Usaha Mikro',
   program='2.17.08 PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)',
   kegiatan='2.17.08.2.01 Pemberdayaan Usaha Mikro melalui Pendataan, Kemitraan, Kemudahan Perizinan dan Penguatan Kelembagaan',
   urusan='2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH',
   indikator='Jumlah pelaku usaha mikro yang mengikuti pelatihan kewirausahaan dan pengemasan', target='60 Orang', lokasi='Kota Samarinda',
   pool=['honns.prof', 'honns.es3', 'pemandu.1', 'moderator.1', 'mc.1', 'makan.rapat', 'kudapan.rapat', 'uangsaku.pes',
         'transport.pes', 'tas.seminar', 'sertifikat.a4', 'idcard.tali', 'hvs.a480', 'pulpen.std', 'map.snel', 'buku.tulis',
         'banner.280', 'backdrop.m2', 'kemasan.label', 'fotokopi.a4', 'lcd.sewa', 'dok.paket', 'panitia.ketua', 'panitia.angg',
         'gedung.sewa', 'kertas.karton', 'spidol.wb'],
   off=[('benih.cabai', 'benih cabai tidak dibutuhkan pada pelatihan pengemasan'), ('cone.70', 'traffic cone tidak terkait pelatihan'),
        ('rollopack.6', 'mobile file arsip tidak mendukung output pelatihan'), ('karcis.parkir', 'karcis parkir retribusi'),
        ('scanner.a3', 'scanner buku A3 untuk alih media tidak terkait pelatihan'), ('honor.juru', 'honor juru parkir')]),
 'SK4': dict(code='2.17.08.2.01.0005', name='Fasilitasi Promosi dan Pameran Produk UMKM (Samarinda Expo UMKM)',
   program='2.17.08 PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)',
   kegiatan='2.17.08.2.01 Pemberdayaan Usaha Mikro melalui Pendataan, Kemitraan, Kemudahan Perizinan dan Penguatan Kelembagaan',
   urusan='2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH',
   indikator='Jumlah UMKM yang difasilitasi mengikuti pameran produk', target='40 UMKM', lokasi='GOR Segiri, Kota Samarinda',
   pool=['booth.sewa', 'tenda.dome', 'sound.sewa', 'genset.sewa', 'panggung.sewa', 'kursi.futura', 'meja.sewa',
         'katalog.produk', 'brosur.a4', 'xbanner.60', 'rollbanner.80', 'banner.440', 'backdrop.m2', 'tas.kanvas', 'mc.1',
         'keamanan.oh', 'kebersihan.oh', 'dok.paket', 'makan.lap', 'air.botol', 'kend.pickup', 'angkut.barang',
         'toilet.portable', 'videotron.sewa', 'tim.angg', 'kabelroll.25', 'lampu.40'],
   off=[('npk.16', 'pupuk tidak terkait pameran'), ('puts.kit', 'perangkat uji tanah tidak terkait pameran'),
        ('ribbon.pvc', 'ribbon printer kartu identitas'), ('alihmedia.lbr', 'alih media arsip tidak terkait pameran'),
        ('lemari.arsip', 'lemari arsip tidak mendukung output pameran'), ('herbisida.1', 'herbisida tidak terkait pameran')]),
 'SK5': dict(code='6.01.02.2.01.0001', name='Audit Kinerja Perangkat Daerah',
   program='6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN', kegiatan='6.01.02.2.01 Penyelenggaraan Pengawasan Internal',
   urusan='6.01 INSPEKTORAT DAERAH',
   indikator='Jumlah laporan hasil audit kinerja (LHA) yang diterbitkan', target='12 LHA', lokasi='Kota Samarinda',
   pool=['hvs.a470', 'map.ordner', 'map.boxfile', 'pulpen.gel', 'spidol.hl', 'tinta.bk', 'toner.85a', 'flashdisk.64',
         'hdd.1tb', 'jilid.hard', 'buku.lap', 'fotokopi.f4', 'transdk.1', 'hariandk.8', 'makan.rapat', 'kudapan.rapat',
         'tim.ketua', 'tim.angg', 'binderclip.155', 'post.it', 'laptop.i5', 'pulsa.25', 'tim.sekre', 'papanjalan.a4'],
   off=[('tenda.dome', 'tenda sarnafil tidak diperlukan untuk audit'), ('sound.sewa', 'sound system acara tidak terkait audit'),
        ('kaos.sablon', 'kaos kegiatan tidak terkait audit kinerja'), ('benih.padi', 'benih padi di luar tugas inspektorat'),
        ('booth.sewa', 'booth pameran tidak terkait audit'), ('juri.1', 'honor juri lomba, tidak ada lomba')]),
 'SK6': dict(code='6.01.02.2.01.0004', name='Reviu Laporan Kinerja Instansi Pemerintah (LKjIP) dan Evaluasi SAKIP Perangkat Daerah',
   program='6.01.02 PROGRAM PENYELENGGARAAN PENGAWASAN', kegiatan='6.01.02.2.01 Penyelenggaraan Pengawasan Internal',
   urusan='6.01 INSPEKTORAT DAERAH',
   indikator='Jumlah perangkat daerah yang LKjIP-nya direviu dan SAKIP-nya dievaluasi', target='45 Perangkat Daerah', lokasi='Kota Samarinda',
   pool=['hvs.a480', 'map.snel', 'pulpen.std', 'tinta.bk', 'flashdisk.32', 'jilid.spiral', 'buku.lap', 'honns.es2', 'moderator.1',
         'pktmeet.half', 'kudapan.rapat', 'tiket.jkt', 'harian.jkt', 'inap.jkt3', 'taksi.jkt', 'taksi.smd', 'tim.pj', 'tim.angg',
         'transdk.1', 'fotokopi.a4', 'spidol.wb', 'binderclip.260', 'amplop.coklat'],
   off=[('tenda.5x5', 'tenda plafon tidak diperlukan untuk reviu dokumen'), ('organik.gr', 'pupuk organik di luar tugas pengawasan'),
        ('peluit.1', 'peluit juru parkir'), ('rompi.refl', 'rompi reflektif lapangan'), ('jashujan.ponco', 'jas hujan tidak terkait reviu LKjIP'),
        ('panggung.sewa', 'panggung tidak diperlukan')]),
 'SK7': dict(code='5.02.03.2.02.0001', name='Inventarisasi dan Pelabelan Barang Milik Daerah',
   program='5.02.03 PROGRAM PENGELOLAAN BARANG MILIK DAERAH', kegiatan='5.02.03.2.02 Pengamanan Barang Milik Daerah',
   urusan='5.02 KEUANGAN',
   indikator='Jumlah perangkat daerah yang barang milik daerahnya diinventarisasi dan dilabel', target='52 Unit Kerja', lokasi='Kota Samarinda',
   pool=['kstiker.a4', 'tinta.cl', 'hvs.a470', 'gps.hh', 'kamera.ml', 'tablet.10', 'transdk.1', 'hariandk.8', 'tim.ketua', 'tim.angg',
         'honor.operator', 'makan.lap', 'air.botol', 'kend.minibus', 'bbm.pertalite', 'pulsa.25', 'map.ordner', 'fotokopi.a4',
         'printer.ink', 'mouse.kbl', 'flashdisk.16', 'papanjalan.a4', 'pulpen.std', 'senter.led'],
   off=[('benih.jagung', 'benih jagung di luar urusan BMD'), ('booth.sewa', 'booth pameran tidak terkait inventarisasi'),
        ('kaos.sablon', 'kaos kegiatan tidak mendukung pelabelan aset'), ('tenda.dome', 'tenda acara tidak diperlukan'),
        ('cone.50', 'traffic cone tidak terkait'), ('juri.1', 'tidak ada lomba')]),
 'SK8': dict(code='5.02.03.2.04.0002', name='Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah',
   program='5.02.03 PROGRAM PENGELOLAAN BARANG MILIK DAERAH', kegiatan='5.02.03.2.04 Penatausahaan Barang Milik Daerah',
   urusan='5.02 KEUANGAN',
   indikator='Jumlah laporan barang milik daerah (semesteran dan tahunan) yang tersusun', target='3 Laporan', lokasi='Kota Samarinda',
   pool=['makan.rapat', 'kudapan.rapat', 'pktmeet.full', 'honns.es3', 'tim.pengarah', 'tim.ketua', 'tim.angg', 'hvs.f470', 'map.ordner',
         'tinta.bk', 'toner.85a', 'buku.lap', 'jilid.hard', 'transdk.1', 'tiket.jkt', 'harian.jkt', 'inap.jkt3', 'flashdisk.64',
         'hdd.2tb', 'amplop.coklat', 'binderclip.155', 'fotokopi.f4'],
   off=[('sound.sewa', 'sound system 1.000 W tidak diperlukan untuk rekonsiliasi'), ('panggung.sewa', 'panggung tidak terkait'),
        ('npk.16', 'pupuk di luar urusan'), ('toilet.portable', 'toilet portable untuk rapat rekonsiliasi di kantor'),
        ('tongkat.led', 'tongkat LED juru parkir'), ('tas.kanvas', 'tas kanvas promosi UMKM')]),
 'SK9': dict(code='7.01.02.2.02.0001', name='Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan',
   program='7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
   kegiatan='7.01.02.2.02 Koordinasi Penyelenggaraan Perencanaan Pembangunan Kecamatan', urusan='7.01 KECAMATAN',
   indikator='Jumlah dokumen hasil Musrenbang Kecamatan', target='1 Dokumen', lokasi='Kecamatan Samarinda Seberang',
   pool=['makan.rapat', 'kudapan.rapat', 'honns.es2', 'moderator.1', 'mc.1', 'panitia.ketua', 'panitia.angg', 'kursi.futura',
         'sound.sewa', 'banner.280', 'backdrop.m2', 'fotokopi.a4', 'jilid.spiral', 'map.snel', 'pulpen.std', 'hvs.a470',
         'buku.lap', 'dok.paket', 'transport.pes', 'air.gelas', 'lcd.sewa', 'amplop.putih', 'tenda.5x5', 'idcard.tali'],
   off=[('benih.jagung', 'benih tanaman bukan kebutuhan musrenbang'), ('cone.70', 'traffic cone tidak terkait musrenbang'),
        ('ribbon.pvc', 'ribbon printer kartu identitas'), ('rollopack.6', 'mobile file arsip tidak terkait musrenbang'),
        ('honor.juru', 'honor juru parkir'), ('puts.kit', 'perangkat uji tanah')]),
 'SK10': dict(code='2.24.02.2.01.0003', name='Pengelolaan Arsip Inaktif dan Penyusutan Arsip Perangkat Daerah',
   program='2.24.02 PROGRAM PENGELOLAAN ARSIP', kegiatan='2.24.02.2.01 Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota',
   urusan='2.24 URUSAN PEMERINTAHAN BIDANG KEARSIPAN',
   indikator='Jumlah boks arsip inaktif yang ditata, dideskripsi dan terdaftar', target='1.200 Boks', lokasi='Record Center Dinas Perpustakaan dan Kearsipan',
   pool=['boks.arsipk', 'folder.asam', 'kbebasasam.a4', 'label.arsip', 'sarungtangan.karet', 'masker.medis', 'kamper.1', 'silica.1kg',
         'dehumid.20', 'rollopack.6', 'alihmedia.lbr', 'fumigasi.m3', 'tim.ketua', 'tim.angg', 'pendukung.oh', 'hvs.a480', 'map.snel',
         'spidol.perm', 'tinta.bk', 'lakban.coklat', 'scanner.adf', 'hdd.2tb', 'transdk.1', 'angkut.barang', 'cutter.l'],
   off=[('benih.cabai', 'benih tanaman'), ('rompi.refl', 'rompi reflektif parkir'), ('booth.sewa', 'booth pameran'),
        ('sound.sewa', 'sound system acara'), ('kaos.sablon', 'kaos kegiatan tidak terkait penataan arsip'), ('honor.juru', 'honor juru parkir')]),
 'SK11': dict(code='2.23.03.2.01.0002', name='Lomba Bertutur dan Wisata Baca Anak dalam rangka Pembudayaan Gemar Membaca',
   program='2.23.03 PROGRAM PEMBUDAYAAN GEMAR MEMBACA', kegiatan='2.23.03.2.01 Pembudayaan Gemar Membaca Tingkat Daerah Kabupaten/Kota',
   urusan='2.23 URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN',
   indikator='Jumlah anak yang mengikuti lomba bertutur dan wisata baca', target='300 Anak', lokasi='Perpustakaan Kota Samarinda',
   pool=['juri.1', 'mc.1', 'panitia.ketua', 'panitia.angg', 'sertifikat.a4', 'plakat.akrilik', 'tas.seminar', 'kaos.sablon',
         'makan.rapat', 'kudapan.rapat', 'air.gelas', 'tenda.dome', 'sound.sewa', 'kursi.futura', 'banner.280', 'backdrop.m2',
         'dok.paket', 'kend.bus', 'transport.pes', 'leaflet.a4', 'idcard.tali', 'tenaga.medis', 'kertas.karton'],
   off=[('rakbuku.besi', 'pengadaan rak buku perpustakaan tidak menghasilkan output lomba/wisata baca'),
        ('alihmedia.lbr', 'alih media arsip'), ('npk.16', 'pupuk'), ('cone.70', 'traffic cone'),
        ('fumigasi.m3', 'fumigasi ruang arsip'), ('scanner.a3', 'scanner buku A3 untuk digitalisasi')]),
 'SK12': dict(code='3.27.07.2.01.0002', name='Penyelenggaraan Demonstrasi Plot (Demplot) dan Pendampingan Kelompok Tani oleh Penyuluh Pertanian',
   program='3.27.07 PROGRAM PENYULUHAN PERTANIAN', kegiatan='3.27.07.2.01 Pengembangan Penerapan Penyuluhan Pertanian',
   urusan='3.27 URUSAN PEMERINTAHAN BIDANG PERTANIAN',
   indikator='Jumlah kelompok tani yang didampingi penyuluh / luas demplot', target='30 Poktan / 6 Ha', lokasi='Kec. Palaran, Samarinda Utara, Sambutan',
   pool=['npk.16', 'urea.ns', 'organik.gr', 'organik.cair', 'benih.padi', 'benih.jagung', 'benih.cabai', 'pestisida.nab',
         'insektisida.1', 'herbisida.1', 'mulsa.hp', 'polybag.35', 'puts.kit', 'sprayer.16', 'cangkul.1', 'terpal.46',
         'honor.penyuluh', 'transdk.1', 'makan.lap', 'air.botol', 'banner.280', 'leaflet.a4', 'bbm.pertalite', 'kudapan.rapat', 'honns.prof'],
   off=[('karcis.parkir', 'karcis parkir retribusi'), ('label.arsip', 'label boks arsip'), ('kursi.putar', 'kursi kerja kantor bukan kebutuhan demplot'),
        ('plakat.akrilik', 'plakat penghargaan tidak mendukung demplot'), ('ribbon.pvc', 'ribbon printer kartu'), ('tas.kanvas', 'tas promosi')]),
 'SK13': dict(code='2.15.02.2.08.0001', name='Penertiban dan Pengelolaan Parkir Tepi Jalan Umum',
   program='2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)',
   kegiatan='2.15.02.2.08 Pengelolaan Parkir Tepi Jalan Umum', urusan='2.15 URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN',
   indikator='Jumlah titik parkir tepi jalan umum yang dikelola', target='85 Titik', lokasi='Kota Samarinda',
   pool=['karcis.parkir', 'karcis.parkir2', 'rompi.refl', 'peluit.1', 'tongkat.led', 'cone.70', 'jashujan.ponco', 'topi.lap',
         'honor.juru', 'makan.lap', 'transdk.1', 'bbm.pertalite', 'kend.r2', 'megaphone.25'],
   off=[('benih.padi', 'benih padi'), ('boks.arsipk', 'boks arsip'), ('ribbon.pvc', 'ribbon printer kartu PVC'), ('plakat.akrilik', 'plakat akrilik')]),
 'SK14': dict(code='7.01.06.2.01.0002', name='Pelaksanaan Kerja Bakti dan Gotong Royong Kebersihan Lingkungan Kelurahan Sungai Keledang',
   program='7.01.06 PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
   kegiatan='7.01.06.2.01 Pemberdayaan Masyarakat Kelurahan', urusan='7.01 KECAMATAN (KELURAHAN)',
   indikator='Jumlah RT yang melaksanakan kerja bakti kebersihan lingkungan', target='42 RT', lokasi='Kelurahan Sungai Keledang, Kec. Samarinda Seberang',
   pool=['sapu.ijuk', 'kantong.sampah', 'cangkul.1', 'disinfektan.1', 'masker.medis', 'sarungtangan.karet', 'cat.tembok', 'kuas.3',
         'makan.lap', 'air.gelas', 'kaos.sablon', 'banner.280', 'angkut.barang', 'kend.pickup', 'tenda.5x5', 'handsanitizer.500',
         'semen.50', 'kabelties.20', 'pel.lantai', 'dok.paket', 'megaphone.25'],
   off=[('laptop.i7', 'laptop Core i7 tidak diperlukan untuk kerja bakti'), ('honns.es2', 'tidak ada narasumber dalam kerja bakti'),
        ('ribbon.pvc', 'ribbon printer kartu'), ('alihmedia.lbr', 'alih media arsip'), ('tiket.jkt', 'perjalanan ke Jakarta tidak terkait kerja bakti'),
        ('booth.sewa', 'booth pameran')]),
}

# ---------------------------------------------------------------- files
FILES = [
 dict(id='F1', stem='rka_disdukcapil_2027', ext='xlsx', layout='xlsx_sheet_per_subkeg_sipd_hidden', opd='Dinas Kependudukan dan Pencatatan Sipil Kota Samarinda',
      sks=[('SK1', 21), ('SK2', 19)], koef=True, ppn=True, numstyle='int'),
 dict(id='F2', stem='rka_diskopukmk_2027', ext='xlsx', layout='xlsx_stacked_textprice_inline_koef', opd='Dinas Koperasi, Usaha Kecil dan Menengah Kota Samarinda',
      sks=[('SK3', 18), ('SK4', 18)], koef=True, ppn=False, numstyle='dotted'),
 dict(id='F3', stem='rka_inspektorat_2027', ext='csv', layout='csv_sipd_export_semicolon', opd='Inspektorat Daerah Kota Samarinda',
      sks=[('SK5', 16), ('SK6', 15)], koef=True, ppn=True, numstyle='int'),
 dict(id='F4', stem='rka_bpkad_aset_2027', ext='pdf', layout='pdf_sipd_print', opd='Badan Pengelolaan Keuangan dan Aset Daerah Kota Samarinda (Bidang Aset)',
      sks=[('SK7', 22), ('SK8', 18)], koef=True, ppn=True, numstyle='int'),
 dict(id='F5', stem='rka_kec_samarinda_seberang_2027_scan', ext='pdf', layout='scan_image_pdf', opd='Kecamatan Samarinda Seberang',
      sks=[('SK9', 24)], koef=False, ppn=False, numstyle='int'),
 dict(id='F6', stem='rka_dispusip_2027', ext='pdf', layout='pdf_no_ruling_continued', opd='Dinas Perpustakaan dan Kearsipan Kota Samarinda',
      sks=[('SK10', 18), ('SK11', 17)], koef=True, ppn=False, numstyle='int'),
 dict(id='F7', stem='rka_distan_penyuluhan_2027', ext='xlsx', layout='xlsx_volume_unit_one_cell', opd='Dinas Pertanian Kota Samarinda (Bidang Penyuluhan)',
      sks=[('SK12', 25)], koef=True, ppn=False, numstyle='int'),
 dict(id='F9', stem='rka_kel_sungai_keledang_2027', ext='docx', layout='docx_word_table', opd='Kelurahan Sungai Keledang (Kecamatan Samarinda Seberang)',
      sks=[('SK14', 22)], koef=True, ppn=False, numstyle='int'),
 dict(id='F8', stem='rka_uptd_parkir_2027_foto', ext='jpg', layout='phone_photo_jpg', opd='UPTD Perparkiran, Dinas Perhubungan Kota Samarinda',
      sks=[('SK13', 14)], koef=False, ppn=False, numstyle='int'),
]

TYPES = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
PAIRS = [('OVERPRICED', 'ARITHMETIC'), ('OVERPRICED', 'ACCOUNT_MISMATCH'), ('OFF_TARGET', 'OVERPRICED'),
         ('DUPLICATE', 'OVERPRICED'), ('ARITHMETIC', 'ACCOUNT_MISMATCH'), ('NO_PRICE_REFERENCE', 'ARITHMETIC'),
         ('NO_PRICE_REFERENCE', 'ACCOUNT_MISMATCH'), ('OFF_TARGET', 'ARITHMETIC'), ('DUPLICATE', 'ARITHMETIC'),
         ('OFF_TARGET', 'ACCOUNT_MISMATCH')]

OVER_MARGIN = 1.10   # harga > 1.10 x ceiling (converted to the RKA unit) => OVERPRICED

KOEF_UNITS = {
 'OJ': [('Orang', 1, 3), ('Jam', 2, 4)], 'OK': [('Orang', 2, 40), ('Kali', 1, 4)], 'OB': [('Orang', 1, 6), ('Bulan', 3, 12)],
 'OH': [('Orang', 2, 12), ('Hari', 2, 10)], 'Orang/Kali': [('Orang', 20, 80), ('Kali', 1, 4)], 'Orang/Hari': [('Orang', 20, 60), ('Hari', 1, 2)],
 'Unit/Hari': [('Unit', 1, 4), ('Hari', 1, 5)], 'Paket/Hari': [('Paket', 1, 1), ('Hari', 1, 4)], 'Buah/Hari': [('Buah', 50, 300), ('Hari', 1, 3)],
 'M2/Hari': [('M2', 20, 120), ('Hari', 1, 3)], 'Lembar/Hari': [('Lembar', 4, 12), ('Hari', 1, 2)],
}
OK_FIX = {}

def nice_step(p):
    if p < 1000: return 50
    if p < 20000: return 100
    if p < 200000: return 500
    if p < 2000000: return 5000
    return 50000

def jumlah_of(vol, price, ppn):
    return (vol * price * (100 + ppn) + 50) // 100

def fmt_id(n):
    s = '{:,}'.format(int(n)).replace(',', '.')
    return s

def qty_for(price, unit, rng):
    if price >= 5000000: return rng.randint(1, 3)
    if price >= 1000000: return rng.randint(1, 5)
    if price >= 200000: return rng.randint(2, 12)
    if price >= 40000: return rng.choice([5, 6, 8, 10, 12, 15, 20, 24, 30, 40])
    if price >= 10000: return rng.choice([10, 12, 20, 25, 30, 40, 50, 60, 100])
    if price >= 2000: return rng.choice([100, 150, 200, 250, 300, 500, 600])
    return rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000])

GOODS_GROUPS = ['Kegiatan', 'Kecamatan', 'Bidang', 'Paket', 'Tim', 'Lokasi']

KOEF_KEY = [
 ('panitia.angg', [('Orang', 3, 8), ('Kali', 1, 2)]), ('panitia.', [('Orang', 1, 1), ('Kali', 1, 2)]),
 ('mc.', [('Orang', 1, 2), ('Kali', 1, 2)]), ('moderator.', [('Orang', 1, 2), ('Kali', 1, 3)]), ('juri.', [('Orang', 3, 5), ('Kali', 1, 2)]),
 ('tiket.', [('Orang', 1, 4), ('Kali', 1, 3)]), ('taksi.', [('Orang', 1, 4), ('Kali', 2, 4)]),
 ('inap.', [('Orang', 1, 4), ('Hari', 2, 4)]), ('harian.', [('Orang', 1, 4), ('Hari', 2, 4)]),
 ('transdk.', [('Orang', 2, 10), ('Kali', 2, 12)]), ('hariandk.', [('Orang', 2, 8), ('Hari', 2, 10)]),
 ('tim.angg', [('Orang', 3, 6), ('Bulan', 6, 12)]), ('tim.sekre', [('Orang', 2, 3), ('Bulan', 6, 12)]), ('tim.', [('Orang', 1, 1), ('Bulan', 6, 12)]),
 ('honor.operator', [('Orang', 1, 2), ('Bulan', 6, 12)]), ('honor.juru', [('Orang', 20, 60), ('Bulan', 12, 12)]),
 ('honor.penyuluh', [('Orang', 5, 15), ('Bulan', 6, 10)]), ('uangsaku.', [('Orang', 30, 60), ('Hari', 1, 3)]),
 ('transport.pes', [('Orang', 30, 60), ('Kali', 1, 3)]),
 ('keamanan.', [('Orang', 2, 6), ('Hari', 2, 6)]), ('kebersihan.', [('Orang', 2, 6), ('Hari', 2, 6)]),
 ('pendukung.', [('Orang', 2, 6), ('Hari', 2, 8)]), ('sopir.', [('Orang', 1, 3), ('Hari', 4, 12)]), ('tenaga.medis', [('Orang', 1, 2), ('Hari', 1, 2)]),
 ('pemandu.', [('Orang', 1, 2), ('Jam', 4, 8)]), ('honns.', [('Orang', 1, 3), ('Jam', 2, 4)]),
 ('makan.lap', [('Orang', 6, 30), ('Hari', 2, 10)]), ('makan.', [('Orang', 20, 80), ('Kali', 1, 4)]), ('kudapan.', [('Orang', 20, 80), ('Kali', 1, 4)]),
]

def make_koef(unit, price, rng, key=None):
    """returns list of (n, word)"""
    for pre, spec in KOEF_KEY:
        if key and key.startswith(pre) and unit in ('OK', 'OJ', 'OB', 'OH', 'Kotak', 'Bungkus', 'Orang/Kali'):
            return [(rng.randint(lo, hi), w) for w, lo, hi in spec]
    if unit in KOEF_UNITS:
        parts = []
        for w, lo, hi in KOEF_UNITS[unit]:
            parts.append((rng.randint(lo, hi), w))
        return parts
    q = qty_for(price, unit, rng)
    if rng.random() < 0.3 and q >= 4 and q % 2 == 0:
        g = rng.choice([2, 4, 5, 3])
        if q % g == 0:
            return [(g, rng.choice(GOODS_GROUPS)), (q // g, unit)]
    return [(q, unit)]

def prod(parts):
    v = 1
    for n, _ in parts: v *= n
    return v
