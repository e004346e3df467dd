"""Hand-written degradations.  Input: clean 300 dpi 'L' page (PIL) + stamp anchors; all randomness
comes from a numpy Generator passed in (deterministic)."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from layout import MM, px, FONTDIR

GREY16 = [v for i in range(16) for v in (i * 17,) * 3]


def save_png4(img, path, dpi):
    """Store an 'L' image as a 4-bit grey palette PNG."""
    a = np.asarray(img, dtype=np.float32)
    idx = np.clip(np.rint(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.frombytes("P", img.size, idx.tobytes())
    p.putpalette(GREY16)
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def resize_dpi(img, dpi):
    w, h = img.size
    return img.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


def add_noise(img, rng, sigma, paper=250):
    a = np.asarray(img, dtype=np.float32)
    a = a * (paper / 255.0) + rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def specks(a, rng, n, rmax, value=0):
    h, w = a.shape
    for _ in range(n):
        y, x = rng.integers(0, h), rng.integers(0, w)
        r = int(rng.integers(1, rmax + 1))
        a[max(0, y - r // 2):y + (r + 1) // 2, max(0, x - r // 2):x + (r + 1) // 2] = value
    return a


# ------------------------------------------------------------------ 1. dpi150
def dpi150(img, rng):
    return resize_dpi(img, 150)


# ------------------------------------------------------------------ 2. fax
def fax(img, rng):
    """Fax 'standard' resolution: 200 dpi across, 100 lines/inch down; 1-bit; streaks and specks.
    Stored at 200x200 dpi (every scan line doubled) so the aspect ratio stays right."""
    w, h = img.size
    small = img.filter(ImageFilter.MinFilter(3)).resize((round(w * 200 / 300), round(h * 100 / 300)), Image.BOX)
    a = np.asarray(small, dtype=np.float32)
    a = a + rng.normal(0, 18, a.shape)
    b = (a > 165).astype(np.uint8) * 255
    hh, ww = b.shape
    # vertical streaks (dirty scanner glass): thin dark lines over part of the page
    for _ in range(3):
        x = int(rng.integers(40, ww - 40))
        y0 = int(rng.integers(0, hh // 2))
        y1 = int(rng.integers(y0 + hh // 4, hh))
        b[y0:y1, x:x + int(rng.integers(1, 3))] = 0
    # horizontal dropout / noise lines (line transmission errors)
    for _ in range(4):
        y = int(rng.integers(0, hh))
        b[y, :] = np.where(rng.random(ww) < 0.35, 0, b[y, :])
    b = specks(b, rng, 600, 3)
    # slight left-edge darkening band typical of fax
    b[:, :6] = np.where(rng.random((hh, 6)) < 0.5, 0, b[:, :6])
    out = Image.fromarray(b, "L").resize((ww, hh * 2), Image.NEAREST).convert("1", dither=Image.NONE)
    return out


# ------------------------------------------------------------------ 3. jpeg
def jpeg_q25(img, rng):
    im = resize_dpi(img, 200).filter(ImageFilter.GaussianBlur(0.5))
    im = add_noise(im, rng, 5, paper=246)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=25, dpi=(200, 200))
    return buf.getvalue()


# ------------------------------------------------------------------ 4. skewed image-only pdf
def skew_image(img, rng, angle):
    im = resize_dpi(img, 200)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    # uneven scanner background and a grey edge where the lid did not close
    h, w = a.shape
    grad = np.linspace(0, 10, w)[None, :]
    a = a * 0.96 - grad + rng.normal(0, 5, a.shape)
    a[:, :14] = a[:, :14] * 0.45
    a = specks(a, rng, 500, 3, value=40)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def pdf_skew2(img, rng, angle):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    im = skew_image(img, rng, angle)
    jb = io.BytesIO()
    im.save(jb, "JPEG", quality=45)
    jb.seek(0)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("scan")
    c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out.getvalue()


# ------------------------------------------------------------------ 5. phone photo
def _persp_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE: maps output (dst) points to input (src) points."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(img, rng):
    OW, OH = 1800, 2400
    page = img.resize((1500, round(1500 * img.size[1] / img.size[0])), Image.LANCZOS)
    pw, ph = page.size
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(150 + j(30), 110 + j(30)), (1660 + j(30), 170 + j(30)), (1720 + j(25), 2290 + j(25)), (90 + j(25), 2230 + j(25))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(dst, src)
    warped = page.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=255)
    mask = Image.new("L", page.size, 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # desk background: brownish with grain
    yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
    grain = (np.sin(xx / 7.0 + np.sin(yy / 90.0) * 3) * 6 + rng.normal(0, 4, (OH, OW)))
    bg = np.stack([120 + grain, 86 + grain * 0.8, 55 + grain * 0.6], -1)
    paper = np.asarray(warped, np.float32)[..., None] * np.array([1.0, 0.98, 0.93])[None, None, :]
    m = np.asarray(mask, np.float32)[..., None] / 255.0
    a = paper * m + bg * (1 - m)
    # uneven light: brighter top-left, darker bottom-right, plus a soft shadow of the phone
    light = 1.08 - 0.30 * ((xx / OW) * 0.6 + (yy / OH) * 0.8)
    cx, cy = OW * float(rng.uniform(0.55, 0.8)), OH * float(rng.uniform(0.75, 0.95))
    shadow = 1 - 0.22 * np.exp(-(((xx - cx) / 500) ** 2 + ((yy - cy) / 380) ** 2))
    a = a * (light * shadow)[..., None] + rng.normal(0, 3, (OH, OW, 1))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.1))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()


# ------------------------------------------------------------------ 6. stamp + signature
def _stamp_layer(rng, text_ring, centre, r_out=px(19)):
    size = r_out * 2 + 20
    lay = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(lay)
    c = size // 2
    d.ellipse([c - r_out, c - r_out, c + r_out, c + r_out], outline=255, width=9)
    r_in = int(r_out * 0.66)
    d.ellipse([c - r_in, c - r_in, c + r_in, c + r_in], outline=255, width=5)
    f = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 30)
    n = len(text_ring)
    rr = (r_out + r_in) / 2
    for i, ch in enumerate(text_ring):
        ang = -math.pi / 2 + 2 * math.pi * i / n * 0.9 - math.pi * 0.9
        chimg = Image.new("L", (44, 44), 0)
        ImageDraw.Draw(chimg).text((22, 22), ch, font=f, fill=255, anchor="mm")
        chimg = chimg.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x, y = c + rr * math.cos(ang), c + rr * math.sin(ang)
        lay.paste(255, (int(x - 22), int(y - 22)), chimg)
    # centre emblem: star
    pts = []
    for k in range(10):
        rad = r_in * (0.55 if k % 2 == 0 else 0.22)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    d.polygon(pts, fill=255)
    # ink texture: random dropouts
    arr = np.asarray(lay, np.float32) / 255.0
    tex = rng.random(arr.shape)
    arr = arr * np.where(tex < 0.18, 0.25, 1.0) * float(rng.uniform(0.75, 0.9))
    return Image.fromarray((arr * 255).astype(np.uint8), "L").rotate(float(rng.uniform(-25, 25)))


def _signature(rng, w=px(34), h=px(16)):
    lay = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lay)
    x = w * 0.05
    y = h * 0.6
    pts = []
    t = 0.0
    while x < w * 0.95:
        t += 0.45
        x += float(rng.uniform(4, 8)) + 4 * math.cos(t * 1.7)
        y = h * 0.55 + math.sin(t) * h * 0.28 * (1 + 0.3 * math.sin(t / 3)) + float(rng.normal(0, 1))
        pts.append((x, y))
    d.line(pts, fill=255, width=5, joint="curve")
    d.line([(w * 0.1, h * 0.8), (w * 0.85, h * 0.72)], fill=255, width=4)
    return lay


def _apply_ink(rgb, layer, pos, colour):
    a = np.asarray(rgb, np.float32)
    L = np.zeros(a.shape[:2], np.float32)
    lw, lh = layer.size
    x0, y0 = int(pos[0] - lw / 2), int(pos[1] - lh / 2)
    sub = np.asarray(layer, np.float32) / 255.0
    ys, xs = max(0, y0), max(0, x0)
    ye, xe = min(a.shape[0], y0 + lh), min(a.shape[1], x0 + lw)
    L[ys:ye, xs:xe] = sub[ys - y0:ye - y0, xs - x0:xe - x0]
    col = np.array(colour, np.float32)[None, None, :]
    a = a * (1 - L[..., None]) + (a * col / 255.0) * L[..., None]  # multiply blend
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def stamp(img, rng, anchors, ring):
    rgb = img.convert("RGB")
    for i, (x, y) in enumerate(anchors):
        sig = _signature(rng)
        rgb = _apply_ink(rgb, sig, (px(x) + float(rng.uniform(-40, 40)), px(y) + float(rng.uniform(-20, 30))), (20, 35, 120))
        if i == 0 or (i == len(anchors) - 1 and len(anchors) > 2):
            st = _stamp_layer(rng, ring, None)
            rgb = _apply_ink(rgb, st, (px(x) - px(16) + float(rng.uniform(-30, 30)), px(y) + float(rng.uniform(-30, 30))),
                             (70, 45, 215))
    im = resize_dpi(rgb, 200)  # 200 dpi
    # fixed palette: 16 greys, 8 tints of the stamp purple, 8 tints of the signature blue
    pal = list(GREY16)
    for col in ((70, 45, 215), (20, 35, 120)):
        for k in range(8):
            f = (k + 1) / 8.0
            pal += [int(round(255 - (255 - c) * f)) for c in col]
    pim = Image.new("P", (1, 1))
    pim.putpalette(pal)
    return im.quantize(palette=pim, dither=Image.NONE)
