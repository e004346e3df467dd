"""The seven invented documents. Each builder returns a finished layout.Page."""
import random
from layout import Page, PT


def rp(n, dec=True):
    s = f"{int(round(n)):,}".replace(",", ".")
    return s + (",00" if dec else "")


SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas"]


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
    if n < 10**6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10**9:
        return (terbilang(n // 10**6) + " juta " + terbilang(n % 10**6)).strip()
    return (terbilang(n // 10**9) + " miliar " + terbilang(n % 10**9)).strip()


def kop(p, fk, fkB, dinas, alamat, x0, x1):
    c = (x0 + x1) / 2
    p.line([(c, "PEMERINTAH KOTA SAMARINDA", fkB, 13, "c")], lead=1.25)
    p.line([(c, dinas, fkB, 15, "c")], lead=1.25)
    for a in alamat:
        p.line([(c, a, fk, 9, "c")], lead=1.3)
    p.gap(1.2)
    p.hrule(x0, x1, width=7, double=True)
    p.gap(4)


def signature(p, x, lines_before, name, pangkat, nip, fk, pt, space=20, center=True):
    al = "c" if center else "l"
    for s in lines_before:
        p.line([(x, s, fk, pt, al)])
    p.sig = (x, p.y + space / 2)
    p.gap(space)
    p.line([(x, name, fk + "B" if fk + "B" in __import__("layout").FONTS else fk, pt, al)], underline=True)
    if pangkat:
        p.line([(x, pangkat, fk, pt, al)])
    p.line([(x, nip, fk, pt, al)])


def two_signatures(p, xa, xb, left, right, fk, pt, space=20):
    """left/right: (lines_before, name, pangkat, nip) printed side by side (joined per line)."""
    n = max(len(left[0]), len(right[0]))
    la = [""] * (n - len(left[0])) + left[0]
    ra = [""] * (n - len(right[0])) + right[0]
    rows = [[[(xa, a, fk, pt, "c")], [(xb, b, fk, pt, "c")]] for a, b in zip(la, ra)]
    rows.append(space)
    rows.append([[(xa, left[1], fk + "B", pt, "c")], [(xb, right[1], fk + "B", pt, "c")]])
    rows.append([[(xa, left[2], fk, pt, "c")], [(xb, right[2], fk, pt, "c")]])
    rows.append([[(xa, left[3], fk, pt, "c")], [(xb, right[3], fk, pt, "c")]])
    y0 = p.y
    p.sig = (xb, y0 + PT(pt) * 1.35 * n + space / 2)
    p.columns(rows, underline_rows=(len(rows) - 3,))


# ---------------------------------------------------------------- 1. SPPD
def sppd():
    p = Page(margin=12)
    kop(p, "serif", "serifB", "DINAS PERHUBUNGAN",
        ["Jalan Kesuma Bangsa Nomor 82 Telepon (0541) 741288 Faksimile (0541) 741290",
         "Laman: dishub.samarindakota.go.id Pos-el: dishub@samarindakota.go.id SAMARINDA 75123"],
        15, 195)
    for a, b in [("Lembar ke", "I (satu)"), ("Kode No.", "094"), ("Nomor", "094/0317/DISHUB-II/III/2026")]:
        p.line([(118, a, "serif", 10), (138, ":", "serif", 10), (141, b, "serif", 10)])
    p.gap(3)
    p.line([(105, "SURAT PERINTAH PERJALANAN DINAS (SPPD)", "serifB", 12, "c")], underline=True)
    p.gap(3)
    rows = [
        ["1.", "Pejabat Pembuat Komitmen", "Kepala Dinas Perhubungan Kota Samarinda"],
        ["2.", "Nama/NIP Pegawai yang melaksanakan perjalanan dinas",
         "Rahmat Hidayatullah, S.T.\nNIP. 19830714 200903 1 006"],
        ["3.", "a. Pangkat dan Golongan\nb. Jabatan/Instansi\nc. Tingkat Biaya Perjalanan Dinas",
         "a. Penata Tingkat I (III/d)\nb. Kepala Seksi Manajemen dan Rekayasa Lalu Lintas\nc. C"],
        ["4.", "Maksud Perjalanan Dinas",
         "Menghadiri Rapat Koordinasi Forum Lalu Lintas dan Angkutan Jalan Tingkat Provinsi Kalimantan Timur"],
        ["5.", "Alat angkutan yang dipergunakan", "Kendaraan Dinas Roda Empat (KT 1472 A)"],
        ["6.", "a. Tempat berangkat\nb. Tempat tujuan", "a. Samarinda\nb. Balikpapan"],
        ["7.", "a. Lamanya Perjalanan Dinas\nb. Tanggal berangkat\nc. Tanggal harus kembali",
         "a. 3 (tiga) hari\nb. 17 Maret 2026\nc. 19 Maret 2026"],
        ["8.", "Pengikut : Nama", "1. Andi Saputra (NIP. 19920305 201902 1 004)\n2. Nurul Aini, A.Md. (PPPK)"],
        ["9.", "Pembebanan Anggaran\na. Instansi\nb. Kode Rekening",
         "Rp 4.860.000,00\na. Dinas Perhubungan Kota Samarinda\nb. 5.1.02.04.01.0001"],
        ["10.", "Keterangan lain-lain", "Belanja Perjalanan Dinas Biasa, DPA-SKPD Tahun Anggaran 2026"],
    ]
    p.table(15, [12, 72, 96], rows, "serif", 10, style="grid", header_rows=0,
            aligns=["c", "l", "l"], pad=1.0)
    p.gap(4)
    p.line([(122, "Dikeluarkan di", "serif", 10), (150, ":", "serif", 10), (153, "Samarinda", "serif", 10)])
    p.line([(122, "Pada tanggal", "serif", 10), (150, ":", "serif", 10), (153, "16 Maret 2026", "serif", 10)])
    p.gap(2)
    signature(p, 158, ["KEPALA DINAS PERHUBUNGAN", "KOTA SAMARINDA,"], "Ir. H. Syamsul Bahri, M.T.",
              "Pembina Utama Muda (IV/c)", "NIP. 19690321 199403 1 008", "serif", 10, space=14)
    p.gap(2)
    p.line([(15, "VISUM", "serifB", 10)])
    p.gap(1)
    vis = [
        ["I.", "Tiba di : Balikpapan\nPada tanggal : 17 Maret 2026\nKepala : Dinas Perhubungan Kota Balikpapan",
         "Berangkat dari : Balikpapan\nKe : Samarinda\nPada tanggal : 19 Maret 2026"],
        ["II.", "Tiba kembali di : Samarinda\nPada tanggal : 19 Maret 2026",
         "Telah diperiksa dengan keterangan bahwa perjalanan tersebut atas perintahnya."],
    ]
    p.table(15, [12, 84, 84], vis, "serif", 9, style="grid", header_rows=0, aligns=["c", "l", "l"], pad=1.1)
    p.gap(2)
    p.line([(15, "Catatan: SPPD ini wajib dilampiri tiket/bukti perjalanan dan laporan hasil perjalanan dinas.", "serif", 9)])
    p.footer_at(297 - 10)
    p.line([(105, "Halaman 1 dari 1", "serif", 9, "c")])
    p.check_fits()
    return p


# ---------------------------------------------------------------- 2. Rekap absensi
def absensi():
    rnd = random.Random(2102)
    p = Page(landscape=True, margin=10)
    p.line([(148.5, "PEMERINTAH KOTA SAMARINDA", "condB", 12, "c")], lead=1.3)
    p.line([(148.5, "KECAMATAN SAMARINDA ULU", "condB", 12, "c")], lead=1.3)
    p.line([(148.5, "REKAPITULASI DAFTAR HADIR PEGAWAI BULAN FEBRUARI 2026", "condB", 11, "c")], lead=1.6)
    p.columns([[[(12, "Unit Kerja", "cond", 9), (34, ": Kantor Kecamatan Samarinda Ulu", "cond", 9)],
                 [(200, "Jumlah Hari Kerja", "cond", 9), (230, ": 19 hari", "cond", 9)]],
                [[(12, "Periode", "cond", 9), (34, ": 1 s.d. 28 Februari 2026", "cond", 9)],
                 [(200, "Libur Nasional", "cond", 9), (230, ": 17 Februari 2026", "cond", 9)]]])
    p.gap(2)
    staff = [
        ("Drs. Hairul Anwar, M.Si.", "19710812 199803 1 005"),
        ("Siti Rahmawati, S.Sos.", "19790203 200501 2 011"),
        ("Muhammad Yusuf Effendi, S.E.", "19820918 201001 1 013"),
        ("Rina Kartika Sari, S.IP.", "19870427 201101 2 008"),
        ("Abdul Gafur", "19750611 200701 1 022"),
        ("Dewi Lestari Ningsih, A.Md.", "19900115 201503 2 004"),
        ("Fajar Ramadhan, S.Kom.", "19931230 201902 1 002"),
        ("Hj. Nurhayati", "19680704 199203 2 006"),
        ("Bambang Supriyadi", "19800822 200901 1 017"),
        ("Yuliana Pratiwi, S.H.", "19950309 202012 2 003"),
    ]
    days = 28
    # 1 Feb 2026 is a Sunday; 17 Feb 2026 treated as a holiday
    off = {d for d in range(1, 29) if (d - 1) % 7 in (0, 6)} | {17}
    codes = ["H"] * 40 + ["S", "I", "C", "DL", "DL", "TK"]
    hdr0 = ["No", "Nama / NIP", "Tanggal"] + [""] * (days - 1) + ["Jumlah"] + [""] * 5
    hdr1 = ["", ""] + [str(d) for d in range(1, days + 1)] + ["H", "S", "I", "C", "DL", "TK"]
    rows = [hdr0, hdr1]
    for i, (nm, nip) in enumerate(staff):
        cells = []
        for d in range(1, days + 1):
            cells.append("" if d in off else rnd.choice(codes))
        if i == 2:  # a week of leave
            for d in range(9, 14):
                cells[d - 1] = "C"
        cnt = [str(cells.count(k)) for k in ["H", "S", "I", "C", "DL", "TK"]]
        rows.append([f"{i + 1}.", f"{nm}\nNIP. {nip}"] + cells + cnt)
    merges = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, days), (0, 2 + days): (1, 6)}
    colw = [7, 50] + [6.2] * days + [7] * 6
    aligns = ["c", "l"] + ["c"] * (days + 6)
    ys = p.table(12, colw, rows, "cond", 9, style="grid", header_rows=2, aligns=aligns,
                 merges=merges, shade=215, hfk="condB", pad=1.1, lead=1.2)
    # shade weekend/holiday columns in body rows (drawn under nothing: light hatch at cell edges)
    from layout import px
    xs = [12]
    for w in colw:
        xs.append(xs[-1] + w)
    for d in off:
        c = 1 + d
        p.d.rectangle([px(xs[c]) + 3, px(ys[2]) + 3, px(xs[c + 1]) - 3, px(ys[-1]) - 3], fill=225)
    p.gap(3)
    p.line([(12, "Keterangan: H = Hadir; S = Sakit; I = Izin; C = Cuti; DL = Dinas Luar; TK = Tanpa Keterangan; kolom arsir = hari libur.", "cond", 9)])
    p.gap(2)
    two_signatures(p, 60, 235, (["Mengetahui,", "Camat Samarinda Ulu,"], "Drs. Hairul Anwar, M.Si.",
                                "Pembina Tingkat I (IV/b)", "NIP. 19710812 199803 1 005"),
                   (["Samarinda, 2 Maret 2026", "Pengelola Kepegawaian,"], "Rina Kartika Sari, S.IP.",
                    "Penata (III/c)", "NIP. 19870427 201101 2 008"), "cond", 9, space=15)
    p.footer_at(210 - 8)
    p.line([(285, "Rekap Absensi - Februari 2026 - hal. 1/1", "cond", 9, "r")])
    p.check_fits()
    return p


# ---------------------------------------------------------------- 3. KIB B
def kib_b():
    p = Page(landscape=True, margin=10)
    p.line([(148.5, "KARTU INVENTARIS BARANG (KIB) B", "sansB", 12, "c")], lead=1.3)
    p.line([(148.5, "PERALATAN DAN MESIN", "sansB", 12, "c")], lead=1.6)
    for a, b in [("SKPD", "Dinas Pendidikan dan Kebudayaan"),
                 ("Kabupaten/Kota", "Kota Samarinda"), ("Provinsi", "Kalimantan Timur"),
                 ("No. Kode Lokasi", "12.02.64.01.01.01.001")]:
        p.line([(13, a, "sans", 9), (45, ":", "sans", 9), (48, b, "sans", 9)])
    p.gap(2)
    items = [
        ("1.3.2.02.01.01.004", "0001", "Mini Bus (Penumpang 14 Orang Kebawah)", "Toyota Hiace Commuter", "2.755 CC", "Besi", "2019", "KT 1093 K", "Pembelian", 498500000, "Baik"),
        ("1.3.2.02.01.04.001", "0007", "Sepeda Motor", "Honda Supra X 125 FI", "125 CC", "Besi", "2021", "KT 3581 AD", "Pembelian", 21450000, "Baik"),
        ("1.3.2.05.01.04.002", "0012", "Lemari Besi/Metal", "Brother B-204", "4 Pintu", "Besi", "2018", "-", "Pembelian", 4275000, "Kurang Baik"),
        ("1.3.2.05.02.06.002", "0003", "Mesin Pendingin Udara (AC Split)", "Daikin FTKC25", "1 PK", "Campuran", "2022", "-", "Hibah", 6890000, "Baik"),
        ("1.3.2.10.01.02.001", "0025", "P.C Unit", "Lenovo ThinkCentre M70s", "-", "Campuran", "2023", "-", "Pembelian", 13985000, "Baik"),
        ("1.3.2.10.01.02.002", "0041", "Laptop", "ASUS ExpertBook B1402", "14 Inch", "Campuran", "2024", "-", "Pembelian", 12760500, "Baik"),
        ("1.3.2.10.02.03.003", "0006", "Printer", "Epson L6270", "-", "Plastik", "2020", "-", "Pembelian", 4120000, "Rusak Ringan"),
        ("1.3.2.06.01.02.126", "0002", "LCD Projector/Infocus", "Epson EB-X500", "-", "Campuran", "2021", "-", "Pembelian", 7350000, "Baik"),
        ("1.3.2.06.01.05.010", "0009", "Sound System", "TOA ZA-2120", "120 Watt", "Campuran", "2017", "-", "Hibah", 9875000, "Rusak Berat"),
    ]
    hdr0 = ["No. Urut", "Nomor", "", "Nama / Jenis Barang", "Merk / Type", "Ukuran / CC", "Bahan",
            "Tahun Pembelian", "Nomor Polisi", "Asal Usul Cara Perolehan", "Harga (Rp)", "Keterangan"]
    hdr1 = ["", "Kode Barang", "Register"] + [""] * 9
    hdr2 = [str(i) for i in range(1, 13)]
    rows = [hdr0, hdr1, hdr2]
    total = 0
    for i, it in enumerate(items):
        rows.append([str(i + 1), it[0], it[1], it[2], it[3], it[4], it[5], it[6], it[7], it[8], rp(it[9]), it[10]])
        total += it[9]
    rows.append(["JUMLAH", "", "", "", "", "", "", "", "", "", rp(total), ""])
    merges = {(0, 1): (1, 2), (len(rows) - 1, 0): (1, 10)}
    for c in [0] + list(range(3, 12)):
        merges[(0, c)] = (2, 1)
    colw = [10, 33.5, 16.5, 36.5, 34, 17, 19.5, 19.5, 21.5, 19.5, 28.5, 21.5]
    aligns = ["c", "l", "c", "l", "l", "c", "l", "c", "c", "l", "r", "l"]
    p.table(10, colw, rows, "sans", 9, style="grid", header_rows=3, aligns=aligns, merges=merges,
            hfk="condB", pad=0.9, bold_rows=(len(rows) - 1,), row_aligns={(len(rows) - 1, 0): "c"})
    p.gap(4)
    two_signatures(p, 70, 225, (["Mengetahui,", "Kepala Dinas Pendidikan dan Kebudayaan"],
                                "Asli Nuryadin, S.Pd., M.M.", "Pembina Utama Muda (IV/c)",
                                "NIP. 19700405 199303 1 009"),
                   (["Samarinda, 31 Desember 2025", "Pengurus Barang,"], "Irwansyah Putra, S.E.",
                    "Penata Muda Tingkat I (III/b)", "NIP. 19881102 201407 1 001"), "sans", 9, space=14)
    p.footer_at(210 - 8)
    p.line([(13, "KIB B / Disdikbud / TA 2025", "sans", 9), (284, "Halaman 1", "sans", 9, "r")])
    p.check_fits()
    return p


# ---------------------------------------------------------------- 4. Buku Kas Umum
def bku():
    p = Page(landscape=True, margin=10)
    p.line([(148.5, "PEMERINTAH KOTA SAMARINDA", "monoB", 11, "c")], lead=1.3)
    p.line([(148.5, "BUKU KAS UMUM PENGELUARAN", "monoB", 12, "c")], lead=1.3)
    p.line([(148.5, "BULAN APRIL 2026", "mono", 10, "c")], lead=1.6)
    p.line([(12, "SKPD", "mono", 9), (58, ": 1.02.0.00.0.00.01.0000 Dinas Kesehatan", "mono", 9)])
    p.line([(12, "Bendahara Pengeluaran", "mono", 9), (58, ": Marlina Hasibuan, S.E.", "mono", 9)])
    p.gap(2)
    saldo = 18250400
    tx = [
        ("01/04/2026", "-", "Saldo awal bulan (sisa UP bulan lalu)", "", 0, 0),
        ("02/04/2026", "SP2D-0412/GU/2026", "Penerimaan SP2D GU Nomor 0412", "", 96500000, 0),
        ("06/04/2026", "BKU-0101", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "5.1.02.01.01.0024", 0, 7842500),
        ("06/04/2026", "BKU-0102", "Pungutan PPN atas belanja ATK", "", 777247, 0),
        ("06/04/2026", "BKU-0103", "Setoran PPN ke Kas Negara", "", 0, 777247),
        ("09/04/2026", "BKU-0104", "Belanja Makanan dan Minuman Rapat", "5.1.02.01.01.0052", 0, 5775000),
        ("09/04/2026", "BKU-0105", "Pungutan PPh Pasal 23", "", 115500, 0),
        ("10/04/2026", "BKU-0106", "Setoran PPh Pasal 23", "", 0, 115500),
        ("14/04/2026", "BKU-0107", "Belanja Perjalanan Dinas Biasa", "5.1.02.04.01.0001", 0, 14360000),
        ("17/04/2026", "BKU-0108", "Belanja Jasa Tenaga Kebersihan", "5.1.02.02.01.0013", 0, 21600000),
        ("21/04/2026", "BKU-0109", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor", "5.1.02.03.02.0035", 0, 3487000),
        ("24/04/2026", "BKU-0110", "Belanja Tagihan Listrik", "5.1.02.02.01.0061", 0, 12934815),
        ("30/04/2026", "BKU-0111", "Pengembalian sisa UP ke Kas Daerah", "", 0, 10000000),
    ]
    hdr = ["No", "Tanggal", "No. Bukti", "Uraian", "Kode Rekening", "Penerimaan (Rp)", "Pengeluaran (Rp)", "Saldo (Rp)"]
    rows = [hdr]
    tin = tout = 0
    for i, (tg, nb, ur, kr, pin, pout) in enumerate(tx):
        if i == 0:
            rows.append(["1", tg, nb, ur, kr, "", "", rp(saldo)])
            continue
        saldo += pin - pout
        tin += pin
        tout += pout
        rows.append([str(i + 1), tg, nb, ur, kr, rp(pin) if pin else "", rp(pout) if pout else "", rp(saldo)])
    rows.append(["", "", "", "Jumlah bulan ini", "", rp(tin), rp(tout), rp(saldo)])
    colw = [9, 24, 38, 76, 37, 29, 31, 30]
    aligns = ["c", "c", "l", "l", "l", "r", "r", "r"]
    p.table(13, colw, rows, "mono", 8.5 if False else 9, style="hrules", header_rows=1, aligns=aligns,
            hfk="monoB", pad=0.9, bold_rows=(len(rows) - 1,))
    p.gap(3)
    p.line([(13, "Pada hari ini, Kamis tanggal 30 April 2026, Buku Kas Umum ditutup dengan saldo akhir", "mono", 9)])
    p.line([(13, f"Rp {rp(saldo)} ({terbilang(saldo)} rupiah), terdiri dari:", "mono", 9)])
    tunai = 1250000
    p.line([(20, "a. Tunai", "mono", 9), (70, f": Rp {rp(tunai)}", "mono", 9)])
    p.line([(20, "b. Saldo di Bank", "mono", 9), (70, f": Rp {rp(saldo - tunai)}", "mono", 9)])
    p.gap(2)
    two_signatures(p, 70, 225, (["Mengetahui,", "Pengguna Anggaran,"], "dr. Ismid Kusasih, M.Kes.",
                                "Pembina Utama Muda (IV/c)", "NIP. 19710119 200212 1 003"),
                   (["Samarinda, 30 April 2026", "Bendahara Pengeluaran,"], "Marlina Hasibuan, S.E.",
                    "Penata Tingkat I (III/d)", "NIP. 19850607 201001 2 015"), "mono", 9, space=12)
    p.footer_at(210 - 8)
    p.line([(13, "Dicetak dari SIPD-RI 30/04/2026 16:42:07", "mono", 8.5 if False else 9), (284, "Hal. 1 dari 1", "mono", 9, "r")])
    p.check_fits()
    return p, saldo


# ---------------------------------------------------------------- 5. Uang makan
def uang_makan():
    p = Page(margin=12)
    p.line([(105, "DAFTAR PEMBAYARAN UANG MAKAN PEGAWAI NEGERI SIPIL", "condB", 11, "c")], lead=1.3)
    p.line([(105, "BADAN PENDAPATAN DAERAH KOTA SAMARINDA", "condB", 11, "c")], lead=1.3)
    p.line([(105, "BULAN JANUARI 2026", "condB", 11, "c")], lead=1.6)
    p.line([(14, "Kode Rekening", "cond", 10), (44, ": 5.1.01.01.08.0001 - Belanja Uang Makan PNS", "cond", 10)])
    p.line([(14, "Nomor SPM", "cond", 10), (44, ": 00127/SPM-LS/BAPENDA/I/2026", "cond", 10)])
    p.gap(2)
    staff = [
        ("Hermanus Barus, S.E., M.Si.", "19720510 199703 1 004", "IV/c", 20),
        ("Suryani Anggraeni, S.H.", "19800114 200604 2 009", "IV/a", 21),
        ("Ahmad Fauzi Rahman, S.Kom., M.T.", "19840825 200902 1 003", "III/d", 19),
        ("Lisa Febriyanti", "19861012 201001 2 021", "III/c", 21),
        ("Ridwan Syahputra, S.Ak.", "19910321 201503 1 006", "III/b", 18),
        ("Maria Goreti Tallo, A.Md.Ak.", "19930707 201902 2 012", "II/d", 21),
        ("Joko Prasetyo", "19780930 200801 1 014", "II/c", 20),
        ("Nur Aisyah Kamaruddin, S.E.", "19960216 202012 2 005", "III/a", 16),
        ("Syahrani", "19760403 200701 1 031", "I/d", 21),
    ]
    tarif = {"I": 35000, "II": 35000, "III": 37000, "IV": 41000}
    pct = {"I": 0, "II": 0, "III": 5, "IV": 15}
    hdr0 = ["No", "Nama / NIP", "Gol.", "Uang Makan", "", "", "PPh Pasal 21", "Jumlah Diterima (Rp)", "Tanda Tangan"]
    hdr1 = ["", "", "", "Hari", "Tarif (Rp)", "Jumlah (Rp)", "", "", ""]
    rows = [hdr0, hdr1]
    T = [0, 0, 0]
    for i, (nm, nip, gol, hari) in enumerate(staff):
        g = gol.split("/")[0]
        kotor = hari * tarif[g]
        pph = kotor * pct[g] // 100
        net = kotor - pph
        T[0] += kotor
        T[1] += pph
        T[2] += net
        rows.append([f"{i + 1}.", f"{nm}\nNIP. {nip}", gol, str(hari), rp(tarif[g], False), rp(kotor, False),
                     rp(pph, False) if pph else "-", rp(net, False), ""])
    rows.append(["JUMLAH", "", "", "", "", rp(T[0], False), rp(T[1], False), rp(T[2], False), ""])
    n = len(rows) - 1
    merges = {(0, 3): (1, 3), (n, 0): (1, 5)}
    for c in [0, 1, 2, 6, 7, 8]:
        merges[(0, c)] = (2, 1)
    colw = [8, 52, 11, 10, 17, 21, 20, 23, 24]
    aligns = ["c", "l", "c", "c", "r", "r", "r", "r", "l"]
    p.table(12, colw, rows, "cond", 9.5, style="grid", header_rows=2, aligns=aligns, merges=merges,
            shade=200, hfk="condB", pad=1.3, lead=1.22, bold_rows=(n,), row_aligns={(n, 0): "c"})
    p.gap(3)
    tb = terbilang(T[2])
    p.line([(14, f"Terbilang: {tb[0].upper() + tb[1:]} rupiah", "cond", 10)])
    p.line([(14, "PPh Pasal 21 final: golongan III sebesar 5%, golongan IV sebesar 15%, golongan I dan II 0%.", "cond", 10)])
    p.gap(3)
    two_signatures(p, 55, 155, (["Mengetahui/Menyetujui,", "Kepala Badan Pendapatan Daerah"],
                                "Hermanus Barus, S.E., M.Si.", "Pembina Utama Muda (IV/c)",
                                "NIP. 19720510 199703 1 004"),
                   (["Samarinda, 30 Januari 2026", "Bendahara Pengeluaran,"], "Lisa Febriyanti",
                    "Penata (III/c)", "NIP. 19861012 201001 2 021"), "cond", 10, space=18)
    p.footer_at(297 - 10)
    p.line([(105, "- 1 -", "cond", 10, "c")])
    p.check_fits()
    return p, T


# ---------------------------------------------------------------- 6. RUP
def rup():
    p = Page(margin=14)
    p.line([(105, "RENCANA UMUM PENGADAAN (RUP)", "scondB", 12, "c")], lead=1.3)
    p.line([(105, "TAHUN ANGGARAN 2026", "scondB", 12, "c")], lead=1.6)
    for a, b in [("K/L/PD", "Pemerintah Kota Samarinda"), ("Satuan Kerja", "Dinas Lingkungan Hidup"),
                 ("Kode Satker", "1.03.2.11.0.00.01.0000"), ("Status", "Terumumkan (15 Januari 2026)")]:
        p.line([(15, a, "scond", 10), (42, ":", "scond", 10), (45, b, "scond", 10)])
    p.gap(3)
    pk = [
        ("5.1.02.01.01.0024", "Pengadaan Alat Tulis Kantor", "48.500.000", "E-Purchasing", "APBD", "Februari 2026"),
        ("5.1.02.01.01.0029", "Pengadaan Bahan Kimia Laboratorium Lingkungan", "126.750.000", "Pengadaan Langsung", "APBD", "Maret 2026"),
        ("5.1.02.02.01.0013", "Jasa Tenaga Kebersihan Kantor", "259.200.000", "Tender", "APBD", "Januari 2026"),
        ("5.1.02.02.08.0001", "Jasa Konsultansi Penyusunan Dokumen RPPLH Kota Samarinda", "385.000.000", "Seleksi", "APBD", "April 2026"),
        ("5.1.02.03.02.0035", "Pemeliharaan Kendaraan Truk Sampah Arm Roll", "612.400.000", "E-Purchasing", "APBD", "Februari 2026"),
        ("5.2.02.01.03.0003", "Pengadaan Dump Truck 6 m3", "1.890.000.000", "E-Purchasing", "DAK", "Mei 2026"),
        ("5.2.02.05.01.0005", "Pengadaan Kontainer Sampah 6 m3", "744.600.000", "Tender", "APBD", "Mei 2026"),
        ("5.2.03.03.07.0001", "Pembangunan TPS 3R Kelurahan Sungai Kapih", "1.275.300.000", "Tender", "DAK", "Juni 2026"),
        ("5.2.02.10.01.0002", "Pengadaan Laptop", "97.500.000", "E-Purchasing", "APBD", "Maret 2026"),
        ("5.1.02.02.01.0026", "Jasa Tenaga Administrasi", "172.800.000", "Swakelola", "APBD", "Januari 2026"),
    ]
    hdr = ["No", "Kode Rekening", "Nama Paket", "Pagu (Rp)", "Metode Pemilihan", "Sumber Dana", "Waktu Pemilihan"]
    rows = [hdr]
    tot = 0
    for i, r in enumerate(pk):
        rows.append([str(i + 1)] + list(r))
        tot += int(r[2].replace(".", ""))
    rows.append(["", "", "Total Pagu", rp(tot, False), "", "", ""])
    colw = [8, 32, 52, 28, 27, 17, 22]
    aligns = ["c", "l", "l", "r", "l", "c", "l"]
    p.table(12, colw, rows, "scond", 9.5, style="none", header_rows=1, aligns=aligns,
            hfk="scondB", pad=1.4, lead=1.3, bold_rows=(len(rows) - 1,))
    p.gap(5)
    p.para("Rencana Umum Pengadaan ini diumumkan melalui Sistem Informasi Rencana Umum Pengadaan (SiRUP) "
           "sesuai Peraturan Presiden Nomor 16 Tahun 2018 sebagaimana telah diubah dengan Peraturan Presiden "
           "Nomor 12 Tahun 2021. Paket yang belum tercantum dapat diumumkan kembali melalui revisi RUP "
           "setelah perubahan DPA-SKPD ditetapkan.", 15, 180, "scond", 10)
    p.gap(4)
    signature(p, 150, ["Samarinda, 15 Januari 2026", "Pengguna Anggaran,"], "Ir. Suwarso, M.Si.",
              "Pembina Utama Muda (IV/c)", "NIP. 19680922 199503 1 002", "scond", 10, space=18)
    p.footer_at(297 - 10)
    p.line([(15, "sirup.lkpp.go.id - dicetak 15-01-2026 09:12", "scond", 9), (195, "Halaman 1 dari 1", "scond", 9, "r")])
    p.check_fits()
    return p, tot


# ---------------------------------------------------------------- 7. Undangan
def undangan():
    p = Page(margin=12)
    kop(p, "serif", "serifB", "SEKRETARIAT DAERAH",
        ["Jalan Kesuma Bangsa Nomor 1 Telepon (0541) 733333 Samarinda 75121"], 20, 190)
    p.line([(20, "Nomor", "serif", 11), (42, ":", "serif", 11), (45, "005/0893/BAG-PEM-I/IV/2026", "serif", 11),
            (190, "Samarinda, 8 April 2026", "serif", 11, "r")])
    p.line([(20, "Sifat", "serif", 11), (42, ":", "serif", 11), (45, "Penting", "serif", 11)])
    p.line([(20, "Lampiran", "serif", 11), (42, ":", "serif", 11), (45, "1 (satu) berkas", "serif", 11)])
    p.line([(20, "Hal", "serif", 11), (42, ":", "serif", 11), (45, "Undangan Rapat Koordinasi", "serif", 11)])
    p.gap(3)
    for s in ["Yth. Daftar Undangan Terlampir", "di -", "Samarinda"]:
        p.line([(118 if s != "Samarinda" else 124, s, "serif", 11)])
    p.gap(3)
    p.para("Dalam rangka evaluasi pelaksanaan Standar Pelayanan Minimal (SPM) Triwulan I Tahun 2026 dan "
           "persiapan penyusunan Laporan Penyelenggaraan Pemerintahan Daerah, bersama ini kami mengundang "
           "Saudara untuk hadir pada rapat koordinasi yang akan dilaksanakan pada:", 45, 145, "serif", 11, indent=10)
    p.gap(1)
    for a, b in [("hari/tanggal", "Selasa, 14 April 2026"), ("pukul", "09.00 WITA s.d. selesai"),
                 ("tempat", "Ruang Rapat Mangkupalas, Balai Kota Samarinda"),
                 ("acara", "Evaluasi Capaian SPM Triwulan I Tahun 2026")]:
        p.line([(55, a, "serif", 11), (85, ":", "serif", 11), (88, b, "serif", 11)])
    p.gap(1)
    p.para("Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara tepat waktu dengan membawa data "
           "capaian indikator SPM masing-masing perangkat daerah. Konfirmasi kehadiran dapat disampaikan "
           "kepada Sdri. Wulandari (0812-5467-3390).", 45, 145, "serif", 11, indent=10)
    p.para("Demikian undangan ini disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih.",
           45, 145, "serif", 11, indent=10)
    p.gap(3)
    signature(p, 145, ["a.n. WALI KOTA SAMARINDA", "SEKRETARIS DAERAH,"], "Dr. Hero Mardanus Satyawan, S.T., M.T.",
              "Pembina Utama Madya (IV/d)", "NIP. 19740118 199903 1 005", "serif", 11, space=20)
    p.gap(3)
    p.line([(20, "Tembusan:", "serif", 10)])
    p.line([(20, "1. Wali Kota Samarinda (sebagai laporan);", "serif", 10)])
    p.line([(20, "2. Inspektur Kota Samarinda.", "serif", 10)])
    p.gap(3)
    p.line([(20, "Lampiran Undangan Nomor 005/0893/BAG-PEM-I/IV/2026", "serifB", 10)])
    p.line([(20, "Daftar Undangan:", "serif", 10)])
    inv = ["Kepala Dinas Pendidikan dan Kebudayaan", "Kepala Dinas Kesehatan",
           "Kepala Dinas PUPR Kota Samarinda", "Kepala Dinas Perkim Kota Samarinda",
           "Kepala Satuan Polisi Pamong Praja", "Kepala Dinas Sosial",
           "Kepala Bappeda Kota Samarinda", "Kepala BPBD Kota Samarinda",
           "Camat se-Kota Samarinda", "Kepala Bagian Organisasi Setda"]
    p.columns([[[(20, f"{i + 1}. {inv[i]}", "serif", 10)], [(118, f"{i + 6}. {inv[i + 5]}", "serif", 10)]]
               for i in range(5)], lead=1.3)
    p.footer_at(297 - 10)
    p.line([(105, "Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik BSrE.", "serif", 9, "c")])
    p.check_fits()
    return p
