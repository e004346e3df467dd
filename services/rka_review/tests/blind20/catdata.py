"""Invented price catalogue data (SSH goods + SBU services) for set review20.

Line format:  key|acct|name|spec|unit|price|kind|aliases
  kind: G goods count, K konsumsi (org x kali), J honor per jam (OJ), B per bulan (OB),
        H per hari (org x hari), M per malam, P tiket PP, S sewa (unit x hari), X per kali,
        T transport (org x kali), E per eksemplar/paket.
  aliases: ';'-separated  name~spec~unit~factor   (factor = catalogue units per RKA unit)
Group line:  #SSH|<heading>|<kode prefix>   or  #SBU|<heading>|<kode prefix>
"""

ACCOUNTS = {
    "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
    "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "BKOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "PERABOT": ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor"),
    "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
    "KANTORLAIN": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya"),
    "BANGUNAN": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
    "KIMIA": ("5.1.02.01.01.0002", "Belanja Bahan-Bahan Kimia"),
    "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "BIBIT": ("5.1.02.01.01.0008", "Belanja Bahan-Bahan/Bibit Tanaman"),
    "BAHANLAIN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
    "SERAH": ("5.1.02.01.03.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
    "OBAT": ("5.1.02.01.01.0038", "Belanja Obat-Obatan-Obat"),
    "BMHP": ("5.1.02.01.01.0039", "Belanja Obat-Obatan-Bahan Medis Habis Pakai"),
    "MAMIN": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "MAMINLAP": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman Aktivitas Lapangan"),
    "PAKAIAN": ("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)"),
    "PAKOR": ("5.1.02.01.01.0073", "Belanja Pakaian Olahraga"),
    "OLAHRAGA": ("5.1.02.01.01.0075", "Belanja Alat/Bahan Perlengkapan Olahraga"),
    "HADIAH": ("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan"),
    "HONNARA": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    "HONTIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
    "HONLAIN": ("5.1.02.02.01.0007", "Honorarium Juri, Pelatih dan Wasit"),
    "JASAKEB": ("5.1.02.02.01.0016", "Belanja Jasa Tenaga Kebersihan"),
    "JASAADMIN": ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    "JASAAHLI": ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Ahli"),
    "JASALAP": ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Kerja Lapangan/Tukang"),
    "JASATEKNIS": ("5.1.02.02.01.0033", "Belanja Jasa Tenaga Teknis Informasi dan Teknologi"),
    "JASALAB": ("5.1.02.02.01.0042", "Belanja Jasa Pengujian Laboratorium"),
    "INTERNET": ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan"),
    "SEWAKEND": ("5.1.02.02.03.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
    "SEWAALAT": ("5.1.02.02.03.0051", "Belanja Sewa Alat Kantor Lainnya"),
    "SEWAAUDIO": ("5.1.02.02.03.0061", "Belanja Sewa Peralatan Studio Audio"),
    "SEWABERAT": ("5.1.02.02.03.0012", "Belanja Sewa Alat Besar Darat"),
    "SEWAAIR": ("5.1.02.02.03.0041", "Belanja Sewa Alat Angkutan Apung Bermotor"),
    "SEWAGEDUNG": ("5.1.02.02.04.0036", "Belanja Sewa Gedung Pertemuan"),
    "PEMKEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Kendaraan Bermotor Penumpang"),
    "PEMALAT": ("5.1.02.03.02.0405", "Belanja Pemeliharaan Komputer-Komputer Unit/Peralatan Kantor"),
    "PDBIASA": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "PDDALAM": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "PDPAKET": ("5.1.02.04.01.0004", "Belanja Perjalanan Dinas Paket Meeting Dalam Kota"),
    "MODPC": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    "MODLAPTOP": ("5.2.02.10.01.0003", "Belanja Modal Notebook/Laptop"),
    "MODPERIF": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer"),
    "MODJAR": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan"),
    "MODMEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
    "MODAC": ("5.2.02.05.02.0006", "Belanja Modal Alat Pendingin"),
    "MODKANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
    "MODSTUDIO": ("5.2.02.06.02.0001", "Belanja Modal Peralatan Studio Visual dan Audio"),
    "MODUKUR": ("5.2.02.09.01.0021", "Belanja Modal Alat Laboratorium Kualitas Air dan Lingkungan"),
    "MODKES": ("5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum"),
    "MODOR": ("5.2.02.08.01.0010", "Belanja Modal Peralatan Olahraga"),
    "MODBUKU": ("5.2.05.01.01.0001", "Belanja Modal Bahan Perpustakaan Tercetak"),
}

# plausible wrong bookings (what a careless operator picks) per correct account
MISMATCH = {
    "ATK": ["MAMIN", "MODKANTOR", "BBM"], "KERTAS": ["MODKANTOR", "JASAADMIN", "BBM"],
    "CETAK": ["MODSTUDIO", "HONTIM", "SEWAALAT"], "BKOMP": ["MODPC", "MODPERIF", "PEMALAT"],
    "PERABOT": ["MODMEBEL", "JASAKEB"], "LISTRIK": ["MODAC", "BANGUNAN", "JASALAP"],
    "KANTORLAIN": ["MODKANTOR", "MAMIN", "JASAKEB"], "BANGUNAN": ["SEWABERAT", "JASALAP", "MODKANTOR"],
    "KIMIA": ["MODUKUR", "JASALAB", "MAMIN"], "BBM": ["SEWAKEND", "PEMKEND", "MAMINLAP"],
    "BIBIT": ["JASALAP", "BANGUNAN", "MODKANTOR"], "BAHANLAIN": ["MODKANTOR", "SEWAALAT", "HONTIM"], "SERAH": ["ATK", "MAMIN", "JASAKEB"],
    "OBAT": ["MAMIN", "MODKES", "ATK"], "BMHP": ["MODKES", "ATK", "MAMIN"],
    "MAMIN": ["PDDALAM", "ATK", "HONNARA", "PDBIASA"], "MAMINLAP": ["PDDALAM", "BBM", "ATK"],
    "PAKAIAN": ["ATK", "MODKANTOR", "HADIAH"], "PAKOR": ["ATK", "HADIAH", "MODOR"],
    "OLAHRAGA": ["ATK", "MODOR", "HONLAIN"], "HADIAH": ["ATK", "MAMIN", "CETAK"],
    "HONNARA": ["MAMIN", "PDDALAM", "JASAADMIN", "ATK"], "HONTIM": ["JASAADMIN", "ATK", "PDDALAM"],
    "HONLAIN": ["OLAHRAGA", "MAMIN", "ATK"], "JASAKEB": ["KANTORLAIN", "ATK", "HONTIM"],
    "JASAADMIN": ["ATK", "HONTIM", "KERTAS"], "JASAAHLI": ["ATK", "BANGUNAN", "MODKANTOR"],
    "JASALAP": ["BANGUNAN", "ATK", "SEWABERAT"], "JASATEKNIS": ["BKOMP", "MODJAR", "ATK"],
    "JASALAB": ["KIMIA", "MODUKUR", "ATK"], "INTERNET": ["BKOMP", "MODJAR", "LISTRIK"],
    "SEWAKEND": ["BBM", "PEMKEND", "PDBIASA"], "SEWAALAT": ["BANGUNAN", "PERABOT", "MODMEBEL"],
    "SEWAAUDIO": ["MODSTUDIO", "LISTRIK", "ATK"], "SEWABERAT": ["BANGUNAN", "BBM", "MODKANTOR"],
    "SEWAAIR": ["BBM", "PDBIASA", "SEWAKEND"], "SEWAGEDUNG": ["MAMIN", "PDPAKET", "BANGUNAN"],
    "PEMKEND": ["BBM", "MODKANTOR", "SEWAKEND"], "PEMALAT": ["BKOMP", "MODPC", "ATK"],
    "PDBIASA": ["MAMIN", "SEWAKEND", "HONTIM"], "PDDALAM": ["MAMIN", "SEWAKEND", "HONTIM"],
    "PDPAKET": ["MAMIN", "SEWAGEDUNG", "HONNARA"],
    "MODPC": ["ATK", "BKOMP", "PEMALAT"], "MODLAPTOP": ["ATK", "BKOMP", "PEMALAT"],
    "MODPERIF": ["BKOMP", "ATK", "KERTAS"], "MODJAR": ["BKOMP", "INTERNET", "LISTRIK"],
    "MODMEBEL": ["PERABOT", "ATK", "SEWAALAT"], "MODAC": ["LISTRIK", "PEMALAT", "PERABOT"],
    "MODKANTOR": ["ATK", "PERABOT", "KANTORLAIN"], "MODSTUDIO": ["LISTRIK", "BKOMP", "SEWAAUDIO"],
    "MODUKUR": ["KIMIA", "BAHANLAIN", "JASALAB"], "MODKES": ["BMHP", "OBAT", "ATK"],
    "MODOR": ["OLAHRAGA", "ATK", "HADIAH"], "MODBUKU": ["ATK", "CETAK", "KERTAS"],
}

CATALOG = r"""
#SSH|ALAT TULIS KANTOR|1.1.7.01.01.01
pulpen|ATK|Ballpoint standar|tinta hitam 0,7 mm|Pak isi 12|30000|G|Pulpen hitam~~Pak~1;Bolpoin standar tinta hitam~~Buah~0.083333333333
gelpen|ATK|Pulpen gel|0,5 mm tinta hitam|Pak isi 12|48000|G|Pulpen gel 0.5 mm~hitam~Pak~1
pensil2b|ATK|Pensil 2B|kayu, standar ujian|Pak isi 12|36000|G|Pensil 2B u/ LJK~~Lusin~1;Pensil 2B~~Box isi 12~1
pensilmek|ATK|Pensil mekanik|0,5 mm|Buah|18000|G|Pensil mekanik 0.5~~Bh~1
spidolwb|ATK|Spidol whiteboard|hitam/biru/merah|Pak isi 12|96000|G|Spidol papan tulis~~Lusin~1;Spidol whiteboard~~Box (12 bh)~1
spidolperm|ATK|Spidol permanen|hitam, ujian bulat|Pak isi 12|108000|G|Spidol permanent~~Lusin~1
stabilo|ATK|Stabilo/Highlighter|warna campur|Pak isi 10|85000|G|Highlighter warna~~Pak isi 10~1
ordnerf|ATK|Ordner folio|punggung 7 cm|Buah|32000|G|Ordner F4 7cm~~Bh~1;Ordner folio 7 cm~~Lusin~12
ordnera4|ATK|Ordner A4|punggung 5 cm|Buah|29000|G|Ordner A4 5cm~~Bh~1
mapkancing|ATK|Map plastik kancing|folio|Lusin|42000|G|Map kancing plastik folio~~Lusin~1;Map kancing~F4~Buah~0.083333333333
mapsnel|ATK|Map snelhecter plastik|folio|Lusin|36000|G|Map snelhecter~~Lusin~1
mapkertas|ATK|Map kertas (map biasa)|folio 230 gsm|Pak isi 50|75000|G|Map kertas folio~~Pak~1;Map biasa~~Buah~0.02
staplerkcl|ATK|Stapler kecil|No.10|Buah|22000|G|Stapler No.10~~Bh~1
staplerbsr|ATK|Stapler besar|HD-50, 100 lembar|Buah|145000|G|Stapler besar HD-50~~Unit~1
staples10|ATK|Isi staples|No.10, dus isi 20 kotak kecil|Dus|55000|G|Isi stapler No.10~~Dus~1;Isi stapler No.10~~Kotak~0.05
staples23|ATK|Isi staples|23/10, kotak isi 1000|Kotak|9500|G|Isi staples 23/10~~Kotak~1
klip1|ATK|Klip kertas|No.1, kotak|Kotak|4500|G|Paper clip No.1~~Kotak~1
binder105|ATK|Binder clip|No.105, kotak isi 12|Kotak|8500|G|Binder clip 105~~Kotak~1
binder155|ATK|Binder clip|No.155, kotak isi 12|Kotak|15000|G|Binder clip 155~~Kotak~1
binder260|ATK|Binder clip|No.260, kotak isi 12|Kotak|26000|G|Binder clip 260~~Kotak~1
lakbancoklat|ATK|Lakban coklat|lebar 2 inch, 100 yard|Roll|14000|G|Lakban coklat 2"~~Roll~1;Lakban coklat 48 mm~~Slop isi 6~6
lakbanbening|ATK|Lakban bening|lebar 2 inch, 100 yard|Roll|12500|G|Lakban bening 2 inci~~Roll~1
lakbankain|ATK|Lakban kain hitam|lebar 2 inch|Roll|17000|G|Lakban hitam (kain) 2"~~Roll~1
doubletape|ATK|Double tape|lebar 1 inch|Roll|9000|G|Double tape 24 mm~~Roll~1
amplopputih|ATK|Amplop putih polos|No.90, 100 lembar|Box|38000|G|Amplop putih 90~~Box isi 100~1
amplopcoklat|ATK|Amplop coklat|folio, 50 lembar|Pak|65000|G|Amplop coklat F4~~Pak isi 50~1;Amplop coklat besar~~Lembar~0.02
gunting|ATK|Gunting kertas|besar|Buah|18000|G|Gunting besar~~Bh~1
cutter|ATK|Cutter|besar L-500|Buah|15000|G|Cutter besar~~Bh~1
penggaris|ATK|Penggaris besi|30 cm|Buah|12000|G|Mistar besi 30 cm~~Bh~1
ctape|ATK|Correction tape|5 mm x 6 m|Buah|9500|G|Tip-ex kertas (correction tape)~~Bh~1
bukutulis|ATK|Buku tulis|38 lembar|Pak isi 10|45000|G|Buku tulis 38 lbr~~Pak~1
bukufolio|ATK|Buku folio bergaris|100 lembar, hard cover|Buah|28000|G|Buku folio 100 lbr~~Bh~1
bukuagenda|ATK|Buku agenda/ekspedisi|folio 100 lembar|Buah|16000|G|Buku ekspedisi~~Bh~1
postit|ATK|Kertas memo tempel|3 x 3 inch|Pak|12000|G|Post-it 3x3~~Pak~1
clipboard|ATK|Papan klip (clipboard)|folio|Buah|15000|G|Clipboard F4~~Bh~1
tintastempel|ATK|Tinta stempel|30 cc|Botol|9000|G|Tinta stempel ungu~~Btl~1
lemkertas|ATK|Lem kertas cair|50 ml|Buah|5500|G|Lem cair 50 ml~~Bh~1
lembatang|ATK|Lem batang (glue stick)|25 gram|Buah|9500|G|Glue stick 25 gr~~Bh~1
sampulbuku|ATK|Plastik sampul buku|roll 50 m x 45 cm|Roll|95000|G|Plastik sampul buku 45 cm~~Roll (50 m)~1
boxarsip|ATK|Boks arsip karton|bebas asam, 37 x 10 x 27 cm|Buah|18500|G|Box arsip (karton bebas asam)~~Bh~1;Boks arsip~~Pak isi 10~10
folderarsip|ATK|Folder arsip|bebas asam, folio|Pak isi 50|135000|G|Folder arsip bebas asam~~Pak~1
#SSH|KERTAS DAN COVER|1.1.7.01.01.02
hvsa470|KERTAS|Kertas HVS|A4 70 gsm|Rim|52000|G|Kertas HVS A4 70 gr~~Rim~1;Kertas A4 70 gsm~~Box isi 5 rim~5
hvsa480|KERTAS|Kertas HVS|A4 80 gsm|Rim|62000|G|Kertas HVS A4 80 gr~~Rim~1;Kertas A4 80gsm~~Box (5 rim)~5;HVS A4 80 gram~~Rim~1
hvsf470|KERTAS|Kertas HVS|F4 70 gsm|Rim|58000|G|Kertas HVS F4 70 gr~~Rim~1;Kertas folio 70 gsm~~Box isi 5 rim~5
hvsf480|KERTAS|Kertas HVS|F4 80 gsm|Rim|69000|G|Kertas HVS F4 80 gr~~Rim~1;Kertas F4 80 gsm~~Dus isi 5 rim~5
hvsa380|KERTAS|Kertas HVS|A3 80 gsm|Rim|135000|G|Kertas A3 80 gr~~Rim~1
kertascover|KERTAS|Kertas cover (buffalo)|A4 warna|Pak isi 100|42000|G|Kertas buffalo A4~~Pak~1
kertasfoto|KERTAS|Kertas foto glossy|A4 180 gsm, isi 20|Pak|38000|G|Kertas foto A4 glossy~~Pak~1
kertassert|KERTAS|Kertas sertifikat (linen)|A4 220 gsm, isi 50|Pak|48000|G|Kertas linen sertifikat~~Pak~1
kertasncr|KERTAS|Kertas continuous form|9,5 x 11 inch 1 ply|Box|295000|G|Continuous form 1 ply~~Box~1
kertaslabel|KERTAS|Kertas label|No.103, isi 10 lembar|Pak|8500|G|Label No.103~~Pak~1
#SSH|BAHAN CETAK DAN PENGGANDAAN|1.1.7.01.01.03
spanduk280|CETAK|Spanduk flexi|frontlite 280 gsm|M2|35000|G|Spanduk flexi 280 gr~~m2~1;Spanduk kegiatan~ukuran 1 x 5 m~Lembar~5
spanduk440|CETAK|Spanduk flexi korea|frontlite 440 gsm|M2|65000|G|Spanduk flexi korea~~M2~1
baliho|CETAK|Baliho|flexi 340 gsm, cetak saja|M2|45000|G|Baliho 340 gr~~M2~1
backdrop|CETAK|Banner indoor (albatros)|cetak resolusi tinggi|M2|85000|G|Backdrop albatros~~M2~1
xbanner|CETAK|X-banner|60 x 160 cm lengkap stand|Buah|185000|G|X-Banner 60x160~~Bh~1
rollbanner|CETAK|Roll up banner|60 x 160 cm lengkap tas|Buah|350000|G|Roll banner 60x160~~Unit~1
brosur|CETAK|Brosur|A4 art paper 150 gsm 2 sisi full color|Lembar|2500|G|Brosur A4 full colour~~Lbr~1;Brosur A4~~Rim (500 lbr)~500
leaflet|CETAK|Leaflet|A4 lipat 3, art paper 120 gsm|Lembar|2800|G|Leaflet lipat tiga~~Lbr~1
booklet|CETAK|Booklet|A5 32 halaman full color|Eksemplar|28000|E|Booklet A5 32 hal~~Eks~1
bukulap|CETAK|Penggandaan laporan|A4 100 halaman, jilid soft cover|Eksemplar|45000|E|Cetak & jilid laporan~A4 ±100 hal~Eks~1
sertifikat|CETAK|Cetak sertifikat/piagam|A4 art carton 260 gsm|Lembar|6500|G|Piagam/sertifikat~~Lbr~1
idcard|CETAK|ID card PVC|cetak 2 sisi + tali|Buah|22000|G|ID card peserta + lanyard~~Bh~1
stiker|CETAK|Stiker vinyl|A3+ cetak & cutting|Lembar|18000|G|Stiker vinyl A3~~Lbr~1
stikerbarcode|CETAK|Stiker label barcode|chromo 33 x 15 mm, isi 1000|Roll|65000|G|Label barcode buku~~Roll~1
mapkop|CETAK|Map kop dinas cetak|art carton 260 gsm|Lembar|5500|G|Map berlogo dinas~~Lbr~1
amplopkop|CETAK|Amplop kop dinas|No.110, isi 100|Pak|120000|G|Amplop berkop~~Pak~1
kopsurat|CETAK|Kop surat cetak|A4 HVS 80 gsm|Rim|185000|G|Kertas kop surat~~Rim~1
fotokopia4|CETAK|Fotokopi|A4 hitam putih|Lembar|250|G|Fotocopy A4~~Lbr~1;Penggandaan naskah soal~A4~Lembar~1
fotokopif4|CETAK|Fotokopi|F4 hitam putih|Lembar|300|G|Fotocopy F4~~Lbr~1
jilidsoft|CETAK|Penjilidan|soft cover lakban|Buah|5000|G|Jilid biasa~~Bh~1
jilidspiral|CETAK|Penjilidan|spiral kawat|Buah|12000|G|Jilid spiral~~Bh~1
jilidhard|CETAK|Penjilidan|hard cover|Buah|35000|G|Jilid hard cover~~Bh~1
foto4r|CETAK|Cetak foto|4R|Lembar|3500|G|Cetak foto 4R~~Lbr~1
foto10r|CETAK|Cetak foto|10R|Lembar|15000|G|Cetak foto 10R~~Lbr~1
stempel|CETAK|Stempel flash|otomatis, diameter 4 cm|Buah|150000|G|Stempel flash~~Bh~1
#SSH|BAHAN KOMPUTER|1.1.7.01.01.04
tintahitam|BKOMP|Tinta printer original|botol 70 ml hitam|Botol|95000|G|Tinta printer hitam 70 ml~~Btl~1;Tinta printer ori black~~Botol~1
tintawarna|BKOMP|Tinta printer original|botol 70 ml cyan/magenta/yellow|Botol|95000|G|Tinta printer warna 70 ml~~Btl~1
tintarefill|BKOMP|Tinta refill generik|botol 100 ml|Botol|35000|G|Tinta isi ulang 100 ml~~Btl~1
tonerori|BKOMP|Toner cartridge laser mono|original, setara tipe 85A|Buah|950000|G|Toner laser hitam (original)~~Bh~1
tonercomp|BKOMP|Toner cartridge laser mono|compatible|Buah|325000|G|Toner compatible~~Bh~1
cartridge|BKOMP|Cartridge tinta inkjet|hitam, standard yield|Buah|145000|G|Catridge hitam~~Bh~1
ribbon|BKOMP|Ribbon printer dot matrix|setara LX-310|Buah|48000|G|Pita printer dot matrix~~Bh~1
fd16|BKOMP|Flashdisk|16 GB USB 3.0|Buah|75000|G|Flashdisk 16GB~~Bh~1
fd32|BKOMP|Flashdisk|32 GB USB 3.0|Buah|95000|G|Flashdisk 32GB~~Bh~1;Flash disk 32 GB~~Pcs~1
fd64|BKOMP|Flashdisk|64 GB USB 3.0|Buah|135000|G|Flashdisk 64GB~~Bh~1
fd128|BKOMP|Flashdisk|128 GB USB 3.0|Buah|220000|G|Flashdisk 128 GB~~Bh~1
hdd1|BKOMP|Harddisk eksternal|1 TB USB 3.0|Buah|850000|G|HDD eksternal 1 TB~~Unit~1
hdd2|BKOMP|Harddisk eksternal|2 TB USB 3.0|Buah|1250000|G|Hardisk external 2TB~~Unit~1
ssd512|BKOMP|SSD SATA|512 GB 2,5 inch|Buah|850000|G|SSD 512GB~~Bh~1
ram8|BKOMP|RAM DDR4|8 GB 3200 MHz|Buah|450000|G|Memory RAM DDR4 8GB~~Keping~1
microsd|BKOMP|Memory card microSD|64 GB class 10|Buah|145000|G|Memori kamera microSD 64GB~~Bh~1
mouse|BKOMP|Mouse|USB kabel optik|Buah|85000|G|Mouse USB~~Bh~1
mousewl|BKOMP|Mouse wireless|2,4 GHz|Buah|145000|G|Mouse wireless~~Bh~1
keyboard|BKOMP|Keyboard|USB standar|Buah|125000|G|Keyboard USB~~Bh~1
hdmi18|BKOMP|Kabel HDMI|1,8 m|Buah|65000|G|Kabel HDMI 1.8 m~~Bh~1
hdmi10|BKOMP|Kabel HDMI|10 m|Buah|210000|G|Kabel HDMI 10 meter~~Bh~1
utp6|BKOMP|Kabel UTP Cat6|roll 305 m|Roll|2650000|G|Kabel LAN Cat 6~1 box 305 m~Box~1;Kabel UTP Cat6~~Meter~0.0032786885
utp5|BKOMP|Kabel UTP Cat5e|roll 305 m|Roll|1450000|G|Kabel UTP Cat5e~~Roll~1
rj45c6|BKOMP|Konektor RJ45 Cat6|isi 100|Box|285000|G|Konektor RJ-45 Cat6~~Box~1;RJ45 Cat6~~Pcs~0.01
rj45c5|BKOMP|Konektor RJ45 Cat5e|isi 100|Box|135000|G|RJ45 Cat5e~~Box~1
crimping|BKOMP|Tang crimping RJ45|dengan pemotong|Buah|185000|G|Tang crimping~~Bh~1
lantester|BKOMP|LAN tester|RJ45/RJ11|Buah|165000|G|LAN tester~~Bh~1
usbhub|BKOMP|USB hub|4 port USB 3.0|Buah|95000|G|USB hub 4 port~~Bh~1
cleankit|BKOMP|Pembersih layar|cleaning kit|Set|45000|G|Cleaning kit LCD~~Set~1
#SSH|ALAT LISTRIK|1.1.7.01.01.05
led9|LISTRIK|Lampu LED|9 watt E27|Buah|35000|G|Lampu LED 9W~~Bh~1
led12|LISTRIK|Lampu LED|12 watt E27|Buah|45000|G|Lampu LED 12 W~~Bh~1
led18|LISTRIK|Lampu LED|18 watt E27|Buah|65000|G|Bohlam LED 18 watt~~Bh~1
tlled|LISTRIK|Lampu TL LED|18 watt 120 cm|Buah|85000|G|Lampu TL LED 120 cm~~Bh~1
stopk4|LISTRIK|Stop kontak/terminal|4 lubang kabel 3 m|Buah|85000|G|Terminal listrik 4 lubang~~Bh~1
stopk6|LISTRIK|Stop kontak/terminal|6 lubang kabel 5 m|Buah|135000|G|Kabel roll/terminal 6 lubang 5m~~Bh~1
nym15|LISTRIK|Kabel NYM|2 x 1,5 mm roll 50 m|Roll|485000|G|Kabel NYM 2x1,5~~Roll~1
nym25|LISTRIK|Kabel NYM|2 x 2,5 mm roll 50 m|Roll|720000|G|Kabel NYM 2x2,5~~Roll~1
saklar|LISTRIK|Saklar tunggal|inbow|Buah|25000|G|Saklar engkel~~Bh~1
bataa|LISTRIK|Baterai alkaline|AA isi 2|Pak|22000|G|Baterai AA~~Pak~1;Batere AA~~Pcs~0.5
bataaa|LISTRIK|Baterai alkaline|AAA isi 2|Pak|20000|G|Baterai AAA~~Pak~1
bat9v|LISTRIK|Baterai|9 volt|Buah|28000|G|Baterai kotak 9V~~Bh~1
senter|LISTRIK|Senter LED|rechargeable|Buah|95000|G|Senter cas~~Bh~1
sorot50|LISTRIK|Lampu sorot LED|50 watt|Buah|285000|G|Lampu sorot 50 W~~Bh~1
kipasdinding|LISTRIK|Kipas angin dinding|16 inch|Unit|450000|G|Kipas dinding 16"~~Unit~1
#SSH|PERLENGKAPAN KEBERSIHAN DAN LAPANGAN|1.1.7.01.01.06
sapuijuk|KANTORLAIN|Sapu ijuk|gagang kayu|Buah|35000|G|Sapu ijuk~~Bh~1
sapulidi|KANTORLAIN|Sapu lidi|gagang bambu|Buah|15000|G|Sapu lidi bergagang~~Bh~1
mop|KANTORLAIN|Alat pel|lengkap gagang|Buah|85000|G|Pel lantai (mop)~~Bh~1
pembersih800|KANTORLAIN|Cairan pembersih lantai|800 ml|Botol|22000|G|Pembersih lantai 800ml~~Btl~1
pembersih5l|KANTORLAIN|Cairan pembersih lantai|5 liter|Jerigen|85000|G|Pembersih lantai 5 L~~Jrg~1
sabun5l|KANTORLAIN|Sabun cuci tangan cair|5 liter|Jerigen|95000|G|Hand soap 5 liter~~Jerigen~1
ks60|KANTORLAIN|Kantong plastik sampah|hitam 60 x 100 cm isi 50|Pak|48000|G|Kantong sampah 60x100~~Pak~1;Trash bag hitam 60x100~~Lembar~0.02
ks90|KANTORLAIN|Kantong plastik sampah|hitam 90 x 120 cm isi 25|Pak|52000|G|Kantong sampah besar 90x120~~Pak~1
tisu|KANTORLAIN|Tisu wajah|250 lembar|Bungkus|13500|G|Tissue 250 sheet~~Bks~1
pengharum|KANTORLAIN|Pengharum ruangan|spray 300 ml|Kaleng|35000|G|Pengharum ruangan~~Klg~1
kamper|KANTORLAIN|Kamper/kapur barus|isi 12 butir|Bungkus|12000|G|Kapur barus~~Bks~1
sarungkaret|KANTORLAIN|Sarung tangan karet|panjang, tebal|Pasang|15000|G|Sarung tangan karet~~Psg~1
sarungrajut|KANTORLAIN|Sarung tangan kain rajut|bintik|Lusin|48000|G|Sarung tangan kain~~Lusin~1;Sarung tangan kain~~Pasang~0.083333333333
boot|KANTORLAIN|Sepatu boot karet|setinggi betis|Pasang|95000|G|Sepatu boots~~Psg~1
jashujan|KANTORLAIN|Jas hujan ponco|PVC|Buah|65000|G|Jas hujan~~Bh~1
tong120|SERAH|Tong sampah plastik beroda|120 liter|Buah|850000|G|Tong sampah 120 L beroda~~Unit~1
tong240|SERAH|Tong sampah plastik beroda|240 liter|Buah|1350000|G|Tempat sampah 240 ltr roda 2~~Unit~1
tongpilah|SERAH|Tong sampah terpilah 3 warna|3 x 50 liter dengan rangka|Set|2400000|G|Tempat sampah pilah 3 warna~~Set~1
karung|KANTORLAIN|Karung plastik|50 kg|Lembar|3500|G|Karung plastik 50 kg~~Lbr~1;Karung~~Bal isi 100~100
disinfektan|KIMIA|Cairan disinfektan|5 liter|Jerigen|185000|G|Disinfektan 5 L~~Jrg~1
cangkul|BAHANLAIN|Cangkul|lengkap gagang|Buah|95000|G|Cangkul + gagang~~Bh~1
parang|BAHANLAIN|Parang|baja|Buah|75000|G|Parang~~Bh~1
guntingdahan|BAHANLAIN|Gunting dahan|pruning shear|Buah|85000|G|Gunting stek/dahan~~Bh~1
selang|BAHANLAIN|Selang air|1/2 inch roll 50 m|Roll|285000|G|Selang 1/2" 50 m~~Roll~1
polybag|BAHANLAIN|Polybag|15 x 20 cm|Kg|38000|G|Polybag 15x20~~Kg~1
kompos|BAHANLAIN|Pupuk kompos|karung 20 kg|Karung|35000|G|Pupuk kompos 20 kg~~Krg~1
npk|BAHANLAIN|Pupuk NPK|16-16-16|Kg|18000|G|Pupuk NPK Mutiara~~Kg~1
botolhdpe|BAHANLAIN|Botol sampel HDPE|1 liter|Buah|18000|G|Botol sampel plastik 1 L~~Bh~1
botolkaca|BAHANLAIN|Botol sampel kaca gelap|1 liter|Buah|45000|G|Botol kaca coklat 1 L~~Bh~1
coolbox|BAHANLAIN|Cool box|45 liter|Buah|485000|G|Cool box 45 L~~Unit~1
icegel|BAHANLAIN|Ice gel pack|500 gram|Buah|18000|G|Ice pack~~Bh~1
conetraffic|BAHANLAIN|Kerucut lalu lintas|70 cm reflektif|Buah|95000|G|Traffic cone 70 cm~~Bh~1
helm|BAHANLAIN|Helm proyek|SNI|Buah|45000|G|Helm safety~~Bh~1
lpg12|BBM|Gas LPG|tabung 12 kg (isi ulang)|Tabung|220000|G|Isi ulang LPG 12 kg~~Tbg~1
#SSH|BAHAN BAKAR DAN PELUMAS|1.1.7.01.01.07
pertalite|BBM|Bensin Pertalite|RON 90|Liter|10000|G|BBM Pertalite~~Ltr~1
pertamax|BBM|Bensin Pertamax|RON 92|Liter|12900|G|BBM Pertamax~~Ltr~1
solar|BBM|Biosolar|CN 48|Liter|6800|G|Solar~~Liter~1
dexlite|BBM|Dexlite|CN 51|Liter|13500|G|Dexlite~~Ltr~1
oli|BBM|Oli mesin|SAE 10W-40, 1 liter|Botol|65000|G|Oli mesin 1 L~~Btl~1;Oli mesin~~Galon 4 L~4
#SSH|BAHAN KIMIA DAN LABORATORIUM|1.1.7.01.01.08
kaporit|KIMIA|Kaporit|60 %|Kg|45000|G|Kaporit bubuk~~Kg~1
tawas|KIMIA|Tawas (aluminium sulfat)|bubuk|Kg|9500|G|Tawas~~Kg~1
buffer|KIMIA|Larutan buffer pH 4/7/10|500 ml per botol|Botol|285000|G|Buffer pH~~Btl~1
aquades|KIMIA|Aquades|20 liter|Jerigen|65000|G|Aquadest~~Jerigen 20 L~1
alkohol70|KIMIA|Alkohol 70%|1 liter|Botol|45000|G|Alkohol 70 %~~Liter~1
alkohol96|KIMIA|Alkohol 96%|1 liter|Botol|65000|G|Etanol 96%~~Liter~1
kertasph|KIMIA|Kertas pH universal|isi 100 strip|Box|85000|G|Kertas lakmus/pH~~Box~1
#SSH|BAHAN BANGUNAN DAN KONSTRUKSI|1.1.7.01.01.09
semen50|BANGUNAN|Semen Portland|50 kg|Sak|78000|G|Semen PC 50 kg~~Zak~1
semen40|BANGUNAN|Semen Portland|40 kg|Sak|65000|G|Semen 40 kg~~Sak~1
pasirpasang|BANGUNAN|Pasir pasang|-|M3|285000|G|Pasir pasang~~m3~1;Pasir pasang~~Rit (4 m3)~4
pasirurug|BANGUNAN|Pasir urug|-|M3|195000|G|Pasir urug~~M3~1
split23|BANGUNAN|Batu split|2/3|M3|450000|G|Batu pecah 2-3~~m3~1
batugunung|BANGUNAN|Batu gunung/kali|belah 15-20 cm|M3|385000|G|Batu kali~~m3~1
besi8|BANGUNAN|Besi beton polos|diameter 8 mm panjang 12 m|Batang|62000|G|Besi 8 mm polos~~Btg~1
besi10|BANGUNAN|Besi beton polos|diameter 10 mm panjang 12 m|Batang|95000|G|Besi beton 10mm~~Btg~1
besi12|BANGUNAN|Besi beton polos|diameter 12 mm panjang 12 m|Batang|138000|G|Besi beton 12mm~~Btg~1
besiD13|BANGUNAN|Besi beton ulir|D13 panjang 12 m|Batang|185000|G|Besi ulir 13 mm~~Btg~1
bendrat|BANGUNAN|Kawat bendrat|-|Kg|28000|G|Kawat ikat beton~~Kg~1
paku5|BANGUNAN|Paku biasa|5 cm|Kg|25000|G|Paku 2"~~Kg~1
kayuulin|BANGUNAN|Kayu ulin|5/10 panjang 4 m|Batang|285000|G|Kayu ulin 5x10~~Btg~1
kayumeranti|BANGUNAN|Kayu meranti|5/7 panjang 4 m|Batang|95000|G|Kayu meranti 5/7 (bekisting)~~Btg~1
triplek9|BANGUNAN|Triplek|9 mm 122 x 244|Lembar|145000|G|Multipleks 9 mm~~Lbr~1
triplek12|BANGUNAN|Triplek|12 mm 122 x 244|Lembar|185000|G|Multiplek 12 mm~~Lbr~1
cat5kg|BANGUNAN|Cat tembok interior|5 kg|Galon|135000|G|Cat tembok 5 kg~~Galon~1
cat25kg|BANGUNAN|Cat tembok interior|25 kg|Pail|585000|G|Cat tembok 25 kg~~Pail~1
catkayu|BANGUNAN|Cat kayu dan besi|1 kg|Kaleng|85000|G|Cat minyak 1 kg~~Klg~1
catmarka|BANGUNAN|Cat marka jalan|thermoplastic|Kg|38000|G|Cat marka thermoplastik~~Kg~1
thinner|BANGUNAN|Thinner|1 liter|Kaleng|35000|G|Tiner~~Ltr~1
pvc05|BANGUNAN|Pipa PVC|1/2 inch panjang 4 m|Batang|28000|G|Pipa PVC 1/2"~~Btg~1
pvc1|BANGUNAN|Pipa PVC|1 inch panjang 4 m|Batang|45000|G|Pipa PVC 1"~~Btg~1
pvc2|BANGUNAN|Pipa PVC|2 inch panjang 4 m|Batang|85000|G|Pipa PVC 2"~~Btg~1
pvc4|BANGUNAN|Pipa PVC|4 inch panjang 4 m|Batang|210000|G|Pipa PVC 4 inch~~Btg~1
keramik40|BANGUNAN|Keramik lantai|40 x 40 cm, dus isi 1,44 m2|Dus|75000|G|Keramik 40x40~~Dus~1
aspaldrum|BANGUNAN|Aspal curah|drum 155 kg|Drum|2350000|G|Aspal drum~~Drum~1
aspalcold|BANGUNAN|Aspal dingin (cold mix)|kemasan 25 kg|Sak|185000|G|Aspal cold mix 25 kg~~Sak~1
geotekstil|BANGUNAN|Geotekstil non woven|250 gr/m2|M2|18500|G|Geotextile non woven~~M2~1
readymix250|BANGUNAN|Beton ready mix|K-250|M3|1150000|G|Readymix K250~~m3~1
readymix300|BANGUNAN|Beton ready mix|K-300|M3|1250000|G|Readymix K300~~m3~1
batamerah|BANGUNAN|Bata merah|press|Buah|1100|G|Batu bata~~Bh~1
#SSH|BIBIT TANAMAN|1.1.7.01.01.10
trembesi1|BIBIT|Bibit trembesi|tinggi 1-1,5 m polybag|Batang|35000|G|Bibit trembesi 1 m~~Btg~1
trembesi2|BIBIT|Bibit trembesi|tinggi > 2 m|Batang|85000|G|Bibit trembesi 2 m~~Btg~1
mahoni|BIBIT|Bibit mahoni|tinggi 1 m|Batang|15000|G|Bibit mahoni~~Btg~1
ketapang|BIBIT|Bibit ketapang kencana|tinggi 1,5-2 m|Batang|95000|G|Ketapang kencana 1,5 m~~Pohon~1
tabebuya|BIBIT|Bibit tabebuya|tinggi 1,5 m|Batang|75000|G|Bibit tabebuya~~Btg~1
pucukmerah|BIBIT|Bibit pucuk merah|tinggi 50 cm|Batang|12000|G|Pucuk merah~~Polybag~1
mangrove|BIBIT|Bibit mangrove (Rhizophora)|polybag|Batang|5500|G|Bibit bakau~~Btg~1
mangga|BIBIT|Bibit mangga okulasi|tinggi 60-80 cm|Batang|35000|G|Bibit mangga~~Btg~1
#SSH|OBAT DAN BAHAN MEDIS HABIS PAKAI|1.1.7.01.01.11
spuit1|BMHP|Spuit (disposable syringe)|1 cc, isi 100|Box|195000|G|Spuit 1 ml~~Box~1
spuit3|BMHP|Spuit (disposable syringe)|3 cc, isi 100|Box|185000|G|Spuit 3 ml~~Box~1
spuit5|BMHP|Spuit (disposable syringe)|5 cc, isi 100|Box|215000|G|Spuit 5 ml~~Box~1
handscoon|BMHP|Sarung tangan periksa latex|non steril, isi 100|Box|85000|G|Handscoon~~Box~1;Hand scoon latex~~Pasang~0.02
handsteril|BMHP|Sarung tangan steril|ukuran 7/7,5|Pasang|9500|G|Handscoon steril~~Psg~1
kasa|BMHP|Kasa steril|10 x 10 cm, isi 16|Box|18000|G|Kassa steril~~Box~1
kapas|BMHP|Kapas gulung|250 gram|Roll|38000|G|Kapas 250 gr~~Roll~1
swab|BMHP|Alkohol swab|isi 100|Box|35000|G|Alcohol swab~~Box~1
masker|BMHP|Masker medis 3 ply|isi 50|Box|35000|G|Masker 3 ply~~Box~1;Masker medis~~Pcs~0.02
stripgula|BMHP|Strip tes gula darah|isi 50|Box|225000|G|Stik GDS~~Box isi 50~1;Strip glukosa~~Strip~0.02
stripkol|BMHP|Strip tes kolesterol|isi 10|Box|185000|G|Stik kolesterol~~Box isi 10~1
stripau|BMHP|Strip tes asam urat|isi 25|Box|175000|G|Stik asam urat~~Box isi 25~1
lancet|BMHP|Lancet|isi 100|Box|65000|G|Blood lancet~~Box~1
plester|BMHP|Plester gulung|1 inch x 5 m|Roll|14000|G|Plester roll~~Roll~1
povidone|BMHP|Povidone iodine 10%|60 ml|Botol|18000|G|Betadine 60 ml~~Btl~1
safetybox|BMHP|Safety box|5 liter|Buah|25000|G|Safety box 5L~~Bh~1
kantongmedis|BMHP|Kantong plastik limbah medis|kuning, isi 50|Pak|65000|G|Plastik kuning infeksius~~Pak~1
oralit|OBAT|Oralit|sachet 200 ml|Sachet|700|G|Oralit 200~~Sachet~1;Oralit~~Box isi 100~100
zinc|OBAT|Zinc tablet|20 mg, isi 100|Box|45000|G|Zinc 20 mg~~Box~1
paracetamol|OBAT|Paracetamol tablet|500 mg, isi 100|Box|28000|G|PCT 500 mg~~Box~1
ttd|OBAT|Tablet tambah darah|isi 30|Botol|9500|G|TTD~~Botol~1
#SSH|PAKAIAN, OLAHRAGA DAN HADIAH|1.1.7.01.01.12
pdl|PAKAIAN|Pakaian dinas lapangan|bahan + jahit|Stel|485000|G|Seragam PDL~~Stel~1
batik|PAKAIAN|Kemeja batik pegawai|bahan katun, lengan panjang|Buah|285000|G|Baju batik seragam~~Pcs~1
kaoskeg|PAKAIAN|Kaos kegiatan|cotton combed 30s sablon|Buah|85000|G|Kaos kegiatan sablon~~Pcs~1;Kaos kegiatan~~Lusin~12
rompi|PAKAIAN|Rompi kerja lapangan|scotchlight|Buah|125000|G|Rompi scotlight~~Bh~1
topi|PAKAIAN|Topi lapangan|bordir logo|Buah|45000|G|Topi~~Bh~1
sepatusafety|PAKAIAN|Sepatu safety|ujung baja|Pasang|385000|G|Safety shoes~~Psg~1
kaosor|PAKOR|Kaos olahraga|printing sublimasi|Buah|125000|G|Jersey olahraga~~Stel~1
rompilatih|PAKOR|Rompi latihan|mesh|Buah|45000|G|Rompi latihan (bib)~~Bh~1
bolasepak|OLAHRAGA|Bola sepak|No.5 kulit sintetis|Buah|350000|G|Bola kaki No.5~~Bh~1
bolafutsal|OLAHRAGA|Bola futsal|No.4|Buah|285000|G|Bola futsal~~Bh~1
bolavoli|OLAHRAGA|Bola voli|standar kompetisi|Buah|325000|G|Bola volley~~Bh~1
bolabasket|OLAHRAGA|Bola basket|No.7|Buah|385000|G|Bola basket~~Bh~1
netvoli|OLAHRAGA|Net voli|standar|Buah|285000|G|Jaring voli~~Bh~1
cone|OLAHRAGA|Cone marker|isi 10|Set|65000|G|Cone latihan~~Set~1
peluit|OLAHRAGA|Peluit|logam|Buah|35000|G|Peluit~~Bh~1
stopwatch|OLAHRAGA|Stopwatch|digital|Buah|145000|G|Stop watch~~Bh~1
kok|OLAHRAGA|Kok bulu tangkis|isi 12|Slop|95000|G|Shuttlecock~~Slop~1
raket|OLAHRAGA|Raket bulu tangkis|aluminium|Buah|385000|G|Raket badminton~~Bh~1
medali|HADIAH|Medali|emas/perak/perunggu dengan tali|Buah|45000|G|Medali lomba~~Bh~1
piala|HADIAH|Piala|1 set juara I-III|Set|1650000|G|Trophy juara 1-3~~Set~1
#SSH|BAHAN PERPUSTAKAAN|1.5.3.01.01.01
bukuumum|MODBUKU|Buku bacaan umum|fiksi/non fiksi, soft cover|Eksemplar|85000|E|Buku bacaan umum~~Eks~1
bukuanak|MODBUKU|Buku anak bergambar|full color|Eksemplar|55000|E|Buku cerita anak~~Eks~1
bukureferensi|MODBUKU|Buku referensi/ensiklopedia|hard cover|Eksemplar|450000|E|Buku referensi~~Eks~1
bukupelajaran|MODBUKU|Buku teks pendamping pelajaran|SMP|Eksemplar|75000|E|Buku pendamping~~Eks~1
#SSH|PERALATAN DAN MESIN (ASET)|1.3.2.10.01.01
pci5|MODPC|PC all-in-one|Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch|Unit|13500000|G|Komputer AIO i5~~Unit~1
pci7|MODPC|PC desktop|Core i7, RAM 16 GB, SSD 1 TB, monitor 24 inch|Unit|18500000|G|PC rakitan i7 + monitor~~Unit~1
pci3|MODPC|PC desktop|Core i3, RAM 8 GB, SSD 256 GB, monitor 21,5 inch|Unit|9750000|G|Komputer i3~~Unit~1
lapi5|MODLAPTOP|Laptop|Core i5, RAM 8 GB, SSD 512 GB, 14 inch|Unit|12500000|G|Notebook i5 14"~~Unit~1
lapi7|MODLAPTOP|Laptop|Core i7, RAM 16 GB, SSD 1 TB, 14 inch|Unit|18750000|G|Laptop i7 16GB~~Unit~1
lapi3|MODLAPTOP|Laptop|Core i3, RAM 8 GB, SSD 256 GB, 14 inch|Unit|9250000|G|Laptop i3~~Unit~1
lapdesain|MODLAPTOP|Laptop desain grafis|Core i7, RAM 32 GB, GPU 8 GB, 16 inch|Unit|27500000|G|Laptop editing video~~Unit~1
printtank|MODPERIF|Printer inkjet tangki tinta|A4 print/scan/copy|Unit|3250000|G|Printer ink tank 3in1~~Unit~1
printlaser|MODPERIF|Printer laser mono|A4 40 ppm|Unit|3850000|G|Printer laserjet~~Unit~1
printa3|MODPERIF|Printer inkjet multifungsi|A3|Unit|7950000|G|Printer A3~~Unit~1
scanadf|MODPERIF|Scanner dokumen ADF|A4 35 ppm duplex|Unit|9500000|G|Scanner ADF A4~~Unit~1
scanflat|MODPERIF|Scanner flatbed|A4|Unit|2850000|G|Scanner flatbed~~Unit~1
scanbuku|MODPERIF|Scanner buku overhead|A3|Unit|18500000|G|Book scanner A3~~Unit~1
ups1200|MODPERIF|UPS|1200 VA|Unit|2150000|G|UPS 1200VA~~Unit~1
ups2000|MODPERIF|UPS|2000 VA|Unit|4850000|G|UPS 2 kVA~~Unit~1
monitor24|MODPERIF|Monitor LED|24 inch|Unit|2650000|G|Monitor 24"~~Unit~1
switch24|MODJAR|Switch managed|24 port gigabit|Unit|6850000|G|Switch 24 port~~Unit~1
switch8|MODJAR|Switch unmanaged|8 port gigabit|Unit|650000|G|Switch hub 8 port~~Unit~1
ap|MODJAR|Access point|indoor dual band|Unit|2450000|G|Access point wifi~~Unit~1
router|MODJAR|Router load balance|5 port gigabit|Unit|3250000|G|Router~~Unit~1
wallrack|MODJAR|Wall rack|8U|Unit|2250000|G|Rack dinding 8U~~Unit~1
meja05|MODMEBEL|Meja kerja 1/2 biro|kayu 120 x 60 cm|Unit|1850000|G|Meja 1/2 biro~~Unit~1
meja1|MODMEBEL|Meja kerja 1 biro|kayu 150 x 75 cm|Unit|3250000|G|Meja 1 biro~~Unit~1
kursistaf|MODMEBEL|Kursi kerja staf|hidrolik|Unit|950000|G|Kursi staf~~Unit~1
kursipimp|MODMEBEL|Kursi pimpinan|high back|Unit|2750000|G|Kursi direktur~~Unit~1
lemariarsip|MODMEBEL|Lemari arsip kayu|2 pintu|Unit|3450000|G|Lemari arsip~~Unit~1
fc4|MODMEBEL|Filing cabinet besi|4 laci|Unit|3950000|G|Filing kabinet 4 laci~~Unit~1
rakbesi|MODMEBEL|Rak buku besi|5 susun|Unit|2150000|G|Rak besi 5 susun~~Unit~1
rakdouble|MODMEBEL|Rak buku kayu double face|perpustakaan 200 x 90 cm|Unit|4250000|G|Rak buku 2 muka~~Unit~1
mejabaca|MODMEBEL|Meja baca perpustakaan|set 6 kursi|Set|8500000|G|Meja baca + 6 kursi~~Set~1
kursilipat|MODMEBEL|Kursi lipat besi|rangka chrome|Buah|285000|G|Kursi lipat~~Bh~1
mejarapat|MODMEBEL|Meja rapat|8 orang|Unit|6500000|G|Meja rapat 8 org~~Unit~1
sofa|MODMEBEL|Sofa tamu|1 set 3-1-1 + meja|Set|11500000|G|Kursi tamu sofa~~Set~1
rollopack|MODKANTOR|Mobile file (roll o'pack)|6 compartment|Unit|68500000|G|Roll o pack 6 ruang~~Unit~1
shredder|MODKANTOR|Mesin penghancur kertas|kapasitas 20 lembar|Unit|4850000|G|Paper shredder~~Unit~1
whiteboard|MODKANTOR|Papan tulis whiteboard|120 x 240 cm|Unit|1450000|G|Whiteboard besar~~Unit~1
dehum|MODKANTOR|Dehumidifier|20 liter/hari|Unit|6250000|G|Dehumidifier 20 L~~Unit~1
thermohygro|BAHANLAIN|Thermohygrometer digital|suhu & kelembapan|Buah|385000|G|Termohigrometer~~Bh~1
apar|MODKANTOR|Alat pemadam api ringan|CO2 5 kg|Tabung|2150000|G|APAR 5 kg~~Tbg~1
ac05|MODAC|AC split|1/2 PK|Unit|4150000|G|AC 1/2 PK~~Unit~1
ac1|MODAC|AC split|1 PK|Unit|5250000|G|AC split 1 PK~~Unit~1
ac15|MODAC|AC split|1,5 PK|Unit|6450000|G|AC 1,5 PK~~Unit~1
ac2|MODAC|AC split|2 PK|Unit|8850000|G|AC 2 PK~~Unit~1
acinv1|MODAC|AC split inverter|1 PK|Unit|6150000|G|AC inverter 1 PK~~Unit~1
acstand|MODAC|AC standing|5 PK|Unit|28500000|G|AC floor standing 5 PK~~Unit~1
proy36|MODSTUDIO|Proyektor|3.600 lumen XGA|Unit|7850000|G|LCD proyektor 3600 lumen~~Unit~1
proy45|MODSTUDIO|Proyektor|4.500 lumen WXGA|Unit|11500000|G|Proyektor 4500 ANSI~~Unit~1
layar|MODSTUDIO|Layar proyektor tripod|70 inch|Unit|850000|G|Screen tripod 70"~~Unit~1
kamera|MODSTUDIO|Kamera mirrorless|24 MP + lensa kit|Unit|14500000|G|Kamera mirrorless~~Unit~1
camcorder|MODSTUDIO|Kamera video|4K|Unit|19500000|G|Handycam 4K~~Unit~1
tripod|MODSTUDIO|Tripod kamera|aluminium 170 cm|Unit|950000|G|Tripod~~Unit~1
micwl|MODSTUDIO|Mikrofon wireless|1 set 2 mic|Set|3250000|G|Mic wireless~~Set~1
speaker|MODSTUDIO|Sound system portable|15 inch|Unit|6850000|G|Speaker aktif 15"~~Unit~1
mixer|MODSTUDIO|Mixer audio|8 channel|Unit|4250000|G|Mixer 8 ch~~Unit~1
tv55|MODSTUDIO|TV LED|55 inch smart|Unit|8950000|G|Smart TV 55"~~Unit~1
tv43|MODSTUDIO|TV LED|43 inch|Unit|5450000|G|TV 43 inch~~Unit~1
wqc|MODUKUR|Water quality checker portable|multiparameter pH, DO, TDS, suhu|Unit|38500000|G|Water quality meter multiparameter~~Unit~1
phmeter|MODUKUR|pH meter digital|portable|Unit|2850000|G|pH meter~~Unit~1
dometer|MODUKUR|DO meter|portable|Unit|12500000|G|DO meter~~Unit~1
slm|MODUKUR|Sound level meter|kelas 2|Unit|4650000|G|Sound level meter~~Unit~1
gps|MODUKUR|GPS handheld|akurasi 3 m|Unit|6850000|G|GPS genggam~~Unit~1
turbidimeter|MODUKUR|Turbidimeter|portable|Unit|18500000|G|Turbidity meter~~Unit~1
tensi|MODKES|Tensimeter digital|lengan atas|Unit|1150000|G|Tensi digital~~Unit~1
timbbayi|MODKES|Timbangan bayi digital|kapasitas 20 kg|Unit|1450000|G|Timbangan bayi~~Unit~1
timbdewasa|MODKES|Timbangan dewasa digital|dengan pengukur tinggi|Unit|2850000|G|Timbangan BB + TB~~Unit~1
nebulizer|MODKES|Nebulizer|kompresor|Unit|1350000|G|Nebulizer~~Unit~1
gawang|MODOR|Gawang futsal|sepasang, besi + jaring|Set|6500000|G|Gawang futsal~~Set~1
tenismeja|MODOR|Meja tenis meja|standar turnamen|Unit|4850000|G|Meja pingpong~~Unit~1
tiangvoli|MODOR|Tiang net voli|sepasang portable|Set|3250000|G|Tiang voli~~Set~1
#SBU|HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA|SBU.01.01
narae2|HONNARA|Honorarium narasumber/pembahas|Pejabat Eselon II/setara|OJ|1000000|J|Honor narasumber eselon II~~OJ~1
narae3|HONNARA|Honorarium narasumber/pembahas|Pejabat Eselon III ke bawah/setara|OJ|900000|J|Honor narasumber eselon III~~OJ~1
naranon|HONNARA|Honorarium narasumber/pembahas|Non ASN/akademisi/praktisi|OJ|900000|J|Honor narasumber praktisi~~OJ~1
moderator|HONNARA|Honorarium moderator|per kegiatan|Orang/Kali|700000|X|Honor moderator~~OK~1
mc|HONNARA|Honorarium pembawa acara|per kegiatan|Orang/Kali|400000|X|Honor MC~~OK~1
panpj|HONNARA|Honorarium panitia|penanggung jawab|Orang/Kegiatan|450000|X|Honor panitia - penanggung jawab~~OK~1
panketua|HONNARA|Honorarium panitia|ketua/wakil ketua|Orang/Kegiatan|400000|X|Honor panitia - ketua~~OK~1
pansek|HONNARA|Honorarium panitia|sekretaris|Orang/Kegiatan|300000|X|Honor panitia - sekretaris~~OK~1
pananggota|HONNARA|Honorarium panitia|anggota|Orang/Kegiatan|300000|X|Honor panitia - anggota~~OK~1
#SBU|HONORARIUM TIM PELAKSANA KEGIATAN|SBU.01.02
timpj|HONTIM|Honorarium tim pelaksana kegiatan|penanggung jawab|OB|600000|B|Honor tim - penanggung jawab~~OB~1
timketua|HONTIM|Honorarium tim pelaksana kegiatan|ketua|OB|500000|B|Honor tim - ketua~~OB~1
timsek|HONTIM|Honorarium tim pelaksana kegiatan|sekretaris|OB|400000|B|Honor tim - sekretaris~~OB~1
timanggota|HONTIM|Honorarium tim pelaksana kegiatan|anggota|OB|350000|B|Honor tim - anggota~~OB~1
timsekre|HONTIM|Honorarium sekretariat tim pelaksana|anggota sekretariat|OB|200000|B|Honor sekretariat tim~~OB~1
#SBU|HONORARIUM JURI, PELATIH DAN WASIT|SBU.01.03
juri|HONLAIN|Honorarium juri lomba|per kegiatan|Orang/Kali|750000|X|Honor juri~~OK~1
pelatih|HONLAIN|Honorarium pelatih ekstrakurikuler|per sesi latihan|Orang/Sesi|150000|X|Honor pelatih~~OS~1
wasit|HONLAIN|Honorarium wasit|per pertandingan|Orang/Pertandingan|250000|X|Honor wasit~~OP~1
#SBU|SATUAN BIAYA KONSUMSI RAPAT DAN KEGIATAN|SBU.02.01
makan|MAMIN|Makanan rapat (nasi kotak)|rapat biasa|Orang/Kali|50000|K|Nasi kotak rapat~~OK~1;Makan rapat~~Kotak~1
snack|MAMIN|Kudapan rapat (snack kotak)|rapat biasa|Orang/Kali|22000|K|Snack rapat~~OK~1;Kue kotak rapat~~Kotak~1
makanvip|MAMIN|Makanan rapat|rapat dengan pejabat eselon I/II|Orang/Kali|75000|K|Makan rapat pimpinan~~OK~1
snackvip|MAMIN|Kudapan rapat|rapat dengan pejabat eselon I/II|Orang/Kali|30000|K|Snack rapat pimpinan~~OK~1
nasilap|MAMINLAP|Makanan kegiatan lapangan (nasi bungkus)|per orang per kali|Orang/Kali|30000|K|Nasi bungkus petugas lapangan~~OK~1
snacklap|MAMINLAP|Kudapan kegiatan lapangan/posyandu|per orang per kali|Orang/Kali|15000|K|Kudapan posyandu~~OK~1
airgelas|MAMIN|Air mineral gelas|220 ml, dus isi 48|Dus|38000|G|Aqua gelas~~Dus~1
airbotol|MAMIN|Air mineral botol|600 ml, dus isi 24|Dus|52000|G|Air mineral botol 600 ml~~Dus~1;Air botol 600 ml~~Botol~0.0416666666667
#SBU|PAKET KEGIATAN RAPAT/PERTEMUAN DI LUAR KANTOR|SBU.02.02
halfday|PDPAKET|Paket meeting halfday dalam kota|per orang|Orang/Paket|225000|K|Paket halfday~~OP~1
fullday|PDPAKET|Paket meeting fullday dalam kota|per orang|Orang/Paket|325000|K|Paket fullday~~OP~1
fullboard|PDPAKET|Paket meeting fullboard dalam kota|per orang per hari|Orang/Hari|800000|H|Paket fullboard~~OH~1
#SBU|UANG HARIAN DAN TRANSPORT PERJALANAN DINAS|SBU.03.01
uhdalam|PDDALAM|Uang harian perjalanan dinas dalam kota|lebih dari 8 jam|OH|150000|H|Uang harian dalam kota~~OH~1
transdalam|PDDALAM|Uang transport perjalanan dinas dalam kota|pulang pergi|Orang/Kali|120000|T|Transport lokal~~OK~1;Uang transport kader~~OK~1
uhkaltim|PDBIASA|Uang harian luar kota|Provinsi Kalimantan Timur|OH|430000|H|Uang harian dalam provinsi~~OH~1
uhdki|PDBIASA|Uang harian luar kota|Provinsi DKI Jakarta|OH|530000|H|Uang harian Jakarta~~OH~1
uhjabar|PDBIASA|Uang harian luar kota|Provinsi Jawa Barat|OH|430000|H|Uang harian Jawa Barat~~OH~1
uhjatim|PDBIASA|Uang harian luar kota|Provinsi Jawa Timur|OH|410000|H|Uang harian Surabaya~~OH~1
uhbali|PDBIASA|Uang harian luar kota|Provinsi Bali|OH|480000|H|Uang harian Bali~~OH~1
uhsulsel|PDBIASA|Uang harian luar kota|Provinsi Sulawesi Selatan|OH|430000|H|Uang harian Makassar~~OH~1
uhkalsel|PDBIASA|Uang harian luar kota|Provinsi Kalimantan Selatan|OH|380000|H|Uang harian Banjarmasin~~OH~1
uhdiy|PDBIASA|Uang harian luar kota|Provinsi D.I. Yogyakarta|OH|420000|H|Uang harian Yogyakarta~~OH~1
#SBU|BIAYA PENGINAPAN PERJALANAN DINAS|SBU.03.02
inapdki4|PDBIASA|Penginapan|DKI Jakarta, Gol. IV/Eselon III|OM|1350000|M|Hotel Jakarta gol IV~~OM~1
inapdki3|PDBIASA|Penginapan|DKI Jakarta, Gol. III ke bawah|OM|730000|M|Hotel Jakarta gol III~~OM~1
inapjatim4|PDBIASA|Penginapan|Jawa Timur, Gol. IV/Eselon III|OM|1080000|M|Hotel Surabaya gol IV~~OM~1
inapjatim3|PDBIASA|Penginapan|Jawa Timur, Gol. III ke bawah|OM|664000|M|Hotel Surabaya gol III~~OM~1
inapbali4|PDBIASA|Penginapan|Bali, Gol. IV/Eselon III|OM|1110000|M|Hotel Bali gol IV~~OM~1
inapbali3|PDBIASA|Penginapan|Bali, Gol. III ke bawah|OM|910000|M|Hotel Bali gol III~~OM~1
inapsulsel4|PDBIASA|Penginapan|Sulawesi Selatan, Gol. IV/Eselon III|OM|1120000|M|Hotel Makassar gol IV~~OM~1
inapsulsel3|PDBIASA|Penginapan|Sulawesi Selatan, Gol. III ke bawah|OM|732000|M|Hotel Makassar gol III~~OM~1
inapkaltim4|PDBIASA|Penginapan|Kalimantan Timur, Gol. IV/Eselon III|OM|1000000|M|Penginapan dalam provinsi gol IV~~OM~1
inapkaltim3|PDBIASA|Penginapan|Kalimantan Timur, Gol. III ke bawah|OM|580000|M|Penginapan dalam provinsi gol III~~OM~1
inapjabar3|PDBIASA|Penginapan|Jawa Barat, Gol. III ke bawah|OM|570000|M|Hotel Bandung gol III~~OM~1
inapdiy3|PDBIASA|Penginapan|D.I. Yogyakarta, Gol. III ke bawah|OM|850000|M|Hotel Yogyakarta gol III~~OM~1
#SBU|TIKET PESAWAT PULANG PERGI KELAS EKONOMI (DARI SAMARINDA/BALIKPAPAN)|SBU.03.03
tiketjkt|PDBIASA|Tiket pesawat PP ekonomi|Samarinda - Jakarta|Orang/PP|4250000|P|Tiket pesawat SRI-CGK PP~~Org~1
tiketsby|PDBIASA|Tiket pesawat PP ekonomi|Samarinda - Surabaya|Orang/PP|3150000|P|Tiket pesawat SRI-SUB PP~~Org~1
tiketmks|PDBIASA|Tiket pesawat PP ekonomi|Samarinda - Makassar|Orang/PP|2650000|P|Tiket PP Makassar~~Org~1
tiketdps|PDBIASA|Tiket pesawat PP ekonomi|Samarinda - Denpasar|Orang/PP|3850000|P|Tiket PP Denpasar~~Org~1
tiketjog|PDBIASA|Tiket pesawat PP ekonomi|Samarinda - Yogyakarta|Orang/PP|3650000|P|Tiket PP Yogyakarta~~Org~1
tiketbdg|PDBIASA|Tiket pesawat PP ekonomi|Samarinda - Bandung|Orang/PP|4650000|P|Tiket PP Bandung~~Org~1
#SBU|TRANSPORT DARAT|SBU.03.04
taksidki|PDBIASA|Taksi bandara sekali jalan|DKI Jakarta|Orang/Kali|256000|T|Taksi Jakarta~~OK~1
taksijatim|PDBIASA|Taksi bandara sekali jalan|Jawa Timur|Orang/Kali|194000|T|Taksi Surabaya~~OK~1
taksikaltim|PDBIASA|Taksi bandara sekali jalan|Samarinda (APT Pranoto)|Orang/Kali|220000|T|Taksi bandara Samarinda~~OK~1
trbontang|PDBIASA|Transport darat PP|Samarinda - Bontang|Orang/PP|350000|P|Transport ke Bontang~~Org~1
trtenggarong|PDBIASA|Transport darat PP|Samarinda - Tenggarong|Orang/PP|200000|P|Transport ke Tenggarong~~Org~1
trbpn|PDBIASA|Transport darat PP|Samarinda - Balikpapan|Orang/PP|450000|P|Transport ke Balikpapan~~Org~1
#SBU|SEWA KENDARAAN DAN ALAT ANGKUT|SBU.04.01
sewampv|SEWAKEND|Sewa kendaraan roda 4 (MPV)|termasuk pengemudi, tidak termasuk BBM|Unit/Hari|750000|S|Sewa mobil MPV + driver~~Unit/hari~1
sewadc|SEWAKEND|Sewa kendaraan double cabin 4x4|termasuk pengemudi, tidak termasuk BBM|Unit/Hari|1250000|S|Sewa double cabin~~Unit/hari~1
sewahiace|SEWAKEND|Sewa minibus 15 seat|termasuk pengemudi dan BBM dalam kota|Unit/Hari|1450000|S|Sewa Hiace~~Unit/hari~1
sewabus30|SEWAKEND|Sewa bus sedang 30 seat|termasuk pengemudi dan BBM dalam kota|Unit/Hari|2750000|S|Sewa bus sedang~~Unit/hari~1
sewabus50|SEWAKEND|Sewa bus besar 45-50 seat|termasuk pengemudi dan BBM dalam kota|Unit/Hari|3850000|S|Sewa bus pariwisata~~Unit/hari~1
sewar2|SEWAKEND|Sewa kendaraan roda 2|tidak termasuk BBM|Unit/Hari|150000|S|Sewa motor~~Unit/hari~1
sewaspeed|SEWAAIR|Sewa speedboat kapasitas 10 orang|termasuk motoris dan BBM|Unit/Hari|3500000|S|Sewa speedboat~~Unit/hari~1
sewaketinting|SEWAAIR|Sewa perahu ketinting|termasuk motoris|Unit/Hari|500000|S|Sewa perahu ketinting~~Unit/hari~1
#SBU|SEWA GEDUNG DAN PERLENGKAPAN ACARA|SBU.04.02
gedung300|SEWAGEDUNG|Sewa gedung pertemuan|kapasitas 300 orang|Hari|12500000|S|Sewa gedung 300 org~~Hari~1
gedung100|SEWAGEDUNG|Sewa gedung pertemuan|kapasitas 100 orang|Hari|5500000|S|Sewa aula 100 org~~Hari~1
tenda5|SEWAALAT|Sewa tenda sarnafil|5 x 5 m|Unit/Hari|850000|S|Sewa tenda 5x5~~Unit/hari~1
tenda10|SEWAALAT|Sewa tenda dome|10 x 10 m|Unit/Hari|2500000|S|Sewa tenda dome 10x10~~Unit/hari~1
sewakursi|SEWAALAT|Sewa kursi futura|dengan sarung|Buah/Hari|12000|S|Sewa kursi~~Bh/hari~1
sewameja|SEWAALAT|Sewa meja|dengan taplak|Buah/Hari|45000|S|Sewa meja + taplak~~Bh/hari~1
sewasoundk|SEWAAUDIO|Sewa sound system kecil|sampai 1.000 watt|Unit/Hari|1250000|S|Sewa sound system kecil~~Paket/hari~1
sewasounds|SEWAAUDIO|Sewa sound system sedang|5.000 watt|Unit/Hari|3500000|S|Sewa sound 5000 watt~~Paket/hari~1
sewaled|SEWAAUDIO|Sewa layar LED (videotron)|per m2|M2/Hari|450000|S|Sewa LED screen~~m2/hari~1
sewagenset|SEWAALAT|Sewa genset|10 kVA|Unit/Hari|1250000|S|Sewa genset 10 KVA~~Unit/hari~1
sewapanggung|SEWAALAT|Sewa panggung|rangka besi + karpet|M2|95000|G|Sewa panggung~~m2~1
#SBU|SEWA ALAT BERAT|SBU.04.03
excavator|SEWABERAT|Sewa excavator|PC 200 termasuk operator|Jam|450000|G|Sewa excavator PC200~~Jam~1
dumptruck|SEWABERAT|Sewa dump truck|kapasitas 6 m3 termasuk sopir|Unit/Hari|1850000|S|Sewa dump truk~~Unit/hari~1
stamper|SEWABERAT|Sewa stamper|tamping rammer|Unit/Hari|350000|S|Sewa stamper kodok~~Unit/hari~1
molen|SEWABERAT|Sewa molen|0,35 m3|Unit/Hari|250000|S|Sewa mesin molen~~Unit/hari~1
#SBU|JASA TENAGA PENDUKUNG (ALIH DAYA)|SBU.05.01
tkebersihan|JASAKEB|Tenaga kebersihan|per orang per bulan|OB|3750000|B|Petugas kebersihan~~OB~1
tadminsma|JASAADMIN|Tenaga administrasi|pendidikan SMA/sederajat|OB|3750000|B|Tenaga admin SMA~~OB~1
tadmins1|JASAADMIN|Tenaga administrasi|pendidikan S1|OB|4250000|B|Tenaga admin S1~~OB~1
tit|JASATEKNIS|Tenaga teknis TI|pendidikan S1 bidang TI|OB|5250000|B|Tenaga teknis IT~~OB~1
tahlis2|JASAAHLI|Tenaga ahli|S2, pengalaman 5 tahun|OB|12500000|B|Tenaga ahli S2~~OB~1
tahlis1|JASAAHLI|Tenaga ahli|S1, pengalaman 5 tahun|OB|9500000|B|Tenaga ahli S1~~OB~1
#SBU|UPAH TENAGA KERJA LAPANGAN|SBU.05.02
pekerja|JASALAP|Upah pekerja|per orang per hari|OH|140000|H|Pekerja~~OH~1
tukang|JASALAP|Upah tukang|batu/kayu/besi|OH|175000|H|Tukang~~OH~1
kepalatukang|JASALAP|Upah kepala tukang|per orang per hari|OH|200000|H|Kepala tukang~~OH~1
mandor|JASALAP|Upah mandor|per orang per hari|OH|185000|H|Mandor~~OH~1
surveyor|JASALAP|Jasa surveyor|per orang per hari|OH|350000|H|Surveyor~~OH~1
tlapangan|JASALAP|Tenaga harian lapangan|per orang per hari|OH|150000|H|Tenaga lapangan harian~~OH~1
#SBU|JASA PENGUJIAN LABORATORIUM LINGKUNGAN|SBU.05.03
ujiairsungai|JASALAB|Uji kualitas air sungai|parameter lengkap (PP 22/2021)|Sampel|2850000|G|Uji lab air sungai lengkap~~Sampel~1
ujilimbah|JASALAB|Uji air limbah|parameter kunci|Sampel|1250000|G|Uji lab air limbah~~Sampel~1
ujiudara|JASALAB|Uji udara ambien|per titik, 24 jam|Titik|3500000|G|Uji udara ambien~~Titik~1
#SBU|LANGGANAN INTERNET DAN PEMELIHARAAN|SBU.06.01
dedi100|INTERNET|Internet dedicated|100 Mbps 1:1|Bulan|6500000|G|Internet dedicated 100 Mbps~~Bln~1
dedi50|INTERNET|Internet dedicated|50 Mbps 1:1|Bulan|3850000|G|Internet dedicated 50 Mbps~~Bln~1
broad100|INTERNET|Internet broadband|100 Mbps up to|Bulan|750000|G|Internet broadband 100 Mbps~~Bln~1
servisr4|PEMKEND|Servis berkala kendaraan roda 4|per kali|Unit/Kali|1250000|X|Servis mobil~~Unit/kali~1
servisr2|PEMKEND|Servis berkala kendaraan roda 2|per kali|Unit/Kali|250000|X|Servis motor~~Unit/kali~1
servisac|PEMALAT|Servis/cuci AC|per unit|Unit/Kali|125000|X|Cuci AC~~Unit/kali~1
servisprinter|PEMALAT|Servis printer|per unit|Unit/Kali|175000|X|Servis printer~~Unit/kali~1
serviskomp|PEMALAT|Servis komputer/laptop|per unit|Unit/Kali|250000|X|Servis komputer~~Unit/kali~1
"""


def parse_catalog():
    rows, groups = [], []
    cur = None
    seq = {}
    for line in CATALOG.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            cat, head, prefix = line[1:].split("|")
            cur = {"cat": cat, "heading": head, "prefix": prefix}
            groups.append(cur)
            seq[prefix] = 0
            continue
        key, acct, name, spec, unit, price, kind, aliases = line.split("|")
        seq[cur["prefix"]] += 1
        al = []
        for a in aliases.split(";"):
            an, asp, au, af = a.split("~")
            al.append({"name": an, "spec": asp, "unit": au, "factor": float(af)})
        rows.append({
            "key": key, "cat": cur["cat"], "heading": cur["heading"],
            "kode": f"{cur['prefix']}.{seq[cur['prefix']]:03d}",
            "acct": acct, "name": name, "spec": spec, "unit": unit,
            "price": int(price), "kind": kind, "aliases": al,
        })
    return rows
