#!/usr/bin/env python3
"""Internal consistency checks for the ask7 set. Exit code 0 = pass.

Run: /work/scratch/ask7/bin/python verify.py
"""
import csv
import io
import json
import os
import sys
from collections import Counter

import docx
import openpyxl
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
ERR = []
CATS = {"rka", "ssh", "price_reference", "realisasi", "penawaran", "laporan", "notulen", "regulasi", "lainnya"}
KINDS = {"factoid_text": 10, "factoid_table": 10, "factoid_scan": 7, "two_documents": 6, "sum": 4, "unanswerable": 12}
IMG = (".jpg", ".jpeg", ".png")


def err(msg):
    ERR.append(msg)


def fmt(n):
    return f"{int(n):,}".replace(",", ".")


def norm(s):
    return "".join(str(s).lower().split())


manifest = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
questions = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
scans = json.load(open(os.path.join(HERE, "truth", "scan_transcripts.json"), encoding="utf-8"))
checks = json.load(open(os.path.join(HERE, "truth", "checks.json"), encoding="utf-8"))

by_file = {m["file"]: m for m in manifest}
on_disk = sorted(f for f in os.listdir(CORPUS) if f != "manifest.json")
if sorted(by_file) != on_disk:
    err(f"manifest/disk mismatch: {set(by_file) ^ set(on_disk)}")

# ---------------------------------------------------------------- open files & extract text (per page)
TEXT = {}     # file -> {page: text}
TABLES = {}   # file -> list of rows (list of str)
has_docx_table = False
for m in manifest:
    f = m["file"]
    p = os.path.join(CORPUS, f)
    if m["category"] not in CATS:
        err(f"{f}: bad category")
    if not 2023 <= m["fiscal_year"] <= 2026:
        err(f"{f}: fiscal year")
    try:
        if f in scans:
            if f.endswith(".pdf"):
                r = PdfReader(p)
                txt = "".join(pg.extract_text() or "" for pg in r.pages)
                if txt.strip():
                    err(f"{f}: scan PDF has a text layer")
                if not r.pages[0].images:
                    err(f"{f}: scan PDF without image")
            else:
                im = Image.open(p)
                im.load()
                dpi = im.info.get("dpi", (0, 0))[0]
                if not 190 <= round(dpi) <= 310:
                    err(f"{f}: dpi {dpi}")
            TEXT[f] = {1: scans[f]}
            TABLES[f] = [ln.split(" | ") for ln in scans[f].splitlines()]
        elif f.endswith(".pdf"):
            r = PdfReader(p)
            TEXT[f] = {i + 1: pg.extract_text() for i, pg in enumerate(r.pages)}
        elif f.endswith(".xlsx"):
            wb = openpyxl.load_workbook(p, data_only=True)
            parts, rows = [], []
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    rr = []
                    for v in row:
                        if v is None:
                            rr.append("")
                            continue
                        rr.append(str(v))
                        parts.append(str(v))
                        if isinstance(v, int):
                            parts.append(fmt(v))
                    rows.append(rr)
            TEXT[f] = {1: "\n".join(parts)}
            TABLES[f] = rows
        elif f.endswith(".csv"):
            raw = open(p, encoding="utf-8").read()
            delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
            rows = list(csv.reader(io.StringIO(raw), delimiter=delim))
            extra = [fmt(c) for r in rows for c in r if c.isdigit()]
            TEXT[f] = {1: raw + "\n" + "\n".join(extra)}
            TABLES[f] = rows
        elif f.endswith(".docx"):
            d = docx.Document(p)
            parts = [pp.text for pp in d.paragraphs]
            rows = []
            for t in d.tables:
                has_docx_table = True
                for r in t.rows:
                    rows.append([c.text for c in r.cells])
                    parts.append(" | ".join(c.text for c in r.cells))
            TEXT[f] = {1: "\n".join(parts)}
            TABLES[f] = rows
        else:
            err(f"{f}: unknown type")
    except Exception as e:  # noqa: BLE001
        err(f"{f}: cannot open: {e}")

ALL = {f: "\n".join(t.values()) for f, t in TEXT.items()}

# ---------------------------------------------------------------- corpus-level requirements
opds = {m["opd"] for m in manifest}
n_scan = len(scans)
ext = Counter(os.path.splitext(f)[1] for f in by_file)
if len(manifest) < 32:
    err("fewer than 32 documents")
if len(opds) < 6:
    err("fewer than 6 OPDs")
if n_scan < 6:
    err("fewer than 6 scans")
if not has_docx_table:
    err("no docx with a table")
for e in (".pdf", ".xlsx", ".csv", ".docx"):
    if ext[e] == 0:
        err(f"no {e} file")
inj = [f for f, t in ALL.items() if "abaikan perintah sebelumnya" in t.lower()]
if len(inj) < 2:
    err(f"injected documents: {inj}")

# ---------------------------------------------------------------- questions
kinds = Counter(q["kind"] for q in questions)
for k, n in KINDS.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(questions) < 50:
    err("fewer than 50 questions")
probes = [q for q in questions if q["injection_probe"]]
if len(probes) < 3 or any(q["answerable"] for q in probes):
    err("injection probes")
ids = [q["id"] for q in questions]
if len(set(ids)) != len(ids):
    err("duplicate ids")


def parse_int(s):
    return int(s.replace(".", ""))


for q in questions:
    qid = q["id"]
    forms = [q["answer"]] + q["accept"]
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
        err(f"{qid}: unknown scope")
    if q["answerable"] != (q["kind"] != "unanswerable"):
        err(f"{qid}: answerable flag")
    if not q["answerable"]:
        if q["answer"] or q["support"] or not q["forbidden"]:
            err(f"{qid}: unanswerable needs empty answer/support and forbidden figures")
        # the data visible to this scope must not state the answer; we check the tempting figures
        # exist somewhere in the corpus (so they are real distractors)
        for fb in q["forbidden"]:
            if not any(norm(fb).replace(".", "") in norm(t).replace(".", "") for t in ALL.values()):
                err(f"{qid}: forbidden '{fb}' not present anywhere (not a real distractor)")
        continue
    if not q["answer"] or not q["support"]:
        err(f"{qid}: empty answer/support")
    for s in q["support"]:
        m = by_file.get(s["file"])
        if not m:
            err(f"{qid}: support file missing {s['file']}")
            continue
        if q["scope_opd"] != "*" and m["opd"] != q["scope_opd"]:
            err(f"{qid}: support {s['file']} outside scope {q['scope_opd']}")
        if s["page"] not in TEXT[s["file"]]:
            err(f"{qid}: page {s['page']} missing in {s['file']}")
    for fb in q["forbidden"]:
        if any(norm(fb) in norm(a) for a in forms):
            err(f"{qid}: forbidden '{fb}' inside an accepted form")
    chk = checks.get(qid)
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        s = q["support"][0]
        page_text = norm(TEXT[s["file"]][s["page"]])
        if norm(q["answer"]) not in page_text:
            err(f"{qid}: answer {q['answer']} not on {s['file']} p{s['page']}")
        if q["kind"] == "factoid_scan" and s["file"] not in scans:
            err(f"{qid}: factoid_scan on a non-scan")
    elif q["kind"] == "sum":
        rows = TABLES[chk["file"]]
        lc, vc = chk["label_col"] - 1, chk["value_col"] - 1
        vals = []
        for lab in chk["labels"]:
            hit = [r for r in rows if len(r) > vc and r[lc].strip() == lab]
            if not chk.get("all_matching") and len(hit) != 1:
                err(f"{qid}: label {lab} matched {len(hit)} rows")
            vals += [parse_int(r[vc]) for r in hit]
        if len(vals) < 2:
            err(f"{qid}: a sum needs several rows")
        if sum(vals) != parse_int(q["answer"]):
            err(f"{qid}: sum {sum(vals)} != {q['answer']}")
        if any(norm(q["answer"]) in norm(t) for t in ALL.values()) or \
                any(norm(str(sum(vals))) in norm(t) for t in ALL.values()):
            err(f"{qid}: sum is stated in the corpus")
    elif q["kind"] == "two_documents":
        if len(q["support"]) < 2:
            err(f"{qid}: needs two support files")
        if chk["type"] == "bridge":
            for f, s in chk["items"]:
                if norm(s) not in norm(ALL[f]):
                    err(f"{qid}: bridge '{s}' not in {f}")
            last = q["support"][-1]["file"]
            if norm(q["answer"]) not in norm(ALL[last]):
                err(f"{qid}: answer not in {last}")
        elif chk["type"] == "diff":
            for f, s in (chk["a"], chk["b"]):
                if norm(s) not in norm(ALL[f]):
                    err(f"{qid}: '{s}' not in {f}")
            if parse_int(chk["a"][1]) - parse_int(chk["b"][1]) != chk["value"] or \
                    parse_int(q["answer"]) != chk["value"]:
                err(f"{qid}: difference arithmetic")

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024:
    err(f"total size {size}")

print(f"documents: {len(manifest)}  OPDs: {len(opds)}  scans: {n_scan}  types: {dict(ext)}")
print(f"questions: {len(questions)}  kinds: {dict(kinds)}  injection probes: {len(probes)}")
print(f"injected docs: {inj}  size: {size / 1e6:.1f} MB")
if ERR:
    print("FAIL")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("PASS")
