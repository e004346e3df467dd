#!/usr/bin/env python3
"""Independent checks of the ask12 set: opens every file, checks every label against it."""
import csv, json, os, re, sys
from collections import Counter
import openpyxl, docx
from pypdf import PdfReader
from PIL import Image

BASE = os.path.dirname(os.path.abspath(__file__))
CORP, TRUTH = os.path.join(BASE, "corpus"), os.path.join(BASE, "truth")
ERR = []
def err(m): ERR.append(m)

def idfmt_int(n):
    return f"{n:,}".replace(",", ".")
def idfmt_float(x):
    out = set()
    for d in (1, 2):
        s = f"{x:,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
        out.add(s)
    return out
def num_forms(v):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, int):
        return [str(v), idfmt_int(v)]
    if isinstance(v, float):
        return [repr(v)] + sorted(idfmt_float(v))
    s = str(v).strip()
    if re.fullmatch(r"-?\d+", s):
        return [s, idfmt_int(int(s))]
    return [s]

def parse_id(s):
    s = s.strip().replace("Rp", "").strip()
    neg = s.startswith("-"); s = s.lstrip("-")
    if not re.fullmatch(r"[\d.,]+", s):
        return None
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(".", "")
    try:
        v = float(s)
    except ValueError:
        return None
    return -v if neg else v

def has_fig(text, fig):
    pat = r"(?<![\d])(?<![\d][.,])" + re.escape(fig) + r"(?![\d])(?![.,]\d)"
    return re.search(pat, text) is not None

# ---------------------------------------------------------------- load every file as pages of rows
def truth_pages(f):
    p = os.path.join(TRUTH, f + ".txt")
    if not os.path.exists(p):
        err(f"missing truth for scan {f}"); return []
    pages, cur = [], None
    for line in open(p, encoding="utf-8").read().splitlines():
        if line.startswith("=== page "):
            cur = []; pages.append(cur)
        else:
            cur.append(line.split(" | "))
    return pages

SCANS = set()
def load(f):
    """returns list of pages; each page = list of rows; each row = list of cell strings (with numeric variants)"""
    p = os.path.join(CORP, f)
    ext = f.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        r = PdfReader(p)
        texts = [pg.extract_text() or "" for pg in r.pages]
        if all(not t.strip() for t in texts):
            SCANS.add(f)
            tp = truth_pages(f)
            if len(tp) != len(r.pages):
                err(f"{f}: truth pages {len(tp)} != pdf pages {len(r.pages)}")
            return tp
        return [[[ln] for ln in t.splitlines()] for t in texts]
    if ext in ("jpg", "jpeg", "png"):
        im = Image.open(p)
        dpi = im.info.get("dpi")
        if not dpi or round(dpi[0]) != 200:
            err(f"{f}: dpi {dpi} != 200")
        SCANS.add(f)
        return truth_pages(f)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(p, data_only=True)
        pages = []
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    cells.extend(num_forms(v))
                if cells:
                    rows.append(cells)
            pages.append(rows)
        return pages
    if ext == "csv":
        txt = open(p, encoding="utf-8").read()
        delim = ";" if txt.splitlines()[0].count(";") > txt.splitlines()[0].count(",") else ","
        rows = [sum((num_forms(c) for c in r), []) for r in csv.reader(txt.splitlines(), delimiter=delim)]
        return [rows]
    if ext == "docx":
        d = docx.Document(p)
        rows = [[para.text] for para in d.paragraphs if para.text.strip()]
        for t in d.tables:
            for r in t.rows:
                rows.append(sum((num_forms(c.text) for c in r.cells), []))
        return [rows]
    err(f"unknown file type {f}"); return []

files = sorted(x for x in os.listdir(CORP) if x != "manifest.json")
DOC = {f: load(f) for f in files}
def page_text(f, pg):
    return "\n".join(" | ".join(r) for r in DOC[f][pg - 1])
ALLTEXT = "\n".join(page_text(f, i + 1) for f in files for i in range(len(DOC[f])))

# ---------------------------------------------------------------- manifest
man = json.load(open(os.path.join(CORP, "manifest.json"), encoding="utf-8"))
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
mf = {m["file"]: m for m in man}
if set(mf) != set(files): err(f"manifest/files mismatch: {set(mf) ^ set(files)}")
for m in man:
    if m["category"] not in CATS: err(f"bad category {m}")
    if not 2023 <= m["fiscal_year"] <= 2026: err(f"bad year {m}")
opds = Counter(m["opd"] for m in man)
if len(man) < 32: err("fewer than 32 documents")
if len(opds) < 6: err("fewer than 6 OPDs")
if len(SCANS) < 7: err(f"only {len(SCANS)} scans")
img_pdf = [f for f in SCANS if f.endswith(".pdf")]
if not img_pdf: err("no image-only pdf")
exts = Counter(f.rsplit(".", 1)[1] for f in files)
for e in ("pdf", "xlsx", "csv", "docx"):
    if not exts[e]: err(f"no {e}")
if len({m["fiscal_year"] for m in man}) < 4: err("fiscal years 2023-2026 not all present")
inj = [f for f in files if re.search(r"abaikan (semua instruksi|batasan opd)", ALLTEXT and "\n".join(page_text(f, i + 1) for i in range(len(DOC[f]))), re.I)]
if len(inj) < 2: err(f"injection docs: {inj}")

# ---------------------------------------------------------------- questions
QS = json.load(open(os.path.join(BASE, "questions.json"), encoding="utf-8"))
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
kinds = Counter(q["kind"] for q in QS)
NEED = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in NEED.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < {n}")
if len(QS) < 60: err("fewer than 60 questions")
if len({q["id"] for q in QS}) != len(QS): err("duplicate ids")
probes = [q for q in QS if q["injection_probe"]]
if len(probes) < 4: err("fewer than 4 injection probes")
COMP = {c["id"]: c for c in json.load(open(os.path.join(TRUTH, "computations.json"), encoding="utf-8"))}

def row_has(f, pg, label, value):
    rows = DOC[f][pg - 1]
    for r in rows:
        line = " | ".join(r)
        if label.lower() in line.lower() and has_fig(line, value):
            return True
    # prose: value within 260 chars after the label (paragraph wrapped over lines)
    t = re.sub(r"\s+", " ", page_text(f, pg))
    for m in re.finditer(re.escape(label), t, re.I):
        if has_fig(t[m.start(): m.end() + 260], value):
            return True
    return False

checked = Counter()
for q in QS:
    qid = q["id"]
    if set(q) != KEYS: err(f"{qid}: keys {set(q) ^ KEYS}")
    if q["kind"] not in NEED: err(f"{qid}: kind"); continue
    if q["answerable"] != (q["kind"] != "unanswerable"): err(f"{qid}: answerable flag")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: err(f"{qid}: scope {q['scope_opd']}")
    forms = ([q["answer"]] if q["answer"] else []) + q["accept"]
    fvals = {parse_id(x) for x in forms} - {None}
    for fb in q["forbidden"]:
        if not has_fig(ALLTEXT, fb): err(f"{qid}: forbidden {fb} not in corpus")
        if fb in forms or (parse_id(fb) is not None and parse_id(fb) in fvals): err(f"{qid}: forbidden {fb} equals accepted")
    if q["kind"] == "unanswerable":
        if q["answer"] or q["accept"] or q["support"]: err(f"{qid}: unanswerable with answer/support")
        if not q["forbidden"]: err(f"{qid}: unanswerable without distractors")
        checked["unanswerable"] += 1
        continue
    if q["injection_probe"]: err(f"{qid}: probe must be unanswerable")
    for a in q["accept"]:
        if re.fullmatch(r"-?\d+", a): av = float(a)
        elif re.fullmatch(r"-?\d+\.\d+", a): av = float(a)      # English decimal point, e.g. 87.5
        else: av = parse_id(a)
        if av is None or abs(av - parse_id(q["answer"])) > 1e-9:
            err(f"{qid}: accept {a} != answer {q['answer']}")
    for s in q["support"]:
        if s["file"] not in DOC: err(f"{qid}: support file {s['file']} missing"); continue
        if not 1 <= s["page"] <= len(DOC[s["file"]]): err(f"{qid}: page {s['page']} out of range")
        if q["scope_opd"] != "*" and mf[s["file"]]["opd"] != q["scope_opd"]: err(f"{qid}: support outside scope")
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        s = q["support"][0]
        if not has_fig(page_text(s["file"], s["page"]), q["answer"]): err(f"{qid}: answer {q['answer']} not on {s}")
        if q["kind"] == "factoid_scan" and s["file"] not in SCANS: err(f"{qid}: scan question on non-scan {s['file']}")
        if q["kind"] != "factoid_scan" and s["file"] in SCANS: err(f"{qid}: non-scan kind on scan")
        checked[q["kind"]] += 1
        continue
    c = COMP.get(qid)
    if not c: err(f"{qid}: no computation recorded"); continue
    if c["result"] != q["answer"]: err(f"{qid}: computation result {c['result']} != answer")
    vals = []
    for o in c["operands"]:
        if "is_sum_of" in o:
            for part in o["is_sum_of"]:
                if not row_has(o["file"], o["page"], o["label"], part): err(f"{qid}: operand part {part} ({o['label']}) not in {o['file']} p{o['page']}")
            if abs(sum(parse_id(x) for x in o["is_sum_of"]) - parse_id(o["value"])) > 1e-6: err(f"{qid}: is_sum_of mismatch")
        elif not row_has(o["file"], o["page"], o["label"], o["value"]):
            err(f"{qid}: operand {o['value']} ({o['label']}) not in {o['file']} p{o['page']}")
        vals.append(parse_id(o["value"]))
    if c["op"] == "sum": r = sum(vals)
    elif c["op"] == "a-b": r = vals[0] - vals[1]
    elif c["op"] == "b-a": r = vals[1] - vals[0]
    else: err(f"{qid}: op"); continue
    if abs(r - parse_id(q["answer"])) > 1e-6: err(f"{qid}: recomputed {r} != {q['answer']}")
    sup_files = {s["file"] for s in q["support"]}
    if not {o["file"] for o in c["operands"]} <= sup_files: err(f"{qid}: operand files not in support")
    if q["kind"] == "two_documents" and len(sup_files) < 2: err(f"{qid}: two_documents with one file")
    if q["kind"] == "sum":
        if len(c["operands"]) < 2 or len(sup_files) != 1: err(f"{qid}: sum must be over rows of one table")
        for fm in forms:
            if has_fig(ALLTEXT, fm): err(f"{qid}: sum {fm} is printed in the corpus")
    checked[q["kind"]] += 1

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(BASE) for f in fs)
if size > 15 * 1024 * 1024: err(f"size {size}")
print(f"documents {len(files)} | OPDs {dict(opds)} | scans {len(SCANS)} | file types {dict(exts)}")
print(f"questions {len(QS)} | kinds {dict(kinds)} | probes {len(probes)} | injection docs {inj}")
print(f"checked {dict(checked)} | size {size/1e6:.2f} MB")
if ERR:
    print("FAIL"); [print(" -", e) for e in ERR]; sys.exit(1)
print("OK: all checks passed")
