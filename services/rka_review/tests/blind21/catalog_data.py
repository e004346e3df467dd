# -*- coding: utf-8 -*-
"""Invented catalogue content for review21 (SSH goods + SBU services). Written blind."""
import re

# account codes (modelled on Permendagri 90/2019 style; names are what matter)
ACC = {
 'atk':    ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'kertas': ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'cetak':  ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'komp':   ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'listrik':('5.1.02.01.01.0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'),
 'kantorl':('5.1.02.01.01.0036', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya'),
 'bbm':    ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas'),
 'kimia':  ('5.1.02.01.01.0005', 'Belanja Bahan-Bahan Kimia'),
 'bahanl': ('5.1.02.01.01.0012', 'Belanja Bahan-Bahan Lainnya'),
 'mamin':  ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat'),
 'maminl': ('5.1.02.01.01.0058', 'Belanja Makanan dan Minuman Aktivitas Lapangan'),
 'pdl':    ('5.1.02.01.01.0064', 'Belanja Pakaian Dinas Lapangan (PDL)'),
 'pkhusus':('5.1.02.01.01.0067', 'Belanja Pakaian Kerja Lapangan/Pakaian Khusus'),
 'serah':  ('5.1.02.03.02.0001', 'Belanja Barang yang Akan Diserahkan kepada Masyarakat'),
 'hnara':  ('5.1.02.02.01.0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'htim':   ('5.1.02.02.01.0004', 'Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan'),
 'jadm':   ('5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi'),
 'jkeb':   ('5.1.02.02.01.0030', 'Belanja Jasa Tenaga Kebersihan'),
 'jlain':  ('5.1.02.02.01.0064', 'Belanja Jasa Lainnya'),
 'jburuh': ('5.1.02.02.01.0031', 'Belanja Jasa Tenaga Kerja Harian/Bongkar Muat'),
 'transp': ('5.1.02.02.01.0067', 'Belanja Uang Transport/Uang Saku Peserta Kegiatan'),
 'sewak':  ('5.1.02.02.04.0036', 'Belanja Sewa Kendaraan Bermotor'),
 'sewag':  ('5.1.02.02.08.0001', 'Belanja Sewa Gedung dan Bangunan Pertemuan'),
 'sewap':  ('5.1.02.02.05.0031', 'Belanja Sewa Peralatan dan Perlengkapan Kegiatan (Tenda, Kursi, Sound System)'),
 'pelk':   ('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor'),
 'pdd':    ('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota'),
 'pdb':    ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa'),
 'mkomp':  ('5.2.02.10.01.0002', 'Belanja Modal Personal Computer'),
 'mkantor':('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya'),
 'mrt':    ('5.2.02.06.02.0001', 'Belanja Modal Alat Pendingin dan Alat Rumah Tangga'),
 'mkom':   ('5.2.02.09.01.0001', 'Belanja Modal Alat Komunikasi Radio'),
 'mpemadam':('5.2.02.07.01.0010', 'Belanja Modal Alat Pemadam Kebakaran'),
 'mjalan': ('5.2.04.01.03.0001', 'Belanja Modal Bangunan Pelengkap Jalan (Perlengkapan Jalan)'),
 'mbengkel':('5.2.02.03.01.0005', 'Belanja Modal Alat Bengkel dan Perkakas Lapangan'),
 'internet':('5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan'),
}
# kind of each account, used for mismatch choices
ACC_KIND = {'atk':'goods','kertas':'goods','cetak':'goods','komp':'goods','listrik':'goods','kantorl':'goods',
 'bbm':'goods','kimia':'goods','bahanl':'goods','mamin':'food','maminl':'food','pdl':'cloth','pkhusus':'cloth',
 'serah':'goods','hnara':'honor','htim':'honor','jadm':'service','jkeb':'service','jlain':'service','transp':'travel',
 'sewak':'rent','sewag':'rent','sewap':'rent','pelk':'service','pdd':'travel','pdb':'travel',
 'mkomp':'capital','mkantor':'capital','mrt':'capital','mkom':'capital','mpemadam':'capital','mjalan':'capital','mbengkel':'capital','internet':'service','jburuh':'service'}
# clearly-wrong accounts for a given correct account kind
WRONG = {
 'goods':  ['jadm','sewak','hnara','pdd'],
 'food':   ['bbm','kimia','atk'],
 'cloth':  ['kimia','mamin','bbm'],
 'honor':  ['atk','bahanl','mamin'],
 'service':['atk','bahanl','kimia'],
 'travel': ['hnara','bahanl','atk'],
 'rent':   ['atk','mamin','bahanl'],
 'capital':['atk','komp','bahanl'],
}

SSH = []   # rows: dict(key, kode, cat, name, spec, unit, price, acc)
SBU = []

def _add(lst, key, kode, cat, name, spec, unit, price, acc):
    lst.append(dict(key=key, kode=kode, cat=cat, name=name, spec=spec, unit=unit, price=price, acc=acc))

def ssh(key, cat, name, spec, unit, price, acc):
    _add(SSH, key, None, cat, name, spec, unit, price, acc)

def sbu(key, cat, name, spec, unit, price, acc):
    _add(SBU, key, None, cat, name, spec, unit, price, acc)

# ---------------- SSH (goods) ----------------
C = 'ALAT TULIS KANTOR'
ssh('pulpen_gel', C, 'Pulpen Gel', 'Tinta gel hitam 0,5 mm', 'Box isi 12', 48000, 'atk')
ssh('pulpen_std', C, 'Pulpen', 'Ballpoint standar 0,7 mm', 'Box isi 12', 26000, 'atk')
ssh(None, C, 'Pulpen', 'Ballpoint standar 0,7 mm', 'Box isi 50', 98000, 'atk')
ssh('pensil', C, 'Pensil', 'Kayu 2B', 'Lusin', 33000, 'atk')
ssh('spidol_wb', C, 'Spidol Whiteboard', 'Non permanen, isi ulang', 'Lusin', 96000, 'atk')
ssh(None, C, 'Spidol Permanen', 'Ujung bulat, hitam', 'Lusin', 102000, 'atk')
ssh(None, C, 'Spidol Kecil', 'Snowman kecil/OHP', 'Lusin', 66000, 'atk')
ssh('stabilo', C, 'Stabilo/Highlighter', 'Aneka warna', 'Pak isi 5', 41000, 'atk')
ssh('map_kancing', C, 'Map Plastik Kancing', 'Ukuran folio', 'Lusin', 39000, 'atk')
ssh(None, C, 'Map Plastik Kancing', 'Ukuran A4 tebal', 'Lusin', 45000, 'atk')
ssh('map_snel', C, 'Map Snelhecter', 'Plastik, folio', 'Buah', 3800, 'atk')
ssh('map_kertas', C, 'Map Kertas', 'Manila folio bertali', 'Pak isi 50', 87500, 'atk')
ssh('ordner', C, 'Ordner/Box File', 'Kertas tebal, folio 7 cm', 'Buah', 34500, 'atk')
ssh(None, C, 'Box Arsip', 'Karton, ukuran 37x12x27 cm', 'Buah', 23500, 'atk')
ssh('stapler', C, 'Stapler', 'Ukuran No. 10', 'Buah', 29500, 'atk')
ssh(None, C, 'Stapler', 'Ukuran HD-50 besar', 'Buah', 68000, 'atk')
ssh('isi_staples', C, 'Isi Staples', 'No. 10', 'Pak isi 20 kotak', 41000, 'atk')
ssh(None, C, 'Isi Staples', 'No. 3 (24/6)', 'Pak isi 10 kotak', 52000, 'atk')
ssh('klip', C, 'Klip Kertas', 'No. 3, kotak isi 100', 'Kotak', 5500, 'atk')
for i,(sz,p) in enumerate([('105',9000),('107',11500),('111',15000),('155',19500),('200',29000),('260',43000)]):
    ssh('binder_'+sz, C, 'Binder Clip', 'No. '+sz, 'Kotak isi 12', p, 'atk')
ssh('lakban_coklat', C, 'Lakban', 'Coklat, lebar 2 inch (48 mm)', 'Roll', 14500, 'atk')
ssh(None, C, 'Lakban', 'Hitam kain, lebar 2 inch', 'Roll', 19500, 'atk')
ssh(None, C, 'Lakban', 'Bening, lebar 2 inch', 'Roll', 13500, 'atk')
ssh('double_tape', C, 'Double Tape', 'Lebar 1 inch (24 mm)', 'Roll', 9500, 'atk')
ssh(None, C, 'Double Tape Busa', 'Lebar 24 mm', 'Roll', 16500, 'atk')
ssh('gunting', C, 'Gunting', 'Besar, 8 inch', 'Buah', 17500, 'atk')
ssh('cutter', C, 'Cutter', 'Besar L-500', 'Buah', 18000, 'atk')
ssh(None, C, 'Isi Cutter', 'Besar, tabung isi 10', 'Tube', 14000, 'atk')
ssh('tipex', C, 'Correction Tape', '5 mm x 6 m', 'Buah', 9500, 'atk')
ssh('amplop_coklat', C, 'Amplop Coklat', 'Ukuran folio, dengan tali', 'Pak isi 50', 72000, 'atk')
ssh(None, C, 'Amplop Coklat', 'Ukuran A4 tanpa tali', 'Pak isi 50', 56000, 'atk')
ssh('amplop_putih', C, 'Amplop Putih', 'Ukuran 110 x 230 mm, logo', 'Box isi 100', 41000, 'atk')
ssh('buku_folio', C, 'Buku Tulis Folio', 'Hard cover, 100 lembar', 'Buah', 23500, 'atk')
ssh(None, C, 'Buku Tulis Folio', 'Hard cover, 200 lembar', 'Buah', 38000, 'atk')
ssh('buku_ekspedisi', C, 'Buku Ekspedisi', '100 lembar', 'Buah', 12500, 'atk')
ssh('buku_agenda', C, 'Buku Agenda Surat', 'Folio 100 lembar', 'Buah', 26000, 'atk')
ssh('postit', C, 'Kertas Memo Tempel', '3 x 3 inch', 'Pak', 11500, 'atk')
ssh(None, C, 'Penggaris', 'Besi 30 cm', 'Buah', 8500, 'atk')
ssh(None, C, 'Penggaris', 'Plastik 30 cm', 'Buah', 4000, 'atk')
ssh(None, C, 'Lem Kertas', 'Cair, 50 ml', 'Buah', 4500, 'atk')
ssh('lem_stick', C, 'Lem Batang', 'Glue stick 25 g', 'Buah', 9500, 'atk')
ssh('tinta_stempel', C, 'Tinta Stempel', 'Botol 30 ml', 'Botol', 9000, 'atk')
ssh('kalkulator', C, 'Kalkulator', '12 digit, meja', 'Buah', 172000, 'atk')
ssh('papan_klip', C, 'Papan Klip/Clipboard', 'Ukuran folio, plastik', 'Buah', 19500, 'atk')
ssh(None, C, 'Papan Klip/Clipboard', 'Ukuran folio, kayu/MDF', 'Buah', 14500, 'atk')
ssh('tali_rafia', C, 'Tali Rafia', 'Gulungan 1 kg', 'Gulung', 24000, 'atk')
ssh(None, C, 'Pembolong Kertas', 'Kapasitas 30 lembar', 'Buah', 47500, 'atk')
ssh('papan_nama', C, 'Name Tag/ID Card Holder', 'Plastik + tali', 'Buah', 6500, 'atk')

C = 'KERTAS DAN COVER'
ssh('hvs_a4_70', C, 'Kertas HVS', '70 gsm, A4', 'Rim', 58000, 'kertas')
ssh('hvs_a4_80', C, 'Kertas HVS', '80 gsm, A4', 'Rim', 67500, 'kertas')
ssh('hvs_f4_70', C, 'Kertas HVS', '70 gsm, F4/Folio', 'Rim', 64000, 'kertas')
ssh('hvs_f4_80', C, 'Kertas HVS', '80 gsm, F4/Folio', 'Rim', 73500, 'kertas')
ssh(None, C, 'Kertas HVS', '80 gsm, A3', 'Rim', 136000, 'kertas')
ssh(None, C, 'Kertas HVS Warna', '80 gsm, A4', 'Rim', 79000, 'kertas')
ssh('kertas_foto', C, 'Kertas Foto', 'Glossy A4 230 gsm', 'Pak isi 20', 49500, 'kertas')
ssh(None, C, 'Kertas Foto', 'Glossy A4 180 gsm', 'Pak isi 20', 36500, 'kertas')
ssh('kertas_bc', C, 'Kertas Buffalo/Cover', 'A4 aneka warna', 'Pak isi 100', 48000, 'kertas')
ssh('kertas_ncr', C, 'Kertas NCR', '3 ply, folio', 'Rim', 215000, 'kertas')
ssh(None, C, 'Kertas Continuous Form', '9,5 x 11 inch, 3 ply', 'Box', 420000, 'kertas')
ssh('kertas_sertifikat', C, 'Kertas Sertifikat', 'Linen A4 220 gsm', 'Pak isi 50', 78000, 'kertas')
ssh(None, C, 'Kertas Label', 'Ukuran 103', 'Pak isi 10 lembar', 8500, 'kertas')
ssh(None, C, 'Plastik Laminating', 'Ukuran F4, 125 mic', 'Pak isi 100', 145000, 'kertas')

C = 'BAHAN KOMPUTER'
for col,p in [('Hitam',97000),('Cyan',97000),('Magenta',97000),('Yellow',97000)]:
    ssh('tinta_003_'+col.lower(), C, 'Tinta Printer Ink Tank', 'Seri 003, 65 ml, warna '+col, 'Botol', p, 'komp')
for col,p in [('Hitam',118000),('Warna',118000)]:
    ssh(None, C, 'Tinta Printer Ink Tank', 'Seri 664/GT51, 70 ml, '+col, 'Botol', p, 'komp')
ssh('toner_85a', C, 'Toner Cartridge Laser', 'Monokrom tipe 85A/35A', 'Buah', 1185000, 'komp')
ssh(None, C, 'Toner Cartridge Laser', 'Monokrom tipe 85A compatible', 'Buah', 285000, 'komp')
ssh(None, C, 'Toner Cartridge Laser', 'Monokrom tipe 79A', 'Buah', 1095000, 'komp')
for gb,p in [('16',72000),('32',92000),('64',138000),('128',215000)]:
    ssh('fd_'+gb, C, 'Flashdisk', gb+' GB USB 3.0', 'Buah', p, 'komp')
ssh('hdd_1tb', C, 'Harddisk Eksternal', '1 TB USB 3.0, 2,5 inch', 'Buah', 985000, 'komp')
ssh(None, C, 'Harddisk Eksternal', '2 TB USB 3.0, 2,5 inch', 'Buah', 1465000, 'komp')
ssh(None, C, 'SSD Internal', '512 GB SATA 2,5 inch', 'Buah', 745000, 'komp')
ssh('mouse_wl', C, 'Mouse', 'Wireless optical', 'Buah', 118000, 'komp')
ssh(None, C, 'Mouse', 'Kabel USB optical', 'Buah', 62000, 'komp')
ssh('keyboard', C, 'Keyboard', 'USB standar', 'Buah', 125000, 'komp')
ssh('cat6', C, 'Kabel UTP/LAN', 'Cat6, 23 AWG', 'Roll 305 m', 2250000, 'komp')
ssh('cat5e', C, 'Kabel UTP/LAN', 'Cat5e, 24 AWG', 'Roll 305 m', 1475000, 'komp')
ssh('rj45', C, 'Konektor RJ45', 'Cat6', 'Box isi 100', 198000, 'komp')
ssh(None, C, 'Konektor RJ45', 'Cat5e', 'Box isi 100', 96000, 'komp')
ssh('memori_card', C, 'Kartu Memori', 'MicroSD 64 GB class 10', 'Buah', 128000, 'komp')
ssh(None, C, 'Kartu Memori', 'SD card 64 GB (kamera)', 'Buah', 189000, 'komp')
ssh(None, C, 'Pita Printer Dot Matrix', 'Tipe LX-310', 'Buah', 38500, 'komp')

C = 'BAHAN CETAK DAN PUBLIKASI'
ssh('spanduk', C, 'Spanduk', 'Flexi 280 gsm, cetak full color', 'm²', 36000, 'cetak')
ssh(None, C, 'Spanduk', 'Flexi korea 440 gsm, cetak full color', 'm²', 62000, 'cetak')
ssh('baliho', C, 'Baliho', 'Flexi 340 gsm + rangka kayu, ukuran 4 x 6 m', 'Buah', 2650000, 'cetak')
ssh('rollup', C, 'Roll Up Banner', '60 x 160 cm, albatros + stand', 'Buah', 295000, 'cetak')
ssh('xbanner', C, 'X-Banner', '60 x 160 cm, flexi + stand', 'Buah', 135000, 'cetak')
ssh('stiker', C, 'Stiker Vinyl', 'Cetak full color', 'm²', 118000, 'cetak')
ssh(None, C, 'Stiker Reflektif', 'Cetak, kelas engineering grade', 'm²', 265000, 'cetak')
ssh('brosur', C, 'Brosur/Leaflet', 'A4 art paper 150 gsm, 2 sisi, lipat 3', 'Lembar', 1900, 'cetak')
ssh(None, C, 'Brosur/Leaflet', 'A5 art paper 120 gsm, 1 sisi', 'Lembar', 850, 'cetak')
ssh('buku_saku', C, 'Buku Saku', 'A6, 40 halaman, isi HVS, cover art carton', 'Eksemplar', 9500, 'cetak')
ssh('booklet', C, 'Buku/Booklet', 'A5, 60 halaman full color', 'Eksemplar', 38500, 'cetak')
ssh('sertifikat', C, 'Sertifikat/Piagam', 'Cetak full color, kertas linen A4', 'Lembar', 7500, 'cetak')
ssh('id_card', C, 'Kartu Identitas', 'PVC cetak 2 sisi', 'Buah', 12500, 'cetak')
ssh('blanko', C, 'Blanko/Formulir', 'HVS F4, cetak 1 warna, 1 sisi', 'Lembar', 450, 'cetak')
ssh(None, C, 'Blanko/Formulir', 'NCR 3 ply, cetak 1 warna, bernomor', 'Set', 3500, 'cetak')
ssh('map_logo', C, 'Map Cetak Logo', 'Art carton 260 gsm', 'Buah', 6500, 'cetak')
ssh(None, C, 'Kalender Dinding', '6 lembar, full color', 'Buah', 32500, 'cetak')
ssh('poster', C, 'Poster', 'A3 art paper 150 gsm', 'Lembar', 6000, 'cetak')
ssh(None, C, 'Plakat', 'Akrilik 10 mm dengan kotak', 'Buah', 375000, 'cetak')

C = 'ALAT LISTRIK'
for w,p in [('9',32000),('12',41000),('18',62000),('23',78000),('40',132000)]:
    ssh('led_'+w, C, 'Lampu LED Bulb', w+' watt, E27, putih', 'Buah', p, 'listrik')
ssh('stopkontak', C, 'Stop Kontak/Terminal', '4 lubang, kabel 3 m', 'Buah', 72000, 'listrik')
ssh('kabel_roll', C, 'Kabel Roll', '4 lubang, kabel 25 m', 'Buah', 315000, 'listrik')
ssh('nym', C, 'Kabel NYM', '2 x 1,5 mm²', 'Roll 50 m', 615000, 'listrik')
ssh(None, C, 'Kabel NYM', '3 x 2,5 mm²', 'Roll 50 m', 1185000, 'listrik')
ssh(None, C, 'Kabel NYA', '1 x 1,5 mm²', 'Roll 100 m', 365000, 'listrik')
ssh('senter', C, 'Senter LED', 'Rechargeable, 10 watt', 'Buah', 125000, 'listrik')
ssh(None, C, 'Senter Kepala (Headlamp)', 'LED rechargeable', 'Buah', 145000, 'listrik')
ssh('bat_aa', C, 'Baterai', 'Alkaline AA', 'Pak isi 4', 36000, 'listrik')
ssh('bat_aaa', C, 'Baterai', 'Alkaline AAA', 'Pak isi 4', 34000, 'listrik')
ssh(None, C, 'Baterai', 'Alkaline 9 volt', 'Buah', 31000, 'listrik')
ssh('lampu_sorot', C, 'Lampu Sorot LED', '100 watt, IP65', 'Buah', 385000, 'listrik')
ssh(None, C, 'Lampu Sorot LED', '50 watt, IP65', 'Buah', 215000, 'listrik')
ssh(None, C, 'Saklar', 'Engkel, inbow', 'Buah', 21000, 'listrik')
ssh(None, C, 'MCB', '1 phase 10 A', 'Buah', 68000, 'listrik')

C = 'BAHAN KEBERSIHAN DAN PERLENGKAPAN LAPANGAN'
ssh('sapu_lidi', C, 'Sapu Lidi', 'Dengan gagang', 'Buah', 18500, 'bahanl')
ssh('sapu_ijuk', C, 'Sapu Ijuk', 'Gagang kayu', 'Buah', 32000, 'bahanl')
ssh('pel', C, 'Alat Pel', 'Pel lantai + gagang', 'Buah', 45000, 'bahanl')
ssh(None, C, 'Ember Plastik', '20 liter', 'Buah', 37500, 'bahanl')
ssh('kantong_sampah', C, 'Kantong Sampah', 'Plastik hitam 60 x 100 cm', 'Pak isi 10', 14500, 'bahanl')
ssh(None, C, 'Kantong Sampah', 'Plastik hitam 90 x 120 cm', 'Pak isi 10', 24000, 'bahanl')
ssh('karung', C, 'Karung Plastik', 'Ukuran 50 kg', 'Lembar', 3500, 'bahanl')
ssh('cangkul', C, 'Cangkul', 'Baja + gagang kayu', 'Buah', 98000, 'bahanl')
ssh('parang', C, 'Parang', 'Baja, panjang 40 cm', 'Buah', 85000, 'bahanl')
ssh('sekop', C, 'Sekop', 'Baja + gagang kayu', 'Buah', 92000, 'bahanl')
ssh('gerobak', C, 'Gerobak Sorong', 'Roda 1, bak besi', 'Unit', 685000, 'bahanl')
ssh('garu', C, 'Garu Sampah', 'Besi + gagang', 'Buah', 47500, 'bahanl')
ssh('tempat_sampah', C, 'Tempat Sampah', 'Plastik bertutup 60 liter', 'Buah', 215000, 'bahanl')
ssh('sarung_tangan_kain', C, 'Sarung Tangan Kerja', 'Kain bintik', 'Lusin', 54000, 'bahanl')
ssh(None, C, 'Sarung Tangan Kerja', 'Kulit las panjang', 'Pasang', 58000, 'bahanl')
ssh('masker', C, 'Masker Medis', '3 ply earloop', 'Box isi 50', 32000, 'bahanl')
ssh(None, C, 'Masker', 'KN95', 'Box isi 20', 68000, 'bahanl')
ssh('tali_tambang', C, 'Tali Tambang', 'Nylon 12 mm', 'Roll 100 m', 465000, 'bahanl')
ssh(None, C, 'Tali Tambang', 'Nylon 16 mm', 'Roll 100 m', 745000, 'bahanl')
ssh('terpal', C, 'Terpal', 'Plastik A10, 4 x 6 m', 'Lembar', 285000, 'serah')
ssh(None, C, 'Terpal', 'Plastik A5, 4 x 6 m', 'Lembar', 178000, 'serah')
ssh('tikar', C, 'Tikar Plastik', '2 x 3 m', 'Lembar', 68000, 'serah')
ssh('selimut', C, 'Selimut', 'Polar fleece 150 x 200 cm', 'Lembar', 79000, 'serah')
ssh('matras', C, 'Matras/Kasur Lipat', 'Busa 90 x 190 x 5 cm', 'Buah', 235000, 'serah')
ssh('family_kit', C, 'Paket Perlengkapan Keluarga (Family Kit)', 'Sabun, pasta gigi, sikat, handuk, pembalut', 'Paket', 185000, 'serah')
ssh(None, C, 'Paket Perlengkapan Bayi', 'Popok, minyak telon, bedak, baju', 'Paket', 245000, 'serah')
ssh('pembersih_lantai', C, 'Cairan Pembersih Lantai', 'Kemasan 800 ml', 'Botol', 16500, 'bahanl')
ssh(None, C, 'Cairan Pembersih Lantai', 'Kemasan jerigen 5 liter', 'Jerigen', 78000, 'bahanl')
ssh('tisu', C, 'Tisu Wajah', '250 lembar 2 ply', 'Pak', 15500, 'bahanl')
ssh('hand_sanitizer', C, 'Hand Sanitizer', 'Gel 500 ml', 'Botol', 42000, 'bahanl')
ssh('karpet', C, 'Karpet Masjid/Sajadah Roll', 'Lebar 1,2 m', 'm', 175000, 'bahanl')
ssh('bola', C, 'Bola Sepak', 'Ukuran 5 kulit sintetis', 'Buah', 325000, 'bahanl')

C = 'BAHAN BAKAR DAN PELUMAS'
ssh('pertalite', C, 'Bensin RON 90', 'Pertalite', 'Liter', 10000, 'bbm')
ssh('pertamax', C, 'Bensin RON 92', 'Pertamax', 'Liter', 13200, 'bbm')
ssh('dexlite', C, 'Minyak Solar CN 51', 'Dexlite', 'Liter', 13650, 'bbm')
ssh(None, C, 'Minyak Solar CN 53', 'Pertamina Dex', 'Liter', 14900, 'bbm')
ssh('oli_mesin', C, 'Oli Mesin Bensin', 'SAE 10W-40, 1 liter', 'Botol', 78000, 'bbm')
ssh('oli_diesel', C, 'Oli Mesin Diesel', 'SAE 15W-40, kemasan 5 liter', 'Galon', 365000, 'bbm')
ssh(None, C, 'Oli Mesin Diesel', 'SAE 15W-40, kemasan 1 liter', 'Botol', 82000, 'bbm')
ssh('gas_lpg', C, 'Gas LPG', 'Tabung 12 kg (isi ulang)', 'Tabung', 215000, 'bbm')

C = 'PAKAIAN DINAS DAN ALAT PELINDUNG DIRI'
ssh('pdl', C, 'Pakaian Dinas Lapangan (PDL)', 'Kain ripstop, lengkap atribut', 'Stel', 585000, 'pdl')
ssh(None, C, 'Pakaian Dinas Harian (PDH)', 'Kain drill/American drill', 'Stel', 425000, 'pdl')
ssh('sepatu_pdl', C, 'Sepatu PDL', 'Kulit, sol karet', 'Pasang', 465000, 'pdl')
ssh('topi_lapangan', C, 'Topi Lapangan', 'Bordir logo', 'Buah', 65000, 'pdl')
ssh('jas_hujan', C, 'Jas Hujan', 'Setelan baju-celana, PVC', 'Stel', 145000, 'pkhusus')
ssh(None, C, 'Jas Hujan', 'Model ponco', 'Buah', 78000, 'pkhusus')
ssh('rompi', C, 'Rompi Reflektif', 'Kain parasut + scotlight 5 cm', 'Buah', 87500, 'pkhusus')
ssh(None, C, 'Rompi Reflektif', 'Jaring/mesh + scotlight 2 cm', 'Buah', 38500, 'pkhusus')
ssh('helm_proyek', C, 'Helm Keselamatan', 'Helm proyek tali dagu', 'Buah', 85000, 'pkhusus')
ssh('boot_karet', C, 'Sepatu Boot Karet', 'Setinggi betis', 'Pasang', 115000, 'pkhusus')
ssh('baju_pemadam', C, 'Baju Tahan Panas Pemadam (Fire Jacket + Celana)', 'Standar NFPA 1971, Nomex', 'Stel', 11750000, 'pkhusus')
ssh(None, C, 'Baju Tahan Panas Pemadam', 'Bahan aramid non-NFPA (latihan)', 'Stel', 4350000, 'pkhusus')
ssh('helm_pemadam', C, 'Helm Pemadam Kebakaran', 'Standar EN 443, dengan visor', 'Buah', 3450000, 'pkhusus')
ssh('sarung_pemadam', C, 'Sarung Tangan Pemadam', 'Tahan panas EN 659', 'Pasang', 985000, 'pkhusus')
ssh('boot_pemadam', C, 'Sepatu Boot Pemadam', 'Tahan panas, steel toe EN 15090', 'Pasang', 2750000, 'pkhusus')
ssh(None, C, 'Sepatu Safety', 'Kulit, steel toe, low cut', 'Pasang', 385000, 'pkhusus')
ssh('kaos_olahraga', C, 'Kaos Olahraga', 'Cotton combed 30s, sablon', 'Buah', 95000, 'pkhusus')
ssh('tameng', C, 'Tameng/Perisai', 'Polikarbonat transparan 60 x 90 cm', 'Buah', 1650000, 'kantorl')

C = 'PERALATAN PEMADAM KEBAKARAN'
for kg,p in [('3',465000),('6',785000),('9',1085000)]:
    ssh('apar_powder_'+kg, C, 'APAR (Alat Pemadam Api Ringan)', 'Dry chemical powder '+kg+' kg, tabung + bracket', 'Tabung', p, 'kantorl')
ssh('apar_co2_3', C, 'APAR (Alat Pemadam Api Ringan)', 'CO2 3,5 kg', 'Tabung', 1385000, 'kantorl')
ssh(None, C, 'APAR (Alat Pemadam Api Ringan)', 'CO2 5 kg', 'Tabung', 1890000, 'kantorl')
ssh(None, C, 'APAR (Alat Pemadam Api Ringan)', 'Foam AFFF 9 liter', 'Tabung', 1265000, 'kantorl')
ssh('refill_powder', C, 'Isi Ulang APAR', 'Dry chemical powder', 'Kg', 47500, 'kimia')
ssh('refill_co2', C, 'Isi Ulang APAR', 'CO2', 'Kg', 85000, 'kimia')
ssh('selang_15', C, 'Selang Pemadam (Fire Hose)', '1,5 inch, rubber lined, kopling machino', 'Roll 20 m', 1650000, 'kantorl')
ssh('selang_25', C, 'Selang Pemadam (Fire Hose)', '2,5 inch, rubber lined, kopling machino', 'Roll 20 m', 2450000, 'kantorl')
ssh('afff', C, 'Busa Pemadam (Foam Concentrate)', 'AFFF 3%', 'Jerigen 20 liter', 2850000, 'kimia')
ssh(None, C, 'Busa Pemadam (Foam Concentrate)', 'AFFF 6%', 'Jerigen 20 liter', 2350000, 'kimia')
ssh('kopling', C, 'Kopling Selang', 'Machino 2,5 inch, kuningan', 'Pasang', 685000, 'kantorl')
ssh('gergaji_mesin', C, 'Gergaji Mesin (Chainsaw)', 'Bensin 2 tak, bar 18 inch', 'Unit', 4850000, 'mbengkel')
ssh('genset', C, 'Generator Set Portabel', 'Bensin 5 kVA', 'Unit', 14750000, 'mbengkel')
ssh(None, C, 'Generator Set Portabel', 'Bensin 2,5 kVA', 'Unit', 8650000, 'mbengkel')

C = 'PERLENGKAPAN LALU LINTAS'
ssh('cone_70', C, 'Kerucut Lalu Lintas (Traffic Cone)', 'Tinggi 70 cm, karet, 2 scotlight', 'Buah', 148000, 'kantorl')
ssh(None, C, 'Kerucut Lalu Lintas (Traffic Cone)', 'Tinggi 90 cm, karet, 2 scotlight', 'Buah', 215000, 'kantorl')
ssh(None, C, 'Kerucut Lalu Lintas (Traffic Cone)', 'Tinggi 45 cm, PVC', 'Buah', 62000, 'kantorl')
ssh('water_barrier', C, 'Water Barrier', 'Plastik HDPE panjang 2 m', 'Buah', 985000, 'kantorl')
ssh(None, C, 'Water Barrier', 'Plastik HDPE panjang 1,2 m', 'Buah', 645000, 'kantorl')
ssh('rambu_60', C, 'Rambu Lalu Lintas', 'Daun rambu aluminium 2 mm, bulat Ø60 cm, reflektif EG, tiang galvanis 2,5 inch, terpasang', 'Unit', 2185000, 'mjalan')
ssh('rambu_seg', C, 'Rambu Lalu Lintas', 'Daun rambu aluminium 2 mm, segitiga 75 cm, reflektif EG, tiang galvanis, terpasang', 'Unit', 2265000, 'mjalan')
ssh(None, C, 'Rambu Lalu Lintas', 'Daun rambu aluminium, persegi 60x60 cm, reflektif HIP, terpasang', 'Unit', 2695000, 'mjalan')
ssh('marka_thermo', C, 'Marka Jalan Thermoplastic', 'Tebal 3 mm + glass bead, termasuk pemasangan', 'm²', 195000, 'mjalan')
ssh(None, C, 'Cat Marka Jalan', 'Cold paint (non-thermoplastic), kaleng 25 kg', 'Kaleng', 1450000, 'bahanl')
ssh('road_stud', C, 'Paku Jalan (Road Stud)', 'Solar LED, aluminium', 'Buah', 245000, 'mjalan')
ssh(None, C, 'Paku Jalan (Road Stud)', 'Reflektor plastik tanpa lampu', 'Buah', 38500, 'mjalan')
ssh('stick_lamp', C, 'Tongkat Lampu Lalu Lintas (Stick Lamp)', 'LED merah, baterai', 'Buah', 98000, 'kantorl')
ssh('peluit', C, 'Peluit', 'Logam + tali', 'Buah', 22500, 'kantorl')
ssh('warning_light', C, 'Lampu Isyarat Kuning (Warning Light)', 'LED tenaga surya, kedip', 'Unit', 4650000, 'mjalan')
ssh('cermin_tikungan', C, 'Cermin Tikungan (Convex Mirror)', 'Ø 80 cm, polikarbonat + tiang', 'Unit', 2350000, 'mjalan')
ssh('pita_garis', C, 'Pita Pembatas (Police Line)', 'Plastik, 300 m', 'Roll', 85000, 'kantorl')

C = 'BAHAN MAKANAN DAN MINUMAN POKOK'
ssh('beras_medium', C, 'Beras', 'Kualitas medium, broken maks 25%', 'Kg', 13500, 'serah')
ssh('beras_premium', C, 'Beras', 'Kualitas premium, broken maks 15%', 'Kg', 15600, 'serah')
ssh('gula', C, 'Gula Pasir', 'Kemasan 1 kg', 'Kg', 18500, 'serah')
ssh('minyak', C, 'Minyak Goreng', 'Kemasan sederhana/pouch 1 liter', 'Liter', 19500, 'serah')
ssh(None, C, 'Minyak Goreng', 'Kemasan premium botol 2 liter', 'Botol', 44500, 'serah')
ssh('telur', C, 'Telur Ayam Ras', 'Segar', 'Kg', 31000, 'serah')
ssh(None, C, 'Telur Ayam Kampung', 'Segar', 'Butir', 3200, 'serah')
ssh('mie', C, 'Mie Instan', 'Kuah, 70-85 g', 'Dus isi 40', 124000, 'serah')
ssh('sarden', C, 'Ikan Kaleng Sarden', '425 g', 'Kaleng', 29500, 'serah')
ssh('susu_uht', C, 'Susu UHT', '200 ml', 'Dus isi 24', 138000, 'serah')
ssh('tepung', C, 'Tepung Terigu', 'Protein sedang, 1 kg', 'Kg', 13800, 'serah')
ssh('air_gelas', C, 'Air Mineral', 'Gelas 220 ml', 'Dus isi 48', 26500, 'maminl')
ssh('air_botol', C, 'Air Mineral', 'Botol 600 ml', 'Dus isi 24', 52000, 'maminl')
ssh(None, C, 'Air Mineral', 'Botol 1.500 ml', 'Dus isi 12', 62000, 'maminl')
ssh('air_galon', C, 'Air Mineral', 'Galon 19 liter (isi ulang bermerek)', 'Galon', 23000, 'mamin')
ssh('teh', C, 'Teh Celup', 'Kotak isi 25', 'Kotak', 8500, 'mamin')
ssh('kopi', C, 'Kopi Bubuk', 'Kemasan 200 g', 'Bungkus', 29500, 'mamin')
ssh('gula_sachet', C, 'Gula Pasir Sachet', '8 g', 'Pak isi 50', 22000, 'mamin')
ssh('bumbu', C, 'Bawang Merah', 'Segar', 'Kg', 42000, 'serah')
ssh(None, C, 'Cabai Rawit', 'Segar', 'Kg', 68000, 'serah')

C = 'BAHAN KIMIA DAN LABORATORIUM'
ssh('rt_formalin', C, 'Test Kit Formalin', 'Rapid test kualitatif', 'Kit isi 50 tes', 975000, 'kimia')
ssh('rt_boraks', C, 'Test Kit Boraks', 'Rapid test kualitatif', 'Kit isi 50 tes', 925000, 'kimia')
ssh('rt_rhodamin', C, 'Test Kit Rhodamin B', 'Rapid test kualitatif', 'Kit isi 40 tes', 1150000, 'kimia')
ssh('rt_metanil', C, 'Test Kit Methanyl Yellow', 'Rapid test kualitatif', 'Kit isi 40 tes', 1150000, 'kimia')
ssh('rt_pestisida', C, 'Test Kit Residu Pestisida', 'Rapid test organofosfat/karbamat', 'Kit isi 20 tes', 1485000, 'kimia')
ssh(None, C, 'Test Kit Nitrit', 'Rapid test kualitatif', 'Kit isi 50 tes', 1050000, 'kimia')
ssh('nitril', C, 'Sarung Tangan Nitril', 'Non-powder, ukuran M', 'Box isi 100', 98000, 'kimia')
ssh(None, C, 'Sarung Tangan Lateks', 'Powder, ukuran M', 'Box isi 100', 72000, 'kimia')
ssh('alkohol', C, 'Alkohol', '70%, 1 liter', 'Botol', 38000, 'kimia')
ssh(None, C, 'Alkohol', '96% teknis, 1 liter', 'Botol', 55000, 'kimia')
ssh('aquades', C, 'Aquades', 'Jerigen 20 liter', 'Jerigen', 95000, 'kimia')
ssh('plastik_klip', C, 'Kantong Plastik Klip Sampel', '10 x 15 cm', 'Pak isi 100', 18500, 'kimia')
ssh(None, C, 'Kantong Sampel Steril (Whirl-Pak)', '532 ml', 'Box isi 100', 1250000, 'kimia')
ssh('cool_box', C, 'Kotak Pendingin (Cool Box)', '25 liter + ice pack', 'Buah', 465000, 'kantorl')
ssh(None, C, 'Kotak Pendingin (Cool Box)', '45 liter + ice pack', 'Buah', 785000, 'kantorl')
ssh('pipet', C, 'Pipet Tetes Plastik', '3 ml', 'Pak isi 100', 45000, 'kimia')
ssh(None, C, 'Tabung Reaksi', 'Kaca 16 x 150 mm', 'Pak isi 100', 385000, 'kimia')
ssh('gunting_sampel', C, 'Pisau/Gunting Sampel Stainless', 'Stainless', 'Buah', 45000, 'kantorl')

C = 'PERALATAN DAN MESIN (ASET)'
ssh('laptop_i5', C, 'Laptop', 'Core i5/Ryzen 5, RAM 8 GB, SSD 512 GB, 14 inch', 'Unit', 12650000, 'mkomp')
ssh('laptop_i7', C, 'Laptop', 'Core i7/Ryzen 7, RAM 16 GB, SSD 1 TB, 14 inch', 'Unit', 18450000, 'mkomp')
ssh('pc_aio', C, 'Komputer All in One', 'Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch', 'Unit', 14250000, 'mkomp')
ssh('tablet', C, 'Komputer Tablet', '10 inch, RAM 4 GB, 64 GB, LTE', 'Unit', 4850000, 'mkomp')
ssh('printer_inktank', C, 'Printer Ink Tank', 'A4, warna, USB/WiFi', 'Unit', 2950000, 'mkantor')
ssh(None, C, 'Printer Multifungsi Ink Tank', 'A4, print/scan/copy, warna', 'Unit', 3650000, 'mkantor')
ssh(None, C, 'Printer Multifungsi', 'A3, print/scan/copy, warna', 'Unit', 5150000, 'mkantor')
ssh('scanner', C, 'Scanner Dokumen', 'ADF, A4, duplex, 30 ppm', 'Unit', 6850000, 'mkantor')
ssh('proyektor', C, 'LCD Proyektor', '3.500 lumens, XGA', 'Unit', 7650000, 'mkantor')
ssh(None, C, 'Layar Proyektor', 'Tripod 70 inch', 'Unit', 985000, 'mkantor')
for pk,p in [('0,5',4150000),('1',5050000),('1,5',6250000),('2',8450000)]:
    ssh('ac_'+pk.replace(',',''), C, 'AC Split', pk+' PK, standar, termasuk pasang', 'Unit', p, 'mrt')
ssh('kamera', C, 'Kamera Digital Mirrorless', '24 MP + lensa kit', 'Unit', 11250000, 'mkantor')
ssh(None, C, 'Kamera Digital Pocket', '20 MP', 'Unit', 4350000, 'mkantor')
ssh('ht', C, 'Radio Komunikasi Genggam (HT)', 'VHF 5 watt, lengkap charger', 'Unit', 2850000, 'mkom')
ssh(None, C, 'Radio Komunikasi Rig', 'VHF 50 watt + antena', 'Unit', 7450000, 'mkom')
ssh('megaphone', C, 'Megaphone/Toa', '25 watt, rechargeable', 'Buah', 675000, 'kantorl')
ssh('lemari_arsip', C, 'Filing Cabinet', 'Besi 4 laci', 'Unit', 3950000, 'mkantor')
ssh(None, C, 'Lemari Arsip', 'Besi 2 pintu, rak 4 susun', 'Unit', 3450000, 'mkantor')
ssh('meja_kerja', C, 'Meja Kerja', '1/2 biro, 120 x 60 cm', 'Unit', 1850000, 'mkantor')
ssh('kursi_putar', C, 'Kursi Kerja', 'Putar, sandaran sedang', 'Unit', 1250000, 'mkantor')
ssh('kursi_lipat', C, 'Kursi Lipat', 'Besi, dudukan busa', 'Buah', 285000, 'mkantor')
ssh('whiteboard', C, 'Papan Tulis Whiteboard', '120 x 240 cm, kaki', 'Unit', 1350000, 'mkantor')
ssh('tv_43', C, 'Televisi LED', '43 inch, smart TV', 'Unit', 5450000, 'mkantor')
ssh(None, C, 'Televisi LED', '32 inch', 'Unit', 2650000, 'mkantor')
ssh('dispenser', C, 'Dispenser Air', 'Panas/normal, galon atas', 'Unit', 1150000, 'mrt')
ssh('drumband', C, 'Seperangkat Alat Drumband', 'Lengkap 40 personel', 'Set', 78500000, 'mkantor')
ssh('treadmill', C, 'Treadmill Elektrik', '2 HP', 'Unit', 14500000, 'mkantor')

# ---------------- SBU (services) ----------------
C = 'HONORARIUM NARASUMBER, MODERATOR DAN PANITIA'
sbu('nara_es2', C, 'Honorarium Narasumber', 'Pejabat Eselon II / setara', 'OJ', 1400000, 'hnara')
sbu('nara_es3', C, 'Honorarium Narasumber', 'Pejabat Eselon III / setara', 'OJ', 1000000, 'hnara')
sbu(None, C, 'Honorarium Narasumber', 'Pejabat Eselon I / setara', 'OJ', 1700000, 'hnara')
sbu('nara_non', C, 'Honorarium Narasumber', 'Non-eselon, akademisi, praktisi, tokoh masyarakat', 'OJ', 900000, 'hnara')
sbu('moderator', C, 'Honorarium Moderator', 'Per kegiatan', 'Orang/Kali', 700000, 'hnara')
sbu('mc', C, 'Honorarium Pembawa Acara', 'Per kegiatan', 'Orang/Kali', 400000, 'hnara')
sbu('panitia_pj', C, 'Honorarium Panitia', 'Penanggung Jawab', 'Orang/Kegiatan', 450000, 'hnara')
sbu('panitia_ketua', C, 'Honorarium Panitia', 'Ketua', 'Orang/Kegiatan', 400000, 'hnara')
sbu('panitia_sek', C, 'Honorarium Panitia', 'Sekretaris', 'Orang/Kegiatan', 300000, 'hnara')
sbu('panitia_angg', C, 'Honorarium Panitia', 'Anggota', 'Orang/Kegiatan', 300000, 'hnara')
C = 'HONORARIUM TIM PELAKSANA KEGIATAN'
sbu('tim_pengarah', C, 'Honorarium Tim Pelaksana Kegiatan', 'Pengarah', 'OB', 1050000, 'htim')
sbu('tim_ketua', C, 'Honorarium Tim Pelaksana Kegiatan', 'Ketua', 'OB', 750000, 'htim')
sbu('tim_sek', C, 'Honorarium Tim Pelaksana Kegiatan', 'Sekretaris', 'OB', 600000, 'htim')
sbu('tim_angg', C, 'Honorarium Tim Pelaksana Kegiatan', 'Anggota', 'OB', 500000, 'htim')
sbu('enumerator', C, 'Honorarium Petugas Pendataan/Enumerator', 'Per dokumen/keluarga terdata', 'Dokumen', 12500, 'htim')
sbu('petugas_lapangan', C, 'Honorarium Petugas Lapangan/Sampling', 'Per orang per hari', 'OH', 150000, 'htim')
sbu(None, C, 'Honorarium Tim Pengadaan Barang/Jasa', 'Pejabat Pengadaan, per paket', 'Paket', 850000, 'htim')
sbu(None, C, 'Honorarium Penyusun Laporan', 'Per laporan', 'Laporan', 500000, 'htim')
C = 'UANG TRANSPORT DAN UANG SAKU'
sbu('transport_peserta', C, 'Uang Transport Peserta Kegiatan', 'Dalam kota, non-ASN', 'OK', 150000, 'transp')
sbu(None, C, 'Uang Transport Peserta Kegiatan', 'Dalam kota, ASN', 'OK', 110000, 'transp')
sbu('uang_saku', C, 'Uang Saku Peserta Kegiatan', 'Fullboard dalam kota', 'OH', 130000, 'transp')
sbu('harian_dk', C, 'Uang Harian Perjalanan Dinas Dalam Kota', 'Lebih dari 8 jam', 'OH', 165000, 'pdd')
sbu(None, C, 'Uang Harian Perjalanan Dinas Dalam Kota', 'Sampai dengan 8 jam (transport lokal)', 'OK', 110000, 'pdd')
C = 'PERJALANAN DINAS LUAR DAERAH'
for prov,uh,ih3,ih4 in [('Kalimantan Timur',380000,1050000,650000),('DKI Jakarta',530000,1520000,780000),('Jawa Timur',410000,1250000,730000),
                        ('Jawa Barat',430000,1310000,700000),('Sulawesi Selatan',430000,1140000,650000),('Kalimantan Selatan',380000,1060000,620000),
                        ('D.I. Yogyakarta',420000,1170000,680000),('Bali',480000,1380000,850000)]:
    sbu('uh_'+re.sub('[^a-z]','',prov.lower()), C, 'Uang Harian Perjalanan Dinas Luar Kota', 'Tujuan Provinsi '+prov, 'OH', uh, 'pdb')
    sbu('inap3_'+re.sub('[^a-z]','',prov.lower()), C, 'Biaya Penginapan', 'Provinsi '+prov+', Eselon III/Gol. IV', 'OH', ih3, 'pdb')
    sbu(None, C, 'Biaya Penginapan', 'Provinsi '+prov+', Eselon IV/Gol. III ke bawah', 'OH', ih4, 'pdb')
for rute,p in [('Balikpapan - Jakarta (PP)',3860000),('Balikpapan - Surabaya (PP)',3120000),('Balikpapan - Makassar (PP)',2780000),
               ('Samarinda (APT Pranoto) - Jakarta (PP)',4150000),('Balikpapan - Yogyakarta (PP)',3580000),('Balikpapan - Denpasar (PP)',3650000)]:
    sbu('tiket_'+re.sub('[^a-z]','',rute.lower()), C, 'Tiket Pesawat Kelas Ekonomi', rute, 'Orang/PP', p, 'pdb')
sbu('transport_bpn', C, 'Transport Darat Samarinda - Balikpapan', 'Sekali jalan', 'Orang/Kali', 275000, 'pdb')
sbu('taksi_jkt', C, 'Biaya Taksi', 'DKI Jakarta, sekali jalan', 'Orang/Kali', 256000, 'pdb')
C = 'KONSUMSI'
sbu('makan_rapat', C, 'Makanan Rapat', 'Nasi kotak/prasmanan', 'Orang/Kali', 45000, 'mamin')
sbu('snack_rapat', C, 'Kudapan/Snack Rapat', 'Kotak isi 3 jenis', 'Orang/Kali', 22000, 'mamin')
sbu('makan_tamu', C, 'Makanan Jamuan Tamu', 'Prasmanan', 'Orang/Kali', 85000, 'mamin')
sbu(None, C, 'Kudapan Jamuan Tamu', 'Prasmanan', 'Orang/Kali', 32000, 'mamin')
sbu('makan_lapangan', C, 'Makanan Kegiatan Lapangan', 'Nasi bungkus/kotak', 'Orang/Kali', 35000, 'maminl')
sbu('snack_lapangan', C, 'Kudapan Kegiatan Lapangan', 'Kotak', 'Orang/Kali', 15000, 'maminl')
sbu('makan_piket', C, 'Makan Minum Petugas Piket/Jaga', 'Per orang per hari (3 kali)', 'OH', 75000, 'maminl')
sbu(None, C, 'Makanan Rapat Pimpinan', 'Eselon II ke atas', 'Orang/Kali', 65000, 'mamin')
C = 'SEWA'
sbu('sewa_aula', C, 'Sewa Gedung/Aula Pertemuan', 'Kapasitas s.d. 150 orang, per hari', 'Hari', 5500000, 'sewag')
sbu(None, C, 'Sewa Gedung/Aula Pertemuan', 'Kapasitas s.d. 500 orang, per hari', 'Hari', 12500000, 'sewag')
sbu('sewa_ruang_hotel', C, 'Sewa Ruang Pertemuan Hotel (Paket Halfday)', 'Termasuk snack + makan siang, per orang', 'Orang/Paket', 275000, 'sewag')
sbu('sewa_tenda', C, 'Sewa Tenda', 'Tenda sarnafil 5 x 10 m, per unit per hari', 'Unit/Hari', 1250000, 'sewap')
sbu(None, C, 'Sewa Tenda', 'Tenda dome 3 x 3 m, per unit per hari', 'Unit/Hari', 450000, 'sewap')
sbu('sewa_kursi', C, 'Sewa Kursi', 'Kursi futura + sarung, per hari', 'Buah/Hari', 7500, 'sewap')
sbu('sewa_meja', C, 'Sewa Meja', 'Meja lipat + taplak, per hari', 'Buah/Hari', 35000, 'sewap')
sbu('sewa_sound', C, 'Sewa Sound System', '1.000 watt + 2 mic wireless, per hari', 'Paket/Hari', 1750000, 'sewap')
sbu(None, C, 'Sewa Sound System', '3.000 watt + operator, per hari', 'Paket/Hari', 3850000, 'sewap')
sbu('sewa_genset', C, 'Sewa Genset', '5 kVA termasuk BBM, per hari', 'Unit/Hari', 950000, 'sewap')
sbu('sewa_lcd', C, 'Sewa LCD Proyektor + Layar', 'Per hari', 'Unit/Hari', 375000, 'sewap')
sbu('sewa_minibus', C, 'Sewa Kendaraan Minibus', '7-8 penumpang, termasuk pengemudi & BBM, per hari', 'Unit/Hari', 875000, 'sewak')
sbu('sewa_pickup', C, 'Sewa Kendaraan Pick Up', 'Termasuk pengemudi & BBM, per hari', 'Unit/Hari', 685000, 'sewak')
sbu('sewa_truk', C, 'Sewa Truk', 'Truk engkel 4 roda, termasuk pengemudi & BBM, per hari', 'Unit/Hari', 1450000, 'sewak')
sbu('sewa_bus', C, 'Sewa Bus', 'Bus sedang 30 seat, per hari', 'Unit/Hari', 2850000, 'sewak')
sbu(None, C, 'Sewa Perahu Motor/Speedboat', '40 PK, termasuk motoris, per hari', 'Unit/Hari', 1650000, 'sewak')
C = 'JASA'
sbu('ob', C, 'Jasa Tenaga Kebersihan', 'Per orang per bulan', 'OB', 3750000, 'jkeb')
sbu(None, C, 'Jasa Tenaga Keamanan (Satpam)', 'Per orang per bulan', 'OB', 3950000, 'jadm')
sbu('tenaga_adm', C, 'Jasa Tenaga Administrasi', 'Lulusan SMA/sederajat, per orang per bulan', 'OB', 3650000, 'jadm')
sbu(None, C, 'Jasa Tenaga Administrasi', 'Lulusan S1, per orang per bulan', 'OB', 4350000, 'jadm')
sbu('tenaga_pengemudi', C, 'Jasa Tenaga Pengemudi', 'Per orang per bulan', 'OB', 3800000, 'jadm')
sbu('fotokopi', C, 'Jasa Fotokopi', 'A4/F4 hitam putih', 'Lembar', 300, 'cetak')
sbu(None, C, 'Jasa Fotokopi', 'A4 berwarna', 'Lembar', 1500, 'cetak')
sbu('jilid', C, 'Jasa Penjilidan', 'Soft cover, lakban', 'Buah', 7500, 'cetak')
sbu(None, C, 'Jasa Penjilidan', 'Hard cover, lettering', 'Buah', 45000, 'cetak')
sbu('dokumentasi', C, 'Jasa Dokumentasi Foto dan Video', 'Per kegiatan (1 hari), termasuk editing', 'Kegiatan', 1500000, 'jlain')
sbu('publikasi_medsos', C, 'Jasa Publikasi Media Daring', 'Advertorial/artikel, per tayang', 'Tayang', 2500000, 'jlain')
sbu(None, C, 'Jasa Publikasi Radio', 'Spot iklan 60 detik', 'Spot', 350000, 'jlain')
sbu('servis_ac', C, 'Jasa Service AC', 'Cuci + cek freon, per unit', 'Unit', 150000, 'pelk')
sbu('servis_r4', C, 'Jasa Servis Berkala Kendaraan Roda 4', 'Termasuk jasa, tidak termasuk suku cadang', 'Kali', 1250000, 'pelk')
sbu('servis_r2', C, 'Jasa Servis Berkala Kendaraan Roda 2', 'Termasuk jasa, tidak termasuk suku cadang', 'Kali', 350000, 'pelk')
sbu('servis_pemadam', C, 'Jasa Servis Berkala Mobil Pemadam', 'Termasuk jasa + pengecekan pompa', 'Kali', 3850000, 'pelk')
sbu('uji_lab', C, 'Jasa Uji Laboratorium Pangan', 'Per parameter per sampel (lab terakreditasi)', 'Sampel', 275000, 'jlain')
sbu(None, C, 'Jasa Uji Kalibrasi Alat', 'Per alat', 'Alat', 650000, 'jlain')
sbu('pengiriman', C, 'Jasa Bongkar Muat Barang', 'Per orang per hari', 'OH', 150000, 'jburuh')
