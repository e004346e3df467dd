"""The seven invented page types of ocr17 (written blind). Each builder returns a render.Page."""
from render import Page, F, mm, pt, rp, terbilang


def kop(p, lines, font_b, font, y0, addr):
    """Letterhead: emblem left, centred lines, address, double rule."""
    cx = p.W // 2
    p.logo(mm(30), y0 + mm(10), mm(9))
    y = y0 + pt(14)
    for i, t in enumerate(lines):
        p.line(y, [(cx + mm(8), t, 'c', font_b)])
        y += int(font_b.size * 1.3)
    for t in addr:
        p.line(y, [(cx + mm(8), t, 'c', font)])
        y += int(font.size * 1.3)
    y += mm(1)
    p.d.line([mm(18), y, p.W - mm(18), y], fill=0, width=9)
    p.d.line([mm(18), y + 14, p.W - mm(18), y + 14], fill=0, width=3)
    return y + mm(8)


# ---------------------------------------------------------------------------------------------
def spm():
    p = Page()
    f, fb, fs = F('sans', 10), F('sansb', 10), F('sans', 9)
    L, R = mm(15), mm(195)
    lh = int(f.size * 1.35)
    d = p.d
    d.rectangle([L, mm(12), R, mm(40)], outline=0, width=4)
    cx = p.W // 2
    p.line(mm(19), [(cx, 'PEMERINTAH KOTA SAMARINDA', 'c', F('sansb', 12))])
    p.line(mm(25), [(cx, 'SURAT PERINTAH MEMBAYAR (SPM)', 'c', F('sansb', 12))])
    p.line(mm(31), [(cx, 'Nomor : 900/0871/DISDIK-IV/XI/2026', 'c', f)])
    p.line(mm(37), [(cx, 'Tahun Anggaran 2026', 'c', f)])
    # two boxed columns
    top, mid = mm(43), mm(105)
    d.rectangle([L, top, mid, top + mm(38)], outline=0, width=3)
    d.rectangle([mid + mm(3), top, R, top + mm(38)], outline=0, width=3)
    y = top + mm(7)
    for t in ['Kepada Yth.', 'Kuasa Bendahara Umum Daerah', 'Kota Samarinda', 'di -', 'Samarinda']:
        p.line(y, [(L + mm(3), t)], f)
        y += lh
    y = top + mm(7)
    x1, x2, x3 = mid + mm(6), mid + mm(35), mid + mm(38)
    for a, b in [('Cara Bayar', 'LS'), ('Jenis SPP', 'LS Barang dan Jasa'),
                 ('Nomor SPP', '900/0864/DISDIK-IV/XI/2026'), ('Tanggal SPP', '10 November 2026'),
                 ('Sub Kegiatan', '1.01.02.2.01.0003')]:
        p.line(y, [(x1, a), (x2, ':'), (x3, b)], fs)
        y += lh
    y = top + mm(46)
    y = p.para(L, y, R - L, 'Dengan berpedoman pada Dokumen Pelaksanaan Anggaran (DPA-SKPD) Nomor '
               'DPA/A.1/1.01.0.00.0.00.01.0000/001/2026 tanggal 2 Januari 2026, bersama ini kami '
               'perintahkan kepada Kuasa Bendahara Umum Daerah agar melakukan pembayaran kepada:',
               f, lh)
    y += mm(2)
    x1, x2, x3 = L + mm(3), L + mm(48), L + mm(52)
    for a, b in [('Nama Penerima', 'CV MAHAKAM SARANA GRAFIKA'), ('NPWP', '01.234.567.8-722.000'),
                 ('Bank / Pos', 'Bankaltimtara Cabang Samarinda'),
                 ('Nomor Rekening', '0011-01-234567-50-1')]:
        p.line(y, [(x1, a), (x2, ':'), (x3, b)], f)
        y += lh
    y = p.para(x3, y, R - x3, 'Pembayaran belanja bahan cetak dan alat tulis kantor untuk '
               'penyelenggaraan asesmen sekolah dasar semester ganjil', f, lh, justify=False,
               lead=[(x1, 'Untuk Keperluan'), (x2, ':')])
    y += mm(3)
    items = [('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 12475000),
             ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', 27830000),
             ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover', 6412500),
             ('5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer', 1900000)]
    tot = sum(a for _, _, a in items)
    rows = [['NO', 'KODE REKENING', 'URAIAN', 'JUMLAH (Rp)']]
    for i, (k, u, a) in enumerate(items, 1):
        rows.append([str(i), k, u, rp(a, True)])
    rows.append(['', '', 'JUMLAH', rp(tot, True)])
    cols = [(mm(10), 'c'), (mm(38), 'l'), (mm(92), 'l'), (mm(40), 'r')]
    y = p.table(L, y, cols, rows, f, 'grid', hfont=fb, bold_rows=(len(rows) - 1,), lw=3)
    y += mm(6)
    ppn, pph = 4317075, 1177125
    xl, xr = L + mm(100), R
    p.line(y, [(L, 'Potongan-potongan :', 'l', fb)])
    y += lh
    for a, b in [('1. PPN', ppn), ('2. PPh Pasal 22', pph)]:
        p.line(y, [(L + mm(5), a), (xl, 'Rp'), (xr, rp(b, True), 'r')], f)
        y += lh
    p.line(y, [(L + mm(5), 'Jumlah Potongan'), (xl, 'Rp'), (xr, rp(ppn + pph, True), 'r')], fb)
    y += lh + mm(2)
    net = tot - ppn - pph
    d.rectangle([L, y - mm(5), R, y + mm(11)], outline=0, width=3)
    p.line(y, [(L + mm(3), 'Jumlah SPM'), (xl, 'Rp'), (xr - mm(3), rp(net, True), 'r')], fb)
    y += lh
    tb = terbilang(net)
    p.line(y, [(L + mm(3), 'Terbilang : ' + tb[0].upper() + tb[1:] + ' rupiah')], F('sans', 9))
    y += mm(9)
    sx = mm(130)
    for t in ['Samarinda, 12 November 2026', 'Pengguna Anggaran,', 'Kepala Dinas Pendidikan',
              'dan Kebudayaan']:
        p.line(y, [(sx, t, 'c')], f)
        y += lh
    p.sig = (sx, y + mm(9))
    y += mm(18)
    p.line(y, [(sx, 'Drs. H. MUHAMMAD RIFANI, M.Pd.', 'c', fb)])
    y += lh
    p.line(y, [(sx, 'NIP 19680923 199403 1 006', 'c')], f)
    p.line(mm(282), [(L, 'Lembar 1 : untuk Kuasa BUD'), (R, 'Halaman 1 dari 1', 'r')], fs)
    return p, {'style': 'grid', 'font': 'DejaVu Sans 9-12 pt'}


# ---------------------------------------------------------------------------------------------
GAJI = [
    ('Rina Marlina, S.Kom.', '19850214 201001 2 007', 'III/c', 'K/2', 3820100),
    ('Ahmad Fauzan Noor', '19790630 200604 1 012', 'III/b', 'K/3', 3706800),
    ('Hj. Siti Rahmah, S.E.', '19741105 199903 2 004', 'IV/a', 'K/1', 4594300),
    ('Muhammad Ridwan', '19900318 201503 1 002', 'II/c', 'TK/0', 2728700),
    ('Dewi Lestari Ningsih', '19881221 201402 2 005', 'III/a', 'K/0', 3089300),
    ('Yusran Hadi, S.T.', '19830709 200902 1 009', 'III/d', 'K/2', 4170600),
    ('Andi Saputra', '19870927 201101 1 004', 'III/b', 'K/1', 3456900),
    ('Fitriani Wulandari, S.Pd.', '19860412 201001 2 015', 'III/c', 'K/2', 3950200),
    ('Abdul Kadir Jaelani', '19770115 200312 1 003', 'III/d', 'K/3', 4468800),
]


def daftar_gaji():
    p = Page(landscape=True)
    f, fb = F('cond', 9), F('condb', 9)
    L, R = mm(10), mm(287)
    lh = int(f.size * 1.4)
    cx = p.W // 2
    p.line(mm(14), [(cx, 'DAFTAR GAJI INDUK PEGAWAI NEGERI SIPIL', 'c', F('condb', 12))])
    p.line(mm(20), [(cx, 'BULAN DESEMBER 2026', 'c', F('condb', 11))])
    y = mm(28)
    # two header blocks side by side: left block first, then right block (columns)
    for i, (a, b) in enumerate([('SKPD', 'Kecamatan Samarinda Ulu'), ('Unit Kerja', 'Sekretariat Kecamatan')]):
        p.line(y + i * lh, [(L, a), (L + mm(25), ':'), (L + mm(28), b)], f)
    for i, (a, b) in enumerate([('Kode Satker', '7.01.0.00.0.00.03.0000'), ('Kode Rekening', '5.1.01.01.01.0001')]):
        p.line(y + i * lh, [(mm(200), a), (mm(226), ':'), (mm(229), b)], f)
    y += 2 * lh
    y += mm(2)
    hdr = ['No', 'Nama / NIP', 'Gol', 'Status', 'Gaji Pokok', 'Tunj. Istri/ Suami', 'Tunj. Anak',
           'Tunj. Umum/ Fungs.', 'Tunj. Beras', 'Jumlah Kotor', 'Iuran 8%',
           'BPJS 1%', 'Jumlah Potongan', 'Jumlah Bersih']
    rows = [hdr]
    tots = [0] * 10
    for i, (nm, nip, gol, st, gp) in enumerate(GAJI, 1):
        istri = gp // 10 if st.startswith('K') else 0
        nanak = int(st.split('/')[1])
        anak = (gp * 2 // 100) * min(nanak, 2)
        umum = {'I': 175000, 'II': 180000, 'III': 185000, 'IV': 190000}[gol.split('/')[0]]
        beras = 72420 * (1 + (1 if st.startswith('K') else 0) + min(nanak, 2))
        kotor = gp + istri + anak + umum + beras
        iuran = (gp + istri + anak) * 8 // 100
        bpjs = (gp + istri + anak) // 100
        potong = iuran + bpjs
        bersih = kotor - potong
        vals = [gp, istri, anak, umum, beras, kotor, iuran, bpjs, potong, bersih]
        tots = [a + b for a, b in zip(tots, vals)]
        rows.append([str(i), nm + '\n' + nip, gol, st] + [rp(v) if v else '-' for v in vals])
    rows.append(['', 'JUMLAH', '', ''] + [rp(v) for v in tots])
    w = [mm(7), mm(42), mm(10), mm(13)] + [mm(20.5)] * 10
    cols = [(w[0], 'c'), (w[1], 'l'), (w[2], 'c'), (w[3], 'c')] + [(x, 'r') for x in w[4:]]
    # force NIP onto its own line: the name column is narrow enough that name and NIP wrap
    y = p.table(L, y, cols, rows, f, 'hrules', hfont=fb, bold_rows=(len(rows) - 1,), lh=lh, pad=mm(0.8))
    y += mm(9)
    blocks = [(mm(60), ['Mengetahui,', 'Camat Samarinda Ulu'], 'SYAHRUL EFFENDI, S.STP., M.Si.',
               'NIP 19810304 200012 1 002'),
              (mm(230), ['Samarinda, 1 Desember 2026', 'Bendahara Pengeluaran'],
               'NORHAYATI', 'NIP 19840611 201001 2 020')]
    # two signature columns: left column first, then right
    for bx, head, nm, nip in blocks:
        yy = y
        for t in head:
            p.line(yy, [(bx, t, 'c')], f)
            yy += lh
        if bx > mm(150):
            p.sig = (bx, yy + mm(7))
        yy += mm(17)
        p.line(yy, [(bx, nm, 'c', fb)])
        yy += lh
        p.line(yy, [(bx, nip, 'c')], f)
    p.line(mm(203), [(L, 'Dicetak dari aplikasi gaji pada 01-12-2026 08:14'), (R, 'Hal. 1/1', 'r')],
           F('cond', 8.5))
    p.meta_totals = tots
    return p, {'style': 'hrules', 'font': 'DejaVu Sans Condensed 9 pt, landscape'}


# ---------------------------------------------------------------------------------------------
BKU = [
    ('01-10-2026', 'SP2D-0893', 'Penerimaan SP2D UP/GU', '', 45000000, 0),
    ('02-10-2026', 'BKU-0412', 'Pembelian ATK rapat koordinasi', '5.1.02.01.01.0024', 0, 1675000),
    ('02-10-2026', 'BKU-0413', 'PPN atas pembelian ATK', '', 0, 166000),
    ('05-10-2026', 'BKU-0414', 'Makan minum rapat evaluasi program', '5.1.02.01.01.0052', 0, 3250000),
    ('07-10-2026', 'BKU-0415', 'Perjalanan dinas ke Kabupaten Kutai Kartanegara', '5.1.02.04.01.0001', 0, 4860000),
    ('09-10-2026', 'BKU-0416', 'Servis kendaraan dinas KT 1047 A', '5.1.02.03.02.0035', 0, 2215500),
    ('12-10-2026', 'BKU-0417', 'Fotokopi dan penjilidan laporan', '5.1.02.01.01.0026', 0, 938000),
    ('14-10-2026', 'BKU-0418', 'Langganan internet kantor Oktober', '5.1.02.02.01.0063', 0, 1998000),
    ('16-10-2026', 'BKU-0419', 'Pembelian bahan bakar kendaraan operasional', '5.1.02.01.01.0012', 0, 2750000),
    ('20-10-2026', 'BKU-0420', 'Honor narasumber sosialisasi', '5.1.02.02.01.0003', 0, 3600000),
    ('20-10-2026', 'BKU-0421', 'Setor PPh Pasal 21 honor narasumber', '', 0, 180000),
    ('23-10-2026', 'BKU-0422', 'Pembelian tinta printer dan toner', '5.1.02.01.01.0029', 0, 1420000),
    ('27-10-2026', 'BKU-0423', 'Pengembalian sisa uang muka perjalanan', '', 375000, 0),
    ('29-10-2026', 'BKU-0424', 'Pemeliharaan AC ruang pelayanan', '5.1.02.03.02.0121', 0, 1150000),
]


def buku_kas_umum():
    p = Page()
    f, fb = F('serifc', 9.5), F('serifcb', 9.5)
    L, R = mm(12), mm(200)
    lh = int(f.size * 1.35)
    cx = p.W // 2
    p.line(mm(16), [(cx, 'BUKU KAS UMUM PENGELUARAN', 'c', F('serifb', 12))])
    p.line(mm(22), [(cx, 'Bendahara Pengeluaran Dinas Lingkungan Hidup Kota Samarinda', 'c', f)])
    p.line(mm(27), [(cx, 'Periode : 1 s.d. 31 Oktober 2026', 'c', f)])
    y = mm(36)
    saldo0 = 12684250
    p.line(y, [(L, 'Saldo awal (terbawa dari halaman sebelumnya)'), (R, rp(saldo0), 'r')], f)
    y += lh + mm(2)
    rows = [['No', 'Tanggal', 'No. Bukti', 'Uraian', 'Kode Rekening', 'Penerimaan', 'Pengeluaran',
             'Saldo']]
    s = saldo0
    ti = to = 0
    for i, (tg, bk, ur, kr, masuk, keluar) in enumerate(BKU, 1):
        s += masuk - keluar
        ti += masuk
        to += keluar
        rows.append([str(i), tg, bk, ur, kr, rp(masuk) if masuk else '', rp(keluar) if keluar else '',
                     rp(s)])
    rows.append(['', '', '', 'Jumlah bulan ini', '', rp(ti), rp(to), rp(s)])
    cols = [(mm(7), 'r'), (mm(20), 'l'), (mm(20), 'l'), (mm(37), 'l'), (mm(31), 'l'), (mm(24), 'r'),
            (mm(24), 'r'), (mm(25), 'r')]
    y = p.table(L, y, cols, rows, f, 'none', hfont=f, bold_rows=(len(rows) - 1,), lh=lh,
                pad=mm(0.9), valign_header='t')
    y += mm(6)
    p.line(y, [(L, 'Saldo kas per 31 Oktober 2026'), (mm(80), ':'), (mm(84), 'Rp ' + rp(s))], f)
    y += lh
    tb = terbilang(s)
    y = p.para(mm(84), y, R - mm(84), '(' + tb[0].upper() + tb[1:] + ' rupiah)', F('serifc', 9.5), lh,
               lead=[(L, 'Terbilang'), (mm(80), ':')], justify=False)
    p.line(y, [(L, 'terdiri dari : tunai Rp ' + rp(1250000) + ' ; saldo bank Rp ' + rp(s - 1250000))], f)
    y += mm(12)
    for bx, head, nm, nip in [(mm(50), ['Mengetahui,', 'Pengguna Anggaran'],
                               'Ir. ENDANG LIANSYAH, M.T.', 'NIP 19720217 199803 1 005'),
                              (mm(160), ['Samarinda, 31 Oktober 2026', 'Bendahara Pengeluaran'],
                               'RATNA DEWI ASTUTI, A.Md.', 'NIP 19890730 201403 2 008')]:
        yy = y
        for t in head:
            p.line(yy, [(bx, t, 'c')], f)
            yy += lh
        if bx > mm(100):
            p.sig = (bx, yy + mm(8))
        yy += mm(20)
        p.line(yy, [(bx, nm, 'c', fb)])
        yy += lh
        p.line(yy, [(bx, nip, 'c')], f)
    p.line(mm(287), [(cx, '- 3 -', 'c', f)])
    p.meta = {'saldo_awal': saldo0, 'saldo_akhir': s, 'in': ti, 'out': to}
    return p, {'style': 'none', 'font': 'DejaVu Serif Condensed 9.5 pt'}


# ---------------------------------------------------------------------------------------------
OBAT = [
    ('1.1.7.01.03.02.001', 'Amoksisilin 500 mg tablet', 'Tablet', 2400, 3000, 2650, ''),
    ('1.1.7.01.03.02.004', 'Parasetamol 500 mg tablet', 'Tablet', 5200, 6000, 5740, ''),
    ('1.1.7.01.03.02.011', 'Antasida DOEN tablet kunyah', 'Tablet', 1850, 1000, 1320, ''),
    ('1.1.7.01.03.02.017', 'Amlodipin 10 mg tablet', 'Tablet', 1600, 1500, 1880, 'Prolanis'),
    ('1.1.7.01.03.02.023', 'Metformin HCl 500 mg tablet', 'Tablet', 2100, 2000, 2460, 'Prolanis'),
    ('1.1.7.01.03.03.002', 'Oralit 200 ml serbuk', 'Sachet', 540, 300, 410, ''),
    ('1.1.7.01.03.04.005', 'Tablet Tambah Darah', 'Tablet', 3900, 0, 1470, 'Program remaja putri'),
    ('1.1.7.01.03.04.012', 'Vitamin A 200.000 IU kapsul', 'Kapsul', 620, 0, 580, 'Bulan vitamin A'),
    ('1.1.7.01.03.05.003', 'Cairan infus Ringer Laktat 500 ml', 'Botol', 48, 24, 39, ''),
    ('1.1.7.01.03.02.031', 'Deksametason 0,5 mg tablet', 'Tablet', 900, 0, 415, 'Stok hampir kedaluwarsa 03/2027'),
]


def lplpo():
    p = Page(landscape=True)
    f, fb = F('serifc', 9), F('serifcb', 9)
    L, R = mm(10), mm(287)
    lh = int(f.size * 1.25)
    cx = p.W // 2
    p.line(mm(15), [(cx, 'LAPORAN PEMAKAIAN DAN LEMBAR PERMINTAAN OBAT', 'c', F('serifcb', 12))])
    p.line(mm(21), [(cx, '(LPLPO)', 'c', F('serifcb', 11))])
    y = mm(30)
    left = [('Puskesmas', 'UPT Puskesmas Sempaja'), ('Kecamatan', 'Samarinda Utara'),
            ('Kota', 'Samarinda')]
    right = [('Bulan pelaporan', 'Oktober 2026'), ('Permintaan bulan', 'November 2026'),
             ('Nomor', '440/0317/PKM-SPJ-II/XI/2026')]
    # left column then right column
    yy = y
    for a, b in left:
        p.line(yy, [(L, a), (L + mm(24), ':'), (L + mm(27), b)], f)
        yy += lh
    yy = y
    for a, b in right:
        p.line(yy, [(mm(190), a), (mm(217), ':'), (mm(220), b)], f)
        yy += lh
    y = yy + mm(3)
    hdr1 = ['No', 'Kode Barang', 'Nama Obat', 'Satuan', 'Stok Awal', 'Penerimaan',
            'Persediaan', 'Pemakaian', 'Sisa Stok', 'Stok Optimum', 'Jumlah Kebutuhan', '',
            'Keterangan']
    hdr2 = ['', '', '', '', '', '', '', '', '', '', 'Permintaan', 'Pemberian', '']
    nums = ['(%d)' % i for i in range(1, 14)]
    rows = [hdr1, hdr2, nums]
    merges = {(0, c): (2, 1) for c in list(range(10)) + [12]}
    merges[(0, 10)] = (1, 2)
    for i, (kb, nm, sat, awal, terima, pakai, ket) in enumerate(OBAT, 1):
        sedia = awal + terima
        sisa = sedia - pakai
        opt = pakai * 3 // 2
        minta = max(opt - sisa, 0)
        rows.append([str(i), kb, nm, sat, rp(awal), rp(terima) if terima else '0', rp(sedia),
                     rp(pakai), rp(sisa), rp(opt), rp(minta), '', ket])
    w = [mm(8), mm(30), mm(36), mm(14), mm(22), mm(22), mm(22), mm(22), mm(20), mm(18), mm(22),
         mm(20), mm(21)]
    cols = [(w[0], 'c'), (w[1], 'l'), (w[2], 'l'), (w[3], 'l')] + [(x, 'r') for x in w[4:12]] + \
           [(w[12], 'l')]
    y = p.table(L, y, cols, rows, f, 'grid', hfont=fb, header_rows=3, merges=merges, lh=lh,
                shade=True, pad=mm(1), lw=3)
    y += mm(5)
    p.line(y, [(L, 'Catatan: kolom (7) = (5) + (6); kolom (9) = (7) - (8); kolom (10) = 150% x (8); '
                   'kolom (11) = (10) - (9).')], F('serifc', 9))
    y += mm(6)
    sigs = [(mm(55), ['Mengetahui,', 'Kepala UPT Puskesmas Sempaja'], 'dr. LINDA KARTIKASARI',
             'NIP 19820526 200904 2 003'),
            (mm(148), ['Yang menyerahkan,', 'Kepala Gudang Farmasi'], 'HENDRA GUNAWAN, S.Farm., Apt.',
             'NIP 19870108 201101 1 006'),
            (mm(241), ['Samarinda, 3 November 2026', 'Pengelola Obat Puskesmas'],
             'MARIATI, A.Md.Farm.', 'NIP 19910914 201503 2 004')]
    for bx, head, nm, nip in sigs:
        yy = y
        for t in head:
            p.line(yy, [(bx, t, 'c')], f)
            yy += lh
        if bx > mm(200):
            p.sig = (bx, yy + mm(7))
        yy += mm(14)
        p.line(yy, [(bx, nm, 'c', fb)])
        yy += lh
        p.line(yy, [(bx, nip, 'c')], f)
    p.line(mm(205), [(L, 'Form LPLPO-01/2026'), (R, 'Halaman 1', 'r')], F('serifc', 8.5))
    return p, {'style': 'grid + shaded header + merged header cells', 'font': 'DejaVu Serif Condensed 9 pt'}


# ---------------------------------------------------------------------------------------------
def sk_mutasi():
    p = Page()
    f, fb = F('serif', 9), F('serifb', 10)
    L, R = mm(25), mm(190)
    lh = int(f.size * 1.38)
    cx = (L + R) // 2
    y = mm(18)
    p.logo(cx, y + mm(6), mm(8))
    y += mm(21)
    for t in ['KEPUTUSAN WALI KOTA SAMARINDA', 'NOMOR 800/1126/BKPSDM-II/XI/2026', 'TENTANG',
              'PEMINDAHAN PEGAWAI NEGERI SIPIL', 'DI LINGKUNGAN PEMERINTAH KOTA SAMARINDA']:
        p.line(y, [(cx, t, 'c', fb)])
        y += lh
    y += mm(3)
    p.line(y, [(cx, 'WALI KOTA SAMARINDA,', 'c', fb)])
    y += lh + mm(3)
    x1, x2, x3, x4 = L, L + mm(28), L + mm(31), L + mm(37)
    men = ['bahwa dalam rangka pembinaan karier dan peningkatan kinerja organisasi perangkat daerah, '
           'dipandang perlu melakukan pemindahan Pegawai Negeri Sipil di lingkungan Pemerintah Kota '
           'Samarinda;',
           'bahwa berdasarkan pertimbangan Badan Pertimbangan Jabatan dan Kepangkatan tanggal '
           '4 November 2026, Pegawai Negeri Sipil yang namanya tercantum dalam Lampiran Keputusan '
           'ini memenuhi syarat untuk dipindahkan;',
           ]
    for i, t in enumerate(men):
        lead = [(x1, 'Menimbang'), (x2, ':')] if i == 0 else []
        lead.append((x3, 'abc'[i] + '.'))
        y = p.para(x4, y, R - x4, t, f, lh, lead=lead)
        y += mm(1)
    y += mm(1)
    ming = ['Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
            'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil '
            'sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;',
            'Peraturan Daerah Kota Samarinda Nomor 5 Tahun 2016 tentang Pembentukan dan Susunan '
            'Perangkat Daerah Kota Samarinda;']
    for i, t in enumerate(ming):
        lead = [(x1, 'Mengingat'), (x2, ':')] if i == 0 else []
        lead.append((x3, '%d.' % (i + 1)))
        y = p.para(x4, y, R - x4, t, f, lh, lead=lead)
        y += mm(1)
    y += mm(2)
    p.line(y, [(cx, 'MEMUTUSKAN:', 'c', fb)])
    y += lh + mm(1)
    dik = [('Menetapkan', 'KEPUTUSAN WALI KOTA TENTANG PEMINDAHAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN '
            'PEMERINTAH KOTA SAMARINDA.'),
           ('KESATU', 'Memindahkan Pegawai Negeri Sipil yang nama, NIP, jabatan lama dan jabatan baru '
            'sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari '
            'Keputusan ini, antara lain Sdr. YUSRAN HADI, S.T., NIP 19830709 200902 1 009, dari '
            'Kecamatan Samarinda Ulu ke Dinas Pekerjaan Umum dan Penataan Ruang.'),
           ('KEDUA', 'Keputusan ini mulai berlaku pada tanggal ditetapkan.')]
    for a, t in dik:
        y = p.para(x3, y, R - x3, t, f, lh, lead=[(x1, a), (x2, ':')])
        y += mm(1.5)
    y += mm(5)
    sx = mm(120)
    for a, b in [('Ditetapkan di', 'Samarinda'), ('pada tanggal', '16 November 2026')]:
        p.line(y, [(sx, a), (sx + mm(27), ':'), (sx + mm(30), b)], f)
        y += lh
    y += mm(2)
    cx2 = mm(155)
    p.line(y, [(cx2, 'WALI KOTA SAMARINDA,', 'c', fb)])
    p.sig = (cx2, y + mm(13))
    y += mm(27)
    p.line(y, [(cx2, 'ANDI HARUN', 'c', fb)])
    y += mm(10)
    p.line(y, [(L, 'Tembusan Yth.:')], F('serif', 9))
    y += int(lh * 0.9)
    for t in ['1. Kepala Kantor Regional VIII BKN di Banjarmasin;',
              '2. Inspektur Kota Samarinda;', '3. Yang bersangkutan.']:
        p.line(y, [(L, t)], F('serif', 9))
        y += int(lh * 0.9)
    return p, {'style': None, 'font': 'DejaVu Serif 10-11 pt, justified'}


# ---------------------------------------------------------------------------------------------
def surat_undangan():
    p = Page()
    f, fb = F('sans', 11), F('sansb', 11)
    L, R = mm(22), mm(190)
    lh = int(f.size * 1.45)
    y = kop(p, ['PEMERINTAH KOTA SAMARINDA', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH'],
            F('sansb', 12), F('sans', 9.5), mm(10),
            ['Jalan Dahlia Nomor 81 Samarinda 75121 Telepon (0541) 741032',
             'Laman bappeda.samarindakota.go.id, Pos-el bappeda@samarindakota.go.id'])
    p.line(y, [(R, 'Samarinda, 18 November 2026', 'r')], f)
    y += lh + mm(3)
    x1, x2, x3 = L, L + mm(21), L + mm(24)
    yy = y
    p.line(yy, [(x1, 'Nomor'), (x2, ':'), (x3, '005/2291/BAPPEDA-III/XI/2026')], f)
    yy += lh
    p.line(yy, [(x1, 'Sifat'), (x2, ':'), (x3, 'Penting')], f)
    yy += lh
    p.line(yy, [(x1, 'Lampiran'), (x2, ':'), (x3, '1 (satu) berkas')], f)
    yy += lh
    p.line(yy, [(x1, 'Hal'), (x2, ':'), (x3, 'Undangan Rapat Sinkronisasi')], f)
    yy += lh
    p.line(yy, [(x3, 'Rancangan Akhir RKPD 2027')], f)
    yy += lh
    rx = mm(128)
    y2 = y
    for t in ['Yth. Kepala Perangkat Daerah', 'se-Kota Samarinda', '(daftar terlampir)', 'di -']:
        p.line(y2, [(rx, t)], f)
        y2 += lh
    p.line(y2, [(rx + mm(8), 'Samarinda')], f)
    y2 += lh
    y = max(yy, y2) + mm(5)
    body = ('Dalam rangka penyelarasan program dan kegiatan perangkat daerah dengan sasaran '
            'pembangunan Kota Samarinda, serta menindaklanjuti Surat Edaran Menteri Dalam Negeri '
            'Nomor 000.5.1/5132/SJ tentang Penyusunan RKPD Tahun 2027, bersama ini kami mengundang '
            'Saudara untuk hadir pada:')
    y = p.para(x3, y, R - x3, body, f, lh, first_indent=mm(10))
    y += mm(3)
    bx0, bx1 = x3, R
    btop = y
    y += mm(7)
    ax1, ax2, ax3 = bx0 + mm(5), bx0 + mm(35), bx0 + mm(38)
    agenda = [('Hari/Tanggal', 'Kamis, 26 November 2026'), ('Waktu', 'Pukul 08.30 WITA s.d. selesai'),
              ('Tempat', 'Ruang Rapat Bappeda Lantai 2, Jalan Dahlia Nomor 81'),
              ('Acara', 'Pembahasan pagu indikatif dan sinkronisasi kode rekening belanja, '
                        'antara lain 5.1.02.01.01.0052 dan 5.1.02.04.01.0001')]
    for a, b in agenda:
        y = p.para(ax3, y, bx1 - mm(4) - ax3, b, f, lh, lead=[(ax1, a), (ax2, ':')], justify=False)
    y += mm(1)
    p.d.rectangle([bx0, btop, bx1, y], outline=0, width=4)
    y += mm(8)
    body2 = ('Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara tepat waktu dengan '
             'membawa bahan paparan dalam bentuk cetak dan salinan elektronik. Konfirmasi kehadiran '
             'dapat disampaikan kepada Sdri. Nur Aisyah, telepon 0812 5530 4471.')
    y = p.para(x3, y, R - x3, body2, f, lh, first_indent=mm(10))
    y += mm(2)
    y = p.para(x3, y, R - x3, 'Demikian disampaikan, atas perhatian dan kehadirannya diucapkan '
               'terima kasih.', f, lh, first_indent=mm(10))
    y += mm(10)
    sx = mm(140)
    for t in ['Kepala Badan,']:
        p.line(y, [(sx, t, 'c')], f)
        y += lh
    p.sig = (sx, y + mm(8))
    y += mm(21)
    p.line(y, [(sx, 'Dr. Ir. HERRY SUPRIYADI, M.T.', 'c', fb)])
    y += lh
    p.line(y, [(sx, 'Pembina Utama Muda (IV/c)', 'c')], f)
    y += lh
    p.line(y, [(sx, 'NIP 19710619 199703 1 007', 'c')], f)
    y += lh + mm(4)
    fs = F('sans', 9.5)
    p.line(y, [(L, 'Tembusan:')], fs)
    y += int(fs.size * 1.4)
    for t in ['1. Wali Kota Samarinda (sebagai laporan);', '2. Sekretaris Daerah Kota Samarinda.']:
        p.line(y, [(L, t)], fs)
        y += int(fs.size * 1.4)
    return p, {'style': None, 'font': 'DejaVu Sans 9.5-12 pt'}


# ---------------------------------------------------------------------------------------------
KK = [
    ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 18500000, 11240000, 2315000),
    ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', 9750000, 6120500, 0),
    ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', 32400000, 21870000, 4125000),
    ('5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi', 86400000, 64800000, 7200000),
    ('5.1.02.02.01.0063', 'Belanja Langganan Internet dan TV Kabel', 23976000, 17982000, 1998000),
    ('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan', 15000000, 8435000, 1730000),
    ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', 47250000, 30115000, 6480000),
    ('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya', 28600000, 0, 27950000),
]


def kartu_kendali():
    p = Page()
    f, fb = F('cond', 9), F('condb', 9)
    L, R = mm(8), mm(202)
    lh = int(f.size * 1.35)
    cx = p.W // 2
    p.d.rectangle([L, mm(10), R, mm(30)], fill=225, outline=0, width=3)
    p.line(mm(18), [(cx, 'KARTU KENDALI KEGIATAN', 'c', F('sansb', 12))])
    p.line(mm(25), [(cx, 'Posisi s.d. 30 November 2026', 'c', F('sans', 10))])
    y = mm(38)
    x1, x2, x3 = L, L + mm(34), L + mm(37)
    for a, b in [('Perangkat Daerah', 'Dinas Komunikasi dan Informatika'),
                 ('Program', '2.16.02 Program Informasi dan Komunikasi Publik'),
                 ('Kegiatan', '2.16.02.2.01 Pengelolaan Informasi dan Komunikasi Publik'),
                 ('Sub Kegiatan', '2.16.02.2.01.0003 Penyelenggaraan Hubungan Masyarakat'),
                 ('PPTK', 'Fajar Ramadhan, S.Kom. / NIP 19880304 201101 1 008')]:
        p.line(y, [(x1, a), (x2, ':'), (x3, b)], F('sans', 9.5))
        y += int(lh * 1.1)
    y += mm(3)
    rows = [['No', 'Kode Rekening', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi s.d. Bulan Lalu',
             'Realisasi Bulan Ini', 'Realisasi s.d. Bulan Ini', 'Sisa Pagu (Rp)', '%']]
    T = [0, 0, 0, 0, 0]
    for i, (k, u, pagu, lalu, ini) in enumerate(KK, 1):
        sd = lalu + ini
        sisa = pagu - sd
        pc = f'{sd * 100 / pagu:.2f}'.replace('.', ',')
        T = [a + b for a, b in zip(T, [pagu, lalu, ini, sd, sisa])]
        rows.append([str(i), k, u, rp(pagu), rp(lalu), rp(ini), rp(sd), rp(sisa), pc])
    pct = f'{T[3] * 100 / T[0]:.2f}'.replace('.', ',')
    rows.append(['', '', 'JUMLAH', rp(T[0]), rp(T[1]), rp(T[2]), rp(T[3]), rp(T[4]), pct])
    cols = [(mm(8), 'c'), (mm(29), 'l'), (mm(36), 'l'), (mm(22), 'r'), (mm(22), 'r'), (mm(22), 'r'),
            (mm(22), 'r'), (mm(22), 'r'), (mm(11), 'r')]
    y = p.table(L, y, cols, rows, f, 'grid', hfont=fb, bold_rows=(len(rows) - 1,), lh=lh, lw=2,
                pad=mm(0.8))
    y += mm(6)
    fs = F('sans', 9)
    for t in ['Keterangan:', '- Realisasi berdasarkan SP2D yang telah terbit s.d. 30-11-2026.',
              '- Belanja modal menunggu BAST barang (kode barang 1.3.2.05.01.04.001 meja kerja).']:
        p.line(y, [(L, t)], fs)
        y += lh
    y += mm(8)
    for bx, head, nm, nip in [(mm(55), ['Mengetahui,', 'Kuasa Pengguna Anggaran'],
                               'ROSLINDA SIREGAR, S.Sos., M.AP.', 'NIP 19760812 200212 2 004'),
                              (mm(150), ['Samarinda, 1 Desember 2026', 'Pejabat Pelaksana Teknis Kegiatan'],
                               'FAJAR RAMADHAN, S.Kom.', 'NIP 19880304 201101 1 008')]:
        yy = y
        for t in head:
            p.line(yy, [(bx, t, 'c')], f)
            yy += lh
        if bx > mm(100):
            p.sig = (bx, yy + mm(7))
        yy += mm(18)
        p.line(yy, [(bx, nm, 'c', fb)])
        yy += lh
        p.line(yy, [(bx, nip, 'c')], f)
    p.line(mm(286), [(R, 'KKK-DISKOMINFO/2026 | hlm 2 dari 2', 'r')], F('sans', 8.5))
    p.meta = {'totals': T}
    return p, {'style': 'grid', 'font': 'DejaVu Sans Condensed 9 pt table, DejaVu Sans 9.5-12 pt'}


BUILDERS = {
    'spm_ls': spm,
    'daftar_gaji': daftar_gaji,
    'buku_kas_umum': buku_kas_umum,
    'lplpo_puskesmas': lplpo,
    'sk_mutasi': sk_mutasi,
    'surat_undangan': surat_undangan,
    'kartu_kendali': kartu_kendali,
}
