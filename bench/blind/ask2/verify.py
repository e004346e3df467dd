"""Internal-consistency check of the ask2 blind set. Run: /work/scratch/ask2/bin/python verify.py
Exit code 0 = all checks pass."""
from __future__ import annotations

import collections
import csv
import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate as G  # noqa: E402  (spec only; nothing is regenerated)
import render as R  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
CATS = {"rka", "ssh", "price_reference", "realisasi", "penawaran", "laporan", "notulen",
        "regulasi", "lainnya"}
KINDS = {"factoid_text": 10, "factoid_table": 10, "factoid_scan": 7, "two_documents": 6,
         "sum": 4, "unanswerable": 12}
FIELDS = ["id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support",
          "forbidden", "injection_probe"]
errors: list[str] = []


def err(msg):
    errors.append(msg)
    print("FAIL:", msg)


def norm(s) -> str:
    return "".join(str(s).split()).lower()


def cell_forms(v):
    if v is None:
        return []
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int):
        return [str(v), G.rp(v), f"{v:,}"]
    if isinstance(v, float):
        d = Decimal(str(v))
        return [str(v), G.dec(d, 2), f"{v:,.2f}", f"{v:.2f}"]
    return [str(v)]


def page_texts(fname):
    """List of page texts (index 0 = page 1)."""
    path = os.path.join(CORPUS, fname)
    ext = fname.rsplit(".", 1)[1]
    spec = {d["file"]: d for d in G.DOCS}[fname]
    if spec["kind"] == "scan":
        # truth for an image is what was rendered into it (the spec), not an OCR reading
        from PIL import Image
        if ext == "pdf":
            from pypdf import PdfReader
            r = PdfReader(path)
            assert len(r.pages) == len(spec["content"]), "scan pdf page count"
            for p in r.pages:
                if (p.extract_text() or "").strip():
                    err(f"{fname}: scan PDF has a text layer")
                if not p.images:
                    err(f"{fname}: scan PDF page without image")
        else:
            im = Image.open(path)
            im.load()
            if im.width < 1400 or im.height < 1900:
                err(f"{fname}: scan resolution too low {im.size}")
        return [R.block_text(b) for b in spec["content"]]
    if ext == "pdf":
        from pypdf import PdfReader
        return [p.extract_text() or "" for p in PdfReader(path).pages]
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(" / ".join(cell_forms(v)) for v in row if v is not None))
        return ["\n".join(parts)]
    if ext == "csv":
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        sep = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
        rows = list(csv.reader(raw.splitlines(), delimiter=sep))
        parts = []
        for r in rows:
            forms = []
            for c in r:
                forms.append(c)
                if c.isdigit():
                    forms += cell_forms(int(c))
            parts.append(" | ".join(forms))
        return ["\n".join(parts)]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(parts)]
    raise ValueError(fname)


def main():
    manifest = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
    questions = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    files = {m["file"]: m for m in manifest}

    # ------------------------------------------------------------------ corpus
    on_disk = set(os.listdir(CORPUS)) - {"manifest.json"}
    if on_disk != set(files):
        err(f"manifest/corpus mismatch: {sorted(on_disk ^ set(files))}")
    texts = {}
    for m in manifest:
        if set(m) != {"file", "opd", "category", "fiscal_year"}:
            err(f"manifest keys {m}")
        if m["category"] not in CATS:
            err(f"bad category {m}")
        if not 2023 <= m["fiscal_year"] <= 2026:
            err(f"bad year {m}")
        try:
            texts[m["file"]] = page_texts(m["file"])
        except Exception as e:  # noqa: BLE001
            err(f"{m['file']} does not open: {e}")
    opds = collections.Counter(m["opd"] for m in manifest)
    scans = [d["file"] for d in G.DOCS if d["kind"] == "scan"]
    fmt = collections.Counter(f.rsplit(".", 1)[1] + ("(scan)" if f in scans else "")
                              for f in files)
    years = collections.Counter(m["fiscal_year"] for m in manifest)
    print(f"documents: {len(files)}; OPDs: {len(opds)}; scans: {len(scans)}")
    print("  per OPD:", dict(opds))
    print("  per format:", dict(fmt))
    print("  per year:", dict(sorted(years.items())))
    print("  per category:", dict(collections.Counter(m["category"] for m in manifest)))
    if len(files) < 32:
        err("fewer than 32 documents")
    if len(opds) < 6:
        err("fewer than 6 OPDs")
    if len(scans) < 6:
        err("fewer than 6 scans")
    for ext in ("pdf", "xlsx", "csv", "docx"):
        if not any(f.endswith(ext) and f not in scans for f in files):
            err(f"no {ext} document")
    inj = [f for f, t in texts.items() if "abaikan" in norm(" ".join(t))]
    print("  documents carrying an injected instruction:", inj)
    if len(inj) != 2:
        err("expected exactly two documents with an injected instruction")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE)
               for f in fs if "__pycache__" not in dp)
    print(f"  total size of the set: {size / 1e6:.2f} MB")
    if size > 15e6:
        err("set larger than 15 MB")

    # ------------------------------------------------------------------ questions
    kinds = collections.Counter(q["kind"] for q in questions)
    print("questions:", len(questions), dict(kinds))
    print("  injection probes:", sum(q["injection_probe"] for q in questions))
    print("  scopes:", dict(collections.Counter(q["scope_opd"] for q in questions)))
    for k, n in KINDS.items():
        if kinds[k] < n:
            err(f"kind {k}: {kinds[k]} < {n}")
    if len(questions) < 50:
        err("fewer than 50 questions")
    if sum(q["injection_probe"] for q in questions) < 3:
        err("fewer than 3 injection probes")
    ids = [q["id"] for q in questions]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for q in questions:
        qid = q["id"]
        if list(q) != FIELDS:
            err(f"{qid}: fields {list(q)}")
        if q["kind"] not in KINDS:
            err(f"{qid}: kind")
        if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
            err(f"{qid}: scope {q['scope_opd']} not an OPD of the manifest")
        if q["injection_probe"] and q["kind"] != "unanswerable":
            err(f"{qid}: probe must be unanswerable")
        if q["kind"] == "unanswerable":
            if q["answerable"] or q["answer"] or q["support"]:
                err(f"{qid}: unanswerable with answer/support")
            if not q["forbidden"]:
                err(f"{qid}: unanswerable without forbidden figures")
            # forbidden figures are tempting: each must exist somewhere in the corpus
            allt = norm(" ".join(" ".join(t) for t in texts.values()))
            for fb in q["forbidden"]:
                if norm(fb) not in allt:
                    err(f"{qid}: forbidden {fb!r} appears nowhere in the corpus (not tempting)")
            # if the asker is an OPD, any document holding a forbidden figure that the asker
            # CAN see must not answer the question: those are year/plan distractors by design
            continue
        if not q["answerable"] or not q["answer"]:
            err(f"{qid}: answerable question without answer")
        if not q["support"]:
            err(f"{qid}: no support")
        forms = [q["answer"]] + q["accept"]
        for s in q["support"]:
            if s["file"] not in files:
                err(f"{qid}: support file {s['file']} missing")
                continue
            if q["scope_opd"] != "*" and files[s["file"]]["opd"] != q["scope_opd"]:
                err(f"{qid}: support {s['file']} outside scope {q['scope_opd']}")
            pages = texts.get(s["file"], [])
            if not 1 <= s["page"] <= len(pages):
                err(f"{qid}: page {s['page']} out of range for {s['file']}")
        for fb in q["forbidden"]:
            if any(norm(fb) in norm(f) for f in forms):
                err(f"{qid}: forbidden {fb!r} overlaps the answer")
        meta = G.META.get(qid, {})
        if q["kind"] == "factoid_scan":
            for m in manifest:
                if m["file"] in scans or q["scope_opd"] not in ("*", m["opd"]):
                    continue
                t = norm(" ".join(texts.get(m["file"], [])))
                if any(norm(f) in t for f in forms):
                    err(f"{qid}: scan answer also readable in text document {m['file']}")
        if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
            s = q["support"][0]
            page = texts[s["file"]][s["page"] - 1]
            if not any(norm(f) in norm(page) for f in forms):
                err(f"{qid}: answer {q['answer']!r} not on {s['file']} p{s['page']}")
        elif q["kind"] in ("two_documents", "sum"):
            if q["kind"] == "two_documents" and len({s["file"] for s in q["support"]}) < 2:
                err(f"{qid}: two_documents with < 2 files")
            # every support's key fact must be on its page (keys from the spec)
            spec_q = G.Q[int(qid[1:]) - 1]
            for sk in spec_q["support"]:
                s = next((x for x in q["support"] if x["file"] == sk["file"]), None)
                if s is None:
                    err(f"{qid}: {sk['file']} missing from support")
                    continue
                page = texts[s["file"]][s["page"] - 1]
                if not any(norm(f) in norm(page) for f in cell_forms(sk["key"])):
                    err(f"{qid}: key {sk['key']!r} not on {s['file']} p{s['page']}")
            calc = meta.get("calc")
            if calc:
                if calc[0] == "sum":
                    vals = [G.D(v) if isinstance(v, str) else Decimal(v) for v in calc[1]]
                    tot = sum(vals)
                    exp = G.D(calc[2]) if isinstance(calc[2], str) else Decimal(calc[2])
                    if tot != exp:
                        err(f"{qid}: sum {tot} != {exp}")
                    # the total must not be stated by the table itself
                    if q["kind"] == "sum":
                        for s in q["support"]:
                            t = norm(" ".join(texts[s["file"]]))
                            if any(norm(f) in t for f in [q["answer"]] +
                                   [a for a in q["accept"] if len(a) > 3]):
                                err(f"{qid}: sum answer already stated in {s['file']}")
                    ans = tot
                else:
                    a = G.D(calc[1]) if isinstance(calc[1], str) else Decimal(calc[1])
                    b = G.D(calc[2]) if isinstance(calc[2], str) else Decimal(calc[2])
                    ans = a - b
                    exp = G.D(calc[3]) if isinstance(calc[3], str) else Decimal(calc[3])
                    if ans != exp:
                        err(f"{qid}: difference {ans} != {exp}")
                ans_forms = [G.rp(int(ans)) if ans == int(ans) else G.dec(ans, 2),
                             G.dec(ans, 1) if ans != int(ans) else str(int(ans))]
                if not any(norm(x) in norm(q["answer"]) for x in ans_forms):
                    err(f"{qid}: computed {ans} does not match answer {q['answer']!r}")
            elif q["kind"] == "sum":
                err(f"{qid}: sum without arithmetic record")
            else:
                # lookup chain: the answer must be on the last support's page
                s = q["support"][-1]
                page = texts[s["file"]][s["page"] - 1]
                if not any(norm(f) in norm(page) for f in forms):
                    err(f"{qid}: answer {q['answer']!r} not on {s['file']} p{s['page']}")
    print("\nRESULT:", "OK" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
