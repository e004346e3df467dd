"""Regenerate the whole ocr19 set:  python generate.py
Deterministic: fixed content, fixed seeds, fixed PDF timestamps."""
import json
import os
import sys
import zlib
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import docs      # noqa: E402
import degrade   # noqa: E402

DEGS = ["clean_300dpi", "dpi150", "fax", "jpeg_q25", "pdf_skew2", "phone_photo", "stamp", "sideways",
        "upside_down"]
EXT = {"clean_300dpi": "png", "dpi150": "png", "fax": "png", "jpeg_q25": "jpg", "pdf_skew2": "pdf",
       "phone_photo": "jpg", "stamp": "png", "sideways": "png", "upside_down": "png"}
STAMP_UNIT = {"spt": "BPKAD", "kib_b": "DINAS LINGKUNGAN HIDUP", "reg_surat_masuk": "DINAS KESEHATAN",
              "parkir": "DINAS PERHUBUNGAN", "notulen": "BAPPEDA", "disposisi": "DINAS PUPR",
              "bansos": "KELURAHAN SEMPAJA SELATAN"}
SIDEWAYS_DIR = {"spt": "cw", "kib_b": "ccw", "reg_surat_masuk": "cw", "parkir": "ccw", "notulen": "cw",
                "disposisi": "ccw", "bansos": "cw"}


def rng_for(t, d):
    return np.random.default_rng(zlib.crc32(f"ocr19/{t}/{d}".encode()))


def main(only=None):
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "meta"), exist_ok=True)
    manifest, degmeta = [], []
    for t, builder in docs.BUILDERS.items():
        r = builder()
        page, facts = (r if isinstance(r, tuple) else (r, {}))
        with open(os.path.join(HERE, "truth", f"{t}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(page.lines) + "\n")
        if page.tables:
            with open(os.path.join(HERE, "truth", f"{t}.tables.json"), "w", encoding="utf-8") as fh:
                json.dump(page.tables, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(HERE, "meta", f"{t}.layout.json"), "w", encoding="utf-8") as fh:
            json.dump({"size": [page.W, page.H], "landscape": page.W > page.H,
                       "line_boxes_clean_300dpi": [[l, b] for l, b in zip(page.lines, page.boxes)],
                       "stamp_anchor": page.anchors.get("sig"), "facts": facts}, fh, ensure_ascii=False,
                      indent=0)
        os.makedirs(os.path.join(HERE, "pages", t), exist_ok=True)
        for d in DEGS:
            rel = f"pages/{t}/{t}__{d}.{EXT[d]}"
            path = os.path.join(HERE, rel)
            rng = rng_for(t, d)
            info = {"file": rel}
            if only and d not in only:
                old = [x for x in json.load(open(os.path.join(HERE, "meta", "degradations.json")))
                       if x["file"] == rel]
                info = old[0] if old else info
            elif d == "clean_300dpi":
                degrade.clean(page.img, rng, path)
            elif d == "dpi150":
                degrade.dpi150(page.img, rng, path)
            elif d == "fax":
                degrade.fax(page.img, rng, path)
            elif d == "jpeg_q25":
                degrade.jpeg_q25(page.img, rng, path)
            elif d == "pdf_skew2":
                info["angle_deg_ccw"] = round(degrade.pdf_skew2(page.img, rng, path), 3)
            elif d == "phone_photo":
                info["page_quad"] = [[round(x, 1), round(y, 1)] for x, y in degrade.phone_photo(page.img, rng, path)]
            elif d == "stamp":
                degrade.stamp(page.img, rng, path, page.anchors["sig"], STAMP_UNIT[t])
            elif d == "sideways":
                degrade.sideways(page.img, rng, path, SIDEWAYS_DIR[t])
                info["rotation"] = "90 clockwise" if SIDEWAYS_DIR[t] == "cw" else "90 counter-clockwise"
            elif d == "upside_down":
                degrade.upside_down(page.img, rng, path)
                info["rotation"] = "180"
            e = {"file": rel, "text_type": t, "degradation": d, "truth": f"truth/{t}.txt"}
            if page.tables:
                e["tables"] = f"truth/{t}.tables.json"
            manifest.append(e)
            degmeta.append(info)
        print(t, len(page.lines), "lines,", len(page.tables), "tables", flush=True)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "meta", "degradations.json"), "w", encoding="utf-8") as fh:
        json.dump(degmeta, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    # optional: python generate.py fax stamp   -> rewrite only those degradations (truth/manifest always)
    main(set(sys.argv[1:]) or None)
