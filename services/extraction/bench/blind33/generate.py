"""Deterministic generator of the ocr33 set: 7 text types x 9 degradations = 63 page files.
Run: python generate.py   (needs pillow, numpy, reportlab)"""
import io
import json
import math
import os
import random
import shutil
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from docs import BUILDERS
from render import FD, mm

OUT = os.path.dirname(os.path.abspath(__file__))
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
STAMP_TEXT = {
    "sp2d": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "rincian_perjadin": "DINAS PERHUBUNGAN",
    "daftar_hadir": "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "ba_pemeriksaan": "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "lra_subkegiatan": "DINAS LINGKUNGAN HIDUP",
    "surat_tugas": "DINAS KOMUNIKASI DAN INFORMATIKA",
    "lembar_disposisi": "SEKRETARIAT DAERAH",
}


def seed_of(*parts):
    return zlib.crc32("/".join(parts).encode())


# ------------------------------------------------------------------ savers
def save_grey4(img, path, dpi):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    idx = np.clip(np.rint(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(idx, "P")
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal + [0] * (768 - len(pal)))
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


# ------------------------------------------------------------------ degradations
def d_fax(img, rng):
    w, h = img.size
    small = img.resize((w * 200 // 300, h * 100 // 300), Image.BOX)
    a = np.asarray(small, dtype=np.float32)
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    a = a + nr.normal(0, 18, a.shape)
    b = a > 150
    hh, ww = b.shape
    # specks
    n = 1800
    ys, xs = nr.integers(0, hh, n), nr.integers(0, ww, n)
    b[ys, xs] = False
    # a few 2x2 specks
    for _ in range(250):
        y, x = nr.integers(0, hh - 2), nr.integers(0, ww - 2)
        b[y:y + 2, x:x + 2] = False
    # vertical streaks (dirty scanner bar)
    for _ in range(3):
        x = int(nr.integers(40, ww - 40))
        y0 = int(nr.integers(0, hh // 2))
        y1 = int(min(hh, y0 + nr.integers(hh // 4, hh)))
        b[y0:y1, x] = False
    # horizontal dropout lines and one dark scan line
    for _ in range(4):
        y = int(nr.integers(0, hh))
        b[y, :] = b[y, :] | (nr.random(ww) < 0.7)
    y = int(nr.integers(hh // 3, hh - 10))
    b[y, :] = b[y, :] & (nr.random(ww) > 0.55)
    img2 = Image.fromarray((b * 255).astype(np.uint8), "L").resize((ww, hh * 2), Image.NEAREST)
    return img2.convert("1", dither=Image.NONE)


def d_pdf_skew(img, rng, angle):
    w, h = img.size
    im = img.resize((w * 200 // 300, h * 200 // 300), Image.LANCZOS)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    a = a * 0.93 + 8 + nr.normal(0, 8, a.shape)
    # darker scanner edge on the left
    a[:, :25] -= 60
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
    return im


def write_pdf(im, path):
    bio = io.BytesIO()
    im.save(bio, "JPEG", quality=50)
    bio.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setCreator("scanner")
    pw, ph = A4
    iw, ih = im.size
    s = min(pw / (iw / 200 * 72), ph / (ih / 200 * 72))
    dw, dh = iw / 200 * 72 * s, ih / 200 * 72 * s
    c.drawImage(ImageReader(bio), (pw - dw) / 2, (ph - dh) / 2, dw, dh)
    c.showPage()
    c.save()


def perspective_coeffs(dst, src):
    """coefficients for PIL PERSPECTIVE: maps output (dst) points -> input (src) points."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


def d_phone(img, rng):
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    w, h = img.size
    pw, ph = w * 2 // 3, h * 2 // 3               # ~200 dpi paper
    paper = img.resize((pw, ph), Image.LANCZOS).convert("RGB")
    pa = np.asarray(paper, dtype=np.float32)
    pa = pa * np.array([0.97, 0.95, 0.90])       # warm paper
    paper = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    CW, CH = 1900, 2600
    # background: dark wooden desk with grain
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grain = np.sin(xx / 9.0 + 3 * np.sin(yy / 140.0)) * 12 + nr.normal(0, 6, (CH, CW))
    bg = np.stack([95 + grain, 62 + grain * 0.8, 38 + grain * 0.6], -1)
    canvas_ = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    j = lambda s: rng.uniform(-s, s)
    dst = [(120 + j(60), 110 + j(60)), (CW - 110 + j(60), 150 + j(60)),
           (CW - 60 + j(40), CH - 90 + j(40)), (70 + j(40), CH - 120 + j(40))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = perspective_coeffs(dst, src)
    warped = paper.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", paper.size, 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # shadow of the paper
    sh = mask.filter(ImageFilter.GaussianBlur(25))
    base = np.asarray(canvas_, dtype=np.float32) * (1 - 0.5 * np.asarray(sh, dtype=np.float32)[..., None] / 255)
    canvas_ = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    canvas_.paste(warped, (0, 0), mask)
    a = np.asarray(canvas_, dtype=np.float32)
    # uneven light: bright spot + dark corner
    cx, cy = rng.uniform(0.3, 0.7) * CW, rng.uniform(0.15, 0.4) * CH
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(CW, CH)
    light = 1.08 - 0.75 * r ** 1.4
    light *= 1 - 0.18 * (xx / CW)  # side falloff
    a = a * light[..., None]
    a = a + nr.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    return im


def ring_text(layer, cx, cy, r, text, fnt, color):
    n = len(text)
    span = 2 * math.pi * 0.93
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        tile = Image.new("RGBA", (fnt.size * 2, fnt.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fnt.size, fnt.size), ch, font=fnt, fill=color, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - fnt.size), int(y - fnt.size)))


def d_stamp(img, rng, sig, opd):
    from docs import scribble
    base = img.convert("RGB")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    color = (62, 52, 170, 235) if rng.random() < 0.6 else (120, 40, 140, 230)
    cx, cy = sig[0] - mm(8) + rng.uniform(-mm(4), mm(4)), sig[1] + rng.uniform(-mm(4), mm(4))
    R = mm(19)
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=color, width=9)
    d.ellipse([cx - R + mm(1.3), cy - R + mm(1.3), cx + R - mm(1.3), cy + R - mm(1.3)], outline=color, width=4)
    r2 = R - mm(8)
    d.ellipse([cx - r2, cy - r2, cx + r2, cy + r2], outline=color, width=5)
    fnt = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(mm(3.1)))
    ring_text(layer, cx, cy, R - mm(4.3), ("PEMERINTAH KOTA SAMARINDA * " + opd + " *"), fnt, color)
    # star
    pts = []
    for k in range(10):
        rr = r2 * (0.8 if k % 2 == 0 else 0.35)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color)
    # ink texture: random holes
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    la = np.asarray(layer).copy()
    holes = nr.random(la.shape[:2]) < 0.22
    la[..., 3] = np.where(holes, (la[..., 3] * 0.35).astype(np.uint8), la[..., 3])
    layer = Image.fromarray(la, "RGBA").rotate(rng.uniform(-25, 25), center=(cx, cy), resample=Image.BICUBIC)
    # signature in blue ballpoint
    sl = Image.new("RGBA", base.size, (0, 0, 0, 0))
    scribble(ImageDraw.Draw(sl), sig[0] + mm(6), sig[1] + mm(2), rng, w=mm(42), h=mm(16), fill=(20, 40, 120, 255), width=6)
    scribble(ImageDraw.Draw(sl), sig[0] + mm(14), sig[1] + mm(6), rng, w=mm(22), h=mm(10), fill=(20, 40, 120, 255), width=5)
    # multiply blend
    b = np.asarray(base, dtype=np.float32) / 255
    for lay in (layer, sl):
        L = np.asarray(lay, dtype=np.float32) / 255
        al = L[..., 3:4]
        b = b * (1 - al) + (b * L[..., :3]) * al
    out = Image.fromarray(np.clip(b * 255, 0, 255).astype(np.uint8))
    return out.quantize(48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


# ------------------------------------------------------------------ main
def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest, layout = [], {}
    angles = {"sp2d": 2.0, "rincian_perjadin": -1.8, "daftar_hadir": 2.2, "ba_pemeriksaan": -2.1,
              "lra_subkegiatan": 1.7, "surat_tugas": -2.3, "lembar_disposisi": 1.9}
    for t, builder in BUILDERS.items():
        page, sig = builder()
        img = page.img
        with open(os.path.join(OUT, "truth", t + ".txt"), "w", encoding="utf-8") as f:
            f.write(page.truth())
        if page.tables:
            with open(os.path.join(OUT, "truth", t + ".tables.json"), "w", encoding="utf-8") as f:
                json.dump(page.tables, f, ensure_ascii=False, indent=1)
        layout[t] = {"lines": page.lines, "boxes": [[i, [round(v) for v in bb]] for i, bb in page.boxes],
                     "sig": [round(sig[0]), round(sig[1])], "skew_deg": angles[t]}
        os.makedirs(os.path.join(OUT, "pages", t))
        for dg in DEGS:
            rng = random.Random(seed_of(t, dg))
            rel = f"pages/{t}/{t}__{dg}.{EXT[dg]}"
            path = os.path.join(OUT, rel)
            if dg == "clean_300dpi":
                save_grey4(img, path, 300)
            elif dg == "dpi150":
                save_grey4(img.resize((img.width // 2, img.height // 2), Image.LANCZOS), path, 150)
            elif dg == "fax":
                d_fax(img, rng).save(path, optimize=True, dpi=(200, 200))
            elif dg == "jpeg_q25":
                a = np.asarray(img, dtype=np.float32) * 0.94 + 10
                Image.fromarray(a.astype(np.uint8)).resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS) \
                    .save(path, "JPEG", quality=25, dpi=(200, 200))
            elif dg == "pdf_skew2":
                write_pdf(d_pdf_skew(img, rng, angles[t]), path)
            elif dg == "phone_photo":
                d_phone(img, rng).save(path, "JPEG", quality=80)
            elif dg == "stamp":
                d_stamp(img, rng, sig, STAMP_TEXT[t]).save(path, optimize=True, dpi=(300, 300))
            elif dg == "sideways":
                save_grey4(img.transpose(Image.Transpose.ROTATE_90), path, 300)
            elif dg == "upside_down":
                save_grey4(img.transpose(Image.Transpose.ROTATE_180), path, 300)
            e = {"file": rel, "text_type": t, "degradation": dg, "truth": f"truth/{t}.txt"}
            if page.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
        print("done", t)
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "layout.json"), "w", encoding="utf-8") as f:
        json.dump(layout, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
