# Catalogue and RKA content definitions for the review14 blind set (invented, realistic).
# SSH format: key|name|spec|unit|price|account|rka aliases (;)|conversions rka_unit:factor (;)
SSH = r"""
## Alat Tulis Kantor|1.1.7.01.01.01
kertas_a4_70|Kertas HVS A4 70 gram|210 x 297 mm, putih|Rim|52000|KERTAS|Kertas HVS A4 70 gr;Kertas A4 70gsm;HVS A4 70 gram|Box isi 5 rim:5
kertas_a4_80|Kertas HVS A4 80 gram|210 x 297 mm, putih|Rim|61500|KERTAS|Kertas HVS A4 80gr;Kertas A4 80 gsm;HVS A4 80 gram|Box isi 5 rim:5
kertas_f4_70|Kertas HVS F4 70 gram|215 x 330 mm, putih|Rim|56000|KERTAS|Kertas HVS F4/Folio 70 gr;Kertas F4 70gsm|Box isi 5 rim:5
kertas_f4_80|Kertas HVS F4 80 gram|215 x 330 mm, putih|Rim|66000|KERTAS|Kertas Folio 80 gr;HVS F4 80gsm|
kertas_a3_80|Kertas HVS A3 80 gram|297 x 420 mm|Rim|128000|KERTAS|Kertas A3 80gr|
kertas_foto|Kertas Foto Glossy A4|230 gsm, isi 20 lembar|Pak|38000|KERTAS|Kertas Photo Glossy A4 230gsm;Photo paper A4|
kertas_buffalo|Kertas Buffalo/Cover A4|warna, 160 gsm, isi 100|Pak|45000|KERTAS|Kertas Cover Buffalo A4;Kertas Buffalo|
ballpoint_std|Ballpoint Standar|tinta hitam/biru 0,5 mm|Lusin|36000|ATK|Pulpen standar;Ballpoint hitam;Bolpoin 0,5 mm|Buah:1/12;Box isi 12:1
ballpoint_gel|Pulpen Gel|0,5 mm, tinta gel|Lusin|84000|ATK|Pulpen gel 0.5;Gel pen hitam|Buah:1/12
spidol_wb|Spidol Whiteboard|isi ulang, hitam/biru/merah|Lusin|96000|ATK|Spidol papan tulis;Spidol WB;Marker whiteboard|Buah:1/12
spidol_permanen|Spidol Permanen|ujung bulat, hitam|Lusin|90000|ATK|Spidol permanent;Marker permanen|Buah:1/12
stabilo|Stabilo/Highlighter|warna stabilo|Lusin|102000|ATK|Highlighter;Stabilo boss|
pensil_2b|Pensil 2B|batang, kayu|Lusin|42000|ATK|Pensil 2B;Pinsil 2B|Buah:1/12
map_plastik|Map Plastik Kancing|ukuran F4|Lusin|48000|ATK|Map kancing F4;Map plastik snail|Buah:1/12;Pak isi 12:1
map_biasa|Map Kertas Biasa|Folio, karton|Lusin|27000|ATK|Map kertas folio;Stop map|Buah:1/12
map_ordner|Ordner/Box File|Folio, 7 cm|Buah|38500|ATK|Ordner folio 7cm;Box file ordner;Odner|
map_snelhecter|Map Snelhecter Plastik|Folio|Lusin|60000|ATK|Snelhecter plastik;Map snelhecter|Buah:1/12
odner_kecil|Ordner Kecil A5|A5, 5 cm|Buah|29000|ATK|Ordner kecil A5|
amplop_coklat|Amplop Coklat Besar|ukuran F4 (25 x 35 cm), isi 100|Pak|98000|ATK|Amplop coklat folio;Amplop besar coklat|
amplop_putih|Amplop Putih Kecil|No. 90, isi 100|Box|36000|ATK|Amplop putih 90;Amplop kecil putih|Lembar:1/100
amplop_kop|Amplop Putih Berlogo Kop|No. 110, cetak logo|Box|75000|CETAK|Amplop kop dinas|
lakban_coklat|Lakban Coklat|48 mm x 90 yard|Roll|18500|ATK|Lakban coklat 2 inch;Lakban 48mm|
lakban_hitam|Lakban Hitam Kain|48 mm x 12 m|Roll|21000|ATK|Lakban hitam 2";Lakban kain hitam|
isolasi_bening|Isolasi Bening|1/2 inch x 72 yard|Roll|6000|ATK|Selotip bening;Isolasi 1/2"|
double_tape|Double Tape|24 mm, busa|Roll|14500|ATK|Dobel tip busa 1 inch;Double tape foam|
stapler_kecil|Stapler Kecil No. 10|plastik|Buah|24000|ATK|Stapler No.10;Hekter kecil|
stapler_besar|Stapler Besar HD-50|logam, kapasitas 100 lembar|Buah|185000|ATK|Stapler besar heavy duty|
isi_staples10|Isi Staples No. 10|isi 1000, box kecil|Box|3500|ATK|Isi hekter no.10;Refill staples no 10|Pak isi 20 box:20
isi_staples3|Isi Staples No. 3|isi 1000, 24/6|Box|7500|ATK|Isi staples 24/6;Refill staples no 3|
paper_clip|Klip Kertas (Paper Clip)|No. 3, isi 100|Box|5500|ATK|Paper clip no.3;Klip kertas kecil|
binder_clip105|Binder Clip No. 105|isi 12|Box|6500|ATK|Binder clip 105|
binder_clip260|Binder Clip No. 260|isi 12|Box|30000|ATK|Binder clip besar 260|
gunting|Gunting Kertas Besar|8 inch, stainless|Buah|24500|ATK|Gunting 8"|
cutter|Cutter Besar|L-500, dengan isi|Buah|18000|ATK|Pisau cutter besar|
penghapus|Penghapus Pensil|putih|Buah|3500|ATK|Setip;Penghapus|
tipex|Cairan Koreksi (Tip-Ex)|20 ml|Buah|9500|ATK|Correction pen;Tip ex cair|
sticky_note|Kertas Memo Tempel|3 x 3 inch, 100 lembar|Pak|12000|ATK|Sticky notes 3x3;Post it|
buku_folio|Buku Folio Bergaris 100 lembar|hard cover|Buah|33000|ATK|Buku folio 100 lbr;Buku agenda folio|
buku_tulis|Buku Tulis 58 lembar|isi 58 lembar|Pak|45000|ATK|Buku tulis 58 lbr (pak isi 10)|
buku_ekspedisi|Buku Ekspedisi|isi 100 lembar|Buah|16000|ATK|Buku ekspedisi surat|
papan_klip|Papan Klip (Clip Board)|Folio, kayu|Buah|19500|ATK|Clipboard;Papan jalan folio|
papan_tulis|Papan Tulis Whiteboard|120 x 240 cm, dengan kaki|Unit|1650000|MODALKANTOR|Whiteboard 120x240 + kaki|
batu_baterai_aa|Baterai Alkaline AA|isi 2|Pak|21000|ALIS|Baterai AA alkaline;Batere AA (isi 2)|Buah:1/2
batu_baterai_aaa|Baterai Alkaline AAA|isi 2|Pak|20000|ALIS|Baterai AAA alkaline|
batu_baterai_9v|Baterai Kotak 9 Volt|alkaline|Buah|38000|ALIS|Baterai 9V kotak|
## Bahan Komputer|1.1.7.01.01.02
tinta_printer_bk|Tinta Printer Refill Hitam|botol 70 ml, untuk printer ink tank|Botol|95000|BKOMP|Tinta isi ulang hitam 70ml;Tinta printer hitam botol|
tinta_printer_cl|Tinta Printer Refill Warna|botol 70 ml (C/M/Y)|Botol|95000|BKOMP|Tinta warna 70ml;Tinta printer color|
toner_85a|Toner Laser Hitam Tipe 85A|kompatibel, ±1.600 halaman|Buah|315000|BKOMP|Toner 85A;Cartridge laser 85A|
toner_12a|Toner Laser Hitam Tipe 12A|kompatibel, ±2.000 halaman|Buah|345000|BKOMP|Toner 12A;Toner laserjet 12A|
toner_fotocopy|Toner Mesin Fotokopi|tabung 500 gram|Tabung|850000|BKOMP|Toner fotocopy 500gr|
flashdisk_32|Flashdisk 32 GB|USB 3.0|Buah|95000|BKOMP|Flashdisk 32GB;FD 32 GB USB 3.0|
flashdisk_64|Flashdisk 64 GB|USB 3.0|Buah|145000|BKOMP|Flashdisk 64GB;Flash disk 64 GB|
hdd_ext_1tb|Harddisk Eksternal 1 TB|USB 3.0, 2,5 inch|Buah|975000|BKOMP|HDD eksternal 1TB;Hardisk external 1 TB|
hdd_ext_2tb|Harddisk Eksternal 2 TB|USB 3.0, 2,5 inch|Buah|1350000|BKOMP|HDD eksternal 2TB|
mouse_usb|Mouse USB|optik, kabel|Buah|85000|BKOMP|Mouse kabel USB;Mouse optik|
mouse_wireless|Mouse Wireless|2,4 GHz|Buah|145000|BKOMP|Mouse nirkabel;Wireless mouse|
keyboard_usb|Keyboard USB|standar, kabel|Buah|135000|BKOMP|Keyboard kabel USB|
kabel_utp_roll|Kabel UTP Cat 6|Roll 305 m|Roll|2450000|BKOMP|Kabel LAN Cat6 1 roll (305m);Kabel UTP Cat6 roll|
kabel_utp_cat5|Kabel UTP Cat 5e|Roll 305 m|Roll|1450000|BKOMP|Kabel UTP Cat5e roll|
konektor_rj45|Konektor RJ45 Cat 6|isi 100|Pak|165000|BKOMP|Konektor RJ45 cat6 (isi 100);Jack RJ45|
cd_r|CD-R 700 MB|isi 50, spindle|Pak|175000|BKOMP|CD-R 700MB (isi 50)|
pita_printer_dm|Pita Printer Dot Matrix|LX-310|Buah|45000|BKOMP|Pita LX 310|
## Bahan Cetak dan Penggandaan|1.1.7.01.01.03
spanduk|Cetak Spanduk/Banner Flexi|flexi 280 gr, per meter persegi|m2|35000|CETAK|Spanduk flexi;Banner flexi 280gr;Cetak spanduk kegiatan|Lembar (1 x 3 m):3;Lembar (1 x 4 m):4
baliho|Cetak Baliho|flexi 340 gr + rangka kayu, per meter persegi|m2|85000|CETAK|Baliho + rangka;Baliho flexi 340gr|
xbanner|X-Banner|60 x 160 cm, lengkap stand|Buah|175000|CETAK|X banner 60x160;X-Banner lengkap tiang|
rollbanner|Roll Up Banner|85 x 200 cm, lengkap stand aluminium|Buah|650000|CETAK|Roll up banner 85x200|
leaflet|Cetak Leaflet/Brosur|A4 lipat 3, art paper 150 gr, full color 2 sisi|Lembar|2500|CETAK|Leaflet A4 lipat tiga;Brosur lipat 3 full colour|
stiker_a3|Cetak Stiker Vinyl|A3, full color|Lembar|15000|CETAK|Stiker vinyl A3|
sertifikat|Cetak Sertifikat/Piagam|A4, art carton 260 gr, full color|Lembar|6500|CETAK|Sertifikat A4 art carton;Piagam peserta|
map_kegiatan|Cetak Map Kegiatan Berlogo|Folio, art carton 260 gr, 1 sisi|Buah|7500|CETAK|Map kegiatan cetak logo;Map seminar|
blocknote|Cetak Blocknote Berlogo|A5, 50 lembar|Buah|15000|CETAK|Block note kegiatan;Notes A5 logo|
idcard|Cetak ID Card + Tali|PVC, tali printing|Buah|17500|CETAK|ID card peserta + lanyard;Kartu identitas peserta|
fotocopy_a4|Penggandaan/Fotokopi A4|hitam putih, per lembar|Lembar|300|CETAK|Fotocopy A4;Penggandaan materi A4|
fotocopy_f4|Penggandaan/Fotokopi F4|hitam putih, per lembar|Lembar|350|CETAK|Fotocopy F4;Copy folio|
jilid_spiral|Penjilidan Spiral|tebal s.d. 100 lembar|Buah|12000|CETAK|Jilid spiral;Penjilidan ring|
jilid_hard|Penjilidan Hard Cover|A4, tulisan emas|Buah|45000|CETAK|Jilid hardcover;Jilid lux|
buku_saku|Cetak Buku Saku|A6, 40 halaman, full color|Buah|18000|CETAK|Buku saku A6;Booklet saku|
blanko_sk|Cetak Blanko Izin/Sertifikat Standar|A4, kertas security|Lembar|4500|CETAK|Blanko izin security paper;Blanko sertifikat izin|
formulir|Cetak Formulir|A4, 1 warna, HVS 70 gr|Lembar|600|CETAK|Formulir permohonan A4;Form isian A4|
stiker_segel|Cetak Stiker Segel Penertiban|10 x 15 cm, vinyl|Lembar|3500|CETAK|Stiker segel;Stiker tanda penertiban|
## Alat Listrik dan Elektronik (Habis Pakai)|1.1.7.01.01.04
lampu_led_12|Lampu LED 12 Watt|bohlam E27, putih|Buah|38000|ALIS|Lampu LED 12W;Bohlam LED 12 watt|
lampu_led_18|Lampu LED 18 Watt|bohlam E27, putih|Buah|52000|ALIS|Lampu LED 18W|
lampu_sorot|Lampu Sorot LED 50 Watt|outdoor, IP65|Buah|245000|ALIS|Lampu sorot 50W;Floodlight LED 50 watt|
stopkontak|Stop Kontak 4 Lubang + Kabel 5 m|dengan saklar|Buah|95000|ALIS|Terminal listrik 4 lubang;Colokan 4 lubang kabel 5m|
kabel_roll|Kabel Roll 25 m|4 lubang, kabel NYMHY 2x1,5|Buah|285000|ALIS|Kabel rol 25 meter;Gulungan kabel 25m|
kabel_nym|Kabel NYM 2 x 2,5 mm|per roll 50 m|Roll|720000|ALIS|Kabel NYM 2x2,5|
senter_led|Senter LED Cas|rechargeable, 10 W|Buah|125000|ALIS|Senter LED rechargeable;Lampu senter cas|
senter_kepala|Senter Kepala (Headlamp)|LED, rechargeable|Buah|115000|ALIS|Headlamp LED;Senter kepala cas|
megaphone|Megaphone/Toa Portable|25 W, dengan sirine|Buah|385000|ALIS|Toa portable 25W;Megafon|
## Bahan Bakar dan Pelumas|1.1.7.01.01.05
bbm_pertalite|Bahan Bakar Pertalite|RON 90|Liter|10000|BBM|Pertalite;BBM Pertalite|
bbm_pertamax|Bahan Bakar Pertamax|RON 92|Liter|12900|BBM|Pertamax;BBM Pertamax|
bbm_dexlite|Bahan Bakar Dexlite|solar CN 51|Liter|13300|BBM|Dexlite;BBM Dexlite|
bbm_solar|Bahan Bakar Solar Subsidi|Biosolar|Liter|6800|BBM|Solar;Biosolar|
oli_mesin|Oli Mesin Diesel|SAE 15W-40, 5 liter|Galon|395000|BBM|Oli diesel 15W-40;Oli mesin diesel SAE 15W-40|Liter:1/5
oli_motor|Oli Mesin Sepeda Motor|SAE 10W-30, 0,8 liter|Botol|52000|BBM|Oli motor 0,8 L|
gas_elpiji|Isi Ulang Gas LPG 12 kg|non subsidi|Tabung|215000|BAHANLAIN|Refill LPG 12 kg;Gas elpiji 12kg|
## Bahan Pemadam dan Perlengkapan Penyelamatan|1.1.7.01.01.06
apar_isi_co2|Isi Ulang APAR CO2|gas CO2 murni|Kg|95000|APAR|Refill APAR CO2 (per kg);Isi ulang tabung CO2|Tabung 5 kg:5
apar_isi_powder|Isi Ulang APAR Dry Chemical Powder|serbuk ABC 40%|Kg|55000|APAR|Refill APAR powder (per kg);Isi ulang APAR dry powder|Tabung 6 kg:6
apar_baru_6|APAR Dry Chemical Powder 6 Kg|lengkap bracket|Tabung|1150000|MODALDAMKAR|APAR powder 6 kg baru|
apar_baru_3|APAR Dry Chemical Powder 3 Kg|lengkap bracket|Tabung|685000|MODALDAMKAR|APAR powder 3 kg baru|
foam_afff|Busa Pemadam AFFF 3%|jeriken 20 liter|Jeriken|2850000|KIMIA|Foam AFFF 3%;Cairan foam AFFF 3 persen|Liter:1/20
foam_afff6|Busa Pemadam AFFF 6%|jeriken 20 liter|Jeriken|2450000|KIMIA|Foam AFFF 6% (20L)|
selang_15|Selang Pemadam 1,5 Inch|panjang 30 m, lengkap kopling|Roll|3250000|PKHUSUS|Selang hydrant 1,5" x 30m;Fire hose 1.5 inch 30m|
selang_25|Selang Pemadam 2,5 Inch|panjang 30 m, lengkap kopling|Roll|4650000|PKHUSUS|Selang hydrant 2,5" x 30m;Fire hose 2.5 inch|
nozzle_15|Nozzle Jet/Spray 1,5 Inch|kuningan|Buah|1850000|PKHUSUS|Nozzle 1,5";Nozzle jet spray 1.5 inch|
tali_kernmantel|Tali Kernmantel Statis 10,5 mm|panjang 50 m|Roll|2650000|PKHUSUS|Tali kernmantel 10,5mm 50m;Tali rescue statis|
tali_kernmantel_dyn|Tali Kernmantel Dinamis 11 mm|panjang 50 m|Roll|2950000|PKHUSUS|Tali kernmantel dinamis 11 mm|
carabiner|Karabiner Screw Lock|aluminium, 25 kN|Buah|145000|PKHUSUS|Carabiner screw gate;Karabiner alloy|
helm_damkar|Helm Pemadam Kebakaran|standar EN 443|Buah|2450000|PKHUSUS|Helm fire fighter EN443;Helm pemadam|
baju_tahan_api|Baju Tahan Api (Fire Suit) Set|jaket + celana, standar EN 469|Set|8750000|PKHUSUS|Fire suit EN469 (jaket+celana);Baju tahan api 1 stel|
sepatu_damkar|Sepatu Boots Pemadam|safety, anti api|Pasang|1650000|PKHUSUS|Boots pemadam anti panas;Sepatu fire boots|
sarung_tangan_api|Sarung Tangan Tahan Api|kulit, standar EN 659|Pasang|485000|PKHUSUS|Sarung tangan fire fighting;Glove tahan panas|
sarung_tangan_kain|Sarung Tangan Kain|katun, lusinan|Lusin|45000|BAHANLAIN|Sarung tangan kain katun;Sarung tangan kerja katun|Pasang:1/12
masker_n95|Masker N95|isi 20|Box|165000|OBAT|Masker N95 (box)|
masker_medis|Masker Medis 3 Ply|isi 50|Box|35000|OBAT|Masker medis 3ply;Masker sekali pakai|Pcs:1/50
pelampung|Pelampung/Life Jacket|dewasa, busa, standar SOLAS|Buah|375000|PKHUSUS|Life jacket dewasa;Rompi pelampung|
ring_buoy|Ring Buoy|diameter 70 cm|Buah|425000|PKHUSUS|Ring buoy 70 cm;Pelampung ring|
tandu_lipat|Tandu Lipat Aluminium|kapasitas 150 kg|Unit|1450000|MODALKES|Tandu lipat;Usungan lipat aluminium|
kotak_p3k|Kotak P3K Lengkap|isi standar|Set|385000|OBAT|Kotak P3K + isi;Kotak obat P3K lengkap|
garis_polisi|Pita Garis Pembatas|kuning-hitam, roll 300 m|Roll|145000|BAHANLAIN|Police line 300m;Pita pembatas kuning|
rompi_reflektor|Rompi Reflektor|scotchlite, hijau stabilo|Buah|65000|PDL|Rompi scotlight;Rompi hi-vis|
jas_hujan|Jas Hujan Setelan|PVC, baju + celana|Stel|165000|PDL|Jas hujan setelan;Mantel hujan stel|
## Pakaian Dinas dan Atribut|1.1.7.01.01.07
pdl_satpol|Pakaian Dinas Lapangan (PDL) Satpol PP|kain ripstop, termasuk ongkos jahit|Stel|685000|PDL|PDL Satpol PP (kain + jahit);Seragam PDL Satpol|
pdh|Pakaian Dinas Harian (PDH)|kain drill, termasuk ongkos jahit|Stel|525000|PDL|PDH + jahit;Seragam PDH|
kaos_linmas|Kaos Berkerah Linmas|cotton combed 24s, sablon|Buah|95000|PDL|Kaos kerah Linmas sablon;Polo shirt Linmas|
topi_lapangan|Topi Lapangan|bordir logo|Buah|55000|PDL|Topi lapangan bordir;Topi rimba logo|
sepatu_pdl|Sepatu PDL|kulit, sol karet|Pasang|495000|PDL|Sepatu PDL kulit;Sepatu lapangan|
kaos_kegiatan|Kaos Kegiatan/Event|cotton combed 30s, sablon 1 sisi|Buah|75000|PKHARI|Kaos event sablon;Kaos panitia;T-shirt kegiatan|
rompi_panitia|Rompi Panitia|drill, bordir|Buah|135000|PKHARI|Rompi panitia bordir|
## Bahan Pertanian dan Pangan|1.1.7.01.01.08
bibit_cabai|Bibit Cabai Rawit|polybag, umur 3-4 minggu|Batang|2500|BIBIT|Bibit cabe rawit polybag;Bibit cabai rawit siap tanam|
bibit_tomat|Bibit Tomat|polybag|Batang|2000|BIBIT|Bibit tomat polybag|
benih_sayur|Benih Sayuran Daun|sachet 10 gr (kangkung/bayam/sawi)|Sachet|15000|BIBIT|Benih sawi/bayam/kangkung;Benih sayur sachet|
bibit_jeruk|Bibit Jeruk Okulasi|tinggi 60-80 cm|Batang|35000|BIBIT|Bibit jeruk okulasi|
pupuk_npk|Pupuk NPK 16-16-16|butiran, non subsidi|Kg|22000|BAHANLAIN|Pupuk NPK Mutiara;NPK 16:16:16|Karung 50 kg:50
pupuk_organik|Pupuk Organik Padat|karung 25 kg|Karung|45000|BAHANLAIN|Pupuk kompos;Pupuk kandang olahan|Kg:1/25
polybag|Polybag 35 x 35 cm|hitam, isi 100|Pak|38000|BAHANLAIN|Polybag 35x35;Polibag besar|
media_tanam|Media Tanam Campuran|karung 20 kg (tanah, kompos, sekam)|Karung|28000|BAHANLAIN|Media tanam siap pakai;Tanah campur kompos|
rak_vertikultur|Rak Vertikultur Besi|3 susun, 1,5 m|Unit|850000|MODALRT|Rak tanaman vertikultur;Rak vertikal besi|
pestisida_nabati|Pestisida Nabati|botol 1 liter|Botol|65000|KIMIA|Pestisida organik 1L;Insektisida nabati|
selang_taman|Selang Air Taman 1/2 Inch|50 m|Roll|325000|BAHANLAIN|Selang taman 1/2" 50m|
gembor|Gembor Siram|plastik 10 liter|Buah|45000|BAHANLAIN|Gembor 10L;Penyiram tanaman|
cangkul|Cangkul Lengkap Gagang|baja|Buah|95000|BAHANLAIN|Cangkul + gagang|
rapid_formalin|Rapid Test Kit Formalin|isi 50 tes|Kit|425000|KIMIA|Test kit formalin (50 tes);Tes kit formalin|
rapid_borak|Rapid Test Kit Boraks|isi 50 tes|Kit|395000|KIMIA|Test kit boraks;Tes kit borax|
rapid_rhodamin|Rapid Test Kit Rhodamin B|isi 50 tes|Kit|445000|KIMIA|Test kit rhodamin;Tes kit pewarna rhodamin|
rapid_pestisida|Rapid Test Kit Residu Pestisida|isi 50 tes (metode enzimatis)|Kit|1250000|KIMIA|Test kit residu pestisida;Tes kit pestisida sayur|
plastik_sampel|Kantong Plastik Sampel Klip|15 x 20 cm, isi 100|Pak|25000|BAHANLAIN|Plastik klip sampel 15x20;Zip lock sampel|
coolbox|Cool Box|kapasitas 30 liter|Buah|485000|BAHANLAIN|Coolbox 30 L;Kotak pendingin sampel|
ice_gel|Ice Gel Pack|500 gram|Buah|12000|BAHANLAIN|Ice pack gel;Ice gel|
sarung_tangan_nitril|Sarung Tangan Nitril|isi 100|Box|95000|OBAT|Handscoon nitril;Glove nitril (box)|
beras_premium|Beras Premium|kemasan 5 kg|Karung|75000|BAHANLAIN|Beras premium 5 kg|
## Perlengkapan Olahraga dan Acara|1.1.7.01.01.09
bola_futsal|Bola Futsal|standar FIFA Quality, ukuran 4|Buah|385000|OLAHRAGA|Bola futsal size 4;Ball futsal match|
bola_sepak|Bola Sepak|ukuran 5, standar pertandingan|Buah|425000|OLAHRAGA|Bola sepak no.5|
bola_voli|Bola Voli|standar pertandingan|Buah|465000|OLAHRAGA|Bola volley|
jaring_gawang_futsal|Jaring Gawang Futsal|nilon, sepasang|Pasang|650000|OLAHRAGA|Net gawang futsal|
rompi_latihan|Rompi Latihan (Bib)|mesh, bernomor|Buah|35000|OLAHRAGA|Rompi bib bernomor;Bib latihan|
peluit|Peluit Wasit|logam, dengan tali|Buah|45000|OLAHRAGA|Peluit wasit;Pluit|
kartu_wasit|Kartu Wasit Kuning-Merah|set|Set|35000|OLAHRAGA|Kartu kuning merah|
jersey|Kaos Seragam Tim (Jersey)|printing full, set baju + celana|Set|225000|OLAHRAGA|Jersey futsal printing;Seragam tim (baju+celana)|
piala_a|Piala Kejuaraan Tipe A|tinggi 120 cm|Buah|1850000|HADIAH|Piala juara I (120 cm);Trofi juara 1|
piala_b|Piala Kejuaraan Tipe B|tinggi 90 cm|Buah|1250000|HADIAH|Piala juara II (90 cm);Trofi juara 2|
piala_c|Piala Kejuaraan Tipe C|tinggi 70 cm|Buah|850000|HADIAH|Piala juara III (70 cm);Trofi juara 3|
medali|Medali|logam, diameter 6 cm, dengan pita|Buah|45000|HADIAH|Medali + pita;Medali 6 cm|
plakat|Plakat Akrilik|ukuran 20 x 25 cm, dengan kotak|Buah|275000|SUVENIR|Plakat akrilik;Plakat cenderamata|
suvenir_tumbler|Tumbler Cetak Logo|stainless 500 ml|Buah|65000|SUVENIR|Tumbler logo 500ml;Botol minum suvenir|
suvenir_tas|Tas Seminar|kain spunbond/blacu, sablon|Buah|35000|SUVENIR|Tas seminar blacu;Goodie bag kain|
tas_ransel|Tas Ransel Kegiatan|polyester, bordir logo|Buah|225000|SUVENIR|Tas ransel bordir|
bunga_meja|Rangkaian Bunga Meja|bunga segar|Buah|250000|BAHANLAIN|Bunga meja segar;Rangkaian bunga meja|
air_mineral_dus|Air Mineral Kemasan Gelas|240 ml, isi 48|Dus|38400|MAMINLAP|Air mineral cup 240 ml;Air gelas 240 ml|Gelas:1/48
air_mineral_botol|Air Mineral Kemasan Botol|600 ml, isi 24|Dus|52000|MAMINLAP|Air mineral botol 600ml (dus);Aqua botol 600 ml|
## Peralatan Kantor dan Elektronik (Aset)|1.3.2.05
laptop_i5|Laptop Core i5|RAM 16 GB, SSD 512 GB, layar 14 inch|Unit|13500000|MODALKOMP|Laptop i5 RAM 16GB SSD 512;Notebook Core i5 14"|
laptop_i7|Laptop Core i7|RAM 16 GB, SSD 1 TB, layar 15,6 inch|Unit|19500000|MODALKOMP|Laptop i7 16GB/1TB;Notebook Core i7|
pc_aio|PC All in One Core i5|RAM 8 GB, SSD 512 GB, layar 23,8 inch|Unit|14250000|MODALKOMP|Komputer AIO i5;PC all-in-one 24"|
printer_inktank|Printer Ink Tank A4|print/scan/copy|Unit|3250000|MODALPERIF|Printer multifungsi ink tank;Printer A4 infus (print-scan-copy)|
printer_f4|Printer Ink Tank F4/A3|print, ukuran s.d. A3|Unit|5850000|MODALPERIF|Printer A3 ink tank|
printer_laser|Printer Laser Mono A4|duplex, jaringan|Unit|4650000|MODALPERIF|Printer laser monochrome|
scanner_adf|Scanner Dokumen ADF|A4, 40 ppm, duplex|Unit|9850000|MODALPERIF|Scanner ADF duplex 40ppm;Document scanner|
ups_1200|UPS 1200 VA|line interactive|Unit|1650000|MODALPERIF|UPS 1200VA|
ups_650|UPS 650 VA|line interactive|Unit|985000|MODALPERIF|UPS 650VA|
proyektor|LCD Proyektor|3.600 lumen, XGA|Unit|7850000|MODALSTUDIO|Proyektor LCD 3600 lumen;Infocus 3600 ansi|
layar_proyektor|Layar Proyektor Tripod|70 x 70 inch|Unit|1350000|MODALSTUDIO|Screen proyektor 70";Layar tripod 70 inch|
tv_led_55|Televisi LED 55 Inch|smart TV, 4K|Unit|8650000|MODALSTUDIO|Smart TV 55";TV LED 55 inch|
tv_led_43|Televisi LED 43 Inch|smart TV|Unit|5450000|MODALSTUDIO|Smart TV 43";TV LED 43 inch|
kamera_dslr|Kamera Digital DSLR/Mirrorless|24 MP, lensa kit|Unit|12500000|MODALSTUDIO|Kamera mirrorless 24MP + lensa kit;Kamera DSLR|
sound_portable|Sound System Portable|15 inch, 2 mic wireless|Unit|5750000|MODALSTUDIO|Speaker portable 15" + 2 mic wireless;Sound portable meeting|
handy_talky|Radio Handy Talky (HT)|VHF, 5 watt|Unit|2850000|MODALKOM|HT VHF 5W;Radio HT|
rig_radio|Radio Rig VHF|50 watt, dengan antena|Unit|8450000|MODALKOM|Radio rig 50W + antena|
router|Router Jaringan|gigabit, 5 port|Unit|1850000|MODALJAR|Router gigabit|
switch_24|Switch Hub 24 Port|gigabit, managed|Unit|4250000|MODALJAR|Switch 24 port managed|
access_point|Access Point|dual band, indoor|Unit|1950000|MODALJAR|AP wifi dual band;Access point indoor|
ac_1pk|AC Split 1 PK|termasuk pemasangan standar|Unit|5250000|MODALRT|AC split 1 PK + pasang|
ac_15pk|AC Split 1,5 PK|termasuk pemasangan standar|Unit|6950000|MODALRT|AC split 1,5 PK + instalasi|
ac_2pk|AC Split 2 PK|termasuk pemasangan standar|Unit|8950000|MODALRT|AC 2 PK split|
dispenser|Dispenser Air Galon|panas-dingin|Unit|1450000|MODALRT|Dispenser galon hot & cool|
kulkas|Lemari Es 1 Pintu|±180 liter|Unit|3150000|MODALRT|Kulkas 1 pintu 180L|
genset_5kva|Genset 5 KVA|bensin, start elektrik|Unit|14500000|MODALRT|Generator set 5 kVA;Genset 5000 watt|
kursi_lipat|Kursi Lipat Besi|rangka besi, dudukan busa|Buah|285000|MODALMEBEL|Kursi lipat chitose-type|
kursi_kerja|Kursi Kerja Staf|beroda, sandaran rendah|Buah|1150000|MODALMEBEL|Kursi staf beroda|
meja_kerja|Meja Kerja 1/2 Biro|120 x 60 cm|Buah|1850000|MODALMEBEL|Meja 1/2 biro;Meja staf 120x60|
meja_lipat|Meja Lipat Serbaguna|180 x 60 cm|Buah|950000|MODALMEBEL|Meja lipat 180x60;Meja panjang lipat|
lemari_arsip|Lemari Arsip Besi 4 Laci|filing cabinet|Buah|3650000|MODALMEBEL|Filing cabinet 4 laci|
mesin_antrian|Mesin Antrian Digital|touch screen, printer tiket, 1 display|Unit|18500000|MODALKANTOR|Mesin antrian touchscreen;Sistem antrian digital|
kamera_cctv|Kamera CCTV IP|4 MP, outdoor|Unit|1250000|MODALSTUDIO|CCTV IP 4MP outdoor|
teropong|Teropong Binokuler|10 x 50|Unit|1650000|MODALKANTOR|Binokuler 10x50;Teropong|
pompa_portable|Pompa Apung Portable Pemadam|mesin 13 HP|Unit|38500000|MODALDAMKAR|Pompa apung portable 13HP|
perahu_karet|Perahu Karet Rescue|kapasitas 10 orang, tanpa mesin|Unit|42500000|MODALDAMKAR|Perahu karet 10 org|
tenda_pleton|Tenda Pleton|6 x 14 m, lengkap frame|Unit|28500000|MODALRT|Tenda pleton 6x14|
tenda_dome|Tenda Dome|kapasitas 4 orang|Unit|650000|MODALRT|Tenda dome 4 orang|
sirine_mobil|Sirine + Rotator Kendaraan|100 W, LED|Set|3450000|MODALKOM|Sirine rotator LED 100W|
## Alat Kebersihan dan Rumah Tangga|1.1.7.01.01.11
sapu_ijuk|Sapu Ijuk|gagang kayu|Buah|35000|BAHANLAIN|Sapu ijuk gagang|
sapu_lidi|Sapu Lidi Bergagang|gagang bambu|Buah|25000|BAHANLAIN|Sapu lidi gagang|
alat_pel|Alat Pel Lantai|model putar, dengan ember|Set|185000|BAHANLAIN|Pel putar + ember;Mop set|
kantong_sampah|Kantong Sampah Besar|60 x 100 cm, isi 10|Pak|18000|BAHANLAIN|Kantong plastik sampah besar;Trash bag 60x100|
sabun_cair|Sabun Cuci Tangan Cair|refill 800 ml|Pouch|28000|BAHANLAIN|Hand soap refill 800ml|
pembersih_lantai|Cairan Pembersih Lantai|800 ml|Botol|24000|BAHANLAIN|Karbol wangi 800 ml;Pembersih lantai|
tisu_kotak|Tisu Wajah Kotak|250 sheet|Kotak|19500|BAHANLAIN|Tissue kotak 250 lembar;Tisu box|
galon_isi|Air Minum Isi Ulang Galon|19 liter, isi ulang merek|Galon|22000|MAMIN|Air galon isi ulang;Aqua galon refill|
tempat_sampah|Tempat Sampah Plastik Injak|kapasitas 20 liter|Buah|125000|BAHANLAIN|Tong sampah injak 20L|
gelas_plastik|Gelas Plastik Sekali Pakai|isi 50|Pak|12000|BAHANLAIN|Gelas plastik (isi 50)|
kopi_bubuk|Kopi Bubuk|kemasan 200 gr|Bungkus|32000|MAMIN|Kopi bubuk 200gr|
gula_pasir|Gula Pasir|kemasan 1 kg|Kg|18500|MAMIN|Gula pasir 1 kg|
teh_celup|Teh Celup|isi 25 kantong|Kotak|9500|MAMIN|Teh celup (isi 25)|
karpet|Karpet Permadani|2 x 3 m|Lembar|750000|BAHANLAIN|Karpet 2x3 m|
## Suku Cadang dan Pemeliharaan|1.1.7.01.01.10
ban_r15|Ban Mobil Ukuran 195/65 R15|tubeless|Buah|1150000|PEMELKEND|Ban 195/65 R15|
ban_r16|Ban Mobil Ukuran 215/70 R16|tubeless|Buah|1750000|PEMELKEND|Ban 215/70 R16|
ban_motor|Ban Sepeda Motor 80/90-17|tubeless|Buah|285000|PEMELKEND|Ban motor 80/90 ring 17|
servis_mobil|Servis Berkala Kendaraan Roda 4|jasa + oli + filter|Kali|1250000|PEMELKEND|Service rutin mobil;Servis berkala R4|
servis_motor|Servis Berkala Kendaraan Roda 2|jasa + oli|Kali|185000|PEMELKEND|Service motor rutin|
aki_mobil|Aki Kering Mobil 12 V 65 Ah|maintenance free|Buah|1450000|PEMELKEND|Aki MF 65Ah|
"""
# SBU format: key|group|name|spec|unit|price|account|aliases|conv
SBU = r"""
## A. Honorarium Narasumber/Pembahas|SBU.01
nars_eselon1|Narasumber Pejabat Eselon I/setingkat|per jam pelajaran (60 menit)|OJ|1400000|HONOR|Honor narasumber eselon I|
nars_eselon2|Narasumber Pejabat Eselon II/setingkat|per jam pelajaran (60 menit)|OJ|1000000|HONOR|Honor narasumber eselon II;Honorarium narsum pejabat eselon II|
nars_eselon3|Narasumber Pejabat Eselon III ke bawah/setingkat|per jam pelajaran (60 menit)|OJ|900000|HONOR|Honor narasumber eselon III;Honorarium narasumber (eselon III)|
nars_luar|Narasumber dari Luar Instansi Pemerintah (Profesional/Akademisi)|per jam pelajaran (60 menit)|OJ|900000|HONOR|Honor narasumber akademisi/profesional;Honorarium pemateri non-ASN|
moderator|Moderator|per orang per kali|OK|700000|HONOR|Honor moderator|
pembawa_acara|Pembawa Acara|per orang per kali|OK|400000|HONOR|Honor MC;Honorarium pembawa acara|
pembahas|Pembahas/Penyanggah|per orang per kali|OK|700000|HONOR|Honor pembahas|
## B. Honorarium Panitia/Tim Pelaksana Kegiatan|SBU.02
panitia_pj|Penanggung Jawab Kegiatan|per orang per kegiatan|OK|450000|HONOR|Honor penanggung jawab kegiatan;Honor PJ kegiatan|
panitia_ketua|Ketua Panitia|per orang per kegiatan|OK|400000|HONOR|Honor ketua panitia|
panitia_sekretaris|Sekretaris Panitia|per orang per kegiatan|OK|300000|HONOR|Honor sekretaris panitia|
panitia_anggota|Anggota Panitia|per orang per kegiatan|OK|300000|HONOR|Honor anggota panitia;Honor panitia pelaksana (anggota)|
tim_pengarah|Pengarah Tim Pelaksana Kegiatan|per orang per bulan|OB|1500000|HONORTIM|Honor pengarah tim|
tim_ketua|Ketua Tim Pelaksana Kegiatan|per orang per bulan|OB|1200000|HONORTIM|Honor ketua tim pelaksana|
tim_anggota|Anggota Tim Pelaksana Kegiatan|per orang per bulan|OB|750000|HONORTIM|Honor anggota tim pelaksana;Honor anggota tim teknis|
tim_sekretariat|Anggota Sekretariat Tim|per orang per bulan|OB|500000|HONORTIM|Honor sekretariat tim|
juri|Honorarium Juri/Dewan Hakim Lomba|per orang per kegiatan|OK|750000|HONOR|Honor juri;Honorarium dewan juri lomba|
wasit|Honorarium Wasit Pertandingan|per orang per pertandingan|OP|250000|HONOR|Honor wasit futsal per pertandingan;Honor wasit|
instruktur|Honorarium Instruktur/Pelatih Teknis|per orang per jam|OJ|400000|HONOR|Honor instruktur;Honorarium pelatih teknis|
petugas_uji|Honorarium Petugas Pengambil/Penguji Sampel|per orang per hari|OH|150000|HONOR|Honor petugas pengambil sampel;Honor penguji sampel lapangan|
## C. Uang Harian dan Transportasi Perjalanan Dinas|SBU.03
uh_dalamkota|Uang Harian Perjalanan Dinas Dalam Kota (lebih dari 8 jam)|Kota Samarinda|OH|160000|PERJADINDK|Uang harian dalam kota >8 jam;Uang harian perjadin dalam kota|
transport_dk|Biaya Transportasi Dalam Kota|per orang per kali pergi-pulang|OK|150000|PERJADINDK|Transport lokal dalam kota;Transport dalam kota PP|
uh_kaltim|Uang Harian Perjalanan Dinas Luar Kota dalam Provinsi Kalimantan Timur|per orang per hari|OH|380000|PERJADIN|Uang harian luar kota (Kaltim);Uang harian ke Balikpapan/Bontang|
uh_dki|Uang Harian Perjalanan Dinas ke DKI Jakarta|per orang per hari|OH|530000|PERJADIN|Uang harian DKI Jakarta;Uang harian perjadin Jakarta|
uh_jatim|Uang Harian Perjalanan Dinas ke Jawa Timur|per orang per hari|OH|410000|PERJADIN|Uang harian Surabaya;Uang harian Jatim|
uh_jabar|Uang Harian Perjalanan Dinas ke Jawa Barat|per orang per hari|OH|430000|PERJADIN|Uang harian Jabar (Bandung)|
uh_sulsel|Uang Harian Perjalanan Dinas ke Sulawesi Selatan|per orang per hari|OH|430000|PERJADIN|Uang harian Makassar|
uh_bali|Uang Harian Perjalanan Dinas ke Bali|per orang per hari|OH|480000|PERJADIN|Uang harian Bali|
uh_diy|Uang Harian Perjalanan Dinas ke DI Yogyakarta|per orang per hari|OH|420000|PERJADIN|Uang harian Yogyakarta|
uh_kalsel|Uang Harian Perjalanan Dinas ke Kalimantan Selatan|per orang per hari|OH|380000|PERJADIN|Uang harian Banjarmasin|
uh_diklat|Uang Harian Diklat/Bimtek (Fullboard)|per orang per hari|OH|130000|PERJADIN|Uang harian diklat fullboard|
hotel_dki_4|Penginapan DKI Jakarta Eselon III/Gol IV|per orang per malam|OH|1490000|PERJADIN|Hotel Jakarta eselon III;Penginapan Jakarta gol IV|
hotel_dki_3|Penginapan DKI Jakarta Eselon IV/Gol III ke bawah|per orang per malam|OH|992000|PERJADIN|Hotel Jakarta gol III;Penginapan Jakarta eselon IV|
hotel_jatim_3|Penginapan Jawa Timur Eselon IV/Gol III ke bawah|per orang per malam|OH|935000|PERJADIN|Hotel Surabaya gol III|
hotel_kaltim_3|Penginapan Kalimantan Timur Eselon IV/Gol III ke bawah|per orang per malam|OH|920000|PERJADIN|Hotel Balikpapan gol III;Penginapan Kaltim gol III|
hotel_sulsel_3|Penginapan Sulawesi Selatan Eselon IV/Gol III ke bawah|per orang per malam|OH|920000|PERJADIN|Hotel Makassar gol III|
hotel_bali_3|Penginapan Bali Eselon IV/Gol III ke bawah|per orang per malam|OH|1050000|PERJADIN|Hotel Denpasar gol III|
tiket_cgk|Tiket Pesawat Balikpapan-Jakarta PP|kelas ekonomi|PP|4250000|PERJADIN|Tiket pesawat BPN-CGK PP;Tiket Jakarta PP ekonomi|
tiket_sub|Tiket Pesawat Balikpapan-Surabaya PP|kelas ekonomi|PP|3150000|PERJADIN|Tiket pesawat BPN-SUB PP;Tiket Surabaya PP|
tiket_upg|Tiket Pesawat Balikpapan-Makassar PP|kelas ekonomi|PP|2850000|PERJADIN|Tiket pesawat BPN-UPG PP|
tiket_dps|Tiket Pesawat Balikpapan-Denpasar PP|kelas ekonomi|PP|4050000|PERJADIN|Tiket pesawat ke Bali PP|
tiket_jog|Tiket Pesawat Balikpapan-Yogyakarta PP|kelas ekonomi|PP|3650000|PERJADIN|Tiket pesawat Yogya PP|
tiket_aapt_smd|Tiket Pesawat Samarinda (AAP)-Jakarta PP|kelas ekonomi|PP|4450000|PERJADIN|Tiket pesawat SRI-CGK PP|
transport_bpn|Transportasi Darat Samarinda-Balikpapan PP|per orang|PP|350000|PERJADIN|Transport darat Smd-Bpp PP;Travel Samarinda-Balikpapan PP|
transport_bontang|Transportasi Darat Samarinda-Bontang PP|per orang|PP|300000|PERJADIN|Transport Smd-Bontang PP|
taksi_dki|Taksi Bandara DKI Jakarta|per orang per kali|OK|256000|PERJADIN|Taksi Jakarta|
taksi_kaltim|Taksi Bandara Balikpapan|per orang per kali|OK|150000|PERJADIN|Taksi Balikpapan|
## D. Konsumsi Rapat dan Kegiatan|SBU.04
snack_rapat|Kudapan/Snack Rapat|per orang per kali|Kotak|22000|MAMIN|Snack rapat;Kue kotak rapat;Kudapan|
makan_rapat|Makan Rapat/Nasi Kotak|per orang per kali|Kotak|45000|MAMIN|Nasi kotak rapat;Makan siang rapat;Nasi box|
snack_vip|Kudapan Rapat Tamu VIP/Pimpinan|per orang per kali|Kotak|35000|MAMIN|Snack VIP|
makan_vip|Makan Rapat Tamu VIP/Pimpinan|per orang per kali|Kotak|75000|MAMIN|Nasi kotak VIP|
makan_lapangan|Makan Aktivitas Lapangan|per orang per kali|Kotak|40000|MAMINLAP|Nasi bungkus petugas lapangan;Makan petugas lapangan;Konsumsi makan operasional lapangan|
snack_lapangan|Kudapan Aktivitas Lapangan|per orang per kali|Kotak|18000|MAMINLAP|Snack petugas lapangan;Kue petugas lapangan|
extra_fooding|Extra Fooding Petugas Piket Malam|per orang per hari|OH|25000|MAMINLAP|Extra fooding piket;Extra puding petugas jaga|
paket_fullday|Paket Rapat Fullday di Hotel (Kota Samarinda)|per orang per hari|OH|415000|SEWAGDG|Paket fullday meeting hotel;Paket meeting fullday|
paket_halfday|Paket Rapat Halfday di Hotel (Kota Samarinda)|per orang per hari|OH|290000|SEWAGDG|Paket halfday meeting;Paket meeting setengah hari|
paket_fullboard|Paket Rapat Fullboard di Hotel (Kota Samarinda)|per orang per hari|OH|985000|SEWAGDG|Paket fullboard meeting|
## E. Sewa|SBU.05
sewa_minibus|Sewa Kendaraan Minibus (7-8 penumpang)|termasuk pengemudi, per hari, tidak termasuk BBM|Unit/Hari|650000|SEWAKEND|Sewa mobil minibus + driver;Sewa kendaraan roda 4 (Innova-type)|
sewa_bus|Sewa Bus Sedang (25-30 kursi)|termasuk pengemudi dan BBM dalam kota, per hari|Unit/Hari|2250000|SEWAKEND|Sewa bus sedang 30 seat;Sewa bis 25 kursi|
sewa_pickup|Sewa Kendaraan Pick Up|termasuk pengemudi, per hari|Unit/Hari|450000|SEWAKEND|Sewa pick up + sopir;Sewa mobil bak terbuka|
sewa_speedboat|Sewa Speedboat|kapasitas 10 orang, per hari|Unit/Hari|2500000|SEWAKEND|Sewa speed boat;Sewa perahu motor cepat|
sewa_tenda_sarnafil|Sewa Tenda Sarnafil|ukuran 5 x 5 m, per hari|Unit/Hari|750000|SEWAALAT|Sewa tenda sarnafil 5x5;Tenda sarnafil 5x5 (sewa)|
sewa_tenda_dekor|Sewa Tenda Dekorasi/Rumbai|ukuran 4 x 6 m, per hari|Unit/Hari|550000|SEWAALAT|Sewa tenda dekor 4x6|
sewa_kursi|Sewa Kursi Futura + Sarung|per buah per hari|Buah/Hari|7500|SEWAALAT|Sewa kursi futura sarung;Sewa kursi plastik bersarung|
sewa_meja|Sewa Meja + Taplak|per buah per hari|Buah/Hari|35000|SEWAALAT|Sewa meja + taplak|
sewa_sound_kecil|Sewa Sound System Kecil|s.d. 1.000 watt, per hari|Unit/Hari|1250000|SEWAAUDIO|Sewa sound system 1000W;Sewa sound kecil|
sewa_sound_besar|Sewa Sound System Besar|s.d. 5.000 watt, per hari|Unit/Hari|4500000|SEWAAUDIO|Sewa sound 5000 watt;Sewa sound besar|
sewa_led_screen|Sewa Layar LED Videotron|per m2 per hari|m2/Hari|450000|SEWAAUDIO|Sewa videotron per m2;Sewa LED screen|
sewa_genset|Sewa Genset 20 KVA|termasuk operator dan BBM, per hari|Unit/Hari|2750000|SEWAALAT|Sewa genset 20 kVA|
sewa_panggung|Sewa Panggung Rigging|ukuran 6 x 4 m, per hari|Unit/Hari|6500000|SEWAALAT|Sewa panggung 6x4 + rigging|
sewa_gedung|Sewa Gedung Pertemuan/Aula|kapasitas s.d. 300 orang, per hari|Unit/Hari|5000000|SEWAGDG|Sewa aula pertemuan;Sewa gedung serbaguna|
sewa_lapangan|Sewa Lapangan Futsal (GOR)|per jam|Jam|200000|SEWAGDG|Sewa lapangan futsal per jam;Sewa GOR futsal|
sewa_toilet|Sewa Toilet Portable|per unit per hari|Unit/Hari|850000|SEWAALAT|Sewa toilet portable|
## F. Jasa Lainnya|SBU.06
jasa_dokumentasi|Jasa Dokumentasi Foto dan Video Kegiatan|per paket kegiatan (1 hari)|Paket|1500000|JASADOK|Dokumentasi foto & video;Jasa foto video kegiatan|
jasa_publikasi_medsos|Jasa Publikasi Media Sosial Berbayar (Iklan)|per paket 7 hari tayang|Paket|1000000|JASAPUB|Iklan medsos berbayar (7 hari);Boosting postingan IG/FB|
jasa_iklan_radio|Jasa Iklan Spot Radio|durasi 60 detik, per spot|Spot|150000|JASAPUB|Spot iklan radio 60 dtk|
jasa_iklan_koran|Jasa Iklan Surat Kabar Lokal|1/4 halaman, berwarna, per tayang|Kali|3500000|JASAPUB|Iklan koran 1/4 hal|
jasa_uji_lab|Jasa Pengujian Laboratorium Residu Pestisida|per sampel, metode GC-MS|Sampel|650000|JASAUJI|Uji lab residu pestisida (GC-MS);Pengujian lab sampel pangan|
jasa_uji_mikro|Jasa Pengujian Laboratorium Cemaran Mikroba|per sampel (TPC, E. coli, Salmonella)|Sampel|350000|JASAUJI|Uji mikrobiologi sampel;Uji cemaran mikroba|
jasa_medis|Jasa Tenaga Medis Pendamping Kegiatan|per orang per hari|OH|350000|JASALAIN|Tenaga medis standby;Tim medis pendamping|
jasa_keamanan|Jasa Tenaga Keamanan Kegiatan|per orang per hari|OH|200000|JASALAIN|Petugas keamanan event;Jasa security kegiatan|
jasa_kebersihan|Jasa Tenaga Kebersihan Kegiatan|per orang per hari|OH|150000|JASALAIN|Petugas kebersihan event;Cleaning service kegiatan|
jasa_penerjemah|Jasa Penerjemah Bahasa Isyarat|per orang per kegiatan|OK|500000|JASALAIN|Juru bahasa isyarat|
jasa_dekorasi|Jasa Dekorasi Panggung|per paket|Paket|3500000|JASALAIN|Dekorasi panggung acara|
"""

ACCOUNTS = {
 "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
 "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
 "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
 "BKOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
 "ALIS": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
 "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
 "KIMIA": ("5.1.02.01.01.0002", "Belanja Bahan-Bahan Kimia"),
 "APAR": ("5.1.02.01.01.0009", "Belanja Bahan-Isi Tabung Pemadam Kebakaran"),
 "BIBIT": ("5.1.02.01.01.0008", "Belanja Bahan-Bahan/Bibit Tanaman"),
 "BAHANLAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
 "OBAT": ("5.1.02.01.01.0038", "Belanja Obat-Obatan-Obat Lainnya dan Bahan Medis Habis Pakai"),
 "PDL": ("5.1.02.01.01.0065", "Belanja Pakaian Dinas Lapangan (PDL) dan Atribut"),
 "PKHARI": ("5.1.02.01.01.0069", "Belanja Pakaian Khusus Hari-Hari Tertentu"),
 "PKHUSUS": ("5.1.02.01.01.0071", "Belanja Pakaian Khusus dan Perlengkapan Penyelamatan"),
 "OLAHRAGA": ("5.1.02.01.01.0034", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Pendukung Olahraga"),
 "SUVENIR": ("5.1.02.01.01.0035", "Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cenderamata"),
 "MAMIN": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
 "MAMINLAP": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan/Aktivitas Lapangan"),
 "HADIAH": ("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan"),
 "HONOR": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
 "HONORTIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
 "JASADOK": ("5.1.02.02.01.0055", "Belanja Jasa Dokumentasi"),
 "JASAPUB": ("5.1.02.02.01.0056", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan"),
 "JASAUJI": ("5.1.02.02.01.0042", "Belanja Jasa Pengujian Laboratorium"),
 "JASALAIN": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Pendukung Kegiatan"),
 "INTERNET": ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan"),
 "LISENSI": ("5.1.02.02.01.0068", "Belanja Jasa Lisensi dan Langganan Perangkat Lunak"),
 "ASURANSI": ("5.1.02.02.12.0004", "Belanja Premi Asuransi Lainnya"),
 "SEWAKEND": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
 "SEWAALAT": ("5.1.02.02.04.0126", "Belanja Sewa Alat Rumah Tangga Lainnya (Home Use)"),
 "SEWAAUDIO": ("5.1.02.02.04.0214", "Belanja Sewa Peralatan Studio Audio"),
 "SEWAGDG": ("5.1.02.02.05.0009", "Belanja Sewa Gedung Pertemuan"),
 "PERJADIN": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
 "PERJADINDK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
 "PEMELKEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang"),
 "MODALKOMP": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
 "MODALPERIF": ("5.2.02.10.02.0005", "Belanja Modal Peralatan Personal Computer"),
 "MODALJAR": ("5.2.02.10.02.0008", "Belanja Modal Peralatan Jaringan"),
 "MODALRT": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
 "MODALMEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
 "MODALKANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
 "MODALSTUDIO": ("5.2.02.06.01.0004", "Belanja Modal Alat Studio Video dan Film"),
 "MODALKOM": ("5.2.02.06.02.0002", "Belanja Modal Alat Komunikasi Radio"),
 "MODALDAMKAR": ("5.2.02.02.01.0014", "Belanja Modal Alat Pemadam Kebakaran"),
 "MODALKES": ("5.2.02.07.01.0011", "Belanja Modal Alat Kedokteran Lainnya"),
}
# type of each account: G goods consumable, S service/honor, T travel, M capital
def acct_type(k):
    c = ACCOUNTS[k][0]
    if c.startswith("5.2"): return "M"
    if c.startswith("5.1.02.04"): return "T"
    if c.startswith("5.1.02.02") or c.startswith("5.1.02.03"): return "S"
    if k == "HADIAH": return "S"
    return "G"
# clearly-wrong accounts per type
WRONG = {
 "G": ["MODALKANTOR", "HONOR", "MODALRT", "SEWAALAT", "PERJADIN"],
 "M": ["ATK", "BKOMP", "ALIS", "BAHANLAIN", "CETAK"],
 "S": ["CETAK", "ATK", "MODALKANTOR", "BAHANLAIN", "MAMIN"],
 "T": ["HONOR", "MAMIN", "SEWAKEND", "ATK"],
}
