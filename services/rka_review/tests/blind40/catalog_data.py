# Catalogue master data for review40 (invented). Prices in Rupiah, INCLUDING PPN (see README).
# Each entry: kode, kategori(kind of account), name, spec, unit, price
# kind -> correct account key (see ACCOUNTS in generate.py)

SSH = []   # goods catalogue (xlsx)
SSH2 = []  # sector goods catalogue (csv ; decimal comma)
SBU = []   # services catalogue (pdf)


def add(lst, kode, kind, name, spec, unit, price, group=None):
    lst.append(dict(kode=kode, kind=kind, name=name, spec=spec, unit=unit, price=price,
                    group=group or "Lain-lain"))


# ---------------- SSH (goods) ----------------
G = "ALAT TULIS KANTOR"
atk = [
    ("Ballpoint", "Tinta hitam, 0,5 mm", "Box isi 12", 42000),
    ("Ballpoint", "Tinta biru, 0,7 mm", "Box isi 12", 39500),
    ("Ballpoint Gel", "Tinta hitam, 0,5 mm, retractable", "Box isi 12", 68000),
    ("Pensil 2B", "Kayu, standar ujian", "Lusin", 36000),
    ("Spidol Whiteboard", "Warna hitam, refillable", "Box isi 12", 96000),
    ("Spidol Permanen", "Warna hitam, ujung bulat", "Box isi 12", 102000),
    ("Stabilo / Highlighter", "Warna campur", "Pak isi 5", 38500),
    ("Penghapus Pensil", "Karet putih kecil", "Box isi 40", 52000),
    ("Correction Tape", "5 mm x 6 m", "Buah", 9500),
    ("Map Plastik Kancing", "Ukuran folio, transparan", "Lusin", 42000),
    ("Map Snelhecter Plastik", "Ukuran folio", "Lusin", 33000),
    ("Map Ordner / Box File", "Ukuran folio, punggung 7 cm", "Buah", 34500),
    ("Map Ordner / Box File", "Ukuran A4, punggung 5 cm", "Buah", 29500),
    ("Stopmap Kertas", "Folio, warna campur", "Pak isi 50", 87500),
    ("Paper Clip", "No. 3, 33 mm", "Box isi 100", 4500),
    ("Binder Clip", "No. 155, 19 mm", "Box isi 12", 8000),
    ("Binder Clip", "No. 260, 32 mm", "Box isi 12", 21500),
    ("Isi Staples", "No. 10", "Box isi 1000", 3500),
    ("Isi Staples", "No. 3 (23/10)", "Box isi 1000", 12500),
    ("Stapler / Hekter", "No. 10, kecil", "Buah", 24000),
    ("Stapler / Hekter", "Heavy duty, kapasitas 100 lembar", "Buah", 185000),
    ("Gunting Kertas", "Sedang, 8 inch", "Buah", 21000),
    ("Lakban Bening", "2 inch x 90 yard", "Roll", 14500),
    ("Lakban Coklat", "2 inch x 90 yard", "Roll", 15000),
    ("Lakban Hitam (Kain)", "2 inch x 12 m", "Roll", 16500),
    ("Double Tape", "1 inch, busa", "Roll", 12000),
    ("Lem Kertas Cair", "50 ml", "Buah", 5500),
    ("Lem Stick", "15 gram", "Buah", 8500),
    ("Amplop Putih", "Ukuran 90 x 230 mm, tanpa kop", "Box isi 100", 32000),
    ("Amplop Coklat", "Ukuran folio (250 x 350 mm)", "Pak isi 50", 48000),
    ("Buku Tulis", "Isi 58 lembar", "Pak isi 10", 38000),
    ("Buku Agenda / Ekspedisi", "Folio, 100 lembar", "Buah", 27500),
    ("Buku Folio Bergaris", "Hard cover, 100 lembar", "Buah", 25000),
    ("Tinta Stempel", "Warna ungu, 30 ml", "Botol", 11000),
    ("Bantalan Stempel", "Ukuran no. 2", "Buah", 23500),
    ("Post-it / Sticky Notes", "3 x 3 inch", "Pak isi 12", 58000),
    ("Pembatas Buku (Sign Here)", "Warna campur", "Pak", 14000),
    ("Penggaris Besi", "30 cm", "Buah", 9500),
    ("Cutter Besar", "Pisau 18 mm", "Buah", 18500),
    ("Isi Cutter Besar", "18 mm", "Tube isi 10", 14000),
    ("Baterai Alkaline", "Ukuran AA, 1,5 V", "Pak isi 4", 36000),
    ("Baterai Alkaline", "Ukuran AAA", "Pak isi 4", 34000),
]
for i, (n, s, u, p) in enumerate(atk, 1):
    add(SSH, f"1.1.7.01.01.01.{i:03d}", "atk", n, s, u, p, G)

G = "KERTAS DAN COVER"
kertas = [
    ("Kertas HVS", "A4 70 gram", "Rim", 52000),
    ("Kertas HVS", "A4 80 gram", "Rim", 61500),
    ("Kertas HVS", "F4 70 gram", "Rim", 58000),
    ("Kertas HVS", "F4 80 gram", "Rim", 67000),
    ("Kertas HVS Warna", "A4 70 gram, warna campur", "Rim", 69000),
    ("Kertas Cover / Buffalo", "A4 200 gram", "Pak isi 100", 43000),
    ("Kertas Foto Glossy", "A4 230 gram", "Pak isi 20", 47000),
    ("Kertas Label", "No. 103", "Pak isi 10", 12000),
    ("Kertas Continuous Form", "9,5 x 11 inch, 1 ply", "Box", 235000),
    ("Kertas Thermal", "57 x 40 mm", "Roll", 6500),
    ("Kertas Manila", "Warna campur, 60 x 90 cm", "Lembar", 2500),
]
for i, (n, s, u, p) in enumerate(kertas, 1):
    add(SSH, f"1.1.7.01.01.02.{i:03d}", "kertas", n, s, u, p, G)

G = "BAHAN CETAK DAN PENGGANDAAN"
cetak = [
    ("Cetak Blanko / Formulir", "HVS 70 gr, 1 muka, A4", "Lembar", 450),
    ("Cetak Blanko / Formulir", "HVS 70 gr, bolak-balik, F4", "Lembar", 750),
    ("Cetak Buku Saku", "A6, 40 halaman, cover art carton 210 gr", "Eksemplar", 18500),
    ("Cetak Leaflet", "A4 lipat 3, art paper 120 gr, full colour", "Lembar", 2250),
    ("Cetak Brosur", "A5, art paper 150 gr, 2 muka", "Lembar", 1850),
    ("Cetak Spanduk", "Flexi 280 gr, per m2", "M2", 38000),
    ("Cetak Banner Roll Up", "60 x 160 cm, termasuk stand", "Buah", 285000),
    ("Cetak Sertifikat / Piagam", "Art carton 260 gr, A4, full colour", "Lembar", 6500),
    ("Cetak Stiker Vinyl", "A3+, laminasi doff", "Lembar", 22000),
    ("Fotocopy", "A4 / F4, hitam putih", "Lembar", 250),
    ("Jilid Spiral", "Ukuran A4, cover mika", "Buah", 9500),
    ("Jilid Hard Cover", "Ukuran A4, tulisan emas", "Buah", 47500),
    ("Cetak Kartu Identitas (ID Card)", "PVC, 2 sisi, termasuk tali", "Buah", 16500),
    ("Cetak Papan Nama / Plang", "Plat galvanis 60 x 40 cm, tiang besi", "Buah", 650000),
]
for i, (n, s, u, p) in enumerate(cetak, 1):
    add(SSH, f"1.1.7.01.01.03.{i:03d}", "cetak", n, s, u, p, G)

G = "BAHAN KOMPUTER"
komp = [
    ("Toner Printer Laser", "Setara tipe 85A, hitam", "Buah", 195000),
    ("Toner Printer Laser", "Setara tipe 79A, hitam", "Buah", 168000),
    ("Tinta Printer Botol", "Isi 70 ml, hitam (original)", "Botol", 98000),
    ("Tinta Printer Botol", "Isi 70 ml, warna (C/M/Y)", "Botol", 98000),
    ("Cartridge Inkjet", "Hitam, tipe 810", "Buah", 235000),
    ("Flashdisk", "16 GB, USB 3.0", "Buah", 78000),
    ("Flashdisk", "32 GB, USB 3.0", "Buah", 98000),
    ("Flashdisk", "64 GB, USB 3.0", "Buah", 142000),
    ("Harddisk Eksternal", "1 TB, USB 3.0", "Buah", 895000),
    ("Harddisk Eksternal", "2 TB, USB 3.0", "Buah", 1245000),
    ("Mouse Wireless", "Optical, 2,4 GHz", "Buah", 115000),
    ("Mouse USB", "Optical, kabel", "Buah", 65000),
    ("Keyboard USB", "Standar, kabel", "Buah", 125000),
    ("Kabel UTP", "Cat 6, Roll 305 m", "Roll", 1850000),
    ("Kabel UTP", "Cat 5e, Roll 305 m", "Roll", 1150000),
    ("Konektor RJ45", "Cat 6", "Box isi 100", 185000),
    ("Kabel HDMI", "Panjang 5 m", "Buah", 95000),
    ("Memory Card (MicroSD)", "64 GB, class 10", "Buah", 118000),
    ("Pita Printer Dot Matrix", "Tipe LQ-2190", "Buah", 98000),
    ("Drum Unit Printer", "Setara tipe DR-2455", "Buah", 725000),
]
for i, (n, s, u, p) in enumerate(komp, 1):
    add(SSH, f"1.1.7.01.01.04.{i:03d}", "komputer", n, s, u, p, G)

G = "ALAT LISTRIK DAN ELEKTRONIK (HABIS PAKAI)"
listrik = [
    ("Lampu LED", "Bulb 12 watt, E27", "Buah", 38500),
    ("Lampu LED", "Bulb 18 watt, E27", "Buah", 56000),
    ("Lampu LED Tube (TL)", "18 watt, 120 cm", "Buah", 62500),
    ("Stop Kontak / Terminal", "4 lubang, kabel 3 m", "Buah", 87500),
    ("Kabel Roll", "15 m, 4 lubang", "Buah", 215000),
    ("Kabel Listrik NYM", "2 x 1,5 mm, Roll 50 m", "Roll", 545000),
    ("Kabel Listrik NYM", "3 x 2,5 mm, Roll 50 m", "Roll", 1125000),
    ("Saklar Engkel", "Inbow", "Buah", 21500),
    ("MCB", "1 phase, 10 A", "Buah", 68000),
    ("Senter LED Rechargeable", "Tahan air, 10 watt", "Buah", 165000),
    ("Lampu Sorot (Flood Light) LED", "50 watt, IP65", "Buah", 265000),
]
for i, (n, s, u, p) in enumerate(listrik, 1):
    add(SSH, f"1.1.7.01.01.05.{i:03d}", "listrik", n, s, u, p, G)

G = "ALAT DAN BAHAN KEBERSIHAN"
bersih = [
    ("Sapu Ijuk", "Gagang kayu", "Buah", 32000),
    ("Sapu Lidi", "Gagang bambu", "Buah", 18500),
    ("Alat Pel Lantai", "Gagang aluminium, kain katun", "Buah", 68000),
    ("Kain Pel Refill", "Katun", "Buah", 28000),
    ("Cairan Pembersih Lantai", "Jerigen 5 liter", "Jerigen", 95000),
    ("Cairan Pembersih Kaca", "Refill 425 ml", "Buah", 18000),
    ("Sabun Cuci Tangan Cair", "Refill 500 ml", "Pouch", 24500),
    ("Tisu Gulung", "Isi 10 roll, 2 ply", "Pak", 42000),
    ("Tisu Wajah", "250 lembar, 2 ply", "Pak", 16000),
    ("Kantong Sampah Plastik", "Ukuran 60 x 100 cm, hitam", "Pak isi 10", 14500),
    ("Kantong Sampah Plastik", "Ukuran 90 x 120 cm, hitam", "Pak isi 10", 24000),
    ("Tempat Sampah Plastik", "Dengan tutup injak, 40 liter", "Buah", 185000),
    ("Pengharum Ruangan", "Gel 70 gram", "Buah", 17500),
    ("Karbol / Disinfektan", "Jerigen 5 liter", "Jerigen", 125000),
    ("Sarung Tangan Karet", "Ukuran L, rumah tangga", "Pasang", 16500),
    ("Deterjen Bubuk", "Kemasan 5 kg", "Pak", 118000),
    ("Deterjen Cair Laundry Industri", "Jerigen 20 liter", "Jerigen", 485000),
    ("Pemutih Pakaian (Bleach)", "Jerigen 20 liter", "Jerigen", 295000),
    ("Pelembut Pakaian (Softener)", "Jerigen 20 liter", "Jerigen", 365000),
]
for i, (n, s, u, p) in enumerate(bersih, 1):
    add(SSH, f"1.1.7.01.01.06.{i:03d}", "kebersihan", n, s, u, p, G)

G = "PAKAIAN DINAS DAN ATRIBUT"
pakaian = [
    ("Pakaian Dinas Lapangan (PDL) Satpol PP", "Kain drill, termasuk jahit & atribut", "Stel", 585000),
    ("Pakaian Dinas Harian (PDH)", "Kain tropical, termasuk jahit", "Stel", 495000),
    ("Sepatu PDL", "Kulit, sol karet", "Pasang", 465000),
    ("Topi Lapangan", "Rimba, bordir logo", "Buah", 65000),
    ("Rompi Reflektif / Rompi Lapangan", "Kain parasut, scotlight", "Buah", 125000),
    ("Jas Hujan Ponco", "PVC tebal", "Buah", 95000),
    ("Jas Hujan Setelan", "Rubber, jaket + celana", "Stel", 235000),
    ("Kaos Olahraga", "Cotton combed 30s, sablon", "Buah", 95000),
    ("Seragam Petugas Gizi / Apron", "Kain katun, celemek + topi", "Stel", 175000),
    ("Sepatu Boot Karet", "Setinggi betis", "Pasang", 135000),
]
for i, (n, s, u, p) in enumerate(pakaian, 1):
    add(SSH, f"1.1.7.01.02.01.{i:03d}", "pakaian", n, s, u, p, G)

G = "BELANJA MODAL - PERALATAN DAN MESIN"
modal = [
    ("Laptop / Notebook", "Core i5 gen 13, RAM 8 GB, SSD 512 GB, 14 inch", "Unit", 13250000),
    ("Laptop / Notebook", "Core i7 gen 13, RAM 16 GB, SSD 1 TB, 14 inch", "Unit", 19850000),
    ("PC All in One", "Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch", "Unit", 14750000),
    ("Printer Inkjet Ink Tank", "A4, print/scan/copy", "Unit", 3450000),
    ("Printer Laser Monokrom", "A4, 38 ppm, duplex", "Unit", 4850000),
    ("Scanner Dokumen", "A4, ADF 50 lembar, 40 ppm", "Unit", 9850000),
    ("Scanner Buku / Overhead", "A3, 24 MP", "Unit", 18500000),
    ("LCD Projector", "3.600 lumens, XGA", "Unit", 7650000),
    ("AC Split", "1 PK, standar", "Unit", 4450000),
    ("AC Split", "1,5 PK, standar", "Unit", 5650000),
    ("AC Split", "2 PK, standar", "Unit", 7350000),
    ("Kursi Kerja Staf", "Beroda, sandaran jaring", "Buah", 1250000),
    ("Meja Kerja Staf", "1/2 biro, 120 x 60 cm", "Buah", 1850000),
    ("Filing Cabinet Besi", "4 laci, folio", "Buah", 3650000),
    ("Roll O'Pack (Mobile File)", "Manual, 5 compartment", "Unit", 48500000),
    ("Rak Arsip Besi", "5 susun, 90 x 40 x 200 cm", "Buah", 2350000),
    ("Lemari Es / Kulkas", "2 pintu, 250 liter", "Unit", 5250000),
    ("Mesin Cuci Industri (Washer Extractor)", "Kapasitas 25 kg", "Unit", 145000000),
    ("Mesin Pengering (Tumble Dryer) Industri", "Kapasitas 25 kg", "Unit", 98500000),
    ("Handy Talky (HT)", "VHF, 5 watt", "Unit", 2150000),
    ("Genset Portabel", "5.000 watt, bensin", "Unit", 9850000),
    ("Perahu Karet (Rubber Boat)", "Kapasitas 10 orang, termasuk dayung", "Unit", 68500000),
    ("Mesin Tempel Perahu", "15 PK, 2 tak", "Unit", 38500000),
    ("Kamera Digital Mirrorless", "24 MP, lensa kit", "Unit", 12850000),
    ("Televisi LED", "43 inch, smart TV", "Unit", 5450000),
    ("Mesin Antrian (Queue System)", "Touch screen, printer thermal, 2 display", "Unit", 28500000),
    ("Dispenser Air", "Hot & normal, galon bawah", "Unit", 1950000),
]
for i, (n, s, u, p) in enumerate(modal, 1):
    add(SSH, f"1.3.2.{i:02d}.01.01.001", "modal", n, s, u, p, G)

G = "BAHAN MAKANAN (INSTALASI GIZI)"
gizi = [
    ("Beras Premium", "Kemasan karung", "Kg", 16500),
    ("Beras Medium", "Kemasan karung", "Kg", 13900),
    ("Daging Ayam Ras (Karkas)", "Segar", "Kg", 42000),
    ("Daging Sapi", "Segar, has dalam", "Kg", 145000),
    ("Daging Sapi", "Segar, tetelan", "Kg", 98000),
    ("Ikan Nila", "Segar, ukuran konsumsi", "Kg", 42000),
    ("Ikan Patin", "Segar", "Kg", 38000),
    ("Telur Ayam Ras", "Segar", "Kg", 31500),
    ("Tahu Putih", "Ukuran sedang", "Buah", 1200),
    ("Tempe", "Papan 500 gram", "Papan", 7500),
    ("Sayur Bayam", "Segar", "Ikat", 4500),
    ("Wortel", "Segar, lokal", "Kg", 18000),
    ("Kentang", "Segar, sedang", "Kg", 21000),
    ("Buah Pisang", "Ambon, sisir", "Sisir", 28000),
    ("Buah Pepaya", "Segar", "Kg", 12000),
    ("Minyak Goreng", "Kemasan 2 liter", "Pouch", 38500),
    ("Gula Pasir", "Kemasan 1 kg", "Kg", 18500),
    ("Susu Formula Pasien (Diet Khusus)", "Kaleng 400 gram", "Kaleng", 135000),
    ("Susu UHT", "Kotak 200 ml", "Kotak", 6500),
    ("Roti Tawar", "Kemasan 400 gram", "Bungkus", 18000),
    ("Garam Beryodium", "Kemasan 250 gram", "Bungkus", 3500),
    ("Kemasan Makanan Pasien (Food Container)", "Styrofoam-free, 3 sekat, tutup", "Pak isi 50", 125000),
    ("Gas LPG", "Tabung 12 kg, isi ulang", "Tabung", 215000),
]
for i, (n, s, u, p) in enumerate(gizi, 1):
    add(SSH, f"1.1.7.01.03.01.{i:03d}", "bahan_makanan", n, s, u, p, G)

G = "LINEN DAN BAHAN LAUNDRY RUMAH SAKIT"
linen = [
    ("Sprei Pasien", "Katun, 120 x 200 cm, putih", "Lembar", 125000),
    ("Sarung Bantal Pasien", "Katun, putih", "Lembar", 35000),
    ("Selimut Pasien", "Katun flanel, 150 x 200 cm", "Lembar", 165000),
    ("Baju Pasien", "Katun, setelan", "Stel", 145000),
    ("Handuk", "70 x 140 cm", "Lembar", 68000),
    ("Kantong Linen Infeksius", "Plastik kuning, 90 x 120 cm", "Pak isi 50", 135000),
    
]
for i, (n, s, u, p) in enumerate(linen, 1):
    add(SSH, f"1.1.7.01.03.02.{i:03d}", "linen", n, s, u, p, G)
add(SSH, "1.3.2.28.01.01.001", "modal", "Troli Linen", "Stainless, 3 kantong", "Unit", 4850000, "BELANJA MODAL - PERALATAN DAN MESIN")

G = "BAHAN ARSIP DAN PRESERVASI"
arsip = [
    ("Boks Arsip (Archival Box)", "Karton bebas asam, 37 x 10 x 27 cm", "Buah", 38500),
    ("Boks Arsip (Archival Box)", "Karton gelombang biasa, 37 x 10 x 27 cm", "Buah", 17500),
    ("Folder Arsip Bebas Asam", "Folio, 250 gram", "Lembar", 4500),
    ("Kertas Tisu Jepang", "Untuk restorasi, 9 gram/m2", "Lembar", 28500),
    ("Lem CMC (Carboxymethyl Cellulose)", "Bubuk", "Kg", 215000),
    ("Silica Gel", "Sachet 100 gram", "Pak isi 20", 65000),
    ("Kamper / Kapur Barus Anti Rayap", "Kemasan 500 gram", "Bungkus", 24500),
    ("Label Boks Arsip", "Stiker vinyl, 10 x 5 cm", "Lembar", 1500),
    ("Masker Medis", "3 ply, earloop", "Box isi 50", 38000),
    ("Sarung Tangan Nitril", "Ukuran M", "Box isi 100", 98000),
]
for i, (n, s, u, p) in enumerate(arsip, 1):
    add(SSH, f"1.1.7.01.04.01.{i:03d}", "bahan_lain", n, s, u, p, G)

G = "BAHAN BAKAR"
bbm = [
    ("Bensin (Pertalite)", "RON 90", "Liter", 10000),
    ("Bensin (Pertamax)", "RON 92", "Liter", 12950),
    ("Solar (Dexlite)", "CN 51", "Liter", 13300),
    ("Oli Mesin 2 Tak", "1 liter", "Botol", 58000),
]
for i, (n, s, u, p) in enumerate(bbm, 1):
    add(SSH, f"1.1.7.01.01.07.{i:03d}", "bbm", n, s, u, p, G)

G = "LAIN-LAIN"
lain = [
    ("Karangan Bunga Papan", "Ucapan, ukuran 2 x 1,25 m", "Buah", 750000),
    ("Parsel / Bingkisan Hari Raya", "Paket sembako", "Paket", 350000),
    ("Air Mineral Galon", "Isi ulang 19 liter", "Galon", 22000),
    ("Air Mineral Botol", "600 ml", "Dus isi 24", 52000),
    ("Air Mineral Gelas", "240 ml", "Dus isi 48", 32000),
]
for i, (n, s, u, p) in enumerate(lain, 1):
    add(SSH, f"1.1.7.01.09.01.{i:03d}", "bahan_lain", n, s, u, p, G)

# ---------------- SSH2 (sector goods, csv) ----------------
G = "PERALATAN DAN BAHAN PERIKANAN"
ikan = [
    ("Jaring Insang (Gillnet)", "Monofilamen, mesh 2 inch, 100 m", "Pis", 485000),
    ("Jaring Insang (Gillnet)", "Monofilamen, mesh 3 inch, 100 m", "Pis", 525000),
    ("Jala Tebar", "Nilon, diameter 4 m", "Buah", 385000),
    ("Pancing Rawai Set", "Tali utama PA 200 m, 100 mata", "Set", 275000),
    ("Cool Box / Kotak Pendingin Ikan", "Fiberglass 100 liter", "Buah", 1850000),
    ("Cool Box / Kotak Pendingin Ikan", "Styrofoam 60 liter", "Buah", 165000),
    ("Life Jacket (Pelampung Keselamatan)", "Standar SOLAS, dewasa", "Buah", 285000),
    ("Ring Buoy (Pelampung Lingkar)", "Diameter 70 cm, dengan tali 30 m", "Buah", 425000),
    ("GPS Fish Finder", "Layar 5 inch, transduser", "Unit", 6850000),
    ("Benih Ikan Nila", "Ukuran 5-7 cm", "Ekor", 350),
    ("Benih Ikan Nila", "Ukuran 8-10 cm", "Ekor", 600),
    ("Benih Ikan Lele", "Ukuran 7-9 cm", "Ekor", 250),
    ("Benih Ikan Patin", "Ukuran 2 inch", "Ekor", 400),
    ("Benih Ikan Gurami", "Ukuran 5-7 cm", "Ekor", 1500),
    ("Pakan Ikan Apung", "Protein 30%, sak 30 kg", "Sak", 365000),
    ("Pakan Ikan Apung", "Protein 38%, sak 30 kg (starter)", "Sak", 485000),
    ("Pakan Ikan Tenggelam", "Protein 28%, sak 30 kg", "Sak", 335000),
    ("Kapur Pertanian (Dolomit)", "Karung 50 kg", "Karung", 65000),
    ("Probiotik Budidaya Ikan", "Cair, 1 liter", "Botol", 95000),
    ("Terpal Kolam", "A12, 4 x 6 m", "Lembar", 465000),
    ("Aerator / Pompa Udara", "Kolam, 60 watt, 2 lubang", "Unit", 385000),
    ("Waring / Hapa", "Ukuran 2 x 1 x 1 m", "Buah", 95000),
    ("Timbangan Gantung Digital", "Kapasitas 50 kg", "Buah", 185000),
    ("Es Balok", "Ukuran 25 kg", "Balok", 25000),
    ("Alat Ukur Kualitas Air (pH meter)", "Digital, portabel", "Buah", 465000),
]
for i, (n, s, u, p) in enumerate(ikan, 1):
    add(SSH2, f"2.9.1.01.{i:03d}", "bahan_lain", n, s, u, p, G)

G = "PERALATAN DAN LOGISTIK KEBENCANAAN"
bencana = [
    ("Tenda Pleton", "Ukuran 6 x 14 m, terpal PVC", "Unit", 28500000),
    ("Tenda Keluarga", "Ukuran 3 x 4 m", "Unit", 3250000),
    ("Velbed / Tempat Tidur Lipat", "Rangka aluminium", "Buah", 685000),
    ("Matras / Tikar Pengungsi", "Busa, 180 x 60 cm", "Lembar", 75000),
    ("Selimut Pengungsi", "Polar fleece, 150 x 200 cm", "Lembar", 65000),
    ("Family Kit", "Perlengkapan mandi, 1 KK", "Paket", 285000),
    ("Kidsware / Perlengkapan Anak", "Paket sekolah dan mainan", "Paket", 225000),
    ("Makanan Siap Saji (Ready Meal)", "Kemasan 1 porsi", "Bungkus", 38500),
    ("Mie Instan", "Kemasan dus isi 40", "Dus", 118000),
    ("Karung Pasir (Sandbag)", "Karung plastik 50 kg, kosong", "Lembar", 4500),
    ("Gergaji Mesin (Chainsaw)", "Bar 20 inch", "Unit", 6850000),
    ("Pompa Air Apung / Pompa Alkon", "3 inch, bensin", "Unit", 4250000),
    ("Megaphone / Toa Tangan", "25 watt, rechargeable", "Buah", 425000),
    ("Helm SAR", "Standar rescue", "Buah", 485000),
    ("Rompi Pelampung Rescue", "Orange, standar SAR", "Buah", 335000),
    ("Tali Kernmantel", "Statik 11 mm, 50 m", "Roll", 1650000),
    ("Kotak P3K", "Lengkap dengan isi, tipe A", "Set", 485000),
    ("Rambu Peringatan Bencana", "Plat aluminium 60 x 60 cm, tiang 3 m", "Buah", 1250000),
    ("Papan Jalur Evakuasi", "Plat aluminium 40 x 60 cm, reflektif, tiang", "Buah", 975000),
    ("Sirine Peringatan Dini (Manual)", "Engkol, jangkauan 1 km", "Unit", 2450000),
    ("Tandon / Tangki Air", "Plastik, 2.200 liter", "Buah", 3150000),
    ("Sandal Jepit", "Dewasa", "Pasang", 15000),
]
for i, (n, s, u, p) in enumerate(bencana, 1):
    add(SSH2, f"2.9.2.01.{i:03d}", "bahan_lain", n, s, u, p, G)

# ---------------- SBU (services) ----------------
G = "HONORARIUM"
honor = [
    ("Honorarium Narasumber Eselon II / Setara", "Per jam pelajaran", "OJ", 1000000),
    ("Honorarium Narasumber Eselon III / Setara", "Per jam pelajaran", "OJ", 900000),
    ("Honorarium Narasumber Eselon IV / Praktisi", "Per jam pelajaran", "OJ", 800000),
    ("Honorarium Narasumber Non-ASN / Akademisi", "Per jam pelajaran", "OJ", 900000),
    ("Honorarium Moderator", "Per kegiatan", "OK", 700000),
    ("Honorarium Pembawa Acara (MC)", "Per kegiatan", "OK", 400000),
    ("Honorarium Panitia Pelaksana Kegiatan - Ketua", "Per orang per kegiatan", "OK", 450000),
    ("Honorarium Panitia Pelaksana Kegiatan - Anggota", "Per orang per kegiatan", "OK", 300000),
    ("Honorarium Tim Pelaksana Kegiatan - Ketua", "Per orang per bulan", "OB", 750000),
    ("Honorarium Tim Pelaksana Kegiatan - Anggota", "Per orang per bulan", "OB", 500000),
    ("Honorarium Penyuluh / Pendamping Lapangan Non-ASN", "Per orang per hari", "OH", 250000),
    ("Honorarium Instruktur / Pelatih Teknis", "Per jam pelatihan", "OJ", 450000),
]
for i, (n, s, u, p) in enumerate(honor, 1):
    add(SBU, f"SBU.01.{i:02d}", "honor", n, s, u, p, G)

G = "PERJALANAN DINAS"
perj = [
    ("Uang Harian Perjalanan Dinas Dalam Kota (> 8 jam)", "Dalam wilayah Kota Samarinda", "OH", 170000),
    ("Uang Harian Perjalanan Dinas Luar Kota Dalam Provinsi", "Kab/Kota di Kalimantan Timur", "OH", 380000),
    ("Uang Harian Perjalanan Dinas Luar Provinsi - Jakarta", "DKI Jakarta", "OH", 530000),
    ("Uang Harian Perjalanan Dinas Luar Provinsi - Surabaya", "Jawa Timur", "OH", 410000),
    ("Uang Harian Perjalanan Dinas Luar Provinsi - Makassar", "Sulawesi Selatan", "OH", 430000),
    ("Biaya Penginapan Luar Provinsi - Jakarta (Eselon III/IV, Gol. III)", "Per malam", "OH", 992000),
    ("Biaya Penginapan Luar Provinsi - Surabaya (Eselon III/IV, Gol. III)", "Per malam", "OH", 1050000),
    ("Biaya Penginapan Dalam Provinsi - Balikpapan (Eselon III/IV, Gol. III)", "Per malam", "OH", 850000),
    ("Tiket Pesawat Samarinda (AAP) - Jakarta PP", "Kelas ekonomi", "OK", 3850000),
    ("Tiket Pesawat Samarinda (AAP) - Surabaya PP", "Kelas ekonomi", "OK", 2950000),
    ("Tiket Pesawat Samarinda (AAP) - Makassar PP", "Kelas ekonomi", "OK", 2650000),
    ("Transport Darat Samarinda - Balikpapan PP", "Kendaraan umum / travel", "OK", 450000),
    ("Transport Lokal / Taksi Bandara", "Per orang sekali jalan", "OK", 150000),
    ("Transport Peserta Kegiatan Dalam Kota", "Per orang per kegiatan", "OK", 100000),
    ("Transport Peserta Kegiatan Kelurahan Pesisir (Perahu)", "Per orang per kegiatan", "OK", 150000),
]
for i, (n, s, u, p) in enumerate(perj, 1):
    add(SBU, f"SBU.02.{i:02d}", "perjadin", n, s, u, p, G)

G = "KONSUMSI RAPAT DAN KEGIATAN"
mamin = [
    ("Makan Rapat / Kegiatan", "Nasi kotak, per orang", "Kotak", 45000),
    ("Snack / Kudapan Rapat", "Per orang, 2 jenis kue", "Kotak", 20000),
    ("Makan Prasmanan Kegiatan", "Per orang", "Porsi", 65000),
    ("Makan Jamuan Tamu (VIP)", "Per orang", "Porsi", 120000),
    ("Kudapan Jamuan Tamu", "Per orang", "Kotak", 35000),
    ("Makan Petugas Lapangan / Piket", "Nasi bungkus, per orang", "Bungkus", 30000),
    ("Makan Siap Saji Dapur Umum", "Per porsi", "Porsi", 25000),
    ("Minuman Rapat / Coffee Break", "Per orang", "Gelas", 12000),
]
for i, (n, s, u, p) in enumerate(mamin, 1):
    add(SBU, f"SBU.03.{i:02d}", "mamin", n, s, u, p, G)

G = "SEWA"
sewa = [
    ("Sewa Ruang Pertemuan Hotel (Full Board)", "Paket per orang per hari", "OH", 475000),
    ("Sewa Ruang Pertemuan Hotel (Half Day)", "Paket per orang", "OK", 285000),
    ("Sewa Gedung Pertemuan", "Kapasitas 300 orang, per hari", "Hari", 6500000),
    ("Sewa Tenda Kerucut", "Ukuran 5 x 5 m, per hari", "Unit", 650000),
    ("Sewa Tenda Dekorasi", "Ukuran 6 x 12 m, per hari", "Unit", 2250000),
    ("Sewa Kursi Lipat Futura", "Dengan sarung, per hari", "Buah", 8500),
    ("Sewa Sound System", "Daya 5.000 watt, per hari", "Unit", 2750000),
    ("Sewa Kendaraan Roda 4 (Minibus) Termasuk Driver & BBM", "Per hari", "Unit", 950000),
    ("Sewa Kendaraan Roda 4 (Double Cabin) Termasuk Driver & BBM", "Per hari", "Unit", 1450000),
    ("Sewa Bus 45 Seat", "Per hari, termasuk BBM", "Unit", 3850000),
    ("Sewa Perahu Motor / Speedboat", "Kapasitas 10 orang, per hari, termasuk BBM", "Unit", 2850000),
    ("Sewa Perahu Klotok", "Kapasitas 15 orang, per hari", "Unit", 1250000),
    ("Sewa LCD Projector dan Layar", "Per hari", "Unit", 450000),
    ("Sewa Genset", "20 KVA, per hari, termasuk BBM", "Unit", 2650000),
    ("Sewa Panggung", "Ukuran 6 x 8 m, per hari", "Unit", 3850000),
]
for i, (n, s, u, p) in enumerate(sewa, 1):
    add(SBU, f"SBU.04.{i:02d}", "sewa", n, s, u, p, G)

G = "JASA LAINNYA"
jasa = [
    ("Jasa Dokumentasi Kegiatan (Foto & Video)", "Per kegiatan, termasuk editing", "Paket", 2500000),
    ("Jasa Publikasi Media Cetak (Iklan Koran)", "1/4 halaman, hitam putih", "Kali", 4500000),
    ("Jasa Penayangan Iklan Layanan Masyarakat Radio", "Spot 60 detik", "Spot", 150000),
    ("Jasa Tenaga Kebersihan (Cleaning Service)", "Per orang per bulan", "OB", 3650000),
    ("Jasa Tenaga Keamanan (Satpam)", "Per orang per bulan", "OB", 3850000),
    ("Jasa Alih Media / Digitalisasi Arsip", "Scan & indexing, per lembar", "Lembar", 1500),
    ("Jasa Fumigasi Ruang Arsip", "Per m2", "M2", 45000),
    ("Jasa Servis / Pemeliharaan AC", "Cuci AC split, per unit", "Unit", 125000),
    ("Jasa Servis Mesin Cuci Industri", "Per unit per kali, termasuk sparepart ringan", "Unit", 2850000),
    ("Jasa Uji Laboratorium Sampel Makanan", "Per sampel (mikrobiologi)", "Sampel", 385000),
    ("Jasa Pengiriman Dokumen / Kurir", "Dalam kota, per paket", "Paket", 25000),
    ("Jasa Penerjemah / Juru Bahasa Isyarat", "Per jam", "OJ", 350000),
]
for i, (n, s, u, p) in enumerate(jasa, 1):
    add(SBU, f"SBU.05.{i:02d}", "jasa", n, s, u, p, G)
