"""The seven page types. Each builder returns (Page, signature_anchor_xy) ."""
from layout import Page, font, mm, W

DINAS_BKPSDM = (["BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
                ["Jalan Kesuma Bangsa Nomor 76 Samarinda Kode Pos 75121",
                 "Telepon (0541) 741204 Laman bkpsdm.samarindakota.go.id"])


def rp(n):
    return f"{n:,}".replace(",", ".")


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
    for div, name in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu")):
        if n >= div:
            return (terbilang(n // div) + " " + name + " " + (terbilang(n % div) if n % div else "")).strip()


# 1 -----------------------------------------------------------------------------------
def nota_dinas():
    p = Page()
    p.kop(*DINAS_BKPSDM, fam="serif")
    f = font("serif", 10)
    fb = font("serif-b", 12)
    p.text("NOTA DINAS", fb, "c")
    p.text("Nomor: 800/1432/BKPSDM-III/X/2026", f, "c")
    p.gap(4)
    lab = p.x0
    col = p.x0 + mm(32)
    for k, v in [("Kepada Yth.", "Kepala Badan Kepegawaian dan Pengembangan SDM"),
                 ("Dari", "Kepala Bidang Pengembangan Kompetensi Aparatur"),
                 ("Tembusan", "Sekretaris BKPSDM Kota Samarinda"),
                 ("Tanggal", "14 Oktober 2026"),
                 ("Sifat", "Segera"),
                 ("Lampiran", "1 (satu) berkas"),
                 ("Hal", "Usulan Peserta Pelatihan Pengadaan Barang/Jasa Tingkat Dasar")]:
        p.line([(lab, k, f, "l"), (col, ":", f, "l"), (col + mm(4), v, f, "l")])
    p.gap(1)
    p.hrule(3)
    p.gap(4)
    p.para("Sehubungan dengan surat Kepala Biro Pengadaan Barang/Jasa Provinsi Kalimantan Timur "
           "Nomor 027/3318/BPBJ/IX/2026 tanggal 30 September 2026 perihal Pelatihan Pengadaan "
           "Barang/Jasa Tingkat Dasar Angkatan IV, dengan hormat kami laporkan hal-hal sebagai berikut:",
           f, indent=mm(12))
    p.gap(2)
    items = [
        "Pelatihan dilaksanakan pada tanggal 9 s.d. 13 November 2026 bertempat di Gedung Diklat BPSDM "
        "Provinsi Kalimantan Timur, Jalan Wolter Monginsidi Nomor 1 Samarinda.",
        "Kuota peserta untuk Pemerintah Kota Samarinda sebanyak 24 (dua puluh empat) orang dengan "
        "persyaratan pangkat paling rendah Pengatur (II/c) dan belum memiliki sertifikat kompetensi PBJ.",
        "Biaya kontribusi sebesar Rp 1.850.000,- per orang dibebankan pada DPA BKPSDM Tahun Anggaran 2026 "
        "kode rekening 5.1.02.02.01.0003 (Belanja Kursus Singkat dan Pelatihan).",
        "Sampai dengan tanggal 13 Oktober 2026 telah masuk usulan dari 17 Perangkat Daerah dengan jumlah "
        "31 orang, sehingga melebihi kuota sebanyak 7 (tujuh) orang.",
        "Untuk itu kami mohon arahan Bapak terkait penetapan prioritas peserta, dengan usulan kriteria:",
    ]
    for i, s in enumerate(items, 1):
        p.para(s, f, x=p.x0 + mm(6), indent=mm(8), hang=f"{i}.")
        p.gap(1)
    for ch, s in zip("abc", ["pejabat pembuat komitmen (PPK) yang belum bersertifikat;",
                             "anggota Pokja Pemilihan pada UKPBJ Kota Samarinda;",
                             "pejabat pengadaan pada Kecamatan dan Kelurahan."]):
        p.para(s, f, x=p.x0 + mm(14), indent=mm(7), hang=f"{ch}.")
    p.gap(3)
    p.para("Demikian disampaikan, atas perhatian dan arahan Bapak diucapkan terima kasih.", f, indent=mm(12))
    p.gap(5)
    sx = p.x0 + mm(95)
    anchor = (sx + mm(30), p.y + mm(25))
    p.text("Kepala Bidang Pengembangan", f, x=sx)
    p.text("Kompetensi Aparatur,", f, x=sx)
    p.gap(16)
    p.text("Drs. HARYANTO SUSILO, M.Si", font("serif-b", 11), x=sx)
    p.text("Pembina Tingkat I (IV/b)", f, x=sx)
    p.text("NIP 19780312 200501 1 004", f, x=sx)
    p.y = p.ybot - mm(8)
    p.text("Halaman 1 dari 1", font("serif-i", 9), "c")
    return p, anchor


# 2 -----------------------------------------------------------------------------------
def surat_tugas():
    p = Page(margin_l=22, margin_r=18)
    p.kop(["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
          ["Jalan Dahlia Nomor 1 Samarinda 75121 Telepon (0541) 736205",
           "Pos-el dpupr@samarindakota.go.id"], fam="sans")
    f = font("serif", 10.5)
    p.text("SURAT PERINTAH TUGAS", font("serif-b", 13), "c")
    p.text("Nomor: 094/2187/DPUPR-BM/X/2026", f, "c")
    p.gap(4)
    x2 = p.x0 + mm(28)
    x3 = x2 + mm(5)
    p.line([(p.x0, "Dasar", f, "l"), (x2, ":", f, "l"), (x3, "1.", f, "l"),
            (x3 + mm(7), "Peraturan Wali Kota Samarinda Nomor 55 Tahun 2025 tentang Perjalanan Dinas;", f, "l")])
    p.para("DPA Dinas PUPR Tahun Anggaran 2026 Nomor DPA/A.1/1.03.0.00.0.00.01.0000/001/2026;",
           f, x=x3, indent=mm(7), hang="2.")
    p.para("Surat Camat Sambutan Nomor 600/412/KEC-SBT/X/2026 tentang permohonan peninjauan jalan "
           "lingkungan yang rusak.", f, x=x3, indent=mm(7), hang="3.")
    p.gap(3)
    p.text("MEMERINTAHKAN:", font("serif-b", 11), "c")
    p.gap(2)
    p.text("Kepada :", f)
    p.gap(1)
    rows = [["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"],
            ["1", "Ir. Muhammad Rizal Fahmi, M.T.", "19780312 200501 1 004", "Pembina (IV/a)",
             "Kepala Bidang Bina Marga"],
            ["2", "Andi Nurfadillah, S.T.", "19870925 201001 2 017", "Penata Tk. I (III/d)",
             "Pengawas Jalan dan Jembatan Ahli Muda"],
            ["3", "Yohanes Kristianto Lumban Gaol, A.Md.", "19920114 201503 1 002", "Penata Muda (III/a)",
             "Teknisi Jalan dan Jembatan"],
            ["4", "Siti Rahmawati", "19950607 202203 2 009", "Pengatur (II/c)", "Pengadministrasi Umum"],
            ["5", "Bambang Setiawan", "-", "-", "Pengemudi (PPPK Paruh Waktu)"]]
    p.table(rows, [10, 52, 42, 33, 33], font("sans", 9.5), font("sans-b", 9.5), style="grid",
            aligns=["c", "l", "l", "l", "l"])
    p.gap(4)
    p.line([(p.x0, "Untuk", f, "l"), (x2, ":", f, "l"), (x3, "1.", f, "l"),
            (x3 + mm(7), "Melaksanakan peninjauan dan pengukuran kerusakan ruas jalan", f, "l")])
    p.para("Jalan Sultan Sulaiman (Kelurahan Sindang Sari) sepanjang 1,25 km pada tanggal 20 s.d. "
           "21 Oktober 2026;", f, x=x3 + mm(7))
    p.para("Menyusun laporan hasil peninjauan beserta perkiraan biaya (engineer's estimate) paling lambat "
           "3 (tiga) hari kerja setelah pelaksanaan tugas;", f, x=x3, indent=mm(7), hang="2.")
    p.para("Biaya perjalanan dinas dibebankan pada kode rekening 5.1.02.04.01.0003 (Belanja Perjalanan "
           "Dinas Dalam Kota).", f, x=x3, indent=mm(7), hang="3.")
    p.gap(3)
    p.para("Demikian Surat Perintah Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", f)
    p.gap(6)
    sx = p.x0 + mm(100)
    p.text("Ditetapkan di Samarinda", f, x=sx)
    p.text("pada tanggal 16 Oktober 2026", f, x=sx)
    p.text("KEPALA DINAS,", font("serif-b", 10.5), x=sx)
    anchor = (sx + mm(18), p.y + mm(8))
    p.gap(20)
    p.text("Ir. DESY DAMAYANTI, M.T.", font("serif-b", 10.5), x=sx)
    p.text("Pembina Utama Muda (IV/c)", f, x=sx)
    p.text("NIP 19710405 199803 2 006", f, x=sx)
    p.y = p.ybot - mm(8)
    p.line([(p.x0, "SPT-DPUPR/2026/0487", font("mono", 8.5), "l"),
            (p.x1, "Hal. 1/1", font("mono", 8.5), "r")])
    return p, anchor


# 3 -----------------------------------------------------------------------------------
def kuitansi_spj():
    p = Page(margin_l=20, margin_r=20, top=15)
    fb = font("sans-b", 12)
    f = font("sans", 10)
    fs = font("sans", 9)
    p.line([(p.x0, "PEMERINTAH KOTA SAMARINDA", font("sans-b", 10), "l"),
            (p.x1, "Lembar ke-1 : SPJ", fs, "r")])
    p.line([(p.x0, "DINAS KESEHATAN", font("sans-b", 10), "l"), (p.x1, "No. BKU: 0347", fs, "r")])
    p.line([(p.x0, "Tahun Anggaran 2026", fs, "l"), (p.x1, "No. Bukti: KW-DKK/0912/X/2026", fs, "r")])
    p.gap(3)
    p.text("K U I T A N S I", font("sans-b", 16), "c")
    p.gap(4)
    x2 = p.x0 + mm(48)
    total = 0
    items = [("Kertas HVS A4 80 gram", "1.1.7.01.03.02.001", 40, "Rim", 58500),
             ("Tinta printer botol 70 ml", "1.1.7.01.03.06.012", 24, "Botol", 98000),
             ("Map snelhecter plastik", "1.1.7.01.03.01.024", 150, "Buah", 3750),
             ("Ordner / box file", "1.1.7.01.03.01.006", 36, "Buah", 42500),
             ("Flashdisk 32 GB", "1.3.2.05.01.04.002", 6, "Buah", 115000)]
    rows = [["No", "Uraian Barang", "Kode Barang", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    for i, (u, k, v, s, h) in enumerate(items, 1):
        rows.append([str(i), u, k, str(v), s, rp(h), rp(v * h)])
        total += v * h
    ppn = total * 11 // 100
    grand = total + ppn
    pph = total * 15 // 1000
    tb = terbilang(grand)
    tb = tb[0].upper() + tb[1:] + " rupiah"
    for k, v in [("Sudah terima dari", "Bendahara Pengeluaran Dinas Kesehatan Kota Samarinda"),
                 ("Uang sebanyak", None),
                 ("Untuk pembayaran", None)]:
        if v is not None:
            p.line([(p.x0, k, f, "l"), (x2 - mm(4), ":", f, "l"), (x2, v, f, "l")])
        elif k == "Uang sebanyak":
            lns = p.wrap(tb, font("sans-i", 10) if False else font("serif-i", 11), p.x1 - x2 - mm(4))
            for i, ln in enumerate(lns):
                it = [(x2, ln, font("serif-i", 11), "l")]
                if i == 0:
                    it = [(p.x0, k, f, "l"), (x2 - mm(4), ":", f, "l")] + it
                p.line(it)
        else:
            s = ("Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Tulis Kantor pada Sub Kegiatan Penyediaan "
                 "Bahan Logistik Kantor, kode rekening 5.1.02.01.01.0024 sesuai rincian berikut:")
            lns = p.wrap(s, f, p.x1 - x2)
            for i, ln in enumerate(lns):
                it = [(x2, ln, f, "l")]
                if i == 0:
                    it = [(p.x0, k, f, "l"), (x2 - mm(4), ":", f, "l")] + it
                p.line(it)
    p.gap(4)
    # table without any rules
    fm = font("sansc", 9.5)
    p.table(rows, [9, 47, 37, 15, 15, 25, 22], fm, font("sansc-b", 9.5), style="none",
            aligns=["c", "l", "l", "r", "l", "r", "r"], pad=(10, 6))
    p.gap(2)
    fx = p.x0 + mm(100)
    for k, v in [("Jumlah", rp(total)), ("PPN 11%", rp(ppn)), ("Jumlah Dibayar", rp(grand)),
                 ("PPh Pasal 22 (1,5%)", rp(pph))]:
        p.line([(fx, k, font("sans-b", 10) if k == "Jumlah Dibayar" else f, "l"), (p.x1 - mm(2), v, f, "r")])
    p.gap(5)
    # amount box
    bx0, by0 = p.x0, p.y
    p.d.rectangle([bx0, by0, bx0 + mm(75), by0 + mm(14)], outline=p.ink, width=6)
    p.y += mm(3)
    p.line([(bx0 + mm(4), "Rp " + rp(grand) + ",-", font("sans-b", 15), "l")])
    p.y = by0 + mm(20)
    p.line([(p.x0, "Mengetahui/Menyetujui,", f, "l"), (p.x0 + mm(60), "Lunas dibayar,", f, "l"),
            (p.x0 + mm(118), "Samarinda, 22 Oktober 2026", f, "l")])
    p.line([(p.x0, "Pejabat Pelaksana Teknis Kegiatan", fs, "l"), (p.x0 + mm(60), "Bendahara Pengeluaran", fs, "l"),
            (p.x0 + mm(118), "Yang menerima,", fs, "l")])
    p.line([(p.x0 + mm(118), "CV. Mahakam Sentosa Abadi", fs, "l")])
    anchor = (p.x0 + mm(22), p.y + mm(6))
    p.gap(16)
    p.line([(p.x0, "dr. Rina Oktaviani", font("sans-b", 9.5), "l"),
            (p.x0 + mm(60), "Nurul Hidayah, S.E.", font("sans-b", 9.5), "l"),
            (p.x0 + mm(118), "Hendra Gunawan", font("sans-b", 9.5), "l")])
    p.line([(p.x0, "NIP 19820517 200904 2 003", fs, "l"), (p.x0 + mm(60), "NIP 19900221 201402 2 001", fs, "l"),
            (p.x0 + mm(118), "Direktur", fs, "l")])
    p.gap(6)
    p.hrule(2)
    p.gap(1.5)
    p.para("Catatan: Barang tersebut telah diterima dalam keadaan baik dan lengkap sesuai Berita Acara "
           "Penerimaan Nomor 027/BAP-0912/DKK/X/2026 tanggal 21 Oktober 2026. NPWP penerima "
           "01.234.567.8-722.000.", font("sans", 8.5))
    p.y = p.ybot - mm(8)
    p.text("SPJ GU-07 | Halaman 1", font("sans", 8.5), "r")
    p.meta = {"total": total, "ppn": ppn, "grand": grand, "pph": pph, "items": items, "terbilang": tb}
    return p, anchor


# 4 -----------------------------------------------------------------------------------
def daftar_hadir():
    p = Page(margin_l=18, margin_r=15, top=14, bottom=12)
    fh = font("sansc-b", 11)
    p.text("DAFTAR HADIR", fh, "c")
    p.text("RAPAT KOORDINASI PENYUSUNAN RENJA PERANGKAT DAERAH TAHUN 2027", font("sansc-b", 10), "c")
    f = font("sansc", 9.5)
    for k, v in [("Hari/Tanggal", "Kamis, 8 Oktober 2026"), ("Waktu", "09.00 WITA s.d. selesai"),
                 ("Tempat", "Ruang Rapat Lt. 2 Bappeda Kota Samarinda")]:
        p.line([(p.x0, k, f, "l"), (p.x0 + mm(28), ":", f, "l"), (p.x0 + mm(32), v, f, "l")])
    p.gap(2)
    people = [
        ("Ahmad Fauzi", "Dinas Pendidikan", "0812-5501-2231"),
        ("Rika Maharani", "Dinas Kesehatan", "0813-4700-1198"),
        ("Yusuf Haryadi", "Dinas PUPR", "0852-5012-7764"),
        ("Maria Goreti", "Dinas Sosial", "0811-583-4420"),
        ("Hj. Norhayati", "Kec. Samarinda Ulu", "0821-5332-0917"),
        ("Dedi Kurniawan", "Dishub", "0812-5384-6602"),
        ("Lilis Suryani", "DLH", "0853-4611-2075"),
        ("Rudi Hartono", "Disdukcapil", "0812-5560-3318"),
        ("Fitri Handayani", "BKPSDM", "0813-5021-8840"),
        ("Agus Salim", "Satpol PP", "0852-4689-1103"),
        ("Wahyuni", "Kec. Sungai Kunjang", "0812-5323-7781"),
        ("Sri Mulyani", "Dinas Perdagangan", "0821-5410-0269"),
        ("Robby Tanjung", "Diskominfo", "0811-5550-741"),
        ("Indah Permatasari", "DPMPTSP", "0813-4722-6650"),
        ("Slamet Riyadi", "Dinas Pertanian", "0852-5090-3412"),
        ("Nur Aini", "Inspektorat", "0812-5471-0056"),
        ("Hendrik L.", "BPKAD", "0822-5311-4487"),
        ("Suharti", "Bapenda", "0812-5845-2290"),
        ("Khairul Anwar", "Kec. Palaran", "0853-5003-1927"),
        ("Eka Putri", "Disporapar", "0813-4690-8321"),
        ("Taufik Hidayat", "DPKPP", "0812-5530-6615"),
        ("Marlina", "Dinas Perikanan", "0852-4615-7739"),
        ("Bayu Saputra", "BPBD", "0821-5018-2204"),
        ("Ratna Dewi", "DP2PA", "0812-5409-9982"),
        ("Gunawan", "Kesbangpol", "0813-5034-1176"),
        ("Anisa Rahma", "Bappeda", "0852-5088-4530"),
        ("Irwan Syah", "Bappeda", "0812-5599-0613"),
        ("Desi Natalia", "Kec. Loa Janan Ilir", "0853-4681-2248"),
    ]
    rows = [["No", "Nama", "Jabatan", "Instansi", "No. HP", "Tanda Tangan"]]
    jab = ["Kasubbag Program", "Perencana Ahli Muda", "Analis Anggaran", "Sekretaris", "Kasubbag PEP"]
    for i, (n, ins, hp) in enumerate(people, 1):
        rows.append([str(i), n, jab[(i * 7) % 5], ins, hp, ""])
    p.table(rows, [9, 38, 38, 38, 30, 24], f, font("sansc-b", 9.5), style="hrules",
            aligns=["c", "l", "l", "l", "l", "l"], pad=(10, 9))
    p.gap(4)
    p.line([(p.x0 + mm(110), "Samarinda, 8 Oktober 2026", f, "l")])
    p.line([(p.x0 + mm(110), "Kepala Bidang Perencanaan,", f, "l")])
    anchor = (p.x0 + mm(130), p.y + mm(4))
    p.gap(14)
    p.line([(p.x0 + mm(110), "Nanang Kosim, S.T., M.Si", font("sansc-b", 9.5), "l")])
    p.line([(p.x0 + mm(110), "NIP 19800822 200604 1 012", f, "l")])
    p.y = p.ybot - mm(6)
    p.text("Halaman 1 dari 2", font("sansc", 8.5), "c")
    p.signature_cells = True
    return p, anchor


# 5 -----------------------------------------------------------------------------------
def rup_pengadaan():
    p = Page(margin_l=14, margin_r=12, top=14)
    p.text("RENCANA UMUM PENGADAAN (RUP) BARANG/JASA", font("serifc-b", 12), "c")
    p.text("DINAS LINGKUNGAN HIDUP KOTA SAMARINDA - TAHUN ANGGARAN 2027", font("serifc-b", 11), "c")
    p.text("Kode Satker: 1.03.0.00.0.00.11 | Status: Draf Revisi ke-1 | Dicetak 02/11/2026 10:14",
           font("mono", 8.5), "c")
    p.gap(3)
    f = font("sansc", 9)
    fh = font("sansc-b", 9)
    rows = [["No", "Nama Paket", "Kode Rekening", "Volume", "Pagu (Rp)", "Metode Pemilihan", "Waktu Pemilihan",
             "Sumber Dana"]]
    data = [
        ("Pengadaan Kendaraan Pengangkut Sampah (Dump Truck 6 m3) untuk Operasional Kebersihan Wilayah Utara",
         "5.2.02.01.01.0003", "3 Unit", 1_845_000_000, "Tender", "Maret 2027", "APBD"),
        ("Belanja Kantong Sampah Plastik Hitam Ukuran 90 x 120 cm", "5.1.02.01.01.0024", "12.000 Lembar",
         54_000_000, "E-Purchasing", "Januari 2027", "APBD"),
        ("Jasa Konsultansi Penyusunan Dokumen Kajian Lingkungan Hidup Strategis (KLHS) RPJMD Kota Samarinda",
         "5.1.02.02.01.0026", "1 Paket", 385_000_000, "Seleksi", "Februari 2027", "APBD"),
        ("Pemeliharaan Instalasi Pengolahan Air Limbah (IPAL) Komunal Kelurahan Sungai Pinang Dalam",
         "5.1.02.03.02.0121", "1 Paket", 176_500_000, "Pengadaan Langsung", "April 2027", "DAK"),
        ("Pengadaan Alat Pengukur Kualitas Udara Ambien (AQMS) Portabel", "5.2.02.05.02.0001", "2 Unit",
         412_750_000, "E-Purchasing", "Mei 2027", "DBH"),
        ("Belanja Sewa Alat Berat Excavator untuk TPA Sambutan", "5.1.02.02.04.0036", "240 Jam",
         96_000_000, "Pengadaan Langsung", "Februari 2027", "APBD"),
        ("Jasa Pengangkutan Sampah dari TPS ke TPA (Swakelola Tipe I)", "5.1.02.02.01.0031", "12 Bulan",
         1_220_400_000, "Swakelola", "Januari 2027", "APBD"),
    ]
    tot = 0
    for i, (n, k, v, pg, m, w, s) in enumerate(data, 1):
        rows.append([str(i), n, k, v, rp(pg), m, w, s])
        tot += pg
    rows.append(["JUMLAH PAGU PENGADAAN", "", "", "", rp(tot), "", "", ""])
    widths = [7, 46, 32, 18, 25, 22, 19, 15]
    p.table(rows, widths, f, fh, style="grid", shade=205, spans={(len(rows) - 1, 0): 4},
            aligns=["c", "l", "l", "l", "r", "l", "l", "c"], pad=(9, 8))
    p.gap(3)
    fn = font("sansc", 8.5)
    p.text("Keterangan:", font("sansc-b", 8.5))
    p.para("1. Paket dengan nilai di atas Rp 200.000.000 untuk barang/jasa lainnya wajib melalui Tender atau "
           "E-Purchasing sesuai Perpres 46 Tahun 2025.", fn)
    p.para("2. Kode barang untuk paket nomor 5 mengacu pada 1.3.2.05.01.04.002 dan 1.3.2.07.01.01.009.", fn)
    p.para("3. Waktu pemanfaatan barang/jasa paling lambat Desember 2027.", fn)
    p.gap(6)
    sx = p.x0 + mm(120)
    f2 = font("sansc", 9.5)
    p.line([(sx, "Samarinda, 2 November 2026", f2, "l")])
    p.line([(sx, "Pengguna Anggaran,", f2, "l")])
    anchor = (sx + mm(18), p.y + mm(6))
    p.gap(16)
    p.line([(sx, "Dr. ENDANG LIANSYAH, S.T., M.T.", font("sansc-b", 9.5), "l")])
    p.line([(sx, "NIP 19740130 200012 1 002", f2, "l")])
    p.y = p.ybot - mm(6)
    p.line([(p.x0, "sirup.lkpp.go.id - ID Satker 283401", font("mono", 8), "l"),
            (p.x1, "Halaman 3 dari 5", font("mono", 8), "r")])
    p.meta = {"pagu_total": tot, "pagu": [d[3] for d in data]}
    return p, anchor


# 6 -----------------------------------------------------------------------------------
def renja_indikator():
    p = Page(margin_l=15, margin_r=12, top=14)
    p.text("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2027", font("sans-b", 11), "c")
    p.text("DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA", font("sans-b", 11), "c")
    p.gap(2)
    p.text("Tabel 2.3 Review Kinerja Program dan Kegiatan serta Target Indikator Tahun 2027", font("serif-i", 10))
    p.gap(1.5)
    f = font("sansc", 8.5)
    fh = font("sansc-b", 8.5)
    rows = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Realisasi 2025",
             "Target 2026", "Target 2027", "Pagu Indikatif 2027 (Rp)"]]
    data = [
        ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN",
         "Angka Partisipasi Murni (APM) SD/MI dan SMP/MTs sederajat", "%", "97,12", "97,50", "98,00",
         "412.680.455.000"),
        ("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar",
         "Persentase sekolah dasar yang memenuhi standar sarana dan prasarana pendidikan", "%", "62,4",
         "68,0", "74,5", "186.215.300.000"),
        ("1.01.02.2.01.0009", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
         "Jumlah ruang kelas sekolah dasar yang direhabilitasi dalam kondisi baik", "Ruang", "48", "56", "64",
         "21.760.000.000"),
        ("1.01.02.2.01.0015", "Penyediaan Biaya Personil Peserta Didik Sekolah Dasar (BOSDA)",
         "Jumlah peserta didik SD yang menerima bantuan operasional sekolah daerah", "Orang", "78.412",
         "79.050", "79.600", "47.760.000.000"),
        ("1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama",
         "Rasio guru terhadap murid jenjang SMP negeri dan swasta", "Rasio", "1:18", "1:18", "1:17",
         "142.905.155.000"),
        ("1.01.02.2.02.0027", "Pengembangan Karir Pendidik dan Tenaga Kependidikan pada Satuan Pendidikan SMP",
         "Jumlah pendidik dan tenaga kependidikan SMP yang mengikuti peningkatan kompetensi berkelanjutan",
         "Orang", "1.135", "1.200", "1.350", "3.487.250.000"),
        ("1.01.02.2.03", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
         "Angka Partisipasi Kasar (APK) PAUD usia 4-6 tahun", "%", "71,85", "74,00", "76,50",
         "38.114.600.000"),
        ("1.01.03", "PROGRAM PENGEMBANGAN KURIKULUM",
         "Persentase satuan pendidikan yang menerapkan Kurikulum Merdeka secara penuh", "%", "88,3", "95,0",
         "100,0", "2.950.000.000"),
        ("1.01.04", "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN",
         "Persentase guru yang memiliki sertifikat pendidik", "%", "74,6", "78,0", "82,0", "6.415.800.000"),
    ]
    for d in data:
        rows.append(list(d))
    p.table(rows, [26, 36, 39, 12, 15, 13, 13, 29], f, fh, style="grid",
            aligns=["l", "l", "l", "c", "r", "r", "r", "r"], pad=(8, 7))
    p.gap(3)
    p.para("Sumber: Hasil evaluasi Renja Tahun 2025 dan Rancangan Awal RKPD Kota Samarinda Tahun 2027 "
           "(SIPD-RI, unduhan tanggal 19 Oktober 2026). Target 2027 masih bersifat sementara dan dapat "
           "berubah setelah Forum Perangkat Daerah.", font("serif", 9))
    p.gap(3)
    p.text("2.4 Isu-Isu Penting Penyelenggaraan Tugas dan Fungsi", font("sans-b", 10))
    fp = font("serif", 10)
    p.para("Capaian APK PAUD masih di bawah target RPJMD sebesar 78,00 persen, terutama di Kecamatan "
           "Palaran dan Samarinda Utara yang belum memiliki PAUD negeri. Sementara itu 37,6 persen ruang "
           "kelas SD berada dalam kondisi rusak ringan sampai berat.", fp, indent=mm(10))
    anchor = (p.x1 - mm(50), p.y - mm(6))
    p.y = p.ybot - mm(6)
    p.text("II-14", font("sans", 9), "c")
    return p, anchor


# 7 -----------------------------------------------------------------------------------
def pengumuman():
    p = Page(margin_l=15, margin_r=15, top=14)
    # banner
    p.d.rectangle([p.x0, p.y, p.x1, p.y + mm(26)], fill=60)
    p.ink = 255
    p.y += mm(4)
    p.text("PENGUMUMAN", font("sans-b", 22), "c", lead=1.15)
    p.text("Pendaftaran Beasiswa Samarinda Cerdas Tahun 2027", font("sans", 13), "c")
    p.ink = 25
    p.y = mm(14) + mm(26) + mm(6)
    ytop = p.y
    # left column (main)
    lx0, lx1 = p.x0, p.x0 + mm(112)
    f = font("serif", 10.5)
    fb = font("sans-b", 11)
    p.text("Nomor: 421.7/0655/DISDIKBUD-II/XI/2026", font("serif", 10), x=lx0)
    p.gap(2)
    p.para("Dalam rangka meningkatkan akses pendidikan tinggi bagi putra-putri Kota Samarinda, Pemerintah "
           "Kota Samarinda melalui Dinas Pendidikan dan Kebudayaan membuka pendaftaran Beasiswa Samarinda "
           "Cerdas Tahun 2027 dengan ketentuan sebagai berikut:", f, x=lx0, width=lx1 - lx0)
    p.gap(2)
    p.text("A. Kategori Beasiswa", fb, x=lx0)
    for s in ["Beasiswa Prestasi Akademik jenjang D3/S1 sebanyak 250 orang, bantuan Rp 6.000.000 per tahun;",
              "Beasiswa Keluarga Kurang Mampu (terdaftar DTSEN) sebanyak 400 orang, bantuan Rp 5.000.000 "
              "per tahun;",
              "Beasiswa Tugas Akhir jenjang S2 bagi ASN dan guru honorer sebanyak 40 orang, bantuan "
              "Rp 12.500.000."]:
        p.para(s, f, x=lx0 + mm(4), width=lx1 - lx0 - mm(4), indent=mm(5), hang="-")
    p.gap(2)
    p.text("B. Persyaratan Umum", fb, x=lx0)
    for i, s in enumerate(["Ber-KTP Kota Samarinda paling singkat 2 (dua) tahun;",
                           "Terdaftar sebagai mahasiswa aktif pada perguruan tinggi terakreditasi;",
                           "IPK paling rendah 3,25 untuk kategori prestasi dan 2,75 untuk kategori lainnya;",
                           "Tidak sedang menerima beasiswa lain yang bersumber dari APBD/APBN."], 1):
        p.para(s, f, x=lx0 + mm(4), width=lx1 - lx0 - mm(4), indent=mm(6), hang=f"{i}.")
    p.gap(2)
    p.text("C. Jadwal", fb, x=lx0)
    for k, v in [("Pendaftaran daring", "2 - 30 November 2026"), ("Verifikasi berkas", "1 - 12 Desember 2026"),
                 ("Pengumuman hasil", "21 Desember 2026"), ("Penyaluran tahap I", "Februari 2027")]:
        p.line([(lx0 + mm(4), k, f, "l"), (lx0 + mm(50), ":", f, "l"), (lx0 + mm(54), v, f, "l")])
    p.gap(3)
    p.para("Pendaftaran tidak dipungut biaya. Segala bentuk pungutan atas nama panitia agar dilaporkan "
           "melalui kanal pengaduan SP4N-LAPOR!.", font("serif-i", 10.5), x=lx0, width=lx1 - lx0)
    p.gap(5)
    sx = lx0 + mm(50)
    p.text("Samarinda, 30 Oktober 2026", f, x=sx)
    p.text("Kepala Dinas Pendidikan", f, x=sx)
    p.text("dan Kebudayaan,", f, x=sx)
    anchor = (sx + mm(20), p.y + mm(6))
    p.gap(16)
    p.text("ASLI NURYADIN, S.Pd., M.Pd.", font("serif-b", 10.5), x=sx)
    p.text("NIP 19700218 199303 1 005", f, x=sx)
    yleft = p.y
    # right column: sidebar
    rx0, rx1 = p.x0 + mm(120), p.x1
    p.d.rectangle([rx0, ytop, rx1, ytop + mm(205)], fill=232)
    p.d.rectangle([rx0, ytop, rx0 + 8, ytop + mm(205)], fill=60)
    p.y = ytop + mm(5)
    ix = rx0 + mm(5)
    iw = rx1 - ix - mm(3)
    fs = font("sansc", 9.5)
    fsb = font("sansc-b", 10.5)
    p.text("INFORMASI LAYANAN", fsb, x=ix)
    p.gap(2)
    for k, v in [("Laman pendaftaran", "beasiswa.samarindakota.go.id"),
                 ("Layanan WhatsApp", "0811-5522-2027 (Senin-Jumat 08.00-15.00 WITA)"),
                 ("Posko Verifikasi", "Aula Disdikbud, Jalan Dahlia Nomor 77 Samarinda"),
                 ("Kuota total", "690 penerima"),
                 ("Anggaran", "Rp 4.150.000.000 (DPA 2027 kode rekening 5.4.02.05.01.0001)")]:
        p.text(k, font("sansc-b", 9.5), x=ix)
        p.para(v, fs, x=ix, width=iw)
        p.gap(2)
    p.gap(2)
    p.text("BERKAS YANG DIUNGGAH", fsb, x=ix)
    p.gap(1)
    for s in ["Scan KTP dan Kartu Keluarga", "Surat keterangan aktif kuliah", "Transkrip nilai terakhir",
              "Surat Keterangan Tidak Mampu (kategori 2)", "Pas foto 3x4 latar merah"]:
        p.para(s, fs, x=ix, width=iw, indent=mm(4), hang="•")
    p.gap(3)
    p.para("Hati-hati penipuan! Panitia tidak pernah meminta transfer uang.", font("sansc-b", 9.5), x=ix, width=iw)
    assert p.y < ytop + mm(205)
    p.y = max(yleft, ytop + mm(205)) + mm(5)
    p.y = p.ybot - mm(8)
    p.hrule(2)
    p.gap(1.5)
    p.text("Disdikbud Kota Samarinda | disdikbud.samarindakota.go.id | Hal 1", font("sans", 8.5), "c")
    return p, anchor


BUILDERS = {
    "nota_dinas": nota_dinas,
    "surat_tugas": surat_tugas,
    "kuitansi_spj": kuitansi_spj,
    "daftar_hadir": daftar_hadir,
    "rup_pengadaan": rup_pengadaan,
    "renja_indikator": renja_indikator,
    "pengumuman": pengumuman,
}
TABLE_STYLE = {"surat_tugas": "ruled grid", "kuitansi_spj": "no rules at all",
               "daftar_hadir": "horizontal rules only",
               "rup_pengadaan": "ruled grid, shaded header, merged JUMLAH cell, wrapped cells",
               "renja_indikator": "ruled grid with long wrapped names"}
