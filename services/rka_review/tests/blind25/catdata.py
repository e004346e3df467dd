# Catalogue content for review25 (invented, realistic). Prices exclude PPN.
# SSH row: key|kodeprefix|name|spec|unit|price|acc|aliases(;)|altunits(u=f;..)|vol lo-hi
SSH_CATS = [
("ALAT TULIS KANTOR", "1.1.7.01.01.01", """
pen_std|Ballpoint|Tinta hitam 0,5 mm standar|Box isi 12|27000|ATK|Pulpen hitam 0.5;Ballpen standar hitam;Bolpoin tinta hitam|pcs=0.0833333333;Lusin=1|5-40
pen_gel|Ballpoint Gel|Tinta gel 0,5 mm, grip karet|Box isi 12|54000|ATK|Pulpen gel;Gel pen 0,5|pcs=0.0833333333|3-20
pen_sign|Pulpen Tanda Tangan|Roller 0,7 mm tinta biru|Buah|18500|ATK|Pena tanda tangan;Pulpen TTD|-|5-20
pensil_2b|Pensil 2B|Kayu, standar ujian|Lusin|33000|ATK|Pensil 2B;Pensil kayu 2B|pcs=0.0833333333|2-10
spidol_wb|Spidol Whiteboard|Isi ulang, warna campur|Lusin|96000|ATK|Spidol papan tulis;Spidol WB|pcs=0.0833333333|1-6
spidol_perm|Spidol Permanen|Ujung bulat, hitam|Lusin|90000|ATK|Spidol permanent hitam;Marker permanen|pcs=0.0833333333|1-6
stabilo|Stabilo / Highlighter|Warna campur|Pak isi 5|42000|ATK|Highlighter;Stabilo boss|-|2-10
tipex|Correction Pen|Cair 7 ml|Buah|9500|ATK|Tip-ex cair;Koreksi pen|-|5-24
ctape|Correction Tape|5 mm x 6 m|Buah|11000|ATK|Tip-ex kertas;Correction tape|-|5-24
map_plastik|Map Plastik Kancing|Folio, transparan|Lusin|36000|ATK|Map kancing plastik;Stopmap plastik F4|pcs=0.0833333333|2-20
map_kertas|Map Kertas Biasa|Folio, 250 gsm|Pak isi 50|82000|ATK|Map kertas;Stopmap kertas folio|-|1-6
ordner|Ordner / Box File|Folio, punggung 7 cm|Buah|34500|ATK|Ordner folio 7 cm;Box file ordner|-|10-60
ordner_5|Ordner / Box File|A4, punggung 5 cm|Buah|31000|ATK|Ordner A4 5 cm|-|10-60
odner_plast|Box File Plastik|Folio, tebal 10 cm, bertutup|Buah|38000|ATK|Box file plastik tebal;Box file bertutup|-|10-60
stapler_10|Stapler|Ukuran no. 10|Buah|21000|ATK|Hekter kecil no.10;Stapler kecil|-|2-10
stapler_besar|Stapler Besar|HD-12, kapasitas 100 lbr|Buah|235000|ATK|Stapler jumbo;Hekter besar|-|1-3
isi_stapler10|Isi Stapler|No. 10|Box isi 20 kotak kecil|46000|ATK|Isi hekter no.10;Refill staples no 10|Kotak kecil=0.05|1-10
isi_stapler_24|Isi Stapler|No. 24/6|Box isi 10 kotak kecil|52000|ATK|Isi hekter 24/6;Refill staples 24/6|-|1-10
paperclip|Paper Clip|No. 3, 100 pcs|Kotak|4800|ATK|Klip kertas no 3;Paper clip|Pak isi 10 kotak=10|5-40
binder_clip|Binder Clip|No. 155 (besar)|Kotak isi 12|23500|ATK|Binder clip 155;Penjepit kertas besar|-|2-20
binder_clip_s|Binder Clip|No. 107 (kecil)|Kotak isi 12|9000|ATK|Binder clip 107|-|2-20
lakban_cok|Lakban Coklat|48 mm x 90 yard|Roll|16500|ATK|Lakban coklat 2 inch;Selotip lakban coklat|Slop isi 6 roll=6|5-30
lakban_bening|Lakban Bening|48 mm x 90 yard|Roll|15000|ATK|Lakban transparan 2 inch|-|5-30
double_tape|Double Tape|24 mm busa|Roll|14000|ATK|Dobel tip busa 1 inch|-|3-20
gunting|Gunting Kertas|Sedang 8 inch|Buah|17500|ATK|Gunting sedang|-|2-10
cutter|Cutter|Besar L-500|Buah|19000|ATK|Pisau cutter besar|-|2-10
lem_kertas|Lem Kertas Cair|50 ml|Buah|5500|ATK|Lem cair;Lem kertas|-|5-24
post_it|Sticky Notes|3 x 3 inch, 100 lembar|Pak|9800|ATK|Post it 3x3;Kertas memo tempel|-|5-40
buku_agenda|Buku Agenda|Folio 100 lembar, hard cover|Buah|32000|ATK|Buku agenda surat;Agenda folio 100 lbr|-|5-30
buku_ekspedisi|Buku Ekspedisi|Kuarto 100 lembar|Buah|16500|ATK|Buku ekspedisi|-|5-20
stempel_tinta|Tinta Stempel|Biru, 50 ml|Botol|11000|ATK|Tinta cap biru;Tinta stempel|-|2-10
bak_stempel|Bak Stempel|No. 2|Buah|23000|ATK|Bantalan stempel|-|2-6
pembatas_buku|Pembatas Indeks|Plastik warna, 5 warna|Pak|12500|ATK|Index pembatas warna;Sticky index|-|5-30
"""),
("KERTAS DAN COVER", "1.1.7.01.01.02", """
hvs_a4_70|Kertas HVS|A4 70 gsm|Rim|52000|KRT|Kertas HVS A4 70 gr;HVS A4 70gsm|Box isi 5 rim=5|10-80
hvs_a4_80|Kertas HVS|A4 80 gsm|Rim|61000|KRT|Kertas HVS A4 80 gr;HVS A4 80gsm;Kertas A4 80 gram|Box isi 5 rim=5|10-80
hvs_f4_70|Kertas HVS|F4 / Folio 70 gsm|Rim|58000|KRT|Kertas HVS F4 70 gr;HVS folio 70gsm|Box isi 5 rim=5|10-80
hvs_f4_80|Kertas HVS|F4 / Folio 80 gsm|Rim|67500|KRT|Kertas HVS F4 80 gr;HVS folio 80gsm;Kertas F4 80 gram|Box isi 5 rim=5|10-80
hvs_a3_80|Kertas HVS|A3 80 gsm|Rim|128000|KRT|Kertas A3 80 gr|-|2-10
kertas_warna|Kertas HVS Warna|A4 80 gsm, campur|Rim|72000|KRT|HVS warna A4;Kertas warna A4|-|2-10
art_paper|Kertas Art Paper|A3+ 260 gsm|Pak isi 100|165000|KRT|Art paper 260 gr A3+;Kertas art paper|-|1-10
sertifikat_kertas|Kertas Sertifikat|A4 220 gsm, motif|Pak isi 100|145000|KRT|Kertas piagam A4;Kertas sertifikat motif|-|1-6
cover_mika|Plastik Cover Mika|F4, 0,2 mm|Pak isi 100|88000|KRT|Mika jilid F4|-|1-6
cover_bc|Kertas Cover Buffalo|F4, warna|Pak isi 100|74000|KRT|Kertas buffalo F4;Cover jilid buffalo|-|1-6
kertas_thermal|Kertas Thermal|80 x 80 mm|Roll|7500|KRT|Kertas struk 80mm;Roll thermal 80 mm;Kertas antrian 80x80|Dus isi 50 roll=50|20-300
kertas_thermal58|Kertas Thermal|58 x 48 mm|Roll|4300|KRT|Kertas struk 58mm|Dus isi 100 roll=100|20-300
kertas_label|Kertas Label|No. 103, 10 lembar|Pak|7000|KRT|Label Tom & Jerry 103;Stiker label 103|-|5-40
amplop_kop|Amplop Putih|Kabinet 110 x 230 mm|Box isi 100|38000|KRT|Amplop kabinet;Amplop putih panjang|-|2-20
amplop_coklat|Amplop Coklat|Folio 250 x 350 mm|Pak isi 50|59000|KRT|Amplop coklat F4;Amplop folio coklat|-|2-10
"""),
("BAHAN CETAK", "1.1.7.01.01.03", """
cetak_spanduk|Cetak Spanduk|Flexi 280 gr, per m2|M2|32000|CTK|Spanduk flexi;Cetak banner flexi|-|6-60
cetak_spanduk_korea|Cetak Spanduk|Flexi Korea 440 gr, per m2|M2|58000|CTK|Banner flexi Korea|-|6-40
cetak_xbanner|Cetak X-Banner|60 x 160 cm, termasuk rangka|Buah|175000|CTK|X banner 60x160;Xbanner + stand|-|2-8
cetak_rollup|Cetak Roll Up Banner|85 x 200 cm, termasuk rangka|Buah|420000|CTK|Roll up banner 85x200|-|1-4
cetak_backdrop|Cetak Backdrop|Flexi + rangka, per m2|M2|125000|CTK|Backdrop panggung|-|12-24
cetak_leaflet|Cetak Leaflet|A4 lipat 3, art paper 120 gr, 2 sisi|Lembar|1900|CTK|Leaflet lipat tiga;Brosur A4 lipat 3|-|500-5000
cetak_brosur_a5|Cetak Brosur|A5 art paper 150 gr, 1 sisi|Lembar|1100|CTK|Flyer A5|-|500-3000
cetak_buku|Cetak Buku / Laporan|A4, 100 hlm, soft cover, hitam putih|Eksemplar|46000|CTK|Penggandaan buku laporan;Cetak buku A4 100 halaman|-|20-200
cetak_buku_warna|Cetak Buku / Laporan|A4, 100 hlm, soft cover, full colour|Eksemplar|118000|CTK|Cetak buku full color|-|20-100
fotokopi|Penggandaan / Fotokopi|A4/F4 hitam putih|Lembar|250|CTK|Fotokopi;Penggandaan bahan|-|1000-20000
jilid_spiral|Jilid Spiral|A4/F4, kawat|Buah|9000|CTK|Jilid spiral kawat|-|10-200
jilid_hard|Jilid Hard Cover|A4, tinta emas|Buah|45000|CTK|Jilid hardcover;Jilid lux|-|5-50
cetak_sertifikat|Cetak Sertifikat / Piagam|A4 art carton 260 gr, full colour|Lembar|6500|CTK|Sertifikat peserta;Piagam penghargaan|-|30-300
cetak_stiker|Cetak Stiker|Vinyl, per m2|M2|115000|CTK|Stiker vinyl|-|1-6
cetak_kartu|Cetak ID Card|PVC + tali lanyard|Buah|18000|CTK|ID card peserta;Name tag PVC + lanyard|-|30-300
cetak_blanko|Cetak Blanko / Formulir|Kuarto HVS 70 gr, 1 warna|Lembar|380|CTK|Blanko formulir;Cetak formulir isian|Rim=500|1000-10000
cetak_map_logo|Cetak Map Berlogo|Folio, art carton 260 gr, full colour|Buah|6800|CTK|Map logo Pemkot;Map cetak berlogo|-|100-1000
"""),
("BAHAN KOMPUTER", "1.1.7.01.01.05", """
tinta_664|Tinta Printer|Botol 70 ml seri 664, warna|Botol|78000|KOM|Tinta printer 664;Refill tinta 664|Set 4 warna=4|4-40
tinta_003|Tinta Printer|Botol 65 ml seri 003, warna|Botol|84000|KOM|Tinta 003;Refill tinta 003|Set 4 warna=4|4-40
tinta_gt51|Tinta Printer|Botol 90 ml seri GT51/52, hitam|Botol|112000|KOM|Tinta GT51 hitam|-|4-24
toner_85a|Toner Printer Laser|Seri 85A, hitam, original|Buah|1085000|KOM|Toner 85A;Cartridge laser 85A|-|2-12
toner_85a_comp|Toner Printer Laser|Seri 85A, hitam, compatible|Buah|265000|KOM|Toner compatible 85A|-|2-12
toner_78a|Toner Printer Laser|Seri 78A, hitam, original|Buah|1195000|KOM|Toner 78A|-|2-10
pita_lx310|Pita Printer|Dot matrix LX-310|Buah|48000|KOM|Pita printer dot matrix|-|2-12
flashdisk_16|Flashdisk|16 GB, USB 3.0|Buah|62000|KOM|Flashdisk 16GB;USB flashdrive 16 GB|-|3-20
flashdisk_32|Flashdisk|32 GB, USB 3.0|Buah|79000|KOM|Flashdisk 32GB;Flash disk 32 GB|-|3-20
flashdisk_64|Flashdisk|64 GB, USB 3.0|Buah|112000|KOM|Flashdisk 64GB;USB flash 64 GB|-|3-20
hdd_1tb|Hardisk Eksternal|1 TB, USB 3.0, 2,5 inch|Buah|845000|KOM|Harddisk eksternal 1TB;HDD external 1 TB|-|1-4
hdd_2tb|Hardisk Eksternal|2 TB, USB 3.0, 2,5 inch|Buah|1265000|KOM|Harddisk eksternal 2TB;HDD external 2 TB|-|1-4
ssd_512|SSD Internal|512 GB SATA 2,5 inch|Buah|735000|KOM|SSD 512GB|-|1-6
mouse_usb|Mouse|USB kabel, optical|Buah|68000|KOM|Mouse kabel USB;Mouse optik|-|3-15
mouse_wl|Mouse|Wireless 2,4 GHz|Buah|115000|KOM|Mouse wireless;Mouse tanpa kabel|-|3-15
keyboard|Keyboard|USB kabel, standar|Buah|125000|KOM|Keyboard USB|-|2-10
kabel_utp|Kabel UTP|Cat 6, 305 m|Roll|2150000|KOM|Kabel LAN cat6;Kabel UTP Cat.6|Meter=0.0032786885|1-3
rj45|Konektor RJ45|Cat 6|Pak isi 100|165000|KOM|Konektor RJ-45 cat6|-|1-3
dvd_r|DVD-R|4,7 GB|Pak isi 50|265000|KOM|DVD-R 4.7GB;Kepingan DVD|Keping=0.02|1-3
"""),
("ALAT LISTRIK DAN ELEKTRONIK", "1.1.7.01.01.07", """
lampu_led_12|Lampu LED|12 watt, E27, putih|Buah|38000|LST|Lampu LED 12W;Bohlam LED 12 watt|-|10-60
lampu_led_18|Lampu LED|18 watt, E27, putih|Buah|54000|LST|Lampu LED 18W;Bohlam LED 18 watt|-|10-60
lampu_tl|Lampu TL LED|T8, 18 watt, 120 cm|Buah|62000|LST|Lampu TL LED 120 cm|-|10-60
stopkontak|Stop Kontak|4 lubang, kabel 3 m, SNI|Buah|78000|LST|Terminal listrik 4 lubang;Colokan kabel roll 3m|-|3-15
kabel_roll|Kabel Roll|Gulung 15 m, 4 lubang|Buah|235000|LST|Kabel gulung 15 m;Cable reel 15 m|-|1-6
kabel_nym|Kabel NYM|2 x 2,5 mm, 50 m|Roll|725000|LST|Kabel NYM 2x2,5|Meter=0.02|1-4
baterai_aa|Baterai Alkaline|AA, 1,5 V|Pak isi 4|34000|LST|Baterai AA alkaline;Batre A2|Buah=0.25|5-40
baterai_aaa|Baterai Alkaline|AAA, 1,5 V|Pak isi 4|33000|LST|Baterai AAA alkaline;Batre A3|Buah=0.25|5-40
baterai_9v|Baterai|9 V kotak|Buah|29000|LST|Baterai kotak 9V|-|5-20
senter|Senter LED|Rechargeable, 10 watt|Buah|145000|LST|Lampu senter cas;Senter isi ulang|-|4-20
senter_kepala|Senter Kepala|LED, rechargeable|Buah|125000|LST|Headlamp LED|-|4-20
"""),
("BAHAN BAKAR DAN PELUMAS", "1.1.7.01.03.02", """
pertalite|Bensin Pertalite|RON 90|Liter|10000|BBM|BBM Pertalite;Bensin pertalite|-|500-6000
pertamax|Bensin Pertamax|RON 92|Liter|12900|BBM|BBM Pertamax;Bensin RON 92|-|500-6000
dexlite|Solar Dexlite|CN 51|Liter|13300|BBM|BBM Dexlite;Solar dexlite|-|500-8000
biosolar|Biosolar|Solar subsidi, kendaraan dinas tertentu|Liter|6800|BBM|Solar;Biosolar|-|500-8000
oli_mesin|Oli Mesin|SAE 10W-40, 4 liter|Galon|265000|BBM|Oli mesin 10W-40 gln 4 lt;Pelumas mesin 4 L|-|4-24
oli_diesel|Oli Mesin Diesel|SAE 15W-40, 5 liter|Galon|385000|BBM|Oli diesel 15W-40 5 lt|-|4-24
oli_gardan|Oli Gardan|SAE 90, 1 liter|Botol|68000|BBM|Oli gardan 90|-|4-24
"""),
("PERLENGKAPAN KEARSIPAN", "1.1.7.01.01.08", """
boks_arsip|Boks Arsip|Karton gelombang, 37 x 9 x 27 cm, standar ANRI|Buah|24500|ATK|Boks arsip karton standar ANRI;Box arsip;Kotak arsip karton|-|200-2000
boks_arsip_plastik|Boks Arsip Plastik|Polypropylene, folio|Buah|47000|ATK|Box arsip plastik|-|50-300
folder_arsip|Folder Arsip|Karton manila 230 gsm, folio|Buah|3600|ATK|Folder arsip manila;Map folder arsip|Pak isi 50=50|500-5000
map_gantung|Map Gantung|Folio, dengan tab|Buah|6200|ATK|Hanging map;Map gantung folio|Pak isi 50=50|100-1000
label_arsip|Label Boks Arsip|Stiker, 10 x 5 cm|Lembar|1200|ATK|Label boks arsip;Stiker label arsip|-|200-2000
sarung_tangan|Sarung Tangan Kain|Katun putih (arsip)|Pasang|6500|BHN|Sarung tangan katun putih|Lusin=12|24-240
masker_medis|Masker Medis|3 ply, earloop|Box isi 50|28000|BHN|Masker 3 ply;Masker sekali pakai|-|5-40
kapur_barus|Kamper / Kapur Barus|Pengusir serangga, 200 gr|Pak|14500|BHN|Kamper arsip;Kapur barus|-|10-60
silica_gel|Silica Gel|Sachet 100 gr|Buah|6000|BHN|Silica gel 100gr;Penyerap lembab|-|20-200
tali_rafia|Tali Rafia|Gulungan 1 kg|Roll|26000|ATK|Tali rafia|-|2-10
bookcase_tali|Tali Pengikat Arsip|Kain keper 1 cm, 50 m|Roll|35000|ATK|Tali keper arsip;Pita pengikat berkas|-|2-20
"""),
("PERLENGKAPAN PEMADAM KEBAKARAN DAN K3", "1.1.7.01.01.09", """
apar_3|Alat Pemadam Api Ringan (APAR)|Powder 3 kg, lengkap bracket|Tabung|585000|DAM|APAR powder 3 kg;Tabung APAR 3kg|-|5-40
apar_6|Alat Pemadam Api Ringan (APAR)|Powder 6 kg, lengkap bracket|Tabung|895000|DAM|APAR powder 6 kg;Tabung APAR 6kg|-|5-40
apar_co2|Alat Pemadam Api Ringan (APAR)|CO2 5 kg|Tabung|1850000|DAM|APAR CO2 5 kg|-|2-10
refill_apar|Isi Ulang APAR|Powder, per kg|Kg|52000|DAM|Refill APAR powder;Isi ulang tabung APAR|-|20-300
selang_15|Selang Pemadam|1,5 inch, 20 m, coupling machino|Roll|2650000|DAM|Selang hydrant 1,5";Fire hose 1.5 inch 20m|-|2-12
selang_25|Selang Pemadam|2,5 inch, 20 m, coupling machino|Roll|3450000|DAM|Selang hydrant 2,5";Fire hose 2.5 inch 20m|-|2-12
nozzle|Nozzle Pemadam|Jet/spray 1,5 inch, kuningan|Buah|1150000|DAM|Nozle semprot 1.5";Nozzle kuningan|-|2-8
foam|Foam Konsentrat|AFFF 3%, jerigen 20 liter|Jerigen|2450000|DAM|Foam AFFF 3%;Cairan busa pemadam|-|2-10
helm_damkar|Helm Pemadam|Standar NFPA, dengan visor|Buah|1750000|PKN|Helm fireman;Helm damkar|-|5-20
baju_tahan_api|Pakaian Tahan Api|Fire suit NFPA 1971, set jaket+celana|Set|7850000|PKN|Fire suit;Baju tahan panas damkar|-|2-10
sepatu_damkar|Sepatu Pemadam|Boots karet, steel toe|Pasang|985000|PKN|Sepatu boots damkar;Fire boots|-|5-20
sarung_damkar|Sarung Tangan Pemadam|Tahan panas, kulit|Pasang|465000|PKN|Sarung tangan fireman|-|5-20
kotak_p3k|Kotak P3K|Lengkap isi, tipe B|Buah|385000|BHN|Kotak obat P3K;First aid kit|-|2-10
rompi_reflektor|Rompi Reflektor|Scotchlite, hijau/oranye|Buah|68000|PKN|Rompi scotlight;Rompi reflektif|-|10-50
kerucut_lalin|Traffic Cone|PVC 70 cm, reflektor|Buah|115000|DAM|Kerucut lalu lintas;Traffic cone 70cm|-|5-20
tandu|Tandu Lipat|Aluminium, 2 lipatan|Buah|1650000|DAM|Tandu evakuasi lipat|-|1-4
"""),
("PERIKANAN", "1.1.7.01.05.01", """
benih_nila|Benih Ikan Nila|Ukuran 5-7 cm|Ekor|450|PRK|Bibit ikan nila 5-7 cm;Benih nila|Rb ekor=1000|10000-80000
benih_nila_s|Benih Ikan Nila|Ukuran 3-5 cm|Ekor|300|PRK|Benih nila kecil 3-5|Rb ekor=1000|10000-80000
benih_lele|Benih Ikan Lele|Ukuran 7-9 cm|Ekor|380|PRK|Bibit lele 7-9 cm;Benih lele sangkuriang|Rb ekor=1000|10000-80000
benih_patin|Benih Ikan Patin|Ukuran 2-3 inch|Ekor|600|PRK|Bibit patin 2-3";Benih patin|-|5000-40000
benih_gurame|Benih Ikan Gurame|Ukuran 5-8 cm|Ekor|1200|PRK|Bibit gurame;Benih gurami|-|2000-20000
pakan_apung|Pakan Ikan Apung|Protein 30%, karung 30 kg|Sak|365000|PRK|Pelet apung 30 kg;Pakan pelet ikan protein 30%|Kg=0.0333333333|50-600
pakan_starter|Pakan Ikan Starter|Protein 39%, karung 30 kg|Sak|495000|PRK|Pakan starter;Pelet benih protein 39%|Kg=0.0333333333|20-200
terpal_kolam|Terpal Kolam|A12, 4 x 6 m|Lembar|385000|PRK|Terpal kolam 4x6;Kolam terpal A12|-|10-60
terpal_bulat|Kolam Bundar Terpal|Diameter 2 m, rangka besi|Unit|1450000|PRK|Kolam bundar 2 m;Kolam bioflok D2|-|5-30
jaring_ikan|Jaring / Waring|Mesh 2 mm, lebar 1,5 m|Meter|9500|PRK|Waring hijau;Jaring kolam|Roll 100 m=100|100-1000
aerator|Aerator Kolam|Pompa udara 60 watt, 4 lubang|Unit|465000|PRK|Pompa aerator 4 lubang;Blower aerator kolam|-|5-30
probiotik|Probiotik Ikan|Cair, 1 liter|Botol|78000|PRK|Probiotik budidaya;Probiotik ikan cair|-|20-200
kapur_pertanian|Kapur Dolomit|Karung 25 kg|Sak|48000|PRK|Dolomit 25kg;Kapur dolomit|-|20-200
cool_box|Cool Box|Kapasitas 100 liter|Unit|1850000|PRK|Box pendingin ikan 100 L;Coolbox 100L|-|5-20
cool_box_45|Cool Box|Kapasitas 45 liter|Unit|850000|PRK|Coolbox 45L|-|5-20
timbangan_ikan|Timbangan Gantung Digital|Kapasitas 50 kg|Unit|285000|PRK|Timbangan gantung 50 kg|-|5-20
es_balok|Es Balok|Ukuran 20 kg|Balok|25000|PRK|Es balok|-|20-200
"""),
("PAKAIAN KERJA DAN ATRIBUT", "1.1.7.01.06.01", """
pdl|Pakaian Dinas Lapangan (PDL)|Bahan drill, lengkap atribut|Stel|485000|PKN|Baju PDL + celana;Seragam PDL|-|10-60
kaos_kegiatan|Kaos Kegiatan|Cotton combed 30s, sablon 2 sisi|Buah|95000|PKN|Kaos peserta;T-shirt kegiatan|-|30-300
rompi_kegiatan|Rompi Kegiatan|Bahan drill, bordir logo|Buah|175000|PKN|Rompi panitia;Rompi bordir|-|10-60
topi_kegiatan|Topi Kegiatan|Bordir logo|Buah|45000|PKN|Topi bordir;Topi peserta|-|30-300
jaket_dinas|Jaket Dinas|Bahan taslan, bordir|Buah|285000|PKN|Jaket taslan bordir|-|10-60
jersey|Kaos Olahraga / Jersey|Printing full, bahan dry-fit|Stel|215000|PKN|Jersey futsal;Baju olahraga printing|-|10-40
sepatu_pdl|Sepatu PDL|Kulit, standar dinas|Pasang|585000|PKN|Sepatu dinas lapangan|-|10-40
"""),
("BAHAN KEBERSIHAN DAN RUMAH TANGGA", "1.1.7.01.01.10", """
tisu_kotak|Tisu Kotak|250 lembar 2 ply|Kotak|18500|BHN|Tissue kotak;Tisu wajah box|Dus isi 24=24|10-100
tisu_gulung|Tisu Gulung|Isi 10 roll|Pak|42000|BHN|Tisu toilet roll|-|5-40
air_mineral_gelas|Air Mineral Gelas|220 ml, isi 48|Dus|32000|MMR|Aqua gelas;Air mineral cup 220 ml|-|10-200
air_mineral_botol|Air Mineral Botol|600 ml, isi 24|Dus|52000|MMR|Air mineral botol 600 ml;Aqua botol tanggung|-|10-200
air_galon|Air Minum Isi Ulang Galon|19 liter, isi ulang|Galon|22000|MMR|Isi ulang galon 19 L;Air galon|-|50-500
kopi|Kopi Bubuk|Kemasan 200 gr|Bungkus|28000|MMR|Kopi bubuk 200 gr|-|10-60
gula|Gula Pasir|Kemasan 1 kg|Kg|18500|MMR|Gula pasir|-|10-60
teh|Teh Celup|Isi 25 kantong|Kotak|9500|MMR|Teh celup|-|10-60
sabun_cair|Sabun Cuci Tangan Cair|Refill 800 ml|Pouch|29000|BHN|Hand soap refill;Sabun cuci tangan|-|10-60
pembersih_lantai|Pembersih Lantai|Refill 800 ml|Pouch|17500|BHN|Karbol wangi;Pembersih lantai|-|10-60
kantong_sampah|Kantong Sampah|Besar 90 x 120 cm, isi 10|Pak|18000|BHN|Plastik sampah besar|-|10-60
sapu|Sapu Ijuk|Gagang kayu|Buah|32000|BHN|Sapu lantai|-|4-20
pel|Alat Pel|Pel putar + ember|Set|185000|BHN|Spin mop;Pel lantai set|-|2-6
"""),
("PERABOT DAN PERALATAN KANTOR (ASET)", "1.3.2.05.01.05", """
laptop_i5|Laptop / Notebook|Core i5 gen 13 / Ryzen 5 setara, RAM 16 GB, SSD 512 GB, 14 inch|Unit|13850000|MPC|Laptop core i5 RAM 16GB;Notebook i5 14";Laptop kantor i5|-|1-6
laptop_i7|Laptop / Notebook|Core i7 gen 13 / Ryzen 7 setara, RAM 16 GB, SSD 1 TB, 14 inch|Unit|19750000|MPC|Laptop core i7;Notebook i7 RAM 16GB|-|1-4
laptop_i3|Laptop / Notebook|Core i3 / setara, RAM 8 GB, SSD 256 GB, 14 inch|Unit|8450000|MPC|Laptop core i3|-|1-6
pc_aio|PC All in One|Core i5, RAM 16 GB, SSD 512 GB, layar 23,8 inch|Unit|14750000|MPC|Komputer AIO i5;PC all-in-one 24"|-|1-6
pc_aio_i3|PC All in One|Core i3, RAM 8 GB, SSD 256 GB, layar 21,5 inch|Unit|9650000|MPC|Komputer AIO i3|-|1-6
printer_ink|Printer Inkjet|Ink tank, print/scan/copy, A4|Unit|3150000|MPP|Printer ink tank A4 multifungsi;Printer 3in1 infus|-|1-6
printer_ink_f4|Printer Inkjet|Ink tank, print/scan/copy, F4 + ADF|Unit|4650000|MPP|Printer ink tank F4 ADF|-|1-4
printer_laser|Printer Laser|Monokrom A4, 38 ppm|Unit|4350000|MPP|Printer laserjet mono|-|1-4
printer_thermal|Printer Thermal|80 mm, USB + LAN, auto cutter|Unit|1850000|MPP|Printer struk 80mm;Printer antrian thermal|-|1-6
scanner_doc|Scanner Dokumen|ADF, A4, 40 ppm, duplex|Unit|9850000|MPP|Scanner ADF duplex A4;Document scanner 40 ppm|-|1-4
scanner_f4|Scanner Flatbed|A3/F4 flatbed, 1200 dpi|Unit|12400000|MPP|Scanner flatbed A3|-|1-2
ups|UPS|1200 VA|Unit|1650000|MPP|UPS 1200VA;Stabilizer UPS 1,2 kVA|-|1-6
proyektor|Proyektor LCD|3.600 lumen, XGA|Unit|6850000|MST|Infokus 3600 lumens;LCD projector|-|1-3
layar_proyektor|Layar Proyektor|Tripod 70 inch|Unit|1350000|MST|Screen proyektor 70";Layar tripod|-|1-3
kamera_mirrorless|Kamera Mirrorless|24 MP, lensa kit 15-45 mm|Unit|11250000|MST|Kamera mirrorless 24MP|-|1-2
sound_portable|Sound System Portable|Speaker 15 inch + 2 mic wireless|Unit|5850000|MST|Speaker portable 15" + mic;Sound portable meeting|-|1-3
tv_led_55|Televisi LED|55 inch, smart TV|Unit|7450000|MST|Smart TV 55";TV LED 55 inch|-|1-3
tv_led_43|Televisi LED|43 inch, smart TV|Unit|4650000|MST|Smart TV 43";TV LED 43 inch|-|1-3
ac_1pk|AC Split|1 PK, inverter, termasuk pemasangan|Unit|5450000|MAC|AC split 1 PK inverter;Air conditioner 1 PK|-|1-6
ac_15pk|AC Split|1,5 PK, inverter, termasuk pemasangan|Unit|6950000|MAC|AC split 1,5 PK inverter|-|1-6
ac_2pk|AC Split|2 PK, inverter, termasuk pemasangan|Unit|9250000|MAC|AC split 2 PK inverter|-|1-4
kursi_kerja|Kursi Kerja|Hidrolik, sandaran jaring, beroda|Buah|1150000|MMB|Kursi putar staf;Kursi kerja hidrolik|-|2-12
kursi_lipat|Kursi Lipat|Rangka besi, dudukan busa|Buah|285000|MMB|Kursi lipat besi;Kursi chitose lipat|-|10-80
kursi_tunggu|Kursi Tunggu|Besi, 3 dudukan|Set|1950000|MMB|Kursi tunggu 3 seater;Kursi antrian 3 dudukan|-|2-12
meja_kerja|Meja Kerja|1/2 biro, kayu olahan 120 cm|Buah|1850000|MMB|Meja 1/2 biro;Meja kerja staf 120 cm|-|2-10
meja_rapat|Meja Rapat|Kayu olahan, 240 x 120 cm|Buah|4750000|MMB|Meja meeting 240x120|-|1-4
lemari_arsip|Lemari Arsip|Besi, 4 laci, folio|Buah|3650000|MMB|Filing cabinet 4 laci;Lemari arsip 4 laci|-|1-6
rak_arsip_besi|Rak Arsip|Besi siku, 5 susun, 90 x 40 x 200 cm|Buah|1450000|MMB|Rak besi siku 5 susun;Rak arsip besi|-|4-20
roll_opack|Roll O'Pack|Mobile file 6 kompartemen, manual|Unit|78500000|MMB|Mobile file roll o pack;Rak arsip geser|-|1-2
lemari_buku|Lemari Buku|Kayu, kaca 2 pintu|Buah|2850000|MMB|Rak buku kaca 2 pintu|-|2-10
brankas|Brankas|Kapasitas 60 kg, kunci kombinasi|Unit|4850000|MAK|Brangkas 60 kg|-|1-2
mesin_antrian|Mesin Antrian|Touchscreen 21 inch + 1 display + printer tiket|Set|26500000|MAK|Mesin antrian touchscreen;Sistem antrian kiosk|-|1-2
mesin_absensi|Mesin Absensi|Sidik jari + wajah|Unit|2950000|MAK|Mesin fingerprint face;Absensi wajah|-|1-4
penghancur_kertas|Mesin Penghancur Kertas|Kapasitas 12 lembar, cross cut|Unit|3250000|MAK|Paper shredder 12 lbr|-|1-3
dehumidifier|Dehumidifier|Kapasitas 20 liter/hari|Unit|4750000|MAK|Penyerap kelembaban ruang arsip 20 L|-|1-4
"""),
("PERLENGKAPAN KEGIATAN DAN VARIAN LAIN", "1.1.7.01.01.11", """
x_pen_bic_biru|Ballpoint|Tinta biru 0,7 mm standar|Box isi 12|28500|ATK|Pulpen biru 0.7|pcs=0.0833333333|5-40
x_map_l|Map Plastik L|A4, transparan|Pak isi 12|27000|ATK|Map L bening|-|2-20
x_clear_holder|Clear Holder|F4, 20 kantong|Buah|24500|ATK|Clear holder 20 lembar|-|5-40
x_clear_holder60|Clear Holder|F4, 60 kantong|Buah|52000|ATK|Clear holder 60 lembar|-|5-40
x_papan_klip|Papan Ujian / Clipboard|Folio, plastik|Buah|16500|ATK|Papan jalan clipboard|-|10-60
x_blocknote|Blocknote|A5, 50 lembar, bergaris|Buah|7500|ATK|Notes A5 bergaris|-|30-300
x_tas_seminar|Tas Seminar|Kain spunbond, sablon 1 warna|Buah|14500|ATK|Goodie bag spunbond|-|30-300
x_hvs_a4_75|Kertas HVS|A4 75 gsm|Rim|56000|KRT|HVS A4 75 gr|Box isi 5 rim=5|10-80
x_hvs_b5|Kertas HVS|B5 70 gsm|Rim|44000|KRT|HVS B5|-|5-20
x_photo_paper|Kertas Foto|A4 glossy 230 gsm, isi 20|Pak|38000|KRT|Photo paper A4 glossy|-|2-10
x_kertas_ncr|Kertas NCR|Kuarto 3 ply, 500 set|Rim|245000|KRT|Kertas NCR 3 rangkap|-|1-6
x_toner_12a|Toner Printer Laser|Seri 12A, hitam, original|Buah|1025000|KOM|Toner 12A|-|2-10
x_toner_26a|Toner Printer Laser|Seri 26A, hitam, original|Buah|1695000|KOM|Toner 26A|-|2-6
x_tinta_005|Tinta Printer|Botol 65 ml seri 005, hitam|Botol|98000|KOM|Tinta 005 hitam|-|4-24
x_flashdisk_128|Flashdisk|128 GB, USB 3.2|Buah|185000|KOM|Flashdisk 128GB|-|2-10
x_webcam|Webcam|Full HD 1080p, mic|Buah|465000|KOM|Webcam HD|-|1-6
x_headset|Headset|USB, noise cancelling|Buah|285000|KOM|Headset USB|-|2-10
x_kabel_hdmi|Kabel HDMI|Panjang 10 m|Buah|135000|KOM|Kabel HDMI 10 m|-|2-6
x_kabel_hdmi5|Kabel HDMI|Panjang 5 m|Buah|85000|KOM|Kabel HDMI 5 m|-|2-6
x_lampu_led_9|Lampu LED|9 watt, E27, putih|Buah|29000|LST|Lampu LED 9W|-|10-60
x_lampu_sorot|Lampu Sorot LED|100 watt, outdoor IP65|Buah|385000|LST|Lampu tembak 100 W|-|2-10
x_terminal_6|Stop Kontak|6 lubang, kabel 5 m, SNI|Buah|112000|LST|Terminal listrik 6 lubang|-|3-15
x_apar_9|Alat Pemadam Api Ringan (APAR)|Powder 9 kg, troli|Tabung|1450000|DAM|APAR 9 kg troli|-|2-10
x_refill_co2|Isi Ulang APAR|CO2, per kg|Kg|68000|DAM|Refill APAR CO2|-|10-100
x_selang_15_30|Selang Pemadam|1,5 inch, 30 m, coupling machino|Roll|3350000|DAM|Fire hose 1.5 inch 30m|-|2-8
x_kapak|Kapak Pemadam|Kapak pemadam gagang fiber|Buah|675000|DAM|Kapak damkar|-|2-10
x_benih_lele_s|Benih Ikan Lele|Ukuran 5-7 cm|Ekor|250|PRK|Bibit lele 5-7 cm|Rb ekor=1000|10000-80000
x_benih_nila_merah|Benih Ikan Nila Merah|Ukuran 5-7 cm|Ekor|550|PRK|Bibit nila merah|-|10000-50000
x_pakan_tenggelam|Pakan Ikan Tenggelam|Protein 28%, karung 30 kg|Sak|335000|PRK|Pelet tenggelam 30 kg|Kg=0.0333333333|20-200
x_terpal_a5|Terpal Kolam|A5, 4 x 6 m|Lembar|265000|PRK|Terpal A5 4x6|-|10-60
x_serok|Serokan Ikan|Gagang 1,5 m, jaring halus|Buah|45000|PRK|Serok ikan|-|10-60
x_kaos_polo|Kaos Polo Kegiatan|Lacoste cotton, bordir logo|Buah|145000|PKN|Polo shirt bordir|-|30-300
x_topi_rimba|Topi Rimba|Drill, bordir|Buah|65000|PKN|Topi rimba bordir|-|10-60
x_tisu_makan|Tisu Makan|Isi 50 lembar|Pak|9500|BHN|Tisu makan|-|10-60
x_gelas_plastik|Gelas Plastik Sekali Pakai|220 ml, isi 50|Pak|16000|BHN|Gelas plastik|-|10-60
x_kursi_plastik|Kursi Plastik|Tanpa sandaran tangan|Buah|95000|PRB|Kursi plastik|-|10-80
x_meja_lipat|Meja Lipat|Rangka besi, 120 x 60 cm|Buah|685000|MMB|Meja lipat besi|-|2-10
x_lemari_es|Lemari Es|2 pintu, 300 liter|Unit|5650000|MAK|Kulkas 2 pintu|-|1-2
x_dispenser|Dispenser Air|Galon bawah, panas-dingin|Unit|2150000|MAK|Dispenser galon bawah|-|1-4
x_ac_05pk|AC Split|1/2 PK, standar, termasuk pemasangan|Unit|3950000|MAC|AC split 1/2 PK|-|1-6
"""),
]

# SBU: key|uraian|spesifikasi|satuan|price|acc|aliases|kind
SBU_CATS = [
("HONORARIUM", """
hon_es2|Honorarium Narasumber|Pejabat Eselon II / setara|OJ|1400000|HON|Honor narasumber eselon II;Honorarium narsum pejabat eselon II|oj
hon_es3|Honorarium Narasumber|Pejabat Eselon III ke bawah / setara|OJ|1000000|HON|Honor narasumber eselon III;Honorarium narasumber ASN|oj
hon_prof|Honorarium Narasumber|Non ASN / praktisi / profesional|OJ|900000|HON|Honor narasumber praktisi;Honor pemateri non ASN;Honorarium narsum profesional|oj
hon_mod|Honorarium Moderator|Per orang per kali|OK|700000|HON|Honor moderator|ok
hon_mc|Honorarium Pembawa Acara|Per orang per kali|OK|400000|HON|Honor MC;Honor pembawa acara|ok
hon_pj|Honorarium Panitia|Penanggung jawab, per kegiatan|OK|450000|HON|Honor penanggung jawab kegiatan|ok
hon_ketua|Honorarium Panitia|Ketua / wakil ketua, per kegiatan|OK|400000|HON|Honor ketua panitia|ok
hon_anggota|Honorarium Panitia|Sekretaris / anggota, per kegiatan|OK|300000|HON|Honor anggota panitia;Honor panitia pelaksana|ok
hon_tim_ketua|Honorarium Tim Pelaksana Kegiatan|Ketua, per bulan|OB|750000|HON|Honor ketua tim pelaksana|ob
hon_tim_anggota|Honorarium Tim Pelaksana Kegiatan|Anggota, per bulan|OB|500000|HON|Honor anggota tim pelaksana;Honor tim teknis|ob
hon_pemeriksa|Honorarium Tim Pemeriksa / Pengawas|Per orang per kegiatan|OK|350000|HON|Honor tim pemeriksa koperasi;Honor pengawas lapangan|ok
hon_ta|Honorarium Tenaga Ahli|Tenaga ahli perundang-undangan, per bulan|OB|3500000|HON|Honor tenaga ahli perda;Honorarium TA legislasi|ob
hon_juri|Honorarium Juri / Penilai Lomba|Per orang per kegiatan|OK|750000|HON|Honor juri lomba;Honor dewan juri|ok
hon_instruktur|Honorarium Instruktur Pelatihan|Per orang per jam pelajaran|OJ|450000|HON|Honor instruktur;Honor pelatih|oj
"""),
("UANG HARIAN PERJALANAN DINAS", """
uh_dk8|Uang Harian Perjalanan Dinas Dalam Kota|Lebih dari 8 jam|OH|170000|PDK|Uang harian dalam kota >8 jam;Uang harian monitoring lapangan;Uang harian petugas lapangan|oh
uh_dk|Uang Transport Perjalanan Dinas Dalam Kota|Sampai dengan 8 jam|OK|150000|PDK|Transport lokal dalam kota;Uang transport pemeriksaan dalam kota|ok
uh_kaltim|Uang Harian Perjalanan Dinas Luar Kota|Kalimantan Timur|OH|380000|PDB|Uang harian luar kota Kaltim|oh
uh_dki|Uang Harian Perjalanan Dinas Luar Daerah|DKI Jakarta|OH|530000|PDB|Uang harian Jakarta;Uang harian DKI|oh
uh_jabar|Uang Harian Perjalanan Dinas Luar Daerah|Jawa Barat|OH|430000|PDB|Uang harian Jawa Barat|oh
uh_jatim|Uang Harian Perjalanan Dinas Luar Daerah|Jawa Timur|OH|410000|PDB|Uang harian Surabaya;Uang harian Jatim|oh
uh_diy|Uang Harian Perjalanan Dinas Luar Daerah|D.I. Yogyakarta|OH|420000|PDB|Uang harian Yogyakarta|oh
uh_bali|Uang Harian Perjalanan Dinas Luar Daerah|Bali|OH|480000|PDB|Uang harian Bali;Uang harian Denpasar|oh
uh_sulsel|Uang Harian Perjalanan Dinas Luar Daerah|Sulawesi Selatan|OH|430000|PDB|Uang harian Makassar|oh
uh_kalsel|Uang Harian Perjalanan Dinas Luar Daerah|Kalimantan Selatan|OH|380000|PDB|Uang harian Banjarmasin|oh
uh_kaltara|Uang Harian Perjalanan Dinas Luar Daerah|Kalimantan Utara|OH|370000|PDB|Uang harian Tarakan|oh
uh_diklat|Uang Harian Diklat / Bimtek|Luar daerah, per hari diklat|OH|160000|PDB|Uang harian bimtek|oh
"""),
("PENGINAPAN", """
hotel_dki|Biaya Penginapan|DKI Jakarta, Eselon III/IV / Gol III|OH|1100000|PDB|Penginapan Jakarta;Hotel Jakarta gol III|oh
hotel_dki_es2|Biaya Penginapan|DKI Jakarta, Eselon II / Anggota DPRD|OH|1850000|PDB|Hotel Jakarta eselon II|oh
hotel_jabar|Biaya Penginapan|Jawa Barat, Eselon III/IV / Gol III|OH|950000|PDB|Penginapan Bandung|oh
hotel_jatim|Biaya Penginapan|Jawa Timur, Eselon III/IV / Gol III|OH|900000|PDB|Penginapan Surabaya;Hotel Surabaya|oh
hotel_diy|Biaya Penginapan|D.I. Yogyakarta, Eselon III/IV / Gol III|OH|1000000|PDB|Penginapan Yogyakarta|oh
hotel_bali|Biaya Penginapan|Bali, Eselon III/IV / Gol III|OH|1150000|PDB|Penginapan Denpasar;Hotel Bali|oh
hotel_sulsel|Biaya Penginapan|Sulawesi Selatan, Eselon III/IV / Gol III|OH|850000|PDB|Penginapan Makassar|oh
hotel_kaltim|Biaya Penginapan|Kalimantan Timur (luar Samarinda), Gol III|OH|800000|PDB|Penginapan Balikpapan;Hotel Bontang|oh
hotel_kalsel|Biaya Penginapan|Kalimantan Selatan, Gol III|OH|750000|PDB|Penginapan Banjarmasin|oh
"""),
("TIKET DAN TRANSPORTASI", """
tkt_jkt|Tiket Pesawat Pulang Pergi|Balikpapan / Samarinda - Jakarta, ekonomi|Orang/PP|4200000|PDB|Tiket pesawat PP Jakarta;Tiket Balikpapan-Jakarta PP|pk
tkt_sby|Tiket Pesawat Pulang Pergi|Balikpapan / Samarinda - Surabaya, ekonomi|Orang/PP|3100000|PDB|Tiket PP Surabaya|pk
tkt_yog|Tiket Pesawat Pulang Pergi|Balikpapan / Samarinda - Yogyakarta, ekonomi|Orang/PP|3500000|PDB|Tiket PP Yogyakarta|pk
tkt_dps|Tiket Pesawat Pulang Pergi|Balikpapan / Samarinda - Denpasar, ekonomi|Orang/PP|3400000|PDB|Tiket PP Denpasar;Tiket pesawat Bali PP|pk
tkt_mks|Tiket Pesawat Pulang Pergi|Balikpapan / Samarinda - Makassar, ekonomi|Orang/PP|2700000|PDB|Tiket PP Makassar|pk
tkt_bdg|Tiket Pesawat Pulang Pergi|Balikpapan - Bandung (via Jakarta), ekonomi|Orang/PP|4900000|PDB|Tiket PP Bandung|pk
tkt_bjm|Tiket Pesawat Pulang Pergi|Balikpapan - Banjarmasin, ekonomi|Orang/PP|1850000|PDB|Tiket PP Banjarmasin|pk
taksi_bdr|Transport Bandara|Samarinda - Bandara APT Pranoto, PP|Orang/PP|300000|PDB|Taksi bandara APT Pranoto;Transport ke bandara PP|pk
taksi_bpn|Transport Samarinda - Balikpapan|Travel / taksi, PP|Orang/PP|650000|PDB|Transport Samarinda-Balikpapan PP;Travel Samarinda Balikpapan|pk
taksi_tujuan|Taksi di Kota Tujuan|Per orang, PP bandara - hotel|Orang/PP|350000|PDB|Taksi kota tujuan|pk
"""),
("KONSUMSI", """
snack|Kudapan / Snack Rapat|Per orang per kali, 3 jenis kue|Orang/Kali|22000|MMR|Snack rapat;Kue rapat;Kudapan peserta|pk
nasi_kotak|Makan Rapat (Nasi Kotak)|Per orang per kali|Orang/Kali|45000|MMR|Nasi kotak rapat;Makan siang rapat;Konsumsi makan peserta|pk
prasmanan|Makan Prasmanan|Per orang per kali, minimal 50 orang|Orang/Kali|65000|MMR|Makan prasmanan;Konsumsi prasmanan|pk
snack_pimpinan|Kudapan Rapat Pimpinan / Tamu VIP|Per orang per kali|Orang/Kali|32000|MMR|Snack rapat pimpinan;Snack VIP|pk
makan_pimpinan|Makan Rapat Pimpinan / Tamu VIP|Per orang per kali|Orang/Kali|75000|MMR|Makan rapat pimpinan;Nasi kotak VIP|pk
makan_lapangan|Makan Minum Aktivitas Lapangan|Per orang per hari|Orang/Hari|42000|MML|Makan minum petugas lapangan;Konsumsi lapangan|pk
makan_piket|Makan Minum Petugas Piket / Siaga|Per orang per hari|Orang/Hari|38000|MML|Konsumsi petugas piket;Makan petugas siaga|pk
paket_fullday|Paket Meeting Fullday|Hotel bintang 3 Samarinda, per orang|Orang/Paket|325000|MMR|Paket fullday meeting hotel|pk
paket_halfday|Paket Meeting Halfday|Hotel bintang 3 Samarinda, per orang|Orang/Paket|250000|MMR|Paket halfday meeting hotel|pk
paket_fullboard|Paket Meeting Fullboard|Hotel bintang 3 Samarinda, per orang per hari|Orang/Hari|875000|MMR|Paket fullboard meeting|pk
"""),
("SEWA", """
sewa_gedung100|Sewa Gedung / Aula Pertemuan|Kapasitas s.d. 100 orang, per hari|Hari|6500000|SGD|Sewa aula kapasitas 100 org;Sewa gedung pertemuan 100 orang|hari
sewa_gedung300|Sewa Gedung / Aula Pertemuan|Kapasitas s.d. 300 orang, per hari|Hari|14500000|SGD|Sewa gedung 300 orang;Sewa ballroom 300 pax|hari
sewa_ruang_rapat|Sewa Ruang Rapat|Kapasitas s.d. 30 orang, per hari|Hari|2250000|SGD|Sewa ruang meeting 30 org|hari
sewa_mobil|Sewa Kendaraan Roda 4|Minibus 7 penumpang + sopir, tanpa BBM|Unit/Hari|750000|SKD|Sewa mobil minibus;Rental mobil + driver|hari
sewa_bus|Sewa Bus|Bus sedang 30 seat + sopir, BBM|Unit/Hari|2850000|SKD|Sewa bus 30 seat;Sewa bus sedang|hari
sewa_pickup|Sewa Kendaraan Pick Up|Bak terbuka + sopir, dalam kota|Unit/Hari|650000|SKD|Sewa pick up;Rental pickup angkut barang|hari
sewa_speedboat|Sewa Speedboat|Kapasitas 10 orang + motoris, per hari|Unit/Hari|2400000|SKD|Sewa speed boat;Sewa perahu motor|hari
sewa_sound_kecil|Sewa Sound System|Kecil, s.d. 1.000 watt, per hari|Unit/Hari|1500000|SPR|Sewa sound system kecil;Sewa sound 1000W|hari
sewa_sound_besar|Sewa Sound System|Besar, s.d. 5.000 watt + operator, per hari|Unit/Hari|4500000|SPR|Sewa sound system besar|hari
sewa_tenda|Sewa Tenda|Tenda dekor 5 x 5 m, per hari|Unit/Hari|850000|STD|Sewa tenda dekor 5x5;Tenda sarnafil 5x5|hari
sewa_tenda_kerucut|Sewa Tenda|Tenda kerucut 3 x 3 m, per hari|Unit/Hari|550000|STD|Sewa tenda kerucut 3x3|hari
sewa_kursi|Sewa Kursi|Kursi futura + sarung, per hari|Buah/Hari|8500|STD|Sewa kursi futura;Kursi sewa bersarung|hari
sewa_led|Sewa Layar LED|Videotron indoor P3.9, per m2 per hari|M2/Hari|375000|SPR|Sewa videotron;Sewa LED screen|hari
sewa_genset|Sewa Genset|20 kVA + operator + BBM, per hari|Unit/Hari|1950000|SPR|Sewa genset 20 kva|hari
sewa_proyektor|Sewa Proyektor + Layar|Per unit per hari|Unit/Hari|450000|SPR|Sewa infocus + layar|hari
"""),
("JASA", """
tng_admin|Jasa Tenaga Administrasi|Setara SMA, per orang per bulan|OB|3650000|TNG|Tenaga administrasi (PPNPN);Jasa tenaga admin pelayanan|ob
tng_front|Jasa Tenaga Front Office / Pelayanan|Setara D3, per orang per bulan|OB|3850000|TNG|Tenaga front office;Petugas customer service|ob
tng_bersih|Jasa Tenaga Kebersihan|Per orang per bulan|OB|3550000|TNG|Tenaga kebersihan;Cleaning service|ob
tng_keamanan|Jasa Tenaga Keamanan|Per orang per bulan|OB|3650000|TNG|Tenaga satpam;Security|ob
tng_sopir|Jasa Tenaga Pengemudi|Per orang per bulan|OB|3700000|TNG|Tenaga sopir;Pengemudi kontrak|ob
tng_it|Jasa Tenaga Teknis IT|Setara S1, per orang per bulan|OB|4850000|TNG|Tenaga teknis IT;Operator IT|ob
jasa_dok|Jasa Dokumentasi Kegiatan|Foto + video, per kegiatan|Paket|2500000|TNG|Jasa dokumentasi foto video;Dokumentasi kegiatan|goods
jasa_kirim|Jasa Pengiriman Dokumen|Ekspedisi, per kg|Kg|28000|PKG|Ongkos kirim dokumen;Jasa ekspedisi|goods
jasa_servis_ac|Jasa Servis / Cuci AC|Per unit, split s.d. 2 PK|Unit|95000|PML|Cuci AC split;Service AC|goods
jasa_servis_mobil|Jasa Servis Berkala Kendaraan Roda 4|Per unit per kali, tanpa suku cadang|Unit/Kali|650000|PMK|Servis rutin mobil dinas;Tune up kendaraan R4|goods
"""),
]

ACCOUNTS = {
 'ATK': ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'),
 'KRT': ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'),
 'CTK': ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'),
 'KOM': ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'),
 'PRB': ('5.1.02.01.01.0030', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor'),
 'LST': ('5.1.02.01.01.0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'),
 'BBM': ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas'),
 'BHN': ('5.1.02.01.01.0012', 'Belanja Bahan-Bahan Lainnya'),
 'DAM': ('5.1.02.01.01.0019', 'Belanja Bahan-Bahan Pemadam Kebakaran'),
 'PRK': ('5.1.02.01.03.0001', 'Belanja Barang untuk Diserahkan kepada Masyarakat'),
 'PKN': ('5.1.02.01.01.0078', 'Belanja Pakaian Kerja Lapangan'),
 'MMR': ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat'),
 'MML': ('5.1.02.01.01.0055', 'Belanja Makanan dan Minuman Aktivitas Lapangan'),
 'HON': ('5.1.02.02.01.0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'),
 'TNG': ('5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi'),
 'PKG': ('5.1.02.02.01.0063', 'Belanja Paket/Pengiriman'),
 'SGD': ('5.1.02.02.05.0009', 'Belanja Sewa Bangunan Gedung Tempat Pertemuan'),
 'SKD': ('5.1.02.02.03.0035', 'Belanja Sewa Kendaraan Bermotor Penumpang'),
 'SPR': ('5.1.02.02.03.0064', 'Belanja Sewa Peralatan Studio Audio'),
 'STD': ('5.1.02.02.03.0123', 'Belanja Sewa Tenda dan Perlengkapan Acara'),
 'PDB': ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa'),
 'PDK': ('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota'),
 'PML': ('5.1.02.03.02.0121', 'Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Pendingin'),
 'PMK': ('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang'),
 'MPC': ('5.2.02.10.01.0002', 'Belanja Modal Personal Computer'),
 'MPP': ('5.2.02.10.02.0003', 'Belanja Modal Peralatan Personal Computer'),
 'MST': ('5.2.02.06.02.0001', 'Belanja Modal Peralatan Studio Visual'),
 'MAC': ('5.2.02.05.02.0004', 'Belanja Modal Alat Pendingin'),
 'MMB': ('5.2.02.05.02.0001', 'Belanja Modal Mebel'),
 'MAK': ('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya'),
}
# clear mismatches: booking class -> wrong classes
WRONG = {
 'ATK': ['MAK', 'HON'], 'KRT': ['MAK', 'SGD'], 'CTK': ['MPP', 'HON'], 'KOM': ['MPC', 'HON'],
 'PRB': ['HON'], 'LST': ['MAK', 'MMR'], 'BBM': ['ATK', 'SKD'], 'BHN': ['MAK', 'HON'],
 'DAM': ['ATK', 'MMR'], 'PRK': ['ATK', 'MMR'], 'PKN': ['ATK', 'MMR'], 'MMR': ['SGD', 'ATK'],
 'MML': ['SGD', 'ATK'], 'HON': ['ATK', 'MMR'], 'TNG': ['CTK', 'ATK'], 'PKG': ['MMR'],
 'SGD': ['MMR', 'ATK'], 'SKD': ['BBM', 'MMR'], 'SPR': ['LST', 'MMR'], 'STD': ['MMR', 'ATK'],
 'PDB': ['PDK', 'SKD'], 'PDK': ['SKD', 'MMR'], 'PML': ['MAC', 'ATK'], 'PMK': ['BBM', 'MPC'],
 'MPC': ['ATK', 'KOM'], 'MPP': ['KOM', 'ATK'], 'MST': ['ATK', 'LST'], 'MAC': ['LST', 'PML'],
 'MMB': ['ATK', 'HON'], 'MAK': ['ATK', 'MMR'],
}

ACCOUNTS.update({
 'JLN': ('5.1.02.02.01.0030', 'Belanja Jasa Lainnya'),
 'INT': ('5.1.02.02.01.0062', 'Belanja Langganan Internet'),
 'HDH': ('5.1.02.01.03.0003', 'Belanja Hadiah yang Bersifat Perlombaan'),
 'MAT': ('5.1.02.01.01.0027', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos'),
 'KNS': ('5.1.02.02.02.0008', 'Belanja Jasa Konsultansi Penelitian-Jasa Kajian'),
 'CND': ('5.1.02.01.01.0060', 'Belanja Cenderamata'),
})
WRONG.update({'JLN': ['ATK', 'PRK'], 'INT': ['KOM', 'ATK'], 'HDH': ['HON', 'ATK'], 'MAT': ['MAK', 'HON'],
              'KNS': ['ATK', 'MMR'], 'CND': ['HON', 'MAK']})

# sub-kegiatan: id, opd, codes..., fit keys, NPR items, off-target keys
# NPR item: name|spec|unit|price|acc|kind
SUBKEG = [
 dict(id='SK1', opd='Dinas Perpustakaan dan Kearsipan', urusan='2.24 URUSAN PEMERINTAHAN BIDANG KEARSIPAN',
      program='2.24.02 PROGRAM PENGELOLAAN ARSIP', kegiatan='2.24.02.2.01 Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota',
      code='2.24.02.2.01.0002', name='Penataan dan Pemberkasan Arsip Dinamis Inaktif Perangkat Daerah',
      indikator='Jumlah berkas arsip inaktif yang ditata dan dimasukkan ke boks arsip', target='42.000 berkas', lokasi='Depo Arsip Jl. Kadrie Oening, Kota Samarinda',
      fit='boks_arsip folder_arsip map_gantung label_arsip sarung_tangan masker_medis kapur_barus silica_gel hvs_f4_80 tinta_664 rak_arsip_besi dehumidifier hon_tim_anggota snack uh_dk8 hdd_2tb bookcase_tali',
      npr=["Kertas Bebas Asam (Acid Free)|A4 90 gsm, untuk pelapis arsip vital|Rim|185000|KRT|goods",
           "Jasa Fumigasi Ruang Arsip|Fumigasi fosfin, per m2 ruang simpan|M2|42000|JLN|goods",
           "Thermohygrometer Digital|Pengukur suhu & kelembaban ruang arsip|Buah|265000|LST|goods",
           "Lem Arsip Bebas Asam|Methyl cellulose, 500 gr|Bungkus|145000|ATK|goods"],
      off='jersey benih_nila tv_led_55 tkt_dps sewa_tenda'),
 dict(id='SK2', opd='Dinas Perpustakaan dan Kearsipan', urusan='2.23 URUSAN PEMERINTAHAN BIDANG PERPUSTAKAAN',
      program='2.23.02 PROGRAM PEMBINAAN PERPUSTAKAAN', kegiatan='2.23.02.2.01 Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota',
      code='2.23.02.2.01.0005', name='Pengembangan Layanan Perpustakaan Keliling',
      indikator='Jumlah titik layanan perpustakaan keliling yang dilayani secara rutin', target='24 titik', lokasi='10 Kecamatan se-Kota Samarinda',
      fit='dexlite oli_diesel jasa_servis_mobil makan_lapangan uh_dk8 cetak_spanduk cetak_leaflet sewa_tenda_kerucut cetak_xbanner sound_portable kertas_label rompi_kegiatan cetak_stiker lakban_bening hon_anggota',
      npr=["Buku Bacaan Anak (Pengayaan)|Judul baru, soft cover, 32-64 hlm|Eksemplar|68000|PRK|goods",
           "Tikar Karpet Plastik|Ukuran 3 x 4 m, untuk lapak baca|Lembar|215000|BHN|goods",
           "Rak Buku Portable Lipat|Aluminium, 4 susun, untuk lapak|Buah|1250000|MMB|goods",
           "Puzzle Kayu Edukatif|Alat peraga baca anak, set 6 pcs|Set|95000|BHN|goods"],
      off='kapur_pertanian helm_damkar hotel_bali pakan_apung'),
 dict(id='SK3', opd='Dinas Koperasi dan Usaha Kecil Menengah', urusan='2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH',
      program='2.17.07 PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)', kegiatan='2.17.07.2.01 Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan',
      code='2.17.07.2.01.0004', name='Pelatihan Kewirausahaan dan Pemasaran Digital bagi Pelaku Usaha Mikro',
      indikator='Jumlah pelaku usaha mikro yang mengikuti pelatihan kewirausahaan', target='120 orang', lokasi='Kota Samarinda',
      fit='hon_prof hon_mod hon_mc hon_anggota snack nasi_kotak sewa_gedung100 cetak_sertifikat cetak_kartu cetak_buku pen_std map_plastik cetak_spanduk cetak_backdrop sewa_sound_kecil jasa_dok',
      npr=["Biaya Uji Kompetensi / Sertifikasi BNSP|Skema pemasaran digital UMKM, per peserta|Orang|750000|JLN|goods",
           "Plakat Apresiasi Narasumber|Akrilik 5 mm + kotak beludru|Buah|350000|CND|goods",
           "Biaya Pendaftaran Marketplace / Foto Produk|Jasa foto produk UMKM, per produk|Produk|75000|JLN|goods"],
      off='benih_lele foam terpal_kolam jersey'),
 dict(id='SK4', opd='Dinas Koperasi dan Usaha Kecil Menengah', urusan='2.17 URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH',
      program='2.17.04 PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI', kegiatan='2.17.04.2.01 Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi',
      code='2.17.04.2.01.0001', name='Pemeriksaan Kepatuhan dan Kesehatan Koperasi Simpan Pinjam',
      indikator='Jumlah koperasi simpan pinjam yang diperiksa kesehatannya', target='45 koperasi', lokasi='Kota Samarinda',
      fit='uh_dk8 hon_pemeriksa hvs_a4_80 tinta_003 map_kertas ordner cetak_blanko sewa_mobil snack flashdisk_32 buku_agenda amplop_coklat stempel_tinta jilid_spiral pertalite',
      npr=["Meterai Tempel|Rp10.000|Lembar|10000|MAT|goods",
           "Langganan Aplikasi Laporan Keuangan Koperasi|Akun daring, per bulan|Bulan|450000|INT|goods",
           "Jasa Akuntan Publik|Reviu laporan keuangan KSP sampel|Koperasi|3500000|KNS|goods"],
      off='kaos_kegiatan sewa_sound_besar cool_box sepatu_damkar'),
 dict(id='SK5', opd='Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', urusan='2.18 URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL',
      program='2.18.04 PROGRAM PELAYANAN PENANAMAN MODAL', kegiatan='2.18.04.2.01 Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu',
      code='2.18.04.2.01.0001', name='Penyediaan Pelayanan Perizinan Berusaha melalui Mal Pelayanan Publik',
      indikator='Jumlah dokumen perizinan dan nonperizinan yang diterbitkan', target='9.500 dokumen', lokasi='Mal Pelayanan Publik Kota Samarinda',
      fit='kertas_thermal hvs_a4_80 tinta_gt51 cetak_map_logo tng_front printer_thermal kursi_tunggu mesin_antrian air_galon tisu_kotak sabun_cair jasa_servis_ac stopkontak amplop_kop cetak_blanko toner_85a_comp',
      npr=["Langganan Internet Dedicated|50 Mbps, 1:1, per bulan|Bulan|6750000|INT|goods",
           "Pengharum Ruangan Otomatis|Refill aerosol 300 ml|Kaleng|48000|BHN|goods",
           "Papan Informasi Standar Pelayanan|Akrilik 60 x 90 cm, cetak UV|Buah|650000|CTK|goods"],
      off='pakan_starter selang_15 jersey sewa_speedboat'),
 dict(id='SK6', opd='Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', urusan='2.18 URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL',
      program='2.18.03 PROGRAM PROMOSI PENANAMAN MODAL', kegiatan='2.18.03.2.01 Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota',
      code='2.18.03.2.01.0001', name='Pelaksanaan Samarinda Investment Forum',
      indikator='Jumlah calon investor yang mengikuti forum dan one-on-one meeting', target='150 peserta', lokasi='Kota Samarinda',
      fit='sewa_gedung300 prasmanan snack hon_es2 hon_mod hon_mc cetak_backdrop cetak_rollup cetak_buku_warna sewa_led sewa_sound_besar jasa_dok cetak_kartu tkt_jkt uh_dki hotel_dki',
      npr=["Cenderamata Khas Samarinda|Sarung tenun Samarinda, kotak eksklusif|Buah|650000|CND|goods",
           "Produksi Video Profil Investasi|Durasi 3-5 menit, 4K, subtitle Inggris|Paket|35000000|JLN|goods",
           "Interpreter Bahasa Inggris|Penerjemah lisan simultan, per hari|Orang/Hari|3500000|JLN|goods"],
      off='benih_gurame apar_co2 oli_gardan terpal_kolam'),
 dict(id='SK7', opd='Dinas Pemadam Kebakaran dan Penyelamatan', urusan='1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PELINDUNGAN MASYARAKAT',
      program='1.05.03 PROGRAM PENANGGULANGAN KEBAKARAN', kegiatan='1.05.03.2.01 Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota',
      code='1.05.03.2.01.0003', name='Pemadaman dan Penyelamatan pada Kejadian Kebakaran dan Non Kebakaran',
      indikator='Persentase kejadian kebakaran yang direspons dalam waktu tanggap <= 15 menit', target='85 %', lokasi='Pos Induk dan 9 Pos Sektor Damkar Kota Samarinda',
      fit='dexlite oli_diesel foam selang_25 nozzle refill_apar helm_damkar sarung_damkar sepatu_damkar makan_piket senter_kepala kotak_p3k kerucut_lalin tandu baterai_aa jasa_servis_mobil',
      npr=["Tali Kernmantle Rescue|Statik 11 mm, panjang 50 m|Roll|2850000|DAM|goods",
           "Isi Ulang Tabung SCBA|Udara tekan 300 bar, 6,8 liter|Tabung|85000|DAM|goods",
           "Mata Rantai Chainsaw|Bar 20 inch, untuk pemotongan pohon tumbang|Buah|385000|DAM|goods"],
      off='benih_patin hon_juri sewa_gedung300 tv_led_55'),
 dict(id='SK8', opd='Dinas Pemadam Kebakaran dan Penyelamatan', urusan='1.05 URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PELINDUNGAN MASYARAKAT',
      program='1.05.03 PROGRAM PENANGGULANGAN KEBAKARAN', kegiatan='1.05.03.2.03 Pemberdayaan Masyarakat dalam Pencegahan Kebakaran',
      code='1.05.03.2.03.0001', name='Sosialisasi dan Pelatihan Relawan Pemadam Kebakaran (Redkar) Tingkat Kelurahan',
      indikator='Jumlah relawan kebakaran kelurahan yang dilatih', target='236 orang', lokasi='59 Kelurahan se-Kota Samarinda',
      fit='hon_es3 hon_instruktur snack nasi_kotak apar_3 refill_apar cetak_leaflet cetak_spanduk kaos_kegiatan topi_kegiatan sewa_tenda sewa_sound_kecil cetak_sertifikat rompi_reflektor uh_dk8 jasa_dok',
      npr=["Tabung LPG 3 kg + Isi|Media simulasi pemadaman kebocoran gas|Tabung|215000|DAM|goods",
           "Karung Goni|Media simulasi pemadaman api kecil|Lembar|9500|DAM|goods",
           "Drum Bekas 200 Liter|Wadah api simulasi|Buah|175000|DAM|goods"],
      off='pakan_apung tkt_dps roll_opack laptop_i7'),
 dict(id='SK9', opd='Sekretariat DPRD Kota Samarinda', urusan='4.02 SEKRETARIAT DPRD',
      program='4.02.02 PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD', kegiatan='4.02.02.2.01 Pelaksanaan dan Pengawasan Fungsi DPRD',
      code='4.02.02.2.01.0004', name='Penyelenggaraan Rapat Paripurna dan Rapat Alat Kelengkapan DPRD',
      indikator='Jumlah rapat paripurna dan rapat AKD yang difasilitasi', target='96 rapat', lokasi='Gedung DPRD Kota Samarinda',
      fit='snack_pimpinan makan_pimpinan hvs_f4_80 fotokopi jilid_spiral map_plastik cetak_map_logo air_mineral_botol sewa_sound_besar tinta_664 toner_85a pen_sign buku_agenda jasa_dok',
      npr=["Rangkaian Bunga Meja|Bunga segar, meja pimpinan sidang|Rangkaian|350000|BHN|goods",
           "Papan Nama Meja Akrilik|Akrilik 3 mm, cetak nama anggota|Buah|85000|CTK|goods",
           "Jasa Notulis / Stenografer Rapat|Transkrip risalah sidang, per jam rekaman|Jam|250000|JLN|goods"],
      off='benih_nila sepatu_damkar sewa_speedboat kapur_pertanian'),
 dict(id='SK10', opd='Sekretariat DPRD Kota Samarinda', urusan='4.02 SEKRETARIAT DPRD',
      program='4.02.02 PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD', kegiatan='4.02.02.2.02 Fasilitasi Penyusunan Peraturan Daerah',
      code='4.02.02.2.02.0002', name='Fasilitasi Pembahasan Rancangan Peraturan Daerah Inisiatif DPRD',
      indikator='Jumlah Raperda inisiatif DPRD yang selesai dibahas', target='6 Raperda', lokasi='Kota Samarinda',
      fit='hon_ta hon_es2 tkt_jkt uh_dki hotel_dki_es2 taksi_bpn taksi_tujuan nasi_kotak snack cetak_buku fotokopi paket_fullboard hvs_a4_80 flashdisk_64',
      npr=["Penyusunan Naskah Akademik|Jasa kajian perguruan tinggi, per Raperda|Naskah|85000000|KNS|goods",
           "Siaran Dialog Uji Publik Raperda|Radio lokal, durasi 60 menit|Kali|4500000|JLN|goods",
           "Langganan Basis Data Peraturan|Akses premium, per tahun|Akun|3250000|INT|goods"],
      off='pakan_starter helm_damkar jersey tv_led_43'),
 dict(id='SK11', opd='Dinas Perikanan Kota Samarinda', urusan='3.25 URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN',
      program='3.25.04 PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA', kegiatan='3.25.04.2.01 Pemberdayaan Pembudi Daya Ikan Kecil',
      code='3.25.04.2.01.0002', name='Penyediaan Sarana Budidaya bagi Kelompok Pembudidaya Ikan (Pokdakan)',
      indikator='Jumlah Pokdakan yang menerima bantuan sarana budidaya', target='32 kelompok', lokasi='Kec. Palaran, Sambutan, Samarinda Utara, Loa Janan Ilir',
      fit='benih_nila benih_lele benih_patin pakan_apung pakan_starter terpal_bulat aerator probiotik kapur_pertanian jaring_ikan sewa_pickup uh_dk8 makan_lapangan hon_tim_anggota timbangan_ikan',
      npr=["Benih Ikan Papuyu (Betok)|Ukuran 3-5 cm|Ekor|900|PRK|goods",
           "Obat Ikan Antiparasit|Serbuk 100 gr|Bungkus|65000|PRK|goods",
           "Test Kit Kualitas Air|pH, amonia, nitrit, 50 tes|Set|425000|PRK|goods"],
      off='hon_juri sewa_gedung300 apar_co2 jersey'),
 dict(id='SK12', opd='Dinas Perikanan Kota Samarinda', urusan='3.25 URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN',
      program='3.25.05 PROGRAM PENGOLAHAN DAN PEMASARAN HASIL PERIKANAN', kegiatan='3.25.05.2.03 Penyediaan dan Penyaluran Bahan Baku Industri Pengolahan Ikan / Promosi Konsumsi Ikan',
      code='3.25.05.2.03.0001', name='Gerakan Memasyarakatkan Makan Ikan (GEMARIKAN) dan Lomba Masak Serba Ikan',
      indikator='Jumlah peserta kampanye dan lomba GEMARIKAN', target='600 orang', lokasi='Taman Samarendah, Kota Samarinda',
      fit='sewa_tenda sewa_kursi sewa_sound_kecil hon_mc hon_juri cetak_backdrop cetak_spanduk cetak_leaflet kaos_kegiatan snack cool_box_45 es_balok jasa_dok air_mineral_gelas cetak_sertifikat',
      npr=["Ikan Segar Bahan Lomba Masak|Patin/nila segar, per kg|Kg|42000|PRK|goods",
           "Uang Pembinaan Pemenang Lomba|Juara I-III dan harapan, paket|Paket|7500000|HDH|goods",
           "Paket Olahan Ikan untuk Dibagikan|Nugget + abon ikan, kemasan 500 gr|Paket|55000|PRK|goods"],
      off='selang_15 scanner_f4 benih_gurame hotel_jatim rak_arsip_besi'),
]

SUBKEG += [
 dict(id='SK13', opd='Kecamatan Samarinda Ulu', urusan='7.01 KECAMATAN',
      program='7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', kegiatan='7.01.02.2.01 Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan',
      code='7.01.02.2.01.0002', name='Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan',
      indikator='Jumlah dokumen hasil Musrenbang kecamatan (daftar usulan prioritas)', target='1 dokumen', lokasi='Kantor Kecamatan Samarinda Ulu',
      fit='snack nasi_kotak hon_es3 hon_mod hon_mc cetak_spanduk cetak_buku hvs_a4_80 sewa_sound_kecil sewa_kursi jasa_dok map_plastik pen_std x_blocknote sewa_tenda',
      npr=["Lisensi Video Conference|Akun pro, per bulan|Bulan|250000|INT|goods",
           "Karangan Bunga Papan Ucapan|Ukuran 2 x 1,25 m|Buah|750000|BHN|goods",
           "Sewa Papan Interaktif (Smartboard)|75 inch, per hari|Hari|1750000|SPR|goods"],
      off='benih_lele helm_damkar tkt_dps cool_box'),
 dict(id='SK14', opd='Kecamatan Samarinda Ulu', urusan='7.01 KECAMATAN',
      program='7.01.05 PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', kegiatan='7.01.05.2.01 Kegiatan Pemberdayaan Kelurahan',
      code='7.01.05.2.01.0003', name='Fasilitasi Gotong Royong Kebersihan Lingkungan Tingkat Kelurahan',
      indikator='Jumlah kegiatan gotong royong kebersihan yang difasilitasi', target='24 kali', lokasi='8 Kelurahan di Kecamatan Samarinda Ulu',
      fit='kantong_sampah sapu sewa_pickup makan_lapangan air_mineral_gelas rompi_reflektor x_topi_rimba masker_medis uh_dk8 cetak_spanduk kaos_kegiatan hon_anggota pertalite tali_rafia',
      npr=["Gerobak Sampah Dorong|Plat besi, 0,8 m3|Unit|2750000|MAK|goods",
           "Parang / Arit|Baja, gagang kayu|Buah|85000|BHN|goods",
           "Cangkul + Gagang|Baja, gagang kayu 1,2 m|Buah|95000|BHN|goods",
           "Cat Marka Trotoar|Kaleng 5 kg, hitam/putih|Kaleng|285000|BHN|goods"],
      off='hon_ta proyektor hotel_dki paket_fullday'),
]

OPDS = [  # file layout assignment
 ('L1_xlsx_sipd_sheets', 'Dinas Perpustakaan dan Kearsipan', ['SK1', 'SK2']),
 ('L2_xlsx_onesheet_textprice', 'Dinas Koperasi dan Usaha Kecil Menengah', ['SK3', 'SK4']),
 ('L3_csv_flat_export', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', ['SK5', 'SK6']),
 ('L4_pdf_sipd_print', 'Dinas Pemadam Kebakaran dan Penyelamatan', ['SK7', 'SK8']),
 ('L5_scan_pdf', 'Sekretariat DPRD Kota Samarinda', ['SK9', 'SK10']),
 ('L6_pdf_noruling_volunit', 'Dinas Perikanan Kota Samarinda', ['SK11', 'SK12']),
 ('L7_phone_photo_jpg', 'Kecamatan Samarinda Ulu', ['SK13']),
 ('L7_phone_photo_jpg', 'Kecamatan Samarinda Ulu', ['SK14']),
]
