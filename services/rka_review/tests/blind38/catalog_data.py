# Catalogue data for review38 (invented, modelled on typical Samarinda/Kaltim SSH & SBU figures).
# Format per line: name | spec | unit | price TA2027 (excl. PPN) | account key | koef type
ACCOUNTS = {
 "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
 "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
 "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
 "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
 "PERABOT": ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor"),
 "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
 "OLAHRAGA": ("5.1.02.01.01.0034", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Pendukung Olahraga"),
 "SUVENIR": ("5.1.02.01.01.0035", "Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cendera Mata"),
 "BERSIH": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya"),
 "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
 "BANGUNAN": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
 "SPAREPART": ("5.1.02.01.01.0039", "Belanja Suku Cadang-Suku Cadang Alat Angkutan"),
 "MAMIN": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
 "MAMIN_TAMU": ("5.1.02.01.01.0053", "Belanja Makanan dan Minuman Jamuan Tamu"),
 "MAMIN_AKT": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Aktivitas Lapangan"),
 "PAKAIAN_OR": ("5.1.02.01.01.0079", "Belanja Pakaian Olahraga"),
 "PAKAIAN_KERJA": ("5.1.02.01.01.0076", "Belanja Pakaian Kerja Lapangan"),
 "BARANG_MASY": ("5.1.02.05.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
 "HONOR_NS": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
 "HONOR_TIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
 "HONOR_WASIT": ("5.1.02.02.01.0047", "Honorarium Juri/Wasit Perlombaan/Pertandingan"),
 "JASA_PELATIH": ("5.1.02.02.01.0048", "Belanja Jasa Tenaga Pelatih Olahraga"),
 "JASA_KEBERSIHAN": ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Kebersihan"),
 "JASA_KEAMANAN": ("5.1.02.02.01.0014", "Belanja Jasa Tenaga Keamanan"),
 "JASA_PENGEMUDI": ("5.1.02.02.01.0015", "Belanja Jasa Tenaga Supir"),
 "JASA_TUKANG": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Kerja Konstruksi (Tukang)"),
 "JASA_MEDIS": ("5.1.02.02.01.0016", "Belanja Jasa Tenaga Kesehatan"),
 "JASA_DOK": ("5.1.02.02.01.0063", "Belanja Jasa Dokumentasi dan Publikasi"),
 "SEWA_GEDUNG": ("5.1.02.02.05.0009", "Belanja Sewa Gedung Pertemuan"),
 "SEWA_KEND": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
 "SEWA_ANGKUT": ("5.1.02.02.04.0038", "Belanja Sewa Kendaraan Bermotor Angkutan Barang"),
 "SEWA_PERALATAN": ("5.1.02.02.03.0061", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan (Tenda, Kursi, Sound System)"),
 "PEMEL_KEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang"),
 "PEMEL_AC": ("5.1.02.03.02.0121", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin"),
 "PERJADIN_BIASA": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
 "PERJADIN_DK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
 "MODAL_PC": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
 "MODAL_KANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
 "MODAL_MEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
 "MODAL_AC": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
 "MODAL_ELEK": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
}
FAMILY = {}
for k in ACCOUNTS:
    if k.startswith("MODAL"): FAMILY[k] = "modal"
    elif k.startswith(("HONOR", "JASA")): FAMILY[k] = "jasa"
    elif k.startswith("SEWA"): FAMILY[k] = "sewa"
    elif k.startswith("PERJADIN"): FAMILY[k] = "perjadin"
    elif k.startswith("PEMEL"): FAMILY[k] = "pemel"
    else: FAMILY[k] = "barang"
# clearly-wrong account candidates per family of the correct account
WRONG = {
 "modal": ["ATK", "KOMP", "BERSIH", "MAMIN"],
 "barang": ["MODAL_PC", "MODAL_MEBEL", "HONOR_NS", "PERJADIN_BIASA", "SEWA_GEDUNG"],
 "jasa": ["ATK", "BERSIH", "MODAL_KANTOR", "PERJADIN_BIASA"],
 "sewa": ["MODAL_ELEK", "MODAL_KANTOR", "HONOR_NS", "ATK"],
 "perjadin": ["SEWA_KEND", "MAMIN", "HONOR_NS", "ATK"],
 "pemel": ["MODAL_AC", "ATK", "HONOR_NS", "MAMIN"],
}

# SSH: category heading, kode prefix, rows
SSH = [
("ALAT TULIS KANTOR", "1.1.7.01.01.01", "ATK", "Q", """
Bolpoin|tinta gel 0,5 mm, hitam|Buah|3500
Bolpoin|standar 0,7 mm, biru/hitam|Buah|2500
Pensil|kayu 2B|Buah|4000
Pensil mekanik|0,5 mm|Buah|15000
Isi pensil mekanik|0,5 mm 2B, tube isi 12|Tube|6500
Penghapus pensil|karet putih kecil|Buah|3000
Spidol whiteboard|hitam/biru/merah, dapat diisi ulang|Buah|12500
Spidol permanen|ujung bulat, hitam|Buah|11000
Stabilo (highlighter)|warna neon|Buah|9000
Tinta isi ulang spidol whiteboard|botol 30 ml|Botol|18000
Correction tape|5 mm x 6 m|Buah|12000
Cairan koreksi|botol 20 ml|Botol|8500
Penggaris besi|30 cm|Buah|12000
Gunting kertas|sedang 8 inch|Buah|17500
Cutter|besar L-500|Buah|18000
Isi cutter|besar, tube isi 10|Tube|12000
Stapler|kecil No.10|Buah|22000
Stapler|besar HD-50, kapasitas 100 lembar|Buah|95000
Isi staples|No.10, kotak kecil isi 1.000|Kotak|3500
Isi staples|No.3 (24/6), kotak isi 1.000|Kotak|6000
Klip kertas|No.3, kotak isi 100|Kotak|4000
Binder clip|No.105, kotak isi 12|Kotak|8500
Binder clip|No.155, kotak isi 12|Kotak|15000
Binder clip|No.260, kotak isi 12|Kotak|27000
Lem kertas|stik 25 gram|Buah|9500
Lem cair|botol 50 ml|Botol|5000
Lakban bening|2 inch (48 mm)|Roll|15000
Lakban coklat|2 inch (48 mm)|Roll|14500
Lakban hitam (kain)|2 inch (48 mm)|Roll|19000
Double tape|1 inch|Roll|8000
Selotip bening|1/2 inch kecil|Roll|3500
Map snelhecter plastik|ukuran Folio|Buah|4500
Map snelhecter kertas|ukuran Folio|Buah|2500
Map plastik kancing|ukuran Folio|Buah|5000
Ordner|Folio, punggung 7 cm|Buah|35000
Box file|plastik, ukuran Folio|Buah|28000
Stopmap|kertas biasa, Folio|Buah|1800
Amplop putih|No.90 (kecil), kotak isi 100|Kotak|32000
Amplop coklat|ukuran Folio, pak isi 100|Pak|85000
Buku tulis|isi 38 lembar|Buah|4500
Buku folio (register)|isi 100 lembar, hard cover|Buah|25000
Buku ekspedisi|isi 100 lembar|Buah|12000
Papan klip (clipboard)|ukuran Folio|Buah|14000
Stempel|karet, gagang kayu|Buah|85000
Tinta stempel|botol 30 ml|Botol|9000
Bantalan stempel|No.2|Buah|25000
Label nama|No.103, pak isi 10 lembar|Pak|6000
Kertas memo tempel (sticky note)|3 x 3 inch|Pad|9500
Kertas memo tempel (sticky note)|1,5 x 2 inch|Pad|5000
Kalkulator|12 digit, meja|Buah|145000
Perforator (pembolong kertas)|sedang No.30|Buah|45000
"""),
("KERTAS DAN COVER", "1.1.7.01.01.02", "KERTAS", "Q", """
Kertas HVS|A4 70 gram|Rim|52000
Kertas HVS|A4 80 gram|Rim|62000
Kertas HVS|F4 70 gram|Rim|57000
Kertas HVS|F4 80 gram|Rim|68000
Kertas HVS|A3 80 gram|Rim|128000
Kertas HVS warna|A4 80 gram|Rim|75000
Kertas foto|glossy A4 210 gram, pak isi 20|Pak|45000
Kertas sertifikat|A4 230 gram, pak isi 50|Pak|65000
Kertas manila|60 x 80 cm|Lembar|3000
Kertas linen (concorde)|A4, pak isi 50|Pak|48000
Cover mika|A4 tebal 0,2 mm, pak isi 100|Pak|55000
Kertas cover (buffalo)|A4 warna, pak isi 100|Pak|38000
Kertas thermal|57 x 40 mm|Roll|4500
Kertas continuous form|9,5 x 11 inch 1 ply, box isi 2.000|Box|280000
"""),
("BAHAN CETAK DAN PENGGANDAAN", "1.1.7.01.01.03", "CETAK", "Q", """
Spanduk|flexi 280 gram, cetak full colour|M2|35000
Spanduk|flexi korea 440 gram, cetak full colour|M2|55000
Banner roll up|60 x 160 cm lengkap stand|Buah|250000
X-banner|60 x 160 cm lengkap stand|Buah|175000
Baliho|flexi 340 gram, tanpa rangka|M2|45000
Backdrop|flexi 340 gram + rangka kayu|M2|125000
Stiker vinyl|cetak A3+|Lembar|15000
Sertifikat/piagam (cetak)|A4 art carton 260 gram full colour|Lembar|7500
Undangan (cetak)|1 warna + amplop|Lembar|4000
Map cetak logo (folder)|art carton 260 gram laminasi doff|Buah|12000
Buku panduan/juknis (cetak)|A5, 60 halaman, isi HVS 70 gram|Eksemplar|25000
Fotokopi|A4/F4 hitam putih|Lembar|300
Penjilidan|soft cover / lakban|Buah|5000
Penjilidan|hard cover|Buah|35000
Cetak foto|ukuran 4R|Lembar|3000
Kartu identitas (ID card)|PVC + tali + holder|Buah|20000
"""),
("BAHAN KOMPUTER", "1.1.7.01.01.04", "KOMP", "Q", """
Tinta printer|botol 70 ml hitam (ink tank)|Botol|95000
Tinta printer|botol 70 ml warna C/M/Y (ink tank)|Botol|98000
Toner cartridge|laser monokrom, kapasitas 1.600 halaman|Buah|650000
Toner cartridge|laser monokrom, kapasitas 3.000 halaman|Buah|1150000
Cartridge inkjet|hitam 12 ml|Buah|210000
Flashdisk|32 GB USB 3.0|Buah|65000
Flashdisk|64 GB USB 3.0|Buah|95000
Flashdisk|128 GB USB 3.0|Buah|165000
Harddisk eksternal|1 TB USB 3.0|Buah|850000
Harddisk eksternal|2 TB USB 3.0|Buah|1250000
Memory card|microSD 64 GB class 10|Buah|110000
Mouse|USB optik kabel|Buah|75000
Mouse wireless|2,4 GHz|Buah|125000
Keyboard|USB standar|Buah|110000
Kabel UTP|Cat 6, Roll 305 m|Roll|2150000
Kabel UTP|Cat 5e, Roll 305 m|Roll|1350000
Konektor RJ45|Cat 6, pak isi 100|Pak|145000
Kabel HDMI|1,5 m|Buah|65000
Kabel HDMI|10 m|Buah|210000
USB hub|4 port|Buah|95000
DVD-R|4,7 GB|Keping|6500
Pita printer dot matrix|tipe LX-310|Buah|45000
"""),
("ALAT LISTRIK", "1.1.7.01.01.05", "LISTRIK", "Q", """
Lampu LED bulb|9 watt, fitting E27|Buah|32000
Lampu LED bulb|13 watt, fitting E27|Buah|45000
Lampu LED bulb|18 watt, fitting E27|Buah|62000
Lampu TL LED|18 watt, 120 cm|Buah|55000
Lampu downlight LED|12 watt|Buah|75000
Lampu sorot LED (floodlight)|50 watt|Buah|185000
Lampu sorot LED (floodlight)|100 watt|Buah|325000
Stop kontak (terminal)|4 lubang + kabel 3 m|Buah|85000
Kabel roll|15 m, 4 stop kontak|Buah|175000
Kabel listrik NYM|2 x 2,5 mm, Roll 50 m|Roll|650000
Saklar|tunggal (engkel)|Buah|18000
Stop kontak dinding|tunggal|Buah|22000
Steker|arde|Buah|12000
MCB|1 phase 10 A|Buah|65000
Isolasi listrik|kecil|Roll|6000
Baterai|AA alkaline, pak isi 2|Pak|22000
Baterai|AAA alkaline, pak isi 2|Pak|21000
Baterai|9 volt alkaline|Buah|35000
Senter LED|rechargeable|Buah|85000
Fitting lampu|E27 gantung|Buah|8000
"""),
("ALAT DAN BAHAN KEBERSIHAN", "1.1.7.01.01.06", "BERSIH", "Q", """
Sapu ijuk|gagang kayu|Buah|35000
Sapu lidi|dengan gagang|Buah|20000
Pengki (serokan sampah)|plastik gagang panjang|Buah|25000
Alat pel lantai|lengkap dengan kain|Buah|65000
Refill kain pel|mikrofiber|Buah|35000
Ember plastik|20 liter|Buah|45000
Kain lap|mikrofiber 40 x 40 cm|Buah|15000
Cairan pembersih lantai|pouch 800 ml|Pouch|17000
Cairan pembersih lantai|jerigen 5 liter|Jerigen|95000
Pembersih kaca|refill 425 ml|Pouch|12000
Pembersih porselen|botol 800 ml|Botol|22000
Sabun cuci tangan cair|refill 450 ml|Pouch|19000
Sabun cuci piring|pouch 780 ml|Pouch|16000
Pengharum ruangan|aerosol 225 ml|Kaleng|32000
Tisu gulung|2 ply|Roll|5500
Tisu wajah|2 ply, pak isi 250 lembar|Pak|15000
Kantong sampah|hitam 90 x 120 cm, pak isi 10|Pak|18000
Kantong sampah|hitam 60 x 100 cm, pak isi 20|Pak|14000
Tempat sampah|plastik tutup injak 30 liter|Buah|175000
Sikat WC|gagang panjang|Buah|18000
Sarung tangan karet|rumah tangga|Pasang|15000
Desinfektan|konsentrat, jerigen 5 liter|Jerigen|225000
Kemoceng|bulu ayam|Buah|30000
Wiper kaca (squeegee)|30 cm|Buah|45000
"""),
("PERABOT KANTOR", "1.1.7.01.01.07", "PERABOT", "Q", """
Gelas kaca|gelas tinggi|Lusin|85000
Piring makan|keramik putih 10 inch|Lusin|180000
Sendok makan|stainless|Lusin|48000
Cangkir dan lepek|keramik|Lusin|210000
Termos air|3,5 liter|Buah|185000
Nampan|stainless 40 cm|Buah|75000
Taplak meja|kain 150 x 250 cm|Buah|95000
Keset kaki|karet 40 x 60 cm|Buah|45000
Jam dinding|diameter 30 cm|Buah|95000
Ketel listrik|1,8 liter|Buah|225000
Bingkai foto (figura)|A4 kayu|Buah|55000
"""),
("PERALATAN DAN MESIN (ASET)", "1.3.2.05", "MODAL_ELEK", "Q", """
Laptop|Core i5/Ryzen 5, RAM 16 GB, SSD 512 GB, 14 inch|Unit|14500000|MODAL_PC
Laptop|Core i7/Ryzen 7, RAM 16 GB, SSD 1 TB, 14 inch|Unit|19750000|MODAL_PC
PC All-in-One|Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch|Unit|13250000|MODAL_PC
Printer ink tank|A4, print/scan/copy|Unit|3450000|MODAL_PC
Printer laser monokrom|A4, 30 ppm|Unit|4250000|MODAL_PC
Scanner dokumen|ADF A4 duplex 30 ppm|Unit|8900000|MODAL_PC
UPS|1.200 VA|Unit|1850000|MODAL_PC
Proyektor LCD|3.600 lumen XGA|Unit|7250000
Layar proyektor|tripod 70 inch|Unit|1150000
Televisi LED|43 inch smart TV|Unit|5400000
Televisi LED|55 inch smart TV|Unit|8250000
AC split|0,5 PK standar|Unit|3650000|MODAL_AC
AC split|1 PK standar|Unit|4550000|MODAL_AC
AC split|1,5 PK standar|Unit|5950000|MODAL_AC
AC split|2 PK standar|Unit|7900000|MODAL_AC
Dispenser air|galon bawah, panas-dingin|Unit|2650000
Kulkas|2 pintu 250 liter|Unit|4850000
Mesin penghancur kertas|kapasitas 10 lembar|Unit|2350000|MODAL_KANTOR
Mesin fotokopi|multifungsi A3 35 ppm|Unit|65000000|MODAL_KANTOR
Kamera digital|mirrorless 24 MP + lensa kit|Unit|14900000
Sound system portable|speaker aktif 15 inch + 2 mic wireless|Set|8500000
Wireless microphone|2 handheld|Set|3250000
Vacuum cleaner|1.000 watt wet & dry|Unit|1650000
Mesin pemotong rumput|gendong 2 tak|Unit|3850000
CCTV (paket)|4 kamera 2 MP + DVR + HDD 1 TB|Paket|6750000
Papan tulis whiteboard|120 x 240 cm dengan kaki|Unit|1450000|MODAL_KANTOR
"""),
("MEBEL (ASET)", "1.3.2.05.02.01", "MODAL_MEBEL", "Q", """
Meja kerja|kayu 1/2 biro 120 x 60 cm|Unit|2150000
Meja kerja|kayu 1 biro 140 x 70 cm|Unit|3250000
Kursi kerja|putar, hidrolik, sandaran sedang|Unit|1350000
Kursi lipat|rangka besi chrome, dudukan busa|Unit|325000
Kursi tunggu|besi 3 dudukan|Unit|2450000
Lemari arsip|besi 4 laci|Unit|4250000
Lemari arsip|besi 2 pintu sliding|Unit|3950000
Rak buku|besi 5 susun|Unit|1650000
Meja rapat|oval 240 x 120 cm|Unit|6500000
Sofa tamu|1 set (3-1-1 + meja)|Set|12500000
Meja lipat (meja seminar)|120 x 45 cm|Unit|750000
"""),
("BAHAN BAKAR DAN PELUMAS", "1.1.7.01.01.08", "BBM", "Q", """
Bensin|Pertalite (RON 90)|Liter|10000
Bensin|Pertamax (RON 92)|Liter|12950
Solar|Dexlite|Liter|13350
Solar|Biosolar B40|Liter|6800
Oli mesin|bensin SAE 10W-40|Liter|75000
Oli mesin|diesel SAE 15W-40|Liter|70000
Gas LPG|tabung 12 kg (isi ulang)|Tabung|225000
Gas LPG|tabung 5,5 kg (isi ulang)|Tabung|105000
"""),
("SUKU CADANG ALAT ANGKUTAN", "1.1.7.01.01.09", "SPAREPART", "Q", """
Ban luar mobil|185/65 R15|Buah|985000
Ban luar mobil|205/65 R16|Buah|1350000
Ban luar mobil|265/65 R17|Buah|2150000
Ban luar sepeda motor|80/90-17|Buah|265000
Aki mobil|NS60 45 Ah kering (MF)|Buah|1150000
Aki mobil|NS70 65 Ah kering (MF)|Buah|1450000
Aki sepeda motor|5 Ah kering (MF)|Buah|285000
Filter oli|kendaraan roda 4|Buah|85000
Filter udara|kendaraan roda 4|Buah|165000
Filter solar|kendaraan diesel|Buah|195000
Kampas rem|depan roda 4|Set|485000
Wiper blade mobil|16-24 inch|Pasang|145000
Busi|roda 4 iridium|Buah|95000
Minyak rem|DOT 3, 300 ml|Botol|45000
Air radiator (coolant)|1 liter|Botol|38000
Lampu utama mobil|H4 halogen 12V 60/55W|Buah|65000
"""),
("PERLENGKAPAN OLAHRAGA", "1.1.7.01.01.10", "OLAHRAGA", "Q", """
Bola sepak|ukuran 5, kualitas pertandingan|Buah|650000
Bola sepak|ukuran 5, latihan|Buah|225000
Bola futsal|ukuran 4, pertandingan|Buah|550000
Bola voli|pertandingan, kulit sintetis|Buah|725000
Bola voli|latihan|Buah|250000
Bola basket|ukuran 7, pertandingan|Buah|850000
Shuttlecock|bulu angsa, tabung isi 12|Tabung|165000
Raket bulu tangkis|graphite|Buah|650000
Net bulu tangkis|standar|Buah|185000
Net voli|standar pertandingan|Buah|425000
Jaring gawang sepak bola|standar|Pasang|1450000
Cone marker|plastik 30 cm, set isi 10|Set|120000
Tangga kelincahan (agility ladder)|6 meter|Buah|175000
Stopwatch|digital|Buah|145000
Peluit|logam + tali|Buah|35000
Pompa bola|tangan + jarum|Buah|65000
Matras senam|120 x 60 x 5 cm|Buah|450000
Matras laga (puzzle)|100 x 100 x 2,5 cm|Lembar|185000
Tali skipping|PVC|Buah|45000
Dumbbell|vinyl 5 kg|Pasang|285000
Rompi latihan (bib)|polyester|Buah|35000
Tas bola|kapasitas 10 bola|Buah|185000
Medali|logam diameter 6 cm + pita|Buah|45000
Piala|kejuaraan, tinggi 60-80 cm|Buah|850000
Papan skor manual|angka flip, meja|Buah|375000
"""),
("PAKAIAN", "1.1.7.01.01.11", "PAKAIAN_OR", "Q", """
Kaos olahraga|dry-fit, sablon logo|Buah|95000
Jersey pertandingan|setelan baju + celana, printing|Setel|225000
Baju training|setelan jaket + celana|Setel|385000
Sepatu olahraga|lari (running)|Pasang|550000
Sepatu bola|pertandingan|Pasang|650000
Kaos kaki bola|panjang|Pasang|35000
Rompi kerja lapangan|scotlight|Buah|125000|PAKAIAN_KERJA
Sepatu boot karet|panjang|Pasang|115000|PAKAIAN_KERJA
Jas hujan|setelan PVC|Setel|145000|PAKAIAN_KERJA
Topi lapangan|drill, bordir logo|Buah|55000|PAKAIAN_KERJA
"""),
("SUVENIR / CENDERAMATA", "1.1.7.01.01.12", "SUVENIR", "Q", """
Plakat|akrilik 20 cm + kotak|Buah|350000
Plakat|kayu ukir logo 30 cm|Buah|650000
Tas seminar|kanvas A4, sablon|Buah|65000
Tumbler|stainless 500 ml, sablon logo|Buah|95000
Seminar kit|tas, notes, bolpoin|Paket|85000
"""),
("BAHAN BANGUNAN", "1.1.7.01.03.01", "BANGUNAN", "Q", """
Semen portland|sak 50 kg|Sak|78000
Semen portland|sak 40 kg|Sak|64000
Pasir pasang|-|M3|285000
Pasir cor|-|M3|325000
Batu split|1-2 cm|M3|450000
Bata merah|press|Buah|1100
Batako|press 10 x 20 x 40 cm|Buah|4500
Besi beton polos|10 mm x 12 m (SNI)|Batang|98000
Besi beton polos|8 mm x 12 m (SNI)|Batang|65000
Kayu ulin|balok 5/10, 4 m|Batang|385000
Kayu meranti|papan 2/20, 4 m|Lembar|125000
Seng gelombang|BJLS 0,20, 180 cm|Lembar|68000
Atap spandek|tebal 0,30 mm|M|75000
Paku|campur 5-10 cm|Kg|28000
Cat tembok|interior, galon 5 kg|Galon|185000
Cat tembok|interior, pail 25 kg|Pail|725000
Keramik lantai|40 x 40 cm, dus isi 6|Dus|75000
Pintu panel kayu|meranti 80 x 200 cm|Unit|1150000
Kloset jongkok|porselen|Buah|285000
Pipa PVC|3 inch x 4 m, AW|Batang|165000
Pipa PVC|1/2 inch x 4 m, AW|Batang|38000
Triplek|9 mm, 122 x 244 cm|Lembar|145000
"""),
("BAHAN POKOK DAN KEBUTUHAN DASAR", "1.1.7.01.01.13", "BARANG_MASY", "Q", """
Beras|medium, karung 5 kg|Karung|72000
Beras|premium, karung 5 kg|Karung|82000
Minyak goreng|pouch 2 liter|Pouch|38000
Gula pasir|kemasan 1 kg|Kg|18500
Telur ayam ras|tray isi 30 butir|Tray|58000
Mi instan|dus isi 40|Dus|125000
Sarden kaleng|425 gram|Kaleng|28000
Susu kental manis|kaleng 370 gram|Kaleng|13500
Susu bubuk tinggi kalsium|kotak 400 gram|Kotak|68000
Air mineral|botol 600 ml, dus isi 24|Dus|52000|MAMIN_AKT
Air mineral|gelas 220 ml, dus isi 48|Dus|35000|MAMIN_AKT
Teh celup|kotak isi 25|Kotak|8500
Kopi bubuk|sachet, renceng isi 10|Renceng|15000
Selimut|polar 150 x 200 cm|Lembar|95000
Tikar plastik|lipat 2 x 3 m|Lembar|85000
Terpal|plastik A5, 4 x 6 m|Lembar|185000
Kasur lipat|busa 90 x 200 cm|Buah|425000
Hygiene kit|sabun, sampo, pasta gigi, sikat gigi, pembalut|Paket|95000
Kitchen set keluarga|panci, wajan, sendok, piring|Paket|350000
Kursi roda|standar, lipat|Unit|1650000
Walker (alat bantu jalan)|aluminium|Buah|385000
Sarung|dewasa|Buah|85000
"""),
]

SBU = [
("HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA", "SBU.01", "HONOR_NS", "OJ", """
Honorarium Narasumber|Menteri/Pejabat setingkat Menteri|OJ|1700000
Honorarium Narasumber|Pejabat Eselon I/setingkat|OJ|1400000
Honorarium Narasumber|Pejabat Eselon II/setingkat (Kepala Perangkat Daerah)|OJ|1000000
Honorarium Narasumber|Pejabat Eselon III ke bawah/setingkat|OJ|900000
Honorarium Narasumber|Non ASN (praktisi/akademisi)|OJ|850000
Honorarium Moderator|per kegiatan|OK|700000||OK
Honorarium Pembawa Acara|per kegiatan|OK|400000||OK
Honorarium Panitia|Penanggung Jawab|OK|450000||OK
Honorarium Panitia|Ketua/Wakil Ketua|OK|400000||OK
Honorarium Panitia|Sekretaris|OK|300000||OK
Honorarium Panitia|Anggota|OK|275000||OK
"""),
("HONORARIUM TIM PELAKSANA / JURI / PELATIH", "SBU.02", "HONOR_TIM", "OB", """
Honorarium Tim Pelaksana Kegiatan|Pengarah|OB|1250000
Honorarium Tim Pelaksana Kegiatan|Ketua|OB|1000000
Honorarium Tim Pelaksana Kegiatan|Sekretaris|OB|750000
Honorarium Tim Pelaksana Kegiatan|Anggota|OB|650000
Honorarium Wasit/Juri|pertandingan tingkat kota, per pertandingan|OP|250000|HONOR_WASIT|OP
Honorarium Pelatih|pelatih cabang olahraga tingkat kota|OB|3500000|JASA_PELATIH
"""),
("UANG HARIAN PERJALANAN DINAS", "SBU.03", "PERJADIN_BIASA", "OH", """
Uang harian perjalanan dinas|Dalam kota Samarinda lebih dari 8 jam|OH|150000|PERJADIN_DK
Uang harian perjalanan dinas|Luar kota dalam Provinsi Kalimantan Timur|OH|380000
Uang harian perjalanan dinas|Luar kota dalam provinsi, daerah terpencil (Mahakam Ulu)|OH|450000
Uang harian perjalanan dinas|Provinsi DKI Jakarta|OH|530000
Uang harian perjalanan dinas|Provinsi Jawa Barat|OH|430000
Uang harian perjalanan dinas|Provinsi Jawa Timur|OH|410000
Uang harian perjalanan dinas|Provinsi Jawa Tengah|OH|370000
Uang harian perjalanan dinas|Provinsi D.I. Yogyakarta|OH|420000
Uang harian perjalanan dinas|Provinsi Bali|OH|480000
Uang harian perjalanan dinas|Provinsi Sulawesi Selatan|OH|430000
Uang harian perjalanan dinas|Provinsi Kalimantan Selatan|OH|380000
Uang harian perjalanan dinas|Provinsi Kalimantan Utara|OH|430000
"""),
("BIAYA PENGINAPAN PERJALANAN DINAS (per malam)", "SBU.04", "PERJADIN_BIASA", "OH", """
Biaya penginapan DKI Jakarta|Eselon II|OH|1490000
Biaya penginapan DKI Jakarta|Eselon III/Golongan IV|OH|992000
Biaya penginapan DKI Jakarta|Eselon IV/Golongan III, II, I|OH|730000
Biaya penginapan Jawa Timur|Eselon II|OH|1250000
Biaya penginapan Jawa Timur|Eselon III/Golongan IV|OH|875000
Biaya penginapan Jawa Timur|Eselon IV/Golongan III, II, I|OH|650000
Biaya penginapan Jawa Barat|Eselon II|OH|1100000
Biaya penginapan Jawa Barat|Eselon III/Golongan IV|OH|850000
Biaya penginapan Jawa Barat|Eselon IV/Golongan III, II, I|OH|600000
Biaya penginapan Bali|Eselon II|OH|1700000
Biaya penginapan Bali|Eselon III/Golongan IV|OH|1050000
Biaya penginapan Bali|Eselon IV/Golongan III, II, I|OH|900000
Biaya penginapan Sulawesi Selatan|Eselon II|OH|1100000
Biaya penginapan Sulawesi Selatan|Eselon III/Golongan IV|OH|800000
Biaya penginapan Sulawesi Selatan|Eselon IV/Golongan III, II, I|OH|600000
Biaya penginapan Kalimantan Selatan|Eselon II|OH|1050000
Biaya penginapan Kalimantan Selatan|Eselon III/Golongan IV|OH|800000
Biaya penginapan Kalimantan Selatan|Eselon IV/Golongan III, II, I|OH|600000
Biaya penginapan Kalimantan Timur (luar Samarinda)|Eselon II|OH|1050000
Biaya penginapan Kalimantan Timur (luar Samarinda)|Eselon III/Golongan IV|OH|800000
Biaya penginapan Kalimantan Timur (luar Samarinda)|Eselon IV/Golongan III, II, I|OH|650000
Biaya penginapan D.I. Yogyakarta|Eselon II|OH|1500000
Biaya penginapan D.I. Yogyakarta|Eselon III/Golongan IV|OH|900000
Biaya penginapan D.I. Yogyakarta|Eselon IV/Golongan III, II, I|OH|650000
"""),
("TIKET DAN TRANSPORTASI", "SBU.05", "PERJADIN_BIASA", "PP", """
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Jakarta|Orang/PP|3850000
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Surabaya|Orang/PP|2950000
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Makassar|Orang/PP|2650000
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Yogyakarta|Orang/PP|3450000
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Denpasar|Orang/PP|3600000
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Banjarmasin|Orang/PP|1950000
Tiket pesawat ekonomi PP|Balikpapan/Samarinda - Tarakan|Orang/PP|2400000
Tiket pesawat bisnis PP|Balikpapan/Samarinda - Jakarta|Orang/PP|9800000
Transportasi darat PP|Samarinda - Balikpapan|Orang/PP|500000
Transportasi darat PP|Samarinda - Bontang|Orang/PP|450000
Transportasi darat PP|Samarinda - Tenggarong|Orang/PP|250000
Transportasi darat PP|Samarinda - Sangatta|Orang/PP|600000
Taksi bandara|Samarinda - Bandara APT Pranoto (sekali jalan)|Orang/Kali|250000
Taksi bandara|DKI Jakarta (sekali jalan)|Orang/Kali|256000
"""),
("KONSUMSI", "SBU.06", "MAMIN", "OK", """
Nasi kotak|rapat biasa|Kotak|45000
Kudapan (snack) kotak|rapat biasa|Kotak|20000
Nasi kotak|rapat pimpinan/pejabat eselon II ke atas/DPRD|Kotak|60000
Kudapan (snack) kotak|rapat pimpinan/pejabat eselon II ke atas/DPRD|Kotak|28000
Makan prasmanan|per orang|Orang|85000
Jamuan makan tamu|per orang|Orang|110000|MAMIN_TAMU
Jamuan kudapan tamu|per orang|Orang|35000|MAMIN_TAMU
Nasi bungkus|kegiatan lapangan|Bungkus|30000|MAMIN_AKT
Kudapan kegiatan lapangan|per kotak|Kotak|15000|MAMIN_AKT
Konsumsi atlet pemusatan latihan|3 kali makan + extra fooding|OH|175000|MAMIN_AKT|OH
"""),
("SEWA", "SBU.07", "SEWA_PERALATAN", "UH", """
Sewa gedung pertemuan|kapasitas s.d. 200 orang|Hari|7500000|SEWA_GEDUNG|H
Sewa gedung pertemuan|kapasitas 200 - 500 orang|Hari|15000000|SEWA_GEDUNG|H
Sewa GOR/lapangan indoor|per hari|Hari|3500000|SEWA_GEDUNG|H
Sewa kendaraan roda 4|minibus 7 seat termasuk pengemudi dan BBM, dalam kota|Unit/Hari|850000|SEWA_KEND
Sewa kendaraan roda 4|minibus 7 seat lepas kunci|Unit/Hari|550000|SEWA_KEND
Sewa bus sedang|30 seat termasuk pengemudi dan BBM|Unit/Hari|3250000|SEWA_KEND
Sewa mobil pick up|termasuk pengemudi, dalam kota|Unit/Hari|750000|SEWA_ANGKUT
Sewa tenda|plafon 6 x 6 m|Unit/Hari|1250000
Sewa tenda|peleton/posko 6 x 14 m|Unit/Hari|900000
Sewa kursi|futura + sarung kursi|Buah/Hari|12500
Sewa sound system|5.000 watt + operator|Set/Hari|3500000
Sewa layar LED (videotron)|per m2|M2/Hari|450000
Sewa genset|20 kVA termasuk solar dan operator|Unit/Hari|2500000
"""),
("JASA TENAGA", "SBU.08", "JASA_KEBERSIHAN", "OB", """
Jasa tenaga kebersihan|cleaning service|OB|3650000
Jasa tenaga keamanan|satpam|OB|3850000|JASA_KEAMANAN
Jasa tenaga pengemudi|pengemudi kendaraan dinas|OB|3750000|JASA_PENGEMUDI
Jasa tukang bangunan|tukang|OH|175000|JASA_TUKANG|OH
Jasa tukang bangunan|kepala tukang|OH|200000|JASA_TUKANG|OH
Jasa tukang bangunan|pekerja/kenek|OH|150000|JASA_TUKANG|OH
Jasa tenaga kesehatan kegiatan|dokter/perawat siaga|OH|350000|JASA_MEDIS|OH
Jasa dokumentasi kegiatan|foto dan video, per kegiatan|Paket|1500000|JASA_DOK|Q
"""),
("PEMELIHARAAN", "SBU.09", "PEMEL_KEND", "UK", """
Servis AC split|cuci + cek freon, 0,5 - 2 PK|Unit/Kali|150000|PEMEL_AC
Isi freon AC|R32, 0,5 - 2 PK|Unit/Kali|350000|PEMEL_AC
Servis berkala kendaraan roda 4|jasa servis|Unit/Kali|650000
Cuci kendaraan roda 4|cuci + salon ringan|Unit/Kali|75000
"""),
]

def parse(groups, kind):
    rows = []
    for cat, prefix, acct, ktype, body in groups:
        i = 0
        for ln in body.strip().splitlines():
            p = ln.split("|")
            i += 1
            r = dict(cat=cat, kode=f"{prefix}.{i:03d}" if kind == "SSH" else f"{prefix}.{i:02d}",
                     name=p[0], spec=p[1], unit=p[2], price=int(p[3]),
                     acct=(p[4] if len(p) > 4 and p[4] else acct),
                     ktype=(p[5] if len(p) > 5 and p[5] else ktype), kind=kind)
            rows.append(r)
    return rows
