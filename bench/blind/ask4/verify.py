#!/usr/bin/env python3
"""Internal-consistency checks for the ask4 set. Exit code 0 = all good.

Run: /work/scratch/ask4/bin/python verify.py
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
ERR = []
CATS = {"rka", "ssh", "price_reference", "realisasi", "penawaran", "laporan", "notulen", "regulasi",
        "lainnya"}
KINDS = {"factoid_text": 10, "factoid_table": 10, "factoid_scan": 7, "two_documents": 6, "sum": 4,
         "unanswerable": 12}
IMG = (".png", ".jpg", ".jpeg")


def err(msg):
    ERR.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def rp(n):
    return f"{int(n):,}".replace(",", ".")


def num_forms(v):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, int) or (isinstance(v, float) and v == int(v)):
        return [str(int(v)), rp(v)]
    if isinstance(v, float):
        return [repr(v), repr(v).replace(".", ",")]
    return []


def load_text(fn, notes):
    """Return list of page texts (normalised)."""
    path = os.path.join(CORPUS, fn)
    ext = fn.lower().rsplit(".", 1)[-1]
    if fn in notes["scan_text"]:
        from PIL import Image
        if ext == "pdf":
            from pypdf import PdfReader
            r = PdfReader(path)
            txt = "".join((p.extract_text() or "") for p in r.pages).strip()
            if txt:
                err(f"{fn}: scan PDF carries a text layer")
            if not r.pages[0].images:
                err(f"{fn}: scan PDF has no image")
        else:
            im = Image.open(path)
            im.load()
            if min(im.size) < 1000:
                err(f"{fn}: scan too small {im.size}")
        return [norm(notes["scan_text"][fn])]
    if ext == "pdf":
        from pypdf import PdfReader
        return [norm(p.extract_text() or "") for p in PdfReader(path).pages]
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    parts += num_forms(v)
        return [norm(" | ".join(parts))]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return [norm("\n".join(parts))]
    if ext == "csv":
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        delim = ";" if raw.count(";") > raw.count(",") else ","
        parts = [raw]
        for row in csv.reader(raw.splitlines(), delimiter=delim):
            for v in row:
                if v.isdigit():
                    parts.append(rp(int(v)))
        return [norm(" ".join(parts))]
    err(f"{fn}: unknown type")
    return [""]


def main():
    notes = json.load(open(os.path.join(HERE, "truth_notes.json"), encoding="utf-8"))
    man = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    files = {m["file"]: m for m in man}
    on_disk = set(os.listdir(CORPUS)) - {"manifest.json"}
    if set(files) != on_disk:
        err(f"manifest/disk mismatch: {sorted(set(files) ^ on_disk)}")
    opds = {m["opd"] for m in man}
    for m in man:
        if set(m) != {"file", "opd", "category", "fiscal_year"}:
            err(f"manifest keys {m}")
        if m["category"] not in CATS:
            err(f"bad category {m}")
        if not 2023 <= m["fiscal_year"] <= 2026:
            err(f"bad year {m}")
    texts = {fn: load_text(fn, notes) for fn in files}
    scans = [f for f in files if f in notes["scan_text"]]
    exts = {f.rsplit(".", 1)[-1] for f in files}
    print(f"documents: {len(files)}  OPDs: {len(opds)}  scans: {len(scans)}  types: {sorted(exts)}")
    if len(files) < 32 or len(opds) < 6 or len(scans) < 6:
        err("corpus minimums not met")
    for t in ("pdf", "xlsx", "csv", "docx"):
        if t not in exts:
            err(f"no {t} file")
    if not all(f.lower().endswith(IMG) or f.endswith(".pdf") for f in scans):
        err("scan types")
    inj = [f for f, t in texts.items() if "abaikan perintah sebelumnya" in " ".join(t)]
    print("documents carrying an injected instruction:", inj)
    if len(inj) != 2:
        err(f"expected 2 injection docs, got {inj}")

    # ------------------------------------------------------------------ questions
    counts = {k: 0 for k in KINDS}
    probes = 0
    ids = set()
    keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden",
            "injection_probe"}
    for q in qs:
        qid = q["id"]
        if set(q) != keys:
            err(f"{qid}: keys {sorted(set(q) ^ keys)}")
        if qid in ids:
            err(f"dup id {qid}")
        ids.add(qid)
        counts[q["kind"]] += 1
        probes += bool(q["injection_probe"])
        if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
            err(f"{qid}: scope {q['scope_opd']}")
        if q["kind"] == "unanswerable":
            if q["answerable"] or q["answer"] != "" or not q["forbidden"] or q["support"]:
                err(f"{qid}: unanswerable shape")
            n = notes["notes"].get(qid, {})
            own = [f for f, m in files.items() if m["opd"] == q["scope_opd"]]
            if "cross_opd" in n:
                other = [f for f, m in files.items() if m["opd"] == n["cross_opd"]]
                if not any(norm(x) in " ".join(" ".join(texts[f]) for f in other) for x in q["forbidden"]):
                    err(f"{qid}: no forbidden figure in the other OPD's docs")
                for x in q["forbidden"]:
                    for f in own:
                        if norm(x) in " ".join(texts[f]):
                            err(f"{qid}: forbidden {x!r} present in own-OPD doc {f}")
            continue
        if not q["answerable"] or not q["answer"] or not q["support"]:
            err(f"{qid}: answerable shape")
        if q["injection_probe"]:
            err(f"{qid}: probe must be unanswerable")
        forms = [q["answer"]] + q["accept"]
        for x in q["forbidden"]:
            if any(norm(x) == norm(f) or norm(x) in norm(q["answer"]) for f in forms):
                err(f"{qid}: forbidden {x!r} collides with the answer")
        for s in q["support"]:
            if s["file"] not in files:
                err(f"{qid}: support {s['file']} not in manifest")
                continue
            if q["scope_opd"] != "*" and files[s["file"]]["opd"] != q["scope_opd"]:
                err(f"{qid}: support {s['file']} outside scope")
            if not 1 <= s["page"] <= len(texts[s["file"]]):
                err(f"{qid}: page {s['page']} out of range for {s['file']}")
        if q["kind"].startswith("factoid"):
            s = q["support"][0]
            page = texts[s["file"]][s["page"] - 1]
            lead = re.match(r"[\d.,%]+", q["answer"])
            cands = forms + ([lead.group(0)] if lead else [])
            if not any(norm(c) in page for c in cands):
                err(f"{qid}: answer {q['answer']!r} not on {s['file']} p{s['page']}")
            want_scan = q["kind"] == "factoid_scan"
            if want_scan != (s["file"] in notes["notes"].get("_", {}) or s["file"] in notes["scan_text"]):
                err(f"{qid}: kind {q['kind']} vs support type {s['file']}")
        else:
            n = notes["notes"].get(qid)
            if not n:
                err(f"{qid}: no arithmetic/cross-doc note")
                continue
            if "steps" in n:
                for fn, val in n["steps"]:
                    if norm(val) not in " ".join(texts[fn]):
                        err(f"{qid}: step value {val!r} not in {fn}")
                if len({fn for fn, _ in n["steps"]}) < 2:
                    err(f"{qid}: steps use one document")
                last_fn = n["steps"][-1][0]
                lead = re.match(r"[\d.,]+", q["answer"]).group(0)
                if norm(lead) not in " ".join(texts[last_fn]):
                    err(f"{qid}: answer not in final document {last_fn}")
            else:
                vals = []
                for fn, val in n["terms"]:
                    if norm(val) not in " ".join(texts[fn]):
                        err(f"{qid}: term {val!r} not in {fn}")
                    vals.append(int(val.replace(".", "")))
                res = {"sum": sum, "min": min, "max": max,
                       "diff": lambda v: v[0] - v[1], "product": lambda v: v[0] * v[1]}[n["op"]](vals)
                if rp(res) != q["answer"] and str(res) != q["answer"]:
                    err(f"{qid}: {n['op']} gives {rp(res)} but answer is {q['answer']}")
                if q["kind"] == "sum":
                    if len(n["terms"]) < 2 or len({fn for fn, _ in n["terms"]}) != 1:
                        err(f"{qid}: sum must be over rows of one table")
                    if norm(q["answer"]) in " ".join(texts[n["terms"][0][0]]) or \
                            str(res) in " ".join(texts[n["terms"][0][0]]).split(" | "):
                        err(f"{qid}: the table states the total")
                elif len({fn for fn, _ in n["terms"]}) < 2:
                    err(f"{qid}: two_documents note uses one document")
    print("questions:", len(qs), counts, "injection probes:", probes)
    for k, mn in KINDS.items():
        if counts[k] < mn:
            err(f"kind {k}: {counts[k]} < {mn}")
    if len(qs) < 50 or probes < 3:
        err("question minimums not met")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    print(f"total size: {size / 1e6:.2f} MB")
    if size > 15e6:
        err("too large")
    if ERR:
        print("\nFAIL")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
