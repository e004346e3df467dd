#!/usr/bin/env python3
"""Regenerates the whole ocr13 set (pages, truth, manifest). Deterministic: fixed seeds,
no timestamps (PDFs are written with reportlab's invariant mode)."""
import time
import io
import json
import math
import os
import random
import shutil
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from docs import BUILDERS  # noqa: E402

DEGRADATIONS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp",
                "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
# sideways direction per type: PIL transpose constant name (ROTATE_90 = 90 deg counter-clockwise)
SIDEWAYS = {"bast_barang": "ROTATE_90", "kib_b": "ROTATE_270", "undangan_jadwal": "ROTATE_270",
            "realisasi_fisik_keuangan": "ROTATE_90", "notulen_rapat": "ROTATE_270", "sk_tim_bmd": "ROTATE_90",
            "leaflet_infografis": "ROTATE_270"}
STAMP_COLOR = {"bast_barang": (40, 60, 170), "kib_b": (110, 50, 150), "undangan_jadwal": (30, 70, 160),
               "realisasi_fisik_keuangan": (150, 40, 120), "notulen_rapat": (40, 60, 170),
               "sk_tim_bmd": (120, 40, 150), "leaflet_infografis": (170, 40, 50)}
STAMP_TEXT = {"bast_barang": "DINAS KOMUNIKASI DAN INFORMATIKA * KOTA SAMARINDA *",
              "kib_b": "BADAN KEPEGAWAIAN DAN PSDM * KOTA SAMARINDA *",
              "undangan_jadwal": "BADAN KEPEGAWAIAN DAN PSDM * KOTA SAMARINDA *",
              "realisasi_fisik_keuangan": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG * SAMARINDA *",
              "notulen_rapat": "SEKRETARIAT DAERAH * KOTA SAMARINDA *",
              "sk_tim_bmd": "WALI KOTA SAMARINDA * KALIMANTAN TIMUR *",
              "leaflet_infografis": "BKPSDM * KOTA SAMARINDA * DITERIMA *"}


# ------------------------------------------------------------------ savers
def save_grey4(img, path, dpi):
    """L image -> 16-level grey palette PNG (4 bit)."""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    idx = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(idx, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal)
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def noise(rng, shape, sigma):
    return rng.normal(0, sigma, shape).astype(np.float32)


# ------------------------------------------------------------------ degradations
def deg_dpi150(img, out, rng):
    small = img.resize((img.width // 2, img.height // 2), Image.LANCZOS)
    save_grey4(small, out, 150)


def deg_fax(img, out, rng):
    w2, h1 = round(img.width * 200 / 300), round(img.height * 100 / 300)
    a = np.asarray(img.resize((w2, h1), Image.BOX), dtype=np.float32)
    a = a + noise(rng, a.shape, 18)
    b = a > 165  # True = white
    # specks
    n = int(b.size * 0.0009)
    ys, xs = rng.integers(0, h1, n), rng.integers(0, w2, n)
    b[ys, xs] = False
    ys, xs = rng.integers(0, h1 - 1, n // 4), rng.integers(0, w2 - 1, n // 4)
    b[ys, xs] = False
    b[ys + 1, xs] = False
    b[ys, xs + 1] = False
    # horizontal streaks (dark) and a few white drop-out lines
    for _ in range(int(rng.integers(4, 8))):
        y = int(rng.integers(0, h1))
        x0 = int(rng.integers(0, w2 // 2))
        x1 = int(min(w2, x0 + rng.integers(w2 // 5, w2)))
        seg = rng.random(x1 - x0) < 0.85
        b[y, x0:x1] &= ~seg
    for _ in range(int(rng.integers(2, 4))):
        y = int(rng.integers(0, h1))
        b[y, :] = True
    # vertical scanner streak
    x = int(rng.integers(w2 // 4, 3 * w2 // 4))
    col = rng.random(h1) < 0.5
    b[col, x] = False
    im = Image.fromarray((b * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    im = im.resize((w2, h1 * 2), Image.NEAREST)  # 200x100 dpi look, square pixels on output
    im.save(out, optimize=True, dpi=(200, 200))


def deg_jpeg(img, out, rng):
    a = np.asarray(img, dtype=np.float32)
    a = a * 0.94 + 8 + noise(rng, a.shape, 1.5)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    im = im.resize((round(img.width * 200 / 300), round(img.height * 200 / 300)), Image.LANCZOS)
    im.save(out, "JPEG", quality=25, dpi=(200, 200))


def deg_pdf(img, out, rng, angle):
    w2, h2 = round(img.width * 200 / 300), round(img.height * 200 / 300)
    im = img.resize((w2, h2), Image.LANCZOS)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.9 + 14 + noise(rng, a.shape, 4.5)
    n = int(a.size * 0.0006)
    a[rng.integers(0, h2, n), rng.integers(0, w2, n)] = 40
    # dark scanner edge on one side
    a[:, :int(rng.integers(6, 14))] *= 0.35
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    fixed = time.gmtime(1795512600)  # 2026-11-24, fixed
    im.save(out, "PDF", resolution=200.0, quality=40, creationDate=fixed, modDate=fixed,
            producer="ocr13 generate.py", title="scan")


def _persp_coeffs(dst, src):
    """coefficients for Image.transform PERSPECTIVE: maps output (dst) -> input (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def deg_phone(img, out, rng):
    land = img.width > img.height
    OW, OH = (2700, 2000) if land else (2000, 2700)
    sc = 0.74
    pg = img.resize((round(img.width * sc), round(img.height * sc)), Image.LANCZOS)
    pgc = Image.merge("RGB", [pg.point(lambda v: v * 0.98 + 3), pg.point(lambda v: v * 0.96 + 4),
                              pg.point(lambda v: v * 0.90 + 8)])
    # background: wooden desk
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = np.sin(xx / 37.0 + np.sin(yy / 140.0) * 3) * 10 + noise(rng, (OH, OW), 6)
    bg = np.stack([120 + grain, 82 + grain * 0.8, 52 + grain * 0.6], -1)
    bgim = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    pw_, ph_ = pg.size
    j = lambda s: float(rng.uniform(-s, s))
    mx, my = (OW - pw_) / 2, (OH - ph_) / 2
    dst = [(mx + 40 + j(25), my + 10 + j(20)), (mx + pw_ - 30 + j(25), my + 45 + j(20)),
           (mx + pw_ + 35 + j(25), my + ph_ - 5 + j(20)), (mx - 45 + j(25), my + ph_ - 40 + j(20))]
    src = [(0, 0), (pw_, 0), (pw_, ph_), (0, ph_)]
    co = _persp_coeffs(dst, src)
    warped = pgc.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", pg.size, 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # soft shadow under the page
    sh = mask.filter(ImageFilter.GaussianBlur(25)).point(lambda v: int(v * 0.55))
    bgim.paste((30, 22, 15), (25, 30), sh)
    bgim.paste(warped, (0, 0), mask)
    a = np.asarray(bgim, dtype=np.float32)
    # uneven light: bright spot upper left, darker lower right, phone shadow band
    cx, cy = OW * float(rng.uniform(0.2, 0.4)), OH * float(rng.uniform(0.15, 0.35))
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(OW, OH)
    light = 1.08 - 0.55 * d
    band = 1 - 0.18 * np.exp(-((xx * 0.6 + yy * 0.8 - OH * 0.95) / 160.0) ** 2)
    a = a * (light * band)[..., None]
    a = a + noise(rng, a.shape, 4)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    im.save(out, "JPEG", quality=62)


def ring_stamp(text, color, R=250, seed=0):
    rng = np.random.default_rng(seed)
    S = 2 * R + 40
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S / 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=14)
    d.ellipse([c - R + 30, c - R + 30, c + R - 30, c + R - 30], outline=255, width=5)
    d.ellipse([c - R * 0.52, c - R * 0.52, c + R * 0.52, c + R * 0.52], outline=255, width=5)
    # star
    pts = []
    for k in range(10):
        rr = R * (0.36 if k % 2 == 0 else 0.15)
        ang = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 44)
    n = len(text)
    rr = R - 75
    for i, ch in enumerate(text):
        ang = -math.pi / 2 + (i + 0.5) * 2 * math.pi / n - math.pi * 0.9
        tile = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(tile).text((35, 35), ch, font=font, fill=255, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x, y = c + rr * math.cos(ang), c + rr * math.sin(ang)
        lay.paste(255, (int(x - 35), int(y - 35)), tile)
    a = np.asarray(lay, dtype=np.float32) / 255.0
    # uneven ink
    blot = np.asarray(Image.fromarray((rng.random((S // 16, S // 16)) * 255).astype(np.uint8)).resize(
        (S, S), Image.BICUBIC), dtype=np.float32) / 255.0
    a = a * (0.62 + 0.38 * blot) * (rng.random((S, S)) > 0.05)
    return a, color


def signature(rng, w, h):
    lay = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lay)
    x, y = w * 0.08, h * 0.6
    pts = []
    t = 0
    for k in range(140):
        t += 0.16
        x += w * 0.0062 + math.sin(t * 1.7) * 6
        y = h * 0.55 + math.sin(t * 2.3) * h * 0.28 * (1 - k / 200) + math.cos(t * 5.1) * h * 0.08
        pts.append((x, y))
    d.line(pts, fill=255, width=6, joint="curve")
    # loop and underline flourish
    d.arc([w * 0.1, h * 0.1, w * 0.35, h * 0.85], 40, 330, fill=255, width=6)
    d.line([(w * 0.2, h * 0.8), (w * 0.6, h * 0.72), (w * 0.92, h * 0.78)], fill=255, width=5)
    return np.asarray(lay.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32) / 255.0


def deg_stamp(img, out, rng, page, key, seed):
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    # signature (dark blue ink) over the signature space
    x0, y0, x1, y1 = page.sign_box
    sg = signature(rng, int(x1 - x0), int(y1 - y0))
    ink = np.array([25, 35, 110], np.float32)
    reg = a[int(y0):int(y0) + sg.shape[0], int(x0):int(x0) + sg.shape[1]]
    reg[:] = reg * (1 - sg[..., None] * 0.9) + ink * (sg[..., None] * 0.9)
    # stamp, slightly rotated, multiply-blended over the text
    st, col = ring_stamp(STAMP_TEXT[key], STAMP_COLOR[key], seed=seed)
    stim = Image.fromarray((st * 255).astype(np.uint8)).rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    st = np.asarray(stim, dtype=np.float32) / 255.0 * 0.97
    cx, cy = page.stamp_at
    S = st.shape[0]
    X0, Y0 = int(cx - S / 2), int(cy - S / 2)
    X0 = max(0, min(a.shape[1] - S, X0))
    Y0 = max(0, min(a.shape[0] - S, Y0))
    reg = a[Y0:Y0 + S, X0:X0 + S]
    colv = np.array(col, np.float32)
    reg[:] = reg * (1 - st[..., None]) + np.minimum(reg, colv) * st[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    im = im.resize((round(im.width * 200 / 300), round(im.height * 200 / 300)), Image.LANCZOS)
    # explicit palette: 20 greys + stamp colour at 6 strengths + signature ink at 4 strengths
    pal = []
    for i in range(20):
        g = round(i * 255 / 19)
        pal.append((g, g, g))
    for k in (0.2, 0.35, 0.5, 0.65, 0.8, 1.0):
        pal.append(tuple(round(255 * (1 - k) + c * k) for c in colv))
    for k in (0.3, 0.55, 0.8, 1.0):
        pal.append(tuple(round(255 * (1 - k) + c * k) for c in ink))
    pim = Image.new("P", (1, 1))
    flat = [v for c in pal for v in c]
    pim.putpalette(flat + flat[-3:] * (256 - len(pal)))
    q = im.quantize(palette=pim, dither=Image.Dither.NONE)
    q.save(out, optimize=True, dpi=(200, 200))


# ------------------------------------------------------------------ main
def main():
    pages_dir = os.path.join(HERE, "pages")
    truth_dir = os.path.join(HERE, "truth")
    for d_ in (pages_dir, truth_dir):
        if os.path.exists(d_):
            shutil.rmtree(d_)
        os.makedirs(d_)
    manifest = []
    meta = {}
    for ti, (key, build) in enumerate(BUILDERS.items()):
        page = build()
        img = page.img
        with open(os.path.join(truth_dir, key + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        has_tables = bool(page.tables)
        if has_tables:
            with open(os.path.join(truth_dir, key + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(pages_dir, key))
        rng = np.random.default_rng(1300 + ti)
        angle = float(rng.uniform(1.7, 2.3)) * (1 if ti % 2 == 0 else -1)
        meta[key] = {"size_px": list(img.size), "orientation": "landscape" if img.width > img.height else "portrait",
                     "pdf_skew_deg_ccw": round(angle, 3), "sideways": SIDEWAYS[key],
                     "stamp_center_px300": list(page.stamp_at), "signature_box_px300": list(page.sign_box)}
        for dg in DEGRADATIONS:
            rel = f"pages/{key}/{key}__{dg}.{EXT[dg]}"
            out = os.path.join(HERE, rel)
            if dg == "clean_300dpi":
                save_grey4(img, out, 300)
            elif dg == "dpi150":
                deg_dpi150(img, out, rng)
            elif dg == "fax":
                deg_fax(img, out, rng)
            elif dg == "jpeg_q25":
                deg_jpeg(img, out, rng)
            elif dg == "pdf_skew2":
                deg_pdf(img, out, rng, angle)
            elif dg == "phone_photo":
                deg_phone(img, out, rng)
            elif dg == "stamp":
                deg_stamp(img, out, rng, page, key, 50 + ti)
            elif dg == "sideways":
                save_grey4(img.transpose(getattr(Image.Transpose, SIDEWAYS[key])), out, 300)
            elif dg == "upside_down":
                save_grey4(img.transpose(Image.Transpose.ROTATE_180), out, 300)
            e = {"file": rel, "text_type": key, "degradation": dg, "truth": f"truth/{key}.txt"}
            if has_tables:
                e["tables"] = f"truth/{key}.tables.json"
            manifest.append(e)
        print(key, len(page.lines), "lines,", len(page.tables), "tables", flush=True)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "degradation_params.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
