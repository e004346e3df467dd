#!/usr/bin/env python3
"""Generate the blind OCR set "ocr22": 7 page types x 9 degradations.

Deterministic: fixed seeds, no timestamps. Run:  python generate.py
"""
import time
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
DPI = 300
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": "DejaVuSans.ttf", "sansb": "DejaVuSans-Bold.ttf", "sansi": "DejaVuSans-Oblique.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sanscb": "DejaVuSansCondensed-Bold.ttf",
    "sansci": "DejaVuSansCondensed-Oblique.ttf",
    "serif": "DejaVuSerif.ttf", "serifb": "DejaVuSerif-Bold.ttf", "serifi": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifcb": "DejaVuSerifCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
}
_fcache = {}


def F(name, pt):
    key = (name, pt)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(FD + FONTS[name], int(round(pt * DPI / 72)))
    return _fcache[key]


def mm(v):
    return int(round(v * DPI / 25.4))


PXMM = DPI / 25.4
INK = (20, 20, 20)
BLUE_INK = (25, 45, 150)


def wrap(s, font, width_px):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if not w:
            continue
        t = (cur + " " + w) if cur else w
        if font.getlength(t) <= width_px:
            cur = t
        else:
            assert font.getlength(w) <= width_px, ("word too wide", w)
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, landscape=False):
        self.Wmm, self.Hmm = (297, 210) if landscape else (210, 297)
        self.img = Image.new("RGB", (mm(self.Wmm), mm(self.Hmm)), "white")
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.stamp_xy = None   # mm centre of stamp
        self.sign_xy = None    # mm centre of signature scribble

    # ---- text primitives -------------------------------------------------
    def put(self, x, y, s, font, align="l", fill=INK):
        assert s == s.strip() and "  " not in s, repr(s)
        w = font.getlength(s)
        px = mm(x)
        if align == "r":
            px -= w
        elif align == "c":
            px -= w / 2
        assert px >= mm(6) and px + w <= mm(self.Wmm - 6), ("off page", s)
        assert mm(12) <= mm(y) <= mm(self.Hmm - 5), ("off page (y)", s, y)
        self.d.text((px, mm(y)), s, font=font, fill=fill, anchor="ls")
        return px

    def line(self, y, pieces, font, fill=INK):
        """pieces: list of (x, text[, font[, align[, fill]]]). One truth line."""
        items = []
        for p in pieces:
            x, s = p[0], p[1]
            f = p[2] if len(p) > 2 and p[2] is not None else font
            al = p[3] if len(p) > 3 else "l"
            fl = p[4] if len(p) > 4 else fill
            if not s:
                continue
            px = self.put(x, y, s, f, al, fl)
            items.append((px, s))
        items.sort(key=lambda t: t[0])
        txt = " ".join(s for _, s in items)
        assert txt
        self.lines.append(txt)

    def center(self, y, s, font, fill=INK, underline=False):
        self.line(y, [(self.Wmm / 2, s, font, "c", fill)], font)
        if underline:
            w = font.getlength(s) / PXMM
            self.hline(self.Wmm / 2 - w / 2, self.Wmm / 2 + w / 2, y + 1.0, 0.3)

    def para(self, x, y, width, s, font, lh, first_prefix=None, indent=0.0):
        """Left-aligned wrapped paragraph; each printed line is a truth line."""
        lines = wrap(s, font, mm(width - indent))
        for i, ln in enumerate(lines):
            if i == 0 and first_prefix:
                self.line(y, [(x, first_prefix), (x + indent, ln)], font)
            else:
                self.line(y, [(x + indent, ln)], font)
            y += lh
        return y

    # ---- graphics --------------------------------------------------------
    def hline(self, x0, x1, y, w=0.25, fill=INK):
        self.d.line([(mm(x0), mm(y)), (mm(x1), mm(y))], fill=fill, width=max(1, mm(w)))

    def vline(self, x, y0, y1, w=0.25, fill=INK):
        self.d.line([(mm(x), mm(y0)), (mm(x), mm(y1))], fill=fill, width=max(1, mm(w)))

    def rect(self, x0, y0, x1, y1, w=0.25, fill=None, outline=INK):
        self.d.rectangle([mm(x0), mm(y0), mm(x1), mm(y1)], fill=fill,
                         outline=outline, width=max(1, mm(w)) if outline else 0)

    def checkbox(self, x, y, checked=False, rng=None):
        """small box whose bottom is on baseline y; a hand tick if checked"""
        self.rect(x, y - 3.0, x + 3.0, y, 0.25)
        if checked:
            pts = [(x + 0.3, y - 1.8), (x + 1.2, y - 0.2), (x + 3.8, y - 4.2)]
            self.d.line([(mm(a), mm(b)) for a, b in pts], fill=BLUE_INK, width=mm(0.45))

    def logo(self, x, y, size=22):
        """simple shield emblem without any text"""
        s = size
        pts = [(x, y), (x + s, y), (x + s, y + s * 0.65), (x + s / 2, y + s * 1.05), (x, y + s * 0.65)]
        self.d.polygon([(mm(a), mm(b)) for a, b in pts], outline=INK, width=mm(0.5))
        self.d.ellipse([mm(x + s * 0.28), mm(y + s * 0.18), mm(x + s * 0.72), mm(y + s * 0.62)],
                       outline=INK, width=mm(0.4))
        self.d.polygon([(mm(x + s * 0.5), mm(y + s * 0.24)), (mm(x + s * 0.62), mm(y + s * 0.52)),
                        (mm(x + s * 0.38), mm(y + s * 0.52))], fill=INK)

    def kop(self, unit_lines, addr_lines, fbig, fmid, fsmall, y=16):
        self.logo(18, y - 4)
        cx = self.Wmm / 2 + 8
        self.line(y + 2, [(cx, "PEMERINTAH KOTA SAMARINDA", fmid, "c")], fmid)
        yy = y + 2 + fbig.size / PXMM * 1.25
        for u in unit_lines:
            self.line(yy, [(cx, u, fbig, "c")], fbig)
            yy += fbig.size / PXMM * 1.2
        for a in addr_lines:
            self.line(yy, [(cx, a, fsmall, "c")], fsmall)
            yy += fsmall.size / PXMM * 1.3
        yy += 0.5
        self.hline(15, self.Wmm - 15, yy, 0.8)
        self.hline(15, self.Wmm - 15, yy + 1.1, 0.25)
        return yy + 7

    # ---- tables ----------------------------------------------------------
    def table(self, x, y, widths, rows, font, hfont, style="grid", header_rows=1, shade=None,
              aligns=None, spans=None, nobottom=None, pad=1.3, row_aligns=None, bold_rows=()):
        spans = spans or {}
        nobottom = nobottom or set()
        row_aligns = row_aligns or {}
        ncol = len(widths)
        aligns = aligns or ["l"] * ncol
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        truth, geo = [], []
        ytop = y
        for r, row in enumerate(rows):
            assert len(row) == ncol, row
            f = hfont if (r < header_rows or r in bold_rows) else font
            lh = f.size / PXMM * 1.22
            asc = f.getmetrics()[0] / PXMM
            wr = []
            for c, s in enumerate(row):
                sp = spans.get((r, c), 1)
                wr.append(wrap(s, f, mm(xs[c + sp] - xs[c] - 2 * pad)) if s else [])
            n = max(1, max(len(l) for l in wr))
            h = n * lh + 2 * pad + 0.4
            if shade and r < header_rows:
                self.d.rectangle([mm(x), mm(y), mm(xs[-1]), mm(y + h)], fill=shade)
            for c, lines in enumerate(wr):
                sp = spans.get((r, c), 1)
                al = "c" if r < header_rows else row_aligns.get((r, c), aligns[c])
                for k, ln in enumerate(lines):
                    bx = {"l": xs[c] + pad, "r": xs[c + sp] - pad, "c": (xs[c] + xs[c + sp]) / 2}[al]
                    self.put(bx, y + pad + 0.2 + asc + k * lh, ln, f, al)
            cells = [" ".join(l) for l in wr]
            truth.append(cells)
            self.lines.append(" ".join(t for t in cells if t))
            geo.append((y, h))
            y += h
        # rules
        if style == "grid":
            lw = 0.25
            self.hline(x, xs[-1], ytop, lw)
            for r, (ry, rh) in enumerate(geo):
                # bottom border per cell
                for c in range(ncol):
                    if (r, c) in nobottom:
                        continue
                    self.hline(xs[c], xs[c + 1], ry + rh, lw)
                covered = set()
                for (rr, c), sp in spans.items():
                    if rr == r:
                        covered.update(range(c + 1, c + sp))
                for b in range(ncol + 1):
                    if b in covered:
                        continue
                    self.vline(xs[b], ry, ry + rh, lw)
        elif style == "hrules":
            self.hline(x, xs[-1], ytop, 0.5)
            for r, (ry, rh) in enumerate(geo):
                w = 0.4 if (r == header_rows - 1 or r == len(geo) - 1) else 0.15
                self.hline(x, xs[-1], ry + rh, w)
        self.tables.append(truth)
        return y


# =====================================================================
# Page types
# =====================================================================

def sig_block(p, x, y, lines, font, lh, gap_after=1, gap=17, bold_idx=None, align="c"):
    """signature block; lines before index gap_after+1 above the gap. Returns y after."""
    for i, s in enumerate(lines):
        f = F(bold_idx[1], bold_idx[2]) if bold_idx and i == bold_idx[0] else font
        p.line(y, [(x, s, f, align)], font)
        y += lh
        if i == gap_after:
            y += gap
    return y


def t_lembar_disposisi():
    p = Page()
    f = F("sans", 10)
    fb = F("sansb", 10)
    hw = F("sansci", 12)  # handwriting-ish
    y = p.kop(["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
              ["Jalan Tengkawang No. 1 Samarinda, Kalimantan Timur 75123",
               "Telepon (0541) 741 122 Laman: dpupr.samarindakota.go.id"],
              F("sansb", 13), F("sansb", 12), F("sans", 9))
    p.center(y + 2, "LEMBAR DISPOSISI", F("sansb", 14))
    y += 8
    L, R, M = 15, 195, 106
    top = y
    # two-column box
    lh = 7.2
    yl = top + 6.5
    p.line(yl, [(L + 2, "Surat dari"), (L + 27, ":"), (L + 30, "Camat Sungai Kunjang")], f)
    p.line(yl + lh, [(L + 2, "No. Surat"), (L + 27, ":"), (L + 30, "600/1287/PEM-II/VII/2025")], f)
    p.line(yl + 2 * lh, [(L + 2, "Tgl. Surat"), (L + 27, ":"), (L + 30, "14 Juli 2025")], f)
    p.line(yl, [(M + 2, "Diterima Tgl"), (M + 27, ":"), (M + 30, "16 Juli 2025")], f)
    p.line(yl + lh, [(M + 2, "No. Agenda"), (M + 27, ":"), (M + 30, "2317", hw, "l", BLUE_INK)], f)
    ys = yl + 2 * lh
    fo = F("sans", 9)
    p.checkbox(M + 29.5, ys)
    p.checkbox(M + 58, ys, True)
    p.checkbox(M + 74.5, ys)
    p.line(ys, [(M + 2, "Sifat"), (M + 27, ":"), (M + 33, "Sangat Segera", fo), (M + 61.5, "Segera", fo),
                (M + 78, "Biasa", fo)], f)
    bot = yl + 2 * lh + 4
    p.rect(L, top, R, bot, 0.35)
    p.vline(M, top, bot, 0.35)
    # perihal row
    y = bot + 6.5
    p.line(y, [(L + 2, "Perihal"), (L + 27, ":"),
               (L + 30, "Permohonan perbaikan drainase dan box culvert di Jalan Slamet Riyadi RT 14")], f)
    y2 = y + lh
    p.line(y2, [(L + 30, "Kelurahan Karang Asam Ulu (genangan setinggi 40 cm saat hujan)")], f)
    bot2 = y2 + 4
    p.rect(L, bot, R, bot2, 0.35)
    # instructions box: two columns of checkboxes
    y = bot2 + 6.5
    p.line(y, [(L + 2, "Diteruskan kepada Sdr.:", fb)], f)
    left = ["Sekretaris", "Kabid Bina Marga", "Kabid Sumber Daya Air", "Kabid Cipta Karya",
            "Kabid Penataan Ruang", "Kasubag Perencanaan dan Keuangan", "Kepala UPTD Drainase"]
    chk_l = {2, 6}
    yy = y + lh
    for i, s in enumerate(left):
        p.checkbox(L + 4, yy, i in chk_l)
        p.line(yy, [(L + 10, s)], f)
        yy += lh
    yl_end = yy
    p.line(y, [(M + 2, "Dengan hormat harap:", fb)], f)
    right = ["Tanggapan dan saran", "Proses lebih lanjut", "Koordinasi/konfirmasi", "Untuk diketahui",
             "Bicarakan dengan saya", "Siapkan jawaban", "Arsip"]
    chk_r = {1, 2}
    yy = y + lh
    for i, s in enumerate(right):
        p.checkbox(M + 4, yy, i in chk_r)
        p.line(yy, [(M + 10, s)], f)
        yy += lh
    bot3 = max(yy, yl_end)
    p.rect(L, bot2, R, bot3, 0.35)
    p.vline(M, bot2, bot3, 0.35)
    # catatan box with handwriting
    y = bot3 + 6.5
    p.line(y, [(L + 2, "Catatan / Isi Disposisi:", fb)], f)
    notes = ["Kabid SDA: mohon ditinjau lapangan bersama",
             "UPTD Drainase, hitung RAB awal dan usulkan",
             "ke APBD-P 2025 rek. 5.1.02.03.03.0001.",
             "Lapor paling lambat 25/7. Tembusan ke Sekretaris."]
    yy = y + 9
    for s in notes:
        p.line(yy, [(L + 8, s, hw, "l", BLUE_INK)], f)
        yy += 9
    # paraf
    p.line(yy + 2, [(R - 52, "Paraf"), (R - 37, ":"), (R - 33, "16/7/2025", hw, "l", BLUE_INK)], f)
    p.sign_xy = (R - 48, yy - 4)
    bot4 = yy + 8
    p.rect(L, bot3, R, bot4, 0.35)
    # signature area
    y = bot4 + 8
    p.line(y, [(M + 44, "KEPALA DINAS PEKERJAAN UMUM", fb, "c")], f)
    p.line(y + 5, [(M + 44, "DAN PENATAAN RUANG,", fb, "c")], f)
    p.line(y + 24, [(M + 44, "Ir. H. DESY DAMAYANTI, M.T.", fb, "c")], f)
    p.line(y + 29, [(M + 44, "Pembina Utama Muda (IV/c)", f, "c")], f)
    p.line(y + 34, [(M + 44, "NIP 19710512 199803 2 007", f, "c")], f)
    p.sign_xy = (M + 44, y + 15)
    p.stamp_xy = (M + 22, y + 16)
    # bottom boxes
    y = y + 43
    p.line(y, [(L + 2, "Tanggal penyelesaian"), (L + 42, ":"), (L + 46, "................................")], f)
    p.line(y + 6, [(L + 2, "Diterima kembali oleh"), (L + 42, ":"), (L + 46, "................................")], f)
    # footer
    p.hline(15, 195, 283, 0.2)
    p.line(287, [(15, "Lembar Disposisi - Sekretariat DPUPR Kota Samarinda", F("sans", 8.5)),
                 (195, "F-SEKR-01 Rev.02", F("sans", 8.5), "r")], f)
    return p


def t_stock_opname():
    p = Page()
    f = F("serif", 10)
    fb = F("serifb", 10)
    tf = F("serifc", 9)
    tfb = F("serifcb", 9)
    y = p.kop(["DINAS PERHUBUNGAN"],
              ["Jalan Cendana No. 22 Samarinda, Kalimantan Timur 75117",
               "Telepon (0541) 731 400 Pos-el: dishub@samarindakota.go.id"],
              F("serifb", 14), F("serifb", 12), F("serif", 9))
    p.center(y + 1, "BERITA ACARA HASIL STOCK OPNAME PERSEDIAAN", F("serifb", 12))
    p.center(y + 7, "Nomor: 027/0415/DISHUB-I/VII/2025", f)
    y += 15
    p.line(y, [(15, "Per Tanggal"), (52, ":"), (55, "30 Juni 2025 (Semester I)")], f)
    p.line(y + 5.5, [(15, "Jenis Persediaan"), (52, ":"), (55, "Barang Pakai Habis - Alat Tulis Kantor dan Bahan Cetak")], f)
    p.line(y + 11, [(15, "Kode Rekening"), (52, ":"), (55, "5.1.02.01.01.0024 / 5.1.02.01.01.0026")], f)
    p.line(y + 16.5, [(15, "Lokasi Gudang"), (52, ":"), (55, "Gudang Sekretariat Lt. 1")], f)
    y += 23
    hdr = ["No", "Kode Barang", "Nama Barang", "Satuan", "Saldo Buku", "Fisik", "Selisih",
           "Harga Satuan (Rp)", "Nilai Persediaan (Rp)"]
    items = [
        ("1.1.7.01.03.01.001", "Kertas HVS A4 70 gr", "Rim", 86, 84, 52000),
        ("1.1.7.01.03.01.002", "Kertas HVS F4 70 gr", "Rim", 40, 40, 56500),
        ("1.1.7.01.03.02.004", "Map Snelhecter Plastik", "Buah", 150, 146, 4200),
        ("1.1.7.01.03.03.001", "Ballpoint Standard Hitam", "Pak", 24, 24, 27500),
        ("1.1.7.01.03.03.007", "Spidol Whiteboard", "Buah", 36, 33, 9800),
        ("1.1.7.01.03.04.002", "Ordner Folio", "Buah", 60, 60, 31000),
        ("1.1.7.01.03.05.011", "Staples No. 10", "Kotak", 48, 45, 3500),
        ("1.1.7.01.03.06.003", "Amplop Coklat Kabinet", "Pak", 15, 15, 38000),
        ("1.1.7.01.03.07.001", "Tinta Printer Epson 003 Hitam", "Botol", 20, 18, 89000),
        ("1.1.7.01.03.07.005", "Toner HP 85A", "Buah", 6, 6, 925000),
        ("1.1.7.01.03.08.002", "Flashdisk 32 GB", "Buah", 10, 9, 98000),
        ("1.1.7.01.04.01.001", "Blanko Karcis Retribusi Parkir", "Buku", 400, 385, 12500),
        ("1.1.7.01.04.01.006", "Formulir Uji Berkala Kendaraan", "Lembar", 2500, 2500, 650),
        ("1.1.7.01.04.02.003", "Stiker Tanda Lulus Uji", "Lembar", 1200, 1143, 2750),
    ]
    rows = [hdr]
    total = 0
    for i, (kb, nm, sat, buku, fis, hrg) in enumerate(items, 1):
        nil = fis * hrg
        total += nil
        sel = fis - buku
        rows.append([str(i), kb, nm, sat, idn(buku), idn(fis), idn(sel), idn(hrg), idn(nil)])
    nr = len(rows)
    rows.append(["JUMLAH", "", "", "", "", "", "", "", idn(total)])
    widths = [8, 31, 36, 15, 14, 13, 15, 21, 27]
    y = p.table(15, y, widths, rows, tf, tfb, "grid",
                aligns=["c", "l", "l", "l", "r", "r", "r", "r", "r"],
                spans={(nr, 0): 8}, row_aligns={(nr, 0): "c"}, bold_rows=(nr,))
    p.meta = {"total": total}
    y += 7
    kurang = -sum(fis - buku for (_, _, _, buku, fis, _) in items if fis < buku)
    y = p.para(15, y, 180, f"Keterangan: selisih kurang sebanyak {kurang} satuan berasal dari pemakaian yang belum "
               "dicatat pada Kartu Barang dan akan disesuaikan pada Buku Persediaan per 30 Juni 2025.", f, 5.3)
    y += 6
    # two signature blocks: left then right (reading order)
    lh = 5.3
    sig_block(p, 58, y, ["Mengetahui,", "Kepala Dinas Perhubungan,", "MANALU SIREGAR, S.T., M.Si.",
                         "NIP 19750820 200112 1 004"], f, lh, gap_after=1, gap=14)
    sig_block(p, 152, y, ["Samarinda, 30 Juni 2025", "Pengurus Barang Pengguna,", "RISKA AMELIA, A.Md.",
                          "NIP 19900114 201503 2 002"], f, lh, gap_after=1, gap=14)
    p.stamp_xy = (44, y + 16)
    p.sign_xy = (152, y + 17)
    p.line(290, [(195, "Halaman 1 dari 1", F("serif", 9), "r")], f)
    return p


def idn(n):
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s


def t_daftar_kendaraan():
    p = Page(landscape=True)
    f = F("sansc", 10)
    fb = F("sanscb", 10)
    tf = F("sansc", 9.5)
    tfb = F("sanscb", 9.5)
    W = p.Wmm
    p.center(16, "DAFTAR KENDARAAN DINAS OPERASIONAL", F("sanscb", 13))
    p.center(22, "SEKRETARIAT DAERAH KOTA SAMARINDA", F("sanscb", 12))
    p.center(27.5, "Keadaan s.d. 31 Mei 2025", f)
    p.line(36, [(14, "Kode Lokasi"), (45, ":"), (48, "12.01.35.01.01.00.01")], f)
    p.line(41, [(14, "Pengguna Barang"), (45, ":"), (48, "Sekretaris Daerah Kota Samarinda")], f)
    hdr = ["No", "Jenis / Merk / Tipe", "Tahun", "Nomor Polisi", "Nomor Rangka", "Nomor Mesin",
           "Kode Barang", "Pemegang", "Kondisi"]
    data = [
        ("Sedan Toyota Camry 2.5 V", "2021", "KT 1 A", "MR053BK50M4012877", "A25A3104552", "1.3.2.02.01.01.001", "Wali Kota", "Baik"),
        ("Minibus Toyota Innova Zenix", "2023", "KT 1003 A", "MHFAB8GS2P0140521", "M20AH558832", "1.3.2.02.01.02.003", "Sekretaris Daerah", "Baik"),
        ("Minibus Toyota Fortuner VRZ", "2020", "KT 1021 A", "MHFGB8GS3L0912364", "2GDC916447", "1.3.2.02.01.02.003", "Asisten Pemerintahan", "Baik"),
        ("Minibus Mitsubishi Pajero Sport", "2019", "KT 1022 A", "MK2KRWPNUKJ004218", "4N15UAT3671", "1.3.2.02.01.02.003", "Asisten Perekonomian", "Baik"),
        ("Minibus Toyota Kijang Innova", "2017", "KT 1047 A", "MHFJW8EM7H2360192", "1TRA337185", "1.3.2.02.01.02.003", "Bagian Umum", "Rusak Ringan"),
        ("Minibus Daihatsu Xenia 1.3", "2018", "KT 1088 A", "MHKV1BA2JJK065430", "1NRF440217", "1.3.2.02.01.02.003", "Bagian Protokol", "Baik"),
        ("Mikrobus Toyota Hiace Commuter", "2016", "KT 7010 A", "JTFSS22P9G0157830", "2KDA872015", "1.3.2.02.01.03.002", "Bagian Umum", "Rusak Ringan"),
        ("Pick Up Mitsubishi L300", "2015", "KT 8034 A", "MHML0PU39FK145862", "4D56CM82291", "1.3.2.02.01.04.001", "Bagian Umum", "Rusak Berat"),
        ("Double Cabin Toyota Hilux 2.4", "2022", "KT 8051 A", "MR0KB3CD7N0735120", "2GDC984431", "1.3.2.02.01.04.004", "Bagian Hukum", "Baik"),
        ("Sepeda Motor Honda Vario 125", "2022", "KT 3217 A", "MH1JM9110NK402785", "JM91E1403190", "1.3.2.02.01.05.001", "Bagian Umum", "Baik"),
        ("Sepeda Motor Honda Vario 125", "2022", "KT 3218 A", "MH1JM9112NK402791", "JM91E1403205", "1.3.2.02.01.05.001", "Bagian Umum", "Baik"),
        ("Sepeda Motor Yamaha NMAX 155", "2021", "KT 3240 A", "MH3SG6710MJ118846", "G3L8E1092731", "1.3.2.02.01.05.001", "Bagian Organisasi", "Baik"),
        ("Sepeda Motor Honda Supra X 125", "2014", "KT 3062 A", "MH1JB9136EK218554", "JB91E2219867", "1.3.2.02.01.05.001", "Bagian Kesra", "Rusak Berat"),
        ("Sepeda Motor Suzuki Nex II", "2019", "KT 3199 A", "MH8DE11AAKJ653207", "F1U1ID618442", "1.3.2.02.01.05.001", "Bagian Umum", "Rusak Ringan"),
    ]
    rows = [hdr] + [[str(i)] + list(r) for i, r in enumerate(data, 1)]
    widths = [9, 55, 14, 23, 39, 26, 33, 37, 25]  # 261
    y = p.table(18, 46, widths, rows, tf, tfb, "hrules",
                aligns=["c", "l", "c", "l", "l", "l", "l", "l", "l"], pad=1.2)
    r4 = sum(1 for r in data if not r[0].startswith("Sepeda"))
    r2 = len(data) - r4
    p.meta = {"r4": r4, "r2": r2, "n": len(data)}
    y += 6
    p.line(y, [(18, f"Jumlah kendaraan: {len(data)} unit (roda empat: {r4} unit, roda dua: {r2} unit)")], f)
    p.line(y + 5.5, [(18, "Kondisi Rusak Berat diusulkan penghapusan melalui BPKAD pada Triwulan III 2025.")], f)
    sig_block(p, 240, y, ["Samarinda, 2 Juni 2025", "Kepala Bagian Umum,", "HERU SANTOSO, S.Sos., M.AP",
                          "NIP 19790603 200604 1 012"], f, 5.2, gap_after=1, gap=13)
    p.stamp_xy = (221, y + 12)
    p.sign_xy = (242, y + 13)
    fs = F("mono", 8)
    p.line(203, [(14, "Dicetak dari SIMDA BMD pada 02-06-2025 09:41 oleh operator_setda", fs),
                 (W - 14, "Hal. 1/1", fs, "r")], fs)
    return p


def t_sp2d():
    p = Page()
    f = F("sansc", 9.5)
    fb = F("sanscb", 9.5)
    L, R, M = 14, 196, 108
    p.logo(17, 12, 17)
    p.line(17, [(112, "PEMERINTAH KOTA SAMARINDA", F("sanscb", 12), "c")], f)
    p.line(23, [(112, "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", F("sanscb", 11), "c")], f)
    p.line(30, [(112, "SURAT PERINTAH PENCAIRAN DANA (SP2D)", F("sanscb", 12), "c")], f)
    p.rect(L, 8, R, 34, 0.4)
    top = 34
    lh = 5.4
    y = top + 5.5
    p.line(y, [(L + 2, "Nomor SP2D"), (L + 24, ":"), (L + 27, "64.72/04.0/002871/LS/2025")], f)
    p.line(y + lh, [(L + 2, "Nomor SPM"), (L + 24, ":"), (L + 27, "64.72/03.0/002654/LS/2025")], f)
    p.line(y + 2 * lh, [(L + 2, "Tanggal SPM"), (L + 24, ":"), (L + 27, "18 Juli 2025")], f)
    p.line(y + 3 * lh, [(L + 2, "SKPD"), (L + 24, ":"), (L + 27, "1.02.0.00.0.00.01.0000 Dinas Kesehatan")], f)
    p.line(y, [(M + 2, "Dari"), (M + 28, ":"), (M + 31, "Kuasa Bendahara Umum Daerah")], f)
    p.line(y + lh, [(M + 2, "Tahun Anggaran"), (M + 28, ":"), (M + 31, "2025")], f)
    p.line(y + 2 * lh, [(M + 2, "Jenis SP2D"), (M + 28, ":"), (M + 31, "LS Pihak Ketiga")], f)
    bot = y + 3 * lh + 3
    p.rect(L, top, R, bot, 0.4)
    p.vline(M, top, y + 2 * lh + 2, 0.3)
    # bank section
    y = bot + 5.5
    p.line(y, [(L + 2, "Bank Pengirim"), (L + 34, ":"), (L + 37, "Bank Kaltimtara Cabang Utama Samarinda")], f)
    y += lh
    p.line(y, [(L + 2, "Hendaklah mencairkan/memindahbukukan dari Rekening Kas Umum Daerah Nomor 0011.00.1234567")], f)
    gross = 0
    detail = [
        ("5.1.02.03.03.0001", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Kantor (Rehabilitasi Ruang Tunggu Puskesmas Sempaja)", 286450000),
        ("5.1.02.03.03.0008", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Pelayanan Kesehatan (Perbaikan Atap dan Plafon Pustu Lempake)", 97315000),
        ("5.1.02.02.01.0029", "Belanja Jasa Konsultansi Pengawasan Rehabilitasi Bangunan", 29070000),
    ]
    for _, _, a in detail:
        gross += a
    y += lh
    p.line(y, [(L + 2, "Uang sebesar"), (L + 34, ":"), (L + 37, "Rp " + idn(gross), F("sanscb", 9.5))], f)
    y += lh
    p.line(y, [(L + 2, "Kepada"), (L + 34, ":"), (L + 37, "CV Mahakam Karya Utama")], f)
    y += lh
    p.line(y, [(L + 2, "NPWP"), (L + 34, ":"), (L + 37, "01.234.567.8-722.000")], f)
    y += lh
    p.line(y, [(L + 2, "No. Rekening Bank"), (L + 34, ":"), (L + 37, "0021.02.7654321 (Bank Kaltimtara)")], f)
    y += lh
    p.line(y, [(L + 2, "Keperluan untuk"), (L + 34, ":"),
               (L + 37, "Pembayaran LS termin II (100%) pekerjaan rehabilitasi Puskesmas Sempaja dan Pustu")], f)
    y += lh
    p.line(y, [(L + 37, "Lempake sesuai Kontrak Nomor 027/2034/DINKES-IV/V/2025 tanggal 12 Mei 2025")], f)
    y += 4
    # main table: shaded header, two header rows (merged), wrapped cells
    hdr1 = ["No", "Kode Rekening", "Uraian", "Jumlah (Rp)", ""]
    hdr2 = ["", "", "", "Nilai", "Persen"]
    rows = [hdr1, hdr2]
    pct_sum = 0.0
    for i, (k, u, a) in enumerate(detail, 1):
        pct = round(a * 100.0 / gross, 2)
        rows.append([str(i), k, u, idn(a), f"{pct:.2f}".replace(".", ",")])
    nr = len(rows)
    rows.append(["JUMLAH", "", "", idn(gross), "100,00"])
    widths = [9, 31, 89, 32, 21]
    y = p.table(L, y, widths, rows, f, fb, "grid", header_rows=2, shade=(205, 205, 205),
                aligns=["c", "l", "l", "r", "r"], spans={(0, 3): 2, (nr, 0): 3},
                nobottom={(0, 0), (0, 1), (0, 2)}, row_aligns={(nr, 0): "c"}, bold_rows=(nr,))
    y += 4
    # potongan table
    dpp = round(gross * 100 / 111)
    ppn = gross - dpp
    pph = round(dpp * 0.0265)
    pot = [("PPN (11%)", "411211-100", ppn), ("PPh Pasal 4 ayat (2) Jasa Konstruksi (2,65%)", "411128-409", pph)]
    rows2 = [["No", "Uraian Potongan", "Kode MAP-KJS", "Jumlah (Rp)"]]
    tp = 0
    for i, (u, k, a) in enumerate(pot, 1):
        rows2.append([str(i), u, k, idn(a)])
        tp += a
    nr2 = len(rows2)
    rows2.append(["Jumlah Potongan", "", "", idn(tp)])
    y = p.table(L, y, [9, 110, 31, 32], rows2, f, fb, "grid", shade=(205, 205, 205),
                aligns=["c", "l", "l", "r"], spans={(nr2, 0): 3}, row_aligns={(nr2, 0): "c"},
                bold_rows=(nr2,))
    net = gross - tp
    p.meta = {"gross": gross, "dpp": dpp, "ppn": ppn, "pph": pph, "pot": tp, "net": net}
    y += 5.5
    p.line(y, [(L + 2, "Jumlah yang Dibayarkan"), (L + 40, ":"), (L + 43, "Rp " + idn(net), fb)], f)
    y += lh
    words = terbilang(net) + " rupiah"
    words = words[0].upper() + words[1:]
    y = p.para(L + 2, y, 178, "Terbilang: " + words, F("sansci", 9.5), lh)
    y += 5
    # left: lembar list; right: signature
    lf = F("sansc", 9)
    y0 = y
    for s in ["Lembar 1 : Bank yang ditunjuk", "Lembar 2 : Pengguna Anggaran/Kuasa PA",
              "Lembar 3 : Arsip Kuasa BUD", "Lembar 4 : Pihak Penerima"]:
        p.line(y, [(L + 2, s, lf)], f)
        y += 4.8
    sig_block(p, 152, y0, ["Samarinda, 21 Juli 2025", "Kuasa Bendahara Umum Daerah,",
                           "SITI NURHALIZA, S.E., M.M.", "NIP 19820317 200902 2 006"], f, lh,
              gap_after=1, gap=16)
    p.stamp_xy = (133, y0 + 14)
    p.sign_xy = (154, y0 + 13)
    p.hline(L, R, 284, 0.2)
    p.line(288, [(L, "SIPD-RI | Penatausahaan Keuangan Daerah", F("sansc", 8)),
                 (R, "Halaman 1 dari 1", F("sansc", 8), "r")], f)
    return p


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    if n < 12:
        return _SAT[n]
    if n < 20:
        return _SAT[n - 10] + " belas"
    if n < 100:
        return (_SAT[n // 10] + " puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (_SAT[n // 100] + " ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("seribu " + terbilang(n - 1000)).strip()
    if n < 10**6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10**9:
        return (terbilang(n // 10**6) + " juta " + terbilang(n % 10**6)).strip()
    return (terbilang(n // 10**9) + " miliar " + terbilang(n % 10**9)).strip()


def t_surat_tugas():
    p = Page()
    f = F("serif", 11)
    fb = F("serifb", 11)
    y = p.kop(["DINAS LINGKUNGAN HIDUP"],
              ["Jalan Bhayangkara No. 54 Samarinda, Kalimantan Timur 75121",
               "Telepon (0541) 205 813 Laman: dlh.samarindakota.go.id"],
              F("serifb", 15), F("serifb", 13), F("serif", 9.5))
    p.center(y + 3, "SURAT TUGAS", F("serifb", 13), underline=True)
    p.center(y + 9, "Nomor: 094/2215/DLH-III/VIII/2025", f)
    y += 19
    lh = 5.4
    p.line(y, [(16, "Dasar"), (40, ":"), (44, "1."),
               (50, "Peraturan Wali Kota Samarinda Nomor 12 Tahun 2024 tentang Perjalanan")], f)
    y += lh
    p.line(y, [(50, "Dinas;")], f)
    y += lh
    p.line(y, [(44, "2."), (50, "Dokumen Pelaksanaan Anggaran (DPA) Dinas Lingkungan Hidup")], f)
    y += lh
    p.line(y, [(50, "Tahun Anggaran 2025 Nomor DPA/A.1/2.11.0.00.0.00.01.0000/001/2025.")], f)
    y += lh + 4
    p.center(y, "MENUGASKAN:", fb)
    y += lh + 2
    p.line(y, [(16, "Kepada"), (40, ":")], f)
    y += 2
    tf = F("serif", 10)
    tfb = F("serifb", 10)
    hdr = ["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"]
    ppl = [
        ("Dr. AGUS PRIYANTO, S.T., M.Eng.", "19760923 200212 1 005", "Pembina (IV/a)", "Kabid Pengelolaan Sampah"),
        ("NURUL HIDAYAH, S.Si.", "19850211 201001 2 019", "Penata Tk. I (III/d)", "Pengawas Lingkungan Hidup"),
        ("MUHAMMAD RIZAL, S.T.", "19880730 201402 1 003", "Penata (III/c)", "Pengawas Lingkungan Hidup"),
        ("YULIANA PASARIBU, A.Md.", "19930405 201903 2 011", "Pengatur Tk. I (II/d)", "Pengelola Data"),
        ("ANDI SETIAWAN", "19910612 202321 1 004", "PPPK (IX)", "Penata Layanan Operasional"),
    ]
    rows = [hdr] + [[f"{i}."] + list(r) for i, r in enumerate(ppl, 1)]
    return _surat_tugas_rest(p, rows, tf, tfb, f, fb, lh, y)


def _surat_tugas_rest(p, rows, tf, tfb, f, fb, lh, y):
    y = p.table(16, y, [8, 49, 47, 38, 38], rows, tf, tfb, "none",
                aligns=["l", "l", "l", "l", "l"], pad=1.0)
    y += 5
    p.line(y, [(16, "Untuk"), (40, ":"), (44, "1."),
               (50, "Melaksanakan pengawasan operasional TPA Sambutan dan pemantauan")], f)
    y += lh
    p.line(y, [(50, "kualitas air lindi pada tanggal 12 s.d. 14 Agustus 2025;")], f)
    y += lh
    p.line(y, [(44, "2."), (50, "Biaya perjalanan dinas dibebankan pada DPA Dinas Lingkungan Hidup")], f)
    y += lh
    p.line(y, [(50, "TA 2025 kode rekening 5.1.02.04.01.0003 Belanja Perjalanan Dinas")], f)
    y += lh
    p.line(y, [(50, "Dalam Kota, uang harian Rp 150.000 per orang per hari;")], f)
    y += lh
    p.line(y, [(44, "3."), (50, "Melaporkan hasil pelaksanaan tugas kepada Kepala Dinas paling lambat")], f)
    y += lh
    p.line(y, [(50, "3 (tiga) hari kerja setelah tugas selesai.")], f)
    y += lh + 3
    p.line(y, [(16, "Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.")], f)
    y += lh + 4
    x = 140
    sig_block(p, x, y, ["Ditetapkan di Samarinda", "pada tanggal 8 Agustus 2025",
                        "KEPALA DINAS LINGKUNGAN HIDUP", "KOTA SAMARINDA,", "Ir. HENDRA KUSUMA, M.T.",
                        "Pembina Utama Muda (IV/c)", "NIP 19700128 199603 1 002"], f, lh, gap_after=3, gap=14)
    p.stamp_xy = (x - 20, y + 28)
    p.sign_xy = (x + 2, y + 28)
    y += 7 * lh + 14 + 1
    fs = F("serif", 9.5)
    p.line(y, [(16, "Tembusan:", fs)], fs)
    p.line(y + 4.8, [(16, "1. Wali Kota Samarinda (sebagai laporan);", fs)], fs)
    p.line(y + 9.6, [(16, "2. Inspektur Kota Samarinda;", fs)], fs)
    p.line(y + 14.4, [(16, "3. Yang bersangkutan.", fs)], fs)
    p.line(291, [(195, "Halaman 1 dari 1", F("serif", 9), "r")], fs)
    return p


def t_notulen_rapat():
    p = Page()
    f = F("serifc", 10.5)
    fb = F("serifcb", 10.5)
    y = p.kop(["BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
              ["Jalan Dahlia No. 81 Samarinda, Kalimantan Timur 75121",
               "Telepon (0541) 742 501 Pos-el: bappeda@samarindakota.go.id"],
              F("serifcb", 14), F("serifcb", 12), F("serifc", 9.5))
    p.center(y + 2, "NOTULEN RAPAT", F("serifcb", 13), underline=True)
    y += 11
    lh = 5.6
    fields = [("Hari/Tanggal", "Selasa, 22 April 2025"), ("Waktu", "09.00 - 12.15 WITA"),
              ("Tempat", "Ruang Rapat Bappeda Lantai 2"), ("Undangan", "Nomor 005/0412/BAPPEDA-II/IV/2025"),
              ("Pimpinan Rapat", "Kepala Bappeda Kota Samarinda"),
              ("Peserta", "27 orang (daftar hadir terlampir)"),
              ("Acara", "Pembahasan Rancangan Awal RKPD Kota Samarinda Tahun 2026")]
    for k, v in fields:
        p.line(y, [(16, k), (48, ":"), (51, v)], f)
        y += lh
    y += 3
    W = 178
    p.line(y, [(16, "I. PEMBUKAAN", fb)], f)
    y += lh
    y = p.para(16, y, W, "Rapat dibuka oleh Pimpinan Rapat pukul 09.05 WITA. Disampaikan bahwa Rancangan Awal "
               "RKPD 2026 harus selaras dengan RPJMD 2025-2029 dan diunggah ke SIPD paling lambat "
               "30 April 2025.", f, lh, indent=6)
    y += 2
    p.line(y, [(16, "II. PEMBAHASAN", fb)], f)
    y += lh
    pts = [
        "Kabid Perencanaan Ekonomi dan SDA menyampaikan pagu indikatif belanja daerah 2026 sebesar "
        "Rp 4,87 triliun, turun 3,2% dibanding APBD murni 2025 akibat penyesuaian transfer ke daerah.",
        "Belanja pegawai diproyeksikan Rp 1.642.318.000.000 atau 33,7% dari total belanja; porsi belanja "
        "infrastruktur pelayanan publik ditargetkan minimal 40%.",
        "Dinas PUPR mengusulkan program pengendalian banjir Rp 312.450.000.000 termasuk normalisasi "
        "Sungai Karang Mumus segmen Jembatan Perniagaan - Gang Nibung.",
        "Dinas Kesehatan meminta tambahan pagu Rp 18.750.000.000 untuk pembangunan Puskesmas Palaran; "
        "Bappeda meminta kajian kebutuhan dan data kunjungan 2024 dilengkapi.",
        "Capaian indikator IPM 2024 sebesar 82,05 dan tingkat pengangguran terbuka 5,87% menjadi dasar "
        "penetapan target RKPD 2026.",
    ]
    for i, s in enumerate(pts, 1):
        y = p.para(22, y, W - 6, s, f, lh, first_prefix=f"{i}.", indent=6)
    y += 2
    p.line(y, [(16, "III. KESIMPULAN DAN TINDAK LANJUT", fb)], f)
    y += lh
    conc = [
        "Seluruh OPD menyampaikan perbaikan usulan renja melalui SIPD paling lambat 28 April 2025.",
        "Usulan di atas pagu indikatif wajib dilengkapi KAK dan RAB yang mengacu SSH dan SBU Tahun 2026.",
        "Forum Konsultasi Publik RKPD 2026 dijadwalkan Rabu, 7 Mei 2025 di Aula Bappeda.",
    ]
    for i, s in enumerate(conc, 1):
        y = p.para(22, y, W - 6, s, f, lh, first_prefix=f"{i}.", indent=6)
    y += 2
    p.line(y, [(16, "Rapat ditutup pukul 12.15 WITA.")], f)
    y += lh + 5
    sig_block(p, 55, y, ["Pimpinan Rapat,", "Kepala Bappeda,", "Dr. RINI WULANDARI, S.E., M.Si.",
                         "NIP 19740715 199903 2 004"], f, lh, gap_after=1, gap=17)
    sig_block(p, 152, y, ["Samarinda, 22 April 2025", "Notulis,", "FAJAR RAMADHAN, S.IP.",
                          "NIP 19950118 202012 1 008"], f, lh, gap_after=1, gap=17)
    p.stamp_xy = (38, y + 17)
    p.sign_xy = (57, y + 16)
    fs = F("serifc", 8.5)
    p.hline(15, 195, 284, 0.2)
    p.line(288, [(15, "Notulen Rapat RKPD 2026 - Bappeda Kota Samarinda", fs),
                 (195, "Halaman 1 dari 1", fs, "r")], fs)
    return p


def t_tanda_terima_barang():
    p = Page()
    f = F("sans", 9.5)
    fb = F("sansb", 9.5)
    y = p.kop(["DINAS PENDIDIKAN DAN KEBUDAYAAN"],
              ["Jalan Biola No. 1 Samarinda, Kalimantan Timur 75124",
               "Telepon (0541) 203 744 Laman: disdikbud.samarindakota.go.id"],
              F("sansb", 13), F("sansb", 12), F("sans", 9))
    p.center(y + 2, "TANDA TERIMA BARANG", F("sansb", 12), underline=True)
    p.center(y + 7.5, "Nomor: 027/0893/DISDIK-II/IX/2025", f)
    y += 15
    lh = 5.2
    y = p.para(15, y, 180, "Pada hari ini Senin tanggal delapan bulan September tahun dua ribu dua puluh lima, "
               "yang bertanda tangan di bawah ini:", f, lh)
    y += 1
    p.line(y, [(15, "1."), (21, "Nama"), (48, ":"), (51, "BAMBANG HARIYADI")], f)
    p.line(y + lh, [(21, "Jabatan"), (48, ":"), (51, "Direktur CV Borneo Sinar Abadi, selanjutnya disebut PIHAK PERTAMA")], f)
    p.line(y + 2 * lh, [(15, "2."), (21, "Nama"), (48, ":"), (51, "DEWI KARTIKA SARI, S.Pd.")], f)
    p.line(y + 3 * lh, [(21, "Jabatan"), (48, ":"), (51, "Pengurus Barang Pengguna, selanjutnya disebut PIHAK KEDUA")], f)
    y += 4 * lh + 1
    y = p.para(15, y, 180, "PIHAK PERTAMA telah menyerahkan dan PIHAK KEDUA telah menerima barang sebagai berikut:",
               f, lh)
    hdr1 = ["No", "Kode Barang", "Nama Barang / Spesifikasi", "Jumlah", "", "Harga Satuan (Rp)", "Jumlah Harga (Rp)"]
    hdr2 = ["", "", "", "Vol.", "Sat.", "", ""]
    items = [
        ("1.1.7.01.03.01.001", "Kertas HVS A4 80 gr (Sinar Dunia/setara), 500 lembar per rim", 120, "Rim", 58500),
        ("1.1.7.01.03.07.001", "Tinta printer Epson 003 warna hitam, botol 65 ml original", 48, "Botol", 89000),
        ("1.1.7.01.03.07.002", "Tinta printer Epson 003 warna (cyan, magenta, yellow) 65 ml", 36, "Botol", 89000),
        ("1.1.7.01.03.02.004", "Map snelhecter plastik folio aneka warna", 300, "Buah", 4200),
        ("1.1.7.01.04.01.009", "Blanko ijazah dan SKHU jenjang SD/SMP Tahun Pelajaran 2024/2025 (cetak security printing)", 4250, "Lembar", 7800),
        ("1.1.7.01.03.08.002", "Flashdisk 32 GB USB 3.2", 25, "Buah", 98000),
    ]
    rows = [hdr1, hdr2]
    total = 0
    for i, (kb, nm, v, s, h) in enumerate(items, 1):
        jh = v * h
        total += jh
        rows.append([str(i), kb, nm, idn(v), s, idn(h), idn(jh)])
    nr = len(rows)
    rows.append(["JUMLAH", "", "", "", "", "", idn(total)])
    y += 1
    y = p.table(15, y, [8, 34, 52, 14, 17, 25, 30], rows, F("sans", 9), F("sansb", 9), "grid", header_rows=2,
                shade=(215, 215, 215), aligns=["c", "l", "l", "r", "l", "r", "r"],
                spans={(0, 3): 2, (nr, 0): 6}, nobottom={(0, 0), (0, 1), (0, 2), (0, 5), (0, 6)},
                row_aligns={(nr, 0): "c"}, bold_rows=(nr,))
    p.meta = {"total": total}
    y += 5
    y = p.para(15, y, 180, "Barang tersebut diterima dalam keadaan baik dan lengkap sesuai Surat Pesanan Nomor "
               "027/0741/DISDIK-II/VIII/2025 tanggal 18 Agustus 2025, dibebankan pada DPA Dinas Pendidikan "
               "dan Kebudayaan TA 2025 kode rekening 5.1.02.01.01.0024 dan 5.1.02.01.01.0026.", f, lh)
    y += 5
    sig_block(p, 55, y, ["PIHAK PERTAMA", "Yang Menyerahkan,", "BAMBANG HARIYADI", "Direktur"], f, lh,
              gap_after=1, gap=12)
    sig_block(p, 152, y, ["PIHAK KEDUA", "Yang Menerima,", "DEWI KARTIKA SARI, S.Pd.",
                          "NIP 19870925 201101 2 013"], f, lh, gap_after=1, gap=12)
    y += 4 * lh + 12 + 1
    sig_block(p, 105, y, ["Mengetahui,", "Pejabat Pembuat Komitmen,", "Drs. SUPRIADI, M.Pd.",
                          "NIP 19680411 199403 1 006"], f, lh, gap_after=1, gap=12)
    p.stamp_xy = (88, y + 13)
    p.sign_xy = (106, y + 12)
    fs = F("mono", 8)
    p.line(290, [(15, "TTB-DISDIKBUD/2025/0893", fs), (195, "1/1", fs, "r")], fs)
    return p


TYPES = {
    "lembar_disposisi": t_lembar_disposisi,
    "stock_opname": t_stock_opname,
    "daftar_kendaraan": t_daftar_kendaraan,
    "sp2d": t_sp2d,
    "surat_tugas": t_surat_tugas,
    "notulen_rapat": t_notulen_rapat,
    "tanda_terima_barang": t_tanda_terima_barang,
}

# =====================================================================
# Degradations
# =====================================================================
DEGS = [("clean_300dpi", "png"), ("dpi150", "png"), ("fax", "png"), ("jpeg_q25", "jpg"),
        ("pdf_skew2", "pdf"), ("phone_photo", "jpg"), ("stamp", "png"), ("sideways", "png"),
        ("upside_down", "png")]


def save_grey4(img_l, path, dpi):
    a = np.asarray(img_l.convert("L"), dtype=np.uint8)
    q = (a.astype(np.uint16) * 15 + 127) // 255
    im = Image.fromarray(q.astype(np.uint8), "P")
    pal = []
    for i in range(16):
        v = i * 17
        pal += [v, v, v]
    im.putpalette(pal)
    im.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def save_pal16(img_rgb, path, dpi):
    im = img_rgb.quantize(colors=16, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    im.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def d_fax(img, rng):
    g = img.convert("L")
    W, H = g.size
    w2, h2 = W * 200 // 300, H * 100 // 300
    small = np.asarray(g.resize((w2, h2), Image.BOX), dtype=np.float32)
    small = small + rng.normal(0, 14, small.shape)
    bw = small > 150
    # specks
    n = int(w2 * h2 * 0.0008)
    ys, xs = rng.integers(0, h2, n), rng.integers(0, w2, n)
    bw[ys, xs] = False
    # horizontal streaks (partial lines) and one vertical streak
    for _ in range(6):
        yy = int(rng.integers(0, h2))
        x0 = int(rng.integers(0, w2 // 2))
        bw[yy, x0:x0 + int(rng.integers(w2 // 5, w2 // 2))] = False
    xv = int(rng.integers(w2 // 8, w2 - w2 // 8))
    col = rng.random(h2) < 0.55
    bw[col, xv] = False
    # dropout: light band where some black pixels vanish
    yb = int(rng.integers(h2 // 4, 3 * h2 // 4))
    band = bw[yb:yb + 6]
    band |= rng.random(band.shape) < 0.25
    im = Image.fromarray((bw * 255).astype(np.uint8), "L").resize((w2, h2 * 2), Image.NEAREST)
    return im.convert("1", dither=Image.Dither.NONE)


def d_skew_pdf(img, rng, angle, path):
    g = img.convert("L")
    W, H = g.size
    g = g.resize((W * 2 // 3, H * 2 // 3), Image.LANCZOS)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    a = a * 0.93 + 10 + rng.normal(0, 6, a.shape)
    n = int(a.size * 0.0004)
    a[rng.integers(0, a.shape[0], n), rng.integers(0, a.shape[1], n)] = 40
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
    fixed = time.gmtime(1753086600)  # 2025-07-21 08:30 UTC, fixed for determinism
    g.save(path, "PDF", resolution=200.0, quality=55, creationDate=fixed, modDate=fixed,
           producer="Scanner Kyocera ECOSYS M3145 (simulated)")


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def d_phone(img, rng):
    W, H = img.size
    s = 0.62
    pg = img.resize((int(W * s), int(H * s)), Image.LANCZOS)
    pw, ph = pg.size
    cw, ch = int(pw * 1.16), int(ph * 1.13)
    # background: desk-like texture
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    grain = np.sin(xx / 7.0 + np.sin(yy / 53.0) * 3) * 9 + rng.normal(0, 5, (ch, cw))
    bg = np.stack([112 + grain, 84 + grain * 0.8, 58 + grain * 0.6], -1)
    mx, my = (cw - pw) / 2, (ch - ph) / 2
    j = lambda: float(rng.uniform(-0.045, 0.045)) * pw
    dst = [(mx + j(), my + j()), (mx + pw + j(), my + j() * 0.5), (mx + pw + j(), my + ph + j()),
           (mx + j(), my + ph + j() * 0.5)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(dst, src)
    warped = pg.transform((cw, ch), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((cw, ch), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255
    out = np.asarray(warped, dtype=np.float32) * m + bg * (1 - m)
    # shadow: soft darker band from one side
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.1, 0.4) * ch
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(cw, ch)
    light = 1.06 - 0.55 * dist
    sh = np.clip((xx - cw * 0.78) / (cw * 0.15), 0, 1) * 0.12
    light = light - sh
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9])
    out = out + rng.normal(0, 3.5, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    return im


def make_stamp(rng, diam, color, ring_top, center_lines):
    S = diam
    big = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(big)
    d.ellipse([6, 6, S - 6, S - 6], outline=255, width=9)
    d.ellipse([int(S * 0.09), int(S * 0.09), int(S * 0.91), int(S * 0.91)], outline=255, width=4)
    d.ellipse([int(S * 0.29), int(S * 0.29), int(S * 0.71), int(S * 0.71)], outline=255, width=4)
    f = ImageFont.truetype(FD + FONTS["sansb"], int(S * 0.085))
    r = S * 0.405 - S * 0.03
    n = len(ring_top)
    span = 250.0
    for i, ch in enumerate(ring_top):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, top arc
        cimg = Image.new("L", (int(S * 0.12), int(S * 0.12)), 0)
        ImageDraw.Draw(cimg).text((cimg.width / 2, cimg.height / 2), ch, font=f, fill=255, anchor="mm")
        cimg = cimg.rotate(-(ang + 90), resample=Image.BICUBIC)
        px = S / 2 + r * math.cos(math.radians(ang)) - cimg.width / 2
        py = S / 2 + r * math.sin(math.radians(ang)) - cimg.height / 2
        big.paste(255, (int(px), int(py)), cimg)
    # star in centre
    cx = cy = S / 2
    pts = []
    for k in range(10):
        rr = S * 0.17 if k % 2 == 0 else S * 0.07
        a = math.radians(-90 + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    fc = ImageFont.truetype(FD + FONTS["sansb"], int(S * 0.07))
    for k, s in enumerate(center_lines):
        d.text((S / 2, S * (0.80 + 0.075 * k)), s, font=fc, fill=255, anchor="mm")
    a = np.asarray(big, dtype=np.float32) / 255
    # uneven ink
    ink = 0.55 + 0.4 * rng.random(a.shape)
    ink = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(3)),
                     dtype=np.float32) / 255
    return a * ink, color


def d_stamp(page, rng, unit):
    img = page.img.copy()
    a = np.asarray(img, dtype=np.float32)
    # signature scribble first (under the stamp)
    sx, sy = page.sign_xy
    sig = Image.new("L", img.size, 0)
    sd = ImageDraw.Draw(sig)
    pts = []
    x0 = mm(sx) - mm(22)
    for k in range(160):
        t = k / 159
        x = x0 + t * mm(44) + math.sin(t * 31) * mm(3.2)
        y = mm(sy) + math.sin(t * 17 + 1) * mm(5) * (1 - t * 0.5) + math.cos(t * 47) * mm(1.6)
        pts.append((x, y))
    sd.line(pts, fill=255, width=mm(0.55), joint="curve")
    sd.line([(x0 + mm(4), mm(sy) + mm(6)), (x0 + mm(46), mm(sy) + mm(2))], fill=255, width=mm(0.45))
    sa = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32)[..., None] / 255
    sc = np.array([30, 40, 110], np.float32)
    a = a * (1 - sa) + sc * sa
    # stamp (multiply blend)
    S = mm(38)
    alpha, color = make_stamp(rng, S, (115, 45, 170) if rng.random() < 0.5 else (40, 70, 185),
                              "PEMERINTAH KOTA SAMARINDA", [unit])
    ang = float(rng.uniform(-25, 25))
    al = Image.fromarray((alpha * 255).astype(np.uint8)).rotate(ang, resample=Image.BICUBIC)
    al = np.asarray(al, dtype=np.float32) / 255 * 0.82
    cx, cy = mm(page.stamp_xy[0]), mm(page.stamp_xy[1])
    x0, y0 = cx - S // 2, cy - S // 2
    reg = a[y0:y0 + S, x0:x0 + S]
    c = np.array(color, np.float32) / 255
    reg[:] = reg * (1 - al[..., None] * (1 - c))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


STAMP_UNIT = {
    "lembar_disposisi": "DPUPR", "stock_opname": "DISHUB", "daftar_kendaraan": "SETDA",
    "sp2d": "BPKAD", "surat_tugas": "DLH", "notulen_rapat": "BAPPEDA", "tanda_terima_barang": "DISDIKBUD",
}


def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest = []
    meta_all = {}
    for ti, (name, fn) in enumerate(TYPES.items()):
        page = fn()
        with open(os.path.join(OUT, "truth", f"{name}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        has_tables = bool(page.tables)
        if has_tables:
            with open(os.path.join(OUT, "truth", f"{name}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        meta_all[name] = {"meta": getattr(page, "meta", {}), "size_px": page.img.size,
                          "landscape": page.Wmm > page.Hmm}
        d = os.path.join(OUT, "pages", name)
        os.makedirs(d)
        for di, (deg, ext) in enumerate(DEGS):
            rng = np.random.default_rng(1000 + ti * 31 + di)
            path = os.path.join(d, f"{name}__{deg}.{ext}")
            img = page.img
            if deg == "clean_300dpi":
                save_grey4(img, path, 300)
            elif deg == "dpi150":
                save_grey4(img.convert("L").resize((img.width // 2, img.height // 2), Image.LANCZOS), path, 150)
            elif deg == "fax":
                d_fax(img, rng).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                g = img.convert("L")
                g = g.resize((g.width * 2 // 3, g.height * 2 // 3), Image.LANCZOS)
                g.save(path, quality=25, dpi=(200, 200))
            elif deg == "pdf_skew2":
                ang = (1.7 + 0.1 * ti) * (1 if ti % 2 == 0 else -1)
                meta_all[name]["skew_deg"] = round(ang, 2)
                d_skew_pdf(img, rng, ang, path)
            elif deg == "phone_photo":
                d_phone(img, rng).save(path, quality=72, dpi=(150, 150))
            elif deg == "stamp":
                save_pal16(d_stamp(page, rng, STAMP_UNIT[name]), path, 300)
            elif deg == "sideways":
                g = img.convert("L").transpose(Image.Transpose.ROTATE_90)
                save_grey4(g.resize((g.width * 2 // 3, g.height * 2 // 3), Image.LANCZOS), path, 200)
            elif deg == "upside_down":
                g = img.convert("L").transpose(Image.Transpose.ROTATE_180)
                save_grey4(g.resize((g.width * 2 // 3, g.height * 2 // 3), Image.LANCZOS), path, 200)
            rec = {"file": f"pages/{name}/{name}__{deg}.{ext}", "text_type": name, "degradation": deg,
                   "truth": f"truth/{name}.txt"}
            if has_tables:
                rec["tables"] = f"truth/{name}.tables.json"
            manifest.append(rec)
        print("done", name, len(page.lines), "lines", len(page.tables), "tables")
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "gen_meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta_all, fh, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
