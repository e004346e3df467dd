#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr31".

Deterministic: fixed seeds, no timestamps taken from the clock.
Run:  python generate.py   (writes pages/, truth/, manifest.json next to this file)
"""
import io, json, math, os, random, shutil
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib.utils import ImageReader

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serifB": "DejaVuSerif-Bold.ttf",
    "serifC": "DejaVuSerifCondensed.ttf", "serifCB": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sansB": "DejaVuSans-Bold.ttf",
    "sansC": "DejaVuSansCondensed.ttf", "sansCB": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf", "monoB": "DejaVuSansMono-Bold.ttf",
}
DPI = 300
_fc = {}


def F(name, pt):
    key = (name, pt)
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONTS[name], round(pt * DPI / 72),
                                      layout_engine=ImageFont.Layout.BASIC)
    return _fc[key]


def px(mm):
    return mm * DPI / 25.4


def rp(n):
    """Indonesian thousands format."""
    s = f"{abs(int(n)):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    n = int(n)
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


def wrap(text, font, width_px):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if font.getlength(cand) <= width_px:
            cur = cand
        else:
            if not cur:
                raise ValueError(f"word too long for cell: {w!r}")
            lines.append(cur)
            cur = w
            if font.getlength(cur) > width_px:
                raise ValueError(f"word too long for cell: {w!r}")
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, land=False):
        self.land = land
        self.W, self.H = (3508, 2480) if land else (2480, 3508)
        self.wmm = 297 if land else 210
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.tables = []
        self.stamp_at = None  # (x_mm, y_mm) centre of stamp/signature

    def _draw(self, x, y, t, f, align):
        w = f.getlength(t)
        xl = px(x) - (w / 2 if align == "c" else w if align == "r" else 0)
        self.d.text((xl, px(y)), t, font=f, anchor="ls", fill=0)
        return xl

    def line(self, y, *pieces):
        """One printed line: pieces (x_mm, text, font, align). Truth = pieces joined left->right."""
        placed = []
        for p in pieces:
            x, t, f = p[0], p[1], p[2]
            al = p[3] if len(p) > 3 else "l"
            if t == "":
                continue
            placed.append((self._draw(x, y, t, f, al), t))
        placed.sort()
        self.lines.append(" ".join(t for _, t in placed))

    def center(self, y, t, f):
        self.line(y, (self.wmm / 2, t, f, "c"))

    def para(self, x, y, width_mm, text, f, lead_mm, first_prefix=None):
        for ln in wrap(text, f, px(width_mm)):
            self.line(y, (x, ln, f))
            y += lead_mm
        return y

    def hr(self, y, x0, x1, w=0.35):
        self.d.rectangle([px(x0), px(y), px(x1), px(y) + max(1, px(w)) - 1], fill=0)

    def box(self, x0, y0, x1, y1, w=0.3):
        for (a, b, c, d) in [(x0, y0, x1, y0), (x0, y1, x1, y1)]:
            self.hr(b, a, c, w)
        for xx in (x0, x1):
            self.d.rectangle([px(xx), px(y0), px(xx) + max(1, px(w)) - 1, px(y1)], fill=0)

    def vr(self, x, y0, y1, w=0.3):
        self.d.rectangle([px(x), px(y0), px(x) + max(1, px(w)) - 1, px(y1)], fill=0)

    def checkbox(self, x, y, ticked):
        s = px(3.2)
        X, Y = px(x), px(y) - s
        self.d.rectangle([X, Y, X + s, Y + s], outline=0, width=3)
        if ticked:
            self.d.line([X + 4, Y + s * 0.5, X + s * 0.4, Y + s - 4, X + s - 3, Y + 3], fill=0, width=5)

    def logo(self, x, y, h):
        # simple shield emblem, no text
        X, Y, H = px(x), px(y), px(h)
        W = H * 0.8
        pts = [(X, Y), (X + W, Y), (X + W, Y + H * 0.6), (X + W / 2, Y + H), (X, Y + H * 0.6)]
        self.d.polygon(pts, outline=0, width=5)
        self.d.polygon([(X + W * .15, Y + H * .12), (X + W * .85, Y + H * .12), (X + W * .85, Y + H * .55),
                        (X + W / 2, Y + H * .85), (X + W * .15, Y + H * .55)], fill=200)
        self.d.ellipse([X + W * .3, Y + H * .22, X + W * .7, Y + H * .54], fill=90)
        for i in range(5):
            self.d.line([X + W * (.2 + .15 * i), Y + H * .6, X + W * .5, Y + H * .8], fill=40, width=4)

    def kop(self, y, lines, rule_y, margin=15):
        self.logo(margin + 3, y - 9, 27)
        for (t, f, dy) in lines:
            self.center(y, t, f)
            y += dy
        self.hr(rule_y, margin, self.wmm - margin, 0.9)
        self.hr(rule_y + 1.3, margin, self.wmm - margin, 0.3)

    def table(self, x0, y0, colw, rows, fonts, style, merges=None, aligns=None, header_rows=1,
              shade=False, pad=1.3, lead=None, valign_body="top", record_text=True):
        """Draw a table. rows: list of lists of str. merges {(r,c):(rs,cs)}.
        fonts: (header_font, body_font) or callable(r)->font. Returns y bottom (mm)."""
        merges = merges or {}
        n = len(colw)
        assert all(len(r) == n for r in rows), "ragged table"
        covered = set()
        for (r, c), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", (rr, cc)
        fnt = fonts if callable(fonts) else (lambda r: fonts[0] if r < header_rows else fonts[1])
        aligns = aligns or ["l"] * n
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        cell_lines = {}
        heights = [0.0] * len(rows)
        for r, row in enumerate(rows):
            f = fnt(r)
            ld = lead or (f.size * 1.22 * 25.4 / DPI)
            for c, t in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                wmm = xs[c + cs] - xs[c] - 2 * pad
                ls = wrap(t, f, px(wmm)) if t else []
                cell_lines[(r, c)] = (ls, ld)
                if rs == 1:
                    heights[r] = max(heights[r], len(ls) * ld + 2 * pad, ld + 2 * pad)
        for (r, c), (rs, cs) in merges.items():
            ls, ld = cell_lines[(r, c)]
            need = len(ls) * ld + 2 * pad
            have = sum(heights[r:r + rs])
            if need > have:
                heights[r + rs - 1] += need - have
        ys = [y0]
        for h in heights:
            ys.append(ys[-1] + h)
        if shade:
            self.d.rectangle([px(x0), px(ys[0]), px(xs[-1]), px(ys[header_rows])], fill=205)
        for (r, c), (ls, ld) in cell_lines.items():
            f = fnt(r)
            rs, cs = merges.get((r, c), (1, 1))
            a = "c" if r < header_rows else aligns[c]
            asc = f.getmetrics()[0] * 25.4 / DPI
            top = ys[r] + pad
            if r >= header_rows and valign_body == "middle":
                top = ys[r] + (ys[r + rs] - ys[r] - len(ls) * ld) / 2
            for i, ln in enumerate(ls):
                yb = top + asc * 0.92 + i * ld
                if a == "c":
                    xx = (xs[c] + xs[c + cs]) / 2
                elif a == "r":
                    xx = xs[c + cs] - pad
                else:
                    xx = xs[c] + pad
                self._draw(xx, yb, ln, f, a)
        # rules
        if style == "grid":
            for (r, c), _ in cell_lines.items():
                rs, cs = merges.get((r, c), (1, 1))
                self.box(xs[c], ys[r], xs[c + cs], ys[r + rs], 0.25)
        elif style == "hrules":
            self.hr(ys[0], x0, xs[-1], 0.5)
            self.hr(ys[header_rows], x0, xs[-1], 0.5)
            for r in range(header_rows + 1, len(rows)):
                self.hr(ys[r], x0, xs[-1], 0.18)
            self.hr(ys[-1], x0, xs[-1], 0.5)
        # truth
        tab = []
        for r, row in enumerate(rows):
            cells = []
            for c in range(n):
                if (r, c) in covered:
                    cells.append("")
                else:
                    cells.append(" ".join(cell_lines[(r, c)][0]))
            assert cells == [" ".join(x.split(" ")) for x in row]
            tab.append(cells)
            if record_text:
                self.lines.append(" ".join(x for x in cells if x))
        self.tables.append(tab)
        return ys[-1]

    def sig_block(self, x, y, top_lines, name, nip, f, fb, lead, gap=22, extra=None, align="c"):
        for t in top_lines:
            self.line(y, (x, t, f, align)); y += lead
        sy = y + gap / 2 - 4
        y += gap
        self.line(y, (x, name, fb, align)); y += lead
        if extra:
            self.line(y, (x, extra, f, align)); y += lead
        self.line(y, (x, nip, f, align)); y += lead
        return y, (x, sy)


# ----------------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------------

def kv(p, y, x, key, xcol, val, f, xval=None):
    p.line(y, (x, key, f), (xcol, ":", f), ((xval or xcol + 3), val, f))


def doc_spj_gu(rnd):
    p = Page(land=True)
    f9, f9b, f10, f10b, f12b = F("sansC", 9), F("sansCB", 9), F("sansC", 10), F("sansCB", 10), F("sansCB", 12)
    M = 14
    p.kop(20, [("PEMERINTAH KOTA SAMARINDA", f12b, 6), ("DINAS LINGKUNGAN HIDUP", f12b, 5.5),
               ("Jalan Untung Suropati No. 2 Telp. (0541) 736512 Samarinda 75124", f9, 0)], 34, M)
    y = 42
    p.center(y, "REKAPITULASI SURAT PERTANGGUNGJAWABAN GANTI UANG (SPJ-GU)", f10b); y += 5
    p.center(y, "Nomor : 900/0417/DLH-II/V/2026", f10); y += 9
    y0 = y
    kv(p, y, M, "SKPD", 44, "2.11.0.00.0.00.01.0000 Dinas Lingkungan Hidup", f10); y += 4.8
    kv(p, y, M, "Program", 44, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", f10); y += 4.8
    kv(p, y, M, "Kegiatan", 44, "Administrasi Umum Perangkat Daerah", f10); y += 4.8
    y = y0
    kv(p, y, 200, "Bulan", 232, "Mei 2026", f10); y += 4.8
    kv(p, y, 200, "Tahun Anggaran", 232, "2026", f10); y += 4.8
    kv(p, y, 200, "Nomor BKU", 232, "114 s.d. 151", f10); y += 9
    items = [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 48_500_000),
        ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", 22_750_000),
        ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 15_000_000),
        ("5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", 96_000_000),
        ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 63_420_000),
        ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", 38_400_000),
        ("5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan", 71_250_000),
        ("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 124_800_000),
        ("5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 186_000_000),
    ]
    rows = [["No", "Kode Rekening", "Uraian", "Pagu Anggaran (Rp)", "SPJ s.d. Bulan Lalu (Rp)",
             "SPJ Bulan Ini (Rp)", "SPJ s.d. Bulan Ini (Rp)", "Sisa Pagu (Rp)"]]
    tot = [0] * 5
    for i, (k, u, pagu) in enumerate(items, 1):
        lalu = rnd.randrange(pagu // 5, pagu // 2) // 500 * 500
        ini = rnd.randrange(pagu // 20, pagu // 6) // 250 * 250 + rnd.choice([0, 0, 175, 600])
        sd = lalu + ini
        vals = [pagu, lalu, ini, sd, pagu - sd]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([str(i), k, u] + [rp(v) for v in vals])
    rows.append(["JUMLAH", "", ""] + [rp(v) for v in tot])
    merges = {(len(rows) - 1, 0): (1, 3)}
    y = p.table(M, y, [9, 33, 80, 28.5, 28.5, 28.5, 28.5, 27.5], rows, (f9b, f9), "grid", merges,
                aligns=["c", "l", "l", "r", "r", "r", "r", "r"], valign_body="middle", pad=0.9)
    y += 5
    p.line(y, (M, "Terlampir bukti-bukti pengeluaran yang sah sebanyak 37 (tiga puluh tujuh) lembar.", f10)); y += 6
    _, _ = p.sig_block(60, y, ["Mengetahui,", "Pengguna Anggaran,"], "Ir. H. Ahmad Fauzi Rahman, M.T.",
                       "NIP. 19720314 199803 1 007", f10, f10b, 4.8, gap=14)
    _, s = p.sig_block(235, y, ["Samarinda, 29 Mei 2026", "Bendahara Pengeluaran,"], "Nurul Hidayah, S.E.",
                       "NIP. 19890702 201503 2 004", f10, f10b, 4.8, gap=14)
    p.stamp_at = (s[0] - 14, s[1])
    p.line(max(y + 4, 204), (p.wmm - M, "Halaman 1 dari 1", f9, "r"))
    return p


def doc_kir(rnd):
    p = Page(land=True)
    f9, f9b, f10, f10b, f12b = F("serifC", 9), F("serifCB", 9), F("serif", 10), F("serifB", 10), F("serifB", 12)
    M = 13
    y = 16
    p.center(y, "KARTU INVENTARIS RUANGAN (KIR)", f12b); y += 9
    y0 = y
    kv(p, y, M, "Provinsi", 45, "Kalimantan Timur", f10); y += 4.9
    kv(p, y, M, "Kabupaten/Kota", 45, "Kota Samarinda", f10); y += 4.9
    kv(p, y, M, "Unit/SKPD", 45, "Dinas Kependudukan dan Pencatatan Sipil", f10); y += 4.9
    kv(p, y, M, "Ruangan", 45, "Ruang Pelayanan Akta Kelahiran (Lantai 1)", f10); y += 4.9
    y = y0
    kv(p, y, 190, "No. Kode Lokasi", 226, "12.16.40.07.01.26.001", f10); y += 4.9
    kv(p, y, 190, "Kode Ruangan", 226, "R.012", f10); y += 4.9
    kv(p, y, 190, "Per Tanggal", 226, "15 Juni 2026", f10); y += 9
    head1 = ["No. Urut", "Nama Barang / Jenis Barang", "Merk / Model", "No. Seri Pabrik", "Bahan",
             "Tahun Beli", "No. Kode Barang", "Jumlah Barang", "Harga Beli / Perolehan (Rp)",
             "Keadaan Barang", "", "", "Keterangan"]
    head2 = [""] * 9 + ["Baik (B)", "Kurang Baik (KB)", "Rusak Berat (RB)", ""]
    nums = [str(i) for i in range(1, 14)]
    data = [
        ("Meja Kerja Pejabat Eselon IV", "Olympic 1/2 Biro", "-", "140x70 cm", "Kayu", "2019", "1.3.2.05.01.04.002", 2, 2_450_000, ""),
        ("Kursi Putar", "Chitose Yamato", "-", "-", "Besi/Busa", "2019", "1.3.2.05.01.04.003", 6, 1_185_000, ""),
        ("Lemari Arsip Besi 4 Laci", "Brother B-104", "-", "46x62x132 cm", "Besi", "2017", "1.3.2.05.01.01.002", 3, 3_275_000, "1 unit kunci hilang"),
        ("Komputer PC All in One", "Lenovo V50a", "MP1X8K2Q", "23,8 inci", "Campuran", "2022", "1.3.2.10.01.02.001", 4, 13_850_000, ""),
        ("Printer Laser", "HP LaserJet M211dw", "VNB3K40921", "-", "Campuran", "2022", "1.3.2.10.02.03.003", 2, 3_640_000, "Drum diganti 2025"),
        ("Scanner Dokumen", "Epson DS-530 II", "X5CR012774", "A4", "Campuran", "2023", "1.3.2.10.02.03.006", 1, 9_475_000, ""),
        ("AC Split 1,5 PK", "Daikin FTKC35", "E004518", "1,5 PK", "Campuran", "2018", "1.3.2.05.02.04.001", 2, 7_920_000, "Perlu servis"),
        ("Kursi Tunggu 3 Dudukan", "Informa Delta", "-", "180 cm", "Besi", "2016", "1.3.2.05.01.04.015", 5, 2_150_000, ""),
        ("Mesin Antrean", "Q-Smart QS-7", "QS7-260114", "-", "Campuran", "2024", "1.3.2.05.02.06.042", 1, 24_600_000, ""),
        ("Dispenser", "Miyako WD-190", "-", "-", "Plastik", "2015", "1.3.2.05.02.06.013", 1, 385_000, "Usul hapus"),
    ]
    rows = [head1, head2, nums]
    tj = th = 0
    tk = [0, 0, 0]
    for i, d in enumerate(data, 1):
        jml = d[7]
        if "hapus" in d[9]:
            k = [0, 0, jml]
        elif d[9] in ("Perlu servis", "1 unit kunci hilang"):
            k = [jml - 1, 1, 0]
        else:
            k = [jml, 0, 0]
        harga = d[8] * jml
        tj += jml; th += harga
        tk = [a + b for a, b in zip(tk, k)]
        rows.append([str(i), d[0], d[1], d[2], d[4], d[5], d[6], str(jml), rp(harga)] +
                    [str(v) if v else "" for v in k] + [d[9]])
    rows.append(["JUMLAH"] + [""] * 6 + [str(tj), rp(th)] + [str(v) for v in tk] + [""])
    merges = {(0, c): (2, 1) for c in list(range(9)) + [12]}
    merges[(0, 9)] = (1, 3)
    merges[(len(rows) - 1, 0)] = (1, 7)
    hf = F("serifCB", 9)
    fonts = lambda r: hf if r < 2 else (F("serifC", 9))
    y = p.table(M, y, [10, 38, 27, 25, 19, 13, 34, 15, 25, 11, 15, 15, 24], rows, fonts, "grid", merges,
                aligns=["c", "l", "l", "l", "l", "c", "l", "c", "r", "c", "c", "c", "l"], header_rows=3,
                shade=True, pad=1.1)
    y += 6
    p.line(y, (M, "Tidak dibenarkan memindahkan barang-barang yang ada dalam daftar ini tanpa sepengetahuan "
                  "Pengurus Barang dan Penanggung Jawab Ruangan.", f9)); y += 7
    p.sig_block(65, y, ["Mengetahui,", "Kepala Dinas Kependudukan dan Pencatatan Sipil"], "Drs. Yusuf Kurniawan, M.Si.",
                "NIP. 19700918 199303 1 005", f10, f10b, 4.7, gap=18, extra="Pembina Utama Muda (IV/c)")
    _, s = p.sig_block(232, y, ["Samarinda, 15 Juni 2026", "Pengurus Barang Pengguna,"], "Rina Marlina, A.Md.",
                       "NIP. 19930425 201902 2 011", f10, f10b, 4.7, gap=18, extra="Pengatur Tingkat I (II/d)")
    p.stamp_at = (s[0] - 16, s[1])
    p.line(203, (p.wmm - M, "Hal. 1 / 1", f9, "r"))
    return p


def doc_spm(rnd):
    p = Page()
    f9, f10, f10b, f12b = F("sans", 9), F("sans", 10), F("sansB", 10), F("sansB", 12)
    M = 15
    y = 20
    p.logo(M + 2, 10, 24)
    p.center(y, "PEMERINTAH KOTA SAMARINDA", f12b); y += 6
    p.center(y, "SURAT PERINTAH MEMBAYAR (SPM)", f12b); y += 5.5
    p.center(y, "Nomor : 900/1184/DISKOMINFO-III/VI/2026", f10); y += 5
    p.center(y, "Tahun Anggaran 2026", f10); y += 3
    p.hr(y, M, 195, 0.8); y += 7
    p.line(y, (M, "KUASA BENDAHARA UMUM DAERAH (KUASA BUD) KOTA SAMARINDA", f10b)); y += 5
    p.line(y, (M, "Supaya menerbitkan SP2D kepada:", f10)); y += 6
    KX, CX = M, 78
    fields = [
        ("Urusan Pemerintahan", "2.16 Urusan Pemerintahan Bidang Komunikasi dan Informatika"),
        ("SKPD", "2.16.0.00.0.00.01.0000 Dinas Komunikasi dan Informatika"),
        ("Pihak Ketiga", "CV Borneo Data Solusindo"),
        ("Nama Bank", "Bank Kaltimtara Cabang Utama Samarinda"),
        ("Nomor Rekening Bank", "0011-01-023456-30-7"),
        ("NPWP", "02.481.736.5-722.000"),
        ("Dasar Pembayaran (DPA)", "DPA/A.1/2.16.0.00.0.00.01.0000/001/2026 tanggal 2 Januari 2026"),
        ("Untuk Keperluan", "Pembayaran pengadaan perangkat jaringan dan lisensi keamanan untuk Command Center Kota Samarinda sesuai Kontrak Nomor 027/0331/DISKOMINFO-III/IV/2026 tanggal 14 April 2026"),
    ]
    for k, v in fields:
        ls = wrap(v, f10, px(195 - CX - 3))
        p.line(y, (KX, k, f10), (CX, ":", f10), (CX + 3, ls[0], f10)); y += 4.8
        for l2 in ls[1:]:
            p.line(y, (CX + 3, l2, f10)); y += 4.8
    y += 4
    p.line(y, (M, "Pembebanan pada kode rekening:", f10b)); y += 3
    items = [("5.2.02.10.01.0003", "Belanja Modal Peralatan Jaringan-Router", 86_350_000),
             ("5.2.02.10.01.0005", "Belanja Modal Peralatan Jaringan-Switch", 54_780_000),
             ("5.1.02.01.01.0055", "Belanja Lisensi Perangkat Lunak Keamanan Jaringan (12 bulan)", 37_925_000)]
    rows = [["No", "Kode Rekening", "Uraian", "Jumlah (Rp)"]]
    tot = 0
    for i, (k, u, a) in enumerate(items, 1):
        rows.append([str(i), k, u, rp(a)]); tot += a
    rows.append(["", "", "JUMLAH", rp(tot)])
    y = p.table(M, y, [10, 40, 95, 35], rows, (f10b, f10), "hrules", aligns=["c", "l", "l", "r"], pad=1.4)
    y += 8
    p.line(y, (M, "Potongan-potongan:", f10b)); y += 3
    ppn = round(tot * 100 / 111 * 0.11)
    pph = round(tot * 100 / 111 * 0.015)
    rows2 = [["No", "Uraian (No. Rekening)", "Jumlah (Rp)", "Keterangan"],
             ["1", "PPN (2.1.01.01.01.0001)", rp(ppn), "Kode billing 820260618114752"],
             ["2", "PPh Pasal 22 (2.1.01.01.01.0003)", rp(pph), "Kode billing 820260618114760"],
             ["", "Jumlah Potongan", rp(ppn + pph), ""]]
    y = p.table(M, y, [10, 70, 35, 65], rows2, (f10b, f10), "hrules", aligns=["c", "l", "r", "l"], pad=1.4)
    y += 8
    net = tot - ppn - pph
    p.line(y, (M, "Jumlah SPM", f10), (CX, ":", f10), (CX + 3, "Rp " + rp(tot), f10)); y += 4.8
    p.line(y, (M, "Jumlah Potongan", f10), (CX, ":", f10), (CX + 3, "Rp " + rp(ppn + pph), f10)); y += 4.8
    p.line(y, (M, "Jumlah yang Dibayarkan", f10b), (CX, ":", f10b), (CX + 3, "Rp " + rp(net), f10b)); y += 4.8
    tb = "(" + terbilang(net).capitalize() + " rupiah)"
    ls = wrap(tb, F("sans", 10), px(195 - CX - 3))
    p.line(y, (M, "Terbilang", f10), (CX, ":", f10), (CX + 3, ls[0], f10)); y += 4.8
    for l2 in ls[1:]:
        p.line(y, (CX + 3, l2, f10)); y += 4.8
    y += 6
    _, s = p.sig_block(150, y, ["Samarinda, 18 Juni 2026", "Pengguna Anggaran,",
                               "Kepala Dinas Komunikasi dan Informatika"], "Muhammad Rizal Effendi, S.Kom., M.M.",
                       "NIP. 19760521 200212 1 003", f10, f10b, 4.8, gap=16)
    p.stamp_at = (s[0] - 20, s[1])
    p.hr(281, M, 195, 0.2)
    p.line(285, (M, "Dicetak melalui SIPD-RI pada 18-06-2026 10:42", f9), (195, "Halaman 1 dari 1", f9, "r"))
    return p


def doc_lpj(rnd):
    p = Page()
    f9, f9b = F("mono", 9), F("monoB", 9)
    f11, f11b, f12b, f10 = F("serif", 11), F("serifB", 11), F("serifB", 12), F("serif", 10)
    M = 18
    p.kop(20, [("PEMERINTAH KOTA SAMARINDA", f12b, 6), ("KECAMATAN SAMARINDA ULU", f12b, 5.5),
               ("Jalan Dahlia No. 63 Samarinda 75123, Telepon (0541) 741203", f10, 0)], 34, M)
    y = 44
    p.center(y, "LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN", f11b); y += 5.5
    p.center(y, "(SPJ FUNGSIONAL)", f11b); y += 5.5
    p.center(y, "Bulan April 2026", f11); y += 10
    kv(p, y, M, "SKPD", 62, "Kecamatan Samarinda Ulu", f11); y += 5.4
    kv(p, y, M, "Pengguna Anggaran", 62, "Camat Samarinda Ulu", f11); y += 5.4
    kv(p, y, M, "Bendahara", 62, "Dewi Anggraini Putri, S.Ak.", f11); y += 5.4
    kv(p, y, M, "Tahun Anggaran", 62, "2026", f11); y += 9
    rows = [["Tgl", "No. Bukti", "Uraian", "Penerimaan", "Pengeluaran", "Saldo"]]
    saldo = 8_412_350
    rows.append(["01-04", "-", "Saldo bulan lalu", "", "", rp(saldo)])
    ev = [("02-04", "SP2D-GU 0219", "Penerimaan SP2D GU-3", 45_600_000, 0),
          ("03-04", "BKU-071", "Belanja ATK Kantor Camat", 0, 3_187_500),
          ("07-04", "BKU-072", "Pungut PPN belanja ATK", 287_500, 0),
          ("07-04", "BKU-073", "Setor PPN ke Kas Negara", 0, 287_500),
          ("10-04", "BKU-074", "Makan minum rapat Musrenbang", 0, 6_840_000),
          ("15-04", "BKU-075", "Perjalanan dinas dalam kota", 0, 4_350_000),
          ("17-04", "BKU-076", "Pemeliharaan kendaraan KT 1027 A", 0, 2_915_250),
          ("22-04", "BKU-077", "Langganan internet kantor", 0, 1_998_000),
          ("28-04", "BKU-078", "Honor petugas kebersihan", 0, 9_000_000),
          ("30-04", "BKU-079", "Belanja bahan cetak spanduk", 0, 1_475_000)]
    tin = tout = 0
    for d, b, u, i, o in ev:
        saldo += i - o; tin += i; tout += o
        rows.append([d, b, u, rp(i) if i else "", rp(o) if o else "", rp(saldo)])
    rows.append(["", "", "Jumlah bulan ini", rp(tin), rp(tout), rp(saldo)])
    y = p.table(M, y, [14, 28, 64, 25, 25, 25], rows, (f9b, f9), "none",
                aligns=["l", "l", "l", "r", "r", "r"], pad=0.8)
    y += 8
    tunai = 1_250_000
    bank = saldo - tunai
    y = p.para(M, y, 174, f"Kas di Bendahara Pengeluaran per 30 April 2026 sebesar Rp {rp(saldo)} terdiri dari:", f11, 5.4)
    p.line(y, (M + 5, "a. Tunai", f11), (M + 60, "Rp", f11), (M + 100, rp(tunai), f11, "r")); y += 5.4
    p.line(y, (M + 5, "b. Saldo di Bank", f11), (M + 60, "Rp", f11), (M + 100, rp(bank), f11, "r")); y += 5.4
    p.line(y, (M + 5, "c. Surat Berharga", f11), (M + 60, "Rp", f11), (M + 100, "0", f11, "r")); y += 12
    p.sig_block(55, y, ["Mengetahui,", "Camat Samarinda Ulu,"], "Andi Saputra Wijaya, S.STP., M.Si.",
                "NIP. 19850130 200312 1 002", f11, f11b, 5.4)
    _, s = p.sig_block(150, y, ["Samarinda, 5 Mei 2026", "Bendahara Pengeluaran,"], "Dewi Anggraini Putri, S.Ak.",
                       "NIP. 19910814 201407 2 001", f11, f11b, 5.4)
    p.stamp_at = (s[0] - 18, s[1])
    p.line(287, (105, "LPJ Bendahara Pengeluaran April 2026 - Hal 1/1", f9, "c"))
    return p


def doc_disposisi(rnd):
    p = Page()
    f11, f11b, f12b, f10 = F("sansC", 11), F("sansCB", 11), F("sansCB", 12), F("sansC", 10)
    M = 16
    R = 194
    p.kop(20, [("PEMERINTAH KOTA SAMARINDA", f12b, 6),
               ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", f12b, 5.5),
               ("Jalan Dahlia No. 81 Samarinda, Kalimantan Timur 75121", f10, 0)], 34, M)
    y = 46
    p.center(y, "LEMBAR DISPOSISI", F("sansCB", 12)); y += 4
    top = y
    MID = 105
    y = top + 7
    kv(p, y, M + 2, "Surat dari", 40, "Dinas PUPR Kota Samarinda", f11); y += 5.6
    kv(p, y, M + 2, "No. Surat", 40, "600/1187/PUPR-IV/V/2026", f11); y += 5.6
    kv(p, y, M + 2, "Tgl. Surat", 40, "20 Mei 2026", f11); y += 5.6
    y = top + 7
    kv(p, y, MID + 2, "Diterima Tgl.", 133, "22 Mei 2026", f11); y += 5.6
    kv(p, y, MID + 2, "No. Agenda", 133, "0934", f11); y += 5.6
    kv(p, y, MID + 2, "Sifat", 133, "Segera", f11); y += 5.6
    b1 = y - 1.5
    p.box(M, top, R, b1); p.vr(MID, top, b1)
    y = b1 + 7
    per = ("Permohonan Penyesuaian Pagu Indikatif Sub Kegiatan Rehabilitasi Jalan Lingkungan pada Rancangan "
           "Awal RKPD Kota Samarinda Tahun 2027")
    ls = wrap(per, f11, px(R - 43 - 2))
    p.line(y, (M + 2, "Perihal", f11), (40, ":", f11), (43, ls[0], f11)); y += 5.6
    for l2 in ls[1:]:
        p.line(y, (43, l2, f11)); y += 5.6
    b2 = y - 1.5
    p.box(M, b1, R, b2)
    y = b2 + 7
    p.line(y, (M + 2, "Diteruskan kepada Sdr.:", f11b)); y += 6.5
    for t, tk in [("Sekretaris", False), ("Kabid Infrastruktur dan Kewilayahan", True),
                  ("Kabid Perencanaan, Pengendalian dan Evaluasi", True), ("Kasubbag Umum dan Kepegawaian", False)]:
        p.checkbox(M + 3, y + 0.3, tk)
        for i, l2 in enumerate(wrap(t, f11, px(MID - M - 12))):
            p.line(y, (M + 9, l2, f11)); y += 5.6
        y += 1.0
    yl = y
    y = b2 + 7
    p.line(y, (MID + 2, "Dengan hormat harap:", f11b)); y += 6.5
    for t, tk in [("Tanggapan dan saran", False), ("Proses lebih lanjut", True), ("Koordinasi/konfirmasi", True),
                  ("Untuk diketahui", False), ("Arsip", False)]:
        p.checkbox(MID + 3, y + 0.3, tk)
        p.line(y, (MID + 9, t, f11)); y += 6.6
    b3 = max(y, yl) + 0
    p.box(M, b2, R, b3); p.vr(MID, b2, b3)
    y = b3 + 7
    p.line(y, (M + 2, "Catatan / Isi Disposisi:", f11b)); y += 6.5
    note = ("Mohon ditelaah bersama Bidang Infrastruktur. Bandingkan usulan Rp 7.850.000.000 dengan pagu indikatif "
            "Rp 6.125.000.000 dan siapkan bahan rapat TAPD paling lambat 27 Mei 2026.")
    y = p.para(M + 2, y, R - M - 6, note, f11, 5.8)
    y += 20
    p.line(y, (140, "Paraf/tgl. 23-05-2026", f11, "c")); y += 4
    b4 = y
    p.box(M, b3, R, b4)
    p.stamp_at = (150, b3 + 40)
    p.line(286, (M, "F-BPD-03 Rev. 02", F("sansC", 9)), (R, "Hal. 1", F("sansC", 9), "r"))
    return p


def doc_sertijab(rnd):
    p = Page()
    f12, f12b, f11, f11b = F("serif", 12), F("serifB", 12), F("serif", 11), F("serifB", 11)
    f9 = F("serif", 9)
    M = 22
    Wt = 210 - 2 * M
    p.kop(20, [("PEMERINTAH KOTA SAMARINDA", F("serifB", 12), 6), ("DINAS KESEHATAN", F("serifB", 12), 5.5),
               ("Jalan Milono No. 1 Samarinda 75121, Telepon (0541) 748071", f9, 0)], 35, M - 6)
    y = 46
    p.center(y, "BERITA ACARA SERAH TERIMA JABATAN", f12b); y += 5.5
    p.center(y, "Nomor : 800/2231/DINKES-I/VII/2026", f11); y += 10
    L = 5.2
    y = p.para(M, y, Wt, "Pada hari ini Senin tanggal tiga belas bulan Juli tahun dua ribu dua puluh enam, bertempat "
                         "di Aula Dinas Kesehatan Kota Samarinda, kami yang bertanda tangan di bawah ini:", f11, L)
    y += 2
    for num, nm, nip, pg, jb, tag in [
        ("1.", "dr. Hendra Saputra, M.Kes.", "19780612 200501 1 009", "Pembina (IV/a)",
         "Kepala Bidang Pencegahan dan Pengendalian Penyakit", "PIHAK PERTAMA"),
        ("2.", "Sri Wahyuningsih, S.K.M., M.P.H.", "19820227 200604 2 015", "Penata Tingkat I (III/d)",
         "Kepala Bidang Pencegahan dan Pengendalian Penyakit (baru)", "PIHAK KEDUA")]:
        p.line(y, (M, num, f11), (M + 7, "Nama", f11), (M + 42, ":", f11), (M + 45, nm, f11)); y += L
        p.line(y, (M + 7, "NIP", f11), (M + 42, ":", f11), (M + 45, nip, f11)); y += L
        p.line(y, (M + 7, "Pangkat/Gol.", f11), (M + 42, ":", f11), (M + 45, pg, f11)); y += L
        ls = wrap(jb, f11, px(Wt - 45))
        p.line(y, (M + 7, "Jabatan", f11), (M + 42, ":", f11), (M + 45, ls[0], f11)); y += L
        for l2 in ls[1:]:
            p.line(y, (M + 45, l2, f11)); y += L
        p.line(y, (M + 7, "selanjutnya disebut " + tag + ".", f11)); y += L + 2
    pagu, real = 4_187_650_000, 1_902_334_500
    pct = f"{real / pagu * 100:.2f}".replace(".", ",")
    y = p.para(M, y, Wt, "Berdasarkan Keputusan Wali Kota Samarinda Nomor 821/0457/BKPSDM-II/VI/2026 tanggal 30 Juni "
                         "2026, PIHAK PERTAMA menyerahkan jabatan beserta tugas dan tanggung jawabnya kepada PIHAK KEDUA, "
                         "dan PIHAK KEDUA menerima serah terima tersebut, yang meliputi:", f11, L)
    for t in [f"a. Dokumen Pelaksanaan Anggaran (DPA) Tahun 2026 dengan pagu Rp {rp(pagu)} dan realisasi s.d. "
              f"30 Juni 2026 sebesar Rp {rp(real)} ({pct}%);",
              "b. Barang milik daerah sebagaimana tercantum dalam Kartu Inventaris Ruangan;",
              "c. Arsip dan dokumen kegiatan Tahun 2024 s.d. 2026;",
              "d. Pekerjaan yang belum selesai sebagaimana terlampir dalam memori serah terima."]:
        ls = wrap(t[3:], f11, px(Wt - 6))
        p.line(y, (M + 1, t[:2], f11), (M + 6, ls[0], f11)); y += L
        for l2 in ls[1:]:
            p.line(y, (M + 6, l2, f11)); y += L
    y += 2
    y = p.para(M, y, Wt, "Demikian Berita Acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan sebagaimana "
                         "mestinya.", f11, L)
    y += 5
    p.sig_block(62, y, ["PIHAK KEDUA,"], "Sri Wahyuningsih, S.K.M., M.P.H.", "NIP. 19820227 200604 2 015", f11, f11b, L, gap=15)
    yb, s = p.sig_block(150, y, ["PIHAK PERTAMA,"], "dr. Hendra Saputra, M.Kes.", "NIP. 19780612 200501 1 009", f11, f11b, L, gap=15)
    y = yb + 4
    _, s2 = p.sig_block(105, y, ["Mengetahui,", "Kepala Dinas Kesehatan Kota Samarinda,"], "dr. Nur Aisyah Ramadhani, M.Kes.",
                        "NIP. 19740309 200212 2 006", f11, f11b, L, gap=15)
    p.stamp_at = (s2[0] - 22, s2[1])
    assert y < 280, y
    p.line(289, (105, "- 1 -", f9, "c"))
    return p


def doc_agenda(rnd):
    p = Page(land=True)
    f9, f9b, f11b, f10 = F("sans", 9), F("sansB", 9), F("sansB", 11), F("sans", 10)
    M = 12
    y = 15
    p.line(y, (M, "SEKRETARIAT DPRD KOTA SAMARINDA", f11b), (p.wmm - M, "Bulan : Agustus 2026", f10, "r")); y += 6
    p.line(y, (M, "BUKU AGENDA SURAT MASUK", f11b), (p.wmm - M, "Tahun : 2026", f10, "r")); y += 6
    rows = [["No. Agenda", "Tgl. Terima", "Nomor Surat", "Tgl. Surat", "Asal Surat", "Perihal",
             "Diteruskan Kepada", "Paraf"]]
    data = [
        ("1412", "03-08-2026", "005/1432/BPKAD-III/VII/2026", "31-07-2026", "Badan Pengelolaan Keuangan dan Aset Daerah",
         "Undangan pembahasan KUA-PPAS Perubahan Tahun Anggaran 2026", "Ketua Banggar", "ok"),
        ("1413", "03-08-2026", "400/0871/DISDIK-II/VII/2026", "30-07-2026", "Dinas Pendidikan dan Kebudayaan",
         "Laporan realisasi Dana BOSDA semester I", "Komisi IV", ""),
        ("1414", "04-08-2026", "050/0529/BAPPEDA-I/VIII/2026", "01-08-2026", "Bappeda",
         "Penyampaian Rancangan Awal RKPD Tahun 2027", "Sekretaris DPRD", "ok"),
        ("1415", "05-08-2026", "600/1204/PUPR-IV/VIII/2026", "04-08-2026", "Dinas PUPR",
         "Permohonan rapat dengar pendapat penanganan banjir Jalan DI Panjaitan", "Komisi III", ""),
        ("1416", "05-08-2026", "140/0318/KEC.SU-I/VIII/2026", "05-08-2026", "Kecamatan Samarinda Ulu",
         "Usulan pokok-pokok pikiran hasil reses masa sidang II", "Bagian Persidangan", "ok"),
        ("1417", "06-08-2026", "443/2276/DINKES-III/VIII/2026", "05-08-2026", "Dinas Kesehatan",
         "Data kasus DBD dan kebutuhan fogging triwulan III", "Komisi IV", ""),
        ("1418", "07-08-2026", "500/0644/DISPERINDAG-II/VIII/2026", "06-08-2026", "Dinas Perdagangan",
         "Pemberitahuan operasi pasar beras menjelang HUT RI", "Komisi II", "ok"),
        ("1419", "10-08-2026", "800/1719/BKPSDM-I/VIII/2026", "07-08-2026", "BKPSDM",
         "Permintaan data pegawai untuk usulan kenaikan pangkat periode Oktober 2026", "Bagian Umum", ""),
        ("1420", "11-08-2026", "910/0952/BPKAD-II/VIII/2026", "10-08-2026", "Badan Pengelolaan Keuangan dan Aset Daerah",
         "Penyampaian SP2D GU ke-7 Sekretariat DPRD", "Bendahara Pengeluaran", "ok"),
        ("1421", "12-08-2026", "027/0487/DISKOMINFO-III/VIII/2026", "11-08-2026", "Dinas Komunikasi dan Informatika",
         "Sosialisasi aplikasi persuratan elektronik (SRIKANDI)", "Kasubbag Umum", ""),
    ]
    rows += [list(d) for d in data]
    y = p.table(M, y + 2, [17, 23, 61, 23, 44, 61, 29, 13], rows, (f9b, f9), "hrules",
                aligns=["c", "c", "l", "c", "l", "l", "l", "c"], pad=1.5)
    p.line(200, (p.wmm / 2, "Halaman 3", f9, "c"))
    p.stamp_at = (250, y + 14)
    return p


DOCS = [("spj_gu_rekap", doc_spj_gu), ("kir_ruangan", doc_kir), ("spm_ls", doc_spm),
        ("lpj_bendahara", doc_lpj), ("lembar_disposisi", doc_disposisi), ("ba_sertijab", doc_sertijab),
        ("agenda_surat_masuk", doc_agenda)]

# ----------------------------------------------------------------------------------------------
# Degradations
# ----------------------------------------------------------------------------------------------
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]


def save_grey4(img, path, dpi):
    q = img.point(lambda v: min(255, int(round(v / 17.0)) * 17))
    pal = q.convert("P", palette=Image.Palette.ADAPTIVE, colors=16) if False else None
    # build explicit 16-level grey palette
    arr = np.asarray(img, dtype=np.float32)
    idx = np.clip(np.round(arr / 17.0), 0, 15).astype(np.uint8)
    P = Image.fromarray(idx, "P")
    P.putpalette(sum([[i * 17] * 3 for i in range(16)], []))
    P.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def noise(rng, shape, s):
    return rng.normal(0, s, shape).astype(np.float32)


def deg_fax(img, rng):
    W, H = img.size
    a = img.resize((W * 200 // 300, H * 100 // 300), Image.BOX)
    a = a.resize((W * 200 // 300, H * 200 // 300), Image.NEAREST)
    arr = np.asarray(a, dtype=np.float32) + noise(rng, (a.size[1], a.size[0]), 18)
    bw = arr < 165
    h, w = bw.shape
    for _ in range(6):  # horizontal streaks
        r = rng.integers(0, h - 3); x0 = rng.integers(0, w // 2); L = rng.integers(w // 6, w // 2)
        bw[r:r + rng.integers(1, 3), x0:x0 + L] = True
    for _ in range(2):  # vertical faint streak (dotted)
        c = rng.integers(50, w - 50)
        m = rng.random(h) < 0.35
        bw[m, c] = True
    sp = rng.random((h, w)) < 0.0009  # specks
    bw |= sp
    drop = rng.random((h, w)) < 0.02  # dropouts
    bw &= ~drop
    out = Image.fromarray(np.where(bw, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.Dither.NONE)
    return out


def deg_skew(img, rng, angle):
    W, H = img.size
    a = img.resize((W * 2 // 3, H * 2 // 3), Image.LANCZOS)
    a = a.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    arr = np.asarray(a, dtype=np.float32)
    arr = arr * 0.93 + 8 + noise(rng, arr.shape, 3.5)
    sp = rng.random(arr.shape) < 0.0006
    arr[sp] = 40
    # dark scanner edge
    arr[:, :6] *= 0.5
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B.append(Y)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(img, rng, land):
    W, H = img.size
    CW, CH = (2400, 1800) if land else (1800, 2400)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    # background: wooden-ish desk
    base = np.array([120, 85, 55], np.float32)
    grain = 18 * np.sin(yy / 23.0 + 3 * np.sin(xx / 140.0)) + noise(rng, (CH, CW), 8)
    bg = np.clip(base[None, None, :] + grain[..., None] * np.array([1, .8, .6]), 0, 255)
    j = lambda s: float(rng.uniform(-s, s))
    if land:
        quad = [(110 + j(30), 150 + j(30)), (2290 + j(30), 95 + j(30)), (2330 + j(30), 1700 + j(20)), (70 + j(30), 1650 + j(20))]
    else:
        quad = [(150 + j(30), 120 + j(30)), (1660 + j(30), 160 + j(30)), (1710 + j(20), 2300 + j(20)), (95 + j(30), 2270 + j(20))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = persp_coeffs(quad, src)
    page = img.convert("RGB")
    warped = np.asarray(page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0)), np.float32)
    mask = np.asarray(Image.new("L", (W, H), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0),
                      np.float32)[..., None] / 255
    paper = warped * np.array([0.97, 0.95, 0.88])
    out = paper * mask + bg * (1 - mask)
    # uneven light: linear gradient + vignette + soft shadow
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(0.1, 0.3)
    light = 1.0 - gx * (xx / CW - 0.5) - gy * (yy / CH)
    r = np.sqrt(((xx - CW * 0.45) / CW) ** 2 + ((yy - CH * 0.4) / CH) ** 2)
    light *= 1.05 - 0.35 * r
    sh = 1 - 0.18 / (1 + np.exp(-(xx * 0.6 + yy - CH * 1.1) / 60))
    out = out * (light * sh)[..., None] + noise(rng, (CH, CW), 4)[..., None]
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    return im


def draw_stamp(size, rng, text, color):
    S = size
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S / 2
    d.ellipse([6, 6, S - 6, S - 6], outline=255, width=9)
    d.ellipse([S * .2, S * .2, S * .8, S * .8], outline=255, width=5)
    f = F("sansB", 11)
    n = len(text)
    rad = S / 2 - 6 - 9 - 42
    for i, ch in enumerate(text):
        ang = -math.pi * 0.92 + i * (2 * math.pi * 0.92 / n)
        ci = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(ci).text((35, 35), ch, font=f, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90 + 180, resample=Image.BICUBIC)
        x = c + rad * math.cos(ang - math.pi / 2) - 35
        y = c + rad * math.sin(ang - math.pi / 2) - 35
        lay.paste(255, (int(x), int(y)), ci)
    # star in centre
    pts = []
    for k in range(10):
        rr = S * (0.2 if k % 2 == 0 else 0.08)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    arr = np.asarray(lay, np.float32) / 255
    arr *= np.clip(0.65 + 0.45 * rng.random(arr.shape) , 0, 1)
    return Image.fromarray((arr * 255).astype(np.uint8), "L").rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)


def deg_stamp(img, rng, at, text):
    W, H = img.size
    rgb = np.asarray(img.convert("RGB"), np.float32)
    S = 560
    st = np.asarray(draw_stamp(S, rng, text, None), np.float32) / 255 * 0.8
    cx, cy = int(px(at[0])), int(px(at[1]))
    x0, y0 = cx - S // 2, cy - S // 2
    x0 = min(max(0, x0), W - S); y0 = min(max(0, y0), H - S)
    col = np.array([70, 60, 185], np.float32) / 255
    reg = rgb[y0:y0 + S, x0:x0 + S]
    reg *= (1 - st[..., None] * (1 - col[None, None, :]))
    rgb[y0:y0 + S, x0:x0 + S] = reg
    # signature scribble in dark blue ink
    sig = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(sig)
    sx, sy = cx + 40, cy - 30
    pts = []
    t = np.linspace(0, 1, 260)
    amp = rng.uniform(50, 80)
    for tt in t:
        x = sx - 230 + 520 * tt + 40 * math.sin(tt * 31)
        y = sy + amp * math.sin(tt * 19 + 1.3) * (1 - tt * 0.5) + 30 * math.cos(tt * 7)
        pts.append((x, y))
    d.line(pts, fill=255, width=5, joint="curve")
    d.line([(sx - 260, sy + 70), (sx + 300, sy + 40)], fill=255, width=4)
    s = np.asarray(sig.filter(ImageFilter.GaussianBlur(1)), np.float32)[..., None] / 255
    ink = np.array([25, 35, 110], np.float32)
    rgb = rgb * (1 - s) + ink * s
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


STAMP_TEXT = {
    "spj_gu_rekap": "* DINAS LINGKUNGAN HIDUP * KOTA SAMARINDA",
    "kir_ruangan": "* DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL *",
    "spm_ls": "* DINAS KOMUNIKASI DAN INFORMATIKA * SAMARINDA",
    "lpj_bendahara": "* KECAMATAN SAMARINDA ULU * KOTA SAMARINDA",
    "lembar_disposisi": "* BAPPEDA * PEMERINTAH KOTA SAMARINDA",
    "ba_sertijab": "* DINAS KESEHATAN * PEMERINTAH KOTA SAMARINDA",
    "agenda_surat_masuk": "* SEKRETARIAT DPRD * KOTA SAMARINDA",
}


def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    manifest = []
    for ti, (name, fn) in enumerate(DOCS):
        rnd = random.Random(3100 + ti)
        rng = np.random.default_rng(3100 + ti)
        page = fn(rnd)
        img = page.img
        tdir = os.path.join(HERE, "pages", name)
        os.makedirs(tdir)
        with open(os.path.join(HERE, "truth", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        has_tab = bool(page.tables)
        if has_tab:
            with open(os.path.join(HERE, "truth", name + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        for dg in DEGS:
            base = os.path.join(tdir, f"{name}__{dg}")
            if dg == "clean_300dpi":
                fp = base + ".png"; save_grey4(img, fp, 300)
            elif dg == "dpi150":
                fp = base + ".png"
                save_grey4(img.resize((img.width // 2, img.height // 2), Image.LANCZOS), fp, 150)
            elif dg == "fax":
                fp = base + ".png"; deg_fax(img, rng).save(fp, optimize=True, dpi=(200, 200))
            elif dg == "jpeg_q25":
                fp = base + ".jpg"; img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS).save(fp, quality=25, dpi=(200, 200))
            elif dg == "pdf_skew2":
                fp = base + ".pdf"
                ang = [2.0, -2.0, 1.8, -2.2, 2.2, -1.8, 2.0][ti]
                sk = deg_skew(img, rng, ang)
                buf = io.BytesIO(); sk.save(buf, "JPEG", quality=40); buf.seek(0)
                ps = rl_landscape(A4) if page.land else A4
                c = rl_canvas.Canvas(fp, pagesize=ps, invariant=1)
                c.setTitle(""); c.setAuthor(""); c.setCreator(""); c.setProducer("")
                c.drawImage(ImageReader(buf), 0, 0, width=ps[0], height=ps[1])
                c.showPage(); c.save()
            elif dg == "phone_photo":
                fp = base + ".jpg"; deg_phone(img, rng, page.land).save(fp, quality=62)
            elif dg == "stamp":
                fp = base + ".png"
                deg_stamp(img, rng, page.stamp_at, STAMP_TEXT[name]).quantize(16, method=Image.Quantize.MEDIANCUT).save(fp, optimize=True, dpi=(300, 300))
            elif dg == "sideways":
                fp = base + ".png"
                save_grey4(img.transpose(Image.ROTATE_90 if ti % 2 == 0 else Image.ROTATE_270), fp, 300)
            elif dg == "upside_down":
                fp = base + ".png"; save_grey4(img.transpose(Image.ROTATE_180), fp, 300)
            ent = {"file": os.path.relpath(fp, HERE), "text_type": name, "degradation": dg,
                   "truth": f"truth/{name}.txt"}
            if has_tab:
                ent["tables"] = f"truth/{name}.tables.json"
            manifest.append(ent)
        print(name, "lines", len(page.lines), "tables", len(page.tables))
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
