#!/usr/bin/env python3
"""Internal consistency check of the kinerja4 set. Exit code 0 = pass.
Run: /work/scratch/kinerja4/bin/python verify.py
"""
import json, os, re, sys, zipfile
from collections import defaultdict, Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
AUX = os.path.join(HERE, "verify_aux")
errors = []


def err(msg):
    errors.append(msg)


def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def fnum(v, dec=None):
    if dec is None:
        if float(v).is_integer():
            dec = 0
        else:
            dec = min(2, len(repr(float(v)).split(".")[1]))
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


L = json.load(open(os.path.join(HERE, "labels.json")))
docs = {d["file"]: d for d in L["documents"]}
inds = L["indicators"]
finds = L["findings"]
PLAN = {"renja", "pk"}
NUMF = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]

# ---------------------------------------------------------------- schema / types
for i in inds:
    for k in ["file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit",
              "target", "realisation", "achievement_pct", "lower_is_better", "pagu", "budget_realisation",
              "absorption_pct"]:
        if k not in i:
            err(f"missing key {k} in {i['file']}")
    for k in NUMF:
        if i[k] is not None and not isinstance(i[k], (int, float)):
            err(f"non-number {k} {i}")
    if i["file"] not in docs:
        err(f"unknown file {i['file']}")
    d = docs[i["file"]]
    if d["doc_type"] in PLAN and any(i[k] is not None for k in NUMF[1:]):
        err(f"plan row with non-target values {i['indicator']}")
    if not (1 <= i["page"] <= d["pages"]):
        err(f"page out of range {i['file']} {i['page']}")
    if d["opd"] != i["opd"] or d["fiscal_year"] != i["fiscal_year"]:
        err(f"opd/year mismatch {i['file']}")

# ---------------------------------------------------------------- files open + values present
from pypdf import PdfReader
import openpyxl, docx
from PIL import Image


def fmt_vals(i, pct_dec=True):
    out = []
    for k in ["target", "realisation"]:
        if i[k] is not None:
            out.append(fnum(i[k]))
    for k in ["achievement_pct", "absorption_pct"]:
        if i[k] is not None:
            out.append(fnum(i[k], 2))
    for k in ["pagu", "budget_realisation"]:
        if i[k] is not None:
            out.append(fnum(i[k], 0))
    return out


def words_ok(name, text):
    t = norm(text)
    return all(w in t for w in norm(name).split())


pdf_text = {}
for f, d in docs.items():
    p = os.path.join(DOCS, f)
    if not os.path.exists(p):
        err(f"missing file {f}"); continue
    if f.endswith(".pdf"):
        rd = PdfReader(p)
        if len(rd.pages) != d["pages"]:
            err(f"{f}: pages {len(rd.pages)} != {d['pages']}")
        pdf_text[f] = [pg.extract_text() or "" for pg in rd.pages]
        if d["layout"] == "scan" and any(t.strip() for t in pdf_text[f]):
            err(f"{f}: scan has a text layer")
    elif f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        if len(wb.worksheets) != d["pages"]:
            err(f"{f}: sheets {len(wb.worksheets)} != {d['pages']}")
    elif f.endswith(".docx"):
        dd = docx.Document(p)
        nbreak = sum(1 for para in dd.paragraphs for r in para.runs if 'w:br w:type="page"' in r._r.xml)
        if nbreak + 1 != d["pages"]:
            err(f"{f}: page breaks {nbreak}+1 != {d['pages']}")
    elif f.endswith((".jpg", ".png")):
        im = Image.open(p)
        if d["pages"] != 1:
            err(f"{f}: image must be 1 page")
        if im.info.get("dpi", (0,))[0] < 199:
            err(f"{f}: dpi {im.info.get('dpi')}")

for i in inds:
    f, d = i["file"], docs[i["file"]]
    p = os.path.join(DOCS, f)
    vals = fmt_vals(i)
    if d["layout"] == "scan":
        raw = open(os.path.join(AUX, f + ".txt")).read()
        pages = re.split(r"^=== page \d+\n", raw, flags=re.M)[1:]
        txt = pages[i["page"] - 1]
        line = next((ln for ln in txt.splitlines() if i["indicator"] in ln), None)
        if line is None:
            err(f"{f}: indicator not on page {i['page']}: {i['indicator']}"); continue
        cells = [c.strip() for c in line.split(" | ")]
        for v in vals:
            if v not in cells:
                err(f"{f}: value {v} missing for {i['indicator']}")
        if i["unit"] not in cells:
            err(f"{f}: unit missing {i['indicator']}")
        if i["target"] is None and "-" not in cells:
            err(f"{f}: missing '-' target")
    elif f.endswith(".pdf"):
        txt = pdf_text[f][i["page"] - 1]
        if not words_ok(i["indicator"], txt):
            err(f"{f}: name words missing p{i['page']} {i['indicator']}")
        for v in vals:
            if v not in txt:
                err(f"{f}: value {v} missing p{i['page']} for {i['indicator']}")
        if i["programme"] and not words_ok(i["programme"], txt):
            err(f"{f}: programme words missing {i['programme']}")
    elif f.endswith(".docx"):
        dd = docx.Document(p)
        tb = dd.tables[i["page"] - 1]
        rw = next((r for r in tb.rows if any(i["indicator"] in c.text for c in r.cells)), None)
        if rw is None:
            err(f"{f}: row missing {i['indicator']} on table {i['page']}"); continue
        cells = [c.text.strip() for c in rw.cells]
        for v in vals:
            if v not in cells:
                err(f"{f}: value {v} missing for {i['indicator']}")
        for k in ("programme", "kegiatan", "sub_kegiatan"):
            if i[k] and not any(i[k] in c for c in cells):
                err(f"{f}: {k} missing for {i['indicator']}")
    elif f.endswith(".xlsx"):
        ws = openpyxl.load_workbook(p).worksheets[i["page"] - 1]
        rw = next((r for r in ws.iter_rows(values_only=True) if any(isinstance(c, str) and i["indicator"] in c for c in r)), None)
        if rw is None:
            err(f"{f}: row missing {i['indicator']}"); continue
        cellset = set()
        for c in rw:
            if isinstance(c, (int, float)):
                cellset.add(fnum(c)); cellset.add(fnum(c, 2)); cellset.add(fnum(c, 0))
            elif c is not None:
                cellset.add(str(c).strip())
        for v in vals:
            if v not in cellset:
                err(f"{f}: value {v} missing for {i['indicator']}")
        for k in ("programme", "kegiatan", "sub_kegiatan"):
            if i[k] and i[k] not in cellset:
                err(f"{f}: {k} missing for {i['indicator']}")
    # no double counting of the same indicator in one document
dup = Counter((i["file"], i["indicator"]) for i in inds)
for k, n in dup.items():
    if n > 1:
        err(f"duplicate indicator row {k}")

# ---------------------------------------------------------------- detector: recompute all inconsistencies
TOL_ACH = 0.5  # stated achievement counts as consistent within 0.5 point
det = set()
groups = defaultdict(list)
for i in inds:
    groups[(i["opd"], i["fiscal_year"], norm(i["indicator"]))].append(i)

for i in inds:
    key = (i["opd"], i["fiscal_year"], norm(i["indicator"]))
    t, r, a = i["target"], i["realisation"], i["achievement_pct"]
    if t is not None and r is not None and a is not None:
        exp = (t / r if i["lower_is_better"] else r / t) * 100
        if abs(exp - a) > TOL_ACH:
            det.add(("ACHIEVEMENT_MISMATCH",) + key)
        elif abs(r2(exp) - a) > 0.0051:
            err(f"non-planted rounding drift {i['indicator']} {a} vs {r2(exp)}")
    if (i["pagu"] is not None and i["budget_realisation"] is not None and i["budget_realisation"] > i["pagu"]) or \
            (i["absorption_pct"] is not None and i["absorption_pct"] > 100):
        det.add(("ABSORPTION_OVER_100",) + key)
    if i["pagu"] and i["budget_realisation"] is not None and i["absorption_pct"] is not None:
        if abs(r2(i["budget_realisation"] / i["pagu"] * 100) - i["absorption_pct"]) > 0.0051:
            err(f"absorption arithmetic off {i['indicator']}")

for key, rows in groups.items():
    plans = [x for x in rows if docs[x["file"]]["doc_type"] in PLAN]
    reps = [x for x in rows if docs[x["file"]]["doc_type"] not in PLAN]
    if any(x["realisation"] is not None for x in rows) and all(x["target"] is None for x in rows):
        det.add(("REALISATION_WITHOUT_TARGET",) + key)
    pt = {x["target"] for x in plans if x["target"] is not None}
    rt = {x["target"] for x in reps if x["target"] is not None}
    if len(pt) > 1:
        err(f"plan documents disagree (ambiguous type) {key}")
    if pt and rt and (rt - pt):
        det.add(("TARGET_CHANGED",) + key)
    if len(rt) > 1 or len({x["realisation"] for x in reps if x["realisation"] is not None}) > 1:
        det.add(("CROSS_DOCUMENT_CONFLICT",) + key)

lab = set()
for f in finds:
    lab.add((f["type"], f["opd"], f["fiscal_year"], norm(f["indicator"])))
    for c in f["citations"]:
        if not any(i["file"] == c["file"] and i["page"] == c["page"] and norm(i["indicator"]) == norm(f["indicator"])
                   and i["fiscal_year"] == f["fiscal_year"] for i in inds):
            err(f"citation without matching indicator row: {f['type']} {c}")
    # every document holding the indicator should be cited for cross-doc / target-change findings
    if f["type"] in ("CROSS_DOCUMENT_CONFLICT", "TARGET_CHANGED"):
        holders = {i["file"] for i in inds if i["opd"] == f["opd"] and i["fiscal_year"] == f["fiscal_year"]
                   and norm(i["indicator"]) == norm(f["indicator"])}
        cited = {c["file"] for c in f["citations"]}
        if f["type"] == "CROSS_DOCUMENT_CONFLICT":
            holders = {h for h in holders if docs[h]["doc_type"] not in PLAN}
        if holders - cited:
            err(f"finding {f['type']} {f['indicator']} does not cite {holders - cited}")
if len(lab) != len(finds):
    err("duplicate findings")
for x in sorted(det - lab):
    err(f"UNLABELLED inconsistency detected: {x}")
for x in sorted(lab - det):
    err(f"labelled finding not reproduced by detector: {x}")

# ---------------------------------------------------------------- minimum counts
tc = Counter(f["type"] for f in finds)
lay = Counter(d["layout"] for d in docs.values())
scan_rows = [i for i in inds if docs[i["file"]]["layout"] == "scan"]
checks = [
    (len(docs) >= 14, f"documents {len(docs)}"),
    (len({d['opd'] for d in docs.values()}) >= 6, "opds"),
    (len(lay) >= 5, f"layouts {dict(lay)}"),
    (len(inds) >= 170, f"indicator rows {len(inds)}"),
    (len(scan_rows) >= 40, f"scan rows {len(scan_rows)}"),
    (len({i['file'] for i in scan_rows}) >= 3, "scan docs"),
    (len(finds) >= 35, f"findings {len(finds)}"),
    (all(tc[t] >= 6 for t in ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100",
                              "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]), f"per type {dict(tc)}"),
    (any(i["lower_is_better"] for i in inds), "lower-is-better present"),
    (any(docs[f]["fiscal_year"] == 2024 for f in docs), "previous-year report present"),
]
for ok, msg in checks:
    if not ok:
        err("count check failed: " + msg)

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024:
    err(f"set too large {size}")

print(f"documents={len(docs)} layouts={dict(lay)} indicators={len(inds)} scan_rows={len(scan_rows)} "
      f"findings={dict(tc)} size={size/1e6:.2f}MB")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("PASS")
