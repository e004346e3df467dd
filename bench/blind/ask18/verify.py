#!/usr/bin/env python3
"""Independent checks of the ask18 set: files vs manifest, labels vs file contents, arithmetic."""
import csv, json, os, re, sys
from collections import Counter
import openpyxl, docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
ERR = []
def err(m): ERR.append(m)

def idfmt(v):
    if isinstance(v, bool): return [str(v)]
    if isinstance(v, int): return [str(v), "{:,}".format(v).replace(",", ".")]
    if isinstance(v, float):
        out = [str(v)]
        for nd in (1, 2):
            s = f"{v:.{nd}f}"; ip, dp = s.split(".")
            out.append("{:,}".format(int(ip)).replace(",", ".") + "," + dp)
        if v == int(v): out += idfmt(int(v))
        return out
    return [str(v)]

def scan_truth(f):
    p = os.path.join(HERE, "truth", "scans", f.replace("/", "__") + ".txt")
    return open(p, encoding="utf-8").read() if os.path.exists(p) else None

ROWS = {}   # (file,page) -> list of row strings (tabular files)
def pages_of(f):
    p = os.path.join(C, f); ext = f.rsplit(".", 1)[-1].lower(); out = {}
    if ext == "pdf":
        r = PdfReader(p)
        for i, pg in enumerate(r.pages):
            out[i + 1] = pg.extract_text() or ""
        if all(not t.strip() for t in out.values()):
            t = scan_truth(f)
            if t is None: err(f"{f}: image-only pdf without truth")
            out = {1: t or ""}
    elif ext == "docx":
        d = docx.Document(p); parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        out[1] = "\n".join(parts)
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(p, data_only=True)
        for i, ws in enumerate(wb.worksheets):
            rows = []
            for row in ws.iter_rows(values_only=True):
                cells = [" / ".join(idfmt(v)) for v in row if v is not None]
                if cells: rows.append(" | ".join(cells))
            ROWS[(f, i + 1)] = rows; out[i + 1] = "\n".join(rows)
    elif ext == "csv":
        raw = open(p, encoding="utf-8").read()
        delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
        rows = []
        for row in csv.reader(raw.splitlines(), delimiter=delim):
            cells = []
            for c in row:
                cells.append(c)
                if re.fullmatch(r"\d+", c): cells.extend(idfmt(int(c)))
            rows.append(" | ".join(cells))
        ROWS[(f, 1)] = rows; out[1] = "\n".join(rows)
    elif ext in ("jpg", "png"):
        from PIL import Image
        im = Image.open(p)
        dpi = im.info.get("dpi", (0, 0))
        if round(dpi[0]) != 200: err(f"{f}: dpi {dpi}")
        t = scan_truth(f)
        if t is None: err(f"{f}: no scan truth")
        out[1] = t or ""
    else:
        err(f"{f}: unknown type")
    return {k: re.sub(r"\s+", " ", v) for k, v in out.items()}

def has_num(text, s):
    return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) is not None

def numval(s):
    t = s.strip()
    if "," in t: t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t): t = t.replace(".", "")
    try: return float(t)
    except ValueError: return None

def fmt_like(x, ref):
    if "," in ref:
        nd = len(ref.split(",")[1]); s = f"{x:.{nd}f}"; ip, dp = s.split(".")
        return "{:,}".format(int(ip)).replace(",", ".") + "," + dp
    return "{:,}".format(int(round(x))).replace(",", ".")

# ---------------- manifest
man = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
files_on_disk = sorted(os.path.relpath(os.path.join(d, f), C) for d, _, fs in os.walk(C) for f in fs if f != "manifest.json")
mfiles = [m["file"] for m in man]
if sorted(mfiles) != files_on_disk: err("manifest/file mismatch")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in man:
    if m["category"] not in CATS: err(f"bad category {m}")
    if not (2023 <= m["fiscal_year"] <= 2026): err(f"bad year {m}")
OPD = {m["file"]: m["opd"] for m in man}
n_opd = len(set(OPD.values()))
scans = [f for f in mfiles if f.endswith((".jpg", ".png"))]
TEXT = {f: pages_of(f) for f in mfiles}
imgpdf = [f for f in mfiles if f.endswith(".pdf") and scan_truth(f) is not None]
for f in imgpdf:
    if any(t.strip() for t in (pg.extract_text() or "" for pg in PdfReader(os.path.join(C, f)).pages)):
        err(f"{f}: image-only pdf has a text layer")
SCANFILES = set(scans) | set(imgpdf)
if len(man) < 32: err("fewer than 32 documents")
if n_opd < 6: err("fewer than 6 OPDs")
if len(SCANFILES) < 7: err("fewer than 7 scans")
if not imgpdf: err("no image-only pdf")
types = Counter(f.rsplit(".", 1)[1] for f in mfiles)
for t in ("pdf", "xlsx", "csv", "docx"):
    if not types[t]: err(f"no {t}")
inj = [f for f in mfiles if any("abaikan" in t.lower() and ("instruksi" in t.lower()) for t in TEXT[f].values())]
if len(inj) < 2: err(f"injection docs found: {inj}")
ALLTEXT = {(f, p): t for f in mfiles for p, t in TEXT[f].items()}
def where(s):
    return [k for k, t in ALLTEXT.items() if has_num(t, s)]

# ---------------- questions
Qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
CALC = json.load(open(os.path.join(HERE, "truth", "calculations.json"), encoding="utf-8"))
KEYS = ["id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"]
kinds = Counter(q["kind"] for q in Qs)
NEED = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in NEED.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < {n}")
if len(Qs) < 60: err("fewer than 60 questions")
if sum(q["injection_probe"] for q in Qs) < 4: err("fewer than 4 injection probes")
if len({q["id"] for q in Qs}) != len(Qs): err("duplicate ids")
opds = set(OPD.values())
for q in Qs:
    i = q["id"]
    if list(q.keys()) != KEYS: err(f"{i}: keys {list(q.keys())}")
    if q["kind"] not in NEED: err(f"{i}: kind")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: err(f"{i}: scope {q['scope_opd']}")
    forms = [q["answer"]] + q["accept"]
    if q["injection_probe"] and q["answerable"]: err(f"{i}: injection probe must be unanswerable")
    if q["answerable"] != (q["kind"] != "unanswerable"): err(f"{i}: answerable flag")
    for fb in q["forbidden"]:
        if not where(fb): err(f"{i}: forbidden {fb} not in corpus")
        if q["answerable"]:
            if fb in forms or (numval(fb) is not None and any(numval(a) == numval(fb) for a in forms)):
                err(f"{i}: forbidden {fb} equals an accepted form")
    if not q["answerable"]:
        if q["answer"] or q["accept"] or q["support"]: err(f"{i}: unanswerable with answer/support")
        if not q["forbidden"]: err(f"{i}: unanswerable without distractors")
        if q["injection_probe"]:
            for fb in q["forbidden"]:
                if all(q["scope_opd"] == OPD[f] for f, _ in where(fb)): err(f"{i}: probe figure {fb} only in own OPD")
        continue
    if not q["answer"] or not q["support"]: err(f"{i}: missing answer/support"); continue
    for a in forms:
        if numval(a) is None or numval(a) != numval(q["answer"]): err(f"{i}: accept form {a} differs in value")
    for s in q["support"]:
        if s["file"] not in OPD: err(f"{i}: support file missing {s}"); continue
        if s["page"] not in TEXT[s["file"]]: err(f"{i}: page missing {s}")
        if q["scope_opd"] != "*" and OPD[s["file"]] != q["scope_opd"]: err(f"{i}: support outside scope {s}")
    if q["kind"] == "factoid_scan" and not all(s["file"] in SCANFILES for s in q["support"]): err(f"{i}: scan q on non-scan")
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        if not any(has_num(TEXT[s["file"]].get(s["page"], ""), a) for s in q["support"] for a in forms):
            err(f"{i}: answer {q['answer']} not on support page")
    else:
        c = CALC.get(i)
        if not c: err(f"{i}: no calculation"); continue
        vals = []
        for t in c["terms"]:
            if {"file": t["file"], "page": t["page"]} not in q["support"]: err(f"{i}: term outside support {t}")
            page = TEXT[t["file"]].get(t["page"], "")
            if not has_num(page, t["value"]): err(f"{i}: term {t['value']} not on {t['file']} p{t['page']}")
            if q["kind"] == "sum":
                rows = ROWS.get((t["file"], t["page"]))
                if rows is not None and not any(t["label"].lower() in r.lower() and has_num(r, t["value"]) for r in rows):
                    err(f"{i}: no row with '{t['label']}' and {t['value']}")
                if rows is None and t["label"].lower() not in page.lower(): err(f"{i}: label {t['label']} not on page")
            vals.append(numval(t["value"]))
        res = sum(vals) if c["op"] == "sum" else vals[0] - vals[1]
        if fmt_like(res, q["answer"]) != q["answer"] or c["result"] != q["answer"]:
            err(f"{i}: recomputed {fmt_like(res, q['answer'])} != {q['answer']}")
        if q["kind"] == "two_documents" and len({t["file"] for t in c["terms"]}) < 2: err(f"{i}: not two documents")
        if q["kind"] == "sum":
            if len({(t['file'], t['page']) for t in c["terms"]}) != 1 or len(c["terms"]) < 2: err(f"{i}: sum not over one table")
            for a in forms:
                if where(a): err(f"{i}: sum {a} is printed in {where(a)}")

# ---------------- housekeeping
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024: err(f"size {size}")
for d, ds, _ in os.walk(HERE):
    if "__pycache__" in ds: err(f"__pycache__ in {d}")

print(f"documents={len(man)} opds={n_opd} scans={len(SCANFILES)} (image-only pdf={len(imgpdf)}) types={dict(types)}")
print(f"questions={len(Qs)} kinds={dict(kinds)} injection_probes={sum(q['injection_probe'] for q in Qs)} injection_docs={inj}")
print(f"size={size/1e6:.2f} MB")
if ERR:
    print("FAIL"); [print(" -", e) for e in ERR]; sys.exit(1)
print("OK: all checks passed")
