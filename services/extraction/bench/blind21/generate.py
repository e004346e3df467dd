"""Regenerates the whole ocr21 set deterministically:  python generate.py"""
import json
import os
import shutil
import numpy as np
import content
import degrade

HERE = os.path.dirname(os.path.abspath(__file__))
DEGS = [("clean_300dpi", "png"), ("dpi150", "png"), ("fax", "png"), ("jpeg_q25", "jpg"),
        ("pdf_skew2", "pdf"), ("phone_photo", "jpg"), ("stamp", "png"), ("sideways", "png"),
        ("upside_down", "png")]
STAMP_UNIT = {"sppd": "DINAS PERHUBUNGAN", "absensi": "KECAMATAN SAMARINDA ULU",
              "kib_b": "DINAS PENDIDIKAN DAN KEBUDAYAAN", "bku": "DINAS KESEHATAN",
              "uang_makan": "BADAN PENDAPATAN DAERAH", "rup": "DINAS LINGKUNGAN HIDUP",
              "undangan": "SEKRETARIAT DAERAH"}


def build():
    pages = {}
    pages["sppd"] = content.sppd()
    pages["absensi"] = content.absensi()
    pages["kib_b"] = content.kib_b()
    pages["bku"] = content.bku()[0]
    pages["uang_makan"] = content.uang_makan()[0]
    pages["rup"] = content.rup()[0]
    pages["undangan"] = content.undangan()
    return pages


def main():
    # ONLY=name,deg,... regenerates only the page files whose type or degradation is listed
    # (truth, manifest and meta are always rewritten). Per-file seeds make this identical to a full run.
    only = set(filter(None, os.environ.get("ONLY", "").split(",")))
    for d in ("pages", "truth", "_meta"):
        if not only or d != "pages":
            shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    pages = build()
    manifest = []
    meta = {}
    for ti, (name, pg) in enumerate(pages.items()):
        os.makedirs(os.path.join(HERE, "pages", name), exist_ok=True)
        with open(os.path.join(HERE, "truth", name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(pg.lines) + "\n")
        if pg.tables:
            with open(os.path.join(HERE, "truth", name + ".tables.json"), "w", encoding="utf-8") as f:
                json.dump(pg.tables, f, ensure_ascii=False, indent=1)
        meta[name] = {"landscape": pg.wmm > pg.hmm, "size_px_300dpi": list(pg.img.size),
                      "line_bboxes_300dpi": pg.boxes, "signature_mm": pg.sig}
        img = pg.img
        for di, (deg, ext) in enumerate(DEGS):
            rel = f"pages/{name}/{name}__{deg}.{ext}"
            out = os.path.join(HERE, rel)
            rng = np.random.default_rng(21000 + 100 * ti + di)
            if deg == "pdf_skew2":   # same first draw as degrade.pdf_skew2
                r0 = np.random.default_rng(21000 + 100 * ti + di).random()
                meta[name]["skew_deg"] = round((1.8 + 0.4 * r0) * (1 if ti % 2 == 0 else -1), 3)
            if only and name not in only and deg not in only:
                pass
            elif deg == "clean_300dpi":
                degrade.clean(img, out)
            elif deg == "dpi150":
                degrade.dpi150(img, out)
            elif deg == "fax":
                degrade.fax(img, out, rng)
            elif deg == "jpeg_q25":
                degrade.jpeg_q25(img, out, rng)
            elif deg == "pdf_skew2":
                ang = degrade.pdf_skew2(img, out, rng, ti)
                assert round(ang, 3) == meta[name]["skew_deg"]
            elif deg == "phone_photo":
                degrade.phone_photo(img, out, rng, pg.wmm > pg.hmm)
            elif deg == "stamp":
                degrade.stamp(img, out, rng, pg.sig, STAMP_UNIT[name])
            elif deg == "sideways":
                degrade.sideways(img, out)
            elif deg == "upside_down":
                degrade.upside_down(img, out)
            e = {"file": rel, "text_type": name, "degradation": deg, "truth": f"truth/{name}.txt"}
            if pg.tables:
                e["tables"] = f"truth/{name}.tables.json"
            manifest.append(e)
        print(name, len(pg.lines), "lines,", len(pg.tables), "tables")
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "_meta", "layout.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
