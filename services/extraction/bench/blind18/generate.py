#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr18".

Deterministic: fixed seeds, no timestamps taken from the clock.
Run:  /work/scratch/ocr18/bin/python generate.py
Writes pages/, truth/, manifest.json next to this file.
"""
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {
    'sans': 'DejaVuSans.ttf', 'sansb': 'DejaVuSans-Bold.ttf', 'sansi': 'DejaVuSans-Oblique.ttf',
    'cond': 'DejaVuSansCondensed.ttf', 'condb': 'DejaVuSansCondensed-Bold.ttf',
    'condi': 'DejaVuSansCondensed-Oblique.ttf',
    'serif': 'DejaVuSerif.ttf', 'serifb': 'DejaVuSerif-Bold.ttf', 'serifi': 'DejaVuSerif-Italic.ttf',
    'serifc': 'DejaVuSerifCondensed.ttf', 'serifcb': 'DejaVuSerifCondensed-Bold.ttf',
    'serifci': 'DejaVuSerifCondensed-Italic.ttf', 'mono': 'DejaVuSansMono.ttf',
}
DPI = 300
A4 = (2480, 3508)
A4L = (3508, 2480)
_fc = {}


def F(name, size_pt):
    k = (name, size_pt)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONTS[name], int(round(size_pt * DPI / 72)))
    return _fc[k]


def px(p):
    return int(round(p * DPI / 72))


# ---------------------------------------------------------------- numbers
def rp(n, dec=True):
    s = f'{int(n):,}'.replace(',', '.')
    return s + ',00' if dec else s


def pct(x):
    return f'{x:.2f}'.replace('.', ',')


SAT = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas']


def terbilang(n):
    n = int(n)
    if n < 12:
        return SAT[n]
    if n < 20:
        return terbilang(n - 10) + ' belas'
    if n < 100:
        return (terbilang(n // 10) + ' puluh ' + terbilang(n % 10)).strip()
    if n < 200:
        return ('seratus ' + terbilang(n - 100)).strip()
    if n < 1000:
        return (terbilang(n // 100) + ' ratus ' + terbilang(n % 100)).strip()
    if n < 2000:
        return ('seribu ' + terbilang(n - 1000)).strip()
    if n < 10**6:
        return (terbilang(n // 1000) + ' ribu ' + terbilang(n % 1000)).strip()
    if n < 10**9:
        return (terbilang(n // 10**6) + ' juta ' + terbilang(n % 10**6)).strip()
    return (terbilang(n // 10**9) + ' miliar ' + terbilang(n % 10**9)).strip()


def cap_words(s):
    return ' '.join(w.capitalize() for w in s.split())


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, size=A4):
        self.img = Image.new('L', size, 255)
        self.d = ImageDraw.Draw(self.img)
        self.W, self.H = size
        self.lines = []
        self.tables = []
        self.sign = None      # (x, y) centre of the main signature area (for stamp degradation)

    def tw(self, t, f):
        return self.d.textlength(t, font=f)

    def put(self, x, y, t, f, align='l', fill=0):
        w = self.tw(t, f)
        if align == 'c':
            x = x - w / 2
        elif align == 'r':
            x = x - w
        self.d.text((x, y), t, font=f, fill=fill, anchor='ls')
        return x, x + w

    def row(self, y, parts, record=True, fill=0):
        """Draw pieces of ONE printed line at baseline y; record them joined by one space."""
        segs = []
        for p in parts:
            x, t, f = p[:3]
            a = p[3] if len(p) > 3 else 'l'
            if not t:
                continue
            assert t == t.strip() and '  ' not in t, repr(t)
            x0, _ = self.put(x, y, t, f, a, fill)
            segs.append((x0, t))
        if record and segs:
            self.lines.append(' '.join(t for _, t in sorted(segs)))

    def wrap(self, text, f, width):
        words = text.split(' ')
        out, cur = [], ''
        for w in words:
            cand = (cur + ' ' + w) if cur else w
            if self.tw(cand, f) <= width or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, text, f, width, lh, prefix=None, justify=False):
        """Wrapped paragraph; prefix (x, text) printed on the first line only (e.g. '1.')."""
        lines = self.wrap(text, f, width)
        for i, ln in enumerate(lines):
            parts = []
            if prefix and i == 0:
                parts.append((prefix[0], prefix[1], f))
            if justify and i < len(lines) - 1 and ' ' in ln:
                # justified: draw word by word but record as one piece-list joined by single spaces
                words = ln.split(' ')
                total = sum(self.tw(w, f) for w in words)
                gap = (width - total) / (len(words) - 1)
                xx = x
                for w in words:
                    parts.append((xx, w, f))
                    xx += self.tw(w, f) + gap
            else:
                parts.append((x, ln, f))
            self.row(y, parts)
            y += lh
        return y

    def hline(self, x0, x1, y, w=3, fill=0):
        self.d.rectangle([x0, y, x1, y + w - 1], fill=fill)

    def vline(self, x, y0, y1, w=3, fill=0):
        self.d.rectangle([x, y0, x + w - 1, y1], fill=fill)

    def table(self, x0, y0, widths, rows, f, fb=None, style='grid', header=1, aligns=None,
              spans=None, vmerge=None, lh=None, padx=14, pady=10, shade_header=None,
              shade_cells=None, bold_rows=(), lw=3, valign_num=False):
        """rows: list of rows; a cell is a str (auto-wrapped) or a list of str (explicit lines).
        spans: {(r,c): ncols}; vmerge: set of (r,c) cells covered by the cell above.
        Records one truth line per row and the table grid (merged -> text in first cell)."""
        fb = fb or f
        spans = spans or {}
        vmerge = vmerge or set()
        shade_cells = shade_cells or {}
        aligns = aligns or ['l'] * len(widths)
        asc, desc = f.getmetrics()
        lh = lh or int((asc + desc) * 1.12)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        covered = set()
        for (r, c), n in spans.items():
            for k in range(1, n):
                covered.add((r, c + k))
        grid = []
        y = y0
        geo = []
        for r, cells in enumerate(rows):
            assert len(cells) == len(widths), (r, cells)
            font = fb if (r < header or r in bold_rows) else f
            clines = []
            for c, cell in enumerate(cells):
                if (r, c) in covered:
                    assert cell in ('', []), (r, c, cell)
                    clines.append([])
                    continue
                n = spans.get((r, c), 1)
                wcell = xs[c + n] - xs[c] - 2 * padx
                if isinstance(cell, list):
                    ls = cell
                elif cell == '':
                    ls = []
                else:
                    ls = self.wrap(cell, font, wcell)
                for ln in ls:
                    assert self.tw(ln, font) <= wcell + 1, ('cell too narrow', ln)
                clines.append(ls)
            nl = max(1, max(len(x) for x in clines))
            h = nl * lh + 2 * pady
            geo.append((y, h, clines, font))
            grid.append([' '.join(x) for x in clines])
            y += h
        y_end = y
        # shading
        for r, (yt, h, clines, font) in enumerate(geo):
            for c in range(len(widths)):
                if (r, c) in covered:
                    continue
                n = spans.get((r, c), 1)
                shade = None
                if shade_header is not None and r < header:
                    shade = shade_header
                if (r, c) in shade_cells:
                    shade = shade_cells[(r, c)]
                if shade is not None:
                    self.d.rectangle([xs[c], yt, xs[c + n], yt + h], fill=shade)
        # vertical merge: extend shading handled by same colour; text
        for r, (yt, h, clines, font) in enumerate(geo):
            parts = []
            for c, ls in enumerate(clines):
                if not ls:
                    continue
                n = spans.get((r, c), 1)
                a = aligns[c] if r >= header else 'c'
                if (r, c) in spans and r >= header and a == 'l' and spans[(r, c)] > 1 and c > 0:
                    a = 'l'
                for i, ln in enumerate(ls):
                    by = yt + pady + asc + i * lh
                    if a == 'l':
                        xx = xs[c] + padx
                    elif a == 'r':
                        xx = xs[c + n] - padx
                    else:
                        xx = (xs[c] + xs[c + n]) / 2
                    self.put(xx, by, ln, font, a)
            self.lines.append(' '.join(g for g in grid[r] if g))
        # rules
        x_end = xs[-1]
        if style == 'grid':
            for r, (yt, h, clines, font) in enumerate(geo):
                for c in range(len(widths)):
                    if (r, c) in covered:
                        continue
                    n = spans.get((r, c), 1)
                    if (r, c) not in vmerge:
                        self.hline(xs[c], xs[c + n], yt, lw)
                    if (r + 1, c) not in vmerge:
                        self.hline(xs[c], xs[c + n] + lw - 1, yt + h, lw)
                    self.vline(xs[c], yt, yt + h, lw)
                    self.vline(xs[c + n], yt, yt + h, lw)
        elif style == 'hrules':
            self.hline(x0, x_end, y0, lw + 2)
            for r, (yt, h, clines, font) in enumerate(geo):
                if r == header - 1:
                    self.hline(x0, x_end, yt + h, lw + 1)
                elif r == len(geo) - 1:
                    self.hline(x0, x_end, yt + h, lw + 2)
                else:
                    self.hline(x0, x_end, yt + h, 2, fill=90)
        # style 'none': nothing at all
        for row in grid:
            assert len(row) == len(widths)
        self.tables.append(grid)
        return y_end, xs, geo

    # ---------------------------------------------------------- decorations
    def emblem(self, cx, cy, s):
        d = self.d
        pts = [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + 0.2 * s), (cx, cy + 1.25 * s),
               (cx - s, cy + 0.2 * s)]
        d.polygon(pts, outline=0, width=6)
        pts2 = [(cx - 0.75 * s, cy - 0.75 * s), (cx + 0.75 * s, cy - 0.75 * s), (cx + 0.75 * s, cy + 0.1 * s),
                (cx, cy + 0.95 * s), (cx - 0.75 * s, cy + 0.1 * s)]
        d.polygon(pts2, outline=60, width=3)
        d.ellipse([cx - 0.3 * s, cy - 0.45 * s, cx + 0.3 * s, cy + 0.15 * s], outline=0, width=5)
        for k in range(5):
            a = math.pi * (0.15 + 0.175 * k)
            d.line([cx, cy + 0.6 * s, cx + 0.7 * s * math.cos(a + math.pi), cy + 0.6 * s - 0.7 * s * math.sin(a)],
                   fill=40, width=4)

    def scribble(self, cx, cy, w, rng, fill=20, width=5, img=None):
        d = ImageDraw.Draw(img) if img is not None else self.d
        n = rng.randint(5, 8)
        pts = []
        for i in range(n * 8):
            t = i / (n * 8 - 1)
            x = cx - w / 2 + w * t + 0.18 * w * math.sin(t * n * math.pi * 1.1 + rng.random())
            y = cy + 0.22 * w * math.sin(t * n * 2.1 + rng.random() * 0.3) * (1 - 0.5 * t) - 0.05 * w
            pts.append((x, y))
        d.line(pts, fill=fill, width=width, joint='curve')
        d.line([(cx - w * 0.45, cy + 0.12 * w), (cx + w * 0.5, cy + 0.02 * w)], fill=fill, width=max(2, width - 2))

    def hand(self, x, y, text, size_pt, rng, fill=35):
        """Handwriting-like text: per-glyph jitter of baseline, size and slant. Recorded as one line."""
        xx = x
        for ch in text:
            if ch == ' ':
                xx += px(size_pt) * 0.33
                continue
            f = F('condi' if rng.random() < 0.5 else 'sansi', size_pt + rng.choice([-1, 0, 0, 1]))
            dy = rng.randint(-5, 5)
            self.d.text((xx, y + dy), ch, font=f, fill=fill, anchor='ls', stroke_width=1, stroke_fill=fill)
            xx += self.d.textlength(ch, font=f) + rng.randint(-1, 3)
        self.lines.append(text)
        return xx


def kop(P, opd, addr, y0=170, serif=False, emblem=True, size=15):
    fb = F('serifb' if serif else 'sansb', 13)
    fb2 = F('serifb' if serif else 'sansb', size)
    fs = F('serif' if serif else 'sans', 9)
    cx = P.W / 2 + 90
    if emblem:
        P.emblem(265, y0 + 125, 95)
    y = y0 + px(13)
    P.row(y, [(cx, 'PEMERINTAH KOTA SAMARINDA', fb, 'c')])
    y += px(19)
    for ln in opd:
        P.row(y, [(cx, ln, fb2, 'c')])
        y += px(20)
    for ln in addr:
        P.row(y, [(cx, ln, fs, 'c')])
        y += px(12.5)
    y += 8
    P.hline(170, P.W - 170, y, 10)
    P.hline(170, P.W - 170, y + 18, 3)
    return y + 70


def nip(rng, y0=1966, y1=1998, tmt0=1990, tmt1=2022, sex=None):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    ty = max(tmt0, min(tmt1, y + rng.randint(22, 30)))
    tm = rng.choice([1, 1, 3, 4, 12])
    s = sex or rng.choice([1, 2])
    return f'{y}{m:02d}{d:02d} {ty}{tm:02d} {s} {rng.randint(1, 12):03d}'


# ================================================================= documents
def doc_sp2d():
    P = Page(A4)
    rng = random.Random(101)
    f = F('serif', 10)
    fb = F('serifb', 10)
    fi = F('serifi', 10)
    lh = px(13)
    L, R = 190, P.W - 190
    y = kop(P, ['BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH'],
            ['Jl. Kesuma Bangsa No. 82 Samarinda, Kalimantan Timur 75121',
             'Telepon (0541) 741037, Laman bpkad.samarindakota.go.id'], serif=True, size=14, y0=110)
    P.d.rectangle([L, y, R, y + 160], outline=0, width=4)
    P.row(y + 68, [(P.W / 2, 'SURAT PERINTAH PENCAIRAN DANA (SP2D)', F('serifb', 13), 'c')])
    P.row(y + 130, [(P.W / 2, 'Nomor : 00812/SP2D-LS/BPKAD/III/2026', fb, 'c')])
    y += 160
    # two boxes = two columns (left column first in reading order)
    mid = P.W // 2
    bh = 5 * lh + 40
    P.d.rectangle([L, y, mid, y + bh], outline=0, width=4)
    P.d.rectangle([mid, y, R, y + bh], outline=0, width=4)
    left = [('Nomor SPM', '00341/SPM-LS/DPUPR/III/2026'), ('Tanggal SPM', '16 Maret 2026'),
            ('SKPD', 'Dinas Pekerjaan Umum'), ('', 'dan Penataan Ruang'), ('Dari', 'Kuasa BUD Kota Samarinda')]
    right = [('Tahun Anggaran', '2026'), ('Tanggal SP2D', '18 Maret 2026'), ('Jenis SP2D', 'LS Barang dan Jasa'),
             ('Sumber Dana', 'DAU'), ('Halaman', '1 dari 1')]
    for col, x0 in ((left, L + 25), (right, mid + 25)):
        yy = y + 22 + px(10)
        kw = 330 if x0 < mid else 390
        for k, v in col:
            parts = [(x0 + kw, v, f)]
            if k:
                parts += [(x0, k, f), (x0 + kw - 30, ':', f)]
            P.row(yy, parts)
            yy += lh
    y += bh + 40 + px(10)
    gross_items = [('5.1.02.03.02.0121', 'Belanja Pemeliharaan Jalan Kota-Jalan Lingkungan', 143870000),
                   ('5.1.02.03.02.0123', 'Belanja Pemeliharaan Jembatan-Jembatan pada Jalan Kota', 38215500),
                   ('5.1.02.01.01.0052', 'Belanja Bahan-Bahan Lainnya', 5370800)]
    gross = sum(a for _, _, a in gross_items)
    y = P.para(L, y, 'Bank / Pos : PT Bankaltimtara Cabang Utama Samarinda', f, R - L, lh)
    y = P.para(L, y, f'Hendaklah mencairkan / memindahbukukan dari baki Rekening Nomor 0011002537 '
               f'uang sebesar Rp {rp(gross)}', f, R - L, lh)
    y += 10
    tb = 'Terbilang : ' + cap_words(terbilang(gross)) + ' Rupiah'
    tl = P.wrap(tb, fi, R - L - 60)
    P.d.rectangle([L, y - 8, R, y + len(tl) * lh + 20], fill=232, outline=0, width=2)
    yy = y + px(11)
    for ln in tl:
        P.row(yy, [(L + 30, ln, fi)])
        yy += lh
    y += len(tl) * lh + 85
    kv = [('Kepada', 'CV Mahakam Karya Utama'), ('NPWP', '01.234.567.8-722.000'),
          ('No. Rekening Bank', '0021456789 (Bankaltimtara KCP Sempaja)'),
          ('Keperluan Untuk', 'Pembayaran Pekerjaan Pemeliharaan Rutin Jalan dan Jembatan Lingkungan '
                              'Kecamatan Samarinda Utara Tahap I sesuai Kontrak Nomor '
                              '600/0188/DPUPR-III/II/2026')]
    for k, v in kv:
        ls = P.wrap(v, f, R - L - 520)
        for i, ln in enumerate(ls):
            parts = [(L + 520, ln, f)]
            if i == 0:
                parts = [(L, k, f), (L + 480, ':', f)] + parts
            P.row(y, parts)
            y += lh
    y += 30
    rows = [['No', 'Kode Rekening', 'Uraian', 'Jumlah (Rp)']]
    for i, (k, u, a) in enumerate(gross_items, 1):
        rows.append([str(i), k, u, rp(a)])
    rows.append(['JUMLAH', '', '', rp(gross)])
    y, _, _ = P.table(L, y, [110, 480, 920, R - L - 1510], rows, f, fb, style='grid', pady=6,
                      aligns=['c', 'l', 'l', 'r'], spans={(len(rows) - 1, 0): 3}, bold_rows=(len(rows) - 1,))
    y += 20
    P.row(y + px(10), [(L, 'Potongan-potongan :', fb)])
    y += lh + 10
    dpp = round(gross * 100 / 111)
    ppn = gross - dpp
    pph = round(dpp * 0.0175)
    pot = [('Pajak Pertambahan Nilai (411211-100)', ppn, 'Disetor via e-Billing'),
           ('PPh Pasal 4 ayat (2) Jasa Konstruksi (411128-409)', pph, 'Tarif 1,75% x DPP')]
    rows = [['No', 'Uraian (No. Rekening)', 'Jumlah (Rp)', 'Keterangan']]
    for i, (u, a, k) in enumerate(pot, 1):
        rows.append([str(i), u, rp(a), k])
    tpot = ppn + pph
    rows.append(['Jumlah Potongan', '', rp(tpot), ''])
    y, _, _ = P.table(L, y, [110, 1050, 420, R - L - 1580], rows, f, fb, style='grid', pady=6,
                      aligns=['c', 'l', 'r', 'l'], spans={(3, 0): 2}, bold_rows=(3,))
    net = gross - tpot
    y += 30 + px(10)
    P.row(y, [(L, 'Jumlah yang Dibayarkan', fb), (L + 560, ':', fb), (L + 600, f'Rp {rp(net)}', fb)])
    y += lh
    y = P.para(L + 600, y, 'Terbilang : ' + cap_words(terbilang(net)) + ' Rupiah', fi, R - L - 600, lh)
    y += 30
    sx = P.W - 620
    P.row(y, [(sx, 'Samarinda, 18 Maret 2026', f, 'c')])
    y += lh
    P.row(y, [(sx, 'Kuasa Bendahara Umum Daerah', f, 'c')])
    P.sign = (sx, y + 120)
    P.scribble(sx, y + 100, 300, rng)
    y += 185
    P.row(y, [(sx, 'SURYANI, S.E., M.Ak.', fb, 'c')])
    P.hline(sx - 230, sx + 230, y + 12, 3)
    y += lh
    P.row(y, [(sx, 'NIP. 19760915 200312 2 008', f, 'c')])
    fs = F('serifi', 9)
    assert y < P.H - 300, ('sp2d overflow', y)
    P.row(P.H - 260, [(L, 'Lembar 1 : Bank yang ditunjuk; Lembar 2 : Pengguna Anggaran/Kuasa Pengguna Anggaran;', fs)])
    P.row(P.H - 260 + px(12), [(L, 'Lembar 3 : Arsip Kuasa BUD; Lembar 4 : Pihak Ketiga', fs)])
    P.hline(L, R, P.H - 190, 2)
    P.row(P.H - 140, [(L, 'Dicetak dari SIPD-RI pada 18/03/2026 14:07:32', F('serif', 9)),
                      (R, 'Halaman 1 dari 1', F('serif', 9), 'r')])
    facts = dict(gross=gross, ppn=ppn, pph=pph, potongan=tpot, net=net, dpp=dpp)
    return P, facts


def doc_nota_dinas():
    P = Page(A4)
    rng = random.Random(202)
    f = F('sans', 11)
    fb = F('sansb', 11)
    lh = px(15)
    L, R = 230, P.W - 210
    y = kop(P, ['DINAS KOMUNIKASI DAN INFORMATIKA'],
            ['Jl. Dahlia No. 81, Kelurahan Bugis, Samarinda 75121',
             'Pos-el: diskominfo@samarindakota.go.id'])
    y += 0
    P.row(y + px(14), [(P.W / 2, 'NOTA DINAS', F('sansb', 14), 'c')])
    P.hline(P.W / 2 - 210, P.W / 2 + 210, y + px(14) + 14, 3)
    y += px(14) + 110
    kv = [('Kepada', 'Yth. Kepala Dinas Komunikasi dan Informatika'),
          ('Dari', 'Kepala Bidang Aplikasi Informatika'),
          ('Tembusan', 'Sekretaris Dinas'),
          ('Tanggal', '9 April 2026'),
          ('Nomor', '005/0873/DISKOMINFO-III/IV/2026'),
          ('Sifat', 'Segera'),
          ('Lampiran', '1 (satu) berkas'),
          ('Hal', 'Permohonan Persetujuan Pelaksanaan Uji Coba Layanan Tanda Tangan Elektronik pada '
                  'Perangkat Daerah')]
    for k, v in kv:
        ls = P.wrap(v, f, R - L - 420)
        for i, ln in enumerate(ls):
            parts = [(L + 420, ln, f)]
            if i == 0:
                parts = [(L, k, f), (L + 380, ':', f)] + parts
            P.row(y, parts)
            y += lh
    y -= lh - 30
    P.hline(L, R, y, 5)
    y += 40 + lh
    body = [
        None,
        'Sehubungan dengan Surat Edaran Wali Kota Samarinda Nomor 100.3.4/0291/HUK-I/II/2026 tanggal 2 '
        'Februari 2026 tentang '
        'Percepatan Penerapan Sistem Pemerintahan Berbasis Elektronik, dengan hormat kami sampaikan hal-hal '
        'sebagai berikut:',
        ('1.', 'Bidang Aplikasi Informatika telah menyiapkan integrasi sertifikat elektronik dengan Balai '
               'Besar Sertifikasi Elektronik untuk 120 (seratus dua puluh) akun pejabat struktural;'),
        ('2.', 'Uji coba direncanakan pada tanggal 20 s.d. 30 April 2026 di 5 (lima) Perangkat Daerah, yaitu '
               'BPKAD, Bapperida, Inspektorat, DPMPTSP dan Dinas Kependudukan dan Pencatatan Sipil;'),
        ('3.', 'Kebutuhan anggaran sebesar Rp 18.750.000,00 dibebankan pada DPA Tahun 2026 kode rekening '
               '5.1.02.02.01.0013 Belanja Jasa Tenaga Pelayanan Umum.'),
        'Demikian disampaikan, mohon petunjuk dan persetujuan Bapak. Atas perhatiannya diucapkan terima kasih.',
    ]
    for b in body:
        if b is None:
            continue
        if isinstance(b, tuple):
            y = P.para(L + 80, y, b[1], f, R - L - 80, lh, prefix=(L + 20, b[0]))
        else:
            y = P.para(L, y, b, f, R - L, lh, justify=True)
        y += 12
    y += 20
    sx = P.W - 640
    P.row(y, [(sx, 'Kepala Bidang Aplikasi Informatika,', f, 'c')])
    P.sign = (sx, y + 140)
    P.scribble(sx, y + 120, 300, rng)
    y += 230
    P.row(y, [(sx, 'RIZKY AMALIA PUTRI, S.Kom., M.T.', fb, 'c')])
    y += lh
    P.row(y, [(sx, 'Penata Tingkat I (III/d)', f, 'c')])
    y += lh
    P.row(y, [(sx, 'NIP. 19880214 201101 2 004', f, 'c')])
    y += 50
    # disposisi box with handwriting
    bx0, bx1 = L, R
    by0 = y
    P.d.rectangle([bx0, by0, bx1, by0 + 500], outline=0, width=4)
    assert by0 + 500 < P.H - 220, ('nota overflow', by0)
    P.hline(bx0, bx1, by0 + 80, 3)
    P.row(by0 + 58, [(bx0 + 25, 'DISPOSISI KEPALA DINAS', F('sansb', 10)),
                     (bx1 - 25, 'Tgl. terima: 10-04-2026', F('sans', 10), 'r')])
    P.vline(bx0 + 800, by0 + 80, by0 + 500, 3)
    fs = F('sans', 10)
    opts = ['[ ] Setuju', '[ ] Tolak', '[ ] Teliti dan pendapat', '[ ] Untuk diketahui', '[ ] Selesaikan',
            '[ ] Arsip']
    yy = by0 + 80 + px(15)
    # left column (printed options) read first, then right column (handwriting)
    for o in opts:
        P.row(yy, [(bx0 + 30, o, fs)])
        yy += px(15)
    # tick marks in the first and fifth box (not text)
    for k in (0, 4):
        ty = by0 + 80 + px(15) * (k + 1) - 22
        P.d.line([(bx0 + 38, ty - 10), (bx0 + 52, ty + 4), (bx0 + 80, ty - 40)], fill=30, width=7)
    hy = by0 + 80 + px(20)
    hrng = random.Random(2021)
    for ln in ['Sdr. Kabid Aptika,', 'setuju, koordinasikan', 'dgn BPKAD & Inspektorat.', 'Laporkan hasilnya.']:
        P.hand(bx0 + 850, hy, ln, 13, hrng)
        hy += px(19)
    P.scribble(bx1 - 260, hy - 30, 190, hrng, fill=35, width=5)
    P.hand(bx1 - 600, hy + 10, '10/4', 12, hrng)
    P.row(P.H - 120, [(P.W / 2, 'Halaman 1 dari 1', F('sans', 9), 'c')])
    return P, {}


PEOPLE = [
    ('Drs. H. Muhammad Fauzi, M.Si.', 'Kepala Bapperida'),
    ('Hj. Nurul Aini, S.H., M.H.', 'Sekretaris Bapperida'),
    ('Ir. Bambang Sutrisno, M.T.', 'Kabid Infrastruktur dan Kewilayahan'),
    ('Dewi Anggraini, S.Sos.', 'Kasubbag Perencanaan, Dinas Sosial'),
    ('Yohanes Palinggi, S.T.', 'Perencana Ahli Muda, DPUPR'),
    ('Fitriani, A.Md.', 'Pengelola Data, Dinas Kesehatan'),
    ('Andi Baso Mappaseng, S.E.', 'Kasubbag Keuangan, Disdikbud'),
    ('Erni Kusumawati, S.Pd.', 'Analis Perencanaan, Disdikbud'),
    ('La Ode Harun, S.AP.', 'Sekretaris Kecamatan Palaran'),
    ('Indah Permatasari, S.Ak.', 'Analis Anggaran, BPKAD'),
    ('Krisna Wardhana, S.IP.', 'Kasubbag Umum, DLH'),
    ('Rusdiansyah', 'Tenaga Ahli Perencanaan (Non ASN)'),
    ('Maria Goreti Ulo, S.Kep.', 'Perencana Ahli Pertama, RSUD IA Moeis'),
    ('Hendra Gunawan, S.H.', 'Kasubbag Program, Satpol PP'),
]


def doc_daftar_hadir():
    P = Page(A4)
    rng = random.Random(303)
    f = F('cond', 10)
    fb = F('condb', 10)
    lh = px(14)
    L, R = 160, P.W - 160
    y = kop(P, ['BADAN PERENCANAAN, PENELITIAN DAN', 'PENGEMBANGAN DAERAH'],
            ['Jl. Dahlia No. 50 Samarinda 75121, Telepon (0541) 733326'])
    y += 20
    P.row(y + px(13), [(P.W / 2, 'DAFTAR HADIR', F('condb', 13), 'c')])
    y += px(13) + px(17)
    P.row(y, [(P.W / 2, 'RAPAT KOORDINASI PENYUSUNAN RANCANGAN AWAL RENJA PERANGKAT DAERAH TAHUN 2027', fb, 'c')])
    y += lh + 30
    kv = [('Hari / Tanggal', 'Selasa, 24 Februari 2026'), ('Waktu', 'Pukul 09.00 WITA s.d. selesai'),
          ('Tempat', 'Ruang Rapat Lantai 2 Bapperida Kota Samarinda'),
          ('Undangan Nomor', '000.1.5/0142/BAPPERIDA-I/II/2026')]
    for k, v in kv:
        P.row(y, [(L + 20, k, f), (L + 390, ':', f), (L + 420, v, f)])
        y += lh
    y += 30
    rows = [['No', 'Nama', 'NIP', 'Jabatan / Unit Kerja', 'Tanda Tangan']]
    for i, (n, j) in enumerate(PEOPLE, 1):
        nn = '-' if 'Non ASN' in j else nip(rng)
        rows.append([str(i), n, nn, j, ''])
    widths = [90, 560, 520, 640, R - L - 1810]
    y_end, xs, geo = P.table(L, y, widths, rows, f, fb, style='hrules', aligns=['c', 'l', 'l', 'l', 'l'],
                             pady=20)
    for r in range(1, len(rows)):
        yt, h, _, _ = geo[r]
        cx = xs[4] + (xs[5] - xs[4]) * (0.3 if r % 2 else 0.68)
        P.scribble(cx, yt + h / 2 + 8, 200 + rng.randint(-40, 40), rng, fill=rng.choice([15, 40, 70]),
                   width=rng.choice([3, 4, 5]))
    y = y_end + 80
    sx = P.W - 560
    P.row(y, [(sx, 'Samarinda, 24 Februari 2026', f, 'c')])
    y += lh
    P.row(y, [(sx, 'Pimpinan Rapat,', f, 'c')])
    P.sign = (sx, y + 130)
    P.scribble(sx, y + 140, 280, rng)
    y += 270
    P.row(y, [(sx, 'Drs. H. MUHAMMAD FAUZI, M.Si.', fb, 'c')])
    y += lh
    P.row(y, [(sx, 'NIP. ' + rows[1][2], f, 'c')])
    P.row(P.H - 130, [(L, 'Form. BPD-RPT/03 Rev.1', F('cond', 9)), (R, 'Hal. 1/1', F('cond', 9), 'r')])
    return P, {'participants': len(PEOPLE), 'nips': [r[2] for r in rows[1:]]}


def doc_rekap_absensi():
    P = Page(A4L)
    rng = random.Random(404)
    f = F('cond', 9)
    fb = F('condb', 9)
    lh = px(12.5)
    L, R = 130, P.W - 130
    fb12 = F('condb', 12)
    y = 150
    P.row(y + px(12), [(P.W / 2, 'REKAPITULASI KEHADIRAN PEGAWAI', fb12, 'c')])
    y += px(12) + px(16)
    P.row(y, [(P.W / 2, 'KANTOR KELURAHAN SUNGAI PINANG DALAM KECAMATAN SUNGAI PINANG', fb12, 'c')])
    y += px(16)
    P.row(y, [(P.W / 2, 'BULAN FEBRUARI 2026', fb12, 'c')])
    y += px(14)
    ndays = 28
    weekend = {d for d in range(1, 29) if (d - 1) % 7 in (0, 6)}  # 1 Feb 2026 is a Sunday
    holiday = {17}   # Tahun Baru Imlek
    off = weekend | holiday
    staff = [('Syamsul Bahri, S.AP.', 'Lurah'), ('Nur Fadillah, S.E., M.Si.', 'Sekretaris'),
             ('Agus Salim, S.Kom.', 'Kasi Pemerintahan'), ('Tri Wahyuni, S.Sos.', 'Kasi Kesejahteraan Sosial'),
             ('Muhammad Rizky Pratama', 'Pengadministrasi Umum'), ('Siti Rahmawati', 'Pengelola Keuangan'),
             ('Benny Tandiarrang, S.T.', 'Kasi Pembangunan'), ('Heriyanto', 'Pengemudi (PPPK)'),
             ('Rina Marlina, A.Md.', 'Pengelola Data'), ('Abdul Gafur', 'Pramu Kantor (PPPK)'),
             ('Lestari Handayani, S.IP.', 'Analis Kebijakan'), ('Fajar Nugroho', 'Satgas Kebersihan (PPPK)')]
    hdr1 = ['No', 'Nama / NIP'] + ['TANGGAL'] + [''] * (ndays - 1) + ['JUMLAH'] + [''] * 5
    hdr2 = ['', ''] + [str(d) for d in range(1, ndays + 1)] + ['H', 'S', 'I', 'C', 'DL', 'TK']
    rows = [hdr1, hdr2]
    facts = {'per_person': []}
    for i, (n, j) in enumerate(staff, 1):
        pppk = 'PPPK' in j
        nn = nip(rng, tmt0=2023, tmt1=2024) if pppk else nip(rng)
        if pppk:
            nn = nn[:9] + rng.choice(['202301', '202401']) + nn[15:]
        codes = []
        for d in range(1, ndays + 1):
            if d in off:
                codes.append('')
                continue
            r_ = rng.random()
            c = 'H' if r_ < 0.86 else ('S' if r_ < 0.90 else ('I' if r_ < 0.93 else ('C' if r_ < 0.96 else
                                                                                   ('DL' if r_ < 0.985 else 'TK'))))
            codes.append(c)
        cnt = [codes.count(k) for k in ['H', 'S', 'I', 'C', 'DL', 'TK']]
        rows.append([str(i), [n, 'NIP. ' + nn]] + codes + [str(c) for c in cnt])
        facts['per_person'].append(cnt)
    widths = [70, 560] + [74] * ndays + [80] * 6
    assert sum(widths) <= R - L, sum(widths)
    spans = {(0, 2): ndays, (0, 2 + ndays): 6}
    vmerge = {(1, 0), (1, 1)}
    shade = {}
    for r in range(1, len(rows)):
        for d in off:
            shade[(r, 1 + d)] = 205
    x0 = (P.W - sum(widths)) // 2
    y += 40
    y_end, xs, geo = P.table(x0, y, widths, rows, f, fb, style='grid', header=2,
                             aligns=['c', 'l'] + ['c'] * (ndays + 6), spans=spans, vmerge=vmerge,
                             shade_header=225, shade_cells=shade, padx=8, pady=8, lw=2)
    y = y_end + 30 + px(9)
    fs = F('cond', 9)
    notes = ['Keterangan: H = Hadir; S = Sakit; I = Izin; C = Cuti; DL = Dinas Luar; TK = Tanpa Keterangan.',
             'Kolom berarsir = hari Sabtu/Minggu dan libur nasional (17 Februari 2026 Tahun Baru Imlek).',
             'Hari kerja efektif bulan Februari 2026: 19 hari.']
    for n in notes:
        P.row(y, [(x0, n, fs)])
        y += lh
    sx = P.W - 600
    yy = y_end + 30 + px(9)
    # signature block to the right of the notes: separate column, read after notes
    P.row(yy, [(sx, 'Samarinda, 2 Maret 2026', f, 'c')])
    P.row(yy + lh, [(sx, 'Lurah Sungai Pinang Dalam,', f, 'c')])
    P.sign = (sx, yy + lh + 120)
    P.scribble(sx, yy + lh + 120, 240, rng)
    P.row(yy + lh + 250, [(sx, 'SYAMSUL BAHRI, S.AP.', fb, 'c')])
    P.row(yy + 2 * lh + 250, [(sx, 'NIP. ' + rows[2][1][1][5:], f, 'c')])
    facts['workdays'] = ndays - len(off)
    facts['staff'] = len(staff)
    return P, facts


def doc_lra():
    P = Page(A4)
    f = F('serifc', 9.5)
    fb = F('serifcb', 9.5)
    lh = px(13)
    L, R = 150, P.W - 150
    y = 190
    fb12 = F('serifcb', 12)
    for t in ['PEMERINTAH KOTA SAMARINDA', 'LAPORAN REALISASI ANGGARAN', 'SKPD : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN',
              'UNTUK PERIODE YANG BERAKHIR SAMPAI DENGAN 30 JUNI 2026']:
        P.row(y, [(P.W / 2, t, fb12, 'c')])
        y += px(15)
    y += 5
    P.row(y, [(R, '(dalam Rupiah)', F('serifci', 9.5), 'r')])
    y += 30
    leaves = [
        ('5.1.01.01.01.0001', 'Belanja Gaji Pokok PNS', 21450000000, 10612337400),
        ('5.1.01.01.02.0001', 'Belanja Tunjangan Keluarga PNS', 1987500000, 981204580),
        ('5.1.01.02.01.0001', 'Tambahan Penghasilan berdasarkan Beban Kerja PNS', 14325000000, 6872410000),
        ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 486250000, 211873900),
        ('5.1.02.01.01.0052', 'Belanja Bahan-Bahan Lainnya', 1235600000, 402318750),
        ('5.1.02.01.01.0055', 'Belanja Obat-Obatan', 8750000000, 5124967215),
        ('5.1.02.02.01.0013', 'Belanja Jasa Tenaga Pelayanan Umum', 3184000000, 1578600000),
        ('5.2.02.07.01.0001', 'Belanja Modal Alat Kedokteran Umum', 4120000000, 1733950000),
    ]
    names = {
        '5': 'BELANJA DAERAH', '5.1': 'BELANJA OPERASI', '5.1.01': 'Belanja Pegawai',
        '5.1.01.01': 'Belanja Gaji dan Tunjangan ASN', '5.1.01.01.01': 'Belanja Gaji Pokok ASN',
        '5.1.01.01.02': 'Belanja Tunjangan Keluarga ASN', '5.1.01.01.03': 'Belanja Tunjangan Jabatan ASN',
        '5.1.01.02': 'Belanja Tambahan Penghasilan ASN', '5.1.01.02.01': 'Tambahan Penghasilan berdasarkan Beban Kerja ASN',
        '5.1.02': 'Belanja Barang dan Jasa', '5.1.02.01': 'Belanja Barang', '5.1.02.01.01': 'Belanja Barang Pakai Habis',
        '5.1.02.02': 'Belanja Jasa', '5.1.02.02.01': 'Belanja Jasa Kantor',
        '5.1.02.04': 'Belanja Perjalanan Dinas', '5.1.02.04.01': 'Belanja Perjalanan Dinas Dalam Negeri',
        '5.2': 'BELANJA MODAL', '5.2.02': 'Belanja Modal Peralatan dan Mesin',
        '5.2.02.05': 'Belanja Modal Alat Kantor dan Rumah Tangga', '5.2.02.05.01': 'Belanja Modal Alat Kantor',
        '5.2.02.07': 'Belanja Modal Alat Kedokteran dan Kesehatan', '5.2.02.07.01': 'Belanja Modal Alat Kedokteran',
    }
    # aggregate
    agg = {}
    for k, u, a, r in leaves:
        segs = k.split('.')
        for n in range(1, 7):
            kk = '.'.join(segs[:n])
            A, Rz = agg.get(kk, (0, 0))
            agg[kk] = (A + a, Rz + r)
    order = sorted(agg, key=lambda k: [int(s) for s in k.split('.')])
    rows = [['Kode Rekening', 'Uraian', 'Anggaran Setelah Perubahan', 'Realisasi s.d. 30 Juni 2026', '%']]
    bold = []
    levels = []
    for k in order:
        lvl = len(k.split('.'))
        if lvl == 6:
            u = [x[1] for x in leaves if x[0] == k][0]
        else:
            u = names[k]
        a, r_ = agg[k]
        rows.append([k, u, rp(a), rp(r_), pct(100 * r_ / a)])
        levels.append(lvl)
        if lvl <= 3:
            bold.append(len(rows) - 1)
    ta, tr = agg['5']
    rows.append(['', 'JUMLAH BELANJA', rp(ta), rp(tr), pct(100 * tr / ta)])
    bold.append(len(rows) - 1)
    levels.append(1)
    # custom no-rule table with indentation: use table() for a first pass on geometry, but we draw ourselves
    widths = [455, 760, 400, 400, R - L - 2015]
    xs = [L]
    for w in widths:
        xs.append(xs[-1] + w)
    asc, desc = f.getmetrics()
    rlh = int((asc + desc) * 1.18)
    grid = []
    y += 10
    for ri, cells in enumerate(rows):
        font = fb if (ri == 0 or ri in bold) else f
        lvl = levels[ri - 1] if ri > 0 else 1
        ind = 24 * (lvl - 1) if ri > 0 else 0
        clines = []
        for c, cell in enumerate(cells):
            if ri == 0:
                ls = P.wrap(cell, font, widths[c] - 30) if cell else []
            elif c in (0, 1):
                ls = P.wrap(cell, font, widths[c] - 30 - ind) if cell else []
            else:
                ls = [cell]
            clines.append(ls)
        nl = max(len(x) for x in clines)
        for c, ls in enumerate(clines):
            for i, ln in enumerate(ls):
                by = y + asc + i * rlh
                if ri == 0:
                    P.put((xs[c] + xs[c + 1]) / 2, by, ln, font, 'c')
                elif c in (0, 1):
                    P.put(xs[c] + 10 + ind, by, ln, font, 'l')
                else:
                    P.put(xs[c + 1] - 12, by, ln, font, 'r')
        grid.append([' '.join(x) for x in clines])
        P.lines.append(' '.join(g for g in grid[-1] if g))
        y += nl * rlh + (24 if ri == 0 else 7)
    P.tables.append(grid)
    y += 70
    sx = P.W - 600
    fs = F('serifc', 10)
    P.row(y, [(sx, 'Samarinda, 10 Juli 2026', fs, 'c')])
    y += lh
    P.row(y, [(sx, 'Kepala Dinas Kesehatan', fs, 'c')])
    P.sign = (sx, y + 130)
    y += 230
    P.row(y, [(sx, 'dr. ISMID KUSASIH, M.Kes.', F('serifcb', 10), 'c')])
    y += lh
    P.row(y, [(sx, 'NIP. 19700318 199903 1 005', fs, 'c')])
    assert y < P.H - 220, ('lra overflow', y)
    P.hline(L, R, P.H - 175, 2)
    P.row(P.H - 130, [(L, 'LRA-SKPD/Semester I/2026', F('serifc', 9)), (P.W / 2, '- 1 -', F('serifc', 9), 'c'),
                      (R, 'Dicetak 10/07/2026 08:41', F('serifc', 9), 'r')])
    return P, {'agg': {k: list(v) for k, v in agg.items()}, 'leaves': [list(x) for x in leaves]}


def doc_bap_barang():
    P = Page(A4)
    rng = random.Random(606)
    f = F('sans', 9.5)
    fb = F('sansb', 9.5)
    lh = px(14)
    L, R = 200, P.W - 200
    y = kop(P, ['DINAS LINGKUNGAN HIDUP'],
            ['Jl. Mayjend Sutoyo No. 01 Samarinda 75117, Telepon (0541) 742210'])
    y += 20
    P.row(y + px(12), [(P.W / 2, 'BERITA ACARA PEMERIKSAAN BARANG', F('sansb', 12), 'c')])
    y += px(12) + px(15)
    P.row(y, [(P.W / 2, 'Nomor : 027/0156/DLH-II/V/2026', f, 'c')])
    y += lh + 30
    y = P.para(L, y, 'Pada hari ini Rabu tanggal Dua Puluh bulan Mei tahun Dua Ribu Dua Puluh Enam, kami yang '
               'bertanda tangan di bawah ini Pejabat Pemeriksa Barang yang ditetapkan dengan Keputusan Kepala Dinas '
               'Lingkungan Hidup Nomor 027/0098/DLH-I/I/2026, telah melakukan pemeriksaan atas barang yang '
               'diserahkan oleh CV Borneo Sentosa Teknik berdasarkan Surat Pesanan Nomor 027/0131/DLH-II/IV/2026 '
               'tanggal 22 April 2026, dengan hasil sebagai berikut:', f, R - L, lh, justify=True)
    y += 30
    items = [
        ('A', 'PERALATAN DAN MESIN'),
        ('1.3.2.10.01.02.003', 'Laptop / Notebook Intel Core i5 Gen 13, RAM 16 GB, SSD 512 GB, layar 14 inci', 4,
         'Unit', 14750000, 'Baik'),
        ('1.3.2.05.02.04.001', 'AC Split 1 PK inverter R32 termasuk instalasi pipa 5 meter', 3, 'Unit', 6890000,
         'Baik'),
        ('1.3.2.10.02.03.003', 'Printer ink tank A4 Wi-Fi', 2, 'Unit', 3475000, 'Baik'),
        ('1.3.2.03.01.18.002', 'Mesin Pemotong Rumput gendong 2 tak 43 cc', 2, 'Unit', 4215000, 'Rusak Ringan'),
        ('B', 'PERSEDIAAN'),
        ('1.1.7.01.01.02.001', 'Kertas HVS A4 70 gram', 40, 'Rim', 58500, 'Baik'),
        ('1.1.7.01.01.01.004', 'Tinta printer refill 70 ml (hitam, cyan, magenta, kuning)', 12, 'Botol', 95000,
         'Baik'),
        ('1.1.7.01.03.06.001', 'Kantong sampah plastik hitam 60 x 100 cm', 25, 'Pak', 38000, 'Baik'),
    ]
    hdr1 = ['No', 'Kode Barang', 'Nama Barang / Spesifikasi', 'Jumlah', '', 'Harga Satuan (Rp)',
            'Jumlah Harga (Rp)', 'Kondisi']
    hdr2 = ['', '', '', 'Vol.', 'Satuan', '', '', '']
    rows = [hdr1, hdr2]
    spans = {(0, 3): 2}
    vmerge = {(1, c) for c in (0, 1, 2, 5, 6, 7)}
    total = 0
    n = 0
    grp_rows = []
    for it in items:
        if len(it) == 2:
            rows.append([it[0] + '. ' + it[1]] + [''] * 7)
            spans[(len(rows) - 1, 0)] = 8
            grp_rows.append(len(rows) - 1)
            continue
        n += 1
        k, nm, v, s, h, kond = it
        total += v * h
        rows.append([str(n), k, nm, str(v), s, rp(h, False), rp(v * h, False), kond])
    rows.append(['JUMLAH', '', '', '', '', '', rp(total, False), ''])
    spans[(len(rows) - 1, 0)] = 6
    widths = [90, 410, 520, 115, 185, 270, 280, R - L - 1870]
    shade = {(r, 0): 235 for r in grp_rows}
    shade.update({(len(rows) - 1, c): 235 for c in range(8)})
    y, xs, geo = P.table(L, y, widths, rows, f, fb, style='grid', header=2,
                         aligns=['c', 'l', 'l', 'r', 'l', 'r', 'r', 'l'], spans=spans, vmerge=vmerge,
                         shade_header=190, shade_cells=shade, bold_rows=tuple(grp_rows + [len(rows) - 1]),
                         padx=12, pady=9)
    y += 40 + lh
    y = P.para(L, y, 'Terbilang : ' + cap_words(terbilang(total)) + ' Rupiah', F('sansi', 9.5), R - L, lh)
    y += 20
    y = P.para(L, y, 'Barang sebagaimana tersebut di atas telah diperiksa dan dinyatakan sesuai dengan Surat '
               'Pesanan, kecuali 2 (dua) unit Mesin Pemotong Rumput dalam kondisi rusak ringan dan wajib diganti '
               'oleh Penyedia paling lambat 7 (tujuh) hari kalender.', f, R - L, lh, justify=True)
    y += 20
    y = P.para(L, y, 'Demikian Berita Acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana '
               'mestinya.', f, R - L, lh)
    y += 40
    lx, rx = L + 380, R - 420
    P.row(y, [(lx, 'Penyedia Barang', fb, 'c'), (rx, 'Pejabat Pemeriksa Barang', fb, 'c')])
    y += lh
    P.row(y, [(lx, 'CV Borneo Sentosa Teknik', f, 'c'), (rx, 'Dinas Lingkungan Hidup', f, 'c')])
    P.scribble(lx, y + 140, 260, rng)
    P.sign = (rx, y + 110)
    y += 220
    P.row(y, [(lx, 'ROBERTUS SIAHAAN', fb, 'c'), (rx, 'NOVITA SARI, S.T.', fb, 'c')])
    y += lh
    P.row(y, [(lx, 'Direktur', f, 'c'), (rx, 'NIP. 19850607 201001 2 017', f, 'c')])
    assert y < P.H - 140, ('bap overflow', y)
    P.row(P.H - 75, [(R, 'BAPB/DLH/2026 - hal. 1', F('sans', 9), 'r')])
    return P, {'total': total, 'items': [list(x) for x in items if len(x) > 2]}


def doc_kwitansi():
    P = Page(A4)
    rng = random.Random(707)
    f = F('serif', 11.5)
    fb = F('serifb', 11.5)
    fi = F('serifi', 11.5)
    lh = px(18)
    L, R = 210, P.W - 210
    y = 230
    P.d.rectangle([L - 40, y - 60, R + 40, 2650], outline=0, width=5)
    P.d.rectangle([L - 28, y - 48, R + 28, 2638], outline=90, width=2)
    kv0 = [('Tahun Anggaran', '2026'), ('Kode Rekening', '5.1.02.02.01.0003'), ('No. Bukti', '900/0214/BAPPERIDA-III/VI/2026')]
    for k, v in kv0:
        P.row(y, [(L + 680, k, f), (L + 1100, ':', f), (L + 1130, v, f)])
        y += lh
    y += 50
    P.row(y + 20, [(P.W / 2, 'K W I T A N S I', F('serifb', 20), 'c')])
    y += px(20) + 90
    gross_jp, tarif = 3, 900000
    gross = gross_jp * tarif
    pph = round(gross * 0.05)
    net = gross - pph
    kv = [('Sudah terima dari', 'Bendahara Pengeluaran Badan Perencanaan, Penelitian dan Pengembangan Daerah '
                                'Kota Samarinda'),
          ('Uang sebanyak', '## ' + cap_words(terbilang(gross)) + ' Rupiah ##'),
          ('Untuk pembayaran', 'Honorarium Narasumber pada Forum Konsultasi Publik Rancangan Awal RKPD Kota '
                               'Samarinda Tahun 2027, tanggal 11 Juni 2026, sebanyak 3 JP x Rp 900.000,00 '
                               '(Eselon II / Kepala Perangkat Daerah)')]
    for k, v in kv:
        fnt = fi if k == 'Uang sebanyak' else f
        ls = P.wrap(v, fnt, R - L - 560)
        if k == 'Uang sebanyak':
            P.d.rectangle([L + 530, y - px(13), R, y + (len(ls) - 1) * lh + 25], fill=225)
        for i, ln in enumerate(ls):
            parts = [(L + 560, ln, fnt)]
            if i == 0:
                parts = [(L, k, f), (L + 500, ':', f)] + parts
            P.row(y, parts)
            y += lh
        y += 24
    y += 20
    calc = [('Honorarium 3 JP x Rp 900.000,00', rp(gross)), ('PPh Pasal 21 (5%)', rp(pph)),
            ('Jumlah diterima', rp(net))]
    for i, (k, v) in enumerate(calc):
        fnt = fb if i == 2 else f
        if i == 2:
            P.hline(L + 1460, R, y - px(13), 3)
        P.row(y, [(L + 560, k, fnt), (L + 1460, 'Rp', fnt), (R - 20, v, fnt, 'r')])
        y += lh + 6
    y += 40
    P.d.rectangle([L, y, L + 900, y + 110], outline=0, width=4)
    P.row(y + 75, [(L + 30, 'Terbilang Rp', fb), (L + 400, rp(gross) + ',-', F('serifb', 13))])
    y += 200
    cols = [L + 330, P.W / 2, R - 330]
    P.row(y, [(cols[2], 'Samarinda, 11 Juni 2026', f, 'c')])
    y += lh
    P.row(y, [(cols[0], 'Setuju dibayar,', f, 'c'), (cols[1], 'Lunas dibayar,', f, 'c'),
              (cols[2], 'Yang menerima,', f, 'c')])
    y += lh
    P.row(y, [(cols[0], 'Kuasa Pengguna Anggaran', f, 'c'), (cols[1], 'Bendahara Pengeluaran', f, 'c')])
    P.scribble(cols[0], y + 140, 230, rng)
    P.scribble(cols[2], y + 150, 250, rng)
    P.sign = (cols[1], y + 130)
    y += 270
    fs = F('serifb', 10)
    f10 = F('serif', 10)
    P.row(y, [(cols[0], 'Ir. HENDRA KURNIAWAN, M.T.', fs, 'c'), (cols[1], 'YULIANA SARI, S.E.', fs, 'c'),
              (cols[2], 'Dr. H. ABDUL RAHMAN, M.Si.', fs, 'c')])
    y += px(14)
    P.row(y, [(cols[0], 'NIP. 19720504 199803 1 009', f10, 'c'), (cols[1], 'NIP. 19900721 201503 2 002', f10, 'c'),
              (cols[2], 'NIP. 19681130 199403 1 006', f10, 'c')])
    P.row(2760, [(L - 40, 'Catatan: bukti ini sah apabila dibubuhi cap dinas dan tanda tangan lengkap.', F('serifi', 9.5))])
    P.row(P.H - 140, [(P.W / 2, '1', F('serif', 9), 'c')])
    return P, {'gross': gross, 'pph': pph, 'net': net}


DOCS = [('sp2d', doc_sp2d), ('nota_dinas', doc_nota_dinas), ('daftar_hadir', doc_daftar_hadir),
        ('rekap_absensi', doc_rekap_absensi), ('lra', doc_lra), ('bap_barang', doc_bap_barang),
        ('kwitansi', doc_kwitansi)]

# ================================================================= degradations
DEGS = [('clean_300dpi', 'png'), ('dpi150', 'png'), ('fax', 'png'), ('jpeg_q25', 'jpg'), ('pdf_skew2', 'pdf'),
        ('phone_photo', 'jpg'), ('stamp', 'png'), ('sideways', 'png'), ('upside_down', 'png')]
GREY16 = []
for i in range(16):
    GREY16 += [i * 17] * 3


def save_grey4(img, path, dpi):
    a = np.asarray(img.convert('L')).astype(np.float32)
    idx = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.frombytes('P', img.size, idx.tobytes())
    p.putpalette(GREY16)
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def deg_fax(img, rng):
    w, h = img.size
    g = img.resize((round(w * 200 / 300), round(h * 100 / 300)), Image.BOX)
    a = np.asarray(g).astype(np.float32)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a = a + nr.normal(0, 18, a.shape)
    b = a < 165
    H, W = b.shape
    # specks
    n = int(W * H * 0.0009)
    ys, xs = nr.integers(0, H, n), nr.integers(0, W, n)
    b[ys, xs] = True
    for _ in range(60):
        yy, xx = nr.integers(0, H - 3), nr.integers(0, W - 3)
        b[yy:yy + nr.integers(1, 3), xx:xx + nr.integers(1, 4)] = True
    # vertical streaks (dirty scanner glass) and a few horizontal dropout lines
    for _ in range(3):
        xx = nr.integers(80, W - 80)
        y0 = nr.integers(0, H // 2)
        y1 = nr.integers(y0 + H // 4, H)
        seg = nr.random(y1 - y0) < 0.8
        b[y0:y1, xx] |= seg
    for _ in range(4):
        yy = nr.integers(50, H - 50)
        x0 = nr.integers(0, W // 2)
        b[yy, x0:x0 + nr.integers(200, W // 2)] = False
    # header band like a real fax transmission line (extra, not part of the document -> left in the margin)
    b = np.repeat(b, 2, axis=0)           # 100 dpi rows stretched to 200 dpi square pixels
    out = Image.fromarray(np.where(b, 0, 255).astype(np.uint8)).convert('1', dither=Image.NONE)
    return out


def deg_skewpdf(img, angle, rng, path):
    w, h = img.size
    g = img.resize((round(w * 200 / 300), round(h * 200 / 300)), Image.LANCZOS)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    a = np.asarray(g).astype(np.float32)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a = a * 0.93 + 12 + nr.normal(0, 5, a.shape)
    # toner specks
    n = int(a.size * 0.0003)
    a[nr.integers(0, a.shape[0], n), nr.integers(0, a.shape[1], n)] = 40
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    tmp = path + '.tmp.jpg'
    g.save(tmp, quality=40, optimize=True)
    from reportlab.pdfgen import canvas
    pw, ph = g.size[0] * 72 / 200, g.size[1] * 72 / 200
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1)
    c.setTitle('scan')
    c.drawImage(tmp, 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    os.remove(tmp)


def persp_coeffs(src, dst):
    # coefficients mapping output (dst) coords to input (src) coords
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(img, rng):
    nr = np.random.default_rng(rng.randint(0, 10**6))
    w, h = img.size
    sc = 0.62
    pg = img.resize((round(w * sc), round(h * sc)), Image.LANCZOS)
    pw, ph = pg.size
    rgb = Image.merge('RGB', [pg.point(lambda v: v * 0.97 + 4), pg.point(lambda v: v * 0.95 + 6),
                              pg.point(lambda v: v * 0.90 + 8)])
    BW, BH = pw + 260, ph + 300
    # background: wooden desk / fabric
    yy, xx = np.mgrid[0:BH, 0:BW]
    base = np.array(rng.choice([(120, 84, 52), (70, 78, 92), (150, 140, 128)]), float)
    tex = 18 * np.sin(xx / 23.0 + 6 * np.sin(yy / 140.0)) + nr.normal(0, 7, (BH, BW))
    bg = np.clip(base[None, None, :] + tex[:, :, None], 0, 255).astype(np.uint8)
    bgim = Image.fromarray(bg, 'RGB')
    j = lambda s: rng.uniform(-s, s)
    dst = [(120 + j(60), 140 + j(50)), (BW - 110 + j(50), 110 + j(50)), (BW - 150 + j(50), BH - 120 + j(40)),
           (90 + j(50), BH - 150 + j(50))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(src, dst)
    warped = rgb.transform((BW, BH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', (pw, ph), 255).transform((BW, BH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # drop shadow
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    bga = np.asarray(bgim).astype(np.float32) * (1 - 0.45 * (np.asarray(sh, np.float32)[:, :, None] / 255))
    bgim = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    bgim = bgim.transform(bgim.size, Image.AFFINE, (1, 0, -14, 0, 1, -18))
    comp = Image.composite(warped, bgim, mask)
    # uneven light: radial highlight + dim corner + soft shadow of the phone
    cx, cy = rng.uniform(0.3, 0.7) * BW, rng.uniform(0.2, 0.5) * BH
    d = np.sqrt(((xx - cx) / BW) ** 2 + ((yy - cy) / BH) ** 2)
    light = 1.08 - 0.55 * d ** 1.5
    sx0 = rng.uniform(0.55, 0.8) * BW
    light *= 1 - 0.22 / (1 + np.exp(-(xx + 0.4 * yy - sx0 - 0.4 * BH) / 60.0))
    a = np.asarray(comp).astype(np.float32) * light[:, :, None]
    a += nr.normal(0, 4, a.shape)
    comp = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    return comp


def make_stamp(size, rng, color, text_top, text_bottom):
    S = size
    im = Image.new('L', (S, S), 0)
    d = ImageDraw.Draw(im)
    c = S / 2
    d.ellipse([8, 8, S - 8, S - 8], outline=255, width=14)
    d.ellipse([60, 60, S - 60, S - 60], outline=255, width=6)
    d.ellipse([c - 0.28 * S, c - 0.28 * S, c + 0.28 * S, c + 0.28 * S], outline=255, width=4)
    fnt = F('sansb', 10)
    rr = S / 2 - 38

    def ring(txt, start, step, up=True):
        ang = start
        for ch in txt:
            g = Image.new('L', (90, 90), 0)
            ImageDraw.Draw(g).text((45, 45), ch, font=fnt, fill=255, anchor='mm')
            rot = -math.degrees(ang) - 90 if up else -math.degrees(ang) + 90
            g = g.rotate(rot, resample=Image.BICUBIC)
            x = c + rr * math.cos(ang)
            y = c + rr * math.sin(ang)
            im.paste(255, (int(x - 45), int(y - 45)), g)
            ang += step

    n = len(text_top)
    step = math.radians(min(8.5, 200 / n))
    ring(text_top, math.radians(-90) - step * (n - 1) / 2, step, True)
    m = len(text_bottom)
    ring(text_bottom, math.radians(90) + step * (m - 1) / 2, -step, False)
    # star in the middle
    pts = []
    for k in range(10):
        r_ = 0.2 * S if k % 2 == 0 else 0.08 * S
        a = math.radians(-90 + 36 * k)
        pts.append((c + r_ * math.cos(a), c + r_ * math.sin(a)))
    d.polygon(pts, fill=255)
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    # patchy ink
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a = np.asarray(im).astype(np.float32) / 255
    patch = np.asarray(Image.fromarray((nr.random((S // 24, S // 24)) * 255).astype(np.uint8)).resize(
        (S, S), Image.BICUBIC)).astype(np.float32) / 255
    a = a * (0.45 + 0.55 * patch)
    return a


STAMP_COLORS = {'sp2d': (40, 60, 170), 'nota_dinas': (110, 40, 140), 'daftar_hadir': (30, 70, 180),
                'rekap_absensi': (160, 40, 120), 'lra': (35, 55, 160), 'bap_barang': (120, 40, 150),
                'kwitansi': (170, 30, 40)}
INK = (20, 30, 90)


def stamp_palette(color):
    pal = []
    for i in range(12):                      # greys
        v = round(i * 255 / 11)
        pal += [v, v, v]
    for k in range(1, 11):                   # stamp colour blended with white paper
        t = k / 10
        pal += [round(255 * (1 - t) + c * t) for c in color]
    for k in range(1, 5):                    # signature ink
        t = k / 4
        pal += [round(255 * (1 - t) + c * t) for c in INK]
    for k in (0.4, 0.7):                     # stamp over black text
        pal += [round(c * k) for c in color]
    pal += [0, 0, 0] * (256 - len(pal) // 3)
    p = Image.new('P', (1, 1))
    p.putpalette(pal)
    return p


def deg_stamp(P, name, rng):
    base = np.asarray(P.img).astype(np.float32)
    rgb = np.stack([base, base, base], -1)
    color = STAMP_COLORS[name]
    S = 560
    a = make_stamp(S, rng, color, 'PEMERINTAH KOTA SAMARINDA', 'SAMARINDA')
    cx, cy = P.sign
    cx, cy = int(cx - 170 + rng.randint(-30, 30)), int(cy + rng.randint(-20, 40))
    x0 = min(max(cx - S // 2, 0), P.W - S)
    y0 = min(max(cy - S // 2, 0), P.H - S)
    col = np.array(color, np.float32)
    reg = rgb[y0:y0 + S, x0:x0 + S]
    al = a[:, :, None] * 0.85
    rgb[y0:y0 + S, x0:x0 + S] = reg * (1 - al) + np.minimum(reg, col) * al
    # signature over the stamp and the name
    sig = Image.new('L', (P.W, P.H), 0)
    sx, sy = P.sign
    P.scribble(sx + 40, sy + 20, 380, rng, fill=255, width=7, img=sig)
    s = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.0))).astype(np.float32)[:, :, None] / 255
    ink = np.array(INK, np.float32)
    rgb = rgb * (1 - 0.9 * s) + ink * 0.9 * s
    out = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), 'RGB')
    return out


def main():
    rng_master = random.Random(18)
    only_type = os.environ.get('ONLY_TYPE')   # dev shortcut: re-render images of these types only
    for d in ('pages', 'truth'):
        p = os.path.join(OUT, d)
        if only_type and d == 'pages':
            continue
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    manifest = []
    facts_all = {}
    angles = {'sp2d': 2.0, 'nota_dinas': -2.1, 'daftar_hadir': 1.8, 'rekap_absensi': -1.9, 'lra': 2.2,
              'bap_barang': -2.0, 'kwitansi': 1.9}
    sideways_cw = {'sp2d': True, 'nota_dinas': False, 'daftar_hadir': True, 'rekap_absensi': False,
                   'lra': True, 'bap_barang': False, 'kwitansi': True}
    for name, fn in DOCS:
        P, facts = fn()
        facts_all[name] = facts
        with open(os.path.join(OUT, 'truth', name + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(P.lines) + '\n')
        if P.tables:
            with open(os.path.join(OUT, 'truth', name + '.tables.json'), 'w', encoding='utf-8') as fh:
                json.dump(P.tables, fh, ensure_ascii=False, indent=1)
        pd = os.path.join(OUT, 'pages', name)
        skip_images = bool(only_type) and name not in only_type.split(',')
        if not skip_images:
            if os.path.isdir(pd):
                shutil.rmtree(pd)
            os.makedirs(pd)
        only = os.environ.get('ONLY_DEG')
        for deg, ext in (DEGS[:1] if os.environ.get('PREVIEW') else DEGS):
            rng = random.Random(f'ocr18/{name}/{deg}')   # one fixed stream per page file
            if (only and deg not in only.split(',')) or skip_images:
                e = {'file': f'pages/{name}/{name}__{deg}.{ext}', 'text_type': name, 'degradation': deg,
                     'truth': f'truth/{name}.txt'}
                if P.tables:
                    e['tables'] = f'truth/{name}.tables.json'
                manifest.append(e)
                continue
            rel = f'pages/{name}/{name}__{deg}.{ext}'
            path = os.path.join(OUT, rel)
            if deg == 'clean_300dpi':
                save_grey4(P.img, path, 300)
            elif deg == 'dpi150':
                save_grey4(P.img.resize((P.W // 2, P.H // 2), Image.LANCZOS), path, 150)
            elif deg == 'fax':
                deg_fax(P.img, rng).save(path, optimize=True, dpi=(200, 200))
            elif deg == 'jpeg_q25':
                P.img.resize((round(P.W * 2 / 3), round(P.H * 2 / 3)), Image.LANCZOS).save(path, quality=25, dpi=(200, 200))
            elif deg == 'pdf_skew2':
                deg_skewpdf(P.img, angles[name], rng, path)
            elif deg == 'phone_photo':
                deg_phone(P.img, rng).save(path, quality=72, optimize=True)
            elif deg == 'stamp':
                im = deg_stamp(P, name, rng)
                im = im.quantize(palette=stamp_palette(STAMP_COLORS[name]), dither=Image.Dither.NONE)
                im.save(path, optimize=True, dpi=(300, 300))
            elif deg == 'sideways':
                t = Image.ROTATE_270 if sideways_cw[name] else Image.ROTATE_90
                save_grey4(P.img.transpose(t), path, 300)
            elif deg == 'upside_down':
                save_grey4(P.img.transpose(Image.ROTATE_180), path, 300)
            e = {'file': rel, 'text_type': name, 'degradation': deg, 'truth': f'truth/{name}.txt'}
            if P.tables:
                e['tables'] = f'truth/{name}.tables.json'
            manifest.append(e)
        print(name, len(P.lines), 'lines', len(P.tables), 'tables')
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'truth', 'facts.json'), 'w', encoding='utf-8') as fh:
        json.dump({'angles_deg_ccw': angles, 'sideways_clockwise': sideways_cw, 'facts': facts_all}, fh,
                  ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
