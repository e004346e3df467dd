"""Regenerate the whole ocr17 set (written blind, 2026-12-06). Deterministic: fixed seeds, fixed dates.
Usage: python generate.py   (needs pillow, numpy; DejaVu fonts)"""
import time
import json
import math
import os
import random
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pages_content import BUILDERS  # noqa: E402
from render import FD  # noqa: E402

DEGS = ['clean_300dpi', 'dpi150', 'fax', 'jpeg_q25', 'pdf_skew2', 'phone_photo', 'stamp', 'sideways',
        'upside_down']
EXT = {'clean_300dpi': 'png', 'dpi150': 'png', 'fax': 'png', 'jpeg_q25': 'jpg', 'pdf_skew2': 'pdf',
       'phone_photo': 'jpg', 'stamp': 'png', 'sideways': 'png', 'upside_down': 'png'}
# `python generate.py --only stamp,fax` rewrites only those degradations (same seeds, same result)
ONLY = sys.argv[sys.argv.index('--only') + 1].split(',') if '--only' in sys.argv else None
FIXED = time.strptime('2026-12-06 00:00:00', '%Y-%m-%d %H:%M:%S')


def grey16(img):
    """4-bit grey palette image."""
    a = np.asarray(img.convert('L'), dtype=np.uint16)
    q = ((a * 15 + 127) // 255).astype(np.uint8)
    p = Image.fromarray(q, 'L').convert('P')
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal + [0] * (768 - len(pal)))
    return p


def save_png16(img, path, dpi):
    grey16(img).save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def stamp_layer(size, seed, text):
    """RGBA round stamp (ring text is NOT part of the truth)."""
    rng = random.Random(seed)
    S = size
    im = Image.new('L', (S, S), 0)
    d = ImageDraw.Draw(im)
    c = S / 2
    d.ellipse([6, 6, S - 6, S - 6], outline=255, width=10)
    d.ellipse([40, 40, S - 40, S - 40], outline=255, width=5)
    d.ellipse([c - S * 0.22, c - S * 0.22, c + S * 0.22, c + S * 0.22], outline=255, width=4)
    # star in centre
    pts = []
    for k in range(10):
        r = S * 0.16 if k % 2 == 0 else S * 0.07
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=255)
    font = ImageFont.truetype(FD + 'DejaVuSans-Bold.ttf', int(S * 0.075))
    n = len(text)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - math.pi * 0.85 + i * (2 * math.pi * 0.85) / (n - 1)
        r = S * 0.36
        x, y = c + r * math.cos(ang), c + r * math.sin(ang)
        g = Image.new('L', (int(S * 0.12), int(S * 0.12)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=font, fill=255, anchor='mm')
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), g)
    a = np.asarray(im, dtype=np.float32) / 255
    nrng = np.random.default_rng(seed)
    a *= np.clip(nrng.normal(0.8, 0.25, a.shape), 0, 1)  # patchy ink
    a = Image.fromarray((a * 200).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    a = a.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    rgba = Image.new('RGBA', (S, S), (52, 62, 168, 0))
    rgba.putalpha(a)
    return rgba


def signature_layer(w, h, seed):
    rng = random.Random(seed)
    im = Image.new('L', (w, h), 0)
    d = ImageDraw.Draw(im)
    x, y = w * 0.1, h * 0.6
    pts = []
    for k in range(60):
        t = k / 59
        x = w * (0.08 + 0.84 * t) + 60 * math.sin(t * 19 + rng.uniform(0, 0.4))
        y = h * (0.55 - 0.25 * t) + h * 0.28 * math.sin(t * 13.0 + rng.uniform(0, 0.3))
        pts.append((x, y))
    d.line(pts, fill=235, width=6, joint='curve')
    d.line([(w * 0.15, h * 0.8), (w * 0.9, h * 0.7)], fill=220, width=5)
    return im


def perspective_coeffs(src, dst):
    """coefficients mapping output (dst) points back to input (src) points for Image.transform."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float)).tolist()


def degrade(name, deg, page, outpath, k):
    img = page.img
    W, H = img.size
    rng = np.random.default_rng(1000 + 17 * k + DEGS.index(deg))
    prng = random.Random(2000 + 17 * k + DEGS.index(deg))
    info = {}
    if deg == 'clean_300dpi':
        save_png16(img, outpath, 300)
    elif deg == 'dpi150':
        im = img.resize((W // 2, H // 2), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.4))
        save_png16(im, outpath, 150)
    elif deg == 'fax':
        w2, h2 = int(W * 2 / 3), int(H / 3)
        im = np.asarray(img.resize((w2, h2), Image.BOX), dtype=np.float32)
        im = im + rng.normal(0, 18, im.shape)
        b = im > 150
        # horizontal dropout / noise lines and a vertical streak
        for _ in range(6):
            r = rng.integers(0, h2)
            cols = rng.random(w2) < 0.35
            b[r, cols] = ~b[r, cols]
        for _ in range(2):
            cx = int(rng.integers(w2 // 10, w2 * 9 // 10))
            seg = rng.random(h2) < 0.7
            b[seg, cx] = False
        specks = rng.random(b.shape) < 0.0012
        b[specks] = False
        full = np.repeat(b, 2, axis=0)  # 100 dpi vertical -> shown at 200 dpi rows
        Image.fromarray(full.astype(np.uint8) * 255).convert('1').save(outpath, optimize=True,
                                                                        dpi=(200, 200))
        info['note'] = 'sampled 200x100 dpi, rows doubled, stored at 200 dpi'
    elif deg == 'jpeg_q25':
        img.save(outpath, quality=25, dpi=(300, 300))
    elif deg == 'pdf_skew2':
        ang = prng.choice([-1, 1]) * prng.uniform(1.8, 2.3)
        im = img.resize((W * 2 // 3, H * 2 // 3), Image.LANCZOS)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
        a = np.asarray(im, dtype=np.float32) * 0.93 + 10 + rng.normal(0, 6, (im.height, im.width))
        sp = rng.random(a.shape) < 0.0008
        a[sp] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im.save(outpath, 'PDF', resolution=200, quality=45, creationDate=FIXED, modDate=FIXED,
                title=name, producer='ocr17')
        info['angle_deg'] = round(ang, 3)
    elif deg == 'phone_photo':
        OW, OH = (1950, 2600) if H > W else (2600, 1950)
        scale = 0.78 * min(OW / W, OH / H)
        pw, ph = W * scale, H * scale
        cx, cy = OW / 2 + prng.uniform(-40, 40), OH / 2 + prng.uniform(-40, 40)
        j = lambda: prng.uniform(-0.035, 0.035) * min(OW, OH)  # noqa: E731
        dst = [(cx - pw / 2 + j(), cy - ph / 2 + j()), (cx + pw / 2 + j(), cy - ph / 2 + j()),
               (cx + pw / 2 + j(), cy + ph / 2 + j()), (cx - pw / 2 + j(), cy + ph / 2 + j())]
        src = [(0, 0), (W, 0), (W, H), (0, H)]
        co = perspective_coeffs(src, dst)
        paper = Image.merge('RGB', [img.point(lambda v: v * 0.9 + 25), img.point(lambda v: v * 0.88 + 24),
                                    img.point(lambda v: v * 0.84 + 22)])
        warped = paper.transform((OW, OH), Image.PERSPECTIVE, co, Image.BICUBIC)
        mask = Image.new('L', (W, H), 255).transform((OW, OH), Image.PERSPECTIVE, co, Image.BILINEAR)
        yy, xx = np.mgrid[0:OH, 0:OW].astype(np.float32)
        bg = np.stack([95 + 30 * np.sin(xx / 37.0 + yy / 400.0), 70 + 20 * np.sin(xx / 37.0),
                       48 + 10 * np.sin(yy / 90.0)], -1) + rng.normal(0, 6, (OH, OW, 1))
        bgim = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
        comp = Image.composite(warped, bgim, mask)
        a = np.asarray(comp, dtype=np.float32)
        lx, ly = prng.uniform(0.2, 0.8), prng.uniform(0.1, 0.5)
        dist = np.sqrt(((xx / OW) - lx) ** 2 + ((yy / OH) - ly) ** 2)
        light = 1.08 - 0.45 * dist
        a = a * light[..., None] + rng.normal(0, 4, a.shape)
        comp = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
        comp.save(outpath, quality=72)
        info['corners'] = [[round(x, 1), round(y, 1)] for x, y in dst]
    elif deg == 'stamp':
        base = Image.merge('RGB', [img, img, img])
        sx, sy = page.sig
        S = 520
        st = stamp_layer(S, 3000 + k, '* PEMERINTAH KOTA SAMARINDA *')
        ox, oy = int(sx - S * 0.95), int(sy - S / 2)
        base.paste(st, (ox, oy), st)
        sg = signature_layer(700, 300, 4000 + k)
        ink = Image.new('RGB', sg.size, (20, 30, 110))
        base.paste(ink, (int(sx - 350), int(sy - 170)), sg)
        palimg = Image.new('P', (1, 1))
        pal = []
        for i in range(11):
            pal += [i * 255 // 10] * 3
        pal += [52, 62, 168, 102, 110, 190, 160, 166, 218, 205, 208, 236, 20, 30, 110]
        palimg.putpalette(pal + [0] * (768 - len(pal)))
        q = base.quantize(palette=palimg, dither=Image.Dither.NONE)
        q.save(outpath, optimize=True, bits=4, dpi=(300, 300))
        info['stamp_box'] = [ox, oy, ox + S, oy + S]
    elif deg == 'sideways':
        rot = 90 if k % 2 == 0 else 270
        save_png16(img.rotate(rot, expand=True), outpath, 300)
        info['rotation_ccw_deg'] = rot
    elif deg == 'upside_down':
        save_png16(img.rotate(180), outpath, 300)
        info['rotation_ccw_deg'] = 180
    return info


def main():
    os.makedirs(os.path.join(HERE, 'truth'), exist_ok=True)
    manifest, details, layout = [], [], {}
    for k, (name, builder) in enumerate(BUILDERS.items()):
        page, meta = builder()
        d = os.path.join(HERE, 'pages', name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(HERE, 'truth', name + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(page.lines) + '\n')
        tj = None
        if page.tables:
            tj = 'truth/%s.tables.json' % name
            with open(os.path.join(HERE, tj), 'w', encoding='utf-8') as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        layout[name] = {'size': [page.W, page.H], 'table_style': meta['style'], 'font': meta['font'],
                        'pieces': [[t, bb] for t, bb in page.boxes]}
        for deg in DEGS:
            if ONLY and deg not in ONLY:
                rel = 'pages/%s/%s__%s.%s' % (name, name, deg, EXT[deg])
                e = {'file': rel, 'text_type': name, 'degradation': deg, 'truth': 'truth/%s.txt' % name}
                if tj:
                    e['tables'] = tj
                manifest.append(e)
                continue
            rel = 'pages/%s/%s__%s.%s' % (name, name, deg, EXT[deg])
            info = degrade(name, deg, page, os.path.join(HERE, rel), k)
            e = {'file': rel, 'text_type': name, 'degradation': deg, 'truth': 'truth/%s.txt' % name}
            if tj:
                e['tables'] = tj
            manifest.append(e)
            details.append(dict(file=rel, **info))
        print(name, 'done', flush=True)
    with open(os.path.join(HERE, 'manifest.json'), 'w') as fh:
        json.dump(manifest, fh, indent=1)
    if ONLY:
        return
    with open(os.path.join(HERE, 'degradation_details.json'), 'w') as fh:
        json.dump(details, fh, indent=1)
    with open(os.path.join(HERE, 'layout_clean300.json'), 'w', encoding='utf-8') as fh:
        json.dump(layout, fh, ensure_ascii=False)


if __name__ == '__main__':
    main()
