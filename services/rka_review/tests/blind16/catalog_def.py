# Catalogue and account definitions for review16 (invented, realistic).
ACC = {
 'ATK': ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'KERTAS': ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'CETAK': ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'KOMP': ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'BERSIH': ('5.1.02.01.01.0030', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan'),
 'LISTRIK': ('5.1.02.01.01.0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'),
 'BBM': ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas'),
 'KIMIA': ('5.1.02.01.01.0002', 'Belanja Bahan-Bahan Kimia'),
 'PUPUK': ('5.1.02.01.01.0007', 'Belanja Bahan-Pupuk dan Bibit'),
 'BAHANLAIN': ('5.1.02.01.01.0012', 'Belanja Bahan-Bahan Lainnya'),
 'OBAT': ('5.1.02.01.01.0040', 'Belanja Obat-Obatan-Obat'),
 'PAKAIAN': ('5.1.02.01.01.0068', 'Belanja Pakaian Khusus dan Perlengkapan Lapangan'),
 'SAR': ('5.1.02.01.01.0038', 'Belanja Perlengkapan Keselamatan dan Evakuasi'),
 'SOUV': ('5.1.02.01.01.0059', 'Belanja Suvenir/Cendera Mata'),
 'OLAHRAGA': ('5.1.02.01.01.0035', 'Belanja Alat/Bahan Perlengkapan Olahraga'),
 'SERAH': ('5.1.02.01.02.0001', 'Belanja Barang yang Akan Diserahkan kepada Masyarakat'),
 'MAMIN': ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat'),
 'MAMINLAP': ('5.1.02.01.01.0055', 'Belanja Makanan dan Minuman Aktivitas Lapangan'),
 'HONOR': ('5.1.02.02.01.0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'HONORTIM': ('5.1.02.02.01.0004', 'Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim'),
 'TRANSPESERTA': ('5.1.02.02.01.0026', 'Belanja Uang Transport dan Uang Saku Peserta Kegiatan'),
 'JASADOK': ('5.1.02.02.01.0029', 'Belanja Jasa Dokumentasi dan Publikasi'),
 'IKLAN': ('5.1.02.02.01.0063', 'Belanja Jasa Iklan/Reklame, Film, dan Pemotretan'),
 'SEWAGEDUNG': ('5.1.02.02.08.0024', 'Belanja Sewa Bangunan Gedung Tempat Pertemuan'),
 'SEWAALAT': ('5.1.02.02.05.0035', 'Belanja Sewa Peralatan dan Perlengkapan Kegiatan'),
 'SEWAKEND': ('5.1.02.02.03.0035', 'Belanja Sewa Kendaraan Bermotor'),
 'PEMKEND': ('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan Darat Bermotor'),
 'PDDALAM': ('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota'),
 'PDBIASA': ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa'),
 'M_PC': ('5.2.02.10.01.0002', 'Belanja Modal Personal Computer'),
 'M_PERALPC': ('5.2.02.10.02.0003', 'Belanja Modal Peralatan Personal Computer'),
 'M_MEBEL': ('5.2.02.05.02.0001', 'Belanja Modal Mebel'),
 'M_PENDINGIN': ('5.2.02.05.02.0004', 'Belanja Modal Alat Pendingin'),
 'M_KANTOR': ('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya'),
 'M_STUDIO': ('5.2.02.06.01.0002', 'Belanja Modal Alat Studio Video dan Film'),
 'M_KOM': ('5.2.02.06.02.0001', 'Belanja Modal Alat Komunikasi Radio'),
 'M_DAMKAR': ('5.2.02.04.04.0001', 'Belanja Modal Alat Pemadam Kebakaran'),
 'M_SAR': ('5.2.02.03.06.0003', 'Belanja Modal Peralatan SAR dan Alat Apung'),
 'M_LISTRIK': ('5.2.02.04.02.0001', 'Belanja Modal Alat Pembangkit Listrik'),
}

def family(acc):
    c = ACC[acc][0]
    if c.startswith('5.2'):
        return 'modal'
    if c.startswith('5.1.02.04'):
        return 'travel'
    if acc in ('MAMIN', 'MAMINLAP'):
        return 'mamin'
    if c.startswith('5.1.02.02') or c.startswith('5.1.02.03'):
        return 'service'
    return 'goods'

# clearly wrong accounts per family
WRONG = {
 'goods': ['SEWAALAT', 'JASADOK', 'M_KANTOR', 'PDDALAM', 'HONOR'],
 'service': ['ATK', 'BAHANLAIN', 'CETAK', 'KOMP'],
 'travel': ['SEWAKEND', 'MAMIN', 'HONOR', 'ATK'],
 'mamin': ['HONOR', 'PDDALAM', 'BAHANLAIN', 'SEWAALAT'],
 'modal': ['ATK', 'KOMP', 'BAHANLAIN', 'SEWAALAT', 'LISTRIK'],
}

# SSH/SBU rows: id|name|spec|unit|price|acc|alt RKA units (unit:conv;...); "# kode|heading" starts a group
SSH = """
# 1.1.7.01.01.01|ALAT TULIS KANTOR
pulpen_gel|Pulpen gel|Tinta hitam, 0,5 mm|Box isi 12|42000|ATK|Buah:1/12
pulpen_bp|Pulpen ballpoint standar|Tinta biru, 0,7 mm|Box isi 12|27000|ATK|bh:1/12
pulpen_gel38|Pulpen gel retractable|Tinta hitam, 0,38 mm|Box isi 12|60000|ATK|
pensil_2b|Pensil kayu|2B|Lusin|30000|ATK|Batang:1/12
pensil_mek|Pensil mekanik|0,5 mm|Buah|15000|ATK|
spidol_wb|Spidol whiteboard|Isi ulang, warna hitam|Lusin|108000|ATK|Buah:1/12
spidol_perm|Spidol permanen|Ujung bulat, hitam|Lusin|96000|ATK|Buah:1/12
stabilo|Highlighter/stabilo|Warna kuning|Lusin|102000|ATK|Buah:1/12
lakban_coklat|Lakban coklat|48 mm x 90 yard|Roll|16500|ATK|Lusin:12
lakban_bening|Lakban bening|48 mm x 100 yard|Roll|15500|ATK|Lusin:12
lakban_kain|Lakban kain hitam|48 mm x 12 m|Roll|21000|ATK|
map_snel|Map snelhecter plastik|Folio, aneka warna|Pak isi 50|95000|ATK|Buah:1/50
map_kertas|Map kertas batik|Folio, karton|Pak isi 50|62500|ATK|Lembar:1/50
map_plastik_kancing|Map plastik kancing|Folio, transparan|Lusin|36000|ATK|Buah:1/12
ordner7|Ordner|Folio, punggung 7 cm|Buah|38000|ATK|Lusin:12
ordner5|Ordner|Folio, punggung 5 cm|Buah|34000|ATK|Lusin:12
amplop_kop|Amplop putih|110 x 230 mm, cetak kop|Box isi 100|38000|ATK|Lembar:1/100
amplop_coklat|Amplop coklat|Folio 250 x 353 mm|Pak isi 50|52000|ATK|Lembar:1/50
stapler10|Stapler|No. 10|Buah|24000|ATK|
stapler_hd|Stapler besar|HD-50, kapasitas 50 lembar|Buah|98000|ATK|
isi_staples10|Isi staples|No. 10, isi 1.000|Pak|4200|ATK|Dus isi 20 pak:20
isi_staples3|Isi staples|No. 3 (24/6), isi 1.000|Pak|7000|ATK|
paperclip|Paper clip|No. 3, isi 100|Kotak|4000|ATK|
binder107|Binder clip|No. 107|Kotak isi 12|11000|ATK|
binder260|Binder clip|No. 260|Kotak isi 12|33000|ATK|
tipex_cair|Correction pen|Cair, 12 ml|Buah|11500|ATK|
tipex_tape|Correction tape|5 mm x 6 m|Buah|16000|ATK|
gunting|Gunting kertas|Sedang, 8 inch|Buah|23000|ATK|
cutter|Cutter|Besar, L-500|Buah|21000|ATK|
lem_cair|Lem kertas cair|50 ml|Buah|6000|ATK|
lem_stik|Lem stik|25 gram|Buah|12000|ATK|
buku_folio|Buku folio|Bergaris, 100 lembar, hard cover|Buah|26000|ATK|
buku_tulis|Buku tulis|38 lembar|Pak isi 10|42000|ATK|Buah:1/10
sticky|Kertas memo tempel|3 x 3 inch, 100 lembar|Pak|10000|ATK|
idcard|Tali ID card + holder|Holder plastik, tali 1,5 cm|Buah|9000|ATK|Lusin:12
papan_klip|Papan klip (clipboard)|Folio, akrilik|Buah|28000|ATK|
# 1.1.7.01.01.02|KERTAS DAN COVER
hvs_a4_70|Kertas HVS|A4 70 gram|Rim|56500|KERTAS|Box isi 5 rim:5
hvs_a4_80|Kertas HVS|A4 80 gram|Rim|64000|KERTAS|Box isi 5 rim:5
hvs_f4_70|Kertas HVS|F4/Folio 70 gram|Rim|62000|KERTAS|Box isi 5 rim:5
hvs_f4_80|Kertas HVS|F4/Folio 80 gram|Rim|71000|KERTAS|Box isi 5 rim:5
kertas_foto|Kertas foto glossy|A4 230 gram, isi 20 lembar|Pak|37000|KERTAS|
kertas_bc|Kertas BC/sertifikat|A4 220 gram, isi 100 lembar|Pak|52000|KERTAS|
kertas_buffalo|Kertas karton buffalo|Folio, isi 100 lembar|Pak|48000|KERTAS|
kertas_ncr|Kertas NCR|Rangkap 3, folio|Rim|145000|KERTAS|
cover_mika|Plastik cover mika|Folio, 0,2 mm, isi 100|Pak|68000|KERTAS|
# 1.1.7.01.01.03|BAHAN CETAK DAN PENGGANDAAN
spanduk280|Spanduk|Flexi 280 gram, cetak full color|M2|38000|CETAK|
spanduk440|Spanduk|Flexi Korea 440 gram, full color|M2|65000|CETAK|
xbanner|X-Banner|60 x 160 cm, termasuk stand|Buah|175000|CETAK|
rollup|Roll-up banner|80 x 200 cm, termasuk stand aluminium|Buah|420000|CETAK|
baliho|Baliho|Flexi 340 gram, termasuk rangka kayu, 4 x 6 m|Buah|2150000|CETAK|
leaflet_a4|Cetak leaflet|A4 lipat 3, art paper 120 gram, full color|Lembar|1600|CETAK|Rim:500
leaflet_a5|Cetak leaflet|A5, HVS 80 gram, 1 warna|Lembar|450|CETAK|
booklet|Cetak booklet/buku saku|A5, 24 halaman, art paper, full color|Eksemplar|18500|CETAK|
buku_a4_100|Cetak buku/laporan|A4, 100 halaman HVS 70 gram, cover art carton, jilid lem panas|Eksemplar|65000|CETAK|
buku_a4_200|Cetak buku/laporan|A4, 200 halaman HVS 70 gram, cover art carton, jilid lem panas|Eksemplar|112000|CETAK|
fotokopi_bw|Penggandaan/fotokopi|A4/F4, hitam putih|Lembar|250|CETAK|
fotokopi_warna|Penggandaan/fotokopi|A4, berwarna|Lembar|1500|CETAK|
jilid_spiral|Jilid spiral kawat|A4|Buah|12000|CETAK|
jilid_soft|Jilid softcover lakban|A4/F4|Buah|5000|CETAK|
stiker_a3|Cetak stiker|Vinyl, A3, full color|Lembar|25000|CETAK|
stiker_label|Cetak stiker label kemasan|Kertas stiker chromo, 5 x 7 cm|Lembar|350|CETAK|Rim:500
sertifikat|Cetak sertifikat/piagam|A4, BC 220 gram, full color|Lembar|5000|CETAK|
blanko|Cetak blanko/formulir|F4, HVS 70 gram, 1 warna|Lembar|350|CETAK|Rim:500
blanko_ncr|Cetak blanko berita acara rangkap|F4, NCR 3 ply, bernomor seri|Buku isi 50 set|85000|CETAK|
idcard_pvc|Cetak ID card PVC|Cetak 2 sisi|Buah|12000|CETAK|
# 1.1.7.01.01.04|BAHAN KOMPUTER
tinta_tangki_bk|Tinta printer tangki|Botol 70 ml, hitam|Botol|105000|KOMP|
tinta_tangki_cl|Tinta printer tangki|Botol 70 ml, cyan/magenta/yellow|Botol|98000|KOMP|
cartridge_bk|Cartridge tinta|Hitam, tipe standar|Buah|265000|KOMP|
toner_15|Toner laserjet|Monokrom, kapasitas 1.500 halaman|Buah|780000|KOMP|
toner_30|Toner laserjet|Monokrom, kapasitas 3.000 halaman|Buah|1150000|KOMP|
fd32|Flashdisk|32 GB, USB 3.0|Buah|85000|KOMP|
fd64|Flashdisk|64 GB, USB 3.0|Buah|125000|KOMP|
fd128|Flashdisk|128 GB, USB 3.0|Buah|210000|KOMP|
hdd1|Harddisk eksternal|1 TB, USB 3.0, 2,5 inch|Buah|850000|KOMP|
hdd2|Harddisk eksternal|2 TB, USB 3.0, 2,5 inch|Buah|1250000|KOMP|
mouse_usb|Mouse|Optik, kabel USB|Buah|65000|KOMP|
mouse_wl|Mouse|Wireless 2,4 GHz|Buah|120000|KOMP|
keyboard|Keyboard|USB standar|Buah|110000|KOMP|
utp6|Kabel UTP|Cat6, 305 m|Roll|2150000|KOMP|Meter:1/305
utp5|Kabel UTP|Cat5e, 305 m|Roll|1350000|KOMP|Meter:1/305
rj45|Konektor RJ45|Cat6|Box isi 100|185000|KOMP|Buah:1/100
microsd64|Memory card microSD|64 GB, class 10|Buah|115000|KOMP|
microsd128|Memory card microSD|128 GB, class 10|Buah|195000|KOMP|
dvdr|DVD-R|4,7 GB|Pak isi 50|210000|KOMP|Keping:1/50
# 1.1.7.01.01.05|ALAT LISTRIK
led12|Lampu LED bulb|12 watt, E27|Buah|38000|LISTRIK|
led18|Lampu LED bulb|18 watt, E27|Buah|52000|LISTRIK|
led_tube|Lampu LED tube|T8 18 watt, 120 cm|Buah|62000|LISTRIK|
stopkontak4|Stop kontak/terminal|4 lubang, kabel 3 m|Buah|72000|LISTRIK|
stopkontak6|Stop kontak/terminal|6 lubang + saklar, kabel 5 m|Buah|125000|LISTRIK|
nym|Kabel listrik NYM|2 x 2,5 mm, 50 m|Roll|620000|LISTRIK|Meter:1/50
nya|Kabel listrik NYA|1 x 1,5 mm, 50 m|Roll|210000|LISTRIK|Meter:1/50
kabel_roll|Kabel roll|Gulung 15 m, 4 stop kontak|Buah|185000|LISTRIK|
bat_aa|Baterai alkaline|AA|Pak isi 4|34000|LISTRIK|Buah:1/4
bat_aaa|Baterai alkaline|AAA|Pak isi 4|32000|LISTRIK|Buah:1/4
bat_9v|Baterai alkaline|9 volt|Buah|28000|LISTRIK|
senter|Senter LED|Rechargeable, 10 watt|Buah|95000|LISTRIK|
headlamp|Senter kepala (headlamp)|LED, rechargeable|Buah|85000|LISTRIK|
# 1.1.7.01.01.06|BAHAN KEBERSIHAN DAN KESEHATAN
sabun_cair|Sabun cuci tangan cair|Refill 400 ml|Pouch|22000|BERSIH|
pembersih_lantai|Cairan pembersih lantai|800 ml|Botol|18000|BERSIH|
kantong_sampah|Kantong sampah|Hitam, 60 x 100 cm|Pak isi 10|14000|BERSIH|
sapu_ijuk|Sapu ijuk|Gagang kayu|Buah|35000|BERSIH|
tisu|Tisu wajah|250 lembar|Pak|16500|BERSIH|Karton isi 48 pak:48
masker|Masker medis|3 ply, earloop|Box isi 50|28000|BERSIH|Buah:1/50
hand_sanitizer|Hand sanitizer|500 ml|Botol|45000|BERSIH|
sarung_latex|Sarung tangan latex|Ukuran M|Box isi 100|95000|BERSIH|Pasang:1/50
sarung_nitril|Sarung tangan nitril|Ukuran M, non-powder|Box isi 100|125000|BERSIH|Pasang:1/50
p3k_a|Kotak P3K|Tipe A, isi lengkap|Set|450000|OBAT|
p3k_b|Kotak P3K|Tipe B (kecil), isi standar|Set|275000|OBAT|
oralit|Oralit|Sachet 200 ml|Kotak isi 100|85000|OBAT|Sachet:1/100
kayu_putih|Minyak kayu putih|60 ml|Botol|24000|OBAT|
kasa|Kasa steril|16 x 16 cm|Box isi 10|22000|OBAT|
paracetamol|Paracetamol tablet|500 mg|Strip isi 10|4500|OBAT|
# 1.1.7.01.02.01|BAHAN BAKAR DAN PELUMAS
pertalite|Bensin|Pertalite (RON 90)|Liter|10000|BBM|
pertamax|Bensin|Pertamax (RON 92)|Liter|12950|BBM|
biosolar|Solar|Biosolar B40|Liter|6800|BBM|
dexlite|Solar|Dexlite|Liter|13500|BBM|
oli4|Oli mesin|Kendaraan roda 4, kemasan 4 liter|Galon|325000|BBM|
oli2|Oli mesin|Kendaraan roda 2, 0,8 liter|Botol|55000|BBM|
# 1.1.7.01.02.02|PAKAIAN DAN PERLENGKAPAN LAPANGAN
rompi_reflektor|Rompi reflektor|Scotchlite, oranye|Buah|85000|PAKAIAN|
rompi_drill|Rompi lapangan|Kain drill, bordir logo|Buah|185000|PAKAIAN|
jas_hujan|Jas hujan setelan|PVC tebal|Setel|165000|PAKAIAN|
ponco|Jas hujan ponco|Parasut|Buah|75000|PAKAIAN|
topi_lap|Topi lapangan|Drill, bordir logo|Buah|55000|PAKAIAN|
sepatu_pdl|Sepatu PDL|Kulit, model lars|Pasang|485000|PAKAIAN|
sepatu_boot|Sepatu boot karet|Tinggi 35 cm|Pasang|145000|PAKAIAN|
kaos_olahraga|Kaos olahraga|Cotton combed 30s, sablon 1 sisi|Buah|85000|PAKAIAN|
kaos_peserta|Kaos kegiatan/peserta|Cotton combed 24s, sablon logo|Buah|75000|PAKAIAN|Lusin:12
helm_damkar|Helm pemadam kebakaran|Fiber, dengan visor dan pelindung leher|Buah|1450000|PAKAIAN|
fire_suit|Pakaian pemadam (fire suit)|Nomex, setelan jaket + celana|Setel|8500000|PAKAIAN|
sarung_damkar|Sarung tangan pemadam|Kulit tahan panas|Pasang|350000|PAKAIAN|
sepatu_damkar|Sepatu boot pemadam|Karet tahan panas, steel toe|Pasang|1650000|PAKAIAN|
# 1.1.7.01.02.03|BAHAN DAN PERLENGKAPAN PEMADAM/SAR
refill_apar3|Isi ulang APAR|Powder 3 kg|Tabung|175000|BAHANLAIN|
refill_apar6|Isi ulang APAR|Powder 6 kg|Tabung|275000|BAHANLAIN|
foam_afff|Foam konsentrat|AFFF 3%, jerigen 20 liter|Jerigen|1650000|BAHANLAIN|
karung_pasir|Karung pasir (sand bag)|Karung plastik 50 x 80 cm|Lembar|3500|BAHANLAIN|Ikat isi 100 lembar:100
terpal|Terpal plastik|4 x 6 m, A5|Lembar|185000|BAHANLAIN|
tali_kernmantel|Tali kernmantel|Statik 10,5 mm, 50 m|Roll|1850000|SAR|
life_jacket|Pelampung (life jacket)|Dewasa, standar SOLAS|Buah|285000|SAR|
ring_buoy|Ring buoy|Diameter 70 cm|Buah|425000|SAR|
velbed|Velbed/tempat tidur lipat|Rangka aluminium|Buah|425000|SAR|
matras|Matras busa|180 x 90 x 5 cm|Buah|185000|SAR|
selimut|Selimut|Polar fleece 150 x 200 cm|Lembar|75000|SAR|Kodi:20
# 1.1.7.01.03.01|BAHAN PANGAN, PERTANIAN DAN KIMIA
beras_premium|Beras premium|Kemasan 5 kg|Karung|78000|SERAH|Kg:1/5
beras_medium|Beras medium|Kemasan 5 kg|Karung|68000|SERAH|Kg:1/5
minyak_goreng|Minyak goreng|Kemasan pouch 2 liter|Pouch|38000|SERAH|Dus isi 6 pouch:6
gula_pasir|Gula pasir|Kemasan 1 kg|Kg|18500|SERAH|Karung 50 kg:50
telur|Telur ayam ras|Curah|Kg|28000|SERAH|
mie_instan|Mie instan|Kemasan dus isi 40|Dus|115000|SERAH|Bungkus:1/40
sarden|Ikan sarden kaleng|425 gram|Kaleng|26000|SERAH|
test_formalin|Test kit formalin|Isi 50 tes|Kit|450000|KIMIA|
test_boraks|Test kit boraks|Isi 50 tes|Kit|425000|KIMIA|
test_rhodamin|Test kit rhodamin B|Isi 50 tes|Kit|450000|KIMIA|
test_pestisida|Test kit residu pestisida|Isi 20 tes|Kit|1150000|KIMIA|
pupuk_npk|Pupuk NPK|Phonska 15-15-15|Kg|11500|PUPUK|Karung 50 kg:50
pupuk_organik|Pupuk organik granul|Kemasan 40 kg|Karung|100000|PUPUK|
benih_padi|Benih padi|Varietas unggul, label biru|Kg|18000|PUPUK|
bibit_cabai|Bibit cabai|Polybag, umur 3 minggu|Batang|1500|PUPUK|
# 1.1.7.01.03.02|SUVENIR DAN OLAHRAGA
plakat|Plakat|Kayu + akrilik, kotak beludru|Buah|285000|SOUV|
tumbler|Tumbler|Stainless 500 ml, sablon logo|Buah|65000|SOUV|
tas_seminar|Tas seminar|Tas dokumen kain, sablon logo|Buah|55000|SOUV|Kodi:20
goodie_bag|Goodie bag|Spunbond 75 gram, sablon|Buah|8500|SOUV|Kodi:20
piala|Piala|Tinggi 60 cm|Buah|650000|SOUV|
medali|Medali|Logam 6 cm, dengan tali|Buah|35000|SOUV|
bola_sepak|Bola sepak|Ukuran 5, standar pertandingan|Buah|450000|OLAHRAGA|
bola_voli|Bola voli|Standar pertandingan|Buah|350000|OLAHRAGA|
net_voli|Net voli|Standar pertandingan|Buah|450000|OLAHRAGA|
# 1.1.7.01.01.07|PERLENGKAPAN KANTOR LAINNYA
kalkulator|Kalkulator|12 digit, meja|Buah|135000|ATK|
penghapus|Penghapus pensil|Karet putih|Kotak isi 40|48000|ATK|Buah:1/40
rautan|Rautan pensil|Meja, putar|Buah|45000|ATK|
penggaris|Penggaris besi|30 cm|Buah|12000|ATK|
bantalan_stempel|Bantalan stempel|No. 2|Buah|21000|ATK|
tinta_stempel|Tinta stempel|Botol 30 ml, ungu|Botol|11000|ATK|
cap_stempel|Stempel karet otomatis|Ukuran 4 x 6 cm|Buah|185000|CETAK|
box_arsip|Box arsip|Plastik, folio|Buah|42000|ATK|
box_arsip_karton|Box arsip|Karton tebal, folio|Buah|18500|ATK|
whiteboard_kecil|Papan tulis whiteboard|60 x 90 cm, gantung|Buah|235000|ATK|
papan_pengumuman|Papan pengumuman gabus|90 x 120 cm, bingkai aluminium|Buah|425000|ATK|
kertas_a3|Kertas HVS|A3 80 gram|Rim|128000|KERTAS|
kertas_continuous|Kertas continuous form|9,5 x 11 inch, 1 ply|Box isi 2.000 lembar|285000|KERTAS|
laminating|Plastik laminating|A4, 100 mic|Pak isi 100|95000|KERTAS|
tinta_refill_laser|Serbuk toner isi ulang|Botol 100 gram|Botol|95000|KOMP|
usb_hub|USB hub|4 port USB 3.0|Buah|145000|KOMP|
kabel_hdmi|Kabel HDMI|5 m, versi 2.0|Buah|95000|KOMP|
ssd_eks|SSD eksternal|1 TB, USB-C|Buah|1650000|KOMP|
lampu_sorot|Lampu sorot LED|100 watt, outdoor IP65|Buah|385000|LISTRIK|
kabel_gulung30|Kabel roll|Gulung 30 m, 4 stop kontak|Buah|295000|LISTRIK|
pel_lantai|Alat pel lantai|Gagang aluminium + kain|Buah|65000|BERSIH|
ember|Ember plastik|20 liter, dengan tutup|Buah|45000|BERSIH|
pengharum|Pengharum ruangan|Aerosol 300 ml|Kaleng|38000|BERSIH|
cooler_box|Kotak pendingin (cool box)|Kapasitas 45 liter|Buah|685000|BAHANLAIN|
kantong_sampel|Kantong sampel plastik klip|Ukuran 15 x 20 cm|Pak isi 100|32000|BAHANLAIN|Buah:1/100
# 1.3.2.10.01|PERALATAN KOMPUTER (ASET)
laptop_i5|Laptop/notebook|Core i5/Ryzen 5, RAM 16 GB, SSD 512 GB, 14 inch|Unit|14500000|M_PC|
laptop_i7|Laptop/notebook|Core i7/Ryzen 7, RAM 16 GB, SSD 1 TB, 14 inch|Unit|19800000|M_PC|
laptop_i3|Laptop/notebook|Core i3, RAM 8 GB, SSD 256 GB, 14 inch|Unit|8900000|M_PC|
pc_aio|PC all-in-one|Core i5, RAM 8 GB, SSD 512 GB, layar 23,8 inch|Unit|13500000|M_PC|
printer_tangki|Printer inkjet tangki|A4, print/scan/copy|Unit|3150000|M_PERALPC|
printer_laser|Printer laser|Monokrom A4|Unit|2650000|M_PERALPC|
printer_dot|Printer dot matrix|9 pin, 80 kolom|Unit|4250000|M_PERALPC|
scanner_adf|Scanner dokumen|ADF, A4, 30 ppm|Unit|7850000|M_PERALPC|
ups|UPS|1.200 VA|Unit|1850000|M_PERALPC|
# 1.3.2.05|PERALATAN KANTOR DAN RUMAH TANGGA (ASET)
proyektor35|Proyektor/LCD projector|3.500 lumen, XGA|Unit|7250000|M_KANTOR|
proyektor40|Proyektor/LCD projector|4.000 lumen, WXGA|Unit|9800000|M_KANTOR|
layar_tripod|Layar proyektor|Tripod 70 inch|Unit|1150000|M_KANTOR|
megaphone|Megaphone|25 watt, rechargeable|Unit|950000|M_KANTOR|
ac1|AC split|1 PK, standar|Unit|4650000|M_PENDINGIN|
ac15|AC split|1,5 PK, standar|Unit|5850000|M_PENDINGIN|
ac2|AC split|2 PK, standar|Unit|7650000|M_PENDINGIN|
kamera_ml|Kamera mirrorless|24 MP, lensa kit|Unit|13500000|M_STUDIO|
meja_half|Meja kerja|1/2 biro, kayu olahan|Buah|1450000|M_MEBEL|
meja_full|Meja kerja|1 biro, kayu olahan|Buah|2650000|M_MEBEL|
kursi_putar|Kursi kerja putar|Sandaran sedang, beroda|Buah|1150000|M_MEBEL|
kursi_lipat|Kursi lipat besi|Rangka besi, dudukan busa|Buah|285000|M_MEBEL|
lemari_laci|Lemari arsip besi|4 laci|Buah|3450000|M_MEBEL|
lemari_kaca|Lemari arsip besi|Pintu kaca sliding|Buah|3150000|M_MEBEL|
ht_uhf|Handy talky (HT)|UHF 5 watt, IP54|Unit|2150000|M_KOM|
rig_vhf|Radio rig|VHF 50 watt, termasuk antena|Unit|6850000|M_KOM|
# 1.3.2.04|PERALATAN PEMADAM, SAR DAN PEMBANGKIT (ASET)
apar3|APAR|Powder 3 kg, tabung + bracket|Tabung|650000|M_DAMKAR|
apar6|APAR|Powder 6 kg, tabung + bracket|Tabung|1050000|M_DAMKAR|
apar_co2|APAR|CO2 5 kg|Tabung|1850000|M_DAMKAR|
selang25|Selang pemadam|Kanvas 2,5 inch x 20 m, kopling machino|Roll|2850000|M_DAMKAR|
selang15|Selang pemadam|Kanvas 1,5 inch x 20 m, kopling machino|Roll|1950000|M_DAMKAR|
nozzle|Nozzle jet/spray|1,5 inch|Buah|1250000|M_DAMKAR|
pompa_apung|Pompa apung portable|5,5 HP|Unit|8750000|M_DAMKAR|
genset5|Genset portable|5.000 watt, bensin|Unit|9850000|M_LISTRIK|
genset25|Genset portable|2.500 watt, bensin|Unit|5250000|M_LISTRIK|
tenda_pleton|Tenda pleton|6 x 10 m, dengan rangka|Unit|18500000|M_SAR|
tenda_keluarga|Tenda keluarga|3 x 4 m|Unit|3250000|M_SAR|
perahu_karet|Perahu karet|4,2 m, kapasitas 10 orang|Unit|38500000|M_SAR|
mesin_tempel|Mesin tempel (outboard)|15 PK, 2 tak|Unit|32500000|M_SAR|
"""

SBU = """
# SBU.1|HONORARIUM
nars_es2|Honorarium narasumber|Pejabat Eselon II/setingkat|OJ|1000000|HONOR|Jam:1
nars_es3|Honorarium narasumber|Pejabat Eselon III ke bawah/setingkat|OJ|900000|HONOR|Jam:1
nars_non|Honorarium narasumber|Non-ASN/praktisi/akademisi|OJ|900000|HONOR|Jam:1
moderator|Honorarium moderator|Kegiatan di dalam kantor/luar kantor|OK|700000|HONOR|Orang/Kali:1
mc|Honorarium pembawa acara (MC)|Per kegiatan|OK|400000|HONOR|Orang/Kali:1
pan_pj|Honorarium panitia|Penanggung jawab|OK|450000|HONOR|Orang/Kali:1
pan_ketua|Honorarium panitia|Ketua|OK|400000|HONOR|Orang/Kali:1
pan_sek|Honorarium panitia|Sekretaris|OK|300000|HONOR|Orang/Kali:1
pan_anggota|Honorarium panitia|Anggota|OK|300000|HONOR|Orang/Kali:1
tim_pengarah|Honorarium tim pelaksana kegiatan|Pengarah|OB|1500000|HONORTIM|Orang/Bulan:1
tim_ketua|Honorarium tim pelaksana kegiatan|Ketua|OB|1250000|HONORTIM|Orang/Bulan:1
tim_sek|Honorarium tim pelaksana kegiatan|Sekretaris|OB|1000000|HONORTIM|Orang/Bulan:1
tim_anggota|Honorarium tim pelaksana kegiatan|Anggota|OB|900000|HONORTIM|Orang/Bulan:1
isyarat|Honorarium penerjemah bahasa isyarat|Per jam|OJ|250000|HONOR|
# SBU.2|UANG TRANSPORT DAN UANG SAKU PESERTA
transport_peserta|Uang transport peserta kegiatan|Dalam kota, non-ASN|OK|150000|TRANSPESERTA|Orang/Kali:1
saku_fullday|Uang saku peserta|Rapat/pertemuan fullday di luar kantor|OH|150000|TRANSPESERTA|Orang/Hari:1
saku_halfday|Uang saku peserta|Rapat/pertemuan halfday di luar kantor|OH|100000|TRANSPESERTA|
# SBU.3|KONSUMSI RAPAT DAN KEGIATAN
nasi_kotak|Makanan rapat (nasi kotak)|Rapat/kegiatan di kantor|OK|45000|MAMIN|Kotak:1;Orang/Kali:1
snack_rapat|Kudapan rapat (snack)|Rapat/kegiatan di kantor|OK|22000|MAMIN|Kotak:1;Orang/Kali:1
prasmanan|Makanan prasmanan|Rapat/kegiatan, minimal 50 orang|OK|75000|MAMIN|
jamuan|Makanan jamuan tamu|Tamu pejabat setingkat eselon I/II|OK|125000|MAMIN|
nasi_lap|Makanan aktivitas lapangan (nasi kotak)|Petugas lapangan/piket|OK|40000|MAMINLAP|Kotak:1;Orang/Hari:1;OH:1
snack_lap|Kudapan aktivitas lapangan|Petugas lapangan/piket|OK|18000|MAMINLAP|Kotak:1;OH:1
extra_fooding|Makanan penambah daya tahan tubuh|Petugas piket/siaga malam|OH|25000|MAMINLAP|
air_gelas|Air mineral gelas|220 ml|Dus isi 48|32000|MAMIN|Gelas:1/48
air_botol|Air mineral botol|600 ml|Dus isi 24|52000|MAMIN|Botol:1/24
air_galon|Air mineral galon isi ulang|19 liter|Galon|22000|MAMIN|
# SBU.4|PERJALANAN DINAS
uh_dalamkota|Uang harian perjalanan dinas dalam kota|Lebih dari 8 jam|OH|170000|PDDALAM|
transport_dalamkota|Transport perjalanan dinas dalam kota|Per kali perjalanan|OK|100000|PDDALAM|
uh_kaltim|Uang harian luar kota dalam provinsi|Kalimantan Timur|OH|380000|PDBIASA|
uh_dki|Uang harian perjalanan dinas luar provinsi|DKI Jakarta|OH|530000|PDBIASA|
uh_jatim|Uang harian perjalanan dinas luar provinsi|Jawa Timur|OH|410000|PDBIASA|
uh_sulsel|Uang harian perjalanan dinas luar provinsi|Sulawesi Selatan|OH|430000|PDBIASA|
uh_bali|Uang harian perjalanan dinas luar provinsi|Bali|OH|480000|PDBIASA|
uh_diy|Uang harian perjalanan dinas luar provinsi|D.I. Yogyakarta|OH|420000|PDBIASA|
inap_dki_es2|Biaya penginapan|DKI Jakarta, Eselon II|OH|1490000|PDBIASA|Orang/Malam:1
inap_dki_gol4|Biaya penginapan|DKI Jakarta, Eselon III/Gol. IV|OH|1100000|PDBIASA|Orang/Malam:1
inap_dki_gol3|Biaya penginapan|DKI Jakarta, Eselon IV/Gol. III ke bawah|OH|850000|PDBIASA|Orang/Malam:1
inap_jatim_gol3|Biaya penginapan|Jawa Timur, Eselon IV/Gol. III ke bawah|OH|750000|PDBIASA|Orang/Malam:1
inap_bali_gol3|Biaya penginapan|Bali, Eselon IV/Gol. III ke bawah|OH|900000|PDBIASA|Orang/Malam:1
inap_kaltim_gol3|Biaya penginapan|Kalimantan Timur, Eselon IV/Gol. III ke bawah|OH|700000|PDBIASA|Orang/Malam:1
tiket_cgk|Tiket pesawat PP|Samarinda (AAP) - Jakarta (CGK), kelas ekonomi|Orang/PP|4350000|PDBIASA|
tiket_cgk_bis|Tiket pesawat PP|Samarinda (AAP) - Jakarta (CGK), kelas bisnis|Orang/PP|9800000|PDBIASA|
tiket_sub|Tiket pesawat PP|Samarinda (AAP) - Surabaya (SUB), kelas ekonomi|Orang/PP|3250000|PDBIASA|
tiket_upg|Tiket pesawat PP|Samarinda (AAP) - Makassar (UPG), kelas ekonomi|Orang/PP|2950000|PDBIASA|
tiket_dps|Tiket pesawat PP|Samarinda (AAP) - Denpasar (DPS), kelas ekonomi|Orang/PP|3850000|PDBIASA|
tiket_yia|Tiket pesawat PP|Samarinda (AAP) - Yogyakarta (YIA), kelas ekonomi|Orang/PP|3650000|PDBIASA|
darat_bpn|Transport darat PP|Samarinda - Balikpapan|Orang/PP|350000|PDBIASA|
darat_bontang|Transport darat PP|Samarinda - Bontang|Orang/PP|300000|PDBIASA|
darat_tgr|Transport darat PP|Samarinda - Tenggarong|Orang/PP|150000|PDBIASA|
taksi_dki|Taksi bandara|DKI Jakarta, sekali jalan|Orang/Kali|256000|PDBIASA|
# SBU.5|SEWA GEDUNG, PERALATAN DAN KENDARAAN
aula50|Sewa ruang pertemuan/aula|Kapasitas s.d. 50 orang, termasuk sound system|Hari|3500000|SEWAGEDUNG|
aula100|Sewa ruang pertemuan/aula|Kapasitas 51 s.d. 100 orang, termasuk sound system|Hari|6000000|SEWAGEDUNG|
gedung250|Sewa gedung serbaguna|Kapasitas s.d. 250 orang|Hari|8500000|SEWAGEDUNG|
tenda_terop|Sewa tenda terop|4 x 6 m|Unit/Hari|650000|SEWAALAT|Unit:1
tenda_sarnafil|Sewa tenda sarnafil|5 x 10 m, dengan dekorasi|Unit/Hari|1500000|SEWAALAT|Unit:1
sewa_kursi|Sewa kursi futura|Termasuk sarung|Buah/Hari|7500|SEWAALAT|Buah:1
sewa_meja|Sewa meja|Meja persegi + taplak|Buah/Hari|60000|SEWAALAT|Buah:1
sound1k|Sewa sound system|1.000 watt, 2 mic wireless|Paket/Hari|1750000|SEWAALAT|Paket:1
sound5k|Sewa sound system|5.000 watt, line array, operator|Paket/Hari|4500000|SEWAALAT|Paket:1
sewa_lcd|Sewa LCD projector + layar|3.000 lumen ke atas|Unit/Hari|650000|SEWAALAT|Unit:1
sewa_genset|Sewa genset|10 kVA, termasuk operator|Unit/Hari|1500000|SEWAALAT|Unit:1
sewa_minibus|Sewa kendaraan minibus/MPV|Termasuk pengemudi dan BBM|Unit/Hari|850000|SEWAKEND|Unit:1
sewa_dcab|Sewa kendaraan double cabin 4WD|Termasuk pengemudi dan BBM|Unit/Hari|1450000|SEWAKEND|Unit:1
sewa_bus30|Sewa bus|Kapasitas 30 seat, termasuk pengemudi dan BBM|Unit/Hari|2750000|SEWAKEND|Unit:1
sewa_bus50|Sewa bus|Kapasitas 50 seat, termasuk pengemudi dan BBM|Unit/Hari|3850000|SEWAKEND|Unit:1
sewa_truk|Sewa truk|Engkel 4 ton, termasuk pengemudi dan BBM|Unit/Hari|1650000|SEWAKEND|Unit:1
sewa_pickup|Sewa mobil pick up|Termasuk pengemudi dan BBM|Unit/Hari|750000|SEWAKEND|Unit:1
# SBU.6|JASA DOKUMENTASI, PUBLIKASI DAN PEMELIHARAAN
dok_foto|Jasa dokumentasi foto dan video|Kegiatan 1 hari, termasuk editing|Paket|3500000|JASADOK|Kegiatan:1
dok_foto_half|Jasa dokumentasi foto|Kegiatan setengah hari, cetak 20 lembar|Paket|1250000|JASADOK|
iklan_koran|Iklan media cetak|Koran lokal, 1/4 halaman berwarna|Tayang|6500000|IKLAN|Kali:1
iklan_radio|Iklan radio|Spot 60 detik|Spot|350000|IKLAN|Kali:1
video_profil|Produksi video profil|Durasi 3-5 menit|Paket|15000000|IKLAN|
servis_r4|Servis berkala kendaraan roda 4|Termasuk jasa dan bahan ringan|Kali|1250000|PEMKEND|Unit/Kali:1
servis_r2|Servis berkala kendaraan roda 2|Termasuk jasa dan bahan ringan|Kali|250000|PEMKEND|Unit/Kali:1
servis_damkar|Servis berkala kendaraan pemadam|Mobil pompa, termasuk bahan ringan|Kali|4500000|PEMKEND|Unit/Kali:1
ganti_ban16|Penggantian ban kendaraan roda 4|Ring 16, termasuk jasa|Buah|1350000|PEMKEND|
"""


def parse(txt, prefix):
    rows, group_code, group_name, seq = [], None, None, 0
    for ln in txt.strip().splitlines():
        if ln.startswith('#'):
            group_code, group_name = ln[1:].strip().split('|')
            seq = 0
            continue
        p = ln.split('|')
        seq += 1
        alts = {}
        if len(p) > 6 and p[6].strip():
            for a in p[6].split(';'):
                u, c = a.rsplit(':', 1)
                if '/' in c:
                    n, d = c.split('/')
                    alts[u] = (int(n), int(d))
                else:
                    alts[u] = (float(c), 1) if '.' in c else (int(c), 1)
        rows.append(dict(id=p[0], name=p[1], spec=p[2], unit=p[3], price=int(p[4]), acc=p[5],
                         alts=alts, group_code=group_code, group_name=group_name,
                         kode=f"{group_code}.{seq:03d}", cat=prefix))
    return rows
