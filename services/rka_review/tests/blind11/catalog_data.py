# Catalogue data for the blind RKA-review set (written blind, 2026-12-03). Fictional but plausible.
# key: (category, name, spec, unit, price)
SSH_CATS = [
 ("A", "ALAT TULIS KANTOR", "1.1.7.01.01.01", [
  ("kertas_a4", "Kertas HVS", "A4, 70 gram", "Rim", 52000),
  ("kertas_f4", "Kertas HVS", "F4/Folio, 70 gram", "Rim", 58000),
  ("pulpen", "Pulpen gel", "0,5 mm, tinta hitam", "Buah", 4500),
  ("map", "Map snelhecter plastik", "ukuran folio", "Buah", 3500),
  ("ordner", "Ordner", "folio, punggung 7 cm", "Buah", 38000),
  ("spidol", "Spidol whiteboard", "isi ulang, warna hitam/biru", "Buah", 9500),
 ]),
 ("B", "BAHAN KOMPUTER", "1.1.7.01.01.02", [
  ("toner", "Toner printer laser", "tipe 85A / setara", "Buah", 950000),
  ("tinta", "Tinta printer ink tank", "botol 70 ml", "Botol", 95000),
  ("flashdisk", "Flashdisk", "USB 3.0, 32 GB", "Buah", 95000),
 ]),
 ("C", "BAHAN CETAK DAN PENGGANDAAN", "1.1.7.01.01.03", [
  ("fotokopi", "Penggandaan / fotokopi", "A4, hitam putih", "Lembar", 300),
  ("jilid", "Penjilidan", "soft cover, lakban", "Eksemplar", 15000),
  ("spanduk", "Spanduk / banner", "flexi 280 gram, cetak full color", "M2", 35000),
  ("xbanner", "X-banner", "60 x 160 cm, termasuk rangka", "Buah", 175000),
  ("leaflet", "Leaflet", "A4 lipat 3, art paper 120 gr, 2 sisi full color", "Lembar", 1500),
  ("sertifikat", "Cetak sertifikat / piagam", "A4, art carton 260 gr", "Lembar", 6000),
 ]),
 ("D", "BAHAN BAKAR DAN PELUMAS", "1.1.7.01.01.04", [
  ("pertalite", "Bensin Pertalite", "RON 90", "Liter", 10000),
  ("solar", "Solar / Biosolar", "B35", "Liter", 6800),
  ("oli", "Oli mesin diesel", "SAE 15W-40", "Liter", 78000),
 ]),
 ("E", "BAHAN KEBERSIHAN", "1.1.7.01.01.05", [
  ("kantong", "Kantong plastik sampah", "hitam, 60 x 100 cm, isi 10 lembar", "Pak", 18000),
  ("sapu_lidi", "Sapu lidi", "bergagang kayu", "Buah", 20000),
  ("tong", "Tong sampah plastik beroda", "kapasitas 120 liter, bertutup", "Buah", 1150000),
  ("brush_cutter", "Mesin potong rumput (brush cutter)", "2 tak, 1,5 HP, gendong samping", "Unit", 3200000),
 ]),
 ("F", "OBAT DAN BAHAN MEDIS HABIS PAKAI", "1.1.7.01.01.06", [
  ("tab_fe", "Tablet tambah darah (Fe)", "60 mg + asam folat 0,4 mg, strip isi 10 tablet", "Strip", 6500),
  ("hb_strip", "Strip tes hemoglobin (Hb)", "tabung isi 25 strip", "Tabung", 250000),
  ("masker", "Masker medis", "3 ply, kotak isi 50", "Kotak", 35000),
  ("glove", "Sarung tangan lateks pemeriksaan", "non steril, kotak isi 100", "Kotak", 85000),
  ("swab", "Alcohol swab", "kotak isi 100", "Kotak", 25000),
  ("spuit", "Spuit / disposable syringe 3 cc", "box isi 100", "Box", 180000),
  ("pmt", "Paket makanan tambahan (PMT) lokal balita", "1 porsi, menu gizi seimbang", "Porsi", 15000),
 ]),
 ("G", "ALAT KESEHATAN", "1.3.2.03.01.01", [
  ("timb_bayi", "Timbangan bayi digital", "kapasitas 20 kg, ketelitian 10 g", "Unit", 850000),
  ("timb_dewasa", "Timbangan badan digital dewasa", "kapasitas 150 kg", "Unit", 450000),
  ("infanto", "Alat ukur panjang badan bayi (infantometer)", "papan, skala 0-100 cm", "Unit", 650000),
 ]),
 ("H", "BAHAN BANGUNAN DAN KONSTRUKSI", "1.1.7.01.01.07", [
  ("semen", "Semen portland", "kemasan 50 kg", "Zak", 78000),
  ("pasir", "Pasir pasang", "lokal Mahakam", "M3", 310000),
  ("split", "Batu split", "ukuran 2/3", "M3", 485000),
  ("besi10", "Besi beton polos", "diameter 10 mm, panjang 12 m", "Batang", 98000),
  ("aspal", "Aspal minyak", "penetrasi 60/70", "Kg", 14500),
  ("cat_marka", "Cat marka jalan thermoplastic", "warna putih/kuning, reflektif", "Kg", 38000),
  ("pipa4", "Pipa PVC", "4 inci, kelas AW, panjang 4 m", "Batang", 215000),
  ("ulin", "Kayu ulin", "5 x 10 cm, panjang 4 m", "Batang", 210000),
 ]),
 ("I", "PAKAIAN DAN PERLENGKAPAN KERJA", "1.1.7.01.01.08", [
  ("pdl", "Pakaian dinas lapangan (PDL)", "bahan drill, 1 stel", "Stel", 425000),
  ("rompi", "Rompi reflektor petugas", "scotchlight 5 cm", "Buah", 95000),
  ("kaos_or", "Kaos olahraga dan celana training", "bahan dry-fit, sablon", "Stel", 225000),
  ("boot", "Sepatu boot karet", "tinggi 35 cm", "Pasang", 135000),
  ("topi", "Topi lapangan", "bordir logo", "Buah", 55000),
 ]),
 ("J", "PERLENGKAPAN LALU LINTAS", "1.3.2.02.01.09", [
  ("cone", "Traffic cone", "tinggi 70 cm, 2 ring reflektor", "Buah", 165000),
  ("rambu", "Rambu lalu lintas", "daun rambu diameter 60 cm, tiang galvanis 2 inci", "Unit", 1750000),
  ("barrier", "Water barrier", "plastik HDPE, panjang 1,8 m", "Buah", 1350000),
 ]),
 ("K", "BAHAN PERTANIAN DAN PENGHIJAUAN", "1.1.7.01.01.09", [
  ("trembesi", "Bibit trembesi", "tinggi 1-1,5 m, polybag", "Batang", 35000),
  ("mangrove", "Bibit mangrove (Rhizophora sp.)", "polybag, tinggi 40-60 cm", "Batang", 5000),
  ("pupuk", "Pupuk kandang", "karung 25 kg", "Karung", 25000),
 ]),
 ("L", "PERLENGKAPAN ACARA DAN CENDERAMATA", "1.1.7.01.01.10", [
  ("bunga", "Karangan bunga papan", "ukuran 2 x 1,25 m", "Buah", 750000),
  ("plakat", "Plakat akrilik", "dengan kotak beludru", "Buah", 325000),
  ("tas", "Tas seminar", "kain blacu, sablon 1 warna", "Buah", 45000),
 ]),
 ("M", "PERALATAN DAN MESIN (ASET)", "1.3.2.05", [
  ("laptop", "Laptop / notebook", "Core i5 gen 12 / setara, RAM 8 GB, SSD 512 GB, 14 inci", "Unit", 12500000),
  ("printer", "Printer ink tank", "A4, print/scan/copy", "Unit", 3250000),
  ("proyektor", "LCD proyektor", "3.600 lumen, XGA", "Unit", 7800000),
  ("ac2pk", "AC split", "2 PK, termasuk instalasi", "Unit", 9300000),
  ("kursi_kerja", "Kursi kerja staf", "beroda, sandaran jaring", "Buah", 1150000),
  ("lemari", "Lemari arsip besi", "4 laci, folio", "Buah", 3400000),
  ("kamera", "Kamera digital mirrorless", "24 MP, lensa kit 15-45 mm", "Unit", 11500000),
  ("motor", "Sepeda motor", "125 cc, matic/bebek", "Unit", 24500000),
  ("meja_siswa", "Meja dan kursi siswa SD", "1 set (1 meja + 1 kursi), kayu/besi", "Set", 1150000),
  ("papan_tulis", "Papan tulis whiteboard", "120 x 240 cm, rangka aluminium", "Buah", 1350000),
 ]),
]

# SBU: section title, rows (key, uraian, satuan, besaran, keterangan)
SBU_SECTIONS = [
 ("I. HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN TIM", [
  ("nars_es2", "Narasumber setingkat Pejabat Eselon II / JPT Pratama", "OJ", 1000000, "per orang per jam"),
  ("nars_es3", "Narasumber setingkat Eselon III ke bawah / ASN lainnya", "OJ", 800000, "per orang per jam"),
  ("nars_non", "Narasumber non-ASN / praktisi / akademisi", "OJ", 900000, "per orang per jam"),
  ("moderator", "Moderator", "OK", 700000, "per orang per kali"),
  ("mc", "Pembawa acara", "OK", 400000, "per orang per kali"),
  ("juri", "Juri / penilai lomba", "OK", 600000, "per orang per kegiatan"),
  ("tim_anggota", "Honorarium tim pelaksana kegiatan - anggota", "OB", 500000, "per orang per bulan"),
 ]),
 ("II. UANG HARIAN PERJALANAN DINAS", [
  ("uh_dk", "Perjalanan dinas dalam kota lebih dari 8 jam", "OH", 150000, "Kota Samarinda"),
  ("uh_kaltim", "Luar kota dalam Provinsi Kalimantan Timur", "OH", 380000, ""),
  ("uh_dki", "Luar provinsi - DKI Jakarta", "OH", 530000, ""),
  ("uh_jatim", "Luar provinsi - Jawa Timur", "OH", 410000, ""),
 ]),
 ("III. BIAYA PENGINAPAN", [
  ("hotel_dki", "Penginapan DKI Jakarta (Eselon III/IV, Gol. III ke bawah)", "OM", 1490000, "per orang per malam"),
  ("hotel_kaltim", "Penginapan dalam Provinsi Kalimantan Timur", "OM", 1050000, "per orang per malam"),
 ]),
 ("IV. TIKET PESAWAT PULANG PERGI (EKONOMI)", [
  ("tiket_jkt", "Balikpapan/Samarinda - Jakarta PP", "Orang/PP", 4200000, "kelas ekonomi"),
  ("tiket_sby", "Balikpapan/Samarinda - Surabaya PP", "Orang/PP", 3300000, "kelas ekonomi"),
 ]),
 ("V. KONSUMSI RAPAT DAN KEGIATAN", [
  ("nasi", "Makan (nasi kotak)", "OK", 45000, "per orang per kali"),
  ("snack", "Kudapan / snack", "OK", 20000, "per orang per kali"),
  ("air", "Air mineral gelas 220 ml", "Dus", 28000, "isi 48 gelas"),
  ("transport_peserta", "Uang transport peserta dalam kota", "OK", 100000, "non-ASN, per orang per kali"),
 ]),
 ("VI. SEWA", [
  ("sewa_minibus", "Sewa kendaraan roda 4 minibus (tanpa BBM dan pengemudi)", "Unit/Hari", 750000, ""),
  ("sewa_pickup", "Sewa kendaraan pick up / bak terbuka", "Unit/Hari", 600000, "termasuk pengemudi"),
  ("sewa_bus", "Sewa bus sedang 30 seat", "Unit/Hari", 2400000, "termasuk pengemudi"),
  ("sewa_gedung", "Sewa gedung / aula pertemuan kapasitas s.d. 300 orang", "Hari", 6000000, ""),
  ("sewa_tenda", "Sewa tenda sarnafil 5 x 10 m", "Unit/Hari", 1500000, "termasuk pasang/bongkar"),
  ("sewa_sound", "Sewa sound system 2.000 watt", "Paket/Hari", 1500000, "termasuk operator"),
  ("sewa_kursi", "Sewa kursi futura + sarung", "Buah/Hari", 8000, ""),
  ("sewa_exca", "Sewa excavator 20 ton (PC 200) termasuk operator", "Jam", 550000, "belum termasuk BBM"),
  ("sewa_dump", "Sewa dump truck 8 m3 termasuk pengemudi", "Unit/Hari", 1600000, "belum termasuk BBM"),
 ]),
 ("VII. UPAH TENAGA KERJA HARIAN", [
  ("pekerja", "Pekerja / buruh harian", "OH", 140000, ""),
  ("tukang", "Tukang (batu/kayu/besi/cat)", "OH", 160000, ""),
  ("mandor", "Mandor", "OH", 180000, ""),
 ]),
]

CAT = {}
for letter, cname, code, items in SSH_CATS:
    for i, (k, n, s, u, p) in enumerate(items, 1):
        CAT[k] = dict(name=n, spec=s, unit=u, price=p, src="SSH", code=f"{code}.{i:03d}")
for sec, rows in SBU_SECTIONS:
    for k, n, u, p, ket in rows:
        CAT[k] = dict(name=n, spec=ket, unit=u, price=p, src="SBU", code="")
