"""The seven page types.  Each builder returns a layout.Page (grey 300 dpi image + truth)."""
from layout import Page, font, mm, W, H


def rp(n):
    return "{:,}".format(n).replace(",", ".")


_SAT = ["", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh", "Sebelas"]


def terbilang(n):
    if n < 12:
        return _SAT[n]
    if n < 20:
        return terbilang(n - 10) + " Belas"
    if n < 100:
        return (terbilang(n // 10) + " Puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("Seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (terbilang(n // 100) + " Ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("Seribu " + terbilang(n - 1000)).strip()
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " Ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " Juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " Miliar " + terbilang(n % 10 ** 9)).strip()


def footer(p, text, f, y=None):
    assert p.y < H - mm(22), ("page overflow", p.y)
    p.y = y if y is not None else H - mm(16)
    p.text("c", text, f)


# ---------------------------------------------------------------------------
def nota_dinas():
    p = Page(left=mm(25), right=mm(22))
    f, fb = font("serif", 11), font("serif-b", 11)
    p.kop(["PEMERINTAH KOTA SAMARINDA",
           "BADAN KEPEGAWAIAN DAN PENGEMBANGAN",
           "SUMBER DAYA MANUSIA",
           "Jalan Balaikota No. 11 Telp. (0541) 741052 Samarinda 75121"],
          [font("serif-b", 13), font("serif-b", 12), font("serif-b", 12), font("serif", 9)])
    p.text("c", "NOTA DINAS", font("serif-b", 12), underline=True)
    p.gap(30)
    xl, xc, xv = p.left, p.left + mm(28), p.left + mm(32)
    for a, b in [("Kepada", "Yth. Sekretaris Daerah Kota Samarinda"),
                 ("Dari", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
                 ("Tembusan", "Inspektur Kota Samarinda"),
                 ("Tanggal", "14 Oktober 2026"),
                 ("Nomor", "800/1432/BKPSDM-III/X/2026"),
                 ("Sifat", "Segera"),
                 ("Lampiran", "1 (satu) berkas"),
                 ("Hal", "Usulan Pelaksanaan Uji Kompetensi Jabatan Pelaksana Tahun Anggaran 2026")]:
        p.field(a, b, f, xl, xc, xv)
    p.gap(10)
    p.hrule(width=3)
    p.gap(30)
    p.para("Menindaklanjuti Surat Edaran Kepala Badan Kepegawaian Negara Nomor 12 Tahun 2026 dan "
           "hasil rapat koordinasi tanggal 7 Oktober 2026, bersama ini kami sampaikan hal-hal sebagai berikut:", f)
    p.gap(10)
    items = [
        "Uji kompetensi diikuti oleh 214 (dua ratus empat belas) orang pejabat pelaksana dari 31 Perangkat "
        "Daerah, dengan rincian 148 orang jenjang terampil dan 66 orang jenjang mahir.",
        "Pelaksanaan direncanakan pada tanggal 3 s.d. 5 November 2026 bertempat di UPT Pusat Penilaian "
        "Kompetensi, Jalan Kesuma Bangsa No. 2 Samarinda.",
        "Anggaran bersumber dari DPA BKPSDM Tahun 2026 pada kode rekening 5.1.02.01.01.0024 "
        "(Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor) sebesar Rp 18.750.000,- dan "
        "5.1.02.02.01.0026 (Belanja Jasa Tenaga Administrasi) sebesar Rp 42.600.000,-.",
        "Setiap Perangkat Daerah diminta menyampaikan data peserta paling lambat tanggal 21 Oktober 2026 "
        "melalui aplikasi SIMPEG dengan melampirkan SK jabatan terakhir.",
        "Peserta yang berhalangan hadir wajib menyampaikan surat keterangan dari atasan langsung "
        "dan dijadwalkan ulang pada gelombang berikutnya.",
    ]
    ind = mm(8)
    for i, it in enumerate(items, 1):
        p.para(it, f, x0=p.left + ind, first_prefix=(p.left, "%d." % i))
        p.gap(6)
    p.gap(10)
    p.para("Demikian disampaikan, mohon arahan dan persetujuan Bapak. Atas perhatiannya diucapkan terima kasih.", f)
    p.gap(30)
    p.signature(p.left + mm(85), ["Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"],
                "Drs. H. RUSDIANSYAH, M.Si", ["Pembina Utama Muda (IV/c)", "NIP 19780312 200501 1 004"], f, fb)
    footer(p, "Halaman 1 dari 1", font("serif", 9))
    return p


# ---------------------------------------------------------------------------
def surat_tugas():
    p = Page(left=mm(22), right=mm(20))
    f, fb = font("sans", 10), font("sans-b", 10)
    p.kop(["PEMERINTAH KOTA SAMARINDA", "DINAS KESEHATAN",
           "Jl. Milono No. 1 Samarinda, Kalimantan Timur 75121",
           "Telepon (0541) 742133, Pos-el: dinkes@samarindakota.go.id"],
          [font("sans-b", 12), font("sans-b", 14), font("sans", 9), font("sans", 9)])
    p.text("c", "SURAT PERINTAH TUGAS", font("sans-b", 12), underline=True)
    p.text("c", "Nomor: 094/2718/DINKES-P2P/X/2026", f)
    p.gap(30)
    xl, xc, xv = p.left, p.left + mm(22), p.left + mm(26)
    x2 = xv + mm(6)
    p.line([(xl, "Dasar", f), (xc, ":", f), (xv, "1.", f)] +
           [(x2, "Peraturan Wali Kota Samarinda Nomor 37 Tahun 2025 tentang Perjalanan", f)])
    p.text(x2, "Dinas di Lingkungan Pemerintah Kota Samarinda;", f)
    p.para("Dokumen Pelaksanaan Anggaran (DPA) Dinas Kesehatan Tahun Anggaran 2026 "
           "Nomor DPA/A.1/1.02.0.00.0.00.01.0000/001/2026.", f, x0=x2, first_prefix=(xv, "2."))
    p.gap(20)
    p.text("c", "MEMERINTAHKAN:", fb)
    p.gap(14)
    p.line([(xl, "Kepada", f), (xc, ":", f)])
    p.gap(8)
    rows = [["No", "Nama", "NIP", "Pangkat/ Gol.", "Jabatan"],
            ["1", "dr. Fitriani Hasanah, M.Kes", "19780312 200501 1 004", "Pembina (IV/a)",
             "Kepala Bidang Pencegahan dan Pengendalian Penyakit"],
            ["2", "Agus Salim Nurdin, S.KM", "19850907 201001 1 012", "Penata Tk. I (III/d)",
             "Epidemiolog Kesehatan Ahli Muda"],
            ["3", "Ns. Riska Amelia, S.Kep", "19910214 201503 2 006", "Penata (III/c)",
             "Perawat Ahli Pertama"],
            ["4", "Yohanes Parera, A.Md.Kes", "19930521 201902 1 003", "Pengatur Tk. I (II/d)",
             "Sanitarian Terampil"],
            ["5", "Muhammad Rizal", "-", "-", "Pengemudi (Tenaga PPPK Paruh Waktu)"]]
    p.table(p.left, [mm(11), mm(44), mm(45), mm(29), mm(39)], rows, f, style="grid", fh=fb,
            align=["c", "l", "l", "l", "l"], pad=12)
    p.gap(30)
    p.line([(xl, "Untuk", f), (xc, ":", f), (xv, "1.", f),
            (x2, "Melaksanakan monitoring dan evaluasi program imunisasi rutin serta", f)])
    p.text(x2, "penyelidikan epidemiologi kasus campak di Puskesmas Sempaja, Puskesmas", f)
    p.text(x2, "Lempake dan Puskesmas Bengkuring;", f)
    p.para("Tugas dilaksanakan selama 3 (tiga) hari, tanggal 20 s.d. 22 Oktober 2026;", f, x0=x2,
           first_prefix=(xv, "2."))
    p.para("Biaya dibebankan pada DPA Dinas Kesehatan Sub Kegiatan 1.02.02.2.02.0017 kode rekening "
           "5.1.02.04.01.0003 (Belanja Perjalanan Dinas Dalam Kota) sebesar Rp 4.350.000,-.", f, x0=x2,
           first_prefix=(xv, "3."))
    p.gap(20)
    p.para("Demikian Surat Perintah Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", f)
    p.gap(24)
    xs = p.left + mm(92)
    p.line([(xs, "Ditetapkan di", f), (xs + mm(30), ":", f), (xs + mm(33), "Samarinda", f)])
    p.line([(xs, "Pada tanggal", f), (xs + mm(30), ":", f), (xs + mm(33), "16 Oktober 2026", f)])
    p.gap(10)
    p.signature(xs, ["Kepala Dinas Kesehatan", "Kota Samarinda,"], "dr. ISMED KUSASIH, M.Kes",
                ["Pembina Utama Muda (IV/c)", "NIP 19700815 199803 1 007"], f, fb)
    footer(p, "SPT-P2P/2026/0211", font("sans", 9))
    return p


# ---------------------------------------------------------------------------
KUITANSI_ITEMS = [
    ("Kertas HVS A4 70 gram", 40, "Rim", 58500),
    ("Tinta printer Epson 003 hitam", 24, "Botol", 87500),
    ("Map snelhecter plastik folio", 150, "Buah", 4500),
    ("Ordner / box file punggung 7 cm", 36, "Buah", 32000),
    ("Pulpen gel 0,5 mm isi 12", 12, "Kotak", 46000),
    ("Amplop coklat kabinet berlogo", 8, "Pak", 61250),
]


def kuitansi_spj():
    p = Page(left=mm(20), right=mm(20), top=mm(18))
    f, fb = font("serifc", 11), font("serifc-b", 11)
    fs = font("serifc", 10)
    # top-right box
    bx = p.left + mm(104)
    y0 = p.y
    p.gap(14)
    for a, b in [("Tahun Anggaran", "2026"), ("Kode Rekening", "5.1.02.01.01.0024"),
                 ("No. Bukti", "0417/SPJ-GU/DPUPR/IX/2026"), ("Sub Kegiatan", "5.01.01.2.06.0001")]:
        p.line([(bx + mm(4), a, fs), (bx + mm(34), ":", fs), (bx + mm(37), b, fs)])
    p.gap(10)
    p.d.rectangle([bx, y0, p.right, p.y], outline=0, width=3)
    p.gap(40)
    p.text("c", "K U I T A N S I", font("serifc-b", 14))
    p.gap(30)
    sub = sum(v * h for _, v, _, h in KUITANSI_ITEMS)
    ppn = sub * 11 // 100
    total = sub + ppn
    xl, xc, xv = p.left, p.left + mm(40), p.left + mm(44)
    p.field("Sudah terima dari", "Bendahara Pengeluaran Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda",
            f, xl, xc, xv)
    p.gap(6)
    p.field("Uang sebanyak", terbilang(total) + " Rupiah", f, xl, xc, xv, fv=font("serif-i", 11))
    p.gap(6)
    p.field("Untuk pembayaran", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor untuk "
            "kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah bulan September 2026 dengan rincian:",
            f, xl, xc, xv)
    p.gap(24)
    rows = [["No", "Uraian Barang", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    for i, (u, v, s, h) in enumerate(KUITANSI_ITEMS, 1):
        rows.append([str(i), u, str(v), s, rp(h), rp(v * h)])
    rows.append(["", "Jumlah", "", "", "", rp(sub)])
    rows.append(["", "PPN 11%", "", "", "", rp(ppn)])
    rows.append(["", "Total", "", "", "", rp(total)])
    p.table(p.left, [mm(11), mm(62), mm(19), mm(18), mm(30), mm(30)], rows, f, style="hrules", fh=fb,
            align=["c", "l", "r", "l", "r", "r"], pad=13)
    p.gap(30)
    # amount box
    p.line([(p.left, "Terbilang", f), (p.left + mm(24), ":", f),
            (p.left + mm(28), "Rp " + rp(total) + ",-", font("serifc-b", 13))])
    by = p.y
    p.d.rectangle([p.left + mm(26), by - mm(9), p.left + mm(78), by + 4], outline=0, width=3)
    p.gap(30)
    # three signature columns on shared lines
    c1, c2, c3 = p.left, p.left + mm(60), p.left + mm(120)
    p.line([(c3, "Samarinda, 23 September 2026", f)])
    p.line([(c1, "Setuju dibayar,", f), (c2, "Lunas dibayar,", f), (c3, "Yang menerima,", f)])
    p.sig_anchor = (c2, p.y)
    p.line([(c1, "Pengguna Anggaran", f), (c2, "Bendahara Pengeluaran", f), (c3, "CV. Mahakam Sinar Abadi", f)])
    p.gap(p.lh(f) * 4)
    p.line([(c1, "Ir. DESY DAMAYANTI, MT", fb), (c2, "NURHASANAH, SE", fb), (c3, "HENDRA WIJAYA", fb)],
           underline=True)
    p.line([(c1, "NIP 19720509 199903 2 005", fs), (c2, "NIP 19870102 201001 2 019", fs), (c3, "Direktur", fs)])
    p.gap(40)
    p.text(p.left, "Barang telah diterima dalam keadaan baik dan lengkap oleh Pengurus Barang.", font("serif-i", 9))
    footer(p, "Lembar 1: SPJ Bendahara", font("serifc", 9))
    return p, dict(sub=sub, ppn=ppn, total=total)


# ---------------------------------------------------------------------------
HADIR = [
    ("Ir. Hero Mardanus, M.Si", "19680411 199403 1 008", "Bappeda / Kepala", "0811-5503-218"),
    ("Rina Kartikasari, SE, MM", "19790623 200604 2 011", "Bappeda / Kabid PEM", "0812-5587-4410"),
    ("Dedi Setiawan, ST", "19840130 200903 1 004", "Dinas PUPR / Kasubbag PK", "0813-4620-1176"),
    ("Sri Wahyuni, S.Sos", "19820917 200801 2 015", "Dinas Pendidikan / Perencana", "0852-5012-3390"),
    ("Akhmad Fauzi, S.Kom", "19900305 201503 1 002", "Diskominfo / Pranata Komputer", "0821-5599-0071"),
    ("Lusiana Pakpahan, SE", "19861112 201001 2 023", "BPKAD / Analis Anggaran", "0811-553-9024"),
    ("H. Syahrani, S.AP", "19750728 199803 1 006", "Kec. Samarinda Ulu / Sekcam", "0812-5455-7802"),
    ("Nurul Hidayah, S.Farm, Apt", "19880419 201101 2 009", "Dinas Kesehatan / Perencana", "0853-4733-1588"),
    ("Yudha Pratama, ST, MT", "19890802 201402 1 001", "Dinas Perkim / Kasi", "0822-5400-6613"),
    ("Maria Goreti Lamahoda", "19810105 200501 2 017", "Disdukcapil / Kasubbag", "0813-4695-2204"),
    ("Abdul Gafur, S.IP", "19770314 200003 1 010", "Satpol PP / Kasubbag PK", "0812-5309-8847"),
    ("Dian Puspitasari, SE", "19920627 201902 2 004", "Bag. Pengadaan Barang/Jasa", "0852-4711-0396"),
    ("Fajar Ramadhan, S.Kom", "19950210 202012 1 003", "Bag. Pengadaan Barang/Jasa", "0821-5341-7725"),
    ("Siti Aisyah, A.Md", "19930818 201801 2 002", "DLH / Pengadministrasi", "0813-5064-1130"),
    ("Rudi Hartono, SH", "19800923 200604 1 013", "Dishub / Kasubbag PK", "0811-5806-472"),
    ("Wiwik Handayani, S.Pd", "19830401 200902 2 008", "Disporapar / Perencana", "0812-5560-9981"),
    ("Agustinus Lawing, ST", "19870816 201001 1 006", "Dinas PUPR / Teknik Jalan", "0853-5222-0417"),
    ("Herlina, S.Kep, Ns", "19910508 201503 2 012", "RSUD IA Moeis / Perencana", "0822-5187-3346"),
    ("Muhammad Iqbal, SE", "19941120 201903 1 005", "Inspektorat / Auditor", "0812-4904-6678"),
    ("Yuliana Sari, S.Stat", "19960714 202203 2 001", "Bappeda / Statistisi", "0821-5735-2259"),
    ("Bambang Sutrisno, S.T", "19781230 200312 1 004", "Dinas Pemadam Kebakaran", "0813-4790-5513"),
    ("Rahmawati, S.AB", "19890311 201402 2 007", "Kec. Sungai Kunjang / Sekcam", "0852-5091-4482"),
    ("Andi Nurfadillah, SH", "19970925 202012 2 006", "Bagian Hukum / Analis", "0811-5977-0364"),
    ("Gusti Made Arsana, S.Kom", "19850617 201101 1 009", "Diskominfo / Kabid Aptika", "0812-5344-1901"),
    ("Norhayati, SE", "19760203 199903 2 004", "DPMPTSP / Kasubbag PK", "0853-4610-7720"),
    ("Taufik Hidayat, S.Sos", "19880729 201001 1 018", "Dinas Sosial / Perencana", "0822-5500-3168"),
]


def daftar_hadir():
    p = Page(left=mm(12), right=mm(12), top=mm(13))
    f, fb = font("sansc", 9), font("sansc-b", 9)
    fm = font("sansc", 10)
    p.text("c", "DAFTAR HADIR", font("sansc-b", 12))
    p.text("c", "RAPAT KOORDINASI PENYUSUNAN RENCANA UMUM PENGADAAN (RUP) TAHUN ANGGARAN 2027", font("sansc-b", 10))
    p.gap(20)
    xl, xc, xv = p.left, p.left + mm(26), p.left + mm(29)
    for a, b in [("Hari/Tanggal", "Selasa, 27 Oktober 2026"), ("Tempat", "Ruang Rapat Bappeda Lt. 2, Jl. Kesuma Bangsa"),
                 ("Waktu", "09.00 WITA s.d. selesai"), ("Undangan", "005/3381/Bappeda-PEM/X/2026")]:
        p.field(a, b, fm, xl, xc, xv)
    p.gap(20)
    rows = [["No", "Nama", "NIP", "Instansi / Jabatan", "No. HP", "Tanda Tangan", ""]]
    for i, (n, nip, ins, hp) in enumerate(HADIR, 1):
        # classic alternating signature column: odd numbers left, even numbers right
        if i % 2:
            rows.append([str(i), n, nip, ins, hp, "%d." % i, ""])
        else:
            rows.append([str(i), n, nip, ins, hp, "", "%d." % i])
    spans = {(0, 5): (1, 2)}
    xs, ys = p.table(p.left, [mm(8), mm(40), mm(38), mm(46), mm(26), mm(14), mm(14)],
                     rows, f, style="grid", fh=fb, spans=spans, align=["c", "l", "l", "l", "l", "l", "l"], pad=9)
    # the split signature column: draw no vertical rule between its halves (real forms do this)
    x_mid = xs[6]
    for r in range(1, len(rows)):
        p.d.line([(x_mid, ys[r] + 3), (x_mid, ys[r + 1] - 3)], fill=255, width=4)
    p.hadir_geom = (xs, ys)
    p.gap(30)
    p.line([(p.left, "Jumlah peserta hadir: %d orang" % len(HADIR), fm)])
    p.gap(20)
    p.signature(p.left + mm(118), ["Samarinda, 27 Oktober 2026", "Kepala Bidang Perencanaan,",
                                   "Pengendalian dan Evaluasi Pembangunan,"],
                "RINA KARTIKASARI, SE, MM", ["NIP 19790623 200604 2 011"], fm, font("sansc-b", 10), blank=3)
    footer(p, "Halaman 1", font("sansc", 9))
    return p


# ---------------------------------------------------------------------------
RENJA = [
    ["1.03.03", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", "Persentase luas kawasan permukiman yang terbebas dari genangan banjir",
     "%", "62,5", "", "Kota Samarinda"],
    ["1.03.03.2.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
     "Jumlah ruas sungai dan drainase primer yang dinormalisasi", "ruas", "14", "", "Kota Samarinda"],
    ["1.03.03.2.01.0005", "Pembangunan Saluran Drainase Primer/Sekunder dan Bangunan Pelengkapnya",
     "Panjang saluran drainase yang dibangun", "m", "3.850", "18.742.500.000", "Kec. Sungai Pinang, Kec. Samarinda Utara"],
    ["1.03.03.2.01.0012", "Normalisasi/Restorasi Sungai dan Pemeliharaan Tanggul Sungai Karang Mumus",
     "Panjang sungai yang dinormalisasi", "km", "2,75", "9.115.000.000", "Sungai Karang Mumus segmen Gelatik - Lambung Mangkurat"],
    ["1.03.03.2.01.0024", "Operasi dan Pemeliharaan Sistem Drainase Perkotaan termasuk Pompa Pengendali Banjir",
     "Jumlah unit rumah pompa yang berfungsi baik", "unit", "11", "2.486.350.000", "10 kecamatan"],
    ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", "Persentase panjang jalan kota dalam kondisi mantap",
     "%", "87,5", "", "Kota Samarinda"],
    ["1.03.10.2.01.0008", "Rehabilitasi Jalan dan Peningkatan Kapasitas Struktur Jalan Kota (Overlay Hotmix)",
     "Panjang jalan yang direhabilitasi", "km", "18,4", "41.250.000.000", "Jl. DI Panjaitan, Jl. Pangeran Suryanata, Jl. Wahid Hasyim 2"],
    ["1.03.10.2.01.0016", "Pembangunan Trotoar dan Jalur Pejalan Kaki Ramah Disabilitas",
     "Luas trotoar yang dibangun", "m2", "6.420", "7.704.000.000", "Kawasan Citra Niaga dan Jl. Basuki Rahmat"],
]


def renja_indikator():
    p = Page(left=mm(13), right=mm(13), top=mm(14))
    f, fb = font("serifc", 9), font("serifc-b", 9)
    p.line([("r", "Lampiran II", f)])
    p.text("c", "RENCANA KERJA (RENJA) DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", font("serifc-b", 11))
    p.text("c", "KOTA SAMARINDA TAHUN 2027", font("serifc-b", 11))
    p.text("c", "Tabel 4.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2027", font("serif-i", 9))
    p.gap(20)
    rows = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Rencana Tahun 2027", "", "",
             "Lokasi"],
            ["", "", "", "Satuan", "Target", "Pagu Indikatif (Rp)", ""],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    rows += [list(r) for r in RENJA]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 3), (0, 6): (2, 1)}
    p.table(p.left, [mm(31), mm(42), mm(32), mm(14), mm(13), mm(26), mm(26)], rows, f, style="shaded",
            header_rows=3, fh=fb, spans=spans, align=["l", "l", "l", "c", "r", "r", "l"], pad=8, shade=205)
    tot = sum(int(r[5].replace(".", "")) for r in RENJA if r[5])
    p.gap(20)
    p.line([(p.left, "Jumlah pagu indikatif sub kegiatan pada tabel ini: Rp " + rp(tot), fb)])
    p.gap(10)
    p.para("Catatan: target dan pagu bersifat indikatif dan dapat berubah sesuai hasil pembahasan KUA-PPAS "
           "Tahun Anggaran 2027 dan kemampuan keuangan daerah.", font("serif-i", 9))
    p.gap(20)
    p.signature(p.left + mm(118), ["Samarinda, 18 Mei 2027", "Kepala Dinas Pekerjaan Umum",
                                   "dan Penataan Ruang,"], "Ir. DESY DAMAYANTI, MT",
                ["NIP 19720509 199903 2 005"], font("serifc", 10), font("serifc-b", 10), blank=3)
    footer(p, "- 37 -", font("serifc", 10))
    return p, dict(pagu_total=tot)


# ---------------------------------------------------------------------------
def pengumuman_brosur():
    p = Page(left=mm(16), right=mm(16), top=mm(14))
    f, fb = font("sans", 10), font("sans-b", 10)
    fsb, fsbb = font("sansc", 9), font("sansc-b", 10)
    p.kop(["PEMERINTAH KOTA SAMARINDA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
           "Jalan Balaikota No. 11 Samarinda 75121, laman: bkpsdm.samarindakota.go.id"],
          [font("sans-b", 12), font("sans-b", 10), font("sans", 9)])
    top = p.y
    # left (main) column
    L0, L1 = p.left, p.left + mm(112)
    R0, R1 = p.left + mm(120), p.right
    p.text(("c", (L0 + L1) / 2), "PENGUMUMAN", font("sans-b", 14))
    p.text(("c", (L0 + L1) / 2), "Nomor: 810/0921/BKPSDM-II/XI/2026", f)
    p.gap(10)
    p.para("TENTANG SELEKSI PENGADAAN PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA (PPPK) TAHAP II "
           "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026", fb, x0=L0, x1=L1)
    p.gap(20)
    p.para("Berdasarkan Keputusan Menteri PANRB Nomor 348 Tahun 2026 tentang penetapan kebutuhan PPPK, "
           "Pemerintah Kota Samarinda membuka kesempatan bagi tenaga non-ASN yang terdata dalam pangkalan "
           "data BKN untuk mengikuti seleksi PPPK Tahap II sebanyak 312 formasi.", f, x0=L0, x1=L1)
    p.gap(14)
    p.text(L0, "Persyaratan umum pelamar:", fb)
    reqs = ["Warga Negara Indonesia berusia paling rendah 20 tahun pada tanggal 1 Desember 2026;",
            "Terdaftar dalam pangkalan data non-ASN BKN dan aktif bekerja paling singkat 2 (dua) tahun terakhir "
            "secara terus-menerus;",
            "Memiliki kualifikasi pendidikan sesuai formasi yang dilamar;",
            "Tidak pernah dipidana penjara 2 (dua) tahun atau lebih berdasarkan putusan pengadilan;",
            "Tidak berkedudukan sebagai calon PNS, PNS, prajurit TNI, atau anggota Polri;",
            "Melampirkan surat pernyataan 5 (lima) poin yang ditandatangani di atas meterai Rp 10.000,-."]
    for i, r in enumerate(reqs, 1):
        p.para(r, f, x0=L0 + mm(7), x1=L1, first_prefix=(L0, "%d." % i))
    p.gap(14)
    p.para("Pendaftaran dilakukan secara daring melalui laman sscasn.bkn.go.id. Berkas yang dikirim melalui "
           "pos atau diantar langsung tidak akan diproses. Panitia tidak memungut biaya dalam bentuk apa pun; "
           "segala bentuk pungutan agar dilaporkan ke Inspektorat Kota Samarinda.", f, x0=L0, x1=L1)
    p.gap(14)
    p.para("Pengumuman ini dapat berubah sewaktu-waktu; perubahan akan disampaikan melalui laman resmi BKPSDM.",
           font("sans", 9), x0=L0, x1=L1)
    p.gap(30)
    p.signature(L0 + mm(50), ["Samarinda, 2 November 2026", "Kepala BKPSDM Kota Samarinda,"],
                "Drs. H. RUSDIANSYAH, M.Si", ["NIP 19780312 200501 1 004"], f, fb, blank=3)
    left_end = p.y
    # right sidebar
    p.y = top + 30
    sb_top = p.y
    p.y += 30
    pad = mm(4)
    p.text(R0 + pad, "JADWAL PENTING", fsbb)
    p.gap(6)
    for a, b in [("Pengumuman", "2 November 2026"), ("Pendaftaran", "3 - 16 November 2026"),
                 ("Seleksi administrasi", "17 - 23 November 2026"), ("Masa sanggah", "26 - 28 November 2026"),
                 ("Seleksi kompetensi (CAT)", "7 - 12 Desember 2026"), ("Pengumuman akhir", "22 Desember 2026")]:
        p.text(R0 + pad, a, fsbb)
        p.text(R0 + pad, b, fsb)
        p.gap(6)
    p.gap(20)
    p.text(R0 + pad, "RINCIAN FORMASI", fsbb)
    for a, b in [("Guru", "148"), ("Tenaga Kesehatan", "97"), ("Tenaga Teknis", "67"), ("Jumlah", "312")]:
        p.line([(R0 + pad, a, fsbb if a == "Jumlah" else fsb), (("r", R1 - pad), b, fsbb if a == "Jumlah" else fsb)])
    p.gap(20)
    p.text(R0 + pad, "LAYANAN INFORMASI", fsbb)
    for t in ["Senin - Jumat", "08.00 - 15.30 WITA", "Telp. (0541) 733470", "WA 0811-5810-2026",
              "Gedung BKPSDM Lt. 1"]:
        p.text(R0 + pad, t, fsb)
    p.gap(20)
    p.text(R0 + pad, "GRATIS", font("sansc-b", 12))
    p.text(R0 + pad, "Biaya seleksi Rp 0,-", fsb)
    p.gap(30)
    p.d.rectangle([R0, sb_top, R1, p.y], outline=0, width=3)
    # shade after text: redraw with light fill underneath (multiply)
    import numpy as np
    from PIL import Image
    a = np.asarray(p.img).astype(np.float32)
    a[sb_top + 3:p.y - 3, R0 + 3:R1 - 3] *= 228 / 255.0
    p.img.paste(Image.fromarray(a.astype(np.uint8)))
    p.y = max(left_end, p.y)
    footer(p, "Informasi resmi hanya melalui laman dan media sosial BKPSDM Kota Samarinda", font("sans", 9))
    return p


# ---------------------------------------------------------------------------
ASET = [
    ("1.3.2.05.01.04.002", "Lemari Besi/Metal", "0001", "2014", 4850000),
    ("1.3.2.05.01.04.002", "Lemari Besi/Metal", "0002", "2014", 4850000),
    ("1.3.2.05.01.04.004", "Lemari Arsip", "0007", "2016", 3275000),
    ("1.3.2.05.01.05.010", "Filing Cabinet Besi", "0003", "2017", 2980000),
    ("1.3.2.05.02.01.002", "Meja Kerja Pejabat Eselon III", "0012", "2018", 6150000),
    ("1.3.2.05.02.01.005", "Kursi Kerja Pejabat", "0021", "2018", 2475000),
    ("1.3.2.05.02.04.001", "AC Split 1,5 PK", "0004", "2019", 7320000),
    ("1.3.2.05.02.06.002", "Televisi LED 55 inch", "0002", "2020", 9899000),
    ("1.3.2.10.01.02.001", "P.C Unit / Komputer PC", "0015", "2021", 14250000),
    ("1.3.2.10.01.02.002", "Laptop", "0027", "2022", 17800000),
    ("1.3.2.10.01.02.002", "Laptop", "0028", "2022", 17800000),
    ("1.3.2.10.02.03.003", "Printer Laser", "0009", "2022", 5625000),
    ("1.3.2.10.02.03.004", "Scanner Dokumen", "0003", "2023", 11940000),
    ("1.3.2.10.02.05.003", "Proyektor LCD", "0005", "2023", 8715000),
    ("1.3.2.02.01.01.004", "Mini Bus (Minibus)", "0001", "2019", 389500000),
    ("1.3.2.02.01.04.001", "Sepeda Motor", "0011", "2021", 24950000),
]


def lampiran_sk():
    p = Page(left=mm(20), right=mm(18), top=mm(14))
    f, fb = font("serif", 10), font("serif-b", 10)
    fm = font("mono", 9)
    p.text("c", "- 2 -", f)
    p.gap(20)
    x0 = p.left + mm(88)
    p.text(x0, "LAMPIRAN KEPUTUSAN WALI KOTA SAMARINDA", fb)
    for a, b in [("NOMOR", "030/412/HK-KS/XII/2026"), ("TANGGAL", "1 Desember 2026")]:
        p.line([(x0, a, f), (x0 + mm(24), ":", f), (x0 + mm(27), b, f)])
    p.field("TENTANG", "PENETAPAN STATUS PENGGUNAAN BARANG MILIK DAERAH PADA KECAMATAN SAMARINDA SEBERANG",
            f, x0, x0 + mm(24), x0 + mm(27))
    p.gap(40)
    p.text("c", "DAFTAR BARANG MILIK DAERAH YANG DITETAPKAN STATUS PENGGUNAANNYA", fb)
    p.gap(20)
    rows = [["No", "Kode Barang", "Nama Barang", "NUP", "Tahun", "Nilai Perolehan (Rp)"]]
    for i, (k, n, nup, th, v) in enumerate(ASET, 1):
        rows.append([str(i), k, n, nup, th, rp(v)])
    tot = sum(a[4] for a in ASET)
    rows.append(["", "", "JUMLAH", "", "", rp(tot)])
    # no rules at all; codes in a monospaced face
    xs = [mm(9), mm(44), mm(55), mm(13), mm(15), mm(36)]
    p.table(p.left, xs, rows, f, style="none", fh=fb, align=["r", "l", "l", "c", "c", "r"], pad=12,
            colfont=[None, fm, None, fm, None, None])
    p.gap(30)
    p.para("Barang milik daerah sebagaimana tercantum dalam daftar di atas digunakan untuk penyelenggaraan "
           "tugas dan fungsi Kecamatan Samarinda Seberang dan dicatat dalam Kartu Inventaris Barang (KIB) B.", f)
    p.gap(40)
    p.signature(x0, ["WALI KOTA SAMARINDA,"], "ANDI HARUN", [], f, fb)
    p.gap(40)
    p.text(p.left, "Salinan sesuai dengan aslinya", font("serif-i", 9))
    p.text(p.left, "KEPALA BAGIAN HUKUM,", font("serif", 9))
    footer(p, "Halaman 2 dari 4", font("serif", 9))
    return p, dict(nilai_total=tot, n_aset=len(ASET))
