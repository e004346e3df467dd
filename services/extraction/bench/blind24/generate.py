"""Regenerate the whole ocr24 set deterministically:  python generate.py
Writes pages/, truth/, meta/ and manifest.json next to this file."""
import io
import json
import math
import os
import shutil
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from docs import DOCS  # noqa: E402
from render import FD  # noqa: E402

DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
SEED = 20250714


def save_grey4(img, path, dpi):
    """Greyscale L image -> 16-level palette PNG stored with 4 bits per pixel."""
    a = np.asarray(img, dtype=np.float32)
    q = np.clip(np.rint(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(q, "L").convert("P")
    p = Image.frombytes("P", img.size, q.tobytes())
    p.putpalette([v for i in range(16) for v in (i * 17,) * 3])
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def quant4(img):
    a = np.asarray(img, dtype=np.float32)
    return Image.fromarray((np.clip(np.rint(a / 17.0), 0, 15) * 17).astype(np.uint8), "L")


def d_dpi150(img, rng):
    return img.resize((img.width // 2, img.height // 2), Image.LANCZOS)


def d_fax(img, rng):
    w, h = 1654, 1169   # 200 x 100 dpi
    a = np.asarray(img.resize((w, h), Image.BOX), dtype=np.float32)
    a = a + rng.normal(0, 14, a.shape)
    bw = a < 145        # True = black
    # horizontal streaks (dropouts and dark lines), a vertical scanner-bar streak
    for _ in range(5):
        r = rng.integers(40, h - 40)
        x0 = rng.integers(0, w // 2)
        bw[r, x0:x0 + rng.integers(200, w // 2)] = True
    for _ in range(4):
        r = rng.integers(40, h - 40)
        bw[r:r + 1, :] = False
    c = rng.integers(w // 5, 4 * w // 5)
    bw[:, c] |= rng.random(h) < 0.55
    # specks
    n = 1400
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    bw[ys, xs] = True
    bw[ys, np.minimum(xs + 1, w - 1)] |= rng.random(n) < 0.5
    bw = np.repeat(bw, 2, axis=0)   # back to square pixels: 200 x 200, fax "standard" look
    return Image.fromarray(np.where(bw, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)


def d_pdf_skew(img, rng, sign):
    angle = sign * (1.8 + 0.4 * rng.random())
    im = img.resize((1654, 2339), Image.LANCZOS)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = 18 + a * (222 / 255.0)                 # grey scanner paper, not pure black
    a += rng.normal(0, 5, a.shape)
    spk = rng.random(a.shape) < 0.0006
    a[spk] = 60
    a[:, :12] = 90                              # dark scanner edge
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=40)
    buf.seek(0)
    return buf, angle


def write_pdf(buf, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("SCANNER MFP-4520")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def persp_coeffs(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE): maps output (dst) points to input (src)."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for pnt in src for c in pnt], dtype=float)
    return np.linalg.solve(np.array(m, dtype=float), b).tolist()


def d_phone(img, rng):
    pw, ph = 1500, 2121
    page = img.resize((pw, ph), Image.LANCZOS).convert("RGB")
    pa = np.asarray(page, dtype=np.float32)
    pa = pa * np.array([0.97, 0.95, 0.89]) + np.array([4, 4, 8])   # warm paper
    page = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    CW, CH = 1800, 2400
    # background: wooden desk
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = 18 * np.sin(xx / 23.0 + 3 * np.sin(yy / 180.0)) + rng.normal(0, 6, (CH, CW))
    bg = np.stack([120 + grain, 82 + grain * 0.7, 50 + grain * 0.4], -1)
    canvas_img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(150 + j(40), 120 + j(40)), (CW - 140 + j(40), 160 + j(40)),
           (CW - 90 + j(40), CH - 110 + j(40)), (110 + j(40), CH - 140 + j(40))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(src, dst)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR)
    # soft shadow under the page
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    base = np.asarray(canvas_img, dtype=np.float32) * (1 - 0.45 * np.asarray(sh, dtype=np.float32)[..., None] / 255)
    canvas_img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    canvas_img.paste(warped, (0, 0), mask)
    # uneven light: bright spot upper-left, darker lower-right, a soft hand shadow band
    lx, ly = rng.uniform(0.2, 0.4) * CW, rng.uniform(0.15, 0.3) * CH
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(CW, CH)
    light = 1.08 - 0.55 * dist
    band = 0.16 * np.exp(-((xx * 0.6 + yy * 0.8 - 0.95 * CH) / 160.0) ** 2)
    light = light - band
    a = np.asarray(canvas_img, dtype=np.float32) * light[..., None]
    a += rng.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    return im


def d_stamp(img, rng, anchor):
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    Hh, Ww = img.height, img.width
    layer = Image.new("L", (Ww, Hh), 0)     # ink coverage of the stamp
    d = ImageDraw.Draw(layer)
    cx, cy = anchor
    cx += int(rng.integers(-60, 60))
    cy += int(rng.integers(-20, 60))
    R1, R2, R3 = 260, 238, 150
    d.ellipse([cx - R1, cy - R1, cx + R1, cy + R1], outline=255, width=12)
    d.ellipse([cx - R2, cy - R2, cx + R2, cy + R2], outline=255, width=5)
    d.ellipse([cx - R3, cy - R3, cx + R3, cy + R3], outline=255, width=5)
    f = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 46)
    ring = "PEMERINTAH KOTA SAMARINDA"
    for i, ch in enumerate(ring):
        ang = math.radians(-150 + i * (120 / (len(ring) - 1)))
        r = (R2 + R3) / 2
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        t = Image.new("L", (70, 70), 0)
        ImageDraw.Draw(t).text((35, 35), ch, font=f, fill=255, anchor="mm")
        t = t.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.paste(255, (int(x - 35), int(y - 35)), t)
    for i, ch in enumerate("* * *"):
        ang = math.radians(60 + i * 15)
        r = (R2 + R3) / 2
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        d.text((x, y), ch, font=f, fill=255, anchor="mm")
    # emblem: star in the middle
    pts = []
    for k in range(10):
        rr = 95 if k % 2 == 0 else 40
        a = math.radians(-90 + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, outline=255, width=7)
    layer = layer.rotate(float(rng.uniform(-25, 25)), center=(cx, cy), resample=Image.BICUBIC)
    cov = np.asarray(layer, dtype=np.float32) / 255.0
    cov *= np.clip(rng.normal(0.78, 0.2, cov.shape), 0.15, 1.0)      # uneven inking
    cov = np.asarray(Image.fromarray((cov * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5)),
                     dtype=np.float32) / 255.0
    ink = np.array([0.30, 0.25, 0.72])    # violet-blue stamp ink (multiplied)
    out = rgb * (1 - cov[..., None] * (1 - ink))
    # signature: a few smooth random strokes
    sig = Image.new("L", (Ww, Hh), 0)
    sd = ImageDraw.Draw(sig)
    sx, sy = cx - 330, cy + 20
    pts = []
    for k in range(90):
        t = k / 89
        pts.append((sx + 620 * t + 60 * math.sin(t * 19) + float(rng.normal(0, 3)),
                    sy - 70 * math.sin(t * 11 + 1) * (1 - t) + 50 * t + float(rng.normal(0, 3))))
    sd.line(pts, fill=255, width=7, joint="curve")
    sd.line([(sx + 120, sy + 55), (sx + 560, sy + 10)], fill=255, width=6)
    scov = np.asarray(sig.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32) / 255.0
    pen = np.array([0.08, 0.12, 0.45])
    out = out * (1 - scov[..., None] * (1 - pen))
    im = Image.fromarray(np.clip(out * 255, 0, 255).astype(np.uint8))
    # fixed 16-colour palette: 10 greys, 4 stamp-ink shades, 2 pen shades (a median cut would drop the ink)
    pal = [(round(v),) * 3 for v in np.linspace(0, 255, 10)]
    pal += [tuple(int(round(255 * (1 - c * (1 - k)))) for k in ink) for c in (0.3, 0.5, 0.7, 0.9)]
    pal += [tuple(int(round(255 * (1 - c * (1 - k)))) for k in pen) for c in (0.6, 1.0)]
    pimg = Image.new("P", (1, 1))
    pimg.putpalette([v for c in pal for v in c])
    return im.quantize(palette=pimg, dither=Image.Dither.NONE)


def main():
    for sub in ("pages", "truth", "meta"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    manifest = []
    meta_all = {}
    for ti, (name, fn) in enumerate(DOCS.items()):
        rng = np.random.default_rng(SEED + ti)
        p = fn()
        clean = quant4(p.img)
        os.makedirs(os.path.join(HERE, "pages", name))
        with open(os.path.join(HERE, "truth", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(HERE, "truth", name + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        info = {"boxes_clean_300dpi": p.boxes, "stamp_anchor": list(p.anchor),
                "extra": getattr(p, "meta", {})}
        for deg in DEGS:
            rel = f"pages/{name}/{name}__{deg}.{EXT[deg]}"
            path = os.path.join(HERE, rel)
            if deg == "clean_300dpi":
                save_grey4(clean, path, 300)
            elif deg == "dpi150":
                save_grey4(d_dpi150(p.img, rng), path, 150)
            elif deg == "fax":
                d_fax(p.img, rng).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                p.img.save(path, "JPEG", quality=25, dpi=(300, 300))
            elif deg == "pdf_skew2":
                buf, ang = d_pdf_skew(p.img, rng, 1 if ti % 2 == 0 else -1)
                write_pdf(buf, path)
                info["pdf_skew_degrees_ccw"] = round(ang, 3)
            elif deg == "phone_photo":
                d_phone(p.img, rng).save(path, "JPEG", quality=72, dpi=(150, 150))
            elif deg == "stamp":
                d_stamp(p.img, rng, p.anchor).save(path, bits=4, optimize=True, dpi=(300, 300))
            elif deg == "sideways":
                rot = 90 if ti % 2 == 0 else 270      # PIL: counter-clockwise degrees
                save_grey4(clean.rotate(rot, expand=True), path, 300)
                info["sideways_rotation_ccw"] = rot
            elif deg == "upside_down":
                save_grey4(clean.rotate(180), path, 300)
            m = {"file": rel, "text_type": name, "degradation": deg, "truth": f"truth/{name}.txt"}
            if p.tables:
                m["tables"] = f"truth/{name}.tables.json"
            manifest.append(m)
        meta_all[name] = info
        print(name, len(p.lines), "lines,", len(p.tables), "tables", flush=True)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "meta", "layout.json"), "w", encoding="utf-8") as fh:
        json.dump(meta_all, fh, ensure_ascii=False)


if __name__ == "__main__":
    main()
