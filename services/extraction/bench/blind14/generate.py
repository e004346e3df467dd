#!/usr/bin/env python3
"""Generate the blind OCR / table-extraction set "ocr14".

Deterministic: every random draw comes from seeded generators, PDFs are written in
reportlab's invariant mode. Run:  python generate.py   (writes pages/, truth/, meta/, manifest.json)
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
DPI = 300
W, H = 2480, 3508  # A4 at 300 dpi
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "serif": "DejaVuSerif.ttf", "serif_b": "DejaVuSerif-Bold.ttf", "serif_i": "DejaVuSerif-Italic.ttf",
    "serif_c": "DejaVuSerifCondensed.ttf", "serif_cb": "DejaVuSerifCondensed-Bold.ttf",
    "sans": "DejaVuSans.ttf", "sans_b": "DejaVuSans-Bold.ttf",
    "sans_c": "DejaVuSansCondensed.ttf", "sans_cb": "DejaVuSansCondensed-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
}
_cache = {}


def F(name, pt):
    key = (name, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FD + FONTS[name], round(pt * DPI / 72))
    return _cache[key]


def rp(n):
    """Indonesian thousands format."""
    s = f"{n:,}".replace(",", ".")
    return s


def pct(a, b):
    return f"{a * 100 / b:.2f}".replace(".", ",")


_S = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n):
    def t(n):
        if n < 12:
            return _S[n]
        if n < 20:
            return t(n - 10) + " belas"
        if n < 100:
            return t(n // 10) + " puluh" + (" " + t(n % 10) if n % 10 else "")
        if n < 200:
            return "seratus" + (" " + t(n - 100) if n - 100 else "")
        if n < 1000:
            return t(n // 100) + " ratus" + (" " + t(n % 100) if n % 100 else "")
        if n < 2000:
            return "seribu" + (" " + t(n - 1000) if n - 1000 else "")
        if n < 10**6:
            return t(n // 1000) + " ribu" + (" " + t(n % 1000) if n % 1000 else "")
        if n < 10**9:
            return t(n // 10**6) + " juta" + (" " + t(n % 10**6) if n % 10**6 else "")
        return t(n // 10**9) + " miliar" + (" " + t(n % 10**9) if n % 10**9 else "")
    return t(n)


class Page:
    def __init__(self, name):
        self.name = name
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []   # [{"text", "boxes"}] in reading order
        self.tables = []  # table truths
        self.marks = {}   # named points (signature block) for the stamp degradation
        self.ink = []     # non-text graphics drawn (signatures) for verify info

    def tw(self, text, font):
        return self.d.textlength(text, font=font)

    def put(self, pieces, y):
        """pieces: (x, text, font, align) sharing baseline y -> one truth line."""
        drawn = []
        for x, text, font, al in pieces:
            if not text:
                continue
            assert "  " not in text and text == text.strip(), repr(text)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[al]
            self.d.text((x, y), text, font=font, fill=0, anchor=anchor)
            bb = self.d.textbbox((x, y), text, font=font, anchor=anchor)
            assert bb[0] >= 60 and bb[2] <= W - 60 and bb[3] <= H - 60, (self.name, text, bb)
            drawn.append((bb[0], text, bb))
        drawn.sort(key=lambda t: t[0])
        self.lines.append({"text": " ".join(t for _, t, _ in drawn), "boxes": [list(b) for _, _, b in drawn]})

    def wrap(self, text, font, width):
        out = []
        for para in text.split("\n"):
            words = para.split()
            if not words:
                out.append("")
                continue
            cur = words[0]
            for w in words[1:]:
                if self.tw(cur + " " + w, font) <= width:
                    cur += " " + w
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        for l in out:
            assert self.tw(l, font) <= width + 1, (self.name, l, width)
        return out

    def para(self, x, y, width, text, font, prefix=None, indent=0, lh=1.4, first_indent=0):
        """Wrapped paragraph. prefix is drawn at x, text at x+indent. Returns next baseline."""
        step = font.size * lh
        lines = self.wrap(text, font, width - indent - first_indent) if first_indent else None
        if first_indent:
            first = lines[0]
            rest = self.wrap(" ".join(text.split()[len(first.split()):]), font, width - indent) if len(lines) > 1 else []
            lines = [first] + rest
        else:
            lines = self.wrap(text, font, width - indent)
        for i, l in enumerate(lines):
            pcs = [(x + indent + (first_indent if i == 0 else 0), l, font, "l")]
            if i == 0 and prefix:
                pcs.append((x, prefix, font, "l"))
            self.put(pcs, y)
            y += step
        return y

    def table(self, x0, y0, colw, rows, style, font, bold, aligns, spans=None, header_n=1, shade=None,
              pad=(14, 12), bold_rows=(), lgap=1.3, lw=3, fills=None):
        spans = spans or {}
        nr, nc = len(rows), len(colw)
        assert all(len(r) == nc for r in rows)
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        xs = [x0]
        for w in colw:
            xs.append(xs[-1] + w)
        assert xs[-1] <= W - 100, (self.name, xs[-1])

        def fnt(r):
            return bold if (r < header_n or r in bold_rows) else font

        cl = {}
        for r in range(nr):
            for c in range(nc):
                if (r, c) in covered:
                    assert rows[r][c] == "", (r, c)
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                cl[(r, c)] = self.wrap(rows[r][c], fnt(r), xs[c + cs] - xs[c] - 2 * pad[0]) if rows[r][c] else []
        lh = [fnt(r).size * lgap for r in range(nr)]
        hts = []
        for r in range(nr):
            n = max([len(cl[(r, c)]) for c in range(nc) if (r, c) in cl and spans.get((r, c), (1, 1))[0] == 1] + [1])
            hts.append(n * lh[r] + 2 * pad[1])
        for (r, c), (rs, cs) in spans.items():
            need = len(cl[(r, c)]) * lh[r] + 2 * pad[1]
            have = sum(hts[r:r + rs])
            if need > have:
                hts[r + rs - 1] += need - have
        ys = [y0]
        for h in hts:
            ys.append(ys[-1] + h)
        assert ys[-1] < H - 150, (self.name, ys[-1])
        if shade is not None:
            self.d.rectangle([xs[0], ys[0], xs[-1], ys[header_n]], fill=shade)
        for r, f in (fills or {}).items():
            self.d.rectangle([xs[0], ys[r], xs[-1], ys[r + 1]], fill=f)
        # rules
        if style == "grid":
            for (r, c) in cl:
                rs, cs = spans.get((r, c), (1, 1))
                self.d.rectangle([xs[c], ys[r], xs[c + cs], ys[r + rs]], outline=0, width=lw)
        elif style == "hrules":
            self.d.line([xs[0], ys[0], xs[-1], ys[0]], fill=0, width=lw * 2)
            for r in range(1, nr):
                self.d.line([xs[0], ys[r], xs[-1], ys[r]], fill=0, width=lw if r == header_n else max(1, lw - 1))
            self.d.line([xs[0], ys[-1], xs[-1], ys[-1]], fill=0, width=lw * 2)
        # text
        truth_rows = []
        for r in range(nr):
            f = fnt(r)
            asc = f.getmetrics()[0]
            cells = []
            boxes = []
            for c in range(nc):
                if (r, c) not in cl:
                    cells.append("")
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                lines = cl[(r, c)]
                for k, l in enumerate(lines):
                    if not l:
                        continue
                    by = ys[r] + pad[1] + asc + k * lh[r]
                    al = aligns[c] if r >= header_n else "c"
                    if al == "l":
                        x, anc = xs[c] + pad[0], "ls"
                    elif al == "r":
                        x, anc = xs[c + cs] - pad[0], "rs"
                    else:
                        x, anc = (xs[c] + xs[c + cs]) / 2, "ms"
                    self.d.text((x, by), l, font=f, fill=0, anchor=anc)
                    boxes.append(list(self.d.textbbox((x, by), l, font=f, anchor=anc)))
                cells.append(" ".join(l for l in lines if l))
            truth_rows.append(cells)
            self.lines.append({"text": " ".join(c for c in cells if c), "boxes": boxes})
        self.tables.append(truth_rows)
        return ys[-1], xs, ys

    def hline(self, x1, x2, y, w=3):
        self.d.line([x1, y, x2, y], fill=0, width=w)

    def signature(self, cx, cy, scale, rng, colour=40, width=4):
        """Signature scribble (not in truth)."""
        pts = []
        n = 90
        a = [rng.uniform(0.5, 1.5) for _ in range(4)]
        ph = [rng.uniform(0, 6.28) for _ in range(4)]
        for i in range(n):
            t = i / (n - 1)
            x = cx + scale * (t - 0.5) * 2.2 + scale * 0.25 * math.sin(t * 9 * a[0] + ph[0])
            y = cy + scale * 0.35 * math.sin(t * 13 * a[1] + ph[1]) * math.cos(t * 3 * a[2] + ph[2])
            pts.append((x, y))
        self.d.line(pts, fill=colour, width=width, joint="curve")
        self.d.line([(cx - scale * 0.9, cy + scale * 0.35), (cx + scale * 0.6, cy + scale * 0.25)], fill=colour, width=width - 1)
        self.ink.append([cx - scale * 1.4, cy - scale * 0.5, cx + scale * 1.4, cy + scale * 0.5])


def logo(p, x, y, s):
    """City emblem-like shield, graphics only."""
    d = p.d
    d.polygon([(x, y), (x + s, y), (x + s, y + s * 0.8), (x + s / 2, y + s * 1.15), (x, y + s * 0.8)], outline=0, width=5)
    d.ellipse([x + s * 0.25, y + s * 0.18, x + s * 0.75, y + s * 0.68], outline=0, width=4)
    d.polygon([(x + s / 2, y + s * 0.25), (x + s * 0.62, y + s * 0.55), (x + s * 0.38, y + s * 0.55)], fill=90)
    for i in range(5):
        d.line([x + s * 0.2 + i * s * 0.15, y + s * 0.8, x + s * 0.2 + i * s * 0.15, y + s * 0.95], fill=60, width=4)


def kop(p, opd_lines, addr_lines, fam, top=150, left=170, right=W - 170):
    logo(p, left + 20, top + 10, 230)
    cx = (left + 300 + right) / 2
    y = top + 70
    p.put([(cx, "PEMERINTAH KOTA SAMARINDA", F(fam + "_b" if fam in ("serif", "sans") else fam + "b", 14), "c")], y)
    y += 78
    for l in opd_lines:
        p.put([(cx, l, F(fam + "_b" if fam in ("serif", "sans") else fam + "b", 13), "c")], y)
        y += 70
    for l in addr_lines:
        p.put([(cx, l, F(fam if fam in ("serif", "sans") else fam, 9), "c")], y)
        y += 46
    y = max(y, top + 310)
    p.hline(left, right, y - 15, 9)
    p.hline(left, right, y + 2, 3)
    return y + 90


# ---------------------------------------------------------------- 1. SPPD
def page_sppd():
    p = Page("sppd")
    rng = random.Random(101)
    f, fb = F("serif", 10.5), F("serif_b", 10.5)
    y = kop(p, ["DINAS PERHUBUNGAN"], ["Jalan Ir. H. Juanda Nomor 82 Telepon (0541) 741295 Faksimile (0541) 741296",
                                         "Laman dishub.samarindakota.go.id Pos-el dishub@samarindakota.go.id SAMARINDA 75124"], "serif")
    xl, xc, xv = 1380, 1640, 1680
    for lab, val in [("Lembar ke", "I"), ("Kode No.", "094/SPPD"), ("Nomor", "094/0871/DISHUB-II/X/2026")]:
        p.put([(xl, lab, f, "l"), (xc, ":", f, "l"), (xv, val, f, "l")], y)
        y += 56
    y += 40
    p.put([(W / 2, "SURAT PERINTAH PERJALANAN DINAS", F("serif_b", 12.5), "c")], y)
    y += 66
    p.put([(W / 2, "(SPPD)", F("serif_b", 12), "c")], y)
    y += 50
    rows = [
        ["1.", "Pejabat Pembuat Komitmen", "Kepala Dinas Perhubungan Kota Samarinda"],
        ["2.", "Nama / NIP Pegawai yang melaksanakan perjalanan dinas", "RUSDIANSYAH, S.T.\nNIP 19780312 200501 1 004"],
        ["3.", "a. Pangkat dan Golongan\nb. Jabatan / Instansi\nc. Tingkat Biaya Perjalanan Dinas",
         "a. Penata Tingkat I (III/d)\nb. Kepala Seksi Angkutan Jalan\nc. C"],
        ["4.", "Maksud Perjalanan Dinas", "Konsultasi pelaksanaan uji berkala kendaraan bermotor dan sinkronisasi data SIPD Tahun Anggaran 2027 pada Kementerian Perhubungan"],
        ["5.", "Alat angkut yang dipergunakan", "Pesawat udara kelas ekonomi"],
        ["6.", "a. Tempat berangkat\nb. Tempat tujuan", "a. Samarinda\nb. Jakarta"],
        ["7.", "a. Lamanya Perjalanan Dinas\nb. Tanggal berangkat\nc. Tanggal harus kembali",
         "a. 3 (tiga) hari\nb. 14 Oktober 2026\nc. 16 Oktober 2026"],
        ["8.", "Pengikut", "1. ANDI FIRMANSYAH, A.Md. (NIP 19910524 201903 1 007)"],
        ["9.", "Pembebanan Anggaran\na. Instansi\nb. Akun", "\na. Dinas Perhubungan Kota Samarinda\nb. 5.1.02.04.01.0001 Belanja Perjalanan Dinas Biasa"],
        ["10.", "Keterangan lain-lain", "Uang harian dan penginapan Rp 7.845.000 (tujuh juta delapan ratus empat puluh lima ribu rupiah)"],
    ]
    y, xs, ys = p.table(170, y, [130, 940, 1070], rows, "grid", f, fb, ["c", "l", "l"], header_n=0, pad=(18, 12), lgap=1.3, lw=3)
    y += 110
    bx = 1400
    for lab, val in [("Dikeluarkan di", "Samarinda"), ("Pada tanggal", "12 Oktober 2026")]:
        p.put([(bx, lab, f, "l"), (bx + 330, ":", f, "l"), (bx + 370, val, f, "l")], y)
        y += 58
    p.hline(bx, W - 170, y - 30, 2)
    y += 30
    p.put([(bx, "KEPALA DINAS PERHUBUNGAN", fb, "l")], y)
    y += 58
    p.put([(bx, "KOTA SAMARINDA,", fb, "l")], y)
    p.marks["stamp"] = (bx + 120, y + 130)
    p.marks["sign"] = (bx + 380, y + 120)
    y += 230
    p.put([(bx, "Ir. H. HENDRA SETIAWAN, M.T.", F("serif_b", 10.5), "l")], y)
    p.hline(bx, bx + p.tw("Ir. H. HENDRA SETIAWAN, M.T.", fb), y + 10, 3)
    y += 58
    p.put([(bx, "Pembina Utama Muda (IV/c)", f, "l")], y)
    y += 58
    p.put([(bx, "NIP 19690827 199503 1 002", f, "l")], y)
    p.put([(170, "Dishub Kota Samarinda - SPPD TA 2026", F("serif_i", 9), "l"), (W - 170, "Halaman 1 dari 2", F("serif_i", 9), "r")], H - 110)
    return p


# ---------------------------------------------------------------- 2. Daftar hadir
def page_daftar_hadir():
    p = Page("daftar_hadir")
    rng = random.Random(202)
    f, fb = F("sans", 9.5), F("sans_b", 9.5)
    y = kop(p, ["BADAN PERENCANAAN PEMBANGUNAN,", "RISET DAN INOVASI DAERAH"],
            ["Jalan Dahlia Nomor 81 Telepon (0541) 733331 Samarinda 75121"], "sans")
    p.put([(W / 2, "DAFTAR HADIR", F("sans_b", 12), "c")], y)
    y += 64
    p.put([(W / 2, "FORUM PERANGKAT DAERAH RENCANA KERJA (RENJA) TAHUN 2027", F("sans_b", 10.5), "c")], y)
    y += 80
    for lab, val in [("Hari / Tanggal", "Rabu, 11 Maret 2026"), ("Waktu", "09.00 WITA s.d. selesai"),
                     ("Tempat", "Ruang Rapat Mahakam Lantai 2 Bappeda Kota Samarinda")]:
        p.put([(200, lab, f, "l"), (560, ":", f, "l"), (600, val, f, "l")], y)
        y += 54
    y += 20
    people = [
        ("Dr. H. Ahmad Fauzi, M.Si.", "19700415 199603 1 003", "Kepala Bidang Perencanaan Pemerintahan", True),
        ("Sri Wahyuningsih, S.E., M.M.", "19780312 200501 1 004", "Sekretaris Dinas Pendidikan dan Kebudayaan", True),
        ("Muhammad Ridwan, S.T.", "19850619 201001 1 012", "Kasubbag Perencanaan Dinas PUPR", True),
        ("Nurul Hidayah, S.KM.", "19890102 201402 2 005", "Perencana Ahli Muda Dinas Kesehatan", True),
        ("Yohanes Pasulu, S.Sos.", "19760930 200312 1 006", "Camat Samarinda Ulu", False),
        ("Rina Marlina, S.Kom.", "19920811 201903 2 014", "Pranata Komputer Diskominfo", True),
        ("Ir. Bambang Sutrisno", "19680221 199403 1 009", "Kepala Bidang Infrastruktur dan Kewilayahan", True),
        ("La Ode Syahrul, S.H.", "19830507 200901 1 021", "Analis Kebijakan Bagian Hukum Setda", True),
        ("Fitriani Rahman, S.Pd.", "19900726 201502 2 003", "Kasubbag Umum Dinas Sosial", False),
        ("Agus Salim Tanjung, S.E.", "19820114 200604 1 017", "Kepala Subbidang Pendanaan BPKAD", True),
        ("Dewi Kartika Sari, M.Sc.", "-", "Dosen Universitas Mulawarman (Narasumber)", True),
        ("Hendrik Wijaya", "-", "Perwakilan Forum Anak Kota Samarinda", True),
        ("Siti Aminah, A.Md.Keb.", "19870318 201101 2 008", "Bidan Puskesmas Sidomulyo", True),
        ("Teguh Prasetyo, S.IP.", "19950402 202012 1 002", "Lurah Sungai Pinang Dalam", True),
    ]
    rows = [["No", "Nama", "NIP", "Jabatan / Instansi", "Tanda Tangan"]]
    for i, (n, nip, jab, hadir) in enumerate(people, 1):
        rows.append([f"{i}.", n, nip, jab, ""])
    colw = [100, 520, 540, 700, 300]
    y0 = y
    y, xs, ys = p.table(180, y, colw, rows, "grid", f, fb, ["c", "l", "l", "l", "l"], header_n=1, shade=225,
                        pad=(16, 16), lgap=1.3, lw=3)
    # signature column: printed numbers alternating left/right, scribbles for present persons
    tt = p.tables[-1]
    for i, (n, nip, jab, hadir) in enumerate(people, 1):
        r = i
        by = ys[r] + 16 + f.getmetrics()[0]
        x = xs[4] + 16 if i % 2 == 1 else xs[4] + 140
        p.d.text((x, by), f"{i}.", font=f, fill=0, anchor="ls")
        bb = list(p.d.textbbox((x, by), f"{i}.", font=f, anchor="ls"))
        tt[r][4] = f"{i}."
        line = p.lines[-len(people) - 1 + r]
        line["text"] = line["text"] + f" {i}."
        line["boxes"].append(bb)
        if hadir:
            sx = bb[2] + 75
            p.signature(sx, (ys[r] + ys[r + 1]) / 2 + 4, 36, rng, colour=35, width=4)
    y += 90
    hadir_n = sum(1 for q in people if q[3])
    bx = 1500
    p.put([(180, f"Jumlah peserta hadir: {hadir_n} orang", f, "l"), (bx, "Samarinda, 11 Maret 2026", f, "l")], y)
    y += 56
    p.put([(bx, "Notulis,", f, "l")], y)
    p.marks["stamp"] = (bx - 60, y + 120)
    p.marks["sign"] = (bx + 250, y + 110)
    y += 200
    p.put([(bx, "Rahmat Hidayat, S.AP.", fb, "l")], y)
    y += 56
    p.put([(bx, "NIP 19930710 201801 1 001", f, "l")], y)
    p.put([(W - 180, "Halaman 1", F("sans", 8.5), "r")], H - 130)
    return p


# ---------------------------------------------------------------- 3. SP2D (table without rules)
SP2D_ROWS = [
    ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 48250000),
    ("5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", 22870000),
    ("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 31400000),
    ("5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", 46902500),
]


def page_sp2d():
    p = Page("sp2d")
    f, fb = F("sans_c", 10), F("sans_cb", 10)
    y = 200
    p.put([(W / 2, "PEMERINTAH KOTA SAMARINDA", F("sans_cb", 13), "c")], y)
    y += 72
    p.put([(W / 2, "SURAT PERINTAH PENCAIRAN DANA", F("sans_cb", 13), "c")], y)
    y += 66
    p.put([(W / 2, "(SP2D)", F("sans_cb", 11), "c")], y)
    y += 40
    p.hline(170, W - 170, y, 4)
    y += 70
    kv = [("Nomor SP2D", "64.72/04.0/002317/LS/5.02.0.00.0.00.01.0000/M/10/2026", "Dari", "Kuasa BUD"),
          ("Tanggal", "21 Oktober 2026", "Tahun Anggaran", "2026"),
          ("Nomor SPM", "64.72/03.0/002290/LS/5.02.0.00.0.00.01.0000/M/10/2026", "", ""),
          ("Tanggal SPM", "20 Oktober 2026", "", ""),
          ("SKPD", "5.02.0.00.0.00.01.0000 Badan Pengelolaan Keuangan dan Aset Daerah", "", "")]
    for a, b, c, d in kv:
        pcs = [(170, a, f, "l"), (570, ":", f, "l"), (600, b, f, "l")]
        if c:
            pcs += [(1690, c, f, "l"), (2040, ":", f, "l"), (2075, d, f, "l")]
        p.put(pcs, y)
        y += 54
    y += 30
    total = sum(r[2] for r in SP2D_ROWS)
    dpp = round(total * 100 / 111)
    ppn = total - dpp
    pph = round(dpp * 15 / 1000)
    net = total - ppn - pph
    y = p.para(170, y, W - 340, "Bank/Pos: Bankaltimtara Cabang Utama Samarinda. Hendaklah mencairkan/memindahbukukan dari "
               "baki Rekening Nomor 0011.0100.00127-8 uang sebesar Rp " + rp(net) + " (" + terbilang(net) + " rupiah)", f, lh=1.38)
    y += 30
    for a, b in [("Kepada", "CV SINAR MAHAKAM PERKASA"), ("NPWP", "01.234.567.8-722.000"),
                 ("No. Rekening Bank", "0021-8890-4412 (Bankaltimtara)"),
                 ("Untuk Keperluan", "Pembayaran belanja alat tulis kantor dan bahan cetak Triwulan IV")]:
        p.put([(170, a, f, "l"), (570, ":", f, "l"), (600, b, f, "l")], y)
        y += 54
    y += 40
    rows = [["No", "Kode Rekening", "Uraian", "Jumlah (Rp)"]]
    for i, (k, u, v) in enumerate(SP2D_ROWS, 1):
        rows.append([str(i), k, u, rp(v)])
    rows.append(["", "", "JUMLAH", rp(total)])
    y, xs, ys = p.table(170, y, [110, 440, 1170, 420], rows, "none", f, fb, ["c", "l", "l", "r"], header_n=1,
                        pad=(14, 10), bold_rows=(len(rows) - 1,), lgap=1.3)
    y += 60
    p.put([(170, "Potongan-potongan:", fb, "l")], y)
    y += 20
    rows2 = [["No", "Uraian (No. Rekening)", "Jumlah (Rp)", "Keterangan"],
             ["1", "Pajak Pertambahan Nilai (411211)", rp(ppn), "Setor via MPN"],
             ["2", "PPh Pasal 22 (411122)", rp(pph), "Setor via MPN"],
             ["", "Jumlah Potongan", rp(ppn + pph), ""]]
    y, _, _ = p.table(170, y, [110, 1000, 420, 610], rows2, "none", f, fb, ["c", "l", "r", "l"], header_n=1,
                      pad=(14, 10), bold_rows=(3,), lgap=1.3)
    y += 60
    p.put([(170, "Jumlah yang Diminta", f, "l"), (900, ":", f, "l"), (940, "Rp " + rp(total), f, "l")], y)
    y += 54
    p.put([(170, "Jumlah Potongan", f, "l"), (900, ":", f, "l"), (940, "Rp " + rp(ppn + pph), f, "l")], y)
    y += 54
    p.put([(170, "Jumlah yang Dibayarkan", fb, "l"), (900, ":", fb, "l"), (940, "Rp " + rp(net), fb, "l")], y)
    y += 110
    bx = 1550
    p.put([(bx, "Samarinda, 21 Oktober 2026", f, "l")], y)
    y += 54
    p.put([(bx, "Kuasa Bendahara Umum Daerah,", f, "l")], y)
    p.marks["stamp"] = (bx + 60, y + 120)
    p.marks["sign"] = (bx + 330, y + 130)
    y += 240
    p.put([(bx, "MUHAMMAD NOOR IKHSAN, S.E., M.Ak.", fb, "l")], y)
    y += 54
    p.put([(bx, "NIP 19810923 200801 1 010", f, "l")], y)
    p.put([(170, "Lembar 1: Bank yang ditunjuk | Lembar 2: Pengguna Anggaran | Lembar 3: Arsip Kuasa BUD", F("sans_c", 8.5), "l"),
           (W - 170, "Hal. 1/1", F("sans_c", 8.5), "r")], H - 140)
    p.meta = {"total": total, "ppn": ppn, "pph22": pph, "net": net}
    return p


# ---------------------------------------------------------------- 4. LHP (merged + wrapped + shaded header)
LHP = [
    ["1.", "1.02.03", "Laptop hasil pengadaan tahun 2024 sebanyak 6 unit tidak diketahui keberadaannya dan tidak didukung berita acara serah terima",
     "1.3.2.05.01.04.002", 93600000, 0, "Memerintahkan pengurus barang menelusuri keberadaan laptop dan memproses tuntutan ganti rugi"],
    ["2.", "2.03.01", "Kendaraan dinas roda dua dikuasai pihak yang tidak berhak setelah pensiun", "1.3.2.02.01.04.001",
     0, 18750000, "Menarik kendaraan dan memperbarui Kartu Inventaris Barang"],
    ["4.", "3.01.04", "Nilai aset gedung Puskesmas Palaran belum dicatat atas penambahan ruang rawat inap",
     "1.3.3.01.01.01.001", 0, 412380000, "Melakukan koreksi pencatatan pada aplikasi SIMDA BMD"],
]
LHP4 = ("3.", "1.01.02", "Kelebihan pembayaran atas pengadaan alat kesehatan karena harga melebihi SSH/SBU Tahun 2026",
        [("1.3.2.07.01.01.005", 27450000, 0), ("1.3.2.07.01.02.011", 8125000, 0)],
        "Menyetorkan kelebihan pembayaran ke Kas Daerah paling lambat 60 hari")
LHP5 = ["5.", "2.01.01", "Stok opname persediaan obat tidak dilaksanakan pada akhir semester", "-", 0, 0,
        "Menyusun SOP stok opname persediaan"]


def page_lhp():
    p = Page("lhp")
    f, fb = F("serif_c", 9), F("serif_cb", 9)
    y = 180
    p.put([(W / 2, "INSPEKTORAT DAERAH KOTA SAMARINDA", F("serif_cb", 12), "c")], y)
    y += 70
    p.put([(W / 2, "LAPORAN HASIL PEMERIKSAAN", F("serif_cb", 12), "c")], y)
    y += 62
    p.put([(W / 2, "ATAS PENGELOLAAN BARANG MILIK DAERAH PADA DINAS KESEHATAN TAHUN ANGGARAN 2026", F("serif_cb", 10), "c")], y)
    y += 56
    p.put([(W / 2, "Nomor: 700.1.2.1/118/LHP-ITDA/XI/2026", F("serif_c", 10), "c")], y)
    y += 40
    p.hline(160, W - 160, y, 3)
    y += 80
    p.put([(160, "Lampiran I. Daftar Temuan dan Rekomendasi", F("serif_cb", 10), "l")], y)
    y += 60
    y = p.para(160, y, W - 320, "Berdasarkan hasil pemeriksaan atas dokumen Kartu Inventaris Barang, Buku Persediaan dan "
               "bukti pertanggungjawaban belanja, tim pemeriksa menyampaikan temuan sebagai berikut:", f, lh=1.4)
    y += 10
    rows = [["No", "Kode Temuan", "Uraian Temuan", "Kode Barang", "Nilai Temuan (Rp)", "", "Rekomendasi"],
            ["", "", "", "", "Kerugian Daerah", "Administratif", ""]]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 2), (0, 6): (2, 1)}
    for r in LHP[:2]:
        rows.append([r[0], r[1], r[2], r[3], rp(r[4]) if r[4] else "-", rp(r[5]) if r[5] else "-", r[6]])
    n0 = len(rows)
    for j, (kb, kd, adm) in enumerate(LHP4[3]):
        if j == 0:
            rows.append([LHP4[0], LHP4[1], LHP4[2], kb, rp(kd), "-", LHP4[4]])
        else:
            rows.append(["", "", "", kb, rp(kd), "-", ""])
    spans.update({(n0, 0): (2, 1), (n0, 1): (2, 1), (n0, 2): (2, 1), (n0, 6): (2, 1)})
    for r in [LHP[2], LHP5]:
        rows.append([r[0], r[1], r[2], r[3], rp(r[4]) if r[4] else "-", rp(r[5]) if r[5] else "-", r[6]])
    tot_kd = sum(r[4] for r in LHP) + sum(k for _, k, _ in LHP4[3])
    tot_adm = sum(r[5] for r in LHP)
    rows.append(["Jumlah", "", "", "", rp(tot_kd), rp(tot_adm), ""])
    spans[(len(rows) - 1, 0)] = (1, 4)
    y, xs, ys = p.table(160, y, [90, 190, 560, 360, 290, 290, 380], rows, "grid", f, fb,
                        ["c", "c", "l", "c", "r", "r", "l"], spans=spans, header_n=2, shade=200,
                        pad=(12, 12), bold_rows=(len(rows) - 1,), lgap=1.32, lw=2)
    y += 80
    y = p.para(160, y, W - 320, "Atas temuan tersebut Kepala Dinas Kesehatan Kota Samarinda wajib menindaklanjuti rekomendasi "
               "dan menyampaikan bukti tindak lanjut kepada Inspektorat Daerah paling lambat 60 (enam puluh) hari setelah "
               "laporan ini diterima. Nilai kerugian daerah sebesar Rp " + rp(tot_kd) + " dicatat dalam daftar tindak lanjut hasil pemeriksaan.",
               f, lh=1.4)
    y += 80
    bx = 1560
    p.put([(bx, "Samarinda, 20 November 2026", f, "l")], y)
    y += 52
    p.put([(bx, "Inspektur Daerah Kota Samarinda,", f, "l")], y)
    p.marks["stamp"] = (bx + 30, y + 120)
    p.marks["sign"] = (bx + 300, y + 120)
    y += 230
    p.put([(bx, "Drs. SYAIFUL ANWAR, M.Si.", fb, "l")], y)
    y += 52
    p.put([(bx, "Pembina Utama Muda (IV/c)", f, "l")], y)
    y += 52
    p.put([(bx, "NIP 19720506 199803 1 006", f, "l")], y)
    p.put([(160, "LHP Inspektorat Daerah Kota Samarinda - RAHASIA", F("serif_c", 8.5), "l"), (W - 160, "14", F("serif_c", 9), "r")], H - 130)
    p.meta = {"kerugian_daerah": tot_kd, "administratif": tot_adm}
    return p


# ---------------------------------------------------------------- 5. Surat edaran
def page_surat_edaran():
    p = Page("surat_edaran")
    f, fb = F("serif", 11), F("serif_b", 11)
    y = kop(p, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"],
            ["Jalan Balai Kota Nomor 1 Telepon (0541) 733333 Samarinda 75121"], "serif")
    p.put([(1560, "Samarinda, 9 Oktober 2026", f, "l")], y)
    y += 70
    p.put([(1560, "Yth.", f, "l")], y)
    y += 58
    for t in ["1. Kepala Perangkat Daerah;", "2. Camat se-Kota Samarinda;", "3. Direktur RSUD I.A. Moeis", "di -", "Samarinda"]:
        xx = 1560 if not t.startswith("Samarinda") else 1660
        p.put([(xx, t, f, "l")], y)
        y += 58
    y += 40
    p.put([(W / 2, "SURAT EDARAN", F("serif_b", 12), "c")], y)
    y += 64
    p.put([(W / 2, "NOMOR 800/1432/BKPSDM-III/X/2026", f, "c")], y)
    y += 62
    p.put([(W / 2, "TENTANG", f, "c")], y)
    y += 62
    p.put([(W / 2, "PELAKSANAAN PENILAIAN KINERJA PEGAWAI APARATUR SIPIL NEGARA", fb, "c")], y)
    y += 60
    p.put([(W / 2, "PERIODE TRIWULAN IV TAHUN 2026", fb, "c")], y)
    y += 90
    x0, wd = 200, W - 400
    items = [
        ("1.", "Dalam rangka pelaksanaan Peraturan Menteri PANRB Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai "
               "Aparatur Sipil Negara, setiap pegawai wajib menyelesaikan evaluasi kinerja triwulan IV melalui aplikasi e-Kinerja."),
        ("2.", "Batas akhir pengisian realisasi dan bukti dukung adalah tanggal 15 Desember 2026 pukul 23.59 WITA."),
        ("3.", "Pejabat penilai kinerja agar melakukan penilaian paling lambat 22 Desember 2026 dengan ketentuan:"),
    ]
    for pre, t in items:
        y = p.para(x0, y, wd, t, f, prefix=pre, indent=70, lh=1.42)
        y += 10
    for pre, t in [("a.", "predikat Sangat Baik paling banyak 20% dari jumlah pegawai pada unit kerja;"),
                   ("b.", "pegawai dengan predikat Kurang wajib diberikan pembinaan; dan"),
                   ("c.", "tambahan penghasilan pegawai bulan Januari 2027 dibayarkan berdasarkan hasil penilaian.")]:
        y = p.para(x0 + 70, y, wd - 70, t, f, prefix=pre, indent=65, lh=1.42)
    y += 10
    y = p.para(x0, y, wd, "Informasi lebih lanjut dapat menghubungi Bidang Penilaian Kinerja Aparatur BKPSDM melalui "
               "telepon (0541) 733333 ekstensi 1432.", f, prefix="4.", indent=70, lh=1.42)
    y += 10
    y = p.para(x0, y, wd, "Demikian Surat Edaran ini disampaikan untuk dilaksanakan sebagaimana mestinya.", f,
               first_indent=70, lh=1.42)
    y += 70
    bx = 1400
    p.put([(bx, "a.n. WALI KOTA SAMARINDA", f, "l")], y)
    y += 60
    p.put([(bx, "SEKRETARIS DAERAH,", f, "l")], y)
    p.marks["stamp"] = (bx + 40, y + 130)
    p.marks["sign"] = (bx + 330, y + 130)
    y += 260
    p.put([(bx, "Dr. H. MUHAMMAD YUSUF, M.M.", fb, "l")], y)
    y += 60
    p.put([(bx, "Pembina Utama Madya (IV/d)", f, "l")], y)
    y += 60
    p.put([(bx, "NIP 19690115 199403 1 005", f, "l")], y)
    y += 110
    ft = F("serif", 10)
    p.put([(x0, "Tembusan:", ft, "l")], y)
    y += 52
    for t in ["1. Wali Kota Samarinda (sebagai laporan);", "2. Inspektur Daerah Kota Samarinda;",
              "3. Kepala BPKAD Kota Samarinda;", "4. Arsip."]:
        p.put([(x0, t, ft, "l")], y)
        y += 52
    assert y < H - 200
    return p


# ---------------------------------------------------------------- 6. Rekap retribusi (horizontal rules)
RETRIB = [
    ("4.1.02.01", "RETRIBUSI JASA UMUM", [
        ("4.1.02.01.01.0001", "Pelayanan Kesehatan", 18500000000, 12614350000, 1487220000),
        ("4.1.02.01.02.0001", "Pelayanan Kebersihan", 9750000000, 6083475500, 702118000),
        ("4.1.02.01.03.0001", "Parkir di Tepi Jalan Umum", 6200000000, 3912860000, 455430000),
        ("4.1.02.01.04.0001", "Pelayanan Pasar", 4300000000, 2857912000, 318674500),
    ]),
    ("4.1.02.02", "RETRIBUSI JASA USAHA", [
        ("4.1.02.02.01.0001", "Pemakaian Kekayaan Daerah", 3100000000, 2015630000, 221850000),
        ("4.1.02.02.04.0001", "Pelayanan Terminal", 850000000, 498712500, 61250000),
        ("4.1.02.02.07.0001", "Tempat Rekreasi dan Olahraga", 620000000, 377405000, 52300000),
        ("4.1.02.02.06.0001", "Rumah Potong Hewan", 275000000, 188615000, 20940000),
    ]),
    ("4.1.02.03", "RETRIBUSI PERIZINAN TERTENTU", [
        ("4.1.02.03.01.0001", "Persetujuan Bangunan Gedung", 12000000000, 7418500250, 1102384750),
        ("4.1.02.03.03.0001", "Penggunaan Tenaga Kerja Asing", 450000000, 310200000, 27900000),
    ]),
]


def page_rekap_retribusi():
    p = Page("rekap_retribusi")
    f, fb = F("sans_c", 9), F("sans_cb", 9)
    y = kop(p, ["BADAN PENDAPATAN DAERAH"], ["Jalan Kesuma Bangsa Nomor 5 Telepon (0541) 741050 Samarinda 75123"], "sans_c",
            left=140, right=W - 140)
    p.put([(W / 2, "REKAPITULASI PENERIMAAN RETRIBUSI DAERAH", F("sans_cb", 12), "c")], y)
    y += 62
    p.put([(W / 2, "KEADAAN S.D. BULAN SEPTEMBER 2026", F("sans_cb", 10.5), "c")], y)
    y += 50
    rows = [["No", "Kode Rekening", "Jenis Retribusi", "Target APBD-P (Rp)", "Realisasi s.d. Bulan Lalu (Rp)",
             "Realisasi Bulan Ini (Rp)", "Realisasi s.d. Bulan Ini (Rp)", "%"]]
    bold_rows, fills = [], {}
    G = [0, 0, 0, 0]
    no = 0
    for gk, gname, items in RETRIB:
        bold_rows.append(len(rows))
        rows.append(["", gk, gname, "", "", "", "", ""])
        S = [0, 0, 0, 0]
        for k, u, t, a, b in items:
            no += 1
            c = a + b
            rows.append([f"{no}", k, u, rp(t), rp(a), rp(b), rp(c), pct(c, t)])
            for i, v in enumerate((t, a, b, c)):
                S[i] += v
        bold_rows.append(len(rows))
        fills[len(rows)] = 235
        rows.append(["", "", "Jumlah " + gname.title().replace("Retribusi", "Retribusi"), rp(S[0]), rp(S[1]), rp(S[2]), rp(S[3]), pct(S[3], S[0])])
        for i in range(4):
            G[i] += S[i]
    bold_rows.append(len(rows))
    rows.append(["", "", "JUMLAH PENERIMAAN RETRIBUSI", rp(G[0]), rp(G[1]), rp(G[2]), rp(G[3]), pct(G[3], G[0])])
    colw = [80] + [0] * 7
    for c in (1, 3, 4, 5, 6, 7):
        colw[c] = int(max(p.tw(r[c], fb) for r in rows[1:]) + 2 * 10 + 8)
    colw[2] = 2260 - sum(colw)
    assert colw[2] >= 350, colw
    y, xs, ys = p.table(120, y, colw, rows, "hrules", f, fb,
                        ["c", "l", "l", "r", "r", "r", "r", "r"], header_n=1, pad=(10, 10), bold_rows=tuple(bold_rows),
                        lgap=1.25, lw=3, fills=fills)
    y += 70
    ft = F("sans_c", 9)
    p.put([(140, "Catatan: persentase dihitung dari realisasi s.d. bulan ini terhadap target APBD-P 2026.", ft, "l")], y)
    y += 50
    p.put([(140, "Sumber: SIPD-RI Modul Penatausahaan Pendapatan, data per 30 September 2026.", ft, "l")], y)
    y += 75
    bx = 1600
    p.put([(bx, "Samarinda, 2 Oktober 2026", f, "l")], y)
    y += 54
    p.put([(bx, "Kepala Badan Pendapatan Daerah,", f, "l")], y)
    p.marks["stamp"] = (bx + 50, y + 110)
    p.marks["sign"] = (bx + 330, y + 120)
    y += 190
    p.put([(bx, "Ir. HERMANTO WIBISONO, M.M.", fb, "l")], y)
    y += 54
    p.put([(bx, "NIP 19740219 200003 1 004", f, "l")], y)
    p.put([(140, "Dicetak: 02/10/2026 08:14 WITA oleh operator_bapenda", F("sans_c", 8), "l"),
           (W - 140, "Hal 1/1", F("sans_c", 8), "r")], H - 120)
    p.meta = {"grand": G}
    return p


# ---------------------------------------------------------------- 7. Buletin (two columns)
def page_buletin():
    p = Page("buletin")
    f = F("sans", 9.5)
    hb = F("serif_b", 13)
    y = 230
    p.put([(W / 2, "WARTA PEMBANGUNAN SAMARINDA", F("serif_b", 24), "c")], y)
    y += 90
    p.put([(180, "Edisi 10/Tahun V", F("sans", 9), "l"), (W / 2, "Bappeda Kota Samarinda", F("sans", 9), "c"),
           (W - 180, "Oktober 2026", F("sans", 9), "r")], y)
    y += 30
    p.hline(180, W - 180, y, 8)
    y += 110
    col_w = 1010
    xl, xr = 180, 180 + col_w + 100
    p.d.line([xl + col_w + 50, y - 40, xl + col_w + 50, 3200], fill=120, width=2)
    ystart = y
    # left column
    for t in ["Musrenbang 2027 Menjaring", "1.284 Usulan Warga"]:
        p.put([(xl, t, hb, "l")], y)
        y += 72
    y += 10
    left = [
        "SAMARINDA - Musyawarah Perencanaan Pembangunan (Musrenbang) tingkat kecamatan untuk Rencana Kerja Pemerintah "
        "Daerah (RKPD) Tahun 2027 telah selesai dilaksanakan di 10 kecamatan. Sebanyak 1.284 usulan warga masuk melalui "
        "aplikasi SIPD, naik 14,6 persen dibandingkan tahun sebelumnya.",
        "Usulan terbanyak berasal dari Kecamatan Samarinda Utara dengan 212 usulan, disusul Sungai Kunjang 187 usulan dan "
        "Palaran 164 usulan. Bidang infrastruktur jalan dan drainase masih mendominasi dengan porsi 41,3 persen.",
        "Kepala Bappeda menyampaikan bahwa setiap usulan akan diverifikasi kesesuaiannya dengan prioritas pembangunan "
        "daerah dan pagu indikatif kewilayahan sebesar Rp 96.500.000.000 yang dibagi secara proporsional.",
        "Hasil verifikasi akan dibahas dalam Forum Perangkat Daerah pada bulan Maret 2027 sebelum ditetapkan dalam "
        "rancangan akhir RKPD.",
    ]
    for t in left:
        y = p.para(xl, y, col_w, t, f, lh=1.42)
        y += 28
    y += 30
    p.put([(xl, "Agenda November 2026", hb, "l")], y)
    y += 82
    for pre, t in [("4/11", "Konsultasi publik Rancangan Awal RKPD 2027 di Aula Bappeda, pukul 09.00 WITA."),
                   ("12/11", "Rapat koordinasi TAPD pembahasan KUA-PPAS Perubahan bersama 42 perangkat daerah."),
                   ("19/11", "Bimbingan teknis input RKA pada SIPD bagi operator kecamatan dan kelurahan."),
                   ("26/11", "Evaluasi capaian indikator kinerja utama (IKU) triwulan III Tahun 2026.")]:
        y = p.para(xl, y, col_w, t, f, prefix=pre, indent=150, lh=1.42)
        y += 14
    yl_end = y
    # right column
    y = ystart
    for t in ["Sekilas Angka APBD 2026"]:
        p.put([(xr, t, hb, "l")], y)
        y += 82
    right = [
        "Realisasi pendapatan daerah hingga triwulan III mencapai Rp 3.412.870.500.000 atau 71,08 persen dari target. "
        "Belanja daerah terealisasi 63,45 persen, dengan belanja modal menjadi komponen yang paling lambat terserap.",
    ]
    for t in right:
        y = p.para(xr, y, col_w, t, f, lh=1.42)
        y += 28
    for pre, t in [("-", "Pendapatan Asli Daerah: Rp 812.460.000.000"), ("-", "Belanja Pegawai: Rp 1.298.300.000.000"),
                   ("-", "Belanja Modal: Rp 684.115.000.000"), ("-", "SiLPA Tahun 2025: Rp 402.950.000.000")]:
        y = p.para(xr, y, col_w, t, f, prefix=pre, indent=45, lh=1.42)
    y += 40
    for t in ["Inovasi Daerah: Layanan", "Perizinan Tanpa Antre"]:
        p.put([(xr, t, hb, "l")], y)
        y += 72
    y += 10
    right2 = [
        "Dinas Penanaman Modal dan PTSP meluncurkan layanan antrean daring yang memangkas waktu tunggu rata-rata dari 95 "
        "menit menjadi 18 menit. Sepanjang September 2026 tercatat 3.927 permohonan izin, 86,2 persen di antaranya "
        "diajukan secara daring.",
        "Inovasi ini diusulkan mengikuti penilaian Innovative Government Award tahun 2027.",
        "Menurut data DPMPTSP, jenis izin yang paling banyak diajukan adalah Persetujuan Bangunan Gedung (PBG) sebanyak "
        "1.146 permohonan, Nomor Induk Berusaha (NIB) 1.902 permohonan dan izin reklame 379 permohonan. Target "
        "penyelesaian PBG ditetapkan paling lama 28 hari kerja sejak berkas dinyatakan lengkap.",
        "Masyarakat dapat menyampaikan pengaduan layanan melalui aplikasi SP4N-LAPOR! atau WhatsApp 0811-5555-1432.",
    ]
    for t in right2:
        y = p.para(xr, y, col_w, t, f, lh=1.42)
        y += 28
    assert max(y, yl_end) < 3200, (y, yl_end)
    p.marks["stamp"] = (xr + 700, y - 120)  # "received" stamp over the end of the right column
    p.marks["sign"] = (xr + 560, y - 40)
    p.hline(180, W - 180, 3260, 3)
    p.put([(180, "Warta Pembangunan Samarinda - Edisi 10/2026", F("serif_i", 9), "l"), (W - 180, "3", F("serif_b", 10), "r")], 3330)
    return p


BUILDERS = [page_sppd, page_daftar_hadir, page_sp2d, page_lhp, page_surat_edaran, page_rekap_retribusi, page_buletin]

# ================================================================= degradations
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}


def save_png4(img, path, dpi):
    a = np.asarray(img.convert("L"), dtype=np.int32)
    idx = np.clip((a + 8) // 17, 0, 15).astype(np.uint8)
    p = Image.fromarray(idx, "P")
    p.putpalette(sum([[i * 17] * 3 for i in range(16)], []))
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def perspective_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE: maps output point (dst) to input point (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def make_stamp(rng, opd, colour):
    R = 250
    S = 2 * R + 20
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    c = S / 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=12)
    d.ellipse([c - R + 30, c - R + 30, c + R - 30, c + R - 30], outline=255, width=5)
    d.ellipse([c - 120, c - 120, c + 120, c + 120], outline=255, width=5)
    # star
    pts = []
    for i in range(10):
        r = 80 if i % 2 == 0 else 34
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=255)
    fnt = F("sans_b", 9)

    def ring(text, start, end, radius, flip):
        n = len(text)
        for i, ch in enumerate(text):
            a = start + (end - start) * (i + 0.5) / n
            g = Image.new("L", (70, 70), 0)
            ImageDraw.Draw(g).text((35, 35), ch, font=fnt, fill=255, anchor="mm")
            rot = -math.degrees(a) - 90 if not flip else -math.degrees(a) + 90
            g = g.rotate(rot, resample=Image.BICUBIC)
            px = c + radius * math.cos(a) - 35
            py = c + radius * math.sin(a) - 35
            m.paste(255, (int(px), int(py)), g)
    ring("PEMERINTAH KOTA SAMARINDA", math.radians(-200), math.radians(20), R - 70, False)
    ring(opd, math.radians(150), math.radians(30), R - 70, True)
    a = np.asarray(m, dtype=np.float32) / 255.0
    nrng = np.random.default_rng(rng.randrange(10**6))
    tex = np.clip(nrng.normal(0.85, 0.25, a.shape), 0, 1)
    tex = np.asarray(Image.fromarray((tex * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2)), np.float32) / 255
    a = a * np.clip(tex * 1.2, 0, 1) * 0.85
    ang = rng.uniform(-25, 25)
    a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).rotate(ang, resample=Image.BICUBIC), np.float32) / 255
    return a, colour


def multiply_layer(rgb, alpha, colour, x0, y0):
    h, w = alpha.shape
    reg = rgb[y0:y0 + h, x0:x0 + w]
    col = np.array(colour, np.float32) / 255.0
    A = alpha[..., None]
    reg[:] = reg * (1 - A) + reg * col * A


STAMP_OPD = {"sppd": "DINAS PERHUBUNGAN", "daftar_hadir": "BAPPEDA", "sp2d": "BPKAD", "lhp": "INSPEKTORAT",
             "surat_edaran": "SEKRETARIAT DAERAH", "rekap_retribusi": "BAPENDA", "buletin": "BAPPEDA"}


def degrade(p, deg, path, seed):
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    base = p.img
    info = {}
    if deg == "clean_300dpi":
        save_png4(base, path, 300)
    elif deg == "dpi150":
        save_png4(base.resize((W // 2, H // 2), Image.LANCZOS), path, 150)
    elif deg == "sideways":
        save_png4(base.transpose(Image.ROTATE_90), path, 300)
        info["rotation_ccw_deg"] = 90
    elif deg == "upside_down":
        save_png4(base.transpose(Image.ROTATE_180), path, 300)
        info["rotation_ccw_deg"] = 180
    elif deg == "fax":
        # 200 dpi across, 100 dpi down (standard-resolution fax), then rows doubled back to square pixels
        w2, h2 = round(W * 200 / 300), round(H * 100 / 300)
        s = np.asarray(base.resize((w2, h2), Image.BOX), np.float32)
        s = s + nrng.normal(0, 14, s.shape)
        b = s > 150
        # specks
        n = 900
        ys_, xs_ = nrng.integers(0, h2, n), nrng.integers(0, w2, n)
        for yy, xx in zip(ys_, xs_):
            b[yy:yy + nrng.integers(1, 3), xx:xx + nrng.integers(1, 4)] = False
        # horizontal transmission streaks (partial lines) and one vertical scanner line
        for _ in range(5):
            yy = int(nrng.integers(0, h2)); x1 = int(nrng.integers(0, w2 // 2)); x2 = int(x1 + nrng.integers(200, w2 // 2))
            b[yy, x1:x2] = False
        vx = int(nrng.integers(300, w2 - 300))
        b[:, vx] = b[:, vx] & (nrng.random(h2) > 0.6)
        # dropouts (white)
        drop = nrng.random(b.shape) < 0.01
        b = b | drop
        b = np.repeat(b, 2, axis=0)
        im = Image.fromarray((b * 255).astype(np.uint8)).convert("1", dither=Image.NONE)
        im.save(path, optimize=True, dpi=(200, 200))
        info.update({"x_dpi": 200, "y_dpi": 100, "rows_doubled": True, "vertical_streak_x": vx})
    elif deg == "jpeg_q25":
        a = np.asarray(base, np.float32)
        a = a * 0.93 + 10  # slightly grey paper
        Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((round(W * 2 / 3), round(H * 2 / 3)), Image.LANCZOS) \
            .save(path, quality=25, dpi=(200, 200))
        info.update({"dpi": 200, "quality": 25})
    elif deg == "pdf_skew2":
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        ang = rng.choice([-1, 1]) * rng.uniform(1.8, 2.2)
        im = base.resize((1654, 2339), Image.LANCZOS)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im, np.float32) * 0.9 + 18
        a += nrng.normal(0, 5, a.shape)
        n = 500
        for yy, xx in zip(nrng.integers(0, 2339, n), nrng.integers(0, 1654, n)):
            a[yy:yy + 2, xx:xx + 2] = 60
        # dark scanner edge on one side
        a[:, :18] *= 0.35
        buf = io.BytesIO()
        Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=40)
        buf.seek(0)
        c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
        info.update({"dpi": 200, "rotation_ccw_deg": round(ang, 3)})
    elif deg == "phone_photo":
        CW, CH = 2000, 2650
        sc = 0.72
        pw, ph = W * sc, H * sc
        j = lambda: rng.uniform(-45, 45)
        ox, oy = (CW - pw) / 2, (CH - ph) / 2
        quad = [(ox + 60 + j(), oy + 20 + j()), (ox + pw - 10 + j(), oy + 70 + j()),
                (ox + pw + 40 + j(), oy + ph - 30 + j()), (ox - 30 + j(), oy + ph + 10 + j())]
        coeffs = perspective_coeffs(quad, [(0, 0), (W, 0), (W, H), (0, H)])
        paper = Image.merge("RGB", [base.point(lambda v: v * 0.92 + 20), base.point(lambda v: v * 0.9 + 22),
                                    base.point(lambda v: v * 0.86 + 26)])
        warped = paper.transform((CW, CH), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC)
        mask = Image.new("L", (W, H), 255).transform((CW, CH), Image.PERSPECTIVE, coeffs, resample=Image.BILINEAR)
        yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
        bg = np.zeros((CH, CW, 3), np.float32)
        grain = np.sin(xx / 37.0 + np.sin(yy / 190.0) * 3) * 12
        bg[..., 0] = 120 + grain
        bg[..., 1] = 84 + grain * 0.7
        bg[..., 2] = 52 + grain * 0.4
        bgim = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
        bgim.paste(warped, (0, 0), mask)
        a = np.asarray(bgim, np.float32)
        cx, cy = rng.uniform(0.3, 0.7) * CW, rng.uniform(0.2, 0.5) * CH
        r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(CW, CH)
        light = 1.06 - 0.45 * r ** 1.5 - 0.08 * (yy / CH)
        # soft shadow of the phone across one corner
        sh = 1 - 0.22 * (1 / (1 + np.exp(-((xx * 0.6 + yy * 0.8) - (CW * 0.6 + CH * 0.8) * 0.85) / 60)))
        a = a * (light * sh)[..., None]
        a += nrng.normal(0, 4, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
        im.save(path, quality=72, dpi=(72, 72))
        info.update({"page_quad": [[round(u, 1), round(v, 1)] for u, v in quad], "blur": 1.1})
    elif deg == "stamp":
        rgb = np.repeat(np.asarray(base, np.float32)[..., None], 3, axis=2)
        colour = rng.choice([(70, 70, 200), (150, 60, 170), (200, 50, 60)])
        alpha, col = make_stamp(rng, STAMP_OPD[p.name], colour)
        sx, sy = p.marks["stamp"]
        h, w = alpha.shape
        x0, y0 = int(sx - w / 2), int(sy - h / 2)
        # signature in blue ink on its own layer
        sig = Image.new("L", (W, H), 0)
        sd = ImageDraw.Draw(sig)
        gx, gy = p.marks["sign"]
        pts = []
        a1, a2, ph1 = rng.uniform(0.8, 1.3), rng.uniform(0.8, 1.3), rng.uniform(0, 6)
        for i in range(120):
            t = i / 119
            pts.append((gx + 330 * (t - 0.5) * 2 + 60 * math.sin(t * 11 * a1 + ph1),
                        gy + 70 * math.sin(t * 17 * a2) * math.cos(t * 4 + ph1)))
        sd.line(pts, fill=255, width=6, joint="curve")
        sd.line([(gx - 280, gy + 60), (gx + 300, gy + 30)], fill=230, width=5)
        sa = np.asarray(sig.filter(ImageFilter.GaussianBlur(1)), np.float32) / 255 * 0.9
        multiply_layer(rgb, sa, (20, 30, 110), 0, 0)
        multiply_layer(rgb, alpha, col, x0, y0)
        im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).resize((round(W * 2 / 3), round(H * 2 / 3)), Image.LANCZOS)
        # fixed palette: 16 greys, 8 shades of the stamp colour, 8 shades of the blue signature ink
        pal = [[v, v, v] for v in range(0, 256, 17)]
        for k in range(8):
            t = (k + 1) / 8
            pal.append([round(255 - (255 - c) * t) for c in colour])
        for k in range(8):
            t = (k + 1) / 8
            pal.append([round(255 - (255 - c) * t) for c in (20, 30, 110)])
        pim = Image.new("P", (1, 1))
        pim.putpalette(sum(pal, []) + [0, 0, 0] * (256 - len(pal)))
        im = im.quantize(palette=pim, dither=Image.NONE)
        im.save(path, optimize=True, dpi=(200, 200))
        info.update({"dpi": 200, "stamp_centre_300dpi": [sx, sy], "stamp_colour": list(colour), "signature_at_300dpi": [gx, gy]})
    return info


def main(only=None):
    """only=<degradation>: rewrite just that degradation's page files (same seeds, same output)."""
    if only:
        for ti, b in enumerate(BUILDERS):
            p = b()
            di = DEGS.index(only)
            rel = f"pages/{p.name}/{p.name}__{only}.{EXT[only]}"
            degrade(p, only, os.path.join(OUT, rel), 1000 * ti + di + 14)
            print("rewrote", rel)
        return
    for sub in ("pages", "truth", "meta"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest = []
    meta_all = {}
    for ti, b in enumerate(BUILDERS):
        p = b()
        t = p.name
        os.makedirs(os.path.join(OUT, "pages", t))
        with open(os.path.join(OUT, "truth", t + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(l["text"] for l in p.lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", t + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "meta", t + ".layout.json"), "w", encoding="utf-8") as fh:
            json.dump({"lines": p.lines, "graphics_ink_boxes": p.ink, "marks": p.marks,
                       "values": getattr(p, "meta", {})}, fh, ensure_ascii=False)
        meta_all[t] = {}
        for di, deg in enumerate(DEGS):
            rel = f"pages/{t}/{t}__{deg}.{EXT[deg]}"
            meta_all[t][deg] = degrade(p, deg, os.path.join(OUT, rel), 1000 * ti + di + 14)
            e = {"file": rel, "text_type": t, "degradation": deg, "truth": f"truth/{t}.txt"}
            if p.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
        print("done", t, len(p.lines), "lines", len(p.tables), "tables")
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "meta", "degradations.json"), "w", encoding="utf-8") as fh:
        json.dump(meta_all, fh, indent=1)


if __name__ == "__main__":
    import sys
    main(sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--only" else None)
