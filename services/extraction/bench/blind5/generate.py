#!/usr/bin/env python
"""Regenerate the ocr5 blind set: 7 invented Samarinda government pages x 9 degradations.

Run from the scratch venv:  /work/scratch/ocr5/bin/python generate.py
Needs: pillow, numpy, matplotlib (only for its bundled DejaVu/STIX fonts) and the system
DejaVu Sans Condensed font (fonts-dejavu-core).
"""
import hashlib
import io
import json
import os
import shutil
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import degrade  # noqa: E402
import docs  # noqa: E402
from layout import W, H  # noqa: E402

TYPES = list(docs.DOCS)
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "jpg", "sideways": "png", "upside_down": "png"}
STAMPS = {
    "surat_undangan": ("PEMERINTAH KOTA SAMARINDA", "SETDA", 0),
    "bast_barang": ("PEMERINTAH KOTA SAMARINDA", "DPMPTSP", 1),
    "lkjip_indikator": ("DINAS KESEHATAN KOTA SAMARINDA", "DINKES", 0),
    "ssh_harga": ("PEMERINTAH KOTA SAMARINDA", "WALI KOTA", 2),
    "buletin_2kolom": ("SEKRETARIAT DAERAH KOTA SAMARINDA", "PROKOM", 1),
    "sk_keputusan": ("DINAS PU DAN PENATAAN RUANG", "PUPR", 0),
    "rekap_anggaran": ("DINAS PENDIDIKAN KOTA SAMARINDA", "DISDIKBUD", 1),
}
SIDEWAYS = {t: ("ccw" if i % 2 == 0 else "cw") for i, t in enumerate(TYPES)}


def seed(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def save_pdf(im, path, dpi):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=40, dpi=(dpi, dpi))
    jpg = buf.getvalue()
    w, h = im.size
    pw, ph = w * 72 / dpi, h * 72 / dpi
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
        f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
        f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode() + jpg
        + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def save_png16(im, path, dpi):
    """Grayscale PNG with 16 grey levels (4-bit palette), to keep the set small."""
    a = np.asarray(im.convert("L"), np.float32)
    q = np.clip(np.round(a / 17.0), 0, 15).astype(np.uint8)
    from PIL import Image
    pim = Image.fromarray(q, "P")
    pim.putpalette([v for i in range(16) for v in (i * 17,) * 3])
    pim.save(path, optimize=True, bits=4, dpi=(dpi, dpi))


def build_page(t):
    p = docs.DOCS[t]()
    return p


def main():
    out = HERE
    for d in ["pages", "truth"]:
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    manifest = []
    notes = {}
    for t in TYPES:
        p = build_page(t)
        with open(os.path.join(out, "truth", f"{t}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(out, "truth", f"{t}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(out, "pages", t))
        img = p.img
        for dg in DEGS:
            rng = np.random.default_rng(seed(t, dg))
            rel = f"pages/{t}/{t}__{dg}.{EXT[dg]}"
            path = os.path.join(out, rel)
            if dg == "clean_300dpi":
                img.save(path, optimize=True, dpi=(300, 300))
            elif dg == "dpi150":
                save_png16(degrade.dpi150(img, rng), path, 150)
            elif dg == "fax":
                degrade.fax(img, rng).save(path, optimize=True, dpi=(204, 196))
            elif dg == "jpeg_q25":
                degrade.jpeg_q25(img, rng).save(path, "JPEG", quality=25, dpi=(200, 200))
            elif dg == "pdf_skew2":
                im, ang = degrade.pdf_skew2(img, rng)
                notes[rel] = f"rotated {ang:+.0f} degrees (PIL convention: positive = counter-clockwise)"
                save_pdf(im, path, 200)
            elif dg == "phone_photo":
                degrade.phone_photo(img, rng).save(path, "JPEG", quality=72)
            elif dg == "stamp":
                ring, center, col = STAMPS[t]
                sx, sy = p.sig
                spec = {"stamp": ((sx - 90) / W, (sy + 250) / H), "sig": ((sx + 30) / W, (sy - 20) / H),
                        "ring": ring, "center": center, "color": col}
                degrade.stamp(img, rng, spec).save(path, "JPEG", quality=55, dpi=(200, 200))
            elif dg == "sideways":
                notes[rel] = "page top points " + ("left (rotated 90 deg counter-clockwise)" if SIDEWAYS[t] == "ccw"
                                                   else "right (rotated 90 deg clockwise)")
                save_png16(degrade.sideways(img, rng, SIDEWAYS[t]), path, 200)
            elif dg == "upside_down":
                save_png16(degrade.upside_down(img, rng), path, 200)
            e = {"file": rel, "text_type": t, "degradation": dg, "truth": f"truth/{t}.txt"}
            if p.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
        print(t, "done", flush=True)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(out, "orientation_notes.json"), "w", encoding="utf-8") as fh:
        json.dump(notes, fh, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
