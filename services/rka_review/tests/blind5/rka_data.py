# -*- coding: utf-8 -*-
# RKA content for the blind5 evaluation set.  Each line:
#   L(uraian, spesifikasi, koefisien, satuan, harga, labels, ref, conv, err, ppn)
# labels: letters  O=OVERPRICED N=NO_PRICE_REFERENCE T=OFF_TARGET A=ARITHMETIC D=DUPLICATE M=ACCOUNT_MISMATCH
# ref: catalogue key the item corresponds to (None = not in any catalogue); conv = catalogue units per RKA unit
# err: how the (wrong) jumlah is written when labels contain A.

class L:
    def __init__(self, uraian, spek, koef, satuan, harga, lab="", ref=None, conv=1, err=None, ppn=None):
        self.uraian, self.spek, self.koef, self.satuan, self.harga = uraian, spek, koef, satuan, harga
        self.lab, self.ref, self.conv, self.err, self.ppn = lab, ref, conv, err, ppn

def G(code, name, lines, ppn=11):
    for l in lines:
        if l.ppn is None:
            l.ppn = ppn
    return (code, name, lines)

# ---- account names --------------------------------------------------------
A = {
 "atk": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
 "kertas": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
 "cetak": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
 "komp": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
 "listrik": ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik"),
 "bangunan": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
 "bbm": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
 "bahanlain": ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya"),
 "bmhp": ("5.1.02.01.01.0038", "Belanja Obat-Obatan-Bahan Medis Habis Pakai"),
 "makmin": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
 "makmin_kes": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan"),
 "pdl": ("5.1.02.01.01.0064", "Belanja Pakaian Dinas Lapangan (PDL)"),
 "pakaian_kerja": ("5.1.02.01.01.0067", "Belanja Pakaian Kerja Lapangan"),
 "diserahkan": ("5.1.02.01.02.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
 "honor": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
 "honor_tim": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
 "jasa_tukang": ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Kerja Lapangan (Tukang/Pekerja)"),
 "tenaga_ahli": ("5.1.02.02.01.0014", "Belanja Jasa Tenaga Ahli"),
 "uang_masy": ("5.1.02.05.01.0001", "Belanja Uang untuk Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat"),
 "pengujian": ("5.1.02.02.01.0030", "Belanja Jasa Pengujian Laboratorium"),
 "internet": ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan"),
 "cloud": ("5.1.02.02.01.0064", "Belanja Jasa Layanan Komputasi Awan (Cloud) dan Lisensi Aplikasi"),
 "sewa_kend": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
 "sewa_alat": ("5.1.02.02.04.0121", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan"),
 "sewa_gedung": ("5.1.02.02.05.0009", "Belanja Sewa Bangunan Gedung Tempat Pertemuan"),
 "sewa_alatberat": ("5.1.02.02.04.0012", "Belanja Sewa Alat Besar Darat"),
 "pemeliharaan": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Angkutan Barang"),
 "pd_biasa": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
 "pd_dalam": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
 "m_alkes": ("5.2.02.07.01.0047", "Belanja Modal Alat Kesehatan Umum Lainnya"),
 "m_rt": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
 "m_pendingin": ("5.2.02.05.02.0004", "Belanja Modal Alat Pendingin"),
 "m_mebel": ("5.2.02.05.02.0001", "Belanja Modal Mebel"),
 "m_pc": ("5.2.02.10.01.0002", "Belanja Modal Personal Computer"),
 "m_laptop": ("5.2.02.10.01.0003", "Belanja Modal Notebook/Laptop"),
 "m_pc_periferal": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer"),
 "m_jaringan": ("5.2.02.10.02.0004", "Belanja Modal Peralatan Jaringan"),
 "m_kend_penumpang": ("5.2.02.03.01.0003", "Belanja Modal Kendaraan Bermotor Penumpang"),
 "m_kend_barang": ("5.2.02.03.01.0005", "Belanja Modal Kendaraan Bermotor Angkutan Barang"),
 "m_alatberat": ("5.2.02.01.01.0003", "Belanja Modal Alat Besar Darat Lainnya"),
 "m_rambu": ("5.2.04.01.05.0001", "Belanja Modal Perlengkapan Jalan (Rambu-Rambu Lalu Lintas)"),
 "m_kebersihan": ("5.2.02.05.02.0008", "Belanja Modal Alat Kebersihan"),
 "m_sar": ("5.2.02.02.04.0001", "Belanja Modal Alat SAR dan Penanggulangan Bencana"),
 "m_genset": ("5.2.02.04.01.0003", "Belanja Modal Alat Bengkel dan Pembangkit Listrik (Genset)"),
 "m_kamera": ("5.2.02.06.01.0011", "Belanja Modal Peralatan Studio Visual (Kamera)"),
 "m_audio": ("5.2.02.06.01.0004", "Belanja Modal Peralatan Studio Audio"),
}
def g(key, lines, ppn=11):
    c, n = A[key]
    return G(c, n, lines, ppn)

RKAS = []

# =========================================================== 1. DINAS KESEHATAN (layout L1)
RKAS.append(dict(
 stem="rka_dinkes_2027", layout="L1", opd="Dinas Kesehatan",
 org="1.02.0.00.0.00.01.0000 - Dinas Kesehatan",
 urusan="1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
 bidang="1.02 - URUSAN PEMERINTAHAN BIDANG KESEHATAN",
 program="1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
 kegiatan="1.02.02.2.02 - Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
 subs=[
  dict(kode="1.02.02.2.02.0004", nama="Pengelolaan Pelayanan Kesehatan Balita",
       keluaran="Jumlah Balita yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", target="42.500 Orang",
       lokasi="26 Puskesmas se-Kota Samarinda", sumber="DAU - Earmark Bidang Kesehatan",
       groups=[
    g("atk", [
      L("Kertas HVS A4 70 gr", "isi 500 lbr", "20 Rim", "Rim", 58500, ref="kertas_a4"),
      L("Pulpen gel hitam", "0,5 mm isi 12", "10 Box", "Box", 58500, "O", ref="pulpen_box"),
      L("Map plastik kancing folio", "", "100 Buah", "Buah", 5500, ref="map_plastik"),
      L("Ordner folio", "punggung 7 cm", "24 Buah", "Buah", 37500, "A", ref="ordner", err=1099000),
      L("Laptop Core i5 RAM 16GB (entri data e-PPGBM)", "SSD 512 GB", "2 Unit", "Unit", 14500000, "M", ref="laptop"),
    ]),
    g("cetak", [
      L("Cetak leaflet pemantauan tumbuh kembang balita", "A4 art paper 150 gr full colour", "5.000 Lembar", "Lembar", 2500, ref="leaflet"),
      L("Spanduk Bulan Timbang ukuran 1 x 3 m", "flexi 280 gr", "30 Buah", "Buah", 135000, ref="spanduk", conv=3),
      L("Cetak buku saku kader posyandu", "A5, 100 hal, cover art carton", "600 Eksemplar", "Eksemplar", 32000, "O", ref="buku_a5"),
    ]),
    g("makmin", [
      L("Nasi kotak rapat koordinasi kader triwulan I", "", "60 Kotak x 1 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak rapat koordinasi kader triwulan I", "", "60 Kotak x 1 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Nasi kotak rapat koordinasi kader triwulan II", "", "60 Kotak x 1 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak rapat koordinasi kader triwulan II", "", "60 Kotak x 1 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Snack rapat koordinasi kader triwulan II", "kudapan 3 macam", "60 Kotak x 1 Kali", "Kotak", 20000, "D", ref="kue_kotak"),
      L("Nasi kotak rapat koordinasi kader triwulan III", "", "60 Kotak x 1 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak rapat koordinasi kader triwulan III", "", "60 Kotak x 1 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Air mineral gelas 220 ml", "isi 48", "4 Dus x 2 Kali", "Dus", 36000, ref="air_gelas"),
    ]),
    g("makmin_kes", [
      L("PMT lokal balita gizi kurang", "menu bergizi per anak per hari", "350 Anak x 90 Hari", "Paket", 15000, ref="pmt_balita"),
      L("Susu formula pertumbuhan 1-3 thn", "kaleng 800 gr", "150 Kaleng", "Kaleng", 185000, "N"),
    ]),
    g("bmhp", [
      L("Masker medis 3 ply", "isi 50", "40 Box", "Box", 38000, ref="masker"),
      L("Hand sanitizer 500 ml", "", "52 Botol", "Botol", 45000, ref="sanitizer"),
      L("Alcohol swab", "isi 100", "30 Box", "Box", 32000, ref="alcohol_swab"),
      L("Sarung tangan latex non steril", "isi 100", "30 Box", "Box", 95000, "A", ref="sarung_latex", err=3136500),
    ]),
    g("m_alkes", [
      L("Timbangan bayi digital (posyandu)", "kap. 20 kg", "26 Unit", "Unit", 1250000, ref="timbangan_bayi"),
      L("Antropometri kit posyandu", "standar Kemenkes", "26 Set", "Set", 5350000, "O", ref="antropometri"),
      L("Safety box 5 liter", "", "100 Buah", "Buah", 22000, "M", ref="safety_box"),
    ]),
    g("m_rt", [
      L("Televisi LED 50 inch smart TV", "", "2 Unit", "Unit", 7450000, "T", ref="tv_led"),
    ]),
    g("pd_dalam", [
      L("Uang harian perjalanan dinas dalam kota (supervisi posyandu)", "", "4 Orang x 24 Kali", "OH", 190000, ref="uh_dalam_kota"),
      L("Uang harian monitoring posyandu ke puskesmas", "", "4 Orang x 24 Kali", "OH", 190000, "D", ref="uh_dalam_kota"),
    ], ppn=0),
    g("honor", [
      L("Honorarium narasumber pelatihan kader posyandu (akademisi)", "", "2 Orang x 4 Jam", "OJ", 900000, ref="narsum_luar"),
      L("Honorarium moderator", "", "1 Orang x 1 Kali", "Orang/Kali", 700000, ref="moderator"),
    ], ppn=0),
    g("uang_masy", [
      L("Insentif kader posyandu", "", "1.250 Orang x 12 Bulan", "OB", 250000, ref="kader"),
    ], ppn=0),
  ]),
  dict(kode="1.02.02.2.02.0001", nama="Pengelolaan Pelayanan Kesehatan Ibu Hamil",
       keluaran="Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar", target="17.800 Orang",
       lokasi="26 Puskesmas se-Kota Samarinda", sumber="DAU - Earmark Bidang Kesehatan",
       groups=[
    g("atk", [
      L("Kertas HVS A4 70gr", "", "10 Rim", "Rim", 58500, ref="kertas_a4"),
      L("Spidol whiteboard (1 box isi 12)", "hitam/biru", "2 Box", "Box", 156000, ref="spidol_wb", conv=12),
      L("Stabilo", "warna kuning", "12 Buah", "Buah", 12500, "O", ref="stabilo"),
    ]),
    g("cetak", [
      L("Cetak Buku KIA (Kesehatan Ibu dan Anak)", "A5, 100 halaman", "2.000 Eksemplar", "Eksemplar", 27500, ref="buku_a5"),
      L("Cetak leaflet tanda bahaya kehamilan", "A4 full colour 2 muka", "3.000 Lembar", "Lembar", 2500, "A", ref="leaflet", err="noppn"),
    ]),
    g("makmin", [
      L("Nasi kotak kelas ibu hamil", "", "25 Orang x 26 Puskesmas x 4 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak kelas ibu hamil", "", "25 Orang x 26 Puskesmas x 4 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Makan minum kelas bumil (nasi box)", "", "25 Orang x 26 Puskesmas x 4 Kali", "Kotak", 48500, "DO", ref="nasi_kotak"),
    ]),
    g("makmin_kes", [
      L("PMT ibu hamil KEK", "per orang per hari", "400 Orang x 120 Hari", "Paket", 20000, ref="pmt_bumil"),
      L("Susu ibu hamil 400 gr", "rasa coklat/vanila", "400 Orang x 4 Kotak", "Kotak", 65000, "N"),
    ]),
    g("bmhp", [
      L("Strip tes Hb", "isi 25", "80 Box", "Box", 250000, ref="strip_hb"),
      L("Masker medis 3ply", "isi 50", "26 Box", "Box", 38000, ref="masker"),
      L("Strip tes gula darah (skrining DM gestasional)", "isi 50", "40 Box", "Box", 325000, ref="strip_gd"),
      L("Printer ink tank A4 (print scan copy)", "", "2 Unit", "Unit", 3650000, "M", ref="printer_a4"),
    ]),
    g("m_alkes", [
      L("Tensimeter digital lengan atas", "", "26 Unit", "Unit", 685000, ref="tensimeter"),
    ]),
    g("m_pendingin", [
      L("AC Split 2 PK (ruang kerja Kabid Kesmas)", "termasuk pasang", "1 Unit", "Unit", 9100000, "T", ref="ac_2pk"),
    ]),
    g("pd_biasa", [
      L("Tiket pesawat Samarinda - Jakarta PP (konsultasi program KIA ke Kemenkes)", "", "2 Orang x 1 Kali", "Orang/PP", 3950000, ref="tiket_jkt"),
      L("Uang harian DKI Jakarta", "", "2 Orang x 3 Hari", "OH", 530000, ref="uh_dki"),
      L("Penginapan Jakarta", "", "2 Orang x 2 Malam", "Orang/Malam", 1750000, "OA", ref="hotel_dki", err=6300000),
    ], ppn=0),
    g("honor", [
      L("Honor narasumber pelatihan kader posyandu (akademisi)", "", "2 Orang x 4 Jam", "OJ", 900000, "D", ref="narsum_luar"),
    ], ppn=0),
    g("internet", [
      L("Voucher paket data bidan koordinator", "", "26 Orang x 12 Bulan", "Orang/Bulan", 100000, "N"),
    ]),
    g("sewa_kend", [
      L("Sewa mobil minibus incl. driver (kunjungan rumah bumil risti)", "", "1 Unit x 24 Hari", "Unit/Hari", 850000, ref="sewa_minibus"),
    ], ppn=0),
    g("pdl", [
      L("Sepatu PDL staf bidang Kesmas", "kulit", "15 Pasang", "Pasang", 525000, "T", ref="sepatu_pdl"),
    ]),
  ]),
 ]))

# =========================================================== 2. DINAS PERHUBUNGAN (layout L2)
RKAS.append(dict(
 stem="rka_dishub_2027", layout="L2", opd="Dinas Perhubungan",
 org="2.15.0.00.0.00.01.0000 - Dinas Perhubungan",
 urusan="2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
 bidang="2.15 - URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN",
 program="2.15.02 - PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
 kegiatan="2.15.02.2.01 - Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
 subs=[
  dict(kode="2.15.02.2.01.0009", nama="Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
       keluaran="Jumlah Perlengkapan Jalan yang Disediakan", target="112 Unit",
       lokasi="Kec. Samarinda Ulu, Kec. Sungai Kunjang, Kec. Sambutan", sumber="DAU",
       groups=[
    g("m_rambu", [
      L("Rambu lalu lintas tiang lengkap", "daun rambu 60 cm, tiang galvanis", "60 Unit", "Unit", 2350000, ref="rambu"),
      L("Rambu larangan parkir (daun 60cm + tiang + pondasi)", "", "25 Unit", "Unit", 2650000, "O", ref="rambu"),
      L("Cermin tikungan dia. 80 cm", "tiang galvanis", "8 Unit", "Unit", 3100000, ref="cermin"),
      L("Lampu flip-flop tenaga surya", "warning light + tiang", "12 Unit", "Unit", 2750000, "A", ref="flipflop", err="minus1"),
      L("Warning light solar cell (flip flop)", "panel surya, tiang", "12 Unit", "Unit", 2750000, "D", ref="flipflop"),
    ]),
    g("bahanlain", [
      L("Traffic cone 70 cm", "scotlight", "100 Buah", "Buah", 135000, ref="cone"),
    ]),
    g("bangunan", [
      L("Cat marka thermoplastic putih", "SNI", "1.500 Kg", "Kg", 28500, ref="cat_marka"),
      L("Glass bead (butiran kaca reflektif marka)", "", "300 Kg", "Kg", 42000, "N"),
      L("Semen 50 kg (pondasi tiang rambu)", "", "120 Sak", "Sak", 84000, ref="semen"),
      L("Pasir cor", "", "12 M3", "M3", 325000, ref="pasir"),
      L("Batu split 2/3", "", "12 M3", "M3", 465000, "OA", ref="split", err=6913800),
      L("Besi beton polos 10 mm", "panjang 12 m", "80 Batang", "Batang", 98000, ref="besi10"),
      L("Paku campur", "", "20 Kg", "Kg", 24000, ref="paku"),
    ]),
    g("jasa_tukang", [
      L("Upah pemasangan rambu (tukang + pekerja)", "", "4 Orang x 20 Hari", "OH", 175000, "N", ppn=0),
    ]),
    g("m_kend_barang", [
      L("Sewa dump truck angkut material", "", "1 Unit x 5 Hari", "Unit/Hari", 1650000, "M", ref="sewa_dumptruck", ppn=0),
    ]),
    g("pakaian_kerja", [
      L("Kaos kegiatan jalan sehat HUT Perhubungan", "cotton combed 30s sablon", "300 Buah", "Buah", 85000, "T", ref="kaos"),
    ]),
    g("sewa_kend", [
      L("Sewa mobil minibus termasuk sopir (survei lokasi pemasangan)", "", "1 Unit x 20 Hari", "Unit/Hari", 850000, ref="sewa_minibus"),
    ], ppn=0),
  ]),
  dict(kode="2.15.02.2.01.0004", nama="Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota",
       keluaran="Jumlah Ruas Jalan yang Dilakukan Manajemen dan Rekayasa Lalu Lintas", target="15 Ruas",
       lokasi="Kota Samarinda", sumber="DAU",
       groups=[
    g("atk", [
      L("Kertas HVS F4 70 gr", "", "15 Rim", "Rim", 64000, ref="kertas_f4"),
      L("Map snelhekter plastik", "", "100 Buah", "Buah", 4000, ref="map_snel"),
      L("Spidol whiteboard", "", "12 Buah", "Buah", 13000, ref="spidol_wb"),
    ]),
    g("komp", [
      L("Toner printer laser hitam", "original", "4 Buah", "Buah", 1185000, ref="toner"),
    ]),
    g("makmin", [
      L("Nasi kotak rapat Forum LLAJ triwulan I", "", "40 Kotak", "Kotak", 45000, ref="nasi_kotak"),
      L("Nasi kotak rapat Forum LLAJ triwulan II", "", "40 Kotak", "Kotak", 45000, ref="nasi_kotak"),
      L("Nasi kotak rapat Forum LLAJ triwulan II", "", "40 Kotak", "Kotak", 45000, "D", ref="nasi_kotak"),
      L("Kue kotak rapat Forum LLAJ", "", "40 Kotak x 4 Kali", "Kotak", 20000, "A", ref="kue_kotak", err=3596400),
      L("Air mineral gelas 220 ml", "isi 48", "4 Dus", "Dus", 36000, ref="air_gelas"),
    ]),
    g("honor", [
      L("Honorarium narasumber (pejabat eselon II BPTD)", "", "2 Orang x 2 Jam", "OJ", 1000000, ref="narsum_es2"),
    ], ppn=0),
    g("pd_biasa", [
      L("Tiket pesawat Samarinda - Surabaya PP (studi banding ATCS)", "", "3 Orang x 1 Kali", "Orang/PP", 3200000, ref="tiket_sby"),
      L("Uang harian Jawa Timur", "", "3 Orang x 3 Hari", "OH", 450000, "O", ref="uh_jatim"),
      L("Penginapan Surabaya", "", "3 Orang x 2 Malam", "Orang/Malam", 1045000, ref="hotel_jatim"),
      L("Honorarium narasumber FGD rekayasa lalin (akademisi)", "", "1 Orang x 3 Jam", "OJ", 900000, "M", ref="narsum_luar"),
    ], ppn=0),
    g("sewa_kend", [
      L("Sewa mobil minibus termasuk sopir (survei lokasi pemasangan)", "", "1 Unit x 20 Hari", "Unit/Hari", 850000, "D", ref="sewa_minibus"),
      L("Sewa mobil minibus (survei traffic counting)", "", "1 Unit x 10 Hari", "Unit/Hari", 850000, ref="sewa_minibus"),
    ], ppn=0),
    g("bbm", [
      L("BBM Pertalite mobil patroli lalu lintas", "", "200 Liter x 12 Bulan", "Liter", 10000, "A", ref="pertalite", err=26460000),
      L("Jasa servis berkala kendaraan roda 4 patroli", "ganti oli + filter", "2 Unit x 4 Kali", "Kali", 850000, "M", ref="servis_r4"),
    ]),
    g("m_kamera", [
      L("Drone DJI Mavic 3 Pro (survei kemacetan)", "", "1 Unit", "Unit", 38500000, "N"),
    ]),
    g("diserahkan", [
      L("Paket sembako bingkisan lebaran sopir angkot", "beras, minyak, gula, mie", "150 Paket", "Paket", 175000, "T", ref="sembako"),
    ]),
  ]),
 ]))

# =========================================================== 3. DLH (layout L3)
RKAS.append(dict(
 stem="rka_dlh_2027", layout="L3", opd="Dinas Lingkungan Hidup",
 org="2.11.0.00.0.00.01.0000 - Dinas Lingkungan Hidup",
 urusan="2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
 bidang="2.11 - URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP",
 program="2.11.09 - PROGRAM PENGELOLAAN PERSAMPAHAN",
 kegiatan="2.11.09.2.01 - Pengelolaan Sampah",
 subs=[
  dict(kode="2.11.09.2.01.0006", nama="Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
       keluaran="Jumlah Sarana dan Prasarana Pengelolaan Sampah yang Disediakan", target="124 Unit",
       lokasi="10 Kecamatan se-Kota Samarinda", sumber="DAU",
       groups=[
    g("m_kebersihan", [
      L("Tempat sampah pilah 3 warna", "@60 liter tutup injak", "40 Set", "Set", 2650000, ref="tong_pilah"),
      L("Gerobak sampah dorong 1 m3", "plat besi", "30 Unit", "Unit", 4350000, "O", ref="gerobak"),
      L("Kontainer sampah armroll 6 m3", "plat 4 mm", "4 Unit", "Unit", 58500000, ref="kontainer"),
      L("Bak kontainer armroll kap. 6 m3 untuk TPS", "", "4 Unit", "Unit", 58500000, "D", ref="kontainer"),
    ]),
    g("diserahkan", [
      L("Komposter 120 liter (bank sampah)", "", "50 Unit", "Unit", 625000, ref="komposter"),
    ]),
    g("bahanlain", [
      L("Sapu lidi bergagang", "", "600 Buah", "Buah", 25000, ref="sapu_lidi"),
      L("Sarung tangan kerja karet", "", "600 Pasang", "Pasang", 18000, ref="sarung_kerja"),
      L("Sapu lidi bergagang", "", "600 Buah", "Buah", 25000, "D", ref="sapu_lidi"),
      L("Sapu ijuk gagang aluminium", "", "200 Buah", "Buah", 35000, ref="sapu_ijuk"),
      L("Kantong sampah 60 x 100 cm", "hitam", "2.000 Lembar", "Lembar", 1750, "O", ref="kantong_sampah", conv=0.1),
      L("Pengharum ruangan semprot (ruang Kadis & ruang rapat)", "", "48 Kaleng", "Kaleng", 36000, "T", ref="pengharum"),
    ]),
    g("pakaian_kerja", [
      L("Sepatu boot karet petugas kebersihan", "selutut", "300 Pasang", "Pasang", 135000, "A", ref="sepatu_boot", err="noppn"),
      L("Rompi refflektif petugas kebersihan", "scotlight", "600 Buah", "Buah", 115000, ref="rompi"),
      L("Jas hujan setelan", "", "600 Stel", "Stel", 175000, ref="jas_hujan"),
    ]),
    g("bbm", [
      L("Dexlite armada truk sampah", "", "25 Unit x 20 Liter x 300 Hari", "Liter", 13500, "A", ref="dexlite", err=2274750000),
      L("Oli mesin 4 liter", "", "25 Unit x 6 Kali", "Galon", 385000, ref="oli"),
      L("Ban truk 10.00-20 (dump truck)", "", "50 Buah", "Buah", 3850000, "N"),
    ]),
    g("pemeliharaan", [
      L("Jasa servis berkala kendaraan roda 4 (pick up pengangkut)", "", "10 Unit x 4 Kali", "Kali", 850000, ref="servis_r4"),
    ]),
    g("m_alatberat", [
      L("Sewa excavator PC 200 penataan sel TPA Sambutan", "incl. operator", "8 Jam x 30 Hari", "Jam", 550000, "M", ref="sewa_excavator", ppn=0),
    ]),
    g("honor_tim", [
      L("Honorarium tim pelaksana kegiatan - ketua", "", "1 Orang x 12 Bulan", "OB", 650000, ref="tim_ketua"),
      L("Honorarium tim pelaksana kegiatan - anggota", "", "4 Orang x 12 Bulan", "OB", 500000, "O", ref="tim_anggota"),
    ], ppn=0),
  ]),
  dict(kode="2.11.05.2.01.0002", nama="Pemantauan Kualitas Air Sungai",
       keluaran="Jumlah Dokumen Hasil Pemantauan Kualitas Air Sungai", target="4 Dokumen",
       lokasi="DAS Karang Mumus, Sungai Mahakam ruas Samarinda", sumber="DAU",
       groups=[
    g("pengujian", [
      L("Pengujian kualitas air sungai (paket parameter fisika-kimia)", "pH, TSS, BOD, COD, DO", "12 Titik x 4 Kali", "Sampel", 1850000, ref="uji_air"),
      L("Uji mikrobiologi air (E. coli, total coliform)", "", "12 Titik x 4 Kali", "Sampel", 450000, "N"),
    ]),
    g("bahanlain", [
      L("Cool box sampel 45 liter", "", "4 Buah", "Buah", 875000, "N"),
    ]),
    g("sewa_alat", [
      L("Sewa perahu motor / ketinting sampling Sungai Karang Mumus", "termasuk motoris", "1 Unit x 8 Hari", "Unit/Hari", 750000, ref="sewa_ketinting", ppn=0),
    ]),
    g("pd_dalam", [
      L("Uang harian perjalanan dinas dalam kota (sampling)", "", "4 Orang x 8 Hari", "OH", 190000, ref="uh_dalam_kota"),
      L("Nasi kotak petugas sampling", "", "6 Orang x 8 Hari", "Kotak", 45000, "M", ref="nasi_kotak"),
    ], ppn=0),
    g("makmin", [
      L("Nasi kotak rapat pembahasan hasil uji", "", "30 Kotak x 2 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak rapat pembahasan hasil uji", "", "30 Kotak x 2 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Air mineral botol 600 ml", "isi 24", "8 Dus", "Dus", 52000, ref="air_botol"),
      L("Makan prasmanan syukuran HUT DLH", "", "150 Porsi", "Porsi", 65000, "T", ref="prasmanan"),
    ]),
    g("cetak", [
      L("Cetak laporan hasil pemantauan kualitas air", "A5 100 hlm", "50 Eksemplar", "Eksemplar", 27500, "A", ref="buku_a5", err=1562250),
    ]),
    g("pakaian_kerja", [
      L("Kaos olahraga Jumat sehat pegawai DLH", "sablon", "120 Buah", "Buah", 85000, "T", ref="kaos"),
    ]),
    g("m_laptop", [
      L("Laptop Core i5 pengolahan data kualitas air", "RAM 16 GB SSD 512", "1 Unit", "Unit", 14500000, ref="laptop"),
      L("Kertas HVS A4 80 gr", "", "20 Rim", "Rim", 68000, "M", ref="kertas_a4_80"),
    ]),
    g("komp", [
      L("Flashdisk 64 GB", "USB 3.0", "10 Buah", "Buah", 135000, ref="flashdisk_64"),
    ]),
  ]),
 ]))

# =========================================================== 4. DINAS SOSIAL (text PDF)
RKAS.append(dict(
 stem="rka_dinsos_2027", layout="PDF", opd="Dinas Sosial",
 org="1.06.0.00.0.00.01.0000 - Dinas Sosial",
 urusan="1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
 bidang="1.06 - URUSAN PEMERINTAHAN BIDANG SOSIAL",
 program="1.06.04 - PROGRAM REHABILITASI SOSIAL",
 kegiatan="1.06.04.2.01 - Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
 subs=[
  dict(kode="1.06.04.2.01.0006", nama="Pemberian Permakanan bagi Lanjut Usia Terlantar",
       keluaran="Jumlah Lanjut Usia Terlantar yang Mendapatkan Layanan Permakanan", target="300 Orang",
       lokasi="Kota Samarinda (10 Kecamatan)", sumber="DAU",
       groups=[
    g("diserahkan", [
      L("Paket permakanan lansia terlantar", "makan 1x, diantar ke rumah", "300 Orang x 240 Hari", "Paket", 25000, ref="permakanan"),
      L("Paket sembako lansia", "beras 5 kg, minyak goreng 1 L, gula pasir 1 kg, mi instan 5 bks", "300 Paket x 4 Kali", "Paket", 175000, "A", ref="sembako", err=231000000),
      L("Beras medium", "", "300 Orang x 5 Kg x 4 Kali", "Kg", 14500, "D", ref="beras"),
      L("Minyak goreng kemasan 1 liter", "", "300 Orang x 4 Liter", "Liter", 21000, "DO", ref="minyak"),
      L("Gula pasir 1 kg", "", "300 Orang x 4 Kg", "Kg", 19500, "D", ref="gula"),
      L("Telur ayam ras", "", "300 Orang x 4 Kg", "Kg", 31000, ref="telur"),
      L("Susu lansia (Entrasol/setara)", "kotak 600 gr", "600 Kotak", "Kotak", 95000, "N"),
    ]),
    g("atk", [
      L("Kertas HVS A4 70 gr", "", "10 Rim", "Rim", 58500, ref="kertas_a4"),
      L("Map plastik kancing folio", "", "50 Buah", "Buah", 5500, ref="map_plastik"),
      L("Ordner", "punggung 7 cm", "10 Buah", "Buah", 37500, ref="ordner"),
      L("Kertas HVS F4 70 gr", "", "5 Rim", "Rim", 64000, ref="kertas_f4"),
      L("Pulpen (untuk petugas lapangan)", "gel hitam", "24 Buah", "Buah", 4500, ref="pulpen_box", conv=1/12),
    ]),
    g("makmin", [
      L("Nasi kotak rapat verifikasi data lansia", "", "30 Kotak x 3 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak rapat verifikasi data lansia", "", "30 Kotak x 3 Kali", "Kotak", 20000, "A", ref="kue_kotak", err=1980000),
    ]),
    g("honor", [
      L("Honorarium pendamping / relawan lapangan", "", "20 Orang x 24 Hari", "OH", 150000, ref="pendamping"),
      L("Uang transport peserta kegiatan (pendamping)", "", "20 Orang x 24 Kali", "Orang/Kali", 175000, "O", ref="transport_peserta"),
    ], ppn=0),
    g("pd_dalam", [
      L("Uang harian perjalan dinas dalam kota", "", "6 Orang x 24 Hari", "OH", 190000, ref="uh_dalam_kota"),
    ], ppn=0),
    g("m_kend_penumpang", [
      L("Sewa kendaraan roda 4 minibus distribusi permakanan", "", "2 Unit x 48 Hari", "Unit/Hari", 850000, "M", ref="sewa_minibus", ppn=0),
    ]),
    g("atk", [
      L("Tumbler stainless logo Dinsos (cenderamata tamu)", "", "100 Buah", "Buah", 85000, "TN"),
    ]),
  ]),
  dict(kode="1.06.04.2.01.0002", nama="Penyediaan Alat Bantu bagi Penyandang Disabilitas",
       keluaran="Jumlah Penyandang Disabilitas Terlantar yang Menerima Alat Bantu", target="150 Orang",
       lokasi="Kota Samarinda", sumber="DAU",
       groups=[
    g("diserahkan", [
      L("Kursi roda standar dewasa", "rangka besi", "60 Unit", "Unit", 1450000, ref="kursi_roda"),
      L("Tongkat kruk aluminium", "", "40 Pasang", "Pasang", 325000, ref="kruk"),
      L("Alat bantu dengar digital", "BTE", "30 Unit", "Unit", 2750000, ref="abd"),
      L("Kaki palsu (prostesis) bawah lutut", "", "10 Unit", "Unit", 8500000, "N"),
      L("Laptop pendataan penerima alat bantu", "Core i5", "2 Unit", "Unit", 14500000, "M", ref="laptop"),
    ]),
    g("makmin", [
      L("Nasi kotak acara penyerahan alat bantu", "", "150 Kotak", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak acara penyerahan alat bantu", "", "150 Kotak", "Kotak", 19500, ref="kue_kotak"),
    ]),
    g("sewa_alat", [
      L("Sewa tenda sarnafil 5 x 5 m", "", "4 Unit x 1 Hari", "Unit/Hari", 650000, ref="tenda_sewa"),
      L("Sewa kursi futura + cover", "", "200 Buah x 1 Hari", "Buah/Hari", 9000, "A", ref="kursi_sewa", err=2109000),
      L("Sewa sound system", "incl. operator", "1 Paket x 1 Hari", "Paket/Hari", 2500000, ref="sound_sewa"),
    ]),
    g("cetak", [
      L("Spanduk penyerahan bantuan uk. 1 x 4 m", "flexi", "3 Buah", "Buah", 210000, "O", ref="spanduk", conv=4),
    ]),
    g("diserahkan", [
      L("Karangan bunga papan ucapan HUT Kota Samarinda", "", "2 Buah", "Buah", 1250000, "TN"),
    ]),
    g("honor", [
      L("Honorarium narasumber sosialisasi (pejabat eselon III)", "", "2 Orang x 2 Jam", "OJ", 900000, ref="narsum_es3"),
    ], ppn=0),
    g("m_rt", [
      L("Televisi LED 50 inch (ruang tunggu kantor)", "smart TV", "1 Unit", "Unit", 7450000, "T", ref="tv_led"),
    ]),
  ]),
 ]))

# =========================================================== 5. BPBD (layout L4)
RKAS.append(dict(
 stem="rka_bpbd_2027", layout="L4", opd="Badan Penanggulangan Bencana Daerah",
 org="1.05.0.00.0.00.02.0000 - Badan Penanggulangan Bencana Daerah",
 urusan="1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
 bidang="1.05 - URUSAN PEMERINTAHAN BIDANG KETENTRAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
 program="1.05.03 - PROGRAM PENANGGULANGAN BENCANA",
 kegiatan="1.05.03.2.02 - Pelayanan Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota",
 subs=[
  dict(kode="1.05.03.2.02.0003", nama="Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota",
       keluaran="Jumlah Korban Bencana yang Mendapatkan Logistik Penyelamatan dan Evakuasi", target="1.500 Orang",
       lokasi="Kec. Samarinda Utara, Kec. Sungai Pinang, Kec. Samarinda Ulu", sumber="DAU",
       groups=[
    g("m_sar", [
      L("Perahu karet kap. 6 orang + dayung", "", "2 Unit", "Unit", 38500000, ref="perahu_karet"),
      L("Mesin tempel 15 PK", "2 tak", "2 Unit", "Unit", 34000000, "O", ref="mesin_tempel"),
      L("Tenda keluarga (family tent) 4x6 m", "", "20 Unit", "Unit", 4250000, "A", ref="tenda_keluarga", err="minus1"),
    ]),
    g("m_genset", [
      L("Genset 5000 watt", "bensin", "2 Unit", "Unit", 14750000, ref="genset"),
    ]),
    g("bahanlain", [
      L("Pelampung / life jacket dewasa", "SNI", "40 Buah", "Buah", 385000, ref="life_jacket"),
      L("Senter LED rechargeable", "", "30 Buah", "Buah", 145000, ref="senter"),
      L("Baterai alkaline AA", "isi 2", "20 Pak", "Pak", 24000, ref="baterai_aa"),
      L("Power bank 20.000 mAh (posko)", "", "20 Buah", "Buah", 325000, "N"),
      L("Bibit pohon trembesi (penghijauan halaman kantor)", "tinggi 1-1,5 m", "100 Batang", "Batang", 35000, "T", ref="bibit_trembesi"),
    ]),
    g("diserahkan", [
      L("Selimut polar 150x200", "", "1.500 Lembar", "Lembar", 65000, ref="selimut"),
      L("Matras / kasur lipat", "busa", "500 Buah", "Buah", 165000, ref="matras"),
      L("Hygiene kit", "sabun mandi, sikat gigi, pasta gigi, sampo, handuk", "500 Paket", "Paket", 125000, ref="hygiene_kit"),
      L("Handuk mandi", "", "500 Buah", "Buah", 35000, "DN"),
      L("Mi instan", "", "12.000 Bungkus", "Bungkus", 3500, "O", ref="mie", conv=1/40),
      L("Air mineral botol 600 ml", "isi 24", "400 Dus", "Dus", 52000, ref="air_botol"),
      L("Beras medium", "", "3.000 Kg", "Kg", 14500, ref="beras"),
      L("Velbed lipat", "rangka aluminium", "100 Unit", "Unit", 485000, ref="velbed"),
      L("Selimut pengungsi (polar fleece)", "150 x 200 cm", "1.500 Lembar", "Lembar", 65000, "D", ref="selimut"),
    ]),
    g("bbm", [
      L("Pertalite perahu & genset operasional posko", "", "50 Liter x 30 Hari", "Liter", 10000, ref="pertalite"),
    ]),
    g("pdl", [
      L("PDL petugas TRC", "ripstop + bordir", "30 Stel", "Stel", 650000, "A", ref="pdl", err="noppn"),
      L("Sepatu PDL", "", "30 Pasang", "Pasang", 525000, ref="sepatu_pdl"),
      L("Pakaian dinas lapangan Tim Reaksi Cepat", "", "30 Stel", "Stel", 650000, "D", ref="pdl"),
    ]),
    g("pakaian_kerja", [
      L("Jas hujan setelan petugas", "", "30 Stel", "Stel", 175000, ref="jas_hujan"),
    ]),
    g("m_mebel", [
      L("Meja rapat 8 orang (ruang rapat kantor)", "", "1 Unit", "Unit", 6800000, "T", ref="meja_rapat"),
    ]),
  ]),
  dict(kode="1.05.03.2.01.0001", nama="Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana Kabupaten/Kota (Per Jenis Ancaman Bencana)",
       keluaran="Jumlah Orang yang Mendapatkan Sosialisasi, Komunikasi, Informasi, dan Edukasi (KIE) Rawan Bencana", target="600 Orang",
       lokasi="12 Sekolah dan Kelurahan Rawan Banjir", sumber="DAU",
       groups=[
    g("cetak", [
      L("Leaflet siaga banjir", "A4 full colour", "2.000 Lembar", "Lembar", 2500, ref="leaflet"),
      L("X-banner KIE kebencanaan", "60x160 + stand", "10 Buah", "Buah", 185000, ref="xbanner"),
      L("Spanduk sosialisasi ukuran 1 x 3 m", "", "12 Buah", "Buah", 130000, ref="spanduk", conv=3),
      L("Baliho siaga bencana", "flexi 340 gr", "6 Buah x 12 M2", "M2", 60000, ref="baliho"),
      L("LCD proyektor 3600 lumen", "", "1 Unit", "Unit", 7200000, "M", ref="proyektor"),
    ]),
    g("makmin", [
      L("Nasi kotak sosialisasi", "", "50 Orang x 12 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak sosialisasi", "", "50 Orang x 12 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Honorarium moderator sosialisasi", "", "1 Orang x 12 Kali", "Orang/Kali", 700000, "M", ref="moderator", ppn=0),
    ]),
    g("honor", [
      L("Honorarium narasumber (akademisi)", "", "1 Orang x 2 Jam x 12 Kali", "OJ", 900000, ref="narsum_luar"),
      L("Honorarium pembawa acara", "", "1 Orang x 12 Kali", "Orang/Kali", 400000, ref="mc"),
      L("Uang transport peserta", "", "50 Orang x 12 Kali", "Orang/Kali", 150000, "A", ref="transport_peserta", err=9000000),
    ], ppn=0),
    g("cetak", [
      L("Cetak sertifikat peserta sosialisasi", "A4 art carton 260 gr", "600 Lembar", "Lembar", 5000, ref="sertifikat"),
    ]),
    g("listrik", [
      L("Lampu LED 18 watt (ganti lampu kantor)", "", "40 Buah", "Buah", 62000, "T", ref="lampu_led"),
    ]),
    g("m_pc", [
      L("PC All-in-One", "Core i5", "1 Unit", "Unit", 16250000, ref="pc_aio"),
      L("Flashdisk 32 GB", "", "20 Buah", "Buah", 95000, "M", ref="flashdisk_32"),
    ]),
  ]),
 ]))

# =========================================================== 6. KECAMATAN (scan)
RKAS.append(dict(
 stem="rka_kec_samarinda_ulu_2027", layout="SCAN", opd="Kecamatan Samarinda Ulu",
 org="7.01.0.00.0.00.05.0000 - Kecamatan Samarinda Ulu",
 urusan="7 - UNSUR KEWILAYAHAN",
 bidang="7.01 - KECAMATAN",
 program="7.01.02 - PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
 kegiatan="7.01.02.2.01 - Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
 subs=[
  dict(kode="7.01.02.2.01.0003", nama="Pelaksanaan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan",
       keluaran="Jumlah Dokumen Hasil Musrenbang Kecamatan", target="1 Dokumen",
       lokasi="Kecamatan Samarinda Ulu", sumber="DAU",
       groups=[
    g("atk", [
      L("Kertas HVS A4 70 gr", "", "10 Rim", "Rim", 58500, ref="kertas_a4"),
      L("Pulpen gel hitam", "isi 12", "13 Box", "Box", 54000, ref="pulpen_box"),
    ]),
    g("cetak", [
      L("Cetak map kegiatan Musrenbang", "map batik logo", "150 Buah", "Buah", 9000, ref="map_cetak"),
      L("Fotokopi bahan Musrenbang", "", "150 Orang x 40 Lembar", "Lembar", 350, "A", ref="fotokopi", err=2313000),
      L("Penjilidan dokumen", "", "150 Buah", "Buah", 8000, ref="jilid"),
      L("Spanduk Musrenbang uk. 1 x 5 m", "", "2 Buah x 5 M2", "M2", 45000, ref="spanduk"),
    ]),
    g("m_pc_periferal", [
      L("Tinta printer ink tank 70 ml", "original", "8 Botol", "Botol", 105000, "M", ref="tinta_botol"),
    ]),
    g("makmin", [
      L("Nasi kotak Musrenbang", "", "150 Kotak", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak Musrenbang", "", "150 Kotak x 2 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Kudapan / snack Musrenbang", "", "150 Kotak x 2 Kali", "Kotak", 20000, "D", ref="kue_kotak"),
      L("Air mineral gelas", "isi 48", "8 Dus", "Dus", 36000, "A", ref="air_gelas", err=255780),
    ]),
    g("honor", [
      L("Honorarium narasumber Bappeda (eselon III)", "", "2 Orang x 2 Jam", "OJ", 900000, ref="narsum_es3"),
      L("Honorarium moderator", "", "1 Orang x 1 Kali", "Orang/Kali", 700000, ref="moderator"),
      L("Honorarium pembawa acara", "", "1 Orang x 1 Kali", "Orang/Kali", 400000, ref="mc"),
      L("Honorarium pembawa acara", "", "1 Orang x 1 Kali", "Orang/Kali", 400000, "D", ref="mc"),
    ], ppn=0),
    g("bahanlain", [
      L("Sewa tenda sarnafil 5x5", "", "3 Unit x 1 Hari", "Unit/Hari", 650000, "M", ref="tenda_sewa"),
    ]),
    g("sewa_alat", [
      L("Sewa sound system", "", "1 Paket x 1 Hari", "Paket/Hari", 3250000, "O", ref="sound_sewa"),
      L("Sewa kursi futura", "", "150 Buah x 1 Hari", "Buah/Hari", 9000, ref="kursi_sewa"),
      L("Jasa foto dan video dokumentasi", "", "1 Paket", "Paket", 2500000, "N"),
    ]),
    g("pd_dalam", [
      L("Uang harian perjalanan dinas dalam kota", "", "5 Orang x 4 Hari", "OH", 190000, ref="uh_dalam_kota"),
    ], ppn=0),
    g("m_mebel", [
      L("Kursi kerja staf hidrolik", "", "10 Unit", "Unit", 1250000, "T", ref="kursi_kerja"),
    ]),
    g("diserahkan", [
      L("Sarung tenun Samarinda (cenderamata narasumber)", "", "4 Lembar", "Lembar", 650000, "N"),
      L("Paket sembako bingkisan Ketua RT", "", "120 Paket", "Paket", 175000, "T", ref="sembako"),
    ]),
  ]),
 ]))

# =========================================================== 7. DISKOMINFO (layout L2)
RKAS.append(dict(
 stem="rka_diskominfo_2027", layout="L2", opd="Dinas Komunikasi dan Informatika",
 org="2.16.0.00.0.00.01.0000 - Dinas Komunikasi dan Informatika",
 urusan="2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
 bidang="2.16 - URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA",
 program="2.16.03 - PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
 kegiatan="2.16.03.2.02 - Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
 subs=[
  dict(kode="2.16.03.2.02.0005", nama="Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
       keluaran="Jumlah Aplikasi dan Proses Bisnis yang Dikembangkan (Samarinda.AI)", target="3 Aplikasi",
       lokasi="Kota Samarinda", sumber="DAU",
       groups=[
    g("cloud", [
      L("Sewa cloud server VPS 8 vCPU 16 GB", "storage 200 GB", "4 Server x 12 Bulan", "Bulan", 2350000, ref="vps"),
      L("Langganan layanan AI generatif (kredit API pay-per-use)", "", "12 Bulan", "Bulan", 25000000, "N"),
      L("Sertifikat SSL wildcard samarindakota.go.id", "", "1 Tahun", "Tahun", 3850000, ref="ssl"),
      L("Lisensi Microsoft 365 Business Standard", "", "25 User x 12 Bulan", "User/Bulan", 195000, "N"),
    ]),
    g("tenaga_ahli", [
      L("Tenaga ahli sistem informasi (tim pengembang Samarinda.AI)", "S1, pengalaman 5 th", "3 Orang x 12 Bulan", "OB", 12000000, ref="tenaga_ahli_si", ppn=0),
      L("Tenaga ahli SI / programmer senior", "S1 Informatika", "2 Orang x 12 Bulan", "OB", 13500000, "O", ref="tenaga_ahli_si", ppn=0),
    ]),
    g("honor_tim", [
      L("Honorarium tim pelaksana kegiatan - ketua", "", "1 Orang x 12 Bulan", "OB", 650000, ref="tim_ketua"),
      L("Honorarium tim pelaksana kegiatan - anggota", "", "5 Orang x 12 Bulan", "OB", 450000, ref="tim_anggota"),
    ], ppn=0),
    g("atk", [
      L("Kertas HVS A4 70 gr", "", "10 Rim", "Rim", 58500, ref="kertas_a4"),
    ]),
    g("m_laptop", [
      L("Laptop Core i5 RAM 16GB SSD 512", "14 inch", "4 Unit", "Unit", 14500000, ref="laptop"),
    ]),
    g("m_pc", [
      L("PC All in One Core i5", "monitor 23,8 inch", "2 Unit", "Unit", 17900000, "O", ref="pc_aio"),
    ]),
    g("komp", [
      L("Harddisk eksternal 1 TB", "", "4 Buah", "Buah", 950000, ref="hdd_ext"),
      L("Mouse wireless", "", "10 Buah", "Buah", 125000, ref="mouse"),
      L("Keyboard USB", "", "10 Buah", "Buah", 150000, ref="keyboard"),
      L("Flashdisk 32 GB", "USB 3.0", "10 Buah", "Buah", 95000, ref="flashdisk_32"),
    ]),
    g("makmin", [
      L("Nasi kotak rapat FGD kebutuhan data OPD", "", "40 Kotak x 4 Kali", "Kotak", 45000, ref="nasi_kotak"),
      L("Kue kotak rapat FGD", "", "40 Kotak x 4 Kali", "Kotak", 20000, ref="kue_kotak"),
      L("Nasi kotak workshop AI hari I dan II", "", "80 Orang x 2 Hari", "Kotak", 45000, "D", ref="nasi_kotak"),
    ]),
    g("sewa_gedung", [
      L("Paket fullday meeting hotel (Workshop Transformasi Digital dan AI)", "ruang, makan siang, 2x rehat kopi", "80 Orang x 2 Hari", "Orang/Hari", 450000, ref="fullday", ppn=0),
    ]),
    g("honor", [
      L("Honorarium narasumber praktisi AI", "", "2 Orang x 6 Jam", "OJ", 900000, "A", ref="narsum_luar", err=10080000),
    ], ppn=0),
    g("pd_biasa", [
      L("Tiket pesawat Jakarta - Samarinda PP narasumber", "", "2 Orang x 1 Kali", "Orang/PP", 3950000, ref="tiket_jkt"),
      L("Taksi bandara Jakarta", "", "2 Orang x 2 Kali", "Orang/Kali", 256000, ref="taksi_jkt"),
    ], ppn=0),
    g("m_rt", [
      L("Dispenser air galon panas dingin", "", "4 Unit", "Unit", 1150000, "T", ref="dispenser"),
    ]),
    g("pdl", [
      L("Pakaian dinas lapangan (PDL) staf bidang aplikasi", "", "20 Stel", "Stel", 650000, "T", ref="pdl"),
    ]),
  ]),
  dict(kode="2.16.03.2.02.0003", nama="Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
       keluaran="Jumlah Perangkat Daerah dan Kelurahan yang Terhubung Jaringan Intra Pemerintah", target="104 Lokasi",
       lokasi="45 Perangkat Daerah dan 59 Kelurahan", sumber="DAU",
       groups=[
    g("internet", [
      L("Langganan internet dedicated 100 Mbps (NOC Balaikota)", "1:1", "12 Bulan", "Bulan", 9750000, ref="internet_ded"),
      L("Langganan internet broadband 100 Mbps kantor kelurahan", "", "59 Kelurahan x 12 Bulan", "Bulan", 1150000, "A", ref="internet_bb", err=904788000),
    ]),
    g("cloud", [
      L("Sewa cloud server VPS 8 vCPU 16 GB", "storage 200 GB", "4 Server x 12 Bulan", "Bulan", 2350000, "D", ref="vps"),
    ]),
    g("m_jaringan", [
      L("Flashdisk 64 GB (installer perangkat jaringan)", "USB 3.0", "10 Buah", "Buah", 135000, "M", ref="flashdisk_64"),
      L("Router / access point dual band Wi-Fi 6", "", "45 Unit", "Unit", 1650000, ref="router_ap"),
      L("Access point Wi-Fi 6 dual band untuk OPD", "", "45 Unit", "Unit", 1650000, "D", ref="router_ap"),
      L("UPS 1200 VA", "", "10 Unit", "Unit", 1750000, "N"),
    ]),
    g("komp", [
      L("Kabel UTP Cat 6", "1 box 305 m", "10 Box", "Box", 2250000, ref="kabel_utp"),
      L("Konektor RJ45 Cat 6", "isi 100", "10 Pak", "Pak", 185000, ref="rj45_pak"),
      L("Konektor RJ 45 cat6", "", "500 Pcs", "Pcs", 2400, "O", ref="rj45_pak", conv=0.01),
      L("Switch 24 port manageable", "gigabit", "10 Unit", "Unit", 4800000, "M", ref="switch24"),
    ]),
    g("m_kend_penumpang", [
      L("Sewa mobil minibus survei titik jaringan kelurahan", "termasuk sopir", "1 Unit x 10 Hari", "Unit/Hari", 850000, "M", ref="sewa_minibus", ppn=0),
    ]),
    g("pakaian_kerja", [
      L("Kaos kegiatan fun run HUT Kominfo", "", "150 Buah", "Buah", 85000, "T", ref="kaos"),
    ]),
  ]),
 ]))
