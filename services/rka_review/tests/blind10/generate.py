#!/usr/bin/env python3
"""Generator for blind set review10 (RKA review vs SSH/SBU). Deterministic (seeded).
Run with the scratch venv: /work/scratch/review10/bin/python generate.py"""
import json, os, random, math, sys
sys.dont_write_bytecode = True
from collections import defaultdict, OrderedDict

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, "data")
TRUTH = os.path.join(OUT, "truth")
os.makedirs(DATA, exist_ok=True); os.makedirs(TRUTH, exist_ok=True)
RNG = random.Random(20261203)

# ---------------------------------------------------------------- accounts
ACC = OrderedDict([
 ("BANGUNAN", ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi")),
 ("BBM", ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas")),
 ("PERTANIAN", ("5.1.02.01.01.0010", "Belanja Bahan-Bahan Pertanian/Bibit Tanaman")),
 ("ATK", ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")),
 ("KERTAS", ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover")),
 ("CETAK", ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak")),
 ("KOMP", ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer")),
 ("LISTRIK", ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik")),
 ("APD", ("5.1.02.01.01.0033", "Belanja Pakaian Kerja dan Perlengkapan Keselamatan")),
 ("OLAHRAGA", ("5.1.02.01.01.0034", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Pendukung Olahraga")),
 ("SUVENIR", ("5.1.02.01.01.0035", "Belanja Alat/Bahan untuk Kegiatan Kantor-Suvenir/Cendera Mata")),
 ("KEBERSIHAN", ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan")),
 ("BMHP", ("5.1.02.01.01.0037", "Belanja Obat-Obatan dan Bahan Medis Habis Pakai")),
 ("MAMIN", ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat")),
 ("PMT", ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan")),
 ("HONOR", ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia")),
 ("JASA_TENAGA", ("5.1.02.02.01.0016", "Belanja Jasa Tenaga Pelayanan Umum / Tenaga Harian Lepas")),
 ("JASA", ("5.1.02.02.01.0061", "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan")),
 ("SEWA_KEND", ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang")),
 ("SEWA_ALAT", ("5.1.02.02.04.0099", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan")),
 ("SEWA_GEDUNG", ("5.1.02.02.05.0009", "Belanja Sewa Gedung Pertemuan")),
 ("PEMEL_KEND", ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Kendaraan Dinas Bermotor")),
 ("PEMEL_RT", ("5.1.02.03.02.0117", "Belanja Pemeliharaan Alat Rumah Tangga-Alat Pendingin")),
 ("PERJADIN_LD", ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa")),
 ("PERJADIN_DK", ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota")),
 ("SERAH", ("5.1.02.05.01.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat")),
 ("MODAL_KEND4", ("5.2.02.02.01.0002", "Belanja Modal Kendaraan Bermotor Penumpang")),
 ("MODAL_KEND", ("5.2.02.02.01.0004", "Belanja Modal Kendaraan Bermotor Beroda Dua")),
 ("MODAL_KANTOR", ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya")),
 ("MODAL_MEBEL", ("5.2.02.05.02.0001", "Belanja Modal Mebel")),
 ("MODAL_RT", ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)")),
 ("MODAL_STUDIO", ("5.2.02.06.01.0002", "Belanja Modal Peralatan Studio Audio/Video")),
 ("MODAL_KOMUNIKASI", ("5.2.02.06.02.0002", "Belanja Modal Alat Komunikasi Radio")),
 ("MODAL_KEDOKTERAN", ("5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum")),
 ("MODAL_LAB", ("5.2.02.08.01.0013", "Belanja Modal Alat Laboratorium Lingkungan")),
 ("MODAL_PERAGA", ("5.2.02.09.01.0001", "Belanja Modal Alat Peraga Pendidikan")),
 ("MODAL_KOMP", ("5.2.02.10.01.0002", "Belanja Modal Personal Computer")),
 ("MODAL_GEDUNG", ("5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor")),
])
ACC_ORDER = list(ACC.keys())
# wrong accounts used to plant ACCOUNT_MISMATCH (clearly incompatible)
WRONG = {
 "ATK": ["MODAL_KANTOR"], "KERTAS": ["MODAL_KANTOR"], "CETAK": ["MODAL_KANTOR", "HONOR"],
 "KOMP": ["MODAL_KOMP"], "LISTRIK": ["MODAL_RT"], "BBM": ["ATK"], "BMHP": ["MODAL_KEDOKTERAN"],
 "PMT": ["ATK"], "BANGUNAN": ["ATK", "KOMP"], "KEBERSIHAN": ["MODAL_RT"], "APD": ["MODAL_KANTOR"],
 "PERTANIAN": ["ATK"], "SUVENIR": ["MODAL_KANTOR"], "OLAHRAGA": ["ATK"], "JASA": ["ATK"],
 "PEMEL_KEND": ["MODAL_KEND"], "PEMEL_RT": ["MODAL_RT"], "MODAL_KOMP": ["ATK", "KOMP"],
 "MODAL_KANTOR": ["ATK", "KOMP"], "MODAL_RT": ["LISTRIK", "ATK"], "MODAL_KEDOKTERAN": ["BMHP"],
 "MODAL_MEBEL": ["ATK"], "MODAL_KEND": ["PEMEL_KEND"], "MODAL_KOMUNIKASI": ["ATK", "LISTRIK"],
 "MODAL_STUDIO": ["KOMP", "ATK"], "MODAL_LAB": ["ATK", "LISTRIK"], "MODAL_PERAGA": ["ATK", "CETAK"],
 "HONOR": ["MAMIN", "ATK", "CETAK"], "PERJADIN_DK": ["HONOR", "ATK"], "PERJADIN_LD": ["SEWA_KEND"],
 "SEWA_KEND": ["MODAL_KEND4"], "SEWA_GEDUNG": ["MODAL_GEDUNG"], "SEWA_ALAT": ["MODAL_STUDIO", "MODAL_RT"],
 "MAMIN": ["ATK", "PERJADIN_DK"], "SERAH": ["ATK", "MAMIN"], "JASA_TENAGA": ["ATK", "BANGUNAN"],
}
PPN_CATS = {"ATK", "KERTAS", "CETAK", "KOMP", "LISTRIK", "APD", "OLAHRAGA", "SUVENIR", "KEBERSIHAN",
            "BMHP", "BANGUNAN", "PERTANIAN", "JASA", "SEWA_KEND", "SEWA_ALAT", "SEWA_GEDUNG", "PEMEL_KEND",
            "PEMEL_RT", "SERAH", "BBM"} | {k for k in ACC if k.startswith("MODAL")}

# ---------------------------------------------------------------- catalogues
# key | cat | name | spec | unit | price | alt name (used for reworded duplicates) | kode barang
SSH_RAW = """
pulpen|ATK|Pulpen Gel|Tinta hitam, 0,5 mm|Pcs|4500|Bolpoin gel tinta hitam|1.1.7.01.01.02.001
spidol|ATK|Spidol Whiteboard|Warna hitam/biru, isi ulang|Pcs|9500|Spidol papan tulis|1.1.7.01.01.02.004
map|ATK|Map Plastik Kancing|Ukuran folio, transparan|Pcs|3500|Map kancing plastik folio|1.1.7.01.01.02.010
ordner|ATK|Ordner / Box File|Lebar punggung 7 cm, folio|Pcs|42000|Ordner folio 7 cm|1.1.7.01.01.02.012
lakban|ATK|Lakban Bening|48 mm x 90 yard|Roll|14000|Isolasi bening lebar 48 mm|1.1.7.01.01.02.020
nametag|ATK|Name Tag + Tali|Plastik PVC, tali lanyard polos|Buah|8500|ID card peserta dengan tali|1.1.7.01.01.02.031
hvs_a4|KERTAS|Kertas HVS A4|70 gram, 1 rim isi 500 lembar|Rim|58000|Kertas A4 70 gr (rim)|1.1.7.01.01.03.001
hvs_f4|KERTAS|Kertas HVS F4|80 gram, 1 rim isi 500 lembar|Rim|68000|Kertas folio 80 gr (rim)|1.1.7.01.01.03.002
leaflet|CETAK|Cetak Leaflet|A4 lipat 3, art paper 120 gr, full colour|Lembar|2500|Leaflet lipat tiga full colour|1.1.7.01.01.04.003
buku_saku|CETAK|Cetak Buku Saku|A6, 40 halaman, cover art carton 210 gr|Eksemplar|18000|Booklet ukuran saku A6|1.1.7.01.01.04.006
sertifikat|CETAK|Cetak Sertifikat/Piagam|A4, BC 220 gr, full colour|Lembar|6000|Piagam A4 full colour|1.1.7.01.01.04.009
penggandaan|CETAK|Fotokopi / Penggandaan|A4, hitam putih|Lembar|300|Fotocopy bahan/materi|1.1.7.01.01.04.011
jilid|CETAK|Penjilidan Soft Cover|Dokumen s.d. 100 halaman|Buku|12000|Jilid soft cover dokumen|1.1.7.01.01.04.014
poster|CETAK|Cetak Poster|A3, art paper 150 gr, full colour|Lembar|7500|Poster A3 full colour|1.1.7.01.01.04.016
toner|KOMP|Toner Printer Laser|Tipe 85A (CE285A), original|Buah|985000|Cartridge toner 85A|1.1.7.01.01.06.002
tinta|KOMP|Tinta Printer Ink Tank|Original, 65 ml|Botol|95000|Refill tinta printer 65 ml|1.1.7.01.01.06.005
flashdisk|KOMP|Flashdisk|32 GB, USB 3.0|Buah|95000|USB flash drive 32 GB|1.1.7.01.01.06.009
baterai|LISTRIK|Baterai Alkaline|AA 1,5 V, isi 2|Pack|22000|Batu baterai AA (isi 2)|1.1.7.01.01.07.001
lampu_led|LISTRIK|Lampu LED|18 watt, fitting E27|Buah|45000|Bola lampu LED 18 W|1.1.7.01.01.07.004
kabel_roll|LISTRIK|Kabel Roll|10 meter, 4 lubang, SNI|Buah|135000|Stop kontak gulung 10 m|1.1.7.01.01.07.008
pertalite|BBM|Bensin Pertalite|RON 90|Liter|10000|BBM jenis Pertalite|1.1.7.01.02.01.001
dexlite|BBM|Solar Dexlite|CN 51|Liter|13500|BBM jenis Dexlite|1.1.7.01.02.01.003
oli|BBM|Oli Mesin|SAE 10W-40, kemasan 1 liter|Liter|72000|Pelumas mesin 1 L|1.1.7.01.02.02.001
masker|BMHP|Masker Medis|3 ply, earloop, isi 50|Box|35000|Masker bedah 3 lapis (box)|1.1.7.01.03.01.004
sarung_lateks|BMHP|Sarung Tangan Lateks|Non steril, ukuran M, isi 100|Box|78000|Handscoon lateks ukuran M|1.1.7.01.03.01.007
alcohol_swab|BMHP|Alcohol Swab|Alkohol 70%, isi 100|Box|25000|Kapas alkohol swab|1.1.7.01.03.01.010
pmt|PMT|Biskuit PMT Balita|Kemasan 540 gram, standar Kemenkes|Kotak|29000|Makanan tambahan biskuit balita|1.1.7.01.03.03.001
semen|BANGUNAN|Semen Portland|Kemasan 50 kg|Zak|78000|Semen PC 50 kg|1.1.7.01.04.01.001
pasir|BANGUNAN|Pasir Cor|Pasir sungai/Palu, bersih|m3|320000|Pasir beton|1.1.7.01.04.01.004
batu_split|BANGUNAN|Batu Split|Ukuran 2/3 cm|m3|465000|Koral split 2-3|1.1.7.01.04.01.006
besi10|BANGUNAN|Besi Beton Polos|Diameter 10 mm x 12 m, SNI|Batang|98000|Besi tulangan polos 10 mm|1.1.7.01.04.02.002
cat_tembok|BANGUNAN|Cat Tembok|Interior, kemasan 5 kg (pail)|Pail|185000|Cat dinding interior 5 kg|1.1.7.01.04.03.001
pipa_pvc4|BANGUNAN|Pipa PVC|Diameter 4 inch, tipe AW, panjang 4 m|Batang|215000|Pipa paralon 4 inch AW|1.1.7.01.04.04.003
uditch|BANGUNAN|U-Ditch Beton Pracetak|40 x 60 x 120 cm, K-350|Buah|1350000|Saluran pracetak U-ditch 40x60|1.1.7.01.04.05.002
cover_uditch|BANGUNAN|Cover U-Ditch|40 x 120 cm, K-350, heavy duty|Buah|485000|Tutup saluran U-ditch 40 cm|1.1.7.01.04.05.006
kayu_ulin|BANGUNAN|Kayu Ulin Balok|5/10 cm, panjang 4 m|Batang|285000|Balok ulin 5x10 4 m|1.1.7.01.04.06.001
sapu|KEBERSIHAN|Sapu Lidi Bergagang|Gagang kayu 1,2 m|Buah|25000|Sapu lidi gagang|1.1.7.01.05.01.002
kantong_sampah|KEBERSIHAN|Kantong Sampah Plastik|Hitam, 60 x 100 cm, isi 10|Pack|18000|Trash bag besar hitam|1.1.7.01.05.01.006
karbol|KEBERSIHAN|Cairan Pembersih Lantai|Kemasan 1 liter|Botol|27000|Karbol/pembersih lantai 1 L|1.1.7.01.05.01.009
sarung_kerja|APD|Sarung Tangan Kerja|Katun bintik|Pasang|9000|Glove kerja katun|1.1.7.01.05.02.001
sepatu_boot|APD|Sepatu Boot Karet|Tinggi 35 cm|Pasang|145000|Boot karet lapangan|1.1.7.01.05.02.003
helm|APD|Helm Proyek|SNI, dengan tali dagu|Buah|65000|Helm safety lapangan|1.1.7.01.05.02.005
rompi|APD|Rompi Reflektif|Scotlight, hijau stabilo|Buah|55000|Rompi safety scotlight|1.1.7.01.05.02.007
bibit_trembesi|PERTANIAN|Bibit Pohon Trembesi|Tinggi 1,5 - 2 m, polybag|Batang|45000|Bibit trembesi polybag|1.1.7.01.06.01.004
bibit_ketapang|PERTANIAN|Bibit Pohon Ketapang Kencana|Tinggi 2 m, polybag|Batang|95000|Bibit ketapang kencana 2 m|1.1.7.01.06.01.007
pupuk_npk|PERTANIAN|Pupuk NPK|16-16-16, kemasan 1 kg|Kg|18000|Pupuk majemuk NPK 16-16-16|1.1.7.01.06.02.001
pupuk_kandang|PERTANIAN|Pupuk Kandang|Karung 25 kg|Karung|25000|Pupuk organik kandang 25 kg|1.1.7.01.06.02.004
karangan_bunga|SUVENIR|Karangan Bunga Papan|Ucapan selamat/duka, 2 x 1,25 m|Buah|650000|Papan bunga ucapan|1.1.7.01.07.01.002
plakat|SUVENIR|Plakat Kenang-kenangan|Akrilik + kayu, 20 x 25 cm, dengan box|Buah|325000|Plakat akrilik berbox|1.1.7.01.07.01.005
jersey|OLAHRAGA|Kaos Olahraga / Jersey|Bahan dry-fit, sablon nama + nomor|Stel|165000|Jersey olahraga dry-fit|1.1.7.01.07.02.001
bola_futsal|OLAHRAGA|Bola Futsal|Ukuran 4, jahit mesin|Buah|285000|Bola futsal size 4|1.1.7.01.07.02.004
spanduk|JASA|Spanduk|Flexi 280 gr, 1 x 3 m, cetak + finishing|Lembar|150000|Banner flexi 1x3 m|1.1.7.02.01.01.001
baliho|JASA|Baliho|Flexi 340 gr, 4 x 6 m, termasuk pemasangan|Buah|2400000|Billboard 4x6 m|1.1.7.02.01.01.003
backdrop|JASA|Backdrop Kegiatan|Flexi 280 gr, 2 x 4 m|Lembar|400000|Latar panggung flexi 2x4|1.1.7.02.01.01.005
xbanner|JASA|X-Banner|60 x 160 cm, termasuk stand|Buah|135000|Standing banner X 60x160|1.1.7.02.01.01.007
dokumentasi|JASA|Jasa Dokumentasi Foto|Cetak + soft file, per kegiatan|Kegiatan|750000|Jasa foto dokumentasi kegiatan|1.1.7.02.01.02.001
servis_mobil|PEMEL_KEND|Servis Berkala Kendaraan Roda 4|Ganti oli, filter, tune up|Kali|1250000|Service rutin mobil dinas|1.1.7.02.03.01.001
servis_motor|PEMEL_KEND|Servis Berkala Kendaraan Roda 2|Ganti oli + tune up|Kali|185000|Service rutin motor dinas|1.1.7.02.03.01.002
ban_mobil|PEMEL_KEND|Ban Mobil|205/65 R15, tubeless|Buah|1150000|Ban luar mobil R15|1.1.7.02.03.01.006
servis_ac|PEMEL_RT|Cuci/Servis AC Split|AC split 1 - 2 PK|Unit|85000|Cuci AC split|1.1.7.02.03.02.001
laptop|MODAL_KOMP|Laptop / Notebook|Core i5 gen 13, RAM 16 GB, SSD 512 GB, 14 inch, Windows 11 Pro|Unit|14500000|Notebook Core i5 RAM 16 GB|1.3.2.10.01.02.002
pc_aio|MODAL_KOMP|PC All-in-One|Core i5, RAM 8 GB, SSD 512 GB, layar 23,8 inch|Unit|13250000|Komputer AIO Core i5|1.3.2.10.01.01.003
printer|MODAL_KANTOR|Printer Ink Tank|Print-scan-copy, A4|Unit|2850000|Printer multifungsi ink tank|1.3.2.05.01.05.010
proyektor|MODAL_KANTOR|LCD Proyektor|3.600 lumens, XGA, HDMI|Unit|6750000|Proyektor LCD 3600 lumens|1.3.2.05.01.05.014
layar_proj|MODAL_KANTOR|Layar Proyektor Tripod|70 inch|Unit|850000|Screen proyektor tripod 70 inch|1.3.2.05.01.05.016
ac_split|MODAL_RT|AC Split|1 PK, standar, termasuk instalasi|Unit|4850000|Air conditioner split 1 PK|1.3.2.05.02.04.001
dispenser|MODAL_RT|Dispenser Air|Galon bawah, hot & cold|Unit|1850000|Dispenser galon bawah|1.3.2.05.02.06.002
kulkas_vaksin|MODAL_KEDOKTERAN|Vaccine Refrigerator|Kapasitas 100 liter, WHO PQS|Unit|38500000|Lemari es penyimpan vaksin 100 L|1.3.2.07.01.01.021
antropometri|MODAL_KEDOKTERAN|Antropometri Kit Posyandu|Timbangan bayi & dewasa digital, infantometer, stadiometer, pita LILA|Set|4750000|Kit antropometri posyandu|1.3.2.07.01.01.030
tensimeter|MODAL_KEDOKTERAN|Tensimeter Digital|Lengan atas, memori 60, dengan adaptor|Unit|1150000|Alat ukur tekanan darah digital|1.3.2.07.01.01.033
meja_kerja|MODAL_MEBEL|Meja Kerja|Kayu olahan, 120 x 60 x 75 cm, 1/2 biro|Unit|2150000|Meja kerja setengah biro|1.3.2.05.02.01.001
kursi_kerja|MODAL_MEBEL|Kursi Kerja|Putar, sandaran sedang, hidrolik|Unit|1250000|Kursi putar hidrolik|1.3.2.05.02.01.005
lemari_arsip|MODAL_MEBEL|Lemari Arsip Besi|4 laci, folio|Unit|3650000|Filing cabinet 4 laci|1.3.2.05.02.01.009
meja_siswa|MODAL_MEBEL|Meja + Kursi Siswa|Rangka besi, top HPL, 1 meja 2 kursi|Set|1150000|Set meja kursi siswa|1.3.2.05.02.01.014
motor|MODAL_KEND|Sepeda Motor|Bebek/matic 110 - 125 cc|Unit|21500000|Kendaraan roda dua 125 cc|1.3.2.02.01.04.001
ht|MODAL_KOMUNIKASI|Handy Talky (HT)|VHF, 5 watt, lengkap charger|Unit|2750000|Radio HT VHF 5 W|1.3.2.06.02.02.004
kamera|MODAL_STUDIO|Kamera Digital Mirrorless|24 MP, lensa kit 15 - 45 mm|Unit|11500000|Kamera mirrorless 24 MP|1.3.2.06.01.02.007
water_meter|MODAL_LAB|Water Quality Meter Multiparameter|pH, DO, TDS, suhu, konduktivitas|Unit|18500000|Alat ukur kualitas air multiparameter|1.3.2.08.01.13.002
kit_ipa|MODAL_PERAGA|KIT IPA SD|Kit sains SD sesuai standar Kemendikbudristek|Set|7850000|Alat peraga IPA SD (1 set)|1.3.2.09.01.01.003
paket_sembako|SERAH|Paket Sembako|Beras 10 kg, minyak goreng 2 L, gula 2 kg, mi instan 10 bks, telur 1 tray|Paket|325000|Paket bahan pokok keluarga|1.1.7.03.01.01.001
selimut|SERAH|Selimut|Polar fleece, 150 x 200 cm|Lembar|85000|Selimut polar 150x200|1.1.7.03.01.01.004
kasur_lipat|SERAH|Kasur Lipat|Busa, 90 x 200 x 10 cm|Buah|425000|Kasur busa lipat 90x200|1.1.7.03.01.01.006
hygiene_kit|SERAH|Hygiene Kit|Sabun, sikat gigi, pasta gigi, sampo, handuk|Paket|95000|Paket perlengkapan kebersihan diri|1.1.7.03.01.01.009
kursi_roda|SERAH|Kursi Roda Standar|Rangka besi, lipat, roda 24 inch|Unit|1450000|Kursi roda lipat standar|1.1.7.03.01.02.001
buku_bacaan|SERAH|Buku Bacaan Anak|Cerita bergambar, A5, 32 halaman|Eksemplar|45000|Buku cerita bergambar anak|1.1.7.03.01.03.002
"""
SBU_RAW = """
hon_es2|HONOR|Honorarium Narasumber Pejabat Eselon II / yang disetarakan|Per jam pelajaran (JP)|OJ|1000000|Honor narsum eselon II|A.1
hon_es3|HONOR|Honorarium Narasumber Eselon III ke bawah / Profesional Non-ASN|Per jam pelajaran (JP)|OJ|900000|Honor narasumber (eselon III/profesional)|A.2
hon_moderator|HONOR|Honorarium Moderator|Per kegiatan|OK|700000|Honor moderator|A.3
hon_mc|HONOR|Honorarium Pembawa Acara|Per kegiatan|OK|400000|Honor MC / pembawa acara|A.4
hon_panitia|HONOR|Honorarium Panitia Pelaksana Kegiatan (Anggota)|Per kegiatan|OK|300000|Honor panitia pelaksana|A.5
hon_juri|HONOR|Honorarium Juri / Dewan Hakim Lomba|Per kegiatan|OK|500000|Honor juri lomba|A.6
hon_pengawas|HONOR|Honorarium Tim Teknis / Pengawas Lapangan|Per bulan|OB|650000|Honor tim pengawas lapangan|A.7
tenaga_harian|JASA_TENAGA|Upah Tenaga Harian Lepas (pekerja lapangan)|Per hari kerja|OH|150000|Upah pekerja harian|B.1
uh_dk|PERJADIN_DK|Uang Harian Perjalanan Dinas Dalam Kota (lebih dari 8 jam)|Seluruh golongan|OH|170000|Uang harian dinas dalam kota|C.1
transport_dk|PERJADIN_DK|Transport Lokal Perjalanan Dinas Dalam Kota|Seluruh golongan|OK|150000|Transport lokal dinas dalam kota|C.2
uh_jkt|PERJADIN_LD|Uang Harian Perjalanan Dinas Luar Daerah - DKI Jakarta|Seluruh golongan|OH|530000|Uang harian ke Jakarta|C.3
tiket_cgk|PERJADIN_LD|Tiket Pesawat Balikpapan - Jakarta PP|Kelas ekonomi|Orang/PP|4250000|Tiket pesawat BPN-CGK pulang pergi|C.4
hotel_jkt|PERJADIN_LD|Penginapan DKI Jakarta - Eselon III / Golongan III|Per malam|OM|992000|Hotel Jakarta gol. III|C.5
sewa_mobil|SEWA_KEND|Sewa Mobil Penumpang 7 Seat|Termasuk sopir dan BBM, dalam kota|Hari|850000|Rental mobil 7 penumpang + sopir|D.1
sewa_bus|SEWA_KEND|Sewa Bus Sedang 29 Seat|Termasuk sopir dan BBM, dalam kota|Hari|2750000|Rental bus 29 seat|D.2
sewa_gedung|SEWA_GEDUNG|Sewa Gedung Pertemuan / Aula|Kapasitas s.d. 200 orang|Hari|5500000|Sewa aula pertemuan|D.3
sewa_tenda|SEWA_ALAT|Sewa Tenda Kerucut|5 x 5 m, termasuk pemasangan|Unit/Hari|650000|Sewa tenda sarnafil 5x5|D.4
sewa_sound|SEWA_ALAT|Sewa Sound System|2.000 watt, termasuk operator|Paket/Hari|1500000|Sewa perangkat pengeras suara|D.5
sewa_kursi|SEWA_ALAT|Sewa Kursi Futura + Sarung|-|Buah/Hari|8000|Sewa kursi lipat bersarung|D.6
nasi_kotak|MAMIN|Makan Rapat (Nasi Kotak)|Rapat/kegiatan di dalam kota|OK|45000|Nasi kotak peserta|E.1
snack|MAMIN|Kudapan / Kue Kotak Rapat|Rapat/kegiatan di dalam kota|OK|20000|Snack box peserta|E.2
air_mineral|MAMIN|Air Mineral Gelas|Dus isi 48 gelas @220 ml|Dus|38000|Air mineral cup 220 ml (dus)|E.3
"""
def parse(raw, src):
    d = OrderedDict()
    for ln in raw.strip().splitlines():
        k, cat, name, spec, unit, price, alt, code = ln.split("|")
        d[k] = dict(key=k, cat=cat, name=name, spec=spec, unit=unit, price=int(price), alt=alt, code=code, src=src)
    return d
SSH = parse(SSH_RAW, "SSH"); SBU = parse(SBU_RAW, "SBU")
CAT = OrderedDict(list(SSH.items()) + list(SBU.items()))
PACK = {"pulpen": ("Box (isi 12)", 12), "spidol": ("Lusin", 12), "hvs_a4": ("Dus (isi 5 rim)", 5)}

# ---------------------------------------------------------------- RKA plans
# noref entries: (name, spec, unit, price, cat)
RKAS = [
 dict(id="R1", file="RKA_Dinkes_2026_Balita_PTM.xlsx", layout="A_flat_sheet_numeric",
      opd="Dinas Kesehatan Kota Samarinda", n=5,
      urusan="1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN",
      program="1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      kegiatan="1.02.02.2.01 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      subs=[
       dict(code="1.02.02.2.01.0003", name="Pengelolaan Pelayanan Kesehatan Balita",
            ind="Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", target="24.500 Orang",
            rel=["pmt", "antropometri", "leaflet", "buku_saku", "hvs_a4", "pulpen", "map", "nasi_kotak", "snack",
                 "hon_es3", "hon_moderator", "uh_dk", "masker", "spanduk", "kulkas_vaksin", "tinta", "laptop"],
            off=["jersey", "pupuk_npk", "karangan_bunga", "cat_tembok", "bola_futsal"],
            noref=[("Stiker Imunisasi Dasar Lengkap", "Vinyl, 10 x 10 cm, full colour", "Lembar", 1000, "CETAK"),
                   ("Cool Box Vaksin", "Kapasitas 5 liter, dengan 4 cool pack", "Buah", 1650000, "MODAL_KEDOKTERAN"),
                   ("Alat Permainan Edukatif (APE) Balok Kayu", "Isi 60 keping, finishing non-toksik", "Set", 375000, "SERAH"),
                   ("Tas Ransel Kader Posyandu", "Bahan cordura, bordir logo", "Buah", 210000, "SERAH")]),
       dict(code="1.02.02.2.01.0011", name="Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
            ind="Jumlah penderita hipertensi usia >= 15 tahun yang mendapatkan pelayanan kesehatan sesuai standar",
            target="41.200 Orang",
            rel=["tensimeter", "leaflet", "poster", "xbanner", "hvs_a4", "penggandaan", "nasi_kotak", "snack",
                 "hon_es2", "hon_panitia", "uh_dk", "sewa_mobil", "sewa_tenda", "sewa_kursi", "masker",
                 "dokumentasi", "spidol"],
            off=["bibit_trembesi", "ban_mobil", "paket_sembako", "kasur_lipat", "bola_futsal"],
            noref=[("Pita Ukur Lingkar Perut", "Fiber glass, 150 cm", "Buah", 15000, "BMHP"),
                   ("Strip Tes Gula Darah", "Untuk alat glukometer, isi 50", "Box", 235000, "BMHP"),
                   ("Kartu Kontrol Pasien Hipertensi", "Karton BC 210 gr, 2 sisi", "Lembar", 1500, "CETAK"),
                   ("Lancet Jarum Cek Darah", "Steril, sekali pakai, isi 100", "Box", 45000, "BMHP")])]),
 dict(id="R2", file="RKA_PUPR_2026_Drainase_Jalan.xlsx", layout="B_sheet_per_sub_textprice",
      opd="Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda", n=4,
      urusan="1.03 URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
      program="1.03.03 PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE / 1.03.10 PROGRAM PENYELENGGARAAN JALAN",
      kegiatan="Pengelolaan dan Pengembangan Sistem Drainase; Penyelenggaraan Jalan Kabupaten/Kota",
      subs=[
       dict(code="1.03.03.2.01.0004", name="Rehabilitasi Saluran Drainase Perkotaan (Kel. Sempaja Selatan)",
            ind="Panjang saluran drainase yang direhabilitasi", target="1.250 m",
            rel=["uditch", "cover_uditch", "semen", "pasir", "batu_split", "besi10", "pipa_pvc4", "tenaga_harian",
                 "sepatu_boot", "helm", "rompi", "sarung_kerja", "dokumentasi", "pertalite", "hon_pengawas", "nasi_kotak"],
            off=["jersey", "karangan_bunga", "pmt", "paket_sembako", "buku_bacaan"],
            noref=[("Geotextile Non Woven", "Berat 250 gr/m2", "m2", 18500, "BANGUNAN"),
                   ("Batu Bata Merah", "Ukuran 5 x 10 x 20 cm, press", "Buah", 1100, "BANGUNAN"),
                   ("Multiplek Bekisting", "Tebal 12 mm, 122 x 244 cm", "Lembar", 215000, "BANGUNAN")]),
       dict(code="1.03.10.2.01.0007", name="Pemeliharaan Rutin Jalan (Wilayah Samarinda Utara)",
            ind="Panjang jalan yang dipelihara rutin", target="18 km",
            rel=["semen", "pasir", "batu_split", "kayu_ulin", "tenaga_harian", "sepatu_boot", "rompi", "sapu",
                 "dexlite", "oli", "spanduk", "hon_pengawas", "snack"],
            off=["bola_futsal", "kulkas_vaksin", "tensimeter", "karangan_bunga"],
            noref=[("Aspal Dingin (Cold Mix) Kemasan", "Sak 25 kg, siap pakai", "Sak", 165000, "BANGUNAN"),
                   ("Cat Marka Jalan Thermoplastic", "Putih, termasuk glass bead", "Kg", 38000, "BANGUNAN"),
                   ("Besi Wiremesh", "M8, lembaran 2,1 x 5,4 m", "Lembar", 765000, "BANGUNAN")])]),
 dict(id="R3", file="RKA_Disdikbud_2026_Mebel_Lomba.xlsx", layout="C_split_koef_ppn",
      opd="Dinas Pendidikan dan Kebudayaan Kota Samarinda", n=4,
      urusan="1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
      program="1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
      kegiatan="1.01.02.2.02 Pengelolaan Pendidikan Sekolah Dasar",
      subs=[
       dict(code="1.01.02.2.02.0014", name="Pengadaan Mebel Sekolah",
            ind="Jumlah unit mebel sekolah yang disediakan", target="420 Set",
            rel=["meja_siswa", "lemari_arsip", "meja_kerja", "kursi_kerja", "hvs_a4", "spidol", "dokumentasi",
                 "uh_dk", "jilid", "sewa_mobil", "snack", "ordner"],
            off=["bola_futsal", "karangan_bunga", "pmt", "ac_split"],
            noref=[("Papan Tulis Whiteboard", "120 x 240 cm, rangka aluminium", "Buah", 1350000, "MODAL_KANTOR"),
                   ("Rak Buku Kelas", "Kayu olahan, 5 susun, 80 x 30 x 180 cm", "Unit", 1650000, "MODAL_MEBEL")]),
       dict(code="1.01.02.2.02.0023", name="Pembinaan Minat, Bakat dan Kreativitas Siswa SD (O2SN & FLS2N Tingkat Kota)",
            ind="Jumlah peserta didik SD yang mengikuti pembinaan/lomba", target="600 Orang",
            rel=["jersey", "bola_futsal", "sertifikat", "plakat", "backdrop", "spanduk", "sewa_sound", "sewa_tenda",
                 "sewa_kursi", "nasi_kotak", "air_mineral", "hon_juri", "hon_mc", "hon_panitia", "sewa_bus", "dokumentasi"],
            off=["semen", "kulkas_vaksin", "ban_mobil", "tensimeter", "pupuk_npk"],
            noref=[("Medali Lomba", "Kuningan lapis, diameter 6 cm, pita", "Buah", 45000, "SUVENIR"),
                   ("Piala / Trofi Juara", "3 susun, tinggi 60 cm", "Buah", 550000, "SUVENIR"),
                   ("Sewa Kostum Tari Daerah", "Lengkap aksesoris, per stel", "Stel/Hari", 175000, "SEWA_ALAT")])]),
 dict(id="R4", file="RKA_Kec_Samarinda_Ulu_2026_SIPD.pdf", layout="D_sipd_text_pdf",
      opd="Kecamatan Samarinda Ulu", n=4,
      urusan="7 UNSUR KEWILAYAHAN / 7.01 KECAMATAN",
      program="7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      kegiatan="7.01.02.2.01 Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait",
      subs=[
       dict(code="7.01.02.2.01.0001", name="Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan",
            ind="Jumlah dokumen hasil Musrenbang Kecamatan", target="1 Dokumen",
            rel=["sewa_gedung", "sewa_sound", "sewa_kursi", "nasi_kotak", "snack", "air_mineral", "hon_es2", "hon_es3",
                 "hon_moderator", "hon_mc", "hon_panitia", "uh_dk", "transport_dk", "hvs_a4", "hvs_f4", "map",
                 "pulpen", "nametag", "penggandaan", "jilid", "backdrop", "spanduk", "flashdisk", "tinta"],
            off=["bibit_trembesi", "jersey", "pmt", "sepatu_boot", "tiket_cgk"],
            noref=[("Goodie Bag Kain Blacu", "30 x 40 cm, sablon 1 warna", "Buah", 17500, "ATK"),
                   ("Sewa Layar LED Videotron", "3 x 2 m indoor, termasuk operator", "Paket/Hari", 4500000, "SEWA_ALAT"),
                   ("Jasa Live Streaming", "2 kamera + streaming YouTube", "Paket", 3500000, "JASA"),
                   ("Tumbler Stainless Logo Kecamatan", "500 ml, grafir logo", "Buah", 65000, "SUVENIR")])]),
 dict(id="R5", file="RKA_DLH_2026_Penghijauan_scan.jpg", layout="E_scan_image",
      opd="Dinas Lingkungan Hidup Kota Samarinda", n=2,
      urusan="2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP",
      program="2.11.07 PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      kegiatan="2.11.07.2.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      subs=[
       dict(code="2.11.07.2.01.0004", name="Penghijauan Ruang Terbuka Hijau dan Sempadan Sungai Karang Mumus",
            ind="Jumlah pohon yang ditanam", target="2.000 Batang",
            rel=["bibit_trembesi", "bibit_ketapang", "pupuk_kandang", "pupuk_npk", "tenaga_harian", "sarung_kerja",
                 "sepatu_boot", "pertalite", "spanduk", "sewa_tenda", "nasi_kotak", "snack", "dokumentasi"],
            off=["tensimeter", "pmt", "kulkas_vaksin"],
            noref=[("Ajir Bambu", "Panjang 1,5 m", "Batang", 3500, "PERTANIAN"),
                   ("Polybag Bibit", "Hitam, 35 x 35 cm", "Lembar", 1200, "PERTANIAN")])]),
 dict(id="R6", file="RKA_Dinsos_2026_Bencana_Disabilitas.xlsx", layout="F_long_account_column",
      opd="Dinas Sosial Kota Samarinda", n=4,
      urusan="1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL",
      program="1.06.04 PROGRAM REHABILITASI SOSIAL / 1.06.06 PROGRAM PENANGANAN BENCANA",
      kegiatan="Rehabilitasi Sosial Penyandang Disabilitas; Perlindungan Sosial Korban Bencana",
      subs=[
       dict(code="1.06.06.2.01.0002", name="Penyediaan Makanan, Sandang dan Kebutuhan Dasar bagi Korban Bencana Kebakaran/Banjir",
            ind="Jumlah KK korban bencana yang terpenuhi kebutuhan dasarnya", target="350 KK",
            rel=["paket_sembako", "selimut", "kasur_lipat", "hygiene_kit", "air_mineral", "nasi_kotak", "sewa_tenda",
                 "pertalite", "uh_dk", "dokumentasi", "hvs_a4", "map", "sarung_kerja", "masker", "rompi"],
            off=["ban_mobil", "pupuk_npk", "kulkas_vaksin", "plakat"],
            noref=[("Tikar Plastik Lipat", "Anyaman plastik, 2 x 3 m", "Lembar", 65000, "SERAH"),
                   ("Paket Pakaian Anak", "3 stel kaos + celana, usia 3-10 th", "Paket", 150000, "SERAH"),
                   ("Terpal Plastik", "4 x 6 m, tebal A5", "Lembar", 135000, "SERAH")]),
       dict(code="1.06.04.2.01.0003", name="Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Luar Panti",
            ind="Jumlah penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", target="120 Orang",
            rel=["kursi_roda", "hygiene_kit", "nasi_kotak", "snack", "hon_es3", "hon_panitia", "sertifikat",
                 "xbanner", "penggandaan", "uh_dk", "sewa_bus", "ordner"],
            off=["bibit_ketapang", "besi10", "servis_ac", "bola_futsal"],
            noref=[("Tongkat Kaki Empat (Quad Cane)", "Aluminium, tinggi dapat diatur", "Buah", 325000, "SERAH"),
                   ("Alat Bantu Dengar", "Digital BTE, 1 sisi", "Unit", 2750000, "SERAH"),
                   ("Kruk Ketiak", "Aluminium, sepasang, adjustable", "Pasang", 375000, "SERAH")])]),
]

# ---------------------------------------------------------------- helpers
def step_for(p):
    return 100 if p < 20000 else (500 if p < 200000 else (1000 if p < 2000000 else 5000))

def koef_for(it, rng):
    u = it["unit"]
    if u in ("OK",) and it["cat"] == "MAMIN":
        a, b = rng.choice([25, 30, 40, 50, 60, 75, 100]), rng.choice([1, 2, 3, 4])
        return [(a, "Orang"), (b, "Kali")], "OK"
    if u == "OJ":
        return [(rng.choice([1, 2, 3]), "Orang"), (rng.choice([2, 3]), "Jam")], "OJ"
    if u == "OK":
        return [(rng.choice([1, 2] if it["key"] in ("hon_moderator", "hon_mc") else [2, 3, 5, 8]), "Orang"), (rng.choice([1, 2]), "Kali")], "OK"
    if u == "OH":
        return [(rng.choice([2, 4, 6, 10]), "Orang"), (rng.choice([2, 3, 5, 8]), "Hari")], "OH"
    if u == "OB":
        return [(rng.choice([2, 3, 4]), "Orang"), (rng.choice([3, 4, 6]), "Bulan")], "OB"
    if u in ("Hari", "Unit/Hari", "Paket/Hari", "Buah/Hari", "Stel/Hari"):
        base = u.split("/")[0]
        if base == "Hari":
            return [(rng.choice([1, 2, 3, 4]), "Unit"), (rng.choice([1, 2, 3]), "Hari")], "Unit Hari"
        q = rng.choice([150, 200, 250]) if base == "Buah" else rng.choice([1, 2, 4, 6])
        return [(q, base), (rng.choice([1, 2]), "Hari")], u
    if u == "Orang/PP":
        return [(rng.choice([2, 3]), "Orang"), (1, "Kali")], "Orang/PP"
    if u == "OM":
        return [(rng.choice([2, 3]), "Orang"), (3, "Malam")], "OM"
    p = it["price"]
    if p >= 5000000: q = rng.choice([1, 2, 3, 4, 5])
    elif p >= 1000000: q = rng.choice([2, 4, 5, 6, 8, 10, 12, 20])
    elif p >= 100000: q = rng.choice([5, 10, 12, 15, 20, 24, 30, 40])
    elif p >= 10000: q = rng.choice([10, 20, 25, 30, 50, 60, 100])
    else: q = rng.choice([100, 200, 250, 500, 600, 1000])
    if it["key"] in ("uditch", "cover_uditch"): q = rng.choice([180, 240, 300])
    if it["key"] == "meja_siswa": q = 420
    if it["key"] == "dokumentasi": q = rng.choice([1, 2, 3, 4, 6])
    if it["key"] in ("karangan_bunga", "plakat", "backdrop", "baliho"): q = rng.choice([2, 3, 5, 6])
    if it["key"] == "pmt": q = rng.choice([800, 1200, 1500])
    if it["key"] in ("bibit_trembesi", "bibit_ketapang"): q = rng.choice([600, 800, 1000])
    if it["key"] == "paket_sembako": q = 350
    if it["key"] == "penggandaan": q = rng.choice([3000, 4500, 6000])
    if it["key"] in ("pertalite", "dexlite"): q = rng.choice([300, 400, 600])
    return [(q, u)], u

def prod(k):
    r = 1
    for a, _ in k: r *= a
    return r

def koef_text(k):
    return " x ".join(f"{a:,}".replace(",", ".") + f" {s}" for a, s in k)

def rupiah(v, prefix="Rp "):
    s = f"{int(round(v)):,}".replace(",", ".")
    return prefix + s

def clean_price(ref, rng):
    if rng.random() < 0.65: return ref
    st = step_for(ref)
    return max(st, int(ref * rng.uniform(0.9, 0.99)) // st * st)

def over_price(ref, rng):
    st = step_for(ref)
    return int(math.ceil(ref * rng.uniform(1.25, 1.9) / st) * st)

def typo_total(t, rng):
    s = str(t)
    opts = []
    opts.append(t * 10)                         # extra zero
    if s.endswith("0"): opts.append(t // 10)   # dropped zero
    # transpose two leading digits
    if len(s) >= 3 and s[0] != s[1]: opts.append(int(s[1] + s[0] + s[2:]))
    if len(s) >= 4 and s[1] != s[2]: opts.append(int(s[0] + s[2] + s[1] + s[3:]))
    opts.append(t + int("1" + "0" * (len(s) - 2)))   # +1 on second digit
    opts = [o for o in opts if abs(o - t) >= max(1000, 0.02 * t)]
    return rng.choice(opts)

# ---------------------------------------------------------------- build lines
def build(rka):
    rng = random.Random(RNG.randint(0, 10**9))
    n = rka["n"]; has_ppn = rka["layout"] in ("C_split_koef_ppn", "D_sipd_text_pdf")
    lines = []
    def mk(sub_i, it_key=None, noref=None, acct=None, labels=None, kind="base"):
        if noref:
            name, spec, unit, price, cat = noref
            k, vu = ([(rng.choice([2, 5, 10, 20, 50]), unit)], unit) if "/" not in unit else \
                ([(rng.choice([1, 2]), unit.split("/")[0]), (1, "Hari")], unit)
            if "/" not in unit:
                k, vu = koef_for(dict(key="_noref", unit=unit, price=price, cat=cat), rng)
            ln = dict(item=None, name=name, spec=spec, cat=cat, ref=None, koef=k, unit=vu, price=price)
        else:
            it = CAT[it_key]; k, vu = koef_for(it, rng)
            ln = dict(item=it_key, name=it["name"], spec=it["spec"], cat=it["cat"], ref=it["price"], koef=k,
                      unit=vu, price=clean_price(it["price"], rng), pack=1)
            if it_key in PACK and rng.random() < 0.6 and len(k) == 1:
                pu, pn = PACK[it_key]; ln["unit"] = pu; ln["pack"] = pn
                ln["koef"] = [(max(2, k[0][0] // pn // 5 * 5), pu)]; ln["price"] = it["price"] * pn
        ln.update(sub=sub_i, acct=acct or ln["cat"], labels=list(labels or []), kind=kind)
        ln["volume"] = prod(ln["koef"])
        return ln
    for si, sub in enumerate(rka["subs"]):
        for key in sub["rel"]:
            lines.append(mk(si, key))
    base = [l for l in lines]
    # mutations on base lines
    def pick(pool, m, avoid=()):
        pool = [l for l in pool if id(l) not in avoid]
        return rng.sample(pool, m)
    over = pick(base, n); ov_ids = {id(l) for l in over}
    for l in over:
        l["price"] = over_price(l["ref"], rng) * l.get("pack", 1); l["labels"].append("OVERPRICED")
    # arithmetic: allow 1 overlap with overpriced
    ar = pick(base, n - 1, ov_ids) + [rng.choice(over)]
    for l in ar:
        l["arith"] = True; l["labels"].append("ARITHMETIC")
    used = {id(l) for l in ar} | ov_ids
    ac = pick(base, n - 1, used) + [rng.choice([l for l in over if "ARITHMETIC" not in l["labels"]] or over)]
    for l in ac:
        l["acct"] = rng.choice(WRONG[l["cat"]]); l["labels"].append("ACCOUNT_MISMATCH")
    # inserted lines: noref, offtarget, duplicates, spread over subs
    subs_cycle = [i % len(rka["subs"]) for i in range(n)]
    rng.shuffle(subs_cycle)
    nr_used = defaultdict(int); off_used = defaultdict(int)
    for si in subs_cycle:
        sub = rka["subs"][si]
        lines.append(mk(si, noref=sub["noref"][nr_used[si] % len(sub["noref"])], labels=["NO_PRICE_REFERENCE"], kind="noref"))
        nr_used[si] += 1
    rng.shuffle(subs_cycle)
    for si in subs_cycle:
        sub = rka["subs"][si]
        lines.append(mk(si, sub["off"][off_used[si]], labels=["OFF_TARGET"], kind="off")); off_used[si] += 1
    rng.shuffle(subs_cycle)
    clean_base = [l for l in base if not l["labels"] and l.get("pack", 1) == 1]
    dup_src = []
    for si in subs_cycle:
        cands = [l for l in clean_base if l["sub"] == si and l not in dup_src]
        dup_src.append(rng.choice(cands))
    for src in dup_src:
        d = mk(src["sub"], src["item"], labels=["DUPLICATE"], kind="dup")
        d["name"] = CAT[src["item"]]["alt"]; d["dup_of_item"] = src["item"]; d["spec"] = src["spec"]
        d["price"] = src["price"]
        if len(src["koef"]) == 2 and rng.random() < 0.5:
            d["koef"] = [(src["volume"], src["unit"])]; d["unit"] = src["unit"]
        else:
            d["koef"] = list(src["koef"]); d["unit"] = src["unit"]
        d["volume"] = prod(d["koef"])
        lines.append(d)
    # mark sources so ordering puts duplicate after
    for src in dup_src: src["is_dup_src"] = True
    # a couple of extra combos: one noref line also arithmetic
    extra = rng.choice([l for l in lines if l["kind"] == "noref"])
    extra["arith"] = True; extra["labels"].append("ARITHMETIC")
    # order: by sub, by account order, base before inserted, dup last within group
    korder = {"base": 0, "off": 1, "noref": 1, "dup": 2}
    for l in lines: l["_r"] = rng.random()
    lines.sort(key=lambda l: (l["sub"], ACC_ORDER.index(l["acct"]), korder[l["kind"]], l["_r"]))
    # numbers and totals
    for i, l in enumerate(lines, 1):
        l["ppn_rate"] = (11 if l["cat"] in PPN_CATS else 0) if has_ppn else 0
        if l.get("arith") and len(l["koef"]) == 2 and rng.random() < 0.5:
            # stated volume disagrees with koefisien product
            v = l["volume"]; l["volume"] = v + rng.choice([v // 2 or 3, 5, 10, -(v // 3) or 2])
            l["arith_kind"] = "volume"
        base_t = l["volume"] * l["price"]
        l["ppn"] = int(round(base_t * l["ppn_rate"] / 100))
        true_t = base_t + l["ppn"]
        if l.get("arith") and l.get("arith_kind") != "volume":
            l["jumlah"] = typo_total(true_t, rng); l["arith_kind"] = "jumlah"
        else:
            l["jumlah"] = true_t
    return lines

ALL = {}
for r in RKAS:
    ALL[r["id"]] = build(r)

# number formats per file
for r in RKAS:
    ls = ALL[r["id"]]
    if r["layout"].startswith("B_"):
        roman = ["I", "II", "III", "IV"]; cnt = defaultdict(int)
        for l in ls:
            cnt[l["sub"]] += 1; l["no"] = f"{roman[l['sub']]}.{cnt[l['sub']]}"
    elif r["layout"].startswith("F_"):
        for i, l in enumerate(ls, 1): l["no"] = str(100 + i)
    else:
        for i, l in enumerate(ls, 1): l["no"] = str(i)

import writers  # noqa: E402  (layout writers live in writers.py)
writers.write_all(RKAS, ALL, SSH, SBU, ACC, DATA, TRUTH, rupiah, koef_text)
print("done")
