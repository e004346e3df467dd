"""The seven page types. Each builder returns a layout.Page with .img, .lines, .tables."""
import math
import random
from layout import Page, F, mm, lh, logo

SEED = 20261204


def scribble(page, x0, y0, w, h, rng, fill=20, width=5):
    """Signature-like scribble (not part of the truth)."""
    d = page.d
    for stroke in range(rng.randint(1, 2)):
        n = 90
        f1, f2, ph = rng.uniform(2, 5), rng.uniform(1, 3), rng.uniform(0, 6.28)
        pts = []
        for i in range(n):
            t = i / (n - 1)
            x = x0 + w * (0.05 + 0.9 * t) + w * 0.08 * math.sin(2 * math.pi * f1 * t + ph)
            y = y0 + h * 0.5 + h * 0.35 * math.sin(2 * math.pi * f2 * t + ph) * (1 - 0.5 * t) \
                + h * 0.15 * math.cos(2 * math.pi * f1 * t)
            pts.append((x, y))
        d.line(pts, fill=fill, width=width, joint="curve")
    d.line([(x0 + w * 0.1, y0 + h * 0.85), (x0 + w * rng.uniform(0.6, 0.95), y0 + h * rng.uniform(0.7, 0.9))],
           fill=fill, width=width - 1)


def kop(p, opd_lines, addr_lines, f_big, f_mid, f_small):
    top = p.y
    logo(p, mm(18), top, mm(22))
    cx = p.W / 2 + mm(10)
    p.center("PEMERINTAH KOTA SAMARINDA", f_mid, x=cx)
    for s in opd_lines:
        p.center(s, f_big, x=cx)
    for s in addr_lines:
        p.center(s, f_small, x=cx)
    p.y = max(p.y, top + mm(27)) + mm(1.5)
    p.d.line([(mm(15), p.y), (p.W - mm(15), p.y)], fill=0, width=10)
    p.d.line([(mm(15), p.y + 16), (p.W - mm(15), p.y + 16)], fill=0, width=3)
    p.y += mm(5)


def sig_block(p, xc, lines_before, name, after, f, fb, rng, gap_mm=20, stamp=True):
    for s in lines_before:
        p.center(s, f, x=xc)
    y0 = p.y
    p.y += mm(gap_mm)
    p.sig_boxes.append((xc - mm(25), y0, xc + mm(25), p.y))
    if stamp and p.stamp_xy is None:
        p.stamp_xy = (xc - mm(22), y0 + mm(gap_mm) * 0.55)
    p.center(name, fb, x=xc, underline=True)
    for s in after:
        p.center(s, f, x=xc)


# ---------------------------------------------------------------- 1 nota dinas
def nota_dinas():
    rng = random.Random(SEED + 1)
    p = Page("nota_dinas")
    f = F("serif", 10.5)
    fb = F("serif_b", 10.5)
    kop(p, ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
        ["Jalan Dahlia Nomor 81 Samarinda, Kalimantan Timur 75121",
         "Telepon (0541) 741042, Laman bappeda.samarindakota.go.id"],
        F("serif_b", 14), F("serif_b", 13), F("serif", 9.5))
    p.center("NOTA DINAS", F("serif_b", 13), underline=True)
    p.gap(2)
    xl, xc, xv, x1 = mm(25), mm(52), mm(56), mm(188)
    for k, v in [("Kepada", "Yth. Kepala Bidang Perekonomian dan Sumber Daya Alam"),
                 ("Dari", "Sekretaris Badan Perencanaan Pembangunan Daerah"),
                 ("Tembusan", "Kepala Bappeda Kota Samarinda"),
                 ("Tanggal", "14 Oktober 2026"),
                 ("Nomor", "050/1187/Bappeda-II/X/2026"),
                 ("Sifat", "Segera"),
                 ("Lampiran", "1 (satu) berkas"),
                 ("Hal", "Penyampaian Bahan Desk Rancangan Rencana Kerja Perangkat Daerah Tahun 2027")]:
        p.kv(k, v, f, xl, xc, xv, x1)
    p.gap(1)
    p.hrule(mm(25), mm(188), width=3, adv_mm=4)
    p.para("Menindaklanjuti Surat Edaran Wali Kota Samarinda Nomor 000.8/0912/Bappeda-II/IX/2026 tanggal "
           "22 September 2026 tentang Jadwal Penyusunan Rencana Kerja Perangkat Daerah Tahun 2027, dengan "
           "hormat kami sampaikan hal-hal sebagai berikut:", f, mm(25), mm(188), indent=mm(12))
    p.gap(1)
    items = [
        "Desk rancangan Renja dilaksanakan pada tanggal 20 s.d. 23 Oktober 2026 bertempat di Ruang Rapat "
        "Bappeda Lantai 2, dimulai pukul 08.30 WITA sesuai jadwal terlampir.",
        "Setiap Perangkat Daerah agar membawa dokumen rancangan Renja Tahun 2027 beserta matriks Rencana "
        "Program, Kegiatan dan Sub Kegiatan yang telah diinput pada SIPD.",
        "Pagu indikatif Bidang Perekonomian dan Sumber Daya Alam ditetapkan sebesar Rp 48.735.260.000,00 "
        "yang terbagi pada 9 (sembilan) Perangkat Daerah mitra.",
        "Usulan belanja dengan kode rekening 5.1.02.01.01.0024 (Belanja Alat/Bahan untuk Kegiatan "
        "Kantor-Alat Tulis Kantor) agar disesuaikan dengan Standar Satuan Harga Tahun 2027; selisih "
        "harga di atas 10% wajib disertai justifikasi.",
        "Usulan pengadaan aset dengan kode barang 1.3.2.05.01.04.002 (Lemari Besi/Metal) hanya dapat "
        "diajukan apabila tercantum dalam Rencana Kebutuhan Barang Milik Daerah.",
        "Hasil verifikasi disampaikan paling lambat tanggal 30 Oktober 2026 melalui surel "
        "bappeda.renja@samarindakota.go.id.",
    ]
    for i, t in enumerate(items, 1):
        p.para(t, f, mm(33), mm(188), lead=f"{i}.", lead_x=mm(26))
        p.gap(0.8)
    p.gap(1)
    p.para("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", f,
           mm(25), mm(188), indent=mm(12))
    p.gap(5)
    sig_block(p, mm(145), ["Sekretaris,"], "Ir. H. ANDI MUHAMMAD RIZAL, M.T.",
              ["Pembina Tingkat I (IV/b)", "NIP 19780312 200501 1 004"], f, fb, rng, gap_mm=19)
    p.at_bottom(16)
    fs = F("serif_i", 9)
    p.line([(mm(25), "Bappeda Kota Samarinda - Nota Dinas Desk Renja 2027", fs, "l"),
            (mm(188), "Halaman 1 dari 1", fs, "r")])
    return p


# ---------------------------------------------------------------- 2 surat tugas (ruled grid)
def surat_tugas():
    rng = random.Random(SEED + 2)
    p = Page("surat_tugas", margin_bottom=5)
    f = F("serifc", 11)
    fb = F("serifc_b", 11)
    kop(p, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
        ["Jalan Kesuma Bangsa Nomor 2 Samarinda 75123, Telepon (0541) 733129"],
        F("serifc_b", 15), F("serifc_b", 13), F("serifc", 10))
    p.center("SURAT PERINTAH TUGAS", F("serifc_b", 13.5), underline=True)
    p.center("Nomor: 800/1432/BKPSDM-III/X/2026", f)
    p.gap(3)
    xl, xc, xn, xt, x1 = mm(20), mm(40), mm(44), mm(51), mm(190)
    dasar = ["Peraturan Wali Kota Samarinda Nomor 17 Tahun 2025 tentang Perjalanan Dinas Dalam Negeri bagi "
             "Pejabat Negara, Pegawai Aparatur Sipil Negara dan Pegawai Tidak Tetap;",
             "Dokumen Pelaksanaan Anggaran BKPSDM Kota Samarinda Tahun Anggaran 2026 Nomor "
             "DPA/A.1/5.03.0.00.0.00.03.0000/001/2026."]
    for i, t in enumerate(dasar, 1):
        y0, n0 = p.y, len(p.lines)
        p.para(t, f, xt, x1, justify=True, lead=f"{i}.", lead_x=xn)
        if i == 1:  # label drawn on the first line of the first item
            p._draw(xl, y0, "Dasar", f)
            p._draw(xc, y0, ":", f)
            p.lines[n0] = "Dasar : " + p.lines[n0]
    p.gap(2)
    p.center("MEMERINTAHKAN:", fb)
    p.gap(1)
    p.line([(xl, "Kepada", f, "l"), (xc, ":", f, "l")])
    p.gap(1)
    rows = [["No.", "Nama", "NIP", "Pangkat/ Gol. Ruang", "Jabatan"],
            ["1", "Ir. H. Andi Muhammad Rizal, M.T.", "19780312 200501 1 004", "Pembina Tk. I (IV/b)",
             "Kepala Bidang Pengembangan Kompetensi Aparatur"],
            ["2", "Siti Rahmawati, S.Sos.", "19850617 201001 2 021", "Penata (III/c)",
             "Analis SDM Aparatur Ahli Muda"],
            ["3", "Muhammad Fajar Ramadhan, S.Kom.", "19920105 201903 1 008", "Penata Muda Tk. I (III/b)",
             "Pranata Komputer Ahli Pertama"],
            ["4", "Yohanes Dwi Kristanto", "19890923 201402 1 003", "Pengatur (II/c)",
             "Pengelola Data Kepegawaian"],
            ["5", "Rina Marlina Siregar, A.Md.", "19950430 202203 2 014", "Pengatur Tk. I (II/d)",
             "Pengadministrasi Keuangan"]]
    p.table(mm(20), [9, 47, 43, 33, 38], rows, F("serifc", 10), "grid", hf=F("serifc_b", 10),
            aligns=["c", "l", "l", "l", "l"])
    p.gap(4)
    untuk = ["Mengikuti Rapat Koordinasi Manajemen ASN Regional Kalimantan yang diselenggarakan oleh "
             "Kantor Regional VIII BKN di Balikpapan pada tanggal 27 s.d. 29 Oktober 2026;",
             "Biaya perjalanan dinas dibebankan pada DPA BKPSDM Tahun Anggaran 2026 kode rekening "
             "5.1.02.04.01.0001 (Belanja Perjalanan Dinas Biasa) dengan pagu Rp 18.450.000,00;",
             "Melaporkan hasil pelaksanaan tugas secara tertulis kepada Kepala BKPSDM paling lambat 5 (lima) "
             "hari kerja setelah kembali."]
    for i, t in enumerate(untuk, 1):
        y0, n0 = p.y, len(p.lines)
        p.para(t, f, xt, x1, lead=f"{i}.", lead_x=xn)
        if i == 1:
            p._draw(xl, y0, "Untuk", f)
            p._draw(xc, y0, ":", f)
            p.lines[n0] = "Untuk : " + p.lines[n0]
    p.gap(3)
    x2 = mm(118)
    p.line([(x2, "Dikeluarkan di", f, "l"), (mm(150), ":", f, "l"), (mm(154), "Samarinda", f, "l")])
    p.line([(x2, "Pada tanggal", f, "l"), (mm(150), ":", f, "l"), (mm(154), "21 Oktober 2026", f, "l")])
    p.gap(3)
    sig_block(p, mm(152), ["KEPALA BKPSDM", "KOTA SAMARINDA,"], "Drs. SUPRIYANTO WIBOWO, M.Si.",
              ["Pembina Utama Muda (IV/c)", "NIP 19700821 199503 1 002"], f, fb, rng, gap_mm=18)
    p.at_bottom(9)
    p.line([(mm(20), "SPT BKPSDM Kota Samarinda", F("sansc", 8.5), "l"),
            (mm(190), "Hal. 1/1", F("sansc", 8.5), "r")])
    return p


# ---------------------------------------------------------------- 3 kuitansi (no-rule table)
def terbilang(n):
    s = ["", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh",
         "Sebelas"]
    if n < 12:
        return s[n]
    if n < 20:
        return s[n - 10] + " Belas"
    if n < 100:
        return (s[n // 10] + " Puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("Seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (s[n // 100] + " Ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("Seribu " + terbilang(n - 1000)).strip()
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " Ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " Juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " Miliar " + terbilang(n % 10 ** 9)).strip()


def rp(n):
    return f"{n:,}".replace(",", ".")


KUITANSI_ITEMS = [
    ("Lemari Arsip Besi 4 Pintu", "1.3.2.05.01.04.002", 4, "Unit", 4850000),
    ("Filing Cabinet Besi 4 Laci", "1.3.2.05.01.04.003", 6, "Unit", 3275000),
    ("Rak Besi Arsip 5 Susun", "1.3.2.05.01.04.007", 5, "Unit", 1686500),
    ("Brankas Besi Tahan Api 80 kg", "1.3.2.05.01.04.001", 1, "Unit", 7945000),
]


def kuitansi():
    rng = random.Random(SEED + 3)
    p = Page("kuitansi")
    f = F("sans", 10)
    fb = F("sans_b", 10)
    fi = F("sans_i", 10)
    x0, x1 = mm(16), mm(194)
    top = p.y
    p.y += mm(4)
    p.line([(mm(22), "PEMERINTAH KOTA SAMARINDA", F("sans_b", 9), "l"),
            (mm(188), "Tahun Anggaran : 2026", f, "r")])
    p.line([(mm(22), "DINAS PENDIDIKAN DAN KEBUDAYAAN", F("sans_b", 9), "l"),
            (mm(188), "No. Bukti : 0417/SPJ-LS/DISDIKBUD/X/2026", f, "r")])
    p.line([(mm(188), "Kode Rekening : 5.2.02.05.01.0004", f, "r")])
    p.gap(3)
    p.center("K U I T A N S I", F("sans_b", 16), underline=True)
    p.gap(3)
    xl, xc, xv, xr = mm(22), mm(62), mm(66), mm(188)
    total = sum(q * h for _, _, q, _, h in KUITANSI_ITEMS)
    p.kv("Sudah terima dari", "Bendahara Pengeluaran Dinas Pendidikan dan Kebudayaan Kota Samarinda",
         f, xl, xc, xv, xr)
    p.gap(1)
    # terbilang inside a shaded band
    tb = terbilang(total) + " Rupiah"
    y0 = p.y
    from layout import wrap
    n = len(wrap(tb, fi, xr - xv - mm(4)))
    p.d.rectangle([xv - mm(1.5), y0 - mm(1.2), xr, y0 + n * lh(f) + mm(0.2)], fill=225)
    p.kv("Uang sebanyak", tb, f, xl, xc, xv, xr - mm(4), fv=fi)
    p.gap(1)
    p.kv("Untuk pembayaran", "Belanja Modal Alat Penyimpan Perlengkapan Kantor untuk Ruang Arsip Dinas "
         "sesuai Surat Pesanan Nomor 027/SP-0211/DISDIKBUD/IX/2026 dengan rincian sebagai berikut:",
         f, xl, xc, xv, xr)
    p.gap(2)
    fr = F("sans", 9)
    rows = [["No", "Uraian Barang", "Kode Barang", "Vol.", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    for i, (u, kb, q, s, h) in enumerate(KUITANSI_ITEMS, 1):
        rows.append([str(i), u, kb, str(q), s, rp(h), rp(q * h)])
    rows.append(["", "JUMLAH", "", "", "", "", rp(total)])
    p.table(mm(22), [8, 48, 34, 10, 16, 25, 25], rows, fr, "none", hf=F("sans_b", 9), pad_mm=0.9,
            aligns=["c", "l", "l", "r", "l", "r", "r"], row_fonts={len(rows) - 1: F("sans_b", 9)})
    p.gap(3)
    dpp = round(total * 100 / 111)
    ppn = round(dpp * 11 / 100)
    pph = round(dpp * 15 / 1000)
    net = total - ppn - pph
    for a, b in [("Dasar Pengenaan Pajak (100/111)", dpp), ("PPN 11% (dipungut)", ppn),
                 ("PPh Pasal 22 1,5%", pph), ("Jumlah bersih yang diterima", net)]:
        ff = fb if a.startswith("Jumlah") else f
        p.line([(mm(70), a, ff, "l"), (mm(140), ":", ff, "l"), (mm(146), "Rp", ff, "l"),
                (mm(188), rp(b), ff, "r")])
    p.gap(3)
    # amount box
    bx = p.y
    tbs = "Terbilang Rp " + rp(total) + ",00"
    tw = F("sans_b", 12).getlength(tbs)
    p.d.rectangle([mm(22), bx - mm(1.5), mm(30) + tw, bx + mm(8)], outline=0, width=5, fill=240)
    p.y += mm(0.5)
    p.line([(mm(26), tbs, F("sans_b", 12), "l")])
    p.y = bx + mm(13)
    # three signature columns
    cols = [mm(52), mm(107), mm(160)]
    fs = F("sans", 9)
    fsb = F("sans_b", 9)
    p.line([(cols[2], "Samarinda, 19 Oktober 2026", fs, "c")])
    p.line([(cols[0], "Setuju dibayar,", fs, "c"), (cols[1], "Lunas dibayar,", fs, "c"),
            (cols[2], "Yang menerima,", fs, "c")])
    p.line([(cols[0], "Pengguna Anggaran", fs, "c"), (cols[1], "Bendahara Pengeluaran", fs, "c"),
            (cols[2], "CV Mahakam Sentosa Abadi", fs, "c")])
    ys = p.y
    p.y += mm(20)
    for c in cols:
        p.sig_boxes.append((c - mm(22), ys, c + mm(22), p.y))
    p.stamp_xy = (cols[2] - mm(14), ys + mm(11))
    names = ["Dr. H. MUHAMMAD ASLI, M.Pd.", "NORHASANAH, S.E.", "RUDI HARTONO"]
    y = p.y
    p.line([(c, n, fsb, "c") for c, n in zip(cols, names)], underline=True)
    p.line([(cols[0], "NIP 19720415 199803 1 006", fs, "c"), (cols[1], "NIP 19880209 201101 2 017", fs, "c"),
            (cols[2], "Direktur", fs, "c")])
    bottom = p.y + mm(4)
    p.d.rectangle([x0, top, x1, bottom], outline=0, width=4)
    p.d.rectangle([x0 + 12, top + 12, x1 - 12, bottom - 12], outline=0, width=2)
    p.at_bottom(15)
    p.line([(mm(16), "Lembar 1: untuk SPJ | Lembar 2: arsip Bendahara", F("sans", 8), "l"),
            (mm(194), "1/1", F("sans", 8), "r")])
    p.kuitansi_numbers = dict(total=total, dpp=dpp, ppn=ppn, pph=pph, net=net)
    return p


# ---------------------------------------------------------------- 4 daftar hadir (grid, many rows)
FIRST_M = ["Ahmad", "Budi", "Rizky", "Hendra", "Agus", "Fajar", "Yusuf", "Dedi", "Irfan", "Syahrani",
           "Muhammad", "Arif", "Gusti", "Rahmat", "Eko"]
FIRST_F = ["Siti", "Nur", "Dewi", "Rina", "Fitri", "Sri", "Maya", "Lestari", "Yuliana", "Hairunnisa",
           "Ratna", "Aisyah", "Novita"]
LAST = ["Saputra", "Hidayat", "Pratama", "Santoso", "Wahyuni", "Ramadhani", "Lubis", "Nasution", "Effendi",
        "Sembiring", "Rahman", "Kurniawan", "Anggraini", "Permata", "Halim", "Noor", "Aminah", "Setiawan"]
TITLES = ["", "", "S.T.", "S.E.", "S.Sos.", "S.Kom.", "M.Si.", "S.H.", "A.Md.", "S.Pd.", "M.T."]
INST = ["Dinas PUPR", "Disdikbud", "Dinas Kesehatan", "BPKAD", "Bappeda", "Dinas Perkim", "Disperindag",
        "Diskominfo", "Kec. Sungai Kunjang", "Kec. Samarinda Ulu", "Satpol PP", "DLH", "Dinas Perhubungan",
        "RSUD I.A. Moeis", "Inspektorat"]


def nip(rng, male):
    y = rng.randint(1968, 1998)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(2024, y + rng.randint(22, 30))
    tm = rng.choice([1, 2, 3, 4, 12])
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {1 if male else 2} {rng.randint(1, 30):03d}"


def daftar_hadir():
    rng = random.Random(SEED + 4)
    p = Page("daftar_hadir")
    f = F("sansc", 9)
    fb = F("sansc_b", 9)
    p.y = mm(14)
    p.center("DAFTAR HADIR", F("sansc_b", 13))
    p.center("RAPAT KOORDINASI PENYUSUNAN RENCANA UMUM PENGADAAN (RUP) TAHUN ANGGARAN 2027", F("sansc_b", 10.5))
    p.center("BAGIAN PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH KOTA SAMARINDA", F("sansc_b", 10.5))
    p.gap(3)
    xl, xc, xv = mm(18), mm(45), mm(48)
    ff = F("sansc", 10)
    p.kv("Hari, Tanggal", "Rabu, 11 November 2026", ff, xl, xc, xv, mm(190))
    p.kv("Tempat", "Ruang Rapat Bagian PBJ Lantai 3, Balai Kota Samarinda", ff, xl, xc, xv, mm(190))
    p.kv("Pukul", "09.00 WITA s.d. selesai", ff, xl, xc, xv, mm(190))
    p.gap(2)
    rows = [["No", "Nama", "NIP / NIK", "Instansi / Unit Kerja", "L/P", "No. HP", "Tanda Tangan"]]
    people = []
    for i in range(1, 27):
        male = rng.random() < 0.55
        nm = rng.choice(FIRST_M if male else FIRST_F) + " " + rng.choice(LAST)
        t = rng.choice(TITLES)
        if t:
            nm += ", " + t
        if rng.random() < 0.15:
            idn = "64720" + "".join(str(rng.randint(0, 9)) for _ in range(11))  # NIK non-ASN
        else:
            idn = nip(rng, male)
        hp = "08" + rng.choice(["11", "12", "13", "52", "53", "21"]) + "-" + \
             "".join(str(rng.randint(0, 9)) for _ in range(4)) + "-" + "".join(str(rng.randint(0, 9)) for _ in range(4))
        if rng.random() < 0.1:
            hp = ""
        rows.append([str(i), nm, idn, rng.choice(INST), "L" if male else "P", hp, ""])
        people.append(male)
    xs, ys = p.table(mm(14), [7, 44, 39, 33, 9, 27, 23], rows, f, "grid", hf=fb,
                     aligns=["c", "l", "l", "l", "c", "l", "l"], header_shade=215, min_row_mm=6.4,
                     pad_mm=1.2)
    for r in range(1, len(rows)):
        if rng.random() < 0.85:
            sx = xs[6] + mm(1) + (0 if r % 2 else mm(5))
            scribble(p, sx, ys[r] + 4, mm(12), ys[r + 1] - ys[r] - 8, rng, fill=40, width=4)
    p.gap(5)
    sig_block(p, mm(150), ["Samarinda, 11 November 2026", "Kepala Bagian Pengadaan Barang dan Jasa,"],
              "HAIRUL ANWAR, S.T., M.M.", ["NIP 19810726 200604 1 011"], F("sansc", 10), F("sansc_b", 10),
              rng, gap_mm=17)
    p.at_bottom(11)
    p.line([(mm(14), "Daftar Hadir Rakor RUP 2027", F("sansc_i", 8.5), "l"),
            (mm(196), "Halaman 1 dari 2", F("sansc_i", 8.5), "r")])
    return p


# ---------------------------------------------------------------- 5 RUP (horizontal rules only)
RUP_ROWS = [
    ("Pembangunan Drainase Jalan Pangeran Suryanata Segmen Simpang Air Putih", "5.2.04.02.04.0004",
     "1.250 m", 8475000000, "APBD", "Tender", "Pekerjaan Konstruksi", "Februari 2027"),
    ("Peningkatan Jalan Poros Lempake - Tanah Merah (Lanjutan)", "5.2.04.01.01.0012", "3,2 km",
     14980000000, "DAK Fisik", "Tender", "Pekerjaan Konstruksi", "Maret 2027"),
    ("Pengawasan Teknis Peningkatan Jalan Poros Lempake - Tanah Merah", "5.1.02.02.11.0004", "1 Paket",
     449250000, "DAK Fisik", "Seleksi", "Jasa Konsultansi", "Maret 2027"),
    ("Rehabilitasi Gedung Kantor Dinas PUPR Blok B", "5.2.03.01.01.0001", "1 Paket", 1865400000, "APBD",
     "Tender", "Pekerjaan Konstruksi", "April 2027"),
    ("Perencanaan Teknis Jembatan Sungai Karang Mumus Segmen Gang Nibung", "5.1.02.02.11.0002", "1 Paket",
     387600000, "APBD", "Seleksi", "Jasa Konsultansi", "Januari 2027"),
    ("Belanja Alat Tulis Kantor Sekretariat", "5.1.02.01.01.0024", "12 Bulan", 186350000, "APBD",
     "E-Purchasing", "Barang", "Januari 2027"),
    ("Pengadaan Personal Computer dan Printer Bidang Bina Marga", "5.2.02.10.01.0002", "14 Unit",
     302820000, "APBD", "E-Purchasing", "Barang", "Februari 2027"),
    ("Pemeliharaan Rutin Jalan Kota Wilayah Utara", "5.1.02.03.03.0001", "1 Paket", 2750000000, "APBD",
     "Tender", "Pekerjaan Konstruksi", "Januari 2027"),
    ("Jasa Tenaga Kebersihan dan Keamanan Kantor", "5.1.02.02.01.0013", "18 Orang", 612360000, "APBD",
     "Pengadaan Langsung", "Jasa Lainnya", "Desember 2026"),
    ("Pengadaan Lemari Besi Arsip Bidang Tata Ruang", "5.2.02.05.01.0004", "6 Unit", 29100000, "APBD",
     "Pengadaan Langsung", "Barang", "Mei 2027"),
    ("Normalisasi Saluran Sekunder Sungai Pinang Dalam", "5.2.04.02.04.0004", "860 m", 3124750000,
     "APBD", "Tender", "Pekerjaan Konstruksi", "Februari 2027"),
    ("Sewa Alat Berat Excavator untuk Penanganan Darurat Banjir", "5.1.02.02.04.0021", "240 Jam",
     198000000, "BTT", "Penunjukan Langsung", "Jasa Lainnya", "Sesuai Kebutuhan"),
]


def rup():
    p = Page("rup", landscape=True)
    f = F("sansc", 9)
    fb = F("sansc_b", 9)
    p.y = mm(10)
    p.center("RENCANA UMUM PENGADAAN BARANG/JASA", F("sansc_b", 12.5))
    p.center("TAHUN ANGGARAN 2027", F("sansc_b", 11))
    p.gap(2)
    ff = F("sansc", 10)
    xl, xc, xv = mm(12), mm(42), mm(45)
    p.kv("K/L/PD", "Pemerintah Kota Samarinda", ff, xl, xc, xv, mm(200))
    p.kv("Satuan Kerja", "Dinas Pekerjaan Umum dan Penataan Ruang (1.03.0.00.0.00.01.0000)", ff, xl, xc, xv,
         mm(220))
    p.kv("Status", "Diumumkan - Revisi ke-1", ff, xl, xc, xv, mm(200))
    p.gap(2)
    rows = [["No", "Nama Paket", "Kode Rekening", "Volume", "Pagu (Rp)", "Sumber Dana", "Metode Pemilihan",
             "Jenis Pengadaan", "Waktu Pemilihan"]]
    for i, r in enumerate(RUP_ROWS, 1):
        rows.append([str(i), r[0], r[1], r[2], rp(r[3])] + list(r[4:]))
    rows.append(["", "Total Pagu", "", "", rp(sum(r[3] for r in RUP_ROWS)), "", "", "", ""])
    p.table(mm(14), [8, 72, 31, 18, 32, 18, 30, 30, 26], rows, f, "hrules", hf=fb,
            aligns=["c", "l", "l", "l", "r", "l", "l", "l", "l"], row_fonts={len(rows) - 1: fb})
    p.stamp_xy = (mm(230), p.y - mm(12))
    p.at_bottom(11)
    fs = F("sansc", 8)
    p.line([(mm(12), "Dicetak dari SIRUP pada 02-12-2026 14:37:05 WITA", fs, "l"),
            (mm(285), "Halaman 1 dari 3", fs, "r")])
    return p


# ---------------------------------------------------------------- 6 Renja (merged + shaded)
def renja():
    p = Page("renja", landscape=True, margin_bottom=10)
    f = F("sans", 9)
    fb = F("sans_b", 9)
    p.y = mm(10)
    p.line([(mm(12), "Tabel 2.3", F("sans_b", 10), "l")])
    p.para("Rumusan Rencana Program, Kegiatan dan Sub Kegiatan Perangkat Daerah Tahun 2027 dan Prakiraan "
           "Maju Tahun 2028 Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda", F("sans_b", 10),
           mm(12), mm(250), justify=False)
    p.gap(1.5)
    # pagu values in rupiah
    sub = {
        "A1": (4250, 9850000000, 4100, 10200000000),
        "A2": (38500, 6420000000, 40000, 6900000000),
        "B1": (1250, 8475000000, 1400, 9600000000),
        "B2": (860, 3124750000, 900, 3300000000),
    }
    kegA = sub["A1"][1] + sub["A2"][1]
    kegA2 = sub["A1"][3] + sub["A2"][3]
    kegB = sub["B1"][1] + sub["B2"][1]
    kegB2 = sub["B1"][3] + sub["B2"][3]
    rows = [
        ["Kode", "Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja",
         "Rencana Tahun 2027", "", "", "Prakiraan Maju Tahun 2028", ""],
        ["", "", "", "Target", "Pagu Indikatif (Rp)", "Sumber Dana", "Target", "Pagu Indikatif (Rp)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        ["1.03", "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG", "", "",
         rp(kegA + kegB), "", "", rp(kegA2 + kegB2)],
        ["1.03.10", "PROGRAM PENYELENGGARAAN JALAN", "Persentase panjang jalan kota dalam kondisi mantap",
         "87,5 %", rp(kegA), "APBD", "89,0 %", rp(kegA2)],
        ["1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota",
         "Panjang jalan kota yang ditingkatkan kapasitas dan kualitasnya", "12,4 km", rp(kegA), "APBD",
         "13,0 km", rp(kegA2)],
        ["1.03.10.2.01.0015", "Rekonstruksi Jalan", "Panjang jalan yang direkonstruksi (meter)",
         "4.250 m", rp(sub["A1"][1]), "APBD", "4.100 m", rp(sub["A1"][3])],
        ["", "", "Jumlah ruas jalan yang direkonstruksi", "6 Ruas", "", "", "5 Ruas", ""],
        ["1.03.10.2.01.0033", "Pemeliharaan Berkala Jalan",
         "Luas perkerasan jalan yang dipelihara secara berkala (m2)", "38.500 m2", rp(sub["A2"][1]),
         "APBD", "40.000 m2", rp(sub["A2"][3])],
        ["1.03.03", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE",
         "Persentase luas kawasan genangan yang tertangani", "62,75 %", rp(kegB), "APBD", "68,00 %", rp(kegB2)],
        ["1.03.03.2.01", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai "
         "dalam Daerah Kabupaten/Kota", "Panjang saluran drainase yang dibangun dan dinormalisasi",
         "2.110 m", rp(kegB), "APBD", "2.300 m", rp(kegB2)],
        ["1.03.03.2.01.0001", "Pembangunan Sistem Drainase Perkotaan",
         "Panjang saluran drainase perkotaan yang dibangun (meter)", "1.250 m", rp(sub["B1"][1]), "APBD",
         "1.400 m", rp(sub["B1"][3])],
        ["1.03.03.2.01.0004", "Normalisasi/Restorasi Saluran Drainase",
         "Panjang saluran sekunder yang dinormalisasi (meter)", "860 m", rp(sub["B2"][1]), "APBD",
         "900 m", rp(sub["B2"][3])],
        ["JUMLAH", "", "", "", rp(kegA + kegB), "", "", rp(kegA2 + kegB2)],
    ]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 3), (0, 6): (1, 2),
             (6, 0): (2, 1), (6, 1): (2, 1), (6, 4): (2, 1), (6, 5): (2, 1), (6, 7): (2, 1), (13, 0): (1, 4), (13, 5): (1, 2)}
    rows[6][5] = "APBD"
    rows[13][5] = ""
    p.table(mm(10), [33, 60, 58, 20, 34, 17, 20, 34], rows, f, "merged", hf=fb, header_rows=3, spans=spans,
            aligns=["l", "l", "l", "c", "r", "c", "c", "r"], header_shade=205,
            shade_rows={3: 225, 4: 238, 9: 238, 13: 225},
            row_fonts={3: fb, 4: fb, 9: fb, 13: fb}, lh_factor=1.22, pad_mm=1.1)
    p.renja_numbers = dict(sub=sub, kegA=kegA, kegB=kegB, kegA2=kegA2, kegB2=kegB2)
    p.stamp_xy = (mm(245), p.y - mm(25))
    p.at_bottom(10)
    fs = F("sans_i", 8)
    p.line([(mm(10), "Renja Dinas PUPR Kota Samarinda Tahun 2027", fs, "l"), (mm(287), "II-27", fs, "r")])
    return p


# ---------------------------------------------------------------- 7 pengumuman with sidebar
def pengumuman():
    rng = random.Random(SEED + 7)
    p = Page("pengumuman")
    f = F("serif", 10)
    fb = F("serif_b", 10)
    kop(p, ["DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU"],
        ["Jalan Basuki Rahmat Nomor 78 Samarinda 75117, Telepon (0541) 7778012"],
        F("sans_b", 14), F("sans_b", 12), F("sans", 9))
    p.center("PENGUMUMAN", F("serif_b", 16))
    p.center("Nomor: 500.16/2215/DPMPTSP-II/XI/2026", f)
    p.center("TENTANG", fb)
    p.center("JADWAL LAYANAN PERIZINAN BERUSAHA DAN NON BERUSAHA", fb)
    p.center("PADA LIBUR NATAL DAN TAHUN BARU 2027", fb)
    p.gap(4)
    ytop = p.y
    L0, L1 = mm(18), mm(126)
    S0, S1 = mm(134), mm(194)
    # sidebar background first
    p.d.rectangle([S0, ytop, S1, ytop + mm(168)], fill=232)
    p.d.rectangle([S0, ytop, S1, ytop + mm(168)], outline=80, width=3)
    # --- main column
    p.para("Sehubungan dengan Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri "
           "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan Cuti "
           "Bersama Tahun 2026, bersama ini diumumkan jadwal layanan Mal Pelayanan Publik (MPP) Kota "
           "Samarinda sebagai berikut:", f, L0, L1, indent=mm(8))
    p.gap(1)
    items = ["Tanggal 24 Desember 2026: layanan dibuka pukul 08.00 s.d. 12.00 WITA.",
             "Tanggal 25 dan 26 Desember 2026: layanan tatap muka ditutup; pengajuan melalui OSS RBA "
             "tetap dapat dilakukan secara daring.",
             "Tanggal 28 s.d. 31 Desember 2026: layanan berjalan normal pukul 08.00 s.d. 15.30 WITA.",
             "Tanggal 1 Januari 2027: layanan ditutup."]
    for k, t in zip("abcd", items):
        p.para(t, f, L0 + mm(7), L1, lead=k + ".", lead_x=L0 + mm(1))
    p.gap(1)
    p.para("Permohonan Persetujuan Bangunan Gedung (PBG) dengan nilai retribusi di atas Rp 25.000.000,00 "
           "yang diajukan setelah tanggal 18 Desember 2026 akan diverifikasi mulai tanggal 4 Januari 2027.",
           f, L0, L1, indent=mm(8))
    p.gap(1)
    p.para("Seluruh layanan perizinan di DPMPTSP tidak dipungut biaya kecuali retribusi yang ditetapkan "
           "dalam Peraturan Daerah Kota Samarinda Nomor 4 Tahun 2024 tentang Pajak Daerah dan Retribusi "
           "Daerah. Masyarakat diimbau tidak menggunakan jasa perantara.", f, L0, L1, indent=mm(8))
    p.gap(1)
    p.para("Demikian pengumuman ini disampaikan untuk diketahui.", f, L0, L1, indent=mm(8))
    p.gap(5)
    sig_block(p, mm(88), ["Samarinda, 2 Desember 2026", "Kepala Dinas,"], "H. ABDUL MUIS, S.E., M.M.",
              ["Pembina Utama Muda (IV/c)", "NIP 19710203 199703 1 005"], f, fb, rng, gap_mm=20)
    ymain = p.y
    # --- sidebar
    p.y = ytop + mm(3)
    fs = F("sans", 9)
    fsb = F("sans_b", 9)
    sx = S0 + mm(4)
    band_y = p.y
    p.d.rectangle([S0 + 6, band_y - mm(1), S1 - 6, band_y + mm(6.5)], fill=30)
    p.line([((S0 + S1) / 2, "INFORMASI LAYANAN", F("sans_b", 10.5), "c")], fill=255, adv=mm(9))
    sb = [("b", "Mal Pelayanan Publik"), ("", "Jl. Basuki Rahmat No. 78"), ("", "Samarinda 75117"), (None, 2),
          ("b", "Pengaduan / WhatsApp:"), ("", "0811-5500-3127"), (None, 1.5),
          ("b", "Call Center:"), ("", "(0541) 7778012"), (None, 1.5),
          ("b", "Surel:"), ("", "dpmptsp@samarindakota.go.id"), (None, 2),
          ("b", "Jam Layanan Normal:"), ("", "Senin - Kamis 08.00 - 15.30 WITA"),
          ("", "Jumat 08.00 - 11.30 WITA"), (None, 2),
          ("b", "Cek status permohonan:"), ("", "oss.go.id"), ("", "sicantik.go.id"), (None, 2),
          ("b", "Retribusi PBG (Perda 4/2024):"), ("", "Rumah tinggal s.d. 100 m2"),
          ("", "Rp 0,- (dibebaskan)"), ("", "Bangunan usaha: sesuai"), ("", "nilai SKRD"), (None, 3)]
    for k, v in sb:
        if k is None:
            p.gap(v)
        else:
            p.line([(sx, v, fsb if k == "b" else fs, "l")])
    p.para("Waspada penipuan! Petugas tidak pernah meminta transfer ke rekening pribadi.", F("sans_b", 9),
           sx, S1 - mm(4), justify=False)
    assert p.y < ytop + mm(165)
    p.y = max(ymain, ytop + mm(168)) + mm(4)
    p.at_bottom(16)
    fs2 = F("serif_i", 8.5)
    p.line([(mm(18), "Pengumuman ini juga dimuat pada laman dpmptsp.samarindakota.go.id", fs2, "l"),
            (mm(194), "1/1", fs2, "r")])
    return p


BUILDERS = [nota_dinas, surat_tugas, kuitansi, daftar_hadir, rup, renja, pengumuman]
