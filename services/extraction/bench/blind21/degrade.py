"""Degradations. Input: the clean 300-dpi greyscale page (PIL 'L'). All randomness seeded."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from layout import px, FONTDIR



def to_grey4(img):
    """Quantize to 16 grey levels, palette PNG (stored at 4 bit)."""
    a = np.asarray(img, dtype=np.uint8)
    q = (a.astype(np.int32) * 15 + 127) // 255          # 0..15
    out = Image.frombytes("P", img.size, np.ascontiguousarray(q.astype(np.uint8)).tobytes())
    pal = []
    for i in range(16):
        v = i * 17
        pal += [v, v, v]
    out.putpalette(pal)
    return out


def save_png4(img, path, dpi):
    to_grey4(img).save(path, optimize=True, dpi=(dpi, dpi))


def clean(img, path):
    save_png4(img, path, 300)


def dpi150(img, path):
    small = img.resize((img.width // 2, img.height // 2), Image.LANCZOS)
    save_png4(small, path, 150)


def fax(img, path, rng):
    w2, h1 = img.width * 2 // 3, img.height // 3           # 200 x 100 dpi sampling
    a = np.asarray(img.resize((w2, h1), Image.BOX), dtype=np.float32)
    a = a + rng.normal(0, 14, a.shape)
    b = a < 175                                              # black
    b = np.repeat(b, 2, axis=0)                              # each scan line printed twice
    H, W = b.shape
    # horizontal streaks (dropouts and dark lines)
    for _ in range(5):
        y = rng.integers(40, H - 40)
        x0 = rng.integers(0, W // 2)
        x1 = rng.integers(x0 + W // 6, W)
        b[y:y + rng.integers(1, 3), x0:x1] = rng.random() < 0.5
    # one thin vertical drum streak
    x = rng.integers(W // 5, 4 * W // 5)
    col = rng.random(H) < 0.55
    b[:, x] |= col
    # specks
    n = int(H * W * 0.0012)
    ys, xs = rng.integers(0, H, n), rng.integers(0, W, n)
    b[ys, xs] = True
    for _ in range(140):
        y, x = rng.integers(0, H - 3), rng.integers(0, W - 3)
        b[y:y + 2, x:x + rng.integers(1, 4)] = True
    # ragged dark edge at the top like a fax feed
    b[:rng.integers(3, 7), :] = True
    im = Image.fromarray((~b).astype(np.uint8) * 255).convert("1")
    im.save(path, optimize=True, dpi=(200, 200))


def jpeg_q25(img, path, rng):
    im = img.filter(ImageFilter.GaussianBlur(0.6))
    im = im.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS)  # 200 dpi
    im.save(path, "JPEG", quality=25, dpi=(200, 200))


def pdf_skew2(img, path, rng, idx):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    im = img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS)  # 200 dpi
    ang = (1.8 + 0.4 * rng.random()) * (1 if idx % 2 == 0 else -1)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.93 + 6 + rng.normal(0, 5, a.shape)
    a += np.linspace(0, 10, a.shape[1])[None, :]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=45)
    buf.seek(0)
    wpt, hpt = im.width * 72 / 200, im.height * 72 / 200
    c = canvas.Canvas(path, pagesize=(wpt, hpt), invariant=1, pageCompression=1)
    c.setTitle("scan")
    c.setCreator("ScanSnap Manager")
    c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
    c.showPage()
    c.save()
    return ang


def _persp_coeffs(src, dst):
    """coefficients mapping output (dst) points to input (src) points for Image.transform."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(img, path, rng, landscape):
    scale = 0.62 if not landscape else 0.66
    pg = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    pw, ph = pg.size
    a = np.asarray(pg, dtype=np.float32) / 255
    paper = np.array([246, 241, 230], np.float32)
    ink = np.array([38, 36, 48], np.float32)
    rgb = ink + (paper - ink) * a[..., None]
    page = Image.fromarray(rgb.astype(np.uint8), "RGB")
    CW, CH = int(pw * 1.16), int(ph * 1.12)
    # background: desk
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    base = np.array([92, 70, 52], np.float32)
    grain = 12 * np.sin(xx / 7.0 + 3 * np.sin(yy / 90.0))
    bg = base[None, None, :] + grain[..., None] + rng.normal(0, 5, (CH, CW, 1))
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    mx, my = (CW - pw) / 2, (CH - ph) / 2
    j = lambda s: rng.uniform(-s, s)
    dst = [(mx + j(25) + 20, my + j(20) + 30), (mx + pw + j(25) - 10, my + j(20)),
           (mx + pw + j(20) + 15, my + ph + j(20) - 10), (mx + j(20) - 10, my + ph + j(25) + 5)]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(src, dst)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR)
    # soft shadow under the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(18))
    cv = np.asarray(canvas, np.float32) * (1 - 0.45 * np.asarray(sh, np.float32)[..., None] / 255)
    canvas = Image.fromarray(cv.astype(np.uint8))
    canvas.paste(warped, (0, 0), mask)
    # uneven light: bright spot + darker corner + slight warm cast
    c = np.asarray(canvas, np.float32)
    cx, cy = CW * rng.uniform(0.3, 0.6), CH * rng.uniform(0.2, 0.4)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(CW, CH)
    light = 1.08 - 0.55 * d ** 1.4
    light *= 1 - 0.18 * np.clip((xx / CW + yy / CH - 1.2), 0, 1)
    c = c * light[..., None] * np.array([1.0, 0.97, 0.9])
    c += rng.normal(0, 3.5, c.shape)
    out = Image.fromarray(np.clip(c, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    out.save(path, "JPEG", quality=72)


def _ring_text(layer, cx, cy, r, text, f, color, start=-90):
    n = len(text)
    span = 300.0
    for i, ch in enumerate(text):
        ang = math.radians(start - span / 2 + span * (i + 0.5) / n)
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        tile = Image.new("RGBA", (90, 90), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((45, 45), ch, font=f, fill=color, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - 45), int(y - 45)))


def _stamp_palette():
    """fixed palette: 16 greys + the stamp ink and the signature ink blended over 4 grey levels."""
    cols = [(i * 17,) * 3 for i in range(16)]
    for ink, alphas in (((72, 52, 160), (0.3, 0.55, 0.8)), ((20, 30, 110), (0.5, 0.92))):
        for a in alphas:
            for g in (255, 190, 110, 30):
                cols.append(tuple(int(round(g * (1 - a) + g * (c / 255) * a)) for c in ink))
    flat = [v for c in cols for v in c]
    pal = Image.new("P", (1, 1))
    pal.putpalette(flat + flat[:3] * (256 - len(cols)))
    return pal


def stamp(img, path, rng, sig_mm, unit):
    rgb = Image.merge("RGB", [img, img, img])
    W, H = rgb.size
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    color = (72, 52, 160, 255)
    sx, sy = px(sig_mm[0]), px(sig_mm[1])
    cx, cy = sx - px(24) + int(rng.integers(-40, 40)), sy + int(rng.integers(-30, 30))
    R = px(19)
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=color, width=9)
    d.ellipse([cx - R + 30, cy - R + 30, cx + R - 30, cy + R - 30], outline=color, width=5)
    d.ellipse([cx - R + 95, cy - R + 95, cx + R - 95, cy + R - 95], outline=color, width=4)
    f = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 30)
    _ring_text(layer, cx, cy, R - 62, "PEMERINTAH KOTA SAMARINDA * " + unit + " *", f, color)
    # star in the centre
    pts = []
    for k in range(10):
        rr = 60 if k % 2 == 0 else 25
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color)
    # ink texture: random dropouts
    al = np.asarray(layer.getchannel("A"), np.float32)
    tex = rng.random(al.shape) < 0.22
    al = np.where(tex, al * 0.35, al * 0.8)
    layer.putalpha(Image.fromarray(al.astype(np.uint8)))
    layer = layer.filter(ImageFilter.GaussianBlur(1.2))
    # signature scribble
    sg = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ds = ImageDraw.Draw(sg)
    t = np.linspace(0, 1, 400)
    amp = rng.uniform(50, 80)
    xsg = sx - px(18) + t * px(40) + 30 * np.sin(t * 31)
    ysg = sy + amp * np.sin(t * rng.uniform(17, 23)) * np.exp(-1.5 * t) + 25 * np.cos(t * 9)
    ds.line(list(zip(xsg, ysg)), fill=(20, 30, 110, 235), width=6, joint="curve")
    ds.line([(sx - px(20), sy + 70), (sx + px(16), sy + 30)], fill=(20, 30, 110, 220), width=5)
    base = np.asarray(rgb, np.float32) / 255
    for L in (layer, sg):
        la = np.asarray(L, np.float32) / 255
        a = la[..., 3:4]
        base = base * (1 - a) + base * la[..., :3] * a      # multiply blend (ink over paper)
    out = Image.fromarray((np.clip(base, 0, 1) * 255).astype(np.uint8))
    out = out.quantize(palette=_stamp_palette(), dither=Image.Dither.NONE)
    out.save(path, optimize=True, dpi=(300, 300))


def sideways(img, path):
    save_png4(img.transpose(Image.ROTATE_90), path, 300)


def upside_down(img, path):
    save_png4(img.transpose(Image.ROTATE_180), path, 300)
