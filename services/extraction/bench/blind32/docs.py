"""The seven document types. Each builder returns a render.Page with truth lines/tables."""
import random
from render import Page, F, SKIP, mm

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]


def rp(n):
    return f"{n:,}".replace(",", ".")


def terbilang(n):
    s = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas"]
    if n < 12:
        return s[n]
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


def sign_block(p, x, y, lines, f, lead, gap=20, align="c"):
    """Signature block: lines before the gap, then name/NIP. Returns y end. Records sig position."""
    before, after = lines
    for s in before:
        p.line(y, [(x, s, f, align)])
        y += lead
    p.sig = (x, y + gap * 0.35)
    y += gap
    for s in after:
        p.line(y, [(x, s, f, align)])
        y += lead
    return y


# ---------------------------------------------------------------------------
def daftar_gaji(rng):
    p = Page()
    fb, f = F("condB", 9), F("cond", 9)
    p.center(16, "DAFTAR GAJI PEGAWAI NEGERI SIPIL", F("condB", 12))
    p.center(22, "BULAN APRIL 2026", F("condB", 11))
    y = 31
    for lab, val in [("SKPD", "Dinas Perhubungan Kota Samarinda"),
                     ("Sub Unit", "Sekretariat"),
                     ("Kode Rekening", "5.1.01.01.01.0001 Belanja Gaji Pokok PNS"),
                     ("Nomor SPM", "0457/SPM-GJ/DISHUB-I/IV/2026")]:
        p.line(y, [(15, lab, F("cond", 10)), (42, ":", F("cond", 10)), (45, val, F("cond", 10))])
        y += 5
    people = [
        ("Drs. Ahmad Rifani, M.Si", "19710514 199803 1 006", "IV/b", 5350400),
        ("Hj. Nurhayati, S.E.", "19750822 200212 2 003", "IV/a", 4971700),
        ("Rudi Hartono, S.T.", "19850917 201001 1 012", "III/d", 4198400),
        ("Sri Wahyuningsih, S.Sos", "19880301 201101 2 007", "III/c", 3943200),
        ("Muhammad Iqbal Saputra", "19900112 201503 1 002", "III/b", 3569500),
        ("Dewi Lestari Anggraini", "19921205 201903 2 011", "III/a", 3172800),
        ("Yohanes Kristianto", "19870630 201001 1 019", "II/d", 3262300),
        ("Siti Aminah", "19810409 200701 2 015", "II/c", 3325800),
        ("Akhmad Zainuddin", "19790127 200604 1 009", "II/b", 3157700),
        ("Rahmat Hidayat", "19950716 202012 1 004", "II/a", 2401300),
    ]
    hdr = ["No", "Nama / NIP", "Gol", "Gaji Pokok", "Tunj. Keluarga", "Tunj. Jabatan", "Tunj. Beras",
           "Jumlah Kotor", "Potongan (IWP + PPh)", "Jumlah Bersih"]
    rows = [hdr]
    tot = [0] * 6
    for i, (nm, nip, gol, gp) in enumerate(people, 1):
        anak = rng.choice([0, 1, 2])
        tk = gp * 10 // 100 + gp * 2 * anak // 100
        tj = rng.choice([0, 0, 540000, 490000, 1260000]) if i > 1 else 1260000
        tb = 72420 * (2 + anak)
        kotor = gp + tk + tj + tb
        pot = (gp + tk) * 10 // 100 + rng.choice([0, 0, 35000, 62500])
        bersih = kotor - pot
        for k, v in enumerate([gp, tk, tj, tb, kotor, pot]):
            tot[k] += v
        rows.append([f"{i}.", f"{nm}\n{nip}", gol, rp(gp), rp(tk), rp(tj) if tj else "-", rp(tb),
                     rp(kotor), rp(pot), rp(bersih)])
    rows.append([dict(t="JUMLAH", cs=3, al="c", b=True), SKIP, SKIP] + [rp(v) for v in tot[:4]] +
                [rp(tot[4]), rp(tot[5]), rp(tot[4] - tot[5])])
    y = p.table(11, y + 1, [6, 42, 9, 19, 19, 19, 17.5, 20, 18.5, 20], rows, f, fb, style="grid",
                aligns=["c", "l", "c"] + ["r"] * 7)
    y += 6
    net = tot[4] - tot[5]
    y = p.para(15, y, 180, f"Terbilang: {terbilang(net)} rupiah", F("serifI", 9), 4.5)
    y += 8
    ff = F("cond", 10)
    sign_block(p, 55, y, (["Mengetahui,", "Pengguna Anggaran,"],
                          ["Drs. Ahmad Rifani, M.Si", "NIP 19710514 199803 1 006"]), ff, 5)
    sign_block(p, 150, y, (["Samarinda, 25 Maret 2026", "Bendahara Pengeluaran,"],
                           ["Fitriani Rahayu", "NIP 19890411 201402 2 005"]), ff, 5)
    p.hrule(15, 195, 282, 2)
    p.line(286, [(15, "Dicetak dari Aplikasi Gaji BPKAD pada 25-03-2026 09:41", F("cond", 8)),
                 (195, "Halaman 1 dari 1", F("cond", 8), "r")])
    return p


# ---------------------------------------------------------------------------
def npd(rng):
    p = Page()
    f, fb = F("serif", 10), F("serifB", 10)
    y = p.kop(10, "DINAS KOMUNIKASI DAN INFORMATIKA",
              ["Jalan Basuki Rahmat Nomor 78 Samarinda 75117",
               "Telepon (0541) 741235, Laman diskominfo.samarindakota.go.id"])
    p.center(y + 2, "NOTA PENCAIRAN DANA (NPD)", F("serifB", 12))
    p.center(y + 7.5, "Nomor: 017/0215/DISKOMINFO-II/IV/2026", f)
    y += 16
    for lab, val in [("Bendahara Pengeluaran", "Dinas Komunikasi dan Informatika Kota Samarinda"),
                     ("PPTK", "Ir. Hj. Siti Rahmawati, M.T. / NIP 19760304 200312 2 008"),
                     ("Program", "2.16.02 Program Pengelolaan Aplikasi Informatika"),
                     ("Kegiatan", "2.16.02.2.02 Pengelolaan Pusat Data dan Jaringan Intra Pemerintah Daerah"),
                     ("Sub Kegiatan", "2.16.02.2.02.0005 Pengelolaan Jaringan Intra Pemerintah Daerah"),
                     ("Nomor DPA", "DPA/A.1/2.16.0.00.0.00.01.0000/001/2026"),
                     ("Tahun Anggaran", "2026")]:
        y = p.field(y, 15, lab, 63, 66, val, f, 129, 5)
    y += 2
    items = [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 18500000, 6250000, 3175000),
        ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 9600000, 2400000, 1870000),
        ("5.1.02.02.01.0063", "Belanja Internet/TV Berlangganan", 312000000, 78000000, 26000000),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 86400000, 21600000, 7200000),
        ("5.1.02.03.02.0405", "Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer", 45000000, 0, 8965000),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 64250000, 12830000, 1350000),
    ]
    rows = [["No", "Kode Rekening", "Uraian", "Anggaran", "Akumulasi Pencairan Sebelumnya", "Pencairan Saat Ini",
             "Sisa"]]
    T = [0, 0, 0, 0]
    for i, (k, u, a, s, c) in enumerate(items, 1):
        rows.append([str(i), k, u, rp(a), rp(s) if s else "0", rp(c), rp(a - s - c)])
        for j, v in enumerate([a, s, c, a - s - c]):
            T[j] += v
    rows.append(["", "", dict(t="JUMLAH", b=True), rp(T[0]), rp(T[1]), rp(T[2]), rp(T[3])])
    y = p.table(12, y, [7, 32, 46, 25, 25, 24, 27], rows, F("serif", 9), F("serifB", 9), style="hrules",
                aligns=["c", "l", "l", "r", "r", "r", "r"], rule_above=(len(rows) - 1,), bold_rows=(len(rows) - 1,))
    y += 6
    p.line(y, [(15, "Jumlah dana yang diminta", f), (70, ":", f), (73, "Rp " + rp(T[2]), fb)])
    y += 5
    y = p.para(73, y, 122, f"({terbilang(T[2])} rupiah)", F("serifI", 10), 5)
    p.line(y, [(15, "Potongan PPh Pasal 22", f), (70, ":", f), (73, "Rp " + rp(T[2] * 15 // 1000), f)])
    y += 5
    p.line(y, [(15, "Potongan PPN", f), (70, ":", f), (73, "Rp " + rp(T[2] * 11 // 111), f)])
    y += 12
    sign_block(p, 55, y, (["Disetujui oleh,", "Pengguna Anggaran,"],
                          ["Dr. H. Aji Syarifuddin, M.Si", "NIP 19700219 199503 1 004"]), f, 5)
    sign_block(p, 150, y, (["Samarinda, 14 April 2026", "Pejabat Pelaksana Teknis Kegiatan,"],
                           ["Ir. Hj. Siti Rahmawati, M.T.", "NIP 19760304 200312 2 008"]), f, 5)
    p.line(287, [(105, "NPD - Diskominfo Kota Samarinda - 1/1", F("serif", 8), "c")])
    return p


# ---------------------------------------------------------------------------
def sppd(rng):
    p = Page()
    f, fb = F("serifC", 10.5), F("serifCB", 10.5)
    y = p.kop(10, "DINAS PERHUBUNGAN", ["Jalan Kesuma Bangsa Nomor 12 Samarinda 75121",
                                        "Telepon (0541) 736470, Pos-el dishub@samarindakota.go.id"], f="serifC")
    for lab, val in [("Lembar ke", "1"), ("Kode No.", "094"), ("Nomor", "094/0387/DISHUB-III/V/2026")]:
        p.line(y, [(118, lab, f), (139, ":", f), (142, val, f)])
        y += 5
    y += 2
    p.center(y, "SURAT PERINTAH PERJALANAN DINAS", F("serifCB", 12.5))
    p.center(y + 5.5, "(SPPD)", F("serifCB", 11))
    y += 10
    rows = [
        ["1.", "Pejabat Pembuat Komitmen", dict(t="Kepala Dinas Perhubungan Kota Samarinda", cs=2), SKIP],
        ["2.", "Nama / NIP Pegawai yang melaksanakan perjalanan dinas",
         dict(t="Rudi Hartono, S.T.\nNIP 19850917 201001 1 012", cs=2), SKIP],
        ["3.", "a. Pangkat dan Golongan\nb. Jabatan / Instansi\nc. Tingkat Biaya Perjalanan Dinas",
         dict(t="a. Penata Tk. I (III/d)\nb. Kepala Seksi Manajemen Rekayasa Lalu Lintas\nc. C", cs=2), SKIP],
        ["4.", "Maksud Perjalanan Dinas",
         dict(t="Konsultasi dan koordinasi penyusunan dokumen Andalalin pembangunan terminal tipe C "
                "Sungai Kunjang ke Direktorat Jenderal Perhubungan Darat", cs=2), SKIP],
        ["5.", "Alat angkutan yang dipergunakan", dict(t="Pesawat Udara", cs=2), SKIP],
        ["6.", "a. Tempat berangkat\nb. Tempat tujuan", dict(t="a. Samarinda\nb. Jakarta", cs=2), SKIP],
        ["7.", "a. Lamanya perjalanan dinas\nb. Tanggal berangkat\nc. Tanggal harus kembali",
         dict(t="a. 3 (tiga) hari\nb. 12 Mei 2026\nc. 14 Mei 2026", cs=2), SKIP],
        [dict(t="8.", rs=3), "Pengikut : Nama", dict(t="Tanggal Lahir", al="c"), dict(t="Keterangan", al="c")],
        [SKIP, "1. Ahmad Fauzi, S.Kom", dict(t="03-08-1990", al="c"), "Staf Seksi Manajemen Rekayasa"],
        [SKIP, "2. Nur Annisa Putri", dict(t="21-11-1996", al="c"), "Pengemudi (PPPK)"],
        ["9.", "Pembebanan Anggaran\na. Instansi\nb. Akun",
         dict(t="\na. Dinas Perhubungan Kota Samarinda\nb. 5.1.02.04.01.0001", cs=2), SKIP],
        ["10.", "Keterangan lain-lain", dict(t="Surat Tugas Nomor 094/0381/DISHUB-III/V/2026", cs=2), SKIP],
    ]
    y = p.table(15, y, [10, 72, 38, 60], rows, f, fb, style="grid", header_rows=0, aligns=["c", "l", "l", "l"],
                pad=1.5)
    y += 7
    for lab, val in [("Dikeluarkan di", "Samarinda"), ("Pada tanggal", "8 Mei 2026")]:
        p.line(y, [(118, lab, f), (146, ":", f), (149, val, f)])
        y += 5
    y += 3
    sign_block(p, 155, y, (["Pejabat Pembuat Komitmen,"], ["Ir. H. Didi Zulyani, M.T.", "Pembina Utama Muda (IV/c)",
                                                           "NIP 19680722 199403 1 005"]), f, 5, gap=22)
    p.line(288, [(15, "SPPD hal. 1 (depan)", F("serifC", 8)), (195, "Form SPPD-01/2026", F("serifC", 8), "r")])
    return p


# ---------------------------------------------------------------------------
def rekap_retribusi(rng):
    p = Page()
    f, fb = F("sans", 9.5), F("sansB", 9.5)
    y = p.kop(10, "BADAN PENDAPATAN DAERAH", ["UPTD Pengelolaan Parkir Tepi Jalan Umum",
                                              "Jalan Dahlia Nomor 81 Samarinda 75112"], fb="sansB", f="sans")
    y += 1
    p.center(y, "REKAPITULASI PENERIMAAN RETRIBUSI", F("sansB", 11.5))
    p.center(y + 5.5, "PELAYANAN PARKIR DI TEPI JALAN UMUM", F("sansB", 11.5))
    p.center(y + 11, "PERIODE JANUARI s.d. JUNI 2026", F("sans", 10))
    y += 20
    for lab, val in [("Kode Rekening", "4.1.02.01.03.0001"),
                     ("Uraian", "Retribusi Pelayanan Parkir di Tepi Jalan Umum"),
                     ("Target Tahunan", "Rp 2.460.000.000")]:
        p.line(y, [(15, lab, f), (45, ":", f), (48, val, f)])
        y += 5
    y += 3
    targ = 205000000
    rows = [["No", "Bulan", "Target (Rp)", "Realisasi (Rp)", "%", "Nomor STS", "Tgl Setor"]]
    tt = tr = 0
    for i in range(6):
        real = targ * rng.randint(7800, 10600) // 10000 // 500 * 500
        pct = f"{real * 100 / targ:.2f}".replace(".", ",")
        sts = f"973/{141 + i * 37:04d}/UPTD-I/{['I', 'II', 'III', 'IV', 'V', 'VI'][i]}/2026"
        day = [30, 27, 31, 30, 29, 30][i]
        rows.append([f"{i + 1}", BULAN[i], rp(targ), rp(real), pct, sts, f"{day:02d}-{i + 1:02d}-2026"])
        tt += targ
        tr += real
    rows.append(["", "Jumlah", rp(tt), rp(tr), f"{tr * 100 / tt:.2f}".replace(".", ","), "", ""])
    y = p.table(12, y, [8, 22, 31, 31, 15, 53, 26], rows, f, fb, style="none", aligns=["c", "l", "r", "r", "r", "l", "c"],
                bold_rows=(7,), pad=1.2)
    y += 8
    p.line(y, [(15, "Catatan:", fb)])
    y += 5
    y = p.para(15, y, 180, "Realisasi bulan Juni 2026 termasuk setoran tunggakan juru parkir Zona III sebesar "
               "Rp 4.350.000 yang disetor melalui Bank Kaltimtara.", f, 5, first=(15, "1."), hang=5)
    y = p.para(15, y, 180, "Selisih antara data SIPD dan rekening kas umum daerah per 30-06-2026 nihil.", f, 5,
               first=(15, "2."), hang=5)
    y += 10
    sign_block(p, 150, y, (["Samarinda, 3 Juli 2026", "Kepala UPTD Pengelolaan Parkir,"],
                           ["Hendra Gunawan, S.E.", "NIP 19820614 200801 1 013"]), f, 5)
    p.line(288, [(195, "Hal. 1/1", F("sans", 8), "r")])
    return p


# ---------------------------------------------------------------------------
def sptjm(rng):
    p = Page()
    f, fb = F("serif", 11.5), F("serifB", 11.5)
    y = p.kop(10, "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
              ["Jalan Kesuma Bangsa Nomor 1 Samarinda 75121", "Telepon (0541) 733333"])
    p.center(y + 3, "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK", F("serifB", 12))
    p.center(y + 9, "Nomor: 900/0562/BPKAD-IV/VI/2026", f)
    y += 20
    p.line(y, [(20, "Yang bertanda tangan di bawah ini:", f)])
    y += 7
    for lab, val in [("Nama", "Dra. Hj. Rusmawati Effendi, M.Si"), ("NIP", "19690830 199203 2 004"),
                     ("Jabatan", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"),
                     ("Selaku", "Pengguna Anggaran")]:
        y = p.field(y, 25, lab, 55, 58, val, f, 135, 6)
    y += 3
    lead = 6.2
    y = p.para(20, y, 172, "Menyatakan dengan sesungguhnya bahwa:", f, lead)
    items = [
        "Perhitungan yang terdapat pada daftar pembayaran tambahan penghasilan pegawai bulan Mei 2026 "
        "dengan Surat Perintah Membayar Nomor 0612/SPM-LS/BPKAD-IV/VI/2026 tanggal 9 Juni 2026 sebesar "
        "Rp 1.348.750.000 (satu miliar tiga ratus empat puluh delapan juta tujuh ratus lima puluh ribu "
        "rupiah) telah dihitung dengan benar dan berdasarkan daftar hadir pegawai.",
        "Apabila di kemudian hari terdapat kelebihan atas pembayaran tersebut, kami bersedia untuk menyetor "
        "kelebihan tersebut ke Kas Daerah melalui rekening 0011-22-000017 pada Bank Kaltimtara.",
        "Kode rekening yang dibebani adalah 5.1.01.02.01.0001 Belanja Tambahan Penghasilan berdasarkan "
        "Beban Kerja PNS.",
    ]
    for i, it in enumerate(items, 1):
        y = p.para(20, y, 172, it, f, lead, first=(20, f"{i}."), hang=7)
        y += 1.5
    y += 2
    y = p.para(20, y, 172, "Demikian pernyataan ini dibuat dengan sebenarnya untuk digunakan sebagaimana "
               "mestinya.", f, lead)
    y += 8
    sign_block(p, 148, y, (["Samarinda, 10 Juni 2026", "Pengguna Anggaran,"],
                           ["Dra. Hj. Rusmawati Effendi, M.Si", "NIP 19690830 199203 2 004"]), f, 6, gap=24)
    p.line(288, [(20, "Tembusan: Inspektorat Kota Samarinda", F("serif", 9))])
    return p


# ---------------------------------------------------------------------------
def kartu_kendali(rng):
    p = Page()
    f, fb = F("sans", 9), F("sansB", 9)
    p.center(15, "KARTU KENDALI KEGIATAN", F("sansB", 12))
    p.center(20.5, "TAHUN ANGGARAN 2026", F("sansB", 10))
    p.center(25.5, "DINAS LINGKUNGAN HIDUP KOTA SAMARINDA", F("sans", 10))
    p.hrule(15, 195, 28.5, 4)
    # two columns: left 15..118, right 124..195
    y0 = 35
    y = y0
    for lab, val in [("Urusan", "2.11 Lingkungan Hidup"),
                     ("Program", "2.11.05 Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"),
                     ("Kegiatan", "2.11.05.1.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup"),
                     ("Sub Kegiatan", "2.11.05.1.01.0002 Pemantauan Kualitas Lingkungan Hidup")]:
        y = p.field(y, 15, lab, 37, 39.5, val, f, 76, 4.6)
    yl = y
    y = y0
    for lab, val in [("PPTK", "Anita Marlina, S.Si"), ("NIP", "19840125 200904 2 006"),
                     ("Pagu", "Rp 275.400.000"), ("Sumber Dana", "PAD"), ("Lokasi", "Kota Samarinda")]:
        y = p.field(y, 125, lab, 148, 150.5, val, f, 45, 4.6)
    y = max(y, yl) + 4
    trx = [
        ("09-02-2026", "BKU/0031/II", "5.1.02.01.01.0052", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Kimia "
         "(reagen uji BOD dan COD)", 12850000),
        ("23-02-2026", "BKU/0047/II", "5.1.02.02.01.0030", "Belanja Jasa Tenaga Laboratorium", 9000000),
        ("16-03-2026", "BKU/0068/III", "5.1.02.02.01.0036", "Belanja Jasa Uji Laboratorium sampel air sungai "
         "Karang Mumus (12 titik)", 38400000),
        ("02-04-2026", "BKU/0093/IV", "5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 4650000),
        ("27-04-2026", "BKU/0121/IV", "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
         1987500),
        ("18-05-2026", "BKU/0158/V", "5.1.02.02.01.0036", "Belanja Jasa Uji Laboratorium kualitas udara ambien "
         "(6 lokasi)", 27300000),
        ("11-06-2026", "BKU/0190/VI", "5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
         3125000),
    ]
    rows = [["No", "Tanggal", "No. Bukti", "Kode Rekening", "Uraian", "Realisasi (Rp)", "Sisa Pagu (Rp)"]]
    sisa = 275400000
    tot = 0
    for i, (d, b, k, u, v) in enumerate(trx, 1):
        sisa -= v
        tot += v
        rows.append([str(i), d, b, k, u, rp(v), rp(sisa)])
    rows.append(["", "", "", "", dict(t="Jumlah s.d. Juni 2026", b=True), rp(tot), rp(sisa)])
    y = p.table(12, y, [7, 20, 22, 31, 56, 24, 26], rows, F("cond", 9), F("condB", 9), style="vlines", shade=200,
                aligns=["c", "c", "l", "l", "l", "r", "r"], rule_above=(len(rows) - 1,), pad=1.4)
    y += 5
    p.line(y, [(15, f"Persentase realisasi: {tot * 100 / 275400000:.2f}%".replace(".", ","), F("sans", 9))])
    y += 12
    sign_block(p, 150, y, (["Samarinda, 15 Juni 2026", "Pejabat Pelaksana Teknis Kegiatan,"],
                           ["Anita Marlina, S.Si", "NIP 19840125 200904 2 006"]), F("sans", 9.5), 5)
    p.line(287, [(15, "KKK-DLH/2026", F("sans", 8)), (195, "Halaman 1", F("sans", 8), "r")])
    return p


# ---------------------------------------------------------------------------
def bast_barang(rng):
    p = Page()
    f, fb = F("serifC", 11), F("serifCB", 11)
    y = p.kop(10, "DINAS PENDIDIKAN DAN KEBUDAYAAN", ["Jalan Biola Nomor 1 Samarinda 75123",
                                                      "Telepon (0541) 742015"], f="serifC")
    p.center(y + 3, "BERITA ACARA SERAH TERIMA BARANG", F("serifCB", 12))
    p.center(y + 8.5, "Nomor: 027/0733/DISDIKBUD-II/VII/2026", f)
    y += 18
    lead = 5.6
    y = p.para(20, y, 172, "Pada hari ini Senin tanggal dua puluh bulan Juli tahun dua ribu dua puluh enam "
               "(20-07-2026), kami yang bertanda tangan di bawah ini:", f, lead)
    y += 2
    for no, nm, nip, jab, who in [
        ("1.", "Bambang Sutrisno, S.Pd., M.M.", "19740611 199903 1 007", "Pengurus Barang Pengguna",
         "selanjutnya disebut PIHAK PERTAMA."),
        ("2.", "Lusiana Pakpahan, S.Pd.", "19860219 201001 2 021", "Kepala SD Negeri 009 Samarinda Ulu",
         "selanjutnya disebut PIHAK KEDUA."),
    ]:
        p.line(y, [(20, no, f), (27, "Nama", f), (52, ":", f), (55, nm, f)])
        y += lead
        p.line(y, [(27, "NIP", f), (52, ":", f), (55, nip, f)])
        y += lead
        p.line(y, [(27, "Jabatan", f), (52, ":", f), (55, jab, f)])
        y += lead
        p.line(y, [(27, who, f)])
        y += lead + 1.5
    y = p.para(20, y, 172, "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang milik daerah hasil pengadaan "
               "Tahun Anggaran 2026 sebagai berikut:", f, lead)
    items = [
        "Personal Computer (PC Unit), kode barang 1.3.2.10.01.02.001, sebanyak 4 (empat) unit, "
        "nilai perolehan Rp 62.400.000;",
        "Printer, kode barang 1.3.2.10.02.03.003, sebanyak 2 (dua) unit, nilai perolehan Rp 7.150.000;",
        "LCD Projector/Infocus, kode barang 1.3.2.05.02.06.002, sebanyak 1 (satu) unit, "
        "nilai perolehan Rp 8.975.000;",
        "Meja Kerja Guru, kode barang 1.3.2.05.03.01.005, sebanyak 12 (dua belas) buah, "
        "nilai perolehan Rp 21.600.000.",
    ]
    for i, it in enumerate(items):
        y = p.para(25, y, 167, it, f, lead, first=(25, "abcd"[i] + "."), hang=6)
    y += 1
    y = p.para(20, y, 172, "dengan jumlah nilai perolehan Rp 100.125.000 (seratus juta seratus dua puluh lima ribu "
               "rupiah). Barang tersebut telah diterima dalam keadaan baik dan lengkap, dan selanjutnya "
               "menjadi tanggung jawab PIHAK KEDUA untuk dicatat dalam Kartu Inventaris Ruangan.", f, lead)
    y += 1
    y = p.para(20, y, 172, "Demikian berita acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan "
               "sebagaimana mestinya.", f, lead)
    y += 7
    sign_block(p, 58, y, (["PIHAK KEDUA,"], ["Lusiana Pakpahan, S.Pd.", "NIP 19860219 201001 2 021"]), f, lead)
    sign_block(p, 150, y, (["PIHAK PERTAMA,"], ["Bambang Sutrisno, S.Pd., M.M.", "NIP 19740611 199903 1 007"]),
               f, lead)
    p.line(289, [(105, "- 1 -", F("serifC", 9), "c")])
    return p


TYPES = {
    "daftar_gaji": daftar_gaji,
    "npd": npd,
    "sppd": sppd,
    "rekap_retribusi": rekap_retribusi,
    "sptjm": sptjm,
    "kartu_kendali": kartu_kendali,
    "bast_barang": bast_barang,
}
