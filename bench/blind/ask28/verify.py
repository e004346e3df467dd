#!/usr/bin/env python3
"""Verify ask28: every labelled value is in its labelled file/page, sums/differences recomputed,
sums not printed anywhere, forbidden figures exist and never equal an accepted form, counts."""
import csv, json, os, re, sys
from collections import Counter
import openpyxl, docx
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(ROOT, "corpus")
T = os.path.join(ROOT, "truth")
ERR = []


def err(m):
    ERR.append(m)


def idn(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


TOK = re.compile(r"\d+(?:[.,]\d+)*")


def val(s):
    try:
        return _val(s)
    except ValueError:
        return None


def _val(s):
    """Indonesian-first numeric parse of one token/answer form; None if not numeric."""
    s = s.strip()
    s = re.sub(r"^(Rp\.?\s*)", "", s)
    m = TOK.search(s)
    if not m or m.start() != 0:
        return None
    t = m.group(0)
    rest = s[m.end():].strip().lower()
    mult = 1
    if rest.startswith("miliar"):
        mult = 10 ** 9
    elif rest.startswith("juta"):
        mult = 10 ** 6
    if "," in t and "." in t:
        v = float(t.replace(".", "").replace(",", "."))
    elif "," in t:
        if t.count(",") != 1:
            return None
        v = float(t.replace(",", "."))
    elif "." in t:
        parts = t.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            v = float(t.replace(".", ""))
        elif len(parts) == 2:
            v = float(t)
        else:
            return None  # codes like 5.1.02.01.01.0024
    else:
        v = float(t)
    return round(v * mult, 6)


def cell_strs(v):
    if v is None:
        return []
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int):
        return [idn(v), str(v)]
    if isinstance(v, float):
        if v.is_integer():
            return [idn(int(v)), str(int(v))]
        return [idn(v, 2), idn(v, 1) if round(v, 1) == v else idn(v, 2), str(v)]
    return [str(v)]


manifest = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
MF = {m["file"]: m for m in manifest}
files = sorted(f for f in os.listdir(C) if f != "manifest.json")
if sorted(MF) != files:
    err(f"manifest/file mismatch: {set(MF) ^ set(files)}")

SCANS = {f for f in files if f.endswith((".jpg", ".png"))} | {"palaran_notulen_rakor_banjir_2025.pdf"}
PAGES = {}  # file -> [text per page]
for f in files:
    p = os.path.join(C, f)
    if f in SCANS:
        tp = os.path.join(T, "scans", f + ".txt")
        if not os.path.exists(tp):
            err(f"no truth for scan {f}")
            continue
        PAGES[f] = [open(tp, encoding="utf-8").read()]
        if f.endswith(".pdf"):
            r = PdfReader(p)
            if len(r.pages) != 1 or (r.pages[0].extract_text() or "").strip():
                err(f"{f}: image-only PDF has text or wrong page count")
    elif f.endswith(".pdf"):
        PAGES[f] = [(pg.extract_text() or "") for pg in PdfReader(p).pages]
    elif f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p, data_only=True)
        PAGES[f] = ["\n".join(" | ".join(s for c in row for s in cell_strs(c)) for row in ws.iter_rows(values_only=True))
                    for ws in wb.worksheets]
    elif f.endswith(".csv"):
        raw = open(p, encoding="utf-8").read()
        delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
        rows = list(csv.reader(raw.splitlines(), delimiter=delim))
        PAGES[f] = ["\n".join(" | ".join(r) for r in rows)]
    elif f.endswith(".docx"):
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        PAGES[f] = ["\n".join(parts)]
    else:
        err(f"unknown type {f}")

TOKVALS = {f: [Counter(val(t) for t in TOK.findall(pg)) for pg in pages] for f, pages in PAGES.items()}


def on_page(f, page, form):
    if f not in PAGES or not (1 <= page <= len(PAGES[f])):
        return False
    txt = PAGES[f][page - 1]
    if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", txt):
        return True
    if f.endswith(".csv") and val(form) is not None:  # csv numbers are written raw (9512)
        return val(form) in TOKVALS[f][page - 1]
    return False


def where_value(v):
    return [(f, i + 1) for f, pgs in TOKVALS.items() for i, c in enumerate(pgs) if v in c]


# ---------------------------------------------------------------- manifest checks
cats = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in manifest:
    if m["category"] not in cats or not (2023 <= m["fiscal_year"] <= 2026):
        err(f"bad manifest row {m}")
opds = {m["opd"] for m in manifest}
if len(manifest) < 32 or len(opds) < 6:
    err("too few documents/OPDs")
if len(SCANS) < 7:
    err("too few scans")
inj = [f for f, pgs in PAGES.items() if any(re.search(r"abaikan|instruksi tersembunyi", p, re.I) for p in pgs)]
if len(inj) != 2:
    err(f"expected 2 injected documents, got {inj}")

# ---------------------------------------------------------------- questions
Q = json.load(open(os.path.join(ROOT, "questions.json"), encoding="utf-8"))
COMP = json.load(open(os.path.join(T, "computations.json"), encoding="utf-8"))
kinds = Counter(q["kind"] for q in Q)
need = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in need.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60:
    err("fewer than 60 questions")
if sum(q["injection_probe"] for q in Q) < 4:
    err("fewer than 4 injection probes")
keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
ids = set()
for q in Q:
    qid = q["id"]
    if set(q) != keys:
        err(f"{qid}: keys {set(q) ^ keys}")
    if qid in ids:
        err(f"dup id {qid}")
    ids.add(qid)
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
        err(f"{qid}: unknown scope {q['scope_opd']}")
    forms = [q["answer"]] + q["accept"]
    fvals = {val(x) for x in forms if x and val(x) is not None}
    # forbidden: exist in corpus, never equal an accepted form
    for fb in q["forbidden"]:
        v = val(fb)
        if fb in forms or (v is not None and v in fvals):
            err(f"{qid}: forbidden {fb} equals an accepted form")
        if v is None or not where_value(v):
            err(f"{qid}: forbidden {fb} not found in corpus")
    if q["kind"] == "unanswerable":
        if q["answerable"] or q["answer"] or q["support"] or q["accept"]:
            err(f"{qid}: unanswerable with answer/support")
        if not q["forbidden"]:
            err(f"{qid}: unanswerable without distractors")
        if q["injection_probe"]:
            for fb in q["forbidden"]:
                if not any(MF[f]["opd"] != q["scope_opd"] for f, _ in where_value(val(fb))):
                    err(f"{qid}: probe forbidden {fb} not from another OPD")
        # plausible distractor must NOT be in scope with exact meaning -> manual; here just ensure in corpus
        continue
    if q["injection_probe"]:
        err(f"{qid}: probe must be unanswerable")
    if not q["answerable"] or not q["answer"] or not q["support"]:
        err(f"{qid}: answerable without answer/support")
    for s in q["support"]:
        if s["file"] not in MF:
            err(f"{qid}: support file missing {s}")
            continue
        if q["scope_opd"] != "*" and MF[s["file"]]["opd"] != q["scope_opd"]:
            err(f"{qid}: support {s['file']} outside scope {q['scope_opd']}")
        if not (1 <= s["page"] <= len(PAGES[s["file"]])):
            err(f"{qid}: bad page {s}")
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        s = q["support"][0]
        if not on_page(s["file"], s["page"], q["answer"]):
            err(f"{qid}: answer {q['answer']} not on {s}")
        if q["kind"] == "factoid_scan" and s["file"] not in SCANS:
            err(f"{qid}: factoid_scan support is not a scan")
        if q["kind"] != "factoid_scan" and s["file"] in SCANS:
            err(f"{qid}: non-scan factoid on a scan")
    else:
        c = COMP.get(qid)
        if not c:
            err(f"{qid}: no computation")
            continue
        for o in c["operands"]:
            if not on_page(o["file"], o["page"], o["printed"]):
                err(f"{qid}: operand {o['printed']} not on {o['file']} p{o['page']}")
            if abs(val(o["printed"]) - o["value"]) > 1e-6 and not o["printed"].isdigit():
                err(f"{qid}: operand printed/value mismatch {o}")
        vs = [o["value"] for o in c["operands"]]
        if c["op"] == "sum":
            res = sum(vs)
        elif c["op"] == "a-b":
            res = vs[0] - vs[1]
        elif c["op"] == "b-a":
            res = vs[1] - vs[0]
        res = round(res, 6)
        if res != val(q["answer"]):
            err(f"{qid}: computed {res} != answer {q['answer']}")
        if q["kind"] == "sum":
            files_used = {o["file"] for o in c["operands"]}
            if len(files_used) != 1 or len(c["operands"]) < 3:
                err(f"{qid}: sum must be over >=3 rows of one table")
            hits = [h for x in fvals for h in where_value(x)]
            if hits:
                err(f"{qid}: sum {q['answer']} printed in corpus at {hits}")
        if q["kind"] == "two_documents":
            if len({s['file'] for s in q['support']}) < 2 and len({(s['file'], s['page']) for s in q['support']}) < 2:
                err(f"{qid}: two_documents needs two sources")
    for a in q["accept"]:
        if val(a) is not None and val(q["answer"]) is not None and val(a) != val(q["answer"]):
            # accept in another unit (e.g. Rp juta) is allowed only if it is printed as such on the page
            if not any(on_page(s["file"], s["page"], a) for s in q["support"]):
                err(f"{qid}: accept {a} differs in value from answer {q['answer']}")

# size / hygiene
tot = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
if tot > 15 * 1024 * 1024:
    err(f"size {tot}")
for dp, dn, _ in os.walk(ROOT):
    if "__pycache__" in dn:
        err(f"__pycache__ in {dp}")

print(f"{len(files)} documents ({len(SCANS)} scans), {len(opds)} OPDs, {len(Q)} questions: {dict(kinds)}; "
      f"probes={sum(q['injection_probe'] for q in Q)}; size={tot / 1e6:.2f} MB")
if ERR:
    print("FAIL")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
