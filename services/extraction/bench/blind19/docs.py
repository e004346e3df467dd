"""The 7 invented documents.  Each builder returns a finished layout.Page."""
import random
from layout import Page, F, mm


def rp(v):
    return f"{v:,}".replace(",", ".")


def pct(a, b):
    return f"{a * 100 / b:.2f}".replace(".", ",")


def kop(p, unit_lines, addr, fb, fr, logo=True, fa=None):
    top = p.y
    if logo:
        p.logo(p.L + mm(1), top, mm(22))
    cx = (p.L + mm(28) + p.x1) // 2 if logo else (p.L + p.x1) // 2
    p.center("PEMERINTAH KOTA SAMARINDA", F(fb, 12), cx=cx, lead=1.25)
    for u in unit_lines:
        p.center(u, F(fb, 12.5), cx=cx, lead=1.3)
    for a in addr:
        p.center(a, F(fa or fr, 9), lead=1.25, cx=cx)
    p.y = max(p.y, top + mm(26)) + mm(1)
    p.hline(p.L, p.x1, p.y, 9)
    p.hline(p.L, p.x1, p.y + 14, 3)
    p.y += mm(5)


def signature(p, x, lines_before, name, rank, nip, f, fb, lead=1.3, space=mm(22)):
    for l in lines_before:
        p.line([(x, l, f)], lead)
    p.anchors["sig"] = (x, p.y, space)
    p.gap(space)
    p.line([(x, name, fb, "l", True)], lead)
    if rank:
        p.line([(x, rank, f)], lead)
    p.line([(x, nip, f)], lead)


# ---------------------------------------------------------------- 1 SPT
def spt():
    p = Page(margins=(25, 11, 20, 10))
    p.LEAD = 1.2
    kop(p, ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"],
        ["Jalan Kesuma Bangsa Nomor 1 Telepon (0541) 741263 Faksimile (0541) 741264",
         "Laman bpkad.samarindakota.go.id Pos-el bpkad@samarindakota.go.id SAMARINDA 75121"],
        "serif_b", "serif", fa="serifc")
    f, fb = F("serif", 10), F("serif_b", 10)
    p.center("SURAT PERINTAH TUGAS", F("serif_b", 12), underline=True, lead=1.25)
    p.center("Nomor: 094/1187/BPKAD-III/V/2026", f)
    p.gap(mm(3))
    xl, xc, xn, xt = p.L, p.L + mm(22), p.L + mm(26), p.L + mm(33)
    w = p.x1 - xt
    dasar = [
        "Peraturan Menteri Dalam Negeri Nomor 47 Tahun 2021 tentang Tata Cara Pelaksanaan Pembukuan, "
        "Inventarisasi, dan Pelaporan Barang Milik Daerah;",
        "Dokumen Pelaksanaan Anggaran (DPA) Badan Pengelolaan Keuangan dan Aset Daerah Kota Samarinda "
        "Tahun Anggaran 2026 Nomor DPA/A.1/5.02.0.00.0.00.02.0000/001/2026;",
        "Nota Dinas Kepala Bidang Aset Nomor 030/0964/BPKAD-III/V/2026 tanggal 6 Mei 2026.",
    ]
    for i, t in enumerate(dasar):
        pre = [(xn, f"{i + 1}.", f)] + ([(xl, "Dasar", f), (xc, ":", f)] if i == 0 else [])
        p.para(xt, w, t, f, prefix=pre)
    p.gap(mm(2))
    p.center("MEMERINTAHKAN:", fb)
    p.gap(mm(1))
    p.line([(xl, "Kepada", f), (xc, ":", f)])
    staff = [
        ("Ir. SITI NURHALIZA, M.M.", "19750611 200212 2 004", "Pembina (IV/a)", "Ketua Tim"),
        ("RUDI HARTONO, S.E.", "19800302 200604 1 011", "Penata Tk. I (III/d)", "Sekretaris"),
        ("AGUSTINA PALINGGI, S.Ak.", "19880817 201101 2 007", "Penata (III/c)", "Anggota"),
        ("MUHAMMAD RIZKY FADILLAH, A.Md.", "19930125 201903 1 002", "Pengatur Tk. I (II/d)", "Anggota"),
        ("DEWI KARTIKA SARI", "19910709 201402 2 005", "Pengatur (II/c)", "Anggota"),
        ("YOHANES LAMBE", "19850430 200901 1 003", "Penata Muda Tk. I (III/b)", "Anggota"),
        ("NOR HIDAYAH, S.Kom.", "19960214 202203 2 008", "Penata Muda (III/a)", "Anggota"),
    ]
    rows = [[str(i + 1)] + list(s) for i, s in enumerate(staff)]
    tf, tfb = F("serifc", 9.5), F("serifc_b", 9.5)
    widths = [mm(w) for w in (9, 56, 41, 35, 24)]
    p.table(xl, widths, [[("No.", 1, 1), ("Nama", 1, 1), ("NIP", 1, 1), ("Pangkat/Gol.", 1, 1),
                          ("Jabatan dalam Tim", 1, 1)]], rows, tf, tfb, style="grid",
            aligns=["c", "l", "l", "l", "l"])
    p.gap(mm(3))
    n = len(staff)
    untuk = [
        "Melaksanakan inventarisasi dan sensus Barang Milik Daerah berupa Peralatan dan Mesin (KIB B) "
        "pada 10 (sepuluh) Kecamatan se-Kota Samarinda;",
        "Pelaksanaan tugas mulai tanggal 11 Mei 2026 s.d. 22 Mei 2026 (10 hari kerja);",
        f"Biaya yang timbul akibat tugas ini dibebankan pada DPA BPKAD Tahun Anggaran 2026 Kode Rekening "
        f"5.1.02.04.01.0003 Belanja Perjalanan Dinas Dalam Kota sebesar Rp {rp(n * 10 * 270000)},00 "
        f"({n} orang x 10 hari x Rp 270.000);",
        "Melaporkan hasil pelaksanaan tugas kepada Kepala BPKAD paling lambat 7 (tujuh) hari kerja "
        "setelah tugas selesai.",
    ]
    for i, t in enumerate(untuk):
        pre = [(xn, f"{i + 1}.", f)] + ([(xl, "Untuk", f), (xc, ":", f)] if i == 0 else [])
        p.para(xt, w, t, f, prefix=pre)
    p.gap(mm(2))
    p.para(xl, p.x1 - xl, "Demikian untuk dilaksanakan dengan penuh tanggung jawab.", f)
    p.gap(mm(1))
    xs = p.L + mm(84)
    signature(p, xs, ["Ditetapkan di Samarinda", "pada tanggal 8 Mei 2026",
                      "KEPALA BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH KOTA SAMARINDA,"],
              "Drs. H. ARDIANSYAH RAHMAN, M.Si.", "Pembina Utama Muda (IV/c)", "NIP 19690823 199403 1 006",
              f, fb, space=mm(14))
    p.gap(mm(1))
    fs = F("serif", 9.5)
    p.line([(xl, "Tembusan:", fs, "l", True)], 1.25)
    for i, t in enumerate(["Wali Kota Samarinda (sebagai laporan);", "Inspektur Kota Samarinda;",
                           "Arsip."]):
        p.line([(xl, f"{i + 1}.", fs), (xl + mm(6), t, fs)], 1.25)
    p.fits()
    return p


# ---------------------------------------------------------------- 2 KIB B
def kib_b():
    p = Page(landscape=True, margins=(6, 7, 6, 6))
    f, fb = F("sansc", 9), F("sansc_b", 9)
    p.center("KARTU INVENTARIS BARANG (KIB) B", F("sansc_b", 12), lead=1.2)
    p.center("PERALATAN DAN MESIN", F("sansc_b", 12), lead=1.4)
    xl, xc, xv = p.L, p.L + mm(42), p.L + mm(45)
    xr = p.x1 - mm(70)
    info = [("Provinsi", "Kalimantan Timur", "Per Tanggal : 31 Maret 2026"),
            ("Kabupaten/Kota", "Kota Samarinda", "Semester : I"),
            ("Bidang", "Lingkungan Hidup", ""),
            ("Unit Organisasi", "Dinas Lingkungan Hidup", ""),
            ("Sub Unit Organisasi", "UPTD Pengelolaan Sampah dan Limbah B3", ""),
            ("No. Kode Lokasi", "12.01.19.11.01.02.01", "")]
    for a, b, c in info:
        p.line([(xl, a, f), (xc, ":", f), (xv, b, f)] + ([(xr, c, f)] if c else []), 1.2)
    p.gap(mm(2))
    items = [
        ("1.3.2.02.01.03.006", "Dump Truck", "Mitsubishi FE 74 HD", "3.908 CC", "Besi",
         "2019", "MHMFE74P5KK012457", "4D34TJ98712", "KT 8712 SA", "Q-04417789", 486500000),
        ("1.3.2.02.01.03.011", "Truk Arm Roll", "Hino Dutro 130 MDL", "4.009 CC", "Besi",
         "2021", "MJEC1JG43M5123890", "W04DTRJ31144", "KT 8810 SA", "S-09923410", 712800000),
        ("1.3.2.02.01.03.011", "Truk Arm Roll", "Isuzu NMR 71 HD", "4.777 CC", "Besi",
         "2023", "MHCNMR71PPJ077215", "4HG1Y220458", "KT 8935 SA", "T-11752096", 768250000),
        ("1.3.2.02.01.03.002", "Pick Up", "Suzuki Carry 1.5 FD", "1.462 CC", "Besi",
         "2022", "MHYESL415NJ310882", "K15BT1048823", "KT 8862 SA", "S-14480271", 187400000),
        ("1.3.2.02.01.05.001", "Sepeda Motor Roda Tiga", "Viar Karya 200 Box", "197 CC", "Besi",
         "2020", "MF3KR200LLV005521", "162FMLA20519", "KT 3306 SZ", "R-05529914", 39750000),
        ("1.3.2.02.01.04.001", "Sepeda Motor", "Honda Supra X 125", "125 CC", "Besi",
         "2018", "MH1JB9110JK541207", "JB91E1547220", "KT 2214 SW", "P-02211856", 19650000),
        ("1.3.2.03.05.01.002", "Generator Set", "Perkins 30 KVA", "30 KVA", "Besi",
         "2017", "-", "-", "-", "-", 142000000),
        ("1.3.2.03.02.16.004", "Mesin Pencacah Plastik", "Rakitan CV Borneo", "7,5 HP",
         "Baja", "2024", "-", "-", "-", "-", 58900000),
        ("1.3.2.05.02.04.004", "AC Split", "Daikin FTKC25 UVM4", "1 PK", "Logam",
         "2023", "-", "-", "-", "-", 7125000),
        ("1.3.2.10.01.02.002", "Laptop", "Lenovo ThinkPad E14 Gen 5", "14 Inch", "Plastik",
         "2024", "-", "-", "-", "-", 16480000),
    ]
    reg_counter = {}
    rows = []
    asal = ["APBD", "APBD", "Hibah", "APBD", "APBD", "APBD", "APBD", "APBD", "APBD", "DAK"]
    ket = ["Baik", "Baik", "Baik", "Baik", "Rusak Ringan", "Rusak Berat", "Baik", "Kurang Baik", "Baik", "Baik"]
    for i, it in enumerate(items):
        reg_counter[it[0]] = reg_counter.get(it[0], 0) + 1
        reg = f"{reg_counter[it[0]]:04d}"
        rows.append([str(i + 1), it[0], it[1], reg, it[2], it[3], it[4], it[5], "-", it[6], it[7],
                     it[8], it[9], asal[i], rp(it[10]), ket[i]])
    total = sum(it[10] for it in items)
    rows.append([dict(t="JUMLAH", span=14, align="c", bold=True), dict(t=rp(total), bold=True), ""])
    widths = [mm(w) for w in (7, 29.5, 20, 9, 20.5, 14, 12, 9.5, 12.5, 34.5, 24.5, 18.5, 20, 13, 25.5, 12)]
    assert sum(widths) <= p.x1 - p.L, (sum(widths), p.x1 - p.L)
    header = [
        [("No.", 1, 2), ("Kode Barang", 1, 2), ("Nama Barang / Jenis Barang", 1, 2), ("No. Reg.", 1, 2),
         ("Merk / Type", 1, 2), ("Ukuran / CC", 1, 2), ("Bahan", 1, 2), ("Thn. Beli", 1, 2),
         ("Nomor", 5, 1), ("Asal Usul", 1, 2), ("Harga (Rp)", 1, 2), ("Ket.", 1, 2)],
        [("Pabrik", 1, 1), ("Rangka", 1, 1), ("Mesin", 1, 1), ("Polisi", 1, 1), ("BPKB", 1, 1)],
        [(str(i + 1), 1, 1) for i in range(16)],
    ]
    p.table(p.L, widths, header, rows, f, fb, style="grid", shade=205,
            aligns=["c", "l", "l", "c", "l", "l", "l", "c", "c", "l", "l", "l", "l", "l", "r", "l"],
            pad=mm(0.6), lead=1.12, lw=3)
    p.gap(mm(2))
    xs = p.x1 - mm(80)
    signature(p, xs, ["Samarinda, 6 April 2026", "Pengurus Barang Pengguna,"],
              "HERLINA TAMBUNAN, S.E.", "", "NIP 19820919 201001 2 014", f, fb, lead=1.2, space=mm(11))
    p.fits()
    p.footer_at(p.H - p.B - mm(4))
    fm = F("sansc_i", 9)
    p.line([(p.L, "Dicetak melalui Aplikasi SIMBADA Kota Samarinda pada 06/04/2026 10:12 WITA", fm),
            (p.x1, "Halaman 1 dari 1", fm, "r")])
    return p


# ---------------------------------------------------------------- 3 Register surat masuk
def reg_surat_masuk():
    p = Page(landscape=True, margins=(15, 10, 15, 8))
    f, fb = F("serifc", 10), F("serifc_b", 10)
    p.line([(p.L, "DINAS KESEHATAN KOTA SAMARINDA", F("serifc_b", 11))], 1.25)
    p.line([(p.L, "SUBBAGIAN UMUM DAN KEPEGAWAIAN", F("serifc", 10))], 1.6)
    p.center("REGISTER SURAT MASUK", F("serifc_b", 12), lead=1.5)
    p.line([(p.L, "Bulan : April 2026", f), (p.x1, "Buku Agenda Nomor 04", f, "r")], 1.5)
    data = [
        ("0412", "01-04-2026", "800/0377/BKPSDM-I/III/2026", "30-03-2026", "BKPSDM Kota Samarinda",
         "Usulan Kenaikan Pangkat Periode Oktober 2026", "Kasubbag Umpeg"),
        ("0413", "01-04-2026", "440/1021/DINKES.PROV-II/III/2026", "27-03-2026", "Dinas Kesehatan Provinsi Kaltim",
         "Undangan Rapat Evaluasi Program Imunisasi Triwulan I", "Kabid P2P"),
        ("0414", "02-04-2026", "005/0158/KEC.SKJ-IV/IV/2026", "01-04-2026", "Kecamatan Sungai Kunjang",
         "Undangan Musrenbang Tingkat Kecamatan", "Sekretaris"),
        ("0415", "02-04-2026", "017/YKI-SMD/IV/2026", "01-04-2026", "Yayasan Kanker Indonesia Cab. Samarinda",
         "Permohonan Narasumber Penyuluhan Deteksi Dini Kanker Serviks", "Kabid Kesmas"),
        ("0416", "03-04-2026", "900/0642/BPKAD-II/IV/2026", "02-04-2026", "BPKAD Kota Samarinda",
         "Penyampaian Jadwal Penyusunan Laporan Realisasi Semester I", "Kasubbag Keuangan"),
        ("0417", "06-04-2026", "445/0233/RSUD-AWS-I/IV/2026", "03-04-2026", "RSUD A. Wahab Sjahranie",
         "Laporan Kasus Demam Berdarah Dengue Minggu ke-13", "Kabid P2P"),
        ("0418", "06-04-2026", "027/0419/BAPPEDA-III/IV/2026", "06-04-2026", "Bappeda Kota Samarinda",
         "Permintaan Data Capaian Indikator Kinerja Utama Tahun 2025", "Kasubbag Program"),
        ("0419", "07-04-2026", "100.3/0871/SETDA-II/IV/2026", "06-04-2026", "Sekretariat Daerah",
         "Pelaksanaan Apel Gabungan Hari Kesadaran Nasional", "Sekretaris"),
        ("0420", "08-04-2026", "440/0095/PKM.SMP-I/IV/2026", "07-04-2026", "UPT Puskesmas Sempaja",
         "Permohonan Tambahan Alokasi Vaksin MR", "Kabid P2P"),
        ("0421", "08-04-2026", "094/0312/INSP-IV/IV/2026", "08-04-2026", "Inspektorat Kota Samarinda",
         "Surat Tugas Reviu RKA Perubahan Tahun Anggaran 2026", "Kasubbag Program"),
        ("0422", "09-04-2026", "B-0211/KPPN.SMD/IV/2026", "08-04-2026", "KPPN Samarinda",
         "Rekonsiliasi Dana Alokasi Khusus Non Fisik Bidang Kesehatan", "Kasubbag Keuangan"),
        ("0423", "13-04-2026", "050/0188/DISKOMINFO-III/IV/2026", "10-04-2026", "Diskominfo Kota Samarinda",
         "Pemutakhiran Data Aplikasi Satu Data Samarinda", "Kasubbag Program"),
    ]
    rows = [list(r) for r in data]
    widths = [mm(w) for w in (16, 22, 61, 22, 49, 67.5, 29)]
    assert sum(widths) <= p.x1 - p.L, (sum(widths), p.x1 - p.L)
    header = [[("No. Agenda", 1, 1), ("Tgl. Terima", 1, 1), ("Nomor Surat", 1, 1), ("Tgl. Surat", 1, 1),
               ("Asal Surat", 1, 1), ("Perihal", 1, 1), ("Diteruskan Kepada", 1, 1)]]
    p.table(p.L, widths, header, rows, f, fb, style="hrules",
            aligns=["c", "c", "l", "c", "l", "l", "l"], pad=mm(1.2), lead=1.2)
    p.anchors["sig"] = (p.L + mm(175), p.y - mm(55), mm(18))
    p.footer_at(p.H - p.B - mm(4))
    p.line([(p.L, "Register Surat Masuk Dinkes 2026", F("serifc", 9)), (p.x1, "Hal. 3", F("serifc", 9), "r")])
    return p


# ---------------------------------------------------------------- 4 Parkir
def parkir():
    p = Page(margins=(22, 16, 18, 12))
    f, fb = F("sans", 9), F("sans_b", 9)
    for t in ["PEMERINTAH KOTA SAMARINDA", "DINAS PERHUBUNGAN", "UPTD PERPARKIRAN"]:
        p.center(t, F("sans_b", 11), lead=1.25)
    p.hline(p.L, p.x1, p.y + mm(1), 4)
    p.gap(mm(4))
    p.center("REKAPITULASI PENERIMAAN RETRIBUSI PARKIR DI TEPI JALAN UMUM", F("sans_b", 10.5), lead=1.3)
    p.center("PER TITIK PARKIR BULAN MARET 2026", F("sans_b", 10.5), lead=1.6)
    xl, xc, xv = p.L, p.L + mm(34), p.L + mm(37)
    p.kv(xl, xc, xv, "Kode Rekening", "4.1.02.02.01.0001", f)
    p.kv(xl, xc, xv, "Uraian", "Retribusi Pelayanan Parkir di Tepi Jalan Umum", f)
    p.kv(xl, xc, xv, "Periode", "01 Maret 2026 s.d. 31 Maret 2026", f)
    p.gap(mm(3))
    titik = [("Jl. Jenderal Sudirman (Mesra Indah)", "Samarinda Kota", 6, 18500000),
             ("Jl. Pahlawan (Pasar Segiri)", "Samarinda Ulu", 8, 24000000),
             ("Jl. Niaga Selatan", "Samarinda Kota", 5, 15750000),
             ("Jl. KH. Agus Salim", "Samarinda Kota", 4, 11200000),
             ("Jl. Pangeran Antasari (Pasar Kedondong)", "Samarinda Ulu", 5, 12600000),
             ("Jl. Juanda (Kawasan Kuliner)", "Samarinda Ulu", 7, 16800000),
             ("Jl. Ahmad Yani (Pasar Segiri Sisi Barat)", "Sungai Pinang", 4, 9450000),
             ("Jl. M. Yamin", "Samarinda Ulu", 3, 7200000),
             ("Jl. Diponegoro (Citra Niaga)", "Samarinda Kota", 6, 19300000),
             ("Jl. Gatot Subroto", "Sungai Pinang", 4, 8650000),
             ("Jl. P. Suryanata (Air Putih)", "Samarinda Ulu", 3, 6300000),
             ("Jl. Bhayangkara", "Samarinda Kota", 2, 5100000),
             ("Jl. Cendana (Pasar Kemuning)", "Sungai Kunjang", 3, 5850000),
             ("Jl. Slamet Riyadi (Tepian Mahakam)", "Sungai Kunjang", 5, 10400000),
             ("Jl. Kadrie Oening", "Samarinda Ulu", 2, 4500000),
             ("Jl. S. Parman (Pasar Pagi)", "Samarinda Kota", 6, 14250000)]
    real = [17892000, 19870500, 16120000, 10950000, 11340000, 17215000, 8762500, 7375000, 18940000,
            8120000, 5986500, 5224000, 4879000, 10688000, 3915000, 13730500]
    rows = []
    for i, (t, kec, j, tg) in enumerate(titik):
        rows.append([str(i + 1), t, kec, str(j), rp(tg), rp(real[i]), pct(real[i], tg)])
    TJ, TT, TR = sum(t[2] for t in titik), sum(t[3] for t in titik), sum(real)
    rows.append([dict(t=""), dict(t="JUMLAH", bold=True), "", dict(t=str(TJ), bold=True),
                 dict(t=rp(TT), bold=True), dict(t=rp(TR), bold=True), dict(t=pct(TR, TT), bold=True)])
    widths = [mm(w) for w in (7, 56, 33.5, 11, 24.5, 24.5, 13.5)]
    assert sum(widths) <= p.x1 - p.L, (sum(widths), p.x1 - p.L)
    header = [[("No", 1, 1), ("Titik Parkir", 1, 1), ("Kecamatan", 1, 1), ("Jml Jukir", 1, 1),
               ("Target (Rp)", 1, 1), ("Realisasi (Rp)", 1, 1), ("%", 1, 1)]]
    p.table(p.L, widths, header, rows, f, fb, style="none",
            aligns=["r", "l", "l", "c", "r", "r", "r"], pad=mm(0.9), lead=1.2)
    p.gap(mm(4))
    p.line([(xl, "Catatan:", fb)], 1.3)
    notes = ["Titik parkir Jl. Pahlawan (Pasar Segiri) ditutup sebagian tanggal 10 s.d. 16 Maret 2026 "
             "karena perbaikan saluran drainase.",
             "Seluruh penerimaan telah disetor ke Kas Daerah melalui Bank Kaltimtara dengan STS Nomor "
             "973/0288/DISHUB-IV/III/2026 tanggal 31 Maret 2026."]
    for n_ in notes:
        p.para(xl + mm(5), p.x1 - xl - mm(5), n_, f, prefix=[(xl, "-", f)])
    p.gap(mm(4))
    xs = p.x1 - mm(75)
    signature(p, xs, ["Samarinda, 2 April 2026", "Kepala UPTD Perparkiran,"],
              "SYAHRUL EFENDI, S.T., M.T.", "Penata Tk. I (III/d)", "NIP 19810127 200801 1 005", f, fb,
              space=mm(18))
    p.footer_at(p.H - p.B - mm(3))
    p.line([(p.L, "dicetak: e-Retribusi Samarinda v2.3 | 02-04-2026 09:41 | hal 1/1", F("mono", 9))])
    return p, dict(TJ=TJ, TT=TT, TR=TR)


# ---------------------------------------------------------------- 5 Notulen
def notulen():
    p = Page(margins=(25, 18, 22, 12))
    f, fb = F("serif", 11.5), F("serif_b", 11.5)
    p.center("NOTULEN RAPAT", F("serif_b", 12), lead=1.2)
    p.center("BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA SAMARINDA", F("serif_b", 10), lead=1.8)
    xl, xc, xv = p.L, p.L + mm(36), p.L + mm(40)
    for a, b in [("Hari/Tanggal", "Selasa, 17 Februari 2026"), ("Waktu", "09.00 - 12.15 WITA"),
                 ("Tempat", "Ruang Rapat Bappeda Lantai 2, Jalan Kesuma Bangsa Samarinda"),
                 ("Acara", "Pembahasan Pergeseran Anggaran Sub Kegiatan Penyediaan Jasa Penunjang Urusan "
                           "Pemerintahan Daerah Tahun Anggaran 2026"),
                 ("Pimpinan Rapat", "Sekretaris Bappeda Kota Samarinda"),
                 ("Peserta", "23 orang (daftar hadir terlampir)")]:
        p.kv(xl, xc, xv, a, b, f)
    p.gap(mm(3))
    w = p.x1 - xl - mm(8)
    xi = xl + mm(8)
    p.line([(xl, "I.", fb), (xi, "PEMBUKAAN", fb)])
    p.para(xi, w, "Rapat dibuka pukul 09.00 WITA oleh Pimpinan Rapat yang menyampaikan bahwa pergeseran "
           "anggaran diperlukan karena kenaikan tarif layanan internet dan kebutuhan tenaga kebersihan "
           "tambahan sejak Januari 2026.", f)
    p.gap(mm(2))
    p.line([(xl, "II.", fb), (xi, "PEMBAHASAN", fb)])
    p.para(xi, w, "Kasubbag Keuangan memaparkan realisasi belanja sampai dengan 13 Februari 2026 sebesar "
           "Rp 412.630.500 atau 9,84% dari pagu Rp 4.193.400.000. Peserta rapat menyepakati bahwa "
           "pergeseran dilakukan antar rincian objek tanpa mengubah pagu sub kegiatan.", f)
    p.gap(mm(2))
    p.line([(xl, "III.", fb), (xi, "KEPUTUSAN / KESEPAKATAN", fb)])
    dec = [
        "Anggaran kode rekening 5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis "
        "Kantor dikurangi Rp 12.500.000 dari Rp 48.750.000 menjadi Rp 36.250.000.",
        "Anggaran kode rekening 5.1.02.02.01.0063 Belanja Kawat/Faksimili/Internet/TV Berlangganan "
        "ditambah Rp 8.000.000 dari Rp 27.600.000 menjadi Rp 35.600.000.",
        "Anggaran kode rekening 5.1.02.02.01.0013 Belanja Jasa Tenaga Kebersihan ditambah Rp 4.500.000 "
        "dari Rp 118.800.000 menjadi Rp 123.300.000.",
        "Subbagian Keuangan menyiapkan nota dinas pergeseran paling lambat 20 Februari 2026 untuk "
        "diteruskan kepada BPKAD dengan tembusan Inspektorat.",
        "Bidang-bidang agar memperbarui Rencana Penarikan Dana pada SIPD paling lambat 27 Februari 2026.",
    ]
    for i, t in enumerate(dec):
        p.para(xi + mm(7), w - mm(7), t, f, prefix=[(xi, f"{i + 1}.", f)])
    p.gap(mm(2))
    p.line([(xl, "IV.", fb), (xi, "PENUTUP", fb)])
    p.para(xi, w, "Rapat ditutup pukul 12.15 WITA. Hasil rapat akan dilaporkan kepada Kepala Bappeda "
           "melalui Nota Dinas Nomor 900/0147/BAPPEDA-I/II/2026.", f)
    p.gap(mm(4))
    xs = p.x1 - mm(72)
    signature(p, xs, ["Samarinda, 17 Februari 2026", "Notulis,"], "RAHMAWATI, S.E.",
              "Penata Muda Tk. I (III/b)", "NIP 19920304 201801 2 003", f, fb, space=mm(18))
    p.footer_at(p.H - p.B - mm(3))
    p.center("- 1 -", F("serif", 10))
    return p


# ---------------------------------------------------------------- 6 Disposisi
def disposisi():
    p = Page(margins=(22, 15, 20, 12))
    kop(p, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
        ["Jalan Dahlia Nomor 12 Telepon (0541) 736615 Samarinda 75117"], "sans_b", "sans")
    f, fb, fi = F("sans", 10.5), F("sans_b", 10.5), F("sans_i", 10.5)
    box = [p.L, p.y]
    p.gap(mm(2))
    p.center("LEMBAR DISPOSISI", F("sans_b", 12), lead=1.3)
    y_t = p.y
    p.hline(p.L, p.x1, y_t, 3)
    mid = (p.L + p.x1) // 2
    pad = mm(2.5)
    # two-column block 1
    top = y_t + mm(2)
    p.y = top
    xl, xc, xv = p.L + pad, p.L + pad + mm(24), p.L + pad + mm(27)
    for a, b in [("Surat dari", "Kecamatan Samarinda Ulu"), ("No. Surat", "600/0274/KEC.SU-III/II/2026"),
                 ("Tgl. Surat", "23 Februari 2026")]:
        p.kv(xl, xc, xv, a, b, f, vwidth=mid - xv - pad)
    yl = p.y
    p.y = top
    xl2, xc2, xv2 = mid + pad, mid + pad + mm(29), mid + pad + mm(32)
    for a, b in [("Diterima Tgl.", "25 Februari 2026"), ("No. Agenda", "0318"), ("Sifat", "Segera")]:
        p.kv(xl2, xc2, xv2, a, b, f, vwidth=p.x1 - xv2 - pad)
    y_b = max(yl, p.y) + mm(1)
    p.d.line([(mid, y_t), (mid, y_b)], fill=0, width=3)
    p.hline(p.L, p.x1, y_b, 3)
    p.y = y_b + mm(2)
    p.kv(xl, xc, xv, "Perihal", "Permohonan Perbaikan Jalan Lingkungan dan Saluran Drainase di RT 12 "
         "Kelurahan Air Hitam Kecamatan Samarinda Ulu", f, vwidth=p.x1 - xv - pad)
    y_t2 = p.y + mm(1)
    p.hline(p.L, p.x1, y_t2, 3)
    top = y_t2 + mm(2)
    p.y = top
    p.line([(xl, "Diteruskan kepada Sdr.:", fb)])
    for i, t in enumerate(["Sekretaris", "Kabid Bina Marga", "Kabid Sumber Daya Air", "Kabid Cipta Karya",
                           "Kepala UPTD Pemeliharaan Jalan dan Jembatan"]):
        p.para(xl + mm(6), mid - xl - mm(6) - pad, t, f, prefix=[(xl, f"{i + 1}.", f)])
    yl = p.y
    p.y = top
    p.line([(xl2, "Dengan hormat harap:", fb)])
    for i, t in enumerate(["Tanggapan dan saran", "Proses lebih lanjut", "Koordinasi/konfirmasi",
                           "Untuk diketahui", "Arsip"]):
        p.line([(xl2, f"{i + 1}.", f), (xl2 + mm(6), t, f)])
    y_b2 = max(yl, p.y) + mm(1)
    p.d.line([(mid, y_t2), (mid, y_b2)], fill=0, width=3)
    p.hline(p.L, p.x1, y_b2, 3)
    p.y = y_b2 + mm(2)
    p.line([(xl, "Catatan / Isi Disposisi:", fb)])
    p.para(xl, p.x1 - xl - pad, "Kabid Bina Marga agar segera survei lokasi bersama UPTD dan menghitung "
           "kebutuhan biaya. Bila memungkinkan diusulkan pada pergeseran DPA 2026 kode rekening "
           "5.1.02.03.02.0111 Belanja Pemeliharaan Jalan dan Jembatan sebesar Rp 275.000.000.", fi)
    p.gap(mm(2))
    p.kv(xl, xc + mm(14), xv + mm(14), "Tgl. Penyelesaian", "13 Maret 2026", f)
    p.gap(mm(2))
    xs = mid + pad
    signature(p, xs, ["Kepala Dinas,"], "Ir. DESY DAMAYANTI, M.T.", "Pembina Utama Muda (IV/c)",
              "NIP 19720108 199803 2 005", f, fb, space=mm(18))
    p.gap(mm(1))
    p.d.rectangle([box[0], box[1], p.x1, p.y], outline=0, width=5)
    p.gap(mm(2))
    p.line([(p.L, "F-SEK-01/Rev.02", F("sans", 9)), (p.x1, "Lembar untuk Arsip Sekretariat",
                                                     F("sans", 9), "r")])
    p.fits()
    return p


# ---------------------------------------------------------------- 7 Bansos
def bansos():
    p = Page(margins=(18, 15, 15, 12))
    f, fb = F("sansc", 9.5), F("sansc_b", 9.5)
    for t in ["DAFTAR PENERIMA BANTUAN SOSIAL TUNAI (BST) DAERAH",
              "KELURAHAN SEMPAJA SELATAN KECAMATAN SAMARINDA UTARA",
              "TAHAP I TAHUN ANGGARAN 2026"]:
        p.center(t, F("sansc_b", 11.5), lead=1.25)
    p.gap(mm(3))
    xl, xc, xv = p.L, p.L + mm(30), p.L + mm(33)
    p.kv(xl, xc, xv, "Dasar", "Keputusan Wali Kota Samarinda Nomor 460/0117/DINSOS-II/I/2026 tentang "
         "Penetapan Penerima Bantuan Sosial Tunai Daerah Tahun 2026", f)
    p.kv(xl, xc, xv, "Kode Rekening", "5.1.06.01.01.0001 Belanja Bantuan Sosial Uang kepada Individu", f)
    p.kv(xl, xc, xv, "Sumber Dana", "APBD Kota Samarinda Tahun Anggaran 2026", f)
    p.gap(mm(3))
    ppl = [
        ("SARIYAH", "6472054107560003", "Jl. Damanhuri II Gg. Mawar RT 021 No. 14", "Lansia", 900000),
        ("MUHAMMAD ARSYAD", "6472051203610001", "Jl. Pemuda IV RT 007", "Lansia", 900000),
        ("NURLAILA BINTI HASAN", "6472056508790002", "Perum Bumi Sempaja Blok CF No. 27 RT 034", "KPM Miskin",
         600000),
        ("YULIANUS PAKIDING", "6472050910840004", "Jl. Wahid Hasyim II Gg. Family RT 015", "Disabilitas",
         900000),
        ("SITI AMINAH", "6472054402880001", "Jl. Siti Aisyah RT 009 No. 3", "KPM Miskin", 600000),
        ("ABDUL GAFUR", "6472050707590002", "Jl. Damanhuri RT 022", "Lansia", 900000),
        ("RINA MARLINA", "6472055011930003", "Jl. Pemuda III Gg. Kenanga RT 011 No. 8", "KPM Miskin", 600000),
        ("HERMANTO", "6472051805760005", "Jl. KH. Wahid Hasyim I RT 017", "KPM Miskin", 600000),
        ("FATIMAH ZAHRA", "6472056112000001", "Perum Griya Mukti Blok B2 No. 5 RT 038", "Disabilitas", 900000),
        ("SAMSUDIN", "6472050302540001", "Jl. Sempaja Lestari RT 029", "Lansia", 900000),
        ("ELISABETH TANDI", "6472054906820002", "Jl. Pemuda IV Gg. Harapan RT 008 No. 21", "KPM Miskin",
         600000),
        ("IRWANSYAH", "6472052211900003", "Jl. Damanhuri II RT 020", "KPM Miskin", 600000),
        ("HJ. MASRIANI", "6472055503490001", "Jl. Siti Aisyah Gg. Amal RT 010", "Lansia", 900000),
        ("DIMAS PRASETYO", "6472051401050002", "Jl. Wahid Hasyim II RT 016 No. 2A", "Disabilitas", 900000),
    ]
    rows = [[str(i + 1), a, b, c, d, rp(e), ""] for i, (a, b, c, d, e) in enumerate(ppl)]
    tot = sum(x[4] for x in ppl)
    rows.append([dict(t="JUMLAH", span=5, align="c", bold=True), dict(t=rp(tot), bold=True), ""])
    widths = [mm(w) for w in (8, 32, 34, 40.5, 19, 22.5, 20)]
    assert sum(widths) <= p.x1 - p.L, (sum(widths), p.x1 - p.L)
    header = [[("No", 1, 1), ("Nama Penerima", 1, 1), ("NIK", 1, 1), ("Alamat", 1, 1), ("Kategori", 1, 1),
               ("Nominal (Rp)", 1, 1), ("Tanda Tangan / Cap Jempol", 1, 1)]]
    p.table(p.L, widths, header, rows, f, fb, style="grid",
            aligns=["c", "l", "l", "l", "l", "r", "l"], pad=mm(1.3), lead=1.2)
    p.gap(mm(3))
    p.line([(xl, f"Jumlah penerima: {len(ppl)} (empat belas) orang dengan total bantuan Rp {rp(tot)}.", f)])
    p.gap(mm(4))
    xs = p.x1 - mm(75)
    signature(p, xs, ["Samarinda, 20 Januari 2026", "Lurah Sempaja Selatan,"], "AHMAD FAUZAN, S.STP., M.Si.",
              "Penata Tk. I (III/d)", "NIP 19890621 201001 1 002", f, fb, space=mm(18))
    p.footer_at(p.H - p.B - mm(3))
    p.line([(p.x1, "Halaman 1 dari 1", F("sansc", 9), "r")])
    return p, dict(n=len(ppl), tot=tot)


BUILDERS = {"spt": spt, "kib_b": kib_b, "reg_surat_masuk": reg_surat_masuk, "parkir": parkir,
            "notulen": notulen, "disposisi": disposisi, "bansos": bansos}
