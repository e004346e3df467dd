"""The 7 invented documents. Each builder returns a render.Page with truth recorded."""
import numpy as np
from render import Page, F, px, scribble

SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    n = int(n)
    if n < 12:
        return SAT[n]
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


def rp(n):
    return "{:,}".format(int(n)).replace(",", ".")


def kop(p, y, unit, addr, fb, fr, lm=20, rm=190, emblem=True):
    """Letterhead: emblem drawing (not text), three centred lines, double rule."""
    cx = (lm + 22 + rm) / 2
    if emblem:
        d = p.d
        x0, y0 = px(lm + 2), px(y - 6)
        d.polygon([(x0, y0), (x0 + px(18), y0), (x0 + px(18), y0 + px(14)), (x0 + px(9), y0 + px(22)),
                   (x0, y0 + px(14))], outline=0, width=5)
        d.ellipse([x0 + px(4), y0 + px(3), x0 + px(14), y0 + px(13)], outline=0, width=4)
        d.line([(x0 + px(9), y0 + px(13)), (x0 + px(9), y0 + px(20))], fill=0, width=4)
    p.line(y, [(cx, "PEMERINTAH KOTA SAMARINDA", F(fb, 14), "c")]); y += 7
    p.line(y, [(cx, unit, F(fb, 13), "c")]); y += 6
    p.line(y, [(cx, addr, F(fr, 9), "c")]); y += 3.5
    p.hline(lm, rm, y, 8)
    p.hline(lm, rm, y + 1.3, 3)
    return y + 8


# ------------------------------------------------------------------ 1
def surat_tugas():
    p = Page()
    r, b = F("serif", 11), F("serif_b", 11)
    L = 5.6
    y = kop(p, 20, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            "Jalan Dahlia Nomor 81 Telepon (0541) 741250 Faksimile (0541) 741251 Samarinda 75117", "serif_b", "serif")
    p.line(y + 4, [(105, "SURAT TUGAS", F("serif_b", 12), "c", True)]); y += 10
    p.line(y, [(105, "Nomor : 094/1375/DPUPR-III/XI/2026", r, "c")]); y += 10
    p.line(y, [(22, "Dasar", r), (45, ":", r)])
    y = p.para(57, y, 133, "Peraturan Wali Kota Samarinda Nomor 12 Tahun 2026 tentang Standar Biaya Masukan "
               "Tahun Anggaran 2026;", r, L, justify=True, first=(50, "1."))
    y = p.para(57, y, 133, "Dokumen Pelaksanaan Anggaran (DPA) Dinas Pekerjaan Umum dan Penataan Ruang Kota "
               "Samarinda Nomor DPA/A.1/1.03.0.00.0.00.01.0000/001/2026 tanggal 2 Januari 2026.", r, L,
               justify=True, first=(50, "2."))
    y += 3
    p.line(y, [(105, "MEMERINTAHKAN:", b, "c")]); y += 8
    p.line(y, [(22, "Kepada", r), (45, ":", r)]); y += 1.5
    rows = [["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"],
            ["1.", "Ir. Rahmat Hidayat, M.T.", "19780412 200501 1 007", "Pembina (IV/a)", "Kepala Bidang Bina Marga"],
            ["2.", "Siti Nurjanah, S.T.", "19850923 201001 2 015", "Penata Tk. I (III/d)", "Kepala Seksi Jalan dan Jembatan"],
            ["3.", "Agus Salim Pratama, A.Md.", "19910607 201503 1 002", "Pengatur Tk. I (II/d)", "Teknisi Jalan dan Jembatan"],
            ["4.", "Muhammad Rizky", "-", "-", "Tenaga Pendukung Teknis"]]
    y = p.table(26, y, [9, 44, 47, 33, 35], rows, F("serif", 10), F("serif_b", 10), 4.6, style="none",
                pad=0.8) + 5
    p.line(y, [(22, "Untuk", r), (45, ":", r)])
    y = p.para(57, y, 133, "Melaksanakan survei dan pengukuran kondisi Jalan Poros Sungai Siring - Tanah Merah "
               "(ruas 047) sepanjang 6,85 km pada tanggal 25 s.d. 27 November 2026;", r, L, justify=True,
               first=(50, "1."))
    y = p.para(57, y, 133, "Biaya perjalanan dinas dibebankan pada DPA Tahun Anggaran 2026 Kode Rekening "
               "5.1.02.04.01.0001 Belanja Perjalanan Dinas Biasa dengan pagu Rp 18.450.000,00;", r, L,
               justify=True, first=(50, "2."))
    y = p.para(57, y, 133, "Melaporkan hasil pelaksanaan tugas kepada Kepala Dinas paling lambat 3 (tiga) hari "
               "kerja setelah tugas selesai.", r, L, justify=True, first=(50, "3."))
    y += 2
    y = p.para(22, y, 168, "Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", r, L)
    y += 6
    X = 118
    for t in ["Ditetapkan di Samarinda", "pada tanggal 23 November 2026", "KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"]:
        p.line(y, [(X, t, r)]); y += L
    p.sig = (X + 20, y + 6)
    y += 17
    p.line(y, [(X, "Ir. H. Desy Damayanti, M.Si.", b, "l", True)]); y += L
    p.line(y, [(X, "Pembina Utama Muda (IV/c)", r)]); y += L
    p.line(y, [(X, "NIP 19700315 199603 2 004", r)]); y += 10
    sm = F("serif", 9)
    p.line(y, [(22, "Tembusan:", sm, "l", True)]); y += 4.6
    for i, t in enumerate(["Wali Kota Samarinda (sebagai laporan);", "Inspektur Kota Samarinda;", "Arsip."]):
        p.line(y, [(22, "%d." % (i + 1), sm), (27, t, sm)]); y += 4.6
    p.line(292, [(190, "Halaman 1 dari 1", F("serif", 9), "r")])
    return p


# ------------------------------------------------------------------ 2
SPPD_ITEMS = [
    ("Uang harian Jakarta 3 hari x Rp 530.000", 1590000, "SBM 2026"),
    ("Tiket pesawat Samarinda - Jakarta (PP) Garuda GA 585/584", 3874600, "Boarding pass terlampir"),
    ("Biaya penginapan 2 malam x Rp 1.110.000", 2220000, "Hotel Ibis Tamarin"),
    ("Transport lokal Jakarta 4 kali x Rp 256.000", 1024000, "Lumpsum"),
    ("Taksi bandara APT Pranoto - Kota Samarinda (PP)", 300000, "Kuitansi"),
    ("Uang representasi 3 hari x Rp 150.000", 450000, "-"),
]


def sppd_rincian():
    p = Page()
    r, b = F("sans", 10), F("sans_b", 10)
    L = 5.0
    y = 20
    p.line(y, [(190, "Lampiran II Peraturan Wali Kota Samarinda", F("sans", 9), "r")]); y += 4.4
    p.line(y, [(190, "Nomor 12 Tahun 2026", F("sans", 9), "r")]); y += 10
    p.line(y, [(105, "RINCIAN BIAYA PERJALANAN DINAS", F("sans_b", 12), "c")]); y += 9
    for a, v in [("Lampiran SPPD Nomor", "090/2214/BPKAD-II/X/2026"), ("Tanggal", "14 Oktober 2026"),
                 ("Kode Rekening", "5.1.02.04.01.0001"), ("Sub Kegiatan", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD")]:
        p.line(y, [(20, a, r), (62, ":", r), (65, v, r)]); y += L
    y += 3
    total = sum(i[1] for i in SPPD_ITEMS)
    rows = [["No.", "Perincian Biaya", "Jumlah (Rp)", "Keterangan"]]
    for i, (t, v, k) in enumerate(SPPD_ITEMS):
        rows.append(["%d." % (i + 1), t, rp(v), k])
    rows.append([("JUMLAH", 2, 1), None, rp(total), ""])
    y = p.table(20, y, [12, 80, 32, 46], rows, r, b, 4.8, style="grid", aligns=["c", "l", "r", "l"],
                bold_rows=(len(rows) - 1,), pad=1.6) + 6
    y = p.para(20, y, 170, "Terbilang : " + terbilang(total).capitalize() + " rupiah", F("sans", 10), L)
    y += 6
    # two columns: left then right
    yl = yr = y
    for t in ["Telah dibayar sejumlah", "Rp " + rp(total), "Bendahara Pengeluaran,"]:
        p.line(yl, [(20, t, r)]); yl += L
    yl += 18
    p.line(yl, [(20, "Fitriani Rahmawati, S.E.", b, "l", True)]); yl += L
    p.line(yl, [(20, "NIP 19880214 201101 2 009", r)]); yl += L
    for t in ["Samarinda, 19 Oktober 2026", "Telah menerima jumlah uang sebesar", "Rp " + rp(total), "Yang Menerima,"]:
        p.line(yr, [(118, t, r)]); yr += L
    p.sig = (140, yr + 8)
    yr += 13
    p.line(yr, [(118, "Andi Syahrial, S.Kom.", b, "l", True)]); yr += L
    p.line(yr, [(118, "NIP 19900808 201503 1 003", r)]); yr += L
    y = max(yl, yr) + 4
    p.hline(20, 190, y, 3); y += 7
    p.line(y, [(105, "PERHITUNGAN SPPD RAMPUNG", b, "c")]); y += 7
    paid = 5000000
    for a, v in [("Ditetapkan sejumlah", total), ("Yang telah dibayar semula", paid), ("Sisa kurang", total - paid)]:
        p.line(y, [(40, a, r), (95, ": Rp", r), (140, rp(v), r, "r")]); y += L
    y += 5
    for t in ["Pejabat Pembuat Komitmen,"]:
        p.line(y, [(118, t, r)]); y += L
    y += 17
    p.line(y, [(118, "Drs. Hendra Kusuma, M.M.", b, "l", True)]); y += L
    p.line(y, [(118, "NIP 19721130 199803 1 006", r)]); y += L
    p.line(287, [(20, "SPPD-BPKAD/2026/0388", F("sans", 8)), (190, "Halaman 1 dari 1", F("sans", 8), "r")])
    p.meta = {"items": [v for _, v, _ in SPPD_ITEMS], "total": total, "paid": paid}
    return p


# ------------------------------------------------------------------ 3
KIB = [
    ("1.3.2.02.01.01.004", "Mobil Ambulance", "0001", "Toyota Hiace Commuter", "2.982 CC", "Besi", "2019", "-", "JTFSS22P5K0178542", "1KD-A412887", "KT 1093 F", "P08812476", "APBD", "628.750.000", "B"),
    ("1.3.2.02.01.01.003", "Mobil Minibus", "0002", "Toyota Innova 2.0 G", "1.998 CC", "Besi", "2021", "-", "MHFJW8EM2M2541877", "1TR-F995310", "KT 1127 F", "Q02374158", "APBD", "389.400.000", "B"),
    ("1.3.2.02.01.04.001", "Sepeda Motor", "0003", "Honda Supra X 125", "124,9 CC", "Besi", "2018", "-", "MH1JB9136JK402218", "JBK1E140222", "KT 3461 FL", "N04521783", "APBD", "18.250.000", "RR"),
    ("1.3.2.02.01.04.001", "Sepeda Motor", "0004", "Yamaha NMAX 155", "155 CC", "Besi", "2022", "-", "MH3SG6410NJ183054", "G3L8E054211", "KT 2209 FX", "R07714520", "Hibah", "31.900.000", "B"),
    ("1.3.2.05.02.06.001", "Lemari Es", "0001", "Sharp SJ-IG72", "227 Liter", "Logam", "2020", "SH2044871", "-", "-", "-", "-", "APBD", "5.475.000", "B"),
    ("1.3.2.07.01.01.003", "Mesin Genset", "0001", "Yanmar YDG5500", "5.000 Watt", "Besi", "2017", "YD1730218", "-", "-", "-", "-", "APBD", "23.600.000", "RB"),
    ("1.3.2.10.01.02.002", "Personal Computer", "0012", "HP ProDesk 400 G7", "-", "Plastik", "2023", "4CE3152K", "-", "-", "-", "-", "APBD", "14.985.000", "B"),
    ("1.3.2.10.01.02.003", "Laptop", "0027", "Lenovo ThinkPad E14", "14 Inch", "Plastik", "2024", "PF4XK9B2", "-", "-", "-", "-", "BOK", "16.320.000", "B"),
]


def kib_b():
    p = Page(landscape=True)
    r, b = F("sansc", 9), F("sansc_b", 9)
    y = 12
    p.line(y, [(148.5, "KARTU INVENTARIS BARANG (KIB) B", F("sansc_b", 12), "c")]); y += 5.5
    p.line(y, [(148.5, "PERALATAN DAN MESIN", F("sansc_b", 11), "c")]); y += 8
    for a, v in [("SKPD", "Dinas Kesehatan"), ("Kabupaten/Kota", "Kota Samarinda"), ("Provinsi", "Kalimantan Timur")]:
        p.line(y, [(12, a, r), (40, ":", r), (43, v, r)]); y += 4.4
    p.line(y, [(12, "No. Kode Lokasi", r), (40, ":", r), (43, "12.01.17.02.01.01.00", r)]); y += 4
    hdr1 = ["No", "Kode Barang", "Nama Barang / Jenis Barang", "Nomor Register", "Merk/Type", "Ukuran /CC",
            "Bahan", "Tahun Beli", ("Nomor", 5, 1), None, None, None, None, "Asal Usul", "Harga (Rp)", "Ket."]
    hdr1 = [(c, 1, 2) if isinstance(c, str) else c for c in hdr1]
    hdr2 = [None] * 8 + ["Pabrik", "Rangka", "Mesin", "Polisi", "BPKB"] + [None] * 3
    hdr3 = [str(i) for i in range(1, 17)]
    rows = [hdr1, hdr2, hdr3]
    tot = 0
    for i, k in enumerate(KIB):
        rows.append([str(i + 1)] + list(k))
        tot += int(k[13].replace(".", ""))
    rows.append([("JUMLAH", 14, 1)] + [None] * 13 + [rp(tot), ""])
    # column widths: widest word of each column + padding, then spread the rest
    need = [0.0] * 16
    for ri, row in enumerate(rows):
        f = b if ri in (0, 1, len(rows) - 1) else r
        for ci, c in enumerate(row):
            if isinstance(c, tuple) and c[1] == 1:
                c = c[0]
            if isinstance(c, str):
                need[ci] = max(need[ci], max(p.width(w, f) for w in c.split(" ")) + 2.4)
    need = [max(n, 7.0) for n in need]
    need[2] = max(need[2], 19)
    need[4] = max(need[4], 19)
    need[11] = max(need[11], 11.5)
    spare = 285 - sum(need)
    assert spare >= 0, (spare, [round(n, 1) for n in need])
    colw = [round(n + spare / 16, 2) for n in need]
    al = ["c", "l", "l", "c", "l", "l", "l", "c", "l", "l", "l", "l", "l", "l", "r", "l"]
    y = p.table(6, y + 1, colw, rows, r, b, 3.9, style="grid", aligns=al, header_rows=3, shade=205,
                bold_rows=(len(rows) - 1,), pad=1.0, row_fonts={2: F("sansc", 9)}, lw=3) + 4
    yl = yr = y
    for t in ["Mengetahui,", "Kepala Dinas Kesehatan Kota Samarinda,"]:
        p.line(yl, [(40, t, r)]); yl += 4.2
    for t in ["Samarinda, 31 Desember 2026", "Pengurus Barang,"]:
        p.line(yr, [(205, t, r)]); yr += 4.2
    p.sig = (222, yr + 5)
    yl = yr = yr + 11
    p.line(yl, [(40, "dr. Ismid Kusasih, M.Kes.", b, "l", True)]); yl += 4.2
    p.line(yl, [(40, "NIP 19710725 200012 1 002", r)])
    p.line(yr, [(205, "Nur Aisyah, A.Md.", b, "l", True)]); yr += 4.2
    p.line(yr, [(205, "NIP 19930316 201902 2 011", r)])
    assert yr < 201, yr
    p.line(206, [(12, "Dicetak dari SIMBADA Kota Samarinda, 04-01-2027 09:14", F("sansc", 8)),
                 (285, "Hal. 1 / 1", F("sansc", 8), "r")])
    p.meta = {"prices": [int(k[13].replace(".", "")) for k in KIB], "total": tot}
    return p


# ------------------------------------------------------------------ 4
NOTA = [
    ("Kertas HVS A4 70 gr PaperOne", 25, "Rim", 54000),
    ("Kertas HVS F4 70 gr Sinar Dunia", 10, "Rim", 59500),
    ("Tinta Epson 003 Hitam", 6, "Botol", 87000),
    ("Tinta Epson 003 Warna", 6, "Botol", 89000),
    ("Map Snelhecter Plastik", 4, "Pak", 42500),
    ("Pulpen Standard AE7 Hitam", 5, "Kotak", 31000),
    ("Stapler HD-10 Kenko", 8, "Buah", 18500),
    ("Isi Staples No. 10", 12, "Kotak", 3250),
    ("Ordner Bantex 1450 Folio", 15, "Buah", 38750),
]


def nota_pembelian():
    p = Page()
    r, b = F("mono", 10), F("mono_b", 10)
    L = 4.8
    y = 22
    p.line(y, [(20, "CV. MAHAKAM JAYA ABADI", F("mono_b", 12))]); y += 5.5
    for t in ["Alat Tulis Kantor - Fotocopy - Percetakan", "Jl. Pahlawan No. 27 Samarinda Telp. 0541-7781204",
              "NPWP : 02.415.778.1-722.000"]:
        p.line(y, [(20, t, F("mono", 9))]); y += 4.3
    y2 = 22
    for a, v in [("No. Faktur", "MJA/2026/11/0457"), ("Tanggal", "18-11-2026"), ("Jatuh Tempo", "-")]:
        p.line(y2, [(128, a, F("mono", 9)), (152, ":", F("mono", 9)), (155, v, F("mono", 9))]); y2 += 4.3
    y = max(y, y2) + 4
    p.line(y, [(105, "FAKTUR / NOTA PEMBELIAN", F("mono_b", 11), "c")]); y += 8
    p.line(y, [(20, "Kepada Yth.", r), (50, ":", r), (53, "Bendahara Pengeluaran Kecamatan Sungai Kunjang", r)]); y += L
    p.line(y, [(53, "Jl. Jakarta Blok AH No. 1, Samarinda", r)]); y += 4
    rows = [["No", "Nama Barang", "Banyak", "Satuan", "Harga Satuan", "Jumlah"]]
    sub = 0
    for i, (n, q, s, h) in enumerate(NOTA):
        rows.append([str(i + 1), n, str(q), s, rp(h), rp(q * h)])
        sub += q * h
    y = p.table(20, y, [9, 64, 16, 17, 29, 35], rows, r, b, 4.6, style="hrules",
                aligns=["c", "l", "r", "l", "r", "r"], pad=1.3) + 6
    ppn = round(sub * 11 / 100)
    disc = 0
    for a, v in [("Sub Total", sub), ("PPN 11%", ppn), ("TOTAL", sub + ppn)]:
        f = b if a == "TOTAL" else r
        p.line(y, [(118, a, f), (148, ": Rp", f), (190, rp(v), f, "r")]); y += L
    y += 3
    y = p.para(20, y, 170, "Terbilang : " + terbilang(sub + ppn) + " rupiah", F("mono", 9), 4.4)
    y += 3
    y = p.para(20, y, 170, "Kode Rekening : 5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
               F("mono", 9), 4.4)
    y += 8
    yl = yr = y
    p.line(yl, [(30, "Penerima,", r)]); yl += 24
    p.line(yl, [(30, "Hj. Norhayati", r)])
    p.line(yr, [(135, "Hormat kami,", r)]); yr += L
    p.sig = (150, yr + 6)
    yr += 19
    p.line(yr, [(135, "Hendrik Wijaya", r)])
    p.line(278, [(105, "Barang yang sudah dibeli tidak dapat ditukar/dikembalikan.", F("mono", 8), "c")])
    p.line(283, [(105, "Lembar 1 : Pembeli", F("mono", 8), "c")])
    p.meta = {"items": [(q, h) for _, q, _, h in NOTA], "sub": sub, "ppn": ppn, "total": sub + ppn}
    return p


# ------------------------------------------------------------------ 5
def notulen_rapat():
    p = Page()
    r, b = F("serifc", 11), F("serifc_b", 11)
    L = 5.4
    y = kop(p, 20, "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
            "Jalan Dahlia Nomor 81 Lantai 3 Samarinda 75117 Laman bappeda.samarindakota.go.id", "serifc_b", "serifc")
    p.line(y + 3, [(105, "NOTULEN RAPAT", F("serifc_b", 12), "c")]); y += 12
    for a, v in [("Hari/Tanggal", "Kamis, 12 November 2026"), ("Waktu", "09.00 s.d. 12.15 WITA"),
                 ("Tempat", "Ruang Rapat Mahakam, Bappeda Kota Samarinda"),
                 ("Dasar", "Undangan Nomor 005/0892/BAPPEDA-IV/XI/2026"),
                 ("Pimpinan Rapat", "Sekretaris Bappeda"), ("Acara", "Sinkronisasi Pagu Indikatif Kecamatan TA 2027")]:
        p.line(y, [(20, a, r), (55, ":", r), (58, v, r)]); y += L
    y += 2
    p.line(y, [(20, "Peserta Rapat:", b)]); y += L
    left = ["Sekretaris Bappeda", "Kabid Perencanaan Makro", "Kabid Infrastruktur", "Kasubbag Keuangan BPKAD",
            "Camat Samarinda Ulu", "Camat Sungai Pinang", "Camat Palaran"]
    right = ["Camat Loa Janan Ilir", "Camat Sambutan", "Camat Samarinda Utara", "Camat Sungai Kunjang",
             "Camat Samarinda Seberang", "Perwakilan Inspektorat", "Staf Bidang Perencanaan"]
    y0 = y
    for i, t in enumerate(left):
        p.line(y, [(24, "%d." % (i + 1), r), (31, t, r)]); y += L
    y = y0
    for i, t in enumerate(right):
        p.line(y, [(110, "%d." % (i + 8), r), (117, t, r)]); y += L
    y += 3
    p.line(y, [(20, "Pokok Pembahasan:", b)]); y += L
    items = [
        "Sekretaris Bappeda membuka rapat dan menyampaikan bahwa total pagu indikatif kewilayahan untuk 10 "
        "kecamatan TA 2027 sebesar Rp 42.750.000.000,00 atau turun 6,4% dibanding TA 2026.",
        "Kabid Perencanaan Makro menjelaskan bobot alokasi: jumlah penduduk 40%, luas wilayah 25%, "
        "indeks kemiskinan 20% dan kinerja serapan anggaran 15%.",
        "Camat Palaran mengusulkan tambahan Rp 1.250.000.000,00 untuk penanganan banjir di Kelurahan "
        "Rawa Makmur; usulan dicatat dan akan dibahas pada rapat TAPD tanggal 19 November 2026.",
        "Perwakilan BPKAD mengingatkan agar usulan belanja menggunakan kode rekening sesuai Kepmendagri "
        "900.1-4758 Tahun 2025, misalnya 5.1.02.02.01.0026 untuk belanja jasa tenaga administrasi.",
    ]
    for i, t in enumerate(items):
        y = p.para(31, y, 159, t, r, L, justify=True, first=(24, "%d." % (i + 1)))
    y += 2
    p.line(y, [(20, "Kesimpulan:", b)]); y += L
    for i, t in enumerate(["Kecamatan menyampaikan revisi RKA paling lambat 25 November 2026.",
                           "Notulen ini menjadi bahan penyusunan Rancangan KUA-PPAS TA 2027."]):
        y = p.para(31, y, 159, t, r, L, first=(24, "%s." % "ab"[i]))
    y += 6
    yl = yr = y
    p.line(yl, [(30, "Notulis,", r)]); yl += 22
    p.line(yl, [(30, "Rina Marlina, S.E.", b, "l", True)]); yl += L
    p.line(yl, [(30, "NIP 19950211 202012 2 006", r)])
    p.line(yr, [(125, "Pimpinan Rapat,", r)]); yr += L
    p.sig = (145, yr + 7)
    yr += 17
    p.line(yr, [(125, "Dr. Ahmad Fauzi, S.T., M.T.", b, "l", True)]); yr += L
    p.line(yr, [(125, "NIP 19750520 200212 1 005", r)])
    p.line(288, [(105, "- 1 -", F("serifc", 9), "c")])
    return p


# ------------------------------------------------------------------ 6
def ba_kas():
    p = Page()
    r, b = F("serif", 10), F("serif_b", 10)
    L = 5.0
    y = 22
    p.line(y, [(105, "BERITA ACARA PEMERIKSAAN KAS", F("serif_b", 12), "c", True)]); y += 6
    p.line(y, [(105, "Nomor : 700/0417/INSP-II/XII/2026", r, "c")]); y += 10
    y = p.para(20, y, 170, "Pada hari ini Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam, "
               "yang bertanda tangan di bawah ini:", r, L, justify=True)
    y += 2
    for a, v in [("Nama", "Hj. Mariana Ulfah, S.E., M.Ak."), ("NIP", "19760904 200501 2 012"),
                 ("Jabatan", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah")]:
        p.line(y, [(28, a, r), (55, ":", r), (58, v, r)]); y += L
    y += 1
    y = p.para(20, y, 170, "melakukan pemeriksaan kas terhadap:", r, L)
    y += 1
    for a, v in [("Nama", "Yusuf Effendi, A.Md."), ("NIP", "19890117 201402 1 001"),
                 ("Jabatan", "Bendahara Pengeluaran Dinas Perhubungan")]:
        p.line(y, [(28, a, r), (55, ":", r), (58, v, r)]); y += L
    y += 1
    y = p.para(20, y, 170, "yang berdasarkan Keputusan Wali Kota Samarinda Nomor 900.1.13/017/HK-KS/I/2026 "
               "ditugaskan mengurus uang persediaan, dengan hasil pemeriksaan sebagai berikut:", r, L, justify=True)
    y += 2
    tunai, bank, meterai, panjar = 2415500, 176938800, 900000, 7400000
    sisa = tunai + bank + meterai + panjar
    bku = sisa + 350000
    self_rows = [
        ("A.", "Saldo kas menurut Buku Kas Umum per 30 November 2026", bku, None),
        ("B.", "Saldo kas yang terdiri dari:", None, None),
        ("", "1. Uang kertas dan logam di brankas", None, tunai),
        ("", "2. Saldo Bank Kaltimtara No. 0011.2402.7718", None, bank),
        ("", "3. Meterai dan surat berharga", None, meterai),
        ("", "4. Panjar kegiatan belum dipertanggungjawabkan", None, panjar),
        ("", "Jumlah B", sisa, None),
        ("C.", "Selisih (A - B)", bku - sisa, None),
    ]
    for lab, t, v1, v2 in self_rows:
        segs = [(22, lab, r), (29 if lab else 33, t, b if t.startswith("Jumlah") else r)]
        if v2 is not None:
            segs += [(126, "Rp", r), (155, rp(v2), r, "r")]
        if v1 is not None:
            segs += [(160, "Rp", r), (190, rp(v1), r, "r")]
        p.line(y, segs); y += L
        if t.startswith("4."):
            p.hline(126, 155, y - 3.6, 3)
    y += 2
    y = p.para(20, y, 170, "Selisih kas sebesar Rp " + rp(bku - sisa) + " (" + terbilang(bku - sisa) + " rupiah) "
               "disebabkan pembayaran honorarium yang belum dibukukan pada BKU. Demikian berita acara ini "
               "dibuat dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinya.", r, L, justify=True)
    y += 6
    yl = yr = y
    for t in ["Yang Diperiksa,", "Bendahara Pengeluaran"]:
        p.line(yl, [(22, t, r)]); yl += L
    yl += 16
    p.line(yl, [(22, "Yusuf Effendi, A.Md.", b, "l", True)]); yl += L
    p.line(yl, [(22, "NIP 19890117 201402 1 001", r)])
    for t in ["Samarinda, 30 November 2026", "Yang Memeriksa,", "Kepala BPKAD Kota Samarinda"]:
        p.line(yr, [(118, t, r)]); yr += L
    p.sig = (138, yr + 6)
    yr += 16
    p.line(yr, [(118, "Hj. Mariana Ulfah, S.E., M.Ak.", b, "l", True)]); yr += L
    p.line(yr, [(118, "NIP 19760904 200501 2 012", r)])
    p.line(287, [(20, "BA-KAS/DISHUB/11/2026", F("serif", 8)), (190, "Halaman 1 dari 1", F("serif", 8), "r")])
    p.meta = {"bku": bku, "parts": [tunai, bank, meterai, panjar], "sum": sisa, "diff": bku - sisa}
    return p


# ------------------------------------------------------------------ 7
HADIR = [
    ("Sri Wahyuni, S.E.", "19820511 200801 2 019", "Kasubbag Keuangan Dinas Pendidikan", "0812-5544-1093"),
    ("Muhammad Ilham Akbar", "19940228 202012 1 004", "Analis Anggaran BPKAD", "0853-4921-7760"),
    ("Dewi Kartika Sari, S.Ak.", "19910719 201902 2 008", "Bendahara Dinas Lingkungan Hidup", "0821-5003-8812"),
    ("Hendra Gunawan, S.T.", "19870103 201101 1 012", "Perencana Ahli Muda Dinas PUPR", "0811-5871-203"),
    ("Nurul Hidayah", "19960915 202203 2 001", "Pengelola Keuangan Kecamatan Palaran", "0852-5090-4471"),
    ("Yohanes Tandi Lolo, S.Kom.", "19890424 201503 1 006", "Pranata Komputer Diskominfo", "0813-4722-0958"),
    ("Rahmawati, S.Sos.", "19800830 200604 2 014", "Kasubbag Program RSUD I.A. Moeis", "0822-5517-3390"),
    ("Abdul Gafur", "19780612 200901 1 003", "Bendahara Satpol PP", "0812-5301-6674"),
    ("Lisa Febriyanti, S.E., M.M.", "19880202 201101 2 010", "Analis Keuangan Dinas Kesehatan", "0856-5120-8837"),
    ("Fajar Ramadhan, A.Md.", "19970118 202203 1 002", "Pengadministrasi Umum Kelurahan Sidodadi", "0821-5488-0016"),
    ("Ratna Sulistyowati", "19850507 201001 2 021", "Kasubbag Umum Disdukcapil", "0811-553-7702"),
]


def daftar_hadir(rng):
    p = Page()
    r, b = F("sans", 9), F("sans_b", 9)
    y = 18
    for t, f in [("DAFTAR HADIR", F("sans_b", 12)),
                 ("BIMBINGAN TEKNIS PENYUSUNAN RKA-SKPD BERBASIS SIPD", F("sans_b", 11)),
                 ("TAHUN ANGGARAN 2027", F("sans_b", 11))]:
        p.line(y, [(105, t, f, "c")]); y += 5.6
    y += 3
    for a, v in [("Hari/Tanggal", "Rabu, 2 Desember 2026"), ("Tempat", "Aula BPKAD Lt. 2, Jl. Kesuma Bangsa No. 82"),
                 ("Kode Rekening", "5.1.02.02.01.0003 Honorarium Narasumber atau Pembahas")]:
        p.line(y, [(15, a, F("sans", 10)), (45, ":", F("sans", 10)), (48, v, F("sans", 10))]); y += 5
    y += 1
    rows = [["No", "Nama", "NIP", "Jabatan / Unit Kerja", "No. HP", "Tanda Tangan"]]
    for i, (n, nip, j, hp) in enumerate(HADIR):
        rows.append([str(i + 1), n, nip, j, hp, "%d." % (i + 1)])
    colw = [8, 34, 45, 35, 30, 28]
    y0 = y
    y = p.table(15, y, colw, rows, r, b, 4.2, style="grid", aligns=["c", "l", "l", "l", "l", "l"],
                shade=225, pad=1.3, min_h=12.5)
    # signatures inside the Tanda Tangan column; numbers alternate left / middle (as printed forms do),
    # so move the printed number of even rows: redraw is not possible -> we used left numbers for all
    xs, ys = p.last_table_geom
    for i in range(len(HADIR)):
        top, bot = ys[i + 1], ys[i + 2]
        cx = px(xs[5] + 11 + (4 if i % 2 else -1))
        cy = px((top + bot) / 2 + 1)
        scribble(p.d, cx, cy, px(13), px(6), rng, 40, 4)
    y += 8
    for t in ["Samarinda, 2 Desember 2026", "Ketua Panitia Pelaksana,"]:
        p.line(y, [(130, t, F("sans", 10))]); y += 5
    p.sig = (150, y + 7)
    y += 17
    p.line(y, [(130, "Bambang Sutrisno, S.E.", F("sans_b", 10), "l", True)]); y += 5
    p.line(y, [(130, "NIP 19810409 200604 1 008", F("sans", 10))])
    p.line(290, [(15, "Form DH-01/BPKAD", F("sans", 8)), (195, "Lembar 1 dari 1", F("sans", 8), "r")])
    return p


def build_all(seed=29):
    rng = np.random.default_rng(seed)
    return {
        "surat_tugas": surat_tugas(),
        "sppd_rincian": sppd_rincian(),
        "kib_b": kib_b(),
        "nota_pembelian": nota_pembelian(),
        "notulen_rapat": notulen_rapat(),
        "ba_kas": ba_kas(),
        "daftar_hadir": daftar_hadir(rng),
    }
