#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr20".

Deterministic: fixed seeds, no timestamps taken from the clock.
Run:  python generate.py      (writes pages/, truth/, manifest.json next to this file)
"""
import json
import math
import os
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

OUT = os.path.dirname(os.path.abspath(__file__))
DPI = 300
FD = "/usr/share/fonts/truetype/dejavu/"
FONTFILES = {
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf", "sans-i": "DejaVuSans-Oblique.ttf",
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf", "serif-i": "DejaVuSerif-Italic.ttf",
    "cond": "DejaVuSansCondensed.ttf", "cond-b": "DejaVuSansCondensed-Bold.ttf",
    "cond-i": "DejaVuSansCondensed-Oblique.ttf",
    "scond": "DejaVuSerifCondensed.ttf", "scond-b": "DejaVuSerifCondensed-Bold.ttf",
    "scond-i": "DejaVuSerifCondensed-Italic.ttf",
}
_fc = {}


def F(name, pt):
    key = (name, pt)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONTFILES[name], int(round(pt * DPI / 72)))
    return _fc[key]


def mm(v):
    return int(round(v * DPI / 25.4))


def rp(n, dec=False):
    s = f"{n:,}".replace(",", ".")
    return s + (",00" if dec else "")


SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
          "sebelas"]


def terbilang(n):
    if n < 12:
        return SATUAN[n]
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


def pct(x):
    return f"{x:.2f}".replace(".", ",")


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, landscape=False, left=25, right=20, top=15, bottom=15):
        self.size = (mm(297), mm(210)) if landscape else (mm(210), mm(297))
        self.im = Image.new("L", self.size, 255)
        self.d = ImageDraw.Draw(self.im)
        self.L = mm(left)
        self.R = self.size[0] - mm(right)
        self.B = self.size[1] - mm(bottom)
        self.y = mm(top)
        self.lines = []
        self.tables = []
        self.sig_spots = []   # (x, y) centres of blank signature spaces
        self.sign_cells = []  # boxes of signature cells in attendance-type tables

    # -- primitives
    def lh(self, font, f=1.38):
        return int(font.size * f)

    def draw(self, x, y, s, font, align="l", fill=0, underline=False):
        anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
        self.d.text((x, y), s, font=font, fill=fill, anchor=anchor)
        if underline:
            w = font.getlength(s)
            x0 = {"l": x, "c": x - w / 2, "r": x - w}[align]
            self.d.line((x0, y + font.size * 0.12, x0 + w, y + font.size * 0.12), fill=fill,
                        width=max(2, font.size // 14))

    def row(self, segs, font, lf=1.38, truth=True):
        """segs: list of (x, text, align[, font]).  One printed line."""
        base = self.y + int(font.size * 0.95)
        parts = []
        for sg in segs:
            x, t, a = sg[0], sg[1], sg[2]
            fnt = sg[3] if len(sg) > 3 else font
            ul = len(sg) > 4 and sg[4]
            if t:
                self.draw(x, base, t, fnt, a, underline=ul)
                parts.append(t)
        if truth and parts:
            self.lines.append(" ".join(parts))
        self.y += self.lh(font, lf)
        self.check()

    def center(self, t, font, lf=1.38, underline=False):
        self.row([((self.L + self.R) // 2, t, "c", font, underline)], font, lf)

    def gap(self, v_mm):
        self.y += mm(v_mm)

    def check(self):
        lim = self.B + 5 if getattr(self, "in_footer", False) else self.B - mm(8)
        assert self.y <= lim, f"page overflow y={self.y} B={self.B} last={self.lines[-1:]}"

    def hline(self, x0, x1, w=3, y=None):
        y = self.y if y is None else y
        self.d.line((x0, y, x1, y), fill=0, width=w)

    @staticmethod
    def wrap(text, font, width):
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                assert w, f"double space in {text!r}"
                trial = w if not cur else cur + " " + w
                if font.getlength(trial) <= width:
                    cur = trial
                else:
                    assert cur, f"word too long for width {width}: {w!r}"
                    out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def para(self, text, x0, x1, font, prefix=(), justify=True, lf=1.38, first_x=None):
        """Wrapped paragraph between x0 and x1. prefix: segs printed on the first line only.
        first_x: x where the first line starts (hanging indent) - default x0."""
        fx = x0 if first_x is None else first_x
        words = text.split(" ")
        lines = []
        cur = []
        xs = fx
        for w in words:
            assert w
            trial = " ".join(cur + [w])
            if font.getlength(trial) <= x1 - xs:
                cur.append(w)
            else:
                assert cur, f"word does not fit: {w!r}"
                lines.append((xs, cur))
                cur = [w]
                xs = x0
        lines.append((xs, cur))
        for i, (xs, ws) in enumerate(lines):
            base = self.y + int(font.size * 0.95)
            parts = []
            if i == 0:
                for sg in prefix:
                    f2 = sg[3] if len(sg) > 3 else font
                    self.draw(sg[0], base, sg[1], f2, sg[2])
                    parts.append(sg[1])
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tot = sum(font.getlength(w) for w in ws)
                sp = (x1 - xs - tot) / (len(ws) - 1)
                x = xs
                for w in ws:
                    self.draw(x, base, w, font)
                    x += font.getlength(w) + sp
            else:
                self.draw(xs, base, " ".join(ws), font)
            parts.append(" ".join(ws))
            self.lines.append(" ".join(parts))
            self.y += self.lh(font, lf)
            self.check()

    def labels(self, items, x_lab, x_colon, x_val, font, x_end=None, lf=1.38):
        x_end = x_end or self.R
        for lab, val in items:
            self.para(val, x_val, x_end, font, prefix=[(x_lab, lab, "l"), (x_colon, ":", "l")],
                      justify=False, lf=lf)

    def columns(self, cols, font, lf=1.38, blank_lines=2.6):
        """Side-by-side blocks (signature blocks). cols: list of (x_center, [ (text, font|None) ]).
        '' = signature space.  Truth: whole first column, then the next ..."""
        y0 = self.y
        ymax = y0
        for xc, items in cols:
            y = y0
            for t, fnt in items:
                fnt = fnt or font
                if t == "":
                    self.sig_spots.append((xc, y + int(self.lh(font, lf) * blank_lines / 2)))
                    y += int(self.lh(font, lf) * blank_lines)
                    continue
                ul = t.startswith("_")
                t = t.lstrip("_")
                self.draw(xc, y + int(fnt.size * 0.95), t, fnt, "c", underline=ul)
                self.lines.append(t)
                y += self.lh(fnt, lf)
            ymax = max(ymax, y)
        self.y = ymax
        self.check()

    def table(self, x0, widths, rows, font, bfont, style, header_rows=1, aligns=None, merges=(),
              shade=None, padx=None, pady=None, lf=1.25, bold_rows=(), sign_col=None, rule_w=3, cell_aligns=None):
        nr, nc = len(rows), len(widths)
        assert all(len(r) == nc for r in rows), "ragged table"
        aligns = aligns or ["l"] * nc
        padx = padx if padx is not None else mm(1.3)
        pady = pady if pady is not None else mm(0.9)
        lh = int(font.size * lf)
        region = {}
        covered = set()
        for (r0, c0, r1, c1) in merges:
            region[(r0, c0)] = (r1, c1)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        covered.add((r, c))
                        assert rows[r][c] == "", f"merged-over cell not empty {r},{c}"
        wrapped = {}
        heights = [0] * nr
        for r in range(nr):
            fnt = bfont if (r < header_rows or r in bold_rows) else font
            for c in range(nc):
                if (r, c) in covered:
                    continue
                r1, c1 = region.get((r, c), (r, c))
                w = sum(widths[c:c1 + 1]) - 2 * padx
                ls = self.wrap(rows[r][c], fnt, w) if rows[r][c] else []
                wrapped[(r, c)] = ls
                if r1 == r:
                    heights[r] = max(heights[r], len(ls) * lh + 2 * pady)
            heights[r] = max(heights[r], lh + 2 * pady)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        if shade is not None:
            self.d.rectangle((xs[0], ys[0], xs[-1], ys[header_rows]), fill=shade)
        for r in range(nr):
            fnt = bfont if (r < header_rows or r in bold_rows) else font
            for c in range(nc):
                if (r, c) in covered:
                    continue
                r1, c1 = region.get((r, c), (r, c))
                bx0, bx1, by0, by1 = xs[c], xs[c1 + 1], ys[r], ys[r1 + 1]
                ls = wrapped[(r, c)]
                assert len(ls) * lh + 2 * pady <= by1 - by0 + 1, f"merged cell overflow {r},{c}"
                if style == "grid":
                    self.d.rectangle((bx0, by0, bx1, by1), outline=0, width=rule_w)
                ty = by0 + (by1 - by0 - len(ls) * lh) // 2
                al = "c" if r < header_rows else aligns[c]
                al = (cell_aligns or {}).get((r, c), al)
                for i, t in enumerate(ls):
                    base = ty + i * lh + int(fnt.size * 0.95)
                    x = {"l": bx0 + padx, "c": (bx0 + bx1) // 2, "r": bx1 - padx}[al]
                    self.draw(x, base, t, fnt, al)
                if sign_col is not None and c == sign_col and r >= header_rows and r not in bold_rows:
                    self.sign_cells.append((bx0, by0, bx1, by1))
        if style == "hrules":
            self.hline(xs[0], xs[-1], rule_w + 2, ys[0])
            self.hline(xs[0], xs[-1], rule_w, ys[header_rows])
            for r in range(header_rows + 1, nr):
                self.hline(xs[0], xs[-1], 1, ys[r])
            self.hline(xs[0], xs[-1], rule_w + 2, ys[-1])
        # truth
        trows = []
        for r in range(nr):
            cells = [" ".join(rows[r][c].split("\n")) for c in range(nc)]
            trows.append(cells)
            line = " ".join(c for c in cells if c)
            if line:
                self.lines.append(line)
        self.tables.append(trows)
        self.y = ys[-1]
        self.check()

    def kop(self, instansi, alamat, font_name="sans"):
        """Letterhead: emblem on the left, centred lines, double rule."""
        top = self.y
        ex, ey, es = self.L + mm(4), top + mm(1), mm(24)
        # emblem: a shield with a star and stripes (no text)
        d = self.d
        pts = [(ex, ey), (ex + es * 0.8, ey), (ex + es * 0.8, ey + es * 0.6), (ex + es * 0.4, ey + es),
               (ex, ey + es * 0.6)]
        d.polygon(pts, outline=0, width=5)
        cx, cy, rr = ex + es * 0.4, ey + es * 0.3, es * 0.16
        star = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rad = rr if k % 2 == 0 else rr * 0.42
            star.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
        d.polygon(star, fill=0)
        for k in range(4):
            yy = ey + es * (0.55 + 0.07 * k)
            d.line((ex + es * 0.12 + k * 8, yy, ex + es * 0.68 - k * 8, yy), fill=0, width=4)
        b = font_name + "-b"
        xl = int(ex + es * 0.8 + mm(3))
        xk = (xl + self.R) // 2
        for t, fnt, lf in ([("PEMERINTAH KOTA SAMARINDA", F(b, 14), 1.25)] + [(t, F(b, 15), 1.25) for t in instansi]
                           + [(t, F(font_name, 9.5), 1.3) for t in alamat]):
            assert fnt.getlength(t) <= self.R - xl, f"kop line too long: {t}"
            self.row([(xk, t, "c")], fnt, lf)
        self.y = max(self.y, ey + es) + mm(1.5)
        self.hline(self.L, self.R, 9)
        self.y += 14
        self.hline(self.L, self.R, 3)
        self.y += mm(5)


# ---------------------------------------------------------------- people
PEOPLE = [
    ("Andi Baso Mappaseng, S.Kom.", "19850317 201001 1 007", "III/c"),
    ("Dra. Hj. Rosmawati Hamid, M.Pd.", "19690812 199403 2 006", "IV/b"),
    ("Muhammad Rizal Fahmi, S.T.", "19880923 201502 1 003", "III/b"),
    ("Siti Nurhaliza Rahmawati, S.E.", "19910504 201903 2 012", "III/a"),
    ("Drs. H. Abdul Rahman Saleh, M.Si.", "19670115 199203 1 009", "IV/c"),
    ("Yuliana Pratiwi, A.Md.", "19930227 202012 2 004", "II/c"),
    ("Hendra Gunawan, S.Kom., M.Kom.", "19820709 200604 1 015", "III/d"),
    ("Fitri Handayani, S.Sos.", "19871130 201101 2 008", "III/c"),
    ("Rudi Hartono Simanjuntak, S.H.", "19790621 200501 1 011", "IV/a"),
    ("Nurul Aini Syahrani, S.Pd.", "19900418 201503 2 002", "III/b"),
    ("Dewi Kartika Sari, S.Ak.", "19941012 202203 2 010", "III/a"),
    ("Syamsul Bahri, S.IP.", "19760302 199903 1 005", "IV/a"),
    ("Bambang Sutrisno, S.AP.", "19720814 199512 1 001", "III/d"),
    ("Lisa Anggraeni, S.T.", "19921225 201903 2 016", "III/a"),
    ("Ahmad Fauzi Noor", "19840606 201001 1 019", "II/d"),
    ("Rina Marlina, S.KM.", "19890109 201402 2 007", "III/b"),
    ("Yusuf Effendi, S.E., M.M.", "19750528 200003 1 013", "IV/b"),
    ("Agus Salim Lubis", "19810213 200801 1 020", "II/b"),
    ("Erna Wati Lestari, S.Pd.", "19860719 201101 2 014", "III/c"),
    ("Ir. H. Desmon Hariman, M.T.", "19680430 199303 1 004", "IV/d"),
]


def nip_str(i):
    return "NIP " + PEOPLE[i][1]


# ---------------------------------------------------------------- documents
def doc_ba_pemeriksaan():
    p = Page(left=20, right=15)
    S, B = F("sans", 10), F("sans-b", 10)
    p.kop(["DINAS KOMUNIKASI DAN INFORMATIKA"],
          ["Jalan Dahlia Nomor 81 Telepon (0541) 733102 Samarinda 75121",
           "Laman: diskominfo.samarindakota.go.id Pos-el: diskominfo@samarindakota.go.id"])
    p.center("BERITA ACARA PEMERIKSAAN BARANG", F("sans-b", 12), underline=True)
    p.center("Nomor : 027/0318/DISKOMINFO-III/IV/2026", S)
    p.gap(3)
    p.para("Pada hari ini Selasa tanggal Empat Belas bulan April tahun Dua Ribu Dua Puluh Enam "
           "(14-04-2026), kami yang bertanda tangan di bawah ini, Pejabat Pemeriksa Hasil Pekerjaan "
           "yang ditetapkan dengan Keputusan Kepala Dinas Komunikasi dan Informatika Kota Samarinda "
           "Nomor 800/0112/DISKOMINFO-I/I/2026 tanggal 8 Januari 2026, telah melakukan pemeriksaan "
           "terhadap barang yang diserahkan oleh:", p.L, p.R, S)
    p.gap(1.5)
    x1, x2, x3 = p.L + mm(8), p.L + mm(52), p.L + mm(55)
    p.labels([("Nama Penyedia", "CV Borneo Data Mandiri"),
              ("Alamat", "Jl. K.H. Wahid Hasyim II Nomor 27 RT 14, Kelurahan Sempaja Selatan, Samarinda"),
              ("Nomor Surat Pesanan", "027/0255/DISKOMINFO-III/III/2026 tanggal 20 Maret 2026"),
              ("Sub Kegiatan", "2.16.03.1.01.0002 Pengelolaan Pusat Data Pemerintahan Daerah"),
              ("Kode Rekening", "5.2.02.10.01.0002 Belanja Modal Personal Computer")],
             x1, x2, x3, S)
    p.gap(1.5)
    p.para("dengan hasil pemeriksaan sebagai berikut:", p.L, p.R, S, justify=False)
    p.gap(1)
    items = [
        ("1.3.2.10.01.02.001", "PC All-in-One Core i5, RAM 16 GB, SSD 512 GB, layar 23,8 inci", 6, "Unit", 14_875_000),
        ("1.3.2.10.01.02.002", "Laptop Core i7, RAM 16 GB, SSD 1 TB, layar 14 inci", 4, "Unit", 21_450_000),
        ("1.3.2.10.02.03.003", "Printer Multifungsi Ink Tank A3 (print, scan, copy)", 2, "Unit", 7_980_000),
        ("1.3.2.10.02.03.004", "Scanner Dokumen ADF 60 ppm, dupleks", 1, "Unit", 18_300_000),
        ("1.3.2.10.02.04.008", "UPS 2200 VA Line Interactive", 3, "Unit", 4_125_000),
        ("1.3.2.10.02.02.001", "Monitor LED 27 inci IPS", 5, "Buah", 3_240_000),
    ]
    rows = [["No", "Kode Barang", "Nama / Spesifikasi Barang", "Vol.", "Satuan", "Harga Satuan (Rp)",
             "Jumlah Harga (Rp)", "Kondisi"]]
    tot = 0
    for i, (kb, nm, v, sat, h) in enumerate(items, 1):
        tot += v * h
        rows.append([str(i), kb, nm, str(v), sat, rp(h), rp(v * h), "Baik"])
    rows.append(["JUMLAH", "", "", "", "", "", rp(tot), ""])
    widths = [mm(8), mm(35), mm(36), mm(10), mm(16), mm(22), mm(27), mm(0)]
    widths[-1] = (p.R - p.L) - sum(widths[:-1])
    p.table(p.L, widths, rows, F("sans", 9), F("sans-b", 9), "hrules",
            aligns=["c", "l", "l", "c", "c", "r", "r", "c"], merges=[(len(rows) - 1, 0, len(rows) - 1, 5)],
            bold_rows=(len(rows) - 1,))
    p.gap(3)
    p.para("Barang-barang tersebut di atas telah diperiksa dan dinyatakan dalam keadaan baik, lengkap "
           "serta sesuai dengan spesifikasi dalam Surat Pesanan. Demikian Berita Acara ini dibuat dalam "
           "rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinya.", p.L, p.R, S)
    p.gap(3)
    cl, cr = p.L + (p.R - p.L) // 4, p.L + 3 * (p.R - p.L) // 4
    p.columns([(cl, [("Penyedia Barang,", None), ("CV Borneo Data Mandiri", None), ("", None),
                     ("_Rahmat Hidayat", B), ("Direktur", None)]),
               (cr, [("Pejabat Pemeriksa Hasil Pekerjaan,", None), ("", None), ("_" + PEOPLE[0][0], B),
                     (nip_str(0), None)])], S)
    p.in_footer = True
    p.y = p.B - mm(6)
    p.row([(p.R, "Halaman 1 dari 1", "r")], F("sans-i", 8.5))
    return p


def doc_daftar_hadir():
    p = Page(left=20, right=15)
    S, B = F("sans", 11), F("sans-b", 11)
    p.kop(["BADAN PERENCANAAN PEMBANGUNAN,", "RISET DAN INOVASI DAERAH"],
          ["Jalan Dahlia Nomor 81 Lantai 2 Telepon (0541) 741016 Samarinda 75121"])
    p.center("DAFTAR HADIR", F("sans-b", 12))
    p.gap(2)
    x1, x2, x3 = p.L, p.L + mm(38), p.L + mm(41)
    p.labels([("Acara", "Rapat Koordinasi Penyusunan Rancangan Awal RKPD Kota Samarinda Tahun 2027"),
              ("Hari / Tanggal", "Kamis, 19 Februari 2026"),
              ("Waktu", "Pukul 09.00 WITA s.d. selesai"),
              ("Tempat", "Ruang Rapat Lantai 2 Bapperida Kota Samarinda"),
              ("Dasar", "Undangan Nomor 005/0147/BAPPERIDA-II/II/2026")], x1, x2, x3, S)
    p.gap(2)
    att = [(4, "Kepala Bidang Pemerintahan dan Pembangunan Manusia", "Bapperida", "0811-5532-017"),
           (1, "Kepala Bidang Perencanaan", "Disdikbud", "0812-5480-2231"),
           (8, "Sekretaris", "Dinas PUPR", "0813-4612-9078"),
           (15, "Kepala Subbagian Perencanaan dan Keuangan", "Dinas Kesehatan", "0852-5011-3470"),
           (6, "Pranata Komputer Ahli Muda", "Diskominfo", "0821-5377-6604"),
           (11, "Kepala Bidang Anggaran", "BPKAD", "0811-553-2290"),
           (9, "Perencana Ahli Pertama", "Disdikbud", "0813-5088-1452"),
           (12, "Sekretaris Camat", "Kecamatan Sungai Kunjang", "0812-5312-0836"),
           (18, "Staf Pelaksana", "Dinas Sosial", ""),
           (3, "Analis Anggaran Ahli Pertama", "BPKAD", "0853-4667-2110")]
    rows = [["No", "Nama / NIP", "Jabatan", "Instansi", "No. HP", "Tanda Tangan"]]
    for i, (pi, jab, ins, hp) in enumerate(att, 1):
        nm, nip, _ = PEOPLE[pi]
        sig = f"{i}."
        rows.append([str(i), nm + "\n" + nip, jab, ins, hp, sig])
    widths = [mm(9), mm(49), mm(37), mm(25), mm(32), 0]
    widths[-1] = (p.R - p.L) - sum(widths[:-1])
    T = F("sans", 9)
    p.table(p.L, widths, rows, T, F("sans-b", 9.5), "grid", aligns=["c", "l", "l", "l", "l", "l"],
            sign_col=5, pady=mm(1.1), cell_aligns={(r, 5): "c" for r in range(2, len(rows), 2)})
    p.gap(5)
    xr = p.L + 3 * (p.R - p.L) // 4
    p.columns([(xr, [("Samarinda, 19 Februari 2026", None), ("Notulis,", None), ("", None),
                     ("_" + PEOPLE[10][0], B), (nip_str(10), None)])], S, blank_lines=2.6)
    p.in_footer = True
    p.y = p.B - mm(6)
    p.row([((p.L + p.R) // 2, "hal. 1/1", "c")], F("sans", 8.5))
    return p


def doc_kuitansi():
    p = Page(left=22, right=20, top=18)
    S, B, I = F("serif", 12), F("serif-b", 12), F("serif-i", 12)
    # border frame around the whole receipt
    p.center("PEMERINTAH KOTA SAMARINDA", F("serif-b", 12), lf=1.3)
    p.center("DINAS KESEHATAN", F("serif-b", 12), lf=1.3)
    p.gap(3)
    xa, xb, xc = p.L + mm(78), p.L + mm(111), p.L + mm(114)
    p.labels([("Tahun Anggaran", "2026"), ("Nomor BKU", "0217/BP-DINKES/III/2026"),
              ("Kode Rekening", "5.1.02.01.01.0052"), ("Sub Kegiatan", "1.02.02.2.02.0036")],
             xa, xb, xc, F("serif", 10), lf=1.3)
    p.gap(4)
    p.center("KUITANSI", F("serif-b", 16), underline=True, lf=1.5)
    p.gap(4)
    x1, x2, x3 = p.L, p.L + mm(46), p.L + mm(50)
    total = 7_830_000
    p.labels([("Sudah terima dari", "Bendahara Pengeluaran Dinas Kesehatan Kota Samarinda")], x1, x2, x3, S,
             lf=1.5)
    p.para(terbilang(total).capitalize() + " rupiah", x3, p.R, I,
           prefix=[(x1, "Uang sebanyak", "l", S), (x2, ":", "l", S)], justify=False, lf=1.5)
    p.labels([("Untuk pembayaran",
               "Belanja makanan dan minuman rapat pada kegiatan Rapat Koordinasi Surveilans "
               "Penyakit Menular tingkat Kota Samarinda tanggal 10 s.d. 11 Maret 2026, "
               "sebanyak 174 kotak @ Rp 45.000,00 (harga sudah termasuk pajak daerah)")],
             x1, x2, x3, S, lf=1.5)
    p.gap(3)
    # amount box
    box_y = p.y
    p.row([(x1 + mm(4), "Terbilang", "l", B), (x1 + mm(46), f"Rp {rp(total, True)}", "l", F("serif-b", 14))],
          F("serif-b", 14), lf=1.6)
    p.d.rectangle((x1 + mm(44), box_y - 6, x1 + mm(112), p.y - 14), outline=0, width=4)
    p.gap(2)
    p.row([(x1, "Potongan pajak:", "l")], F("serif", 10))
    p.row([(x1 + mm(5), "- PPh Pasal 23 (2% x DPP Rp 7.118.182,00)", "l"), (x1 + mm(120), "Rp 142.364,00", "l")],
          F("serif", 10))
    p.row([(x1 + mm(5), "- PBJT Makanan dan Minuman (10% x DPP)", "l"), (x1 + mm(120), "Rp 711.818,00", "l")],
          F("serif", 10))
    p.gap(5)
    p.row([(p.L + 3 * (p.R - p.L) // 4 + mm(6), "Samarinda, 12 Maret 2026", "c")], S)
    p.gap(2)
    w3 = (p.R - p.L) // 3
    c1, c2, c3 = p.L + w3 // 2, p.L + w3 + w3 // 2, p.L + 2 * w3 + w3 // 2
    SF = F("serif", 9.5)
    SB = F("serif-b", 9.5)
    p.columns([(c1, [("Setuju dibayar,", None), ("Pengguna Anggaran", None), ("", None),
                     ("_dr. Nur Aisyah, M.Kes.", SB), ("NIP 19700305 199903 2 003", None)]),
               (c2, [("Lunas dibayar tgl. 12-03-2026", None), ("Bendahara Pengeluaran", None), ("", None),
                     ("_" + PEOPLE[3][0], SB), (nip_str(3), None)]),
               (c3, [("Yang menerima,", None), ("RM Sari Rasa Mahakam", None), ("", None),
                     ("_Hj. Masitah", SB), ("Pemilik", None)])], SF)
    p.gap(8)
    p.row([(p.L, "Lembar 1 : untuk Bendahara Pengeluaran", "l"), (p.R, "Lembar 2 : untuk arsip PPTK", "r")],
          F("serif-i", 9))
    p.d.rectangle((p.L - mm(6), mm(12), p.R + mm(6), p.y + mm(4)), outline=0, width=5)
    p.in_footer = True
    p.y = p.B - mm(6)
    p.row([(p.R, "Halaman 1", "r")], F("serif", 9))
    return p


def doc_realisasi():
    p = Page(landscape=True, left=15, right=12, top=11, bottom=8)
    T, TB = F("cond", 9), F("cond-b", 9)
    p.center("LAPORAN REALISASI FISIK DAN KEUANGAN", F("cond-b", 12), lf=1.2)
    p.center("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA", F("cond-b", 11), lf=1.2)
    p.center("TRIWULAN I TAHUN ANGGARAN 2026 (KEADAAN S.D. 31 MARET 2026)", F("cond", 11), lf=1.2)
    p.gap(1)
    p.row([(p.L, "Urusan : 1.03 Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang", "l"),
           (p.R, "Dicetak: 06-04-2026", "r")], F("cond", 10))
    subs = [
        ("1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", None, None, None, None, ""),
        ("1.03.02.2.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota", None, None, None, None, ""),
        ("1.03.02.2.01.0032", "Normalisasi/Restorasi Sungai Karang Mumus Segmen Jembatan Perniagaan s.d. Jembatan Kehewanan",
         18_750_000_000, 4_312_500_000, 25.0, 21.4, "Tahap pelaksanaan kontrak"),
        ("1.03.03", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE", None, None, None, None, ""),
        ("1.03.03.2.01", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota", None, None, None, None, ""),
        ("1.03.03.2.01.0005", "Pembangunan Sistem Drainase Lingkungan Jalan D.I. Panjaitan", 6_480_000_000, 1_944_000_000,
         35.0, 33.75, ""),
        ("1.03.03.2.01.0012", "Pemeliharaan Rutin Saluran Drainase Perkotaan (Swakelola)", 3_215_400_000, 781_342_200, 25.0, 26.1,
         "Sesuai jadwal"),
        ("1.03.03.2.01.0014", "Rehabilitasi Pintu Air dan Bangunan Pengendali Banjir", 2_360_000_000, 118_000_000, 10.0, 4.5,
         "Proses lelang"),
        ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", None, None, None, None, ""),
        ("1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", None, None, None, None, ""),
        ("1.03.10.2.01.0033", "Pemeliharaan Berkala Jalan Kota (Paket Pekerjaan Tambal Sulam dan Marka)", 4_050_750_000,
         1_012_687_500, 25.0, 24.0, ""),
    ]
    hdr1 = ["No", "Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Keuangan", "",
            "Realisasi Fisik (%)", "", "Sisa Anggaran (Rp)", "Keterangan"]
    hdr2 = ["", "", "", "", "Rp", "%", "Target", "Capaian", "", ""]
    hdr3 = ["1", "2", "3", "4", "5", "6 = 5/4", "7", "8", "9 = 4 - 5", "10"]
    rows = [hdr1, hdr2, hdr3]
    bold = []
    n = 0
    tp = tr = 0
    for kode, nama, pagu, real, tgt, cap, ket in subs:
        if pagu is None:
            bold.append(len(rows))
            rows.append(["", kode, nama, "", "", "", "", "", "", ""])
            continue
        n += 1
        tp += pagu
        tr += real
        rows.append([str(n), kode, nama, rp(pagu), rp(real), pct(real / pagu * 100), pct(tgt), pct(cap),
                     rp(pagu - real), ket])
    rows.append(["JUMLAH", "", "", rp(tp), rp(tr), pct(tr / tp * 100), "", "", rp(tp - tr), ""])
    bold.append(len(rows) - 1)
    widths = [mm(9), mm(30), mm(70), mm(30), mm(28), mm(14), mm(15), mm(16), mm(30), 0]
    widths[-1] = (p.R - p.L) - sum(widths[:-1])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 8, 1, 8),
              (0, 9, 1, 9), (len(rows) - 1, 0, len(rows) - 1, 2)]
    p.table(p.L, widths, rows, T, TB, "grid", header_rows=3,
            aligns=["c", "l", "l", "r", "r", "r", "r", "r", "r", "l"], merges=merges, shade=205,
            bold_rows=tuple(bold), rule_w=2, lf=1.18, pady=mm(0.6))
    p.gap(2)
    xr = p.L + 4 * (p.R - p.L) // 5
    xl = p.L + (p.R - p.L) // 5
    S = F("cond", 10)
    p.columns([(xl, [("Mengetahui,", None), ("Pejabat Pelaksana Teknis Kegiatan", None), ("", None),
                     ("_" + PEOPLE[2][0], F("cond-b", 10)), (nip_str(2), None)]),
               (xr, [("Samarinda, 6 April 2026", None), ("Kepala Dinas,", None), ("", None),
                     ("_" + PEOPLE[19][0], F("cond-b", 10)), (nip_str(19), None)])], S, lf=1.2, blank_lines=2.2)
    p.in_footer = True
    p.y = p.B - mm(5)
    p.row([(p.L, "Sumber: SIPD-RI, diolah", "l"), (p.R, "Halaman 1 dari 1", "r")], F("cond-i", 8.5))
    return p


def doc_sk():
    p = Page(left=25, right=20, top=10, bottom=10)
    S, B = F("serif", 9.5), F("serif-b", 9.5)
    p.in_footer = True  # no footer on this page: the body may run to the bottom margin
    p.kop(["DINAS PENDIDIKAN DAN KEBUDAYAAN"],
          ["Jalan Biola Nomor 1 Telepon (0541) 742234 Samarinda 75124"], font_name="serif")
    C = F("serif-b", 10.5)
    p.center("KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA", C, lf=1.25)
    p.center("NOMOR 800/0245/DISDIKBUD-IV/II/2026", F("serif", 10.5), lf=1.25)
    p.gap(1)
    p.center("TENTANG", C, lf=1.25)
    p.gap(1)
    p.center("PEMBENTUKAN TIM PENGELOLA DATA POKOK PENDIDIKAN", C, lf=1.25)
    p.center("KOTA SAMARINDA TAHUN ANGGARAN 2026", C, lf=1.25)
    p.gap(1)
    p.center("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SAMARINDA,", C, lf=1.25)
    p.gap(1)
    xl, xc, xn, xt = p.L, p.L + mm(27), p.L + mm(30), p.L + mm(37)
    men = [
        "bahwa untuk menjamin ketersediaan data pokok pendidikan yang akurat, mutakhir dan terintegrasi "
        "di Kota Samarinda, perlu dilakukan pengelolaan data secara berkala;",
        "bahwa untuk kelancaran pelaksanaan pengelolaan data sebagaimana dimaksud dalam huruf a, perlu "
        "dibentuk Tim Pengelola Data Pokok Pendidikan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
        "Keputusan Kepala Dinas Pendidikan dan Kebudayaan tentang Pembentukan Tim Pengelola Data Pokok "
        "Pendidikan Kota Samarinda Tahun Anggaran 2026;",
    ]
    for i, t in enumerate(men):
        pre = [(xl, "Menimbang", "l"), (xc, ":", "l")] if i == 0 else []
        pre = pre + [(xn, "abc"[i] + ".", "l")]
        p.para(t, xt, p.R, S, prefix=pre, lf=1.25)
    p.gap(1)
    ming = [
        "Undang-Undang Nomor 27 Tahun 1959 tentang Penetapan Undang-Undang Darurat Nomor 3 Tahun 1953 "
        "tentang Pembentukan Daerah Tingkat II di Kalimantan;",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
        "diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;",
        "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;",
        "Peraturan Daerah Kota Samarinda Nomor 9 Tahun 2025 tentang Anggaran Pendapatan dan Belanja "
        "Daerah Tahun Anggaran 2026;",
    ]
    for i, t in enumerate(ming):
        pre = [(xl, "Mengingat", "l"), (xc, ":", "l")] if i == 0 else []
        pre = pre + [(xn, f"{i + 1}.", "l")]
        p.para(t, xt, p.R, S, prefix=pre, lf=1.25)
    p.gap(1)
    p.center("MEMUTUSKAN:", C, lf=1.3)
    p.para("KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN TENTANG PEMBENTUKAN TIM PENGELOLA DATA POKOK "
           "PENDIDIKAN KOTA SAMARINDA TAHUN ANGGARAN 2026.", xn, p.R, S,
           prefix=[(xl, "Menetapkan", "l"), (xc, ":", "l")], lf=1.25)
    p.gap(1)
    dic = [("KESATU", "Membentuk Tim Pengelola Data Pokok Pendidikan Kota Samarinda Tahun Anggaran 2026 "
                      "dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian "
                      "tidak terpisahkan dari Keputusan ini."),
           ("KEDUA", "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas melakukan verifikasi, validasi dan "
                     "pemutakhiran data pokok pendidikan setiap bulan dan melaporkan hasilnya kepada Kepala Dinas."),
           ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen "
                      "Pelaksanaan Anggaran Dinas Pendidikan dan Kebudayaan Kota Samarinda Tahun Anggaran 2026 "
                      "pada kode rekening 5.1.02.02.01.0003 Belanja Honorarium Tim Pelaksana Kegiatan "
                      "dengan pagu sebesar Rp 86.400.000,00."),
           ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")]
    for lab, t in dic:
        p.para(t, xn, p.R, S, prefix=[(xl, lab, "l"), (xc, ":", "l")], lf=1.25)
        p.gap(0.4)
    p.gap(1)
    xr = p.L + mm(100)
    for lab, val in [("Ditetapkan di", "Samarinda"), ("pada tanggal", "16 Februari 2026")]:
        p.row([(xr, lab, "l"), (xr + mm(28), ":", "l"), (xr + mm(31), val, "l")], S, lf=1.25)
    p.gap(1)
    p.row([(xr, "KEPALA DINAS PENDIDIKAN DAN", "l")], S, lf=1.25)
    p.row([(xr, "KEBUDAYAAN KOTA SAMARINDA,", "l")], S, lf=1.25)
    p.sig_spots.append((xr + mm(28), p.y + mm(9)))
    p.gap(9.5)
    p.row([(xr, PEOPLE[16][0], "l", B, True)], S, lf=1.25)
    p.row([(xr, nip_str(16), "l")], S, lf=1.25)
    p.gap(1)
    T = F("serif", 9)
    p.row([(xl, "Tembusan Yth.:", "l")], T, lf=1.18)
    for i, t in enumerate(["Wali Kota Samarinda (sebagai laporan);", "Inspektur Kota Samarinda;",
"Yang bersangkutan untuk diketahui."], 1):
        p.row([(xl, f"{i}.", "l"), (xl + mm(6), t, "l")], T, lf=1.18)
    return p


def doc_honorarium():
    p = Page(left=10, right=10, top=14, bottom=12)
    T, TB = F("cond", 9), F("cond-b", 9)
    p.center("DAFTAR PEMBAYARAN HONORARIUM", F("cond-b", 12), lf=1.3)
    p.center("TIM PENGELOLA DATA POKOK PENDIDIKAN KOTA SAMARINDA", F("cond-b", 12), lf=1.3)
    p.center("BULAN MARET 2026", F("cond-b", 12), lf=1.3)
    p.gap(3)
    S = F("cond", 10)
    x1, x2, x3 = p.L, p.L + mm(34), p.L + mm(37)
    p.labels([("SKPD", "1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan"),
              ("Dasar", "Keputusan Kepala Dinas Pendidikan dan Kebudayaan Nomor 800/0245/DISDIKBUD-IV/II/2026"),
              ("Kode Rekening", "5.1.02.02.01.0003 Belanja Honorarium Tim Pelaksana Kegiatan"),
              ("No. SPM", "00318/SPM-LS/1.01.0.00.0.00.01.0000/2026")], x1, x2, x3, S, lf=1.3)
    p.gap(2)
    members = [(16, "Pengarah", 1_800_000), (1, "Ketua", 1_500_000), (8, "Sekretaris", 1_200_000),
               (9, "Anggota", 900_000), (18, "Anggota", 900_000), (12, "Anggota", 900_000),
               (14, "Anggota", 900_000), (10, "Anggota", 900_000), (5, "Operator Data", 750_000),
               (17, "Operator Data", 750_000)]
    npwp = ["07.112.384.6-722.000", "15.468.903.1-722.000", "24.903.557.0-722.000", "69.215.774.2-722.000",
            "36.551.019.8-722.000", "09.254.294.3-722.000", "81.330.672.5-722.000", "45.097.118.4-722.000",
            "92.604.331.7-722.000", "-"]
    rows = [["No", "Nama / NIP", "Gol.", "Kedudukan dalam Tim", "NPWP", "Honorarium Bruto (Rp)",
             "PPh Pasal 21 (Rp)", "Jumlah Diterima (Rp)", "Tanda Tangan"]]
    tb = tt = tn = 0
    for i, (pi, ked, hon) in enumerate(members, 1):
        nm, nip, gol = PEOPLE[pi]
        rate = 0.15 if gol.startswith("IV") else (0.05 if gol.startswith("III") else 0.0)
        tax = int(round(hon * rate))
        tb += hon
        tt += tax
        tn += hon - tax
        rows.append([str(i), nm + "\nNIP " + nip, gol, ked, npwp[i - 1], rp(hon), rp(tax), rp(hon - tax), f"{i}."])
    rows.append(["JUMLAH", "", "", "", "", rp(tb), rp(tt), rp(tn), ""])
    widths = [mm(7), mm(44), mm(10), mm(21), mm(35), mm(22), mm(17), mm(19), 0]
    widths[-1] = (p.R - p.L) - sum(widths[:-1])
    p.table(p.L, widths, rows, T, TB, "grid", aligns=["c", "l", "c", "l", "c", "r", "r", "r", "l"],
            merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], bold_rows=(len(rows) - 1,), sign_col=8, shade=228,
            pady=mm(1.2))
    p.gap(2)
    p.para("Terbilang: " + terbilang(tn).capitalize() + " rupiah (jumlah diterima Rp " + rp(tn, True) + ")",
           p.L, p.R, F("cond-i", 10), justify=False)
    p.gap(4)
    w3 = (p.R - p.L) // 3
    c1, c2, c3 = p.L + w3 // 2, p.L + w3 + w3 // 2, p.L + 2 * w3 + w3 // 2
    SB = F("cond-b", 10)
    p.columns([(c1, [("Mengetahui,", None), ("Pengguna Anggaran", None), ("", None),
                     ("_" + PEOPLE[16][0], SB), (nip_str(16), None)]),
               (c2, [("Pejabat Pelaksana Teknis Kegiatan", None), ("", None),
                     ("_" + PEOPLE[9][0], SB), (nip_str(9), None)]),
               (c3, [("Samarinda, 31 Maret 2026", None), ("Bendahara Pengeluaran", None), ("", None),
                     ("_" + PEOPLE[10][0], SB), (nip_str(10), None)])], S, lf=1.3, blank_lines=2.8)
    p.in_footer = True
    p.y = p.B - mm(5)
    p.row([(p.L, "SIPD-RI | Daftar Honorarium", "l"), (p.R, "Halaman 1 dari 1", "r")], F("cond", 8))
    return p


def doc_jadwal_piket():
    p = Page(left=22, right=18, top=14, bottom=12)
    S = F("scond", 10)
    p.kop(["KECAMATAN SUNGAI KUNJANG"], ["Jalan Ir. H. Juanda Nomor 12 Telepon (0541) 771820 Samarinda 75126"],
          font_name="serif")
    p.center("JADWAL PIKET PELAYANAN ADMINISTRASI KEPENDUDUKAN", F("scond-b", 11.5), lf=1.3)
    p.center("KANTOR KECAMATAN SUNGAI KUNJANG BULAN MEI 2026", F("scond-b", 11.5), lf=1.3)
    p.gap(2)
    p.para("Berdasarkan Surat Perintah Camat Sungai Kunjang Nomor 800/0311/KEC.SKJ-I/IV/2026 tanggal "
           "27 April 2026, petugas piket pelayanan ditetapkan sebagai berikut:", p.L, p.R, S, lf=1.35)
    p.gap(2)
    sched = [
        ("04-05-2026", "Senin", [(14, "07.30 - 12.00", "Loket 1"), (5, "12.00 - 16.00", "Loket 1")]),
        ("05-05-2026", "Selasa", [(17, "07.30 - 12.00", "Loket 2"), (18, "12.00 - 16.00", "Loket 1")]),
        ("06-05-2026", "Rabu", [(12, "07.30 - 12.00", "Loket 1"), (15, "12.00 - 16.00", "Loket 2")]),
        ("07-05-2026", "Kamis", [(5, "07.30 - 12.00", "Loket 2"), (14, "12.00 - 16.00", "Loket 1")]),
        ("08-05-2026", "Jumat", [(18, "07.30 - 11.00", "Loket 1"), (17, "13.30 - 16.30", "Loket 1")]),
        ("11-05-2026", "Senin", [(15, "07.30 - 12.00", "Loket 1"), (12, "12.00 - 16.00", "Loket 2")]),
        ("12-05-2026", "Selasa", [(14, "07.30 - 12.00", "Loket 1"), (17, "12.00 - 16.00", "Loket 2")]),
        ("13-05-2026", "Rabu", [(5, "07.30 - 12.00", "Loket 2"), (18, "12.00 - 16.00", "Loket 1")]),
        ("14-05-2026", "Kamis", None),
        ("15-05-2026", "Jumat", [(12, "07.30 - 11.00", "Loket 1"), (15, "13.30 - 16.30", "Loket 2")]),
    ]
    rows = [["Tanggal", "Hari", "Nama Petugas", "NIP", "Jam Piket", "Tempat"]]
    for tgl, hari, ps in sched:
        if ps is None:
            rows.append([tgl, hari, "LIBUR NASIONAL (Kenaikan Yesus Kristus)", "", "", ""])
            continue
        for k, (pi, jam, lok) in enumerate(ps):
            nm, nip, _ = PEOPLE[pi]
            rows.append([tgl if k == 0 else "", hari if k == 0 else "", nm, nip, jam, lok])
    widths = [mm(22), mm(15), mm(47), mm(43), mm(23), 0]
    widths[-1] = (p.R - p.L) - sum(widths[:-1])
    p.table(p.L, widths, rows, F("scond", 9.5), F("scond-b", 9.5), "none", aligns=["l", "l", "l", "l", "l", "l"],
            padx=mm(1), pady=mm(0.3), lf=1.2,
            merges=[(1 + 16, 2, 1 + 16, 5)])
    p.gap(3)
    p.row([(p.L, "Catatan:", "l")], F("scond-b", 10))
    notes = ["Petugas piket wajib hadir 15 menit sebelum jam pelayanan dan mengisi buku register harian.",
             "Pertukaran jadwal hanya dapat dilakukan dengan persetujuan Kepala Seksi Pemerintahan.",
             "Rekap layanan harian (KTP-el, KK, KIA, surat pindah) disampaikan setiap hari Jumat."]
    for i, t in enumerate(notes, 1):
        p.para(t, p.L + mm(6), p.R, S, prefix=[(p.L + mm(1), f"{i}.", "l")], justify=False, lf=1.3)
    p.gap(4)
    xr = p.L + 3 * (p.R - p.L) // 4
    p.columns([(xr, [("Samarinda, 28 April 2026", None), ("Camat Sungai Kunjang,", None), ("", None),
                     ("_" + PEOPLE[11][0], F("scond-b", 10)), ("Pembina (IV/a)", None), (nip_str(11), None)])],
              S, lf=1.3, blank_lines=2.6)
    p.in_footer = True
    p.y = p.B - mm(5)
    p.row([(p.L, "Jadwal Piket Mei 2026 - Kec. Sungai Kunjang", "l"), (p.R, "1", "r")], F("scond", 8.5))
    return p


DOCS = [
    ("ba_pemeriksaan_barang", doc_ba_pemeriksaan),
    ("daftar_hadir_rapat", doc_daftar_hadir),
    ("kuitansi", doc_kuitansi),
    ("laporan_realisasi", doc_realisasi),
    ("sk_kepala_dinas", doc_sk),
    ("daftar_honorarium", doc_honorarium),
    ("jadwal_piket", doc_jadwal_piket),
]

# ---------------------------------------------------------------- degradations
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}


def save_grey4(im, path, dpi):
    a = np.asarray(im.convert("L"), dtype=np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(q, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal)
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def scale(im, dpi):
    w, h = im.size
    return im.resize((round(w * dpi / DPI), round(h * dpi / DPI)), Image.LANCZOS)


def deg_fax(im, rng, path):
    w, h = im.size
    small = im.resize((round(w * 200 / DPI), round(h * 100 / DPI)), Image.BOX)
    a = np.asarray(small, dtype=np.float32)
    a = a + rng.normal(0, 14, a.shape)
    bw = a < 165
    H, W = bw.shape
    # specks
    n = int(H * W * 0.0008)
    ys, xs = rng.integers(0, H, n), rng.integers(0, W, n)
    bw[ys, xs] = True
    for _ in range(40):  # small blobs
        y, x = rng.integers(0, H - 3), rng.integers(0, W - 3)
        bw[y:y + rng.integers(1, 3), x:x + rng.integers(1, 4)] = True
    # horizontal streaks (line transmission errors)
    for _ in range(5):
        y = rng.integers(0, H)
        x0 = rng.integers(0, W // 2)
        x1 = min(W, x0 + rng.integers(W // 6, W // 2))
        bw[y, x0:x1] = rng.random(x1 - x0) < 0.7
    # vertical dropout streak (dirty sensor): whitens a column band
    for _ in range(2):
        x = rng.integers(W // 5, 4 * W // 5)
        bw[:, x] = False
    # vertical dark hairline along the page
    x = rng.integers(10, W - 10)
    bw[:, x] = bw[:, x] | (rng.random(H) < 0.55)
    # row jitter
    for y in range(H):
        if rng.random() < 0.04:
            bw[y] = np.roll(bw[y], int(rng.integers(-2, 3)))
    bw = np.repeat(bw, 2, axis=0)  # back to 200x200 grid: the 'standard resolution' look
    out = Image.fromarray(np.where(bw, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    out.save(path, optimize=True, dpi=(200, 200))


def deg_jpeg(im, rng, path):
    s = scale(im, 200)
    s.save(path, quality=25, dpi=(200, 200))


def deg_pdf_skew(im, rng, path, tmpjpg, landscape):
    from reportlab.lib.pagesizes import A4, landscape as lsc
    from reportlab.pdfgen import canvas
    s = scale(im, 200)
    ang = float(rng.uniform(1.7, 2.3)) * (1 if rng.random() < 0.5 else -1)
    paper = 242
    a = np.asarray(s, dtype=np.float32) * (paper / 255.0)
    s = Image.fromarray(a.astype(np.uint8), "L")
    s = s.rotate(ang, resample=Image.BICUBIC, fillcolor=paper)
    a = np.asarray(s, dtype=np.float32)
    a = a + rng.normal(0, 7, a.shape)
    H, W = a.shape
    n = int(H * W * 0.0003)
    a[rng.integers(0, H, n), rng.integers(0, W, n)] = rng.uniform(40, 140, n)
    # darker scanner edge shadow on one side
    edge = np.linspace(0, 1, W)[None, :]
    a = a - 35 * np.exp(-edge / 0.015)
    s = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
    s.save(tmpjpg, quality=55, dpi=(200, 200))
    ps = lsc(A4) if landscape else A4
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle("scan")
    c.setAuthor("")
    c.setCreator("Scanner")
    c.drawImage(tmpjpg, 0, 0, width=ps[0], height=ps[1])
    c.showPage()
    c.save()
    os.remove(tmpjpg)
    return ang


def perspective_coeffs(dst, src):
    """coefficients mapping output (dst) points to input (src) points for PIL PERSPECTIVE."""
    A, bvec = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        bvec += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(bvec, float)).tolist()


def deg_phone(im, rng, path):
    land = im.size[0] > im.size[1]
    CW, CH = (2400, 1800) if land else (1800, 2400)
    pg = scale(im, 190).convert("RGB")
    pw, ph = pg.size
    pa = np.asarray(pg, dtype=np.float32)
    pa = pa * np.array([1.0, 0.985, 0.95])  # slightly warm paper
    pg = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    # background: wooden desk
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = np.sin(xx / 37.0 + 3 * np.sin(yy / 151.0)) * 0.5 + 0.5
    base = np.stack([120 + 40 * grain, 82 + 28 * grain, 50 + 18 * grain], -1)
    base += rng.normal(0, 6, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    # destination quad (page corners): TL, TR, BR, BL
    mx, my = CW * 0.05, CH * 0.04
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(mx + j(25) + 30, my + j(20)), (CW - mx + j(25) - 10, my + j(20) + 25),
           (CW - mx + j(20) + 15, CH - my + j(20)), (mx + j(20) - 15, CH - my + j(20) - 10)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = perspective_coeffs(dst, src)
    warped = pg.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # shadow of the page on the desk
    sh = mask.filter(ImageFilter.GaussianBlur(18))
    bga = np.asarray(bg, dtype=np.float32) * (1 - 0.45 * (np.asarray(sh, np.float32) / 255.0)[..., None])
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg, dtype=np.float32)
    # uneven light: bright spot + gradient + a soft shadow band (phone/hand)
    cx, cy = CW * float(rng.uniform(0.3, 0.7)), CH * float(rng.uniform(0.2, 0.4))
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(CW, CH)
    light = 1.08 - 0.45 * r ** 1.5
    band = 1 - 0.22 * np.exp(-((xx * 0.8 + yy * 0.6 - CW * 0.9) / (CW * 0.12)) ** 2)
    a = a * (light * band)[..., None]
    a = a + rng.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    out.save(path, quality=72, dpi=(72, 72))


def draw_stamp(size_px, rng, text_ring, text_mid):
    S = size_px
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S / 2
    d.ellipse((6, 6, S - 6, S - 6), outline=255, width=9)
    d.ellipse((S * 0.2, S * 0.2, S * 0.8, S * 0.8), outline=255, width=5)
    f = ImageFont.truetype(FD + FONTFILES["sans-b"], int(S * 0.085))
    n = len(text_ring)
    for i, ch in enumerate(text_ring):
        ang = math.pi * (-0.95 + 1.9 * i / (n - 1)) - math.pi / 2
        rr = S * 0.38
        x, y = c + rr * math.cos(ang), c + rr * math.sin(ang)
        g = Image.new("L", (int(S * 0.12), int(S * 0.12)), 0)
        ImageDraw.Draw(g).text((g.size[0] / 2, g.size[1] / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        lay.paste(255, (int(x - g.size[0] / 2), int(y - g.size[1] / 2)), g)
    f2 = ImageFont.truetype(FD + FONTFILES["sans-b"], int(S * 0.07))
    for k, t in enumerate(text_mid):
        d.text((c, c + (k - (len(text_mid) - 1) / 2) * S * 0.09), t, font=f2, fill=255, anchor="mm")
    # star
    st = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = S * 0.05 if k % 2 == 0 else S * 0.02
        st.append((c + rad * math.cos(ang), c + S * 0.26 + rad * math.sin(ang)))
    d.polygon(st, fill=255)
    # ink unevenness
    a = np.asarray(lay, dtype=np.float32) / 255.0
    a = a * np.clip(rng.normal(0.85, 0.2, a.shape), 0.2, 1.0)
    lay = Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    return lay.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)


def scribble(w, h, rng):
    lay = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lay)
    pts = []
    n = 9
    for k in range(n):
        t = k / (n - 1)
        pts.append((w * (0.05 + 0.9 * t) + rng.uniform(-w * 0.05, w * 0.05),
                    h * (0.5 + 0.38 * math.sin(k * 2.1 + rng.uniform(-0.5, 0.5)))))
    # smooth with Catmull-Rom
    sm = []
    for i in range(len(pts) - 1):
        p0 = pts[max(i - 1, 0)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)]
        for s in np.linspace(0, 1, 12):
            s2, s3 = s * s, s * s * s
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * s + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * s2 +
                       (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * s3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * s + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * s2 +
                       (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * s3)
            sm.append((x, y))
    d.line(sm, fill=255, width=max(4, h // 22), joint="curve")
    d.line([(w * 0.1, h * 0.8), (w * 0.8, h * 0.7)], fill=255, width=max(3, h // 30))
    return lay.filter(ImageFilter.GaussianBlur(0.8))


STAMP_TEXT = {
    "ba_pemeriksaan_barang": ("DINAS KOMUNIKASI DAN INFORMATIKA", ["KOTA", "SAMARINDA"]),
    "daftar_hadir_rapat": ("BAPPERIDA KOTA SAMARINDA", ["SEKRETARIAT"]),
    "kuitansi": ("DINAS KESEHATAN KOTA SAMARINDA", ["BENDAHARA", "PENGELUARAN"]),
    "laporan_realisasi": ("DINAS PU DAN PENATAAN RUANG", ["KOTA", "SAMARINDA"]),
    "sk_kepala_dinas": ("DINAS PENDIDIKAN DAN KEBUDAYAAN", ["KOTA", "SAMARINDA"]),
    "daftar_honorarium": ("DINAS PENDIDIKAN DAN KEBUDAYAAN", ["BENDAHARA"]),
    "jadwal_piket": ("KECAMATAN SUNGAI KUNJANG", ["KOTA", "SAMARINDA"]),
}


def deg_stamp(page, name, rng, path):
    im = page.im.convert("RGB")
    a = np.asarray(im, dtype=np.float32) / 255.0
    ink_sig = np.array([25, 35, 120]) / 255.0
    ink_st = np.array([[110, 40, 150], [40, 70, 175], [170, 40, 60]][int(rng.integers(0, 3))]) / 255.0

    def apply(layer, x, y, ink, alpha):
        L = np.asarray(layer, dtype=np.float32) / 255.0 * alpha
        h, w = L.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(a.shape[1], x + w), min(a.shape[0], y + h)
        sub = L[y0 - y:y1 - y, x0 - x:x1 - x][..., None]
        a[y0:y1, x0:x1] = a[y0:y1, x0:x1] * (1 - sub) + a[y0:y1, x0:x1] * ink * sub

    spots = page.sig_spots
    sw, sh = mm(45), mm(17)
    for k, (xc, yc) in enumerate(spots):
        apply(scribble(sw, sh, rng), int(xc - sw / 2 + rng.uniform(-20, 20)), int(yc - sh / 2 - mm(1)), ink_sig, 0.95)
    # signatures in attendance / honorarium tables (every row except a few absentees)
    for k, (x0, y0, x1, y1) in enumerate(page.sign_cells):
        if rng.random() < 0.15:
            continue
        w, h = int((x1 - x0) * 0.6), int((y1 - y0) * 0.85)
        apply(scribble(w, h, rng), int(x0 + (x1 - x0) * 0.3), int(y0 + (y1 - y0) * 0.08), ink_sig, 0.9)
    # the official stamp: overlapping the left part of the most important signature block
    xc, yc = spots[-1] if name not in ("kuitansi", "daftar_honorarium", "laporan_realisasi") else spots[0]
    S = mm(38)
    ring, mid = STAMP_TEXT[name]
    st = draw_stamp(S, rng, ring, mid)
    apply(st, int(xc - S * 0.85), int(yc - S * 0.55), ink_st, 0.9)
    out = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8))
    # fixed 16-colour palette: 7 greys, 5 stamp-ink shades, 4 signature-ink shades
    cols = [(g, g, g) for g in (0, 45, 95, 145, 190, 225, 255)]
    for al in (0.25, 0.45, 0.65, 0.8, 0.9):
        cols.append(tuple(int(255 * (1 - al + al * c)) for c in ink_st))
    for al in (0.3, 0.6, 0.85, 1.0):
        cols.append(tuple(int(255 * (1 - al + al * c)) for c in ink_sig))
    palimg = Image.new("P", (1, 1))
    palimg.putpalette([v for c in cols for v in c])
    q = out.quantize(palette=palimg, dither=Image.Dither.NONE)
    q.save(path, bits=4, optimize=True, dpi=(300, 300))


def main():
    for d in ("pages", "truth"):
        if os.path.isdir(os.path.join(OUT, d)):
            shutil.rmtree(os.path.join(OUT, d))
    os.makedirs(os.path.join(OUT, "truth"))
    manifest = []
    meta = {}
    only = os.environ.get("ONLY")
    for ti, (name, fn) in enumerate(DOCS):
        page = fn()
        if only and only != "all" and name != only:
            continue
        with open(os.path.join(OUT, "truth", name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(page.lines) + "\n")
        if page.tables:
            with open(os.path.join(OUT, "truth", name + ".tables.json"), "w", encoding="utf-8") as f:
                json.dump(page.tables, f, ensure_ascii=False, indent=1)
        pdir = os.path.join(OUT, "pages", name)
        os.makedirs(pdir)
        im = page.im
        land = im.size[0] > im.size[1]
        info = {}
        for di, deg in enumerate(DEGS):
            rng = np.random.default_rng(1000 + 17 * ti + di)
            rel = f"pages/{name}/{name}__{deg}.{EXT[deg]}"
            path = os.path.join(OUT, rel)
            if deg == "clean_300dpi":
                save_grey4(im, path, 300)
            elif deg == "dpi150":
                save_grey4(scale(im, 150), path, 150)
            elif deg == "fax":
                deg_fax(im, rng, path)
            elif deg == "jpeg_q25":
                deg_jpeg(im, rng, path)
            elif deg == "pdf_skew2":
                info["skew_deg"] = round(deg_pdf_skew(im, rng, path, path + ".tmp.jpg", land), 2)
            elif deg == "phone_photo":
                deg_phone(im, rng, path)
            elif deg == "stamp":
                deg_stamp(page, name, rng, path)
            elif deg == "sideways":
                rot = 90 if ti % 2 == 0 else 270
                info["sideways_ccw_deg"] = rot
                save_grey4(scale(im, 200).rotate(rot, expand=True), path, 200)
            elif deg == "upside_down":
                save_grey4(scale(im, 200).rotate(180), path, 200)
            e = {"file": rel, "text_type": name, "degradation": deg, "truth": f"truth/{name}.txt"}
            if page.tables:
                e["tables"] = f"truth/{name}.tables.json"
            manifest.append(e)
        meta[name] = dict(info, landscape=land, lines=len(page.lines), tables=len(page.tables),
                          table_rows=[len(t) for t in page.tables], table_cols=[len(t[0]) for t in page.tables])
        print(name, meta[name])
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "generation_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
