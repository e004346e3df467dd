#!/usr/bin/env python3
"""Independent checks of the kinerja11 set: files, pages, every labelled value on its page,
counts, and every finding recomputed from the labelled rows.  Exit 1 on any failure."""
import json, os, re, sys
from collections import Counter, defaultdict
from pypdf import PdfReader
import openpyxl, docx
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
ERR = []
TYPES = ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100",
         "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]
PLAN = {"perjanjian_kinerja", "renja"}
NUM_FIELDS = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
IND_KEYS = ["file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit",
            *NUM_FIELDS[:3], "lower_is_better", *NUM_FIELDS[3:]]


def err(m):
    ERR.append(m)


NUM_RE = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")


def parse_nums(text):
    out = set()
    for m in NUM_RE.findall(text):
        out.add(round(float(m.replace(".", "").replace(",", ".")), 6))
    return out


ROWCHECKED = []
ROWS = {}  # (file, page) -> list of table rows (list of cell strings/values) for row-level checks


def docx_segments(path):
    d = docx.Document(path)
    segs = [[]]
    rows = [[]]
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for el in d.element.body.iterchildren():
        if el.tag == W + "p":
            segs[-1].append("".join(t.text or "" for t in el.iter(W + "t")))
            if any(br.get(W + "type") == "page" for br in el.iter(W + "br")):
                segs.append([]); rows.append([])
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = ["".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.iter(W + "tc")]
                segs[-1].extend(cells)
                rows[-1].append(cells)
    f = os.path.basename(path)
    for i, r in enumerate(rows, 1):
        ROWS[(f, i)] = r
    return ["\n".join(s) for s in segs]


def load_pages(doc):
    """-> list of (text, numbers) per page."""
    path = os.path.join(DOCS, doc["file"])
    f = doc["file"]
    pages = []
    if doc["layout"] == "scan":
        if f.endswith(".pdf"):
            rd = PdfReader(path)
            n = len(rd.pages)
            for p in rd.pages:
                if (p.extract_text() or "").strip():
                    err(f"{f}: scan PDF page has a text layer")
        else:
            Image.open(path).verify()
            n = 1
        for i in range(1, n + 1):
            tp = os.path.join(TRUTH, f"{f}.p{i}.txt")
            if not os.path.exists(tp):
                err(f"missing scan truth {tp}")
                pages.append(("", set()))
                continue
            t = open(tp, encoding="utf-8").read()
            pages.append((t, parse_nums(t)))
            ROWS[(f, i)] = [ln.split(" | ") for ln in t.splitlines() if " | " in ln]
    elif f.endswith(".pdf"):
        for p in PdfReader(path).pages:
            t = p.extract_text() or ""
            if not t.strip():
                err(f"{f}: born-digital page without text")
            pages.append((t, parse_nums(t)))
    elif f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=True)
        for si, ws in enumerate(wb.worksheets, 1):
            parts, nums = [], set()
            ROWS[(f, si)] = [list(r) for r in ws.iter_rows(values_only=True)]
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        nums.add(round(float(v), 6))
                        parts.append(str(v))
                    else:
                        parts.append(str(v))
                        nums |= parse_nums(str(v))
            pages.append(("\n".join(parts), nums))
    elif f.endswith(".docx"):
        for s in docx_segments(path):
            pages.append((s, parse_nums(s)))
    else:
        err(f"unknown file type {f}")
    return pages


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def norm(s):
    return " ".join(s.lower().split())


def expected_ach(r):
    t, x = r["target"], r["realisation"]
    if t in (None, 0) or x in (None, 0):
        return None
    return (t / x if r["lower_is_better"] else x / t) * 100


def main():
    L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    docs, inds, finds = L["documents"], L["indicators"], L["findings"]
    explained = json.load(open(os.path.join(HERE, "meta", "explained_target_changes.json"), encoding="utf-8"))
    bydoc = {d["file"]: d for d in docs}
    # ---- files on disk = documents
    on_disk = set(os.listdir(DOCS))
    if on_disk != set(bydoc):
        err(f"docs/ mismatch: {on_disk ^ set(bydoc)}")
    pages = {}
    for d in docs:
        for k in ("file", "opd", "fiscal_year", "layout", "pages", "doc_type"):
            if k not in d:
                err(f"document {d.get('file')} lacks {k}")
        pages[d["file"]] = load_pages(d)
        if len(pages[d["file"]]) != d["pages"]:
            err(f"{d['file']}: pages {d['pages']} labelled, {len(pages[d['file']])} found")
        if d["file"].endswith(".jpg") and d["layout"] != "scan":
            err(f"{d['file']} image not labelled scan")
    truth_files = set(os.listdir(TRUTH))
    want = {f"{d['file']}.p{i}.txt" for d in docs if d["layout"] == "scan" for i in range(1, d["pages"] + 1)}
    if truth_files != want:
        err(f"scan_truth mismatch {truth_files ^ want}")
    # ---- every labelled row on its page
    for r in inds:
        if list(r.keys()) != IND_KEYS and set(r.keys()) != set(IND_KEYS):
            err(f"indicator keys {r.keys()}")
        d = bydoc.get(r["file"])
        if d is None:
            err(f"row for unknown file {r['file']}"); continue
        if (r["opd"], r["fiscal_year"]) != (d["opd"], d["fiscal_year"]):
            err(f"row opd/year differs from document {r['file']}")
        if not 1 <= r["page"] <= d["pages"]:
            err(f"{r['file']} page {r['page']} out of range"); continue
        text, nums = pages[r["file"]][r["page"] - 1]
        st = squash(text)
        for fld in ("indicator", "programme", "kegiatan", "sub_kegiatan"):
            v = r[fld]
            if v is not None and squash(v) not in st:
                err(f"{r['file']} p{r['page']}: {fld} '{v}' not on page")
        u = r["unit"]
        if u and squash(u) not in st and not (u == "%" and "persen" in st):
            err(f"{r['file']} p{r['page']}: unit {u} not on page ({r['indicator']})")
        for fld in NUM_FIELDS:
            v = r[fld]
            if v is None:
                continue
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err(f"{fld} not a number in {r['file']}"); continue
            if round(float(v), 6) not in nums:
                err(f"{r['file']} p{r['page']}: {fld}={v} of '{r['indicator']}' not found on page")
        if (r["file"], r["page"]) in ROWS:   # cell-level: the table row that names the indicator holds its numbers
            cand = [row for row in ROWS[(r["file"], r["page"])]
                    if any(isinstance(c, str) and squash(r["indicator"]) in squash(c) for c in row)]
            if len(cand) != 1:
                err(f"{r['file']} p{r['page']}: {len(cand)} table rows name '{r['indicator']}'")
            else:
                rn = set()
                for c in cand[0]:
                    if isinstance(c, (int, float)):
                        rn.add(round(float(c), 6))
                    elif isinstance(c, str) and squash(c) != squash(r["indicator"]) and squash(r["indicator"]) not in squash(c):
                        rn |= parse_nums(c)
                for fld in NUM_FIELDS:
                    if r[fld] is not None and round(float(r[fld]), 6) not in rn:
                        err(f"{r['file']} p{r['page']}: {fld}={r[fld]} not in the row of '{r['indicator']}'")
                ROWCHECKED.append(1)
        if r["pagu"] is not None and r["budget_realisation"] is not None and r["absorption_pct"] is not None:
            if abs(r["budget_realisation"] / r["pagu"] * 100 - r["absorption_pct"]) > 0.01:
                err(f"absorption arithmetic {r['file']} {r['indicator']}")
        if d["doc_type"] in PLAN and r["realisation"] is not None:
            err(f"plan row with realisation {r['file']}")
    # ---- recompute findings (independent implementation)
    dt = {d["file"]: d["doc_type"] for d in docs}
    ex_keys = set()
    for e in explained:
        ex_keys.add((e["opd"], e["fiscal_year"], norm(e["indicator"])))
        t, _ = pages[e["file"]][e["page"] - 1]
        if squash(e["explanation"]) not in squash(t):
            err(f"explanation not on {e['file']} p{e['page']}")
    G = defaultdict(list)
    for r in inds:
        G[(r["opd"], r["fiscal_year"], norm(r["indicator"]))].append(r)
    calc = defaultdict(set)  # (type,opd,year,ind) -> citations

    def put(t, key, rows):
        for r in rows:
            calc[(t,) + key].add((r["file"], r["page"]))

    for key, rows in G.items():
        rep = [r for r in rows if dt[r["file"]] not in PLAN]
        pl = [r for r in rows if dt[r["file"]] in PLAN]
        put("ACHIEVEMENT_MISMATCH", key, [r for r in rows if expected_ach(r) is not None and r["achievement_pct"] is not None
                                         and abs(expected_ach(r) - r["achievement_pct"]) > 1.0])
        put("ABSORPTION_OVER_100", key, [r for r in rows if r["pagu"] and r["budget_realisation"] is not None
                                        and r["budget_realisation"] > r["pagu"]])
        for fld in ("target", "realisation", "pagu", "budget_realisation"):
            have = [r for r in rep if r[fld] is not None]
            if len({r[fld] for r in have}) > 1:
                put("CROSS_DOCUMENT_CONFLICT", key, have)
        if all(r["target"] is None for r in rows):
            put("REALISATION_WITHOUT_TARGET", key, [r for r in rep if r["realisation"] is not None])
        ptargets = {r["target"] for r in pl if r["target"] is not None}
        if ptargets:
            ch = [r for r in rep if r["target"] is not None and r["target"] not in ptargets]
            if ch and key not in ex_keys:
                put("TARGET_CHANGED", key, pl + ch)
            if ch and key in ex_keys:
                print("  negative (explained target change):", key)
    calc = {k: v for k, v in calc.items() if v}
    lab = {}
    for f in finds:
        k = (f["type"], f["opd"], f["fiscal_year"], norm(f["indicator"]))
        if k in lab:
            err(f"duplicate finding {k}")
        lab[k] = {(c["file"], c["page"]) for c in f["citations"]}
    for k in set(calc) | set(lab):
        if k not in lab:
            err(f"finding missing from labels: {k}")
        elif k not in calc:
            err(f"labelled finding not recomputed: {k}")
        elif calc[k] != lab[k]:
            err(f"citations differ for {k}: {calc[k]} vs {lab[k]}")
    # explained change must be a real change
    for e in explained:
        if e["plan_target"] == e["report_target"]:
            err("explained change is not a change")
    # ---- counts
    tc = Counter(f["type"] for f in finds)
    opds = {d["opd"] for d in docs}
    checks = [
        (len(docs) >= 14, f"documents {len(docs)} >= 14"),
        (len(opds) >= 5, f"OPDs {len(opds)} >= 5"),
        (len(inds) >= 160, f"indicator rows {len(inds)} >= 160"),
        (len({d['layout'] for d in docs}) >= 5, f"layouts {len({d['layout'] for d in docs})} >= 5"),
        (sum(d["layout"] == "scan" for d in docs) >= 3, f"scans {sum(d['layout'] == 'scan' for d in docs)} >= 3"),
        (len(finds) >= 40, f"findings {len(finds)} >= 40"),
        (all(tc[t] >= 6 for t in TYPES), f"per type {dict(tc)} each >= 6"),
        (len({d['opd'] for d in docs if d['fiscal_year'] == 2024}) >= 2, "two OPDs with a 2024 report"),
        (all(any(d["opd"] == o and d["fiscal_year"] == 2025 and d["doc_type"] in PLAN for d in docs) for o in opds),
         "every OPD has a 2025 plan"),
        (len(explained) >= 1, "at least one explained target change"),
        (any(r["lower_is_better"] for r in inds), "lower-is-better rows present"),
    ]
    for ok, m in checks:
        print(("  ok   " if ok else "  FAIL ") + m)
        if not ok:
            err(m)
    units = Counter(r["unit"] for r in inds)
    for u in ["%", "orang", "dokumen", "hari", "Rp", "km", "ton", "indeks"]:
        if not units[u]:
            err(f"unit {u} missing")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15 * 1024 * 1024:
        err(f"set too large {size}")
    for dp, dn, _ in os.walk(HERE):
        if "__pycache__" in dn:
            err(f"__pycache__ in {dp}")
    print(f"  cell-level row check done for {len(ROWCHECKED)} rows (xlsx, docx, scans)")
    print(f"  {len(docs)} docs, {len(inds)} rows, {len(finds)} findings, {size/1e6:.1f} MB")
    if ERR:
        print("\n".join("ERROR " + e for e in ERR[:80]))
        print(f"{len(ERR)} errors")
        sys.exit(1)
    print("VERIFY OK")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
