#!/usr/bin/env python3
"""Generate the blind OCR set ocr9: 7 page types x 9 degradations + truth + manifest.

Deterministic: fixed seeds (crc32 of names), no timestamps in any file.
Run:  python -B generate.py      (from this directory)
"""
import io
import json
import math
import os
import shutil
import sys
import zlib

sys.dont_write_bytecode = True
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import docs
from layout import W, H, FD

OUT = os.path.dirname(os.path.abspath(__file__))
TYPES = ["nota_dinas", "surat_tugas", "kuitansi_spj", "daftar_hadir", "renja_indikator",
         "pengumuman_brosur", "lampiran_sk"]
DEGS = [("clean_300dpi", "png"), ("dpi150", "png"), ("fax", "png"), ("jpeg_q25", "jpg"),
        ("pdf_skew2", "pdf"), ("phone_photo", "jpg"), ("stamp", "png"), ("sideways", "png"),
        ("upside_down", "png")]
# per-type skew for pdf_skew2 (degrees, counter-clockwise positive)
SKEW = {"nota_dinas": 2.0, "surat_tugas": -1.9, "kuitansi_spj": 2.1, "daftar_hadir": -2.0,
        "renja_indikator": 1.8, "pengumuman_brosur": -2.2, "lampiran_sk": 2.0}
STAMP_COL = {"nota_dinas": (40, 60, 170), "surat_tugas": (120, 40, 150), "kuitansi_spj": (30, 70, 160),
             "daftar_hadir": (150, 30, 60), "renja_indikator": (40, 60, 170), "pengumuman_brosur": (110, 40, 140),
             "lampiran_sk": (160, 40, 50)}


def rng_for(*names):
    return np.random.default_rng(zlib.crc32("/".join(names).encode()))


def grey4(img):
    """Quantise an L image to a 16-level grey palette (4-bit PNG)."""
    a = np.asarray(img.convert("L")).astype(np.int32)
    q = np.clip((a * 15 + 127) // 255, 0, 15).astype(np.uint8)
    p = Image.fromarray(q, "L").convert("P")
    p.putpalette(sum([[v * 17] * 3 for v in range(16)], []))
    return p


def save_png4(img, path, dpi):
    grey4(img).save(path, bits=4, optimize=True, dpi=(dpi, dpi))


# ---------------------------------------------------------------------------
def d_clean(base, rng):
    return base


def d_dpi150(base, rng):
    return base.resize((W // 2, H // 2), Image.LANCZOS)


def d_fax(base, rng):
    """Standard-resolution fax: 200 dpi across, 100 dpi down, 1 bit, streaks, specks, rows doubled."""
    w, h = int(W * 200 / 300), int(H * 100 / 300)
    a = np.asarray(base.filter(ImageFilter.GaussianBlur(0.6)).resize((w, h), Image.BILINEAR)).astype(np.float32)
    a += rng.normal(0, 14, a.shape)
    # slight uneven thermal/scan response along each row
    a += np.linspace(-6, 10, w)[None, :]
    b = a < 150  # ink
    # horizontal streaks: a few dropped rows (white) and a few black scan lines
    for _ in range(int(rng.integers(4, 8))):
        y = int(rng.integers(0, h))
        x0 = int(rng.integers(0, w // 2))
        b[y, x0:x0 + int(rng.integers(w // 4, w))] = False
    for _ in range(int(rng.integers(2, 4))):
        y = int(rng.integers(h // 10, h))
        x0 = int(rng.integers(0, w // 3))
        b[y, x0:x0 + int(rng.integers(w // 6, w // 2))] = True
    # vertical streak from a dirty sensor element
    x = int(rng.integers(w // 5, 4 * w // 5))
    b[:, x] |= rng.random(h) < 0.55
    # specks
    n = int(w * h * 0.0012)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    b[ys, xs] = True
    ys, xs = rng.integers(0, h - 1, n // 6), rng.integers(0, w - 1, n // 6)
    b[ys + 1, xs] = True
    b[ys, xs + 1] = True
    # fax header line is common in real faxes, but we keep the page area only (no extra text)
    b = np.repeat(b, 2, axis=0)  # 200x100 -> square pixels at 200 dpi
    return Image.fromarray(~b).convert("1")


def d_jpeg(base, rng):
    w, h = int(W * 200 / 300), int(H * 200 / 300)
    a = np.asarray(base.resize((w, h), Image.LANCZOS)).astype(np.float32)
    a = a * (236 / 255.0) + 8 + rng.normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def d_skew(base, rng, angle):
    w, h = int(W * 200 / 300), int(H * 200 / 300)
    img = base.resize((w, h), Image.LANCZOS)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * (232 / 255.0) + 14
    a += rng.normal(0, 4, a.shape)
    # salt-and-pepper dust
    n = int(w * h * 0.0006)
    a[rng.integers(0, h, n), rng.integers(0, w, n)] = 40
    # dark scanner edge on one side
    a[:, :6] = 60
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _persp_coeffs(dst, src):
    """Coefficients mapping output (dst quad) to input (src quad) for Image.PERSPECTIVE."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    bvec = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, bvec).tolist()


def _smooth_noise(rng, h, w, scale):
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)).astype(np.float32) / 255


def d_phone(base, rng):
    CW, CH = 1800, 2400
    pw = 1500
    ph = int(pw * H / W)
    page = base.resize((pw, ph), Image.LANCZOS)
    g = np.asarray(page).astype(np.float32) / 255.0
    paper = np.array([247, 243, 232], np.float32)
    ink = np.array([28, 30, 40], np.float32)
    rgb = ink[None, None, :] + (paper - ink)[None, None, :] * g[..., None]
    page_rgb = Image.fromarray(rgb.astype(np.uint8))
    # background: a wooden desk
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = np.sin(xx / 9.0 + 6 * _smooth_noise(rng, CH, CW, 300)) * 0.5 + 0.5
    tone = 0.75 + 0.25 * _smooth_noise(rng, CH, CW, 120)
    bg = np.stack([110 + 40 * grain, 78 + 28 * grain, 52 + 16 * grain], -1) * tone[..., None]
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    # destination quad of the page (perspective: top narrower, slight rotation)
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(190 + j(25), 150 + j(25)), (CW - 170 + j(25), 185 + j(25)),
           (CW - 80 + j(20), CH - 120 + j(20)), (95 + j(20), CH - 150 + j(20))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _persp_coeffs(dst, src)
    warped = page_rgb.transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # soft shadow of the page on the desk
    sh = mask.filter(ImageFilter.GaussianBlur(18))
    sha = 1 - 0.45 * np.asarray(sh).astype(np.float32)[..., None] / 255
    canvas = Image.fromarray(np.clip(np.asarray(canvas).astype(np.float32) * np.roll(sha, (18, 14), (0, 1)), 0, 255).astype(np.uint8))
    canvas.paste(warped, (0, 0), mask)
    a = np.asarray(canvas).astype(np.float32)
    # uneven light: brighter top-left, darker bottom-right, plus a soft hand/phone shadow blob
    light = 1.08 - 0.33 * (0.55 * xx / CW + 0.45 * yy / CH)
    cx, cy = rng.uniform(0.55, 0.85) * CW, rng.uniform(0.6, 0.9) * CH
    blob = np.exp(-(((xx - cx) / (0.35 * CW)) ** 2 + ((yy - cy) / (0.25 * CH)) ** 2))
    light *= 1 - 0.18 * blob
    a *= light[..., None]
    a[..., 2] *= 0.94  # warm indoor white balance
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    a = np.asarray(img).astype(np.float32) + rng.normal(0, 3.5, (CH, CW, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _stamp_layer(size, color, rng, ring_text, centre_text):
    """RGBA round stamp (ring text + star + centre word)."""
    S = size
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    r1, r2 = S / 2 - 6, S / 2 - 70
    d.ellipse([6, 6, S - 6, S - 6], outline=255, width=9)
    d.ellipse([S / 2 - r2, S / 2 - r2, S / 2 + r2, S / 2 + r2], outline=255, width=5)
    f = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 38)
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        ang = -150 + 300 * i / max(1, n - 1)  # degrees from top, clockwise
        rad = math.radians(ang - 90)
        rr = (r1 + r2) / 2
        x, y = S / 2 + rr * math.cos(rad), S / 2 + rr * math.sin(rad)
        g = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(g).text((30, 30), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-ang, resample=Image.BICUBIC)
        lay.paste(255, (int(x - 30), int(y - 30)), g)
    fc = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 44)
    d.text((S / 2, S / 2 + 10), centre_text, font=fc, fill=255, anchor="mm")
    # star
    cx, cy, R = S / 2, S / 2 - 70, 34
    pts = []
    for k in range(10):
        rr = R if k % 2 == 0 else R * 0.42
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    # uneven ink
    m = np.asarray(lay).astype(np.float32) / 255
    m *= 0.55 + 0.45 * _smooth_noise(rng, S, S, 40)
    m *= rng.random((S, S)) > 0.08
    return (m * 0.85)


def _signature(rng, w, h):
    """A scribbled signature (alpha mask), drawn as a few Bezier loops."""
    lay = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lay)
    pts = []
    x = 20.0
    for k in range(7):
        x += float(rng.uniform(w * 0.06, w * 0.14))
        pts.append((x, float(rng.uniform(h * 0.15, h * 0.85))))
    pts = [(10.0, h * 0.7)] + pts + [(w - 10.0, h * 0.35)]
    path = []
    for i in range(len(pts) - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        c1 = (x0 + (x1 - x0) * 0.3, y0 - float(rng.uniform(40, 120)))
        c2 = (x0 + (x1 - x0) * 0.7, y1 + float(rng.uniform(40, 120)))
        for t in np.linspace(0, 1, 40):
            bx = (1 - t) ** 3 * x0 + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t ** 2 * c2[0] + t ** 3 * x1
            by = (1 - t) ** 3 * y0 + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t ** 2 * c2[1] + t ** 3 * y1
            path.append((bx, by))
    d.line(path, fill=255, width=6, joint="curve")
    d.line([(w * 0.1, h * 0.9), (w * 0.8, h * 0.78)], fill=255, width=5)
    return np.asarray(lay.filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32) / 255


def d_stamp(base, rng, name, anchor):
    g = np.asarray(base).astype(np.float32) / 255
    rgb = np.repeat(g[..., None], 3, -1) * 255
    ax, ay = anchor
    # signature over the blank line(s) between title and name, crossing into the title text
    sw, sh = 620, 300
    sig = _signature(rng, sw, sh)
    sx, sy = int(ax + 40), int(ay + 150)
    sx = min(sx, W - sw - 10)
    sig_col = np.array([20, 35, 120], np.float32)
    reg = rgb[sy:sy + sh, sx:sx + sw]
    al = sig[..., None] * 0.9
    rgb[sy:sy + sh, sx:sx + sw] = reg * (1 - al) + sig_col * al
    # stamp: ~4 cm round, overlapping the left part of the signature block text
    S = 480
    ring = {"nota_dinas": "PEMERINTAH KOTA SAMARINDA * BKPSDM *",
            "pengumuman_brosur": "PEMERINTAH KOTA SAMARINDA * BKPSDM *",
            "surat_tugas": "PEMERINTAH KOTA SAMARINDA * DINAS KESEHATAN *",
            "kuitansi_spj": "BENDAHARA PENGELUARAN * DINAS PUPR *",
            "daftar_hadir": "PEMERINTAH KOTA SAMARINDA * BAPPEDA *",
            "renja_indikator": "PEMERINTAH KOTA SAMARINDA * DINAS PUPR *",
            "lampiran_sk": "WALI KOTA SAMARINDA * KALIMANTAN TIMUR *"}[name]
    m = _stamp_layer(S, STAMP_COL[name], rng, ring, "SAMARINDA")
    m = np.asarray(Image.fromarray((m * 255).astype(np.uint8)).rotate(float(rng.uniform(-25, 25)),
                                                                          resample=Image.BICUBIC)).astype(np.float32) / 255
    cx, cy = int(ax - 90), int(ay + 140)
    x0, y0 = max(0, cx - S // 2), cy - S // 2
    reg = rgb[y0:y0 + S, x0:x0 + S]
    mm_ = m[:reg.shape[0], :reg.shape[1], None]
    col = np.array(STAMP_COL[name], np.float32)
    # multiply blend: ink under the stamp stays dark, paper takes the stamp colour
    rgb[y0:y0 + S, x0:x0 + S] = reg * (1 - mm_) + (reg * col / 255.0) * mm_
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    return img


def build(name):
    r = getattr(docs, name)()
    page, facts = (r if isinstance(r, tuple) else (r, {}))
    return page, facts


def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest = []
    facts_all = {}
    for name in TYPES:
        page, facts = build(name)
        facts_all[name] = facts
        base = page.img
        with open(os.path.join(OUT, "truth", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        tpath = None
        if page.tables:
            tpath = "truth/%s.tables.json" % name
            with open(os.path.join(OUT, tpath), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        pdir = os.path.join(OUT, "pages", name)
        os.makedirs(pdir)
        for deg, ext in DEGS:
            rng = rng_for(name, deg)
            rel = "pages/%s/%s__%s.%s" % (name, name, deg, ext)
            path = os.path.join(OUT, rel)
            if deg == "clean_300dpi":
                save_png4(base, path, 300)
            elif deg == "dpi150":
                save_png4(d_dpi150(base, rng), path, 150)
            elif deg == "fax":
                d_fax(base, rng).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                d_jpeg(base, rng).save(path, quality=25, dpi=(200, 200))
            elif deg == "pdf_skew2":
                img = d_skew(base, rng, SKEW[name])
                buf = io.BytesIO()
                img.save(buf, format="JPEG", quality=40)
                buf.seek(0)
                from reportlab.pdfgen import canvas as rl_canvas
                from reportlab.lib.pagesizes import A4
                from reportlab.lib.utils import ImageReader
                c = rl_canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
                c.setTitle("scan")
                c.setAuthor("")
                c.setCreator("scanner")
                c.setProducer("scanner")
                c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
                c.showPage()
                c.save()
            elif deg == "phone_photo":
                d_phone(base, rng).save(path, quality=72, optimize=True)
            elif deg == "stamp":
                img = d_stamp(base, rng, name, page.sig_anchor)
                q = img.quantize(colors=16, method=Image.MEDIANCUT, dither=Image.NONE)
                q.save(path, bits=4, optimize=True, dpi=(300, 300))
            elif deg == "sideways":
                save_png4(base.transpose(Image.ROTATE_90), path, 300)
            elif deg == "upside_down":
                save_png4(base.transpose(Image.ROTATE_180), path, 300)
            e = {"file": rel, "text_type": name, "degradation": deg, "truth": "truth/%s.txt" % name}
            if tpath:
                e["tables"] = tpath
            manifest.append(e)
            print(rel, os.path.getsize(path))
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "truth", "facts.json"), "w", encoding="utf-8") as fh:
        json.dump(facts_all, fh, indent=1)


if __name__ == "__main__":
    main()
