"""Invented catalogue (SSH + SBU 2027, Kota Samarinda) and account chart used by generate.py.

Every catalogue row: key, category, uraian, spesifikasi, satuan, harga (Rp, excl. PPN), kind, group,
aliases. An alias is how OPD staff write the same item in an RKA: (name, spec, unit, conv) where conv is
how many catalogue units one RKA unit contains (Box isi 5 rim vs Rim -> 5).
"""

# ---------------------------------------------------------------- accounts (kind -> code, name)
ACC = {
    "bangunan": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
    "kimia": ("5.1.02.01.01.0003", "Belanja Bahan-Bahan Kimia"),
    "bbm": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "pupuk": ("5.1.02.01.01.0007", "Belanja Bahan-Bahan Pupuk"),
    "bibit": ("5.1.02.01.01.0008", "Belanja Bahan-Bahan/Bibit Tanaman"),
    "atk": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "kertas": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
    "cetak": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "pos": ("5.1.02.01.01.0027", "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos"),
    "komp": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "listrik": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
    "bersih": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya"),
    "mamin_rapat": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "mamin_lap": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman Aktivitas Lapangan"),
    "pdl": ("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)"),
    "kaos": ("5.1.02.01.01.0075", "Belanja Pakaian Olahraga"),
    "serah": ("5.1.02.03.02.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
    "honor_narsum": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    "honor_tim": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
    "jasa_admin": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    "jasa_bersih": ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Kebersihan"),
    "jasa_aman": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Keamanan"),
    "jasa_sopir": ("5.1.02.02.01.0031", "Belanja Jasa Tenaga Supir"),
    "jasa_kerja": ("5.1.02.02.01.0039", "Belanja Jasa Tenaga Kerja Lainnya (Pekerja Harian)"),
    "jasa_dok": ("5.1.02.02.01.0063", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan"),
    "sewa_kend": ("5.1.02.02.03.0035", "Belanja Sewa Kendaraan Bermotor Penumpang"),
    "sewa_berat": ("5.1.02.02.03.0005", "Belanja Sewa Alat Berat"),
    "sewa_alat": ("5.1.02.02.04.0118", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan (Tenda, Kursi, Sound System)"),
    "sewa_gedung": ("5.1.02.02.05.0026", "Belanja Sewa Bangunan Gedung Tempat Pertemuan"),
    "pd_biasa": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "pd_dalam": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "modal_mebel": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
    "modal_dingin": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
    "modal_rt": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
    "modal_komp": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Komputer"),
    "modal_kompl": ("5.2.02.10.02.0005", "Belanja Modal Peralatan Komputer Lainnya"),
    "modal_studio": ("5.2.02.06.01.0003", "Belanja Modal Peralatan Studio Visual"),
    "modal_tani": ("5.2.02.04.01.0008", "Belanja Modal Alat Pemeliharaan Tanaman/Alat Penyimpan Hasil Pertanian"),
    "modal_pompa": ("5.2.02.02.01.0020", "Belanja Modal Pompa"),
}

# wrong-but-plausible account for ACCOUNT_MISMATCH, chosen to be a different class of spending
WRONG = {
    "modal_komp": ["komp", "atk"], "modal_kompl": ["komp", "atk"], "modal_mebel": ["atk", "bersih"],
    "modal_dingin": ["listrik", "bersih"], "modal_rt": ["listrik", "bersih"], "modal_studio": ["komp", "atk"],
    "modal_tani": ["bibit", "bersih"], "modal_pompa": ["bangunan", "bersih"],
    "honor_narsum": ["mamin_rapat", "jasa_admin"], "honor_tim": ["jasa_kerja", "mamin_rapat"],
    "sewa_kend": ["modal_rt", "bbm"], "sewa_alat": ["modal_mebel", "cetak"], "sewa_gedung": ["modal_mebel", "cetak"],
    "sewa_berat": ["bangunan", "bbm"],
    "mamin_rapat": ["pd_dalam", "atk"], "mamin_lap": ["pd_dalam", "atk"],
    "pd_biasa": ["sewa_kend", "honor_tim"], "pd_dalam": ["sewa_kend", "honor_tim"],
    "atk": ["jasa_admin", "modal_kompl"], "kertas": ["jasa_admin", "modal_kompl"], "cetak": ["jasa_dok", "modal_kompl"],
    "komp": ["jasa_admin", "honor_tim"], "listrik": ["jasa_kerja", "honor_tim"], "bersih": ["jasa_bersih", "modal_rt"],
    "pos": ["jasa_admin", "cetak"],
    "jasa_admin": ["atk", "honor_narsum"], "jasa_bersih": ["bersih", "atk"], "jasa_aman": ["pdl", "atk"],
    "jasa_sopir": ["sewa_kend", "bbm"], "jasa_kerja": ["bangunan", "bibit"], "jasa_dok": ["modal_studio", "atk"],
    "bangunan": ["jasa_kerja", "modal_mebel"], "kimia": ["mamin_lap", "jasa_kerja"], "bbm": ["sewa_kend", "atk"],
    "pupuk": ["jasa_kerja", "modal_tani"], "bibit": ["jasa_kerja", "modal_tani"], "pdl": ["jasa_aman", "atk"],
    "kaos": ["jasa_admin", "atk"], "serah": ["mamin_rapat", "modal_mebel"],
}

# ---------------------------------------------------------------- SSH (goods) rows
# (key, category, uraian, spesifikasi, satuan, harga, kind, group, aliases)
SSH = []


def s(key, cat, ur, spec, sat, harga, kind, group=None, aliases=()):
    SSH.append(dict(key=key, cat=cat, uraian=ur, spec=spec, satuan=sat, harga=harga, kind=kind,
                    group=group or key, aliases=list(aliases), src="ssh"))


C = "ALAT TULIS KANTOR"
s("pulpen_gel", C, "Pulpen Gel", "tinta hitam 0,5 mm", "Buah", 4500, "atk", "pulpen",
  [("Pulpen gel hitam 0.5", "", "Buah", 1), ("Pulpen Gel 0,5 mm", "isi 12", "Lusin", 12)])
s("pulpen_std", C, "Pulpen Ballpoint Standar", "tinta biru/hitam", "Buah", 2500, "atk", "pulpen",
  [("Ballpoint standar", "hitam", "Pcs", 1)])
s("pulpen_lusin", C, "Pulpen Ballpoint Standar", "tinta biru/hitam", "Lusin", 27000, "atk", "pulpen")
s("pensil_2b", C, "Pensil 2B", "kayu", "Buah", 3500, "atk", "pensil", [("Pensil 2B", "", "Batang", 1)])
s("pensil_mek", C, "Pensil Mekanik", "0,5 mm", "Buah", 15000, "atk", "pensil")
s("spidol_wb", C, "Spidol Whiteboard", "isi ulang, hitam/biru/merah", "Buah", 9500, "atk", "spidol",
  [("Spidol papan tulis (whiteboard)", "", "Bh", 1), ("Spidol WB", "isi 12", "Pak", 12)])
s("spidol_perm", C, "Spidol Permanen", "ujung bulat", "Buah", 10500, "atk", "spidol_p",
  [("Marker permanen", "", "Bh", 1)])
s("stabilo", C, "Stabilo / Highlighter", "warna", "Buah", 8000, "atk", "stabilo")
s("map_plastik", C, "Map Plastik Kancing", "ukuran folio", "Buah", 3500, "atk", "map",
  [("Map kancing plastik F4", "", "Lembar", 1)])
s("map_snel", C, "Map Snelhecter Plastik", "folio", "Buah", 3000, "atk", "map_snel",
  [("Snelhecter plastik", "", "Bh", 1), ("Map snelhekter", "isi 10", "Pak", 10)])
s("map_kertas", C, "Map Kertas", "folio, 230 gsm", "Buah", 1500, "atk", "map_k")
s("ordner", C, "Ordner / Box File", "folio, punggung 7 cm", "Buah", 32000, "atk", "ordner",
  [("Ordner F4", "7 cm", "Buah", 1), ("Box file (ordner) folio", "", "Bh", 1)])
s("box_arsip", C, "Box Arsip Plastik", "folio, tutup", "Buah", 45000, "atk", "box_arsip")
s("stapler_10", C, "Stapler Kecil", "No. 10", "Buah", 25000, "atk", "stapler")
s("stapler_50", C, "Stapler Besar", "No. 3 / HD-50", "Buah", 95000, "atk", "stapler_b")
s("isi_staples10", C, "Isi Staples", "No. 10", "Kotak", 3000, "atk", "isi_staples",
  [("Refill staples no.10", "", "Kotak", 1), ("Isi staples No.10", "isi 20 kotak", "Dus", 20)])
s("isi_staples23", C, "Isi Staples", "23/10", "Kotak", 12500, "atk", "isi_staples_b")
for i, (no, hg) in enumerate([("105", 5000), ("107", 6500), ("111", 8500), ("155", 12000), ("200", 16000), ("260", 23000)]):
    s(f"binder_{no}", C, "Binder Clip", f"No. {no}", "Kotak", hg, "atk", f"binder_{no}",
      [(f"Binder clip {no}", "isi 12", "Kotak", 1)])
s("lakban_bening", C, "Lakban Bening", "2 inch", "Roll", 14000, "atk", "lakban",
  [("Selotip besar bening 2\"", "", "Roll", 1)])
s("lakban_coklat", C, "Lakban Coklat", "2 inch", "Roll", 13500, "atk", "lakban_c")
s("lakban_hitam", C, "Lakban Hitam (Kain)", "2 inch", "Roll", 15000, "atk", "lakban_h")
s("double_tape", C, "Double Tape", "1 inch", "Roll", 9000, "atk", "dtape")
s("gunting", C, "Gunting Kertas Besar", "", "Buah", 18000, "atk", "gunting")
s("cutter", C, "Cutter Besar", "L-500", "Buah", 14000, "atk", "cutter")
s("tipex", C, "Cairan Koreksi", "", "Buah", 7500, "atk", "koreksi", [("Tip-ex cair", "", "Bh", 1)])
s("corr_tape", C, "Correction Tape", "5 mm x 6 m", "Buah", 9500, "atk", "koreksi_t")
s("amplop_putih", C, "Amplop Putih Kecil", "No. 90, isi 100", "Kotak", 27000, "atk", "amplop",
  [("Amplop putih 90", "isi 100 lbr", "Dus", 1)])
s("amplop_coklat", C, "Amplop Coklat", "folio, isi 100", "Pak", 85000, "atk", "amplop_c",
  [("Amplop coklat F4", "", "Pak", 1)])
s("buku_tulis", C, "Buku Tulis", "38 lembar, isi 10", "Pak", 35000, "atk", "buku")
s("buku_folio", C, "Buku Folio", "100 lembar", "Buah", 27000, "atk", "buku_f", [("Buku folio bergaris 100 lbr", "", "Buah", 1)])
s("buku_agenda", C, "Buku Agenda / Ekspedisi", "", "Buah", 18000, "atk", "buku_a")
s("post_it", C, "Kertas Memo Tempel", "3 x 3 inch", "Pak", 12000, "atk", "postit", [("Sticky note 3x3", "", "Pak", 1)])
s("penggaris", C, "Penggaris Besi", "30 cm", "Buah", 9000, "atk", "penggaris")
s("kalkulator", C, "Kalkulator", "12 digit", "Buah", 150000, "atk", "kalkulator")
s("papan_klip", C, "Papan Klip (Clipboard)", "folio", "Buah", 17000, "atk", "clipboard",
  [("Clipboard / papan jalan", "", "Bh", 1)])
s("bantalan_stempel", C, "Bantalan Stempel", "No. 2", "Buah", 22000, "atk", "stempel")
s("tinta_stempel", C, "Tinta Stempel", "30 ml", "Botol", 12000, "atk", "stempel_t")

C = "KERTAS DAN COVER"
for (ur, spec, sat, hg, key, al) in [
    ("Kertas HVS", "A4 70 gram", "Rim", 52000, "hvs_a4_70", [("Kertas HVS A4 70 gr", "", "Rim", 1), ("Kertas A4 70gsm", "isi 5 rim", "Box", 5)]),
    ("Kertas HVS", "A4 80 gram", "Rim", 61000, "hvs_a4_80", [("Kertas HVS A4 80 gr", "", "Rim", 1), ("Kertas A4 80gsm", "isi 5 rim", "Box", 5), ("HVS A4 80 g", "500 lbr", "Rim", 1)]),
    ("Kertas HVS", "F4 70 gram", "Rim", 58000, "hvs_f4_70", [("Kertas F4/folio 70 gr", "", "Rim", 1), ("HVS Folio 70 gram", "isi 5 rim", "Box", 5)]),
    ("Kertas HVS", "F4 80 gram", "Rim", 67000, "hvs_f4_80", [("Kertas HVS F4 80 gr", "", "Rim", 1), ("Kertas folio 80 gsm", "isi 5 rim", "Dus", 5)]),
    ("Kertas HVS", "A3 80 gram", "Rim", 128000, "hvs_a3_80", []),
    ("Kertas Foto Glossy", "A4 230 gram, isi 20", "Pak", 38000, "kertas_foto", [("Photo paper glossy A4", "", "Pak", 1)]),
    ("Kertas Sertifikat", "A4 linen 220 gram, isi 50", "Pak", 45000, "kertas_sertif", []),
    ("Kertas Karton / Buffalo", "folio, isi 50", "Pak", 55000, "buffalo", [("Kertas buffalo/cover F4", "", "Pak", 1)]),
    ("Kertas Thermal", "80 x 80 mm", "Roll", 9000, "thermal_80", [("Kertas struk thermal 80mm", "", "Roll", 1)]),
    ("Kertas Thermal", "57 x 40 mm", "Roll", 4500, "thermal_57", []),
    ("Kertas Label", "No. 103, isi 10 lembar", "Pak", 9500, "label103", []),
]:
    s(key, C, ur, spec, sat, hg, "kertas", key.split("_")[0] + ("" if key.startswith("hvs") else key), al)

C = "BAHAN KOMPUTER"
for color, key in [("Hitam", "k"), ("Cyan", "c"), ("Magenta", "m"), ("Yellow", "y")]:
    s(f"tinta70_{key}", C, "Tinta Printer Isi Ulang", f"70 ml, {color.lower()}", "Botol", 98000 if key == "k" else 102000,
      "komp", f"tinta_{key}", [(f"Tinta printer refill 70ml {color.lower()}", "", "Botol", 1)])
s("toner_mono", C, "Toner Laser Monokrom", "setara tipe 85A, 1.600 hal", "Buah", 735000, "komp", "toner",
  [("Toner printer laser hitam (85A)", "", "Pcs", 1)])
s("toner_mono_hi", C, "Toner Laser Monokrom", "setara tipe 26A, 3.100 hal", "Buah", 1450000, "komp", "toner26")
s("drum_unit", C, "Drum Unit Printer Laser", "12.000 hal", "Buah", 1150000, "komp", "drum")
for gb, hg in [(16, 65000), (32, 85000), (64, 125000), (128, 210000)]:
    s(f"fd{gb}", C, "Flashdisk", f"{gb} GB USB 3.0", "Buah", hg, "komp", "flashdisk",
      [(f"Flash disk {gb}GB", "USB 3.0", "Pcs", 1)])
s("hdd1", C, "Harddisk Eksternal", "1 TB USB 3.0", "Buah", 825000, "komp", "hdd", [("HDD eksternal 1TB", "", "Unit", 1)])
s("hdd2", C, "Harddisk Eksternal", "2 TB USB 3.0", "Buah", 1175000, "komp", "hdd2", [("Hardisk external 2 TB", "", "Unit", 1)])
s("mouse_wl", C, "Mouse Wireless", "2,4 GHz", "Buah", 95000, "komp", "mouse")
s("mouse_usb", C, "Mouse Kabel USB", "optical", "Buah", 55000, "komp", "mouse_k")
s("keyboard", C, "Keyboard USB", "standar", "Buah", 115000, "komp", "keyboard")
for m, hg in [("1,5 m", 45000), ("5 m", 85000), ("10 m", 145000)]:
    s(f"hdmi_{m[:-2].replace(',', '')}", C, "Kabel HDMI", m, "Buah", hg, "komp", "hdmi" + m)
s("kabel_lan", C, "Kabel UTP Cat 6", "Roll 305 m", "Roll", 1850000, "komp", "kabel_lan",
  [("Kabel LAN Cat6", "1 roll 305 m", "Roll", 1)])
s("rj45", C, "Konektor RJ45", "Cat 6, isi 100", "Kotak", 185000, "komp", "rj45")
s("dvd_r", C, "DVD-R", "4,7 GB, isi 50", "Pak", 210000, "komp", "dvd")

C = "ALAT LISTRIK"
for w, hg in [(12, 42000), (18, 58000), (24, 79000), (40, 145000)]:
    s(f"led{w}", C, "Lampu LED Bulb", f"{w} watt, E27", "Buah", hg, "listrik", f"led{w}", [(f"Bola lampu LED {w}W", "", "Bh", 1)])
s("stop_kontak", C, "Stop Kontak", "4 lubang + kabel 3 m", "Buah", 65000, "listrik", "stopk")
s("kabel_roll", C, "Kabel Roll", "10 m, 4 lubang", "Buah", 135000, "listrik", "kroll")
s("kabel_nym", C, "Kabel Listrik NYM", "2 x 1,5 mm, Roll 50 m", "Roll", 525000, "listrik", "nym")
s("bat_aa", C, "Baterai Alkaline", "AA, isi 2", "Pak", 18000, "listrik", "bat_aa", [("Baterai AA", "isi 2", "Pak", 1)])
s("bat_aaa", C, "Baterai Alkaline", "AAA, isi 2", "Pak", 17000, "listrik", "bat_aaa")
s("senter", C, "Senter LED", "isi ulang (rechargeable)", "Buah", 85000, "listrik", "senter", [("Senter LED cas", "", "Bh", 1)])

C = "BAHAN KEBERSIHAN"
s("sapu", C, "Sapu Ijuk", "gagang kayu", "Buah", 35000, "bersih", "sapu")
s("pel", C, "Alat Pel Lantai", "gagang besi + kain", "Buah", 65000, "bersih", "pel")
s("pembersih_lantai", C, "Cairan Pembersih Lantai", "5 liter", "Jerigen", 95000, "bersih", "plantai")
s("sabun_tangan", C, "Sabun Cuci Tangan Cair", "500 ml", "Botol", 27000, "bersih", "sabun")
s("tisu", C, "Tisu Wajah", "250 lembar", "Pak", 18000, "bersih", "tisu", [("Tissue kotak 250 sheet", "", "Box", 1)])
s("kantong_sampah", C, "Kantong Sampah Plastik", "60 x 100 cm, isi 10", "Pak", 15000, "bersih", "ksampah")
s("tempat_sampah", C, "Tempat Sampah Plastik", "tutup injak, 40 liter", "Buah", 185000, "bersih", "tsampah")

C = "BAHAN CETAK"
s("spanduk", C, "Spanduk / Banner Flexi", "cetak, 280 gram", "M2", 45000, "cetak", "spanduk",
  [("Spanduk flexy", "", "M2", 1), ("Banner flexi 1 x 3 m", "1x3 m", "Lembar", 3)])
s("xbanner", C, "X-Banner", "60 x 160 cm + rangka", "Buah", 125000, "cetak", "xbanner")
s("rollup", C, "Roll Up Banner", "80 x 200 cm + stand", "Buah", 385000, "cetak", "rollup")
s("leaflet", C, "Leaflet", "A4 lipat 3, art paper 150 gram, 4 warna", "Lembar", 2500, "cetak", "leaflet",
  [("Leaflet A4 lipat tiga", "", "Lbr", 1)])
s("brosur", C, "Brosur", "A5, art paper 120 gram, 1 sisi", "Lembar", 1200, "cetak", "brosur")
s("stiker", C, "Stiker Vinyl", "cetak + laminasi", "M2", 110000, "cetak", "stiker")
s("stiker_a5", C, "Stiker Cetak", "A5, vinyl", "Lembar", 7500, "cetak", "stiker_a5")
s("buku_cetak50", C, "Cetak Buku / Modul", "A4, 50 halaman, soft cover", "Eksemplar", 42000, "cetak", "modul",
  [("Penggandaan modul 50 hal", "A4 soft cover", "Eks", 1)])
s("buku_cetak100", C, "Cetak Buku / Modul", "A4, 100 halaman, soft cover", "Eksemplar", 68000, "cetak", "modul100")
s("id_card", C, "ID Card PVC", "cetak 2 sisi + tali", "Buah", 18000, "cetak", "idcard", [("Kartu identitas (ID card) + lanyard", "", "Bh", 1)])
s("sertifikat", C, "Cetak Sertifikat / Piagam", "A4 linen, 4 warna", "Lembar", 8500, "cetak", "sertif")
s("map_logo", C, "Map Cetak Berlogo", "folio, art carton 260 gram", "Buah", 6500, "cetak", "maplogo")
s("formulir", C, "Cetak Formulir / Blanko", "F4, HVS 70 gram, 1 warna", "Lembar", 450, "cetak", "formulir",
  [("Blanko formulir cetak F4", "", "Lembar", 1), ("Cetak formulir F4", "isi 500 lbr", "Rim", 500)])
s("surat_teguran", C, "Cetak Surat Berkop / NCR", "F4, 2 ply, nomor seri", "Set", 2750, "cetak", "ncr",
  [("Cetak blanko rangkap NCR 2 ply", "", "Set", 1)])
s("kartu_nama", C, "Kartu Nama", "isi 100", "Kotak", 65000, "cetak", "knama")
s("kalender", C, "Kalender Dinding", "6 lembar, 4 warna", "Eksemplar", 35000, "cetak", "kalender")
s("baliho", C, "Baliho", "cetak + rangka kayu, 4 x 6 m", "Buah", 3250000, "cetak", "baliho")

C = "BENDA POS"
s("meterai", C, "Meterai Tempel", "Rp 10.000", "Lembar", 10000, "pos", "meterai", [("Materai 10.000", "", "Lbr", 1)])
s("prangko", C, "Biaya Pengiriman Surat Tercatat", "dalam kota", "Surat", 12000, "pos", "kirim")

C = "MEBEL"
s("meja_half", C, "Meja Kerja 1/2 Biro", "kayu olahan, 120 x 60 cm", "Buah", 1650000, "modal_mebel", "meja")
s("meja_1biro", C, "Meja Kerja 1 Biro", "kayu olahan, 160 x 80 cm", "Buah", 2850000, "modal_mebel", "meja1")
s("kursi_kerja", C, "Kursi Kerja Staf", "putar, sandaran jaring", "Buah", 1100000, "modal_mebel", "kursi")
s("kursi_lipat", C, "Kursi Lipat", "rangka besi, jok busa", "Buah", 285000, "modal_mebel", "kursil", [("Kursi lipat besi (chitose)", "", "Unit", 1)])
s("lemari_arsip", C, "Lemari Arsip Besi", "2 pintu, sliding", "Buah", 3450000, "modal_mebel", "lemari")
s("filing_cab", C, "Filing Cabinet Besi", "4 laci", "Buah", 2950000, "modal_mebel", "filing")
s("rak_buku", C, "Rak Buku", "kayu olahan, 5 susun", "Buah", 1250000, "modal_mebel", "rak")
s("meja_lipat", C, "Meja Lipat", "kaki besi, 120 x 60 cm", "Buah", 650000, "modal_mebel", "mejal")

C = "PERALATAN KOMPUTER"
s("laptop_i5", C, "Laptop", "Core i5 gen 13 / setara, RAM 8 GB, SSD 512 GB, 14 inch", "Unit", 11500000, "modal_komp", "laptop",
  [("Notebook core i5 RAM 8GB SSD 512GB", "14\"", "Unit", 1)])
s("laptop_i7", C, "Laptop", "Core i7 gen 13 / setara, RAM 16 GB, SSD 1 TB, 14 inch", "Unit", 17800000, "modal_komp", "laptop7")
s("pc_aio", C, "Personal Computer All-in-One", "Core i5, RAM 8 GB, SSD 512 GB, 24 inch", "Unit", 13250000, "modal_komp", "pc",
  [("PC AIO 24 inch core i5", "", "Unit", 1)])
s("printer_ink", C, "Printer Inkjet Multifungsi", "A4, print/scan/copy, tinta isi ulang", "Unit", 3350000, "modal_kompl", "printer",
  [("Printer multifungsi A4 (ink tank)", "", "Unit", 1)])
s("printer_laser", C, "Printer Laser Monokrom", "A4, 30 ppm", "Unit", 3900000, "modal_kompl", "printer_l")
s("printer_a3", C, "Printer Inkjet A3", "A3+, tinta isi ulang", "Unit", 6750000, "modal_kompl", "printer_a3")
s("scanner", C, "Scanner Dokumen", "A4, ADF 50 lembar, 30 ppm", "Unit", 8900000, "modal_kompl", "scanner")
s("ups", C, "UPS", "1200 VA", "Unit", 1850000, "modal_kompl", "ups")
s("router", C, "Router Wi-Fi", "dual band AC1200", "Unit", 850000, "modal_kompl", "router")
s("switch24", C, "Switch Jaringan", "24 port gigabit", "Unit", 2650000, "modal_kompl", "switch")
s("proyektor", C, "Proyektor", "3.500 lumen, XGA", "Unit", 7250000, "modal_kompl", "proyektor", [("LCD projector 3500 ANSI lumens", "", "Unit", 1)])
s("layar_proy", C, "Layar Proyektor", "tripod 70 inch", "Unit", 850000, "modal_kompl", "layar")
s("antrian", C, "Mesin Antrian", "touchscreen + printer thermal + 2 display", "Paket", 28500000, "modal_kompl", "antrian")

C = "PERALATAN RUMAH TANGGA DAN PENDINGIN"
for pk, hg in [("1/2", 3650000), ("1", 4450000), ("1,5", 5850000), ("2", 8250000)]:
    s(f"ac_{pk.replace('/', '_').replace(',', '')}", C, "AC Split", f"{pk} PK, inverter", "Unit", hg, "modal_dingin", f"ac{pk}",
      [(f"Air Conditioner split {pk} PK", "inverter", "Unit", 1)])
s("kipas", C, "Kipas Angin Berdiri", "16 inch", "Buah", 450000, "modal_rt", "kipas")
s("dispenser", C, "Dispenser Air", "galon bawah, panas/dingin", "Unit", 1850000, "modal_rt", "dispenser")
s("kulkas", C, "Lemari Es", "2 pintu, 200 liter", "Unit", 4150000, "modal_rt", "kulkas")
for inch, hg in [(32, 2650000), (43, 4650000), (50, 6150000), (55, 7650000)]:
    s(f"tv{inch}", C, "Televisi LED", f"{inch} inch, smart TV", "Unit", hg, "modal_rt", f"tv{inch}", [(f"Smart TV LED {inch}\"", "", "Unit", 1)])
s("kamera", C, "Kamera Digital Mirrorless", "24 MP, lensa kit", "Unit", 12500000, "modal_studio", "kamera")
s("sound_portable", C, "Sound System Portable", "speaker aktif 15 inch + 2 mic wireless", "Set", 6250000, "modal_studio", "soundp")
s("wireless_mic", C, "Mikrofon Wireless", "double, UHF", "Set", 2150000, "modal_studio", "mic")

C = "PAKAIAN DAN PERLENGKAPAN LAPANGAN"
s("pdl", C, "Pakaian Dinas Lapangan (PDL)", "bahan drill, jahit", "Stel", 450000, "pdl", "pdl")
s("rompi", C, "Rompi Petugas", "scotlight reflektif, sablon", "Buah", 95000, "pdl", "rompi", [("Rompi reflektor", "", "Pcs", 1)])
s("topi_lap", C, "Topi Lapangan", "bordir logo", "Buah", 45000, "pdl", "topi")
s("sepatu_boot", C, "Sepatu Boot Karet", "sampai betis", "Pasang", 135000, "pdl", "boot", [("Sepatu boots karet", "", "Psg", 1)])
s("jas_hujan", C, "Jas Hujan Setelan", "PVC", "Stel", 125000, "pdl", "jashujan")
s("kaos_olahraga", C, "Pakaian Olahraga (Training)", "setelan, sablon", "Stel", 285000, "kaos", "kaos")
s("kaos_kegiatan", C, "Kaos Kegiatan", "katun combed 30s, sablon", "Buah", 85000, "kaos", "kaosk")

C = "BAHAN BANGUNAN"
s("semen", C, "Semen Portland", "50 kg", "Sak", 78000, "bangunan", "semen", [("Semen PC 50 kg", "", "Zak", 1)])
s("semen40", C, "Semen Portland", "40 kg", "Sak", 64000, "bangunan", "semen40")
s("pasir_pasang", C, "Pasir Pasang", "", "M3", 310000, "bangunan", "pasir")
s("pasir_beton", C, "Pasir Beton / Cor", "", "M3", 365000, "bangunan", "pasirb")
s("batu_kali", C, "Batu Kali / Batu Gunung", "belah 15-20 cm", "M3", 385000, "bangunan", "batu")
s("split", C, "Batu Pecah (Split)", "2/3 cm", "M3", 425000, "bangunan", "split")
for mm, hg in [(8, 62000), (10, 96000), (12, 138000), (16, 245000)]:
    s(f"besi{mm}", C, "Besi Beton Ulir", f"D{mm} mm, panjang 12 m", "Batang", hg, "bangunan", f"besi{mm}", [(f"Besi ulir {mm} mm", "12 m", "Btg", 1)])
s("karung_plastik", C, "Karung Plastik (Sandbag)", "50 x 80 cm", "Lembar", 3500, "bangunan", "karung", [("Karung plastik untuk tanggul", "", "Lbr", 1)])
s("geotekstil", C, "Geotekstil Non Woven", "250 gram/m2", "M2", 18500, "bangunan", "geotek")
s("pipa_pvc4", C, "Pipa PVC", "4 inch AW, 4 m", "Batang", 265000, "bangunan", "pvc4")
s("pipa_pvc6", C, "Pipa PVC", "6 inch AW, 4 m", "Batang", 565000, "bangunan", "pvc6")
s("paku", C, "Paku Biasa", "5 - 10 cm", "Kg", 26000, "bangunan", "paku")
s("kayu_ulin", C, "Kayu Ulin Balok", "5 x 10 cm, 4 m", "Batang", 285000, "bangunan", "ulin", [("Balok ulin 5/10", "4 m", "Btg", 1)])
s("dolken", C, "Kayu Dolken / Cerucuk", "diameter 8-10 cm, 4 m", "Batang", 38000, "bangunan", "dolken", [("Cerucuk kayu galam 4 m", "", "Batang", 1)])
s("cangkul", C, "Cangkul", "lengkap gagang", "Buah", 95000, "bangunan", "cangkul")
s("sekop", C, "Sekop", "lengkap gagang", "Buah", 85000, "bangunan", "sekop")
s("gerobak", C, "Gerobak Sorong", "roda 1, bak besi", "Unit", 785000, "bangunan", "gerobak")
s("cat_tembok", C, "Cat Tembok Interior", "5 kg", "Pail", 185000, "bangunan", "cat")

C = "BAHAN PERTANIAN DAN TAMAN"
s("bibit_trembesi", C, "Bibit Pohon Pelindung Trembesi", "tinggi 1,5-2 m, polybag", "Batang", 85000, "bibit", "trembesi")
s("bibit_tabebuya", C, "Bibit Pohon Tabebuya", "tinggi 1,5-2 m, polybag", "Batang", 125000, "bibit", "tabebuya")
s("pucuk_merah", C, "Tanaman Hias Pucuk Merah", "tinggi 40-60 cm, polybag", "Polybag", 15000, "bibit", "pucuk", [("Bibit pucuk merah 50cm", "", "Pohon", 1)])
s("bougenvil", C, "Tanaman Hias Bougenville", "tinggi 60-80 cm, pot", "Pot", 65000, "bibit", "bougenvil")
s("rumput_gajah", C, "Rumput Gajah Mini", "lempengan", "M2", 32000, "bibit", "rumput", [("Rumput gajah mini (lembaran)", "", "m2", 1)])
s("pupuk_kandang", C, "Pupuk Kandang", "karung 25 kg", "Karung", 25000, "pupuk", "pkandang")
s("pupuk_npk", C, "Pupuk NPK", "16-16-16", "Kg", 18000, "pupuk", "npk", [("Pupuk NPK mutiara", "", "Kg", 1), ("Pupuk NPK 16-16-16", "kemasan 50 kg", "Sak", 50)])
s("tanah_humus", C, "Tanah Humus / Top Soil", "karung 25 kg", "Karung", 18000, "pupuk", "humus")
s("pestisida", C, "Insektisida Pertanian", "cair", "Liter", 145000, "kimia", "pestisida")
s("selang", C, "Selang Air", "1/2 inch, 50 m", "Roll", 285000, "bersih", "selang")
s("gunting_dahan", C, "Gunting Dahan", "panjang 70 cm", "Buah", 165000, "bersih", "gdahan")
s("mesin_rumput", C, "Mesin Pemotong Rumput", "gendong, 2 tak, 43 cc", "Unit", 3850000, "modal_tani", "mrumput",
  [("Mesin potong rumput (brush cutter) 43cc", "", "Unit", 1)])
s("pompa_air", C, "Pompa Air", "mesin bensin 3 inch", "Unit", 4650000, "modal_pompa", "pompa", [("Pompa alkon 3\" bensin", "", "Unit", 1)])
s("pertalite", C, "Bahan Bakar Bensin (RON 90)", "", "Liter", 10000, "bbm", "bensin", [("BBM Pertalite", "", "Ltr", 1)])
s("solar", C, "Bahan Bakar Solar / Biosolar", "", "Liter", 6800, "bbm", "solar", [("BBM Solar", "", "Ltr", 1)])
s("oli2t", C, "Oli Mesin 2 Tak", "1 liter", "Botol", 65000, "bbm", "oli")
s("pakan_ikan", C, "Pakan Ikan Apung", "protein 30%, 30 kg", "Sak", 395000, "pupuk", "pakan")

C = "BAHAN KESEHATAN NON-MEDIS DAN PENGENDALIAN VEKTOR"
s("masker", C, "Masker Medis", "3 ply, isi 50", "Box", 32000, "bersih", "masker", [("Masker 3 ply earloop", "isi 50", "Box", 1)])
s("sarung_tangan", C, "Sarung Tangan Latex", "isi 100", "Box", 85000, "bersih", "glove")
s("hand_sanitizer", C, "Hand Sanitizer", "500 ml", "Botol", 45000, "bersih", "handsan")
s("larvasida", C, "Larvasida Butiran (Temephos 1%)", "kemasan 500 gram", "Bungkus", 95000, "kimia", "abate",
  [("Bubuk abate / larvasida", "500 gr", "Bks", 1)])
s("insektisida_fog", C, "Insektisida Fogging (Malathion 95%)", "1 liter", "Liter", 285000, "kimia", "malathion")
s("insektisida_ulv", C, "Insektisida ULV (Cypermethrin)", "1 liter", "Liter", 245000, "kimia", "ulv")
s("solar_fog", C, "Solar Campuran Fogging", "", "Liter", 6800, "bbm", "solarfog")
s("kartu_jentik", C, "Cetak Kartu Jentik Rumah", "A6, art carton", "Lembar", 1500, "cetak", "kjentik")
s("pot_sampel", C, "Pot Sampel Plastik", "steril, 60 ml", "Buah", 3500, "kimia", "pot")
s("cool_box", C, "Cool Box", "25 liter", "Buah", 525000, "bersih", "coolbox")
s("apd_fog", C, "Masker Respirator Fogging", "filter ganda", "Buah", 265000, "pdl", "respirator")

C = "PAKET BANTUAN SOSIAL"
s("kursi_roda", C, "Kursi Roda Standar", "rangka besi, ban mati", "Unit", 1650000, "serah", "kursiroda")
s("kursi_roda_anak", C, "Kursi Roda Anak (CP)", "sandaran kepala, sabuk", "Unit", 4850000, "serah", "kursirodaanak")
s("tongkat_ketiak", C, "Kruk / Tongkat Ketiak", "aluminium, sepasang", "Pasang", 285000, "serah", "kruk")
s("walker", C, "Walker Lansia", "aluminium lipat", "Unit", 385000, "serah", "walker")
s("tongkat_tuna", C, "Tongkat Tunanetra", "lipat, reflektif", "Buah", 135000, "serah", "tongkat")
s("kasur", C, "Kasur Busa", "single, 90 x 200 cm, tebal 15 cm", "Buah", 950000, "serah", "kasur")
s("selimut", C, "Selimut", "polar fleece 150 x 200 cm", "Lembar", 85000, "serah", "selimut")
s("hygiene_kit", C, "Paket Perlengkapan Kebersihan Diri (Hygiene Kit)", "sabun, sikat gigi, pasta, sampo, handuk", "Paket", 125000, "serah", "hygiene")
s("pakaian_anak", C, "Pakaian Anak Layak Pakai (Baru)", "setelan", "Stel", 145000, "serah", "pakanak")
s("beras", C, "Beras Medium", "kemasan 5 kg", "Karung", 72000, "serah", "beras", [("Beras medium 5 kg", "", "Sak", 1)])
s("paket_sembako", C, "Paket Sembako", "beras 5 kg, minyak 2 L, gula 1 kg, telur 1 tray, mi 10 bks", "Paket", 235000, "serah", "sembako")
s("alat_sekolah", C, "Paket Perlengkapan Sekolah", "tas, buku tulis 10, alat tulis", "Paket", 265000, "serah", "alsek")

# ---------------------------------------------------------------- SBU rows
SBU = []


def b(key, cat, ur, spec, sat, harga, kind, group=None, aliases=()):
    SBU.append(dict(key=key, cat=cat, uraian=ur, spec=spec, satuan=sat, harga=harga, kind=kind,
                    group=group or key, aliases=list(aliases), src="sbu"))


C = "A. HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA"
b("narsum_es1", C, "Honorarium Narasumber Pejabat Eselon I / setara", "", "OJ", 1400000, "honor_narsum", "narsum")
b("narsum_es2", C, "Honorarium Narasumber Pejabat Eselon II / setara", "", "OJ", 1000000, "honor_narsum", "narsum",
  [("Honor narasumber Eselon II", "", "OJ", 1)])
b("narsum_es3", C, "Honorarium Narasumber Pejabat Eselon III ke bawah / setara", "", "OJ", 900000, "honor_narsum", "narsum",
  [("Honorarium narsum eselon III", "", "OJ", 1)])
b("narsum_non", C, "Honorarium Narasumber Non-ASN / Praktisi / Akademisi", "", "OJ", 900000, "honor_narsum", "narsum",
  [("Honor narasumber praktisi (non ASN)", "", "OJ", 1)])
b("moderator", C, "Honorarium Moderator", "", "OK", 700000, "honor_narsum", "moderator", [("Honor moderator", "", "OK", 1)])
b("mc", C, "Honorarium Pembawa Acara", "", "OK", 400000, "honor_narsum", "mc", [("Honor MC / pembawa acara", "", "OK", 1)])
b("panitia_pj", C, "Honorarium Panitia - Penanggung Jawab", "", "OK", 450000, "honor_narsum", "panitia_pj")
b("panitia_ketua", C, "Honorarium Panitia - Ketua/Wakil Ketua", "", "OK", 400000, "honor_narsum", "panitia_ketua")
b("panitia_sek", C, "Honorarium Panitia - Sekretaris", "", "OK", 300000, "honor_narsum", "panitia_sek")
b("panitia_ang", C, "Honorarium Panitia - Anggota", "", "OK", 300000, "honor_narsum", "panitia_ang",
  [("Honor panitia (anggota)", "", "OK", 1)])
b("rohaniawan", C, "Honorarium Rohaniwan / Pembaca Doa", "", "OK", 400000, "honor_narsum", "doa")
C = "B. HONORARIUM TIM PELAKSANA KEGIATAN"
for r, hg in [("Pengarah", 1400000), ("Penanggung Jawab", 1300000), ("Ketua", 1150000), ("Sekretaris", 900000), ("Anggota", 800000)]:
    b(f"tim_{r.split()[0].lower()}", C, f"Honorarium Tim Pelaksana Kegiatan - {r}", "per bulan", "OB", hg, "honor_tim", f"tim_{r.split()[0].lower()}",
      [(f"Honor tim pelaksana ({r.lower()})", "", "OB", 1)])
for r, hg in [("Ketua", 600000), ("Anggota", 450000)]:
    b(f"pokja_{r.lower()}", C, f"Honorarium Kelompok Kerja / Tim Verifikasi - {r}", "per bulan", "OB", hg, "honor_tim", f"pokja_{r.lower()}")
C = "C. UANG HARIAN PERJALANAN DINAS DALAM NEGERI"
PROV = [("Kalimantan Timur", 430000, 170000, (1530000, 1050000, 750000, 580000)),
        ("DKI Jakarta", 530000, 200000, (1490000, 1000000, 800000, 610000)),
        ("Jawa Timur", 410000, 160000, (1900000, 1150000, 650000, 530000)),
        ("Jawa Barat", 430000, 170000, (1870000, 1100000, 690000, 570000)),
        ("Jawa Tengah", 370000, 150000, (1580000, 950000, 600000, 500000)),
        ("DI Yogyakarta", 420000, 170000, (1850000, 1300000, 700000, 580000)),
        ("Sulawesi Selatan", 430000, 170000, (1650000, 1080000, 740000, 590000)),
        ("Bali", 480000, 190000, (1910000, 1350000, 800000, 640000)),
        ("Kalimantan Selatan", 380000, 150000, (1440000, 1000000, 680000, 540000)),
        ("Kalimantan Utara", 440000, 175000, (1560000, 1050000, 720000, 580000)),
        ("Sumatera Utara", 370000, 150000, (1520000, 1020000, 670000, 530000)),
        ("Papua", 580000, 230000, (1750000, 1200000, 850000, 680000))]
for prov, lk, dk, _ in PROV:
    k = prov.lower().replace(" ", "")
    b(f"uh_lk_{k}", C, f"Uang Harian Perjalanan Dinas Luar Kota - {prov}", "per orang per hari", "OH", lk, "pd_biasa", "uh_lk",
      [(f"Uang harian perjalanan dinas ke {prov}", "", "OH", 1)])
    b(f"uh_dk_{k}", C, f"Uang Harian Perjalanan Dinas Dalam Kota > 8 jam - {prov}", "per orang per hari", "OH", dk,
      "pd_dalam" if k == "kalimantantimur" else "pd_biasa", "uh_dk")
    b(f"uh_diklat_{k}", C, f"Uang Harian Diklat/Bimtek - {prov}", "per orang per hari", "OH", int(round(lk * 0.3, -4)), "pd_biasa", "uh_diklat")
C = "D. BIAYA PENGINAPAN PERJALANAN DINAS"
for prov, _, _, inap in PROV:
    k = prov.lower().replace(" ", "")
    for lvl, hg in zip(["Pejabat Eselon II", "Pejabat Eselon III / Gol IV", "Pejabat Eselon IV / Gol III", "Gol I/II / Non ASN"], inap):
        b(f"inap_{k}_{lvl.split()[-1].replace('/', '').lower()}", C, f"Biaya Penginapan - {prov} - {lvl}", "per orang per malam", "OH", hg,
          "pd_biasa", "inap", [(f"Penginapan {prov} ({lvl})", "", "Org/Malam", 1)])
C = "E. BIAYA TIKET PESAWAT DAN TRANSPORTASI DARAT (PP)"
for dest, hg in [("Jakarta", 3850000), ("Surabaya", 2950000), ("Makassar", 2650000), ("Yogyakarta", 3450000), ("Denpasar", 3650000),
                 ("Banjarmasin", 2150000), ("Tarakan", 2450000), ("Medan", 5250000), ("Jayapura", 7450000)]:
    b(f"tiket_{dest.lower()}", C, f"Tiket Pesawat Ekonomi Samarinda - {dest} (PP)", "per orang", "Org PP", hg, "pd_biasa", "tiket",
      [(f"Tiket pesawat SRI-{dest} PP", "kelas ekonomi", "Org PP", 1)])
for dest, hg in [("Balikpapan", 450000), ("Bontang", 400000), ("Tenggarong", 250000), ("Sangatta", 550000), ("Penajam Paser Utara", 600000)]:
    b(f"darat_{dest.split()[0].lower()}", C, f"Transportasi Darat Samarinda - {dest} (PP)", "per orang", "Org PP", hg, "pd_biasa", "darat")
b("taksi_bdr", C, "Taksi Bandara / Transport Lokal di Kota Tujuan", "per orang sekali jalan", "Orang/Kali", 250000, "pd_biasa", "taksi")
C = "F. KONSUMSI RAPAT DAN KEGIATAN"
b("nasi_kotak", C, "Makan Rapat / Nasi Kotak", "per orang per kali", "Kotak", 45000, "mamin_rapat", "makan",
  [("Nasi kotak rapat", "", "Kotak", 1), ("Makan rapat", "", "Org/Kali", 1)])
b("snack", C, "Kudapan / Snack Rapat", "per orang per kali", "Kotak", 20000, "mamin_rapat", "snack",
  [("Snack rapat (kue kotak)", "", "Kotak", 1), ("Kue rapat", "", "Box", 1)])
b("prasmanan", C, "Makan Prasmanan", "per orang per kali", "Orang", 65000, "mamin_rapat", "makan_p")
b("makan_tamu", C, "Jamuan Makan Tamu Pejabat Eselon II ke atas", "per orang per kali", "Orang", 110000, "mamin_rapat", "jamuan")
b("nasi_bungkus", C, "Makan Aktivitas Lapangan", "per orang per kali", "Bungkus", 30000, "mamin_lap", "makanlap",
  [("Nasi bungkus petugas lapangan", "", "Bks", 1)])
b("snack_lap", C, "Snack Aktivitas Lapangan", "per orang per kali", "Kotak", 15000, "mamin_lap", "snacklap")
b("air_dus", C, "Air Mineral Kemasan Gelas/Botol", "600 ml, dus isi 24", "Dus", 48000, "mamin_rapat", "air",
  [("Air mineral botol 600 ml", "isi 24", "Dus", 1), ("Air mineral botol 600ml", "", "Botol", 1 / 24)])
b("air_galon", C, "Air Mineral Galon Isi Ulang", "19 liter", "Galon", 22000, "mamin_rapat", "galon")
C = "G. SEWA GEDUNG, PERALATAN DAN KENDARAAN"
b("sewa_aula100", C, "Sewa Gedung / Aula Pertemuan", "kapasitas s.d. 100 orang, per hari", "Hari", 5000000, "sewa_gedung", "gedung")
b("sewa_aula300", C, "Sewa Gedung / Aula Pertemuan", "kapasitas 101-300 orang, per hari", "Hari", 12000000, "sewa_gedung", "gedung300")
b("sewa_ruang_hotel", C, "Sewa Ruang Rapat Hotel (Meeting Package Halfday)", "per orang", "Orang", 275000, "sewa_gedung", "halfday")
b("tenda_5x5", C, "Sewa Tenda Sarnafil", "5 x 5 m, per unit per hari", "Unit/Hari", 650000, "sewa_alat", "tenda",
  [("Sewa tenda sarnafil 5x5", "", "Unit/Hari", 1)])
b("tenda_6x12", C, "Sewa Tenda Dekorasi", "6 x 12 m, per unit per hari", "Unit/Hari", 2200000, "sewa_alat", "tenda12")
b("sewa_kursi", C, "Sewa Kursi Futura", "per buah per hari", "Buah/Hari", 5000, "sewa_alat", "skursi",
  [("Sewa kursi plastik (futura)", "", "Bh/Hari", 1)])
b("sewa_kursi_cover", C, "Sewa Kursi Lipat + Cover", "per buah per hari", "Buah/Hari", 15000, "sewa_alat", "skursic")
b("sewa_sound1", C, "Sewa Sound System", "1.000 watt, per hari", "Paket/Hari", 1500000, "sewa_alat", "ssound",
  [("Sewa sound system 1000 W", "", "Paket/Hari", 1)])
b("sewa_sound5", C, "Sewa Sound System", "5.000 watt, per hari", "Paket/Hari", 4500000, "sewa_alat", "ssound5")
b("sewa_genset", C, "Sewa Genset", "10 kVA, per hari termasuk operator", "Unit/Hari", 1200000, "sewa_alat", "genset")
b("sewa_lcd", C, "Sewa LCD Proyektor + Layar", "per hari", "Unit/Hari", 350000, "sewa_alat", "slcd")
b("sewa_mobil", C, "Sewa Kendaraan Roda 4 (Minibus/MPV)", "per hari termasuk pengemudi, tidak termasuk BBM", "Unit/Hari", 850000, "sewa_kend", "smobil",
  [("Sewa mobil (MPV) + driver", "", "Unit/Hari", 1)])
b("sewa_bus", C, "Sewa Bus Sedang 30 Kursi", "per hari termasuk pengemudi", "Unit/Hari", 3500000, "sewa_kend", "sbus")
b("sewa_motor", C, "Sewa Kendaraan Roda 2", "per hari", "Unit/Hari", 150000, "sewa_kend", "smotor")
b("sewa_pickup", C, "Sewa Mobil Pick Up", "per hari termasuk pengemudi", "Unit/Hari", 650000, "sewa_kend", "spickup")
b("sewa_speedboat", C, "Sewa Speedboat / Perahu Motor", "kapasitas 8 orang, per hari", "Unit/Hari", 1750000, "sewa_kend", "sboat",
  [("Sewa perahu motor (ketinting/speedboat)", "", "Unit/Hari", 1)])
b("sewa_excavator", C, "Sewa Excavator Mini (PC 75/setara)", "per jam termasuk operator dan BBM", "Jam", 475000, "sewa_berat", "exca",
  [("Sewa excavator mini PC-75", "", "Jam", 1)])
b("sewa_amphibi", C, "Sewa Excavator Amphibi (Long Arm)", "per jam termasuk operator dan BBM", "Jam", 1250000, "sewa_berat", "exca_amph")
b("sewa_dump", C, "Sewa Dump Truck 6 m3", "per hari termasuk pengemudi", "Unit/Hari", 1650000, "sewa_berat", "dump")
C = "H. JASA TENAGA PENDUKUNG DAN JASA LAINNYA"
b("jasa_admin", C, "Jasa Tenaga Administrasi / Operator Komputer", "per orang per bulan", "OB", 3650000, "jasa_admin", "tadmin",
  [("Tenaga operator / administrasi (non ASN)", "", "OB", 1)])
b("jasa_bersih", C, "Jasa Tenaga Kebersihan", "per orang per bulan", "OB", 3550000, "jasa_bersih", "tbersih")
b("jasa_aman", C, "Jasa Tenaga Keamanan (Satpam)", "per orang per bulan", "OB", 3750000, "jasa_aman", "taman")
b("jasa_sopir", C, "Jasa Tenaga Pengemudi", "per orang per bulan", "OB", 3650000, "jasa_sopir", "tsopir")
b("jasa_kebun", C, "Jasa Tenaga Pemelihara Taman", "per orang per bulan", "OB", 3550000, "jasa_kerja", "tkebun",
  [("Tenaga harian lepas pemelihara taman", "", "OB", 1)])
b("pekerja_harian", C, "Upah Pekerja Harian", "per orang per hari", "OH", 135000, "jasa_kerja", "pekerja",
  [("Upah buruh harian", "", "OH", 1)])
b("tukang", C, "Upah Tukang", "per orang per hari", "OH", 165000, "jasa_kerja", "tukang")
b("mandor", C, "Upah Mandor", "per orang per hari", "OH", 185000, "jasa_kerja", "mandor")
b("dokumentasi", C, "Jasa Dokumentasi Foto dan Video Kegiatan", "per kegiatan, termasuk editing", "Kegiatan", 1500000, "jasa_dok", "dok",
  [("Jasa dokumentasi (foto & video)", "", "Keg", 1)])
b("jilid_spiral", C, "Jasa Penjilidan Spiral", "A4/F4", "Buku", 12000, "cetak", "jilid")
b("jilid_hard", C, "Jasa Penjilidan Hard Cover", "A4/F4", "Buku", 35000, "cetak", "jilidh")
b("fotokopi", C, "Jasa Fotokopi", "A4/F4 hitam putih", "Lembar", 300, "cetak", "fotokopi")

ALL = {r["key"]: r for r in SSH + SBU}
assert len(ALL) == len(SSH) + len(SBU), "duplicate keys"
