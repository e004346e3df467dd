#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr28".

Deterministic: fixed seeds, fixed PDF timestamps, no dependence on the clock.
Run:  python generate.py      (writes pages/, truth/, manifest.json next to this file)
"""
import json
import math
import os
import random
import shutil
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_TIME = time.gmtime(1780000000)  # fixed PDF creation/mod date


def mm(v):
    return int(round(v * DPI / 25.4))


_FC = {}


def F(name, pt):
    key = (name, pt)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(FONTDIR + name + ".ttf", int(round(pt * DPI / 72)))
    return _FC[key]


# ---------------------------------------------------------------- numbers
def rp(n):
    s = f"{int(n):,}".replace(",", ".")
    return s


def pct(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


_SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas"]


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
    if n < 1000000:
        return (terbilang(n // 1000) + " ribu " + terbilang(n % 1000)).strip()
    if n < 1000000000:
        return (terbilang(n // 1000000) + " juta " + terbilang(n % 1000000)).strip()
    return (terbilang(n // 1000000000) + " miliar " + terbilang(n % 1000000000)).strip()


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, left=25, top=18, right=20, bottom=15):
        self.im = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.truth = []
        self.tables = []
        self.L = mm(left)
        self.R = W - mm(right)
        self.y = mm(top)
        self.bottom = H - mm(bottom)
        self.stamp_at = None  # (cx, cy) centre for the stamp degradation
        self.sign_at = None  # (x, y) start of the signature scribble

    def tw(self, t, f):
        return self.d.textlength(t, font=f)

    def lh(self, f, k=1.38):
        return int(f.size * k)

    def put(self, x, y, t, f, align="l", fill=0, underline=False):
        w = self.tw(t, f)
        if align == "c":
            x = x - w / 2
        elif align == "r":
            x = x - w
        self.d.text((x, y), t, font=f, fill=fill)
        if underline:
            uy = y + f.size * 1.05
            self.d.line([(x, uy), (x + w, uy)], fill=fill, width=max(2, f.size // 14))
        return x, x + w

    def line(self, pieces, f, k=1.38, add=True):
        """pieces: list of (x, text, align) or (x, text, align, font[, underline]) on one printed line."""
        placed = []
        for p in pieces:
            x, t, al = p[0], p[1], p[2]
            ff = p[3] if len(p) > 3 and p[3] is not None else f
            ul = p[4] if len(p) > 4 else False
            if not t:
                continue
            x0, _ = self.put(x, self.y, t, ff, al, underline=ul)
            placed.append((x0, t))
        if add and placed:
            placed.sort()
            self.truth.append(" ".join(t for _, t in placed))
        self.y += self.lh(f, k)

    def center(self, t, f, k=1.38, underline=False):
        self.line([((self.L + self.R) / 2, t, "c", f, underline)], f, k)

    def to_footer(self, y):
        assert y >= self.y + 20, ("footer would overlap body", y, self.y)
        self.y = y

    def gap(self, v):
        self.y += v

    def hrule(self, width=3, x0=None, x1=None):
        self.d.line([(x0 or self.L, self.y), (x1 or self.R, self.y)], fill=0, width=width)

    def wrap(self, text, f, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w_ in words:
            cand = (cur + " " + w_) if cur else w_
            if self.tw(cand, f) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, f, x0=None, x1=None, justify=True, indent=0, k=1.45):
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        first = True
        lines = self.wrap(text, f, x1 - x0 - indent)
        # re-wrap subsequent lines at full width
        out = []
        rest = text
        while rest:
            width = (x1 - x0 - indent) if first else (x1 - x0)
            ls = self.wrap(rest, f, width)
            out.append(ls[0])
            rest = rest[len(ls[0]):].strip()
            first = False
        lines = out
        for i, ln in enumerate(lines):
            xs = x0 + (indent if i == 0 else 0)
            words = ln.split(" ")
            if justify and i < len(lines) - 1 and len(words) > 1:
                total = sum(self.tw(w_, f) for w_ in words)
                sp = (x1 - xs - total) / (len(words) - 1)
                x = xs
                for w_ in words:
                    self.d.text((x, self.y), w_, font=f, fill=0)
                    x += self.tw(w_, f) + sp
            else:
                self.d.text((xs, self.y), ln, font=f, fill=0)
            self.truth.append(ln)
            self.y += self.lh(f, k)

    def kv(self, rows, f, xk, xc, xv, k=1.4, wrapw=None):
        """key : value lines; a wrapped value continues under the value column."""
        for key, val in rows:
            vlines = self.wrap(val, f, wrapw) if wrapw else [val]
            self.line([(xk, key, "l"), (xc, ":", "l"), (xv, vlines[0], "l")], f, k)
            for vl in vlines[1:]:
                self.line([(xv, vl, "l")], f, k)

    def columns(self, cols, f, k=1.35):
        """Signature-style blocks side by side. cols: list of (x_center, [items]) ;
        item = (text, font or None, underline) or int (vertical gap px).
        Truth: whole left column, then the next one."""
        y0 = self.y
        ymax = y0
        for cx, items in cols:
            y = y0
            for it in items:
                if isinstance(it, int):
                    y += it
                    continue
                t, ff, ul = it
                ff = ff or f
                if t:
                    self.put(cx, y, t, ff, "c", underline=ul)
                    self.truth.append(t)
                y += self.lh(ff, k)
            ymax = max(ymax, y)
        self.y = ymax

    # ------------------------------------------------------------ tables
    def table(self, x0, widths, rows, f, fb=None, style="grid", header=1, aligns=None,
              merges=(), shade=None, padh=14, padv=10, k=1.25, bold_rows=(), lw=2,
              valign_body="t"):
        fb = fb or f
        n = len(widths)
        assert all(len(r) == n for r in rows), "ragged table"
        aligns = aligns or ["l"] * n
        anchors = {}
        covered = set()
        for (r, c, rs, cs) in merges:
            anchors[(r, c)] = (rs, cs)
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", "text in covered cell"
        xs = [x0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        lhh = int(f.size * k)
        wrapped = {}
        rh = [0] * len(rows)
        for r, row in enumerate(rows):
            ff = fb if (r < header or r in bold_rows) else f
            for c in range(n):
                if (r, c) in covered:
                    continue
                rs, cs = anchors.get((r, c), (1, 1))
                cw = xs[c + cs] - xs[c] - 2 * padh
                t = row[c]
                ls = self.wrap(t, ff, cw) if t else []
                for l_ in ls:
                    assert self.tw(l_, ff) <= cw + 1, ("cell overflow", t, cw, self.tw(l_, ff))
                wrapped[(r, c)] = ls
                if rs == 1:
                    rh[r] = max(rh[r], len(ls) * lhh + 2 * padv)
            rh[r] = max(rh[r], lhh + 2 * padv)
        for (r, c), (rs, cs) in anchors.items():
            need = len(wrapped[(r, c)]) * lhh + 2 * padv
            have = sum(rh[r:r + rs])
            if need > have:
                rh[r + rs - 1] += need - have
        ys = [self.y]
        for h in rh:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header]], fill=shade)
        # text
        for r, row in enumerate(rows):
            ff = fb if (r < header or r in bold_rows) else f
            for c in range(n):
                if (r, c) in covered:
                    continue
                rs, cs = anchors.get((r, c), (1, 1))
                ls = wrapped[(r, c)]
                if not ls:
                    continue
                cx0, cx1 = xs[c], xs[c + cs]
                cy0, cy1 = ys[r], ys[r + rs]
                if r < header or rs > 1:
                    ty = (cy0 + cy1) / 2 - len(ls) * lhh / 2 + (lhh - ff.size) / 2 - ff.size * 0.05
                    al = "c"
                else:
                    ty = cy0 + padv
                    al = aligns[c]
                if cs > 1 and r >= header:
                    al = "c" if aligns[c] == "c" else al
                for i, l_ in enumerate(ls):
                    if al == "l":
                        px = cx0 + padh
                    elif al == "r":
                        px = cx1 - padh
                    else:
                        px = (cx0 + cx1) / 2
                    self.put(px, ty + i * lhh, l_, ff, al)
        # rules
        d = self.d
        if style == "grid":
            for r in range(len(rows)):
                for c in range(n):
                    if (r, c) in covered:
                        continue
                    rs, cs = anchors.get((r, c), (1, 1))
                    d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=lw)
        elif style == "hrules":
            d.line([(xs[0], ys[0]), (xs[-1], ys[0])], fill=0, width=lw + 2)
            d.line([(xs[0], ys[header]), (xs[-1], ys[header])], fill=0, width=lw + 1)
            for r in range(header + 1, len(rows)):
                d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=0, width=1)
            d.line([(xs[0], ys[-1]), (xs[-1], ys[-1])], fill=0, width=lw + 2)
        elif style == "vrules":
            d.rectangle([xs[0], ys[0], xs[-1], ys[-1]], outline=0, width=lw + 1)
            for x in xs[1:-1]:
                d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=lw)
            d.line([(xs[0], ys[header]), (xs[-1], ys[header])], fill=0, width=lw)
            for r in bold_rows:
                d.line([(xs[0], ys[r]), (xs[-1], ys[r])], fill=0, width=lw)
        # truth
        for r, row in enumerate(rows):
            parts = [row[c] for c in range(n) if row[c]]
            if parts:
                self.truth.append(" ".join(parts))
        self.tables.append([list(r) for r in rows])
        self.y = ys[-1]
        return xs, ys


# ---------------------------------------------------------------- documents
def kop(p, lines_spec, rule=True):
    for t, f in lines_spec:
        p.center(t, f, k=1.25)
    p.gap(12)
    if rule:
        p.hrule(7)
        p.gap(12)
        p.hrule(2)
        p.gap(40)


def doc_surat_domisili():
    p = Page(left=25, top=16, right=22)
    fS = F("DejaVuSerif", 12)
    fB = F("DejaVuSerif-Bold", 12)
    kop(p, [("PEMERINTAH KOTA SAMARINDA", F("DejaVuSerif-Bold", 14)),
            ("KECAMATAN SAMARINDA ULU", F("DejaVuSerif-Bold", 14)),
            ("KELURAHAN SIDODADI", F("DejaVuSerif-Bold", 17)),
            ("Jl. Kadrie Oening No. 27 Telp. (0541) 741236 Samarinda 75124", F("DejaVuSerif-Italic", 10))])
    p.center("SURAT KETERANGAN DOMISILI", F("DejaVuSerif-Bold", 13), underline=True)
    p.center("Nomor : 470/0312/PEM-I/III/2026", fS)
    p.gap(50)
    p.para("Yang bertanda tangan di bawah ini Lurah Sidodadi Kecamatan Samarinda Ulu Kota Samarinda, "
           "menerangkan dengan sebenarnya bahwa:", fS, indent=mm(12))
    p.gap(20)
    xk, xc, xv = p.L + mm(12), p.L + mm(62), p.L + mm(66)
    p.kv([("Nama", "RAHMAWATI NURAINI"),
          ("NIK", "6472035907890004"),
          ("Tempat/Tgl. Lahir", "Samarinda, 19-07-1989"),
          ("Jenis Kelamin", "Perempuan"),
          ("Agama", "Islam"),
          ("Status Perkawinan", "Kawin"),
          ("Pekerjaan", "Karyawan Swasta"),
          ("Alamat", "Jl. Dr. Soetomo Gg. Merpati RT. 014 No. 52 Kelurahan Sidodadi Kecamatan Samarinda Ulu")],
         fS, xk, xc, xv, k=1.5, wrapw=p.R - xv)
    p.gap(30)
    p.para("Nama tersebut di atas benar berdomisili di wilayah Kelurahan Sidodadi Kecamatan Samarinda Ulu "
           "sejak tanggal 02 Januari 2019 sampai dengan sekarang, berdasarkan Surat Pengantar Ketua RT. 014 "
           "Nomor 031/RT.014/II/2026 tanggal 26 Februari 2026.", fS, indent=mm(12))
    p.gap(20)
    p.para("Surat keterangan ini diberikan untuk keperluan persyaratan pengajuan Kredit Pemilikan Rumah "
           "(KPR) pada Bank Kaltimtara Cabang Samarinda dan berlaku sampai dengan tanggal 11 Juni 2026.",
           fS, indent=mm(12))
    p.gap(20)
    p.para("Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana "
           "mestinya.", fS, indent=mm(12))
    p.gap(90)
    lc, rc = p.L + mm(35), p.R - mm(45)
    y_sig = p.y
    p.columns([(lc, [("", None, False), ("Pemegang Surat,", None, False), 260,
                     ("RAHMAWATI NURAINI", fB, True)]),
               (rc, [("Samarinda, 11 Maret 2026", None, False), ("a.n. LURAH SIDODADI", fB, False),
                     ("Sekretaris Kelurahan,", None, False), 230,
                     ("MUHAMMAD ARIF SETIAWAN, S.STP", fB, True),
                     ("Penata Tk. I (III/d)", None, False),
                     ("NIP. 19870314 200903 1 004", None, False)])], fS)
    p.stamp_at = (rc - mm(28), y_sig + 3 * p.lh(fS, 1.35) + 80)
    p.sign_at = (rc - mm(20), y_sig + 3 * p.lh(fS, 1.35) + 40)
    p.to_footer(p.bottom - 120)
    p.line([(p.L, "Catatan: surat ini tidak berlaku apabila terdapat coretan atau perubahan.", "l",
             F("DejaVuSerif-Italic", 9)), (p.R, "Hal. 1/1", "r", F("DejaVuSerif", 9))], F("DejaVuSerif", 9))
    return p, "serif 12pt, justified letter, key-value block, two signature columns"


REKS = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"),
    ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
    ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"),
    ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Besar-Alat Bantu-Alat Penarik"),
    ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"),
    ("5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya"),
    ("5.2.04.01.01.0012", "Belanja Modal Jalan Kota"),
]


def doc_nota_dinas():
    rng = random.Random(202)
    p = Page(left=20, top=15, right=15)
    f = F("DejaVuSans", 10)
    fb = F("DejaVuSans-Bold", 10)
    kop(p, [("PEMERINTAH KOTA SAMARINDA", F("DejaVuSans-Bold", 13)),
            ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", F("DejaVuSans-Bold", 14)),
            ("Jl. Dahlia No. 81 Samarinda, Kalimantan Timur 75121 - Telepon (0541) 736642", F("DejaVuSans", 9))])
    p.center("NOTA DINAS", F("DejaVuSans-Bold", 12), underline=True)
    p.gap(30)
    xk, xc, xv = p.L, p.L + mm(32), p.L + mm(36)
    p.kv([("Kepada", "Yth. Kepala Dinas Pekerjaan Umum dan Penataan Ruang"),
          ("Dari", "Kepala Bidang Bina Marga"),
          ("Tembusan", "Sekretaris Dinas"),
          ("Tanggal", "16 April 2026"),
          ("Nomor", "900/1147/BM-II/IV/2026"),
          ("Sifat", "Segera"),
          ("Lampiran", "1 (satu) berkas"),
          ("Hal", "Laporan Realisasi Anggaran Triwulan I Tahun 2026 Bidang Bina Marga")], f, xk, xc, xv,
         wrapw=p.R - xv)
    p.gap(10)
    p.hrule(3)
    p.gap(30)
    p.para("Bersama ini kami laporkan realisasi anggaran Bidang Bina Marga sampai dengan tanggal 31 Maret 2026 "
           "per kode rekening belanja sebagai berikut:", f, indent=mm(10))
    p.gap(20)
    rows = [["No", "Kode Rekening", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]]
    tp = tr = 0
    pagus = [18500000, 12750000, 46200000, 187200000, 95000000, 64800000, 38400000, 2450000000]
    for i, ((kode, ur), pg) in enumerate(zip(REKS, pagus)):
        re_ = int(pg * rng.choice([0.0, 0.08, 0.1875, 0.22, 0.25, 0.3125, 0.4125]) // 1000 * 1000)
        if i == 7:
            re_ = 0
        tp += pg
        tr += re_
        rows.append([str(i + 1), kode, ur, rp(pg), rp(re_), rp(pg - re_), pct(100 * re_ / pg)])
    rows.append(["", "", "JUMLAH", rp(tp), rp(tr), rp(tp - tr), pct(100 * tr / tp)])
    widths = [mm(8), mm(31), mm(45), mm(26), mm(24), mm(26), mm(0)]
    widths[-1] = (p.R - p.L) - sum(widths)
    p.table(p.L, widths, rows, F("DejaVuSans", 8.5), F("DejaVuSans-Bold", 8.5), style="grid",
            aligns=["c", "l", "l", "r", "r", "r", "r"], bold_rows=(len(rows) - 1,), padh=10, padv=8)
    p.gap(35)
    p.para("Rendahnya realisasi belanja modal disebabkan paket pekerjaan peningkatan Jalan Kota masih dalam "
           "tahap pemilihan penyedia melalui tender. Demikian disampaikan, mohon arahan lebih lanjut.",
           f, indent=mm(10))
    p.gap(70)
    rc = p.R - mm(42)
    y_sig = p.y
    p.columns([(rc, [("Kepala Bidang Bina Marga,", None, False), 250,
                     ("Ir. HENDRA KUSUMA WIJAYA, M.T.", fb, True),
                     ("Pembina (IV/a)", None, False),
                     ("NIP. 19750822 200312 1 007", None, False)])], f)
    p.stamp_at = (rc - mm(25), y_sig + 150)
    p.sign_at = (rc - mm(15), y_sig + 90)
    p.to_footer(p.bottom - 80)
    p.center("Halaman 1 dari 1", F("DejaVuSans", 9))
    return p, "sans 10pt memo, ruled grid table (table 1 of 1), total row"


def doc_bku():
    rng = random.Random(303)
    p = Page(left=15, top=14, right=12)
    f = F("DejaVuSansCondensed", 9)
    fb = F("DejaVuSansCondensed-Bold", 9)
    p.center("PEMERINTAH KOTA SAMARINDA", F("DejaVuSansCondensed-Bold", 11), k=1.3)
    p.center("BUKU KAS UMUM PENGELUARAN", F("DejaVuSansCondensed-Bold", 12), k=1.3)
    p.center("Periode 01 Mei 2026 s.d. 31 Mei 2026", f)
    p.gap(25)
    xk, xc, xv = p.L, p.L + mm(40), p.L + mm(43)
    p.kv([("SKPD", "1.02.0.00.0.00.01.0000 Dinas Kesehatan"),
          ("Pengguna Anggaran", "dr. NOVITA ANGGRAINI, M.Kes"),
          ("Bendahara Pengeluaran", "SITI MARYAM, S.E.")], f, xk, xc, xv)
    p.gap(20)
    rows = [["No", "Tanggal", "No. Bukti", "Uraian", "Kode Rekening", "Penerimaan", "Pengeluaran", "Saldo"]]
    saldo = 41250300
    rows.append(["1", "02-05-2026", "-", "Saldo bulan lalu", "", "", "", rp(saldo)])
    ents = [
        ("04-05-2026", "SP2D-0412", "Penerimaan SP2D GU Nomor 00412/SP2D/GU/2026", "", 96500000, 0),
        ("05-05-2026", "BPU-0231", "Pembayaran ATK kegiatan pengelolaan pelayanan kesehatan", "5.1.02.01.01.0024", 0, 4875000),
        ("06-05-2026", "BPU-0232", "PPh Pasal 22 atas pembelian ATK", "", 0, 0),
        ("08-05-2026", "BPU-0233", "Makan minum rapat koordinasi Posyandu Prima", "5.1.02.01.01.0052", 0, 6120000),
        ("12-05-2026", "BPU-0234", "Belanja bahan cetak leaflet imunisasi", "5.1.02.01.01.0026", 0, 3412500),
        ("13-05-2026", "BPU-0235", "Perjalanan dinas supervisi Puskesmas Palaran", "5.1.02.04.01.0001", 0, 2950000),
        ("15-05-2026", "BPU-0236", "Honorarium narasumber sosialisasi stunting", "5.1.02.02.01.0003", 0, 5400000),
        ("19-05-2026", "BPU-0237", "Pemeliharaan kendaraan dinas operasional roda empat KT 1057 A", "5.1.02.03.02.0036", 0, 3785000),
        ("20-05-2026", "BPU-0238", "Belanja obat-obatan program TB", "5.1.02.01.01.0029", 0, 18240000),
        ("22-05-2026", "BPU-0239", "Langganan listrik UPTD Laboratorium Kesehatan", "5.1.02.02.01.0063", 0, 7125400),
        ("26-05-2026", "BPU-0240", "Jasa tenaga kebersihan bulan Mei", "5.1.02.02.01.0026", 0, 12600000),
        ("28-05-2026", "STS-0017", "Setor sisa uang persediaan ke Kas Daerah", "", 0, 10000000),
    ]
    tin = tout = 0
    no = 2
    for tg, bk, ur, kr, inn, out in ents:
        if inn == 0 and out == 0:
            continue
        saldo += inn - out
        tin += inn
        tout += out
        rows.append([str(no), tg, bk, ur, kr, rp(inn) if inn else "", rp(out) if out else "", rp(saldo)])
        no += 1
    rows.append(["", "", "", "Jumlah bulan ini", "", rp(tin), rp(tout), rp(saldo)])
    widths = [mm(7), mm(20), mm(20), mm(42), mm(28), mm(21), mm(22), mm(0)]
    widths[-1] = (p.R - p.L) - sum(widths)
    p.table(p.L, widths, rows, f, fb, style="hrules",
            aligns=["c", "c", "l", "l", "l", "r", "r", "r"], bold_rows=(len(rows) - 1,), padh=8, padv=9)
    p.gap(40)
    p.para("Pada hari ini Senin tanggal 01 Juni 2026 Buku Kas Umum ditutup oleh Bendahara Pengeluaran "
           "dengan keadaan kas sebagai berikut:", f, justify=False)
    tunai = 2500000
    bank = saldo - tunai
    p.gap(8)
    xk, xc, xv = p.L + mm(8), p.L + mm(60), p.L + mm(64)
    p.kv([("Saldo Buku Kas Umum", "Rp " + rp(saldo)),
          ("a. Tunai", "Rp " + rp(tunai)),
          ("b. Saldo Bank", "Rp " + rp(bank))], f, xk, xc, xv)
    p.gap(50)
    lc, rc = p.L + mm(45), p.R - mm(45)
    y_sig = p.y
    p.columns([(lc, [("Mengetahui,", None, False), ("Pengguna Anggaran", None, False), 230,
                     ("dr. NOVITA ANGGRAINI, M.Kes", fb, True), ("NIP. 19790503 200501 2 011", None, False)]),
               (rc, [("Samarinda, 01 Juni 2026", None, False), ("Bendahara Pengeluaran", None, False), 230,
                     ("SITI MARYAM, S.E.", fb, True), ("NIP. 19850917 201001 2 021", None, False)])], f)
    p.stamp_at = (lc - mm(22), y_sig + 190)
    p.sign_at = (lc - mm(10), y_sig + 120)
    p.to_footer(p.bottom - 60)
    fs = F("DejaVuSansCondensed", 8)
    p.line([(p.L, "Dicetak dari SIPD-RI pada 01/06/2026 10:42:17", "l", fs),
            (p.R, "Halaman 1 dari 1", "r", fs)], fs)
    return p, "condensed sans 9pt cash book, horizontal-rules-only table, running balance"


def doc_penerima_bantuan():
    rng = random.Random(404)
    p = Page(left=18, top=16, right=15)
    f = F("DejaVuSerifCondensed", 10)
    fb = F("DejaVuSerifCondensed-Bold", 10)
    p.center("DAFTAR PENERIMA BANTUAN SOSIAL PERMAKANAN LANJUT USIA", F("DejaVuSerifCondensed-Bold", 12))
    p.center("DINAS SOSIAL KOTA SAMARINDA TAHAP II TAHUN ANGGARAN 2026", F("DejaVuSerifCondensed-Bold", 11))
    p.gap(20)
    p.line([(p.L, "Kecamatan : Sungai Kunjang", "l"),
            (p.R, "Kode Rekening : 5.1.06.01.01.0001", "r")], f)
    p.line([(p.L, "Dasar : Keputusan Kepala Dinas Sosial Nomor 460/0245/DINSOS-III/V/2026", "l")], f)
    p.gap(25)
    first = ["SITI AMINAH", "ABDUL RAHMAN", "MASNAH", "H. BAHRUN", "JUMIATI", "SUPARMAN", "RUSMINI",
             "LA ODE HASAN", "NURHAYATI", "ANDI MAPPASESSU", "SALMAH", "DARMAWAN", "YOHANA PALULUN",
             "SUKINAH", "MUHAMMAD YUSUF", "WAGIYEM", "HASANAH BINTI SALEH", "IDRIS"]
    jalan = ["Jl. Slamet Riyadi Gg. 3", "Jl. Cendana", "Jl. Jakarta Blok CJ", "Jl. Ulin", "Jl. Pangeran Suryanata",
             "Jl. Teuku Umar", "Jl. Ciptomangunkusumo", "Jl. Loa Bakung"]
    kels = ["Karang Asam Ulu", "Karang Asam Ilir", "Loa Bakung", "Loa Buah", "Lok Bahu", "Teluk Lerong Ulu",
            "Sungai Kunjang"]
    rows = [["No", "NIK", "Nama Penerima", "Alamat", "Kelurahan", "Nilai (Rp)"]]
    tot = 0
    for i, nm in enumerate(first):
        g = 4 if i % 3 == 0 or nm in ("MASNAH", "JUMIATI", "RUSMINI", "NURHAYATI", "SALMAH", "SUKINAH",
                                      "WAGIYEM", "HASANAH BINTI SALEH", "YOHANA PALULUN") else 0
        yy = rng.randint(38, 58)
        day = rng.randint(1, 28) + (40 if g else 0)
        nik = f"6472{rng.choice(['02', '03', '05'])}{day:02d}{rng.randint(1, 12):02d}{yy:02d}{rng.randint(1, 40):04d}"
        al = f"{rng.choice(jalan)} RT. {rng.randint(1, 45):03d}"
        val = rng.choice([1200000, 1200000, 1200000, 900000, 1500000])
        tot += val
        rows.append([str(i + 1), nik, nm, al, rng.choice(kels), rp(val)])
    rows.append(["", "", "JUMLAH", "", "", rp(tot)])
    widths = [mm(9), mm(35), mm(40), mm(44), mm(0), mm(23)]
    widths[4] = (p.R - p.L) - sum(widths)
    p.table(p.L, widths, rows, f, fb, style="none",
            aligns=["r", "l", "l", "l", "l", "r"], bold_rows=(len(rows) - 1,), padh=8, padv=7)
    p.gap(40)
    p.para(f"Jumlah penerima sebanyak {len(first)} orang dengan total nilai bantuan Rp {rp(tot)} "
           f"({terbilang(tot)} rupiah) disalurkan melalui rekening Bank Kaltimtara masing-masing penerima.",
           f, justify=True)
    p.gap(60)
    lc, rc = p.L + mm(42), p.R - mm(42)
    y_sig = p.y
    p.columns([(lc, [("Diverifikasi oleh,", None, False), ("Camat Sungai Kunjang", None, False), 230,
                     ("ARIF BUDIMAN, S.Sos., M.Si.", fb, True), ("NIP. 19760228 199803 1 002", None, False)]),
               (rc, [("Samarinda, 20 Mei 2026", None, False), ("Kepala Dinas Sosial", None, False), 230,
                     ("Dra. ERNA WATI SUSANTI", fb, True), ("NIP. 19680411 199303 2 006", None, False)])], f)
    p.stamp_at = (rc - mm(25), y_sig + 190)
    p.sign_at = (rc - mm(12), y_sig + 110)
    p.to_footer(p.bottom - 60)
    p.line([(p.R, "Hal. 1", "r", F("DejaVuSerifCondensed", 9))], F("DejaVuSerifCondensed", 9))
    return p, "serif condensed 10pt list, table with no rules at all"


def doc_bast():
    p = Page(left=18, top=14, right=14, bottom=11)
    f = F("DejaVuSerif", 9.5)
    fb = F("DejaVuSerif-Bold", 9.5)
    kop(p, [("PEMERINTAH KOTA SAMARINDA", F("DejaVuSerif-Bold", 13)),
            ("DINAS PENDIDIKAN DAN KEBUDAYAAN", F("DejaVuSerif-Bold", 15)),
            ("Jl. Biola No. 1 Samarinda 75123 Telp. (0541) 731245", F("DejaVuSerif", 9))])
    p.center("BERITA ACARA SERAH TERIMA BARANG", F("DejaVuSerif-Bold", 12), underline=True)
    p.center("Nomor : 027/0518/SARPRAS-IV/VI/2026", f)
    p.gap(20)
    p.para("Pada hari ini Kamis tanggal dua puluh lima bulan Juni tahun dua ribu dua puluh enam, kami yang "
           "bertanda tangan di bawah ini:", f, indent=mm(10))
    p.gap(6)
    xn, xk, xc, xv = p.L + mm(4), p.L + mm(10), p.L + mm(36), p.L + mm(40)
    p.line([(xn, "1.", "l"), (xk, "Nama", "l"), (xc, ":", "l"), (xv, "BAMBANG SUTRISNO, S.T.", "l")], f)
    p.kv([("NIP", "19800612 200604 1 015"),
          ("Jabatan", "Pejabat Pembuat Komitmen Bidang Sarana dan Prasarana")], f, xk, xc, xv)
    p.line([(xv, "selanjutnya disebut PIHAK PERTAMA.", "l")], f)
    p.line([(xn, "2.", "l"), (xk, "Nama", "l"), (xc, ":", "l"), (xv, "Hj. NORHASANAH, S.Pd., M.Pd.", "l")], f)
    p.kv([("NIP", "19710105 199512 2 003"),
          ("Jabatan", "Kepala SD Negeri 014 Samarinda Ilir")], f, xk, xc, xv)
    p.line([(xv, "selanjutnya disebut PIHAK KEDUA.", "l")], f)
    p.gap(10)
    p.para("PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang milik daerah hasil pengadaan Tahun Anggaran "
           "2026 dengan rincian sebagai berikut:", f, indent=mm(10))
    p.gap(15)
    items = [
        ("1.3.2.10.02.03.003", "Notebook / Laptop", "Lenovo ThinkPad E14", 6, "Unit", 14250000),
        ("1.3.2.10.02.03.003", "Printer Multifungsi Ink Tank", "Epson L6270", 2, "Unit", 4875000),
        ("1.3.2.06.01.02.003", "LCD Projector beserta layar tripod 70 inci", "Epson EB-X500", 2, "Unit", 7650000),
        ("1.3.2.05.02.01.001", "Meja Kerja Guru", "Olympic 1/2 Biro", 12, "Buah", 1385000),
        ("1.3.2.05.02.04.001", "Kursi Kerja Guru", "Chitose Yamasaki", 12, "Buah", 615000),
        ("1.3.2.05.02.06.002", "Lemari Arsip Besi 4 Laci", "Brother B-104", 3, "Buah", 3420000),
    ]
    fs = F("DejaVuSerifCondensed", 9)
    fsb = F("DejaVuSerifCondensed-Bold", 9)
    rows = [["No", "Kode Barang", "Nama Barang", "Merk/Tipe", "Jumlah", "", "Harga Satuan (Rp)",
             "Jumlah Harga (Rp)", "Kondisi"],
            ["", "", "", "", "Vol", "Sat", "", "", ""]]
    tot = 0
    for i, (kb, nm, mk, v, s, h) in enumerate(items):
        tot += v * h
        rows.append([str(i + 1), kb, nm, mk, str(v), s, rp(h), rp(v * h), "Baik"])
    rows.append(["JUMLAH", "", "", "", "", "", "", rp(tot), ""])
    nr = len(rows)
    merges = [(0, c, 2, 1) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 1, 2), (nr - 1, 0, 1, 7)]
    widths = [mm(7), mm(31), mm(34), mm(26), mm(9), mm(11), mm(21), mm(0), mm(17)]
    widths[7] = (p.R - p.L) - sum(widths)
    p.table(p.L, widths, rows, fs, fsb, style="grid", header=2, merges=merges, shade=205,
            aligns=["c", "l", "l", "l", "r", "l", "r", "r", "c"], bold_rows=(nr - 1,), padh=7, padv=5)
    p.gap(30)
    p.line([(p.L, "Dokumen yang turut diserahkan:", "l")], f)
    p.gap(6)
    rows2 = [["No", "Jenis Dokumen", "Nomor", "Tanggal"],
             ["1", "Surat Perjanjian (Kontrak)", "027/1093/PPK-SARPRAS-II/V/2026", "12-05-2026"],
             ["2", "Berita Acara Pemeriksaan Barang", "027/0497/PPHP-II/VI/2026", "23-06-2026"],
             ["3", "Kartu garansi dan buku manual", "-", "-"]]
    widths2 = [mm(10), mm(68), mm(66), mm(0)]
    widths2[3] = (p.R - p.L) - sum(widths2)
    p.table(p.L, widths2, rows2, fs, fsb, style="hrules", aligns=["c", "l", "l", "c"], padh=8, padv=5)
    p.gap(25)
    p.para("Dengan ditandatanganinya Berita Acara ini, maka tanggung jawab atas pemeliharaan dan pengamanan "
           "barang tersebut beralih dari PIHAK PERTAMA kepada PIHAK KEDUA.", f, indent=mm(10))
    p.gap(30)
    lc, rc = p.L + mm(40), p.R - mm(40)
    y_sig = p.y
    p.columns([(lc, [("PIHAK KEDUA,", fb, False), 170, ("Hj. NORHASANAH, S.Pd., M.Pd.", fb, True),
                     ("NIP. 19710105 199512 2 003", None, False)]),
               (rc, [("PIHAK PERTAMA,", fb, False), 170, ("BAMBANG SUTRISNO, S.T.", fb, True),
                     ("NIP. 19800612 200604 1 015", None, False)])], f)
    p.stamp_at = (lc - mm(20), y_sig + 110)
    p.sign_at = (rc - mm(12), y_sig + 60)
    p.gap(15)
    mc = (p.L + p.R) / 2
    p.columns([(mc, [("Mengetahui,", None, False), ("Kepala Dinas Pendidikan dan Kebudayaan", None, False), 170,
                     ("Drs. ASLI NUR, M.Pd.", fb, True), ("NIP. 19690730 199403 1 008", None, False)])], f)
    p.to_footer(p.bottom - 30)
    p.line([(p.R, "Halaman 1 dari 1", "r", F("DejaVuSerif", 8))], F("DejaVuSerif", 8))
    return p, "serif 10pt, two tables: grid with shaded two-level merged header + wrapped cells, and hrules"


def doc_spm():
    p = Page(left=16, top=14, right=14)
    f = F("DejaVuSans", 9)
    fb = F("DejaVuSans-Bold", 9)
    x0, x1 = p.L, p.R
    ytop = p.y
    p.gap(18)
    p.center("PEMERINTAH KOTA SAMARINDA", F("DejaVuSans-Bold", 11), k=1.3)
    p.center("SURAT PERINTAH MEMBAYAR (SPM)", F("DejaVuSans-Bold", 12), k=1.3)
    p.center("Nomor : 00412/SPM/1.02.0.00.0.00.01.0000/GU/2026", f)
    p.center("Tahun Anggaran 2026", f)
    p.gap(10)
    p.d.rectangle([x0, ytop, x1, p.y], outline=0, width=3)
    yb = p.y
    p.gap(18)
    xi = x0 + 20
    p.line([(xi, "KUASA BENDAHARA UMUM DAERAH KOTA SAMARINDA", "l", fb)], f)
    p.line([(xi, "Agar melakukan pembayaran kepada:", "l")], f)
    p.gap(6)
    xk, xc, xv = xi, xi + mm(46), xi + mm(49)
    p.kv([("Kepada", "Bendahara Pengeluaran Dinas Kesehatan"),
          ("NPWP", "00.184.275.6-722.000"),
          ("Nomor Rekening Bank", "0011-02-004571-9"),
          ("Nama Bank", "Bank Kaltimtara Cabang Samarinda"),
          ("Dasar Pembayaran / SPD", "903/0087/BPKAD-II/I/2026 tanggal 08 Januari 2026"),
          ("Untuk Keperluan", "Penggantian Uang Persediaan (GU) atas belanja kegiatan Pengelolaan Pelayanan "
                              "Kesehatan Masyarakat bulan Mei 2026")], f, xk, xc, xv, wrapw=x1 - 20 - xv)
    p.gap(10)
    p.d.rectangle([x0, yb, x1, p.y], outline=0, width=3)
    p.gap(25)
    rows = [["No", "Kode Rekening", "Uraian", "Jumlah (Rp)"]]
    lines_ = [("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 4875000),
              ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 3412500),
              ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 6120000),
              ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
               5400000),
              ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 2950000)]
    tot = 0
    for i, (k_, u, v) in enumerate(lines_):
        tot += v
        rows.append([str(i + 1), k_, u, rp(v)])
    rows.append(["", "", "JUMLAH SPP YANG DIMINTA", rp(tot)])
    widths = [mm(10), mm(38), mm(0), mm(34)]
    widths[2] = (x1 - x0) - sum(widths)
    p.table(x0, widths, rows, f, fb, style="grid", aligns=["c", "l", "l", "r"], bold_rows=(len(rows) - 1,),
            padh=10, padv=8)
    p.gap(30)
    pph22 = 73125
    pph21 = 270000
    pot = pph22 + pph21
    xl, xr = x0 + mm(8), x0 + mm(150)
    p.line([(x0, "Potongan-potongan:", "l", fb)], f)
    p.line([(xl, "1. PPh Pasal 21", "l"), (xr, "Rp " + rp(pph21), "r")], f)
    p.line([(xl, "2. PPh Pasal 22", "l"), (xr, "Rp " + rp(pph22), "r")], f)
    p.gap(10)
    p.line([(x0, "Jumlah SPM", "l", fb), (xr, "Rp " + rp(tot), "r", fb)], f)
    p.line([(x0, "Jumlah Potongan", "l", fb), (xr, "Rp " + rp(pot), "r", fb)], f)
    p.line([(x0, "Jumlah yang Dibayarkan", "l", fb), (xr, "Rp " + rp(tot - pot), "r", fb)], f)
    p.gap(6)
    p.para("Terbilang: " + terbilang(tot - pot).capitalize() + " rupiah", F("DejaVuSans-Oblique", 9),
           justify=False)
    p.gap(60)
    rc = p.R - mm(45)
    y_sig = p.y
    p.columns([(rc, [("Samarinda, 04 Juni 2026", None, False), ("Pengguna Anggaran,", None, False), 240,
                     ("dr. NOVITA ANGGRAINI, M.Kes", fb, True), ("NIP. 19790503 200501 2 011", None, False)])], f)
    p.stamp_at = (rc - mm(24), y_sig + 170)
    p.sign_at = (rc - mm(14), y_sig + 100)
    p.to_footer(p.bottom - 110)
    fs = F("DejaVuSans", 8)
    p.line([(p.L, "Lembar 1 : Kuasa BUD", "l", fs)], fs)
    p.line([(p.L, "Lembar 2 : Pengguna Anggaran / Arsip", "l", fs), (p.R, "Halaman 1 / 1", "r", fs)], fs)
    return p, "sans 9pt form with boxes, grid table, key-value amounts, terbilang"


def doc_stok_opname():
    rng = random.Random(707)
    p = Page(left=14, top=14, right=12)
    f = F("DejaVuSansCondensed", 9)
    fb = F("DejaVuSansCondensed-Bold", 9)
    p.center("LAPORAN HASIL STOK OPNAME BARANG PERSEDIAAN", F("DejaVuSansCondensed-Bold", 12), k=1.3)
    p.center("BADAN PENDAPATAN DAERAH KOTA SAMARINDA", F("DejaVuSansCondensed-Bold", 11), k=1.3)
    p.center("Keadaan per 30 Juni 2026 (Semester I)", f)
    p.gap(15)
    p.line([(p.L, "Nomor BA : 027/0633/UMPEG-III/VII/2026", "l"), (p.R, "Tanggal Opname : 01 Juli 2026", "r")], f)
    p.gap(15)
    items = [
        ("1.1.7.01.01.02.001", "Kertas HVS 70 gram ukuran A4", "Rim", 48, 120, 131, 52000),
        ("1.1.7.01.01.02.002", "Kertas HVS 70 gram ukuran F4", "Rim", 22, 60, 64, 56500),
        ("1.1.7.01.01.01.004", "Ballpoint hitam standar", "Kotak", 15, 24, 30, 27500),
        ("1.1.7.01.01.04.001", "Map snelhecter plastik", "Buah", 340, 500, 612, 3200),
        ("1.1.7.01.01.12.003", "Tinta printer isi ulang warna hitam 70 ml", "Botol", 9, 36, 31, 85000),
        ("1.1.7.01.01.12.005", "Toner printer laser tipe 85A", "Buah", 4, 10, 11, 675000),
        ("1.1.7.01.02.02.001", "Blanko Surat Pemberitahuan Pajak Daerah (SPTPD) hotel dan restoran", "Lembar",
         1200, 3000, 3650, 450),
        ("1.1.7.01.03.01.002", "Baterai alkaline AA", "Pak", 12, 20, 25, 38000),
        ("1.1.7.01.04.01.001", "Air minum dalam kemasan galon 19 liter", "Galon", 18, 240, 236, 21000),
        ("1.1.7.01.01.08.001", "Stopmap kertas folio", "Buah", 150, 300, 380, 1500),
    ]
    rows = [["No", "Kode Barang", "Nama Barang", "Satuan", "Saldo Awal", "Masuk", "Keluar", "Saldo Akhir",
             "Harga Satuan (Rp)", "Nilai Persediaan (Rp)"]]
    tot = 0
    for i, (kb, nm, sat, a, m, k_, h) in enumerate(items):
        ak = a + m - k_
        tot += ak * h
        rows.append([str(i + 1), kb, nm, sat, rp(a), rp(m), rp(k_), rp(ak), rp(h), rp(ak * h)])
    rows.append(["", "", "TOTAL NILAI PERSEDIAAN", "", "", "", "", "", "", rp(tot)])
    widths = [mm(7), mm(30), mm(40), mm(13), mm(13), mm(13), mm(13), mm(13), mm(18), mm(0)]
    widths[-1] = (p.R - p.L) - sum(widths)
    p.table(p.L, widths, rows, f, fb, style="vrules", shade=190,
            aligns=["c", "l", "l", "c", "r", "r", "r", "r", "r", "r"], bold_rows=(len(rows) - 1,),
            padh=7, padv=8)
    p.gap(35)
    p.para("Selisih antara saldo akhir menurut kartu persediaan dan hasil penghitungan fisik tidak ditemukan. "
           "Barang persediaan rusak atau kedaluwarsa tidak ditemukan pada saat opname.", f)
    p.gap(60)
    lc, rc = p.L + mm(45), p.R - mm(45)
    y_sig = p.y
    p.columns([(lc, [("Mengetahui,", None, False), ("Sekretaris Badan Pendapatan Daerah", None, False), 220,
                     ("YUDHI PRASETYO, S.E., M.M.", fb, True), ("NIP. 19770819 200212 1 005", None, False)]),
               (rc, [("Samarinda, 01 Juli 2026", None, False), ("Pengurus Barang", None, False), 220,
                     ("RINA MARLINDA", fb, True), ("NIP. 19900224 201503 2 002", None, False)])], f)
    p.stamp_at = (lc - mm(24), y_sig + 180)
    p.sign_at = (lc - mm(8), y_sig + 110)
    p.to_footer(p.bottom - 50)
    fs = F("DejaVuSansCondensed", 8)
    p.line([(p.L, "Lampiran BA Stok Opname Semester I 2026", "l", fs), (p.R, "Hal 1 dari 1", "r", fs)], fs)
    return p, "condensed sans 9pt, table with vertical rules + outer box, shaded header, wrapped cells"


DOCS = [
    ("surat_domisili", doc_surat_domisili),
    ("nota_dinas", doc_nota_dinas),
    ("buku_kas_umum", doc_bku),
    ("penerima_bantuan", doc_penerima_bantuan),
    ("bast_barang", doc_bast),
    ("spm", doc_spm),
    ("stok_opname", doc_stok_opname),
]

# ---------------------------------------------------------------- degradations
GREY16 = [v * 17 for v in range(16) for _ in range(3)]


def save_gray4(im, path, dpi):
    a = np.asarray(im.convert("L")).astype(np.uint16)
    q = ((a * 15 + 127) // 255).astype(np.uint8)
    pim = Image.fromarray(q, "P")
    pim.putpalette(GREY16)
    pim.save(path, bits=4, dpi=(dpi, dpi), optimize=True)


def scale(im, dpi):
    return im.resize((int(round(W * dpi / DPI)), int(round(H * dpi / DPI))), Image.LANCZOS)


def deg_dpi150(im, rng, p):
    return scale(im, 150)


def deg_fax(im, rng, p):
    w = int(round(W * 200 / DPI))
    h100 = int(round(H * 100 / DPI))
    a = np.asarray(im.resize((w, h100), Image.LANCZOS)).astype(np.float32)
    a += rng.normal(0, 22, a.shape)
    b = a > 150  # True = white
    # specks
    n = int(b.size * 0.0009)
    ys = rng.integers(0, b.shape[0], n)
    xs = rng.integers(0, b.shape[1], n)
    b[ys, xs] = False
    for _ in range(60):  # small blobs
        y, x = rng.integers(0, b.shape[0] - 3), rng.integers(0, b.shape[1] - 4)
        b[y:y + rng.integers(1, 3), x:x + rng.integers(1, 4)] = False
    # horizontal streaks (partial dark lines and white dropouts)
    for _ in range(int(rng.integers(3, 6))):
        y = int(rng.integers(40, b.shape[0] - 40))
        x0 = int(rng.integers(0, w // 2))
        x1 = int(min(w, x0 + rng.integers(w // 4, w)))
        b[y, x0:x1] = False
    for _ in range(int(rng.integers(2, 4))):
        y = int(rng.integers(40, b.shape[0] - 40))
        b[y, :] = True
    # a vertical thin dropout/scan line
    x = int(rng.integers(w // 5, 4 * w // 5))
    mask = rng.random(b.shape[0]) < 0.6
    b[mask, x] = False
    b = np.repeat(b, 2, axis=0)  # 200 x 100 dpi look: each scan line doubled
    return Image.fromarray((b * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)


def deg_skew(im, rng, p, angle):
    g = scale(im, 200)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    a = a * 0.93 + 8  # paper greyish
    a += rng.normal(0, 9, a.shape)
    n = int(a.size * 0.0004)
    a[rng.integers(0, a.shape[0], n), rng.integers(0, a.shape[1], n)] = 40
    # darker scanner edge
    a[:, :12] *= 0.6
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(im, rng, p):
    pw, ph = 1500, int(1500 * H / W)
    page = im.resize((pw, ph), Image.LANCZOS).convert("RGB")
    OW, OH = 1800, 2400
    # background: wooden desk-ish gradient with noise
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    base = np.stack([120 + 30 * np.sin(xx / 37.0 + yy / 410.0), 85 + 20 * np.sin(xx / 37.0 + yy / 410.0),
                     55 + 10 * np.sin(xx / 53.0)], -1)
    base += rng.normal(0, 6, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(150 + j(60), 140 + j(50)), (OW - 140 + j(60), 170 + j(50)),
           (OW - 110 + j(50), OH - 120 + j(40)), (120 + j(50), OH - 160 + j(40))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(dst, src)
    warped = page.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # soft shadow under the page
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    bga = np.asarray(bg).astype(np.float32) * (1 - 0.45 * np.asarray(sh)[..., None] / 255.0)
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(np.float32)
    # uneven light: bright spot + darker corner + warm cast
    cx, cy = OW * rng.uniform(0.55, 0.8), OH * rng.uniform(0.15, 0.35)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(OW, OH)
    light = 1.08 - 0.55 * r
    light -= 0.12 * (yy / OH) * (xx / OW)
    a *= light[..., None]
    a *= np.array([1.02, 0.98, 0.88])
    a += rng.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(1.1))
    return out


def stamp_layer(diam, ring, center, rng):
    S = diam
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    d.ellipse([6, 6, S - 6, S - 6], outline=255, width=12)
    d.ellipse([26, 26, S - 26, S - 26], outline=255, width=4)
    ri = int(S * 0.27)
    d.ellipse([S / 2 - ri, S / 2 - ri, S / 2 + ri, S / 2 + ri], outline=255, width=4)
    fr = F("DejaVuSans-Bold", 10)
    rad = S / 2 - 78
    n = len(ring)
    span = 300.0
    for i, ch in enumerate(ring):
        ang = -150 + span * (i + 0.5) / n  # degrees, 0 = top
        t = math.radians(ang)
        cx = S / 2 + rad * math.sin(t)
        cy = S / 2 - rad * math.cos(t)
        ci = Image.new("L", (90, 90), 0)
        ImageDraw.Draw(ci).text((45, 45), ch, font=fr, fill=255, anchor="mm")
        ci = ci.rotate(-ang, resample=Image.BICUBIC)
        lay.paste(255, (int(cx - 45), int(cy - 45)), ci)
    # star at the bottom
    sx, sy, sr = S / 2, S / 2 + rad, 26
    pts = []
    for k in range(10):
        rr = sr if k % 2 == 0 else sr * 0.45
        a = math.radians(-90 + 36 * k)
        pts.append((sx + rr * math.cos(a), sy + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    fc = F("DejaVuSans-Bold", 9)
    yy = S / 2 - len(center) * fc.size * 0.6
    for t in center:
        d.text((S / 2, yy), t, font=fc, fill=255, anchor="ma")
        yy += fc.size * 1.2
    a = np.asarray(lay).astype(np.float32) / 255.0
    ink = np.clip(rng.normal(0.85, 0.25, (S // 8 + 1, S // 8 + 1)), 0.25, 1.0)
    ink = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).resize((S, S), Image.BICUBIC)) / 255.0
    a = a * ink * (rng.random(a.shape) > 0.06)
    return Image.fromarray((a * 255).astype(np.uint8), "L")


STAMP_TEXT = {
    "surat_domisili": ("PEMERINTAH KOTA SAMARINDA * KECAMATAN SAMARINDA ULU", ["KELURAHAN", "SIDODADI"]),
    "nota_dinas": ("PEMERINTAH KOTA SAMARINDA * DINAS PU DAN PENATAAN RUANG", ["BIDANG", "BINA MARGA"]),
    "buku_kas_umum": ("PEMERINTAH KOTA SAMARINDA * DINAS KESEHATAN", ["PENGGUNA", "ANGGARAN"]),
    "penerima_bantuan": ("PEMERINTAH KOTA SAMARINDA * DINAS SOSIAL", ["KEPALA", "DINAS"]),
    "bast_barang": ("PEMERINTAH KOTA SAMARINDA * SD NEGERI 014 SAMARINDA ILIR", ["KEPALA", "SEKOLAH"]),
    "spm": ("PEMERINTAH KOTA SAMARINDA * DINAS KESEHATAN", ["PENGGUNA", "ANGGARAN"]),
    "stok_opname": ("PEMERINTAH KOTA SAMARINDA * BADAN PENDAPATAN DAERAH", ["SEKRETARIAT"]),
}


def deg_stamp(im, rng, p, name):
    base = np.asarray(im.convert("RGB")).astype(np.float32) / 255.0
    ring, center = STAMP_TEXT[name]
    S = 560
    lay = stamp_layer(S, ring, center, rng).rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    full = Image.new("L", (W, H), 0)
    cx, cy = p.stamp_at
    full.paste(lay, (int(cx - S / 2), int(cy - S / 2)))
    a = np.asarray(full).astype(np.float32)[..., None] / 255.0 * 0.85
    col = np.array([0.35, 0.30, 0.85]) if rng.random() < 0.6 else np.array([0.62, 0.25, 0.70])
    out = base * (1 - a) + base * col * a
    # signature scribble
    sig = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(sig)
    x, y = p.sign_at
    pts = []
    for i in range(70):
        t = i / 69
        pts.append((x + 420 * t + 45 * math.sin(t * 19 + rng.uniform(0, 0.3)),
                    y + 70 * math.sin(t * 11) * (1 - t) + 30 * math.cos(t * 23)))
    d.line(pts, fill=255, width=7, joint="curve")
    d.line([(x - 20, y + 95), (x + 470, y + 40)], fill=255, width=5)
    a2 = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32)[..., None] / 255.0 * 0.9
    out = out * (1 - a2) + np.array([0.08, 0.10, 0.35]) * a2
    img = Image.fromarray(np.clip(out * 255, 0, 255).astype(np.uint8), "RGB")
    return img, col


def stamp_palette(col):
    """Fixed palette: 16 greys + stamp ink over white/grey + signature ink over white."""
    cols = [(v * 17,) * 3 for v in range(16)]
    c = np.array(col)
    for a in (0.12, 0.25, 0.38, 0.5, 0.62, 0.75, 0.85):
        cols.append(tuple(int(round(x)) for x in 255 * (1 - a + c * a)))
    for a in (0.4, 0.8):
        cols.append(tuple(int(round(x)) for x in 128 * (1 - a + c * a)))
    sig = np.array([0.08, 0.10, 0.35])
    for a in (0.3, 0.6, 0.9):
        cols.append(tuple(int(round(x)) for x in 255 * ((1 - a) + sig * a)))
    flat = [v for c_ in cols for v in c_]
    flat += flat[:3] * (256 - len(cols))
    pal = Image.new("P", (1, 1))
    pal.putpalette(flat)
    return pal


DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
SKEW = {"surat_domisili": 2.0, "nota_dinas": -1.9, "buku_kas_umum": 2.2, "penerima_bantuan": -2.1,
        "bast_barang": 1.8, "spm": -2.0, "stok_opname": 2.1}


def main():
    for sub in ("pages", "truth"):
        if (os.environ.get("ONLY") and os.environ.get("ONLY") != "truth") or os.environ.get("ONLY_DEGS"):
            break
        if os.path.isdir(os.path.join(OUT, sub)):
            shutil.rmtree(os.path.join(OUT, sub))
        os.makedirs(os.path.join(OUT, sub))
    manifest = []
    meta = {}
    only = os.environ.get("ONLY")
    for ti, (name, fn) in enumerate(DOCS):
        if only and only != "truth" and name not in only.split(","):
            continue
        p, desc = fn()
        assert p.y < H - mm(8), (name, p.y)
        with open(os.path.join(OUT, "truth", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.truth) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", name + ".tables.json"), "w", encoding="utf-8") as fh:
                fh.write("[\n" + ",\n".join(
                    " [\n" + ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in tab) + "\n ]"
                    for tab in p.tables) + "\n]\n")
        meta[name] = {"desc": desc, "tables": len(p.tables), "lines": len(p.truth)}
        d = os.path.join(OUT, "pages", name)
        os.makedirs(d, exist_ok=True)
        im = p.im
        if only == "truth":
            im.save(os.path.join(OUT, "pages", name + "_preview.png"))
            continue
        for di, deg in enumerate(DEGS):
            rng = np.random.default_rng(1000 * ti + di)
            path = os.path.join(d, f"{name}__{deg}.{EXT[deg]}")
            t0 = time.time()
            if os.environ.get("ONLY_DEGS") and deg not in os.environ["ONLY_DEGS"].split(","):
                deg_skip = True
            else:
                deg_skip = False
            if deg_skip:
                pass
            elif deg == "clean_300dpi":
                save_gray4(im, path, 300)
            elif deg == "dpi150":
                save_gray4(deg_dpi150(im, rng, p), path, 150)
            elif deg == "fax":
                deg_fax(im, rng, p).save(path, dpi=(200, 200), optimize=True)
            elif deg == "jpeg_q25":
                scale(im, 200).save(path, quality=25, dpi=(200, 200))
            elif deg == "pdf_skew2":
                g = deg_skew(im, rng, p, SKEW[name])
                g.save(path, "PDF", resolution=200.0, quality=50, creationDate=FIXED_TIME,
                       modDate=FIXED_TIME, title=name, producer="scanner")
            elif deg == "phone_photo":
                deg_phone(im, rng, p).save(path, quality=72)
            elif deg == "stamp":
                img, col = deg_stamp(im, rng, p, name)
                img = img.resize((int(W * 200 / DPI), int(H * 200 / DPI)), Image.LANCZOS)
                img.quantize(palette=stamp_palette(col), dither=Image.Dither.NONE).save(
                    path, dpi=(200, 200), optimize=True)
            elif deg == "sideways":
                g = scale(im, 200)
                g = g.transpose(Image.ROTATE_90 if ti % 2 == 0 else Image.ROTATE_270)
                save_gray4(g, path, 200)
            elif deg == "upside_down":
                save_gray4(scale(im, 200).transpose(Image.ROTATE_180), path, 200)
            print("  ", deg, round(time.time() - t0, 1), flush=True)
            ent = {"file": f"pages/{name}/{name}__{deg}.{EXT[deg]}", "text_type": name, "degradation": deg,
                   "truth": f"truth/{name}.txt"}
            if p.tables:
                ent["tables"] = f"truth/{name}.tables.json"
            manifest.append(ent)
        print(name, meta[name], flush=True)
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    print("entries:", len(manifest))


if __name__ == "__main__":
    main()
