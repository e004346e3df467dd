#!/usr/bin/env python3
"""Generate the ocr3 blind set: 7 invented Samarinda government pages x 9 degradations.

Deterministic (fixed seeds). Run from the scratch venv:
    /work/scratch/ocr3/bin/python generate.py
Pages are drawn directly with Pillow at 300 dpi; every printed line is recorded as it is
drawn, so truth/<type>.txt and truth/<type>.tables.json are exactly what was printed.
"""
import json, math, os, io
from decimal import Decimal, ROUND_HALF_UP
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

OUT = os.path.dirname(os.path.abspath(__file__))
W, H = 2480, 3508          # A4 at 300 dpi
PT = 300 / 72
FD = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
    "serif": "DejaVuSerif.ttf", "serifb": "DejaVuSerif-Bold.ttf", "serifi": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifcb": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sansb": "DejaVuSans-Bold.ttf", "sansi": "DejaVuSans-Oblique.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sanscb": "DejaVuSansCondensed-Bold.ttf",
}
_fc = {}
STRICT = True
import time
FIXED_DATE = time.strptime("2026-12-03", "%Y-%m-%d")   # fixed PDF metadata for byte-identical output


def F(name, pt):
    k = (name, pt)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONT_FILES[name], round(pt * PT))
    return _fc[k]


def lh_of(font, f=1.32):
    return round(font.size * f)


def rupiah(n):
    return f"{n:,}".replace(",", ".")


def dec2(x):
    """Indonesian 2-decimal string, half-up."""
    d = Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    s = f"{d:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas"]


def terbilang(n):
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
    if n < 10**6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10**9:
        return (terbilang(n // 10**6) + " juta " + terbilang(n % 10**6)).strip()
    return (terbilang(n // 10**9) + " miliar " + terbilang(n % 10**9)).strip()


def wrap(text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if font.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    for l in lines:
        assert font.getlength(l) <= width + 1, ("overflow", l, width)
    return lines


class Page:
    def __init__(self, name, margin_l=260, margin_r=220, top=200):
        self.name = name
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.y = top
        self.L = margin_l
        self.R = W - margin_r
        self.sig = []   # (x, y) anchors of signature areas, for the stamp degradation
        self.bottom = H - 170
        self.lhf = 1.32

    # ---- primitives -------------------------------------------------------------
    def draw_text(self, x, base, text, font, align="l", fill=0):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((x, base), text, font=font, fill=fill, anchor=anchor)

    def line(self, parts, font=None, lh=None, record=True, underline=False):
        """parts: list of (x, text, font_or_None, align). Records one truth line."""
        fonts = [p[2] or font for p in parts]
        size = max(f.size for f in fonts)
        lh = lh or round(max(f.size for f in fonts) * self.lhf)
        base = self.y + round(size * 0.98)
        spans = []
        for (x, t, _, al), f in zip(parts, fonts):
            if not t:
                continue
            self.draw_text(x, base, t, f, al)
            w = f.getlength(t)
            x0 = x if al == "l" else (x - w if al == "r" else x - w / 2)
            spans.append((x0, t))
            assert 80 <= x0 and x0 + w <= W - 80, (self.name, "text off page", t)
            if underline:
                self.d.line([(x0, base + 8), (x0 + w, base + 8)], fill=0, width=3)
        if record and spans:
            self.lines.append(" ".join(t for _, t in sorted(spans)))
        self.y += lh
        assert not STRICT or self.y <= self.bottom + 40, (self.name, "page overflow", self.y)

    def text(self, t, font, x=None, align="l", lh=None, underline=False):
        if x is None:
            x = {"l": self.L, "c": (self.L + self.R) // 2, "r": self.R}[align]
        self.line([(x, t, font, align)], lh=lh, underline=underline)

    def gap(self, px):
        self.y += px

    def hrule(self, x0=None, x1=None, w=3, dy=0):
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        self.d.line([(x0, self.y + dy), (x1, self.y + dy)], fill=0, width=w)

    def para(self, text, font, x0=None, x1=None, align="justify", lh=None, label=None,
             label_x=None, indent=0):
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        lh = lh or round(font.size * self.lhf)
        first_w = x1 - x0 - indent
        lines = wrap(text, font, first_w)
        # re-wrap rest at full width
        if indent and len(lines) > 1:
            rest = " ".join(text.split(" ")[len(lines[0].split(" ")):])
            lines = [lines[0]] + wrap(rest, font, x1 - x0)
        for i, ln in enumerate(lines):
            xs = x0 + (indent if i == 0 else 0)
            parts = []
            if label and i == 0:
                parts.append((label_x, label, font, "l"))
            last = i == len(lines) - 1
            if align == "justify" and not last and " " in ln:
                self._justify(xs, x1, ln, font, lh, parts)
                continue
            if align == "center":
                parts.append(((x0 + x1) // 2, ln, font, "c"))
            elif align == "right":
                parts.append((x1, ln, font, "r"))
            else:
                parts.append((xs, ln, font, "l"))
            self.line(parts, lh=lh)

    def _justify(self, xs, x1, ln, font, lh, extra_parts):
        words = ln.split(" ")
        tw = sum(font.getlength(w) for w in words)
        gapw = (x1 - xs - tw) / (len(words) - 1)
        base = self.y + round(font.size * 0.98)
        x = xs
        for w in words:
            self.draw_text(round(x), base, w, font)
            x += font.getlength(w) + gapw
        for (lx, lt, lf, la) in extra_parts:
            self.draw_text(lx, base, lt, lf, la)
        pre = " ".join(p[1] for p in extra_parts)
        self.lines.append((pre + " " + ln) if pre else ln)
        self.y += lh
        assert not STRICT or self.y <= self.bottom + 40, (self.name, "page overflow")

    def kv(self, label, value, font, xl, xc, xv, x1=None, lh=None):
        x1 = self.R if x1 is None else x1
        lh = lh or round(font.size * self.lhf)
        vl = wrap(value, font, x1 - xv)
        for i, v in enumerate(vl):
            if i == 0:
                self.line([(xl, label, font, "l"), (xc, ":", font, "l"), (xv, v, font, "l")], lh=lh)
            else:
                self.line([(xv, v, font, "l")], lh=lh)

    def sig2(self, left, right, xl, xr, font, fontb, space_after=None, lh=None):
        """Two signature blocks side by side, centred on xl and xr. Items: (text, bold, underline)
        or None meaning the blank signing space. Same-baseline texts form one truth line."""
        lh = lh or round(font.size * self.lhf)
        n = max(len(left), len(right))
        left = left + [("", False, False)] * (n - len(left))
        right = right + [("", False, False)] * (n - len(right))
        for a, b in zip(left, right):
            if a is None or b is None:
                self.sig.append((xl, self.y))
                self.sig.append((xr, self.y))
                self.y += space_after or 230
                continue
            parts = []
            for (t, bold, ul), x in ((a, xl), (b, xr)):
                if t:
                    parts.append((x, t, fontb if bold else font, "c"))
            base = self.y + round(font.size * 0.98)
            for (t, bold, ul), x in ((a, xl), (b, xr)):
                if t and ul:
                    f = fontb if bold else font
                    w = f.getlength(t)
                    self.d.line([(x - w / 2, base + 8), (x + w / 2, base + 8)], fill=0, width=3)
            self.line(parts, lh=lh)

    def sig1(self, items, xc, font, fontb, space=230, lh=None):
        lh = lh or round(font.size * self.lhf)
        for it in items:
            if it is None:
                self.sig.append((xc, self.y))
                self.y += space
                continue
            t, bold, ul = it
            self.text(t, fontb if bold else font, x=xc, align="c", lh=lh, underline=ul)

    def table(self, rows, x0, widths, font, hfont, aligns, style="grid", pad=12, lhf=1.22,
              bold_rows=(), record_name=True, indents=None):
        lh = round(font.size * lhf)
        tx = [x0]
        for w in widths:
            tx.append(tx[-1] + w)
        top = self.y
        rec = []
        ys = [self.y]
        for ri, row in enumerate(rows):
            f = hfont if (ri == 0 or ri in bold_rows) else font
            cells = []
            for ci, (c, w) in enumerate(zip(row, widths)):
                ind = (indents[ri][ci] if indents else 0)
                cells.append(wrap(c, f, w - 2 * pad - ind) if c else [])
                assert " ".join(cells[-1]) == c, (c, cells[-1])
            n = max(1, max(len(c) for c in cells))
            rh = n * lh + 2 * pad
            if ri == 0:
                rh += 6
            for ci, cl in enumerate(cells):
                ind = (indents[ri][ci] if indents else 0)
                al = "c" if ri == 0 else aligns[ci]
                voff = ((n - len(cl)) * lh) // 2 if ri == 0 else 0
                for li, t in enumerate(cl):
                    base = self.y + pad + voff + li * lh + round(f.size * 0.92)
                    x = {"l": tx[ci] + pad + ind, "r": tx[ci + 1] - pad,
                         "c": (tx[ci] + tx[ci + 1]) // 2}[al]
                    self.draw_text(x, base, t, f, al)
            self.lines.append(" ".join(" ".join(c) for c in cells if c))
            rec.append([" ".join(c) for c in cells])
            self.y += rh
            ys.append(self.y)
            assert not STRICT or self.y <= self.bottom, (self.name, "table overflow", ri)
        x1 = tx[-1]
        if style == "grid":
            for y in ys:
                self.d.line([(x0, y), (x1, y)], fill=0, width=2)
            for x in tx:
                self.d.line([(x, top), (x, ys[-1])], fill=0, width=2)
            self.d.line([(x0, ys[1] - 2), (x1, ys[1] - 2)], fill=0, width=2)
        elif style == "hrules":
            self.d.line([(x0, top), (x1, top)], fill=0, width=5)
            self.d.line([(x0, ys[1]), (x1, ys[1])], fill=0, width=2)
            self.d.line([(x0, ys[-1]), (x1, ys[-1])], fill=0, width=5)
            for y in ys[2:-1]:
                for xx in range(x0, x1, 14):   # light dotted row separators
                    self.d.line([(xx, y), (xx + 5, y)], fill=150, width=1)
        elif style == "open":
            self.d.line([(x0, top), (x1, top)], fill=0, width=2)
            self.d.line([(x0, ys[1]), (x1, ys[1])], fill=0, width=2)
            self.d.line([(x0, ys[-1]), (x1, ys[-1])], fill=0, width=2)
        self.tables.append(rec)
        return rec

    def kop(self, opd_lines, addr_lines, serif=True):
        b = "serifb" if serif else "sansb"
        r = "serif" if serif else "sans"
        # simple emblem: shield outline with a star (no text)
        cx, cy = self.L + 120, self.y + 165
        self.d.polygon([(cx - 95, cy - 130), (cx + 95, cy - 130), (cx + 95, cy + 20), (cx, cy + 140),
                        (cx - 95, cy + 20)], outline=0, width=6)
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = 55 if k % 2 == 0 else 22
            pts.append((cx + rr * math.cos(a), cy - 30 + rr * math.sin(a)))
        self.d.polygon(pts, fill=90)
        xc = (self.L + 250 + self.R) // 2
        self.text("PEMERINTAH KOTA SAMARINDA", F(b, 14), x=xc, align="c")
        for t in opd_lines:
            self.text(t, F(b, 16), x=xc, align="c", lh=round(F(b, 16).size * 1.25))
        for t in addr_lines:
            self.text(t, F(r, 9), x=xc, align="c")
        self.gap(10)
        self.hrule(w=8)
        self.hrule(w=2, dy=14)
        self.gap(50)


# =====================================================================================
# 1. Surat undangan (serif 11 pt)
# =====================================================================================
def page_undangan():
    p = Page("undangan")
    p.kop(["SEKRETARIAT DAERAH"],
          ["Jalan Kesuma Bangsa Nomor 1, Samarinda, Kalimantan Timur 75121",
           "Telepon (0541) 741208, Faksimile (0541) 741209, Laman setda.samarindakota.go.id"])
    f, fb = F("serif", 11), F("serifb", 11)
    p.text("Samarinda, 14 November 2025", f, x=1560)
    p.gap(20)
    xl, xc, xv = p.L, p.L + 270, p.L + 310
    p.kv("Nomor", "005/1127/Bag.Umum/XI/2025", f, xl, xc, xv, 1450)
    p.kv("Sifat", "Penting", f, xl, xc, xv, 1450)
    p.kv("Lampiran", "1 (satu) berkas", f, xl, xc, xv, 1450)
    p.kv("Perihal", "Undangan Rapat Koordinasi Persiapan Peringatan Hari Jadi Kota Samarinda ke-358",
         f, xl, xc, xv, 1450)
    p.gap(40)
    for t in ["Kepada", "Yth. Para Kepala Perangkat Daerah", "di Lingkungan Pemerintah Kota Samarinda",
              "di -"]:
        p.text(t, f, x=1380)
    p.text("SAMARINDA", fb, x=1480, underline=True)
    p.gap(35)
    body = p.L + 310
    p.para("Dalam rangka persiapan pelaksanaan Peringatan Hari Jadi Kota Samarinda ke-358 "
           "yang akan diselenggarakan pada tanggal 21 Januari 2026, dengan ini kami mengundang "
           "Bapak/Ibu untuk menghadiri rapat koordinasi yang akan dilaksanakan pada:", f, x0=body, indent=100)
    p.gap(20)
    kl, kc, kv_ = body + 60, body + 420, body + 460
    p.kv("Hari/Tanggal", "Kamis, 20 November 2025", f, kl, kc, kv_)
    p.kv("Waktu", "Pukul 09.00 WITA s.d. selesai", f, kl, kc, kv_)
    p.kv("Tempat", "Ruang Rapat Mangkupalas, Lantai 2 Balai Kota Samarinda", f, kl, kc, kv_)
    p.kv("Agenda", "Pembahasan susunan panitia, rencana kegiatan, dan kebutuhan anggaran "
         "masing-masing perangkat daerah", f, kl, kc, kv_)
    p.kv("Pakaian", "Pakaian Dinas Harian (PDH)", f, kl, kc, kv_)
    p.gap(20)
    p.para("Mengingat pentingnya acara dimaksud, kehadiran Bapak/Ibu tidak dapat diwakilkan. "
           "Bahan paparan rencana kegiatan agar disampaikan paling lambat tanggal 19 November 2025 "
           "melalui pos-el umum.setda@samarindakota.go.id sesuai format terlampir.", f, x0=body, indent=100)
    p.para("Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.", f,
           x0=body, indent=100)
    p.gap(30)
    xc2 = 1780
    p.sig1([("a.n. SEKRETARIS DAERAH KOTA SAMARINDA", False, False),
            ("Asisten Administrasi Umum,", False, False), None,
            ("Drs. H. MUHAMMAD RIDHANI, M.Si", True, True),
            ("Pembina Utama Muda (IV/c)", False, False),
            ("NIP 19690312 199403 1 007", False, False)], xc2, f, fb, space=190)
    p.gap(20)
    fs = F("serif", 10)
    p.text("Tembusan:", fs, underline=True)
    for t in ["1. Wali Kota Samarinda (sebagai laporan);", "2. Wakil Wali Kota Samarinda;",
              "3. Sekretaris Daerah Kota Samarinda;", "4. Arsip."]:
        p.text(t, fs)
    return p


# =====================================================================================
# 2. Berita Acara Serah Terima barang (sans 10 pt, grid table 9 pt condensed)
# =====================================================================================
BAST_ITEMS = [
    ("1.3.2.10.01.02.001", "Laptop Core i5 Gen 13, RAM 16 GB, SSD 512 GB, Layar 14 inci", 4, "Unit", 12450000),
    ("1.3.2.10.02.03.004", "Printer Ink Tank A4 Print/Scan/Copy, Wi-Fi", 2, "Unit", 3275000),
    ("1.3.2.05.02.06.002", "Proyektor LCD 3.600 Lumen, WXGA, HDMI", 3, "Unit", 6890000),
    ("1.3.2.05.02.06.011", "Layar Proyektor Tripod 70 x 70 inci", 3, "Buah", 985000),
    ("1.3.2.05.01.04.002", "Lemari Arsip Besi 4 Pintu Geser", 2, "Buah", 4150000),
    ("1.3.2.05.01.05.010", "Meja Guru Kayu Olahan 120 x 60 x 75 cm", 6, "Buah", 1875000),
    ("1.3.2.05.01.05.012", "Kursi Guru Rangka Besi Dudukan Busa", 6, "Buah", 465000),
    ("1.3.2.05.01.05.021", "Meja Siswa Tunggal Rangka Besi", 40, "Buah", 735000),
    ("1.3.2.05.01.05.022", "Kursi Siswa Rangka Besi Dudukan Kayu", 40, "Buah", 395000),
    ("1.3.2.05.02.01.003", "Papan Tulis Whiteboard Magnetik 240 x 120 cm", 4, "Buah", 1640000),
    ("1.3.2.05.02.04.001", "AC Split 1 PK Standar, termasuk pemasangan", 2, "Unit", 5380000),
    ("1.3.2.05.02.06.030", "Sound System Portabel 15 inci, 2 Mic Wireless", 1, "Set", 4725000),
    ("1.3.2.05.01.03.007", "Rak Buku Perpustakaan Besi 5 Susun Double Face", 5, "Buah", 2310000),
    ("1.3.2.10.01.02.008", "Tablet 10,1 inci RAM 4 GB/64 GB untuk Asesmen", 10, "Unit", 3150000),
    ("1.3.2.05.01.05.030", "Loker Siswa Besi 12 Pintu", 2, "Unit", 3960000),
]


def page_bast():
    p = Page("bast", top=180)
    p.kop(["DINAS PENDIDIKAN DAN KEBUDAYAAN"],
          ["Jalan Biola Nomor 1, Kelurahan Dadi Mulya, Samarinda 75123",
           "Telepon (0541) 742715, Pos-el disdikbud@samarindakota.go.id"], serif=False)
    f, fb = F("sans", 10), F("sansb", 10)
    p.text("BERITA ACARA SERAH TERIMA BARANG", F("sansb", 12), align="c", underline=True)
    p.text("Nomor: 027/BAST-0914/Disdikbud.Sarpras/VIII/2025", f, align="c")
    p.gap(25)
    p.para("Pada hari ini Senin tanggal delapan belas bulan Agustus tahun dua ribu dua puluh lima "
           "(18-08-2025), kami yang bertanda tangan di bawah ini:", f)
    xl, xn, xc, xv = p.L, p.L + 50, p.L + 330, p.L + 370
    p.line([(xl, "1.", f, "l"), (xn, "Nama", f, "l"), (xc, ":", f, "l"), (xv, "Ir. RAHMAWATI SUSANTO, M.T.", fb, "l")])
    p.kv("Jabatan", "Pejabat Pembuat Komitmen Bidang Sarana dan Prasarana Dinas Pendidikan dan Kebudayaan Kota Samarinda",
         f, xn, xc, xv)
    p.para("selanjutnya disebut PIHAK PERTAMA.", f, x0=xn)
    p.line([(xl, "2.", f, "l"), (xn, "Nama", f, "l"), (xc, ":", f, "l"), (xv, "SITI NURJANAH, S.Pd., M.Pd.", fb, "l")])
    p.kv("Jabatan", "Kepala SD Negeri 004 Sungai Pinang", f, xn, xc, xv)
    p.para("selanjutnya disebut PIHAK KEDUA.", f, x0=xn)
    p.gap(10)
    p.para("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah menerima "
           "dari PIHAK PERTAMA barang hasil pengadaan Tahun Anggaran 2025 dalam keadaan baik dan "
           "lengkap dengan rincian sebagai berikut:", f)
    p.gap(15)
    rows = [["No", "Kode Barang", "Nama Barang / Spesifikasi", "Jml", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    total = 0
    for i, (k, n, q, s, h) in enumerate(BAST_ITEMS, 1):
        j = q * h
        total += j
        rows.append([str(i), k, n, str(q), s, rupiah(h), rupiah(j)])
    fc, fcb = F("sansc", 9), F("sanscb", 9)
    p.table(rows, p.L, [80, 350, 810, 100, 160, 250, 250], fc, fcb,
            ["c", "l", "l", "r", "c", "r", "r"], style="grid", pad=10)
    p.gap(15)
    p.para(f"Jumlah keseluruhan Rp{rupiah(total)} ({terbilang(total)} rupiah).", fb, align="left")
    p.para("Barang tersebut selanjutnya menjadi tanggung jawab PIHAK KEDUA untuk dicatat dalam Kartu "
           "Inventaris Ruangan dan dipergunakan sebagaimana mestinya. Demikian Berita Acara ini dibuat "
           "rangkap 3 (tiga) untuk dipergunakan seperlunya.", f)
    p.gap(30)
    xl2, xr2 = p.L + 420, p.R - 420
    p.sig2([("Yang Menerima,", False, False), ("PIHAK KEDUA", True, False), None,
            ("SITI NURJANAH, S.Pd., M.Pd.", True, True), ("NIP 19780605 200212 2 011", False, False)],
           [("Yang Menyerahkan,", False, False), ("PIHAK PERTAMA", True, False), None,
            ("Ir. RAHMAWATI SUSANTO, M.T.", True, True), ("NIP 19740921 200003 2 004", False, False)],
           xl2, xr2, f, fb, space_after=200)
    return p, total


# =====================================================================================
# 3. LKjIP indicator table (serif body, sans table, horizontal rules)
# =====================================================================================
LKJIP = [
    ("Angka Kematian Ibu (AKI)", "per 100.000 KH", "82,00", "74,35", True),
    ("Angka Kematian Bayi (AKB)", "per 1.000 KH", "6,50", "6,82", True),
    ("Prevalensi Stunting pada Balita", "%", "19,50", "17,80", True),
    ("Persentase Ibu Hamil Mendapatkan Pelayanan Antenatal Sesuai Standar", "%", "100,00", "97,64", False),
    ("Persentase Persalinan di Fasilitas Pelayanan Kesehatan", "%", "98,00", "99,12", False),
    ("Cakupan Imunisasi Dasar Lengkap (IDL)", "%", "95,00", "91,37", False),
    ("Persentase Balita Ditimbang di Posyandu (D/S)", "%", "85,00", "78,46", False),
    ("Case Notification Rate (CNR) Tuberkulosis", "per 100.000 penduduk", "280,00", "312,55", False),
    ("Angka Keberhasilan Pengobatan TBC (Success Rate)", "%", "90,00", "86,90", False),
    ("Persentase ODHIV Baru Mendapat Terapi ARV", "%", "80,00", "72,15", False),
    ("Incidence Rate Demam Berdarah Dengue (DBD)", "per 100.000 penduduk", "49,00", "38,72", True),
    ("Persentase Penderita Hipertensi Mendapat Pelayanan Sesuai Standar", "%", "100,00", "58,93", False),
    ("Persentase Penderita Diabetes Melitus Mendapat Pelayanan Sesuai Standar", "%", "100,00", "81,40", False),
    ("Persentase Puskesmas Terakreditasi Paripurna", "%", "60,00", "62,50", False),
    ("Rasio Dokter per 100.000 Penduduk", "rasio", "45,00", "41,26", False),
    ("Persentase Penduduk Terdaftar Program JKN", "%", "98,00", "98,74", False),
    ("Indeks Kepuasan Masyarakat (IKM) Pelayanan Puskesmas", "indeks", "82,00", "84,65", False),
    ("Persentase Kelurahan ODF (Open Defecation Free)", "%", "75,00", "46,15", False),
]


def pnum(s):
    return Decimal(s.replace(".", "").replace(",", "."))


def capaian(t, r, neg):
    t, r = pnum(t), pnum(r)
    c = (2 - r / t) * 100 if neg else r / t * 100
    return c.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def kategori(c):
    if c > 90:
        return "Sangat Tinggi"
    if c > 75:
        return "Tinggi"
    if c > 65:
        return "Sedang"
    if c > 50:
        return "Rendah"
    return "Sangat Rendah"


def page_lkjip():
    p = Page("lkjip", top=230)
    fs = F("serif", 11)
    fsb = F("serifb", 12)
    p.text("BAB III", fsb, align="c")
    p.text("AKUNTABILITAS KINERJA", fsb, align="c")
    p.gap(30)
    p.text("A. Capaian Kinerja Organisasi", F("serifb", 11))
    p.gap(10)
    p.para("Pengukuran kinerja Dinas Kesehatan Kota Samarinda Tahun 2024 dilakukan dengan "
           "membandingkan target dan realisasi Indikator Kinerja Utama (IKU) sebagaimana tertuang "
           "dalam Perjanjian Kinerja Tahun 2024. Hasil pengukuran disajikan pada Tabel 3.1 berikut.",
           fs, indent=90)
    p.gap(30)
    p.text("Tabel 3.1", F("sansb", 10), align="c")
    p.text("Capaian Indikator Kinerja Utama Dinas Kesehatan Kota Samarinda Tahun 2024", F("sansb", 10), align="c")
    p.gap(15)
    rows = [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"]]
    for i, (ind, sat, t, r, neg) in enumerate(LKJIP, 1):
        c = capaian(t, r, neg)
        rows.append([str(i), ind + (" *)" if neg else ""), sat, t, r, dec2(c), kategori(c)])
    fc, fcb = F("sans", 9), F("sansb", 9)
    p.table(rows, p.L, [80, 780, 300, 160, 210, 190, 280], fc, fcb,
            ["c", "l", "l", "r", "r", "r", "l"], style="hrules", pad=8, lhf=1.18)
    p.gap(12)
    fn = F("sansi", 9)
    p.para("*) Indikator bersifat negatif (semakin kecil semakin baik); capaian dihitung dengan rumus "
           "(2 - realisasi/target) x 100%.", fn, align="left")
    p.para("Kategori capaian: > 90% Sangat Tinggi; > 75% s.d. 90% Tinggi; > 65% s.d. 75% Sedang; "
           "> 50% s.d. 65% Rendah; 50% ke bawah Sangat Rendah.", fn, align="left")
    p.para("Sumber: Profil Kesehatan dan Laporan Program Bidang P2P, Kesmas dan Yankes, diolah.", fn, align="left")
    p.gap(30)
    p.para("Dari 18 indikator kinerja utama, sebagian besar indikator berada pada kategori sangat tinggi. "
           "Capaian terendah ada pada indikator persentase kelurahan ODF dengan realisasi 46,15% "
           "atau capaian 61,53%, sehingga perlu percepatan pemicuan STBM di kelurahan.",
           fs, indent=90)
    p.y = max(p.y + 20, H - 230)
    p.text("III-4", F("serif", 10), align="c")
    return p


# =====================================================================================
# 4. SSH price table (sans condensed, open table without vertical rules)
# =====================================================================================
SSH = [
    ("1.1.12.01.01.0001.0003", "Kertas HVS", "A4 70 gram, 1 rim isi 500 lembar", "Rim", 58500),
    ("1.1.12.01.01.0001.0004", "Kertas HVS", "A4 80 gram, 1 rim isi 500 lembar", "Rim", 67900),
    ("1.1.12.01.01.0001.0007", "Kertas HVS", "F4 80 gram, 1 rim isi 500 lembar", "Rim", 74200),
    ("1.1.12.01.01.0001.0012", "Kertas Buffalo", "A4 aneka warna, isi 100 lembar", "Pak", 42000),
    ("1.1.12.01.01.0002.0001", "Map Plastik Kancing", "Ukuran folio, bening", "Buah", 4500),
    ("1.1.12.01.01.0002.0004", "Map Snelhecter", "Plastik, ukuran folio", "Buah", 3800),
    ("1.1.12.01.01.0002.0009", "Ordner", "Ukuran folio, punggung 7 cm", "Buah", 34500),
    ("1.1.12.01.01.0002.0011", "Box File", "Plastik, ukuran folio", "Buah", 27000),
    ("1.1.12.01.01.0003.0002", "Pulpen Gel", "Ujung 0,5 mm, tinta hitam", "Buah", 6500),
    ("1.1.12.01.01.0003.0005", "Pulpen Ballpoint", "Standar, tinta biru, isi 12", "Lusin", 27600),
    ("1.1.12.01.01.0003.0008", "Pensil", "2B, batang kayu, isi 12", "Lusin", 38400),
    ("1.1.12.01.01.0003.0013", "Spidol Whiteboard", "Tinta hitam/biru/merah", "Buah", 11200),
    ("1.1.12.01.01.0003.0015", "Spidol Permanen", "Ujung besar, tinta hitam", "Buah", 13800),
    ("1.1.12.01.01.0003.0019", "Stabilo", "Highlighter, aneka warna", "Buah", 9700),
    ("1.1.12.01.01.0003.0021", "Penghapus Pensil", "Karet putih ukuran sedang", "Buah", 3200),
    ("1.1.12.01.01.0003.0024", "Correction Tape", "Panjang 6 m", "Buah", 9900),
    ("1.1.12.01.01.0004.0002", "Isi Staples", "No. 10, isi 1.000 butir", "Kotak", 3600),
    ("1.1.12.01.01.0004.0003", "Stapler", "Ukuran sedang, untuk isi No. 10", "Buah", 24500),
    ("1.1.12.01.01.0004.0010", "Gunting Kertas", "Ukuran sedang, 8 inci", "Buah", 18700),
    ("1.1.12.01.01.0004.0014", "Lem Kertas", "Cair, botol 50 ml", "Buah", 4800),
    ("1.1.12.01.01.0004.0017", "Lakban Bening", "Lebar 2 inci, panjang 90 yard", "Gulung", 14500),
    ("1.1.12.01.01.0005.0001", "Amplop Putih", "Kabinet 110 x 230 mm, isi 100", "Kotak", 32000),
    ("1.1.12.01.01.0005.0006", "Amplop Coklat", "Folio dengan tali, isi 50", "Pak", 61000),
    ("1.1.12.01.01.0004.0021", "Paper Clip", "No. 3, isi 100", "Kotak", 5400),
    ("1.1.12.01.01.0004.0023", "Binder Clip", "No. 260, isi 12", "Kotak", 21500),
    ("1.1.12.01.01.0006.0002", "Buku Agenda", "Folio, 100 lembar, sampul tebal", "Buah", 36000),
    ("1.1.12.01.01.0006.0005", "Buku Ekspedisi", "Ukuran kuarto, 100 lembar", "Buah", 17500),
    ("1.1.12.01.01.0007.0003", "Tinta Printer", "Botol 70 ml, warna hitam", "Botol", 98000),
    ("1.1.12.01.01.0007.0011", "Toner Printer Laser", "Kompatibel, hitam, kapasitas 1.500 halaman", "Buah", 465000),
    ("1.1.12.01.01.0008.0004", "Flashdisk", "USB 3.2, kapasitas 64 GB", "Buah", 118000),
    ("1.1.12.01.02.0001.0002", "Baterai Alkaline", "Ukuran AA, isi 2", "Pak", 19800),
    ("1.1.12.01.02.0001.0003", "Baterai Alkaline", "Ukuran AAA, isi 2", "Pak", 19500),
    ("1.1.12.01.02.0002.0006", "Lampu LED", "12 watt, fitting E27", "Buah", 42000),
    ("1.1.12.01.02.0002.0008", "Lampu LED", "18 watt, fitting E27", "Buah", 58500),
    ("1.1.12.01.02.0003.0001", "Stop Kontak", "4 lubang dengan kabel 3 m", "Buah", 87000),
    ("1.1.12.01.02.0003.0004", "Kabel Roll", "Panjang 10 m, 4 lubang, ber-SNI", "Buah", 165000),
    ("1.1.12.01.02.0003.0009", "Saklar Tunggal", "Inbow, ber-SNI", "Buah", 21000),
    ("1.1.12.01.02.0004.0002", "Kabel NYM", "2 x 1,5 mm, 1 roll isi 50 m", "Roll", 485000),
]


def page_ssh():
    p = Page("ssh", top=170, margin_l=220, margin_r=200)
    f9 = F("sans", 9)
    xr = 1430
    for t in ["LAMPIRAN II", "PERATURAN WALI KOTA SAMARINDA", "NOMOR 41 TAHUN 2025",
              "TENTANG", "STANDAR SATUAN HARGA BARANG DAN JASA", "TAHUN ANGGARAN 2026"]:
        p.text(t, f9, x=xr, lh=round(f9.size * 1.25))
    p.gap(40)
    p.text("STANDAR SATUAN HARGA (SSH) BARANG PAKAI HABIS", F("sansb", 11), align="c")
    p.text("Kelompok: Alat Tulis Kantor dan Alat Listrik", F("sans", 10), align="c")
    p.gap(25)
    rows = [["No", "Kode Barang", "Uraian Barang", "Spesifikasi", "Satuan", "Harga (Rp)"]]
    for i, (k, u, s, sat, h) in enumerate(SSH, 1):
        rows.append([str(i), k, u, s, sat, rupiah(h)])
    fc, fcb = F("sansc", 9), F("sanscb", 9)
    p.table(rows, p.L, [100, 460, 430, 690, 170, 210], fc, fcb,
            ["r", "l", "l", "l", "l", "r"], style="open", pad=6, lhf=1.15)
    p.gap(15)
    fi = F("sansi", 9)
    p.para("Keterangan: harga sudah termasuk Pajak Pertambahan Nilai (PPN) dan merupakan batas tertinggi.",
           fi, align="left")
    p.gap(40)
    p.sig1([("WALI KOTA SAMARINDA,", True, False), None, ("ttd.", False, False), ("H. SYAHRUL MUBARAK", True, False)],
           1900, F("sans", 10), F("sansb", 10), space=40)
    p.y = H - 200
    p.text("- 17 -", F("sans", 9), align="c")
    return p


# =====================================================================================
# 5. Two-column bulletin page
# =====================================================================================
BUL_LEFT = [
    ("p", "SAMARINDA - Pemerintah Kota Samarinda melalui Dinas Kesehatan mulai menerapkan aplikasi "
          "Posyandu Digital secara bertahap di 59 kelurahan sejak awal September 2025. Dengan aplikasi ini, kader "
          "posyandu tidak lagi mencatat hasil penimbangan balita di buku register, melainkan langsung "
          "memasukkannya melalui telepon genggam."),
    ("p", "Kepala Dinas Kesehatan Kota Samarinda menjelaskan bahwa data berat dan tinggi badan balita "
          "yang diinput kader akan langsung terhubung ke puskesmas. Petugas gizi dapat segera melihat "
          "balita yang berat badannya tidak naik dua kali berturut-turut tanpa menunggu laporan bulanan."),
    ("p", "\"Selama ini rekap dari posyandu baru sampai ke puskesmas pada minggu kedua bulan berikutnya. "
          "Sekarang bisa dipantau di hari yang sama,\" ujarnya saat meninjau Posyandu Melati di Kelurahan "
          "Sempaja Selatan, Selasa (9/9/2025)."),
    ("p", "Sebanyak 1.180 kader telah mengikuti pelatihan penggunaan aplikasi yang dilaksanakan "
          "bertahap di 26 puskesmas. Setiap posyandu juga menerima satu unit tablet dan kuota internet "
          "bulanan yang dibiayai dari APBD Tahun Anggaran 2025."),
    ("p", "Ketua Tim Penggerak PKK Kota Samarinda menyambut baik langkah tersebut. Menurutnya, "
          "pencatatan digital membantu kader yang sebagian besar merupakan ibu rumah tangga agar "
          "tidak lagi menyalin data berulang kali ke beberapa formulir."),
    ("p", "Meski demikian, sejumlah kader di wilayah Palaran dan Samarinda Seberang masih mengeluhkan "
          "sinyal yang lemah. Untuk sementara, aplikasi dapat dipakai tanpa koneksi dan data akan "
          "terkirim otomatis ketika perangkat kembali terhubung ke internet."),
]
BUL_RIGHT = [
    ("p", "Pemerintah kota menargetkan seluruh posyandu aktif, yang berjumlah 611 pos, sudah "
          "menggunakan aplikasi ini paling lambat Desember 2025. Data yang terkumpul akan menjadi "
          "dasar intervensi penurunan stunting pada tahun berikutnya."),
    ("h", "Jadwal Penerapan Tahap Awal"),
    ("t", [["Kecamatan", "Kelurahan", "Mulai"],
           ["Samarinda Ulu", "8", "1 Sep 2025"],
           ["Sungai Pinang", "5", "1 Sep 2025"],
           ["Samarinda Utara", "8", "15 Sep 2025"],
           ["Sambutan", "5", "1 Okt 2025"],
           ["Palaran", "5", "15 Okt 2025"],
           ["Loa Janan Ilir", "5", "3 Nov 2025"]]),
    ("h2", "Lomba Inovasi Kelurahan Dibuka"),
    ("p", "Bagian Organisasi Sekretariat Daerah membuka pendaftaran Lomba Inovasi Pelayanan Publik "
          "tingkat kelurahan hingga 31 Oktober 2025. Proposal diunggah melalui laman resmi Pemerintah "
          "Kota Samarinda dan akan dinilai oleh tim juri dari unsur akademisi dan Ombudsman."),
    ("p", "Tiga inovasi terbaik akan memperoleh dana pembinaan masing-masing Rp25.000.000, "
          "Rp15.000.000, dan Rp10.000.000 serta didaftarkan pada kompetisi inovasi tingkat provinsi."),
]


def page_buletin():
    p = Page("buletin", top=170, margin_l=200, margin_r=200)
    p.text("WARTA SAMARINDA", F("serifb", 26), align="c", lh=round(F("serifb", 26).size * 1.15))
    p.text("Buletin Dinas Komunikasi dan Informatika Kota Samarinda", F("sansi", 10), align="c")
    p.gap(10)
    p.hrule(w=6)
    p.gap(14)
    p.line([(p.L, "Edisi 09 | September 2025", F("sans", 9), "l"),
            (p.R, "Halaman 3", F("sans", 9), "r")])
    p.hrule(w=2, dy=4)
    p.gap(50)
    p.para("Posyandu Digital Mulai Diterapkan Bertahap di 59 Kelurahan", F("serifb", 20), align="center")
    p.gap(5)
    p.text("Laporan: Tim Liputan Diskominfo | Foto: Humas Dinkes", F("sansi", 9), align="c")
    p.gap(40)
    ytop = p.y
    gut = 80
    cw = (p.R - p.L - gut) // 2
    cols = [(p.L, p.L + cw), (p.L + cw + gut, p.R)]
    fb = F("serif", 10)
    lh = lh_of(fb, 1.38)
    p.d.line([(p.L + cw + gut // 2, ytop), (p.L + cw + gut // 2, H - 300)], fill=120, width=2)
    for ci, blocks in enumerate([BUL_LEFT, BUL_RIGHT]):
        x0, x1 = cols[ci]
        p.y = ytop
        for kind, val in blocks:
            if kind == "p":
                p.para(val, fb, x0=x0, x1=x1, indent=60, lh=lh)
                p.gap(8)
            elif kind == "h":
                p.gap(20)
                p.text(val, F("sansb", 10), x=x0)
                p.gap(6)
            elif kind == "h2":
                p.gap(30)
                p.hrule(x0, x1, w=4)
                p.gap(20)
                p.para(val, F("serifb", 14), x0=x0, x1=x1, align="left")
                p.gap(10)
            elif kind == "t":
                p.table(val, x0, [cw - 260 - 340, 260, 340], F("sans", 9), F("sansb", 9),
                        ["l", "r", "r"], style="open", pad=8)
        assert p.y < H - 320, ("column overflow", ci, p.y)
    p.y = H - 260
    p.hrule(w=2)
    p.gap(18)
    p.text("Warta Samarinda - media informasi pembangunan Kota Samarinda", F("sansi", 9), align="c")
    return p


# =====================================================================================
# 6. Surat Keputusan (serif 10 pt)
# =====================================================================================
def page_sk():
    p = Page("sk", top=150)
    p.bottom = H - 110
    p.lhf = 1.24
    f, fb = F("serif", 10), F("serifb", 10)
    fh = F("serifb", 11)
    for t in ["KEPUTUSAN KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KOTA SAMARINDA"]:
        p.text(t, fh, align="c")
    p.text("NOMOR 800.1.11.1/214/DPUPR-Sekre/III/2025", fh, align="c")
    p.gap(15)
    p.text("TENTANG", fh, align="c")
    p.gap(10)
    p.para("PEMBENTUKAN TIM PENGELOLA DATA DAN INFORMASI INFRASTRUKTUR JALAN DAN DRAINASE "
           "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA TAHUN ANGGARAN 2025", fh,
           align="center", x0=p.L + 150, x1=p.R - 150)
    p.gap(25)
    p.text("KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SAMARINDA,", fh, align="c")
    p.gap(25)
    xl, xc, xa, xt = p.L, p.L + 290, p.L + 330, p.L + 400
    items = [
        ("a.", "bahwa untuk mendukung perencanaan dan pemeliharaan jalan dan drainase kota yang "
               "tepat sasaran, diperlukan data kondisi infrastruktur yang mutakhir, akurat, dan "
               "terintegrasi;"),
        ("b.", "bahwa pengelolaan data sebagaimana dimaksud dalam huruf a perlu dilaksanakan oleh "
               "tim yang ditetapkan dengan keputusan kepala dinas;"),
        ("c.", "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, "
               "perlu menetapkan Keputusan Kepala Dinas Pekerjaan Umum dan Penataan Ruang tentang "
               "Pembentukan Tim Pengelola Data dan Informasi Infrastruktur Jalan dan Drainase Tahun "
               "Anggaran 2025;"),
    ]

    def block(title, items):
        for i, (lab, t) in enumerate(items):
            lines = wrap(t, f, p.R - xt)
            for j, ln in enumerate(lines):
                parts = []
                if i == 0 and j == 0:
                    parts += [(xl, title, f, "l"), (xc, ":", f, "l")]
                if j == 0:
                    parts.append((xa, lab, f, "l"))
                parts.append((xt, ln, f, "l"))
                p.line(parts)
            p.gap(4)

    block("Menimbang", items)
    p.gap(15)
    block("Mengingat", [
        ("1.", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
               "beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;"),
        ("2.", "Undang-Undang Nomor 2 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 38 "
               "Tahun 2004 tentang Jalan;"),
        ("3.", "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;"),
        ("4.", "Peraturan Daerah Kota Samarinda Nomor 4 Tahun 2023 tentang Pembentukan dan Susunan "
               "Perangkat Daerah Kota Samarinda;"),
        ("5.", "Peraturan Wali Kota Samarinda Nomor 58 Tahun 2023 tentang Kedudukan, Susunan "
               "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Pekerjaan Umum dan Penataan Ruang;"),
    ])
    p.gap(20)
    p.text("MEMUTUSKAN:", fh, align="c")
    p.gap(15)
    dl, dc, dt = p.L, p.L + 290, p.L + 330

    def dict_(lab, t, font=f):
        lines = wrap(t, font, p.R - dt)
        for j, ln in enumerate(lines):
            parts = [(dl, lab, f, "l"), (dc, ":", f, "l")] if j == 0 else []
            p.line(parts + [(dt, ln, font, "l")])
        p.gap(6)

    dict_("Menetapkan", "KEPUTUSAN KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG TENTANG PEMBENTUKAN "
          "TIM PENGELOLA DATA DAN INFORMASI INFRASTRUKTUR JALAN DAN DRAINASE TAHUN ANGGARAN 2025.", fb)
    dict_("KESATU", "Membentuk Tim Pengelola Data dan Informasi Infrastruktur Jalan dan Drainase Dinas "
          "Pekerjaan Umum dan Penataan Ruang Kota Samarinda Tahun Anggaran 2025 dengan susunan "
          "keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan "
          "dari Keputusan ini.")
    dict_("KEDUA", "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas menghimpun, memverifikasi, "
          "dan memutakhirkan data ruas jalan, jembatan, dan saluran drainase kota, serta menyajikannya "
          "dalam sistem informasi geografis paling sedikit 1 (satu) kali dalam 3 (tiga) bulan.")
    dict_("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada "
          "Dokumen Pelaksanaan Anggaran Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda "
          "Tahun Anggaran 2025.")
    dict_("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    p.gap(30)
    xs = 1700
    p.line([(xs - 300, "Ditetapkan di", f, "l"), (xs, ": Samarinda", f, "l")])
    p.line([(xs - 300, "pada tanggal", f, "l"), (xs, ": 10 Maret 2025", f, "l")])
    p.gap(25)
    p.sig1([("KEPALA DINAS PEKERJAAN UMUM DAN", True, False), ("PENATAAN RUANG KOTA SAMARINDA,", True, False),
            None, ("Ir. DESY DAMAYANTI, M.T.", True, True), ("Pembina Tingkat I (IV/b)", False, False),
            ("NIP 19751118 200312 2 006", False, False)], 1840, f, fb, space=170)
    return p


# =====================================================================================
# 7. Rekap realisasi anggaran kecamatan (sans condensed grid)
# =====================================================================================
REKAP = [
    ("P", "7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
    ("K", "7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    ("S", "7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 48500000, 41230000),
    ("S", "7.01.01.2.01.0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", 32750000, 19860500),
    ("K", "7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah"),
    ("S", "7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 6845320000, 5097418650),
    ("S", "7.01.01.2.02.0007", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 12400000, 12400000),
    ("K", "7.01.01.2.06", "Administrasi Umum Perangkat Daerah"),
    ("S", "7.01.01.2.06.0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 18600000, 9874000),
    ("S", "7.01.01.2.06.0002", "Penyediaan Peralatan dan Perlengkapan Kantor", 96250000, 54700000),
    ("S", "7.01.01.2.06.0004", "Penyediaan Bahan Logistik Kantor", 74800000, 52316400),
    ("S", "7.01.01.2.06.0005", "Penyediaan Barang Cetakan dan Penggandaan", 38900000, 27115000),
    ("S", "7.01.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 215600000, 148372500),
    ("K", "7.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"),
    ("S", "7.01.01.2.08.0001", "Penyediaan Jasa Surat Menyurat", 6000000, 3870000),
    ("S", "7.01.01.2.08.0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 186000000, 131447380),
    ("S", "7.01.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor", 642300000, 472950000),
    ("P", "7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"),
    ("K", "7.01.02.2.01", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat"),
    ("S", "7.01.02.2.01.0001", "Koordinasi/Sinkronisasi Perencanaan, Pelaksanaan, dan Pengendalian Pembangunan Kecamatan", 85400000, 61208000),
    ("K", "7.01.02.2.02", "Pelaksanaan Kegiatan Pemberdayaan Masyarakat di Kelurahan"),
    ("S", "7.01.02.2.02.0002", "Pembangunan Sarana dan Prasarana Kelurahan", 1875000000, 1102645900),
    ("S", "7.01.02.2.02.0003", "Pemberdayaan Masyarakat di Kelurahan", 420000000, 287930000),
    ("P", "7.01.03", "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM"),
    ("K", "7.01.03.2.01", "Koordinasi Penyelenggaraan Ketenteraman dan Ketertiban Umum"),
    ("S", "7.01.03.2.01.0002", "Koordinasi Kegiatan Ketenteraman dan Ketertiban Umum Tingkat Kecamatan", 64500000, 38910000),
]


def pct(r, pg):
    return dec2((Decimal(r) / Decimal(pg) * 100))


def page_rekap():
    p = Page("rekap", top=150, margin_l=200, margin_r=200)
    p.bottom = H - 110
    p.kop(["KECAMATAN SUNGAI KUNJANG"],
          ["Jalan Jakarta Blok AA Nomor 1, Loa Bakung, Samarinda 75243",
           "Telepon (0541) 770364, Pos-el kec.sungaikunjang@samarindakota.go.id"], serif=False)
    fh = F("sansb", 11)
    p.text("REKAPITULASI REALISASI ANGGARAN BELANJA PER SUB KEGIATAN", fh, align="c")
    p.text("TAHUN ANGGARAN 2025 - KONDISI S.D. 30 SEPTEMBER 2025 (TRIWULAN III)", F("sans", 10), align="c")
    p.gap(25)
    # compute hierarchical sums
    sums = {}
    for it in REKAP:
        if it[0] == "S":
            for pre in (it[1][:7], it[1][:12]):
                a = sums.setdefault(pre, [0, 0])
                a[0] += it[3]
                a[1] += it[4]
    rows = [["Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]]
    bold, indents = set(), [[0] * 5]
    tp = tr = 0
    for it in REKAP:
        if it[0] == "S":
            pg, r = it[3], it[4]
            tp += pg
            tr += r
        else:
            pg, r = sums[it[1]]
        if it[0] == "P":
            bold.add(len(rows))
        rows.append([it[1], it[2], rupiah(pg), rupiah(r), pct(r, pg)])
        indents.append([0, {"P": 0, "K": 20, "S": 45}[it[0]], 0, 0, 0])
    bold.add(len(rows))
    rows.append(["", "JUMLAH", rupiah(tp), rupiah(tr), pct(tr, tp)])
    indents.append([0] * 5)
    fc, fcb = F("sansc", 9), F("sanscb", 9)
    p.table(rows, p.L, [335, 950, 320, 320, 155], fc, fcb,
            ["l", "l", "r", "r", "r"], style="grid", pad=8, lhf=1.16, bold_rows=bold, indents=indents)
    p.gap(20)
    f = F("sans", 9)
    p.text("Samarinda, 6 Oktober 2025", f, x=1840, align="c")
    p.sig1([("Camat Sungai Kunjang,", False, False), None, ("MUHAMMAD RIZAL ANSHARI, S.STP., M.AP", True, True),
            ("NIP 19850417 200412 1 003", False, False)], 1840, f, F("sansb", 9), space=150)
    return p


# =====================================================================================
# Degradations
# =====================================================================================
def noise(rng, shape, sigma):
    return rng.normal(0, sigma, shape)


def deg_dpi150(img):
    return img.resize((W // 2, H // 2), Image.LANCZOS)


def deg_fax(img, rng):
    small = img.resize((1654, 1169), Image.BOX)          # ~200 x 100 dpi
    a = np.asarray(small, dtype=np.float32)
    a = a + noise(rng, a.shape, 18)
    b = a > 160
    h, w = b.shape
    # horizontal streaks: a few dark dashed lines and some white drop-out rows
    for _ in range(6):
        y = rng.integers(0, h)
        x0 = rng.integers(0, w // 2)
        x1 = min(w, x0 + rng.integers(200, w))
        mask = rng.random(x1 - x0) < 0.8
        b[y, x0:x1] &= ~mask
    for _ in range(5):
        y = rng.integers(0, h)
        b[y, :] |= rng.random(w) < 0.7
    # vertical scanner-dirt streak
    x = rng.integers(w // 4, 3 * w // 4)
    b[:, x] &= rng.random(h) > 0.35
    # speckle
    sp = rng.random(b.shape) < 0.0015
    b[sp] = False
    out = Image.fromarray((b * 255).astype(np.uint8)).resize((1654, 2338), Image.NEAREST)
    return out.convert("1", dither=Image.NONE)


def deg_jpeg(img):
    return img


def deg_skew(img, rng):
    im = img.resize((1654, 2339), Image.LANCZOS)        # 200 dpi scan
    im = im.rotate(2.0, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.9 + 12                                    # grey paper, lifted blacks
    a += noise(rng, a.shape, 6)
    yy = np.linspace(0, 1, a.shape[0])[:, None]
    a -= 10 * yy                                         # slight scanner gradient
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        B += [X, Y]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(img, rng):
    sw, sh = 1500, 2122
    sheet = img.resize((sw, sh), Image.LANCZOS).convert("RGB")
    sa = np.asarray(sheet, dtype=np.float32)
    sa = sa * np.array([1.0, 0.985, 0.94])              # warm paper
    sheet = Image.fromarray(np.clip(sa, 0, 255).astype(np.uint8))
    CW, CH = 1800, 2400
    quad = [(190, 170), (1640, 235), (1720, 2265), (105, 2190)]
    co = persp_coeffs(quad, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    warped = sheet.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (sw, sh), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR)
    # desk background: brown wood-ish grain
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = np.sin(xx / 9.0 + 6 * np.sin(yy / 230.0)) * 9 + noise(rng, (CH, CW), 6)
    bg = np.stack([105 + grain, 78 + grain * 0.8, 55 + grain * 0.6], -1)
    # shadow of the sheet
    sh_mask = np.asarray(mask.filter(ImageFilter.GaussianBlur(25)), np.float32) / 255
    sh_mask = np.roll(np.roll(sh_mask, 25, 0), 18, 1)
    bg = bg * (1 - 0.45 * sh_mask[..., None])
    m = np.asarray(mask, np.float32)[..., None] / 255
    out = bg * (1 - m) + np.asarray(warped, np.float32) * m
    # uneven lighting: brighter upper-left, darker lower-right, plus a soft hotspot
    light = 1.04 - 0.28 * (xx / CW * 0.4 + yy / CH * 0.6)
    light += 0.08 * np.exp(-(((xx - 600) / 500) ** 2 + ((yy - 700) / 600) ** 2))
    out = out * light[..., None]
    out += noise(rng, out.shape, 4)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(1.1))


def curved_text(layer, cx, cy, radius, text, font, start_deg, end_deg, bottom=False):
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.radians(start_deg + (end_deg - start_deg) * (i + 0.5) / n)
        x = cx + radius * math.cos(ang)
        y = cy + radius * math.sin(ang)
        if ch == " ":
            continue
        s = font.size * 2
        ci = Image.new("L", (s, s), 0)
        ImageDraw.Draw(ci).text((s // 2, s // 2), ch, font=font, fill=255, anchor="mm")
        rot = -math.degrees(ang) + 90 if bottom else -math.degrees(ang) - 90
        ci = ci.rotate(rot, resample=Image.BICUBIC)
        layer.paste(255, (int(x - s // 2), int(y - s // 2)), ci)


def make_stamp(rng, opd):
    R = 300
    S = 2 * R + 40
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S // 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=12)
    d.ellipse([c - R + 22, c - R + 22, c + R - 22, c + R - 22], outline=255, width=4)
    d.ellipse([c - R + 125, c - R + 125, c + R - 125, c + R - 125], outline=255, width=5)
    f = F("sansb", 13)
    curved_text(lay, c, c, R - 73, "PEMERINTAH KOTA SAMARINDA", f, 160, 380)
    curved_text(lay, c, c, R - 73, opd, F("sansb", 11), 148, 32, bottom=True)
    # star in the centre
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 80 if k % 2 == 0 else 32
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    lay = lay.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    a = np.asarray(lay, np.float32) / 255
    mott = np.asarray(Image.fromarray((rng.random((S // 8, S // 8)) * 255).astype(np.uint8))
                      .resize((S, S), Image.BICUBIC), np.float32) / 255
    return np.clip(a * (0.45 + 0.55 * mott) * 0.95, 0, 1)


def deg_stamp(img, rng, page, stamp_text):
    rgb = np.asarray(img.convert("RGB"), np.float32)
    xs, ys = page.sig[-1] if page.sig else (W - 700, H - 700)
    a = make_stamp(rng, stamp_text)
    S = a.shape[0]
    x0 = int(xs - S // 2 - 260)
    y0 = int(ys - S // 2 + 60)
    x0 = max(0, min(W - S, x0))
    y0 = max(0, min(H - S, y0))
    col = np.array([70, 60, 190], np.float32)  # violet-blue ink
    reg = rgb[y0:y0 + S, x0:x0 + S]
    reg[:] = reg * (1 - a[..., None]) + (reg * col / 255) * a[..., None]
    # signature scribble
    sig = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(sig)
    t = np.linspace(0, 1, 400)
    sx = xs - 260 + 520 * t + 40 * np.sin(2 * np.pi * 5 * t + rng.uniform(0, 6))
    sy = ys + 110 - 90 * np.sin(2 * np.pi * 2.5 * t) * np.exp(-2 * t) + 25 * np.cos(2 * np.pi * 9 * t)
    d.line(list(zip(sx.tolist(), sy.tolist())), fill=255, width=6, joint="curve")
    d.line([(xs - 150, ys + 185), (xs + 320, ys + 140)], fill=255, width=5)
    sa = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.2)), np.float32)[..., None] / 255
    ink = np.array([25, 35, 110], np.float32)
    rgb = rgb * (1 - sa) + ink * sa
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))


def save_png(im, path):
    im.save(path, optimize=True)


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    builders = [("surat_undangan", page_undangan, "SEKRETARIAT DAERAH"),
                ("bast", lambda: page_bast()[0], "DINAS PENDIDIKAN"),
                ("lkjip", page_lkjip, "DINAS KESEHATAN"),
                ("ssh", page_ssh, "SEKRETARIAT DAERAH"),
                ("buletin", page_buletin, "DISKOMINFO"),
                ("sk", page_sk, "DINAS PUPR"),
                ("rekap_anggaran", page_rekap, "KEC. SUNGAI KUNJANG")]
    manifest = []
    for ti, (name, fn, stamp_text) in enumerate(builders):
        page = fn()
        img = page.img
        # very light quantisation of the clean render keeps PNGs small without visible change
        clean = img.point(lambda v: (v // 16) * 17)
        d = os.path.join(OUT, "pages", name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(OUT, "truth", f"{name}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(l.rstrip() for l in page.lines) + "\n")
        has_tables = bool(page.tables)
        if has_tables:
            with open(os.path.join(OUT, "truth", f"{name}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        rng = np.random.default_rng(1000 + ti)
        outs = {}
        outs["clean_300dpi"] = ("png", clean)
        outs["dpi150"] = ("png", deg_dpi150(img).point(lambda v: (v // 16) * 17))
        outs["fax"] = ("png", deg_fax(img, rng))
        outs["jpeg_q25"] = ("jpg", img.resize((1654, 2339), Image.LANCZOS))   # 200 dpi
        outs["pdf_skew2"] = ("pdf", deg_skew(img, rng))
        outs["phone_photo"] = ("jpg", deg_phone(img, rng))
        st = deg_stamp(img, rng, page, stamp_text)
        outs["stamp"] = ("png", st.quantize(64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE))
        small = img.resize((1654, 2339), Image.LANCZOS).point(lambda v: (v // 16) * 17)   # 200 dpi
        outs["sideways"] = ("png", small.transpose(Image.ROTATE_90))
        outs["upside_down"] = ("png", small.transpose(Image.ROTATE_180))
        for dg, (ext, im) in outs.items():
            rel = f"pages/{name}/{name}__{dg}.{ext}"
            path = os.path.join(OUT, rel)
            if ext == "png":
                save_png(im, path)
            elif ext == "jpg":
                q = 25 if dg == "jpeg_q25" else 66
                im.save(path, quality=q, optimize=True)
            else:
                buf = io.BytesIO()
                im.save(path, "PDF", resolution=200.0, quality=35,
                        creationDate=FIXED_DATE, modDate=FIXED_DATE)
            e = {"file": rel, "text_type": name, "degradation": dg, "truth": f"truth/{name}.txt"}
            if has_tables:
                e["tables"] = f"truth/{name}.tables.json"
            manifest.append(e)
        print(name, len(page.lines), "lines", [len(t) for t in page.tables], "table rows", flush=True)
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1 and sys.argv[1] == "preview":
        STRICT = False
        for nm, fn in [("undangan", page_undangan), ("bast", lambda: page_bast()[0]), ("lkjip", page_lkjip),
                       ("ssh", page_ssh), ("buletin", page_buletin), ("sk", page_sk), ("rekap", page_rekap)]:
            try:
                pg = fn()
                pg.img.resize((W // 3, H // 3), Image.LANCZOS).save(f"/work/scratch/ocr3_prev_{nm}.png")
                print(nm, "ok", pg.y)
            except AssertionError as e:
                print(nm, "FAIL", e)
    else:
        main()
