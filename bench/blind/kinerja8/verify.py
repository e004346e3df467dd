#!/usr/bin/env python3
"""Verify the kinerja8 set against its own files. Exit 1 on any failure."""
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict

from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PLAN = {"Perjanjian Kinerja", "Renja"}
TYPES = ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100", "REALISATION_WITHOUT_TARGET",
         "TARGET_CHANGED"]
errors = []


def err(msg):
    errors.append(msg)


NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_id(tok):
    return float(tok.replace(".", "").replace(",", "."))


def numbers_in(text):
    return {round(parse_id(t), 6) for t in NUM.findall(text)}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def has_num(v, nums):
    return any(abs(v - n) < 1e-6 for n in nums)


# ------------------------------------------------------------------ readers: page -> list of "rows" (strings)
def pdf_pages(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def pdf_baselines(path):
    """Per page: text fragments grouped by baseline (y), each line ordered by x."""
    out = []
    for p in PdfReader(path).pages:
        frags = []

        def visit(text, cm, tm, font, size, frags=frags):
            if text.strip():
                frags.append((round(tm[5] * cm[3] + cm[5], 1), tm[4] * cm[0] + cm[4], text.strip()))
        p.extract_text(visitor_text=visit)
        lines = defaultdict(list)
        for y, x, t in frags:
            lines[y].append((x, t))
        out.append([" ".join(t for _, t in sorted(v)) for _, v in sorted(lines.items(), reverse=True)])
    return out


def xlsx_pages(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    # numeric cell: render in Indonesian form so one parser serves all
                    s = f"{v:,.6f}".rstrip("0").rstrip(".").replace(",", "#").replace(".", ",").replace("#", ".")
                    cells.append(s)
                else:
                    cells.append(str(v))
            if cells:
                rows.append(" | ".join(cells))
        out.append(rows)
    return out


def docx_pages(path):
    from docx import Document
    doc = Document(path)
    segs = [[]]
    for el in doc.element.body.iterchildren():
        if el.tag == W_NS + "p":
            txt = "".join(t.text or "" for t in el.iter(W_NS + "t"))
            if txt:
                segs[-1].append(txt)
            if any(br.get(W_NS + "type") == "page" for br in el.iter(W_NS + "br")):
                segs.append([])
        elif el.tag == W_NS + "tbl":
            for tr in el.iter(W_NS + "tr"):
                cells = []
                for tc in tr.iter(W_NS + "tc"):
                    cells.append("".join(t.text or "" for t in tc.iter(W_NS + "t")))
                segs[-1].append(" | ".join(cells))
    return segs


def main():
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    docs = {d["file"]: d for d in lab["documents"]}
    pdf_lines = {}
    content = {}  # file -> list of pages, each page = list of row strings
    for f, d in docs.items():
        path = os.path.join(DOCS, f)
        if not os.path.exists(path):
            err(f"missing {f}")
            continue
        if d["layout"] == "scan":
            if f.endswith(".pdf"):
                rd = PdfReader(path)
                n = len(rd.pages)
                for i, p in enumerate(rd.pages):
                    if (p.extract_text() or "").strip():
                        err(f"{f} p{i + 1}: scan has a text layer")
            else:
                from PIL import Image
                im = Image.open(path)
                n = 1
                if abs(im.info.get("dpi", (0, 0))[0] - 200) > 1:
                    err(f"{f}: not 200 dpi")
            pages = []
            for i in range(n):
                tp = os.path.join(TRUTH, f"{f}.p{i + 1}.txt")
                if not os.path.exists(tp):
                    err(f"missing truth {tp}")
                    pages.append([])
                else:
                    pages.append(open(tp, encoding="utf-8").read().splitlines())
        elif f.endswith(".pdf"):
            pages = [[t] for t in pdf_pages(path)]
            pdf_lines[f] = pdf_baselines(path)
            for i, p in enumerate(pages):
                if not p[0].strip():
                    err(f"{f} p{i + 1}: born-digital PDF without text")
        elif f.endswith(".xlsx"):
            pages = xlsx_pages(path)
        elif f.endswith(".docx"):
            pages = docx_pages(path)
        else:
            err(f"unknown type {f}")
            continue
        if len(pages) != d["pages"]:
            err(f"{f}: pages {len(pages)} != labelled {d['pages']}")
        content[f] = pages

    # ---------------------------------------------------------- every labelled value is on its page
    numf = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
    for r in lab["indicators"]:
        f, pg = r["file"], r["page"]
        if f not in content or not (1 <= pg <= len(content[f])):
            err(f"bad page {f} p{pg}")
            continue
        rows = content[f][pg - 1]
        page_text = norm(" ".join(rows))
        if norm(r["indicator"]) not in page_text:
            err(f"{f} p{pg}: indicator not found: {r['indicator']}")
            continue
        # row-level check where the row is a line (scan truth, xlsx row, docx table row); page-level for PDFs
        if docs[f]["layout"] == "scan" or f.endswith((".xlsx", ".docx")):
            cand = [x for x in rows if norm(r["indicator"]) in norm(x)]
            if len(cand) > 1:
                cand = [x for x in cand if " | " in x]
            scope = cand[0] if len(cand) == 1 else None
            if scope is None:
                err(f"{f} p{pg}: indicator row not unique: {r['indicator']}")
                continue
        elif docs[f]["layout"] == "pdf_prose":
            t_ = norm(" ".join(rows))
            i_ = t_.find(norm(r["indicator"]))
            scope = t_[max(0, i_ - 250): i_ + 400]
        else:
            base = pdf_lines[f][pg - 1]
            head = norm(r["indicator"])[:22]
            cand = [x for x in base if head in norm(x)]
            ok = [x for x in cand if all(r[k] is None or has_num(r[k], numbers_in(x)) for k in numf)]
            if not ok:
                err(f"{f} p{pg}: no printed row carries the labelled numbers for {r['indicator']}")
                continue
            scope = ok[0]
        nums = numbers_in(scope)
        for k in numf:
            if r[k] is not None and not has_num(r[k], nums):
                err(f"{f} p{pg}: {k}={r[k]} not found for {r['indicator']}")
        if r["target"] is None and docs[f]["layout"] != "pdf_prose" and " - " not in f" {scope} ".replace("|", " "):
            err(f"{f} p{pg}: null target but no '-' printed for {r['indicator']}")
        # hierarchy printed on this page or the previous one (group rows can be orphaned at a page end)
        around = norm(" ".join(rows + (content[f][pg - 2] if pg > 1 else [])))
        for k in ("programme", "kegiatan", "sub_kegiatan"):
            if r[k] and norm(r[k]) not in around:
                err(f"{f} p{pg}: {k} not printed: {r[k]}")
        if r["absorption_pct"] is not None and abs(r["budget_realisation"] / r["pagu"] * 100 - r["absorption_pct"]) > 0.01:
            err(f"{f}: absorption arithmetic wrong for {r['indicator']}")

    # ---------------------------------------------------------- recompute findings independently
    rows_by = defaultdict(list)
    for r in lab["indicators"]:
        rows_by[(r["opd"], r["fiscal_year"], norm(r["indicator"]))].append(r)
    explained = {(n["opd"], n["fiscal_year"], norm(n["indicator"])) for n in lab.get("non_findings", [])}
    mine = {}

    def add(t, key, rs):
        mine[(t,) + key] = {(x["file"], x["page"]) for x in rs}

    for key, rs in rows_by.items():
        rep = [x for x in rs if docs[x["file"]]["doc_type"] not in PLAN]
        pln = [x for x in rs if docs[x["file"]]["doc_type"] in PLAN]
        bad = []
        for x in rep:
            t, v, a = x["target"], x["realisation"], x["achievement_pct"]
            if None in (t, v, a):
                continue
            expect = (t / v if x["lower_is_better"] else v / t) * 100
            if abs(expect - a) > 1.0:
                bad.append(x)
            elif abs(expect - a) > 0.01:
                err(f"near-miss achievement (ambiguous) {x['file']} {x['indicator']}")
        if bad:
            add("ACHIEVEMENT_MISMATCH", key, bad)
        vals = Counter(x["realisation"] for x in rep if x["realisation"] is not None)
        if len(vals) > 1:
            add("CROSS_DOCUMENT_CONFLICT", key, [x for x in rep if x["realisation"] is not None])
        over = [x for x in rs if x["pagu"] is not None and x["budget_realisation"] is not None
                and x["budget_realisation"] > x["pagu"]]
        if over:
            add("ABSORPTION_OVER_100", key, over)
        if all(x["target"] is None for x in rs):
            w = [x for x in rep if x["realisation"] is not None]
            if w:
                add("REALISATION_WITHOUT_TARGET", key, w)
        if pln:
            pts = {x["target"] for x in pln}
            if len(pts) != 1:
                err(f"plan docs disagree on target {key}")
            pt = next(iter(pts))
            ch = [x for x in rep if x["target"] is not None and x["target"] != pt]
            if ch and key not in explained:
                add("TARGET_CHANGED", key, pln + ch)
            if key in explained and not ch:
                err(f"explained non-finding has no target change {key}")
        # budget figures must agree across documents (no unplanted conflicts)
        for fld in ("pagu", "budget_realisation"):
            if len({x[fld] for x in rs if x[fld] is not None}) > 1:
                err(f"unplanned {fld} conflict {key}")
        if len({x["target"] for x in rep if x["target"] is not None}) > 1:
            err(f"unplanned target conflict between reports {key}")

    labelled = {}
    for fd in lab["findings"]:
        k = (fd["type"], fd["opd"], fd["fiscal_year"], norm(fd["indicator"]))
        if k in labelled:
            err(f"duplicate finding {k}")
        labelled[k] = {(c["file"], c["page"]) for c in fd["citations"]}
    for k in set(mine) | set(labelled):
        if k not in mine:
            err(f"labelled finding not reproduced: {k}")
        elif k not in labelled:
            err(f"finding missing from labels: {k}")
        elif mine[k] != labelled[k]:
            err(f"citations differ for {k}: {sorted(mine[k])} vs {sorted(labelled[k])}")

    # explanation text of negative cases is printed on the cited page
    for n in lab.get("non_findings", []):
        if not any(norm(n["explanation"]) in norm(" ".join(content[c["file"]][c["page"] - 1])) for c in n["citations"]):
            err(f"explanation not on a cited page: {n['indicator']}")

    # ---------------------------------------------------------- counts required by the brief
    ds = lab["documents"]
    tc = Counter(fd["type"] for fd in lab["findings"])
    checks = [
        (len(ds) >= 14, f"documents {len(ds)} >= 14"),
        (len({d["opd"] for d in ds}) >= 5, "OPDs >= 5"),
        (len(lab["indicators"]) >= 160, f"indicator rows {len(lab['indicators'])} >= 160"),
        (len(set(d["layout"] for d in ds)) >= 5, "layouts >= 5"),
        (sum(d["layout"] == "scan" for d in ds) >= 3, "scans >= 3"),
        (len({d["opd"] for d in ds if d["fiscal_year"] == 2024}) >= 2, "2024 reports for >= 2 OPDs"),
        (len(lab["findings"]) >= 40, f"findings {len(lab['findings'])} >= 40"),
        (all(tc[t] >= 6 for t in TYPES), f"each type >= 6: {dict(tc)}"),
        (len(lab.get("non_findings", [])) >= 1, "negative TARGET_CHANGED case present"),
        (any(r["lower_is_better"] for r in lab["indicators"]), "lower-is-better rows present"),
    ]
    for opd in {d["opd"] for d in ds}:
        types = {d["doc_type"] for d in ds if d["opd"] == opd and d["fiscal_year"] == 2025}
        checks.append((bool(types & PLAN) and bool(types - PLAN), f"{opd}: 2025 plan and report"))
    for ok, msg in checks:
        if not ok:
            err("count check failed: " + msg)
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15 * 1024 * 1024:
        err(f"size {size} > 15 MB")
    for dp, dn, _ in os.walk(HERE):
        if "__pycache__" in dn:
            err("__pycache__ present")

    print(f"documents={len(ds)} indicators={len(lab['indicators'])} findings={len(lab['findings'])} {dict(tc)} "
          f"non_findings={len(lab.get('non_findings', []))} size={size / 1e6:.2f}MB")
    if errors:
        print(f"FAIL ({len(errors)})")
        for e in errors[:80]:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
