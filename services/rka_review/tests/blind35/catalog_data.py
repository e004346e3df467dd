# Catalogue master data for review35 (invented, realistic). key|name|spec|unit|price|cls
SSH_TXT = """
## ALAT TULIS KANTOR
bp05|Ballpoint|tinta hitam 0,5 mm|Buah|3500|atk
bpgel|Pulpen Gel|0,5 mm, tinta gel hitam|Buah|9500|atk
pensil2b|Pensil 2B|kayu, standar ujian|Buah|4500|atk
spidolwb|Spidol Whiteboard|isi ulang, warna hitam/biru|Buah|11000|atk
spidolperm|Spidol Permanen|ujung bulat, hitam|Buah|10500|atk
stabilo|Stabilo/Highlighter|warna kuning|Buah|9000|atk
map_plastik|Map Plastik Kancing|ukuran folio|Buah|4000|atk
map_snel|Map Snelhecter Plastik|folio|Buah|4500|atk
ordner|Ordner/Box File|folio, punggung 7 cm|Buah|38000|atk
stapler10|Stapler Kecil|isi staples No.10|Buah|22000|atk
stapler_besar|Stapler Besar|HD-50, kapasitas 100 lbr|Buah|115000|atk
isistaples10|Isi Staples No.10|1 dus isi 20 kotak kecil|Dus|42000|atk
isistaples3|Isi Staples No.3 (24/6)|kotak isi 1000|Kotak|7500|atk
lakban_bening|Lakban Bening|2 inch x 100 yard|Roll|14000|atk
lakban_coklat|Lakban Coklat|2 inch x 100 yard|Roll|15000|atk
lakban_kain|Lakban Kain Hitam|2 inch|Roll|21000|atk
doubletape|Double Tape|1 inch|Roll|9000|atk
binderclip155|Binder Clip No.155|kotak isi 12|Kotak|18000|atk
binderclip200|Binder Clip No.200|kotak isi 12|Kotak|27000|atk
penghapus|Penghapus Pensil|putih, kecil|Buah|3000|atk
tipex|Correction Tape|5 mm x 6 m|Buah|12000|atk
gunting|Gunting Kertas|sedang, 8 inch|Buah|17500|atk
cutter|Cutter Besar|L-500|Buah|19000|atk
amplop_coklat|Amplop Coklat|folio, dengan tali|Buah|2500|atk
amplop_putih|Amplop Putih Polos|uk. 110x230 mm, 1 dus isi 100|Dus|38000|atk
buku_folio|Buku Folio Bergaris|100 lembar, hard cover|Buah|28000|atk
buku_tulis|Buku Tulis|38 lembar|Buah|4000|atk
buku_ekspedisi|Buku Ekspedisi|100 lembar|Buah|15000|atk
papan_jalan|Papan Jalan (Clipboard)|folio, plastik|Buah|16000|atk
lem_kertas|Lem Kertas Cair|50 ml|Buah|5500|atk
kalkulator|Kalkulator|12 digit, meja|Buah|135000|atk
kalkulator_saku|Kalkulator Saku|8 digit|Buah|45000|atk
spidol_kecil|Spidol Snowman Kecil|warna, isi 12|Pak|38000|atk
## KERTAS DAN COVER
hvs_a4_70|Kertas HVS A4|70 gram|Rim|52000|kertas
hvs_a4_80|Kertas HVS A4|80 gram|Rim|60000|kertas
hvs_f4_70|Kertas HVS F4/Folio|70 gram|Rim|58000|kertas
hvs_f4_80|Kertas HVS F4/Folio|80 gram|Rim|66000|kertas
hvs_a3_80|Kertas HVS A3|80 gram|Rim|125000|kertas
hvs_a4_75|Kertas HVS A4|75 gram|Rim|56000|kertas
hvs_b5|Kertas HVS B5|70 gram|Rim|45000|kertas
kertas_warna|Kertas HVS Warna|A4 80 gram|Rim|72000|kertas
kertas_buffalo|Kertas Buffalo/Cover|A4, 200 gram|Pak|38000|kertas
kertas_foto|Kertas Foto Glossy|A4, 230 gram, isi 20|Pak|45000|kertas
kertas_stiker|Kertas Stiker Label|A4 (Tom&Jerry No.103)|Pak|11000|kertas
kertas_sertifikat|Kertas Sertifikat|A4 motif, isi 100|Pak|85000|kertas
## BAHAN CETAK
spanduk|Cetak Spanduk|flexi 280 gr, per meter persegi|m2|35000|cetak
banner_xb|Cetak X-Banner|60x160 cm, termasuk rangka|Buah|175000|cetak
baliho|Cetak Baliho|flexi 340 gr, per meter persegi|m2|45000|cetak
leaflet|Cetak Leaflet|A4 lipat 3, art paper 120 gr, full color|Lembar|1500|cetak
brosur|Cetak Brosur|A5 art paper 150 gr, 2 sisi|Lembar|1200|cetak
stiker_vinyl|Cetak Stiker Vinyl|per meter persegi|m2|110000|cetak
blanko|Cetak Blanko/Formulir|HVS 70 gr, 1 warna|Lembar|400|cetak
buku_saku|Cetak Buku Saku|A6, 40 hlm, full color|Eksemplar|18000|cetak
sertifikat_cetak|Cetak Sertifikat/Piagam|art carton 260 gr|Lembar|6000|cetak
id_card|Cetak ID Card + Tali|PVC, 2 sisi|Buah|25000|cetak
kartu_tabungan|Cetak Buku Tabungan|A6, 16 hlm, cover art carton|Buah|7500|cetak
karcis|Cetak Karcis/Tiket Berporporasi|1 buku isi 100 lembar, bernomor seri|Buku|12500|cetak
## BAHAN KOMPUTER
flash16|Flashdisk|16 GB USB 3.0|Buah|75000|bkomp
flash32|Flashdisk|32 GB USB 3.0|Buah|95000|bkomp
flash64|Flashdisk|64 GB USB 3.0|Buah|135000|bkomp
flash8|Flashdisk|8 GB USB 2.0|Buah|55000|bkomp
ssd_int|SSD Internal|512 GB SATA 2,5 inch|Buah|875000|bkomp
hdd1tb|Harddisk Eksternal|1 TB USB 3.0|Buah|850000|bkomp
hdd2tb|Harddisk Eksternal|2 TB USB 3.0|Buah|1250000|bkomp
tinta_bk|Tinta Printer Botol|hitam, 70 ml (ink tank)|Botol|95000|bkomp
tinta_cl|Tinta Printer Botol|warna (C/M/Y), 70 ml|Botol|95000|bkomp
toner85|Toner Printer Laser|setara 85A, hitam|Buah|650000|bkomp
toner12|Toner Printer Laser|setara 12A, hitam|Buah|540000|bkomp
mouse|Mouse|USB, optik|Buah|85000|bkomp
mouse_wl|Mouse Wireless|2,4 GHz|Buah|145000|bkomp
keyboard|Keyboard|USB, standar|Buah|125000|bkomp
cd_r|CD-R / DVD-R|4,7 GB|Keping|6000|bkomp
kabel_lan|Kabel LAN UTP Cat 6|1 Box = 305 m|Roll|2150000|bkomp
rj45|Konektor RJ45|Cat 6, 1 kotak isi 100|Kotak|185000|bkomp
baterai_aa|Baterai Alkaline AA|isi 2|Pak|22000|bkomp
baterai_a2|Baterai Alkaline AA|isi 4|Pak|40000|bkomp
## ALAT LISTRIK
led9|Lampu LED|9 watt, fitting E27|Buah|38000|listrik
led5|Lampu LED|5 watt, fitting E27|Buah|26000|listrik
led_pju|Lampu PJU LED|60 watt, lengkap armatur|Buah|1350000|listrik
led13|Lampu LED|13 watt, fitting E27|Buah|52000|listrik
led18|Lampu LED|18 watt, fitting E27|Buah|68000|listrik
led_tl|Lampu LED TL/Tube|18 watt, 120 cm|Buah|72000|listrik
lampu_sorot50|Lampu Sorot LED (Floodlight)|50 watt, outdoor IP65|Buah|285000|listrik
lampu_sorot100|Lampu Sorot LED (Floodlight)|100 watt, outdoor IP65|Buah|465000|listrik
nym2x15|Kabel Listrik NYM|2 x 1,5 mm, 1 roll 50 m|Roll|465000|listrik
nym2x25|Kabel Listrik NYM|2 x 2,5 mm, 1 roll 50 m|Roll|690000|listrik
nym3x25|Kabel Listrik NYM|3 x 2,5 mm, 1 roll 50 m|Roll|955000|listrik
stopkontak|Stop Kontak Arde|4 lubang + kabel 3 m|Buah|78000|listrik
sakelar|Saklar Tunggal|inbow|Buah|24000|listrik
kabel_roll|Kabel Roll|gulungan 20 m, 4 lubang|Buah|285000|listrik
senter_led|Senter LED Cas|lithium, 3 mode, 500 lumen|Buah|145000|listrik
senter_kepala|Senter Kepala (Headlamp)|LED cas|Buah|95000|listrik
mcb|MCB 1 Phase|10 A|Buah|62000|listrik
## BAHAN BAKAR DAN PELUMAS
pertalite|Bensin Pertalite|RON 90|Liter|10000|bbm
pertamax|Bensin Pertamax|RON 92|Liter|12500|bbm
solar|Solar/Biosolar|B40 subsidi|Liter|6800|bbm
dexlite|Dexlite|non subsidi|Liter|13500|bbm
oli_mesin|Oli Mesin Diesel|SAE 15W-40, kemasan 5 liter|Galon|385000|bbm
oli_motor|Oli Mesin Motor|SAE 10W-30, 0,8 liter|Botol|55000|bbm
oli_mobil|Oli Mesin Mobil Bensin|SAE 10W-40, 4 liter|Galon|310000|bbm
gemuk|Gemuk/Grease|kaleng 1 kg|Kaleng|75000|bbm
## BAHAN KIMIA DAN KEBERSIHAN
pembersih_lantai|Cairan Pembersih Lantai|jerigen 5 liter|Jerigen|95000|kimia
karbol|Karbol/Desinfektan|jerigen 5 liter|Jerigen|110000|kimia
pembersih_kaca|Pembersih Kaca|refill 425 ml|Botol|16000|kimia
sabun_cuci_tangan|Sabun Cuci Tangan Cair|jerigen 5 liter|Jerigen|125000|kimia
pengharum|Pengharum Ruangan Semprot|kaleng 300 ml|Kaleng|32000|kimia
tisu_gulung|Tisu Toilet Gulung|isi 10 roll|Pak|38000|kebersihan
tisu_kotak|Tisu Wajah Kotak|250 sheet|Kotak|17500|kebersihan
kantong_sampah_besar|Kantong Plastik Sampah|90 x 120 cm, hitam, isi 10|Pak|22000|kebersihan
kantong_sampah_kecil|Kantong Plastik Sampah|60 x 100 cm, hitam, isi 10|Pak|15000|kebersihan
kantong_kuning|Kantong Plastik Sampah Medis Kuning|60 x 80 cm, isi 50|Pak|78000|kebersihan
keset|Keset Kaki|karet, 40 x 60 cm|Buah|45000|kebersihan
selang_taman|Selang Air Taman|1/2 inch, 1 roll 30 m|Roll|185000|kebersihan
sarung_latex|Sarung Tangan Latex|1 kotak isi 100|Kotak|95000|kebersihan
sapu_plastik|Sapu Plastik|ijuk sintetis|Buah|32000|kebersihan
## PAKAIAN DINAS DAN ATRIBUT
pdl_satpol|Pakaian Dinas Lapangan (PDL) Satpol PP|bahan American drill, lengkap atribut|Stel|650000|pakaian
pdh|Pakaian Dinas Harian (PDH)|bahan drill, jahit|Stel|450000|pakaian
seragam_petugas|Seragam Petugas Lapangan|kemeja + celana, drill, bordir|Stel|385000|pakaian
rompi_reflektif|Rompi Reflektif (Scotlight)|hijau stabilo, jaring|Buah|65000|pakaian
rompi_pelampung|Rompi Pelampung (Life Jacket)|dewasa, busa|Buah|285000|pakaian
rompi_dishub|Rompi Dishub Reflektif|bahan drill, logo bordir|Buah|165000|pakaian
jas_hujan|Jas Hujan Setelan|PVC, jaket + celana|Stel|135000|pakaian
sepatu_pdl|Sepatu PDL|kulit, sol karet|Pasang|475000|pakaian
sepatu_boot|Sepatu Boot Karet|setinggi betis|Pasang|115000|pakaian
topi_lapangan|Topi Lapangan|bordir logo|Buah|55000|pakaian
kaos_olahraga|Kaos Olahraga Pegawai|dry fit, sablon|Buah|95000|pakaian
baju_batik|Kain Batik Korpri|bahan katun, 2,25 m|Potong|185000|pakaian
kostum_drumband|Kostum Drumband|lengkap topi|Stel|850000|pakaian
kostum_tari|Kostum Tari Daerah|set lengkap|Stel|1250000|pakaian
## PERLENGKAPAN LALU LINTAS
cone70|Traffic Cone|70 cm, reflektif 2 strip|Buah|145000|lalin
cone90|Traffic Cone|90 cm, reflektif 2 strip|Buah|225000|lalin
cone_led|Traffic Cone LED|70 cm, lampu kedip baterai|Buah|395000|lalin
water_barrier|Water Barrier|plastik HDPE, 1,5 m|Buah|875000|lalin
tongkat_lalin|Tongkat Lalu Lintas LED|panjang 54 cm, cas|Buah|125000|lalin
peluit|Peluit|logam + tali|Buah|25000|lalin
cat_marka|Cat Marka Jalan Thermoplastic|putih, karung 25 kg|Karung|725000|lalin
cat_marka_kuning|Cat Marka Jalan Thermoplastic|kuning, karung 25 kg|Karung|765000|lalin
glass_bead|Glass Bead (Manik Kaca)|karung 25 kg|Karung|385000|lalin
paku_jalan|Paku Jalan (Road Stud)|aluminium, 2 sisi reflektor|Buah|95000|lalin
rambu_pk|Rambu Lalu Lintas|daun 60 cm, tiang 3 m, reflektif EG|Unit|1450000|lalin_modal
rambu_pk75|Rambu Lalu Lintas|daun 75 cm, tiang 3,5 m, reflektif HIP|Unit|1950000|lalin_modal
rppj|Rambu Pendahulu Petunjuk Jurusan (RPPJ)|1,2 x 2,4 m, tiang ganda|Unit|14500000|lalin_modal
delineator|Delineator|patok reflektor, tinggi 1 m|Buah|185000|lalin
cermin_tikungan|Cermin Tikungan (Convex Mirror)|diameter 80 cm, tiang 3 m|Unit|2150000|lalin_modal
## ALAT KOMUNIKASI DAN PERALATAN
ht|Handy Talky (HT)|VHF, 5 watt, baterai Li-ion|Unit|1850000|alat_modal
ht_baterai|Baterai HT|Li-ion 2000 mAh|Buah|285000|bkomp
megaphone|Megaphone|25 watt, rechargeable|Unit|650000|listrik
timbangan_digital|Timbangan Digital Gantung|kapasitas 150 kg|Unit|675000|alat_modal
timbangan_duduk|Timbangan Duduk Digital|kapasitas 300 kg|Unit|2350000|alat_modal
timbangan_dapur|Timbangan Dapur Digital|kapasitas 10 kg|Unit|185000|alat_modal
gerobak_sampah|Gerobak Sampah|besi, 1 m3, roda 2|Unit|3250000|alat_modal
tong_sampah_120|Tong Sampah Beroda|HDPE 120 liter|Buah|875000|alat_modal
tong_sampah_60|Tong Sampah Pedal|plastik 60 liter|Buah|315000|kebersihan
kontainer_sampah|Kontainer Sampah Armroll|6 m3, plat 4 mm|Unit|48500000|alat_modal
borgol|Borgol|stainless, kunci 2|Buah|185000|alat_modal
tongkat_t|Tongkat T (T-Baton)|polycarbonate|Buah|165000|perlengkapan
tameng|Tameng Dalmas|polycarbonate, 3 mm|Buah|1250000|alat_modal
## PERABOT DAN ALAT RUMAH TANGGA
termos_air|Termos Air|3 liter|Buah|125000|rumahtangga
dispenser|Dispenser Air|hot & normal|Unit|650000|alat_modal
galon_air|Air Mineral Galon (isi ulang)|19 liter|Galon|22000|konsumsi_bahan
air_mineral_dus|Air Mineral Kemasan|600 ml, 1 dus isi 24|Dus|48000|konsumsi_bahan
gelas_plastik|Air Mineral Gelas|220 ml, 1 dus isi 48|Dus|32000|konsumsi_bahan
kursi_lipat|Kursi Lipat Besi|dudukan busa|Buah|285000|alat_modal
kursi_kerja|Kursi Kerja Putar|hidrolik, sandaran jaring|Buah|1150000|alat_modal
meja_kerja|Meja Kerja 1/2 Biro|120 x 60 cm|Buah|1650000|alat_modal
lemari_arsip|Lemari Arsip Besi|4 laci|Unit|3450000|alat_modal
filing_cabinet|Filing Cabinet|3 laci|Unit|2650000|alat_modal
## PERALATAN KOMPUTER (ASET)
laptop|Laptop/Notebook|Core i5 gen terbaru, RAM 16 GB, SSD 512 GB, 14 inch|Unit|14500000|it_modal
laptop_i7|Laptop/Notebook|Core i7, RAM 16 GB, SSD 1 TB, 14 inch|Unit|19750000|it_modal
pc_aio|PC All in One|Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch|Unit|13250000|it_modal
printer_it|Printer Ink Tank|A4, print/scan/copy|Unit|3150000|it_modal
printer_f4|Printer Ink Tank F4|F4/Legal, print/scan/copy, WiFi|Unit|3950000|it_modal
proyektor|LCD Proyektor|3.600 lumen, XGA|Unit|7250000|studio_modal
ups|UPS|1200 VA|Unit|1650000|it_modal
kamera|Kamera Digital Mirrorless|24 MP + lensa kit|Unit|11500000|studio_modal
cctv|Kamera CCTV|IP camera 4 MP outdoor|Unit|1350000|studio_modal
tv55|Televisi LED|55 inch, smart TV|Unit|8950000|studio_modal
ac05|AC Split|1/2 PK, standar|Unit|3850000|ac_modal
ac1|AC Split|1 PK, standar|Unit|4950000|ac_modal
ac15|AC Split|1,5 PK, standar|Unit|6450000|ac_modal
## PERLENGKAPAN KEGIATAN
seminar_kit|Seminar Kit|tas + block note + pulpen|Paket|85000|atk
plakat|Plakat/Cendera Mata|akrilik, kotak beludru|Buah|350000|suvenir
trofi|Piala/Trofi|tinggi 60 cm|Buah|650000|suvenir
trofi_burung|Piala Lomba Burung Kicau|tinggi 45 cm|Buah|475000|suvenir
bendera_merah_putih|Bendera Merah Putih|1,2 x 1,8 m, kain|Buah|85000|perlengkapan
umbul|Umbul-Umbul|kain, 5 m|Buah|165000|perlengkapan
bibit_ikan|Bibit Ikan Nila|ukuran 5-7 cm|Ekor|600|bibit
pupuk_npk|Pupuk NPK|karung 50 kg|Karung|650000|bibit
bola_voli|Bola Voli|standar pertandingan|Buah|675000|olahraga
bola_kaki|Bola Sepak|size 5|Buah|485000|olahraga
raket|Raket Badminton|carbon|Buah|550000|olahraga
## BAHAN MAKANAN
beras|Beras Premium|kemasan 25 kg|Karung|385000|makanan
beras5|Beras Premium|kemasan 5 kg|Kantong|82000|makanan
telur|Telur Ayam Ras|1 rak isi 30|Rak|62000|makanan
telur_puyuh|Telur Puyuh|1 pak isi 50|Pak|28000|makanan
ayam|Daging Ayam Broiler|karkas segar|Kg|48000|makanan
ayam_kampung|Ayam Kampung|utuh, per ekor 1 kg|Ekor|95000|makanan
daging_sapi|Daging Sapi|has dalam|Kg|165000|makanan
ikan_nila|Ikan Nila Segar|ukuran konsumsi|Kg|45000|makanan
tahu|Tahu Putih|papan isi 100|Papan|45000|makanan
tempe|Tempe|papan 50 x 30 cm|Papan|35000|makanan
sayur_bayam|Bayam|segar|Ikat|5000|makanan
wortel|Wortel|segar|Kg|18000|makanan
minyak_goreng|Minyak Goreng|kemasan 2 liter|Pouch|38000|makanan
gula|Gula Pasir|1 kg|Kg|18000|makanan
susu_uht|Susu UHT|200 ml|Kotak|6500|makanan
buah_pisang|Pisang Ambon|segar|Sisir|35000|makanan
kotak_makan|Kotak Makan Styrofoam|isi 100|Pak|75000|makanan_alat
plastic_wrap|Plastik Wrap|30 cm x 300 m|Roll|95000|makanan_alat
tray_makan|Plato/Tray Makan Stainless|5 sekat, dengan tutup|Buah|165000|makanan_alat
lpg12|Gas LPG|tabung 12 kg (isi ulang)|Tabung|225000|gas
lpg3|Gas LPG|tabung 3 kg (isi ulang)|Tabung|28000|gas
"""

SBU_TXT = """
## HONORARIUM
hon_nara_eselon2|Honorarium Narasumber/Pembahas|Pejabat Eselon II / setingkat|OJ|1000000|honor
hon_nara_eselon3|Honorarium Narasumber/Pembahas|Pejabat Eselon III ke bawah / setingkat|OJ|900000|honor
hon_nara_nonasn|Honorarium Narasumber/Pembahas|Non ASN / praktisi|OJ|900000|honor
hon_moderator|Honorarium Moderator|per kegiatan|OK|700000|honor
hon_mc|Honorarium Pembawa Acara|per kegiatan|OK|400000|honor
hon_panitia_ketua|Honorarium Panitia Penyelenggara Kegiatan|Ketua/Penanggung Jawab|OK|450000|honor
hon_panitia_anggota|Honorarium Panitia Penyelenggara Kegiatan|Anggota|OK|300000|honor
hon_tim_ketua|Honorarium Tim Pelaksana Kegiatan|Ketua, per bulan|OB|1200000|honor_tim
hon_tim_sekretaris|Honorarium Tim Pelaksana Kegiatan|Sekretaris, per bulan|OB|950000|honor_tim
hon_tim_anggota|Honorarium Tim Pelaksana Kegiatan|Anggota, per bulan|OB|750000|honor_tim
hon_yustisi|Honorarium Tim Operasi Yustisi/Penegakan Perda|Anggota, per kegiatan|OK|250000|honor_tim
hon_piket|Honorarium Petugas Piket/Siaga Posko|anggota tim, per orang per hari|OH|110000|honor_tim
## KONSUMSI
kons_rapat_makan|Makanan Rapat|nasi kotak, per orang per kali|Kotak|45000|konsumsi
kons_rapat_snack|Kudapan/Snack Rapat|per orang per kali|Kotak|20000|konsumsi
kons_rapat_tinggi|Makanan Rapat Pejabat Eselon II|nasi kotak, per orang per kali|Kotak|60000|konsumsi
kons_lapangan|Makanan dan Minuman Aktivitas Lapangan|nasi bungkus + air mineral|Kotak|35000|konsumsi_lap
kons_jamuan|Jamuan Tamu Daerah|per orang|Orang|150000|konsumsi
## PERJALANAN DINAS
uh_dalam_kota|Uang Transport Perjalanan Dinas Dalam Kota|lebih dari 8 jam|OH|150000|perjadin
uh_dalam_kota_kurang|Uang Transport Perjalanan Dinas Dalam Kota|sampai dengan 8 jam|OK|100000|perjadin
uh_luar_kota_kaltim|Uang Harian Perjalanan Dinas Luar Kota|dalam Provinsi Kaltim|OH|450000|perjadin
uh_luar_prov|Uang Harian Perjalanan Dinas Luar Provinsi|DKI Jakarta|OH|530000|perjadin
hotel_jkt|Biaya Penginapan|DKI Jakarta, Eselon III/IV|OH|992000|perjadin
hotel_kaltim|Biaya Penginapan|Kaltim, Golongan III|OH|650000|perjadin
tiket_jkt|Tiket Pesawat Samarinda - Jakarta PP|kelas ekonomi|Orang|4250000|perjadin
taksi_bandara|Biaya Taksi Bandara|per kali jalan|Orang/Kali|250000|perjadin
## SEWA
sewa_tenda|Sewa Tenda Dekorasi|ukuran 6 x 6 m|Unit/Hari|1500000|sewa
sewa_tenda_biasa|Sewa Tenda Terop|ukuran 4 x 6 m|Unit/Hari|650000|sewa
sewa_kursi|Sewa Kursi Futura + Sarung|per buah|Buah/Hari|7500|sewa
sewa_meja|Sewa Meja + Taplak|per buah|Buah/Hari|35000|sewa
sewa_sound_kecil|Sewa Sound System|500 - 1.000 watt|Paket/Hari|1500000|sewa
sewa_sound_besar|Sewa Sound System|2.000 - 5.000 watt|Paket/Hari|3500000|sewa
sewa_genset|Sewa Genset|20 kVA termasuk operator|Unit/Hari|1750000|sewa
sewa_gedung|Sewa Gedung Pertemuan|kapasitas 200 orang|Hari|6500000|sewa
sewa_ruang_hotel|Sewa Ruang Rapat Hotel|fullday, kapasitas 50 orang|Paket|4500000|sewa
sewa_mobil|Sewa Kendaraan Roda 4|MPV, termasuk driver + BBM|Unit/Hari|850000|sewa
sewa_pickup|Sewa Kendaraan Pick Up|termasuk driver, belum BBM|Unit/Hari|650000|sewa
sewa_truk|Sewa Truk Engkel|kapasitas 4 ton termasuk driver|Unit/Hari|1450000|sewa
sewa_bus|Sewa Bus Sedang|29 seat|Unit/Hari|2750000|sewa
sewa_led|Sewa Videotron/LED Screen|3 x 4 m, per hari|Paket/Hari|5500000|sewa
sewa_proyektor|Sewa LCD Proyektor + Layar|per hari|Unit/Hari|450000|sewa
## JASA
jasa_cleaning|Jasa Tenaga Kebersihan (Cleaning Service)|per orang per bulan|OB|3650000|jasa_tenaga
jasa_security|Jasa Tenaga Keamanan|per orang per bulan|OB|3850000|jasa_tenaga
jasa_pengemudi|Jasa Tenaga Pengemudi|per orang per bulan|OB|3650000|jasa_tenaga
jasa_harian|Upah Tenaga Harian Lepas|per orang per hari|OH|150000|jasa_tenaga
jasa_laundry_kg|Jasa Laundry Linen|cuci + setrika, per kg|Kg|12000|jasa
jasa_laundry_pcs|Jasa Laundry Pakaian Dinas|cuci + setrika, per potong|Potong|15000|jasa
jasa_fotokopi|Jasa Fotokopi|A4/F4 hitam putih|Lembar|300|jasa
jasa_jilid|Jasa Penjilidan|jilid lakban / spiral|Buku|7500|jasa
jasa_jilid_hard|Jasa Penjilidan Hard Cover|per buku|Buku|35000|jasa
jasa_dokumentasi|Jasa Dokumentasi/Publikasi|foto + video per kegiatan|Paket|1500000|jasa
jasa_servis_ac|Jasa Service/Cuci AC|per unit|Unit|125000|jasa_pemeliharaan
jasa_servis_mobil|Jasa Servis Berkala Kendaraan Roda 4|ringan, termasuk jasa|Kali|750000|jasa_pemeliharaan
jasa_servis_truk|Jasa Servis Berkala Truk|ringan, termasuk jasa|Kali|1250000|jasa_pemeliharaan
jasa_servis_motor|Jasa Servis Kendaraan Roda 2|ringan|Kali|150000|jasa_pemeliharaan
jasa_pengiriman|Jasa Pengiriman Surat/Paket|dalam kota|Kali|25000|jasa
iuran_bpjs_tk|Iuran BPJS Ketenagakerjaan Non ASN|per orang per bulan|OB|16800|jasa
"""

SCAN_TXT = """
## PERALATAN PEMADAM KEBAKARAN
apar3|APAR Powder|3 kg, lengkap bracket|Tabung|650000|damkar_modal
apar6|APAR Powder|6 kg, lengkap bracket|Tabung|1150000|damkar_modal
apar_co2|APAR CO2|5 kg|Tabung|2350000|damkar_modal
isi_apar3|Isi Ulang APAR Powder|3 kg|Tabung|165000|isi_apar
isi_apar6|Isi Ulang APAR Powder|6 kg|Tabung|255000|isi_apar
isi_co2|Isi Ulang APAR CO2|5 kg|Tabung|385000|isi_apar
foam_afff3|Foam Konsentrat AFFF|3%, jerigen 20 liter|Jerigen|2750000|kimia
foam_afff6|Foam Konsentrat AFFF|6%, jerigen 20 liter|Jerigen|2350000|kimia
selang15|Selang Pemadam (Fire Hose)|1,5 inch x 20 m, kopling machino|Roll|2250000|damkar_modal
selang25|Selang Pemadam (Fire Hose)|2,5 inch x 20 m, kopling machino|Roll|3450000|damkar_modal
nozzle15|Nozzle Pemadam|1,5 inch, jet/spray|Buah|1650000|damkar_modal
nozzle25|Nozzle Pemadam|2,5 inch, jet/spray|Buah|2250000|damkar_modal
kopling|Kopling Machino|2,5 inch, kuningan|Buah|675000|damkar_modal
baju_damkar|Baju Tahan Panas Pemadam (Fire Suit)|NFPA 1971, jaket + celana|Stel|8500000|damkar_modal
helm_damkar|Helm Pemadam|standar EN 443|Buah|1850000|pakaian
sarung_damkar|Sarung Tangan Pemadam|kulit tahan panas|Pasang|485000|pakaian
sepatu_damkar|Sepatu Boot Pemadam|safety, tahan panas|Pasang|1650000|pakaian
kapak|Kapak Pemadam|gagang fiber|Buah|485000|damkar_modal
masker_n95|Masker N95|1 kotak isi 20|Kotak|185000|kebersihan
scba_tabung|Isi Ulang Udara Tabung SCBA|6,8 liter 300 bar|Tabung|125000|isi_apar
tali_kernmantel|Tali Kernmantel|statis 11 mm, 1 roll 50 m|Roll|1650000|damkar_modal
karabiner|Karabiner|screw gate, alloy|Buah|185000|damkar_modal
## BAHAN KEBERSIHAN DAN LAUNDRY
sapu_lidi|Sapu Lidi|gagang bambu|Buah|18000|kebersihan
sapu_ijuk|Sapu Ijuk|gagang kayu|Buah|35000|kebersihan
pel|Alat Pel Lantai|gagang aluminium + kain|Buah|65000|kebersihan
serok|Serok Sampah|plastik, bergagang|Buah|22000|kebersihan
sarung_tangan_karet|Sarung Tangan Karet|panjang, tebal|Pasang|18000|kebersihan
sarung_tangan_kain|Sarung Tangan Kain|bintik karet|Lusin|48000|kebersihan
masker_medis|Masker Medis 3 Ply|1 kotak isi 50|Kotak|35000|kebersihan
karung|Karung Plastik|50 kg, bekas pakai baru|Lembar|3500|kebersihan
garpu_sampah|Garpu Sampah|4 mata, gagang kayu|Buah|75000|kebersihan
cangkul|Cangkul|lengkap gagang|Buah|95000|kebersihan
deterjen_bubuk|Deterjen Bubuk Laundry|karung 25 kg|Karung|625000|kimia
deterjen_cair|Deterjen Cair Laundry|jerigen 20 liter|Jerigen|475000|kimia
pelembut|Pelembut Pakaian|jerigen 20 liter|Jerigen|385000|kimia
pemutih|Pemutih/Bleach (Klorin)|jerigen 20 liter|Jerigen|245000|kimia
alkali|Alkali Booster Laundry|jerigen 20 liter|Jerigen|525000|kimia
plastik_linen|Kantong Plastik Linen|transparan 60 x 90 cm, isi 50|Pak|65000|kebersihan
trolley_linen|Troli Linen|stainless, 3 rak|Unit|4850000|alat_modal
sprei|Sprei Pasien|katun, 160 x 240 cm, putih|Lembar|125000|linen
sarung_bantal|Sarung Bantal Pasien|katun, putih|Lembar|35000|linen
selimut|Selimut Pasien|katun, 150 x 200 cm|Lembar|145000|linen
perlak|Perlak Pasien|karet, 90 x 140 cm|Lembar|65000|linen
"""

def parse(txt, prefix):
    rows=[]; cat=None
    for ln in txt.strip().splitlines():
        ln=ln.strip()
        if not ln: continue
        if ln.startswith('##'):
            cat=ln[2:].strip(); continue
        k,n,s,u,p,c=ln.split('|')
        rows.append(dict(key=k,name=n,spec=s,unit=u,price=int(p),cls=c,category=cat,src=prefix))
    return rows
