# -*- coding: utf-8 -*-
"""Master data for the kinerja6 blind set (written blind, 2026-12-03).
Each OPD-year has indicator entries:
(key, prog, keg, sub, indicator, unit, lower_is_better, target, realisation, pagu, budget_realisation)
target None => no target exists anywhere (used for REALISATION_WITHOUT_TARGET plants).
"""

OPD = {
    "DINKES": "Dinas Kesehatan Kota Samarinda",
    "PUPR": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda",
    "DISDIK": "Dinas Pendidikan dan Kebudayaan Kota Samarinda",
    "DINSOS": "Dinas Sosial Kota Samarinda",
    "DISHUB": "Dinas Perhubungan Kota Samarinda",
    "DLH": "Dinas Lingkungan Hidup Kota Samarinda",
}

P = {
 "KES1": "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
 "KES2": "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
 "KES3": "Program Pemberdayaan Masyarakat Bidang Kesehatan",
 "PU1": "Program Penyelenggaraan Jalan",
 "PU2": "Program Pengelolaan dan Pengembangan Sistem Drainase",
 "PU3": "Program Pengelolaan dan Pengembangan Sistem Air Minum",
 "DIK1": "Program Pengelolaan Pendidikan",
 "DIK2": "Program Pendidik dan Tenaga Kependidikan",
 "DIK3": "Program Pengembangan Kebudayaan",
 "SOS1": "Program Perlindungan dan Jaminan Sosial",
 "SOS2": "Program Rehabilitasi Sosial",
 "SOS3": "Program Penanganan Bencana",
 "HUB1": "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
 "LH1": "Program Pengelolaan Persampahan",
 "LH2": "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
 "LH3": "Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup untuk Masyarakat",
}

K_UKM = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kab/Kota"
K_FAS = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kab/Kota"

M = {}

M[("DINKES", 2025)] = [
 ("k1", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Angka Kematian Ibu (AKI)", "per 100.000 KH", True, 78, 82.4, 1_850_000_000, 1_702_315_000),
 ("k2", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", "Angka Kematian Bayi (AKB)", "per 1.000 KH", True, 6.5, 5.9, 1_240_500_000, 1_198_730_500),
 ("k3", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Prevalensi stunting pada balita", "%", True, 19.5, 21.3, 2_450_000_000, 2_387_114_200),
 ("k4", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Cakupan pelayanan kesehatan ibu hamil sesuai standar", "%", False, 100, 96.8, None, None),
 ("k5", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Cakupan imunisasi dasar lengkap", "%", False, 95, 91.2, 975_000_000, 941_220_000),
 ("k6", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi", "Persentase penderita hipertensi mendapat pelayanan sesuai standar", "%", False, 100, 72.5, 610_000_000, 588_905_000),
 ("k7", "KES1", K_FAS, "Pengembangan Puskesmas", "Jumlah puskesmas terakreditasi paripurna", "puskesmas", False, 12, 10, 3_275_000_000, 3_101_842_500),
 ("k8", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", "Case Notification Rate (CNR) TBC", "per 100.000 penduduk", False, 220, 236, 1_120_000_000, 1_077_430_000),
 ("k9", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Persentase kelurahan UCI (Universal Child Immunization)", "%", False, 100, 98.1, None, None),
 ("k10", "KES2", "Perencanaan Kebutuhan dan Pendayagunaan SDMK", "Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK", "Jumlah tenaga kesehatan yang mengikuti pelatihan", "orang", False, 450, 468, 725_000_000, 716_880_000),
 ("k11", "KES3", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran Serta Masyarakat", "Penumbuhan Kesadaran Keluarga dalam Peningkatan Derajat Kesehatan", "Persentase posyandu aktif (purnama dan mandiri)", "%", False, 60, 57.4, 390_000_000, 371_650_000),
 ("k12", "KES3", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran Serta Masyarakat", "Pelaksanaan Sehat dalam rangka Promotif Preventif", "Jumlah kelurahan Stop Buang Air Besar Sembarangan (ODF)", "kelurahan", False, None, 21, None, None),
]

M[("DINKES", 2024)] = [
 ("k1", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Angka Kematian Ibu (AKI)", "per 100.000 KH", True, 85, 88.6, 1_700_000_000, 1_652_400_000),
 ("k2", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", "Angka Kematian Bayi (AKB)", "per 1.000 KH", True, 7, 6.4, 1_150_000_000, 1_092_250_000),
 ("k3", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Prevalensi stunting pada balita", "%", True, 21, 22.8, 2_100_000_000, 2_055_870_000),
 ("k4", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Cakupan pelayanan kesehatan ibu hamil sesuai standar", "%", False, 100, 94.3, 540_000_000, 512_300_000),
 ("k5", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Cakupan imunisasi dasar lengkap", "%", False, 93, 89.7, 920_000_000, 905_118_000),
 ("k6", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi", "Persentase penderita hipertensi mendapat pelayanan sesuai standar", "%", False, 100, 65.2, 580_000_000, 566_025_000),
 ("k13", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus", "Persentase penderita DM mendapat pelayanan sesuai standar", "%", False, 100, 71.4, 455_000_000, 438_770_000),
 ("k7", "KES1", K_FAS, "Pengembangan Puskesmas", "Jumlah puskesmas terakreditasi paripurna", "puskesmas", False, 8, 8, 2_900_000_000, 2_996_450_000),
 ("k8", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", "Case Notification Rate (CNR) TBC", "per 100.000 penduduk", False, 200, 214, 1_050_000_000, 1_011_900_000),
 ("k14", "KES1", K_UKM, "Pengelolaan Surveilans Kesehatan", "Incidence Rate DBD", "per 100.000 penduduk", True, 50, 62.5, 835_000_000, 807_640_000),
 ("k9", "KES1", K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Persentase kelurahan UCI (Universal Child Immunization)", "%", False, 100, 96.6, None, None),
 ("k10", "KES2", "Perencanaan Kebutuhan dan Pendayagunaan SDMK", "Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDMK", "Jumlah tenaga kesehatan yang mengikuti pelatihan", "orang", False, 400, 386, 690_000_000, 671_240_000),
 ("k11", "KES3", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran Serta Masyarakat", "Penumbuhan Kesadaran Keluarga dalam Peningkatan Derajat Kesehatan", "Persentase posyandu aktif (purnama dan mandiri)", "%", False, 55, 56.2, 360_000_000, 348_910_000),
 ("k15", "KES3", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran Serta Masyarakat", "Pelaksanaan Sehat dalam rangka Promotif Preventif", "Jumlah kelompok Germas yang dibina", "kelompok", False, None, 64, 215_000_000, 209_385_000),
]

M[("PUPR", 2025)] = [
 ("p1", "PU1", "Penyelenggaraan Jalan Kabupaten/Kota", "Rehabilitasi Jalan", "Persentase panjang jalan kota dalam kondisi mantap", "%", False, 78, 79.35, 18_500_000_000, 17_942_610_000),
 ("p2", "PU1", "Penyelenggaraan Jalan Kabupaten/Kota", "Pemeliharaan Rutin Jalan", "Panjang jalan yang dipelihara rutin", "km", False, 145, 138.6, 6_250_000_000, 6_119_500_000),
 ("p3", "PU1", "Penyelenggaraan Jalan Kabupaten/Kota", "Rekonstruksi Jalan", "Persentase panjang jalan kota dalam kondisi rusak berat", "%", True, 6.5, 7.1, 12_750_000_000, 12_981_300_000),
 ("p4", "PU1", "Penyelenggaraan Jalan Kabupaten/Kota", "Pembangunan Jembatan", "Jumlah jembatan yang dibangun/diganti", "unit", False, 4, 3, 9_800_000_000, 8_455_720_000),
 ("p5", "PU2", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai", "Pembangunan Sistem Drainase Perkotaan", "Panjang saluran drainase yang dibangun", "m", False, 4_800, 5_125, 14_300_000_000, 14_086_900_000),
 ("p6", "PU2", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai", "Normalisasi/Restorasi Saluran Drainase", "Luas kawasan tergenang saat hujan", "Ha", True, 180, 196.5, 7_600_000_000, 7_702_450_000),
 ("p7", "PU2", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai", "Operasi dan Pemeliharaan Sistem Drainase", "Waktu surut genangan rata-rata", "jam", True, 3, 2.5, 2_150_000_000, 2_088_350_000),
 ("p8", "PU3", "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota", "Pembangunan SPAM Jaringan Perpipaan", "Jumlah sambungan rumah (SR) baru", "SR", False, 2_500, 2_310, 5_400_000_000, 5_276_800_000),
 ("p9", "PU3", "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota", "Pembangunan SPAM Jaringan Perpipaan", "Persentase rumah tangga dengan akses air minum layak", "%", False, 92, 91.4, None, None),
 ("p10", "PU1", "Penyelenggaraan Jalan Kabupaten/Kota", "Pembangunan Trotoar", "Panjang trotoar yang dibangun", "m", False, 3_200, 3_480, 4_100_000_000, 3_998_700_000),
 ("p11", "PU2", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai", "Pembangunan Sistem Drainase Perkotaan", "Jumlah titik banjir yang tertangani", "titik", False, None, 14, 3_850_000_000, 3_702_000_000),
 ("p12", "PU1", "Penyelenggaraan Jalan Kabupaten/Kota", "Pembangunan Jalan", "Panjang jalan baru yang dibangun", "km", False, 2.5, 2.2, 11_200_000_000, 10_964_050_000),
]

M[("DISDIK", 2025)] = [
 ("e1", "DIK1", "Pengelolaan Pendidikan Sekolah Dasar", "Pembangunan Ruang Kelas Baru", "Angka Partisipasi Murni (APM) SD/MI", "%", False, 98.5, 97.9, 8_750_000_000, 8_612_400_000),
 ("e2", "DIK1", "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Pembangunan Ruang Kelas Baru", "Angka Partisipasi Murni (APM) SMP/MTs", "%", False, 82, 80.6, 7_900_000_000, 7_785_150_000),
 ("e3", "DIK1", "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Penyediaan Biaya Personil Peserta Didik", "Angka putus sekolah SMP", "%", True, 0.3, 0.24, 1_200_000_000, 1_346_500_000),
 ("e4", "DIK1", "Pengelolaan Pendidikan Sekolah Dasar", "Penyediaan Biaya Personil Peserta Didik", "Angka putus sekolah SD", "%", True, 0.1, 0.12, 950_000_000, 934_720_000),
 ("e5", "DIK1", "Pengelolaan Pendidikan Sekolah Dasar", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", "Persentase ruang kelas SD dalam kondisi baik", "%", False, 85, 83.2, 12_400_000_000, 12_155_300_000),
 ("e6", "DIK1", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan PAUD", "Angka Partisipasi Kasar (APK) PAUD", "%", False, 72, 68.9, 2_300_000_000, 2_251_860_000),
 ("e7", "DIK2", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan", "Pengembangan Karir Pendidik dan Tenaga Kependidikan", "Persentase guru bersertifikat pendidik", "%", False, 75, 76.8, 1_650_000_000, 1_623_900_000),
 ("e8", "DIK2", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan", "Pengembangan Karir Pendidik dan Tenaga Kependidikan", "Jumlah guru yang mengikuti pelatihan Kurikulum Merdeka", "orang", False, 1_250, 1_318, 875_000_000, 902_410_000),
 ("e9", "DIK1", "Pengelolaan Pendidikan Sekolah Menengah Pertama", "Pengadaan Perlengkapan Sekolah", "Jumlah SMP yang menerima sarana TIK", "sekolah", False, 24, 24, 3_600_000_000, 3_518_040_000),
 ("e10", "DIK3", "Pengelolaan Kebudayaan yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota", "Pelestarian Kesenian Tradisional", "Jumlah event seni budaya daerah yang difasilitasi", "kegiatan", False, 12, 14, 640_000_000, 628_300_000),
 ("e11", "DIK1", "Pengelolaan Pendidikan Nonformal/Kesetaraan", "Penyediaan Biaya Personil Peserta Didik Nonformal/Kesetaraan", "Jumlah warga belajar Paket B dan C yang lulus", "orang", False, None, 386, 540_000_000, 517_250_000),
 ("e12", "DIK1", "Pengelolaan Pendidikan Sekolah Dasar", "Penyediaan Biaya Personil Peserta Didik", "Rata-rata nilai Asesmen Nasional (literasi) SD", "indeks", False, 1.85, 1.79, None, None),
]

M[("DINSOS", 2025)] = [
 ("s1", "SOS1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Pengelolaan Data Fakir Miskin", "Persentase penduduk miskin", "%", True, 4.5, 4.62, 420_000_000, 408_950_000),
 ("s2", "SOS1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Pengelolaan Data Fakir Miskin", "Persentase data DTKS yang dimutakhirkan", "%", False, 90, 93.4, 385_000_000, 379_120_000),
 ("s3", "SOS1", "Pemeliharaan Anak-Anak Terlantar", "Pemberian Permakanan", "Jumlah anak terlantar yang mendapat layanan dasar", "orang", False, 320, 297, 1_150_000_000, 1_126_700_000),
 ("s4", "SOS1", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesejahteraan Sosial", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat", "Jumlah KK miskin penerima bantuan usaha ekonomi produktif", "KK", False, 250, 250, 1_875_000_000, 1_869_250_000),
 ("s5", "SOS2", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Pemberian Alat Bantu", "Jumlah penyandang disabilitas yang menerima alat bantu", "orang", False, 180, 203, 760_000_000, 741_880_000),
 ("s6", "SOS2", "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar", "Penyediaan Permakanan", "Jumlah lansia terlantar yang mendapat permakanan", "orang", False, 400, 386, 1_420_000_000, 1_398_160_000),
 ("s7", "SOS2", "Rehabilitasi Sosial Dasar Gelandangan dan Pengemis", "Penjangkauan PMKS di Jalanan", "Jumlah gelandangan dan pengemis di jalan protokol", "orang", True, 60, 48, 530_000_000, 512_400_000),
 ("s8", "SOS2", "Rehabilitasi Sosial Dasar Gelandangan dan Pengemis", "Penjangkauan PMKS di Jalanan", "Jumlah PMKS jalanan yang dijangkau", "orang", False, 150, 172, 310_000_000, 301_450_000),
 ("s9", "SOS3", "Perlindungan Sosial Korban Bencana Alam dan Sosial", "Penyediaan Makanan bagi Korban Bencana", "Waktu tanggap pemberian bantuan korban bencana", "jam", True, 24, 18, 680_000_000, 655_300_000),
 ("s10", "SOS3", "Perlindungan Sosial Korban Bencana Alam dan Sosial", "Penyediaan Sandang bagi Korban Bencana", "Persentase korban bencana yang menerima bantuan sosial", "%", False, 100, 100, 590_000_000, 574_600_000),
 ("s11", "SOS1", "Pemeliharaan Anak-Anak Terlantar", "Pemberian Permakanan", "Persentase anak terlantar yang terlayani", "%", False, 85, 81.5, None, None),
 ("s12", "SOS2", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Pemberian Alat Bantu", "Jumlah penyandang disabilitas yang mendapat bimbingan fisik, mental dan sosial", "orang", False, 120, 115, 450_000_000, 446_210_000),
 ("s13", "SOS1", "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesejahteraan Sosial", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "Jumlah Pekerja Sosial Masyarakat (PSM) yang dibina", "orang", False, 200, 214, 240_000_000, 236_880_000),
 ("s14", "SOS3", "Perlindungan Sosial Korban Bencana Alam dan Sosial", "Penyediaan Makanan bagi Korban Bencana", "Jumlah Kampung Siaga Bencana yang dibentuk", "kelurahan", False, None, 6, 275_000_000, 268_900_000),
 ("s15", "SOS2", "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar", "Penyediaan Permakanan", "Jumlah lansia yang mendapat layanan home care", "orang", False, 90, 90, 210_000_000, 228_750_000),
 ("s16", "SOS1", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Pengelolaan Data Fakir Miskin", "Jumlah kelurahan yang melakukan musyawarah kelurahan DTKS", "kelurahan", False, 59, 59, 165_000_000, 158_320_000),
]

M[("DISHUB", 2025)] = [
 ("h1", "HUB1", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Persentase ketersediaan rambu lalu lintas", "%", False, 80, 77.5, 2_350_000_000, 2_291_400_000),
 ("h2", "HUB1", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Jumlah simpang yang dilengkapi APILL", "simpang", False, 48, 46, 3_100_000_000, 3_012_800_000),
 ("h3", "HUB1", "Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota", "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas", "Waktu tempuh rata-rata koridor Jl. Slamet Riyadi - Jl. Gajah Mada", "menit", True, 18, 21.5, 850_000_000, 823_600_000),
 ("h4", "HUB1", "Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota", "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas", "Jumlah kecelakaan lalu lintas di jalan kota", "kejadian", True, 210, 196, 400_000_000, 388_120_000),
 ("h5", "HUB1", "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang antar Kota dalam 1 Kabupaten/Kota", "Penyediaan Angkutan Umum", "Jumlah penumpang angkutan massal (Bus Trans Samarinda)", "orang", False, 420_000, 386_540, 6_800_000_000, 6_712_300_000),
 ("h6", "HUB1", "Pengujian Berkala Kendaraan Bermotor", "Pengujian Berkala Kendaraan Bermotor", "Persentase kendaraan wajib uji yang lulus uji berkala", "%", False, 85, 88.2, 1_250_000_000, 1_214_900_000),
 ("h7", "HUB1", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Panjang marka jalan yang dibuat", "m", False, 12_000, 12_640, 1_800_000_000, 1_772_450_000),
 ("h8", "HUB1", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Jumlah titik Penerangan Jalan Umum (PJU) baru", "titik", False, 600, 655, 4_500_000_000, 4_388_700_000),
 ("h9", "HUB1", "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dan/atau Barang antar Kota dalam 1 Kabupaten/Kota", "Penyediaan Angkutan Umum", "Waktu tunggu rata-rata (headway) Bus Trans Samarinda", "menit", True, 15, 17, None, None),
 ("h10", "HUB1", "Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota", "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas", "Jumlah ruas jalan yang dilakukan rekayasa lalu lintas", "ruas", False, 6, 7, 320_000_000, 311_400_000),
 ("h11", "HUB1", "Pengujian Berkala Kendaraan Bermotor", "Pengujian Berkala Kendaraan Bermotor", "Jumlah kendaraan yang diuji", "unit", False, 9_500, 9_212, 380_000_000, 372_850_000),
 ("h12", "HUB1", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "Jumlah titik parkir berbasis non-tunai (e-parking)", "titik", False, None, 35, 560_000_000, 547_000_000),
]

M[("DLH", 2025)] = [
 ("l1", "LH1", "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Persentase sampah yang tertangani", "%", False, 80, 78.6, 9_800_000_000, 9_652_100_000),
 ("l2", "LH1", "Pengelolaan Sampah", "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir", "Persentase sampah yang dikurangi melalui 3R", "%", False, 22, 19.4, 2_600_000_000, 2_541_900_000),
 ("l3", "LH1", "Pengelolaan Sampah", "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir", "Volume sampah yang masuk TPA Sambutan", "ton/hari", True, 560, 612, 14_200_000_000, 14_057_600_000),
 ("l4", "LH1", "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah bank sampah aktif", "unit", False, 180, 196, 750_000_000, 738_900_000),
 ("l5", "LH2", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup", "Indeks Kualitas Air (IKA)", "indeks", False, 52, 50.25, 1_350_000_000, 1_318_600_000),
 ("l6", "LH2", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup", "Indeks Kualitas Udara (IKU)", "indeks", False, 86, 87.1, 980_000_000, 962_400_000),
 ("l7", "LH2", "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Pelaksanaan Penanggulangan Pencemaran", "Jumlah pengaduan kasus pencemaran yang ditindaklanjuti", "kasus", False, 40, 44, 420_000_000, 455_800_000),
 ("l8", "LH2", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Pengawasan Ketaatan Usaha/Kegiatan", "Persentase usaha/kegiatan yang taat terhadap izin lingkungan", "%", False, 70, 72.5, 610_000_000, 597_300_000),
 ("l9", "LH3", "Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan", "Peningkatan Kapasitas Lembaga Kemasyarakatan", "Jumlah sekolah Adiwiyata tingkat kota", "sekolah", False, 30, 27, 360_000_000, 351_200_000),
 ("l10", "LH1", "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah TPS3R yang beroperasi", "unit", False, 14, 12, 5_400_000_000, 5_328_000_000),
 ("l11", "LH2", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Pengawasan Ketaatan Usaha/Kegiatan", "Jumlah titik pantau kualitas air sungai yang diuji", "titik", False, None, 38, 290_000_000, 284_500_000),
 ("l12", "LH3", "Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan", "Peningkatan Kapasitas Lembaga Kemasyarakatan", "Persentase Ruang Terbuka Hijau (RTH) publik", "%", False, 11, 10.2, None, None),
]

M[("DLH", 2024)] = [
 ("l1", "LH1", "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Persentase sampah yang tertangani", "%", False, 76, 74.8, 9_100_000_000, 8_905_500_000),
 ("l2", "LH1", "Pengelolaan Sampah", "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir", "Persentase sampah yang dikurangi melalui 3R", "%", False, 20, 17.8, 2_400_000_000, 2_312_600_000),
 ("l3", "LH1", "Pengelolaan Sampah", "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir", "Volume sampah yang masuk TPA Sambutan", "ton/hari", True, 575, 598, 13_500_000_000, 13_226_800_000),
 ("l4", "LH1", "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah bank sampah aktif", "unit", False, 160, 171, 700_000_000, 688_750_000),
 ("l5", "LH2", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup", "Indeks Kualitas Air (IKA)", "indeks", False, 50, 48.9, 1_250_000_000, 1_201_500_000),
 ("l6", "LH2", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup", "Indeks Kualitas Udara (IKU)", "indeks", False, 85, 86.4, 900_000_000, 884_100_000),
 ("l9", "LH3", "Penyelenggaraan Pendidikan, Pelatihan, dan Penyuluhan Lingkungan Hidup untuk Lembaga Kemasyarakatan", "Peningkatan Kapasitas Lembaga Kemasyarakatan", "Jumlah sekolah Adiwiyata tingkat kota", "sekolah", False, 25, 26, 340_000_000, 333_900_000),
 ("l10", "LH1", "Pengelolaan Sampah", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah TPS3R yang beroperasi", "unit", False, 10, 11, 4_800_000_000, 4_710_250_000),
]
