# Catalogue data for review29 (invented, realistic). Prices EXCLUDE PPN.
from fractions import Fraction as F

ACCT = {
 'atk':      ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'kertas':   ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'cetak':    ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'komp':     ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'perabot':  ('5.1.02.01.01.0030', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor'),
 'listrik':  ('5.1.02.01.01.0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'),
 'souvenir': ('5.1.02.01.01.0035', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cendera Mata'),
 'rt':       ('5.1.02.01.01.0036', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya'),
 'bangunan': ('5.1.02.01.01.0001', 'Belanja Bahan-Bahan Bangunan dan Konstruksi'),
 'kimia':    ('5.1.02.01.01.0002', 'Belanja Bahan-Bahan Kimia'),
 'bbm':      ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas'),
 'bibit_tan':('5.1.02.01.01.0008', 'Belanja Bahan-Bahan/Bibit Tanaman'),
 'apar':     ('5.1.02.01.01.0009', 'Belanja Bahan-Isi Tabung Pemadam Kebakaran'),
 'gas':      ('5.1.02.01.01.0010', 'Belanja Bahan-Isi Tabung Gas'),
 'bibit_ikan':('5.1.02.01.01.0011', 'Belanja Bahan-Bahan/Bibit Ternak/Bibit Ikan'),
 'bahan_lain':('5.1.02.01.01.0012', 'Belanja Bahan-Bahan Lainnya'),
 'mamin':    ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat'),
 'pakaian':  ('5.1.02.01.01.0064', 'Belanja Pakaian Kerja Lapangan'),
 'honor_nara':('5.1.02.02.01.0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'honor_tim':('5.1.02.02.01.0004', 'Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan'),
 'jasa_tenaga':('5.1.02.02.01.0013', 'Belanja Jasa Tenaga Pelayanan Umum'),
 'internet': ('5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan'),
 'sewa_gedung':('5.1.02.02.03.0004', 'Belanja Sewa Gedung Pertemuan'),
 'sewa_alat':('5.1.02.02.04.0036', 'Belanja Sewa Peralatan dan Mesin Lainnya'),
 'sewa_kend':('5.1.02.02.04.0004', 'Belanja Sewa Kendaraan Bermotor Penumpang'),
 'pemel_ac': ('5.1.02.03.02.0111', 'Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin'),
 'pemel_kend':('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan'),
 'perjadin_lk':('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa'),
 'perjadin_dk':('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota'),
 'modal_komp':('5.2.02.10.01.0002', 'Belanja Modal Personal Computer'),
 'modal_kantor':('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya'),
 'modal_mebel':('5.2.02.05.02.0001', 'Belanja Modal Mebel'),
 'modal_ac': ('5.2.02.05.02.0004', 'Belanja Modal Alat Pendingin'),
 'modal_studio':('5.2.02.06.02.0001', 'Belanja Modal Peralatan Studio Visual'),
 'modal_ukur':('5.2.02.07.01.0001', 'Belanja Modal Alat Ukur Universal'),
 'modal_lab': ('5.2.02.08.01.0001', 'Belanja Modal Alat Laboratorium Kimia Air'),
 'modal_bengkel':('5.2.02.04.01.0001', 'Belanja Modal Alat Bengkel Bermesin'),
}

# Accounts that would be clearly wrong for an item booked under `acct`
WRONG = {
 'atk': ['mamin', 'modal_kantor', 'bbm'], 'kertas': ['modal_kantor', 'komp', 'souvenir'],
 'cetak': ['sewa_alat', 'atk', 'honor_nara'], 'komp': ['kertas', 'mamin', 'souvenir'],
 'perabot': ['atk', 'bbm'], 'listrik': ['kertas', 'mamin', 'bibit_tan'],
 'souvenir': ['bbm', 'pakaian', 'honor_nara'], 'rt': ['komp', 'modal_mebel', 'kimia'],
 'bangunan': ['atk', 'mamin', 'modal_kantor'], 'kimia': ['atk', 'bbm', 'mamin'],
 'bbm': ['kimia', 'pemel_ac', 'atk'], 'bibit_tan': ['bangunan', 'atk'], 'apar': ['gas', 'mamin'],
 'gas': ['apar', 'kimia'], 'bibit_ikan': ['bibit_tan', 'atk'], 'bahan_lain': ['mamin', 'modal_bengkel'],
 'mamin': ['atk', 'souvenir', 'bahan_lain'], 'pakaian': ['atk', 'souvenir', 'modal_kantor'],
 'honor_nara': ['mamin', 'perjadin_dk', 'jasa_tenaga', 'atk'], 'honor_tim': ['perjadin_dk', 'mamin', 'atk'],
 'jasa_tenaga': ['rt', 'atk'], 'internet': ['komp', 'modal_komp'],
 'sewa_gedung': ['cetak', 'modal_mebel', 'mamin'], 'sewa_alat': ['modal_studio', 'listrik', 'atk'],
 'sewa_kend': ['bbm', 'pemel_kend', 'modal_kantor'], 'pemel_ac': ['listrik', 'modal_ac'],
 'pemel_kend': ['bbm', 'sewa_kend'], 'perjadin_lk': ['honor_nara', 'honor_tim'],
 'perjadin_dk': ['honor_tim', 'mamin'], 'modal_komp': ['atk', 'komp'],
 'modal_kantor': ['atk', 'kertas'], 'modal_mebel': ['perabot', 'atk'], 'modal_ac': ['listrik', 'pemel_ac'],
 'modal_studio': ['atk', 'cetak'], 'modal_ukur': ['atk', 'bahan_lain'], 'modal_lab': ['kimia', 'atk'],
 'modal_bengkel': ['rt', 'bbm'],
}

SSH_CATS = [
 ('A', '1.1.7.01.01.01', 'ALAT TULIS KANTOR'),
 ('B', '1.1.7.01.01.02', 'KERTAS DAN COVER'),
 ('C', '1.1.7.01.01.07', 'BAHAN KOMPUTER'),
 ('D', '1.1.7.01.01.08', 'ALAT LISTRIK DAN ELEKTRONIK HABIS PAKAI'),
 ('E', '1.1.7.01.01.10', 'ALAT/BAHAN KEBERSIHAN DAN RUMAH TANGGA'),
 ('F', '1.1.7.01.02.04', 'BAHAN BAKAR, PELUMAS DAN GAS'),
 ('G', '1.1.7.01.02.02', 'BAHAN KIMIA DAN PERLENGKAPAN LABORATORIUM'),
 ('H', '1.1.7.01.02.11', 'BENIH/BIBIT IKAN, PAKAN DAN SARANA PERIKANAN'),
 ('I', '1.1.7.01.02.08', 'BIBIT TANAMAN, PUPUK DAN PERTAMANAN'),
 ('J', '1.1.7.01.02.01', 'BAHAN BANGUNAN DAN KONSTRUKSI'),
 ('K', '1.1.7.01.03.06', 'PAKAIAN KERJA DAN PERLENGKAPAN LAPANGAN'),
 ('L', '1.1.7.01.02.09', 'PERLENGKAPAN PEMADAM KEBAKARAN'),
 ('M', '1.1.7.01.01.12', 'SUVENIR, PIALA DAN CENDERA MATA'),
 ('N', '1.3.2.05.01.05', 'PERALATAN KANTOR, MEBEL DAN ALAT PENDINGIN'),
 ('O', '1.3.2.10.01.02', 'PERALATAN KOMPUTER DAN ELEKTRONIK (ASET)'),
 ('P', '1.3.2.08.01.01', 'PERALATAN LABORATORIUM, UKUR DAN LAPANGAN (ASET)'),
]

SBU_CATS = [
 ('1', 'SBU.01', 'HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA'),
 ('2', 'SBU.02', 'HONORARIUM TIM PELAKSANA KEGIATAN'),
 ('3', 'SBU.03', 'SATUAN BIAYA PERJALANAN DINAS'),
 ('4', 'SBU.04', 'SATUAN BIAYA KONSUMSI RAPAT DAN JAMUAN'),
 ('5', 'SBU.05', 'SATUAN BIAYA SEWA'),
 ('6', 'SBU.06', 'SATUAN BIAYA JASA, CETAK DAN PENGGANDAAN'),
]

# (key, cat, name, spec, unit, price, acct, kind, rka_alts, packs)
#   kind: goods | oj | ok | oh | ob | kotak | uh (unit x hari) | bulan
#   packs: (rka_unit, catalogue units per rka unit)
R = []
def S(key, cat, name, spec, unit, price, acct, alts=(), packs=None, kind='goods'):
    R.append(dict(key=key, cat=cat, name=name, spec=spec, unit=unit, price=price, acct=acct,
                  alts=list(alts), packs=packs or [(unit, F(1))], kind=kind))

# ---------------- SSH ----------------
S('bp05','A','Ballpoint tinta gel','0,5 mm hitam','Pcs',3500,'atk',['Pulpen gel 0,5 mm hitam','Ballpoint gel 0.5 hitam'],[('Pcs',F(1)),('Lusin',F(12)),('Box isi 12',F(12))])
S('bp07','A','Ballpoint standar','0,7 mm biru/hitam','Pcs',2500,'atk',['Ballpoint standar 0,7 mm','Pulpen biasa 0.7'],[('Pcs',F(1)),('Lusin',F(12))])
S('spwb','A','Spidol whiteboard','isi ulang, warna hitam/biru/merah','Pcs',9500,'atk',['Spidol papan tulis (whiteboard)','Spidol WB'],[('Pcs',F(1)),('Lusin',F(12))])
S('spperm','A','Spidol permanen','ujung bulat, hitam','Pcs',10500,'atk',['Spidol permanent hitam','Marker permanen'])
S('stabilo','A','Stabilo / highlighter','warna stabilo','Pcs',8000,'atk',['Highlighter stabilo','Stabilo boss'])
S('pensil','A','Pensil kayu','2B','Lusin',30000,'atk',['Pensil 2B','Pensil kayu 2B'],[('Pcs',F(1,12)),('Lusin',F(1))])
S('hapus','A','Penghapus pensil','karet putih kecil','Pcs',3000,'atk',['Penghapus karet'])
S('tipex','A','Correction tape','5 mm x 6 m','Pcs',9000,'atk',['Tip-ex roller (correction tape)','Correction tape 5mm'])
S('mapkancing','A','Map plastik kancing','folio, transparan','Pcs',3500,'atk',['Map kancing plastik F4','Map plastik button folio'],[('Pcs',F(1)),('Lusin',F(12))])
S('mapsnel','A','Map snelhecter plastik','folio','Pcs',3000,'atk',['Snelhecter plastik','Map snelhecter'])
S('ordner','A','Ordner / box file','folio, punggung 7 cm','Pcs',32000,'atk',['Ordner folio 7 cm','Box file ordner'])
S('boxarsip','A','Box arsip karton','ukuran 37x27x12 cm','Pcs',22000,'atk',['Box arsip karton','Kardus arsip'])
S('stapler10','A','Stapler kecil','No. 10','Pcs',25000,'atk',['Stapler No.10','Hekter kecil'])
S('stapler50','A','Stapler besar','HD-50, daya 30 lembar','Pcs',95000,'atk',['Stapler besar HD-50'])
S('isistap10','A','Isi staples','No. 10, isi 1000','Box',3000,'atk',['Isi staples No.10','Refill staples no 10'],[('Box',F(1)),('Pak isi 20 box',F(20))])
S('isistap23','A','Isi staples','No. 23/10, isi 1000','Box',12000,'atk',['Isi staples 23/10'])
S('lakban_b','A','Lakban bening','lebar 2 inch (48 mm)','Roll',12000,'atk',['Lakban bening 2"','Selotip bening besar 48 mm'],[('Roll',F(1)),('Slop isi 6',F(6))])
S('lakban_h','A','Lakban hitam','kain, lebar 2 inch','Roll',13500,'atk',['Lakban hitam 2 inch'])
S('lakban_k','A','Lakban kertas','lebar 1 inch','Roll',7500,'atk',['Masking tape 1"'])
S('amplop_p','A','Amplop putih','110 x 230 mm, isi 100','Box',28000,'atk',['Amplop kabinet putih','Amplop putih panjang'],[('Box',F(1)),('Pak isi 5 box',F(5))])
S('amplop_c','A','Amplop coklat','folio, isi 50','Pak',45000,'atk',['Amplop coklat F4','Amplop besar coklat folio'])
S('bukufolio','A','Buku folio','100 lembar, hard cover','Pcs',22000,'atk',['Buku folio 100 lbr','Buku besar folio'])
S('bukuagenda','A','Buku agenda surat','folio, 100 lembar','Pcs',35000,'atk',['Buku agenda surat masuk/keluar'])
S('clip3','A','Paper clip','No. 3, isi 100','Box',3000,'atk',['Klip kertas no 3'])
S('binder105','A','Binder clip','No. 105, isi 12','Box',28000,'atk',['Binder clip 105','Penjepit kertas 105'])
S('binder155','A','Binder clip','No. 155, isi 12','Box',45000,'atk',['Binder clip 155'])
S('cutter','A','Cutter besar','L-500, pisau 18 mm','Pcs',18000,'atk',['Cutter L500'])
S('gunting','A','Gunting kertas','ukuran sedang','Pcs',15000,'atk',['Gunting sedang'])
S('lem','A','Lem kertas','stick, 25 gram','Pcs',6500,'atk',['Lem stik 25 gr','Glue stick'])
S('sticky','A','Sticky notes','3 x 3 inch, 100 lembar','Pad',8500,'atk',['Post-it 3x3','Kertas memo tempel'])
S('penggaris','A','Penggaris besi','30 cm','Pcs',9000,'atk',['Penggaris 30 cm'])
S('stempel','A','Tinta stempel','botol 30 ml, ungu/biru','Botol',12000,'atk',['Tinta stempel'])
S('papanujian','A','Papan klip (clipboard)','folio, plastik','Pcs',18000,'atk',['Clipboard / papan jalan folio','Papan jalan'])
S('kertas_label','A','Label nama','No. 103, isi 10 lembar','Pak',9500,'atk',['Label Tom & Jerry 103'])
# Kertas
S('hvs_a4_70','B','Kertas HVS','A4 70 gram','Rim',52000,'kertas',['Kertas HVS A4 70 gr','HVS A4 70gsm'],[('Rim',F(1)),('Box isi 5 rim',F(5)),('Dus isi 5 rim',F(5))])
S('hvs_a4_80','B','Kertas HVS','A4 80 gram','Rim',60000,'kertas',['Kertas HVS A4 80 gr','HVS A4 80gsm'],[('Rim',F(1)),('Box isi 5 rim',F(5))])
S('hvs_f4_70','B','Kertas HVS','F4 / folio 70 gram','Rim',56000,'kertas',['Kertas HVS F4 70 gr','HVS folio 70 gsm'],[('Rim',F(1)),('Box isi 5 rim',F(5))])
S('hvs_f4_80','B','Kertas HVS','F4 / folio 80 gram','Rim',65000,'kertas',['Kertas HVS F4 80 gr','HVS F4 80gsm'],[('Rim',F(1)),('Box isi 5 rim',F(5))])
S('hvs_a3_80','B','Kertas HVS','A3 80 gram','Rim',125000,'kertas',['Kertas HVS A3 80 gr'])
S('fotoglossy','B','Kertas foto','glossy A4 230 gram, isi 20','Pak',45000,'kertas',['Kertas foto glossy A4'])
S('cover','B','Kertas cover / karton','A4 220 gram warna, isi 100','Pak',38000,'kertas',['Kertas cover A4 220 gr','Kertas jilid warna A4'])
S('sertifikat','B','Kertas sertifikat','A4 motif, isi 50','Pak',55000,'kertas',['Kertas piagam/sertifikat A4'])
S('ncr','B','Kertas NCR','3 ply, folio','Rim',185000,'kertas',['Kertas NCR 3 ply'])
S('kertas_plano','B','Kertas plano / flipchart','65 x 100 cm, isi 50','Pak',95000,'kertas',['Kertas plano flipchart','Kertas plano'])
# Bahan komputer
S('toner85orig','C','Toner printer laser','tipe 85A original','Pcs',850000,'komp',['Toner laserjet 85A original'])
S('toner85comp','C','Toner printer laser','tipe 85A compatible','Pcs',250000,'komp',['Toner 85A compatible','Toner compatible 85A'])
S('tinta_it','C','Tinta printer ink tank','botol 70 ml, hitam/warna','Botol',95000,'komp',['Tinta printer botol 70 ml','Tinta isi ulang printer ink tank 70ml'],[('Botol',F(1)),('Set isi 4 botol',F(4))])
S('tinta_inkjet','C','Cartridge tinta inkjet','hitam, kapasitas standar','Pcs',145000,'komp',['Catridge inkjet hitam'])
S('fd16','C','Flashdisk','16 GB USB 3.0','Pcs',75000,'komp',['Flashdisk 16 GB'])
S('fd32','C','Flashdisk','32 GB USB 3.0','Pcs',95000,'komp',['Flashdisk 32 GB','Flash disk 32GB'])
S('fd64','C','Flashdisk','64 GB USB 3.0','Pcs',135000,'komp',['Flashdisk 64 GB','USB flash drive 64GB'])
S('hdd1','C','Harddisk eksternal','1 TB USB 3.0','Pcs',850000,'komp',['Hardisk eksternal 1 TB','HDD external 1TB'])
S('hdd2','C','Harddisk eksternal','2 TB USB 3.0','Pcs',1250000,'komp',['Hardisk eksternal 2 TB'])
S('mousew','C','Mouse','wireless','Pcs',95000,'komp',['Mouse wireless','Mouse tanpa kabel'])
S('mousek','C','Mouse','kabel USB','Pcs',55000,'komp',['Mouse kabel USB'])
S('keyboard','C','Keyboard','USB standar','Pcs',110000,'komp',['Keyboard USB'])
S('utp6','C','Kabel UTP','Cat 6, roll 305 m','Roll',2150000,'komp',['Kabel LAN Cat6 1 roll','Kabel UTP Cat.6 (305 m)'],[('Roll',F(1)),('Meter',F(1,305))])
S('utp5','C','Kabel UTP','Cat 5e, roll 305 m','Roll',1350000,'komp',['Kabel LAN Cat5e 305 m'],[('Roll',F(1)),('Meter',F(1,305))])
S('rj45','C','Konektor RJ45','Cat 6, isi 100','Box',145000,'komp',['Konektor RJ-45 Cat6'])
S('hdmi5','C','Kabel HDMI','panjang 5 m','Pcs',85000,'komp',['Kabel HDMI 5 meter'])
S('hdmi10','C','Kabel HDMI','panjang 10 m','Pcs',150000,'komp',['Kabel HDMI 10 meter'])
S('memcard','C','Memory card','micro SD 64 GB','Pcs',145000,'komp',['MicroSD 64 GB','Memori kamera 64GB'])
# Alat listrik
S('led12','D','Lampu LED','12 watt, fitting E27','Pcs',45000,'listrik',['Lampu LED 12 W','Bohlam LED 12 watt'],[('Pcs',F(1)),('Dus isi 10',F(10))])
S('led18','D','Lampu LED','18 watt, fitting E27','Pcs',65000,'listrik',['Lampu LED 18 W'])
S('led30','D','Lampu LED','30 watt, fitting E27','Pcs',120000,'listrik',['Lampu LED 30 W'])
S('stopk','D','Stop kontak','4 lubang + kabel 3 m','Pcs',85000,'listrik',['Stop kontak 4 lubang','Terminal listrik 4 colokan'])
S('kabelroll','D','Kabel roll','10 m, 4 lubang','Pcs',175000,'listrik',['Kabel roll 10 meter'])
S('nym15','D','Kabel NYM','2 x 1,5 mm, roll 50 m','Roll',550000,'listrik',['Kabel NYM 2x1,5'])
S('nym25','D','Kabel NYM','2 x 2,5 mm, roll 50 m','Roll',850000,'listrik',['Kabel NYM 2x2,5'])
S('aa','D','Baterai alkaline','AA, isi 2','Pak',18000,'listrik',['Baterai AA','Batu baterai AA alkaline'],[('Pak',F(1)),('Box isi 12 pak',F(12))])
S('aaa','D','Baterai alkaline','AAA, isi 2','Pak',16000,'listrik',['Baterai AAA'])
S('bat9v','D','Baterai','9 volt kotak','Pcs',25000,'listrik',['Baterai 9V (mic wireless)'])
S('senter','D','Senter LED','rechargeable, 10 watt','Pcs',125000,'listrik',['Senter cas LED','Lampu senter rechargeable'])
S('megafon','D','Megaphone / toa','portable 25 watt','Pcs',385000,'listrik',['Megaphone portable','Toa tangan'])
# Kebersihan / RT
S('sapuijuk','E','Sapu ijuk','gagang kayu','Pcs',35000,'rt',['Sapu ijuk'])
S('sapulidi','E','Sapu lidi','gagang panjang','Pcs',15000,'rt',['Sapu lidi bergagang'])
S('pel','E','Alat pel lantai','model putar + ember','Set',145000,'rt',['Alat pel putar (set)'])
S('ember','E','Ember plastik','20 liter','Pcs',45000,'rt',['Ember 20 lt'])
S('pembersih08','E','Cairan pembersih lantai','800 ml','Botol',18000,'rt',['Pembersih lantai 800ml'])
S('pembersih4','E','Cairan pembersih lantai','jerigen 4 liter','Jerigen',65000,'rt',['Pembersih lantai 4 liter'],[('Jerigen',F(1)),('Dus isi 4 jerigen',F(4))])
S('sabun','E','Sabun cuci tangan cair','500 ml','Botol',25000,'rt',['Sabun cuci tangan','Hand soap 500 ml'],[('Botol',F(1)),('Dus isi 12',F(12))])
S('tisugulung','E','Tisu gulung','isi 10 roll','Pak',42000,'rt',['Tisu toilet gulung'],[('Pak',F(1)),('Roll',F(1,10))])
S('tisukotak','E','Tisu kotak','250 sheet','Kotak',18000,'rt',['Tisu wajah kotak','Tissue box'],[('Kotak',F(1)),('Dus isi 24',F(24))])
S('trashbag','E','Kantong sampah plastik','60 x 100 cm hitam, isi 10','Pak',15000,'rt',['Trash bag hitam besar','Kantong sampah 60x100'],[('Pak',F(1)),('Lembar',F(1,10)),('Bal isi 20 pak',F(20))])
S('karung','E','Karung plastik','50 kg','Lembar',3500,'rt',['Karung plastik','Karung sampah'])
S('kemoceng','E','Kemoceng','bulu ayam','Pcs',25000,'rt',['Kemoceng'])
S('sarungkaret','E','Sarung tangan karet','panjang','Pasang',18000,'rt',['Sarung tangan karet'])
S('tempatsampah','E','Tempat sampah','plastik bertutup 60 liter','Pcs',185000,'rt',['Tong sampah 60 L'])
S('galon','E','Air mineral isi ulang galon','19 liter','Galon',6000,'mamin',['Air galon isi ulang'])
# BBM
S('pertalite','F','Bensin Pertalite','RON 90','Liter',10000,'bbm',['BBM Pertalite','Bensin pertalite'],[('Liter',F(1)),('Jerigen 20 liter',F(20))])
S('pertamax','F','Bensin Pertamax','RON 92','Liter',12500,'bbm',['BBM Pertamax'])
S('solar','F','Biosolar','B35','Liter',6800,'bbm',['Solar','BBM solar'])
S('dexlite','F','Dexlite','CN 51','Liter',13500,'bbm',['BBM dexlite'])
S('oli4t','F','Oli mesin','4 tak, 1 liter','Botol',65000,'bbm',['Oli mesin 1 L'])
S('oli2t','F','Oli samping','2 tak, 1 liter','Botol',45000,'bbm',['Oli 2T','Oli campur 2 tak'])
S('lpg12','F','Isi ulang LPG','tabung 12 kg','Tabung',215000,'gas',['Isi ulang gas LPG 12 kg'])
S('oksigen','F','Isi ulang oksigen','tabung 1 m3','Tabung',75000,'gas',['Isi ulang tabung oksigen 1 m3','Refill O2 1m3'])
# Kimia / lab
S('h2so4','G','Asam sulfat (H2SO4)','p.a. 95-97%, botol 1 L','Botol',1450000,'kimia',['H2SO4 pa 1 liter','Asam sulfat pro analisa 1 L'])
S('hno3','G','Asam nitrat (HNO3)','p.a. 65%, botol 1 L','Botol',1350000,'kimia',['HNO3 65% pa 1 L'])
S('hcl','G','Asam klorida (HCl)','p.a. 37%, botol 1 L','Botol',1150000,'kimia',['HCl 37% 1 liter'])
S('naoh','G','Natrium hidroksida (NaOH)','pellet p.a., 500 gram','Botol',650000,'kimia',['NaOH pellet 500 gr'])
S('k2cr2o7','G','Kalium dikromat','p.a., 250 gram','Botol',1150000,'kimia',['K2Cr2O7 250 g'])
S('aquades','G','Aquades','jerigen 20 liter','Jerigen',85000,'kimia',['Aquadest 20 L','Air suling (aquades) 20 liter'])
S('aquabides','G','Aquabides','botol 1 liter','Botol',45000,'kimia',['Aquabidest 1 L'])
S('buffer','G','Larutan buffer pH','set pH 4, 7, 10 @500 ml','Set',750000,'kimia',['Buffer pH 4/7/10 (set)','Larutan kalibrasi pH 4-7-10'])
S('whatman42','G','Kertas saring Whatman','No. 42, diameter 125 mm, isi 100','Box',1850000,'kimia',['Kertas saring Whatman 42'])
S('whatman41','G','Kertas saring Whatman','No. 41, diameter 125 mm, isi 100','Box',1450000,'kimia',['Kertas saring Whatman 41'])
S('botolhdpe','G','Botol sampel','HDPE 1 liter','Pcs',28000,'kimia',['Botol sampel plastik HDPE 1 L','Jerigen sampel 1 liter HDPE'],[('Pcs',F(1)),('Lusin',F(12))])
S('botolkaca','G','Botol sampel kaca gelap','1 liter, tutup ulir','Pcs',65000,'kimia',['Botol sampel kaca amber 1 L'])
S('nitril','G','Sarung tangan nitril','isi 100, ukuran M','Box',135000,'kimia',['Handscoon nitril','Sarung tangan nitrile box'],[('Box',F(1)),('Dus isi 10 box',F(10))])
S('masker','G','Masker medis','3 ply, isi 50','Box',35000,'kimia',['Masker medis 3 ply'],[('Box',F(1)),('Dus isi 40 box',F(40))])
S('codlow','G','Reagen COD','range 0-150 mg/L, isi 25 vial','Pak',1950000,'kimia',['Reagen COD low range (25 vial)','Vial COD 0-150'])
S('codhigh','G','Reagen COD','range 0-1500 mg/L, isi 25 vial','Pak',2150000,'kimia',['Reagen COD high range (25 vial)'])
S('agar','G','Media Nutrient Agar','500 gram','Botol',2350000,'kimia',['Nutrient agar 500 g'])
S('lactose','G','Media Lactose Broth','500 gram','Botol',1950000,'kimia',['Lactose broth 500 g'])
S('alkohol','G','Alkohol','70%, 1 liter','Botol',45000,'kimia',['Alkohol 70% 1 L'])
S('icepack','G','Ice gel / ice pack','500 gram','Pcs',18000,'kimia',['Ice gel 500 gr','Ice pack pendingin sampel'],[('Pcs',F(1)),('Dus isi 20',F(20))])
S('coolbox','G','Cool box','45 liter','Pcs',650000,'rt',['Coolbox 45 L','Kotak pendingin sampel 45 liter'])
S('tissuelab','G','Tisu lab','Kimwipes, isi 280','Box',95000,'kimia',['Tisu laboratorium (kimwipes)'])
# Perikanan
S('nila35','H','Benih ikan nila','ukuran 3-5 cm','Ekor',350,'bibit_ikan',['Benih nila 3-5 cm','Bibit ikan nila uk. 3-5'],[('Ekor',F(1)),('Rb ekor',F(1000))])
S('nila57','H','Benih ikan nila','ukuran 5-7 cm','Ekor',500,'bibit_ikan',['Benih nila 5-7 cm','Bibit nila ukuran 5-7 cm'],[('Ekor',F(1)),('Rb ekor',F(1000))])
S('lele57','H','Benih ikan lele','ukuran 5-7 cm','Ekor',250,'bibit_ikan',['Benih lele 5-7 cm','Bibit lele sangkuriang 5-7'],[('Ekor',F(1)),('Rb ekor',F(1000))])
S('patin','H','Benih ikan patin','ukuran 2-3 inch','Ekor',600,'bibit_ikan',['Benih patin 2-3"','Bibit ikan patin 2-3 inci'])
S('mas57','H','Benih ikan mas','ukuran 5-7 cm','Ekor',450,'bibit_ikan',['Benih ikan mas 5-7 cm'])
S('gurame','H','Benih ikan gurame','ukuran 4-6 cm','Ekor',1250,'bibit_ikan',['Benih gurami 4-6 cm'])
S('bawal','H','Benih ikan bawal','ukuran 3-5 cm','Ekor',450,'bibit_ikan',['Benih bawal air tawar 3-5 cm'])
S('pakan30','H','Pakan ikan apung','protein 30%, sak 30 kg','Sak',385000,'bahan_lain',['Pakan apung protein 30% (sak 30 kg)','Pelet apung 30%'],[('Sak',F(1)),('Kg',F(1,30))])
S('pakan39','H','Pakan benih (crumble)','protein 39%, sak 10 kg','Sak',245000,'bahan_lain',['Pakan benih crumble 39%','Pelet halus benih protein 39%'],[('Sak',F(1)),('Kg',F(1,10))])
S('dolomit','H','Kapur dolomit','karung 25 kg','Karung',45000,'bahan_lain',['Kapur pertanian dolomit 25 kg'])
S('probiotik','H','Probiotik perikanan','cair, 1 liter','Botol',85000,'bahan_lain',['Probiotik air kolam 1 L'])
S('plastikikan','H','Kantong plastik packing ikan','40 x 60 cm, 1 kg','Kg',48000,'bahan_lain',['Plastik packing benih 40x60','Kantong plastik ikan'])
S('karettali','H','Karet gelang pengikat','1 kg','Kg',55000,'bahan_lain',['Karet pengikat plastik benih'])
S('terpal','H','Terpal kolam','A5, ukuran 4 x 6 m','Lembar',425000,'bahan_lain',['Terpal kolam 4x6 m'])
S('jaring','H','Jaring / waring hapa','2 x 3 x 1 m','Buah',125000,'bahan_lain',['Hapa waring 2x3x1'])
S('seser','H','Serok / seser ikan','diameter 40 cm','Buah',35000,'rt',['Seser ikan'])
# Pertamanan
S('kamboja','I','Bibit pohon kamboja','tinggi 1 m, polybag','Batang',75000,'bibit_tan',['Bibit kamboja 1 m'])
S('pucukmerah','I','Bibit pucuk merah','tinggi 50 cm, polybag','Batang',25000,'bibit_tan',['Pucuk merah 50 cm'])
S('rumputgajah','I','Rumput gajah mini','lempengan','M2',25000,'bibit_tan',['Rumput gajah mini (lempeng)','Rumput hias gajah mini'])
S('rumputpaitan','I','Rumput paitan','lempengan','M2',20000,'bibit_tan',['Rumput paitan'])
S('humus','I','Tanah humus','karung 25 kg','Karung',15000,'bibit_tan',['Tanah humus'])
S('pupukkandang','I','Pupuk kandang','karung 25 kg','Karung',25000,'bibit_tan',['Pupuk kandang sak 25 kg'])
S('npk','I','Pupuk NPK','16-16-16','Kg',18000,'bibit_tan',['Pupuk NPK mutiara'],[('Kg',F(1)),('Sak 50 kg',F(50))])
S('cangkul','I','Cangkul','besi baja + gagang','Buah',95000,'rt',['Cangkul + tangkai'])
S('parang','I','Parang','baja, sarung kayu','Buah',85000,'rt',['Parang babat'])
S('sekop','I','Sekop','baja + gagang','Buah',95000,'rt',['Sekop pasir'])
S('arit','I','Arit / sabit','baja','Buah',45000,'rt',['Arit','Sabit rumput'])
S('guntingrumput','I','Gunting rumput','pisau baja 12 inch','Buah',110000,'rt',['Gunting rumput 12"'])
S('gerobak','I','Gerobak sorong','roda 1, bak galvanis','Unit',750000,'rt',['Gerobak dorong','Angkong/gerobak sorong'])
S('senar','I','Tali senar mesin potong rumput','3 mm, gulung 15 m','Gulung',65000,'rt',['Senar mesin rumput 3 mm'])
S('pisaurumput','I','Mata pisau mesin potong rumput','2 mata, 40 cm','Buah',65000,'rt',['Pisau potong rumput 2T'])
S('selangair','I','Selang air','3/4 inch, 50 m','Roll',325000,'rt',['Selang taman 3/4" 50 m'])
# Bangunan
S('semen50','J','Semen portland','sak 50 kg','Sak',72000,'bangunan',['Semen PC 50 kg','Semen 50kg'])
S('semen40','J','Semen portland','sak 40 kg','Sak',62000,'bangunan',['Semen PC 40 kg'])
S('pasircor','J','Pasir cor','','M3',285000,'bangunan',['Pasir beton/cor'])
S('pasirpasang','J','Pasir pasang','','M3',245000,'bangunan',['Pasir pasang'])
S('bata','J','Batu bata merah','press, ukuran standar','Buah',1100,'bangunan',['Bata merah'],[('Buah',F(1)),('Rb buah',F(1000))])
S('catembok5','J','Cat tembok interior/eksterior','galon 5 kg','Galon',185000,'bangunan',['Cat tembok 5 kg','Cat dinding galon 5 kg'])
S('catembok25','J','Cat tembok eksterior','pail 25 kg','Pail',750000,'bangunan',['Cat tembok pail 25 kg'])
S('catbesi','J','Cat kayu / besi','kaleng 1 kg','Kaleng',75000,'bangunan',['Cat minyak 1 kg','Cat besi & kayu 1 kg'])
S('thinner','J','Thinner','1 liter','Kaleng',35000,'bangunan',['Thinner A 1 L'])
S('kuas','J','Kuas cat','3 inch','Pcs',15000,'bangunan',['Kuas 3"'])
S('rollcat','J','Roll cat','9 inch + gagang','Pcs',45000,'bangunan',['Kuas roll 9 inch'])
S('besi10','J','Besi beton','ulir 10 mm, 12 m','Batang',95000,'bangunan',['Besi 10 mm ulir'])
S('besi8','J','Besi beton','polos 8 mm, 12 m','Batang',65000,'bangunan',['Besi 8 mm polos'])
S('keramik','J','Keramik lantai','40 x 40 cm','Dus',75000,'bangunan',['Keramik 40x40'])
S('paku','J','Paku','5 cm','Kg',22000,'bangunan',['Paku 2 inch','Paku 5 cm'])
S('kawat','J','Kawat bendrat','gulung 1 kg','Kg',28000,'bangunan',['Kawat ikat beton'])
S('kayu','J','Kayu ulin','5 x 5 cm, panjang 4 m','Batang',185000,'bangunan',['Kayu ulin 5/5 4 m','Balok ulin 5x5'])
S('pipapvc','J','Pipa PVC','3 inch AW, 4 m','Batang',165000,'bangunan',['Pipa PVC 3"'])
# Pakaian
S('rompi','K','Rompi lapangan','bahan drill + scotlight','Pcs',150000,'pakaian',['Rompi scotlight','Rompi lapangan reflektif'])
S('boot','K','Sepatu boot karet','panjang selutut','Pasang',145000,'pakaian',['Sepatu boot','Boot karet'])
S('jashujan','K','Jas hujan','setelan baju + celana, PVC','Pcs',175000,'pakaian',['Jas hujan setelan','Mantel hujan stelan'])
S('topi','K','Topi lapangan','drill, bordir logo','Pcs',45000,'pakaian',['Topi lapangan bordir'])
S('kaos','K','Kaos sosialisasi','cotton combed 30s, sablon 1 warna','Pcs',65000,'pakaian',['Kaos sablon kegiatan','T-shirt sosialisasi'],[('Pcs',F(1)),('Lusin',F(12))])
S('wearpack','K','Wearpack / coverall','drill, scotlight','Pcs',325000,'pakaian',['Coverall kerja','Wearpack lapangan'])
S('helm','K','Helm pengaman (safety helmet)','standar SNI','Pcs',65000,'pakaian',['Helm proyek','Safety helmet'])
S('sarungkain','K','Sarung tangan kain','rajut','Lusin',60000,'pakaian',['Sarung tangan kain'],[('Lusin',F(1)),('Pasang',F(1,12))])
S('pelampung','K','Pelampung / life jacket','dewasa, standar','Pcs',285000,'pakaian',['Life jacket','Baju pelampung'])
# Pemadam
S('apar3','L','Isi ulang APAR powder','3 kg','Tabung',185000,'apar',['Refill APAR powder 3 kg','Isi ulang tabung pemadam 3 kg'])
S('apar6','L','Isi ulang APAR powder','6 kg','Tabung',325000,'apar',['Refill APAR 6 kg'])
S('aparco2','L','Isi ulang APAR CO2','5 kg','Tabung',450000,'apar',['Refill APAR CO2 5 kg'])
S('aparbaru','L','APAR powder baru','3 kg lengkap bracket','Unit',550000,'rt',['APAR baru 3 kg','Tabung pemadam api ringan 3 kg (baru)'])
S('selangdamkar','L','Selang pemadam','1,5 inch, 20 m, kopling machino','Roll',2850000,'rt',['Selang pemadam 1,5" 20 m','Hose damkar 1.5 inch'])
S('selang25','L','Selang pemadam','2,5 inch, 20 m, kopling machino','Roll',3650000,'rt',['Selang pemadam 2,5" 20 m'])
S('nozzle','L','Nozzle pemadam','1,5 inch, jet/spray','Buah',1250000,'rt',['Nozzle 1,5 inch'])
S('foam','L','Foam AFFF','3%, jerigen 20 liter','Jerigen',2350000,'kimia',['Foam AFFF 3% 20 L'])
S('goni','L','Karung goni','ukuran 50 kg','Lembar',8000,'rt',['Karung goni (simulasi)'])
S('dummy','L','Drum bekas','drum besi 200 liter','Buah',250000,'rt',['Drum bekas 200 L (alat peraga)'])
# Souvenir
S('plakat','M','Plakat akrilik','15 x 20 cm, cetak logo','Buah',185000,'souvenir',['Plakat akrilik logo'])
S('piala50','M','Piala lomba','tinggi 50 cm','Buah',350000,'souvenir',['Piala 50 cm'])
S('piala75','M','Piala lomba','tinggi 75 cm','Buah',550000,'souvenir',['Piala 75 cm'])
S('medali','M','Medali','logam, tali, cetak logo','Buah',35000,'souvenir',['Medali lomba'])
S('tasseminar','M','Tas seminar','kain dinier, sablon','Buah',45000,'souvenir',['Tas seminar'])
S('goodiebag','M','Goodie bag','spunbond 30x40 sablon','Buah',8000,'souvenir',['Tas spunbond'])
S('tumblr','M','Tumbler plastik','500 ml, cetak logo','Buah',45000,'souvenir',['Botol minum logo 500 ml'])
# Aset kantor
S('meja','N','Meja kerja','1/2 biro, kayu','Unit',1850000,'modal_mebel',['Meja kerja 1/2 biro','Meja staf 1/2 biro'])
S('kursiputar','N','Kursi kerja','putar, sandaran sedang','Unit',1250000,'modal_mebel',['Kursi kerja putar'])
S('kursilipat','N','Kursi lipat','rangka besi','Unit',185000,'perabot',['Kursi lipat besi','Kursi lipat chitose-type'])
S('lemari','N','Lemari arsip besi','4 laci','Unit',3450000,'modal_mebel',['Filing cabinet 4 laci'])
S('whiteboard','N','Papan tulis whiteboard','120 x 240 cm, kaki roda','Unit',1250000,'perabot',['Whiteboard 120x240 + kaki'])
S('meja_lipat','N','Meja lipat','180 x 60 cm','Unit',650000,'perabot',['Meja lipat panjang'])
S('ac1','N','AC split','1 PK, standar','Unit',5250000,'modal_ac',['AC split 1 PK','Air conditioner 1 PK'])
S('ac15','N','AC split','1,5 PK, standar','Unit',6450000,'modal_ac',['AC split 1,5 PK','AC 1.5 PK'])
S('ac2','N','AC split','2 PK, standar','Unit',8650000,'modal_ac',['AC split 2 PK'])
S('brankas','N','Brankas','kunci kombinasi, 60 kg','Unit',4850000,'modal_kantor',['Brankas 60 kg'])
S('penghancur','N','Mesin penghancur kertas','kapasitas 10 lembar','Unit',2450000,'modal_kantor',['Paper shredder 10 lembar'])
# Aset komputer
S('laptop_i5','O','Laptop','Core i5 / RAM 8 GB / SSD 512 GB / 14 inch','Unit',11500000,'modal_komp',['Laptop Core i5 8GB SSD 512 14"','Notebook i5 RAM 8 GB'])
S('laptop_i7','O','Laptop','Core i7 / RAM 16 GB / SSD 1 TB / 14 inch','Unit',18500000,'modal_komp',['Laptop Core i7 16GB 1TB'])
S('pc_aio','O','PC all-in-one','Core i5 / RAM 8 GB / 23,8 inch','Unit',13750000,'modal_komp',['Komputer AIO Core i5'])
S('printer_it','O','Printer ink tank','A4, print only','Unit',2650000,'modal_komp',['Printer ink tank A4'])
S('printer_mf','O','Printer multifungsi ink tank','A4, print-scan-copy, WiFi','Unit',3650000,'modal_komp',['Printer all-in-one A4 (print/scan/copy)','Printer multifungsi A4'])
S('printer_a3','O','Printer ink tank','A3, print-scan-copy','Unit',8900000,'modal_komp',['Printer A3 multifungsi'])
S('scanner','O','Scanner dokumen','A4, ADF, 40 ppm','Unit',6850000,'modal_komp',['Scanner ADF A4'])
S('proyektor','O','Proyektor','3.500 lumen, XGA','Unit',7450000,'modal_studio',['LCD proyektor 3500 lumen','Proyektor 3500 ansi'])
S('layar','O','Layar proyektor','tripod 70 inch','Unit',950000,'modal_studio',['Screen proyektor tripod 70"'])
S('kamera','O','Kamera mirrorless','24 MP + lensa kit','Unit',12500000,'modal_studio',['Kamera mirrorless 24 MP'])
S('tv43','O','Televisi LED','43 inch, smart TV','Unit',5650000,'modal_studio',['Smart TV 43 inch'])
S('ups','O','UPS','1.200 VA','Unit',1850000,'modal_komp',['UPS 1200 VA'])
S('router','O','Router WiFi','dual band AC1200','Unit',850000,'modal_komp',['Router wifi AC1200'])
S('sound','O','Speaker portable / sound system','15 inch, baterai, 2 mic wireless','Unit',4250000,'modal_studio',['Speaker meeting portable 15"','Salon portable + 2 mic'])
# Aset lab/ukur/lapangan
S('gps','P','GPS handheld','akurasi 3 m','Unit',7850000,'modal_ukur',['GPS genggam','GPS handheld'])
S('phmeter','P','pH meter digital','portable, akurasi 0,01','Unit',4850000,'modal_lab',['pH meter portable'])
S('domater','P','DO meter','portable, probe 5 m','Unit',12500000,'modal_lab',['DO meter portable'])
S('turbidimeter','P','Turbidimeter','portable','Unit',18500000,'modal_lab',['Turbidity meter portable'])
S('timbangan','P','Timbangan digital','kapasitas 30 kg','Unit',850000,'modal_ukur',['Timbangan digital 30 kg'])
S('meteran','I','Meteran roll','50 m fiberglass','Buah',185000,'rt',['Meteran gulung 50 m','Roll meter 50 m'])
S('mesinrumput','P','Mesin potong rumput','gendong, 2 tak','Unit',4250000,'modal_bengkel',['Mesin potong rumput gendong','Mesin babat rumput'])
S('pompaalkon','P','Mesin pompa air','3 inch, bensin','Unit',4850000,'modal_bengkel',['Pompa alkon 3"'])
S('genset','P','Genset','5.000 watt, bensin','Unit',9500000,'modal_bengkel',['Genset 5 kVA'])
S('patok','J','Patok batas beton','pilar 20x20x100 cm, cat + nomor','Buah',450000,'bangunan',['Patok beton batas wilayah','Pilar batas 20x20x100'])

# ---------------- SBU ----------------
S('nara_e2','1','Honorarium narasumber','pejabat eselon II / setara','OJ',900000,'honor_nara',['Honorarium narasumber eselon II'],kind='oj')
S('nara_e3','1','Honorarium narasumber','pejabat eselon III / setara','OJ',700000,'honor_nara',['Honorarium narasumber eselon III','Honor narsum setingkat eselon III'],kind='oj')
S('nara_e4','1','Honorarium narasumber','eselon IV / pelaksana / non eselon','OJ',500000,'honor_nara',['Honor narasumber non eselon'],kind='oj')
S('nara_prof','1','Honorarium narasumber','akademisi / profesional','OJ',800000,'honor_nara',['Honorarium narasumber akademisi'],kind='oj')
S('moderator','1','Honorarium moderator','per orang per kegiatan','OK',500000,'honor_nara',['Honor moderator'],kind='ok')
S('mc','1','Honorarium pembawa acara','per orang per kegiatan','OK',400000,'honor_nara',['Honor MC/pembawa acara'],kind='ok')
S('panitia_pj','1','Honorarium panitia','penanggung jawab, per kegiatan','OK',450000,'honor_nara',['Honor penanggung jawab panitia'],kind='ok')
S('panitia_ketua','1','Honorarium panitia','ketua, per kegiatan','OK',400000,'honor_nara',['Honor ketua panitia'],kind='ok')
S('panitia_anggota','1','Honorarium panitia','anggota, per kegiatan','OK',300000,'honor_nara',['Honor anggota panitia'],kind='ok')
S('tim_pj','2','Honorarium tim pelaksana','penanggung jawab','OB',850000,'honor_tim',['Honor penanggung jawab tim'],kind='ob')
S('tim_ketua','2','Honorarium tim pelaksana','ketua','OB',750000,'honor_tim',['Honorarium ketua tim'],kind='ob')
S('tim_anggota','2','Honorarium tim pelaksana','anggota','OB',500000,'honor_tim',['Honorarium anggota tim pelaksana','Honor anggota tim'],kind='ob')
S('tim_sekre','2','Honorarium sekretariat tim','anggota sekretariat','OB',400000,'honor_tim',['Honor sekretariat tim'],kind='ob')
S('enumerator','2','Honorarium petugas lapangan / enumerator','per orang per hari','OH',150000,'honor_tim',['Honor petugas pendata lapangan','Honor enumerator'],kind='oh')
S('uh_dk','3','Uang harian perjalanan dinas dalam kota','lebih dari 8 jam','OH',150000,'perjadin_dk',['Uang harian dalam kota > 8 jam','Perjalanan dinas dalam kota (uang harian)'],kind='oh')
S('transport_dk','3','Biaya transport perjalanan dinas dalam kota','pulang pergi','OK',100000,'perjadin_dk',['Transport lokal dalam kota PP'],kind='ok')
S('uh_kaltim','3','Uang harian perjalanan dinas luar kota','dalam Provinsi Kalimantan Timur','OH',380000,'perjadin_lk',['Uang harian luar kota (dalam Kaltim)'],kind='oh')
S('uh_dki','3','Uang harian perjalanan dinas luar provinsi','DKI Jakarta','OH',530000,'perjadin_lk',['Uang harian Jakarta'],kind='oh')
S('uh_jatim','3','Uang harian perjalanan dinas luar provinsi','Jawa Timur','OH',410000,'perjadin_lk',['Uang harian Surabaya/Jatim'],kind='oh')
S('uh_sulsel','3','Uang harian perjalanan dinas luar provinsi','Sulawesi Selatan','OH',430000,'perjadin_lk',['Uang harian Makassar'],kind='oh')
S('inap_dki','3','Biaya penginapan','DKI Jakarta, eselon III/IV/gol. III','OH',1490000,'perjadin_lk',['Penginapan Jakarta (gol III)','Hotel Jakarta per malam'],kind='oh')
S('inap_bpn','3','Biaya penginapan','Kota Balikpapan, eselon III/IV/gol. III','OH',1150000,'perjadin_lk',['Penginapan Balikpapan'],kind='oh')
S('inap_sby','3','Biaya penginapan','Kota Surabaya, eselon III/IV/gol. III','OH',1250000,'perjadin_lk',['Penginapan Surabaya'],kind='oh')
S('tiket_jkt','3','Tiket pesawat','Balikpapan - Jakarta PP, ekonomi','Orang',3850000,'perjadin_lk',['Tiket pesawat BPN-CGK PP','Tiket PP Balikpapan-Jakarta'],kind='ok')
S('tiket_sby','3','Tiket pesawat','Balikpapan - Surabaya PP, ekonomi','Orang',2950000,'perjadin_lk',['Tiket pesawat BPN-SUB PP'],kind='ok')
S('taksi_apt','3','Biaya taksi','Samarinda - Bandara APT Pranoto PP','OK',250000,'perjadin_lk',['Taksi ke bandara APT Pranoto'],kind='ok')
S('travel_bpn','3','Transport darat','Samarinda - Balikpapan PP (travel)','OK',400000,'perjadin_lk',['Travel Samarinda-Balikpapan PP'],kind='ok')
S('nasikotak','4','Nasi kotak rapat','lauk lengkap + buah + air mineral','Kotak',40000,'mamin',['Nasi kotak','Makan rapat (nasi kotak)','Konsumsi makan siang rapat'],kind='kotak')
S('snack','4','Kue kotak rapat','2 jenis kue + air mineral','Kotak',20000,'mamin',['Snack rapat','Kue kotak','Snack box rapat'],kind='kotak')
S('prasmanan','4','Makan prasmanan rapat','di luar kantor','Orang',65000,'mamin',['Makan prasmanan'],kind='kotak')
S('nasilapangan','4','Nasi bungkus kegiatan lapangan','lauk + air mineral','Bungkus',25000,'mamin',['Nasi bungkus petugas lapangan','Konsumsi lapangan (nasi bungkus)'],kind='kotak')
S('airgelas','4','Air mineral gelas','240 ml, isi 48','Dus',32000,'mamin',['Air mineral gelas (dus)','Air gelas 240 ml 1 dus'],[('Dus',F(1))])
S('airbotol','4','Air mineral botol','600 ml, isi 24','Dus',52000,'mamin',['Air mineral botol 600 ml','Air botol 600ml (dus)'])
S('jamuan','4','Makan minum jamuan tamu','per orang','Orang',85000,'mamin',['Jamuan tamu'],kind='kotak')
S('sewa_aula100','5','Sewa aula/ruang pertemuan hotel','kapasitas 100 orang, fullday','Hari',7500000,'sewa_gedung',['Sewa ruang pertemuan hotel (100 org)','Sewa aula hotel'],kind='uh')
S('sewa_aula50','5','Sewa aula/ruang pertemuan','kapasitas 50 orang, fullday','Hari',3500000,'sewa_gedung',['Sewa ruang rapat 50 orang'],kind='uh')
S('sewa_tenda','5','Sewa tenda','tenda dekor 5 x 10 m','Unit/Hari',1250000,'sewa_alat',['Sewa tenda dekor 5x10','Tenda 5 x 10 m (sewa)'],kind='uh')
S('sewa_tenda46','5','Sewa tenda','tenda biasa 4 x 6 m','Unit/Hari',450000,'sewa_alat',['Sewa tenda 4x6','Tenda terop 4x6 (sewa)'],kind='uh')
S('sewa_kursi','5','Sewa kursi','kursi futura + sarung','Buah/Hari',7500,'sewa_alat',['Sewa kursi futura'],kind='uh')
S('sewa_sound','5','Sewa sound system','1.000 watt + 2 mic','Paket/Hari',1500000,'sewa_alat',['Sewa sound system','Sound system 1000 W (sewa)'],kind='uh')
S('sewa_lcd','5','Sewa LCD proyektor + layar','','Unit/Hari',450000,'sewa_alat',['Sewa proyektor + screen'],kind='uh')
S('sewa_mobil','5','Sewa kendaraan minibus','termasuk pengemudi, tidak termasuk BBM','Unit/Hari',750000,'sewa_kend',['Sewa mobil minibus + driver','Rental mobil'],kind='uh')
S('sewa_bus','5','Sewa bus','45 seat, termasuk pengemudi','Unit/Hari',3500000,'sewa_kend',['Sewa bus 45 seat'],kind='uh')
S('sewa_speedboat','5','Sewa speedboat / perahu motor','kapasitas 6 orang, termasuk motoris','Unit/Hari',1250000,'sewa_alat',['Sewa speedboat','Sewa perahu motor (klotok) 6 org'],kind='uh')
S('sewa_genset','5','Sewa genset','5 kVA','Unit/Hari',650000,'sewa_alat',['Sewa genset 5 kVA'],kind='uh')
S('sewa_panggung','5','Sewa panggung','6 x 8 m + karpet','Unit/Hari',3500000,'sewa_alat',['Sewa panggung 6x8'],kind='uh')
S('tenaga_keb','6','Jasa tenaga kebersihan','per orang per bulan','OB',3600000,'jasa_tenaga',['Tenaga kebersihan (outsourcing)','Petugas kebersihan'],kind='ob')
S('tenaga_keam','6','Jasa tenaga keamanan','per orang per bulan','OB',3750000,'jasa_tenaga',['Tenaga satpam'],kind='ob')
S('tenaga_harian','6','Upah tenaga kerja harian','pekerja','OH',135000,'jasa_tenaga',['Upah pekerja harian','Tenaga harian lepas (pekerja)'],kind='oh')
S('tukang','6','Upah tenaga kerja harian','tukang batu/kayu','OH',175000,'jasa_tenaga',['Upah tukang'],kind='oh')
S('servisac','6','Jasa service AC split','cuci + cek freon','Unit',85000,'pemel_ac',['Service/cuci AC','Jasa cuci AC split'])
S('servismobil','6','Jasa service berkala kendaraan roda 4','termasuk oli, filter','Kali',1250000,'pemel_kend',['Service berkala mobil dinas'])
S('internet50','6','Langganan internet dedicated','50 Mbps','Bulan',2750000,'internet',['Internet dedicated 50 Mbps'],kind='bulan')
S('internet30','6','Langganan internet broadband','30 Mbps','Bulan',450000,'internet',['Internet rumahan 30 Mbps','Wifi broadband 30 Mbps'],kind='bulan')
S('spanduk','6','Cetak spanduk','flexi 280 gram','M2',35000,'cetak',['Spanduk flexi','Cetak spanduk kegiatan'],[('M2',F(1)),('Lembar 1 x 5 m',F(5)),('Buah uk. 1 x 3 m',F(3))])
S('banner','6','Cetak X-banner / roll-up','60 x 160 cm + stand','Buah',350000,'cetak',['Roll up banner','X-banner + stand'])
S('baliho','6','Cetak baliho','flexi 440 gram','M2',45000,'cetak',['Baliho flexi 440 gr'],[('M2',F(1)),('Buah 4 x 6 m',F(24))])
S('bukulap_fc','6','Cetak buku laporan','A4, 100 halaman, full color, jilid lem','Eksemplar',85000,'cetak',['Cetak buku laporan full color','Penggandaan laporan berwarna'])
S('bukulap_bw','6','Cetak buku laporan','A4, 100 halaman, hitam putih, cover warna','Eksemplar',45000,'cetak',['Cetak laporan hitam putih','Buku laporan B/W'])
S('fotokopi_a4','6','Penggandaan / fotokopi','A4, hitam putih','Lembar',300,'cetak',['Fotokopi A4','Penggandaan materi A4'])
S('fotokopi_f4','6','Penggandaan / fotokopi','F4, hitam putih','Lembar',350,'cetak',['Fotokopi F4','Foto copy folio'])
S('jilid_sp','6','Jilid spiral','A4/F4','Buah',12000,'cetak',['Jilid spiral'])
S('jilid_hc','6','Jilid hard cover','A4/F4','Buah',35000,'cetak',['Jilid hard cover','Jilid buku hardcover'])
S('brosur','6','Cetak brosur/leaflet','A4 lipat 3, full color, art paper 120 gr','Lembar',2500,'cetak',['Leaflet lipat 3','Brosur A4 lipat tiga'])
S('stiker','6','Cetak stiker','vinyl A3, full color','Lembar',15000,'cetak',['Stiker vinyl A3'])
S('idcard','6','Cetak ID card','PVC + tali + holder','Buah',15000,'cetak',['ID card panitia','Name tag + tali'])
S('sertif_cetak','6','Cetak sertifikat/piagam','full color, art carton 260 gr','Lembar',6000,'cetak',['Cetak sertifikat peserta','Piagam peserta'])
S('undangan','6','Cetak undangan','art carton, 1 muka','Lembar',3500,'cetak',['Cetak undangan'])
S('stopmap','6','Cetak map/stopmap','logo instansi, full color','Buah',7500,'cetak',['Stopmap cetak logo','Map kegiatan cetak logo'])
S('dokfoto','6','Cetak foto dokumentasi','4R, glossy','Lembar',3000,'cetak',['Cetak foto 4R'])
S('kirim_paket','6','Jasa pengiriman dokumen','reguler, dalam pulau, s.d. 1 kg','Paket',35000,'cetak',['Ekspedisi dokumen 1 kg'])

CAT = {r['key']: r for r in R}
assert len(CAT) == len(R)

ACCT.update({
 'publikasi': ('5.1.02.02.01.0055', 'Belanja Jasa Iklan/Reklame, Film, dan Pemotretan'),
 'konsultan': ('5.1.02.02.02.0005', 'Belanja Jasa Konsultansi Berorientasi Layanan-Jasa Khusus'),
 'kaporlap': ('5.1.02.01.01.0033', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas'),
 'hadiah': ('5.1.02.05.01.0001', 'Belanja Hadiah yang Bersifat Perlombaan'),
})
WRONG.update({'publikasi': ['atk', 'kertas'], 'konsultan': ['atk', 'mamin', 'bahan_lain'],
              'kaporlap': ['mamin', 'bbm'], 'hadiah': ['atk', 'perjadin_dk']})
