#!/usr/bin/env python3
"""Blind OCR/extraction evaluation set generator (Samarinda.AI).

Deterministic: every random choice comes from a seeded numpy Generator whose seed is derived from
the page name and degradation name.  Run with the venv at /work/blind/.venv:

    /work/blind/.venv/bin/python /work/blind/ocr/generate.py

Outputs (relative to this script's directory):
    pages/<text_type>/<page>__<degradation>.<png|jpg|pdf>   one page per file
    truth/<page>.txt            exact printed text, one printed line per line
    truth/<page>.tables.json    tables on the page (list of tables -> rows -> cells)
    manifest.json
    degradation_params.json     per-file parameters (angles, stamp colour, ...)
and, outside the set, ../build/ (clean masters + draw-op logs used by verify.py).
"""
import time
import json
import math
import os
import zlib

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(os.path.dirname(HERE), "build")
DPI = 300
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "serif": FD + "liberation2/LiberationSerif-Regular.ttf",
    "serif-b": FD + "liberation2/LiberationSerif-Bold.ttf",
    "serif-i": FD + "liberation2/LiberationSerif-Italic.ttf",
    "sans": FD + "liberation2/LiberationSans-Regular.ttf",
    "sans-b": FD + "liberation2/LiberationSans-Bold.ttf",
    "dserif": FD + "dejavu/DejaVuSerif.ttf",
    "dserif-i": FD + "dejavu/DejaVuSerif-Italic.ttf",
    "dsans": FD + "dejavu/DejaVuSans.ttf",
    "dsans-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "dsansc": FD + "dejavu/DejaVuSansCondensed.ttf",
}
_fc = {}


def F(name, pt):
    key = (name, pt)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FONTS[name], round(pt * DPI / 72))
    return _fc[key]


def mm(v):
    return round(v * DPI / 25.4)


def rng_for(*parts):
    return np.random.default_rng(zlib.crc32("|".join(parts).encode()))


# ----------------------------------------------------------------------------- number helpers
def num(n):
    return f"{n:,}".replace(",", ".")


def rp(n):
    return "Rp " + num(n)


def dec(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas"]


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
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " miliar " + terbilang(n % 10 ** 9)).strip()


# ----------------------------------------------------------------------------- layout engine
def wrap(s, f, w_first, w_rest=None):
    w_rest = w_first if w_rest is None else w_rest
    out, cur = [], ""
    for word in s.split(" "):
        t = word if not cur else cur + " " + word
        lim = w_first if not out else w_rest
        if f.getlength(t) <= lim:
            cur = t
        else:
            if cur:
                out.append(cur)
            cur = word
            assert f.getlength(word) <= (w_rest if out else w_first), ("word too wide", word)
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self, name, text_type, landscape=False, margins=(25, 20, 20, 20)):
        w, h = (297, 210) if landscape else (210, 297)
        self.name, self.text_type, self.landscape = name, text_type, landscape
        self.W, self.H = mm(w), mm(h)
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.L, self.T = mm(margins[0]), mm(margins[1])
        self.R, self.B = self.W - mm(margins[2]), self.H - mm(margins[3])
        self.y = self.T
        self.ops, self.lines, self.tables = [], [], []
        self.sig = None      # (x0, y0, x1, y1) blank signature area
        self.stamp_at = None  # (cx, cy) for pages without a signature block

    # -- primitives
    def new_line(self):
        self.lines.append([])
        return len(self.lines) - 1

    def text(self, lid, x, base, s, f, cell=None, fill=0):
        if not s:
            return
        x, base = round(x), round(base)
        self.d.text((x, base), s, font=f, fill=fill, anchor="ls")
        bb = self.d.textbbox((x, base), s, font=f, anchor="ls")
        self.lines[lid].append(s)
        self.ops.append(dict(k="t", s=s, bb=list(bb), lid=lid, cell=cell))

    def rect(self, x0, y0, x1, y1, fill=0):
        x0, y0, x1, y1 = map(round, (x0, y0, x1, y1))
        self.d.rectangle([x0, y0, x1, y1], fill=fill)
        self.ops.append(dict(k="g", bb=[x0, y0, x1 + 1, y1 + 1]))

    def hline(self, x0, x1, y, w=3):
        self.rect(x0, y, x1, y + w - 1)

    def vline(self, x, y0, y1, w=3):
        self.rect(x, y0, x + w - 1, y1)

    def graphic_bbox(self, bb):
        self.ops.append(dict(k="g", bb=[round(v) for v in bb]))

    # -- lines and paragraphs
    def line(self, segs, lead=1.3, gap=0):
        """segs: list of (x, text, font, align) with align in l/r/c; all on one printed line."""
        px = max(f.size for _, _, f, _ in segs)
        base = self.y + round(px * 0.85)
        placed = []
        for x, s, f, al in segs:
            w = f.getlength(s)
            if al == "r":
                x -= w
            elif al == "c":
                x -= w / 2
            placed.append((x, s, f))
        placed.sort(key=lambda t: t[0])
        lid = self.new_line()
        for x, s, f in placed:
            self.text(lid, x, base, s, f)
        self.y += round(px * lead) + gap
        return lid, base

    def block(self, s, f, x0=None, x1=None, first_x=None, labels=(), justify=False, lead=1.3,
              gap=0, align="l"):
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        first_x = x0 if first_x is None else first_x
        rows = wrap(s, f, x1 - first_x, x1 - x0)
        px = max([f.size] + [lf.size for _, _, lf, _ in labels])
        for i, r in enumerate(rows):
            base = self.y + round(px * 0.85)
            lid = self.new_line()
            if i == 0:
                for lx, ls, lf, la in labels:
                    w = lf.getlength(ls)
                    lx = lx - w if la == "r" else (lx - w / 2 if la == "c" else lx)
                    self.text(lid, lx, base, ls, lf)
            xs = first_x if i == 0 else x0
            words = r.split(" ")
            if align == "c":
                self.text(lid, (x0 + x1) / 2 - f.getlength(r) / 2, base, r, f)
            elif justify and i < len(rows) - 1 and len(words) > 1:
                wsum = sum(f.getlength(w) for w in words)
                sp = (x1 - xs - wsum) / (len(words) - 1)
                x = xs
                for w in words:
                    self.text(lid, x, base, w, f)
                    x += f.getlength(w) + sp
            else:
                self.text(lid, xs, base, r, f)
            self.y += round(px * lead)
        self.y += gap
        return len(rows)

    # -- tables
    def table(self, x0, widths, rows, fonts, aligns, ruled=True, header_rows=1, pad=(14, 9),
              lead=1.22, start=1, max_y=None, rule_w=2, hdr_align="c", bold_rows=()):
        """Draw header rows + body rows from index `start` while they fit above max_y.
        Returns the index of the first body row not drawn."""
        max_y = self.B if max_y is None else max_y
        tid = len(self.tables)
        body_font, head_font = fonts
        px = body_font.size
        drawn = []
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y

        def row_layout(cells, font):
            wrapped = [wrap(c, font, widths[j] - 2 * pad[0]) if c else [] for j, c in enumerate(cells)]
            n = max(1, max(len(w) for w in wrapped))
            h = round(n * font.size * lead) + 2 * pad[1]
            return wrapped, h

        def draw_row(ri, cells, font, al_list):
            wrapped, h = row_layout(cells, font)
            y0 = self.y
            lid = self.new_line()
            for j, lines in enumerate(wrapped):
                cx0, cx1 = xs[j] + pad[0], xs[j + 1] - pad[0]
                for k, ln in enumerate(lines):
                    base = y0 + pad[1] + round(k * font.size * lead + font.size * 0.85)
                    w = font.getlength(ln)
                    al = al_list[j]
                    x = cx0 if al == "l" else (cx1 - w if al == "r" else (cx0 + cx1) / 2 - w / 2)
                    self.text(lid, x, base, ln, font,
                              cell=[tid, ri, j, xs[j], y0, xs[j + 1], y0 + h])
            self.y = y0 + h
            drawn.append(list(cells))
            return y0, h

        row_tops = []
        for hi in range(header_rows):
            ha = hdr_align if isinstance(hdr_align, list) else [hdr_align] * len(widths)
            y0, h = draw_row(len(drawn), rows[hi], head_font, ha)
            row_tops.append(y0)
        nhead = len(drawn)
        i = max(start, header_rows)
        while i < len(rows):
            font = head_font if i in bold_rows else body_font
            _, h = row_layout(rows[i], font)
            if self.y + h > max_y:
                break
            y0, h = draw_row(len(drawn), rows[i], font, aligns)
            row_tops.append(y0)
            i += 1
        bottom = self.y
        if ruled:
            for yy in row_tops + [bottom]:
                self.hline(xs[0], xs[-1] + rule_w - 1, yy, rule_w)
            for xx in xs:
                self.vline(xx, top, bottom + rule_w - 1, rule_w)
            # thicker rule under the header
            self.hline(xs[0], xs[-1] + rule_w - 1, row_tops[nhead] - 1 if nhead < len(row_tops) else bottom, rule_w + 1)
            self.y += rule_w
        self.tables.append(drawn)
        return i

    # -- decorations
    def logo(self, x, y, size):
        """A generic city emblem (shield) drawn from shapes - contains no text."""
        s = size
        pts = [(x + 0.08 * s, y), (x + 0.92 * s, y), (x + 0.92 * s, y + 0.55 * s),
               (x + 0.5 * s, y + s), (x + 0.08 * s, y + 0.55 * s)]
        self.d.polygon(pts, fill=235, outline=0, width=max(3, round(s * 0.03)))
        inner = [(x + 0.16 * s, y + 0.08 * s), (x + 0.84 * s, y + 0.08 * s),
                 (x + 0.84 * s, y + 0.52 * s), (x + 0.5 * s, y + 0.88 * s),
                 (x + 0.16 * s, y + 0.52 * s)]
        self.d.polygon(inner, fill=200, outline=40, width=2)
        # star
        cx, cy, r1, r2 = x + 0.5 * s, y + 0.25 * s, 0.11 * s, 0.045 * s
        st = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            r = r1 if k % 2 == 0 else r2
            st.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        self.d.polygon(st, fill=30)
        # river waves
        for k in range(3):
            yy = y + (0.48 + 0.09 * k) * s
            ptsw = [(x + (0.22 + 0.56 * t / 40) * s,
                     yy + 0.025 * s * math.sin(t / 40 * 4 * math.pi)) for t in range(41)]
            self.d.line(ptsw, fill=60, width=max(3, round(s * 0.025)))
        self.graphic_bbox([x - 2, y - 2, x + s + 3, y + s + 3])

    def kop(self, lines, logo_mm=24):
        """Letterhead: emblem at the left, centred lines, double rule below."""
        ls = mm(logo_mm)
        self.logo(self.L, self.y, ls)
        cx = (self.L + ls + self.R) / 2 + mm(2)
        y_start = self.y
        for s, f in lines:
            self.line([(cx, s, f, "c")], lead=1.2)
        self.y = max(self.y, y_start + ls) + mm(2)
        self.hline(self.L, self.R, self.y, 7)
        self.hline(self.L, self.R, self.y + 12, 2)
        self.y += mm(7)

    def signature(self, x, pre, name, post, f, fb, blank_mm=22, underline=True):
        for s in pre:
            self.line([(x, s, f, "l")], lead=1.25)
        y0 = self.y
        self.y += mm(blank_mm)
        self.sig = (x, y0, x + mm(70), self.y)
        lid, base = self.line([(x, name, fb, "l")], lead=1.25)
        if underline:
            self.hline(x, x + fb.getlength(name), base + 8, 3)
        for s in post:
            self.line([(x, s, f, "l")], lead=1.25)

    def check_fit(self):
        assert self.y <= self.B + 2, (self.name, "overflow", self.y, self.B)
        for op in self.ops:
            x0, y0, x1, y1 = op["bb"]
            assert x0 >= self.L - 4 and x1 <= self.R + 4 and y0 >= self.T - 4 and \
                y1 <= self.B + 4, (self.name, "outside margins", op)


# ----------------------------------------------------------------------------- documents
def doc_nota_dinas():
    p = Page("nota_dinas", "nota_dinas", margins=(25, 15, 20, 15))
    f, fb = F("serif", 11.5), F("serif-b", 11.5)
    p.kop([("PEMERINTAH KOTA SAMARINDA", F("serif-b", 14)),
           ("DINAS KESEHATAN", F("serif-b", 17)),
           ("Jalan Milono Nomor 1, Samarinda, Kalimantan Timur 75121", F("serif", 10.5)),
           ("Telepon (0541) 741232, Laman dinkes.samarindakota.go.id", F("serif", 10.5))])
    p.line([((p.L + p.R) / 2, "NOTA DINAS", F("serif-b", 14), "c")], lead=1.6)
    xl, xc, xv = p.L, p.L + mm(28), p.L + mm(31)
    hdr = [("Kepada", "Yth. Kepala Dinas Kesehatan Kota Samarinda"),
           ("Dari", "Kepala Bidang Pencegahan dan Pengendalian Penyakit"),
           ("Tembusan", "Sekretaris Dinas Kesehatan Kota Samarinda"),
           ("Tanggal", "18 Maret 2024"),
           ("Nomor", "440/1273/P2P/III/2024"),
           ("Sifat", "Segera"),
           ("Lampiran", "1 (satu) berkas"),
           ("Hal", "Permohonan Dukungan Anggaran Penanggulangan Demam Berdarah Dengue (DBD) "
                   "Tahun 2024")]
    for k, v in hdr:
        p.block(v, f, x0=xv, labels=[(xl, k, f, "l"), (xc, ":", f, "l")], lead=1.22)
    p.y += mm(1.5)
    p.hline(p.L, p.R, p.y, 3)
    p.y += mm(4)
    p.block("Sehubungan dengan meningkatnya kasus Demam Berdarah Dengue (DBD) di Kota Samarinda "
            "sejak awal Januari 2024, dengan hormat kami sampaikan hal-hal sebagai berikut:",
            f, justify=True, lead=1.28, gap=mm(1), first_x=p.L + mm(10))
    xn, xt = p.L, p.L + mm(7)
    p.block("Berdasarkan data surveilans sampai dengan minggu ke-10 tahun 2024, tercatat 412 kasus "
            "DBD dengan 3 kasus kematian, meningkat 37,8% dibandingkan periode yang sama tahun "
            "2023.", f, x0=xt, labels=[(xn, "1.", f, "l")], justify=True, lead=1.28, gap=mm(1))
    p.block("Kasus tertinggi terdapat di lima kecamatan sebagaimana tabel berikut:", f, x0=xt,
            labels=[(xn, "2.", f, "l")], justify=True, lead=1.28, gap=mm(1.5))
    data = [("Sungai Kunjang", 48, 71), ("Samarinda Ulu", 52, 68), ("Sambutan", 31, 49),
            ("Palaran", 27, 41), ("Loa Janan Ilir", 35, 44)]
    rows = [["No", "Kecamatan", "Kasus s.d. Minggu ke-10 Tahun 2023",
             "Kasus s.d. Minggu ke-10 Tahun 2024", "Kenaikan (%)"]]
    for i, (k, a, b) in enumerate(data, 1):
        rows.append([str(i), k, str(a), str(b), dec((b - a) / a * 100)])
    ft, ftb = F("serif", 10.5), F("serif-b", 10.5)
    p.table(xt, [mm(12), mm(45), mm(36), mm(36), mm(28)], rows, (ft, ftb),
            ["c", "l", "r", "r", "r"], ruled=False, pad=(mm(1.5), 5), lead=1.18)
    p.y += mm(2)
    p.block("Untuk mendukung kegiatan fogging fokus, abatisasi massal, dan Gerakan 1 Rumah 1 "
            "Jumantik, dibutuhkan tambahan anggaran sebesar Rp 245.750.000 (dua ratus empat puluh "
            "lima juta tujuh ratus lima puluh ribu rupiah) dengan rincian:", f, x0=xt,
            labels=[(xn, "3.", f, "l")], justify=True, lead=1.28, gap=mm(0.5))
    items = [("a.", "Pengadaan insektisida dan larvasida", 118400000),
             ("b.", "Sewa mesin fogging dan honor petugas", 86350000),
             ("c.", "Sosialisasi dan bahan KIE", 41000000)]
    assert sum(v for _, _, v in items) == 245750000
    for j, (a, t, v) in enumerate(items):
        end = ";" if j < 2 else "."
        p.line([(xt, a, f, "l"), (xt + mm(6), t, f, "l"), (p.L + mm(150), rp(v) + end, f, "r")],
               lead=1.28)
    p.y += mm(1)
    p.block("Sehubungan dengan hal tersebut, mohon kiranya Bapak berkenan memberikan persetujuan "
            "pergeseran anggaran dari Sub Kegiatan Pengelolaan Pelayanan Kesehatan Lingkungan ke "
            "Sub Kegiatan Pengelolaan Surveilans Kesehatan.", f, x0=xt,
            labels=[(xn, "4.", f, "l")], justify=True, lead=1.28, gap=mm(1))
    p.block("Demikian disampaikan, atas perhatian dan arahan Bapak diucapkan terima kasih.", f,
            first_x=p.L + mm(10), lead=1.28, gap=mm(3))
    p.signature(p.L + mm(92), ["Kepala Bidang P2P,"], "dr. Nur Aisyah Rahmadani, M.Kes.",
                ["Penata Tingkat I (III/d)", "NIP 19780512 200604 2 015"], f, fb, blank_mm=20)
    p.check_fit()
    return [p]


def doc_bast():
    p = Page("bast", "bast", margins=(25, 15, 20, 15))
    f, fb = F("serif", 11), F("serif-b", 11)
    p.kop([("PEMERINTAH KOTA SAMARINDA", F("serif-b", 14)),
           ("DINAS PENDIDIKAN DAN KEBUDAYAAN", F("serif-b", 16)),
           ("Jalan Dahlia Nomor 14, Samarinda, Kalimantan Timur 75117", F("serif", 10.5)),
           ("Telepon (0541) 742318, Pos-el disdikbud@samarindakota.go.id", F("serif", 10.5))])
    ft = F("serif-b", 13)
    title = "BERITA ACARA SERAH TERIMA BARANG"
    lid, base = p.line([((p.L + p.R) / 2, title, ft, "c")], lead=1.3)
    tw = ft.getlength(title)
    p.hline((p.L + p.R) / 2 - tw / 2, (p.L + p.R) / 2 + tw / 2, base + 8, 3)
    p.line([((p.L + p.R) / 2, "Nomor: 027/0845/BAST-Disdikbud/VIII/2024", f, "c")], lead=1.3,
           gap=mm(3))
    p.block("Pada hari ini Senin tanggal dua belas bulan Agustus tahun dua ribu dua puluh empat "
            "(12-08-2024), bertempat di Kantor Dinas Pendidikan dan Kebudayaan Kota Samarinda, "
            "kami yang bertanda tangan di bawah ini:", f, justify=True, lead=1.28, gap=mm(1.5))
    xn, xk, xc, xv = p.L, p.L + mm(7), p.L + mm(30), p.L + mm(33)
    parties = [
        ("1.", [("Nama", "Hendra Kurniawan, S.T."),
                ("Jabatan", "Direktur CV Borneo Mitra Teknik"),
                ("Alamat", "Jalan Pangeran Antasari Nomor 88, Samarinda")], "PERTAMA"),
        ("2.", [("Nama", "Rina Oktaviani, S.Pd., M.M."),
                ("Jabatan", "Pejabat Pembuat Komitmen pada Dinas Pendidikan dan Kebudayaan Kota "
                            "Samarinda"),
                ("NIP", "19830214 200903 2 007")], "KEDUA"),
    ]
    for no, kvs, who in parties:
        for j, (k, v) in enumerate(kvs):
            labels = [(xk, k, f, "l"), (xc, ":", f, "l")]
            if j == 0:
                labels.insert(0, (xn, no, f, "l"))
            p.block(v, f, x0=xv, labels=labels, lead=1.25)
        p.block(f"Selanjutnya disebut PIHAK {who}.", f, x0=xk, lead=1.25, gap=mm(1.5))
    p.block("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah "
            "menerima dari PIHAK PERTAMA barang sesuai Surat Perintah Kerja Nomor "
            "027/0712/SPK-Disdikbud/VII/2024 tanggal 15 Juli 2024 dengan rincian sebagai berikut:",
            f, justify=True, lead=1.28, gap=mm(2))
    goods = [("Laptop", "Intel Core i5-1235U, RAM 8 GB, SSD 512 GB, layar 14 inch", 12, "Unit",
              11850000),
             ("Printer Multifungsi", "Ink tank A4, print/scan/copy, Wi-Fi", 6, "Unit", 3275000),
             ("Proyektor", "3.600 lumen, WXGA, HDMI", 4, "Unit", 7450000),
             ("Layar Proyektor", "Tripod 70 x 70 inch", 4, "Buah", 1150000),
             ("UPS", "1200 VA, line interactive", 12, "Unit", 1475000),
             ("Flashdisk", "USB 3.2, 64 GB", 24, "Buah", 135000)]
    rows = [["No", "Nama Barang", "Spesifikasi", "Volume", "Satuan", "Harga Satuan", "Jumlah"]]
    total = 0
    for i, (n, s, v, u, h) in enumerate(goods, 1):
        rows.append([str(i), n, s, str(v), u, rp(h), rp(v * h)])
        total += v * h
    rows.append(["", "TOTAL", "", "", "", "", rp(total)])
    ftt, fttb = F("serif", 10), F("serif-b", 10)
    p.table(p.L, [mm(9), mm(30), mm(44), mm(15), mm(15), mm(25), mm(27)], rows, (ftt, fttb),
            ["c", "l", "l", "c", "c", "r", "r"], ruled=True, pad=(mm(1.2), 9),
            bold_rows=(len(rows) - 1,))
    p.y += mm(3)
    p.block(f"Terbilang: {terbilang(total)} rupiah.", F("serif-i", 11), lead=1.28, gap=mm(1))
    p.block("Barang tersebut dalam keadaan baik, baru, dan lengkap sesuai spesifikasi. Berita "
            "Acara ini dibuat rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.", f,
            justify=True, lead=1.28, gap=mm(4))
    xa, xb = p.L + mm(5), p.L + mm(95)
    for a, b in [("PIHAK PERTAMA,", "PIHAK KEDUA,"),
                 ("Direktur CV Borneo Mitra Teknik", "Pejabat Pembuat Komitmen")]:
        p.line([(xa, a, f, "l"), (xb, b, f, "l")], lead=1.25)
    y0 = p.y
    p.y += mm(20)
    p.sig = (xb, y0, xb + mm(65), p.y)
    p.sig2 = (xa, y0, xa + mm(60), p.y)
    lid, base = p.line([(xa, "Hendra Kurniawan, S.T.", fb, "l"),
                        (xb, "Rina Oktaviani, S.Pd., M.M.", fb, "l")], lead=1.25)
    p.line([(xb, "NIP 19830214 200903 2 007", f, "l")], lead=1.25)
    p.check_fit()
    return [p]


def doc_lkjip():
    p = Page("lkjip", "lkjip", margins=(25, 18, 20, 18))
    f, fb = F("sans", 10.5), F("sans-b", 10.5)
    fs = F("sans", 9)
    p.line([(p.L, "LKjIP Dinas Lingkungan Hidup Kota Samarinda Tahun 2023", fs, "l")], lead=1.3)
    p.hline(p.L, p.R, p.y, 2)
    p.y += mm(6)
    p.line([((p.L + p.R) / 2, "BAB III", F("sans-b", 13), "c")], lead=1.3)
    p.line([((p.L + p.R) / 2, "AKUNTABILITAS KINERJA", F("sans-b", 13), "c")], lead=1.3,
           gap=mm(4))
    p.line([(p.L, "3.1", F("sans-b", 11), "l"), (p.L + mm(10), "Capaian Kinerja Organisasi",
                                                  F("sans-b", 11), "l")], lead=1.4)
    p.block("Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi indikator "
            "kinerja sasaran sebagaimana tercantum dalam Perjanjian Kinerja Tahun 2023. Capaian "
            "kinerja dihitung dengan membagi realisasi dengan target lalu dikalikan 100 persen. "
            "Hasil pengukuran kinerja Dinas Lingkungan Hidup Kota Samarinda disajikan pada tabel "
            "berikut.", f, first_x=p.L + mm(10), justify=True, lead=1.4, gap=mm(3))
    p.line([((p.L + p.R) / 2, "Tabel 3.1", fb, "c")], lead=1.3)
    p.line([((p.L + p.R) / 2, "Pengukuran Kinerja Sasaran Strategis Tahun 2023", fb, "c")],
           lead=1.3, gap=mm(2))
    data = [
        ("Meningkatnya kualitas lingkungan hidup", [
            ("Indeks Kualitas Lingkungan Hidup (IKLH)", "Indeks", 62.50, 63.84),
            ("Indeks Kualitas Air (IKA)", "Indeks", 52.00, 50.67),
            ("Indeks Kualitas Udara (IKU)", "Indeks", 86.20, 88.15),
            ("Indeks Kualitas Tutupan Lahan (IKTL)", "Indeks", 38.40, 39.02)]),
        ("Meningkatnya pengelolaan sampah dan limbah", [
            ("Persentase sampah yang tertangani", "%", 75.00, 78.36),
            ("Persentase sampah yang terkurangi", "%", 22.00, 19.75),
            ("Jumlah bank sampah aktif", "Unit", 180, 204)]),
        ("Meningkatnya ketaatan pelaku usaha terhadap izin lingkungan", [
            ("Persentase usaha/kegiatan yang taat terhadap persyaratan izin lingkungan", "%",
             70.00, 72.50),
            ("Jumlah pengaduan kasus lingkungan yang ditindaklanjuti", "Kasus", 45, 45)]),
        ("Meningkatnya ruang terbuka hijau publik", [
            ("Luas RTH publik terhadap luas wilayah kota", "%", 9.50, 9.12)]),
    ]
    rows = [["Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian %"]]
    caps = []
    for sas, inds in data:
        for j, (ind, sat, t, r) in enumerate(inds):
            isint = isinstance(t, int)
            c = round(r / t * 100, 2)
            caps.append(c)
            rows.append([sas if j == 0 else "", ind, sat, str(t) if isint else dec(t),
                         str(r) if isint else dec(r), dec(c)])
    ft, ftb = F("sans", 9.5), F("sans-b", 9.5)
    p.table(p.L, [mm(40), mm(53), mm(16), mm(17), mm(19), mm(20)], rows, (ft, ftb),
            ["l", "l", "c", "r", "r", "r"], ruled=False, pad=(mm(1.2), 8), lead=1.2,
            hdr_align=["l", "l", "c", "r", "r", "r"])
    p.y += mm(4)
    n_ok = sum(c >= 100 for c in caps)
    avg = round(sum(caps) / len(caps), 2)
    p.block(f"Dari {len(caps)} indikator kinerja, sebanyak {n_ok} indikator mencapai atau "
            f"melampaui target dan {len(caps) - n_ok} indikator belum mencapai target, yaitu "
            f"Indeks Kualitas Air, persentase sampah yang terkurangi, dan luas RTH publik. "
            f"Rata-rata capaian kinerja seluruh indikator sebesar {dec(avg)} persen sehingga "
            f"termasuk dalam kategori sangat baik.", f, first_x=p.L + mm(10), justify=True,
            lead=1.4, gap=mm(2))
    p.block("Belum tercapainya target pengurangan sampah terutama disebabkan oleh rendahnya "
            "pemilahan sampah di tingkat rumah tangga dan terbatasnya fasilitas TPS3R yang baru "
            "beroperasi di 6 kelurahan.", f, first_x=p.L + mm(10), justify=True, lead=1.4)
    p.y = max(p.y, p.B - mm(8))
    p.line([((p.L + p.R) / 2, "III-2", fs, "c")])
    p.stamp_at = (p.L + mm(120), p.T + mm(175))
    p.check_fit()
    return [p]


SSH_ITEMS = {
    "01": [("Ballpoint", "Tinta gel 0,5 mm, warna hitam", "Buah", 4200),
           ("Pensil Kayu", "2B, dengan penghapus", "Buah", 3800),
           ("Spidol Permanen", "Ujung bulat, hitam/biru", "Buah", 9500),
           ("Spidol Whiteboard", "Isi ulang, hitam/biru/merah", "Buah", 11000),
           ("Stabilo", "Warna fluorescent, ujung pahat", "Buah", 8700),
           ("Penghapus Pensil", "Karet putih, ukuran sedang", "Buah", 2500),
           ("Correction Tape", "Lebar 5 mm, panjang 6 m", "Buah", 12500),
           ("Penggaris Besi", "Panjang 30 cm", "Buah", 9000),
           ("Gunting Kertas", "Stainless, panjang 21 cm", "Buah", 18500),
           ("Cutter Besar", "Mata pisau 18 mm", "Buah", 16000),
           ("Isi Cutter", "Mata pisau 18 mm, isi 10", "Pak", 14500),
           ("Lem Kertas Cair", "Isi 50 ml", "Botol", 6500),
           ("Lem Batang", "Berat 25 gram", "Buah", 9800),
           ("Stapler Kecil", "Ukuran No. 10", "Buah", 21000),
           ("Isi Stapler Kecil", "Ukuran No. 10, isi 1.000", "Kotak", 4000),
           ("Stapler Besar", "Kapasitas 100 lembar", "Buah", 185000),
           ("Paper Clip", "Ukuran No. 3, isi 100", "Kotak", 5200),
           ("Binder Clip", "Ukuran No. 155, isi 12", "Kotak", 14800),
           ("Pembolong Kertas", "2 lubang, kapasitas 30 lembar", "Buah", 48000),
           ("Map Snelhecter", "Bahan plastik, ukuran folio", "Buah", 4500),
           ("Map Ordner", "Ukuran folio, punggung 7 cm", "Buah", 38500),
           ("Amplop Putih Kop Dinas", "Ukuran 110 x 230 mm, isi 100 lembar", "Kotak", 42000),
           ("Amplop Coklat", "Ukuran folio, isi 100 lembar", "Pak", 65000),
           ("Buku Agenda", "Ukuran folio, 100 lembar, sampul tebal", "Buah", 36000),
           ("Buku Ekspedisi", "Isi 100 lembar", "Buah", 17500),
           ("Kertas Catatan Tempel", "Ukuran 76 x 76 mm, isi 100 lembar", "Pad", 11500)],
    "02": [("Kertas HVS A4", "70 gram, isi 500 lembar", "Rim", 54000),
           ("Kertas HVS A4", "80 gram, isi 500 lembar", "Rim", 62500),
           ("Kertas HVS F4", "70 gram, isi 500 lembar", "Rim", 59500),
           ("Kertas HVS F4", "80 gram, isi 500 lembar", "Rim", 68000),
           ("Kertas Buffalo", "Ukuran A4, 200 gram, isi 100 lembar", "Pak", 46000),
           ("Kertas Foto", "Ukuran A4, glossy 230 gram, isi 20 lembar", "Pak", 52000),
           ("Kertas Sertifikat", "Ukuran A4, 230 gram, bermotif, isi 10 lembar", "Pak", 24000),
           ("Kertas Continuous Form", "9,5 x 11 inch, 1 ply, isi 2.000 lembar", "Dus", 285000),
           ("Kertas Label Nama", "Ukuran No. 103, isi 10 lembar", "Pak", 8500)],
    "04": [("Tinta Printer Ink Tank", "Isi 70 ml, warna hitam", "Botol", 95000),
           ("Tinta Printer Ink Tank", "Isi 70 ml, cyan/magenta/kuning", "Botol", 98000),
           ("Toner Printer Laser", "Setara 1.600 halaman, hitam", "Buah", 845000),
           ("Flashdisk", "USB 3.2, kapasitas 64 GB", "Buah", 135000),
           ("Hardisk Eksternal", "USB 3.0, 1 TB, 2,5 inch", "Buah", 925000),
           ("Mouse", "Optical USB, kabel 1,5 m", "Buah", 85000),
           ("Keyboard", "USB, tata letak standar", "Buah", 145000),
           ("Kabel HDMI", "Panjang 5 m, versi 2.0", "Buah", 115000),
           ("Baterai Alkaline", "Ukuran AA, isi 2", "Pak", 24500)],
    "05": [("Sapu Ijuk", "Gagang kayu 120 cm", "Buah", 32000),
           ("Alat Pel", "Kain microfiber, gagang aluminium", "Set", 78500),
           ("Cairan Pembersih Lantai", "Isi 800 ml, aroma lemon", "Botol", 16500),
           ("Sabun Cuci Tangan Cair", "Isi ulang 400 ml", "Pouch", 22000),
           ("Tisu Wajah", "Isi 250 lembar, 2 ply", "Pak", 18000),
           ("Kantong Sampah", "Ukuran 90 x 120 cm, isi 10 lembar", "Pak", 19500),
           ("Pengharum Ruangan", "Aerosol 300 ml", "Kaleng", 41000)],
}


def doc_ssh():
    rows = [["No", "Kode Barang", "Uraian", "Spesifikasi", "Satuan", "Harga (Rp)"]]
    n = 0
    for grp, items in SSH_ITEMS.items():
        for k, (u, s, sat, h) in enumerate(items, 1):
            n += 1
            rows.append([str(n), f"1.1.12.01.{grp}.{k:04d}", u, s, sat, num(h)])
    widths = [mm(9), mm(38), mm(38), mm(53), mm(16), mm(21)]
    aligns = ["c", "l", "l", "l", "c", "r"]
    ft, ftb = F("sans", 9), F("sans-b", 9)
    fr, fb = F("sans", 10), F("sans-b", 10)
    pages = []
    p = Page("ssh_p1", "ssh", margins=(20, 15, 15, 15))
    xr = p.L + mm(100)
    for s in ["LAMPIRAN I", "PERATURAN WALI KOTA SAMARINDA", "NOMOR 45 TAHUN 2023",
              "TENTANG STANDAR SATUAN HARGA", "TAHUN ANGGARAN 2024"]:
        p.line([(xr, s, F("sans", 9.5), "l")], lead=1.25)
    p.y += mm(5)
    p.line([((p.L + p.R) / 2, "STANDAR SATUAN HARGA (SSH)", F("sans-b", 12), "c")], lead=1.3)
    p.line([((p.L + p.R) / 2, "BARANG PAKAI HABIS DAN PERLENGKAPAN KANTOR", F("sans-b", 12),
             "c")], lead=1.3, gap=mm(3))
    footer_y = p.B - mm(6)
    nxt = p.table(p.L, widths, rows, (ft, ftb), aligns, ruled=True, pad=(mm(1.2), 8),
                  max_y=footer_y - mm(6))
    p.y = footer_y
    p.line([(p.R, "Halaman 1 dari 2", F("sans", 8.5), "r")])
    p.check_fit()
    pages.append(p)
    assert nxt < len(rows) - 5, "table should continue on page 2"
    p = Page("ssh_p2", "ssh", margins=(20, 15, 15, 15))
    end = p.table(p.L, widths, rows, (ft, ftb), aligns, ruled=True, pad=(mm(1.2), 8), start=nxt)
    assert end == len(rows)
    p.y += mm(6)
    p.block("Harga sebagaimana tercantum di atas merupakan harga tertinggi, belum termasuk Pajak "
            "Pertambahan Nilai (PPN), dan berlaku untuk seluruh wilayah Kota Samarinda.", fr,
            justify=True, lead=1.35, gap=mm(6))
    p.signature(p.L + mm(105), ["WALI KOTA SAMARINDA,"], "H. RAHMAT HIDAYAT", [], fr, fb,
                blank_mm=22, underline=False)
    p.y = max(p.y, p.B - mm(6))
    p.line([(p.R, "Halaman 2 dari 2", F("sans", 8.5), "r")])
    p.check_fit()
    p.stamp_at = None
    pages.append(p)
    pages[0].stamp_at = (pages[0].L + mm(125), pages[0].T + mm(150))
    return pages


def doc_newsletter():
    p = Page("newsletter", "newsletter", margins=(18, 15, 18, 15))
    p.line([((p.L + p.R) / 2, "WARTA PRAJA", F("dsans-b", 30), "c")], lead=1.15)
    p.line([((p.L + p.R) / 2, "Buletin Informasi Pemerintah Kota Samarinda", F("dserif-i", 12),
             "c")], lead=1.4)
    fsm = F("dsans", 9)
    p.hline(p.L, p.R, p.y, 6)
    p.y += mm(2)
    p.line([(p.L, "Edisi 14 / Tahun V / Juli 2024", fsm, "l"),
            (p.R, "Diterbitkan oleh Dinas Komunikasi dan Informatika", fsm, "r")], lead=1.2)
    p.hline(p.L, p.R, p.y, 2)
    p.y += mm(5)
    fh, fbody, fcap = F("dsans-b", 13), F("dserif", 9.5), F("dserif-i", 8.5)
    articles = [
        ("Mal Pelayanan Publik Layani 1.250 Warga per Hari", [
            "SAMARINDA - Mal Pelayanan Publik (MPP) Kota Samarinda terus mencatat kenaikan jumlah "
            "pengunjung. Sepanjang semester pertama 2024, rata-rata 1.250 warga datang setiap hari "
            "untuk mengurus berbagai dokumen, mulai dari kartu identitas, perizinan usaha, hingga "
            "layanan pajak daerah.",
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, Rahmawati Saleh, "
            "mengatakan saat ini MPP menampung 28 instansi dengan 214 jenis layanan. Jumlah "
            "tersebut bertambah 6 instansi dibandingkan tahun lalu.",
            "\"Kami menargetkan waktu tunggu rata-rata di bawah 15 menit. Untuk itu, sistem antrean "
            "daring sudah kami hubungkan dengan aplikasi layanan kota,\" ujarnya, Senin (8/7/2024).",
            "Pemerintah kota juga menyiapkan anggaran Rp 3,8 miliar pada tahun 2025 untuk "
            "penambahan gerai serta perbaikan ruang tunggu yang ramah disabilitas."],
         ("img", "Petugas melayani warga di Mal Pelayanan Publik Kota Samarinda.")),
        ("Dana Kelurahan Berdaya Tahap II Disalurkan ke 59 Kelurahan", [
            "SAMARINDA - Pemerintah Kota Samarinda menyalurkan dana Program Kelurahan Berdaya "
            "tahap II kepada 59 kelurahan. Setiap kelurahan menerima alokasi Rp 1,2 miliar per "
            "tahun yang dikelola bersama Lembaga Pemberdayaan Masyarakat.",
            "Dana tersebut diprioritaskan untuk perbaikan drainase lingkungan, penerangan jalan, "
            "dan pemberdayaan ekonomi warga. Hingga akhir Juni, realisasi fisik kegiatan tercatat "
            "46,7 persen.",
            "Inspektorat Daerah mengingatkan agar setiap kelurahan menyusun laporan "
            "pertanggungjawaban tepat waktu. Laporan tahap I yang terlambat masih ditemukan di 4 "
            "kelurahan."], None),
        ("Pasar Murah Digelar di 10 Kecamatan", [
            "Menjelang Hari Raya Iduladha, Dinas Perdagangan menggelar pasar murah di 10 kecamatan "
            "mulai 10 hingga 14 Juni 2024. Sebanyak 12.000 paket sembako disediakan dengan harga "
            "Rp 85.000 per paket, lebih murah sekitar Rp 30.000 dari harga pasar.",
            "Setiap paket berisi 5 kilogram beras, 2 liter minyak goreng, 1 kilogram gula pasir, "
            "dan 10 butir telur. Warga cukup menunjukkan KTP Samarinda untuk membeli paling banyak "
            "dua paket."], None),
    ]
    gapc = mm(8)
    colw = (p.R - p.L - gapc) / 2
    xcols = [p.L, p.L + colw + gapc]
    top, bottom = p.y, p.B - mm(12)
    # build a flow of items: (kind, height, payload)
    items = []
    lead_b = round(fbody.size * 1.38)
    for head, paras, extra in articles:
        items.append(("space", mm(3), None))
        for ln in wrap(head, fh, colw):
            items.append(("head", round(fh.size * 1.25), ln))
        items.append(("space", mm(1.5), None))
        for para in paras:
            lines = wrap(para, fbody, colw - mm(4), colw)
            for k, ln in enumerate(lines):
                items.append(("body", lead_b, (ln, k == 0, k == len(lines) - 1)))
        if extra:
            items.append(("space", mm(2), None))
            items.append(("img", mm(48), None))
            for ln in wrap(extra[1], fcap, colw):
                items.append(("cap", round(fcap.size * 1.3), ln))
    col, y = 0, top
    for kind, h, pay in items:
        if y + h > bottom:
            col += 1
            assert col < 2, "newsletter overflow"
            y = top
        if kind == "space":
            if y > top:
                y += h
            continue
        x0 = xcols[col]
        if kind == "img":
            r = rng_for("newsletter-photo")
            ph = np.zeros((h, int(colw)), np.float32)
            yy, xx = np.mgrid[0:h, 0:int(colw)]
            for _ in range(14):
                cx, cy, rr = r.uniform(0, colw), r.uniform(0, h), r.uniform(30, 160)
                ph += r.uniform(-60, 60) * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * rr ** 2))
            ph = np.clip(150 + ph + 30 * (yy / h), 40, 230).astype(np.uint8)
            p.img.paste(Image.fromarray(ph), (int(x0), int(y)))
            p.graphic_bbox([x0, y, x0 + colw + 1, y + h + 1])
            y += h + mm(1.5)
            continue
        base = y + round(h * 0.7) if kind != "body" else y + round(fbody.size * 0.85)
        lid = p.new_line()
        if kind == "head":
            p.text(lid, x0, base, pay, fh)
        elif kind == "cap":
            p.text(lid, x0, base, pay, fcap)
        else:
            ln, first, last = pay
            xs = x0 + (mm(4) if first else 0)
            words = ln.split(" ")
            if last or len(words) == 1:
                p.text(lid, xs, base, ln, fbody)
            else:
                wsum = sum(fbody.getlength(w) for w in words)
                sp = (x0 + colw - xs - wsum) / (len(words) - 1)
                x = xs
                for w in words:
                    p.text(lid, x, base, w, fbody)
                    x += fbody.getlength(w) + sp
        y += h
    assert col == 1, "newsletter should use both columns"
    p.vline(round(p.L + colw + gapc / 2), top + mm(3), bottom - mm(3), 2)
    p.y = p.B - mm(8)
    p.hline(p.L, p.R, p.y, 2)
    p.y += mm(1.5)
    p.line([(p.L, "Redaksi: Jalan Kesuma Bangsa Nomor 2, Samarinda - Telepon (0541) 733512", fsm,
             "l"), (p.R, "2", fsm, "r")])
    p.stamp_at = (p.L + colw + mm(10), p.T + mm(150))
    p.check_fit()
    return [p]


def doc_sk():
    p = Page("sk", "sk", margins=(25, 12, 20, 12))
    f, fb = F("serif", 10.5), F("serif-b", 10.5)
    ls = mm(17)
    p.logo((p.L + p.R) / 2 - ls / 2, p.y, ls)
    p.y += ls + mm(3)
    c = (p.L + p.R) / 2
    for s, ff, g in [("KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", fb, 0),
                     ("KOTA SAMARINDA", fb, 0),
                     ("NOMOR 050/412/100.02/2024", fb, mm(2)),
                     ("TENTANG", fb, mm(2)),
                     ("PEMBENTUKAN TIM PENYUSUN RENCANA KERJA PEMERINTAH DAERAH", fb, 0),
                     ("KOTA SAMARINDA TAHUN 2025", fb, mm(2)),
                     ("KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA SAMARINDA,", fb, mm(3))]:
        p.line([(c, s, ff, "c")], lead=1.22, gap=g)
    xl, xc, xa, xt = p.L, p.L + mm(27), p.L + mm(30), p.L + mm(36)
    lead = 1.2

    def section(label, items, gap=mm(2)):
        for i, (a, t) in enumerate(items):
            labels = [(xa, a, f, "l")]
            if i == 0:
                labels = [(xl, label, f, "l"), (xc, ":", f, "l")] + labels
            p.block(t, f, x0=xt, labels=labels, justify=True, lead=lead, gap=mm(0.6))
        p.y += gap

    section("Menimbang", [
        ("a.", "bahwa dalam rangka penyusunan Rencana Kerja Pemerintah Daerah Kota Samarinda Tahun "
               "2025 yang berkualitas, terukur, dan selaras dengan Rencana Pembangunan Jangka "
               "Menengah Daerah, perlu dibentuk tim penyusun;"),
        ("b.", "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
               "menetapkan Keputusan Kepala Badan Perencanaan Pembangunan Daerah tentang "
               "Pembentukan Tim Penyusun Rencana Kerja Pemerintah Daerah Kota Samarinda Tahun "
               "2025;")])
    section("Mengingat", [
        ("1.", "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan "
               "Nasional;"),
        ("2.", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
               "beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;"),
        ("3.", "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;"),
        ("4.", "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara "
               "Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah;"),
        ("5.", "Peraturan Daerah Kota Samarinda Nomor 7 Tahun 2021 tentang Rencana Pembangunan "
               "Jangka Menengah Daerah Kota Samarinda Tahun 2021-2026;")])
    p.line([(c, "MEMUTUSKAN:", fb, "c")], lead=1.3, gap=mm(1))
    xd, xdc, xdt = p.L, p.L + mm(27), p.L + mm(30)
    dikta = [("Menetapkan", "KEPUTUSAN KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH TENTANG "
                            "PEMBENTUKAN TIM PENYUSUN RENCANA KERJA PEMERINTAH DAERAH KOTA "
                            "SAMARINDA TAHUN 2025."),
             ("KESATU", "Membentuk Tim Penyusun Rencana Kerja Pemerintah Daerah Kota Samarinda "
                        "Tahun 2025 dengan susunan keanggotaan sebagaimana tercantum dalam "
                        "Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
             ("KEDUA", "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas menyusun rancangan "
                       "awal, rancangan, dan rancangan akhir RKPD serta menyelenggarakan "
                       "Musyawarah Perencanaan Pembangunan tingkat kota paling lambat tanggal 30 "
                       "April 2024."),
             ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan "
                        "pada Dokumen Pelaksanaan Anggaran Badan Perencanaan Pembangunan Daerah "
                        "Kota Samarinda Tahun Anggaran 2024 sebesar Rp 87.500.000 (delapan puluh "
                        "tujuh juta lima ratus ribu rupiah)."),
             ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")]
    for k, t in dikta:
        p.block(t, f, x0=xdt, labels=[(xd, k, f, "l"), (xdc, ":", f, "l")], justify=True,
                lead=lead, gap=mm(1.2))
    p.y += mm(3)
    xs = p.L + mm(88)
    p.line([(xs, "Ditetapkan di Samarinda", f, "l")], lead=1.22)
    p.line([(xs, "pada tanggal 5 Februari 2024", f, "l")], lead=1.22)
    p.signature(xs, ["KEPALA BADAN PERENCANAAN", "PEMBANGUNAN DAERAH", "KOTA SAMARINDA,"],
                "Ir. SUPRIADI WIJAYA, M.T.",
                ["Pembina Utama Muda (IV/c)", "NIP 19690823 199503 1 004"], f, fb, blank_mm=16)
    p.check_fit()
    return [p]


def doc_rka():
    p = Page("rka", "rka", landscape=True, margins=(15, 12, 15, 12))
    f, fb = F("sans", 9), F("sans-b", 9)
    c = (p.L + p.R) / 2
    p.line([(c, "RENCANA KERJA DAN ANGGARAN", F("sans-b", 11), "c")], lead=1.25)
    p.line([(c, "SATUAN KERJA PERANGKAT DAERAH", F("sans-b", 11), "c")], lead=1.25)
    p.line([(p.L, "Formulir RKA-BELANJA SKPD", fb, "l"),
            (c, "Pemerintah Kota Samarinda Tahun Anggaran 2025", F("sans-b", 10), "c")],
           lead=1.5)
    xk, xc, xv = p.L, p.L + mm(38), p.L + mm(41)
    kv = [("Urusan Pemerintahan", "1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN "
                                  "DASAR"),
          ("Bidang Urusan", "1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN"),
          ("Program", "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN"),
          ("Kegiatan", "1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar"),
          ("Sub Kegiatan", "1.01.02.2.01.0020 Penyelenggaraan Asesmen dan Ujian bagi Peserta "
                           "Didik Sekolah Dasar"),
          ("Organisasi", "1.01.2.19.0.00.01.0000 Dinas Pendidikan dan Kebudayaan"),
          ("Lokasi", "Kota Samarinda"),
          ("Sumber Pendanaan", "Dana Alokasi Umum (DAU)"),
          ("Keluaran", "Jumlah peserta didik yang mengikuti asesmen, target 24.500 Orang")]
    for k, v in kv:
        p.block(v, f, x0=xv, labels=[(xk, k, f, "l"), (xc, ":", f, "l")], lead=1.25)
    p.y += mm(3)
    groups = [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", [
            ("Kertas HVS A4 80 gram", 120, "Rim", 62500),
            ("Tinta printer ink tank 70 ml, warna hitam", 48, "Botol", 95000),
            ("Map snelhecter plastik ukuran folio", 600, "Buah", 4500)]),
        ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", [
            ("Penggandaan naskah soal asesmen, kertas HVS 70 gram, cetak bolak-balik, dijilid dan "
             "disegel per paket sekolah", 24500, "Eksemplar", 7500),
            ("Cetak lembar jawaban komputer", 24500, "Lembar", 1250)]),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", [
            ("Nasi kotak rapat koordinasi pelaksanaan asesmen", 150, "Kotak", 45000),
            ("Kudapan rapat koordinasi", 150, "Kotak", 20000)]),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", [
            ("Honorarium pengawas asesmen tingkat sekolah", 180, "OK", 150000)]),
        ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", [
            ("Transport monitoring pelaksanaan asesmen ke sekolah", 64, "OH", 150000)]),
    ]
    rows = [["Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]]
    grand = sum(v * h for _, _, its in groups for _, v, _, h in its)
    rows.append(["5.1.02", "Belanja Barang dan Jasa", "", "", "", rp(grand)])
    bold = {1}
    for code, ur, its in groups:
        sub = sum(v * h for _, v, _, h in its)
        bold.add(len(rows))
        rows.append([code, ur, "", "", "", rp(sub)])
        for u, v, s, h in its:
            rows.append(["", u, num(v), s, rp(h), rp(v * h)])
    bold.add(len(rows))
    rows.append(["", "JUMLAH", "", "", "", rp(grand)])
    widths = [mm(42), mm(110), mm(22), mm(24), mm(32), mm(37)]
    end = p.table(p.L, widths, rows, (f, fb), ["l", "l", "r", "c", "r", "r"], ruled=True,
                  pad=(mm(1.2), 7), bold_rows=bold)
    assert end == len(rows)
    p.y += mm(5)
    xs = p.L + mm(185)
    p.line([(xs, "Samarinda, 14 Oktober 2024", f, "l")], lead=1.3)
    p.signature(xs, ["Kepala Dinas Pendidikan dan Kebudayaan", "Kota Samarinda,"],
                "Dra. Hj. Siti Maryam Lestari, M.Pd.",
                ["NIP 19700317 199403 2 005"], f, fb, blank_mm=14)
    p.check_fit()
    return [p]


# ----------------------------------------------------------------------------- degradations
DEGRADATIONS = ["clean_300dpi", "pdf_skew_2deg", "fax_200x100_1bit", "phone_photo",
                "stamp_signature", "dpi150", "jpeg_q25", "rotated_90", "rotated_180"]
EXT = {"clean_300dpi": "png", "pdf_skew_2deg": "pdf", "fax_200x100_1bit": "png",
       "phone_photo": "jpg", "stamp_signature": "png", "dpi150": "png", "jpeg_q25": "jpg",
       "rotated_90": "png", "rotated_180": "png"}


def deg_pdf(img, r, path, params):
    ang = 2.0 if r.random() < 0.5 else -2.0
    params["angle_deg_ccw"] = ang
    rot = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(rot).astype(np.float32)
    a = a * 0.97 + 4 + r.normal(0, 2.5, a.shape)  # slight paper tone + scanner noise
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(
        path, "PDF", resolution=DPI, title="scan",
        creationDate=time.gmtime(1710752400),
        modDate=time.gmtime(1710752400))  # fixed dates keep the file reproducible


def deg_fax(img, r, path, params):
    w, h = img.size
    sw, sh = round(w * 200 / DPI), round(h * 100 / DPI)
    small = np.asarray(img.resize((sw, sh), Image.BOX)).astype(np.float32)
    small += r.normal(0, 22, small.shape)
    bw = small > 145
    bw &= ~(r.random(bw.shape) < 0.0025)           # black specks
    bw |= (r.random(bw.shape) < 0.02) & ~bw & (r.random(bw.shape) < 0.5)  # dropouts in ink
    for _ in range(3):                              # a few streaks (dropped scan lines)
        yy = int(r.integers(0, sh))
        bw[yy, :] |= r.random(sw) < 0.7
    out = Image.fromarray((bw * 255).astype(np.uint8)).resize((sw, sh * 2), Image.NEAREST)
    out.convert("1").save(path, dpi=(200, 200), optimize=True)
    params.update(sampled_dpi="200x100", stored_dpi="200x200 (rows doubled)", threshold=145)


def bg_texture(r, W, H):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    base = np.array([112, 86, 62], np.float32) * r.uniform(0.85, 1.1)
    blot = cv2.GaussianBlur(r.normal(0, 1, (H // 8, W // 8)).astype(np.float32), (0, 0), 6)
    blot = cv2.resize(blot / (blot.std() + 1e-6), (W, H), interpolation=cv2.INTER_LINEAR)
    grain = 4 * np.sin(xx / r.uniform(5, 9) + 6 * np.sin(yy / 400.0)) + 10 * blot + \
        r.normal(0, 3, (H, W))
    return np.clip(base[None, None, :] + grain[..., None], 0, 255)


def deg_photo(img, r, path, params):
    w, h = img.size
    OW, OH = (3000, 2250) if w > h else (2250, 3000)
    s = 0.86 * min(OW / w, OH / h)
    sm = img.resize((round(w * s), round(h * s)), Image.LANCZOS).convert("RGB")
    sw, sh = sm.size
    cx, cy = OW / 2 + r.uniform(-40, 40), OH / 2 + r.uniform(-40, 40)
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    j = lambda: r.uniform(-0.025, 0.025) * min(sw, sh)
    top_shrink = r.uniform(0.03, 0.07) * sw  # camera tilted: top edge farther away
    dst = np.float32([[cx - sw / 2 + top_shrink + j(), cy - sh / 2 + j()],
                      [cx + sw / 2 - top_shrink + j(), cy - sh / 2 + j()],
                      [cx + sw / 2 + j(), cy + sh / 2 + j()],
                      [cx - sw / 2 + j(), cy + sh / 2 + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    paper = np.asarray(sm).astype(np.float32) * (np.array([250, 246, 236]) / 255.0)
    warped = cv2.warpPerspective(paper, M, (OW, OH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (OW, OH), flags=cv2.INTER_LINEAR)
    bg = bg_texture(r, OW, OH)
    comp = warped * mask[..., None] + bg * (1 - mask[..., None])
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    ang = r.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * (xx / OW - 0.5) + np.sin(ang) * (yy / OH - 0.5))
    light = 0.93 + 0.32 * grad
    bx, by = r.uniform(0.2, 0.8) * OW, r.uniform(0.2, 0.8) * OH
    light -= 0.16 * np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / (2 * (0.25 * OW) ** 2))  # shadow
    light *= 1 - 0.25 * (((xx / OW - 0.5) ** 2 + (yy / OH - 0.5) ** 2) * 2)  # vignette
    comp *= light[..., None]
    comp *= np.array([1.0, 0.985, 0.94])[None, None, :]  # warm indoor light
    sigma = r.uniform(1.1, 1.5)
    comp = cv2.GaussianBlur(comp, (0, 0), sigma)
    comp += r.normal(0, 3.5, comp.shape)
    Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8)).save(path, quality=87)
    params.update(blur_sigma=round(float(sigma), 2), corners=np.round(dst).astype(int).tolist(),
                  out_size=[OW, OH])


def stamp_layer(r, radius, top_text, bottom_text):
    size = 2 * radius + 40
    lay = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(lay)
    c = size / 2
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=9)
    ri = radius - 78
    d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=4)
    def arc_text(txt, start, end, rad, outward=True):
        spacing = rad * abs(end - start) / len(txt)
        f = ImageFont.truetype(FONTS["dsans-b"], int(min(36, spacing * 1.3)))
        n = len(txt)
        for i, ch in enumerate(txt):
            a = start + (end - start) * (i + 0.5) / n
            g = Image.new("L", (60, 60), 0)
            ImageDraw.Draw(g).text((30, 30), ch, font=f, fill=255, anchor="mm")
            rot = -math.degrees(a) - 90 if outward else -math.degrees(a) + 90
            g = g.rotate(rot, resample=Image.BICUBIC)
            px, py = c + rad * math.cos(a), c + rad * math.sin(a)
            lay.paste(255, (int(px - 30), int(py - 30)), g)

    arc_text(top_text, math.radians(-200), math.radians(20), radius - 40, True)
    arc_text(bottom_text, math.radians(145), math.radians(35), radius - 40, False)
    st = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 70 if k % 2 == 0 else 28
        st.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(st, fill=255)
    a = np.asarray(lay).astype(np.float32) / 255.0
    tex = cv2.GaussianBlur(r.random(a.shape).astype(np.float32), (0, 0), 2.0)
    tex = np.clip((tex - tex.mean()) * 6 + 0.85, 0.25, 1.0)
    a = cv2.GaussianBlur(a, (0, 0), 1.2) * tex * 0.85
    return Image.fromarray((a * 255).astype(np.uint8))


def signature_layer(r, w, h):
    lay = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lay)
    pts = []
    x = w * 0.08
    for k in range(7):
        pts.append((x, h * r.uniform(0.25, 0.8)))
        x += w * r.uniform(0.08, 0.16)
    # smooth with Catmull-Rom
    curve = []
    P = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(P) - 2):
        for t in np.linspace(0, 1, 20):
            t2, t3 = t * t, t * t * t
            cxy = [0.5 * ((2 * P[i][q]) + (-P[i - 1][q] + P[i + 1][q]) * t +
                          (2 * P[i - 1][q] - 5 * P[i][q] + 4 * P[i + 1][q] - P[i + 2][q]) * t2 +
                          (-P[i - 1][q] + 3 * P[i][q] - 3 * P[i + 1][q] + P[i + 2][q]) * t3)
                   for q in range(2)]
            curve.append(tuple(cxy))
    d.line(curve, fill=255, width=6, joint="curve")
    loop = [(pts[1][0] + 60 * math.cos(t), pts[1][1] + 45 * math.sin(t)) for t in np.linspace(0, 6.2, 40)]
    d.line(loop, fill=255, width=5)
    d.line([(w * 0.1, h * 0.85), (x, h * 0.7)], fill=255, width=4)
    return lay


def deg_stamp(img, r, path, params, page):
    rgb = np.asarray(img.convert("RGB")).astype(np.float32)
    color = np.array([38, 62, 170], np.float32) if r.random() < 0.5 else \
        np.array([190, 35, 45], np.float32)
    params["stamp_color"] = "blue" if color[0] < 100 else "red"
    radius = mm(19)
    top, bottom = {"nota_dinas": ("DINAS KESEHATAN", "KOTA SAMARINDA"),
                   "bast": ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "KOTA SAMARINDA"),
                   "sk": ("BAPPEDA", "KOTA SAMARINDA"),
                   "rka": ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "KOTA SAMARINDA"),
                   "ssh": ("WALI KOTA", "SAMARINDA"),
                   "lkjip": ("DINAS LINGKUNGAN HIDUP", "KOTA SAMARINDA"),
                   "newsletter": ("DISKOMINFO", "KOTA SAMARINDA")}[page.text_type]

    def blend(layer, x, y, col):
        a = np.asarray(layer).astype(np.float32) / 255.0
        H, W = a.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(rgb.shape[1], x + W), min(rgb.shape[0], y + H)
        a = a[y0 - y:y1 - y, x0 - x:x1 - x][..., None]
        reg = rgb[y0:y1, x0:x1]
        rgb[y0:y1, x0:x1] = reg * (1 - a + a * col[None, None, :] / 255.0)

    if page.sig is not None:
        x0, y0, x1, y1 = page.sig
        sw, sh = int(x1 - x0), int(y1 - y0 + mm(8))
        sig = signature_layer(r, sw, sh)
        blend(sig, int(x0 + mm(8)), int(y0 - mm(2)), np.array([20, 28, 90], np.float32))
        cx, cy = x0 - mm(2), (y0 + y1) / 2
        params["signature"] = True
    else:
        cx, cy = page.stamp_at
        params["signature"] = False
    st = stamp_layer(r, radius, top, bottom)
    ang = float(r.uniform(-25, 25))
    st = st.rotate(ang, resample=Image.BICUBIC)
    blend(st, int(cx - st.size[0] / 2), int(cy - st.size[1] / 2), color)
    params["stamp_center"] = [int(cx), int(cy)]
    Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).save(path, dpi=(DPI, DPI),
                                                                  optimize=True)


def degrade(page, deg, path):
    img = page.img
    r = rng_for(page.name, deg)
    params = {}
    if deg == "clean_300dpi":
        img.save(path, dpi=(DPI, DPI), optimize=True)
    elif deg == "pdf_skew_2deg":
        deg_pdf(img, r, path, params)
    elif deg == "fax_200x100_1bit":
        deg_fax(img, r, path, params)
    elif deg == "phone_photo":
        deg_photo(img, r, path, params)
    elif deg == "stamp_signature":
        deg_stamp(img, r, path, params, page)
    elif deg == "dpi150":
        w, h = img.size
        img.resize((w // 2, h // 2), Image.LANCZOS).save(path, dpi=(150, 150), optimize=True)
    elif deg == "jpeg_q25":
        img.save(path, quality=25, dpi=(DPI, DPI))
    elif deg == "rotated_90":
        cw = zlib.crc32(page.text_type.encode()) % 2 == 0
        params["direction"] = "clockwise" if cw else "counter-clockwise"
        img.transpose(Image.ROTATE_270 if cw else Image.ROTATE_90).save(path, dpi=(DPI, DPI),
                                                                       optimize=True)
    elif deg == "rotated_180":
        img.transpose(Image.ROTATE_180).save(path, dpi=(DPI, DPI), optimize=True)
    return params


def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    os.makedirs(os.path.join(BUILD, "clean"), exist_ok=True)
    os.makedirs(os.path.join(BUILD, "ops"), exist_ok=True)
    pages = []
    for fn in [doc_nota_dinas, doc_bast, doc_lkjip, doc_ssh, doc_newsletter, doc_sk, doc_rka]:
        pages += fn()
    manifest, allparams = [], {}
    for p in pages:
        truth_rel = f"truth/{p.name}.txt"
        with open(os.path.join(HERE, truth_rel), "w", encoding="utf-8") as fh:
            fh.write("\n".join(" ".join(segs) for segs in p.lines) + "\n")
        tables_rel = None
        if p.tables:
            tables_rel = f"truth/{p.name}.tables.json"
            with open(os.path.join(HERE, tables_rel), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        p.img.save(os.path.join(BUILD, "clean", p.name + ".png"))
        with open(os.path.join(BUILD, "ops", p.name + ".json"), "w") as fh:
            json.dump(dict(name=p.name, W=p.W, H=p.H, ops=p.ops, lines=p.lines,
                           tables=p.tables), fh)
        os.makedirs(os.path.join(HERE, "pages", p.text_type), exist_ok=True)
        for deg in DEGRADATIONS:
            rel = f"pages/{p.text_type}/{p.name}__{deg}.{EXT[deg]}"
            allparams[rel] = degrade(p, deg, os.path.join(HERE, rel))
            e = {"file": rel, "text_type": p.text_type, "degradation": deg, "truth": truth_rel}
            if tables_rel:
                e["tables"] = tables_rel
            manifest.append(e)
        print(p.name, "lines", len(p.lines), "tables", [len(t) for t in p.tables], flush=True)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "degradation_params.json"), "w", encoding="utf-8") as fh:
        json.dump(allparams, fh, ensure_ascii=False, indent=1)
    print("files", len(manifest))


if __name__ == "__main__":
    main()
