"""Generate the ocr29 blind OCR set. Deterministic: fixed seeds, no timestamps in any file.

Usage: python generate.py   (from this directory; needs pillow, numpy)
"""
import sys
sys.dont_write_bytecode = True
import json
import math
import os
import shutil
import time
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import docs
from render import DPI, FD, scribble

OUT = os.path.dirname(os.path.abspath(__file__))
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]


def rng_for(name, deg):
    return np.random.default_rng(zlib.crc32((name + "/" + deg).encode()))


def grey16(img):
    """4-bit grey palette image."""
    a = np.asarray(img, dtype=np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(q, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal + [0] * (768 - len(pal)))
    return p


def save_png16(img, path, dpi):
    grey16(img).save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def scale(img, dpi):
    f = dpi / DPI
    return img.resize((round(img.width * f), round(img.height * f)), Image.LANCZOS)


def paper_noise(a, rng, sigma):
    return np.clip(a + rng.normal(0, sigma, a.shape), 0, 255)


# ---------------------------------------------------------------- degradations
def d_fax(img, rng):
    # 200 x 100 dpi sampling, 1-bit, then shown with square 200 dpi pixels (each row doubled)
    w, h = round(img.width * 200 / DPI), round(img.height * 100 / DPI)
    lo = np.asarray(img.resize((w, h), Image.BOX), dtype=np.float32)
    thr = 150 + rng.normal(0, 6, (h, 1))          # per-scanline threshold jitter
    bw = lo < thr
    # specks
    n = int(w * h * 0.0012)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    bw[ys, xs] = True
    for _ in range(40):  # small blotches
        y, x = rng.integers(2, h - 3), rng.integers(2, w - 3)
        bw[y:y + rng.integers(1, 3), x:x + rng.integers(1, 4)] = True
    # horizontal streaks (dark scanlines, partly broken) and a couple of white drop-out lines
    for _ in range(5):
        y = rng.integers(0, h)
        x0 = rng.integers(0, w // 2)
        x1 = min(w, x0 + rng.integers(w // 4, w))
        seg = rng.random(x1 - x0) < 0.85
        bw[y, x0:x1] |= seg
    for _ in range(2):
        y = rng.integers(h // 5, h - 5)
        bw[y, :] &= rng.random(w) < 0.5
    # vertical streak from a dirty scanner glass
    x = rng.integers(w // 6, w - w // 6)
    bw[:, x] |= rng.random(h) < 0.6
    bw = np.repeat(bw, 2, axis=0)
    out = Image.fromarray((~bw).astype(np.uint8) * 255, "L").convert("1", dither=Image.NONE)
    return out


def d_jpeg(img, rng):
    a = np.asarray(scale(img, 200), dtype=np.float32)
    a = a * 0.93 + 8  # greyish paper
    a = paper_noise(a, rng, 3)
    return Image.fromarray(a.astype(np.uint8), "L")


def d_pdf_skew(img, rng):
    im = scale(img, 200)
    ang = float(rng.choice([-1, 1]) * rng.uniform(1.8, 2.2))
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.9 + 14
    a = paper_noise(a, rng, 5)
    # salt & pepper
    m = rng.random(a.shape)
    a[m < 0.0008] = 30
    # dark scanner edge on one side
    a[:, :8] = 60
    return Image.fromarray(a.astype(np.uint8), "L"), ang


def desk_background(w, h, rng):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grain = np.sin(xx / 7.0 + np.sin(yy / 53.0) * 3) * 10 + rng.normal(0, 6, (h, w))
    base = np.stack([118 + grain, 82 + grain * 0.8, 52 + grain * 0.6], -1)
    return np.clip(base, 0, 255)


def d_phone(img, rng):
    page = scale(img, 200).convert("RGB")
    pa = np.asarray(page, dtype=np.float32) * np.array([0.97, 0.95, 0.9]) + np.array([4, 5, 8])
    page = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8), "RGB")
    pw, ph = page.size
    W, H = int(pw * 1.18), int(ph * 1.14)
    bg = desk_background(W, H, rng)
    # target quad for the page corners (TL, TR, BR, BL) inside the photo
    mx, my = (W - pw) / 2, (H - ph) / 2
    j = lambda s: rng.uniform(-s, s)
    quad = [(mx + j(40) + 30, my + j(30) + 20), (mx + pw + j(40) - 10, my + j(30) + 50),
            (mx + pw + j(40) + 25, my + ph + j(30) - 20), (mx + j(40) - 20, my + ph + j(30) - 5)]
    # find coefficients mapping output (photo) coords -> page coords
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    A, B = [], []
    for (x, y), (u, v) in zip(quad, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coef = np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64))
    warped = page.transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BILINEAR, fillcolor=0)
    # soft shadow under the page
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    sha = np.asarray(sh, dtype=np.float32)[..., None] / 255.0
    bg = bg * (1 - 0.45 * sha)
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    comp = np.asarray(warped, dtype=np.float32) * m + bg * (1 - m)
    # uneven light: bright spot + darker corner
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * rng.uniform(0.3, 0.6), H * rng.uniform(0.2, 0.45)
    d = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    light = 1.08 - 0.55 * d ** 1.4
    grad = 1.0 - 0.18 * (xx / W) * (yy / H)
    comp = comp * (light * grad)[..., None]
    comp = comp * np.array([1.0, 0.98, 0.92])  # warm indoor light
    comp = paper_noise(comp, rng, 4)
    out = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(1.1))
    out = out.resize((int(W * 0.85), int(H * 0.85)), Image.LANCZOS)
    return out


STAMP_TEXT = {
    "surat_tugas": ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KOTA SAMARINDA"),
    "sppd_rincian": ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "LUNAS"),
    "kib_b": ("DINAS KESEHATAN KOTA SAMARINDA", "PENGURUS BARANG"),
    "nota_pembelian": ("CV. MAHAKAM JAYA ABADI", "SAMARINDA"),
    "notulen_rapat": ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KOTA SAMARINDA"),
    "ba_kas": ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "KOTA SAMARINDA"),
    "daftar_hadir": ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "PANITIA"),
}


def draw_stamp(size, ring, centre, color, rng):
    S = size
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    d.ellipse([4, 4, S - 4, S - 4], outline=255, width=max(6, S // 45))
    d.ellipse([S * 0.2, S * 0.2, S * 0.8, S * 0.8], outline=255, width=max(4, S // 70))
    f = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", size=int(S * 0.085))
    text = ring + " * "
    n = len(text)
    R = S * 0.39
    for i, ch in enumerate(text):
        a = -math.pi / 2 + 2 * math.pi * (i + 0.5) / n
        ci = Image.new("L", (int(S * 0.12), int(S * 0.12)), 0)
        ImageDraw.Draw(ci).text((ci.width / 2, ci.height / 2), ch, font=f, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = S / 2 + R * math.cos(a) - ci.width / 2
        y = S / 2 + R * math.sin(a) - ci.height / 2
        lay.paste(255, (int(x), int(y)), ci)
    fc = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", size=int(S * 0.075))
    d.text((S / 2, S / 2), centre, font=fc, fill=255, anchor="mm")
    lay = lay.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    a = np.asarray(lay, dtype=np.float32) / 255.0
    # uneven ink
    ink = 0.55 + 0.4 * rng.random((S // 16 + 1, S // 16 + 1))
    ink = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).resize((S, S), Image.BILINEAR), dtype=np.float32) / 255
    return a * ink


def d_stamp(img, name, sig, rng):
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32)
    S = int(38 / 25.4 * DPI)
    cx, cy = int((sig[0] - 14) / 25.4 * DPI), int(sig[1] / 25.4 * DPI)
    ring, centre = STAMP_TEXT[name]
    a = draw_stamp(S, ring, centre, None, rng)
    col = np.array([70, 60, 170], dtype=np.float32) if name != "nota_pembelian" else np.array([170, 40, 60], dtype=np.float32)
    x0, y0 = cx - S // 2, cy - S // 2
    H, W = rgb.shape[:2]
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(W, x0 + S), min(H, y0 + S)
    sub = rgb[ya:yb, xa:xb]
    al = a[ya - y0:yb - y0, xa - x0:xb - x0][..., None] * 0.85
    tint = col / 255.0
    rgb[ya:yb, xa:xb] = sub * (1 - al) + sub * tint * al  # multiply blend
    out = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    # signature in blue-black ink over the name area
    sl = Image.new("L", out.size, 0)
    scribble(ImageDraw.Draw(sl), cx + int(0.6 * S), cy + int(0.1 * S), int(0.9 * S), int(0.35 * S), rng, 255, 6)
    sa = np.asarray(sl.filter(ImageFilter.GaussianBlur(1)), dtype=np.float32)[..., None] / 255.0
    o = np.asarray(out, dtype=np.float32)
    o = o * (1 - sa) + np.array([20, 30, 90], dtype=np.float32) * sa
    out = Image.fromarray(np.clip(o, 0, 255).astype(np.uint8), "RGB")
    # fixed palette: 16 greys + white->stamp ink + stamp ink->black + white->signature ink
    pal = []
    for i in range(16):
        pal.append((i * 17,) * 3)
    ink = col / 255.0
    for k in range(1, 13):
        a_ = k / 12 * 0.85
        pal.append(tuple(int(round(255 * (1 - a_) + 255 * ink[c] * a_)) for c in range(3)))
    full = 255 * (1 - 0.85) + 255 * ink * 0.85
    for k in range(1, 8):
        pal.append(tuple(int(round(full[c] * (1 - k / 8))) for c in range(3)))
    sig_ink = (20, 30, 90)
    for k in range(1, 13):
        pal.append(tuple(int(round(255 * (1 - k / 12) + sig_ink[c] * k / 12)) for c in range(3)))
    flat = [v for c in pal for v in c]
    pimg = Image.new("P", (1, 1))
    pimg.putpalette(flat + [0] * (768 - len(flat)))
    return out.quantize(palette=pimg, dither=Image.Dither.NONE)


# ---------------------------------------------------------------- main
FIXED_DATE = time.strptime("20261207000000", "%Y%m%d%H%M%S")  # no wall-clock time in the PDFs


def main(only=None):
    """only: optional list of degradations to (re)write; default all (full clean rebuild)."""
    if only is None:
        only = DEGS
        for sub in ("pages", "truth"):
            shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
            os.makedirs(os.path.join(OUT, sub))
    pages = docs.build_all()
    manifest = []
    meta = {}
    for name, p in pages.items():
        os.makedirs(os.path.join(OUT, "pages", name), exist_ok=True)
        with open(os.path.join(OUT, "truth", name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", name + ".tables.json"), "w", encoding="utf-8") as f:
                json.dump(p.tables, f, ensure_ascii=False, indent=1)
        img = p.img
        info = {"landscape": img.width > img.height, "size_px_300dpi": list(img.size)}
        for deg in DEGS:
            rng = rng_for(name, deg)
            base = os.path.join("pages", name, name + "__" + deg)
            if deg not in only and deg != "pdf_skew2":
                e = {"file": base + "." + EXT[deg], "text_type": name, "degradation": deg, "truth": "truth/%s.txt" % name}
                if p.tables:
                    e["tables"] = "truth/%s.tables.json" % name
                manifest.append(e)
                continue
            if deg == "clean_300dpi":
                fn = base + ".png"; save_png16(img, os.path.join(OUT, fn), 300)
            elif deg == "dpi150":
                fn = base + ".png"; save_png16(scale(img, 150), os.path.join(OUT, fn), 150)
            elif deg == "fax":
                fn = base + ".png"; d_fax(img, rng).save(os.path.join(OUT, fn), optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                fn = base + ".jpg"; d_jpeg(img, rng).save(os.path.join(OUT, fn), quality=25, dpi=(200, 200))
            elif deg == "pdf_skew2":
                fn = base + ".pdf"
                im, ang = d_pdf_skew(img, rng)
                info["skew_deg_ccw"] = round(ang, 3)
                if deg in only:
                    im.save(os.path.join(OUT, fn), "PDF", resolution=200.0, quality=50,
                            creationDate=FIXED_DATE, modDate=FIXED_DATE)
            elif deg == "phone_photo":
                fn = base + ".jpg"; d_phone(img, rng).save(os.path.join(OUT, fn), quality=80)
            elif deg == "stamp":
                fn = base + ".png"; d_stamp(img, name, p.sig, rng).save(os.path.join(OUT, fn), optimize=True, dpi=(300, 300))
            elif deg == "sideways":
                fn = base + ".png"; save_png16(img.transpose(Image.ROTATE_90), os.path.join(OUT, fn), 300)
            elif deg == "upside_down":
                fn = base + ".png"; save_png16(img.transpose(Image.ROTATE_180), os.path.join(OUT, fn), 300)
            e = {"file": fn, "text_type": name, "degradation": deg, "truth": "truth/%s.txt" % name}
            if p.tables:
                e["tables"] = "truth/%s.tables.json" % name
            manifest.append(e)
        meta[name] = info
        print(name, "done", len(p.lines), "lines", [len(t) for t in p.tables])
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "page_info.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    # python generate.py                -> full rebuild
    # python generate.py --only a,b     -> rewrite only these degradations (+ truth, manifest)
    main(sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[1] == "--only" else None)
