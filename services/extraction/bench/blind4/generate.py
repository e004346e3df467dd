#!/usr/bin/env python3
"""Regenerate the ocr4 blind set: 7 page types x 9 degradations + truth + manifest.

Run with the scratch venv:  /work/scratch/ocr4/bin/python generate.py
(Pillow 12, numpy, opencv-python-headless; DejaVu fonts from /usr/share/fonts/truetype/dejavu).
Deterministic: every random draw comes from a generator seeded by (type, degradation).
"""
import hashlib
import io
import json
import math
import os
import sys

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import F, W, H  # noqa: E402
from pages import TYPES  # noqa: E402

DEGS = [('clean_300dpi', 'png'), ('dpi150', 'png'), ('fax', 'png'), ('jpeg_q25', 'jpg'), ('pdf_skew2', 'pdf'),
        ('phone_photo', 'jpg'), ('stamp', 'png'), ('sideways', 'png'), ('upside_down', 'png')]


def rng_for(*keys):
    h = hashlib.sha256('/'.join(keys).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], 'little'))


def save_png_gray(img, path, dpi):
    """8-bit grey PNG, quantised to 16 grey levels (keeps anti-aliasing, keeps files small)."""
    a = np.asarray(img.convert('L')).astype(np.int32)
    q = (np.round(a / 17.0) * 17).clip(0, 255).astype(np.uint8)
    Image.fromarray(q, 'L').save(path, optimize=True, dpi=(dpi, dpi))


def smooth_noise(rng, shape, cells):
    """Low-frequency noise field in [0,1] of the given shape."""
    small = rng.random((cells[0], cells[1])).astype(np.float32)
    return cv2.resize(small, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC).clip(0, 1)


# ----------------------------------------------------------------------------------------------
def d_dpi150(img, rng):
    return img.resize((W // 2, H // 2), Image.LANCZOS)


def d_fax(img, rng):
    # ~204 x 98 dpi fax sampling: shrink to 1688 x 1145, threshold with noise, add streaks and specks
    a = np.asarray(img.resize((1688, 1145), Image.BOX)).astype(np.float32)
    a = a + rng.normal(0, 22, a.shape)
    a = a + (smooth_noise(rng, a.shape, (6, 8)) - 0.5) * 40
    b = (a > 150).astype(np.uint8)  # 1 = white
    hgt, wid = b.shape
    # horizontal transmission glitches: a few rows shifted or dropped out
    for _ in range(5):
        r = int(rng.integers(40, hgt - 40))
        n = int(rng.integers(1, 3))
        if rng.random() < 0.5:
            b[r:r + n] = np.roll(b[r:r + n], int(rng.integers(3, 12)), axis=1)
        else:
            x0 = int(rng.integers(0, wid // 2))
            b[r:r + n, x0:x0 + int(rng.integers(200, 900))] = 1
    # vertical dirty-glass streaks
    for _ in range(2):
        c = int(rng.integers(60, wid - 60))
        y0 = int(rng.integers(0, hgt // 3))
        y1 = int(rng.integers(2 * hgt // 3, hgt))
        b[y0:y1, c:c + int(rng.integers(1, 3))] = 0
    # specks
    m = rng.random(b.shape) < 0.0008
    b[m] = 0
    b = np.pad(b, ((0, 0), (20, 20)), constant_values=1)  # 1728 wide
    b = np.repeat(b, 2, axis=0)  # fine-mode look at square pixels
    return Image.fromarray((b * 255).astype(np.uint8), 'L').convert('1', dither=Image.NONE)


def d_jpeg(img, rng):
    return img


def d_pdf(img, rng):
    r = img.rotate(2.0, resample=Image.BICUBIC, fillcolor=255)
    r = r.resize((1654, 2339), Image.LANCZOS)  # 200 dpi
    a = np.asarray(r).astype(np.float32)
    a = 38 + a * (232 - 38) / 255.0  # grey paper, toner not fully black
    a = a + (smooth_noise(rng, a.shape, (5, 4)) - 0.5) * 16
    a = a + rng.normal(0, 3, a.shape)
    m = rng.random(a.shape) < 0.0004
    a[m] = rng.uniform(60, 160, m.sum())
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), 'L')


def d_phone(img, rng):
    pw, ph = 1600, int(1600 * H / W)
    page = np.asarray(img.resize((pw, ph), Image.LANCZOS).convert('RGB')).astype(np.float32)
    page *= np.array([1.0, 0.975, 0.93], np.float32)  # warm paper
    CW, CH = 2000, 2700
    # background: wooden desk
    base = np.array([118, 84, 56], np.float32)
    grain = cv2.resize(rng.random((CH // 8, 12)).astype(np.float32), (CW, CH), interpolation=cv2.INTER_CUBIC)
    fine = cv2.resize(rng.random((CH // 2, 60)).astype(np.float32), (CW, CH), interpolation=cv2.INTER_LINEAR)
    bg = base[None, None, :] * (0.75 + 0.35 * grain[..., None] + 0.12 * fine[..., None])
    j = lambda: rng.uniform(-35, 35)
    dst = np.float32([[230 + j(), 200 + j()], [1790 + j(), 250 + j()],
                      [1860 + j(), 2520 + j()], [150 + j(), 2470 + j()]])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (CW, CH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (CW, CH), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 25, 0), 18, 1), (0, 0), 25)
    bg = bg * (1 - 0.45 * shadow[..., None])
    out = warped * mask[..., None] + bg * (1 - mask[..., None])
    # uneven lighting: diagonal gradient + soft hotspot + a dim corner
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / CW + np.sin(ang) * yy / CH)
    grad = (grad - grad.min()) / (grad.max() - grad.min())
    hx, hy = rng.uniform(0.3, 0.7) * CW, rng.uniform(0.25, 0.6) * CH
    hot = np.exp(-(((xx - hx) / (0.45 * CW)) ** 2 + ((yy - hy) / (0.45 * CH)) ** 2))
    light = 0.62 + 0.24 * grad + 0.16 * hot
    out = out * light[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 1.3)
    out = out + rng.normal(0, 1.2, out.shape)
    out = out * np.array([1.0, 0.99, 1.03], np.float32)  # slight colour cast
    out = cv2.resize(out, (1800, 2430), interpolation=cv2.INTER_AREA)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), 'RGB')


STAMP_RGB = (70, 60, 175)
SIG_RGB = (30, 45, 150)


def make_stamp(rng, ring, centre, r=250):
    S = 2 * r + 40
    lay = Image.new('L', (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=11)
    d.ellipse([c - r + 22, c - r + 22, c + r - 22, c + r - 22], outline=255, width=4)
    d.ellipse([c - r * .52, c - r * .52, c + r * .52, c + r * .52], outline=255, width=4)
    f = F('sans-b', 8.5)
    txt = ring
    n = len(txt)
    span = 250.0  # degrees of arc used by the ring text
    for i, ch in enumerate(txt):
        a = math.radians(-90 - span / 2 + span * (i + .5) / n)
        rr = r - 68
        gl = Image.new('L', (70, 70), 0)
        ImageDraw.Draw(gl).text((35, 35), ch, font=f, fill=255, anchor='mm')
        gl = gl.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        lay.paste(255, (int(c + rr * math.cos(a) - 35), int(c + rr * math.sin(a) - 35)), gl)
    # star at bottom of ring
    a0 = math.radians(90)
    sx, sy = c + (r - 68) * math.cos(a0), c + (r - 68) * math.sin(a0)
    d.regular_polygon((sx, sy, 22), 5, fill=255)
    fc = F('sans-b', 9)
    words = centre.split(' ')
    lines = [' '.join(words[:len(words) // 2]), ' '.join(words[len(words) // 2:])] if len(centre) > 12 else [centre]
    for k, l in enumerate(lines):
        d.text((c, c + (k - (len(lines) - 1) / 2) * 50), l, font=fc, fill=255, anchor='mm')
    a = np.asarray(lay).astype(np.float32) / 255
    ink = 0.85 * (0.55 + 0.45 * smooth_noise(rng, a.shape, (9, 9)))
    speck = rng.random(a.shape) > 0.08
    a = a * ink * speck
    a = cv2.GaussianBlur(a, (0, 0), 1.2)
    img = Image.fromarray((a * 255).astype(np.uint8), 'L').rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    return np.asarray(img).astype(np.float32) / 255


def scribble(rng, w=640, h=260):
    lay = Image.new('L', (w, h), 0)
    d = ImageDraw.Draw(lay)
    t = np.linspace(0, 1, 400)
    loops = rng.uniform(3, 5)
    x = 40 + t * (w - 120) + 40 * np.sin(2 * math.pi * loops * t + 1.0)
    y = h / 2 + (h * .3) * np.sin(2 * math.pi * loops * t * 1.0) * np.exp(-1.5 * t) + rng.normal(0, 2, t.shape).cumsum() * .3
    pts = list(zip(x, y))
    d.line(pts, fill=255, width=6, joint='curve')
    d.line([(60, h * .78), (w - 40, h * .62)], fill=255, width=5)
    a = np.asarray(lay.filter(ImageFilter.GaussianBlur(1.0))).astype(np.float32) / 255
    return a


def d_stamp(img, rng, page):
    out = np.asarray(img.convert('RGB')).astype(np.float32)
    sx, sy = page.sig
    # signature first (dark blue ink)
    sg = scribble(rng)
    hh, ww = sg.shape
    x0, y0 = int(sx - ww / 2 + rng.uniform(-40, 40)), int(sy - hh / 2)
    reg = out[y0:y0 + hh, x0:x0 + ww]
    ink = np.array(SIG_RGB, np.float32) / 255
    reg[:] = reg * (1 - sg[..., None] * (1 - ink))
    # stamp (violet-blue), shifted left so it overlaps the jabatan/name text
    st = make_stamp(rng, page.stamp_text[0], page.stamp_text[1])
    hs, ws = st.shape
    cx, cy = int(sx - 330 + rng.uniform(-30, 30)), int(sy + 70 + rng.uniform(-40, 40))
    x0, y0 = max(0, cx - ws // 2), max(0, cy - hs // 2)
    st = st[:min(hs, H - y0), :min(ws, W - x0)]
    reg = out[y0:y0 + st.shape[0], x0:x0 + st.shape[1]]
    col = np.array(STAMP_RGB, np.float32) / 255
    alpha = st[..., None]
    reg[:] = reg * (1 - alpha * (1 - col))
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), 'RGB')


def stamp_palette():
    """Fixed 40-colour palette: 16 greys + 12 stamp-ink shades + 12 signature-ink shades."""
    cols = [(v, v, v) for v in np.linspace(0, 255, 16).round().astype(int)]
    for base in (STAMP_RGB, SIG_RGB):
        c = np.array(base, np.float32) / 255
        for t in np.linspace(0.12, 1.0, 12):
            cols.append(tuple(int(round(x)) for x in 255 * (1 - t * (1 - c))))
    pal = Image.new('P', (1, 1))
    flat = [x for c in cols for x in c]
    pal.putpalette(flat + [0] * (768 - len(flat)))
    return pal


def save_stamp_png(img, path):
    # palette PNG with a fixed palette keeps the coloured inks and the file small
    img.quantize(palette=stamp_palette(), dither=Image.Dither.NONE).save(path, optimize=True, dpi=(300, 300))


def main():
    out = HERE
    os.makedirs(os.path.join(out, 'truth'), exist_ok=True)
    manifest = []
    for t, fn in TYPES.items():
        page = fn()
        clean = page.img
        with open(os.path.join(out, 'truth', t + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(l.rstrip() for l in page.lines) + '\n')
        has_tab = bool(page.tables)
        if has_tab:
            with open(os.path.join(out, 'truth', t + '.tables.json'), 'w', encoding='utf-8') as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        pdir = os.path.join(out, 'pages', t)
        os.makedirs(pdir, exist_ok=True)
        for deg, ext in DEGS:
            rng = rng_for(t, deg)
            rel = 'pages/%s/%s__%s.%s' % (t, t, deg, ext)
            path = os.path.join(out, rel)
            if deg == 'clean_300dpi':
                save_png_gray(clean, path, 300)
            elif deg == 'dpi150':
                save_png_gray(d_dpi150(clean, rng), path, 150)
            elif deg == 'fax':
                d_fax(clean, rng).save(path, optimize=True, dpi=(204, 196))
            elif deg == 'jpeg_q25':
                clean.save(path, quality=25, optimize=True, dpi=(300, 300))
            elif deg == 'pdf_skew2':
                im = d_pdf(clean, rng)
                im.save(path, 'PDF', resolution=200.0, quality=35,
                        creationDate=None, modDate=None)
            elif deg == 'phone_photo':
                d_phone(clean, rng).save(path, quality=70, optimize=True)
            elif deg == 'stamp':
                save_stamp_png(d_stamp(clean, rng, page), path)
            elif deg == 'sideways':
                save_png_gray(clean.transpose(Image.Transpose.ROTATE_90), path, 300)
            elif deg == 'upside_down':
                save_png_gray(clean.transpose(Image.Transpose.ROTATE_180), path, 300)
            e = {'file': rel, 'text_type': t, 'degradation': deg, 'truth': 'truth/%s.txt' % t}
            if has_tab:
                e['tables'] = 'truth/%s.tables.json' % t
            manifest.append(e)
        print(t, 'done', flush=True)
    with open(os.path.join(out, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
