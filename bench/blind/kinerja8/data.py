"""Invented performance data for the kinerja8 blind set (shared by generate.py only).

Each indicator: key, programme, kegiatan, sub_kegiatan, name, unit, target (report), realisation,
lib (lower is better), mark (how LIB is marked: 'arrow', 'note', None = only by nature),
pagu, budget realisation, pt (plan target if different), expl (explanation printed in report).
"""


def I(key, prog, keg, sub, name, unit, t, r, lib=False, mark=None, pagu=None, br=None, pt=None, expl=None):
    return dict(key=key, prog=prog, keg=keg, sub=sub, name=name, unit=unit, t=t, r=r, lib=lib, mark=mark,
                pagu=pagu, br=br, pt=pt, expl=expl)


SAS = None  # sasaran-level indicators carry no programme

# ---------------------------------------------------------------- Disdukcapil 2025
P1 = "Program Pendaftaran Penduduk"
P2 = "Program Pencatatan Sipil"
P3 = "Program Pengelolaan Informasi Administrasi Kependudukan"
P0 = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
DKCS25 = [
    I("ikm", SAS, None, None, "Indeks Kepuasan Masyarakat terhadap layanan administrasi kependudukan", "indeks", 82.50, 84.12),
    I("ktp", P1, None, None, "Persentase penduduk wajib KTP yang memiliki KTP-el", "%", 98.50, 97.86),
    I("kia", P1, None, None, "Persentase anak usia 0-17 tahun yang memiliki KIA", "%", 45.00, 41.27, pt=50.00),
    I("cetak", P1, "Pelayanan Pendaftaran Penduduk", "Penerbitan Dokumen Pendaftaran Penduduk",
      "Jumlah keping KTP-el yang dicetak", "keping", 42000, 45318, pagu=1850000000, br=1792450000),
    I("jemput", P1, "Pelayanan Pendaftaran Penduduk", "Pelayanan Jemput Bola Administrasi Kependudukan",
      "Jumlah kegiatan jemput bola pelayanan adminduk", "kali", 48, 52, pagu=420000000, br=431775000),
    I("rekam", P1, None, None, "Persentase perekaman KTP-el pemula", "%", 90.00, 88.35, pt=95.00,
      expl="Target indikator Persentase perekaman KTP-el pemula disesuaikan dari 95,00% menjadi 90,00% "
           "melalui Perubahan Perjanjian Kinerja Nomor 800/412/Disdukcapil/VII/2025 tanggal 14 Juli 2025, "
           "karena pemutakhiran data sasaran penduduk usia 17 tahun dari Ditjen Dukcapil."),
    I("waktu_akta", P2, None, None, "Rata-rata waktu penerbitan akta kelahiran", "hari", 3, 2, lib=True, mark="arrow"),
    I("akta_lahir", P2, None, None, "Persentase kepemilikan akta kelahiran anak 0-18 tahun", "%", 96.00, 96.84, pt=97.00),
    I("akta_mati", P2, "Pelayanan Pencatatan Sipil", "Penerbitan Dokumen Pencatatan Sipil",
      "Jumlah akta kematian yang diterbitkan", "dokumen", 3800, 4125, pagu=640000000, br=598730500),
    I("integrasi", P3, None, None, "Persentase data kependudukan yang terintegrasi dengan OPD pengguna", "%", 85.00, 87.50),
    I("pks", P3, "Pengelolaan Informasi Administrasi Kependudukan", "Penyelenggaraan Pemanfaatan Data Kependudukan",
      "Jumlah perjanjian kerja sama pemanfaatan data kependudukan", "dokumen", 12, 14, pagu=210000000, br=187400000),
    I("aduan", P3, None, None, "Jumlah aduan keterlambatan layanan adminduk", "aduan", 60, 48, lib=True, mark=None),
    I("daring", P3, None, None, "Jumlah permohonan layanan adminduk daring yang diproses", "dokumen", None, 28640),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 72.00, 73.15),
]

DKCS24 = [
    I("ikm", SAS, None, None, "Indeks Kepuasan Masyarakat terhadap layanan administrasi kependudukan", "indeks", 81.00, 82.64),
    I("ktp", P1, None, None, "Persentase penduduk wajib KTP yang memiliki KTP-el", "%", 98.00, 97.41),
    I("kia", P1, None, None, "Persentase anak usia 0-17 tahun yang memiliki KIA", "%", 40.00, 38.92),
    I("cetak", P1, None, None, "Jumlah keping KTP-el yang dicetak", "keping", 40000, 43672),
    I("waktu_akta", P2, None, None, "Rata-rata waktu penerbitan akta kelahiran", "hari", 3, 3, lib=True, mark="arrow"),
    I("akta_lahir", P2, None, None, "Persentase kepemilikan akta kelahiran anak 0-18 tahun", "%", 95.00, 95.73),
    I("akta_mati", P2, None, None, "Jumlah akta kematian yang diterbitkan", "dokumen", 3500, 3912),
    I("integrasi", P3, None, None, "Persentase data kependudukan yang terintegrasi dengan OPD pengguna", "%", 80.00, 84.50),
    I("pks", P3, None, None, "Jumlah perjanjian kerja sama pemanfaatan data kependudukan", "dokumen", 10, 11),
    I("aduan", P3, None, None, "Jumlah aduan keterlambatan layanan adminduk", "aduan", 70, 63, lib=True),
    I("ktp_rusak", P1, None, None, "Jumlah KTP-el rusak yang diganti", "keping", None, 2318),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 70.00, 71.02),
]

# ---------------------------------------------------------------- DPMPTSP 2025
Q1 = "Program Pelayanan Penanaman Modal"
Q2 = "Program Promosi Penanaman Modal"
Q3 = "Program Pengendalian Pelaksanaan Penanaman Modal"
Q4 = "Program Pengelolaan Data dan Sistem Informasi Penanaman Modal"
DPM25 = [
    I("investasi", SAS, None, None, "Nilai realisasi investasi PMA dan PMDN", "Rp", 4500000000000, 4872350000000),
    I("ikm", SAS, None, None, "Indeks Kepuasan Masyarakat terhadap layanan perizinan", "indeks", 85.00, 86.37),
    I("waktu", Q1, None, None, "Rata-rata waktu penyelesaian perizinan berusaha", "hari", 5, 4, lib=True, mark="note"),
    I("tepat", Q1, None, None, "Persentase perizinan yang diterbitkan tepat waktu", "%", 95.00, 97.20),
    I("oss", Q1, "Pelayanan Perizinan dan Non Perizinan", "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
      "Jumlah izin yang diterbitkan melalui OSS-RBA", "izin", 6500, 7184, pagu=1250000000, br=1198600000),
    I("aduan", Q1, None, None, "Jumlah pengaduan layanan perizinan", "aduan", 120, 87, lib=True),
    I("promosi", Q2, "Penyelenggaraan Promosi Penanaman Modal", "Pelaksanaan Kegiatan Promosi Penanaman Modal",
      "Jumlah kegiatan promosi penanaman modal", "kegiatan", 6, 6, pagu=780000000, br=812300000),
    I("investor", Q2, "Penyelenggaraan Promosi Penanaman Modal", "Fasilitasi Calon Investor",
      "Jumlah calon investor yang difasilitasi", "investor", 25, 31, pt=30, pagu=315000000, br=302450000),
    I("lkpm", Q3, "Pengendalian Pelaksanaan Penanaman Modal", "Pemantauan Pelaporan LKPM",
      "Jumlah pelaku usaha yang menyampaikan LKPM", "pelaku usaha", 1800, 1652, pagu=265000000, br=251870000),
    I("verif", Q3, None, None, "Persentase LKPM yang diverifikasi", "%", 90.00, 92.40, pt=95.00),
    I("bina", Q3, "Pengendalian Pelaksanaan Penanaman Modal", "Pembinaan dan Pengawasan Pelaku Usaha",
      "Jumlah pelaku usaha yang dibina dan diawasi", "pelaku usaha", 150, 162, pagu=560000000, br=544150000),
    I("data", Q4, None, None, "Persentase ketersediaan data penanaman modal yang mutakhir", "%", 100, 100),
    I("tenaga", Q3, "Pengendalian Pelaksanaan Penanaman Modal", "Pemantauan Pelaporan LKPM",
      "Jumlah tenaga kerja yang terserap dari realisasi investasi", "orang", None, 3415),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 75.00, 76.40),
]

# ---------------------------------------------------------------- Dinas Ketahanan Pangan 2025
K1 = "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat"
K2 = "Program Penanganan Kerawanan Pangan"
K3 = "Program Pengawasan Keamanan Pangan"
DKP25 = [
    I("pph", SAS, None, None, "Skor Pola Pangan Harapan (PPH)", "skor", 88.50, 89.20),
    I("ikp", SAS, None, None, "Indeks Ketahanan Pangan", "indeks", 78.00, 79.45),
    I("beras", K1, None, None, "Ketersediaan beras per kapita", "kg/kapita", 90.00, 94.35),
    I("cadangan", K1, "Penyediaan dan Penyaluran Pangan Pokok", "Penyediaan Cadangan Pangan Pemerintah Daerah",
      "Jumlah cadangan pangan pemerintah daerah", "ton", 60, 62.5, pt=65, pagu=820000000, br=801500000),
    I("gpm", K1, "Penyediaan dan Penyaluran Pangan Pokok", "Pelaksanaan Gerakan Pangan Murah",
      "Jumlah kegiatan Gerakan Pangan Murah", "kali", 24, 30, pagu=950000000, br=1012400000),
    I("p2l", K1, "Penyediaan dan Penyaluran Pangan Pokok", "Pemberdayaan Masyarakat dalam Penganekaragaman Konsumsi Pangan",
      "Jumlah kelompok penerima bantuan Pekarangan Pangan Lestari", "kelompok", 40, 40, pagu=600000000, br=588250000),
    I("rawan", K2, None, None, "Persentase daerah rawan pangan", "%", 4.50, 3.80, lib=True, mark="note"),
    I("intervensi", K2, "Penanganan Kerawanan Pangan", "Penyusunan Peta Ketahanan dan Kerentanan Pangan",
      "Jumlah kelurahan rawan pangan yang diintervensi", "kelurahan", 6, 6, pagu=450000000, br=457900000),
    I("darurat", K2, "Penanganan Kerawanan Pangan", "Penyaluran Cadangan Pangan Keadaan Darurat",
      "Jumlah penyaluran cadangan pangan pada keadaan darurat", "ton", None, 12.75),
    I("psat_syarat", K3, None, None, "Persentase pangan segar asal tumbuhan yang memenuhi syarat keamanan pangan", "%", 85.00, 88.40, pt=90.00),
    I("sampel", K3, "Pengawasan Keamanan dan Mutu Pangan Segar", "Pengujian Sampel Pangan Segar",
      "Jumlah sampel pangan segar yang diuji", "sampel", 400, 436, pagu=320000000, br=301780000),
    I("sertifikat", K3, "Pengawasan Keamanan dan Mutu Pangan Segar", "Sertifikasi dan Registrasi PSAT",
      "Jumlah sertifikat dan registrasi PSAT yang diterbitkan", "dokumen", 30, 27, pagu=185000000, br=176400000),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 68.00, 69.75),
]

DKP24 = [
    I("pph", SAS, None, None, "Skor Pola Pangan Harapan (PPH)", "skor", 87.00, 87.85),
    I("ikp", SAS, None, None, "Indeks Ketahanan Pangan", "indeks", 76.50, 77.62),
    I("beras", K1, None, None, "Ketersediaan beras per kapita", "kg/kapita", 88.00, 91.20),
    I("cadangan", K1, "Penyediaan dan Penyaluran Pangan Pokok", "Penyediaan Cadangan Pangan Pemerintah Daerah",
      "Jumlah cadangan pangan pemerintah daerah", "ton", 55, 55.8, pagu=760000000, br=742300000),
    I("gpm", K1, "Penyediaan dan Penyaluran Pangan Pokok", "Pelaksanaan Gerakan Pangan Murah",
      "Jumlah kegiatan Gerakan Pangan Murah", "kali", 20, 22, pagu=800000000, br=791650000),
    I("rawan", K2, None, None, "Persentase daerah rawan pangan", "%", 5.00, 4.30, lib=True, mark="note"),
    I("intervensi", K2, "Penanganan Kerawanan Pangan", "Penyusunan Peta Ketahanan dan Kerentanan Pangan",
      "Jumlah kelurahan rawan pangan yang diintervensi", "kelurahan", 5, 5, pagu=400000000, br=385000000),
    I("psat_syarat", K3, None, None, "Persentase pangan segar asal tumbuhan yang memenuhi syarat keamanan pangan", "%", 82.00, 84.10),
    I("sampel", K3, "Pengawasan Keamanan dan Mutu Pangan Segar", "Pengujian Sampel Pangan Segar",
      "Jumlah sampel pangan segar yang diuji", "sampel", 350, 362, pagu=290000000, br=284150000),
    I("umkm", K3, "Pengawasan Keamanan dan Mutu Pangan Segar", "Pembinaan Pelaku Usaha Pangan Segar",
      "Jumlah pelaku usaha pangan segar yang dibina", "pelaku usaha", None, 84, pagu=120000000, br=117600000),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 66.00, 66.40),
]

# ---------------------------------------------------------------- BPBD 2025
B1 = "Program Penanggulangan Bencana"
B1a = "Pelayanan Informasi Rawan Bencana Kabupaten/Kota"
B1b = "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana"
B1c = "Pelayanan Penyelamatan dan Evakuasi Korban Bencana"
B1d = "Penanganan Pascabencana Kabupaten/Kota"
BPBD25 = [
    I("irb", SAS, None, None, "Indeks Risiko Bencana (IRB)", "indeks", 120.45, 118.30, lib=True, mark=None),
    I("info", B1, None, None, "Persentase masyarakat yang mendapat informasi rawan bencana", "%", 70.00, 72.50, pt=75.00,
      expl="Target indikator Persentase masyarakat yang mendapat informasi rawan bencana disesuaikan dari 75,00% "
           "menjadi 70,00% sesuai Keputusan Kepala Pelaksana BPBD Nomor 360/118/BPBD/VIII/2025 tentang Perubahan "
           "Renja 2025, menyusul pergeseran anggaran untuk penanganan banjir bulan Mei 2025."),
    I("kajian", B1, B1a, "Penyusunan Kajian Risiko Bencana", "Jumlah dokumen kajian risiko bencana", "dokumen", 1, 1,
      pagu=350000000, br=362000000),
    I("katana", B1, B1b, "Pembentukan Kelurahan Tangguh Bencana", "Jumlah kelurahan tangguh bencana yang dibentuk", "kelurahan",
      10, 10, pagu=520000000, br=506800000),
    I("sosialisasi", B1, B1b, "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
      "Jumlah sosialisasi dan simulasi kesiapsiagaan", "kali", 20, 24, pt=24, pagu=240000000, br=236150000),
    I("ews", B1, B1b, "Penyediaan Peralatan Peringatan Dini", "Jumlah sirine peringatan dini (EWS) yang terpasang", "unit",
      4, 4, pagu=480000000, br=497500000),
    I("respon", B1, None, None, "Waktu tanggap (response time) penanganan kejadian bencana", "menit", 30, 22, lib=True, mark="arrow"),
    I("evakuasi", B1, None, None, "Persentase korban bencana yang dievakuasi", "%", 100, 100),
    I("trc", B1, B1c, "Peningkatan Kapasitas Tim Reaksi Cepat", "Jumlah personel TRC yang terlatih", "orang", 60, 64,
      pagu=275000000, br=268125000),
    I("kejadian", B1, B1c, "Respon Cepat Darurat Bencana", "Jumlah kejadian bencana yang ditangani", "kejadian", None, 187,
      pagu=690000000, br=655300000),
    I("logistik", B1, None, None, "Persentase bantuan logistik yang tersalurkan tepat waktu", "%", 95.00, 97.40),
    I("rehab", B1, None, None, "Persentase rumah terdampak bencana yang direhabilitasi", "%", 80.00, 76.25, pt=85.00),
    I("saluran", B1, B1d, "Pemulihan Prasarana Pascabencana", "Panjang saluran drainase yang dinormalisasi pascabanjir", "km",
      4.50, 5.20, pagu=1200000000, br=1164600000),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 70.00, 70.85),
]

# ---------------------------------------------------------------- Satpol PP 2025
S1 = "Program Peningkatan Ketenteraman dan Ketertiban Umum"
S2 = "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran"
S1a = "Penanganan Gangguan Ketenteraman dan Ketertiban Umum"
S1b = "Penegakan Peraturan Daerah dan Peraturan Kepala Daerah"
S2a = "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran"
SAT25 = [
    I("perda", SAS, None, None, "Persentase penegakan Perda dan Perkada", "%", 85.00, 87.60),
    I("ikm", SAS, None, None, "Indeks Kepuasan Masyarakat layanan Satpol PP", "indeks", 80.00, 81.35),
    I("gangguan", S1, None, None, "Persentase gangguan trantibum yang ditindaklanjuti", "%", 100, 98.20),
    I("pelanggaran", S1, None, None, "Jumlah pelanggaran Perda yang terjadi", "kasus", 450, 412, lib=True, mark="arrow"),
    I("pkl", S1, S1a, "Penertiban Pedagang Kaki Lima", "Jumlah operasi penertiban PKL", "kali", 96, 104,
      pagu=850000000, br=836400000),
    I("patroli", S1, S1a, "Patroli Wilayah dan Pengamanan Objek Vital", "Jumlah patroli wilayah", "kali", 365, 372,
      pagu=1450000000, br=1516800000),
    I("vip", S1, S1a, "Pengamanan Kegiatan Pemerintahan", "Jumlah pengamanan kegiatan pemerintahan dan kunjungan VIP", "kegiatan",
      None, 138, pagu=380000000, br=371250000),
    I("linmas", S1, S1a, "Peningkatan Kapasitas Satuan Perlindungan Masyarakat", "Jumlah anggota Satlinmas yang dilatih", "orang",
      300, 320, pagu=410000000, br=398250000),
    I("pos", S1, S1a, "Operasional Pos Pantau Trantibum", "Jumlah pos pantau trantibum yang beroperasi", "pos", 12, 12,
      pagu=300000000, br=288900000),
    I("ppns", S1, None, None, "Persentase PPNS yang melakukan penyidikan", "%", 60.00, 55.00, pt=65.00),
    I("tipiring", S1, S1b, "Penyidikan dan Sidang Tindak Pidana Ringan", "Jumlah kasus pelanggaran Perda yang disidangkan (tipiring)",
      "kasus", 80, 94, pt=90, pagu=225000000, br=219300000),
    I("tanggap", S2, None, None, "Waktu tanggap kejadian kebakaran", "menit", 15, 13.5, lib=True, mark="arrow"),
    I("kebakaran", S2, None, None, "Persentase kejadian kebakaran yang tertangani", "%", 100, 100),
    I("sos_kebakaran", S2, S2a, "Pencegahan Kebakaran melalui Sosialisasi", "Jumlah sosialisasi pencegahan kebakaran", "kali",
      40, 46, pagu=260000000, br=271500000),
    I("sakip", P0, None, None, "Nilai evaluasi SAKIP perangkat daerah", "nilai", 71.00, 72.30),
]
