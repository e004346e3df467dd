#!/usr/bin/env python3
"""Independent checks of the ask20 set: opens every corpus file and checks the labels against it.
Exit code 0 = all checks pass."""
import csv, json, os, re, sys
from collections import Counter, defaultdict

import openpyxl
import pypdf
import docx
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
TRUTH = os.path.join(HERE, "truth")
ERR = []


def err(msg):
    ERR.append(msg)
    print("FAIL:", msg)


NUM_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_id(s):
    """Indonesian number string -> float."""
    s = s.strip().replace("Rp", "").replace(",-", "").strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", s):  # plain decimal point form, e.g. accept "87.5"
        return float(s)
    raise ValueError(s)


def nums_in(text):
    return {float(t.replace(".", "").replace(",", ".")) for t in NUM_RE.findall(text)}


def norm(t):
    return re.sub(r"\s+", " ", t)


# ------------------------------------------------------------------ load every page of the corpus
PAGES = {}      # (file, page) -> {"text": str, "nums": set, "lines": [...], "cells": [[...]] (xlsx)}
manifest = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
mfiles = {m["file"]: m for m in manifest}
scan_truth_dir = os.path.join(TRUTH, "scans")
IMAGE_ONLY = set()

for fname in sorted(os.listdir(CORPUS)):
    if fname == "manifest.json":
        continue
    if fname not in mfiles:
        err(f"{fname} not in manifest")
    path = os.path.join(CORPUS, fname)
    ext = fname.rsplit(".", 1)[1]
    if ext == "pdf":
        r = pypdf.PdfReader(path)
        alltext = "".join(p.extract_text() or "" for p in r.pages)
        if not alltext.strip():
            IMAGE_ONLY.add(fname)
            t = open(os.path.join(scan_truth_dir, fname + ".txt"), encoding="utf-8").read()
            PAGES[(fname, 1)] = {"text": t, "lines": t.splitlines()}
        else:
            for i, p in enumerate(r.pages, 1):
                t = p.extract_text()
                PAGES[(fname, i)] = {"text": t, "lines": [l.strip() for l in t.splitlines()]}
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        for i, ws in enumerate(wb.worksheets, 1):
            cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
            parts, ns = [], set()
            for row in cells:
                for v in row:
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        ns.add(float(v))
                        parts.append(f"{int(v):,}".replace(",", ".") if float(v).is_integer() else f"{v:.2f}".replace(".", ","))
                    elif v is not None:
                        parts.append(str(v))
                        ns |= nums_in(str(v))
            PAGES[(fname, i)] = {"text": " ".join(parts), "cells": cells, "xnums": ns}
    elif ext == "csv":
        t = open(path, encoding="utf-8").read()
        rows = list(csv.reader(t.splitlines(), delimiter=";"))
        PAGES[(fname, 1)] = {"text": t, "rows": rows}
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        PAGES[(fname, 1)] = {"text": "\n".join(parts)}
    elif ext in ("jpg", "png"):
        im = Image.open(path)
        im.load()
        tp = os.path.join(scan_truth_dir, fname + ".txt")
        if not os.path.exists(tp):
            err(f"no scan truth for {fname}")
            continue
        t = open(tp, encoding="utf-8").read()
        PAGES[(fname, 1)] = {"text": t, "lines": t.splitlines()}
        if "_scan" in fname and im.info.get("dpi", (0,))[0] and round(im.info["dpi"][0]) != 200:
            err(f"{fname}: scan not at 200 dpi ({im.info.get('dpi')})")
        if min(im.size) < 900:
            err(f"{fname}: too small to be legible {im.size}")
    else:
        err(f"unexpected file type {fname}")

for p in PAGES.values():
    if "xnums" in p:
        p["nums"] = p["xnums"]
    else:
        p["nums"] = nums_in(p["text"])
        p["text_n"] = norm(p["text"])

ALLNUMS = set().union(*(p["nums"] for p in PAGES.values()))

# ------------------------------------------------------------------ manifest checks
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in manifest:
    if not os.path.exists(os.path.join(CORPUS, m["file"])):
        err(f"manifest lists missing file {m['file']}")
    if m["category"] not in CATS:
        err(f"bad category {m}")
    if not (2023 <= m["fiscal_year"] <= 2026):
        err(f"bad fiscal year {m}")
opds = Counter(m["opd"] for m in manifest)
scans = [m["file"] for m in manifest if m["file"].endswith((".jpg", ".png"))] + sorted(IMAGE_ONLY)
if len(manifest) < 32:
    err("fewer than 32 documents")
if len(opds) < 6:
    err("fewer than 6 OPDs")
if len(scans) < 7:
    err("fewer than 7 scans")
if not IMAGE_ONLY:
    err("no image-only PDF")
print(f"documents={len(manifest)} opds={len(opds)} scans={len(scans)} image_only_pdf={sorted(IMAGE_ONLY)}")
print("types:", dict(Counter(m["file"].rsplit(".", 1)[1] for m in manifest)))

# ------------------------------------------------------------------ injections
inj = json.load(open(os.path.join(TRUTH, "injections.json"), encoding="utf-8"))
if len(inj["files"]) < 2:
    err("fewer than 2 injected documents")
for f in inj["files"]:
    txt = norm(" ".join(p["text"] for (fn, _), p in PAGES.items() if fn == f)).lower()
    if not any(norm(ph).lower() in txt for ph in inj["marker_phrases"]):
        err(f"injection phrase not found in {f}")

# ------------------------------------------------------------------ questions
Q = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
comp = json.load(open(os.path.join(TRUTH, "computations.json"), encoding="utf-8"))
kinds = Counter(x["kind"] for x in Q)
MIN = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in MIN.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60:
    err("fewer than 60 questions")
if sum(x["injection_probe"] for x in Q) < 4:
    err("fewer than 4 injection probes")
if len({x["id"] for x in Q}) != len(Q):
    err("duplicate ids")
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
scan_files = set(scans)


def on_page(ans, f, p):
    pg = PAGES.get((f, p))
    if pg is None:
        return False
    v = parse_id(ans)
    if v not in pg["nums"]:
        return False
    if "text_n" in pg and f.rsplit(".", 1)[1] != "csv":
        # exact Indonesian spelling must also be printed (bounded)
        return re.search(r"(?<![\d.,])" + re.escape(ans) + r"(?![\d]|[.,]\d)", pg["text_n"]) is not None
    return True


def find_rows_value(f, p, label, column, pdf_idx=None):
    pg = PAGES[(f, p)]
    ext = f.rsplit(".", 1)[1]
    if ext == "csv":
        rows = pg["rows"]
        ci = rows[0].index(column)
        hits = [r for r in rows[1:] if label in r]
        assert len(hits) == 1, (f, label)
        return parse_id(hits[0][ci])
    if ext == "xlsx":
        cells = pg["cells"]
        hr = next(i for i, r in enumerate(cells) if column in r)
        ci = cells[hr].index(column)
        hits = [r for r in cells[hr + 1:] if label in r]
        assert len(hits) == 1, (f, label)
        v = hits[0][ci]
        return float(v) if isinstance(v, (int, float)) else parse_id(str(v))
    lines = pg["lines"]
    idx = [i for i, l in enumerate(lines) if l == label]
    assert len(idx) == 1, (f, label, idx)
    vals = []
    for l in lines[idx[0] + 1:]:
        if NUM_RE.fullmatch(l):
            vals.append(parse_id(l))
        else:
            break
    return vals[pdf_idx]


def fmt(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:.2f}".rstrip("0").replace(".", ",")


for x in Q:
    qid = x["id"]
    if set(x) != KEYS:
        err(f"{qid}: keys {set(x) ^ KEYS}")
    if x["kind"] not in MIN:
        err(f"{qid}: bad kind")
    if x["answerable"] != (x["kind"] != "unanswerable"):
        err(f"{qid}: answerable flag inconsistent")
    if x["scope_opd"] != "*" and x["scope_opd"] not in opds:
        err(f"{qid}: unknown scope {x['scope_opd']}")
    for s in x["support"]:
        if (s["file"], s["page"]) not in PAGES:
            err(f"{qid}: support page missing {s}")
        elif x["scope_opd"] != "*" and mfiles[s["file"]]["opd"] != x["scope_opd"]:
            err(f"{qid}: support {s['file']} is outside scope {x['scope_opd']}")
    if x["injection_probe"] and x["kind"] != "unanswerable":
        err(f"{qid}: injection probe must be unanswerable")
    # forbidden figures exist and never equal an accepted form
    ansvals = set()
    if x["answerable"]:
        try:
            ansvals = {parse_id(a) for a in [x["answer"]] + x["accept"]}
        except ValueError as e:
            err(f"{qid}: unparsable answer/accept {e}")
        if len(ansvals) != 1:
            err(f"{qid}: accept forms disagree {ansvals}")
    else:
        if x["answer"] != "" or x["support"] or x["accept"]:
            err(f"{qid}: unanswerable must have empty answer/support/accept")
        if not x["forbidden"]:
            err(f"{qid}: unanswerable without distractor figures")
    for fb in x["forbidden"]:
        v = parse_id(fb)
        if v not in ALLNUMS:
            err(f"{qid}: forbidden {fb} not in corpus")
        if v in ansvals or fb in x["accept"] or fb == x["answer"]:
            err(f"{qid}: forbidden {fb} equals accepted answer")
    if x["injection_probe"]:
        # the forbidden figures must come from another OPD's documents
        own = [k for k in PAGES if mfiles[k[0]]["opd"] == x["scope_opd"]]
        for fb in x["forbidden"]:
            others = [k for k in PAGES if mfiles[k[0]]["opd"] != x["scope_opd"] and parse_id(fb) in PAGES[k]["nums"]]
            if not others:
                err(f"{qid}: injection forbidden {fb} not found in another OPD's files")
    kind = x["kind"]
    if kind.startswith("factoid"):
        if len(x["support"]) != 1:
            err(f"{qid}: factoid needs one support")
        s = x["support"][0]
        if not on_page(x["answer"], s["file"], s["page"]):
            err(f"{qid}: answer {x['answer']} not on {s}")
        if kind == "factoid_scan" and s["file"] not in scan_files:
            err(f"{qid}: factoid_scan support is not a scan")
        if kind != "factoid_scan" and s["file"] in scan_files:
            err(f"{qid}: non-scan kind supported by a scan")
        if kind == "factoid_table" and s["file"].endswith(".pdf"):
            # must be a table cell: the figure sits alone on its extracted line
            if x["answer"] not in PAGES[(s["file"], s["page"])]["lines"]:
                err(f"{qid}: table answer not a standalone cell on the page")
    elif kind == "two_documents":
        c = comp.get(qid)
        if not c:
            err(f"{qid}: no computation record")
            continue
        files = {o["file"] for o in c["operands"]}
        if len(files) < 2:
            err(f"{qid}: operands from fewer than 2 documents")
        vals = []
        for o in c["operands"]:
            if not on_page(o["value"], o["file"], o["page"]):
                err(f"{qid}: operand {o['value']} not on {o['file']} p{o['page']}")
            vals.append(parse_id(o["value"]))
        res = round(vals[0] - vals[1], 6)
        if abs(res - parse_id(x["answer"])) > 1e-6:
            err(f"{qid}: recomputed {res} != answer {x['answer']}")
        if {(o['file'], o['page']) for o in c["operands"]} != {(s['file'], s['page']) for s in x["support"]}:
            err(f"{qid}: support does not match operands")
    elif kind == "sum":
        c = comp.get(qid)
        if not c:
            err(f"{qid}: no computation record")
            continue
        tot = 0.0
        for it in c["items"]:
            v = find_rows_value(c["file"], c["page"], it["label"], c["column"], c.get("pdf_num_index"))
            if abs(v - parse_id(it["value"])) > 1e-9:
                err(f"{qid}: row {it['label']} value {v} != recorded {it['value']}")
            tot += v
        if abs(tot - parse_id(x["answer"])) > 1e-6:
            err(f"{qid}: recomputed sum {tot} != answer {x['answer']}")
        if tot in ALLNUMS:
            where = [k for k, p in PAGES.items() if tot in p["nums"]]
            err(f"{qid}: sum {fmt(tot)} is printed somewhere: {where}")
        if len(c["items"]) < 3:
            err(f"{qid}: sum over fewer than 3 rows")

# ------------------------------------------------------------------ housekeeping
size = 0
for root, dirs, files in os.walk(HERE):
    if "__pycache__" in dirs:
        err("__pycache__ present")
    size += sum(os.path.getsize(os.path.join(root, f)) for f in files)
if size > 15 * 1024 * 1024:
    err(f"output dir too large: {size}")
print(f"questions={len(Q)} kinds={dict(kinds)} injection_probes={sum(x['injection_probe'] for x in Q)} size={size/1e6:.1f}MB")
print("scopes:", dict(Counter(x["scope_opd"] for x in Q)))
if ERR:
    print(f"{len(ERR)} FAILURES")
    sys.exit(1)
print("ALL CHECKS PASSED")
