"""Content of the 7 page types (all names, numbers and institutions' wording invented)."""
from render import Page, F, LH, W, H, wrap


def rp(n):
    return '{:,}'.format(n).replace(',', '.')


def dec(x, k=2):
    s = ('{:,.%df}' % k).format(x)
    return s.replace(',', '_').replace('.', ',').replace('_', '.')


_S = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas']


def terbilang(n):
    if n < 12:
        return _S[n]
    if n < 20:
        return terbilang(n - 10) + ' belas'
    if n < 100:
        return terbilang(n // 10) + ' puluh' + (' ' + terbilang(n % 10) if n % 10 else '')
    if n < 200:
        return 'seratus' + (' ' + terbilang(n - 100) if n > 100 else '')
    if n < 1000:
        return terbilang(n // 100) + ' ratus' + (' ' + terbilang(n % 100) if n % 100 else '')
    if n < 2000:
        return 'seribu' + (' ' + terbilang(n - 1000) if n > 1000 else '')
    if n < 10 ** 6:
        return terbilang(n // 1000) + ' ribu' + (' ' + terbilang(n % 1000) if n % 1000 else '')
    if n < 10 ** 9:
        return terbilang(n // 10 ** 6) + ' juta' + (' ' + terbilang(n % 10 ** 6) if n % 10 ** 6 else '')
    return terbilang(n // 10 ** 9) + ' miliar' + (' ' + terbilang(n % 10 ** 9) if n % 10 ** 9 else '')


ML, MR = 236, W - 236   # 2 cm margins


def sign_block(p, y, x, lines_top, name, sub, font, bfont, gap=230, align='c'):
    for t in lines_top:
        y = p.line(y, [(x, t, font, align)])
    p.sig = (x, y + gap // 2 - 20)
    y += gap
    y = p.line(y, [(x, name, bfont, align, True)])
    for t in sub:
        y = p.line(y, [(x, t, font, align)])
    return y


# ---------------------------------------------------------------------------
def undangan():
    p = Page('undangan')
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'BAPPERIDA')
    y = p.kop(150, [('PEMERINTAH KOTA SAMARINDA', F('serif-b', 14)),
                    ('BADAN PERENCANAAN PEMBANGUNAN,', F('serif-b', 14)),
                    ('RISET DAN INOVASI DAERAH', F('serif-b', 14)),
                    ('Jalan Dahlia Nomor 81 Samarinda 75121, Telepon (0541) 741025', F('serif', 10)),
                    ('Laman bapperida.samarindakota.go.id, Pos-el bapperida@samarindakota.go.id', F('serif', 10))])
    f, fb = F('serif', 12), F('serif-b', 12)
    lh = LH(f, 1.3)
    y += 20
    y = p.line(y, [(MR, 'Samarinda, 22 April 2025', f, 'r')], lh)
    y += 20
    xl, xc, xv = ML, ML + 300, ML + 340
    for lab, val in [('Nomor', '005/0387/Bapperida-P2EPD/IV/2025'), ('Sifat', 'Penting'),
                     ('Lampiran', '1 (satu) berkas')]:
        y = p.line(y, [(xl, lab, f), (xc, ':', f), (xv, val, f)], lh)
    y = p.hang(y, [(xl, 'Hal', f), (xc, ':', f)], xv, 1150,
               'Undangan Rapat Evaluasi Capaian Kinerja dan Realisasi Anggaran Triwulan I Tahun 2025',
               fb, lh, justify=False)
    y += 25
    y = p.line(y, [(ML, 'Yth.', f)], lh)
    for i, t in enumerate(['Kepala Perangkat Daerah di lingkungan Pemerintah Kota Samarinda;',
                           'Camat se-Kota Samarinda;',
                           'Direktur RSUD I.A. Moeis Samarinda.']):
        y = p.line(y, [(ML + 60, '%d.' % (i + 1), f), (ML + 120, t, f)], lh)
    y = p.line(y, [(ML, 'di -', f)], lh)
    y = p.line(y, [(ML + 120, 'Samarinda', f, 'l', True)], lh)
    y += 25
    bx, bw = ML + 120, MR - ML - 120
    y = p.para(bx, y, bw, 'Dalam rangka pelaksanaan evaluasi terhadap capaian kinerja dan realisasi anggaran '
               'Triwulan I Tahun Anggaran 2025 sebagaimana diamanatkan dalam Peraturan Menteri Dalam Negeri '
               'Nomor 86 Tahun 2017, bersama ini kami mengundang Bapak/Ibu atau pejabat yang membidangi '
               'perencanaan dan pelaporan untuk hadir pada:', f, lh, indent=80, after=20)
    xl2, xc2, xv2 = bx + 60, bx + 380, bx + 420
    for lab, val in [('Hari/tanggal', 'Selasa, 29 April 2025'), ('Pukul', '08.30 WITA s.d. selesai'),
                     ('Tempat', 'Ruang Rapat Bapperida Lantai 2'),
                     ('Acara', 'Paparan capaian indikator kinerja utama, realisasi fisik dan keuangan, '
                               'serta permasalahan pelaksanaan sub kegiatan Triwulan I')]:
        y = p.hang(y, [(xl2, lab, f), (xc2, ':', f)], xv2, MR - xv2, val, f, lh, justify=False)
    y += 20
    y = p.para(bx, y, bw, 'Mengingat pentingnya acara tersebut, dimohon kehadiran tepat waktu dengan membawa '
               'data realisasi fisik dan keuangan sesuai format terlampir. Konfirmasi kehadiran dapat '
               'disampaikan kepada Sdri. Rina Maharani, S.E. (0812-5540-2197) paling lambat tanggal '
               '25 April 2025.', f, lh, indent=80, after=10)
    y = p.para(bx, y, bw, 'Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.',
               f, lh, indent=80, justify=False)
    y += 30
    y = sign_block(p, y, 1750, ['a.n. Kepala Badan,', 'Sekretaris,'], 'Ir. HENDRA WIJAYA KUSUMA, M.T.',
                   ['Pembina Tingkat I (IV/b)', 'NIP 19760314 200312 1 004'], f, fb, gap=200)
    y += 25
    fs = F('serif', 10)
    y = p.line(y, [(ML, 'Tembusan:', fs, 'l', True)])
    for i, t in enumerate(['Wali Kota Samarinda (sebagai laporan);', 'Sekretaris Daerah Kota Samarinda;',
                           'Inspektur Kota Samarinda.']):
        y = p.line(y, [(ML, '%d.' % (i + 1), fs), (ML + 50, t, fs)])
    return p


# ---------------------------------------------------------------------------
BAST_ITEMS = [
    ('1.3.2.07.01.01.012', 'Tensimeter Digital Lengan Atas', 'Omron HEM-7156', 4, 'Unit', 1185000),
    ('1.3.2.07.01.01.027', 'Stetoskop Dewasa', 'Littmann Classic III', 4, 'Buah', 2450000),
    ('1.3.2.07.01.02.005', 'Timbangan Bayi Digital', 'GEA SMART-BS', 2, 'Unit', 1675000),
    ('1.3.2.07.01.03.018', 'Termometer Inframerah', 'Sinocare AET-R1B1', 6, 'Buah', 389000),
    ('1.3.2.07.01.05.041', 'Pulse Oximeter Jari', 'Yuwell YX302', 5, 'Buah', 435000),
    ('1.3.2.07.01.07.009', 'Nebulizer Kompresor', 'Omron NE-C28', 2, 'Unit', 1320000),
    ('1.3.2.07.01.10.003', 'Lampu Periksa LED Beroda (Examination Lamp)', 'Riester ri-magic', 1, 'Unit', 6850000),
    ('1.3.2.07.01.01.033', 'Tempat Tidur Periksa Pasien', 'Paramount PK-201', 1, 'Unit', 5940000),
    ('1.3.2.05.01.04.011', 'Lemari Penyimpanan Obat Kaca 2 Pintu', 'Lion L-36', 1, 'Unit', 4275000),
    ('1.3.2.05.02.06.014', 'Kursi Tunggu Stainless 3 Dudukan', 'Chitose Link 3S', 3, 'Set', 2195000),
    ('1.3.2.10.01.02.002', 'Komputer PC All In One', 'Lenovo IdeaCentre AIO 3', 2, 'Unit', 11650000),
    ('1.3.2.10.02.03.003', 'Printer Inkjet Multifungsi', 'Epson L3250', 2, 'Unit', 2780000),
]


def bast():
    p = Page('bast')
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'DINAS KESEHATAN')
    y = p.kop(130, [('PEMERINTAH KOTA SAMARINDA', F('sans-b', 13)),
                    ('DINAS KESEHATAN', F('sans-b', 16)),
                    ('Jalan Milono Nomor 1 Samarinda, Kalimantan Timur 75121', F('sans', 9)),
                    ('Telepon (0541) 7270512, Pos-el dinkes@samarindakota.go.id', F('sans', 9))])
    f, fb = F('sans', 10), F('sans-b', 10)
    lh = LH(f, 1.32)
    y = p.line(y, [(W / 2, 'BERITA ACARA SERAH TERIMA BARANG', F('sans-b', 12), 'c', True)], LH(F('sans', 12)))
    y = p.line(y, [(W / 2, 'Nomor: 027/1184/BAST-Dinkes/VI/2025', f, 'c')], lh)
    y += 25
    y = p.para(ML, y, MR - ML, 'Pada hari ini Kamis tanggal dua belas bulan Juni tahun dua ribu dua puluh lima, '
               'kami yang bertanda tangan di bawah ini:', f, lh)
    x1, x2, x3, x4 = ML, ML + 50, ML + 260, ML + 300
    for no, nm, jb, pk in [('1.', 'dr. Ananda Putri Lestari', 'Pejabat Pembuat Komitmen Dinas Kesehatan', 'PERTAMA'),
                           ('2.', 'Muhammad Rizky Fadillah, S.Farm., Apt.', 'Kepala UPTD Puskesmas Sempaja', 'KEDUA')]:
        y = p.line(y, [(x1, no, f), (x2, 'Nama', f), (x3, ':', f), (x4, nm, f)], lh)
        y = p.line(y, [(x2, 'Jabatan', f), (x3, ':', f), (x4, jb, f)], lh)
        y = p.line(y, [(x4, 'selanjutnya disebut', f), (x4 + f.getlength('selanjutnya disebut '), 'PIHAK ' + pk, fb)], lh)
    y += 8
    y = p.para(ML, y, MR - ML, 'PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA dan PIHAK KEDUA menerima dari PIHAK '
               'PERTAMA barang milik daerah hasil pengadaan Tahun Anggaran 2025 dengan rincian sebagai berikut:',
               f, lh, after=15)
    ft, ftb = F('cond', 9), F('cond-b', 9)
    rows = [['No', 'Kode Barang', 'Nama Barang', 'Merk/Tipe', 'Jml', 'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']]
    total = 0
    for i, (k, n, m, q, s, h) in enumerate(BAST_ITEMS):
        rows.append([str(i + 1), k, n, m, str(q), s, rp(h), rp(q * h)])
        total += q * h
    rows.append({'c': [('JUMLAH', 7), rp(total)], 'b': True})
    y = p.table(ML, y, [80, 365, 440, 295, 90, 170, 280, 288], rows, ft, ftb,
                ['c', 'l', 'l', 'l', 'c', 'c', 'r', 'r'], style='grid', hfill=215)
    y += 20
    y = p.hang(y, [(ML, 'Terbilang:', F('sans-i', 10))], ML + 200, MR - ML - 200,
               terbilang(total).capitalize() + ' rupiah.', F('sans-i', 10), lh, justify=False)
    y += 10
    y = p.para(ML, y, MR - ML, 'Barang tersebut di atas telah diperiksa dalam keadaan baik, lengkap dan berfungsi '
               'sebagaimana mestinya. Berita acara ini dibuat rangkap 3 (tiga) untuk dipergunakan sebagaimana '
               'mestinya.', f, lh, after=50)
    xa, xb = 650, 1830
    for a, b in [('PIHAK KEDUA', 'PIHAK PERTAMA'), ('Yang Menerima,', 'Yang Menyerahkan,')]:
        y = p.line(y, [(xa, a, fb if 'PIHAK' in a else f, 'c'), (xb, b, fb if 'PIHAK' in b else f, 'c')], lh)
    p.sig = (xb, y + 90)
    y += 220
    y = p.line(y, [(xa, 'Muhammad Rizky Fadillah, S.Farm., Apt.', fb, 'c', True),
                   (xb, 'dr. Ananda Putri Lestari', fb, 'c', True)], lh)
    y = p.line(y, [(xa, 'NIP 19880921 201403 1 002', f, 'c'), (xb, 'NIP 19850617 201001 2 019', f, 'c')], lh)
    return p


# ---------------------------------------------------------------------------
LKJIP = [  # indikator, satuan, target, realisasi, decimals, negative polarity
    ('Persentase panjang jalan kota dalam kondisi mantap', '%', 72.50, 70.84, 2, False),
    ('Persentase panjang saluran drainase dalam kondisi baik', '%', 58.00, 61.27, 2, False),
    ('Luas genangan banjir di kawasan perkotaan*)', 'Ha', 410, 386, 0, True),
    ('Persentase rumah tangga dengan akses air minum layak', '%', 96.20, 95.48, 2, False),
    ('Persentase rumah tangga dengan akses sanitasi layak', '%', 91.00, 92.35, 2, False),
    ('Persentase jembatan dalam kondisi baik', '%', 80.00, 76.92, 2, False),
    ('Jumlah titik rawan kemacetan yang tertangani', 'Titik', 6, 5, 0, False),
    ('Persentase kesesuaian pemanfaatan ruang terhadap RTRW', '%', 85.00, 81.60, 2, False),
    ('Persentase bangunan gedung yang telah memiliki PBG', '%', 40.00, 43.15, 2, False),
    ('Indeks kepuasan masyarakat terhadap layanan PBG', 'Nilai', 82.00, 84.37, 2, False),
    ('Persentase tenaga kerja konstruksi bersertifikat', '%', 35.00, 28.40, 2, False),
    ('Panjang jalan lingkungan yang dibangun/ditingkatkan', 'Km', 24.50, 26.12, 2, False),
    ('Rata-rata waktu penyelesaian pengaduan kerusakan jalan*)', 'Hari', 7, 6, 0, True),
    ('Nilai AKIP Dinas PUPR', 'Nilai', 75.00, 73.42, 2, False),
]


def lkjip_rows():
    out = []
    for ind, sat, t, r, k, neg in LKJIP:
        cap = (2 * t - r) / t * 100 if neg else r / t * 100
        cap = round(cap, 2)
        kat = 'Sangat Baik' if cap >= 100 else 'Baik' if cap >= 85 else 'Cukup' if cap >= 70 else 'Kurang'
        out.append((ind, sat, dec(t, k), dec(r, k), dec(cap, 2), kat, cap))
    return out


def lkjip():
    p = Page('lkjip')
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'DINAS PUPR')
    f, fb = F('sans', 11), F('sans-b', 11)
    lh = LH(f, 1.45)
    y = 220
    fh = F('sans-i', 9)
    y = p.line(y, [(ML, 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024', fh),
                   (MR, 'Dinas PUPR Kota Samarinda', fh, 'r')])
    p.hr(y, ML, MR, 2)
    y += 50
    y = p.line(y, [(ML, '3.1 Capaian Kinerja Organisasi', F('sans-b', 12))], LH(f, 1.6))
    y = p.para(ML, y, MR - ML, 'Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi indikator '
               'kinerja yang ditetapkan dalam Perjanjian Kinerja Tahun 2024. Capaian masing-masing indikator '
               'disajikan pada tabel berikut.', f, lh, indent=90, after=30)
    y = p.line(y, [(W / 2, 'Tabel 3.1', fb, 'c')], LH(f, 1.3))
    y = p.line(y, [(W / 2, 'Capaian Indikator Kinerja Dinas PUPR Kota Samarinda Tahun 2024', fb, 'c')], LH(f, 1.3))
    y += 20
    ft, ftb = F('cond', 10), F('cond-b', 10)
    rows = [['No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)', 'Kategori']]
    data = lkjip_rows()
    for i, r in enumerate(data):
        rows.append([str(i + 1), r[0], r[1], r[2], r[3], r[4], r[5]])
    y = p.table(ML, y, [95, 745, 180, 190, 225, 200, 373], rows, ft, ftb,
                ['c', 'l', 'c', 'r', 'r', 'r', 'l'], style='booktabs', pady=11)
    y += 15
    fs = F('cond-i', 9)
    y = p.para(ML, y, MR - ML, '*) Indikator dengan polaritas negatif; capaian = (2 x target - realisasi) / target x 100.',
               fs, justify=False)
    y = p.para(ML, y, MR - ML, 'Kategori: Sangat Baik >= 100; Baik 85 s.d. < 100; Cukup 70 s.d. < 85; Kurang < 70.',
               fs, justify=False, after=30)
    n = {k: sum(1 for r in data if r[5] == k) for k in ('Sangat Baik', 'Baik', 'Cukup', 'Kurang')}
    y = p.para(ML, y, MR - ML, 'Dari %d indikator kinerja, sebanyak %d indikator berkategori sangat baik, %d '
               'indikator berkategori baik dan %d indikator berkategori cukup. Capaian terendah terdapat pada '
               'persentase tenaga kerja konstruksi bersertifikat yang dipengaruhi terbatasnya kuota uji '
               'kompetensi dari LPJK pada tahun berjalan.' % (len(data), n['Sangat Baik'], n['Baik'], n['Cukup']),
               f, lh, indent=90)
    assert n['Kurang'] == 0
    p.sig = (1900, y - 80)  # paraf + stamp over the closing paragraph
    y = max(y + 60, H - 260)
    p.line(y, [(W / 2, 'III-7', F('sans', 9), 'c')])
    return p


# ---------------------------------------------------------------------------
SSH = [
    ('1.1.7.01.01.01', 'Alat Tulis Kantor', [
        ('001', 'Ballpoint', 'Tinta hitam, ujung 0,7 mm', 'Buah', 2500),
        ('002', 'Pulpen Gel', 'Tinta biru, ujung 0,5 mm', 'Buah', 4800),
        ('003', 'Pensil 2B', 'Batang kayu, standar ujian', 'Buah', 4000),
        ('004', 'Spidol Whiteboard', 'Tinta hitam/biru/merah, dapat diisi ulang', 'Buah', 9500),
        ('005', 'Stabilo/Highlighter', 'Warna fluorescent', 'Buah', 8500),
        ('006', 'Map Plastik Kancing', 'Ukuran folio, transparan', 'Buah', 4500),
        ('007', 'Map Ordner', 'Ukuran folio, punggung 7 cm', 'Buah', 32000),
        ('008', 'Binder Clip No. 155', 'Isi 12 buah per kotak', 'Kotak', 21000),
        ('009', 'Paper Clip No. 3', 'Isi 100 buah per kotak', 'Kotak', 5500),
        ('010', 'Stapler Kecil No. 10', 'Kapasitas 20 lembar', 'Buah', 24000),
        ('011', 'Isi Stapler No. 10', 'Isi 1.000 per kotak', 'Kotak', 4000),
        ('012', 'Lakban Coklat', 'Lebar 48 mm, panjang 90 yard', 'Rol', 15500),
    ]),
    ('1.1.7.01.01.02', 'Kertas dan Cover', [
        ('001', 'Kertas HVS A4 70 gram', 'Isi 500 lembar', 'Rim', 52000),
        ('002', 'Kertas HVS F4 70 gram', 'Isi 500 lembar', 'Rim', 61000),
        ('003', 'Kertas HVS A4 80 gram', 'Isi 500 lembar', 'Rim', 63500),
        ('004', 'Kertas Cover/Buffalo', 'Ukuran A4, isi 100 lembar, aneka warna', 'Pak', 47000),
        ('005', 'Amplop Putih Polos No. 90', 'Isi 100 buah per kotak', 'Kotak', 32000),
        ('006', 'Amplop Coklat Kabinet', 'Ukuran 270 x 400 mm (folio)', 'Lembar', 1600),
        ('007', 'Kertas NCR 3 Ply', 'Ukuran 9,5 x 11 inci, isi 1.000 set', 'Dos', 485000),
    ]),
    ('1.1.7.01.01.03', 'Bahan Cetak', [
        ('001', 'Cetak Map Berlogo', 'Kertas jasmine 260 gram, full color 1 sisi', 'Lembar', 6500),
        ('002', 'Cetak Kop Surat', 'HVS 80 gram, 1 warna', 'Rim', 185000),
        ('003', 'Cetak Spanduk', 'Bahan flexi 280 gram', 'M2', 35000),
        ('004', 'Penggandaan/Fotokopi', 'Hitam putih, kertas A4 70 gram', 'Lembar', 300),
        ('005', 'Penjilidan Softcover', 'Laminasi doff, tebal s.d. 100 halaman', 'Buku', 12000),
    ]),
    ('1.1.7.01.01.05', 'Bahan Komputer', [
        ('001', 'Tinta Printer Botol Hitam', 'Isi 65 ml, original', 'Botol', 98000),
        ('002', 'Toner Laser Hitam', 'Setara tipe 85A (CE285A)', 'Buah', 285000),
        ('003', 'Flashdisk', 'Kapasitas 32 GB, USB 3.0', 'Buah', 95000),
        ('004', 'Mouse Wireless', '2,4 GHz, termasuk baterai', 'Buah', 125000),
        ('005', 'Kabel HDMI', 'Panjang 3 meter, versi 2.0', 'Buah', 75000),
    ]),
    ('1.1.7.01.01.07', 'Alat Listrik', [
        ('001', 'Baterai Alkaline AA', 'Isi 2 buah per kemasan', 'Pak', 21500),
        ('002', 'Lampu LED 14 Watt', 'Fitting E27, cahaya putih', 'Buah', 52000),
        ('003', 'Kabel Roll', '4 lubang, kabel 5 meter, ber-SNI', 'Buah', 118000),
    ]),
]


def ssh():
    p = Page('ssh', margin_bottom=150)
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'BAGIAN PEMBANGUNAN')
    f = F('sans', 9)
    y = 160
    xl = 1420
    for t in ['LAMPIRAN II', 'KEPUTUSAN WALI KOTA SAMARINDA', 'NOMOR 100.3.3.2/012/HK-KS/I/2026',
              'TENTANG STANDAR SATUAN HARGA', 'TAHUN ANGGARAN 2026']:
        y = p.line(y, [(xl, t, f)])
    y += 30
    y = p.line(y, [(W / 2, 'STANDAR SATUAN HARGA (SSH) BARANG PERSEDIAAN', F('sans-b', 12), 'c')])
    y = p.line(y, [(W / 2, 'PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026', F('sans-b', 11), 'c')])
    y += 25
    ft, ftb = F('sans', 9), F('sans-b', 9)
    rows = [['No', 'Kode Barang', 'Uraian Barang', 'Spesifikasi', 'Satuan', 'Harga (Rp)']]
    n = 0
    for gk, gn, items in SSH:
        rows.append({'c': ['', gk, (gn.upper(), 4)], 'b': True})
        for k, u, s, sat, h in items:
            n += 1
            rows.append([str(n), gk + '.' + k, u, s, sat, rp(h)])
    y = p.table(ML - 60, y, [90, 420, 520, 670, 190, 230], rows, ft, ftb,
                ['c', 'l', 'l', 'l', 'c', 'r'], style='grid', padx=10, pady=6, hfill=200, lw=2)
    y += 20
    fi = F('sans-i', 8)
    y = p.line(y, [(ML - 60, 'Keterangan: harga sudah termasuk Pajak Pertambahan Nilai (PPN).', fi)])
    p.sig = (1900, y - 600)
    p.line(H - 150, [(MR + 60, 'Halaman 14 dari 96', F('sans', 8), 'r')])
    return p


# ---------------------------------------------------------------------------
BUL_LEFT = [
    ('h', 'Gotong Royong Bersihkan Drainase'),
    ('p', 'Ratusan warga Kelurahan Loa Bakung bersama aparat kecamatan, Babinsa dan Bhabinkamtibmas '
          'mengikuti kegiatan gotong royong membersihkan saluran drainase di sepanjang Jalan Jakarta dan '
          'Jalan Sultan Alimuddin pada Minggu pagi, 13 Juli 2025. Kegiatan ini merupakan bagian dari '
          'gerakan Jumat dan Minggu Bersih yang digalakkan Pemerintah Kota Samarinda menjelang musim hujan.'),
    ('p', 'Camat Sungai Kunjang, Drs. Aminuddin Nor, M.AP., mengatakan sedimentasi di sejumlah parit sudah '
          'mencapai setengah kedalaman saluran sehingga air meluap ke badan jalan setiap kali hujan deras '
          'turun lebih dari satu jam. "Kalau saluran kecil di depan rumah bersih, beban drainase primer '
          'juga berkurang," ujarnya.'),
    ('photo', 'Warga bersama petugas DLH mengangkut sedimen dari parit di Jalan Jakarta, Minggu (13/7).'),
    ('p', 'Dari kegiatan tersebut terkumpul sekitar 14 meter kubik sedimen dan sampah plastik yang '
          'kemudian diangkut oleh dua unit truk Dinas Lingkungan Hidup ke TPA Sambutan. Pihak kelurahan '
          'juga mendata 9 titik gorong-gorong yang tersumbat untuk diusulkan penanganannya melalui '
          'Dinas PUPR.'),
]
BUL_RIGHT = [
    ('p', 'Lurah Loa Bakung, Sri Wahyuni, S.Sos., menambahkan bahwa kegiatan serupa akan dijadwalkan '
          'setiap bulan secara bergiliran di 38 RT. Warga diimbau tidak membuang sampah ke parit dan '
          'memanfaatkan bank sampah yang telah beroperasi di RT 21 dan RT 30.'),
    ('h', 'Musrenbang Kelurahan 2026'),
    ('p', 'Tahapan Musrenbang kelurahan untuk Rencana Kerja Pemerintah Daerah Tahun 2027 dijadwalkan mulai '
          'Januari 2026. Ketua RT diminta menghimpun usulan warga melalui rembuk RT dan mengunggahnya ke '
          'aplikasi Probebaya paling lambat 15 Desember 2025, dilengkapi foto lokasi dan perkiraan volume '
          'pekerjaan.'),
    ('box', 'Jadwal Posyandu Agustus 2025'),
    ('p', 'Warga yang memiliki balita diminta membawa Buku KIA setiap kali datang ke posyandu. Informasi '
          'lebih lanjut dapat ditanyakan kepada kader posyandu atau melalui kantor kelurahan setempat pada '
          'jam kerja.'),
]
POSY = [['Posyandu', 'Kelurahan', 'Tanggal'],
        ['Melati I', 'Loa Bakung', '5 Agustus'],
        ['Kenanga', 'Loa Buah', '7 Agustus'],
        ['Anggrek Bulan', 'Karang Asam Ulu', '12 Agustus'],
        ['Teratai', 'Teluk Lerong Ulu', '14 Agustus'],
        ['Mawar Merah', 'Karang Anyar', '19 Agustus']]


def buletin():
    p = Page('buletin')
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'KEC. SUNGAI KUNJANG')
    y = 170
    y = p.line(y, [(ML, 'SUARA SUNGAI KUNJANG', F('serif-b', 26))], LH(F('serif-b', 26), 1.15))
    fs = F('sans', 9)
    y = p.line(y + 10, [(ML, 'Buletin Kecamatan Sungai Kunjang', fs), (MR, 'Edisi 07 / Juli 2025', fs, 'r')])
    p.hr(y + 5, ML, MR, 7)
    y += 50
    ft = F('sans-b', 20)
    for t in ['Warga Loa Bakung Siaga Hadapi Musim Hujan']:
        y = p.line(y, [(ML, t, ft)], LH(ft, 1.2))
    y = p.line(y + 5, [(ML, 'Oleh: Tim Redaksi', F('sans-i', 10))])
    y += 30
    gut = 90
    cw = (MR - ML - gut) // 2
    f = F('serif', 10)
    lh = LH(f, 1.42)
    fh = F('sans-b', 11)
    bottom = H - 300
    p.d.line([(ML + cw + gut // 2, y), (ML + cw + gut // 2, bottom)], fill=150, width=2)
    for ci, blocks in enumerate([BUL_LEFT, BUL_RIGHT]):
        x = ML + ci * (cw + gut)
        cy = y
        for kind, t in blocks:
            if kind == 'h':
                cy = p.line(cy + 10, [(x, t, fh)], LH(fh, 1.5))
            elif kind == 'p':
                cy = p.para(x, cy, cw, t, f, lh, indent=50, after=12)
            elif kind == 'photo':
                ph = 520
                p.d.rectangle([x, cy + 10, x + cw, cy + 10 + ph], fill=185, outline=80, width=3)
                for k in range(0, cw, 36):
                    p.d.line([(x + k, cy + 10 + ph), (x + min(cw, k + 300), cy + 10 + ph - 300)], fill=160, width=8)
                p.d.ellipse([x + 200, cy + 110, x + 420, cy + 330], fill=140)
                p.d.rectangle([x + 480, cy + 260, x + 860, cy + 10 + ph], fill=120)
                cy += ph + 30
                cy = p.para(x, cy, cw, t, F('sans-i', 9), justify=False, after=20)
            elif kind == 'box':
                bx0 = cy + 10
                cy = p.line(cy + 30, [(x + 20, t, F('sans-b', 10))], LH(fh, 1.4))
                cy = p.table(x + 20, cy, [300, 360, cw - 700], POSY, F('sans', 9), F('sans-b', 9),
                             ['l', 'l', 'r'], style='hlines', padx=8, pady=6)
                cy += 20
                p.d.rectangle([x, bx0, x + cw, cy], outline=0, width=3)
                cy += 30
            if cy > bottom:
                raise ValueError('buletin column %d overflow %d' % (ci, cy))
    p.hr(H - 250, ML, MR, 2)
    p.line(H - 230, [(ML, '4', fs), (MR, 'Suara Sungai Kunjang | Edisi 07 / Juli 2025', fs, 'r')])
    p.sig = (1900, H - 700)
    return p


# ---------------------------------------------------------------------------
def sk():
    p = Page('sk', margin_bottom=150)
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'DINAS PERHUBUNGAN')
    f, fb = F('serif', 10), F('serif-b', 10)
    lh = LH(f, 1.3)
    y = 140
    ft = F('serif-b', 11)
    for t in ['KEPUTUSAN KEPALA DINAS PERHUBUNGAN KOTA SAMARINDA',
              'NOMOR 800.1.11.1/214/Dishub-Sekr/III/2025', 'TENTANG',
              'PEMBENTUKAN TIM PENATAAN DAN PENGAWASAN PARKIR',
              'TEPI JALAN UMUM TAHUN 2025']:
        y = p.line(y, [(W / 2, t, ft, 'c')], LH(ft, 1.3))
    y += 20
    y = p.line(y, [(W / 2, 'KEPALA DINAS PERHUBUNGAN KOTA SAMARINDA,', ft, 'c')], LH(ft, 1.3))
    y += 20
    xa, xc, xl, xt = ML, ML + 290, ML + 330, ML + 400
    wt = MR - xt
    men = [
        'bahwa dalam rangka meningkatkan ketertiban lalu lintas dan optimalisasi pendapatan retribusi '
        'parkir di tepi jalan umum, perlu dilakukan penataan dan pengawasan secara terpadu;',
        'bahwa untuk kelancaran pelaksanaan sebagaimana dimaksud dalam huruf a, perlu dibentuk tim '
        'yang bertugas melakukan penataan dan pengawasan parkir tepi jalan umum;',
        'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu '
        'menetapkan Keputusan Kepala Dinas Perhubungan tentang Pembentukan Tim Penataan dan '
        'Pengawasan Parkir Tepi Jalan Umum Tahun 2025;']
    for i, t in enumerate(men):
        lead = [(xa, 'Menimbang', f), (xc, ':', f)] if i == 0 else []
        y = p.hang(y, lead + [(xl, 'abc'[i] + '.', f)], xt, wt, t, f, lh)
    y += 15
    ing = [
        'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan;',
        'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan '
        'Pemerintahan Daerah;',
        'Peraturan Daerah Kota Samarinda Nomor 6 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah;',
        'Peraturan Wali Kota Samarinda Nomor 41 Tahun 2024 tentang Penyelenggaraan Perparkiran;']
    for i, t in enumerate(ing):
        lead = [(xa, 'Mengingat', f), (xc, ':', f)] if i == 0 else []
        y = p.hang(y, lead + [(xl, '%d.' % (i + 1), f)], xt, wt, t, f, lh)
    y += 20
    y = p.line(y, [(W / 2, 'MEMUTUSKAN:', ft, 'c')], LH(ft, 1.4))
    y = p.hang(y, [(xa, 'Menetapkan', f), (xc, ':', f)], xl, MR - xl,
               'KEPUTUSAN KEPALA DINAS PERHUBUNGAN TENTANG PEMBENTUKAN TIM PENATAAN DAN PENGAWASAN '
               'PARKIR TEPI JALAN UMUM TAHUN 2025.', f, lh, after=10)
    y = p.hang(y, [(xa, 'KESATU', f), (xc, ':', f)], xl, MR - xl,
               'Membentuk Tim Penataan dan Pengawasan Parkir Tepi Jalan Umum Tahun 2025 dengan susunan '
               'keanggotaan sebagai berikut:', f, lh, after=8)
    rows = [['No', 'Kedudukan dalam Tim', 'Jabatan'],
            ['1.', 'Pengarah', 'Kepala Dinas Perhubungan'],
            ['2.', 'Ketua', 'Kepala Bidang Lalu Lintas'],
            ['3.', 'Sekretaris', 'Kepala Sub Bagian Umum dan Kepegawaian'],
            ['4.', 'Anggota', 'Kepala Seksi Manajemen dan Rekayasa Lalu Lintas'],
            ['5.', 'Anggota', 'Kepala UPTD Perparkiran'],
            ['6.', 'Anggota', 'Analis Kebijakan Ahli Muda pada Bidang Lalu Lintas']]
    y = p.table(xl, y, [100, 470, MR - xl - 570], rows, F('serif', 9), F('serif-b', 9), ['c', 'l', 'l'],
                style='grid', padx=10, pady=5, lw=2)
    y += 15
    dk = [('KEDUA', 'Tim sebagaimana dimaksud dalam Diktum KESATU bertugas melakukan pendataan titik parkir, '
                    'penertiban juru parkir tidak resmi, serta evaluasi setoran retribusi setiap bulan.'),
          ('KETIGA', 'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen '
                     'Pelaksanaan Anggaran Dinas Perhubungan Kota Samarinda Tahun Anggaran 2025.'),
          ('KEEMPAT', 'Keputusan ini mulai berlaku pada tanggal ditetapkan.')]
    for lab, t in dk:
        y = p.hang(y, [(xa, lab, f), (xc, ':', f)], xl, MR - xl, t, f, lh, after=6)
    y += 15
    xs = 1400
    y = p.line(y, [(xs, 'Ditetapkan di Samarinda', f)], lh)
    y = p.line(y, [(xs, 'pada tanggal 10 Maret 2025', f)], lh)
    y = sign_block(p, y + 10, 1850, ['KEPALA DINAS PERHUBUNGAN', 'KOTA SAMARINDA,'], 'Dr. MAHYUDIN RAHMAN, S.T., M.Si.',
                   ['NIP 19720805 199903 1 006'], f, fb, gap=200)
    return p


# ---------------------------------------------------------------------------
REKAP = [  # (kode, uraian, anggaran, realisasi) leaves; aggregates computed
    ('5', 'BELANJA DAERAH', None), ('5.1', 'BELANJA OPERASI', None), ('5.1.01', 'Belanja Pegawai', None),
    ('5.1.01.01.01.0001', 'Belanja Gaji Pokok PNS', (2184560000, 1612338400)),
    ('5.1.01.01.02.0001', 'Belanja Tunjangan Keluarga PNS', (196610400, 143521900)),
    ('5.1.01.01.03.0001', 'Belanja Tunjangan Jabatan PNS', (93450000, 70087500)),
    ('5.1.01.02.01.0001', 'Tambahan Penghasilan berdasarkan Beban Kerja PNS', (1326000000, 968450000)),
    ('5.1.02', 'Belanja Barang dan Jasa', None),
    ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', (48650000, 31877500)),
    ('5.1.02.01.01.0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover', (22400000, 15960000)),
    ('5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', (18750000, 9125000)),
    ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', (64800000, 45360000)),
    ('5.1.02.02.01.0014', 'Belanja Jasa Tenaga Pelayanan Umum', (211200000, 158400000)),
    ('5.1.02.02.01.0061', 'Belanja Tagihan Listrik', (96000000, 70418250)),
    ('5.1.02.02.01.0062', 'Belanja Tagihan Air', (14400000, 9873600)),
    ('5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan', (42000000, 31500000)),
    ('5.1.02.03.02.0035', 'Belanja Pemeliharaan Kendaraan Bermotor Penumpang', (57300000, 26845000)),
    ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', (85500000, 52914000)),
    ('5.1.02.04.01.0003', 'Belanja Perjalanan Dinas Dalam Kota', (39600000, 28050000)),
    ('5.2', 'BELANJA MODAL', None), ('5.2.02', 'Belanja Modal Peralatan dan Mesin', None),
    ('5.2.02.05.01.0005', 'Belanja Modal Alat Kantor Lainnya', (67500000, 67125000)),
    ('5.2.02.10.01.0002', 'Belanja Modal Personal Computer', (118800000, 116600000)),
    ('5.2.03', 'Belanja Modal Gedung dan Bangunan', None),
    ('5.2.03.01.01.0001', 'Belanja Modal Bangunan Gedung Kantor', (845000000, 312650000)),
]


def rekap_values():
    leaves = {k: v for k, u, v in REKAP if v}
    out = []
    for k, u, v in REKAP:
        if v is None:
            a = sum(lv[0] for lk, lv in leaves.items() if lk.startswith(k + '.'))
            r = sum(lv[1] for lk, lv in leaves.items() if lk.startswith(k + '.'))
        else:
            a, r = v
        out.append((k, u, a, r, a - r, round(r / a * 100, 2), v is None))
    return out


def rekap():
    p = Page('rekap')
    p.stamp_text = ('PEMERINTAH KOTA SAMARINDA', 'KEC. SAMARINDA ULU')
    y = 200
    for t, fnt in [('PEMERINTAH KOTA SAMARINDA', F('cond-b', 12)), ('KECAMATAN SAMARINDA ULU', F('cond-b', 12)),
                   ('REKAPITULASI REALISASI ANGGARAN BELANJA', F('cond-b', 12)),
                   ('Periode s.d. 30 September 2025 (Triwulan III)', F('cond', 11))]:
        y = p.line(y, [(W / 2, t, fnt, 'c')], LH(fnt, 1.3))
    y += 30
    fk = F('cond', 10)
    y = p.line(y, [(ML - 40, 'SKPD', fk), (ML + 200, ':', fk), (ML + 240, '7.01.0.00.0.00.04.0000 Kecamatan Samarinda Ulu', fk)])
    y = p.line(y, [(ML - 40, 'Sumber Dana', fk), (ML + 200, ':', fk), (ML + 240, 'DAU dan PAD', fk)])
    y += 20
    ft, ftb = F('cond', 9), F('cond-b', 9)
    rows = [['Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', '%']]
    vals = rekap_values()
    for k, u, a, r, s, pc, agg in vals:
        rows.append({'c': [k, u, rp(a), rp(r), rp(s), dec(pc)], 'b': agg})
    y = p.table(ML - 40, y, [380, 640, 310, 310, 310, 130], rows, ft, ftb,
                ['l', 'l', 'r', 'r', 'r', 'r'], style='hlines', padx=10, pady=7)
    y += 60
    f = F('cond', 10)
    y = sign_block(p, y, 1850, ['Samarinda, 6 Oktober 2025', 'Camat Samarinda Ulu,'],
                   'SYAIFUL ANWAR, S.STP., M.Si.', ['Pembina (IV/a)', 'NIP 19830417 200212 1 003'],
                   f, F('cond-b', 10), gap=220)
    return p


TYPES = {'undangan': undangan, 'bast': bast, 'lkjip': lkjip, 'ssh': ssh, 'buletin': buletin,
         'sk': sk, 'rekap': rekap}
