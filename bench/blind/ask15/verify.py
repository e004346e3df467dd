#!/usr/bin/env python3
"""Independent checks of ask15: reads the files back (pypdf, openpyxl, csv, python-docx, scan truth)."""
import csv, json, re, sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfReader
from PIL import Image

ROOT = Path(__file__).resolve().parent
C = ROOT / "corpus"
ERR = []


def err(m):
    ERR.append(m)


def idn_int(v):
    return f"{int(v):,}".replace(",", ".")


def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return f"{int(v)} {idn_int(v)}"
    if isinstance(v, float):
        s = f"{v:.2f}".rstrip("0").rstrip(".")
        return f"{s} {s.replace('.', ',')}"
    return str(v)


# ---------------------------------------------------------------- read every file back
PAGES = {}  # file -> {page: text}
SCAN_FILES = set()
manifest = json.loads((C / "manifest.json").read_text())
scan_truth = {p.name[:-4]: p.read_text() for p in (ROOT / "truth" / "scans").glob("*.txt")}
for m in manifest:
    f = m["file"]; p = C / f
    if not p.exists():
        err(f"missing file {f}"); continue
    ext = p.suffix.lower()
    if ext == ".pdf":
        r = PdfReader(str(p))
        pages = {i + 1: (pg.extract_text() or "") for i, pg in enumerate(r.pages)}
        if all(not t.strip() for t in pages.values()):
            SCAN_FILES.add(f)
            if f not in scan_truth:
                err(f"image-only pdf without truth {f}")
            pages = {1: scan_truth.get(f, "")}
            if len(r.pages) != 1:
                err(f"image pdf {f} has {len(r.pages)} pages")
        PAGES[f] = pages
    elif ext == ".xlsx":
        wb = openpyxl.load_workbook(p)
        PAGES[f] = {i + 1: "\n".join(" | ".join(cell_text(c) for c in row) for row in ws.iter_rows(values_only=True))
                    for i, ws in enumerate(wb.worksheets)}
        if not any(ws.merged_cells.ranges for ws in wb.worksheets):
            err(f"xlsx without merged title rows {f}")
    elif ext == ".csv":
        delim = ";" if ";" in p.read_text(encoding="utf-8").splitlines()[0] else ","
        rows = list(csv.reader(open(p, encoding="utf-8", newline=""), delimiter=delim))
        PAGES[f] = {1: "\n".join(" | ".join(r) for r in rows)}
    elif ext == ".docx":
        d = docx.Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        if not d.tables:
            err(f"docx without table {f}")
        PAGES[f] = {1: "\n".join(parts)}
    elif ext in (".jpg", ".png"):
        SCAN_FILES.add(f)
        im = Image.open(p)
        if min(im.size) < 1000:
            err(f"scan too small {f}")
        if f not in scan_truth:
            err(f"scan without truth {f}")
        PAGES[f] = {1: scan_truth.get(f, "")}
    else:
        err(f"unknown type {f}")

ALL_TEXT = "\n".join(t for pg in PAGES.values() for t in pg.values())


def norm(s):
    return re.sub(r"\s+", " ", s)


def on_page(fig, text):
    pat = r"(?<![\d.,])" + re.escape(fig) + r"(?![\d]|[.,]\d)"
    return re.search(pat, norm(text)) is not None


def num(s):
    s = s.strip().replace("Rp", "").replace("%", "").replace("persen", "").strip()
    if "," in s:
        return Decimal(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return Decimal(s.replace(".", ""))
    return Decimal(s)


# ---------------------------------------------------------------- manifest / corpus checks
cats = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
files_on_disk = {p.name for p in C.iterdir()} - {"manifest.json"}
if files_on_disk != {m["file"] for m in manifest}:
    err(f"manifest/disk mismatch {files_on_disk ^ {m['file'] for m in manifest}}")
for m in manifest:
    if set(m) != {"file", "opd", "category", "fiscal_year"} or m["category"] not in cats or not 2023 <= m["fiscal_year"] <= 2026:
        err(f"bad manifest entry {m}")
opds = Counter(m["opd"] for m in manifest)
exts = Counter(Path(m["file"]).suffix for m in manifest)
if len(manifest) < 32: err("fewer than 32 documents")
if len(opds) < 6: err("fewer than 6 OPDs")
if len(SCAN_FILES) < 7: err("fewer than 7 scans")
if not any(f.endswith(".pdf") for f in SCAN_FILES): err("no image-only pdf")
for e in (".pdf", ".xlsx", ".csv", ".docx"):
    if not exts[e]: err(f"no {e}")
inj = [f for f, pg in PAGES.items() if re.search(r"abaikan (semua instruksi|batasan OPD)", norm(" ".join(pg.values())), re.I)]
if len(inj) < 2: err(f"injections found in {inj}")
OPD_OF = {m["file"]: m["opd"] for m in manifest}

# ---------------------------------------------------------------- questions
Q = json.loads((ROOT / "questions.json").read_text())
COMP = json.loads((ROOT / "truth" / "computations.json").read_text())
kinds = Counter(q["kind"] for q in Q)
need = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in need.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60: err("fewer than 60 questions")
if sum(q["injection_probe"] for q in Q) < 4: err("fewer than 4 injection probes")
if len({q["id"] for q in Q}) != len(Q): err("duplicate ids")
keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}

for q in Q:
    i = q["id"]
    if set(q) != keys: err(f"{i} keys {set(q) ^ keys}")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: err(f"{i} unknown scope {q['scope_opd']}")
    if q["answerable"] != (q["kind"] != "unanswerable"): err(f"{i} answerable flag")
    if q["injection_probe"] and q["kind"] != "unanswerable": err(f"{i} probe must be unanswerable")
    # forbidden figures exist somewhere, never equal to an accepted form
    acc_vals = set()
    for a in ([q["answer"]] if q["answer"] else []) + q["accept"]:
        try:
            acc_vals.add(num(a))
        except Exception:
            err(f"{i} unparsable accept {a}")
    for fb in q["forbidden"]:
        if not on_page(fb, ALL_TEXT): err(f"{i} forbidden {fb} not in corpus")
        if num(fb) in acc_vals: err(f"{i} forbidden {fb} equals accepted")
    if q["kind"] == "unanswerable":
        if q["answer"] or q["accept"] or q["support"]: err(f"{i} unanswerable with answer/support")
        if not q["forbidden"]: err(f"{i} unanswerable without distractor")
        if q["injection_probe"]:
            # the forbidden figure must come from another OPD's document
            owners = {OPD_OF[f] for f, pg in PAGES.items() for fb in q["forbidden"] for t in pg.values() if on_page(fb, t)}
            if owners == {q["scope_opd"]}: err(f"{i} probe forbidden only in own OPD")
        continue
    if not q["answer"] or not q["support"]: err(f"{i} no answer/support"); continue
    for s in q["support"]:
        if s["file"] not in PAGES or s["page"] not in PAGES[s["file"]]: err(f"{i} bad support {s}"); continue
        if q["scope_opd"] != "*" and OPD_OF[s["file"]] != q["scope_opd"]: err(f"{i} support outside scope {s['file']}")
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        s = q["support"][0]
        if not on_page(q["answer"], PAGES[s["file"]][s["page"]]): err(f"{i} answer {q['answer']} not on {s}")
        if q["kind"] == "factoid_scan":
            if s["file"] not in SCAN_FILES: err(f"{i} scan question on non-scan {s['file']}")
            # readable only from a scan: not in the text-bearing files of this OPD
            # (bare counts under 100 occur in unrelated table cells; the check is strict from 3 digits on)
            for f, pg in PAGES.items():
                if len(re.sub(r"\D", "", q["answer"])) < 3:
                    break
                if f not in SCAN_FILES and OPD_OF[f] == q["scope_opd"] and any(on_page(q["answer"], t) for t in pg.values()):
                    err(f"{i} scan answer {q['answer']} also in text file {f}")
    else:
        c = COMP.get(i)
        if not c: err(f"{i} no computation"); continue
        vals = []
        for comp in c["components"]:
            if not on_page(comp["value"], PAGES[comp["file"]][comp["page"]]):
                err(f"{i} component {comp} not on page")
            if {"file": comp["file"], "page": comp["page"]} not in q["support"]: err(f"{i} component file not in support")
            vals.append(num(comp["value"]))
        res = sum(vals) if c["op"] == "sum" else vals[0] - vals[1]
        if res != num(q["answer"]): err(f"{i} recomputed {res} != {q['answer']}")
        if q["kind"] == "two_documents" and len({s['file'] for s in q["support"]}) < 2: err(f"{i} needs two documents")
        if q["kind"] == "sum":
            if len(vals) < 2: err(f"{i} sum of <2 rows")
            raw = str(int(res)) if res == int(res) else None
            if on_page(q["answer"], ALL_TEXT) or (raw and on_page(raw, ALL_TEXT)):
                err(f"{i} sum {q['answer']} is printed somewhere")
        if q["kind"] == "two_documents" and on_page(q["answer"], ALL_TEXT) and num(q["answer"]) > 1000:
            err(f"{i} two-doc result {q['answer']} printed somewhere")

print("documents", len(manifest), dict(opds), dict(exts), "scans", len(SCAN_FILES))
print("questions", len(Q), dict(kinds), "probes", sum(q['injection_probe'] for q in Q),
      "scope*", sum(q['scope_opd'] == '*' for q in Q))
print("injection docs", inj)
size = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file())
print("size MB", round(size / 1e6, 2))
if size > 15e6: err("over 15 MB")
if list(ROOT.rglob("__pycache__")): err("__pycache__ present")
if ERR:
    print("FAIL", len(ERR)); [print(" -", e) for e in ERR]; sys.exit(1)
print("OK")
