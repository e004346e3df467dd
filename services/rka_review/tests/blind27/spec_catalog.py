# -*- coding: utf-8 -*-
"""Invented catalogue data (SSH goods + SBU services) for the review27 blind set.
Prices exclude PPN.  Row format:
  key | uraian | spesifikasi | satuan | harga | rka-name variants (;) | rka units "Unit=factor;..."
"""

ACC = {
    "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
    "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "PERABOT": ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor"),
    "LISTRIK": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
    "BERSIH": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan"),
    "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "BAHAN": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
    "MEDIS": ("5.1.02.01.01.0039", "Belanja Obat-Obatan-Bahan Medis Habis Pakai"),
    "PAKAIAN": ("5.1.02.01.01.0064", "Belanja Pakaian Kerja Lapangan"),
    "OLAHRAGA": ("5.1.02.01.01.0067", "Belanja Pakaian Olahraga"),
    "MAMIN": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "MAMINLAP": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Kegiatan Lapangan"),
    "HADIAH": ("5.1.02.05.01.0001", "Belanja Hadiah yang Bersifat Perlombaan"),
    "HONOR": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    "HONORTIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
    "HONORPBJ": ("5.1.02.02.01.0005", "Honorarium Pengadaan Barang/Jasa"),
    "TENAGA": ("5.1.02.02.01.0016", "Belanja Jasa Tenaga Kebersihan"),
    "TENAGAAMAN": ("5.1.02.02.01.0015", "Belanja Jasa Tenaga Keamanan"),
    "TENAGASUPIR": ("5.1.02.02.01.0017", "Belanja Jasa Tenaga Supir"),
    "TENAGAOPR": ("5.1.02.02.01.0020", "Belanja Jasa Tenaga Operator Alat Berat"),
    "TENAGAADM": ("5.1.02.02.01.0014", "Belanja Jasa Tenaga Administrasi"),
    "TRANSPORT": ("5.1.02.02.01.0029", "Belanja Jasa Transportasi Peserta/Kader"),
    "JASALAIN": ("5.1.02.02.01.0061", "Belanja Jasa Lainnya"),
    "DOKUM": ("5.1.02.02.01.0059", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan"),
    "INTERNET": ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan"),
    "SEWAGEDUNG": ("5.1.02.02.04.0036", "Belanja Sewa Gedung Pertemuan"),
    "SEWAALAT": ("5.1.02.02.03.0051", "Belanja Sewa Peralatan dan Perlengkapan Acara"),
    "SEWAKEND": ("5.1.02.02.03.0011", "Belanja Sewa Kendaraan Bermotor"),
    "SEWABERAT": ("5.1.02.02.03.0004", "Belanja Sewa Alat Besar Darat"),
    "PELIHARA": ("5.1.02.03.02.0405", "Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin"),
    "PELIHARAKEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor"),
    "PERJADIN": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "PERJADINDK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "M_PC": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
    "M_PERIF": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Personal Computer"),
    "M_KANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
    "M_MEBEL": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
    "M_AC": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
    "M_RT": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
    "M_AUDIO": ("5.2.02.06.01.0004", "Belanja Modal Peralatan Studio Audio"),
    "M_VIDEO": ("5.2.02.06.01.0005", "Belanja Modal Peralatan Studio Video dan Film"),
    "M_KES": ("5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum"),
    "M_BERSIH": ("5.2.02.05.02.0010", "Belanja Modal Alat Pembersih"),
    "M_BENGKEL": ("5.2.02.04.01.0003", "Belanja Modal Perkakas Bengkel Kerja"),
}

# clearly-wrong account alternatives per correct account family (for ACCOUNT_MISMATCH)
WRONG = {
    "goods": ["BBM", "TENAGA", "SEWAGEDUNG", "HONOR", "PERJADIN", "MAMIN"],
    "modal": ["ATK", "KOMP", "PERABOT", "LISTRIK", "BAHAN"],
    "service": ["ATK", "KERTAS", "BAHAN", "PERABOT", "M_KANTOR", "BBM"],
    "food": ["ATK", "BAHAN", "TENAGAADM", "PERJADIN", "HONOR"],
}


def acc_family(a):
    if a.startswith("M_"):
        return "modal"
    if a in ("MAMIN", "MAMINLAP"):
        return "food"
    if a.startswith("TENAGA"):
        return "service"
    if a in ("HONOR", "HONORTIM", "HONORPBJ", "TENAGA", "TENAGAADM", "TRANSPORT", "DOKUM", "INTERNET",
             "SEWAGEDUNG", "SEWAALAT", "SEWAKEND", "SEWABERAT", "PELIHARA", "PELIHARAKEND", "PERJADIN",
             "PERJADINDK"):
        return "service"
    return "goods"


# ---------------------------------------------------------------- SSH (goods)
# sections: (sheet, heading, kode prefix, account key, rows)
SSH = [
("Barang Pakai Habis", "ALAT TULIS KANTOR", "1.1.7.01.01.02", "ATK", """
pulpen_gel|Pulpen Gel|tinta gel 0,5 mm, hitam|Box isi 12|46.800|Pulpen gel 0,5 hitam;Pena gel 0.5 mm|Box=1;Buah=1/12
ballpoint|Ballpoint Standar|0,7 mm, tinta biru/hitam|Box isi 12|27.600|Ballpoint standar;Pulpen ballpoint 0,7|Box=1;Pcs=1/12
pensil_2b|Pensil 2B|kayu, standar ujian|Lusin|36.000|Pensil 2B;Pinsil 2B ujian|Lusin=1;Batang=1/12
pensil_mek|Pensil Mekanik|0,5 mm|Buah|18.500
spidol_wb|Spidol Whiteboard|isi ulang, hitam/biru/merah|Lusin|114.000|Spidol whiteboard;Spidol papan tulis|Lusin=1;Buah=1/12
spidol_perm|Spidol Permanen|ujung besar, hitam|Lusin|120.000|Spidol permanen besar;Marker permanen|Lusin=1;Buah=1/12
stabilo|Stabilo/Highlighter|warna campur|Pak isi 10|78.000
penghapus|Penghapus Pensil|karet putih, kecil|Kotak isi 40|52.000
tipex|Correction Tape|5 mm x 6 m|Buah|12.500
isolasi|Isolasi Bening|1/2 inch x 72 yard|Roll|4.500
lakban_c|Lakban Coklat|2 inch x 90 yard|Roll|17.500|Lakban coklat 2";Lakban coklat 48 mm|Roll=1;Slop isi 6 roll=6
lakban_h|Lakban Hitam|2 inch x 12 yard|Roll|13.000
lakban_bening|Lakban Bening|2 inch x 90 yard|Roll|16.500
doubletape|Double Tape|1 inch x 10 m|Roll|9.800
stapler_10|Stapler Kecil|isi No. 10|Buah|27.000
stapler_besar|Stapler Besar|isi No. 23, daya 100 lembar|Buah|165.000
staples_10|Isi Staples|No. 10-1M|Pak isi 20 kotak|58.000|Isi staples No.10;Refill staples kecil No. 10|Pak=1;Kotak=1/20
staples_23|Isi Staples|No. 23/10|Kotak|19.500
penggaris|Penggaris Besi|30 cm|Buah|11.500
gunting|Gunting Kertas|besar, 8 inch|Buah|21.000
cutter|Cutter|besar, L-500|Buah|23.500
isi_cutter|Isi Cutter|besar, L-150|Tube isi 10|14.500
map_snel_pl|Map Snelhecter Plastik|folio, warna|Pak isi 12|42.000|Map snelhecter plastik;Stopmap plastik snelhecter|Pak=1;Lembar=1/12
map_snel_kt|Map Snelhecter Kertas|folio, kertas karton|Pak isi 50|87.500|Map snelhecter kertas;Map kertas snelhecter folio|Pak=1;Buah=1/50
map_batik|Map Kertas Batik|folio|Pak isi 50|65.000
map_l|Map Plastik L|folio, transparan|Pak isi 12|21.000
map_kancing|Map Plastik Kancing|folio|Lusin|48.000|Map kancing plastik;Map plastik berkancing folio|Lusin=1;Buah=1/12
ordner|Ordner/Box File|folio, punggung 7 cm|Buah|32.500|Ordner 7 cm;Box file folio 7cm|Buah=1
box_arsip|Box Arsip|plastik/karton, folio|Buah|28.000
clip_105|Binder Clip|No. 105|Kotak isi 12|4.200
clip_107|Binder Clip|No. 107|Kotak isi 12|6.800
clip_111|Binder Clip|No. 111|Kotak isi 12|8.900
clip_155|Binder Clip|No. 155|Kotak isi 12|12.500
clip_200|Binder Clip|No. 200|Kotak isi 12|17.800
clip_260|Binder Clip|No. 260|Kotak isi 12|27.500
paper_clip|Paper Clip|No. 3, kotak|Kotak isi 100|4.000
amplop_putih|Amplop Putih|No. 90, tanpa kop|Box isi 100|32.000|Amplop putih 90;Amplop polos putih No. 90|Box=1;Lembar=1/100
amplop_cf|Amplop Coklat|folio, 25 x 35 cm|Pak isi 100|78.000|Amplop coklat folio;Amplop coklat besar F4|Pak=1;Lembar=1/100
amplop_ck|Amplop Coklat|kabinet, 16 x 24 cm|Pak isi 100|52.000
buku_folio|Buku Folio|100 lembar, hard cover|Buah|26.500|Buku folio 100 lbr;Buku register folio|Buah=1
buku_agenda|Buku Agenda Surat|folio, 100 lembar|Buah|31.000
buku_tulis|Buku Tulis|38 lembar|Pak isi 10|38.000|Buku tulis 38 lbr;Buku tulis sidu 38|Pak=1;Buah=1/10
notes|Sticky Notes|3 x 3 inch, 100 lembar|Pak isi 12|54.000
lem_stik|Lem Stik|25 gram|Buah|9.500
papan_klip|Papan Klip|folio, plastik|Buah|18.000|Papan klip folio;Clipboard folio|Buah=1
tinta_stempel|Tinta Stempel|biru/ungu, 30 ml|Botol|9.000
bantalan|Bantalan Stempel|No. 2|Buah|18.000
kalkulator|Kalkulator|12 digit, meja|Buah|145.000
name_tag|Name Tag + Tali|plastik, ukuran 6 x 9 cm|Buah|7.500|Name tag peserta + tali;ID card holder + lanyard|Buah=1
"""),
("Barang Pakai Habis", "KERTAS DAN COVER", "1.1.7.01.01.03", "KERTAS", """
hvs_a4_70|Kertas HVS|A4, 70 gram|Rim|54.500|Kertas HVS A4 70 gr;Kertas A4 70 gsm|Rim=1;Box isi 5 rim=5
hvs_a4_75|Kertas HVS|A4, 75 gram|Rim|58.000
hvs_a4_80|Kertas HVS|A4, 80 gram|Rim|62.000|Kertas HVS A4 80 gr;Kertas A4 80gsm|Rim=1;Box isi 5 rim=5
hvs_f4_70|Kertas HVS|F4/Folio, 70 gram|Rim|59.000|Kertas HVS F4 70 gr;Kertas folio 70 gsm|Rim=1;Box isi 5 rim=5
hvs_f4_80|Kertas HVS|F4/Folio, 80 gram|Rim|67.500|Kertas HVS F4 80 gr;Kertas F4 80 gsm|Rim=1;Box isi 5 rim=5
hvs_a3_80|Kertas HVS|A3, 80 gram|Rim|128.000
kertas_foto|Kertas Foto|A4, glossy 230 gram|Pak isi 20|42.000
kertas_sert|Kertas Sertifikat|A4, art carton 260 gram|Pak isi 100|118.000|Kertas sertifikat A4 260 gr;Kertas art carton piagam|Pak=1;Lembar=1/100
kertas_cover|Kertas Cover/Buffalo|A4, 160 gram, warna|Pak isi 100|52.000
kertas_bc|Kertas BC/Manila|A4, 220 gram|Pak isi 100|64.000
kertas_ncr|Kertas NCR|folio, 2 ply|Rim|152.000
kertas_cf|Kertas Continuous Form|9,5 x 11 inch, 1 ply|Box|310.000
kertas_label|Kertas Label Stiker|A4, 10 per lembar|Pak isi 100|85.000
plano|Kertas Plano|65 x 100 cm, 80 gram|Lembar|3.500|Kertas plano;Kertas flipchart plano|Lembar=1
"""),
("Barang Pakai Habis", "BAHAN CETAK DAN PENGGANDAAN", "1.1.7.01.01.05", "CETAK", """
spanduk|Cetak Spanduk|flexi/MMT 280 gram, sudah finishing|M2|38.000|Cetak spanduk kegiatan;Spanduk MMT|M2=1
baliho|Cetak Baliho|frontlite 340 gram, termasuk rangka kayu|M2|95.000|Baliho frontlite;Cetak baliho sosialisasi|M2=1
rollup|X-Banner/Roll Up Banner|60 x 160 cm, termasuk stand|Buah|185.000|Roll up banner 60x160;X-banner + stand|Buah=1
backdrop|Cetak Backdrop|albatros, 3 x 4 m|Buah|780.000
stiker_vinyl|Cetak Stiker Vinyl|outdoor, per m2|M2|125.000
leaflet|Cetak Leaflet|A4, art paper 120 gram, 2 sisi, 4 warna|Lembar|1.900|Cetak leaflet A4 full color;Leaflet penyuluhan 2 sisi|Lembar=1
brosur|Cetak Brosur Lipat Tiga|A4, art paper 150 gram, 4 warna|Lembar|2.600
buku_a5|Cetak Buku|A5, 100 halaman, soft cover, isi BW|Eksemplar|28.500|Cetak buku panduan A5;Penggandaan buku modul A5|Eksemplar=1
modul_a4|Cetak Modul|A4, 60 halaman, jilid lem, isi BW|Eksemplar|32.000|Cetak modul pelatihan A4;Penggandaan modul A4|Eksemplar=1
sertifikat|Cetak Sertifikat/Piagam|A4, art carton 260 gram, 4 warna|Lembar|8.500|Cetak sertifikat peserta;Piagam penghargaan A4|Lembar=1
undangan|Cetak Undangan|lipat, art carton, amplop|Lembar|4.500
map_cetak|Cetak Map Kegiatan|folio, art carton 260 gram, 1 sisi|Buah|6.500|Map kegiatan cetak;Map cetak logo kegiatan|Buah=1
kop_surat|Cetak Kertas Kop Surat|HVS A4 80 gram, 1 warna|Rim|165.000
id_card|Cetak ID Card PVC|cetak 2 sisi + tali lanyard|Buah|17.500|ID card PVC + lanyard;Kartu identitas panitia PVC|Buah=1
fotokopi_a4|Fotokopi/Penggandaan|A4, hitam putih|Lembar|300|Fotokopi A4;Penggandaan materi A4|Lembar=1
fotokopi_f4|Fotokopi/Penggandaan|F4, hitam putih|Lembar|350
jilid_spiral|Penjilidan Spiral|A4/F4, cover mika|Buah|10.000
jilid_hard|Penjilidan Hard Cover|A4, tulisan emas|Buah|45.000
stiker_label|Cetak Stiker Label Produk|bahan chromo, diameter 5 cm|Lembar|350|Stiker label kemasan;Label stiker produk chromo|Lembar=1
"""),
("Barang Pakai Habis", "BAHAN KOMPUTER", "1.1.7.01.01.06", "KOMP", """
tinta_bk|Tinta Printer|botol 70 ml, hitam, tipe tangki|Botol|98.000|Tinta printer hitam 70 ml;Tinta isi ulang black 70ml|Botol=1
tinta_c|Tinta Printer|botol 70 ml, cyan, tipe tangki|Botol|98.000
tinta_m|Tinta Printer|botol 70 ml, magenta, tipe tangki|Botol|98.000
tinta_y|Tinta Printer|botol 70 ml, yellow, tipe tangki|Botol|98.000
tinta_bk135|Tinta Printer|botol 135 ml, hitam, tipe tangki|Botol|165.000
toner_85|Toner Laser|tipe 85A, hitam, 1.600 halaman|Buah|780.000|Toner laser hitam tipe 85A;Cartridge toner 85A|Buah=1
toner_12|Toner Laser|tipe 12A, hitam, 2.000 halaman|Buah|825.000
toner_05|Toner Laser|tipe 05A, hitam, 2.300 halaman|Buah|1.150.000
fd_32|Flashdisk|32 GB, USB 3.0|Buah|85.000
fd_64|Flashdisk|64 GB, USB 3.0|Buah|125.000|Flashdisk 64 GB;Flash drive USB 64GB|Buah=1
fd_128|Flashdisk|128 GB, USB 3.0|Buah|215.000
hdd_1|Harddisk Eksternal|1 TB, USB 3.0, 2,5 inch|Buah|925.000|HDD eksternal 1 TB;Harddisk external 1TB|Buah=1
hdd_2|Harddisk Eksternal|2 TB, USB 3.0, 2,5 inch|Buah|1.375.000
ssd_512|SSD|512 GB, SATA 2,5 inch|Buah|735.000
mouse_wl|Mouse Wireless|optical, 2,4 GHz|Buah|95.000|Mouse wireless;Mouse tanpa kabel|Buah=1
mouse_usb|Mouse Kabel|optical, USB|Buah|55.000
keyboard|Keyboard|USB, standar|Buah|135.000
hdmi_15|Kabel HDMI|1,5 m|Buah|45.000
hdmi_5|Kabel HDMI|5 m|Buah|95.000|Kabel HDMI 5 meter;Kabel HDMI 5m|Buah=1
hdmi_10|Kabel HDMI|10 m|Buah|175.000
utp6|Kabel UTP|Cat 6, indoor|Roll 305 m|2.450.000|Kabel UTP Cat6;Kabel LAN Cat 6|Roll=1;Meter=1/305
utp5|Kabel UTP|Cat 5e, indoor|Roll 305 m|1.650.000
rj45|Konektor RJ45|Cat 6|Pak isi 100|185.000
pointer|Laser Pointer|presenter wireless|Buah|215.000|Laser pointer presenter;Wireless presenter|Buah=1
baterai_aa|Baterai Alkaline|AA|Pak isi 4|38.000|Baterai AA alkaline;Batu baterai AA|Pak=1;Buah=1/4
baterai_9v|Baterai Alkaline|9 Volt|Buah|32.000
ups|UPS|1200 VA|Unit|1.650.000
cleaning_kit|Cleaning Kit Komputer|cairan + kuas + lap|Set|45.000
"""),
("Barang Pakai Habis", "ALAT LISTRIK", "1.1.7.01.01.07", "LISTRIK", """
led_9|Lampu LED|9 watt, E27, putih|Buah|32.000
led_12|Lampu LED|12 watt, E27, putih|Buah|41.000
led_18|Lampu LED|18 watt, E27, putih|Buah|62.000
led_30|Lampu LED|30 watt, E27, putih|Buah|98.000
led_tl|Lampu LED Tube/TL|18 watt, 120 cm|Buah|58.000
sorot_50|Lampu Sorot LED|50 watt, outdoor|Buah|185.000
terminal_3|Stop Kontak/Terminal|4 lubang, kabel 3 m|Buah|75.000|Stop kontak 4 lubang 3m;Terminal listrik 4 lubang kabel 3 m|Buah=1
terminal_5|Stop Kontak/Terminal|4 lubang, kabel 5 m|Buah|95.000
reel_10|Kabel Roll/Extension Reel|10 m, 4 stop kontak|Buah|185.000|Kabel roll 10 m;Extension reel 10 meter|Buah=1
reel_25|Kabel Roll/Extension Reel|25 m, 4 stop kontak|Buah|320.000
nym_215|Kabel NYM|2 x 1,5 mm|Roll 50 m|385.000
nym_325|Kabel NYM|3 x 2,5 mm|Roll 50 m|825.000
saklar|Saklar Tunggal|inbow|Buah|22.000
mcb|MCB|1 phase, 10 A|Buah|68.000
senter|Senter LED|rechargeable|Buah|85.000
"""),
("Barang Pakai Habis", "PERABOT KANTOR", "1.1.7.01.01.08", "PERABOT", """
jam_dinding|Jam Dinding|diameter 30 cm|Buah|85.000
keset|Keset|karet, 40 x 60 cm|Buah|45.000
gorden|Gorden/Vitrase|per m2, termasuk rel|M2|185.000
tempat_sampah_k|Tempat Sampah Kecil|plastik, 10 liter|Buah|35.000
dispenser_galon|Galon Air|plastik 19 liter, kosong|Buah|55.000
"""),
("Barang Pakai Habis", "ALAT DAN BAHAN KEBERSIHAN", "1.1.7.01.01.09", "BERSIH", """
sapu_ijuk|Sapu Ijuk|gagang kayu|Buah|32.000|Sapu ijuk;Sapu lantai ijuk|Buah=1
sapu_lidi|Sapu Lidi|gagang bambu|Buah|25.000|Sapu lidi bergagang;Sapu lidi jalan|Buah=1
pel|Alat Pel Lantai|gagang + kain|Buah|55.000
ember|Ember Plastik|20 liter|Buah|38.000
kantong_60|Kantong Plastik Sampah|60 x 100 cm, hitam|Pak isi 10|15.000|Kantong sampah 60x100;Trash bag hitam 60 x 100|Pak=1;Lembar=1/10
kantong_90|Kantong Plastik Sampah|90 x 120 cm, hitam|Pak isi 10|27.500|Kantong sampah jumbo 90x120;Trash bag besar 90x120|Pak=1;Lembar=1/10
karung|Karung Plastik|50 kg|Lembar|3.500|Karung plastik 50 kg;Karung sampah|Lembar=1
pembersih_lantai|Cairan Pembersih Lantai|jerigen 5 liter|Jerigen|85.000
sabun_cuci|Sabun Cuci Tangan Cair|jerigen 5 liter|Jerigen|95.000|Sabun cuci tangan cair 5 L;Hand soap 5 liter|Jerigen=1
desinfektan|Cairan Desinfektan|jerigen 5 liter|Jerigen|165.000
tong_120|Tong Sampah Beroda|120 liter, HDPE, tutup|Buah|925.000|Tong sampah beroda 120 L;Wheel bin 120 liter|Buah=1
tong_240|Tong Sampah Beroda|240 liter, HDPE, tutup|Buah|1.450.000
tempat_sampah_3|Tempat Sampah Terpilah|3 in 1, 50 liter, tiang besi|Set|1.350.000|Tempat sampah pilah 3 in 1;Tempat sampah terpilah 3 warna|Set=1
garu|Garu/Garpu Sampah|besi, gagang kayu|Buah|65.000|Garu sampah;Garpu sampah gagang kayu|Buah=1
sekop|Sekop|besi, gagang kayu|Buah|85.000|Sekop besi;Skop pasir|Buah=1
arit|Parang/Arit|baja|Buah|65.000
"""),
("Barang Pakai Habis", "BAHAN BAKAR DAN PELUMAS", "1.1.7.01.01.10", "BBM", """
pertalite|Bensin RON 90|non subsidi harga SPBU|Liter|10.000|Pertalite;BBM bensin RON 90|Liter=1
pertamax|Bensin RON 92|harga SPBU|Liter|12.900|Pertamax;BBM RON 92|Liter=1
solar_ds|Minyak Solar Non Subsidi|CN 51, harga SPBU|Liter|13.400|Dexlite/solar non subsidi;Solar industri kendaraan sampah|Liter=1
oli_mesin|Oli Mesin|kendaraan roda 4 diesel, 1 liter|Liter|78.000|Oli mesin diesel;Oli pelumas mesin diesel|Liter=1
oli_hidrolik|Oli Hidrolik|ISO VG 68, pail 20 liter|Pail|1.450.000|Oli hidrolik pail 20 L;Oli hydraulic 20 liter|Pail=1
gemuk|Gemuk/Grease|kaleng 2 kg|Kaleng|165.000
"""),
("Barang Pakai Habis", "BAHAN MEDIS HABIS PAKAI", "1.1.7.01.02.01", "MEDIS", """
alkohol_swab|Alcohol Swab|70%, steril|Box isi 100|28.000|Alcohol swab;Kapas alkohol swab|Box=1
nitril|Sarung Tangan Nitril|non steril, ukuran M|Box isi 100|95.000|Sarung tangan nitril;Handscoon nitril|Box=1;Pasang=1/50
latex|Sarung Tangan Latex|non steril, ukuran M|Box isi 100|68.000
masker_medis|Masker Medis|3 ply, earloop|Box isi 50|32.000|Masker medis 3 ply;Masker bedah 3ply|Box=1;Buah=1/50
n95|Masker N95|setara KN95|Buah|9.500
spuit_3|Spuit|3 cc, disposable|Box isi 100|145.000|Spuit 3 cc;Disposable syringe 3ml|Box=1;Buah=1/100
spuit_05|Spuit ADS|0,5 ml, auto disable|Box isi 100|185.000|Spuit ADS 0,5 ml;Auto disable syringe 0.5 ml|Box=1;Buah=1/100
safety_box|Safety Box|5 liter|Buah|18.500|Safety box 5 L;Kotak limbah jarum 5 liter|Buah=1
kasa|Kasa Steril|16 x 16 cm, isi 10|Box|12.500
plester|Plester Luka|isi 100|Box|28.000
hand_sanitizer|Hand Sanitizer|500 ml, gel|Botol|48.000|Hand sanitizer 500 ml;Hand rub 500ml|Botol=1
abate|Larvasida/Bubuk Abate|sachet 10 gram|Kg|185.000|Bubuk abate;Larvasida temephos 1%|Kg=1
insektisida|Insektisida Fogging|malathion 95%, liter|Liter|325.000|Insektisida fogging;Malathion untuk fogging|Liter=1
rdt_dbd|Rapid Test NS1 DBD|kit, isi 25 test|Kit|1.250.000|Rapid test NS1 dengue;RDT NS1 DBD|Kit=1
apd_cover|APD Coverall|disposable, ukuran L|Buah|65.000
ice_pack|Cool Pack/Ice Pack|400 ml|Buah|18.000|Cool pack vaksin;Ice pack 400 ml|Buah=1
"""),
("Barang Pakai Habis", "PAKAIAN DAN PERLENGKAPAN KERJA", "1.1.7.01.03.01", "PAKAIAN", """
pdl|Pakaian Dinas Lapangan|drill, lengan panjang, bordir|Stel|385.000
rompi|Rompi Kerja|scotlight, bordir|Buah|95.000|Rompi scotlight;Rompi kerja lapangan|Buah=1
boot|Sepatu Boot Karet|tinggi 35 cm|Pasang|145.000|Sepatu boot karet;Sepatu bot PVC|Pasang=1
sepatu_safety|Sepatu Safety|ujung baja|Pasang|425.000
sarung_tangan_kerja|Sarung Tangan Kerja|kain karet, bintik|Lusin|72.000|Sarung tangan kerja;Sarung tangan katun bintik|Lusin=1;Pasang=1/12
masker_kain|Masker Kain|2 lapis|Buah|8.000
helm_proyek|Helm Kerja/Proyek|SNI, tali dagu|Buah|85.000
jas_hujan|Jas Hujan|setelan, PVC|Stel|125.000|Jas hujan setelan;Mantel hujan stel|Stel=1
kaos|Kaos Kegiatan|cotton combed 24s, sablon 1 warna|Buah|85.000|Kaos kegiatan sablon;Kaos panitia combed 24s|Buah=1
topi|Topi Kegiatan|bordir logo|Buah|45.000
"""),
("Barang Pakai Habis", "PAKAIAN OLAHRAGA", "1.1.7.01.03.02", "OLAHRAGA", """
seragam_or|Pakaian Olahraga|setelan training, bordir|Stel|325.000|Seragam olahraga pegawai;Baju training olahraga|Stel=1
sepatu_or|Sepatu Olahraga|running, sintetis|Pasang|450.000
"""),
("Barang Pakai Habis", "BAHAN LAINNYA", "1.1.7.01.04.01", "BAHAN", """
air_gelas|Air Mineral Gelas|220 ml, dus isi 48|Dus|36.000|Air mineral gelas 220 ml;Air mineral cup|Dus=1
air_botol|Air Mineral Botol|600 ml, dus isi 24|Dus|52.000|Air mineral botol 600 ml;Aqua botol sedang|Dus=1
standing_pouch|Kemasan Standing Pouch|aluminium foil, zipper, 14 x 22 cm|Pak isi 100|185.000|Standing pouch foil zipper;Kemasan pouch berdiri alufoil|Pak=1;Lembar=1/100
pouch_kraft|Kemasan Standing Pouch|kertas kraft, window, 14 x 22 cm|Pak isi 100|145.000
botol_pet|Botol Plastik PET|250 ml, tutup segel|Pak isi 100|165.000
bunga_meja|Rangkaian Bunga Meja|bunga segar|Buah|250.000
karangan_bunga|Karangan Bunga Papan|ucapan, 2 x 1,25 m|Buah|750.000|Karangan bunga papan;Papan bunga ucapan|Buah=1
bahan_batik|Kain Mori Primissima|untuk batik tulis, 2,5 m|Potong|95.000|Kain mori primissima;Kain batik mori|Potong=1
malam_batik|Malam/Lilin Batik|blok|Kg|55.000|Lilin batik (malam);Malam batik|Kg=1
pewarna|Pewarna Batik Naptol|sachet 25 gr|Sachet|12.500|Pewarna naptol;Zat warna naptol batik|Sachet=1
bibit_tanaman|Tanaman Hias dalam Pot|pot 30 cm|Pot|125.000
pot|Pot Tanaman|plastik, diameter 30 cm|Buah|35.000
al_quran|Mushaf Al-Qur'an|ukuran A5, terjemahan|Buah|85.000|Al-Qur'an terjemah A5;Mushaf Al Quran terjemahan|Buah=1
sajadah|Sajadah|standar, 70 x 110 cm|Buah|75.000
"""),
("Barang Pakai Habis", "HADIAH DAN PIALA", "1.1.7.01.05.01", "HADIAH", """
piala_1|Piala|tinggi 75 cm, marmer|Buah|650.000|Piala juara I tinggi 75 cm;Trophy juara 1 (75 cm)|Buah=1
piala_2|Piala|tinggi 60 cm, marmer|Buah|525.000|Piala juara II tinggi 60 cm;Trophy juara 2 (60 cm)|Buah=1
piala_3|Piala|tinggi 50 cm, marmer|Buah|425.000|Piala juara III tinggi 50 cm;Trophy juara 3 (50 cm)|Buah=1
piala_bergilir|Piala Bergilir|tinggi 120 cm|Buah|1.850.000
medali|Medali|logam, diameter 6 cm, tali|Buah|28.500|Medali juara + tali;Medali logam 6 cm|Buah=1
plakat|Plakat|akrilik/kayu, dalam kotak|Buah|275.000|Plakat akrilik;Plakat penghargaan akrilik|Buah=1
"""),
("Barang Modal", "PERALATAN PERSONAL COMPUTER", "1.3.2.10.01.02", "M_PC", """
laptop_i5|Laptop|prosesor setara Core i5, RAM 16 GB, SSD 512 GB, 14 inch|Unit|14.250.000|Laptop Core i5 RAM 16GB SSD 512;Notebook i5 16 GB/512 GB|Unit=1
laptop_i7|Laptop|prosesor setara Core i7, RAM 16 GB, SSD 1 TB, 14 inch|Unit|19.800.000
pc_aio|PC All in One|prosesor setara Core i5, RAM 8 GB, SSD 512 GB, 23,8 inch|Unit|13.500.000|PC All in One i5;Komputer AIO Core i5|Unit=1
pc_aio_i3|PC All in One|prosesor setara Core i3, RAM 8 GB, SSD 256 GB, 21,5 inch|Unit|9.750.000
tablet|Tablet|10 inch, 128 GB, LTE|Unit|4.850.000
"""),
("Barang Modal", "PERALATAN PERSONAL COMPUTER (PERIFERAL)", "1.3.2.10.02.03", "M_PERIF", """
printer_ink|Printer Inkjet|A4, tangki tinta, print/scan/copy|Unit|3.250.000|Printer ink tank A4 multifungsi;Printer inkjet A4 3 in 1|Unit=1
printer_ink_f4|Printer Inkjet|F4, tangki tinta, print/scan/copy/wifi|Unit|4.150.000
printer_laser|Printer Laser|A4, mono, duplex|Unit|4.650.000
printer_a3|Printer Inkjet|A3, tangki tinta|Unit|8.950.000
scanner|Scanner Dokumen|A4, ADF, 35 ppm|Unit|6.750.000|Scanner dokumen ADF;Scanner ADF A4|Unit=1
"""),
("Barang Modal", "ALAT KANTOR DAN RUMAH TANGGA", "1.3.2.05.01.05", "M_KANTOR", """
proyektor|LCD Proyektor|3.600 lumen, XGA|Unit|6.850.000|LCD proyektor 3600 lumen;Proyektor 3.600 ANSI|Unit=1
proyektor_hd|LCD Proyektor|4.000 lumen, Full HD|Unit|10.250.000
layar|Layar Proyektor|tripod, 70 inch|Unit|975.000|Layar proyektor tripod 70";Screen proyektor tripod 70 inch|Unit=1
shredder|Mesin Penghancur Kertas|kapasitas 12 lembar|Unit|2.850.000
whiteboard|Papan Tulis Whiteboard|120 x 240 cm, kaki|Unit|1.450.000
brankas|Brankas|kunci kombinasi, 50 kg|Unit|3.950.000
papan_info|Papan Informasi/Pengumuman|kaca, 120 x 90 cm|Unit|1.650.000
sealer|Hand Sealer|30 cm, plastik|Unit|385.000|Hand sealer 30 cm;Mesin press plastik manual 30cm|Unit=1
continuous_sealer|Continuous Band Sealer|horizontal, otomatis|Unit|4.250.000|Continuous sealer;Mesin band sealer kontinyu|Unit=1
mesin_jahit|Mesin Jahit Portable|listrik, multi fungsi|Unit|2.450.000
"""),
("Barang Modal", "MEBEL", "1.3.2.05.02.01", "M_MEBEL", """
meja_12|Meja Kerja|1/2 biro, 120 x 60 cm|Unit|1.850.000|Meja kerja 1/2 biro;Meja staf 120x60|Unit=1
meja_rapat|Meja Rapat|240 x 120 cm, kayu|Unit|4.500.000
kursi_kerja|Kursi Kerja|putar, sandaran rendah|Unit|875.000|Kursi kerja putar;Kursi staf putar|Unit=1
kursi_lipat|Kursi Lipat|besi, chitose type|Unit|385.000
lemari_arsip|Lemari Arsip|besi, 2 pintu kaca|Unit|3.250.000|Lemari arsip besi 2 pintu;Lemari besi pintu kaca|Unit=1
filing_4|Filing Cabinet|besi, 4 laci|Unit|3.450.000
rak_besi|Rak Besi|siku, 5 susun|Unit|1.150.000
sofa|Sofa Tamu|1 set (3-1-1 + meja)|Set|8.500.000
"""),
("Barang Modal", "ALAT PENDINGIN", "1.3.2.05.02.04", "M_AC", """
ac_1|AC Split|1 PK, standard, termasuk instalasi|Unit|5.250.000|AC split 1 PK;Air conditioner 1 PK|Unit=1
ac_15|AC Split|1,5 PK, standard, termasuk instalasi|Unit|6.450.000|AC split 1,5 PK;AC 1.5 PK split|Unit=1
ac_2|AC Split|2 PK, standard, termasuk instalasi|Unit|8.250.000
kipas|Kipas Angin Berdiri|16 inch|Unit|425.000
"""),
("Barang Modal", "ALAT RUMAH TANGGA LAINNYA", "1.3.2.05.02.06", "M_RT", """
tv_43|Televisi LED|43 inch, smart TV|Unit|5.450.000|TV LED 43 inch;Smart TV 43"|Unit=1
tv_55|Televisi LED|55 inch, smart TV|Unit|8.250.000|TV LED 55 inch;Smart TV 55"|Unit=1
kulkas|Lemari Es|2 pintu, 250 liter|Unit|4.750.000
kulkas_vaksin|Lemari Es Vaksin|tipe ILR/medis, 100 liter|Unit|28.500.000
dispenser|Dispenser Air|galon bawah, panas-dingin|Unit|2.150.000|Dispenser galon bawah;Water dispenser hot cold|Unit=1
vacuum|Vacuum Cleaner|wet & dry, 20 liter|Unit|1.850.000
"""),
("Barang Modal", "PERALATAN AUDIO DAN VIDEO", "1.3.2.06.01.04", "M_AUDIO", """
sound_portable|Sound System Portable|speaker aktif 15 inch + 2 mic wireless|Unit|6.250.000|Sound system portable 15";Speaker aktif portable + mic wireless|Unit=1
mic_wl|Microphone Wireless|double handheld|Set|2.850.000
megaphone|Megaphone|25 watt, rechargeable|Unit|650.000|Megaphone 25 watt;Toa megaphone|Unit=1
kamera|Kamera Mirrorless|24 MP, kit lens|Unit|12.500.000|Kamera mirrorless 24 MP;Kamera digital mirrorless kit|Unit=1
tripod|Tripod Kamera|aluminium, 170 cm|Unit|650.000
"""),
("Barang Modal", "ALAT KESEHATAN", "1.3.2.07.01.01", "M_KES", """
tensi_digital|Tensimeter Digital|lengan atas|Unit|650.000|Tensimeter digital;Alat ukur tekanan darah digital|Unit=1
termometer_ir|Termometer Inframerah|non kontak|Unit|285.000|Termometer tembak inframerah;Thermogun non kontak|Unit=1
timbangan_bayi|Timbangan Bayi Digital|kapasitas 20 kg|Unit|1.150.000|Timbangan bayi digital;Baby scale digital 20 kg|Unit=1
timbangan_dewasa|Timbangan Badan Dewasa|digital, 150 kg|Unit|425.000
alat_ukur_pb|Alat Ukur Panjang Badan Bayi|length board, kayu/akrilik|Unit|850.000|Length board (alat ukur panjang badan);Papan ukur panjang badan bayi|Unit=1
stetoskop|Stetoskop|dewasa, dual head|Unit|425.000
vaccine_carrier|Vaccine Carrier|kapasitas 1,7 liter, 4 cool pack|Unit|875.000|Vaccine carrier 1,7 L;Termos vaksin 1.7 liter|Unit=1
mesin_fogging|Mesin Fogging|swing fog, portable|Unit|14.500.000|Mesin fogging portable;Swing fog machine|Unit=1
"""),
("Barang Modal", "ALAT KEBERSIHAN DAN BENGKEL", "1.3.2.05.02.10", "M_BERSIH", """
gerobak|Gerobak Sampah|plat besi, 1 m3, roda karet|Unit|3.850.000|Gerobak sampah 1 m3;Gerobak sampah besi|Unit=1
motor_sampah|Kendaraan Roda Tiga Pengangkut Sampah|bak 1,5 m3|Unit|38.500.000
komposter|Komposter|tong 120 liter|Unit|650.000|Komposter 120 L;Tong komposter|Unit=1
mesin_rumput|Mesin Potong Rumput|gendong, 2 tak|Unit|2.950.000
"""),
]

# ---------------------------------------------------------------- SBU (services)
# sections: (heading, account, rows)  row: key|uraian|satuan|besaran|variants|units
SBU = [
("HONORARIUM NARASUMBER, MODERATOR, PEMBAWA ACARA DAN PANITIA", "HONOR", """
ns_menteri|Narasumber Menteri/Pejabat Setingkat Menteri|OJ|1.700.000
ns_es1|Narasumber Pejabat Eselon I/Setara|OJ|1.400.000
ns_es2|Narasumber Pejabat Eselon II/Setara|OJ|1.000.000|Honor narasumber eselon II;Narsum pejabat eselon II
ns_es3|Narasumber Pejabat Eselon III ke bawah/Setara/Pakar|OJ|900.000|Honor narasumber eselon III;Narsum praktisi/pakar
ns_internal|Narasumber dari Internal Perangkat Daerah Penyelenggara|OJ|450.000
moderator|Moderator|Orang/Kali|700.000|Honor moderator;Moderator diskusi
mc|Pembawa Acara|Orang/Kali|400.000|Honor pembawa acara (MC);Pembawa acara/MC
pj_kegiatan|Panitia Penyelenggara Kegiatan - Penanggung Jawab|Orang/Kegiatan|450.000
panitia_ketua|Panitia Penyelenggara Kegiatan - Ketua/Wakil Ketua|Orang/Kegiatan|400.000|Honor panitia - ketua;Ketua panitia pelaksana
panitia_sekr|Panitia Penyelenggara Kegiatan - Sekretaris|Orang/Kegiatan|300.000
panitia_angg|Panitia Penyelenggara Kegiatan - Anggota|Orang/Kegiatan|300.000|Honor panitia - anggota;Anggota panitia pelaksana
juri|Juri/Penilai Lomba|Orang/Kegiatan|750.000|Honor juri lomba;Dewan juri penilai
dewan_hakim|Dewan Hakim MTQ/STQ|Orang/Kegiatan|1.000.000|Honor dewan hakim MTQ;Hakim MTQ
"""),
("HONORARIUM TIM PELAKSANA KEGIATAN", "HONORTIM", """
tim_pengarah|Tim Pelaksana Kegiatan - Pengarah|OB|1.000.000
tim_ketua|Tim Pelaksana Kegiatan - Ketua|OB|750.000|Honor ketua tim pelaksana;Ketua tim pelaksana kegiatan
tim_sekr|Tim Pelaksana Kegiatan - Sekretaris|OB|600.000|Honor sekretaris tim;Sekretaris tim pelaksana
tim_angg|Tim Pelaksana Kegiatan - Anggota|OB|500.000|Honor anggota tim pelaksana;Anggota tim pelaksana kegiatan
"""),
("HONORARIUM PENGADAAN BARANG/JASA", "HONORPBJ", """
pokja_500|Pokja Pemilihan, nilai pagu s.d. Rp500 juta|Orang/Paket|750.000|Honor pokja paket s.d. 500 jt;Pokja pemilihan pagu <= 500 juta
pokja_1m|Pokja Pemilihan, nilai pagu > Rp500 juta s.d. Rp1 miliar|Orang/Paket|900.000|Honor pokja paket 500 jt - 1 M;Pokja pemilihan pagu > 500 jt s.d 1 M
pokja_2_5m|Pokja Pemilihan, nilai pagu > Rp1 miliar s.d. Rp2,5 miliar|Orang/Paket|1.050.000|Honor pokja paket 1 - 2,5 M;Pokja pemilihan pagu > 1 M s.d. 2,5 M
pokja_5m|Pokja Pemilihan, nilai pagu > Rp2,5 miliar s.d. Rp5 miliar|Orang/Paket|1.200.000
pokja_10m|Pokja Pemilihan, nilai pagu > Rp5 miliar s.d. Rp10 miliar|Orang/Paket|1.400.000
pejabat_pengadaan|Pejabat Pengadaan|Orang/Paket|350.000|Honor pejabat pengadaan;Pejabat pengadaan (pengadaan langsung)
pphp|Pejabat/Panitia Pemeriksa Hasil Pekerjaan|Orang/Paket|300.000
pengelola_pbj|Pengelola Pengadaan Barang/Jasa (bulanan)|OB|1.250.000
admin_lpse|Admin LPSE/Agen Pengadaan|OB|900.000|Honor admin LPSE;Administrator SPSE
verifikator|Verifikator Penyedia (SIKaP)|OB|750.000
"""),
("UANG HARIAN PERJALANAN DINAS DALAM NEGERI", "PERJADIN", """
uh_kaltim_lk|Uang Harian Luar Kota - Provinsi Kalimantan Timur|OH|430.000|Uang harian perjadin dalam provinsi;Uang harian luar kota Kaltim
uh_kaltim_dk|Uang Harian Dalam Kota lebih dari 8 jam - Kalimantan Timur|OH|170.000|Uang harian dalam kota > 8 jam;Uang harian DK lebih 8 jam
uh_kaltim_dik|Uang Harian Diklat - Kalimantan Timur|OH|130.000
uh_dki_lk|Uang Harian Luar Kota - DKI Jakarta|OH|530.000|Uang harian Jakarta;Uang harian perjadin DKI Jakarta
uh_dki_dik|Uang Harian Diklat - DKI Jakarta|OH|160.000
uh_jatim_lk|Uang Harian Luar Kota - Jawa Timur|OH|410.000|Uang harian Surabaya;Uang harian perjadin Jatim
uh_sulsel_lk|Uang Harian Luar Kota - Sulawesi Selatan|OH|430.000
uh_bali_lk|Uang Harian Luar Kota - Bali|OH|480.000
uh_kaltara_lk|Uang Harian Luar Kota - Kalimantan Utara|OH|430.000
uh_kalsel_lk|Uang Harian Luar Kota - Kalimantan Selatan|OH|380.000
"""),
("BIAYA PENGINAPAN PERJALANAN DINAS", "PERJADIN", """
inap_dki_es2|Penginapan DKI Jakarta - Pejabat Eselon II|OH|1.490.000
inap_dki_es3|Penginapan DKI Jakarta - Pejabat Eselon III/Gol. IV|OH|992.000|Penginapan Jakarta eselon III;Hotel Jakarta pejabat eselon III
inap_dki_gol3|Penginapan DKI Jakarta - Gol. III/II/I|OH|730.000|Penginapan Jakarta gol. III;Hotel Jakarta staf gol III
inap_jatim_es3|Penginapan Jawa Timur - Pejabat Eselon III/Gol. IV|OH|1.000.000
inap_jatim_gol3|Penginapan Jawa Timur - Gol. III/II/I|OH|664.000|Penginapan Surabaya gol. III;Hotel Surabaya staf
inap_kaltim_es3|Penginapan Kalimantan Timur - Pejabat Eselon III/Gol. IV|OH|1.200.000|Penginapan dalam provinsi eselon III;Hotel Kaltim eselon III
inap_kaltim_gol3|Penginapan Kalimantan Timur - Gol. III/II/I|OH|850.000|Penginapan dalam provinsi gol. III;Hotel Kaltim staf gol III
inap_sulsel_gol3|Penginapan Sulawesi Selatan - Gol. III/II/I|OH|720.000
"""),
("TIKET DAN TRANSPORTASI", "PERJADIN", """
tiket_jkt|Tiket Pesawat Balikpapan/Samarinda - Jakarta PP, kelas ekonomi|Orang/PP|4.150.000|Tiket pesawat Samarinda-Jakarta PP;Tiket pesawat ekonomi Jakarta PP
tiket_sby|Tiket Pesawat Balikpapan/Samarinda - Surabaya PP, kelas ekonomi|Orang/PP|3.250.000|Tiket pesawat Samarinda-Surabaya PP;Tiket ekonomi Surabaya PP
tiket_mks|Tiket Pesawat Balikpapan - Makassar PP, kelas ekonomi|Orang/PP|2.650.000
tiket_dps|Tiket Pesawat Balikpapan - Denpasar PP, kelas ekonomi|Orang/PP|3.550.000
taksi_bpn|Transport Darat Samarinda - Bandara Sepinggan/APT Pranoto PP|Orang/PP|450.000|Transport darat ke bandara PP;Taksi bandara PP
taksi_jkt|Taksi Bandara - Kota Tujuan DKI Jakarta PP|Orang/PP|512.000|Taksi Jakarta PP;Transport bandara Jakarta PP
transport_kab|Transport Samarinda - Kabupaten dalam Provinsi (darat) PP|Orang/PP|350.000
transport_lokal|Transport Lokal Peserta/Kader Dalam Kota|Orang/Kali|100.000|Transport peserta dalam kota;Uang transport peserta lokal
transport_kader|Transport Kader Kesehatan/Posyandu|Orang/Kali|75.000|Transport kader posyandu;Transport kader kesehatan
"""),
("KONSUMSI RAPAT DAN KEGIATAN", "MAMIN", """
makan_rapat|Makan Rapat Biasa|Orang/Kali|45.000|Makan rapat;Nasi kotak rapat
snack_rapat|Kudapan/Snack Rapat Biasa|Orang/Kali|20.000|Snack rapat;Kue kotak rapat
makan_pejabat|Makan Rapat Koordinasi Tingkat Pejabat Eselon I/II|Orang/Kali|65.000
snack_pejabat|Kudapan Rapat Koordinasi Tingkat Pejabat Eselon I/II|Orang/Kali|30.000
jamuan_tamu|Makan Jamuan Tamu Pemerintah Daerah|Orang/Kali|125.000
makan_lapangan|Nasi Kotak Kegiatan Lapangan|Orang/Kali|40.000|Nasi kotak kegiatan lapangan;Makan petugas lapangan
snack_lapangan|Snack Kegiatan Lapangan|Orang/Kali|18.000|Snack petugas lapangan;Kudapan kegiatan lapangan
pmt_balita|Paket Makanan Tambahan Penyuluhan Balita (PMT lokal)|Paket|17.500|PMT penyuluhan balita;Makanan tambahan balita (PMT) lokal
"""),
("PAKET KEGIATAN RAPAT DI LUAR KANTOR", "SEWAGEDUNG", """
fullboard|Paket Fullboard Hotel Bintang 4 (Kota)|Orang/Hari|850.000
fullday|Paket Fullday Hotel Bintang 4 (Kota)|Orang/Kali|425.000|Paket fullday meeting hotel;Paket meeting fullday
halfday|Paket Halfday Hotel Bintang 4 (Kota)|Orang/Kali|325.000|Paket halfday meeting hotel;Paket meeting halfday
fullboard3|Paket Fullboard Hotel Bintang 3 (Kota)|Orang/Hari|650.000|Paket fullboard hotel bintang 3;Paket menginap fullboard *3
sewa_aula|Sewa Gedung Pertemuan/Aula kapasitas s.d. 300 orang|Hari|7.500.000|Sewa aula/gedung pertemuan;Sewa gedung pertemuan 300 org
sewa_ruang_kecil|Sewa Ruang Rapat kapasitas s.d. 50 orang|Hari|2.500.000|Sewa ruang rapat 50 org;Sewa ruang pertemuan kecil
"""),
("SEWA PERALATAN DAN PERLENGKAPAN", "SEWAALAT", """
tenda_5|Sewa Tenda Sarnafil 5 x 5 m|Unit/Hari|1.250.000|Sewa tenda sarnafil 5x5;Tenda sarnafil 5 x 5 m
tenda_6x12|Sewa Tenda Sarnafil 6 x 12 m|Unit/Hari|2.750.000|Sewa tenda 6x12 m;Tenda sarnafil 6 x 12
tenda_dekor|Sewa Tenda Dekorasi/Rumbai|M2/Hari|45.000
kursi_futura|Sewa Kursi Futura + Sarung|Buah/Hari|7.000|Sewa kursi futura;Kursi futura bersarung
kursi_vip|Sewa Kursi Sofa VIP|Buah/Hari|150.000
sound_2000|Sewa Sound System 2.000 watt|Paket/Hari|2.500.000|Sewa sound system 2000 W;Sound system 2.000 watt (sewa)
sound_5000|Sewa Sound System 5.000 watt|Paket/Hari|5.000.000|Sewa sound system 5000 W;Sound system 5.000 watt (sewa)
led_screen|Sewa LED Screen Indoor P3.9|M2/Hari|650.000|Sewa videotron P3.9;LED screen indoor (sewa)
genset|Sewa Genset 20 kVA termasuk operator|Unit/Hari|2.000.000|Sewa genset 20 kVA;Genset 20 KVA + operator
panggung|Sewa Panggung|M2/Hari|85.000|Sewa panggung;Panggung rakitan (sewa)
proyektor_sewa|Sewa LCD Proyektor + Layar|Unit/Hari|450.000|Sewa proyektor + layar;LCD proyektor (sewa harian)
"""),
("SEWA KENDARAAN DAN ALAT BERAT", "SEWAKEND", """
sewa_mpv|Sewa Kendaraan MPV (tanpa BBM dan pengemudi)|Unit/Hari|650.000|Sewa mobil MPV;Rental mobil MPV harian
sewa_minibus|Sewa Minibus 15 Seat (termasuk pengemudi)|Unit/Hari|1.200.000|Sewa minibus 15 seat;Sewa elf 15 penumpang
sewa_bus|Sewa Bus Pariwisata 45 Seat (termasuk pengemudi)|Unit/Hari|3.500.000|Sewa bus pariwisata 45 seat;Bus 45 seat (sewa)
sewa_pickup|Sewa Mobil Pick Up (termasuk pengemudi)|Unit/Hari|750.000|Sewa mobil pick up;Pick up + sopir (sewa)
sewa_dump|Sewa Dump Truck 6 m3 (termasuk pengemudi, tanpa BBM)|Unit/Hari|1.500.000|Sewa dump truck 6 m3;Dump truk 6 kubik (sewa)
sewa_excavator|Sewa Excavator PC-200 (termasuk operator)|Jam|485.000|Sewa excavator PC 200;Excavator 20 ton (per jam)
sewa_bulldozer|Sewa Bulldozer D6 (termasuk operator)|Jam|650.000|Sewa bulldozer D6;Bulldozer (per jam)
sewa_speedboat|Sewa Speedboat 10 Penumpang|Unit/Hari|2.250.000
"""),
("JASA TENAGA DAN JASA LAINNYA", "TENAGA", """
tng_kebersihan|Tenaga Kebersihan/Pasukan Kuning|OB|3.800.000|Upah tenaga kebersihan;Honor pasukan kuning
tng_satpam|Tenaga Keamanan/Satpam|OB|3.950.000
tng_sopir|Tenaga Pengemudi|OB|3.800.000|Upah pengemudi/sopir;Tenaga sopir truk
tng_admin|Tenaga Administrasi/Operator Komputer|OB|3.800.000|Tenaga operator komputer;Tenaga administrasi/operator
tng_operator_berat|Operator Alat Berat|OB|4.650.000|Operator alat berat TPA;Tenaga operator excavator/buldozer
dokumentasi|Jasa Dokumentasi Kegiatan (foto dan video)|Kegiatan|2.500.000|Jasa dokumentasi foto & video;Dokumentasi kegiatan
cuci_ac|Jasa Cuci/Service AC Split|Unit|125.000|Cuci AC split;Service AC berkala
service_mobil|Service Berkala Kendaraan Roda 4 (jasa dan bahan)|Kali|1.350.000|Service berkala mobil dinas;Servis berkala kendaraan R4
service_truk|Service Berkala Kendaraan Truk (jasa dan bahan)|Kali|2.250.000|Service berkala truk sampah;Servis truk pengangkut sampah
internet_50|Langganan Internet Dedicated 50 Mbps|Bulan|5.500.000|Internet dedicated 50 Mbps;Langganan internet 50 Mbps
internet_20|Langganan Internet Broadband 20 Mbps|Bulan|650.000
laundry|Jasa Laundry Kain/Taplak|Kg|15.000
"""),
]
