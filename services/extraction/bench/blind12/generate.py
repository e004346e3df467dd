#!/usr/bin/env python3
"""Generate blind OCR / table-extraction set ocr12 (deterministic).

Renders 7 invented Indonesian government pages (A4, 300 dpi, PIL), records the
exact text drawn (truth/*.txt) and the tables (truth/*.tables.json), then writes
9 degradations of every page under pages/<type>/ and manifest.json.
"""
import io
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif-b": "DejaVuSerif-Bold.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifc-b": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans-b": "DejaVuSans-Bold.ttf",
    "sansc": "DejaVuSansCondensed.ttf", "sansc-b": "DejaVuSansCondensed-Bold.ttf",
}
DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
MM = DPI / 25.4
PT = DPI / 72.0
_fcache = {}


def font(fam, pt):
    k = (fam, pt)
    if k not in _fcache:
        _fcache[k] = ImageFont.truetype(FONTDIR + FONTS[fam], int(round(pt * PT)))
    return _fcache[k]


def px(mm):
    return int(round(mm * MM))


class Page:
    def __init__(self, name):
        self.name = name
        self.im = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.lines = []      # truth lines
        self.tables = []     # truth tables
        self.stamp_at = None  # (x_mm, y_mm) centre for the stamp degradation
        self.sig_at = None

    # --- primitives -------------------------------------------------------
    def width(self, s, f):
        return f.getlength(s) / MM

    def line(self, y, pieces, f, fill=0, record=True):
        """pieces: list of (x_mm, text, align) align in l/r/c; y = baseline mm.
        Draws them and records ONE truth line (pieces left->right joined by a space)."""
        placed = []
        for pc in pieces:
            x, s, al = pc[0], pc[1], (pc[2] if len(pc) > 2 else "l")
            ff = pc[3] if len(pc) > 3 else f
            if not s:
                continue
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[al]
            self.d.text((px(x), px(y)), s, font=ff, fill=fill, anchor=anchor)
            wl = self.width(s, ff)
            left = x if al == "l" else (x - wl if al == "r" else x - wl / 2)
            assert 8 <= left and left + wl <= 198 and 8 <= y <= 292, (self.name, s, left, wl, y)
            placed.append((left, s))
        placed.sort()
        if record and placed:
            self.lines.append(" ".join(s for _, s in placed))

    def wrap(self, text, f, wmm):
        words = text.split(" ")
        out, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_) if cur else w_
            if self.width(t, f) <= wmm or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w_
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, wmm, text, f, lh, first_prefix=None, indent=0.0):
        """Wrapped paragraph; each printed line is a truth line. Returns next y."""
        ls = self.wrap(text, f, wmm - indent)
        for i, l in enumerate(ls):
            pcs = [(x + indent, l)]
            if i == 0 and first_prefix:
                pcs = [(x, first_prefix)] + pcs
            self.line(y, pcs, f)
            y += lh
        return y

    def hline(self, x1, y, x2, w=0.3, fill=0):
        self.d.line([(px(x1), px(y)), (px(x2), px(y))], fill=fill, width=max(1, px(w)))

    def vline(self, x, y1, y2, w=0.3, fill=0):
        self.d.line([(px(x), px(y1)), (px(x), px(y2))], fill=fill, width=max(1, px(w)))

    def rect(self, x1, y1, x2, y2, fill):
        self.d.rectangle([px(x1), px(y1), px(x2), px(y2)], fill=fill)

    # --- table --------------------------------------------------------------
    def table(self, x, y, cols, rows, f, lh, style="grid", header_rows=1, shade=None,
              aligns=None, spans=None, pad=1.3, hfont=None, rule_w=0.3):
        """rows: list of lists of strings ('' for empty / spanned).
        spans: {(r,c): (rowspan, colspan)}. Text is top-aligned. Records one
        truth line per row and one truth table. Returns bottom y."""
        spans = spans or {}
        aligns = aligns or ["l"] * len(cols)
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        xs = [x]
        for cw in cols:
            xs.append(xs[-1] + cw)
        wrapped = {}
        heights = []
        for r, row in enumerate(rows):
            ff = hfont if (hfont and r < header_rows) else f
            nmax = 1
            for c, s in enumerate(row):
                if (r, c) in covered:
                    assert s == "", (self.name, r, c, s)
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                cw = xs[c + cs] - xs[c] - 2 * pad
                ls = self.wrap(s, ff, cw) if s else []
                for l in ls:
                    assert self.width(l, ff) <= cw + 0.01 or " " not in l, (self.name, l)
                wrapped[(r, c)] = ls
                if rs == 1:
                    nmax = max(nmax, len(ls))
            heights.append(nmax * lh + 2 * pad)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        # shading
        if shade is not None:
            self.rect(xs[0], ys[0], xs[-1], ys[header_rows], shade)
        # text
        asc = lh * 0.72
        for r, row in enumerate(rows):
            ff = hfont if (hfont and r < header_rows) else f
            for c in range(len(row)):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                al = "c" if r < header_rows else aligns[c]
                for i, l in enumerate(wrapped[(r, c)]):
                    by = ys[r] + pad + asc + i * lh
                    if al == "l":
                        xx = xs[c] + pad
                    elif al == "r":
                        xx = xs[c + cs] - pad
                    else:
                        xx = (xs[c] + xs[c + cs]) / 2
                    anchor = {"l": "ls", "r": "rs", "c": "ms"}[al]
                    self.d.text((px(xx), px(by)), l, font=ff, fill=0, anchor=anchor)
            # truth
            cells = [" ".join(wrapped.get((r, c), [])) for c in range(len(row))]
            assert cells == [s for s in row], (self.name, cells, row)
            self.lines.append(" ".join(s for s in cells if s))
        self.tables.append([list(r) for r in rows])
        self.last_ys = ys
        # rules
        if style == "grid":
            for r in range(len(rows) + 1):
                # horizontal line at top of row r, skipping columns covered by a rowspan crossing it
                for c in range(len(cols)):
                    if r < len(rows) and (r, c) in covered and not _is_colspan_only(spans, r, c):
                        continue
                    self.hline(xs[c], ys[r], xs[c + 1], rule_w)
            for c in range(len(cols) + 1):
                for r in range(len(rows)):
                    if 0 < c < len(cols) and (r, c) in covered and _colspan_covers(spans, r, c):
                        continue
                    self.vline(xs[c], ys[r], ys[r + 1], rule_w)
        elif style == "hrules":
            self.hline(xs[0], ys[0], xs[-1], rule_w * 2)
            self.hline(xs[0], ys[header_rows], xs[-1], rule_w * 2)
            for r in range(header_rows + 1, len(rows)):
                self.hline(xs[0], ys[r], xs[-1], rule_w * 0.6)
            self.hline(xs[0], ys[-1], xs[-1], rule_w * 2)
        return ys[-1]


def _span_owner(spans, r, c):
    for (rr, cc), (rs, cs) in spans.items():
        if rr <= r < rr + rs and cc <= c < cc + cs and (rr, cc) != (r, c):
            return (rr, cc, rs, cs)
    return None


def _is_colspan_only(spans, r, c):
    o = _span_owner(spans, r, c)
    return o is not None and o[0] == r  # same top row -> the top border is drawn


def _colspan_covers(spans, r, c):
    o = _span_owner(spans, r, c)
    return o is not None and o[1] < c  # the cell to the left belongs to the same span


# ---------------------------------------------------------------------------
# helpers for content
def rp(n):
    s = f"{n:,}".replace(",", ".")
    return s


SAT = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
       "sepuluh", "sebelas"]


def terbilang(n):
    n = int(n)
    if n < 12:
        return SAT[n]
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


def kop(p, unit, alamat, fam="serif", top=12):
    """Letterhead: logo shape + centred lines + double rule. Returns y below."""
    # logo: a simple shield drawn with polygons (no text)
    cx, cy = 25, top + 14
    pts = [(cx - 10, cy - 12), (cx + 10, cy - 12), (cx + 10, cy + 2), (cx, cy + 13), (cx - 10, cy + 2)]
    p.d.polygon([(px(a), px(b)) for a, b in pts], outline=0, width=px(0.6), fill=235)
    p.d.ellipse([px(cx - 5), px(cy - 7), px(cx + 5), px(cy + 3)], outline=0, width=px(0.5))
    p.d.polygon([(px(cx), px(cy - 5)), (px(cx + 3), px(cy + 1)), (px(cx - 3), px(cy + 1))], fill=90)
    c = 114
    p.line(top + 6, [(c, "PEMERINTAH KOTA SAMARINDA", "c")], font(fam + "-b", 14))
    y = top + 13
    for u in unit:
        sz = 13
        while p.width(u, font(fam + "-b", sz)) > 148:
            sz -= 0.5
        p.line(y, [(c, u, "c")], font(fam + "-b", sz))
        y += 6
    for a in alamat:
        p.line(y, [(c, a, "c")], font(fam, 9))
        y += 4.2
    y += 0.5
    p.hline(15, y, 195, 0.9)
    p.hline(15, y + 1.3, 195, 0.3)
    return y + 7


def footer(p, y, text, f, right=None):
    pcs = [(105, text, "c")]
    if right:
        pcs = [(15, text, "l"), (195, right, "r")]
    p.line(y, pcs, f)


def _bold_of(f):
    name = os.path.basename(f.path)
    for k, v in FONTS.items():
        if v == name:
            return k if k.endswith("-b") else k + "-b"
    return "sans-b"


def signature(p, x, y, lines, f, lh, gap=20, center=True):
    """Signature block: pre lines, a gap for the signature, bold underlined name, post lines."""
    pre, post = lines
    al = "c" if center else "l"
    for s in pre:
        p.line(y, [(x, s, al)], f)
        y += lh
    p.sig_at = (x, y + gap / 2 - lh * 0.6)
    p.stamp_at = (x - 20 if center else x + 5, y + gap / 2 - 3)
    y += gap
    fb = font(_bold_of(f), f.size / PT)
    for i, s in enumerate(post):
        ff = fb if i == 0 else f
        p.line(y, [(x, s, al)], ff)
        if i == 0:
            wl = p.width(s, ff)
            x0 = x - wl / 2 if center else x
            p.hline(x0, y + 0.9, x0 + wl, 0.25)
        y += lh
    return y


# ---------------------------------------------------------------------------
# the seven text types
def nota_dinas():
    p = Page("nota_dinas")
    y = kop(p, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"],
            ["Jalan Balaikota Nomor 11 Samarinda, Kalimantan Timur 75121",
             "Telepon (0541) 741234 Faksimile (0541) 741235 Laman bkpsdm.samarindakota.go.id"], "serif")
    f = font("serif", 11)
    fb = font("serif-b", 12)
    lh = 5.3
    y += 2
    p.line(y, [(105, "NOTA DINAS", "c")], fb)
    wl = p.width("NOTA DINAS", fb)
    p.hline(105 - wl / 2, y + 1, 105 + wl / 2, 0.3)
    y += lh * 1.6
    head = [("Kepada Yth.", "Kepala Badan Kepegawaian dan Pengembangan SDM"),
            ("Dari", "Kepala Bidang Pengembangan Kompetensi Aparatur"),
            ("Tembusan", "Sekretaris BKPSDM Kota Samarinda"),
            ("Tanggal", "9 Oktober 2026"),
            ("Nomor", "800/1432/BKPSDM-III/X/2026"),
            ("Sifat", "Segera"),
            ("Lampiran", "1 (satu) berkas"),
            ("Hal", "Usulan Peserta Pelatihan Kepemimpinan Pengawas Angkatan IV Tahun 2026")]
    for k, v in head:
        ls = p.wrap(v, f, 134)
        p.line(y, [(22, k), (52, ":"), (56, ls[0])], f)
        y += lh
        for l in ls[1:]:
            p.line(y, [(56, l)], f)
            y += lh
    y += 1
    p.hline(22, y - 3, 190, 0.5)
    y += 3
    y = p.para(22, y, 168, "Menindaklanjuti surat Kepala Badan Pengembangan Sumber Daya Manusia Provinsi "
               "Kalimantan Timur Nomor 893/2217/BPSDM-PKP/IX/2026 tanggal 28 September 2026 perihal "
               "pemanggilan peserta pelatihan, bersama ini kami sampaikan hal-hal sebagai berikut:", f, lh,
               indent=0)
    y += 1.5
    items = [
        "Kuota Kota Samarinda pada Pelatihan Kepemimpinan Pengawas Angkatan IV adalah 12 (dua belas) orang "
        "dengan biaya kontribusi Rp 18.750.000 per peserta.",
        "Pelatihan dilaksanakan secara blended learning mulai 2 November 2026 sampai dengan 18 Desember 2026, "
        "terdiri atas 21 hari belajar mandiri dan 15 hari klasikal di Samarinda.",
        "Biaya kontribusi dibebankan pada DPA BKPSDM Tahun Anggaran 2026 kode rekening 5.1.02.01.01.0024 "
        "dengan pagu tersedia Rp 225.000.000.",
        "Calon peserta telah memenuhi syarat pangkat paling rendah Penata (III/c) dan menduduki jabatan "
        "pengawas paling singkat 6 (enam) bulan.",
        "Daftar nama calon peserta beserta NIP dan jabatan terlampir; salah satu peserta pengganti adalah "
        "NIP 19780312 200501 1 004 atas nama yang telah mengikuti tes kompetensi.",
        "Berkas persyaratan harus diterima panitia paling lambat tanggal 20 Oktober 2026 pukul 15.00 WITA.",
        "Mohon arahan Bapak untuk penandatanganan surat pengiriman peserta.",
    ]
    for i, it in enumerate(items, 1):
        y = p.para(22, y, 168, it, f, lh, first_prefix=f"{i}.", indent=8)
        y += 1.2
    y += 1
    y = p.para(22, y, 168, "Demikian disampaikan, atas perhatian dan arahan Bapak diucapkan terima kasih.",
               f, lh, indent=0)
    y += 6
    y = signature(p, 140, y, (["Kepala Bidang Pengembangan", "Kompetensi Aparatur,"],
                              ["Drs. HERMANSYAH RIDWAN, M.Si", "Pembina Tingkat I (IV/b)",
                               "NIP 19780312 200501 1 004"]), f, lh, gap=18)
    assert y < 280, y
    fs = font("serif", 9)
    p.hline(15, 281, 195, 0.2)
    footer(p, 285.5, "Nota Dinas BKPSDM Kota Samarinda", fs, right="Halaman 1 dari 1")
    return p


def surat_tugas():
    p = Page("surat_tugas")
    y = kop(p, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
            ["Jalan Tepian Mahakam Nomor 1 Samarinda 75112",
             "Telepon (0541) 736512 Pos-el dpupr@samarindakota.go.id"], "sans")
    f = font("sans", 10)
    fb = font("sans-b", 11)
    lh = 5.0
    y += 2
    p.line(y, [(105, "SURAT PERINTAH TUGAS", "c")], fb)
    y += lh
    p.line(y, [(105, "Nomor: 094/0871/DPUPR-SDA/X/2026", "c")], f)
    y += lh * 1.8
    p.line(y, [(20, "Dasar"), (45, ":"), (49, "a."), (56, "Peraturan Wali Kota Samarinda Nomor 14 Tahun 2025 tentang")], f)
    y += lh
    p.line(y, [(56, "Perjalanan Dinas di Lingkungan Pemerintah Kota Samarinda;")], f)
    y += lh
    p.line(y, [(49, "b."), (56, "DPA Dinas PUPR Tahun Anggaran 2026")], f)
    y += lh
    p.line(y, [(56, "Nomor DPA/A.1/1.03.0.00.0.00.01.0000/001/2026;")], f)
    y += lh
    p.line(y, [(49, "c."), (56, "Surat Balai Wilayah Sungai Kalimantan IV Nomor UM.0201/Bws13/1187")], f)
    y += lh
    p.line(y, [(56, "tanggal 5 Oktober 2026.")], f)
    y += lh * 1.8
    p.line(y, [(105, "MEMERINTAHKAN:", "c")], fb)
    y += lh * 1.4
    p.line(y, [(20, "Kepada"), (45, ":")], f)
    y += 2
    rows = [["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"],
            ["1", "Ir. Syahrani Fadli, M.T.", "19720518 199803 1 007", "Pembina (IV/a)",
             "Kepala Bidang Sumber Daya Air"],
            ["2", "Rina Oktaviani, S.T.", "19850422 201001 2 015", "Penata Tk. I (III/d)",
             "Kepala Seksi Irigasi dan Rawa"],
            ["3", "Muhammad Arifin Noor, S.T.", "19780312 200501 1 004", "Penata Tk. I (III/d)",
             "Pengawas Jalan dan Jembatan Muda"],
            ["4", "Dewi Lestari Putri, A.Md.", "19900117 201503 2 002", "Pengatur Tk. I (II/d)",
             "Teknisi Pengairan"],
            ["5", "Agus Salim", "19830905 200901 1 011", "Pengatur (II/c)", "Pengemudi"]]
    y = p.table(17, y, [9, 47, 45, 33, 43], rows, font("sans", 9.5), 4.8, style="grid", header_rows=1,
                aligns=["c", "l", "l", "l", "l"], hfont=font("sans-b", 10))
    y += lh * 1.4
    p.line(y, [(20, "Untuk"), (45, ":"), (49, "1."),
               (56, "Melaksanakan peninjauan lapangan normalisasi Sungai Karang Mumus")], f)
    y += lh
    p.line(y, [(56, "segmen Jembatan Perniagaan - Jembatan Arief Rahman Hakim;")], f)
    y += lh
    p.line(y, [(49, "2."), (56, "Waktu pelaksanaan tanggal 12 s.d. 14 Oktober 2026 (3 hari);")], f)
    y += lh
    p.line(y, [(49, "3."), (56, "Biaya dibebankan pada kode rekening 5.1.02.04.01.0001 Belanja")], f)
    y += lh
    p.line(y, [(56, "Perjalanan Dinas Biasa sebesar Rp 4.860.000;")], f)
    y += lh
    p.line(y, [(49, "4."), (56, "Melaporkan hasil pelaksanaan tugas paling lambat 5 (lima) hari kerja.")], f)
    y += lh * 1.6
    y = p.para(20, y, 170, "Demikian surat perintah tugas ini dibuat untuk dilaksanakan dengan penuh "
               "tanggung jawab.", f, lh)
    y += lh
    p.line(y, [(125, "Ditetapkan di"), (152, ": Samarinda")], f)
    y += lh
    p.line(y, [(125, "Pada tanggal"), (152, ": 9 Oktober 2026")], f)
    y += lh * 1.5
    y = signature(p, 150, y, (["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
                              ["Ir. H. DESY DAMAYANTI, M.T.", "Pembina Utama Muda (IV/c)",
                               "NIP 19690210 199503 2 003"]), f, lh, gap=22)
    p.line(286, [(105, "- 1 -", "c")], font("sans", 9))
    return p


def kuitansi_spj():
    p = Page("kuitansi_spj")
    f = font("serifc", 11)
    fb = font("serifc-b", 12)
    fs = font("serifc", 10)
    lh = 5.6
    # no letterhead: form-like page with a box
    p.d.rectangle([px(14), px(12), px(196), px(276)], outline=0, width=px(0.5))
    y = 21
    p.line(y, [(20, "PEMERINTAH KOTA SAMARINDA", "l", font("serifc-b", 11)),
               (190, "No. Bukti : 0245/SPJ-GU/DISKOMINFO/X/2026", "r")], fs)
    y += 5
    p.line(y, [(20, "DINAS KOMUNIKASI DAN INFORMATIKA", "l", font("serifc-b", 11)),
               (190, "Tahun Anggaran : 2026", "r")], fs)
    y += 5
    p.line(y, [(190, "Kode Rekening : 5.1.02.01.01.0024", "r")], fs)
    y += 11
    p.line(y, [(105, "K U I T A N S I", "c")], font("serifc-b", 16))
    y += 11
    items = [
        ("Kertas HVS A4 80 gram", 25, "rim", 62000),
        ("Map snelhecter plastik", 120, "buah", 4500),
        ("Tinta printer refill 70 ml hitam", 12, "botol", 96000),
        ("Ordner folio 7 cm", 30, "buah", 38500),
        ("Pulpen gel 0,5 mm", 10, "kotak", 54000),
        ("Amplop cokelat folio berlogo", 8, "pak", 71500),
    ]
    sub = sum(v * h for _, v, _, h in items)
    ppn = int(round(sub * 0.11))
    tot = sub + ppn
    tb = "# " + terbilang(tot).capitalize() + " rupiah #"
    for k, v in [("Sudah terima dari", "Bendahara Pengeluaran Dinas Komunikasi dan Informatika Kota Samarinda")]:
        ls = p.wrap(v, f, 120)
        p.line(y, [(20, k), (62, ":"), (66, ls[0])], f)
        y += lh
        for l in ls[1:]:
            p.line(y, [(66, l)], f)
            y += lh
    y += 1
    # terbilang in a shaded band
    ls = p.wrap(tb, font("serifc-b", 11), 120)
    p.rect(64, y - 4.6, 190, y + (len(ls) - 1) * lh + 1.6, 225)
    p.line(y, [(20, "Uang sebanyak"), (62, ":"), (66, ls[0], "l", font("serifc-b", 11))], f)
    y += lh
    for l in ls[1:]:
        p.line(y, [(66, l)], font("serifc-b", 11))
        y += lh
    y += 1
    v = ("Pembayaran belanja alat tulis kantor untuk kegiatan Pengelolaan Informasi dan Komunikasi "
         "Publik Pemerintah Daerah Kabupaten/Kota bulan Oktober 2026, dengan rincian:")
    ls = p.wrap(v, f, 120)
    p.line(y, [(20, "Untuk pembayaran"), (62, ":"), (66, ls[0])], f)
    y += lh
    for l in ls[1:]:
        p.line(y, [(66, l)], f)
        y += lh
    y += 3
    rows = [["No", "Uraian Barang", "Vol.", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    for i, (u, vv, s, h) in enumerate(items, 1):
        rows.append([str(i), u, str(vv), s, rp(h), rp(vv * h)])
    rows.append(["", "Jumlah", "", "", "", rp(sub)])
    rows.append(["", "PPN 11%", "", "", "", rp(ppn)])
    rows.append(["", "Jumlah Dibayar", "", "", "", rp(tot)])
    fi = font("serifc", 10)
    y = p.table(20, y, [9, 62, 13, 17, 35, 34], rows, fi, 5.0, style="none", header_rows=1,
                aligns=["c", "l", "r", "l", "r", "r"], hfont=font("serifc-b", 10), pad=0.9)
    # underline under header and above totals only via dotted marks? keep the table rule-free.
    y += 10
    p.d.rectangle([px(20), px(y - 6), px(68), px(y + 3)], outline=0, width=px(0.6))
    p.line(y, [(24, "Rp " + rp(tot) + ",-", "l", font("serifc-b", 13))], f)
    y += 12
    pre_l = ["Setuju dibayar,", "Pengguna Anggaran"]
    pre_m = ["Lunas dibayar,", "Bendahara Pengeluaran"]
    pre_r = ["Samarinda, 14 Oktober 2026", "Yang menerima,"]
    for a, b, c in zip(pre_l, pre_m, pre_r):
        p.line(y, [(45, a, "c"), (105, b, "c"), (163, c, "c")], fs)
        y += 5
    p.line(y, [(163, "CV. Mahakam Prima Sejahtera", "c")], fs)
    p.sig_at = (163, y + 11)
    p.stamp_at = (40, y + 10)
    y += 24
    fsb = font("serifc-b", 10)
    p.line(y, [(45, "Dr. ANDI HARUN SYAMSUDDIN", "c", fsb), (105, "NURUL HIKMAH, S.E.", "c", fsb),
               (163, "BAMBANG SUTRISNO", "c", fsb)], fs)
    y += 5
    p.line(y, [(45, "NIP 19700825 199703 1 006", "c"), (105, "NIP 19880614 201101 2 009", "c"),
               (163, "Direktur", "c")], fs)
    p.line(272, [(20, "Lembar 1 : untuk Bendahara"), (190, "SPJ GU-08/2026", "r")], font("serifc", 9))
    p.line(287, [(105, "1", "c")], font("serifc", 9))
    p.meta = {"subtotal": sub, "ppn": ppn, "total": tot, "terbilang": tb}
    return p


def daftar_hadir():
    p = Page("daftar_hadir")
    f = font("sansc", 9)
    fb = font("sansc-b", 9.5)
    lh = 4.3
    y = 18
    p.line(y, [(105, "DAFTAR HADIR", "c")], font("sansc-b", 12))
    y += 5.5
    p.line(y, [(105, "RAPAT KOORDINASI PENYUSUNAN RENJA PERANGKAT DAERAH TAHUN 2027", "c")], font("sansc-b", 10.5))
    y += 5.5
    p.line(y, [(105, "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH KOTA SAMARINDA", "c")], font("sansc", 10))
    y += 8
    for k, v in [("Hari/Tanggal", "Selasa, 13 Oktober 2026"), ("Waktu", "09.00 WITA s.d. selesai"),
                 ("Tempat", "Ruang Rapat Bappedalitbang Lantai 2"),
                 ("Pimpinan Rapat", "Sekretaris Bappedalitbang")]:
        p.line(y, [(18, k), (45, ":"), (48, v)], font("sansc", 10))
        y += 4.8
    y += 2
    rnd = random.Random(1213)
    first = ["Ahmad", "Siti", "Rudi", "Nur", "Fajar", "Yuliana", "Hendra", "Marlina", "Eko", "Sri", "Irwan",
             "Hasanah", "Budi", "Ratna", "Joko", "Wahyuni", "Taufik", "Lilis", "Syamsul", "Erna", "Arief",
             "Mega", "Rahmat", "Dian", "Zainal", "Fitri", "Slamet", "Novi", "Rusdi", "Yanti"]
    last = ["Hidayat", "Aminah", "Hartono", "Fadilah", "Ramadhan", "Sari", "Gunawan", "Tambunan", "Prasetyo",
            "Rahayu", "Saputra", "Nasution", "Santoso", "Kusuma", "Effendi", "Lubis", "Wibowo", "Pratiwi",
            "Maulana", "Handayani"]
    opd = ["Dinas Pendidikan", "Dinas Kesehatan", "Dinas PUPR", "Dinas Perhubungan", "Dinas Sosial",
           "Disdukcapil", "BPKAD", "Bapenda", "Diskominfo", "DLH", "Dinas Perkim", "Satpol PP", "BKPSDM",
           "Kec. Samarinda Ulu", "Kec. Sungai Kunjang", "RSUD I.A. Moeis", "DPMPTSP", "Inspektorat"]
    jab = ["Kasubbag Perencanaan", "Analis Perencanaan", "Perencana Ahli Muda", "Sekretaris", "Kasubbag Program",
           "Perencana Ahli Pertama", "Staf Perencanaan", "Kepala Bidang"]
    rows = [["No", "Nama", "Instansi/Unit Kerja", "Jabatan", "No. HP", "Tanda Tangan"]]
    used = set()
    for i in range(1, 27):
        while True:
            nm = rnd.choice(first) + " " + rnd.choice(last)
            if nm not in used:
                used.add(nm)
                break
        if rnd.random() < 0.3:
            nm += rnd.choice([", S.E.", ", S.T.", ", S.Kom.", ", S.Sos.", ", M.Si."])
        hp = "08" + rnd.choice(["11", "12", "13", "52", "53", "21", "57"]) + "-" + \
            "".join(str(rnd.randint(0, 9)) for _ in range(4)) + "-" + "".join(str(rnd.randint(0, 9)) for _ in range(4))
        rows.append([str(i), nm, rnd.choice(opd), rnd.choice(jab), hp, ""])
    cols = [8, 42, 36, 38, 27, 29]
    y0 = y
    y = p.table(18, y, cols, rows, f, lh, style="hrules", header_rows=1,
                aligns=["c", "l", "l", "l", "l", "l"], hfont=fb, pad=0.95)
    # signature scribbles in the last column (not in the truth)
    xs = 18 + sum(cols[:5])
    scr = random.Random(77)
    for i in range(1, 27):
        if scr.random() < 0.8:
            cx = xs + (7 if i % 2 else 19)
            ya, yb = p.last_ys[i], p.last_ys[i + 1]
            _scribble(p.d, px(cx), px((ya + yb) / 2), px(6), px(1.5), scr, fill=60, w=px(0.25))
    y += 8
    p.line(y, [(150, "Samarinda, 13 Oktober 2026", "c")], font("sansc", 10))
    y += 5
    y = signature(p, 150, y, (["Sekretaris Bappedalitbang,"],
                              ["Ir. MUHAMMAD RIDWAN TAHIR, M.M.", "NIP 19710904 199803 1 005"]),
                  font("sansc", 10), 4.8, gap=18)
    assert y < 286, y
    p.line(289, [(18, "Form. DH-01/Bappedalitbang"), (192, "Hal. 1/1", "r")], font("sansc", 8.5))
    return p


def _scribble(d, cx, cy, rx, ry, rnd, fill=0, w=2):
    pts = []
    n = rnd.randint(14, 22)
    for k in range(n):
        t = k / (n - 1)
        x = cx - rx + 2 * rx * t + rnd.uniform(-rx * 0.15, rx * 0.15)
        y = cy + ry * math.sin(t * math.pi * rnd.uniform(3, 6)) + rnd.uniform(-ry * 0.3, ry * 0.3)
        pts.append((x, y))
    d.line(pts, fill=fill, width=w, joint="curve")


def rup():
    p = Page("rup")
    f = font("sansc", 9)
    fb = font("sansc-b", 9)
    lh = 4.1
    y = 17
    p.line(y, [(105, "RENCANA UMUM PENGADAAN (RUP) BARANG/JASA", "c")], font("sansc-b", 12))
    y += 5.5
    p.line(y, [(105, "TAHUN ANGGARAN 2027", "c")], font("sansc-b", 11))
    y += 9
    for k, v in [("K/L/Perangkat Daerah", "Pemerintah Kota Samarinda"),
                 ("Satuan Kerja", "Dinas Kesehatan Kota Samarinda"),
                 ("Kode Satker", "1.02.0.00.0.00.01.0000"),
                 ("Pengguna Anggaran", "dr. Ismed Kusasih, M.Kes")]:
        p.line(y, [(14, k), (50, ":"), (53, v)], font("sansc", 10))
        y += 4.8
    y += 3
    pk = [
        ("Belanja Alat Tulis Kantor Sekretariat dan Bidang", "5.1.02.01.01.0024", 186450000, "E-Purchasing", "APBD"),
        ("Pengadaan Obat dan Bahan Medis Habis Pakai untuk 26 Puskesmas", "5.1.02.01.01.0052", 4875320000,
         "E-Purchasing", "DAK Non Fisik"),
        ("Rehabilitasi Gedung Puskesmas Lempake termasuk Instalasi Listrik dan Sanitasi", "5.2.03.01.01.0008",
         2340000000, "Tender", "DAK Fisik"),
        ("Jasa Konsultansi Pengawasan Rehabilitasi Gedung Puskesmas Lempake", "5.2.03.01.01.0012", 93600000,
         "Pengadaan Langsung", "DAK Fisik"),
        ("Pengadaan Ambulans Puskesmas Keliling (2 unit)", "5.2.02.01.02.0003", 1290000000, "E-Purchasing",
         "APBD"),
        ("Pengadaan Lemari Arsip Besi dan Rak Rekam Medis", "5.2.02.05.01.0004", 148500000,
         "Pengadaan Langsung", "APBD"),
        ("Jasa Kebersihan Kantor Dinas Kesehatan 12 bulan", "5.1.02.02.01.0014", 412800000, "Seleksi"
         if False else "Tender", "APBD"),
        ("Belanja Makanan dan Minuman Rapat Koordinasi Lintas Sektor", "5.1.02.01.01.0052"
         if False else "5.1.02.01.01.0026", 74250000, "Pengadaan Langsung", "APBD"),
        ("Pemeliharaan Alat Kesehatan Laboratorium Kesehatan Daerah", "5.1.02.03.02.0121", 265000000,
         "Tender", "BLUD"),
        ("Jasa Konsultansi Penyusunan Dokumen Rencana Strategis 2027-2031", "5.1.02.02.01.0029", 187500000,
         "Seleksi", "APBD"),
    ]
    months = [("Jan 2027", "Feb 2027"), ("Jan 2027", "Mar 2027"), ("Feb 2027", "Apr 2027"), ("Feb 2027", "Mar 2027"),
              ("Mar 2027", "Apr 2027"), ("Apr 2027", "Apr 2027"), ("Nov 2026", "Des 2026"), ("Feb 2027", "Feb 2027"),
              ("Mar 2027", "Mei 2027"), ("Jan 2027", "Mar 2027")]
    rows = [["No", "Nama Paket", "Kode Rekening", "Pagu (Rp)", "Metode Pemilihan", "Sumber Dana", "Waktu Pemilihan", ""],
            ["", "", "", "", "", "", "Mulai", "Selesai"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]]
    for i, ((n, k, pg, m, sd), (a, b)) in enumerate(zip(pk, months), 1):
        rows.append([str(i), n, k, rp(pg), m, sd, a, b])
    tot = sum(x[2] for x in pk)
    rows.append(["", "Jumlah Pagu", "", rp(tot), "", "", "", ""])
    spans = {(0, c): (2, 1) for c in range(6)}
    spans[(0, 6)] = (1, 2)
    spans[(len(rows) - 1, 1)] = (1, 2)
    y = p.table(14, y, [8, 54, 29, 24, 22, 19, 13, 13], rows, f, lh, style="grid", header_rows=3,
                shade=205, aligns=["c", "l", "l", "r", "l", "l", "c", "c"], spans=spans, hfont=fb, pad=1.0)
    y += 6
    fn = font("sansc", 9)
    p.line(y, [(14, "Keterangan:")], font("sansc-b", 9))
    y += 4.3
    y = p.para(14, y, 182, "Paket dengan metode E-Purchasing dilaksanakan melalui Katalog Elektronik; "
               "jadwal dapat berubah mengikuti penetapan DPA Tahun Anggaran 2027.", fn, 4.3,
               first_prefix="1.", indent=5)
    y = p.para(14, y, 182, "RUP diumumkan melalui SiRUP paling lambat 31 Januari 2027.", fn, 4.3,
               first_prefix="2.", indent=5)
    y += 6
    p.line(y, [(150, "Samarinda, 2 November 2026", "c")], font("sansc", 10))
    y += 5
    y = signature(p, 150, y, (["Pejabat Pembuat Komitmen,"],
                              ["RAHMAWATI SYAFITRI, S.K.M., M.Kes", "NIP 19830127 200801 2 006"]),
                  font("sansc", 10), 4.8, gap=18)
    p.line(288, [(14, "Dicetak dari SiRUP - 02/11/2026 10:14"), (196, "Halaman 1 dari 1", "r")], font("sansc", 8))
    p.meta = {"total_pagu": tot, "pagu": [x[2] for x in pk]}
    return p


def pengumuman():
    p = Page("pengumuman")
    y = kop(p, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"],
            ["Jalan Balaikota Nomor 11 Samarinda 75121 Telepon (0541) 741234"], "sans")
    f = font("sans", 10)
    fb = font("sans-b", 12)
    lh = 5.0
    y += 1
    p.line(y, [(105, "PENGUMUMAN", "c")], font("sans-b", 14))
    y += 6
    p.line(y, [(105, "Nomor: 800/1517/BKPSDM-II/X/2026", "c")], f)
    y += 5.5
    p.line(y, [(105, "TENTANG", "c")], f)
    y += 5.5
    p.line(y, [(105, "SELEKSI PENERIMA BANTUAN TUGAS BELAJAR JENJANG S-2", "c")], fb)
    y += 5.5
    p.line(y, [(105, "TAHUN ANGGARAN 2027", "c")], fb)
    y += 9
    ytop = y
    # main column (left)
    L, LW = 17, 118
    main = [
        ("p", "Dalam rangka peningkatan kompetensi Aparatur Sipil Negara di lingkungan Pemerintah Kota "
              "Samarinda, BKPSDM membuka kesempatan kepada PNS untuk mengikuti seleksi penerima bantuan "
              "tugas belajar jenjang Magister (S-2) dengan ketentuan sebagai berikut."),
        ("h", "A. Persyaratan Umum"),
        ("n", "1.", "PNS aktif dengan masa kerja paling singkat 4 (empat) tahun sejak diangkat sebagai PNS."),
        ("n", "2.", "Usia paling tinggi 40 tahun pada 1 Januari 2027."),
        ("n", "3.", "Penilaian kinerja 2 (dua) tahun terakhir bernilai paling rendah Baik."),
        ("n", "4.", "Tidak sedang menjalani hukuman disiplin tingkat sedang atau berat."),
        ("n", "5.", "Program studi sesuai dengan kebutuhan formasi pada lampiran pengumuman ini."),
        ("h", "B. Bantuan yang Diberikan"),
        ("p", "Bantuan biaya pendidikan paling banyak Rp 35.000.000 per semester selama 4 (empat) semester, "
              "dibebankan pada kode rekening 5.1.02.02.01.0075 Belanja Beasiswa Pendidikan PNS."),
        ("h", "C. Tata Cara Pendaftaran"),
        ("n", "1.", "Pendaftaran dilakukan secara daring melalui laman simpeg.samarindakota.go.id."),
        ("n", "2.", "Dokumen diunggah dalam format PDF paling besar 2 MB per berkas."),
        ("n", "3.", "Kelalaian dalam pengisian data menjadi tanggung jawab pelamar."),
        ("p", "Keputusan panitia seleksi bersifat final dan tidak dapat diganggu gugat."),
    ]
    yl = ytop
    for it in main:
        if it[0] == "p":
            yl = p.para(L, yl, LW, it[1], f, lh) + 2
        elif it[0] == "h":
            yl += 1
            p.line(yl, [(L, it[1])], font("sans-b", 10.5))
            yl += lh + 0.5
        else:
            yl = p.para(L, yl, LW, it[2], f, lh, first_prefix=it[1], indent=6) + 0.8
    # sidebar (right)
    SX, SW = 142, 52
    fs = font("sansc", 9.5)
    fsb = font("sansc-b", 10.5)
    slh = 4.6
    side = [("h", "JADWAL PENTING"),
            ("k", "Pendaftaran daring"), ("v", "19 - 30 Oktober 2026"),
            ("k", "Verifikasi berkas"), ("v", "2 - 6 November 2026"),
            ("k", "Tes potensi akademik"), ("v", "Kamis, 12 November 2026"),
            ("k", "Wawancara"), ("v", "17 - 19 November 2026"),
            ("k", "Pengumuman hasil"), ("v", "27 November 2026"),
            ("gap",),
            ("h", "KUOTA 2027"),
            ("v", "15 orang"),
            ("gap",),
            ("h", "LAYANAN INFORMASI"),
            ("k", "Bidang Pengembangan Kompetensi"),
            ("k", "Telepon (0541) 741234 psw. 213"),
            ("k", "WhatsApp 0811-5544-2026"),
            ("k", "Senin - Jumat, 08.00 - 15.30 WITA")]
    # compute height first
    hgt = 6
    for s in side:
        if s[0] == "k":
            hgt += slh * len(p.wrap(s[1], fs, SW - 4))
        else:
            hgt += {"h": slh + 2.5, "v": slh + 1.5, "gap": 4}[s[0]]
    p.rect(SX - 3, ytop - 7, SX + SW, ytop - 7 + hgt, 228)
    p.d.rectangle([px(SX - 3), px(ytop - 7), px(SX + SW), px(ytop - 7 + hgt)], outline=0, width=px(0.4))
    ys = ytop
    for s in side:
        if s[0] == "h":
            p.line(ys, [(SX, s[1])], fsb)
            p.hline(SX, ys + 1.2, SX + SW - 4, 0.3)
            ys += slh + 2.5
        elif s[0] == "k":
            for l in p.wrap(s[1], fs, SW - 4):
                p.line(ys, [(SX, l)], fs)
                ys += slh
        elif s[0] == "v":
            p.line(ys, [(SX, s[1])], font("sansc-b", 9.5))
            ys += slh + 1.5
        else:
            ys += 4
    y = max(yl, ytop - 7 + hgt) + 5
    p.line(y, [(150, "Samarinda, 16 Oktober 2026", "c")], f)
    y += lh
    y = signature(p, 150, y, (["Kepala BKPSDM Kota Samarinda,"],
                              ["Drs. H. SURIANSYAH, M.Si", "Pembina Utama Muda (IV/c)",
                               "NIP 19680821 199303 1 008"]), f, lh, gap=16)
    assert y < 281, y
    p.hline(15, 283, 195, 0.2)
    p.line(288, [(105, "Informasi resmi hanya melalui laman bkpsdm.samarindakota.go.id - tidak dipungut biaya",
                  "c")], font("sans", 8.5))
    return p


def lampiran_sk():
    p = Page("lampiran_sk")
    f = font("serif", 9.5)
    fb = font("serif-b", 9.5)
    lh = 4.7
    y = 16
    for k, v in [("LAMPIRAN", "KEPUTUSAN WALI KOTA SAMARINDA"), ("NOMOR", "100.3.3.2/412/HK-KS/2026"),
                 ("TANGGAL", "2 Oktober 2026")]:
        p.line(y, [(98, k), (122, ":"), (125, v)], f)
        y += lh
    ls = p.wrap("PENETAPAN STATUS PENGGUNAAN BARANG MILIK DAERAH PADA PERANGKAT DAERAH TAHUN 2026", f, 70)
    p.line(y, [(98, "TENTANG"), (122, ":"), (125, ls[0])], f)
    y += lh
    for l in ls[1:]:
        p.line(y, [(125, l)], f)
        y += lh
    y += 6
    p.line(y, [(105, "DAFTAR BARANG MILIK DAERAH YANG DITETAPKAN STATUS PENGGUNAANNYA", "c")], font("serif-b", 10.5))
    y += 8
    groups = [
        ("A. Dinas Pendidikan dan Kebudayaan", [
            ("1.3.2.05.01.04.002", "Lemari Arsip Besi 4 Laci", "12 unit"),
            ("1.3.2.05.01.05.010", "Meja Kerja Pegawai Non Eselon", "40 unit"),
            ("1.3.2.10.01.02.001", "Personal Computer (PC) Unit", "35 unit"),
            ("1.3.2.10.02.03.003", "Printer Laser Monokrom", "9 unit"),
            ("1.3.2.05.02.06.002", "Air Conditioner (AC) Split 1 PK", "16 unit"),
        ]),
        ("B. Dinas Kesehatan", [
            ("1.3.2.02.01.01.004", "Mobil Ambulans", "2 unit"),
            ("1.3.2.07.01.01.018", "Tensimeter Digital", "52 buah"),
            ("1.3.2.07.01.13.005", "Timbangan Bayi Digital", "26 buah"),
            ("1.3.2.05.01.04.002", "Lemari Arsip Besi 4 Laci", "8 unit"),
            ("1.3.2.10.01.02.002", "Laptop / Notebook", "14 unit"),
        ]),
        ("C. Dinas Pekerjaan Umum dan Penataan Ruang", [
            ("1.3.2.01.03.01.005", "Excavator Mini 3 Ton", "1 unit"),
            ("1.3.2.02.01.03.003", "Dump Truck 6 Roda", "3 unit"),
            ("1.3.2.03.02.01.007", "Total Station", "2 unit"),
            ("1.3.2.06.01.02.004", "Generator Set 10 KVA", "4 unit"),
        ]),
        ("D. Sekretariat Daerah", [
            ("1.3.2.05.02.01.001", "Sofa Ruang Tamu Pimpinan", "3 set"),
            ("1.3.2.06.02.01.012", "Kamera Digital Mirrorless", "5 unit"),
            ("1.3.2.10.01.02.001", "Personal Computer (PC) Unit", "22 unit"),
            ("1.3.2.05.01.05.001", "Meja Rapat Ukuran Besar", "2 buah"),
            ("1.3.2.06.01.01.026", "Proyektor LCD", "6 unit"),
        ]),
    ]
    n = 0
    ff = font("serif", 9.5)
    for g, its in groups:
        p.line(y, [(20, g)], fb)
        y += lh + 0.8
        for code, name, qty in its:
            n += 1
            p.line(y, [(26, f"{n}."), (34, code), (74, name), (180, qty, "r")], ff)
            # dotted leader between name end and qty
            x0 = 74 + p.width(name, ff) + 2
            x1 = 180 - p.width(qty, ff) - 2
            xx = x0
            while xx < x1:
                p.d.ellipse([px(xx), px(y - 0.3), px(xx + 0.35), px(y + 0.05)], fill=90)
                xx += 1.6
            y += lh
        y += 3
    y += 2
    p.line(y, [(20, f"Jumlah jenis barang: {n} ({terbilang(n)}) jenis pada 4 (empat) Perangkat Daerah.")], ff)
    y += 8
    p.line(y, [(125, "Ditetapkan di"), (150, ": Samarinda")], f)
    y += lh
    p.line(y, [(125, "pada tanggal"), (150, ": 2 Oktober 2026")], f)
    y += 8
    y = signature(p, 150, y, (["WALI KOTA SAMARINDA,"], ["ANDI HARUN"]), f, lh, gap=22)
    p.line(290, [(105, "Lampiran Keputusan Wali Kota Samarinda - hal. 2", "c")], font("serif", 8.5))
    p.meta = {"n_items": n}
    return p


TYPES = [nota_dinas, surat_tugas, kuitansi_spj, daftar_hadir, rup, pengumuman, lampiran_sk]

# ---------------------------------------------------------------------------
# degradations
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}


def save_grey4(im, path, dpi):
    a = np.asarray(im.convert("L"), dtype=np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    pim = Image.fromarray(q, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    pim.putpalette(pal)
    pim.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def resize_dpi(im, dpi):
    return im.resize((int(round(W * dpi / DPI)), int(round(H * dpi / DPI))), Image.LANCZOS)


def deg_fax(im, rnd):
    # 200 x 100 dpi: horizontal 200 dpi, vertical 100 dpi, then rows doubled back for display
    w, h = int(W * 200 / 300), int(H * 100 / 300)
    small = np.asarray(im.resize((w, h), Image.BOX), dtype=np.float32)
    b = small < 150
    nr = np.random.default_rng(rnd.randint(0, 10 ** 6))
    # specks
    sp = nr.random(b.shape) < 0.0012
    b |= sp
    # dropouts along some rows (thin white streaks) and a few dark streaks
    for _ in range(7):
        r = nr.integers(0, h)
        b[r, :] &= nr.random(w) < 0.55
    for _ in range(3):
        r = nr.integers(0, h)
        x0 = nr.integers(0, w // 2)
        b[r, x0:x0 + nr.integers(w // 6, w // 2)] = True
    # a vertical scanner streak
    c = nr.integers(w // 5, 4 * w // 5)
    b[:, c] |= nr.random(h) < 0.6
    full = np.repeat(b, 2, axis=0)
    out = Image.fromarray(np.where(full, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    return out


def deg_skew(im, rnd, dpi=200, angle=2.0):
    g = resize_dpi(im, dpi)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    nr = np.random.default_rng(rnd.randint(0, 10 ** 6))
    a = a * 0.93 + 10 + nr.normal(0, 6, a.shape)
    # some dust
    d = nr.random(a.shape) < 0.0006
    a[d] = 40
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _persp_coeffs(dst, src):
    # coefficients mapping output (dst) -> input (src) for PIL PERSPECTIVE
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_photo(im, rnd):
    dpi = 190
    pg = resize_dpi(im, dpi).convert("RGB")
    pw, ph = pg.size
    # paper tint
    pa = np.asarray(pg, dtype=np.float32)
    pa = pa * np.array([0.97, 0.96, 0.92]) + np.array([4, 4, 6])
    pg = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    OW, OH = int(pw * 1.12), int(ph * 1.10)
    nr = np.random.default_rng(rnd.randint(0, 10 ** 6))
    # background: wooden desk-like gradient with noise
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    base = np.stack([110 + 20 * np.sin(xx / 37.0 + yy / 400.0), 78 + 14 * np.sin(xx / 37.0 + yy / 400.0),
                     52 + 8 * np.sin(xx / 37.0)], -1)
    base += nr.normal(0, 6, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    # destination corners of the page in the photo
    j = lambda s: rnd.uniform(-s, s)
    mx, my = (OW - pw) / 2, (OH - ph) / 2
    dst = [(mx + j(25) + 30, my + j(20) + 10), (OW - mx + j(25) - 10, my + j(20) + 35),
           (OW - mx + j(25) + 15, OH - my + j(20) - 5), (mx + j(25) - 20, OH - my + j(20) - 25)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(dst, src)
    warped = pg.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg, dtype=np.float32)
    # uneven light: bright spot + shadow from one side
    cx, cy = OW * rnd.uniform(0.3, 0.7), OH * rnd.uniform(0.2, 0.5)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(OW, OH)
    light = 1.08 - 0.45 * r ** 1.5
    shadow = 1 - 0.22 * np.clip((xx / OW - 0.65) * 3, 0, 1) * np.clip(1 - yy / OH * 0.5, 0, 1)
    a = a * (light * shadow)[..., None]
    a += nr.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(1.1))
    return out


def _ring_text(layer, cx, cy, r, text, fnt, colour, start_deg=200, span=320):
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.radians(start_deg + span * i / max(1, n - 1))
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        tile = Image.new("RGBA", (fnt.size * 2, fnt.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fnt.size, fnt.size), ch, font=fnt, fill=colour, anchor="mm")
        rot = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(rot, (int(x - fnt.size), int(y - fnt.size)))


def deg_stamp(p, rnd, dpi=200):
    g = resize_dpi(p.im, dpi).convert("RGB")
    s = dpi / 25.4
    layer = Image.new("RGBA", g.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = rnd.choice([(60, 50, 170, 170), (120, 40, 150, 160), (40, 90, 170, 170)])
    sx, sy = p.stamp_at
    cx, cy = sx * s + rnd.uniform(-10, 10), sy * s + rnd.uniform(-10, 10)
    R = 19 * s
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=col, width=int(0.9 * s))
    d.ellipse([cx - R * 0.72, cy - R * 0.72, cx + R * 0.72, cy + R * 0.72], outline=col, width=int(0.45 * s))
    fr = ImageFont.truetype(FONTDIR + FONTS["sans-b"], int(2.6 * s))
    _ring_text(layer, cx, cy, R * 0.86, "PEMERINTAH KOTA SAMARINDA *", fr, col)
    # star in the middle
    pts = []
    for k in range(10):
        rr = R * (0.3 if k % 2 == 0 else 0.13)
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    layer = layer.rotate(rnd.uniform(-25, 25), center=(cx, cy), resample=Image.BICUBIC)
    # signature scribble
    sig = Image.new("RGBA", g.size, (0, 0, 0, 0))
    sd = ImageDraw.Draw(sig)
    gx, gy = p.sig_at
    _scribble(sd, gx * s + 20, gy * s, 22 * s, 5 * s, rnd, fill=(20, 30, 110, 230), w=int(0.5 * s))
    _scribble(sd, gx * s + 10, gy * s + 8, 14 * s, 3 * s, rnd, fill=(20, 30, 110, 230), w=int(0.4 * s))
    # multiply-like blend so text stays visible
    base = np.asarray(g, dtype=np.float32) / 255
    for lay in (layer, sig):
        la = np.asarray(lay, dtype=np.float32) / 255
        al = la[..., 3:4]
        base = base * (1 - al) + base * la[..., :3] * al
    out = Image.fromarray(np.clip(base * 255, 0, 255).astype(np.uint8))
    return out


def write_pdf(img, path, dpi):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=35, optimize=True)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("scan")
    c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()


def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest = []
    meta_all = {}
    for ti, fn in enumerate(TYPES):
        random.seed(ti)
        p = fn()
        t = p.name
        rnd = random.Random(1000 + ti)
        with open(os.path.join(OUT, "truth", t + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        has_tab = bool(p.tables)
        if has_tab:
            with open(os.path.join(OUT, "truth", t + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        meta_all[t] = getattr(p, "meta", {})
        meta_all[t]["stamp_at_mm"] = list(p.stamp_at) if p.stamp_at else None
        d = os.path.join(OUT, "pages", t)
        os.makedirs(d)
        side_rot = Image.ROTATE_90 if ti % 2 == 0 else Image.ROTATE_270
        meta_all[t]["sideways_rotation"] = "90 ccw" if ti % 2 == 0 else "90 cw"
        skew = [2.0, -1.8, 2.2, -2.0, 1.9, -2.1, 2.0][ti]
        meta_all[t]["skew_deg_ccw"] = skew
        for dg in DEGS:
            path = os.path.join(d, f"{t}__{dg}.{EXT[dg]}")
            if dg == "clean_300dpi":
                save_grey4(p.im, path, 300)
            elif dg == "dpi150":
                save_grey4(resize_dpi(p.im, 150), path, 150)
            elif dg == "fax":
                deg_fax(p.im, rnd).save(path, optimize=True, dpi=(200, 200))
            elif dg == "jpeg_q25":
                g = resize_dpi(p.im, 200)
                a = np.asarray(g, dtype=np.float32) * 0.9 + 18
                Image.fromarray(a.astype(np.uint8)).save(path, "JPEG", quality=25, dpi=(200, 200))
            elif dg == "pdf_skew2":
                write_pdf(deg_skew(p.im, rnd, 200, skew), path, 200)
            elif dg == "phone_photo":
                deg_photo(p.im, rnd).save(path, "JPEG", quality=72, optimize=True)
            elif dg == "stamp":
                st = deg_stamp(p, rnd)
                st.quantize(colors=32, method=Image.FASTOCTREE, dither=Image.NONE).save(
                    path, optimize=True, dpi=(200, 200))
            elif dg == "sideways":
                save_grey4(resize_dpi(p.im, 200).transpose(side_rot), path, 200)
            elif dg == "upside_down":
                save_grey4(resize_dpi(p.im, 200).transpose(Image.ROTATE_180), path, 200)
            rec = {"file": f"pages/{t}/{t}__{dg}.{EXT[dg]}", "text_type": t, "degradation": dg,
                   "truth": f"truth/{t}.txt"}
            if has_tab:
                rec["tables"] = f"truth/{t}.tables.json"
            manifest.append(rec)
        print(t, len(p.lines), "lines", len(p.tables), "tables")
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "gen_meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta_all, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
