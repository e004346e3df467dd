"""Regenerate the whole ocr32 set: python generate.py  (deterministic, fixed seeds)."""
import io
import json
import math
import os
import random
import shutil
import sys

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs import TYPES  # noqa: E402
from render import F, W, H, mm  # noqa: E402

DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
SKEW = {"daftar_gaji": 2.0, "npd": -2.0, "sppd": 1.8, "rekap_retribusi": -2.2, "sptjm": 2.1,
        "kartu_kendali": -1.9, "bast_barang": 2.2}


def save_grey4(img, path, dpi):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    idx = np.clip(np.rint(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.frombytes("P", img.size, idx.tobytes())
    p.putpalette([v for g in range(16) for v in (g * 17,) * 3])
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def resize_dpi(img, dpi_x, dpi_y=None):
    dpi_y = dpi_y or dpi_x
    return img.resize((round(W * dpi_x / 300), round(H * dpi_y / 300)), Image.LANCZOS)


def d_fax(img, rng):
    g = resize_dpi(img, 200, 100)  # standard-resolution fax: 200 x 100 dpi
    a = np.asarray(g, dtype=np.float32)
    a = a + rng.normal(0, 18, a.shape)
    b = a > 165
    h, w = b.shape
    # specks
    for _ in range(900):
        y, x = rng.integers(0, h), rng.integers(0, w)
        b[y:y + rng.integers(1, 3), x:x + rng.integers(1, 3)] = False
    # vertical streaks (dirty scanner head) and horizontal dropouts
    for _ in range(3):
        x = rng.integers(40, w - 40)
        b[:, x:x + rng.integers(1, 3)] = False
    for _ in range(4):
        y = rng.integers(40, h - 40)
        seg = rng.integers(200, w)
        x0 = rng.integers(0, w - seg + 1)
        b[y, x0:x0 + seg] = True
    return Image.fromarray((b * 255).astype(np.uint8)).resize((w, h * 2), Image.NEAREST).convert("1")


def d_jpeg(img, rng):
    g = resize_dpi(img, 200).convert("RGB")
    a = np.asarray(g, dtype=np.float32)
    tint = np.array([252, 248, 236], dtype=np.float32) / 255.0
    a = a * tint + rng.normal(0, 3, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def d_skew(img, rng, ang):
    g = resize_dpi(img, 200)
    g = g.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    a = np.asarray(g, dtype=np.float32)
    a = a * 0.93 + 10 + rng.normal(0, 6, a.shape)
    h, w = a.shape
    for _ in range(400):
        y, x = rng.integers(0, h), rng.integers(0, w)
        a[y:y + 2, x:x + 2] = rng.integers(40, 140)
    a[:, :18] *= 0.55  # dark scanner-lid edge
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def d_phone(img, rng):
    pg = img.resize((1450, round(1450 * H / W)), Image.LANCZOS).convert("RGB")
    pw, ph = pg.size
    CW, CH = 1800, 2400
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    bg = np.zeros((CH, CW, 3), np.float32)
    grain = np.sin(xx / 23.0 + 3 * np.sin(yy / 140.0)) * 10
    bg[..., 0] = 120 + grain + xx / CW * 20
    bg[..., 1] = 84 + grain * 0.7 + xx / CW * 12
    bg[..., 2] = 52 + grain * 0.4
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = lambda: float(rng.uniform(-45, 45))  # noqa: E731
    dst = np.float32([[170 + j(), 150 + j()], [1640 + j(), 190 + j()], [1690 + j(), 2280 + j()],
                      [110 + j(), 2240 + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    pa = np.asarray(pg, dtype=np.float32)
    warped = cv2.warpPerspective(pa, M, (CW, CH), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (CW, CH), flags=cv2.INTER_LINEAR)
    # soft shadow of the page
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    bg *= (1 - 0.45 * np.roll(np.roll(sh, 14, 0), 10, 1))[..., None]
    comp = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: bright upper-left, darker lower-right + hand shadow blob
    light = 1.08 - 0.32 * (xx / CW * 0.6 + yy / CH * 0.4)
    cx, cy = rng.uniform(1200, 1600), rng.uniform(1700, 2200)
    light -= 0.18 * np.exp(-(((xx - cx) / 420) ** 2 + ((yy - cy) / 300) ** 2))
    comp *= light[..., None]
    comp *= np.array([1.0, 0.96, 0.86], np.float32)
    comp = cv2.GaussianBlur(comp, (0, 0), 1.05)
    comp += rng.normal(0, 4, comp.shape)
    return Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8))


def draw_stamp(rgb, cx, cy, ring, center, color, rng):
    """Round stamp drawn on an RGBA layer, multiplied over rgb."""
    R = mm(19)
    S = 2 * R + 40
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S // 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=9)
    d.ellipse([c - R + 22, c - R + 22, c + R - 22, c + R - 22], outline=255, width=4)
    d.ellipse([c - R + 95, c - R + 95, c + R - 95, c + R - 95], outline=255, width=4)
    fnt = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    n = len(ring)
    rr = R - 58
    for i, ch in enumerate(ring):
        ang = -180 + 360 * i / n
        t = Image.new("L", (50, 50), 0)
        ImageDraw.Draw(t).text((25, 25), ch, font=fnt, fill=255, anchor="mm")
        t = t.rotate(-ang - 90, resample=Image.BICUBIC)
        x = c + rr * math.cos(math.radians(ang))
        y = c + rr * math.sin(math.radians(ang))
        lay.paste(255, (int(x - 25), int(y - 25)), t)
    f2 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 26)
    d.text((c, c - 10), "\u2605", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 60),
           fill=255, anchor="mm")
    d.text((c, c + 40), center, font=f2, fill=255, anchor="mm")
    lay = lay.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    # ink unevenness
    a = np.asarray(lay, np.float32) / 255.0
    a *= np.clip(rng.normal(0.78, 0.2, a.shape), 0.2, 1.0)
    a = cv2.GaussianBlur(a, (0, 0), 1.2)
    base = np.asarray(rgb, np.float32)
    x0, y0 = int(cx - S / 2), int(cy - S / 2)
    reg = base[y0:y0 + S, x0:x0 + S]
    col = np.array(color, np.float32)
    reg[:] = reg * (1 - a[..., None]) + np.minimum(reg, col) * a[..., None]
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def draw_signature(rgb, cx, cy, rng):
    d = ImageDraw.Draw(rgb)
    x, y = cx - mm(22), cy
    pts = []
    for k in range(7):
        amp = rng.uniform(-25, 25)
        x1 = x + rng.uniform(mm(4), mm(9))
        y1 = cy + rng.uniform(-mm(7), mm(6))
        for t in np.linspace(0, 1, 14):
            pts.append((x + (x1 - x) * t, y + (y1 - y) * t + math.sin(t * math.pi) * amp))
        x, y = x1, y1
    d.line(pts, fill=INK, width=6, joint="curve")
    d.line([(cx - mm(20), cy + mm(5)), (cx + mm(18), cy + mm(2))], fill=INK, width=5)
    return rgb


def d_stamp(img, sig, rng, unit):
    rgb = img.convert("RGB")
    sx, sy = mm(sig[0]), mm(sig[1])
    rgb = draw_signature(rgb, sx + mm(4), sy, rng)
    rgb = draw_stamp(rgb, sx - mm(12), sy - mm(1), "PEMERINTAH KOTA SAMARINDA \u2022 " + unit + " \u2022 ",
                     "SAMARINDA", STAMP_COL[unit == "BPKAD"], rng)
    return rgb


STAMP_COL = [(60, 50, 190), (150, 40, 140)]
INK = (20, 30, 110)


def save_colour16(rgb, path, col):
    """16-colour palette: 8 greys, 6 tints of the stamp colour, 2 of the signature ink (nearest colour)."""
    pal = [(g * 255 // 7,) * 3 for g in range(8)]
    for t in (1.0, 0.8, 0.62, 0.46, 0.32, 0.2):
        pal.append(tuple(round(255 - (255 - c) * t) for c in col))
    pal += [INK, tuple(round(255 - (255 - c) * 0.5) for c in INK)]
    pimg = Image.new("P", (1, 1))
    pimg.putpalette([v for c in pal for v in c])
    rgb.quantize(palette=pimg, dither=Image.NONE).save(path, bits=4, optimize=True, dpi=(300, 300))


def save_pdf(img, path):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=40)
    buf.seek(0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


STAMP_UNIT = {"daftar_gaji": "DINAS PERHUBUNGAN", "npd": "DISKOMINFO", "sppd": "DINAS PERHUBUNGAN",
              "rekap_retribusi": "BAPENDA", "sptjm": "BPKAD", "kartu_kendali": "DLH",
              "bast_barang": "DISDIKBUD"}


def main():
    out = HERE
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    manifest = []
    for ti, (tname, fn) in enumerate(TYPES.items()):
        page = fn(random.Random(1000 + ti))
        img = page.img
        with open(os.path.join(out, "truth", f"{tname}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        if page.tables:
            with open(os.path.join(out, "truth", f"{tname}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        pdir = os.path.join(out, "pages", tname)
        os.makedirs(pdir)
        for di, deg in enumerate(DEGS):
            rng = np.random.default_rng(7000 + 100 * ti + di)
            rel = f"pages/{tname}/{tname}__{deg}.{EXT[deg]}"
            path = os.path.join(out, rel)
            if deg == "clean_300dpi":
                save_grey4(img, path, 300)
            elif deg == "dpi150":
                save_grey4(resize_dpi(img, 150), path, 150)
            elif deg == "fax":
                d_fax(img, rng).save(path, optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                d_jpeg(img, rng).save(path, "JPEG", quality=25, dpi=(200, 200))
            elif deg == "pdf_skew2":
                save_pdf(d_skew(img, rng, SKEW[tname]), path)
            elif deg == "phone_photo":
                d_phone(img, rng).save(path, "JPEG", quality=72)
            elif deg == "stamp":
                st = d_stamp(img, page.sig, rng, STAMP_UNIT[tname])
                save_colour16(st, path, STAMP_COL[STAMP_UNIT[tname] == "BPKAD"])
            elif deg == "sideways":
                save_grey4(resize_dpi(img, 200).transpose(Image.ROTATE_90), path, 200)
            elif deg == "upside_down":
                save_grey4(resize_dpi(img, 200).transpose(Image.ROTATE_180), path, 200)
            e = {"file": rel, "text_type": tname, "degradation": deg, "truth": f"truth/{tname}.txt"}
            if page.tables:
                e["tables"] = f"truth/{tname}.tables.json"
            manifest.append(e)
        print(tname, len(page.lines), "lines", len(page.tables), "tables", flush=True)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "preview":
        for t in sys.argv[2:]:
            p = TYPES[t](random.Random(1000 + list(TYPES).index(t)))
            p.img.save(f"/work/blindsets/ocr32/_preview_{t}.png")
            print("\n".join(p.lines))
    else:
        main()
