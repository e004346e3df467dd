"""Content of the 7 invented page types (all names, numbers and prices are fictitious)."""
from layout import Page, F, px, tw, W


def rp(n):
    return f"{n:,}".replace(",", ".")


def pct(x):
    return f"{x:.2f}".replace(".", ",")


def emblem(p, cx, cy, s=150):
    d = p.d
    pts = [(cx - s * .8, cy - s), (cx + s * .8, cy - s), (cx + s * .8, cy + s * .1),
           (cx, cy + s), (cx - s * .8, cy + s * .1)]
    d.polygon(pts, outline=0, width=7)
    d.polygon([(cx - s * .55, cy - s * .75), (cx + s * .55, cy - s * .75), (cx + s * .55, cy + s * .05),
               (cx, cy + s * .7), (cx - s * .55, cy + s * .05)], outline=0, width=3)
    d.ellipse([cx - s * .25, cy - s * .5, cx + s * .25, cy], outline=0, width=5)
    for i in range(5):
        d.line([(cx - s * .45 + i * s * .22, cy + s * .15), (cx - s * .35 + i * s * .18, cy + s * .45)], fill=0, width=4)


def kop(p, unit_lines, addr_lines, face="serif"):
    y_start = p.y
    cx = (p.x0 + 300 + p.x1) / 2
    p.line("PEMERINTAH KOTA SAMARINDA", F(face + "-b", 14), "center", x=cx)
    for s in unit_lines:
        p.line(s, F(face + "-b", 16), "center", x=cx)
    for s in addr_lines:
        p.line(s, F(face, 9.5), "center", x=cx, k=1.35)
    p.y += 30
    h = p.y - y_start
    emblem(p, p.x0 + 150, y_start + h / 2 + 10, s=min(150, h * 0.44))
    p.hrule(9)
    p.hrule(3, dy=18)
    p.y += 30


def sig_block(p, cx, lines, blank_after, f, fb=None, name_idx=None, gap=260):
    """centered signature block; returns (x,y) of the blank signature area centre"""
    area = None
    for i, s in enumerate(lines):
        font = fb if (fb is not None and i == name_idx) else f
        p.line(s, font, "center", x=cx, underline=(i == name_idx))
        if i == blank_after:
            area = (cx, p.y + gap / 2)
            p.y += gap
    return area


# ---------------------------------------------------------------- 1 surat undangan
def surat_undangan():
    p = Page(left=260, top=160, bottom=110)
    kop(p, ["SEKRETARIAT DAERAH"],
        ["Jalan Kesuma Bangsa Nomor 1 Samarinda, Kalimantan Timur 75121",
         "Telepon (0541) 741 052, Laman setda.samarindakota.go.id"])
    f = F("serifc", 10)
    fb = F("serifc-b", 10)
    p.line("Samarinda, 14 April 2025", f, "right")
    p.space(4)
    xl, xc, xv = p.x0, p.x0 + 250, p.x0 + 290
    for lab, val in [("Nomor", "005/412/Setda-Umum/IV/2025"), ("Sifat", "Penting"),
                     ("Lampiran", "1 (satu) berkas"),
                     ("Hal", "Undangan Rapat Koordinasi Penyusunan RKA Perubahan Tahun Anggaran 2025")]:
        p.para(val, f, xa=xv, xb=p.x0 + 1450, justify=False, prefix=[(xl, lab, None), (xc, ":", None)])
    p.space(14)
    for s in ["Yth. Kepala Perangkat Daerah", "di Lingkungan Pemerintah Kota Samarinda", "di -"]:
        p.line(s, f, x=p.x0 + 1200)
    p.line("Samarinda", f, x=p.x0 + 1270)
    p.space(14)
    xa = p.x0 + 180
    p.para("Dalam rangka penyelarasan Rencana Kerja dan Anggaran (RKA) Perubahan Perangkat Daerah "
           "Tahun Anggaran 2025 dengan Kebijakan Umum Perubahan APBD serta Standar Satuan Harga (SSH) "
           "yang berlaku, bersama ini kami mengundang Saudara/i untuk hadir pada rapat koordinasi yang "
           "akan dilaksanakan pada:", f, xa=xa, indent=90)
    p.space(6)
    xl, xc, xv = xa + 60, xa + 440, xa + 480
    for lab, val in [("hari/tanggal", "Selasa, 22 April 2025"), ("waktu", "09.00 WITA s.d. selesai"),
                     ("tempat", "Ruang Rapat Mahakam, Lantai 2 Kantor Wali Kota Samarinda"),
                     ("acara", "sesuai susunan acara di bawah ini")]:
        p.para(val, f, xa=xv, justify=False, prefix=[(xl, lab, None), (xc, ":", None)])
    p.space(10)
    p.line("Susunan acara:", fb, x=xa)
    fs, fsb = F("serifc", 10), F("serifc-b", 10)
    p.table([100, 300, 850, 540], [
        ["No", "Waktu (WITA)", "Kegiatan", "Pelaksana"],
        ["1", "08.30 - 09.00", "Registrasi peserta", "Subbag Tata Usaha"],
        ["2", "09.00 - 09.15", "Pembukaan dan pengarahan", "Asisten Administrasi Umum"],
        ["3", "09.15 - 10.30", "Paparan perubahan KUA-PPAS dan pagu indikatif Perangkat Daerah", "Bappeda Litbang"],
        ["4", "10.30 - 11.30", "Penjelasan pemutakhiran SSH, HSPK dan ASB Tahun 2025", "Bagian Administrasi Pembangunan"],
        ["5", "11.30 - 12.00", "Tanya jawab dan jadwal input SIPD", "BPKAD"],
        ["6", "12.00", "Penutup", "Moderator"],
    ], fs, fsb, ["center", "center", "left", "left"], x=xa, padv=5, k=1.18)
    p.space(8)
    p.para("Mengingat pentingnya acara tersebut, dimohon kehadiran Kepala Perangkat Daerah atau pejabat "
           "yang membidangi perencanaan dan keuangan (paling banyak 2 orang) dengan membawa bahan "
           "rancangan RKA Perubahan. Konfirmasi kehadiran dapat disampaikan kepada Sdri. Nurul Hikmah "
           "(0812-5544-0917). Atas perhatian dan kehadirannya diucapkan terima kasih.", f, xa=xa, indent=90)
    p.space(16)
    cx = p.x0 + 1480
    area = sig_block(p, cx, ["a.n. SEKRETARIS DAERAH KOTA SAMARINDA", "Asisten Administrasi Umum,",
                             "Drs. H. M. Ridwan Effendi, M.Si.", "Pembina Utama Muda (IV/c)",
                             "NIP 19680312 199303 1 007"], 1, f, fb, name_idx=2, gap=150)
    p.marks["sig"] = area
    p.space(10)
    fsm = F("serifc", 10)
    p.line("Tembusan:", fsm, underline=True)
    for s in ["1. Wali Kota Samarinda (sebagai laporan);", "2. Sekretaris Daerah Kota Samarinda."]:
        p.line(s, fsm, k=1.2)
    return p


# ---------------------------------------------------------------- 2 BAST
BAST_ITEMS = [
    ("1.3.2.10.01.02.001", "Laptop", "Core i5 Gen 13, RAM 16 GB, SSD 512 GB, 14 inci", 6, "Unit", 14850000),
    ("1.3.2.10.01.02.002", "Personal Computer", "All in One 23,8 inci, Core i5, RAM 8 GB", 4, "Unit", 13275000),
    ("1.3.2.10.02.03.003", "Printer", "Ink tank A4, print/scan/copy, WiFi", 5, "Unit", 3450000),
    ("1.3.2.10.02.03.004", "Scanner", "Dokumen A4 duplex 40 ppm", 2, "Unit", 8900000),
    ("1.3.2.10.02.01.008", "UPS", "1.200 VA line interactive", 10, "Unit", 1375000),
    ("1.3.2.05.01.04.002", "Lemari Arsip", "Besi 4 laci, folio", 3, "Buah", 4250000),
    ("1.3.2.05.01.05.010", "Meja Kerja", "Meja 1/2 biro kayu HPL 120 x 60 cm", 8, "Buah", 1890000),
    ("1.3.2.05.01.05.012", "Kursi Kerja", "Kursi putar hidrolik, sandaran jaring", 8, "Buah", 1125000),
    ("1.3.2.05.02.04.001", "AC Split", "1,5 PK inverter, termasuk instalasi", 4, "Unit", 7650000),
    ("1.3.2.05.02.06.002", "Televisi", "LED 55 inci smart TV", 1, "Unit", 8299000),
    ("1.3.2.05.02.06.017", "Proyektor", "LCD 4.000 lumen WXGA + layar 70 inci", 2, "Set", 9780000),
    ("1.3.2.08.01.01.021", "Timbangan Bayi", "Digital kapasitas 20 kg", 12, "Buah", 1450000),
    ("1.3.2.08.01.04.036", "Tensimeter Digital", "Lengan atas, memori 60 data", 15, "Buah", 685000),
    ("1.3.2.08.01.02.110", "Termometer Inframerah", "Non kontak, layar LCD", 20, "Buah", 289500),
]


def terbilang(n):
    a = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
    if n < 12:
        return a[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return terbilang(n // 10) + " puluh" + (" " + terbilang(n % 10) if n % 10 else "")
    if n < 200:
        return "seratus" + (" " + terbilang(n - 100) if n - 100 else "")
    if n < 1000:
        return terbilang(n // 100) + " ratus" + (" " + terbilang(n % 100) if n % 100 else "")
    if n < 2000:
        return "seribu" + (" " + terbilang(n - 1000) if n - 1000 else "")
    if n < 10**6:
        return terbilang(n // 1000) + " ribu" + (" " + terbilang(n % 1000) if n % 1000 else "")
    if n < 10**9:
        return terbilang(n // 10**6) + " juta" + (" " + terbilang(n % 10**6) if n % 10**6 else "")
    return terbilang(n // 10**9) + " miliar" + (" " + terbilang(n % 10**9) if n % 10**9 else "")


def bast():
    p = Page(left=230, right=200, top=160, bottom=120)
    kop(p, ["DINAS KESEHATAN"], ["Jalan Milono Nomor 1 Samarinda 75121, Telepon (0541) 743 219"], face="sans")
    f, fb = F("sans", 9.5), F("sans-b", 9.5)
    p.line("BERITA ACARA SERAH TERIMA BARANG", F("sans-b", 12), "center", underline=True)
    p.line("Nomor: 027/118/BAST-Dinkes/VI/2025", f, "center")
    p.space(8)
    p.para("Pada hari ini Kamis tanggal dua belas bulan Juni tahun dua ribu dua puluh lima (12-06-2025), "
           "bertempat di Kantor Dinas Kesehatan Kota Samarinda, kami yang bertanda tangan di bawah ini:", f)
    xl, xc, xv = p.x0 + 70, p.x0 + 330, p.x0 + 370
    p.para("Rahmat Hidayat, S.Kom.", f, xa=xv, justify=False, prefix=[(p.x0, "I.", None), (xl, "Nama", None), (xc, ":", None)])
    for lab, val in [("NIP", "19830517 200902 1 004"),
                     ("Jabatan", "Pejabat Pembuat Komitmen (PPK) Dinas Kesehatan Kota Samarinda"),
                     ("", "selanjutnya disebut PIHAK PERTAMA.")]:
        if lab:
            p.para(val, f, xa=xv, justify=False, prefix=[(xl, lab, None), (xc, ":", None)])
        else:
            p.line(val, f, x=xl)
    p.para("Hj. Siti Aminah, S.E.", f, xa=xv, justify=False, prefix=[(p.x0, "II.", None), (xl, "Nama", None), (xc, ":", None)])
    for lab, val in [("NIP", "19760904 200501 2 011"),
                     ("Jabatan", "Pengurus Barang Dinas Kesehatan Kota Samarinda"),
                     ("", "selanjutnya disebut PIHAK KEDUA.")]:
        if lab:
            p.para(val, f, xa=xv, justify=False, prefix=[(xl, lab, None), (xc, ":", None)])
        else:
            p.line(val, f, x=xl)
    p.space(4)
    p.para("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA dan PIHAK KEDUA menerima dari PIHAK PERTAMA "
           "barang hasil pengadaan Kegiatan Penyediaan Fasilitas Pelayanan Kesehatan Tahun Anggaran 2025 "
           "berdasarkan Surat Pesanan Nomor 027/096/SP-Dinkes/V/2025, dengan rincian sebagai berikut:", f)
    fs, fsb = F("sansc", 9), F("sansc-b", 9)
    rows = [["No", "Kode Barang", "Nama Barang", "Spesifikasi", "Jml", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    tot = 0
    for i, (kode, nama, spek, q, sat, h) in enumerate(BAST_ITEMS, 1):
        rows.append([str(i), kode, nama, spek, str(q), sat, rp(h), rp(q * h)])
        tot += q * h
    rows.append([("JUMLAH", 7, True), (rp(tot), 1, True)])
    p.table([80, 350, 310, 520, 90, 170, 250, 280], rows, fs, fsb,
            ["center", "left", "left", "left", "center", "center", "right", "right"], pad=10, padv=4, k=1.18)
    p.space(4)
    p.para("Terbilang: " + terbilang(tot).capitalize() + " rupiah.", F("sans-i", 10), justify=False)
    p.para("Barang tersebut di atas telah diperiksa oleh Pejabat Pemeriksa Hasil Pekerjaan dalam keadaan "
           "baik, lengkap dan sesuai spesifikasi. Berita acara ini dibuat rangkap 3 (tiga) untuk dipergunakan "
           "sebagaimana mestinya.", f)
    p.space(10)
    cl, cr = p.x0 + 430, p.x1 - 430
    fsig, fsigb = F("sans", 10), F("sans-b", 10)
    p.multi([(cl, "PIHAK KEDUA", "center", fsigb), (cr, "PIHAK PERTAMA", "center", fsigb)], fsig)
    p.multi([(cl, "Pengurus Barang,", "center", None), (cr, "Pejabat Pembuat Komitmen,", "center", None)], fsig)
    p.marks["sig"] = (cr, p.y + 130)
    p.y += 200
    p.multi([(cl, "Hj. Siti Aminah, S.E.", "center", fsigb), (cr, "Rahmat Hidayat, S.Kom.", "center", fsigb)], fsig)
    p.multi([(cl, "NIP 19760904 200501 2 011", "center", None), (cr, "NIP 19830517 200902 1 004", "center", None)], fsig)
    p.meta = {"bast_total": tot}
    return p


# ---------------------------------------------------------------- 3 LKjIP table
LKJIP = [
    ("Persentase panjang jalan kota dalam kondisi mantap", "%", 78.50, 76.42),
    ("Persentase jaringan drainase primer dan sekunder dalam kondisi baik", "%", 64.00, 61.35),
    ("Persentase luas kawasan permukiman bebas genangan", "%", 60.00, 57.20),
    ("Persentase rumah tangga yang terlayani air minum perpipaan", "%", 92.00, 93.18),
    ("Persentase rumah tangga dengan akses sanitasi layak", "%", 88.00, 85.74),
    ("Jumlah jembatan yang dibangun/direhabilitasi", "Unit", 6.00, 5.00),
    ("Persentase bangunan gedung yang memiliki PBG", "%", 45.00, 47.30),
    ("Persentase kesesuaian pemanfaatan ruang dengan RTRW", "%", 70.00, 66.85),
    ("Persentase penerangan jalan umum yang berfungsi baik", "%", 90.00, 91.20),
    ("Panjang trotoar yang dibangun/ditingkatkan", "Km", 12.50, 10.80),
    ("Persentase tenaga kerja konstruksi bersertifikat", "%", 35.00, 38.25),
    ("Jumlah dokumen rencana detail tata ruang yang ditetapkan", "Dokumen", 2.00, 1.00),
    ("Persentase pengaduan infrastruktur yang ditindaklanjuti dalam 7 hari", "%", 85.00, 88.60),
    ("Persentase paket pekerjaan fisik selesai tepat waktu", "%", 95.00, 89.47),
    ("Nilai SAKIP Dinas Pekerjaan Umum dan Penataan Ruang", "Nilai", 72.00, 73.15),
    ("Persentase realisasi anggaran belanja modal", "%", 90.00, 86.12),
]


def num2(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def lkjip():
    p = Page(left=300, right=230, top=200, bottom=150)
    f, fb = F("serif", 11), F("serif-b", 11)
    p.line("BAB III", fb, "center")
    p.line("AKUNTABILITAS KINERJA", fb, "center")
    p.space(10)
    p.line("A. Capaian Kinerja Organisasi", fb)
    p.para("Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi indikator kinerja yang "
           "tercantum dalam Perjanjian Kinerja Tahun 2024. Capaian dihitung dengan rumus realisasi dibagi "
           "target dikali 100 persen. Hasil pengukuran disajikan pada tabel berikut.", f, indent=100)
    p.space(8)
    p.line("Tabel 3.1", fb, "center")
    p.line("Capaian Indikator Kinerja Dinas PUPR Kota Samarinda Tahun 2024", fb, "center")
    fs, fsb = F("serif", 9.5), F("serif-b", 9.5)
    rows = [["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"]]
    for i, (ind, sat, t, r) in enumerate(LKJIP, 1):
        rows.append([str(i), ind, sat, num2(t), num2(r), pct(round(r / t * 100, 2))])
    p.table([110, 900, 250, 220, 250, 240], rows, fs, fsb,
            ["center", "left", "center", "right", "right", "right"], pad=12, padv=7)
    p.line("Sumber: Bidang Bina Program, Dinas PUPR Kota Samarinda (data diolah, Januari 2025)",
           F("serif-i", 9), k=1.6)
    p.space(10)
    n_ok = sum(1 for _, _, t, r in LKJIP if r / t * 100 >= 100)
    n_mid = sum(1 for _, _, t, r in LKJIP if 90 <= r / t * 100 < 100)
    n_low = len(LKJIP) - n_ok - n_mid
    p.para(f"Dari {len(LKJIP)} indikator kinerja, sebanyak {n_ok} indikator mencapai atau melampaui target, "
           f"{n_mid} indikator berkategori baik (capaian 90 sampai dengan kurang dari 100 persen) dan "
           f"{n_low} indikator berada di bawah 90 persen. Penjelasan atas indikator yang belum mencapai target "
           "beserta upaya perbaikannya diuraikan pada subbab berikutnya.",
           f, indent=100)
    p.y = max(p.y, 3180)
    p.line("III - 4", F("serif", 10), "center")
    p.meta = {"n_ok": n_ok, "n_mid": n_mid, "n_low": n_low}
    p.marks["sig"] = (p.x1 - 500, 2700)
    return p


# ---------------------------------------------------------------- 4 SSH price table
SSH = [
    ("1.1.12.01.01.0001", "Kertas HVS", "A4 70 gram", "Rim", 52500),
    ("1.1.12.01.01.0002", "Kertas HVS", "A4 80 gram", "Rim", 61000),
    ("1.1.12.01.01.0003", "Kertas HVS", "F4 80 gram", "Rim", 68500),
    ("1.1.12.01.01.0011", "Kertas Sampul", "Buffalo A4 warna", "Pak", 38000),
    ("1.1.12.01.02.0004", "Map", "Snelhecter plastik folio", "Buah", 4500),
    ("1.1.12.01.02.0009", "Map", "Ordner plastik 7 cm folio", "Buah", 32500),
    ("1.1.12.01.03.0002", "Pulpen", "Gel 0,5 mm tinta hitam", "Buah", 4750),
    ("1.1.12.01.03.0006", "Spidol", "Whiteboard isi ulang", "Buah", 11000),
    ("1.1.12.01.03.0010", "Pensil", "2B kayu", "Buah", 3800),
    ("1.1.12.01.04.0001", "Stapler", "Ukuran sedang No. 10", "Buah", 27500),
    ("1.1.12.01.04.0002", "Isi Stapler", "No. 10 isi 1.000", "Kotak", 3500),
    ("1.1.12.01.04.0015", "Penjepit Kertas", "Binder clip No. 155", "Kotak", 14500),
    ("1.1.12.01.05.0003", "Lakban", "Bening 48 mm x 90 yard", "Roll", 13500),
    ("1.1.12.01.05.0007", "Amplop", "Putih kop dinas 110 x 230 mm", "Kotak", 42000),
    ("1.1.12.01.06.0001", "Buku Agenda", "Folio hard cover 100 lembar", "Buah", 36000),
    ("1.1.12.01.06.0004", "Buku Ekspedisi", "Ukuran kuarto 100 lembar", "Buah", 17500),
    ("1.1.12.02.01.0002", "Tinta Printer", "Botol 70 ml hitam (ink tank)", "Botol", 98000),
    ("1.1.12.02.01.0003", "Tinta Printer", "Botol 70 ml warna (ink tank)", "Botol", 98000),
    ("1.1.12.02.01.0011", "Toner", "Laser monokrom setara 2.600 halaman", "Buah", 1185000),
    ("1.1.12.02.02.0001", "Flashdisk", "USB 3.2 kapasitas 64 GB", "Buah", 127000),
    ("1.1.12.02.02.0006", "Harddisk Eksternal", "2 TB USB 3.0", "Buah", 1275000),
    ("1.1.12.02.03.0002", "Mouse", "Wireless optik", "Buah", 115000),
    ("1.1.12.02.03.0004", "Keyboard", "USB standar layout QWERTY", "Buah", 145000),
    ("1.1.12.02.04.0001", "Baterai", "Alkaline AA isi 2", "Pak", 21500),
    ("1.1.12.03.01.0001", "Sabun Cuci Tangan", "Cair 500 ml", "Botol", 27000),
    ("1.1.12.03.01.0005", "Pembersih Lantai", "Cair 800 ml aroma lemon", "Botol", 22500),
    ("1.1.12.03.01.0008", "Cairan Pembersih Kaca", "Refill 425 ml", "Bungkus", 12500),
    ("1.1.12.03.02.0002", "Tisu", "Wajah 250 lembar 2 ply", "Kotak", 16500),
    ("1.1.12.03.02.0006", "Kantong Sampah", "Hitam 60 x 100 cm isi 10", "Pak", 14000),
    ("1.1.12.03.03.0001", "Sapu", "Ijuk gagang kayu", "Buah", 32000),
    ("1.1.12.03.03.0004", "Alat Pel", "Mop putar dengan ember", "Set", 185000),
    ("1.1.12.03.04.0003", "Pengharum Ruangan", "Gel 70 gram", "Buah", 19500),
    ("1.1.12.04.01.0001", "Air Mineral", "Galon isi ulang 19 liter", "Galon", 22000),
    ("1.1.12.04.01.0004", "Air Mineral", "Botol 600 ml isi 24 botol", "Dus", 58000),
    ("1.1.12.04.02.0002", "Kopi Bubuk", "Kemasan 200 gram", "Bungkus", 36500),
    ("1.1.12.04.02.0005", "Gula Pasir", "Kemasan 1 kg", "Kg", 18500),
    ("1.1.12.04.02.0007", "Teh Celup", "Isi 25 kantong", "Kotak", 8750),
    ("1.1.12.05.01.0003", "Lampu LED", "Bohlam 12 watt fitting E27", "Buah", 42000),
    ("1.1.12.05.01.0009", "Stop Kontak", "Terminal 4 lubang kabel 3 m", "Buah", 86500),
    ("1.1.12.05.02.0001", "Kabel Listrik", "NYM 2 x 2,5 mm roll 50 m", "Roll", 612000),
]


def ssh():
    p = Page(left=220, right=200, top=170, bottom=100)
    f = F("sans", 9.5)
    xr = p.x0 + 1200
    for s in ["LAMPIRAN II", "KEPUTUSAN WALI KOTA SAMARINDA", "NOMOR 100.3.3.2/087/HK-KS/I/2025",
              "TENTANG STANDAR SATUAN HARGA", "TAHUN ANGGARAN 2025"]:
        p.line(s, f, x=xr, k=1.3)
    p.space(14)
    p.line("STANDAR SATUAN HARGA (SSH) BARANG PAKAI HABIS", F("sans-b", 11), "center")
    p.line("PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2025", F("sans-b", 11), "center")
    p.space(4)
    p.line("Kelompok: 1.1.12 Belanja Bahan Pakai Habis (harga sudah termasuk PPN)", f)
    fs, fsb = F("sansc", 9), F("sansc-b", 9)
    rows = [["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga (Rp)"]]
    for i, (k, u, s, sat, h) in enumerate(SSH, 1):
        rows.append([str(i), k, u, s, sat, rp(h)])
    p.table([100, 380, 450, 620, 250, 260], rows, fs, fsb,
            ["center", "left", "left", "left", "left", "right"], ruled="h", pad=10, padv=4, k=1.22)
    p.line("Keterangan: harga merupakan batas tertinggi; satuan mengikuti kemasan yang lazim di pasar Samarinda.",
           F("sans-i", 8.5), k=1.7)
    p.space(6)
    cx = p.x1 - 420
    area = sig_block(p, cx, ["WALI KOTA SAMARINDA,", "ttd.", "H. ANDI FIRMANSYAH"], 1, F("sans", 9.5),
                     F("sans-b", 9.5), name_idx=2, gap=40)
    p.marks["sig"] = (cx, p.y - 160)
    return p


# ---------------------------------------------------------------- 5 bulletin, two columns
BUL_LEFT = [
    ("h", "Suara Warga dari 59 Kelurahan"),
    ("p", "SAMARINDA - Rangkaian Musyawarah Perencanaan Pembangunan (Musrenbang) tingkat kelurahan untuk "
          "Rencana Kerja Pemerintah Daerah (RKPD) Tahun 2026 resmi ditutup pada akhir Februari. Selama tiga "
          "minggu, tim Bappeda Litbang mendampingi 59 kelurahan di 10 kecamatan untuk menampung usulan warga."),
    ("p", "Hasilnya, sebanyak 1.284 usulan kegiatan masuk ke aplikasi SIPD. Usulan terbanyak datang dari "
          "bidang infrastruktur, yaitu 612 usulan atau 47,7 persen, disusul bidang sosial budaya dengan 389 "
          "usulan dan bidang ekonomi dengan 283 usulan."),
    ("p", "\"Drainase lingkungan dan semenisasi gang masih menjadi permintaan utama warga, terutama di "
          "kawasan yang sering tergenang saat hujan deras,\" kata Kepala Bidang Perencanaan, Pengendalian "
          "dan Evaluasi Pembangunan, Dewi Anggraini, S.T., M.T."),
    ("h", "Verifikasi Berjenjang"),
    ("p", "Seluruh usulan selanjutnya diverifikasi oleh kecamatan sebelum dibawa ke Musrenbang kecamatan "
          "pada bulan Maret. Verifikasi mencakup kesesuaian dengan kewenangan daerah, kelengkapan lokasi "
          "dan perkiraan biaya berdasarkan standar harga yang berlaku."),
]
BUL_RIGHT = [
    ("p", "Usulan yang bukan kewenangan kota, misalnya perbaikan jalan nasional, akan diteruskan kepada "
          "instansi terkait melalui forum perangkat daerah."),
    ("h", "Program Probebaya Berlanjut"),
    ("p", "Selain usulan reguler, setiap RT kembali mendapat alokasi Program Pembangunan dan Pemberdayaan "
          "Masyarakat (Probebaya) sebesar Rp100 juta per tahun. Dana ini dapat digunakan untuk "
          "pembangunan skala kecil, kegiatan posyandu, hingga pelatihan usaha mikro."),
    ("p", "Bappeda Litbang mencatat tingkat penyerapan Probebaya Tahun 2024 mencapai 93,6 persen. "
          "Kendala yang paling banyak ditemui adalah keterlambatan laporan pertanggungjawaban dari "
          "kelompok masyarakat."),
    ("h", "Jadwal Berikutnya"),
    ("p", "Musrenbang kecamatan dijadwalkan pada 3 sampai 14 Maret 2025, sedangkan Musrenbang kota "
          "direncanakan pada pekan pertama April. Warga dapat memantau status usulannya melalui laman "
          "resmi Bappeda Litbang atau menghubungi kantor kelurahan setempat."),
    ("p", "(rfd/ang)"),
]


def buletin():
    p = Page(left=220, right=220, top=200)
    cx = W / 2
    p.line("WARTA BAPPEDA", F("serif-b", 28), "center", k=1.2)
    p.line("Buletin Badan Perencanaan Pembangunan Daerah dan Penelitian Pengembangan Kota Samarinda",
           F("sans", 9.5), "center", k=1.6)
    p.y += 25
    p.hrule(6)
    p.multi([(p.x0, "Edisi 03 / Tahun VII", "left", None), (p.x1, "Maret 2025", "right", None)], F("sans", 9.5), k=1.55)
    p.y += 22
    p.hrule(2)
    p.space(16)
    p.line("Musrenbang Kelurahan 2026", F("sans-b", 20), "left", k=1.3)
    p.line("Tampung 1.284 Usulan Warga", F("sans-b", 20), "left", k=1.3)
    p.line("Oleh Tim Redaksi Warta Bappeda", F("serif-i", 10), k=1.7)
    p.space(18)
    ytop = p.y
    gutter = 90
    colw = (p.x1 - p.x0 - gutter) / 2
    f, fh = F("serif", 10.5), F("sans-b", 11)
    cols = [(p.x0, p.x0 + colw, BUL_LEFT), (p.x0 + colw + gutter, p.x1, BUL_RIGHT)]
    ybot = 0
    for xa, xb, items in cols:
        p.y = ytop
        for kind, txt in items:
            if kind == "h":
                p.space(8)
                p.line(txt, fh, x=xa, k=1.5)
            else:
                p.para(txt, f, xa=xa, xb=xb, indent=60)
        ybot = max(ybot, p.y)
    p.d.line([(p.x0 + colw + gutter / 2, ytop + 20), (p.x0 + colw + gutter / 2, ybot)], fill=0, width=2)
    p.y = ybot + 40
    p.hrule(2)
    p.multi([(p.x0, "Warta Bappeda | Maret 2025", "left", None), (p.x1, "Halaman 3", "right", None)],
            F("sans", 9), k=1.6)
    p.marks["sig"] = (p.x1 - 450, ybot - 500)
    return p


# ---------------------------------------------------------------- 6 SK
def sk():
    p = Page(left=260, right=220, top=150, bottom=110)
    emblem(p, W / 2, p.y + 110, s=100)
    p.y += 220
    fb = F("serifc-b", 10)
    f = F("serifc", 10)
    for s in ["WALI KOTA SAMARINDA", "PROVINSI KALIMANTAN TIMUR"]:
        p.line(s, fb, "center")
    p.space(10)
    for s in ["KEPUTUSAN WALI KOTA SAMARINDA", "NOMOR 100.3.3.2/214/HK-KS/V/2025", "TENTANG",
              "PEMBENTUKAN TIM PENYUSUN STANDAR SATUAN HARGA", "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026"]:
        p.line(s, fb, "center", k=1.35)
    p.space(10)
    p.line("WALI KOTA SAMARINDA,", fb, "center")
    p.space(8)
    xl, xc, xm, xt = p.x0, p.x0 + 310, p.x0 + 350, p.x0 + 420
    men = ["bahwa untuk menjamin kewajaran harga dalam penyusunan Rencana Kerja dan Anggaran Perangkat "
           "Daerah, perlu ditetapkan standar satuan harga yang berlaku di lingkungan Pemerintah Kota Samarinda;",
           "bahwa penyusunan standar satuan harga perlu dilakukan oleh tim yang memahami survei harga pasar, "
           "pengadaan barang/jasa dan pengelolaan keuangan daerah;",
           "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
           "Keputusan Wali Kota tentang Pembentukan Tim Penyusun Standar Satuan Harga Pemerintah Kota "
           "Samarinda Tahun Anggaran 2026;"]
    for i, t in enumerate(men):
        pre = [(xl, "Menimbang", None), (xc, ":", None)] if i == 0 else []
        p.para(t, f, xa=xt, prefix=pre + [(xm, "abc"[i] + ".", None)], k=1.38)
    p.space(8)
    ing = ["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
           "diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023;",
           "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;",
           "Peraturan Presiden Nomor 33 Tahun 2020 tentang Standar Harga Satuan Regional;",
           "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah;",
           ]
    for i, t in enumerate(ing):
        pre = [(xl, "Mengingat", None), (xc, ":", None)] if i == 0 else []
        p.para(t, f, xa=xt, prefix=pre + [(xm, f"{i + 1}.", None)], k=1.38)
    p.space(10)
    p.line("MEMUTUSKAN:", fb, "center")
    p.space(4)
    dec = [("Menetapkan", "KEPUTUSAN WALI KOTA TENTANG PEMBENTUKAN TIM PENYUSUN STANDAR SATUAN HARGA "
                          "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026."),
           ("KESATU", "Membentuk Tim Penyusun Standar Satuan Harga Pemerintah Kota Samarinda Tahun Anggaran "
                      "2026 dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan "
                      "bagian tidak terpisahkan dari Keputusan ini."),
           ("KEDUA", "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas melakukan survei harga dan menyusun "
                     "rancangan standar satuan harga serta melaporkan hasilnya kepada Wali Kota."),
           ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran "
                      "Pendapatan dan Belanja Daerah Kota Samarinda Tahun Anggaran 2025."),
           ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")]
    for lab, t in dec:
        p.para(t, f, xa=xm, prefix=[(xl, lab, None), (xc, ":", None)], k=1.38)
    p.space(14)
    cx = p.x1 - 430
    xs = cx - 330
    for a, b in [("Ditetapkan di", "Samarinda"), ("pada tanggal", "19 Mei 2025")]:
        p.multi([(xs, a, "left", None), (xs + 330, ":", "left", None), (xs + 370, b, "left", None)], f, k=1.38)
    p.space(8)
    area = sig_block(p, cx, ["WALI KOTA SAMARINDA,", "H. ANDI FIRMANSYAH"], 0, f, fb, name_idx=1, gap=190)
    p.marks["sig"] = area
    return p


# ---------------------------------------------------------------- 7 rekap anggaran
REKAP_LEAVES = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 48500000, 35115000),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 22750000, 14980500),
    ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", 18300000, 16250000),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 64800000, 41360000),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 156000000, 117000000),
    ("5.1.02.02.01.0030", "Belanja Jasa Tenaga Kebersihan", 93600000, 70200000),
    ("5.1.02.02.01.0031", "Belanja Jasa Tenaga Keamanan", 124800000, 93600000),
    ("5.1.02.02.01.0061", "Belanja Tagihan Listrik", 186000000, 142815400),
    ("5.1.02.02.01.0062", "Belanja Tagihan Air", 14400000, 10235600),
    ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", 39600000, 29700000),
    ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Kendaraan Bermotor", 72500000, 38462000),
    ("5.1.02.03.02.0405", "Belanja Pemeliharaan Bangunan Gedung Kantor", 115000000, 27650000),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 96000000, 58740000),
    ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 42000000, 31650000),
    ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", 38500000, 36875000),
    ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 67200000, 66990000),
    ("5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor", 450000000, 182430000),
]
REKAP_GROUPS = [
    ("5", "BELANJA DAERAH"),
    ("5.1", "BELANJA OPERASI"),
    ("5.1.02", "Belanja Barang dan Jasa"),
    ("5.1.02.01", "Belanja Barang"),
    ("5.1.02.02", "Belanja Jasa"),
    ("5.1.02.03", "Belanja Pemeliharaan"),
    ("5.1.02.04", "Belanja Perjalanan Dinas"),
    ("5.2", "BELANJA MODAL"),
    ("5.2.02", "Belanja Modal Peralatan dan Mesin"),
    ("5.2.03", "Belanja Modal Gedung dan Bangunan"),
]


def rekap_rows():
    """ordered hierarchical rows: (kode, uraian, anggaran, realisasi, is_group)"""
    out = []
    for g, name in REKAP_GROUPS:
        a = sum(l[2] for l in REKAP_LEAVES if l[0].startswith(g + "."))
        r = sum(l[3] for l in REKAP_LEAVES if l[0].startswith(g + "."))
        out.append((g, name, a, r, True))
    # sort groups + leaves by kode hierarchy
    allrows = out + [(k, u, a, r, False) for k, u, a, r in REKAP_LEAVES]

    def key(row):
        return [int(x) for x in row[0].split(".")]
    allrows.sort(key=key)
    return allrows


def rekap_anggaran():
    p = Page(left=210, right=200, top=190, bottom=150)
    f = F("sans", 10)
    kop(p, ["KECAMATAN SUNGAI KUNJANG"], ["Jalan Jakarta Blok AH Nomor 12, Loa Bakung, Samarinda 75126"],
        face="sans")
    p.line("REKAPITULASI REALISASI ANGGARAN BELANJA", F("sans-b", 11.5), "center")
    p.line("TAHUN ANGGARAN 2025 SAMPAI DENGAN 30 SEPTEMBER 2025", F("sans-b", 11.5), "center")
    p.space(4)
    p.multi([(p.x0, "Sub Unit : Kecamatan Sungai Kunjang", "left", None),
             (p.x1, "Posisi: Triwulan III", "right", None)], F("sans", 9.5))
    fs, fsb = F("sansc", 8.8), F("sansc-b", 8.8)
    rows = [["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"]]
    ta = tr = 0
    for kode, ur, a, r, grp in rekap_rows():
        cells = [kode, ur, rp(a), rp(r), rp(a - r), pct(r / a * 100)]
        rows.append([(c, 1, grp) for c in cells])
        if kode == "5":
            ta, tr = a, r
    rows.append([("JUMLAH BELANJA", 2, True), (rp(ta), 1, True), (rp(tr), 1, True), (rp(ta - tr), 1, True),
                 (pct(tr / ta * 100), 1, True)])
    p.table([330, 670, 290, 290, 290, 170], rows, fs, fsb,
            ["left", "left", "right", "right", "right", "right"], pad=9, padv=4, k=1.22)
    p.line("Catatan: realisasi bersumber dari SP2D yang telah terbit s.d. 30-09-2025 (SIPD-RI).",
           F("sans-i", 8.5), k=1.7)
    p.space(6)
    cx = p.x1 - 420
    area = sig_block(p, cx, ["Samarinda, 6 Oktober 2025", "Camat Sungai Kunjang,", "Andi Muh. Fadli, S.STP., M.Si.",
                             "NIP 19850722 200412 1 002"], 1, F("sans", 9.5), F("sans-b", 9.5), name_idx=2, gap=200)
    p.marks["sig"] = area
    p.meta = {"total_anggaran": ta, "total_realisasi": tr}
    return p


TYPES = {
    "surat_undangan": surat_undangan,
    "bast": bast,
    "lkjip": lkjip,
    "ssh": ssh,
    "buletin": buletin,
    "sk": sk,
    "rekap_anggaran": rekap_anggaran,
}
