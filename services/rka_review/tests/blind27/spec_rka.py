# -*- coding: utf-8 -*-
"""Sub-kegiatan definitions: on-target pools, off-target items, items with no catalogue counterpart.
pool entry:  "key[#unitIndex] | koefisien"  (koefisien parts joined by ' x ')
noref entry: (name, spec, unit, price, account, koef)
"""

SUBS = {
# ------------------------------------------------------------------ Dinas Pendidikan
"S1": dict(
    file="L1", opd="Dinas Pendidikan dan Kebudayaan",
    urusan="1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
    program="1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
    kegiatan="1.01.02.2.02 Pengelolaan Pendidikan Sekolah Menengah Pertama",
    code="1.01.02.2.02.0018", name="Pembinaan Minat, Bakat dan Kreativitas Siswa",
    output="Jumlah siswa SMP yang mengikuti lomba FLS3N/O2SN tingkat kota", target="450 Orang",
    lokasi="Kota Samarinda", n=26,
    pool="""
juri | 8 org x 1 keg
panitia_ketua | 1 org x 1 keg
panitia_angg | 12 org x 1 keg
mc | 2 org x 2 kali
makan_lapangan | 520 org x 2 hr
snack_lapangan | 520 org x 2 hr
air_gelas | 60 dus
piala_1 | 8 bh
piala_2 | 8 bh
piala_3 | 8 bh
medali | 72 bh
sertifikat | 480 lbr
spanduk | 24 m2
rollup | 4 bh
sewa_aula | 2 hr
sound_2000 | 2 hr
kursi_futura | 300 bh x 2 hr
kaos | 40 bh
id_card | 40 bh
hvs_a4_80#1 | 2 box
dokumentasi | 1 keg
tenda_5 | 4 unit x 2 hr
""",
    off=["seragam_or | 35 stel", "tv_55 | 1 unit", "inap_dki_es3 | 2 org x 3 hr"],
    noref=[("Papan Skor Digital Portable", "LED, 2 sisi, remote", "Unit", 3750000, "M_KANTOR", "2 unit"),
           ("Matras Pencak Silat", "busa 1 x 1 m, tebal 5 cm", "Lembar", 285000, "BAHAN", "40 lbr"),
           ("Lisensi Aplikasi Penilaian Lomba Daring", "langganan 1 tahun", "Paket", 4500000, "INTERNET", "1 pkt")],
),
"S2": dict(
    file="L1", opd="Dinas Pendidikan dan Kebudayaan",
    urusan="1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
    program="1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
    kegiatan="1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar",
    code="1.01.02.2.01.0015", name="Pengembangan Karir Pendidik dan Tenaga Kependidikan pada Satuan Pendidikan Sekolah Dasar",
    output="Jumlah guru SD yang mengikuti workshop peningkatan kompetensi pembelajaran", target="120 Orang",
    lokasi="Kota Samarinda", n=24,
    pool="""
ns_es2 | 1 org x 2 jam
ns_es3 | 3 org x 4 jam
ns_internal | 2 org x 3 jam
moderator | 3 org x 1 kali
fullboard3 | 120 org x 3 hr
modul_a4 | 130 eks
sertifikat | 125 lbr
tinta_bk | 4 btl
hvs_a4_70 | 10 rim
map_snel_pl | 12 pak
name_tag | 135 bh
spanduk | 8 m2
fd_64 | 10 bh
pointer | 2 bh
panitia_ketua | 1 org x 1 keg
panitia_angg | 8 org x 1 keg
proyektor_sewa | 4 unit x 3 hr
dokumentasi | 1 keg
buku_tulis#1 | 130 bh
spidol_wb#1 | 24 bh
""",
    off=["laptop_i7 | 2 unit", "sewa_bus | 3 unit x 1 hr"],
    noref=[("Voucher Paket Data Peserta", "kuota 15 GB, 30 hari", "Buah", 95000, "INTERNET", "120 bh"),
           ("Goodie Bag Kanvas", "sablon 1 warna, 35 x 40 cm", "Buah", 45000, "BAHAN", "125 bh")],
),
# ------------------------------------------------------------------ Dinas Kesehatan
"S3": dict(
    file="L2", opd="Dinas Kesehatan",
    urusan="1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN",
    program="1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    kegiatan="1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    code="1.02.02.2.02.0004", name="Pengelolaan Pelayanan Kesehatan Balita",
    output="Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", target="46.850 Balita",
    lokasi="26 Puskesmas se-Kota Samarinda", n=22,
    pool="""
timbangan_bayi | 26 unit
alat_ukur_pb | 26 unit
pmt_balita | 1.200 pkt
transport_kader | 60 org x 4 kali
makan_rapat | 40 org x 2 kali
snack_rapat | 40 org x 2 kali
leaflet | 2.000 lbr
buku_a5 | 300 eks
hvs_a4_80 | 15 rim
tinta_bk | 6 btl
map_snel_kt#1 | 100 bh
ns_internal | 2 org x 4 jam
masker_medis#1 | 600 bh
hand_sanitizer | 26 btl
termometer_ir | 26 unit
spanduk | 12 m2
""",
    off=["sofa | 1 set", "sepatu_or | 30 psg"],
    noref=[("Pita LiLA", "pita lingkar lengan atas, isi 50", "Pak", 125000, "MEDIS", "26 pak"),
           ("Antropometri Kit Posyandu", "set lengkap dalam koper", "Set", 4850000, "M_KES", "10 set"),
           ("Alat Peraga Edukasi Stunting", "boneka peraga + poster + lembar balik", "Set", 1450000, "BAHAN", "26 set")],
),
"S4": dict(
    file="L2", opd="Dinas Kesehatan",
    urusan="1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN",
    program="1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    kegiatan="1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    code="1.02.02.2.02.0022", name="Pengelolaan Surveilans Kesehatan",
    output="Jumlah kasus DBD yang ditindaklanjuti penyelidikan epidemiologi dan fogging fokus", target="100 %",
    lokasi="10 Kecamatan se-Kota Samarinda", n=22,
    pool="""
abate | 150 kg
insektisida | 120 ltr
mesin_fogging | 2 unit
solar_ds | 1.500 ltr
pertalite | 600 ltr
rdt_dbd | 40 kit
n95 | 300 bh
nitril#1 | 1.000 psg
makan_lapangan | 24 org x 20 kali
transport_kader | 100 org x 6 kali
leaflet | 3.000 lbr
sewa_pickup | 2 unit x 20 hr
uh_kaltim_dk | 12 org x 10 hr
boot | 24 psg
rompi | 24 bh
hvs_a4_70 | 10 rim
""",
    off=["karangan_bunga | 6 bh", "tv_43 | 2 unit"],
    noref=[("Ovitrap (Perangkap Telur Nyamuk)", "plastik hitam + kain kasa", "Buah", 35000, "MEDIS", "500 bh"),
           ("Aspirator Nyamuk Dewasa", "manual, tabung kaca", "Buah", 275000, "MEDIS", "10 bh")],
),
# ------------------------------------------------------------------ UPTD Pengelolaan Sampah
"S5": dict(
    file="L3", opd="UPTD Pengelolaan Sampah - Dinas Lingkungan Hidup",
    urusan="2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP",
    program="2.11.11 PROGRAM PENGELOLAAN PERSAMPAHAN",
    kegiatan="2.11.11.2.01 Pengelolaan Sampah",
    code="2.11.11.2.01.0003", name="Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir",
    output="Volume sampah yang terangkut dari TPS ke TPA", target="198.000 Ton",
    lokasi="10 Kecamatan", n=19,
    pool="""
solar_ds | 96.000 ltr
oli_mesin | 480 ltr
gemuk | 24 klg
service_truk | 32 unit x 3 kali
tng_kebersihan | 120 org x 12 bln
tng_sopir | 32 org x 12 bln
kantong_90 | 1.200 pak
karung | 5.000 lbr
garu | 120 bh
sapu_lidi | 600 bh
sarung_tangan_kerja#1 | 1.440 psg
jas_hujan | 152 stel
gerobak | 15 unit
tong_120 | 60 bh
""",
    off=["sewa_bus | 2 unit x 2 hr", "piala_bergilir | 1 bh"],
    noref=[("Jaring Penutup Bak Truk (Waring)", "HDPE, 6 x 4 m", "Lembar", 325000, "BERSIH", "32 lbr"),
           ("Bioaktivator EM4", "jerigen 1 liter", "Liter", 32000, "BAHAN", "200 ltr")],
),
"S6": dict(
    file="L3", opd="UPTD Pengelolaan Sampah - Dinas Lingkungan Hidup",
    urusan="2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP",
    program="2.11.11 PROGRAM PENGELOLAAN PERSAMPAHAN",
    kegiatan="2.11.11.2.01 Pengelolaan Sampah",
    code="2.11.11.2.01.0007", name="Pengelolaan Tempat Pemrosesan Akhir (TPA) Sampah",
    output="Luas sel aktif TPA yang tertutup tanah penutup (cover soil) sesuai standar", target="4,5 Ha",
    lokasi="TPA Sambutan", n=17,
    pool="""
sewa_excavator | 2 unit x 600 jam
sewa_bulldozer | 1 unit x 500 jam
tng_operator_berat | 6 org x 12 bln
solar_ds | 24.000 ltr
oli_hidrolik | 12 pail
desinfektan | 48 jrg
insektisida | 60 ltr
boot | 40 psg
helm_proyek | 40 bh
sepatu_safety | 12 psg
komposter | 50 unit
mesin_rumput | 2 unit
""",
    off=["seragam_or | 40 stel", "karangan_bunga | 4 bh"],
    noref=[("Mesin Pencacah Plastik", "kapasitas 300 kg/jam, mesin diesel 16 PK", "Unit", 68500000, "M_BERSIH", "1 unit"),
           ("Kalibrasi Jembatan Timbang", "kapasitas 30 ton, sertifikat metrologi", "Kali", 7500000, "JASALAIN", "1 kali"),
           ("Geomembran HDPE", "tebal 1,5 mm", "M2", 98000, "BAHAN", "1.200 m2")],
),
# ------------------------------------------------------------------ Bagian PBJ Setda
"S7": dict(
    file="L4", opd="Sekretariat Daerah - Bagian Pengadaan Barang dan Jasa",
    urusan="4.01 SEKRETARIAT DAERAH",
    program="4.01.07 PROGRAM PENGADAAN BARANG DAN JASA (PBJ)",
    kegiatan="4.01.07.2.01 Pengelolaan Pengadaan Barang dan Jasa",
    code="4.01.07.2.01.0001", name="Pengelolaan Pengadaan Barang dan Jasa",
    output="Jumlah paket pengadaan barang/jasa yang dilaksanakan melalui tender/seleksi", target="180 Paket",
    lokasi="Kota Samarinda", n=23,
    pool="""
pokja_500 | 3 org x 60 pkt
pokja_1m | 3 org x 55 pkt
pokja_2_5m | 3 org x 40 pkt
pokja_5m | 5 org x 18 pkt
pejabat_pengadaan | 1 org x 150 pkt
pengelola_pbj | 12 org x 12 bln
admin_lpse | 3 org x 12 bln
makan_rapat | 15 org x 96 kali
snack_rapat | 15 org x 96 kali
hvs_f4_80#1 | 12 box
ordner | 120 bh
box_arsip | 150 bh
toner_85 | 12 bh
hdd_1 | 4 bh
internet_50 | 12 bln
tng_admin | 4 org x 12 bln
""",
    off=["piala_bergilir | 2 bh", "tenda_6x12 | 2 unit x 2 hr"],
    noref=[("Sertifikat Elektronik (Tanda Tangan Digital) Pokja", "masa berlaku 2 tahun", "Orang", 350000, "INTERNET", "45 org"),
           ("Lemari Arsip Mobile (Roll O'Pack)", "6 compartment, manual", "Unit", 38500000, "M_MEBEL", "1 unit")],
),
"S8": dict(
    file="L4", opd="Sekretariat Daerah - Bagian Pengadaan Barang dan Jasa",
    urusan="4.01 SEKRETARIAT DAERAH",
    program="4.01.07 PROGRAM PENGADAAN BARANG DAN JASA (PBJ)",
    kegiatan="4.01.07.2.03 Pembinaan dan Advokasi Pengadaan Barang dan Jasa",
    code="4.01.07.2.03.0002", name="Pembinaan Sumber Daya Manusia Pengadaan Barang dan Jasa (Bimbingan Teknis Pelaku Pengadaan)",
    output="Jumlah pelaku pengadaan yang mengikuti bimbingan teknis dan uji kompetensi", target="80 Orang",
    lokasi="Kota Samarinda", n=21,
    pool="""
ns_es2 | 2 org x 3 jam
ns_es3 | 4 org x 6 jam
moderator | 3 org x 1 kali
fullboard | 80 org x 3 hr
tiket_jkt | 2 org x 1 pp
taksi_jkt | 2 org x 1 pp
uh_dki_lk | 2 org x 3 hr
inap_dki_gol3 | 2 org x 2 hr
modul_a4 | 90 eks
sertifikat | 85 lbr
name_tag | 90 bh
backdrop | 1 bh
panitia_ketua | 1 org x 1 keg
panitia_sekr | 1 org x 1 keg
""",
    off=["sewa_speedboat | 1 unit x 2 hr", "sepatu_or | 10 psg"],
    noref=[("Biaya Uji Kompetensi PBJ Level-1", "per peserta, LSP", "Orang", 1250000, "JASALAIN", "40 org"),
           ("Tumbler Stainless + Grafir", "500 ml", "Buah", 85000, "BAHAN", "85 bh"),
           ("Sewa Aplikasi Ujian CBT", "per sesi, 80 peserta", "Sesi", 2750000, "INTERNET", "2 sesi")],
),
# ------------------------------------------------------------------ Dinas Perindustrian
"S9": dict(
    file="L5", opd="Dinas Perindustrian",
    urusan="3.31 URUSAN PEMERINTAHAN BIDANG PERINDUSTRIAN",
    program="3.31.03 PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI KABUPATEN/KOTA",
    kegiatan="3.31.03.2.02 Pembinaan IKM dalam Pemenuhan Standar dan Daya Saing",
    code="3.31.03.2.02.0004", name="Fasilitasi Peningkatan Kualitas Kemasan dan Label Produk Industri Kecil dan Menengah",
    output="Jumlah IKM yang difasilitasi perbaikan kemasan dan label produk", target="60 IKM",
    lokasi="Kota Samarinda", n=26,
    pool="""
standing_pouch#1 | 6.000 lbr
botol_pet | 30 pak
stiker_label | 12.000 lbr
sealer | 30 unit
continuous_sealer | 3 unit
ns_es3 | 2 org x 4 jam
ns_internal | 2 org x 2 jam
moderator | 2 org x 1 kali
makan_rapat | 70 org x 3 kali
snack_rapat | 70 org x 6 kali
sewa_ruang_kecil | 3 hr
hvs_a4_80 | 8 rim
tinta_bk | 3 btl
modul_a4 | 70 eks
sertifikat | 65 lbr
spanduk | 6 m2
transport_lokal | 60 org x 3 kali
kertas_label | 10 pak
dokumentasi | 1 keg
""",
    off=["tiket_dps | 3 org x 1 pp", "kulkas | 1 unit", "seragam_or | 20 stel"],
    noref=[("Jasa Desain Kemasan dan Label", "per produk, 3 alternatif desain", "Produk", 750000, "JASALAIN", "60 prod"),
           ("Uji Nilai Gizi Produk di Laboratorium", "per sampel, 9 parameter", "Sampel", 1150000, "JASALAIN", "20 smp"),
           ("Fasilitasi Pendaftaran Merek (HKI)", "per kelas merek, permohonan daring", "Merek", 1800000, "JASALAIN", "25 mrk")],
),
# ------------------------------------------------------------------ Bagian Kesra Setda
"S10": dict(
    file="L6", opd="Sekretariat Daerah - Bagian Kesejahteraan Rakyat",
    urusan="4.01 SEKRETARIAT DAERAH",
    program="4.01.02 PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
    kegiatan="4.01.02.2.04 Pelaksanaan Kebijakan Kesejahteraan Rakyat",
    code="4.01.02.2.04.0003", name="Fasilitasi Pengembangan Keagamaan (Penyelenggaraan MTQ ke-49 Tingkat Kota Samarinda)",
    output="Jumlah kafilah kecamatan yang mengikuti MTQ tingkat kota", target="10 Kafilah",
    lokasi="Kecamatan Samarinda Ulu", n=19,
    pool="""
dewan_hakim | 27 org x 1 keg
panitia_ketua | 1 org x 1 keg
panitia_angg | 30 org x 1 keg
mc | 2 org x 2 kali
tenda_6x12 | 6 unit x 5 hr
kursi_futura | 800 bh x 5 hr
sound_5000 | 1 pkt x 5 hr
led_screen | 24 m2 x 2 hr
panggung | 96 m2 x 5 hr
genset | 1 unit x 5 hr
piala_1 | 9 bh
piala_2 | 9 bh
al_quran | 120 bh
makan_lapangan | 180 org x 5 hr
""",
    off=["laptop_i5 | 2 unit", "tiket_dps | 4 org x 1 pp", "mesin_rumput | 1 unit"],
    noref=[("Busana Muslim Kafilah (Baju Koko + Peci)", "bordir logo kota", "Stel", 425000, "BAHAN", "30 stel"),
           ("Mimbar Akrilik Qori", "tinggi 110 cm, cetak logo", "Unit", 2350000, "M_MEBEL", "2 unit")],
),
"S11": dict(
    file="L6", opd="Sekretariat Daerah - Bagian Kesejahteraan Rakyat",
    urusan="4.01 SEKRETARIAT DAERAH",
    program="4.01.02 PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
    kegiatan="4.01.02.2.04 Pelaksanaan Kebijakan Kesejahteraan Rakyat",
    code="4.01.02.2.04.0005", name="Fasilitasi Peringatan Hari Besar Keagamaan Tingkat Kota",
    output="Jumlah peringatan hari besar keagamaan yang difasilitasi", target="6 Kegiatan",
    lokasi="Kota Samarinda", n=17,
    pool="""
ns_es3 | 6 org x 2 jam
jamuan_tamu | 60 org x 6 kali
makan_rapat | 25 org x 6 kali
snack_rapat | 300 org x 6 kali
sewa_aula | 6 hr
kursi_vip | 20 bh x 6 hr
sound_2000 | 1 pkt x 6 hr
bunga_meja | 12 bh
backdrop | 6 bh
dokumentasi | 6 keg
sewa_minibus | 2 unit x 6 hr
""",
    off=["sepatu_safety | 20 psg", "gerobak | 2 unit", "ac_2 | 2 unit"],
    noref=[("Parsel/Hampers Hari Raya Tokoh Agama", "paket sembako + kue kering", "Paket", 650000, "BAHAN", "120 pkt"),
           ("Sewa Lighting Panggung", "8 par LED + 2 moving head, operator", "Paket/Hari", 3250000, "SEWAALAT", "1 pkt x 6 hr")],
),
# ------------------------------------------------------------------ UPTD Terminal (Dishub)
"S12": dict(
    file="L7", opd="UPTD Terminal Penumpang - Dinas Perhubungan",
    urusan="2.15 URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN",
    program="2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    kegiatan="2.15.02.2.03 Pengelolaan Terminal Penumpang Tipe C",
    code="2.15.02.2.03.0002", name="Operasional dan Pemeliharaan Terminal Penumpang Tipe C",
    output="Jumlah terminal tipe C yang beroperasi sesuai standar pelayanan minimal", target="3 Terminal",
    lokasi="Terminal Sungai Kunjang, Lempake, Samarinda Seberang", n=20,
    pool="""
tng_satpam | 6 org x 12 bln
tng_kebersihan | 8 org x 12 bln
led_18 | 60 bh
sorot_50 | 12 bh
pembersih_lantai | 48 jrg
sapu_ijuk | 24 bh
kantong_60#1 | 2.400 lbr
tempat_sampah_3 | 6 set
papan_info | 3 unit
megaphone | 3 unit
rompi | 20 bh
cuci_ac | 12 unit x 4 kali
internet_20 | 12 bln
""",
    off=["seragam_or | 18 stel", "kulkas_vaksin | 1 unit"],
    noref=[("Portal Palang Otomatis (Boom Gate)", "lengan 4 m, remote + loop detector", "Unit", 18500000, "M_KANTOR", "2 unit"),
           ("CCTV IP Camera Outdoor", "4 MP, PoE, night vision", "Unit", 1650000, "M_KANTOR", "12 unit"),
           ("Alat Pemadam Api Ringan (APAR)", "powder 6 kg + bracket", "Tabung", 685000, "BAHAN", "9 tbg")],
),
}

FILES = {
    "L1": dict(name="RKA_Disdikbud_2027_bidang_SD_SMP.xlsx", layout="xlsx_sipd_merged_hidden", subs=["S1", "S2"], ppn=True),
    "L2": dict(name="Draft RKA Dinkes 2027 (Kesga-P2P).xlsx", layout="xlsx_textprice_sheet_per_subkeg", subs=["S3", "S4"], ppn=False),
    "L3": dict(name="export_rka_uptd_sampah_2027.csv", layout="csv_semicolon_volunit_onecell", subs=["S5", "S6"], ppn=False, numbering="sub"),
    "L4": dict(name="RKA-SKPD_2.2.1_BagianPBJ_2027.pdf", layout="pdf_sipd_born_digital", subs=["S7", "S8"], ppn=True),
    "L5": dict(name="scan_RKA_Disperin_2027_hal1-2.pdf", layout="scan_image_pdf_rotated", subs=["S9"], ppn=False),
    "L6": dict(name="RKA Kesra 2027 - cetak draft.pdf", layout="pdf_no_ruling_continued", subs=["S10", "S11"], ppn=False),
    "L7": dict(name="foto_RKA_UPTD_Terminal_2027.jpg", layout="phone_photo_jpg", subs=["S12"], ppn=False),
}
