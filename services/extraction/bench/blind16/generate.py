#!/usr/bin/env python3
"""Regenerate the whole ocr16 set (deterministic).  Run from anywhere:
    python generate.py
Writes pages/, truth/, manifest.json, meta/ next to this file."""
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import pages  # noqa: E402
import degrade as D  # noqa: E402

DEGRADATIONS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
                "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
RING = {
    "kuitansi": "PEMERINTAH KOTA SAMARINDA * DISDIKBUD *",
    "perjanjian_kerja": "CV SUNGAI MAHAKAM KONSTRUKSI * SAMARINDA *",
    "bast_barang": "PEMERINTAH KOTA SAMARINDA * DINAS KESEHATAN *",
    "notulen_rapat": "PEMERINTAH KOTA SAMARINDA * BAPPEDA *",
    "rekap_tpp": "PEMERINTAH KOTA SAMARINDA * BKPSDM *",
    "laporan_persediaan": "KOTA SAMARINDA * KEC. SUNGAI KUNJANG *",
    "surat_tugas": "PEMERINTAH KOTA SAMARINDA * BKPSDM *",
}


def main():
    for sub in ("pages", "truth", "meta"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    manifest = []
    details = {}
    for ti, build in enumerate(pages.BUILDERS):
        p, meta = build()
        t = p.name
        os.makedirs(os.path.join(HERE, "pages", t))
        lines = p.truth_lines()
        with open(os.path.join(HERE, "truth", t + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        has_tables = bool(p.tables)
        if has_tables:
            with open(os.path.join(HERE, "truth", t + ".tables.json"), "w", encoding="utf-8") as fh:
                json.dump(p.tables, fh, ensure_ascii=False, indent=1)
        # line boxes (pixel boxes at 300 dpi, for verification only)
        boxes = {}
        for key, bb in p.ink_boxes:
            boxes.setdefault(repr(key), []).append([int(v) for v in bb])
        meta = dict(meta)
        meta["line_boxes_300dpi"] = [boxes[k] for k in sorted(boxes, key=lambda s: eval(s))]
        meta["stamp_anchors_mm"] = p.sig
        with open(os.path.join(HERE, "meta", t + ".json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
        details[t] = {}
        for di, deg in enumerate(DEGRADATIONS):
            rng = np.random.default_rng(1600 + ti * 31 + di)
            rel = f"pages/{t}/{t}__{deg}.{EXT[deg]}"
            path = os.path.join(HERE, rel)
            info = {}
            if deg == "clean_300dpi":
                D.save_png4(p.img, path, 300)
            elif deg == "dpi150":
                D.save_png4(D.dpi150(p.img, rng), path, 150)
            elif deg == "fax":
                D.fax(p.img, rng).save(path, optimize=True, dpi=(200, 200))
                info["note"] = "1-bit, 200 dpi across x 100 lines/inch, each line doubled; stored 200x200 dpi"
            elif deg == "jpeg_q25":
                open(path, "wb").write(D.jpeg_q25(p.img, rng))
                info["dpi"] = 200
            elif deg == "pdf_skew2":
                ang = float(rng.choice([-1, 1]) * rng.uniform(1.7, 2.3))
                open(path, "wb").write(D.pdf_skew2(p.img, rng, ang))
                info["angle_deg_ccw"] = round(ang, 3)
                info["dpi"] = 200
            elif deg == "phone_photo":
                open(path, "wb").write(D.phone_photo(p.img, rng))
            elif deg == "stamp":
                D.stamp(p.img, rng, p.sig, RING[t]).save(path, optimize=True, dpi=(200, 200))
                info["dpi"] = 200
            elif deg == "sideways":
                rot = [90, 270][ti % 2]
                D.save_png4(p.img.rotate(rot, expand=True), path, 300)
                info["rotation_deg_ccw"] = rot
            elif deg == "upside_down":
                D.save_png4(p.img.rotate(180), path, 300)
                info["rotation_deg_ccw"] = 180
            entry = {"file": rel, "text_type": t, "degradation": deg, "truth": f"truth/{t}.txt"}
            if has_tables:
                entry["tables"] = f"truth/{t}.tables.json"
            manifest.append(entry)
            details[t][deg] = info
        print(t, len(lines), "lines,", len(p.tables), "tables", flush=True)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "meta", "degradations.json"), "w", encoding="utf-8") as fh:
        json.dump(details, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)


if __name__ == "__main__":
    main()
