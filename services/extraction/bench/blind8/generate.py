"""Generate the ocr8 blind OCR set: 7 page types x 9 degradations. Deterministic."""
import sys
sys.dont_write_bytecode = True
import io  # noqa: E402
import json
import math
import os
import shutil

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import docs
from layout import W, H, mm, FD

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261204
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
SKEW = {}  # type -> angle used for pdf_skew2 (recorded in README via verify)


def save_grey4(img, path, dpi):
    a = np.asarray(img.convert("L"), dtype=np.int32)
    idx = ((a + 8) // 17).clip(0, 15).astype(np.uint8)
    p = Image.frombytes("P", img.size, idx.tobytes())
    pal = []
    for i in range(16):
        pal += [i * 17] * 3
    p.putpalette(pal)
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def noise(rng, shape, sigma):
    return rng.normal(0, sigma, shape)


def d_dpi150(img, rng):
    return img.resize((W // 2, H // 2), Image.LANCZOS)


def d_fax(img, rng):
    # 200 x 100 dpi fine-mode-less fax: halve vertical resolution, threshold, stretch back
    small = img.resize((1654, 1170), Image.BOX)
    a = np.asarray(small, dtype=np.float64) + noise(rng, (1170, 1654), 14)
    bw = a > 165
    # horizontal dropout / black streak rows
    for r in rng.choice(1170, 5, replace=False):
        if rng.random() < 0.5:
            bw[r, :] = True          # white dropout line
        else:
            x0 = int(rng.integers(0, 800))
            bw[r, x0:x0 + int(rng.integers(200, 800))] = False
    full = np.repeat(bw, 2, axis=0)[:2339]
    full = np.vstack([full, np.ones((2339 - full.shape[0], 1654), bool)]) if full.shape[0] < 2339 else full
    # vertical streaks (dirty scanner glass)
    for c in rng.choice(np.arange(60, 1594), 3, replace=False):
        wdt = int(rng.integers(1, 3))
        y0 = int(rng.integers(0, 600))
        full[y0:, c:c + wdt] = False
    # specks
    n = 1400
    ys, xs = rng.integers(0, 2337, n), rng.integers(0, 1652, n)
    for y, x in zip(ys, xs):
        s = int(rng.integers(1, 4))
        full[y:y + s, x:x + s] = False
    return Image.fromarray((full * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)


def d_jpeg(img, rng):
    im = img.resize((1654, 2339), Image.LANCZOS)
    a = np.asarray(im, dtype=np.float64) * 0.93 + 10 + noise(rng, (2339, 1654), 4)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), "L")


def d_skew(img, rng, angle):
    im = img.resize((1654, 2339), Image.LANCZOS)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float64)
    a = a * 0.9 + 18 + noise(rng, a.shape, 6)
    # a darker scanner edge on the left
    a[:, :25] -= np.linspace(90, 0, 25)[None, :]
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), "L")


def _persp_coeffs(dst, src):
    # coefficients mapping output (dst) coords to input (src) coords for Image.transform
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return np.linalg.solve(np.array(A, float), np.array(b, float)).tolist()


def d_phone(img, rng):
    CW, CH = 2100, 2800
    yy, xx = np.mgrid[0:CH, 0:CW]
    # desk background: brown wood-ish with grain
    grain = np.sin(xx / 37.0 + np.sin(yy / 140.0) * 3) * 12 + noise(rng, (CH, CW), 6)
    bg = np.stack([120 + grain, 84 + grain * 0.8, 52 + grain * 0.5], -1)
    page = img.convert("RGB")
    pw, ph = page.size
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(170 + j(30), 150 + j(30)), (1950 + j(30), 210 + j(30)), (2010 + j(25), 2640 + j(25)),
           (110 + j(25), 2590 + j(25))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    warped = page.transform((CW, CH), Image.PERSPECTIVE, _persp_coeffs(dst, src), Image.BICUBIC,
                            fillcolor=(0, 0, 0))
    mask = Image.new("L", (CW, CH), 0)
    ImageDraw.Draw(mask).polygon(dst, fill=255)
    m = np.asarray(mask, dtype=np.float64)[..., None] / 255
    w = np.asarray(warped, dtype=np.float64)
    w = w * np.array([1.0, 0.97, 0.90])  # warm paper
    comp = w * m + bg * (1 - m)
    # uneven light: bright spot upper-left, shadow lower-right
    cx, cy = 600 + j(100), 700 + j(100)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / 3200
    light = (1.08 - 0.55 * r ** 1.4)[..., None]
    comp = comp * light + noise(rng, (CH, CW, 1), 3)
    out = Image.fromarray(comp.clip(0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(1.3))
    return out.resize((1650, 2200), Image.LANCZOS)


def _ring_text(draw_img, cx, cy, r, text, fnt, col):
    n = len(text)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        tile = Image.new("L", (90, 90), 0)
        ImageDraw.Draw(tile).text((45, 45), ch, font=fnt, fill=255, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
        draw_img.paste(col, (int(x - 45), int(y - 45)), tile)


def d_stamp(img, rng, anchor, name):
    base = img.convert("RGB")
    ov = Image.new("RGB", base.size, (255, 255, 255))
    cx, cy = anchor
    R = mm(19)
    col = (92, 70, 170)
    d = ImageDraw.Draw(ov)
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=col, width=9)
    d.ellipse([cx - R + 28, cy - R + 28, cx + R - 28, cy + R - 28], outline=col, width=4)
    d.ellipse([cx - R + 105, cy - R + 105, cx + R - 105, cy + R - 105], outline=col, width=4)
    fnt = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 34)
    _ring_text(ov, cx, cy, R - 66, "PEMERINTAH KOTA SAMARINDA * " + name + " * ", fnt, col)
    # star in the middle
    pts = []
    for k in range(10):
        rr = 55 if k % 2 == 0 else 22
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    ov = ov.rotate(float(rng.uniform(-18, 18)), center=(cx, cy), fillcolor=(255, 255, 255))
    # signature scribble (blue ink)
    sig = Image.new("RGB", base.size, (255, 255, 255))
    ds = ImageDraw.Draw(sig)
    sx, sy = cx + mm(8), cy - mm(2)
    pts = []
    for t in np.linspace(0, 1, 160):
        x = sx + t * mm(45)
        y = sy + math.sin(t * 19 + 0.5) * mm(5) * (1 - t) + math.sin(t * 47) * mm(1.5) - t * mm(6)
        pts.append((x, y))
    ds.line(pts, fill=(20, 40, 140), width=6, joint="curve")
    ds.line([(sx - mm(3), sy + mm(7)), (sx + mm(50), sy + mm(3))], fill=(20, 40, 140), width=5)
    a = np.asarray(base, np.float64) / 255
    o = np.asarray(ov, np.float64) / 255
    o = 1 - (1 - o) * 0.8  # stamp ink not fully opaque
    s = np.asarray(sig, np.float64) / 255
    out = a * o * s * 255
    out = Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB")
    return out


def stamp_name(t):
    return {"nota_dinas": "BKPSDM", "surat_tugas": "DINAS PUPR", "kuitansi_spj": "DINAS KESEHATAN",
            "daftar_hadir": "BAPPEDA", "rup_pengadaan": "DINAS LINGKUNGAN HIDUP",
            "renja_indikator": "DISDIKBUD", "pengumuman": "DISDIKBUD"}[t]


def write_pdf(img, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=45)
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("scan")
    c.setAuthor("")
    c.setCreator("scanner")
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest = []
    meta = {}
    for ti, (t, build) in enumerate(docs.BUILDERS.items()):
        rng = np.random.default_rng(SEED + ti)
        page, anchor = build()
        if anchor is None:
            anchor = (page.x1 - mm(45), page.ybot - mm(62))
        clean = page.img
        os.makedirs(os.path.join(OUT, "pages", t))
        with open(os.path.join(OUT, "truth", t + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        if page.tables:
            with open(os.path.join(OUT, "truth", t + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        angle = float(rng.choice([-1, 1]) * rng.uniform(1.8, 2.2))
        meta[t] = {"skew_angle_ccw_deg": round(angle, 3), "stamp_center_px_300dpi": [int(anchor[0]), int(anchor[1])],
                   **getattr(page, "meta", {})}
        for dg in DEGS:
            rel = f"pages/{t}/{t}__{dg}.{EXT[dg]}"
            path = os.path.join(OUT, rel)
            if dg == "clean_300dpi":
                save_grey4(clean, path, 300)
            elif dg == "dpi150":
                save_grey4(d_dpi150(clean, rng), path, 150)
            elif dg == "fax":
                d_fax(clean, rng).save(path, optimize=True, dpi=(200, 200))
            elif dg == "jpeg_q25":
                d_jpeg(clean, rng).save(path, "JPEG", quality=25, dpi=(200, 200))
            elif dg == "pdf_skew2":
                write_pdf(d_skew(clean, rng, angle), path)
            elif dg == "phone_photo":
                d_phone(clean, rng).save(path, "JPEG", quality=72)
            elif dg == "stamp":
                st = d_stamp(clean, rng, anchor, stamp_name(t))
                st.quantize(colors=16, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
                    path, bits=4, optimize=True, dpi=(300, 300))
            elif dg == "sideways":
                save_grey4(clean.transpose(Image.Transpose.ROTATE_90), path, 300)
            elif dg == "upside_down":
                save_grey4(clean.transpose(Image.Transpose.ROTATE_180), path, 300)
            e = {"file": rel, "text_type": t, "degradation": dg, "truth": f"truth/{t}.txt"}
            if page.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
        print(t, "done", len(page.lines), "lines", len(page.tables), "tables")
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "generation_meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
