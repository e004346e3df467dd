"""Degradations of a clean 300 dpi page (mode L, 2480x3508). Pillow + numpy only, seeded."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from layout import FONTFILES


def _resize(img, dpi):
    s = dpi / 300
    return img.resize((round(img.width * s), round(img.height * s)), Image.LANCZOS)


def clean(img, rng):
    return img


def dpi150(img, rng):
    return _resize(img, 150)


def fax(img, rng):
    # 204 x 98 dpi sampling (fax standard resolution), thresholded, line drop-outs and streaks,
    # then rows doubled so the file has square ~200 dpi pixels with the blocky fax look.
    w, h = 1728, round(img.height * 98 / 300)
    small = np.asarray(img.resize((w, h), Image.BOX), dtype=np.float32)
    small = small + rng.normal(0, 18, small.shape)
    b = small > 165
    # vertical streaks (dirty scanner head)
    for _ in range(rng.integers(2, 4)):
        x = int(rng.integers(40, w - 40))
        wid = int(rng.integers(1, 3))
        mask = rng.random(h) < 0.55
        b[mask, x:x + wid] = False
    # horizontal drop-out lines (white) and noise bursts (black dashes)
    for _ in range(rng.integers(4, 8)):
        y = int(rng.integers(0, h))
        b[y, :] = True
    for _ in range(rng.integers(3, 6)):
        y = int(rng.integers(0, h))
        x0 = int(rng.integers(0, w - 300))
        ln = int(rng.integers(80, 300))
        b[y, x0:x0 + ln] &= rng.random(ln) > 0.6
    # speckle
    sp = rng.random(b.shape) < 0.0012
    b[sp] = False
    b = np.repeat(b, 2, axis=0)
    return Image.fromarray((b * 255).astype(np.uint8)).convert("1", dither=Image.NONE)


def jpeg_q25(img, rng):
    return _resize(img, 200)


def pdf_skew2(img, rng):
    im = _resize(img, 200)
    ang = 2.0 if rng.random() < 0.5 else -2.0
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    # greyish paper, uneven tone, sensor noise, a few specks
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    tone = 232 + 10 * np.sin(xx / a.shape[1] * math.pi) + 6 * (yy / a.shape[0])
    a = a / 255.0 * tone + rng.normal(0, 4.5, a.shape)
    sp = rng.random(a.shape) < 0.0008
    a[sp] = rng.uniform(40, 140, sp.sum())
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return im, ang


def _persp_coeffs(dst, src):
    # coefficients mapping output (dst) coords to input (src) coords for Image.PERSPECTIVE
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(img, rng):
    OW, OH = 1500, 2000
    page = img.resize((1250, round(1500 * img.height / img.width)), Image.LANCZOS)
    pw, ph = page.size
    paper = np.array([250, 246, 236], np.float32)
    pg = np.asarray(page, np.float32)[..., None] / 255.0 * paper
    page_rgb = Image.fromarray(pg.astype(np.uint8), "RGB")
    # background: desk with grain
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = 12 * np.sin(yy / 9.0 + 3 * np.sin(xx / 160.0)) + rng.normal(0, 6, (OH, OW))
    base = np.array([118, 86, 58], np.float32)
    bg = np.clip(base[None, None, :] + grain[..., None], 0, 255)
    out = Image.fromarray(bg.astype(np.uint8), "RGB")
    # destination quad (tilted sheet)
    j = lambda s: float(rng.uniform(-s, s))
    tl = (125 + j(35), 100 + j(35))
    tr = (OW - 110 + j(35), 140 + j(35))
    br = (OW - 65 + j(25), OH - 90 + j(25))
    bl = (90 + j(25), OH - 50 + j(25))
    dst = [tl, tr, br, bl]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(dst, src)
    warped = page_rgb.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC)
    # soft shadow under the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    o = np.asarray(out, np.float32) * (1 - 0.45 * np.roll(np.roll(np.asarray(sh, np.float32) / 255, 18, 0), 14, 1)[..., None])
    out = Image.fromarray(np.clip(o, 0, 255).astype(np.uint8))
    out.paste(warped, (0, 0), mask)
    # uneven lighting: bright spot + darker corner
    cx, cy = OW * rng.uniform(0.3, 0.7), OH * rng.uniform(0.2, 0.45)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(OW, OH)
    light = 1.08 - 0.55 * r ** 1.5
    light *= 1 - 0.12 * (xx / OW)
    o = np.asarray(out, np.float32) * light[..., None] * np.array([1.0, 0.98, 0.93])
    o += rng.normal(0, 3.0, o.shape)
    out = Image.fromarray(np.clip(o, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(1.1))


STAMP_COLORS = [(46, 62, 170), (120, 40, 150), (175, 35, 45)]


def _stamp_mask(size, ring, center, rng):
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    R = size / 2 - 6
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=9)
    d.ellipse([c - R + 16, c - R + 16, c + R - 16, c + R - 16], outline=255, width=4)
    ri = R * 0.58
    d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=4)
    f = ImageFont.truetype(FONTFILES["sans-b"], int(size * 0.085))
    # ring text around the circle
    n = len(ring)
    span = 300.0
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = (R + ri) / 2 + 2
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        tile = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(tile).text((35, 35), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        m.paste(255, (int(x - 35), int(y - 35)), tile)
    f2 = ImageFont.truetype(FONTFILES["sans-b"], int(size * 0.11))
    d.text((c, c - size * 0.03), center, font=f2, fill=255, anchor="mm")
    d.text((c, c + size * 0.12), "* * *", font=f, fill=255, anchor="mm")
    # ink texture: uneven pressure
    a = np.asarray(m, np.float32) / 255
    tex = np.asarray(Image.fromarray((rng.random((size // 8, size // 8)) * 255).astype(np.uint8))
                     .resize((size, size), Image.BICUBIC), np.float32) / 255
    a = a * np.clip(0.45 + 0.75 * tex, 0, 1) * (rng.random(a.shape) > 0.08)
    return Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def _signature(w, h, rng):
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    t = np.linspace(0, 1, 900)
    k = rng.uniform(5, 8)
    x = 0.08 * w + 0.8 * w * t + 0.06 * w * np.sin(2 * math.pi * k * t + rng.uniform(0, 6))
    y = h * (0.55 + 0.28 * np.sin(2 * math.pi * (k * 0.9) * t) * np.exp(-1.5 * t) - 0.15 * t
             + 0.05 * np.sin(2 * math.pi * 23 * t))
    pts = list(zip(x.tolist(), y.tolist()))
    d.line(pts, fill=255, width=5, joint="curve")
    # underline flourish
    x2 = np.linspace(0.15 * w, 0.95 * w, 200)
    y2 = h * 0.78 + 0.05 * h * np.sin(np.linspace(0, 3, 200))
    d.line(list(zip(x2.tolist(), y2.tolist())), fill=255, width=4)
    return m.filter(ImageFilter.GaussianBlur(0.7))


def stamp(img, rng, spec):
    """spec: dict(stamp=(fx, fy), sig=(fx, fy), ring=str, center=str, color=int); fractions of page."""
    im = _resize(img, 200).convert("RGB")
    W, H = im.size
    a = np.asarray(im, np.float32)
    size = 330
    sm = _stamp_mask(size, spec["ring"], spec["center"], rng).rotate(float(rng.uniform(-25, 25)),
                                                                    resample=Image.BICUBIC)
    col = np.array(STAMP_COLORS[spec["color"]], np.float32)
    full = Image.new("L", (W, H), 0)
    full.paste(sm, (int(spec["stamp"][0] * W - size / 2), int(spec["stamp"][1] * H - size / 2)))
    sw, shh = 520, 200
    sg = _signature(sw, shh, rng)
    sigfull = Image.new("L", (W, H), 0)
    sigfull.paste(sg, (int(spec["sig"][0] * W), int(spec["sig"][1] * H)))
    for m, c, op in [(full, col, 0.85), (sigfull, np.array([22, 30, 105], np.float32), 0.95)]:
        al = np.asarray(m, np.float32)[..., None] / 255 * op
        a = a * (1 - al * (1 - c / 255.0))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def sideways(img, rng, direction):
    im = _resize(img, 200)
    return im.transpose(Image.ROTATE_90 if direction == "ccw" else Image.ROTATE_270)


def upside_down(img, rng):
    return _resize(img, 200).transpose(Image.ROTATE_180)
