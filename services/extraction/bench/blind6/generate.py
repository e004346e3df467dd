#!/usr/bin/env python3
"""Blind OCR / table-extraction set ocr6: 7 invented Samarinda government pages x 9 degradations.
Deterministic (seeded). Run with the scratch venv: /work/scratch/ocr6/bin/python generate.py"""
import json, math, os, random, io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
W, H = 2480, 3508          # A4 at 300 dpi
ML, MR = 230, 2480 - 220   # margins
FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {'serif': 'DejaVuSerif.ttf', 'serifb': 'DejaVuSerif-Bold.ttf', 'serifi': 'DejaVuSerif-Italic.ttf',
         'sans': 'DejaVuSans.ttf', 'sansb': 'DejaVuSans-Bold.ttf', 'cond': 'DejaVuSansCondensed.ttf',
         'condb': 'DejaVuSansCondensed-Bold.ttf', 'serifc': 'DejaVuSerifCondensed.ttf',
         'serifcb': 'DejaVuSerifCondensed-Bold.ttf'}
_fc = {}
def F(name, pt):
    k = (name, pt)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONTS[name], round(pt * 300 / 72))
    return _fc[k]

def col_xs(widths, x0=None, x1=None):
    x0 = ML if x0 is None else x0
    x1 = MR if x1 is None else x1
    tot = sum(widths); avail = x1 - x0
    ws = [w_ * avail / tot for w_ in widths] if (tot <= 1.5 or tot > avail) else widths
    xs = [x0]
    for w_ in ws:
        xs.append(xs[-1] + w_)
    return xs

def rp(n):
    return f"{n:,}".replace(',', '.')
def pct(x, nd=2):
    return f"{x:.{nd}f}".replace('.', ',')

INK = 25

class Page:
    def __init__(s):
        s.img = Image.new('L', (W, H), 255)
        s.d = ImageDraw.Draw(s.img)
        s.y = 200
        s.lines = []
        s.tables = []
        s.sig_box = None

    def lh(s, pt, gap=1.32):
        return round(pt * 300 / 72 * gap)

    def segs(s, parts, pt, gap=1.32, record=True, underline=False):
        """parts: list of (x, text, font, align) on one printed line"""
        for x, t, fn, al in parts:
            f = F(fn, pt)
            w = f.getlength(t)
            xx = x if al == 'l' else (x - w / 2 if al == 'c' else x - w)
            s.d.text((xx, s.y), t, font=f, fill=INK)
            if underline:
                s.d.line([(xx, s.y + f.size * 1.12), (xx + w, s.y + f.size * 1.12)], fill=INK, width=3)
        if record:
            s.lines.append(' '.join(t for _, t, _, _ in parts))
        s.y += s.lh(pt, gap)

    def line(s, text, fn, pt, align='l', x=None, gap=1.32, underline=False):
        if x is None:
            x = {'l': ML, 'c': (ML + MR) / 2, 'r': MR}[align]
        s.segs([(x, text, fn, align)], pt, gap, underline=underline)

    def wrap(s, text, f, width):
        words, out, cur = text.split(' '), [], ''
        for w_ in words:
            t = (cur + ' ' + w_).strip()
            if f.getlength(t) <= width or not cur:
                cur = t
            else:
                out.append(cur); cur = w_
        if cur:
            out.append(cur)
        return out

    def para(s, text, fn, pt, x0=ML, x1=MR, first_indent=0, justify=True, gap=1.32, prefix=None, after=0):
        """prefix: list of (x,text,font) drawn on first line only (hanging labels)."""
        f = F(fn, pt)
        # wrap with first line indent
        words, lines, cur, first = text.split(' '), [], '', True
        for w_ in words:
            width = (x1 - x0 - (first_indent if first else 0))
            t = (cur + ' ' + w_).strip()
            if f.getlength(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur); cur = w_; first = False
        lines.append(cur)
        for i, ln in enumerate(lines):
            xs = x0 + (first_indent if i == 0 else 0)
            width = x1 - xs
            rec = []
            if i == 0 and prefix:
                for px, pt_, pf in prefix:
                    s.d.text((px, s.y), pt_, font=F(pf, pt), fill=INK)
                    rec.append(pt_)
            ws = ln.split(' ')
            if justify and i < len(lines) - 1 and len(ws) > 1:
                tot = sum(f.getlength(w_) for w_ in ws)
                sp = (width - tot) / (len(ws) - 1)
                xx = xs
                for w_ in ws:
                    s.d.text((xx, s.y), w_, font=f, fill=INK)
                    xx += f.getlength(w_) + sp
            else:
                s.d.text((xs, s.y), ln, font=f, fill=INK)
            rec.append(ln)
            s.lines.append(' '.join(rec))
            s.y += s.lh(pt, gap)
        s.y += after

    def table(s, header, rows, widths, aligns, fn, fnb, pt, ruled='full', x0=ML, bold_rows=(), pad=14, gap=1.22,
              hfill=225, record_table=True, x1=None):
        fx = F(fn, pt); fb = F(fnb, pt)
        xs = col_xs(widths, x0, x1)
        ws = [b - a for a, b in zip(xs, xs[1:])]
        lh = s.lh(pt, gap)
        allrows = [header] + rows
        top = s.y
        s.d.line([(xs[0], s.y), (xs[-1], s.y)], fill=INK, width=4 if ruled != 'full' else 3)
        for ri, row in enumerate(allrows):
            f = fb if (ri == 0 or ri in bold_rows) else fx
            cells = [s.wrap(c, f, ws[ci] - 2 * pad) for ci, c in enumerate(row)]
            for ci, cl in enumerate(cells):
                for t in cl:
                    assert f.getlength(t) <= ws[ci] - 2 * pad + 4, ('cell overflow', t, ws[ci])
            nl = max(len(c) for c in cells)
            rh = nl * lh + 2 * pad
            if ri == 0 and hfill is not None and ruled == 'full':
                s.d.rectangle([xs[0], s.y, xs[-1], s.y + rh], fill=hfill)
            for ci, cl in enumerate(cells):
                al = 'c' if ri == 0 else aligns[ci]
                for li, t in enumerate(cl):
                    tw = f.getlength(t)
                    if al == 'l': xx = xs[ci] + pad
                    elif al == 'r': xx = xs[ci + 1] - pad - tw
                    else: xx = (xs[ci] + xs[ci + 1] - tw) / 2
                    s.d.text((xx, s.y + pad + li * lh), t, font=f, fill=INK)
            s.lines.append(' '.join(' '.join(c) for c in cells))
            s.y += rh
            if ruled == 'full' or ri == 0 or ri == len(allrows) - 1:
                s.d.line([(xs[0], s.y), (xs[-1], s.y)], fill=INK, width=3 if ruled == 'full' else (3 if ri == 0 else 4))
        if ruled == 'full':
            for x in xs:
                s.d.line([(x, top), (x, s.y)], fill=INK, width=3)
        if record_table:
            s.tables.append([list(r) for r in allrows])
        s.y += 30

    def kop(s, lines, fnb='serifb', fn='serif'):
        # simple emblem placeholder (shield) at left
        cx, cy = ML + 130, s.y + 150
        s.d.polygon([(cx - 95, cy - 120), (cx + 95, cy - 120), (cx + 95, cy + 20), (cx, cy + 135), (cx - 95, cy + 20)],
                    outline=INK, width=7)
        s.d.ellipse([cx - 45, cy - 70, cx + 45, cy + 20], outline=INK, width=5)
        s.d.line([(cx, cy + 20), (cx, cy + 100)], fill=INK, width=6)
        xc = (ML + 270 + MR) / 2
        for t, pt, b in lines:
            s.line(t, fnb if b else fn, pt, align='c', x=xc, gap=1.25)
        s.y = max(s.y + 15, cy + 160)
        s.d.line([(ML, s.y), (MR, s.y)], fill=INK, width=9)
        s.d.line([(ML, s.y + 16), (MR, s.y + 16)], fill=INK, width=3)
        s.y += 55

    def sig(s, lines, x=None, pt=11, fn='serif', fnb='serifb', name_idx=None, space=230):
        x = x if x is not None else 1450
        y0 = s.y
        for i, t in enumerate(lines):
            if t is None:
                s.y += space; continue
            s.segs([(x, t, fnb if i == name_idx else fn, 'l')], pt, underline=(i == name_idx))
        s.sig_box = (x, y0, x + 800, s.y)

    def footer(s, text, pt=9, fn='sans'):
        yy = s.y
        s.y = H - 150
        s.line(text, fn, pt, align='c')
        s.y = yy

    def check(s, name):
        assert s.y < H - 170, (name, s.y)

# ------------------------------------------------------------------ pages
def page_undangan():
    p = Page(); p.y = 150
    p.kop([('PEMERINTAH KOTA SAMARINDA', 13, True),
           ('BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH', 11, True),
           ('Jalan Dahlia Nomor 81 Samarinda 75121 Telepon (0541) 741027', 9, False),
           ('Laman: bapperida.samarindakota.go.id | Pos-el: sekretariat.bapperida@samarindakota.go.id', 9, False)], fnb='serifcb', fn='serifc')
    pt = 11
    p.line('Samarinda, 14 Oktober 2025', 'serif', pt, align='l', x=1600)
    p.y += 10
    X2, X3 = ML + 280, ML + 320
    for k, v in [('Nomor', '005/0731/Bapperida-PPE/X/2025'), ('Sifat', 'Penting'), ('Lampiran', '1 (satu) lembar'),
                 ('Hal', 'Undangan Rapat Evaluasi Capaian Kinerja Triwulan III Tahun 2025')]:
        p.segs([(ML, k, 'serif', 'l'), (X2, ':', 'serif', 'l'), (X3, v, 'serifb' if k == 'Hal' else 'serif', 'l')], pt)
    p.y += 25
    for t in ['Yth. Kepala Perangkat Daerah', '(daftar terlampir)', 'di -', 'Samarinda']:
        p.line(t, 'serif', pt, x=ML + (80 if t == 'Samarinda' else 0))
    p.y += 25
    IN = ML + 150
    p.para('Dalam rangka pelaksanaan pengendalian dan evaluasi terhadap pelaksanaan Rencana Kerja Pemerintah Daerah '
           '(RKPD) Kota Samarinda Tahun 2025, bersama ini kami mengundang Bapak/Ibu untuk hadir pada rapat yang akan '
           'dilaksanakan pada:', 'serif', pt, x0=IN, first_indent=90, after=15)
    XK, XC, XV = IN + 90, IN + 470, IN + 510
    for k, v in [('Hari/Tanggal', 'Kamis, 23 Oktober 2025'), ('Pukul', '08.30 WITA s.d. selesai'),
                 ('Tempat', 'Ruang Rapat Mahakam Lt. 2 Bapperida'), ]:
        p.segs([(XK, k, 'serif', 'l'), (XC, ':', 'serif', 'l'), (XV, v, 'serif', 'l')], pt)
    p.para('Paparan capaian indikator kinerja utama dan realisasi anggaran s.d. 30 September 2025',
           'serif', pt, x0=XV, justify=False,
           prefix=[(XK, 'Acara', 'serif'), (XC, ':', 'serif')], after=15)
    p.para('Mengingat pentingnya acara dimaksud, dimohon kehadiran Kepala Perangkat Daerah atau pejabat yang membidangi '
           'perencanaan dengan membawa bahan paparan dalam bentuk softcopy. Konfirmasi kehadiran dapat disampaikan '
           'kepada Sdri. Rahmawati, S.E. (0812-5530-4417).', 'serif', pt, x0=IN, first_indent=90, after=5)
    p.para('Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.', 'serif', pt, x0=IN,
           first_indent=90, after=25)
    p.sig(['Kepala Badan,', None, 'Dr. Hj. Nurul Fadilah, M.Si.', 'Pembina Utama Muda', 'NIP 19740318 199903 2 006'],
          pt=pt, name_idx=2, space=170)
    p.y += 10
    p.line('Lampiran Undangan Nomor 005/0731/Bapperida-PPE/X/2025', 'serifb', 10)
    hdr = ['No', 'Perangkat Daerah', 'Peserta']
    rows = [['1', 'Dinas Kesehatan', '2 orang'],
            ['2', 'Dinas Pekerjaan Umum dan Penataan Ruang', '2 orang'],
            ['3', 'Dinas Perumahan dan Kawasan Permukiman', '1 orang'],
            ['4', 'Dinas Lingkungan Hidup', '1 orang'],
            ['5', 'Dinas Pendidikan dan Kebudayaan', '2 orang'],
            ['6', 'Badan Pengelolaan Keuangan dan Aset Daerah', '1 orang'],
            ['7', 'Kecamatan Sungai Kunjang', '1 orang'],
            ['8', 'Kecamatan Samarinda Seberang', '1 orang']]
    p.table(hdr, rows, [130, 1100, 300], ['c', 'l', 'c'], 'serif', 'serifb', 10, ruled='full', x0=ML, hfill=None)
    p.check('undangan')
    return p

def page_bast():
    p = Page(); p.y = 170
    pt = 10
    p.line('PEMERINTAH KOTA SAMARINDA', 'sansb', 12, align='c')
    p.line('DINAS KESEHATAN', 'sansb', 12, align='c')
    p.line('UPT PUSKESMAS LEMPAKE', 'sans', 11, align='c')
    p.y += 10
    p.d.line([(ML, p.y), (MR, p.y)], fill=INK, width=5); p.y += 35
    p.line('BERITA ACARA SERAH TERIMA BARANG', 'sansb', 12, align='c', underline=True)
    p.line('Nomor: 027/1184/BAST-PKM.LPK/VIII/2025', 'sans', pt, align='c')
    p.y += 20
    p.para('Pada hari ini Selasa tanggal Dua Belas bulan Agustus tahun Dua Ribu Dua Puluh Lima, kami yang bertanda '
           'tangan di bawah ini:', 'sans', pt, after=10)
    X1, X2, X3 = ML + 60, ML + 420, ML + 460
    for k, v in [('1. Nama', 'Hendra Saputra, S.Kom.'), ('Jabatan', 'Direktur CV Mahakam Medika Utama'),
                 ('Alamat', 'Jl. Pangeran Antasari No. 12 Samarinda')]:
        p.segs([(X1 if k[0] == '1' else X1 + 45, k, 'sans', 'l'), (X2, ':', 'sans', 'l'), (X3, v, 'sans', 'l')], pt)
    p.para('selanjutnya disebut PIHAK PERTAMA.', 'sans', pt, x0=X1 + 45, after=8)
    for k, v in [('2. Nama', 'drg. Siti Aminah Lubis'), ('Jabatan', 'Kepala UPT Puskesmas Lempake'),
                 ('NIP', '19811025 201001 2 014')]:
        p.segs([(X1 if k[0] == '2' else X1 + 45, k, 'sans', 'l'), (X2, ':', 'sans', 'l'), (X3, v, 'sans', 'l')], pt)
    p.para('selanjutnya disebut PIHAK KEDUA.', 'sans', pt, x0=X1 + 45, after=8)
    p.para('PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA dan PIHAK KEDUA menerima barang hasil pengadaan berdasarkan '
           'Surat Pesanan Nomor 027/0962/SP-PKM.LPK/VII/2025 tanggal 21 Juli 2025 dengan rincian sebagai berikut:',
           'sans', pt, after=15)
    items = [('1.3.2.05.01.04.002', 'Kursi Kerja Pegawai Non Struktural', 6, 'Buah', 1150000),
             ('1.3.2.05.01.02.001', 'Meja Kerja Pegawai Non Struktural', 4, 'Buah', 1675000),
             ('1.3.2.05.02.06.001', 'Lemari Arsip Besi 4 Pintu', 2, 'Unit', 4250000),
             ('1.3.2.10.02.03.003', 'Printer Laser Monokrom A4', 2, 'Unit', 3275000),
             ('1.3.2.10.01.02.001', 'Personal Computer All in One Core i5 RAM 8 GB', 3, 'Unit', 12450000),
             ('1.3.2.05.01.05.010', 'Filing Cabinet 4 Laci', 2, 'Unit', 2890000),
             ('1.3.2.05.02.04.004', 'Dispenser Air Panas Dingin', 1, 'Unit', 1850000),
             ('1.3.2.08.01.27.001', 'Tensimeter Digital Lengan Atas', 5, 'Unit', 725000),
             ('1.3.2.08.01.14.007', 'Timbangan Bayi Digital', 2, 'Unit', 1340000),
             ('1.3.2.08.01.35.002', 'Termometer Inframerah Non Kontak', 6, 'Buah', 385000),
             ('1.3.2.05.01.06.003', 'Rak Besi Penyimpanan Obat 5 Susun', 3, 'Unit', 1975000),
             ('1.3.2.10.02.02.001', 'Uninterruptible Power Supply 1200 VA', 3, 'Unit', 1490000)]
    rows, total = [], 0
    for i, (k, n, q, sa, h) in enumerate(items, 1):
        total += q * h
        rows.append([str(i), k, n, str(q), sa, rp(h), rp(q * h)])
    rows.append(['JUMLAH', rp(total)])
    hdr = ['No', 'Kode Barang', 'Nama Barang', 'Qty', 'Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)']
    # total row spans: draw as 7-col row with merged label -> render manually below
    p.table(hdr, rows[:-1], [90, 415, 655, 105, 185, 290, 290], ['c', 'l', 'l', 'c', 'c', 'r', 'r'],
            'sans', 'sansb', 9, ruled='full', x0=ML)
    # merged total row appended under the table
    p.y -= 30
    xs = col_xs([90, 415, 655, 105, 185, 290, 290])
    rh = p.lh(9, 1.22) + 28
    fb = F('sansb', 9)
    p.d.text(((xs[0] + xs[6]) / 2 - fb.getlength('JUMLAH') / 2, p.y + 14), 'JUMLAH', font=fb, fill=INK)
    p.d.text((xs[7] - 14 - fb.getlength(rp(total)), p.y + 14), rp(total), font=fb, fill=INK)
    for x in (xs[0], xs[6], xs[7]): p.d.line([(x, p.y), (x, p.y + rh)], fill=INK, width=3)
    p.d.line([(xs[0], p.y + rh), (xs[7], p.y + rh)], fill=INK, width=3)
    p.lines.append('JUMLAH ' + rp(total)); p.tables[-1].append(['JUMLAH', rp(total)])
    p.y += rh + 30
    p.para('Terbilang: ' + terbilang(total) + ' rupiah.', 'sansb', pt, justify=False, after=10)
    p.para('Barang tersebut telah diperiksa dalam keadaan baik, lengkap dan sesuai spesifikasi. Berita Acara ini dibuat '
           'rangkap 4 (empat) untuk dipergunakan sebagaimana mestinya.', 'sans', pt, after=30)
    # two side-by-side signature blocks -> truth: left block then right block
    y0 = p.y
    p.sig(['PIHAK PERTAMA', 'CV Mahakam Medika Utama', None, 'Hendra Saputra, S.Kom.', 'Direktur'],
          x=ML + 60, pt=pt, fn='sans', fnb='sansb', name_idx=3, space=210)
    yl = p.y; p.y = y0
    p.sig(['PIHAK KEDUA', 'Kepala UPT Puskesmas Lempake', None, 'drg. Siti Aminah Lubis', 'NIP 19811025 201001 2 014'],
          x=1500, pt=pt, fn='sans', fnb='sansb', name_idx=3, space=210)
    p.y = max(p.y, yl)
    p.check('bast')
    p.meta = {'items': items, 'total': total}
    return p

SAT = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas']
def terbilang(n):
    if n < 12: return SAT[n]
    if n < 20: return terbilang(n - 10) + ' belas'
    if n < 100: return (terbilang(n // 10) + ' puluh ' + terbilang(n % 10)).strip()
    if n < 200: return ('seratus ' + terbilang(n - 100)).strip()
    if n < 1000: return (terbilang(n // 100) + ' ratus ' + terbilang(n % 100)).strip()
    if n < 2000: return ('seribu ' + terbilang(n - 1000)).strip()
    if n < 10**6: return (terbilang(n // 1000) + ' ribu ' + terbilang(n % 1000)).strip()
    if n < 10**9: return (terbilang(n // 10**6) + ' juta ' + terbilang(n % 10**6)).strip()
    return (terbilang(n // 10**9) + ' miliar ' + terbilang(n % 10**9)).strip()

def page_lkjip():
    p = Page(); p.y = 190
    p.line('Tabel 3.2', 'serifb', 11, align='c')
    p.line('Pengukuran Kinerja Dinas Lingkungan Hidup Kota Samarinda Tahun 2024', 'serifb', 11, align='c')
    p.y += 20
    p.para('Capaian kinerja diukur dengan membandingkan realisasi terhadap target yang ditetapkan dalam Perjanjian '
           'Kinerja Tahun 2024. Untuk indikator yang bersifat negatif (semakin kecil semakin baik) capaian dihitung '
           'dengan rumus (2 x target - realisasi) / target x 100%.', 'serif', 11, first_indent=100, after=20)
    ind = [  # sasaran, indikator, satuan, target, realisasi, positive?
        ('Meningkatnya kualitas lingkungan hidup', 'Indeks Kualitas Lingkungan Hidup (IKLH)', 'indeks', 68.50, 69.12, True),
        ('', 'Indeks Kualitas Air (IKA)', 'indeks', 52.00, 50.85, True),
        ('', 'Indeks Kualitas Udara (IKU)', 'indeks', 86.40, 88.03, True),
        ('', 'Indeks Kualitas Tutupan Lahan (IKTL)', 'indeks', 47.10, 47.10, True),
        ('Meningkatnya pengelolaan sampah', 'Persentase sampah rumah tangga yang tertangani', '%', 78.00, 74.36, True),
        ('', 'Persentase pengurangan sampah melalui bank sampah dan TPS3R', '%', 21.00, 18.42, True),
        ('', 'Volume sampah yang diangkut ke TPA Sambutan', 'ton/hari', 620.00, 598.70, False),
        ('', 'Jumlah bank sampah aktif', 'unit', 145, 152, True),
        ('Meningkatnya ketaatan pelaku usaha', 'Persentase usaha/kegiatan yang taat terhadap izin lingkungan', '%', 70.00, 66.25, True),
        ('', 'Jumlah pengaduan kasus lingkungan yang ditindaklanjuti', 'kasus', 40, 43, True),
        ('', 'Persentase dokumen lingkungan yang diperiksa tepat waktu', '%', 90.00, 92.50, True),
        ('Meningkatnya ruang terbuka hijau', 'Luas RTH publik terhadap luas wilayah kota', '%', 9.20, 8.87, True),
        ('', 'Jumlah taman kota yang dipelihara', 'lokasi', 38, 38, True),
        ('', 'Jumlah pohon penghijauan yang ditanam', 'batang', 12000, 13640, True),
        ('', 'Jumlah kampung iklim (ProKlim) yang dibina', 'kampung', 12, 14, True),
        ('', 'Persentase sampel air sungai yang memenuhi baku mutu', '%', 40.00, 35.50, True),
        ('', 'Persentase TPS liar yang ditutup', '%', 60.00, 63.33, True),
        ('Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP perangkat daerah', 'nilai', 72.00, 70.48, True),
        ('', 'Persentase capaian realisasi anggaran', '%', 95.00, 91.73, True)]
    def fmt(v):
        if isinstance(v, int): return rp(v)
        return pct(v)
    rows = []
    for i, (sa, nm, su, t, r, pos) in enumerate(ind, 1):
        c = (r / t * 100) if pos else ((2 * t - r) / t * 100)
        rows.append([str(i), nm, su, fmt(t), fmt(r), pct(c)])
    p.meta = {'ind': ind}
    hdr = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']
    p.table(hdr, rows, [105, 955, 250, 220, 250, 250], ['c', 'l', 'c', 'r', 'r', 'r'], 'serif', 'serifb', 10,
            ruled='full', hfill=215)
    avg = sum(float(r[5].replace(',', '.')) for r in rows) / len(rows)
    p.para('Sumber: Bidang Tata Lingkungan dan Bidang Pengelolaan Sampah DLH Kota Samarinda, diolah.', 'serifi', 9,
           justify=False, after=10)
    p.para(f'Dari {len(rows)} indikator kinerja, rata-rata capaian sebesar {pct(avg)}%. Capaian terendah terdapat '
           'pada indikator persentase pengurangan sampah melalui bank sampah dan TPS3R yang dipengaruhi belum '
           'optimalnya operasional TPS3R di Kecamatan Palaran dan Loa Janan Ilir.', 'serif', 11, first_indent=100)
    p.footer('LKjIP Dinas Lingkungan Hidup Kota Samarinda Tahun 2024 | III-7', 9, 'serifi')
    p.lines.append('LKjIP Dinas Lingkungan Hidup Kota Samarinda Tahun 2024 | III-7')
    p.check('lkjip')
    return p

def page_ssh():
    p = Page(); p.y = 170
    p.line('LAMPIRAN II KEPUTUSAN WALI KOTA SAMARINDA', 'condb', 10, x=1250)
    p.line('NOMOR 027/418/HK-KS/XI/2025', 'cond', 10, x=1250)
    p.line('TENTANG STANDAR SATUAN HARGA TAHUN ANGGARAN 2026', 'cond', 10, x=1250)
    p.y += 25
    p.line('STANDAR SATUAN HARGA (SSH) BARANG PAKAI HABIS', 'condb', 11, align='c')
    p.line('Kelompok: Alat Tulis Kantor, Bahan Kebersihan dan Bahan Cetak', 'cond', 10, align='c')
    p.y += 20
    data = [
        ('1.1.12.01.01.0001', 'Kertas HVS', 'A4 70 gram, 500 lembar/rim', 'Rim', 52300),
        ('1.1.12.01.01.0002', 'Kertas HVS', 'A4 80 gram, 500 lembar/rim', 'Rim', 61800),
        ('1.1.12.01.01.0003', 'Kertas HVS', 'F4 70 gram, 500 lembar/rim', 'Rim', 58900),
        ('1.1.12.01.01.0007', 'Kertas Sertifikat', 'A4 200 gram, isi 50 lembar', 'Pak', 47500),
        ('1.1.12.01.02.0001', 'Ballpoint', 'Tinta hitam 0,5 mm, isi 12', 'Pak', 34600),
        ('1.1.12.01.02.0003', 'Pensil', '2B, isi 12', 'Kotak', 29400),
        ('1.1.12.01.02.0004', 'Spidol Whiteboard', 'Isi ulang, warna hitam/biru', 'Buah', 11200),
        ('1.1.12.01.02.0009', 'Stabilo', 'Highlighter warna campur, isi 5', 'Pak', 38700),
        ('1.1.12.01.03.0002', 'Map Snelhecter', 'Plastik folio, berbagai warna', 'Buah', 4300),
        ('1.1.12.01.03.0005', 'Ordner', 'Folio 7 cm, karton tebal', 'Buah', 32400),
        ('1.1.12.01.03.0011', 'Box File', 'Plastik tebal dengan penutup', 'Buah', 27800),
        ('1.1.12.01.03.0014', 'Amplop', 'Putih 110 x 230 mm, isi 100', 'Kotak', 31500),
        ('1.1.12.01.04.0001', 'Stapler', 'Ukuran sedang No. 10', 'Buah', 23500),
        ('1.1.12.01.04.0002', 'Isi Stapler', 'No. 10, isi 1.000', 'Kotak', 3900),
        ('1.1.12.01.04.0006', 'Binder Clip', 'No. 155, isi 12', 'Kotak', 13100),
        ('1.1.12.01.04.0010', 'Gunting Kertas', 'Stainless, panjang 21 cm', 'Buah', 18600),
        ('1.1.12.01.05.0003', 'Tinta Printer', 'Botol 70 ml, hitam, original', 'Botol', 98500),
        ('1.1.12.01.05.0004', 'Tinta Printer', 'Botol 70 ml, warna (C/M/Y), original', 'Botol', 98500),
        ('1.1.12.01.05.0012', 'Toner Printer Laser', 'Original, kapasitas 1.600 halaman', 'Buah', 1185000),
        ('1.1.12.01.06.0001', 'Flashdisk', '32 GB USB 3.2', 'Buah', 96000),
        ('1.1.12.01.06.0003', 'Baterai Alkaline', 'AA isi 4', 'Pak', 41200),
        ('1.1.12.02.01.0002', 'Sabun Cuci Tangan', 'Cair, refill 1 liter', 'Botol', 33800),
        ('1.1.12.02.01.0003', 'Sabun Cuci Piring', 'Cair, refill 800 ml', 'Bungkus', 18900),
        ('1.1.12.02.01.0005', 'Cairan Pembersih Lantai', 'Jerigen 5 liter', 'Jerigen', 89600),
        ('1.1.12.02.01.0008', 'Pengharum Ruangan', 'Aerosol 300 ml', 'Kaleng', 36400),
        ('1.1.12.02.02.0001', 'Kantong Plastik Sampah', 'Ukuran 60 x 100 cm, isi 10', 'Pak', 15700),
        ('1.1.12.02.02.0004', 'Sapu Ijuk', 'Gagang kayu/aluminium', 'Buah', 34500),
        ('1.1.12.02.02.0006', 'Alat Pel Lantai', 'Model putar dengan ember', 'Set', 187000),
        ('1.1.12.02.02.0009', 'Tisu Gulung', 'Isi 10 roll, 2 ply', 'Pak', 42300),
        ('1.1.12.03.01.0001', 'Cetak Spanduk', 'Bahan flexi 280 gram, full color', 'M2', 38000),
        ('1.1.12.03.01.0003', 'Cetak Banner Roll Up', 'Ukuran 60 x 160 cm, termasuk stand', 'Buah', 285000),
        ('1.1.12.03.01.0007', 'Cetak Buku Laporan', 'A4, isi 100 halaman, sampul art carton, jilid lem panas', 'Eksemplar', 72500),
        ('1.1.12.03.01.0010', 'Cetak Undangan', 'Art carton 260 gram, 1 muka', 'Lembar', 3600),
        ('1.1.12.03.01.0014', 'Cetak Sertifikat', 'Kertas linen, full color', 'Lembar', 9800),
        ('1.1.12.03.01.0016', 'Fotokopi', 'A4 hitam putih', 'Lembar', 350),
        ('1.1.12.03.01.0017', 'Fotokopi', 'F4 hitam putih', 'Lembar', 400),
        ('1.1.12.03.02.0002', 'Penjilidan', 'Jilid spiral plastik', 'Buah', 12500),
        ('1.1.12.03.02.0004', 'Stempel', 'Stempel flash, ukuran standar', 'Buah', 185000),
        ('1.1.12.03.02.0005', 'Papan Nama Meja', 'Akrilik 3 mm, cetak UV', 'Buah', 125000),
    ]
    rows = [[str(i), k, u, sp, sa, rp(h)] for i, (k, u, sp, sa, h) in enumerate(data, 1)]
    hdr = ['No', 'Kode Barang', 'Uraian', 'Spesifikasi', 'Satuan', 'Harga (Rp)']
    p.table(hdr, rows, [90, 380, 430, 690, 200, 230], ['c', 'l', 'l', 'l', 'c', 'r'], 'cond', 'condb', 9,
            ruled='header', pad=9, gap=1.18)
    p.para('Keterangan: harga sudah termasuk Pajak Pertambahan Nilai (PPN); harga merupakan batas tertinggi.', 'cond', 9,
           justify=False)
    p.footer('Halaman 4 dari 27', 9, 'cond')
    p.lines.append('Halaman 4 dari 27')
    p.check('ssh')
    return p

def page_buletin():
    p = Page(); p.y = 150
    p.d.rectangle([ML, p.y, MR, p.y + 230], fill=60)
    f = F('sansb', 30)
    t1 = 'WARTA TEPIAN'
    p.d.text(((ML + MR) / 2 - f.getlength(t1) / 2, p.y + 30), t1, font=f, fill=255)
    f2 = F('sans', 11)
    t2 = 'Buletin Dinas Komunikasi dan Informatika Kota Samarinda'
    p.d.text(((ML + MR) / 2 - f2.getlength(t2) / 2, p.y + 170), t2, font=f2, fill=255)
    p.lines += [t1, t2]
    p.y += 250
    p.segs([(ML, 'Edisi 09 | September 2025', 'sans', 'l'), (MR, 'ISSN 0000-0000 (tidak untuk dijual)', 'sans', 'r')], 9)
    p.d.line([(ML, p.y), (MR, p.y)], fill=INK, width=3); p.y += 40
    p.para('Layanan Aduan Warga Kini Terhubung Langsung ke Kelurahan', 'serifb', 20, justify=False, after=5, gap=1.2)
    p.line('Oleh: Tim Redaksi Warta Tepian', 'serifi', 10)
    p.y += 25
    top = p.y
    gut = 70
    cm = (ML + MR) // 2
    L0, L1, R0, R1 = ML, cm - gut // 2, cm + gut // 2, MR
    left = [
        'SAMARINDA - Pemerintah Kota Samarinda resmi mengintegrasikan kanal aduan warga dengan seluruh kantor '
        'kelurahan mulai awal September 2025. Melalui integrasi ini, setiap laporan yang masuk lewat aplikasi, '
        'pesan singkat maupun media sosial resmi akan diteruskan secara otomatis kepada lurah setempat.',
        'Kepala Dinas Komunikasi dan Informatika menjelaskan bahwa sebelumnya laporan warga harus dipilah secara '
        'manual oleh operator di tingkat kota. Proses tersebut rata-rata membutuhkan waktu tiga hari kerja sebelum '
        'laporan diterima oleh perangkat daerah yang berwenang.',
        '"Sekarang laporan soal drainase tersumbat atau lampu jalan padam bisa langsung dibaca lurah dalam hitungan '
        'menit. Lurah juga wajib memberi tanggapan awal paling lambat 1 x 24 jam," ujarnya saat peluncuran di '
        'Balai Kota, Senin (1/9).',
        'Selama masa uji coba pada Juli dan Agustus, tercatat 2.318 aduan yang masuk. Sebanyak 61 persen di '
        'antaranya berkaitan dengan infrastruktur lingkungan, disusul persampahan sebesar 19 persen dan '
        'penerangan jalan umum sebesar 11 persen.',
    ]
    right = [
        'Kecamatan Sungai Pinang dan Samarinda Ulu menjadi wilayah dengan jumlah aduan terbanyak. Menurut '
        'catatan dinas, tingginya angka tersebut justru menunjukkan bahwa warga di kedua wilayah itu aktif '
        'memanfaatkan saluran resmi.',
        'Untuk mendukung layanan ini, sebanyak 59 operator kelurahan telah mengikuti pelatihan penggunaan dasbor '
        'aduan. Setiap operator dapat memantau status tindak lanjut, mengunggah foto penyelesaian serta '
        'meneruskan laporan kepada dinas teknis apabila penanganannya di luar kewenangan kelurahan.',
        'Warga dapat menyampaikan aduan melalui aplikasi Samarinda Kota Pintar, nomor layanan pesan 0811-5400-112, '
        'atau datang langsung ke kantor kelurahan pada jam kerja. Identitas pelapor dijamin kerahasiaannya.',
        'Pemerintah kota menargetkan rata-rata waktu penyelesaian aduan dapat ditekan menjadi tujuh hari kerja '
        'pada akhir tahun 2025.',
    ]
    for par in left:
        p.para(par, 'serif', 10, x0=L0, x1=L1, first_indent=60, after=18)
    yl = p.y; p.y = top
    for par in right:
        p.para(par, 'serif', 10, x0=R0, x1=R1, first_indent=60, after=18)
    # info box in right column
    p.y += 10
    bx0 = p.y
    p.y += 25
    p.line('Sekilas Angka', 'sansb', 10, x=R0 + 30)
    for t in ['2.318 aduan masuk selama uji coba', '59 kelurahan terhubung', '1 x 24 jam batas tanggapan awal']:
        p.line(t, 'sans', 10, x=R0 + 30)
    p.y += 10
    p.d.rectangle([R0, bx0, R1, p.y], outline=INK, width=4)
    p.d.line([(cm, top), (cm, max(p.y, yl))], fill=150, width=2)
    p.y = max(p.y, yl)
    p.footer('Warta Tepian | Edisi 09/2025 | 3', 9, 'sans')
    p.lines.append('Warta Tepian | Edisi 09/2025 | 3')
    p.check('buletin')
    return p

def page_sk():
    p = Page(); p.y = 150
    p.kop([('PEMERINTAH KOTA SAMARINDA', 13, True), ('DINAS PENDIDIKAN DAN KEBUDAYAAN', 12, True),
           ('Jalan Biola Nomor 1 Samarinda 75123 Telepon (0541) 733912', 9, False)], fnb='serifcb', fn='serifc')
    pt = 10
    p.line('KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA', 'serifcb', 11, align='c')
    p.line('NOMOR 800/2147/Disdikbud-Sek/VI/2025', 'serifc', 11, align='c')
    p.y += 10
    p.line('TENTANG', 'serifc', 11, align='c')
    p.y += 10
    p.line('PEMBENTUKAN TIM VERIFIKASI DATA POKOK PENDIDIKAN', 'serifcb', 11, align='c')
    p.line('JENJANG SEKOLAH DASAR DAN SEKOLAH MENENGAH PERTAMA TAHUN 2025', 'serifcb', 11, align='c')
    p.y += 20
    p.line('KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA,', 'serifc', pt, align='c')
    p.y += 15
    XL, XC, XN, XT = ML, ML + 300, ML + 340, ML + 410
    men = ['bahwa untuk menjamin keakuratan data peserta didik, pendidik dan satuan pendidikan sebagai dasar '
           'penyaluran bantuan operasional sekolah, perlu dilakukan verifikasi Data Pokok Pendidikan secara berkala;',
           'bahwa untuk kelancaran pelaksanaan verifikasi sebagaimana dimaksud pada huruf a, perlu dibentuk tim '
           'verifikasi yang ditetapkan dengan Keputusan Kepala Dinas;',
           'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan '
           'Kepala Dinas Pendidikan dan Kebudayaan tentang Pembentukan Tim Verifikasi Data Pokok Pendidikan Jenjang '
           'Sekolah Dasar dan Sekolah Menengah Pertama Tahun 2025;']
    for i, t in enumerate(men):
        pre = ([(XL, 'Menimbang', 'serifc'), (XC, ':', 'serifc')] if i == 0 else []) + [(XN, 'abc'[i] + '.', 'serifc')]
        p.para(t, 'serifc', pt, x0=XT, prefix=pre, after=6)
    p.y += 8
    ing = ['Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional;',
           'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah '
           'terakhir dengan Undang-Undang Nomor 6 Tahun 2023;',
           'Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor 63 Tahun 2023 tentang Petunjuk Teknis '
           'Pengelolaan Dana Bantuan Operasional Satuan Pendidikan;',
           'Peraturan Wali Kota Samarinda Nomor 41 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi '
           'serta Tata Kerja Dinas Pendidikan dan Kebudayaan;']
    for i, t in enumerate(ing):
        pre = ([(XL, 'Mengingat', 'serifc'), (XC, ':', 'serifc')] if i == 0 else []) + [(XN, f'{i + 1}.', 'serifc')]
        p.para(t, 'serifc', pt, x0=XT, prefix=pre, after=6)
    p.y += 15
    p.line('MEMUTUSKAN:', 'serifcb', 11, align='c')
    p.y += 10
    p.para('KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN TENTANG PEMBENTUKAN TIM VERIFIKASI DATA POKOK '
           'PENDIDIKAN JENJANG SEKOLAH DASAR DAN SEKOLAH MENENGAH PERTAMA TAHUN 2025.', 'serifc', pt, x0=XN,
           prefix=[(XL, 'Menetapkan', 'serifc'), (XC, ':', 'serifc')], after=10)
    dik = [('KESATU', 'Membentuk Tim Verifikasi Data Pokok Pendidikan Jenjang Sekolah Dasar dan Sekolah Menengah Pertama '
                      'Tahun 2025 dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian '
                      'tidak terpisahkan dari Keputusan ini.'),
           ('KEDUA', 'Tim sebagaimana dimaksud dalam Diktum KESATU bertugas memeriksa kesesuaian data sekolah, melakukan '
                     'kunjungan sampel ke satuan pendidikan dan menyampaikan laporan hasil verifikasi kepada Kepala Dinas '
                     'paling lambat tanggal 15 Desember 2025.'),
           ('KETIGA', 'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan '
                      'Anggaran Dinas Pendidikan dan Kebudayaan Kota Samarinda Tahun Anggaran 2025.'),
           ('KEEMPAT', 'Keputusan ini mulai berlaku pada tanggal ditetapkan.')]
    for k, t in dik:
        p.para(t, 'serifc', pt, x0=XN, prefix=[(XL, k, 'serifc'), (XC, ':', 'serifc')], after=8)
    p.y += 15
    X = 1420
    for k, v in [('Ditetapkan di', 'Samarinda'), ('pada tanggal', '16 Juni 2025')]:
        p.segs([(X, k, 'serifc', 'l'), (X + 300, ':', 'serifc', 'l'), (X + 330, v, 'serifc', 'l')], pt)
    p.y += 10
    p.sig(['KEPALA DINAS,', None, 'H. MUHAMMAD RIDWAN, S.Pd., M.M.', 'Pembina Tingkat I', 'NIP 19720914 199802 1 003'],
          x=X, pt=pt, fn='serifc', fnb='serifcb', name_idx=2, space=150)
    p.check('sk')
    return p

def page_rekap():
    RL, RR = 150, 2330   # narrower print margins (spreadsheet export)
    p = Page(); p.y = 140
    p.line('REKAPITULASI REALISASI ANGGARAN BELANJA PER SUB KEGIATAN', 'sansb', 11, align='c')
    p.line('KECAMATAN SAMARINDA ULU', 'sansb', 11, align='c')
    p.line('Periode s.d. 31 Oktober 2025', 'sans', 10, align='c')
    p.y += 25
    sub = [
        ('7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 48500000, 41725000),
        ('7.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 36000000, 27150000),
        ('7.01.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 6482750000, 5318904600),
        ('7.01.01.2.02.0005', 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD', 22400000, 9600000),
        ('7.01.01.2.05.0009', 'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi', 65000000, 38275000),
        ('7.01.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 97300000, 83440000),
        ('7.01.01.2.06.0004', 'Penyediaan Bahan Logistik Kantor', 54600000, 47918000),
        ('7.01.01.2.06.0005', 'Penyediaan Barang Cetakan dan Penggandaan', 31250000, 26470500),
        ('7.01.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 186400000, 142865000),
        ('7.01.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 129600000, 104288750),
        ('7.01.01.2.08.0004', 'Penyediaan Jasa Pelayanan Umum Kantor', 412800000, 340560000),
        ('7.01.01.2.09.0001', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas', 74500000, 52931000),
        ('7.01.01.2.09.0009', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya', 235000000, 118750000),
        ('7.01.02.2.01.0002', 'Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah', 42000000, 33600000),
        ('7.01.02.2.03.0001', 'Pelaksanaan Pembangunan Sarana dan Prasarana Kelurahan (Program Pro-Bebaya)', 8400000000, 5762350000),
        ('7.01.03.2.01.0004', 'Pembinaan Ketenteraman dan Ketertiban Umum', 88500000, 71070000),
        ('7.01.04.2.01.0002', 'Fasilitasi Penyelenggaraan Kegiatan Sosial Kemasyarakatan', 45000000, 44325000),
        ('7.01.05.2.01.0001', 'Fasilitasi Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 39600000, 28710000),
        ('7.01.06.2.01.0003', 'Penataan Rencana Penggunaan Ruang Publik Kecamatan', 26000000, 0),
        ('7.01.07.2.01.0001', 'Sinkronisasi Program Kerja Kelurahan', 33750000, 30150000),
    ]
    rows, tp, tr = [], 0, 0
    for i, (k, n, pg, re) in enumerate(sub, 1):
        tp += pg; tr += re
        rows.append([str(i), k, n, rp(pg), rp(re), rp(pg - re), pct(re / pg * 100)])
    rows.append(['', '', 'TOTAL', rp(tp), rp(tr), rp(tp - tr), pct(tr / tp * 100)])
    rows[-1] = ['TOTAL', rp(tp), rp(tr), rp(tp - tr), pct(tr / tp * 100)]
    hdr = ['No', 'Kode', 'Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%']
    ws = [75, 340, 683, 325, 325, 302, 130]
    p.table(hdr, rows[:-1], ws, ['c', 'l', 'l', 'r', 'r', 'r', 'r'], 'cond', 'condb', 9, ruled='full', pad=8, x0=RL, x1=RR,
            gap=1.17, hfill=230)
    # total row: label spans first three columns
    p.y -= 30
    xs = col_xs(ws, RL, RR)
    fb = F('condb', 9); rh = p.lh(9, 1.17) + 20
    tr_ = rows[-1]
    p.d.text(((xs[0] + xs[3]) / 2 - fb.getlength('TOTAL') / 2, p.y + 10), 'TOTAL', font=fb, fill=INK)
    for j, v in enumerate(tr_[1:]):
        assert fb.getlength(v) <= xs[4 + j] - xs[3 + j] - 16, ('total overflow', v)
        p.d.text((xs[4 + j] - 8 - fb.getlength(v), p.y + 10), v, font=fb, fill=INK)
    for x in [xs[0]] + xs[3:]: p.d.line([(x, p.y), (x, p.y + rh)], fill=INK, width=3)
    p.d.line([(xs[0], p.y + rh), (xs[-1], p.y + rh)], fill=INK, width=3)
    p.lines.append(' '.join(tr_)); p.tables[-1].append(tr_)
    p.y += rh + 30
    nz = [i for i, x in enumerate(sub, 1) if x[3] == 0][0]
    p.para(f'Catatan: sub kegiatan nomor {nz} belum terealisasi karena menunggu penetapan lokasi oleh Tim Penataan Ruang '
           'Publik; realisasi gaji dan tunjangan ASN termasuk TPP bulan Oktober 2025.', 'sans', 9, justify=False,
           after=12)
    p.line('Samarinda, 4 November 2025', 'sans', 10, x=1500)
    p.sig(['Camat Samarinda Ulu,', None, 'Andi Firmansyah, S.STP., M.Si.', 'Pembina', 'NIP 19850627 200412 1 002'],
          x=1500, pt=10, fn='sans', fnb='sansb', name_idx=2, space=150)
    p.check('rekap')
    p.meta = {'sub': sub}
    return p

PAGES = [('surat_undangan', page_undangan), ('bast_barang', page_bast), ('lkjip_indikator', page_lkjip),
         ('ssh_harga', page_ssh), ('buletin_dua_kolom', page_buletin), ('sk_keputusan', page_sk),
         ('rekap_realisasi', page_rekap)]

# ------------------------------------------------------------------ degradations
def quant(img, levels=16):
    a = np.asarray(img, dtype=np.float32)
    step = 255 / (levels - 1)
    return Image.fromarray((np.round(a / step) * step).clip(0, 255).astype(np.uint8))

def save_png_gray(img, path, dpi):
    q = quant(img).convert('P', palette=Image.ADAPTIVE, colors=16) if img.mode == 'L' else img
    q.save(path, optimize=True, dpi=(dpi, dpi))

def d_dpi150(img, rng):
    return img.resize((W // 2, H // 2), Image.LANCZOS)

def d_fax(img, rng):
    w2, h2 = round(W * 200 / 300), round(H * 100 / 300)
    a = np.asarray(img.resize((w2, h2), Image.BILINEAR), dtype=np.float32)
    a += rng.normal(0, 18, a.shape)
    b = a > 150
    # horizontal streaks: a few dark lines and dropout (white) lines
    for _ in range(6):
        r = rng.integers(0, h2)
        if rng.random() < 0.5:
            b[r, :] &= rng.random(w2) > 0.7   # dark streak, mostly black
        else:
            b[r, :] |= rng.random(w2) > 0.2   # dropout
    # vertical drum smear line
    c = rng.integers(w2 // 4, 3 * w2 // 4)
    b[:, c] &= rng.random(h2) > 0.5
    # speckle
    sp = rng.random(b.shape) < 0.0015
    b[sp] = ~b[sp]
    im = Image.fromarray((b * 255).astype(np.uint8)).convert('1', dither=Image.NONE)
    return im.resize((w2, h2 * 2), Image.NEAREST)

def d_skew(img, rng):
    img = img.resize((round(W * 2 / 3), round(H * 2 / 3)), Image.LANCZOS)   # scanned at 200 dpi
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.92 + 8     # greyish paper
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = im.rotate(2.0, resample=Image.BICUBIC, expand=True, fillcolor=236)
    a = np.asarray(im, dtype=np.float32)
    a += rng.normal(0, 6, a.shape)
    # low-frequency toner unevenness
    yy = np.linspace(0, 1, a.shape[0])[:, None]
    a -= 12 * yy
    return Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))

def find_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=np.float64); B = np.array([c for pt in src for c in pt], dtype=np.float64)
    return np.linalg.solve(A, B)

def d_phone(img, rng):
    OW, OH = 1800, 2400
    # background: dark wooden-ish table with noise
    yy, xx = np.mgrid[0:OH, 0:OW]
    base = 95 + 18 * np.sin(xx / 37.0 + 3 * np.sin(yy / 210.0)) + rng.normal(0, 6, (OH, OW))
    bg = np.stack([base * 1.05, base * 0.78, base * 0.55], -1)
    # sheet corners in output (perspective tilt)
    dst = [(260 + rng.integers(-20, 20), 150), (1590, 215 + rng.integers(-20, 20)), (1700, 2290), (150, 2230)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = find_coeffs(src, dst)
    page = img.convert('RGB')
    warped = page.transform((OW, OH), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=None)
    mask = Image.new('L', (W, H), 255).transform((OW, OH), Image.PERSPECTIVE, tuple(coeffs), Image.BILINEAR)
    wa = np.asarray(warped, dtype=np.float32) * np.array([1.0, 0.98, 0.93])
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255
    out = wa * m + bg * (1 - m)
    # uneven lighting: bright top-left, shadow bottom-right
    light = 1.08 - 0.35 * ((xx / OW) * 0.6 + (yy / OH) * 0.7) ** 1.5
    out = out * light[..., None]
    out += rng.normal(0, 4, out.shape)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    return im

def d_stamp(img, page, rng):
    im = img.convert('RGB')
    S = 540
    st = Image.new('L', (S, S), 0); d = ImageDraw.Draw(st)
    d.ellipse([10, 10, S - 10, S - 10], outline=255, width=14)
    d.ellipse([60, 60, S - 60, S - 60], outline=255, width=6)
    f = F('sansb', 9)
    txt = 'PEMERINTAH KOTA SAMARINDA * ' 
    n = len(txt); r = S / 2 - 40
    for i, ch in enumerate(txt):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        ci = Image.new('L', (60, 60), 0); ImageDraw.Draw(ci).text((30, 30), ch, font=f, fill=255, anchor='mm')
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        st.paste(255, (int(S / 2 + r * math.cos(ang) - 30), int(S / 2 + r * math.sin(ang) - 30)), ci)
    f2 = F('sansb', 10)
    d.text((S / 2, S / 2 - 30), 'SAMARINDA', font=f2, fill=255, anchor='mm')
    d.text((S / 2, S / 2 + 35), 'KALIMANTAN TIMUR', font=F('sans', 7), fill=255, anchor='mm')
    st = st.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    a = np.asarray(st, dtype=np.float32) / 255
    a *= (0.55 + 0.45 * rng.random(a.shape)) # uneven ink
    x0, y0, x1, y1 = page.sig_box or (1500, page.y - 420, 2300, page.y - 60)
    cx, cy = int(x0 - 60), int((y0 + y1) / 2 - 40)
    arr = np.asarray(im, dtype=np.float32)
    col = np.array([70, 60, 170], dtype=np.float32)  # purple-blue ink
    ys, xs = slice(cy - S // 2, cy + S // 2), slice(cx - S // 2, cx + S // 2)
    reg = arr[ys, xs]
    k = (a * 0.85)[..., None]
    arr[ys, xs] = reg * (1 - k) + np.minimum(reg, col) * k
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    # signature scribble over the name area
    d = ImageDraw.Draw(im)
    pts = []
    sx, sy = x0 + 40, y0 + (y1 - y0) * 0.45
    for t in np.linspace(0, 1, 160):
        pts.append((sx + 620 * t + 60 * math.sin(t * 31), sy + 70 * math.sin(t * 19 + 1) * (1 - t * 0.5) - 90 * t))
    d.line(pts, fill=(20, 30, 110), width=7, joint='curve')
    d.line([(sx + 80, sy + 70), (sx + 680, sy - 20)], fill=(20, 30, 110), width=5)
    return im

DEGS = ['clean_300dpi', 'dpi150', 'fax', 'jpeg_q25', 'pdf_skew2', 'phone_photo', 'stamp', 'sideways', 'upside_down']
EXT = {'clean_300dpi': 'png', 'dpi150': 'png', 'fax': 'png', 'jpeg_q25': 'jpg', 'pdf_skew2': 'pdf',
       'phone_photo': 'jpg', 'stamp': 'png', 'sideways': 'png', 'upside_down': 'png'}

def main():
    os.makedirs(os.path.join(OUT, 'truth'), exist_ok=True)
    manifest = []
    only = os.environ.get('ONLY')
    for ti, (tt, fn) in enumerate(PAGES):
        if only and tt != only:
            continue
        page = fn()
        img = page.img
        # faint paper tone so clean is not pure synthetic white
        lines = page.lines
        for l in lines:
            assert l == l.strip() and '  ' not in l, (tt, l)
        open(os.path.join(OUT, 'truth', f'{tt}.txt'), 'w').write('\n'.join(lines) + '\n')
        if page.tables:
            json.dump(page.tables, open(os.path.join(OUT, 'truth', f'{tt}.tables.json'), 'w'), ensure_ascii=False,
                      indent=1)
        pdir = os.path.join(OUT, 'pages', tt); os.makedirs(pdir, exist_ok=True)
        for di, dg in enumerate(DEGS):
            rng = np.random.default_rng(1000 * ti + di + 6)
            path = os.path.join(pdir, f'{tt}__{dg}.{EXT[dg]}')
            if dg == 'clean_300dpi':
                save_png_gray(img, path, 300)
            elif dg == 'dpi150':
                save_png_gray(d_dpi150(img, rng), path, 150)
            elif dg == 'fax':
                d_fax(img, rng).save(path, optimize=True, dpi=(200, 200))
            elif dg == 'jpeg_q25':
                img.save(path, quality=25, optimize=True, dpi=(300, 300))
            elif dg == 'pdf_skew2':
                im = d_skew(img, rng)
                buf = io.BytesIO(); im.save(buf, 'JPEG', quality=35, optimize=True); buf.seek(0)
                Image.open(buf).save(path, 'PDF', resolution=200.0)
            elif dg == 'phone_photo':
                d_phone(img, rng).save(path, quality=62, optimize=True)
            elif dg == 'stamp':
                st = d_stamp(img, page, rng)
                st.convert('P', palette=Image.ADAPTIVE, colors=16).save(path, optimize=True, dpi=(300, 300))
            elif dg == 'sideways':
                save_png_gray(img.transpose(Image.ROTATE_270), path, 300)
            elif dg == 'upside_down':
                save_png_gray(img.transpose(Image.ROTATE_180), path, 300)
            e = {'file': f'pages/{tt}/{tt}__{dg}.{EXT[dg]}', 'text_type': tt, 'degradation': dg,
                 'truth': f'truth/{tt}.txt'}
            if page.tables:
                e['tables'] = f'truth/{tt}.tables.json'
            manifest.append(e)
        print(tt, 'lines', len(lines), 'tables', [len(t) for t in page.tables], 'y', page.y)
    json.dump(manifest, open(os.path.join(OUT, 'manifest.json'), 'w'), indent=1)

if __name__ == '__main__':
    main()
