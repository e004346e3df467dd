"""Own degradation code for the ocr19 set.  Every function takes the clean 300 dpi
greyscale page (PIL 'L') and a numpy Generator and writes one file."""
import io
import math
import time
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/dejavu/"
GREY8 = []
for i in range(16):
    GREY8 += [min(255, round(i * 255 / 7))] * 3


def save_png4(img, path, dpi):
    """greyscale -> 8 grey levels stored as a 4-bit palette PNG"""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    idx = np.round(a / (255 / 7)).clip(0, 7).astype(np.uint8)
    p = Image.fromarray(idx, "P")
    p.putpalette(GREY8)
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


# ------------------------------------------------------------------ simple ones
def clean(img, rng, path):
    save_png4(img, path, 300)


def dpi150(img, rng, path):
    s = img.resize((img.width // 2, img.height // 2), Image.LANCZOS)
    save_png4(s, path, 150)


def sideways(img, rng, path, direction):
    t = Image.ROTATE_90 if direction == "ccw" else Image.ROTATE_270
    save_png4(img.transpose(t), path, 300)


def upside_down(img, rng, path):
    save_png4(img.transpose(Image.ROTATE_180), path, 300)


def jpeg_q25(img, rng, path):
    """200 dpi greyscale, JPEG quality 25"""
    s = img.resize((round(img.width * 2 / 3), round(img.height * 2 / 3)), Image.LANCZOS)
    s.save(path, "JPEG", quality=25, dpi=(200, 200))


# ------------------------------------------------------------------ fax
def fax(img, rng, path):
    W, H = img.size
    w2, h2 = round(W * 200 / 300), round(H * 100 / 300)
    s = np.asarray(img.resize((w2, h2), Image.BOX), dtype=np.float32)
    s = s + rng.normal(0, 14, s.shape)
    black = s < 170
    # all transmission artefacts live on the 100 lpi scan lines
    Hh, Ww = black.shape
    # scan-line dropouts (white) over part of the width
    for _ in range(rng.integers(4, 8)):
        y = int(rng.integers(0, Hh - 1))
        x0 = int(rng.integers(0, Ww // 2))
        x1 = int(min(Ww, x0 + rng.integers(Ww // 4, Ww)))
        black[y, x0:x1] = False
    # thin dark streaks, broken
    for _ in range(rng.integers(2, 4)):
        y = int(rng.integers(0, Hh))
        black[y, :] |= rng.random(Ww) < 0.55
    # one vertical streak (dirty scanner glass)
    x = int(rng.integers(Ww // 5, 4 * Ww // 5))
    black[:, x] |= rng.random(Hh) < 0.5
    # specks
    n = int(rng.integers(800, 1400))
    ys = rng.integers(0, Hh - 2, n)
    xs = rng.integers(0, Ww - 3, n)
    sz = rng.integers(1, 3, n)
    for y, x_, s_ in zip(ys, xs, sz):
        black[y:y + 1 + (s_ > 1), x_:x_ + s_] = True
    black = np.repeat(black, 2, axis=0)          # back to 200x200 geometry: every scan line doubled
    out = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    out.save(path, optimize=True, dpi=(200, 200))


# ------------------------------------------------------------------ pdf skew
def pdf_skew2(img, rng, path):
    W, H = img.size
    s = img.resize((round(W * 2 / 3), round(H * 2 / 3)), Image.LANCZOS)
    # scanner bed slightly larger than the sheet
    bw = 40
    bed = Image.new("L", (s.width + 2 * bw, s.height + 2 * bw), 238)
    paper = Image.eval(s, lambda v: int(v * 0.97))            # slightly grey paper
    bed.paste(paper, (bw, bw))
    ang = float(rng.choice([-1, 1]) * rng.uniform(1.7, 2.3))
    r = bed.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=238)
    a = np.asarray(r, dtype=np.float32)
    a = a + rng.normal(0, 2.0, a.shape)
    n = 600
    ys, xs = rng.integers(0, a.shape[0] - 3, n), rng.integers(0, a.shape[1] - 3, n)
    for y, x in zip(ys, xs):
        a[y:y + 2, x:x + 2] = rng.uniform(40, 140)
    r = Image.fromarray(a.clip(0, 255).astype(np.uint8), "L")
    fixed = time.strptime("2026-04-06 10:15:00", "%Y-%m-%d %H:%M:%S")
    r.save(path, "PDF", resolution=200.0, quality=40, title="scan", creator="Scanner", producer="ScanApp",
           creationDate=fixed, modDate=fixed)
    return ang


# ------------------------------------------------------------------ phone photo
def _coeffs(dst, src):
    """perspective coefficients mapping output (dst) points to input (src) points"""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(img, rng, path):
    W, H = img.size
    land = W > H
    CW, CH = (2800, 2100) if land else (2100, 2800)
    # desk background: warm wood-ish low frequency noise
    lo = rng.normal(0, 1, (12, 16) if land else (16, 12))
    lo = Image.fromarray(((lo - lo.min()) / (np.ptp(lo) + 1e-6) * 255).astype(np.uint8)).resize(
        (CW, CH), Image.BICUBIC)
    lo = np.asarray(lo, np.float32) / 255.0
    grain = np.asarray(Image.fromarray(rng.integers(0, 255, (CH // 8, CW)).astype(np.uint8)).resize(
        (CW, CH), Image.BILINEAR), np.float32) / 255.0
    base = np.array([118, 86, 58], np.float32)
    bg = base[None, None, :] * (0.8 + 0.3 * lo[..., None] + 0.12 * grain[..., None])
    # page quad
    scale = min(CW * 0.86 / W, CH * 0.86 / H)
    pw, ph = W * scale, H * scale
    cx, cy = CW / 2 + rng.uniform(-40, 40), CH / 2 + rng.uniform(-40, 40)
    j = lambda m: rng.uniform(-m, m)
    k = 0.035 * min(pw, ph)
    topshrink = rng.uniform(0.02, 0.05) * pw
    dst = [(cx - pw / 2 + topshrink + j(k), cy - ph / 2 + j(k)), (cx + pw / 2 - topshrink + j(k), cy - ph / 2 + j(k)),
           (cx + pw / 2 + j(k), cy + ph / 2 + j(k)), (cx - pw / 2 + j(k), cy + ph / 2 + j(k))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    co = _coeffs(dst, src)
    paper = img.convert("RGB")
    pa = np.asarray(paper, np.float32) * (np.array([250, 247, 238], np.float32) / 255.0)
    paper = Image.fromarray(pa.astype(np.uint8))
    warped = paper.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (W, H), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR)
    # soft shadow under the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    sh = np.asarray(sh, np.float32)[..., None] / 255.0
    sh = np.roll(np.roll(sh, 18, axis=0), 14, axis=1)
    bg = bg * (1 - 0.45 * sh)
    m = np.asarray(mask, np.float32)[..., None] / 255.0
    out = bg * (1 - m) + np.asarray(warped, np.float32) * m
    # uneven light: linear gradient + off-centre hotspot
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = (np.cos(ang) * (xx / CW - 0.5) + np.sin(ang) * (yy / CH - 0.5))
    hx, hy = rng.uniform(0.3, 0.7) * CW, rng.uniform(0.3, 0.7) * CH
    d = np.sqrt(((xx - hx) / CW) ** 2 + ((yy - hy) / CH) ** 2)
    light = 0.93 - 0.28 * g - 0.35 * d ** 2 * 2
    out = out * light[..., None] * np.array([1.0, 0.985, 0.94], np.float32)
    out = out + rng.normal(0, 3.5, out.shape)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    im.save(path, "JPEG", quality=70)
    return dst


# ------------------------------------------------------------------ stamp + signature
def _stamp_layer(d, rng, text_top, text_bottom):
    S = d + 40
    lay = Image.new("L", (S, S), 0)
    dr = ImageDraw.Draw(lay)
    c = S / 2
    R = d / 2
    dr.ellipse([c - R, c - R, c + R, c + R], outline=255, width=10)
    dr.ellipse([c - R + 22, c - R + 22, c + R - 22, c + R - 22], outline=255, width=4)
    r_in = R * 0.56
    dr.ellipse([c - r_in, c - r_in, c + r_in, c + r_in], outline=255, width=4)
    # star in the middle
    pts = []
    for i in range(10):
        rr = r_in * (0.7 if i % 2 == 0 else 0.3)
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    dr.polygon(pts, fill=255)
    font = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(d * 0.075))
    rt = R - 22 - int(d * 0.06)

    def ring(text, start, end, inward):
        n = len(text)
        for i, ch in enumerate(text):
            t = start + (end - start) * (i + 0.5) / n
            x, y = c + rt * math.cos(t), c + rt * math.sin(t)
            g = Image.new("L", (int(d * 0.12), int(d * 0.12)), 0)
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=font, fill=255, anchor="mm")
            rot = -math.degrees(t) - 90 if inward else -math.degrees(t) + 90
            g = g.rotate(rot, resample=Image.BICUBIC)
            lay.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), g)

    ring(text_top, math.radians(200), math.radians(340), True)
    ring(text_bottom, math.radians(145), math.radians(35), False)
    return lay


def stamp(img, rng, path, anchor, unit):
    base = np.asarray(img.convert("RGB"), np.float32)
    H, W = base.shape[:2]
    x, y, space = anchor
    d = 470
    lay = _stamp_layer(d, rng, "PEMERINTAH KOTA SAMARINDA", unit)
    lay = lay.rotate(float(rng.uniform(-18, 18)), resample=Image.BICUBIC)
    a = np.asarray(lay, np.float32) / 255.0
    # uneven ink
    tex = np.asarray(Image.fromarray(rng.integers(0, 255, (lay.height // 6, lay.width // 6)).astype(np.uint8))
                     .resize(lay.size, Image.BILINEAR), np.float32) / 255.0
    a = a * (0.45 + 0.5 * tex) * rng.uniform(0.8, 0.95)
    cx = int(x - 60 + rng.uniform(-40, 40))
    cy = int(y + space * 0.45 + rng.uniform(-30, 30))
    x0, y0 = cx - lay.width // 2, cy - lay.height // 2
    full = np.zeros((H, W), np.float32)
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + lay.width), min(H, y0 + lay.height)
    full[ya:yb, xa:xb] = a[ya - y0:yb - y0, xa - x0:xb - x0]
    ink = np.array([72, 58, 175], np.float32) / 255.0
    out = base * (1 - full[..., None]) + base * ink * full[..., None]
    # signature scribble (dark blue ballpoint) in the signature space
    sig = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(sig)
    sx, sy = x + 60 + rng.uniform(0, 80), y + space * 0.55
    pts = []
    t = 0.0
    for i in range(160):
        t = i / 159
        px = sx + t * 560 + 55 * math.sin(t * 19 + rng.uniform(0, 0.3))
        py = sy + 95 * math.sin(t * 11.0) * (1 - t * 0.6) + 120 * (t - 0.5) ** 2 - 40 * t
        pts.append((px, py))
    dr.line(pts, fill=255, width=7, joint="curve")
    dr.line([(sx + 20, sy + 70), (sx + 640, sy - 30 + rng.uniform(-20, 20))], fill=255, width=6)
    sa = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.2)), np.float32)[..., None] / 255.0 * 0.9
    pen = np.array([25, 35, 105], np.float32)
    out = out * (1 - sa) + pen * sa
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB")
    pal = [[round(i * 255 / 7)] * 3 for i in range(8)]
    for a_ in (0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85):
        pal.append([round(255 * (1 - a_) + 255 * ink[c] * a_) for c in range(3)])
    for base_ in (70, 140):
        for a_ in (0.35, 0.6, 0.85):
            pal.append([round(base_ * (1 - a_) + base_ * ink[c] * a_) for c in range(3)])
    for a_ in (0.35, 0.65, 0.9):
        pal.append([round(255 * (1 - a_) + pen[c] * a_) for c in range(3)])
    pimg = Image.new("P", (1, 1))
    flat = [v for c in pal for v in c]
    pimg.putpalette(flat + flat[:3] * (256 - len(pal)))
    q = im.quantize(palette=pimg, dither=Image.Dither.NONE)
    q.save(path, optimize=True, dpi=(300, 300))
