#!/usr/bin/env python3
"""Self-check of the blind OCR set (no OCR is used).

    /work/blind/.venv/bin/python /work/blind/ocr/verify.py

Checks: manifest shape and coverage; every file opens and is one page; truth and tables agree with
the draw-op log written by generate.py (../build/ops); no text box overlaps another or leaves its
table cell; every dark pixel of each clean master lies inside a logged text or graphic box (so no
printed text is missing from the truth); degraded files are consistent with the clean master
(rotations exact, PDF ~= clean rotated by the logged angle, stamp page differs from clean only
inside the stamp/signature area); determinism of the masters; total size < 40 MB.
"""
import collections
import importlib.util
import json
import os
import sys

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(os.path.dirname(HERE), "build")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))
    print("ERROR", *a)


man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
params = json.load(open(os.path.join(HERE, "degradation_params.json"), encoding="utf-8"))
assert isinstance(man, list)
by_type = collections.defaultdict(set)
for e in man:
    if not set(e) <= {"file", "text_type", "degradation", "truth", "tables"} or \
            not {"file", "text_type", "degradation", "truth"} <= set(e):
        err("bad keys", e)
    by_type[e["text_type"]].add(e["degradation"])
    for k in ("file", "truth", "tables"):
        if k in e and not os.path.exists(os.path.join(HERE, e[k])):
            err("missing", e[k])
print("pages:", len(man), "types:", len(by_type))
degs = set.union(*by_type.values())
for t, d in by_type.items():
    if d != degs or len(d) < 8:
        err("type lacks degradations", t, degs - d)
if len(by_type) < 7 or len(man) < 56:
    err("too few types/pages")

# ---------------------------------------------------------------- truth vs draw ops
ops_by_page = {}
for fn in sorted(os.listdir(os.path.join(BUILD, "ops"))):
    o = json.load(open(os.path.join(BUILD, "ops", fn)))
    ops_by_page[o["name"]] = o
table_rows = 0
for name, o in ops_by_page.items():
    truth = open(os.path.join(HERE, "truth", name + ".txt"), encoding="utf-8").read()
    if not truth.endswith("\n"):
        err(name, "truth without final newline")
    tl = truth[:-1].split("\n")
    lines = collections.defaultdict(list)
    for op in o["ops"]:
        if op["k"] == "t":
            lines[op["lid"]].append(op["s"])
    rebuilt = [" ".join(lines[i]) for i in range(len(o["lines"]))]
    if rebuilt != tl:
        err(name, "truth != ops")
    for i, ln in enumerate(tl):
        if not ln or ln != ln.strip() or "  " in ln or "\t" in ln:
            err(name, "whitespace problem in line", i, repr(ln))
        for ch in ln:
            if ord(ch) > 126:
                err(name, "non-ascii char", repr(ch))
    # tables
    tpath = os.path.join(HERE, "truth", name + ".tables.json")
    if o["tables"]:
        tables = json.load(open(tpath, encoding="utf-8"))
        cells = collections.defaultdict(list)
        cell_line = {}
        for op in o["ops"]:
            if op["k"] == "t" and op["cell"]:
                t, r, c = op["cell"][:3]
                cells[(t, r, c)].append(op["s"])
                cell_line[(t, r)] = op["lid"]
                x0, y0, x1, y1 = op["bb"]
                cx0, cy0, cx1, cy1 = op["cell"][3:]
                if x0 < cx0 + 2 or x1 > cx1 - 1 or y0 < cy0 + 1 or y1 > cy1 + 1:
                    err(name, "text leaves its cell", op["s"], op["bb"], op["cell"])
        if len(tables) != len(o["tables"]):
            err(name, "table count")
        for ti, tab in enumerate(tables):
            ncol = len(tab[0])
            table_rows += len(tab)
            for ri, row in enumerate(tab):
                if len(row) != ncol:
                    err(name, "ragged table row", ti, ri)
                for ci, cell in enumerate(row):
                    if " ".join(cells.get((ti, ri, ci), [])) != cell:
                        err(name, "table cell mismatch", ti, ri, ci, repr(cell))
                joined = " ".join(c for c in row if c)
                if tl[cell_line[(ti, ri)]] != joined:
                    err(name, "row line mismatch", ti, ri)
    elif os.path.exists(tpath):
        err(name, "stray tables file")
    # overlaps between text boxes (shrunk by 1px)
    boxes = np.array([op["bb"] for op in o["ops"] if op["k"] == "t"], float)
    b = boxes + np.array([1, 1, -1, -1])
    ix = np.maximum(0, np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0]))
    iy = np.maximum(0, np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1]))
    ov = (ix * iy) > 0
    np.fill_diagonal(ov, False)
    if ov.any():
        i, j = np.argwhere(ov)[0]
        err(name, "overlapping text boxes", ov.sum() // 2, boxes[i], boxes[j])
    # every dark pixel must belong to a logged box
    clean = np.asarray(Image.open(os.path.join(BUILD, "clean", name + ".png")))
    mask = np.zeros(clean.shape, bool)
    for op in o["ops"]:
        x0, y0, x1, y1 = op["bb"]
        mask[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2] = True
    for op in o["ops"]:
        x0, y0, x1, y1 = op["bb"]
        if op["k"] == "t" and not (clean[y0:y1, x0:x1] < 128).any():
            err(name, "text box without ink", op["s"])
    stray = (clean < 200) & ~mask
    if stray.sum():
        ys, xs = np.nonzero(stray)
        err(name, "ink outside logged boxes", stray.sum(), "e.g. at", xs[0], ys[0])
    print(f"{name}: {len(tl)} lines, tables {[len(t) for t in o['tables']]}, "
          f"{len(boxes)} text boxes - ok" if not errors else f"{name}: checked")

# ---------------------------------------------------------------- files open + consistency
for e in man:
    path = os.path.join(HERE, e["file"])
    name = os.path.basename(e["file"]).split("__")[0]
    clean = np.asarray(Image.open(os.path.join(BUILD, "clean", name + ".png"))).astype(np.int16)
    d = e["degradation"]
    p = params[e["file"]]
    if path.endswith(".pdf"):
        pdf = pdfium.PdfDocument(path)
        if len(pdf) != 1:
            err(e["file"], "pdf pages", len(pdf))
        w, h = pdf[0].get_size()
        if abs(w - clean.shape[1] * 72 / 300) > 2 or abs(h - clean.shape[0] * 72 / 300) > 2:
            err(e["file"], "pdf page size", w, h)
        img = pdf[0].render(scale=300 / 72).to_pil().convert("L")
        ref = Image.fromarray(clean.astype(np.uint8)).rotate(p["angle_deg_ccw"], resample=Image.BICUBIC,
                                                             fillcolor=255)
        a = np.asarray(img).astype(float)
        bb = np.asarray(ref).astype(float)
        if abs(a.shape[0] - bb.shape[0]) <= 1 and abs(a.shape[1] - bb.shape[1]) <= 1:
            h_, w_ = min(a.shape[0], bb.shape[0]), min(a.shape[1], bb.shape[1])
            a, bb = a[:h_, :w_], bb[:h_, :w_]
        if a.shape != bb.shape:
            err(e["file"], "pdf render shape", a.shape, bb.shape)
        else:
            h4, w4 = a.shape[0] // 4 * 4, a.shape[1] // 4 * 4
            a4 = a[:h4, :w4].reshape(h4 // 4, 4, w4 // 4, 4).mean((1, 3))
            b4 = bb[:h4, :w4].reshape(h4 // 4, 4, w4 // 4, 4).mean((1, 3))
            corr = np.corrcoef(a4.ravel(), b4.ravel())[0, 1]
            print(e["file"], "corr with rotated clean", round(corr, 3))
            if corr < 0.9:
                err(e["file"], "pdf differs from clean", corr)
        pdf.close()
        continue
    im = Image.open(path)
    im.load()
    n_frames = getattr(im, "n_frames", 1)
    if n_frames != 1:
        err(e["file"], "frames", n_frames)
    a = np.asarray(im.convert("L")).astype(np.int16)
    H, W = clean.shape
    if d == "clean_300dpi":
        if not np.array_equal(a, clean):
            err(e["file"], "clean differs from master")
    elif d == "rotated_180":
        if not np.array_equal(a[::-1, ::-1], clean):
            err(e["file"], "180 mismatch")
    elif d == "rotated_90":
        back = np.rot90(a, 1 if p["direction"] == "clockwise" else -1)
        if not np.array_equal(back, clean):
            err(e["file"], "90 mismatch")
    elif d == "dpi150":
        if a.shape != (H // 2, W // 2):
            err(e["file"], "150dpi size")
    elif d == "fax_200x100_1bit":
        if im.mode != "1":
            err(e["file"], "fax not 1-bit")
    elif d == "jpeg_q25":
        if np.abs(a - clean).mean() > 8:
            err(e["file"], "jpeg too far from clean")
    elif d == "stamp_signature":
        diff = np.abs(a - clean) > 10
        cx, cy = p["stamp_center"]
        allowed = np.zeros_like(diff)
        R = 330
        allowed[max(0, cy - R):cy + R, max(0, cx - R):cx + R] = True
        if p["signature"]:
            allowed[max(0, cy - 500):cy + 500, max(0, cx - 100):cx + 1300] = True
        if (diff & ~allowed).sum() > 0:
            err(e["file"], "stamp page changed outside stamp/signature area", (diff & ~allowed).sum())
        if diff.sum() < 5000:
            err(e["file"], "stamp barely visible")
    elif d == "phone_photo":
        if a.std() < 20:
            err(e["file"], "photo looks blank")

# ---------------------------------------------------------------- determinism of masters
spec = importlib.util.spec_from_file_location("gen", os.path.join(HERE, "generate.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
for fn in [gen.doc_nota_dinas, gen.doc_bast, gen.doc_lkjip, gen.doc_ssh, gen.doc_newsletter,
           gen.doc_sk, gen.doc_rka]:
    for pg in fn():
        ref = np.asarray(Image.open(os.path.join(BUILD, "clean", pg.name + ".png")))
        if not np.array_equal(np.asarray(pg.img), ref):
            err(pg.name, "master not reproducible")

# degradations are byte-reproducible too (checked on one page, all 9 degradations)
pg = gen.doc_nota_dinas()[0]
for d in gen.DEGRADATIONS:
    tmp = os.path.join(BUILD, "det_check." + gen.EXT[d])
    gen.degrade(pg, d, tmp)
    same = open(tmp, "rb").read() == open(os.path.join(HERE, "pages", "nota_dinas",
                                                        f"nota_dinas__{d}.{gen.EXT[d]}"), "rb").read()
    os.remove(tmp)
    if not same:
        err("degradation not reproducible", d)

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
print(f"total size {size / 1e6:.1f} MB; table rows (incl. headers, per page) {table_rows}")
if size >= 40e6:
    err("set too large")
print("ERRORS:", len(errors))
sys.exit(1 if errors else 0)
