"""Deterministic generator for the blind OCR set 'ocr23'. Run: python generate.py"""
import io, json, os, shutil, sys
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from layout import W, H, F, mm  # noqa: E402
from pages_content import BUILDERS  # noqa: E402

DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways", "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
# per type: skew angle (deg, + = counter-clockwise) and sideways direction
SKEW = [2.0, -1.8, 2.2, -2.1, 1.7, -2.3, 1.9]
SIDE = [90, 270, 90, 270, 90, 270, 90]
STAMP_COL = [(38, 62, 170), (120, 40, 150), (38, 62, 170), (30, 90, 160), (38, 62, 170), (160, 35, 60), (120, 40, 150)]
STAMP_TXT = ["DINAS PERPUSTAKAAN DAN KEARSIPAN * KOTA SAMARINDA *",
             "DINAS LINGKUNGAN HIDUP * KOTA SAMARINDA *",
             "DINAS KESEHATAN * KOTA SAMARINDA *",
             "KECAMATAN SAMARINDA ULU * KOTA SAMARINDA *",
             "SEKRETARIAT DAERAH * KOTA SAMARINDA *",
             "BPBD * KOTA SAMARINDA * PUSDALOPS *",
             "LUNAS * BANK KALTIMTARA * CABANG UTAMA *"]


def save_png4(img, path, dpi):
    """Greyscale image -> 16-level palette PNG (4 bit)."""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    p = Image.fromarray(q, "L").convert("P")
    p.putpalette(sum([[i * 17] * 3 for i in range(16)], []))
    p.save(path, bits=4, optimize=True, dpi=(dpi, dpi))


def paper(img, rng, level=247, sigma=3.0):
    a = np.asarray(img, dtype=np.float32) / 255.0
    base = level + rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a * base, 0, 255).astype(np.uint8), "L")


def d_fax(img, rng):
    small = img.resize((1654, 1169), Image.BOX)  # 200 x 100 dpi
    a = np.asarray(small, dtype=np.float32) + rng.normal(0, 18, (1169, 1654))
    black = a < 150
    h, w = black.shape
    # specks
    n = 2500
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    black[ys, xs] = True
    for _ in range(60):
        y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
        black[y:y + rng.integers(1, 3), x:x + rng.integers(1, 4)] = True
    # horizontal streaks (transmission errors) and white dropout lines
    for _ in range(4):
        y = rng.integers(40, h - 40)
        x0 = rng.integers(0, w // 2)
        black[y, x0:x0 + rng.integers(200, w // 2)] = True
    for _ in range(3):
        y = rng.integers(40, h - 40)
        black[y, :] = False
    # vertical dirt streak
    x = rng.integers(w // 5, 4 * w // 5)
    y0 = rng.integers(0, h // 3)
    black[y0:y0 + rng.integers(h // 3, h - y0), x:x + 2] = True
    im = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    return im.resize((1654, 2338), Image.NEAREST)  # rows doubled: 200x100 dpi look at 200x200


def d_jpeg(img, rng):
    im = img.resize((1654, 2339), Image.LANCZOS)
    return paper(im, rng, 244, 2.0)


def d_skew(img, rng, angle):
    im = img.resize((1654, 2339), Image.LANCZOS)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * (0.94 + 0.03 * np.linspace(0, 1, a.shape[1])[None, :]) + rng.normal(0, 4.5, a.shape)
    a[:, :18] *= 0.35  # scanner lid shadow at the left edge
    for _ in range(300):
        y, x = rng.integers(0, a.shape[0] - 2), rng.integers(0, a.shape[1] - 2)
        a[y:y + 2, x:x + 2] = 60
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output pixel (dst) -> input pixel (src)."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, b).tolist()


def d_photo(img, rng, k):
    pw, ph = 1500, 2121
    page = img.resize((pw, ph), Image.LANCZOS).convert("RGB")
    cw, ch = 1800, 2400
    # background: dark wooden desk with grain
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    grain = 18 * np.sin(xx / 37.0 + 3 * np.sin(yy / 190.0)) + rng.normal(0, 6, (ch, cw))
    bg = np.stack([105 + grain, 72 + grain * 0.8, 45 + grain * 0.6], -1)
    canvas_img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    j = lambda s: float(rng.uniform(-s, s))
    dst = [(150 + j(40), 140 + j(40)), (1650 + j(40), 170 + j(40)), (1700 + j(40), 2280 + j(30)), (110 + j(40), 2240 + j(30))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(dst, src)
    warped = page.transform((cw, ch), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((cw, ch), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=0)
    canvas_img.paste(warped, (0, 0), mask)
    a = np.asarray(canvas_img, dtype=np.float32)
    # uneven light: bright spot + shadow gradient (hand/phone shadow)
    cx, cy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.1, 0.4) * ch
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(cw, ch)
    light = 1.08 - 0.55 * r ** 1.5
    light *= 1 - 0.22 * np.clip((yy / ch - 0.55) * 2.2, 0, 1) * np.clip(xx / cw, 0, 1)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])[None, None, :]
    a += rng.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    im = im.filter(ImageFilter.GaussianBlur(1.1))
    return im


def ring_text(layer, cx, cy, r, text, font, col):
    n = len(text)
    for i, ch in enumerate(text):
        ang = 90 - 360.0 * i / n  # degrees, clockwise from top
        t = np.radians(ang)
        x, y = cx + r * np.cos(t), cy - r * np.sin(t)
        g = Image.new("L", (120, 120), 0)
        ImageDraw.Draw(g).text((60, 60), ch, font=font, fill=255, anchor="mm")
        g = g.rotate(ang - 90, resample=Image.BICUBIC)
        layer.paste(Image.new("L", g.size, 255), (int(x - 60), int(y - 60)), g)


def d_stamp(img, rng, k, sig):
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32)
    # stamp layer (alpha) on an 1000x1000 tile
    S = 560
    lay = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S // 2
    d.ellipse([c - 260, c - 260, c + 260, c + 260], outline=255, width=14)
    d.ellipse([c - 175, c - 175, c + 175, c + 175], outline=255, width=7)
    ring_text(lay, c, c, 218, STAMP_TXT[k], F("sans_b", 13), 255)
    # star in the centre (no text)
    pts = []
    for i in range(10):
        rr = 110 if i % 2 == 0 else 45
        t = np.radians(90 + 36 * i)
        pts.append((c + rr * np.cos(t), c - rr * np.sin(t)))
    d.polygon(pts, fill=255)
    lay = lay.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    al = np.asarray(lay, dtype=np.float32) / 255.0
    al *= np.clip(0.55 + 0.35 * rng.random(al.shape) + 0.2 * np.sin(np.arange(S)[None, :] / 40.0), 0, 1)
    al = np.asarray(Image.fromarray((al * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32) / 255.0
    col = np.array(STAMP_COL[k], dtype=np.float32)
    sx, sy = int(sig[0] - S // 2 - 150), int(sig[1] - S // 2)
    reg = rgb[sy:sy + S, sx:sx + S]
    reg[:] = reg * (1 - al[..., None] * 0.85) + col * al[..., None] * 0.85 * (reg / 255.0) ** 0.3
    # signature: smooth random scribble in dark blue ink, over the signature space
    sg = Image.new("L", (700, 260), 0)
    ds = ImageDraw.Draw(sg)
    pts = []
    x = 40.0
    for i in range(46):
        x += rng.uniform(8, 20)
        y = 130 + 80 * np.sin(i * rng.uniform(0.7, 1.4)) + rng.normal(0, 15)
        pts.append((x, y))
    ds.line(pts, fill=255, width=6, joint="curve")
    ds.line([(60, 200), (640, 150)], fill=255, width=5)
    sg = sg.filter(ImageFilter.GaussianBlur(1.0))
    a2 = np.asarray(sg, dtype=np.float32) / 255.0
    gx, gy = int(sig[0] - 300), int(sig[1] - 150)
    reg2 = rgb[gy:gy + 260, gx:gx + 700]
    reg2[:] = reg2 * (1 - a2[..., None]) + np.array([20, 30, 95], np.float32) * a2[..., None]
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    box = (min(sx, gx), min(sy, gy), max(sx + S, gx + 700), max(sy + S, gy + 260))
    return im, box


def main():
    out = HERE
    for d in ("pages", "truth"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    manifest = []
    meta = {}
    for k, build in enumerate(BUILDERS):
        p = build()
        t = p.name
        rng = np.random.default_rng(2300 + k)
        os.makedirs(os.path.join(out, "pages", t))
        with open(os.path.join(out, "truth", t + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(out, "truth", t + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        clean = p.img
        fn = lambda dg: os.path.join("pages", t, f"{t}__{dg}.{EXT[dg]}")
        save_png4(clean, fn("clean_300dpi"), 300)
        save_png4(clean.resize((1240, 1754), Image.LANCZOS), fn("dpi150"), 150)
        d_fax(clean, rng).save(fn("fax"), optimize=True, dpi=(200, 200))
        d_jpeg(clean, rng).save(fn("jpeg_q25"), quality=25, dpi=(200, 200))
        sk = d_skew(clean, rng, SKEW[k])
        buf = io.BytesIO()
        sk.save(buf, "JPEG", quality=50)
        tmpj = os.path.join(out, "pages", t, "_skew.jpg")
        with open(tmpj, "wb") as fh:
            fh.write(buf.getvalue())
        c = canvas.Canvas(fn("pdf_skew2"), pagesize=A4, invariant=1, pageCompression=1)
        c.setCreator("Scanner Kyocera TASKalfa 3253ci")
        c.drawImage(tmpj, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
        os.remove(tmpj)
        d_photo(clean, rng, k).save(fn("phone_photo"), quality=82)
        st, box = d_stamp(clean, rng, k, p.sig)
        st.quantize(32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(fn("stamp"), optimize=True, dpi=(300, 300))
        save_png4(clean.rotate(SIDE[k], expand=True), fn("sideways"), 300)
        save_png4(clean.rotate(180), fn("upside_down"), 300)
        for dg in DEGS:
            e = {"file": fn(dg).replace(os.sep, "/"), "text_type": t, "degradation": dg, "truth": f"truth/{t}.txt"}
            if p.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
        meta[t] = {"skew_deg": SKEW[k], "sideways_rot_ccw_deg": SIDE[k], "stamp_box": list(box),
                   "n_lines": len(p.lines), "n_tables": len(p.tables)}
        print(t, len(p.lines), "lines", [len(x) for x in p.tables], "table rows")
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    with open(os.path.join(out, "gen_meta.json"), "w") as fh:
        json.dump(meta, fh, indent=1)


if __name__ == "__main__":
    os.chdir(HERE)
    main()
