#!/usr/bin/env python3
"""Generate the ocr7 blind set: 7 invented Samarinda government pages x 9 degradations.

Deterministic (fixed seeds, no timestamps). Run with the scratch venv:
    /work/scratch/ocr7/bin/python generate.py
Needs Pillow + numpy and the DejaVu fonts in /usr/share/fonts/truetype/dejavu.
"""
import io
import json
import math
import os
import random
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf", "serif-i": "DejaVuSerif-Italic.ttf",
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf", "sans-i": "DejaVuSans-Oblique.ttf",
    "cond": "DejaVuSansCondensed.ttf", "cond-b": "DejaVuSansCondensed-Bold.ttf",
    "scond": "DejaVuSerifCondensed.ttf", "scond-b": "DejaVuSerifCondensed-Bold.ttf",
}
DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
OVER = 0
_fc = {}


def F(name, pt):
    key = (name, pt)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONTS[name], int(round(pt * DPI / 72)))
    return _fc[key]


def mm(v):
    return int(round(v / 25.4 * DPI))


def rp(n):
    return f"{n:,}".replace(",", ".")


def pct(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    n = int(n)
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
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " miliar " + terbilang(n % 10 ** 9)).strip()


class Page:
    def __init__(self, top=mm(15), left=mm(25), right=mm(20), bottom=mm(15)):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.x0, self.x1 = left, W - right
        self.y = top
        self.ymax = H - bottom
        self.lines = []
        self.tables = []
        self.sig = None  # (x, y) centre of signature area, for the stamp degradation

    # ---- primitives -------------------------------------------------
    def tw(self, txt, font):
        return self.d.textlength(txt, font=font)

    def lh(self, font, k=1.32):
        return int(font.size * k)

    def draw(self, x, y, txt, font, fill=0):
        self.d.text((x, y), txt, font=font, fill=fill)

    def row(self, segs, font=None, k=1.32, record=True):
        """One printed line made of segments (x, text, align[, font]). align l/c/r; x for c is centre."""
        f0 = font
        for s in segs:
            x, txt, al = s[0], s[1], s[2]
            f = s[3] if len(s) > 3 else f0
            w = self.tw(txt, f)
            xx = x if al == "l" else (x - w / 2 if al == "c" else x - w)
            self.draw(xx, self.y, txt, f)
        if record:
            t = " ".join(s[1] for s in segs if s[1])
            if t:
                self.lines.append(t)
        self.y += self.lh(f0, k)
        assert self.y < self.ymax + OVER, "page overflow"

    def center(self, txt, font, k=1.32, cx=None):
        self.row([((self.x0 + self.x1) / 2 if cx is None else cx, txt, "c")], font, k)

    def left(self, txt, font, x=None, k=1.32):
        self.row([(self.x0 if x is None else x, txt, "l")], font, k)

    def gap(self, px):
        self.y += int(px)

    def hline(self, x0=None, x1=None, w=3, dy=0):
        self.d.line([(x0 or self.x0, self.y + dy), (x1 or self.x1, self.y + dy)], fill=0, width=w)

    def wrap(self, text, font, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_) if cur else w_
            if self.tw(t, font) <= width or not cur:
                assert self.tw(w_, font) <= width, ("word too long", w_, width, self.tw(w_, font))
                cur = t
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, font, x0=None, x1=None, first=0, justify=True, k=1.32, label=None, record=True):
        """Wrapped paragraph; label = list of (x, text) segments printed on the first line only."""
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        words = text.split(" ")
        lines, cur = [], []
        wid = x1 - x0 - first
        for w_ in words:
            t = " ".join(cur + [w_])
            if self.tw(t, font) <= wid or not cur:
                cur.append(w_)
            else:
                lines.append(cur)
                cur = [w_]
                wid = x1 - x0
        lines.append(cur)
        for i, ws in enumerate(lines):
            xs = x0 + (first if i == 0 else 0)
            segs_txt = []
            if i == 0 and label:
                for lx, lt in label:
                    self.draw(lx, self.y, lt, font)
                    segs_txt.append(lt)
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tot = sum(self.tw(w_, font) for w_ in ws)
                sp = (x1 - xs - tot) / (len(ws) - 1)
                xx = xs
                for w_ in ws:
                    self.draw(xx, self.y, w_, font)
                    xx += self.tw(w_, font) + sp
            else:
                self.draw(xs, self.y, " ".join(ws), font)
            segs_txt.append(" ".join(ws))
            if record:
                self.lines.append(" ".join(t for t in segs_txt if t))
            self.y += self.lh(font, k)
            assert self.y < self.ymax + OVER, "page overflow"

    def kv(self, items, font, xl, xc, xv, x1=None, k=1.32):
        """Label : value lines with hanging wrap of the value."""
        for lab, val in items:
            self.para(val, font, x0=xv, x1=x1, justify=False, k=k, label=[(xl, lab), (xc, ":")])

    def table(self, cols, rows, font, hfont, aligns, rule="grid", pad=14, k=1.25, shade=True, header_rows=1,
              lw=2, valign_mid=True):
        """cols: widths in px; rows: list of list of strings (first header_rows are header)."""
        x = self.x0
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        top = self.y
        tab = []
        rule_ys = [self.y]
        for ri, r in enumerate(rows):
            hdr = ri < header_rows
            f = hfont if hdr else font
            cells = [self.wrap(c, f, cols[i] - 2 * pad) if c else [] for i, c in enumerate(r)]
            n = max(1, max(len(c) for c in cells))
            lh = self.lh(f, k)
            rh = n * lh + 2 * pad - int(f.size * 0.15)
            if hdr and shade and rule == "grid":
                self.d.rectangle([xs[0], self.y, xs[-1], self.y + rh], fill=225)
            for i, cl in enumerate(cells):
                al = "c" if hdr else aligns[i]
                off = (n - len(cl)) * lh / 2 if (valign_mid and (hdr or len(cl) < n)) else 0
                if not hdr and aligns[i] != "c" and len(cl) < n:
                    off = 0
                for li, t in enumerate(cl):
                    yy = self.y + pad + off + li * lh
                    w = self.tw(t, f)
                    if al == "l":
                        xx = xs[i] + pad
                    elif al == "r":
                        xx = xs[i + 1] - pad - w
                    else:
                        xx = (xs[i] + xs[i + 1]) / 2 - w / 2
                    self.draw(xx, yy, t, f)
            self.y += rh
            rule_ys.append(self.y)
            assert self.y < self.ymax + OVER, "table overflow"
            tab.append([" ".join(c) for c in cells])
            self.lines.append(" ".join(" ".join(c) for c in cells if c))
        # rules
        if rule == "grid":
            for yy in rule_ys:
                self.d.line([(xs[0], yy), (xs[-1], yy)], fill=0, width=lw)
            for xx in xs:
                self.d.line([(xx, top), (xx, self.y)], fill=0, width=lw)
        elif rule == "horiz":
            self.d.line([(xs[0], top), (xs[-1], top)], fill=0, width=lw + 2)
            for yy in rule_ys[1:-1]:
                self.d.line([(xs[0], yy), (xs[-1], yy)], fill=110, width=1)
            self.d.line([(xs[0], rule_ys[header_rows]), (xs[-1], rule_ys[header_rows])], fill=0, width=lw)
            self.d.line([(xs[0], self.y), (xs[-1], self.y)], fill=0, width=lw + 2)
        elif rule == "open":  # rules only above/below header and at the end
            self.d.line([(xs[0], top), (xs[-1], top)], fill=0, width=lw)
            self.d.line([(xs[0], rule_ys[header_rows]), (xs[-1], rule_ys[header_rows])], fill=0, width=lw)
            self.d.line([(xs[0], self.y), (xs[-1], self.y)], fill=0, width=lw)
        self.tables.append(tab)
        return rule_ys

    def kop(self, lines, fonts, logo=True):
        """Letterhead: lines centred right of a drawn emblem, double rule below."""
        cx = (self.x0 + mm(28) + self.x1) / 2
        y0 = self.y
        for t, f in zip(lines, fonts):
            assert self.tw(t, f) < 2 * (self.x1 - cx) - 20, ("kop line too wide", t)
            self.center(t, f, k=1.25, cx=cx)
        if logo:
            lx, ly, s = self.x0 + mm(2), y0 + 5, mm(24)
            pts = [(lx, ly), (lx + s * 0.8, ly), (lx + s * 0.8, ly + s * 0.55), (lx + s * 0.4, ly + s), (lx, ly + s * 0.55)]
            self.d.polygon(pts, outline=0, fill=235, width=6)
            self.d.ellipse([lx + s * 0.22, ly + s * 0.15, lx + s * 0.58, ly + s * 0.5], outline=0, width=5)
            for i in range(5):
                xx = lx + s * (0.16 + i * 0.12)
                self.d.line([(xx, ly + s * 0.62), (xx, ly + s * 0.78)], fill=60, width=5)
            self.y = max(self.y, ly + int(s) + 10)
        self.gap(10)
        self.hline(w=9)
        self.hline(w=3, dy=16)
        self.gap(50)

    def signature(self, x, lines, font, name_idx, blank=3):
        """Right-hand signature block, lines centred on x. Blank space before name line index."""
        for i, t in enumerate(lines):
            if i == name_idx:
                self.sig = (x, self.y - self.lh(font) * blank * 0.5)
                self.gap(self.lh(font) * blank)
            f = font
            if isinstance(t, tuple):
                t, f = t
            self.center(t, f, cx=x)


# ====================================================================
# Page 1: surat undangan (serif)
# ====================================================================
def page_undangan():
    p = Page(left=mm(27), right=mm(22))
    p.kop(["PEMERINTAH KOTA SAMARINDA", "BADAN PERENCANAAN PEMBANGUNAN,", "RISET DAN INOVASI DAERAH",
           "Jalan Kesuma Bangsa Nomor 12 Telepon (0541) 7429031 Faksimile (0541) 7429032",
           "Laman: bapperida.samarindakota.go.id Pos-el: sekretariat.bapperida@samarindakota.go.id",
           "SAMARINDA 75123"],
          [F("serif-b", 12.5), F("serif-b", 12), F("serif-b", 12), F("scond", 8.5), F("scond", 8.5),
           F("serif-b", 9.5)])
    f = F("serif", 10.5)
    xl, xc, xv = p.x0, p.x0 + mm(22), p.x0 + mm(26)
    p.row([(xl, "Nomor", "l"), (xc, ":", "l"), (xv, "005/1187/Bapperida-Ekon/XI/2026", "l"),
           (p.x1, "Samarinda, 18 November 2026", "r")], f)
    p.kv([("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas"),
          ("Hal", "Undangan Rapat Koordinasi Penyusunan Rencana Aksi Daerah Pengendalian Inflasi Tahun 2027")],
         f, xl, xc, xv, x1=p.x0 + mm(100))
    p.gap(25)
    kx = p.x0 + mm(95)
    p.left("Kepada", f, x=kx)
    p.row([(kx, "Yth.", "l"), (kx + mm(12), "Daftar Undangan Terlampir", "l")], f)
    p.left("di -", f, x=kx)
    p.left("Samarinda", f, x=kx + mm(12))
    p.gap(35)
    bx = p.x0 + mm(26)
    p.para("Dalam rangka menindaklanjuti hasil Rapat High Level Meeting Tim Pengendalian Inflasi Daerah (TPID) "
           "Kota Samarinda tanggal 6 November 2026 serta untuk menyelaraskan program perangkat daerah dengan "
           "target inflasi tahun 2027 sebesar 2,5 ± 1 persen, bersama ini kami mengundang Bapak/Ibu/Saudara "
           "untuk hadir pada:", f, x0=bx, first=mm(12))
    p.gap(20)
    p.kv([("Hari/Tanggal", "Selasa, 24 November 2026"), ("Waktu", "Pukul 09.00 WITA s.d. selesai"),
          ("Tempat", "Ruang Rapat Mahakam Lantai 2 Kantor Bapperida Kota Samarinda"),
          ("Acara", "Pembahasan Rancangan Rencana Aksi Daerah Pengendalian Inflasi (RAD-PI) dan pemetaan "
                    "komoditas penyumbang inflasi"),
          ("Pakaian", "Kemeja putih lengan panjang")],
         f, bx + mm(10), bx + mm(42), bx + mm(46))
    p.gap(20)
    p.para("Mengingat pentingnya acara tersebut, dimohon kehadiran Bapak/Ibu/Saudara tepat waktu dengan membawa "
           "data realisasi program stabilisasi harga tahun 2026 dan usulan kegiatan tahun 2027 dalam bentuk "
           "cetak dan salinan elektronik. Konfirmasi kehadiran dapat disampaikan kepada Sdri. Rahmawati Nur "
           "Aisyah, S.E. (0812-5410-7736) paling lambat tanggal 20 November 2026.", f, x0=bx, first=mm(12))
    p.gap(10)
    p.para("Demikian undangan ini kami sampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
           f, x0=bx, first=mm(12))
    p.gap(60)
    sx = p.x0 + mm(128)
    p.signature(sx, ["a.n. KEPALA BADAN PERENCANAAN", "PEMBANGUNAN, RISET DAN INOVASI DAERAH",
                     "Sekretaris,", ("Dra. Hj. Noor Faizah Rahmani, M.Si.", F("serif-b", 10.5)),
                     "Pembina Tingkat I (IV/b)", "NIP 19740915 199903 2 004"], f, name_idx=3, blank=3.5)
    p.gap(20)
    f9 = F("serif", 9.5)
    p.left("Tembusan:", F("serif-i", 9.5))
    p.left("1. Wali Kota Samarinda (sebagai laporan);", f9)
    p.left("2. Sekretaris Daerah Kota Samarinda;", f9)
    p.left("3. Arsip.", f9)
    return p


# ====================================================================
# Page 2: BAST barang (sans, grid table)
# ====================================================================
BAST_ITEMS = [
    ("1.3.2.05.01.04.002", "Meja Kerja Pegawai Non Struktural", "2", "Unit", 2_350_000),
    ("1.3.2.05.01.05.010", "Kursi Kerja Putar Sandaran Jaring", "8", "Buah", 1_185_000),
    ("1.3.2.05.02.06.003", "Lemari Arsip Besi 4 Laci", "3", "Unit", 4_275_000),
    ("1.3.2.10.01.02.003", "Laptop Core i5 RAM 16 GB SSD 512 GB", "4", "Unit", 12_450_000),
    ("1.3.2.10.02.03.003", "Printer Multifungsi Ink Tank A4", "2", "Unit", 3_890_000),
    ("1.3.2.07.01.01.005", "Timbangan Bayi Digital", "6", "Buah", 1_640_000),
    ("1.3.2.07.01.01.021", "Tensimeter Digital Lengan Atas", "10", "Buah", 725_000),
    ("1.3.2.07.01.01.034", "Termometer Inframerah Non Kontak", "10", "Buah", 385_000),
    ("1.3.2.07.01.03.012", "Kursi Roda Standar Lipat", "2", "Unit", 2_160_000),
    ("1.3.2.05.02.04.001", "Air Conditioner Split 1 PK Low Watt", "3", "Unit", 5_480_000),
    ("1.3.2.05.02.01.002", "Dispenser Air Panas Dingin", "2", "Unit", 1_275_000),
    ("1.3.2.10.02.01.005", "Proyektor LCD 4.000 Lumen", "1", "Unit", 7_950_000),
]


def page_bast():
    p = Page(left=mm(22), right=mm(18))
    p.kop(["PEMERINTAH KOTA SAMARINDA", "DINAS KESEHATAN",
           "Jl. Milono No. 3 Samarinda, Kalimantan Timur 75121",
           "Telp. (0541) 733921 | e-mail: dinkes@samarindakota.go.id"],
          [F("sans-b", 12), F("sans-b", 14), F("sans", 9), F("sans", 9)])
    f = F("sans", 9)
    fb = F("sans-b", 9)
    p.center("BERITA ACARA SERAH TERIMA BARANG", F("sans-b", 11.5), k=1.3)
    p.center("Nomor: 027/BAST-0412/Dinkes-Um/VII/2025", f)
    p.gap(30)
    p.para("Pada hari ini Senin tanggal Empat Belas bulan Juli tahun Dua Ribu Dua Puluh Lima (14-07-2025), "
           "bertempat di Kantor Dinas Kesehatan Kota Samarinda, kami yang bertanda tangan di bawah ini:", f)
    p.gap(12)
    xl, xc, xv = p.x0 + mm(8), p.x0 + mm(36), p.x0 + mm(39)
    p.row([(p.x0, "1.", "l"), (xl, "Nama", "l"), (xc, ":", "l"), (xv, "Hendra Wijaya Kusuma", "l")], f)
    p.kv([("Jabatan", "Direktur CV Borneo Medika Lestari"),
          ("Alamat", "Jl. K.H. Wahid Hasyim II No. 27 RT 14, Kel. Sempaja Selatan, Samarinda")], f, xl, xc, xv)
    p.para("selanjutnya disebut PIHAK PERTAMA.", f, x0=xl)
    p.row([(p.x0, "2.", "l"), (xl, "Nama", "l"), (xc, ":", "l"), (xv, "dr. Anggraini Puspitasari, M.Kes.", "l")], f)
    p.kv([("NIP", "19830422 201001 2 019"),
          ("Jabatan", "Pejabat Pembuat Komitmen pada Dinas Kesehatan Kota Samarinda")], f, xl, xc, xv)
    p.para("selanjutnya disebut PIHAK KEDUA.", f, x0=xl)
    p.gap(12)
    p.para("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA, barang "
           "sesuai Surat Pesanan Nomor 027/SP-0388/Dinkes-Um/VI/2025 tanggal 16 Juni 2025 dengan rincian sebagai "
           "berikut:", f)
    p.gap(12)
    rows = [["No", "Kode Barang", "Nama Barang", "Jml", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    total = 0
    for i, (kode, nama, q, sat, h) in enumerate(BAST_ITEMS, 1):
        j = int(q) * h
        total += j
        rows.append([str(i), kode, nama, q, sat, rp(h), rp(j)])
    rows.append(["", "", "JUMLAH", "", "", "", rp(total)])
    cw = [mm(9), mm(37), mm(47), mm(10), mm(17), mm(25), 0]
    cw[-1] = (p.x1 - p.x0) - sum(cw[:-1])
    p.table(cw, rows, F("sans", 9), F("sans-b", 9), ["c", "l", "l", "c", "c", "r", "r"], rule="grid", pad=10)
    p.gap(16)
    p.para("Terbilang: " + terbilang(total).capitalize() + " rupiah.", F("sans-i", 9))
    p.gap(8)
    p.para("Barang tersebut telah diperiksa oleh Tim Pemeriksa Hasil Pekerjaan dalam keadaan baik, lengkap, dan "
           "sesuai spesifikasi. Berita acara ini dibuat rangkap 4 (empat) untuk dipergunakan sebagaimana mestinya.", f)
    p.gap(40)
    xa, xb = p.x0 + mm(40), p.x1 - mm(42)
    p.row([(xa, "PIHAK KEDUA", "c", fb), (xb, "PIHAK PERTAMA", "c", fb)], f)
    p.row([(xa, "Pejabat Pembuat Komitmen,", "c"), (xb, "CV Borneo Medika Lestari,", "c")], f)
    p.sig = (xa + mm(10), p.y + 60)
    p.gap(p.lh(f) * 3.2)
    p.row([(xa, "dr. Anggraini Puspitasari, M.Kes.", "c", fb), (xb, "Hendra Wijaya Kusuma", "c", fb)], f)
    p.row([(xa, "NIP 19830422 201001 2 019", "c"), (xb, "Direktur", "c")], f)
    return p, total


# ====================================================================
# Page 3: LKjIP performance table (sans condensed)
# ====================================================================
# (indikator, satuan, target, realisasi, decimals, negative?)
LKJIP = [
    ("Indeks Kepuasan Masyarakat terhadap Layanan Infrastruktur", "Indeks", 82.5, 84.1, 2, False),
    ("Persentase jalan kota dalam kondisi mantap", "%", 78.0, 74.62, 2, False),
    ("Panjang jalan kota yang ditingkatkan", "Km", 18.5, 17.35, 2, False),
    ("Persentase jembatan dalam kondisi baik", "%", 85.0, 86.2, 2, False),
    ("Luas genangan banjir di kawasan perkotaan *)", "Ha", 410.0, 372.5, 2, True),
    ("Panjang saluran drainase primer dan sekunder yang dinormalisasi", "Km", 24.0, 25.8, 2, False),
    ("Persentase rumah tangga dengan akses air minum layak", "%", 96.5, 95.74, 2, False),
    ("Persentase rumah tangga dengan akses sanitasi layak", "%", 88.0, 86.91, 2, False),
    ("Jumlah titik lokasi banjir *)", "Titik", 29.0, 31.0, 0, True),
    ("Persentase kesesuaian pemanfaatan ruang dengan RTRW", "%", 70.0, 72.35, 2, False),
    ("Persentase bangunan gedung ber-PBG yang laik fungsi", "%", 60.0, 48.2, 2, False),
    ("Jumlah dokumen rencana detail tata ruang yang ditetapkan", "Dokumen", 3.0, 2.0, 0, False),
    ("Persentase penerangan jalan umum yang berfungsi", "%", 92.0, 93.45, 2, False),
    ("Persentase paket pekerjaan konstruksi selesai tepat waktu", "%", 90.0, 87.5, 2, False),
    ("Nilai SAKIP perangkat daerah", "Nilai", 75.0, 76.12, 2, False),
    ("Persentase tenaga kerja konstruksi bersertifikat", "%", 40.0, 43.8, 2, False),
]
LKJIP_PROG = [
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 118_452_300_000, 109_874_215_430),
    ("Program Pengelolaan Sumber Daya Air (SDA)", 386_715_000_000, 351_209_884_120),
    ("Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", 42_380_500_000, 40_116_732_000),
    ("Program Pengelolaan dan Pengembangan Sistem Air Limbah", 27_904_000_000, 23_651_448_900),
    ("Program Penyelenggaraan Jalan", 512_640_750_000, 468_330_207_615),
    ("Program Penataan Bangunan Gedung", 36_218_000_000, 29_877_605_300),
    ("Program Penyelenggaraan Penataan Ruang", 9_875_400_000, 9_102_388_750),
]


def lkjip_capaian(t, r, neg):
    return (2 - r / t) * 100 if neg else r / t * 100


def fmtnum(v, nd):
    return pct(v, nd) if nd else str(int(v))


def page_lkjip():
    p = Page(top=mm(18), left=mm(22), right=mm(18))
    f = F("sans", 10)
    p.row([(p.x0, "LKjIP Dinas PUPR Kota Samarinda Tahun 2025", "l", F("sans-i", 8.5)),
           (p.x1, "BAB III", "r", F("sans-i", 8.5))], F("sans-i", 8.5))
    p.hline(w=2, dy=-6)
    p.gap(40)
    p.left("3.1 Capaian Indikator Kinerja", F("sans-b", 11))
    p.gap(6)
    p.para("Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target indikator kinerja yang "
           "ditetapkan dalam Perjanjian Kinerja Tahun 2025. Rincian capaian setiap indikator disajikan pada "
           "Tabel 3.2 berikut.", f)
    p.gap(16)
    p.center("Tabel 3.2", F("sans-b", 10))
    p.center("Capaian Indikator Kinerja Dinas PUPR Kota Samarinda Tahun 2025", F("sans-b", 10))
    p.gap(8)
    rows = [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]]
    for i, (ind, sat, t, r, nd, neg) in enumerate(LKJIP, 1):
        rows.append([str(i), ind, sat, fmtnum(t, nd), fmtnum(r, nd), pct(lkjip_capaian(t, r, neg))])
    fc = F("cond", 9.5)
    cw = [mm(10), mm(86), mm(20), mm(18), mm(20), 0]
    cw[-1] = (p.x1 - p.x0) - sum(cw[:-1])
    p.table(cw, rows, fc, F("cond-b", 9.5), ["c", "l", "c", "r", "r", "r"], rule="grid", pad=11)
    p.gap(8)
    p.para("*) Indikator bersifat negatif (semakin kecil semakin baik); capaian = (2 - realisasi/target) x 100%.",
           F("sans-i", 8.5), justify=False)
    p.gap(24)
    p.center("Tabel 3.3", F("sans-b", 10))
    p.center("Realisasi Anggaran per Program Tahun 2025", F("sans-b", 10))
    p.gap(8)
    rows = [["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"]]
    tp = tr = 0
    for i, (prog, pg, re_) in enumerate(LKJIP_PROG, 1):
        rows.append([str(i), prog, rp(pg), rp(re_), pct(re_ / pg * 100)])
        tp += pg
        tr += re_
    rows.append(["", "Total", rp(tp), rp(tr), pct(tr / tp * 100)])
    cw = [mm(10), mm(72), mm(38), mm(38), 0]
    cw[-1] = (p.x1 - p.x0) - sum(cw[:-1])
    p.table(cw, rows, fc, F("cond-b", 9.5), ["c", "l", "r", "r", "r"], rule="grid", pad=11)
    p.y = p.ymax - mm(8)
    p.center("III-7", F("sans", 9))
    return p


# ====================================================================
# Page 4: SSH price table (condensed sans, horizontal rules only)
# ====================================================================
SSH = [
    ("1.1.7.01.01.01.0003", "Ballpoint", "Tinta gel 0,5 mm, warna hitam", "Buah", 4_200),
    ("1.1.7.01.01.01.0011", "Pensil Kayu", "2B, isi 12 batang", "Kotak", 38_500),
    ("1.1.7.01.01.01.0024", "Penghapus Pensil", "Karet putih ukuran kecil", "Buah", 2_750),
    ("1.1.7.01.01.02.0002", "Buku Tulis", "Bergaris, 58 lembar", "Pak", 36_000),
    ("1.1.7.01.01.02.0015", "Buku Ekspedisi", "Folio, 100 lembar", "Buah", 18_900),
    ("1.1.7.01.01.03.0007", "Map Plastik Kancing", "Ukuran folio, transparan", "Buah", 3_850),
    ("1.1.7.01.01.03.0019", "Ordner", "Kertas karton tebal, punggung 7 cm, folio", "Buah", 41_250),
    ("1.1.7.01.01.04.0001", "Stapler", "Ukuran sedang No. 10", "Buah", 27_500),
    ("1.1.7.01.01.04.0006", "Isi Stapler", "No. 10-1M, isi 20 kotak kecil", "Kotak", 19_800),
    ("1.1.7.01.01.05.0012", "Lakban Bening", "Lebar 48 mm, panjang 90 yard", "Roll", 16_400),
    ("1.1.7.01.01.05.0013", "Lakban Coklat", "Lebar 48 mm, panjang 90 yard", "Roll", 17_100),
    ("1.1.7.01.01.06.0004", "Spidol Whiteboard", "Warna hitam/biru/merah", "Buah", 9_600),
    ("1.1.7.01.01.06.0009", "Stabilo", "Highlighter warna neon", "Buah", 8_300),
    ("1.1.7.01.01.07.0002", "Tinta Printer Botol", "Original, 70 ml, per warna", "Botol", 112_000),
    ("1.1.7.01.01.07.0018", "Toner Laser", "Original, kapasitas 2.600 halaman", "Buah", 1_385_000),
    ("1.1.7.01.02.01.0001", "Kertas HVS A4", "70 gram, 500 lembar", "Rim", 54_500),
    ("1.1.7.01.02.01.0003", "Kertas HVS F4", "70 gram, 500 lembar", "Rim", 61_000),
    ("1.1.7.01.02.01.0008", "Kertas HVS A4", "80 gram, 500 lembar", "Rim", 67_800),
    ("1.1.7.01.02.02.0005", "Amplop Putih Kop Dinas", "Ukuran 11 x 23 cm, sablon 1 warna, isi 100", "Dos", 96_000),
    ("1.1.7.01.02.02.0011", "Amplop Coklat Folio", "Ukuran 25 x 35 cm", "Lembar", 2_100),
    ("1.1.7.01.02.03.0002", "Sertifikat/Piagam", "Art carton 260 gram, cetak full color", "Lembar", 8_750),
    ("1.1.7.01.02.04.0001", "Spanduk", "Bahan flexi 280 gram, cetak digital", "M2", 47_500),
    ("1.1.7.01.02.04.0006", "Banner Roll Up", "Ukuran 60 x 160 cm termasuk stand", "Buah", 315_000),
    ("1.1.7.01.03.01.0002", "Sapu Ijuk", "Gagang kayu/besi", "Buah", 31_000),
    ("1.1.7.01.03.01.0014", "Alat Pel Lantai", "Model putar dengan ember pemeras", "Set", 187_500),
    ("1.1.7.01.03.02.0003", "Cairan Pembersih Lantai", "Kemasan isi ulang 800 ml", "Bungkus", 14_900),
    ("1.1.7.01.03.02.0009", "Sabun Cuci Tangan", "Cair, kemasan jeriken 5 liter", "Jeriken", 118_000),
    ("1.1.7.01.03.03.0001", "Kantong Plastik Sampah", "Ukuran 60 x 100 cm, isi 10", "Pak", 12_600),
    ("1.1.7.01.04.01.0007", "Lampu LED", "Bulb 12 watt, cahaya putih", "Buah", 36_750),
    ("1.1.7.01.04.01.0012", "Lampu LED", "Tube T8 18 watt, panjang 120 cm", "Buah", 64_200),
    ("1.1.7.01.04.02.0003", "Kabel Listrik", "NYM 3 x 2,5 mm2, 50 meter", "Roll", 1_040_000),
    ("1.1.7.01.04.02.0010", "Stop Kontak", "4 lubang dengan kabel 3 meter", "Buah", 78_400),
    ("1.1.7.01.04.03.0005", "Baterai Alkaline", "Ukuran AA, isi 2", "Pak", 27_300),
    ("1.1.7.01.04.03.0006", "Baterai Alkaline", "Ukuran AAA, isi 2", "Pak", 25_900),
]


def page_ssh():
    p = Page(top=mm(14), left=mm(18), right=mm(16), bottom=mm(12))
    fs = F("cond", 9)
    lx = p.x0 + mm(100)
    for t in ["LAMPIRAN I", "KEPUTUSAN WALI KOTA SAMARINDA", "NOMOR 100.3.3.2/418/HK-KS/X/2025",
              "TENTANG STANDAR SATUAN HARGA BARANG DAN JASA", "PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026"]:
        p.left(t, fs, x=lx, k=1.25)
    p.gap(30)
    p.center("STANDAR SATUAN HARGA (SSH) TAHUN ANGGARAN 2026", F("cond-b", 11.5))
    p.center("KELOMPOK: BAHAN HABIS PAKAI (ATK, BAHAN CETAK, BAHAN KEBERSIHAN, BAHAN LISTRIK)", F("cond-b", 10))
    p.gap(4)
    p.center("Harga sudah termasuk Pajak Pertambahan Nilai (PPN)", F("sans-i", 8.5))
    p.gap(16)
    rows = [["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga (Rp)"]]
    for i, (k, u, s, sat, h) in enumerate(SSH, 1):
        rows.append([str(i), k, u, s, sat, rp(h)])
    cw = [mm(9), mm(35), mm(38), mm(56), mm(16), 0]
    cw[-1] = (p.x1 - p.x0) - sum(cw[:-1])
    p.table(cw, rows, fs, F("cond-b", 9), ["c", "l", "l", "l", "c", "r"], rule="horiz", pad=9, k=1.2)
    p.gap(10)
    p.left("Keterangan: harga tertinggi; penganggaran di atas harga ini wajib disertai survei harga pasar.",
           F("sans-i", 8.5))
    p.y = p.ymax - mm(6)
    p.row([(p.x1, "Halaman 4 dari 27", "r")], F("cond", 8.5))
    return p


# ====================================================================
# Page 5: two-column bulletin (serif body)
# ====================================================================
BUL_L = [
    ("p", "SAMARINDA - Puluhan warga Kelurahan Loa Bakung bersama aparat kelurahan, Babinsa, dan "
          "Bhabinkamtibmas menggelar kerja bakti membersihkan saluran drainase di sepanjang Jalan Jakarta, "
          "Minggu (21/9/2026). Kegiatan dimulai pukul 07.00 WITA dan berlangsung hingga menjelang siang."),
    ("p", "Lurah Loa Bakung, Syahrani Effendi, S.Sos., mengatakan sedimentasi di saluran sekunder sudah "
          "mencapai separuh kedalaman. Akibatnya, air meluap ke badan jalan setiap kali hujan deras turun "
          "lebih dari satu jam."),
    ("p", "\"Kami tidak mau menunggu musim hujan puncak. Warga sudah sepakat, setiap Minggu ketiga ada kerja "
          "bakti di tiap RT,\" ujarnya di sela kegiatan."),
    ("p", "Dari kegiatan tersebut terkumpul sekitar 14 meter kubik lumpur dan sampah, sebagian besar berupa "
          "plastik kemasan dan ranting. Dinas Lingkungan Hidup menyiapkan dua unit dump truck untuk "
          "mengangkut sampah ke TPA Sambutan."),
]
BUL_R = [
    ("p", "Camat Sungai Kunjang mengapresiasi inisiatif warga dan meminta setiap kelurahan memetakan titik "
          "rawan genangan. Data tersebut akan diusulkan dalam Musrenbang Kecamatan tahun depan agar "
          "penanganan drainase tersier dapat dianggarkan secara bertahap."),
    ("p", "Menurut catatan kecamatan, pada 2026 terdapat 11 titik genangan di wilayah Sungai Kunjang, "
          "turun dari 15 titik pada tahun sebelumnya. Penurunan itu tidak lepas dari normalisasi Sungai "
          "Karang Mumus dan pembangunan kolam retensi di Kelurahan Karang Asam Ilir. (ryn)"),
    ("h", "Posyandu Remaja Hadir di Tiga Kelurahan"),
    ("p", "Puskesmas Loa Bakung bersama kader kesehatan resmi membuka Posyandu Remaja di Kelurahan Loa Bakung, "
          "Loa Buah, dan Karang Asam Ulu. Layanan yang diberikan antara lain pemeriksaan tekanan darah, "
          "skrining anemia, konseling gizi, serta edukasi kesehatan reproduksi."),
    ("p", "Kepala Puskesmas, drg. Melati Kusumawardani, menjelaskan bahwa 212 remaja telah mengikuti "
          "pemeriksaan pada bulan pertama. Sebanyak 37 remaja putri terdeteksi mengalami anemia ringan dan "
          "mendapatkan tablet tambah darah."),
    ("p", "Jadwal Posyandu Remaja dapat dilihat di papan pengumuman kantor kelurahan atau akun media sosial "
          "resmi Kecamatan Sungai Kunjang. (dwi)"),
]


def page_buletin():
    p = Page(top=mm(14), left=mm(18), right=mm(18))
    p.row([(p.x0, "WARTA SUNGAI KUNJANG", "l", F("serif-b", 22))], F("serif-b", 22), k=1.2)
    p.row([(p.x0, "Buletin Kecamatan Sungai Kunjang Kota Samarinda", "l"),
           (p.x1, "Edisi 09 | September 2026 | Hal. 3", "r")], F("sans", 9))
    p.hline(w=8, dy=6)
    p.gap(40)
    p.row([(p.x0, "LINGKUNGAN", "l")], F("sans-b", 9.5))
    p.para("Gotong Royong Bersihkan Drainase, Warga Loa Bakung Antisipasi Banjir", F("serif-b", 16),
           justify=False, k=1.2)
    p.gap(10)
    p.left("Laporan: Riyan Pratama | Foto: Dokumentasi Kelurahan Loa Bakung", F("sans-i", 9))
    p.gap(24)
    # photo placeholder box spanning the top of the left column
    gut = mm(8)
    cwid = (p.x1 - p.x0 - gut) / 2
    xl0, xl1 = p.x0, p.x0 + cwid
    xr0, xr1 = p.x1 - cwid, p.x1
    ytop = p.y
    fb = F("serif", 10)
    p.d.rectangle([xl0, ytop, xl1, ytop + mm(45)], fill=200, outline=90, width=3)
    rng = random.Random(5)
    for _ in range(40):  # some texture in the "photo"
        x = rng.uniform(xl0 + 20, xl1 - 120)
        y = rng.uniform(ytop + 20, ytop + mm(45) - 80)
        p.d.ellipse([x, y, x + rng.uniform(30, 110), y + rng.uniform(30, 70)], fill=rng.randint(110, 180))
    p.y = ytop + mm(45) + 14
    p.para("Warga membersihkan saluran drainase di Jalan Jakarta, Loa Bakung.", F("sans-i", 8.5),
           x0=xl0, x1=xl1, justify=False)
    p.gap(20)
    for kind, t in BUL_L:
        p.para(t, fb, x0=xl0, x1=xl1, first=mm(6), k=1.38)
        p.gap(6)
    p.y = ytop
    for kind, t in BUL_R:
        if kind == "h":
            p.gap(30)
            p.para(t, F("serif-b", 12.5), x0=xr0, x1=xr1, justify=False, k=1.2)
            p.gap(14)
        else:
            p.para(t, fb, x0=xr0, x1=xr1, first=mm(6), k=1.38)
            p.gap(6)
    p.gap(30)
    # small boxed notice in the right column
    by = p.y
    p.gap(20)
    fn = F("sans", 9)
    p.para("INFO LAYANAN: Pelayanan administrasi kependudukan di Kantor Kecamatan Sungai Kunjang buka "
           "Senin-Jumat pukul 08.00-15.00 WITA. Pengaduan: 0811-5520-4417 (WhatsApp).", fn,
           x0=xr0 + 24, x1=xr1 - 24, justify=False)
    p.d.rectangle([xr0, by, xr1, p.y + 14], outline=0, width=3)
    p.y = p.ymax - mm(8)
    p.hline(w=2, dy=-12)
    p.row([(p.x0, "Warta Sungai Kunjang", "l"), (p.x1, "3", "r")], F("sans", 8.5))
    return p


# ====================================================================
# Page 6: SK (serif, hanging labels)
# ====================================================================
def page_sk():
    p = Page(top=mm(12), left=mm(25), right=mm(20))
    p.kop(["PEMERINTAH KOTA SAMARINDA", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
           "Jalan Biola Nomor 1 Samarinda 75123 Telepon (0541) 4110276"],
          [F("serif-b", 12.5), F("serif-b", 13), F("serif", 9.5)])
    f = F("serif", 10)
    fb = F("serif-b", 10)
    p.center("KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA", fb)
    p.center("NOMOR 800.1.3/2741/100.01/2026", f)
    p.gap(8)
    p.center("TENTANG", f)
    p.center("PEMBENTUKAN TIM VERIFIKASI RENCANA KEGIATAN DAN ANGGARAN SEKOLAH", fb)
    p.center("JENJANG SEKOLAH DASAR DAN SEKOLAH MENENGAH PERTAMA TAHUN 2027", fb)
    p.gap(8)
    p.center("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA,", fb)
    p.gap(16)
    xl, xc, xn, xt = p.x0, p.x0 + mm(27), p.x0 + mm(31), p.x0 + mm(37)

    def items(label, lst):
        for i, (n, t) in enumerate(lst):
            lab = [(xl, label), (xc, ":")] if i == 0 else []
            p.para(t, f, x0=xt, label=lab + [(xn, n)])
            p.gap(4)

    items("Menimbang", [
        ("a.", "bahwa untuk menjamin penggunaan dana Bantuan Operasional Sekolah yang tertib dan akuntabel, "
               "perlu dilakukan verifikasi atas Rencana Kegiatan dan Anggaran Sekolah;"),
        ("b.", "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan "
               "Kepala Dinas tentang Pembentukan Tim Verifikasi Rencana Kegiatan dan Anggaran Sekolah;"),
    ])
    p.gap(8)
    items("Mengingat", [
        ("1.", "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional;"),
        ("2.", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
               "diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023;"),
        ("3.", "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;"),
        ("4.", "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan "
               "Daerah;"),
    ])
    p.gap(16)
    p.center("MEMUTUSKAN:", fb)
    p.gap(8)
    xv = xn

    def dict_(label, t):
        p.para(t, f, x0=xv, label=[(xl, label), (xc, ":")])
        p.gap(6)

    dict_("Menetapkan", "KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN TENTANG PEMBENTUKAN TIM VERIFIKASI "
                        "RENCANA KEGIATAN DAN ANGGARAN SEKOLAH JENJANG SEKOLAH DASAR DAN SEKOLAH MENENGAH "
                        "PERTAMA TAHUN 2027.")
    dict_("KESATU", "Membentuk Tim Verifikasi Rencana Kegiatan dan Anggaran Sekolah dengan susunan keanggotaan "
                    "sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")
    dict_("KEDUA", "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas memeriksa kesesuaian RKAS dengan "
                   "petunjuk teknis dan Standar Satuan Harga serta melaporkan hasilnya kepada Kepala Dinas.")
    dict_("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen "
                    "Pelaksanaan Anggaran Dinas Pendidikan dan Kebudayaan Kota Samarinda Tahun Anggaran 2026.")
    dict_("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    p.gap(20)
    sx = p.x0 + mm(122)
    kx = sx - mm(38)
    p.row([(kx, "Ditetapkan di", "l"), (kx + mm(30), ": Samarinda", "l")], f)
    p.row([(kx, "pada tanggal", "l"), (kx + mm(30), ": 7 Oktober 2026", "l")], f)
    p.hline(x0=kx, x1=p.x1, w=2, dy=-4)
    p.gap(10)
    p.signature(sx, ["KEPALA DINAS,", ("MUHAMMAD ARIF BUDIMAN, S.Pd., M.M.", fb), "Pembina Utama Muda (IV/c)",
                     "NIP 19720805 199703 1 006"], f, name_idx=1, blank=3.5)
    return p


# ====================================================================
# Page 7: rekap realisasi anggaran kecamatan (open table)
# ====================================================================
REKAP = [
    ("5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", 4_286_540_000, 3_182_337_600),
    ("5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", 392_118_000, 291_402_640),
    ("5.1.01.01.03.0001", "Belanja Tunjangan Jabatan PNS", 186_600_000, 139_950_000),
    ("5.1.01.01.05.0001", "Belanja Tunjangan Fungsional Umum PNS", 118_440_000, 88_227_500),
    ("5.1.01.02.01.0001", "Tambahan Penghasilan berdasarkan Beban Kerja PNS", 2_904_000_000, 2_115_370_000),
    ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", 72_000_000, 53_412_600),
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 86_750_000, 61_308_900),
    ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", 42_300_000, 35_980_000),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 38_925_000, 22_416_250),
    ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", 27_600_000, 27_144_000),
    ("5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor", 18_500_000, 16_275_000),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 64_800_000, 48_165_000),
    ("5.1.02.01.01.0055", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pemerintahan",
     31_500_000, 18_430_000),
    ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Administrasi", 312_000_000, 234_000_000),
    ("5.1.02.02.01.0014", "Belanja Jasa Tenaga Operator Komputer", 93_600_000, 70_200_000),
    ("5.1.02.02.01.0016", "Belanja Jasa Tenaga Kebersihan", 187_200_000, 140_400_000),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Keamanan", 156_000_000, 117_000_000),
    ("5.1.02.02.01.0060", "Belanja Tagihan Telepon", 9_600_000, 6_871_250),
    ("5.1.02.02.01.0061", "Belanja Tagihan Air", 14_400_000, 10_225_400),
    ("5.1.02.02.01.0062", "Belanja Tagihan Listrik", 118_000_000, 92_615_870),
    ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", 36_000_000, 27_000_000),
    ("5.1.02.02.12.0001", "Belanja Kursus Singkat/Pelatihan", 25_000_000, 12_500_000),
    ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas "
                          "Bermotor Perorangan", 58_350_000, 39_722_180),
    ("5.1.02.03.02.0121", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin",
     21_000_000, 8_750_000),
    ("5.1.02.03.02.0405", "Belanja Pemeliharaan Gedung dan Bangunan-Bangunan Gedung-Bangunan Gedung Kantor",
     135_000_000, 64_820_000),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 142_500_000, 97_340_000),
    ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 68_400_000, 51_300_000),
    ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", 45_000_000, 0),
    ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 96_600_000, 94_875_000),
]


def page_rekap():
    p = Page(top=mm(11), left=mm(16), right=mm(14), bottom=mm(9))
    fh = F("sans-b", 10.5)
    p.center("PEMERINTAH KOTA SAMARINDA", fh, k=1.25)
    p.center("KECAMATAN SAMARINDA ULU", fh, k=1.25)
    p.center("REKAPITULASI REALISASI ANGGARAN BELANJA S.D. TRIWULAN III", fh, k=1.25)
    p.center("TAHUN ANGGARAN 2026", fh, k=1.25)
    p.gap(20)
    f = F("cond", 9.5)
    p.kv([("SKPD", "1.01.0.00.0.00.09.0000 Kecamatan Samarinda Ulu"),
          ("Periode", "1 Januari 2026 s.d. 30 September 2026")], f, p.x0, p.x0 + mm(20), p.x0 + mm(23))
    p.gap(14)
    rows = [["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]]
    ta = tr = 0
    for k, u, a, r in REKAP:
        rows.append([k, u, rp(a), rp(r), rp(a - r), pct(r / a * 100)])
        ta += a
        tr += r
    rows.append(["", "JUMLAH BELANJA", rp(ta), rp(tr), rp(ta - tr), pct(tr / ta * 100)])
    cw = [mm(29), mm(67), mm(24), mm(24), mm(23), 0]
    cw[-1] = (p.x1 - p.x0) - sum(cw[:-1])
    p.table(cw, rows, F("cond", 9), F("cond-b", 9), ["l", "l", "r", "r", "r", "r"], rule="open", pad=7, k=1.2,
            shade=False)
    p.gap(14)
    p.para("Catatan: realisasi belanja modal alat kantor lainnya belum terlaksana karena proses pengadaan melalui "
           "e-katalog dijadwalkan pada bulan Oktober 2026.", F("cond", 9), justify=False)
    p.gap(12)
    sx = p.x1 - mm(45)
    p.signature(sx, ["Samarinda, 6 Oktober 2026", "Camat Samarinda Ulu,",
                     ("SYAHRUL HIDAYAT, S.STP., M.Si.", F("cond-b", 9.5)), "Pembina (IV/a)",
                     "NIP 19830117 200212 1 003"], f, name_idx=2, blank=3)
    return p, ta, tr


# ====================================================================
# degradations
# ====================================================================
def np_rng(seed):
    return np.random.default_rng(seed)


GREY16 = [v for i in range(16) for v in (i * 17,) * 3]


def save_png_gray(img, path, dpi):
    # 16 grey levels (4-bit palette PNG) keep anti-aliasing visible but compress well
    a = np.asarray(img, dtype=np.float32)
    q = np.round(a / 17.0).astype(np.uint8)
    im = Image.fromarray(q, "P")
    im.putpalette(GREY16)
    im.save(path, optimize=True, bits=4, dpi=(dpi, dpi))


def deg_dpi150(img):
    return img.resize((W // 2, H // 2), Image.LANCZOS)


def deg_fax(img, seed):
    r = np_rng(seed)
    w2, h2 = int(W * 200 / 300), int(H * 100 / 300)
    small = np.asarray(img.resize((w2, h2), Image.BILINEAR), dtype=np.float32)
    small = small + r.normal(0, 18, small.shape)
    bw = small > 150
    # horizontal streaks (scanner/fax line dropouts and black lines)
    for _ in range(14):
        y = r.integers(0, h2)
        x0 = r.integers(0, w2 // 2)
        bw[y, x0:x0 + r.integers(w2 // 4, w2)] = True
    for _ in range(5):
        y = r.integers(0, h2)
        x0 = r.integers(0, w2)
        bw[y, x0:x0 + r.integers(100, 900)] = False
    # specks
    n = 2500
    bw[r.integers(0, h2, n), r.integers(0, w2, n)] = False
    im = Image.fromarray((bw * 255).astype(np.uint8), "L")
    im = im.resize((w2, h2 * 2), Image.NEAREST)
    return im.convert("1", dither=Image.NONE)


def deg_jpeg(img, q=25):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def deg_skew_noise(img, seed):
    r = np_rng(seed)
    im = img.resize((int(W * 200 / 300), int(H * 200 / 300)), Image.LANCZOS)
    im = im.rotate(2.0, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.88 + 14 + r.normal(0, 5, a.shape)  # grey paper + noise
    yy = np.linspace(0, 1, a.shape[0])[:, None]
    a = a - 10 * yy  # slight gradient
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


def pdf_from_jpeg(jpeg_bytes, wpx, hpx, path):
    """Minimal deterministic image-only PDF, A4 page."""
    pw, ph = 595.28, 841.89
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> "
        f"/Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {wpx} /Height {hpx} /ColorSpace /DeviceGray /BitsPerComponent 8 "
        f"/Filter /DCTDecode /Length {len(jpeg_bytes)} >>\nstream\n".encode() + jpeg_bytes + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as fh:
        fh.write(out)


def perspective_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE: maps output (dst) points to input (src) points."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(img, seed):
    r = np_rng(seed)
    ow, oh = 1800, 2400
    # background: dark wooden desk-ish texture
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    grain = np.sin(xx / 23.0 + np.sin(yy / 150.0) * 3) * 12 + r.normal(0, 6, (oh, ow))
    bg = np.stack([110 + grain, 78 + grain * 0.8, 52 + grain * 0.6], -1)
    pg = img.convert("RGB").resize((1240, 1754), Image.LANCZOS)
    pw, ph = pg.size
    # page corners in the photo (tilted quadrilateral)
    dst = [(250 + r.uniform(-20, 20), 190 + r.uniform(-20, 20)), (1590 + r.uniform(-20, 20), 250),
           (1660 + r.uniform(-15, 15), 2210), (150 + r.uniform(-15, 15), 2150)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = perspective_coeffs(dst, src)
    warped = pg.transform((ow, oh), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", pg.size, 255).transform((ow, oh), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    base = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    # soft shadow under the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    base = Image.composite(Image.new("RGB", (ow, oh), (40, 30, 22)), base,
                           sh.point(lambda v: int(v * 0.6))).copy()
    base.paste(warped, (0, 0), mask)
    a = np.asarray(base, dtype=np.float32)
    # uneven lighting: bright spot upper-left, darker lower-right, warm tint
    light = 1.08 - 0.38 * np.sqrt(((xx - 500) / ow) ** 2 + ((yy - 450) / oh) ** 2)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])
    a = a + r.normal(0, 3.5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    im = im.resize((1500, 2000), Image.LANCZOS)
    b = io.BytesIO()
    im.save(b, "JPEG", quality=70)
    return b.getvalue()


def deg_stamp(img, sig, seed, label):
    r = np_rng(seed)
    S = 620
    st = Image.new("L", (S, S), 0)  # ink alpha
    d = ImageDraw.Draw(st)
    c = S / 2
    d.ellipse([10, 10, S - 10, S - 10], outline=255, width=14)
    d.ellipse([48, 48, S - 48, S - 48], outline=255, width=6)
    d.ellipse([150, 150, S - 150, S - 150], outline=255, width=5)
    f = ImageFont.truetype(FD + FONTS["sans-b"], 46)
    txt = ("PEMERINTAH KOTA SAMARINDA * " + label + " * ")
    n = len(txt)
    for i, ch in enumerate(txt):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        ci = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(ci).text((35, 35), ch, font=f, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        R = c - 100
        st.paste(255, (int(c + R * math.cos(ang) - 35), int(c + R * math.sin(ang) - 35)), ci)
    # centre star
    pts = []
    for k in range(10):
        rr = 95 if k % 2 == 0 else 40
        a_ = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rr * math.cos(a_), c + rr * math.sin(a_)))
    d.polygon(pts, fill=255)
    st = st.rotate(float(r.uniform(-25, 25)), resample=Image.BICUBIC)
    al = np.asarray(st, dtype=np.float32) / 255.0
    mott = np.asarray(Image.fromarray((r.random((S // 8, S // 8)) * 255).astype(np.uint8)).resize((S, S), Image.BICUBIC),
                      dtype=np.float32) / 255.0
    al = al * (0.45 + 0.5 * mott)
    # palette image: index = grey level (0..15) + 16 * ink level (0..4); 80 = signature ink
    NL = 5
    g = np.round(np.asarray(img, dtype=np.float32) / 17.0).astype(np.uint8)
    lev = np.zeros((H, W), np.uint8)
    x, y = int(sig[0] - S / 2 - 150), int(sig[1] - S / 2)
    x = max(0, min(W - S, x))
    y = max(0, min(H - S, y))
    lev[y:y + S, x:x + S] = np.clip(np.round(al * (NL - 1)), 0, NL - 1).astype(np.uint8)
    idx = g + 16 * lev
    ink = np.array([48, 62, 170], np.float32)
    pal = []
    for li in range(NL):
        k = li / (NL - 1) * 0.95
        for gi in range(16):
            base = np.array([gi * 17.0] * 3)
            c = base * (1 - k) + base / 255.0 * ink * k
            pal += [int(round(v)) for v in c]
    pal += [20, 25, 90]
    im = Image.fromarray(idx, "P")
    im.putpalette(pal)
    # signature scribble: smooth random loops
    d = ImageDraw.Draw(im)
    sx, sy = sig[0] - 120, sig[1] + 10
    pts = []
    t = 0.0
    for k in range(260):
        t += 0.09
        pts.append((sx + k * 1.9 + 70 * math.sin(t * 1.7 + r.uniform(-0.05, 0.05)),
                    sy + 85 * math.sin(t * 2.9) * (1 - k / 400) + 30 * math.cos(t * 0.7)))
    d.line(pts, fill=16 * NL, width=6, joint="curve")
    d.line([(sx - 40, sy + 120), (sx + 560, sy + 70)], fill=16 * NL, width=5)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True, dpi=(300, 300))
    return b.getvalue()


DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
STAMP_LABEL = {"undangan": "BAPPERIDA", "bast": "DINAS KESEHATAN", "lkjip": "DINAS PUPR", "ssh": "BAGIAN EKONOMI",
               "buletin": "KEC. SUNGAI KUNJANG", "sk": "DINAS PENDIDIKAN", "rekap": "KEC. SAMARINDA ULU"}


def build_pages():
    pages = {}
    pages["undangan"] = page_undangan()
    pages["bast"] = page_bast()[0]
    pages["lkjip"] = page_lkjip()
    pages["ssh"] = page_ssh()
    pages["buletin"] = page_buletin()
    pages["sk"] = page_sk()
    pages["rekap"] = page_rekap()[0]
    return pages


def main():
    pages = build_pages()
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    manifest = []
    for ti, (typ, p) in enumerate(pages.items()):
        lines = [ln.rstrip() for ln in p.lines]
        with open(os.path.join(OUT, "truth", typ + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", typ + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        d = os.path.join(OUT, "pages", typ)
        os.makedirs(d, exist_ok=True)
        img = p.img
        sig = p.sig or (W * 0.7, H * 0.85)
        seed = 7000 + ti * 10
        for deg in DEGS:
            fn = os.path.join(d, f"{typ}__{deg}.{EXT[deg]}")
            if deg == "clean_300dpi":
                save_png_gray(img, fn, 300)
            elif deg == "dpi150":
                save_png_gray(deg_dpi150(img), fn, 150)
            elif deg == "fax":
                deg_fax(img, seed + 1).save(fn, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                open(fn, "wb").write(deg_jpeg(img, 25))
            elif deg == "pdf_skew2":
                im = deg_skew_noise(img, seed + 2)
                b = io.BytesIO()
                im.save(b, "JPEG", quality=35)
                pdf_from_jpeg(b.getvalue(), im.size[0], im.size[1], fn)
            elif deg == "phone_photo":
                open(fn, "wb").write(deg_phone(img, seed + 3))
            elif deg == "stamp":
                open(fn, "wb").write(deg_stamp(img, sig, seed + 4, STAMP_LABEL[typ]))
            elif deg == "sideways":
                save_png_gray(img.transpose(Image.ROTATE_90), fn, 300)
            elif deg == "upside_down":
                save_png_gray(img.transpose(Image.ROTATE_180), fn, 300)
            e = {"file": f"pages/{typ}/{typ}__{deg}.{EXT[deg]}", "text_type": typ, "degradation": deg,
                 "truth": f"truth/{typ}.txt"}
            if p.tables:
                e["tables"] = f"truth/{typ}.tables.json"
            manifest.append(e)
        print(typ, "lines", len(lines), "tables", [len(t) for t in p.tables], flush=True)
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1 and sys.argv[1] == "preview":
        OVER = 3000
        for typ, p in build_pages().items():
            p.img.resize((W // 3, H // 3), Image.LANCZOS).save(f"/work/scratch/ocr7_prev_{typ}.png")
            print(typ, len(p.lines), p.y, p.ymax)
    else:
        main()
