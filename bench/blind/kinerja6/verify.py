# -*- coding: utf-8 -*-
"""Internal-consistency checks for kinerja6.  Run: /work/scratch/kinerja6/bin/python verify.py"""
import json, os, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from findings import detect, expected_ach, ACH_TOL

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

def fnum(v, dec=None):
    if dec is not None:
        s = f"{v:,.{dec}f}"
    elif float(v) == int(v):
        s = f"{int(v):,}"
    else:
        s = f"{v:,.2f}".rstrip("0")
    return s.replace(",", "#").replace(".", ",").replace("#", ".")

nows = lambda s: re.sub(r"\s+", "", s)

docs = {d["file"]: d for d in L["documents"]}
# ---- files exist, open, page counts
texts = {}  # (file, page) -> whitespace-free text  (text layouts only)
for f, d in docs.items():
    p = os.path.join(DOCS, f)
    if not os.path.exists(p):
        err("missing", f); continue
    lay = d["layout"]
    if f.endswith(".pdf"):
        from pypdf import PdfReader
        rd = PdfReader(p)
        if len(rd.pages) != d["pages"]:
            err("page count", f, len(rd.pages), d["pages"])
        for i, pg in enumerate(rd.pages):
            t = pg.extract_text() or ""
            if lay == "scan":
                if t.strip():
                    err("scan has a text layer", f)
                if "/XObject" not in pg["/Resources"]:
                    err("scan page without image", f)
            else:
                texts[(f, i + 1)] = nows(t)
    elif f.endswith((".jpg", ".png")):
        from PIL import Image
        im = Image.open(p); im.load()
        dpi = im.info.get("dpi", (0, 0))[0]
        if not (195 <= dpi <= 305):
            err("scan dpi", f, dpi)
        if d["pages"] != 1:
            err("image pages", f)
    elif f.endswith(".docx"):
        import docx
        dd = docx.Document(p)
        buf = []
        for t in dd.tables:
            for r in t.rows:
                for c in r.cells:
                    buf.append(c.text)
        buf += [pp.text for pp in dd.paragraphs]
        texts[(f, 1)] = nows(" ".join(buf))
    elif f.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(p)
        if len(wb.worksheets) < d["pages"]:
            err("sheet count", f)
        for i, ws in enumerate(wb.worksheets):
            rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
            texts[(f, i + 1)] = rows
    else:
        err("unknown ext", f)

# ---- every labelled value is in its document page
FIELDS = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
for r in L["indicators"]:
    d = docs[r["file"]]
    for k in FIELDS + ["fiscal_year", "page"]:
        v = r[k]
        if v is not None and not isinstance(v, (int, float)):
            err("non-numeric", r["file"], r["indicator"], k)
    if d["layout"] == "scan":
        continue  # image-only: values checked by construction (generate.py renders from the same records)
    key = (r["file"], r["page"])
    if key not in texts:
        err("no page text", key); continue
    T = texts[key]
    if d["layout"] == "xlsx":
        row = [x for x in T if any(isinstance(c, str) and c.replace(" *)", "") == r["indicator"] for c in x)]
        if len(row) != 1:
            err("xlsx row not found", r["file"], r["indicator"]); continue
        row = row[0]
        for k in FIELDS:
            v = r[k]
            if v is not None and v not in [c for c in row if isinstance(c, (int, float))]:
                err("xlsx value", r["file"], r["indicator"], k, v)
        for k in ("unit",):
            if r[k] not in row:
                err("xlsx unit", r["file"], r["indicator"])
        continue
    if nows(r["unit"]) not in T:
        err("unit text", r["file"], r["page"], r["indicator"], r["unit"])
    if nows(r["indicator"]) not in T:
        err("indicator text", r["file"], r["page"], r["indicator"])
    for k in FIELDS:
        v = r[k]
        if v is None:
            continue
        s = fnum(v, 2) if k.endswith("_pct") else fnum(v)
        if s not in T:
            err("value not in text", r["file"], r["page"], r["indicator"], k, s)
    for k in ("programme", "kegiatan", "sub_kegiatan"):
        if r[k] and nows(r[k]).lower() not in T.lower():
            err("hierarchy text", r["file"], k, r[k])
    # non-planted achievement values must equal the rounded ratio (planted ones differ > tolerance)
for r in L["indicators"]:
    e = expected_ach(r)
    if r["achievement_pct"] is not None and e is not None:
        dlt = abs(r["achievement_pct"] - e)
        if 0.01 < dlt <= ACH_TOL:
            err("ambiguous achievement rounding", r["file"], r["indicator"], dlt)
    if r["absorption_pct"] is not None and r["budget_realisation"] is not None:
        if abs(r["absorption_pct"] - r["budget_realisation"] / r["pagu"] * 100) > 0.01:
            err("absorption arithmetic", r["file"], r["indicator"])
    if r["target"] is None and r["achievement_pct"] is not None:
        err("achievement without target", r["file"], r["indicator"])

# ---- findings are exactly what the labelling rules derive, and every citation is real
derived = detect(L["indicators"], docs)
norm = lambda F: sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in F)
if norm(derived) != norm(L["findings"]):
    err("findings differ from rule derivation")
pages = {(r["file"], r["page"]) for r in L["indicators"]}
for f in L["findings"]:
    for c in f["citations"]:
        if (c["file"], c["page"]) not in pages:
            err("bad citation", c)

# ---- minimum counts
ct = Counter(f["type"] for f in L["findings"])
for t in ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100", "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]:
    if ct[t] < 6:
        err("too few", t, ct[t])
if sum(ct.values()) < 35: err("too few findings")
if len(docs) < 14: err("too few docs")
if len({d["opd"] for d in docs.values()}) < 6: err("too few OPDs")
if len({d["layout"] for d in docs.values()}) < 5: err("too few layouts")
if len(L["indicators"]) < 170: err("too few indicator rows")
scan_rows = Counter(r["file"] for r in L["indicators"] if docs[r["file"]]["layout"] == "scan")
if sum(scan_rows.values()) < 40 or len(scan_rows) < 3: err("scan minimum", scan_rows)
size = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(HERE) for x in fs)
if size > 15 * 1024 * 1024: err("too big", size)

print("documents", len(docs), "layouts", dict(Counter(d["layout"] for d in docs.values())))
print("indicator rows", len(L["indicators"]), "scan rows", sum(scan_rows.values()))
print("findings", sum(ct.values()), dict(ct))
if errors:
    print("FAIL"); print("\n".join(errors[:50])); sys.exit(1)
print("OK")
