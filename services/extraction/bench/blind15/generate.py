"""Generate the blind OCR set ocr15 (deterministic). Run: python generate.py"""
import json
import math
import os
import random
import shutil
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layout import FD, mm  # noqa: E402
from pages import BUILDERS  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
# sideways: +90 = rotated counter-clockwise (page top ends up on the left), -90 = clockwise
SIDEWAYS = {"lembar_disposisi": 90, "daftar_honorarium": -90, "kartu_inventaris_ruangan": 90,
            "laporan_realisasi_anggaran": -90, "agenda_surat_masuk": 90, "pengumuman_dua_kolom": -90,
            "surat_keterangan": 90}
STAMP_COLOR = {"lembar_disposisi": (110, 40, 160), "daftar_honorarium": (30, 70, 170),
               "kartu_inventaris_ruangan": (180, 30, 40), "laporan_realisasi_anggaran": (30, 70, 170),
               "agenda_surat_masuk": (110, 40, 160), "pengumuman_dua_kolom": (180, 30, 40),
               "surat_keterangan": (30, 70, 170)}
STAMP_TEXT = {"lembar_disposisi": ("BADAN KEPEGAWAIAN DAN PSDM", "KEPALA"),
              "daftar_honorarium": ("BAPPERIDA KOTA SAMARINDA", "BENDAHARA"),
              "kartu_inventaris_ruangan": ("DINAS KOMINFO KOTA SAMARINDA", "KEPALA"),
              "laporan_realisasi_anggaran": ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "KEPALA"),
              "agenda_surat_masuk": ("KECAMATAN SAMARINDA ULU", "SEKRETARIAT"),
              "pengumuman_dua_kolom": ("SEKRETARIAT DAERAH", "PANSEL"),
              "surat_keterangan": ("DINAS KESEHATAN", "KEPALA")}


# ------------------------------------------------------------------ helpers
def grey16(img):
    """L image -> 4-bit grey palette image"""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(q, "L").convert("P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal + [0] * (768 - len(pal)))
    return p


def save_png4(img, path, dpi):
    grey16(img).save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def noise(arr, rng, sigma):
    return np.clip(arr + rng.normal(0, sigma, arr.shape), 0, 255)


def perspective_coeffs(dst, src):
    """coefficients for Image.transform PERSPECTIVE mapping output pts (dst) -> input pts (src)"""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


# ------------------------------------------------------------------ degradations
def d_clean(img, path, rng, name):
    save_png4(img, path, 300)


def d_dpi150(img, path, rng, name):
    w, h = img.size
    save_png4(img.convert("L").resize((w // 2, h // 2), Image.LANCZOS), path, 150)


def d_fax(img, path, rng, name):
    g = img.convert("L")
    w, h = g.size
    # 200 dpi across, 100 dpi down (fax "standard" resolution), then doubled rows for display
    small = np.asarray(g.resize((w * 2 // 3, h // 3), Image.BOX), dtype=np.float32)
    small = noise(small, rng, 12)
    bw = small < 170
    # specks
    n = bw.size // 1500
    ys, xs = rng.integers(0, bw.shape[0], n), rng.integers(0, bw.shape[1], n)
    bw[ys, xs] = True
    # horizontal streaks (scanner line noise)
    for _ in range(6):
        yy = rng.integers(0, bw.shape[0])
        x0 = rng.integers(0, bw.shape[1] // 2)
        x1 = min(bw.shape[1], x0 + rng.integers(bw.shape[1] // 4, bw.shape[1]))
        seg = rng.random(x1 - x0) < 0.7
        bw[yy, x0:x1] |= seg
    # a vertical dropout band (dirty glass) and a thin dark vertical streak
    xb = rng.integers(bw.shape[1] // 4, 3 * bw.shape[1] // 4)
    band = bw[:, xb:xb + 3]
    band &= rng.random(band.shape) < 0.55
    xs2 = rng.integers(50, bw.shape[1] - 50)
    bw[:, xs2] |= rng.random(bw.shape[0]) < 0.35
    out = np.repeat(bw, 2, axis=0)
    im = Image.fromarray(np.where(out, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    im.save(path, optimize=True, dpi=(200, 200))


def d_jpeg(img, path, rng, name):
    g = np.asarray(img.convert("L"), dtype=np.float32)
    g = noise(g, rng, 1.5)
    Image.fromarray(g.astype(np.uint8), "L").save(path, quality=25, dpi=(300, 300))


def d_pdf_skew(img, path, rng, name):
    g = img.convert("L")
    w, h = g.size
    g = g.resize((w * 2 // 3, h * 2 // 3), Image.LANCZOS)  # 200 dpi
    ang = rng.uniform(1.7, 2.3) * (1 if rng.random() < 0.5 else -1)
    # expand=True: nothing of the page is cut off; the PDF page is therefore ~3-5 % larger than A4
    g = g.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(g, dtype=np.float32)
    a = a * 0.92 + 14  # greyish paper
    a = noise(a, rng, 5)
    # darker scanner edge on one side
    a[:, :18] *= np.linspace(0.55, 1, 18)[None, :]
    g = Image.fromarray(a.astype(np.uint8), "L")
    g.save(path, "PDF", resolution=200.0, quality=45)
    return {"angle": round(ang, 2)}


def signature(draw, x, y, rng, color, scale=1.0):
    pts = []
    cx = x - 150 * scale
    for i in range(9):
        pts.append((cx + i * 40 * scale + rng.uniform(-15, 15), y + rng.uniform(-70, 50) * scale))
    # smooth via Chaikin
    for _ in range(3):
        new = [pts[0]]
        for p, q in zip(pts, pts[1:]):
            new += [(0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]),
                    (0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1])]
        new.append(pts[-1])
        pts = new
    draw.line(pts, fill=color, width=int(6 * scale), joint="curve")
    draw.line([(x - 170 * scale, y + 40 * scale), (x + 230 * scale, y + 15 * scale)], fill=color, width=int(5 * scale))


def stamp_layer(size, cx, cy, rng, color, ring, centre):
    lay = Image.new("L", size, 0)
    d = ImageDraw.Draw(lay)
    R1, R2, R3 = 250, 232, 150
    d.ellipse([cx - R1, cy - R1, cx + R1, cy + R1], outline=255, width=12)
    d.ellipse([cx - R2, cy - R2, cx + R2, cy + R2], outline=255, width=5)
    d.ellipse([cx - R3, cy - R3, cx + R3, cy + R3], outline=255, width=5)
    font = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 46)
    text = ring + " * PEMERINTAH KOTA SAMARINDA * "
    n = len(text)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        r = (R2 + R3) / 2
        chimg = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(chimg).text((35, 35), ch, font=font, fill=255, anchor="mm")
        chimg = chimg.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        lay.paste(255, (int(cx + r * math.cos(ang) - 35), int(cy + r * math.sin(ang) - 35)), chimg)
    fc = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 52)
    d.text((cx, cy), centre, font=fc, fill=255, anchor="mm")
    d.polygon([(cx, cy - 110), (cx + 22, cy - 70), (cx - 22, cy - 70)], fill=255)
    lay = lay.rotate(rng.uniform(-25, 25), center=(cx, cy), resample=Image.BICUBIC)
    a = np.asarray(lay, dtype=np.float32) / 255.0
    # uneven ink
    blot = np.asarray(Image.fromarray((rng.random((size[1] // 40 + 1, size[0] // 40 + 1)) * 255).astype(np.uint8))
                      .resize(size, Image.BICUBIC), dtype=np.float32) / 255.0
    a = a * (0.55 + 0.4 * blot)
    return a


def d_stamp(img, path, rng, name, sig):
    base = np.asarray(img, dtype=np.float32)
    h, w = base.shape[:2]
    cx, cy = sig
    cx, cy = int(cx - 120), int(cy + 10)
    a = stamp_layer((w, h), cx, cy, rng, STAMP_COLOR[name], *STAMP_TEXT[name])
    col = np.array(STAMP_COLOR[name], dtype=np.float32)
    # multiply blend: ink darkens paper and text remains visible underneath
    out = base * (1 - a[..., None]) + np.minimum(base, col[None, None, :]) * a[..., None]
    im = Image.fromarray(out.astype(np.uint8), "RGB")
    dr = ImageDraw.Draw(im)
    signature(dr, sig[0] + 60, sig[1] - 10, rng, (20, 30, 90), 1.3)
    im = im.quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    im.save(path, optimize=True, dpi=(300, 300))


def d_phone(img, path, rng, name):
    w, h = img.size
    s = 0.62
    pw, ph = int(w * s), int(h * s)
    page = img.resize((pw, ph), Image.LANCZOS)
    mx, my = int(pw * 0.12), int(ph * 0.10)
    W, H = pw + 2 * mx, ph + 2 * my
    # background: dark wooden desk with grain
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = np.sin(xx / 37.0 + np.sin(yy / 91.0) * 3) * 12 + rng.normal(0, 6, (H, W))
    bg = np.stack([95 + grain, 66 + grain * 0.8, 42 + grain * 0.5], -1)
    # destination quad of the page (random perspective)
    j = lambda a: rng.uniform(-a, a)
    dst = [(mx + j(mx * 0.6), my + j(my * 0.5)), (mx + pw + j(mx * 0.6), my + j(my * 0.5)),
           (mx + pw + j(mx * 0.5), my + ph + j(my * 0.4)), (mx + j(mx * 0.5), my + ph + j(my * 0.4))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)
    warped = page.convert("RGB").transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    paper = np.asarray(warped, dtype=np.float32) * np.array([0.98, 0.96, 0.90])
    out = paper * m + bg * (1 - m)
    # uneven light: bright spot + shadow from the phone on one corner
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.55 * dist ** 1.3
    shadow = 1 - 0.28 * np.clip((xx / W + yy / H - 1.25) * 2.2, 0, 1)
    out = out * (light * shadow)[..., None]
    out = noise(out, rng, 5)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.3))
    im.save(path, quality=70, dpi=(200, 200))


def d_sideways(img, path, rng, name):
    save_png4(img.convert("L").rotate(SIDEWAYS[name], expand=True), path, 300)


def d_upside(img, path, rng, name):
    save_png4(img.convert("L").rotate(180, expand=True), path, 300)


def main():
    for sub in ("pages", "truth"):
        if os.path.isdir(os.path.join(OUT, sub)):
            shutil.rmtree(os.path.join(OUT, sub))
        os.makedirs(os.path.join(OUT, sub))
    manifest, meta = [], {}
    for ti, (name, build) in enumerate(BUILDERS.items()):
        p = build()
        os.makedirs(os.path.join(OUT, "pages", name))
        with open(os.path.join(OUT, "truth", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", name + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        meta[name] = {"size": p.img.size, "sig": p.sig, "sideways_rotation_ccw": SIDEWAYS[name]}
        for di, deg in enumerate(DEGS):
            rng = np.random.default_rng(1000 * ti + di)
            rel = f"pages/{name}/{name}__{deg}.{EXT[deg]}"
            path = os.path.join(OUT, rel)
            fn = {"clean_300dpi": d_clean, "dpi150": d_dpi150, "fax": d_fax, "jpeg_q25": d_jpeg,
                  "pdf_skew2": d_pdf_skew, "phone_photo": d_phone, "sideways": d_sideways,
                  "upside_down": d_upside}.get(deg)
            if deg == "stamp":
                info = d_stamp(p.img, path, rng, name, p.sig)
            else:
                info = fn(p.img, path, rng, name)
            if info:
                meta[name][deg] = info
            e = {"file": rel, "text_type": name, "degradation": deg, "truth": f"truth/{name}.txt"}
            if p.tables:
                e["tables"] = f"truth/{name}.tables.json"
            manifest.append(e)
            print(rel, os.path.getsize(path) // 1024, "KB", flush=True)
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "generation_meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    random.seed(0)
    main()
