"""The seven invented documents. Each builder returns a layout.Page with truth recorded."""
from layout import Page, F, mm, W, H, wrap

LM, RM = mm(20), W - mm(15)


def rp(n):
    s = f"{n:,}".replace(",", ".")
    return s


def kop(p, unit, addr, fam="serif", y0=mm(13)):
    """Letterhead: shield logo (graphic only) + centred lines + double rule."""
    cx = (LM + RM) // 2 + mm(10)
    lx, ly = LM + mm(2), y0
    s = mm(24)
    p.d.polygon([(lx, ly), (lx + s, ly), (lx + s, ly + int(s * 0.7)), (lx + s // 2, ly + int(s * 1.15)),
                 (lx, ly + int(s * 0.7))], outline=0, width=6)
    p.d.ellipse([lx + s // 4, ly + s // 5, lx + 3 * s // 4, ly + 3 * s // 5 + s // 20], outline=0, width=5)
    p.d.rectangle([lx + s // 2 - 4, ly + s // 2, lx + s // 2 + 4, ly + int(s * 0.95)], fill=0)
    y = y0 + mm(6)
    p.line(y, (cx, "PEMERINTAH KOTA SAMARINDA", F(fam + "_b" if fam != "sans_c" else "sans_cb", 13), "c"))
    y += mm(7.5)
    for u in unit:
        p.line(y, (cx, u, F(fam + "_b" if fam != "sans_c" else "sans_cb", 15), "c"))
        y += mm(7.5)
    for a in addr:
        p.line(y - mm(1.5), (cx, a, F(fam, 9), "c"))
        y += mm(4.6)
    y = max(y, y0 + int(s * 1.2)) + mm(1)
    p.hline(LM, RM, y, w=9)
    p.hline(LM, RM, y + 14, w=3)
    return y + mm(8)


def sigblock(p, x, y, lines, f, lead, center=True, gap_after=None):
    """Signature block drawn alone (not side by side). lines: list of text; '' = empty space for signature."""
    for t in lines:
        if t == "":
            y += gap_after or mm(18)
            continue
        p.line(y, (x, t, f, "c" if center else "l"))
        y += lead
    return y


def footer(p, left, right, f, lm=None, rm=None):
    LM_, RM_ = lm or LM, rm or RM
    y = H - mm(12)
    assert p.maxy < y - mm(10), (p.name, "content runs into footer", p.maxy, y)
    p.hline(LM_, RM_, y - mm(5), w=2, fill=60)
    p.line(y, (LM_, left, f), (RM_, right, f, "r"))


# ---------------------------------------------------------------- 1. KIR (ruled grid)
KIR_ITEMS = [
    ("Lemari Arsip Besi 4 Laci", "Brother / LB-4", "2019", "1.3.2.05.01.04.002", 4, 3450000, "B"),
    ("Rak Arsip Roll O'Pack", "Alba / RO-6", "2021", "1.3.2.05.01.04.005", 2, 48750000, "B"),
    ("Meja Kerja 1/2 Biro", "Chitose / MK-120", "2018", "1.3.2.05.02.01.001", 6, 1875000, "KB"),
    ("Kursi Kerja Putar", "Indachi / KP-22", "2018", "1.3.2.05.02.01.003", 6, 950000, "B"),
    ("Personal Computer", "Lenovo / M70t", "2023", "1.3.2.10.01.02.001", 3, 14200000, "B"),
    ("Printer Ink Tank", "Epson / L6270", "2022", "1.3.2.10.02.03.003", 1, 4150000, "B"),
    ("Scanner Dokumen", "Fujitsu / fi-7160", "2022", "1.3.2.10.02.03.012", 2, 21900000, "B"),
    ("Air Conditioner 2 PK", "Daikin / FTKC50", "2020", "1.3.2.05.02.04.004", 2, 9800000, "RR"),
    ("Mesin Penghancur Kertas", "Secure / Maxi 15", "2017", "1.3.2.05.01.05.010", 1, 6300000, "RB"),
    ("Dehumidifier", "Sharp / DW-J27FV", "2023", "1.3.2.05.02.06.029", 2, 5475000, "B"),
    ("Alat Pemadam Api Ringan 6 kg", "Yamato / ABC-6", "2024", "1.3.2.05.02.06.058", 2, 1150000, "B"),
    ("Kamera Digital", "Canon / EOS 250D", "2021", "1.3.2.06.01.02.107", 1, 10990000, "B"),
]


def build_kir():
    p = Page("kir")
    y = kop(p, ["DINAS PERPUSTAKAAN DAN KEARSIPAN"],
            ["Jalan Dahlia Nomor 52 Samarinda 75112, Telepon (0541) 741236",
             "Pos-el: dispursip@samarindakota.go.id"], fam="serif")
    y += mm(2)
    p.line(y, ((LM + RM) // 2, "KARTU INVENTARIS RUANGAN (KIR)", F("serif_b", 12), "c"))
    y += mm(10)
    f = F("serif", 10)
    x2 = LM + mm(38)
    for lab, val in [("Provinsi", "Kalimantan Timur"), ("Kabupaten/Kota", "Kota Samarinda"),
                     ("Unit Organisasi", "Dinas Perpustakaan dan Kearsipan"),
                     ("Sub Unit", "Bidang Pengelolaan Arsip Dinamis"),
                     ("Ruangan", "Ruang Pengolahan Arsip Lantai 2"),
                     ("Kode Lokasi", "12.01.15.02.01.001.02")]:
        p.kv(y, LM, x2, lab, val, f)
        y += mm(5.2)
    p.line(y - mm(5.2) * 6, (RM, "No. Kode Ruang: R.2.07", f, "r"), record=False)
    # record that right-hand piece on the first kv line: merge into the first recorded kv line
    idx = len(p.lines) - 6
    p.lines[idx] = p.lines[idx] + " No. Kode Ruang: R.2.07"
    y += mm(3)
    rows = [["No.", "Nama Barang", "Merk / Model", "Tahun Beli", "No. Kode Barang", "Jml",
             "Harga Perolehan (Rp)", "Kon- disi"]]
    rows[0][7] = "Kond."
    tot_j, tot_h = 0, 0
    for i, (nm, mk, th, kd, j, hs, k) in enumerate(KIR_ITEMS, 1):
        h = j * hs
        tot_j += j
        tot_h += h
        rows.append([str(i), nm, mk, th, kd, str(j), rp(h), k])
    rows.append(["", "JUMLAH", "", "", "", str(tot_j), rp(tot_h), ""])
    widths = [mm(v) for v in (9, 39, 32, 14, 33, 9, 25, 14)]
    ft = F("serif", 9)
    y = p.table(LM, y, widths, rows, ft, style="grid", hfont=F("serif_b", 9),
                aligns=["c", "l", "l", "c", "l", "c", "r", "c"], hmerge=[(len(rows) - 1, 1, 4)], pad=mm(1.0))
    y += mm(6)
    fs = F("serif", 9)
    p.line(y, (LM, "Keterangan kondisi: B = Baik, KB = Kurang Baik, RR = Rusak Ringan, RB = Rusak Berat", fs))
    y += mm(5)
    p.line(y, (LM, "Tidak dibenarkan memindahkan barang tanpa sepengetahuan Pengurus Barang.", fs))
    y += mm(10)
    # two signature blocks side by side on common baselines -> each printed line joined left->right
    xl, xr = LM + mm(40), RM - mm(45)
    fb = F("serif", 10)
    blk = [("Mengetahui,", "Samarinda, 30 November 2026"),
           ("Kepala Dinas,", "Pengurus Barang Pengguna,")]
    for a, b in blk:
        p.line(y, (xl, a, fb, "c"), (xr, b, fb, "c"))
        y += mm(5)
    p.sig = (xr - mm(10), y + mm(6))
    y += mm(16)
    p.line(y, (xl, "Dra. Hj. Nurul Aini, M.Si.", F("serif_b", 10), "c"), (xr, "Rizky Pratama Putra, S.E.", F("serif_b", 10), "c"))
    y += mm(5)
    p.line(y, (xl, "NIP 19720815 199803 2 006", fb, "c"), (xr, "NIP 19910224 201503 1 003", fb, "c"))
    footer(p, "KIR/Dispursip/R.2.07/2026", "Halaman 1 dari 1", F("serif_i", 8))
    p.meta = {"total_jumlah": tot_j, "total_harga": tot_h}
    return p


# ---------------------------------------------------------------- 2. Agenda surat masuk (horizontal rules)
AGENDA = [
    ("0712", "02-11-2026", "900/3381/BPKAD-II/X/2026", "29-10-2026", "BPKAD Kota Samarinda", "Penyampaian jadwal rekonsiliasi aset triwulan III", "Sekretaris"),
    ("0713", "02-11-2026", "005/1127/SETDA-IV/XI/2026", "01-11-2026", "Bagian Umum Setda", "Undangan rapat koordinasi HUT Kota", "Kadis"),
    ("0714", "03-11-2026", "660/0458/DLHK-III/X/2026", "30-10-2026", "DLHK Prov. Kaltim", "Permintaan data timbulan sampah 2026", "Kabid PSLB3"),
    ("0715", "04-11-2026", "027/2290/BAPPEDA-I/XI/2026", "03-11-2026", "Bappeda Kota Samarinda", "Verifikasi Renja Perubahan", "Sekretaris"),
    ("0716", "05-11-2026", "800/0917/BKPSDM-II/XI/2026", "04-11-2026", "BKPSDM Kota Samarinda", "Usulan kenaikan pangkat periode April 2027", "Kasubag Umpeg"),
    ("0717", "05-11-2026", "660/0051/KEC.SU-I/XI/2026", "05-11-2026", "Kecamatan Samarinda Ulu", "Laporan pembuangan limbah di Sungai Karang Mumus", "Kabid Gakkum"),
    ("0718", "09-11-2026", "045/3102/DISKOMINFO-III/XI/2026", "06-11-2026", "Diskominfo", "Pemutakhiran arsip elektronik SRIKANDI", "Sekretaris"),
    ("0719", "10-11-2026", "900/3544/BPKAD-II/XI/2026", "09-11-2026", "BPKAD Kota Samarinda", "Batas akhir pengajuan SPP-LS", "Bendahara"),
    ("0720", "11-11-2026", "503/0774/DPMPTSP-II/XI/2026", "10-11-2026", "DPMPTSP", "Rekomendasi persetujuan lingkungan PT Borneo Cahaya Sentosa", "Kabid Tata Ling."),
    ("0721", "12-11-2026", "700/0381/INSPEKTORAT-I/XI/2026", "11-11-2026", "Inspektorat Daerah", "Tindak lanjut temuan BPK Semester I", "Kadis"),
    ("0722", "16-11-2026", "660/1218/DLH-III/XI/2026", "13-11-2026", "DLH Kab. Kutai Kartanegara", "Koordinasi TPA regional", "Kabid PSLB3"),
    ("0723", "17-11-2026", "060/0663/ORTALA-II/XI/2026", "16-11-2026", "Bagian Organisasi Setda", "Evaluasi SAKIP tahun 2026", "Sekretaris"),
    ("0724", "19-11-2026", "974/0129/BAPENDA-I/XI/2026", "18-11-2026", "Bapenda Kota Samarinda", "Sosialisasi retribusi persampahan", "Kabid Pengelolaan"),
]


def build_agenda():
    p = Page("agenda_surat")
    L_, R_ = mm(12), W - mm(10)
    fb = F("sans_cb", 12)
    y = mm(20)
    p.line(y, (L_, "BUKU AGENDA SURAT MASUK", fb))
    y += mm(6.5)
    f = F("sans_c", 10)
    p.line(y, (L_, "Dinas Lingkungan Hidup Kota Samarinda - Subbagian Umum dan Kepegawaian", f))
    y += mm(5.5)
    p.line(y, (L_, "Bulan: November 2026", f), (R_, "Buku Nomor: 04/2026", f, "r"))
    y += mm(7)
    rows = [["No. Agd", "Tgl Terima", "Nomor Surat", "Tgl Surat", "Asal Surat", "Perihal", "Diteruskan"]]
    for a in AGENDA:
        rows.append(list(a))
    widths = [mm(v) for v in (11, 20, 53, 20, 28, 35, 21)]
    y = p.table(L_, y, widths, rows, F("sans_c", 9), style="hrules", hfont=F("sans_cb", 9),
                aligns=["c", "c", "l", "c", "l", "l", "l"], pad=mm(1.2))
    y += mm(6)
    p.line(y, (L_, f"Jumlah surat masuk bulan ini: {len(AGENDA)} ({terbilang(len(AGENDA))}) surat, nomor agenda {AGENDA[0][0]} s.d. {AGENDA[-1][0]}.", F("sans_c", 9)))
    y += mm(12)
    x = R_ - mm(40)
    f10 = F("sans_c", 10)
    y = sigblock(p, x, y, ["Samarinda, 30 November 2026", "Pengadministrasi Umum,"], f10, mm(5))
    p.sig = (x - mm(6), y + mm(6))
    y += mm(17)
    p.line(y, (x, "Yuliana Sari Dewi", F("sans_cb", 10), "c"))
    y += mm(5)
    p.line(y, (x, "NIP 19880607 201101 2 009", f10, "c"))
    footer(p, "Agenda-SM/DLH/XI/2026", "Hal. 7", F("sans_c", 8), L_, R_)
    p.meta = {"n_rows": len(AGENDA)}
    return p


# ---------------------------------------------------------------- 3. Kartu kendali persediaan (no rules)
PRICE = 54500
MOVES = [  # (tgl, bukti, uraian, masuk, keluar)
    ("01-10-2026", "SA-2026", "Saldo awal bulan", 0, 0),
    ("02-10-2026", "BPP-0311", "Subbag Umum dan Kepegawaian", 0, 12),
    ("05-10-2026", "BAST-0147", "Terima CV Borneo Stationery", 150, 0),
    ("06-10-2026", "BPP-0314", "Bidang Pencegahan Penyakit", 0, 20),
    ("08-10-2026", "BPP-0318", "Bidang Pelayanan Kesehatan", 0, 15),
    ("12-10-2026", "BPP-0322", "UPT Puskesmas Sempaja", 0, 8),
    ("14-10-2026", "BPP-0325", "Bidang Kesehatan Masyarakat", 0, 18),
    ("19-10-2026", "BPP-0331", "Sekretariat / Keuangan", 0, 25),
    ("21-10-2026", "BAST-0162", "Terima CV Borneo Stationery", 60, 0),
    ("22-10-2026", "BPP-0336", "UPT Puskesmas Temindung", 0, 10),
    ("26-10-2026", "BPP-0340", "Bidang SDK", 0, 14),
    ("28-10-2026", "RTR-0009", "Retur rusak ke penyedia", 0, 4),
    ("29-10-2026", "BPP-0344", "Subbag Program", 0, 16),
    ("30-10-2026", "BPP-0347", "Instalasi Farmasi Kota", 0, 21),
    ("31-10-2026", "SO-1026", "Stock opname akhir bulan", 0, 0),
]
SALDO_AWAL = 38


def build_persediaan():
    p = Page("kartu_persediaan")
    y = mm(20)
    fb = F("mono_b", 11)
    p.line(y, ((LM + RM) // 2, "KARTU KENDALI PERSEDIAAN BARANG", fb, "c"))
    y += mm(5.5)
    p.line(y, ((LM + RM) // 2, "DINAS KESEHATAN KOTA SAMARINDA", fb, "c"))
    y += mm(10)
    f = F("mono", 10)
    x2 = LM + mm(44)
    for lab, val in [("Gudang", "Gudang Umum Sekretariat"),
                     ("Kode Barang", "1.1.7.01.03.01.001"),
                     ("Nama Barang", "Kertas HVS A4 80 gram"),
                     ("Satuan", "Rim"),
                     ("Kode Rekening", "5.1.02.01.01.0026"),
                     ("Nama Rekening", "Belanja Alat/Bahan Kegiatan Kantor-Kertas dan Cover"),
                     ("Periode", "Oktober 2026")]:
        p.kv(y, LM, x2, lab, val, f)
        y += mm(5.3)
    y += mm(5)
    rows = [["Tanggal", "No. Bukti", "Uraian", "Masuk", "Keluar", "Sisa", "Harga Sat.", "Nilai Sisa"]]
    sisa = SALDO_AWAL
    tm = tk = 0
    for tgl, b, u, m, k in MOVES:
        sisa += m - k
        tm += m
        tk += k
        rows.append([tgl, b, u, str(m) if m else "", str(k) if k else "", str(sisa), rp(PRICE), rp(sisa * PRICE)])
    rows.append(["", "", "Jumlah", str(tm), str(tk), str(sisa), "", rp(sisa * PRICE)])
    widths = [mm(v) for v in (24, 21, 58, 12, 14, 11, 16, 22)]
    ft = F("mono", 9)
    y = p.table(LM - mm(3), y, widths, rows, ft, style="none", hfont=F("mono_b", 9),
                aligns=["l", "l", "l", "r", "r", "r", "r", "r"], pad=mm(1.0), lead=int(ft.size * 1.55))
    y += mm(8)
    f9 = F("mono", 9)
    p.line(y, (LM, f"Saldo akhir 31-10-2026: {sisa} Rim x Rp {rp(PRICE)} = Rp {rp(sisa * PRICE)}", f9))
    y += mm(5)
    p.line(y, (LM, "Hasil stock opname sesuai dengan saldo kartu (selisih 0).", f9))
    y += mm(14)
    x = RM - mm(40)
    f10 = F("mono", 10)
    y = sigblock(p, x, y, ["Samarinda, 31 Oktober 2026", "Pengurus Barang,"], f10, mm(5))
    p.sig = (x - mm(4), y + mm(6))
    y += mm(17)
    p.line(y, (x, "Agus Salim Harahap", F("mono_b", 10), "c"))
    y += mm(5)
    p.line(y, (x, "NIP 19830119 200903 1 004", f10, "c"))
    footer(p, "Dicetak: 01-11-2026 08:15 | SIMDA-Persediaan", "Hlm 1/1", F("mono", 8))
    p.meta = {"saldo_awal": SALDO_AWAL, "price": PRICE, "moves": MOVES, "sisa": sisa}
    return p


# ---------------------------------------------------------------- 4. Daftar nominatif (shaded, merged, wrapped)
PEG = [
    ("Drs. Ahmad Rifa'i, M.Si.", "19700512 199503 1 002", "Pembina Tingkat I (IV/b)", "01-04-2019", "Camat Samarinda Ulu", 31, 7, "S2 Ilmu Administrasi"),
    ("Hj. Siti Rahmawati, S.Sos.", "19750923 200012 2 003", "Pembina (IV/a)", "01-10-2021", "Sekretaris Kecamatan", 25, 11, "S1 Sosiologi"),
    ("Muhammad Iqbal Fadillah, S.STP.", "19890417 201009 1 001", "Penata Tingkat I (III/d)", "01-04-2022", "Kepala Seksi Pemerintahan dan Ketenteraman Umum", 16, 2, "D4 Pemerintahan"),
    ("Rina Puspitasari, S.E.", "19860308 201001 2 015", "Penata Tingkat I (III/d)", "01-10-2023", "Kepala Seksi Pemberdayaan Masyarakat", 16, 10, "S1 Ekonomi Manajemen"),
    ("Andi Baso Mappaseng, S.H.", "19820730 200604 1 008", "Penata (III/c)", "01-04-2020", "Kepala Subbagian Umum dan Kepegawaian", 20, 7, "S1 Ilmu Hukum"),
    ("Dewi Kartika Sari, S.Ak.", "19920114 201503 2 002", "Penata Muda Tingkat I (III/b)", "01-04-2021", "Analis Keuangan Pusat dan Daerah", 11, 8, "S1 Akuntansi"),
    ("Yohanes Lirung", "19780221 200801 1 012", "Pengatur Tingkat I (II/d)", "01-10-2020", "Pengadministrasi Perkantoran", 18, 10, "SMA IPS"),
    ("Nurhalimah, A.Md.", "19940605 201903 2 007", "Pengatur (II/c)", "01-03-2019", "Pranata Komputer Terampil", 7, 8, "D3 Manajemen Informatika"),
    ("Fajar Nugroho, S.Kom.", "19960812 202012 1 004", "Penata Muda (III/a)", "01-12-2020", "Pranata Komputer Ahli Pertama", 5, 11, "S1 Teknik Informatika"),
    ("Samsul Bahri", "19710309 199703 1 005", "Pengatur Muda Tingkat I (II/b)", "01-04-2016", "Pengemudi", 29, 8, "SMP"),
]


def build_nominatif():
    p = Page("nominatif")
    y = kop(p, ["KECAMATAN SAMARINDA ULU"],
            ["Jalan Juanda Nomor 12 Samarinda 75124, Telepon (0541) 732245"], fam="serif")
    fb = F("serif_cb", 12)
    c = (LM + RM) // 2
    for t in ["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL", "KECAMATAN SAMARINDA ULU KOTA SAMARINDA",
              "KEADAAN 1 DESEMBER 2026"]:
        p.line(y, (c, t, fb, "c"))
        y += mm(6)
    y += mm(3)
    rows = [["No.", "Nama NIP", "Pangkat / Gol. Ruang", "TMT Golongan", "Jabatan", "Masa Kerja", "",
             "Pendidikan Terakhir"],
            ["", "", "", "", "", "Thn", "Bln", ""]]
    rows[0][1] = "Nama\nNIP"
    for i, (nm, nip, pg, tmt, jb, th, bl, pd) in enumerate(PEG, 1):
        rows.append([str(i), nm + "\n" + nip, pg, tmt, jb, str(th), str(bl), pd])
    widths = [mm(v) for v in (9, 44, 27, 20, 32, 12, 10, 24)]
    ft = F("serif_c", 9)
    vm = [(col, 0, 1) for col in (0, 1, 2, 3, 4, 7)]
    y = p.table(LM - mm(3), y, widths, rows, ft, style="grid", header_rows=2, hfont=F("serif_cb", 9),
                aligns=["c", "l", "l", "c", "l", "c", "c", "l"], hmerge=[(0, 5, 6)], vmerge=vm, shade=200,
                pad=mm(1.3))
    y += mm(6)
    f = F("serif_c", 10)
    p.line(y, (LM, f"Jumlah pegawai: {len(PEG)} orang (laki-laki 6, perempuan 4).", f))
    y += mm(5)
    p.line(y, (LM, "Data bersumber dari SIASN per 30 November 2026.", f))
    y += mm(8)
    x = RM - mm(42)
    y = sigblock(p, x, y, ["Samarinda, 1 Desember 2026", "Camat Samarinda Ulu,"], f, mm(5))
    p.sig = (x - mm(8), y + mm(6))
    y += mm(15)
    p.line(y, (x, "Drs. Ahmad Rifa'i, M.Si.", F("serif_cb", 10), "c"))
    y += mm(5)
    p.line(y, (x, "Pembina Tingkat I", f, "c"))
    y += mm(5)
    p.line(y, (x, "NIP 19700512 199503 1 002", f, "c"))
    footer(p, "Nominatif PNS Kec. Samarinda Ulu - Desember 2026", "Halaman 1", F("serif_c", 8))
    p.meta = {"peg": PEG}
    return p


# ---------------------------------------------------------------- 5. Surat edaran (prose, justified)
def build_edaran():
    p = Page("surat_edaran")
    y = kop(p, ["SEKRETARIAT DAERAH"],
            ["Jalan Kesuma Bangsa Nomor 1 Samarinda 75121",
             "Telepon (0541) 741042, Laman www.samarindakota.go.id"], fam="serif")
    f = F("serif", 11)
    lead = mm(5.2)
    p.line(y, (RM, "Samarinda, 2 Desember 2026", f, "r"))
    y += lead * 1.3
    p.line(y, (LM, "Yth.", f), (LM + mm(12), "1. Kepala Perangkat Daerah;", f))
    y += lead
    p.line(y, (LM + mm(12), "2. Camat se-Kota Samarinda;", f))
    y += lead
    p.line(y, (LM + mm(12), "3. Direktur RSUD I.A. Moeis.", f))
    y += lead
    p.line(y, (LM + mm(12), "di-", f))
    y += lead
    p.line(y, (LM + mm(20), "Samarinda", f))
    y += lead * 1.3
    c = (LM + RM) // 2
    fb = F("serif_b", 12)
    for t in ["SURAT EDARAN", "NOMOR 900/4127/BPKAD-II/XII/2026", "TENTANG",
              "BATAS AKHIR PENGAJUAN SPP DAN PENUTUPAN KAS", "AKHIR TAHUN ANGGARAN 2026"]:
        p.line(y, (c, t, fb if t != "NOMOR 900/4127/BPKAD-II/XII/2026" else F("serif", 11), "c"))
        y += lead
    y += lead * 0.6
    paras = [
        ("1.", "Dalam rangka tertib penatausahaan keuangan daerah pada akhir Tahun Anggaran 2026, bersama ini disampaikan ketentuan sebagai berikut."),
        ("2.", "Pengajuan SPP-LS untuk belanja barang dan jasa serta belanja modal paling lambat diterima BPKAD pada hari Jumat tanggal 18 Desember 2026 pukul 15.00 WITA."),
        ("3.", "Pengajuan SPP-GU nihil dan pertanggungjawaban uang persediaan paling lambat tanggal 22 Desember 2026. Sisa uang persediaan wajib disetor ke Rekening Kas Umum Daerah paling lambat tanggal 29 Desember 2026."),
        ("4.", "Belanja honorarium yang dibebankan pada kode rekening 5.1.02.02.01.0003 tidak dapat diajukan setelah tanggal 15 Desember 2026."),
        ("5.", "Tambahan uang persediaan (TU) diberikan paling banyak Rp 50.000.000 (lima puluh juta rupiah) per perangkat daerah dan harus dipertanggungjawabkan dalam waktu 10 (sepuluh) hari kerja."),
    ]
    for lab, t in paras:
        y = p.para(LM + mm(8), y, RM - LM - mm(8), t, f, lead, label=lab, label_x=LM, justify=True)
        y += lead * 0.35
    y += lead * 0.3
    y = p.para(LM, y, RM - LM, "Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.", f, lead, justify=True)
    y += lead
    x = RM - mm(45)
    y = sigblock(p, x, y, ["a.n. WALI KOTA SAMARINDA", "SEKRETARIS DAERAH,"], f, lead)
    p.sig = (x - mm(6), y + mm(6))
    y += mm(15)
    p.line(y, (x, "Ir. H. Bambang Sutrisno, M.T.", F("serif_b", 11), "c"))
    y += lead
    p.line(y, (x, "Pembina Utama Madya (IV/d)", f, "c"))
    y += lead
    p.line(y, (x, "NIP 19690403 199403 1 010", f, "c"))
    y += lead * 1.5
    fs = F("serif", 10)
    for t in ["Tembusan:", "1. Wali Kota Samarinda (sebagai laporan);", "2. Inspektur Daerah Kota Samarinda."]:
        p.line(y, (LM, t, fs))
        y += mm(5)
    footer(p, "SE Sekda - Penutupan Kas TA 2026", "1", F("serif", 8))
    return p


# ---------------------------------------------------------------- 6. Laporan kejadian bencana (two columns)
def build_bencana():
    p = Page("laporan_bencana")
    y = kop(p, ["BADAN PENANGGULANGAN BENCANA DAERAH"],
            ["Jalan Bhayangkara Nomor 18 Samarinda 75121, Pusdalops 24 jam (0541) 7778112"], fam="sans")
    c = (LM + RM) // 2
    p.line(y, (c, "LAPORAN KEJADIAN BENCANA", F("sans_b", 12), "c"))
    y += mm(6)
    p.line(y, (c, "Nomor: 360/0892/BPBD-II/XI/2026", F("sans", 10), "c"))
    y += mm(9)
    f = F("sans", 10)
    x2 = LM + mm(42)
    for lab, val in [("Jenis Kejadian", "Banjir dan tanah longsor"),
                     ("Waktu Kejadian", "Sabtu, 28 November 2026 pukul 03.40 WITA"),
                     ("Lokasi", "Kel. Sempaja Utara dan Kel. Lempake, Kec. Samarinda Utara"),
                     ("Koordinat", "0,4468 LS - 117,1512 BT"),
                     ("Sumber Informasi", "Laporan Lurah, TRC BPBD, warga")]:
        p.kv(y, LM, x2, lab, val, f)
        y += mm(5.4)
    y += mm(5)
    gap = mm(8)
    cw = (RM - LM - gap) // 2
    xr = LM + cw + gap
    fc = F("sans", 9.5)
    fh = F("sans_b", 10)
    lead = mm(4.6)
    yl = y
    p.line(yl, (LM, "A. KRONOLOGI", fh))
    yl += lead * 1.4
    for t in ["Hujan dengan intensitas tinggi mengguyur wilayah Samarinda Utara sejak Jumat 27 November 2026 pukul 21.00 WITA selama kurang lebih enam jam.",
              "Debit Sungai Karang Mumus meningkat dan meluap ke permukiman pada pukul 03.40 WITA dengan ketinggian air 40 sampai 110 cm.",
              "Pada pukul 05.15 WITA terjadi longsor tebing setinggi 8 meter di RT 21 Kel. Lempake yang menimpa dua rumah warga.",
              "TRC BPBD tiba di lokasi pukul 05.50 WITA bersama Basarnas, Tagana, dan relawan. Air mulai surut pada Minggu 29 November 2026 pukul 14.00 WITA."]:
        yl = p.para(LM, yl, cw, t, fc, lead)
        yl += lead * 0.4
    # right column
    yr = y
    p.line(yr, (xr, "B. DAMPAK", fh))
    yr += lead * 1.4
    dampak = [("Rumah terendam", "412 unit"), ("Rumah rusak ringan", "37 unit"), ("Rumah rusak berat", "2 unit"),
              ("Jiwa terdampak", "1.537 jiwa (468 KK)"), ("Pengungsi", "126 jiwa"), ("Korban luka ringan", "3 orang"),
              ("Fasilitas umum", "1 SD, 2 musala"), ("Jalan tergenang", "2,7 km")]
    for a, b in dampak:
        p.line(yr, (xr, a, fc), (xr + mm(40), ":", fc), (xr + mm(43), b, fc))
        yr += lead
    yr += lead * 0.5
    p.line(yr, (xr, "C. UPAYA PENANGANAN", fh))
    yr += lead * 1.4
    for t in ["Evakuasi warga ke posko Masjid Al-Ikhlas dan SDN 017 Samarinda Utara.",
              "Pendirian dapur umum oleh Dinas Sosial dan Tagana (900 porsi per hari).",
              "Penyedotan material longsor dengan 1 unit ekskavator milik DPUPR."]:
        yr = p.para(xr + mm(4), yr, cw - mm(4), t, fc, lead, label="-", label_x=xr)
    yr += lead * 0.5
    p.line(yr, (xr, "Taksiran kerugian: Rp 2.875.400.000", F("sans_b", 9.5)))
    yr += lead
    y = max(yl, yr) + mm(6)
    p.line(y, (LM, "D. KEBUTUHAN MENDESAK", fh))
    y += lead * 1.4
    y = p.para(LM, y, RM - LM, "Selimut 300 lembar, matras 150 lembar, air bersih 20.000 liter, makanan siap saji, obat-obatan, perahu karet 2 unit, dan terpal 100 lembar.", fc, lead)
    y += mm(10)
    x = RM - mm(42)
    y = sigblock(p, x, y, ["Samarinda, 29 November 2026", "Kepala Pelaksana BPBD,"], f, mm(5))
    p.sig = (x - mm(6), y + mm(6))
    y += mm(17)
    p.line(y, (x, "Suwarno, S.T., M.M.", F("sans_b", 10), "c"))
    y += mm(5)
    p.line(y, (x, "NIP 19760114 200212 1 005", f, "c"))
    footer(p, "Pusdalops BPBD Kota Samarinda - Lapsus 067/2026", "Halaman 1 dari 1", F("sans", 8))
    p.meta = {"rumah_total": 412, "rusak": (37, 2)}
    return p


# ---------------------------------------------------------------- 7. SSPD (form + small ruled table)
SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
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
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " miliar " + terbilang(n % 10 ** 9)).strip()


SSPD_ROWS = [
    ("4.1.01.19.01.0001", "PBJT atas Makanan dan/atau Minuman - Restoran (10% x Rp 118.450.000)", 11845000),
    ("4.1.01.19.01.0001", "Kurang bayar masa September 2026 (SKPDKB No. 0417/2026)", 962500),
    ("4.1.04.19.01.0001", "Sanksi administratif bunga 1% x 1 bulan", 9625),
]


def build_sspd():
    p = Page("sspd")
    f = F("sans", 11)
    fb = F("sans_b", 11)
    bx0, bx1 = LM, RM
    y0 = mm(15)
    # header box split in two
    p.d.rectangle([bx0, y0, bx1, y0 + mm(30)], outline=0, width=4)
    xm = LM + mm(110)
    p.d.rectangle([xm, y0, xm + 3, y0 + mm(30)], fill=0)
    y = y0 + mm(8)
    p.line(y, (LM + mm(4), "PEMERINTAH KOTA SAMARINDA", fb), (xm + mm(4), "No. Urut : 004517", f))
    y += mm(6.5)
    p.line(y, (LM + mm(4), "BADAN PENDAPATAN DAERAH", fb), (xm + mm(4), "Lembar : 1 (Wajib Pajak)", f))
    y += mm(6.5)
    p.line(y, (LM + mm(4), "Jl. Basuki Rahmat No. 78 Samarinda", F("sans", 9)))
    y = y0 + mm(30) + mm(11)
    c = (LM + RM) // 2
    p.line(y, (c, "SURAT SETORAN PAJAK DAERAH", F("sans_b", 12), "c"))
    y += mm(6)
    p.line(y, (c, "(SSPD)", F("sans_b", 12), "c"))
    y += mm(10)
    x2 = LM + mm(48)
    total = sum(a for _, _, a in SSPD_ROWS)
    for lab, val in [("NPWPD", "P.2.0012345.11.02"), ("Nama Wajib Pajak", "CV Mahakam Rasa Nusantara"),
                     ("Nama Objek Pajak", "Rumah Makan Pondok Pesisir"),
                     ("Alamat", "Jl. Pangeran Antasari No. 41 RT 12, Kel. Air Putih"),
                     ("Masa Pajak", "Oktober 2026"), ("Tahun Pajak", "2026"),
                     ("Dasar Setoran", "SPTPD / SKPDKB / STPD")]:
        p.kv(y, LM + mm(2), x2, lab, val, f)
        y += mm(6.2)
    y += mm(4)
    rows = [["No.", "Kode Rekening", "Uraian Jenis Pajak Daerah", "Jumlah (Rp)"]]
    for i, (k, u, a) in enumerate(SSPD_ROWS, 1):
        rows.append([str(i), k, u, rp(a)])
    rows.append(["Jumlah Setoran Pajak", "", "", rp(total)])
    widths = [mm(v) for v in (11, 42, 87, 35)]
    y = p.table(LM, y, widths, rows, F("sans", 10), style="grid", hfont=F("sans_b", 10),
                aligns=["c", "l", "l", "r"], pad=mm(1.6), hmerge=[(len(rows) - 1, 0, 2)])
    y += mm(8)
    words = "Dengan huruf : " + terbilang(total).capitalize() + " rupiah"
    y = p.para(LM, y, RM - LM, words, F("sans", 10), mm(5.2))
    y += mm(8)
    # bottom: two boxes side by side (Diterima oleh / Penyetor) with aligned baselines
    ytop = y
    p.d.rectangle([LM, ytop, RM, ytop + mm(48)], outline=0, width=3)
    p.d.rectangle([c - 1, ytop, c + 1, ytop + mm(48)], fill=0)
    xa, xb = (LM + c) // 2, (c + RM) // 2
    y = ytop + mm(7)
    fs = F("sans", 10)
    p.line(y, (xa, "Ruang untuk Teraan Kas Register /", fs, "c"), (xb, "Samarinda, 9 November 2026", fs, "c"))
    y += mm(5)
    p.line(y, (xa, "Tanda Tangan Petugas Penerima", fs, "c"), (xb, "Penyetor,", fs, "c"))
    y += mm(5)
    p.line(y, (xa, "Bank Kaltimtara Cabang Utama", fs, "c"))
    y += mm(5)
    p.line(y, (xa, "Tanggal: 9 November 2026", fs, "c"))
    p.sig = (xb + mm(2), y + mm(8))
    y += mm(24)
    p.line(y, (xa, "( ................................ )", fs, "c"), (xb, "( Hendra Wijaya )", fs, "c"))
    y = ytop + mm(48) + mm(8)
    fi = F("sans", 8.5)
    for t in ["Lembar 1 : untuk Wajib Pajak", "Lembar 2 : untuk Bapenda melalui Bank",
              "Lembar 3 : untuk Bank yang ditunjuk", "Lembar 4 : arsip Bendahara Penerimaan"]:
        p.line(y, (LM, t, fi))
        y += mm(4.3)
    footer(p, "SSPD-PBJT/2026/004517 - NTPD 7201261109004517", "Hal 1/1", F("sans", 8))
    p.meta = {"rows": SSPD_ROWS, "total": total}
    return p


BUILDERS = [build_kir, build_agenda, build_persediaan, build_nominatif, build_edaran, build_bencana, build_sspd]
