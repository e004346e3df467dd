"""The seven invented documents of the ocr11 set (all names, numbers and officials are fictional)."""
from render import Page, font, simple_cells, tw, W

L, R = 236, 2244  # default margins (2 cm)


def rp(n):
    return "{:,}".format(n).replace(",", ".")


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    if n < 12:
        return _SAT[n]
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


def signature(p, x, lines, f, name, nip, gap=230, fb=None):
    """Signature block at x (left edge). Records the area for stamp/signature overlays."""
    for t in lines:
        p.text(x, t, f)
    top = p.y
    p.gap(gap)
    p.marks["sig"] = (x, top - 2 * p.lh(f), x + 700, p.y)
    p.text(x, name, fb or f)
    if nip:
        p.text(x, nip, f)


# ---------------------------------------------------------------------------------------------
def nota_dinas():
    p = Page(top=200)
    fs, fb = font("serif", 11), font("serif-b", 11)
    p.kop(["PEMERINTAH KOTA SAMARINDA",
           "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
           "Jalan Dahlia Nomor 81 Samarinda 75117 Telepon (0541) 741203",
           "Laman: bkpsdm.samarindakota.go.id Pos-el: bkpsdm@samarindakota.go.id"],
          [font("serif-b", 13), font("serifc-b", 11.5), font("serif", 9.5), font("serif", 9.5)])
    p.text(W // 2, "NOTA DINAS", font("serif-b", 13), "c", k=1.6)
    x1, x2 = L + 20, L + 470
    for a, b in [("Kepada Yth.", "Sekretaris Daerah Kota Samarinda"),
                 ("Dari", "Kepala Badan Kepegawaian dan Pengembangan SDM"),
                 ("Tembusan", "Asisten Administrasi Umum"),
                 ("Tanggal", "12 Oktober 2026"),
                 ("Nomor", "800/1432/BKPSDM-III/X/2026"),
                 ("Sifat", "Segera"),
                 ("Lampiran", "1 (satu) berkas"),
                 ("Hal", "Usulan Penyesuaian Jadwal Uji Kompetensi Jabatan Fungsional")]:
        p.row([(x1, a, fs), (x2, ":", fs), (x2 + 40, b, fs)], k=1.45)
    p.gap(10)
    p.hline(L, R, width=4)
    p.gap(40)
    body = [
        "Menindaklanjuti surat Kepala Badan Kepegawaian Negara Kantor Regional VIII Nomor "
        "2210/KR.VIII/X/2026 tanggal 2 Oktober 2026 perihal Pelaksanaan Uji Kompetensi Kenaikan Jenjang "
        "Jabatan Fungsional Tahap II, dengan hormat kami sampaikan hal-hal sebagai berikut:",
    ]
    for t in body:
        p.para(L + 20, R - L - 20, t, fs, k=1.5, indent=0)
    p.gap(14)
    items = [
        "Jumlah peserta yang telah diverifikasi sebanyak 147 orang dari 23 Perangkat Daerah, terdiri "
        "atas 61 orang jenjang Ahli Pertama, 58 orang jenjang Ahli Muda dan 28 orang jenjang Terampil.",
        "Pelaksanaan semula dijadwalkan pada tanggal 19 s.d. 21 Oktober 2026 bertepatan dengan kegiatan "
        "Rapat Kerja Daerah sehingga ruang CAT BKPSDM tidak dapat digunakan.",
        "Diusulkan jadwal pengganti pada tanggal 26 s.d. 28 Oktober 2026 dengan 3 (tiga) sesi per hari, "
        "masing-masing sesi paling banyak 18 peserta.",
        "Kebutuhan anggaran konsumsi dan honorarium penguji sebesar Rp 38.715.000 dibebankan pada DPA "
        "BKPSDM Tahun Anggaran 2026 kode rekening 5.1.02.01.01.0024 dan 5.1.02.02.01.0003.",
        "Daftar nama peserta dan pembagian sesi sebagaimana tercantum dalam lampiran Nota Dinas ini.",
        "Mohon arahan Bapak untuk penetapan jadwal pengganti paling lambat tanggal 16 Oktober 2026.",
    ]
    for i, t in enumerate(items, 1):
        p.para(L + 20, R - L - 20, t, fs, k=1.5, indent=80, first_prefix=("%d." % i, L + 20))
        p.gap(6)
    p.gap(14)
    p.para(L + 20, R - L - 20, "Demikian disampaikan, atas perhatian dan arahan Bapak diucapkan terima kasih.",
           fs, k=1.5)
    p.gap(60)
    signature(p, 1380, ["Kepala Badan,"], fs, "Drs. H. ARIFIN SYAHRANI, M.Si",
              "NIP 19780312 200501 1 004", fb=fb)
    p.y = 3330
    p.hline(L, R, width=2)
    p.gap(14)
    p.row([(L, "Nota Dinas BKPSDM 800/1432", font("serif-i", 8.5)),
           (R, "Halaman 1 dari 1", font("serif-i", 8.5), "r")])
    return p


# ---------------------------------------------------------------------------------------------
def surat_tugas():
    p = Page(top=190)
    f, fb = font("sans", 10), font("sans-b", 10)
    p.kop(["PEMERINTAH KOTA SAMARINDA",
           "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
           "Jl. Tepian Mahakam No. 17 Samarinda, Kalimantan Timur 75112",
           "Telp. (0541) 736215, Faks. (0541) 736216"],
          [font("sans-b", 13), font("sans-b", 12), font("sans", 9), font("sans", 9)])
    p.text(W // 2, "SURAT PERINTAH TUGAS", font("sans-b", 12), "c", k=1.3)
    p.d.line([(W // 2 - 330, p.y - 8), (W // 2 + 330, p.y - 8)], fill=0, width=3)
    p.text(W // 2, "Nomor: 094/2187/DPUPR-SDA/X/2026", f, "c", k=1.9)
    x1, x2, x3 = L, L + 260, L + 310
    p.row([(x1, "Dasar", f), (x2, ":", f), (x3, "1.", f), (x3 + 75, "Peraturan Wali Kota Samarinda Nomor 48 Tahun 2025", f)], k=1.4)
    p.row([(x3 + 75, "tentang Perjalanan Dinas di Lingkungan Pemerintah Kota Samarinda;", f)], k=1.4)
    p.row([(x3, "2.", f), (x3 + 75, "DPA Dinas PUPR Kota Samarinda Tahun Anggaran 2026;", f)], k=1.4)
    p.row([(x3, "3.", f), (x3 + 75, "Laporan Lurah Sempaja Utara Nomor 600/412/SU/X/2026 tanggal", f)], k=1.4)
    p.row([(x3 + 75, "5 Oktober 2026 tentang kerusakan tanggul drainase primer.", f)], k=1.4)
    p.gap(20)
    p.text(W // 2, "MEMERINTAHKAN:", fb, "c", k=1.8)
    p.row([(x1, "Kepada", f), (x2, ":", f)], k=1.5)
    rows = [["No", "Nama", "NIP", "Pangkat/ Gol.", "Jabatan"],
            ["1", "Ir. Rahmat Hidayat, M.T.", "19780312 200501 1 004", "Pembina Tk. I (IV/b)",
             "Kepala Bidang Sumber Daya Air"],
            ["2", "Yuliana Pasorong, S.T.", "19850921 201001 2 017", "Penata Tk. I (III/d)",
             "Penata Kelola Sumber Daya Air Ahli Muda"],
            ["3", "Muhammad Fadli Noor, S.T.", "19900617 201503 1 002", "Penata (III/c)",
             "Teknik Pengairan Ahli Pertama"],
            ["4", "Dewi Kartika Sari, A.Md.T.", "19930404 201902 2 009", "Pengatur Tk. I (II/d)",
             "Teknisi Pengairan Terampil"],
            ["5", "Agus Salim", "19750830 200701 1 011", "Pengatur (II/c)", "Pengemudi"],
            ["6", "Nur Aini Rahmawati, S.E.", "19880110 201402 2 003", "Penata Muda Tk. I (III/b)",
             "Pengelola Keuangan"]]
    p.table(L, [110, 510, 560, 390, 438], simple_cells(rows), len(rows), f, style="grid", fh=fb,
            aligns=["c", "l", "l", "l", "l"])
    p.gap(40)
    p.row([(x1, "Untuk", f), (x2, ":", f), (x3, "1.", f),
           (x3 + 75, "Melaksanakan peninjauan lapangan dan pengukuran kerusakan tanggul", f)], k=1.4)
    p.row([(x3 + 75, "drainase primer Sungai Karang Mumus segmen Sempaja Utara pada tanggal", f)], k=1.4)
    p.row([(x3 + 75, "20 s.d. 22 Oktober 2026;", f)], k=1.4)
    p.row([(x3, "2.", f), (x3 + 75, "Biaya perjalanan dinas dibebankan pada DPA Dinas PUPR Tahun 2026", f)], k=1.4)
    p.row([(x3 + 75, "kode rekening 5.1.02.04.01.0001 Belanja Perjalanan Dinas Biasa;", f)], k=1.4)
    p.row([(x3, "3.", f), (x3 + 75, "Melaporkan hasil pelaksanaan tugas paling lambat 3 (tiga) hari kerja", f)], k=1.4)
    p.row([(x3 + 75, "setelah tugas selesai.", f)], k=1.4)
    p.gap(30)
    p.row([(x1, "Demikian surat perintah tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", f)])
    p.gap(50)
    xs = 1330
    p.row([(xs, "Ditetapkan di", f), (xs + 340, ": Samarinda", f)], k=1.35)
    p.row([(xs, "Pada tanggal", f), (xs + 340, ": 14 Oktober 2026", f)], k=1.6)
    signature(p, xs, ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"], f,
              "Ir. H. SUPARMIN NOOR, M.T.", "NIP 19690505 199403 1 008", fb=fb)
    p.y = 3330
    p.row([(L, "SPT-DPUPR/2026/X/0217", font("sans", 8)),
           (R, "Hal. 1/1", font("sans", 8), "r")])
    return p


# ---------------------------------------------------------------------------------------------
KUIT = dict(dpp=24_600_000)
KUIT["ppn"] = KUIT["dpp"] * 11 // 100
KUIT["bruto"] = KUIT["dpp"] + KUIT["ppn"]
KUIT["pph22"] = KUIT["dpp"] * 15 // 1000
KUIT["netto"] = KUIT["bruto"] - KUIT["ppn"] - KUIT["pph22"]


def kuitansi():
    p = Page(top=240)
    f, fb = font("serifc", 12), font("serifc-b", 12)
    fm = font("mono", 11)
    p.d.rectangle([L - 30, 200, R + 30, 2460], outline=0, width=5)
    p.d.rectangle([L - 18, 212, R + 18, 2448], outline=0, width=2)
    p.row([(L, "PEMERINTAH KOTA SAMARINDA", fb), (R, "No. Bukti : 0417/SPJ-LS/DISKOMINFO/X/2026", f, "r")], k=1.3)
    p.row([(L, "DINAS KOMUNIKASI DAN INFORMATIKA", fb), (R, "Tahun Anggaran : 2026", f, "r")], k=1.3)
    p.row([(R, "Kode Rekening : 5.1.02.01.01.0024", f, "r")], k=1.3)
    p.gap(60)
    p.text(W // 2, "K U I T A N S I", font("serifc-b", 18), "c", k=1.6)
    p.gap(40)
    x1, x2, x3 = L + 20, L + 520, L + 560
    wv = R - x3
    def field(lbl, val, fv=f):
        ls = __import__("render").wrap(val, fv, wv)
        for i, ln in enumerate(ls):
            if i == 0:
                p.row([(x1, lbl, f), (x2, ":", f), (x3, ln, fv)], k=1.45)
            else:
                p.row([(x3, ln, fv)], k=1.45)
        p.gap(20)
    field("Sudah terima dari", "Bendahara Pengeluaran Dinas Komunikasi dan Informatika Kota Samarinda")
    tb = terbilang(KUIT["bruto"])
    tb = tb[0].upper() + tb[1:] + " rupiah"
    field("Uang sebanyak", tb, font("serifc-i" if False else "serif-i", 11))
    field("Untuk pembayaran", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak berupa pencetakan "
          "buku saku Layanan Samarinda Digital sebanyak 1.200 eksemplar sesuai Surat Pesanan Nomor "
          "027/588/SP-DISKOMINFO/IX/2026 tanggal 21 September 2026")
    p.gap(20)
    # amount box
    y0 = p.y
    p.d.rectangle([x1, y0, x1 + 900, y0 + 120], outline=0, width=4)
    p.d.polygon([(x1, y0), (x1 + 900, y0), (x1 + 900, y0 + 120), (x1, y0 + 120)], fill=225, outline=0)
    p.row([(x1 + 30, "Terbilang Rp " + rp(KUIT["bruto"]) + ",00", font("serifc-b", 16))], y=y0 + 30, advance=False)
    p.y = y0 + 190
    xr = 1500
    fr = font("serifc", 11)
    for lbl, v in [("Nilai DPP", KUIT["dpp"]), ("PPN 11%", KUIT["ppn"]), ("Jumlah kotor", KUIT["bruto"]),
                   ("Dikurangi PPN 11%", KUIT["ppn"]), ("Dikurangi PPh Pasal 22 (1,5% x DPP)", KUIT["pph22"]),
                   ("Jumlah bersih diterima", KUIT["netto"])]:
        p.row([(x1, lbl, fr), (xr, "Rp", fr), (xr + 560, rp(v), fm, "r")], k=1.42)
    p.gap(60)
    fs = font("serifc", 10)
    cols = [L + 20, 1040, 1660]
    p.row([(cols[0], "Mengetahui/Menyetujui,", fs), (cols[1], "Lunas dibayar,", fs),
           (cols[2], "Samarinda, 16 Oktober 2026", fs)], k=1.35)
    p.row([(cols[0], "Pengguna Anggaran", fs), (cols[1], "Bendahara Pengeluaran", fs),
           (cols[2], "Yang menerima,", fs)], k=1.35)
    p.row([(cols[2], "CV Cahaya Mahakam Grafika", fs)], k=1.35)
    top = p.y
    p.gap(230)
    p.marks["sig"] = (cols[1], top - 120, cols[1] + 600, p.y)
    p.d.rectangle([cols[2] + 20, top + 20, cols[2] + 260, top + 190], outline=110, width=3)
    p.row([(cols[0], "SRI WAHYUNI, S.Kom., M.M.", fb if False else font("serifc-b", 10)),
           (cols[1], "RATNA DEWI, S.E.", font("serifc-b", 10)),
           (cols[2], "Bambang Sugiarto", font("serifc-b", 10))], k=1.35)
    p.row([(cols[0], "NIP 19740815 199903 2 006", fs), (cols[1], "NIP 19860227 201001 2 014", fs),
           (cols[2], "Direktur", fs)], k=1.35)
    p.y = 2520
    p.row([(L - 30, "Lembar 1: untuk Bendahara Pengeluaran (asli) - dokumen SPJ", font("serif-i", 9))])
    p.y = 3350
    p.row([(R, "SPJ LS 0417 / halaman 1", font("serif-i", 8.5), "r")])
    return p


# ---------------------------------------------------------------------------------------------
HADIR = [
    ("Dr. Ir. Hendra Wijaya, M.Si", "19720119 199803 1 005", "Bappeda", "0811 5403 221"),
    ("Siti Marlina, S.E., M.M.", "19800702 200604 2 011", "Bappeda", "0852 5012 7781"),
    ("Andi Baso Tanra, S.T.", "19870305 201101 1 006", "Dinas PUPR", "0813 4621 0934"),
    ("Ratih Purnamasari, S.Psi.", "19910214 201503 2 004", "BKPSDM", "0812 5500 1928"),
    ("Rudi Hartono", "", "Dishub", "0821 5317 4402"),
    ("Fitriani, S.Kep., Ns.", "19890921 201402 2 007", "Dinas Kesehatan", "0853 4693 1170"),
    ("Ahmad Zulkarnain, S.Pd.", "19830506 200902 1 003", "Disdikbud", "0813 5090 2236"),
    ("Maria Goreti Lawalu, S.H.", "19850811 201001 2 019", "Bagian Hukum", "0811 5877 6021"),
    ("Yusuf Effendi, S.Kom.", "19920330 201903 1 012", "Diskominfo", "0822 5191 0087"),
    ("Nurhayati", "", "Kec. Sungai Kunjang", "0852 5044 3319"),
    ("Hj. Norbaiti, S.Sos.", "19750604 199803 2 008", "Kec. Samarinda Ulu", "0812 5328 7765"),
    ("Ikhsan Maulana, S.E.", "19900128 201503 1 004", "BPKAD", "0813 4755 0291"),
    ("Dwi Lestari Handayani, S.T.", "19880717 201101 2 015", "Perkim", "0821 5488 1320"),
    ("Syahrani Rahman", "", "Satpol PP", "0853 4617 9901"),
    ("Kurniawan Saputra, S.IP.", "19860909 201001 1 021", "Dinas Sosial", "0812 5471 0062"),
    ("Lina Marlina, A.Md.", "19940312 202012 2 006", "Disnaker", "0822 5403 6618"),
    ("Bayu Aji Pamungkas, S.T., M.T.", "19840122 200903 1 010", "DLH", "0811 5560 2409"),
    ("Rosmawati, S.Pt.", "19790430 200501 2 013", "Dinas Pertanian", "0852 5099 4137"),
    ("Gusti Ayu Ratnasari, S.Ak.", "19930815 201902 2 011", "Inspektorat", "0813 5033 8840"),
    ("Hendrik Tandi Padang", "19810219 200801 1 007", "Disdukcapil", "0821 5322 0416"),
    ("Wahyu Nugroho, S.H.", "19950607 202203 1 002", "Bagian Organisasi", "0812 5566 7103"),
    ("Nur Fadilah, S.E.", "", "Bappeda", "0853 4522 6098"),
    ("M. Irfan Syarifuddin", "19770911 200312 1 004", "Dispora", "0813 4612 1188"),
    ("Evi Susanti, S.Si.", "19890102 201403 2 009", "Dinas Perikanan", "0822 5370 2254"),
    ("Fransiskus Laga, S.Sos.", "19820425 200801 1 016", "Kesbangpol", "0811 5912 4476"),
    ("Herlina Oktaviani", "19960925 202203 2 010", "DPMPTSP", "0852 5115 6390"),
    ("Taufik Hidayat, S.T.", "19870808 201101 1 013", "Dinas PUPR", "0813 5026 9981"),
    ("Indah Permata Sari, S.Kom.", "19970718 202203 2 004", "Diskominfo", "0821 5484 0517"),
]


def daftar_hadir():
    p = Page(top=210)
    f, fb = font("sansc", 9), font("sansc-b", 9)
    p.text(W // 2, "DAFTAR HADIR", font("sansc-b", 13), "c", k=1.4)
    p.text(W // 2, "RAPAT KOORDINASI PENYUSUNAN RENCANA KERJA PERANGKAT DAERAH TAHUN 2027", font("sansc-b", 10.5), "c", k=1.9)
    f2 = font("sansc", 10)
    for a, b in [("Hari/Tanggal", "Selasa, 13 Oktober 2026"), ("Waktu", "09.00 WITA s.d. selesai"),
                 ("Tempat", "Ruang Rapat Bappeda Lantai 2, Jl. Kesuma Bangsa No. 1"),
                 ("Pimpinan Rapat", "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi")]:
        p.row([(L, a, f2), (L + 340, ":", f2), (L + 380, b, f2)], k=1.4)
    p.gap(30)
    rows = [["No", "Nama", "NIP", "Instansi/Unit Kerja", "No. HP", "Tanda Tangan"]]
    for i, (n, nip, u, hp) in enumerate(HADIR, 1):
        rows.append([str(i), n, nip, u, hp, ""])
    p.table(L, [80, 500, 470, 390, 320, 248], simple_cells(rows), len(rows), f, style="hrules", fh=fb,
            aligns=["r", "l", "l", "l", "l", "l"], pad=12, k=1.15)
    # staggered signature numbers are NOT printed; signature column left empty
    p.gap(40)
    p.row([(L, "Jumlah peserta hadir: %d orang (ASN %d orang, non-ASN %d orang)" % (
        len(HADIR), sum(1 for h in HADIR if h[1]), sum(1 for h in HADIR if not h[1])), f2)], k=1.6)
    p.gap(30)
    signature(p, 1500, ["Samarinda, 13 Oktober 2026", "Notulis,"], f2, "Siti Marlina, S.E., M.M.",
              "NIP 19800702 200604 2 011", gap=200, fb=font("sansc-b", 10))
    p.y = 3360
    p.row([(W // 2, "- 1 -", font("sansc", 9), "c")])
    return p


# ---------------------------------------------------------------------------------------------
RENJA = [
    # (kode, nama, indikator, t27, pagu27, t28, pagu28)
    ("1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "", "", None, "", None),
    ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
     "Persentase fasilitas pelayanan kesehatan yang terakreditasi paripurna", "87,5%", None, "90,0%", None),
    ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
     "Jumlah fasilitas pelayanan kesehatan yang dibangun atau direhabilitasi", "6 unit", None, "5 unit", None),
    ("1.02.02.2.01.0003", "Pembangunan Puskesmas",
     "Jumlah Puskesmas yang dibangun sesuai standar", "1 unit", 8_750_000_000, "1 unit", 9_100_000_000),
    ("1.02.02.2.01.0016", "Rehabilitasi dan Pemeliharaan Puskesmas",
     "Jumlah Puskesmas yang direhabilitasi dan dipelihara", "5 unit", 2_415_600_000, "4 unit", 1_980_000_000),
    ("1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
     "Persentase penduduk yang mendapatkan pelayanan kesehatan sesuai standar", "95,0%", None, "96,5%", None),
    ("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
     "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", "17.840 orang", 1_126_450_000,
     "18.120 orang", 1_180_000_000),
    ("1.02.02.2.02.0003", "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
     "Jumlah bayi baru lahir yang mendapatkan pelayanan kesehatan sesuai standar", "16.975 bayi", 642_300_000,
     "17.210 bayi", 675_000_000),
    ("1.02.02.2.02.0011", "Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)",
     "Jumlah orang yang mendapatkan pelayanan kesehatan jiwa sesuai standar", "1.420 orang", 318_750_000,
     "1.500 orang", 335_000_000),
    ("1.02.02.2.02.0020", "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
     "Jumlah penderita hipertensi usia 15 tahun ke atas yang mendapatkan pelayanan sesuai standar",
     "92.500 orang", 1_204_900_000, "95.000 orang", 1_250_000_000),
]
RENJA_TOT27 = sum(r[4] for r in RENJA if r[4])
RENJA_TOT28 = sum(r[6] for r in RENJA if r[6])


def renja():
    p = Page(top=160)
    f, fb = font("sansc", 9), font("sansc-b", 9)
    p.row([(1500, "Lampiran II", font("sans", 9))], k=1.3)
    p.row([(1500, "Rancangan Renja Dinas Kesehatan", font("sans", 9))], k=1.3)
    p.row([(1500, "Kota Samarinda Tahun 2027", font("sans", 9))], k=1.9)
    p.text(W // 2, "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2027", font("sans-b", 11), "c", k=1.35)
    p.text(W // 2, "DAN PRAKIRAAN MAJU TAHUN 2028", font("sans-b", 11), "c", k=1.35)
    p.text(W // 2, "DINAS KESEHATAN KOTA SAMARINDA", font("sans-b", 11), "c", k=2.0)
    colw = [340, 440, 420, 160, 300, 160, 300]
    x0 = (W - sum(colw)) // 2
    cells = [(0, 0, 2, 1, "Kode"), (0, 1, 2, 1, "Urusan/Bidang Urusan/Program/ Kegiatan/Sub Kegiatan"),
             (0, 2, 2, 1, "Indikator Kinerja"), (0, 3, 1, 2, "Rencana Tahun 2027"),
             (0, 5, 1, 2, "Prakiraan Maju Tahun 2028"),
             (1, 3, 1, 1, "Target"), (1, 4, 1, 1, "Pagu Indikatif (Rp)"),
             (1, 5, 1, 1, "Target"), (1, 6, 1, 1, "Pagu Indikatif (Rp)")]
    r = 2
    for (kd, nm, ind, t1, p1, t2, p2) in RENJA:
        vals = [kd, nm, ind, t1, rp(p1) if p1 else "", t2, rp(p2) if p2 else ""]
        for c, v in enumerate(vals):
            if v:
                cells.append((r, c, 1, 1, v))
        r += 1
    cells.append((r, 0, 1, 3, "JUMLAH"))
    cells.append((r, 4, 1, 1, rp(RENJA_TOT27)))
    cells.append((r, 6, 1, 1, rp(RENJA_TOT28)))
    r += 1
    p.table(x0, colw, cells, r, f, style="grid", fh=fb, shade=205, header_rows=2, pad=8, k=1.13,
            aligns=["l", "l", "l", "c", "r", "c", "r"])
    p.gap(30)
    fn = font("sans", 8.5)
    p.row([(x0, "Keterangan: pagu indikatif Tahun 2027 mengacu pada Surat Edaran Wali Kota tentang pagu", fn)], k=1.3)
    p.row([(x0, "indikatif Perangkat Daerah; prakiraan maju bersifat indikatif.", fn)], k=1.3)
    p.gap(30)
    signature(p, 1420, ["Samarinda, 30 September 2026", "Kepala Dinas Kesehatan,"], font("sans", 9.5),
              "dr. NURLIANA DEWI, M.Kes.", "NIP 19760923 200312 2 005", gap=150, fb=font("sans-b", 9.5))
    p.y = 3390
    p.row([(x0, "Renja Dinkes 2027 - Lampiran II", font("sans", 8)),
           (x0 + sum(colw), "Halaman 3", font("sans", 8), "r")])
    return p


# ---------------------------------------------------------------------------------------------
def pengumuman():
    p = Page(top=170)
    d = p.d
    d.rectangle([170, 150, 2310, 560], fill=60)
    fw = font("sansc-b", 12)
    p.y = 190
    p.row([(W // 2, "PEMERINTAH KOTA SAMARINDA - BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM", font("sansc-b", 11), "c")], k=1.5, fill=255)
    p.row([(W // 2, "PENGUMUMAN", font("sans-b", 22), "c")], k=1.3, fill=255)
    p.row([(W // 2, "Nomor: 810/2291/BKPSDM-II/X/2026", font("sans", 11), "c")], k=1.4, fill=255)
    p.row([(W // 2, "SELEKSI TERBUKA PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA TAHUN 2026", fw, "c")], k=1.3, fill=255)
    # sidebar (left, shaded) then main column (right)
    sx0, sx1 = 170, 800
    mx0, mx1 = 880, 2310
    d.rectangle([sx0, 620, sx1, 3180], fill=228)
    p.y = 660
    fsb, fs = font("sansc-b", 11), font("sansc", 10)
    p.text(sx0 + 35, "JADWAL PENTING", font("sansc-b", 12), k=1.7)
    for a, b in [("Pendaftaran daring", "14 - 27 Oktober 2026"), ("Seleksi administrasi", "28 - 30 Oktober 2026"),
                 ("Pengumuman hasil administrasi", "2 November 2026"), ("Asesmen kompetensi", "9 - 11 November 2026"),
                 ("Penulisan makalah dan presentasi", "16 November 2026"),
                 ("Wawancara akhir", "23 - 24 November 2026"), ("Pengumuman akhir", "1 Desember 2026")]:
        p.para(sx0 + 35, sx1 - sx0 - 70, a, fsb, k=1.3)
        p.para(sx0 + 35, sx1 - sx0 - 70, b, fs, k=1.55)
    p.gap(30)
    p.text(sx0 + 35, "JABATAN LOWONG", font("sansc-b", 12), k=1.6)
    for t in ["1. Kepala Dinas Perumahan dan Kawasan Permukiman",
              "2. Kepala Dinas Pemuda dan Olahraga",
              "3. Staf Ahli Wali Kota Bidang Ekonomi dan Keuangan"]:
        p.para(sx0 + 35, sx1 - sx0 - 70, t, fs, k=1.35)
        p.gap(8)
    p.gap(30)
    p.text(sx0 + 35, "LAYANAN INFORMASI", font("sansc-b", 12), k=1.6)
    for t in ["Sekretariat Panitia Seleksi", "Gedung BKPSDM Lt. 1", "Telp. (0541) 741203 ext. 112",
              "WA 0811 5566 2026", "jpt@samarindakota.go.id", "Senin - Jumat 08.00 - 15.30 WITA"]:
        p.para(sx0 + 35, sx1 - sx0 - 70, t, fs, k=1.4)
    # main column
    p.y = 660
    fm, fmb = font("sans", 10), font("sans-b", 10.5)
    p.para(mx0, mx1 - mx0, "Dalam rangka pengisian Jabatan Pimpinan Tinggi Pratama yang lowong di lingkungan "
           "Pemerintah Kota Samarinda, Panitia Seleksi mengundang Pegawai Negeri Sipil yang memenuhi "
           "persyaratan untuk mengikuti seleksi terbuka dengan ketentuan sebagai berikut:", fm, k=1.45)
    p.gap(25)
    p.text(mx0, "A. PERSYARATAN UMUM", fmb, k=1.6)
    for i, t in enumerate([
        "Berstatus Pegawai Negeri Sipil dengan pangkat paling rendah Pembina Tingkat I, golongan ruang IV/b;",
        "Berijazah paling rendah sarjana (S-1) atau diploma empat (D-IV);",
        "Sedang atau pernah menduduki Jabatan Administrator paling singkat 2 (dua) tahun;",
        "Usia paling tinggi 56 tahun pada tanggal 1 Desember 2026;",
        "Nilai kinerja pegawai 2 (dua) tahun terakhir paling rendah berpredikat Baik;",
        "Tidak pernah dijatuhi hukuman disiplin tingkat sedang atau berat;",
        "Sehat jasmani dan rohani serta bebas narkotika, psikotropika dan zat adiktif lainnya."], 1):
        p.para(mx0, mx1 - mx0, t, fm, k=1.42, indent=70, first_prefix=("%d." % i, mx0))
        p.gap(4)
    p.gap(25)
    p.text(mx0, "B. DOKUMEN YANG DIUNGGAH", fmb, k=1.6)
    for t in ["Surat lamaran ditujukan kepada Ketua Panitia Seleksi bermeterai Rp 10.000;",
              "SK pangkat terakhir dan SK jabatan terakhir;",
              "Surat pernyataan bersedia tidak mengundurkan diri apabila lulus seleksi;",
              "Laporan Harta Kekayaan Penyelenggara Negara (LHKPN) tahun 2025;",
              "Makalah visi dan misi jabatan yang dilamar paling banyak 10 halaman."]:
        p.para(mx0, mx1 - mx0, t, fm, k=1.42, indent=70, first_prefix=("-", mx0 + 15))
        p.gap(4)
    p.gap(25)
    p.text(mx0, "C. KETENTUAN LAIN", fmb, k=1.6)
    p.para(mx0, mx1 - mx0, "Pendaftaran dilakukan secara daring melalui laman seleksi.samarindakota.go.id. "
           "Seluruh tahapan seleksi tidak dipungut biaya. Keputusan Panitia Seleksi bersifat final "
           "dan tidak dapat diganggu gugat.", fm, k=1.45)
    p.gap(40)
    signature(p, 1500, ["Samarinda, 13 Oktober 2026", "Ketua Panitia Seleksi,"], fm,
              "Dr. H. MUHAMMAD YAMIN, M.Si", "", gap=200, fb=fmb)
    p.y = 3260
    p.row([(W // 2, "Waspada penipuan! Panitia tidak pernah meminta imbalan dalam bentuk apa pun.",
            font("sans-b", 9), "c")], k=1.5)
    p.row([(W // 2, "bkpsdm.samarindakota.go.id | Halaman 1 dari 1", font("sans", 8.5), "c")])
    return p


# ---------------------------------------------------------------------------------------------
BMD = [
    ("1.3.2.05.01.04.002", "Meja Rapat", "1", "2019", 6_850_000),
    ("1.3.2.05.01.04.002", "Meja Rapat", "2", "2019", 6_850_000),
    ("1.3.2.05.01.05.010", "Kursi Kerja Pejabat Eselon III", "4", "2021", 3_275_000),
    ("1.3.2.05.01.05.010", "Kursi Kerja Pejabat Eselon III", "5", "2021", 3_275_000),
    ("1.3.2.05.02.06.001", "Lemari Es", "1", "2020", 7_499_000),
    ("1.3.2.05.02.04.001", "AC Split", "7", "2022", 9_150_000),
    ("1.3.2.05.02.04.001", "AC Split", "8", "2022", 9_150_000),
    ("1.3.2.10.01.02.002", "Laptop", "12", "2023", 18_400_000),
    ("1.3.2.10.01.02.002", "Laptop", "13", "2023", 18_400_000),
    ("1.3.2.10.01.02.001", "Personal Computer", "3", "2021", 14_725_000),
    ("1.3.2.10.02.03.003", "Printer", "6", "2022", 4_980_000),
    ("1.3.2.10.02.03.004", "Scanner", "2", "2023", 11_200_000),
    ("1.3.2.05.02.01.002", "Televisi", "1", "2020", 8_325_000),
    ("1.3.2.06.01.02.032", "LCD Projector/Infocus", "2", "2024", 12_650_000),
    ("1.3.2.06.02.01.047", "Camera Digital", "1", "2024", 15_990_000),
    ("1.3.2.02.01.01.003", "Station Wagon", "1", "2018", 298_500_000),
    ("1.3.2.02.01.04.001", "Sepeda Motor", "4", "2022", 26_780_000),
    ("1.3.2.02.01.04.001", "Sepeda Motor", "5", "2022", 26_780_000),
    ("1.3.2.05.01.01.005", "Filing Cabinet Besi", "9", "2019", 4_250_000),
]
BMD_TOT = sum(b[4] for b in BMD)


def lampiran_sk():
    p = Page(top=200)
    f, fb = font("serifc", 10), font("serifc-b", 10)
    xl, xc, xv = 900, 1170, 1210
    p.row([(xl, "LAMPIRAN", f), (xc, ":", f), (xv, "KEPUTUSAN KEPALA BADAN PENGELOLAAN", f)], k=1.3)
    p.row([(xv, "KEUANGAN DAN ASET DAERAH KOTA SAMARINDA", f)], k=1.3)
    p.row([(xl, "NOMOR", f), (xc, ":", f), (xv, "030/0977/BPKAD-ASET/X/2026", f)], k=1.3)
    p.row([(xl, "TANGGAL", f), (xc, ":", f), (xv, "9 Oktober 2026", f)], k=1.3)
    p.row([(xl, "TENTANG", f), (xc, ":", f), (xv, "PENETAPAN STATUS PENGGUNAAN BARANG", f)], k=1.3)
    p.row([(xv, "MILIK DAERAH PADA KECAMATAN SUNGAI PINANG", f)], k=1.3)
    p.gap(70)
    p.text(W // 2, "DAFTAR BARANG MILIK DAERAH YANG DITETAPKAN STATUS PENGGUNAANNYA", font("serifc-b", 11), "c", k=1.35)
    p.text(W // 2, "KEPADA CAMAT SUNGAI PINANG SELAKU PENGGUNA BARANG", font("serifc-b", 11), "c", k=2.2)
    rows = [["No", "Kode Barang", "Nama Barang", "NUP", "Tahun Perolehan", "Nilai Perolehan (Rp)"]]
    for i, (kb, nm, nup, th, v) in enumerate(BMD, 1):
        rows.append([str(i) + ".", kb, nm, nup, th, rp(v)])
    rows.append(["", "", "Jumlah", "", "", rp(BMD_TOT)])
    p.table(L, [110, 500, 640, 150, 280, 328], simple_cells(rows), len(rows), f, style="none", fh=fb,
            aligns=["r", "l", "l", "c", "c", "r"], pad=10, k=1.2)
    p.gap(40)
    p.para(L, R - L, "Barang milik daerah tersebut di atas wajib dicatat dalam Kartu Inventaris Barang (KIB) "
           "Kecamatan Sungai Pinang dan dilaporkan dalam Laporan Barang Pengguna Semesteran.", f, k=1.4)
    p.gap(50)
    signature(p, 1350, ["KEPALA BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH,"], f,
              "H. ABDUL HALIM RASYID, S.E., M.Si", "NIP 19710418 199603 1 003", gap=200, fb=fb)
    p.y = 3360
    p.row([(W // 2, "- 2 -", f, "c")])
    return p


DOCS = {
    "nota_dinas": nota_dinas,
    "surat_tugas": surat_tugas,
    "kuitansi_spj": kuitansi,
    "daftar_hadir": daftar_hadir,
    "renja_indikator": renja,
    "pengumuman_sidebar": pengumuman,
    "lampiran_sk_kode": lampiran_sk,
}
