#!/usr/bin/env python3
"""Regenerate the whole ocr10 set: pages/, truth/, manifest.json.
Deterministic: fixed seeds, no timestamps in any file."""
import io
import json
import math
import os
import shutil
import sys
import time
from datetime import datetime, timezone

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import layout  # noqa: E402
import pages  # noqa: E402

DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
FIXED_DATE = time.gmtime(datetime(2026, 12, 1, 8, 0, 0, tzinfo=timezone.utc).timestamp())


def rng_for(name, deg):
    h = sum((i + 1) * ord(c) for i, c in enumerate(name + "/" + deg))
    return np.random.default_rng(pages.SEED + h)


def save_grey4(img, path, dpi):
    """4-bit grey palette PNG (16 levels)."""
    a = np.asarray(img.convert("L"), dtype=np.uint16)
    q = ((a * 15 + 127) // 255).astype(np.uint8)
    p = Image.frombytes("P", q.shape[::-1], q.tobytes())
    pal = []
    for v in range(16):
        pal += [v * 17] * 3
    p.putpalette(pal + [0] * (768 - len(pal)))
    p.save(path, bits=4, dpi=(dpi, dpi), optimize=True)


def resize_dpi(img, dpi):
    w, h = img.size
    return img.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


# ------------------------------------------------------------------ degradations
def deg_fax(img, rng):
    w, h = img.size
    fw, fh = round(w * 200 / 300), round(h * 100 / 300)
    a = np.asarray(img.resize((fw, fh), Image.BOX), dtype=np.float32)
    a = a + rng.normal(0, 14, a.shape)
    b = a > 168
    # specks
    n = int(fw * fh * 0.0009)
    ys, xs = rng.integers(0, fh, n), rng.integers(0, fw, n)
    b[ys, xs] = False
    for _ in range(60):  # small blobs
        y, x = rng.integers(0, fh - 3), rng.integers(0, fw - 3)
        b[y:y + rng.integers(1, 3), x:x + rng.integers(1, 4)] = False
    # horizontal streaks: a few black scan lines (partial) and a few dropped (white) lines
    for _ in range(rng.integers(3, 6)):
        y = rng.integers(0, fh)
        x0 = rng.integers(0, fw // 2)
        b[y, x0:x0 + rng.integers(fw // 4, fw - x0)] = False
    for _ in range(rng.integers(4, 8)):
        y = rng.integers(0, fh)
        b[y, :] = True
    # a faint vertical streak from a dirty scanner glass
    x = rng.integers(fw // 5, fw - fw // 5)
    col = rng.random(fh) < 0.35
    b[col, x] = False
    out = Image.fromarray((b * 255).astype(np.uint8), "L").resize((fw, fh * 2), Image.NEAREST)
    return out.convert("1", dither=Image.NONE)


def deg_skew(img, rng):
    g = resize_dpi(img, 200)
    ang = float(rng.choice([-1, 1]) * rng.uniform(1.8, 2.2))
    g = g.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    a = np.asarray(g, dtype=np.float32)
    a = a * 0.93 + 8 + rng.normal(0, 5, a.shape)
    # uneven scanner illumination
    yy = np.linspace(0, 1, a.shape[0])[:, None]
    a = a - 10 * yy
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5)), ang


def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output (dst) points to input (src) points."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


def deg_phone(img, rng):
    pw, ph = img.size
    scale = 0.62
    page = img.resize((round(pw * scale), round(ph * scale)), Image.LANCZOS)
    pw, ph = page.size
    paper = np.asarray(page, dtype=np.float32) / 255.0
    tint = np.array([248, 243, 230], dtype=np.float32)
    rgb = paper[..., None] * tint[None, None, :]
    rgb = rgb + (1 - paper[..., None]) * np.array([28, 26, 30], dtype=np.float32)
    page = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    CW, CH = round(pw * 1.16), round(ph * 1.12)
    # wooden desk background
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = np.sin(xx / 23.0 + 3 * np.sin(yy / 180.0)) * 0.5 + 0.5
    base = np.stack([120 + 30 * grain, 82 + 20 * grain, 50 + 10 * grain], -1)
    base += rng.normal(0, 6, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    mx, my = (CW - pw) / 2, (CH - ph) / 2
    j = lambda s: float(rng.uniform(-s, s))  # noqa: E731
    dst = [(mx + j(40) + 25, my + j(30) + 10), (mx + pw + j(40) - 10, my + j(30) + 35),
           (mx + pw + j(30) + 20, my + ph + j(30) - 5), (mx + j(30) - 15, my + ph + j(30) - 25)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = perspective_coeffs(dst, src)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR,
                                                    fillcolor=0)
    # drop shadow
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    bga = np.asarray(bg, dtype=np.float32)
    sh = np.asarray(shadow, dtype=np.float32)[..., None] / 255.0
    sh = np.roll(sh, (14, 10), axis=(0, 1))
    bga = bga * (1 - 0.45 * sh)
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8), "RGB")
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg, dtype=np.float32)
    # uneven light: bright spot + darker corner + soft shadow of the phone/hand
    cx, cy = CW * rng.uniform(0.3, 0.7), CH * rng.uniform(0.2, 0.45)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(CW, CH)
    light = 1.08 - 0.42 * r ** 1.4
    hand = 1 - 0.22 * (1 / (1 + np.exp(-(xx + yy * 0.6 - CW * 1.15) / 60.0)))
    a = a * (light * hand)[..., None]
    a = a * np.array([1.0, 0.98, 0.92])  # warm indoor light
    a += rng.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(1.1))


def _ring_text(mask, cx, cy, r, text, font, start_deg, end_deg, bottom=False):
    n = len(text)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        ang = start_deg + (end_deg - start_deg) * (i + 0.5) / n
        s = font.size * 2
        ci = Image.new("L", (s, s), 0)
        ImageDraw.Draw(ci).text((s / 2, s / 2), ch, font=font, fill=255, anchor="mm")
        ci = ci.rotate(-(ang - 180) if bottom else -ang, resample=Image.BICUBIC)
        rad = math.radians(ang)
        x, y = cx + r * math.sin(rad), cy - r * math.cos(rad)
        region = (int(x - s / 2), int(y - s / 2))
        mask.paste(255, region, ci)


def make_stamp(size, rng, top_text, bottom_text):
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    w1 = max(4, size // 60)
    d.ellipse([6, 6, size - 6, size - 6], outline=255, width=w1 + 3)
    d.ellipse([size * 0.05, size * 0.05, size * 0.95, size * 0.95], outline=255, width=w1 - 1)
    r2 = size * 0.31
    d.ellipse([c - r2, c - r2, c + r2, c + r2], outline=255, width=w1)
    f = ImageFont.truetype(layout.FD + "DejaVuSans-Bold.ttf", int(size * 0.075))
    _ring_text(m, c, c, size * 0.385, top_text, f, -120, 120)
    # star emblem in the centre (no text)
    pts = []
    for k in range(10):
        rr = r2 * (0.7 if k % 2 == 0 else 0.3)
        a = math.pi / 5 * k - math.pi / 2
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    for k in (-1, 1):
        d.ellipse([c + k * size * 0.42 - 8, c + size * 0.0 - 8, c + k * size * 0.42 + 8, c + 8], fill=255)
    _ring_text(m, c, c, size * 0.385, bottom_text, f, 180 + 9 * len(bottom_text) / 2, 180 - 9 * len(bottom_text) / 2,
               bottom=True)
    # ink unevenness
    a = np.asarray(m, dtype=np.float32) / 255.0
    noise = rng.random((size // 16 + 1, size // 16 + 1))
    noise = np.asarray(Image.fromarray((noise * 255).astype(np.uint8)).resize((size, size), Image.BICUBIC),
                       dtype=np.float32) / 255.0
    a = a * (0.45 + 0.55 * noise)
    return a


def deg_stamp(p, rng):
    img = p.img
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    H, W = a.shape[:2]
    # signature scribbles in blue-black ink in the signature gaps
    sig = Image.new("L", (W, H), 0)
    tmp = layout.Page.__new__(layout.Page)
    tmp.d = ImageDraw.Draw(sig)
    import random as _r
    rr = _r.Random(int(rng.integers(1 << 30)))
    boxes = p.sig_boxes or [(W * 0.6, H * 0.8, W * 0.85, H * 0.86)]
    for (x0, y0, x1, y1) in boxes:
        pages.scribble(tmp, x0 + (x1 - x0) * 0.15, y0 + (y1 - y0) * 0.1, (x1 - x0) * 0.7, (y1 - y0) * 0.95, rr,
                       fill=255, width=6)
    s = np.asarray(sig, dtype=np.float32)[..., None] / 255.0
    ink = np.array([25, 30, 95], dtype=np.float32)
    a = a * (1 - s) + ink * s
    # round stamp
    size = layout.mm(40)
    top = "PEMERINTAH KOTA SAMARINDA"
    bot = {"nota_dinas": "BAPPEDA", "surat_tugas": "BKPSDM", "kuitansi": "CV MAHAKAM SENTOSA",
           "daftar_hadir": "SETDA", "rup": "DINAS PUPR", "renja": "DINAS PUPR",
           "pengumuman": "DPMPTSP"}[p.name]
    if p.name == "kuitansi":
        top = "CV MAHAKAM SENTOSA ABADI"
        bot = "SAMARINDA"
    m = make_stamp(size, rng, top, bot)
    ang = float(rng.uniform(-25, 25))
    mi = Image.fromarray((m * 255).astype(np.uint8)).rotate(ang, resample=Image.BICUBIC)
    m = np.asarray(mi, dtype=np.float32) / 255.0 * 0.82
    cx, cy = p.stamp_xy or (W * 0.7, H * 0.85)
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    x0 = min(max(0, x0), W - size)
    y0 = min(max(0, y0), H - size)
    col = np.array([70, 60, 175], dtype=np.float32) / 255.0
    if p.name in ("kuitansi", "rup"):
        col = np.array([160, 40, 70], dtype=np.float32) / 255.0  # red/magenta ink
    reg = a[y0:y0 + size, x0:x0 + size]
    reg *= 1 - m[..., None] * (1 - col[None, None, :])
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "RGB"), col


def stamp_palette(col):
    """Fixed palette: 16 greys, stamp-ink blends over white and over grey text, signature-ink blends."""
    cols = [(v * 17,) * 3 for v in range(16)]
    ink = col * 255
    for t in np.linspace(0.08, 1.0, 14):
        cols.append(tuple(int(round(255 * (1 - t) + c * t)) for c in ink))
    for g in (64, 128, 190):
        for t in (0.35, 0.7):
            cols.append(tuple(int(round(g * (1 - t * (1 - c / 255)))) for c in ink))
    sig = np.array([25, 30, 95])
    for t in np.linspace(0.15, 1.0, 8):
        cols.append(tuple(int(round(255 * (1 - t) + c * t)) for c in sig))
    pal = [v for c in cols for v in c]
    img = Image.new("P", (1, 1))
    img.putpalette(pal + pal[-3:] * (256 - len(cols)))
    return img


def write_page(p, outdir):
    name = p.name
    d = os.path.join(outdir, "pages", name)
    os.makedirs(d, exist_ok=True)
    files = {}
    for deg in DEGS:
        rng = rng_for(name, deg)
        fn = os.path.join(d, f"{name}__{deg}.{EXT[deg]}")
        if deg == "clean_300dpi":
            save_grey4(p.img, fn, 300)
        elif deg == "dpi150":
            save_grey4(resize_dpi(p.img, 150), fn, 150)
        elif deg == "fax":
            deg_fax(p.img, rng).save(fn, dpi=(200, 200), optimize=True)
        elif deg == "jpeg_q25":
            resize_dpi(p.img, 200).save(fn, quality=25, dpi=(200, 200))
        elif deg == "pdf_skew2":
            g, ang = deg_skew(p.img, rng)
            files["skew_angle"] = ang
            g.save(fn, "PDF", resolution=200.0, quality=50, title=f"{name} scan",
                   creationDate=FIXED_DATE, modDate=FIXED_DATE)
        elif deg == "phone_photo":
            deg_phone(p.img, rng).save(fn, quality=72, dpi=(180, 180))
        elif deg == "stamp":
            im, col = deg_stamp(p, rng)
            im = resize_dpi(im, 200)
            im.quantize(palette=stamp_palette(col), dither=Image.Dither.NONE).save(fn, dpi=(200, 200),
                                                                                   optimize=True)
        elif deg == "sideways":
            save_grey4(p.img.rotate(90, expand=True), fn, 300)
        elif deg == "upside_down":
            save_grey4(p.img.rotate(180, expand=True), fn, 300)
        files[deg] = os.path.relpath(fn, outdir)
    return files


def main():
    out = HERE
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    manifest = []
    meta = {}
    for b in pages.BUILDERS:
        p = b()
        with open(os.path.join(out, "truth", f"{p.name}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(out, "truth", f"{p.name}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        files = write_page(p, out)
        meta[p.name] = {"landscape": p.W > p.H, "table_styles": p.table_styles,
                        "skew_angle_deg": round(files.pop("skew_angle"), 3),
                        "numbers": getattr(p, "kuitansi_numbers", None) or
                        (getattr(p, "renja_numbers", None) and {k: v for k, v in p.renja_numbers.items()
                                                                 if k != "sub"})}
        for deg in DEGS:
            e = {"file": files[deg], "text_type": p.name, "degradation": deg, "truth": f"truth/{p.name}.txt"}
            if p.tables:
                e["tables"] = f"truth/{p.name}.tables.json"
            manifest.append(e)
        print(p.name, len(p.lines), "lines", [len(t) for t in p.tables], "table rows")
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(out, "page_meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
