# Catalogue content (invented but realistic). Prices exclude PPN.
A = {  # account key -> (code, name, kind)
 "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "goods"),
 "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", "goods"),
 "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", "goods"),
 "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", "goods"),
 "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", "goods"),
 "BERSIH": ("5.1.02.01.01.0027", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan", "goods"),
 "PERKAKAS": ("5.1.02.01.01.0033", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perkakas Kerja Lapangan", "goods"),
 "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", "goods"),
 "KIMIA": ("5.1.02.01.01.0002", "Belanja Bahan-Bahan Kimia", "goods"),
 "BANGUN": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi", "goods"),
 "BAHANLAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", "goods"),
 "PAKAIAN": ("5.1.02.01.01.0070", "Belanja Pakaian Kerja Lapangan", "goods"),
 "MAMIN": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", "food"),
 "MAMINLAP": ("5.1.02.01.01.0058", "Belanja Makanan dan Minuman Aktivitas Lapangan", "food"),
 "SERAH": ("5.1.02.05.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat", "goods"),
 "HONOR": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", "service"),
 "HONTIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan", "service"),
 "TENAGA": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", "service"),
 "TENAGAKEB": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Kebersihan", "service"),
 "LAB": ("5.1.02.02.01.0044", "Belanja Jasa Pengujian Laboratorium", "service"),
 "REKLAME": ("5.1.02.02.01.0055", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan", "service"),
 "CETAKJASA": ("5.1.02.02.01.0056", "Belanja Jasa Penyelenggaraan Cetak/Penggandaan", "service"),
 "SEWAKEND": ("5.1.02.02.03.0005", "Belanja Sewa Kendaraan Bermotor Penumpang", "service"),
 "SEWAAPUNG": ("5.1.02.02.03.0018", "Belanja Sewa Alat Angkutan Apung Bermotor", "service"),
 "SEWAALAT": ("5.1.02.02.03.0099", "Belanja Sewa Peralatan dan Perlengkapan Acara", "service"),
 "SEWAGEDUNG": ("5.1.02.02.04.0005", "Belanja Sewa Gedung Pertemuan", "service"),
 "DK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", "travel"),
 "PDB": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", "travel"),
 "PELKEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan Darat Bermotor", "service"),
 "M_PC": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", "capital"),
 "M_PERIF": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Komputer Lainnya", "capital"),
 "M_MEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel", "capital"),
 "M_KANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", "capital"),
 "M_AC": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin", "capital"),
 "M_KOM": ("5.2.02.06.03.0001", "Belanja Modal Alat Komunikasi Radio", "capital"),
 "M_RT": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya", "capital"),
 "M_RAMBU": ("5.2.04.01.06.0001", "Belanja Modal Rambu-Rambu Lalu Lintas Darat", "capital"),
 "M_LAB": ("5.2.02.08.01.0011", "Belanja Modal Alat Laboratorium Kualitas Air dan Tanah", "capital"),
 "M_BUKU": ("5.2.05.01.01.0001", "Belanja Modal Buku Umum", "capital"),
}

# SSH rows: (key, category, name, spec, unit, price, acct, rka-name variants, alt units [(unit, factor)])
SSH = []
def s(key, cat, name, spec, unit, price, acct, var=None, alt=None):
    SSH.append(dict(key=key, cat=cat, name=name, spec=spec, unit=unit, price=price, acct=acct,
                    var=var or [name], alt=alt or []))

C = "ALAT TULIS KANTOR"
s("hvs_a4_70", C, "Kertas HVS", "A4 70 gsm", "Rim", 54500, "KERTAS", ["Kertas HVS A4 70 gr", "HVS 70gsm uk. A4", "Kertas A4 70 gram"], [("Box isi 5 rim", 5)])
s("hvs_a4_80", C, "Kertas HVS", "A4 80 gsm", "Rim", 63800, "KERTAS", ["Kertas HVS A4 80 gr", "HVS A4 80gsm"], [("Box isi 5 rim", 5)])
s("hvs_f4_70", C, "Kertas HVS", "F4 70 gsm", "Rim", 61200, "KERTAS", ["Kertas HVS F4 70 gr", "HVS Folio 70gsm"], [("Box isi 5 rim", 5)])
s("hvs_f4_80", C, "Kertas HVS", "F4 80 gsm", "Rim", 71500, "KERTAS", ["Kertas HVS F4 80 gr", "Kertas Folio/F4 80 gram"], [("Box isi 5 rim", 5)])
s("hvs_a3_80", C, "Kertas HVS", "A3 80 gsm", "Rim", 128000, "KERTAS", ["Kertas A3 80 gsm"])
s("kertas_foto", C, "Kertas Foto Glossy", "A4 180 gsm isi 20 lbr", "Pak", 38500, "KERTAS", ["Kertas foto glossy A4"])
s("kertas_cover", C, "Kertas Cover/Buffalo", "A4 warna isi 100 lbr", "Pak", 46000, "KERTAS", ["Kertas cover buffalo A4"])
s("kertas_label", C, "Kertas Label Stiker", "No. 103 isi 10 lbr", "Pak", 9800, "KERTAS", ["Label stiker no.103"], [("Kotak isi 10 pak", 10)])
s("map_snel", C, "Map Snelhecter", "Plastik, folio", "Buah", 4200, "ATK", ["Map snelhecter plastik", "Snelhecter folio"], [("Lusin", 12)])
s("map_snel_kertas", C, "Map Snelhecter", "Kertas karton, folio", "Buah", 2900, "ATK", ["Map snelhecter kertas"])
s("stopmap", C, "Stopmap Kertas", "Folio, 220 gsm", "Buah", 1900, "ATK", ["Stopmap folio", "Map stopmap kertas"], [("Pak isi 50", 50)])
s("map_plastik_kancing", C, "Map Plastik Kancing", "Folio", "Buah", 4800, "ATK", ["Map kancing plastik F4", "Map button folio"], [("Lusin", 12)])
s("ordner", C, "Ordner", "Folio, lebar 7 cm", "Buah", 36500, "ATK", ["Ordner/Bantex folio 7 cm", "Odner folio"])
s("ordner5", C, "Ordner", "Folio, lebar 5 cm", "Buah", 33000, "ATK", ["Ordner folio 5 cm"])
s("pulpen", C, "Pulpen Gel", "0,5 mm tinta hitam", "Buah", 3500, "ATK", ["Pulpen gel hitam 0.5", "Ballpoint gel 0,5 mm"], [("Kotak isi 12", 12)])
s("pulpen_std", C, "Pulpen Standar", "Tinta biru", "Buah", 2200, "ATK", ["Pulpen biru standar"], [("Kotak isi 12", 12)])
s("pensil_2b", C, "Pensil 2B", "Kayu", "Buah", 3300, "ATK", ["Pensil 2B"], [("Lusin", 12)])
s("spidol_wb", C, "Spidol Whiteboard", "Isi ulang, hitam/biru", "Buah", 9500, "ATK", ["Spidol WB", "Spidol papan tulis"], [("Kotak isi 12", 12)])
s("spidol_perm", C, "Spidol Permanen", "Ujung bulat", "Buah", 9800, "ATK", ["Spidol permanen"])
s("stabilo", C, "Stabilo/Highlighter", "Aneka warna", "Buah", 7600, "ATK", ["Stabilo"])
s("lakban_coklat", C, "Lakban", "Coklat 2 inch", "Roll", 13500, "ATK", ["Lakban coklat 48 mm", "Lakban 2\""])
s("lakban_bening", C, "Lakban", "Bening 2 inch", "Roll", 12800, "ATK", ["Lakban bening 2 inch"])
s("lakban_kain", C, "Lakban Kain", "Hitam 2 inch", "Roll", 18500, "ATK", ["Lakban kain hitam"])
s("isolasi", C, "Isolasi Bening", "1/2 inch", "Roll", 3500, "ATK", ["Selotip 1/2\""])
s("lem_kertas", C, "Lem Kertas Cair", "50 ml", "Botol", 4500, "ATK", ["Lem cair 50ml"])
s("lem_stick", C, "Lem Batang", "25 gram", "Buah", 8200, "ATK", ["Glue stick 25 gr"])
s("staples_no10", C, "Isi Staples", "No. 10", "Kotak", 3100, "ATK", ["Isi staples no.10"], [("Pak isi 20 kotak", 20)])
s("staples_alat", C, "Stapler", "No. 10", "Buah", 19500, "ATK", ["Stapler HD-10"])
s("paper_clip", C, "Paper Clip", "No. 3", "Kotak", 3900, "ATK", ["Klip kertas no.3"])
s("binder_clip", C, "Binder Clip", "No. 155", "Kotak", 14500, "ATK", ["Binder klip 155"])
s("amplop_kop", C, "Amplop Putih Kop", "Ukuran 110x230 mm", "Kotak", 52000, "CETAK", ["Amplop kop dinas 110x230", "Amplop putih berkop"])
s("amplop_coklat", C, "Amplop Coklat", "Folio", "Pak", 41000, "ATK", ["Amplop coklat folio isi 50", "Amplop coklat F4"])
s("buku_folio", C, "Buku Folio Bergaris", "100 lembar", "Buah", 21500, "ATK", ["Buku folio 100 lbr", "Buku register folio"])
s("buku_tulis", C, "Buku Tulis", "38 lembar", "Pak", 34000, "ATK", ["Buku tulis isi 10"])
s("post_it", C, "Kertas Memo Tempel", "3x3 inch", "Pak", 9900, "ATK", ["Sticky notes 3x3"])
s("cutter", C, "Cutter", "Besar L-500", "Buah", 14000, "ATK", ["Pisau cutter besar"])
s("gunting", C, "Gunting", "Sedang 8 inch", "Buah", 16500, "ATK", ["Gunting kertas 8\""])
s("stempel", C, "Stempel Karet", "Otomatis, ukuran 5x2,5 cm", "Buah", 135000, "ATK", ["Stempel flash otomatis", "Cap stempel"])
s("bak_stempel", C, "Bak Stempel", "No. 1", "Buah", 17500, "ATK", ["Bak stempel"])
s("tinta_stempel", C, "Tinta Stempel", "30 ml", "Botol", 9500, "ATK", ["Tinta stempel 30cc"])
s("baterai_aa", C, "Baterai Alkaline", "AA isi 2", "Pak", 14500, "LISTRIK", ["Baterai AA alkaline"])
s("baterai_aaa", C, "Baterai Alkaline", "AAA isi 2", "Pak", 13900, "LISTRIK", ["Baterai AAA"])
s("baterai_9v", C, "Baterai Alkaline", "9 Volt", "Buah", 31500, "LISTRIK", ["Baterai kotak 9V"])
s("plastik_sampul", C, "Plastik Sampul Buku", "Gulungan lebar 50 cm x 50 m", "Roll", 78500, "ATK", ["Plastik sampul buku roll", "Sampul plastik buku (rol)"])
s("plastik_sampul_lbr", C, "Plastik Sampul Buku", "Lembaran uk. 50x60 cm", "Pak", 24500, "ATK", ["Plastik sampul lembaran"])
s("label_barcode", C, "Label Barcode", "Thermal 50x25 mm, 1000 pcs", "Roll", 42000, "KOMP", ["Label barcode thermal 50x25", "Stiker barcode buku"])
s("label_punggung", C, "Label Punggung Buku", "3x4 cm isi 100", "Pak", 12500, "ATK", ["Label nomor punggung buku"])
s("kartu_anggota", C, "Kartu Anggota PVC", "Cetak 2 sisi", "Lembar", 7500, "CETAK", ["Kartu anggota perpus PVC"])
s("blanko_formulir", C, "Blanko Formulir", "F4 cetak 1 muka HVS 70 gsm", "Lembar", 450, "CETAK", ["Cetak formulir isian", "Penggandaan blanko formulir"])
s("map_arsip_folder", C, "Folder Arsip", "Karton manila, folio", "Buah", 3600, "ATK", ["Folder arsip manila", "Map folder arsip"], [("Pak isi 50", 50)])
s("folder_gantung", C, "Folder Gantung", "Hanging folder folio", "Buah", 9500, "ATK", ["Hanging map", "Folder gantung F4"], [("Kotak isi 50", 50)])
s("boks_arsip_karton", C, "Boks Arsip", "Karton tebal 36x10x27 cm", "Buah", 18500, "ATK", ["Boks arsip karton", "Box file arsip karton"])
s("boks_arsip_plastik", C, "Boks Arsip", "Plastik polypropylene 36x10x27 cm", "Buah", 36000, "ATK", ["Box arsip plastik", "Boks arsip PP"])
s("kertas_bebas_asam", C, "Kertas Bebas Asam", "A4 80 gsm acid-free", "Pak", 168000, "KERTAS", ["Kertas acid free A4 (pak 100 lbr)", "Kertas bebas asam A4"])
s("kertas_tisu_jepang", C, "Kertas Tisu Jepang", "Lembaran 60x90 cm, 9 gsm", "Lembar", 32000, "KERTAS", ["Kertas tissue Jepang restorasi"])

C = "BAHAN KOMPUTER"
s("tinta_664", C, "Tinta Printer", "Seri 664 botol 70 ml", "Botol", 93500, "KOMP", ["Tinta printer 664 70ml", "Tinta isi ulang T664"])
s("tinta_003", C, "Tinta Printer", "Seri 003 botol 65 ml", "Botol", 89000, "KOMP", ["Tinta 003 65ml", "Tinta printer seri 003"])
s("tinta_gt53", C, "Tinta Printer", "Seri GT53 botol 90 ml", "Botol", 115000, "KOMP", ["Tinta GT53 hitam"])
s("toner_85a", C, "Toner Laser", "Tipe 85A hitam", "Buah", 925000, "KOMP", ["Toner 85A", "Catridge toner 85A"])
s("toner_12a", C, "Toner Laser", "Tipe 12A hitam", "Buah", 1045000, "KOMP", ["Toner 12A"])
s("toner_78a", C, "Toner Laser", "Tipe 78A hitam", "Buah", 985000, "KOMP", ["Toner 78A"])
s("ribbon_kartu", C, "Ribbon Printer Kartu", "YMCKO 250 print", "Roll", 1650000, "KOMP", ["Ribbon printer ID card YMCKO", "Pita warna printer kartu 250 prints"])
s("ribbon_mono", C, "Ribbon Printer Kartu", "Monokrom hitam 1000 print", "Roll", 585000, "KOMP", ["Ribbon hitam printer kartu"])
s("cleaning_kit_kartu", C, "Cleaning Kit Printer Kartu", "Isi 10 kartu pembersih", "Kotak", 425000, "KOMP", ["Cleaning card printer kartu"])
s("flashdisk_32", C, "Flashdisk", "32 GB USB 3.0", "Buah", 79000, "KOMP", ["Flashdisk 32GB", "USB flash drive 32 GB", "FD 32 GB"])
s("flashdisk_64", C, "Flashdisk", "64 GB USB 3.0", "Buah", 118000, "KOMP", ["Flashdisk 64GB"])
s("hdd_ext_1tb", C, "Harddisk Eksternal", "1 TB USB 3.0", "Buah", 895000, "KOMP", ["HDD eksternal 1TB", "Hardisk external 1 TB"])
s("hdd_ext_2tb", C, "Harddisk Eksternal", "2 TB USB 3.0", "Buah", 1275000, "KOMP", ["HDD eksternal 2TB"])
s("mouse_usb", C, "Mouse", "USB optical kabel", "Buah", 65000, "KOMP", ["Mouse USB kabel"])
s("mouse_wl", C, "Mouse", "Wireless 2,4 GHz", "Buah", 115000, "KOMP", ["Mouse wireless"])
s("keyboard_usb", C, "Keyboard", "USB standar", "Buah", 135000, "KOMP", ["Keyboard USB"])
s("kabel_lan", C, "Kabel UTP", "Cat 6, 305 m", "Roll", 1850000, "KOMP", ["Kabel LAN Cat6 1 roll", "Kabel UTP cat 6 (roll 305 m)"])
s("kabel_lan5", C, "Kabel UTP", "Cat 5e, 305 m", "Roll", 1290000, "KOMP", ["Kabel UTP cat5e"])
s("rj45", C, "Konektor RJ45", "Cat 6 isi 100", "Kotak", 185000, "KOMP", ["Konektor RJ45 cat6"])
s("ssd_512", C, "SSD", "512 GB SATA 2,5 inch", "Buah", 745000, "KOMP", ["SSD 512GB"])

C = "ALAT LISTRIK"
s("stop_kontak", C, "Stop Kontak Portable", "4 lubang, kabel 3 m", "Buah", 68500, "LISTRIK", ["Terminal colokan 4 lubang", "Stop kontak kabel 3m"])
s("kabel_roll", C, "Kabel Roll", "15 m, 4 stop kontak", "Buah", 215000, "LISTRIK", ["Kabel gulung 15 m"])
s("lampu_led_12", C, "Lampu LED", "12 watt E27", "Buah", 42000, "LISTRIK", ["Lampu LED 12W"])
s("lampu_led_18", C, "Lampu LED", "18 watt E27", "Buah", 58000, "LISTRIK", ["Lampu LED 18 watt"])
s("senter_led", C, "Senter LED", "Rechargeable 5 watt", "Buah", 95000, "LISTRIK", ["Senter cas LED"])
s("kabel_nym", C, "Kabel NYM", "3x2,5 mm, 50 m", "Roll", 895000, "LISTRIK", ["Kabel NYM 3x2.5"])

C = "ALAT DAN BAHAN KEBERSIHAN"
s("sapu_ijuk", C, "Sapu Ijuk", "Gagang kayu", "Buah", 28000, "BERSIH", ["Sapu ijuk"])
s("sapu_lidi", C, "Sapu Lidi", "Gagang bambu panjang", "Buah", 17500, "BERSIH", ["Sapu lidi bergagang", "Sapu lidi tangkai panjang"])
s("sapu_lidi_ikat", C, "Sapu Lidi", "Ikat tanpa gagang", "Ikat", 9000, "BERSIH", ["Sapu lidi ikat"])
s("pengki", C, "Pengki", "Plastik bergagang", "Buah", 22000, "BERSIH", ["Serokan sampah/pengki"])
s("pel", C, "Alat Pel Lantai", "Gagang aluminium", "Buah", 54000, "BERSIH", ["Alat pel"])
s("cairan_pel", C, "Cairan Pembersih Lantai", "800 ml", "Botol", 21500, "BERSIH", ["Pembersih lantai 800ml"])
s("karbol", C, "Karbol Wangi", "Jerigen 5 liter", "Jerigen", 65000, "BERSIH", ["Karbol 5 L"])
s("kantong_sampah", C, "Kantong Plastik Sampah", "Hitam 60x100 cm isi 10", "Pak", 14500, "BERSIH", ["Kantong sampah hitam besar", "Trash bag 60x100"], [("Bal isi 20 pak", 20)])
s("kantong_sampah_k", C, "Kantong Plastik Sampah", "Hitam 50x75 cm isi 10", "Pak", 9800, "BERSIH", ["Trash bag kecil"])
s("karung", C, "Karung Plastik", "Uk. 60x100 cm", "Lembar", 3200, "BERSIH", ["Karung plastik bekas/baru 60x100", "Karung goni plastik"], [("Bal isi 100", 100)])
s("tisu", C, "Tisu Wajah", "250 lembar 2 ply", "Kotak", 16500, "BERSIH", ["Tissue kotak"])
s("sabun_cuci_tangan", C, "Sabun Cuci Tangan Cair", "Refill 450 ml", "Pouch", 22500, "BERSIH", ["Sabun cuci tangan refill"])
s("hand_sanitizer", C, "Hand Sanitizer", "500 ml", "Botol", 42000, "BERSIH", ["Hand sanitizer 500ml"])
s("disinfektan", C, "Cairan Disinfektan", "Jerigen 5 liter", "Jerigen", 145000, "BERSIH", ["Disinfektan 5 liter"])

C = "PERKAKAS KERJA LAPANGAN"
s("cangkul", C, "Cangkul", "Baja, dengan gagang kayu", "Buah", 95000, "PERKAKAS", ["Cangkul + gagang", "Pacul lengkap gagang"])
s("parang", C, "Parang", "Baja panjang 40 cm", "Buah", 85000, "PERKAKAS", ["Parang 40 cm", "Golok tebas"])
s("sekop", C, "Sekop", "Baja, gagang kayu", "Buah", 88000, "PERKAKAS", ["Sekop pasir"])
s("garu", C, "Garu Sampah", "Besi 12 gigi", "Buah", 46000, "PERKAKAS", ["Garuk sampah besi"])
s("gerobak_sorong", C, "Gerobak Sorong", "Roda 1, bak 0,1 m3", "Unit", 685000, "PERKAKAS", ["Angkong/gerobak sorong", "Gerobak dorong roda satu"])
s("mesin_potong_rumput", C, "Mesin Potong Rumput", "Gendong 2 tak 43 cc", "Unit", 2850000, "M_RT", ["Mesin rumput gendong"])
s("sarung_tangan_kain", C, "Sarung Tangan Kain", "Bintik karet", "Pasang", 7500, "BAHANLAIN", ["Sarung tangan kain bintil"], [("Lusin", 12)])
s("sarung_tangan_karet", C, "Sarung Tangan Karet", "Panjang, tebal", "Pasang", 18500, "BAHANLAIN", ["Sarung tangan karet panjang"])
s("sarung_tangan_latex", C, "Sarung Tangan Latex", "Box isi 100", "Kotak", 78000, "BAHANLAIN", ["Handscoon latex", "Glove latex 1 box"])
s("masker_medis", C, "Masker Medis", "3 ply, box isi 50", "Kotak", 32000, "BAHANLAIN", ["Masker 3 ply (box)", "Masker sekali pakai"])
s("masker_n95", C, "Masker N95", "Satuan", "Buah", 16500, "BAHANLAIN", ["Masker N-95"])
s("sepatu_boot", C, "Sepatu Boot Karet", "Setinggi betis", "Pasang", 98000, "PAKAIAN", ["Sepatu boot karet", "Boot karet lapangan", "Sepatu boots karet petugas"])
s("rompi_reflektif", C, "Rompi Reflektif", "Hijau stabilo, scotlight", "Buah", 62000, "PAKAIAN", ["Rompi scotlight", "Rompi reflektor petugas", "Rompi reflektif hijau"])
s("rompi_jaring", C, "Rompi Jaring", "Oranye, tanpa scotlight", "Buah", 29000, "PAKAIAN", ["Rompi jaring"])
s("jas_hujan_setelan", C, "Jas Hujan", "Setelan baju-celana PVC", "Stel", 145000, "PAKAIAN", ["Jas hujan setelan", "Mantel hujan stelan"])
s("jas_hujan_ponco", C, "Jas Hujan", "Ponco plastik", "Buah", 48000, "PAKAIAN", ["Jas hujan ponco"])
s("topi_lapangan", C, "Topi Lapangan", "Bordir logo", "Buah", 45000, "PAKAIAN", ["Topi lapangan bordir"])
s("kaos_olahraga", C, "Kaos Olahraga", "Setelan, sablon", "Stel", 175000, "PAKAIAN", ["Kaos olahraga setelan", "Baju senam stelan"])
s("helm_proyek", C, "Helm Pengaman", "Plastik ABS", "Buah", 55000, "PAKAIAN", ["Helm safety"])

C = "PERSAMPAHAN"
s("tong_60", C, "Tong Sampah Plastik", "60 liter bertutup", "Buah", 185000, "M_RT", ["Tong sampah 60 L"])
s("tong_120", C, "Tong Sampah Beroda", "120 liter HDPE", "Buah", 895000, "M_RT", ["Tong sampah beroda 120L", "Wheelie bin 120 liter"])
s("tong_240", C, "Tong Sampah Beroda", "240 liter HDPE", "Buah", 1385000, "M_RT", ["Tong sampah beroda 240 L", "Bin sampah 240 liter roda"])
s("tong_660", C, "Kontainer Sampah Beroda", "660 liter HDPE roda 4", "Buah", 6250000, "M_RT", ["Kontainer sampah 660 liter"])
s("tong_pilah3", C, "Tong Sampah Terpilah", "3 warna @50 liter, rangka besi", "Set", 1950000, "M_RT", ["Tempat sampah pilah 3 warna", "Tong sampah organik/anorganik/B3 set"])
s("gerobak_sampah", C, "Gerobak Sampah", "Plat besi 1 m3 roda 2", "Unit", 4350000, "M_RT", ["Gerobak sampah 1 m3", "Gerobak sampah plat besi"])
s("komposter", C, "Komposter", "Drum 120 liter", "Unit", 575000, "M_RT", ["Komposter drum 120 L"])
s("em4", C, "Bioaktivator Kompos", "Botol 1 liter", "Botol", 28500, "KIMIA", ["EM4 pertanian 1 liter", "Cairan EM-4"])
s("jaring_sampah", C, "Jaring Penutup Bak Truk", "Uk. 4x6 m", "Lembar", 235000, "BAHANLAIN", ["Jaring penutup truk sampah"])

C = "LABORATORIUM LINGKUNGAN"
s("botol_sampel_1l", C, "Botol Sampel", "HDPE 1 liter", "Buah", 21000, "BAHANLAIN", ["Botol sampel air 1L", "Botol HDPE 1 liter"])
s("botol_sampel_500", C, "Botol Sampel", "HDPE 500 ml", "Buah", 14500, "BAHANLAIN", ["Botol sampel 500ml"])
s("botol_sampel_kaca", C, "Botol Sampel Kaca", "Gelap 250 ml", "Buah", 38500, "BAHANLAIN", ["Botol kaca amber 250 ml"])
s("coolbox_25", C, "Cool Box", "25 liter", "Buah", 385000, "BAHANLAIN", ["Coolbox 25 L"])
s("coolbox_45", C, "Cool Box", "45 liter", "Buah", 625000, "BAHANLAIN", ["Coolbox 45 liter", "Kotak pendingin sampel 45L"])
s("ice_gel", C, "Ice Gel Pack", "500 gram", "Buah", 9500, "BAHANLAIN", ["Ice pack gel"])
s("ph_meter", C, "pH Meter Digital", "Pen type, akurasi 0,01", "Unit", 1450000, "M_LAB", ["pH meter digital", "Alat ukur pH pen"])
s("kertas_lakmus", C, "Kertas Indikator pH", "Universal 0-14, isi 100", "Kotak", 95000, "KIMIA", ["Kertas lakmus universal"])
s("do_meter", C, "DO Meter Portable", "Oksigen terlarut", "Unit", 8750000, "M_LAB", ["DO meter portabel"])
s("tds_meter", C, "TDS Meter", "Pen digital", "Unit", 265000, "M_LAB", ["TDS meter"])
s("aquades", C, "Aquades", "Jerigen 20 liter", "Jerigen", 95000, "KIMIA", ["Aquadest 20 L", "Air suling 20 liter"])
s("buffer_ph", C, "Larutan Buffer pH", "pH 4/7/10 @ 250 ml", "Set", 485000, "KIMIA", ["Buffer kalibrasi pH 4,7,10"])
s("h2so4", C, "Asam Sulfat Pengawet Sampel", "H2SO4 p.a. 1 liter", "Botol", 1150000, "KIMIA", ["H2SO4 pro analis 1L"])
s("label_sampel", C, "Label Sampel Tahan Air", "Isi 100", "Pak", 45000, "ATK", ["Label sampel waterproof"])

C = "PERLENGKAPAN JALAN"
s("cone_70", C, "Traffic Cone", "PVC 70 cm, scotlight", "Buah", 145000, "PERKAKAS", ["Kerucut lalin 70 cm", "Traffic cone 70cm"])
s("cone_90", C, "Traffic Cone", "PVC 90 cm, scotlight", "Buah", 215000, "PERKAKAS", ["Traffic cone 90 cm"])
s("cone_50", C, "Traffic Cone", "PVC 50 cm", "Buah", 95000, "PERKAKAS", ["Cone 50 cm"])
s("water_barrier", C, "Water Barrier", "Plastik 1,2 m", "Buah", 1150000, "PERKAKAS", ["Road barrier plastik isi air", "Water barrier 120 cm"])
s("tongkat_lalin", C, "Tongkat Lalu Lintas LED", "Merah 54 cm", "Buah", 85000, "PERKAKAS", ["Lampu tongkat lalin", "Stik LED pengatur lalin"])
s("peluit", C, "Peluit", "Logam", "Buah", 18500, "PERKAKAS", ["Peluit petugas", "Pluit logam"])
s("warning_light", C, "Lampu Peringatan", "Flip-flop tenaga surya", "Unit", 2950000, "M_RAMBU", ["Warning light solar cell", "Lampu flip flop surya"])
s("rambu_60", C, "Rambu Lalu Lintas", "Daun rambu bulat Ø60 cm, reflektif EG, tiang 3 m", "Unit", 1485000, "M_RAMBU", ["Rambu larangan Ø60 + tiang", "Rambu bulat 60 cm lengkap tiang"])
s("rambu_75", C, "Rambu Lalu Lintas", "Daun rambu bulat Ø75 cm, reflektif HIP, tiang 3,5 m", "Unit", 1985000, "M_RAMBU", ["Rambu bulat 75 cm HIP"])
s("rambu_segitiga", C, "Rambu Lalu Lintas", "Segitiga 90 cm, reflektif EG, tiang 3 m", "Unit", 1650000, "M_RAMBU", ["Rambu peringatan segitiga 90"])
s("rambu_petunjuk", C, "Rambu Petunjuk Arah", "Plat 60x180 cm, reflektif HIP, tiang ganda", "Unit", 6850000, "M_RAMBU", ["Rambu pendahulu petunjuk jurusan (RPPJ) kecil"])
s("tiang_rambu", C, "Tiang Rambu", "Pipa galvanis 2 inch, 4 m", "Batang", 465000, "BANGUN", ["Tiang rambu galvanis 2\""])
s("cat_marka", C, "Cat Marka Thermoplastic", "Putih, karung 25 kg", "Karung", 585000, "BANGUN", ["Cat thermoplastik marka jalan", "Thermoplastic road marking putih", "Cat marka thermoplastic putih"], [("Kg", 0.04)])
s("cat_marka_kuning", C, "Cat Marka Thermoplastic", "Kuning, karung 25 kg", "Karung", 625000, "BANGUN", ["Thermoplastik kuning"])
s("glass_bead", C, "Glass Bead", "Karung 25 kg", "Karung", 395000, "BANGUN", ["Glass bead marka"])
s("cat_jalan_biasa", C, "Cat Jalan Non-Thermoplastic", "Kaleng 5 kg", "Kaleng", 285000, "BANGUN", ["Cat jalan biasa 5kg"])
s("paku_marka", C, "Paku Marka Jalan", "Aluminium reflektor 2 sisi", "Buah", 48000, "BANGUN", ["Road stud aluminium", "Paku jalan/kucing"])
s("paku_marka_solar", C, "Paku Marka Jalan", "LED tenaga surya", "Buah", 385000, "BANGUN", ["Road stud solar"])
s("cermin_tikung", C, "Cermin Tikungan", "Convex Ø80 cm dengan tiang", "Unit", 1750000, "M_RAMBU", ["Convex mirror 80 cm"])
s("ht", C, "Radio Handy Talky", "VHF 5 watt", "Unit", 1650000, "M_KOM", ["HT VHF 5W", "Handy talkie"])

C = "BAHAN BAKAR DAN PELUMAS"
s("pertalite", C, "Bensin RON 90", "Pertalite", "Liter", 10000, "BBM", ["BBM Pertalite", "Bensin pertalite"])
s("pertamax", C, "Bensin RON 92", "Pertamax", "Liter", 12900, "BBM", ["BBM Pertamax"])
s("solar", C, "Solar/Biosolar", "B40", "Liter", 6800, "BBM", ["Solar", "Biosolar"])
s("dexlite", C, "Solar Non-Subsidi", "Dexlite", "Liter", 13400, "BBM", ["Dexlite"])
s("oli_mesin", C, "Oli Mesin Diesel", "SAE 15W-40, 4 liter", "Galon", 385000, "BBM", ["Oli diesel 4 L", "Oli mesin 15W40 galon"])
s("oli_2t", C, "Oli 2 Tak", "1 liter", "Botol", 45000, "BBM", ["Oli samping 2T"])

C = "BARANG DISERAHKAN KE MASYARAKAT"
s("beras_medium", C, "Beras Medium", "Karung 25 kg", "Karung", 340000, "SERAH", ["Beras medium 25 kg", "Beras kualitas medium"], [("Kg", 0.04)])
s("beras_premium", C, "Beras Premium", "Karung 5 kg", "Karung", 82500, "SERAH", ["Beras premium 5 kg"])
s("minyak_goreng", C, "Minyak Goreng", "Kemasan 2 liter", "Pouch", 38500, "SERAH", ["Minyak goreng 2 L", "Migor kemasan 2 liter"])
s("gula_pasir", C, "Gula Pasir", "Kemasan 1 kg", "Kg", 18500, "SERAH", ["Gula pasir", "Gula pasir kemasan 1 kg"])
s("mie_instan", C, "Mi Instan", "Dus isi 40", "Dus", 118000, "SERAH", ["Mie instan 1 dus"])
s("sarden", C, "Ikan Kaleng", "Sarden 155 gram", "Kaleng", 11500, "SERAH", ["Sarden kaleng kecil"])
s("telur", C, "Telur Ayam Ras", "Per tray isi 30", "Tray", 58000, "SERAH", ["Telur 1 rak", "Telur ayam ras (tray 30 btr)"])
s("susu_uht", C, "Susu UHT", "200 ml, dus isi 24", "Dus", 142000, "SERAH", ["Susu kotak UHT 200ml (dus)"])
s("air_galon", C, "Air Minum Isi Ulang", "Galon 19 liter", "Galon", 7000, "SERAH", ["Air galon isi ulang"])
s("kasur_lipat", C, "Kasur Lipat", "Busa 180x90x5 cm", "Buah", 285000, "SERAH", ["Kasur lipat busa", "Matras lipat 90x180"])
s("kasur_busa", C, "Kasur Busa", "180x120x15 cm", "Buah", 975000, "SERAH", ["Kasur busa 120x180"])
s("tikar", C, "Tikar Plastik", "2x3 m", "Lembar", 68000, "SERAH", ["Tikar plastik 2x3"])
s("selimut", C, "Selimut", "Polar 150x200 cm", "Lembar", 75000, "SERAH", ["Selimut polar", "Selimut fleece 150x200"])
s("selimut_tebal", C, "Selimut", "Bulu tebal 180x220 cm", "Lembar", 165000, "SERAH", ["Selimut tebal bulu"])
s("terpal_4x6", C, "Terpal", "Plastik A5, 4x6 m", "Lembar", 215000, "SERAH", ["Terpal 4x6 m", "Tenda terpal plastik 4x6"])
s("terpal_3x4", C, "Terpal", "Plastik A5, 3x4 m", "Lembar", 115000, "SERAH", ["Terpal 3x4"])
s("terpal_6x8", C, "Terpal", "Plastik A5, 6x8 m", "Lembar", 445000, "SERAH", ["Terpal 6x8"])
s("hygiene_kit", C, "Paket Kebersihan Diri", "Sabun, sikat, pasta gigi, sampo, handuk", "Paket", 145000, "SERAH", ["Hygiene kit", "Paket perlengkapan mandi"])
s("family_kit", C, "Paket Keluarga", "Alat makan, ember, jerigen lipat, matras", "Paket", 485000, "SERAH", ["Family kit"])
s("kids_ware", C, "Paket Perlengkapan Anak", "Pakaian anak, alat tulis, mainan edukatif", "Paket", 265000, "SERAH", ["Kids ware"])
s("pakaian_dewasa", C, "Pakaian Dewasa Layak Pakai", "Setelan baru", "Stel", 185000, "SERAH", ["Pakaian dewasa baru"])
s("kursi_roda", C, "Kursi Roda", "Standar, rangka besi", "Unit", 1350000, "SERAH", ["Kursi roda standar", "Kursi roda penyandang disabilitas"])
s("tongkat_ketiak", C, "Kruk/Tongkat Ketiak", "Aluminium, sepasang", "Pasang", 285000, "SERAH", ["Kruk aluminium"])
s("alat_bantu_dengar", C, "Alat Bantu Dengar", "Digital BTE", "Unit", 2450000, "SERAH", ["Hearing aid digital"])

C = "PERALATAN KANTOR DAN MEBEL"
s("laptop_i5", C, "Laptop", "Core i5/Ryzen 5, RAM 16 GB, SSD 512 GB, 14 inch", "Unit", 13850000, "M_PC", ["Laptop i5 16GB", "Notebook core i5"])
s("laptop_i7", C, "Laptop", "Core i7/Ryzen 7, RAM 16 GB, SSD 1 TB, 14 inch", "Unit", 19750000, "M_PC", ["Laptop core i7"])
s("pc_aio", C, "Komputer All in One", "Core i5, RAM 8 GB, 23,8 inch", "Unit", 14500000, "M_PC", ["PC AIO i5"])
s("tablet_10", C, "Komputer Tablet", "10 inch, RAM 4 GB, 64 GB, LTE", "Unit", 3950000, "M_PC", ["Tablet android 10\" LTE", "Tab 10 inch 4/64"])
s("printer_ink", C, "Printer Ink Tank", "A4 print-scan-copy", "Unit", 3150000, "M_PERIF", ["Printer ink tank multifungsi", "Printer all-in-one tinta isi ulang"])
s("printer_laser", C, "Printer Laser", "A4 mono 40 ppm", "Unit", 5850000, "M_PERIF", ["Printer laser mono"])
s("printer_f4", C, "Printer Ink Tank F4", "Folio, print-scan-copy-ADF", "Unit", 4650000, "M_PERIF", ["Printer F4 ADF"])
s("printer_kartu", C, "Printer Kartu PVC", "Single side, retransfer", "Unit", 48500000, "M_PERIF", ["Printer ID card"])
s("scanner_a4", C, "Scanner Dokumen", "A4 ADF 40 ppm duplex", "Unit", 9850000, "M_PERIF", ["Scanner dokumen ADF A4", "Scanner duplex 40ppm"])
s("scanner_a3", C, "Scanner Flatbed", "A3 1200 dpi", "Unit", 27500000, "M_PERIF", ["Scanner A3 flatbed"])
s("scanner_buku", C, "Scanner Buku", "Overhead A3, 24 MP", "Unit", 42500000, "M_PERIF", ["Book scanner overhead"])
s("barcode_reader", C, "Barcode Scanner", "USB handheld 1D/2D", "Unit", 985000, "M_PERIF", ["Barcode reader USB", "Pemindai barcode"])
s("printer_barcode", C, "Printer Label Barcode", "Thermal 4 inch", "Unit", 3850000, "M_PERIF", ["Printer barcode thermal"])
s("proyektor", C, "Proyektor", "3.600 lumen XGA", "Unit", 8250000, "M_KANTOR", ["LCD proyektor 3600 lm"])
s("layar_proyektor", C, "Layar Proyektor", "Tripod 70 inch", "Unit", 1150000, "M_KANTOR", ["Screen proyektor 70\""])
s("ups", C, "UPS", "1.200 VA", "Unit", 1650000, "M_PERIF", ["UPS 1200VA"])
s("ac_1pk", C, "AC Split", "1 PK", "Unit", 5450000, "M_AC", ["AC 1 PK", "Air conditioner split 1PK"])
s("ac_15pk", C, "AC Split", "1,5 PK", "Unit", 6850000, "M_AC", ["AC split 1,5 PK"])
s("ac_2pk", C, "AC Split", "2 PK", "Unit", 8950000, "M_AC", ["AC 2 PK"])
s("dehumidifier", C, "Dehumidifier", "Kapasitas 20 liter/hari", "Unit", 4850000, "M_AC", ["Dehumidifier 20 L", "Penyerap kelembaban ruang arsip"])
s("lemari_arsip", C, "Lemari Arsip Besi", "2 pintu kaca geser", "Unit", 3450000, "M_KANTOR", ["Lemari arsip besi 2 pintu"])
s("filing_4", C, "Filing Cabinet", "Besi 4 laci", "Unit", 3150000, "M_KANTOR", ["Filing kabinet 4 laci", "Kabinet arsip 4 laci"])
s("filing_2", C, "Filing Cabinet", "Besi 2 laci", "Unit", 1850000, "M_KANTOR", ["Filing cabinet 2 laci"])
s("roll_opack", C, "Roll O'Pack", "Manual 6 kompartemen 9 rak", "Unit", 68500000, "M_KANTOR", ["Roll opack manual", "Mobile file roll o pack"])
s("rak_buku_besi", C, "Rak Buku Besi", "Double face 5 susun 200x90 cm", "Unit", 3250000, "M_MEBEL", ["Rak buku besi 2 muka", "Rak perpustakaan double face"])
s("rak_buku_kayu", C, "Rak Buku Kayu", "Single face 5 susun", "Unit", 2150000, "M_MEBEL", ["Rak buku kayu"])
s("rak_arsip_besi", C, "Rak Arsip Statis", "Besi siku 5 susun 200x100x40", "Unit", 1650000, "M_MEBEL", ["Rak siku arsip", "Rak besi arsip 5 tingkat"])
s("meja_kerja", C, "Meja Kerja", "Setengah biro 120x60 cm", "Buah", 1650000, "M_MEBEL", ["Meja kerja staf"])
s("kursi_kerja", C, "Kursi Kerja", "Putar, sandaran rendah", "Buah", 985000, "M_MEBEL", ["Kursi putar staf"])
s("kursi_lipat", C, "Kursi Lipat", "Besi, dudukan busa", "Buah", 285000, "M_MEBEL", ["Kursi lipat futura"])
s("meja_baca", C, "Meja Baca Anak", "Kayu 120x60 tinggi 50 cm", "Buah", 1250000, "M_MEBEL", ["Meja baca anak"])
s("karpet", C, "Karpet Karakter", "Anak 2x3 m", "Lembar", 785000, "M_MEBEL", ["Karpet pojok baca anak"])
s("tenda_pleton", C, "Tenda Pleton", "6x14 m lengkap rangka", "Unit", 38500000, "M_RT", ["Tenda peleton"])
s("genset", C, "Genset", "Bensin 5.000 watt", "Unit", 9850000, "M_RT", ["Generator 5 kVA"])
s("dispenser", C, "Dispenser Air", "Galon atas, panas-dingin", "Unit", 1350000, "M_RT", ["Dispenser air minum"])
s("kamera", C, "Kamera Digital", "Mirrorless 24 MP kit", "Unit", 14850000, "M_KANTOR", ["Kamera mirrorless"])
s("tv_55", C, "Televisi LED", "55 inch smart", "Unit", 8450000, "M_KANTOR", ["Smart TV 55\""])
s("sound_portable", C, "Sound System Portable", "Speaker aktif 15 inch + 2 mic wireless", "Unit", 6850000, "M_KANTOR", ["Speaker portable meeting 15\"", "Salon aktif 15 inch"])
s("megaphone", C, "Megaphone", "25 watt", "Unit", 485000, "M_KANTOR", ["Toa/megaphone 25W"])

C = "BUKU DAN KOLEKSI"
s("buku_anak", C, "Buku Bacaan Anak", "Cerita bergambar, 24-48 hlm", "Eksemplar", 52000, "M_BUKU", ["Buku cerita anak bergambar", "Buku bacaan anak (eks)"])
s("buku_umum", C, "Buku Bacaan Umum", "Nonfiksi, 150-300 hlm", "Eksemplar", 98000, "M_BUKU", ["Buku nonfiksi umum", "Koleksi buku umum"])
s("buku_referensi", C, "Buku Referensi", "Ensiklopedia/kamus, hard cover", "Eksemplar", 385000, "M_BUKU", ["Buku referensi ensiklopedia"])
s("buku_fiksi", C, "Buku Fiksi Remaja", "Novel 150-300 hlm", "Eksemplar", 89000, "M_BUKU", ["Novel remaja"])
s("buku_lokal", C, "Buku Muatan Lokal Kaltim", "Sejarah/budaya daerah", "Eksemplar", 115000, "M_BUKU", ["Buku muatan lokal Kaltim"])
s("majalah", C, "Langganan Majalah", "Terbitan bulanan", "Eksemplar", 55000, "BAHANLAIN", ["Majalah bulanan"])
s("koran", C, "Langganan Surat Kabar", "Harian lokal", "Bulan", 135000, "BAHANLAIN", ["Koran harian lokal"])

# SBU rows: same dict shape; book = "sbu"
SBU = []
def b(key, cat, name, spec, unit, price, acct, var=None, alt=None):
    SBU.append(dict(key=key, cat=cat, name=name, spec=spec, unit=unit, price=price, acct=acct,
                    var=var or [name], alt=alt or []))

C = "A. HONORARIUM NARASUMBER, MODERATOR DAN PANITIA"
b("hn_menteri", C, "Honorarium Narasumber", "Menteri/Pejabat setingkat menteri", "OJ", 1700000, "HONOR")
b("hn_es1", C, "Honorarium Narasumber", "Pejabat Eselon I / setingkat", "OJ", 1400000, "HONOR")
b("hn_es2", C, "Honorarium Narasumber", "Pejabat Eselon II / setingkat", "OJ", 1000000, "HONOR", ["Honor narasumber eselon II", "Honor narsum Kepala OPD"])
b("hn_es3", C, "Honorarium Narasumber", "Pejabat Eselon III ke bawah / setingkat", "OJ", 900000, "HONOR", ["Honor narasumber eselon III", "Honorarium narsum pejabat es. III"])
b("hn_non_asn", C, "Honorarium Narasumber", "Non-ASN / praktisi / akademisi", "OJ", 900000, "HONOR", ["Honor narasumber non-ASN", "Honorarium narsum non PNS"])
b("h_moderator", C, "Honorarium Moderator", "Per kegiatan", "OK", 700000, "HONOR", ["Honor moderator"])
b("h_mc", C, "Honorarium Pembawa Acara", "Per kegiatan", "OK", 400000, "HONOR", ["Honor MC", "Honor pembawa acara"])
b("h_pembahas", C, "Honorarium Pembahas", "Per kegiatan", "OK", 500000, "HONOR", ["Honor pembahas"])
b("h_panitia_ketua", C, "Honorarium Panitia", "Ketua/Penanggung jawab, per kegiatan", "OK", 450000, "HONOR", ["Honor ketua panitia"])
b("h_panitia_sek", C, "Honorarium Panitia", "Sekretaris, per kegiatan", "OK", 400000, "HONOR", ["Honor sekretaris panitia"])
b("h_panitia_agt", C, "Honorarium Panitia", "Anggota, per kegiatan", "OK", 300000, "HONOR", ["Honor anggota panitia", "Honor panitia pelaksana (anggota)"])
b("h_tim_ketua", C, "Honorarium Tim Pelaksana", "Ketua/Pengarah, per bulan", "OB", 950000, "HONTIM", ["Honor ketua tim pelaksana", "Honorarium ketua tim"])
b("h_tim_sek", C, "Honorarium Tim Pelaksana", "Sekretaris, per bulan", "OB", 750000, "HONTIM", ["Honor sekretaris tim"])
b("h_tim_agt", C, "Honorarium Tim Pelaksana", "Anggota, per bulan", "OB", 600000, "HONTIM", ["Honor anggota tim pelaksana", "Honor tim teknis (anggota)"])
b("h_sekre_tim", C, "Honorarium Sekretariat Tim", "Anggota sekretariat, per bulan", "OB", 400000, "HONTIM", ["Honor sekretariat tim"])
b("h_petugas_lap", C, "Honorarium Petugas Lapangan", "Petugas pengamanan/pengaturan lapangan", "OH", 150000, "HONTIM", ["Honor petugas lapangan", "Uang honor petugas pos pantau"])
b("h_enumerator", C, "Honorarium Petugas Pendataan", "Enumerator/pencacah, per dokumen", "Dokumen", 15000, "HONTIM", ["Honor enumerator per dokumen", "Honor pencacah per ruta"])
b("h_operator", C, "Honorarium Operator Entri Data", "Per dokumen", "Dokumen", 5000, "HONTIM", ["Honor entri data per dokumen", "Honor operator input data (per dok)"])
b("h_pengambil_sampel", C, "Honorarium Petugas Pengambil Sampel", "Per titik sampel", "Titik", 125000, "HONTIM", ["Honor petugas sampling per titik"])
b("h_penyuluh", C, "Honorarium Penyuluh/Instruktur", "Per jam pelajaran", "OJ", 300000, "HONOR", ["Honor instruktur pelatihan"])

C = "B. JASA TENAGA"
b("j_kebersihan", C, "Jasa Tenaga Kebersihan", "Per orang per bulan (UMK)", "OB", 3650000, "TENAGAKEB", ["Upah tenaga kebersihan", "Jasa petugas kebersihan"])
b("j_admin", C, "Jasa Tenaga Administrasi", "Per orang per bulan, SMA/SMK", "OB", 3650000, "TENAGA", ["Tenaga administrasi kontrak"])
b("j_operator_kom", C, "Jasa Tenaga Operator Komputer", "Per orang per bulan, D3", "OB", 3950000, "TENAGA", ["Jasa operator komputer"])
b("j_pengemudi", C, "Jasa Tenaga Pengemudi", "Per orang per bulan", "OB", 3750000, "TENAGA", ["Jasa sopir"])
b("j_harian", C, "Upah Tenaga Kerja Harian", "Pekerja lapangan per hari", "OH", 145000, "TENAGAKEB", ["Upah pekerja harian", "HOK tenaga lapangan"])
b("j_lab_air", C, "Jasa Pengujian Kualitas Air", "Parameter lengkap PP 22/2021 per sampel", "Sampel", 1850000, "LAB", ["Uji lab air sungai (parameter lengkap)", "Pengujian sampel air lengkap"])
b("j_lab_air_dasar", C, "Jasa Pengujian Kualitas Air", "Parameter dasar (pH, TSS, BOD, COD, DO) per sampel", "Sampel", 650000, "LAB", ["Uji lab air parameter dasar"])
b("j_lab_udara", C, "Jasa Pengujian Kualitas Udara Ambien", "Per titik", "Titik", 2350000, "LAB", ["Uji kualitas udara ambien"])
b("j_dokumentasi", C, "Jasa Dokumentasi Kegiatan", "Foto dan video, per kegiatan", "Paket", 1500000, "REKLAME", ["Dokumentasi kegiatan", "Jasa foto/video kegiatan"])
b("j_spanduk", C, "Spanduk Cetak", "Flexi 280 gr", "M2", 35000, "REKLAME", ["Spanduk flexi", "Cetak spanduk kegiatan"])
b("j_backdrop", C, "Backdrop Cetak", "Flexi korea 440 gr + rangka", "M2", 95000, "REKLAME", ["Backdrop acara"])
b("j_xbanner", C, "X-Banner", "60x160 cm + stand", "Buah", 135000, "REKLAME", ["X banner"])
b("j_baliho", C, "Baliho", "Flexi 340 gr + rangka kayu", "M2", 75000, "REKLAME", ["Baliho sosialisasi"])
b("j_leaflet", C, "Cetak Leaflet", "A4 art paper 150 gr 2 sisi lipat 3", "Lembar", 1800, "CETAKJASA", ["Leaflet sosialisasi", "Cetak brosur lipat tiga"])
b("j_fotokopi", C, "Penggandaan/Fotokopi", "A4/F4 hitam putih", "Lembar", 300, "CETAKJASA", ["Fotokopi bahan", "Penggandaan materi"])
b("j_jilid", C, "Penjilidan", "Jilid lakban/soft cover", "Buku", 7500, "CETAKJASA", ["Jilid laporan"])
b("j_jilid_hard", C, "Penjilidan", "Hard cover", "Buku", 45000, "CETAKJASA", ["Jilid hard cover"])
b("j_cetak_buku", C, "Cetak Buku Laporan", "A4 100 hlm full color soft cover", "Buku", 115000, "CETAKJASA", ["Cetak buku laporan"])
b("j_sertifikat", C, "Cetak Sertifikat", "Art carton 260 gr full color", "Lembar", 9500, "CETAKJASA", ["Cetak piagam/sertifikat"])
b("j_servis_mobil", C, "Servis Berkala Kendaraan Roda 4", "Ganti oli + tune up", "Kali", 950000, "PELKEND", ["Servis rutin mobil operasional"])
b("j_servis_motor", C, "Servis Berkala Kendaraan Roda 2", "Ganti oli + tune up", "Kali", 185000, "PELKEND", ["Servis motor"])
b("j_fumigasi", C, "Jasa Fumigasi Ruang Arsip", "Per m3 ruang", "M3", 28500, "TENAGA", ["Fumigasi arsip"])

C = "C. KONSUMSI RAPAT DAN KEGIATAN"
b("k_nasi_kotak", C, "Nasi Kotak", "Rapat/kegiatan, per orang per kali", "Kotak", 45000, "MAMIN", ["Nasi kotak", "Makan siang kotak", "Konsumsi makan (nasi kotak)"])
b("k_nasi_bungkus", C, "Nasi Bungkus", "Kegiatan lapangan", "Bungkus", 28000, "MAMINLAP", ["Nasi bungkus petugas", "Makan petugas lapangan (bungkus)"])
b("k_prasmanan", C, "Makan Prasmanan", "Per orang per kali", "Orang/kali", 65000, "MAMIN", ["Makan prasmanan"])
b("k_snack", C, "Kudapan/Snack", "Kotak isi 3 jenis kue, per orang per kali", "Kotak", 22500, "MAMIN", ["Snack kotak", "Kue kotak rapat", "Kudapan rapat"])
b("k_snack_lap", C, "Kudapan Kegiatan Lapangan", "Per orang per kali", "Kotak", 15000, "MAMINLAP", ["Snack petugas lapangan", "Kudapan petugas lapangan"])
b("k_air_gelas", C, "Air Mineral Gelas", "220 ml, dus isi 48", "Dus", 38000, "MAMIN", ["Air mineral gelas (dus)", "Aqua gelas 1 dus"])
b("k_air_botol", C, "Air Mineral Botol", "600 ml, dus isi 24", "Dus", 58000, "MAMIN", ["Air mineral botol 600ml dus", "Air botol sedang"])
b("k_air_botol_kecil", C, "Air Mineral Botol", "330 ml, dus isi 24", "Dus", 46000, "MAMIN", ["Air mineral botol kecil"])
b("k_rapat_pejabat", C, "Paket Rapat Pejabat Eselon", "Makan + kudapan, per orang per kali", "Orang/kali", 118000, "MAMIN", ["Jamuan rapat pimpinan"])
b("k_fullboard", C, "Paket Fullboard Meeting", "Hotel bintang 3, per orang per hari", "OH", 650000, "SEWAGEDUNG", ["Paket fullboard hotel *3"])
b("k_halfday", C, "Paket Halfday Meeting", "Hotel bintang 3, per orang per kali", "Orang/kali", 285000, "SEWAGEDUNG", ["Paket halfday meeting"])

C = "D. SEWA"
b("s_aula", C, "Sewa Gedung/Aula", "Kapasitas 200 orang, per hari", "Hari", 4500000, "SEWAGEDUNG", ["Sewa aula pertemuan", "Sewa gedung serbaguna"])
b("s_aula_kecil", C, "Sewa Ruang Pertemuan", "Kapasitas 50 orang, per hari", "Hari", 1750000, "SEWAGEDUNG", ["Sewa ruang rapat kecil"])
b("s_mobil", C, "Sewa Kendaraan Roda 4", "Minibus 7 seat termasuk BBM dan pengemudi, per hari", "Hari", 850000, "SEWAKEND", ["Sewa mobil + sopir", "Rental mobil operasional"])
b("s_mobil_lepas", C, "Sewa Kendaraan Roda 4", "Minibus 7 seat lepas kunci, per hari", "Hari", 550000, "SEWAKEND", ["Sewa mobil lepas kunci"])
b("s_pickup", C, "Sewa Kendaraan Bak Terbuka", "Pick-up termasuk pengemudi, per hari", "Hari", 650000, "SEWAKEND", ["Sewa pick up", "Rental mobil bak"])
b("s_bus", C, "Sewa Bus Sedang", "Kapasitas 30 seat, per hari", "Hari", 2850000, "SEWAKEND", ["Sewa bus 30 seat"])
b("s_truk", C, "Sewa Dump Truk", "Kapasitas 6 m3 termasuk pengemudi, per hari", "Hari", 1650000, "SEWAKEND", ["Sewa dump truck", "Rental truk angkut sampah"])
b("s_speedboat", C, "Sewa Speedboat", "Kapasitas 8 orang termasuk BBM, per hari", "Hari", 2250000, "SEWAAPUNG", ["Sewa speedboat sampling sungai", "Carter speed boat"])
b("s_perahu", C, "Sewa Perahu Ketinting", "Kapasitas 4 orang, per hari", "Hari", 650000, "SEWAAPUNG", ["Sewa ketinting"])
b("s_tenda_5x5", C, "Sewa Tenda Sarnafil", "5x5 m, per unit per hari", "Unit/hari", 650000, "SEWAALAT", ["Sewa tenda sarnafil 5x5", "Sewa tenda dekor 5x5 m"])
b("s_tenda_4x6", C, "Sewa Tenda Biasa", "4x6 m terpal, per unit per hari", "Unit/hari", 350000, "SEWAALAT", ["Sewa tenda terop 4x6"])
b("s_kursi", C, "Sewa Kursi", "Kursi plastik/futura dengan sarung, per buah per hari", "Buah/hari", 7500, "SEWAALAT", ["Sewa kursi futura bersarung", "Sewa kursi"])
b("s_meja", C, "Sewa Meja", "Meja lipat + taplak, per buah per hari", "Buah/hari", 35000, "SEWAALAT", ["Sewa meja + taplak"])
b("s_sound", C, "Sewa Sound System", "Paket 2.000 watt + operator, per hari", "Paket/hari", 1500000, "SEWAALAT", ["Sewa sound system 2000W", "Sewa soundsystem + operator"])
b("s_sound_kecil", C, "Sewa Sound System", "Paket 500 watt, per hari", "Paket/hari", 650000, "SEWAALAT", ["Sewa sound kecil"])
b("s_genset", C, "Sewa Genset", "10 kVA termasuk BBM, per hari", "Hari", 1250000, "SEWAALAT", ["Sewa genset 10 kVA"])
b("s_lcd", C, "Sewa LCD Proyektor", "Termasuk layar, per hari", "Hari", 350000, "SEWAALAT", ["Sewa proyektor + screen"])
b("s_led_screen", C, "Sewa Videotron/LED Screen", "Per m2 per hari", "M2/hari", 450000, "SEWAALAT", ["Sewa LED screen"])
b("s_toilet", C, "Sewa Toilet Portabel", "Per unit per hari", "Unit/hari", 850000, "SEWAALAT", ["Sewa toilet portable"])

C = "E. PERJALANAN DINAS"
b("pd_dk_8", C, "Uang Harian Perjalanan Dinas Dalam Kota", "Lebih dari 8 jam", "OH", 170000, "DK", ["Uang harian dalam kota > 8 jam", "Perjadin dalam kota (lebih 8 jam)"])
b("pd_dk_transport", C, "Uang Transport Dalam Kota", "Perjalanan dinas dalam kota sampai 8 jam", "OK", 110000, "DK", ["Transport lokal dalam kota", "Uang transport dalam kota"])
b("pd_diklat_dk", C, "Uang Harian Diklat Dalam Kota", "Per hari", "OH", 60000, "DK", ["Uang harian diklat dalam kota"])
for prov, uh in [("Kalimantan Timur", 430000), ("DKI Jakarta", 530000), ("Jawa Timur", 410000), ("Jawa Barat", 430000),
                 ("Sulawesi Selatan", 430000), ("Kalimantan Selatan", 380000), ("D.I. Yogyakarta", 420000), ("Bali", 480000)]:
    k = prov.lower().replace(" ", "_").replace(".", "")
    b(f"pd_uh_{k}", C, "Uang Harian Perjalanan Dinas Luar Kota", f"Tujuan Provinsi {prov}", "OH", uh, "PDB",
      [f"Uang harian perjadin ke {prov}"])
for prov, rates in [("Kalimantan Timur", (1550000, 1200000, 850000, 650000)), ("DKI Jakarta", (1950000, 1490000, 992000, 730000)),
                    ("Jawa Timur", (1500000, 1200000, 850000, 650000)), ("Sulawesi Selatan", (1600000, 1250000, 850000, 650000)),
                    ("Bali", (1850000, 1350000, 910000, 700000))]:
    k = prov.lower().replace(" ", "_").replace(".", "")
    for lvl, r in zip(["Eselon II", "Eselon III/Golongan IV", "Eselon IV/Golongan III", "Golongan I/II"], rates):
        lk = lvl.split("/")[0].lower().replace(" ", "")
        b(f"pd_hotel_{k}_{lk}", C, "Biaya Penginapan", f"{lvl}, Provinsi {prov}", "OH", r, "PDB",
          [f"Penginapan {lvl} {prov}"])
for rute, pr in [("Balikpapan - Jakarta PP", 4850000), ("Balikpapan - Surabaya PP", 3650000), ("Balikpapan - Makassar PP", 3150000),
                 ("Balikpapan - Yogyakarta PP", 4250000), ("Balikpapan - Denpasar PP", 4650000), ("Samarinda (APT Pranoto) - Jakarta PP", 5150000)]:
    b("pd_tiket_" + rute.split(" - ")[0].split()[0].lower()[:3] + "_" + rute.split(" - ")[1].split()[0].lower(), C, "Tiket Pesawat Ekonomi", rute, "Orang PP", pr, "PDB", [f"Tiket pesawat {rute}"])
for rute, pr in [("Samarinda - Balikpapan", 250000), ("Samarinda - Bontang", 260000), ("Samarinda - Tenggarong", 150000),
                 ("Samarinda - Sangatta", 330000), ("Samarinda - Penajam (IKN)", 420000)]:
    b("pd_darat_" + rute.split(" - ")[1].split()[0].lower(), C, "Transport Darat Antar Kota", rute + " sekali jalan", "Orang/kali", pr, "PDB", [f"Transport {rute}"])
b("pd_taksi_jkt", C, "Taksi Bandara", "DKI Jakarta, sekali jalan", "Orang/kali", 256000, "PDB", ["Taksi Jakarta"])
b("pd_taksi_kaltim", C, "Taksi Bandara", "Kalimantan Timur, sekali jalan", "Orang/kali", 150000, "PDB", ["Taksi bandara Balikpapan"])
b("pd_representasi", C, "Uang Representasi", "Pejabat Eselon II, luar kota", "OH", 150000, "PDB", ["Uang representasi eselon II"])
