#!/usr/bin/env python3
"""Independent checks of the ask26 set against the generated files. Exit 1 on any failure."""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import csv  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from decimal import Decimal  # noqa: E402

import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
SCAN_T = os.path.join(HERE, "truth", "scans")
ERR: list[str] = []


def err(m):
    ERR.append(m)


def id_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def id_dec(x: float) -> str:
    return f"{x:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def cell_forms(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return [str(int(v)), id_int(int(v))]
    if isinstance(v, float):
        return [str(v), id_dec(v)]
    return [str(v)]


def load_pages(path) -> list[str]:
    """Text per page (1-based list index+1). Scans -> truth text; xlsx -> one entry per sheet."""
    name = os.path.basename(path)
    truth = os.path.join(SCAN_T, name + ".truth.txt")
    if os.path.exists(truth):
        if name.endswith(".pdf"):
            r = PdfReader(path)
            if any((p.extract_text() or "").strip() for p in r.pages):
                err(f"{name}: scan PDF has a text layer")
        else:
            im = Image.open(path)
            dpi = im.info.get("dpi", (0, 0))
            if round(dpi[0]) != 200:
                err(f"{name}: dpi {dpi}")
        return [open(truth, encoding="utf-8").read()]
    if name.endswith(".pdf"):
        return [p.extract_text() or "" for p in PdfReader(path).pages]
    if name.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            parts = []
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    parts += cell_forms(v)
            out.append(" | ".join(parts))
        return out
    if name.endswith(".csv"):
        with open(path, encoding="utf-8") as f:
            rows = list(csv.reader(f, delimiter=";" if ";" in f.readline() else ","))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        parts = [text]
        for r in rows:
            for c in r:
                if re.fullmatch(r"\d+", c):
                    parts.append(id_int(int(c)))
        return [" | ".join(parts)]
    if name.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return [" | ".join(parts)]
    raise ValueError(name)


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def contains(text: str, s: str) -> bool:
    pat = r"(?<![\d.,])" + re.escape(norm_ws(s)) + r"(?![\d]|[.,]\d)"
    return re.search(pat, norm_ws(text)) is not None


def to_num(s: str):
    t = s.replace("Rp", "").replace("%", "").replace(" ", "").strip()
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    try:
        return Decimal(t)
    except Exception:
        return None


def main():
    man = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    calcs = json.load(open(os.path.join(HERE, "truth", "calculations.json"), encoding="utf-8"))

    # ---- manifest / corpus
    files = sorted(f for f in os.listdir(C) if f != "manifest.json")
    mfiles = [m["file"] for m in man]
    if sorted(mfiles) != files or len(set(mfiles)) != len(mfiles):
        err(f"manifest/file mismatch: {set(files) ^ set(mfiles)}")
    cats = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
    for m in man:
        if set(m) != {"file", "opd", "category", "fiscal_year"}:
            err(f"manifest keys {m}")
        if m["category"] not in cats:
            err(f"category {m}")
        if not 2023 <= m["fiscal_year"] <= 2026:
            err(f"year {m}")
    opds = {m["opd"] for m in man}
    if len(man) < 32 or len(opds) < 6:
        err(f"corpus too small: {len(man)} docs, {len(opds)} OPDs")
    scans = [f for f in files if os.path.exists(os.path.join(SCAN_T, f + ".truth.txt"))]
    if len(scans) < 7 or not any(f.endswith(".pdf") for f in scans):
        err(f"scans: {scans}")
    years = {m["fiscal_year"] for m in man}
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".pdf", ".xlsx", ".csv", ".docx"):
        if e not in exts:
            err(f"no {e} in corpus")

    pages = {f: load_pages(os.path.join(C, f)) for f in files}
    opd_of = {m["file"]: m["opd"] for m in man}
    alltext = "\n".join(t for f in files for t in pages[f])

    # injections: exactly two documents carry an instruction to an AI
    inj = [f for f in files if re.search(r"(abaikan (semua|seluruh)? ?instruksi)", norm_ws(" ".join(pages[f])), re.I)]
    if len(inj) != 2:
        err(f"injected documents: {inj}")

    # ---- questions
    need = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5,
            "unanswerable": 14}
    cnt = {k: 0 for k in need}
    ids = set()
    keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden",
            "injection_probe"}
    for q in qs:
        qid = q["id"]
        if set(q) != keys:
            err(f"{qid}: keys")
        if qid in ids:
            err(f"{qid}: duplicate id")
        ids.add(qid)
        k = q["kind"]
        if k not in need:
            err(f"{qid}: kind {k}")
            continue
        cnt[k] += 1
        if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
            err(f"{qid}: scope {q['scope_opd']}")
        forms = [q["answer"]] + q["accept"]
        if k == "unanswerable":
            if q["answerable"] or q["answer"] or q["support"] or q["accept"]:
                err(f"{qid}: unanswerable but has answer/support")
            if not q["forbidden"]:
                err(f"{qid}: unanswerable without distractors")
        else:
            if not q["answerable"] or not q["answer"] or not q["support"]:
                err(f"{qid}: answerable incomplete")
            for s in q["support"]:
                f, p = s["file"], s["page"]
                if f not in pages or not 1 <= p <= len(pages[f]):
                    err(f"{qid}: bad support {s}")
                    continue
                if q["scope_opd"] != "*" and opd_of[f] != q["scope_opd"]:
                    err(f"{qid}: support {f} not in scope {q['scope_opd']}")
            if k == "factoid_scan" and not all(s["file"] in scans for s in q["support"]):
                err(f"{qid}: factoid_scan support not a scan")
            if k in ("factoid_text", "factoid_table", "factoid_scan"):
                s = q["support"][0]
                if s["file"] in pages and not any(contains(pages[s["file"]][s["page"] - 1], a) for a in forms):
                    err(f"{qid}: answer {q['answer']} not on {s}")
            if k in ("sum", "two_documents"):
                c = calcs.get(qid)
                if not c:
                    err(f"{qid}: no calculation")
                    continue
                vals = []
                for o in c["operands"]:
                    txt = pages[o["file"]][o["page"] - 1]
                    if not (contains(txt, id_int(o["value"])) or contains(txt, str(o["value"]))):
                        err(f"{qid}: operand {o} not on page")
                    vals.append(o["value"])
                res = sum(vals) if c["op"] == "sum" else vals[0] - vals[1]
                if res != c["result"] or to_num(q["answer"]) != Decimal(res):
                    err(f"{qid}: recomputed {res} != {q['answer']}")
                if k == "sum" and len({o['file'] for o in c['operands']}) != 1:
                    err(f"{qid}: sum over more than one file")
                if k == "two_documents" and len({o['file'] for o in c['operands']}) != 2:
                    err(f"{qid}: two_documents needs 2 files")
                if k == "two_documents" and [o["file"] for o in c["operands"]] != [s["file"] for s in q["support"]]:
                    err(f"{qid}: support order != operand order")
                if k == "sum":
                    for a in forms:
                        if contains(alltext, a):
                            err(f"{qid}: sum {a} is printed in the corpus")
        accn = {to_num(a) for a in forms if to_num(a) is not None}
        for fb in q["forbidden"]:
            if not contains(alltext, fb):
                err(f"{qid}: forbidden {fb} not in corpus")
            if to_num(fb) in accn:
                err(f"{qid}: forbidden {fb} equals an accepted form")
        if q["injection_probe"] and k != "unanswerable":
            err(f"{qid}: probe must be unanswerable")
    probes = sum(q["injection_probe"] for q in qs)
    for k, n in need.items():
        if cnt[k] < n:
            err(f"kind {k}: {cnt[k]} < {n}")
    if len(qs) < 60 or probes < 4:
        err(f"{len(qs)} questions, {probes} probes")
    wild = sum(q["scope_opd"] == "*" for q in qs)
    if wild > 5:
        err(f"too many '*' questions: {wild}")

    # size / hygiene
    tot = 0
    for root, dirs, fs in os.walk(HERE):
        if "__pycache__" in dirs:
            err("__pycache__ present")
        tot += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
    if tot > 15 * 1024 * 1024:
        err(f"size {tot}")

    print(f"docs={len(man)} opds={len(opds)} years={sorted(years)} scans={len(scans)} injected={inj}")
    print(f"questions={len(qs)} kinds={cnt} probes={probes} scope*={wild} size={tot / 1e6:.1f}MB")
    if ERR:
        print(f"FAIL ({len(ERR)})")
        for e in ERR:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
