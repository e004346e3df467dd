"""Regenerate the ocr2 blind set: 7 invented Samarinda government page types x 9 degradations.

Run from the scratch venv:  /work/scratch/ocr2/bin/python generate.py
Deterministic: all randomness comes from numpy Generators seeded per (type, degradation).
"""
import json
import math
import os
import sys
import zlib
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from layout import F, FD  # noqa: E402
import pages  # noqa: E402

DEGS = [("clean_300dpi", "png"), ("dpi150", "png"), ("fax", "png"), ("jpeg_q25", "jpg"),
        ("pdf_skew2", "pdf"), ("phone_photo", "jpg"), ("stamp", "png"), ("sideways", "png"),
        ("upside_down", "png")]
FIXED_DATE = time.strptime("2026-12-03 09:00:00", "%Y-%m-%d %H:%M:%S")
TABLE_TYPES = {"surat_undangan", "bast", "lkjip", "ssh", "rekap_anggaran"}
STAMP_TEXT = {
    "surat_undangan": ("PEMERINTAH KOTA SAMARINDA", "SEKRETARIAT DAERAH", "SETDA"),
    "bast": ("PEMERINTAH KOTA SAMARINDA", "DINAS KESEHATAN", "DINKES"),
    "lkjip": ("PEMERINTAH KOTA SAMARINDA", "DINAS PUPR", "PUPR"),
    "ssh": ("PEMERINTAH KOTA SAMARINDA", "WALI KOTA", "SAMARINDA"),
    "buletin": ("BAPPEDA LITBANG", "KOTA SAMARINDA", "REDAKSI"),
    "sk": ("PEMERINTAH KOTA SAMARINDA", "WALI KOTA", "SAMARINDA"),
    "rekap_anggaran": ("PEMERINTAH KOTA SAMARINDA", "KEC. SUNGAI KUNJANG", "CAMAT"),
}


def seed(*parts):
    return zlib.crc32("|".join(parts).encode())


def lowfreq(rng, shape, cells=8):
    """smooth random field in [0,1]"""
    small = rng.random((cells, cells))
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((shape[1], shape[0]), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


# ------------------------------------------------------------------ degradations
def d_dpi150(img, rng):
    small = img.resize((img.width // 2, img.height // 2), Image.LANCZOS)
    return Image.fromarray((np.round(np.asarray(small, np.float32) / 17) * 17).astype(np.uint8))


def d_fax(img, rng):
    w, h = img.width * 2 // 3, img.height // 3  # 200 x 100 dpi sampling
    small = np.asarray(img.resize((w, h), Image.BOX), dtype=np.float32)
    small = small + rng.normal(0, 18, small.shape)
    bw = small > 150
    # horizontal streaks: a few scan lines with broken black dashes
    for _ in range(7):
        y = int(rng.integers(0, h))
        x = 0
        while x < w:
            ln = int(rng.integers(20, 260))
            if rng.random() < 0.45:
                bw[y, x:x + ln] = False
            x += ln + int(rng.integers(10, 200))
    # one vertical light streak (dirty/failing sensor element: drop-out)
    x = int(rng.integers(w // 4, 3 * w // 4))
    bw[:, x:x + 2] = True
    # salt and pepper
    sp = rng.random(bw.shape)
    bw[sp < 0.0015] = False
    bw[sp > 0.9992] = True
    # band of slightly heavier toner
    out = Image.fromarray((bw * 255).astype(np.uint8)).convert("1", dither=Image.NONE)
    return out.resize((w, h * 2), Image.NEAREST)  # stretch to square pixels, fax look kept


def d_skew_pdf(img, rng):
    rot = img.rotate(-2.0, resample=Image.BICUBIC, expand=True, fillcolor=255)
    s = 150 / 300
    rot = rot.resize((round(rot.width * s), round(rot.height * s)), Image.LANCZOS)
    a = np.asarray(rot, dtype=np.float32)
    a = a * 0.93 + 6  # grey paper
    a = a - 10 * lowfreq(rng, a.shape, 5)
    a = a + rng.normal(0, 5, a.shape)
    sp = rng.random(a.shape)
    a[sp < 0.0004] = 40
    CH, CW = 1754, 1240  # A4 at 150 dpi
    canvas = np.full((CH, CW), 240, np.float32)
    hh, ww = min(a.shape[0], CH), min(a.shape[1], CW)
    oy, ox = (a.shape[0] - hh) // 2, (a.shape[1] - ww) // 2
    cy, cx = (CH - hh) // 2, (CW - ww) // 2
    canvas[cy:cy + hh, cx:cx + ww] = a[oy:oy + hh, ox:ox + ww]
    return Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8))


def persp_coeffs(dst, src):
    """coefficients for Image.transform(PERSPECTIVE): maps output(dst) -> input(src)"""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def d_phone(img, rng):
    page = img.resize((1500, round(1500 * img.height / img.width)), Image.LANCZOS).convert("RGB")
    pa = np.asarray(page, np.float32) * np.array([0.97, 0.95, 0.90])  # warm paper
    page = Image.fromarray(pa.clip(0, 255).astype(np.uint8))
    CW, CH = 1800, 2400
    # background: dark desk with grain
    g = lowfreq(rng, (CH, CW), 6)
    grain = np.asarray(Image.fromarray((rng.random((CH // 8, CW)) * 255).astype(np.uint8)).resize((CW, CH)),
                       np.float32) / 255
    base = np.array([92, 70, 52], np.float32)
    bg = base[None, None, :] * (0.75 + 0.35 * g[..., None]) * (0.9 + 0.15 * grain[..., None])
    bgim = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    pw, ph = page.size
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(170 + j(40), 150 + j(30)), (1640 + j(40), 200 + j(30)),
           (1700 + j(30), 2260 + j(30)), (110 + j(30), 2230 + j(30))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    c = persp_coeffs(dst, src)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, c, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((CW, CH), Image.PERSPECTIVE, c, Image.BILINEAR)
    # soft shadow of the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(18))
    bga = np.asarray(bgim, np.float32) * (1 - 0.45 * np.asarray(sh, np.float32)[..., None] / 255)
    bgim = Image.fromarray(bga.clip(0, 255).astype(np.uint8))
    out = Image.composite(warped, bgim, mask)
    a = np.asarray(out, np.float32)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    light = 1.08 - 0.30 * (xx / CW * 0.6 + yy / CH * 0.4) + 0.08 * lowfreq(rng, (CH, CW), 4)
    a = a * light[..., None] * np.array([1.0, 0.98, 0.93])
    a = a + rng.normal(0, 2, a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    return out


def arc_text(layer, text, cx, cy, r, font, top=True, span=None):
    n = len(text)
    span = span or min(300, 11.5 * n)
    for i, ch in enumerate(text):
        f = (i + 0.5) / n
        if top:
            th = -90 - span / 2 + f * span
            rot = -(th + 90)
        else:
            th = 90 + span / 2 - f * span
            rot = -(th - 90)
        ci = Image.new("L", (90, 90), 0)
        ImageDraw.Draw(ci).text((45, 45), ch, font=font, fill=255, anchor="mm")
        ci = ci.rotate(rot, resample=Image.BICUBIC)
        x = cx + r * math.cos(math.radians(th))
        y = cy + r * math.sin(math.radians(th))
        layer.paste(255, (int(x - 45), int(y - 45)), ci)


def make_stamp(rng, top, bottom, center, size=540):
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    R = size / 2 - 8
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=11)
    d.ellipse([c - R + 22, c - R + 22, c + R - 22, c + R - 22], outline=255, width=4)
    d.ellipse([c - R + 105, c - R + 105, c + R - 105, c + R - 105], outline=255, width=4)
    fnt = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 38)
    arc_text(m, top, c, c, R - 62, fnt, top=True)
    arc_text(m, bottom, c, c, R - 62, fnt, top=False, span=min(140, 11.5 * len(bottom)))
    # star + centre word
    pts = []
    for k in range(10):
        rr = 42 if k % 2 == 0 else 18
        a = math.radians(-90 + k * 36)
        pts.append((c + rr * math.cos(a), c - 40 + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    d.text((c, c + 45), center, font=ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 40), fill=255, anchor="mm")
    ink = 0.55 + 0.45 * lowfreq(rng, (size, size), 7)
    speck = rng.random((size, size)) > 0.07
    a = np.asarray(m, np.float32) / 255 * ink * speck
    m = Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    return m.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)


def scribble(rng, w=560, h=230):
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    t = np.linspace(0, 1, 400)
    loops = int(rng.integers(3, 6))
    x = 40 + t * (w - 120) + 45 * np.sin(2 * np.pi * loops * t + rng.uniform(0, 3))
    y = h / 2 + 60 * np.sin(2 * np.pi * (loops + 0.5) * t) * (1 - 0.6 * t) - 40 * t + rng.normal(0, 1.5, t.size)
    d.line(list(zip(x.tolist(), y.tolist())), fill=255, width=6, joint="curve")
    d.line([(x[-1], y[-1]), (w - 20, h / 2 - 70)], fill=255, width=5)
    d.line([(60, h - 50), (w - 60, h - 65)], fill=255, width=4)
    return m.filter(ImageFilter.GaussianBlur(0.8))


def blend(arr, mask, color, alpha, x, y):
    """multiply-blend a coloured mask onto an RGB float array, mask centred at (x, y)"""
    mh, mw = mask.size[1], mask.size[0]
    x0, y0 = int(x - mw / 2), int(y - mh / 2)
    mk = np.asarray(mask, np.float32) / 255 * alpha
    sub = arr[y0:y0 + mh, x0:x0 + mw]
    mk = mk[:sub.shape[0], :sub.shape[1]]
    col = np.array(color, np.float32) / 255
    sub *= 1 - mk[..., None] * (1 - col[None, None, :])


def d_stamp(img, rng, ttype, mark):
    arr = np.asarray(img.convert("RGB"), np.float32)
    cx, cy = mark
    top, bottom, center = STAMP_TEXT[ttype]
    st = make_stamp(rng, top, bottom, center)
    color = [(40, 60, 175), (95, 45, 160)][int(rng.integers(0, 2))]
    blend(arr, st, color, 0.85, cx - 260 + rng.uniform(-30, 30), cy - 20 + rng.uniform(-30, 30))
    blend(arr, scribble(rng), (20, 28, 95), 0.95, cx + 20, cy + 10)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def main():
    out = HERE
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    manifest = []
    for ttype, fn in pages.TYPES.items():
        p = fn()
        # 16 grey levels: invisible on anti-aliased text, keeps the PNGs small
        img = Image.fromarray((np.round(np.asarray(p.img, np.float32) / 17) * 17).astype(np.uint8))
        with open(os.path.join(out, "truth", f"{ttype}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.truth) + "\n")
        if ttype in TABLE_TYPES:
            with open(os.path.join(out, "truth", f"{ttype}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        meta = getattr(p, "meta", {})
        with open(os.path.join(out, "truth", f"{ttype}.meta.json"), "w", encoding="utf-8") as fh:
            json.dump({"marks": {k: [round(v[0]), round(v[1])] for k, v in p.marks.items()}, **meta}, fh, indent=1)
        d = os.path.join(out, "pages", ttype)
        os.makedirs(d, exist_ok=True)
        for deg, ext in DEGS:
            rng = np.random.default_rng(seed(ttype, deg))
            path = os.path.join(d, f"{ttype}__{deg}.{ext}")
            if deg == "clean_300dpi":
                img.save(path, dpi=(300, 300), optimize=True)
            elif deg == "dpi150":
                d_dpi150(img, rng).save(path, dpi=(150, 150), optimize=True)
            elif deg == "fax":
                d_fax(img, rng).save(path, dpi=(200, 200), optimize=True)
            elif deg == "jpeg_q25":
                img.save(path, quality=25, dpi=(300, 300), optimize=True)
            elif deg == "pdf_skew2":
                d_skew_pdf(img, rng).save(path, "PDF", resolution=150.0, quality=42,
                                          title=f"scan {ttype}", creator="scanner", producer="scanner",
                                          creationDate=FIXED_DATE, modDate=FIXED_DATE)
            elif deg == "phone_photo":
                d_phone(img, rng).save(path, quality=70, optimize=True)
            elif deg == "stamp":
                st = d_stamp(img, rng, ttype, p.marks["sig"])
                st.quantize(32, method=Image.MEDIANCUT, dither=Image.NONE).save(path, dpi=(300, 300), optimize=True)
            elif deg == "sideways":
                img.transpose(Image.ROTATE_90).save(path, dpi=(300, 300), optimize=True)
            elif deg == "upside_down":
                img.transpose(Image.ROTATE_180).save(path, dpi=(300, 300), optimize=True)
            e = {"file": f"pages/{ttype}/{ttype}__{deg}.{ext}", "text_type": ttype, "degradation": deg,
                 "truth": f"truth/{ttype}.txt"}
            if ttype in TABLE_TYPES:
                e["tables"] = f"truth/{ttype}.tables.json"
            manifest.append(e)
        print(ttype, "done", flush=True)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
