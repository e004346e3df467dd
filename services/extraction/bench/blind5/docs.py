"""The seven invented pages. Each function returns a layout.Page."""
from layout import Page, F, mm, pt, W, H

L, R = mm(25), W - mm(20)
CW = R - L


def rp(n):
    return f"{n:,}".replace(",", ".")


def pct(a, b):
    return f"{a / b * 100:.2f}".replace(".", ",")


# ---------------------------------------------------------------- 1 surat undangan
def surat_undangan():
    p = Page()
    y = p.kop(["PEMERINTAH KOTA SAMARINDA", "SEKRETARIAT DAERAH",
               "Jalan Balaikota Nomor 1 Samarinda, Kalimantan Timur 75121",
               "Telepon (0541) 733011, Laman: setda.samarindakota.go.id"],
              [F("times-b", 14), F("times-b", 16), F("times", 11), F("times", 11)])
    f, fb = F("times", 11), F("times-b", 11)
    y += mm(2)
    y = p.text(R, y, "Samarinda, 17 April 2025", f, align="right")
    y += mm(2)
    x1, x2 = L + mm(25), L + mm(28)
    for k, v in [("Nomor", "005/412/Setda-Umum/IV/2025"), ("Sifat", "Penting"),
                 ("Lampiran", "1 (satu) lembar"), ("Perihal", "Undangan Rapat Koordinasi Penyusunan")]:
        y = p.segs(y, [(L, k, f), (x1, ":", f), (x2, v, fb if k == "Perihal" else f)])
    y = p.text(x2, y, "Rencana Kerja Perangkat Daerah Tahun 2026", fb)
    y += mm(2)
    xk = L + mm(95)
    y = p.text(xk, y, "Kepada", f)
    y = p.segs(y, [(xk - mm(8), "Yth.", f), (xk, "Kepala Perangkat Daerah", f)])
    y = p.text(xk, y, "di Lingkungan Pemerintah Kota Samarinda", f)
    y = p.text(xk + mm(8), y, "di -", f)
    y = p.text(xk + mm(18), y, "SAMARINDA", fb)
    y += mm(3)
    body = L + mm(12)
    y = p.para(body, y, R - body, "Dalam rangka sinkronisasi program dan kegiatan perangkat daerah dengan "
               "Rancangan Awal RKPD Kota Samarinda Tahun 2026, bersama ini kami mengundang Saudara/i untuk hadir "
               "pada rapat koordinasi yang akan dilaksanakan pada:", f, first_indent=mm(12))
    y += mm(2)
    xa, xb, xc = body + mm(6), body + mm(38), body + mm(41)
    for k, v in [("Hari/Tanggal", "Selasa, 22 April 2025"), ("Pukul", "08.30 WITA s.d. selesai"),
                 ("Tempat", "Ruang Rapat Mangkupalas, Lantai 2 Balaikota Samarinda")]:
        y = p.segs(y, [(xa, k, f), (xb, ":", f), (xc, v, f)])
    y += mm(3)
    y = p.para(body, y, R - body, "Adapun susunan acara rapat sebagaimana tabel berikut:", f)
    y += mm(1.5)
    rows = [["No", "Waktu (WITA)", "Acara", "Penanggung Jawab"],
            ["1", "08.30 - 09.00", "Registrasi peserta", "Bagian Umum"],
            ["2", "09.00 - 09.20", "Pembukaan dan arahan Sekretaris Daerah", "Sekretaris Daerah"],
            ["3", "09.20 - 10.30", "Paparan Rancangan Awal RKPD 2026 dan pagu indikatif", "Bappeda Litbang"],
            ["4", "10.30 - 11.45", "Diskusi usulan program prioritas per perangkat daerah", "Seluruh peserta"],
            ["5", "11.45 - 12.00", "Kesimpulan dan penutup", "Asisten Administrasi Umum"]]
    y = p.table(body, y, [mm(12), mm(34), mm(70), R - body - mm(116)], rows, F("times", 11),
                F("times-b", 11), ["center", "center", "left", "left"], style="grid", pad=12)
    y += mm(4)
    y = p.para(body, y, R - body, "Mengingat pentingnya acara tersebut, dimohon kehadiran Kepala Perangkat Daerah "
               "dan tidak diwakilkan, dengan membawa bahan paparan usulan program dalam bentuk soft copy. "
               "Konfirmasi kehadiran dapat disampaikan kepada Sdri. Rahmawati (0812-5533-0417).", f,
               first_indent=mm(12))
    y += mm(1)
    y = p.para(body, y, R - body, "Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
               f, first_indent=mm(12))
    y += mm(6)
    sx = L + mm(100)
    y = p.text(sx, y, "a.n. WALI KOTA SAMARINDA", fb)
    y = p.text(sx, y, "SEKRETARIS DAERAH,", fb)
    p.sig = (sx, y)
    y += mm(16)
    y = p.text(sx, y, "Dr. H. ANDI SURYADARMA, M.Si", fb)
    y = p.text(sx, y, "Pembina Utama Madya (IV/d)", f)
    y = p.text(sx, y, "NIP 19710508 199503 1 004", f)
    y += mm(3)
    y = p.text(L, y, "Tembusan:", F("times", 11))
    y = p.text(L, y, "1. Wali Kota Samarinda (sebagai laporan);", F("times", 11))
    y = p.text(L, y, "2. Wakil Wali Kota Samarinda;", F("times", 11))
    y = p.text(L, y, "3. Arsip.", F("times", 11))
    return p


# ---------------------------------------------------------------- 2 BAST barang
BAST_ITEMS = [
    ("1.3.2.05.01.04.002", "Meja Kerja Pejabat Eselon IV kayu", 4, "Unit", 3_112_500),
    ("1.3.2.05.01.05.003", "Kursi Kerja Putar sandaran jaring", 12, "Buah", 1_037_500),
    ("1.3.2.05.01.04.010", "Lemari Arsip besi 4 laci", 3, "Unit", 4_150_000),
    ("1.3.2.10.01.02.001", "Personal Computer (All in One) Core i5, RAM 16 GB", 6, "Unit", 12_450_000),
    ("1.3.2.10.02.03.003", "Printer Multifungsi Ink Tank A4", 3, "Unit", 3_875_000),
    ("1.3.2.10.01.02.002", "Laptop 14 inci Core i7", 2, "Unit", 17_800_000),
    ("1.3.2.05.02.06.001", "Air Conditioner Split 1,5 PK", 4, "Unit", 6_275_000),
    ("1.3.2.05.02.04.004", "Dispenser Air Panas Dingin", 2, "Unit", 1_690_000),
    ("1.3.2.10.02.02.001", "Scanner Dokumen ADF A4", 1, "Unit", 8_960_000),
    ("1.3.2.06.01.02.008", "Proyektor LCD 4.000 lumens", 1, "Unit", 9_325_000),
    ("1.3.2.05.01.06.001", "Filing Cabinet kayu 2 pintu", 2, "Unit", 2_340_000),
    ("1.3.2.06.02.01.015", "Uninterruptible Power Supply 1.200 VA", 6, "Unit", 1_485_000),
    ("1.3.2.05.02.01.006", "Papan Tulis Kaca Magnetik 120 x 240 cm", 1, "Buah", 3_950_000),
    ("1.3.2.06.01.01.040", "Kamera Digital Mirrorless dengan lensa kit", 1, "Unit", 14_600_000),
]


def bast_barang():
    p = Page()
    y = p.kop(["PEMERINTAH KOTA SAMARINDA", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
               "Jl. Dahlia No. 81 Samarinda 75112  Telp. (0541) 741082"],
              [F("sans-b", 12), F("sans-b", 10.5), F("sans", 10)])
    f, fb = F("sans", 10), F("sans-b", 10)
    y = p.text(W / 2, y, "BERITA ACARA SERAH TERIMA BARANG", F("sans-b", 12), align="center")
    y = p.text(W / 2, y, "Nomor: 027/1186/BAST-DPMPTSP/VIII/2025", f, align="center")
    y += mm(3)
    y = p.para(L, y, CW, "Pada hari ini Kamis tanggal Empat Belas bulan Agustus tahun Dua Ribu Dua Puluh Lima "
               "(14-08-2025), kami yang bertanda tangan di bawah ini:", f)
    y += mm(1)
    x1, x2, x3 = L + mm(6), L + mm(30), L + mm(33)
    for k, v in [("Nama", "Ir. Sri Handayani Putri, M.T."), ("NIP", "19780322 200501 2 011"),
                 ("Jabatan", "Pejabat Pembuat Komitmen DPMPTSP Kota Samarinda")]:
        y = p.segs(y, [(x1, k, f), (x2, ":", f), (x3, v, f)])
    y = p.para(L, y, CW, "selanjutnya disebut PIHAK PERTAMA, menyerahkan kepada:", f)
    for k, v in [("Nama", "Muhammad Rizal Fahmi, S.E."), ("NIP", "19860914 201001 1 007"),
                 ("Jabatan", "Pengurus Barang Pengguna DPMPTSP Kota Samarinda")]:
        y = p.segs(y, [(x1, k, f), (x2, ":", f), (x3, v, f)])
    y = p.para(L, y, CW, "selanjutnya disebut PIHAK KEDUA, barang hasil pengadaan Belanja Modal Peralatan "
               "dan Mesin Tahun Anggaran 2025 dengan rincian sebagai berikut:", f)
    y += mm(2)
    rows = [["No", "Kode Barang", "Nama Barang / Spesifikasi", "Jml", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    tot = 0
    for i, (k, n, q, s, h) in enumerate(BAST_ITEMS, 1):
        rows.append([str(i), k, n, str(q), s, rp(h), rp(q * h)])
        tot += q * h
    cols = [mm(8), mm(36), mm(46), mm(10), mm(15), mm(24)]
    cols.append(CW - sum(cols))
    y = p.table(L, y, cols, rows, F("sans", 9), F("sans-b", 9),
                ["center", "left", "left", "center", "center", "right", "right"], style="grid", pad=10,
                header_fill=225)
    y += mm(1)
    y = p.segs(y, [(L + mm(100), "JUMLAH TOTAL", fb), (R - mm(2) - p.tw("Rp " + rp(tot), fb), "Rp " + rp(tot), fb)])
    y += mm(2)
    y = p.para(L, y, CW, "Barang tersebut telah diperiksa oleh Tim Pemeriksa Hasil Pekerjaan dalam keadaan baik, "
               "lengkap dan sesuai dengan kontrak Nomor 027/0913/SP-DPMPTSP/VI/2025 tanggal 23 Juni 2025. "
               "Sejak penandatanganan berita acara ini, tanggung jawab atas barang berpindah kepada PIHAK KEDUA.",
               f)
    y += mm(1)
    y = p.para(L, y, CW, "Demikian Berita Acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinyaa."
               .replace("mestinyaa", "mestinya"), f)
    y += mm(5)
    a, b = L + mm(12), L + mm(110)
    y = p.segs(y, [(a, "PIHAK KEDUA", fb), (b, "PIHAK PERTAMA", fb)])
    p.sig = (b, y)
    y += mm(16)
    y = p.segs(y, [(a, "Muhammad Rizal Fahmi, S.E.", fb), (b, "Ir. Sri Handayani Putri, M.T.", fb)])
    y = p.segs(y, [(a, "NIP 19860914 201001 1 007", f), (b, "NIP 19780322 200501 2 011", f)])
    p.text(W / 2, H - mm(10), "Halaman 1 dari 1", F("sans-i", 9), align="center")
    return p, tot


# ---------------------------------------------------------------- 3 LKjIP
LKJIP = [
    # indikator, satuan, target, realisasi (numbers), decimals, higher_is_better
    ("Angka Kematian Ibu per 100.000 kelahiran hidup", "per 100.000 KH", 92.0, 86.4, 1),
    ("Angka Kematian Bayi per 1.000 kelahiran hidup", "per 1.000 KH", 6.5, 6.9, 1),
    ("Prevalensi balita stunting (hasil e-PPGBM)", "%", 17.5, 16.2, 1),
    ("Cakupan imunisasi dasar lengkap pada bayi", "%", 95.0, 91.8, 1),
    ("Persentase Puskesmas terakreditasi paripurna", "%", 46.0, 53.8, 1),
    ("Cakupan pelayanan kesehatan penderita hipertensi sesuai standar", "%", 100.0, 78.4, 1),
    ("Cakupan pelayanan kesehatan penderita diabetes melitus sesuai standar", "%", 100.0, 86.1, 1),
    ("Treatment coverage tuberkulosis", "%", 90.0, 84.7, 1),
    ("Persentase penduduk terdaftar JKN aktif", "%", 98.0, 98.6, 1),
    ("Persentase rumah tangga ber-PHBS", "%", 70.0, 64.3, 1),
    ("Jumlah kelurahan ODF (Open Defecation Free)", "kelurahan", 59, 52, 0),
    ("Indeks Kepuasan Masyarakat pada layanan Puskesmas", "nilai", 82.0, 84.3, 1),
    ("Rasio dokter per 100.000 penduduk", "rasio", 45.0, 47.2, 1),
    ("Persentase fasilitas kesehatan dengan pengelolaan limbah medis sesuai standar", "%", 80.0, 75.0, 1),
    ("Cakupan penemuan kasus HIV pada populasi kunci", "%", 85.0, 88.9, 1),
    ("Nilai SAKIP perangkat daerah", "nilai", 72.0, 70.5, 1),
]


LKJIP_PROG = [
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 98_415_220_000, 91_877_604_350),
    ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 61_238_500_000, 55_092_117_800),
    ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 2_145_000_000, 1_987_450_000),
    ("Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 1_320_750_000, 1_104_262_500),
    ("Program Pemberdayaan Masyarakat Bidang Kesehatan", 875_400_000, 812_930_000),
]


def num(v, d):
    return (f"{v:.{d}f}" if d else str(int(v))).replace(".", ",")


def lkjip_indikator():
    p = Page()
    f = F("sans", 10)
    y = mm(18)
    y = p.text(L, y, "BAB III AKUNTABILITAS KINERJA", F("sans-b", 12))
    y = p.text(L, y, "3.1 Capaian Kinerja Dinas Kesehatan Kota Samarinda Tahun 2025", F("sans-b", 11))
    y += mm(2)
    y = p.para(L, y, CW, "Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target indikator "
               "kinerja sebagaimana tercantum dalam Perjanjian Kinerja Tahun 2025. Untuk indikator yang bersifat "
               "negatif (semakin kecil semakin baik), yaitu AKI dan AKB, capaian dihitung dengan rumus "
               "(2 x target - realisasi) / target x 100%.", f,
               first_indent=mm(10))
    y += mm(3)
    y = p.text(W / 2, y, "Tabel 3.1", F("sans-b", 10), align="center")
    y = p.text(W / 2, y, "Pengukuran Capaian Indikator Kinerja Tahun 2025", F("sans-b", 10), align="center")
    y += mm(1)
    rows = [["No", "Indikator Kinerja", "Satuan", "Target 2025", "Realisasi 2025", "Capaian (%)"]]
    for i, (ind, sat, t, r, d) in enumerate(LKJIP, 1):
        c = (2 * t - r) / t * 100 if i <= 2 else r / t * 100
        rows.append([str(i), ind, sat, num(t, d), num(r, d), f"{c:.2f}".replace(".", ",")])
    cols = [mm(9), mm(76), mm(23), mm(17), mm(20)]
    cols.append(CW - sum(cols))
    y = p.table(L, y, cols, rows, F("sans", 9), F("sans-b", 9),
                ["center", "left", "center", "center", "center", "center"], style="grid", pad=8,
                header_fill=210)
    y += mm(1)
    y = p.text(L, y, "Sumber: Bidang Kesehatan Masyarakat dan Bidang P2P, data diolah (Januari 2026).", F("sans-i", 9))
    y += mm(3)
    ok = sum(1 for r in rows[1:] if float(r[5].replace(",", ".")) >= 100)
    y = p.para(L, y, CW, f"Dari {len(rows) - 1} indikator kinerja, sebanyak {ok} indikator mencapai atau melampaui target, "
               f"sedangkan {len(rows) - 1 - ok} indikator belum mencapai target. Capaian terendah terdapat pada cakupan pelayanan "
               "kesehatan penderita hipertensi yang dipengaruhi oleh belum optimalnya skrining di posbindu.", f,
               first_indent=mm(10))
    y += mm(2)
    y = p.text(W / 2, y, "Tabel 3.2", F("sans-b", 10), align="center")
    y = p.text(W / 2, y, "Realisasi Anggaran per Program Tahun 2025", F("sans-b", 10), align="center")
    y += mm(1)
    rows = [["Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]]
    tp = tr = 0
    for prog, pg, rl in LKJIP_PROG:
        rows.append([prog, rp(pg), rp(rl), pct(rl, pg)])
        tp += pg
        tr += rl
    rows.append(["Jumlah", rp(tp), rp(tr), pct(tr, tp)])
    cols = [mm(90), mm(32), mm(32)]
    cols.append(CW - sum(cols))
    y = p.table(L, y, cols, rows, F("sans", 9), F("sans-b", 9), ["left", "right", "right", "right"],
                style="grid", pad=7, header_fill=210)
    p.text(W / 2, H - mm(12), "III - 4", F("sans", 10), align="center")
    p.sig = (L + mm(100), y - mm(30))
    return p


# ---------------------------------------------------------------- 4 SSH
SSH = [
    ("1.1.7.01.01.01.001", "Kertas HVS 70 gram A4", "Rim", 56_400),
    ("1.1.7.01.01.01.002", "Kertas HVS 80 gram A4", "Rim", 64_900),
    ("1.1.7.01.01.01.005", "Kertas HVS 70 gram F4", "Rim", 63_200),
    ("1.1.7.01.01.02.003", "Ballpoint standar isi hitam", "Buah", 3_100),
    ("1.1.7.01.01.02.011", "Spidol whiteboard isi ulang", "Buah", 11_800),
    ("1.1.7.01.01.02.014", "Stabilo / highlighter", "Buah", 9_500),
    ("1.1.7.01.01.03.001", "Map snelhecter plastik", "Buah", 4_700),
    ("1.1.7.01.01.03.006", "Ordner / box file 7 cm", "Buah", 34_600),
    ("1.1.7.01.01.04.002", "Amplop putih ukuran 110 x 230 mm", "Dos", 31_300),
    ("1.1.7.01.01.04.007", "Amplop coklat kop ukuran folio", "Lembar", 1_450),
    ("1.1.7.01.01.05.001", "Isi staples No. 10", "Kotak", 3_350),
    ("1.1.7.01.01.05.004", "Paper clip No. 3", "Kotak", 4_900),
    ("1.1.7.01.01.06.002", "Lakban bening 2 inci", "Roll", 14_750),
    ("1.1.7.01.01.06.005", "Double tape busa 24 mm", "Roll", 17_200),
    ("1.1.7.01.01.07.001", "Tinta printer botol 70 ml (hitam)", "Botol", 98_500),
    ("1.1.7.01.01.07.002", "Tinta printer botol 70 ml (warna)", "Botol", 101_000),
    ("1.1.7.01.01.07.010", "Toner laserjet 85A kompatibel", "Buah", 385_000),
    ("1.1.7.01.01.08.003", "Flashdisk 32 GB USB 3.0", "Buah", 89_000),
    ("1.1.7.01.01.08.006", "Harddisk eksternal 1 TB", "Buah", 975_000),
    ("1.1.7.01.02.01.001", "Sabun cuci tangan cair 500 ml", "Botol", 27_600),
    ("1.1.7.01.02.01.004", "Cairan pembersih lantai 800 ml", "Botol", 21_450),
    ("1.1.7.01.02.01.009", "Kantong sampah hitam 60 x 100 cm", "Pak", 24_300),
    ("1.1.7.01.02.02.002", "Tisu wajah 250 lembar", "Pak", 16_900),
    ("1.1.7.01.02.02.005", "Sapu ijuk bergagang", "Buah", 39_500),
    ("1.1.7.01.02.02.006", "Alat pel lantai model putar dengan ember", "Set", 187_000),
    ("1.1.7.01.02.03.001", "Pengharum ruangan gantung", "Buah", 13_800),
    ("1.1.7.01.03.01.002", "Lampu LED 18 watt", "Buah", 62_000),
    ("1.1.7.01.03.01.005", "Stop kontak 4 lubang dengan kabel 3 m", "Buah", 88_500),
    ("1.1.7.01.03.02.001", "Baterai alkaline AA isi 2", "Pak", 23_700),
    ("1.1.7.01.03.02.003", "Baterai alkaline 9 volt", "Buah", 31_900),
    ("1.1.7.01.04.01.001", "Air mineral galon 19 liter (isi ulang)", "Galon", 22_000),
    ("1.1.7.01.04.01.003", "Air mineral kemasan gelas 220 ml", "Dus", 38_500),
    ("1.1.7.01.04.02.002", "Gula pasir", "Kg", 18_900),
    ("1.1.7.01.04.02.004", "Kopi bubuk 200 gram", "Bungkus", 33_750),
    ("1.1.7.01.04.02.005", "Teh celup isi 25", "Kotak", 9_800),
    ("1.1.7.01.05.01.002", "Materai tempel 10.000", "Lembar", 11_500),
    ("1.1.7.01.05.02.001", "Stempel warna (tinta) 30 cc", "Botol", 12_400),
    ("1.1.7.01.05.02.004", "Bantalan stempel No. 2", "Buah", 26_600),
]


def ssh_harga():
    p = Page()
    y = mm(16)
    y = p.text(L, y, "LAMPIRAN II", F("cond-b", 10))
    y = p.text(L, y, "KEPUTUSAN WALI KOTA SAMARINDA", F("cond", 10))
    y = p.text(L, y, "NOMOR 100.3.3.2/285/HK-KS/IX/2025", F("cond", 10))
    y = p.text(L, y, "TENTANG STANDAR SATUAN HARGA TAHUN ANGGARAN 2026", F("cond", 10))
    y += mm(4)
    y = p.text(W / 2, y, "STANDAR SATUAN HARGA (SSH) BARANG PAKAI HABIS", F("cond-b", 12), align="center")
    y = p.text(W / 2, y, "Kelompok: Alat Tulis Kantor, Bahan Kebersihan, Bahan Listrik dan Konsumsi Rapat",
               F("cond", 10), align="center")
    y += mm(3)
    rows = [["No", "Kode Barang", "Uraian Barang", "Satuan", "Harga (Rp)", "Ket."]]
    for i, (k, n, s, h) in enumerate(SSH, 1):
        rows.append([str(i), k, n, s, rp(h), "Inc. PPN"])
    cols = [mm(9), mm(34), mm(62), mm(18), mm(22)]
    cols.append(CW - sum(cols))
    y = p.table(L, y, cols, rows, F("cond", 9), F("cond-b", 9),
                ["center", "left", "left", "left", "right", "center"], style="hlines", pad=7, lead=1.12)
    y += mm(2)
    y = p.text(L, y, "Catatan: harga merupakan batas tertinggi dan sudah termasuk Pajak Pertambahan Nilai (PPN) 11%.",
               F("cond", 9))
    y += mm(5)
    sx = L + mm(105)
    y = p.text(sx, y, "WALI KOTA SAMARINDA,", F("cond-b", 10))
    p.sig = (sx, y)
    y += mm(16)
    y = p.text(sx, y, "H. RUSLAN EFENDI", F("cond-b", 10))
    p.text(R, H - mm(14), "Lampiran II - hal. 7", F("cond", 9), align="right")
    return p


# ---------------------------------------------------------------- 5 buletin 2 kolom
BUL_LEFT = [
    ("h", "Layanan Adminduk Jemput Bola Sasar 10 Kecamatan"),
    ("p", "SAMARINDA - Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Samarinda memperluas layanan "
          "jemput bola perekaman KTP elektronik ke seluruh kecamatan sepanjang Oktober 2025. Layanan ini "
          "menyasar warga lanjut usia, penyandang disabilitas, serta pelajar yang baru berusia 17 tahun."),
    ("p", "Kepala Disdukcapil menyampaikan bahwa hingga pekan kedua Oktober, petugas telah merekam 1.284 "
          "KTP elektronik dan mencetak 2.917 Kartu Identitas Anak. Setiap kecamatan dikunjungi dua kali "
          "dengan jadwal yang diumumkan melalui akun media sosial kelurahan."),
    ("p", "\"Kami ingin tidak ada lagi warga yang kesulitan datang ke kantor hanya karena jarak atau kondisi "
          "fisik,\" ujarnya saat meninjau layanan di Kelurahan Sungai Kapih, Kecamatan Sambutan."),
    ("h", "Aktivasi IKD Capai 31 Persen"),
    ("p", "Selain perekaman, petugas juga membantu aktivasi Identitas Kependudukan Digital (IKD) di ponsel "
          "warga. Capaian aktivasi IKD Kota Samarinda kini 31,4 persen dari wajib KTP, naik dari 18,9 persen "
          "pada akhir 2024."),
]
BUL_RIGHT = [
    ("p", "Warga cukup membawa ponsel dengan sistem operasi yang mendukung dan nomor telepon aktif. Proses "
          "aktivasi memakan waktu sekitar sepuluh menit per orang."),
    ("h", "Jadwal Pekan Depan"),
    ("p", "Layanan jemput bola berikutnya dijadwalkan di Kecamatan Palaran (20-21 Oktober), Kecamatan Loa "
          "Janan Ilir (22 Oktober) dan Kecamatan Samarinda Seberang (23-24 Oktober), mulai pukul 08.00 "
          "hingga 14.00 WITA di kantor kelurahan masing-masing."),
    ("h", "Waspada Calo Dokumen"),
    ("p", "Disdukcapil kembali mengingatkan bahwa seluruh layanan administrasi kependudukan tidak dipungut "
          "biaya. Masyarakat diminta melaporkan praktik percaloan melalui kanal pengaduan SAPA Samarinda "
          "atau datang langsung ke loket pengaduan di Mal Pelayanan Publik."),
    ("p", "Pada 2025, Disdukcapil menerima 46 aduan terkait pungutan liar, seluruhnya telah ditindaklanjuti "
          "bersama Inspektorat Daerah."),
]


def buletin_2kolom():
    p = Page()
    y = mm(14)
    y = p.text(L, y, "WARTA KOTA TEPIAN", F("sans-b", 22))
    p.d.rectangle([L, y, R, y + 10], fill=0)
    y += mm(2.5)
    y = p.text(L, y, "Buletin Pemerintah Kota Samarinda  |  Edisi 19 / Oktober 2025", F("sans", 10))
    y += mm(5)
    y = p.text(L, y, "Disdukcapil Dekatkan Layanan ke Warga", F("serif-b", 18))
    y = p.text(L, y, "Perekaman KTP-el dan aktivasi IKD digelar di kantor kelurahan", F("serif-i", 12))
    y += mm(4)
    p.hline(L, R, y, 3)
    y += mm(4)
    gap = mm(8)
    colw = (CW - gap) // 2
    f, fh = F("serif", 10.5), F("sans-b", 11)

    def col(x, y0, items):
        yy = y0
        for i, (k, s) in enumerate(items):
            if k == "h":
                yy += mm(2) if i else 0
                yy = p.para(x, yy, colw, s, fh, justify=False)
                yy += mm(0.8)
            else:
                yy = p.para(x, yy, colw, s, f, first_indent=mm(5), lead=1.3)
                yy += mm(1.2)
        return yy

    y1 = col(L, y, BUL_LEFT)
    p.vline(L + colw + gap // 2, y, max(y1, y + mm(10)), 2)
    y2 = col(L + colw + gap, y, BUL_RIGHT)
    y = max(y1, y2) + mm(4)
    p.hline(L, R, y, 2)
    y += mm(2)
    y = p.text(L, y, "Redaksi: Bagian Protokol dan Komunikasi Pimpinan, Setda Kota Samarinda", F("sans-i", 9))
    p.sig = (L + mm(100), y - mm(40))
    p.text(R, H - mm(14), "Hal. 3", F("sans", 9), align="right")
    return p


# ---------------------------------------------------------------- 6 SK
def sk_keputusan():
    p = Page()
    f, fb = F("times", 11), F("times-b", 11)
    y = mm(12)
    p.emblem(W / 2, y + mm(10), mm(10))
    y += mm(24)
    y = p.text(W / 2, y, "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", F("times-b", 12), align="center")
    y = p.text(W / 2, y, "KOTA SAMARINDA", F("times-b", 12), align="center")
    y += mm(3)
    y = p.text(W / 2, y, "KEPUTUSAN KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", fb, align="center")
    y = p.text(W / 2, y, "NOMOR 600/2314/KPTS/PUPR/V/2026", fb, align="center")
    y += mm(2)
    y = p.text(W / 2, y, "TENTANG", fb, align="center")
    y += mm(2)
    y = p.text(W / 2, y, "PEMBENTUKAN TIM TEKNIS PEMELIHARAAN DRAINASE PERKOTAAN", fb, align="center")
    y = p.text(W / 2, y, "TAHUN ANGGARAN 2026", fb, align="center")
    y += mm(3)
    y = p.text(W / 2, y, "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA,", fb, align="center")
    y += mm(3)
    xl, xc, xn, xt = L, L + mm(27), L + mm(30), L + mm(37)
    tw = R - xt

    def item(y, label, mark, s):
        pre = ([(xl, label, f), (xc, ":", f)] if label else []) + [(xn, mark, f)]
        return p.para(xt, y, tw, s, f, prefix=pre)

    y = item(y, "Menimbang", "a.", "bahwa dalam rangka mengurangi genangan dan banjir di wilayah perkotaan, perlu "
             "dilakukan pemeliharaan saluran drainase primer, sekunder dan tersier secara terencana;")
    y = item(y, None, "b.", "bahwa untuk kelancaran pelaksanaan kegiatan sebagaimana dimaksud dalam huruf a, perlu "
             "membentuk Tim Teknis yang ditetapkan dengan Keputusan Kepala Dinas;")
    y += mm(2)
    y = item(y, "Mengingat", "1.", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
             "beberapa kali diubah terakhir dengan Undang-Undang Nomor 9 Tahun 2015;")
    y = item(y, None, "2.", "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;")
    y = item(y, None, "3.", "Peraturan Daerah Kota Samarinda Nomor 7 Tahun 2025 tentang Anggaran Pendapatan dan "
             "Belanja Daerah Tahun Anggaran 2026;")
    y += mm(3)
    y = p.text(W / 2, y, "MEMUTUSKAN:", fb, align="center")
    y += mm(2)
    y = p.para(xn, y, R - xn, "KEPUTUSAN KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG TENTANG PEMBENTUKAN TIM "
               "TEKNIS PEMELIHARAAN DRAINASE PERKOTAAN TAHUN ANGGARAN 2026.", f,
               prefix=[(xl, "Menetapkan", f), (xc, ":", f)])
    y += mm(1.5)
    for lab, s in [("KESATU", "Membentuk Tim Teknis Pemeliharaan Drainase Perkotaan Tahun Anggaran 2026 dengan "
                    "susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
                    "terpisahkan dari Keputusan ini."),
                   ("KEDUA", "Tim Teknis sebagaimana dimaksud dalam Diktum KESATU bertugas menyusun jadwal "
                    "pemeliharaan, melakukan survei kondisi saluran, serta melaporkan hasil pekerjaan setiap bulan "
                    "kepada Kepala Dinas."),
                   ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada DPA "
                    "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda Tahun Anggaran 2026."),
                   ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")]:
        y = p.para(xn, y, R - xn, s, f, prefix=[(xl, lab, f), (xc, ":", f)])
        y += mm(1)
    y += mm(4)
    sx = L + mm(95)
    y = p.segs(y, [(sx, "Ditetapkan di", f), (sx + mm(30), ": Samarinda", f)])
    y = p.segs(y, [(sx, "pada tanggal", f), (sx + mm(30), ": 12 Mei 2026", f)])
    p.hline(sx, R, y + 6, 3)
    y += mm(3)
    y = p.text(sx, y, "KEPALA DINAS PEKERJAAN UMUM DAN", fb)
    y = p.text(sx, y, "PENATAAN RUANG KOTA SAMARINDA,", fb)
    p.sig = (sx, y)
    y += mm(17)
    y = p.text(sx, y, "Ir. HERU PRASETYO WIBOWO, M.T.", fb)
    y = p.text(sx, y, "NIP 19750611 200212 1 003", f)
    return p


# ---------------------------------------------------------------- 7 rekap anggaran
REKAP = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Tulis Kantor", 48_600_000, 41_372_500),
    ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor - Kertas dan Cover", 22_150_000, 19_860_000),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor - Bahan Cetak", 35_000_000, 27_125_000),
    ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor - Bahan Komputer", 18_400_000, 18_400_000),
    ("5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Listrik", 9_750_000, 6_212_000),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 64_800_000, 52_470_000),
    ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pendidikan", 126_000_000, 98_312_000),
    ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 42_500_000, 36_000_000),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 187_200_000, 140_400_000),
    ("5.1.02.02.01.0029", "Belanja Jasa Tenaga Ahli", 75_000_000, 45_000_000),
    ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", 30_600_000, 25_500_000),
    ("5.1.02.02.01.0061", "Belanja Tagihan Listrik", 96_000_000, 79_864_300),
    ("5.1.02.02.01.0060", "Belanja Tagihan Air", 14_400_000, 11_015_700),
    ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan - Kendaraan Bermotor Penumpang", 58_000_000, 43_780_000),
    ("5.1.02.03.02.0117", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga", 27_300_000, 12_945_000),
    ("5.1.02.03.03.0001", "Belanja Pemeliharaan Bangunan Gedung Kantor", 145_000_000, 61_250_000),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 212_750_000, 168_935_000),
    ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 38_400_000, 33_600_000),
    ("5.1.02.04.01.0004", "Belanja Perjalanan Dinas Paket Meeting Dalam Kota", 90_000_000, 54_870_000),
    ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", 66_500_000, 66_375_000),
    ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 124_800_000, 122_940_000),
    ("5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor", 480_000_000, 312_006_000),
]


def rekap_anggaran():
    p = Page()
    y = mm(14)
    f = F("serif", 9)
    y = p.text(W / 2, y, "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA", F("serif-b", 12), align="center")
    y = p.text(W / 2, y, "REKAPITULASI REALISASI ANGGARAN BELANJA PER KODE REKENING", F("serif-b", 11), align="center")
    y = p.text(W / 2, y, "s.d. 30 September 2025 (Triwulan III)", F("serif", 10), align="center")
    y += mm(3)
    for k, v in [("Program", "1.01.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
                 ("Sumber Dana", "PAD dan DAU"), ("Satuan", "Rupiah")]:
        y = p.segs(y, [(L, k, F("serif", 9.5)), (L + mm(26), ":", F("serif", 9.5)), (L + mm(29), v, F("serif", 9.5))])
    y += mm(2)
    rows = [["Kode Rekening", "Uraian", "Pagu Anggaran", "Realisasi", "Sisa Anggaran", "%"]]
    tp = tr = 0
    for k, n, pg, rl in REKAP:
        rows.append([k, n, rp(pg), rp(rl), rp(pg - rl), pct(rl, pg)])
        tp += pg
        tr += rl
    cols = [mm(27), mm(56), mm(23), mm(23), mm(23)]
    cols.append(CW - sum(cols))
    y = p.table(L, y, cols, rows, F("times", 9.5), F("times-b", 9.5), ["left", "left", "right", "right", "right", "right"],
                style="open", pad=6, lead=1.12)
    p.hline(L, R, y, 3)
    y += mm(1.5)
    xs = [L]
    for c in cols:
        xs.append(xs[-1] + c)
    fb = F("times-b", 9.5)
    parts = [(L + 8, "TOTAL", fb)]
    for ci, s in [(2, rp(tp)), (3, rp(tr)), (4, rp(tp - tr)), (5, pct(tr, tp))]:
        parts.append((xs[ci + 1] - 8 - p.tw(s, fb), s, fb))
    y = p.segs(y, parts)
    p.hline(L, R, y + 4, 3)
    p.hline(L, R, y + 14, 3)
    y += mm(5)
    y = p.text(L, y, "Keterangan: sisa anggaran = pagu - realisasi; % = realisasi / pagu x 100.", F("serif-i", 9))
    y += mm(5)
    sx = L + mm(100)
    y = p.text(sx, y, "Samarinda, 6 Oktober 2025", F("serif", 10))
    y = p.text(sx, y, "Bendahara Pengeluaran,", F("serif", 10))
    p.sig = (sx, y)
    y += mm(13)
    y = p.text(sx, y, "Nur Aisyah Rahmadani, S.Ak.", F("serif-b", 10))
    y = p.text(sx, y, "NIP 19900217 201503 2 006", F("serif", 10))
    return p, tp, tr


DOCS = {
    "surat_undangan": surat_undangan,
    "bast_barang": lambda: bast_barang()[0],
    "lkjip_indikator": lkjip_indikator,
    "ssh_harga": ssh_harga,
    "buletin_2kolom": buletin_2kolom,
    "sk_keputusan": sk_keputusan,
    "rekap_anggaran": lambda: rekap_anggaran()[0],
}
