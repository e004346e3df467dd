#!/usr/bin/env python3
"""Internal-consistency checks for the kinerja5 blind set.

Run:  /work/scratch/kinerja5/bin/python verify.py
Exit code 0 = all checks passed.
"""
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
sys.path.insert(0, HERE)

ERR = []


def err(msg):
    ERR.append(msg)


NUM_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def nums_in(text):
    out = set()
    for m in NUM_RE.findall(text):
        try:
            out.add(Decimal(m.replace(".", "").replace(",", ".")))
        except Exception:
            pass
    return out


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def page_texts(doc, gen_ops):
    """Return list of page texts (1-based index i -> texts[i-1])."""
    path = os.path.join(DOCS, doc["file"])
    lay = doc["layout"]
    if lay in ("pdf_table", "pdf_prose"):
        import pypdf
        r = pypdf.PdfReader(path)
        return [p.extract_text() or "" for p in r.pages]
    if lay == "scan":
        # image only: check the file really has no text layer, then use the generator's layout ops
        if path.lower().endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(path)
            if len(r.pages) != doc["pages"]:
                err("%s: page count %d != %d" % (doc["file"], len(r.pages), doc["pages"]))
            for p in r.pages:
                if (p.extract_text() or "").strip():
                    err("%s: scan has a text layer" % doc["file"])
                imgs = list(p.images)
                if len(imgs) != 1:
                    err("%s: expected one image per page" % doc["file"])
                else:
                    from PIL import Image
                    import io
                    im = Image.open(io.BytesIO(imgs[0].data))
                    w_in = float(p.mediabox.width) / 72.0
                    dpi = im.size[0] / w_in
                    if not 190 <= dpi <= 310:
                        err("%s: scan dpi %.0f" % (doc["file"], dpi))
        else:
            from PIL import Image
            im = Image.open(path)
            im.load()
            dpi = im.info.get("dpi", (0, 0))[0]
            if not 190 <= dpi <= 310:
                err("%s: image dpi %s" % (doc["file"], dpi))
        ops = gen_ops[doc["file"]]
        return ["\n".join(op[3] for op in page if op[0] == "t") for page in ops]
    if lay == "docx_table":
        import docx
        D = docx.Document(path)
        # pages are delimited by explicit page breaks; one table per page
        xml = zipfile.ZipFile(path).read("word/document.xml").decode()
        nbreak = xml.count('w:type="page"')
        if nbreak + 1 != len(D.tables):
            err("%s: %d page breaks for %d tables" % (doc["file"], nbreak, len(D.tables)))
        out = []
        for t in D.tables:
            out.append("\n".join(" | ".join(c.text for c in r.cells) for r in t.rows))
        return out
    if lay == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        out = []
        for ws in wb.worksheets:
            parts = []
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
                        parts.append("«%s»" % format(d.normalize(), "f"))
                    else:
                        parts.append(str(v))
            out.append("\n".join(parts))
        return out
    raise ValueError(lay)


def xlsx_nums(text):
    s = set()
    for m in re.findall(r"«([0-9.\-]+)»", text):
        s.add(Decimal(m))
    s |= nums_in(re.sub(r"«[0-9.\-]+»", " ", text))
    return s


def main():
    import generate
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    docs, inds, finds = labels["documents"], labels["indicators"], labels["findings"]
    byfile = {d["file"]: d for d in docs}

    # ---- files exist, sizes
    tot = 0
    for d in docs:
        p = os.path.join(DOCS, d["file"])
        if not os.path.exists(p):
            err("missing file " + d["file"])
            continue
        tot += os.path.getsize(p)
    listed = set(os.listdir(DOCS))
    if listed != set(byfile):
        err("docs/ and labels differ: %r" % (listed ^ set(byfile)))
    if tot > 15 * 1024 * 1024:
        err("docs too big: %d" % tot)

    # ---- layout ops of the generator (for scans)
    res = generate.build_all(write=False)
    gen_ops = {}
    for ds in generate.DOCS:
        gen_ops[ds["file"]] = res[ds["id"]][3]

    # ---- per document: open, pages, values present
    texts = {}
    for d in docs:
        try:
            texts[d["file"]] = page_texts(d, gen_ops)
        except Exception as e:  # pragma: no cover
            err("%s: cannot open (%s)" % (d["file"], e))
            continue
        if len(texts[d["file"]]) != d["pages"] and d["layout"] != "scan":
            err("%s: %d pages found, labelled %d" % (d["file"], len(texts[d["file"]]), d["pages"]))
    FIELDS = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
    for r in inds:
        pages = texts.get(r["file"])
        if pages is None:
            continue
        if not 1 <= r["page"] <= len(pages):
            err("%s: page %d out of range" % (r["file"], r["page"]))
            continue
        t = pages[r["page"] - 1]
        lay = byfile[r["file"]]["layout"]
        ns = xlsx_nums(t) if lay == "xlsx" else nums_in(t)
        for f in FIELDS:
            v = r[f]
            if v is None:
                continue
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err("%s/%s: %s not a number" % (r["file"], r["indicator"], f))
                continue
            if Decimal(repr(v)) not in ns and Decimal(v) not in ns:
                err("%s p%d: %s=%r of '%s' not found on page" % (r["file"], r["page"], f, v, r["indicator"]))
        if squash(r["indicator"]) not in squash(t):
            err("%s p%d: indicator name '%s' not found" % (r["file"], r["page"], r["indicator"]))
        for f in ("programme", "sub_kegiatan", "kegiatan"):
            if r[f] and squash(r[f]) not in squash(t) and squash(r[f]) not in squash("".join(pages)):
                err("%s: %s '%s' not stated" % (r["file"], f, r[f]))
        dt = byfile[r["file"]]["doc_type"]
        if dt in generate.PLAN_TYPES and any(r[f] is not None for f in FIELDS[1:]):
            err("%s: plan row with non-target values" % r["file"])

    # ---- counts
    c_layout = Counter(d["layout"] for d in docs)
    opds = {d["opd"] for d in docs}
    scan_files = {d["file"] for d in docs if d["layout"] == "scan"}
    scan_rows = [r for r in inds if r["file"] in scan_files]
    c_type = Counter(f["type"] for f in finds)
    print("documents:", len(docs), "OPDs:", len(opds), "layouts:", dict(c_layout))
    print("indicator rows:", len(inds), "on scans:", len(scan_rows), "in", len({r['file'] for r in scan_rows}), "scan files")
    print("lower-is-better rows:", sum(r["lower_is_better"] for r in inds))
    print("findings:", len(finds), dict(c_type))
    if len(docs) < 14 or len(opds) < 6 or len(c_layout) < 5:
        err("too few docs/OPDs/layouts")
    if len(inds) < 170 or len(scan_rows) < 40 or len({r['file'] for r in scan_rows}) < 3:
        err("too few indicator rows / scan rows")
    if len(finds) < 35 or any(c_type[t] < 6 for t in ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100",
                                                        "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]):
        err("too few findings")

    # ---- arithmetic of every row; every finding re-checked independently
    def key(r):
        return (r["opd"], r["fiscal_year"], r["indicator"].lower())
    fkeys = defaultdict(set)
    fcites = defaultdict(set)
    for f in finds:
        fkeys[f["type"]].add((f["opd"], f["fiscal_year"], f["indicator"].lower()))
        for c in f["citations"]:
            fcites[f["type"]].add((f["opd"], f["fiscal_year"], f["indicator"].lower(), c["file"], c["page"]))
        for c in f["citations"]:
            if not any(r["file"] == c["file"] and r["page"] == c["page"] and r["indicator"].lower() == f["indicator"].lower()
                       for r in inds):
                err("finding %s/%s: citation %r has no matching indicator row" % (f["type"], f["indicator"], c))
    for r in inds:
        T, R, A = r["target"], r["realisation"], r["achievement_pct"]
        if T is not None and R is not None and A is not None:
            exp = (T / R if r["lower_is_better"] else R / T) * 100
            bad = abs(exp - A) > 0.5
            if bad != (key(r) + (r["file"], r["page"]) in fcites["ACHIEVEMENT_MISMATCH"]):
                err("achievement arithmetic vs findings: %s %s exp %.2f stated %s" % (r["file"], r["indicator"], exp, A))
            if bad and abs(exp - A) < 3:
                err("planted achievement error too small: %s" % r["indicator"])
        if r["pagu"] is not None:
            ab = r["budget_realisation"] / r["pagu"] * 100
            if r["absorption_pct"] is None or abs(ab - r["absorption_pct"]) > 0.01:
                err("absorption arithmetic %s %s" % (r["file"], r["indicator"]))
            if (ab > 100) != (key(r) + (r["file"], r["page"]) in fcites["ABSORPTION_OVER_100"]):
                err("absorption>100 vs findings: %s" % r["indicator"])
    groups = defaultdict(list)
    for r in inds:
        groups[key(r)].append(r)
    for k, rs in groups.items():
        plans = [r for r in rs if byfile[r["file"]]["doc_type"] in generate.PLAN_TYPES]
        reps = [r for r in rs if byfile[r["file"]]["doc_type"] not in generate.PLAN_TYPES]
        rwt = any(r["realisation"] is not None for r in reps) and all(r["target"] is None for r in rs)
        if rwt != (k in fkeys["REALISATION_WITHOUT_TARGET"]):
            err("REALISATION_WITHOUT_TARGET mismatch %r" % (k,))
        tc = any(p["target"] is not None and q["target"] is not None and p["target"] != q["target"] for p in plans for q in reps)
        if tc != (k in fkeys["TARGET_CHANGED"]):
            err("TARGET_CHANGED mismatch %r" % (k,))
        cdc = False
        for g in (plans, reps):
            for i in range(len(g)):
                for j in range(i + 1, len(g)):
                    a, b = g[i], g[j]
                    if (a["target"] is not None and b["target"] is not None and a["target"] != b["target"]) or \
                            (a["realisation"] is not None and b["realisation"] is not None and a["realisation"] != b["realisation"]):
                        cdc = True
        if cdc != (k in fkeys["CROSS_DOCUMENT_CONFLICT"]):
            err("CROSS_DOCUMENT_CONFLICT mismatch %r" % (k,))
        if len({r["lower_is_better"] for r in rs}) > 1:
            err("inconsistent lower_is_better %r" % (k,))

    # ---- schema
    for d in docs:
        if set(d) != {"file", "opd", "fiscal_year", "layout", "pages", "doc_type"}:
            err("document keys %r" % d)
    for r in inds:
        if set(r) != {"file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit",
                      "target", "realisation", "achievement_pct", "lower_is_better", "pagu", "budget_realisation",
                      "absorption_pct"}:
            err("indicator keys %r" % r)

    if ERR:
        print("\nFAILED (%d):" % len(ERR))
        for e in ERR[:80]:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
