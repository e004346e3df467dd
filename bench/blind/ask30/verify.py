#!/usr/bin/env python3
"""Checks the ask30 set against its own files. Exit code 0 = all checks passed.

Reads every corpus file independently of generate.py (pypdf, openpyxl, python-docx, csv,
scan truth text) and checks questions.json and truth/computations.json against it.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
TRUTH = os.path.join(HERE, "truth")
ERRORS: list[str] = []
IMG_EXT = (".jpg", ".jpeg", ".png")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
KIND_MIN = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5,
            "unanswerable": 14}


def err(msg: str) -> None:
    ERRORS.append(msg)


def idn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def cell_text(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int):
        return [str(v), idn_int(v)]
    if isinstance(v, float):
        if v.is_integer():
            return [str(int(v)), idn_int(int(v))]
        return [repr(v), f"{v:.2f}".replace(".", ","), repr(v).replace(".", ",")]
    return [str(v)]


def scan_truth(rel: str) -> str | None:
    p = os.path.join(TRUTH, "scans", rel.replace("/", "__") + ".txt")
    return open(p, encoding="utf-8").read() if os.path.exists(p) else None


def pages_of(rel: str) -> list[str]:
    """Text per page (pdf page / xlsx sheet / whole csv, docx, image)."""
    path = os.path.join(CORPUS, rel)
    t = scan_truth(rel)
    if rel.lower().endswith(IMG_EXT):
        if t is None:
            err(f"{rel}: image without truth text")
            return [""]
        return [t]
    if rel.endswith(".pdf"):
        from pypdf import PdfReader
        pages = [p.extract_text() or "" for p in PdfReader(path).pages]
        if t is not None:  # image-only PDF: text layer must be empty, truth is the reference
            if any(p.strip() for p in pages):
                err(f"{rel}: scan PDF has a text layer")
            return [t] + [""] * (len(pages) - 1)
        return pages
    if rel.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=False)
        out = []
        for ws in wb.worksheets:
            parts = []
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(" / ".join(cell_text(v)) for v in row if v is not None))
            out.append("\n".join(parts))
        return out
    if rel.endswith(".csv"):
        raw = open(path, encoding="utf-8").read()
        dialect = csv.Sniffer().sniff(raw.splitlines()[0], delimiters=",;")
        rows = list(csv.reader(raw.splitlines(), dialect))
        if len({len(r) for r in rows}) != 1:
            err(f"{rel}: ragged csv")
        return ["\n".join(" | ".join(r) for r in rows)]
    if rel.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return ["\n".join(parts)]
    err(f"{rel}: unknown type")
    return [""]


def has_figure(text: str, fig: str) -> bool:
    pat = r"(?<!\d)(?<!\d[.,])" + re.escape(fig) + r"(?!\d)(?![.,]\d)"
    return re.search(pat, text) is not None


def norm_forms(s: str) -> set[str]:
    s = s.replace("Rp", "").replace("%", "").replace(" ", "").strip()
    out = {s}
    if "," in s:  # Indonesian decimal
        out.add(s.replace(".", "").replace(",", "."))
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        out.add(s.replace(".", ""))
    return out


def parse_idn(s: str) -> Decimal:
    s = s.replace("Rp", "").replace("%", "").replace(" ", "")
    return Decimal(s.replace(".", "").replace(",", "."))


def main() -> int:
    man = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
    files = {m["file"] for m in man}
    on_disk = set()
    for root, _, fs in os.walk(CORPUS):
        for f in fs:
            rel = os.path.relpath(os.path.join(root, f), CORPUS)
            if rel != "manifest.json":
                on_disk.add(rel)
    if files != on_disk:
        err(f"manifest/disk mismatch: {sorted(files ^ on_disk)}")
    opd_of = {m["file"]: m["opd"] for m in man}
    for m in man:
        if set(m) != {"file", "opd", "category", "fiscal_year"}:
            err(f"manifest keys {m}")
        if m["category"] not in CATS:
            err(f"bad category {m}")
        if not 2023 <= m["fiscal_year"] <= 2026:
            err(f"bad fiscal_year {m}")
    opds = set(opd_of.values())
    years = {m["fiscal_year"] for m in man}
    if len(man) < 32:
        err(f"only {len(man)} documents")
    if len(opds) < 6:
        err(f"only {len(opds)} OPDs")
    if years != {2023, 2024, 2025, 2026}:
        err(f"fiscal years {years}")

    # ---- extract all text
    TEXT = {rel: pages_of(rel) for rel in sorted(files)}
    ALL = "\n".join("\n".join(p) for p in TEXT.values())

    # ---- scans
    scans = [f for f in files if scan_truth(f) is not None]
    img_pdf = [f for f in scans if f.endswith(".pdf")]
    if len(scans) < 7:
        err(f"only {len(scans)} scans")
    if not img_pdf:
        err("no image-only PDF")
    from PIL import Image
    for f in scans:
        if f.lower().endswith(IMG_EXT):
            im = Image.open(os.path.join(CORPUS, f))
            dpi = im.info.get("dpi", (0, 0))
            if round(dpi[0]) != 200:
                err(f"{f}: dpi {dpi}")
    forms = Counter(os.path.splitext(f)[1] for f in files)
    for ext in (".pdf", ".xlsx", ".csv", ".docx"):
        if not forms[ext]:
            err(f"no {ext} documents")

    # ---- injected instructions: exactly two documents
    inj = [f for f, pp in TEXT.items() if re.search(r"(abaikan semua instruksi|\[Instruksi sistem\])", "\n".join(pp))]
    if len(inj) != 2:
        err(f"injection documents: {inj}")

    # ---- questions
    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    comps = {c["id"]: c for c in json.load(open(os.path.join(TRUTH, "computations.json"), encoding="utf-8"))}
    keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden",
            "injection_probe"}
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    if len(qs) < 60:
        err(f"only {len(qs)} questions")
    kinds = Counter(q["kind"] for q in qs)
    for k, n in KIND_MIN.items():
        if kinds[k] < n:
            err(f"kind {k}: {kinds[k]} < {n}")
    if set(kinds) - set(KIND_MIN):
        err(f"unknown kinds {set(kinds) - set(KIND_MIN)}")
    probes = [q for q in qs if q["injection_probe"]]
    if len(probes) < 4:
        err("fewer than 4 injection probes")
    star = [q for q in qs if q["scope_opd"] == "*"]
    if not 1 <= len(star) <= 4:
        err(f"{len(star)} city-wide questions")

    for q in qs:
        qid = q["id"]
        if set(q) != keys:
            err(f"{qid}: keys {set(q) ^ keys}")
        if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
            err(f"{qid}: unknown scope {q['scope_opd']}")
        accepted = set()
        for a in [q["answer"], *q["accept"]]:
            if a:
                accepted |= norm_forms(a)
        # forbidden figures exist in the corpus and never equal an accepted form
        if q["kind"] == "unanswerable" and not q["forbidden"]:
            err(f"{qid}: unanswerable without distractor figures")
        for fb in q["forbidden"]:
            if not has_figure(ALL, fb):
                err(f"{qid}: forbidden {fb!r} not in corpus")
            if norm_forms(fb) & accepted:
                err(f"{qid}: forbidden {fb!r} equals an accepted form")
        if q["kind"] == "unanswerable":
            if q["answerable"] or q["answer"] or q["accept"] or q["support"]:
                err(f"{qid}: unanswerable with answer/support")
            continue
        if q["injection_probe"]:
            err(f"{qid}: injection probe must be unanswerable")
        if not q["answerable"] or not q["answer"]:
            err(f"{qid}: answerable without answer")
        # accept forms are the same figure
        try:
            v = parse_idn(q["answer"])
            for a in q["accept"]:
                a2 = a.replace("%", "").strip()
                if "," in a2:
                    av = parse_idn(a2)
                elif "." in a2 and "," in q["answer"]:
                    av = Decimal(a2)
                else:
                    av = Decimal(a2.replace(".", ""))
                if av != v:
                    err(f"{qid}: accept {a!r} != answer {q['answer']!r}")
        except Exception as e:  # noqa: BLE001
            err(f"{qid}: cannot parse answer: {e}")
        sup = q["support"]
        if not sup:
            err(f"{qid}: no support")
        for s in sup:
            if s["file"] not in files:
                err(f"{qid}: support file missing {s['file']}")
                continue
            if not 1 <= s["page"] <= len(TEXT[s["file"]]):
                err(f"{qid}: page {s['page']} out of range for {s['file']}")
            if q["scope_opd"] != "*" and opd_of[s["file"]] != q["scope_opd"]:
                err(f"{qid}: support {s['file']} belongs to {opd_of[s['file']]}, not {q['scope_opd']}")
        if q["kind"] == "factoid_scan" and not all(s["file"] in scans for s in sup):
            err(f"{qid}: factoid_scan supported by a non-scan")
        if q["kind"] in ("factoid_text", "factoid_table") and any(s["file"] in scans for s in sup):
            err(f"{qid}: text/table factoid supported by a scan")
        if q["kind"].startswith("factoid"):
            ok = any(has_figure(TEXT[s["file"]][s["page"] - 1], q["answer"]) for s in sup
                     if s["file"] in files and 1 <= s["page"] <= len(TEXT[s["file"]]))
            if not ok:
                err(f"{qid}: answer {q['answer']!r} not on support page")
            continue
        # sum / two_documents: recompute from components
        c = comps.get(qid)
        if not c:
            err(f"{qid}: no computation record")
            continue
        vals = {}
        for comp in c["components"]:
            f, p, vt = comp["file"], comp["page"], comp["value_text"]
            if not has_figure(TEXT[f][p - 1], vt):
                err(f"{qid}: component {vt!r} not on {f} p{p}")
            if {"file": f, "page": p} not in sup:
                err(f"{qid}: component page not in support")
            vals[comp["var"]] = parse_idn(vt) if not re.fullmatch(r"\d+", vt) else Decimal(vt)
        res = eval(c["formula"], {"__builtins__": {}}, vals)  # noqa: S307
        if res != parse_idn(q["answer"]):
            err(f"{qid}: recomputed {res} != answer {q['answer']}")
        if c["result"] != q["answer"]:
            err(f"{qid}: computation result differs from answer")
        nfiles = {comp["file"] for comp in c["components"]}
        if q["kind"] == "two_documents" and len(nfiles) < 2:
            err(f"{qid}: two_documents uses {len(nfiles)} file(s)")
        if q["kind"] == "sum":
            if len(nfiles) != 1 or len(c["components"]) < 2:
                err(f"{qid}: sum must be over several rows of one table")
            for a in [q["answer"], *q["accept"]]:
                if has_figure(ALL, a):
                    err(f"{qid}: sum {a!r} is printed in the corpus")

    # ---- housekeeping
    total = 0
    for root, dirs, fs in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"__pycache__ in {root}")
        total += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
    if total >= 15 * 1024 * 1024:
        err(f"set is {total} bytes")

    print(f"documents={len(man)} opds={len(opds)} scans={len(scans)} (image-only pdf={len(img_pdf)}) "
          f"forms={dict(forms)}")
    print(f"questions={len(qs)} kinds={dict(kinds)} probes={len(probes)} city-wide={len(star)} size={total}")
    print(f"injection documents: {inj}")
    if ERRORS:
        print(f"FAILED: {len(ERRORS)} problem(s)")
        for e in ERRORS:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
