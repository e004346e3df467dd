# -*- coding: utf-8 -*-
"""Internal-consistency checks for the kinerja2 blind set.

Run:  /work/scratch/kinerja2/bin/python verify.py      (exit code 0 = pass)

Checks: schema; every file opens and page counts match; every labelled value (indicator words,
target, realisation, achievement, pagu, budget realisation, absorption) is present on the
labelled page (text PDFs via pypdf, docx by explicit page breaks, xlsx per sheet; for scans the
same drawing program is re-rendered to a text PDF and checked there, plus the image itself is
checked to be image-only); minimum counts; absorption arithmetic; and an independent
re-detection of all five inconsistency types from the indicator labels, which must equal the
labelled findings exactly (types, keys and citations).
"""
import sys
sys.dont_write_bytecode = True
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
sys.path.insert(0, HERE)

ERR = []


def err(msg):
    ERR.append(msg)


def fnum(v, dec):
    s = f"{v:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def cands(v):
    out = set()
    for d in range(0, 3):
        if abs(round(v, d) - v) < 1e-9:
            out.add(fnum(v, d))
            out.add(fnum(v, d).replace(".", ""))
    out.add(fnum(v, 2))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def words(s):
    return [w for w in re.split(r"[\s()/,]+", s.lower()) if w]


# ----------------------------------------------------------------------------- page texts
def pdf_pages(path):
    from pypdf import PdfReader
    rd = PdfReader(path)
    return [norm(p.extract_text() or "") for p in rd.pages]


def docx_pages(path):
    from docx import Document
    doc = Document(path)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    pages = [""]
    for el in doc.element.body.iterchildren():
        if el.tag == W + "p":
            for br in el.iter(W + "br"):
                if br.get(W + "type") == "page":
                    pages.append("")
            pages[-1] += " " + "".join(t.text or "" for t in el.iter(W + "t"))
        elif el.tag == W + "tbl":
            for tc in el.iter(W + "tc"):
                pages[-1] += " | " + "".join(t.text or "" for t in tc.iter(W + "t"))
    return [norm(p) for p in pages]


def xlsx_pages(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        strs, nums = [], []
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, (int, float)):
                    nums.append(float(v))
                elif v is not None:
                    strs.append(str(v))
        out.append((norm(" | ".join(strs)), nums))
    return out


def scan_rerender(fname):
    """Re-run the scan's drawing program into a text PDF (same layout engine, same page breaks)."""
    import generate as g
    from reportlab.lib.pagesizes import A4, landscape
    from specs import SPECS
    spec = [s for s in SPECS if s["file"] == fname][0]
    rows = g.build_rows(spec)
    tmp = os.path.join(tempfile.mkdtemp(), "r.pdf")
    size = landscape(A4)
    g.render_table_doc(spec, rows, g.RLBackend(tmp, size), size)
    return pdf_pages(tmp)


def present(v, page):
    text, nums = page if isinstance(page, tuple) else (page, [])
    if any(abs(v - n) < 1e-6 for n in nums):
        return True
    return any(c in text for c in cands(v))


def main():
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    docs, inds, finds = lab["documents"], lab["indicators"], lab["findings"]
    dmap = {d["file"]: d for d in docs}
    LAYOUTS = {"pdf_table", "pdf_prose", "xlsx", "docx_table", "scan"}
    TYPES = ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100", "REALISATION_WITHOUT_TARGET",
             "TARGET_CHANGED"]
    PLAN = {"renja", "pk"}

    # ---------------------------------------------------------------- schema
    for d in docs:
        for k in ("file", "opd", "fiscal_year", "layout", "pages", "doc_type"):
            if k not in d:
                err(f"doc missing {k}: {d}")
        if d["layout"] not in LAYOUTS:
            err(f"bad layout {d}")
        if not os.path.exists(os.path.join(DOCS, d["file"])):
            err(f"missing file {d['file']}")
    listed = set(os.listdir(DOCS))
    if listed != set(dmap):
        err(f"docs/ and labels differ: {listed ^ set(dmap)}")
    numf = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
    for r in inds:
        for k in ["file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit",
                  "lower_is_better"] + numf:
            if k not in r:
                err(f"indicator missing {k}: {r}")
        for k in numf:
            if r[k] is not None and not isinstance(r[k], (int, float)):
                err(f"non-number {k}: {r}")
        d = dmap.get(r["file"])
        if d is None:
            err(f"indicator in unknown file {r['file']}")
            continue
        if r["opd"] != d["opd"] or r["fiscal_year"] != d["fiscal_year"]:
            err(f"opd/year mismatch {r['file']} {r['indicator']}")
        if not 1 <= r["page"] <= d["pages"]:
            err(f"page out of range {r['file']} p{r['page']} {r['indicator']}")
        if d["doc_type"] in PLAN and any(r[k] is not None for k in numf[1:]):
            err(f"plan row with non-target values {r['file']} {r['indicator']}")
        if r["pagu"] is not None:
            if r["absorption_pct"] is None or abs(round(r["budget_realisation"] / r["pagu"] * 100, 2) - r["absorption_pct"]) > 0.006:
                err(f"absorption arithmetic {r['file']} {r['indicator']}")

    # ---------------------------------------------------------------- files open, values present
    from PIL import Image
    from pypdf import PdfReader
    for d in docs:
        path = os.path.join(DOCS, d["file"])
        lay = d["layout"]
        try:
            if lay in ("pdf_table", "pdf_prose"):
                pages = pdf_pages(path)
            elif lay == "docx_table":
                pages = docx_pages(path)
            elif lay == "xlsx":
                pages = xlsx_pages(path)
            else:
                if path.endswith(".pdf"):
                    rd = PdfReader(path)
                    n = len(rd.pages)
                    if any((p.extract_text() or "").strip() for p in rd.pages):
                        err(f"scan has a text layer {d['file']}")
                    for p in rd.pages:
                        if not list(p.images):
                            err(f"scan page without image {d['file']}")
                else:
                    im = Image.open(path)
                    im.load()
                    n = 1
                    if min(im.size) < 1500:
                        err(f"scan image too small {d['file']} {im.size}")
                if n != d["pages"]:
                    err(f"page count {d['file']}: file {n} labels {d['pages']}")
                pages = scan_rerender(d["file"])
        except Exception as e:  # noqa: BLE001
            err(f"cannot open {d['file']}: {e!r}")
            continue
        if lay in ("pdf_table", "pdf_prose", "xlsx") and len(pages) != d["pages"]:
            err(f"page count {d['file']}: file {len(pages)} labels {d['pages']}")
        if lay == "docx_table" and not (len(pages) <= d["pages"] <= len(pages) + 1):
            err(f"docx page count {d['file']}: breaks {len(pages)} labels {d['pages']}")
        if lay == "scan" and len(pages) != d["pages"]:
            err(f"scan re-render page count {d['file']}: {len(pages)} vs {d['pages']}")
        for r in [x for x in inds if x["file"] == d["file"]]:
            pg = pages[r["page"] - 1]
            text = pg[0] if isinstance(pg, tuple) else pg
            low = text.lower()
            miss = [w for w in words(r["indicator"].replace("*", "")) if w not in low]
            if miss:
                err(f"indicator words {miss} not on page: {d['file']} p{r['page']} {r['indicator']}")
            for k in numf:
                if r[k] is not None and not present(r[k], pg):
                    err(f"{k}={r[k]} not on page: {d['file']} p{r['page']} {r['indicator']}")
            if r["target"] is None and d["doc_type"] not in PLAN and r["realisation"] is not None:
                pass

    # ---------------------------------------------------------------- counts
    nt = Counter(f["type"] for f in finds)
    lays = Counter(d["layout"] for d in docs)
    scan_files = {d["file"] for d in docs if d["layout"] == "scan"}
    scan_rows = Counter(r["file"] for r in inds if r["file"] in scan_files)
    checks = [
        (len(docs) >= 14, f"documents {len(docs)} >= 14"),
        (len({d['opd'] for d in docs}) >= 6, "OPDs >= 6"),
        (len(lays) >= 5, f"layouts {dict(lays)}"),
        (len(inds) >= 170, f"indicator rows {len(inds)} >= 170"),
        (sum(scan_rows.values()) >= 40 and len(scan_rows) >= 3, f"scan rows {dict(scan_rows)}"),
        (len(finds) >= 35, f"findings {len(finds)} >= 35"),
        (all(nt[t] >= 6 for t in TYPES), f"per type {dict(nt)}"),
        (any(r["lower_is_better"] for r in inds), "lower-is-better present"),
        (any(d["fiscal_year"] == 2024 for d in docs), "previous-year report present"),
    ]
    for ok, msg in checks:
        if not ok:
            err("count: " + msg)
        print(("ok   " if ok else "FAIL ") + msg)

    # ---------------------------------------------------------------- independent re-detection
    det = {}

    def add(t, r0, recs):
        key = (t, r0["opd"], r0["fiscal_year"], r0["indicator"])
        det.setdefault(key, set()).update((x["file"], x["page"]) for x in recs)

    groups = defaultdict(list)
    for r in inds:
        groups[(r["opd"], r["fiscal_year"], r["indicator"].lower())].append(r)
    for g, recs in groups.items():
        plans = [r for r in recs if dmap[r["file"]]["doc_type"] in PLAN]
        reps = [r for r in recs if dmap[r["file"]]["doc_type"] not in PLAN]
        for r in reps:
            t, v, a = r["target"], r["realisation"], r["achievement_pct"]
            if t is not None and v is not None and a is not None:
                exp = (t / v if r["lower_is_better"] else v / t) * 100
                if abs(exp - a) > 0.05:
                    add("ACHIEVEMENT_MISMATCH", r, [r])
            if (r["pagu"] is not None and r["budget_realisation"] > r["pagu"]) or \
                    (r["absorption_pct"] is not None and r["absorption_pct"] > 100):
                add("ABSORPTION_OVER_100", r, [r])
            if v is not None and t is None and all(x["target"] is None for x in recs):
                add("REALISATION_WITHOUT_TARGET", r, [r])
        for p in plans:
            diff = [r for r in reps if r["target"] is not None and r["target"] != p["target"]]
            if diff:
                add("TARGET_CHANGED", p, [p] + diff)
        if len({r["realisation"] for r in reps}) > 1 or len({r["target"] for r in reps}) > 1:
            add("CROSS_DOCUMENT_CONFLICT", reps[0], reps)
        if len({p["target"] for p in plans}) > 1:
            add("CROSS_DOCUMENT_CONFLICT", plans[0], plans)
    lab_f = {}
    for f in finds:
        key = (f["type"], f["opd"], f["fiscal_year"], f["indicator"])
        if key in lab_f:
            err(f"duplicate finding {key}")
        lab_f[key] = {(c["file"], c["page"]) for c in f["citations"]}
    for k in set(det) | set(lab_f):
        if k not in lab_f:
            err(f"detected but not labelled: {k} {sorted(det[k])}")
        elif k not in det:
            err(f"labelled but not detected: {k}")
        elif det[k] != lab_f[k]:
            err(f"citations differ {k}: detected {sorted(det[k])} labelled {sorted(lab_f[k])}")
    # planted errors are clearly beyond rounding
    for f in finds:
        if f["type"] == "ACHIEVEMENT_MISMATCH":
            for r in inds:
                if r["indicator"] == f["indicator"] and r["file"] == f["citations"][0]["file"]:
                    exp = (r["target"] / r["realisation"] if r["lower_is_better"] else r["realisation"] / r["target"]) * 100
                    if abs(exp - r["achievement_pct"]) < 1.0:
                        err(f"planted mismatch too small {f}")
    print("findings detected", len(det), "labelled", len(lab_f))
    if ERR:
        print("\n".join("ERROR " + e for e in ERR))
        print(f"FAILED with {len(ERR)} errors")
        sys.exit(1)
    print("verify: PASS")


if __name__ == "__main__":
    main()
