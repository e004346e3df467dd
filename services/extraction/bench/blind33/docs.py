"""The seven invented OPD documents. Each builder returns (Page, sig_xy) where sig_xy is where the
signature/stamp of the 'stamp' degradation goes."""
import random
from render import Page, mm, font, W

_S = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    if n < 12:
        return _S[n]
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


def rp(n):
    return f"{n:,}".replace(",", ".")


def pct(a, b):
    return f"{a * 100 / b:.2f}".replace(".", ",")


def kop(p, opd, addr, pt_big=13):
    p.center("PEMERINTAH KOTA SAMARINDA", p.f(pt_big, True))
    p.center(opd, p.f(pt_big + 1, True))
    p.center(addr, p.f(p.pt - 1))
    p.gap(2)
    p.hr(6)
    p.hr(2, dy=mm(1.2))
    p.gap(9)


def scribble(draw, x, y, rng, w=mm(28), h=mm(9), fill=0, width=4):
    """Handwriting-like signature stroke (never part of the truth)."""
    import math
    loops = rng.randint(2, 4)
    f1, f2 = rng.uniform(1.5, 3.0), rng.uniform(4.0, 7.0)
    p1, p2 = rng.uniform(0, 6.28), rng.uniform(0, 6.28)
    lr = rng.uniform(0.08, 0.14) * w
    pts = []
    n = 160
    for i in range(n + 1):
        t = i / n
        px = x + w * t + lr * math.cos(2 * math.pi * loops * t + p1) * (1 - t * 0.5)
        py = y + h * 0.35 * math.sin(2 * math.pi * f1 * t + p1) + h * 0.2 * math.sin(2 * math.pi * f2 * t + p2) \
            - h * 0.25 * (t - 0.5)
        pts.append((px, py))
    draw.line(pts, fill=fill, width=width, joint="curve")
    # a closing flourish underline
    draw.line([(x + w * 0.1, y + h * 0.55), (x + w * 0.95, y + h * 0.4)], fill=fill, width=max(2, width - 2))


# ---------------------------------------------------------------- 1. SP2D (mono, ruled grid)
def sp2d():
    p = Page("mono", 9.5, margin_l=20, margin_r=18, top=15)
    kop(p, "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "Jl. Kesuma Bangsa No. 1 Samarinda, Kalimantan Timur 75121 Telp. (0541) 741022", 12)
    p.center("SURAT PERINTAH PENCAIRAN DANA", p.f(12, True))
    p.center("(SP2D)", p.f(11, True))
    p.gap(6)
    xc = p.x0 + mm(50)
    p.field("Nomor SP2D", "03476/SP2D-LS/BPKAD/2025", xc=xc)
    p.field("Tanggal", "14 Mei 2025", xc=xc)
    p.field("Nomor SPM", "0892/SPM-LS/1.02.0.00.0.00.01.0000/2025", xc=xc)
    p.field("Tanggal SPM", "12 Mei 2025", xc=xc)
    p.field("SKPD", "1.02.0.00.0.00.01.0000 Dinas Kesehatan", xc=xc)
    p.field("Sub Kegiatan", "1.02.02.2.01.0003 Pembangunan Puskesmas dan Penyediaan Obat, Vaksin, Makanan dan Minuman serta Bahan Habis Pakai", xc=xc)
    p.field("Bank/Pos", "Bank Kaltimtara Cabang Utama Samarinda", xc=xc)
    p.gap(4)
    p.para("Hendaklah mencairkan/memindahbukukan dari Rekening Kas Umum Daerah Nomor 0011.0300.01238 uang sebesar Rp 187.432.500 (seratus delapan puluh tujuh juta empat ratus tiga puluh dua ribu lima ratus rupiah).")
    p.gap(4)
    p.field("Kepada", "CV Mahakam Medika Utama", xc=xc)
    p.field("NPWP", "01.234.567.8-722.000", xc=xc)
    p.field("No. Rekening Bank", "0021.0100.76543", xc=xc)
    p.field("Bank/Pos", "Bank Kaltimtara Cabang Sempaja", xc=xc)
    p.field("Keperluan", "Pembayaran pengadaan obat, alat tulis dan alat listrik Puskesmas Sempaja sesuai Kontrak Nomor 440/0317/DINKES-IV/IV/2025", xc=xc)
    p.gap(5)
    rows = [["No", "Kode Rekening", "Uraian", "Jumlah (Rp)"],
            ["1", "5.1.02.01.01.0055", "Belanja Persediaan Obat-Obatan", "142.750.000"],
            ["2", "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "12.682.500"],
            ["3", "5.1.02.01.01.0038", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", "32.000.000"],
            ["", "", "JUMLAH", "187.432.500"]]
    p.table([(10, "c"), (45, "l"), (75, "l"), (42, "r")], rows, style="grid", bold_rows=(4,))
    p.gap(4)
    p.line([(p.x0, "Potongan-potongan:", "l")])
    rows2 = [["No", "Uraian (No. Rekening)", "Jumlah (Rp)", "Keterangan"],
             ["1", "PPN (411211)", "18.574.000", "NTPN 0417A8C3D2E5F019"],
             ["2", "PPh Pasal 22 (411122)", "2.533.000", "NTPN 0417A8C3D2E5F020"],
             ["", "JUMLAH POTONGAN", "21.107.000", ""]]
    p.table([(10, "c"), (70, "l"), (40, "r"), (52, "l")], rows2, style="grid", bold_rows=(3,))
    p.gap(3)
    p.field("Jumlah yang Dibayarkan", "Rp 166.325.500", xc=p.x0 + mm(62))
    p.field("Terbilang", "seratus enam puluh enam juta tiga ratus dua puluh lima ribu lima ratus rupiah", xc=p.x0 + mm(62))
    p.gap(10)
    xs = p.x0 + mm(100)
    p.line([(xs, "Samarinda, 14 Mei 2025", "l")])
    p.line([(xs, "Kuasa Bendahara Umum Daerah,", "l")])
    sig = (xs + mm(5), p.y + mm(8))
    p.gap(34)
    p.line([(xs, "Hj. RAHMAWATI SURYANI, S.E., M.Si.", "l")], p.f(bold=True))
    p.line([(xs, "NIP 19700512 199503 2 004", "l")])
    p.footer(14)
    p.line([(p.x0, "Lembar 1 : Bank yang Ditunjuk", "l"), (p.x1, "Halaman 1 dari 1", "r")], p.f(8))
    return p, sig


# ---------------------------------------------------------------- 2. Rincian biaya perjalanan dinas (serif, h-rules)
def perjadin():
    p = Page("serif", 10.5)
    p.center("RINCIAN BIAYA PERJALANAN DINAS", p.f(12, True))
    p.gap(6)
    xc = p.x0 + mm(40)
    p.field("Lampiran SPD Nomor", "094/0317/DISHUB-II/III/2025", xc=xc)
    p.field("Tanggal", "17 Maret 2025", xc=xc)
    p.field("Nama", "Muhammad Ridwan Saputra, S.T.", xc=xc)
    p.field("NIP", "19850923 201001 1 012", xc=xc)
    p.field("Tujuan", "Jakarta (Kementerian Perhubungan RI)", xc=xc)
    p.gap(5)
    rows = [["No", "Perincian Biaya", "Jumlah (Rp)", "Keterangan"],
            ["1", "Uang harian 3 hari x Rp 430.000", "1.290.000", "18 s.d. 20 Maret 2025"],
            ["2", "Biaya penginapan 2 malam x Rp 850.000", "1.700.000", "Hotel Cikini Raya"],
            ["3", "Tiket pesawat Samarinda (AAP) - Jakarta (CGK) pulang pergi", "3.245.600", "Tiket terlampir"],
            ["4", "Transport bandara/terminal pulang pergi", "300.000", "Lumpsum"],
            ["5", "Transport lokal di tempat tujuan", "150.000", ""],
            ["", "JUMLAH", "6.685.600", ""]]
    p.table([(10, "c"), (75, "l"), (32, "r"), (48, "l")], rows, style="hrules", bold_rows=(6,), row_rules=False)
    p.gap(3)
    p.para("Terbilang: enam juta enam ratus delapan puluh lima ribu enam ratus rupiah", p.f())
    p.gap(10)
    xl, xr = p.x0, p.x0 + mm(90)
    f = p.f()
    p.columns([xl, xr], [
        ["", "Telah dibayar sejumlah", "Rp 6.685.600", "Bendahara Pengeluaran,", "", "", "", "",
         ("SITI NURHALIZA, A.Md.", p.f(bold=True)), "NIP 19910214 201503 2 003"],
        ["Samarinda, 24 Maret 2025", "Telah menerima jumlah uang sebesar", "Rp 6.685.600", "Yang Menerima,", "", "", "", "",
         ("MUHAMMAD RIDWAN SAPUTRA, S.T.", p.f(bold=True)), "NIP 19850923 201001 1 012"]], f)
    sig = (xr + mm(4), p.y - mm(22))
    p.gap(6)
    p.hr(2)
    p.gap(6)
    p.center("PERHITUNGAN SPD RAMPUNG", p.f(bold=True))
    p.gap(3)
    xc2 = p.x0 + mm(60)
    p.field("Ditetapkan sejumlah", "Rp 6.685.600", xc=xc2)
    p.field("Yang telah dibayar semula", "Rp 5.000.000", xc=xc2)
    p.field("Sisa kurang/lebih", "Rp 1.685.600", xc=xc2)
    p.gap(10)
    xs = p.x0 + mm(90)
    p.line([(xs, "Pejabat Pembuat Komitmen,", "l")])
    p.gap(48)
    p.line([(xs, "Ir. HENDRA WIJAYA KUSUMA, M.T.", "l")], p.f(bold=True))
    p.line([(xs, "NIP 19720306 199803 1 007", "l")])
    p.footer(20)
    p.center("- 1 -", p.f(9))
    return p, sig


# ---------------------------------------------------------------- 3. Daftar hadir rapat (condensed, grid + signature column)
def daftar_hadir():
    rng = random.Random(303)
    p = Page("cond", 10, margin_l=18, margin_r=15)
    kop(p, "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
        "Jl. Dahlia No. 81 Samarinda 75121 Telp. (0541) 741044 Laman bappeda.samarindakota.go.id", 12)
    p.center("DAFTAR HADIR", p.f(12, True))
    p.center("RAPAT KOORDINASI PENYUSUNAN RANCANGAN AWAL RENJA PERANGKAT DAERAH TAHUN 2026", p.f(11, True))
    p.gap(5)
    xc = p.x0 + mm(30)
    p.field("Hari/Tanggal", "Selasa, 11 Februari 2025", xc=xc)
    p.field("Waktu", "09.00 WITA s.d. selesai", xc=xc)
    p.field("Tempat", "Ruang Rapat Bappeda Lantai 2", xc=xc)
    p.field("Undangan Nomor", "005/0188/BAPPEDA-II/II/2025", xc=xc)
    p.gap(4)
    people = [
        ("Dr. H. Syamsul Bahri, M.Si.", "19690815 199403 1 006", "Kepala Bappeda", "0812-5530-1187"),
        ("Rina Oktaviani, S.E., M.M.", "19801007 200501 2 014", "Sekretaris Bappeda", "0813-4720-6651"),
        ("Andi Firmansyah, S.T.", "19870412 201101 1 009", "Kabid Perencanaan Infrastruktur dan Kewilayahan", "0852-5012-3398"),
        ("dr. Maya Kartika Sari", "19840122 201001 2 021", "Sekretaris Dinas Kesehatan", "0811-5832-704"),
        ("Yohanes Pangaribuan, S.Pd.", "19780630 200312 1 004", "Kasubbag Program Dinas Pendidikan dan Kebudayaan", "0821-5311-9026"),
        ("Nur Aisyah Hasanah", "-", "Tenaga Ahli Perencanaan (Non ASN)", "0857-5104-2283"),
        ("Bambang Sutrisno, S.Sos.", "19750918 200003 1 002", "Camat Sungai Kunjang", "0812-5409-7715"),
        ("Fajar Ramadhan, S.Kom.", "19921205 201903 1 011", "Pranata Komputer Ahli Pertama Diskominfo", "0822-5520-4180"),
        ("Lestari Handayani, S.IP.", "19890301 201402 2 008", "Analis Kebijakan Ahli Muda Bagian Pembangunan", "0813-4655-0912"),
        ("Agus Salim Tanjung, S.E.", "19820725 200801 1 015", "Kasubbid Pendanaan Pembangunan", "0853-4622-7749"),
        ("Wulan Dari Pertiwi, A.Md.", "19950517 202012 2 005", "Pengadministrasi Perencanaan", "0896-5214-3307"),
    ]
    rows = [["No", "Nama", "NIP", "Jabatan / Instansi", "No. HP", "Tanda Tangan"]]
    align = {}
    for i, (n, nip, jab, hp) in enumerate(people, 1):
        rows.append([str(i), n, nip, jab, hp, f"{i}."])
        align[(i, 5)] = "l" if i % 2 else "m"
    xs, ys = p.table([(8, "c"), (40, "l"), (42, "l"), (37, "l"), (27, "l"), (23, "l")], rows, style="grid",
                     cell_align=align, pad=mm(1.5), fnt=p.f(9), hfont=p.f(9, True))
    for i in range(1, len(rows)):
        x = xs[5] + (mm(6) if i % 2 else mm(19))
        scribble(p.d, x, (ys[i] + ys[i + 1]) / 2, rng, w=mm(9), h=mm(5), fill=70, width=3)
    p.gap(10)
    xs_ = p.x0 + mm(105)
    p.line([(xs_, "Samarinda, 11 Februari 2025", "l")])
    p.line([(xs_, "Sekretaris Bappeda,", "l")])
    sig = (xs_ + mm(6), p.y + mm(8))
    p.gap(44)
    p.line([(xs_, "RINA OKTAVIANI, S.E., M.M.", "l")], p.f(bold=True))
    p.line([(xs_, "NIP 19801007 200501 2 014", "l")])
    p.footer(18)
    p.line([(p.x1, "Halaman 1 dari 1", "r")], p.f(8))
    return p, sig


# ---------------------------------------------------------------- 4. Berita acara pemeriksaan barang (serif condensed, shaded + merged header)
def ba_pemeriksaan():
    p = Page("serifcond", 11)
    kop(p, "DINAS PENDIDIKAN DAN KEBUDAYAAN",
        "Jl. Biola No. 1 Samarinda 75123 Telp. (0541) 743512 Pos-el disdikbud@samarindakota.go.id", 13)
    p.center("BERITA ACARA PEMERIKSAAN BARANG", p.f(12, True))
    p.center("Nomor: 027/1184/DISDIKBUD-IV/VI/2025", p.f())
    p.gap(6)
    p.para("Pada hari ini Kamis tanggal dua belas bulan Juni tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini Pejabat Pemeriksa Hasil Pekerjaan yang ditetapkan dengan Keputusan Kepala Dinas Pendidikan dan Kebudayaan Kota Samarinda Nomor 800/0412/DISDIKBUD-I/I/2025, telah melakukan pemeriksaan terhadap barang yang diserahkan oleh:")
    p.gap(3)
    xc = p.x0 + mm(42)
    p.field("Nama Penyedia", "CV Borneo Cipta Edukasi", xc=xc)
    p.field("Alamat", "Jl. Pangeran Antasari No. 27 Samarinda", xc=xc)
    p.field("Surat Pesanan", "027/0951/DISDIKBUD-IV/V/2025 tanggal 20 Mei 2025", xc=xc)
    p.gap(3)
    p.line([(p.x0, "dengan hasil sebagai berikut:", "l")])
    p.gap(2)
    rows = [["No", "Nama Barang / Spesifikasi", "Kode Barang", "Jumlah", "", "Satuan", "Kondisi"],
            ["", "", "", "Pesanan", "Diterima", "", ""],
            ["1", "Laptop Core i5 RAM 16 GB SSD 512 GB layar 14 inci", "1.3.2.10.02.03.003", "12", "12", "Unit", "Baik"],
            ["2", "Printer multifungsi tinta isi ulang A4", "1.3.2.10.02.04.001", "4", "4", "Unit", "Baik"],
            ["3", "Proyektor LCD 3.600 lumen", "1.3.2.05.02.06.010", "6", "5", "Unit", "Kurang 1 unit"],
            ["4", "Layar proyektor tripod 70 inci", "1.3.2.05.02.06.011", "6", "6", "Buah", "Baik"],
            ["5", "Meja siswa tunggal rangka besi", "1.3.2.05.01.04.002", "40", "40", "Buah", "2 buah cacat ringan"],
            ["6", "Kursi siswa rangka besi", "1.3.2.05.01.04.004", "40", "40", "Buah", "Baik"]]
    merges = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 2), (0, 5): (2, 1), (0, 6): (2, 1)}
    p.table([(8, "c"), (42, "l"), (37, "c"), (20, "c"), (20, "c"), (16, "c"), (22, "l")], rows, style="grid",
            header_rows=2, shade=True, merges=merges)
    p.gap(3)
    p.para("Barang yang kurang sebanyak 1 (satu) unit proyektor wajib dilengkapi oleh penyedia paling lambat 7 (tujuh) hari kalender sejak berita acara ini ditandatangani. Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.")
    p.gap(10)
    xl, xr = p.x0, p.x0 + mm(92)
    p.columns([xl, xr], [
        ["Penyedia Barang,", "CV Borneo Cipta Edukasi", "", "", "", ("DEDI KURNIAWAN", p.f(bold=True)), "Direktur"],
        ["Pejabat Pemeriksa Hasil Pekerjaan,", "", "", "", "", ("SRI WAHYUNINGSIH, S.Pd., M.Pd.", p.f(bold=True)),
         "NIP 19760411 200003 2 005"]])
    sig = (xr + mm(5), p.y - mm(22))
    p.footer(14)
    p.line([(p.x0, "BA Pemeriksaan Barang - Disdikbud Kota Samarinda", "l"), (p.x1, "Hal. 1/1", "r")], p.f(8))
    return p, sig


# ---------------------------------------------------------------- 5. LRA per sub kegiatan (sans 9, no rules)
def lra():
    p = Page("sans", 9, margin_l=15, margin_r=12, top=15)
    p.center("PEMERINTAH KOTA SAMARINDA", p.f(11, True))
    p.center("LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN", p.f(11, True))
    p.center("DINAS LINGKUNGAN HIDUP", p.f(10, True))
    p.center("Periode 1 Januari s.d. 30 September 2025", p.f(9))
    p.gap(8)
    xc = p.x0 + mm(28)
    p.field("Urusan", "2.11 URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP", xc=xc)
    p.field("Program", "2.11.03 PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP", xc=xc)
    p.field("Kegiatan", "2.11.03.1.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup", xc=xc)
    p.field("Sub Kegiatan", "2.11.03.1.01.0002 Pelaksanaan Pemantauan Kualitas Lingkungan Hidup Secara Berkala", xc=xc)
    p.field("Sumber Dana", "PAD - Pendapatan Asli Daerah", xc=xc)
    p.gap(6)
    items = [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 8400000, 6125750),
        ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 4250000, 3980000),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 15600000, 11232000),
        ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 12000000, 9000000),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 43200000, 32400000),
        ("5.1.02.02.12.0001", "Belanja Jasa Uji Laboratorium Sampel Air Sungai", 38750000, 21318500),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 27350000, 18940400),
    ]
    modal = [("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 35000000, 34650000)]
    def row(k, u, a, r):
        return [k, u, rp(a), rp(r), pct(r, a), rp(a - r)]
    sa, sr = sum(i[2] for i in items), sum(i[3] for i in items)
    ma, mr = sum(i[2] for i in modal), sum(i[3] for i in modal)
    rows = [["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)"]]
    bold = []
    bold.append(len(rows)); rows.append(row("5", "BELANJA DAERAH", sa + ma, sr + mr))
    bold.append(len(rows)); rows.append(row("5.1", "BELANJA OPERASI", sa, sr))
    bold.append(len(rows)); rows.append(row("5.1.02", "Belanja Barang dan Jasa", sa, sr))
    rows += [row(*i) for i in items]
    bold.append(len(rows)); rows.append(row("5.2", "BELANJA MODAL", ma, mr))
    bold.append(len(rows)); rows.append(row("5.2.02", "Belanja Modal Peralatan dan Mesin", ma, mr))
    rows += [row(*i) for i in modal]
    bold.append(len(rows)); rows.append(row("", "JUMLAH", sa + ma, sr + mr))
    p.table([(32, "l"), (52, "l"), (27, "r"), (27, "r"), (14, "r"), (28, "r")], rows, style="none",
            bold_rows=tuple(bold), pad=mm(1.3))
    p.gap(12)
    xs = p.x0 + mm(115)
    p.line([(xs, "Samarinda, 3 Oktober 2025", "l")])
    p.line([(xs, "Pejabat Penatausahaan Keuangan,", "l")])
    sig = (xs + mm(4), p.y + mm(8))
    p.gap(44)
    p.line([(xs, "YULIANA PRATIWI, S.E.", "l")], p.f(bold=True))
    p.line([(xs, "NIP 19880219 201101 2 006", "l")])
    p.footer(16)
    p.line([(p.x0, "Dicetak melalui SIPD-RI pada 03/10/2025 08:41:17", "l"), (p.x1, "Hal. 1 / 1", "r")], p.f(7.5))
    return p, sig


# ---------------------------------------------------------------- 6. Surat tugas (serif 12, text only)
def surat_tugas():
    p = Page("serif", 12, margin_l=28, margin_r=22)
    kop(p, "DINAS KOMUNIKASI DAN INFORMATIKA",
        "Jl. Basuki Rahmat No. 78 Samarinda 75117 Laman diskominfo.samarindakota.go.id", 13)
    p.center("SURAT TUGAS", p.f(13, True))
    p.center("Nomor: 094/0563/DISKOMINFO-III/VII/2025")
    p.gap(8)
    xl, xc, xn = p.x0, p.x0 + mm(24), p.x0 + mm(29)
    xt = xn + mm(7)
    def item(label, num, text):
        lines = p.wrap(text, p.f(), p.x1 - xt)
        for i, ln in enumerate(lines):
            pcs = [(xt, ln, "l")]
            if i == 0:
                pcs = ([(xl, label, "l"), (xc, ":", "l")] if label else []) + [(xn, num, "l")] + pcs
            p.line(pcs)
    item("Dasar", "1.", "Peraturan Wali Kota Samarinda Nomor 45 Tahun 2024 tentang Penjabaran Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2025;")
    item("", "2.", "Surat Kementerian Komunikasi dan Digital RI Nomor 1127/DJAPTIKA/VI/2025 tanggal 30 Juni 2025 perihal Bimbingan Teknis Keamanan Informasi Pemerintah Daerah.")
    p.gap(6)
    p.center("MEMERINTAHKAN:", p.f(bold=True))
    p.gap(4)
    p.line([(xl, "Kepada", "l"), (xc, ":", "l"), (xn, "1.", "l"), (xt, "Nama", "l"), (xt + mm(38), ":", "l"), (xt + mm(42), "Fajar Ramadhan, S.Kom.", "l")])
    p.field("NIP", "19921205 201903 1 011", xl=xt, xc=xt + mm(38), xv=xt + mm(42))
    p.field("Pangkat/Gol.", "Penata Muda Tk. I (III/b)", xl=xt, xc=xt + mm(38), xv=xt + mm(42))
    p.field("Jabatan", "Pranata Komputer Ahli Pertama", xl=xt, xc=xt + mm(38), xv=xt + mm(42))
    p.gap(3)
    p.line([(xn, "2.", "l"), (xt, "Nama", "l"), (xt + mm(38), ":", "l"), (xt + mm(42), "Dewi Anggraini, S.T., M.Kom.", "l")])
    p.field("NIP", "19860714 201001 2 019", xl=xt, xc=xt + mm(38), xv=xt + mm(42))
    p.field("Pangkat/Gol.", "Penata Tk. I (III/d)", xl=xt, xc=xt + mm(38), xv=xt + mm(42))
    p.field("Jabatan", "Kepala Bidang Persandian dan Statistik", xl=xt, xc=xt + mm(38), xv=xt + mm(42))
    p.gap(6)
    item("Untuk", "1.", "Mengikuti Bimbingan Teknis Keamanan Informasi Pemerintah Daerah pada tanggal 21 s.d. 23 Juli 2025 di Balikpapan;")
    item("", "2.", "Biaya perjalanan dinas dibebankan pada DPA Dinas Komunikasi dan Informatika Tahun Anggaran 2025 kode rekening 5.1.02.04.01.0001;")
    item("", "3.", "Melaporkan hasil pelaksanaan tugas kepada Kepala Dinas paling lambat 7 (tujuh) hari setelah kegiatan.")
    p.gap(12)
    xs = p.x0 + mm(80)
    p.line([(xs, "Ditetapkan di Samarinda", "l")])
    p.line([(xs, "pada tanggal 7 Juli 2025", "l")])
    p.line([(xs, "KEPALA DINAS KOMUNIKASI DAN", "l")], p.f(bold=True))
    p.line([(xs, "INFORMATIKA KOTA SAMARINDA,", "l")], p.f(bold=True))
    sig = (xs + mm(3), p.y + mm(8))
    p.gap(48)
    p.line([(xs, "Drs. ARIF SETIAWAN, M.Si.", "l")], p.f(bold=True))
    p.line([(xs, "Pembina Utama Muda (IV/c)", "l")])
    p.line([(xs, "NIP 19710325 199203 1 003", "l")])
    p.gap(8)
    f = p.f(10)
    p.line([(p.x0, "Tembusan:", "l")], f)
    p.line([(p.x0, "1. Wali Kota Samarinda (sebagai laporan);", "l")], f)
    p.line([(p.x0, "2. Inspektur Kota Samarinda.", "l")], f)
    return p, sig


# ---------------------------------------------------------------- 7. Lembar disposisi (sans 11, boxed form, two columns)
def disposisi():
    rng = random.Random(707)
    p = Page("sans", 11, margin_l=22, margin_r=22, top=22)
    top = p.y - mm(4)
    p.center("PEMERINTAH KOTA SAMARINDA", p.f(12, True))
    p.center("SEKRETARIAT DAERAH", p.f(12, True))
    p.center("LEMBAR DISPOSISI", p.f(14, True))
    p.gap(4)
    p.hr(3)
    p.gap(5)
    xc = p.x0 + mm(38)
    p.field("Surat dari", "Badan Perencanaan Pembangunan Daerah", xc=xc, xl=p.x0 + mm(3))
    p.field("Nomor Surat", "005/2211/BAPPEDA-II/VIII/2025", xc=xc, xl=p.x0 + mm(3))
    p.field("Tanggal Surat", "18 Agustus 2025", xc=xc, xl=p.x0 + mm(3))
    p.field("Diterima Tanggal", "19 Agustus 2025", xc=xc, xl=p.x0 + mm(3))
    p.field("Nomor Agenda", "3817", xc=xc, xl=p.x0 + mm(3))
    p.field("Sifat", "Segera", xc=xc, xl=p.x0 + mm(3))
    p.field("Perihal", "Undangan Forum Konsultasi Publik Rancangan Awal RKPD Kota Samarinda Tahun 2026", xc=xc, xl=p.x0 + mm(3), vwidth=p.x1 - xc - mm(8))
    p.gap(3)
    p.hr(3)
    ymid = p.y
    p.gap(6)
    xl, xr = p.x0 + mm(3), (p.x0 + p.x1) / 2 + mm(4)
    left = [("Diteruskan kepada Sdr.:", p.f(bold=True)), "1. Asisten Ekonomi dan Pembangunan",
            "2. Asisten Pemerintahan", "3. Kepala Bagian Perekonomian", "4. Kepala Bagian Pembangunan",
            "5. Kepala Bagian Umum", "6. Kepala Bagian Hukum"]
    right = [("Dengan hormat harap:", p.f(bold=True)), "1. Tanggapan dan saran", "2. Proses lebih lanjut",
             "3. Koordinasi/konfirmasi", "4. Hadir mewakili", "5. Untuk diketahui", "6. Arsip"]
    y0 = p.y
    p.columns([xl, xr], [left, right])
    lh = p.lh(p.f())
    # hand ticks (not in truth)
    for k in (1, 4):
        yy = y0 + k * lh + lh / 2
        x = xl - mm(2) - mm(0)
        p.d.line([(x - mm(4), yy - mm(1)), (x - mm(2.5), yy + mm(1.5)), (x + mm(0.5), yy - mm(3))], fill=40, width=5)
    for k in (4,):
        yy = y0 + k * lh + lh / 2
        x = xr - mm(2)
        p.d.line([(x - mm(4), yy - mm(1)), (x - mm(2.5), yy + mm(1.5)), (x + mm(0.5), yy - mm(3))], fill=40, width=5)
    p.gap(4)
    p.d.line([((p.x0 + p.x1) / 2, ymid), ((p.x0 + p.x1) / 2, p.y)], fill=0, width=3)
    p.hr(3)
    p.gap(5)
    p.line([(p.x0 + mm(3), "Catatan:", "l")], p.f(bold=True))
    p.para("Mohon Asisten Ekonomi dan Pembangunan hadir mewakili Sekretaris Daerah pada hari Kamis, 21 Agustus 2025 pukul 08.30 WITA di Ballroom Hotel Mesra Samarinda. Bahan paparan agar dikoordinasikan dengan Bagian Pembangunan.", x=p.x0 + mm(3), width=p.x1 - p.x0 - mm(8))
    p.gap(12)
    xs = p.x0 + mm(80)
    p.line([(xs, "Samarinda, 19 Agustus 2025", "l")])
    p.line([(xs, "SEKRETARIS DAERAH,", "l")], p.f(bold=True))
    sig = (xs + mm(3), p.y + mm(8))
    p.gap(44)
    p.line([(xs, "Dr. H. MUHAMMAD YUSUF, S.H., M.H.", "l")], p.f(bold=True))
    p.line([(xs, "NIP 19680917 199303 1 008", "l")])
    p.gap(6)
    bottom = p.y
    p.d.rectangle([p.x0, top, p.x1, bottom], outline=0, width=4)
    p.footer(18)
    p.line([(p.x0, "Form. SETDA/DISP/01 Rev. 2", "l")], p.f(8))
    return p, sig


BUILDERS = {
    "sp2d": sp2d,
    "rincian_perjadin": perjadin,
    "daftar_hadir": daftar_hadir,
    "ba_pemeriksaan": ba_pemeriksaan,
    "lra_subkegiatan": lra,
    "surat_tugas": surat_tugas,
    "lembar_disposisi": disposisi,
}
