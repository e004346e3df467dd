"""Ground-truth specification for the kinerja5 blind set (written by hand, 2026-12-03).

Values are written as Indonesian-formatted strings ("78,4", "1.250") so that the number of
decimals shown in the documents is fixed here.  generate.py renders the documents from this
file and writes labels.json; verify.py re-derives everything from labels + files.
"""

# ---------------------------------------------------------------- OPDs
OPD = {
    "dinkes": "Dinas Kesehatan Kota Samarinda",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda",
    "disdik": "Dinas Pendidikan dan Kebudayaan Kota Samarinda",
    "dinsos": "Dinas Sosial Kota Samarinda",
    "dishub": "Dinas Perhubungan Kota Samarinda",
    "kecsk": "Kecamatan Sungai Kunjang Kota Samarinda",
    "dlh": "Dinas Lingkungan Hidup Kota Samarinda",
}

# indicator tuple:
# key, level(S/P/SK), programme, kegiatan, sub_kegiatan, indicator, unit, target, realisation,
# lower_is_better, pagu, budget_realisation
# (S rows: sasaran strategis, no programme)

P_UKM = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"
K_UKM = "Penyediaan Layanan Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Kabupaten/Kota"
P_SDMK = "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"
K_SDMK = "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan"
P_FARM = "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman"
K_FARM = "Penyediaan dan Pengelolaan Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman"
P_PMK = "Program Pemberdayaan Masyarakat Bidang Kesehatan"
K_PMK = "Pelaksanaan Sehat dalam Rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota"

IND = {}
IND[("dinkes", 2025)] = [
    ("aki", "S", None, None, None, "Angka Kematian Ibu", "per 100.000 KH", "85", "78,4", True, None, None),
    ("akb", "S", None, None, None, "Angka Kematian Bayi", "per 1.000 KH", "6,5", "7,1", True, None, None),
    ("stunt", "S", None, None, None, "Prevalensi stunting pada balita", "%", "18,0", "16,2", True, None, None),
    ("akred", "P", P_UKM, None, None, "Persentase puskesmas terakreditasi paripurna", "%", "60", "54,17", False, None, None),
    ("k6", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Persentase ibu hamil yang mendapatkan pelayanan K6", "%", "95", "91,3", False, "1.845.600.000", "1.702.350.400"),
    ("balita", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Persentase balita yang dipantau pertumbuhan dan perkembangannya", "%", "90", "86,75", False, "2.310.000.000", "2.187.445.000"),
    ("tb", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", "Angka keberhasilan pengobatan TB (success rate)", "%", "90", "88,6", False, "1.125.000.000", "1.098.720.500"),
    ("hiv", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV", "Persentase ODHIV yang mendapatkan pengobatan ARV", "%", "85", "79,2", False, "640.000.000", "611.200.000"),
    ("dbd", "SK", P_UKM, K_UKM, "Pengelolaan Surveilans Kesehatan", "Incidence rate DBD", "per 100.000 penduduk", "50", "63,8", True, "890.500.000", "865.300.000"),
    ("stbm", "SK", P_UKM, K_UKM, "Penyelenggaraan Kabupaten/Kota Sehat", "Persentase kelurahan yang melaksanakan STBM", "%", "40", "44,83", False, "425.000.000", "391.750.000"),
    ("nakes", "P", P_SDMK, None, None, "Persentase tenaga kesehatan yang memenuhi standar kompetensi", "%", "80", "82,5", False, None, None),
    ("sdmk", "SK", P_SDMK, K_SDMK, "Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan", "Jumlah SDM kesehatan yang ditingkatkan kompetensinya", "orang", "350", "412", False, "780.000.000", "806.450.000"),
    ("obat", "P", P_FARM, None, None, "Persentase puskesmas dengan ketersediaan obat esensial", "%", "95", "96,2", False, None, None),
    ("posy", "P", P_PMK, None, None, "Persentase posyandu aktif", "%", "75", "71,4", False, None, None),
    ("siaga", "SK", P_PMK, K_PMK, "Penyelenggaraan Kelurahan Siaga Aktif", "Jumlah kelurahan siaga aktif purnama", "kelurahan", "30", "33", False, "210.000.000", "198.400.000"),
]
IND[("dinkes", 2024)] = [
    ("aki", "S", None, None, None, "Angka Kematian Ibu", "per 100.000 KH", "90", "94,7", True, None, None),
    ("akb", "S", None, None, None, "Angka Kematian Bayi", "per 1.000 KH", "7,0", "6,8", True, None, None),
    ("stunt", "S", None, None, None, "Prevalensi stunting pada balita", "%", "20,0", "19,4", True, None, None),
    ("akred", "P", P_UKM, None, None, "Persentase puskesmas terakreditasi paripurna", "%", "50", "45,83", False, None, None),
    ("k6", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Persentase ibu hamil yang mendapatkan pelayanan K6", "%", "90", "88,1", False, "1.720.000.000", "1.655.180.000"),
    ("balita", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Balita", "Persentase balita yang dipantau pertumbuhan dan perkembangannya", "%", "88", "84,2", False, "2.150.000.000", "2.066.900.500"),
    ("tb", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", "Angka keberhasilan pengobatan TB (success rate)", "%", "90", "85,4", False, "1.050.000.000", "1.003.275.000"),
    ("skrining", "SK", P_UKM, K_UKM, "Pengelolaan Pelayanan Kesehatan pada Usia Produktif", "Persentase penduduk usia produktif yang mendapat skrining kesehatan", "%", None, "68,4", False, "515.000.000", "497.600.000"),
    ("dbd", "SK", P_UKM, K_UKM, "Pengelolaan Surveilans Kesehatan", "Incidence rate DBD", "per 100.000 penduduk", "55", "48,9", True, "845.000.000", "820.150.000"),
    ("stbm", "SK", P_UKM, K_UKM, "Penyelenggaraan Kabupaten/Kota Sehat", "Persentase kelurahan yang melaksanakan STBM", "%", "35", "37,93", False, "400.000.000", "384.200.000"),
    ("nakes", "P", P_SDMK, None, None, "Persentase tenaga kesehatan yang memenuhi standar kompetensi", "%", "75", "77,8", False, None, None),
    ("sdmk", "SK", P_SDMK, K_SDMK, "Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan", "Jumlah SDM kesehatan yang ditingkatkan kompetensinya", "orang", "300", "318", False, "700.000.000", "688.900.000"),
    ("obat", "P", P_FARM, None, None, "Persentase puskesmas dengan ketersediaan obat esensial", "%", "92", "93,5", False, None, None),
    ("posy", "P", P_PMK, None, None, "Persentase posyandu aktif", "%", "70", "68,9", False, None, None),
]

P_JLN = "Program Penyelenggaraan Jalan"
K_JLN = "Penyelenggaraan Jalan Kabupaten/Kota"
P_SDA = "Program Pengelolaan Sumber Daya Air (SDA)"
K_SDA = "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota"
P_BG = "Program Penataan Bangunan Gedung"
K_BG = "Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kabupaten/Kota"
P_TR = "Program Penyelenggaraan Penataan Ruang"
K_TR = "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota"
IND[("pupr", 2025)] = [
    ("mantap", "S", None, None, None, "Persentase panjang jalan kota dalam kondisi mantap", "%", "78", "76,45", False, None, None),
    ("genangan", "S", None, None, None, "Luas kawasan tergenang banjir", "Ha", "250", "238,6", True, None, None),
    ("jlnting", "P", P_JLN, None, None, "Panjang jalan yang ditingkatkan kapasitasnya", "km", "12,5", "11,8", False, None, None),
    ("rehab", "SK", P_JLN, K_JLN, "Rehabilitasi Jalan", "Panjang jalan yang direhabilitasi", "km", "8,2", "8,2", False, "24.500.000.000", "23.870.125.000"),
    ("bangjln", "SK", P_JLN, K_JLN, "Pembangunan Jalan", "Panjang jalan yang dibangun", "km", "3,4", "2,95", False, "38.750.000.000", "36.120.445.000"),
    ("rutin", "SK", P_JLN, K_JLN, "Pemeliharaan Rutin Jalan", "Panjang jalan yang dipelihara rutin", "km", "145", "148,6", False, "9.800.000.000", "9.745.300.000"),
    ("jembatan", "SK", P_JLN, K_JLN, "Pembangunan Jembatan", "Jumlah jembatan yang dibangun", "unit", "2", "2", False, "15.200.000.000", "15.640.800.000"),
    ("pelihjbt", "SK", P_JLN, K_JLN, "Pemeliharaan Berkala Jembatan", "Jumlah jembatan yang dipelihara berkala", "unit", "6", "5", False, "3.150.000.000", "2.874.500.000"),
    ("drain", "P", P_SDA, None, None, "Persentase saluran drainase dalam kondisi berfungsi baik", "%", "70", "72,3", False, None, None),
    ("bangdrain", "SK", P_SDA, K_SDA, "Pembangunan Sistem Drainase Perkotaan", "Panjang saluran drainase yang dibangun", "m", "4.500", "4.120", False, "18.600.000.000", "17.950.000.000"),
    ("sedimen", "SK", P_SDA, K_SDA, "Normalisasi/Restorasi Sungai", "Volume sedimen yang dikeruk", "m3", "60.000", "64.250", False, "7.250.000.000", "7.418.600.000"),
    ("opdrain", "SK", P_SDA, K_SDA, "Operasi dan Pemeliharaan Sistem Drainase Perkotaan", "Panjang saluran drainase yang dipelihara", "km", "320", "320", False, "11.400.000.000", "11.235.700.000"),
    ("slf", "SK", P_BG, K_BG, "Pemeriksaan Kelaikan Fungsi Bangunan Gedung", "Jumlah bangunan gedung yang diperiksa kelaikan fungsinya", "unit", "120", "96", False, "850.000.000", "812.300.000"),
    ("kkpr", "P", P_TR, None, None, "Rata-rata waktu penerbitan KKPR", "hari kerja", "14", "11", True, None, None),
    ("rdtr", "SK", P_TR, K_TR, "Penyusunan Rencana Detail Tata Ruang (RDTR) Kabupaten/Kota", "Jumlah dokumen RDTR yang tersusun", "dokumen", "2", "1", False, "2.400.000.000", "1.180.000.000"),
    ("longsor", "P", P_JLN, None, None, "Jumlah titik rawan longsor yang ditangani", "lokasi", None, "7", False, None, None),
]

P_PEND = "Program Pengelolaan Pendidikan"
K_SD = "Pengelolaan Pendidikan Sekolah Dasar"
K_SMP = "Pengelolaan Pendidikan Sekolah Menengah Pertama"
P_PTK = "Program Pendidik dan Tenaga Kependidikan"
K_PTK = "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan"
P_BUD = "Program Pengembangan Kebudayaan"
K_BUD = "Pelestarian Kesenian Tradisional yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota"
IND[("disdik", 2025)] = [
    ("apmsd", "S", None, None, None, "Angka Partisipasi Murni (APM) SD/MI", "%", "98,20", "97,85", False, None, None),
    ("apmsmp", "S", None, None, None, "Angka Partisipasi Murni (APM) SMP/MTs", "%", "82,00", "80,40", False, None, None),
    ("aps_sd", "S", None, None, None, "Angka putus sekolah SD", "%", "0,12", "0,09", True, None, None),
    ("aps_smp", "S", None, None, None, "Angka putus sekolah SMP", "%", "0,35", "0,41", True, None, None),
    ("akrsd", "P", P_PEND, None, None, "Persentase SD terakreditasi minimal B", "%", "92", "93,5", False, None, None),
    ("rkb", "SK", P_PEND, K_SD, "Pembangunan Ruang Kelas Baru", "Jumlah ruang kelas baru SD yang dibangun", "unit", "24", "22", False, "8.640.000.000", "7.905.120.000"),
    ("rehabsmp", "SK", P_PEND, K_SMP, "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", "Jumlah ruang kelas SMP yang direhabilitasi", "unit", "36", "36", False, "6.480.000.000", "6.391.000.000"),
    ("bosda", "SK", P_PEND, K_SD, "Pengelolaan Dana BOS Sekolah Dasar", "Jumlah peserta didik SD penerima BOSDA", "orang", "72.500", "71.864", False, "21.750.000.000", "21.559.200.000"),
    ("mebel", "SK", P_PEND, K_SMP, "Pengadaan Perlengkapan Sekolah", "Jumlah paket mebel sekolah yang diadakan", "paket", "40", "40", False, "2.800.000.000", "2.861.450.000"),
    ("serdik", "P", P_PTK, None, None, "Persentase guru yang bersertifikat pendidik", "%", "78", "74,6", False, None, None),
    ("kompguru", "SK", P_PTK, K_PTK, "Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan", "Jumlah guru yang ditingkatkan kompetensinya", "orang", "1.250", "1.318", False, "1.150.000.000", "1.098.900.000"),
    ("cagar", "P", P_BUD, None, None, "Jumlah cagar budaya yang dilestarikan", "objek", "8", "8", False, None, None),
    ("seni", "SK", P_BUD, K_BUD, "Pembinaan Kesenian Tradisional", "Jumlah kelompok kesenian tradisional yang dibina", "kelompok", "45", "52", False, "575.000.000", "548.250.000"),
    ("adiwiyata", "P", P_PEND, None, None, "Jumlah sekolah Adiwiyata tingkat kota", "sekolah", None, "17", False, None, None),
]

P_REHSOS = "Program Rehabilitasi Sosial"
K_REHSOS = "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial"
P_LINJAM = "Program Perlindungan dan Jaminan Sosial"
K_BENCANA = "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"
K_DTKS = "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"
P_PEMSOS = "Program Pemberdayaan Sosial"
K_PSKS = "Peningkatan Kemampuan (Capacity Building) Potensi Pekerja Sosial Masyarakat (PSM) Kabupaten/Kota"
IND[("dinsos", 2025)] = [
    ("miskin", "S", None, None, None, "Persentase penduduk miskin", "%", "4,60", "4,52", True, None, None),
    ("ppks", "S", None, None, None, "Persentase PPKS yang tertangani", "%", "70", "66,8", False, None, None),
    ("anakrehab", "P", P_REHSOS, None, None, "Persentase anak terlantar yang mendapat rehabilitasi sosial dasar", "%", "85", "88,2", False, None, None),
    ("anak", "SK", P_REHSOS, K_REHSOS, "Pemberian Layanan Rehabilitasi Sosial Dasar Anak Terlantar", "Jumlah anak terlantar yang mendapat layanan rehabilitasi", "orang", "120", "134", False, "640.000.000", "612.500.000"),
    ("lansia", "SK", P_REHSOS, K_REHSOS, "Pemberian Layanan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar", "Jumlah lansia terlantar yang mendapat layanan rehabilitasi", "orang", "150", "141", False, "720.000.000", "703.250.000"),
    ("disab", "SK", P_REHSOS, K_REHSOS, "Pemberian Layanan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Jumlah penyandang disabilitas terlantar yang mendapat layanan", "orang", "90", "90", False, "480.000.000", "472.800.000"),
    ("gepeng", "SK", P_REHSOS, K_REHSOS, "Penjangkauan Gelandangan dan Pengemis", "Jumlah gelandangan dan pengemis yang dijangkau", "orang", "200", "236", False, "350.000.000", "347.900.000"),
    ("bencana", "P", P_LINJAM, None, None, "Persentase korban bencana yang mendapat bantuan sosial", "%", "100", "100", False, None, None),
    ("waktubansos", "P", P_LINJAM, None, None, "Rata-rata waktu penyaluran bantuan bagi korban bencana", "jam", "24", "18", True, None, None),
    ("korban", "SK", P_LINJAM, K_BENCANA, "Penyediaan Makanan bagi Korban Bencana", "Jumlah korban bencana yang terpenuhi kebutuhan dasarnya", "jiwa", "1.500", "1.862", False, "425.000.000", "446.300.000"),
    ("dtks", "SK", P_LINJAM, K_DTKS, "Pengelolaan Data Fakir Miskin Cakupan Daerah", "Jumlah rumah tangga DTKS yang diverifikasi dan divalidasi", "rumah tangga", "18.000", "17.245", False, "1.200.000.000", "1.164.000.000"),
    ("psks", "P", P_PEMSOS, None, None, "Jumlah PSKS yang aktif", "lembaga", "60", "57", False, None, None),
    ("psm", "SK", P_PEMSOS, K_PSKS, "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat", "Jumlah PSM yang ditingkatkan kapasitasnya", "orang", "250", "250", False, "310.000.000", "296.450.000"),
    ("permakanan", "P", P_LINJAM, None, None, "Jumlah lansia penerima bantuan permakanan", "orang", None, "480", False, None, None),
]

P_LLAJ = "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"
K_LLAJ = "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota"
K_TERM = "Pengelolaan Terminal Penumpang Tipe C"
K_UJI = "Pengujian Berkala Kendaraan Bermotor"
K_PARKIR = "Penyelenggaraan Parkir Tepi Jalan Umum"
IND[("dishub", 2025)] = [
    ("tempuh", "S", None, None, None, "Rata-rata waktu tempuh pada koridor jalan utama", "menit", "32", "35,5", True, None, None),
    ("laka", "S", None, None, None, "Jumlah kejadian kecelakaan lalu lintas", "kejadian", "410", "388", True, None, None),
    ("fasil", "S", None, None, None, "Persentase ketersediaan fasilitas perlengkapan jalan", "%", "72", "70,15", False, None, None),
    ("apillok", "P", P_LLAJ, None, None, "Persentase simpang bersinyal yang berfungsi baik", "%", "90", "93,75", False, None, None),
    ("retribusi", "P", P_LLAJ, None, None, "Pendapatan retribusi parkir tepi jalan umum", "Rp", "6.500.000.000", "5.875.400.000", False, None, None),
    ("rambu", "SK", P_LLAJ, K_LLAJ, "Pengadaan dan Pemasangan Rambu Lalu Lintas", "Jumlah rambu lalu lintas yang terpasang", "unit", "180", "174", False, "1.980.000.000", "1.902.600.000"),
    ("apill", "SK", P_LLAJ, K_LLAJ, "Pengadaan dan Pemasangan APILL", "Jumlah APILL yang dibangun", "unit", "4", "3", False, "3.200.000.000", "2.415.000.000"),
    ("terminal", "SK", P_LLAJ, K_TERM, "Pengelolaan Terminal Penumpang Tipe C", "Jumlah terminal tipe C yang dikelola", "unit", "3", "3", False, "1.450.000.000", "1.437.800.000"),
    ("ujikir", "SK", P_LLAJ, K_UJI, "Pengujian Berkala Kendaraan Bermotor", "Jumlah kendaraan bermotor yang diuji berkala", "unit", "9.500", "8.972", False, "1.320.000.000", "1.214.300.000"),
    ("waktukir", "SK", P_LLAJ, K_UJI, "Pengujian Berkala Kendaraan Bermotor", "Rata-rata waktu pelayanan uji berkala", "menit", "45", "40", True, None, None),
    ("parkir", "SK", P_LLAJ, K_PARKIR, "Penyelenggaraan Parkir Tepi Jalan Umum", "Jumlah titik parkir tepi jalan yang dikelola", "titik", "210", "218", False, "2.640.000.000", "2.598.000.000"),
]
IND[("dishub", 2024)] = [
    ("tempuh", "S", None, None, None, "Rata-rata waktu tempuh pada koridor jalan utama", "menit", "34", "36,2", True, None, None),
    ("laka", "S", None, None, None, "Jumlah kejadian kecelakaan lalu lintas", "kejadian", "430", "447", True, None, None),
    ("fasil", "S", None, None, None, "Persentase ketersediaan fasilitas perlengkapan jalan", "%", "68", "66,4", False, None, None),
    ("apillok", "P", P_LLAJ, None, None, "Persentase simpang bersinyal yang berfungsi baik", "%", "88", "89,58", False, None, None),
    ("retribusi", "P", P_LLAJ, None, None, "Pendapatan retribusi parkir tepi jalan umum", "Rp", "6.000.000.000", "5.412.750.000", False, None, None),
    ("rambu", "SK", P_LLAJ, K_LLAJ, "Pengadaan dan Pemasangan Rambu Lalu Lintas", "Jumlah rambu lalu lintas yang terpasang", "unit", "160", "171", False, "1.760.000.000", "1.744.500.000"),
    ("apill", "SK", P_LLAJ, K_LLAJ, "Pengadaan dan Pemasangan APILL", "Jumlah APILL yang dibangun", "unit", "3", "3", False, "2.450.000.000", "2.391.000.000"),
    ("terminal", "SK", P_LLAJ, K_TERM, "Pengelolaan Terminal Penumpang Tipe C", "Jumlah terminal tipe C yang dikelola", "unit", "3", "3", False, "1.380.000.000", "1.352.600.000"),
    ("ujikir", "SK", P_LLAJ, K_UJI, "Pengujian Berkala Kendaraan Bermotor", "Jumlah kendaraan bermotor yang diuji berkala", "unit", "9.000", "9.214", False, "1.250.000.000", "1.236.800.000"),
    ("waktukir", "SK", P_LLAJ, K_UJI, "Pengujian Berkala Kendaraan Bermotor", "Rata-rata waktu pelayanan uji berkala", "menit", "50", "47", True, None, None),
    ("parkir", "SK", P_LLAJ, K_PARKIR, "Penyelenggaraan Parkir Tepi Jalan Umum", "Jumlah titik parkir tepi jalan yang dikelola", "titik", "190", "196", False, "2.420.000.000", "2.377.900.000"),
    ("angksek", "P", P_LLAJ, None, None, "Jumlah armada angkutan sekolah gratis yang beroperasi", "unit", None, "12", False, None, None),
]

P_PEM = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
K_PEM = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
P_PMD = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
K_PMD = "Pemberdayaan Masyarakat Kelurahan"
P_TRANTIB = "Program Koordinasi Ketentraman dan Ketertiban Umum"
IND[("kecsk", 2025)] = [
    ("ikm", "S", None, None, None, "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan", "nilai", "82", "84,6", False, None, None),
    ("kelbaik", "S", None, None, None, "Persentase kelurahan dengan kinerja penyelenggaraan pemerintahan baik", "%", "85,71", "85,71", False, None, None),
    ("waktuadm", "P", P_PEM, None, None, "Rata-rata waktu penyelesaian layanan administrasi di kecamatan", "hari", "3", "2,5", True, None, None),
    ("paten", "SK", P_PEM, K_PEM, "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)", "Jumlah dokumen layanan PATEN yang diterbitkan", "dokumen", "4.200", "4.585", False, "385.000.000", "371.900.000"),
    ("musren", "SK", P_PEM, K_PEM, "Penyelenggaraan Musyawarah Perencanaan Pembangunan di Kecamatan", "Jumlah usulan musrenbang kecamatan yang terakomodasi", "usulan", "120", "96", False, "145.000.000", "139.800.000"),
    ("bebaya", "SK", P_PMD, K_PMD, "Fasilitasi Program Pro-Bebaya Tingkat RT", "Jumlah RT penerima program Pro-Bebaya", "RT", "289", "289", False, "28.900.000.000", "27.612.450.000"),
    ("lpm", "SK", P_PMD, K_PMD, "Pemberdayaan Lembaga Kemasyarakatan Kelurahan", "Jumlah lembaga kemasyarakatan kelurahan yang dibina", "lembaga", "14", "14", False, "210.000.000", "214.750.000"),
    ("kerjabakti", "SK", P_PMD, K_PMD, "Gerakan Kebersihan Lingkungan Berbasis Masyarakat", "Jumlah kegiatan kerja bakti massal", "kegiatan", "24", "26", False, "96.000.000", "91.500.000"),
    ("trantib", "P", P_TRANTIB, None, None, "Jumlah pelanggaran ketentraman dan ketertiban umum yang ditangani", "kasus", "60", "71", False, None, None),
    ("banjirtitik", "P", P_TRANTIB, None, None, "Jumlah titik banjir yang ditangani bersama kelurahan", "lokasi", None, "9", False, None, None),
]

P_SAMPAH = "Program Pengelolaan Persampahan"
K_SAMPAH = "Pengelolaan Sampah"
P_PENCEMARAN = "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"
K_PENCEMARAN = "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup"
P_RTH = "Program Pengelolaan Keanekaragaman Hayati dan Ruang Terbuka Hijau"
K_RTH = "Pengelolaan Ruang Terbuka Hijau Kota"
IND[("dlh", 2025)] = [
    ("iklh", "S", None, None, None, "Indeks Kualitas Lingkungan Hidup (IKLH)", "nilai", "68,50", "67,92", False, None, None),
    ("tertangani", "S", None, None, None, "Persentase sampah yang tertangani", "%", "78", "74,35", False, None, None),
    ("pengurangan", "S", None, None, None, "Persentase pengurangan sampah", "%", "22", "18,6", False, None, None),
    ("bod", "S", None, None, None, "Konsentrasi BOD rata-rata Sungai Karang Mumus", "mg/L", "6,0", "6,8", True, None, None),
    ("volume", "P", P_SAMPAH, None, None, "Volume sampah yang terangkut ke TPA", "ton/hari", "720", "688", False, None, None),
    ("ritase", "SK", P_SAMPAH, K_SAMPAH, "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir", "Jumlah ritase armada pengangkut sampah per hari", "rit/hari", "310", "296", False, "32.500.000.000", "31.880.000.000"),
    ("tpa", "SK", P_SAMPAH, K_SAMPAH, "Pengoperasian dan Pemeliharaan TPA", "Luas sel TPA yang dioperasikan", "Ha", "4", "4", False, "12.800.000.000", "13.114.600.000"),
    ("banksampah", "SK", P_SAMPAH, K_SAMPAH, "Pengurangan Sampah dengan Melakukan Pembatasan, Pendauran Ulang dan Pemanfaatan Kembali", "Jumlah bank sampah aktif", "unit", "150", "163", False, "620.000.000", "598.500.000"),
    ("kontainer", "SK", P_SAMPAH, K_SAMPAH, "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", "Jumlah kontainer sampah 6 m3 yang diadakan", "unit", "20", "20", False, "2.300.000.000", "2.182.400.000"),
    ("awas", "SK", P_PENCEMARAN, K_PENCEMARAN, "Pengawasan Ketaatan Usaha dan/atau Kegiatan terhadap Izin Lingkungan", "Jumlah usaha/kegiatan yang diawasi ketaatannya", "usaha", "120", "108", False, "780.000.000", "745.200.000"),
    ("titikpantau", "SK", P_PENCEMARAN, K_PENCEMARAN, "Pemantauan Kualitas Air Sungai", "Jumlah titik pantau kualitas air sungai", "titik", "24", "24", False, "450.000.000", "438.900.000"),
    ("klhs", "SK", P_PENCEMARAN, K_PENCEMARAN, "Penyusunan KLHS", "Jumlah dokumen KLHS yang disusun", "dokumen", "1", "1", False, "350.000.000", "342.000.000"),
    ("rth", "P", P_RTH, None, None, "Luas RTH publik yang dikelola", "Ha", "245", "247,3", False, None, None),
    ("taman", "SK", P_RTH, K_RTH, "Pemeliharaan Taman Kota", "Jumlah taman kota yang dipelihara", "lokasi", "38", "38", False, "5.400.000.000", "5.262.000.000"),
    ("pohon", "P", P_RTH, None, None, "Jumlah pohon yang ditanam", "batang", None, "3.250", False, None, None),
]

# ---------------------------------------------------------------- documents
# id -> dict(file, opd, year, layout, doc_type, keys (order), over (per-key overrides),
#            budget (bool: budget columns shown), ach_dec (decimals of stated achievement))
# overrides: T / R (strings), ach (string as stated), name
DOCS = [
    dict(id="dinkes_pk25", file="PK_2025_Dinkes_Kota_Samarinda.docx", opd="dinkes", year=2025, layout="docx_table", doc_type="pk",
         keys=["aki", "akb", "stunt", "akred", "k6", "balita", "tb", "nakes", "obat", "posy"],
         over={"stunt": {"T": "17,5"}, "akred": {"T": "65"}}),
    dict(id="dinkes_lkjip25", file="LKjIP_Dinkes_2025.pdf", opd="dinkes", year=2025, layout="pdf_table", doc_type="lkjip",
         keys=[k[0] for k in IND[("dinkes", 2025)]], budget=True, ach_dec=2,
         over={"akb": {"ach": "109,23"}, "posy": {"ach": "89,20"}}),
    dict(id="dinkes_lkjip24", file="scan_LKjIP_Dinkes_2024.pdf", opd="dinkes", year=2024, layout="scan", doc_type="lkjip",
         keys=[k[0] for k in IND[("dinkes", 2024)]], budget=True, ach_dec=2,
         over={"tb": {"ach": "99,89"}}),
    dict(id="pupr_renja25", file="Renja_DPUPR_2025_final.xlsx", opd="pupr", year=2025, layout="xlsx", doc_type="renja",
         keys=[k[0] for k in IND[("pupr", 2025)] if k[0] != "longsor"],
         over={"mantap": {"T": "80"}}),
    dict(id="pupr_lkjip25", file="LKjIP_DPUPR_2025.pdf", opd="pupr", year=2025, layout="pdf_prose", doc_type="lkjip",
         keys=["mantap", "genangan", "jlnting", "rehab", "bangjln", "rutin", "jembatan", "longsor", "drain", "bangdrain", "sedimen", "slf", "kkpr", "rdtr"],
         budget=True, ach_dec=2, over={}),
    dict(id="pupr_real25", file="scan_realisasi_fisik_keuangan_DPUPR_Des2025.pdf", opd="pupr", year=2025, layout="scan", doc_type="realisasi",
         keys=["rehab", "bangjln", "rutin", "jembatan", "pelihjbt", "bangdrain", "sedimen", "opdrain", "slf", "rdtr"],
         budget=True, ach_dec=2,
         over={"bangjln": {"R": "3,15"}, "bangdrain": {"R": "3.860"}, "slf": {"R": "104"}}),
    dict(id="disdik_pk25", file="Perjanjian_Kinerja_Disdikbud_2025.pdf", opd="disdik", year=2025, layout="pdf_table", doc_type="pk",
         keys=["apmsd", "apmsmp", "aps_sd", "aps_smp", "akrsd", "rkb", "rehabsmp", "bosda", "serdik", "kompguru", "cagar"],
         over={"apmsmp": {"T": "83,50"}, "rkb": {"T": "28"}}),
    dict(id="disdik_lkjip25", file="LKjIP Disdikbud Smd 2025.docx", opd="disdik", year=2025, layout="docx_table", doc_type="lkjip",
         keys=[k[0] for k in IND[("disdik", 2025)]], budget=True, ach_dec=2,
         over={"serdik": {"ach": "104,56"}}),
    dict(id="dinsos_renja25", file="RENJA DINSOS 2025.xlsx", opd="dinsos", year=2025, layout="xlsx", doc_type="renja",
         keys=[k[0] for k in IND[("dinsos", 2025)] if k[0] != "permakanan"],
         over={"dtks": {"T": "20.000"}}),
    dict(id="dinsos_lkjip25", file="scan_LKjIP_Dinsos_2025.pdf", opd="dinsos", year=2025, layout="scan", doc_type="lkjip",
         keys=[k[0] for k in IND[("dinsos", 2025)]], budget=True, ach_dec=2,
         over={"psks": {"ach": "105,00"}}),
    dict(id="dinsos_tw4", file="Lap_Capaian_Kinerja_TW_IV_Dinsos_2025.pdf", opd="dinsos", year=2025, layout="pdf_table", doc_type="laporan_triwulan",
         keys=["miskin", "ppks", "anakrehab", "anak", "lansia", "disab", "gepeng", "bencana", "korban", "dtks", "psks", "psm"],
         budget=True, ach_dec=2,
         over={"ppks": {"R": "64,3"}, "lansia": {"R": "138"}}),
    dict(id="dishub_lkjip25", file="LKjIP_Dishub_Samarinda_2025.pdf", opd="dishub", year=2025, layout="pdf_prose", doc_type="lkjip",
         keys=[k[0] for k in IND[("dishub", 2025)]], budget=True, ach_dec=2,
         over={"tempuh": {"ach": "110,94"}}),
    dict(id="dishub_lkjip24", file="Lampiran_LKjIP_Dishub_2024.xlsx", opd="dishub", year=2024, layout="xlsx", doc_type="lkjip",
         keys=[k[0] for k in IND[("dishub", 2024)]], budget=True, ach_dec=2, over={}),
    dict(id="dishub_pk25", file="foto_PK_Dishub_2025.jpg", opd="dishub", year=2025, layout="scan", doc_type="pk",
         keys=[k[0] for k in IND[("dishub", 2025)]],
         over={"rambu": {"T": "200"}}),
    dict(id="kecsk_renja25", file="Renja_Kec_Sungai_Kunjang_2025.pdf", opd="kecsk", year=2025, layout="pdf_table", doc_type="renja",
         keys=[k[0] for k in IND[("kecsk", 2025)] if k[0] != "banjirtitik"],
         over={"ikm": {"T": "83"}}),
    dict(id="kecsk_lkjip25", file="LKjIP_Kec_Sungai_Kunjang_2025.docx", opd="kecsk", year=2025, layout="docx_table", doc_type="lkjip",
         keys=[k[0] for k in IND[("kecsk", 2025)]], budget=True, ach_dec=2,
         over={"musren": {"ach": "90,00"}}),
    dict(id="dlh_lkjip25", file="LKjIP_DLH_2025_lampiran.xlsx", opd="dlh", year=2025, layout="xlsx", doc_type="lkjip",
         keys=[k[0] for k in IND[("dlh", 2025)]], budget=True, ach_dec=2,
         over={"tertangani": {"ach": "98,35"}}),
    dict(id="dlh_real25", file="Realisasi_Fisik_Keuangan_DLH_Desember_2025.pdf", opd="dlh", year=2025, layout="pdf_table", doc_type="realisasi",
         keys=["ritase", "tpa", "banksampah", "kontainer", "awas", "titikpantau", "klhs", "taman"],
         budget=True, ach_dec=2,
         over={"ritase": {"R": "289"}, "awas": {"R": "112"}}),
]

PLAN_TYPES = {"renja", "pk", "renstra"}

# planted findings: type, opd, year, indicator key, doc ids cited
PLANTED = [
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2025, "akb", ["dinkes_lkjip25"]),
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2025, "posy", ["dinkes_lkjip25"]),
    ("ACHIEVEMENT_MISMATCH", "dinkes", 2024, "tb", ["dinkes_lkjip24"]),
    ("ACHIEVEMENT_MISMATCH", "disdik", 2025, "serdik", ["disdik_lkjip25"]),
    ("ACHIEVEMENT_MISMATCH", "dinsos", 2025, "psks", ["dinsos_lkjip25"]),
    ("ACHIEVEMENT_MISMATCH", "dishub", 2025, "tempuh", ["dishub_lkjip25"]),
    ("ACHIEVEMENT_MISMATCH", "kecsk", 2025, "musren", ["kecsk_lkjip25"]),
    ("ACHIEVEMENT_MISMATCH", "dlh", 2025, "tertangani", ["dlh_lkjip25"]),
    ("TARGET_CHANGED", "dinkes", 2025, "stunt", ["dinkes_pk25", "dinkes_lkjip25"]),
    ("TARGET_CHANGED", "dinkes", 2025, "akred", ["dinkes_pk25", "dinkes_lkjip25"]),
    ("TARGET_CHANGED", "pupr", 2025, "mantap", ["pupr_renja25", "pupr_lkjip25"]),
    ("TARGET_CHANGED", "disdik", 2025, "apmsmp", ["disdik_pk25", "disdik_lkjip25"]),
    ("TARGET_CHANGED", "disdik", 2025, "rkb", ["disdik_pk25", "disdik_lkjip25"]),
    ("TARGET_CHANGED", "dinsos", 2025, "dtks", ["dinsos_renja25", "dinsos_lkjip25", "dinsos_tw4"]),
    ("TARGET_CHANGED", "dishub", 2025, "rambu", ["dishub_pk25", "dishub_lkjip25"]),
    ("TARGET_CHANGED", "kecsk", 2025, "ikm", ["kecsk_renja25", "kecsk_lkjip25"]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "bangjln", ["pupr_lkjip25", "pupr_real25"]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "bangdrain", ["pupr_lkjip25", "pupr_real25"]),
    ("CROSS_DOCUMENT_CONFLICT", "pupr", 2025, "slf", ["pupr_lkjip25", "pupr_real25"]),
    ("CROSS_DOCUMENT_CONFLICT", "dinsos", 2025, "ppks", ["dinsos_lkjip25", "dinsos_tw4"]),
    ("CROSS_DOCUMENT_CONFLICT", "dinsos", 2025, "lansia", ["dinsos_lkjip25", "dinsos_tw4"]),
    ("CROSS_DOCUMENT_CONFLICT", "dlh", 2025, "ritase", ["dlh_lkjip25", "dlh_real25"]),
    ("CROSS_DOCUMENT_CONFLICT", "dlh", 2025, "awas", ["dlh_lkjip25", "dlh_real25"]),
    ("ABSORPTION_OVER_100", "dinkes", 2025, "sdmk", ["dinkes_lkjip25"]),
    ("ABSORPTION_OVER_100", "pupr", 2025, "jembatan", ["pupr_lkjip25", "pupr_real25"]),
    ("ABSORPTION_OVER_100", "pupr", 2025, "sedimen", ["pupr_lkjip25", "pupr_real25"]),
    ("ABSORPTION_OVER_100", "disdik", 2025, "mebel", ["disdik_lkjip25"]),
    ("ABSORPTION_OVER_100", "dinsos", 2025, "korban", ["dinsos_lkjip25", "dinsos_tw4"]),
    ("ABSORPTION_OVER_100", "kecsk", 2025, "lpm", ["kecsk_lkjip25"]),
    ("ABSORPTION_OVER_100", "dlh", 2025, "tpa", ["dlh_lkjip25", "dlh_real25"]),
    ("REALISATION_WITHOUT_TARGET", "dinkes", 2024, "skrining", ["dinkes_lkjip24"]),
    ("REALISATION_WITHOUT_TARGET", "pupr", 2025, "longsor", ["pupr_lkjip25"]),
    ("REALISATION_WITHOUT_TARGET", "disdik", 2025, "adiwiyata", ["disdik_lkjip25"]),
    ("REALISATION_WITHOUT_TARGET", "dinsos", 2025, "permakanan", ["dinsos_lkjip25"]),
    ("REALISATION_WITHOUT_TARGET", "dishub", 2024, "angksek", ["dishub_lkjip24"]),
    ("REALISATION_WITHOUT_TARGET", "kecsk", 2025, "banjirtitik", ["kecsk_lkjip25"]),
    ("REALISATION_WITHOUT_TARGET", "dlh", 2025, "pohon", ["dlh_lkjip25"]),
]
