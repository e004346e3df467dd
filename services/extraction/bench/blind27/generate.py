#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr27" (deterministic).

Usage: python generate.py      (writes pages/, truth/, manifest.json next to this file)
"""
import io, json, math, os, random, shutil
import time
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

ROOT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
DPI = 300
PX = DPI / 72.0
A4 = (2480, 3508)


def F(name, pt):
    return ImageFont.truetype(FD + name, round(pt * PX))


def rp(n):  # Indonesian thousands separator
    return f"{n:,}".replace(",", ".")


def rp2(n):
    return rp(n) + ",00"


_SAT = ["", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh", "Sebelas"]


def terbilang(n):
    if n < 12:
        return _SAT[n]
    if n < 20:
        return _SAT[n - 10] + " Belas"
    if n < 100:
        return (_SAT[n // 10] + " Puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("Seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (_SAT[n // 100] + " Ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("Seribu " + terbilang(n - 1000)).strip()
    if n < 10 ** 6:
        return (terbilang(n // 1000) + " Ribu " + terbilang(n % 1000)).strip()
    if n < 10 ** 9:
        return (terbilang(n // 10 ** 6) + " Juta " + terbilang(n % 10 ** 6)).strip()
    return (terbilang(n // 10 ** 9) + " Milyar " + terbilang(n % 10 ** 9)).strip()


def wrap(text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        assert font.getlength(w) <= width + 0.5, (w, width)
        t = w if not cur else cur + " " + w
        if font.getlength(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


class Page:
    def __init__(self, landscape=False):
        self.W, self.H = (A4[1], A4[0]) if landscape else A4
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.anchor = None  # (x, y) where stamp/signature go
        self.y = 0

    # one printed line made of pieces (x, text, font, align); baseline y
    def put(self, pieces, y=None, lh=1.35, out=None, advance=True):
        y = self.y if y is None else y
        lefts = []
        mx = 0
        for p in pieces:
            x, t, f = p[0], p[1], p[2]
            a = p[3] if len(p) > 3 else "l"
            anc = {"l": "ls", "c": "ms", "r": "rs"}[a]
            self.d.text((x, y), t, font=f, fill=0, anchor=anc)
            w = f.getlength(t)
            lefts.append((x if a == "l" else x - w / 2 if a == "c" else x - w, t))
            mx = max(mx, f.size)
        txt = " ".join(t for _, t in sorted(lefts) if t)
        if txt:
            (self.lines if out is None else out).append(txt)
        if advance:
            self.y = y + mx * lh
        return y

    def para(self, text, x, width, f, justify=True, lh=1.4, first_prefix=None, out=None):
        for i, ln in enumerate(wrap(text, f, width)):
            words = ln.split(" ")
            last = i == len(wrap(text, f, width)) - 1
            if justify and not last and len(words) > 1:
                extra = (width - f.getlength(ln)) / (len(words) - 1)
                xx = x
                sp = f.getlength(" ")
                for w in words:
                    self.d.text((xx, self.y), w, font=f, fill=0, anchor="ls")
                    xx += f.getlength(w) + sp + extra
                (self.lines if out is None else out).append(ln)
                self.y += f.size * lh
            else:
                self.put([(x, ln, f)], lh=lh, out=out)

    def hline(self, x0, x1, y, w=3, fill=0):
        self.d.rectangle([x0, y, x1, y + w - 1], fill=fill)

    def kop(self, unit, addr, fbig, fsmall, left=240, right=None):
        right = self.W - 240 if right is None else right
        cx = (left + right) / 2 + 80
        # emblem (shape only, no text)
        ex, ey = left + 40, self.y - 20
        self.d.polygon([(ex, ey), (ex + 190, ey), (ex + 190, ey + 150), (ex + 95, ey + 230), (ex, ey + 150)], outline=0, width=6)
        self.d.ellipse([ex + 55, ey + 40, ex + 135, ey + 120], outline=0, width=5)
        self.d.line([(ex + 20, ey + 170), (ex + 170, ey + 170)], fill=0, width=4)
        self.put([(cx, "PEMERINTAH KOTA SAMARINDA", fbig, "c")], lh=1.25)
        self.put([(cx, unit, fbig, "c")], lh=1.3)
        for a in addr:
            self.put([(cx, a, fsmall, "c")], lh=1.3)
        self.y += 5
        self.hline(left, right, self.y - fsmall.size * 0.6, 9)
        self.hline(left, right, self.y - fsmall.size * 0.6 + 16, 3)
        self.y += fsmall.size * 1.2

    def table(self, x0, colw, rows, font, style="grid", header_rows=1, shade=False, hfont=None,
              pad=14, lh=1.25, aligns=None, bold_rows=()):
        """rows: list of rows; a cell is str or dict(t=, cs=, rs=, a=).  style: grid|hrules|none"""
        n = len(colw)
        hfont = hfont or font
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        grid = []  # normalised cells
        truth = []
        occupied = set()
        for ri, row in enumerate(rows):
            cells = []
            trow = [""] * n
            ci = 0
            for c in row:
                while (ri, ci) in occupied:
                    ci += 1
                if isinstance(c, str):
                    c = dict(t=c)
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                f = hfont if (ri < header_rows or ri in bold_rows) else font
                al = c.get("a") or (aligns[ci] if aligns and ri >= header_rows else ("c" if ri < header_rows else "l"))
                w = xs[ci + cs] - xs[ci] - 2 * pad
                lines = wrap(c["t"], f, w) if c["t"] else []
                cells.append(dict(ci=ci, cs=cs, rs=rs, lines=lines, f=f, a=al, t=c["t"]))
                trow[ci] = " ".join(lines)
                for r2 in range(ri, ri + rs):
                    for c2 in range(ci, ci + cs):
                        occupied.add((r2, c2))
                ci += cs
            grid.append(cells)
            truth.append(trow)
        # row heights
        hs = []
        for ri, cells in enumerate(grid):
            nl = max([len(c["lines"]) for c in cells if c["rs"] == 1] + [1])
            f = hfont if ri < header_rows else font
            hs.append(nl * f.size * lh + 2 * pad)
        ys = [self.y]
        for h in hs:
            ys.append(ys[-1] + h)
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=215)
        for ri, cells in enumerate(grid):
            for c in cells:
                xa, xb = xs[c["ci"]], xs[c["ci"] + c["cs"]]
                ya, yb = ys[ri], ys[ri + c["rs"]]
                f = c["f"]
                for li, ln in enumerate(c["lines"]):
                    by = ya + pad + f.size * 0.8 + li * f.size * lh
                    if c["a"] == "l":
                        self.d.text((xa + pad, by), ln, font=f, fill=0, anchor="ls")
                    elif c["a"] == "r":
                        self.d.text((xb - pad, by), ln, font=f, fill=0, anchor="rs")
                    else:
                        self.d.text(((xa + xb) / 2, by), ln, font=f, fill=0, anchor="ms")
                if style == "grid":
                    self.d.rectangle([xa, ya, xb, yb], outline=0, width=3)
        if style == "hrules":
            self.hline(xs[0], xs[-1], ys[0], 5)
            self.hline(xs[0], xs[-1], ys[header_rows], 3)
            for ri in range(header_rows + 1, len(rows)):
                self.hline(xs[0], xs[-1], ys[ri], 2, fill=110)
            self.hline(xs[0], xs[-1], ys[-1], 5)
        for trow in truth:
            self.lines.append(" ".join(t for t in trow if t))
        self.tables.append(truth)
        self.y = ys[-1] + font.size * 1.6
        return xs, ys


def footer(p, text_left, f, right="Halaman 1 dari 1"):
    y = p.H - 150
    assert p.y < y - f.size * 1.3 - 20, ("content overflows footer", p.y)
    p.hline(240, p.W - 240, y - f.size * 1.3, 2, fill=90)
    p.put([(240, text_left, f), (p.W - 240, right, f, "r")], y=y)


# --------------------------------------------------------------------------- documents

def doc_kuitansi():
    p = Page()
    f = F("DejaVuSerif.ttf", 11)
    fb = F("DejaVuSerif-Bold.ttf", 11)
    fi = F("DejaVuSerif-Italic.ttf", 11)
    ft = F("DejaVuSerif-Bold.ttf", 18)
    fs = F("DejaVuSerif.ttf", 9)
    L, R = 260, 2220
    p.y = 290
    p.put([(L, "PEMERINTAH KOTA SAMARINDA", fb), (R, "Lembar ke : 1 (satu)", fs, "r")])
    p.put([(L, "DINAS KESEHATAN", fb)])
    p.put([(L, "Jl. Milono No. 1 Samarinda 75121", fs)], lh=1.8)
    p.put([(L, "Tahun Anggaran", f), (L + 420, ":", f), (L + 460, "2026", f),
           (1380, "No. Bukti", f), (1700, ":", f), (1740, "0417/BKU-LS/2026", f)])
    p.put([(L, "Kode Rekening", f), (L + 420, ":", f), (L + 460, "5.1.02.01.01.0052", f),
           (1380, "Tanggal", f), (1700, ":", f), (1740, "20-11-2026", f)])
    p.put([(L, "Sub Kegiatan", f), (L + 420, ":", f), (L + 460, "1.02.02.2.02.0033 Pengelolaan Pelayanan Kesehatan Gizi", f)], lh=2.6)
    p.put([(p.W / 2, "KUITANSI", ft, "c")], lh=1.2)
    p.hline(p.W / 2 - 190, p.W / 2 + 190, p.y - 50, 4)
    p.y += 70
    VX = L + 520
    p.put([(L, "Sudah terima dari", f), (VX - 40, ":", f), (VX, "Bendahara Pengeluaran Dinas Kesehatan Kota Samarinda", f)], lh=1.7)
    amount = 3875000
    tb = terbilang(amount) + " Rupiah"
    p.d.rectangle([VX - 15, p.y - 60, R, p.y + 2 * f.size * 1.45 - 30], fill=228)
    ls = wrap(tb, fi, R - VX - 20)
    p.put([(L, "Banyaknya uang", f), (VX - 40, ":", f), (VX, ls[0], fi)], lh=1.45)
    for s in ls[1:]:
        p.put([(VX, s, fi)], lh=1.45)
    p.y += 50
    purpose = ("Pembayaran Belanja Makanan dan Minuman Rapat Koordinasi Percepatan Penurunan Stunting "
               "Tingkat Kota Samarinda Triwulan IV sebanyak 125 kotak @ Rp31.000,00 sesuai Surat Pesanan "
               "Nomor 027/1457/DINKES-II/XI/2026 tanggal 16 November 2026")
    ls = wrap(purpose, f, R - VX)
    p.put([(L, "Untuk pembayaran", f), (VX - 40, ":", f), (VX, ls[0], f)], lh=1.45)
    for s in ls[1:]:
        p.put([(VX, s, f)], lh=1.45)
    p.y += 60
    pph = amount * 2 // 100
    p.put([(VX, "Potongan PPh Pasal 23 (2%)", f), (1500, ":", f), (1540, "Rp", f), (2100, rp2(pph), f, "r")])
    p.put([(VX, "Jumlah diterima bersih", f), (1500, ":", f), (1540, "Rp", f), (2100, rp2(amount - pph), f, "r")], lh=2.2)
    by = p.y
    p.d.rectangle([L, by - 75, L + 800, by + 40], outline=0, width=5)
    p.put([(L + 30, "Terbilang Rp " + rp2(amount), fb)], lh=2.6)
    c1, c2, c3 = L + 390, 1270, 1860
    p.put([(c1, "Setuju dibayar,", f, "c"), (c2, "Lunas dibayar,", f, "c"), (c3, "Samarinda, 20 November 2026", f, "c")], lh=1.3)
    p.put([(c1, "Pengguna Anggaran,", f, "c"), (c2, "Bendahara Pengeluaran,", f, "c"), (c3, "Yang menerima,", f, "c")])
    p.anchor = (c1, p.y + 60)
    p.y += 290
    p.put([(c1, "dr. Rahmawati Nur, M.Kes.", fb, "c"), (c2, "Siti Aminah, S.E.", fb, "c"), (c3, "Hendra Wijaya", fb, "c")], lh=1.3)
    p.put([(c1, "NIP 19710305 199803 2 006", fs, "c"), (c2, "NIP 19880921 201101 2 003", fs, "c"), (c3, "CV Berkah Katering", fs, "c")], lh=2.4)
    p.put([(L, "Catatan: kuitansi dibuat rangkap 3 (tiga); lembar 1 untuk SPJ, lembar 2 arsip PPK, lembar 3 penyedia.", fs)])
    p.d.rectangle([L - 40, 170, R + 40, p.y + 10], outline=0, width=4)
    footer(p, "BKU No. 0417 / LS / 2026", fs)
    return p


def doc_daftar_hadir():
    p = Page()
    f = F("DejaVuSans.ttf", 10)
    fb = F("DejaVuSans-Bold.ttf", 10)
    fk = F("DejaVuSans-Bold.ttf", 13)
    fs = F("DejaVuSans.ttf", 9)
    p.y = 260
    p.kop("BADAN PERENCANAAN PEMBANGUNAN DAERAH", ["Jl. Dahlia No. 81 Telp. (0541) 741006 Samarinda 75112",
                                                  "Laman: bappeda.samarindakota.go.id"], fk, fs)
    p.put([(p.W / 2, "DAFTAR HADIR", F("DejaVuSans-Bold.ttf", 12), "c")], lh=1.3)
    p.put([(p.W / 2, "RAPAT PEMBAHASAN RANCANGAN AWAL RENJA PERANGKAT DAERAH TAHUN 2027", fb, "c")], lh=2.0)
    L, VX = 240, 640
    for k, v in [("Hari/Tanggal", "Kamis, 12 November 2026"), ("Waktu", "09.00 WITA s.d. selesai"),
                 ("Tempat", "Ruang Rapat Bappeda Lantai 2"), ("Dasar", "Undangan Nomor 005/1872/BAPPEDA-III/XI/2026")]:
        p.put([(L, k, f), (VX - 40, ":", f), (VX, v, f)], lh=1.45)
    p.y += 30
    people = [
        ("Ir. Bambang Sutrisno, M.T.", "19690714 199503 1 002", "Kepala Bidang Perencanaan Infrastruktur", "Bappeda"),
        ("Nurul Hidayah, S.E., M.Si.", "19800203 200604 2 011", "Kasubbag Perencanaan dan Keuangan", "Dinas Pendidikan"),
        ("Andi Saputra, S.T.", "19870519 201101 1 005", "Perencana Ahli Muda", "Dinas PUPR"),
        ("Yuliana Rante", "19920827 201903 2 009", "Analis Perencanaan", "Dinas Kesehatan"),
        ("Muhammad Rizal", "-", "Tenaga Ahli", "Konsultan PT Cipta Rencana"),
        ("Drs. H. Syahrani", "19680110 199001 1 001", "Sekretaris", "Kecamatan Sungai Kunjang"),
        ("Dewi Kartika Sari, S.Kom.", "19900412 201503 2 004", "Pranata Komputer Ahli Pertama", "Diskominfo"),
        ("Rudi Hartono, S.Sos.", "19830925 200901 1 007", "Kasubbag Umum dan Kepegawaian", "Dinas Lingkungan Hidup"),
        ("Fitriani, S.Pd.", "19950301 202012 2 015", "Analis Anggaran", "BPKAD"),
        ("Agus Salim, S.H.", "19780830 200312 1 003", "Kepala Seksi Pemerintahan", "Kelurahan Air Putih"),
        ("Lestari Wulandari, S.E.", "19860617 201001 2 012", "Perencana Ahli Pertama", "Bappeda"),
    ]
    rows = [["No", "Nama / NIP", "Jabatan", "Instansi", "Tanda Tangan"]]
    for i, (n, nip, j, ins) in enumerate(people, 1):
        rows.append([str(i), n + " " + ("NIP " + nip if nip != "-" else "NIP -"), j, ins,
                     dict(t=f"{i}.", a="l" if i % 2 else "c")])
    p.table(L, [100, 680, 490, 380, 350], rows, f, style="grid", hfont=fb, aligns=["c", "l", "l", "l", "l"], pad=10, lh=1.2)
    c = 1750
    p.put([(c, "Samarinda, 12 November 2026", f, "c")], lh=1.3)
    p.put([(c, "Kepala Bidang Perencanaan,", f, "c")])
    p.anchor = (c - 150, p.y + 40)
    p.y += 230
    p.put([(c, "Ir. Bambang Sutrisno, M.T.", fb, "c")], lh=1.3)
    p.put([(c, "NIP 19690714 199503 1 002", f, "c")])
    footer(p, "Daftar Hadir Rapat Renja 2027 - Bappeda Kota Samarinda", fs)
    return p


def doc_rekap_lembur():
    p = Page()
    f = F("DejaVuSansCondensed.ttf", 9)
    fb = F("DejaVuSansCondensed-Bold.ttf", 9)
    fk = F("DejaVuSansCondensed-Bold.ttf", 12.5)
    fs = F("DejaVuSansCondensed.ttf", 9)
    p.y = 260
    p.kop("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", ["Jl. Dahlia No. 77 Samarinda 75112 Telp. (0541) 743581"], fk, fs)
    p.put([(p.W / 2, "REKAPITULASI PEMBAYARAN UANG LEMBUR PEGAWAI", F("DejaVuSansCondensed-Bold.ttf", 11), "c")], lh=1.3)
    p.put([(p.W / 2, "BULAN OKTOBER 2026", fb, "c")], lh=2.0)
    L, VX = 240, 620
    for k, v in [("Kode Rekening", "5.1.01.03.06.0001 Belanja Lembur ASN"),
                 ("Sub Kegiatan", "1.03.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN"),
                 ("Dasar", "Surat Perintah Lembur Nomor 800/2291/PUPR-I/X/2026")]:
        p.put([(L, k, f), (VX - 40, ":", f), (VX, v, f)], lh=1.45)
    p.y += 30
    tarif = {"I": 13000, "II": 17000, "III": 20000, "IV": 25000}
    makan = {"I": 35000, "II": 35000, "III": 37000, "IV": 41000}
    pphr = {"I": 0, "II": 0, "III": 5, "IV": 15}
    staff = [
        ("Ir. Darmawan Effendi", "19700822 199603 1 003", "IV/b", 18, 6),
        ("Rina Marlina, S.T., M.T.", "19820415 200701 2 008", "IV/a", 24, 8),
        ("Hendri Kurniawan, S.T.", "19880106 201101 1 006", "III/c", 30, 10),
        ("Siti Rahmah, S.E.", "19900718 201403 2 002", "III/b", 27, 9),
        ("Bayu Pratama, A.Md.", "19930210 201903 1 004", "II/c", 33, 11),
        ("Mulyadi", "19790504 200801 1 009", "II/a", 21, 7),
        ("Eka Putri Ramadhani, S.Ars.", "19960125 202203 2 010", "III/a", 36, 12),
        ("Jumadi", "19751130 200701 1 012", "I/d", 15, 5),
        ("Yusuf Maulana, S.Kom.", "19910919 201503 1 001", "III/b", 12, 4),
        ("Ahmad Zainuddin, S.T.", "19850627 201001 1 013", "III/d", 9, 3),
    ]
    rows = [["No", "Nama / NIP", "Gol", "Jml Jam", "Hari", "Tarif per Jam (Rp)", "Uang Makan (Rp)",
             "Jumlah Kotor (Rp)", "PPh 21 (Rp)", "Jumlah Diterima (Rp)"]]
    tot = [0, 0, 0, 0]
    for i, (n, nip, g, jam, hari) in enumerate(staff, 1):
        gg = g.split("/")[0]
        upah = jam * tarif[gg]
        um = hari * makan[gg]
        kotor = upah + um
        pph = upah * pphr[gg] // 100
        net = kotor - pph
        for k, v in enumerate([um, kotor, pph, net]):
            tot[k] += v
        rows.append([str(i), n + " " + nip, g, str(jam), str(hari), rp(tarif[gg]), rp(um), rp(kotor),
                     rp(pph) if pph else "-", rp(net)])
    rows.append([dict(t="JUMLAH", cs=2, a="c"), "", "", "", "", rp(tot[0]), rp(tot[1]), rp(tot[2]), rp(tot[3])])
    p.table(L, [75, 450, 110, 115, 110, 190, 225, 240, 190, 295], rows, f, style="hrules", hfont=fb,
            aligns=["c", "l", "c", "c", "c", "r", "r", "r", "r", "r"], bold_rows=(len(rows) - 1,), pad=11)
    p.put([(L, "Terbilang: " + terbilang(tot[3]) + " Rupiah", F("DejaVuSansCondensed-Oblique.ttf", 9))], lh=2.4)
    c1, c2 = 600, 1850
    p.put([(c1, "Mengetahui,", f, "c"), (c2, "Samarinda, 5 November 2026", f, "c")], lh=1.3)
    p.put([(c1, "Pejabat Pelaksana Teknis Kegiatan", f, "c"), (c2, "Bendahara Pengeluaran Pembantu", f, "c")])
    p.anchor = (c2 - 100, p.y + 30)
    p.y += 230
    p.put([(c1, "Rina Marlina, S.T., M.T.", fb, "c"), (c2, "Nurhayati, A.Md.", fb, "c")], lh=1.3)
    p.put([(c1, "NIP 19820415 200701 2 008", f, "c"), (c2, "NIP 19890314 201406 2 001", f, "c")])
    footer(p, "Rekap Lembur PUPR - Oktober 2026", fs, "Hal. 1/1")
    return p


def doc_sp2d():
    p = Page()
    f = F("DejaVuSansMono.ttf", 9)
    fb = F("DejaVuSansMono-Bold.ttf", 9)
    fh = F("DejaVuSansMono-Bold.ttf", 12)
    L, R = 230, 2250
    p.y = 250
    p.put([(p.W / 2, "PEMERINTAH KOTA SAMARINDA", fh, "c")], lh=1.3)
    p.put([(p.W / 2, "SURAT PERINTAH PENCAIRAN DANA", fh, "c")], lh=1.3)
    p.put([(p.W / 2, "(SP2D)", fh, "c")], lh=1.6)
    p.hline(L, R, p.y - 40, 4)
    p.y += 30
    top = p.y
    left, right = [], []
    for k, v in [("Nomor SPM", "00911/SPM-LS/DINKES/2026"), ("Tanggal SPM", "24 November 2026"),
                 ("SKPD", "1.02.0.00.0.00.01.0000"), ("", "Dinas Kesehatan")]:
        p.put([(L, k, f), (L + 310, ":" if k else "", f), (L + 350, v, f)], lh=1.45, out=left)
    ybot = p.y
    p.y = top
    for k, v in [("Nomor", "900/4215/BPKAD-II/XI/2026"), ("Tanggal", "27 November 2026"),
                 ("Dari", "Kuasa BUD"), ("Tahun Anggaran", "2026")]:
        p.put([(1280, k, f), (1590, ":", f), (1630, v, f)], lh=1.45, out=right)
    p.lines += left + right
    p.d.line([(1240, top - 60), (1240, ybot - 30)], fill=0, width=2)
    p.y = max(ybot, p.y) + 10
    p.hline(L, R, p.y - 45, 2)
    p.y += 20
    items = [
        ("5.1.02.01.01.0012", "Belanja Bahan-Bahan Kimia", 42750000),
        ("5.1.02.01.01.0029", "Belanja Bahan Obat-Obatan dan Bahan Medis Habis Pakai", 96300000),
        ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 18412500),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 30000000),
    ]
    gross = sum(a for _, _, a in items)
    ppn = gross * 11 // 111
    pph22 = (gross - ppn) * 15 // 1000
    net = gross - ppn - pph22
    p.put([(L, "Bank/Pos", f), (L + 520, ":", f), (L + 560, "Bank Kaltimtara Cabang Utama Samarinda", f)], lh=1.45)
    p.para("Hendaklah mencairkan/memindahbukukan dari baki Rekening Nomor 0011.01.00.00038-1 uang sebesar "
           f"Rp{rp2(net)} ({terbilang(net)} Rupiah)", L, R - L, f, justify=False, lh=1.45)
    p.y += 20
    for k, v in [("Kepada", "CV Mahakam Medika Utama"), ("NPWP", "01.234.567.8-722.000"),
                 ("No. Rekening Bank", "0021.02.00.12345-6"), ("Bank/Pos", "Bank Kaltimtara"),
                 ("Keperluan Untuk", "Pengadaan Bahan Laboratorium dan BMHP Puskesmas Tahap II")]:
        p.put([(L, k, f), (L + 520, ":", f), (L + 560, v, f)], lh=1.45)
    p.y += 40
    rows = [["NO.", "KODE REKENING", "URAIAN", "JUMLAH (Rp)"]]
    for i, (k, u, a) in enumerate(items, 1):
        rows.append([str(i), k, u, rp2(a)])
    rows.append(["", "", "JUMLAH", rp2(gross)])
    p.table(L, [110, 460, 940, 510], rows, f, style="none", hfont=fb, aligns=["l", "l", "l", "r"], pad=8,
            bold_rows=(len(rows) - 1,))
    p.put([(L, "Potongan-potongan:", fb)], lh=1.6)
    rows = [["NO.", "URAIAN (No. Rekening)", "JUMLAH (Rp)", "KETERANGAN"],
            ["1", "Pajak Pertambahan Nilai (PPN)", rp2(ppn), "Billing 820261127004512"],
            ["2", "PPh Pasal 22", rp2(pph22), "Billing 820261127004513"],
            ["", "JUMLAH POTONGAN", rp2(ppn + pph22), ""]]
    p.table(L, [110, 900, 480, 530], rows, f, style="none", hfont=fb, aligns=["l", "l", "r", "l"], pad=8,
            bold_rows=(3,))
    p.put([(L, "Jumlah yang Diminta", f), (L + 700, ":", f), (L + 740, "Rp" + rp2(gross), f)], lh=1.45)
    p.put([(L, "Jumlah Potongan", f), (L + 700, ":", f), (L + 740, "Rp" + rp2(ppn + pph22), f)], lh=1.45)
    p.put([(L, "Jumlah yang Dibayarkan", fb), (L + 700, ":", fb), (L + 740, "Rp" + rp2(net), fb)], lh=2.2)
    c = 1700
    p.put([(c, "Samarinda, 27 November 2026", f, "c")], lh=1.3)
    p.put([(c, "Kuasa Bendahara Umum Daerah", f, "c")])
    p.anchor = (c - 120, p.y + 30)
    p.y += 230
    p.put([(c, "MUHAMMAD ARIFIN, S.E., M.M.", fb, "c")], lh=1.3)
    p.put([(c, "NIP 19760618 200212 1 005", f, "c")], lh=2.0)
    fs = F("DejaVuSansMono.ttf", 8.5)
    for s in ["Lembar 1 : Bank Yang Ditunjuk", "Lembar 2 : Pengguna Anggaran/Kuasa Pengguna Anggaran",
              "Lembar 3 : Arsip Kuasa BUD", "Lembar 4 : Pihak Penerima"]:
        p.put([(L, s, fs)], lh=1.35)
    footer(p, "Dicetak dari SIPD-RI pada 27-11-2026 14:32:08", fs)
    return p


def doc_mutasi_barang():
    p = Page(landscape=True)
    f = F("DejaVuSerifCondensed.ttf", 9)
    fb = F("DejaVuSerifCondensed-Bold.ttf", 9)
    fh = F("DejaVuSerifCondensed-Bold.ttf", 12)
    L, R = 230, p.W - 230
    p.y = 220
    p.put([(p.W / 2, "DAFTAR MUTASI BARANG", fh, "c")], lh=1.3)
    p.put([(p.W / 2, "SEMESTER II TAHUN ANGGARAN 2026", fb, "c")], lh=1.8)
    top = p.y
    for k, v, k2, v2 in [("SKPD", "Kecamatan Samarinda Ulu", "Kabupaten/Kota", "Kota Samarinda"),
                         ("Kode Lokasi", "12.11.30.01.02.01.02", "Provinsi", "Kalimantan Timur")]:
        p.put([(L, k, f), (L + 330, ":", f), (L + 370, v, f),
               (2200, k2, f), (2500, ":", f), (2540, v2, f)], lh=1.4)
    p.y += 20
    items = [
        ("1.3.2.05.01.05.001", "Laptop Core i5 RAM 16 GB SSD 512 GB", "Unit", 6, 14750000, 3, 0),
        ("1.3.2.05.01.05.002", "Personal Computer All in One 24 inci", "Unit", 4, 12300000, 0, 1),
        ("1.3.2.05.01.05.010", "Printer Multifungsi Ink Tank A4", "Unit", 5, 3450000, 2, 1),
        ("1.3.2.05.02.06.001", "Meja Kerja Pegawai Kayu Olahan", "Buah", 18, 1850000, 0, 2),
        ("1.3.2.05.02.06.002", "Kursi Kerja Pegawai Putar Hidrolik", "Buah", 20, 975000, 6, 0),
        ("1.3.2.02.01.01.004", "Mobil Dinas Operasional Minibus 1.500 cc", "Unit", 1, 268500000, 0, 0),
        ("1.3.2.02.01.02.003", "Sepeda Motor Dinas 150 cc", "Unit", 5, 27850000, 1, 1),
        ("1.3.2.05.02.04.006", "Air Conditioner Split 1,5 PK", "Unit", 9, 5625000, 2, 0),
    ]
    hdr1 = [dict(t="No", rs=2), dict(t="Kode Barang", rs=2), dict(t="Nama / Jenis Barang", rs=2),
            dict(t="Satuan", rs=2), dict(t="Saldo Awal 1 Juli 2026", cs=2), dict(t="Bertambah", cs=2),
            dict(t="Berkurang", cs=2), dict(t="Saldo Akhir 31 Desember 2026", cs=2), dict(t="Ket.", rs=2)]
    hdr2 = ["Jml", "Nilai (Rp)"] * 4
    rows = [hdr1, hdr2]
    T = [0] * 8
    for i, (kb, nm, sat, a, hp, tb, kr) in enumerate(items, 1):
        ak = a + tb - kr
        vals = [a, a * hp, tb, tb * hp, kr, kr * hp, ak, ak * hp]
        for k in range(8):
            T[k] += vals[k]
        ket = "Hibah Pemkot" if (tb and i == 5) else ("Rusak berat, dihapus" if kr and i == 2 else "")
        row = [str(i), kb, nm, sat]
        for k in range(0, 8, 2):
            row += [str(vals[k]) if vals[k] else "-", rp(vals[k + 1]) if vals[k + 1] else "-"]
        row.append(ket)
        rows.append(row)
    tr = [dict(t="JUMLAH", cs=4, a="c")]
    for k in range(0, 8, 2):
        tr += [str(T[k]), rp(T[k + 1])]
    tr.append("")
    rows.append(tr)
    # body table: 13 logical columns
    colw = [80, 360, 538, 160, 110, 280, 110, 260, 110, 260, 110, 290, 300]
    assert sum(colw) <= R - L, sum(colw)
    p.table(L, colw, rows, f, style="grid", header_rows=2, shade=True, hfont=fb,
            aligns=["c", "l", "l", "c", "c", "r", "c", "r", "c", "r", "c", "r", "l"], pad=10,
            bold_rows=(len(rows) - 1,))
    c1, c2 = 750, 2700
    p.put([(c1, "Mengetahui,", f, "c"), (c2, "Samarinda, 31 Desember 2026", f, "c")], lh=1.3)
    p.put([(c1, "Camat Samarinda Ulu", f, "c"), (c2, "Pengurus Barang Pengguna", f, "c")])
    p.anchor = (c1 - 60, p.y + 30)
    p.y += 170
    p.put([(c1, "Dr. Syamsuddin Noor, S.STP., M.Si.", fb, "c"), (c2, "Fajar Setiawan, S.Kom.", fb, "c")], lh=1.3)
    p.put([(c1, "NIP 19800812 199912 1 001", f, "c"), (c2, "NIP 19940705 201903 1 006", f, "c")])
    footer(p, "SIMDA BMD - Laporan Mutasi Barang Semester II 2026", f, "Halaman 1 dari 1")
    return p


def doc_bap_barang():
    p = Page()
    f = F("DejaVuSerif.ttf", 10.5)
    fb = F("DejaVuSerif-Bold.ttf", 10.5)
    fk = F("DejaVuSerif-Bold.ttf", 13)
    fs = F("DejaVuSerif.ttf", 9)
    L, R = 260, 2240
    p.y = 250
    p.kop("DINAS PENDIDIKAN DAN KEBUDAYAAN", ["Jl. Biola No. 1 Samarinda Kalimantan Timur 75123",
                                              "Telepon (0541) 731350, Pos-el: disdikbud@samarindakota.go.id"], fk, fs, left=L, right=R)
    p.put([(p.W / 2, "BERITA ACARA PEMERIKSAAN BARANG", F("DejaVuSerif-Bold.ttf", 12), "c")], lh=1.3)
    p.put([(p.W / 2, "Nomor : 027/2318/DISDIKBUD-IV/XII/2026", f, "c")], lh=1.9)
    p.para("Pada hari ini Kamis tanggal Tiga bulan Desember tahun Dua Ribu Dua Puluh Enam, bertempat di Gudang "
           "Dinas Pendidikan dan Kebudayaan Kota Samarinda, kami yang bertanda tangan di bawah ini Pejabat "
           "Pembuat Komitmen dan Tim Pemeriksa Barang yang ditetapkan dengan Keputusan Kepala Dinas Nomor "
           "800/1120/DISDIKBUD-I/III/2026, telah melakukan pemeriksaan atas barang yang diserahkan oleh "
           "CV Sinar Borneo Teknik berdasarkan Surat Pesanan Nomor 027/2207/DISDIKBUD-IV/XI/2026 dengan "
           "kode rekening 5.2.02.05.01.0005 Belanja Modal Alat Kantor Lainnya, dengan hasil sebagai berikut:",
           L, R - L, f)
    p.y += 30
    items = [
        ("1.3.2.05.01.05.001", "Laptop Core i5 generasi 13, RAM 16 GB, SSD 512 GB, layar 14 inci, garansi resmi 3 tahun", 12, "Unit", 14750000),
        ("1.3.2.05.01.05.010", "Printer Multifungsi Ink Tank A4 (print, scan, copy) dengan Wi-Fi", 6, "Unit", 3450000),
        ("1.3.2.06.01.02.126", "Proyektor LCD 4.000 Lumen resolusi WXGA beserta layar 70 inci", 4, "Unit", 8900000),
        ("1.3.2.05.01.05.048", "Uninterruptible Power Supply (UPS) 1.200 VA", 12, "Unit", 1275000),
        ("1.3.2.05.02.01.004", "Lemari Arsip Besi 4 Laci", 3, "Buah", 2650000),
    ]
    rows = [["No", "Kode Barang", "Nama Barang / Spesifikasi", "Vol", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)", "Ket."]]
    tot = 0
    for i, (kb, nm, v, s, h) in enumerate(items, 1):
        tot += v * h
        rows.append([str(i), kb, nm, str(v), s, rp(h), rp(v * h), "Baik, sesuai"])
    rows.append([dict(t="JUMLAH", cs=6, a="c"), rp(tot), ""])
    p.table(L, [95, 405, 440, 100, 185, 260, 300, 195], rows, F("DejaVuSerif.ttf", 9.5), style="grid",
            shade=True, hfont=F("DejaVuSerif-Bold.ttf", 9.5), aligns=["c", "l", "l", "c", "c", "r", "r", "l"],
            pad=10, bold_rows=(len(rows) - 1,))
    p.para("Barang tersebut di atas telah diperiksa dan dinyatakan baik serta sesuai dengan spesifikasi dalam "
           "kontrak, dengan nilai keseluruhan Rp" + rp2(tot) + " (" + terbilang(tot) + " Rupiah). Demikian Berita "
           "Acara ini dibuat untuk dipergunakan sebagaimana mestinya.", L, R - L, f)
    p.y += 40
    c1, c2 = 720, 1780
    p.put([(c1, "Penyedia Barang,", f, "c"), (c2, "Pejabat Pembuat Komitmen,", f, "c")], lh=1.3)
    p.put([(c1, "CV Sinar Borneo Teknik", f, "c"), (c2, "", f)])
    p.anchor = (c2 - 110, p.y + 20)
    p.y += 200
    p.put([(c1, "Rahmat Hidayat", fb, "c"), (c2, "Sri Wahyuni, S.Pd., M.M.", fb, "c")], lh=1.3)
    p.put([(c1, "Direktur", f, "c"), (c2, "NIP 19770209 200312 2 005", f, "c")])
    footer(p, "BA Pemeriksaan Barang - Disdikbud Kota Samarinda", fs)
    return p


def box(d, x, y, s=38, tick=False):
    d.rectangle([x, y - s, x + s, y], outline=0, width=4)
    if tick:
        d.line([(x + 6, y - s / 2), (x + s / 2 - 2, y - 6), (x + s + 10, y - s - 14)], fill=0, width=7)


def doc_disposisi():
    p = Page()
    f = F("DejaVuSans.ttf", 11)
    fb = F("DejaVuSans-Bold.ttf", 11)
    fk = F("DejaVuSans-Bold.ttf", 13)
    fs = F("DejaVuSans.ttf", 9)
    fhw = F("DejaVuSans-Oblique.ttf", 12)
    L, R, M = 240, 2240, 1140
    p.y = 260
    p.kop("SEKRETARIAT DAERAH", ["Jl. Kesuma Bangsa No. 82 Samarinda 75121"], fk, fs)
    p.y += 10
    p.d.rectangle([L, p.y - 80, R, p.y + 50], outline=0, width=5)
    p.put([(p.W / 2, "LEMBAR DISPOSISI", F("DejaVuSans-Bold.ttf", 14), "c")], lh=1.0)
    p.y += 130
    top = p.y
    left, right = [], []
    for k, v in [("Surat dari", "Kadis Lingkungan Hidup"), ("No. Surat", "660/3051/DLH-II/XII/2026"),
                 ("Tgl. Surat", "2 Desember 2026")]:
        p.put([(L + 30, k, f), (L + 260, ":", f), (L + 300, v, f)], lh=1.7, out=left)
    yb = p.y
    p.y = top
    for k, v in [("Diterima Tgl.", "4 Desember 2026"), ("No. Agenda", "4418"), ("Sifat", "")]:
        p.put([(M + 30, k, f), (M + 318, ":", f), (M + 350, v, f)], lh=1.7, out=right)
    sy = p.y - f.size * 1.7
    xx = M + 350
    for t, tk in [("Sangat Segera", False), ("Segera", True), ("Rahasia", False)]:
        box(p.d, xx, sy + 5, tick=tk)
        p.d.text((xx + 50, sy), t, font=fs, fill=0, anchor="ls")
        xx += 50 + fs.getlength(t) + 12
    right[-1] = "Sifat : Sangat Segera Segera Rahasia"
    p.lines += left + right
    p.d.rectangle([L, top - 80, R, yb - 30], outline=0, width=3)
    p.d.line([(M, top - 80), (M, yb - 30)], fill=0, width=3)
    p.y = yb + 40
    ls = wrap("Permohonan Fasilitasi Rapat Koordinasi Penanganan Sampah di Tempat Pembuangan Sementara "
              "dan Penertiban Bank Sampah Tingkat Kelurahan", f, R - L - 340)
    p.put([(L + 30, "Perihal", f), (L + 260, ":", f), (L + 300, ls[0], f)], lh=1.4)
    for s in ls[1:]:
        p.put([(L + 300, s, f)], lh=1.4)
    p.d.rectangle([L, yb - 30, R, p.y], outline=0, width=3)
    p.y += 80
    top = p.y
    left, right = [], []
    p.put([(L + 30, "Diteruskan kepada Sdr.:", fb)], lh=1.6, out=left)
    for t, tk in [("Asisten II Setda Kota", True), ("Kepala Bagian Perekonomian", False),
                  ("Kadis Lingkungan Hidup", True), ("Camat se-Kota Samarinda", True),
                  ("Kepala Satpol PP", False)]:
        box(p.d, L + 30, p.y + 5, tick=tk)
        p.put([(L + 100, t, f)], lh=1.55, out=left)
    yb = p.y
    p.y = top
    p.put([(M + 30, "Dengan hormat harap:", fb)], lh=1.6, out=right)
    for t, tk in [("Tanggapan dan saran", False), ("Proses lebih lanjut", True), ("Koordinasi/konfirmasikan", True),
                  ("Untuk diketahui", False), ("Arsip", False)]:
        box(p.d, M + 30, p.y + 5, tick=tk)
        p.put([(M + 100, t, f)], lh=1.55, out=right)
    p.lines += left + right
    p.y = max(yb, p.y) + 10
    p.d.rectangle([L, top - 80, R, p.y - 30], outline=0, width=3)
    p.d.line([(M, top - 80), (M, p.y - 30)], fill=0, width=3)
    p.y += 60
    ctop = p.y
    p.put([(L + 30, "Catatan:", fb)], lh=1.6)
    for s in ["Mohon dijadwalkan rapat pada minggu kedua Desember 2026,",
              "undang seluruh Camat dan Lurah terkait. Anggaran rapat dibebankan",
              "pada kode rekening 5.1.02.01.01.0052 Bagian Perekonomian.",
              "Laporkan hasilnya paling lambat 18-12-2026."]:
        p.put([(L + 80, s, fhw)], lh=1.6)
    cbot = p.y
    p.d.rectangle([L, ctop - 80, R, cbot + 300], outline=0, width=3)
    c = 1700
    p.y = cbot + 40
    p.put([(c, "Sekretaris Daerah,", f, "c")])
    p.anchor = (c - 200, p.y + 10)
    p.y = cbot + 230
    p.put([(c, "Dr. Hero Mardanus S, M.Si.", fb, "c")], lh=1.3)
    p.y = cbot + 380
    p.put([(L, "Disposisi diteruskan melalui aplikasi SRIKANDI pada 4 Desember 2026 10:21 WITA", fs)])
    footer(p, "Agenda 4418 / Setda / XII / 2026", fs)
    return p


DOCS = {
    "kuitansi": doc_kuitansi,
    "daftar_hadir": doc_daftar_hadir,
    "rekap_lembur": doc_rekap_lembur,
    "sp2d": doc_sp2d,
    "mutasi_barang": doc_mutasi_barang,
    "bap_barang": doc_bap_barang,
    "disposisi": doc_disposisi,
}

# --------------------------------------------------------------------------- degradations

GREY16 = sum([[v * 17] * 3 for v in range(16)], [])


def save4(img, path, dpi):
    a = np.asarray(img.convert("L")).astype(np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    im = Image.fromarray(q, "P")
    im.putpalette(GREY16)
    im.save(path, optimize=True, dpi=(dpi, dpi))


def d_clean(img, rng):
    return img, "png", 300


def d_dpi150(img, rng):
    return img.resize((img.width // 2, img.height // 2), Image.LANCZOS), "png", 150


def d_fax(img, rng):
    w, h = round(img.width * 200 / 300), round(img.height * 100 / 300)
    a = np.asarray(img.filter(ImageFilter.MinFilter(3)).resize((w, h), Image.BOX)).astype(np.float32)
    a += rng.normal(0, 12, a.shape)
    b = a < 175
    # vertical streaks (dirty scanner glass) and horizontal transmission dropouts
    for _ in range(3):
        x = rng.integers(0, w - 3)
        ln = rng.integers(h // 3, h)
        y0 = rng.integers(0, h - ln + 1)
        b[y0:y0 + ln, x:x + rng.integers(1, 3)] = True
    for _ in range(4):
        y = rng.integers(0, h)
        x0 = rng.integers(0, w // 2)
        b[y, x0:x0 + rng.integers(w // 5, w // 2)] = ~b[y, x0:x0 + 1].any() if False else True
    specks = rng.random(b.shape) < 0.0018
    b |= specks
    drop = rng.random(b.shape) < 0.02
    b &= ~drop
    b = np.repeat(b, 2, axis=0)
    return Image.fromarray(((~b) * 255).astype(np.uint8)).convert("1", dither=Image.NONE), "png", 200


def d_jpeg(img, rng):
    return img, "jpg", 300


def d_pdf_skew(img, rng, angle):
    im = img.resize((round(img.width * 2 / 3), round(img.height * 2 / 3)), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) * (236 / 255.0) + 6
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=244)
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, 6, a.shape)
    sp = rng.random(a.shape) < 0.0008
    a[sp] = rng.integers(0, 90, sp.sum())
    # dark scanner border on one edge
    a[:, :12] *= 0.35
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), "pdf", 200


def perspective_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def d_phone(img, rng):
    land = img.width > img.height
    CW, CH = (2400, 1800) if land else (1800, 2400)
    pw = 1480 if not land else 2060
    ph = round(pw * img.height / img.width)
    page = img.resize((pw, ph), Image.LANCZOS)
    # background: wooden desk
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = np.sin(xx / 23.0 + 3 * np.sin(yy / 210.0)) * 10 + rng.normal(0, 6, (CH, CW))
    bg = np.stack([110 + grain, 82 + grain * 0.8, 58 + grain * 0.6], -1)
    ox, oy = (CW - pw) / 2, (CH - ph) / 2
    j = lambda: rng.uniform(-45, 45)
    dst = [(ox + j() + 30, oy + j() + 20), (ox + pw + j() - 20, oy + j() + 50),
           (ox + pw + j() + 10, oy + ph + j() - 10), (ox + j() - 15, oy + ph + j() - 40)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = perspective_coeffs(dst, src)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=0)
    mask = Image.new("L", (pw, ph), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    m = np.asarray(mask).astype(np.float32)[..., None] / 255
    pg = np.asarray(warped).astype(np.float32)[..., None]
    paper = pg / 255 * np.array([246, 241, 228], np.float32)
    out = paper * m + bg * (1 - m)
    # uneven light: gradient + soft shadow
    light = 0.72 + 0.33 * (xx / CW) * 0.6 + 0.33 * (1 - yy / CH) * 0.5
    cx, cy = rng.uniform(0.2, 0.8) * CW, rng.uniform(0.6, 0.9) * CH
    light -= 0.16 * np.exp(-(((xx - cx) / (CW * 0.35)) ** 2 + ((yy - cy) / (CH * 0.25)) ** 2))
    out = out * np.clip(light, 0.45, 1.1)[..., None]
    out += rng.normal(0, 3, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    return im, "jpg", 200


def signature(d, x, y, rng, col):
    pts = []
    for k in range(60):
        t = k / 59
        pts.append((x + t * 360 + 40 * math.sin(t * 17 + rng.uniform(0, 0.3)),
                    y + 70 * math.sin(t * 9.5) * (1 - t * 0.5) + rng.uniform(-4, 4)))
    d.line(pts, fill=col, width=6, joint="curve")
    d.line([(x - 20, y + 60), (x + 420, y + 20)], fill=col, width=5)


def d_stamp(img, rng, unit):
    base = img.convert("RGB")
    ax, ay = DOC_ANCHOR
    R = 230
    st = Image.new("L", base.size, 0)
    sd = ImageDraw.Draw(st)
    sd.ellipse([ax - R, ay - R, ax + R, ay + R], outline=255, width=12)
    sd.ellipse([ax - R + 28, ay - R + 28, ax + R - 28, ay + R - 28], outline=255, width=5)
    sd.ellipse([ax - 105, ay - 105, ax + 105, ay + 105], outline=255, width=5)
    fr = F("DejaVuSans-Bold.ttf", 8.5)
    ring = "PEMERINTAH KOTA SAMARINDA * " + unit + " *"
    n = len(ring)
    for i, ch in enumerate(ring):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        chim = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(chim).text((30, 30), ch, font=fr, fill=255, anchor="mm")
        chim = chim.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px, py = ax + (R - 70) * math.cos(ang), ay + (R - 70) * math.sin(ang)
        st.paste(255, (int(px - 30), int(py - 30)), chim)
    sd.regular_polygon((ax, ay, 60), 5, fill=255)
    a = np.asarray(st).astype(np.float32) / 255
    a *= (rng.random(a.shape) > 0.18) * rng.uniform(0.55, 0.9)
    a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32) / 255
    col = np.array([70, 60, 175], np.float32)
    b = np.asarray(base).astype(np.float32)
    b = b * (1 - a[..., None]) + (b * col / 255) * a[..., None]
    im = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8))
    signature(ImageDraw.Draw(im), ax + 80, ay - 10, rng, (25, 35, 115))
    return im, "png", 300


def d_sideways(img, rng, cw):
    return img.transpose(Image.ROTATE_270 if cw else Image.ROTATE_90), "png", 300


def d_upside(img, rng):
    return img.transpose(Image.ROTATE_180), "png", 300


DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
UNITS = {"kuitansi": "DINAS KESEHATAN", "daftar_hadir": "BAPPEDA", "rekap_lembur": "DINAS PUPR",
         "sp2d": "BPKAD", "mutasi_barang": "KECAMATAN SAMARINDA ULU", "bap_barang": "DISDIKBUD",
         "disposisi": "SEKRETARIAT DAERAH"}
DOC_ANCHOR = None
FIXED_TS = time.strptime("20261207000000", "%Y%m%d%H%M%S")  # fixed PDF timestamps


def main():
    global DOC_ANCHOR
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, sub))
    manifest = []
    meta = {}
    for ti, (tid, fn) in enumerate(DOCS.items()):
        random.seed(1000 + ti)
        p = fn()
        img = p.img
        DOC_ANCHOR = p.anchor
        with open(os.path.join(ROOT, "truth", tid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(ROOT, "truth", tid + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(ROOT, "pages", tid))
        angle = [2.0, -1.8, 2.2, -2.1, 1.7, -2.3, 1.9][ti]
        cw = ti % 2 == 0
        meta[tid] = dict(skew_deg=angle, sideways="clockwise" if cw else "counterclockwise",
                         size=[img.width, img.height], anchor=list(map(int, p.anchor)))
        for di, deg in enumerate(DEGS):
            rng = np.random.default_rng(7000 + 100 * ti + di)
            if deg == "clean_300dpi": out, ext, dpi = d_clean(img, rng)
            elif deg == "dpi150": out, ext, dpi = d_dpi150(img, rng)
            elif deg == "fax": out, ext, dpi = d_fax(img, rng)
            elif deg == "jpeg_q25": out, ext, dpi = d_jpeg(img, rng)
            elif deg == "pdf_skew2": out, ext, dpi = d_pdf_skew(img, rng, angle)
            elif deg == "phone_photo": out, ext, dpi = d_phone(img, rng)
            elif deg == "stamp": out, ext, dpi = d_stamp(img, rng, UNITS[tid])
            elif deg == "sideways": out, ext, dpi = d_sideways(img, rng, cw)
            else: out, ext, dpi = d_upside(img, rng)
            rel = f"pages/{tid}/{tid}__{deg}.{ext}"
            path = os.path.join(ROOT, rel)
            if ext == "png" and out.mode == "L":
                save4(out, path, dpi)
            elif ext == "png" and out.mode == "RGB":
                out.quantize(32, method=Image.MEDIANCUT, dither=Image.NONE).save(path, optimize=True, dpi=(dpi, dpi))
            elif ext == "png":
                out.save(path, optimize=True, dpi=(dpi, dpi))
            elif ext == "jpg":
                out.save(path, quality=25 if deg == "jpeg_q25" else 72, dpi=(dpi, dpi))
            elif ext == "pdf":
                out.save(path, "PDF", resolution=dpi, quality=45, creationDate=FIXED_TS, modDate=FIXED_TS)
            e = {"file": rel, "text_type": tid, "degradation": deg, "truth": f"truth/{tid}.txt"}
            if p.tables:
                e["tables"] = f"truth/{tid}.tables.json"
            manifest.append(e)
    with open(os.path.join(ROOT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(ROOT, "geometry.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=1)
    print("wrote", len(manifest), "pages")


if __name__ == "__main__":
    main()
