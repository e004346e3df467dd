#!/usr/bin/env python3
"""Independent checks of the ask16 set against the generated files. Exit code 1 on any failure."""
import csv, json, os, re, sys
from collections import Counter
import openpyxl, docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
TRUTH = os.path.join(HERE, "truth")
ERR = []


def err(m):
    ERR.append(m)


def idr(n):
    return f"{int(n):,}".replace(",", ".")


def num_forms(v):
    """string forms of a numeric cell value"""
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, int) or (isinstance(v, float) and v == int(v)):
        return [str(int(v)), idr(v)]
    out = [repr(v)]
    for k in (1, 2):
        s = f"{v:.{k}f}"
        a, b = s.split(".")
        out.append(idr(int(a)) + "," + b)
    return out


def parse_num(s):
    s = str(s).strip().lower().replace("rp", "").replace("%", "").strip()
    mult = 1
    for w, m in (("miliar", 1e9), ("juta", 1e6), ("triliun", 1e12)):
        if w in s:
            mult, s = m, s.replace(w, "").strip()
    s = re.sub(r"[^\d.,]", " ", s).split()[0] if re.search(r"\d", s) else ""
    if not s:
        return None
    s = s.rstrip(".,")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    return round(float(s) * mult, 6)


def has_token(text, s):
    pat = r"(?<![\w.,])" + re.escape(s) + r"(?![\w]|[.,]\d)"
    return re.search(pat, text) is not None


# ------------------------------------------------------------ extract text of every file/page
manifest = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
PAGES = {}      # file -> {page: text}
CELLS = {}      # file -> {page: list of rows (raw values)}
IMAGE_ONLY = set()
for m in manifest:
    fn = m["file"]
    path = os.path.join(CORPUS, fn)
    if not os.path.exists(path):
        err(f"missing file {fn}"); continue
    ext = fn.rsplit(".", 1)[1].lower()
    truthp = os.path.join(TRUTH, fn + ".truth.txt")
    if ext == "pdf":
        r = PdfReader(path)
        texts = {i + 1: (p.extract_text() or "") for i, p in enumerate(r.pages)}
        if all(not t.strip() for t in texts.values()):
            IMAGE_ONLY.add(fn)
            if not os.path.exists(truthp):
                err(f"image-only pdf without truth {fn}")
            else:
                texts = {1: open(truthp, encoding="utf-8").read()}
        PAGES[fn] = texts
    elif ext in ("jpg", "jpeg", "png"):
        if not os.path.exists(truthp):
            err(f"scan without truth {fn}"); continue
        PAGES[fn] = {1: open(truthp, encoding="utf-8").read()}
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        PAGES[fn], CELLS[fn] = {}, {}
        for i, ws in enumerate(wb.worksheets):
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            CELLS[fn][i + 1] = rows
            parts = []
            for r in rows:
                for v in r:
                    if isinstance(v, str):
                        parts.append(v)
                    else:
                        parts += num_forms(v)
            PAGES[fn][i + 1] = " | ".join(parts)
    elif ext == "csv":
        raw = open(path, encoding="utf-8").read()
        delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
        rows = list(csv.reader(raw.splitlines(), delimiter=delim))
        CELLS[fn] = {1: rows}
        parts = []
        for r in rows:
            for v in r:
                parts.append(v)
                if re.fullmatch(r"\d+", v):
                    parts.append(idr(int(v)))
        PAGES[fn] = {1: " | ".join(parts)}
    elif ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        trows = []
        for t in d.tables:
            for row in t.rows:
                cells = [c.text for c in row.cells]
                trows.append(cells)
                parts.append(" | ".join(cells))
        CELLS[fn] = {1: trows}
        PAGES[fn] = {1: "\n".join(parts)}
    else:
        err(f"unknown type {fn}")

ALL_TEXT = "\n".join(t for pages in PAGES.values() for t in pages.values())

# ------------------------------------------------------------ corpus-level checks
files_on_disk = sorted(f for f in os.listdir(CORPUS) if f != "manifest.json")
if sorted(m["file"] for m in manifest) != files_on_disk:
    err("manifest does not match corpus files")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in manifest:
    if set(m) != {"file", "opd", "category", "fiscal_year"}:
        err(f"manifest keys {m}")
    if m["category"] not in CATS:
        err(f"bad category {m}")
    if not (2023 <= m["fiscal_year"] <= 2026):
        err(f"bad fiscal year {m}")
opds = {m["opd"] for m in manifest}
ext_count = Counter(m["file"].rsplit(".", 1)[1] for m in manifest)
scans = [m["file"] for m in manifest if m["file"].endswith((".jpg", ".png"))] + sorted(IMAGE_ONLY)
text_pdfs = [f for f in PAGES if f.endswith(".pdf") and f not in IMAGE_ONLY]
if len(manifest) < 32: err("fewer than 32 documents")
if len(opds) < 6: err("fewer than 6 OPDs")
if len(scans) < 7: err("fewer than 7 scans")
if len(IMAGE_ONLY) < 1: err("no image-only pdf")
if ext_count["xlsx"] < 1 or ext_count["csv"] < 1 or ext_count["docx"] < 1: err("missing format")
inj = [f for f, pages in PAGES.items() if re.search(r"(abaikan|mode administrator)", " ".join(pages.values()), re.I)
       and re.search(r"\bAI\b", " ".join(pages.values()))]
if len(inj) < 2: err(f"injected documents: {inj}")
OPD_OF = {m["file"]: m["opd"] for m in manifest}

# ------------------------------------------------------------ questions
Q = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
COMP = json.load(open(os.path.join(TRUTH, "computations.json"), encoding="utf-8"))
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
kinds = Counter(q["kind"] for q in Q)
if len({q["id"] for q in Q}) != len(Q): err("duplicate ids")
if len(Q) < 60: err("fewer than 60 questions")
MIN = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in MIN.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < {n}")
if sum(q["injection_probe"] for q in Q) < 4: err("fewer than 4 injection probes")


def comp_value_ok(c):
    """check one computation component against its file; returns numeric value or None"""
    fn, page, val = c["file"], c["page"], c["value"]
    v = parse_num(val)
    loc = c.get("locator")
    if loc and fn in CELLS:
        rows = CELLS[fn][page]
        if fn.endswith(".docx"):
            key = loc.replace("table row ", "")
            for r in rows:
                if any(key.lower() in str(x).lower() for x in r):
                    nums = [parse_num(x) for x in r if re.fullmatch(r"[\d.]+", str(x).strip())]
                    return v if v in nums[1:] or (nums and nums[-1] == v) else None
            return None
        m = re.match(r"row (?:(\w+)=)?(.+), col (.+)$", loc)
        key, col = m.group(2).strip(), m.group(3).strip()
        hdr_i = next((i for i, r in enumerate(rows) if any(str(x).strip() == col for x in r)), None)
        if hdr_i is None:
            return None
        ci = [str(x).strip() for x in rows[hdr_i]].index(col)
        for r in rows[hdr_i + 1:]:
            if any(str(x).strip() == key for x in r):
                cell = r[ci]
                cv = float(cell) if isinstance(cell, (int, float)) else parse_num(cell)
                return cv if cv == v else None
        return None
    return v if has_token(PAGES[fn][page], val) else None


for q in Q:
    qid = q["id"]
    if set(q) != KEYS: err(f"{qid} keys {set(q) ^ KEYS}")
    if q["kind"] not in MIN: err(f"{qid} kind")
    if q["answerable"] != (q["kind"] != "unanswerable"): err(f"{qid} answerable flag")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: err(f"{qid} scope {q['scope_opd']}")
    forms = [q["answer"]] + q["accept"] if q["answer"] else []
    vals = {parse_num(f) for f in forms}
    if len(vals) > 1: err(f"{qid} accept forms disagree {forms}")
    for f in q["forbidden"]:
        if not has_token(ALL_TEXT, f): err(f"{qid} forbidden '{f}' not in corpus")
        if parse_num(f) in vals: err(f"{qid} forbidden '{f}' equals answer")
    for s in q["support"]:
        if s["file"] not in PAGES or s["page"] not in PAGES[s["file"]]:
            err(f"{qid} bad support {s}"); continue
        if q["scope_opd"] != "*" and OPD_OF[s["file"]] != q["scope_opd"]:
            err(f"{qid} support outside scope {s['file']}")
    if q["kind"] == "unanswerable":
        if q["answer"] or q["accept"] or q["support"]: err(f"{qid} unanswerable with answer/support")
        if not q["forbidden"]: err(f"{qid} unanswerable without distractors")
        continue
    if q["injection_probe"]: err(f"{qid} injection probe must be unanswerable")
    if not q["support"]: err(f"{qid} no support")
    if q["kind"].startswith("factoid"):
        if not any(has_token(PAGES[s["file"]][s["page"]], q["answer"]) for s in q["support"] if s["file"] in PAGES):
            err(f"{qid} answer '{q['answer']}' not on support page")
        if q["kind"] == "factoid_scan" and not all(s["file"] in scans for s in q["support"]):
            err(f"{qid} scan question not on a scan")
        continue
    # sum / two_documents
    c = COMP.get(qid)
    if not c: err(f"{qid} no computation"); continue
    cv = [comp_value_ok(x) for x in c["components"]]
    if any(v is None for v in cv): err(f"{qid} component not found in file: {c['components']}"); continue
    res = sum(cv) if q["kind"] == "sum" else cv[0] - cv[1]
    if abs(res - parse_num(q["answer"])) > 1e-6: err(f"{qid} recomputed {res} != {q['answer']}")
    if q["kind"] == "two_documents" and len({x["file"] for x in c["components"]}) < 2:
        err(f"{qid} two_documents uses one file")
    if q["kind"] == "sum":
        if len(c["components"]) < 2: err(f"{qid} sum of <2 rows")
        for f in forms:
            if has_token(ALL_TEXT, f): err(f"{qid} sum '{f}' is printed in the corpus")

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024: err(f"set too large {size}")

print(f"documents {len(manifest)}  OPDs {len(opds)}  formats {dict(ext_count)}  scans {len(scans)} "
      f"(image-only pdf {len(IMAGE_ONLY)})  text pdfs {len(text_pdfs)}  injected docs {inj}")
print(f"questions {len(Q)}  kinds {dict(kinds)}  injection probes {sum(q['injection_probe'] for q in Q)}  "
      f"size {size / 1e6:.1f} MB")
if ERR:
    print("FAILED:"); [print("  -", e) for e in ERR]; sys.exit(1)
print("OK: all checks passed")
