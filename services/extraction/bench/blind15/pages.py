"""The seven page types. Each builder returns a layout.Page (image + truth)."""
from layout import Page, F, mm, pt, INK, HAND_INK

HAND = {"hand": True, "color": HAND_INK}


def rp(n):
    return f"{n:,.0f}".replace(",", ".")


def terbilang(n):
    w = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
    if n < 12:
        return w[n]
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
    if n < 1_000_000:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 1_000_000_000:
        return (terbilang(n // 1_000_000) + " juta " + terbilang(n % 1_000_000)).strip()
    raise ValueError(n)


def pct(a, b):
    return f"{a * 100.0 / b:.2f}".replace(".", ",")


def kop(p, y, lines_fonts, x_logo=None):
    """letterhead: centred lines + double rule. returns y below the rule"""
    cx = p.W // 2 + mm(10)
    if x_logo is not None:  # simple emblem placeholder: shield outline (no text)
        d = p.d
        lx, ly = x_logo, y - mm(4)
        d.polygon([(lx, ly), (lx + mm(22), ly), (lx + mm(22), ly + mm(18)), (lx + mm(11), ly + mm(27)),
                   (lx, ly + mm(18))], outline=INK, width=5)
        d.ellipse([lx + mm(6), ly + mm(5), lx + mm(16), ly + mm(15)], outline=INK, width=4)
    for text, font, lead in lines_fonts:
        p.line(y, (cx, text, font, "c"))
        y += lead
    y += mm(1)
    p.hline(mm(20), p.W - mm(20), y, 9)
    p.hline(mm(20), p.W - mm(20), y + 16, 3)
    return y + mm(8)


# ---------------------------------------------------------------- 1 disposisi
def lembar_disposisi():
    p = Page(seed=101)
    L, R = mm(22), p.W - mm(20)
    y = kop(p, mm(22), [
        ("PEMERINTAH KOTA SAMARINDA", F("serif_b", 13), pt(17)),
        ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN", F("serif_b", 12), pt(15)),
        ("SUMBER DAYA MANUSIA", F("serif_b", 12), pt(15)),
        ("Jl. Basuki Rahmat No. 78 Samarinda, Kalimantan Timur 75117", F("serif", 9.5), pt(12.5)),
        ("Telepon (0541) 741235, Pos-el: bkpsdm@samarindakota.go.id", F("serif", 9.5), pt(12.5)),
    ], x_logo=mm(24))
    y += pt(8)
    p.line(y, (p.W // 2, "LEMBAR DISPOSISI", F("serif_b", 14), "c"))
    y += pt(10)
    f, fh, lead = F("serif", 11), F("hand", 13), pt(19)
    top = y
    mid = (L + R) // 2 + mm(8)
    y = top + pt(20)
    c1, c1v, c2, c2v = L + mm(4), L + mm(33), mid + mm(4), mid + mm(35)
    rows = [
        ("Surat dari", "Dinas Kesehatan Kota", "Diterima Tgl.", "14-10-2026", True),
        ("", "Samarinda", "", "", True),
        ("No. Surat", "800/1432/BKPSDM-III/X/2026", "No. Agenda", "2087", False),
        ("Tgl. Surat", "09 Oktober 2026", "", "", False),
    ]
    for a, av, b, bv, ha in rows:
        p.line(y, (c1, a, f), (c1v - mm(3), ":" if a else "", f), (c1v, av, fh if ha else f, "l", HAND if ha else {}),
               (c2, b, f), (c2v - mm(3), ":" if b else "", f), (c2v, bv, fh, "l", HAND))
        y += lead
    p.d.line([(mid, top), (mid, y - pt(8))], fill=INK, width=3)
    p.hline(L, R, y - pt(8), 3)
    y += pt(12)
    frs = [(c1, "Sifat", f), (c1v - mm(3), ":", f)]
    xx = c1v
    for i, s in enumerate(["Sangat Segera", "Segera", "Rahasia", "Biasa"]):
        bx = p.checkbox(xx, y, f, checked=(i == 1))
        frs.append((bx + mm(1.5), s, f))
        xx = bx + mm(1.5) + f.getlength(s) + mm(6)
    p.line(y, *frs)
    y += pt(8)
    p.hline(L, R, y, 3)
    y += pt(20)
    p.line(y, (c1, "Perihal", f), (c1v - mm(3), ":", f),
           (c1v, "Usulan Kenaikan Pangkat Reguler Periode April 2027", f))
    y += lead
    p.line(y, (c1v, "a.n. 14 (empat belas) orang PNS di lingkungan Dinas Kesehatan", f))
    y += pt(10)
    p.rect(L, top, R, y, 4)
    y += pt(22)
    # Diteruskan kepada
    box2 = y - pt(16)
    p.line(y, (c1, "Diteruskan kepada Sdr.:", F("serif_b", 11)))
    y += lead
    tos = ["Sekretaris", "Kepala Bidang Mutasi dan Promosi", "Kepala Bidang Pengadaan, Pemberhentian dan Informasi",
           "Kepala Bidang Pengembangan Kompetensi Aparatur", "Kasubbag Umum dan Kepegawaian"]
    for i, t in enumerate(tos):
        bx = p.checkbox(c1 + mm(2), y, f, checked=i in (1, 4))
        p.line(y, (bx + mm(3), f"{i + 1}. {t}", f))
        y += lead
    p.rect(L, box2, R, y - pt(6), 4)
    y += pt(12)
    box3 = y - pt(16)
    p.line(y, (c1, "Dengan hormat harap:", F("serif_b", 11)))
    y += lead
    acts = [("Tanggapan dan saran", "Untuk diketahui"), ("Proses lebih lanjut", "Siapkan jawaban"),
            ("Koordinasi/konfirmasi", "Arsip")]
    for i, (a, b) in enumerate(acts):
        bx = p.checkbox(c1 + mm(2), y, f, checked=(i == 1))
        bx2 = p.checkbox(mid + mm(2), y, f, checked=False)
        p.line(y, (bx + mm(3), a, f), (bx2 + mm(3), b, f))
        y += lead
    p.rect(L, box3, R, y - pt(6), 4)
    y += pt(12)
    box4 = y - pt(16)
    p.line(y, (c1, "Catatan/Isi Disposisi:", F("serif_b", 11)))
    y += pt(24)
    notes = ["Kabid Mutasi: mohon diproses sesuai jadwal,",
             "cek kelengkapan SKP 2 thn terakhir & ijazah.",
             "Perhatikan berkas a.n. NIP 19780312 200501 1 004",
             "(belum ada PAK terbaru). Lapor ke saya tgl 20/10."]
    for n in notes:
        p.line(y, (c1 + mm(4), n, fh, "l", HAND))
        y += pt(20)
    p.rect(L, box4, R, y, 4)
    y += pt(16)
    sx = mid + mm(10)
    p.line(y, (sx, "Samarinda, 14 Oktober 2026", f))
    y += lead
    p.line(y, (sx, "Kepala Badan,", f))
    p.sig = (sx + mm(30), y + pt(30))
    y += pt(42)
    p.line(y, (sx, "Drs. H. Syamsul Bahri, M.Si", F("serif_b", 11)))
    y += lead
    p.line(y, (sx, "NIP 19690417 199403 1 006", f))
    assert y < p.H - mm(18), y
    p.line(p.H - mm(10), (L, "Lembar disposisi ini tidak boleh dipisahkan dari surat aslinya.", F("serif_i", 9)),
           (R, "Hal. 1/1", F("serif", 9), "r"))
    return p


# ---------------------------------------------------------------- 2 honorarium (ruled grid, merged header)
def daftar_honorarium():
    p = Page(landscape=True, seed=202)
    L, R = mm(14), p.W - mm(14)
    f, fb = F("cond", 9), F("cond_b", 9)
    y = mm(16)
    p.line(y, (p.W // 2, "DAFTAR PENERIMAAN HONORARIUM NARASUMBER DAN MODERATOR", F("cond_b", 12), "c"))
    y += pt(16)
    p.line(y, (p.W // 2, "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH KOTA SAMARINDA", F("cond_b", 11), "c"))
    y += pt(22)
    info = [("Kegiatan", "Bimbingan Teknis Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP) Perangkat Daerah"),
            ("Kode Rekening", "5.1.02.02.01.0003 - Belanja Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara dan Panitia"),
            ("Hari/Tanggal", "Rabu, 21 Oktober 2026"),
            ("Tempat", "Aula Lantai 3 Bapperida Kota Samarinda, Jl. Dahlia No. 81")]
    fi = F("cond", 10)
    for k, v in info:
        p.line(y, (L, k, fi), (L + mm(32), ":", fi), (L + mm(36), v, fi))
        y += pt(14)
    y += pt(6)
    widths = [mm(9), mm(56), mm(12), mm(38), mm(12), mm(24), mm(26), mm(13), mm(24), mm(27), mm(0)]
    widths[-1] = (R - L) - sum(widths[:-1])
    C = lambda t, **k: dict(t=t, al="c", **k)
    Rt = lambda t, **k: dict(t=t, al="r", **k)
    head = [
        [C("No", rs=2, b=True), C("Nama / NIP", rs=2, b=True), C("Gol.", rs=2, b=True),
         C("Jabatan dalam Kegiatan", rs=2, b=True), C("Jml Jam", rs=2, b=True), C("Honor per Jam (Rp)", rs=2, b=True),
         C("Jumlah Bruto (Rp)", rs=2, b=True), C("PPh Pasal 21", cs=2, b=True), C("Diterima Bersih (Rp)", rs=2, b=True),
         C("Tanda Tangan", rs=2, b=True)],
        [C("Tarif", b=True), C("Jumlah (Rp)", b=True)],
        [C(s, b=True) for s in ["1", "2", "3", "4", "5", "6", "7 = 5 x 6", "8", "9 = 7 x 8", "10 = 7 - 9", "11"]],
    ]
    people = [
        ("Dr. Ir. Hendra Wijaya, M.Si", "NIP 19780312 200501 1 004", "IV/c", "Narasumber", 3, 1_000_000, 15),
        ("Rina Kusumawardani, S.E., M.Ak", "NIP 19830921 200903 2 011", "IV/a", "Narasumber", 3, 900_000, 15),
        ("Prof. Dr. Bambang Sutejo, M.Si", "Akademisi Universitas Mulawarman", "-", "Narasumber (Non ASN)", 2, 1_200_000, 6),
        ("Muhammad Ridwan, S.STP, M.AP", "NIP 19890305 201101 1 002", "III/d", "Moderator", 2, 700_000, 5),
        ("Siti Nurhaliza, S.Kom", "NIP 19920714 201503 2 006", "III/b", "Moderator", 1, 700_000, 5),
        ("Andi Pratama", "NIP 19950110 202012 1 003", "II/c", "Pembawa Acara", 2, 300_000, 0),
    ]
    body = []
    tb = tt = tn = 0
    for i, (nm, nip, gol, jab, jam, hon, tarif) in enumerate(people, 1):
        bruto = jam * hon
        pph = bruto * tarif // 100
        net = bruto - pph
        tb, tt, tn = tb + bruto, tt + pph, tn + net
        sig = f"{i}." if i % 2 else f"{i}."
        body.append([C(f"{i}"), f"{nm}\n{nip}", C(gol), jab, C(str(jam)), Rt(rp(hon)), Rt(rp(bruto)),
                     C(f"{tarif}%"), Rt(rp(pph)), Rt(rp(net)), dict(t=sig, al="l" if i % 2 else "c")])
    body.append([C("JUMLAH", cs=6, b=True), Rt(rp(tb), b=True), "", Rt(rp(tt), b=True), Rt(rp(tn), b=True), ""])
    yb, mat = p.table(L, y, widths, head + body, f, pt(12), hp=10, vp=9, bold=fb, n_head=3,
                      head_fill=(225, 225, 225), min_h=pt(26))
    p.totals = (tb, tt, tn)
    y = yb + pt(18)
    p.line(y, (L, "Terbilang : " + terbilang(tn).capitalize() + " rupiah", F("cond", 10)))
    y += pt(24)
    fs = F("cond", 10)
    a, b = L + mm(25), R - mm(90)
    for la, lb in [("Mengetahui/Menyetujui,", "Samarinda, 21 Oktober 2026"),
                   ("Pejabat Pelaksana Teknis Kegiatan", "Bendahara Pengeluaran Pembantu")]:
        p.line(y, (a, la, fs), (b, lb, fs))
        y += pt(14)
    p.sig = (b + mm(25), y + pt(24))
    y += pt(52)
    p.line(y, (a, "Yulianti Hasanah, S.T., M.T.", F("cond_b", 10)), (b, "Fitriani Ramadhani, A.Md", F("cond_b", 10)))
    y += pt(14)
    p.line(y, (a, "NIP 19800115 200604 2 009", fs), (b, "NIP 19910826 201402 2 004", fs))
    p.line(p.H - mm(10), (L, "Dicetak dari aplikasi keuangan, 22-10-2026 08:41", F("cond", 8.5)),
           (R, "Hal 1 dari 1", F("cond", 8.5), "r"))
    return p


# ---------------------------------------------------------------- 3 KIR (ruled grid, shaded wrapped header)
def kir():
    p = Page(landscape=True, seed=303)
    L, R = mm(12), p.W - mm(12)
    f, fb = F("sans", 9), F("sans_b", 9)
    y = mm(14)
    p.line(y, (p.W // 2, "KARTU INVENTARIS RUANGAN (KIR)", F("sans_b", 13), "c"))
    y += pt(24)
    fi = F("sans", 9.5)
    for k, v in [("PROVINSI", "KALIMANTAN TIMUR"), ("KABUPATEN/KOTA", "KOTA SAMARINDA"),
                 ("UNIT", "DINAS KOMUNIKASI DAN INFORMATIKA"), ("SATUAN KERJA", "BIDANG APLIKASI INFORMATIKA"),
                 ("RUANGAN", "RUANG SERVER DAN NOC LANTAI 2"), ("KODE LOKASI", "12.16.01.18.01.03.02")]:
        p.line(y, (L, k, fi), (L + mm(38), ":", fi), (L + mm(42), v, fi))
        y += pt(13)
    y += pt(4)
    widths = [mm(9), mm(62), mm(42), mm(22), mm(15), mm(38), mm(16), mm(20), mm(30), mm(0)]
    widths[-1] = (R - L) - sum(widths[:-1])
    C = lambda t, **k: dict(t=t, al="c", **k)
    Rt = lambda t, **k: dict(t=t, al="r", **k)
    head = [[C(s, b=True) for s in ["No.", "Nama Barang / Jenis Barang", "Merk / Model", "Bahan", "Tahun Beli",
                                     "No. Kode Barang", "Jumlah", "Kondisi (B/KB/RB)", "Harga Perolehan (Rp)", "Ket."]]]
    items = [
        ("Server Rack 42U", "Indorack IR9042", "Besi", 2019, "1.3.2.10.02.02.004", 2, "B", 38_500_000, ""),
        ("Server", "Dell PowerEdge R740", "Campuran", 2021, "1.3.2.10.02.01.001", 3, "B", 412_350_000, ""),
        ("Network Attached Storage (NAS)", "Synology RS3621xs+", "Campuran", 2022, "1.3.2.10.02.03.002", 1, "B", 96_800_000, ""),
        ("Switch Core 48 Port", "Cisco C9300-48P", "Campuran", 2021, "1.3.2.10.02.05.001", 2, "B", 187_000_000, ""),
        ("UPS 10 KVA", "APC SRT10KXLI", "Campuran", 2018, "1.3.2.05.01.04.002", 2, "KB", 64_900_000, "baterai drop"),
        ("AC Presisi", "Stulz CyberAir 3", "Campuran", 2019, "1.3.2.05.02.04.001", 1, "B", 148_200_000, ""),
        ("AC Split 2 PK", "Daikin FTKC50", "Campuran", 2016, "1.3.2.05.02.04.001", 2, "RB", 21_600_000, "usul hapus"),
        ("Meja Kerja Operator", "Olympic", "Kayu", 2017, "1.3.2.05.01.01.004", 3, "B", 5_850_000, ""),
        ("Kursi Putar", "Chitose Yuni", "Besi/Busa", 2017, "1.3.2.05.01.01.002", 4, "KB", 3_600_000, ""),
        ("Monitor LED 43 inci (Dashboard NOC)", "Samsung QM43", "Campuran", 2023, "1.3.2.10.01.02.001", 4, "B", 47_960_000, ""),
        ("Fire Alarm Panel", "Horing AH-03312", "Campuran", 2019, "1.3.2.05.01.05.003", 1, "B", 12_750_000, ""),
        ("Alat Pemadam Api Ringan (APAR) CO2 5 kg", "Servvo", "Besi", 2024, "1.3.2.05.01.05.010", 2, "B", 4_400_000, "isi ulang 2026"),
        ("Lemari Arsip Besi 4 Laci", "Brother", "Besi", 2015, "1.3.2.05.01.01.001", 1, "KB", 3_250_000, ""),
        ("CCTV Dome Indoor", "Hikvision DS-2CD2143", "Campuran", 2022, "1.3.2.10.02.06.002", 4, "B", 9_800_000, ""),
    ]
    body = []
    tot_n = tot_v = 0
    for i, (nm, merk, bahan, th, kode, n, kond, harga, ket) in enumerate(items, 1):
        tot_n += n
        tot_v += harga
        body.append([C(str(i)), nm, merk, C(bahan), C(str(th)), C(kode), C(str(n)), C(kond), Rt(rp(harga)), ket])
    body.append([C("JUMLAH", cs=6, b=True), C(str(tot_n), b=True), "", Rt(rp(tot_v), b=True), ""])
    yb, mat = p.table(L, y, widths, head + body, f, pt(11.5), hp=8, vp=8, bold=fb,
                      head_fill=(200, 200, 200), min_h=pt(19))
    p.totals = (tot_n, tot_v)
    y = yb + pt(14)
    y = p.para(L, y, R - L, "Tidak dibenarkan memindahkan barang-barang yang ada pada daftar ini tanpa "
               "sepengetahuan Pengurus Barang dan Penanggung Jawab Ruangan.", F("sans", 8.5), pt(11))
    y += pt(8)
    fs = F("sans", 9.5)
    a, b = L + mm(20), R - mm(95)
    for la, lb in [("Mengetahui,", "Samarinda, 30 September 2026"),
                   ("Kepala Dinas Komunikasi dan Informatika", "Pengurus Barang Pengguna")]:
        p.line(y, (a, la, fs), (b, lb, fs))
        y += pt(14)
    p.sig = (a + mm(35), y + pt(20))
    y += pt(42)
    p.line(y, (a, "Ir. Aswin Mahendra, M.T.", F("sans_b", 9.5)), (b, "Darmawan Saputra, S.Kom", F("sans_b", 9.5)))
    y += pt(14)
    p.line(y, (a, "NIP 19780312 200501 1 004", fs), (b, "NIP 19880419 201001 1 012", fs))
    p.line(p.H - mm(8), (R, "Halaman 1 dari 1", F("sans", 8.5), "r"))
    return p


# ---------------------------------------------------------------- 4 LRA (horizontal rules only, subtotals)
def lra():
    p = Page(seed=404)
    L, R = mm(15), p.W - mm(13)
    f, fb = F("serifc", 9.5), F("serifc_b", 9.5)
    y = mm(20)
    for t, fo, ld in [("PEMERINTAH KOTA SAMARINDA", F("serif_b", 12), pt(15)),
                      ("DINAS PENDIDIKAN DAN KEBUDAYAAN", F("serif_b", 12), pt(15)),
                      ("LAPORAN REALISASI ANGGARAN BELANJA", F("serif_b", 11), pt(14)),
                      ("UNTUK PERIODE YANG BERAKHIR SAMPAI DENGAN 30 SEPTEMBER 2026", F("serif", 10), pt(14)),
                      ("(Dalam Rupiah)", F("serif_i", 9.5), pt(20))]:
        p.line(y, (p.W // 2, t, fo, "c"))
        y += ld
    widths = [mm(33), mm(0), mm(29), mm(29), mm(13), mm(29)]
    widths[1] = (R - L) - sum(widths)
    Rt = lambda t, **k: dict(t=t, al="r", **k)
    C = lambda t, **k: dict(t=t, al="c", **k)
    head = [[C("Kode Rekening", b=True), C("Uraian", b=True), C("Anggaran Setelah Perubahan", b=True),
             C("Realisasi s.d. 30 Sep 2026", b=True), C("%", b=True), C("Sisa Anggaran", b=True)]]
    groups = [
        ("5.1.01", "Belanja Pegawai", [
            ("5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", 48_612_450_000, 36_298_114_200),
            ("5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", 4_105_320_000, 3_061_987_640),
            ("5.1.01.02.01.0001", "Tambahan Penghasilan berdasarkan Beban Kerja PNS", 21_840_000_000, 15_288_000_000),
        ]),
        ("5.1.02", "Belanja Barang dan Jasa", [
            ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 1_286_500_000, 1_125_687_500),
            ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 742_000_000, 519_400_000),
            ("5.1.02.02.01.0003", "Belanja Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara dan Panitia", 365_750_000, 198_250_000),
            ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 2_418_900_000, 1_604_215_300),
        ]),
        ("5.2.02", "Belanja Modal Peralatan dan Mesin", [
            ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 3_960_000_000, 1_188_000_000),
            ("5.2.02.05.01.0005", "Belanja Modal Alat Penyimpan Perlengkapan Kantor", 487_300_000, 0),
        ]),
    ]
    body, rule_above = [], []
    ga = gr = 0
    r = 1
    for code, name, items in groups:
        a = sum(i[2] for i in items)
        rr = sum(i[3] for i in items)
        ga, gr = ga + a, gr + rr
        body.append([dict(t=code, b=True), dict(t=name, b=True), "", "", "", ""])
        r += 1
        for c, n, an, re in items:
            body.append([c, n, Rt(rp(an)), Rt(rp(re)), Rt(pct(re, an)), Rt(rp(an - re))])
            r += 1
        rule_above.append(r)
        body.append(["", dict(t="Jumlah " + name, b=True), Rt(rp(a), b=True), Rt(rp(rr), b=True),
                     Rt(pct(rr, a), b=True), Rt(rp(a - rr), b=True)])
        r += 1
    rule_above.append(r)
    body.append(["", dict(t="JUMLAH BELANJA", b=True), Rt(rp(ga), b=True), Rt(rp(gr), b=True),
                 Rt(pct(gr, ga), b=True), Rt(rp(ga - gr), b=True)])
    yb, mat = p.table(L, y, widths, head + body, f, pt(12), hp=8, vp=6, rules="h", bold=fb,
                      rule_above=rule_above)
    y = yb + pt(22)
    fs = F("serif", 10)
    y = p.para(L, y, R - L, "Catatan: realisasi Belanja Modal Alat Penyimpan Perlengkapan Kantor masih 0,00% karena "
               "proses pengadaan melalui e-katalog baru pada tahap negosiasi; kontrak ditargetkan ditandatangani "
               "pada minggu kedua Oktober 2026.", F("serif_i", 9.5), pt(13))
    y += pt(18)
    sx = R - mm(85)
    for t in ["Samarinda, 7 Oktober 2026", "Kepala Dinas Pendidikan dan Kebudayaan", "Kota Samarinda,"]:
        p.line(y, (sx, t, fs))
        y += pt(14)
    p.sig = (sx + mm(25), y + pt(22))
    y += pt(46)
    p.line(y, (sx, "Dr. Asli Nuryadin, M.Pd", F("serif_b", 10)))
    y += pt(14)
    p.line(y, (sx, "Pembina Utama Muda (IV/c)", fs))
    y += pt(14)
    p.line(y, (sx, "NIP 19700808 199703 1 005", fs))
    p.line(p.H - mm(12), (L, "LRA-SKPD Triwulan III Tahun Anggaran 2026", F("serif", 8.5)),
           (R, "Hal. 1 dari 1", F("serif", 8.5), "r"))
    p.sums = groups
    return p


# ---------------------------------------------------------------- 5 agenda surat masuk (no rules)
def agenda_surat_masuk():
    p = Page(landscape=True, seed=505)
    L, R = mm(10), p.W - mm(10)
    f, fb = F("mono", 9), F("mono_b", 9)
    y = mm(18)
    p.line(y, (L, "BUKU AGENDA SURAT MASUK", F("mono_b", 12)))
    y += pt(16)
    p.line(y, (L, "Sekretariat Kecamatan Samarinda Ulu", F("mono", 10)), (R, "Bulan: Oktober 2026", F("mono", 10), "r"))
    y += pt(26)
    cw = f.getlength("0")
    chars = [4, 8, 26, 30, 9, 40, 0]
    widths = [int(c * cw) + 24 for c in chars]
    widths[-1] = (R - L) - sum(widths[:-1])
    assert widths[-1] >= 17 * cw + 24, widths
    head = [[dict(t=s, b=True) for s in ["No.", "Tgl.Trm", "Asal Surat", "Nomor Surat", "Tgl.Surat", "Perihal", "Diteruskan"]]]
    rows = [
        ("231", "01-10-26", "BKPSDM Kota Samarinda", "800/1432/BKPSDM-III/X/2026", "30-09-26", "Usulan KP reguler periode April 2027", "Kasubbag Umum"),
        ("232", "01-10-26", "Bapperida Kota Samarinda", "000.7/2211/Bapperida-II/X/2026", "30-09-26", "Undangan Musrenbang Kecamatan RKPD 2028", "Camat"),
        ("233", "02-10-26", "Dinas PUPR", "600.1/0987/PUPR-SDA/2026", "29-09-26", "Normalisasi drainase Jl. Pemuda", "Kasi Trantib"),
        ("234", "02-10-26", "Kelurahan Air Hitam", "B-45/Kel.AH/X/2026", "01-10-26", "Laporan kegiatan posyandu September", ""),
        ("235", "03-10-26", "BPKAD Kota Samarinda", "900.1.3/3318/BPKAD-Ang/2026", "02-10-26", "Batas akhir SPJ GU triwulan III", "Bendahara"),
        ("236", "06-10-26", "Dinas Kesehatan", "440/5520/Dinkes-P2P/X/2026", "03-10-26", "Fogging fokus DBD RT 14 Air Putih", "Kasi Kesra"),
        ("237", "06-10-26", "Sekretariat Daerah", "100.3.4/0412/Org/2026", "03-10-26", "Evaluasi SAKIP Kecamatan Tahun 2026", "Sekcam"),
        ("238", "07-10-26", "Kelurahan Teluk Lerong Ulu", "B-112/Kel.TLU/X/2026", "06-10-26", "Usulan pemutakhiran data RT", ""),
        ("239", "07-10-26", "Disdukcapil Kota Samarinda", "470/1876/Dukcapil/X/2026", "06-10-26", "Jadwal layanan jemput bola KTP-el", "Kasi Pelayanan"),
        ("240", "08-10-26", "KPU Kota Samarinda", "B-0318/PP.04/6472/2026", "07-10-26", "Permohonan data wilayah dan TPS", "Kasi Pemerintahan"),
        ("241", "08-10-26", "Satpol PP Kota Samarinda", "300.1/0664/Satpol PP/2026", "07-10-26", "Penertiban PKL Jl. Juanda", "Kasi Trantib"),
        ("242", "09-10-26", "Inspektorat Daerah", "700.1.2/0291/Itda/X/2026", "08-10-26", "Pemeriksaan reguler pengelolaan keuangan", "Camat"),
        ("243", "12-10-26", "Dinas Sosial", "400.9/1120/Dinsos/X/2026", "09-10-26", "Verifikasi DTKS bulan Oktober 2026", "Kasi Kesra"),
        ("244", "12-10-26", "Warga RT 22 Kel. Sidodadi", "-", "10-10-26", "Pengaduan lampu PJU padam", ""),
        ("245", "13-10-26", "Bapperida Kota Samarinda", "000.8/2290/Bapperida-I/X/2026", "12-10-26", "Permintaan data capaian IKU Triwulan III", "Sekcam"),
        ("246", "14-10-26", "Dinas Lingkungan Hidup", "600.4/0733/DLH/X/2026", "13-10-26", "Jadwal angkut sampah TPS Siradj Salman", "Kasi Trantib"),
    ]
    body = [[c for c in r] for r in rows]
    yb, mat = p.table(L, y, widths, head + body, f, pt(11), hp=10, vp=5, rules="none", nowrap=True, bold=fb, n_head=1)
    y = yb + pt(24)
    p.line(y, (L, f"Jumlah surat masuk s.d. 14-10-2026: {len(rows)} surat", F("mono", 9.5)))
    y += pt(14)
    p.line(y, (L, "Dicatat oleh: Pengadministrasi Umum", F("mono", 9.5)))
    p.sig = (R - mm(60), y - pt(10))
    p.line(p.H - mm(12), (R, "- 17 -", F("mono", 9), "r"))
    return p


# ---------------------------------------------------------------- 6 pengumuman (two columns)
def pengumuman():
    p = Page(seed=606)
    L, R = mm(20), p.W - mm(20)
    y = kop(p, mm(20), [
        ("PEMERINTAH KOTA SAMARINDA", F("sans_b", 12.5), pt(16)),
        ("SEKRETARIAT DAERAH", F("sans_b", 14), pt(16)),
        ("Jl. Kesuma Bangsa No. 1 Samarinda 75121, Telepon (0541) 733333", F("sans", 9), pt(12)),
    ], x_logo=mm(22))
    y += pt(6)
    for t, fo, ld in [("PENGUMUMAN", F("sans_b", 13), pt(16)),
                      ("Nomor: 800.1.2.2/1511/BKPSDM-II/X/2026", F("sans", 10), pt(16)),
                      ("TENTANG", F("sans", 10), pt(14)),
                      ("SELEKSI TERBUKA PENGISIAN JABATAN PIMPINAN TINGGI PRATAMA", F("sans_b", 10.5), pt(14)),
                      ("DI LINGKUNGAN PEMERINTAH KOTA SAMARINDA TAHUN 2026", F("sans_b", 10.5), pt(24))]:
        p.line(y, (p.W // 2, t, fo, "c"))
        y += ld
    f, lead = F("sans", 10), pt(13.6)
    fb = F("sans_b", 10)
    gut = mm(9)
    cw = (R - L - gut) // 2
    xl, xr = L, L + cw + gut
    top = y
    # left column
    y = p.para(xl, y, cw, "Dalam rangka mengisi kekosongan Jabatan Pimpinan Tinggi Pratama di lingkungan "
               "Pemerintah Kota Samarinda, Panitia Seleksi mengumumkan kepada Pegawai Negeri Sipil yang memenuhi "
               "persyaratan untuk mengikuti seleksi terbuka dengan ketentuan sebagai berikut.", f, lead, justify=True,
               indent=mm(6))
    y += pt(6)
    p.line(y, (xl, "A. Jabatan yang Lowong", fb))
    y += lead
    for s in ["1. Kepala Dinas Pekerjaan Umum dan Penataan Ruang;", "2. Kepala Badan Pengelolaan Keuangan dan Aset Daerah;",
              "3. Kepala Dinas Lingkungan Hidup."]:
        y = p.para(xl + mm(4), y, cw - mm(4), s, f, lead)
    y += pt(6)
    p.line(y, (xl, "B. Persyaratan Administrasi", fb))
    y += lead
    for s in ["1. Berstatus PNS dengan pangkat paling rendah Pembina Tk. I (IV/b);",
              "2. Berkualifikasi pendidikan paling rendah sarjana atau diploma IV;",
              "3. Sedang atau pernah menduduki jabatan administrator atau jabatan fungsional jenjang ahli madya paling singkat 2 (dua) tahun;",
              "4. Usia paling tinggi 56 tahun pada 1 Januari 2027;",
              "5. Nilai SKP 2 (dua) tahun terakhir paling rendah Baik;",
              "6. Tidak sedang menjalani hukuman disiplin."]:
        y = p.para(xl + mm(4), y, cw - mm(4), s, f, lead)
    yl = y
    # right column
    y = top
    p.line(y, (xr, "C. Jadwal Seleksi", fb))
    y += lead
    for s in ["1. Pendaftaran dan penyerahan berkas: 19 Oktober s.d. 2 November 2026;",
              "2. Pengumuman hasil seleksi administrasi: 6 November 2026;",
              "3. Asesmen kompetensi: 11 s.d. 13 November 2026;",
              "4. Penulisan makalah dan wawancara: 18 November 2026."]:
        y = p.para(xr + mm(4), y, cw - mm(4), s, f, lead)
    y += pt(6)
    p.line(y, (xr, "D. Pendaftaran", fb))
    y += lead
    y = p.para(xr, y, cw, "Berkas lamaran disampaikan secara daring melalui laman seleksi.samarindakota.go.id "
               "dan salinan fisiknya diserahkan ke Sekretariat Panitia Seleksi, Gedung BKPSDM Lantai 2, "
               "Jl. Basuki Rahmat No. 78 Samarinda, pada hari kerja pukul 08.00 s.d. 15.00 WITA.", f, lead,
               justify=True, indent=mm(6))
    y += pt(6)
    p.line(y, (xr, "E. Lain-lain", fb))
    y += lead
    y = p.para(xr, y, cw, "Seluruh tahapan seleksi tidak dipungut biaya. Keputusan Panitia Seleksi bersifat "
               "mutlak dan tidak dapat diganggu gugat. Informasi lebih lanjut dapat diperoleh melalui narahubung "
               "Sdr. Muhammad Ridwan, NIP 19780312 200501 1 004, telepon 0812-5544-7160.", f, lead, justify=True,
               indent=mm(6))
    y = max(y, yl) + pt(22)
    sx = xr + mm(10)
    for t in ["Ditetapkan di Samarinda", "pada tanggal 15 Oktober 2026", "KETUA PANITIA SELEKSI,"]:
        p.line(y, (sx, t, f))
        y += lead
    p.sig = (sx + mm(25), y + pt(18))
    y += pt(44)
    p.line(y, (sx, "Dr. H. Hero Mardanus Satyawan, M.Si", fb))
    y += lead
    p.line(y, (sx, "NIP 19670912 199303 1 008", f))
    p.line(p.H - mm(12), (L, "Pengumuman ini juga dimuat di samarindakota.go.id", F("sans", 8.5)),
           (R, "1/1", F("sans", 8.5), "r"))
    return p


# ---------------------------------------------------------------- 7 surat keterangan (boxed identity block)
def surat_keterangan():
    p = Page(seed=707)
    L, R = mm(25), p.W - mm(22)
    y = kop(p, mm(20), [
        ("PEMERINTAH KOTA SAMARINDA", F("serifc_b", 13), pt(17)),
        ("DINAS KESEHATAN", F("serifc_b", 15), pt(18)),
        ("Jl. Milono No. 1 Samarinda, Kalimantan Timur 75121", F("serifc", 10), pt(13)),
    ], x_logo=mm(24))
    y += pt(12)
    f, fb, lead = F("serif", 11.5), F("serif_b", 11.5), pt(16.5)
    p.line(y, (p.W // 2, "SURAT KETERANGAN", F("serifc_b", 14), "c"))
    p.hline(p.W // 2 - mm(30), p.W // 2 + mm(30), y + 10, 3)
    y += pt(17)
    p.line(y, (p.W // 2, "Nomor: 800/1432/BKPSDM-III/X/2026", f, "c"))
    y += lead * 1.5
    for k, v in [("Nama", "dr. Hj. Nurul Aini Fitriyah, M.Kes"), ("NIP", "19690220 199603 2 002"),
                 ("Pangkat/Gol. Ruang", "Pembina Utama Muda (IV/c)"), ("Jabatan", "Kepala Dinas Kesehatan Kota Samarinda")]:
        p.line(y, (L + mm(8), k, f), (L + mm(55), ":", f), (L + mm(60), v, f))
        y += lead
    y += pt(4)
    y = p.para(L, y, R - L, "dengan ini menerangkan dengan sesungguhnya bahwa:", f, lead, indent=mm(10))
    y += pt(10)
    btop = y - pt(14)
    ident = [("Nama", "Rahmawati, S.Sos"), ("NIP", "19780312 200501 1 004"), ("Tempat/Tgl. Lahir", "Samarinda, 12 Maret 1978"),
             ("Pangkat/Gol. Ruang", "Penata Tk. I (III/d)"), ("Jabatan", "Analis SDM Aparatur Ahli Muda"),
             ("Unit Kerja", "Sekretariat Dinas Kesehatan Kota Samarinda"), ("TMT Jabatan", "01 Juli 2022")]
    p.d.rectangle([L + mm(3), btop, R - mm(3), btop + len(ident) * lead + pt(10)], fill=(240, 240, 240))
    for k, v in ident:
        p.line(y, (L + mm(8), k, fb), (L + mm(55), ":", f), (L + mm(60), v, f))
        y += lead
    p.rect(L + mm(3), btop, R - mm(3), y - pt(6), 5)
    y += pt(16)
    y = p.para(L, y, R - L, "adalah benar Pegawai Negeri Sipil yang masih aktif bekerja pada Dinas Kesehatan Kota "
               "Samarinda sampai dengan tanggal surat keterangan ini dibuat, tidak sedang menjalani cuti di luar "
               "tanggungan negara, dan tidak sedang dalam proses atau menjalani hukuman disiplin tingkat sedang "
               "maupun berat.", f, lead, justify=True, indent=mm(10))
    y += pt(8)
    y = p.para(L, y, R - L, "Surat keterangan ini dibuat untuk melengkapi persyaratan usulan kenaikan pangkat "
               "reguler periode April 2027 dan tidak untuk dipergunakan bagi keperluan lain.", f, lead,
               justify=True, indent=mm(10))
    y += pt(8)
    y = p.para(L, y, R - L, "Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan "
               "sebagaimana mestinya.", f, lead, justify=True, indent=mm(10))
    y += pt(22)
    sx = L + (R - L) // 2 + mm(8)
    for t in ["Samarinda, 9 Oktober 2026", "Kepala Dinas Kesehatan", "Kota Samarinda,"]:
        p.line(y, (sx, t, f))
        y += lead
    p.sig = (sx + mm(22), y + pt(22))
    y += pt(42)
    p.line(y, (sx, "dr. Hj. Nurul Aini Fitriyah, M.Kes", fb))
    y += lead
    p.line(y, (sx, "NIP 19690220 199603 2 002", f))
    y += lead
    fs = F("serifc", 10)
    assert y + pt(13) * 4 < p.H - mm(16), y
    p.line(y, (L, "Tembusan Yth.:", fs))
    y += pt(13)
    for t in ["1. Kepala BKPSDM Kota Samarinda;", "2. Yang bersangkutan;", "3. Arsip."]:
        p.line(y, (L, t, fs))
        y += pt(13)
    p.line(p.H - mm(12), (p.W // 2, "Halaman 1 dari 1", F("serifc", 9), "c"))
    return p


BUILDERS = {
    "lembar_disposisi": lembar_disposisi,
    "daftar_honorarium": daftar_honorarium,
    "kartu_inventaris_ruangan": kir,
    "laporan_realisasi_anggaran": lra,
    "agenda_surat_masuk": agenda_surat_masuk,
    "pengumuman_dua_kolom": pengumuman,
    "surat_keterangan": surat_keterangan,
}
