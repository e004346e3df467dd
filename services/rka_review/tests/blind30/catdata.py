# Catalogue content (invented, realistic). Imported by generate.py.
# Section line: "## <kode prefix or SBU code> | <heading> | <default account key> | <asset flag>"
SSH_TEXT = """
## 1.1.7.01.01 | ALAT TULIS KANTOR | atk | 0
pulpen|Pulpen / Ballpoint|tinta gel 0,5 mm, hitam|Lusin|42000
pulpen_std|Pulpen / Ballpoint|standar 0,7 mm, biru|Lusin|30000
pensil|Pensil Kayu|2B|Lusin|36000
spidol_wb|Spidol Whiteboard|isi ulang, hitam/biru/merah|Lusin|96000
spidol_perm|Spidol Permanen|marker ujung bulat|Lusin|102000
stabilo|Stabilo / Highlighter|warna fluorescent|Lusin|90000
map_snel|Map Snelhecter|plastik, folio|Lusin|36000
map_ordner|Map Ordner|karton, folio, punggung 7 cm|Buah|32000
boxfile|Box File|plastik, folio|Buah|28000
amplop_coklat|Amplop Coklat|folio, bertali|Pak isi 50|65000
amplop_putih|Amplop Putih|110 x 230 mm, polos|Box isi 100|48000
stapler|Stapler|No. 10|Buah|25000
stapler_besar|Stapler Besar|HD-50, kapasitas 100 lembar|Buah|185000
isi_staples|Isi Staples|No. 10|Kotak|3500
paper_clip|Paper Clip|No. 3|Kotak|4000
binder_105|Binder Clip|No. 105|Kotak isi 12|8500
binder_155|Binder Clip|No. 155|Kotak isi 12|13000
binder_260|Binder Clip|No. 260|Kotak isi 12|32000
lakban_bening|Lakban|bening, lebar 2 inch|Roll|14000
lakban_coklat|Lakban|coklat, lebar 2 inch|Roll|14500
lakban_hitam|Lakban Kain|hitam, lebar 2 inch|Roll|22000
double_tape|Double Tape|lebar 1 inch|Roll|12000
buku_folio|Buku Folio|isi 100 lembar, hard cover|Buah|28000
buku_ekspedisi|Buku Ekspedisi|isi 100 lembar|Buah|12500
tinta_stempel|Tinta Stempel|botol 30 ml|Botol|12000
correction|Correction Tape|5 mm x 6 m|Buah|9500
penggaris|Penggaris Besi|30 cm|Buah|11000
gunting|Gunting Kertas|ukuran sedang|Buah|15000
cutter|Cutter|besar L-500|Buah|22000
isi_cutter|Isi Cutter|besar|Tabung isi 10|12000
postit|Sticky Notes|3 x 3 inch, 100 lembar|Pak|9000
baterai_aa|Baterai Alkaline|AA|Pak isi 2|21000
baterai_aaa|Baterai Alkaline|AAA|Pak isi 2|20000
baterai_9v|Baterai Alkaline|9 Volt|Buah|32000
label_tom|Label Nama|No. 103|Pak|6500
papan_klip|Papan Klip (Clipboard)|folio|Buah|17000
pembolong|Pembolong Kertas|No. 30|Buah|45000
kalkulator|Kalkulator|12 digit|Buah|135000
## 1.1.7.01.02 | KERTAS DAN COVER | kertas | 0
hvs_a4_70|Kertas HVS|A4 70 gram|Rim|56000
hvs_a4_80|Kertas HVS|A4 80 gram|Rim|64000
hvs_f4_70|Kertas HVS|F4 / Folio 70 gram|Rim|62000
hvs_f4_80|Kertas HVS|F4 / Folio 80 gram|Rim|71000
hvs_a3_80|Kertas HVS|A3 80 gram|Rim|135000
kertas_foto|Kertas Foto|glossy A4 230 gram|Pak isi 20|45000
kertas_bc|Kertas Buffalo|A4, warna|Pak isi 100|38000
sampul_mika|Plastik Sampul Jilid (Mika)|A4, 0,2 mm|Pak isi 100|65000
kertas_asam|Kertas Bebas Asam|A4 80 gram, untuk arsip permanen|Rim|185000
kertas_stiker|Kertas Stiker|A4 glossy|Pak isi 50|55000
## 1.1.7.01.03 | BAHAN KOMPUTER | komp | 0
toner_mono|Toner Cartridge|laser monokrom tipe 85A, original|Buah|985000
toner_comp|Toner Cartridge Compatible|laser monokrom tipe 85A, compatible|Buah|285000
tinta_hitam|Tinta Printer|isi ulang 70 ml, hitam|Botol|105000
tinta_warna|Tinta Printer|isi ulang 70 ml, cyan/magenta/yellow|Botol|105000
flash32|Flashdisk|32 GB USB 3.0|Buah|95000
flash64|Flashdisk|64 GB USB 3.0|Buah|135000
flash128|Flashdisk|128 GB USB 3.0|Buah|225000
hdd1|Harddisk Eksternal|1 TB USB 3.0|Buah|950000
hdd2|Harddisk Eksternal|2 TB USB 3.0|Buah|1350000
ssd512|SSD Internal|512 GB SATA 2,5 inch|Buah|690000
mouse|Mouse|optical USB|Buah|85000
mouse_wl|Mouse Wireless|optical 2,4 GHz|Buah|145000
keyboard|Keyboard|USB standar|Buah|125000
utp6|Kabel UTP|Cat 6, 23 AWG|Roll 305 m|2450000
utp5|Kabel UTP|Cat 5e, 24 AWG|Roll 305 m|1350000
rj45|Konektor RJ45|Cat 6|Box isi 100|185000
hdmi_15|Kabel HDMI|1,5 meter|Buah|65000
hdmi_10|Kabel HDMI|10 meter|Buah|285000
dvd|DVD-R|4,7 GB|Pak isi 50|325000
ribbon|Pita Printer Dot Matrix|tipe LX-310|Buah|65000
## 1.1.7.01.04 | ALAT LISTRIK | listrik | 0
led9|Lampu LED|9 Watt, fitting E27|Buah|38000
led12|Lampu LED|12 Watt, fitting E27|Buah|52000
led18|Lampu LED|18 Watt, fitting E27|Buah|78000
led_tl|Lampu LED Tube (TL)|18 Watt, 120 cm|Buah|65000
nym215|Kabel NYM|2 x 1,5 mm2|Roll 50 m|465000
nym225|Kabel NYM|2 x 2,5 mm2|Roll 50 m|720000
nyy210|Kabel NYY|2 x 10 mm2|Meter|48000
nyy416|Kabel NYY|4 x 16 mm2|Meter|145000
stopkontak|Stop Kontak|4 lubang, kabel 1,5 m|Buah|85000
kabel_roll|Kabel Roll|10 m, 4 lubang|Buah|185000
mcb6|MCB|1 phase 6 A|Buah|65000
mcb16|MCB|1 phase 16 A|Buah|68000
pju60|Lampu PJU LED|60 Watt, IP66, 220 V|Unit|1850000
pju90|Lampu PJU LED|90 Watt, IP66, 220 V|Unit|2450000
pju120|Lampu PJU LED|120 Watt, IP66, 220 V|Unit|3150000
pju_solar|Lampu PJU Tenaga Surya All in One|60 Watt|Unit|4750000
photocell|Photocell (Sensor Cahaya)|10 A, 220 V|Buah|95000
timer_pju|Timer Switch Digital|1 phase|Buah|285000
kontaktor|Kontaktor Magnetik|3 phase 32 A|Buah|465000
box_panel|Box Panel Listrik Outdoor|40 x 60 cm, IP55|Unit|1150000
isolasi|Isolasi Listrik|PVC 19 mm|Roll|8500
klem_kabel|Klem Kabel|No. 10|Pak|12000
lampu_sorot|Lampu Sorot LED (Floodlight)|100 Watt|Unit|485000
lampu_taman|Lampu Taman LED|tiang 60 cm, 10 Watt|Unit|385000
senter|Senter LED|rechargeable|Buah|95000
fitting|Fitting Lampu|E27 gantung|Buah|9000
## 1.1.7.01.05 | BAHAN DAN ALAT KEBERSIHAN | bersih | 0
sapu_ijuk|Sapu Ijuk|gagang kayu|Buah|28000
sapu_lidi|Sapu Lidi|gagang bambu|Buah|18000
pel|Alat Pel Lantai|model putar + ember|Set|165000
pembersih_5l|Cairan Pembersih Lantai|jerigen 5 liter|Jerigen|95000
pembersih_btl|Cairan Pembersih Lantai|botol 800 ml|Botol|19500
tisu|Tisu Wajah|250 sheet|Pak|17500
kantong_sampah|Kantong Plastik Sampah|besar 90 x 120 cm|Pak isi 10|18000
sabun_cair|Sabun Cuci Tangan Cair|500 ml|Botol|27000
pengharum|Pengharum Ruangan|aerosol 300 ml|Kaleng|38000
sarung_karet|Sarung Tangan Karet|panjang|Pasang|18000
masker|Masker Medis|3 ply|Box isi 50|32000
tempat_sampah|Tempat Sampah Pilah|plastik 60 liter, pedal|Buah|385000
kamper|Kapur Barus|isi 10|Pak|13000
karbol|Karbol / Disinfektan|botol 800 ml|Botol|22000
## 1.1.7.01.06 | BAHAN BANGUNAN DAN PERTAMANAN | bangunan | 0
semen|Semen Portland|50 kg|Sak|78000
pasir|Pasir Pasang|-|m3|285000
cat_int|Cat Tembok Interior|5 kg|Galon|165000
cat_ext|Cat Tembok Exterior|25 kg|Pail|1350000
kuas|Kuas Cat|3 inch|Buah|18000
pupuk_npk|Pupuk NPK|16-16-16|Kg|18500
pupuk_kandang|Pupuk Kandang|karung 25 kg|Karung|32000
tanah_humus|Tanah Humus|karung 25 kg|Karung|25000
pucuk_merah|Bibit Pucuk Merah|tinggi 100 cm, polybag|Pohon|45000
bougenville|Bibit Bougenville|tinggi 60 cm, polybag|Pohon|38000
tabebuya|Bibit Tabebuya|tinggi 2 m|Pohon|275000
trembesi|Bibit Trembesi|tinggi 2 m|Pohon|185000
rumput_gm|Rumput Gajah Mini|lembaran|m2|28000
rumput_jp|Rumput Jepang|lembaran|m2|35000
selang|Selang Air|1/2 inch|Roll 50 m|285000
gunting_rumput|Gunting Rumput|manual 12 inch|Buah|125000
gunting_dahan|Gunting Dahan (Galah)|teleskopik 4 m|Buah|465000
mata_pisau|Mata Pisau Mesin Potong Rumput|40 cm|Buah|85000
senar_rumput|Senar Mesin Potong Rumput|3 mm|Roll|45000
cangkul|Cangkul|lengkap gagang|Buah|95000
polybag|Polybag|30 x 30 cm|Kg|38000
pestisida|Insektisida Cair|botol 500 ml|Botol|95000
## 1.1.7.01.07 | BAHAN DAN ALAT PERIKANAN | ikan_bahan | 0
pakan_apung30|Pakan Ikan Apung|protein 30%, pelet 2 mm|Kg|16500
pakan_apung39|Pakan Ikan Apung|protein 39%, pelet starter|Kg|24500
pakan_tenggelam|Pakan Ikan Tenggelam|protein 28%|Kg|14500
pakan_larva|Pakan Larva / Tepung|protein 40%|Kg|48000
induk_nila|Induk Ikan Nila|unggul, 300-500 g|Ekor|45000
benih_nila|Benih Ikan Nila|ukuran 5-7 cm|Ekor|450
benih_lele|Benih Ikan Lele|ukuran 5-7 cm|Ekor|300
benih_patin|Benih Ikan Patin|ukuran 2 inch|Ekor|550
dolomit|Kapur Dolomit|karung 25 kg|Karung|45000
kapur_tohor|Kapur Tohor|karung 25 kg|Karung|55000
garam|Garam Krosok|karung 50 kg|Karung|125000
probiotik|Probiotik Perikanan|cair, 1 liter|Botol|95000
waring|Waring / Jaring Hapa|lebar 2 m, mesh 1 mm|Meter|23000
hapa|Hapa Pemijahan|2 x 1 x 1 m|Buah|185000
seser|Jaring Seser|gagang 1,5 m|Buah|65000
selang_aerasi|Selang Aerasi|diameter 5 mm|Roll 100 m|135000
batu_aerasi|Batu Aerasi|5 cm|Buah|8500
terpal|Terpal Kolam|A12|m2|32000
kantong_benih|Kantong Plastik Packing Benih|50 x 80 cm|Kg|48000
oksigen|Isi Ulang Tabung Oksigen|tabung 6 m3|Tabung|185000
testkit_ph|Test Kit pH Air|50 tes|Set|285000
testkit_amonia|Test Kit Amonia|50 tes|Set|325000
ember|Ember Plastik|60 liter|Buah|85000
baskom|Baskom Plastik|diameter 60 cm|Buah|55000
## 1.1.7.01.08 | PAKAIAN DAN PERLENGKAPAN PETUGAS | pakaian | 0
pdl|Pakaian Dinas Lapangan (PDL)|bahan drill, ongkos jahit|Stel|650000
topi|Topi Lapangan|bordir logo|Buah|75000
sepatu_pdl|Sepatu PDL|kulit, sol karet|Pasang|485000
jas_hujan|Jas Hujan|PVC, setelan|Stel|185000
rompi|Rompi Reflektor|scotchlight|Buah|95000
tongkat|Tongkat Lalu Lintas LED|rechargeable|Buah|125000
helm|Helm Pengaman (Safety Helmet)|standar SNI|Buah|85000
sarung_katun|Sarung Tangan Katun|putih|Lusin|60000
sepatu_boot|Sepatu Boot Karet|panjang|Pasang|135000
kaos|Kaos Olahraga|cotton combed 30s, sablon|Buah|95000
## 1.1.7.01.09 | PERLENGKAPAN KEARSIPAN | arsip | 0
boks_arsip|Boks Arsip|karton gelombang 37 x 10 x 27 cm|Buah|22500
folder_arsip|Folder Arsip|kertas manila, folio|Buah|3800
map_gantung|Map Gantung (Hanging Map)|folio|Buah|9500
label_arsip|Label Boks Arsip|stiker cetak A4|Lembar|4500
silica|Silica Gel|butiran|Kg|85000
tali_rami|Tali Rami / Tali Arsip|gulungan|Roll|32000
plastik_arsip|Plastik Pelindung Arsip (Polyester)|A4|Lembar|6500
kuas_arsip|Kuas Pembersih Arsip|bulu halus 2 inch|Buah|18000
lem_cmc|Lem CMC|bubuk|Kg|65000
kertas_jepang|Kertas Tissue Jepang|restorasi arsip, 60 x 90 cm|Lembar|38000
termohigro|Thermohygrometer Digital|ruang penyimpanan|Buah|285000
## 1.1.7.01.10 | BAHAN BAKAR DAN PELUMAS | bbm | 0
pertalite|Bensin Pertalite|-|Liter|10000
pertamax|Bensin Pertamax|-|Liter|12950
dexlite|Dexlite|-|Liter|13350
solar|Solar (Biosolar)|-|Liter|6800
oli|Oli Mesin|SAE 10W-40|Botol 1 L|72000
oli_2t|Oli Samping 2T|0,8 liter|Botol|45000
## 1.3.2 | ASET TETAP - PERALATAN DAN MESIN (dianggarkan pada Belanja Modal) | modal | 1
laptop_i5|Laptop|setara Core i5, RAM 8 GB, SSD 512 GB, 14 inch|Unit|11500000
laptop_i7|Laptop|setara Core i7, RAM 16 GB, SSD 1 TB, 14 inch|Unit|17850000
pc_aio|PC All in One|setara Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch|Unit|13250000
printer_inkjet|Printer Inkjet|A4, tinta isi ulang pabrikan|Unit|2850000
printer_laser|Printer Laser Monokrom|A4, 30 ppm|Unit|3650000
printer_a3|Printer Inkjet A3|A3, tinta isi ulang|Unit|6250000
scanner_adf|Scanner Dokumen|A4, ADF 50 lembar, 40 ppm|Unit|9850000
scanner_flat|Scanner Flatbed|A4|Unit|2150000
scanner_a3|Scanner Buku (Overhead)|A3, 24 MP|Unit|28500000
proyektor|Proyektor LCD|3.500 lumen, XGA|Unit|7850000
layar|Layar Proyektor|tripod 70 inch|Unit|1250000
ac1|AC Split|1 PK, standar|Unit|4850000
ac15|AC Split|1,5 PK, standar|Unit|6150000
ac2|AC Split|2 PK, standar|Unit|7950000
kamera|Kamera Digital Mirrorless|24 MP, lensa kit|Unit|12500000
ups|UPS|1200 VA|Unit|1650000
meja_kerja|Meja Kerja|1/2 biro, kayu olahan|Buah|1850000
kursi_kerja|Kursi Kerja|putar, sandaran sedang|Buah|1250000
kursi_lipat|Kursi Lipat (Futura)|besi, dudukan plastik|Buah|285000
lemari_arsip|Lemari Arsip|besi, 2 pintu|Buah|3850000
filing|Filing Cabinet|besi, 4 laci|Buah|3450000
rak_arsip|Rak Arsip Besi|5 susun, 90 x 40 x 200 cm|Unit|2650000
roll_opack|Roll O'Pack|manual, 6 bay|Unit|68500000
dispenser|Dispenser Air|galon bawah|Unit|1650000
ht|Handy Talky (HT)|UHF, 5 Watt|Unit|1850000
megaphone|Megaphone|25 Watt, rechargeable|Unit|685000
tenda_lipat|Tenda Lipat|3 x 3 m, rangka besi|Unit|2450000
genset|Genset|5 kVA, bensin|Unit|14500000
pompa_air|Pompa Air|sumur dangkal 125 W|Unit|850000
mesin_rumput|Mesin Potong Rumput|gendong, 2 tak|Unit|3850000
chainsaw|Gergaji Mesin (Chainsaw)|bar 20 inch|Unit|4650000
tangga|Tangga Aluminium|lipat 4 m|Unit|1350000
dehumidifier|Dehumidifier|20 liter/hari|Unit|4850000
apar|Alat Pemadam Api Ringan (APAR)|powder 3 kg|Tabung|650000
cctv|Kamera CCTV|IP 2 MP, outdoor|Unit|1150000
blower|Blower / Aerator Kolam|1 inch, 100 Watt|Unit|1450000
"""

SBU_TEXT = """
## SBU.01 | HONORARIUM | honor | 0
hon_ns_es1|Honorarium Narasumber|Pejabat Eselon I / setara|OJ|1400000
hon_ns_es2|Honorarium Narasumber|Pejabat Eselon II / setara|OJ|1000000
hon_ns_es3|Honorarium Narasumber|Pejabat Eselon III ke bawah / setara|OJ|900000
hon_ns_prof|Honorarium Narasumber|Praktisi/profesional/tokoh agama non ASN|OJ|900000
hon_mod|Honorarium Moderator|-|Orang/Kali|700000
hon_mc|Honorarium Pembawa Acara|-|OK|400000
hon_pan_pj|Honorarium Panitia|Penanggung Jawab|OK|450000
hon_pan_ketua|Honorarium Panitia|Ketua / Wakil Ketua|OK|400000
hon_pan_sek|Honorarium Panitia|Sekretaris|OK|300000
hon_pan_ang|Honorarium Panitia|Anggota|OK|300000
hon_tim_pengarah|Honorarium Tim Pelaksana Kegiatan|Pengarah|OB|650000
hon_tim_ketua|Honorarium Tim Pelaksana Kegiatan|Ketua|OB|550000
hon_tim_sek|Honorarium Tim Pelaksana Kegiatan|Sekretaris|OB|450000
hon_tim_ang|Honorarium Tim Pelaksana Kegiatan|Anggota|OB|400000
hon_juri|Honorarium Dewan Hakim / Juri Lomba|-|OK|600000
hon_notulen|Honorarium Notulis|-|OK|250000
hon_instruktur|Honorarium Instruktur / Pelatih|ASN|OJ|300000
## SBU.02 | PERJALANAN DINAS | perjadin | 0
uh_dk8|Uang Harian Perjalanan Dinas Dalam Kota|lebih dari 8 jam|OH|150000
uh_dk48|Uang Harian Perjalanan Dinas Dalam Kota|4 sampai 8 jam|OH|100000
transport_dk|Biaya Transport Perjalanan Dinas Dalam Kota|transport lokal|OK|110000
uh_kaltim|Uang Harian Perjalanan Dinas Luar Daerah|dalam Provinsi Kalimantan Timur|OH|430000
uh_jkt|Uang Harian Perjalanan Dinas Luar Provinsi|DKI Jakarta|OH|530000
uh_jatim|Uang Harian Perjalanan Dinas Luar Provinsi|Jawa Timur|OH|410000
inap_kaltim|Biaya Penginapan|Eselon III/IV, Kalimantan Timur|OH|1100000
inap_es2|Biaya Penginapan|Eselon II, Kalimantan Timur|OH|1650000
inap_jkt|Biaya Penginapan|Eselon III/IV, DKI Jakarta|OH|1490000
tiket_jkt|Tiket Pesawat Samarinda - Jakarta PP|kelas ekonomi|Orang/PP|3850000
tiket_sby|Tiket Pesawat Samarinda - Surabaya PP|kelas ekonomi|Orang/PP|3100000
tiket_mks|Tiket Pesawat Samarinda - Makassar PP|kelas ekonomi|Orang/PP|2950000
tr_bpn|Transport Darat Samarinda - Balikpapan PP|-|Orang/PP|350000
tr_bontang|Transport Darat Samarinda - Bontang PP|-|Orang/PP|300000
tr_tgr|Transport Darat Samarinda - Tenggarong PP|-|Orang/PP|200000
## SBU.03 | KONSUMSI | konsumsi | 0
snack|Kudapan / Snack|rapat dan kegiatan|Orang/Kali|20000
makan|Makan (Nasi Kotak)|rapat dan kegiatan|Orang/Kali|45000
prasmanan|Makan Prasmanan|kegiatan massal|Orang/Kali|65000
snack_tamu|Kudapan Jamuan Tamu|-|Orang/Kali|30000
makan_tamu|Makan Jamuan Tamu|-|Orang/Kali|85000
air_mineral|Air Mineral Kemasan|gelas 220 ml, dus isi 48|Dus|38000
## SBU.04 | SEWA | sewa | 0
tenda_4x6|Sewa Tenda|4 x 6 m, lengkap dinding|Unit/Hari|750000
tenda_5x10|Sewa Tenda|5 x 10 m, dekorasi|Unit/Hari|1850000
kursi_sewa|Sewa Kursi Futura|dengan sarung|Buah/Hari|9500
meja_sewa|Sewa Meja|dengan taplak|Buah/Hari|45000
sound_1000|Sewa Sound System|1.000 Watt|Paket/Hari|1250000
sound_3000|Sewa Sound System|3.000 Watt|Paket/Hari|2350000
kursi_vip|Sewa Kursi Sofa VIP|-|Buah/Hari|150000
sound_5000|Sewa Sound System|5.000 Watt|Paket/Hari|3750000
gedung_200|Sewa Gedung Pertemuan|kapasitas 200 orang|Hari|7500000
ruang_hotel|Sewa Ruang Pertemuan Hotel|kapasitas 100 orang|Hari|4500000
mobil_mpv|Sewa Kendaraan Roda 4|MPV, termasuk pengemudi, tanpa BBM|Unit/Hari|750000
minibus|Sewa Minibus|15 seat, termasuk pengemudi|Unit/Hari|1450000
bus45|Sewa Bus|45 seat|Unit/Hari|3500000
pickup|Sewa Mobil Pick Up|termasuk pengemudi|Unit/Hari|650000
skylift|Sewa Mobil Sky Lift|tinggi kerja 12 m, termasuk operator|Unit/Hari|3850000
genset_sewa|Sewa Genset|20 kVA, termasuk operator|Unit/Hari|1850000
proyektor_sewa|Sewa Proyektor dan Layar|-|Unit/Hari|450000
led_screen|Sewa LED Screen|outdoor P4|m2/Hari|450000
speedboat|Sewa Speedboat|kapasitas 10 orang|Unit/Hari|2500000
## SBU.05 | JASA CETAK, PENGGANDAAN DAN DOKUMENTASI | cetak | 0
fotokopi|Jasa Fotokopi|A4/F4 hitam putih|Lembar|300
jilid|Jasa Penjilidan|soft cover|Buku|7500
jilid_hard|Jasa Penjilidan|hard cover|Buku|35000
spanduk|Cetak Spanduk|MMT/flexi, finishing mata ayam|m2|35000
banner|Cetak X-Banner|60 x 160 cm, termasuk stand|Buah|185000
baliho|Cetak Baliho|flexi korea|m2|55000
brosur|Cetak Brosur / Leaflet|A4 full color, art paper 120 gr, lipat 3|Lembar|2500
buku_cetak|Cetak Buku|A5, 100 halaman, soft cover|Eksemplar|35000
sertifikat|Cetak Sertifikat / Piagam|art carton 260 gr, full color|Lembar|8500
id_card|Cetak ID Card dan Tali|PVC|Buah|25000
plakat|Plakat|akrilik, cetak UV|Buah|350000
dok_foto|Cetak Foto Dokumentasi|ukuran 4R|Lembar|3500
papan_nama|Papan Nama / Papan Larangan|plat besi 60 x 90 cm, tiang|Unit|1250000
undangan|Cetak Undangan|art carton, dengan amplop|Lembar|6500
stempel|Pembuatan Stempel|flash, ukuran standar|Buah|185000
meterai|Meterai|Rp 10.000|Lembar|10000
## SBU.06 | JASA TENAGA DAN PEMELIHARAAN | jasa | 0
t_kebersihan|Jasa Tenaga Kebersihan|non ASN, setara UMK|OB|3650000
t_keamanan|Jasa Tenaga Keamanan|non ASN|OB|3850000
t_admin|Jasa Tenaga Administrasi|non ASN, S1|OB|3950000
t_harian|Upah Tenaga Kerja Harian|pekerja|OH|165000
t_tukang|Upah Tukang|tukang listrik/batu|OH|195000
servis_ac|Jasa Servis / Cuci AC|split 0,5-2 PK|Unit|95000
freon|Isi Ulang Freon AC|R32|Unit|375000
servis_mobil|Servis Berkala Kendaraan Roda 4|termasuk ganti oli|Kali|1250000
servis_motor|Servis Berkala Kendaraan Roda 2|termasuk ganti oli|Kali|185000
servis_laptop|Jasa Servis Laptop / PC|tidak termasuk suku cadang|Unit|250000
t_pengemudi|Jasa Tenaga Pengemudi|non ASN|OB|3750000
internet_bb|Langganan Internet Broadband|50 Mbps|Bulan|485000
"""

def parse(text, kind):
    rows = []; sec = None
    for ln in text.strip().splitlines():
        if ln.startswith("## "):
            p = [x.strip() for x in ln[3:].split("|")]
            sec = dict(prefix=p[0], heading=p[1], cat=p[2], asset=p[3] == "1", n=0)
            rows.append(dict(kind="heading", sec=sec)); continue
        key, name, spec, unit, price = ln.split("|")
        sec["n"] += 1
        if kind == "ssh":
            kode = f"{sec['prefix']}.{sec['n']:03d}" if not sec["asset"] else f"1.3.2.{sec['n']:02d}.{sec['n']*3 % 17 + 1:02d}"
        else:
            kode = f"{sec['prefix']}.{sec['n']:02d}"
        rows.append(dict(kind="item", key=key, kode=kode, name=name, spec=spec, unit=unit,
                         price=int(price), cat=sec["cat"], asset=sec["asset"], heading=sec["heading"]))
    return rows
