#!/usr/bin/env python3
"""Independent checks of the ask22 set against the files themselves."""
import csv, json, os, re, sys
from collections import Counter, defaultdict
import openpyxl, docx
from PIL import Image
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(ROOT, "corpus")
ERR = []


def err(m):
    ERR.append(m)


def parse_num(s):
    """Indonesian-style figure -> float, or None."""
    s = s.strip()
    mult = 1
    if re.search(r"\bjuta\b", s):
        mult = 1_000_000
    s = re.sub(r"(?i)rp\.?|%|juta|jiwa|menit|\s", "", s)
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")) * mult
    if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", s):  # 1,250,000 style alternates
        return float(s.replace(",", "")) * mult
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", ".")) * mult
    if re.fullmatch(r"\d+\.\d+", s):
        return float(s) * mult
    if re.fullmatch(r"\d+", s):
        return float(s) * mult
    return None


def token_values(text):
    vals = set()
    for t in re.findall(r"\d+(?:[.,]\d+)*", text):
        v = parse_num(t)
        if v is not None:
            vals.add(round(v, 4))
    return vals


def fmt_id(v):
    if isinstance(v, float) and v != int(v):
        s = f"{v:,.2f}"
    else:
        s = f"{int(v):,}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ------------------------------------------------------------ load pages
manifest = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(C) if f != "manifest.json")
mfiles = [m["file"] for m in manifest]
if sorted(mfiles) != files:
    err(f"manifest/file mismatch: {set(mfiles) ^ set(files)}")
scan_truth = {}
for f in os.listdir(os.path.join(ROOT, "truth", "scans")):
    scan_truth[f[:-4]] = open(os.path.join(ROOT, "truth", "scans", f), encoding="utf-8").read()

PAGES = {}   # file -> {page: (text, values)}
for f in files:
    p = os.path.join(C, f)
    pages = {}
    if f.endswith(".pdf"):
        r = PdfReader(p)
        for i, pg in enumerate(r.pages, 1):
            t = pg.extract_text() or ""
            if f in scan_truth:
                if t.strip():
                    err(f"{f}: image-only PDF has a text layer")
                t = scan_truth[f]
            pages[i] = t
    elif f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        for i, ws in enumerate(wb.worksheets, 1):
            parts, vals = [], set()
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        parts.append(fmt_id(v))
                        vals.add(round(float(v), 4))
                    else:
                        parts.append(str(v))
            pages[i] = (" | ".join(parts), vals)
    elif f.endswith(".csv"):
        raw = open(p, encoding="utf-8").read()
        delim = ";" if raw.count(";") > raw.count(",") else ","
        rows = list(csv.reader(raw.splitlines(), delimiter=delim))
        pages[1] = "\n".join(" | ".join(r) for r in rows)
    elif f.endswith(".docx"):
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        pages[1] = "\n".join(parts)
    elif f.endswith((".jpg", ".png")):
        im = Image.open(p)
        dpi = im.info.get("dpi", (0, 0))
        if abs(dpi[0] - 200) > 1:
            err(f"{f}: dpi {dpi}")
        if f not in scan_truth:
            err(f"{f}: no scan truth")
        pages[1] = scan_truth.get(f, "")
    for k, v in pages.items():
        if isinstance(v, tuple):
            text, extra = v
        else:
            text, extra = v, set()
        text = re.sub(r"\s+", " ", text)
        PAGES.setdefault(f, {})[k] = (text, token_values(text) | extra)

ALLVALS = set()
ALLTEXT = ""
for f, pg in PAGES.items():
    for k, (t, vals) in pg.items():
        ALLVALS |= vals
        ALLTEXT += " " + t


def on_page(f, page, value_str):
    if f not in PAGES or page not in PAGES[f]:
        err(f"missing page {f}#{page}")
        return False
    v = parse_num(value_str)
    return v is not None and round(v, 4) in PAGES[f][page][1]


# ------------------------------------------------------------ manifest checks
opds = Counter(m["opd"] for m in manifest)
cats = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in manifest:
    if m["category"] not in cats:
        err(f"bad category {m}")
    if not 2023 <= m["fiscal_year"] <= 2026:
        err(f"bad fy {m}")
if len(manifest) < 32 or len(opds) < 6:
    err(f"too few docs/opds {len(manifest)} {len(opds)}")
n_scans = len([f for f in files if f in scan_truth])
if n_scans < 7:
    err(f"only {n_scans} scans")
if not any(f.endswith(".pdf") and f in scan_truth for f in files):
    err("no image-only PDF")
forms = Counter(os.path.splitext(f)[1] for f in files)
for ext in (".pdf", ".xlsx", ".csv", ".docx", ".jpg", ".png"):
    if not forms[ext]:
        err(f"no {ext} file")
inj = json.load(open(os.path.join(ROOT, "truth", "injections.json"), encoding="utf-8"))
if len(inj) < 2:
    err("need 2 injected docs")
for f in inj:
    t = " ".join(x[0] for x in PAGES[f].values()).lower()
    if "abaikan" not in t or " ai" not in t:
        err(f"injection text not found in {f}")

# ------------------------------------------------------------ questions
Q = json.load(open(os.path.join(ROOT, "questions.json"), encoding="utf-8"))
COMP = json.load(open(os.path.join(ROOT, "truth", "computations.json"), encoding="utf-8"))
fopd = {m["file"]: m["opd"] for m in manifest}
kinds = Counter(q["kind"] for q in Q)
need = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in need.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60:
    err("fewer than 60 questions")
if len({q["id"] for q in Q}) != len(Q):
    err("duplicate ids")
if sum(1 for q in Q if q["injection_probe"]) < 4:
    err("fewer than 4 injection probes")
keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
for q in Q:
    qid = q["id"]
    if set(q) != keys:
        err(f"{qid}: keys {set(q) ^ keys}")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
        err(f"{qid}: unknown scope")
    if q["injection_probe"] and q["kind"] != "unanswerable":
        err(f"{qid}: probe must be unanswerable")
    for fb in q["forbidden"]:
        v = parse_num(fb)
        if v is None or round(v, 4) not in ALLVALS:
            err(f"{qid}: forbidden {fb} not in corpus")
    if q["kind"] == "unanswerable":
        if q["answerable"] or q["answer"] or q["support"] or not q["forbidden"]:
            err(f"{qid}: unanswerable fields")
        continue
    if not q["answerable"]:
        err(f"{qid}: answerable flag")
    av = parse_num(q["answer"])
    if av is None:
        err(f"{qid}: answer unparseable")
        continue
    for a in q["accept"]:
        if parse_num(a) is None or abs(parse_num(a) - av) > 1e-6:
            err(f"{qid}: accept {a} != answer")
    for fb in q["forbidden"]:
        if abs(parse_num(fb) - av) < 1e-6:
            err(f"{qid}: forbidden equals answer")
    for s in q["support"]:
        if q["scope_opd"] != "*" and fopd.get(s["file"]) != q["scope_opd"]:
            err(f"{qid}: support {s['file']} outside scope")
    if q["kind"].startswith("factoid"):
        if len(q["support"]) != 1:
            err(f"{qid}: factoid needs 1 support")
        s = q["support"][0]
        if not on_page(s["file"], s["page"], q["answer"]):
            err(f"{qid}: answer {q['answer']} not on {s['file']}#{s['page']}")
        is_scan = s["file"] in scan_truth
        if (q["kind"] == "factoid_scan") != is_scan:
            err(f"{qid}: scan kind mismatch")
        continue
    # two_documents / sum
    c = COMP.get(qid)
    if not c:
        err(f"{qid}: no computation")
        continue
    for comp in c["components"]:
        if not on_page(comp["file"], comp["page"], comp["value"]):
            err(f"{qid}: component {comp['value']} not on {comp['file']}#{comp['page']}")
    vals = [parse_num(x["value"]) for x in c["components"]]
    res = vals[0] - sum(vals[1:]) if c["op"] == "diff" else sum(vals)
    if abs(res - av) > 1e-6 or abs(parse_num(c["result"]) - av) > 1e-6:
        err(f"{qid}: recomputed {res} != {q['answer']}")
    sup = {(s["file"], s["page"]) for s in q["support"]}
    if sup != {(x["file"], x["page"]) for x in c["components"]}:
        err(f"{qid}: support != components")
    nfiles = len({x["file"] for x in c["components"]})
    if q["kind"] == "two_documents" and nfiles < 2:
        err(f"{qid}: needs two documents")
    if q["kind"] == "sum":
        if nfiles != 1 or len(sup) != 1 or len(c["components"]) < 2:
            err(f"{qid}: sum must be over rows of one table")
        if round(av, 4) in ALLVALS:
            err(f"{qid}: sum {q['answer']} is printed in the corpus")
        for a in [q["answer"]] + q["accept"]:
            if re.search(r"(?<![\d.,])" + re.escape(a) + r"(?![\d]|[.,]\d)", ALLTEXT):
                err(f"{qid}: sum literal {a} printed")

# ------------------------------------------------------------ hygiene
size = 0
for dp, dn, fn in os.walk(ROOT):
    if "__pycache__" in dn:
        err("__pycache__ present")
    size += sum(os.path.getsize(os.path.join(dp, x)) for x in fn)
if size > 15 * 1024 * 1024:
    err(f"size {size}")

print(f"{len(manifest)} docs, {len(opds)} OPDs, {n_scans} scans, forms {dict(forms)}")
print(f"{len(Q)} questions: {dict(kinds)}; probes {sum(q['injection_probe'] for q in Q)}; size {size/1e6:.1f} MB")
if ERR:
    print("FAIL")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
