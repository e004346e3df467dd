#!/usr/bin/env python3
"""Verify the kinerja7 set: files open, every labelled value is on the labelled page, findings follow from the
labelled rows (independent re-implementation of the rules), minimum counts are met.

Run: /work/scratch/kinerja7/bin/python verify.py   (needs pypdf, python-docx, openpyxl, pillow)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from docx import Document
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
PLAN_TYPES = {"pk", "renja"}
TOL = 0.5  # percentage points tolerated for rounding of stated achievement
# target changes that the report itself explains (not findings): (file, indicator, phrase that must be on the page)
EXPLAINED = [("pupr_lkjip_2025.pdf", "Panjang Jalan yang Dipelihara", "Perubahan Renja")]

errors = []


def err(msg):
    errors.append(msg)


NUM_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def numbers_in(text):
    out = set()
    for tok in NUM_RE.findall(text):
        try:
            out.add(round(float(tok.replace(".", "").replace(",", ".")), 6))
        except ValueError:
            pass
    return out


def norm(s):
    return re.sub(r"\s+", "", str(s)).lower()


def pages_pdf(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def pages_docx(path):
    doc = Document(path)
    pages = [""]
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for el in doc.element.body.iterchildren():
        if el.tag == W + "p":
            for br in el.iter(W + "br"):
                if br.get(W + "type") == "page":
                    pages.append("")
            pages[-1] += "".join(t.text or "" for t in el.iter(W + "t")) + "\n"
        elif el.tag == W + "tbl":
            for tc in el.iter(W + "tc"):
                pages[-1] += "".join(t.text or "" for t in tc.iter(W + "t")) + " | "
            pages[-1] += "\n"
    return pages


def pages_xlsx(path):
    wb = load_workbook(path)
    pages, nums = [], []
    for ws in wb.worksheets:
        txt, ns = [], set()
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    ns.add(round(float(v), 6))
                txt.append(str(v))
        pages.append(" | ".join(txt))
        nums.append(ns)
    return pages, nums


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    docs = {d["file"]: d for d in labels["documents"]}
    on_disk = set(os.listdir(DOCS))
    if on_disk != set(docs):
        err(f"docs/ mismatch: extra={on_disk - set(docs)} missing={set(docs) - on_disk}")

    page_text, page_nums = {}, {}
    for f, d in docs.items():
        path = os.path.join(DOCS, f)
        if d["layout"] == "scan":
            if f.endswith(".pdf"):
                rd = PdfReader(path)
                n = len(rd.pages)
                for p in rd.pages:
                    if (p.extract_text() or "").strip():
                        err(f"{f}: scan has a text layer")
                    if not list(p.images):
                        err(f"{f}: scan page without image")
            else:
                im = Image.open(path)
                im.load()
                n = 1
                dpi = im.info.get("dpi", (0, 0))[0]
                if not 190 <= dpi <= 310:
                    err(f"{f}: dpi {dpi}")
            texts = []
            for i in range(n):
                tp = os.path.join(TRUTH, f"{f}.p{i + 1}.txt")
                texts.append(open(tp, encoding="utf-8").read())
        elif f.endswith(".pdf"):
            texts = pages_pdf(path)
        elif f.endswith(".docx"):
            texts = pages_docx(path)
        elif f.endswith(".xlsx"):
            texts, xn = pages_xlsx(path)
        else:
            err(f"{f}: unknown extension")
            continue
        if len(texts) != d["pages"]:
            err(f"{f}: labelled pages {d['pages']} but file has {len(texts)}")
        for i, t in enumerate(texts):
            page_text[(f, i + 1)] = t
            ns = numbers_in(t)
            if f.endswith(".xlsx"):
                ns |= xn[i]
            page_nums[(f, i + 1)] = ns

    # every labelled value on its page
    for rec in labels["indicators"]:
        key = (rec["file"], rec["page"])
        if key not in page_text:
            err(f"no such page {key}")
            continue
        t, ns = norm(page_text[key]), page_nums[key]
        for fld in ("indicator", "unit", "programme", "kegiatan", "sub_kegiatan"):
            v = rec[fld]
            if v is not None and norm(v) not in t:
                err(f"{key} {rec['indicator']}: {fld} '{v}' not on page")
        for fld in ("target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"):
            v = rec[fld]
            if v is None:
                continue
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err(f"{key}: {fld} not a number")
                continue
            if round(float(v), 6) not in ns:
                err(f"{key} {rec['indicator']}: {fld}={v} not on page")
        if docs[rec["file"]]["doc_type"] in PLAN_TYPES and any(
                rec[x] is not None for x in ("realisation", "achievement_pct", "budget_realisation", "absorption_pct")):
            err(f"{key}: plan row with realisation values")
        if rec["opd"] != docs[rec["file"]]["opd"] or rec["fiscal_year"] != docs[rec["file"]]["fiscal_year"]:
            err(f"{key}: opd/year differs from document")

    # recompute findings from labelled rows
    expl = set()
    for f, ind, phrase in EXPLAINED:
        pages = [p for (ff, p) in page_text if ff == f and norm(ind) in norm(page_text[(ff, p)])]
        if not any(norm(phrase) in norm(page_text[(f, p)]) for p in pages):
            err(f"explanation '{phrase}' for {ind} not found in {f}")
        expl.add((f, ind))
    found = defaultdict(set)
    groups = defaultdict(list)
    for rec in labels["indicators"]:
        cite = (rec["file"], rec["page"])
        k3 = (rec["opd"], rec["fiscal_year"], rec["indicator"])
        groups[k3].append(rec)
        t, r, a = rec["target"], rec["realisation"], rec["achievement_pct"]
        if t is not None and r is not None and a is not None:
            exp = t / r * 100 if rec["lower_is_better"] else r / t * 100
            if abs(exp - a) > TOL:
                found[("ACHIEVEMENT_MISMATCH",) + k3].add(cite)
        if rec["budget_realisation"] is not None and rec["pagu"] is not None:
            if rec["absorption_pct"] is not None and abs(rec["budget_realisation"] / rec["pagu"] * 100 - rec["absorption_pct"]) > 0.01:
                err(f"{cite}: stated absorption does not match its figures (unplanned)")
        if (rec["budget_realisation"] or 0) > (rec["pagu"] or float("inf")) or (rec["absorption_pct"] or 0) > 100:
            found[("ABSORPTION_OVER_100",) + k3].add(cite)
    for k3, recs in groups.items():
        plans = [x for x in recs if docs[x["file"]]["doc_type"] in PLAN_TYPES]
        reps = [x for x in recs if docs[x["file"]]["doc_type"] not in PLAN_TYPES]
        if any(x["realisation"] is not None for x in reps) and all(x["target"] is None for x in recs):
            for x in reps:
                found[("REALISATION_WITHOUT_TARGET",) + k3].add((x["file"], x["page"]))
        for p in plans:
            for x in reps:
                if x["target"] is not None and x["target"] != p["target"] and (x["file"], x["indicator"]) not in expl:
                    found[("TARGET_CHANGED",) + k3] |= {(p["file"], p["page"]), (x["file"], x["page"])}
        for grp in (plans, reps):
            for i in range(len(grp)):
                for j in range(i + 1, len(grp)):
                    if grp[i]["target"] != grp[j]["target"] or grp[i]["realisation"] != grp[j]["realisation"]:
                        found[("CROSS_DOCUMENT_CONFLICT",) + k3] |= {(grp[i]["file"], grp[i]["page"]), (grp[j]["file"], grp[j]["page"])}
    labelled = {}
    for fd in labels["findings"]:
        k = (fd["type"], fd["opd"], fd["fiscal_year"], fd["indicator"])
        if k in labelled:
            err(f"duplicate finding {k}")
        labelled[k] = {(c["file"], c["page"]) for c in fd["citations"]}
    if set(labelled) != set(found):
        err(f"findings differ: labelled-only={sorted(set(labelled) - set(found))} recomputed-only={sorted(set(found) - set(labelled))}")
    for k in set(labelled) & set(found):
        if labelled[k] != found[k]:
            err(f"citations differ for {k}: {labelled[k]} vs {found[k]}")

    # counts
    types = Counter(f["type"] for f in labels["findings"])
    layouts = Counter(d["layout"] for d in labels["documents"])
    opds = {d["opd"] for d in labels["documents"]}
    scan_files = {f for f, d in docs.items() if d["layout"] == "scan"}
    scan_rows = Counter(r["file"] for r in labels["indicators"] if r["file"] in scan_files)
    if len(docs) < 14:
        err("fewer than 14 documents")
    if len(opds) < 6:
        err("fewer than 6 OPDs")
    if len(layouts) < 5:
        err("fewer than 5 layouts")
    if len(labels["indicators"]) < 170:
        err("fewer than 170 indicator rows")
    if sum(scan_rows.values()) < 40 or len(scan_rows) < 3:
        err("scan rows requirement not met")
    if len(labels["findings"]) < 35 or any(types[t] < 6 for t in
                                            ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100",
                                             "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]):
        err(f"finding counts too low: {types}")
    if not any(r["lower_is_better"] for r in labels["indicators"]):
        err("no lower-is-better rows")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15 * 1024 * 1024:
        err(f"set too large: {size}")

    print("documents:", len(docs), "OPDs:", len(opds), "layouts:", dict(layouts))
    print("indicator rows:", len(labels["indicators"]), "scan rows:", dict(scan_rows))
    print("findings:", len(labels["findings"]), dict(types))
    print(f"size: {size / 1e6:.2f} MB")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors[:60]:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
