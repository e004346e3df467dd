# Catalogue content for review19 (invented, realistic). Prices in rupiah, excluding PPN.
# Format per row: key | name | spec | unit | price     (key "-" = filler row, never referenced)

SSH = {
"Alat Tulis Kantor": """
hvs_a4_70|Kertas HVS|A4 70 gsm|Rim|52000
hvs_a4_80|Kertas HVS|A4 80 gsm|Rim|61500
hvs_f4_70|Kertas HVS|F4 (folio) 70 gsm|Rim|57000
hvs_f4_80|Kertas HVS|F4 (folio) 80 gsm|Rim|67000
hvs_a3_80|Kertas HVS|A3 80 gsm|Rim|128000
hvs_warna|Kertas HVS Warna|A4 75 gsm, warna|Rim|68000
foto_glossy|Kertas Foto Glossy|A4 180 gsm|Pak isi 20 lembar|48000
kertas_sertif|Kertas Linen/Sertifikat|A4 220 gsm|Pak isi 50 lembar|57500
karton_manila|Kertas Karton Manila|61 x 86 cm|Lembar|3500
kertas_plano|Kertas Plano/Flipchart|65 x 100 cm 60 gsm|Pak isi 50 lembar|92000
pulpen_gel|Pulpen Gel|0,5 mm tinta hitam|Lusin|42000
pulpen_bp|Pulpen Ballpoint|0,7 mm standar|Box isi 12|30000
pulpen_bp_50|Pulpen Ballpoint|0,7 mm standar|Box isi 50|118000
pensil_2b|Pensil|2B kayu|Lusin|36000
spidol_wb|Spidol Whiteboard|isi ulang, warna campur|Lusin|96000
spidol_perm|Spidol Permanen|ujung bulat|Lusin|108000
stabilo|Highlighter/Stabilo|warna campur|Pak isi 5|47000
map_snel|Map Snelhecter|plastik folio|Buah|4000
map_ordner|Map Ordner|folio 7 cm|Buah|38000
map_ordner5|Map Ordner|folio 5 cm|Buah|34000
map_plastik_kancing|Map Plastik Kancing|folio|Lusin|45000
amplop_kab|Amplop Putih|kabinet 110 x 230 mm|Box isi 100|42000
amplop_coklat|Amplop Coklat|folio 250 x 350 mm|Pak isi 50|58000
stapler_10|Stapler|No. 10|Buah|24000
stapler_hd50|Stapler Besar|HD-50, daya 100 lembar|Buah|165000
isi_stapler10|Isi Staples|No. 10|Box isi 20 kotak kecil|46000
isi_stapler_23|Isi Staples|No. 23/13|Kotak|18500
lakban_coklat|Lakban Coklat|2 inch (48 mm)|Roll|16500
lakban_bening|Lakban Bening|2 inch (48 mm)|Roll|15000
lakban_hitam|Lakban Kain Hitam|2 inch (48 mm)|Roll|21000
double_tape|Double Tape|1 inch|Roll|9000
tinta_stempel|Tinta Stempel|30 ml ungu/biru|Botol|14000
buku_folio|Buku Folio/Agenda|100 lembar hard cover|Buah|27500
buku_tulis|Buku Tulis|58 lembar|Pak isi 10|48000
post_it|Kertas Memo Tempel|76 x 76 mm|Pad|9500
paper_clip|Klip Kertas|No. 3|Kotak|4000
binder_155|Binder Clip|No. 155|Lusin|28000
binder_200|Binder Clip|No. 200|Lusin|37000
binder_107|Binder Clip|No. 107|Lusin|9500
gunting|Gunting Kertas|sedang 8 inch|Buah|17000
cutter|Cutter|besar 18 mm|Buah|18500
penggaris|Penggaris Besi|30 cm|Buah|12000
correction|Correction Tape|5 mm x 6 m|Buah|11000
name_tag|Name Tag/ID Card Holder|plastik + tali|Buah|6500
clipboard|Papan Ujian/Clipboard|folio|Buah|19500
baterai_aa|Baterai Alkaline|AA 1,5 V|Pak isi 4|36000
baterai_aaa|Baterai Alkaline|AAA 1,5 V|Pak isi 4|34000
baterai_9v|Baterai|9 V|Buah|32000
""",
"Bahan Komputer": """
toner_1600|Toner Cartridge Laser Hitam|kapasitas +/- 1.600 halaman|Buah|585000
toner_3000|Toner Cartridge Laser Hitam|kapasitas +/- 3.000 halaman|Buah|890000
tinta_70_bk|Tinta Printer Botol|70 ml hitam|Botol|98000
tinta_70_cl|Tinta Printer Botol|70 ml warna (C/M/Y)|Botol|98000
tinta_135|Tinta Printer Botol|135 ml hitam|Botol|165000
fd_32|Flashdisk|32 GB USB 3.0|Buah|95000
fd_64|Flashdisk|64 GB USB 3.0|Buah|145000
fd_128|Flashdisk|128 GB USB 3.0|Buah|235000
hdd_1tb|Harddisk Eksternal|1 TB USB 3.0, 2,5 inch|Buah|985000
hdd_2tb|Harddisk Eksternal|2 TB USB 3.0, 2,5 inch|Buah|1450000
microsd_64|Kartu Memori microSD|64 GB class 10|Buah|150000
microsd_128|Kartu Memori microSD|128 GB class 10|Buah|245000
mouse_wl|Mouse Wireless|2,4 GHz|Buah|125000
mouse_usb|Mouse Kabel|USB optical|Buah|65000
keyboard_usb|Keyboard|USB standar|Buah|135000
lan_cat6|Kabel LAN UTP|Cat6|Roll 305 m|2350000
lan_cat5e|Kabel LAN UTP|Cat5e|Roll 305 m|1450000
rj45_cat6|Konektor RJ45|Cat6|Pak isi 100|185000
rj45_cat5|Konektor RJ45|Cat5e|Pak isi 100|95000
usb_hub|USB Hub|4 port USB 3.0|Buah|145000
kabel_hdmi|Kabel HDMI|5 m|Buah|95000
""",
"Alat Listrik": """
led_12|Lampu LED|12 watt, E27|Buah|42000
led_18|Lampu LED|18 watt, E27|Buah|58000
led_30|Lampu LED|30 watt, E27|Buah|115000
kabel_roll5|Kabel Roll/Stop Kontak|4 lubang, 5 m|Buah|98000
kabel_roll10|Kabel Roll/Stop Kontak|4 lubang, 10 m|Buah|145000
kabel_roll25|Kabel Roll Gulung|4 lubang, 25 m|Buah|385000
nym_15|Kabel NYM|2 x 1,5 mm|Roll 50 m|685000
nym_25|Kabel NYM|2 x 2,5 mm|Roll 50 m|965000
senter_led|Senter LED|rechargeable|Buah|125000
senter_kepala|Senter Kepala (Headlamp)|LED rechargeable|Buah|95000
lampu_emergency|Lampu Emergency LED|rechargeable 20 watt|Buah|165000
""",
"Bahan Bakar dan Pelumas": """
pertalite|Bensin RON 90 (Pertalite)|-|Liter|10000
pertamax|Bensin RON 92 (Pertamax)|-|Liter|13200
biosolar|Biosolar|-|Liter|6800
dexlite|Dexlite|-|Liter|13600
oli_1l|Oli Mesin Kendaraan|kemasan 1 liter|Botol|68000
oli_4l|Oli Mesin Diesel|kemasan 4 liter|Galon|245000
oli_2t|Oli Mesin 2 Tak|kemasan 1 liter|Botol|55000
lpg_12|Gas LPG|isi ulang tabung 12 kg|Tabung|210000
lpg_55|Gas LPG|isi ulang tabung 5,5 kg|Tabung|105000
""",
"Bahan Bangunan dan Perlengkapan Jalan": """
semen_50|Semen Portland|50 kg|Sak|72000
semen_40|Semen Portland|40 kg|Sak|61000
pasir_pasang|Pasir Pasang|-|M3|285000
cat_int_5|Cat Tembok Interior|5 kg|Galon|165000
cat_ext_20|Cat Tembok Eksterior|20 kg|Pail|1150000
cat_marka_tp|Cat Marka Jalan Thermoplastic|putih/kuning|Kg|32500
cat_marka_np|Cat Marka Jalan Non-Thermoplastic|5 kg putih/kuning|Kaleng|325000
glass_bead|Glass Bead (Manik Kaca) Marka|-|Kg|18500
kuas_4|Kuas Cat|4 inch|Buah|18000
roll_cat_9|Roll Cat|9 inch|Buah|38000
paku_5|Paku|5 cm|Kg|24000
triplek_9|Triplek/Plywood|9 mm 122 x 244 cm|Lembar|145000
cone_70|Traffic Cone|karet 70 cm, strip reflektif|Buah|145000
cone_90|Traffic Cone|karet 90 cm, strip reflektif|Buah|210000
water_barrier|Water Barrier|plastik HDPE 1,8 m|Buah|985000
rompi_reflektif|Rompi Reflektif (Scotchlight)|kain jaring, lapis reflektif|Buah|85000
light_stick|Tongkat Lalu Lintas LED|panjang 54 cm, baterai|Buah|95000
peluit|Peluit|stainless + tali|Buah|25000
police_line|Pita Pembatas (Police Line)|300 m|Roll|115000
stiker_reflektif|Stiker Reflektif|lebar 5 cm|Roll 45 m|385000
""",
"Pakaian dan Perlengkapan Lapangan": """
pdl|Pakaian Dinas Lapangan (PDL)|kain + ongkos jahit|Stel|650000
sepatu_pdl|Sepatu PDL|kulit, model boot|Pasang|485000
topi_lap|Topi Lapangan|bordir logo|Buah|55000
kaos_kegiatan|Kaos Kegiatan|katun combed 30s, sablon 1 warna|Buah|75000
kaos_kerah|Kaos Berkerah (Polo)|lacoste CVC, bordir|Buah|125000
jas_hujan_stel|Jas Hujan Setelan|PVC tebal|Stel|165000
jas_hujan_ponco|Jas Hujan Ponco|PVC|Buah|85000
life_jacket|Rompi Pelampung (Life Jacket)|dewasa, busa|Buah|285000
life_jacket_anak|Rompi Pelampung (Life Jacket)|anak, busa|Buah|215000
srg_tgn_karet|Sarung Tangan Karet|panjang|Pasang|22000
srg_tgn_kain|Sarung Tangan Kain|bintik karet|Lusin|48000
sepatu_boot|Sepatu Boot Karet|-|Pasang|95000
masker_medis|Masker Medis|3 ply earloop|Box isi 50|35000
masker_n95|Masker N95|-|Buah|15000
helm_safety|Helm Safety|HDPE dengan tali dagu|Buah|65000
helm_sar|Helm Rescue (SAR)|ABS, lampu klip|Buah|450000
""",
"Bahan Logistik dan Bantuan": """
beras_med|Beras Medium|-|Kg|13500
beras_prem|Beras Premium|-|Kg|15800
mi_instan|Mi Instan|goreng/kuah|Dus isi 40|118000
air_600|Air Mineral Botol|600 ml|Dus isi 24|48000
air_1500|Air Mineral Botol|1.500 ml|Dus isi 12|52000
air_gelas|Air Mineral Gelas|240 ml|Dus isi 48|28000
air_galon|Air Mineral Galon|isi ulang 19 liter|Galon|22000
minyak_2l|Minyak Goreng Kemasan|2 liter|Pouch|38000
gula|Gula Pasir|-|Kg|18000
sarden|Ikan Kaleng (Sarden)|425 gram|Kaleng|28000
telur|Telur Ayam Ras|-|Kg|29000
selimut|Selimut Polar|150 x 200 cm|Lembar|75000
tikar|Tikar Plastik|2 x 3 m|Lembar|65000
terpal_a5_46|Terpal Plastik|A5 4 x 6 m|Lembar|165000
terpal_a3_46|Terpal Plastik|A3 4 x 6 m|Lembar|135000
terpal_a5_68|Terpal Plastik|A5 6 x 8 m|Lembar|295000
karung_50|Karung Plastik|kapasitas 50 kg|Lembar|3500
karung_goni|Karung Goni|-|Lembar|9500
kantong_jenazah|Kantong Jenazah|PVC dewasa|Buah|185000
hygiene_kit|Paket Hygiene Kit|sabun, sikat/pasta gigi, sampo, handuk|Paket|175000
kids_ware|Paket Perlengkapan Anak (Kids Ware)|pakaian + alat tulis|Paket|225000
popok_m|Popok Bayi|ukuran M|Pak isi 20|62000
pembalut|Pembalut Wanita|-|Pak isi 10|14500
kotak_p3k|Kotak P3K Lengkap|isi obat dan alat|Paket|285000
kasur_lipat|Matras/Kasur Lipat|busa 180 x 90 cm|Buah|265000
trash_bag|Kantong Sampah Plastik|60 x 100 cm hitam|Pak isi 10|18500
trash_bag_b|Kantong Sampah Plastik|90 x 120 cm hitam|Pak isi 10|34000
""",
"Alat Kebersihan dan Perkakas": """
sapu_lidi|Sapu Lidi|bertangkai|Buah|25000
sapu_ijuk|Sapu Ijuk|-|Buah|32000
cangkul|Cangkul|mata baja + tangkai|Buah|95000
parang|Parang|baja, 40 cm|Buah|85000
sekop|Sekop|baja + tangkai|Buah|88000
garu|Garu Sampah|besi|Buah|55000
arit|Sabit/Arit|-|Buah|45000
gerobak|Gerobak Sampah Dorong|plat besi 1 m3|Unit|2950000
ember|Ember Plastik|20 liter|Buah|38000
kawat_las_26|Kawat Las Elektroda|RB 2,6 mm|Dus 5 kg|165000
kawat_las_32|Kawat Las Elektroda|RB 3,2 mm|Dus 5 kg|160000
besi_siku|Besi Siku|40 x 40 x 4 mm, 6 m|Batang|265000
besi_plat12|Plat Besi|1,2 mm, 4 x 8 kaki|Lembar|685000
besi_plat3|Plat Besi|3 mm, 4 x 8 kaki|Lembar|1650000
besi_hollow|Besi Hollow|40 x 40 mm tebal 1,6 mm, 6 m|Batang|135000
gerinda_potong|Batu Gerinda Potong|4 inch|Buah|9500
gerinda_poles|Batu Gerinda Poles|4 inch|Buah|14500
kedok_las|Topeng Las (Kedok)|fiber|Buah|85000
kacamata_las|Kacamata Las|-|Buah|35000
srg_tgn_las|Sarung Tangan Las|kulit|Pasang|45000
apron_las|Apron Las|kulit|Buah|125000
""",
"Bahan Praktik Pelatihan": """
terigu_tinggi|Tepung Terigu Protein Tinggi|kemasan 1 kg|Kg|14500
terigu_sedang|Tepung Terigu Protein Sedang|kemasan 1 kg|Kg|12500
margarin|Margarin|kemasan 1 kg|Kg|38000
kopi_robusta|Biji Kopi Robusta Sangrai|-|Kg|185000
kopi_arabika|Biji Kopi Arabika Sangrai|-|Kg|285000
kain_katun|Kain Katun|lebar 150 cm|Meter|35000
kain_drill|Kain Drill|lebar 150 cm|Meter|48000
benang_jahit|Benang Jahit Polyester|gulungan kecil|Lusin|42000
resleting|Resleting|20 cm|Lusin|18000
""",
"Perikanan": """
nila_57|Benih Ikan Nila|ukuran 5-7 cm|Ekor|300
nila_35|Benih Ikan Nila|ukuran 3-5 cm|Ekor|200
lele_57|Benih Ikan Lele|ukuran 5-7 cm|Ekor|250
lele_79|Benih Ikan Lele|ukuran 7-9 cm|Ekor|350
patin_1|Benih Ikan Patin|ukuran 1 inch|Ekor|350
mas_57|Benih Ikan Mas|ukuran 5-7 cm|Ekor|350
gurami_68|Benih Ikan Gurami|ukuran 6-8 cm|Ekor|1500
pakan_30|Pakan Ikan Apung|protein 30%, 30 kg|Karung|385000
pakan_33|Pakan Ikan Apung|protein 31-33%, 30 kg|Karung|420000
pakan_benih|Pakan Benih (Pelet Halus)|protein 38%|Kg|28000
kolam_2|Kolam Terpal Bulat|diameter 2 m, rangka besi|Unit|650000
kolam_3|Kolam Terpal Bulat|diameter 3 m, rangka besi|Unit|850000
aerator|Pompa Udara (Aerator)|2 lubang|Unit|165000
dolomit|Kapur Pertanian (Dolomit)|-|Kg|2500
probiotik|Probiotik Ikan Cair|1 liter|Botol|85000
waring|Waring Hitam|lebar 1,5 m|Roll 100 m|650000
jaring_tebar|Jala Tebar|nilon, diameter 4 m|Buah|285000
es_balok|Es Balok|-|Balok|25000
cool_box|Cool Box Plastik|45 liter|Buah|485000
test_kit_formalin|Test Kit Formalin|untuk 50 uji|Paket|450000
""",
"Mebel dan Peralatan Kantor (Aset)": """
kursi_lipat|Kursi Lipat|rangka besi, dudukan busa|Buah|285000
meja_lipat|Meja Lipat|rangka besi 120 x 60 cm|Buah|450000
lemari_arsip|Lemari Arsip Besi|4 laci|Unit|3650000
kursi_kerja|Kursi Kerja|sandaran sedang, roda|Buah|1150000
meja_kerja|Meja Kerja|1/2 biro, 120 x 60 cm|Buah|1850000
laptop_i5|Laptop|Core i5 / RAM 8 GB / SSD 512 GB / 14 inch|Unit|11500000
laptop_i7|Laptop|Core i7 / RAM 16 GB / SSD 1 TB / 15,6 inch|Unit|16800000
pc_aio|PC All in One|Core i5 / RAM 8 GB / 23,8 inch|Unit|13250000
printer_laser|Printer Laser Monokrom|A4|Unit|2850000
printer_ink|Printer Inkjet Tinta Botol|A4 warna, print/scan/copy|Unit|3150000
printer_ink_a3|Printer Inkjet Tinta Botol|A3 warna|Unit|6850000
proyektor|Proyektor|3.500 lumens|Unit|6450000
layar_70|Layar Proyektor Tripod|70 inch|Unit|1150000
ac_05|AC Split|1/2 PK|Unit|3650000
ac_1|AC Split|1 PK|Unit|4850000
ac_2|AC Split|2 PK|Unit|8950000
kamera_ml|Kamera Mirrorless|24 MP + lensa kit|Unit|11000000
ht_vhf|Handy Talky (HT)|VHF 5 watt|Unit|1850000
rig_vhf|Radio Rig VHF|50 watt|Unit|6850000
megaphone|Megaphone (Toa)|25 watt|Unit|685000
genset_2k|Genset|bensin 2.200 watt|Unit|5450000
genset_5k|Genset|bensin 5.000 watt|Unit|9850000
pompa_3|Pompa Air|mesin bensin 3 inch|Unit|4650000
chainsaw|Gergaji Mesin (Chainsaw)|bilah 20 inch|Unit|4250000
ups_1200|UPS|1.200 VA|Unit|1650000
switch_24|Switch Hub|24 port gigabit|Unit|2450000
access_point|Access Point|dual band|Unit|850000
mesin_jahit|Mesin Jahit Portable|listrik, multifungsi|Unit|2650000
mesin_las|Mesin Las Inverter|900 watt|Unit|2450000
gerinda_tangan|Mesin Gerinda Tangan|4 inch 710 watt|Unit|685000
timbangan_dig|Timbangan Digital|kapasitas 30 kg|Unit|650000
""",
}

SBU = {
"Honorarium": """
hon_ns_es2|Honorarium Narasumber Pejabat Eselon II/setara|-|OJ|1000000
hon_ns_es3|Honorarium Narasumber Pejabat Eselon III ke bawah/setara|-|OJ|900000
hon_ns_prof|Honorarium Narasumber Profesional/Akademisi (non-ASN)|-|OJ|900000
hon_moderator|Honorarium Moderator|-|OK|700000
hon_mc|Honorarium Pembawa Acara|-|OK|400000
hon_pj|Honorarium Panitia - Penanggung Jawab|-|OK|450000
hon_ketua|Honorarium Panitia - Ketua|-|OK|400000
hon_anggota|Honorarium Panitia - Sekretaris/Anggota|-|OK|300000
hon_tim_ketua|Honorarium Tim Pelaksana Kegiatan - Ketua|-|OB|600000
hon_tim_anggota|Honorarium Tim Pelaksana Kegiatan - Anggota|-|OB|450000
hon_sekretariat|Honorarium Sekretariat Tim Pelaksana|-|OB|300000
hon_instruktur|Honorarium Instruktur/Pelatih Pelatihan Teknis|-|OJ|350000
hon_asisten_instr|Honorarium Asisten Instruktur|-|OJ|200000
hon_enumerator|Honorarium Petugas Pendataan/Enumerator|-|OH|150000
hon_relawan|Honorarium Relawan Kebencanaan (siaga)|-|OH|125000
hon_penguji|Honorarium Penguji/Asesor Praktik|-|OP (orang/peserta)|75000
hon_dokumentasi|Honorarium Petugas Dokumentasi|-|OK|250000
""",
"Uang Saku dan Transport Peserta": """
us_peserta|Uang Saku Peserta Pelatihan (dalam kota, non-ASN)|-|OH|100000
tr_peserta|Uang Transport Peserta Kegiatan dalam Kota|-|OK|150000
tr_peserta_kec|Uang Transport Peserta Kegiatan Tingkat Kecamatan/Kelurahan|-|OK|75000
""",
"Perjalanan Dinas": """
uh_dk8|Uang Harian Perjalanan Dinas Dalam Kota (lebih dari 8 jam)|Kota Samarinda|OH|170000
uh_kaltim|Uang Harian Perjalanan Dinas Luar Kota Dalam Provinsi|Kalimantan Timur|OH|430000
uh_jkt|Uang Harian Perjalanan Dinas Luar Provinsi|DKI Jakarta|OH|530000
uh_jabar|Uang Harian Perjalanan Dinas Luar Provinsi|Jawa Barat|OH|430000
uh_jatim|Uang Harian Perjalanan Dinas Luar Provinsi|Jawa Timur|OH|410000
uh_sulsel|Uang Harian Perjalanan Dinas Luar Provinsi|Sulawesi Selatan|OH|430000
uh_bali|Uang Harian Perjalanan Dinas Luar Provinsi|Bali|OH|480000
uh_diy|Uang Harian Perjalanan Dinas Luar Provinsi|D.I. Yogyakarta|OH|420000
uh_diklat|Uang Harian Diklat/Bimtek (luar provinsi)|semua provinsi|OH|160000
tiket_jkt|Tiket Pesawat Ekonomi Balikpapan - Jakarta|pulang pergi|Orang/PP|3850000
tiket_sby|Tiket Pesawat Ekonomi Balikpapan - Surabaya|pulang pergi|Orang/PP|2650000
tiket_upg|Tiket Pesawat Ekonomi Balikpapan - Makassar|pulang pergi|Orang/PP|2450000
tiket_yog|Tiket Pesawat Ekonomi Balikpapan - Yogyakarta|pulang pergi|Orang/PP|3150000
tiket_dps|Tiket Pesawat Ekonomi Balikpapan - Denpasar|pulang pergi|Orang/PP|3050000
tiket_bdg|Tiket Pesawat Ekonomi Balikpapan - Bandung|pulang pergi|Orang/PP|3450000
darat_bpn|Transport Darat Samarinda - Balikpapan|pulang pergi|Orang/PP|400000
darat_btg|Transport Darat Samarinda - Bontang|pulang pergi|Orang/PP|350000
darat_tgr|Transport Darat Samarinda - Tenggarong|pulang pergi|Orang/PP|200000
taksi_jkt|Taksi Bandara - Tujuan, DKI Jakarta|sekali jalan|Orang/Kali|256000
taksi_smd|Taksi Dalam Kota Samarinda/Balikpapan|sekali jalan|Orang/Kali|150000
inap_jkt_es3|Penginapan DKI Jakarta Eselon III/Gol. IV|-|OH (malam)|992000
inap_jkt_es4|Penginapan DKI Jakarta Eselon IV/Gol. III ke bawah|-|OH (malam)|730000
inap_sby_es4|Penginapan Jawa Timur Eselon IV/Gol. III ke bawah|-|OH (malam)|664000
inap_upg_es4|Penginapan Sulawesi Selatan Eselon IV/Gol. III ke bawah|-|OH (malam)|695000
inap_kaltim_es4|Penginapan Kalimantan Timur Eselon IV/Gol. III ke bawah|-|OH (malam)|580000
inap_yog_es4|Penginapan D.I. Yogyakarta Eselon IV/Gol. III ke bawah|-|OH (malam)|845000
""",
"Konsumsi": """
nasi_kotak|Makan (Nasi Kotak) Rapat|-|Kotak|45000
snack_rapat|Kudapan (Snack) Rapat|-|Kotak|20000
prasmanan|Makan Prasmanan|-|Orang/Kali|65000
jamuan_makan|Makan Jamuan Tamu|-|Orang/Kali|95000
jamuan_snack|Kudapan Jamuan Tamu|-|Orang/Kali|30000
nasi_lapangan|Makan Aktivitas Lapangan (Nasi Bungkus)|-|Bungkus|30000
snack_lapangan|Kudapan Aktivitas Lapangan|-|Bungkus|15000
fullboard|Paket Meeting Fullboard Dalam Kota|-|Orang/Hari|650000
fullday|Paket Meeting Fullday Dalam Kota|-|Orang/Hari|350000
halfday|Paket Meeting Halfday Dalam Kota|-|Orang/Hari|250000
""",
"Sewa": """
sewa_minibus|Sewa Mobil Penumpang 7 Kursi (termasuk pengemudi)|tanpa BBM|Unit/Hari|750000
sewa_bus30|Sewa Bus Sedang 30 Kursi|termasuk pengemudi|Unit/Hari|2500000
sewa_bus45|Sewa Bus Besar 45 Kursi|termasuk pengemudi|Unit/Hari|3750000
sewa_pickup|Sewa Mobil Pick Up|termasuk pengemudi|Unit/Hari|550000
sewa_truk|Sewa Truk Engkel|termasuk pengemudi|Unit/Hari|850000
sewa_tenda55|Sewa Tenda Kerucut (Sarnafil)|5 x 5 m|Unit/Hari|450000
sewa_tenda_terop|Sewa Tenda Terop|4 x 6 m|Unit/Hari|300000
sewa_kursi_plastik|Sewa Kursi Plastik|-|Buah/Hari|5000
sewa_kursi_cover|Sewa Kursi Lipat Bercover|-|Buah/Hari|12000
sewa_meja_cover|Sewa Meja Bercover|-|Buah/Hari|45000
sewa_sound_kecil|Sewa Sound System Kecil|s.d. 1.000 watt|Paket/Hari|1250000
sewa_sound_sedang|Sewa Sound System Sedang|1.000 - 5.000 watt|Paket/Hari|2500000
sewa_proyektor|Sewa Proyektor dan Layar|-|Unit/Hari|450000
sewa_aula100|Sewa Aula/Gedung Pertemuan|kapasitas s.d. 100 orang|Hari|3500000
sewa_aula300|Sewa Aula/Gedung Pertemuan|kapasitas s.d. 300 orang|Hari|7500000
sewa_genset20|Sewa Genset|20 kVA termasuk operator|Unit/Hari|1650000
sewa_speedboat|Sewa Speedboat|mesin 40 PK termasuk motoris|Unit/Hari|1250000
sewa_klotok|Sewa Perahu Motor (Klotok)|termasuk motoris|Unit/Hari|650000
""",
"Jasa Cetak, Penggandaan dan Lainnya": """
fc_a4|Jasa Fotokopi|A4 hitam putih|Lembar|350
fc_f4|Jasa Fotokopi|F4 hitam putih|Lembar|400
jilid_lakban|Jasa Penjilidan|jilid lakban/soft cover|Buku|7500
jilid_spiral|Jasa Penjilidan|jilid spiral|Buku|12000
jilid_hard|Jasa Penjilidan|hard cover|Buku|45000
spanduk|Cetak Spanduk/Banner|flexi 280 gsm|M2|35000
baliho|Cetak Baliho|flexi 440 gsm|M2|55000
xbanner|Cetak X-Banner|60 x 160 cm termasuk stand|Buah|185000
leaflet|Cetak Leaflet/Brosur|A4 art paper 120 gsm, 2 sisi full color|Lembar|1800
stiker_a4|Cetak Stiker Vinyl|A4 full color|Lembar|12500
buku_a5|Cetak Buku|A5 isi 100 halaman, cover art carton|Eksemplar|35000
sertifikat|Cetak Sertifikat/Piagam|A4 art carton 260 gsm full color|Lembar|6500
formulir_ncr|Cetak Formulir NCR|3 ply, folio|Buku (isi 50 set)|42000
kartu_id|Cetak ID Card/Kartu Identitas|PVC 2 sisi|Buah|12500
jasa_cuci_ac|Jasa Pemeliharaan (Cuci) AC Split|0,5 - 2 PK|Unit|85000
servis_r4|Jasa Servis Berkala Kendaraan Roda 4|ringan, tanpa suku cadang|Kali|650000
servis_r2|Jasa Servis Berkala Kendaraan Roda 2|ringan, tanpa suku cadang|Kali|150000
kebersihan_ob|Jasa Tenaga Kebersihan|setara UMK|OB|3850000
""",
}
