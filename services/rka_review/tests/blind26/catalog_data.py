# -*- coding: utf-8 -*-
"""Invented catalogue data for review26 (SSH goods + SBU services). Written blind."""

ACC = {
    "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
    "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
    "BERSIH": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan"),
    "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "KIMIA": ("5.1.02.01.01.0009", "Belanja Bahan-Bahan Kimia"),
    "BAHANLAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
    "SERAH": ("5.1.02.01.01.0069", "Belanja Barang untuk Diserahkan kepada Masyarakat"),
    "MAMIN": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "PDL": ("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)"),
    "PAKOR": ("5.1.02.01.01.0073", "Belanja Pakaian Olahraga"),
    "PAKKHUSUS": ("5.1.02.01.01.0071", "Belanja Pakaian Adat Daerah"),
    "HADIAH": ("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan"),
    "HONNS": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    "HONTIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
    "HONJURI": ("5.1.02.02.01.0013", "Honorarium Juri/Wasit Perlombaan"),
    "JASAADM": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    "JASABERSIH": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Kebersihan"),
    "JASAAMAN": ("5.1.02.02.01.0031", "Belanja Jasa Tenaga Keamanan"),
    "JASASOPIR": ("5.1.02.02.01.0032", "Belanja Jasa Tenaga Supir"),
    "JASALAIN": ("5.1.02.02.01.0063", "Belanja Jasa Dokumentasi dan Publikasi"),
    "SEWAGED": ("5.1.02.02.04.0036", "Belanja Sewa Gedung Pertemuan"),
    "SEWAALAT": ("5.1.02.02.05.0029", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan"),
    "SEWAKEND": ("5.1.02.02.05.0009", "Belanja Sewa Kendaraan Bermotor Penumpang"),
    "SEWAKAPAL": ("5.1.02.02.05.0012", "Belanja Sewa Alat Angkutan Apung Bermotor"),
    "PAKETRAPAT": ("5.1.02.02.06.0001", "Belanja Paket Rapat/Pertemuan di Luar Kantor"),
    "PERJADIN": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "PERJADINDK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "PELIHARAKEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang"),
    "PELIHARAART": ("5.1.02.03.02.0121", "Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin"),
    "MKOMP": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    "MPERKOMP": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Komputer Lainnya"),
    "MMEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
    "MART": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
    "MSTUDIO": ("5.2.02.06.01.0001", "Belanja Modal Peralatan Studio Visual"),
    "MKOMUNIKASI": ("5.2.02.06.02.0002", "Belanja Modal Alat Komunikasi Radio HF/FM"),
    "MSAR": ("5.2.02.18.02.0003", "Belanja Modal Alat Keselamatan dan Penyelamatan (SAR)"),
    "MTENAGA": ("5.2.02.03.01.0004", "Belanja Modal Mesin Pembangkit Tenaga Listrik"),
    "MOR": ("5.2.02.07.03.0001", "Belanja Modal Peralatan Olahraga"),
    "MMUSIK": ("5.2.02.07.02.0001", "Belanja Modal Alat Musik Tradisional/Daerah"),
    "MLAB": ("5.2.02.08.01.0014", "Belanja Modal Alat Laboratorium Kimia Air"),
    "MKESEH": ("5.2.02.09.01.0021", "Belanja Modal Alat Bantu Penyandang Disabilitas"),
}

# account class -> clearly wrong accounts to use for ACCOUNT_MISMATCH
WRONG_ACC = {
    "goods": ["MMEBEL", "SEWAALAT", "HONTIM", "PERJADIN", "PELIHARAKEND"],
    "asset": ["ATK", "KOMP", "BAHANLAIN", "LISTRIK", "BERSIH"],
    "service": ["ATK", "BAHANLAIN", "CETAK", "MPERKOMP"],
    "travel": ["SEWAKEND", "HONTIM", "ATK", "BAHANLAIN"],
    "food": ["ATK", "HADIAH", "BERSIH", "PERJADIN"],
}

def acc_class(key):
    if key.startswith("M") and key not in ("MAMIN",):
        return "asset"
    if key in ("PERJADIN", "PERJADINDK"):
        return "travel"
    if key == "MAMIN":
        return "food"
    if key in ("HONNS", "HONTIM", "HONJURI", "JASAADM", "JASABERSIH", "JASAAMAN", "JASASOPIR", "JASALAIN",
               "SEWAGED", "SEWAALAT", "SEWAKEND", "SEWAKAPAL", "PAKETRAPAT", "PELIHARAKEND", "PELIHARAART"):
        return "service"
    return "goods"

# ---------------- SSH (goods) ----------------
# (group, kode_prefix, [ (name, spec, unit, price, acc, tags) ... ])
SSH = [
 ("ALAT TULIS KANTOR", "1.1.7.01.01.01", [
  ("Kertas HVS", "A4 70 gram", "Rim", 52000, "KERTAS", "K"),
  ("Kertas HVS", "A4 80 gram", "Rim", 61500, "KERTAS", "K"),
  ("Kertas HVS", "F4 70 gram", "Rim", 57000, "KERTAS", "K"),
  ("Kertas HVS", "F4 80 gram", "Rim", 66000, "KERTAS", "K"),
  ("Kertas HVS", "A3 80 gram", "Rim", 128000, "KERTAS", ""),
  ("Kertas Buffalo/Linen", "A4 warna 220 gram isi 100 lbr", "Pak", 58000, "KERTAS", "K"),
  ("Kertas Sertifikat", "A4 Jasmine 230 gram isi 50 lbr", "Pak", 64000, "KERTAS", ""),
  ("Pulpen Gel", "0,5 mm tinta hitam", "Lusin", 42000, "ATK", "K"),
  ("Pulpen Ballpoint", "0,7 mm tinta biru", "Lusin", 30000, "ATK", "K"),
  ("Pensil Kayu 2B", "standar", "Lusin", 36000, "ATK", ""),
  ("Spidol Whiteboard", "isi ulang, warna hitam/biru", "Lusin", 96000, "ATK", "K"),
  ("Spidol Permanen", "ujung bulat, hitam", "Lusin", 90000, "ATK", "K"),
  ("Stabilo/Highlighter", "warna campur", "Pak", 38000, "ATK", ""),
  ("Map Plastik Kancing", "ukuran folio", "Lusin", 45000, "ATK", "K"),
  ("Map Snelhecter Plastik", "ukuran folio", "Lusin", 39000, "ATK", ""),
  ("Map Kertas Batik", "ukuran folio", "Pak", 48000, "ATK", ""),
  ("Ordner", "ukuran folio, punggung 7 cm", "Buah", 32500, "ATK", "K"),
  ("Box File", "plastik, folio", "Buah", 27500, "ATK", "K"),
  ("Stapler", "No. 10", "Buah", 21000, "ATK", ""),
  ("Stapler", "No. 3 / HD-50", "Buah", 47000, "ATK", ""),
  ("Isi Staples", "No. 10, isi 20 pak", "Box", 46000, "ATK", "K"),
  ("Isi Staples", "No. 3, isi 10 pak", "Box", 52000, "ATK", ""),
  ("Paper Clip", "No. 3 isi 100", "Box", 6500, "ATK", ""),
  ("Binder Clip", "No. 155, isi 12", "Box", 21000, "ATK", "K"),
  ("Binder Clip", "No. 260, isi 12", "Box", 36000, "ATK", ""),
  ("Lakban Bening", "2 inch x 90 yard", "Roll", 14500, "ATK", "K"),
  ("Lakban Coklat", "2 inch x 90 yard", "Roll", 15500, "ATK", ""),
  ("Lakban Hitam", "2 inch, kain", "Roll", 21000, "ATK", ""),
  ("Selotip Bening", "1/2 inch kecil", "Roll", 3500, "ATK", ""),
  ("Kertas Memo Tempel", "3 x 3 inch, 100 lbr", "Pak", 12000, "ATK", ""),
  ("Buku Tulis Bergaris", "isi 58 lembar", "Pak", 42000, "ATK", ""),
  ("Buku Agenda/Ekspedisi", "folio, 100 lembar", "Buah", 26000, "ATK", "K"),
  ("Amplop Putih Kabinet", "tanpa logo, isi 100", "Box", 35000, "ATK", "K"),
  ("Amplop Coklat", "ukuran folio, isi 100", "Box", 98000, "ATK", ""),
  ("Gunting Kertas", "sedang, 8 inch", "Buah", 18500, "ATK", ""),
  ("Cutter", "besar L-500", "Buah", 17000, "ATK", ""),
  ("Correction Tape", "5 mm x 6 m", "Buah", 9500, "ATK", ""),
  ("Penghapus Papan Tulis", "busa", "Buah", 12500, "ATK", ""),
  ("Lem Kertas Cair", "50 ml", "Buah", 4500, "ATK", ""),
  ("Materai Tempel", "Rp 10.000", "Lembar", 11000, "ATK", ""),
  ("Baterai Alkaline", "AA isi 2", "Pak", 22000, "LISTRIK", "K"),
  ("Baterai Alkaline", "AAA isi 2", "Pak", 21000, "LISTRIK", ""),
  ("Baterai Alkaline", "9 Volt", "Buah", 34000, "LISTRIK", ""),
 ]),
 ("BAHAN KOMPUTER", "1.1.7.01.01.02", [
  ("Tinta Printer Inkjet", "botol 70 ml, hitam", "Botol", 98000, "KOMP", "K"),
  ("Tinta Printer Inkjet", "botol 70 ml, warna (C/M/Y)", "Botol", 98000, "KOMP", ""),
  ("Toner Printer Laser", "kapasitas 1.600 hal, hitam", "Buah", 1125000, "KOMP", "K"),
  ("Toner Printer Laser", "kapasitas 2.700 hal, hitam", "Buah", 1485000, "KOMP", ""),
  ("Flashdisk", "USB 3.2, 32 GB", "Buah", 88000, "KOMP", "K"),
  ("Flashdisk", "USB 3.2, 64 GB", "Buah", 129000, "KOMP", ""),
  ("Flashdisk", "USB 3.2, 128 GB", "Buah", 215000, "KOMP", ""),
  ("Harddisk Eksternal", "2,5 inch, 1 TB, USB 3.0", "Buah", 985000, "KOMP", "K"),
  ("Harddisk Eksternal", "2,5 inch, 2 TB, USB 3.0", "Buah", 1395000, "KOMP", ""),
  ("SSD Internal", "2,5 inch SATA, 512 GB", "Buah", 765000, "KOMP", ""),
  ("Mouse Wireless", "2.4 GHz, optikal", "Buah", 135000, "KOMP", "K"),
  ("Keyboard USB", "standar", "Buah", 125000, "KOMP", ""),
  ("Kabel UTP", "Cat 6, 305 m", "Roll", 2350000, "KOMP", "IT"),
  ("Kabel UTP", "Cat 5e, 305 m", "Roll", 1450000, "KOMP", ""),
  ("Konektor RJ45", "Cat 6, isi 100", "Box", 185000, "KOMP", "IT"),
  ("Kabel HDMI", "1,8 m, v2.0", "Buah", 85000, "KOMP", "K"),
  ("Kabel HDMI", "10 m, v2.0", "Buah", 245000, "KOMP", ""),
  ("Kertas Foto Glossy", "A4 230 gram, isi 20", "Pak", 43000, "KOMP", ""),
 ]),
 ("BAHAN CETAK", "1.1.7.01.01.03", [
  ("Spanduk", "bahan flexi 280 gr, cetak full color", "m2", 35000, "CETAK", "R"),
  ("Spanduk", "bahan flexi 340 gr (korea), full color", "m2", 52000, "CETAK", ""),
  ("Baliho", "flexi 280 gr + rangka kayu", "m2", 85000, "CETAK", ""),
  ("Banner Roll Up", "60 x 160 cm, termasuk stand", "Buah", 285000, "CETAK", "R"),
  ("X-Banner", "60 x 160 cm, termasuk stand", "Buah", 165000, "CETAK", ""),
  ("Backdrop Kegiatan", "print flexi + rangka besi", "m2", 125000, "CETAK", "R"),
  ("Sertifikat/Piagam", "cetak A4 full color, art carton 260 gr", "Lembar", 9500, "CETAK", "R"),
  ("Brosur/Leaflet", "A4 lipat 3, art paper 150 gr, 2 sisi", "Lembar", 2750, "CETAK", "R"),
  ("Buku Panduan/Modul", "A5, 60 hal, cover art carton, jilid lem", "Eksemplar", 28500, "CETAK", "R"),
  ("Penggandaan/Fotokopi", "A4 hitam putih", "Lembar", 300, "CETAK", "R"),
  ("Penjilidan", "jilid lakban/soft cover", "Eksemplar", 7500, "CETAK", "K"),
  ("Penjilidan", "hard cover + emboss", "Eksemplar", 45000, "CETAK", ""),
  ("ID Card", "PVC 2 sisi + tali lanyard printing", "Buah", 17500, "CETAK", "R"),
  ("Stiker Vinyl", "cetak + laminasi doff", "m2", 95000, "CETAK", ""),
  ("Undangan Cetak", "art carton 260 gr + amplop", "Lembar", 6500, "CETAK", "R"),
  ("Map Cetak Logo", "art carton 260 gr, 1 sisi", "Buah", 6000, "CETAK", ""),
  ("Blanko/Formulir", "HVS A4 cetak 1 warna", "Rim", 185000, "CETAK", ""),
 ]),
 ("PERALATAN KOMPUTER", "1.3.2.10.01", [
  ("Laptop/Notebook", "Core i5 gen 13 / setara, RAM 8 GB, SSD 512 GB, 14 inch", "Unit", 12350000, "MKOMP", "IT"),
  ("Laptop/Notebook", "Core i7 gen 13 / setara, RAM 16 GB, SSD 1 TB, 14 inch", "Unit", 18750000, "MKOMP", ""),
  ("Laptop/Notebook", "Core i3 / setara, RAM 8 GB, SSD 256 GB, 14 inch", "Unit", 8450000, "MKOMP", ""),
  ("PC All in One", "Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch", "Unit", 13900000, "MKOMP", "IT"),
  ("PC Desktop + Monitor", "Core i5, RAM 16 GB, SSD 512 GB, monitor 21,5 inch", "Unit", 12800000, "MKOMP", ""),
  ("Printer Inkjet", "A4, print/scan/copy, tinta isi ulang", "Unit", 3150000, "MPERKOMP", "IT"),
  ("Printer Inkjet", "A3, print/scan/copy, tinta isi ulang", "Unit", 6950000, "MPERKOMP", ""),
  ("Printer Laser", "A4 monokrom, duplex", "Unit", 4250000, "MPERKOMP", ""),
  ("Scanner Dokumen", "A4, ADF 50 lembar, 35 ppm", "Unit", 6850000, "MPERKOMP", "IT"),
  ("UPS", "1200 VA", "Unit", 1650000, "MPERKOMP", "IT"),
  ("UPS", "2000 VA", "Unit", 3750000, "MPERKOMP", ""),
  ("Switch Hub", "24 port gigabit, unmanaged", "Unit", 2450000, "MPERKOMP", ""),
  ("Wireless Access Point", "dual band, ceiling mount", "Unit", 1850000, "MPERKOMP", "IT"),
 ]),
 ("PERALATAN STUDIO DAN KOMUNIKASI", "1.3.2.06.01", [
  ("Proyektor/LCD Projector", "3.300 lumens, XGA", "Unit", 6450000, "MSTUDIO", "IT"),
  ("Proyektor/LCD Projector", "4.000 lumens, WXGA", "Unit", 9250000, "MSTUDIO", ""),
  ("Layar Proyektor", "tripod 70 inch", "Unit", 985000, "MSTUDIO", ""),
  ("Layar Proyektor", "tripod 84 inch", "Unit", 1450000, "MSTUDIO", ""),
  ("Kamera Digital Mirrorless", "24 MP + lensa kit", "Unit", 14500000, "MSTUDIO", ""),
  ("Televisi LED", "Smart TV 43 inch", "Unit", 4650000, "MART", "IT"),
  ("Televisi LED", "Smart TV 55 inch", "Unit", 7850000, "MART", ""),
  ("Televisi LED", "Smart TV 65 inch", "Unit", 11750000, "MART", ""),
  ("Handy Talky (HT)", "VHF 5 watt, baterai Li-ion", "Unit", 2650000, "MKOMUNIKASI", "SATPOL BENCANA"),
  ("Radio Rig", "VHF 50 watt + antena", "Unit", 7850000, "MKOMUNIKASI", ""),
  ("Megaphone/Toa", "25 watt, rechargeable", "Unit", 785000, "MKOMUNIKASI", "SATPOL"),
  ("Sound System Portable", "speaker 15 inch + 2 mic wireless", "Unit", 5850000, "MSTUDIO", ""),
  ("Drone Kamera", "4K, jangkauan 10 km", "Unit", 19850000, "MSTUDIO", ""),
 ]),
 ("MEBEL", "1.3.2.05.02", [
  ("Meja Kerja", "1/2 biro, kayu olahan, 120 x 60 cm", "Buah", 1850000, "MMEBEL", "MEB"),
  ("Meja Kerja", "1 biro, kayu olahan, 160 x 80 cm", "Buah", 3250000, "MMEBEL", ""),
  ("Kursi Kerja", "putar, sandaran sedang, hidrolik", "Buah", 1250000, "MMEBEL", "MEB"),
  ("Kursi Kerja", "putar, sandaran tinggi (pejabat eselon)", "Buah", 2850000, "MMEBEL", ""),
  ("Kursi Lipat", "rangka besi, jok busa", "Buah", 285000, "MMEBEL", "MEB"),
  ("Kursi Futura", "plastik, kaki besi", "Buah", 195000, "MMEBEL", ""),
  ("Meja Rapat", "kayu olahan 240 x 120 cm", "Buah", 5250000, "MMEBEL", ""),
  ("Lemari Arsip Besi", "2 pintu kaca, 4 rak", "Buah", 3650000, "MMEBEL", "MEB"),
  ("Lemari Arsip Besi", "2 pintu besi, 4 rak", "Buah", 3450000, "MMEBEL", ""),
  ("Filing Cabinet", "besi 4 laci", "Buah", 3150000, "MMEBEL", "MEB"),
  ("Rak Besi Siku", "5 susun, 200 x 90 x 40 cm", "Buah", 1150000, "MMEBEL", "MEB LOG"),
  ("Papan Tulis Whiteboard", "120 x 240 cm + kaki", "Buah", 1650000, "MMEBEL", ""),
  ("Sofa Tamu", "1 set (3-1-1) + meja", "Set", 9850000, "MMEBEL", ""),
 ]),
 ("ALAT RUMAH TANGGA", "1.3.2.05.02.06", [
  ("AC Split", "1 PK, non inverter, termasuk pemasangan", "Unit", 4650000, "MART", "ART"),
  ("AC Split", "1 PK, inverter, termasuk pemasangan", "Unit", 5450000, "MART", ""),
  ("AC Split", "1,5 PK, inverter, termasuk pemasangan", "Unit", 6650000, "MART", ""),
  ("AC Split", "2 PK, inverter, termasuk pemasangan", "Unit", 8950000, "MART", ""),
  ("Kipas Angin Dinding", "16 inch", "Buah", 385000, "MART", ""),
  ("Dispenser Air", "galon bawah, panas/dingin", "Unit", 2150000, "MART", "ART"),
  ("Kulkas/Lemari Es", "2 pintu, 250 liter", "Unit", 4850000, "MART", ""),
  ("Vacuum Cleaner", "wet & dry, 20 liter", "Unit", 1650000, "MART", "ART"),
  ("Mesin Penghancur Kertas", "kapasitas 12 lembar", "Unit", 3250000, "MART", "ART"),
 ]),
 ("ALAT/BAHAN KEBERSIHAN", "1.1.7.01.01.04", [
  ("Sapu Ijuk", "gagang kayu", "Buah", 28000, "BERSIH", "BERSIH"),
  ("Alat Pel Lantai", "model putar + ember", "Set", 185000, "BERSIH", "BERSIH"),
  ("Cairan Pembersih Lantai", "jerigen 5 liter", "Jerigen", 98000, "BERSIH", "BERSIH"),
  ("Cairan Pembersih Lantai", "botol 800 ml", "Botol", 18500, "BERSIH", ""),
  ("Cairan Pembersih Kaca", "refill 425 ml", "Buah", 17000, "BERSIH", "BERSIH"),
  ("Sabun Cuci Tangan Cair", "refill 400 ml", "Buah", 21500, "BERSIH", "BERSIH"),
  ("Tisu Wajah", "isi 250 lembar 2 ply", "Pak", 16500, "BERSIH", "BERSIH"),
  ("Tisu Gulung", "isi 10 roll", "Pak", 42000, "BERSIH", ""),
  ("Kantong Sampah Plastik", "hitam 90 x 120 cm, isi 10", "Pak", 22000, "BERSIH", "BERSIH"),
  ("Pengharum Ruangan", "spray otomatis refill 225 ml", "Buah", 52000, "BERSIH", ""),
  ("Karbol Wangi", "jerigen 5 liter", "Jerigen", 95000, "BERSIH", ""),
  ("Kain Lap Microfiber", "40 x 40 cm", "Buah", 15000, "BERSIH", "BERSIH"),
  ("Tempat Sampah", "plastik tutup injak 30 liter", "Buah", 135000, "BERSIH", ""),
 ]),
 ("BAHAN BAKAR DAN PELUMAS", "1.1.7.01.02.01", [
  ("Bahan Bakar Minyak Pertalite", "RON 90", "Liter", 10000, "BBM", "BBM"),
  ("Bahan Bakar Minyak Pertamax", "RON 92", "Liter", 12900, "BBM", ""),
  ("Bahan Bakar Minyak Dexlite", "CN 51", "Liter", 13250, "BBM", "BBM"),
  ("Bahan Bakar Minyak Solar Industri", "non subsidi", "Liter", 16400, "BBM", ""),
  ("Oli Mesin Kendaraan", "SAE 10W-40, 4 liter", "Galon", 265000, "BBM", ""),
  ("Oli Mesin 2 Tak", "untuk mesin tempel/speedboat, 1 liter", "Liter", 52000, "BBM", ""),
  ("Gas LPG", "tabung 12 kg (isi ulang)", "Tabung", 215000, "BBM", ""),
 ]),
 ("PAKAIAN DINAS DAN SERAGAM", "1.1.7.01.03.01", [
  ("Pakaian Dinas Lapangan (PDL) Satpol PP", "bahan drill, termasuk jahit + atribut", "Stel", 585000, "PDL", "SATPOL"),
  ("Sepatu PDL", "kulit, model lars pendek", "Pasang", 625000, "PDL", "SATPOL"),
  ("Topi Lapangan/Pet", "bordir logo", "Buah", 85000, "PDL", "SATPOL"),
  ("Rompi Reflektor", "bahan jaring, bordir tulisan", "Buah", 125000, "PDL", "SATPOL BENCANA"),
  ("Jas Hujan Ponco", "PVC tebal", "Buah", 95000, "PDL", "SATPOL BENCANA"),
  ("Sepatu Boots Karet", "tinggi 35 cm", "Pasang", 165000, "PDL", "BENCANA"),
  ("Kaos Olahraga/Jersey", "dry fit, sablon/printing", "Stel", 185000, "PAKOR", "OR"),
  ("Kaos Sablon Kegiatan", "cotton combed 24s, sablon 1 sisi", "Buah", 95000, "CETAK", "R"),
  ("Kostum Tari Tradisional", "jahit + aksesoris, dewasa", "Stel", 1250000, "PAKKHUSUS", "BUDAYA"),
  ("Pakaian Adat Dayak/Kutai", "set lengkap + aksesoris", "Stel", 1850000, "PAKKHUSUS", "BUDAYA"),
  ("Kain Ulap Doyo", "tenun motif, 2 m", "Lembar", 650000, "PAKKHUSUS", "BUDAYA"),
 ]),
 ("PERALATAN KETERTIBAN DAN KEAMANAN", "1.3.2.19.01", [
  ("Tameng/Perisai Polycarbonate", "tinggi 90 cm, transparan", "Buah", 1350000, "MSAR", "SATPOL SATPOLX"),
  ("Helm PHH", "lengkap visor", "Buah", 985000, "MSAR", "SATPOL SATPOLX"),
  ("Senter LED", "rechargeable, 1000 lumen", "Buah", 265000, "BAHANLAIN", "SATPOL BENCANA"),
  ("Tongkat Lalu Lintas LED", "rechargeable", "Buah", 95000, "BAHANLAIN", "SATPOL"),
  ("Borgol", "stainless, dengan kunci", "Buah", 235000, "BAHANLAIN", "SATPOLX"),
  ("Kamera Badan (Body Camera)", "1080p, 64 GB", "Unit", 3450000, "MSTUDIO", "SATPOL SATPOLX"),
  ("Garis Pembatas (Police Line)", "plastik 300 m", "Roll", 95000, "BAHANLAIN", "SATPOL"),
 ]),
 ("PERALATAN DAN LOGISTIK KEBENCANAAN", "1.3.2.18.02", [
  ("Tenda Pleton", "6 x 14 m, terpal PVC + rangka", "Unit", 38500000, "MSAR", "BENCANA LOG BENCANAX"),
  ("Tenda Regu", "4 x 6 m, terpal PVC + rangka", "Unit", 16500000, "MSAR", "BENCANAX"),
  ("Tenda Keluarga", "3 x 3 m, dome, kapasitas 5 orang", "Unit", 3850000, "MSAR", "LOG"),
  ("Perahu Karet", "kapasitas 10 orang + dayung", "Unit", 48500000, "MSAR", "BENCANA BENCANAX"),
  ("Mesin Tempel Perahu", "15 PK, 2 tak", "Unit", 38500000, "MSAR", ""),
  ("Pelampung/Life Jacket", "dewasa, standar SOLAS", "Buah", 385000, "MSAR", "BENCANA"),
  ("Ring Buoy", "diameter 70 cm + tali 30 m", "Buah", 650000, "MSAR", "BENCANA"),
  ("Chainsaw", "bar 20 inch, 2 tak", "Unit", 5850000, "MSAR", "BENCANA BENCANAX"),
  ("Genset", "bensin 5.000 watt", "Unit", 9850000, "MTENAGA", "BENCANA LOG"),
  ("Genset", "bensin 2.500 watt", "Unit", 5450000, "MTENAGA", ""),
  ("Tali Kernmantle", "statik 10,5 mm, 50 m", "Roll", 1650000, "MSAR", "BENCANA BENCANAX"),
  ("Tali Kernmantle", "statik 10,5 mm, 100 m", "Roll", 3150000, "MSAR", ""),
  ("Helm SAR", "standar rescue", "Buah", 585000, "MSAR", "BENCANA BENCANAX"),
  ("Alat Pemadam Api Ringan (APAR)", "powder 3 kg", "Tabung", 465000, "BAHANLAIN", "BENCANA"),
  ("Alat Pemadam Api Ringan (APAR)", "powder 6 kg", "Tabung", 785000, "BAHANLAIN", ""),
  ("Velbed/Tempat Tidur Lipat", "rangka aluminium", "Buah", 485000, "SERAH", "LOG"),
  ("Matras", "busa 180 x 90 cm, 5 cm", "Buah", 225000, "SERAH", "LOG"),
  ("Selimut", "polar fleece 150 x 200 cm", "Lembar", 85000, "SERAH", "LOG"),
  ("Terpal Plastik", "4 x 6 m, A5", "Lembar", 165000, "SERAH", "LOG"),
  ("Terpal Plastik", "6 x 8 m, A5", "Lembar", 325000, "SERAH", ""),
  ("Family Kit", "perlengkapan keluarga standar BNPB", "Paket", 485000, "SERAH", "LOG"),
  ("Kids Ware/Kids Kit", "perlengkapan anak standar BNPB", "Paket", 395000, "SERAH", "LOG"),
  ("Hygiene Kit", "perlengkapan kebersihan diri", "Paket", 215000, "SERAH", "LOG"),
  ("Makanan Siap Saji", "lauk pauk kaleng/ready to eat", "Paket", 65000, "SERAH", "LOG"),
  ("Beras Medium", "karung 25 kg", "Karung", 345000, "SERAH", "LOG SEMBAKO"),
  ("Mie Instan", "isi 40 bungkus", "Dus", 118000, "SERAH", "LOG SEMBAKO"),
  ("Air Mineral", "botol 600 ml, isi 24", "Dus", 52000, "SERAH", "LOG"),
  ("Air Mineral", "gelas 220 ml, isi 48", "Dus", 38000, "MAMIN", "R"),
  ("Minyak Goreng", "pouch 2 liter", "Pouch", 38500, "SERAH", "SEMBAKO"),
  ("Susu UHT", "200 ml, isi 24", "Dus", 125000, "SERAH", "LOG"),
 ]),
 ("PERALATAN OLAHRAGA DAN HADIAH", "1.3.2.07.03", [
  ("Bola Sepak", "ukuran 5, standar FIFA Quality", "Buah", 685000, "MOR", "OR"),
  ("Bola Futsal", "ukuran 4, standar", "Buah", 485000, "MOR", "OR"),
  ("Bola Voli", "standar FIVB, kulit sintetis", "Buah", 725000, "MOR", "OR"),
  ("Bola Basket", "ukuran 7, standar", "Buah", 785000, "MOR", ""),
  ("Net Voli", "standar pertandingan", "Buah", 685000, "MOR", "OR"),
  ("Raket Bulutangkis", "carbon graphite", "Buah", 585000, "MOR", ""),
  ("Shuttlecock", "kelas turnamen, isi 12", "Slop", 165000, "MOR", "OR"),
  ("Meja Tenis Meja", "standar ITTF, lipat", "Unit", 6850000, "MOR", ""),
  ("Stopwatch Digital", "1/100 detik", "Buah", 285000, "MOR", "OR"),
  ("Peluit Wasit", "plastik + tali", "Buah", 45000, "MOR", "OR"),
  ("Cone/Marka Latihan", "tinggi 23 cm, isi 10", "Set", 95000, "MOR", ""),
  ("Piala/Trofi", "tinggi 50-60 cm", "Buah", 685000, "HADIAH", "OR BUDAYA"),
  ("Piala/Trofi", "tinggi 80-100 cm", "Buah", 1350000, "HADIAH", ""),
  ("Medali", "logam, diameter 6 cm + pita (emas/perak/perunggu)", "Buah", 45000, "HADIAH", "OR"),
  ("Uang Pembinaan Juara", "per juara, tingkat kota", "Paket", 2500000, "HADIAH", ""),
 ]),
 ("ALAT KESENIAN", "1.3.2.07.02", [
  ("Sampe' (Alat Musik Dayak)", "kayu pelantan, 4 senar", "Buah", 2850000, "MMUSIK", "BUDAYA"),
  ("Gendang Tradisional", "kulit kambing, diameter 40 cm", "Buah", 1650000, "MMUSIK", "BUDAYA"),
  ("Gong", "kuningan, diameter 60 cm", "Buah", 4850000, "MMUSIK", "BUDAYA"),
  ("Kulintang", "set 8 pencon, kuningan", "Set", 12500000, "MMUSIK", "BUDAYA"),
  ("Gambus", "kayu, 12 senar", "Buah", 3450000, "MMUSIK", ""),
 ]),
 ("ALAT BANTU DISABILITAS", "1.3.2.09.01", [
  ("Kursi Roda", "standar dewasa, rangka baja", "Unit", 1850000, "MKESEH", "SOS"),
  ("Kursi Roda", "adaptif anak CP (cerebral palsy)", "Unit", 8500000, "MKESEH", ""),
  ("Tongkat Kruk", "aluminium, adjustable", "Pasang", 385000, "MKESEH", "SOS"),
  ("Tongkat Tunanetra", "lipat, aluminium", "Buah", 285000, "MKESEH", "SOS"),
  ("Alat Bantu Dengar", "digital BTE, 1 sisi", "Buah", 3250000, "MKESEH", "SOS"),
  ("Walker/Alat Bantu Jalan", "aluminium, dengan roda", "Unit", 685000, "MKESEH", "SOS"),
  ("Kaki Palsu (Prostesis)", "bawah lutut", "Unit", 9500000, "MKESEH", ""),
 ]),
 ("PERALATAN DAN BAHAN LABORATORIUM", "1.3.2.08.01", [
  ("pH Meter Portable", "resolusi 0,01, ATC", "Unit", 4850000, "MLAB", "LAB"),
  ("DO Meter Portable", "optik, kabel 10 m", "Unit", 28500000, "MLAB", "LAB"),
  ("TDS/Conductivity Meter", "portable", "Unit", 3650000, "MLAB", ""),
  ("Turbidimeter Portable", "0-1000 NTU", "Unit", 24500000, "MLAB", "LAB"),
  ("Water Sampler", "horizontal, akrilik 2,2 L", "Unit", 6850000, "MLAB", "LAB"),
  ("Cool Box", "45 liter", "Buah", 985000, "BAHANLAIN", "LAB"),
  ("Botol Sampel HDPE", "1 liter, tutup ulir", "Buah", 18500, "KIMIA", "LAB"),
  ("Botol Sampel Kaca Gelap", "500 ml", "Buah", 42000, "KIMIA", "LAB"),
  ("Kertas Saring Whatman", "No. 42, diameter 110 mm, isi 100", "Box", 1285000, "KIMIA", "LAB"),
  ("Kertas Saring Whatman", "No. 41, diameter 110 mm, isi 100", "Box", 985000, "KIMIA", ""),
  ("Sarung Tangan Nitril", "isi 100, ukuran M", "Box", 125000, "KIMIA", "LAB"),
  ("Masker Medis", "3 ply, isi 50", "Box", 38000, "KIMIA", "LAB"),
  ("Aquades", "jerigen 20 liter", "Jerigen", 85000, "KIMIA", "LAB"),
  ("Asam Sulfat (H2SO4) p.a.", "botol 2,5 liter", "Botol", 1650000, "KIMIA", "LAB"),
  ("Asam Nitrat (HNO3) p.a.", "botol 2,5 liter", "Botol", 2150000, "KIMIA", "LAB"),
  ("Larutan Buffer pH 4/7/10", "botol 500 ml", "Botol", 385000, "KIMIA", "LAB"),
  ("Media Agar (Plate Count Agar)", "botol 500 gram", "Botol", 2450000, "KIMIA", ""),
  ("Es Gel (Ice Pack)", "600 gram", "Buah", 25000, "KIMIA", "LAB"),
 ]),
]

# ---------------- SBU (services) ----------------
PROV = [
 ("Aceh", 360000, 1180000), ("Sumatera Utara", 370000, 1100000), ("Riau", 370000, 1120000),
 ("Kepulauan Riau", 370000, 1260000), ("Jambi", 370000, 1120000), ("Sumatera Barat", 380000, 1150000),
 ("Sumatera Selatan", 380000, 1180000), ("Lampung", 380000, 1110000), ("Bengkulu", 380000, 1100000),
 ("Bangka Belitung", 410000, 1150000), ("Banten", 370000, 1190000), ("Jawa Barat", 430000, 1160000),
 ("DKI Jakarta", 530000, 1490000), ("Jawa Tengah", 370000, 1080000), ("DI Yogyakarta", 420000, 1170000),
 ("Jawa Timur", 410000, 1190000), ("Bali", 480000, 1260000), ("Nusa Tenggara Barat", 440000, 1120000),
 ("Nusa Tenggara Timur", 430000, 1070000), ("Kalimantan Barat", 380000, 1120000),
 ("Kalimantan Tengah", 360000, 1090000), ("Kalimantan Selatan", 380000, 1110000),
 ("Kalimantan Utara", 430000, 1150000), ("Sulawesi Utara", 370000, 1110000), ("Gorontalo", 370000, 1090000),
 ("Sulawesi Barat", 410000, 1080000), ("Sulawesi Selatan", 430000, 1140000), ("Sulawesi Tengah", 370000, 1100000),
 ("Sulawesi Tenggara", 380000, 1080000), ("Maluku", 380000, 1120000), ("Maluku Utara", 430000, 1110000),
 ("Papua", 580000, 1260000), ("Papua Barat", 480000, 1230000),
]
KALTIM = [("Balikpapan", 380000), ("Bontang", 380000), ("Kutai Kartanegara", 360000), ("Kutai Timur", 380000),
          ("Kutai Barat", 380000), ("Berau", 400000), ("Paser", 380000), ("Penajam Paser Utara", 360000),
          ("Mahakam Ulu", 420000)]
TIERS = [("Eselon II", 1.0), ("Eselon III / Golongan IV", 0.72), ("Eselon IV / Golongan III, II, I", 0.58)]

def sbu_rows():
    """Return list of (group, name, spec, unit, price, acc, tags)."""
    R = []
    def add(group, name, spec, unit, price, acc, tags=""):
        R.append((group, name, spec, unit, int(price), acc, tags))
    g = "A. HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA"
    add(g, "Honorarium Narasumber", "Menteri/Pejabat setingkat Menteri/Kepala Daerah", "OJ", 1700000, "HONNS")
    add(g, "Honorarium Narasumber", "Pejabat Eselon I / setingkat", "OJ", 1400000, "HONNS")
    add(g, "Honorarium Narasumber", "Pejabat Eselon II / setingkat", "OJ", 1000000, "HONNS", "NS")
    add(g, "Honorarium Narasumber", "Pejabat Eselon III ke bawah / setingkat", "OJ", 900000, "HONNS", "NS")
    add(g, "Honorarium Narasumber", "Non ASN (praktisi/profesional/akademisi)", "OJ", 900000, "HONNS", "NS")
    add(g, "Honorarium Pembahas", "per orang per kegiatan", "OK", 700000, "HONNS")
    add(g, "Honorarium Moderator", "per orang per kali", "OK", 700000, "HONNS", "NS")
    add(g, "Honorarium Pembawa Acara", "per orang per kali", "OK", 400000, "HONNS", "NS")
    add(g, "Honorarium Panitia", "Penanggung Jawab", "OK", 450000, "HONNS", "NS")
    add(g, "Honorarium Panitia", "Ketua/Wakil Ketua", "OK", 400000, "HONNS", "NS")
    add(g, "Honorarium Panitia", "Sekretaris", "OK", 300000, "HONNS", "")
    add(g, "Honorarium Panitia", "Anggota", "OK", 300000, "HONNS", "NS")
    add(g, "Honorarium Instruktur/Pelatih Teknis", "per orang per jam pelajaran", "OJ", 450000, "HONNS", "NS")
    g = "B. HONORARIUM TIM PELAKSANA KEGIATAN, JURI DAN WASIT"
    add(g, "Honorarium Tim Pelaksana Kegiatan", "Pengarah", "OB", 1050000, "HONTIM", "")
    add(g, "Honorarium Tim Pelaksana Kegiatan", "Ketua", "OB", 900000, "HONTIM", "TIM")
    add(g, "Honorarium Tim Pelaksana Kegiatan", "Sekretaris", "OB", 750000, "HONTIM", "TIM")
    add(g, "Honorarium Tim Pelaksana Kegiatan", "Anggota", "OB", 600000, "HONTIM", "TIM")
    add(g, "Honorarium Juri Lomba/Festival", "Ketua Juri, tingkat kota", "OK", 750000, "HONJURI", "JURI")
    add(g, "Honorarium Juri Lomba/Festival", "Anggota Juri, tingkat kota", "OK", 600000, "HONJURI", "JURI")
    add(g, "Honorarium Wasit/Pengawas Pertandingan", "per orang per pertandingan", "OP", 250000, "HONJURI", "JURI")
    add(g, "Honorarium Petugas Posko Siaga Bencana", "per orang per hari", "OH", 150000, "HONTIM", "")
    g = "C. UANG HARIAN PERJALANAN DINAS DALAM NEGERI"
    add(g, "Uang Harian Perjalanan Dinas Dalam Kota", "lebih dari 8 (delapan) jam", "OH", 150000, "PERJADINDK", "DK")
    add(g, "Uang Transport Perjalanan Dinas Dalam Kota", "dalam wilayah Kota Samarinda, pergi-pulang", "Orang/Kali", 120000, "PERJADINDK", "DK")
    for kab, v in KALTIM:
        add(g, "Uang Harian Perjalanan Dinas Luar Kota (Dalam Provinsi)", "Kab/Kota " + kab, "OH", v, "PERJADIN", "PJ")
    for p, uh, _ in PROV:
        add(g, "Uang Harian Perjalanan Dinas Luar Provinsi", "Provinsi " + p, "OH", uh, "PERJADIN", "PJ")
    g = "D. BIAYA PENGINAPAN PERJALANAN DINAS DALAM NEGERI"
    for p, _, base in PROV:
        for t, f in TIERS:
            add(g, "Biaya Penginapan", "Provinsi %s - %s" % (p, t), "OH", round(base * f / 1000) * 1000, "PERJADIN", "PJ")
    g = "E. TIKET PESAWAT DAN TRANSPORTASI"
    for rute, harga in [("Balikpapan - Jakarta (PP)", 3650000), ("Balikpapan - Surabaya (PP)", 2450000),
                        ("Balikpapan - Makassar (PP)", 2300000), ("Balikpapan - Denpasar (PP)", 2950000),
                        ("Balikpapan - Yogyakarta (PP)", 2950000), ("Balikpapan - Banjarmasin (PP)", 1450000),
                        ("Balikpapan - Medan (PP)", 5200000), ("Balikpapan - Bandung (PP)", 3850000),
                        ("Samarinda (APT Pranoto) - Jakarta (PP)", 3950000), ("Samarinda (APT Pranoto) - Surabaya (PP)", 2650000),
                        ("Samarinda (APT Pranoto) - Berau (PP)", 2150000)]:
        add(g, "Tiket Pesawat Kelas Ekonomi", rute, "Orang/PP", harga, "PERJADIN", "PJ")
    for rute, harga in [("Balikpapan - Jakarta (PP)", 9850000), ("Balikpapan - Surabaya (PP)", 6950000)]:
        add(g, "Tiket Pesawat Kelas Bisnis", rute, "Orang/PP", harga, "PERJADIN", "")
    for rute, harga in [("Samarinda - Balikpapan", 350000), ("Samarinda - Bontang", 300000),
                        ("Samarinda - Tenggarong", 200000), ("Samarinda - Sangatta", 450000),
                        ("Samarinda - Penajam", 450000), ("Samarinda - Tana Paser", 650000)]:
        add(g, "Transportasi Darat (Taksi/Travel)", rute + ", sekali jalan", "Orang/Kali", harga, "PERJADIN", "PJ")
    add(g, "Taksi Bandara", "Bandara APT Pranoto - pusat Kota Samarinda", "Orang/Kali", 185000, "PERJADIN", "PJ")
    add(g, "Taksi Bandara", "Provinsi DKI Jakarta", "Orang/Kali", 256000, "PERJADIN", "PJ")
    g = "F. KONSUMSI RAPAT DAN KEGIATAN"
    add(g, "Kudapan/Snack Rapat", "rapat biasa, 2 jenis kue + minuman", "Orang/Kali", 20000, "MAMIN", "R")
    add(g, "Makan Rapat (Nasi Kotak)", "rapat biasa", "Orang/Kali", 45000, "MAMIN", "R")
    add(g, "Kudapan/Snack Rapat", "rapat koordinasi tingkat pimpinan", "Orang/Kali", 28000, "MAMIN", "")
    add(g, "Makan Rapat (Nasi Kotak)", "rapat koordinasi tingkat pimpinan", "Orang/Kali", 65000, "MAMIN", "")
    add(g, "Makan Prasmanan", "jamuan tamu daerah", "Orang/Kali", 125000, "MAMIN", "")
    add(g, "Nasi Bungkus Kegiatan Lapangan", "termasuk air mineral", "Orang/Kali", 35000, "MAMIN", "FIELD")
    add(g, "Snack Kegiatan Lapangan", "termasuk air mineral", "Orang/Kali", 15000, "MAMIN", "FIELD")
    g = "G. PAKET KEGIATAN RAPAT DI LUAR KANTOR"
    for k, a, b, c in [("Fullboard dalam kota", 650000, 580000, 520000), ("Fullday dalam kota", 360000, 320000, 290000),
                       ("Halfday dalam kota", 260000, 230000, 210000)]:
        add(g, "Paket Meeting " + k, "Peserta Eselon II / setingkat", "Orang/Hari", a, "PAKETRAPAT", "")
        add(g, "Paket Meeting " + k, "Peserta Eselon III / setingkat", "Orang/Hari", b, "PAKETRAPAT", "")
        add(g, "Paket Meeting " + k, "Peserta Eselon IV ke bawah / non ASN", "Orang/Hari", c, "PAKETRAPAT", "PAKET")
    g = "H. SEWA GEDUNG, PERALATAN DAN KENDARAAN"
    add(g, "Sewa Gedung Serbaguna", "kapasitas s.d. 300 orang", "Hari", 5500000, "SEWAGED", "EVENT")
    add(g, "Sewa Gedung Serbaguna", "kapasitas s.d. 1.000 orang", "Hari", 12500000, "SEWAGED", "")
    add(g, "Sewa Aula/Ruang Pertemuan", "kapasitas s.d. 100 orang", "Hari", 2500000, "SEWAGED", "R")
    add(g, "Sewa Gelanggang/GOR", "GOR indoor tingkat kota", "Hari", 3500000, "SEWAGED", "ORSEWA")
    add(g, "Sewa Lapangan Sepak Bola", "standar, termasuk penerangan", "Hari", 2250000, "SEWAGED", "ORSEWA")
    add(g, "Sewa Tenda Sarnafil", "5 x 5 m, termasuk dekorasi", "Unit/Hari", 1250000, "SEWAALAT", "EVENT")
    add(g, "Sewa Tenda Plafon", "per m2, termasuk dekorasi", "m2/Hari", 45000, "SEWAALAT", "")
    add(g, "Sewa Kursi Futura + Cover", "per buah", "Buah/Hari", 8500, "SEWAALAT", "EVENT")
    add(g, "Sewa Sound System", "1.000 watt", "Unit/Hari", 1500000, "SEWAALAT", "EVENT")
    add(g, "Sewa Sound System", "3.000 watt", "Unit/Hari", 3500000, "SEWAALAT", "EVENT")
    add(g, "Sewa Sound System", "10.000 watt + operator", "Unit/Hari", 8500000, "SEWAALAT", "")
    add(g, "Sewa LED Screen/Videotron", "indoor/outdoor P3.9, per m2", "m2/Hari", 550000, "SEWAALAT", "EVENT")
    add(g, "Sewa Lighting Panggung", "paket 24 titik + operator", "Paket/Hari", 3250000, "SEWAALAT", "EVENT")
    add(g, "Sewa Panggung/Stage Rigging", "tinggi 1 m, per m2", "m2/Hari", 150000, "SEWAALAT", "EVENT")
    add(g, "Sewa Genset", "20 kVA + operator + BBM", "Unit/Hari", 1750000, "SEWAALAT", "EVENT")
    add(g, "Sewa Toilet Portable", "per unit", "Unit/Hari", 750000, "SEWAALAT", "")
    add(g, "Sewa Proyektor + Layar", "per set", "Set/Hari", 450000, "SEWAALAT", "R")
    add(g, "Sewa Kendaraan Roda 4 (MPV)", "termasuk supir, tidak termasuk BBM", "Unit/Hari", 650000, "SEWAKEND", "KEND")
    add(g, "Sewa Kendaraan Minibus", "14 seat, termasuk supir", "Unit/Hari", 1150000, "SEWAKEND", "KEND")
    add(g, "Sewa Bus", "45 seat, termasuk supir + BBM dalam kota", "Unit/Hari", 3500000, "SEWAKEND", "")
    add(g, "Sewa Kendaraan Pick Up", "termasuk supir", "Unit/Hari", 550000, "SEWAKEND", "KEND")
    add(g, "Sewa Speedboat", "mesin 2 x 40 PK, kapasitas 8 orang, termasuk motoris", "Unit/Hari", 1850000, "SEWAKAPAL", "BOAT")
    add(g, "Sewa Perahu Ketinting", "termasuk motoris", "Unit/Hari", 450000, "SEWAKAPAL", "BOAT")
    g = "I. JASA TENAGA PENDUKUNG DAN JASA LAINNYA"
    add(g, "Jasa Tenaga Kebersihan (Cleaning Service)", "per orang per bulan", "OB", 3650000, "JASABERSIH", "JASA")
    add(g, "Jasa Tenaga Keamanan (Satpam)", "per orang per bulan", "OB", 3850000, "JASAAMAN", "JASA")
    add(g, "Jasa Tenaga Supir", "per orang per bulan", "OB", 3850000, "JASASOPIR", "JASA")
    add(g, "Jasa Tenaga Administrasi", "pendidikan S1, per orang per bulan", "OB", 4150000, "JASAADM", "JASA")
    add(g, "Jasa Tenaga Administrasi", "pendidikan SMA/SMK, per orang per bulan", "OB", 3750000, "JASAADM", "JASA")
    add(g, "Jasa Pramubakti/Pesuruh", "per orang per bulan", "OB", 3650000, "JASAADM", "")
    add(g, "Jasa Dokumentasi Kegiatan", "foto + video + editing, per kegiatan", "Paket", 3500000, "JASALAIN", "EVENT")
    add(g, "Jasa Publikasi Media Cetak", "1/4 halaman, berwarna", "Kali Tayang", 4500000, "JASALAIN", "PUBLIK")
    add(g, "Jasa Pembuatan Video Profil", "durasi 3-5 menit", "Paket", 15000000, "JASALAIN", "PUBLIK")
    g = "J. PEMELIHARAAN"
    add(g, "Servis Berkala Kendaraan Roda 4", "termasuk oli dan filter", "Unit/Kali", 1450000, "PELIHARAKEND", "PELKEND")
    add(g, "Servis Berkala Kendaraan Roda 2", "termasuk oli", "Unit/Kali", 285000, "PELIHARAKEND", "")
    add(g, "Ganti Ban Kendaraan Roda 4", "ukuran R15, per buah", "Buah", 1150000, "PELIHARAKEND", "PELKEND")
    add(g, "Servis/Cuci AC Split", "1 - 2 PK, per unit", "Unit/Kali", 125000, "PELIHARAART", "PELART")
    add(g, "Isi Ulang Freon AC", "R32, per unit", "Unit/Kali", 385000, "PELIHARAART", "")
    return R
