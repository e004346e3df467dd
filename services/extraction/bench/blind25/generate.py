#!/usr/bin/env python3
"""Blind OCR / table-extraction set "ocr25" -- generator.

Renders 7 invented Samarinda OPD pages (A4, 300 dpi) with PIL, records every drawn text
piece (layout/<type>.layout.json), writes the truth text / tables, and produces 9
degradations per page.  Deterministic: fixed seeds, no timestamps taken from the clock.

Run:  python generate.py        (from this directory)
"""
import io
import json
import math
import os
import random
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serif_c": "DejaVuSerifCondensed.ttf", "serif_cb": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf",
    "sans_c": "DejaVuSansCondensed.ttf", "sans_cb": "DejaVuSansCondensed-Bold.ttf",
}
DEGRADATIONS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo",
                "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}


def px(pt):
    return int(round(pt * DPI / 72.0))


def cm(c):
    return int(round(c / 2.54 * DPI))


_FC = {}


def F(key, pt):
    k = (key, px(pt))
    if k not in _FC:
        _FC[k] = ImageFont.truetype(os.path.join(FONT_DIR, FONTS[key]), px(pt))
    return _FC[k]


def rp(n):
    """Indonesian thousands format: 1250000 -> '1.250.000'."""
    s = f"{int(n):,}".replace(",", ".")
    return s


# ----------------------------------------------------------------------------------------------
# page model
# ----------------------------------------------------------------------------------------------
class Page:
    def __init__(self, name, font, pt):
        self.name = name
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.font, self.pt = font, pt
        self.pieces = []      # every drawn text piece
        self.nlines = 0       # truth line counter (creation order == reading order)
        self.tables = []      # truth tables
        self.sign = None      # (x, y) centre of a signature area (for the 'stamp' degradation)

    # -- primitives ------------------------------------------------------------------------
    def newline(self):
        self.nlines += 1
        return self.nlines - 1

    def put(self, x, y, text, font=None, pt=None, align="l", line=None, cell=None):
        assert text == text.strip() and text, repr(text)
        font = font or self.font
        pt = pt or self.pt
        f = F(font, pt)
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((x, y), text, font=f, fill=0, anchor=anchor)
        bb = self.d.textbbox((x, y), text, font=f, anchor=anchor)
        self.pieces.append({"line": line, "cell": cell, "x": x, "y": y, "text": text, "font": font,
                            "pt": pt, "anchor": anchor, "bbox": list(bb)})

    def width(self, text, font=None, pt=None):
        return F(font or self.font, pt or self.pt).getlength(text)

    def lh(self, pt=None, lead=1.32):
        return int(px(pt or self.pt) * lead)

    def line(self, y, parts):
        """parts: list of (x, text[, font[, pt[, align]]]) drawn on one baseline = one truth line."""
        ln = self.newline()
        for p in parts:
            x, t = p[0], p[1]
            font = p[2] if len(p) > 2 else None
            pt = p[3] if len(p) > 3 else None
            al = p[4] if len(p) > 4 else "l"
            self.put(x, y, t, font, pt, al, line=ln)
        return ln

    def wrap(self, text, width, font=None, pt=None):
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w_ in words:
                trial = (cur + " " + w_).strip()
                if self.width(trial, font, pt) <= width or not cur:
                    cur = trial
                else:
                    out.append(cur)
                    cur = w_
            if cur:
                out.append(cur)
        return out

    def para(self, x, y, width, text, font=None, pt=None, lead=1.32, first=None, indent=0):
        """Wrapped paragraph. first: list of (x, text) parts printed before the first line."""
        lines = self.wrap(text, width - indent, font, pt)
        for i, t in enumerate(lines):
            parts = []
            if i == 0 and first:
                parts += [(fx, ft, font, pt) for fx, ft in first]
            parts.append((x + (indent if i == 0 else 0), t, font, pt))
            self.line(y, parts)
            y += self.lh(pt, lead)
        return y

    def hline(self, x0, x1, y, w=3, fill=0):
        self.d.rectangle([x0, y - w // 2, x1, y - w // 2 + w - 1], fill=fill)

    def vline(self, x, y0, y1, w=3, fill=0):
        self.d.rectangle([x - w // 2, y0, x - w // 2 + w - 1, y1], fill=fill)

    # -- compound blocks ------------------------------------------------------------------
    def kop(self, lines, y=None, logo=True, rule=True):
        y = y or cm(1.3)
        cx = W // 2 + 90
        if logo:  # a plain shield-like emblem, no text
            lx, ly = cm(2.3), y - 20
            self.d.polygon([(lx, ly), (lx + 200, ly), (lx + 200, ly + 170), (lx + 100, ly + 250),
                            (lx, ly + 170)], outline=0, width=6)
            self.d.ellipse([lx + 55, ly + 40, lx + 145, ly + 130], outline=0, width=5)
            self.d.rectangle([lx + 92, ly + 130, lx + 108, ly + 215], fill=0)
        for t, font, pt in lines:
            assert cx - self.width(t, font, pt) / 2 > cm(2.3) + 230, ("kop text over logo", t)
            y += px(pt) + 8
            self.line(y, [(cx, t, font, pt, "c")])
        y += 30
        if rule:
            self.hline(cm(2), W - cm(2), y, 9)
            self.hline(cm(2), W - cm(2), y + 16, 3)
        return y + 16

    def kv(self, y, xl, xc, xv, label, value, width, font=None, pt=None, lead=1.32):
        lines = self.wrap(value, width, font, pt) if value else []
        first = [(xl, label, font, pt), (xc, ":", font, pt)]
        if not lines:
            self.line(y, first)
            return y + self.lh(pt, lead)
        for i, t in enumerate(lines):
            parts = (first if i == 0 else []) + [(xv, t, font, pt)]
            self.line(y, parts)
            y += self.lh(pt, lead)
        return y

    def sigblock(self, xc, y, above, name, nip, font=None, pt=None, gap=None, record=True, bold_name=True):
        """Centred signature block: lines above, blank space, name, NIP."""
        for t in above:
            self.line(y, [(xc, t, font, pt, "c")])
            y += self.lh(pt)
        gap = gap or cm(2.3)
        if record and self.sign is None:
            self.sign = (xc, y + gap // 2 - 40)
        y += gap
        nf = font
        if bold_name and font:
            nf = {"serif": "serif_b", "sans": "sans_b", "sans_c": "sans_cb", "serif_c": "serif_cb"}.get(font, font)
        self.line(y, [(xc, name, nf, pt, "c")])
        y += self.lh(pt)
        if nip:
            self.line(y, [(xc, nip, font, pt, "c")])
            y += self.lh(pt)
        return y

    def table(self, x0, y0, widths, rows, *, style, font, pt, aligns, header_rows=1, merges=None,
              shade=False, pad=12, lead=1.22, bold_rows=(), hfont=None, rule_w=3):
        merges = merges or {}
        nr, nc = len(rows), len(widths)
        assert all(len(r) == nc for r in rows)
        covered = set()
        for (r, c), (rs, cs) in merges.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
                        assert rows[rr][cc] == "", (rr, cc)
        xs = [x0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        lhp = int(px(pt) * lead)
        cell_lines = {}
        need = [0] * nr
        for r in range(nr):
            fnt = hfont if (r < header_rows and hfont) else font
            if r in bold_rows and hfont:
                fnt = hfont
            for c in range(nc):
                if (r, c) in covered:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                wdt = xs[c + cs] - xs[c] - 2 * pad
                txt = rows[r][c]
                ls = self.wrap(txt, wdt, fnt, pt) if txt else []
                for t in ls:
                    assert self.width(t, fnt, pt) <= wdt + 1, (self.name, t, wdt, self.width(t, fnt, pt))
                cell_lines[(r, c)] = (ls, fnt)
                if rs == 1:
                    need[r] = max(need[r], len(ls) * lhp + 2 * pad)
        hts = [max(n, lhp + 2 * pad) for n in need]
        for (r, c), (rs, cs) in merges.items():
            ls, _ = cell_lines[(r, c)]
            tot = sum(hts[r:r + rs])
            req = len(ls) * lhp + 2 * pad
            if req > tot:
                hts[r + rs - 1] += req - tot
        ys = [y0]
        for h_ in hts:
            ys.append(ys[-1] + h_)
        if shade:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_rows]], fill=212)
        asc = F(font, pt).getmetrics()[0]
        # text
        for r in range(nr):
            ln = self.newline()
            for c in range(nc):
                if (r, c) in covered:
                    continue
                ls, fnt = cell_lines[(r, c)]
                if not ls:
                    continue
                rs, cs = merges.get((r, c), (1, 1))
                top, bot = ys[r], ys[r + rs]
                if rs == 1:
                    by = top + pad + asc
                else:
                    by = (top + bot) // 2 - (len(ls) * lhp) // 2 + asc
                al = "c" if r < header_rows else aligns[c]
                left, right = xs[c] + pad, xs[c + cs] - pad
                x = {"l": left, "r": right, "c": (left + right) // 2}[al]
                for i, t in enumerate(ls):
                    self.put(x, by + i * lhp, t, fnt, pt, al, line=ln, cell=c)
        # rules
        if style == "grid":
            for r in range(nr):
                for c in range(nc):
                    if (r, c) in covered:
                        continue
                    rs, cs = merges.get((r, c), (1, 1))
                    self.d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=rule_w)
        elif style == "hrules":
            self.hline(xs[0], xs[-1], ys[0], 5)
            for r in range(1, nr):
                self.hline(xs[0], xs[-1], ys[r], 4 if r == header_rows else 2)
            self.hline(xs[0], xs[-1], ys[-1], 5)
        self.tables.append([[cell.replace("\n", " ") for cell in row] for row in rows])
        return ys[-1]

    def truth_lines(self):
        lines = {}
        for p in self.pieces:
            lines.setdefault(p["line"], []).append(p["text"])
        return [" ".join(lines[k]) for k in sorted(lines)]


# ----------------------------------------------------------------------------------------------
# invented content
# ----------------------------------------------------------------------------------------------
NAMES_M = ["Ahmad Fauzi", "Muhammad Rizal Hakim", "Dedi Supriyanto", "Syahrani", "Hendra Gunawan",
           "Rudi Hartono", "Agus Salim Lubis", "Fajar Ramadhan", "Irwan Saputra", "Bambang Wijanarko",
           "Yusran Effendi", "Abdul Rahman Ismail", "Samsul Bahri", "Joko Prasetyo", "Andi Maulana",
           "Taufik Hidayat", "Herman Sianturi", "Zainal Arifin", "Eko Wahyudi", "Ridwan Kamil Nasution"]
NAMES_F = ["Siti Aminah", "Nurul Hidayati", "Rina Marlina", "Dewi Kartika Sari", "Fitriani",
           "Sri Wahyuni", "Nur Aisyah Rahmawati", "Yuliana Pakpahan", "Hj. Mardiana", "Lestari Handayani",
           "Rahmah Fitri", "Indah Permatasari", "Wulan Septiani", "Ratna Juwita", "Kartini Bulan"]
TITLES = ["S.E.", "S.Kom.", "S.Sos.", "S.H.", "S.T.", "A.Md.", "M.Si.", "S.Pd.", "S.AP.", "M.M."]
KEL = ["Sidodadi", "Air Hitam", "Gunung Kelua", "Sempaja Selatan", "Lok Bahu", "Karang Asam Ulu",
       "Sungai Pinang Dalam", "Temindung Permai", "Bukit Pinang", "Loa Bakung", "Rawa Makmur",
       "Sungai Kapih", "Mesjid", "Baqa", "Harapan Baru", "Pelita", "Sambutan", "Tanah Merah"]


def nip(rng, female=None, year=None):
    y = year or rng.randint(1968, 1995)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ty = min(y + rng.randint(22, 30), 2022)
    tm = rng.choice([1, 3, 4, 12])
    s = 2 if female else 1
    return f"{y}{m:02d}{d:02d} {ty}{tm:02d} {s} {rng.randint(1, 12):03d}"


def person(rng, used):
    while True:
        female = rng.random() < 0.45
        nm = rng.choice(NAMES_F if female else NAMES_M)
        if nm not in used:
            used.add(nm)
            break
    if rng.random() < 0.7:
        nm = nm + ", " + rng.choice(TITLES)
    return nm, nip(rng, female)


def footer(p, text_left, page="Halaman 1 dari 1", font="sans", pt=8.5):
    y = H - cm(1.2)
    p.hline(cm(2), W - cm(2), y - px(pt) - 14, 2)
    p.line(y, [(cm(2), text_left, font, pt), (W - cm(2), page, font, pt, "r")])


# 1 ---- Daftar Gaji: ruled grid ---------------------------------------------------------------
def page_daftar_gaji(rng):
    used = set()
    p = Page("daftar_gaji", "sans_c", 9)
    x0, x1 = cm(1.2), W - cm(1.2)
    y = cm(1.6)
    p.line(y, [(x0, "PEMERINTAH KOTA SAMARINDA", "sans_cb", 10)]); y += p.lh(10)
    p.line(y, [(x0, "DINAS KOMUNIKASI DAN INFORMATIKA", "sans_cb", 10),
               (x1, "Model DPP-01", "sans_c", 9, "r")]); y += p.lh(10) + 30
    p.line(y, [(W // 2, "DAFTAR PEMBAYARAN GAJI INDUK PEGAWAI NEGERI SIPIL", "sans_cb", 12, "c")]); y += p.lh(12)
    p.line(y, [(W // 2, "BULAN DESEMBER 2026", "sans_cb", 11, "c")]); y += p.lh(11) + 30
    xl, xc, xv = x0, x0 + 360, x0 + 390
    for lab, val in [("SKPD", "Dinas Komunikasi dan Informatika Kota Samarinda"),
                     ("Sub Kegiatan", "5.02.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN"),
                     ("Kode Rekening", "5.1.01.01.01.0001 Belanja Gaji Pokok PNS"),
                     ("Nomor SPM", "00417/SPM-LS/DISKOMINFO/XII/2026")]:
        y = p.kv(y, xl, xc, xv, lab, val, 1500, "sans_c", 9.5)
    y += 20
    hdr = ["No", "Nama / NIP", "Gol", "Gaji Pokok", "Tunj. Istri/ Anak", "Tunj. Jabatan",
           "Jumlah Kotor", "Pot. IWP 1%", "Pot. PPh 21", "Jumlah Bersih"]
    rows = [hdr, ["(%d)" % i for i in range(1, 11)]]
    data = []
    gols = ["IV/b", "IV/a", "III/d", "III/c", "III/b", "III/b", "III/a", "II/d", "II/c", "II/c", "II/a"]
    base = {"IV/b": 4902000, "IV/a": 4702000, "III/d": 4509300, "III/c": 4323800, "III/b": 4147400,
            "III/a": 3877900, "II/d": 3533400, "II/c": 3389700, "II/a": 3128700}
    for i, g in enumerate(gols):
        nm, n = person(rng, used)
        gp = base[g] + rng.choice([0, 0, 132800, 264300, 398100])
        tk = int(round(gp * rng.choice([0, 0.02, 0.12, 0.14]), -2))
        tj = rng.choice([0, 0, 185000, 490000, 540000, 1260000]) if i else 2025000
        kotor = gp + tk + tj
        iwp = int(round(kotor * 0.01))
        pph = rng.choice([0, 0, 0, int(round(kotor * 0.05, -2))]) if g.startswith(("III", "IV")) else 0
        bersih = kotor - iwp - pph
        data.append((nm, n, g, gp, tk, tj, kotor, iwp, pph, bersih))
        rows.append([str(i + 1), nm.upper() + "\n" + n, g, rp(gp), rp(tk) if tk else "-",
                     rp(tj) if tj else "-", rp(kotor), rp(iwp), rp(pph) if pph else "-", rp(bersih)])
    tot = [sum(r[k] for r in data) for k in range(3, 10)]
    rows.append(["", "JUMLAH", ""] + [rp(v) for v in tot])
    # numeric columns as wide as their widest (bold) entry, the rest goes to Nama / NIP
    widths = [72, 0, 92]
    for c in range(3, 10):
        widths.append(int(max(p.width(r[c], "sans_cb", 9) for r in rows[2:])) + 20)
    widths[1] = x1 - x0 - sum(widths)
    y = p.table(x0, y, widths, rows, style="grid", font="sans_c", pt=9, hfont="sans_cb",
                aligns=["c", "l", "c", "r", "r", "r", "r", "r", "r", "r"], header_rows=2,
                bold_rows=(len(rows) - 1,), pad=8)
    y += p.lh(9) + 40
    y = p.para(x0, y, x1 - x0, "Jumlah yang dibayarkan: Rp " + rp(tot[-1]) + " (sesuai rekapitulasi gaji "
               "bulan Desember 2026, termasuk " + str(len(data)) + " orang pegawai).", "sans_c", 9.5)
    y += 40
    # two signature columns: left column completely, then right column
    nm1, n1 = data[0][0], data[0][1]
    nm2, n2 = person(rng, used)
    p.sigblock(x0 + 450, y + p.lh(9.5), ["Mengetahui,", "Kepala Dinas,"], nm1, "NIP. " + n1, "sans_c", 9.5,
               gap=cm(1.8))
    p.sigblock(x1 - 450, y, ["Samarinda, 1 Desember 2026", "Bendahara Pengeluaran,"], nm2, "NIP. " + n2,
               "sans_c", 9.5, record=False, gap=cm(1.8))
    footer(p, "Dicetak melalui SIPD-RI pada 01-12-2026 08:15:42 oleh bpp.diskominfo", font="sans_c", pt=8.5)
    truth_nums = {"total_bersih": tot[-1], "rows": [list(r[2:]) for r in data], "totals": tot}
    return p, truth_nums


# 2 ---- Lembar Verifikasi SPJ: horizontal rules only -------------------------------------------
def page_verifikasi_spj(rng):
    used = set()
    p = Page("lembar_verifikasi_spj", "serif", 10)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", "serif_b", 13),
               ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "serif_b", 12),
               ("Jalan Kesuma Bangsa Nomor 1 Telepon (0541) 741053 Samarinda 75121", "serif", 9.5)])
    x0, x1 = cm(2.2), W - cm(2)
    y += 90
    p.line(y, [(W // 2, "LEMBAR VERIFIKASI SURAT PERTANGGUNGJAWABAN (SPJ)", "serif_b", 12, "c")]); y += p.lh(12)
    p.line(y, [(W // 2, "Nomor : 900/2417/BPKAD-III/XI/2026", "serif", 10, "c")]); y += p.lh(10) + 40
    xc, xv = x0 + 470, x0 + 500
    fields = [("Perangkat Daerah", "Dinas Kesehatan Kota Samarinda"),
              ("Sub Kegiatan", "1.02.02.2.01.0004 Pengelolaan Pelayanan Kesehatan Ibu Hamil"),
              ("Kode Rekening", "5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
              ("Jenis SPJ", "GU (Ganti Uang Persediaan) ke-9"),
              ("Nilai SPJ", "Rp 14.725.500"),
              ("Tanggal Diterima", "18 November 2026")]
    for a, b in fields:
        y = p.kv(y, x0, xc, xv, a, b, x1 - xv)
    y += 40
    items = [
        ("Surat Permintaan Pembayaran (SPP) GU dan ringkasan", "Ada", "SPP No. 00961/SPP-GU/DINKES/XI/2026"),
        ("Surat Pernyataan Tanggung Jawab Mutlak Kepala SKPD", "Ada", ""),
        ("Nota/kuitansi pembelian bermeterai", "Ada", "7 lembar, total Rp 14.725.500"),
        ("Faktur pajak dan bukti setor PPN/PPh (e-Billing)", "Tidak", "PPN atas nota No. 0113 belum disetor"),
        ("Berita Acara Pemeriksaan Barang", "Ada", "Tanggal 12 November 2026"),
        ("Berita Acara Serah Terima Barang", "Ada", ""),
        ("Bukti pencatatan pada Kartu Persediaan", "Tidak", "Kode barang 1.1.7.01.01.01.004 belum dicatat"),
        ("Daftar hadir kegiatan", "-", "Tidak relevan"),
        ("Buku Kas Umum dan Buku Pembantu Pajak", "Ada", "Saldo BKU Rp 2.174.500"),
        ("Kesesuaian harga dengan Standar Satuan Harga 2026", "Ada", "Kertas HVS A4 80 gr Rp 62.500/rim sesuai SSH"),
    ]
    rows = [["No", "Uraian Kelengkapan Dokumen", "Hasil", "Keterangan"]]
    for i, (a, b, c) in enumerate(items, 1):
        rows.append([f"{i}.", a, b, c])
    y = p.table(x0, y, [110, 880, 200, x1 - x0 - 1190], rows, style="hrules", font="serif", pt=10,
                hfont="serif_b", aligns=["c", "l", "c", "l"], pad=14)
    y += 80
    y = p.para(x0, y, x1 - x0, "Kesimpulan: SPJ dikembalikan untuk dilengkapi (2 item), paling lambat "
               "5 (lima) hari kerja sejak lembar verifikasi ini diterima. Nilai yang dapat disahkan "
               "sementara Rp 13.388.600 dari Rp 14.725.500.", "serif", 10)
    y += 60
    nm, n = person(rng, used)
    p.sigblock(x1 - 420, y, ["Samarinda, 20 November 2026", "Verifikator Keuangan,"], nm, "NIP. " + n,
               "serif", 10)
    footer(p, "F-BPKAD/VER/03 Rev.2", font="serif", pt=8.5)
    return p, {"spj": 14725500, "disahkan": 13388600}


# 3 ---- Daftar Penerima Bantuan: no rules -------------------------------------------------------
def page_penerima_bantuan(rng):
    used = set()
    p = Page("daftar_penerima_bantuan", "sans", 9.5)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", "sans_b", 12), ("DINAS SOSIAL", "sans_b", 15),
               ("Jl. Dahlia No. 81 Samarinda, Kalimantan Timur 75117", "sans", 9)])
    x0, x1 = cm(1.5), W - cm(1.5)
    y += 90
    p.line(y, [(W // 2, "DAFTAR PENERIMA BANTUAN SOSIAL PERMAKANAN LANJUT USIA", "sans_b", 11.5, "c")]); y += p.lh(11.5)
    p.line(y, [(W // 2, "TAHAP IV TAHUN ANGGARAN 2026", "sans_b", 11.5, "c")]); y += p.lh(11.5) + 30
    y = p.para(x0, y, x1 - x0, "Lampiran Keputusan Kepala Dinas Sosial Kota Samarinda Nomor "
               "460/1033/DINSOS-II/X/2026 tanggal 14 Oktober 2026, dibebankan pada kode rekening "
               "5.1.06.01.01.0001 Belanja Bantuan Sosial kepada Individu.", "sans", 9.5)
    y += 40
    rows = [["No", "Nama Penerima", "NIK", "Kelurahan", "Jenis Bantuan", "Nilai (Rp)"]]
    vals = []
    for i in range(1, 17):
        female = rng.random() < 0.55
        nm = rng.choice(NAMES_F if female else NAMES_M)
        while nm in used:
            nm = rng.choice(NAMES_F if female else NAMES_M)
        used.add(nm)
        nik = "6472" + f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]):02d}" + \
              f"{rng.randint(1, 28) + (40 if female else 0):02d}{rng.randint(1, 12):02d}{rng.randint(40, 60):02d}" + \
              f"{rng.randint(1, 30):04d}"
        jb = rng.choice(["Paket Permakanan", "Paket Permakanan", "Uang Tunai", "Alat Bantu Dengar", "Kursi Roda"])
        v = {"Paket Permakanan": 1350000, "Uang Tunai": 900000, "Alat Bantu Dengar": 1875000, "Kursi Roda": 2450000}[jb]
        vals.append(v)
        rows.append([str(i), nm, nik, rng.choice(KEL), jb, rp(v)])
    rows.append(["", "Jumlah", "", "", "", rp(sum(vals))])
    y = p.table(x0, y, [80, 480, 445, 420, 385, x1 - x0 - 1810], rows, style="none", font="sans",
                pt=9.5, hfont="sans_b", aligns=["r", "l", "l", "l", "l", "r"], pad=10, lead=1.15,
                bold_rows=(len(rows) - 1,))
    y += 80
    y = p.para(x0, y, x1 - x0, "Jumlah penerima: 16 (enam belas) orang. Penyaluran dilaksanakan melalui "
               "Bank Kaltimtara Cabang Samarinda paling lambat 15 Desember 2026.", "sans", 9.5)
    y += 50
    nm, n = person(rng, used)
    p.sigblock(x1 - 430, y, ["Samarinda, 2 Desember 2026", "Kepala Bidang Rehabilitasi Sosial,"], nm,
               "NIP. " + n, "sans", 9.5)
    footer(p, "Daftar ini dicetak dari aplikasi SIKS-NG / Dinsos Samarinda", font="sans", pt=8.5)
    return p, {"values": vals, "total": sum(vals)}


# 4 ---- Laporan Stok Opname: merged + shaded header, wrapped cells ----------------------------
def page_stok_opname(rng):
    used = set()
    p = Page("laporan_stok_opname", "sans", 9)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", "sans_b", 11.5),
               ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "sans_b", 13.5),
               ("Jl. Tepian Mahakam No. 2 Samarinda 75112 - pupr.samarindakota.go.id", "sans", 9)])
    x0, x1 = cm(1.5), W - cm(1.5)
    y += 90
    p.line(y, [(W // 2, "LAPORAN HASIL STOK OPNAME BARANG PERSEDIAAN", "sans_b", 11.5, "c")]); y += p.lh(11.5)
    p.line(y, [(W // 2, "Per 30 November 2026", "sans", 10, "c")]); y += p.lh(10) + 30
    y = p.kv(y, x0, x0 + 380, x0 + 410, "Berita Acara", "027/2289/PUPR-I/XII/2026", 1500, "sans", 9.5)
    y = p.kv(y, x0, x0 + 380, x0 + 410, "Gudang", "Gudang Sekretariat Lantai 1", 1500, "sans", 9.5)
    y += 30
    goods = [
        ("1.1.7.01.01.01.001", "Kertas HVS A4 80 gram", "Rim", 62500),
        ("1.1.7.01.01.01.004", "Map snelhecter plastik warna biru", "Buah", 4500),
        ("1.1.7.01.01.02.003", "Tinta printer Epson 003 hitam (botol 65 ml)", "Botol", 98000),
        ("1.1.7.01.01.02.007", "Toner HP LaserJet 85A", "Buah", 1275000),
        ("1.1.7.01.01.03.002", "Baterai alkaline AA isi 2", "Pak", 27500),
        ("1.1.7.01.01.04.001", "Ordner / box file folio", "Buah", 38500),
        ("1.1.7.01.03.01.005", "Cairan pembersih lantai 800 ml", "Botol", 23000),
        ("1.1.7.01.03.02.001", "Kantong sampah plastik hitam ukuran besar", "Pak", 17500),
        ("1.1.7.01.05.01.002", "Materai tempel Rp 10.000", "Lembar", 10000),
        ("1.1.7.02.01.01.001", "Air minum kemasan galon 19 liter", "Galon", 22000),
    ]
    rows = [["No", "Kode Barang", "Nama Barang", "Satuan", "Harga Satuan (Rp)", "Jumlah Barang", "", "", "",
             "Nilai Saldo Akhir (Rp)"],
            ["", "", "", "", "", "Saldo Awal", "Masuk", "Keluar", "Saldo Akhir", ""]]
    recs = []
    for i, (kb, nmb, sat, hs) in enumerate(goods, 1):
        aw = rng.randint(0, 40)
        ms = rng.choice([0, 5, 10, 12, 20, 24, 50])
        kl = rng.randint(0, aw + ms)
        ak = aw + ms - kl
        recs.append((kb, hs, aw, ms, kl, ak, ak * hs))
        rows.append([str(i), kb, nmb, sat, rp(hs), str(aw), str(ms), str(kl), str(ak), rp(ak * hs)])
    total = sum(r[6] for r in recs)
    rows.append(["JUMLAH", "", "", "", "", "", "", "", "", rp(total)])
    merges = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (2, 1),
              (0, 5): (1, 4), (0, 9): (2, 1), (len(rows) - 1, 0): (1, 9)}
    widths = [85, 390, 350, 180, 215, 160, 160, 160, 155]
    widths.append(x1 - x0 - sum(widths))
    y = p.table(x0, y, widths, rows, style="grid", font="sans", pt=9, hfont="sans_b", shade=True,
                aligns=["c", "l", "l", "c", "r", "c", "c", "c", "c", "r"], header_rows=2, merges=merges,
                bold_rows=(len(rows) - 1,), pad=9)
    y += 70
    y = p.para(x0, y, x1 - x0, "Catatan: selisih fisik dan catatan untuk Toner HP LaserJet 85A sebanyak 1 "
               "buah telah dibuatkan berita acara tersendiri. Seluruh saldo akhir sesuai dengan kartu "
               "persediaan per tanggal laporan.", "sans", 9)
    y += 50
    nm1, n1 = person(rng, used)
    nm2, n2 = person(rng, used)
    p.sigblock(x0 + 450, y + p.lh(9.5), ["Mengetahui,", "Sekretaris Dinas PUPR,"], nm1, "NIP. " + n1, "sans", 9.5)
    p.sigblock(x1 - 450, y, ["Samarinda, 1 Desember 2026", "Pengurus Barang Pengguna,"], nm2, "NIP. " + n2,
               "sans", 9.5, record=False)
    footer(p, "Lampiran BA Stok Opname Semester II/2026 - Dinas PUPR", page="Hal. 1/1", font="sans", pt=8.5)
    return p, {"recs": recs, "total": total}


# 5 ---- Surat Tugas: plain letter ---------------------------------------------------------------
def page_surat_tugas(rng):
    used = set()
    p = Page("surat_tugas", "serif", 10.5)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", "serif_b", 13),
               ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "serif_b", 13),
               ("Jalan Dahlia Nomor 81 Telp. (0541) 733392 Samarinda 75117", "serif", 9.5)])
    x0, x1 = cm(2.5), W - cm(2)
    y += 110
    p.line(y, [(W // 2, "SURAT TUGAS", "serif_b", 13, "c")]); y += p.lh(13)
    p.line(y, [(W // 2, "Nomor : 094/1187/BAPPEDA-II/XI/2026", "serif", 10.5, "c")]); y += p.lh() + 50
    xc, xn, xt = x0 + 300, x0 + 340, x0 + 410
    dasar = ["Peraturan Wali Kota Samarinda Nomor 12 Tahun 2025 tentang Perjalanan Dinas;",
             "Dokumen Pelaksanaan Anggaran (DPA) Bappeda Tahun Anggaran 2026 Nomor "
             "DPA/A.1/5.01.0.00.0.00.01.0000/001/2026;",
             "Undangan Kementerian Dalam Negeri Nomor 050/8812/Bangda tanggal 10 November 2026."]
    for i, t in enumerate(dasar, 1):
        first = [(x0, "Dasar"), (xc, ":")] if i == 1 else []
        y = p.para(xt, y, x1 - xt, t, first=first + [(xn, f"{i}.")])
    y += 30
    p.line(y, [(W // 2, "MENUGASKAN:", "serif_b", 10.5, "c")]); y += p.lh() + 20
    xl2, xc2, xv2 = xt + 0, xt + 330, xt + 360
    for i in range(1, 4):
        nm, n = person(rng, used)
        gol = rng.choice(["Pembina (IV/a)", "Penata Tingkat I (III/d)", "Penata (III/c)"])
        jab = ["Kepala Bidang Perencanaan Infrastruktur dan Kewilayahan",
               "Perencana Ahli Muda", "Analis Data dan Informasi Pembangunan"][i - 1]
        first = [(x0, "Kepada"), (xc, ":")] if i == 1 else []
        p.line(y, first + [(xn, f"{i}."), (xl2, "Nama"), (xc2, ":"), (xv2, nm)]); y += p.lh()
        for lab, val in [("NIP", n), ("Pangkat/Gol.", gol), ("Jabatan", jab)]:
            y = p.kv(y, xl2, xc2, xv2, lab, val, x1 - xv2)
        y += 14
    y += 16
    untuk = ["Menghadiri Rapat Koordinasi Teknis Perencanaan Pembangunan Daerah Regional Kalimantan di "
             "Balikpapan pada tanggal 24 s.d. 26 November 2026;",
             "Biaya perjalanan dinas dibebankan pada DPA Bappeda kode rekening 5.1.02.04.01.0001 Belanja "
             "Perjalanan Dinas Biasa, pagu Rp 18.960.000;",
             "Melaporkan hasil pelaksanaan tugas secara tertulis paling lambat 3 (tiga) hari setelah kembali."]
    for i, t in enumerate(untuk, 1):
        first = [(x0, "Untuk"), (xc, ":")] if i == 1 else []
        y = p.para(xt, y, x1 - xt, t, first=first + [(xn, f"{i}.")])
    y += 30
    y = p.para(x0, y, x1 - x0, "Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.")
    y += 60
    nm, n = person(rng, used)
    y = p.sigblock(x1 - 470, y, ["Ditetapkan di Samarinda", "pada tanggal 20 November 2026", "KEPALA BAPPEDA,"],
                   nm, "NIP. " + n, "serif", 10.5, gap=cm(1.9))
    y += 40
    p.line(y, [(x0, "Tembusan:", "serif", 10)]); y += p.lh(10)
    for t in ["1. Wali Kota Samarinda (sebagai laporan);", "2. Inspektur Kota Samarinda;",
              "3. Kepala BPKAD Kota Samarinda."]:
        p.line(y, [(x0, t, "serif", 10)]); y += p.lh(10)
    footer(p, "Dokumen ini telah ditandatangani secara elektronik - arsip Bappeda", font="serif", pt=8.5)
    return p, {}


# 6 ---- Berita Acara Serah Terima Jabatan: two-column signatures --------------------------------
def page_bast_jabatan(rng):
    used = set()
    p = Page("berita_acara_sertijab", "serif_c", 10.5)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", "serif_cb", 13), ("KECAMATAN SAMARINDA ULU", "serif_cb", 15),
               ("Jalan Pahlawan Nomor 36 Samarinda Kode Pos 75123", "serif_c", 10)])
    x0, x1 = cm(2.5), W - cm(2.2)
    y += 110
    p.line(y, [(W // 2, "BERITA ACARA SERAH TERIMA JABATAN", "serif_cb", 13, "c")]); y += p.lh(13)
    p.line(y, [(W // 2, "Nomor : 800/0452/SETCAM-I/XII/2026", "serif_c", 10.5, "c")]); y += p.lh() + 50
    y = p.para(x0, y, x1 - x0, "Pada hari ini Senin tanggal tiga puluh bulan November tahun dua ribu dua "
               "puluh enam (30-11-2026), bertempat di Kantor Kecamatan Samarinda Ulu, kami yang bertanda "
               "tangan di bawah ini:", indent=100)
    y += 20
    a_nm, a_n = person(rng, used)
    b_nm, b_n = person(rng, used)
    xn, xl, xc, xv = x0 + 20, x0 + 100, x0 + 480, x0 + 510
    for k, (nm, n, jab) in enumerate([(a_nm, a_n, "Sekretaris Camat Samarinda Ulu (lama)"),
                                      (b_nm, b_n, "Sekretaris Camat Samarinda Ulu (baru)")]):
        p.line(y, [(xn, ["I.", "II."][k]), (xl, "Nama"), (xc, ":"), (xv, nm)]); y += p.lh()
        y = p.kv(y, xl, xc, xv, "NIP", n, x1 - xv)
        y = p.kv(y, xl, xc, xv, "Pangkat/Gol.", ["Pembina (IV/a)", "Penata Tingkat I (III/d)"][k], x1 - xv)
        y = p.kv(y, xl, xc, xv, "Jabatan", jab, x1 - xv)
        y = p.para(xl, y, x1 - xl, ["selanjutnya disebut PIHAK PERTAMA.", "selanjutnya disebut PIHAK KEDUA."][k])
        y += 14
    y += 10
    y = p.para(x0, y, x1 - x0, "PIHAK PERTAMA menyerahkan jabatan beserta tugas, dokumen dan barang inventaris "
               "kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah menerima, sebagai berikut:", indent=100)
    y += 10
    things = ["Dokumen Perjanjian Kinerja dan Rencana Aksi Sekretariat Kecamatan Tahun 2026;",
              "Laporan realisasi anggaran s.d. 30 November 2026 sebesar Rp 1.842.617.250 (82,4%);",
              "Saldo kas Bendahara Pengeluaran Pembantu Rp 3.450.000 (tiga juta empat ratus lima puluh ribu rupiah);",
              "Satu unit laptop dengan kode barang 1.3.2.10.02.02.001 dan register 000417;",
              "Kunci ruang arsip, lemari arsip dan brankas sebanyak 7 (tujuh) buah."]
    for i, t in enumerate(things, 1):
        y = p.para(xl, y, x1 - xl, t, first=[(xn + 20, f"{i}.")])
    y += 20
    y = p.para(x0, y, x1 - x0, "Demikian berita acara ini dibuat dalam rangkap 3 (tiga) untuk dipergunakan "
               "sebagaimana mestinya.", indent=100)
    y += 50
    # left column first (PIHAK KEDUA), then right column (PIHAK PERTAMA)
    p.sigblock(x0 + 380, y, ["PIHAK KEDUA,", "Yang Menerima"], b_nm, "NIP. " + b_n, "serif_c", 10.5, record=False, gap=cm(1.9))
    y2 = p.sigblock(x1 - 380, y, ["PIHAK PERTAMA,", "Yang Menyerahkan"], a_nm, "NIP. " + a_n, "serif_c", 10.5,
                    record=False, gap=cm(1.9))
    y2 += 40
    c_nm, c_n = person(rng, used)
    p.sigblock(W // 2, y2, ["Mengetahui,", "Camat Samarinda Ulu,"], c_nm, "NIP. " + c_n, "serif_c", 10.5, gap=cm(1.9))
    footer(p, "BA Sertijab Sekcam Samarinda Ulu 2026", font="serif_c", pt=8.5)
    return p, {}


# 7 ---- Nota Dinas Permohonan Dana ---------------------------------------------------------------
def page_nota_dinas(rng):
    used = set()
    p = Page("nota_dinas_permohonan_dana", "sans", 10.5)
    y = p.kop([("PEMERINTAH KOTA SAMARINDA", "sans_b", 12),
               ("DINAS KEPEMUDAAN DAN OLAHRAGA", "sans_b", 14),
               ("Jl. Kesuma Bangsa No. 5 Samarinda 75121, Pos-el: dispora@samarindakota.go.id", "sans", 9)])
    x0, x1 = cm(2.5), W - cm(2)
    y += 100
    p.line(y, [(W // 2, "NOTA DINAS", "sans_b", 13, "c")]); y += p.lh(13) + 40
    a_nm, a_n = person(rng, used)
    xc, xv = x0 + 330, x0 + 370
    for lab, val in [("Kepada", "Yth. Kepala Dinas Kepemudaan dan Olahraga"),
                     ("Dari", "Kepala Bidang Peningkatan Prestasi Olahraga"),
                     ("Tembusan", "Sekretaris Dinas; Bendahara Pengeluaran"),
                     ("Tanggal", "25 November 2026"),
                     ("Nomor", "900/0738/DISPORA-III/XI/2026"),
                     ("Sifat", "Segera"),
                     ("Lampiran", "1 (satu) berkas"),
                     ("Hal", "Permohonan Pencairan Dana Kegiatan Pembinaan Atlet Pelajar Porprov 2026")]:
        y = p.kv(y, x0, xc, xv, lab, val, x1 - xv)
    y += 10
    p.hline(x0, x1, y, 4)
    y += 80
    y = p.para(x0, y, x1 - x0, "Sehubungan dengan pelaksanaan Sub Kegiatan 2.19.03.2.02.0001 Penyelenggaraan "
               "Pembinaan Olahraga Prestasi, dengan hormat kami mohon persetujuan pencairan dana melalui "
               "mekanisme LS dengan rincian sebagai berikut:", indent=110)
    y += 20
    items = [("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 12600000),
             ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas", 9000000),
             ("5.1.02.02.01.0013", "Belanja Jasa Tenaga Pelatih Olahraga", 14400000),
             ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 4850000),
             ("5.1.02.01.01.0029", "Belanja Bahan-Bahan Olahraga", 7500000)]
    xa, xk, xu, xr, xamt = x0 + 60, x0 + 120, x0 + 640, x1 - 390, x1
    for i, (k, u, v) in enumerate(items):
        p.line(y, [(xa, "abcde"[i] + "."), (xk, k), (xu, u), (xr, "Rp"), (xamt, rp(v), None, None, "r")])
        y += p.lh()
    tot = sum(v for _, _, v in items)
    p.hline(xr, xamt, y - p.lh() + 26, 3)
    y += 10
    p.line(y, [(xu, "Jumlah", "sans_b"), (xr, "Rp", "sans_b"), (xamt, rp(tot), "sans_b", None, "r")])
    y += p.lh() + 40
    y = p.para(x0, y, x1 - x0, "Dana tersebut akan digunakan untuk pemusatan latihan 48 atlet pelajar pada "
               "tanggal 1 s.d. 14 Desember 2026. Realisasi anggaran sub kegiatan sampai dengan bulan November "
               "2026 sebesar 61,7% dari pagu Rp 312.500.000.", indent=110)
    y += 20
    y = p.para(x0, y, x1 - x0, "Demikian disampaikan, atas perhatian dan persetujuan Bapak kami ucapkan "
               "terima kasih.", indent=110)
    y += 70
    p.sigblock(x1 - 460, y, ["Kepala Bidang Peningkatan", "Prestasi Olahraga,"], a_nm, "NIP. " + a_n, "sans", 10.5)
    footer(p, "ND/PPO/2026/0738", font="sans", pt=8.5)
    return p, {"items": [v for _, _, v in items], "total": tot}


TYPES = [
    ("daftar_gaji", page_daftar_gaji),
    ("lembar_verifikasi_spj", page_verifikasi_spj),
    ("daftar_penerima_bantuan", page_penerima_bantuan),
    ("laporan_stok_opname", page_stok_opname),
    ("surat_tugas", page_surat_tugas),
    ("berita_acara_sertijab", page_bast_jabatan),
    ("nota_dinas_permohonan_dana", page_nota_dinas),
]


# ----------------------------------------------------------------------------------------------
# degradations
# ----------------------------------------------------------------------------------------------
def save_grey4(img, path, dpi):
    """L image -> 16-level grey palette PNG (4 bits per pixel)."""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    idx = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    im = Image.fromarray(idx, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    im.putpalette(pal)
    im.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def deg_dpi150(img, rng):
    return img.resize((W // 2, H // 2), Image.LANCZOS)


def deg_fax(img, rng):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    lo = img.filter(ImageFilter.GaussianBlur(0.6)).resize((1654, 1169), Image.BOX)  # 200 x 100 dpi
    a = np.asarray(lo, dtype=np.float32)
    a = a + nrng.normal(0, 14, a.shape)
    b = a > 168
    # horizontal streaks: dropped (white) scan lines and a few black dash lines
    for r in nrng.choice(b.shape[0], 9, replace=False):
        b[r, :] = True
    for _ in range(5):
        r = nrng.integers(0, b.shape[0])
        c0 = nrng.integers(0, b.shape[1] - 400)
        b[r, c0:c0 + nrng.integers(80, 400)] = False
    # vertical streak from a dirty scanner glass
    c = nrng.integers(300, 1350)
    col = nrng.random(b.shape[0]) < 0.8
    b[col, c] = False
    # specks
    n = 1500
    rr, cc = nrng.integers(0, b.shape[0], n), nrng.integers(0, b.shape[1], n)
    b[rr, cc] = False
    for _ in range(25):
        r, c = nrng.integers(2, b.shape[0] - 3), nrng.integers(2, b.shape[1] - 3)
        b[r - 1:r + 1, c - 1:c + 2] = False
    im = Image.fromarray((b * 255).astype(np.uint8), "L").resize((1654, 2338), Image.NEAREST)
    return im.convert("1", dither=Image.NONE)


def deg_jpeg(img, rng):
    return img.filter(ImageFilter.GaussianBlur(0.5))


def deg_skew(img, rng):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    ang = rng.choice([-1, 1]) * rng.uniform(1.7, 2.3)
    im = img.resize((1654, 2339), Image.LANCZOS)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32) * 0.93 + 6
    a += nrng.normal(0, 5, a.shape)
    sp = nrng.random(a.shape) < 0.0012
    a[sp] = 40
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L"), ang


def _persp_coeffs(dst, src):
    """coefficients mapping output (dst) points to input (src) points for PIL PERSPECTIVE."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(img, rng):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    OW, OH = 1700, 2300
    # desk background
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = np.sin(xx / 7.0 + np.sin(yy / 60.0) * 3) * 10 + nrng.normal(0, 6, (OH, OW))
    bg = np.stack([120 + grain, 84 + grain * 0.8, 55 + grain * 0.5], -1)
    page = img.convert("RGB")
    j = lambda s: rng.uniform(-s, s)
    dst = [(130 + j(40), 120 + j(40)), (OW - 110 + j(40), 150 + j(40)),
           (OW - 60 + j(30), OH - 90 + j(30)), (70 + j(30), OH - 130 + j(30))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = _persp_coeffs(dst, src)
    warped = page.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    pg = np.asarray(warped, dtype=np.float32) * np.array([1.0, 0.97, 0.9])
    a = pg * m + bg * (1 - m)
    # uneven light: a bright spot and a soft shadow from the phone
    cx, cy = rng.uniform(0.2, 0.8) * OW, rng.uniform(0.1, 0.4) * OH
    light = 1.05 - 0.35 * np.clip(np.hypot(xx - cx, yy - cy) / (1.3 * OH), 0, 1)
    shadow = 1 - 0.22 * np.clip((xx + yy * 0.6 - OW * 1.1) / 500.0, 0, 1)
    a = a * (light * shadow)[..., None] + nrng.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return im.filter(ImageFilter.GaussianBlur(1.0))


def deg_stamp(img, rng, centre, label):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    rgb = img.convert("RGB")
    S = 560
    st = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(st)
    c, r = S // 2, 250
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=12)
    d.ellipse([c - r + 22, c - r + 22, c + r - 22, c + r - 22], outline=255, width=5)
    d.ellipse([c - 150, c - 150, c + 150, c + 150], outline=255, width=5)
    ring = "PEMERINTAH KOTA SAMARINDA * " + label + " *"
    f = ImageFont.truetype(os.path.join(FONT_DIR, FONTS["sans_b"]), 36)
    n = len(ring)
    for i, ch in enumerate(ring):
        ang = -90 + 360.0 * i / n
        g = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(g).text((30, 30), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        rr = r - 62
        px_, py_ = c + rr * math.cos(math.radians(ang)), c + rr * math.sin(math.radians(ang))
        st.paste(255, (int(px_ - 30), int(py_ - 30)), g)
    d.regular_polygon((c, c - 40, 60), 5, rotation=rng.uniform(0, 30), fill=255)
    d.text((c, c + 60), "SAMARINDA", font=ImageFont.truetype(os.path.join(FONT_DIR, FONTS["sans_b"]), 40),
           fill=255, anchor="mm")
    st = st.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    ink = np.asarray(st, dtype=np.float32) / 255.0
    ink *= np.clip(0.55 + 0.45 * nrng.random(ink.shape) ** 0.4, 0, 1)  # uneven ink
    ink = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)),
                     dtype=np.float32) / 255.0 * 0.85
    a = np.asarray(rgb, dtype=np.float32)
    x, y = centre
    sx, sy = int(x - 330 - S // 2), int(y - S // 2 + 40)
    sx, sy = max(40, min(sx, W - S - 40)), max(40, min(sy, H - S - 40))
    colour = np.array([95, 70, 185], np.float32) / 255.0
    sub = a[sy:sy + S, sx:sx + S]
    sub *= 1 - ink[..., None] * (1 - colour)
    # signature scribble (multiply, dark blue)
    sig = Image.new("L", (W, H), 0)
    ds = ImageDraw.Draw(sig)
    pts = []
    x0, y0 = x - 230, y + 20
    for t in np.linspace(0, 1, 160):
        pts.append((x0 + 480 * t + 60 * math.sin(t * 19), y0 - 110 * math.sin(t * 7.3) * (1 - t * 0.6)
                    + 30 * math.cos(t * 23)))
    ds.line(pts, fill=255, width=7, joint="curve")
    ds.line([(x0 + 20, y0 + 70), (x0 + 470, y0 + 10)], fill=255, width=5)
    sg = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float32)[..., None] / 255.0
    a *= 1 - sg * (1 - np.array([25, 35, 120], np.float32) / 255.0)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def write_pdf(img, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=45, dpi=(200, 200))
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("scan")
    c.setCreator("scanner")
    c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()


def main():
    import sys
    only_clean = "--clean-only" in sys.argv
    for sub in ("pages", "truth", "layout"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    manifest = []
    numbers = {}
    for ti, (tname, fn) in enumerate(TYPES):
        rng = random.Random(2500 + ti)
        page, nums = fn(rng)
        numbers[tname] = nums
        lines = page.truth_lines()
        with open(os.path.join(HERE, "truth", tname + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        if page.tables:
            with open(os.path.join(HERE, "truth", tname + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        drng = random.Random(9100 + ti)
        pdir = os.path.join(HERE, "pages", tname)
        os.makedirs(pdir)
        meta = {"type": tname, "width": W, "height": H, "dpi": DPI, "pieces": page.pieces,
                "sign_centre": page.sign}
        img = page.img
        for deg in DEGRADATIONS:
            if only_clean and deg != "clean_300dpi":
                continue
            fn_ = f"{tname}__{deg}.{EXT[deg]}"
            path = os.path.join(pdir, fn_)
            if deg == "clean_300dpi":
                save_grey4(img, path, 300)
            elif deg == "dpi150":
                save_grey4(deg_dpi150(img, drng), path, 150)
            elif deg == "fax":
                deg_fax(img, drng).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                deg_jpeg(img, drng).save(path, "JPEG", quality=25, dpi=(300, 300))
            elif deg == "pdf_skew2":
                im, ang = deg_skew(img, drng)
                meta["skew_deg"] = round(ang, 3)
                write_pdf(im, path)
            elif deg == "phone_photo":
                deg_phone(img, drng).save(path, "JPEG", quality=72)
            elif deg == "stamp":
                label = {"daftar_gaji": "DISKOMINFO", "lembar_verifikasi_spj": "BPKAD",
                         "daftar_penerima_bantuan": "DINAS SOSIAL", "laporan_stok_opname": "DINAS PUPR",
                         "surat_tugas": "BAPPEDA", "berita_acara_sertijab": "KECAMATAN SAMARINDA ULU",
                         "nota_dinas_permohonan_dana": "DISPORA"}[tname]
                im = deg_stamp(img, drng, page.sign, label)
                im.quantize(16, method=Image.MEDIANCUT, dither=Image.NONE).save(path, bits=4, optimize=True,
                                                                               dpi=(300, 300))
            elif deg == "sideways":  # exactly 90 degrees clockwise
                save_grey4(img.transpose(Image.ROTATE_270), path, 300)
            elif deg == "upside_down":
                save_grey4(img.transpose(Image.ROTATE_180), path, 300)
            entry = {"file": f"pages/{tname}/{fn_}", "text_type": tname, "degradation": deg,
                     "truth": f"truth/{tname}.txt"}
            if page.tables:
                entry["tables"] = f"truth/{tname}.tables.json"
            manifest.append(entry)
        with open(os.path.join(HERE, "layout", tname + ".layout.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False)
        print(tname, len(lines), "lines", len(page.tables), "tables")
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "layout", "numbers.json"), "w", encoding="utf-8") as fh:
        json.dump(numbers, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
