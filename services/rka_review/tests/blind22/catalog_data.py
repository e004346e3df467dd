# Invented catalogue data for review22 (written blind). Prices exclude PPN and are ceilings.
ACCTS = {
 'ATK': ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'KERTAS': ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'CETAK': ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'BKOMP': ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'LISTRIK': ('5.1.02.01.01.0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'),
 'BERSIH': ('5.1.02.01.01.0034', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan dan Pertukangan'),
 'BBM': ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas'),
 'BPERT': ('5.1.02.01.01.0010', 'Belanja Bahan-Bahan Pertanian, Bibit Tanaman dan Pupuk'),
 'BMHP': ('5.1.02.01.01.0038', 'Belanja Obat-Obatan dan Bahan Medis Habis Pakai'),
 'PAKAIAN': ('5.1.02.01.01.0073', 'Belanja Pakaian Kerja Lapangan dan Atribut'),
 'MAMIN': ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat'),
 'HONOR': ('5.1.02.02.01.0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'JASA': ('5.1.02.02.01.0014', 'Belanja Jasa Tenaga Kebersihan dan Jasa Lainnya'),
 'SEWA_GD': ('5.1.02.02.12.0003', 'Belanja Sewa Gedung Pertemuan'),
 'SEWA_KEND': ('5.1.02.02.04.0036', 'Belanja Sewa Kendaraan Bermotor Penumpang'),
 'SEWA_ALAT': ('5.1.02.02.05.0040', 'Belanja Sewa Peralatan dan Perlengkapan Kegiatan'),
 'PD_BIASA': ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa'),
 'PD_DK': ('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota'),
 'M_PC': ('5.2.02.10.01.0002', 'Belanja Modal Personal Computer'),
 'M_PERKOMP': ('5.2.02.10.02.0003', 'Belanja Modal Peralatan Personal Computer'),
 'M_MEBEL': ('5.2.02.05.02.0001', 'Belanja Modal Mebel'),
 'M_RT': ('5.2.02.05.02.0004', 'Belanja Modal Alat Pendingin dan Alat Rumah Tangga'),
 'M_STUDIO': ('5.2.02.06.01.0001', 'Belanja Modal Peralatan Studio Visual dan Audio'),
 'M_KES': ('5.2.02.07.01.0001', 'Belanja Modal Alat Kedokteran Umum'),
 'M_PERT': ('5.2.02.03.01.0002', 'Belanja Modal Alat Pengolahan Pertanian'),
 'M_OR': ('5.2.02.08.01.0005', 'Belanja Modal Peralatan Olahraga'),
}
# which account classes are clearly wrong for an item of a given class
WRONG = {
 'ATK': ['M_PERKOMP', 'HONOR', 'SEWA_ALAT'], 'KERTAS': ['HONOR', 'M_MEBEL', 'PD_DK'],
 'CETAK': ['HONOR', 'M_STUDIO', 'BBM'], 'BKOMP': ['M_PC', 'MAMIN', 'HONOR'],
 'LISTRIK': ['HONOR', 'MAMIN', 'PD_DK'], 'BERSIH': ['HONOR', 'M_RT', 'PD_DK'], 'BBM': ['ATK', 'MAMIN', 'HONOR'],
 'BPERT': ['MAMIN', 'M_PERT', 'HONOR'], 'BMHP': ['M_KES', 'MAMIN', 'HONOR'], 'PAKAIAN': ['HONOR', 'MAMIN', 'BKOMP'],
 'MAMIN': ['ATK', 'HONOR', 'SEWA_GD'], 'HONOR': ['ATK', 'MAMIN', 'PD_DK'], 'JASA': ['ATK', 'BERSIH', 'M_RT'],
 'SEWA_GD': ['ATK', 'MAMIN', 'HONOR'], 'SEWA_KEND': ['BBM', 'HONOR', 'M_RT'], 'SEWA_ALAT': ['ATK', 'M_STUDIO', 'HONOR'],
 'PD_BIASA': ['HONOR', 'CETAK', 'MAMIN'], 'PD_DK': ['HONOR', 'ATK', 'MAMIN'],
 'M_PC': ['ATK', 'BKOMP', 'SEWA_ALAT'], 'M_PERKOMP': ['ATK', 'BKOMP', 'CETAK'], 'M_MEBEL': ['ATK', 'BERSIH', 'SEWA_ALAT'],
 'M_RT': ['LISTRIK', 'ATK', 'BERSIH'], 'M_STUDIO': ['ATK', 'BKOMP', 'CETAK'], 'M_KES': ['BMHP', 'ATK', 'BERSIH'],
 'M_PERT': ['BPERT', 'ATK', 'BERSIH'], 'M_OR': ['ATK', 'PAKAIAN', 'BERSIH'],
}

# SSH rows: key, category, kode_barang, uraian, spesifikasi, satuan, harga, acct, tags,
#           rka name variants, rka units [(unit, factor vs catalogue unit)]
SSH = []
def s(key, cat, kode, name, spec, unit, price, acct, tags, names, units=None):
    SSH.append(dict(key=key, cat=cat, kode=kode, name=name, spec=spec, unit=unit, price=price, acct=acct,
                    tags=tags.split(), names=names, units=units or [(unit, 1)]))

C = 'ALAT TULIS KANTOR'
s('pulpen', C, '1.1.7.01.01.01.001', 'Pulpen Gel', 'Tinta gel 0,5 mm, hitam/biru', 'Buah', 4500, 'ATK', 'gen', ['Pulpen gel 0.5', 'Ballpoint gel hitam', 'Pena gel 0,5mm'], [('Buah', 1), ('Lusin', 12), ('Pak isi 12', 12)])
s('pulpen_std', C, '1.1.7.01.01.01.002', 'Pulpen Standar', 'Tinta minyak 0,7 mm', 'Buah', 2500, 'ATK', 'gen', ['Pulpen standar', 'Ballpoint biasa'], [('Buah', 1), ('Box isi 12', 12)])
s('pensil', C, '1.1.7.01.01.02.001', 'Pensil Kayu 2B', 'Kayu, grade 2B', 'Buah', 3500, 'ATK', 'gen school', ['Pensil 2B', 'Pinsil 2B (kayu)'], [('Buah', 1), ('Lusin', 12), ('Box isi 12', 12)])
s('pensil_hb', C, '1.1.7.01.01.02.002', 'Pensil Kayu HB', 'Kayu, grade HB', 'Buah', 3000, 'ATK', 'gen', ['Pensil HB'], [('Buah', 1), ('Lusin', 12)])
s('penghapus', C, '1.1.7.01.01.03.001', 'Penghapus Pensil', 'Karet putih, ukuran kecil', 'Buah', 2500, 'ATK', 'gen school', ['Penghapus karet', 'Stip / penghapus pensil'], [('Buah', 1), ('Box isi 30', 30)])
s('spidol_wb', C, '1.1.7.01.01.04.001', 'Spidol Whiteboard', 'Dapat diisi ulang, hitam/biru/merah', 'Buah', 9500, 'ATK', 'gen school', ['Spidol whiteboard', 'Spidol papan tulis', 'Marker WB'], [('Buah', 1), ('Lusin', 12), ('Box isi 12', 12)])
s('spidol_pm', C, '1.1.7.01.01.04.002', 'Spidol Permanen', 'Ujung bulat, hitam', 'Buah', 8000, 'ATK', 'gen', ['Spidol permanen', 'Marker permanent hitam'], [('Buah', 1), ('Lusin', 12)])
s('stabilo', C, '1.1.7.01.01.04.003', 'Stabilo / Highlighter', 'Warna fluorescent', 'Buah', 7500, 'ATK', 'gen', ['Stabilo', 'Highlighter'], [('Buah', 1), ('Pak isi 5', 5)])
s('tipex', C, '1.1.7.01.01.05.001', 'Correction Tape', 'Pita koreksi 5 mm x 6 m', 'Buah', 9000, 'ATK', 'gen', ['Tip-ex kertas', 'Correction tape'], [('Buah', 1)])
s('map_snel', C, '1.1.7.01.01.06.001', 'Map Snelhecter Plastik', 'Plastik, folio', 'Buah', 3500, 'ATK', 'gen', ['Map snelhecter', 'Map plastik jepit'], [('Buah', 1), ('Lusin', 12)])
s('map_kertas', C, '1.1.7.01.01.06.002', 'Map Kertas Biasa', 'Kertas karton, folio', 'Buah', 1500, 'ATK', 'gen', ['Map kertas', 'Stopmap'], [('Buah', 1), ('Pak isi 50', 50)])
s('odner', C, '1.1.7.01.01.06.003', 'Ordner / Box File', 'Punggung 7 cm, folio', 'Buah', 38000, 'ATK', 'gen', ['Ordner folio', 'Odner 7 cm', 'Box file ordner'], [('Buah', 1)])
s('map_zipper', C, '1.1.7.01.01.06.004', 'Map Plastik Zipper', 'Plastik, F4, resleting', 'Buah', 6000, 'ATK', 'gen training', ['Map zipper F4', 'Map resleting'], [('Buah', 1), ('Lusin', 12)])
s('stapler_k', C, '1.1.7.01.01.07.001', 'Stapler Kecil', 'No. 10', 'Buah', 22000, 'ATK', 'gen', ['Stapler kecil no.10', 'Hekter kecil'], [('Buah', 1)])
s('stapler_b', C, '1.1.7.01.01.07.002', 'Stapler Besar', 'No. 3, kapasitas 100 lbr', 'Buah', 95000, 'ATK', 'gen', ['Stapler besar', 'Hekter besar HD'], [('Buah', 1)])
s('isi_staples10', C, '1.1.7.01.01.07.003', 'Isi Staples No. 10', 'Box kecil isi 1000', 'Box', 3500, 'ATK', 'gen', ['Isi staples no 10', 'Refill hekter no.10'], [('Box', 1), ('Pak isi 20 box', 20)])
s('isi_staples3', C, '1.1.7.01.01.07.004', 'Isi Staples No. 3', 'Box isi 1000, 24/6', 'Box', 7500, 'ATK', 'gen', ['Isi staples no 3'], [('Box', 1)])
s('lakban', C, '1.1.7.01.01.08.001', 'Lakban Coklat', '48 mm x 90 yard', 'Roll', 16000, 'ATK', 'gen', ['Lakban coklat 2"', 'Lakban 48mm'], [('Roll', 1)])
s('lakban_hitam', C, '1.1.7.01.01.08.002', 'Lakban Hitam', 'Kain, 48 mm x 12 m', 'Roll', 14000, 'ATK', 'gen', ['Lakban hitam kain'], [('Roll', 1)])
s('selotip', C, '1.1.7.01.01.08.003', 'Selotip Bening', '24 mm x 50 yard', 'Roll', 6500, 'ATK', 'gen', ['Selotip 1 inch', 'Isolasi bening 24mm'], [('Roll', 1)])
s('doubletape', C, '1.1.7.01.01.08.004', 'Double Tape', '24 mm, busa', 'Roll', 12000, 'ATK', 'gen', ['Double tape busa'], [('Roll', 1)])
s('gunting', C, '1.1.7.01.01.09.001', 'Gunting Kertas', 'Sedang, 8 inch', 'Buah', 15000, 'ATK', 'gen', ['Gunting 8"', 'Gunting kertas sedang'], [('Buah', 1)])
s('cutter', C, '1.1.7.01.01.09.002', 'Cutter Besar', 'Pisau 18 mm', 'Buah', 17000, 'ATK', 'gen', ['Cutter besar', 'Pisau cutter L'], [('Buah', 1)])
s('klip', C, '1.1.7.01.01.10.001', 'Paper Clip', 'No. 3, isi 100', 'Kotak', 4000, 'ATK', 'gen', ['Paper clip no.3', 'Klip kertas'], [('Kotak', 1)])
s('binder_clip', C, '1.1.7.01.01.10.002', 'Binder Clip No. 155', 'Isi 12', 'Kotak', 14000, 'ATK', 'gen', ['Binder clip 155', 'Penjepit kertas besar'], [('Kotak', 1)])
s('binder_clip260', C, '1.1.7.01.01.10.003', 'Binder Clip No. 260', 'Isi 12', 'Kotak', 28000, 'ATK', 'gen', ['Binder clip 260'], [('Kotak', 1)])
s('post_it', C, '1.1.7.01.01.11.001', 'Kertas Memo Tempel', '3 x 3 inch, 100 lembar', 'Pak', 9000, 'ATK', 'gen', ['Sticky notes 3x3', 'Post-it'], [('Pak', 1)])
s('tinta_stempel', C, '1.1.7.01.01.12.001', 'Tinta Stempel', 'Botol 30 ml', 'Botol', 9500, 'ATK', 'gen', ['Tinta stempel', 'Tinta cap'], [('Botol', 1)])
s('bak_stempel', C, '1.1.7.01.01.12.002', 'Bantalan Stempel', 'No. 2', 'Buah', 25000, 'ATK', 'gen', ['Bak stempel no 2'], [('Buah', 1)])
s('penggaris', C, '1.1.7.01.01.13.001', 'Penggaris Besi 30 cm', 'Stainless', 'Buah', 12000, 'ATK', 'gen school', ['Penggaris besi 30cm', 'Mistar 30 cm'], [('Buah', 1)])
s('papan_ujian', C, '1.1.7.01.01.13.002', 'Papan Jalan / Clipboard', 'Kayu/plastik, folio', 'Buah', 18000, 'ATK', 'school gen', ['Papan ujian', 'Clipboard folio'], [('Buah', 1)])
s('baterai_aa', C, '1.1.7.01.01.14.001', 'Baterai Alkaline AA', 'Isi 2', 'Pak', 21000, 'LISTRIK', 'gen', ['Baterai AA alkaline', 'Batu baterai A2'], [('Pak', 1), ('Pcs', 0.5)])
s('baterai_aaa', C, '1.1.7.01.01.14.002', 'Baterai Alkaline AAA', 'Isi 2', 'Pak', 21000, 'LISTRIK', 'gen', ['Baterai AAA', 'Batu baterai A3'], [('Pak', 1)])
s('baterai_9v', C, '1.1.7.01.01.14.003', 'Baterai 9 Volt', 'Alkaline', 'Buah', 35000, 'LISTRIK', 'gen', ['Baterai kotak 9V'], [('Buah', 1)])

C = 'KERTAS DAN COVER'
s('hvs_a4_70', C, '1.1.7.01.02.01.001', 'Kertas HVS A4 70 gram', '210 x 297 mm, 500 lembar', 'Rim', 52000, 'KERTAS', 'gen', ['Kertas HVS A4 70 gr', 'Kertas A4 70gsm'], [('Rim', 1), ('Box isi 5 rim', 5), ('Dus (5 rim)', 5)])
s('hvs_a4_80', C, '1.1.7.01.02.01.002', 'Kertas HVS A4 80 gram', '210 x 297 mm, 500 lembar', 'Rim', 61000, 'KERTAS', 'gen', ['Kertas HVS A4 80 gr', 'Kertas A4 80 gsm', 'HVS A4 80gr'], [('Rim', 1), ('Box isi 5 rim', 5), ('Dus (5 rim)', 5)])
s('hvs_f4_70', C, '1.1.7.01.02.01.003', 'Kertas HVS F4 70 gram', '215 x 330 mm, 500 lembar', 'Rim', 57000, 'KERTAS', 'gen', ['Kertas F4 70 gr', 'Kertas folio 70gsm'], [('Rim', 1), ('Box isi 5 rim', 5)])
s('hvs_f4_80', C, '1.1.7.01.02.01.004', 'Kertas HVS F4 80 gram', '215 x 330 mm, 500 lembar', 'Rim', 66000, 'KERTAS', 'gen', ['Kertas F4 80 gr', 'Kertas folio/F4 80 gsm', 'HVS Folio 80gr'], [('Rim', 1), ('Box isi 5 rim', 5)])
s('hvs_a3_80', C, '1.1.7.01.02.01.005', 'Kertas HVS A3 80 gram', '297 x 420 mm, 500 lembar', 'Rim', 128000, 'KERTAS', 'gen', ['Kertas A3 80 gr'], [('Rim', 1)])
s('kertas_foto', C, '1.1.7.01.02.02.001', 'Kertas Foto Glossy A4', '230 gsm, isi 20 lembar', 'Pak', 42000, 'KERTAS', 'gen', ['Kertas foto A4 glossy', 'Photo paper A4'], [('Pak', 1)])
s('karton_bc', C, '1.1.7.01.02.02.002', 'Kertas Buffalo / BC A4', 'Warna, 160 gsm, isi 100', 'Pak', 48000, 'KERTAS', 'gen', ['Kertas buffalo A4', 'Kertas BC warna'], [('Pak', 1)])
s('kertas_ncr', C, '1.1.7.01.02.02.003', 'Kertas NCR Rangkap 3', 'Continuous form 9,5 x 11 inch', 'Box', 365000, 'KERTAS', 'gen', ['Continuous form 3 ply'], [('Box', 1)])
s('amplop_kecil', C, '1.1.7.01.02.03.001', 'Amplop Putih Kecil', 'Ukuran 110 x 230 mm, isi 100', 'Box', 26000, 'KERTAS', 'gen', ['Amplop putih kecil', 'Amplop 90'], [('Box', 1), ('Pak isi 100', 1)])
s('amplop_coklat', C, '1.1.7.01.02.03.002', 'Amplop Coklat Folio', 'Ukuran 250 x 350 mm, isi 100', 'Pak', 78000, 'KERTAS', 'gen', ['Amplop coklat F4', 'Amplop besar coklat'], [('Pak', 1), ('Lembar', 0.01)])
s('sampul_mika', C, '1.1.7.01.02.03.003', 'Plastik Mika Jilid A4', 'Bening, 0,2 mm, isi 100', 'Pak', 62000, 'KERTAS', 'gen', ['Mika jilid A4', 'Cover mika'], [('Pak', 1)])

C = 'BAHAN CETAK DAN PUBLIKASI'
s('spanduk', C, '1.1.7.01.03.01.001', 'Spanduk Flexi 280 gram', 'Cetak full color', 'M2', 32000, 'CETAK', 'event gen', ['Spanduk kegiatan', 'Spanduk flexi'], [('M2', 1), ('Lembar ukuran 1 x 3 m', 3), ('Lembar (1 x 4 m)', 4)])
s('spanduk_korea', C, '1.1.7.01.03.01.002', 'Spanduk Flexi Korea 440 gram', 'Cetak full color, resolusi tinggi', 'M2', 75000, 'CETAK', 'event', ['Spanduk flexi korea'], [('M2', 1)])
s('backdrop', C, '1.1.7.01.03.01.003', 'Backdrop Kegiatan', 'Flexi 340 gr + rangka, 3 x 4 m', 'Paket', 1850000, 'CETAK', 'event', ['Backdrop acara 3x4 m', 'Backdrop panggung'], [('Paket', 1), ('Unit', 1)])
s('xbanner', C, '1.1.7.01.03.01.004', 'X-Banner', '60 x 160 cm, termasuk stand', 'Buah', 145000, 'CETAK', 'event gen', ['X-banner 60x160', 'Xbanner + stand'], [('Buah', 1), ('Unit', 1)])
s('rollbanner', C, '1.1.7.01.03.01.005', 'Roll Up Banner', '85 x 200 cm, termasuk stand', 'Buah', 425000, 'CETAK', 'event', ['Roll banner 85x200'], [('Buah', 1)])
s('leaflet', C, '1.1.7.01.03.02.001', 'Leaflet', 'A4 lipat 3, art paper 120 gr, full color', 'Lembar', 1800, 'CETAK', 'health env agri event', ['Leaflet lipat 3', 'Brosur A4 lipat tiga'], [('Lembar', 1), ('Rim (500 lbr)', 500)])
s('poster', C, '1.1.7.01.03.02.002', 'Poster', 'A3, art paper 150 gr, full color', 'Lembar', 8500, 'CETAK', 'health env event school', ['Poster A3', 'Poster penyuluhan A3'], [('Lembar', 1)])
s('stiker', C, '1.1.7.01.03.02.003', 'Stiker Vinyl', 'Ukuran 10 x 15 cm', 'Lembar', 3500, 'CETAK', 'health env event', ['Stiker vinyl 10x15'], [('Lembar', 1)])
s('sertifikat', C, '1.1.7.01.03.03.001', 'Sertifikat / Piagam', 'A4, art carton 260 gr, full color', 'Lembar', 6000, 'CETAK', 'training school', ['Sertifikat peserta', 'Piagam penghargaan A4'], [('Lembar', 1)])
s('map_acara', C, '1.1.7.01.03.03.002', 'Map Kegiatan Cetak', 'Karton 310 gr, cetak logo', 'Buah', 12500, 'CETAK', 'training event', ['Map seminar kit', 'Map cetak kegiatan'], [('Buah', 1)])
s('idcard', C, '1.1.7.01.03.03.003', 'ID Card Peserta + Tali', 'PVC, cetak 2 sisi, tali lanyard', 'Buah', 15000, 'CETAK', 'training event', ['ID card + lanyard', 'Tanda pengenal peserta'], [('Buah', 1)])
s('buku_laporan', C, '1.1.7.01.03.04.001', 'Penggandaan dan Penjilidan Laporan', 'A4, 100 hlm, soft cover', 'Eksemplar', 45000, 'CETAK', 'gen', ['Cetak dan jilid laporan', 'Penggandaan dokumen + jilid'], [('Eksemplar', 1), ('Buku', 1)])
s('buku_hardcover', C, '1.1.7.01.03.04.002', 'Penggandaan dan Penjilidan Hard Cover', 'A4, 200 hlm, hard cover', 'Eksemplar', 125000, 'CETAK', 'gen', ['Jilid hard cover dokumen', 'Cetak buku hardcover'], [('Eksemplar', 1), ('Buku', 1)])
s('fotokopi', C, '1.1.7.01.03.04.003', 'Fotokopi', 'A4/F4, hitam putih', 'Lembar', 300, 'CETAK', 'gen', ['Fotokopi', 'Penggandaan fotokopi'], [('Lembar', 1)])
s('soal_ujian', C, '1.1.7.01.03.04.004', 'Penggandaan Naskah Soal', 'A4/F4, cetak offset, bolak-balik', 'Lembar', 450, 'CETAK', 'school', ['Penggandaan naskah soal', 'Cetak soal ujian'], [('Lembar', 1)])
s('ljk', C, '1.1.7.01.03.04.005', 'Lembar Jawaban Komputer (LJK)', 'Kertas 100 gr, cetak 1 warna', 'Lembar', 1200, 'CETAK', 'school', ['LJK', 'Lembar jawab komputer'], [('Lembar', 1), ('Rim (500 lbr)', 500)])
s('blangko', C, '1.1.7.01.03.04.006', 'Blangko / Formulir Cetak', 'HVS 70 gr, 1 warna', 'Lembar', 350, 'CETAK', 'gen health', ['Blanko formulir', 'Formulir cetak'], [('Lembar', 1), ('Rim (500 lbr)', 500)])
s('buku_kia', C, '1.1.7.01.03.04.007', 'Buku Register / Kartu Menuju Sehat', 'Cetak full color, A5', 'Buah', 6500, 'CETAK', 'health', ['KMS balita', 'Kartu Menuju Sehat (KMS)'], [('Buah', 1), ('Lembar', 1)])

C = 'BAHAN KOMPUTER'
s('toner_85a', C, '1.1.7.01.04.01.001', 'Toner Printer Laser Hitam', 'Setara tipe 85A, 1.600 halaman', 'Buah', 420000, 'BKOMP', 'gen it', ['Toner laser hitam', 'Toner cartridge hitam (85A)'], [('Buah', 1)])
s('toner_besar', C, '1.1.7.01.04.01.002', 'Toner Printer Laser Hitam Kapasitas Tinggi', 'Setara tipe 26A, 3.100 halaman', 'Buah', 985000, 'BKOMP', 'it', ['Toner laser kapasitas tinggi'], [('Buah', 1)])
s('tinta_botol', C, '1.1.7.01.04.02.001', 'Tinta Printer Refill Botol', '70 ml, hitam/warna', 'Botol', 95000, 'BKOMP', 'gen it', ['Tinta printer botol 70ml', 'Tinta refill ink tank'], [('Botol', 1), ('Set (4 warna)', 4)])
s('cartridge', C, '1.1.7.01.04.02.002', 'Cartridge Tinta Inkjet Hitam', 'Original, standar', 'Buah', 265000, 'BKOMP', 'gen it', ['Cartridge inkjet hitam'], [('Buah', 1)])
s('fd16', C, '1.1.7.01.04.03.001', 'Flashdisk 16 GB', 'USB 3.0', 'Buah', 65000, 'BKOMP', 'gen it', ['Flashdisk 16GB', 'USB flash drive 16 GB'], [('Buah', 1)])
s('fd32', C, '1.1.7.01.04.03.002', 'Flashdisk 32 GB', 'USB 3.0', 'Buah', 85000, 'BKOMP', 'gen it', ['Flashdisk 32GB', 'Flash disk 32 GB'], [('Buah', 1)])
s('fd64', C, '1.1.7.01.04.03.003', 'Flashdisk 64 GB', 'USB 3.0', 'Buah', 120000, 'BKOMP', 'gen it', ['Flashdisk 64GB', 'FD 64 GB USB 3'], [('Buah', 1)])
s('hdd1', C, '1.1.7.01.04.03.004', 'Harddisk Eksternal 1 TB', 'USB 3.0, 2,5 inch', 'Buah', 895000, 'BKOMP', 'it', ['Hardisk eksternal 1TB', 'HDD external 1 TB'], [('Buah', 1), ('Unit', 1)])
s('hdd2', C, '1.1.7.01.04.03.005', 'Harddisk Eksternal 2 TB', 'USB 3.0, 2,5 inch', 'Buah', 1350000, 'BKOMP', 'it', ['Hardisk eksternal 2TB', 'HDD external 2 TB'], [('Buah', 1), ('Unit', 1)])
s('mouse', C, '1.1.7.01.04.04.001', 'Mouse Optik USB', 'Kabel, 1000 dpi', 'Buah', 85000, 'BKOMP', 'it gen', ['Mouse USB kabel', 'Mouse optical'], [('Buah', 1)])
s('mouse_wl', C, '1.1.7.01.04.04.002', 'Mouse Wireless', '2,4 GHz, receiver USB', 'Buah', 145000, 'BKOMP', 'it gen', ['Mouse wireless'], [('Buah', 1)])
s('keyboard', C, '1.1.7.01.04.04.003', 'Keyboard USB', 'Standar 104 tombol', 'Buah', 125000, 'BKOMP', 'it', ['Keyboard USB standar'], [('Buah', 1)])
s('utp', C, '1.1.7.01.04.05.001', 'Kabel UTP Cat 6', 'Roll 305 m', 'Roll', 1950000, 'BKOMP', 'it', ['Kabel LAN Cat6', 'Kabel UTP cat.6'], [('Roll', 1), ('Meter', 1 / 305)])
s('utp5', C, '1.1.7.01.04.05.002', 'Kabel UTP Cat 5e', 'Roll 305 m', 'Roll', 1250000, 'BKOMP', 'it', ['Kabel LAN Cat5e'], [('Roll', 1)])
s('rj45', C, '1.1.7.01.04.05.003', 'Konektor RJ45 Cat 6', 'Box isi 100', 'Box', 185000, 'BKOMP', 'it', ['Konektor RJ-45 cat6', 'RJ45 cat 6'], [('Box', 1), ('Pcs', 0.01)])
s('hub8', C, '1.1.7.01.04.05.004', 'Switch Hub 8 Port', 'Gigabit, unmanaged', 'Buah', 425000, 'BKOMP', 'it', ['Switch hub 8 port gigabit'], [('Buah', 1), ('Unit', 1)])

C = 'ALAT LISTRIK'
s('led12', C, '1.1.7.01.05.01.001', 'Lampu LED 12 Watt', 'Fitting E27, putih', 'Buah', 38000, 'LISTRIK', 'gen clean', ['Lampu LED 12W', 'Bohlam LED 12 watt'], [('Buah', 1), ('Dus isi 10', 10)])
s('led18', C, '1.1.7.01.05.01.002', 'Lampu LED 18 Watt', 'Fitting E27, putih', 'Buah', 55000, 'LISTRIK', 'gen clean', ['Lampu LED 18W'], [('Buah', 1)])
s('led_tl', C, '1.1.7.01.05.01.003', 'Lampu LED Tube T8 18 Watt', '120 cm', 'Buah', 62000, 'LISTRIK', 'gen', ['Lampu TL LED 18W 120cm'], [('Buah', 1)])
s('stop_kontak', C, '1.1.7.01.05.02.001', 'Stop Kontak Kabel 4 Lubang', 'Kabel 3 m, SNI', 'Buah', 75000, 'LISTRIK', 'gen event', ['Stop kontak 4 lubang + kabel 3m', 'Terminal listrik 4 lobang'], [('Buah', 1)])
s('kabel_roll', C, '1.1.7.01.05.02.002', 'Kabel Roll', '15 m, 4 lubang', 'Buah', 185000, 'LISTRIK', 'event gen', ['Kabel roll 15 m'], [('Buah', 1)])
s('nym', C, '1.1.7.01.05.02.003', 'Kabel NYM 2 x 1,5 mm', 'Roll 50 m', 'Roll', 485000, 'LISTRIK', 'gen', ['Kabel NYM 2x1,5'], [('Roll', 1), ('Meter', 0.02)])
s('nym25', C, '1.1.7.01.05.02.004', 'Kabel NYM 2 x 2,5 mm', 'Roll 50 m', 'Roll', 725000, 'LISTRIK', 'gen', ['Kabel NYM 2x2,5'], [('Roll', 1)])
s('senter', C, '1.1.7.01.05.03.001', 'Senter LED Isi Ulang', 'Baterai lithium', 'Buah', 95000, 'LISTRIK', 'clean env', ['Senter LED cas'], [('Buah', 1)])

C = 'ALAT DAN BAHAN KEBERSIHAN'
s('sapu_ijuk', C, '1.1.7.01.06.01.001', 'Sapu Ijuk', 'Gagang kayu', 'Buah', 30000, 'BERSIH', 'clean env', ['Sapu ijuk', 'Sapu lantai ijuk'], [('Buah', 1), ('Lusin', 12)])
s('sapu_lidi', C, '1.1.7.01.06.01.002', 'Sapu Lidi Bergagang', 'Gagang kayu 1,2 m', 'Buah', 25000, 'BERSIH', 'clean env', ['Sapu lidi gagang', 'Sapu lidi panjang'], [('Buah', 1), ('Lusin', 12)])
s('pel', C, '1.1.7.01.06.01.003', 'Alat Pel Lantai', 'Gagang aluminium + kain', 'Buah', 55000, 'BERSIH', 'clean', ['Alat pel', 'Kain pel + gagang'], [('Buah', 1)])
s('sabun_cair', C, '1.1.7.01.06.02.001', 'Sabun Cuci Tangan Cair', 'Refill 500 ml', 'Botol', 27000, 'BERSIH', 'clean health gen', ['Sabun cuci tangan refill', 'Hand soap 500ml'], [('Botol', 1), ('Dus isi 12', 12)])
s('pembersih_lantai', C, '1.1.7.01.06.02.002', 'Cairan Pembersih Lantai', 'Jerigen 5 liter', 'Jerigen', 95000, 'BERSIH', 'clean', ['Pembersih lantai 5 L', 'Karbol / pembersih lantai jerigen'], [('Jerigen', 1)])
s('desinfektan', C, '1.1.7.01.06.02.003', 'Cairan Desinfektan', 'Jerigen 5 liter', 'Jerigen', 165000, 'BERSIH', 'clean health', ['Desinfektan 5 liter'], [('Jerigen', 1), ('Liter', 0.2)])
s('tisu', C, '1.1.7.01.06.02.004', 'Tisu Wajah', '250 lembar 2 ply', 'Pak', 18000, 'BERSIH', 'gen', ['Tissue wajah 250s', 'Tisu kotak'], [('Pak', 1), ('Dus isi 24', 24)])
s('kantong_sampah', C, '1.1.7.01.06.03.001', 'Kantong Sampah Besar', '90 x 120 cm, isi 10', 'Pak', 18000, 'BERSIH', 'clean env', ['Kantong sampah besar', 'Plastik sampah hitam 90x120'], [('Pak', 1), ('Ball isi 20 pak', 20)])
s('karung', C, '1.1.7.01.06.03.002', 'Karung Plastik', 'Ukuran 50 kg', 'Lembar', 3500, 'BERSIH', 'clean env agri', ['Karung plastik 50kg', 'Karung goni plastik'], [('Lembar', 1), ('Ikat isi 100', 100)])
s('sarung_tangan_kerja', C, '1.1.7.01.06.04.001', 'Sarung Tangan Kerja', 'Katun bintik', 'Pasang', 9000, 'BERSIH', 'clean env agri', ['Sarung tangan kain', 'Sarung tangan kerja katun'], [('Pasang', 1), ('Lusin', 12)])
s('masker_kain', C, '1.1.7.01.06.04.002', 'Masker Kain Kerja', 'Katun 2 lapis', 'Buah', 7500, 'BERSIH', 'clean env', ['Masker kain'], [('Buah', 1)])
s('sepatu_boot', C, '1.1.7.01.06.04.003', 'Sepatu Boot Karet', 'Tinggi 35 cm', 'Pasang', 95000, 'PAKAIAN', 'clean env agri', ['Sepatu boot karet', 'Boot PVC'], [('Pasang', 1)])
s('cangkul', C, '1.1.7.01.06.05.001', 'Cangkul', 'Baja + gagang kayu', 'Buah', 85000, 'BERSIH', 'clean env agri', ['Cangkul + gagang', 'Pacul'], [('Buah', 1)])
s('sekop', C, '1.1.7.01.06.05.002', 'Sekop', 'Baja, gagang kayu', 'Buah', 78000, 'BERSIH', 'clean env agri', ['Sekop pasir', 'Skop'], [('Buah', 1)])
s('parang', C, '1.1.7.01.06.05.003', 'Parang / Golok Tebas', 'Baja, 40 cm', 'Buah', 90000, 'BERSIH', 'clean env agri', ['Parang tebas', 'Golok'], [('Buah', 1)])
s('garu', C, '1.1.7.01.06.05.004', 'Garu Sampah', 'Besi, 14 gigi', 'Buah', 45000, 'BERSIH', 'clean env', ['Garu besi', 'Garpu sampah'], [('Buah', 1)])
s('gerobak', C, '1.1.7.01.06.05.005', 'Gerobak Sorong', 'Roda 1, bak 0,5 m3', 'Unit', 650000, 'M_RT', 'clean env agri', ['Gerobak sorong', 'Angkong / arco'], [('Unit', 1), ('Buah', 1)])
s('tong120', C, '1.1.7.01.06.06.001', 'Tempat Sampah Beroda 120 Liter', 'HDPE, tutup', 'Buah', 985000, 'M_RT', 'clean env', ['Tong sampah beroda 120 L', 'Bak sampah 120 liter roda'], [('Buah', 1), ('Unit', 1)])
s('tong240', C, '1.1.7.01.06.06.002', 'Tempat Sampah Beroda 240 Liter', 'HDPE, tutup', 'Buah', 1650000, 'M_RT', 'clean env', ['Tong sampah beroda 240 L', 'Bak sampah 240 liter roda'], [('Buah', 1), ('Unit', 1)])
s('tong_pilah', C, '1.1.7.01.06.06.003', 'Tempat Sampah Pilah 3 Warna', '3 x 50 liter, rangka besi', 'Set', 2350000, 'M_RT', 'clean env', ['Tempat sampah terpilah 3 warna', 'Tong sampah organik/anorganik/B3'], [('Set', 1), ('Unit', 1)])
s('timbangan_gantung', C, '1.1.7.01.06.07.001', 'Timbangan Gantung Digital', 'Kapasitas 50 kg', 'Buah', 275000, 'M_RT', 'env', ['Timbangan gantung digital 50kg'], [('Buah', 1), ('Unit', 1)])
s('timbangan_duduk', C, '1.1.7.01.06.07.002', 'Timbangan Duduk', 'Kapasitas 150 kg', 'Buah', 1450000, 'M_RT', 'env agri', ['Timbangan duduk 150 kg'], [('Buah', 1), ('Unit', 1)])
s('komposter', C, '1.1.7.01.06.07.003', 'Komposter / Tong Komposter', 'HDPE 120 liter, keran lindi', 'Unit', 725000, 'M_RT', 'env', ['Komposter 120 L', 'Tong komposter'], [('Unit', 1)])

C = 'BAHAN BAKAR'
s('pertalite', C, '1.1.7.01.07.01.001', 'Bensin RON 90 (Pertalite)', 'Per liter', 'Liter', 10000, 'BBM', 'bbm gen', ['BBM Pertalite', 'Bensin pertalite'], [('Liter', 1)])
s('pertamax', C, '1.1.7.01.07.01.002', 'Bensin RON 92 (Pertamax)', 'Per liter', 'Liter', 12500, 'BBM', 'bbm gen', ['BBM Pertamax'], [('Liter', 1)])
s('solar', C, '1.1.7.01.07.01.003', 'Minyak Solar / Biosolar', 'Per liter', 'Liter', 6800, 'BBM', 'bbm', ['BBM solar', 'Bio solar'], [('Liter', 1)])
s('dexlite', C, '1.1.7.01.07.01.004', 'Dexlite', 'Per liter', 'Liter', 13300, 'BBM', 'bbm', ['BBM Dexlite'], [('Liter', 1)])
s('oli', C, '1.1.7.01.07.02.001', 'Oli Mesin', '1 liter, SAE 10W-40', 'Botol', 85000, 'BBM', 'bbm', ['Oli mesin 1 L'], [('Botol', 1), ('Liter', 1)])

C = 'BAHAN PERTANIAN'
s('benih_padi', C, '1.1.7.01.08.01.001', 'Benih Padi Inbrida Bersertifikat', 'Label biru, kemasan 5 kg', 'Kg', 14500, 'BPERT', 'agri', ['Benih padi inbrida label biru', 'Benih padi bersertifikat'], [('Kg', 1), ('Kantong 5 kg', 5)])
s('benih_padi_hibrida', C, '1.1.7.01.08.01.002', 'Benih Padi Hibrida', 'Kemasan 5 kg', 'Kg', 95000, 'BPERT', 'agri', ['Benih padi hibrida'], [('Kg', 1)])
s('benih_jagung', C, '1.1.7.01.08.01.003', 'Benih Jagung Hibrida', 'Kemasan 1 kg', 'Kg', 105000, 'BPERT', 'agri', ['Benih jagung hibrida'], [('Kg', 1)])
s('benih_cabai', C, '1.1.7.01.08.01.004', 'Benih Cabai Rawit', 'Sachet 10 gram', 'Sachet', 42000, 'BPERT', 'agri', ['Benih cabe rawit sachet', 'Bibit cabai rawit (benih)'], [('Sachet', 1), ('Bungkus', 1)])
s('bibit_cabai', C, '1.1.7.01.08.01.005', 'Bibit Cabai Siap Tanam', 'Polybag, umur 30 hari', 'Batang', 1500, 'BPERT', 'agri', ['Bibit cabai polybag'], [('Batang', 1), ('Pohon', 1)])
s('urea', C, '1.1.7.01.08.02.001', 'Pupuk Urea Non Subsidi', 'Karung 50 kg', 'Karung', 385000, 'BPERT', 'agri', ['Pupuk urea non subsidi', 'Urea prill'], [('Karung', 1), ('Sak 50 kg', 1), ('Kg', 0.02)])
s('npk', C, '1.1.7.01.08.02.002', 'Pupuk NPK 16-16-16 Non Subsidi', 'Karung 50 kg', 'Karung', 625000, 'BPERT', 'agri', ['Pupuk NPK 16-16-16', 'NPK mutiara'], [('Karung', 1), ('Sak 50 kg', 1), ('Kg', 0.02)])
s('npk_15', C, '1.1.7.01.08.02.003', 'Pupuk NPK 15-15-15 Non Subsidi', 'Karung 50 kg', 'Karung', 545000, 'BPERT', 'agri', ['Pupuk NPK 15-15-15', 'NPK phonska non subsidi'], [('Karung', 1), ('Sak 50 kg', 1)])
s('organik', C, '1.1.7.01.08.02.004', 'Pupuk Organik Padat', 'Karung 40 kg', 'Karung', 80000, 'BPERT', 'agri env', ['Pupuk organik granul', 'Pupuk kompos'], [('Karung', 1), ('Sak 40 kg', 1)])
s('dolomit', C, '1.1.7.01.08.02.005', 'Kapur Pertanian Dolomit', 'Karung 50 kg', 'Karung', 65000, 'BPERT', 'agri', ['Kapur dolomit', 'Dolomit'], [('Karung', 1), ('Sak', 1)])
s('herbisida', C, '1.1.7.01.08.03.001', 'Herbisida Sistemik', 'Botol 1 liter', 'Liter', 95000, 'BPERT', 'agri', ['Herbisida sistemik 1L'], [('Liter', 1), ('Botol', 1)])
s('insektisida', C, '1.1.7.01.08.03.002', 'Insektisida Cair', 'Botol 500 ml', 'Botol', 115000, 'BPERT', 'agri', ['Insektisida 500 ml'], [('Botol', 1)])
s('fungisida', C, '1.1.7.01.08.03.003', 'Fungisida', 'Kemasan 250 gram', 'Bungkus', 68000, 'BPERT', 'agri', ['Fungisida 250gr'], [('Bungkus', 1)])
s('polybag', C, '1.1.7.01.08.04.001', 'Polybag', '30 x 30 cm, isi 100', 'Pak', 35000, 'BPERT', 'agri env', ['Polybag 30x30', 'Plastik polybag'], [('Pak', 1), ('Kg', 1)])
s('mulsa', C, '1.1.7.01.08.04.002', 'Plastik Mulsa', 'Lebar 120 cm, roll 250 m', 'Roll', 585000, 'BPERT', 'agri', ['Mulsa plastik hitam perak'], [('Roll', 1)])
s('sprayer', C, '1.1.7.01.08.05.001', 'Hand Sprayer Manual', 'Kapasitas 16 liter', 'Unit', 285000, 'M_PERT', 'agri', ['Hand sprayer 16 L', 'Tangki semprot manual 16 liter'], [('Unit', 1), ('Buah', 1)])
s('sprayer_elektrik', C, '1.1.7.01.08.05.002', 'Sprayer Elektrik', 'Kapasitas 16 liter, baterai', 'Unit', 525000, 'M_PERT', 'agri', ['Sprayer elektrik 16 L', 'Tangki semprot baterai'], [('Unit', 1)])
s('pompa_air', C, '1.1.7.01.08.05.003', 'Pompa Air Irigasi 3 Inch', 'Mesin bensin 6,5 HP', 'Unit', 4850000, 'M_PERT', 'agri', ['Pompa air 3 inch 6,5 HP', 'Mesin pompa irigasi 3"'], [('Unit', 1)])
s('pompa_air2', C, '1.1.7.01.08.05.004', 'Pompa Air Irigasi 2 Inch', 'Mesin bensin 5,5 HP', 'Unit', 2950000, 'M_PERT', 'agri', ['Pompa air 2 inch'], [('Unit', 1)])
s('handtraktor', C, '1.1.7.01.08.05.005', 'Traktor Roda Dua', '8,5 HP, diesel, bajak singkal', 'Unit', 28500000, 'M_PERT', 'agri', ['Hand traktor 8,5 HP', 'Traktor tangan roda 2'], [('Unit', 1)])
s('alat_ukur_ph', C, '1.1.7.01.08.05.006', 'Alat Ukur pH Tanah', 'Analog, 2 in 1', 'Buah', 185000, 'M_PERT', 'agri', ['Soil pH meter'], [('Buah', 1), ('Unit', 1)])

C = 'BAHAN MEDIS HABIS PAKAI'
s('masker_medis', C, '1.1.7.01.09.01.001', 'Masker Medis 3 Ply', 'Earloop, box isi 50', 'Box', 35000, 'BMHP', 'health', ['Masker medis 3 ply', 'Masker bedah earloop'], [('Box', 1), ('Pcs', 0.02), ('Dus isi 40 box', 40)])
s('handscoon', C, '1.1.7.01.09.01.002', 'Sarung Tangan Pemeriksaan Lateks', 'Non steril, box isi 100', 'Box', 85000, 'BMHP', 'health', ['Handscoon lateks', 'Sarung tangan periksa (handscoen)'], [('Box', 1), ('Pasang', 0.02)])
s('handscoon_nitril', C, '1.1.7.01.09.01.003', 'Sarung Tangan Nitril', 'Non steril, box isi 100', 'Box', 125000, 'BMHP', 'health', ['Handscoon nitrile'], [('Box', 1)])
s('alkohol_swab', C, '1.1.7.01.09.02.001', 'Alkohol Swab', 'Box isi 100', 'Box', 28000, 'BMHP', 'health', ['Alcohol swab', 'Kapas alkohol swab'], [('Box', 1)])
s('alkohol70', C, '1.1.7.01.09.02.002', 'Alkohol 70%', 'Botol 1 liter', 'Botol', 48000, 'BMHP', 'health', ['Alkohol 70% 1 L'], [('Botol', 1), ('Liter', 1)])
s('hand_sanitizer', C, '1.1.7.01.09.02.003', 'Hand Sanitizer', 'Botol 500 ml', 'Botol', 45000, 'BMHP', 'health clean', ['Hand sanitizer 500ml'], [('Botol', 1)])
s('strip_hb', C, '1.1.7.01.09.03.001', 'Strip Tes Hemoglobin', 'Box isi 25', 'Box', 210000, 'BMHP', 'health', ['Strip Hb', 'Stik cek Hb'], [('Box', 1)])
s('strip_gula', C, '1.1.7.01.09.03.002', 'Strip Tes Gula Darah', 'Box isi 50', 'Box', 195000, 'BMHP', 'health', ['Strip gula darah', 'Stik GDS'], [('Box', 1)])
s('lancet', C, '1.1.7.01.09.03.003', 'Lancet', 'Box isi 100', 'Box', 45000, 'BMHP', 'health', ['Jarum lancet', 'Lanset'], [('Box', 1)])
s('abate', C, '1.1.7.01.09.04.001', 'Larvasida Temephos 1%', 'Sachet 10 gram', 'Sachet', 1500, 'BMHP', 'health env', ['Bubuk abate', 'Abate sachet'], [('Sachet', 1), ('Kg', 100)])
s('pmt_biskuit', C, '1.1.7.01.09.05.001', 'PMT Biskuit Balita', 'Kemasan 540 gram', 'Kotak', 38000, 'BMHP', 'health', ['Biskuit PMT balita', 'PMT biskuit'], [('Kotak', 1), ('Dus isi 24', 24)])
s('vit_a', C, '1.1.7.01.09.05.002', 'Kapsul Vitamin A 200.000 IU', 'Botol isi 100', 'Botol', 95000, 'BMHP', 'health', ['Vitamin A merah'], [('Botol', 1)])
s('ttd', C, '1.1.7.01.09.05.003', 'Tablet Tambah Darah', 'Strip isi 10', 'Strip', 3500, 'BMHP', 'health', ['Tablet Fe / TTD'], [('Strip', 1)])
s('pita_lila', C, '1.1.7.01.09.06.001', 'Pita LILA', 'Plastik, 33 cm', 'Buah', 6000, 'BMHP', 'health', ['Pita LILA', 'Pita lingkar lengan atas'], [('Buah', 1)])
s('pita_lk', C, '1.1.7.01.09.06.002', 'Pita Ukur Lingkar Kepala', 'Plastik, 60 cm', 'Buah', 8500, 'BMHP', 'health', ['Meteran lingkar kepala'], [('Buah', 1)])
s('timb_bayi', C, '1.1.7.01.09.07.001', 'Timbangan Bayi Digital', 'Kapasitas 20 kg, ketelitian 10 g', 'Unit', 1250000, 'M_KES', 'health', ['Timbangan bayi digital', 'Baby scale digital'], [('Unit', 1), ('Buah', 1)])
s('timb_dacin', C, '1.1.7.01.09.07.002', 'Timbangan Dacin', 'Kapasitas 25 kg, dengan sarung', 'Unit', 525000, 'M_KES', 'health', ['Dacin 25 kg + sarung timbang'], [('Unit', 1)])
s('timb_dewasa', C, '1.1.7.01.09.07.003', 'Timbangan Badan Digital Dewasa', 'Kapasitas 150 kg', 'Unit', 425000, 'M_KES', 'health', ['Timbangan berat badan digital dewasa'], [('Unit', 1)])
s('infantometer', C, '1.1.7.01.09.07.004', 'Alat Ukur Panjang Badan Bayi (Infantometer)', 'Papan, 0-100 cm', 'Unit', 1850000, 'M_KES', 'health', ['Infantometer', 'Length board bayi'], [('Unit', 1)])
s('stadiometer', C, '1.1.7.01.09.07.005', 'Alat Ukur Tinggi Badan (Stadiometer)', 'Portabel, 0-200 cm', 'Unit', 1350000, 'M_KES', 'health', ['Microtoise / stadiometer'], [('Unit', 1)])
s('tensi_digital', C, '1.1.7.01.09.07.006', 'Tensimeter Digital', 'Lengan atas, otomatis', 'Unit', 650000, 'M_KES', 'health', ['Tensimeter digital', 'Alat tensi digital'], [('Unit', 1), ('Buah', 1)])
s('tensi_aneroid', C, '1.1.7.01.09.07.007', 'Tensimeter Aneroid + Stetoskop', 'Manual', 'Set', 385000, 'M_KES', 'health', ['Tensimeter aneroid + stetoskop'], [('Set', 1)])
s('thermogun', C, '1.1.7.01.09.07.008', 'Termometer Inframerah', 'Non kontak', 'Unit', 325000, 'M_KES', 'health', ['Thermogun', 'Termometer tembak'], [('Unit', 1), ('Buah', 1)])
s('kit_air', C, '1.1.7.01.09.08.001', 'Sanitarian Kit Uji Kualitas Air', 'Parameter fisik-kimia dasar, reagen 50 tes', 'Set', 4850000, 'M_KES', 'health envlab', ['Sanitarian kit uji air', 'Kit uji kualitas air bersih'], [('Set', 1), ('Paket', 1)])
s('reagen_coliform', C, '1.1.7.01.09.08.002', 'Reagen Uji Coliform', 'Box isi 20 tes', 'Box', 650000, 'BMHP', 'health envlab', ['Reagen uji bakteri coliform'], [('Box', 1)])

C = 'PAKAIAN DAN ATRIBUT'
s('rompi', C, '1.1.7.01.10.01.001', 'Rompi Lapangan', 'Drill, scotlight, sablon logo', 'Buah', 135000, 'PAKAIAN', 'clean env agri uniform', ['Rompi lapangan scotlight', 'Rompi petugas'], [('Buah', 1)])
s('kaos', C, '1.1.7.01.10.01.002', 'Kaos Kegiatan', 'Cotton combed 30s, sablon', 'Buah', 85000, 'PAKAIAN', 'event uniform', ['Kaos kegiatan sablon', 'T-shirt panitia'], [('Buah', 1), ('Lusin', 12)])
s('topi', C, '1.1.7.01.10.01.003', 'Topi Lapangan', 'Drill, bordir logo', 'Buah', 45000, 'PAKAIAN', 'clean env agri uniform', ['Topi lapangan bordir', 'Topi rimba'], [('Buah', 1)])
s('jas_hujan', C, '1.1.7.01.10.01.004', 'Jas Hujan Setelan', 'PVC, baju + celana', 'Buah', 125000, 'PAKAIAN', 'clean env agri', ['Jas hujan setelan', 'Mantel hujan'], [('Buah', 1), ('Set', 1)])
s('wearpack', C, '1.1.7.01.10.01.005', 'Wearpack / Coverall', 'Drill, scotlight', 'Buah', 265000, 'PAKAIAN', 'clean env uniform', ['Wearpack petugas', 'Baju terusan kerja'], [('Buah', 1), ('Stel', 1)])
s('seragam_or', C, '1.1.7.01.10.02.001', 'Pakaian Olahraga', 'Setelan jaket + celana, sablon', 'Stel', 325000, 'PAKAIAN', 'sport', ['Baju olahraga pegawai', 'Training olahraga (setelan)'], [('Stel', 1), ('Setel', 1)])
s('batik', C, '1.1.7.01.10.02.002', 'Pakaian Batik Khas Daerah', 'Kain batik cap, jahit', 'Stel', 450000, 'PAKAIAN', 'lux', ['Seragam batik pegawai', 'Batik khas Samarinda (jahit)'], [('Stel', 1)])

C = 'MEBEL DAN PERALATAN KANTOR'
s('meja_kerja', C, '1.3.2.05.01.03.001', 'Meja Kerja 1/2 Biro', 'Kayu olahan, 120 x 60 x 75 cm', 'Unit', 1650000, 'M_MEBEL', 'furn', ['Meja kerja 1/2 biro', 'Meja staf 120x60'], [('Unit', 1), ('Buah', 1)])
s('meja_kerja_1biro', C, '1.3.2.05.01.03.002', 'Meja Kerja 1 Biro', 'Kayu olahan, 160 x 80 x 75 cm', 'Unit', 2850000, 'M_MEBEL', 'furn', ['Meja kerja 1 biro'], [('Unit', 1)])
s('meja_siswa', C, '1.3.2.05.01.03.003', 'Meja Siswa SMP', 'Single, rangka besi, top kayu', 'Unit', 750000, 'M_MEBEL', 'school furn', ['Meja siswa single', 'Meja belajar siswa SMP'], [('Unit', 1), ('Buah', 1)])
s('kursi_siswa', C, '1.3.2.05.01.04.001', 'Kursi Siswa SMP', 'Rangka besi, dudukan kayu', 'Unit', 525000, 'M_MEBEL', 'school furn', ['Kursi siswa', 'Kursi belajar siswa'], [('Unit', 1), ('Buah', 1)])
s('kursi_kerja', C, '1.3.2.05.01.04.002', 'Kursi Kerja Staf', 'Putar, sandaran rendah, hidrolik', 'Unit', 1150000, 'M_MEBEL', 'furn', ['Kursi putar staf', 'Kursi kerja hidrolik'], [('Unit', 1), ('Buah', 1)])
s('kursi_lipat', C, '1.3.2.05.01.04.003', 'Kursi Lipat Besi', 'Rangka besi, dudukan busa', 'Unit', 285000, 'M_MEBEL', 'furn event', ['Kursi lipat chitose-type', 'Kursi lipat besi'], [('Unit', 1), ('Buah', 1)])
s('kursi_pimpinan', C, '1.3.2.05.01.04.004', 'Kursi Pimpinan', 'Sandaran tinggi, kulit sintetis', 'Unit', 3750000, 'M_MEBEL', 'lux', ['Kursi pimpinan sandaran tinggi', 'Kursi direktur'], [('Unit', 1)])
s('sofa', C, '1.3.2.05.01.04.005', 'Sofa Tamu Set', '3-2-1 + meja, kulit sintetis', 'Set', 14500000, 'M_MEBEL', 'lux', ['Sofa tamu 3-2-1', 'Kursi tamu set sofa'], [('Set', 1)])
s('lemari_arsip', C, '1.3.2.05.01.05.001', 'Lemari Arsip Besi 2 Pintu', 'Pintu kaca sliding, 4 rak', 'Unit', 3250000, 'M_MEBEL', 'furn', ['Lemari arsip besi 2 pintu', 'Lemari kaca sliding besi'], [('Unit', 1), ('Buah', 1)])
s('filing4', C, '1.3.2.05.01.05.002', 'Filing Cabinet 4 Laci', 'Besi, folio', 'Unit', 3450000, 'M_MEBEL', 'furn', ['Filing cabinet 4 laci', 'Filling kabinet besi 4 susun'], [('Unit', 1)])
s('filing3', C, '1.3.2.05.01.05.003', 'Filing Cabinet 3 Laci', 'Besi, folio', 'Unit', 2750000, 'M_MEBEL', 'furn', ['Filing cabinet 3 laci'], [('Unit', 1)])
s('rak_buku', C, '1.3.2.05.01.05.004', 'Rak Buku Perpustakaan', 'Kayu, 2 muka, 5 susun', 'Unit', 2650000, 'M_MEBEL', 'school furn', ['Rak buku perpus 2 muka', 'Rak buku 5 susun double face'], [('Unit', 1)])
s('papan_tulis', C, '1.3.2.05.01.06.001', 'Papan Tulis Whiteboard', '120 x 240 cm, gantung', 'Unit', 1150000, 'M_MEBEL', 'school furn', ['Whiteboard 120x240', 'Papan tulis WB besar'], [('Unit', 1), ('Buah', 1)])
s('papan_tulis_k', C, '1.3.2.05.01.06.002', 'Papan Tulis Whiteboard Kecil', '60 x 90 cm', 'Unit', 285000, 'M_MEBEL', 'gen furn', ['Whiteboard 60x90'], [('Unit', 1)])
s('meja_rapat', C, '1.3.2.05.01.03.004', 'Meja Rapat', 'Kayu olahan, 240 x 120 cm', 'Unit', 6850000, 'M_MEBEL', 'furn', ['Meja rapat 240x120'], [('Unit', 1)])

C = 'PERALATAN ELEKTRONIK DAN KOMPUTER'
s('laptop_i5', C, '1.3.2.10.01.02.001', 'Laptop Core i5', 'Core i5 gen terbaru, RAM 16 GB, SSD 512 GB, 14 inch', 'Unit', 12500000, 'M_PC', 'it', ['Laptop i5 RAM 16GB SSD 512', 'Notebook core i5 14"'], [('Unit', 1), ('Buah', 1)])
s('laptop_i7', C, '1.3.2.10.01.02.002', 'Laptop Core i7', 'Core i7 gen terbaru, RAM 16 GB, SSD 1 TB, 14 inch', 'Unit', 18750000, 'M_PC', 'it', ['Laptop i7 RAM 16GB SSD 1TB', 'Notebook core i7'], [('Unit', 1)])
s('laptop_i3', C, '1.3.2.10.01.02.003', 'Laptop Core i3', 'Core i3, RAM 8 GB, SSD 256 GB, 14 inch', 'Unit', 8250000, 'M_PC', 'it', ['Laptop i3 RAM 8GB'], [('Unit', 1)])
s('pc_aio', C, '1.3.2.10.01.01.001', 'Komputer All in One', 'Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch', 'Unit', 13250000, 'M_PC', 'it', ['PC All in One core i5', 'Komputer AIO 24"'], [('Unit', 1)])
s('printer_laser', C, '1.3.2.10.02.03.001', 'Printer Laser Monokrom', 'A4, 30 ppm, duplex', 'Unit', 4250000, 'M_PERKOMP', 'it gen', ['Printer laser mono A4', 'Printer laserjet hitam putih'], [('Unit', 1)])
s('printer_inktank', C, '1.3.2.10.02.03.002', 'Printer Ink Tank Warna', 'A4, print/scan/copy', 'Unit', 3350000, 'M_PERKOMP', 'it gen', ['Printer ink tank 3in1', 'Printer infus warna multifungsi'], [('Unit', 1)])
s('printer_a3', C, '1.3.2.10.02.03.003', 'Printer Ink Tank A3', 'A3, warna', 'Unit', 6450000, 'M_PERKOMP', 'it', ['Printer A3 ink tank'], [('Unit', 1)])
s('scanner', C, '1.3.2.10.02.04.001', 'Scanner Dokumen ADF', 'A4, 30 ppm, duplex', 'Unit', 6850000, 'M_PERKOMP', 'it', ['Scanner dokumen ADF', 'Scanner ADF duplex'], [('Unit', 1)])
s('ups', C, '1.3.2.10.02.05.001', 'UPS 1200 VA', 'Line interactive', 'Unit', 1650000, 'M_PERKOMP', 'it', ['UPS 1200VA', 'Stabilizer UPS 1,2 kVA'], [('Unit', 1)])
s('ups650', C, '1.3.2.10.02.05.002', 'UPS 650 VA', 'Line interactive', 'Unit', 850000, 'M_PERKOMP', 'it', ['UPS 650VA'], [('Unit', 1)])
s('router', C, '1.3.2.10.02.06.001', 'Wireless Access Point', 'Dual band, PoE', 'Unit', 1450000, 'M_PERKOMP', 'it', ['Access point dual band', 'Wifi access point'], [('Unit', 1)])
s('proyektor', C, '1.3.2.06.01.02.001', 'Proyektor LCD', '3.600 lumen, XGA', 'Unit', 7250000, 'M_STUDIO', 'it school event', ['LCD proyektor 3600 lumen', 'Projector 3.600 ANSI'], [('Unit', 1)])
s('proyektor_hd', C, '1.3.2.06.01.02.002', 'Proyektor LCD Full HD', '4.000 lumen, 1080p', 'Unit', 11500000, 'M_STUDIO', 'it', ['Proyektor full HD 4000 lumen'], [('Unit', 1)])
s('layar', C, '1.3.2.06.01.02.003', 'Layar Proyektor Tripod', '70 inch', 'Unit', 950000, 'M_STUDIO', 'it school event', ['Screen proyektor tripod 70"', 'Layar tripod 70 inch'], [('Unit', 1)])
s('kamera', C, '1.3.2.06.01.01.001', 'Kamera Mirrorless', '24 MP + lensa kit', 'Unit', 12850000, 'M_STUDIO', 'it', ['Kamera mirrorless + lensa kit'], [('Unit', 1)])
s('tv43', C, '1.3.2.06.01.03.001', 'Televisi LED 43 Inch', 'Smart TV, full HD', 'Unit', 4650000, 'M_STUDIO', 'it lux', ['TV LED 43"', 'Smart TV 43 inch'], [('Unit', 1)])
s('tv65', C, '1.3.2.06.01.03.002', 'Televisi LED 65 Inch', 'Smart TV, 4K', 'Unit', 12950000, 'M_STUDIO', 'lux', ['Smart TV 65 inch 4K', 'TV LED 65"'], [('Unit', 1)])
s('sound_portable', C, '1.3.2.06.01.04.001', 'Speaker Portable Meeting', '15 inch, baterai, 2 mic wireless', 'Unit', 3850000, 'M_STUDIO', 'event school env', ['Speaker portable 15" + 2 mic', 'Sound portable meeting'], [('Unit', 1)])
s('megaphone', C, '1.3.2.06.01.04.002', 'Megaphone', '25 watt, rekam', 'Unit', 425000, 'M_STUDIO', 'event env clean', ['Toa megaphone 25W', 'Pengeras suara tangan'], [('Unit', 1), ('Buah', 1)])
s('ac1', C, '1.3.2.05.02.04.001', 'AC Split 1 PK', 'Standar, R32, termasuk pemasangan', 'Unit', 5350000, 'M_RT', 'elec', ['AC split 1 PK', 'Air conditioner 1 PK + pasang'], [('Unit', 1)])
s('ac15', C, '1.3.2.05.02.04.002', 'AC Split 1,5 PK', 'Standar, R32, termasuk pemasangan', 'Unit', 6750000, 'M_RT', 'elec', ['AC split 1,5 PK', 'AC 1.5 PK + instalasi'], [('Unit', 1)])
s('ac2', C, '1.3.2.05.02.04.003', 'AC Split 2 PK', 'Standar, R32, termasuk pemasangan', 'Unit', 8850000, 'M_RT', 'elec', ['AC split 2 PK', 'AC 2 PK + instalasi'], [('Unit', 1)])
s('ac05', C, '1.3.2.05.02.04.004', 'AC Split 1/2 PK', 'Standar, R32, termasuk pemasangan', 'Unit', 4150000, 'M_RT', 'elec', ['AC split 1/2 PK'], [('Unit', 1)])
s('dispenser', C, '1.3.2.05.02.06.001', 'Dispenser Air Galon Bawah', 'Panas/dingin', 'Unit', 2350000, 'M_RT', 'elec', ['Dispenser galon bawah'], [('Unit', 1)])
s('kulkas2', C, '1.3.2.05.02.06.002', 'Lemari Es 2 Pintu', '400 liter, no frost', 'Unit', 8950000, 'M_RT', 'lux', ['Kulkas 2 pintu 400 L', 'Lemari es side by side'], [('Unit', 1)])
s('kulkas_vaksin', C, '1.3.2.05.02.06.003', 'Lemari Es Penyimpan Vaksin', '50 liter, standar PQS', 'Unit', 19500000, 'M_KES', 'health', ['Vaccine refrigerator 50 L'], [('Unit', 1)])
s('kipas', C, '1.3.2.05.02.06.004', 'Kipas Angin Berdiri', '16 inch', 'Unit', 385000, 'M_RT', 'elec', ['Kipas angin berdiri 16"', 'Stand fan'], [('Unit', 1)])
s('genset', C, '1.3.2.05.02.07.001', 'Genset Portabel', '3.000 watt, bensin', 'Unit', 6950000, 'M_RT', 'event agri', ['Genset 3000 watt', 'Generator set 3 kW'], [('Unit', 1)])
s('treadmill', C, '1.3.2.08.01.01.001', 'Treadmill Elektrik', 'Motor 2 HP, layar LCD', 'Unit', 14500000, 'M_OR', 'sport lux', ['Treadmill elektrik', 'Alat fitness treadmill'], [('Unit', 1)])
s('meja_pingpong', C, '1.3.2.08.01.02.001', 'Meja Tenis Meja', 'Standar turnamen + net', 'Unit', 5250000, 'M_OR', 'sport', ['Meja pingpong + net'], [('Unit', 1)])
s('bola_voli', C, '1.3.2.08.01.03.001', 'Bola Voli', 'Kulit sintetis, ukuran 5', 'Buah', 285000, 'M_OR', 'sport school', ['Bola voli'], [('Buah', 1)])
s('mesin_rumput', C, '1.3.2.05.02.07.002', 'Mesin Potong Rumput', 'Gendong, 2 tak, 43 cc', 'Unit', 2450000, 'M_RT', 'clean env', ['Mesin potong rumput gendong', 'Mesin babat rumput'], [('Unit', 1)])
s('pencacah', C, '1.3.2.03.01.05.001', 'Mesin Pencacah Sampah Organik', '7 HP, kapasitas 300 kg/jam', 'Unit', 18500000, 'M_PERT', 'env agri', ['Mesin pencacah organik 7 HP', 'Mesin chopper sampah organik'], [('Unit', 1)])
s('pencacah_plastik', C, '1.3.2.03.01.05.002', 'Mesin Pencacah Plastik', '15 HP, kapasitas 100 kg/jam', 'Unit', 42500000, 'M_PERT', 'env', ['Mesin pencacah plastik 15 HP'], [('Unit', 1)])

C = 'BAHAN LAINNYA'
s('air_gelas', C, '1.1.7.01.11.01.001', 'Air Mineral Gelas', '240 ml, dus isi 48', 'Dus', 32000, 'MAMIN', 'gen event clean', ['Air mineral gelas', 'Aqua gelas 240 ml (dus)'], [('Dus', 1), ('Gelas', 1 / 48)])
s('air_botol', C, '1.1.7.01.11.01.002', 'Air Mineral Botol', '600 ml, dus isi 24', 'Dus', 52000, 'MAMIN', 'gen event', ['Air mineral botol 600ml', 'Air kemasan botol 600 ml'], [('Dus', 1), ('Botol', 1 / 24)])
s('galon', C, '1.1.7.01.11.01.003', 'Air Mineral Galon Isi Ulang', '19 liter', 'Galon', 22000, 'MAMIN', 'gen', ['Air galon isi ulang'], [('Galon', 1)])
s('bibit_pohon', C, '1.1.7.01.11.02.001', 'Bibit Pohon Pelindung', 'Tinggi 1-1,5 m, polybag', 'Batang', 25000, 'BPERT', 'env', ['Bibit pohon pelindung', 'Bibit trembesi/ketapang 1 m'], [('Batang', 1), ('Pohon', 1)])
s('bibit_buah', C, '1.1.7.01.11.02.002', 'Bibit Tanaman Buah Okulasi', 'Tinggi 50-80 cm', 'Batang', 45000, 'BPERT', 'env agri', ['Bibit buah okulasi'], [('Batang', 1)])
s('em4', C, '1.1.7.01.11.02.003', 'Bioaktivator Pengompos (EM4)', 'Botol 1 liter', 'Botol', 28000, 'BPERT', 'env agri', ['EM4 1 liter', 'Bioaktivator kompos'], [('Botol', 1), ('Liter', 1)])
s('cat_tembok', C, '1.1.7.01.11.03.001', 'Cat Tembok', 'Pail 25 kg, interior/eksterior', 'Pail', 985000, 'BERSIH', 'clean env', ['Cat tembok 25 kg', 'Cat dinding pail'], [('Pail', 1)])
s('cat_kecil', C, '1.1.7.01.11.03.002', 'Cat Tembok Kaleng', 'Kaleng 5 kg', 'Kaleng', 245000, 'BERSIH', 'clean env', ['Cat tembok 5 kg', 'Cat kaleng 5kg'], [('Kaleng', 1), ('Galon', 1)])
s('kuas', C, '1.1.7.01.11.03.003', 'Kuas Cat', '4 inch', 'Buah', 18000, 'BERSIH', 'clean env', ['Kuas 4"', 'Kuas cat 4 inch'], [('Buah', 1)])
s('roller', C, '1.1.7.01.11.03.004', 'Roller Cat', '9 inch + gagang', 'Buah', 45000, 'BERSIH', 'clean env', ['Roll cat 9"'], [('Buah', 1)])
s('semen', C, '1.1.7.01.11.04.001', 'Semen Portland', 'Sak 50 kg', 'Sak', 78000, 'BERSIH', 'clean env', ['Semen 50 kg', 'Semen PC sak'], [('Sak', 1), ('Zak', 1)])
s('pasir', C, '1.1.7.01.11.04.002', 'Pasir Pasang', 'Per m3, diantar', 'M3', 365000, 'BERSIH', 'clean env', ['Pasir pasang', 'Pasir cor'], [('M3', 1), ('Rit (4 m3)', 4)])

# SBU rows: key, group, uraian, spesifikasi/uraian tambahan, satuan, harga, acct, tags, names, units
SBU = []
def b(key, grp, name, spec, unit, price, acct, tags, names, units=None):
    SBU.append(dict(key=key, cat=grp, kode='', name=name, spec=spec, unit=unit, price=price, acct=acct,
                    tags=tags.split(), names=names, units=units or [(unit, 1)]))
G = 'A. HONORARIUM NARASUMBER/PEMBAHAS'
b('ns_menteri', G, 'Narasumber Menteri/Pejabat Setingkat Menteri', 'Per jam pelajaran (JP)', 'OJ', 1700000, 'HONOR', 'lux', ['Honor narasumber setingkat menteri'])
b('ns_es1', G, 'Narasumber Pejabat Eselon I / Setingkat', 'Per jam pelajaran (JP)', 'OJ', 1400000, 'HONOR', 'training', ['Honor narasumber eselon I', 'Honorarium NS pejabat eselon I'])
b('ns_es2', G, 'Narasumber Pejabat Eselon II / Setingkat', 'Per jam pelajaran (JP)', 'OJ', 1000000, 'HONOR', 'gen training', ['Honor narasumber eselon II', 'Honorarium NS pejabat esl. II', 'Narsum eselon II'])
b('ns_es3', G, 'Narasumber Pejabat Eselon III ke bawah / Setingkat', 'Per jam pelajaran (JP)', 'OJ', 900000, 'HONOR', 'gen training', ['Honor narasumber eselon III', 'Honorarium NS eselon III', 'Narsum pejabat esl. III'])
b('ns_pakar', G, 'Narasumber Pakar/Praktisi/Profesional', 'Per jam pelajaran (JP)', 'OJ', 1100000, 'HONOR', 'training', ['Honor narasumber praktisi', 'Honorarium pakar/praktisi'])
b('moderator', G, 'Moderator', 'Per kali kegiatan', 'OK', 700000, 'HONOR', 'gen training', ['Honor moderator', 'Honorarium moderator diskusi'])
b('mc', G, 'Pembawa Acara', 'Per kali kegiatan', 'OK', 400000, 'HONOR', 'event training', ['Honor pembawa acara', 'Honor MC'])
b('pembahas', G, 'Pembahas/Penanggap', 'Per kali kegiatan', 'OK', 750000, 'HONOR', 'gen', ['Honor pembahas'])
b('fasilitator', G, 'Fasilitator/Instruktur Pelatihan', 'Per jam pelajaran (JP)', 'OJ', 300000, 'HONOR', 'training', ['Honor instruktur', 'Honorarium fasilitator pelatihan'])
b('penyuluh', G, 'Narasumber Penyuluhan Masyarakat (Tokoh/Petugas Teknis)', 'Per kali kegiatan', 'OK', 400000, 'HONOR', 'health env agri', ['Honor penyuluh', 'Honor narasumber penyuluhan'])
G = 'B. HONORARIUM PANITIA DAN TIM'
b('pan_pj', G, 'Penanggung Jawab Kegiatan', 'Per orang per kegiatan', 'OK', 450000, 'HONOR', 'gen', ['Honor penanggung jawab'])
b('pan_ketua', G, 'Ketua Panitia', 'Per orang per kegiatan', 'OK', 400000, 'HONOR', 'gen', ['Honor ketua panitia'])
b('pan_sekr', G, 'Sekretaris Panitia', 'Per orang per kegiatan', 'OK', 300000, 'HONOR', 'gen', ['Honor sekretaris panitia'])
b('pan_anggota', G, 'Anggota Panitia', 'Per orang per kegiatan', 'OK', 300000, 'HONOR', 'gen', ['Honor anggota panitia', 'Honorarium anggota panitia'])
b('pengawas_ujian', G, 'Pengawas Ujian', 'Per orang per hari', 'OH', 150000, 'HONOR', 'school', ['Honor pengawas ujian', 'Honorarium pengawas ruang'])
b('penyusun_soal', G, 'Penyusun Naskah Soal', 'Per mata pelajaran', 'Naskah', 300000, 'HONOR', 'school', ['Honor penyusun soal', 'Honor pembuat kisi-kisi & soal'])
b('pemeriksa', G, 'Pemeriksa Hasil Ujian', 'Per lembar jawaban', 'Lembar', 4000, 'HONOR', 'school', ['Honor koreksi LJ', 'Honor pemeriksa jawaban'])
b('pengawas_seleksi', G, 'Pengawas Seleksi/Ujian Dinas', 'Per orang per hari', 'OH', 250000, 'HONOR', 'selection', ['Honor pengawas seleksi', 'Honorarium pengawas CAT'])
b('kader', G, 'Insentif Kader Posyandu', 'Per orang per bulan', 'OB', 250000, 'HONOR', 'health', ['Insentif kader posyandu', 'Transport/insentif kader'])
b('tim_penyusun', G, 'Tim Penyusun Dokumen Perencanaan', 'Per orang per bulan', 'OB', 600000, 'HONOR', 'planning', ['Honor tim penyusun', 'Honorarium tim penyusun dokumen'])
b('tenaga_harian', G, 'Tenaga Harian Lepas Lapangan', 'Per orang per hari', 'OH', 150000, 'JASA', 'clean env', ['Upah tenaga harian', 'Upah pekerja harian lapangan'])
b('tenaga_kebersihan', G, 'Tenaga Kebersihan', 'Per orang per bulan', 'OB', 3600000, 'JASA', 'clean env', ['Jasa tenaga kebersihan'])
b('tukang', G, 'Upah Tukang', 'Per orang per hari', 'OH', 175000, 'JASA', 'clean env', ['Upah tukang'])
G = 'C. KONSUMSI RAPAT'
b('snack', G, 'Kudapan Rapat', 'Per orang per kali', 'Kotak', 22000, 'MAMIN', 'gen event training', ['Snack rapat', 'Kue/kudapan rapat', 'Snack box'])
b('makan', G, 'Makan Rapat', 'Per orang per kali', 'Kotak', 45000, 'MAMIN', 'gen event training', ['Nasi kotak rapat', 'Makan rapat', 'Makan siang peserta'])
b('snack_tinggi', G, 'Kudapan Rapat Tingkat Pimpinan/Tamu', 'Per orang per kali', 'Kotak', 30000, 'MAMIN', 'gen', ['Snack rapat pimpinan'])
b('makan_tinggi', G, 'Makan Rapat Tingkat Pimpinan/Tamu', 'Per orang per kali', 'Kotak', 65000, 'MAMIN', 'gen', ['Makan rapat pimpinan'])
b('prasmanan', G, 'Makan Prasmanan', 'Per orang per kali, min. 50 orang', 'Orang', 85000, 'MAMIN', 'event', ['Makan prasmanan'])
b('pmt_lokal', G, 'Pemberian Makanan Tambahan Lokal Balita', 'Per anak per hari', 'Paket', 15000, 'MAMIN', 'health', ['PMT lokal balita', 'Makanan tambahan lokal balita'])
G = 'D. SEWA'
b('sewa_aula', G, 'Sewa Gedung/Aula Pertemuan', 'Kapasitas s.d. 150 orang, per hari', 'Hari', 5500000, 'SEWA_GD', 'event training', ['Sewa aula pertemuan', 'Sewa gedung pertemuan'])
b('sewa_aula_k', G, 'Sewa Ruang Pertemuan Kecil', 'Kapasitas s.d. 40 orang, per hari', 'Hari', 2500000, 'SEWA_GD', 'event training gen', ['Sewa ruang rapat kecil', 'Sewa meeting room'])
b('sewa_hotel_fullboard', G, 'Paket Fullboard Meeting Hotel', 'Per orang per hari, kota', 'OH', 450000, 'SEWA_GD', 'training', ['Paket fullboard meeting', 'Paket meeting fullboard hotel'])
b('sewa_hotel_fullday', G, 'Paket Fullday Meeting Hotel', 'Per orang per hari, kota', 'OH', 325000, 'SEWA_GD', 'training event', ['Paket fullday meeting', 'Paket meeting fullday'])
b('sewa_halfday', G, 'Paket Halfday Meeting Hotel', 'Per orang per hari, kota', 'OH', 225000, 'SEWA_GD', 'training event gen', ['Paket halfday meeting'])
b('sewa_mobil', G, 'Sewa Kendaraan Roda 4 (Minibus 7 seat)', 'Termasuk pengemudi, tidak termasuk BBM', 'Unit/Hari', 750000, 'SEWA_KEND', 'event travel gen', ['Sewa mobil minibus', 'Rental mobil + sopir'], [('Unit/Hari', 1), ('Hari', 1)])
b('sewa_bus', G, 'Sewa Bus Sedang (30 seat)', 'Termasuk pengemudi dan BBM dalam kota', 'Unit/Hari', 2750000, 'SEWA_KEND', 'event', ['Sewa bus sedang'], [('Unit/Hari', 1)])
b('sewa_pickup', G, 'Sewa Kendaraan Pick Up', 'Termasuk pengemudi', 'Unit/Hari', 550000, 'SEWA_KEND', 'clean env agri', ['Sewa mobil pick up', 'Rental pick up + sopir'], [('Unit/Hari', 1), ('Hari', 1)])
b('sewa_dumptruck', G, 'Sewa Dump Truck', 'Termasuk pengemudi dan BBM', 'Unit/Hari', 1850000, 'SEWA_KEND', 'clean env', ['Sewa dump truk'], [('Unit/Hari', 1), ('Rit', 1)])
b('sewa_tenda', G, 'Sewa Tenda Sarnavil', 'Ukuran 5 x 10 m, per hari', 'Unit', 1250000, 'SEWA_ALAT', 'event', ['Sewa tenda sarnafil 5x10', 'Sewa tenda sarnavil'], [('Unit', 1), ('Unit/Hari', 1)])
b('sewa_tenda_kerucut', G, 'Sewa Tenda Kerucut', 'Ukuran 3 x 3 m, per hari', 'Unit', 450000, 'SEWA_ALAT', 'event', ['Sewa tenda kerucut 3x3'], [('Unit', 1)])
b('sewa_kursi', G, 'Sewa Kursi Futura + Cover', 'Per buah per hari', 'Buah', 8000, 'SEWA_ALAT', 'event', ['Sewa kursi + sarung', 'Sewa kursi futura'], [('Buah', 1), ('Unit', 1)])
b('sewa_sound', G, 'Sewa Sound System', 'Daya 2.000 watt, per hari', 'Paket', 1500000, 'SEWA_ALAT', 'event', ['Sewa sound system 2000 W', 'Sewa sound sistem'], [('Paket', 1), ('Hari', 1)])
b('sewa_sound_besar', G, 'Sewa Sound System Besar', 'Daya 5.000 watt, per hari', 'Paket', 3500000, 'SEWA_ALAT', 'event', ['Sewa sound 5000 watt'], [('Paket', 1)])
b('sewa_lcd', G, 'Sewa LCD Proyektor + Layar', 'Per hari', 'Unit', 350000, 'SEWA_ALAT', 'event training', ['Sewa proyektor + screen', 'Sewa LCD + layar'], [('Unit', 1), ('Hari', 1)])
b('sewa_genset', G, 'Sewa Genset', '10 kVA, per hari, termasuk BBM', 'Unit', 1250000, 'SEWA_ALAT', 'event', ['Sewa genset 10 kVA'], [('Unit', 1)])
b('sewa_videotron', G, 'Sewa Videotron/LED Screen', '3 x 4 m, per hari', 'Unit', 6500000, 'SEWA_ALAT', 'lux', ['Sewa LED screen 3x4'], [('Unit', 1)])
b('sewa_komputer', G, 'Sewa Komputer/Laptop', 'Per unit per hari', 'Unit', 250000, 'SEWA_ALAT', 'selection it', ['Sewa laptop', 'Sewa komputer/laptop'], [('Unit', 1), ('Unit/Hari', 1)])
G = 'E. PERJALANAN DINAS'
b('pd_dk', G, 'Uang Transport Perjalanan Dinas Dalam Kota', 'Lebih dari 8 jam, per orang per hari', 'OH', 170000, 'PD_DK', 'travel gen local', ['Perjalanan dinas dalam kota', 'Transport lokal dalam kota (>8 jam)', 'Perjadin dalam kota'])
b('pd_dk_kurang8', G, 'Uang Transport Perjalanan Dinas Dalam Kota', 'Sampai dengan 8 jam, per orang per hari', 'OH', 120000, 'PD_DK', 'travel gen local', ['Transport dalam kota s.d. 8 jam'])
b('transport_peserta', G, 'Uang Transport Peserta Kegiatan Non-ASN', 'Per orang per kegiatan', 'OK', 100000, 'PD_DK', 'event training health agri env', ['Transport peserta', 'Uang transport peserta non ASN'])
b('pesawat_jkt', G, 'Tiket Pesawat Balikpapan - Jakarta PP', 'Kelas ekonomi', 'Orang/PP', 4250000, 'PD_BIASA', 'travel', ['Tiket pesawat BPN-JKT PP', 'Tiket pesawat Balikpapan-Jakarta (PP)'], [('Orang/PP', 1), ('OK', 1)])
b('pesawat_sby', G, 'Tiket Pesawat Balikpapan - Surabaya PP', 'Kelas ekonomi', 'Orang/PP', 2850000, 'PD_BIASA', 'travel', ['Tiket pesawat BPN-SUB PP'], [('Orang/PP', 1)])
b('pesawat_mks', G, 'Tiket Pesawat Balikpapan - Makassar PP', 'Kelas ekonomi', 'Orang/PP', 2350000, 'PD_BIASA', 'travel', ['Tiket pesawat BPN-UPG PP'], [('Orang/PP', 1)])
b('pesawat_yk', G, 'Tiket Pesawat Balikpapan - Yogyakarta PP', 'Kelas ekonomi', 'Orang/PP', 3150000, 'PD_BIASA', 'travel', ['Tiket pesawat BPN-YIA PP'], [('Orang/PP', 1)])
b('taksi_bpn', G, 'Transport Darat Samarinda - Bandara APT Pranoto / Balikpapan PP', 'Per orang', 'Orang/PP', 600000, 'PD_BIASA', 'travel', ['Transport darat ke bandara PP', 'Taksi Samarinda-bandara PP'], [('Orang/PP', 1), ('OK', 1)])
b('transport_kab', G, 'Transport Darat Samarinda - Kabupaten/Kota dalam Provinsi PP', 'Per orang', 'Orang/PP', 450000, 'PD_BIASA', 'travel agri', ['Transport ke kab/kota dalam provinsi PP'], [('Orang/PP', 1)])
PROVS = [('Aceh', 360000, 'Banda Aceh'), ('Sumatera Utara', 370000, 'Medan'), ('Riau', 370000, 'Pekanbaru'), ('Kepulauan Riau', 370000, 'Tanjungpinang'),
 ('Jambi', 370000, 'Jambi'), ('Sumatera Barat', 380000, 'Padang'), ('Sumatera Selatan', 380000, 'Palembang'), ('Lampung', 380000, 'Bandar Lampung'),
 ('Bengkulu', 380000, 'Bengkulu'), ('Bangka Belitung', 410000, 'Pangkalpinang'), ('Banten', 370000, 'Serang'), ('Jawa Barat', 430000, 'Bandung'),
 ('DKI Jakarta', 530000, 'Jakarta'), ('Jawa Tengah', 370000, 'Semarang'), ('DI Yogyakarta', 420000, 'Yogyakarta'), ('Jawa Timur', 410000, 'Surabaya'),
 ('Bali', 480000, 'Denpasar'), ('Nusa Tenggara Barat', 440000, 'Mataram'), ('Nusa Tenggara Timur', 430000, 'Kupang'), ('Kalimantan Barat', 380000, 'Pontianak'),
 ('Kalimantan Tengah', 360000, 'Palangka Raya'), ('Kalimantan Selatan', 380000, 'Banjarmasin'), ('Kalimantan Timur', 430000, 'Samarinda/luar kota'),
 ('Kalimantan Utara', 430000, 'Tanjung Selor'), ('Sulawesi Utara', 370000, 'Manado'), ('Gorontalo', 370000, 'Gorontalo'), ('Sulawesi Barat', 410000, 'Mamuju'),
 ('Sulawesi Selatan', 430000, 'Makassar'), ('Sulawesi Tengah', 370000, 'Palu'), ('Sulawesi Tenggara', 380000, 'Kendari'), ('Maluku', 380000, 'Ambon'),
 ('Maluku Utara', 430000, 'Ternate'), ('Papua', 580000, 'Jayapura'), ('Papua Barat', 480000, 'Manokwari')]
for i, (p, uh, kota) in enumerate(PROVS):
    key = 'uh_' + p.lower().replace(' ', '_')
    b(key, 'F. UANG HARIAN PERJALANAN DINAS LUAR KOTA', 'Uang Harian Perjalanan Dinas Luar Kota - ' + p, 'Per orang per hari (' + kota + ')', 'OH', uh, 'PD_BIASA', 'travel',
      ['Uang harian perjadin ' + p, 'Uang harian ' + p])
HOTEL = [('DKI Jakarta', 1350000), ('Jawa Timur', 1150000), ('Sulawesi Selatan', 1050000), ('DI Yogyakarta', 1100000), ('Kalimantan Timur', 1100000), ('Jawa Barat', 1150000), ('Bali', 1350000), ('Kalimantan Selatan', 950000)]
for p, h in HOTEL:
    key = 'hotel_' + p.lower().replace(' ', '_')
    b(key, 'G. BIAYA PENGINAPAN', 'Biaya Penginapan - ' + p, 'Per orang per malam, pejabat eselon III/IV/golongan III', 'OH', h, 'PD_BIASA', 'travel',
      ['Penginapan/hotel ' + p, 'Biaya hotel ' + p], [('OH', 1), ('Malam', 1), ('OR', 1)])

# Items with no counterpart in any catalogue (NO_PRICE_REFERENCE pool): key, name, spec, unit, price, acct, tags
NOREF = [
 ('nr_drone', 'Drone pemetaan', 'Kamera 4K, waktu terbang 40 menit', 'Unit', 28500000, 'M_STUDIO', 'planning env agri'),
 ('nr_tablet', 'Tablet Android 10 inch', 'RAM 4 GB, 64 GB, LTE', 'Unit', 4250000, 'M_PC', 'health agri selection it'),
 ('nr_zoom', 'Langganan aplikasi rapat daring', 'Lisensi 1 tahun, 300 partisipan', 'Tahun', 3450000, 'JASA', 'planning training selection'),
 ('nr_klotok', 'Sewa perahu ketinting/klotok', 'Termasuk motoris, per hari', 'Hari', 850000, 'SEWA_KEND', 'env health agri'),
 ('nr_fogging', 'Jasa fogging fokus', 'Per lokasi, termasuk insektisida', 'Lokasi', 1750000, 'JASA', 'health'),
 ('nr_kit_ipa', 'Alat peraga IPA terpadu SMP', 'Kit lengkap dalam koper', 'Set', 6850000, 'M_MEBEL', 'school'),
 ('nr_smartboard', 'Interactive flat panel 65 inch', 'Layar sentuh, OPS, stand', 'Unit', 38500000, 'M_STUDIO', 'school'),
 ('nr_cbt_server', 'Server CBT ujian', 'Xeon, RAM 32 GB, SSD 1 TB', 'Unit', 32500000, 'M_PC', 'school selection'),
 ('nr_antropometri', 'Antropometri kit digital terintegrasi aplikasi', 'Bluetooth, 1 set', 'Set', 9850000, 'M_KES', 'health'),
 ('nr_rapid_air', 'Sewa laboratorium uji air (sampel)', 'Per sampel, parameter mikrobiologi', 'Sampel', 450000, 'JASA', 'health env'),
 ('nr_bioflok', 'Kolam bioflok bulat diameter 3 m', 'Terpal + rangka, aerator', 'Unit', 4750000, 'M_PERT', 'agri'),
 ('nr_soil_test', 'Uji laboratorium tanah', 'Per sampel, makro + pH', 'Sampel', 350000, 'JASA', 'agri'),
 ('nr_rtk', 'GPS RTK geodetik', 'Base + rover', 'Set', 185000000, 'M_STUDIO', 'agri planning'),
 ('nr_psikotes', 'Jasa asesmen psikotes', 'Per peserta, alat tes + interpretasi', 'Peserta', 350000, 'JASA', 'selection training'),
 ('nr_fingerprint', 'Mesin presensi face recognition', 'Kapasitas 3.000 wajah', 'Unit', 4850000, 'M_PERKOMP', 'selection'),
 ('nr_cctv_body', 'Body camera pengawas ujian', 'Rekam 1080p, 12 jam', 'Unit', 2850000, 'M_STUDIO', 'selection'),
 ('nr_elearning', 'Pengembangan modul e-learning', 'Per modul, SCORM', 'Modul', 7500000, 'JASA', 'training'),
 ('nr_infografis', 'Jasa desain infografis dokumen', 'Per paket 20 infografis', 'Paket', 6500000, 'JASA', 'planning'),
 ('nr_survei', 'Jasa enumerator survei kepuasan', 'Per responden', 'Responden', 35000, 'JASA', 'planning'),
 ('nr_ecobrick', 'Botol ecobrick siap pakai', 'Botol 600 ml terisi', 'Buah', 5000, 'BERSIH', 'env'),
 ('nr_maggot', 'Bibit maggot BSF', 'Telur/larva, per kg', 'Kg', 125000, 'BPERT', 'env'),
 ('nr_gerobak_motor', 'Kendaraan roda tiga pengangkut sampah', '200 cc, bak 1,5 m3', 'Unit', 38500000, 'M_RT', 'env clean'),
 ('nr_container', 'Kontainer sampah arm roll', '6 m3, plat 3 mm', 'Unit', 42500000, 'M_RT', 'env'),
 ('nr_insinerator', 'Sewa insinerator limbah medis', 'Per kg limbah', 'Kg', 18500, 'JASA', 'health'),
 ('nr_tandon', 'Tandon air 1.000 liter', 'Polietilena, warna', 'Unit', 1650000, 'M_RT', 'clean env health'),
 ('nr_pipa_pvc', 'Pipa PVC 3 inch', 'AW, panjang 4 m', 'Batang', 185000, 'BERSIH', 'clean env'),
 ('nr_paving', 'Paving block segi enam', 'K-300, tebal 8 cm', 'M2', 135000, 'BERSIH', 'clean'),
 ('nr_lampu_surya', 'Lampu jalan tenaga surya', '60 watt all in one + tiang', 'Unit', 7850000, 'M_RT', 'clean'),
 ('nr_seminar_kit_tas', 'Tas ransel peserta pelatihan', 'Dinier 600, bordir logo', 'Buah', 95000, 'CETAK', 'training'),
 ('nr_tumbler', 'Tumbler stainless cetak logo', '500 ml', 'Buah', 65000, 'ATK', 'training'),
 ('nr_jamur', 'Baglog jamur tiram', 'Per baglog siap panen', 'Baglog', 3500, 'BPERT', 'agri'),
 ('nr_sertifikasi', 'Biaya sertifikasi kompetensi BNSP', 'Per peserta', 'Peserta', 1850000, 'JASA', 'training'),
 ('nr_printer_kartu', 'Printer kartu identitas dual side', 'Encoder chip, 2 sisi', 'Unit', 48500000, 'M_PERKOMP', 'dukcapil'),
 ('nr_ribbon', 'Ribbon printer kartu YMCKO', 'Isi 200 cetakan', 'Roll', 1350000, 'BKOMP', 'dukcapil'),
 ('nr_kiosk', 'Anjungan dukcapil mandiri (kiosk)', 'Layar sentuh 21 inch, printer A4', 'Unit', 65000000, 'M_PC', 'dukcapil'),
 ('nr_stunting_app', 'Lisensi aplikasi pemantauan stunting', 'Per tahun per puskesmas', 'Tahun', 12000000, 'JASA', 'health'),
]

# durable items booked to capital accounts carry an asset (1.3.x) kode barang
for _r in SSH:
    if _r['acct'].startswith('M_') and _r['kode'].startswith('1.1.7.'):
        _r['kode'] = '1.3.2.' + _r['kode'][6:]
# families of near-identical catalogue rows: at most one per sub-kegiatan (avoids accidental duplicates)
FAMILIES = [
 ['pulpen', 'pulpen_std'], ['pensil', 'pensil_hb'], ['spidol_wb', 'spidol_pm', 'stabilo'], ['map_snel', 'map_kertas', 'map_zipper', 'map_acara'],
 ['stapler_k', 'stapler_b'], ['isi_staples10', 'isi_staples3'], ['lakban', 'lakban_hitam', 'selotip', 'doubletape'], ['klip', 'binder_clip', 'binder_clip260'],
 ['baterai_aa', 'baterai_aaa', 'baterai_9v'], ['hvs_a4_70', 'hvs_a4_80', 'hvs_f4_70', 'hvs_f4_80', 'hvs_a3_80'], ['amplop_kecil', 'amplop_coklat'],
 ['spanduk', 'spanduk_korea', 'backdrop', 'xbanner', 'rollbanner'], ['leaflet', 'poster', 'stiker'], ['buku_laporan', 'buku_hardcover', 'fotokopi'],
 ['soal_ujian', 'fotokopi'], ['ljk', 'blangko'], ['toner_85a', 'toner_besar', 'tinta_botol', 'cartridge'], ['fd16', 'fd32', 'fd64', 'hdd1', 'hdd2'],
 ['mouse', 'mouse_wl'], ['utp', 'utp5'], ['led12', 'led18', 'led_tl'], ['stop_kontak', 'kabel_roll'], ['nym', 'nym25'], ['sapu_ijuk', 'sapu_lidi'],
 ['sabun_cair', 'hand_sanitizer'], ['pembersih_lantai', 'desinfektan'], ['kantong_sampah', 'karung'], ['masker_kain', 'masker_medis'],
 ['tong120', 'tong240', 'tong_pilah'], ['timbangan_gantung', 'timbangan_duduk'], ['pertalite', 'pertamax'], ['solar', 'dexlite'],
 ['benih_padi', 'benih_padi_hibrida'], ['benih_cabai', 'bibit_cabai'], ['urea', 'npk', 'npk_15'], ['sprayer', 'sprayer_elektrik'], ['pompa_air', 'pompa_air2'],
 ['handscoon', 'handscoon_nitril'], ['strip_hb', 'strip_gula'], ['pita_lila', 'pita_lk'], ['timb_bayi', 'timb_dacin', 'timb_dewasa'],
 ['infantometer', 'stadiometer'], ['tensi_digital', 'tensi_aneroid'], ['kit_air', 'reagen_coliform'], ['rompi', 'wearpack', 'kaos'],
 ['meja_kerja', 'meja_kerja_1biro', 'meja_rapat'], ['kursi_kerja', 'kursi_lipat', 'kursi_pimpinan'], ['lemari_arsip', 'filing4', 'filing3'],
 ['papan_tulis', 'papan_tulis_k'], ['laptop_i5', 'laptop_i7', 'laptop_i3', 'pc_aio'], ['printer_laser', 'printer_inktank', 'printer_a3'], ['ups', 'ups650'],
 ['proyektor', 'proyektor_hd', 'sewa_lcd'], ['tv43', 'tv65'], ['ac1', 'ac15', 'ac2', 'ac05'], ['pencacah', 'pencacah_plastik'],
 ['air_gelas', 'air_botol', 'galon'], ['bibit_pohon', 'bibit_buah'], ['cat_tembok', 'cat_kecil'], ['kuas', 'roller'], ['semen', 'pasir'],
 ['ns_es1', 'ns_es2', 'ns_es3', 'ns_pakar', 'ns_menteri'], ['moderator', 'pembahas'], ['pan_pj', 'pan_ketua', 'pan_sekr', 'pan_anggota'],
 ['snack', 'snack_tinggi'], ['makan', 'makan_tinggi', 'prasmanan'], ['sewa_aula', 'sewa_aula_k', 'sewa_hotel_fullboard', 'sewa_hotel_fullday', 'sewa_halfday'],
 ['sewa_mobil', 'sewa_bus'], ['sewa_pickup', 'sewa_dumptruck'], ['sewa_tenda', 'sewa_tenda_kerucut'], ['sewa_sound', 'sewa_sound_besar'],
 ['pd_dk', 'pd_dk_kurang8'], ['pesawat_jkt', 'pesawat_sby', 'pesawat_mks', 'pesawat_yk'], ['tenaga_harian', 'tukang', 'tenaga_kebersihan'],
 ['sewa_genset', 'genset'], ['sound_portable', 'megaphone', 'sewa_sound'], ['pengawas_ujian', 'pengawas_seleksi'],
]
FAMILY_OF = {}
for _i, _f in enumerate(FAMILIES):
    for _k in _f:
        FAMILY_OF.setdefault(_k, set()).add(_i)

# ---- tag refinements (domain-specific tags used by the sub-kegiatan relevance rules)
_ADD = {
 'child': ['timb_bayi', 'timb_dacin', 'infantometer', 'pita_lila', 'pita_lk', 'pmt_biskuit', 'vit_a', 'buku_kia', 'kader', 'pmt_lokal', 'stadiometer'],
 'clinic': ['tensi_digital', 'tensi_aneroid', 'strip_gula', 'strip_hb', 'lancet', 'timb_dewasa', 'ttd', 'thermogun', 'kulkas_vaksin'],
 'envlab': ['kit_air', 'reagen_coliform', 'abate', 'desinfektan', 'sepatu_boot', 'senter', 'rompi'],
 'tps': ['sapu_lidi', 'garu', 'sekop', 'cangkul', 'gerobak', 'tong120', 'tong240', 'kantong_sampah', 'karung', 'sarung_tangan_kerja', 'masker_kain',
         'sepatu_boot', 'rompi', 'wearpack', 'jas_hujan', 'topi', 'desinfektan', 'pertalite', 'solar', 'dexlite', 'oli', 'tenaga_harian',
         'tenaga_kebersihan', 'sewa_dumptruck', 'sewa_pickup', 'pencacah', 'komposter', 'em4', 'timbangan_duduk', 'senter'],
 'bank': ['timbangan_gantung', 'timbangan_duduk', 'karung', 'kantong_sampah', 'tong_pilah', 'komposter', 'em4', 'pencacah_plastik', 'leaflet', 'poster',
          'stiker', 'spanduk', 'xbanner', 'megaphone', 'sound_portable', 'penyuluh', 'fasilitator', 'transport_peserta', 'sewa_aula_k', 'sertifikat'],
 'kel': ['snack', 'makan', 'air_gelas', 'spanduk', 'tukang', 'tenaga_harian', 'bibit_pohon', 'abate', 'megaphone', 'sewa_tenda_kerucut'],
 'facility': ['led12', 'led18', 'led_tl', 'nym', 'nym25'],
}
_REMOVE = {'gen': ['led12', 'led18', 'led_tl', 'nym', 'nym25'], 'clean': ['led12', 'led18'], 'health': ['kit_air', 'reagen_coliform']}
_IDX = {r['key']: r for r in SSH + SBU}
for _t, _ks in _ADD.items():
    for _k in _ks:
        if _t not in _IDX[_k]['tags']: _IDX[_k]['tags'].append(_t)
for _t, _ks in _REMOVE.items():
    for _k in _ks:
        if _t in _IDX[_k]['tags']: _IDX[_k]['tags'].remove(_t)
FAMILIES.append([r['key'] for r in SBU if r['key'].startswith('uh_')])
FAMILIES.append([r['key'] for r in SBU if r['key'].startswith('hotel_')])
FAMILY_OF = {}
for _i, _f in enumerate(FAMILIES):
    for _k in _f:
        FAMILY_OF.setdefault(_k, set()).add(_i)
# second wording for rows that have only one
for _r in SSH + SBU:
    if len(_r['names']) == 1:
        _r['names'].append(_r['name'])

# ---- second refinement: clinical / child / exam items are relevant only where their own tag is wanted
for _k in _ADD['child'] + _ADD['clinic']:
    _r = _IDX[_k]
    if 'health' in _r['tags']: _r['tags'].remove('health')
for _k in ['soal_ujian', 'ljk', 'pengawas_ujian', 'penyusun_soal', 'pemeriksa', 'papan_ujian']:
    _IDX[_k]['tags'] = ['exam']
if 'agri' in _IDX['pencacah']['tags']: _IDX['pencacah']['tags'].remove('agri')

_IDX['papan_tulis']['tags'].append('gen')
