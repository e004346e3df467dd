"""The seven page types (all content invented)."""
import datetime
from layout import Page, px, MM

BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def rp(n):
    return f"{n:,}".replace(",", ".")


SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    if n < 12:
        return SAT[n]
    if n < 20:
        return SAT[n - 10] + " belas"
    if n < 100:
        return (SAT[n // 10] + " puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (SAT[n // 100] + " ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("seribu " + terbilang(n - 1000)).strip()
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " miliar " + terbilang(n % 10 ** 9)).strip()


def kop(p, opd, addr, fam=None):
    """Letterhead: logo (drawing only), three centred lines, address, double rule. Returns y below."""
    d = p.d
    cx, cy = px(34), px(27)
    # shield-like emblem (no text)
    d.polygon([(cx - 90, cy - 110), (cx + 90, cy - 110), (cx + 90, cy + 10), (cx, cy + 115), (cx - 90, cy + 10)],
              outline=0, fill=235, width=6)
    d.ellipse([cx - 45, cy - 80, cx + 45, cy + 10], outline=0, width=5)
    d.polygon([(cx, cy - 70), (cx + 25, cy - 10), (cx - 25, cy - 10)], fill=90)
    d.line([(cx - 60, cy + 40), (cx + 60, cy + 40)], fill=0, width=5)
    d.line([(cx - 40, cy + 65), (cx + 40, cy + 65)], fill=0, width=5)
    mid = 115
    p.text(mid, 19, "PEMERINTAH KOTA SAMARINDA", 14, 1, fam, align="c")
    y = 27
    if isinstance(opd, str):
        opd = [opd]
    for o in opd:
        sz = 15
        while p.width_mm(o, sz, 1, fam) > 138:
            sz -= 0.5
        p.text(mid, y, o, sz, 1, fam, align="c")
        y += 6.5
    for a in addr:
        p.text(mid, y, a, 9, 0, fam, align="c")
        y += 4.4
    y += 0.5
    p.hline(20, 190, y, 0.9)
    p.hline(20, 190, y + 1.3, 0.3)
    return y + 8


def sig_block(p, y, cols, fam=None, size=None, gap=22):
    """cols: list of (x_centre_mm, [lines above], [lines below]). Lines of the same row are pieces of
    one printed line (joined left to right in the truth)."""
    n_above = max(len(c[1]) for c in cols)
    lead = (size or p.size) * 0.3528 * 1.45
    for (xc, above, below) in cols:
        yy = y + (n_above - len(above)) * lead
        for i, t in enumerate(above):
            p.text(xc, yy + i * lead, t, size, 0, fam, align="c")
        yb = y + n_above * lead + gap
        p.sig.append((xc, yb - gap / 2 - 2))
        for i, t in enumerate(below):
            st = 1 if i == 0 else 0
            p.text(xc, yb + i * lead, t, size, st, fam, align="c", underline=(i == 0))
    return y + n_above * lead + gap + max(len(c[2]) for c in cols) * lead


def footer(p, left, right, size=8.5, fam=None, y=287):
    body = max(it[2] for it in p.items if it[0] < 97) / 4
    assert body < y - 10, (p.name, "body runs into footer", body)
    p.section = 99
    p.hline(20, 190, y - 4.5, 0.2)
    p.text(20, y, left, size, 2, fam)
    p.text(190, y, right, size, 0, fam, align="r")


# =============================================================== 1. kuitansi
def kuitansi():
    p = Page("kuitansi", "serif", 11)
    y = kop(p, "DINAS PENDIDIKAN DAN KEBUDAYAAN",
            ["Jalan Biola No. 1 Telepon (0541) 733361 Faksimile (0541) 733362",
             "Laman: disdikbud.samarindakota.go.id Pos-el: disdikbud@samarindakota.go.id", "SAMARINDA 75124"])
    p.section = 1
    box_top = y
    y += 12
    p.text(105, y, "KUITANSI / BUKTI PEMBAYARAN", 14, 1, align="c", underline=True)
    y += 10
    kv = [("Tahun Anggaran", "2026"), ("Nomor Bukti", "0147/BP-DISDIKBUD/X/2026"),
          ("Kode Rekening", "5.1.02.01.01.0024"),
          ("Sub Kegiatan", "1.01.01.2.02.0001 Penyediaan Bahan Logistik Kantor")]
    for k, v in kv:
        p.text(28, y, k, 10)
        p.text(68, y, ":", 10)
        p.text(71, y, v, 10, 1 if k == "Kode Rekening" else 0)
        y += 5.6
    y += 5
    bruto = 3785000
    ppn = round(bruto * 11 / 111)
    dpp = bruto - ppn
    pph = round(dpp * 15 / 1000)
    neto = bruto - ppn - pph
    words = terbilang(bruto).capitalize() + " rupiah"
    rows = [("Sudah terima dari", "Bendahara Pengeluaran Dinas Pendidikan dan Kebudayaan Kota Samarinda"),
            ("Uang sebanyak", words),
            ("Untuk pembayaran", "Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Tulis Kantor berupa kertas "
                                 "HVS A4 80 gram, map snelhecter, tinta printer dan ordner untuk keperluan Sekretariat "
                                 "bulan Oktober 2026 sesuai Nota Pesanan Nomor 027/118/Sekr-Disdikbud/X/2026 "
                                 "tanggal 5 Oktober 2026")]
    for k, v in rows:
        p.text(28, y, k, 11)
        p.text(68, y, ":", 11)
        st = 2 if k == "Uang sebanyak" else 0
        if st:
            # shaded band for amount in words
            lines = p.wrap(v, 112, 11, st)
            p.d.rectangle([px(70), px(y - 5), px(185), px(y + (len(lines) - 1) * 6.2 + 2)], fill=225)
        y = p.para(71, y, 112, v, 11, st, lead=6.2) + 2.5
    y += 3
    p.rect(28, y, 90, y + 11, 0.8)
    p.text(31, y + 7.6, "Terbilang Rp " + rp(bruto) + ",-", 12, 1)
    y += 20
    p.text(28, y, "Rincian potongan pajak:", 10, 2)
    y += 5.5
    for k, v in [("Jumlah bruto", bruto), ("PPN 11/111", ppn), ("PPh Pasal 22 (1,5% x DPP)", pph),
                 ("Jumlah diterima", neto)]:
        p.text(34, y, k, 10, 1 if k == "Jumlah diterima" else 0)
        p.text(88, y, "Rp", 10)
        p.text(120, y, rp(v), 10, 1 if k == "Jumlah diterima" else 0, align="r")
        if k == "PPh Pasal 22 (1,5% x DPP)":
            p.hline(86, 121, y + 1.8, 0.25)
        y += 5.5
    y += 6
    y = sig_block(p, y, [
        (52, ["Mengetahui/Menyetujui,", "Pengguna Anggaran"], ["Drs. H. SYAHRUL ANWAR", "NIP 19700418 199503 1 002"]),
        (105, ["Lunas dibayar 14-10-2026", "Bendahara Pengeluaran"], ["NURUL HIDAYAH, S.E.", "NIP 19850923 201001 2 017"]),
        (160, ["Samarinda, 14 Oktober 2026", "Yang menerima,"], ["HERLINA WULANDARI", "CV Mitra Karya Borneo"]),
    ], size=9.5, gap=20)
    p.rect(20, box_top, 190, y + 3, 0.6)
    p.rect(21.2, box_top + 1.2, 188.8, y + 1.8, 0.2)
    footer(p, "Dokumen SPJ - Lembar 1 untuk Bendahara", "Halaman 1 dari 1")
    meta = {"bruto": bruto, "ppn": ppn, "pph22": pph, "neto": neto, "words": words}
    return p, meta


# ======================================================= 2. perjanjian kerja
def perjanjian_kerja():
    p = Page("perjanjian_kerja", "serif", 10)
    y = kop(p, "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            ["Jalan Dahlia No. 81 Telepon (0541) 742066 Samarinda 75121"])
    p.section = 1
    p.text(105, y, "SURAT PERJANJIAN KERJA", 12, 1, align="c")
    y += 5.5
    p.text(105, y, "Nomor: 027/2214/PPK-DPUPR/X/2026", 10.5, align="c")
    y += 6
    for t in ["PAKET PEKERJAAN PEMELIHARAAN SALURAN DRAINASE", "JALAN P.M. NOOR KECAMATAN SAMARINDA UTARA"]:
        p.text(105, y, t, 10.5, 1, align="c")
        y += 5
    y += 3
    d0 = datetime.date(2026, 10, 12)
    hari = HARI[d0.weekday()]
    X, Wd = 25, 165
    y = p.para(X, y, Wd, f"Pada hari ini {hari} tanggal Dua Belas bulan Oktober tahun Dua Ribu Dua Puluh Enam "
               "(12-10-2026), bertempat di Samarinda, kami yang bertanda tangan di bawah ini:", justify=True)
    y += 1.5
    lead = 10 * 0.3528 * 1.45
    for num, nama, rest in [
        ("1.", "Ir. BAMBANG SUTRISNO, M.T.", "NIP 19780312 200501 1 004, Pejabat Pembuat Komitmen pada Dinas Pekerjaan "
         "Umum dan Penataan Ruang Kota Samarinda, selanjutnya disebut PIHAK PERTAMA;"),
        ("2.", "RUSDIANSYAH", "Direktur CV Sungai Mahakam Konstruksi, berkedudukan di Jalan Pangeran Suryanata "
         "No. 27 Samarinda, selanjutnya disebut PIHAK KEDUA."),
    ]:
        p.text(X, y, num)
        p.text(X + 6, y, nama, style=1)
        y = p.para(X + 6, y + lead, Wd - 6, rest, justify=True)
    y += 1.5
    y = p.para(X, y, Wd, "Kedua belah pihak sepakat mengikatkan diri dalam Surat Perjanjian Kerja ini dengan "
               "ketentuan sebagai berikut:", justify=True)
    nilai = 187450000
    end = d0 + datetime.timedelta(days=89)
    pasal = [
        ("Pasal 1", "LINGKUP PEKERJAAN", [
            "PIHAK PERTAMA memberikan tugas kepada PIHAK KEDUA dan PIHAK KEDUA menerima tugas untuk melaksanakan "
            "pekerjaan pemeliharaan saluran drainase sepanjang 1.240 meter sesuai Rencana Anggaran Biaya dengan "
            "kode rekening 5.1.02.03.03.0012.",
            "Rincian volume pekerjaan tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari "
            "perjanjian ini."]),
        ("Pasal 2", "NILAI PERJANJIAN", [
            f"Nilai perjanjian ini adalah sebesar Rp {rp(nilai)},- ({terbilang(nilai)} rupiah) sudah termasuk "
            "Pajak Pertambahan Nilai.",
            "Pembayaran dibebankan pada DPA Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda Tahun "
            "Anggaran 2026."]),
        ("Pasal 3", "JANGKA WAKTU PELAKSANAAN", [
            f"Jangka waktu pelaksanaan pekerjaan adalah 90 (sembilan puluh) hari kalender terhitung sejak tanggal "
            f"{d0.day} {BULAN[d0.month]} {d0.year} sampai dengan tanggal {end.day} {BULAN[end.month]} {end.year}."]),
        ("Pasal 4", "CARA PEMBAYARAN", [
            "Pembayaran dilakukan secara bertahap sebagai berikut: a. uang muka sebesar 20% dari nilai perjanjian "
            "setelah PIHAK KEDUA menyerahkan jaminan uang muka; b. termin pertama sebesar 50% setelah prestasi "
            "pekerjaan mencapai 60%; c. termin kedua sebesar 45% setelah pekerjaan selesai 100% dikurangi "
            "angsuran uang muka.",
            "Retensi sebesar 5% dibayarkan setelah masa pemeliharaan berakhir."]),
    ]
    for a, b, clauses in pasal:
        y += 3
        p.text(105, y, a, 10, 1, align="c")
        y += lead
        p.text(105, y, b, 10, 1, align="c")
        y += lead + 0.5
        for i, c in enumerate(clauses):
            if len(clauses) > 1:
                p.text(X, y, f"({i + 1})")
                y = p.para(X + 8, y, Wd - 8, c, justify=True)
            else:
                y = p.para(X, y, Wd, c, justify=True)
    p.section = 98
    yy = 268
    p.rect(122, yy - 5, 190, yy + 6, 0.3)
    p.vline(156, yy - 5, yy + 6, 0.3)
    p.text(124, yy, "Paraf Pihak I", 8.5)
    p.text(158, yy, "Paraf Pihak II", 8.5)
    p.sig.append((139, yy + 3))
    p.sig.append((173, yy + 3))
    footer(p, "SPK 027/2214/PPK-DPUPR/X/2026", "Halaman 1 dari 4")
    return p, {"nilai": nilai, "mulai": str(d0), "selesai": str(end), "hari": hari}


# ============================================================ 3. BAST barang
def bast_barang():
    p = Page("bast_barang", "sans", 10)
    y = kop(p, "DINAS KESEHATAN", ["Jalan Milono No. 1 Telepon (0541) 743290 Samarinda 75121",
                                   "Laman: dinkes.samarindakota.go.id"], )
    p.section = 1
    p.text(105, y, "BERITA ACARA SERAH TERIMA BARANG", 12, 1, align="c", underline=True)
    y += 5.5
    p.text(105, y, "Nomor: 028/0931/BAST-Dinkes/X/2026", 10, align="c")
    y += 9
    X, Wd = 20, 170
    y = p.para(X, y, Wd, "Pada hari ini Kamis tanggal delapan bulan Oktober tahun dua ribu dua puluh enam, yang "
               "bertanda tangan di bawah ini:")
    y += 1
    for k, v in [("Nama", "dr. ANDI MARLINA, M.Kes"), ("NIP", "19760824 200312 2 003"),
                 ("Jabatan", "Kepala Dinas Kesehatan selaku Pengguna Barang"),
                 ]:
        p.text(X + 5, y, k)
        p.text(X + 30, y, ":")
        p.text(X + 33, y, v)
        y += 5
    y = p.para(X, y, Wd, "selanjutnya disebut PIHAK PERTAMA, menyerahkan kepada:") + 1
    for k, v in [("Nama", "YULIANTI RAHAYU, A.Md.Kep"), ("NIP", "19891105 201402 2 006"),
                 ("Jabatan", "Pengurus Barang Pembantu UPTD Puskesmas Sidomulyo")]:
        p.text(X + 5, y, k)
        p.text(X + 30, y, ":")
        p.text(X + 33, y, v)
        y += 5
    y = p.para(X, y, Wd, "selanjutnya disebut PIHAK KEDUA, barang milik daerah dengan rincian sebagai berikut:") + 1
    items = [
        ("1.3.2.10.01.02.001", "Personal Computer\n(All in One)", "Lenovo V30a", 3, "Unit", 14250000),
        ("1.3.2.10.02.03.003", "Printer Ink Tank", "Epson L3250", 3, "Unit", 2875000),
        ("1.3.2.05.01.04.002", "Lemari Arsip Besi\n4 Pintu", "Brother B-204", 2, "Buah", 4150000),
        ("1.3.2.05.02.06.001", "Meja Kerja Pegawai", "Olympic 1/2 Biro", 6, "Buah", 1680000),
        ("1.3.2.05.02.01.004", "Kursi Kerja Putar", "Chitose Yamato", 6, "Buah", 985000),
        ("1.3.2.02.01.04.001", "Sepeda Motor Dinas\nOperasional", "Honda Vario 125", 1, "Unit", 24600000),
        ("1.3.2.05.01.05.010", "UPS 1200 VA", "ICA CN-1200", 3, "Unit", 1545000),
    ]
    rows = [["No", "Kode Barang", "Nama Barang", "Merk/Tipe", "Jml", "Satuan", "Harga Satuan\n(Rp)", "Jumlah Harga\n(Rp)"]]
    total = 0
    for i, (k, n, m, q, s, h) in enumerate(items, 1):
        total += q * h
        rows.append([str(i), k, n, m, str(q), s, rp(h), rp(q * h)])
    rows.append(["", "", "JUMLAH", "", "", "", "", rp(total)])
    y = p.table(X - 1, y + 1, [8, 31, 32.3, 27, 9, 14.5, 25.5, 25], rows, "grid", size=9, fam="sanscond",
                aligns=["c", "l", "l", "l", "c", "l", "r", "r"], bold_rows=(len(rows) - 1,))
    y += 6
    y = p.para(X, y, Wd, f"Barang tersebut di atas diterima dalam keadaan baik dan lengkap dengan nilai seluruhnya "
               f"Rp {rp(total)},- dan selanjutnya menjadi tanggung jawab PIHAK KEDUA untuk digunakan, dipelihara "
               "dan dicatat dalam Kartu Inventaris Ruangan.")
    y += 2
    y = p.para(X, y, Wd, "Demikian Berita Acara ini dibuat rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinya.")
    y += 6
    sig_block(p, y, [(57, ["PIHAK KEDUA", "Yang Menerima,"], ["YULIANTI RAHAYU, A.Md.Kep", "NIP 19891105 201402 2 006"]),
                     (150, ["PIHAK PERTAMA", "Yang Menyerahkan,"], ["dr. ANDI MARLINA, M.Kes", "NIP 19760824 200312 2 003"])])
    footer(p, "BAST Dinkes - Aset Puskesmas Sidomulyo", "Hal. 1/1")
    return p, {"items": [list(i) for i in items], "total": total}


# ============================================================ 4. notulen
def notulen_rapat():
    p = Page("notulen_rapat", "sans", 10)
    y = kop(p, "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
            ["Jalan Dahlia No. 2 Telepon (0541) 741003 Samarinda 75121"], fam="serif")
    p.section = 1
    p.text(105, y, "NOTULEN RAPAT", 12, 1, align="c")
    y += 5.5
    p.text(105, y, "Nomor: 005/417/Bappeda-P2/X/2026", 10, align="c")
    y += 7
    # two boxed panels side by side (true two-column area)
    p.section = 2
    top = y
    p.rect(20, top, 103, top + 27, 0.3)
    p.rect(107, top, 190, top + 27, 0.3)
    p.col = 0
    yy = top + 6
    for k, v in [("Hari/Tanggal", "Rabu, 21 Oktober 2026"), ("Waktu", "09.00 - 12.15 WITA"),
                 ("Tempat", "Ruang Rapat Bappeda Lt. 2")]:
        p.text(23, yy, k, 9.5)
        p.text(47, yy, ":", 9.5)
        p.text(49.5, yy, v, 9.5)
        yy += 7
    p.col = 1
    yy = top + 6
    for k, v in [("Pimpinan", "Sekretaris Bappeda"), ("Notulis", "Rina Oktaviani, S.E."),
                 ("Acara", "Verifikasi Renja OPD 2027")]:
        p.text(110, yy, k, 9.5)
        p.text(128, yy, ":", 9.5)
        p.text(130.5, yy, v, 9.5)
        yy += 7
    p.col = 0
    p.section = 3
    y = top + 33
    p.text(20, y, "I. DAFTAR HADIR", 10, 1)
    y += 3
    att = [
        ("Ir. Hj. SITI AMINAH, M.Si", "Sekretaris Bappeda", "19720514 199803 2 005"),
        ("Ir. BAMBANG SUTRISNO, M.T.", "PPK Dinas PUPR", "19780312 200501 1 004"),
        ("MUHAMMAD FAJRIN, S.T.", "Kabid Infrastruktur Bappeda", "19820217 200604 1 011"),
        ("DEWI KARTIKA SARI, S.E., M.M.", "Kasubbag Perencanaan Disdikbud", "19840630 200901 2 008"),
        ("dr. LISA PERMATASARI", "Perencana Ahli Muda Dinkes", "19870722 201212 2 001"),
        ("ABDUL RAHMAN HAKIM, S.Sos", "Camat Samarinda Utara", "19750903 199703 1 006"),
        ("RINA OKTAVIANI, S.E.", "Pengelola Data Bappeda", "19930405 201902 2 013"),
    ]
    rows = [["No", "Nama", "Jabatan / Unit Kerja", "NIP"]]
    for i, (n, j, nip) in enumerate(att, 1):
        rows.append([f"{i}.", n, j, nip])
    y = p.table(19, y, [9, 56.5, 61, 45.5], rows, "hrules", size=9.5, aligns=["r", "l", "l", "l"], pad=1.3)
    y += 7
    p.text(20, y, "II. POKOK PEMBAHASAN", 10, 1)
    y += 6
    pts = [
        "Sekretaris Bappeda membuka rapat dan menyampaikan bahwa batas akhir input Renja OPD 2027 pada SIPD-RI "
        "adalah tanggal 30 Oktober 2026.",
        "Dinas PUPR menyampaikan usulan pemeliharaan drainase senilai Rp 4.750.000.000 pada kode rekening "
        "5.1.02.03.03.0012 agar diselaraskan dengan hasil Musrenbang Kecamatan.",
        "BKPSDM mengusulkan penambahan pagu diklat teknis sebesar Rp 312.500.000 sesuai surat Nomor "
        "800/1432/BKPSDM-III/X/2026.",
        "Capaian indikator kinerja tahun 2025 sebesar 87,5% menjadi dasar penetapan target tahun 2027.",
    ]
    for i, t in enumerate(pts, 1):
        p.text(22, y, f"{i}.")
        y = p.para(28, y, 162, t, 10, lead=4.8) + 0.6
    y += 4
    p.text(20, y, "III. KESIMPULAN", 10, 1)
    y += 6
    y = p.para(22, y, 168, "Seluruh OPD menyampaikan perbaikan Renja paling lambat 28 Oktober 2026 dan rapat "
               "lanjutan dijadwalkan pada 4 November 2026.", 10)
    y += 5
    sig_block(p, y, [(150, ["Samarinda, 21 Oktober 2026", "Notulis,"], ["RINA OKTAVIANI, S.E.", "NIP 19930405 201902 2 013"])])
    footer(p, "Notulen Rapat Verifikasi Renja 2027", "Halaman 1 dari 2")
    return p, {"attendees": len(att)}


# ============================================================ 5. rekap TPP
def rekap_tpp():
    p = Page("rekap_tpp", "sanscond", 9)
    p.section = 0
    p.text(105, 18, "PEMERINTAH KOTA SAMARINDA", 11, 1, align="c")
    p.text(105, 23.5, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", 11, 1, align="c")
    p.text(105, 31, "REKAPITULASI PEMBAYARAN TAMBAHAN PENGHASILAN PEGAWAI (TPP)", 10.5, 1, align="c")
    p.text(105, 36, "BULAN SEPTEMBER 2026", 10.5, 1, align="c")
    p.section = 1
    p.text(15, 45, "Unit Kerja", 9)
    p.text(38, 45, ": Bidang Pengembangan Kompetensi Aparatur (Sub Unit III)", 9)
    p.text(15, 49.5, "Kode Rekening", 9)
    p.text(38, 49.5, ": 5.1.01.02.01.0001 Tambahan Penghasilan berdasarkan Beban Kerja ASN", 9)
    staff = [
        ("Dra. Hj. NORHAYATI", "19680721 199203 2 004", "IV/c", 8650000, 2475000),
        ("SUPRIYADI, S.H., M.H.", "19740309 199903 1 003", "IV/b", 7210000, 2060000),
        ("FITRIANI, S.Psi", "19810617 200604 2 012", "III/d", 5840000, 1670000),
        ("HENDRA WIJAYA, S.Kom", "19900111 201503 1 002", "III/c", 4925000, 1405000),
        ("AGUS SALIM", "19780312 200501 1 004", "III/b", 4380000, 1250000),
        ("MAYA SARI DEWI, A.Md", "19920228 201801 2 007", "II/d", 3615000, 1035000),
        ("RAHMAT HIDAYAT", "19860514 201001 1 019", "II/c", 3390000, 970000),
        ("SITI NURJANAH, S.E.", "19950819 202012 2 002", "III/a", 4105000, 1175000),
        ("MUHAMMAD RIZKY", "19970102 202203 1 005", "II/a", 2980000, 850000),
        ("LINDA PURNAMASARI", "19880930 201409 2 010", "III/b", 4380000, 1250000),
        ("BUDI SANTOSO, S.T.", "19830405 200902 1 006", "III/c", 4925000, 1405000),
    ]
    def pph_rate(g):
        return 15 if g.startswith("IV") else (5 if g.startswith("III") else 0)
    hdr = ["No", "Nama / NIP", "Gol", "TPP Beban\nKerja", "TPP\nPrestasi", "Jumlah\nKotor", "PPh 21\n(Rp)",
           "BPJS 4%\n(Rp)", "Jumlah\nPotongan", "Jumlah\nBersih"]
    rows = [hdr]
    tot = [0] * 7
    for i, (n, nip, g, bk, pk) in enumerate(staff, 1):
        kotor = bk + pk
        pph = kotor * pph_rate(g) // 100
        bpjs = kotor * 4 // 100
        pot = pph + bpjs
        bersih = kotor - pot
        vals = [bk, pk, kotor, pph, bpjs, pot, bersih]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([str(i), n + "\n" + nip, g] + [rp(v) if v else "0" for v in vals])
    rows.append(["", "JUMLAH", ""] + [rp(v) for v in tot])
    y = p.table(15, 56, [7, 38, 9, 19.5, 18.5, 18.5, 17, 17, 17.5, 18.5], rows, "none", size=9,
                aligns=["c", "l", "c", "r", "r", "r", "r", "r", "r", "r"], pad=0.9)
    y += 6
    p.text(15, y, "Terbilang: " + terbilang(tot[-1]).capitalize() + " rupiah", 9, 2)
    y += 5
    p.text(15, y, "Catatan: PPh Pasal 21 golongan IV 15%, golongan III 5%, golongan II 0%; BPJS Kesehatan 4% dari jumlah kotor.", 8.5)
    y += 12
    sig_block(p, y, [(52, ["Mengetahui,", "Kepala BKPSDM"], ["Dr. IRAWAN SETIADI, M.Si", "NIP 19710225 199603 1 001"]),
                     (105, ["Diperiksa oleh,", "PPK-SKPD"], ["FAHRUL RAZI, S.E.", "NIP 19830812 200801 1 009"]),
                     (160, ["Samarinda, 2 Oktober 2026", "Bendahara Pengeluaran"], ["WIDYA ASTUTI, S.E.", "NIP 19870315 201001 2 021"])],
              size=9)
    footer(p, "Dicetak dari SIMPEG-TPP 02/10/2026 14:37", "Hal 1 dari 1", size=8)
    return p, {"staff": staff, "totals": tot}


# ==================================================== 6. laporan persediaan
def laporan_persediaan():
    p = Page("laporan_persediaan", "serifcond", 9.5)
    y = kop(p, "KECAMATAN SUNGAI KUNJANG", ["Jalan Jakarta Blok AL No. 1 Loa Bakung Telepon (0541) 271566 Samarinda 75243"],
            fam="serif")
    p.section = 1
    p.text(105, y, "LAPORAN PERSEDIAAN BARANG PAKAI HABIS", 11.5, 1, align="c")
    y += 5.2
    p.text(105, y, "TRIWULAN III (JULI s.d. SEPTEMBER) TAHUN ANGGARAN 2026", 10, 1, align="c")
    y += 8
    groups = [
        ("A. Alat Tulis Kantor", [
            ("1.1.7.01.03.01.001", "Kertas HVS A4\n80 gram", "Rim", 42, 60, 71, 58500),
            ("1.1.7.01.03.01.005", "Kertas HVS F4\n70 gram", "Rim", 15, 30, 28, 61000),
            ("1.1.7.01.01.02.003", "Pulpen Gel Hitam\n(isi 12)", "Kotak", 9, 12, 14, 42000),
            ("1.1.7.01.01.06.001", "Map Snelhecter\nPlastik", "Buah", 130, 200, 244, 3500),
            ("1.1.7.01.01.07.002", "Ordner Folio Lebar", "Buah", 24, 36, 31, 27500),
        ]),
        ("B. Bahan Komputer", [
            ("1.1.7.01.03.07.002", "Tinta Printer Epson\n003 Hitam", "Botol", 8, 24, 19, 87000),
            ("1.1.7.01.03.07.010", "Flashdisk 32 GB", "Buah", 5, 10, 12, 95000),
        ]),
        ("C. Bahan Kebersihan", [
            ("1.1.7.01.01.10.004", "Cairan Pembersih\nLantai 800 ml", "Botol", 11, 24, 27, 23500),
            ("1.1.7.01.01.10.009", "Kantong Sampah Besar", "Pak", 6, 20, 18, 18000),
        ]),
    ]
    hdr1 = ["No", "Kode Barang", "Nama Barang", "Sat.", "Saldo\nAwal", "Mutasi", "", "Saldo\nAkhir",
            "Harga\nSatuan\n(Rp)", "Nilai\nPersediaan\n(Rp)"]
    hdr2 = ["", "", "", "", "", "Masuk", "Keluar", "", "", ""]
    rows = [hdr1, hdr2]
    merges = [(0, c, 2, 1) for c in (0, 1, 2, 3, 4, 7, 8, 9)] + [(0, 5, 1, 2)]
    n = 0
    total = 0
    recs = []
    for g, its in groups:
        merges.append((len(rows), 0, 1, 10))
        rows.append([g] + [""] * 9)
        for (k, nm, sat, a, masuk, keluar, h) in its:
            n += 1
            akhir = a + masuk - keluar
            nilai = akhir * h
            total += nilai
            recs.append((k, nm.replace("\n", " "), a, masuk, keluar, akhir, h, nilai))
            rows.append([str(n), k, nm, sat, str(a), str(masuk), str(keluar), str(akhir), rp(h), rp(nilai)])
    rows.append(["", "", "JUMLAH", "", "", "", "", "", "", rp(total)])
    bold = [i for i, r in enumerate(rows) if r[0].startswith(("A.", "B.", "C."))] + [len(rows) - 1]
    y = p.table(16, y, [8, 30, 37, 11, 12, 13, 13, 12, 19, 22], rows, "grid", size=9, header_rows=2, pad=1.0,
                merges=merges, shade=205, aligns=["c", "l", "l", "l", "r", "r", "r", "r", "r", "r"],
                bold_rows=tuple(bold))
    y += 6
    y = p.para(18, y, 172, f"Nilai persediaan per 30 September 2026 sebesar Rp {rp(total)},- telah sesuai dengan hasil "
               "stock opname tanggal 30 September 2026 dan dicatat pada kode rekening 1.1.12.01.01.0001.", 9.5)
    y += 8
    sig_block(p, y, [(55, ["Mengetahui,", "Camat Sungai Kunjang"], ["H. ZULKIFLI NOOR, S.Sos., M.Si", "NIP 19740610 199403 1 005"]),
                     (150, ["Samarinda, 1 Oktober 2026", "Pengurus Barang"], ["ARIF BUDIMAN", "NIP 19911127 201503 1 004"])])
    footer(p, "Lap. Persediaan Kec. Sungai Kunjang TW III/2026", "Halaman 1 dari 1", fam="serifcond")
    return p, {"records": recs, "total": total}


# ============================================================ 7. surat tugas
def surat_tugas():
    p = Page("surat_tugas", "sans", 11)
    y = kop(p, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
            ["Jalan Kesuma Bangsa No. 88 Telepon (0541) 206135 Samarinda 75123"])
    # second line of the OPD name is long: kop draws it at 15 pt; it fits A4 width
    p.section = 1
    p.text(105, y, "SURAT TUGAS", 13, 1, align="c", underline=True)
    y += 6
    p.text(105, y, "Nomor: 800/1432/BKPSDM-III/X/2026", 11, align="c")
    y += 9
    p.text(20, y, "Dasar", 11)
    p.text(45, y, ":", 11)
    dasar = ["Surat Badan Kepegawaian Negara Regional VIII Nomor 4215/B/SD.02.01/IX/2026 tanggal 28 September "
             "2026 perihal Rapat Koordinasi Manajemen ASN;",
             "DPA BKPSDM Kota Samarinda Tahun Anggaran 2026 kode rekening 5.1.02.04.01.0003."]
    for i, t in enumerate(dasar, 1):
        p.text(48, y, f"{i}.", 11)
        y = p.para(54, y, 136, t, 11)
    y += 4
    p.text(105, y, "MENUGASKAN:", 11, 1, align="c")
    y += 7
    p.text(20, y, "Kepada", 11)
    p.text(45, y, ":", 11)
    off = [("AHMAD FAUZI, S.STP., M.Si", "19800716 199912 1 001", "Pembina Tk. I (IV/b)",
            "Kepala Bidang Pengembangan Kompetensi"),
           ("FITRIANI, S.Psi", "19810617 200604 2 012", "Penata Tk. I (III/d)", "Analis SDM Aparatur Ahli Muda"),
           ("AGUS SALIM", "19780312 200501 1 004", "Penata Muda Tk. I (III/b)", "Pengelola Data Kepegawaian")]
    box_top = y - 5.5
    p.section = 2
    yy = y
    for i, (n, nip, pg, jb) in enumerate(off, 1):
        p.text(50, yy, f"{i}.", 11)
        for k, v in [("Nama", n), ("NIP", nip), ("Pangkat/Gol.", pg), ("Jabatan", jb)]:
            p.text(56, yy, k, 11)
            p.text(84, yy, ":", 11)
            p.text(87, yy, v, 11, 1 if k == "Nama" else 0)
            yy += 5.2
        yy += 1.6
    p.rect(47, box_top, 190, yy - 5, 0.5)
    p.section = 3
    y = yy + 4
    p.text(20, y, "Untuk", 11)
    p.text(45, y, ":", 11)
    y = p.para(48, y, 142, "Mengikuti Rapat Koordinasi Manajemen ASN di Kantor Regional VIII BKN Banjarmasin pada "
               "tanggal 14 s.d. 16 Oktober 2026 dengan biaya perjalanan dinas sebesar Rp 18.960.000 (delapan belas "
               "juta sembilan ratus enam puluh ribu rupiah) dibebankan pada DPA BKPSDM Tahun 2026.", 11)
    y += 3
    y = p.para(20, y, 170, "Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.", 11)
    y += 5
    y = sig_block(p, y, [(148, ["Ditetapkan di Samarinda", "pada tanggal 9 Oktober 2026", "KEPALA BKPSDM,"],
                      ["Dr. IRAWAN SETIADI, M.Si", "Pembina Utama Muda (IV/c)", "NIP 19710225 199603 1 001"])], size=10.5, gap=15)
    y2 = y
    p.text(20, y2, "Tembusan:", 9.5, 1)
    for i, t in enumerate(["Wali Kota Samarinda (sebagai laporan);", "Inspektur Kota Samarinda."], 1):
        p.text(20, y2 + 4.4 * i, f"{i}. {t}", 9.5)
    footer(p, "Dokumen ini ditandatangani secara elektronik melalui TTE BSrE", "1/1")
    return p, {"officers": len(off), "biaya": 18960000}


BUILDERS = [kuitansi, perjanjian_kerja, bast_barang, notulen_rapat, rekap_tpp, laporan_persediaan, surat_tugas]
