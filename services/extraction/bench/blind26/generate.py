#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr26".

Deterministic: fixed seeds, fixed PDF timestamps.  Run from any directory:
    python generate.py            # writes pages/, truth/, manifest.json next to this file
"""
import datetime
import json
import math
import os
import random
import shutil
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

OUT = os.path.dirname(os.path.abspath(__file__))
W, H = 2480, 3508            # A4 at 300 dpi
PX = 300 / 72                # pixels per point
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTFILES = {
    ("sans", "r"): "DejaVuSans.ttf", ("sans", "b"): "DejaVuSans-Bold.ttf", ("sans", "i"): "DejaVuSans-Oblique.ttf",
    ("sansc", "r"): "DejaVuSansCondensed.ttf", ("sansc", "b"): "DejaVuSansCondensed-Bold.ttf",
    ("sansc", "i"): "DejaVuSansCondensed-Oblique.ttf",
    ("serif", "r"): "DejaVuSerif.ttf", ("serif", "b"): "DejaVuSerif-Bold.ttf", ("serif", "i"): "DejaVuSerif-Italic.ttf",
    ("serifc", "r"): "DejaVuSerifCondensed.ttf", ("serifc", "b"): "DejaVuSerifCondensed-Bold.ttf",
    ("serifc", "i"): "DejaVuSerifCondensed-Italic.ttf",
}
_fcache = {}
FIXED_DATE = datetime.datetime(2026, 11, 30, 9, 0, 0)
DEGRADATIONS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp",
                "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "jpg", "sideways": "png", "upside_down": "png"}


def font(fam, sty, pt):
    key = (fam, sty, pt)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(FONTDIR + FONTFILES[(fam, sty)], round(pt * PX))
    return _fcache[key]


def rp(n):
    return f"{n:,}".replace(",", ".")


SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


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
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " miliar " + terbilang(n % 10 ** 9)).strip()


BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def tgl(d):
    return f"{d.day} {BULAN[d.month]} {d.year}"


# ---------------------------------------------------------------------------------------------
# page model: every drawn text piece is recorded; truth lines are appended in reading order
# ---------------------------------------------------------------------------------------------
class Page:
    def __init__(self, name, fam, pt, margin=(210, 170, 210)):
        self.name, self.fam, self.pt = name, fam, pt
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.L, self.T, self.R = margin[0], margin[1], W - margin[2]
        self.y = self.T
        self.sig = None      # (x, y) centre for the stamp

    def f(self, sty="r", pt=None, fam=None):
        return font(fam or self.fam, sty, pt or self.pt)

    @staticmethod
    def lh(fnt, k=1.42):
        return round(fnt.size * k)

    def _draw(self, x, ybase, text, fnt, align="l", underline=False):
        w = fnt.getlength(text)
        if align == "r":
            x = x - w
        elif align == "c":
            x = x - w / 2
        assert x >= 60 and x + w <= W - 60, (self.name, text)
        self.d.text((x, ybase), text, font=fnt, fill=0, anchor="ls")
        if underline:
            self.d.line([(x, ybase + 8), (x + w, ybase + 8)], fill=0, width=3)
        return x, x + w

    def line(self, pieces, y=None, adv=None, record=True):
        """pieces: list of (x, text, font[, align[, underline]]). One printed line."""
        top = self.y if y is None else y
        fmax = max(p[2].size for p in pieces)
        asc = max(p[2].getmetrics()[0] for p in pieces)
        base = top + asc
        assert y is not None or base < H - 300, (self.name, "page overflow", pieces[0][1])
        drawn = []
        for p in pieces:
            x, text, fnt = p[0], p[1], p[2]
            align = p[3] if len(p) > 3 else "l"
            ul = p[4] if len(p) > 4 else False
            if text:
                x0, x1 = self._draw(x, base, text, fnt, align, ul)
                drawn.append((x0, text, x1))
        sd = sorted(drawn)
        for a, b in zip(sd, sd[1:]):
            assert b[0] >= a[2] + 14, (self.name, "pieces overlap", a[1], b[1])
        if record and drawn:
            self.lines.append(" ".join(t[1] for t in sd))
        step = adv if adv is not None else self.lh(pieces[0][2])
        if y is None:
            self.y += step
        return top + step

    def center(self, text, fnt, ul=False, **kw):
        return self.line([((self.L + self.R) / 2, text, fnt, "c", ul)], **kw)

    def gap(self, px):
        self.y += px

    def wrap(self, text, fnt, width):
        words, out, cur = text.split(" "), [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if fnt.getlength(t) <= width:
                cur = t
            else:
                assert cur, ("word too long", w)
                out.append(cur)
                cur = w
        out.append(cur)
        for o in out:
            assert fnt.getlength(o) <= width, o
        return out

    def para(self, text, fnt, x0=None, x1=None, justify=False, indent=0, k=1.42):
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        words = text.split(" ")
        # first line may be indented
        lines, cur, first = [], [], True
        for w in words:
            width = x1 - x0 - (indent if first else 0)
            trial = " ".join(cur + [w])
            if fnt.getlength(trial) <= width:
                cur.append(w)
            else:
                lines.append(cur)
                cur, first = [w], False
        lines.append(cur)
        for i, ws in enumerate(lines):
            xs = x0 + (indent if i == 0 else 0)
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tot = sum(fnt.getlength(w) for w in ws)
                gapw = (x1 - xs - tot) / (len(ws) - 1)
                asc = fnt.getmetrics()[0]
                x = xs
                for w in ws:
                    self.d.text((x, self.y + asc), w, font=fnt, fill=0, anchor="ls")
                    x += fnt.getlength(w) + gapw
                self.lines.append(" ".join(ws))
                self.y += self.lh(fnt, k)
            else:
                self.line([(xs, " ".join(ws), fnt)], adv=self.lh(fnt, k))

    def kv(self, label, value, fnt, xl, xc, xv, x1=None, vfont=None, prefix=None, xp=None):
        """label : value, value wraps under itself."""
        x1 = self.R if x1 is None else x1
        vf = vfont or fnt
        vl = self.wrap(value, vf, x1 - xv) if value else [""]
        pcs = [(xl, label, fnt), (xc, ":", fnt), (xv, vl[0], vf)]
        if prefix:
            pcs.insert(0, (xp, prefix, fnt))
        self.line(pcs)
        for cont in vl[1:]:
            self.line([(xv, cont, vf)])

    def table(self, x0, colw, rows, style, fnt, hfont=None, aligns=None, header_n=1, spans=None,
              shade=False, pad=14, k=1.32, valign_body="t", lw=3):
        """rows: list of rows of cell strings (truth); spans: {(r,c): (rowspan, colspan)}."""
        hfont = hfont or fnt
        spans = spans or {}
        ncol = len(colw)
        assert all(len(r) == ncol for r in rows)
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        assert xs[-1] <= W - 100, (self.name, xs[-1])
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", ("covered cell must be empty", rr, cc)
        wrapped = {}
        heights = []
        for r, row in enumerate(rows):
            fn = hfont if r < header_n else fnt
            lh = self.lh(fn, k)
            nl = 1
            for c, txt in enumerate(row):
                if (r, c) in covered or not txt:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                width = xs[c + cs] - xs[c] - 2 * pad
                wl = self.wrap(txt, fn, width)
                wrapped[(r, c)] = wl
                if rs == 1:
                    nl = max(nl, len(wl))
            heights.append(nl * lh + 2 * pad)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        assert ys[-1] < H - 250, (self.name, ys[-1])
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_n]], fill=215)
        # text + truth
        for r, row in enumerate(rows):
            fn = hfont if r < header_n else fnt
            lh = self.lh(fn, k)
            asc = fn.getmetrics()[0]
            pieces = []
            for c, txt in enumerate(row):
                if (r, c) not in wrapped:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                al = "c" if r < header_n else (aligns[c] if aligns else "l")
                cx0, cx1 = xs[c] + pad, xs[c + cs] - pad
                x = {"l": cx0, "r": cx1, "c": (cx0 + cx1) / 2}[al]
                ytop = ys[r] + pad
                if r < header_n and rs > 1:   # vertically centred merged header cell
                    hh = ys[r + rs] - ys[r]
                    ytop = ys[r] + (hh - len(wrapped[(r, c)]) * lh) / 2
                for i, t in enumerate(wrapped[(r, c)]):
                    self._draw(x, ytop + i * lh + asc + (lh - fn.size) * 0.3, t, fn, al)
                pieces.append(" ".join(wrapped[(r, c)]))
            if pieces:
                self.lines.append(" ".join(pieces))
        # rules
        d = self.d
        if style == "grid":
            for r in range(len(rows)):
                for c in range(ncol):
                    if (r, c) in covered:
                        continue
                    rs, cs = spans.get((r, c), (1, 1))
                    d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=lw)
        elif style == "hrules":
            d.line([(xs[0], ys[0]), (xs[-1], ys[0])], fill=0, width=lw + 2)
            d.line([(xs[0], ys[header_n]), (xs[-1], ys[header_n])], fill=0, width=lw)
            d.line([(xs[0], ys[header_n] + 9), (xs[-1], ys[header_n] + 9)], fill=0, width=lw - 1)
            for r in range(header_n + 1, len(rows)):
                d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=110, width=2)
            d.line([(xs[0], ys[-1]), (xs[-1], ys[-1])], fill=0, width=lw + 2)
        elif style == "none":
            pass
        self.tables.append([list(r) for r in rows])
        self.y = ys[-1]
        return ys

    def footer(self, left=None, right=None, center=None, fnt=None, y=H - 200):
        fnt = fnt or self.f("r", 8.5)
        pcs = []
        if left:
            pcs.append((self.L, left, fnt, "l"))
        if center:
            pcs.append(((self.L + self.R) / 2, center, fnt, "c"))
        if right:
            pcs.append((self.R, right, fnt, "r"))
        self.d.line([(self.L, y - 25), (self.R, y - 25)], fill=90, width=2)
        self.line(pcs, y=y)

    def kop(self, opd_lines, addr_lines, fam=None):
        fam = fam or self.fam
        # emblem: a simple shield, no text
        ex, ey = self.L + 40, self.y + 10
        self.d.polygon([(ex, ey), (ex + 190, ey), (ex + 190, ey + 150), (ex + 95, ey + 235), (ex, ey + 150)],
                       outline=0, width=7)
        self.d.ellipse([ex + 50, ey + 45, ex + 140, ey + 135], outline=0, width=6)
        self.d.polygon([(ex + 95, ey + 58), (ex + 118, ey + 122), (ex + 72, ey + 122)], fill=60)
        cx = (self.L + 240 + self.R) / 2
        self.line([(cx, "PEMERINTAH KOTA SAMARINDA", font(fam, "b", 14), "c")])
        for t in opd_lines:
            self.line([(cx, t, font(fam, "b", 15), "c")])
        for t in addr_lines:
            self.line([(cx, t, font(fam, "r", 9), "c")], adv=round(font(fam, "r", 9).size * 1.3))
        self.y = max(self.y, ey + 250) + 10
        self.d.line([(self.L, self.y), (self.R, self.y)], fill=0, width=11)
        self.d.line([(self.L, self.y + 18), (self.R, self.y + 18)], fill=0, width=3)
        self.y += 60


def nip(rng, sex=None, birth=None):
    by = birth or rng.randint(1966, 1990)
    bd = datetime.date(by, rng.randint(1, 12), rng.randint(1, 28))
    ty = rng.randint(by + 22, min(by + 30, 2021))
    tm = rng.choice([1, 3, 4, 12])
    s = sex or rng.choice([1, 2])
    return f"{bd:%Y%m%d} {ty}{tm:02d} {s} {rng.randint(1, 25):03d}"


# ---------------------------------------------------------------------------------------------
# the seven documents
# ---------------------------------------------------------------------------------------------
def doc_surat_kuasa(rng):
    p = Page("surat_kuasa", "serif", 12)
    p.kop(["DINAS PENDIDIKAN DAN KEBUDAYAAN"],
          ["Jalan Biola Nomor 1 Telepon (0541) 741028 Faksimile (0541) 741029",
           "Laman disdikbud.samarindakota.go.id Pos-el disdikbud@samarindakota.go.id", "SAMARINDA 75123"])
    b, r = p.f("b"), p.f("r")
    p.center("SURAT KUASA", p.f("b", 13), ul=True)
    p.center("Nomor: 800/1573/DISDIKBUD-II/XI/2026", r)
    p.gap(25)
    p.line([(p.L, "Yang bertanda tangan di bawah ini:", r)])
    xl, xc, xv = p.L + 80, p.L + 380, p.L + 420
    n1, n2 = "19690817 199403 1 006", "19850224 201001 2 014"
    p.kv("Nama", "Drs. H. Rahmadi Syahrani, M.Pd.", r, xl, xc, xv)
    p.kv("NIP", n1, r, xl, xc, xv)
    p.kv("Jabatan", "Kepala Dinas Pendidikan dan Kebudayaan", r, xl, xc, xv)
    p.line([(p.L, "selanjutnya disebut PEMBERI KUASA.", r)])
    p.gap(8)
    p.line([(p.L, "Dengan ini memberikan kuasa kepada:", r)])
    p.kv("Nama", "Nurul Hidayati, S.E.", r, xl, xc, xv)
    p.kv("NIP", n2, r, xl, xc, xv)
    p.kv("Jabatan", "Bendahara Pengeluaran", r, xl, xc, xv)
    p.line([(p.L, "selanjutnya disebut PENERIMA KUASA.", r)])
    p.gap(12)
    p.center("- - - - - - - - - - K H U S U S - - - - - - - - - -", b)
    p.gap(8)
    amt = 487650000
    p.para("Untuk dan atas nama Pemberi Kuasa mengajukan, mengambil dan menandatangani dokumen pencairan "
           f"Surat Perintah Pencairan Dana (SP2D) Nomor 900/3314/BPKAD-III/XI/2026 tanggal 19 November 2026 "
           f"sebesar Rp {rp(amt)},00 ({terbilang(amt)} rupiah) pada PT Bank Pembangunan Daerah Kalimantan "
           "Timur dan Kalimantan Utara Cabang Utama Samarinda untuk pembayaran honorarium tenaga pendidik "
           "non-ASN bulan November 2026 yang dibebankan pada kode rekening 5.1.02.02.01.0013 Belanja Jasa "
           "Tenaga Pendidikan.", r, justify=True, indent=100, k=1.36)
    p.gap(6)
    p.para("Surat kuasa ini berlaku sejak tanggal ditandatangani sampai dengan tanggal 31 Desember 2026 dan "
           "tidak dapat dilimpahkan kepada pihak lain.", r, justify=True, indent=100, k=1.36)
    p.gap(6)
    p.para("Demikian surat kuasa ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.",
           r, justify=True, indent=100, k=1.36)
    p.gap(30)
    xr = p.L + 1150
    p.line([(xr, "Samarinda, 20 November 2026", r)])
    p.gap(12)
    top = p.y
    # left column
    p.line([(p.L + 60, "Penerima Kuasa,", r)])
    p.gap(215)
    p.line([(p.L + 60, "Nurul Hidayati, S.E.", b, "l", True)])
    p.line([(p.L + 60, "NIP " + n2, r)])
    p.y = top
    p.line([(xr, "Pemberi Kuasa,", r)])
    p.line([(xr, "Kepala Dinas,", r)])
    p.sig = (xr + 140, p.y + 110)
    p.gap(135)
    p.line([(xr, "Drs. H. Rahmadi Syahrani, M.Pd.", b, "l", True)])
    p.line([(xr, "Pembina Utama Muda", r)])
    p.line([(xr, "NIP " + n1, r)])
    p.gap(30)
    p.line([(p.L, "Tembusan: 1. Kepala BPKAD Kota Samarinda; 2. Inspektur Kota Samarinda; 3. Arsip.",
             p.f("r", 10))])
    p.footer(center="Halaman 1 dari 1", fnt=p.f("r", 9))
    return p


def doc_rekap_absensi(rng):
    p = Page("rekap_absensi", "sansc", 9, margin=(170, 150, 170))
    p.kop(["KECAMATAN SAMARINDA ULU"],
          ["Jalan Kusuma Bangsa Nomor 47 Telepon (0541) 742517 Samarinda 75123"], fam="sans")
    b, r = p.f("b", 11), p.f("r")
    p.center("REKAP ABSENSI BULANAN PEGAWAI APARATUR SIPIL NEGARA", b)
    p.center("BULAN OKTOBER 2026", b)
    p.gap(30)
    hk = sum(1 for d in range(1, 32) if datetime.date(2026, 10, d).weekday() < 5)
    xl, xc, xv = p.L, p.L + 400, p.L + 430
    p.kv("Unit Kerja", "Kantor Kecamatan Samarinda Ulu", p.f("r", 10), xl, xc, xv)
    p.kv("Jumlah Hari Kerja", f"{hk} hari", p.f("r", 10), xl, xc, xv)
    p.kv("Sumber Data", "Mesin presensi sidik jari dan aplikasi e-Presensi", p.f("r", 10), xl, xc, xv)
    p.gap(25)
    names = ["Drs. Ahmad Fauzi Rahman, M.Si.", "Siti Aminah Noor, S.Sos.", "Yohanes Paulus Lerebulan, S.H.",
             "Dewi Kartika Sari, S.E.", "Muhammad Rizky Ananda, S.Kom.", "Hj. Rusmiati", "Bambang Supriyadi",
             "Rina Marlina Dewi Saputri, A.Md.", "Agus Salim", "Fitriani Nur Azizah, S.AP.",
             "Hendra Gunawan Putra", "Ni Ketut Sriyani, S.Pd.", "Abdul Karim Nasution, S.T.", "Maria Goretti Tukan"]
    rows = [["No", "Nama", "NIP", "H", "S", "I", "C", "DL", "TK", "Jumlah", "% Hadir"]]
    tot_pct = Decimal(0)
    for i, nm in enumerate(names, 1):
        s = rng.choice([0, 0, 0, 1, 2])
        iz = rng.choice([0, 0, 1])
        c = rng.choice([0, 0, 0, 0, 3, 5])
        dl = rng.choice([0, 1, 2, 3, 4])
        tk = rng.choice([0, 0, 0, 0, 0, 1])
        h = hk - s - iz - c - dl - tk
        pct = (Decimal(h + dl) * 100 / hk).quantize(Decimal("0.1"), ROUND_HALF_UP)
        tot_pct += pct
        female = nm.split()[0] in ("Siti", "Dewi", "Hj.", "Rina", "Fitriani", "Ni", "Maria")
        rows.append([str(i), nm, nip(rng, 2 if female else 1), str(h), str(s), str(iz), str(c), str(dl), str(tk), str(hk),
                     str(pct).replace(".", ",")])
    colw = [90, 560, 470, 95, 95, 95, 95, 95, 95, 170, 190]
    al = ["c", "l", "l", "c", "c", "c", "c", "c", "c", "c", "r"]
    p.table(p.L, colw, rows, "grid", r, hfont=p.f("b"), aligns=al, pad=13)
    p.gap(30)
    avg = (tot_pct / len(names)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    p.line([(p.L, "Keterangan: H = Hadir; S = Sakit; I = Izin; C = Cuti; DL = Dinas Luar; TK = Tanpa Keterangan.", r)])
    p.line([(p.L, "% Hadir dihitung dari (H + DL) dibagi jumlah hari kerja.", r)])
    p.line([(p.L, f"Rata-rata persentase kehadiran pegawai: {str(avg).replace('.', ',')}%", p.f("b"))])
    p.gap(60)
    xr = p.L + 1300
    p.line([(xr, "Samarinda, 3 November 2026", p.f("r", 10))])
    p.line([(xr, "Camat Samarinda Ulu,", p.f("r", 10))])
    p.sig = (xr + 180, p.y + 110)
    p.gap(230)
    p.line([(xr, "Drs. Ahmad Fauzi Rahman, M.Si.", p.f("b", 10), "l", True)])
    p.line([(xr, "NIP " + rows[1][2], p.f("r", 10))])
    p.footer(left="Dicetak dari e-Presensi Kecamatan Samarinda Ulu", right="Halaman 1 dari 1")
    return p


def doc_kartu_kendali(rng):
    p = Page("kartu_kendali", "sans", 10, margin=(180, 160, 180))
    p.kop(["BADAN PERENCANAAN PEMBANGUNAN, RISET", "DAN INOVASI DAERAH"],
          ["Jalan Dahlia Nomor 81 Telepon (0541) 733333 Samarinda 75121"])
    r, b = p.f("r"), p.f("b")
    p.center("KARTU KENDALI SURAT KELUAR", p.f("b", 13))
    p.gap(20)
    xl, xc, xv = p.L, p.L + 380, p.L + 410
    p.kv("Unit Pengolah", "Sekretariat - Subbagian Umum dan Kepegawaian", r, xl, xc, xv)
    p.kv("Periode", "1 s.d. 30 November 2026", r, xl, xc, xv)
    p.kv("Buku Agenda", "Nomor 11 Tahun 2026", r, xl, xc, xv)
    p.gap(30)
    units = ["BAPPERIDA-I", "BAPPERIDA-II", "BAPPERIDA-III", "BAPPERIDA-IV"]
    kls = ["000", "005", "050", "094", "800", "900", "027", "400"]
    tujuan = ["Kepala BPKAD Kota Samarinda", "Camat Samarinda Kota", "Kepala Dinas PUPR", "Sekretaris Daerah",
              "Kepala Dinas Kesehatan", "Ketua DPRD Kota Samarinda", "Inspektur Kota Samarinda",
              "Kepala Bappeda Prov. Kaltim", "Lurah Sidodadi", "Direktur RSUD I.A. Moeis",
              "Kepala Dinas Kominfo", "Kepala BKPSDM"]
    perihal = ["Undangan Rapat Pra-Musrenbang", "Penyampaian Draf Renja 2027", "Permohonan Data Kinerja",
               "Laporan Realisasi Triwulan III", "Pengiriman Peserta Bimtek", "Nota Dinas Evaluasi RKPD",
               "Permintaan Narasumber", "Penyampaian Telaahan Staf", "Undangan FGD Inovasi Daerah",
               "Konfirmasi Jadwal Asistensi RKA", "Usulan Perubahan Indikator", "Pemberitahuan Libur Kantor"]
    lamp = ["1 berkas", "-", "2 lembar", "", "1 eks.", "-", "", "3 lembar", "1 berkas", "", "-", "1 lembar"]
    rows = [["No", "Tanggal", "Nomor Surat", "Kepada", "Perihal", "Lamp."]]
    seq = 1184
    day = 2
    for i in range(12):
        seq += rng.randint(3, 17)
        day = min(30, day + rng.randint(1, 3))
        d = datetime.date(2026, 11, day)
        if d.weekday() >= 5:
            d = d + datetime.timedelta(days=7 - d.weekday())
            day = d.day
        num = f"{rng.choice(kls)}/{seq:04d}/{rng.choice(units)}/{ROMAN[d.month]}/{d.year}"
        rows.append([str(i + 1), d.strftime("%d-%m-%Y"), num, tujuan[i], perihal[i], lamp[i]])
    colw = [100, 260, 680, 405, 460, 215]
    p.table(p.L, colw, rows, "hrules", p.f("r", 9.5), hfont=p.f("b", 9.5),
            aligns=["c", "l", "l", "l", "l", "l"], pad=12, k=1.35)
    p.gap(30)
    p.line([(p.L, f"Jumlah surat keluar periode ini: {len(rows) - 1} surat", b)])
    p.gap(70)
    xr = p.L + 1350
    p.line([(xr, "Pengelola Arsip,", r)])
    p.sig = (xr + 160, p.y + 90)
    p.gap(200)
    p.line([(xr, "Yusnita Rahmawati", b, "l", True)])
    p.line([(xr, "NIP " + nip(rng, 2), r)])
    p.footer(left="Form KK-SK/2026", right="Halaman 1 dari 1")
    return p


def doc_ba_kas(rng):
    p = Page("ba_pemeriksaan_kas", "serif", 11)
    p.kop(["DINAS KESEHATAN"], ["Jalan Milono Nomor 1 Telepon (0541) 741732 Samarinda 75121"])
    r, b = p.f("r"), p.f("b")
    p.center("BERITA ACARA PEMERIKSAAN KAS", p.f("b", 12), ul=True)
    p.center("Nomor: 900/2241/DINKES-IV/XI/2026", r)
    p.gap(22)
    d = datetime.date(2026, 11, 30)
    p.para(f"Pada hari ini {HARI[d.weekday()]} tanggal {terbilang(d.day)} bulan November tahun dua ribu dua puluh "
           "enam, kami yang bertanda tangan di bawah ini selaku Pengguna Anggaran telah melakukan pemeriksaan "
           "kas terhadap:", r, justify=True)
    xl, xc, xv = p.L + 60, p.L + 520, p.L + 560
    n_bend = nip(rng, 2)
    p.kv("Nama", "Lisa Andriani Putri, S.E.", r, xl, xc, xv)
    p.kv("NIP", n_bend, r, xl, xc, xv)
    p.kv("Jabatan", "Bendahara Pengeluaran", r, xl, xc, xv)
    p.para("yang berdasarkan Keputusan Wali Kota Samarinda Nomor 900.1.3/045/HK-KS/I/2026 ditugaskan "
           "mengurus uang persediaan, dengan hasil pemeriksaan sebagai berikut:", r, justify=True)
    p.gap(20)
    p.line([(p.L, "A. Rincian uang tunai di brankas", b)])
    pec = [(100000, "lembar"), (50000, "lembar"), (20000, "lembar"), (10000, "lembar"), (5000, "lembar"),
           (2000, "lembar"), (1000, "keping"), (500, "keping"), (200, "keping")]
    rows = [["Pecahan (Rp)", "Banyaknya", "Nilai (Rp)"]]
    tunai = 0
    for v, sat in pec:
        n = rng.randint(3, 60) if v >= 10000 else rng.randint(4, 30)
        tunai += v * n
        rows.append([rp(v), f"{n} {sat}", rp(v * n)])
    rows.append(["Jumlah uang tunai", "", rp(tunai)])
    p.table(p.L + 90, [520, 420, 480], rows, "none", r, hfont=p.f("b"), aligns=["r", "c", "r"], pad=8,
            k=1.18)
    p.gap(15)
    bank = 43187500 + rng.randint(0, 40) * 12500
    bku = tunai + bank
    p.line([(p.L, "B. Perbandingan saldo", b)])
    x1, x2, x3 = p.L + 60, p.L + 1480, p.L + 2000
    p.line([(x1, "1. Saldo Buku Kas Umum per 30 November 2026", r), (x2, "Rp", r), (x3, rp(bku), r, "r")])
    p.line([(x1, "2. Uang tunai di brankas (huruf A)", r), (x2, "Rp", r), (x3, rp(tunai), r, "r")])
    p.line([(x1, "3. Saldo rekening giro Bank Kaltimtara", r), (x2, "Rp", r), (x3, rp(bank), r, "r")])
    p.line([(x1, "4. Jumlah kas yang diperiksa (2 + 3)", r), (x2, "Rp", r), (x3, rp(tunai + bank), r, "r")])
    p.line([(x1, "5. Selisih (1 - 4)", r), (x2, "Rp", r), (x3, "0", r, "r")])
    p.gap(20)
    p.para("Demikian berita acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana mestinya.",
           r, justify=True)
    p.gap(22)
    xr = p.L + 1150
    p.line([(xr, "Samarinda, " + tgl(d), r)])
    p.gap(20)
    top = p.y
    p.line([(p.L + 40, "Yang diperiksa,", r)])
    p.line([(p.L + 40, "Bendahara Pengeluaran", r)])
    p.gap(175)
    p.line([(p.L + 40, "Lisa Andriani Putri, S.E.", b, "l", True)])
    p.line([(p.L + 40, "NIP " + n_bend, r)])
    p.y = top
    p.line([(xr, "Yang memeriksa,", r)])
    p.line([(xr, "Kepala Dinas Kesehatan", r)])
    p.sig = (xr + 200, p.y + 110)
    p.gap(175)
    p.line([(xr, "dr. Ismid Kusasih, M.Kes.", b, "l", True)])
    p.line([(xr, "NIP " + nip(rng, 1), r)])
    p.footer(left="BA Pemeriksaan Kas Bulan November 2026", right="Hal. 1/1", fnt=p.f("i", 8.5))
    return p


def doc_kir(rng):
    p = Page("kir_ruangan", "serifc", 9, margin=(150, 150, 150))
    r, b = p.f("r"), p.f("b")
    p.center("KARTU INVENTARIS RUANGAN (KIR)", p.f("b", 13))
    p.gap(30)
    xl, xc, xv = p.L, p.L + 330, p.L + 360
    f10 = p.f("r", 10)
    p.kv("Provinsi", "Kalimantan Timur", f10, xl, xc, xv)
    p.kv("Kabupaten/Kota", "Kota Samarinda", f10, xl, xc, xv)
    p.kv("Unit", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", f10, xl, xc, xv)
    p.kv("Satuan Kerja", "Bidang Pelayanan Perizinan", f10, xl, xc, xv)
    p.kv("Ruangan", "Ruang Pelayanan Front Office Lantai 1", f10, xl, xc, xv)
    p.kv("Kode Lokasi", "12.01.30.05.2.18.01", f10, xl, xc, xv)
    p.gap(30)
    items = [
        ("Meja kerja 1/2 biro kayu", "Olympic", "1.3.2.05.01.04.002", 2019, 6, 1850000),
        ("Kursi kerja putar beroda dengan sandaran tangan", "Chitose Yuki", "1.3.2.05.01.04.006", 2019, 6, 1275000),
        ("Lemari arsip besi 4 laci", "Brother", "1.3.2.05.01.03.003", 2017, 2, 3450000),
        ("Komputer PC all-in-one", "Lenovo IdeaCentre 3", "1.3.2.10.01.02.001", 2023, 4, 11250000),
        ("Printer laser monokrom", "HP LaserJet M211dw", "1.3.2.10.02.03.003", 2022, 2, 3890000),
        ("Mesin antrean dengan layar sentuh", "Qmatic Kiosk", "1.3.2.10.01.02.009", 2021, 1, 27500000),
        ("Air conditioner split 2 PK", "Daikin FTKC50", "1.3.2.05.02.04.004", 2020, 3, 9875000),
        ("Televisi LED 55 inci", "Samsung", "1.3.2.05.02.06.002", 2022, 2, 8199000),
        ("Kursi tunggu 3 dudukan besi", "Informa", "1.3.2.05.01.04.010", 2018, 5, 2150000),
        ("Dispenser air panas dingin", "Miyako", "1.3.2.05.02.06.015", 2020, 1, 1425000),
    ]
    kets = {1: "Dipakai petugas loket", 3: "Satu unit layar retak", 5: "Perlu servis berkala",
            6: "Satu unit tidak dingin", 8: "Sandaran satu unit patah"}
    rows = [["No", "Nama Barang / Jenis Barang", "Merk / Model", "Kode Barang", "Tahun Beli", "Jml",
             "Harga Perolehan (Rp)", "Keadaan Barang", "", "", "Ket."],
            ["", "", "", "", "", "", "", "B", "KB", "RB", ""],
            [str(i) for i in range(1, 12)]]
    tq = tv = tb = tkb = trb = 0
    for i, (nm, mk, kb, th, q, hs) in enumerate(items):
        kb_n = 1 if i in (3, 6) else 0
        rb_n = 1 if i == 8 else 0
        bn = q - kb_n - rb_n
        val = q * hs
        tq, tv, tb, tkb, trb = tq + q, tv + val, tb + bn, tkb + kb_n, trb + rb_n
        rows.append([str(i + 1), nm, mk, kb, str(th), str(q), rp(val), str(bn), str(kb_n) if kb_n else "",
                     str(rb_n) if rb_n else "", kets.get(i, "")])
    rows.append(["Jumlah", "", "", "", "", str(tq), rp(tv), str(tb), str(tkb), str(trb), ""])
    spans = {(0, 7): (1, 3)}
    for c in (0, 1, 2, 3, 4, 5, 6, 10):
        spans[(0, c)] = (2, 1)
    spans[(len(rows) - 1, 0)] = (1, 5)
    colw = [85, 420, 300, 360, 145, 95, 250, 80, 85, 85, 275]
    al = ["c", "l", "l", "l", "c", "c", "r", "c", "c", "c", "l"]
    p.table(p.L, colw, rows, "grid", r, hfont=p.f("b"), aligns=al, header_n=3, spans=spans, shade=True, pad=11,
            k=1.28)
    p.gap(25)
    p.para("Tidak dibenarkan memindahkan barang-barang yang ada pada daftar ini tanpa sepengetahuan penanggung "
           "jawab Unit Pemakai dan Pengurus Barang.", p.f("i", 9.5))
    p.gap(40)
    f = p.f("r", 10)
    xr = p.L + 1350
    p.line([(xr, "Samarinda, 27 November 2026", f)])
    top = p.y
    p.line([(p.L + 60, "Mengetahui,", f)])
    p.line([(p.L + 60, "Kepala Dinas Penanaman Modal dan PTSP", f)])
    p.gap(220)
    p.line([(p.L + 60, "Ir. Nurrahmani Lestari, M.T.", p.f("b", 10), "l", True)])
    p.line([(p.L + 60, "NIP " + nip(rng, 2), f)])
    p.y = top
    p.line([(xr, "Pengurus Barang,", f)])
    p.sig = (xr + 170, p.y + 100)
    p.gap(220)
    p.line([(xr, "Rahmat Hidayatullah", p.f("b", 10), "l", True)])
    p.line([(xr, "NIP " + nip(rng, 1), f)])
    p.footer(left="KIR/DPMPTSP/FO-01/2026", right="Halaman 1 dari 1")
    return p


def doc_surat_pesanan(rng):
    p = Page("surat_pesanan", "sans", 10)
    p.kop(["DINAS LINGKUNGAN HIDUP"], ["Jalan Sultan Hasanuddin Nomor 2 Telepon (0541) 206124 Samarinda 75131"])
    r, b = p.f("r"), p.f("b")
    p.center("SURAT PESANAN (SP)", p.f("b", 13), ul=True)
    p.center("Nomor: 027/0884/DLH-I/XI/2026", r)
    p.gap(35)
    xl, xc, xv = p.L, p.L + 430, p.L + 460
    p.kv("Paket Pekerjaan", "Pengadaan Alat Tulis Kantor Sekretariat Triwulan IV Tahun Anggaran 2026", r, xl, xc, xv)
    p.kv("Kode Rekening", "5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", r,
         xl, xc, xv)
    p.kv("Penyedia", "CV Mahakam Sinar Abadi", r, xl, xc, xv)
    p.kv("Alamat Penyedia", "Jalan Pahlawan Nomor 27 RT 014 Kelurahan Dadi Mulya, Samarinda", r, xl, xc, xv)
    p.gap(20)
    p.line([(p.L, "Dengan ini kami memesan barang dengan rincian sebagai berikut:", r)])
    p.gap(15)
    items = [("Kertas HVS A4 80 gram", 40, "rim", 62500), ("Kertas HVS F4 70 gram", 25, "rim", 58000),
             ("Map snelhekter plastik", 200, "buah", 4500), ("Pulpen gel 0,5 mm hitam", 10, "kotak", 48000),
             ("Tinta printer botol 70 ml", 24, "botol", 95000), ("Ordner besar 7 cm", 60, "buah", 34500),
             ("Amplop cokelat folio berlogo", 8, "pak", 87500), ("Stopmap kertas bufalo", 150, "lembar", 2750),
             ("Baterai alkaline AA", 12, "pak", 41000)]
    rows = [["No", "Uraian Barang", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    sub = 0
    for i, (u, v, s, h) in enumerate(items, 1):
        sub += v * h
        rows.append([str(i), u, str(v), s, rp(h), rp(v * h)])
    ppn = int((Decimal(sub) * Decimal("0.11")).quantize(Decimal(1), ROUND_HALF_UP))
    tot = sub + ppn
    n = len(rows)
    rows += [["Jumlah", "", "", "", "", rp(sub)], ["PPN 11%", "", "", "", "", rp(ppn)],
             ["Total", "", "", "", "", rp(tot)]]
    spans = {(n, 0): (1, 5), (n + 1, 0): (1, 5), (n + 2, 0): (1, 5)}
    colw = [110, 640, 230, 200, 420, 460]
    p.table(p.L, colw, rows, "grid", r, hfont=b, aligns=["c", "l", "r", "l", "r", "r"], spans=spans, pad=13)
    p.gap(20)
    p.para(f"Terbilang: {terbilang(tot)} rupiah", p.f("i"))
    p.gap(15)
    xl, xc, xv = p.L, p.L + 500, p.L + 530
    p.kv("Waktu penyelesaian", "14 (empat belas) hari kalender sejak SP diterima", r, xl, xc, xv)
    p.kv("Alamat pengiriman", "Gudang Sekretariat DLH, Jalan Sultan Hasanuddin Nomor 2", r, xl, xc, xv)
    p.kv("Denda keterlambatan", "1/1000 (satu perseribu) dari nilai pesanan per hari", r, xl, xc, xv)
    p.gap(40)
    xr = p.L + 1150
    p.line([(xr, "Samarinda, 16 November 2026", r)])
    p.gap(15)
    top = p.y
    p.line([(p.L, "Menerima dan menyetujui:", r)])
    p.line([(p.L, "Untuk dan atas nama Penyedia", r)])
    p.line([(p.L, "CV Mahakam Sinar Abadi", r)])
    p.gap(200)
    p.line([(p.L, "Hendrik Wijaya Kusuma", b, "l", True)])
    p.line([(p.L, "Direktur", r)])
    p.y = top
    p.line([(xr, "Untuk dan atas nama", r)])
    p.line([(xr, "Dinas Lingkungan Hidup", r)])
    p.line([(xr, "Pejabat Pembuat Komitmen,", r)])
    p.sig = (xr + 160, p.y + 90)
    p.gap(200)
    p.line([(xr, "Syamsul Bahri, S.T., M.Si.", b, "l", True)])
    p.line([(xr, "NIP " + nip(rng, 1), r)])
    p.footer(left="SP-ATK/DLH/2026", right="Halaman 1 dari 1")
    return p, sub, ppn, tot


def doc_sppd(rng):
    p = Page("sppd", "sansc", 10.5, margin=(200, 160, 200))
    p.kop(["BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
          ["Jalan Kesuma Bangsa Nomor 82 Telepon (0541) 203412 Samarinda 75123"], fam="sans")
    r, b = p.f("r"), p.f("b")
    xr, xrc, xrv = p.L + 1140, p.L + 1390, p.L + 1420
    p.line([(xr, "Lembar ke", r), (xrc, ":", r), (xrv, "1 (satu)", r)])
    p.line([(xr, "Kode No.", r), (xrc, ":", r), (xrv, "094", r)])
    p.line([(xr, "Nomor", r), (xrc, ":", r), (xrv, "094/0671/BKPSDM-II/XI/2026", r)])
    p.gap(30)
    p.center("SURAT PERINTAH PERJALANAN DINAS (SPPD)", p.f("b", 13), ul=True)
    p.gap(40)
    xn, xl, xc, xv = p.L, p.L + 95, p.L + 900, p.L + 935
    n_peg = nip(rng, 1)
    d0 = datetime.date(2026, 11, 23)
    d1 = datetime.date(2026, 11, 26)
    lama = (d1 - d0).days + 1
    items = [
        ("1.", "Pejabat Pembuat Komitmen", "Sekretaris BKPSDM Kota Samarinda"),
        ("2.", "Nama/NIP Pegawai yang melaksanakan perjalanan dinas", f"Andi Saputra Wijaya, S.Psi. / {n_peg}"),
        ("3.", "a. Pangkat dan Golongan", "Penata Muda Tingkat I (III/b)"),
        ("", "b. Jabatan/Instansi", "Analis Sumber Daya Manusia Aparatur / BKPSDM Kota Samarinda"),
        ("", "c. Tingkat Biaya Perjalanan Dinas", "C"),
        ("4.", "Maksud Perjalanan Dinas", "Konsultasi penyusunan formasi Pegawai Pemerintah dengan Perjanjian "
                                          "Kerja (PPPK) Tahun 2027 dan pemutakhiran data SIASN"),
        ("5.", "Alat angkutan yang dipergunakan", "Pesawat udara kelas ekonomi"),
        ("6.", "a. Tempat berangkat", "Samarinda"),
        ("", "b. Tempat tujuan", "Jakarta (Kantor Regional Badan Kepegawaian Negara)"),
        ("7.", "a. Lamanya perjalanan dinas", f"{lama} ({terbilang(lama)}) hari"),
        ("", "b. Tanggal berangkat", tgl(d0)),
        ("", "c. Tanggal harus kembali", tgl(d1)),
        ("8.", "Pengikut: Nama / Tanggal Lahir", "- / -"),
        ("9.", "Pembebanan Anggaran", ""),
        ("", "a. Instansi", "Badan Kepegawaian dan Pengembangan SDM Kota Samarinda"),
        ("", "b. Akun", "5.1.02.04.01.0001 Belanja Perjalanan Dinas Biasa"),
        ("10.", "Keterangan lain-lain", "Uang harian dan penginapan sesuai Peraturan Wali Kota tentang Standar "
                                        "Harga Satuan Tahun 2026"),
    ]
    top = p.y
    p.d.line([(p.L, top - 12), (p.R, top - 12)], fill=0, width=3)
    for num, lab, val in items:
        lw = p.wrap(lab, r, xc - xl - 20)
        vw = p.wrap(val, r, p.R - xv) if val else [""]
        for i in range(max(len(lw), len(vw))):
            pcs = []
            if i == 0:
                pcs += [(xn, num, r), (xc, ":" if val else "", r)]
            pcs += [(xl, lw[i] if i < len(lw) else "", r), (xv, vw[i] if i < len(vw) else "", r)]
            p.line(pcs)
        p.gap(8)
    p.d.line([(p.L, p.y + 4), (p.R, p.y + 4)], fill=0, width=3)
    p.gap(50)
    xr2, xc2, xv2 = p.L + 1100, p.L + 1420, p.L + 1450
    p.line([(xr2, "Dikeluarkan di", r), (xc2, ":", r), (xv2, "Samarinda", r)])
    p.line([(xr2, "Pada tanggal", r), (xc2, ":", r), (xv2, tgl(datetime.date(2026, 11, 20)), r)])
    p.gap(20)
    p.line([(xr2, "Pejabat Pembuat Komitmen,", r)])
    p.sig = (xr2 + 200, p.y + 100)
    p.gap(220)
    p.line([(xr2, "Hj. Fatimah Az-Zahra, S.H., M.H.", b, "l", True)])
    p.line([(xr2, "NIP " + nip(rng, 2), r)])
    p.footer(left="SPPD BKPSDM 2026", right="Halaman 1 dari 1")
    return p


# ---------------------------------------------------------------------------------------------
# degradations
# ---------------------------------------------------------------------------------------------
def save_grey4(img, path, dpi):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    q = np.clip(np.round(a / 17), 0, 15).astype(np.uint8)
    im = Image.fromarray(q, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    im.putpalette(pal)
    im.save(path, optimize=True, dpi=(dpi, dpi))


def d_fax(img, rng):
    a = img.resize((1653, 1169), Image.LANCZOS)  # 200 x 100 dpi
    g = np.asarray(a, dtype=np.float32)
    g = g + rng.normal(0, 14, g.shape)
    bw = g > 150
    h, w = bw.shape
    # specks
    for _ in range(900):
        y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
        bw[y:y + rng.integers(1, 3), x:x + rng.integers(1, 3)] = False
    # horizontal streaks (partial black lines) and dropouts (white lines)
    for _ in range(6):
        y = rng.integers(40, h - 40)
        x0 = rng.integers(0, w // 2)
        bw[y, x0:x0 + rng.integers(200, 900)] = False
    for _ in range(5):
        y = rng.integers(40, h - 40)
        bw[y, :] = True
    # vertical scanner line
    x = rng.integers(300, w - 300)
    bw[:, x] = bw[:, x] & (rng.random(h) > 0.6)
    # transmit header
    im = Image.fromarray((bw * 255).astype(np.uint8), "L").resize((1653, 2338), Image.NEAREST)
    return im.convert("1", dither=Image.NONE)


def d_pdf(img, rng, angle):
    a = img.resize((1654, 2339), Image.LANCZOS)
    a = a.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = np.asarray(a, dtype=np.float32)
    g = g * 0.93 + 12 + rng.normal(0, 4, g.shape)
    for _ in range(400):
        y, x = rng.integers(0, g.shape[0] - 4), rng.integers(0, g.shape[1] - 4)
        g[y:y + 3, x:x + 3] = rng.integers(40, 140)
    g[:, :18] = 70   # dark scanner edge
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")


def persp_coeffs(dst, src):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    return np.linalg.solve(np.array(m, dtype=np.float64), np.array(src, dtype=np.float64).reshape(8))


def d_phone(img, rng):
    pw, ph = 1760, 2490
    page = img.resize((pw, ph), Image.LANCZOS)
    rgb = Image.merge("RGB", [page.point(lambda v: v * 0.96 + 4), page.point(lambda v: v * 0.95 + 3),
                              page.point(lambda v: v * 0.90 + 2)])
    OW, OH = 2100, 2800
    # background: wooden desk-like texture
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = np.sin(xx / 23.0 + np.sin(yy / 160.0) * 3) * 12 + rng.normal(0, 6, (OH, OW))
    bg = np.stack([118 + grain, 82 + grain * 0.8, 52 + grain * 0.5], axis=2)
    j = lambda: float(rng.uniform(-40, 40))
    dst = [(170 + j(), 160 + j()), (1930 + j(), 110 + j()), (2000 + j(), 2650 + j()), (110 + j(), 2700 + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    c = persp_coeffs(dst, src)
    warped = rgb.transform((OW, OH), Image.PERSPECTIVE, tuple(c), Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((OW, OH), Image.PERSPECTIVE, tuple(c), Image.BILINEAR)
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255
    out = np.asarray(warped, dtype=np.float32) * m + bg * (1 - m)
    # uneven light: gradient + soft shadow blob
    light = 1.06 - 0.36 * (xx / OW) * (yy / OH)
    cx, cy = rng.uniform(0.2, 0.8) * OW, rng.uniform(0.6, 0.9) * OH
    light -= 0.28 * np.exp(-(((xx - cx) / 700) ** 2 + ((yy - cy) / 500) ** 2))
    out = out * light[..., None]
    out += rng.normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    return im.filter(ImageFilter.GaussianBlur(1.3))


def stamp_layer(rng, text_ring, size=470):
    """Return (alpha mask L) of a round stamp with ring text and a star; no truth text."""
    S = size
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    d.ellipse([6, 6, S - 6, S - 6], outline=255, width=9)
    d.ellipse([26, 26, S - 26, S - 26], outline=255, width=4)
    d.ellipse([118, 118, S - 118, S - 118], outline=255, width=4)
    fnt = font("sans", "b", 8.5)
    n = len(text_ring)
    rad = S / 2 - 62
    for i, ch in enumerate(text_ring):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        ci = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(ci).text((30, 30), ch, font=fnt, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x = S / 2 + rad * math.cos(ang) - 30
        y = S / 2 + rad * math.sin(ang) - 30
        m.paste(255, (int(x), int(y)), ci)
    # star in centre
    pts = []
    for k in range(10):
        rr = 85 if k % 2 == 0 else 34
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((S / 2 + rr * math.cos(a), S / 2 + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    a = np.asarray(m, dtype=np.float32) / 255
    ink = np.clip(rng.normal(0.8, 0.25, a.shape), 0.15, 1.0)
    ink = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2)),
                     dtype=np.float32) / 255
    return a * ink


def d_stamp(img, rng, sig, ring):
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32)
    Hh, Ww = rgb.shape[:2]
    # signature scribble (dark blue) across the signature space
    sigl = Image.new("L", (Ww, Hh), 0)
    sd = ImageDraw.Draw(sigl)
    sx, sy = sig
    pts = []
    t = np.linspace(0, 1, 220)
    xs = sx - 120 + 520 * t + 40 * np.sin(t * 31)
    ys = sy + 60 * np.sin(t * 19 + 1) * (1 - t) + 30 * np.cos(t * 7)
    pts = list(zip(xs.tolist(), ys.tolist()))
    sd.line(pts, fill=255, width=6, joint="curve")
    sd.line([(sx - 80, sy + 70), (sx + 420, sy + 40)], fill=255, width=5)
    sa = np.asarray(sigl.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32)[..., None] / 255
    rgb = rgb * (1 - sa) + np.array([20, 30, 110], dtype=np.float32) * sa
    # stamp: multiply blend, overlapping the left part of the signature block
    st = stamp_layer(rng, ring)
    S = st.shape[0]
    x0, y0 = int(sx - 330), int(sy - S / 2 + 10)
    col = np.array([70, 60, 190], dtype=np.float32) / 255
    alpha = st[..., None] * 0.82
    region = rgb[y0:y0 + S, x0:x0 + S]
    tint = region * (1 - alpha) + region * col * alpha
    rgb[y0:y0 + S, x0:x0 + S] = tint
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


RINGS = {
    "surat_kuasa": "* DINAS PENDIDIKAN DAN KEBUDAYAAN * KOTA SAMARINDA ",
    "rekap_absensi": "* CAMAT SAMARINDA ULU * KOTA SAMARINDA ",
    "kartu_kendali": "* BAPPERIDA * PEMERINTAH KOTA SAMARINDA ",
    "ba_pemeriksaan_kas": "* DINAS KESEHATAN * KOTA SAMARINDA * ",
    "kir_ruangan": "* DPMPTSP * PEMERINTAH KOTA SAMARINDA ",
    "surat_pesanan": "* DINAS LINGKUNGAN HIDUP * KOTA SAMARINDA ",
    "sppd": "* BKPSDM * PEMERINTAH KOTA SAMARINDA * ",
}


def main():
    rng = random.Random(2026)
    for sub in ("pages", "truth"):
        if os.path.isdir(os.path.join(OUT, sub)):
            shutil.rmtree(os.path.join(OUT, sub))
        os.makedirs(os.path.join(OUT, sub))
    docs = [doc_surat_kuasa(rng), doc_rekap_absensi(rng), doc_kartu_kendali(rng), doc_ba_kas(rng), doc_kir(rng),
            doc_surat_pesanan(rng)[0], doc_sppd(rng)]
    manifest = []
    for k, p in enumerate(docs):
        nrng = np.random.default_rng(2600 + k)
        t = p.name
        os.makedirs(os.path.join(OUT, "pages", t))
        with open(os.path.join(OUT, "truth", t + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", t + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        img = p.img
        for deg in DEGRADATIONS:
            rel = f"pages/{t}/{t}__{deg}.{EXT[deg]}"
            path = os.path.join(OUT, rel)
            if deg == "clean_300dpi":
                save_grey4(img, path, 300)
            elif deg == "dpi150":
                save_grey4(img.resize((W // 2, H // 2), Image.LANCZOS), path, 150)
            elif deg == "fax":
                d_fax(img, nrng).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                g = np.asarray(img.resize((1654, 2339), Image.LANCZOS), dtype=np.float32) * 0.95 + 8
                Image.fromarray(g.astype(np.uint8), "L").save(path, quality=25, dpi=(200, 200))
            elif deg == "pdf_skew2":
                ang = float(nrng.choice([-1, 1]) * nrng.uniform(1.8, 2.2))
                d_pdf(img, nrng, ang).save(path, "PDF", resolution=200.0, quality=40, title=t,
                                           creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple(), producer="ocr26")
            elif deg == "phone_photo":
                d_phone(img, nrng).save(path, quality=66)
            elif deg == "stamp":
                st = d_stamp(img, nrng, p.sig, RINGS[t])
                st.resize((1654, 2339), Image.LANCZOS).save(path, quality=62, dpi=(200, 200))
            elif deg == "sideways":
                save_grey4(img.transpose(Image.ROTATE_90), path, 300)
            elif deg == "upside_down":
                save_grey4(img.transpose(Image.ROTATE_180), path, 300)
            e = {"file": rel, "text_type": t, "degradation": deg, "truth": f"truth/{t}.txt"}
            if p.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
        print(t, len(p.lines), "lines", len(p.tables), "tables")
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
