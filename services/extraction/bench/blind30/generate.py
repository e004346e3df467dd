#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr30".

Deterministic: fixed seeds, fixed PDF timestamps. Run:
    python generate.py
Writes pages/, truth/, manifest.json next to this file.
"""
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

try:
    import cv2  # only for perspective warp of the phone photo
except ImportError:  # pragma: no cover
    cv2 = None

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi


def PT(p):
    return int(round(p * DPI / 72))


_fc = {}


def F(name, pt):
    key = (name, pt)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + name + ".ttf", PT(pt))
    return _fc[key]


def rp(n):
    """Indonesian thousands format: 1250000 -> '1.250.000'."""
    return f"{n:,}".replace(",", ".")


def pct(x, nd=2):
    """Indonesian decimal comma: 87.5 -> '87,50'."""
    return f"{x:.{nd}f}".replace(".", ",")


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, name):
        self.name = name
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []      # truth lines in reading order
        self.tables = []     # list of tables (list of rows of cell strings)
        self.sig = None      # (cx, y) centre of the last signature gap (for stamp)
        self.errors = []
        self.boxes = []

    def tl(self, text, font):
        return self.d.textlength(text, font=font)

    def _draw(self, x, y, text, font, align="l"):
        w = self.tl(text, font)
        if align == "r":
            x = x - w
        elif align == "c":
            x = x - w / 2
        self.d.text((x, y), text, font=font, fill=0, anchor="ls")
        bb = self.d.textbbox((x, y), text, font=font, anchor="ls")
        self.boxes.append((bb, text))
        return x, w

    def check_overlaps(self):
        bs = sorted(self.boxes, key=lambda b: b[0][1])
        for i, (a, ta) in enumerate(bs):
            for b, tb in bs[i + 1:]:
                if b[1] > a[3]:
                    break
                if a[0] < b[2] - 2 and b[0] < a[2] - 2 and a[1] < b[3] - 2 and b[1] < a[3] - 2:
                    self.errors.append(("text overlap", ta, tb))

    def line(self, y, *pieces):
        """One printed line made of pieces (x, text, font[, align]) at baseline y."""
        out = []
        for p in pieces:
            x, text, font = p[:3]
            al = p[3] if len(p) > 3 else "l"
            if text == "":
                continue
            assert text == text.strip() and "  " not in text, repr(text)
            x0, w = self._draw(x, y, text, font, al)
            out.append((x0, text))
        out.sort()
        ws = {t: self.tl(t, font) for (_, t, font, *rest) in pieces if t}
        for (xa, ta), (xb, tb) in zip(out, out[1:]):
            if not xa + ws[ta] + 8 <= xb:
                self.errors.append(("pieces overlap", ta, tb))
        for x0, t in out:
            if not (x0 >= PT(30) and x0 + ws[t] <= W - PT(35)):
                self.errors.append(("off page", t))
        if not PT(20) < y < H - PT(20):
            self.errors.append(("off page", y))
        self.maxy = max(getattr(self, "maxy", 0), y) if not getattr(self, "footer", False) else getattr(self, "maxy", 0)
        if out:
            self.lines.append(" ".join(t for _, t in out))

    def wrap(self, text, font, width):
        words = text.split(" ")
        lines, cur = [], ""
        for wd in words:
            assert self.tl(wd, font) <= width, (wd, width)
            t = wd if not cur else cur + " " + wd
            if self.tl(t, font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, text, font, lead, indent=0, hang=0):
        """Left-aligned paragraph. indent: first line; hang: following lines."""
        words = text.split(" ")
        y0 = y
        first = True
        cur = ""
        lines = []
        for wd in words:
            lim = width - (indent if first and not lines else hang)
            t = wd if not cur else cur + " " + wd
            if self.tl(t, font) <= lim:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.line(y0, (x + (indent if i == 0 else hang), ln, font))
            y0 += lead
        return y0

    def center(self, y, text, font, cx=W / 2):
        self.line(y, (cx, text, font, "c"))

    def hline(self, x0, x1, y, w=3, fill=0):
        self.d.rectangle([x0, y, x1, y + w - 1], fill=fill)

    def table(self, x, y, colw, rows, font, lead, style="grid", hdr=1, hfont=None,
              align=None, pad=None, shade=False, spans=None, lw=3, nowrap=False):
        """Draw a table; record truth lines (one per row) and the table grid.

        rows: list of rows of cell strings; "\n" inside a cell is a forced line break.
        spans: {(r, c): (nrows, ncols)} merged cells; covered cells must be "".
        The text of a merged cell is drawn in its first row band.
        """
        ncol = len(colw)
        pad = PT(3) if pad is None else pad
        spans = spans or {}
        hfont = hfont or font
        align = align or ["l"] * ncol
        covered = set()
        for (r, c), (nr, nc) in spans.items():
            for rr in range(r, r + nr):
                for cc in range(c, c + nc):
                    if (rr, cc) != (r, c):
                        assert rows[rr][cc] == ""
                        covered.add((rr, cc))
        wrapped = []
        for r, row in enumerate(rows):
            assert len(row) == ncol
            f = hfont if r < hdr else font
            wr = []
            for c, t in enumerate(row):
                if (r, c) in covered or t == "":
                    wr.append([])
                    continue
                nr, nc = spans.get((r, c), (1, 1))
                w = sum(colw[c:c + nc]) - 2 * pad
                ls = []
                for part in t.split("\n"):
                    ls += self.wrap(part, f, w)
                if nowrap:
                    assert len(ls) == len(t.split("\n")), (t, ls)
                wr.append(ls)
            wrapped.append(wr)
        heights = [max(1, max(len(l) for l in wr)) * lead + 2 * pad for wr in wrapped]
        xs = [x]
        for cw in colw:
            xs.append(xs[-1] + cw)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[hdr]], fill=212)
        # rules
        if style == "grid":
            for r in range(len(rows)):
                for c in range(ncol):
                    if (r, c) in covered:
                        continue
                    nr, nc = spans.get((r, c), (1, 1))
                    x0, x1, y0, y1 = xs[c], xs[c + nc], ys[r], ys[r + nr]
                    self.d.rectangle([x0, y0, x1 + lw - 1, y0 + lw - 1], fill=0)
                    self.d.rectangle([x0, y1, x1 + lw - 1, y1 + lw - 1], fill=0)
                    self.d.rectangle([x0, y0, x0 + lw - 1, y1 + lw - 1], fill=0)
                    self.d.rectangle([x1, y0, x1 + lw - 1, y1 + lw - 1], fill=0)
        elif style == "hrules":
            self.hline(xs[0], xs[-1], ys[0], lw + 2)
            self.hline(xs[0], xs[-1], ys[hdr], lw)
            for r in range(hdr + 1, len(rows)):
                self.hline(xs[0], xs[-1], ys[r], max(1, lw - 1), fill=90)
            self.hline(xs[0], xs[-1], ys[-1], lw + 2)
        # text
        asc, desc = font.getmetrics()
        grid = []
        for r, row in enumerate(rows):
            f = hfont if r < hdr else font
            cells = []
            pieces = []
            for c in range(ncol):
                ls = wrapped[r][c]
                cells.append(" ".join(ls))
                if not ls:
                    continue
                nr, nc = spans.get((r, c), (1, 1))
                x0, x1 = xs[c] + pad + lw, xs[c + nc] - pad
                al = "c" if r < hdr else align[c]
                body = len(ls) * lead
                top = ys[r] + (heights[r] - body) / 2
                for i, ln in enumerate(ls):
                    by = top + i * lead + (lead + asc - desc) / 2
                    if al == "l":
                        self._draw(x0, by, ln, f)
                    elif al == "r":
                        self._draw(x1, by, ln, f, "r")
                    else:
                        self._draw((x0 + x1) / 2, by, ln, f, "c")
            grid.append(cells)
            txt = " ".join(cl for cl in cells if cl)
            if txt:
                self.lines.append(txt)
        self.tables.append(grid)
        return ys[-1]

    def sigblock(self, cx, y, before, after, font, bold, lead, gap=None, stamp=True):
        """Centred signature block: lines before the gap, the gap, lines after."""
        gap = gap or PT(58)
        for t in before:
            self.center(y, t, font, cx)
            y += lead
        gy = y + gap / 2 - lead / 2
        y += gap
        for i, t in enumerate(after):
            self.center(y, t, bold if i == 0 else font, cx)
            if i == 0:
                w = self.tl(t, bold)
                self.hline(cx - w / 2, cx + w / 2, y + PT(2), 3)
            y += lead
        if stamp:
            self.sig = (cx, gy)
        return y

    def kop(self, lines, y=PT(40), left=PT(60), right=W - PT(45), fonts=None):
        """Letterhead with a simple emblem (no text in the emblem) and a double rule."""
        # emblem: shield outline
        ex, ey, ew, eh = left, y - PT(4), PT(62), PT(76)
        pts = [(ex, ey), (ex + ew, ey), (ex + ew, ey + eh * 0.55), (ex + ew / 2, ey + eh), (ex, ey + eh * 0.55)]
        self.d.polygon(pts, outline=0, width=5)
        self.d.ellipse([ex + ew * 0.28, ey + eh * 0.18, ex + ew * 0.72, ey + eh * 0.55], outline=0, width=4)
        self.d.line([(ex + ew * 0.5, ey + eh * 0.6), (ex + ew * 0.5, ey + eh * 0.85)], fill=0, width=5)
        cx = (left + ew + right) / 2
        yy = y + PT(14)
        for text, font, step in lines:
            self.center(yy, text, font, cx)
            yy += step
        yy = max(yy, ey + eh + PT(8)) - PT(4)
        self.hline(left, right, yy, PT(2.2))
        self.hline(left, right, yy + PT(3.5), 3)
        return yy + PT(22)


# ---------------------------------------------------------------- content
def t_sk_lampiran():
    p = Page("sk_lampiran")
    R, B = "DejaVuSerif", "DejaVuSerif-Bold"
    f, fb = F(R, 11), F(B, 11)
    lead = PT(15)
    L, Rm = PT(85), W - PT(60)
    # right-hand lampiran heading block (its own column; nothing on the left)
    bx = PT(300)
    y = PT(60)
    p.line(y, (bx, "LAMPIRAN I", f))
    y += lead
    p.line(y, (bx, "KEPUTUSAN KEPALA DINAS KOMUNIKASI", f))
    y += lead
    p.line(y, (bx, "DAN INFORMATIKA KOTA SAMARINDA", f))
    y += lead
    p.line(y, (bx, "NOMOR", f), (bx + PT(72), ":", f), (bx + PT(82), "188/0417/DKI-II/XI/2026", f))
    y += lead
    p.line(y, (bx, "TANGGAL", f), (bx + PT(72), ":", f), (bx + PT(82), "16 November 2026", f))
    y += lead * 1.6
    for t in ["SUSUNAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS",
              "ELEKTRONIK (SPBE) DINAS KOMUNIKASI DAN INFORMATIKA",
              "KOTA SAMARINDA TAHUN ANGGARAN 2026"]:
        p.center(y, t, fb)
        y += lead
    y += PT(10)
    ft, ftb = F(R, 9.5), F(B, 9.5)
    rows = [["No", "Nama / NIP", "Jabatan", "Kedudukan dalam Tim", "Honorarium per Bulan (Rp)"]]
    members = [
        ("Ir. ANDI SURYADI, M.M.", "19760321 200112 1 002", "Kepala Dinas", "Pengarah", 1500000),
        ("Hj. NURLAILA RAHMAWATI, S.E., M.Si.", "19790814 200501 2 011", "Sekretaris", "Ketua", 1250000),
        ("MUHAMMAD RIZKY FADILLAH, S.Kom.", "19850203 201001 1 019", "Kepala Bidang Aplikasi Informatika", "Wakil Ketua", 1000000),
        ("DEWI KARTIKA SARI, S.T., M.T.", "19880927 201101 2 006", "Kepala Bidang Persandian dan Statistik", "Sekretaris", 900000),
        ("YOHANES BAYU PRATAMA, S.Kom.", "19900416 201503 1 004", "Pranata Komputer Ahli Muda", "Anggota", 750000),
        ("SITI AMINAH, A.Md.", "19920130 201902 2 008", "Pranata Komputer Terampil", "Anggota", 750000),
        ("FAJAR NUGROHO, S.Sos.", "19870611 201101 1 013", "Pranata Humas Ahli Muda", "Anggota", 750000),
    ]
    for i, (nm, nip, jab, ked, hon) in enumerate(members, 1):
        rows.append([f"{i}.", f"{nm}\nNIP {nip}", jab, ked, rp(hon)])
    total = sum(m[4] for m in members)
    rows.append(["", "Jumlah", "", "", rp(total)])
    colw = [PT(30), PT(175), PT(110), PT(80), PT(90)]
    sc = (Rm - L) / sum(colw)
    colw = [int(c * sc) for c in colw]
    y = p.table(L, y, colw, rows, ft, PT(12.5), style="grid", hfont=ftb,
                align=["c", "l", "l", "l", "r"], pad=PT(4))
    y += PT(18)
    txt = ("Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen "
           "Pelaksanaan Anggaran (DPA) Dinas Komunikasi dan Informatika Kota Samarinda Tahun "
           "Anggaran 2026 kode rekening 5.1.02.02.01.0003 (Honorarium Tim Pelaksana Kegiatan) "
           f"dengan jumlah Rp {rp(total)},- per bulan selama 12 (dua belas) bulan.")
    y = p.para(L, y, Rm - L, txt, f, lead)
    y += PT(16)
    cx = PT(420)
    y = p.sigblock(cx, y, ["KEPALA DINAS KOMUNIKASI DAN", "INFORMATIKA KOTA SAMARINDA,"],
                   ["Ir. ANDI SURYADI, M.M.", "Pembina Tingkat I (IV/b)", "NIP 19760321 200112 1 002"],
                   f, fb, lead, gap=PT(48))
    p.footer = True
    p.line(H - PT(30), (W / 2, "- 3 -", F(R, 10), "c"))
    meta = {"members": [[m[0], m[1], m[4]] for m in members], "total_honor": total,
            "kode_rekening": "5.1.02.02.01.0003", "nomor": "188/0417/DKI-II/XI/2026"}
    return p, meta


def terbilang(n):
    s = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas"]
    if n < 12:
        return s[n]
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
    raise ValueError(n)


def t_kwitansi():
    p = Page("kwitansi")
    S, SB = "DejaVuSans", "DejaVuSans-Bold"
    f, fb = F(S, 11), F(SB, 11)
    lead = PT(16)
    L, Rm = PT(55), W - PT(55)
    # outer frame
    p.d.rectangle([L - PT(10), PT(40), Rm + PT(10), PT(560)], outline=0, width=5)
    y = PT(72)
    kx = PT(335)
    gross = 4750000
    dpp = round(gross * 100 / 111)
    ppn = round(dpp * 11 / 100)
    pph = round(dpp * 15 / 1000)
    net = gross - ppn - pph
    for k, v in [("Tahun Anggaran", "2026"), ("Kode Rekening", "5.1.02.01.01.0024"),
                 ("Nomor BKU", "0312"), ("Sub Kegiatan", "2.19.01.2.01.0001")]:
        p.line(y, (kx, k, f), (kx + PT(95), ":", f), (kx + PT(103), v, f))
        y += lead
    y += PT(14)
    p.center(y, "K W I T A N S I", F(SB, 16))
    y += PT(18)
    p.center(y, "Nomor : 900/0388/DISPORA-II/X/2026", f)
    y += PT(30)
    kw = PT(125)
    p.line(y, (L, "Sudah terima dari", f), (L + kw, ":", f),
           (L + kw + PT(10), "Bendahara Pengeluaran Dispora Kota Samarinda", f))
    y += lead * 1.5
    tb = terbilang(gross).capitalize() + " rupiah"
    # shaded box for terbilang
    p.d.rectangle([L + kw + PT(6), y - PT(12), Rm, y + PT(6)], fill=225)
    p.line(y, (L, "Banyaknya uang", f), (L + kw, ":", f), (L + kw + PT(10), tb, F("DejaVuSans-Oblique", 11)))
    y += lead * 1.5
    txt = ("Pembayaran belanja alat tulis kantor untuk kegiatan Penyusunan Dokumen Perencanaan "
           "Perangkat Daerah sesuai Faktur Nomor INV/MJA/2026/10/0147 tanggal 9 Oktober 2026 "
           "dari CV. Mahakam Jaya Abadi, Jl. KH. Agus Salim No. 27 Samarinda")
    # the first line of the purpose shares the baseline with the label -> one printed line
    lines = p.wrap(txt, f, Rm - (L + kw + PT(10)))
    p.line(y, (L, "Untuk pembayaran", f), (L + kw, ":", f), (L + kw + PT(10), lines[0], f))
    for ln in lines[1:]:
        y += lead
        p.line(y, (L + kw + PT(10), ln, f))
    y += lead * 1.6
    # amount box + tax table (no rules)
    p.d.rectangle([L, y - PT(16), L + PT(190), y + PT(10)], outline=0, width=4)
    tx = PT(300)
    for k, v in [("Jumlah bruto", rp(gross)), ("DPP (100/111)", rp(dpp)), ("PPN 11%", rp(ppn)),
                 ("PPh Pasal 22 (1,5%)", rp(pph)), ("Jumlah diterima", rp(net))]:
        if k != "Jumlah bruto":
            y += lead
        ff = fb if k == "Jumlah diterima" else f
        if k == "Jumlah bruto":
            # shares the baseline with the amount box -> one printed line
            p.line(y, (L + PT(8), "Terbilang Rp", fb), (L + PT(182), rp(gross) + ",-", fb, "r"),
                   (tx, k, ff), (tx + PT(130), "Rp", ff), (Rm, v, ff, "r"))
        else:
            p.line(y, (tx, k, ff), (tx + PT(130), "Rp", ff), (Rm, v, ff, "r"))
    p.hline(tx, Rm, y - lead + PT(4), 3)
    y += PT(34)
    # three signature columns (read column by column)
    cols = [PT(145), PT(318), PT(470)]
    s1 = p.sigblock(cols[0], y, ["Setuju dibayar,", "Pengguna Anggaran,"],
                    ["H. SYAHRUL EFFENDI, M.Pd.", "NIP 19710605 199703 1 007"],
                    F(S, 9.5), F(SB, 9.5), PT(13), stamp=True)
    sig1 = p.sig
    p.sigblock(cols[1], y, ["Lunas dibayar tgl. 14-10-2026", "Bendahara Pengeluaran,"],
               ["NOVITA ANGGRAENI, S.E.", "NIP 19890418 201403 2 002"],
               F(S, 9.5), F(SB, 9.5), PT(13), stamp=False)
    p.sigblock(cols[2], y, ["Samarinda, 14 Oktober 2026", "Yang menerima,", "CV. MAHAKAM JAYA ABADI"],
               ["RUSDIANSYAH", "Direktur"],
               F(S, 9.5), F(SB, 9.5), PT(13), stamp=False)
    p.sig = sig1
    p.line(PT(600), (L, "Lembar 1 : untuk Bendahara Pengeluaran", F(S, 9)),
           (Rm, "Form KW-01/2026", F(S, 9), "r"))
    # lower half of the page: a second, short note (as on real receipt books: the stub)
    y = PT(650)
    p.hline(L - PT(10), Rm + PT(10), y - PT(20), 2, fill=120)
    p.line(y, (L, "CATATAN VERIFIKASI PPK-SKPD", fb))
    y += lead * 1.4
    for t in ["1. Bukti pembelian/faktur asli telah dilampirkan dan sesuai dengan SSH Tahun 2026.",
              "2. Barang telah diterima dalam keadaan baik sesuai BAST Nomor 027/0391/DISPORA-II/X/2026.",
              f"3. Pajak dipungut: PPN Rp {rp(ppn)} dan PPh Pasal 22 Rp {rp(pph)}.",
              "4. Diverifikasi tanggal 13 Oktober 2026 oleh PPK-SKPD."]:
        y = p.para(L, y, Rm - L, t, f, lead, hang=PT(14))
    meta = {"gross": gross, "dpp": dpp, "ppn": ppn, "pph22": pph, "net": net, "terbilang": tb,
            "kode_rekening": "5.1.02.01.01.0024", "nomor": "900/0388/DISPORA-II/X/2026"}
    return p, meta


def t_rekap_absensi():
    p = Page("rekap_absensi")
    S, SB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    f, fb = F(S, 9), F(SB, 9)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", F(SB, 12), PT(17)),
               ("KECAMATAN SUNGAI KUNJANG", F(SB, 14), PT(18)),
               ("KELURAHAN KARANG ASAM ULU", F(SB, 14), PT(17)),
               ("Jl. Jakarta Blok AP No. 12 Telp. (0541) 7270456 Samarinda 75243", F(S, 10), PT(14))])
    L, Rm = PT(45), W - PT(45)
    p.center(y, "REKAPITULASI ABSENSI BULANAN APARATUR SIPIL NEGARA", F(SB, 12))
    y += PT(17)
    p.center(y, "Bulan Oktober 2026 (22 hari kerja)", F(S, 11))
    y += PT(20)
    hk = 22
    rnd = random.Random(303)
    people = [
        ("AHMAD RIFAI, S.Sos., M.Si.", "19750822 200003 1 005", "IV/a"),
        ("SRI WAHYUNINGSIH, S.E.", "19780403 200604 2 012", "III/d"),
        ("MUHAMMAD TAUFIK HIDAYAT", "19810119 200801 1 009", "III/c"),
        ("HERLINA PANJAITAN, S.AP.", "19860507 201001 2 021", "III/c"),
        ("SYAMSUL BAHRI", "19690930 199203 1 004", "III/b"),
        ("NOOR HALIMAH", "19830615 200901 2 007", "III/b"),
        ("ARIF BUDIMAN, A.Md.", "19910224 201503 1 002", "III/a"),
        ("YULIANA TANDIRERUNG, S.Kom.", "19930811 201902 2 004", "III/a"),
        ("RUSMAN EFENDI", "19720305 199512 1 001", "II/d"),
        ("KHAIRUNNISA", "19940128 202012 2 009", "II/c"),
        ("DEDI KURNIAWAN", "19880709 202012 1 006", "II/c"),
        ("LESTARI PUJI ASTUTI, S.Pd.", "19960412 202203 2 015", "III/a"),
        ("ABDUL GANI", "19700117 199803 1 003", "II/b"),
        ("MAYA SAFITRI, S.H.", "19970920 202203 2 011", "III/a"),
    ]
    hdr = ["No", "Nama", "NIP", "Gol.", "H", "S", "I", "C", "DL", "TK", "TL/PC (menit)", "% Hadir"]
    rows = [hdr]
    recs = []
    for i, (nm, nip, gol) in enumerate(people, 1):
        s = rnd.choice([0, 0, 0, 1, 2])
        iz = rnd.choice([0, 0, 1])
        c = rnd.choice([0, 0, 0, 0, 3, 5])
        dl = rnd.choice([0, 1, 2, 3, 4])
        tk = rnd.choice([0, 0, 0, 0, 0, 1])
        h = hk - s - iz - c - dl - tk
        tl = rnd.choice([0, 0, 15, 32, 47, 90, 125])
        pr = (h + dl) / hk * 100
        recs.append([nm, nip, gol, h, s, iz, c, dl, tk, tl, pct(pr)])
        rows.append([str(i), nm, nip, gol, str(h), str(s), str(iz), str(c), str(dl), str(tk),
                     str(tl), pct(pr)])
    tot = [sum(r[k] for r in recs) for k in range(3, 10)]
    avg = sum((r[3] + r[7]) for r in recs) / (hk * len(recs)) * 100
    rows.append(["", "JUMLAH / RATA-RATA", "", ""] + [str(v) for v in tot] + [pct(avg)])
    colw = [PT(20), PT(123), PT(118), PT(28), PT(22), PT(22), PT(22), PT(22), PT(22), PT(22), PT(44), PT(40)]
    colw[1] += (Rm - L) - sum(colw)
    y = p.table(L, y, colw, rows, f, PT(12), style="hrules", hfont=fb, nowrap=False,
                align=["c", "l", "l", "c", "c", "c", "c", "c", "c", "c", "r", "r"], pad=PT(3))
    y += PT(22)
    ket = ("Keterangan: H = Hadir; S = Sakit; I = Izin; C = Cuti; DL = Dinas Luar; TK = Tanpa "
           "Keterangan; TL/PC = Terlambat/Pulang Cepat (akumulasi menit). Persentase kehadiran "
           "dihitung (H + DL) / jumlah hari kerja x 100. Data bersumber dari mesin presensi sidik jari "
           "dan aplikasi presensi daring, telah diverifikasi oleh Sekretaris Kelurahan.")
    y = p.para(L, y, Rm - L, ket, F(S, 9.5), PT(13))
    y += PT(24)
    p.sigblock(PT(455), y, ["Samarinda, 3 November 2026", "Lurah Karang Asam Ulu,"],
               ["AHMAD RIFAI, S.Sos., M.Si.", "Pembina (IV/a)", "NIP 19750822 200003 1 005"],
               F(S, 10.5), F(SB, 10.5), PT(14), gap=PT(48))
    p.footer = True
    p.line(H - PT(30), (L, "Dicetak dari SIMPEG Kota Samarinda pada 03/11/2026 08:14 WITA", F(S, 9)),
           (Rm, "Halaman 1 dari 1", F(S, 9), "r"))
    meta = {"hari_kerja": hk, "records": recs, "totals": tot, "avg": pct(avg)}
    return p, meta


def t_realisasi():
    p = Page("realisasi_fisik_keuangan")
    S, SB = "DejaVuSans", "DejaVuSans-Bold"
    C, CB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    L, Rm = PT(40), W - PT(40)
    y = PT(60)
    for t, ff in [("LAPORAN REALISASI FISIK DAN KEUANGAN", F(SB, 12)),
                  ("TRIWULAN III TAHUN ANGGARAN 2026", F(SB, 12)),
                  ("(Keadaan s.d. 30 September 2026)", F(S, 10))]:
        p.center(y, t, ff)
        y += PT(17)
    y += PT(8)
    f = F(S, 10)
    for k, v in [("Perangkat Daerah", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda"),
                 ("Program", "1.03.10 Program Penyelenggaraan Jalan"),
                 ("Kegiatan", "1.03.10.2.01 Penyelenggaraan Jalan Kabupaten/Kota")]:
        p.line(y, (L, k, f), (L + PT(110), ":", f), (L + PT(120), v, f))
        y += PT(14)
    y += PT(8)
    data = [
        ("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 86400000, 61275500, 72.50),
        ("5.1.02.02.01.0003", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim", 144000000, 108000000, 75.00),
        ("5.1.02.03.02.0035", "Belanja Pemeliharaan Kendaraan Dinas Bermotor", 212500000, 139870250, 68.40),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 97650000, 70118000, 71.80),
        ("5.2.04.01.01.0012", "Belanja Modal Jalan - Peningkatan Jl. Lingkar Bukit Pinang", 4875000000, 2193750000, 52.30),
        ("5.2.04.02.04.0007", "Belanja Modal Saluran Drainase - Normalisasi Drainase Jl. Pramuka", 1640000000, 984000000, 64.10),
        ("5.2.02.10.01.0002", "Belanja Modal Personal Computer", 165000000, 158400000, 100.00),
        ("5.2.03.01.01.0001", "Belanja Modal Gedung Kantor - Rehab UPT Alat Berat", 2350000000, 705000000, 35.60),
    ]
    h1 = ["No", "Kode Rekening", "Uraian", "Pagu Anggaran (Rp)", "Realisasi", "", "", "Sisa Anggaran (Rp)"]
    h2 = ["", "", "", "", "Keuangan (Rp)", "Keu. (%)", "Fisik (%)", ""]
    h3 = ["1", "2", "3", "4", "5", "6", "7", "8"]
    rows = [h1, h2, h3]
    tp = tr = 0
    wf = 0.0
    for i, (kd, ur, pg, re, fi) in enumerate(data, 1):
        rows.append([str(i), kd, ur, rp(pg), rp(re), pct(re / pg * 100), pct(fi), rp(pg - re)])
        tp += pg
        tr += re
        wf += pg * fi
    rows.append(["", "", "JUMLAH", rp(tp), rp(tr), pct(tr / tp * 100), pct(wf / tp), rp(tp - tr)])
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 3), (0, 7): (2, 1)}
    colw = [PT(28), PT(104), PT(130), PT(80), PT(80), PT(44), PT(44), PT(80)]
    sc = (Rm - L) / sum(colw)
    colw = [int(c * sc) for c in colw]
    ft, ftb = F(C, 9), F(CB, 9)
    # header rows 0-1 shaded; column-number row 2 drawn as a header too
    y = p.table(L, y, colw, rows, ft, PT(12), style="grid", hdr=3, hfont=ftb, shade=True,
                spans=spans, align=["c", "l", "l", "r", "r", "r", "r", "r"], pad=PT(3.5), lw=3)
    y += PT(14)
    nb = ("Catatan: realisasi fisik pekerjaan konstruksi berdasarkan laporan mingguan konsultan "
          "pengawas minggu ke-39; realisasi keuangan berdasarkan SP2D yang telah terbit s.d. "
          "30 September 2026.")
    y = p.para(L, y, Rm - L, nb, F(S, 9.5), PT(13))
    y += PT(22)
    fs, fsb = F(S, 10), F(SB, 10)
    p.sigblock(PT(445), y, ["Samarinda, 7 Oktober 2026", "Kepala Dinas Pekerjaan Umum", "dan Penataan Ruang,"],
               ["Ir. H. DARMAWAN SALEH, M.T.", "Pembina Utama Muda (IV/c)", "NIP 19680412 199403 1 008"],
               fs, fsb, PT(14), gap=PT(46))
    p.footer = True
    p.line(H - PT(30), (L, "Laporan Triwulan III - DPUPR", F(S, 9)), (Rm, "Hal. 1", F(S, 9), "r"))
    meta = {"rows": [[d[0], d[1], d[2], d[3], d[4]] for d in data], "tot_pagu": tp, "tot_real": tr,
            "tot_sisa": tp - tr, "tot_pct": pct(tr / tp * 100), "tot_fisik": pct(wf / tp)}
    return p, meta


def t_musrenbang():
    p = Page("musrenbang")
    R, RB = "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold"
    f, fb = F(R, 10), F(RB, 10)
    L, Rm = PT(50), W - PT(50)
    y = PT(62)
    p.line(y, (Rm, "Format M-3", F(R, 9), "r"))
    y += PT(22)
    for t in ["DAFTAR USULAN PRIORITAS HASIL MUSRENBANG KELURAHAN",
              "KELURAHAN SEMPAJA UTARA KECAMATAN SAMARINDA UTARA",
              "UNTUK PENYUSUNAN RKPD KOTA SAMARINDA TAHUN 2027"]:
        p.center(y, t, F(RB, 11.5))
        y += PT(16)
    y += PT(6)
    p.center(y, "Berita Acara Nomor : 050/0219/SU-III/I/2026 tanggal 22 Januari 2026", F(R, 10))
    y += PT(26)
    data = [
        ("Semenisasi Gg. Famili", "RT 14", "180 m", 162000000, "Dinas PUPR", "1"),
        ("Drainase Jl. Wahid Hasyim II", "RT 21", "240 m", 396000000, "Dinas PUPR", "2"),
        ("PJU tenaga surya", "RT 08", "12 titik", 198000000, "Dishub", "3"),
        ("Rehab posyandu Melati", "RT 05", "1 unit", 85500000, "Dinkes", "4"),
        ("Pelatihan UMKM", "RT 30", "40 orang", 47250000, "Diskop UMKM", "5"),
        ("Tong sampah terpilah", "RT 01-35", "70 unit", 31500000, "DLH", "6"),
        ("Turap Gg. Rahmat", "RT 33", "65 m", 357500000, "Dinas PUPR", "7"),
        ("Sumur resapan", "RT 17", "10 unit", 75000000, "DLH", "8"),
        ("APAR untuk warga", "RT 26", "35 unit", 26250000, "Damkar", "9"),
        ("Bimtek kader PKK/dasawisma", "Kelurahan", "60 orang", 38400000, "DP2PA", "10"),
        ("Papan nama gang", "RT 01-35", "48 buah", 28800000, "Dinas PUPR", "11"),
        ("Pagar SDN 012", "RT 11", "120 m", 216000000, "Disdikbud", "12"),
    ]
    rows = [["No", "Usulan Kegiatan", "Lokasi", "Volume", "Biaya (Rp)", "OPD Tujuan", "Prioritas"]]
    for i, (u, lok, vol, b, opd, pr) in enumerate(data, 1):
        rows.append([f"{i}.", u, lok, vol, rp(b), opd, pr])
    tot = sum(d[3] for d in data)
    rows.append(["", "Jumlah", "", "", rp(tot), "", ""])
    # column widths from the natural text widths, spare space shared out
    f, fb = F(R, 9), F(RB, 9)
    nat = [max(p.tl(r[c], fb if i == 0 else f) for i, r in enumerate(rows)) + PT(8) + 8 for c in range(7)]
    spare = (Rm - L) - sum(nat)
    assert spare > 0, spare
    colw = [int(n + spare / 7) for n in nat]
    y = p.table(L, y, colw, rows, f, PT(15.5), style="none", hfont=fb, nowrap=True,
                align=["r", "l", "l", "l", "r", "l", "c"], pad=PT(4))
    y += PT(24)
    txt = (f"Jumlah usulan prioritas sebanyak {len(data)} kegiatan dengan perkiraan biaya seluruhnya "
           f"Rp {rp(tot)}. Usulan selanjutnya dibahas pada Musrenbang Kecamatan Samarinda Utara "
           "dan diinput ke dalam SIPD oleh operator kelurahan.")
    y = p.para(L, y, Rm - L, txt, F(R, 10.5), PT(15))
    y += PT(30)
    fs, fsb = F(R, 10.5), F(RB, 10.5)
    # two signature columns, read left column then right column
    p.sigblock(PT(140), y, ["Ketua LPM", "Kelurahan Sempaja Utara,"], ["H. MASRANI"], fs, fsb, PT(15), stamp=False)
    p.sigblock(PT(450), y, ["Lurah", "Sempaja Utara,"],
               ["ELLY NOVIANTI, S.STP.", "NIP 19900305 201206 2 001"], fs, fsb, PT(15))
    p.footer = True
    p.line(H - PT(34), (W / 2, "-1-", F(R, 9), "c"))
    meta = {"items": [[d[0], d[3]] for d in data], "total": tot, "count": len(data)}
    return p, meta


def t_undangan():
    p = Page("undangan")
    R, RB = "DejaVuSerif", "DejaVuSerif-Bold"
    f, fb = F(R, 11), F(RB, 11)
    lead = PT(16)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", F(RB, 13), PT(19)),
               ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", F(RB, 14.5), PT(18)),
               ("Jalan Kesuma Bangsa No. 96 Samarinda 75123 Telepon (0541) 741045", F(R, 10), PT(13)),
               ("Laman: bappeda.samarindakota.go.id Pos-el: bappeda@samarindakota.go.id", F(R, 10), PT(13))])
    L, Rm = PT(85), W - PT(60)
    y += PT(6)
    p.line(y, (Rm, "Samarinda, 2 Desember 2026", f, "r"))
    y += lead * 1.6
    top = y
    # left column
    kx = L + PT(70)
    p.line(y, (L, "Nomor", f), (kx, ":", f), (kx + PT(9), "005/1187/BAPPEDA-III/XII/2026", f))
    y += lead
    p.line(y, (L, "Sifat", f), (kx, ":", f), (kx + PT(9), "Penting", f))
    y += lead
    p.line(y, (L, "Lampiran", f), (kx, ":", f), (kx + PT(9), "1 (satu) berkas", f))
    y += lead
    p.line(y, (L, "Hal", f), (kx, ":", f), (kx + PT(9), "Undangan Rapat Pembahasan", fb))
    y += lead
    p.line(y, (kx + PT(9), "Rancangan Awal RKPD 2027", fb))
    y += lead
    # right column (same vertical band)
    rx = PT(380)
    y2 = top
    for t in ["Kepada", "Yth. Kepala Perangkat Daerah", "se-Kota Samarinda", "di -", "SAMARINDA"]:
        x = rx + (PT(22) if t == "SAMARINDA" else 0)
        p.line(y2, (x, t, f))
        y2 += lead
    y = max(y, y2) + lead * 1.2
    bx = L + PT(70)
    txt = ("Dalam rangka penyusunan Rencana Kerja Pemerintah Daerah (RKPD) Kota Samarinda Tahun "
           "2027 sesuai Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017, bersama ini kami "
           "mengundang Saudara/i atau pejabat yang membidangi perencanaan untuk hadir pada:")
    y = p.para(bx, y, Rm - bx, txt, f, lead, indent=PT(30))
    y += PT(8)
    ix = bx + PT(30)
    for k, v in [("hari, tanggal", "Kamis, 10 Desember 2026"), ("pukul", "08.30 WITA s.d. selesai"),
                 ("tempat", "Ruang Rapat Mahakam Lt. 2 Bappeda"), ("acara", "Pembahasan Rancangan Awal RKPD 2027")]:
        p.line(y, (ix, k, f), (ix + PT(105), ":", f), (ix + PT(115), v, f))
        y += lead
    y += PT(8)
    txt2 = ("Mengingat pentingnya acara tersebut, diharapkan kehadiran tepat waktu dengan membawa "
            "Rancangan Renja Perangkat Daerah Tahun 2027 dan pagu indikatif sebesar yang tercantum "
            "dalam lampiran (total Rp 1.742.350.000.000). Konfirmasi kehadiran kepada Sdri. Rina "
            "(0812 5530 7719).")
    y = p.para(bx, y, Rm - bx, txt2, f, lead, indent=PT(30))
    y += PT(8)
    y = p.para(bx, y, Rm - bx, "Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
               f, lead, indent=PT(30))
    y += PT(24)
    y = p.sigblock(PT(445), y, ["Kepala Badan,"],
                   ["Dr. Ir. MUHAMMAD FAISAL, M.T.", "Pembina Utama Muda (IV/c)", "NIP 19720918 199803 1 006"],
                   f, fb, lead, gap=PT(62))
    y += PT(10)
    fsm = F(R, 10)
    p.line(y, (L, "Tembusan:", fsm))
    y += PT(14)
    for t in ["1. Wali Kota Samarinda (sebagai laporan);", "2. Sekretaris Daerah Kota Samarinda;",
              "3. Arsip."]:
        p.line(y, (L, t, fsm))
        y += PT(14)
    meta = {"nomor": "005/1187/BAPPEDA-III/XII/2026", "tanggal_rapat": "10 Desember 2026"}
    return p, meta


def t_bast():
    p = Page("bast_barang")
    S, SB = "DejaVuSans", "DejaVuSans-Bold"
    f, fb = F(S, 10), F(SB, 10)
    lead = PT(14)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", F(SB, 12), PT(17)),
               ("DINAS PENDIDIKAN DAN KEBUDAYAAN", F(SB, 14), PT(18)),
               ("Jalan Biola No. 1 Samarinda 75123 Telepon (0541) 742373", F(S, 9.5), PT(13))])
    L, Rm = PT(55), W - PT(50)
    p.center(y, "BERITA ACARA SERAH TERIMA BARANG", F(SB, 12))
    y += PT(16)
    p.center(y, "Nomor : 027/0562/DISDIK-II/IX/2026", f)
    y += PT(24)
    txt = ("Pada hari ini Rabu tanggal dua puluh tiga bulan September tahun dua ribu dua puluh enam "
           "(23-09-2026), kami yang bertanda tangan di bawah ini:")
    y = p.para(L, y, Rm - L, txt, f, lead)
    y += PT(6)
    kx = L + PT(20)
    for lab, rows_ in [("1.", [("Nama", "ROSMAWATI, S.Pd., M.M."), ("NIP", "19740226 199803 2 005"),
                               ("Jabatan", "Pejabat Pembuat Komitmen")]),
                       ("2.", [("Nama", "AGUS SETIAWAN, S.Kom."), ("NIP", "19840712 201001 1 016"),
                               ("Jabatan", "Pengurus Barang Pengguna")])]:
        for j, (k, v) in enumerate(rows_):
            p.line(y, (L, lab if j == 0 else "", f), (kx, k, f), (kx + PT(70), ":", f), (kx + PT(80), v, f))
            y += lead
        if lab == "1.":
            p.line(y, (kx, "selanjutnya disebut PIHAK PERTAMA.", f))
        else:
            p.line(y, (kx, "selanjutnya disebut PIHAK KEDUA.", f))
        y += lead * 1.3
    txt = ("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang hasil pengadaan Belanja Modal "
           "Peralatan dan Mesin (kode rekening 5.2.02.10.01.0002) berdasarkan Surat Pesanan Nomor "
           "027/0498/DISDIK-II/VIII/2026, dengan rincian sebagai berikut:")
    y = p.para(L, y, Rm - L, txt, f, lead)
    y += PT(10)
    items = [
        ("1.3.2.10.01.02.001", "PC All in One", "Lenovo IdeaCentre AIO 3", 12, "Unit", 14850000),
        ("1.3.2.10.01.02.002", "Laptop / Notebook", "ASUS Vivobook 14 A1404VA", 8, "Unit", 11275000),
        ("1.3.2.10.02.03.003", "Printer Multifungsi", "Epson EcoTank L6270", 4, "Unit", 5430000),
        ("1.3.2.10.02.04.001", "Proyektor LCD", "Epson EB-E500", 3, "Unit", 7890000),
        ("1.3.2.05.01.04.001", "Lemari Arsip Besi", "Brother B-204", 6, "Buah", 3675000),
        ("1.3.2.10.01.02.009", "UPS 1000 VA", "APC BV1000I-MS", 12, "Unit", 1985000),
    ]
    rows = [["No", "Kode Barang", "Nama Barang", "Merk / Tipe", "Jml", "Satuan", "Harga Satuan (Rp)", "Jumlah Harga (Rp)"]]
    tot = 0
    for i, (kb, nm, mk, q, sat, hs) in enumerate(items, 1):
        rows.append([str(i), kb, nm, mk, str(q), sat, rp(hs), rp(q * hs)])
        tot += q * hs
    rows.append(["", "", "JUMLAH", "", "", "", "", rp(tot)])
    colw = [PT(26), PT(100), PT(90), PT(86), PT(28), PT(44), PT(68), PT(76)]
    sc = (Rm - L) / sum(colw)
    colw = [int(c * sc) for c in colw]
    y = p.table(L, y, colw, rows, F("DejaVuSansCondensed", 9), PT(12), style="grid",
                hfont=F("DejaVuSansCondensed-Bold", 9), align=["c", "l", "l", "l", "c", "l", "r", "r"], pad=PT(3.5))
    y += PT(18)
    txt = (f"Terbilang: {terbilang(tot)} rupiah. Barang tersebut di atas telah diperiksa dan diterima "
           "dalam keadaan baik dan lengkap. Berita acara ini dibuat rangkap 3 (tiga) untuk dipergunakan "
           "sebagaimana mestinya.")
    y = p.para(L, y, Rm - L, txt, f, lead)
    y += PT(22)
    y -= PT(6)
    p.sigblock(PT(140), y, ["PIHAK KEDUA,", "Pengurus Barang Pengguna"],
               ["AGUS SETIAWAN, S.Kom.", "NIP 19840712 201001 1 016"], f, fb, lead, stamp=False, gap=PT(46))
    p.sigblock(PT(440), y, ["PIHAK PERTAMA,", "Pejabat Pembuat Komitmen"],
               ["ROSMAWATI, S.Pd., M.M.", "NIP 19740226 199803 2 005"], f, fb, lead, gap=PT(46))
    p.footer = True
    p.line(H - PT(30), (L, "BAST-BMD/DISDIK/2026", F(S, 8.5 + 0.5)), (Rm, "Halaman 1 dari 1", F(S, 9), "r"))
    meta = {"items": [[it[0], it[3], it[5]] for it in items], "total": tot,
            "terbilang": terbilang(tot)}
    return p, meta


TYPES = [("sk_lampiran", t_sk_lampiran), ("kwitansi", t_kwitansi), ("rekap_absensi", t_rekap_absensi),
         ("realisasi_fisik_keuangan", t_realisasi), ("musrenbang", t_musrenbang),
         ("undangan", t_undangan), ("bast_barang", t_bast)]

# ---------------------------------------------------------------- degradations
DEGS = [("clean_300dpi", "png"), ("dpi150", "png"), ("fax", "png"), ("jpeg_q25", "jpg"),
        ("pdf_skew2", "pdf"), ("phone_photo", "jpg"), ("stamp", "png"), ("sideways", "png"),
        ("upside_down", "png")]


def save_grey4(img, path, dpi):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    im = Image.fromarray(q, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    im.putpalette(pal)
    im.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def deg_fax(img, rnd, nrs):
    g = img.resize((1654, 1169), Image.BOX)  # 200 x 100 dpi sampling
    a = np.asarray(g, dtype=np.float32)
    a = a + nrs.normal(0, 10, a.shape)
    b = a > 165  # True = white
    h, w = b.shape
    # specks
    for _ in range(900):
        y, x = nrs.integers(0, h), nrs.integers(0, w)
        b[y:y + nrs.integers(1, 3), x:x + nrs.integers(1, 3)] = False
    # horizontal streaks (partial rows), a thin vertical streak, white dropout rows
    for _ in range(6):
        y = int(nrs.integers(0, h))
        x0 = int(nrs.integers(0, w // 2))
        x1 = int(min(w, x0 + nrs.integers(w // 6, w // 2)))
        b[y, x0:x1] = False
    vx = int(nrs.integers(w // 5, w - w // 5))
    col = nrs.random(h) < 0.35
    b[col, vx] = False
    for _ in range(3):
        y = int(nrs.integers(0, h))
        b[y, :] = b[y, :] | (nrs.random(w) < 0.6)
    # dark edge from the fax feeder on the left margin
    b[:, :6] = nrs.random((h, 6)) < 0.3
    b2 = np.repeat(b, 2, axis=0)  # back to square pixels: 200 x 200
    im = Image.fromarray((b2 * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    return im


def deg_jpeg(img, nrs):
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.93 + 12 + nrs.normal(0, 3, a.shape)
    a = np.clip(a, 0, 255)
    rgb = np.stack([a, a * 0.985, a * 0.94], -1).clip(0, 255).astype(np.uint8)
    im = Image.fromarray(rgb, "RGB").resize((2067, 2923), Image.LANCZOS)  # 250 dpi
    return im


def deg_skew(img, ang, nrs):
    g = img.resize((1654, 2339), Image.LANCZOS)  # 200 dpi
    g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    a = a * 0.9 + 18 + nrs.normal(0, 5, a.shape)
    # salt and pepper
    m = nrs.random(a.shape)
    a[m < 0.0015] = 40
    a[m > 0.9990] = 255
    # scanner shadow on the top edge
    a[:18, :] *= np.linspace(0.55, 1, 18)[:, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def deg_phone(img, rnd, nrs):
    g = img.resize((1860, 2631), Image.LANCZOS)
    pw, ph = g.size
    paper = np.asarray(g, dtype=np.float32)
    rgb = np.stack([paper, paper * 0.98, paper * 0.93], -1)
    BW, BH = 2250, 3000
    # desk background: brown wood-ish with stripes and noise
    yy, xx = np.mgrid[0:BH, 0:BW].astype(np.float32)
    stripes = 12 * np.sin(xx / 37.0 + 3 * np.sin(yy / 310.0)) + 6 * np.sin(xx / 9.0)
    bg = np.stack([120 + stripes, 84 + stripes * 0.8, 52 + stripes * 0.5], -1)
    bg += nrs.normal(0, 6, bg.shape)
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = lambda s: rnd.uniform(-s, s)
    dst = np.float32([[150 + j(40), 130 + j(30)], [BW - 170 + j(40), 170 + j(30)],
                      [BW - 110 + j(30), BH - 120 + j(30)], [120 + j(30), BH - 160 + j(30)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(rgb.astype(np.float32), M, (BW, BH), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (BW, BH), flags=cv2.INTER_LINEAR)
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # paper shadow at the edge of the sheet
    # uneven light: bright spot + darker corner
    cx, cy = BW * rnd.uniform(0.25, 0.45), BH * rnd.uniform(0.2, 0.35)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(BW, BH)
    light = 1.08 - 0.55 * d ** 1.4
    light *= 1 - 0.12 * (xx / BW)
    out = out * light[..., None]
    out += nrs.normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    im = im.filter(ImageFilter.GaussianBlur(1.3))
    return im


def draw_stamp(size, color, rnd, nrs, ring_text):
    """RGBA stamp: double ring, ring text, star. Not part of the truth."""
    S = size
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    d.ellipse([4, 4, S - 4, S - 4], outline=255, width=9)
    d.ellipse([int(S * 0.2), int(S * 0.2), int(S * 0.8), int(S * 0.8)], outline=255, width=6)
    fnt = F("DejaVuSans-Bold", 8)
    n = len(ring_text)
    r = S * 0.4
    for i, ch in enumerate(ring_text):
        ang = math.pi * (1.1 + 0.8 * i / max(1, n - 1))  # upper arc
        ang = -math.pi * 0.95 + 1.9 * math.pi * i / n
        x, y = S / 2 + r * math.sin(ang), S / 2 - r * math.cos(ang)
        ch_im = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(ch_im).text((30, 30), ch, font=fnt, fill=255, anchor="mm")
        ch_im = ch_im.rotate(-math.degrees(ang), resample=Image.BICUBIC)
        im.paste(255, (int(x - 30), int(y - 30)), ch_im)
    # star in the centre
    pts = []
    for k in range(10):
        rr = S * (0.17 if k % 2 == 0 else 0.07)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((S / 2 + rr * math.cos(a), S / 2 + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    a = np.asarray(im, dtype=np.float32) / 255.0
    a *= (nrs.random(a.shape) > 0.18) * rnd.uniform(0.75, 0.9)  # patchy ink
    a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)),
                   dtype=np.float32) / 255.0
    return a


def deg_stamp(img, sig, rnd, nrs, ring_text, color):
    base = np.asarray(img.convert("RGB"), dtype=np.float32)
    H_, W_ = base.shape[:2]
    S = 470
    a = draw_stamp(S, color, rnd, nrs, ring_text)
    a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).rotate(rnd.uniform(-25, 25), resample=Image.BICUBIC),
                   dtype=np.float32) / 255.0
    cx, cy = sig
    x0 = int(cx - S * 0.95)
    y0 = int(cy - S * 0.5)
    alpha = np.zeros((H_, W_), np.float32)
    alpha[y0:y0 + S, x0:x0 + S] = a[: H_ - y0, : W_ - x0]
    col = np.array(color, np.float32)
    out = base * (1 - alpha[..., None]) + (base * col / 255.0) * alpha[..., None]
    # signature scribble (dark blue) across the signature gap
    sigim = Image.new("L", (W_, H_), 0)
    d = ImageDraw.Draw(sigim)
    pts = []
    x = cx - 230
    for k in range(70):
        t = k / 69
        pts.append((x + 460 * t + 25 * math.sin(t * 23), cy + 55 * math.sin(t * 9.5 + 1) * (1 - t * 0.4) + 20 * math.cos(t * 31)))
    d.line(pts, fill=255, width=6, joint="curve")
    d.line([(cx - 150, cy + 60), (cx + 260, cy + 20)], fill=255, width=5)
    s = np.asarray(sigim.filter(ImageFilter.GaussianBlur(1.0)), np.float32) / 255.0 * 0.9
    scol = np.array([25, 35, 110], np.float32)
    out = out * (1 - s[..., None]) + scol * s[..., None]
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    return im


STAMP = {
    "sk_lampiran": ("* DINAS KOMUNIKASI DAN INFORMATIKA * KOTA SAMARINDA ", (40, 50, 190)),
    "kwitansi": ("* DINAS PEMUDA DAN OLAHRAGA * KOTA SAMARINDA ", (120, 40, 160)),
    "rekap_absensi": ("* KELURAHAN KARANG ASAM ULU * KOTA SAMARINDA ", (40, 60, 170)),
    "realisasi_fisik_keuangan": ("* DINAS PEKERJAAN UMUM DAN PENATAAN RUANG * ", (150, 40, 140)),
    "musrenbang": ("* KELURAHAN SEMPAJA UTARA * KOTA SAMARINDA ", (45, 70, 180)),
    "undangan": ("* BADAN PERENCANAAN PEMBANGUNAN DAERAH * ", (50, 45, 175)),
    "bast_barang": ("* DINAS PENDIDIKAN DAN KEBUDAYAAN * SAMARINDA ", (110, 40, 170)),
}


def main():
    for d in ["pages", "truth"]:
        if os.path.isdir(os.path.join(OUT, d)):
            shutil.rmtree(os.path.join(OUT, d))
        os.makedirs(os.path.join(OUT, d))
    manifest = []
    metas = {}
    params = {}
    for ti, (name, fn) in enumerate(TYPES):
        p, meta = fn()
        p.check_overlaps()
        assert not p.errors, (name, p.errors)
        assert p.maxy < H - PT(45), (name, "body runs into the footer", p.maxy)
        metas[name] = meta
        with open(os.path.join(OUT, "truth", f"{name}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", f"{name}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        pd = os.path.join(OUT, "pages", name)
        os.makedirs(pd)
        clean = p.img
        seed = 1000 + ti * 17
        prm = {}
        for deg, ext in DEGS:
            rnd = random.Random(f"{seed}-{deg}")
            nrs = np.random.default_rng(seed * 31 + len(deg) * 7 + sum(map(ord, deg)))
            path = os.path.join(pd, f"{name}__{deg}.{ext}")
            if deg == "clean_300dpi":
                save_grey4(clean, path, 300)
            elif deg == "dpi150":
                save_grey4(clean.resize((1240, 1754), Image.LANCZOS), path, 150)
            elif deg == "fax":
                deg_fax(clean, rnd, nrs).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                deg_jpeg(clean, nrs).save(path, quality=25, dpi=(250, 250))
            elif deg == "pdf_skew2":
                ang = (1 if ti % 2 == 0 else -1) * round(rnd.uniform(1.8, 2.2), 2)
                prm["pdf_skew2_angle_deg_ccw"] = ang
                im = deg_skew(clean, ang, nrs)
                im.save(path, "PDF", resolution=200.0, quality=45,
                        title=f"{name} scan", creationDate=FIXED_DATE, modDate=FIXED_DATE, producer="scan")
            elif deg == "phone_photo":
                deg_phone(clean, rnd, nrs).save(path, quality=72)
            elif deg == "stamp":
                txt, colr = STAMP[name]
                im = deg_stamp(clean, p.sig, rnd, nrs, txt, colr)
                im.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
                    path, optimize=True, dpi=(300, 300))
            elif deg == "sideways":
                rot = Image.ROTATE_90 if ti % 2 == 0 else Image.ROTATE_270
                prm["sideways"] = "90 ccw" if ti % 2 == 0 else "90 cw"
                save_grey4(clean.transpose(rot), path, 300)
            elif deg == "upside_down":
                save_grey4(clean.transpose(Image.ROTATE_180), path, 300)
            entry = {"file": f"pages/{name}/{name}__{deg}.{ext}", "text_type": name, "degradation": deg,
                     "truth": f"truth/{name}.txt"}
            if p.tables:
                entry["tables"] = f"truth/{name}.tables.json"
            manifest.append(entry)
        prm["stamp_centre_px"] = [round(v) for v in p.sig]
        params[name] = prm
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump({"labels": metas, "degradation_params": params}, fh, ensure_ascii=False, indent=1)
    print("wrote", len(manifest), "page files")


import calendar  # noqa: E402
import time  # noqa: E402

FIXED_DATE = time.gmtime(calendar.timegm((2026, 12, 7, 9, 0, 0)))

if __name__ == "__main__":
    main()
