#!/usr/bin/env python3
"""Verify the blind set "kinerja9": files vs labels, counts, and findings recomputed independently.

Run: python verify.py   (needs pypdf openpyxl python-docx pillow). Exit code 0 = pass.
"""
import json, os, re, sys
from collections import Counter, defaultdict
from pypdf import PdfReader
import openpyxl, docx
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def nums_in(text):
    out = set()
    for t in NUM.findall(text):
        out.add(round(float(t.replace(".", "").replace(",", ".")), 6))
    return out


def normtext(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def key(s):
    return re.sub(r"\s+", " ", re.sub(r"[^0-9a-z%]+", " ", s.lower())).strip()


# ------------------------------------------------------------------ page texts
def pages_of(doc):
    """Return list of (text, numbers) per page for a document."""
    f = os.path.join(DOCS, doc["file"])
    if doc["layout"] == "scan":
        out, i = [], 1
        while os.path.exists(os.path.join(TRUTH, f"{doc['file']}.p{i}.txt")):
            t = open(os.path.join(TRUTH, f"{doc['file']}.p{i}.txt"), encoding="utf-8").read()
            out.append((t, nums_in(t))); i += 1
        # the scan must really be image-only
        if f.endswith(".pdf"):
            r = PdfReader(f)
            if len(r.pages) != len(out):
                err(doc["file"], "scan pages", len(r.pages), "truth pages", len(out))
            for p in r.pages:
                if (p.extract_text() or "").strip():
                    err(doc["file"], "scan PDF has a text layer")
        else:
            im = Image.open(f)
            if round(im.info.get("dpi", (0, 0))[0]) != 200:
                err(doc["file"], "image not 200 dpi")
            if len(out) != 1:
                err(doc["file"], "image needs exactly one truth page")
        return out
    if f.endswith(".pdf"):
        out = []
        for p in PdfReader(f).pages:
            t = p.extract_text() or ""
            if not t.strip():
                err(doc["file"], "born-digital page without text")
            out.append((t, nums_in(t)))
        return out
    if f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(f)
        out = []
        for ws in wb.worksheets:
            texts, ns = [], set()
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        ns.add(round(float(v), 6)); texts.append(str(v))
                    else:
                        texts.append(str(v)); ns |= nums_in(str(v))
            out.append(("\n".join(texts), ns))
        return out
    if f.endswith(".docx"):
        d = docx.Document(f)
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        segs = [[]]
        for el in d.element.body.iterchildren():
            if el.tag == W + "p":
                for node in el.iter():
                    if node.tag == W + "t" and node.text:
                        segs[-1].append(node.text)
                    elif node.tag == W + "br" and node.get(W + "type") == "page":
                        segs.append([])
                segs[-1].append("\n")
            elif el.tag == W + "tbl":
                for tr in el.iter(W + "tr"):
                    for tc in tr.iter(W + "tc"):
                        segs[-1].append("".join(n.text or "" for n in tc.iter(W + "t")))
                        segs[-1].append("\t")
                    segs[-1].append("\n")
        return [("".join(s), nums_in("".join(s))) for s in segs]
    err("unknown file type", doc["file"])
    return []


def main():
    L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    explained = json.load(open(os.path.join(HERE, "explained_changes.json"), encoding="utf-8"))
    assert set(L) == {"documents", "indicators", "findings"}, L.keys()
    docs = {d["file"]: d for d in L["documents"]}
    # ---------------------------------------------------------- files on disk
    on_disk = set(os.listdir(DOCS))
    if on_disk != set(docs):
        err("docs/ differs from labels:", on_disk ^ set(docs))
    texts = {}
    for d in L["documents"]:
        for k in ("file", "opd", "fiscal_year", "layout", "pages", "doc_type"):
            if k not in d:
                err(d.get("file"), "missing", k)
        pg = pages_of(d)
        texts[d["file"]] = pg
        if len(pg) != d["pages"]:
            err(d["file"], "pages label", d["pages"], "actual", len(pg))
    # ---------------------------------------------------------- every labelled value is on its page
    FIELDS = ["file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit", "target",
              "realisation", "achievement_pct", "lower_is_better", "pagu", "budget_realisation", "absorption_pct"]
    nchecked = 0
    for r in L["indicators"]:
        if set(r) != set(FIELDS):
            err("row fields", r["indicator"], set(r) ^ set(FIELDS))
        d = docs.get(r["file"])
        if d is None:
            err("row file not a document", r["file"]); continue
        if r["opd"] != d["opd"] or r["fiscal_year"] != d["fiscal_year"]:
            err("row opd/year differs from document", r["file"], r["indicator"])
        if not (1 <= r["page"] <= len(texts[r["file"]])):
            err("bad page", r["file"], r["page"]); continue
        text, ns = texts[r["file"]][r["page"] - 1]
        nt = normtext(text)
        for fld in ("indicator", "programme", "kegiatan", "sub_kegiatan"):
            if r[fld] is None:
                continue
            # a group row (programme/kegiatan) may sit on an earlier page when a table is split across pages
            span = [normtext(texts[r["file"]][i][0]) for i in range(r["page"])] if fld != "indicator" else [nt]
            if not any(normtext(r[fld]) in t for t in span):
                err("text not on page", r["file"], r["page"], fld, r[fld])
        if r["unit"] and r["unit"].lower() not in nt:
            err("unit not on page", r["file"], r["page"], r["unit"])
        for fld in ("target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"):
            v = r[fld]
            if v is None:
                continue
            if not isinstance(v, (int, float)):
                err("non-numeric", fld, r["indicator"]); continue
            nchecked += 1
            if round(float(v), 6) not in ns:
                err("number not on page", r["file"], r["page"], fld, v, r["indicator"])
        if r["achievement_pct"] is not None and (r["target"] is None or r["realisation"] is None):
            err("achievement without target/realisation", r["file"], r["indicator"])
        if r["absorption_pct"] is not None:
            if abs(r["budget_realisation"] / r["pagu"] * 100 - r["absorption_pct"]) > 0.01:
                err("stated absorption inconsistent (not planted)", r["file"], r["indicator"])
    # ---------------------------------------------------------- findings recomputed independently
    plan_types = {"perjanjian_kinerja", "renja"}
    groups = defaultdict(list)
    for r in L["indicators"]:
        groups[(r["opd"], r["fiscal_year"], key(r["indicator"]))].append(r)
    ex = {(e["opd"], e["fiscal_year"], key(e["indicator"])) for e in explained}
    exp = defaultdict(set)  # (type, opd, fy, key) -> citations
    clear_margin = []
    for g, rs in groups.items():
        reports = [r for r in rs if docs[r["file"]]["doc_type"] not in plan_types]
        plans = [r for r in rs if docs[r["file"]]["doc_type"] in plan_types]
        c = lambda r: (r["file"], r["page"])
        for r in reports:
            if None not in (r["target"], r["realisation"], r["achievement_pct"]):
                num, den = (r["target"], r["realisation"]) if r["lower_is_better"] else (r["realisation"], r["target"])
                diff = abs(num / den * 100 - r["achievement_pct"])
                if diff > 1.0:
                    exp[("ACHIEVEMENT_MISMATCH",) + g].add(c(r)); clear_margin.append(diff)
                elif diff > 0.01:
                    err("achievement rounding drift", r["file"], r["indicator"], diff)
            if r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]:
                exp[("ABSORPTION_OVER_100",) + g].add(c(r))
        reals = {r["realisation"] for r in reports if r["realisation"] is not None}
        if len(reals) > 1:
            for r in reports:
                if r["realisation"] is not None:
                    exp[("CROSS_DOCUMENT_CONFLICT",) + g].add(c(r))
        if all(r["target"] is None for r in rs):
            for r in reports:
                if r["realisation"] is not None:
                    exp[("REALISATION_WITHOUT_TARGET",) + g].add(c(r))
        pt = {p["target"] for p in plans if p["target"] is not None}
        ch = [r for r in reports if r["target"] is not None and pt and r["target"] not in pt]
        if ch and g not in ex:
            for r in ch + plans:
                exp[("TARGET_CHANGED",) + g].add(c(r))
        tgts = {r["target"] for r in reports if r["target"] is not None}
        if len(tgts) > 1:
            err("two reports disagree on a target (ambiguous)", g)
        for fld in ("pagu", "budget_realisation"):
            if len({r[fld] for r in reports if r[fld] is not None}) > 1:
                err("two reports disagree on", fld, g)
    got = {}
    for f in L["findings"]:
        k = (f["type"], f["opd"], f["fiscal_year"], key(f["indicator"]))
        if k in got:
            err("duplicate finding", k)
        got[k] = {(c["file"], c["page"]) for c in f["citations"]}
    for k in set(exp) | set(got):
        if k not in got:
            err("finding missing from labels", k)
        elif k not in exp:
            err("labelled finding not reproduced", k)
        elif exp[k] != got[k]:
            err("citations differ", k, exp[k] ^ got[k])
    if clear_margin and min(clear_margin) < 5:
        err("an ACHIEVEMENT_MISMATCH is not by a clear margin", min(clear_margin))
    # ---------------------------------------------------------- negative case: explained target change
    for e in explained:
        g = (e["opd"], e["fiscal_year"], key(e["indicator"]))
        rs = groups[g]
        if not any(r["target"] == e["report_target"] for r in rs) or not any(r["target"] == e["plan_target"] for r in rs):
            err("explained change not present in rows", g)
        t, ns = texts[e["explained_in"]["file"]][e["explained_in"]["page"] - 1]
        if normtext(e["indicator"]) not in normtext(t) or e["plan_target"] not in ns or e["report_target"] not in ns:
            err("explanation not on its page", g)
        if ("TARGET_CHANGED",) + g in got:
            err("explained change labelled as finding", g)
    # ---------------------------------------------------------- counts required by the brief
    ft = Counter(f["type"] for f in L["findings"])
    lay = Counter(d["layout"] for d in L["documents"])
    opds = {d["opd"] for d in L["documents"]}
    y24 = {d["opd"] for d in L["documents"] if d["fiscal_year"] == 2024}
    checks = [
        (len(L["documents"]) >= 14, "≥14 documents"), (len(opds) >= 5, "≥5 OPDs"),
        (len(L["indicators"]) >= 160, "≥160 indicator rows"), (len(L["findings"]) >= 40, "≥40 findings"),
        (all(ft[t] >= 6 for t in ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100",
                                  "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]), "each finding type ≥6"),
        (lay["scan"] >= 3, "≥3 scans"), (len(lay) >= 5, "≥5 layouts"), (len(y24) >= 2, "2024 report for 2 OPDs"),
        (len(explained) >= 1, "≥1 explained target change"),
    ]
    for o in opds:
        if not any(d["opd"] == o and d["fiscal_year"] == 2025 and d["doc_type"] in plan_types for d in L["documents"]):
            err("no 2025 plan for", o)
    for ok, what in checks:
        if not ok:
            err("count check failed:", what)
    units = {r["unit"] for r in L["indicators"]}
    for u in ["%", "orang", "dokumen", "hari", "Rp", "km", "ton", "indeks"]:
        if u not in units:
            err("unit missing", u)
    size = 0
    for root, dirs, files in os.walk(HERE):
        if "__pycache__" in dirs:
            err("__pycache__ present in", root)
        size += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    if size > 15 * 1024 * 1024:
        err("set larger than 15 MB", size)
    print(f"documents {len(L['documents'])} ({dict(lay)})")
    print(f"OPDs {len(opds)}; indicator rows {len(L['indicators'])}; numbers checked on page {nchecked}")
    print(f"findings {len(L['findings'])} {dict(ft)}; explained (non-finding) target changes {len(explained)}")
    print(f"size {size / 1e6:.2f} MB")
    if ERR:
        print(f"FAIL: {len(ERR)} problem(s)")
        for e in ERR[:80]:
            print("  -", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
