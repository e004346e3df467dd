"""The seven invented documents. Each function returns a rendered Page (clean, 300 dpi)."""
from render import Page, font, mm, fmt, W, H

L, R = mm(18), W - mm(18)     # default margins


def kop(p, fam, unit, addr, y=mm(12)):
    """Letterhead: emblem (drawing only), three centred lines, double rule."""
    cx, cy = L + mm(13), y + mm(13)
    d = p.d
    d.polygon([(cx - mm(10), cy - mm(12)), (cx + mm(10), cy - mm(12)), (cx + mm(10), cy + mm(2)),
               (cx, cy + mm(13)), (cx - mm(10), cy + mm(2))], outline=0, width=6)
    d.ellipse([cx - mm(5), cy - mm(8), cx + mm(5), cy + mm(2)], outline=0, width=5)
    d.line([cx - mm(7), cy + mm(5), cx + mm(7), cy + mm(5)], fill=0, width=5)
    x0 = L + mm(26)
    yy = p.center(y + mm(1), "PEMERINTAH KOTA SAMARINDA", font(fam + "-b", 13), x0=x0, x1=R)
    for u in unit:
        yy = p.center(yy, u, font(fam + "-b", 14), x0=x0, x1=R)
    for a in addr:
        yy = p.center(yy, a, font(fam, 9), x0=x0, x1=R)
    yy += mm(2)
    p.hrule(yy, L, R, 9)
    p.hrule(yy + 14, L, R, 3)
    return yy + mm(6)


def sign_block(p, x, y, lines, f, gap=mm(20), name_idx=None):
    """Signature block: lines before the name, gap, name (+ rest). Returns y after."""
    lead = f.size * 1.4
    name_idx = len(lines) - 2 if name_idx is None else name_idx
    for i, s in enumerate(lines):
        if i == name_idx:
            p.anchor = (x + mm(30), y - mm(8))
            y += gap
        y = p.line(y, [(x, s, f, "l")], lead)
    return y


# ---------------------------------------------------------------------------------------
def berita_acara_rekonsiliasi_aset():
    """Serif 11 pt, RULED GRID table, side-by-side signature columns."""
    p = Page()
    fam = "serif"
    f = font(fam, 10)
    y = kop(p, fam, ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"],
            ["Jalan Kesuma Bangsa Nomor 1 Samarinda 75121, Telepon (0541) 743316",
             "Laman: bpkad.samarindakota.go.id   Pos-el: bpkad@samarindakota.go.id"])
    fb = font(fam + "-b", 11)
    y = p.center(y, "BERITA ACARA REKONSILIASI BARANG MILIK DAERAH", fb)
    y = p.center(y, "ANTARA BIDANG ASET BPKAD DAN DINAS PUPR KOTA SAMARINDA", fb)
    y = p.center(y, "SEMESTER I TAHUN ANGGARAN 2025", fb)
    y = p.center(y, "Nomor : 030/0417/BPKAD-III/VII/2025", f) + mm(3)
    y = p.para(L, y, R - L, "Pada hari ini Senin tanggal empat belas bulan Juli tahun dua ribu dua puluh lima, "
               "bertempat di Ruang Rapat Bidang Aset BPKAD Kota Samarinda, kami yang bertanda tangan di bawah ini:",
               f, justify=True, first_indent=mm(10))
    y += mm(1)
    kx, cx = L + mm(8), L + mm(40)
    y = p.line(y, [(L, "1.", f, "l"), (kx, "Nama", f, "l"), (cx, ":", f, "l"),
                   (cx + mm(4), "Rahmawati Sulistyaningsih, S.E., M.Ak.", f, "l")])
    y = p.line(y, [(kx, "NIP", f, "l"), (cx, ":", f, "l"), (cx + mm(4), "19790614 200312 2 007", f, "l")])
    y = p.line(y, [(kx, "Jabatan", f, "l"), (cx, ":", f, "l"), (cx + mm(4), "Kepala Bidang Aset BPKAD", f, "l")])
    y = p.line(y, [(L, "2.", f, "l"), (kx, "Nama", f, "l"), (cx, ":", f, "l"),
                   (cx + mm(4), "Ir. Dedy Harjanto Lumban Tobing", f, "l")])
    y = p.line(y, [(kx, "NIP", f, "l"), (cx, ":", f, "l"), (cx + mm(4), "19820123 200801 1 015", f, "l")])
    y = p.line(y, [(kx, "Jabatan", f, "l"), (cx, ":", f, "l"),
                   (cx + mm(4), "Pengurus Barang Pengguna Dinas PUPR", f, "l")])
    y = p.para(L, y + mm(1), R - L, "telah melakukan rekonsiliasi nilai Barang Milik Daerah per 30 Juni 2025 "
               "dengan hasil sebagai berikut:", f, justify=True)
    items = [
        ("1.3.1.01.01.01.001", "Tanah Bangunan Kantor Pemerintah", 4825300000, 4825300000),
        ("1.3.2.02.01.03.003", "Mini Bus (Penumpang 14 Orang Kebawah)", 1187450000, 1187450000),
        ("1.3.2.05.01.04.001", "Lemari Besi/Metal", 96215000, 93790000),
        ("1.3.2.10.01.02.003", "Personal Computer (PC Unit)", 812940500, 835115500),
        ("1.3.3.01.01.01.001", "Bangunan Gedung Kantor Permanen", 16904120750, 16904120750),
        ("1.3.4.01.01.02.004", "Jalan Kota (Hotmix)", 248311870400, 247962505400),
    ]
    rows = [["No", "Kode Barang", "Nama Barang", "Nilai Menurut SIMDA BMD (Rp)", "Nilai Menurut OPD (Rp)",
             "Selisih (Rp)"]]
    ta = tb = 0
    for i, (k, n, a, b) in enumerate(items, 1):
        rows.append([str(i), k, n, fmt(a), fmt(b), fmt(a - b) if a != b else "-"])
        ta += a
        tb += b
    rows.append(["", "", "JUMLAH", fmt(ta), fmt(tb), fmt(ta - tb)])
    y = p.table(L, y + mm(2), [8, 34, 38, 33, 33, 28], rows, font(fam, 9), "grid",
                ["c", "l", "l", "r", "r", "r"], hf=font(fam + "-b", 9), bold_rows=(len(rows) - 1,))
    y += mm(4)
    y = p.para(L, y, R - L, "Selisih sebagaimana tersebut di atas disebabkan oleh belum dicatatnya penghapusan "
               "2 (dua) unit Personal Computer dan koreksi nilai kapitalisasi pemeliharaan Jalan Kota, yang akan "
               "ditindaklanjuti paling lambat tanggal 31 Juli 2025.", f, justify=True, first_indent=mm(10))
    y = p.para(L, y, R - L, "Demikian Berita Acara ini dibuat dalam rangkap 2 (dua) untuk dipergunakan "
               "sebagaimana mestinya.", f, justify=True, first_indent=mm(10))
    y += mm(6)
    # two columns: left block then right block in the truth
    y0 = y
    sign_block(p, L + mm(5), y0, ["Pengurus Barang Pengguna", "Dinas PUPR Kota Samarinda,",
                                   "Ir. Dedy Harjanto Lumban Tobing", "NIP 19820123 200801 1 015"], f, gap=mm(15))
    sign_block(p, L + mm(100), y0, ["Kepala Bidang Aset", "BPKAD Kota Samarinda,",
                                     "Rahmawati Sulistyaningsih, S.E., M.Ak.", "NIP 19790614 200312 2 007"], f, gap=mm(15))
    p.footer("Halaman 1 dari 1", font(fam, 9))
    return p


# ---------------------------------------------------------------------------------------
def laporan_harian_pengawas():
    """Sans 10 pt, table with HORIZONTAL RULES ONLY."""
    p = Page()
    fam = "sans"
    f = font(fam, 10)
    fb = font(fam + "-b", 10)
    y = mm(14)
    y = p.line(y, [(L, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA", fb, "l"),
                   (R, "Form LHP-01", font(fam, 8.5), "r")])
    y = p.line(y, [(L, "Bidang Sumber Daya Air", f, "l")])
    p.hrule(y + mm(1), L, R, 4)
    y += mm(5)
    y = p.center(y, "LAPORAN HARIAN PENGAWAS LAPANGAN", font(fam + "-b", 13)) + mm(2)
    kx, cx, wd = L, L + mm(38), R - L
    for k, v in [
        ("Pekerjaan", "Rehabilitasi Saluran Drainase Jalan DI Panjaitan Segmen 2 (Sta 0+350 s.d. 0+780)"),
        ("Lokasi", "Kelurahan Sungai Pinang Dalam, Kecamatan Sumber Rejo"),
        ("Nomor Kontrak", "602/0188/PUPR-SDA-II/IV/2025 tanggal 22 April 2025"),
        ("Kode Rekening", "5.2.04.03.02.0001 Belanja Modal Saluran Drainase"),
        ("Pelaksana", "CV Mahakam Tirta Konstruksi"),
        ("Hari / Tanggal", "Selasa, 10 Juni 2025 (Minggu ke-7, Hari ke-44)"),
        ("Cuaca", "Pagi cerah; hujan sedang pukul 13.10 - 14.35 WITA; sore berawan"),
    ]:
        y = p.kv(y, kx, cx, k, v, f, width=wd)
    y += mm(3)
    y = p.line(y, [(L, "A. PEKERJAAN YANG DILAKSANAKAN", fb, "l")]) + mm(1)
    rows = [["No", "Uraian Pekerjaan", "Sat.", "Vol. Hari Ini", "Vol. s.d. Hari Ini", "Vol. Kontrak"],
            ["1", "Galian tanah saluran manual", "m3", "18,50", "412,75", "538,20"],
            ["2", "Bongkaran pasangan batu lama", "m3", "6,25", "97,40", "121,00"],
            ["3", "Pasangan batu kali 1 PC : 4", "m3", "9,80", "188,35", "301,60"],
            ["4", "Plesteran 1 PC : 3 tebal 15 mm", "m2", "42,00", "355,50", "804,00"],
            ["5", "U-Ditch 80x100x120 cm termasuk pemasangan", "bh", "4", "61", "108"],
            ["6", "Cover U-Ditch K-350 heavy duty", "bh", "0", "23", "108"],
            ["7", "Urugan kembali dan pemadatan", "m3", "7,15", "96,60", "146,30"]]
    y = p.table(L, y, [10, 78, 14, 24, 28, 24], rows, f, "hrules", ["c", "l", "c", "r", "r", "r"], hf=fb)
    y += mm(5)
    y = p.line(y, [(L, "B. TENAGA KERJA DAN PERALATAN", fb, "l")]) + mm(1)
    c2, c3, c4 = L + mm(45), L + mm(90), L + mm(140)
    for a, b, c, d in [("Mandor", "1 orang", "Excavator mini PC-35", "1 unit"),
                       ("Kepala tukang", "2 orang", "Truk jungkit 4 m3", "2 unit"),
                       ("Tukang batu", "6 orang", "Molen 0,35 m3", "1 unit"),
                       ("Pekerja", "14 orang", "Pompa air 3 inci", "2 unit")]:
        y = p.line(y, [(L + mm(5), a, f, "l"), (c2, b, f, "l"), (c3, c, f, "l"), (c4, d, f, "l")])
    y += mm(3)
    y = p.line(y, [(L, "C. BAHAN MASUK", fb, "l")])
    y = p.para(L + mm(5), y, R - L - mm(5), "Semen PCC 50 kg 120 zak; pasir pasang 14 m3; batu kali 22 m3; "
               "U-Ditch 80x100x120 cm 8 buah (diterima baik, diperiksa oleh pengawas).", f)
    y += mm(3)
    y = p.line(y, [(L, "D. CATATAN / INSTRUKSI", fb, "l")])
    y = p.para(L + mm(5), y, R - L - mm(5), "Pekerjaan pemasangan U-Ditch dihentikan sementara pukul 13.10 karena "
               "hujan dan genangan di titik Sta 0+560. Pelaksana diminta menambah 1 unit pompa air dan menyiapkan "
               "rambu pengalihan lalu lintas sebelum pengecoran cover pada hari Kamis, 12 Juni 2025.", f)
    y += mm(8)
    y0 = y
    sign_block(p, L + mm(5), y0, ["Pelaksana,", "CV Mahakam Tirta Konstruksi",
                                   "Hendra Wijaya Saputra", "Site Manager"], f, gap=mm(18))
    sign_block(p, L + mm(105), y0, ["Samarinda, 10 Juni 2025", "Pengawas Lapangan,",
                                     "Muhammad Rizky Ananda, S.T.", "NIP 19930817 201903 1 006"], f, gap=mm(18))
    p.footer("LHP-01/SDA/2025 - Halaman 7 dari 60", font(fam, 8.5))
    return p


# ---------------------------------------------------------------------------------------
def buku_kas_pembantu_pajak():
    """Sans condensed 9 pt, table with NO RULES AT ALL (columns by whitespace only)."""
    p = Page()
    fam = "sansc"
    f = font(fam, 9)
    fb = font(fam + "-b", 9)
    y = mm(14)
    y = p.center(y, "PEMERINTAH KOTA SAMARINDA", font(fam + "-b", 11))
    y = p.center(y, "BUKU KAS PEMBANTU PAJAK", font(fam + "-b", 12))
    y = p.center(y, "Periode 1 Juli 2025 s.d. 31 Juli 2025", font(fam, 10)) + mm(3)
    kx, cx = L, L + mm(40)
    for k, v in [("SKPD", "1.02.0.00.0.00.01.0000 Dinas Kesehatan"),
                 ("Pengguna Anggaran", "dr. Ismid Kusasih, M.Kes."),
                 ("Bendahara Pengeluaran", "Nur Aini Fitriyani, S.E.")]:
        y = p.kv(y, kx, cx, k, v, f)
    y += mm(3)
    saldo = 0
    raw = [
        ("01-07-2025", "BPU-0701/PPN", "PPN pembelian ATK CV Sinar Borneo", "5.1.02.01.01.0024", 1485000, 0),
        ("01-07-2025", "BPU-0701/PPh22", "PPh 22 pembelian ATK CV Sinar Borneo", "5.1.02.01.01.0024", 202500, 0),
        ("03-07-2025", "SSP-0307/01", "Setor PPN, PPh 22 NTPN 0A51C7E2F9K4", "", 0, 1687500),
        ("08-07-2025", "BPU-0708/PPh21", "PPh 21 honorarium narasumber", "5.1.02.02.01.0003", 2400000, 0),
        ("09-07-2025", "BPU-0709/PPh23", "PPh 23 jasa kalibrasi alat kesehatan", "5.1.02.02.09.0014", 318000, 0),
        ("11-07-2025", "BPU-0711/PPN", "PPN pengadaan reagen laboratorium", "5.1.02.01.01.0032", 7920000, 0),
        ("11-07-2025", "BPU-0711/PPh22", "PPh 22 pengadaan reagen laboratorium", "5.1.02.01.01.0032", 1080000, 0),
        ("14-07-2025", "SSP-1407/02", "Setor PPh 21 NTPN 7BE20C1D44PQ", "", 0, 2400000),
        ("15-07-2025", "SSP-1507/03", "Setor PPh 23, PPN, PPh 22", "", 0, 9318000),
        ("21-07-2025", "BPU-0721/PjD", "Pajak restoran konsumsi rapat 10%", "5.1.02.01.01.0052", 545000, 0),
        ("24-07-2025", "STS-2407/01", "Setor pajak restoran ke Kas Daerah", "", 0, 545000),
        ("28-07-2025", "BPU-0728/PPh21", "PPh 21 honor tim pelaksana kegiatan", "5.1.02.02.01.0004", 1875000, 0),
        ("29-07-2025", "BPU-0729/PPN", "PPN belanja pemeliharaan kendaraan", "5.1.02.03.02.0035", 638550, 0),
    ]
    rows = [["Tgl", "No. Bukti", "Uraian", "Kode Rekening", "Dipotong", "Disetor", "Saldo"]]
    tin = tout = 0
    for d, b, u, k, i, o in raw:
        saldo += i - o
        tin += i
        tout += o
        rows.append([d[:5], b, u, k, fmt(i) if i else "", fmt(o) if o else "", fmt(saldo)])
    rows.append(["", "", "Jumlah bulan ini", "", fmt(tin), fmt(tout), fmt(saldo)])
    y = p.table(L - mm(10), y, [13, 27, 61, 30, 21, 21, 21], rows, f, "none",
                ["l", "l", "l", "l", "r", "r", "r"], hf=fb, pad_mm=0.8, bold_rows=(len(rows) - 1,),
                allow_wrap=False, lead=f.size * 1.55)
    y += mm(5)
    y = p.para(L, y, R - L, f"Saldo pajak yang belum disetor per 31 Juli 2025 sebesar Rp{fmt(saldo)} "
               "terdiri atas PPh 21 sebesar Rp1.875.000 dan PPN sebesar Rp638.550 dan akan disetor pada "
               "tanggal 7 Agustus 2025.", f)
    y += mm(8)
    y0 = y
    sign_block(p, L + mm(5), y0, ["Mengetahui,", "Pengguna Anggaran", "dr. Ismid Kusasih, M.Kes.",
                                   "NIP 19690405 199803 1 009"], f, gap=mm(16))
    sign_block(p, L + mm(110), y0, ["Samarinda, 31 Juli 2025", "Bendahara Pengeluaran",
                                     "Nur Aini Fitriyani, S.E.", "NIP 19870922 201001 2 003"], f, gap=mm(16))
    p.footer("Dicetak dari SIPD-RI pada 01-08-2025 08:41:17 WITA    Hal. 1/1", font(fam, 8))
    return p


# ---------------------------------------------------------------------------------------
def kartu_kendali_kegiatan():
    """Serif condensed 10 pt, grid with MERGED header cells, SHADED header, WRAPPED cells."""
    p = Page()
    fam = "serifc"
    f = font(fam, 10)
    fb = font(fam + "-b", 10)
    y = mm(14)
    y = p.center(y, "KARTU KENDALI KEGIATAN", font(fam + "-b", 13))
    y = p.center(y, "TAHUN ANGGARAN 2025", font(fam + "-b", 11))
    y = p.center(y, "Posisi s.d. 31 Agustus 2025", f) + mm(3)
    kx, cx = L, L + mm(30)
    for k, v in [("OPD", "Dinas Kesehatan Kota Samarinda"),
                 ("Program", "1.02.02 Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"),
                 ("Kegiatan", "1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"),
                 ("Sub Kegiatan", "1.02.02.2.02.0033 Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa"),
                 ("PPTK", "Andi Tenri Ajeng, S.K.M. / NIP 19850511 200902 2 004")]:
        y = p.kv(y, kx, cx, k, v, f, width=R - L)
    y += mm(3)
    data = [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 18500000, 3120000, 11407500),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 42750000, 6650000, 27930000),
        ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 36000000, 4800000, 24000000),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 61200000, 5100000, 40800000),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 29400000, 0, 12650000),
        ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 15840000, 2160000, 9360000),
        ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 9875000, 0, 4125000),
    ]
    rows = [["No", "Kode Rekening", "Uraian", "Anggaran", "Realisasi", "", "Sisa", "%"],
            ["", "", "", "", "Bulan Ini", "s.d. Bulan Ini", "", ""]]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 2), (0, 6): (2, 1),
             (0, 7): (2, 1)}
    ta = tm = ts = 0
    for i, (k, u, a, m, s) in enumerate(data, 1):
        rows.append([str(i), k, u, fmt(a), fmt(m) if m else "-", fmt(s), fmt(a - s), pct(s, a)])
        ta += a; tm += m; ts += s
    n = len(rows)
    rows.append(["JUMLAH", "", "", fmt(ta), fmt(tm), fmt(ts), fmt(ta - ts), pct(ts, ta)])
    spans[(n, 0)] = (1, 3)
    y = p.line(y, [(W - mm(11), "(dalam rupiah)", font("serifc-i", 9), "r")])
    ft = font(fam, 9.5)
    y = p.table(L - mm(6), y, [8, 34, 36, 25, 22, 26, 25, 11], rows, ft, "grid",
                ["c", "l", "l", "r", "r", "r", "r", "r"], header_rows=2, spans=spans, shade=True, hf=font(fam + "-b", 9.5),
                bold_rows=(n,))
    y += mm(5)
    y = p.para(L, y, R - L, "Catatan: realisasi Belanja Perjalanan Dinas Biasa bulan Agustus nihil karena "
               "kegiatan supervisi ke Puskesmas Lempake dan Puskesmas Bengkuring dijadwalkan ulang ke bulan "
               "September 2025.", font(fam, 9.5), justify=True)
    y += mm(8)
    sign_block(p, L + mm(105), y, ["Samarinda, 2 September 2025", "Pejabat Pelaksana Teknis Kegiatan,",
                                    "Andi Tenri Ajeng, S.K.M.", "NIP 19850511 200902 2 004"], f, gap=mm(18))
    p.footer("Kartu Kendali Kegiatan - 1.02.02.2.02.0033 - halaman 1", font(fam, 8.5))
    return p


def pct(s, a):
    v = round(s * 1000 / a) / 10 if a else 0
    return f"{v:.1f}".replace(".", ",")


# ---------------------------------------------------------------------------------------
def surat_keterangan():
    """Serif 12 pt letter, no table."""
    p = Page()
    fam = "serif"
    f = font(fam, 11)
    y = kop(p, fam, ["BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA"],
            ["Jalan Dahlia Nomor 81 Samarinda, Kalimantan Timur 75112, Telepon (0541) 736622"])
    y += mm(4)
    y = p.center(y, "SURAT KETERANGAN", font(fam + "-b", 13))
    p.hrule(y - mm(1), W // 2 - mm(24), W // 2 + mm(24), 3)
    y = p.center(y + mm(1), "Nomor : 800/1123/BKPSDM-II/VI/2025", f) + mm(6)
    y = p.line(y, [(L + mm(6), "Yang bertanda tangan di bawah ini:", f, "l")])
    kx, cx = L + mm(12), L + mm(58)
    for k, v in [("Nama", "Drs. H. Syahrir Ramadhan, M.Si."), ("NIP", "19700218 199503 1 002"),
                 ("Pangkat/Gol. Ruang", "Pembina Utama Muda, IV/c"),
                 ("Jabatan", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")]:
        y = p.kv(y, kx, cx, k, v, f, width=R - kx)
    y += mm(2)
    y = p.line(y, [(L + mm(6), "dengan ini menerangkan bahwa:", f, "l")])
    for k, v in [("Nama", "Siti Khadijah Purnamasari, S.Kom."), ("NIP", "19910305 201503 2 011"),
                 ("Pangkat/Gol. Ruang", "Penata, III/c"), ("Jabatan", "Pranata Komputer Ahli Muda"),
                 ("Unit Kerja", "Dinas Komunikasi dan Informatika Kota Samarinda")]:
        y = p.kv(y, kx, cx, k, v, f, width=R - kx)
    y += mm(3)
    y = p.para(L, y, R - L, "adalah benar Pegawai Negeri Sipil di lingkungan Pemerintah Kota Samarinda yang "
               "sampai dengan tanggal surat keterangan ini diterbitkan tidak sedang menjalani hukuman disiplin "
               "tingkat sedang atau berat, tidak sedang dalam proses peradilan pidana, dan tidak sedang menjalani "
               "cuti di luar tanggungan negara.", f, justify=True, first_indent=mm(12))
    y = p.para(L, y + mm(1), R - L, "Surat keterangan ini diberikan untuk melengkapi persyaratan usul kenaikan "
               "pangkat periode Oktober 2025 sesuai surat Kepala Dinas Komunikasi dan Informatika Nomor "
               "800/0647/DISKOMINFO-I/V/2025 tanggal 27 Mei 2025.", f, justify=True, first_indent=mm(12))
    y = p.para(L, y + mm(1), R - L, "Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat "
               "dipergunakan sebagaimana mestinya.", f, justify=True, first_indent=mm(12))
    y += mm(8)
    x = L + mm(95)
    y = sign_block(p, x, y, ["Ditetapkan di Samarinda", "pada tanggal 16 Juni 2025", "Kepala,",
                             "Drs. H. Syahrir Ramadhan, M.Si.", "Pembina Utama Muda",
                             "NIP 19700218 199503 1 002"], f, gap=mm(18), name_idx=3)
    y += mm(6)
    f2 = font(fam, 10)
    y = p.line(y, [(L, "Tembusan:", f2, "l")])
    for i, t in enumerate(["Wali Kota Samarinda (sebagai laporan);", "Inspektur Kota Samarinda;",
                           "Kepala Dinas Komunikasi dan Informatika Kota Samarinda;", "Yang bersangkutan."], 1):
        y = p.line(y, [(L, f"{i}.", f2, "l"), (L + mm(6), t, f2, "l")])
    return p


# ---------------------------------------------------------------------------------------
def nota_pertimbangan():
    """Sans 11 pt memo with numbered points and amounts, no table."""
    p = Page()
    fam = "sans"
    f = font(fam, 11)
    fb = font(fam + "-b", 11)
    y = kop(p, fam, ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
            ["Jalan Dahlia Nomor 81 Samarinda 75121   Telepon/Faks (0541) 741077"])
    y = p.center(y + mm(2), "NOTA PERTIMBANGAN", font(fam + "-b", 13)) + mm(3)
    kx, cx = L, L + mm(30)
    for k, v in [("Kepada Yth.", "Sekretaris Daerah Kota Samarinda selaku Ketua TAPD"),
                 ("Dari", "Kepala Bappeda Kota Samarinda"), ("Tanggal", "19 Agustus 2025"),
                 ("Nomor", "050/0932/BAPPEDA-IV/VIII/2025"), ("Sifat", "Segera"),
                 ("Lampiran", "1 (satu) berkas"),
                 ("Hal", "Pertimbangan Pergeseran Anggaran Dinas Lingkungan Hidup Tahun Anggaran 2025")]:
        y = p.kv(y, kx, cx, k, v, f, width=R - L)
    p.hrule(y + mm(1), L, R, 3)
    y += mm(5)
    lw = mm(7)
    y = p.para(L, y, R - L, "Menindaklanjuti surat Kepala Dinas Lingkungan Hidup Nomor "
               "900/1450/DLH-I/VIII/2025 tanggal 11 Agustus 2025 perihal usulan pergeseran anggaran, "
               "bersama ini disampaikan pertimbangan sebagai berikut:", f, label="1.", label_w=lw)
    y = p.para(L, y, R - L, "Usulan pergeseran antar rincian objek dalam Sub Kegiatan 2.11.01.2.02.0001 "
               "Pengelolaan Sampah, yaitu:", f, label="2.", label_w=lw)
    y = p.para(L + lw, y, R - L - lw, "mengurangi kode rekening 5.1.02.01.01.0036 Belanja Bahan Bakar "
               "Minyak/Gas dan Pelumas sebesar Rp1.348.500.000 menjadi Rp2.911.500.000;", f,
               label="a.", label_w=lw)
    y = p.para(L + lw, y, R - L - lw, "menambah kode rekening 5.1.02.03.02.0035 Belanja Pemeliharaan "
               "Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Khusus sebesar Rp985.000.000;", f,
               label="b.", label_w=lw)
    y = p.para(L + lw, y, R - L - lw, "menambah kode rekening 5.1.02.02.01.0026 Belanja Jasa Tenaga "
               "Administrasi sebesar Rp363.500.000,", f, label="c.", label_w=lw)
    y = p.para(L + lw, y, R - L - lw, "sehingga total pagu Sub Kegiatan tetap sebesar Rp27.604.218.000.", f)
    y = p.para(L, y, R - L, "Pergeseran tersebut tidak mengubah target kinerja keluaran (volume sampah "
               "terangkut 1.250 ton/hari) dan dapat dilakukan melalui perubahan Peraturan Wali Kota tentang "
               "Penjabaran APBD untuk dianggarkan dalam Perubahan APBD Tahun Anggaran 2025.", f,
               label="3.", label_w=lw)
    y = p.para(L, y, R - L, "Berdasarkan hal tersebut, Bappeda menyarankan agar usulan pergeseran dapat "
               "disetujui dengan catatan harga satuan pemeliharaan kendaraan mengacu pada Standar Satuan Harga "
               "Tahun 2025.", f, label="4.", label_w=lw)
    y = p.para(L, y + mm(2), R - L, "Demikian disampaikan, mohon arahan lebih lanjut.", f)
    y += mm(8)
    y = sign_block(p, L + mm(100), y, ["Kepala Bappeda,", "Dr. Ananta Fathurrozi, S.T., M.T.",
                                        "NIP 19760929 200212 1 003"], f, gap=mm(20), name_idx=1)
    p.footer("- 1 -", font(fam, 9))
    return p


# ---------------------------------------------------------------------------------------
def surat_perintah_membayar():
    """Mono/sans mix 10 pt, boxed form with a ruled grid table of accounts and deductions."""
    p = Page()
    fam = "serif"
    f = font(fam, 10)
    fb = font(fam + "-b", 10)
    y = mm(14)
    p.d.rectangle([L, y - mm(3), R, H - mm(24)], outline=0, width=5)
    y = p.center(y, "PEMERINTAH KOTA SAMARINDA", font(fam + "-b", 12))
    y = p.center(y, "SURAT PERINTAH MEMBAYAR (SPM)", font(fam + "-b", 13))
    y = p.center(y, "Nomor : 00341/SPM/1.02.0.00.0.00.01.0000/LS/2025", f)
    y = p.center(y, "TAHUN ANGGARAN 2025", fb)
    p.hrule(y + mm(1), L, R, 4)
    y += mm(4)
    x1 = L + mm(4)
    y = p.line(y, [(x1, "KUASA BENDAHARA UMUM DAERAH", fb, "l")])
    y = p.line(y, [(x1, "Kota Samarinda", f, "l")])
    y = p.para(x1, y, R - x1 - mm(4), "Supaya menerbitkan SP2D kepada:", f)
    kx, cx = x1, x1 + mm(48)
    for k, v in [("SKPD", "Dinas Kesehatan"), ("Unit SKPD", "Dinas Kesehatan"),
                 ("Pihak Ketiga", "CV Sinar Borneo Lestari"), ("Nama Pimpinan", "Yohanes Laurentius Kiak"),
                 ("NPWP", "02.417.885.3-722.000"), ("Bank / Pos", "Bankaltimtara Cabang Samarinda"),
                 ("Nomor Rekening", "0011-204-77185"),
                 ("Dasar Pembayaran", "SPP Nomor 00352/SPP/LS/2025 tanggal 18 Juli 2025"),
                 ("Untuk Keperluan", "Pembayaran belanja alat tulis kantor dan bahan cetak sesuai SPK "
                                     "Nomor 027/0381/DINKES-I/VI/2025")]:
        y = p.kv(y, kx, cx, k, v, f, width=R - kx - mm(4))
    y += mm(3)
    items = [("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 14850000),
             ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 5400000)]
    rows = [["No", "Kode Rekening", "Uraian", "Jumlah (Rp)"]]
    tot = 0
    for i, (k, u, a) in enumerate(items, 1):
        rows.append([str(i), k, u, fmt(a)])
        tot += a
    rows.append(["", "", "JUMLAH SPP YANG DIMINTA", fmt(tot)])
    y = p.table(x1, y, [10, 38, 88, 30], rows, f, "grid", ["c", "l", "l", "r"], hf=fb,
                bold_rows=(len(rows) - 1,))
    y += mm(3)
    ppn = round(tot * 11 / 111)  # price includes PPN
    dpp = tot - ppn
    pph22 = round(dpp * 15 / 1000)
    rows2 = [["No", "Uraian Potongan", "Jumlah (Rp)", "Keterangan"],
             ["1", "Pajak Pertambahan Nilai (PPN)", fmt(ppn), "11/111 x nilai kontrak"],
             ["2", "PPh Pasal 22", fmt(pph22), "1,5% x DPP " + fmt(dpp)],
             ["", "Jumlah Potongan", fmt(ppn + pph22), ""]]
    y = p.table(x1, y, [10, 70, 30, 56], rows2, f, "grid", ["c", "l", "r", "l"], hf=fb,
                bold_rows=(3,))
    y += mm(4)
    net = tot - ppn - pph22
    y = p.kv(y, x1, x1 + mm(62), "Jumlah SPM", "Rp" + fmt(tot), fb)
    y = p.kv(y, x1, x1 + mm(62), "Jumlah Potongan", "Rp" + fmt(ppn + pph22), f)
    y = p.kv(y, x1, x1 + mm(62), "Jumlah yang Dibayarkan", "Rp" + fmt(net), fb)
    y = p.para(x1, y + mm(1), R - x1 - mm(4), "Terbilang: " + terbilang(net) + " rupiah", font("serif-i", 10))
    y += mm(6)
    sign_block(p, L + mm(100), y, ["Samarinda, 21 Juli 2025", "Pengguna Anggaran,",
                                    "dr. Ismid Kusasih, M.Kes.", "NIP 19690405 199803 1 009"], f, gap=mm(18))
    p.footer("SPM-LS Barang/Jasa | Lembar 1 untuk Kuasa BUD | dicetak 21-07-2025", font(fam, 8.5),
             y=H - mm(20))
    p.meta = {"spm_total": tot, "ppn": ppn, "pph22": pph22, "net": net}
    return p


SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
          "sebelas"]


def terbilang(n):
    n = int(n)
    if n < 12:
        return SATUAN[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return (terbilang(n // 10) + " puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (terbilang(n // 100) + " ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("seribu " + terbilang(n - 1000)).strip()
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " miliar " + terbilang(n % 10 ** 9)).strip()


DOCS = {
    "berita_acara_rekonsiliasi_aset": berita_acara_rekonsiliasi_aset,
    "laporan_harian_pengawas": laporan_harian_pengawas,
    "buku_kas_pembantu_pajak": buku_kas_pembantu_pajak,
    "kartu_kendali_kegiatan": kartu_kendali_kegiatan,
    "surat_keterangan": surat_keterangan,
    "nota_pertimbangan": nota_pertimbangan,
    "surat_perintah_membayar": surat_perintah_membayar,
}
