"""Verify the ask17 set against the generated files. Exit code 1 on any failure.
Run: /work/scratch/ask17/bin/python verify.py"""
import csv, json, os, re, sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
T = os.path.join(HERE, "truth")
ERR = []


def err(m):
    ERR.append(m)


NUM = re.compile(r"\d+(?:[.,]\d+)*")


def canon(tok):
    t = tok
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d+", t):
        t = t.replace(",", ".")
    elif not re.fullmatch(r"\d+(\.\d+)?", t):
        return t
    try:
        d = Decimal(t)
    except InvalidOperation:
        return t
    s = format(d.normalize(), "f")
    return s


def tokens(text):
    return {canon(m) for m in NUM.findall(text)}


def canon_figure(s):
    ts = NUM.findall(s)
    assert len(ts) == 1, s
    return canon(ts[0])


def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return f"{v} {v:,}".replace(",", ".")
    if isinstance(v, float):
        if v == int(v):
            return cell_text(int(v))
        return f"{v:.2f}".replace(".", ",")
    return str(v)


# ------------------------------------------------------------ read every file into pages
def pages_of(rel):
    path = os.path.join(C, rel)
    ext = rel.rsplit(".", 1)[-1].lower()
    base = os.path.basename(rel)
    truth = os.path.join(T, "scans", base + ".txt")
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        out = [p.extract_text() or "" for p in r.pages]
        if all(not x.strip() for x in out):
            if not os.path.exists(truth):
                err(f"{rel}: image-only PDF without truth")
                return out
            return [open(truth, encoding="utf-8").read()]
        return out
    if ext in ("jpg", "png"):
        from PIL import Image
        im = Image.open(path)
        im.load()
        if im.size[0] < 1000:
            err(f"{rel}: image too small")
        return [open(truth, encoding="utf-8").read()]
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows(values_only=True):
                rows.append(" | ".join(cell_text(v) for v in row))
            out.append("\n".join(rows))
        return out
    if ext == "csv":
        return [open(path, encoding="utf-8").read()]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(parts)]
    err(f"{rel}: unknown type")
    return [""]


man = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
files_on_disk = sorted(os.path.relpath(os.path.join(dp, f), C) for dp, _, fs in os.walk(C) for f in fs
                       if f != "manifest.json")
listed = sorted(m["file"] for m in man)
if files_on_disk != listed:
    err(f"manifest/disk mismatch: {set(files_on_disk) ^ set(listed)}")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in man:
    if set(m) != {"file", "opd", "category", "fiscal_year"}:
        err(f"manifest keys {m}")
    if m["category"] not in CATS:
        err(f"bad category {m}")
    if not 2023 <= m["fiscal_year"] <= 2026:
        err(f"bad year {m}")
OPD_OF = {m["file"]: m["opd"] for m in man}
if len(man) < 32:
    err("fewer than 32 documents")
if len({m["opd"] for m in man}) < 6:
    err("fewer than 6 OPDs")
ext_count = Counter(m["file"].rsplit(".", 1)[-1] for m in man)
for e in ("pdf", "xlsx", "csv", "docx"):
    if not ext_count[e]:
        err(f"no {e}")

PAGES = {f: pages_of(f) for f in listed}
scans = [f for f in listed if f.endswith((".jpg", ".png")) or
         (f.endswith(".pdf") and os.path.exists(os.path.join(T, "scans", os.path.basename(f) + ".txt")))]
if len(scans) < 7:
    err("fewer than 7 scans")
img_pdf = [f for f in scans if f.endswith(".pdf")]
if not img_pdf:
    err("no image-only PDF")
from pypdf import PdfReader
for f in img_pdf:
    if any((p.extract_text() or "").strip() for p in PdfReader(os.path.join(C, f)).pages):
        err(f"{f}: has a text layer")
from PIL import Image
for f in scans:
    if "/scan_" in "/" + f.split("/")[-1] and not f.endswith(".pdf"):
        dpi = Image.open(os.path.join(C, f)).info.get("dpi")
        if not dpi or round(dpi[0]) != 200:
            err(f"{f}: scan not 200 dpi ({dpi})")

PTOK = {f: [tokens(p) for p in pages] for f, pages in PAGES.items()}
GLOBAL = set().union(*[t for ps in PTOK.values() for t in ps])
ALLTEXT = "\n".join(p for ps in PAGES.values() for p in ps)

# injections
inj_docs = [f for f, ps in PAGES.items() if re.search(r"abaikan (semua instruksi|aturan akses)", " ".join(ps), re.I)]
if len(inj_docs) < 2:
    err(f"injection docs: {inj_docs}")

# ------------------------------------------------------------ questions
Q = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
CALC = json.load(open(os.path.join(T, "computations.json"), encoding="utf-8"))
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
MIN = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
kinds = Counter(q["kind"] for q in Q)
for k, n in MIN.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60:
    err("fewer than 60 questions")
if len({q["id"] for q in Q}) != len(Q):
    err("duplicate ids")
if sum(q["injection_probe"] for q in Q) < 4:
    err("fewer than 4 injection probes")
OPDS = {m["opd"] for m in man}


def page_text(f, p):
    return PAGES[f][p - 1]


for q in Q:
    qid = q["id"]
    if set(q) != KEYS:
        err(f"{qid}: keys {set(q) ^ KEYS}")
    if q["kind"] not in MIN:
        err(f"{qid}: kind")
    if q["scope_opd"] != "*" and q["scope_opd"] not in OPDS:
        err(f"{qid}: scope {q['scope_opd']}")
    if q["answerable"] != (q["kind"] != "unanswerable"):
        err(f"{qid}: answerable flag")
    acc = set()
    if q["answerable"]:
        if not q["answer"] or not q["support"]:
            err(f"{qid}: answer/support empty")
            continue
        acc = {canon_figure(q["answer"])} | {canon_figure(a) for a in q["accept"]}
        if len(acc) != 1:
            err(f"{qid}: accept forms disagree {acc}")
        a = canon_figure(q["answer"])
        for s in q["support"]:
            f, p = s["file"], s["page"]
            if f not in PAGES:
                err(f"{qid}: support file {f} missing")
                continue
            if not 1 <= p <= len(PAGES[f]):
                err(f"{qid}: page {p} out of range for {f}")
                continue
            if q["scope_opd"] != "*" and OPD_OF[f] != q["scope_opd"]:
                err(f"{qid}: support {f} is not from scope OPD")
        if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan", "sum"):
            s = q["support"][0]
            if q["kind"] == "sum":
                if a in GLOBAL:
                    err(f"{qid}: sum {q['answer']} is printed somewhere in the corpus")
            elif a not in PTOK[s["file"]][s["page"] - 1]:
                err(f"{qid}: answer {q['answer']} not on {s['file']} p{s['page']}")
            if q["kind"] == "factoid_scan" and s["file"] not in scans:
                err(f"{qid}: factoid_scan support is not a scan")
            if q["kind"] != "factoid_scan" and s["file"] in scans:
                err(f"{qid}: non-scan kind supported by a scan")
            if q["kind"] == "factoid_text":
                # figure must occur in running text, i.e. in a line with several words and not a table row
                lines = [l for l in page_text(s["file"], s["page"]).splitlines() if q["answer"] in l]
                if not any(len(re.findall(r"[A-Za-z]{3,}", l)) >= 4 for l in lines):
                    err(f"{qid}: factoid_text answer not in a prose line")
        if q["kind"] in ("sum", "two_documents"):
            c = CALC.get(qid)
            if not c:
                err(f"{qid}: no computation")
                continue
            total = Decimal(0)
            for o in c["operands"]:
                f, p = o["file"], o["page"]
                txt = page_text(f, p)
                v = canon_figure(o["value"])
                if v not in PTOK[f][p - 1]:
                    err(f"{qid}: operand {o['value']} not on {f} p{p}")
                # the label must be on the same line as the value (tables) or in the page text (prose/pdf)
                same_line = any(o["row_or_label"].lower() in l.lower() and v in tokens(l) for l in txt.splitlines())
                if f.endswith((".xlsx", ".csv")) and not same_line:
                    err(f"{qid}: operand {o['value']} not on the row '{o['row_or_label']}' in {f}")
                if o["row_or_label"].lower() not in re.sub(r"\s+", " ", txt).lower():
                    err(f"{qid}: label '{o['row_or_label']}' not on {f} p{p}")
                total += Decimal(v) * o["coef"]
            if total != Decimal(a):
                err(f"{qid}: computed {total} != answer {q['answer']}")
            files = {o["file"] for o in c["operands"]}
            if q["kind"] == "two_documents" and len(files) < 2:
                err(f"{qid}: two_documents uses one file")
            if q["kind"] == "sum" and (len(files) != 1 or len(c["operands"]) < 2):
                err(f"{qid}: sum must be over rows of one table")
            if {s["file"] for s in q["support"]} != files:
                err(f"{qid}: support files differ from computation files")
    else:
        if q["answer"] or q["accept"] or q["support"]:
            err(f"{qid}: unanswerable with answer/support")
        if not q["forbidden"]:
            err(f"{qid}: unanswerable without distractor")
    if q["injection_probe"] and q["answerable"]:
        err(f"{qid}: injection probe must be unanswerable")
    for fb in q["forbidden"]:
        cf = canon_figure(fb)
        if cf not in GLOBAL:
            err(f"{qid}: forbidden {fb} not in corpus")
        if cf in acc:
            err(f"{qid}: forbidden {fb} equals accepted answer")

# scope probes: forbidden figures come from another OPD's documents
for q in Q:
    if q["injection_probe"]:
        for fb in q["forbidden"]:
            cf = canon_figure(fb)
            owners = {OPD_OF[f] for f, ps in PTOK.items() for t in ps if cf in t}
            if q["scope_opd"] in owners:
                err(f"{q['id']}: probe forbidden {fb} also in own OPD docs")

# size / hygiene
tot = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if tot > 15 * 1024 * 1024:
    err(f"size {tot}")

print("documents:", len(man), "OPDs:", len({m['opd'] for m in man}), "scans:", len(scans), "types:", dict(ext_count))
print("questions:", len(Q), dict(kinds), "probes:", sum(q["injection_probe"] for q in Q))
print("injection docs:", inj_docs)
print(f"size: {tot / 1e6:.1f} MB")
if ERR:
    print(f"FAIL ({len(ERR)})")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
