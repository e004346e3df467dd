"""Catalogue + account data for review18 (invented, realistic)."""

ACCT = {
 "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
 "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
 "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
 "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
 "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
 "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
 "BAHANLAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
 "PUPUK": ("5.1.02.01.01.0009", "Belanja Bahan-Pupuk"),
 "BIBIT": ("5.1.02.01.01.0011", "Belanja Bahan-Bibit Tanaman"),
 "MAMIN_RAPAT": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
 "MAMIN_LAP": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman Aktivitas Lapangan"),
 "PDL": ("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)"),
 "PAKAIAN_ADAT": ("5.1.02.01.01.0069", "Belanja Pakaian Adat Daerah"),
 "HONOR": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
 "HONOR_INSTR": ("5.1.02.02.01.0013", "Belanja Jasa Instruktur/Pelatih/Juri"),
 "SEWA_KEND": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
 "SEWA_ALAT": ("5.1.02.02.08.0090", "Belanja Sewa Peralatan dan Mesin Lainnya"),
 "SEWA_GEDUNG": ("5.1.02.02.03.0006", "Belanja Sewa Gedung Pertemuan"),
 "PERJADIN_DK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
 "PERJADIN_BIASA": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
 "MODAL_KOMP": ("5.2.02.10.02.0002", "Belanja Modal Personal Computer"),
 "MODAL_KANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
 "MODAL_AC": ("5.2.02.05.02.0006", "Belanja Modal Alat Pendingin"),
 "MODAL_DAMKAR": ("5.2.02.08.05.0001", "Belanja Modal Alat Pemadam Kebakaran"),
 "MODAL_MUSIK": ("5.2.02.05.03.0004", "Belanja Modal Alat Musik Tradisional"),
 "MODAL_ELEKTRONIK": ("5.2.02.05.02.0004", "Belanja Modal Alat Studio dan Komunikasi"),
 "BENDA_POS": ("5.1.02.01.01.0027", "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos"),
 "HADIAH": ("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan"),
 "IKLAN": ("5.1.02.02.01.0055", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan"),
 "PEMELIHARAAN": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan"),
 "JASA_KANTOR": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
}
# wrong account used for ACCOUNT_MISMATCH lines, per true account class
WRONG = {
 "MODAL_KOMP": "KOMP", "MODAL_KANTOR": "ATK", "MODAL_AC": "LISTRIK", "MODAL_DAMKAR": "BAHANLAIN",
 "MODAL_MUSIK": "PAKAIAN_ADAT", "MODAL_ELEKTRONIK": "KOMP",
 "HONOR": "BAHANLAIN", "HONOR_INSTR": "ATK", "SEWA_KEND": "MODAL_KANTOR", "SEWA_ALAT": "MODAL_KANTOR",
 "SEWA_GEDUNG": "BAHANLAIN", "MAMIN_RAPAT": "ATK", "MAMIN_LAP": "CETAK", "PERJADIN_DK": "HONOR",
 "PERJADIN_BIASA": "HONOR", "CETAK": "MAMIN_RAPAT", "IKLAN": "CETAK", "HADIAH": "MODAL_KANTOR", "BENDA_POS": "HONOR", "PEMELIHARAAN": "MODAL_KANTOR", "JASA_KANTOR": "ATK", "ATK": "MODAL_KANTOR", "KERTAS": "PDL",
 "KOMP": "MODAL_KOMP", "BBM": "ATK", "PDL": "CETAK", "PUPUK": "ATK", "BIBIT": "MAMIN_LAP",
 "LISTRIK": "MODAL_AC", "BAHANLAIN": "MODAL_KANTOR", "PAKAIAN_ADAT": "MODAL_MUSIK",
}

ITEMS = []  # dicts: key, cat, heading, kode, name, spec, unit, price, acct, aliases, units [(rka_unit, factor)]

def I(key, cat, heading, kode, name, spec, unit, price, acct, aliases, units=None):
    ITEMS.append(dict(key=key, cat=cat, heading=heading, kode=kode, name=name, spec=spec, unit=unit,
                      price=price, acct=acct, aliases=aliases, units=units or [(unit, 1)]))

# ---------------- SSH (goods) ----------------
H = "ALAT TULIS KANTOR"
for sz, g, p in [("A4", 70, 52000), ("A4", 80, 61500), ("F4", 70, 58000), ("F4", 80, 67000), ("A3", 80, 128000)]:
    I(f"hvs_{sz}_{g}", "SSH", "KERTAS DAN COVER", f"1.1.7.01.03.02.{len(ITEMS)+1:03d}", f"Kertas HVS {sz} {g} gram",
      f"Ukuran {sz}, {g} gsm, putih", "Rim", p, "KERTAS",
      [f"Kertas HVS {sz} {g}gr", f"HVS {sz} {g} gsm", f"Kertas {sz} {g} gram (putih)"],
      [("Rim", 1), ("Box isi 5 rim", 5), ("Rim", 1)])
for c, p in [("Biru muda", 48000), ("Kuning", 48000), ("Hijau", 48000), ("Merah muda", 48000)]:
    I(f"buffalo_{c}", "SSH", "KERTAS DAN COVER", f"1.1.7.01.03.02.{len(ITEMS)+1:03d}", f"Kertas Cover Buffalo {c}",
      "A4, 200 gsm, isi 100 lbr", "Pak", p, "KERTAS", [f"Kertas buffalo {c.lower()} A4", f"Cover buffalo {c}"])
I("kertas_foto", "SSH", "KERTAS DAN COVER", "1.1.7.01.03.02.030", "Kertas Foto Glossy", "A4, 230 gsm, isi 20 lbr", "Pak", 42000, "KERTAS",
  ["Kertas foto glossy A4", "Photo paper A4 230gr"])
I("kertas_foto_a3", "SSH", "KERTAS DAN COVER", "1.1.7.01.03.02.031", "Kertas Foto Glossy", "A3, 230 gsm, isi 20 lbr", "Pak", 89000, "KERTAS",
  ["Kertas foto glossy A3"])
atk = [
 ("pulpen_gel", "Pulpen Gel", "0,5 mm, tinta hitam", "Lusin", 54000, ["Pulpen gel 0.5 hitam", "Pena gel hitam 0,5mm"], [("Lusin", 1), ("Buah", 1/12), ("Pak isi 12", 1)]),
 ("pulpen_ball", "Pulpen Ballpoint", "0,7 mm, tinta biru/hitam, tutup", "Lusin", 30000, ["Ballpoint standar", "Pulpen ballpoint 0.7"], [("Lusin", 1), ("Box isi 12", 1)]),
 ("pulpen_ball_klik", "Pulpen Ballpoint Klik", "0,7 mm, mekanik tekan", "Lusin", 42000, ["Pulpen klik 0,7"], None),
 ("pensil_2b", "Pensil 2B", "Kayu, untuk LJK", "Lusin", 36000, ["Pensil 2B", "Pinsil 2B"], [("Lusin", 1), ("Kotak isi 12", 1)]),
 ("pensil_mek", "Pensil Mekanik", "0,5 mm", "Buah", 18000, ["Pensil mekanik 0.5"], None),
 ("spidol_wb_hitam", "Spidol Whiteboard", "Hitam, dapat diisi ulang", "Lusin", 96000, ["Spidol papan tulis hitam", "Spidol WB hitam"], [("Lusin", 1), ("Buah", 1/12)]),
 ("spidol_wb_warna", "Spidol Whiteboard", "Merah/biru", "Lusin", 96000, ["Spidol WB merah/biru"], None),
 ("spidol_perm", "Spidol Permanen", "Hitam, 2 ujung", "Lusin", 108000, ["Spidol permanen hitam", "Marker permanent"], [("Lusin", 1), ("Buah", 1/12)]),
 ("stabilo", "Highlighter / Stabilo", "Warna campur", "Pak isi 5", 38000, ["Stabilo warna (pak)", "Highlighter isi 5"], None),
 ("tipex_roll", "Correction Tape", "5 mm x 6 m", "Buah", 9500, ["Tip-ex kertas (roller)", "Correction tape"], [("Buah", 1), ("Lusin", 12)]),
 ("tipex_cair", "Correction Pen Cair", "7 ml", "Buah", 8000, ["Tipe-x cair"], None),
 ("map_plastik", "Map Plastik Kancing", "Folio, transparan", "Lusin", 36000, ["Map plastik kancing", "Map kancing F4"], [("Lusin", 1), ("Buah", 1/12)]),
 ("map_kertas", "Map Kertas Batik", "Folio, 250 gsm", "Pak isi 50", 85000, ["Map kertas (isi 50)", "Map batik folio"], None),
 ("ordner", "Ordner / Box File", "Folio, 7 cm, punggung karton", "Buah", 32000, ["Ordner folio", "Box file 7cm"], [("Buah", 1), ("Lusin", 12)]),
 ("snelhecter", "Snelhecter Plastik", "Folio", "Lusin", 42000, ["Stopmap snelhecter"], None),
 ("stapler_kecil", "Stapler", "No. 10", "Buah", 22000, ["Stepler kecil no.10"], None),
 ("stapler_besar", "Stapler Besar", "No. 3, kapasitas 100 lbr", "Buah", 165000, ["Stapler besar HD"], None),
 ("isi_staples10", "Isi Staples", "No. 10, isi 1000", "Kotak", 3500, ["Isi stepler no 10", "Refill staples no.10"], [("Kotak", 1), ("Pak isi 20 kotak", 20)]),
 ("isi_staples3", "Isi Staples", "No. 3 (24/6), isi 1000", "Kotak", 6500, ["Isi staples no 3"], None),
 ("lakban_bening", "Lakban", "Bening, 2 inch x 90 yard", "Roll", 14500, ["Lakban bening 2\"", "Selotip besar bening"], None),
 ("lakban_coklat", "Lakban", "Coklat, 2 inch x 90 yard", "Roll", 14500, ["Lakban coklat 2 inch"], None),
 ("double_tape", "Double Tape", "1 inch", "Roll", 9000, ["Dobel tip 1\""], None),
 ("amplop_ps", "Amplop Putih", "Kabinet 104, polos, isi 100", "Kotak", 28000, ["Amplop putih panjang", "Amplop kabinet 104"], None),
 ("amplop_coklat", "Amplop Coklat", "Folio, isi 100", "Pak", 85000, ["Amplop coklat F4"], None),
 ("gunting", "Gunting Kertas", "Sedang, 8 inch", "Buah", 17500, ["Gunting 8\""], None),
 ("cutter", "Pisau Cutter", "Besar, 18 mm", "Buah", 15000, ["Cutter besar"], None),
 ("penggaris", "Penggaris Besi", "30 cm", "Buah", 9000, ["Penggaris 30cm"], None),
 ("binder_clip_155", "Binder Clip", "No. 155, isi 12", "Kotak", 14000, ["Binder clip 155"], None),
 ("binder_clip_260", "Binder Clip", "No. 260, isi 12", "Kotak", 29000, ["Binder klip besar 260"], None),
 ("paper_clip", "Paper Clip", "No. 3, isi 100", "Kotak", 4500, ["Klip kertas no.3"], None),
 ("post_it", "Sticky Notes", "3 x 3 inch, 100 lbr", "Pak", 12000, ["Post-it 3x3", "Kertas tempel memo"], None),
 ("buku_folio", "Buku Folio", "100 lembar, hard cover", "Buah", 32000, ["Buku folio 100 lbr"], None),
 ("buku_tulis", "Buku Tulis", "38 lembar", "Pak isi 10", 35000, ["Buku tulis 38 lbr (pak)"], None),
 ("buku_agenda", "Buku Agenda Surat", "Folio, 100 lembar", "Buah", 36000, ["Buku agenda surat masuk/keluar"], None),
 ("papan_klip", "Papan Ujian / Clipboard", "Folio, plastik", "Buah", 15000, ["Clipboard folio", "Papan jalan"], None),
 ("tinta_stempel", "Tinta Stempel", "Ungu, 30 ml", "Botol", 9000, ["Tinta stempel ungu"], None),
 ("bak_stempel", "Bak Stempel", "No. 2", "Buah", 22000, ["Bantalan stempel"], None),
 ("lem_kertas", "Lem Kertas Cair", "50 ml", "Botol", 5500, ["Lem cair"], None),
 ("lem_stick", "Lem Batang", "25 gram", "Buah", 9500, ["Glue stick 25gr"], None),
 ("name_tag", "Name Tag + Tali", "Plastik PVC, tali lanyard", "Buah", 12500, ["ID card + lanyard peserta", "Name tag peserta"], [("Buah", 1), ("Lusin", 12)]),
 ("cover_mika", "Plastik Mika Jilid", "Folio, 0,2 mm, isi 100", "Pak", 75000, ["Mika jilid F4"], None),
]
for k, n, s, u, p, al, un in atk:
    I(k, "SSH", H, f"1.1.7.01.01.01.{len(ITEMS)+1:03d}", n, s, u, p, "ATK", al, un)

H = "BAHAN KOMPUTER"
for col, p in [("Hitam", 92000), ("Cyan", 92000), ("Magenta", 92000), ("Yellow", 92000)]:
    I(f"tinta_botol_{col}", "SSH", H, f"1.1.7.01.05.01.{len(ITEMS)+1:03d}", "Tinta Printer Botol", f"{col}, 70 ml, ink tank", "Botol", p, "KOMP",
      [f"Tinta printer {col.lower()} 70ml", f"Tinta isi ulang {col} 70 ml"], [("Botol", 1), ("Set 4 warna", 4)] if col == "Hitam" else None)
for col, p in [("Hitam", 285000), ("Warna (tri-color)", 335000)]:
    I(f"cartridge_{col[:5]}", "SSH", H, f"1.1.7.01.05.01.{len(ITEMS)+1:03d}", "Cartridge Tinta Inkjet", f"{col}, standard yield", "Buah", p, "KOMP",
      [f"Cartridge inkjet {col.lower()}"], None)
for t, p in [("Laser mono 2.000 hal", 925000), ("Laser mono 3.000 hal", 1150000), ("Laser warna 1.500 hal", 1480000)]:
    I(f"toner_{len(ITEMS)}", "SSH", H, f"1.1.7.01.05.01.{len(ITEMS)+1:03d}", "Toner Printer", t, "Buah", p, "KOMP",
      [f"Toner {t.lower()}"], None)
for gb, p in [(16, 65000), (32, 85000), (64, 125000), (128, 210000)]:
    I(f"flashdisk_{gb}", "SSH", H, f"1.1.7.01.05.02.{len(ITEMS)+1:03d}", "Flashdisk", f"{gb} GB, USB 3.0", "Buah", p, "KOMP",
      [f"Flash disk {gb}GB", f"Flashdisk USB {gb} GB"], None)
for gb, p in [(32, 95000), (64, 145000), (128, 245000)]:
    I(f"microsd_{gb}", "SSH", H, f"1.1.7.01.05.02.{len(ITEMS)+1:03d}", "Memory Card microSD", f"{gb} GB, Class 10 / U3", "Buah", p, "KOMP",
      [f"Micro SD {gb}GB", f"Memori kartu {gb} GB"], None)
for tb, p in [(1, 875000), (2, 1250000), (4, 2150000)]:
    I(f"hdd_ext_{tb}", "SSH", H, f"1.1.7.01.05.02.{len(ITEMS)+1:03d}", "Harddisk Eksternal", f"{tb} TB, USB 3.0, 2,5 inch", "Buah", p, "KOMP",
      [f"HDD eksternal {tb}TB", f"Hardisk external {tb} TB"], None)
for sp, u, p in [("Cat 5e UTP, 305 m", "Roll", 1450000), ("Cat 6 UTP, 305 m", "Roll", 2250000), ("Cat 6 UTP, eceran", "Meter", 9500)]:
    I(f"utp_{sp[:5].replace(' ', '')}_{u}", "SSH", H, f"1.1.7.01.05.03.{len(ITEMS)+1:03d}", "Kabel Jaringan", sp, u, p, "KOMP",
      [f"Kabel LAN {sp.split(',')[0]}", f"Kabel UTP {sp.split(',')[0]}"], None)
for k, n, s, u, p, al in [
 ("rj45", "Konektor RJ45", "Cat 6, isi 100", "Kotak", 185000, ["Konektor RJ 45 cat6"]),
 ("mouse", "Mouse", "USB, optical, kabel", "Buah", 85000, ["Mouse USB kabel"]),
 ("mouse_wl", "Mouse Wireless", "2,4 GHz, baterai AA", "Buah", 145000, ["Mouse wireless"]),
 ("keyboard", "Keyboard", "USB, standar", "Buah", 135000, ["Keyboard USB"]),
 ("usb_hub", "USB Hub", "4 port, USB 3.0", "Buah", 125000, ["USB hub 4 port"]),
 ("pointer", "Laser Pointer Presentasi", "Wireless, USB", "Buah", 245000, ["Pointer presentasi wireless"]),
]:
    I(k, "SSH", H, f"1.1.7.01.05.04.{len(ITEMS)+1:03d}", n, s, u, p, "KOMP", al)

H = "ALAT LISTRIK"
for w, p in [(9, 38000), (12, 46000), (18, 72000), (24, 98000), (40, 165000)]:
    I(f"led_{w}", "SSH", H, f"1.1.7.01.02.01.{len(ITEMS)+1:03d}", "Lampu LED Bulb", f"{w} watt, E27, putih", "Buah", p, "LISTRIK",
      [f"Lampu LED {w}W", f"Bohlam LED {w} watt"], [("Buah", 1), ("Dus isi 10", 10)])
for w, p in [(50, 385000), (100, 625000), (200, 1150000)]:
    I(f"sorot_{w}", "SSH", H, f"1.1.7.01.02.01.{len(ITEMS)+1:03d}", "Lampu Sorot LED", f"{w} watt, outdoor IP65", "Buah", p, "LISTRIK",
      [f"Lampu sorot LED {w}W", f"Floodlight {w} watt"], None)
for k, n, s, u, p, al in [
 ("stopkontak", "Stop Kontak / Terminal", "4 lubang, kabel 3 m", "Buah", 65000, ["Terminal listrik 4 lubang", "Colokan T 4 lubang"]),
 ("kabel_roll", "Kabel Roll", "Gulung, 15 m, 4 lubang", "Buah", 225000, ["Kabel rol 15 meter"]),
 ("kabel_nym", "Kabel NYM", "3 x 2,5 mm, 50 m", "Roll", 925000, ["Kabel NYM 3x2,5"]),
 ("baterai_aa", "Baterai Alkaline", "AA, isi 2", "Pak", 18000, ["Baterai AA (isi 2)", "Batere AA"]),
 ("baterai_aaa", "Baterai Alkaline", "AAA, isi 2", "Pak", 18000, ["Baterai AAA"]),
 ("baterai_9v", "Baterai Alkaline", "9 volt", "Buah", 32000, ["Baterai kotak 9V"]),
 ("senter", "Senter LED", "Rechargeable, 10 watt", "Buah", 135000, ["Senter LED cas", "Lampu senter rechargeable"]),
 ("senter_kepala", "Senter Kepala (Headlamp)", "LED, rechargeable", "Buah", 165000, ["Headlamp LED"]),
]:
    I(k, "SSH", H, f"1.1.7.01.02.02.{len(ITEMS)+1:03d}", n, s, u, p, "LISTRIK", al)

H = "BAHAN BAKAR DAN PELUMAS"
for k, n, s, u, p, al in [
 ("pertalite", "Bensin RON 90", "Pertalite / setara", "Liter", 10000, ["BBM Pertalite", "Bensin pertalite"]),
 ("pertamax", "Bensin RON 92", "Pertamax / setara", "Liter", 13200, ["BBM Pertamax"]),
 ("solar", "Minyak Solar", "Biosolar / B40", "Liter", 6800, ["Solar untuk genset/mobil", "Bio solar"]),
 ("dexlite", "Minyak Solar CN 51", "Dexlite / setara", "Liter", 13500, ["Dexlite"]),
 ("oli_mesin", "Oli Mesin Diesel", "SAE 15W-40, 5 liter", "Galon", 385000, ["Oli diesel 15W-40 (galon 5 ltr)"]),
 ("oli_motor", "Oli Mesin Motor", "SAE 10W-30, 0,8 liter", "Botol", 55000, ["Oli motor 0,8 L"]),
 ("lpg_12", "Gas LPG", "Tabung 12 kg (isi ulang)", "Tabung", 215000, ["Isi ulang LPG 12 kg"]),
 ("lpg_3", "Gas LPG", "Tabung 3 kg (isi ulang)", "Tabung", 25000, ["Gas melon 3 kg"]),
]:
    I(k, "SSH", H, f"1.1.7.01.01.02.{len(ITEMS)+1:03d}", n, s, u, p, "BBM", al)

H = "PAKAIAN DINAS DAN PERLENGKAPAN"
for k, n, s, u, p, al, ac in [
 ("pdl_satpol", "Pakaian Dinas Lapangan Satpol PP", "Kain drill, lengkap atribut", "Stel", 485000, ["PDL Satpol PP lengkap atribut", "Seragam PDL anggota"], "PDL"),
 ("pdl_damkar", "Pakaian Dinas Lapangan Damkar", "Kain drill oranye, scotchlite", "Stel", 525000, ["PDL pemadam oranye", "Seragam lapangan Damkar"], "PDL"),
 ("kaos_olahraga", "Kaos Olahraga", "Dry-fit, sablon 1 warna", "Buah", 95000, ["Kaos olahraga dry fit", "Jersey olahraga"], "PDL"),
 ("kaos_kegiatan", "Kaos Kegiatan / Kaos Sablon", "Cotton combed 30s, sablon", "Buah", 85000, ["Kaos panitia sablon", "T-shirt kegiatan"], "PDL"),
 ("rompi_scotch", "Rompi Scotchlite", "Hijau stabilo, reflektor", "Buah", 75000, ["Rompi reflektor petugas", "Rompi scotlight"], "PDL"),
 ("sepatu_pdl", "Sepatu PDL", "Kulit, sol karet", "Pasang", 425000, ["Sepatu PDL kulit", "Sepatu lapangan (pasang)"], "PDL"),
 ("sepatu_boot", "Sepatu Boot Karet", "Panjang, anti slip", "Pasang", 165000, ["Sepatu boots karet", "Boot lapangan"], "PDL"),
 ("topi_lapangan", "Topi Lapangan", "Bordir logo", "Buah", 55000, ["Topi pet lapangan bordir"], "PDL"),
 ("jas_hujan", "Jas Hujan", "Setelan, PVC", "Stel", 145000, ["Jas hujan setelan"], "PDL"),
 ("kain_ulap", "Kain Ulap Doyo", "Tenun Dayak, 2 m", "Lembar", 750000, ["Kain tenun ulap doyo"], "PAKAIAN_ADAT"),
 ("kostum_tari", "Kostum Tari Daerah", "Dayak Kenyah, lengkap aksesoris", "Stel", 1350000, ["Kostum tari Dayak", "Pakaian tari Kenyah lengkap"], "PAKAIAN_ADAT"),
 ("kostum_tari_anak", "Kostum Tari Daerah Anak", "Ukuran anak, lengkap aksesoris", "Stel", 850000, ["Kostum tari anak"], "PAKAIAN_ADAT"),
 ("baju_adat_kutai", "Pakaian Adat Kutai (Takwo)", "Setelan pria/wanita", "Stel", 950000, ["Baju adat Kutai takwo"], "PAKAIAN_ADAT"),
 ("sarung_samarinda", "Sarung Tenun Samarinda", "Tenun ATBM, sutra", "Lembar", 650000, ["Sarung tenun Samarinda (ATBM)"], "PAKAIAN_ADAT"),
]:
    I(k, "SSH", H, f"1.1.7.01.06.01.{len(ITEMS)+1:03d}", n, s, u, p, ac, al)

H = "ALAT PEMADAM DAN KESELAMATAN"
for kg, t, p in [(3, "Powder ABC", 685000), (6, "Powder ABC", 1050000), (9, "Powder ABC", 1385000), (3, "CO2", 1650000), (6, "CO2", 2550000)]:
    I(f"apar_{t[:3]}_{kg}", "SSH", H, f"1.3.2.06.02.01.{len(ITEMS)+1:03d}", "Alat Pemadam Api Ringan (APAR)", f"{t}, {kg} kg, lengkap bracket", "Tabung", p, "MODAL_DAMKAR",
      [f"APAR {t} {kg} kg", f"Tabung pemadam {t} {kg}kg"], None)
for kg, p in [(3, 185000), (6, 295000), (9, 385000)]:
    I(f"refill_apar_{kg}", "SSH", H, f"1.1.7.01.07.01.{len(ITEMS)+1:03d}", "Isi Ulang APAR", f"Powder ABC, {kg} kg", "Tabung", p, "BAHANLAIN",
      [f"Refill APAR {kg} kg", f"Isi ulang tabung pemadam {kg}kg"], None)
for d, l, p in [("1,5 inch", 20, 2350000), ("1,5 inch", 30, 3150000), ("2,5 inch", 20, 3450000), ("2,5 inch", 30, 4650000)]:
    I(f"selang_{d[:3]}_{l}", "SSH", H, f"1.3.2.06.02.02.{len(ITEMS)+1:03d}", "Selang Pemadam (Fire Hose)", f"{d}, {l} m, kopling machino", "Roll", p, "MODAL_DAMKAR",
      [f"Fire hose {d} x {l} m", f"Selang pemadam {d} panjang {l}m"], None)
for k, n, s, u, p, al, ac in [
 ("nozzle", "Nozzle Pemadam", "Jet/spray, 1,5 inch, kuningan", "Buah", 1850000, ["Nozzle jet spray 1,5\""], "MODAL_DAMKAR"),
 ("helm_damkar", "Helm Pemadam", "Standar EN 443, visor", "Buah", 2450000, ["Helm fire fighter EN443", "Helm pemadam dengan visor"], "MODAL_DAMKAR"),
 ("baju_tahan_api", "Baju Tahan Panas (Fire Suit)", "Nomex, jaket + celana", "Stel", 14500000, ["Fire suit nomex", "Pakaian tahan api"], "MODAL_DAMKAR"),
 ("sarung_tangan_api", "Sarung Tangan Pemadam", "Kulit, tahan panas", "Pasang", 465000, ["Sarung tangan fire fighting"], "BAHANLAIN"),
 ("sepatu_damkar", "Sepatu Boot Pemadam", "Steel toe, tahan panas", "Pasang", 2150000, ["Boot pemadam steel toe"], "MODAL_DAMKAR"),
 ("scba", "Breathing Apparatus (SCBA)", "Tabung 6,8 L, 300 bar", "Unit", 48500000, ["SCBA 6,8 liter", "Alat bantu napas SCBA"], "MODAL_DAMKAR"),
 ("kapak_damkar", "Kapak Pemadam", "Pick head, gagang fiber", "Buah", 650000, ["Kapak pemadam"], "MODAL_DAMKAR"),
 ("kotak_p3k", "Kotak P3K", "Lengkap isi, dinding", "Unit", 385000, ["Kotak P3K lengkap"], "BAHANLAIN"),
 ("masker_n95", "Masker N95", "isi 20", "Kotak", 165000, ["Masker N95 (box)"], "BAHANLAIN"),
 ("safety_cone", "Traffic Cone", "PVC, 70 cm, reflektor", "Buah", 125000, ["Kerucut lalu lintas 70 cm", "Safety cone 70cm"], "BAHANLAIN"),
 ("police_line", "Pita Pembatas (Police Line)", "Kuning-hitam, 300 m", "Roll", 95000, ["Garis pembatas 300m"], "BAHANLAIN"),
 ("pelampung", "Pelampung / Life Jacket", "Dewasa, standar SOLAS", "Buah", 425000, ["Life jacket dewasa", "Rompi pelampung"], "BAHANLAIN"),
 ("tali_kernmantel", "Tali Kernmantel", "Static, 10,5 mm, 50 m", "Roll", 2150000, ["Tali kernmantel 10,5 mm x 50 m"], "MODAL_DAMKAR"),
 ("megaphone", "Megaphone / Toa Tangan", "25 watt, rechargeable", "Buah", 485000, ["Toa megaphone 25 W", "Pengeras suara tangan"], "BAHANLAIN"),
 ("ht", "Handy Talky", "VHF 5 watt", "Unit", 1650000, ["HT VHF 5W", "Radio HT"], "MODAL_ELEKTRONIK"),
]:
    I(k, "SSH", H, f"1.3.2.06.02.03.{len(ITEMS)+1:03d}", n, s, u, p, ac, al)

H = "PERALATAN KANTOR DAN ELEKTRONIK"
for k, n, s, u, p, al, ac in [
 ("laptop_i5", "Laptop", "Core i5 / Ryzen 5, RAM 16 GB, SSD 512 GB, 14 inch", "Unit", 13500000, ["Laptop core i5 16GB", "Notebook i5 RAM 16 GB"], "MODAL_KOMP"),
 ("laptop_i3", "Laptop", "Core i3 / Ryzen 3, RAM 8 GB, SSD 256 GB, 14 inch", "Unit", 8750000, ["Laptop core i3 8GB"], "MODAL_KOMP"),
 ("laptop_i7", "Laptop", "Core i7 / Ryzen 7, RAM 16 GB, SSD 1 TB, 15,6 inch", "Unit", 19500000, ["Laptop i7 (desain)"], "MODAL_KOMP"),
 ("pc_aio", "PC All-in-One", "Core i5, RAM 8 GB, 23,8 inch", "Unit", 12500000, ["Komputer AIO i5 24\""], "MODAL_KOMP"),
 ("printer_ink", "Printer Inkjet", "A4, ink tank, print/scan/copy", "Unit", 3250000, ["Printer ink tank A4 multifungsi", "Printer infus 3 in 1"], "MODAL_KOMP"),
 ("printer_ink_a3", "Printer Inkjet A3", "A3, ink tank, print only", "Unit", 6450000, ["Printer A3 ink tank"], "MODAL_KOMP"),
 ("printer_laser", "Printer Laser", "A4, mono, duplex", "Unit", 4150000, ["Printer laser mono A4"], "MODAL_KOMP"),
 ("scanner", "Scanner Dokumen", "A4, ADF, 30 ppm", "Unit", 7850000, ["Scanner ADF A4"], "MODAL_KOMP"),
 ("proyektor", "Proyektor (LCD Projector)", "3.600 lumen, XGA", "Unit", 7250000, ["LCD proyektor 3600 lumen", "Infocus 3.600 ANSI"], "MODAL_KANTOR"),
 ("layar_proyektor", "Layar Proyektor", "Tripod, 70 inch", "Unit", 1250000, ["Screen proyektor tripod 70\""], "MODAL_KANTOR"),
 ("kamera_dslr", "Kamera Digital Mirrorless", "24 MP, lensa kit", "Unit", 14850000, ["Kamera mirrorless 24MP"], "MODAL_ELEKTRONIK"),
 ("kamera_aksi", "Kamera Aksi", "4K, waterproof", "Unit", 5250000, ["Action cam 4K"], "MODAL_ELEKTRONIK"),
 ("tv_led_43", "Televisi LED", "43 inch, smart TV", "Unit", 5450000, ["TV LED 43 inch"], "MODAL_ELEKTRONIK"),
 ("tv_led_55", "Televisi LED", "55 inch, smart TV", "Unit", 8650000, ["Smart TV 55\""], "MODAL_ELEKTRONIK"),
 ("speaker_portable", "Speaker Portable", "Meeting, 15 inch, 2 mic wireless", "Unit", 4850000, ["Speaker aktif portable 15\" + 2 mic"], "MODAL_ELEKTRONIK"),
 ("ac_05", "AC Split", "0,5 PK, standar", "Unit", 3650000, ["AC split 1/2 PK"], "MODAL_AC"),
 ("ac_1", "AC Split", "1 PK, standar", "Unit", 4550000, ["AC 1 PK split"], "MODAL_AC"),
 ("ac_15", "AC Split", "1,5 PK, standar", "Unit", 5950000, ["AC split 1,5 PK"], "MODAL_AC"),
 ("ac_2", "AC Split", "2 PK, standar", "Unit", 7850000, ["AC 2 PK"], "MODAL_AC"),
 ("kipas_berdiri", "Kipas Angin Berdiri", "16 inch", "Unit", 425000, ["Kipas angin stand 16\""], "BAHANLAIN"),
 ("lemari_arsip", "Lemari Arsip Besi", "4 laci, folio", "Unit", 3850000, ["Filing cabinet 4 laci"], "MODAL_KANTOR"),
 ("brankas", "Brankas", "Digital, 60 kg", "Unit", 6450000, ["Brankas digital"], "MODAL_KANTOR"),
 ("kursi_lipat", "Kursi Lipat", "Besi, jok busa", "Buah", 285000, ["Kursi lipat chitose", "Kursi lipat besi"], "BAHANLAIN"),
 ("meja_lipat", "Meja Lipat", "Serbaguna, 180 x 60 cm", "Buah", 1150000, ["Meja lipat serbaguna"], "MODAL_KANTOR"),
 ("dispenser", "Dispenser Air", "Galon bawah, hot/cold", "Unit", 1850000, ["Dispenser galon bawah"], "MODAL_KANTOR"),
 ("genset_5", "Generator Set", "5 kVA, bensin", "Unit", 12500000, ["Genset 5 KVA"], "MODAL_KANTOR"),
 ("timbangan_digital", "Timbangan Digital", "Kapasitas 150 kg, platform", "Unit", 2150000, ["Timbangan duduk digital 150 kg"], "MODAL_KANTOR"),
 ("timbangan_gantung", "Timbangan Gantung", "Kapasitas 50 kg", "Unit", 285000, ["Dacin / timbangan gantung 50 kg"], "BAHANLAIN"),
 ("karpet", "Karpet Masjid", "Roll 1,2 x 12 m, tebal 12 mm", "Roll", 2850000, ["Karpet sajadah roll"], "MODAL_KANTOR"),
 ("gambus", "Alat Musik Gambus", "Kayu nangka, 12 senar", "Unit", 4500000, ["Gambus kayu"], "MODAL_MUSIK"),
 ("sampe", "Alat Musik Sampe", "Dayak, kayu pelantan, 4 senar", "Unit", 3750000, ["Sape Dayak", "Alat musik sape"], "MODAL_MUSIK"),
 ("gong", "Gong Perunggu", "Diameter 60 cm", "Buah", 7500000, ["Gong 60 cm perunggu"], "MODAL_MUSIK"),
 ("kendang", "Kendang / Gendang", "Kulit kambing, sedang", "Buah", 1650000, ["Gendang kulit kambing"], "MODAL_MUSIK"),
 ("jimbe", "Jimbe", "Sedang, 12 inch", "Buah", 850000, ["Jimbe 12\""], "MODAL_MUSIK"),
]:
    I(k, "SSH", H, f"1.3.2.05.01.01.{len(ITEMS)+1:03d}", n, s, u, p, ac, al)

H = "BAHAN PERTANIAN DAN PANGAN"
for k, n, s, u, p, al, ac, un in [
 ("urea", "Pupuk Urea Non-Subsidi", "N 46%", "Kg", 9500, ["Pupuk urea (non subsidi)"], "PUPUK", [("Kg", 1), ("Sak 50 kg", 50)]),
 ("npk", "Pupuk NPK Majemuk", "16-16-16", "Kg", 14500, ["Pupuk NPK 16-16-16", "NPK mutiara"], "PUPUK", [("Kg", 1), ("Sak 50 kg", 50), ("Sak 25 kg", 25)]),
 ("kompos", "Pupuk Organik Kompos", "Kemasan 20 kg", "Sak", 35000, ["Pupuk kompos organik 20kg"], "PUPUK", None),
 ("pupuk_cair", "Pupuk Organik Cair", "1 liter", "Botol", 45000, ["POC 1 ltr"], "PUPUK", None),
 ("dolomit", "Kapur Dolomit", "Kemasan 50 kg", "Sak", 65000, ["Dolomit 50 kg"], "PUPUK", None),
 ("bibit_cabai", "Bibit Cabai Rawit", "Siap tanam, polybag", "Batang", 2500, ["Bibit cabe rawit", "Benih cabai rawit (bibit)"], "BIBIT", None),
 ("benih_cabai", "Benih Cabai Rawit", "Sachet 10 gram", "Sachet", 95000, ["Benih cabai rawit sachet"], "BIBIT", None),
 ("bibit_tomat", "Bibit Tomat", "Siap tanam, polybag", "Batang", 2000, ["Bibit tomat"], "BIBIT", None),
 ("benih_sawi", "Benih Sawi", "Sachet 25 gram", "Sachet", 25000, ["Benih sawi hijau"], "BIBIT", None),
 ("benih_kangkung", "Benih Kangkung", "Kemasan 500 gram", "Pak", 45000, ["Benih kangkung 500 gr"], "BIBIT", None),
 ("bibit_jeruk", "Bibit Jeruk", "Okulasi, tinggi 60 cm", "Batang", 25000, ["Bibit jeruk okulasi"], "BIBIT", None),
 ("bibit_ikan_nila", "Benih Ikan Nila", "Ukuran 5-7 cm", "Ekor", 450, ["Bibit ikan nila 5-7cm"], "BIBIT", None),
 ("bibit_lele", "Benih Ikan Lele", "Ukuran 5-7 cm", "Ekor", 300, ["Bibit lele 5-7"], "BIBIT", None),
 ("pakan_ikan", "Pakan Ikan Apung", "Protein 30%, 30 kg", "Sak", 385000, ["Pelet ikan apung 30 kg"], "BAHANLAIN", None),
 ("polybag_35", "Polybag", "35 x 35 cm, isi 100", "Pak", 38000, ["Polybag 35x35"], "BAHANLAIN", None),
 ("polybag_15", "Polybag", "15 x 15 cm, isi 100", "Pak", 14000, ["Polybag kecil 15x15"], "BAHANLAIN", None),
 ("media_tanam", "Media Tanam Siap Pakai", "Campuran, 20 kg", "Sak", 32000, ["Media tanam 20 kg"], "BAHANLAIN", None),
 ("mulsa", "Plastik Mulsa", "Hitam perak, 1,2 m x 250 m", "Roll", 525000, ["Mulsa plastik hitam perak"], "BAHANLAIN", None),
 ("pestisida_nabati", "Pestisida Nabati", "1 liter", "Botol", 65000, ["Pestisida organik 1L"], "BAHANLAIN", None),
 ("beras_medium", "Beras Medium", "Kemasan 5 kg", "Sak", 72500, ["Beras medium 5 kg"], "BAHANLAIN", [("Sak", 1), ("Kg", 1/5)]),
 ("beras_premium", "Beras Premium", "Kemasan 5 kg", "Sak", 84500, ["Beras premium 5kg"], "BAHANLAIN", None),
 ("telur", "Telur Ayam Ras", "Per kg", "Kg", 32000, ["Telur ayam ras"], "BAHANLAIN", None),
 ("minyak_goreng", "Minyak Goreng", "Kemasan 2 liter", "Pouch", 38000, ["Minyak goreng 2 ltr"], "BAHANLAIN", None),
 ("gula", "Gula Pasir", "Kemasan 1 kg", "Kg", 18500, ["Gula pasir 1kg"], "BAHANLAIN", None),
 ("kantong_sembako", "Tas Kantong Sembako", "Spunbond, sablon", "Buah", 6500, ["Tas spunbond sablon"], "BAHANLAIN", None),
 ("rapid_test_pangan", "Test Kit Keamanan Pangan", "Formalin/boraks, isi 50 tes", "Kit", 850000, ["Tes kit formalin-boraks"], "BAHANLAIN", None),
 ("cool_box", "Cool Box", "45 liter", "Buah", 685000, ["Kotak pendingin 45L"], "BAHANLAIN", None),
 ("sprayer", "Sprayer Elektrik", "16 liter, baterai", "Unit", 485000, ["Tangki semprot elektrik 16L"], "BAHANLAIN", None),
]:
    I(k, "SSH", H, f"1.1.7.01.08.01.{len(ITEMS)+1:03d}", n, s, u, p, ac, al, un)

H = "BAHAN CETAK"
for k, n, s, u, p, al in [
 ("map_kegiatan", "Map Kegiatan Cetak", "Art carton 260 gsm, full color", "Buah", 9500, ["Map seminar full color", "Map kegiatan print"]),
 ("sertifikat", "Sertifikat / Piagam", "A4, art carton 260 gsm, full color", "Lembar", 6500, ["Sertifikat peserta A4", "Sertifikat pelatihan (cetak)"]),
 ("brosur", "Brosur / Leaflet", "A4 lipat 3, art paper 150 gsm", "Lembar", 2500, ["Leaflet lipat tiga", "Brosur A4"]),
 ("buku_saku", "Buku Saku", "A6, 40 hal, full color", "Eksemplar", 18500, ["Buku saku Perda", "Booklet A6"]),
 ("buku_laporan", "Penggandaan dan Jilid Laporan", "A4, 100 hal, soft cover", "Eksemplar", 65000, ["Cetak + jilid laporan", "Penggandaan dokumen laporan (buku)"]),
 ("kartu_anggota", "Kartu Identitas PVC", "Cetak 2 sisi", "Buah", 15000, ["Kartu anggota PVC", "ID card PVC"]),
 ("stiker", "Stiker Vinyl", "Per m2, cutting/print", "M2", 125000, ["Stiker vinyl (m2)"]),
 ("blanko", "Blanko / Formulir Cetak", "F4, HVS 70 gsm, 1 warna", "Lembar", 350, ["Blangko formulir", "Formulir cetak 1 warna"]),
 ("kop_surat", "Kertas Kop Surat", "A4, HVS 80 gsm, 2 warna", "Rim", 185000, ["Kop surat dinas (rim)"]),
 ("undangan", "Undangan Cetak", "Art carton, amplop, full color", "Lembar", 8500, ["Undangan kegiatan cetak"]),
 ("kalender", "Kalender Dinding", "6 lembar, full color", "Buah", 42000, ["Kalender dinding"]),
]:
    I(k, "SSH", H, f"1.1.7.01.04.01.{len(ITEMS)+1:03d}", n, s, u, p, "CETAK", al)

# ---------------- SBU (services) ----------------
H = "HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA"
for k, n, s, u, p, al, ac in [
 ("nrs_es1", "Honorarium Narasumber", "Menteri/Pejabat Eselon I atau setara", "OJ", 1700000, ["Honor narsum eselon I"], "HONOR"),
 ("nrs_es2", "Honorarium Narasumber", "Pejabat Eselon II atau setara", "OJ", 1000000, ["Honor narasumber eselon II", "Narsum Kepala Dinas"], "HONOR"),
 ("nrs_es3", "Honorarium Narasumber", "Pejabat Eselon III ke bawah / setara", "OJ", 900000, ["Honor narasumber eselon III", "Narsum pejabat eselon III"], "HONOR"),
 ("nrs_nonasn", "Honorarium Narasumber", "Praktisi/Tokoh non-ASN", "OJ", 900000, ["Honor narasumber praktisi", "Narsum non ASN"], "HONOR"),
 ("moderator", "Honorarium Moderator", "Per kegiatan", "OK", 700000, ["Honor moderator"], "HONOR"),
 ("mc", "Honorarium Pembawa Acara", "Per kegiatan", "OK", 400000, ["Honor MC", "Pembawa acara"], "HONOR"),
 ("pan_pj", "Honorarium Panitia", "Penanggung Jawab", "OK", 450000, ["Honor penanggung jawab kegiatan"], "HONOR"),
 ("pan_ketua", "Honorarium Panitia", "Ketua", "OK", 400000, ["Honor ketua panitia"], "HONOR"),
 ("pan_sekr", "Honorarium Panitia", "Sekretaris", "OK", 300000, ["Honor sekretaris panitia"], "HONOR"),
 ("pan_anggota", "Honorarium Panitia", "Anggota", "OK", 300000, ["Honor anggota panitia", "Honor panitia pelaksana"], "HONOR"),
 ("instruktur", "Honorarium Instruktur/Pelatih", "Pelatihan teknis, per jam pelajaran", "OJ", 450000, ["Honor instruktur pelatihan (per JP)", "Honor pelatih teknis"], "HONOR_INSTR"),
 ("instruktur_hari", "Honorarium Pelatih Seni/Olahraga", "Per orang per hari", "OH", 350000, ["Honor pelatih tari (per hari)", "Pelatih sanggar"], "HONOR_INSTR"),
 ("juri", "Honorarium Juri/Penilai Lomba", "Per orang per kegiatan", "OK", 750000, ["Honor dewan juri", "Honor juri lomba"], "HONOR_INSTR"),
 ("seniman", "Honorarium Pengisi Acara/Seniman", "Per grup per penampilan", "Grup", 2500000, ["Honor grup kesenian pengisi acara", "Pentas grup seni"], "HONOR_INSTR"),
 ("penyuluh", "Honorarium Penyuluh/Pendamping Lapangan", "Per orang per hari", "OH", 250000, ["Honor pendamping lapangan", "Honor penyuluh (OH)"], "HONOR_INSTR"),
]:
    I(k, "SBU", H, "", n, s, u, p, ac, al)

H = "KONSUMSI (MAKAN DAN MINUM)"
for k, n, s, u, p, al, ac in [
 ("nasi_kotak", "Makan Rapat", "Nasi kotak, rapat biasa", "Kotak", 45000, ["Nasi kotak rapat", "Makan siang peserta (kotak)"], "MAMIN_RAPAT"),
 ("snack", "Kudapan Rapat", "Kue kotak, rapat biasa", "Kotak", 22000, ["Snack rapat", "Kudapan peserta", "Kue kotak peserta"], "MAMIN_RAPAT"),
 ("prasmanan", "Makan Prasmanan", "Rapat pimpinan / tamu", "Orang", 75000, ["Makan prasmanan"], "MAMIN_RAPAT"),
 ("mamin_pimpinan", "Makan Rapat Pimpinan", "Nasi kotak, rapat pimpinan (eselon II)", "Kotak", 65000, ["Makan rapat pimpinan"], "MAMIN_RAPAT"),
 ("snack_pimpinan", "Kudapan Rapat Pimpinan", "Kue kotak, rapat pimpinan", "Kotak", 30000, ["Snack rapat pimpinan"], "MAMIN_RAPAT"),
 ("mamin_lap", "Makan Minum Aktivitas Lapangan", "Per orang per hari", "OH", 40000, ["Konsumsi petugas lapangan", "Makan petugas (OH)", "Mamin aktivitas lapangan"], "MAMIN_LAP"),
 ("air_gelas", "Air Mineral Gelas", "220 ml, isi 48", "Dus", 32000, ["Air mineral gelas (dus)", "Aqua gelas 220 ml"], "MAMIN_LAP"),
 ("air_botol", "Air Mineral Botol", "600 ml, isi 24", "Dus", 58000, ["Air mineral botol 600ml", "Air botol (dus 24)"], "MAMIN_LAP"),
 ("extra_fooding", "Makanan Tambahan / Extra Fooding", "Petugas jaga malam", "OH", 30000, ["Extra fooding piket malam"], "MAMIN_LAP"),
]:
    I(k, "SBU", H, "", n, s, u, p, ac, al)

H = "PERJALANAN DINAS"
for k, n, s, u, p, al, ac in [
 ("uh_dk8", "Uang Transport Perjalanan Dinas Dalam Kota", "Lebih dari 8 jam", "OH", 150000, ["Transport dalam kota > 8 jam", "Uang harian dalam kota"], "PERJADIN_DK"),
 ("uh_dk", "Uang Transport Perjalanan Dinas Dalam Kota", "Sampai dengan 8 jam", "OK", 100000, ["Transport lokal dalam kota (≤ 8 jam)", "Transport peserta dalam kota"], "PERJADIN_DK"),
 ("uh_kaltim", "Uang Harian Luar Kota", "Dalam Provinsi Kalimantan Timur", "OH", 380000, ["Uang harian luar kota Kaltim"], "PERJADIN_BIASA"),
 ("uh_dki", "Uang Harian Luar Provinsi", "DKI Jakarta", "OH", 530000, ["Uang harian Jakarta"], "PERJADIN_BIASA"),
 ("uh_jatim", "Uang Harian Luar Provinsi", "Jawa Timur", "OH", 410000, ["Uang harian Surabaya"], "PERJADIN_BIASA"),
 ("uh_diy", "Uang Harian Luar Provinsi", "DI Yogyakarta", "OH", 420000, ["Uang harian Yogyakarta"], "PERJADIN_BIASA"),
 ("hotel_dki_es4", "Biaya Penginapan", "DKI Jakarta, Eselon IV/Gol III", "OH", 1100000, ["Hotel Jakarta (eselon IV)", "Penginapan Jakarta gol III"], "PERJADIN_BIASA"),
 ("hotel_dki_es3", "Biaya Penginapan", "DKI Jakarta, Eselon III", "OH", 1450000, ["Hotel Jakarta eselon III"], "PERJADIN_BIASA"),
 ("hotel_jatim", "Biaya Penginapan", "Jawa Timur, Eselon IV/Gol III", "OH", 850000, ["Hotel Surabaya gol III"], "PERJADIN_BIASA"),
 ("hotel_diy", "Biaya Penginapan", "DI Yogyakarta, Eselon IV/Gol III", "OH", 875000, ["Hotel Yogyakarta gol III"], "PERJADIN_BIASA"),
 ("hotel_bpp", "Biaya Penginapan", "Balikpapan/Kaltim, Eselon IV/Gol III", "OH", 750000, ["Hotel Balikpapan"], "PERJADIN_BIASA"),
 ("tiket_cgk", "Tiket Pesawat", "Samarinda (AAP) - Jakarta PP, ekonomi", "Orang", 3900000, ["Tiket pesawat Samarinda-Jakarta PP", "Tiket PP SRI-CGK"], "PERJADIN_BIASA"),
 ("tiket_sub", "Tiket Pesawat", "Samarinda (AAP) - Surabaya PP, ekonomi", "Orang", 2950000, ["Tiket Samarinda-Surabaya PP"], "PERJADIN_BIASA"),
 ("tiket_yia", "Tiket Pesawat", "Samarinda (AAP) - Yogyakarta PP, ekonomi", "Orang", 3250000, ["Tiket Samarinda-Yogya PP"], "PERJADIN_BIASA"),
 ("taksi_dki", "Biaya Taksi", "DKI Jakarta, sekali jalan", "Orang/Kali", 256000, ["Taksi Jakarta"], "PERJADIN_BIASA"),
 ("taksi_smd", "Biaya Taksi", "Samarinda, sekali jalan", "Orang/Kali", 150000, ["Taksi Samarinda - bandara"], "PERJADIN_BIASA"),
 ("transport_bpp", "Transport Darat", "Samarinda - Balikpapan PP", "Orang", 400000, ["Transport Samarinda-Balikpapan PP"], "PERJADIN_BIASA"),
]:
    I(k, "SBU", H, "", n, s, u, p, ac, al)

H = "SEWA"
for k, n, s, u, p, al, ac in [
 ("tenda_3x3", "Sewa Tenda Sarnafil", "3 x 3 m, per hari", "Unit/Hari", 350000, ["Sewa tenda 3x3", "Tenda sarnafil 3x3 m"], "SEWA_ALAT"),
 ("tenda_5x5", "Sewa Tenda Sarnafil", "5 x 5 m, per hari", "Unit/Hari", 750000, ["Sewa tenda 5x5 m"], "SEWA_ALAT"),
 ("tenda_dekor", "Sewa Tenda Dekorasi", "Per m2 per hari, plafon + kain", "M2/Hari", 45000, ["Tenda dekor (m2)"], "SEWA_ALAT"),
 ("kursi_futura", "Sewa Kursi Futura", "Per buah per hari", "Buah/Hari", 7500, ["Sewa kursi futura", "Kursi plastik futura (sewa)"], "SEWA_ALAT"),
 ("kursi_sofa", "Sewa Kursi Sofa VIP", "Per buah per hari", "Buah/Hari", 150000, ["Sewa sofa VIP"], "SEWA_ALAT"),
 ("sound_1000", "Sewa Sound System", "1.000 watt, per hari", "Paket/Hari", 1500000, ["Sewa sound 1000 W", "Sound system kecil"], "SEWA_ALAT"),
 ("sound_5000", "Sewa Sound System", "5.000 watt, per hari, operator", "Paket/Hari", 4500000, ["Sewa sound system 5000 watt", "Sound besar + operator"], "SEWA_ALAT"),
 ("panggung", "Sewa Panggung", "Rangka besi, per m2 per hari", "M2/Hari", 85000, ["Sewa panggung (m2)", "Stage rangka besi"], "SEWA_ALAT"),
 ("led_screen", "Sewa Videotron / LED Screen", "P3.9 indoor, per m2 per hari", "M2/Hari", 375000, ["Sewa LED screen P3.9", "Videotron panggung"], "SEWA_ALAT"),
 ("genset_sewa", "Sewa Genset", "20 kVA, per hari, incl. operator", "Unit/Hari", 1750000, ["Sewa genset 20 KVA"], "SEWA_ALAT"),
 ("lighting", "Sewa Lighting Panggung", "Paket 12 par LED, per hari", "Paket/Hari", 1850000, ["Lighting panggung paket"], "SEWA_ALAT"),
 ("handy_cam_sewa", "Sewa Kamera Video", "Per unit per hari, operator", "Unit/Hari", 950000, ["Sewa kamera video + operator"], "SEWA_ALAT"),
 ("mobil_minibus", "Sewa Kendaraan Minibus", "7 seat, per hari, termasuk driver & BBM", "Unit/Hari", 850000, ["Sewa mobil minibus", "Rental Innova/setara"], "SEWA_KEND"),
 ("mobil_bus", "Sewa Bus Sedang", "30 seat, per hari, termasuk driver & BBM", "Unit/Hari", 2850000, ["Sewa bus 30 seat"], "SEWA_KEND"),
 ("pickup_sewa", "Sewa Mobil Pick Up", "Per hari, termasuk driver", "Unit/Hari", 650000, ["Sewa pick up (angkut)"], "SEWA_KEND"),
 ("kapal_sewa", "Sewa Perahu Motor / Ketinting", "Per hari, termasuk motoris", "Unit/Hari", 750000, ["Sewa ketinting", "Sewa perahu motor"], "SEWA_KEND"),
 ("gedung_300", "Sewa Gedung Pertemuan", "Kapasitas s.d. 300 orang, per hari", "Hari", 7500000, ["Sewa gedung 300 orang"], "SEWA_GEDUNG"),
 ("gedung_100", "Sewa Ruang Pertemuan", "Kapasitas s.d. 100 orang, per hari", "Hari", 3500000, ["Sewa aula 100 org", "Sewa ruang rapat hotel"], "SEWA_GEDUNG"),
 ("fullboard", "Paket Meeting Fullboard", "Hotel bintang 3, per orang per hari", "OH", 650000, ["Paket fullboard hotel"], "SEWA_GEDUNG"),
 ("fullday", "Paket Meeting Fullday", "Hotel bintang 3, per orang", "Orang", 385000, ["Paket fullday meeting hotel", "Fullday meeting"], "SEWA_GEDUNG"),
 ("halfday", "Paket Meeting Halfday", "Hotel bintang 3, per orang", "Orang", 285000, ["Paket halfday hotel"], "SEWA_GEDUNG"),
]:
    I(k, "SBU", H, "", n, s, u, p, ac, al)

H = "JASA CETAK DAN PUBLIKASI"
for k, n, s, u, p, al, ac in [
 ("spanduk", "Cetak Spanduk", "Flexi 280 gsm, per m2", "M2", 45000, ["Spanduk flexi (m2)", "Cetak spanduk 280gr"], "CETAK"),
 ("spanduk_korea", "Cetak Spanduk Flexi Korea", "Flexi Korea 440 gsm, per m2", "M2", 75000, ["Spanduk flexi Korea"], "CETAK"),
 ("banner_x", "Cetak X-Banner", "60 x 160 cm, termasuk rangka", "Buah", 185000, ["X banner + stand", "Xbanner 60x160"], "CETAK"),
 ("baliho", "Cetak Baliho", "Per m2, tanpa konstruksi", "M2", 55000, ["Baliho (m2)"], "CETAK"),
 ("backdrop", "Cetak Backdrop", "Per m2, flexi + rangka", "M2", 125000, ["Backdrop panggung (m2)"], "CETAK"),
 ("fotokopi", "Fotokopi", "A4/F4, hitam putih", "Lembar", 350, ["Fotocopy bahan", "Penggandaan fotokopi"], "CETAK"),
 ("jilid", "Penjilidan", "Soft cover, lakban", "Buah", 7500, ["Jilid soft cover"], "CETAK"),
 ("jilid_hard", "Penjilidan Hard Cover", "Hard cover, emas", "Buah", 45000, ["Jilid hard cover"], "CETAK"),
 ("iklan_koran", "Iklan Surat Kabar", "1/4 halaman, berwarna", "Kali", 7500000, ["Iklan koran 1/4 hal"], "IKLAN"),
 ("plakat", "Plakat Akrilik", "20 x 25 cm, box", "Buah", 385000, ["Plakat akrilik"], "CETAK"),
 ("piala", "Piala Lomba", "Tinggi 60 cm", "Buah", 650000, ["Piala juara 60cm", "Tropi lomba"], "CETAK"),
 ("medali", "Medali", "Logam, diameter 6 cm, pita", "Buah", 45000, ["Medali peserta"], "CETAK"),
]:
    I(k, "SBU", H, "", n, s, u, p, ac, al)

H = "JASA LAINNYA DAN PEMELIHARAAN"
for k, n, s, u, p, al, ac in [
 ("dokumentasi", "Jasa Dokumentasi Foto dan Video", "Per kegiatan, termasuk editing", "Paket", 2500000, ["Jasa dokumentasi kegiatan", "Dokumentasi foto & video"], "IKLAN"),
 ("publikasi_online", "Jasa Publikasi Media Online", "Advertorial, 1 artikel", "Kali", 2000000, ["Advertorial media online"], "IKLAN"),
 ("spot_radio", "Iklan Layanan Masyarakat Radio", "Spot 60 detik", "Spot", 150000, ["Spot radio ILM 60 dtk"], "IKLAN"),
 ("video_profil", "Jasa Pembuatan Video Profil", "Durasi 3-5 menit", "Paket", 12500000, ["Pembuatan video profil"], "IKLAN"),
 ("servis_motor", "Servis Berkala Sepeda Motor", "Termasuk ganti oli", "Unit/Kali", 250000, ["Servis rutin motor patroli"], "PEMELIHARAAN"),
 ("servis_mobil", "Servis Berkala Kendaraan Roda 4", "Termasuk ganti oli & filter", "Unit/Kali", 1250000, ["Servis berkala mobil dinas"], "PEMELIHARAAN"),
 ("ban_mobil", "Ban Kendaraan Roda 4", "Ukuran 195/65 R15", "Buah", 1150000, ["Ban mobil R15"], "PEMELIHARAAN"),
 ("ban_motor", "Ban Sepeda Motor", "Ukuran 80/90-17", "Buah", 285000, ["Ban motor ring 17"], "PEMELIHARAAN"),
 ("servis_pompa", "Servis Pompa Portable Damkar", "Per unit per kali", "Unit/Kali", 3500000, ["Servis pompa portabel"], "PEMELIHARAAN"),
 ("servis_ac", "Servis / Cuci AC Split", "0,5 - 2 PK, per unit", "Unit/Kali", 150000, ["Cuci AC split"], "PEMELIHARAAN"),
 ("tenaga_admin", "Honorarium Tenaga Administrasi Kegiatan", "Non-ASN, per orang per bulan", "OB", 3650000, ["Tenaga admin kegiatan (OB)"], "JASA_KANTOR"),
 ("tenaga_kebersihan", "Upah Tenaga Kebersihan Kegiatan", "Per orang per hari", "OH", 150000, ["Upah petugas kebersihan (OH)"], "JASA_KANTOR"),
 ("upah_tukang", "Upah Tenaga Harian Lepas", "Pekerja, per orang per hari", "OH", 175000, ["Upah pekerja harian", "Tenaga angkut / buruh"], "JASA_KANTOR"),
 ("operator_drone", "Jasa Operator Drone", "Per hari, termasuk unit", "Hari", 2500000, ["Jasa drone dokumentasi"], "IKLAN"),
 ("translator", "Honorarium Penerjemah", "Per halaman", "Halaman", 150000, ["Jasa penerjemah (hal)"], "JASA_KANTOR"),
]:
    I(k, "SBU", H, "", n, s, u, p, ac, al)
