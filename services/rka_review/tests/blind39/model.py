# Line model for review39 (written blind). Deterministic.
import random, math
from catalog import SSH, SBU, SCN
ALL = SSH + SBU + SCN
BYKEY = {x['key']: x for x in ALL}
# ---- class overrides
OV = {'karung':'bahan_lain','kantong_beras5':'bahan_lain','palet':'bahan_lain','terpal':'bahan_lain','termohigro':'bahan_lain',
      'hon_kader':'honor_tim','hon_petugas_lap':'honor_tim','hon_penyuluh_non':'honor_tim','hon_tim_perda':'honor_tim','hon_tim_perwali':'honor_tim',
      'sewa_aula':'sewa_gedung','sewa_aula_kecil':'sewa_gedung','sewa_hall_pameran':'sewa_gedung','sewa_mobil':'sewa_kend','sewa_bus':'sewa_kend','sewa_perahu':'sewa_kend',
      'jasa_kebersihan':'jasa_bersih','jasa_keamanan':'jasa_aman','jasa_admin':'jasa_admin','jasa_dekorasi':'jasa_acara','makan_fullday':'jasa_acara','makan_fullboard':'jasa_acara',
      'jasa_uji_lab':'jasa_lab','jasa_uji_pangan':'jasa_lab','jasa_tera':'jasa_lab','jasa_angkut_sampah':'jasa_angkut','kuota':'internet','transport_peserta':'uang_mas',
      'ac_1pk':'modal_dingin','ac_2pk':'modal_dingin','kursi_lipat':'modal_mebel','meja_rapat':'modal_mebel','lemari_arsip':'modal_mebel','rak_arsip':'modal_mebel',
      'tv_55':'modal_studio','tv_43':'modal_studio','proyektor':'modal_studio','layar_proy':'modal_studio','sound_portable':'modal_studio','kamera':'modal_studio',
      'laptop':'modal_pc','laptop_i7':'modal_pc','pc_aio':'modal_pc','printer_tank':'modal_perkom','printer_f4':'modal_perkom','scanner_adf':'modal_perkom',
      'timbangan_pasar':'modal_ukur','anak_timbangan':'modal_ukur','moisture':'modal_ukur','masker_medis':'bahan_lain','ppt_strip':'bahan_lain','kabel_utp':'komputer'}
for k,v in OV.items(): BYKEY[k]['cls']=v
for x in ALL:
    if x['cls']=='modal_alat': x['cls']='modal_kes'
    if x['cls']=='sewa': x['cls']='sewa_alat'
    if x['cls']=='modal_komputer': x['cls']='modal_pc'
    if x['cls']=='kesehatan': x['cls']='bahan_lain'
    if x['cls']=='jasa': x['cls']='jasa_acara'
ACC = {
 'bangunan':('5.1.02.01.01.0001','Belanja Bahan-Bahan Bangunan dan Konstruksi'),
 'bbm':('5.1.02.01.01.0004','Belanja Bahan-Bahan Bakar dan Pelumas'),
 'bahan_kimia':('5.1.02.01.01.0005','Belanja Bahan-Bahan Kimia'),
 'tani':('5.1.02.01.01.0008','Belanja Bahan-Bahan Pertanian'),
 'bahan_lain':('5.1.02.01.01.0012','Belanja Bahan-Bahan Lainnya'),
 'atk':('5.1.02.01.01.0024','Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'kertas':('5.1.02.01.01.0025','Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'cetak':('5.1.02.01.01.0026','Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'komputer':('5.1.02.01.01.0029','Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'bersih':('5.1.02.01.01.0036','Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Pembersih dan Kebersihan'),
 'mamin_rapat':('5.1.02.01.01.0052','Belanja Makanan dan Minuman Rapat'),
 'mamin_jamuan':('5.1.02.01.01.0053','Belanja Makanan dan Minuman Jamuan Tamu'),
 'pakaian':('5.1.02.01.01.0071','Belanja Pakaian Olahraga dan Pakaian Khusus Hari-Hari Tertentu'),
 'pangan':('5.1.02.05.01.0001','Belanja Barang yang Akan Diserahkan kepada Masyarakat'),
 'uang_mas':('5.1.02.05.01.0003','Belanja Uang yang Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat'),
 'honor':('5.1.02.02.01.0003','Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'honor_tim':('5.1.02.02.01.0004','Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan'),
 'jasa_bersih':('5.1.02.02.01.0013','Belanja Jasa Tenaga Kebersihan'),
 'jasa_aman':('5.1.02.02.01.0014','Belanja Jasa Tenaga Keamanan'),
 'jasa_admin':('5.1.02.02.01.0026','Belanja Jasa Tenaga Administrasi'),
 'jasa_iklan':('5.1.02.02.01.0029','Belanja Jasa Iklan/Reklame, Film, dan Pemotretan'),
 'jasa_lab':('5.1.02.02.01.0036','Belanja Jasa Pengujian, Kalibrasi dan Tera'),
 'jasa_angkut':('5.1.02.02.01.0038','Belanja Jasa Pengangkutan'),
 'jasa_acara':('5.1.02.02.01.0061','Belanja Jasa Penyelenggaraan Acara'),
 'internet':('5.1.02.02.01.0063','Belanja Jasa Layanan Internet dan Paket Data'),
 'sewa_kend':('5.1.02.02.04.0036','Belanja Sewa Kendaraan Bermotor Penumpang'),
 'sewa_alat':('5.1.02.02.05.0016','Belanja Sewa Peralatan dan Perlengkapan Kantor'),
 'sewa_gedung':('5.1.02.02.09.0006','Belanja Sewa Gedung Pertemuan'),
 'kursus':('5.1.02.02.12.0001','Belanja Kursus Singkat/Pelatihan'),
 'perjadin_ld':('5.1.02.04.01.0001','Belanja Perjalanan Dinas Biasa'),
 'perjadin_dk':('5.1.02.04.01.0003','Belanja Perjalanan Dinas Dalam Kota'),
 'modal_kantor':('5.2.02.05.01.0005','Belanja Modal Alat Kantor Lainnya'),
 'modal_mebel':('5.2.02.05.02.0001','Belanja Modal Mebel'),
 'modal_dingin':('5.2.02.05.02.0004','Belanja Modal Alat Pendingin'),
 'modal_studio':('5.2.02.06.01.0001','Belanja Modal Peralatan Studio Audio dan Video'),
 'modal_kes':('5.2.02.07.01.0001','Belanja Modal Alat Kesehatan dan Laboratorium'),
 'modal_ukur':('5.2.02.03.03.0001','Belanja Modal Alat Ukur Universal'),
 'modal_pc':('5.2.02.10.01.0002','Belanja Modal Personal Computer'),
 'modal_perkom':('5.2.02.10.02.0003','Belanja Modal Peralatan Personal Computer'),
 'suvenir':('5.1.02.01.01.0035','Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cenderamata'),
}
def fam(c):
    if c.startswith('modal'): return 'modal'
    if c.startswith('honor'): return 'honor'
    if c.startswith('perjadin'): return 'perjadin'
    if c.startswith('sewa'): return 'sewa'
    if c.startswith('jasa') or c in ('internet','kursus'): return 'jasa'
    if c.startswith('mamin'): return 'mamin'
    return 'barang'
# plausible wrong accounts by family (clearly wrong)
WRONG = {'modal':['atk','komputer','bahan_lain','cetak'], 'honor':['jasa_admin','mamin_rapat','perjadin_dk','atk'],
         'perjadin':['sewa_kend','honor','jasa_acara'], 'sewa':['cetak','mamin_rapat','perjadin_dk','modal_kantor'],
         'jasa':['cetak','atk','honor','modal_studio'], 'mamin':['honor','pangan','atk','modal_kantor'],
         'barang':['modal_kantor','honor','modal_pc','perjadin_dk','sewa_alat']}
# NPR items: name, spec, unit, price, cls, tags
NPR = [
 ('Jasa pembuatan video animasi motion graphic','Durasi 2 menit, format MP4 1080p','Paket',12500000,'jasa_iklan','gen'),
 ('Souvenir tumbler stainless custom logo','500 ml, grafir laser','Buah',87500,'suvenir','gen'),
 ('Sewa drone + pilot dokumentasi udara','Termasuk editing, per hari','Hari',3500000,'sewa_alat','gen'),
 ('Power bank','10.000 mAh, fast charging','Buah',285000,'komputer','gen'),
 ('Lisensi aplikasi desain grafis','Berlangganan 1 tahun','Lisensi',3250000,'komputer','gen'),
 ('Sewa photobooth + cetak instan','Per hari, unlimited print','Paket',4500000,'sewa_alat','gen'),
 ('Jasa live streaming multi kamera','3 kamera, YouTube/IG, per kegiatan','Paket',7500000,'jasa_iklan','gen'),
 ('Maskot kostum GERMAS','Kostum badut karakter, termasuk pemeran','Paket',6750000,'jasa_acara','promkes'),
 ('Jasa influencer kesehatan media sosial','1 reels + 3 story','Paket',8500000,'jasa_iklan','promkes'),
 ('Boneka tangan edukasi PHBS','Set 6 karakter','Set',675000,'bahan_lain','promkes'),
 ('Ovitrap','Perangkap telur nyamuk, plastik hitam + kain kasa','Buah',27500,'bahan_lain','kesling'),
 ('Air quality monitor portable','PM2.5/PM10, CO2, data logger','Unit',8950000,'modal_kes','kesling'),
 ('Mesin fogging portable','Swing fog, tangki 6,5 liter','Unit',18500000,'modal_kes','kesling'),
 ('Drone penyemprot pestisida','Tangki 10 liter, baterai 2 set','Unit',165000000,'modal_kantor','tani'),
 ('Biochar sekam padi','Karung 20 kg','Karung',48000,'tani','tani'),
 ('Pupuk hayati mikoriza','Kemasan 1 kg','Bungkus',62000,'tani','tani'),
 ('Sagu kering','Kemasan 1 kg','Kg',24500,'pangan','pangan'),
 ('Ikan gabus asin','Kemasan vakum 500 g','Bungkus',67500,'pangan','pangan'),
 ('Lisensi Learning Management System','Per tahun, 500 pengguna','Lisensi',45000000,'komputer','asn'),
 ('Sewa studio podcast','Per 4 jam, termasuk operator','Sesi',1750000,'sewa_alat','asn'),
 ('Green screen kit','Backdrop 2x3 m + lampu softbox 2 set','Set',2350000,'bahan_lain','asn'),
 ('Langganan database putusan pengadilan online','Akses 1 tahun, 5 user','Paket',18000000,'internet','hukum'),
 ('Jasa penerjemah tersumpah','Inggris-Indonesia, per halaman','Halaman',185000,'jasa_admin','hukum'),
 ('Jasa legalisasi notaris','Per dokumen','Dokumen',350000,'jasa_admin','hukum'),
 ('Jasa penyusunan DED renovasi los pasar','Gambar kerja + RAB','Paket',65000000,'jasa_acara','pasar'),
 ('Mesin pencacah sampah organik','Kapasitas 300 kg/jam, diesel','Unit',32500000,'modal_kantor','pasar'),
 ('Sewa kapal susur Mahakam','Kapasitas 40 orang, per 3 jam','Kali',4250000,'sewa_kend','kec'),
 ('Sewa kamera 360 derajat','Per hari','Hari',650000,'sewa_alat','kec'),
]
NPR_OT = [
 ('Voucher belanja pegawai','Nominal Rp 250.000','Lembar',250000,'uang_mas','ot'),
 ('Paket outbound pegawai','Termasuk fasilitator & makan siang','Orang',650000,'jasa_acara','ot'),
 ('Tiket masuk wahana wisata keluarga pegawai','Dewasa, akhir pekan','Orang',125000,'jasa_acara','ot'),
 ('Sewa kapal wisata keluarga pegawai','Susur sungai, 3 jam','Kali',4250000,'sewa_kend','ot'),
 ('Doorprize sepeda gunung','Hadiah undian HUT kantor, 27,5 inch','Unit',3450000,'bahan_lain','ot'),
 ('Jersey futsal pegawai','Printing full, nama punggung','Stel',225000,'pakaian','ot'),
]
ABBR = {'OJ':'jam','OH':'hr','OK':'kali','OB':'bln','Kotak':'kali','Porsi':'kali','Orang/Kali':'kali','Unit/Hari':'hr','Hari':'hr'}

LABELS = ['OVERPRICED','NO_PRICE_REFERENCE','OFF_TARGET','ARITHMETIC','DUPLICATE','ACCOUNT_MISMATCH']
PAIRS = [('OVERPRICED','ARITHMETIC'),('OVERPRICED','DUPLICATE'),('OVERPRICED','ACCOUNT_MISMATCH'),('OFF_TARGET','ARITHMETIC'),
         ('OFF_TARGET','OVERPRICED'),('NO_PRICE_REFERENCE','ARITHMETIC'),('NO_PRICE_REFERENCE','OFF_TARGET'),('DUPLICATE','ARITHMETIC'),
         ('ACCOUNT_MISMATCH','ARITHMETIC'),('OFF_TARGET','ACCOUNT_MISMATCH'),('NO_PRICE_REFERENCE','ACCOUNT_MISMATCH')]
DUPFAM = {}
for grp in [['nasi_kotak','prasmanan','makan_tamu','makan_fullday','makan_fullboard'],['snack','snack_tamu'],['galon_air','air_botol','air_gelas'],
            ['sewa_sound','sewa_sound_kecil','sound_portable'],['sewa_aula','sewa_aula_kecil','makan_fullday','makan_fullboard'],['sertifikat','sertifikat_cetak'],
            ['spanduk','spanduk_korea','backdrop','baliho'],['banner_roll','x_banner'],['leaflet','brosur','leaflet_tani'],['hon_nara_es2','hon_nara_es3','hon_nara_luar','hon_tenaga_ahli_hk','hon_pengajar'],
            ['transport_lokal','uh_dk8','transport_peserta'],['hvs_a4_70','hvs_a4_80','hvs_f4_70','hvs_f4_80'],['tinta_65','tinta_65c'],['toner_85a','toner_05a','toner_comp'],
            ['map_plastik','map_snelhecter','map_dinas'],['pulpen_gel','pulpen_std'],['spidol_wb','spidol_perm'],['ordner_7','ordner_5'],['lakban_coklat','lakban_bening'],
            ['sewa_mobil','sewa_bus'],['beras_cad','beras_prem'],['poster_a3','poster_a2'],['flashdisk_32','flashdisk_64'],['lampu_led','lampu_led40'],['cat_tembok','cat_tembok5'],
            ['stapler_10','stapler_hd'],['sabun_cair','sabun_cair5l'],['binder_105','binder_260'],['npk','urea','organik','pupuk_cair'],['benih_padi','benih_padi_hib'],
            ['hand_sprayer','sprayer_elektrik'],['rapid_formalin','rapid_boraks','rapid_pest'],['booklet','buku_laporan','buku_peraturan'],['tempat_sampah_60','tempat_sampah_pilah']]:
    for k in grp: DUPFAM.setdefault(k, grp[0])
def family(key):
    if key in DUPFAM: return DUPFAM[key]
    x = BYKEY[key]
    if x['name'].startswith('Uang Harian') or x['name'].startswith('Biaya Penginapan') or x['name'].startswith('Tiket'): return x['name']
    return key

def idn(n):
    n = int(round(n)); s = f"{abs(n):,}".replace(',', '.')
    return ('-' if n < 0 else '') + s

def floor_step(p):
    st = 100 if p < 100000 else (500 if p < 1000000 else 5000)
    return max(st, int(p // st) * st)
def ceil_step(p):
    st = 100 if p < 100000 else (500 if p < 1000000 else 5000)
    return int(math.ceil(p / st) * st)

def qty_for(cls, unit, rng, ev):
    """returns koef parts list[(n,unit_word)]"""
    P = ev['peserta']
    if cls.startswith('honor'):
        if unit == 'OJ': return [(rng.choice([1,2,3]),'org'),(rng.choice([2,3,4]),'jam')]
        if unit == 'OB': return [(rng.choice([3,4,5,10]),'org'),(rng.choice([3,6,12]),'bln')]
        if unit == 'OH': return [(rng.choice([4,6,10]),'org'),(rng.choice([3,5,10]),'hr')]
        return [(rng.choice([1,2,5,8]),'org'),(rng.choice([1,2]),'kali')]
    if cls.startswith('mamin'):
        if unit in ('Kotak','Porsi'): return [(P,'org'),(rng.choice([1,2,3,4]),'kali')]
        return [(rng.choice([5,10,20,30]), unit.lower())]
    if cls == 'jasa_acara' and unit == 'OH': return [(P,'org'),(rng.choice([1,2]),'hr')]
    if cls.startswith('perjadin') or cls == 'uang_mas':
        if unit == 'Orang/Kali': return [(rng.choice([2,3]),'org'),(2,'kali')]
        if unit == 'OH': return [(rng.choice([2,3]),'org'),(rng.choice([2,3,4]),'hr')]
        return [(rng.choice([P, 10, 20]),'org'),(rng.choice([1,2,4]),'kali')]
    if cls.startswith('sewa'):
        if unit == 'Buah': return [(rng.choice([100,150,200]),'bh'),(rng.choice([1,2]),'hr')]
        if unit == 'Unit/Hari': return [(rng.choice([1,2,3]),'unit'),(rng.choice([2,3,5]),'hr')]
        if unit == 'Hari': return [(rng.choice([1,2,3]),'hr')]
        return [(rng.choice([1,2]),unit.lower().split()[0]),(rng.choice([1,2,3]),'hr')]
    if cls in ('jasa_bersih','jasa_aman','jasa_admin','internet','kursus') and unit in ('OB','OK'):
        return [(rng.choice([2,3,5,10]),'org'),(rng.choice([1,6,12]) if unit=='OB' else 1,'bln' if unit=='OB' else 'kali')]
    uw = unit.split()[0].lower()
    if cls.startswith('modal'): return [(rng.choice([1,1,2,3,4]), uw)]
    if unit in ('Paket','Kali Tayang','Lisensi','Sesi','Spot','Sampel','Rit','Kali','Halaman','Dokumen','Stan','Orang','Ekor','Kit','Set'):
        cands = [1,2,3,4,5,6,8,10,12,15,20,24,30,40,50,60,100]
    else:
        cands = [2,3,4,5,6,8,10,12,15,20,24,25,30,40,50,60,80,100,120,150,200,250,300,400,500,1000,1500,2000,3000]
    return [(rng.choice(cands), uw)]
def choose_qty(cls, unit, price, rng, ev):
    for _ in range(60):
        parts = qty_for(cls, unit, rng, ev)
        v = 1
        for n,_u in parts: v *= n
        if 150000 <= v * price <= (250e6 if cls.startswith('modal') else 60e6): return parts
    return parts
