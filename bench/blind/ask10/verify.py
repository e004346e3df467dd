#!/usr/bin/env python3
"""Independent checks of the ask10 set against the generated files. Exit code 1 on any failure."""
import os, re, json, csv, sys, glob
from pypdf import PdfReader
import openpyxl, docx
from PIL import Image

ROOT = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(ROOT, "corpus")
ERR = []
def fail(m): ERR.append(m)
def idn(n): return f"{n:,}".replace(",", ".")
IMG = (".jpg", ".jpeg", ".png")

def truth(f):
    p = os.path.join(ROOT, "truth", "scans", f + ".txt")
    return open(p).read() if os.path.exists(p) else None

def cellstr(v):
    if v is None: return []
    if isinstance(v, bool): return [str(v)]
    if isinstance(v, int): return [str(v), idn(v)]
    if isinstance(v, float):
        out = [repr(v)]
        for d in (1, 2):
            out.append(f"{v:.{d}f}".replace(".", ","))
        if v == int(v): out += [idn(int(v))]
        return out
    s = str(v); out = [s]
    if re.fullmatch(r"\d+", s): out.append(idn(int(s)))
    return out

_cache = {}
def pages(f):
    """list of page texts for a corpus file"""
    if f in _cache: return _cache[f]
    p = os.path.join(C, f); ext = f.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        r = PdfReader(p); out = [(pg.extract_text() or "") for pg in r.pages]
        if not "".join(out).strip():
            t = truth(f)
            if t is None: fail(f"{f}: image PDF without truth")
            out = [t or ""]
    elif ext in ("jpg", "jpeg", "png"):
        out = [truth(f) or ""]
        if not truth(f): fail(f"{f}: scan without truth")
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(p, data_only=True); out = []
        for ws in wb.worksheets:
            parts = []
            for row in ws.iter_rows(values_only=True):
                for v in row: parts += cellstr(v)
            out.append(" \n ".join(parts))
    elif ext == "csv":
        txt = open(p, encoding="utf-8").read(); sep = ";" if txt.count(";") > txt.count(",") else ","
        parts = []
        for row in csv.reader(txt.splitlines(), delimiter=sep):
            for v in row: parts += cellstr(v)
        out = [" \n ".join(parts)]
    elif ext == "docx":
        d = docx.Document(p); parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts += cellstr(c.text)
        out = [" \n ".join(parts)]
    else:
        out = [""]; fail(f"{f}: unknown type")
    _cache[f] = out; return out

def has(text, val):
    val = str(val)
    return re.search(r"(?<![\d.,])" + re.escape(val) + r"(?![\d]|[.,]\d)", text) is not None

def num(s):
    if isinstance(s, (int, float)): return s
    s = str(s).strip()
    s = re.sub(r"[^\d.,\-]", "", s)
    if "," in s: return float(s.replace(".", "").replace(",", "."))
    return int(s.replace(".", ""))

MULT = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}
def readings(s):
    """possible numeric readings of a spelling: Indonesian and plain/English; with and without a scale word"""
    m = re.search(r"\d[\d.,]*", str(s)); tok = m.group(0).rstrip(".,")
    out = set()
    try: out.add(float(num(tok)))
    except Exception: pass
    if re.fullmatch(r"\d+(\.\d+)?", tok): out.add(float(tok))
    for w, f in MULT.items():
        if w in str(s).lower(): out |= {v * f for v in list(out)}
    return out
def same_figure(a, ans):
    ra, rb = readings(a), readings(ans)
    return any(abs(x - y) < 1e-6 * max(1, abs(y)) for x in ra for y in rb) or any(
        abs(x - y * f) < 1e-6 * max(1, abs(x)) for x in ra for y in rb for f in MULT.values())

def fmt_like(x, ans):
    if "," in ans:
        d = len(ans.split(",")[1]); return f"{x:.{d}f}".replace(".", ",")
    return idn(int(round(x)))

man = json.load(open(os.path.join(C, "manifest.json")))
files = {m["file"]: m for m in man}
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
on_disk = sorted(os.path.relpath(x, C) for x in glob.glob(C + "/**/*", recursive=True) if os.path.isfile(x) and not x.endswith("manifest.json"))
if sorted(files) != on_disk: fail(f"manifest/disk mismatch: {set(files) ^ set(on_disk)}")
for m in man:
    if m["category"] not in CATS: fail(f"bad category {m}")
    if not (2023 <= m["fiscal_year"] <= 2026): fail(f"bad year {m}")
opds = {m["opd"] for m in man}
if len(man) < 32: fail("fewer than 32 docs")
if len(opds) < 6: fail("fewer than 6 OPDs")
scans = [f for f in files if f.lower().endswith(IMG)]
imgpdf = [f for f in files if f.endswith(".pdf") and not "".join((pg.extract_text() or "") for pg in PdfReader(os.path.join(C, f)).pages).strip()]
if len(scans) + len(imgpdf) < 7: fail("fewer than 7 scans")
if len(imgpdf) < 1: fail("no image-only PDF")
for f in scans:
    im = Image.open(os.path.join(C, f)); dpi = im.info.get("dpi", (0, 0))
    if round(dpi[0]) != 200: fail(f"{f}: dpi {dpi}")
types = {}
for f in files: types[f.rsplit(".", 1)[-1]] = types.get(f.rsplit(".", 1)[-1], 0) + 1
for t in ("pdf", "xlsx", "csv", "docx"):
    if not types.get(t): fail(f"no {t}")

ALL = {f: "\n".join(pages(f)) for f in files}
ALLTXT = "\n".join(ALL.values())
inj = [f for f, t in ALL.items() if re.search(r"abaikan (seluruh|aturan)", t, re.I)]
if len(inj) != 2: fail(f"injected docs != 2: {inj}")

qs = json.load(open(os.path.join(ROOT, "questions.json")))
calcs = json.load(open(os.path.join(ROOT, "truth", "calculations.json")))
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
MIN = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
cnt = {k: 0 for k in MIN}
ids = set()
for q in qs:
    i = q.get("id")
    if set(q) != KEYS: fail(f"{i}: keys {set(q) ^ KEYS}")
    if i in ids: fail(f"dup id {i}")
    ids.add(i)
    k = q["kind"]
    if k not in MIN: fail(f"{i}: kind {k}"); continue
    cnt[k] += 1
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: fail(f"{i}: scope {q['scope_opd']}")
    ans = q["answer"]; accepted = [ans] + q["accept"]
    if k == "unanswerable":
        if q["answerable"] or ans or q["support"]: fail(f"{i}: unanswerable must have no answer/support")
    else:
        if not q["answerable"] or not ans or not q["support"]: fail(f"{i}: answerable needs answer+support")
        for s in q["support"]:
            if s["file"] not in files: fail(f"{i}: support file missing {s}"); continue
            if q["scope_opd"] != "*" and files[s["file"]]["opd"] != q["scope_opd"]: fail(f"{i}: support outside scope")
            if not (1 <= s["page"] <= len(pages(s["file"]))): fail(f"{i}: bad page {s}")
        for a in q["accept"]:
            if not same_figure(a, ans): fail(f"{i}: accept {a} != answer {ans}")
    if k.startswith("factoid"):
        if not any(has(pages(s["file"])[s["page"]-1], ans) for s in q["support"]):
            fail(f"{i}: answer {ans} not on support page")
        if k == "factoid_scan" and not all(s["file"].lower().endswith(IMG) or s["file"] in imgpdf for s in q["support"]):
            fail(f"{i}: factoid_scan support is not a scan")
    if k in ("sum", "two_documents"):
        c = calcs.get(i)
        if not c: fail(f"{i}: no calculation"); continue
        vals = []
        for p in c["parts"]:
            v = p["value"]; txt = pages(p["file"])[p["page"]-1]
            shown = v if isinstance(v, str) else idn(v)
            if not (has(txt, shown) or (isinstance(v, int) and has(txt, str(v)))): fail(f"{i}: part {v} not on {p['file']} p{p['page']}")
            if {"file": p["file"], "page": p["page"]} not in q["support"]: fail(f"{i}: part page not in support")
            vals.append(num(v))
        if k == "sum":
            if len(vals) < 2: fail(f"{i}: sum of <2 rows")
            if len({p["file"] for p in c["parts"]}) != 1: fail(f"{i}: sum over several files")
            res = sum(vals)
            for a in accepted:
                if has(ALLTXT, a): fail(f"{i}: sum {a} is printed in corpus")
        else:
            if c["op"] != "diff" or len(vals) != 2: fail(f"{i}: two_documents calc"); continue
            if len({p["file"] for p in c["parts"]}) != 2: fail(f"{i}: needs two documents")
            res = vals[0] - vals[1]
        if fmt_like(res, ans) != ans: fail(f"{i}: recomputed {res} != {ans}")
    for fb in q["forbidden"]:
        if not has(ALLTXT, fb): fail(f"{i}: forbidden {fb} not in corpus")
        if any(fb == a for a in accepted) or (ans and same_figure(fb, ans)): fail(f"{i}: forbidden {fb} equals answer")
    if q["injection_probe"]:
        if k != "unanswerable": fail(f"{i}: probe must be unanswerable")
        if not q["forbidden"]: fail(f"{i}: probe without forbidden")
        for fb in q["forbidden"]:
            if not any(has(t, fb) for f, t in ALL.items() if files[f]["opd"] != q["scope_opd"]):
                fail(f"{i}: probe forbidden {fb} not from another OPD")
            if any(has(t, fb) for f, t in ALL.items() if files[f]["opd"] == q["scope_opd"]):
                fail(f"{i}: probe forbidden {fb} also in own OPD docs")
    if k == "unanswerable" and q["scope_opd"] != "*" and not q["injection_probe"]:
        pass
for k, n in MIN.items():
    if cnt[k] < n: fail(f"kind {k}: {cnt[k]} < {n}")
if len(qs) < 60: fail("fewer than 60 questions")
if sum(q["injection_probe"] for q in qs) < 4: fail("fewer than 4 injection probes")
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(ROOT) for f in fs)
if size > 15 * 1024 * 1024: fail(f"size {size}")
if any("__pycache__" in d for d, _, _ in os.walk(ROOT)): fail("__pycache__ present")

print(f"docs={len(man)} opds={len(opds)} scans={len(scans)}+{len(imgpdf)} imgpdf types={types} questions={len(qs)} kinds={cnt} "
      f"probes={sum(q['injection_probe'] for q in qs)} injected_docs={inj} size={size/1e6:.2f}MB")
if ERR:
    print("FAIL"); [print(" -", e) for e in ERR]; sys.exit(1)
print("OK")
