"""Verify the ask14 set against its files. Exit code 0 = all checks pass."""
import csv, json, os, re, sys
from collections import Counter
from decimal import Decimal

ROOT = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(ROOT, "corpus")
T = os.path.join(ROOT, "truth")
ERR = []


def err(m):
    ERR.append(m)


def fmt_int(n):
    return f"{int(n):,}".replace(",", ".")


# ------------------------------------------------------------------ text of (file, page)
_cache = {}


def pages_of(fname):
    """Return list of page texts (1-based index = position+1)."""
    if fname in _cache:
        return _cache[fname]
    p = os.path.join(C, fname)
    ext = fname.rsplit(".", 1)[1].lower()
    truth = os.path.join(T, fname + ".truth.txt")
    if os.path.exists(truth):  # scans (images and image-only PDFs): the drawn text
        out = [open(truth, encoding="utf-8").read()]
    elif ext == "pdf":
        from pypdf import PdfReader
        out = [pg.extract_text() or "" for pg in PdfReader(p).pages]
    elif ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(p)
        out = []
        for ws in wb.worksheets:
            toks = []
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, bool):
                        toks.append(str(v))
                    elif isinstance(v, int):
                        toks += [str(v), fmt_int(v)]
                    elif isinstance(v, float):
                        toks += [repr(v), f"{v:.2f}".replace(".", ",")]
                        if v == int(v):
                            toks += [str(int(v)), fmt_int(v)]
                    else:
                        toks.append(str(v))
            out.append("\n".join(toks))
    elif ext == "csv":
        out = [open(p, encoding="utf-8").read()]
    elif ext == "docx":
        from docx import Document
        d = Document(p)
        toks = [para.text for para in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                toks += [c.text for c in r.cells]
        out = ["\n".join(toks)]
    else:
        raise ValueError(fname)
    _cache[fname] = out
    return out


def has_fig(text, fig):
    pat = r"(?<![\d])(?<![\d][.,])" + re.escape(fig) + r"(?:,00)?(?![\d])(?![.,]\d)"
    return re.search(pat, text) is not None


def interpretations(s):
    """Numeric values a figure string could mean (Indonesian and English readings)."""
    s = s.strip().rstrip("%").strip()
    vals = set()
    try:
        vals.add(Decimal(s.replace(".", "").replace(",", ".")))  # Indonesian
    except Exception:
        pass
    try:
        vals.add(Decimal(s.replace(",", "")))  # English
    except Exception:
        pass
    return vals


def id_value(s):
    """Value of a figure printed Indonesian-style (or a raw integer in a csv/xlsx)."""
    s = s.strip().rstrip("%")
    if "," in s:
        return Decimal(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return Decimal(s.replace(".", ""))
    return Decimal(s)


def id_format(v):
    """Indonesian spelling of a Decimal result."""
    if v == v.to_integral_value():
        return fmt_int(v)
    s = format(v.normalize(), "f")
    ip, dp = s.split(".")
    return fmt_int(int(ip)) + "," + dp


# ------------------------------------------------------------------ manifest and files
man = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(C) if f != "manifest.json")
mfiles = [m["file"] for m in man]
if sorted(mfiles) != files:
    err(f"manifest/file mismatch: {set(files) ^ set(mfiles)}")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in man:
    if m["category"] not in CATS:
        err(f"bad category {m}")
    if not (2023 <= m["fiscal_year"] <= 2026):
        err(f"bad fiscal_year {m}")
OPD = {m["file"]: m["opd"] for m in man}
if len(man) < 32:
    err(f"only {len(man)} documents")
if len(set(OPD.values())) < 6:
    err("fewer than 6 OPDs")
scans = [f for f in files if os.path.exists(os.path.join(T, f + ".truth.txt"))]
img_pdf = [f for f in scans if f.endswith(".pdf")]
if len(scans) < 7 or not img_pdf:
    err(f"scans: {len(scans)}, image-only pdfs: {len(img_pdf)}")
from pypdf import PdfReader
for f in img_pdf:
    if any((pg.extract_text() or "").strip() for pg in PdfReader(os.path.join(C, f)).pages):
        err(f"{f} has a text layer")
from PIL import Image
for f in scans:
    if not f.endswith(".pdf"):
        im = Image.open(os.path.join(C, f))
        if im.width < 1200:
            err(f"{f} too small")
ext = Counter(f.rsplit(".", 1)[1] for f in files if f not in scans)
for e in ("pdf", "xlsx", "csv", "docx"):
    if not ext[e]:
        err(f"no {e} files")
# injected instructions
inj = [f for f in files if any(re.search(r"abaikan (semua instruksi|batasan OPD)", t, re.I) for t in pages_of(f))]
if len(inj) < 2:
    err(f"injected-instruction documents: {inj}")

ALLTEXT = {(f, i + 1): t for f in files for i, t in enumerate(pages_of(f))}


def spellings(fig):
    """fig plus its raw-digit spelling (csv/xlsx store 68000 for 68.000)."""
    out = [fig]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", fig):
        out.append(fig.replace(".", ""))
    return out


def anywhere(fig):
    return [k for k, t in ALLTEXT.items() if any(has_fig(t, f) for f in spellings(fig))]


# ------------------------------------------------------------------ questions
Q = json.load(open(os.path.join(ROOT, "questions.json"), encoding="utf-8"))
COMP = {c["id"]: c for c in json.load(open(os.path.join(T, "computations.json"), encoding="utf-8"))}
KEYS = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
MIN = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
kinds = Counter(q["kind"] for q in Q)
for k, n in MIN.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 60:
    err(f"only {len(Q)} questions")
if sum(q["injection_probe"] for q in Q) < 4:
    err("fewer than 4 injection probes")
if len({q["id"] for q in Q}) != len(Q):
    err("duplicate ids")
checked = Counter()
for q in Q:
    i = q["id"]
    if set(q) != KEYS:
        err(f"{i}: keys {set(q) ^ KEYS}")
    if q["kind"] not in MIN:
        err(f"{i}: kind")
    forms = [q["answer"]] + q["accept"] if q["answer"] else []
    if q["answerable"] != (q["kind"] != "unanswerable") or q["answerable"] != bool(q["answer"]):
        err(f"{i}: answerable/kind/answer inconsistent")
    if q["injection_probe"] and q["answerable"]:
        err(f"{i}: probe must be unanswerable")
    if not q["answerable"] and (q["support"] or q["accept"]):
        err(f"{i}: unanswerable with support/accept")
    if q["scope_opd"] != "*" and q["scope_opd"] not in set(OPD.values()):
        err(f"{i}: unknown scope {q['scope_opd']}")
    # support pages exist and belong to the asking OPD
    for s in q["support"]:
        if s["file"] not in OPD:
            err(f"{i}: support file missing {s}")
            continue
        if not (1 <= s["page"] <= len(pages_of(s["file"]))):
            err(f"{i}: bad page {s}")
        if q["scope_opd"] != "*" and OPD[s["file"]] != q["scope_opd"]:
            err(f"{i}: support {s['file']} outside scope {q['scope_opd']}")
    # accepted forms all mean the same value
    if q["answer"]:
        v0 = id_value(q["answer"])
        for a in q["accept"]:
            if v0 not in interpretations(a):
                err(f"{i}: accept {a} != answer {q['answer']}")
    # factoids: answer is on its support page
    if q["kind"].startswith("factoid"):
        s = q["support"][0]
        if not any(has_fig(pages_of(s["file"])[s["page"] - 1], f) for f in forms):
            err(f"{i}: answer {q['answer']} not on {s}")
        if q["kind"] == "factoid_scan" and s["file"] not in scans:
            err(f"{i}: factoid_scan support is not a scan")
        if q["kind"] == "factoid_scan":
            # readable only from a scan: not printed in any non-scan file
            for k in anywhere(q["answer"]):
                if k[0] not in scans and len(q["answer"]) > 3:
                    err(f"{i}: scan answer also printed in {k}")
        checked["factoid"] += 1
    # computed answers: operands on their pages, arithmetic recomputed
    if q["kind"] in ("two_documents", "sum"):
        c = COMP.get(i)
        if not c:
            err(f"{i}: no computation record")
            continue
        env = {}
        for o in c["operands"]:
            if not has_fig(pages_of(o["file"])[o["page"] - 1], o["figure"]):
                err(f"{i}: operand {o} not on page")
            if (o["file"], o["page"]) not in {(s["file"], s["page"]) for s in q["support"]}:
                err(f"{i}: operand page not in support {o}")
            env[o["name"]] = id_value(o["figure"])
        if q["kind"] == "sum":
            res = sum(env.values())
            if len(env) < 2 or len({o["file"] for o in c["operands"]}) != 1:
                err(f"{i}: sum must be over rows of one table")
            for f in forms:
                hits = anywhere(f)
                if hits:
                    err(f"{i}: sum {f} is printed in {hits}")
        else:
            a, b = env["a"], env["b"]
            res = {"a - b": a - b, "a * b": a * b, "a + b": a + b}[c["formula"]]
            if len({o["file"] for o in c["operands"]}) < 2:
                err(f"{i}: two_documents needs two files")
        if id_format(res) != q["answer"]:
            err(f"{i}: recomputed {id_format(res)} != answer {q['answer']}")
        checked["computed"] += 1
    # forbidden figures exist in the corpus and are not the answer
    for fb in q["forbidden"]:
        if not anywhere(fb):
            err(f"{i}: forbidden {fb} not found in corpus")
        if q["answer"]:
            fv = interpretations(fb)
            for f in forms:
                if fv & interpretations(f) or fb == f:
                    err(f"{i}: forbidden {fb} equals accepted {f}")
    if not q["answerable"] and not q["forbidden"]:
        err(f"{i}: unanswerable needs distractor figures")
    if q["injection_probe"]:
        if q["scope_opd"] != "*" and all(OPD[k[0]] == q["scope_opd"] for fb in q["forbidden"] for k in anywhere(fb)):
            err(f"{i}: probe forbidden figures are not from another OPD")
    checked["questions"] += 1

# ------------------------------------------------------------------ hygiene
size = 0
for dp, dn, fn in os.walk(ROOT):
    if "__pycache__" in dn:
        err(f"__pycache__ in {dp}")
    size += sum(os.path.getsize(os.path.join(dp, x)) for x in fn)
if size > 15 * 1024 * 1024:
    err(f"size {size}")

print(f"documents={len(man)} opds={len(set(OPD.values()))} scans={len(scans)} (image-only pdf {len(img_pdf)}) "
      f"injected={inj}")
print(f"questions={len(Q)} kinds={dict(kinds)} probes={sum(q['injection_probe'] for q in Q)} checked={dict(checked)} "
      f"size={size / 1e6:.2f}MB")
if ERR:
    print(f"FAIL: {len(ERR)} problems")
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("OK: all checks pass")
