"""The seven page types. Every builder returns a finished engine.Page."""
from engine import Page, F, W, H, mm, lh


def rp(v):
    s = f"{v:,}".replace(",", ".")
    return s


def pct(num, den):
    v = round(num * 10000 / den) / 100  # two decimals
    return f"{v:.2f}".replace(".", ",")


def emblem(p, cx, cy, r):
    d = p.d
    pts = [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.35), (cx, cy + r * 1.25), (cx - r, cy + r * 0.35)]
    d.polygon(pts, outline=0, fill=235)
    d.line(pts + [pts[0]], fill=0, width=6)
    d.ellipse([cx - r * 0.45, cy - r * 0.6, cx + r * 0.45, cy + r * 0.3], outline=0, width=5)
    d.line([(cx - r * 0.7, cy + r * 0.55), (cx + r * 0.7, cy + r * 0.55)], fill=0, width=5)
    d.polygon([(cx, cy - r * 0.5), (cx + r * 0.15, cy - r * 0.1), (cx - r * 0.15, cy - r * 0.1)], fill=60)


def kop(p, fam, unit, addr_lines, y=None):
    y = p.top if y is None else y
    emblem(p, p.left + mm(14), y + mm(13), mm(10))
    cx = (p.left + mm(30) + p.right) / 2
    y = p.center(y, "PEMERINTAH KOTA SAMARINDA", F(fam, 14, bold=True), cx=cx, leading=1.25)
    for u in ([unit] if isinstance(unit, str) else unit):
        y = p.center(y, u, F(fam, 15 if len(u) < 40 else 13, bold=True), cx=cx, leading=1.22)
    for a in addr_lines:
        y = p.center(y, a, F(fam, 9.5), cx=cx, leading=1.3)
    y += mm(2)
    p.hrule(y, w=9)
    p.hrule(y + 15, w=3)
    return y + mm(6)


def sign_block(p, y, x, lines_before, name, lines_after, font, nf, gap=mm(22), record=True):
    """single signature block at x (left edge); returns y after. Records stamp/sign area."""
    for t in lines_before:
        y = p.line(y, [(x, t, font)], record=record)
    ys = y
    y += gap
    y = p.line(y, [(x, name, nf)], underline=True, record=record)
    for t in lines_after:
        y = p.line(y, [(x, t, font)], record=record)
    p.sign_box = (x + mm(5), ys - mm(3), x + mm(55), ys + gap + mm(4))
    p.stamp_at = (x - mm(4), ys + gap // 2)
    return y


# ------------------------------------------------------------------ 1. BAST
def bast_barang():
    p = Page(left=mm(25), right=mm(20))
    fam = "serif"
    f = F(fam, 10)
    fb = F(fam, 10, bold=True)
    y = kop(p, fam, "DINAS KOMUNIKASI DAN INFORMATIKA", [
        "Jalan Dahlia Nomor 81, Samarinda, Kalimantan Timur 75117",
        "Telepon (0541) 741234, Pos-el diskominfo@samarindakota.go.id",
    ])
    y = p.center(y, "BERITA ACARA SERAH TERIMA BARANG", F(fam, 12, bold=True), underline=True)
    y = p.center(y, "Nomor: 027/1187/BAST-DKI/XI/2026", f) + mm(3)
    L = p.left
    y = p.para(L, y, p.right - L, "Pada hari ini Selasa tanggal Dua Puluh Empat bulan November tahun Dua Ribu "
               "Dua Puluh Enam (24-11-2026), bertempat di Kantor Dinas Komunikasi dan Informatika Kota Samarinda, "
               "kami yang bertanda tangan di bawah ini:", f, after=mm(1))
    xl, xc, xv = L + mm(6), L + mm(36), L + mm(40)
    rows1 = [("1.", "Nama", "Rahmat Hidayat, S.T."), ("", "Jabatan", "Direktur CV Borneo Data Mandiri"),
             ("", "Alamat", "Jl. Pangeran Antasari Nomor 45 RT 012, Samarinda")]
    for n, k, v in rows1:
        pcs = [(xl + mm(6), k, f), (xc, ":", f), (xv, v, f)]
        if n:
            pcs.insert(0, (L, n, f))
        y = p.line(y, pcs)
    y = p.line(y, [(xl + mm(6), "selanjutnya disebut", f), (xl + mm(6) + f.getlength("selanjutnya disebut "), "PIHAK PERTAMA.", fb)])
    rows2 = [("2.", "Nama", "Dra. Siti Nurhaliza, M.Si."), ("", "NIP", "19780312 200501 1 004"),
             ("", "Jabatan", "Pejabat Pembuat Komitmen")]
    for n, k, v in rows2:
        pcs = [(xl + mm(6), k, f), (xc, ":", f), (xv, v, f)]
        if n:
            pcs.insert(0, (L, n, f))
        y = p.line(y, pcs)
    y = p.line(y, [(xl + mm(6), "selanjutnya disebut", f), (xl + mm(6) + f.getlength("selanjutnya disebut "), "PIHAK KEDUA.", fb)]) + mm(1)
    y = p.para(L, y, p.right - L, "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang sesuai Surat Pesanan Nomor "
               "027/1102/SP-DKI/X/2026 tanggal 14 Oktober 2026, dengan rincian sebagai berikut:", f, after=mm(2))
    items = [
        ("Kertas HVS A4", "80 gram, 500 lembar/rim", 120, "Rim", 62_500),
        ("Kertas HVS F4", "70 gram, 500 lembar/rim", 60, "Rim", 66_000),
        ("Toner printer", "HP 107A original, hitam", 14, "Buah", 845_000),
        ("Tinta printer", "Epson 003, 65 ml, 4 warna", 24, "Botol", 92_000),
        ("Map snelhecter", "Plastik bening, folio", 300, "Buah", 4_500),
        ("Ordner", "Bantex 1450, lebar 7 cm", 40, "Buah", 38_750),
        ("Pulpen gel", "Standard AE7 0,5 mm", 10, "Pak", 27_000),
    ]
    fs = F(fam, 9.5)
    fsb = F(fam, 9.5, bold=True)
    rows = [["No", "Nama Barang", "Spesifikasi", "Jumlah", "Satuan", "Harga Satuan (Rp)", "Jumlah Harga (Rp)"]]
    tot = 0
    for i, (n, s, q, u, h) in enumerate(items, 1):
        rows.append([str(i), n, s, str(q), u, rp(h), rp(q * h)])
        tot += q * h
    ppn = tot * 11 // 100
    rows.append(["Jumlah", "", "", "", "", "", rp(tot)])
    rows.append(["PPN 11%", "", "", "", "", "", rp(ppn)])
    rows.append(["Total", "", "", "", "", "", rp(tot + ppn)])
    n = len(rows)
    cs = {(n - 3, 0): 6, (n - 2, 0): 6, (n - 1, 0): 6}
    widths = [mm(9), mm(31), mm(48), mm(16), mm(16), mm(20), mm(25)]
    sc = (p.right - p.left) / sum(widths)
    widths = [int(w_ * sc) for w_ in widths]
    y = p.table(L, y, widths, rows, fs, style="grid", aligns=["c", "l", "l", "r", "l", "r", "r"],
                colspans=cs, bold_font=fsb, bold_rows={n - 1}) + mm(3)
    y = p.para(L, y, p.right - L, "Barang tersebut di atas telah diperiksa dan diterima dalam keadaan baik, baru "
               "dan lengkap. Pembayaran dibebankan pada DPA Dinas Komunikasi dan Informatika Tahun Anggaran 2026, "
               "kode rekening 5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor.", f, after=mm(1))
    y = p.para(L, y, p.right - L, "Demikian Berita Acara ini dibuat rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinya.", f,
               after=mm(4))
    x2 = L + mm(95)
    y = p.line(y, [(L, "PIHAK KEDUA,", fb), (x2, "PIHAK PERTAMA,", fb)])
    y = p.line(y, [(L, "Pejabat Pembuat Komitmen", f), (x2, "CV Borneo Data Mandiri", f)])
    ys = y
    y += mm(17)
    y = p.line(y, [(L, "Dra. Siti Nurhaliza, M.Si.", fb), (x2, "Rahmat Hidayat, S.T.", fb)], underline=True)
    y = p.line(y, [(L, "NIP 19780312 200501 1 004", f), (x2, "Direktur", f)])
    p.sign_box = (L + mm(8), ys - mm(2), L + mm(60), ys + mm(24))
    p.stamp_at = (L + mm(58), ys + mm(8))
    p.footer(y, [(p.right, "Halaman 1 dari 1", F(fam, 9), "r")])
    return p


# ------------------------------------------------------------------ 2. KIB B
def kib_b():
    p = Page(left=mm(12), right=mm(12), top=mm(12), bottom=mm(10), landscape=True)
    fam = "sansc"
    f = F(fam, 9)
    fb = F(fam, 9, bold=True)
    L = p.left
    y = p.top
    y = p.center(y, "KARTU INVENTARIS BARANG (KIB) B", F(fam, 13, bold=True), leading=1.25)
    y = p.center(y, "PERALATAN DAN MESIN", F(fam, 12, bold=True)) + mm(3)
    info = [("SUB UNIT ORGANISASI", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
            ("SKPD", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Samarinda"),
            ("KABUPATEN/KOTA", "Kota Samarinda"),
            ("PROVINSI", "Kalimantan Timur"),
            ("NO. KODE LOKASI", "12.19.08.01.01.000.2026")]
    for k, v in info:
        y = p.line(y, [(L, k, f), (L + mm(38), ":", f), (L + mm(41), v, f)], leading=1.28)
    y += mm(2)
    rows = [["No", "Kode Barang", "Nama Barang / Jenis Barang", "Register", "Merk / Type", "Ukuran / CC",
             "Tahun Pembelian", "Nomor", "", "Asal Usul", "Harga (Rp)", "Ket."],
            ["", "", "", "", "", "", "", "Polisi / Seri", "Rangka / Pabrik", "", "", ""]]
    items = [
        ("1.3.2.02.01.04.001", "Sepeda Motor", "0001", "Honda Supra X 125 FI", "125 cc", "2019", "KT 4127 AB", "MH1JB9110KK118204", "Pembelian", 19_850_000, "Baik"),
        ("1.3.2.02.01.01.003", "Mini Bus (Penumpang 14 Orang Kebawah)", "0002", "Toyota Kijang Innova 2.0 G M/T", "1.998 cc", "2020", "KT 1098 D", "MHFJW8EM2L2541187", "Pembelian", 341_500_000, "Baik"),
        ("1.3.2.05.01.04.002", "Lemari Besi/Metal", "0003", "Brother B-204", "4 pintu", "2018", "-", "-", "Pembelian", 4_675_000, "Kurang Baik"),
        ("1.3.2.05.02.06.002", "Televisi", "0004", "Samsung UA50AU7000", "50 inci", "2022", "-", "0BHZ3HCT401127K", "Hibah", 7_299_000, "Baik"),
        ("1.3.2.05.02.04.004", "A.C. Split", "0005", "Daikin FTKC35UVM4", "1,5 PK", "2021", "-", "E000481", "Pembelian", 6_350_000, "Baik"),
        ("1.3.2.10.01.02.002", "Lap Top", "0006", "Lenovo ThinkPad E14 Gen 5", "14 inci", "2024", "-", "PF4KX2MB", "Pembelian", 15_980_000, "Baik"),
        ("1.3.2.10.01.02.002", "Lap Top", "0007", "Lenovo ThinkPad E14 Gen 5", "14 inci", "2024", "-", "PF4KX3RC", "Pembelian", 15_980_000, "Baik"),
        ("1.3.2.10.01.02.001", "P.C Unit", "0008", "HP ProDesk 400 G9 SFF", "-", "2023", "-", "4CE3281JHW", "Pembelian", 12_450_000, "Baik"),
        ("1.3.2.10.02.03.003", "Printer (Peralatan Personal Komputer)", "0009", "Epson L3210", "A4", "2023", "-", "X8GE013579", "Pembelian", 2_649_000, "Rusak Ringan"),
        ("1.3.2.06.02.01.058", "Proyektor", "0010", "Epson EB-X500", "3.600 lumen", "2025", "-", "X7LF2900314", "Pembelian", 7_150_000, "Baik"),
    ]
    tot = 0
    for i, it in enumerate(items, 1):
        kode, nama, reg, merk, uk, th, pol, rangka, asal, harga, ket = it
        rows.append([str(i), kode, nama, reg, merk, uk, th, pol, rangka, asal, rp(harga), ket])
        tot += harga
    rows.append(["Jumlah", "", "", "", "", "", "", "", "", "", rp(tot), ""])
    widths = [mm(8), mm(27), mm(31), mm(14), mm(31), mm(14), mm(17), mm(16), mm(32), mm(15), mm(20), mm(17)]
    sc = (p.right - p.left) / sum(widths)
    widths = [int(w_ * sc) for w_ in widths]
    n = len(rows)
    cs = {(0, 7): 2, (n - 1, 0): 10}
    rs = {(0, c): 2 for c in range(12) if c not in (7, 8)}
    y = p.table(L, y, widths, rows, f, style="grid", header_rows=2,
                aligns=["c", "l", "l", "c", "l", "l", "c", "l", "l", "l", "r", "l"],
                colspans=cs, rowspans=rs, shade=205, bold_font=fb, bold_rows={n - 1}, padx=9, pady=6) + mm(5)
    x2 = L + mm(185)
    y = p.line(y, [(L + mm(10), "MENGETAHUI", f), (x2, "Samarinda, 30 November 2026", f)])
    y = p.line(y, [(L + mm(10), "KEPALA BKPSDM KOTA SAMARINDA", f), (x2, "PENGURUS BARANG", f)])
    ys = y
    y += mm(15)
    y = p.line(y, [(L + mm(10), "Dr. H. Andi Firmansyah, S.Sos., M.Si.", fb), (x2, "Novita Sari Rahmawati, A.Md.", fb)], underline=True)
    y = p.line(y, [(L + mm(10), "NIP 19780312 200501 1 004", f), (x2, "NIP 19910527 201902 2 006", f)])
    p.sign_box = (L + mm(14), ys - mm(2), L + mm(60), ys + mm(21))
    p.stamp_at = (L + mm(12), ys + mm(6))
    fo = F(fam, 8.5)
    p.footer(y, [(L, "Dicetak dari SIPD-BMD pada 01/12/2026 09:14:22 oleh 199105272019022006", fo),
                               (p.right, "Halaman 1 dari 1", fo, "r")])
    return p


# ------------------------------------------------------------------ 3. Undangan
def undangan():
    p = Page(left=mm(25), right=mm(20))
    fam = "serif"
    f = F(fam, 10.5)
    fb = F(fam, 10.5, bold=True)
    y = kop(p, fam, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"], [
        "Jalan Kesuma Bangsa Nomor 80, Samarinda 75121",
        "Telepon (0541) 733510, Laman bkpsdm.samarindakota.go.id",
    ])
    L = p.left
    xr = L + mm(108)
    xc, xv = L + mm(22), L + mm(25)
    hdr = [("Nomor", "800/1432/BKPSDM-III/X/2026"), ("Sifat", "Penting"), ("Lampiran", "1 (satu) lembar")]
    for k, v in hdr:
        pcs = [(L, k, f), (xc, ":", f), (xv, v, f)]
        if k == "Nomor":
            pcs.append((p.right, "Samarinda, 27 Oktober 2026", f, "r"))
        y = p.line(y, pcs)
    y = p.para(xv, y, mm(95), "Undangan Bimbingan Teknis Penyusunan Sasaran Kinerja Pegawai (SKP) Tahun 2027",
               fb, justify=False, first_pieces=[(L, "Hal", f), (xc, ":", f)])
    y += mm(2)
    y = p.line(y, [(L + mm(10), "Yth. Sekretaris dan Kepala Subbagian Umum dan Kepegawaian", f)])
    y = p.line(y, [(L + mm(10), "Perangkat Daerah di Lingkungan Pemerintah Kota Samarinda", f)])
    y = p.line(y, [(L + mm(10), "di Samarinda", f)]) + mm(3)
    y = p.para(L + mm(10), y, p.right - L - mm(10),
               "Dalam rangka penerapan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
               "Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara, dengan hormat kami "
               "mengundang Saudara/i untuk menugaskan 2 (dua) orang pengelola kepegawaian mengikuti kegiatan "
               "dimaksud yang akan dilaksanakan pada:", f, x_cont=L, after=mm(1))
    xa = L + mm(10)
    for k, v in [("hari/tanggal", "Selasa s.d. Rabu, 3 s.d. 4 November 2026"), ("pukul", "08.00 WITA s.d. selesai"),
                 ("tempat", "Aula Lantai 3 BKPSDM Kota Samarinda")]:
        y = p.line(y, [(xa, k, f), (xa + mm(28), ":", f), (xa + mm(31), v, f)])
    y += mm(1)
    y = p.line(y, [(L + mm(10), "dengan susunan acara sebagai berikut:", f)]) + mm(1)
    fs = F(fam, 10)
    fsb = F(fam, 10, bold=True)
    rows = [["Waktu (WITA)", "Acara", "Narasumber / Penanggung Jawab"],
            ["07.30 - 08.00", "Registrasi peserta", "Panitia"],
            ["08.00 - 08.30", "Pembukaan dan arahan", "Kepala BKPSDM"],
            ["08.30 - 10.00", "Kebijakan manajemen kinerja ASN", "Kantor Regional VIII BKN Banjarmasin"],
            ["10.00 - 12.00", "Penyusunan SKP dan matriks peran hasil", "Bidang Pengembangan SDM"],
            ["12.00 - 13.00", "Ishoma", ""],
            ["13.00 - 15.30", "Praktik pengisian e-Kinerja dan evaluasi bulanan", "Tim Teknis e-Kinerja"],
            ["15.30 - 16.00", "Tanya jawab dan penutupan", "Sekretaris BKPSDM"]]
    widths = [mm(30), mm(64), mm(61)]
    y = p.table(L + mm(10) - mm(2.5), y, widths, rows, fs, style="none", bold_font=fsb, header_align="l",
                padx=mm(2.5), pady=5, leading=1.2) + mm(2)
    y = p.para(L + mm(10), y, p.right - L - mm(10),
               "Peserta diharapkan membawa laptop, SKP Tahun 2026 dan hadir paling lambat 15 menit sebelum acara "
               "dimulai. Konfirmasi kehadiran paling lambat 30 Oktober 2026 kepada Sdri. Maya (0812-5531-0427). "
               "Atas perhatiannya diucapkan terima kasih.", f, x_cont=L, after=mm(3))
    fsg = F(fam, 10.5)
    y = sign_block(p, y, xr - mm(18), ["a.n. Wali Kota Samarinda", "Kepala BKPSDM,"],
                   "Dr. H. Andi Firmansyah, S.Sos., M.Si.", ["Pembina Utama Muda (IV/c)", "NIP 19780312 200501 1 004"],
                   fsg, F(fam, 10.5, bold=True), gap=mm(15))
    fsm = F(fam, 9.5)
    y = p.line(y + mm(1), [(L, "Tembusan:", fsm)], underline=True)
    for t in ["1. Wali Kota Samarinda (sebagai laporan);", "2. Sekretaris Daerah Kota Samarinda;", "3. Arsip."]:
        y = p.line(y, [(L, t, fsm)])
    return p


# ------------------------------------------------------------------ 4. Realisasi fisik & keuangan
def realisasi():
    p = Page(left=mm(12), right=mm(12), top=mm(16))
    fam = "sans"
    f = F(fam, 10)
    fb = F(fam, 10, bold=True)
    L = p.left
    y = p.top
    y = p.center(y, "LAPORAN REALISASI FISIK DAN KEUANGAN", F(fam, 13, bold=True), leading=1.25)
    y = p.center(y, "TRIWULAN III (JULI - SEPTEMBER) TAHUN ANGGARAN 2026", F(fam, 11, bold=True)) + mm(3)
    for k, v in [("Perangkat Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda"),
                 ("Urusan", "1.03 Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang"),
                 ("Posisi per", "30 September 2026")]:
        y = p.line(y, [(L, k, f), (L + mm(34), ":", f), (L + mm(37), v, f)])
    y += mm(2)
    fs = F(fam, 9)
    fsb = F(fam, 9, bold=True)
    data = [
        ("1.03.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, None, None, True),
        ("1.03.01.2.02.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 185_400_000, 142_318_500, 80, False),
        ("1.03.01.2.06.0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 96_750_000, 61_220_000, 70, False),
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 212_300_000, 187_945_750, 90, False),
        ("1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", None, None, None, True),
        ("1.03.02.2.01.0016", "Normalisasi/Restorasi Sungai Karang Mumus Segmen Gang Nibung", 8_750_000_000, 4_112_500_000, 55, False),
        ("1.03.02.2.01.0037", "Pemeliharaan Rutin Drainase Primer Jalan D.I. Panjaitan", 1_245_000_000, 998_612_400, 85, False),
        ("1.03.03", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM", None, None, None, True),
        ("1.03.03.2.01.0005", "Perluasan SPAM Jaringan Perpipaan Kelurahan Sindang Sari", 3_420_000_000, 1_026_000_000, 35, False),
        ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, None, True),
        ("1.03.10.2.01.0020", "Rekonstruksi Jalan Gerilya Ruas Simpang Sungai Pinang (2,4 km)", 12_600_000_000, 7_938_000_000, 68.5, False),
        ("1.03.10.2.01.0035", "Pemeliharaan Berkala Jalan Lingkungan Kecamatan Loa Janan Ilir", 2_180_500_000, 2_071_475_000, 97.25, False),
    ]
    rows = [["No", "Kode", "Program / Kegiatan / Sub Kegiatan / Rekening", "Pagu (Rp)", "Realisasi Keuangan (Rp)",
             "Keu. (%)", "Fisik (%)"]]
    no = 0
    tp = tr = 0
    bold = set()
    for kode, nama, pagu, real, fis, is_prog in data:
        if is_prog:
            rows.append(["", kode, nama, "", "", "", ""])
            bold.add(len(rows) - 1)
        else:
            no += 1
            fs_ = f"{fis:.2f}".replace(".", ",")
            rows.append([str(no), kode, nama, rp(pagu), rp(real), pct(real, pagu), fs_])
            tp += pagu
            tr += real
    rows.append(["", "", "JUMLAH", rp(tp), rp(tr), pct(tr, tp), ""])
    bold.add(len(rows) - 1)
    widths = [mm(7), mm(39), mm(52), mm(30), mm(30), mm(14), mm(14)]
    sc = (p.right - p.left) / sum(widths)
    widths = [int(w_ * sc) for w_ in widths]
    y = p.table(L, y, widths, rows, fs, style="hrules", aligns=["c", "l", "l", "r", "r", "r", "r"],
                bold_font=fsb, bold_rows=bold, padx=9, pady=7) + mm(3)
    fn = F(fam, 9)
    y = p.line(y, [(L, "Keterangan:", F(fam, 9, bold=True))])
    for t in ["Keu. (%) = Realisasi Keuangan dibagi Pagu dikali 100; Fisik (%) berdasarkan laporan pengawas lapangan.",
              "Fisik sub kegiatan 1.03.02.2.01.0016 terhambat pembebasan lahan di segmen hilir."]:
        y = p.para(L + mm(4), y, p.right - L - mm(4), "- " + t, fn, justify=False, x_cont=L + mm(7))
    y += mm(4)
    x2 = L + mm(112)
    y = sign_block(p, y, x2, ["Samarinda, 7 Oktober 2026", "Kepala Dinas Pekerjaan Umum", "dan Penataan Ruang,"],
                   "Ir. Desy Damayanti, M.T.", ["Pembina Utama Muda (IV/c)", "NIP 19710825 199803 2 007"], F(fam, 10),
                   F(fam, 10, bold=True), gap=mm(14))
    fo = F(fam, 8.5)
    p.footer(y, [(L, "LRFK-TW3-2026/DPUPR", fo), (p.right, "Halaman 1 dari 1", fo, "r")])
    return p


# ------------------------------------------------------------------ 5. Notulen
def notulen():
    p = Page(left=mm(22), right=mm(20), top=mm(18))
    fam = "sans"
    f = F(fam, 10.5)
    fb = F(fam, 10.5, bold=True)
    L = p.left
    y = p.top
    y = p.center(y, "NOTULEN RAPAT", F(fam, 13, bold=True), leading=1.25)
    y = p.center(y, "RAPAT KOORDINASI PERCEPATAN REALISASI ANGGARAN TRIWULAN IV", F(fam, 11, bold=True))
    y = p.center(y, "SEKRETARIAT DAERAH KOTA SAMARINDA", F(fam, 11, bold=True)) + mm(3)
    p.hrule(y - mm(1), w=3)
    y += mm(2)
    xc, xv = L + mm(38), L + mm(41)
    for k, v in [("Hari/Tanggal", "Kamis, 12 November 2026"), ("Waktu", "09.00 - 12.15 WITA"),
                 ("Tempat", "Ruang Rapat Tepian I, Balai Kota Samarinda"), ("Pimpinan Rapat", "Asisten Administrasi Umum"),
                 ("Notulis", "Fitri Handayani, S.E.")]:
        y = p.line(y, [(L, k, f), (xc, ":", f), (xv, v, f)])
    y = p.para(xv, y, p.right - xv, "Kepala Bappeda, Kepala BPKAD, Kepala Bagian Pengadaan Barang/Jasa, Inspektur "
               "Pembantu Wilayah II, serta Sekretaris dari 14 Perangkat Daerah (daftar hadir terlampir, 37 orang).",
               f, justify=False, first_pieces=[(L, "Peserta", f), (xc, ":", f)], after=mm(2))
    y = p.line(y, [(L, "I. PEMBUKAAN", fb)])
    y = p.para(L + mm(6), y, p.right - L - mm(6),
               "Rapat dibuka oleh Asisten Administrasi Umum. Disampaikan bahwa sampai dengan 31 Oktober 2026 realisasi "
               "belanja Pemerintah Kota Samarinda baru mencapai Rp 2.184.615.300.000 atau 61,8% dari pagu APBD Perubahan "
               "sebesar Rp 3.535.000.000.000, di bawah target triwulan sebesar 70%.", f, after=mm(2))
    y = p.line(y, [(L, "II. POKOK-POKOK PEMBAHASAN", fb)])
    for t in ["Kepala BPKAD menyampaikan 9 Perangkat Daerah dengan realisasi di bawah 50%, terutama pada belanja modal "
              "gedung dan jalan.",
              "Bagian Pengadaan Barang/Jasa melaporkan 23 paket tender masih dalam proses evaluasi dan 4 paket gagal "
              "tender dengan nilai Rp 12.487.250.000.",
              "Bappeda meminta agar pergeseran anggaran antar rincian objek tetap mengacu pada kode rekening yang sah, "
              "misalnya 5.1.02.01.01.0024 untuk alat tulis kantor, dan tidak digunakan untuk belanja perjalanan dinas."]:
        y = p.para(L + mm(10), y, p.right - L - mm(10), t, f, first_pieces=[(L + mm(6), "-", f)])
    y += mm(2)
    y = p.line(y, [(L, "III. KESIMPULAN DAN TINDAK LANJUT", fb)])
    dec = [
        "Setiap Perangkat Daerah wajib mengunggah jadwal penarikan dana (anggaran kas) yang diperbarui ke SIPD "
        "paling lambat 20 November 2026.",
        "Perangkat Daerah dengan realisasi di bawah 50% menyampaikan rencana aksi tertulis kepada Sekretaris Daerah "
        "paling lambat 18 November 2026.",
        "Paket gagal tender segera ditender ulang atau dialihkan ke e-purchasing melalui katalog elektronik apabila "
        "tersedia.",
        "Pengajuan SPM-LS untuk pekerjaan fisik diterima BPKAD paling lambat 18 Desember 2026 pukul 15.00 WITA.",
        "Surat edaran percepatan realisasi diterbitkan bersama undangan Nomor 800/1432/BKPSDM-III/X/2026 sebagai "
        "dasar pelaksanaan bimbingan teknis bagi pengelola keuangan.",
        "Rapat evaluasi berikutnya dilaksanakan pada Kamis, 26 November 2026 dengan target realisasi 75%.",
    ]
    for i, t in enumerate(dec, 1):
        y = p.para(L + mm(13), y, p.right - L - mm(13), t, f, first_pieces=[(L + mm(6), f"{i}.", f)])
    y += mm(1)
    y = p.para(L, y, p.right - L, "Rapat ditutup pukul 12.15 WITA. Demikian notulen ini dibuat untuk dipergunakan "
               "sebagaimana mestinya.", f, after=mm(4))
    x2 = L + mm(100)
    fs = F(fam, 10.5)
    y = p.line(y, [(x2, "Samarinda, 12 November 2026", fs)])
    y = p.line(y, [(L, "Notulis,", fs), (x2, "Pimpinan Rapat,", fs)])
    ys = y
    y += mm(18)
    y = p.line(y, [(L, "Fitri Handayani, S.E.", fb), (x2, "Drs. Muhammad Ridwan, M.AP.", fb)], underline=True)
    y = p.line(y, [(L, "NIP 19880604 201101 2 015", fs), (x2, "NIP 19780312 200501 1 004", fs)])
    p.sign_box = (x2 + mm(4), ys - mm(2), x2 + mm(55), ys + mm(20))
    p.stamp_at = (x2 - mm(6), ys + mm(8))
    fo = F(fam, 9)
    p.footer(y, [(p.W / 2, "- 1 -", fo, "c")])
    return p


# ------------------------------------------------------------------ 6. Surat Keputusan
def sk():
    p = Page(left=mm(25), right=mm(20), top=mm(10), bottom=mm(10))
    fam = "serifc"
    f = F(fam, 10)
    fb = F(fam, 10, bold=True)
    L = p.left
    y = p.top
    emblem(p, p.W / 2, y + mm(7), mm(6.5))
    y += mm(18)
    for t, fn in [("KEPUTUSAN WALI KOTA SAMARINDA", F(fam, 12, bold=True)),
                  ("NOMOR 800.1.3.3/412/HK-KS/X/2026", F(fam, 11, bold=True)),
                  ("TENTANG", F(fam, 11, bold=True)),
                  ("TIM PENGELOLA BARANG MILIK DAERAH", F(fam, 11, bold=True)),
                  ("DI LINGKUNGAN PEMERINTAH KOTA SAMARINDA TAHUN 2026", F(fam, 11, bold=True))]:
        y = p.center(y, t, fn, leading=1.28)
    y += mm(2)
    y = p.center(y, "WALI KOTA SAMARINDA,", F(fam, 11, bold=True)) + mm(2)
    xk, xc, xn, xt = L, L + mm(27), L + mm(30), L + mm(36)
    wt = p.right - xt
    men = ["bahwa untuk tertib administrasi, pengamanan dan pemeliharaan barang milik daerah sebagaimana tercatat "
           "dalam Kartu Inventaris Barang, antara lain kode barang 1.3.2.05.01.04.002, perlu dibentuk tim pengelola;",
           "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Wali Kota "
           "tentang Tim Pengelola Barang Milik Daerah di Lingkungan Pemerintah Kota Samarinda Tahun 2026;"]
    for i, t in enumerate(men):
        fp = [(xn, "ab"[i] + ".", f)]
        if i == 0:
            fp = [(xk, "Menimbang", f), (xc, ":", f)] + fp
        y = p.para(xt, y, wt, t, f, first_pieces=fp)
    y += mm(1.5)
    ming = ["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah "
            "terakhir dengan Undang-Undang Nomor 6 Tahun 2023;",
            "Peraturan Pemerintah Nomor 27 Tahun 2014 tentang Pengelolaan Barang Milik Negara/Daerah sebagaimana telah "
            "diubah dengan Peraturan Pemerintah Nomor 28 Tahun 2020;",
            "Peraturan Daerah Kota Samarinda Nomor 3 Tahun 2019 tentang Pengelolaan Barang Milik Daerah;"]
    for i, t in enumerate(ming):
        fp = [(xn, f"{i + 1}.", f)]
        if i == 0:
            fp = [(xk, "Mengingat", f), (xc, ":", f)] + fp
        y = p.para(xt, y, wt, t, f, first_pieces=fp)
    y += mm(1.5)
    y = p.center(y, "MEMUTUSKAN:", fb)
    dikt = [("Menetapkan", "KEPUTUSAN WALI KOTA TENTANG TIM PENGELOLA BARANG MILIK DAERAH DI LINGKUNGAN PEMERINTAH "
                           "KOTA SAMARINDA TAHUN 2026."),
            ("KESATU", "Membentuk Tim Pengelola Barang Milik Daerah dengan susunan keanggotaan sebagaimana tercantum "
                       "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
            ("KEDUA", "Tim bertugas melaksanakan inventarisasi, rekonsiliasi dan penilaian barang milik daerah serta "
                      "melaporkan hasilnya kepada Wali Kota paling lambat 15 Desember 2026."),
            ("KETIGA", "Biaya pelaksanaan Keputusan ini dibebankan pada APBD Kota Samarinda Tahun Anggaran 2026 "
                       "kode rekening 5.1.02.01.01.0024 dan rekening lain yang relevan."),
            ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")]
    for k, t in dikt:
        y = p.para(xn, y, p.right - xn, t, f, first_pieces=[(xk, k, f), (xc, ":", f)])
    y += mm(2)
    x2 = L + mm(90)
    for t in ["Ditetapkan di Samarinda", "pada tanggal 12 Oktober 2026"]:
        y = p.line(y, [(x2, t, f)])
    y = sign_block(p, y, x2, ["WALI KOTA SAMARINDA,"], "Dr. H. ARIF RAHMANSYAH, S.H., M.H.", [], f, fb, gap=mm(13))
    y += mm(1)
    p.hrule(y, w=2)
    y += mm(2)
    fs = F(fam, 9.5)
    fsb = F(fam, 9.5, bold=True)
    for t in ["LAMPIRAN KEPUTUSAN WALI KOTA SAMARINDA", "NOMOR 800.1.3.3/412/HK-KS/X/2026",
              "TANGGAL 12 OKTOBER 2026"]:
        y = p.line(y, [(L + mm(88), t, fs)], leading=1.22)
    y += mm(1)
    rows = [["No", "Jabatan", "Kedudukan dalam Tim"],
            ["1", "Sekretaris Daerah Kota Samarinda", "Pengarah"],
            ["2", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "Ketua"],
            ["3", "Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah", "Wakil Ketua"],
            ["4", "Kepala Bidang Aset BPKAD", "Sekretaris"],
            ["5", "Inspektur Pembantu Wilayah I pada Inspektorat Daerah", "Anggota"],
            ["6", "Kepala Bagian Hukum Sekretariat Daerah", "Anggota"],
            ["7", "Pengurus Barang Pengguna pada 12 Perangkat Daerah", "Anggota"]]
    y = p.table(L, y, [mm(12), mm(110), mm(43)], rows, fs, style="grid", bold_font=fsb,
                aligns=["c", "l", "l"], padx=10, pady=3, leading=1.2, rule_w=2)
    return p


# ------------------------------------------------------------------ 7. Leaflet / infografis
def leaflet():
    p = Page(left=mm(12), right=mm(12), top=mm(12), bottom=mm(12))
    fam = "sans"
    d = p.d
    L, R = p.left, p.right
    # banner
    d.rectangle([L, p.top, R, p.top + mm(40)], fill=55)
    y = p.top + mm(5)
    y = p.line(y, [(L + mm(8), "BKPSDM KOTA SAMARINDA", F(fam, 11, bold=True), "l", 255)])
    y = p.line(y, [(L + mm(8), "KENAIKAN PANGKAT", F(fam, 24, bold=True), "l", 255)], leading=1.15)
    y = p.line(y, [(L + mm(8), "KINI 100% DIGITAL!", F(fam, 24, bold=True), "l", 255)], leading=1.15)
    y = p.top + mm(46)
    split = L + int((R - L) * 0.64)
    xs0, xs1 = split + mm(6), R
    # ---- left column
    fL = F(fam, 11)
    fLb = F(fam, 11, bold=True)
    xl, wl = L, split - L
    y = p.para(xl, y, wl, "Mulai periode April 2026, usulan kenaikan pangkat Pegawai Negeri Sipil di lingkungan "
               "Pemerintah Kota Samarinda diajukan melalui aplikasi SIASN tanpa berkas fisik.", fL, justify=False,
               after=mm(3))
    d.rectangle([xl, y, split, y + mm(9)], fill=90)
    y = p.line(y + mm(1.6), [(xl + mm(4), "5 LANGKAH MENGAJUKAN", F(fam, 12, bold=True), "l", 255)]) + mm(4)
    steps = ["Login ke SIASN dengan akun SSO BKN.",
             "Periksa riwayat jabatan, SKP 2 tahun terakhir dan ijazah terakhir.",
             "Unggah dokumen dalam format PDF, maksimal 1 MB per berkas.",
             "Atasan langsung menyetujui usulan paling lambat 5 hari kerja.",
             "Pantau status usulan; SK terbit otomatis dengan tanda tangan elektronik."]
    for i, t in enumerate(steps, 1):
        y += mm(1)
        cy = y + fL.getmetrics()[0] - mm(1.4)
        d.ellipse([xl, cy - mm(4.5), xl + mm(9), cy + mm(4.5)], fill=40)
        y = p.para(xl + mm(13), y, wl - mm(13), t, fL, justify=False,
                   first_pieces=[(xl + mm(4.5), str(i), F(fam, 11, bold=True), "c", 255)]) + mm(4)
    y += mm(2)
    # persyaratan box
    by0 = y
    d.rectangle([xl, by0, split, by0 + mm(54)], outline=0, width=4)
    y = p.line(y + mm(3), [(xl + mm(5), "PERSYARATAN UMUM", fLb)])
    for t in ["SK pangkat terakhir dan SK jabatan (bagi jabatan fungsional disertai PAK);",
              "Predikat kinerja minimal Baik dalam 2 (dua) tahun terakhir;",
              "Tidak sedang menjalani hukuman disiplin tingkat sedang atau berat;",
              "Untuk kenaikan pangkat penyesuaian ijazah: surat izin belajar dan uji kompetensi."]:
        y = p.para(xl + mm(10), y, wl - mm(15), t, F(fam, 10), justify=False,
                   first_pieces=[(xl + mm(5), "\u2022", F(fam, 10))]) + mm(1)
    y = by0 + mm(54) + mm(6)
    # periode table (horizontal rules only, inside left column)
    y = p.line(y, [(xl, "JADWAL PERIODE 2026", fLb)]) + mm(1)
    rows = [["Periode", "Batas Usulan", "SK Terbit"],
            ["April 2026", "15 Januari 2026", "1 April 2026"],
            ["Juni 2026", "15 Maret 2026", "1 Juni 2026"],
            ["Agustus 2026", "15 Mei 2026", "1 Agustus 2026"],
            ["Oktober 2026", "15 Juli 2026", "1 Oktober 2026"],
            ["Desember 2026", "15 September 2026", "1 Desember 2026"]]
    y = p.table(xl, y, [int(wl * 0.3), int(wl * 0.36), int(wl * 0.34)], rows, F(fam, 10), style="hrules",
                bold_font=F(fam, 10, bold=True), header_align="l", padx=8, pady=6, leading=1.2)
    yleft = y
    # ---- right sidebar
    d.rectangle([split + mm(2), p.top + mm(46), R, p.top + mm(46) + mm(205)], fill=225)
    xs = xs0
    ws = xs1 - xs - mm(4)
    y = p.top + mm(50)
    fS = F(fam, 10)
    fSb = F(fam, 10, bold=True)
    y = p.line(y, [(xs, "ANGKA PENTING 2025", F(fam, 11, bold=True))]) + mm(2)
    for big, small in [("1.432", "usulan kenaikan pangkat diproses"), ("98,6%", "selesai tepat waktu"),
                       ("7 hari", "rata-rata waktu verifikasi")]:
        y = p.line(y, [(xs, big, F(fam, 22, bold=True))], leading=1.15)
        y = p.para(xs, y, ws, small, fS, justify=False) + mm(3)
    y += mm(2)
    d.line([(xs, y), (xs1 - mm(4), y)], fill=0, width=3)
    y += mm(3)
    y = p.line(y, [(xs, "LAYANAN & KONSULTASI", fSb)]) + mm(1)
    for t in ["Loket 3, Gedung BKPSDM", "Jl. Kesuma Bangsa No. 80", "Senin - Kamis 08.00 - 15.30 WITA",
              "Jumat 08.00 - 11.00 WITA", "WhatsApp 0811-5500-8026", "bkpsdm.samarindakota.go.id"]:
        y = p.para(xs, y, ws, t, fS, justify=False)
    y += mm(4)
    # QR-like block (graphic only)
    import random
    rnd = random.Random(7)
    q0x, q0y, cell = xs, y, mm(1.6)
    for i in range(25):
        for j in range(25):
            fin = (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
            on = rnd.random() < 0.5
            if fin:
                on = (i % 24 in (0, 6, 18, 24) or j % 24 in (0, 6, 18, 24)) or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4)
            if on:
                d.rectangle([q0x + j * cell, q0y + i * cell, q0x + (j + 1) * cell - 1, q0y + (i + 1) * cell - 1], fill=0)
    y += 25 * cell + mm(2)
    y = p.para(xs, y, ws, "Pindai untuk panduan lengkap", F(fam, 9, italic=True), justify=False)
    p.stamp_at = (split - mm(30), yleft - mm(50))
    p.sign_box = (split - mm(60), yleft - mm(35), split - mm(5), yleft - mm(10))
    # footer
    fo = F(fam, 9)
    yf = p.bottom - lh(fo) - mm(2)
    p.hrule(yf - mm(2), w=3)
    p.line(yf, [(L, "Leaflet Nomor 07/LF/BKPSDM/2026", fo), (R, "#ASNSamarindaMelayani", fo, "r")])
    return p


BUILDERS = {
    "bast_barang": bast_barang,
    "kib_b": kib_b,
    "undangan_jadwal": undangan,
    "realisasi_fisik_keuangan": realisasi,
    "notulen_rapat": notulen,
    "sk_tim_bmd": sk,
    "leaflet_infografis": leaflet,
}
