# Catalogue data for review28 (invented, realistic). Imported by generate.py only.
# Accounts (Permendagri 90/2019-style kode rekening, TA 2027)
ACC = {
 "atk":     ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
 "kertas":  ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
 "cetak":   ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
 "komp":    ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
 "listrik": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
 "bersih":  ("5.1.02.01.01.0032", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Kebersihan dan Bahan Pembersih"),
 "kantorlain": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya"),
 "bbm":     ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
 "bahanlain": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
 "bangunan": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
 "kimia":   ("5.1.02.01.01.0005", "Belanja Bahan-Bahan Kimia"),
 "praktik": ("5.1.02.01.01.0013", "Belanja Bahan-Bahan Praktik/Pelatihan"),
 "pakaian": ("5.1.02.01.01.0076", "Belanja Pakaian Kerja dan Alat Pelindung Diri"),
 "pakaian_khusus": ("5.1.02.01.01.0078", "Belanja Pakaian Khusus Hari-hari Tertentu"),
 "kaos":    ("5.1.02.01.01.0079", "Belanja Pakaian Olahraga"),
 "mamin":   ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
 "jamuan":  ("5.1.02.01.01.0053", "Belanja Makanan dan Minuman Jamuan Tamu"),
 "mamin_lap": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan/Kegiatan Lapangan"),
 "hon_narsum": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
 "hon_tim": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
 "hon_instr": ("5.1.02.02.01.0006", "Honorarium Penyelenggara/Instruktur Pelatihan"),
 "jasa_bersih": ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Kebersihan"),
 "jasa_aman": ("5.1.02.02.01.0014", "Belanja Jasa Tenaga Keamanan"),
 "jasa_teknis": ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Teknis Lainnya"),
 "jasa_dok": ("5.1.02.02.01.0037", "Belanja Jasa Dokumentasi dan Publikasi"),
 "jasa_cetak": ("5.1.02.02.01.0026", "Belanja Jasa Penggandaan dan Penjilidan"),
 "jasa_sertif": ("5.1.02.02.01.0048", "Belanja Jasa Uji Kompetensi/Sertifikasi"),
 "transport_peserta": ("5.1.02.02.01.0055", "Belanja Uang Transport Peserta Kegiatan"),
 "internet": ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan"),
 "sewa_mobil": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
 "sewa_barang": ("5.1.02.02.04.0036" if False else "5.1.02.02.05.0052", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan"),
 "sewa_gedung": ("5.1.02.02.06.0005", "Belanja Sewa Gedung Pertemuan"),
 "pem_ac":  ("5.1.02.03.02.0117", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin"),
 "pd_biasa": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
 "pd_dalam": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
 "pd_meeting": ("5.1.02.04.01.0004", "Belanja Perjalanan Dinas Paket Meeting Dalam Kota"),
 "m_pc":    ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
 "m_perikom": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Personal Computer"),
 "m_mebel": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
 "m_dingin": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
 "m_kantorlain": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
 "m_studio": ("5.2.02.06.01.0002", "Belanja Modal Peralatan Studio Video dan Film"),
 "m_audio": ("5.2.02.06.01.0001", "Belanja Modal Peralatan Studio Audio"),
 "m_bengkel": ("5.2.02.07.01.0003", "Belanja Modal Alat Bengkel Bermesin (Mesin Produksi/Pelatihan)"),
 "m_lab":   ("5.2.02.08.01.0010", "Belanja Modal Alat Laboratorium Umum"),
 "m_rt":    ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
 "lisensi": ("5.1.02.02.10.0003", "Belanja Sewa Software/Lisensi Aplikasi"),
 "jasa_ahli": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Ahli"),
 "ekspedisi": ("5.1.02.02.01.0067", "Belanja Jasa Pengiriman Barang (Ekspedisi)"),
 "lab":     ("5.1.02.02.01.0042", "Belanja Jasa Pengujian Laboratorium dan Kalibrasi"),
 "pem_apar": ("5.1.02.03.02.0291", "Belanja Pemeliharaan Alat Keselamatan Kerja-Alat Pemadam Kebakaran"),
 "acara":   ("5.1.02.02.01.0052", "Belanja Jasa Penyelenggaraan Acara"),
 "dibagikan": ("5.1.02.01.01.0069", "Belanja Barang untuk Dibagikan kepada Peserta/Masyarakat"),
 "m_komunikasi": ("5.2.02.09.01.0003", "Belanja Modal Alat Komunikasi Radio"),
 "m_ukur":  ("5.2.02.03.03.0017", "Belanja Modal Alat Timbangan/Ukur"),
 "sewa_angkut": ("5.1.02.02.04.0037", "Belanja Sewa Kendaraan Bermotor Angkutan Barang"),
 "lalin":   ("5.1.02.01.01.0044", "Belanja Bahan-Perlengkapan Lalu Lintas dan Perparkiran"),
 "m_penyimpan": ("5.2.02.05.01.0004", "Belanja Modal Alat Penyimpan Perlengkapan Kantor"),
}

# Blatantly wrong account for each correct account (used for ACCOUNT_MISMATCH)
WRONG = {
 "atk": ["m_kantorlain", "bbm"], "kertas": ["bbm", "m_kantorlain"], "cetak": ["bbm", "hon_tim"],
 "komp": ["kimia", "m_pc"], "listrik": ["mamin", "m_dingin"], "bersih": ["m_rt", "mamin"],
 "kantorlain": ["bbm"], "bbm": ["atk", "kertas"], "bahanlain": ["bbm"], "bangunan": ["mamin"],
 "kimia": ["atk"], "praktik": ["m_bengkel", "bbm"], "pakaian": ["bbm", "kertas"], "kaos": ["kertas"], "pakaian_khusus": ["kertas", "bbm"],
 "mamin": ["pd_biasa", "bbm", "atk"], "jamuan": ["pd_biasa", "sewa_gedung"], "mamin_lap": ["atk", "pd_biasa"],
 "hon_narsum": ["jasa_bersih", "atk", "sewa_gedung"], "hon_tim": ["jasa_aman", "cetak"],
 "hon_instr": ["kertas", "sewa_mobil"], "jasa_bersih": ["bersih", "hon_narsum"], "jasa_aman": ["pakaian", "hon_narsum"],
 "jasa_teknis": ["atk", "m_kantorlain"], "jasa_dok": ["m_studio", "bbm"], "jasa_cetak": ["m_kantorlain", "bbm"],
 "jasa_sertif": ["kertas", "m_kantorlain"], "transport_peserta": ["bbm", "mamin"], "internet": ["komp", "listrik"],
 "sewa_mobil": ["bbm", "m_kantorlain"], "sewa_barang": ["m_mebel", "m_audio", "atk"], "sewa_gedung": ["bangunan", "m_mebel"],
 "pem_ac": ["m_dingin", "mamin"], "pd_biasa": ["sewa_mobil", "mamin"], "pd_dalam": ["bbm", "hon_tim"],
 "pd_meeting": ["sewa_gedung", "atk"], "m_pc": ["atk", "kertas"], "m_perikom": ["atk", "kertas"], "m_mebel": ["atk", "bersih"],
 "m_dingin": ["listrik", "bersih"], "m_kantorlain": ["atk"], "m_studio": ["atk", "jasa_dok"], "m_audio": ["atk", "sewa_barang"],
 "m_bengkel": ["atk", "praktik"], "m_lab": ["atk"], "m_rt": ["atk"],
 "lisensi": ["atk", "listrik"], "jasa_ahli": ["m_kantorlain", "sewa_gedung"], "ekspedisi": ["mamin", "atk"], "lab": ["m_kantorlain", "bbm"],
 "pem_apar": ["atk", "mamin"], "acara": ["atk", "pd_dalam"], "dibagikan": ["bbm", "hon_tim"], "m_komunikasi": ["atk", "listrik"],
 "m_ukur": ["atk"], "sewa_angkut": ["bbm", "m_kantorlain"], "lalin": ["bbm", "kertas"], "m_penyimpan": ["atk", "bersih"],
}

# SSH (goods). Each: key, category, name, spec, unit, price, account
SSH = []
def s(key, cat, name, spec, unit, price, acc):
    SSH.append(dict(key=key, cat=cat, name=name, spec=spec, unit=unit, price=price, acc=acc))

C = "ALAT TULIS KANTOR"
s("kertas_a4_70", "KERTAS DAN COVER", "Kertas HVS", "A4 70 gsm, isi 500 lembar", "Rim", 52000, "kertas")
s("kertas_a4_80", "KERTAS DAN COVER", "Kertas HVS", "A4 80 gsm, isi 500 lembar", "Rim", 61500, "kertas")
s("kertas_f4_70", "KERTAS DAN COVER", "Kertas HVS", "F4/Folio 70 gsm, isi 500 lembar", "Rim", 56000, "kertas")
s("kertas_f4_80", "KERTAS DAN COVER", "Kertas HVS", "F4/Folio 80 gsm, isi 500 lembar", "Rim", 66000, "kertas")
s("kertas_a3_80", "KERTAS DAN COVER", "Kertas HVS", "A3 80 gsm, isi 500 lembar", "Rim", 128000, "kertas")
s("kertas_a4_warna", "KERTAS DAN COVER", "Kertas HVS Warna", "A4 75 gsm, aneka warna, isi 500 lembar", "Rim", 78000, "kertas")
s("kertas_buffalo", "KERTAS DAN COVER", "Kertas Cover/Buffalo", "A4 200 gsm, isi 100 lembar", "Pak", 48000, "kertas")
s("kertas_foto", "KERTAS DAN COVER", "Kertas Foto Glossy", "A4 230 gsm, isi 20 lembar", "Pak", 42000, "kertas")
s("kertas_foto_a3", "KERTAS DAN COVER", "Kertas Foto Glossy", "A3 230 gsm, isi 20 lembar", "Pak", 85000, "kertas")
s("kertas_linen", "KERTAS DAN COVER", "Kertas Linen/Sertifikat", "A4 220 gsm, isi 50 lembar", "Pak", 55000, "kertas")
s("kertas_ncr", "KERTAS DAN COVER", "Kertas NCR (Rangkap 3)", "9,5 x 11 inch, 1 box isi 500 set", "Box", 465000, "kertas")
s("kertas_label", "KERTAS DAN COVER", "Kertas Label Stiker", "A4 tanpa potongan, isi 50 lembar", "Pak", 62000, "kertas")
s("ballpoint", C, "Ballpoint", "Tinta hitam, 0,7 mm, tutup", "Lusin", 36000, "atk")
s("ballpoint_cetek", C, "Ballpoint Cetek", "Tinta biru, 0,5 mm, klik", "Lusin", 42000, "atk")
s("pulpen_gel", C, "Pulpen Gel", "0,5 mm, tinta hitam", "Lusin", 54000, "atk")
s("pensil_2b", C, "Pensil 2B", "Batang kayu, standar ujian", "Lusin", 30000, "atk")
s("pensil_mekanik", C, "Pensil Mekanik", "0,5 mm", "Buah", 12500, "atk")
s("isi_pensil", C, "Isi Pensil Mekanik", "0,5 mm 2B, tube isi 12", "Tube", 6500, "atk")
s("spidol_wb", C, "Spidol Whiteboard", "Refillable, hitam/biru/merah", "Lusin", 96000, "atk")
s("spidol_permanen", C, "Spidol Permanen", "Ujung bulat, hitam", "Lusin", 108000, "atk")
s("spidol_snowman_kecil", C, "Spidol Permanen Kecil", "Ujung fine 0,5 mm (OHP)", "Lusin", 84000, "atk")
s("stabilo", C, "Stabilo/Highlighter", "Aneka warna", "Lusin", 84000, "atk")
s("tinta_spidol", C, "Tinta Isi Ulang Spidol Whiteboard", "Botol 30 ml", "Botol", 18000, "atk")
s("penghapus_wb", C, "Penghapus Whiteboard", "Magnetik", "Buah", 15000, "atk")
s("penghapus", C, "Penghapus Pensil", "Karet putih kecil", "Kotak", 24000, "atk")
s("tipex_kertas", C, "Correction Tape (Tip-Ex Kertas)", "5 mm x 6 m", "Buah", 9500, "atk")
s("tipex_cair", C, "Correction Pen (Tip-Ex Cair)", "12 ml", "Buah", 8500, "atk")
s("map_plastik", C, "Map Plastik Kancing", "Folio, transparan", "Lusin", 36000, "atk")
s("map_snelhecter", C, "Map Snelhecter Plastik", "Folio, aneka warna", "Lusin", 33000, "atk")
s("map_kertas", C, "Map Kertas Biasa", "Folio, 220 gsm", "Pak", 37500, "atk")
s("map_gantung", C, "Map Gantung (Hanging Folder)", "Folio, untuk filing cabinet", "Lusin", 85000, "atk")
s("stopmap", C, "Stopmap Kertas", "Folio, isi 50", "Pak", 95000, "atk")
s("ordner", C, "Ordner/Bantex", "Folio, punggung 7 cm", "Buah", 38000, "atk")
s("ordner_5", C, "Ordner/Bantex", "A4, punggung 5 cm", "Buah", 34000, "atk")
s("box_file", C, "Box File Plastik", "Folio, punggung 10 cm", "Buah", 27500, "atk")
s("box_arsip", C, "Box Arsip Karton", "Ukuran 37 x 10 x 27 cm", "Buah", 21000, "atk")
s("amplop_coklat_f4", C, "Amplop Coklat", "Ukuran F4/Folio (25 x 35 cm), isi 100", "Pak", 68000, "atk")
s("amplop_coklat_a3", C, "Amplop Coklat Besar", "Ukuran 31 x 41 cm, isi 50", "Pak", 72000, "atk")
s("amplop_putih", C, "Amplop Putih Kop Polos", "No. 110 (110 x 230 mm), isi 100", "Box", 32000, "atk")
s("amplop_putih_90", C, "Amplop Putih", "No. 90 (95 x 152 mm), isi 100", "Box", 24500, "atk")
s("stapler_kecil", C, "Stapler Kecil", "No. 10", "Buah", 22000, "atk")
s("stapler_besar", C, "Stapler Besar", "No. 3, kapasitas 30 lembar", "Buah", 48000, "atk")
s("stapler_jumbo", C, "Stapler Heavy Duty", "Kapasitas 200 lembar", "Buah", 285000, "atk")
s("isi_staples_10", C, "Isi Staples", "No. 10, isi 1000", "Kotak", 3500, "atk")
s("isi_staples_3", C, "Isi Staples", "No. 3 (24/6), isi 1000", "Kotak", 6500, "atk")
s("isi_staples_23", C, "Isi Staples Heavy Duty", "23/13, isi 1000", "Kotak", 24000, "atk")
s("lakban_coklat", C, "Lakban Coklat", "48 mm x 90 yard", "Roll", 15000, "atk")
s("lakban_bening", C, "Lakban Bening", "48 mm x 90 yard", "Roll", 14500, "atk")
s("lakban_hitam", C, "Lakban Kain Hitam", "48 mm x 12 m", "Roll", 18500, "atk")
s("double_tape", C, "Double Tape", "24 mm x 10 m", "Roll", 9500, "atk")
s("double_foam", C, "Double Tape Busa", "24 mm x 5 m", "Roll", 16500, "atk")
s("selotip_kecil", C, "Selotip Bening Kecil", "12 mm x 25 m", "Roll", 3500, "atk")
s("paper_clip", C, "Paper Clip", "No. 3, isi 100", "Kotak", 4500, "atk")
s("binder_105", C, "Binder Clip", "No. 105, isi 12", "Kotak", 6500, "atk")
s("binder_155", C, "Binder Clip", "No. 155, isi 12", "Kotak", 9500, "atk")
s("binder_200", C, "Binder Clip", "No. 200, isi 12", "Kotak", 14500, "atk")
s("binder_260", C, "Binder Clip", "No. 260, isi 12", "Kotak", 24500, "atk")
s("post_it", C, "Kertas Memo Tempel (Sticky Notes)", "3 x 3 inch, 100 lembar", "Pak", 9000, "atk")
s("post_it_index", C, "Sticky Index Plastik", "5 warna, 12 x 45 mm", "Pak", 8500, "atk")
s("cutter_besar", C, "Cutter Besar", "Lebar mata 18 mm", "Buah", 18500, "atk")
s("isi_cutter", C, "Isi Cutter", "18 mm, tube isi 10", "Tube", 12000, "atk")
s("gunting_kantor", C, "Gunting Kantor", "Sedang, 8 inch", "Buah", 16500, "atk")
s("penggaris_besi", C, "Penggaris Besi", "30 cm", "Buah", 9500, "atk")
s("penggaris_60", C, "Penggaris Besi", "60 cm", "Buah", 22500, "atk")
s("tinta_stempel", C, "Tinta Stempel", "Botol 30 ml, ungu/biru", "Botol", 8500, "atk")
s("bak_stempel", C, "Bantalan Stempel (Stamp Pad)", "Ukuran No. 2", "Buah", 21000, "atk")
s("lem_kertas", C, "Lem Kertas Cair", "50 ml", "Buah", 5500, "atk")
s("lem_stick", C, "Lem Stick", "15 gram", "Buah", 8500, "atk")
s("buku_folio", C, "Buku Tulis Folio", "Hard cover, 100 lembar", "Buah", 28000, "atk")
s("buku_agenda", C, "Buku Agenda Surat", "Folio, 200 halaman", "Buah", 42000, "atk")
s("buku_ekspedisi", C, "Buku Ekspedisi", "Kecil, 100 lembar", "Buah", 9500, "atk")
s("buku_tulis", C, "Buku Tulis", "Isi 38 lembar", "Pak", 42000, "atk")
s("papan_klip", C, "Papan Klip (Clipboard)", "Folio, plastik", "Buah", 18500, "atk")
s("papan_wb", C, "Papan Whiteboard", "120 x 240 cm dengan kaki", "Buah", 1450000, "kantorlain")
s("papan_wb_dinding", C, "Papan Whiteboard Dinding", "90 x 120 cm", "Buah", 425000, "kantorlain")
s("kalkulator", C, "Kalkulator", "12 digit, desktop", "Buah", 145000, "atk")
s("pembolong_kertas", C, "Perforator (Pembolong Kertas)", "Kapasitas 30 lembar", "Buah", 45000, "atk")
s("id_card", C, "ID Card + Tali Lanyard", "PVC, tali cetak 2 cm", "Buah", 15000, "atk")
s("name_tag_meja", C, "Papan Nama Meja Akrilik", "Ukuran 20 x 7 cm", "Buah", 45000, "atk")
s("kartu_stok", C, "Kartu Stok Barang", "Kertas manila, isi 100 lembar", "Pak", 45000, "atk")
s("kwitansi", C, "Buku Kwitansi", "Besar, rangkap 2", "Buku", 9500, "atk")
C = "BAHAN KOMPUTER"
s("toner_85a", C, "Toner Printer Laser Hitam", "Setara 85A, kapasitas 1.600 halaman", "Buah", 1150000, "komp")
s("toner_26a", C, "Toner Printer Laser Hitam", "Setara 26A, kapasitas 3.100 halaman", "Buah", 1850000, "komp")
s("toner_compat", C, "Toner Printer Laser Hitam Kompatibel", "Setara 85A, kapasitas 1.600 halaman", "Buah", 285000, "komp")
s("tinta_ink_hitam", C, "Tinta Printer Ink Tank", "Hitam, botol 70 ml", "Botol", 95000, "komp")
s("tinta_ink_warna", C, "Tinta Printer Ink Tank", "Warna (C/M/Y), botol 70 ml", "Botol", 98000, "komp")
s("tinta_ink_hitam_127", C, "Tinta Printer Ink Tank Pigment", "Hitam, botol 127 ml", "Botol", 165000, "komp")
s("cartridge_hitam", C, "Cartridge Inkjet", "Hitam, standar", "Buah", 245000, "komp")
s("cartridge_warna", C, "Cartridge Inkjet", "Tri-color, standar", "Buah", 285000, "komp")
s("fd16", C, "Flashdisk", "16 GB, USB 3.0", "Buah", 75000, "komp")
s("fd32", C, "Flashdisk", "32 GB, USB 3.0", "Buah", 98000, "komp")
s("fd64", C, "Flashdisk", "64 GB, USB 3.0", "Buah", 145000, "komp")
s("fd128", C, "Flashdisk", "128 GB, USB 3.2", "Buah", 235000, "komp")
s("sdcard64", C, "Memory Card MicroSD", "64 GB, Class 10/U3", "Buah", 135000, "komp")
s("sdcard128", C, "Memory Card SDXC", "128 GB, UHS-I U3 V30", "Buah", 325000, "komp")
s("hdd1tb", C, "Harddisk Eksternal", "1 TB, USB 3.0, 2,5 inch", "Buah", 850000, "komp")
s("hdd2tb", C, "Harddisk Eksternal", "2 TB, USB 3.0, 2,5 inch", "Buah", 1250000, "komp")
s("ssd500", C, "SSD Eksternal Portable", "500 GB, USB-C", "Buah", 1150000, "komp")
s("mouse_usb", C, "Mouse Optik", "USB kabel", "Buah", 65000, "komp")
s("mouse_wireless", C, "Mouse Wireless", "2,4 GHz, baterai AA", "Buah", 125000, "komp")
s("keyboard_usb", C, "Keyboard", "USB kabel, standar", "Buah", 125000, "komp")
s("keyboard_mouse_wl", C, "Keyboard + Mouse Wireless", "Set, 2,4 GHz", "Set", 325000, "komp")
s("hdmi3", C, "Kabel HDMI", "Panjang 3 m, v2.0", "Buah", 85000, "komp")
s("hdmi10", C, "Kabel HDMI", "Panjang 10 m, v2.0", "Buah", 250000, "komp")
s("vga5", C, "Kabel VGA", "Panjang 5 m", "Buah", 75000, "komp")
s("utp_cat6", C, "Kabel UTP Cat 6", "Indoor, 23 AWG", "Roll 305 m", 1950000, "komp")
s("utp_cat5e", C, "Kabel UTP Cat 5e", "Indoor, 24 AWG", "Roll 305 m", 1350000, "komp")
s("rj45", C, "Konektor RJ45", "Cat 6, isi 100", "Kotak", 185000, "komp")
s("usb_hub", C, "USB Hub", "4 port, USB 3.0", "Buah", 145000, "komp")
s("converter_hdmi", C, "Konverter HDMI ke VGA", "Dengan audio", "Buah", 95000, "komp")
s("pointer", C, "Laser Pointer Presentasi", "Wireless, USB", "Buah", 185000, "komp")
C = "ALAT LISTRIK"
s("led9", C, "Lampu LED", "9 watt, E27, putih", "Buah", 32000, "listrik")
s("led12", C, "Lampu LED", "12 watt, E27, putih", "Buah", 42000, "listrik")
s("led18", C, "Lampu LED", "18 watt, E27, putih", "Buah", 58000, "listrik")
s("led_tl", C, "Lampu LED Tube (TL)", "18 watt, 120 cm", "Buah", 65000, "listrik")
s("kabel_roll", C, "Kabel Roll", "10 meter, 4 lubang, arde", "Buah", 145000, "listrik")
s("kabel_roll25", C, "Kabel Roll", "25 meter, 4 lubang, arde", "Buah", 265000, "listrik")
s("stop_kontak", C, "Stop Kontak", "4 lubang, kabel 3 m, arde", "Buah", 95000, "listrik")
s("kabel_nym", C, "Kabel NYM", "2 x 1,5 mm2", "Roll 50 m", 485000, "listrik")
s("baterai_aa", C, "Baterai Alkaline", "Ukuran AA, isi 2", "Pak", 18500, "listrik")
s("baterai_aaa", C, "Baterai Alkaline", "Ukuran AAA, isi 2", "Pak", 18000, "listrik")
s("baterai_9v", C, "Baterai Alkaline", "9 volt", "Buah", 38000, "listrik")
s("senter_led", C, "Senter LED Rechargeable", "Daya 10 watt, jangkauan 500 m", "Buah", 185000, "listrik")
s("steker", C, "Steker/Colokan", "Arde", "Buah", 12500, "listrik")
s("terminal_t", C, "Terminal T (Multi Steker)", "3 lubang", "Buah", 18000, "listrik")
C = "PERLENGKAPAN KEBERSIHAN DAN BAHAN PEMBERSIH"
s("sapu_ijuk", C, "Sapu Ijuk", "Gagang kayu", "Buah", 35000, "bersih")
s("sapu_lidi", C, "Sapu Lidi", "Gagang bambu", "Buah", 22000, "bersih")
s("pel", C, "Alat Pel Lantai", "Model putar + ember", "Set", 165000, "bersih")
s("pel_biasa", C, "Alat Pel Lantai", "Tongkat biasa + kain", "Buah", 45000, "bersih")
s("sabun_cair", C, "Sabun Cuci Tangan Cair", "Jerigen 5 liter", "Jerigen", 85000, "bersih")
s("sabun_cair_500", C, "Sabun Cuci Tangan Cair", "Botol pump 500 ml", "Botol", 26500, "bersih")
s("pembersih_lantai", C, "Cairan Pembersih Lantai", "Botol 800 ml", "Botol", 22500, "bersih")
s("pembersih_lantai_5l", C, "Cairan Pembersih Lantai", "Jerigen 5 liter", "Jerigen", 95000, "bersih")
s("karbol", C, "Karbol Wangi", "Botol 800 ml", "Botol", 19000, "bersih")
s("tisu", C, "Tisu Wajah", "250 sheet, 2 ply", "Pak", 18500, "bersih")
s("tisu_roll", C, "Tisu Gulung (Toilet)", "Isi 10 roll", "Pak", 48000, "bersih")
s("kantong_sampah", C, "Kantong Sampah Plastik Besar", "60 x 100 cm, isi 10", "Pak", 17500, "bersih")
s("kantong_sampah_kcl", C, "Kantong Sampah Plastik Kecil", "40 x 60 cm, isi 20", "Pak", 12000, "bersih")
s("desinfektan", C, "Desinfektan Cair", "Botol 1 liter, konsentrat", "Botol", 65000, "bersih")
s("desinfektan_5l", C, "Desinfektan Cair", "Jerigen 5 liter, konsentrat", "Jerigen", 285000, "bersih")
s("hand_sanitizer", C, "Hand Sanitizer", "Botol 500 ml", "Botol", 45000, "bersih")
s("tempat_sampah", C, "Tempat Sampah Plastik Injak", "Kapasitas 20 liter", "Buah", 95000, "bersih")
s("masker", C, "Masker Medis 3 Ply", "Earloop, isi 50", "Box", 35000, "bersih")
s("sarung_latex", C, "Sarung Tangan Latex", "Non steril, isi 100", "Box", 95000, "bersih")
s("sarung_nitril", C, "Sarung Tangan Nitril", "Non steril, isi 100", "Box", 125000, "bersih")
s("sarung_karet", C, "Sarung Tangan Karet Panjang", "Karet tebal, panjang 45 cm", "Pasang", 28000, "bersih")
s("lap_microfiber", C, "Kain Lap Microfiber", "40 x 40 cm", "Buah", 12500, "bersih")
s("sikat_wc", C, "Sikat WC", "Dengan tempat", "Buah", 25000, "bersih")
s("pengharum", C, "Pengharum Ruangan Spray", "Kaleng 300 ml", "Kaleng", 32000, "bersih")
C = "BAHAN BAKAR DAN PELUMAS"
s("pertalite", C, "Bensin RON 90 (Pertalite)", "Eceran SPBU", "Liter", 10000, "bbm")
s("pertamax", C, "Bensin RON 92 (Pertamax)", "Eceran SPBU", "Liter", 13300, "bbm")
s("dexlite", C, "Solar Non Subsidi (Dexlite)", "Eceran SPBU", "Liter", 13550, "bbm")
s("oli_motor", C, "Oli Mesin Sepeda Motor", "SAE 10W-30, 0,8 liter", "Botol", 55000, "bbm")
s("oli_mobil", C, "Oli Mesin Mobil Diesel", "SAE 15W-40, 4 liter", "Galon", 345000, "bbm")
s("gas_elpiji", C, "Isi Ulang Gas LPG", "Tabung 12 kg", "Tabung", 235000, "bbm")
C = "PAKAIAN KERJA DAN ALAT PELINDUNG DIRI"
s("boot_pvc", C, "Sepatu Boot Karet PVC", "Putih, tinggi 35 cm, anti slip", "Pasang", 145000, "pakaian")
s("boot_hitam", C, "Sepatu Boot Karet", "Hitam, tinggi 35 cm", "Pasang", 115000, "pakaian")
s("sepatu_safety", C, "Sepatu Safety", "Ujung baja, kulit, SNI", "Pasang", 385000, "pakaian")
s("apron_pvc", C, "Apron/Celemek PVC", "Putih, tahan air, 90 x 110 cm", "Buah", 75000, "pakaian")
s("apron_kain", C, "Celemek Kain", "Drill, 70 x 90 cm", "Buah", 45000, "pakaian")
s("rompi_reflektif", C, "Rompi Reflektif (Scotchlight)", "Bahan parasut, sablon nama instansi", "Buah", 95000, "pakaian")
s("rompi_jaring", C, "Rompi Jaring Reflektif", "Bahan jaring, tanpa sablon", "Buah", 35000, "pakaian")
s("topi_lapangan", C, "Topi Lapangan", "Drill, bordir logo", "Buah", 55000, "pakaian")
s("jas_hujan_ponco", C, "Jas Hujan Ponco", "PVC, tebal", "Buah", 85000, "pakaian")
s("jas_hujan_setelan", C, "Jas Hujan Setelan (Baju-Celana)", "Karet/PVC, tebal", "Stel", 175000, "pakaian")
s("helm_proyek", C, "Helm Pengaman (Safety Helmet)", "SNI, dengan tali dagu", "Buah", 65000, "pakaian")
s("kacamata_las", C, "Kacamata Las", "Lensa gelap No. 10", "Buah", 45000, "pakaian")
s("topeng_las", C, "Topeng Las (Welding Helmet)", "Manual, lensa No. 11", "Buah", 125000, "pakaian")
s("sarung_las", C, "Sarung Tangan Las", "Kulit, panjang 35 cm", "Pasang", 55000, "pakaian")
s("masker_las", C, "Masker Respirator", "Half face, filter ganda", "Buah", 225000, "pakaian")
s("wearpack", C, "Pakaian Kerja Lapangan (Wearpack)", "Drill, terusan, logo bordir", "Stel", 385000, "pakaian")
s("pdl", C, "Pakaian Dinas Lapangan (PDL)", "Kain drill/ripstop, jahit", "Stel", 450000, "pakaian")
s("peluit", C, "Peluit Logam", "Stainless dengan tali", "Buah", 25000, "pakaian")
s("kaos_kegiatan", C, "Kaos Kegiatan", "Cotton combed 30s, sablon 1 warna", "Buah", 85000, "pakaian_khusus")
s("kaos_olahraga", C, "Kaos Olahraga", "Dry-fit, sablon full print", "Buah", 125000, "kaos")
s("kemeja_peserta", C, "Kemeja Peserta Pelatihan", "Drill, lengan pendek, bordir", "Buah", 165000, "pakaian")
C = "PERLENGKAPAN LALU LINTAS DAN PERPARKIRAN"
s("cone70", C, "Kerucut Lalu Lintas (Traffic Cone)", "Tinggi 70 cm, PVC, reflektif", "Buah", 150000, "lalin")
s("cone50", C, "Kerucut Lalu Lintas (Traffic Cone)", "Tinggi 50 cm, PVC, reflektif", "Buah", 95000, "lalin")
s("water_barrier", C, "Water Barrier", "Plastik HDPE, panjang 1,8 m", "Buah", 1150000, "lalin")
s("rambu_portable", C, "Rambu Portable Dilarang Parkir", "Plat aluminium 60 cm + kaki besi", "Buah", 650000, "lalin")
s("tongkat_lalin", C, "Tongkat Lalu Lintas LED", "Rechargeable, 54 cm", "Buah", 125000, "lalin")
s("cat_marka", C, "Cat Marka Jalan", "Putih, non thermoplastic, 25 kg", "Pail", 1350000, "bangunan")
s("cat_marka_kuning", C, "Cat Marka Jalan", "Kuning, non thermoplastic, 25 kg", "Pail", 1425000, "bangunan")
s("kuas_roll", C, "Kuas Roll Cat", "9 inch dengan gagang", "Buah", 45000, "bangunan")
s("karcis_parkir", C, "Karcis Retribusi Parkir (Porporasi)", "Kertas HVS 70 gsm, nomor seri, isi 100 lembar", "Buku", 7500, "cetak")
s("karcis_parkir_mobil", C, "Karcis Retribusi Parkir Mobil (Porporasi)", "Kertas HVS 70 gsm, nomor seri, isi 50 lembar", "Buku", 7000, "cetak")
C = "BAHAN CETAK DAN PUBLIKASI"
s("spanduk", C, "Cetak Spanduk", "Flexi 280 gsm, full color", "M2", 35000, "cetak")
s("baliho", C, "Cetak Baliho", "Flexi 340 gsm, full color, tanpa rangka", "M2", 55000, "cetak")
s("xbanner", C, "X-Banner", "60 x 160 cm, termasuk stand", "Buah", 185000, "cetak")
s("roll_banner", C, "Roll Up Banner", "85 x 200 cm, termasuk stand", "Buah", 425000, "cetak")
s("sertifikat", C, "Cetak Sertifikat/Piagam", "A4 art carton 260 gsm, full color", "Lembar", 7500, "cetak")
s("leaflet", C, "Cetak Leaflet", "A4 lipat 3, art paper 120 gsm, full color", "Lembar", 1750, "cetak")
s("brosur_a5", C, "Cetak Brosur", "A5, art paper 150 gsm, 2 sisi", "Lembar", 1500, "cetak")
s("buku_saku", C, "Cetak Buku Saku", "A6, 40 halaman, cover art carton", "Eksemplar", 12500, "cetak")
s("map_cetak", C, "Cetak Map Kegiatan", "Art carton 260 gsm, logo full color", "Buah", 12500, "cetak")
s("stiker_vinyl", C, "Cetak Stiker Vinyl", "Vinyl + laminasi doff", "M2", 115000, "cetak")
s("blocknote", C, "Cetak Blocknote Kegiatan", "A5, 50 lembar, cover logo", "Buah", 9500, "cetak")
s("cetak_foto_10r", C, "Cetak Foto", "Ukuran 10R, glossy", "Lembar", 12500, "cetak")
s("cetak_foto_4r", C, "Cetak Foto", "Ukuran 4R, glossy", "Lembar", 3000, "cetak")
s("bingkai_foto_10r", C, "Bingkai Foto", "10R, kayu, kaca", "Buah", 65000, "kantorlain")
s("papan_nama", C, "Papan Nama Kegiatan", "Akrilik 3 mm, cetak UV, 60 x 40 cm", "Buah", 385000, "cetak")
C = "MAKANAN DAN MINUMAN (BAHAN)"
s("air_gelas", C, "Air Mineral Gelas", "220 ml, isi 48 gelas", "Dus", 28000, "mamin")
s("air_botol600", C, "Air Mineral Botol", "600 ml, isi 24 botol", "Dus", 52000, "mamin")
s("air_botol330", C, "Air Mineral Botol", "330 ml, isi 24 botol", "Dus", 41000, "mamin")
s("air_galon", C, "Air Mineral Isi Ulang Galon", "19 liter", "Galon", 22000, "mamin")
s("kopi", C, "Kopi Bubuk", "Kemasan 500 gram", "Bungkus", 48000, "mamin")
s("gula", C, "Gula Pasir", "Curah/kemasan 1 kg", "Kg", 18500, "mamin")
s("teh", C, "Teh Celup", "Kotak isi 25 kantong", "Kotak", 9500, "mamin")
C = "BAHAN PRAKTIK PELATIHAN"
s("kain_katun", C, "Kain Katun", "Katun Jepang, lebar 110 cm", "Meter", 45000, "praktik")
s("kain_drill", C, "Kain Drill", "Lebar 150 cm", "Meter", 38000, "praktik")
s("kain_toyobo", C, "Kain Toyobo", "Lebar 110 cm", "Meter", 32000, "praktik")
s("kain_furing", C, "Kain Furing/Hero", "Lebar 110 cm", "Meter", 14000, "praktik")
s("kain_blacu", C, "Kain Blacu", "Lebar 110 cm, untuk pola", "Meter", 15000, "praktik")
s("benang", C, "Benang Jahit", "Polyester 40/2, 5.000 yard", "Cone", 18000, "praktik")
s("benang_obras", C, "Benang Obras", "Polyester, 5.000 yard", "Cone", 16500, "praktik")
s("jarum_mesin", C, "Jarum Mesin Jahit", "DBx1 No. 14, isi 10", "Pak", 15000, "praktik")
s("jarum_tangan", C, "Jarum Jahit Tangan", "Aneka ukuran, isi 25", "Pak", 8000, "praktik")
s("resleting", C, "Resleting/Ritsleting", "20 cm, YKK-setara", "Lusin", 24000, "praktik")
s("resleting_jepang", C, "Resleting Jepang (Jaket)", "60 cm", "Lusin", 72000, "praktik")
s("kancing", C, "Kancing Kemeja", "Plastik 4 lubang, 11 mm", "Gross", 25000, "praktik")
s("kapur_jahit", C, "Kapur Jahit", "Segitiga, isi 10", "Kotak", 15000, "praktik")
s("gunting_kain", C, "Gunting Kain", "Stainless, 10 inch", "Buah", 95000, "praktik")
s("meteran_jahit", C, "Meteran Jahit", "150 cm", "Buah", 8500, "praktik")
s("kertas_pola", C, "Kertas Pola (Kertas Koran Polos)", "Ukuran 60 x 90 cm, isi 100 lembar", "Pak", 85000, "praktik")
s("elektroda26", C, "Kawat Las/Elektroda", "Diameter 2,6 mm, E6013, isi 5 kg", "Kotak", 185000, "praktik")
s("elektroda32", C, "Kawat Las/Elektroda", "Diameter 3,2 mm, E6013, isi 5 kg", "Kotak", 195000, "praktik")
s("elektroda_stainless", C, "Kawat Las/Elektroda Stainless", "Diameter 2,6 mm, E308, isi 2 kg", "Kotak", 425000, "praktik")
s("plat_besi2", C, "Plat Besi Hitam", "Tebal 2 mm, 4 x 8 feet", "Lembar", 985000, "praktik")
s("plat_besi3", C, "Plat Besi Hitam", "Tebal 3 mm, 4 x 8 feet", "Lembar", 1450000, "praktik")
s("besi_siku", C, "Besi Siku", "40 x 40 x 4 mm, panjang 6 m", "Batang", 165000, "praktik")
s("besi_hollow", C, "Besi Hollow", "40 x 40 x 1,6 mm, panjang 6 m", "Batang", 145000, "praktik")
s("gerinda_potong", C, "Batu Gerinda Potong", "4 inch (105 mm)", "Buah", 12500, "praktik")
s("gerinda_poles", C, "Batu Gerinda Poles/Asah", "4 inch (100 mm)", "Buah", 18500, "praktik")
s("freon_r32", C, "Refrigerant/Freon R32", "Tabung 3 kg", "Tabung", 650000, "praktik")
s("freon_r22", C, "Refrigerant/Freon R22", "Tabung 13,6 kg", "Tabung", 1750000, "praktik")
s("pipa_ac", C, "Pipa AC Tembaga", "1/4 + 3/8 inch, dengan insulasi", "Meter", 95000, "praktik")
C = "PERALATAN RUMAH POTONG HEWAN DAN KESMAVET"
s("pisau_sembelih", C, "Pisau Sembelih", "Stainless, 10 inch", "Buah", 185000, "bahanlain")
s("pisau_kuliti", C, "Pisau Kuliti", "Stainless, 6 inch", "Buah", 125000, "bahanlain")
s("batu_asah", C, "Batu Asah Pisau", "Kombinasi grit 400/1000", "Buah", 65000, "bahanlain")
s("asah_baja", C, "Pengasah Pisau Baja (Sharpening Steel)", "12 inch", "Buah", 145000, "bahanlain")
s("tinta_daging", C, "Tinta Stempel Daging", "Food grade, ungu, botol 250 ml", "Botol", 125000, "kimia")
s("stempel_daging", C, "Stempel Daging", "Logam, logo RPH, bulat 5 cm", "Buah", 350000, "bahanlain")
s("kapur_tohor", C, "Kapur Tohor (Gamping)", "Karung 25 kg", "Karung", 45000, "kimia")
s("sarung_kain", C, "Sarung Tangan Kain Bintik", "Katun, anti slip", "Lusin", 42000, "pakaian")
s("ember_60", C, "Ember Plastik", "Kapasitas 60 liter dengan tutup", "Buah", 85000, "bersih")
s("selang_air", C, "Selang Air", "Diameter 3/4 inch, panjang 50 m", "Roll", 385000, "bahanlain")
C = "PERBEKALAN GUDANG FARMASI"
s("kardus", C, "Kardus/Karton Box", "Ukuran 60 x 40 x 40 cm, double wall", "Buah", 12500, "bahanlain")
s("kardus_kecil", C, "Kardus/Karton Box", "Ukuran 40 x 30 x 30 cm, single wall", "Buah", 6500, "bahanlain")
s("stretch_film", C, "Plastik Wrapping (Stretch Film)", "Lebar 50 cm x 300 m", "Roll", 135000, "bahanlain")
s("ice_pack", C, "Ice Pack/Cool Pack", "Isi 400 ml, reusable", "Buah", 25000, "bahanlain")
s("cool_box", C, "Cool Box", "Kapasitas 25 liter", "Buah", 1450000, "bahanlain")
s("termohigro", C, "Termohigrometer Digital", "Indoor, suhu & kelembaban", "Buah", 185000, "kantorlain")
s("label_rak", C, "Label Rak Plastik", "Warna, tempel", "Pak", 35000, "atk")
C = "PERALATAN KANTOR, MEBEL DAN ELEKTRONIK (ASET)"
s("laptop_i3", C, "Laptop", "Core i3/RAM 8 GB/SSD 256 GB/14 inch/OS", "Unit", 8950000, "m_pc")
s("laptop_i5", C, "Laptop", "Core i5/RAM 8 GB/SSD 512 GB/14 inch/OS", "Unit", 12500000, "m_pc")
s("laptop_i7", C, "Laptop", "Core i7/RAM 16 GB/SSD 1 TB/14 inch/OS", "Unit", 18750000, "m_pc")
s("pc_aio", C, "PC All In One", "Core i5/RAM 8 GB/SSD 512 GB/23,8 inch/OS", "Unit", 14250000, "m_pc")
s("printer_inktank", C, "Printer Ink Tank Multifungsi", "A4, print/scan/copy", "Unit", 3450000, "m_perikom")
s("printer_inktank_f4", C, "Printer Ink Tank Multifungsi", "F4/Legal, print/scan/copy, ADF, WiFi", "Unit", 5250000, "m_perikom")
s("printer_laser", C, "Printer Laser Mono", "A4, 30 ppm, duplex", "Unit", 2950000, "m_perikom")
s("scanner_adf", C, "Scanner Dokumen", "A4, ADF, 35 ppm", "Unit", 9850000, "m_perikom")
s("ups1200", C, "UPS", "1200 VA, line interactive", "Unit", 1650000, "m_perikom")
s("proyektor", C, "LCD Proyektor", "3.600 lumens, XGA", "Unit", 7250000, "m_kantorlain")
s("screen70", C, "Layar Proyektor", "Tripod, 70 inch", "Unit", 1250000, "m_kantorlain")
s("ac05", C, "AC Split", "1/2 PK, standar, termasuk pasang", "Unit", 3650000, "m_dingin")
s("ac1", C, "AC Split", "1 PK, standar, termasuk pasang", "Unit", 4350000, "m_dingin")
s("ac15", C, "AC Split", "1,5 PK, standar, termasuk pasang", "Unit", 5450000, "m_dingin")
s("ac2", C, "AC Split", "2 PK, standar, termasuk pasang", "Unit", 7900000, "m_dingin")
s("ac15_inv", C, "AC Split Inverter", "1,5 PK, inverter, termasuk pasang", "Unit", 6950000, "m_dingin")
s("kamera", C, "Kamera Mirrorless", "24 MP, lensa kit 15-45 mm", "Unit", 14500000, "m_studio")
s("lensa_tele", C, "Lensa Kamera Tele", "55-210 mm", "Buah", 5250000, "m_studio")
s("tripod", C, "Tripod Kamera", "Aluminium, tinggi 160 cm", "Buah", 850000, "m_studio")
s("handycam", C, "Kamera Video (Handycam)", "Full HD, zoom optik 30x", "Unit", 9750000, "m_studio")
s("sound_portable", C, "Speaker Portable/Meeting Amplifier", "15 inch, 2 mic wireless", "Unit", 4750000, "m_audio")
s("mic_wireless", C, "Microphone Wireless", "Set 2 mic, UHF", "Set", 2150000, "m_audio")
s("tv43", C, "TV LED", "43 inch, smart TV", "Unit", 5650000, "m_rt")
s("tv55", C, "TV LED", "55 inch, smart TV", "Unit", 8450000, "m_rt")
s("dispenser", C, "Dispenser Air", "Galon bawah, panas-dingin", "Unit", 2150000, "m_rt")
s("kulkas", C, "Lemari Es", "2 pintu, 200 liter", "Unit", 4650000, "m_rt")
s("kursi_kerja", C, "Kursi Kerja Staf", "Hidrolik, sandaran jaring, roda", "Unit", 1250000, "m_mebel")
s("kursi_lipat", C, "Kursi Lipat Besi", "Rangka besi, dudukan busa", "Unit", 385000, "m_mebel")
s("kursi_tunggu", C, "Kursi Tunggu", "3 dudukan, besi stainless", "Unit", 2650000, "m_mebel")
s("meja_kerja", C, "Meja Kerja Staf", "1/2 biro, 120 x 60 cm, laci", "Unit", 1650000, "m_mebel")
s("meja_lipat", C, "Meja Lipat", "120 x 60 cm, rangka besi", "Unit", 750000, "m_mebel")
s("lemari_arsip", C, "Lemari Arsip Kayu", "2 pintu, kaca, 180 cm", "Unit", 2850000, "m_penyimpan")
s("filing_cabinet", C, "Filing Cabinet Besi", "4 laci, folio", "Unit", 3450000, "m_penyimpan")
s("rak_besi", C, "Rak Besi Siku", "5 susun, 200 x 40 x 200 cm", "Unit", 1150000, "m_penyimpan")
s("palet_plastik", C, "Palet Plastik", "120 x 100 cm, beban 1 ton", "Buah", 650000, "m_penyimpan")
s("data_logger", C, "Data Logger Suhu dan Kelembaban", "Digital, USB, -40 s.d. 70 C", "Unit", 1850000, "m_lab")
s("mesin_jahit_hs", C, "Mesin Jahit High Speed", "Industri, 1 jarum, dinamo servo", "Unit", 4850000, "m_bengkel")
s("mesin_jahit_portable", C, "Mesin Jahit Portable", "Multifungsi, rumah tangga", "Unit", 2450000, "m_bengkel")
s("mesin_obras", C, "Mesin Obras", "Industri, 4 benang", "Unit", 3950000, "m_bengkel")
s("gerinda_tangan", C, "Mesin Gerinda Tangan", "4 inch, 850 watt", "Unit", 650000, "m_bengkel")
s("ragum", C, "Ragum Meja", "6 inch, besi cor", "Unit", 950000, "m_bengkel")

# SBU (services). Each: key, group, name, spec, unit, price, account
SBU = []
def b(key, grp, name, spec, unit, price, acc):
    SBU.append(dict(key=key, cat=grp, name=name, spec=spec, unit=unit, price=price, acc=acc))

G = "A. HONORARIUM"
b("narsum_menteri", G, "Honorarium Narasumber", "Menteri/Pejabat setingkat Menteri/Kepala Daerah", "OJ", 1700000, "hon_narsum")
b("narsum_es1", G, "Honorarium Narasumber", "Pejabat Eselon I/setingkat", "OJ", 1400000, "hon_narsum")
b("narsum_es2", G, "Honorarium Narasumber", "Pejabat Eselon II/setingkat", "OJ", 1000000, "hon_narsum")
b("narsum_es3", G, "Honorarium Narasumber", "Pejabat Eselon III ke bawah/setingkat", "OJ", 900000, "hon_narsum")
b("narsum_prof", G, "Honorarium Narasumber", "Akademisi/Profesional non ASN", "OJ", 1000000, "hon_narsum")
b("moderator", G, "Honorarium Moderator", "Per kegiatan", "OK", 700000, "hon_narsum")
b("mc", G, "Honorarium Pembawa Acara", "Per kegiatan", "OK", 400000, "hon_narsum")
b("panitia_pj", G, "Honorarium Panitia Penyelenggara Kegiatan", "Penanggung Jawab", "OK", 450000, "hon_narsum")
b("panitia_ketua", G, "Honorarium Panitia Penyelenggara Kegiatan", "Ketua/Wakil Ketua", "OK", 400000, "hon_narsum")
b("panitia_anggota", G, "Honorarium Panitia Penyelenggara Kegiatan", "Sekretaris/Anggota", "OK", 300000, "hon_narsum")
b("tim_pengarah", G, "Honorarium Tim Pelaksana Kegiatan", "Pengarah", "OB", 1250000, "hon_tim")
b("tim_pj", G, "Honorarium Tim Pelaksana Kegiatan", "Penanggung Jawab", "OB", 900000, "hon_tim")
b("tim_ketua", G, "Honorarium Tim Pelaksana Kegiatan", "Ketua", "OB", 750000, "hon_tim")
b("tim_sekretaris", G, "Honorarium Tim Pelaksana Kegiatan", "Sekretaris", "OB", 650000, "hon_tim")
b("tim_anggota", G, "Honorarium Tim Pelaksana Kegiatan", "Anggota", "OB", 500000, "hon_tim")
b("tim_raperda_ketua", G, "Honorarium Tim Penyusunan Rancangan Produk Hukum Daerah", "Ketua, per raperda", "OK", 1800000, "hon_tim")
b("tim_raperda_anggota", G, "Honorarium Tim Penyusunan Rancangan Produk Hukum Daerah", "Anggota, per raperda", "OK", 1300000, "hon_tim")
b("instruktur_int", G, "Honorarium Instruktur Pelatihan", "Instruktur internal/ASN", "OJ", 300000, "hon_instr")
b("instruktur_ext", G, "Honorarium Instruktur Pelatihan", "Instruktur eksternal/profesional", "OJ", 500000, "hon_instr")
b("penguji", G, "Honorarium Asesor/Penguji Praktik", "Per peserta", "OP", 150000, "hon_instr")
b("enumerator", G, "Honorarium Enumerator Survei", "Per responden yang diwawancarai", "Responden", 15000, "hon_tim")
b("pengawas_lap", G, "Honorarium Petugas Pengawas Lapangan", "Per orang per hari", "OH", 150000, "hon_tim")
G = "B. PERJALANAN DINAS"
b("uh_dalam", G, "Uang Harian Perjalanan Dinas Dalam Kota", "Lebih dari 8 jam", "OH", 150000, "pd_dalam")
b("uh_kaltim", G, "Uang Harian Perjalanan Dinas Luar Kota", "Dalam Provinsi Kalimantan Timur", "OH", 380000, "pd_biasa")
b("uh_jakarta", G, "Uang Harian Perjalanan Dinas Luar Daerah", "DKI Jakarta", "OH", 530000, "pd_biasa")
b("uh_jatim", G, "Uang Harian Perjalanan Dinas Luar Daerah", "Jawa Timur", "OH", 410000, "pd_biasa")
b("uh_diy", G, "Uang Harian Perjalanan Dinas Luar Daerah", "D.I. Yogyakarta", "OH", 420000, "pd_biasa")
b("uh_sulsel", G, "Uang Harian Perjalanan Dinas Luar Daerah", "Sulawesi Selatan", "OH", 430000, "pd_biasa")
b("inap_jkt_4", G, "Biaya Penginapan", "DKI Jakarta, Eselon III/Golongan IV", "OH", 1084000, "pd_biasa")
b("inap_jkt_3", G, "Biaya Penginapan", "DKI Jakarta, Eselon IV/Golongan III", "OH", 730000, "pd_biasa")
b("inap_jatim_3", G, "Biaya Penginapan", "Jawa Timur, Eselon IV/Golongan III", "OH", 664000, "pd_biasa")
b("inap_kaltim_3", G, "Biaya Penginapan", "Kalimantan Timur, Eselon IV/Golongan III", "OH", 850000, "pd_biasa")
b("tiket_jkt", G, "Tiket Pesawat Pulang Pergi", "Samarinda - Jakarta, kelas ekonomi", "Orang", 4250000, "pd_biasa")
b("tiket_sby", G, "Tiket Pesawat Pulang Pergi", "Samarinda - Surabaya, kelas ekonomi", "Orang", 3350000, "pd_biasa")
b("tiket_yog", G, "Tiket Pesawat Pulang Pergi", "Samarinda - Yogyakarta, kelas ekonomi", "Orang", 3950000, "pd_biasa")
b("tiket_mks", G, "Tiket Pesawat Pulang Pergi", "Samarinda - Makassar, kelas ekonomi", "Orang", 3100000, "pd_biasa")
b("darat_bpn", G, "Transport Darat Pulang Pergi", "Samarinda - Balikpapan", "Orang", 400000, "pd_biasa")
b("darat_bontang", G, "Transport Darat Pulang Pergi", "Samarinda - Bontang", "Orang", 350000, "pd_biasa")
b("darat_tgr", G, "Transport Darat Pulang Pergi", "Samarinda - Tenggarong", "Orang", 250000, "pd_biasa")
b("taksi_jkt", G, "Biaya Taksi", "DKI Jakarta, per orang sekali jalan", "Kali", 256000, "pd_biasa")
b("taksi_smd", G, "Biaya Taksi", "Samarinda (ke/dari bandara APT Pranoto)", "Kali", 150000, "pd_biasa")
b("meeting_fullday", G, "Paket Kegiatan Rapat (Fullday)", "Dalam kota, hotel bintang 3", "OK", 440000, "pd_meeting")
b("meeting_halfday", G, "Paket Kegiatan Rapat (Halfday)", "Dalam kota, hotel bintang 3", "OK", 350000, "pd_meeting")
b("meeting_fullboard", G, "Paket Kegiatan Rapat (Fullboard)", "Dalam kota, hotel bintang 3", "OH", 950000, "pd_meeting")
G = "C. KONSUMSI"
b("makan_rapat", G, "Makanan Rapat Biasa", "Nasi kotak", "OK", 45000, "mamin")
b("snack_rapat", G, "Kudapan Rapat Biasa", "Kotak isi 3 macam", "OK", 20000, "mamin")
b("makan_rapat_pim", G, "Makanan Rapat Pimpinan/Eselon II", "Prasmanan/nasi kotak", "OK", 60000, "mamin")
b("snack_rapat_pim", G, "Kudapan Rapat Pimpinan/Eselon II", "Kotak isi 4 macam", "OK", 27500, "mamin")
b("makan_tamu", G, "Makanan Jamuan Tamu", "Tamu pejabat/VIP", "OK", 110000, "jamuan")
b("snack_tamu", G, "Kudapan Jamuan Tamu", "Tamu pejabat/VIP", "OK", 45000, "jamuan")
b("makan_lap", G, "Makanan Kegiatan Lapangan/Pelatihan", "Nasi kotak", "OK", 40000, "mamin_lap")
b("snack_lap", G, "Kudapan Kegiatan Lapangan/Pelatihan", "Kotak isi 2 macam", "OK", 18000, "mamin_lap")
b("mamin_petugas", G, "Makan Minum Petugas Piket/Patroli Malam", "Nasi bungkus + minum", "OOH", 35000, "mamin_lap")
G = "D. SEWA"
b("sewa_mpv", G, "Sewa Kendaraan Penumpang (MPV)", "Termasuk sopir dan BBM, dalam kota", "Unit/Hari", 850000, "sewa_mobil")
b("sewa_minibus", G, "Sewa Kendaraan Minibus 15 Kursi", "Termasuk sopir dan BBM, dalam kota", "Unit/Hari", 1350000, "sewa_mobil")
b("sewa_bus", G, "Sewa Bus Sedang 30 Kursi", "Termasuk sopir dan BBM", "Unit/Hari", 2750000, "sewa_mobil")
b("sewa_pickup", G, "Sewa Kendaraan Pick Up", "Termasuk sopir dan BBM, dalam kota", "Unit/Hari", 650000, "sewa_angkut")
b("sewa_truk", G, "Sewa Truk Engkel (Box)", "Termasuk sopir dan BBM, dalam kota", "Unit/Hari", 1150000, "sewa_angkut")
b("sewa_aula_besar", G, "Sewa Gedung/Aula Pertemuan", "Kapasitas 100 - 300 orang", "Hari", 5500000, "sewa_gedung")
b("sewa_aula_kecil", G, "Sewa Gedung/Aula Pertemuan", "Kapasitas kurang dari 100 orang", "Hari", 3500000, "sewa_gedung")
b("sewa_tenda", G, "Sewa Tenda Plafon", "Ukuran 5 x 10 m, termasuk pasang", "Unit/Hari", 1250000, "sewa_barang")
b("sewa_tenda_kerucut", G, "Sewa Tenda Kerucut (Sarnafil)", "Ukuran 5 x 5 m", "Unit/Hari", 750000, "sewa_barang")
b("sewa_kursi", G, "Sewa Kursi Futura", "Dengan sarung kain", "Buah/Hari", 6000, "sewa_barang")
b("sewa_meja", G, "Sewa Meja Persegi", "Dengan taplak", "Buah/Hari", 35000, "sewa_barang")
b("sewa_sound", G, "Sewa Sound System", "Standar 2.000 watt + operator", "Paket/Hari", 2500000, "sewa_barang")
b("sewa_genset", G, "Sewa Genset", "20 kVA termasuk solar dan operator", "Unit/Hari", 2850000, "sewa_barang")
b("sewa_led", G, "Sewa Layar LED (Videotron)", "P3,9 indoor, termasuk operator", "M2/Hari", 450000, "sewa_barang")
b("sewa_proyektor", G, "Sewa LCD Proyektor + Layar", "3.000 lumens", "Unit/Hari", 350000, "sewa_barang")
G = "E. JASA"
b("jasa_kebersihan", G, "Jasa Tenaga Kebersihan", "Tenaga harian lepas (THL)", "OB", 3650000, "jasa_bersih")
b("jasa_keamanan", G, "Jasa Tenaga Keamanan/Satpam", "Tenaga harian lepas (THL)", "OB", 3750000, "jasa_aman")
b("jasa_sopir", G, "Jasa Tenaga Pengemudi", "Tenaga harian lepas (THL)", "OB", 3700000, "jasa_teknis")
b("jasa_teknis", G, "Jasa Tenaga Teknis Lapangan", "Tenaga harian lepas (THL)", "OB", 3800000, "jasa_teknis")
b("jasa_bongkar", G, "Jasa Tenaga Bongkar Muat", "Per orang per hari", "OH", 150000, "jasa_teknis")
b("jasa_foto", G, "Jasa Dokumentasi Foto", "Fotografer, per kegiatan", "Kegiatan", 750000, "jasa_dok")
b("jasa_video", G, "Jasa Dokumentasi Video", "Shooting + editing, durasi s.d. 5 menit", "Paket", 3500000, "jasa_dok")
b("iklan_koran", G, "Iklan/Advertorial Media Cetak", "1/4 halaman, hitam putih", "Kali Tayang", 3750000, "jasa_dok")
b("iklan_radio", G, "Iklan Spot Radio", "Durasi 60 detik", "Spot", 150000, "jasa_dok")
b("fotokopi_a4", G, "Penggandaan/Fotokopi", "A4, hitam putih", "Lembar", 300, "jasa_cetak")
b("fotokopi_f4", G, "Penggandaan/Fotokopi", "F4, hitam putih", "Lembar", 350, "jasa_cetak")
b("print_warna", G, "Cetak/Print Warna", "A4, full color", "Lembar", 2000, "jasa_cetak")
b("jilid_spiral", G, "Penjilidan Spiral", "A4/F4, s.d. 100 lembar", "Buah", 15000, "jasa_cetak")
b("jilid_hard", G, "Penjilidan Hard Cover", "A4/F4, tulisan emas", "Buah", 45000, "jasa_cetak")
b("jilid_lakban", G, "Penjilidan Biasa (Lakban)", "A4/F4", "Buah", 6000, "jasa_cetak")
b("uji_kompetensi", G, "Biaya Uji Kompetensi/Sertifikasi LSP", "Per peserta, skema okupasi", "OP", 750000, "jasa_sertif")
b("transport_peserta", G, "Uang Transport Peserta Pelatihan/Sosialisasi", "Dalam kota, per orang per hari", "OH", 75000, "transport_peserta")
b("internet_50", G, "Langganan Internet Dedicated", "50 Mbps", "Bulan", 1150000, "internet")
b("servis_ac", G, "Jasa Servis/Cuci AC Split", "0,5 - 2 PK", "Unit", 85000, "pem_ac")
b("isi_freon", G, "Jasa Isi Freon AC Split", "0,5 - 2 PK, termasuk freon", "Unit", 350000, "pem_ac")
