#!/usr/bin/env python3
"""Independent checks of ask8: reads the generated files only (not content.py)."""
import sys
sys.dont_write_bytecode = True
import csv, json, os, re
from collections import Counter
from pypdf import PdfReader
import openpyxl, docx

OUT = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(OUT, "corpus")
ERR = []


def err(m):
    ERR.append(m)


def idn(v):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, int):
        return [str(v), f"{v:,}".replace(",", ".")]
    if isinstance(v, float):
        out = [str(v)]
        for nd in (1, 2):
            out.append(f"{v:,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", "."))
        if v.is_integer():
            out += idn(int(v))
        return out
    s = str(v)
    out = [s]
    if re.fullmatch(r"\d+", s):
        out += idn(int(s))
    return out


# ---------------------------------------------------------------- extraction: file -> page -> list of rows (strings)
def load(fn):
    p = os.path.join(C, fn)
    pages = {}
    if fn.endswith(".pdf"):
        r = PdfReader(p)
        for i, pg in enumerate(r.pages):
            t = pg.extract_text() or ""
            pages[i + 1] = [l for l in t.splitlines()]
        if not any("".join(v).strip() for v in pages.values()):  # image-only pdf -> truth
            pages = {1: open(os.path.join(OUT, "truth", "scans", fn + ".truth.txt"), encoding="utf-8").read().splitlines()}
            return pages, True
    elif fn.endswith((".jpg", ".png")):
        pages = {1: open(os.path.join(OUT, "truth", "scans", fn + ".truth.txt"), encoding="utf-8").read().splitlines()}
        return pages, True
    elif fn.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        for i, ws in enumerate(wb.worksheets):
            rows = []
            for row in ws.iter_rows(values_only=True):
                cells = [c for c in row if c is not None]
                if cells:
                    rows.append(" | ".join(" / ".join(idn(c)) for c in cells))
            pages[i + 1] = rows
    elif fn.endswith(".csv"):
        with open(p, encoding="utf-8") as f:
            head = f.read(2000)
            f.seek(0)
            delim = ";" if head.count(";") > head.count(",") else ","
            rows = [" | ".join(" / ".join(idn(c)) for c in r) for r in csv.reader(f, delimiter=delim)]
        pages[1] = rows
    elif fn.endswith(".docx"):
        d = docx.Document(p)
        rows = [pa.text for pa in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                rows.append(" | ".join(" / ".join(idn(c.text)) for c in r.cells))
        pages[1] = rows
    return pages, False


def has(text, val):
    pat = r"(?<![\d])" + re.escape(val) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None


def norm(t):
    return re.sub(r"\s+", " ", t)


manifest = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(C) if f != "manifest.json")
if sorted(m["file"] for m in manifest) != files:
    err("manifest does not match corpus files")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in manifest:
    if m["category"] not in CATS: err(f"bad category {m}")
    if not (2023 <= m["fiscal_year"] <= 2026): err(f"bad fy {m}")
DATA = {}
SCANS = set()
for f in files:
    DATA[f], is_scan = load(f)
    if is_scan: SCANS.add(f)
opds = Counter(m["opd"] for m in manifest)
ext = Counter(os.path.splitext(f)[1] for f in files)
if len(files) < 32: err("fewer than 32 docs")
if len(opds) < 6: err("fewer than 6 OPDs")
if len(SCANS) < 7: err("fewer than 7 scans")
if not any(f.endswith(".pdf") and f in SCANS for f in files): err("no image-only pdf")
for e in (".pdf", ".xlsx", ".csv", ".docx"):
    if not ext[e]: err(f"no {e}")
OPD_OF = {m["file"]: m["opd"] for m in manifest}

ALLTEXT = {f: {p: norm("\n".join(rows)) for p, rows in pg.items()} for f, pg in DATA.items()}
CORPUS_TEXT = "\n".join(t for pg in ALLTEXT.values() for t in pg.values())

Q = json.load(open(os.path.join(OUT, "questions.json"), encoding="utf-8"))
CALC = {c["id"]: c for c in json.load(open(os.path.join(OUT, "truth", "calculations.json"), encoding="utf-8"))}
kinds = Counter(q["kind"] for q in Q)
NEED = dict(factoid_text=12, factoid_table=12, factoid_scan=9, two_documents=7, sum=5, unanswerable=14)
for k, n in NEED.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60: err("fewer than 60 questions")
if sum(q["injection_probe"] for q in Q) < 4: err("fewer than 4 injection probes")
if len({q["id"] for q in Q}) != len(Q): err("duplicate ids")
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for q in Q:
    qid = q["id"]
    if set(q) != KEYS: err(f"{qid}: keys {set(q) ^ KEYS}")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: err(f"{qid}: unknown scope {q['scope_opd']}")
    forms = [q["answer"]] + q["accept"] if q["answer"] else []
    if q["answerable"] != bool(q["answer"]): err(f"{qid}: answerable flag")
    if q["kind"] == "unanswerable":
        if q["answerable"] or q["support"]: err(f"{qid}: unanswerable with answer/support")
        if not q["forbidden"]: err(f"{qid}: unanswerable without distractors")
    if q["injection_probe"] and q["kind"] != "unanswerable": err(f"{qid}: probe must be unanswerable")
    for a in q["accept"]:
        if abs(num(q["answer"]) - float(a)) > 1e-9 and abs(num(q["answer"]) - num(a)) > 1e-9:
            err(f"{qid}: accept {a} != answer {q['answer']}")
    for s in q["support"]:
        if s["file"] not in DATA: err(f"{qid}: missing support file {s['file']}"); continue
        if s["page"] not in DATA[s["file"]]: err(f"{qid}: missing page {s}"); continue
        if q["scope_opd"] != "*" and OPD_OF[s["file"]] != q["scope_opd"]: err(f"{qid}: support outside scope")
        if q["kind"] == "factoid_scan" and s["file"] not in SCANS: err(f"{qid}: scan question on non-scan")
        if q["kind"] in ("factoid_text", "factoid_table") and s["file"] in SCANS: err(f"{qid}: text q on scan")
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        s = q["support"][0]
        t = ALLTEXT[s["file"]][s["page"]]
        if not any(has(t, a) for a in forms): err(f"{qid}: answer {q['answer']} not on {s}")
    if q["kind"] in ("sum", "two_documents"):
        c = CALC.get(qid)
        if not c: err(f"{qid}: no calculation"); continue
        vals = []
        for part in c["parts"]:
            rows = DATA[part["file"]][part["page"]]
            v = part["value"]
            vforms = [v, v.replace(".", "")]
            if c["method"] == "sum":   # value must be in the same row/line as its label
                if part["file"].endswith(".pdf") and part["file"] not in SCANS:
                    # pypdf puts each table cell on its own line: row = label line + following cells
                    rows = [" ".join(rows[i:i + 5]) for i in range(len(rows))]
                ok = any(r.lower().startswith(part["label"].lower()) or (" " + part["label"].lower()) in r.lower()
                         for r in rows if any(has(r.split(part["label"])[-1] if part["label"] in r else "", x)
                                              for x in vforms))
            elif part["file"].endswith((".xlsx", ".csv")):   # spreadsheet parts: label and value in one row
                ok = any(part["label"].lower() in r.lower() and any(has(r, x) for x in vforms) for r in rows)
            else:
                ok = any(has(ALLTEXT[part["file"]][part["page"]], x) for x in vforms)
            if not ok: err(f"{qid}: part {part} not found")
            vals.append(num(v))
        res = sum(vals) if c["method"] == "sum" else vals[0] - vals[1]
        if abs(res - num(q["answer"])) > 1e-6 or c["result"] != q["answer"]:
            err(f"{qid}: recomputed {res} != {q['answer']}")
        if c["method"] == "sum":
            for a in forms:
                if has(CORPUS_TEXT, a): err(f"{qid}: sum {a} printed somewhere in corpus")
            files_sup = {p["file"] for p in c["parts"]}
            if len(files_sup) != 1: err(f"{qid}: sum over more than one table")
        else:
            if len({p["file"] for p in c["parts"]}) != 2: err(f"{qid}: two_documents needs 2 files")
    for fb in q["forbidden"]:
        if not has(CORPUS_TEXT, fb) and not has(CORPUS_TEXT, fb.replace(".", "")):
            err(f"{qid}: forbidden {fb} not in corpus")
        fbn = num(fb)
        for a in forms:
            try:
                an = num(a) if ("." in a or "," in a) else float(a)
            except ValueError:
                continue
            if abs(an - fbn) < 1e-9 or fb == a: err(f"{qid}: forbidden {fb} equals accepted {a}")

# injections
inj = json.load(open(os.path.join(OUT, "truth", "injections.json"), encoding="utf-8"))
if len(inj) < 2: err("fewer than 2 injected documents")
for i in inj:
    t = ALLTEXT[i["file"]][i["page"]]
    if norm(i["text"])[:60] not in t: err(f"injection text not found in {i['file']}")

# size / hygiene
tot = 0
for root, dirs, fs in os.walk(OUT):
    if "__pycache__" in dirs: err(f"__pycache__ in {root}")
    tot += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
if tot > 15 * 1024 * 1024: err(f"size {tot}")

print(f"docs={len(files)} opds={len(opds)} scans={len(SCANS)} ext={dict(ext)} questions={len(Q)} kinds={dict(kinds)} "
      f"probes={sum(q['injection_probe'] for q in Q)} size={tot/1e6:.1f}MB")
if ERR:
    print("\n".join("FAIL " + e for e in ERR))
    sys.exit(1)
print("ALL CHECKS PASSED")
