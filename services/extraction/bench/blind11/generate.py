"""Regenerates the whole ocr11 set (deterministic). Run: python generate.py"""
import sys
sys.dont_write_bytecode = True
import io
import json
import os
import shutil
import zlib

from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

import degrade as D
from docs import DOCS

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/work/scratch/ocr11_tmp"
DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
STAMPS = {  # colour, ring text, centre lines (none of this is in the truth)
    "nota_dinas": ((60, 40, 170), "PEMERINTAH KOTA SAMARINDA * BKPSDM *", ["BKPSDM", "SAMARINDA"]),
    "surat_tugas": ((40, 60, 180), "PEMERINTAH KOTA SAMARINDA * DINAS PUPR *", ["DINAS PUPR"]),
    "kuitansi_spj": ((150, 40, 150), "BENDAHARA PENGELUARAN * DISKOMINFO *", ["LUNAS"]),
    "daftar_hadir": ((30, 90, 170), "PEMERINTAH KOTA SAMARINDA * BAPPEDA *", ["BAPPEDA"]),
    "renja_indikator": ((50, 50, 160), "PEMERINTAH KOTA SAMARINDA * DINAS KESEHATAN *", ["DINKES"]),
    "pengumuman_sidebar": ((180, 30, 40), "PANITIA SELEKSI JPT PRATAMA * SAMARINDA *", ["PANSEL"]),
    "lampiran_sk_kode": ((40, 40, 150), "PEMERINTAH KOTA SAMARINDA * BPKAD *", ["BPKAD"]),
}
# skew angle (deg, counter-clockwise positive) and sideways direction per type
SKEW = {"nota_dinas": 2.0, "surat_tugas": -2.1, "kuitansi_spj": 1.8, "daftar_hadir": -1.9,
        "renja_indikator": 2.2, "pengumuman_sidebar": -1.7, "lampiran_sk_kode": 2.0}


def seed_of(*parts):
    return zlib.crc32("/".join(parts).encode()) & 0x7FFFFFFF


def write_pdf(img, path, dpi=200):
    os.makedirs(TMP, exist_ok=True)
    jp = os.path.join(TMP, "pdfpage.jpg")
    img.save(jp, "JPEG", quality=45)
    wpt, hpt = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
    path = os.path.abspath(path)
    cwd = os.getcwd()
    os.chdir(TMP)  # relative image name -> the XObject name does not depend on the temp directory
    try:
        c = canvas.Canvas(path, pagesize=(wpt, hpt), invariant=1, pageCompression=1)
        c.setTitle("scan")
        c.setCreator("Scanner")
        c.drawImage("pdfpage.jpg", 0, 0, wpt, hpt)
        c.showPage()
        c.save()
    finally:
        os.chdir(cwd)


def main():
    for sub in ("pages", "truth"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    manifest, info = [], {}
    for ti, (typ, fn) in enumerate(DOCS.items()):
        p = fn()
        p.check_overlap()
        page = p.im
        os.makedirs(os.path.join(OUT, "pages", typ))
        with open(os.path.join(OUT, "truth", typ + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(p.lines) + "\n")
        if p.tables:
            with open(os.path.join(OUT, "truth", typ + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        side = "ccw" if ti % 2 == 0 else "cw"
        info[typ] = {"sideways_direction": side, "skew_deg": SKEW[typ], "sig_box": p.marks.get("sig"),
                     "line_boxes_300dpi": p.boxes}
        for deg in DEGS:
            sd = seed_of(typ, deg)
            base = os.path.join(OUT, "pages", typ, typ + "__" + deg)
            if deg == "clean_300dpi":
                ext = "png"; D.save_png4(page, base + ".png", 300)
            elif deg == "dpi150":
                ext = "png"; im, dpi = D.dpi150(page, sd); D.save_png4(im, base + ".png", dpi)
            elif deg == "fax":
                ext = "png"; im, dpi = D.fax(page, sd); im.save(base + ".png", optimize=True, dpi=(200, 200))
            elif deg == "jpeg_q25":
                ext = "jpg"; b, _ = D.jpeg_q25(page, sd); open(base + ".jpg", "wb").write(b)
            elif deg == "pdf_skew2":
                ext = "pdf"; write_pdf(D.skew_scan(page, sd, SKEW[typ]), base + ".pdf")
            elif deg == "phone_photo":
                ext = "jpg"; open(base + ".jpg", "wb").write(D.phone_photo(page, sd))
            elif deg == "stamp":
                ext = "png"
                col, ring, cl = STAMPS[typ]
                D.stamp(page, sd, p.marks["sig"], col, ring, cl).save(base + ".png", bits=4, optimize=True,
                                                                    dpi=(300, 300))
            elif deg == "sideways":
                ext = "png"
                rot = page.transpose(D.Image.ROTATE_90 if side == "ccw" else D.Image.ROTATE_270)
                D.save_png4(rot, base + ".png", 300)
            elif deg == "upside_down":
                ext = "png"; D.save_png4(page.transpose(D.Image.ROTATE_180), base + ".png", 300)
            e = {"file": "pages/%s/%s__%s.%s" % (typ, typ, deg, ext), "text_type": typ, "degradation": deg,
                 "truth": "truth/%s.txt" % typ}
            if p.tables:
                e["tables"] = "truth/%s.tables.json" % typ
            manifest.append(e)
        print(typ, "done")
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "truth", "_layout.json"), "w", encoding="utf-8") as fh:
        json.dump(info, fh, ensure_ascii=False)


if __name__ == "__main__":
    main()
