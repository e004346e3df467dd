"""RKA content for review8 (written blind).  Label letters:
O=OVERPRICED N=NO_PRICE_REFERENCE T=OFF_TARGET A=ARITHMETIC D=DUPLICATE M=ACCOUNT_MISMATCH
"""
import re

CODES = {"O": "OVERPRICED", "N": "NO_PRICE_REFERENCE", "T": "OFF_TARGET",
         "A": "ARITHMETIC", "D": "DUPLICATE", "M": "ACCOUNT_MISMATCH"}

ACC = {
    "BANGUNAN": ("5.1.02.01.01.0001", "Belanja Bahan-Bahan Bangunan dan Konstruksi"),
    "BBM": ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas"),
    "KIMIA": ("5.1.02.01.01.0008", "Belanja Bahan-Bahan Kimia"),
    "ATK": ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    "KERTAS": ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"),
    "CETAK": ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    "KOMP": ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer"),
    "LAINNYA": ("5.1.02.01.01.0036", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya"),
    "SUVENIR": ("5.1.02.01.01.0035", "Belanja Suvenir/Cendera Mata"),
    "ALKES": ("5.1.02.01.01.0038", "Belanja Obat-Obatan dan Bahan Medis Habis Pakai"),
    "MAMIN_RAPAT": ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    "MAMIN_LAP": ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan / Aktivitas Lapangan"),
    "PAKAIAN": ("5.1.02.01.01.0073", "Belanja Pakaian Kerja Lapangan"),
    "SERAH": ("5.1.02.01.02.0001", "Belanja Barang yang Akan Diserahkan kepada Masyarakat"),
    "HONOR": ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"),
    "HONOR_TIM": ("5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan"),
    "JASA_KEBERSIHAN": ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Kebersihan"),
    "JASA_LAIN": ("5.1.02.02.01.0063", "Belanja Jasa Lainnya"),
    "INTERNET": ("5.1.02.02.01.0062", "Belanja Langganan Jurnal/Internet"),
    "LAB": ("5.1.02.02.01.0038", "Belanja Jasa Pengujian Laboratorium"),
    "SEWA_GEDUNG": ("5.1.02.02.03.0001", "Belanja Sewa Gedung Pertemuan"),
    "SEWA_MOBIL": ("5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang"),
    "SEWA_ALATBERAT": ("5.1.02.02.05.0009", "Belanja Sewa Alat Berat"),
    "SEWA_PERALATAN": ("5.1.02.02.06.0053", "Belanja Sewa Peralatan dan Perlengkapan Kegiatan"),
    "PEMELIHARAAN_KEND": ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang"),
    "PERJADIN": ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    "TRANSPORT": ("5.1.02.02.01.0078", "Belanja Uang Transport Peserta Kegiatan (Non ASN)"),
    "PERJADIN_DK": ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota"),
    "MODAL_ALKES": ("5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum"),
    "MODAL_RT": ("5.2.02.05.02.0006", "Belanja Modal Alat Rumah Tangga Lainnya (Home Use)"),
    "MODAL_KANTOR": ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
    "MODAL_PC": ("5.2.02.10.02.0003", "Belanja Modal Peralatan Personal Computer"),
    "MODAL_RAMBU": ("5.2.02.13.01.0002", "Belanja Modal Rambu-Rambu Lalu Lintas Darat"),
    "MODAL_KEND": ("5.2.02.02.01.0004", "Belanja Modal Kendaraan Bermotor Beroda Dua dan Tiga"),
    "MODAL_ANGKUT": ("5.2.02.02.02.0002", "Belanja Modal Alat Angkutan Darat Tak Bermotor"),
    "MODAL_OR": ("5.2.02.05.03.0004", "Belanja Modal Alat Olahraga"),
    "MODAL_STUDIO": ("5.2.02.06.01.0003", "Belanja Modal Alat Studio - Peralatan Video dan Foto"),
    "MODAL_MESIN": ("5.2.02.05.02.0009", "Belanja Modal Alat Pengolah Sampah"),
}


def L(ur, spec, koef, sat, harga, lab="", ref=None, vol=None, jml=None, conv=1, dup=None, key=None, ppn=None):
    return dict(uraian=ur, spec=spec, koef=koef, satuan=sat, harga=harga, lab=lab, ref=ref,
                vol_override=vol, jml_override=jml, conv=conv, dup=dup, key=key, ppn_override=ppn)


def G(acc, lines, ppn=None):
    return dict(acc=acc, lines=lines, ppn=ppn)


def koef_product(koef):
    prod = 1
    for tok in koef.split(" x "):
        m = re.match(r"\s*([\d.,]+)", tok)
        prod *= float(m.group(1).replace(".", "").replace(",", "."))
    return int(round(prod))


# ---------------------------------------------------------------- Dinas Kesehatan (layout A)
DINKES = dict(
    file="RKA_Dinkes_2027_Balita_DBD.xlsx", layout="A_akun_bertingkat_ppn",
    opd="Dinas Kesehatan Kota Samarinda", opd_code="1.02.0.00.0.00.01.0000",
    urusan="1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    bidang="1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN",
    program="1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    kegiatan="1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    subs=[
        dict(code="1.02.02.2.02.0004", name="Pengelolaan Pelayanan Kesehatan Balita",
             indikator="Jumlah Balita yang Mendapatkan Pelayanan Kesehatan sesuai Standar", target="38.500 Orang",
             lokasi="26 Puskesmas se-Kota Samarinda", sheet="Balita", groups=[
                G("KERTAS", [
                    L("Kertas HVS A4", "70 gram", "40 rim", "rim", 58000, ref="KRT-A4-70", key="k1"),
                    L("Kertas HVS ukuran A4 (form register balita)", "70 gsm", "25 rim", "rim", 58000, "D", ref="KRT-A4-70", dup="k1"),
                ]),
                G("ATK", [
                    L("Map Snelhecter", "plastik, folio", "300 buah", "buah", 3500, ref="ATK-MAPSN"),
                    L("Ballpoint", "isi 12 per kotak, tinta hitam", "10 kotak", "kotak", 60000, "O", ref="ATK-BP", conv=12),
                    L("Buku Folio", "isi 100 lembar, hard cover", "26 buah", "buah", 22000, "A", ref="ATK-FOLIO", jml=6349200),
                    L("Laptop untuk entri data e-PPGBM", "Core i5, RAM 16 GB, SSD 512 GB, 14 inch", "2 unit", "unit", 13500000, "M", ref="AST-LAPTOP"),
                ]),
                G("CETAK", [
                    L("Cetak Leaflet ASI Eksklusif dan MP-ASI", "A4 lipat 3, art paper 120 gr, full color", "5.000 lembar", "lembar", 2200, ref="CTK-LEAFLET"),
                    L("Cetak Kartu Menuju Sehat (KMS) Balita", "art carton 210 gr, 2 sisi", "4.000 lembar", "lembar", 3500, "O", ref="CTK-KARTU"),
                    L("Spanduk Bulan Penimbangan Balita", "flexi 280 gr, full color", "26 buah x 2 m2", "m2", 45000, ref="CTK-SPANDUK", key="s1"),
                    L("Banner kegiatan penimbangan balita (Februari & Agustus)", "flexi 280 gr", "40 m2", "m2", 45000, "D", ref="CTK-SPANDUK", dup="s1"),
                ]),
                G("ALKES", [
                    L("Pita LILA", "plastik, 33 cm", "500 buah", "buah", 5000, ref="KES-LILA"),
                    L("Alkohol Swab", "isi 100", "20 kotak", "kotak", 30000, ref="KES-SWAB"),
                    L("Masker Medis 3 ply", "earloop, isi 50", "60 kotak", "kotak", 45000, "O", ref="KES-MASKER"),
                    L("Strip Tes Kehamilan (HCG)", "isi 50", "30 kotak", "kotak", 95000, "T", ref="KES-HCG"),
                ]),
                G("LAINNYA", [
                    L("Boneka peraga bayi (manekin) untuk pelatihan kader", "silikon, ukuran bayi baru lahir", "26 buah", "buah", 850000, "N"),
                ]),
                G("SERAH", [
                    L("Paket Makanan Tambahan (PMT) Lokal Balita Gizi Kurang", "1 porsi, bahan pangan lokal", "1.200 balita x 90 hari", "porsi", 15000, ref="KES-PMT"),
                ], ppn=0),
                G("MAMIN_RAPAT", [
                    L("Kudapan kader posyandu saat pelatihan", "", "260 orang x 2 kali", "OK", 20000, ref="SBU-SNACK"),
                    L("Makan (nasi kotak) kader posyandu saat pelatihan", "", "260 orang x 2 kali", "OK", 45000, "A", ref="SBU-MAKAN", vol=502),
                    L("Nasi kotak peserta Rapat Kerja Kesehatan Daerah (Rakerkesda) 2027", "", "150 orang x 2 kali", "OK", 45000, "T", ref="SBU-MAKAN"),
                ], ppn=0),
                G("HONOR", [
                    L("Honorarium Narasumber Pelatihan Kader Posyandu (Pejabat Eselon III)", "", "2 orang x 4 jam x 2 angkatan", "OJ", 800000, ref="SBU-NS-E3"),
                    L("Honorarium Pembawa Acara", "", "2 kali", "OK", 300000, ref="SBU-MC"),
                    L("Honorarium Panitia Pelaksana - Anggota", "", "5 orang x 1 kegiatan", "OK", 300000, ref="SBU-PAN-ANGG"),
                    L("Honorarium Moderator", "", "2 orang x 2 kali", "orang/kali", 650000, "O", ref="SBU-MOD"),
                ], ppn=0),
                G("JASA_LAIN", [
                    L("Lisensi aplikasi pemantauan tumbuh kembang balita", "langganan 1 tahun, 26 akun puskesmas", "1 paket", "paket", 18500000, "N"),
                ], ppn=0),
                G("PERJADIN_DK", [
                    L("Uang Harian Perjalanan Dinas Dalam Kota - Supervisi Posyandu", "", "4 orang x 26 puskesmas x 2 kali", "OH", 150000, ref="SBU-UH-DK"),
                ], ppn=0),
                G("MODAL_ALKES", [
                    L("Timbangan Bayi Digital", "kapasitas 20 kg, ketelitian 10 g", "26 unit", "unit", 1250000, ref="AST-TIMBBAYI"),
                    L("Infantometer (alat ukur panjang badan bayi)", "0-120 cm", "26 unit", "unit", 650000, ref="AST-INFANTO"),
                ]),
                G("MODAL_RT", [
                    L("Televisi LED untuk ruang kerja Kepala Dinas", "55 inch, smart TV", "1 unit", "unit", 8900000, "T", ref="AST-TV"),
                ]),
             ]),
        dict(code="1.02.02.2.02.0038", name="Pelayanan Kesehatan Penyakit Menular dan Tidak Menular",
             indikator="Jumlah Kelurahan yang Melaksanakan Pengendalian Vektor DBD", target="59 Kelurahan",
             lokasi="Kota Samarinda", sheet="P2P DBD", groups=[
                G("KIMIA", [
                    L("Larvasida Temefos 1%", "granul, kemasan 1 kg", "150 kg", "kg", 185000, ref="KES-TEMEFOS", key="t1"),
                    L("Insektisida Fogging (Cypermethrin)", "bahan aktif cypermethrin", "200 liter", "liter", 495000, "O", ref="KES-INSEKT"),
                    L("Abate (bubuk larvasida) untuk PSN", "temefos 1%", "120 kg", "kg", 185000, "D", ref="KES-TEMEFOS", dup="t1"),
                    L("Honorarium Tim Pelaksana Kegiatan - Ketua", "", "1 orang x 6 bulan", "OB", 650000, "M", ref="SBU-TIM-KETUA"),
                ]),
                G("BBM", [
                    L("Dexlite (pelarut) untuk mesin fogging", "CN 51", "600 liter", "liter", 13500, ref="BBM-DEXLITE"),
                    L("Bensin Pertalite untuk mesin fogging", "RON 90", "300 liter", "liter", 10000, ref="BBM-PERTALITE"),
                    L("Oli Mesin", "SAE 10W-40, 1 liter", "24 botol", "botol", 75000, ref="BBM-OLI"),
                    L("Sewa mobil operasional fogging (MPV termasuk sopir & BBM)", "", "1 unit x 40 hari", "unit/hari", 850000, "M", ref="SBU-SW-MOBIL"),
                ]),
                G("ALKES", [
                    L("Masker Medis petugas fogging", "3 ply, isi 50", "20 kotak", "kotak", 35000, ref="KES-MASKER"),
                    L("Sarung Tangan Latex Non Steril", "isi 100", "15 kotak", "kotak", 75000, ref="KES-GLOVE"),
                ]),
                G("LAINNYA", [
                    L("Ovitrap (perangkap telur nyamuk)", "ember plastik hitam + bilah kayu", "590 buah", "buah", 35000, "N"),
                    L("Kit Uji Resistensi Insektisida (susceptibility test kit standar WHO)", "tabung uji + kertas berimpregnasi", "2 paket", "paket", 4750000, "N"),
                    L("Senter kepala (headlamp) LED untuk pemeriksaan jentik", "baterai AAA", "118 buah", "buah", 65000, "N"),
                ]),
                G("PAKAIAN", [
                    L("Rompi Reflektor Petugas Jumantik", "scotchlight, hijau stabilo", "59 buah", "buah", 75000, ref="PKN-ROMPI"),
                    L("Pakaian Olahraga (training) Pegawai Dinas Kesehatan", "atasan + celana", "120 stel", "stel", 275000, "T", ref="PKN-TRAINING"),
                    L("Sepatu Boot Karet petugas fogging", "tinggi betis", "30 pasang", "pasang", 120000, "A", ref="KBR-BOOT", jml=3699000),
                ]),
                G("HONOR_TIM", [
                    L("Honorarium Tim Pelaksana Kegiatan - Anggota (petugas fogging)", "", "10 orang x 6 bulan", "OB", 450000, ref="SBU-TIM-ANGG"),
                ], ppn=0),
                G("PERJADIN_DK", [
                    L("Uang Harian Perjalanan Dinas Dalam Kota - Pemantauan Jentik Berkala", "", "6 orang x 59 kelurahan x 2 kali", "OH", 150000, "A", ref="SBU-UH-DK", vol=780),
                ], ppn=0),
                G("PERJADIN", [
                    L("Tiket Pesawat Samarinda-Jakarta PP (Rakornas P2P)", "kelas ekonomi", "2 orang x 1 kali", "orang/PP", 3600000, ref="SBU-PESAWAT-JKT"),
                    L("Uang Harian Perjalanan Dinas DKI Jakarta", "", "2 orang x 3 hari", "OH", 530000, ref="SBU-UH-DKI"),
                    L("Biaya Penginapan DKI Jakarta (Gol. III)", "", "2 orang x 2 malam", "orang/malam", 1350000, "O", ref="SBU-HOTEL-JKT"),
                ], ppn=0),
                G("MODAL_ALKES", [
                    L("Mesin Fogging Portabel", "swing fog, tangki 6 liter", "5 unit", "unit", 14500000, ref="AST-FOGGING", key="f1"),
                ]),
                G("MODAL_KANTOR", [
                    L("Swing fog (mesin pengasapan) portable untuk Puskesmas", "tangki 6 liter", "5 unit", "unit", 14500000, "D", ref="AST-FOGGING", dup="f1"),
                ]),
             ]),
    ])

# ---------------------------------------------------------------- Dinas Perhubungan (layout A)
DISHUB = dict(
    file="RKA_Dishub_2027_Perlengkapan_Jalan.xlsx", layout="A_akun_bertingkat_ppn",
    opd="Dinas Perhubungan Kota Samarinda", opd_code="2.15.0.00.0.00.01.0000",
    urusan="2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    bidang="2.15 URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN",
    program="2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    kegiatan="2.15.02.2.02 Pengelolaan Terminal Penumpang Tipe C dan Perlengkapan Jalan",
    subs=[
        dict(code="2.15.02.2.02.0004", name="Pengadaan, Pemasangan, Perbaikan dan Pemeliharaan Perlengkapan Jalan dalam rangka Manajemen dan Rekayasa Lalu Lintas",
             indikator="Jumlah Perlengkapan Jalan yang Diadakan, Dipasang dan Dipelihara", target="180 Unit",
             lokasi="Kota Samarinda (10 Kecamatan)", sheet="Perlengkapan Jalan", groups=[
                G("BANGUNAN", [
                    L("Cat Marka Jalan Thermoplastik (putih)", "termasuk glass bead", "2.400 kg", "kg", 38000, ref="BGN-CATMARKA", key="c1"),
                    L("Cat Marka Thermoplastik warna kuning", "termasuk glass bead", "600 kg", "kg", 52000, "O", ref="BGN-CATMARKA"),
                    L("Primer / Thinner marka jalan", "kaleng 5 liter", "40 kaleng", "kaleng", 325000, "N"),
                    L("Semen Portland (pondasi tiang rambu)", "50 kg", "60 zak", "zak", 78000, ref="BGN-SEMEN"),
                    L("Pasir Beton", "", "8 m3", "m3", 285000, ref="BGN-PASIR"),
                    L("Batu Split 2/3", "", "6 m3", "m3", 420000, "A", ref="BGN-SPLIT", jml=2520000),
                    L("Upah tenaga harian pemasang rambu", "tukang + pembantu tukang", "6 orang x 30 hari", "OH", 175000, "MN", ppn=0.0),
                ]),
                G("MODAL_RAMBU", [
                    L("Rambu Lalu Lintas bulat diameter 60 cm", "lengkap tiang galvanis 2,5 inch & pondasi", "45 unit", "unit", 1850000, ref="LL-RAMBU", key="r1"),
                    L("Rambu Pendahulu Petunjuk Jurusan (RPPJ)", "papan 2 x 3 m, tiang F galvanis", "2 unit", "unit", 12500000, "N"),
                    L("Warning Light Tenaga Surya (lampu kuning kedip)", "2 arah, panel surya 50 WP", "4 unit", "unit", 18500000, "N"),
                    L("Servis berkala truk crane pemasang rambu", "paket servis + jasa", "4 kali", "kali", 1250000, "M", ref="JS-SERVISR4"),
                    L("Marka jalan thermoplastik putih (bahan)", "termasuk glass bead", "2.400 kg", "kg", 38000, "D", ref="BGN-CATMARKA", dup="c1"),
                ]),
                G("LAINNYA", [
                    L("Traffic Cone 70 cm", "karet, reflektor", "150 buah", "buah", 145000, ref="LL-CONE", key="tc"),
                    L("Water Barrier HDPE 1 m", "plastik", "40 buah", "buah", 850000, "A", ref="LL-BARRIER", jml=37470000),
                    L("Kerucut lalu lintas (traffic cone) tinggi 70 cm", "reflektor", "150 buah", "buah", 145000, "D", ref="LL-CONE", dup="tc"),
                    L("Tongkat Lalu Lintas LED", "panjang 54 cm", "60 buah", "buah", 120000, "O", ref="LL-TONGKAT"),
                    L("Handy Talky (HT)", "VHF, 5 watt", "10 unit", "unit", 2450000, "M", ref="LL-HT"),
                    L("Daun rambu lalu lintas bulat 60 cm lengkap tiang", "tiang galvanis 2,5 inch", "45 unit", "unit", 1850000, "DM", ref="LL-RAMBU", dup="r1"),
                    L("Bola Sepak untuk turnamen HUT Dinas Perhubungan", "ukuran 5", "6 buah", "buah", 650000, "T", ref="OR-BOLAKAKI"),
                ]),
                G("PAKAIAN", [
                    L("Rompi Reflektor petugas pemasangan", "scotchlight", "40 buah", "buah", 75000, ref="PKN-ROMPI"),
                    L("Jas Hujan ponco", "PVC tebal", "40 buah", "buah", 125000, ref="PKN-JASHUJAN"),
                    L("Kain Batik Korpri untuk seluruh pegawai", "katun, 2,5 m", "85 potong", "potong", 175000, "TN"),
                ]),
                G("BBM", [
                    L("Dexlite truk crane pemasangan rambu", "CN 51", "1.200 liter", "liter", 13500, ref="BBM-DEXLITE"),
                    L("Pertamax kendaraan dinas Kepala Dinas", "RON 92", "800 liter", "liter", 12500, "T", ref="BBM-PERTAMAX"),
                ]),
                G("SEWA_ALATBERAT", [
                    L("Sewa Dump Truck 6 m3", "termasuk pengemudi", "1 unit x 10 hari", "unit/hari", 1500000, ref="SBU-SW-DT"),
                    L("Sewa Stamper", "tamping rammer", "2 unit x 10 hari", "unit/hari", 250000, ref="SBU-SW-STAMPER"),
                    L("Sewa Excavator 0,8 m3 (galian pondasi)", "termasuk operator", "5 hari x 8 jam", "jam", 450000, "A", ref="SBU-SW-EXCA", vol=45),
                ], ppn=0),
                G("HONOR_TIM", [
                    L("Honorarium Tim Pelaksana Kegiatan - Ketua", "", "1 orang x 12 bulan", "OB", 650000, ref="SBU-TIM-KETUA"),
                    L("Honorarium Tim Pelaksana Kegiatan - Anggota", "", "4 orang x 12 bulan", "OB", 450000, ref="SBU-TIM-ANGG"),
                ], ppn=0),
                G("MAMIN_LAP", [
                    L("Makan petugas lapangan pemasangan rambu", "nasi kotak", "12 orang x 20 hari", "OK", 45000, ref="SBU-MAKAN"),
                    L("Kudapan petugas lapangan", "", "12 orang x 20 hari", "OK", 25000, "O", ref="SBU-SNACK"),
                ], ppn=0),
             ]),
    ])

# ---------------------------------------------------------------- Dinas PUPR (layout B)
PUPR = dict(
    file="rka-pupr-2027-jalan-drainase.xlsx", layout="B_multi_subkeg_teks",
    opd="Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda", opd_code="1.03.0.00.0.00.01.0000",
    program="1.03.10 PROGRAM PENYELENGGARAAN JALAN / 1.03.03 PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE",
    subs=[
        dict(code="1.03.10.2.01.0036", name="Pemeliharaan Rutin Jalan",
             indikator="Panjang Jalan Kota yang Dipelihara secara Rutin", target="35 km",
             lokasi="Ruas jalan kota se-Samarinda", groups=[
                G("SEWA_ALATBERAT", [
                    L("Sewa Excavator 0,8 m3", "termasuk operator", "6 hari x 8 jam", "jam", 450000, ref="SBU-SW-EXCA"),
                    L("Sewa Dump Truck 6 m3", "termasuk pengemudi", "2 unit x 15 hari", "unit/hari", 1500000, ref="SBU-SW-DT", key="dt"),
                    L("Sewa Stamper", "tamping rammer", "3 unit x 15 hari", "unit/hari", 300000, "O", ref="SBU-SW-STAMPER"),
                    L("Sewa Vibro Roller 8 ton", "termasuk operator & BBM", "10 hari", "hari", 2750000, "N"),
                ]),
                G("BANGUNAN", [
                    L("Aspal Dingin (Cold Mix)", "kemasan 25 kg", "800 zak", "zak", 135000, ref="BGN-COLDMIX", key="cm"),
                    L("Semen Portland", "50 kg", "400 zak", "zak", 78000, "A", ref="BGN-SEMEN", jml=32100000),
                    L("Pasir Beton", "", "4 lokasi x 15 m3", "m3", 285000, "A", ref="BGN-PASIR", vol=65),
                    L("Batu Split 2/3", "", "90 m3", "m3", 495000, "O", ref="BGN-SPLIT"),
                    L("Besi Beton Polos 10 mm", "panjang 12 m", "150 batang", "batang", 92000, ref="BGN-BESI10"),
                    L("Kayu Meranti 5/7 (bekisting)", "panjang 4 m", "80 batang", "batang", 95000, ref="BGN-KAYU"),
                    L("Cat Marka Thermoplastik (marka ulang pasca tambal)", "putih", "500 kg", "kg", 38000, ref="BGN-CATMARKA"),
                    L("Aspal cold mix kemasan zak 25 kg (tambalan lubang jalan)", "25 kg", "800 zak", "zak", 135000, "D", ref="BGN-COLDMIX", dup="cm"),
                    L("Geotextile Non Woven", "250 gram/m2", "600 m2", "m2", 28000, "N"),
                    L("Crack Sealant Aspal", "kemasan 20 kg", "150 kg", "kg", 62000, "N"),
                    L("Sewa truk pengangkut material (Dump Truck 6 m3)", "termasuk pengemudi", "2 unit x 15 hari", "unit/hari", 1500000, "DM", ref="SBU-SW-DT", dup="dt"),
                ]),
                G("HONOR_TIM", [
                    L("Honorarium Tim Pelaksana Kegiatan - Ketua", "", "1 orang x 12 bulan", "OB", 650000, ref="SBU-TIM-KETUA"),
                    L("Honorarium Tim Pelaksana Kegiatan - Anggota", "", "5 orang x 12 bulan", "OB", 450000, ref="SBU-TIM-ANGG"),
                ]),
                G("KERTAS", [L("Kertas HVS A4", "80 gram", "10 rim", "rim", 78000, "O", ref="KRT-A4-80")]),
                G("MODAL_PC", [L("Tinta Printer Botol", "70 ml, hitam/warna", "12 botol", "botol", 95000, "M", ref="ATK-TINTA")]),
                G("MODAL_STUDIO", [L("Kamera Digital Mirrorless (dokumentasi kondisi jalan)", "24 MP, lensa kit", "1 unit", "unit", 11500000, ref="AST-KAMERA")]),
                G("SERAH", [L("Paket Sembako untuk warga sekitar ruas jalan", "beras 10 kg, minyak 2 l, gula 2 kg, mi instan", "200 paket", "paket", 285000, "T", ref="SOS-SEMBAKO")]),
             ]),
        dict(code="1.03.03.2.01.0027", name="Operasi dan Pemeliharaan Sistem Drainase Perkotaan",
             indikator="Panjang Saluran Drainase yang Dinormalisasi dan Dipelihara", target="12.000 m",
             lokasi="DAS Karang Mumus, Karang Asam dan Loa Bakung", groups=[
                G("BANGUNAN", [
                    L("U-Ditch Beton Pracetak", "40 x 40 x 120 cm, K-350", "350 buah", "buah", 650000, "A", ref="BGN-UDITCH", jml=225750000),
                    L("Cover U-Ditch", "40 x 10 x 60 cm", "350 buah", "buah", 225000, "O", ref="BGN-COVERUD"),
                    L("Semen Portland", "50 kg", "200 zak", "zak", 78000, ref="BGN-SEMEN"),
                    L("Pasir Beton", "", "30 m3", "m3", 285000, ref="BGN-PASIR"),
                    L("Pipa PVC 4 inch AW", "panjang 4 m", "60 batang", "batang", 285000, ref="BGN-PIPA4"),
                    L("AC Split 1 PK (ruang panel rumah pompa)", "termasuk pemasangan", "2 unit", "unit", 5200000, "M", ref="AST-AC1"),
                ]),
                G("LAINNYA", [
                    L("Karung Plastik (sedimen)", "ukuran 50 kg", "3.000 lembar", "lembar", 3500, ref="KBR-KARUNG"),
                    L("Sarung Tangan Kerja", "karet, tebal", "200 pasang", "pasang", 15000, ref="KBR-SARUNG"),
                    L("Sepatu Boot Karet", "tinggi betis", "60 pasang", "pasang", 120000, ref="KBR-BOOT"),
                    L("Cangkul", "lengkap gagang", "40 buah", "buah", 95000, ref="KBR-CANGKUL"),
                    L("Garu Sampah", "besi", "40 buah", "buah", 65000, ref="KBR-GARU"),
                    L("Sekop", "baja, gagang kayu", "40 buah", "buah", 85000, "N"),
                    L("Honorarium Tim Pelaksana Kegiatan - Anggota", "", "4 orang x 12 bulan", "OB", 450000, "M", ref="SBU-TIM-ANGG"),
                ]),
                G("SEWA_ALATBERAT", [
                    L("Sewa Excavator 0,8 m3 (normalisasi)", "termasuk operator", "20 hari x 7 jam", "jam", 450000, ref="SBU-SW-EXCA"),
                    L("Sewa Dump Truck 6 m3", "termasuk pengemudi", "3 unit x 20 hari", "unit/hari", 1500000, ref="SBU-SW-DT"),
                    L("Sewa Pompa Air Dewatering 6 inch", "diesel, termasuk operator", "30 hari", "hari", 350000, "N"),
                ]),
                G("JASA_KEBERSIHAN", [
                    L("Jasa Tenaga Kebersihan Saluran", "setara UMK", "20 orang x 12 bulan", "OB", 3700000, ref="JS-KEBERSIHAN", key="jk"),
                    L("Jasa Satgas Drainase (tenaga pembersih saluran)", "setara UMK", "20 orang x 12 bulan", "OB", 3700000, "D", ref="JS-KEBERSIHAN", dup="jk"),
                ]),
                G("INTERNET", [L("Langganan Internet rumah dinas Kepala Bidang", "100 Mbps", "12 bulan", "bulan", 1100000, "T", ref="JS-INTERNET")]),
                G("CETAK", [L("Cetak Buku Profil Dinas PUPR 2027", "A4, 100 halaman, cover full color", "300 eksemplar", "eksemplar", 65000, "T", ref="CTK-BUKU")]),
             ]),
    ])

# ---------------------------------------------------------------- Dispora (layout C)
DISPORA = dict(
    file="Dispora_RKA2027_rincian.xlsx", layout="C_koefisien_rinci_subtotal",
    opd="Dinas Pemuda dan Olahraga Kota Samarinda", opd_code="2.19.0.00.0.00.01.0000",
    subs=[
        dict(code="2.19.03.2.02.0002", name="Penyelenggaraan Kejuaraan Olahraga Tingkat Daerah Kabupaten/Kota",
             indikator="Jumlah Kejuaraan Olahraga Tingkat Kota yang Diselenggarakan", target="2 Event (Piala Wali Kota Sepak Bola Pelajar & Voli Antar Kelurahan)",
             lokasi="Stadion Segiri dan GOR Sempaja", prefix="1", groups=[
                G("HONOR", [
                    L("Honorarium Juri/Wasit Perlombaan", "per orang per hari", "8 orang x 6 hari", "OH", 350000, ref="SBU-JURI", key="ws"),
                    L("Honorarium Panitia - Penanggung Jawab", "", "1 orang x 1 kegiatan", "OK", 450000, ref="SBU-PAN-PJ"),
                    L("Honorarium Panitia - Ketua", "", "1 orang x 1 kegiatan", "OK", 400000, ref="SBU-PAN-KETUA"),
                    L("Honorarium Panitia - Anggota", "", "12 orang x 1 kegiatan", "OK", 300000, ref="SBU-PAN-ANGG"),
                    L("Honorarium Wasit Pertandingan", "", "8 orang x 6 hari", "OH", 350000, "D", ref="SBU-JURI", dup="ws"),
                ]),
                G("KERTAS", [L("Kertas HVS A4 70 gr", "", "15 rim", "rim", 58000, ref="KRT-A4-70")]),
                G("ATK", [
                    L("Spidol Whiteboard", "hitam/biru", "24 buah", "buah", 9500, ref="ATK-SPIDOL"),
                    L("Laptop panitia (administrasi pertandingan)", "Ryzen 5, RAM 16 GB, SSD 512 GB", "2 unit", "unit", 13500000, "M", ref="AST-LAPTOP"),
                ]),
                G("CETAK", [
                    L("Cetak Sertifikat Peserta", "art carton 260 gr", "600 lembar", "lembar", 7500, ref="CTK-SERTIF"),
                    L("Spanduk Kejuaraan", "flexi 280 gr", "30 m2", "m2", 60000, "O", ref="CTK-SPANDUK"),
                    L("X-Banner", "60 x 160 cm", "6 buah", "buah", 175000, ref="CTK-XBANNER"),
                    L("Cetak Piagam Penghargaan Juara", "art carton 260 gr", "60 lembar", "lembar", 7500, ref="CTK-SERTIF"),
                ]),
                G("SUVENIR", [
                    L("Medali Juara", "diameter 6 cm, lengkap tali", "90 buah", "buah", 55000, "O", ref="OR-MEDALI"),
                ]),
                G("LAINNYA", [
                    L("Bola Sepak ukuran 5", "FIFA Quality", "20 buah", "buah", 650000, "A", ref="OR-BOLAKAKI", jml=1300000, key="bs"),
                    L("Bola Voli", "standar FIVB", "12 buah", "buah", 750000, ref="OR-BOLAVOLI"),
                    L("Net Bola Voli", "standar pertandingan", "4 buah", "buah", 450000, ref="OR-NET"),
                    L("Bola sepak (Molten/setara) untuk pertandingan", "size 5", "20 buah", "buah", 650000, "D", ref="OR-BOLAKAKI", dup="bs"),
                ]),
                G("SEWA_PERALATAN", [
                    L("Sewa Tenda Sarnafil 5 x 5 m", "", "6 unit x 6 hari", "unit/hari", 750000, ref="SBU-SW-TENDA"),
                    L("Sewa Kursi", "futura", "200 buah x 6 hari", "buah/hari", 10000, "A", ref="SBU-SW-KURSI", jml=12600000),
                    L("Sewa Sound System", "1.000 - 2.000 watt", "1 paket x 6 hari", "paket/hari", 1500000, ref="SBU-SW-SOUND"),
                    L("Sewa Lapangan Sepak Bola (Stadion)", "per hari", "6 hari", "hari", 3500000, "N"),
                    L("Sewa Ambulans Siaga Pertandingan", "termasuk tenaga medis", "6 hari", "hari", 1200000, "N"),
                    L("Honorarium Pembawa Acara", "", "3 kali", "OK", 300000, "M", ref="SBU-MC"),
                ]),
                G("MAMIN_LAP", [
                    L("Makan panitia dan wasit", "nasi kotak", "20 orang x 6 hari", "OK", 45000, ref="SBU-MAKAN"),
                    L("Kudapan panitia dan wasit", "", "20 orang x 6 hari", "OK", 20000, "A", ref="SBU-SNACK", vol=102),
                    L("Air Mineral Kemasan Gelas", "dus isi 48 gelas 220 ml", "150 dus", "dus", 38000, "N"),
                ]),
                G("SEWA_MOBIL", [
                    L("Sewa Bus Pariwisata study tour pegawai ke Balikpapan", "45 seat", "2 unit x 2 hari", "unit/hari", 3000000, "T", ref="SBU-SW-BUS"),
                ]),
                G("MODAL_OR", [
                    L("Piala Juara", "tinggi 60 cm", "12 buah", "buah", 350000, "M", ref="OR-PIALA"),
                ]),
             ]),
        dict(code="2.19.02.2.01.0003", name="Pelatihan Kewirausahaan Pemuda",
             indikator="Jumlah Pemuda yang Mengikuti Pelatihan Kewirausahaan", target="60 Orang",
             lokasi="Gedung pertemuan (sewa) di Kota Samarinda", prefix="2", groups=[
                G("HONOR", [
                    L("Honorarium Narasumber Non-ASN/Praktisi", "", "3 orang x 4 jam x 2 hari", "OJ", 700000, "A", ref="SBU-NS-NONASN", jml=16080000, key="ns"),
                    L("Honorarium Narasumber Pejabat Eselon III", "", "1 orang x 2 jam", "OJ", 800000, ref="SBU-NS-E3"),
                    L("Honorarium Moderator", "", "2 orang x 1 kali", "orang/kali", 500000, ref="SBU-MOD"),
                    L("Honor Pemateri Pelatihan Kewirausahaan (praktisi/pelaku usaha)", "", "3 orang x 4 jam x 2 hari", "OJ", 700000, "D", ref="SBU-NS-NONASN", dup="ns"),
                ]),
                G("CETAK", [
                    L("Cetak Modul Pelatihan", "A4, 100 halaman, cover full color", "60 eksemplar", "eksemplar", 65000, ref="CTK-BUKU"),
                    L("Penggandaan Materi", "A4, hitam putih", "6.000 lembar", "lembar", 300, ref="CTK-FC"),
                    L("Cetak Sertifikat Pelatihan", "art carton 260 gr, full color", "60 lembar", "lembar", 9500, "O", ref="CTK-SERTIF"),
                ]),
                G("LAINNYA", [
                    L("Seminar Kit (tas, block note, pulpen)", "tas spunbond", "60 paket", "paket", 85000, "N"),
                    L("Sewa Gedung/Aula Pertemuan", "kapasitas s.d. 200 orang", "3 hari", "hari", 5000000, "M", ref="SBU-SW-GEDUNG"),
                    L("Bola Voli", "standar FIVB", "10 buah", "buah", 750000, "T", ref="OR-BOLAVOLI"),
                ]),
                G("PAKAIAN", [
                    L("Kaos Peserta Pelatihan", "cotton combed 30s, sablon", "60 buah", "buah", 110000, "O", ref="PKN-KAOS"),
                ]),
                G("MAMIN_RAPAT", [
                    L("Makan Peserta Pelatihan", "nasi kotak", "70 orang x 3 hari", "OK", 45000, ref="SBU-MAKAN"),
                    L("Kudapan Peserta Pelatihan", "", "70 orang x 6 kali", "OK", 20000, ref="SBU-SNACK"),
                ]),
                G("TRANSPORT", [
                    L("Transport Peserta Pelatihan", "per orang per hari", "60 orang x 3 hari", "OK", 150000, ref="SBU-TRANS-DK"),
                ]),
                G("JASA_LAIN", [
                    L("Jasa Desain Grafis Konten Promosi Produk UMKM Peserta", "per produk", "60 produk", "produk", 250000, "N"),
                ]),
                G("MODAL_KEND", [
                    L("Sepeda Motor untuk operasional Kasubag Umum", "125 cc, matic", "1 unit", "unit", 24500000, "T", ref="AST-MOTOR"),
                ]),
             ]),
    ])

# ---------------------------------------------------------------- Dinas Sosial (layout B)
DINSOS = dict(
    file="rka-dinsos-2027-bencana-disabilitas.xlsx", layout="B_multi_subkeg_teks",
    opd="Dinas Sosial Kota Samarinda", opd_code="1.06.0.00.0.00.01.0000",
    program="1.06.06 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL / 1.06.04 PROGRAM REHABILITASI SOSIAL",
    subs=[
        dict(code="1.06.06.2.01.0001", name="Penyediaan Makanan",
             indikator="Jumlah Korban Bencana yang Terpenuhi Kebutuhan Makanan", target="1.500 Jiwa",
             lokasi="Lokasi terdampak banjir (Kec. Samarinda Utara, Sungai Pinang, Samarinda Ulu)", groups=[
                G("SERAH", [
                    L("Beras Medium", "kualitas medium", "6.000 kg", "kg", 17000, "O", ref="SOS-BERAS"),
                    L("Paket Sembako", "beras 10 kg, minyak goreng 2 l, gula 2 kg, mi instan 1 dus", "500 paket", "paket", 285000, ref="SOS-SEMBAKO"),
                    L("Air Mineral Kemasan Botol", "600 ml, dus isi 24", "400 dus", "dus", 52000, "N"),
                    L("Susu dan Makanan Bayi (MP-ASI instan)", "paket untuk 1 minggu", "200 paket", "paket", 95000, "N"),
                    L("Makanan Siap Saji Dapur Umum", "per porsi", "1.500 jiwa x 3 kali x 3 hari", "porsi", 25000, "A", ref="SBU-DAPUR", jml=335700000, key="du"),
                    L("Nasi bungkus dapur umum untuk pengungsi", "lauk + sayur", "1.500 jiwa x 3 hari", "porsi", 25000, "D", ref="SBU-DAPUR", dup="du"),
                    L("Terpal 4 x 6 m", "A5", "100 lembar", "lembar", 185000, "T", ref="SOS-TERPAL"),
                    L("Honorarium Tim Pelaksana Kegiatan - Anggota (Tagana)", "", "15 orang x 2 bulan", "OB", 450000, "M", ref="SBU-TIM-ANGG"),
                ]),
                G("MAMIN_LAP", [
                    L("Kudapan relawan dapur umum", "", "30 orang x 10 hari", "OK", 20000, ref="SBU-SNACK"),
                ]),
                G("LAINNYA", [
                    L("Gas LPG 12 kg (dapur umum)", "isi ulang", "40 tabung", "tabung", 210000, "N"),
                    L("Kantong Plastik Sampah dapur umum", "90 x 120 cm, isi 10", "50 pak", "pak", 17500, ref="KBR-KANTONG"),
                    L("Sarung Tangan Kerja relawan", "karet", "60 pasang", "pasang", 15000, ref="KBR-SARUNG"),
                ]),
                G("PAKAIAN", [
                    L("Rompi Reflektor relawan Tagana", "scotchlight", "30 buah", "buah", 75000, ref="PKN-ROMPI"),
                ]),
                G("BBM", [
                    L("Dexlite truk logistik", "CN 51", "500 liter", "liter", 13500, ref="BBM-DEXLITE"),
                ]),
                G("MODAL_KEND", [
                    L("Sewa Kendaraan Roda 4 (MPV) distribusi logistik", "termasuk pengemudi dan BBM", "2 unit x 10 hari", "unit/hari", 850000, "M", ref="SBU-SW-MOBIL"),
                ]),
                G("PERJADIN_DK", [
                    L("Uang Harian Perjalanan Dinas Dalam Kota (pendataan korban)", "", "10 orang x 10 hari", "OH", 150000, ref="SBU-UH-DK"),
                ]),
                G("PEMELIHARAAN_KEND", [
                    L("Servis Berkala Mobil Dinas Jabatan Kepala Dinas", "paket servis + jasa", "4 kali", "kali", 1250000, "T", ref="JS-SERVISR4"),
                ]),
             ]),
        dict(code="1.06.04.2.01.0005", name="Pemberian Alat Bantu",
             indikator="Jumlah Penyandang Disabilitas yang Menerima Alat Bantu", target="120 Orang",
             lokasi="10 Kecamatan se-Kota Samarinda", groups=[
                G("SERAH", [
                    L("Kursi Roda Standar", "rangka baja, roda 24 inch", "60 unit", "unit", 1650000, ref="SOS-KURSIRODA", key="kr"),
                    L("Kruk Ketiak Aluminium", "dapat disetel", "30 pasang", "pasang", 350000, ref="SOS-KRUK"),
                    L("Tongkat Tunanetra", "lipat, aluminium", "30 buah", "buah", 235000, "O", ref="SOS-TONGKAT"),
                    L("Alat Bantu Dengar (hearing aid) digital", "behind the ear", "20 unit", "unit", 3500000, "N"),
                    L("Kaki Palsu (prostesis) bawah lutut", "termasuk pengukuran & fitting", "10 unit", "unit", 8500000, "N"),
                    L("Kursi roda standar (penyaluran tahap II)", "rangka baja", "60 unit", "unit", 1650000, "D", ref="SOS-KURSIRODA", dup="kr"),
                    L("Paket Sembako penerima alat bantu", "beras 10 kg, minyak 2 l, gula 2 kg", "120 paket", "paket", 285000, "T", ref="SOS-SEMBAKO"),
                    L("Sewa Tenda lokasi penyerahan alat bantu", "5 x 5 m", "2 unit x 1 hari", "unit/hari", 750000, "M", ref="SBU-SW-TENDA"),
                ]),
                G("KERTAS", [
                    L("Kertas HVS A4", "70 gram", "10 rim", "rim", 58000, ref="KRT-A4-70"),
                ]),
                G("CETAK", [
                    L("Spanduk Penyerahan Alat Bantu", "flexi 280 gr", "12 m2", "m2", 45000, ref="CTK-SPANDUK"),
                    L("Cetak Brosur Layanan Disabilitas", "A4, art paper 150 gr, 2 sisi", "1.000 lembar", "lembar", 2500, ref="CTK-BROSUR", key="br"),
                    L("Cetak brosur informasi layanan alat bantu", "A4 art paper 150 gr", "1.000 lembar", "lembar", 2500, "D", ref="CTK-BROSUR", dup="br"),
                ]),
                G("ATK", [
                    L("Map Snelhecter (berkas penerima)", "plastik", "150 buah", "buah", 3500, ref="ATK-MAPSN"),
                    L("Printer Ink Tank (pendataan penerima)", "A4, print/scan/copy", "2 unit", "unit", 3250000, "M", ref="AST-PRINTER"),
                ]),
                G("HONOR", [
                    L("Honorarium Narasumber Asesmen (fisioterapis, non-ASN)", "", "2 orang x 3 jam x 4 kali", "OJ", 700000, ref="SBU-NS-NONASN"),
                    L("Honorarium Panitia - Anggota", "", "6 orang x 1 kegiatan", "OK", 300000, ref="SBU-PAN-ANGG"),
                ]),
                G("MAMIN_RAPAT", [
                    L("Makan Peserta Asesmen", "nasi kotak", "120 orang x 1 kali", "OK", 45000, "A", ref="SBU-MAKAN", jml=4500000),
                    L("Kudapan Peserta Asesmen", "", "120 orang x 1 kali", "OK", 27500, "O", ref="SBU-SNACK"),
                ]),
                G("PERJADIN_DK", [
                    L("Uang Harian Pendamping Penyaluran", "", "4 orang x 10 hari", "OH", 150000, "A", ref="SBU-UH-DK", jml=6500000),
                ]),
                G("TRANSPORT", [
                    L("Transport Penerima Alat Bantu", "", "120 orang x 1 kali", "OK", 150000, ref="SBU-TRANS-DK"),
                ]),
                G("PAKAIAN", [
                    L("Pakaian Olahraga (training) Pegawai Dinas Sosial", "atasan + celana", "75 stel", "stel", 275000, "T", ref="PKN-TRAINING"),
                ]),
             ]),
    ])

# ---------------------------------------------------------------- Kecamatan Samarinda Ulu (SIPD PDF)
KEC = dict(
    file="RKA_SKPD_2.2.1_Kec_Samarinda_Ulu_Musrenbang.pdf", layout="P_sipd_pdf",
    opd="Kecamatan Samarinda Ulu", opd_code="7.01.0.00.0.00.05.0000",
    urusan="7 UNSUR KEWILAYAHAN", bidang="7.01 KECAMATAN",
    program="7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    kegiatan="7.01.02.2.01 Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
    subs=[
        dict(code="7.01.02.2.01.0006", name="Penyelenggaraan Musyawarah Perencanaan Pembangunan di Kelurahan dan Kecamatan",
             indikator="Jumlah Dokumen Hasil Musrenbang Kecamatan", target="1 Dokumen",
             indikator2="Jumlah Kelurahan yang Difasilitasi Pra-Musrenbang", target2="8 Kelurahan",
             lokasi="Kecamatan Samarinda Ulu (8 Kelurahan)", groups=[
                G("ATK", [
                    L("Map Snelhecter", "plastik, folio", "200 buah", "buah", 3500, ref="ATK-MAPSN"),
                    L("Ballpoint", "tinta hitam", "150 buah", "buah", 3000, ref="ATK-BP"),
                    L("Ordner", "plastik, folio", "20 buah", "buah", 35000, "O", ref="ATK-ORD"),
                    L("Spidol Whiteboard", "hitam/biru/merah", "24 buah", "buah", 9500, ref="ATK-SPIDOL"),
                    L("Stabilo", "aneka warna", "12 buah", "buah", 8000, ref="ATK-STAB"),
                    L("Toner Printer Laser 85A", "", "4 buah", "buah", 1150000, "A", ref="ATK-TONER", jml=5016000),
                    L("Lakban Bening 2 inch", "", "10 roll", "roll", 14000, ref="ATK-LAKBAN"),
                    L("Proyektor 3.500 lumen (ruang rapat kecamatan)", "XGA", "1 unit", "unit", 7800000, "M", ref="AST-PROYEKTOR"),
                ]),
                G("KERTAS", [
                    L("Kertas HVS A4", "70 gram", "20 rim", "rim", 58000, ref="KRT-A4-70", key="kk"),
                    L("Kertas HVS F4", "70 gram", "10 rim", "rim", 63000, ref="KRT-F4-70"),
                    L("Kertas HVS A4 70 gram (undangan & daftar hadir)", "70 gram", "20 rim", "rim", 58000, "D", ref="KRT-A4-70", dup="kk"),
                ]),
                G("KOMP", [
                    L("Flashdisk 32 GB", "USB 3.0", "5 buah", "buah", 125000, "O", ref="KMP-FD"),
                ]),
                G("CETAK", [
                    L("Spanduk Musrenbang Kecamatan", "flexi 280 gr", "24 m2", "m2", 45000, ref="CTK-SPANDUK", key="sp"),
                    L("Backdrop Panggung", "flexi 280 gr, 3 x 6 m", "18 m2", "m2", 45000, ref="CTK-SPANDUK"),
                    L("Penggandaan Bahan Musrenbang", "A4", "4.000 lembar", "lembar", 300, ref="CTK-FC"),
                    L("Penjilidan", "soft cover", "40 buku", "buku", 8000, ref="CTK-JILID"),
                    L("Cetak Dokumen Hasil Musrenbang Kecamatan", "A4, 100 halaman", "30 eksemplar", "eksemplar", 65000, ref="CTK-BUKU"),
                    L("Banner Musrenbang Kecamatan Tahun 2027", "flexi 280 gr", "24 m2", "m2", 45000, "D", ref="CTK-SPANDUK", dup="sp"),
                    L("Sewa Sound System", "1.000 - 2.000 watt", "1 paket x 1 hari", "paket/hari", 1500000, "M", ref="SBU-SW-SOUND"),
                ]),
                G("MAMIN_RAPAT", [
                    L("Kudapan Musrenbang Kecamatan", "", "150 orang x 1 kali", "OK", 20000, ref="SBU-SNACK"),
                    L("Makan Musrenbang Kecamatan", "nasi kotak", "150 orang x 1 kali", "OK", 45000, ref="SBU-MAKAN", key="mk"),
                    L("Kudapan Pra-Musrenbang Kelurahan", "", "8 kelurahan x 40 orang", "OK", 20000, ref="SBU-SNACK"),
                    L("Makan Pra-Musrenbang Kelurahan", "nasi kotak", "8 kelurahan x 40 orang", "OK", 45000, "A", ref="SBU-MAKAN", vol=340),
                    L("Makan siang peserta Musrenbang Kecamatan (nasi kotak)", "", "150 orang", "OK", 45000, "D", ref="SBU-MAKAN", dup="mk"),
                ]),
                G("HONOR", [
                    L("Honorarium Narasumber Pejabat Eselon II (Kepala Bappeda)", "", "1 orang x 2 jam", "OJ", 1000000, ref="SBU-NS-E2"),
                    L("Honorarium Narasumber Pejabat Eselon III (Camat)", "", "1 orang x 2 jam", "OJ", 800000, ref="SBU-NS-E3"),
                    L("Honorarium Moderator", "", "1 orang x 1 kali", "orang/kali", 500000, ref="SBU-MOD"),
                    L("Honorarium Pembawa Acara", "", "1 kali", "OK", 300000, ref="SBU-MC"),
                    L("Honorarium Panitia - Ketua", "", "1 orang x 1 kegiatan", "OK", 400000, ref="SBU-PAN-KETUA"),
                    L("Honorarium Panitia - Anggota", "", "8 orang x 1 kegiatan", "OK", 300000, "A", ref="SBU-PAN-ANGG", jml=3200000),
                ]),
                G("SEWA_PERALATAN", [
                    L("Sewa Tenda Sarnafil 5 x 5 m", "", "2 unit x 1 hari", "unit/hari", 750000, ref="SBU-SW-TENDA"),
                    L("Sewa Kursi", "futura", "150 buah x 1 hari", "buah/hari", 15000, "O", ref="SBU-SW-KURSI"),
                    L("Sewa Layar LED / Videotron", "3 x 4 m, termasuk operator", "1 hari", "hari", 4500000, "N"),
                    L("Kursi Lipat (pengadaan, untuk peserta Musrenbang)", "rangka besi, sandaran busa", "50 buah", "buah", 385000, "M", ref="AST-KURSILIPAT"),
                ]),
                G("JASA_LAIN", [
                    L("Jasa Live Streaming Musrenbang", "multi kamera, YouTube", "1 paket", "paket", 3000000, "N"),
                    L("Dekorasi Bunga Panggung", "rangkaian bunga segar", "1 paket", "paket", 2500000, "N"),
                ]),
                G("PERJADIN_DK", [
                    L("Uang Harian Perjalanan Dinas Dalam Kota (pendampingan Pra-Musrenbang)", "", "4 orang x 8 kelurahan", "OH", 150000, ref="SBU-UH-DK"),
                ]),
                G("LAINNYA", [
                    L("Bibit Pohon Trembesi", "tinggi 1,5 m", "100 batang", "batang", 45000, "T", ref="SOS-BIBIT-TREMBESI"),
                    L("Kaos Senam Jumat ASN Kecamatan", "cotton combed 30s", "40 buah", "buah", 85000, "T", ref="PKN-KAOS"),
                ]),
                G("PEMELIHARAAN_KEND", [
                    L("Ban Mobil Dinas Camat", "195/65 R15", "4 buah", "buah", 1150000, "T", ref="JS-BANR4"),
                ]),
             ]),
    ])

# ---------------------------------------------------------------- DLH (scan)
DLH = dict(
    file="scan_RKA_DLH_TPS3R_2027.pdf", layout="S_scan_image_pdf",
    opd="Dinas Lingkungan Hidup Kota Samarinda", opd_code="2.11.0.00.0.00.01.0000",
    program="2.11.03 PROGRAM PENGELOLAAN PERSAMPAHAN",
    kegiatan="2.11.03.2.01 Pengelolaan Sampah",
    subs=[
        dict(code="2.11.03.2.01.0004", name="Penanganan Sampah di TPS/TPS3R",
             indikator="Jumlah Sampah yang Tertangani di TPS/TPS3R", target="12.000 Ton",
             lokasi="TPS/TPS3R se-Kota Samarinda", groups=[
                G("LAINNYA", [
                    L("Kantong Plastik Sampah 90x120", "isi 10", "400 pak", "pak", 17500, ref="KBR-KANTONG"),
                    L("Karung Plastik 50 kg", "", "2.000 lembar", "lembar", 3500, ref="KBR-KARUNG", key="kr"),
                    L("Sarung Tangan Kerja", "karet tebal", "300 pasang", "pasang", 18500, "O", ref="KBR-SARUNG"),
                    L("Sepatu Boot Karet", "", "80 pasang", "pasang", 120000, ref="KBR-BOOT"),
                    L("Garu Sampah", "besi", "60 buah", "buah", 65000, ref="KBR-GARU"),
                    L("Cangkul", "lengkap gagang", "40 buah", "buah", 95000, ref="KBR-CANGKUL"),
                    L("Masker Medis petugas TPS", "3 ply, isi 50", "20 kotak", "kotak", 35000, ref="KES-MASKER"),
                    L("Sapu Lidi", "gagang kayu", "120 buah", "buah", 35000, ref="KBR-SAPU", key="sl"),
                    L("Sapu lidi bergagang (penyapuan TPS)", "", "120 buah", "buah", 35000, "D", ref="KBR-SAPU", dup="sl"),
                    L("Karung sak 50 kg untuk pemilahan", "", "2.000 lembar", "lembar", 3500, "D", ref="KBR-KARUNG", dup="kr"),
                    L("Gerobak Sampah 1 m3", "plat besi, roda 2", "30 unit", "unit", 3250000, "M", ref="AST-GEROBAK"),
                    L("Bioaktivator EM4 1 liter", "", "300 botol", "botol", 28000, "N"),
                ]),
                G("PAKAIAN", [
                    L("Rompi Reflektor Petugas TPS", "scotchlight", "80 buah", "buah", 75000, ref="PKN-ROMPI"),
                ]),
                G("BBM", [
                    L("Dexlite Armada Pengangkut", "", "6 unit x 250 hari x 10 liter", "liter", 13500, ref="BBM-DEXLITE"),
                    L("Pertalite Kendaraan Roda Tiga", "", "20 unit x 250 hari x 3 liter", "liter", 10000, "A", ref="BBM-PERTALITE", vol=12000),
                    L("Oli Mesin", "1 liter", "120 botol", "botol", 75000, ref="BBM-OLI"),
                ]),
                G("JASA_KEBERSIHAN", [
                    L("Jasa Tenaga Kebersihan TPS3R", "setara UMK", "16 orang x 12 bulan", "OB", 3700000, "A", ref="JS-KEBERSIHAN", jml=701400000),
                ]),
                G("LAB", [
                    L("Uji Laboratorium Air Sungai Karang Mumus", "parameter fisika-kimia", "12 sampel", "sampel", 1250000, "T", ref="JS-LABAIR"),
                ]),
                G("SERAH", [
                    L("Paket Sembako Pegawai menjelang Idul Fitri", "", "60 paket", "paket", 285000, "T", ref="SOS-SEMBAKO"),
                ]),
                G("MODAL_KEND", [
                    L("Kendaraan Roda Tiga Pengangkut Sampah", "150 cc, bak 1,5 m3", "4 unit", "unit", 45500000, "O", ref="AST-RODA3"),
                    L("Sewa Dump Truck angkut residu", "6 m3", "2 unit x 30 hari", "unit/hari", 1500000, "M", ref="SBU-SW-DT"),
                ]),
                G("MODAL_MESIN", [
                    L("Mesin Pencacah Sampah Organik (chopper)", "kapasitas 500 kg/jam", "2 unit", "unit", 35000000, "N"),
                ]),
             ]),
    ])

RKAS = [DINKES, DISHUB, PUPR, DISPORA, DINSOS, KEC, DLH]
DEFAULT_PPN = {"A_akun_bertingkat_ppn": 0.11, "P_sipd_pdf": 0.11}
NO_PPN_ACC = {"HONOR", "HONOR_TIM", "PERJADIN", "PERJADIN_DK", "MAMIN_RAPAT", "MAMIN_LAP", "SEWA_ALATBERAT",
              "SEWA_PERALATAN", "SEWA_MOBIL", "SEWA_GEDUNG", "JASA_KEBERSIHAN", "SERAH"}


def expand(rka):
    """Assign No values, compute volume/jumlah, return flat list of line dicts (with sub/group refs)."""
    out = []
    layout = rka["layout"]
    base_ppn = DEFAULT_PPN.get(layout)
    n = 0
    for si, sub in enumerate(rka["subs"]):
        k = 0
        for gi, g in enumerate(sub["groups"]):
            for ln in g["lines"]:
                n += 1
                k += 1
                d = dict(ln)
                if layout.startswith("C_"):
                    d["no"] = f"{sub['prefix']}.{k:02d}"
                else:
                    d["no"] = str(n)
                d["sub_index"] = si
                d["acc"] = g["acc"]
                d["gi"] = gi
                prod = koef_product(d["koef"])
                d["koef_product"] = prod
                d["volume"] = d["vol_override"] if d["vol_override"] is not None else prod
                if base_ppn is None:
                    ppn = None
                elif g["ppn"] is not None:
                    ppn = g["ppn"]
                elif g["acc"] in NO_PPN_ACC:
                    ppn = 0.0
                else:
                    ppn = base_ppn
                # an honorarium / rental placed under a goods account still carries no PPN
                if ppn and d["ref"] and d["ref"].startswith("SBU-"):
                    ppn = 0.0
                if d["ppn_override"] is not None and ppn is not None:
                    ppn = d["ppn_override"]
                d["ppn"] = ppn
                true_j = round(d["volume"] * d["harga"] * (1 + (ppn or 0)))
                d["jumlah"] = d["jml_override"] if d["jml_override"] is not None else true_j
                d["labels"] = [CODES[c] for c in d["lab"]]
                out.append(d)
    return out
