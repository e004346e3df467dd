"""Home-made degradations for the ocr11 set. Every function takes the clean 300-dpi 'L' page and a
seed and returns (PIL image or bytes, extension)."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from render import FD, W, H


def to_grey4(im):
    """'L' image -> 16-level grey palette image (saved as a 4-bit PNG)."""
    a = np.asarray(im.convert("L"), dtype=np.float32)
    idx = np.clip(np.rint(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(idx, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal)
    return p


def save_png4(im, path, dpi):
    to_grey4(im).save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def clean(page, seed):
    return page, 300


def dpi150(page, seed):
    return page.resize((W // 2, H // 2), Image.LANCZOS), 150


def fax(page, seed):
    """200 x 100 dpi fax look: vertical resolution halved, 1-bit, streaks, specks, dropouts."""
    rng = np.random.default_rng(seed)
    w2, h1 = 1654, 1169  # 200 dpi wide, 100 dpi tall
    small = page.filter(ImageFilter.GaussianBlur(0.8)).resize((w2, h1), Image.BOX)
    a = np.asarray(small, dtype=np.float32)
    a += rng.normal(0, 14, a.shape)
    b = a < 150  # ink
    # horizontal streaks (scan-line noise) and a vertical dirty-roller streak
    for _ in range(rng.integers(4, 8)):
        y = rng.integers(0, h1)
        x0 = rng.integers(0, w2 - 400)
        x1 = min(w2, x0 + rng.integers(300, 1400))
        b[y, x0:x1] |= rng.random(x1 - x0) < 0.55
    xs = rng.integers(300, w2 - 300)
    b[:, xs:xs + 2] |= rng.random((h1, 2)) < 0.35
    # white dropouts (thin lines with lost ink)
    for _ in range(rng.integers(2, 5)):
        y = rng.integers(0, h1)
        b[y, :] &= rng.random(w2) < 0.5
    # specks
    n = int(w2 * h1 * 0.0006)
    ys, xs2 = rng.integers(0, h1, n), rng.integers(0, w2, n)
    b[ys, xs2] = True
    out = Image.fromarray(np.where(b, 0, 255).astype(np.uint8), "L")
    # back to a 200x200 grid by doubling rows (keeps the blocky 100-dpi vertical look)
    out = out.resize((w2, h1 * 2), Image.NEAREST).convert("1", dither=Image.NONE)
    return out, 200


def jpeg_q25(page, seed):
    im = page.resize((1654, 2339), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=25, dpi=(200, 200))
    return buf.getvalue(), 200


def _noise(a, rng, sigma):
    return np.clip(a + rng.normal(0, sigma, a.shape), 0, 255)


def skew_scan(page, seed, angle):
    """200 dpi grey scan rotated by angle (degrees), greyish paper, noise, a little blur."""
    rng = np.random.default_rng(seed)
    im = page.resize((1654, 2339), Image.LANCZOS)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = 18 + a * (225 / 255.0)  # paper grey ~243, ink ~18
    yy = np.linspace(0, 1, a.shape[0])[:, None]
    a = a - 10 * yy  # scanner lamp falloff
    a = _noise(a, rng, 5)
    # dark scanner edge on the left
    a[:, :10] = np.minimum(a[:, :10], 70)
    out = Image.fromarray(a.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
    return out


def _persp_coeffs(dst, src):
    """coefficients for Image.transform(PERSPECTIVE): maps output points dst -> input points src."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(page, seed):
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    OW, OH = 1500, 2000
    pw, ph = 1334, int(1334 * H / W)
    src_im = page.resize((pw, ph), Image.LANCZOS).convert("RGB")
    # slightly warm paper
    sa = np.asarray(src_im, dtype=np.float32)
    sa = sa * np.array([1.0, 0.97, 0.90])
    src_im = Image.fromarray(np.clip(sa, 0, 255).astype(np.uint8), "RGB")
    j = lambda s: r.uniform(-s, s)
    sc = OW / 1800.0
    dst = [(sc * (120 + j(40)), sc * (110 + j(40))), (sc * (1690 + j(40)), sc * (150 + j(40))),
           (sc * (1740 + j(30)), sc * (2300 + j(30))), (sc * (60 + j(30)), sc * (2260 + j(30)))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(dst, src)
    warped = src_im.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR)
    # background: wooden desk
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = 18 * np.sin(xx / 7.0 + 3 * np.sin(yy / 90.0)) + rng.normal(0, 6, (OH, OW))
    bg = np.stack([120 + grain, 80 + grain * 0.7, 50 + grain * 0.5], -1)
    bgim = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    # soft shadow of the page
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    sh = Image.fromarray((np.asarray(sh, np.float32) * 0.5).astype(np.uint8), "L")
    bgim.paste((20, 15, 10), (18, 22), sh)
    bgim.paste(warped, (0, 0), mask)
    a = np.asarray(bgim, dtype=np.float32)
    # uneven light: bright spot + darker corner
    cx, cy = r.uniform(0.3, 0.7) * OW, r.uniform(0.2, 0.5) * OH
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(OW, OH)
    light = 1.08 - 0.55 * dist
    side = 1 - 0.18 * np.clip((xx / OW - 0.6) / 0.4, 0, 1) * (yy / OH)
    a = a * (light * side)[..., None]
    a = _noise(a, rng, 5)
    out = Image.fromarray(a.astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.9))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=72)
    return buf.getvalue()


def make_stamp(ring_text, center_lines, radius, color, seed):
    """RGBA round stamp."""
    r = random.Random(seed)
    S = radius * 2 + 40
    st = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(st)
    c = S / 2
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=9)
    d.ellipse([c - radius + 20, c - radius + 20, c + radius - 20, c + radius - 20], outline=255, width=4)
    ri = radius * 0.58
    d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=4)
    f = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(radius * 0.17))
    n = len(ring_text)
    span = 300.0
    for i, ch in enumerate(ring_text):
        ang = -150 + span * i / max(1, n - 1)  # degrees, 0 = top
        ci = Image.new("L", (80, 80), 0)
        ImageDraw.Draw(ci).text((40, 40), ch, font=f, fill=255, anchor="mm")
        ci = ci.rotate(-ang, resample=Image.BICUBIC)
        rr = radius * 0.79
        x = c + rr * math.sin(math.radians(ang))
        y = c - rr * math.cos(math.radians(ang))
        st.paste(255, (int(x - 40), int(y - 40)), ci)
    # star and centre text
    pts = []
    for k in range(10):
        rad = radius * (0.12 if k % 2 == 0 else 0.05)
        a = math.radians(k * 36 - 90)
        pts.append((c + rad * math.cos(a), c - radius * 0.3 + rad * math.sin(a)))
    d.polygon(pts, fill=255)
    fc = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(radius * 0.13))
    for i, t in enumerate(center_lines):
        d.text((c, c + i * radius * 0.17), t, font=fc, fill=255, anchor="mm")
    # uneven ink
    a = np.asarray(st, np.float32)
    rng = np.random.default_rng(seed)
    a = a * np.clip(rng.normal(0.85, 0.25, a.shape), 0, 1)
    a = np.asarray(Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)), np.float32)
    st = Image.fromarray(a.astype(np.uint8), "L").rotate(r.uniform(-25, 25), resample=Image.BICUBIC)
    return st, color


def stamp(page, seed, sig_box, color, ring_text, center_lines):
    r = random.Random(seed)
    rgb = np.asarray(page.convert("RGB"), dtype=np.float32) / 255.0
    # signature scribble (dark blue ballpoint) over the signature space
    x0, y0, x1, y1 = sig_box
    sig = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(sig)
    px, py = x0 + 60, (y0 + y1) / 2 + 40
    pts = []
    t = 0.0
    fq = r.uniform(0.9, 1.2)
    for i in range(90):
        t += 0.3
        px += r.uniform(4, 9)
        py = (y0 + y1) / 2 + 30 + 55 * math.sin(t * fq) * (1 - i / 140) + r.uniform(-4, 4)
        pts.append((px, py))
    d.line(pts, fill=255, width=6, joint="curve")
    d.line([(x0 + 40, (y0 + y1) / 2 + 110), (px + 60, (y0 + y1) / 2 + 60)], fill=255, width=5)
    sa = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.0)), np.float32)[..., None] / 255.0
    ink = np.array([25, 35, 110]) / 255.0
    rgb = rgb * (1 - sa) + rgb * ink * sa
    # round stamp, multiplied over the left part of the signature block
    st, col = make_stamp(ring_text, center_lines, 200, color, seed)
    sx = int(x0 - 150 + r.uniform(-30, 30))
    sy = int((y0 + y1) / 2 - st.size[1] / 2 + r.uniform(-30, 30))
    layer = Image.new("L", (W, H), 0)
    layer.paste(st, (sx, sy))
    la = np.asarray(layer, np.float32)[..., None] / 255.0 * 0.8
    colr = np.array(col) / 255.0
    rgb = rgb * (1 - la) + rgb * colr * la
    out = Image.fromarray(np.clip(rgb * 255, 0, 255).astype(np.uint8), "RGB")
    # fixed 16-colour palette: 9 greys, 4 shades of the stamp colour, 3 of the ballpoint ink
    pal = []
    for i in range(9):
        pal += [i * 255 // 8] * 3
    for a_ in (0.35, 0.55, 0.75, 0.9):
        pal += [int(255 * (1 - a_ * (1 - c / 255.0))) for c in col]
    for a_ in (0.45, 0.75, 1.0):
        pal += [int(255 * (1 - a_ * (1 - c))) for c in ink]
    pim = Image.new("P", (1, 1))
    pim.putpalette(pal)
    return out.quantize(palette=pim, dither=Image.Dither.NONE)
