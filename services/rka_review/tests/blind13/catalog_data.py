# -*- coding: utf-8 -*-
"""Invented catalogue data (SSH goods + SBU services) for review13. Written blind."""

# account families: code, name, class
ACCOUNTS = {
    "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "habis"),
    "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", "habis"),
    "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", "habis"),
    "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", "habis"),
    "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", "habis"),
    "KEBERSIHAN": ("5.1.02.01.01.0027", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Pembersih", "habis"),
    "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", "habis"),
    "KIMIA": ("5.1.02.01.01.0008", "Belanja Bahan-Bahan Kimia", "habis"),
    "BAHANLAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", "habis"),
    "SUKUCADANG": ("5.1.02.01.01.0039", "Belanja Suku Cadang-Suku Cadang Alat Angkutan", "habis"),
    "MAMIN_RAPAT": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", "mamin"),
    "MAMIN_LAP": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman Aktivitas Lapangan", "mamin"),
    "PDL": ("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)", "habis"),
    "PAKAIAN": ("5.1.02.01.01.0070", "Belanja Pakaian Khusus Hari-Hari Tertentu", "habis"),
    "SERAH": ("5.1.02.05.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat", "serah"),
    "HON_NARSUM": ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", "honor"),
    "HON_TIM": ("5.1.02.02.01.0004", "Belanja Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan", "honor"),
    "JASA_THL": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", "jasa"),
    "JASA_IKLAN": ("5.1.02.02.01.0063", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan", "jasa"),
    "JASA_CETAK": ("5.1.02.02.01.0059", "Belanja Jasa Fotokopi dan Penjilidan", "jasa"),
    "SEWA_KEND": ("5.1.02.02.03.0035", "Belanja Sewa Kendaraan Bermotor Penumpang", "sewa"),
    "SEWA_ALAT": ("5.1.02.02.04.0151", "Belanja Sewa Peralatan dan Perlengkapan Kantor Lainnya", "sewa"),
    "SEWA_GEDUNG": ("5.1.02.02.07.0017", "Belanja Sewa Gedung Pertemuan", "sewa"),
    "PELIHARA_KEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang", "pelihara"),
    "PELIHARA_AC": ("5.1.02.03.02.0121", "Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin", "pelihara"),
    "PERJADIN": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", "perjadin"),
    "PERJADIN_DK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", "perjadin"),
    "M_KOMP": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", "modal"),
    "M_PERALKOMP": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer", "modal"),
    "M_MEBEL": ("5.2.02.05.02.0001", "Belanja Modal Meubelair", "modal"),
    "M_PENDINGIN": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin", "modal"),
    "M_STUDIO": ("5.2.02.06.01.0004", "Belanja Modal Alat Studio Lainnya", "modal"),
    "M_KOMUNIKASI": ("5.2.02.06.02.0001", "Belanja Modal Alat Komunikasi Radio", "modal"),
    "M_DAMKAR": ("5.2.02.18.01.0007", "Belanja Modal Alat Pemadam Kebakaran", "modal"),
    "M_SAR": ("5.2.02.18.01.0009", "Belanja Modal Alat SAR dan Penanggulangan Bencana", "modal"),
    "M_ANGKUTAIR": ("5.2.02.03.03.0002", "Belanja Modal Alat Angkutan Apung Bermotor", "modal"),
    "M_BENGKEL": ("5.2.02.04.01.0003", "Belanja Modal Alat Bengkel Bermesin", "modal"),
    "M_KANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", "modal"),
    "M_LAB": ("5.2.02.07.01.0011", "Belanja Modal Alat Laboratorium Kimia", "modal"),
    "JASA_TI": ("5.1.02.02.01.0075", "Belanja Jasa Layanan Teknologi Informasi dan Komunikasi", "jasa"),
    "JASA_KONSULTANSI": ("5.1.02.02.02.0006", "Belanja Jasa Konsultansi Penelitian/Kajian", "jasa"),
    "JASA_LAB": ("5.1.02.02.01.0041", "Belanja Jasa Pengujian Laboratorium", "jasa"),
    "JASA_PELAYANAN": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Pelayanan Umum", "jasa"),
    "JASA_KES": ("5.1.02.02.01.0014", "Belanja Jasa Tenaga Kesehatan", "jasa"),
    "JASA_SENI": ("5.1.02.02.01.0040", "Belanja Jasa Tenaga Kesenian dan Kebudayaan", "jasa"),
    "JASA_EO": ("5.1.02.02.01.0062", "Belanja Jasa Penyelenggaraan Acara", "jasa"),
    "PELIHARA_DAMKAR": ("5.1.02.03.02.0471", "Belanja Pemeliharaan Alat Keselamatan Kerja-Alat Pemadam Kebakaran", "pelihara"),
    "PDH": ("5.1.02.01.01.0063", "Belanja Pakaian Dinas Harian (PDH)", "habis"),
    "M_UKUR": ("5.2.02.08.02.0003", "Belanja Modal Alat Ukur Universal", "modal"),
    "M_KENDARAAN": ("5.2.02.03.01.0001", "Belanja Modal Kendaraan Dinas Bermotor Perorangan", "modal"),
    "M_GEDUNG": ("5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor", "modal"),
}

# SSH goods. key: (category, kode, name, spec, unit, price, family)
# families name the accounts that fit; the first is the one OPD staff normally use.
SSH = []
def s(key, cat, kode, name, spec, unit, price, fam):
    SSH.append(dict(key=key, cat=cat, kode=kode, name=name, spec=spec, unit=unit, price=price, fam=fam))

C = "ALAT TULIS KANTOR"
s("pulpen_gel", C, "1.1.7.01.01.01.001", "Pulpen Gel", "Tinta hitam, mata 0,5 mm", "Box isi 12", 42000, ["ATK"])
s("pulpen_std", C, "1.1.7.01.01.01.002", "Pulpen Ballpoint Standar", "Tinta biru/hitam, mata 0,7 mm", "Box isi 50", 95000, ["ATK"])
s("spidol_wb", C, "1.1.7.01.01.01.005", "Spidol Whiteboard", "Dapat diisi ulang, hitam/biru/merah", "Lusin", 96000, ["ATK"])
s("spidol_perm", C, "1.1.7.01.01.01.006", "Spidol Permanent", "Ujung bulat, hitam", "Lusin", 102000, ["ATK"])
s("stabilo", C, "1.1.7.01.01.01.007", "Highlighter / Stabilo", "Warna campur", "Pak isi 5", 42500, ["ATK"])
s("pensil_2b", C, "1.1.7.01.01.01.009", "Pensil 2B", "Kayu, standar ujian", "Lusin", 45000, ["ATK"])
s("map_snel", C, "1.1.7.01.01.02.001", "Map Snelhecter Plastik", "Ukuran folio, aneka warna", "Lusin", 36000, ["ATK"])
s("map_kancing", C, "1.1.7.01.01.02.002", "Map Plastik Kancing", "Ukuran folio, transparan", "Lusin", 42000, ["ATK"])
s("stopmap", C, "1.1.7.01.01.02.003", "Stopmap Kertas", "Kertas karton folio", "Pak isi 50", 85000, ["ATK"])
s("ordner", C, "1.1.7.01.01.02.004", "Ordner / Box File", "Folio, punggung 7 cm", "Buah", 38500, ["ATK"])
s("ordner5", C, "1.1.7.01.01.02.005", "Ordner / Box File", "Folio, punggung 5 cm", "Buah", 34000, ["ATK"])
s("box_arsip", C, "1.1.7.01.01.02.006", "Box Arsip Plastik", "Ukuran 35 x 26 x 10 cm", "Buah", 29500, ["ATK"])
s("amplop_coklat", C, "1.1.7.01.01.03.001", "Amplop Coklat Folio", "Kertas samson, dengan tali", "Pak isi 100", 125000, ["ATK"])
s("amplop_putih", C, "1.1.7.01.01.03.002", "Amplop Putih Polos No. 90", "Kertas HVS 80 gr", "Box isi 100", 35000, ["ATK"])
s("amplop_kop", C, "1.1.7.01.01.03.003", "Amplop Putih Berkop No. 110", "Cetak kop 1 warna", "Box isi 100", 62000, ["ATK"])
s("lakban_coklat", C, "1.1.7.01.01.04.001", "Lakban Coklat", "Lebar 48 mm, panjang 90 m", "Roll", 17500, ["ATK"])
s("lakban_hitam", C, "1.1.7.01.01.04.002", "Lakban Hitam Kain", "Lebar 48 mm, panjang 12 m", "Roll", 24000, ["ATK"])
s("isolasi_bening", C, "1.1.7.01.01.04.003", "Isolasi Bening", "Lebar 12 mm", "Slop isi 12", 21000, ["ATK"])
s("paper_clip", C, "1.1.7.01.01.05.001", "Paper Clip No. 3", "Isi 100 buah", "Kotak", 4500, ["ATK"])
s("binder_200", C, "1.1.7.01.01.05.002", "Binder Clip No. 200", "Isi 12 buah", "Kotak", 14500, ["ATK"])
s("binder_155", C, "1.1.7.01.01.05.003", "Binder Clip No. 155", "Isi 12 buah", "Kotak", 11000, ["ATK"])
s("binder_107", C, "1.1.7.01.01.05.004", "Binder Clip No. 107", "Isi 12 buah", "Kotak", 6500, ["ATK"])
s("stapler_hd10", C, "1.1.7.01.01.05.005", "Stapler Kecil No. 10", "Kapasitas 20 lembar", "Buah", 28000, ["ATK"])
s("stapler_hd50", C, "1.1.7.01.01.05.006", "Stapler Besar HD-50", "Kapasitas 50 lembar", "Buah", 78000, ["ATK"])
s("isi_staples10", C, "1.1.7.01.01.05.007", "Isi Staples No. 10", "Isi 1.000 biji", "Kotak", 3000, ["ATK"])
s("isi_staples3", C, "1.1.7.01.01.05.008", "Isi Staples No. 3", "Isi 1.000 biji", "Kotak", 5500, ["ATK"])
s("correction", C, "1.1.7.01.01.06.001", "Correction Pen (Tipe-X)", "Isi 7 ml", "Buah", 9500, ["ATK"])
s("sticky", C, "1.1.7.01.01.06.002", "Sticky Notes", "Ukuran 3 x 3 inch, 100 lembar", "Pak", 11000, ["ATK"])
s("buku_folio", C, "1.1.7.01.01.06.003", "Buku Folio Bergaris", "Isi 100 lembar, hard cover", "Buah", 32000, ["ATK"])
s("buku_agenda", C, "1.1.7.01.01.06.004", "Buku Agenda Surat", "Isi 100 lembar, hard cover", "Buah", 45000, ["ATK"])
s("buku_tulis", C, "1.1.7.01.01.06.005", "Buku Tulis", "Isi 38 lembar", "Pak isi 10", 38000, ["ATK"])
s("gunting", C, "1.1.7.01.01.06.006", "Gunting Kertas Sedang", "Panjang 8 inch", "Buah", 18500, ["ATK"])
s("cutter", C, "1.1.7.01.01.06.007", "Cutter Besar", "Mata 18 mm", "Buah", 16000, ["ATK"])
s("penggaris", C, "1.1.7.01.01.06.008", "Penggaris Besi", "Panjang 30 cm", "Buah", 9000, ["ATK"])
s("lem_kertas", C, "1.1.7.01.01.06.009", "Lem Kertas Cair", "Isi 50 ml", "Buah", 6500, ["ATK"])
s("papan_klip", C, "1.1.7.01.01.06.010", "Papan Klip (Clipboard)", "Folio, plastik", "Buah", 24500, ["ATK"])
s("name_tag", C, "1.1.7.01.01.06.011", "Name Tag Plastik + Tali", "Ukuran 6 x 9 cm", "Buah", 7500, ["ATK"])
s("materai", C, "1.1.7.01.01.06.012", "Meterai Tempel", "Nominal Rp10.000", "Lembar", 10000, ["ATK"])
s("tinta_stempel", C, "1.1.7.01.01.06.013", "Tinta Stempel", "Botol 30 ml, ungu/biru", "Botol", 12000, ["ATK"])
s("bantalan_stempel", C, "1.1.7.01.01.06.014", "Bantalan Stempel", "No. 2", "Buah", 22000, ["ATK"])

C = "KERTAS DAN COVER"
s("hvs_a4_70", C, "1.1.7.01.01.02.101", "Kertas HVS A4", "70 gram", "Rim", 39000, ["KERTAS"])
s("hvs_a4_80", C, "1.1.7.01.01.02.102", "Kertas HVS A4", "80 gram", "Rim", 52000, ["KERTAS"])
s("hvs_f4_70", C, "1.1.7.01.01.02.103", "Kertas HVS F4 / Folio", "70 gram", "Rim", 43000, ["KERTAS"])
s("hvs_f4_80", C, "1.1.7.01.01.02.104", "Kertas HVS F4 / Folio", "80 gram", "Rim", 57000, ["KERTAS"])
s("hvs_a3_80", C, "1.1.7.01.01.02.105", "Kertas HVS A3", "80 gram", "Rim", 108000, ["KERTAS"])
s("hvs_warna", C, "1.1.7.01.01.02.106", "Kertas HVS Warna A4", "80 gram, aneka warna", "Rim", 68000, ["KERTAS"])
s("art_a3", C, "1.1.7.01.01.02.107", "Kertas Art Paper A3+", "260 gram", "Pak isi 100", 245000, ["KERTAS"])
s("kertas_foto", C, "1.1.7.01.01.02.108", "Kertas Foto Glossy A4", "230 gram", "Pak isi 20", 48000, ["KERTAS"])
s("concorde", C, "1.1.7.01.01.02.109", "Kertas Concorde A4", "220 gram (untuk piagam)", "Pak isi 50", 62000, ["KERTAS"])
s("buffalo", C, "1.1.7.01.01.02.110", "Kertas Cover Buffalo A4", "200 gram, aneka warna", "Pak isi 100", 58000, ["KERTAS"])
s("label_103", C, "1.1.7.01.01.02.111", "Kertas Label No. 103", "Isi 10 lembar", "Pak", 9500, ["KERTAS"])
s("thermal_80", C, "1.1.7.01.01.02.112", "Kertas Thermal Roll", "Lebar 80 mm, panjang 50 m", "Roll", 14500, ["KERTAS"])
s("thermal_57", C, "1.1.7.01.01.02.113", "Kertas Thermal Roll", "Lebar 57 mm, panjang 30 m", "Roll", 6500, ["KERTAS"])

C = "BAHAN KOMPUTER"
s("tinta_tank_bk", C, "1.1.7.01.01.03.201", "Tinta Printer Ink Tank Hitam", "Original, botol 70 ml", "Botol", 115000, ["KOMP"])
s("tinta_tank_cl", C, "1.1.7.01.01.03.202", "Tinta Printer Ink Tank Warna (C/M/Y)", "Original, botol 70 ml", "Botol", 120000, ["KOMP"])
s("tinta_refill", C, "1.1.7.01.01.03.203", "Tinta Isi Ulang Kompatibel", "Botol 100 ml", "Botol", 35000, ["KOMP"])
s("toner_std", C, "1.1.7.01.01.03.204", "Toner Cartridge Laser Monokrom", "Kapasitas 1.600 halaman", "Buah", 985000, ["KOMP"])
s("toner_hi", C, "1.1.7.01.01.03.205", "Toner Cartridge Laser Monokrom Kapasitas Tinggi", "Kapasitas 3.000 halaman", "Buah", 1450000, ["KOMP"])
s("ribbon_idcard", C, "1.1.7.01.01.03.206", "Ribbon Printer Kartu PVC", "YMCKO, 200 cetak", "Roll", 1250000, ["KOMP"])
s("flash32", C, "1.1.7.01.01.03.207", "Flashdisk", "32 GB, USB 3.0", "Buah", 85000, ["KOMP"])
s("flash64", C, "1.1.7.01.01.03.208", "Flashdisk", "64 GB, USB 3.0", "Buah", 135000, ["KOMP"])
s("flash128", C, "1.1.7.01.01.03.209", "Flashdisk", "128 GB, USB 3.0", "Buah", 220000, ["KOMP"])
s("hdd1", C, "1.1.7.01.01.03.210", "Harddisk Eksternal", "1 TB, USB 3.0", "Buah", 850000, ["KOMP"])
s("hdd2", C, "1.1.7.01.01.03.211", "Harddisk Eksternal", "2 TB, USB 3.0", "Buah", 1250000, ["KOMP"])
s("mouse_wl", C, "1.1.7.01.01.03.212", "Mouse Wireless", "2,4 GHz", "Buah", 115000, ["KOMP"])
s("mouse_usb", C, "1.1.7.01.01.03.213", "Mouse Kabel USB", "Optik", "Buah", 65000, ["KOMP"])
s("keyboard", C, "1.1.7.01.01.03.214", "Keyboard USB", "Standar", "Buah", 125000, ["KOMP"])
s("utp6", C, "1.1.7.01.01.03.215", "Kabel UTP Cat 6", "Indoor", "Roll 305 m", 2450000, ["KOMP"])
s("utp5", C, "1.1.7.01.01.03.216", "Kabel UTP Cat 5e", "Indoor", "Roll 305 m", 1650000, ["KOMP"])
s("rj45", C, "1.1.7.01.01.03.217", "Konektor RJ45 Cat 6", "", "Pak isi 100", 185000, ["KOMP"])
s("hdmi5", C, "1.1.7.01.01.03.218", "Kabel HDMI", "Panjang 5 m", "Buah", 95000, ["KOMP"])
s("hdmi10", C, "1.1.7.01.01.03.219", "Kabel HDMI", "Panjang 10 m", "Buah", 165000, ["KOMP"])
s("kartu_pvc", C, "1.1.7.01.01.03.220", "Kartu PVC Blank", "Ukuran CR80", "Pak isi 250", 275000, ["KOMP"])

C = "ALAT LISTRIK"
s("led12", C, "1.1.7.01.01.04.301", "Lampu LED", "12 watt, E27", "Buah", 38000, ["LISTRIK"])
s("led18", C, "1.1.7.01.01.04.302", "Lampu LED", "18 watt, E27", "Buah", 52000, ["LISTRIK"])
s("led30", C, "1.1.7.01.01.04.303", "Lampu LED", "30 watt, E27", "Buah", 95000, ["LISTRIK"])
s("stopkontak", C, "1.1.7.01.01.04.304", "Stop Kontak + Kabel", "4 lubang, kabel 3 m", "Buah", 75000, ["LISTRIK"])
s("kabel_roll", C, "1.1.7.01.01.04.305", "Kabel Roll", "Panjang 15 m, 4 lubang", "Buah", 185000, ["LISTRIK"])
s("bat_aa", C, "1.1.7.01.01.04.306", "Baterai Alkaline AA", "1,5 V", "Pak isi 4", 32000, ["LISTRIK"])
s("bat_aaa", C, "1.1.7.01.01.04.307", "Baterai Alkaline AAA", "1,5 V", "Pak isi 4", 30000, ["LISTRIK"])
s("bat_9v", C, "1.1.7.01.01.04.308", "Baterai 9 V", "Alkaline", "Buah", 28000, ["LISTRIK"])
s("senter", C, "1.1.7.01.01.04.309", "Senter LED Rechargeable", "Panjang 30 cm", "Buah", 135000, ["LISTRIK"])
s("headlamp", C, "1.1.7.01.01.04.310", "Senter Kepala (Headlamp) LED", "Baterai AAA", "Buah", 95000, ["LISTRIK"])
s("lampu_sorot", C, "1.1.7.01.01.04.311", "Lampu Sorot LED", "100 watt, outdoor", "Buah", 450000, ["LISTRIK"])
s("lampu_emergency", C, "1.1.7.01.01.04.312", "Lampu Emergency LED", "Rechargeable, 60 LED", "Buah", 185000, ["LISTRIK"])

C = "BAHAN PEMBERSIH"
s("sapu", C, "1.1.7.01.01.05.401", "Sapu Ijuk", "Gagang kayu", "Buah", 35000, ["KEBERSIHAN"])
s("pel", C, "1.1.7.01.01.05.402", "Alat Pel Lantai", "Gagang aluminium + kain", "Buah", 65000, ["KEBERSIHAN"])
s("pembersih_lantai", C, "1.1.7.01.01.05.403", "Cairan Pembersih Lantai", "Kemasan 800 ml", "Botol", 22000, ["KEBERSIHAN"])
s("kantong_sampah", C, "1.1.7.01.01.05.404", "Kantong Sampah Plastik Besar", "Ukuran 90 x 120 cm", "Pak isi 10", 18000, ["KEBERSIHAN"])
s("sabun_cair", C, "1.1.7.01.01.05.405", "Sabun Cuci Tangan Cair", "Kemasan 500 ml", "Botol", 28000, ["KEBERSIHAN"])
s("hand_sanitizer", C, "1.1.7.01.01.05.406", "Hand Sanitizer", "Kemasan 500 ml", "Botol", 45000, ["KEBERSIHAN"])
s("tisu", C, "1.1.7.01.01.05.407", "Tisu Wajah", "250 sheet", "Pak", 14000, ["KEBERSIHAN"])
s("pengharum", C, "1.1.7.01.01.05.408", "Pengharum Ruangan Semprot", "Isi ulang 225 ml", "Kaleng", 42000, ["KEBERSIHAN"])

C = "BAHAN BAKAR DAN PELUMAS"
s("pertalite", C, "1.1.7.01.01.06.501", "Bensin Pertalite (RON 90)", "", "Liter", 10000, ["BBM"])
s("pertamax", C, "1.1.7.01.01.06.502", "Bensin Pertamax (RON 92)", "", "Liter", 12500, ["BBM"])
s("pertamax_turbo", C, "1.1.7.01.01.06.503", "Bensin Pertamax Turbo (RON 98)", "", "Liter", 14000, ["BBM"])
s("solar", C, "1.1.7.01.01.06.504", "Biosolar", "", "Liter", 6800, ["BBM"])
s("dexlite", C, "1.1.7.01.01.06.505", "Dexlite", "", "Liter", 13200, ["BBM"])
s("oli4t", C, "1.1.7.01.01.06.506", "Oli Mesin 4 Tak", "SAE 10W-40, kemasan 1 liter", "Botol", 65000, ["BBM"])
s("oli_diesel", C, "1.1.7.01.01.06.507", "Oli Mesin Diesel", "SAE 15W-40, kemasan 5 liter", "Galon", 380000, ["BBM"])
s("oli_2t", C, "1.1.7.01.01.06.508", "Oli Mesin 2 Tak (mesin tempel)", "Kemasan 1 liter", "Botol", 58000, ["BBM"])
s("lpg12", C, "1.1.7.01.01.06.509", "Gas LPG 12 kg (isi ulang)", "Non subsidi", "Tabung", 210000, ["BBM"])

C = "BAHAN KIMIA"
s("powder_abc", C, "1.1.7.01.01.07.601", "Powder ABC (Dry Chemical) untuk APAR", "Kemasan curah", "Kg", 55000, ["KIMIA"])
s("foam_afff", C, "1.1.7.01.01.07.602", "Foam Konsentrat AFFF 3%", "Jerigen 20 liter", "Jerigen", 3800000, ["KIMIA"])
s("foam_afff6", C, "1.1.7.01.01.07.603", "Foam Konsentrat AFFF 6%", "Jerigen 20 liter", "Jerigen", 3250000, ["KIMIA"])
s("reagen_formalin", C, "1.1.7.01.01.07.604", "Rapid Test Kit Formalin", "Isi 50 tes", "Kit", 650000, ["KIMIA", "BAHANLAIN"])
s("reagen_boraks", C, "1.1.7.01.01.07.605", "Rapid Test Kit Boraks", "Isi 50 tes", "Kit", 650000, ["KIMIA", "BAHANLAIN"])
s("reagen_rhodamin", C, "1.1.7.01.01.07.606", "Rapid Test Kit Rhodamin B", "Isi 50 tes", "Kit", 720000, ["KIMIA", "BAHANLAIN"])
s("reagen_pestisida", C, "1.1.7.01.01.07.607", "Rapid Test Kit Residu Pestisida", "Isi 25 tes", "Kit", 2450000, ["KIMIA", "BAHANLAIN"])
s("reagen_yellow", C, "1.1.7.01.01.07.608", "Rapid Test Kit Methanyl Yellow", "Isi 50 tes", "Kit", 690000, ["KIMIA", "BAHANLAIN"])
s("disinfektan", C, "1.1.7.01.01.07.609", "Cairan Disinfektan", "Konsentrat, jerigen 5 liter", "Jerigen", 275000, ["KIMIA", "KEBERSIHAN"])

C = "BAHAN LAINNYA / PERLENGKAPAN LAPANGAN"
s("nitril", C, "1.1.7.01.01.08.701", "Sarung Tangan Nitril", "Ukuran M, non steril", "Box isi 100", 95000, ["BAHANLAIN"])
s("masker", C, "1.1.7.01.01.08.702", "Masker Medis 3 Ply", "Earloop", "Box isi 50", 28000, ["BAHANLAIN"])
s("ziplock", C, "1.1.7.01.01.08.703", "Kantong Plastik Klip (Zip Lock)", "Ukuran 15 x 20 cm", "Pak isi 100", 32000, ["BAHANLAIN"])
s("terpal46", C, "1.1.7.01.01.08.704", "Terpal Plastik", "Ukuran 4 x 6 m, A5", "Lembar", 165000, ["BAHANLAIN", "SERAH"])
s("terpal68", C, "1.1.7.01.01.08.705", "Terpal Plastik", "Ukuran 6 x 8 m, A5", "Lembar", 310000, ["BAHANLAIN", "SERAH"])
s("karung", C, "1.1.7.01.01.08.706", "Karung Plastik", "Kapasitas 50 kg", "Lembar", 2800, ["BAHANLAIN"])
s("tali_tambang", C, "1.1.7.01.01.08.707", "Tali Tambang Plastik", "Diameter 12 mm", "Roll 100 m", 385000, ["BAHANLAIN"])
s("police_line", C, "1.1.7.01.01.08.708", "Pita Garis Pembatas (Police Line)", "Lebar 7,5 cm, 300 m", "Roll", 95000, ["BAHANLAIN"])
s("matras", C, "1.1.7.01.01.08.709", "Kasur Lipat / Matras Busa", "Ukuran 180 x 90 cm", "Buah", 185000, ["BAHANLAIN", "SERAH"])
s("selimut", C, "1.1.7.01.01.08.710", "Selimut", "Polar fleece 150 x 200 cm", "Lembar", 65000, ["BAHANLAIN", "SERAH"])
s("air_gelas", C, "1.1.7.01.01.08.711", "Air Mineral Gelas", "220 ml", "Dus isi 48", 28000, ["MAMIN_LAP", "MAMIN_RAPAT", "SERAH"])
s("air_botol", C, "1.1.7.01.01.08.712", "Air Mineral Botol", "600 ml", "Dus isi 24", 52000, ["MAMIN_LAP", "MAMIN_RAPAT", "SERAH"])
s("sekop", C, "1.1.7.01.01.08.713", "Sekop", "Gagang kayu", "Buah", 95000, ["BAHANLAIN"])
s("cangkul", C, "1.1.7.01.01.08.714", "Cangkul", "Gagang kayu", "Buah", 85000, ["BAHANLAIN"])
s("rompi_reflektif", C, "1.1.7.01.01.08.715", "Rompi Reflektif (Safety Vest)", "Bahan jaring, scotlight", "Buah", 75000, ["BAHANLAIN", "PDL"])
s("cone", C, "1.1.7.01.01.08.716", "Kerucut Lalu Lintas (Traffic Cone)", "Tinggi 70 cm, karet", "Buah", 95000, ["BAHANLAIN"])
s("jas_hujan", C, "1.1.7.01.01.08.717", "Jas Hujan Ponco", "Bahan PVC", "Buah", 125000, ["BAHANLAIN", "PDL"])
s("sepatu_boot", C, "1.1.7.01.01.08.718", "Sepatu Boot Karet", "Tinggi 35 cm", "Pasang", 145000, ["BAHANLAIN", "PDL"])
s("sarung_kain", C, "1.1.7.01.01.08.719", "Sarung Tangan Kerja Kain", "Bintik karet", "Lusin", 72000, ["BAHANLAIN"])
s("beras_medium", C, "1.1.7.01.01.08.720", "Beras Medium", "Broken maks. 25%", "Kg", 13500, ["SERAH", "BAHANLAIN"])
s("beras_premium", C, "1.1.7.01.01.08.721", "Beras Premium", "Broken maks. 15%", "Kg", 15800, ["SERAH", "BAHANLAIN"])
s("minyak_goreng", C, "1.1.7.01.01.08.722", "Minyak Goreng Kemasan", "Kemasan 1 liter", "Liter", 18500, ["SERAH", "BAHANLAIN"])
s("gula", C, "1.1.7.01.01.08.723", "Gula Pasir", "Kemasan 1 kg", "Kg", 18000, ["SERAH", "BAHANLAIN"])
s("telur", C, "1.1.7.01.01.08.724", "Telur Ayam Ras", "", "Kg", 29000, ["SERAH", "BAHANLAIN"])
s("mi_instan", C, "1.1.7.01.01.08.725", "Mi Instan", "Isi 40 bungkus", "Dus", 118000, ["SERAH", "BAHANLAIN"])
s("pupuk_npk", C, "1.1.7.01.01.08.726", "Pupuk NPK 16-16-16", "Kemasan 50 kg", "Karung", 725000, ["BAHANLAIN", "SERAH"])
s("benih_padi", C, "1.1.7.01.01.08.727", "Benih Padi Varietas Unggul", "Label biru", "Kg", 14000, ["BAHANLAIN", "SERAH"])
s("bibit_nila", C, "1.1.7.01.01.08.728", "Benih Ikan Nila", "Ukuran 3-5 cm", "Ekor", 350, ["BAHANLAIN", "SERAH"])
s("pakan_ikan", C, "1.1.7.01.01.08.729", "Pakan Ikan Apung", "Protein 30%, 30 kg", "Karung", 385000, ["BAHANLAIN", "SERAH"])
s("bibit_pucuk", C, "1.1.7.01.01.08.730", "Bibit Tanaman Pucuk Merah", "Tinggi 50 cm, polybag", "Batang", 15000, ["BAHANLAIN", "SERAH"])
s("bola_futsal", C, "1.1.7.01.01.08.731", "Bola Futsal", "Ukuran 4, jahit mesin", "Buah", 450000, ["BAHANLAIN", "SERAH"])
s("bola_voli", C, "1.1.7.01.01.08.732", "Bola Voli", "Standar kompetisi", "Buah", 385000, ["BAHANLAIN", "SERAH"])
s("net_voli", C, "1.1.7.01.01.08.733", "Net Bola Voli", "Standar kompetisi", "Buah", 325000, ["BAHANLAIN", "SERAH"])
s("kotak_p3k", C, "1.1.7.01.01.08.734", "Kotak P3K Lengkap dengan Isi", "Tipe B (dinding)", "Set", 485000, ["BAHANLAIN"])
s("tandu", C, "1.1.7.01.01.08.735", "Tandu Lipat", "Aluminium", "Buah", 1350000, ["BAHANLAIN", "M_SAR"])

C = "SUKU CADANG KENDARAAN"
s("ban_185", C, "1.1.7.01.01.09.801", "Ban Luar Mobil", "Ukuran 185/70 R14", "Buah", 1050000, ["SUKUCADANG"])
s("ban_205", C, "1.1.7.01.01.09.802", "Ban Luar Mobil", "Ukuran 205/65 R15", "Buah", 1350000, ["SUKUCADANG"])
s("ban_truk", C, "1.1.7.01.01.09.803", "Ban Luar Truk", "Ukuran 7.50-16, 14 PR", "Buah", 2950000, ["SUKUCADANG"])
s("ban_motor", C, "1.1.7.01.01.09.804", "Ban Luar Sepeda Motor", "Ukuran 80/90-17", "Buah", 285000, ["SUKUCADANG"])
s("aki45", C, "1.1.7.01.01.09.805", "Aki Kering (MF)", "12 V 45 Ah", "Buah", 1150000, ["SUKUCADANG"])
s("aki70", C, "1.1.7.01.01.09.806", "Aki Kering (MF)", "12 V 70 Ah", "Buah", 1650000, ["SUKUCADANG"])
s("kampas_rem", C, "1.1.7.01.01.09.807", "Kampas Rem Mobil Depan", "1 set (4 pcs)", "Set", 385000, ["SUKUCADANG"])
s("filter_oli", C, "1.1.7.01.01.09.808", "Filter Oli Mobil", "Standar", "Buah", 65000, ["SUKUCADANG"])
s("wiper", C, "1.1.7.01.01.09.809", "Karet Wiper Mobil", "Sepasang, 16 + 20 inch", "Set", 145000, ["SUKUCADANG"])

C = "BAHAN CETAK"
s("spanduk", C, "1.1.7.01.01.10.901", "Spanduk Flexi", "Bahan 280 gram, cetak full color", "M2", 35000, ["CETAK", "JASA_IKLAN"])
s("baliho", C, "1.1.7.01.01.10.902", "Baliho Flexi", "Bahan 340 gram, cetak full color", "M2", 55000, ["CETAK", "JASA_IKLAN"])
s("xbanner", C, "1.1.7.01.01.10.903", "X-Banner", "60 x 160 cm, termasuk rangka", "Buah", 185000, ["CETAK", "JASA_IKLAN"])
s("rollbanner", C, "1.1.7.01.01.10.904", "Roll Up Banner", "80 x 200 cm, termasuk rangka", "Buah", 425000, ["CETAK", "JASA_IKLAN"])
s("brosur", C, "1.1.7.01.01.10.905", "Brosur A4", "Art paper 150 gr, 2 sisi full color", "Lembar", 2500, ["CETAK"])
s("leaflet", C, "1.1.7.01.01.10.906", "Leaflet A4 Lipat 3", "Art paper 120 gr, 2 sisi full color", "Lembar", 2000, ["CETAK"])
s("buku_saku", C, "1.1.7.01.01.10.907", "Buku Saku A6", "Isi 40 halaman full color, jilid staples", "Eksemplar", 18500, ["CETAK"])
s("stiker_a3", C, "1.1.7.01.01.10.908", "Stiker Vinyl A3", "Cetak full color + laminasi", "Lembar", 25000, ["CETAK"])
s("piagam", C, "1.1.7.01.01.10.909", "Piagam/Sertifikat A4", "Cetak full color, kertas 220 gr", "Lembar", 7500, ["CETAK"])
s("map_cetak", C, "1.1.7.01.01.10.910", "Map Kegiatan Cetak Logo", "Kertas ivory 260 gr", "Buah", 9500, ["CETAK"])
s("blanko", C, "1.1.7.01.01.10.911", "Blanko/Formulir Cetak 1 Warna", "HVS A4 70 gr", "Lembar", 450, ["CETAK"])
s("id_card", C, "1.1.7.01.01.10.912", "Kartu Identitas (ID Card) PVC + Tali", "Cetak 2 sisi", "Buah", 22500, ["CETAK"])
s("buku_laporan", C, "1.1.7.01.01.10.913", "Cetak Buku Laporan A4", "Isi 100 halaman, jilid soft cover", "Eksemplar", 65000, ["CETAK", "JASA_CETAK"])
s("stiker_kendaraan", C, "1.1.7.01.01.10.914", "Stiker Cutting Kendaraan", "Bahan scotlight reflektif", "M2", 185000, ["CETAK"])
s("papan_nama", C, "1.1.7.01.01.10.915", "Papan Informasi Akrilik", "Ukuran 60 x 40 cm, cetak UV", "Buah", 350000, ["CETAK"])

C = "PAKAIAN DINAS DAN ATRIBUT"
s("pdl_satpol", C, "1.1.7.01.01.11.001", "Pakaian Dinas Lapangan (PDL) Satpol PP", "Lengkap dengan atribut", "Stel", 685000, ["PDL"])
s("sepatu_pdl", C, "1.1.7.01.01.11.002", "Sepatu PDL", "Kulit, sol karet", "Pasang", 525000, ["PDL"])
s("topi_lap", C, "1.1.7.01.01.11.003", "Topi Lapangan", "Bordir logo", "Buah", 65000, ["PDL"])
s("kopel", C, "1.1.7.01.01.11.004", "Kopel / Sabuk Lapangan", "Nylon, kepala logam", "Buah", 110000, ["PDL"])
s("pdl_damkar", C, "1.1.7.01.01.11.005", "Pakaian Dinas Lapangan Damkar", "Bahan drill, scotlight", "Stel", 725000, ["PDL"])
s("kaos_kegiatan", C, "1.1.7.01.01.11.006", "Kaos Kegiatan", "Cotton combed 24s, sablon", "Buah", 85000, ["PAKAIAN", "SERAH"])
s("rompi_kegiatan", C, "1.1.7.01.01.11.007", "Rompi Kegiatan", "Bahan drill, bordir", "Buah", 175000, ["PAKAIAN", "PDL"])
s("topi_kegiatan", C, "1.1.7.01.01.11.008", "Topi Kegiatan", "Bordir logo", "Buah", 45000, ["PAKAIAN"])
s("jaket_parasut", C, "1.1.7.01.01.11.009", "Jaket Parasut", "Bordir logo", "Buah", 225000, ["PAKAIAN", "PDL"])
s("training_set", C, "1.1.7.01.01.11.010", "Seragam Olahraga (Training Set)", "Bahan diadora", "Stel", 285000, ["PAKAIAN"])
s("jersey_futsal", C, "1.1.7.01.01.11.011", "Jersey Futsal", "Printing, kaos + celana", "Stel", 165000, ["PAKAIAN", "SERAH"])
s("batik", C, "1.1.7.01.01.11.012", "Kain Batik Motif Daerah", "Katun, 2 m", "Potong", 185000, ["PAKAIAN"])

C = "PERALATAN PEMADAM KEBAKARAN"
s("selang15", C, "1.3.2.18.01.01.001", "Selang Pemadam", "Diameter 1,5 inch x 20 m, kopling machino", "Roll", 2650000, ["M_DAMKAR", "BAHANLAIN"])
s("selang25", C, "1.3.2.18.01.01.002", "Selang Pemadam", "Diameter 2,5 inch x 20 m, kopling machino", "Roll", 3450000, ["M_DAMKAR", "BAHANLAIN"])
s("nozzle15", C, "1.3.2.18.01.01.003", "Nozzle Jet/Spray", "Diameter 1,5 inch, kuningan", "Buah", 1850000, ["M_DAMKAR"])
s("nozzle25", C, "1.3.2.18.01.01.004", "Nozzle Jet/Spray", "Diameter 2,5 inch, kuningan", "Buah", 2400000, ["M_DAMKAR"])
s("apar6", C, "1.3.2.18.01.01.005", "APAR Powder", "Kapasitas 6 kg", "Tabung", 850000, ["M_DAMKAR", "BAHANLAIN"])
s("apar3", C, "1.3.2.18.01.01.006", "APAR Powder", "Kapasitas 3 kg", "Tabung", 575000, ["M_DAMKAR", "BAHANLAIN"])
s("apar_co2", C, "1.3.2.18.01.01.007", "APAR CO2", "Kapasitas 5 kg", "Tabung", 2150000, ["M_DAMKAR"])
s("helm_damkar", C, "1.3.2.18.01.01.008", "Helm Pemadam (Fire Helmet)", "Standar EN 443", "Buah", 2750000, ["M_DAMKAR", "PDL"])
s("fire_suit", C, "1.3.2.18.01.01.009", "Pakaian Pemadam Tahan Panas (Fire Suit)", "3 lapis, standar EN 469", "Stel", 8500000, ["M_DAMKAR", "PDL"])
s("fire_boots", C, "1.3.2.18.01.01.010", "Sepatu Pemadam (Fire Boots)", "Karet, ujung baja", "Pasang", 1950000, ["M_DAMKAR", "PDL"])
s("fire_gloves", C, "1.3.2.18.01.01.011", "Sarung Tangan Pemadam", "Kulit tahan panas", "Pasang", 450000, ["M_DAMKAR", "PDL", "BAHANLAIN"])
s("kapak", C, "1.3.2.18.01.01.012", "Kapak Pemadam (Fire Axe)", "Gagang fiber", "Buah", 385000, ["M_DAMKAR", "BAHANLAIN"])
s("scba", C, "1.3.2.18.01.01.013", "SCBA (Alat Bantu Pernapasan)", "Tabung 6,8 liter, 300 bar", "Unit", 28500000, ["M_DAMKAR"])
s("hydrant_box", C, "1.3.2.18.01.01.014", "Box Hydrant Outdoor", "Lengkap selang 1,5 inch dan nozzle", "Unit", 5750000, ["M_DAMKAR"])
s("isi_apar", C, "1.3.2.18.01.01.015", "Isi Ulang APAR Powder 6 kg", "Termasuk jasa dan segel", "Tabung", 275000, ["KIMIA", "BAHANLAIN", "PELIHARA_DAMKAR"])

C = "PERALATAN SAR DAN KEBENCANAAN"
s("life_jacket", C, "1.3.2.18.02.01.001", "Pelampung (Life Jacket) Dewasa", "Busa, standar SOLAS", "Buah", 325000, ["M_SAR", "BAHANLAIN"])
s("ring_buoy", C, "1.3.2.18.02.01.002", "Ring Buoy", "Diameter 70 cm + tali 30 m", "Buah", 375000, ["M_SAR", "BAHANLAIN"])
s("perahu_karet", C, "1.3.2.18.02.01.003", "Perahu Karet", "Kapasitas 10 orang, bahan PVC", "Unit", 48000000, ["M_ANGKUTAIR", "M_SAR"])
s("mesin15", C, "1.3.2.18.02.01.004", "Mesin Tempel (Outboard)", "15 PK, 2 tak", "Unit", 38500000, ["M_ANGKUTAIR", "M_SAR"])
s("mesin40", C, "1.3.2.18.02.01.005", "Mesin Tempel (Outboard)", "40 PK, 2 tak", "Unit", 78000000, ["M_ANGKUTAIR", "M_SAR"])
s("tenda_pengungsi", C, "1.3.2.18.02.01.006", "Tenda Pengungsi", "Ukuran 4 x 6 m, rangka besi", "Unit", 9750000, ["M_SAR"])
s("tenda_peleton", C, "1.3.2.18.02.01.007", "Tenda Peleton", "Ukuran 6 x 14 m", "Unit", 14500000, ["M_SAR"])
s("genset5", C, "1.3.2.18.02.01.008", "Generator Set (Genset) Bensin", "5.000 watt", "Unit", 9800000, ["M_SAR", "M_BENGKEL"])
s("genset25", C, "1.3.2.18.02.01.009", "Generator Set (Genset) Bensin", "2.500 watt", "Unit", 4650000, ["M_SAR", "M_BENGKEL"])
s("chainsaw", C, "1.3.2.18.02.01.010", "Gergaji Mesin (Chainsaw)", "Bilah 22 inch", "Unit", 4750000, ["M_SAR", "M_BENGKEL"])
s("pompa_air", C, "1.3.2.18.02.01.011", "Pompa Air Portable", "Mesin bensin 3 inch", "Unit", 5250000, ["M_SAR", "M_BENGKEL"])
s("megaphone", C, "1.3.2.18.02.01.012", "Megaphone / Toa", "25 watt, dengan sirene", "Buah", 650000, ["M_STUDIO", "M_KOMUNIKASI"])
s("ht", C, "1.3.2.18.02.01.013", "Handy Talky (HT)", "5 watt, dual band", "Unit", 1850000, ["M_KOMUNIKASI"])
s("rig", C, "1.3.2.18.02.01.014", "Radio Rig VHF", "50 watt, lengkap antena", "Unit", 6750000, ["M_KOMUNIKASI"])
s("tongkat_t", C, "1.3.2.18.03.01.001", "Tongkat T (Tonfa)", "Polikarbonat", "Buah", 185000, ["PDL", "BAHANLAIN"])
s("tameng", C, "1.3.2.18.03.01.002", "Tameng Pengendali Massa", "Polikarbonat transparan", "Buah", 1450000, ["M_SAR", "BAHANLAIN"])
s("rompi_antisayat", C, "1.3.2.18.03.01.003", "Rompi Anti Sayat", "Level 1", "Buah", 2850000, ["PDL", "M_SAR"])
s("helm_safety", C, "1.3.2.18.03.01.004", "Helm Safety Proyek", "Standar SNI", "Buah", 65000, ["BAHANLAIN", "PDL"])

C = "PERALATAN KANTOR, MEBEL DAN ELEKTRONIK"
s("meja_biro", C, "1.3.2.05.02.01.001", "Meja Kerja 1/2 Biro", "Ukuran 120 x 60 cm, kayu olahan", "Buah", 2450000, ["M_MEBEL"])
s("kursi_staf", C, "1.3.2.05.02.01.002", "Kursi Kerja Staf", "Sandaran sedang, beroda", "Buah", 1150000, ["M_MEBEL"])
s("kursi_lipat", C, "1.3.2.05.02.01.003", "Kursi Lipat Besi", "Dudukan busa", "Buah", 285000, ["M_MEBEL"])
s("kursi_tunggu", C, "1.3.2.05.02.01.004", "Kursi Tunggu 3 Dudukan", "Rangka besi, dudukan baja berlubang", "Set", 2350000, ["M_MEBEL"])
s("lemari_arsip", C, "1.3.2.05.02.01.005", "Filing Cabinet Besi", "4 laci", "Buah", 3850000, ["M_MEBEL"])
s("rak_arsip", C, "1.3.2.05.02.01.006", "Rak Arsip Besi", "5 susun, 90 x 40 x 200 cm", "Buah", 1950000, ["M_MEBEL"])
s("whiteboard", C, "1.3.2.05.02.01.007", "Papan Tulis Whiteboard", "120 x 240 cm, kaki beroda", "Buah", 1350000, ["M_MEBEL", "M_KANTOR"])
s("meja_lipat", C, "1.3.2.05.02.01.008", "Meja Lipat Serbaguna", "Ukuran 180 x 60 cm", "Buah", 875000, ["M_MEBEL"])
s("laptop_i5", C, "1.3.2.10.01.02.001", "Laptop", "Core i5/Ryzen 5, RAM 16 GB, SSD 512 GB, 14 inch", "Unit", 13500000, ["M_KOMP"])
s("laptop_i7", C, "1.3.2.10.01.02.002", "Laptop", "Core i7/Ryzen 7, RAM 16 GB, SSD 1 TB, 14 inch", "Unit", 18750000, ["M_KOMP"])
s("pc_aio", C, "1.3.2.10.01.02.003", "PC All in One", "Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch", "Unit", 14200000, ["M_KOMP"])
s("printer_a4", C, "1.3.2.10.02.03.001", "Printer Ink Tank A4", "Print/scan/copy", "Unit", 3150000, ["M_PERALKOMP"])
s("printer_a3", C, "1.3.2.10.02.03.002", "Printer Ink Tank A3", "Print/scan/copy", "Unit", 6850000, ["M_PERALKOMP"])
s("printer_idcard", C, "1.3.2.10.02.03.003", "Printer Kartu PVC (ID Card)", "Cetak 1 sisi", "Unit", 24500000, ["M_PERALKOMP"])
s("scanner_adf", C, "1.3.2.10.02.03.004", "Scanner Dokumen ADF", "A4, 30 ppm, duplex", "Unit", 8500000, ["M_PERALKOMP"])
s("ups", C, "1.3.2.10.02.03.005", "UPS", "1.200 VA", "Unit", 2150000, ["M_PERALKOMP"])
s("proyektor", C, "1.3.2.06.01.04.001", "Proyektor (LCD Projector)", "3.600 lumen, WXGA", "Unit", 7250000, ["M_STUDIO"])
s("layar_proyektor", C, "1.3.2.06.01.04.002", "Layar Proyektor Tripod", "70 inch", "Buah", 1250000, ["M_STUDIO"])
s("kamera_mirrorless", C, "1.3.2.06.01.04.003", "Kamera Digital Mirrorless", "24 MP, lensa kit", "Unit", 12500000, ["M_STUDIO"])
s("tv43", C, "1.3.2.06.01.04.004", "Televisi LED", "43 inch, smart TV", "Unit", 5250000, ["M_STUDIO"])
s("tv55", C, "1.3.2.06.01.04.005", "Televisi LED", "55 inch, smart TV", "Unit", 8450000, ["M_STUDIO"])
s("sound_portable", C, "1.3.2.06.01.04.006", "Sound System Portable", "Speaker 15 inch aktif + 2 mic wireless", "Set", 6750000, ["M_STUDIO"])
s("ac1", C, "1.3.2.05.02.06.001", "AC Split", "1 PK, inverter", "Unit", 4850000, ["M_PENDINGIN"])
s("ac15", C, "1.3.2.05.02.06.002", "AC Split", "1,5 PK, inverter", "Unit", 6150000, ["M_PENDINGIN"])
s("ac2", C, "1.3.2.05.02.06.003", "AC Split", "2 PK, inverter", "Unit", 7950000, ["M_PENDINGIN"])
s("kipas", C, "1.3.2.05.02.06.004", "Kipas Angin Berdiri", "16 inch", "Unit", 385000, ["M_PENDINGIN"])
s("dispenser", C, "1.3.2.05.02.06.005", "Dispenser Air Galon", "Panas dan normal", "Unit", 650000, ["M_KANTOR"])
s("mesin_antrian", C, "1.3.2.05.01.05.001", "Mesin Antrian Elektronik", "Kiosk touchscreen + printer thermal + display", "Set", 18500000, ["M_KANTOR"])
s("cool45", C, "1.3.2.07.01.01.001", "Cool Box", "Kapasitas 45 liter", "Buah", 650000, ["M_LAB", "BAHANLAIN"])
s("cool25", C, "1.3.2.07.01.01.002", "Cool Box", "Kapasitas 25 liter", "Buah", 385000, ["M_LAB", "BAHANLAIN"])
s("termometer_probe", C, "1.3.2.07.01.01.003", "Termometer Digital Makanan (Probe)", "Rentang -50 s.d. 300 C", "Buah", 165000, ["M_LAB", "BAHANLAIN"])
s("timbangan30", C, "1.3.2.07.01.01.004", "Timbangan Digital", "Kapasitas 30 kg", "Unit", 650000, ["M_LAB", "M_KANTOR"])
s("timbangan_meja", C, "1.3.2.07.01.01.005", "Timbangan Digital Meja", "Kapasitas 5 kg, ketelitian 1 g", "Unit", 325000, ["M_LAB", "M_KANTOR"])
s("kursi_pijat_no", C, "1.3.2.05.02.01.099", "Sofa Tamu Set", "Rangka kayu, 3-1-1 + meja", "Set", 12500000, ["M_MEBEL"])
s("dispenser_galon", C, "1.3.2.05.02.06.006", "Galon Air Mineral (isi ulang)", "19 liter", "Galon", 22000, ["MAMIN_RAPAT", "BAHANLAIN"])

# ----------------------------------------------------------------- SBU
SBU = []
def b(key, cat, kode, name, spec, unit, price, fam):
    SBU.append(dict(key=key, cat=cat, kode=kode, name=name, spec=spec, unit=unit, price=price, fam=fam))

C = "HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA"
b("narsum_menteri", C, "SBU.01.01", "Honorarium Narasumber Menteri/Pejabat Setingkat", "", "OJ", 1700000, ["HON_NARSUM"])
b("narsum_es1", C, "SBU.01.02", "Honorarium Narasumber Pejabat Eselon I", "", "OJ", 1400000, ["HON_NARSUM"])
b("narsum_es2", C, "SBU.01.03", "Honorarium Narasumber Pejabat Eselon II", "", "OJ", 1000000, ["HON_NARSUM"])
b("narsum_es3", C, "SBU.01.04", "Honorarium Narasumber Pejabat Eselon III ke bawah", "", "OJ", 900000, ["HON_NARSUM"])
b("narsum_ahli", C, "SBU.01.05", "Honorarium Narasumber Akademisi/Praktisi/Profesional", "", "OJ", 1000000, ["HON_NARSUM"])
b("moderator", C, "SBU.01.06", "Honorarium Moderator", "", "Orang/Kegiatan", 700000, ["HON_NARSUM"])
b("mc", C, "SBU.01.07", "Honorarium Pembawa Acara", "", "Orang/Kegiatan", 400000, ["HON_NARSUM"])
b("panitia_pj", C, "SBU.01.08", "Honorarium Panitia - Penanggung Jawab", "", "Orang/Kegiatan", 450000, ["HON_NARSUM"])
b("panitia_ketua", C, "SBU.01.09", "Honorarium Panitia - Ketua/Wakil Ketua", "", "Orang/Kegiatan", 400000, ["HON_NARSUM"])
b("panitia_sekr", C, "SBU.01.10", "Honorarium Panitia - Sekretaris", "", "Orang/Kegiatan", 300000, ["HON_NARSUM"])
b("panitia_anggota", C, "SBU.01.11", "Honorarium Panitia - Anggota", "", "Orang/Kegiatan", 300000, ["HON_NARSUM"])
C = "HONORARIUM TIM PELAKSANA KEGIATAN"
b("tim_pengarah", C, "SBU.02.01", "Honorarium Tim Pelaksana - Pengarah", "", "OB", 1000000, ["HON_TIM"])
b("tim_ketua", C, "SBU.02.02", "Honorarium Tim Pelaksana - Ketua", "", "OB", 650000, ["HON_TIM"])
b("tim_sekr", C, "SBU.02.03", "Honorarium Tim Pelaksana - Sekretaris", "", "OB", 500000, ["HON_TIM"])
b("tim_anggota", C, "SBU.02.04", "Honorarium Tim Pelaksana - Anggota", "", "OB", 450000, ["HON_TIM"])
b("tim_sekretariat", C, "SBU.02.05", "Honorarium Sekretariat Tim Pelaksana", "", "OB", 350000, ["HON_TIM"])
b("penguji", C, "SBU.02.06", "Honorarium Penguji/Penilai Lomba", "", "Orang/Kegiatan", 500000, ["HON_NARSUM"])
C = "SATUAN BIAYA KONSUMSI"
b("makan_rapat", C, "SBU.03.01", "Makanan Rapat Biasa", "Nasi kotak / prasmanan", "Orang/Kali", 45000, ["MAMIN_RAPAT"])
b("snack_rapat", C, "SBU.03.02", "Kudapan (Snack) Rapat Biasa", "", "Orang/Kali", 22000, ["MAMIN_RAPAT"])
b("makan_rapat_tinggi", C, "SBU.03.03", "Makanan Rapat Koordinasi Tingkat Tinggi", "Pejabat eselon I/II", "Orang/Kali", 65000, ["MAMIN_RAPAT"])
b("snack_rapat_tinggi", C, "SBU.03.04", "Kudapan Rapat Koordinasi Tingkat Tinggi", "Pejabat eselon I/II", "Orang/Kali", 30000, ["MAMIN_RAPAT"])
b("makan_lap", C, "SBU.03.05", "Makanan Kegiatan Lapangan", "Nasi kotak", "Orang/Kali", 40000, ["MAMIN_LAP"])
b("snack_lap", C, "SBU.03.06", "Kudapan Kegiatan Lapangan", "", "Orang/Kali", 18000, ["MAMIN_LAP"])
b("jamuan_tamu", C, "SBU.03.07", "Jamuan Tamu Pejabat Setingkat Menteri/Kepala Daerah", "", "Orang/Kali", 150000, ["MAMIN_RAPAT"])
b("makan_piket", C, "SBU.03.08", "Makanan Petugas Piket/Jaga Malam", "", "Orang/Kali", 35000, ["MAMIN_LAP"])
C = "UANG HARIAN PERJALANAN DINAS"
b("uh_dk", C, "SBU.04.01", "Uang Harian Perjalanan Dinas Dalam Kota (lebih dari 8 jam)", "Kota Samarinda", "OH", 190000, ["PERJADIN_DK"])
b("uh_kaltim", C, "SBU.04.02", "Uang Harian Perjalanan Dinas Luar Kota", "Dalam Provinsi Kalimantan Timur", "OH", 430000, ["PERJADIN"])
b("uh_jakarta", C, "SBU.04.03", "Uang Harian Perjalanan Dinas Luar Provinsi", "DKI Jakarta", "OH", 530000, ["PERJADIN"])
b("uh_jatim", C, "SBU.04.04", "Uang Harian Perjalanan Dinas Luar Provinsi", "Jawa Timur", "OH", 410000, ["PERJADIN"])
b("uh_sulsel", C, "SBU.04.05", "Uang Harian Perjalanan Dinas Luar Provinsi", "Sulawesi Selatan", "OH", 430000, ["PERJADIN"])
b("uh_diy", C, "SBU.04.06", "Uang Harian Perjalanan Dinas Luar Provinsi", "D.I. Yogyakarta", "OH", 420000, ["PERJADIN"])
b("uh_jabar", C, "SBU.04.07", "Uang Harian Perjalanan Dinas Luar Provinsi", "Jawa Barat", "OH", 430000, ["PERJADIN"])
b("uh_bali", C, "SBU.04.08", "Uang Harian Perjalanan Dinas Luar Provinsi", "Bali", "OH", 480000, ["PERJADIN"])
b("uh_diklat", C, "SBU.04.09", "Uang Harian Diklat/Bimtek (fullboard)", "Semua provinsi", "OH", 130000, ["PERJADIN"])
C = "BIAYA PENGINAPAN PERJALANAN DINAS"
b("inap_jkt_e3", C, "SBU.05.01", "Biaya Penginapan DKI Jakarta", "Pejabat Eselon III / Golongan IV", "Orang/Malam", 1490000, ["PERJADIN"])
b("inap_jkt_g3", C, "SBU.05.02", "Biaya Penginapan DKI Jakarta", "Pejabat Eselon IV / Golongan III ke bawah", "Orang/Malam", 992000, ["PERJADIN"])
b("inap_jatim_e3", C, "SBU.05.03", "Biaya Penginapan Jawa Timur", "Pejabat Eselon III / Golongan IV", "Orang/Malam", 1280000, ["PERJADIN"])
b("inap_jatim_g3", C, "SBU.05.04", "Biaya Penginapan Jawa Timur", "Pejabat Eselon IV / Golongan III ke bawah", "Orang/Malam", 850000, ["PERJADIN"])
b("inap_sulsel_g3", C, "SBU.05.05", "Biaya Penginapan Sulawesi Selatan", "Pejabat Eselon IV / Golongan III ke bawah", "Orang/Malam", 880000, ["PERJADIN"])
b("inap_diy_g3", C, "SBU.05.06", "Biaya Penginapan D.I. Yogyakarta", "Pejabat Eselon IV / Golongan III ke bawah", "Orang/Malam", 845000, ["PERJADIN"])
b("inap_kaltim_g3", C, "SBU.05.07", "Biaya Penginapan Kalimantan Timur", "Pejabat Eselon IV / Golongan III ke bawah", "Orang/Malam", 780000, ["PERJADIN"])
b("inap_jabar_g3", C, "SBU.05.08", "Biaya Penginapan Jawa Barat", "Pejabat Eselon IV / Golongan III ke bawah", "Orang/Malam", 820000, ["PERJADIN"])
C = "TIKET PESAWAT PULANG PERGI (KELAS EKONOMI)"
b("tiket_jkt", C, "SBU.06.01", "Tiket Pesawat Samarinda - Jakarta PP", "Kelas ekonomi", "Orang/PP", 4250000, ["PERJADIN"])
b("tiket_sby", C, "SBU.06.02", "Tiket Pesawat Samarinda - Surabaya PP", "Kelas ekonomi", "Orang/PP", 3100000, ["PERJADIN"])
b("tiket_mks", C, "SBU.06.03", "Tiket Pesawat Samarinda - Makassar PP", "Kelas ekonomi", "Orang/PP", 2650000, ["PERJADIN"])
b("tiket_yog", C, "SBU.06.04", "Tiket Pesawat Samarinda - Yogyakarta PP", "Kelas ekonomi", "Orang/PP", 3550000, ["PERJADIN"])
b("tiket_bdg", C, "SBU.06.05", "Tiket Pesawat Samarinda - Bandung PP", "Kelas ekonomi", "Orang/PP", 3900000, ["PERJADIN"])
b("tiket_dps", C, "SBU.06.06", "Tiket Pesawat Samarinda - Denpasar PP", "Kelas ekonomi", "Orang/PP", 3650000, ["PERJADIN"])
C = "TRANSPORTASI DARAT DAN TAKSI"
b("taksi_jkt", C, "SBU.07.01", "Taksi Bandara DKI Jakarta", "Sekali jalan", "Orang/Kali", 256000, ["PERJADIN"])
b("taksi_sby", C, "SBU.07.02", "Taksi Bandara Jawa Timur", "Sekali jalan", "Orang/Kali", 194000, ["PERJADIN"])
b("taksi_smd", C, "SBU.07.03", "Taksi Bandara Kota Samarinda", "Sekali jalan", "Orang/Kali", 180000, ["PERJADIN"])
b("darat_bpp", C, "SBU.07.04", "Transportasi Darat Samarinda - Balikpapan PP", "", "Orang/PP", 240000, ["PERJADIN"])
b("darat_btg", C, "SBU.07.05", "Transportasi Darat Samarinda - Bontang PP", "", "Orang/PP", 180000, ["PERJADIN"])
b("darat_tgr", C, "SBU.07.06", "Transportasi Darat Samarinda - Tenggarong PP", "", "Orang/PP", 120000, ["PERJADIN"])
b("darat_kubar", C, "SBU.07.07", "Transportasi Darat Samarinda - Sendawar (Kutai Barat) PP", "", "Orang/PP", 450000, ["PERJADIN"])
b("transport_peserta", C, "SBU.07.08", "Uang Transport Peserta Kegiatan Dalam Kota", "Non ASN", "Orang/Kali", 150000, ["PERJADIN_DK", "SERAH"])
C = "SATUAN BIAYA SEWA"
b("sewa_mobil_driver", C, "SBU.08.01", "Sewa Kendaraan Roda 4 (Minibus)", "Termasuk pengemudi dan BBM", "Unit/Hari", 850000, ["SEWA_KEND"])
b("sewa_mobil", C, "SBU.08.02", "Sewa Kendaraan Roda 4 (Minibus)", "Tanpa pengemudi dan BBM", "Unit/Hari", 600000, ["SEWA_KEND"])
b("sewa_bus", C, "SBU.08.03", "Sewa Bus Sedang", "Kapasitas 30 kursi, termasuk pengemudi", "Unit/Hari", 2750000, ["SEWA_KEND"])
b("sewa_pickup", C, "SBU.08.04", "Sewa Mobil Bak Terbuka (Pick Up)", "Termasuk pengemudi", "Unit/Hari", 550000, ["SEWA_KEND"])
b("sewa_tenda510", C, "SBU.08.05", "Sewa Tenda", "Ukuran 5 x 10 m, dengan dekorasi", "Unit/Hari", 1250000, ["SEWA_ALAT"])
b("sewa_tenda46", C, "SBU.08.06", "Sewa Tenda", "Ukuran 4 x 6 m, tanpa dekorasi", "Unit/Hari", 750000, ["SEWA_ALAT"])
b("sewa_kursi", C, "SBU.08.07", "Sewa Kursi Futura", "Dengan sarung", "Buah/Hari", 6500, ["SEWA_ALAT"])
b("sewa_meja", C, "SBU.08.08", "Sewa Meja dan Taplak", "", "Buah/Hari", 35000, ["SEWA_ALAT"])
b("sewa_sound_kecil", C, "SBU.08.09", "Sewa Sound System Kecil", "Sampai dengan 1.000 watt", "Paket/Hari", 850000, ["SEWA_ALAT"])
b("sewa_sound_sedang", C, "SBU.08.10", "Sewa Sound System Sedang", "Sampai dengan 5.000 watt", "Paket/Hari", 2500000, ["SEWA_ALAT"])
b("sewa_aula100", C, "SBU.08.11", "Sewa Gedung/Aula Pertemuan", "Kapasitas s.d. 100 orang", "Hari", 3500000, ["SEWA_GEDUNG"])
b("sewa_aula300", C, "SBU.08.12", "Sewa Gedung/Aula Pertemuan", "Kapasitas s.d. 300 orang", "Hari", 7500000, ["SEWA_GEDUNG"])
b("sewa_proyektor", C, "SBU.08.13", "Sewa LCD Proyektor + Layar", "", "Unit/Hari", 350000, ["SEWA_ALAT"])
b("sewa_genset", C, "SBU.08.14", "Sewa Genset", "Kapasitas 10 KVA, termasuk operator", "Unit/Hari", 1250000, ["SEWA_ALAT"])
b("sewa_speedboat", C, "SBU.08.15", "Sewa Speedboat", "Kapasitas 8 orang, termasuk motoris dan BBM", "Unit/Hari", 1850000, ["SEWA_KEND"])
b("sewa_stand", C, "SBU.08.16", "Sewa Stand Pameran", "Ukuran 3 x 3 m, standar", "Unit/Event", 4500000, ["SEWA_ALAT"])
b("sewa_led", C, "SBU.08.17", "Sewa Videotron/LED Screen", "Ukuran 3 x 4 m", "Unit/Hari", 5500000, ["SEWA_ALAT"])
C = "SATUAN BIAYA JASA LAINNYA"
b("thl", C, "SBU.09.01", "Jasa Tenaga Pendukung Harian", "Tenaga harian lepas", "OH", 150000, ["JASA_THL", "JASA_PELAYANAN"])
b("dokumentasi", C, "SBU.09.02", "Jasa Dokumentasi Kegiatan", "Foto dan video, edit sederhana", "Kegiatan", 1500000, ["JASA_IKLAN"])
b("advertorial", C, "SBU.09.03", "Jasa Publikasi Media Cetak (Advertorial)", "1/2 halaman, 1 kali terbit", "Kali", 6500000, ["JASA_IKLAN"])
b("publikasi_online", C, "SBU.09.04", "Jasa Publikasi Media Online", "1 artikel tayang", "Kali", 2500000, ["JASA_IKLAN"])
b("iklan_radio", C, "SBU.09.05", "Jasa Iklan Radio", "Spot 60 detik", "Spot", 350000, ["JASA_IKLAN"])
b("servis_ac", C, "SBU.09.06", "Jasa Servis/Cuci AC Split", "s.d. 2 PK", "Unit", 175000, ["PELIHARA_AC"])
b("servis_mobil", C, "SBU.09.07", "Jasa Servis Berkala Kendaraan Roda 4", "Termasuk oli dan filter", "Unit/Kali", 1250000, ["PELIHARA_KEND"])
b("fotokopi", C, "SBU.09.08", "Jasa Fotokopi", "HVS A4/F4 70 gr", "Lembar", 350, ["JASA_CETAK"])
b("jilid", C, "SBU.09.09", "Jasa Penjilidan Soft Cover", "", "Buku", 15000, ["JASA_CETAK"])
b("jilid_hard", C, "SBU.09.10", "Jasa Penjilidan Hard Cover", "", "Buku", 45000, ["JASA_CETAK"])
b("uang_saku", C, "SBU.09.11", "Uang Saku Peserta Kegiatan", "Non ASN, kegiatan sehari", "Orang/Hari", 100000, ["SERAH"])
b("juri", C, "SBU.09.12", "Jasa Juri/Wasit Pertandingan", "", "Orang/Pertandingan", 250000, ["HON_NARSUM"])
