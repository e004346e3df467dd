"""Verify the ask29 set against its files. Exit code 1 on any failure."""
import os, sys, json, re
from decimal import Decimal
from collections import Counter
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from helpers import CORPUS, TRUTH, HERE, fmt, parse_id, has_figure, file_pages, pdf_pages

ERR, WARN = [], []


def err(m):
    ERR.append(m)


def val(s):
    """numeric value of an answer / accept form"""
    s = s.strip()
    if "," in s:
        return parse_id(s)
    if re.fullmatch(r"\d+\.\d{1,2}", s):
        return Decimal(s)
    return Decimal(s.replace(".", ""))


def forms_on(text, fig):
    """figure or its digits-only form present as a token"""
    if has_figure(text, fig):
        return True
    plain = fig.replace(".", "")
    return plain != fig and "," not in fig and has_figure(text, plain)


man = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
comps = json.load(open(os.path.join(TRUTH, "computations.json"), encoding="utf-8"))
inj = json.load(open(os.path.join(TRUTH, "injections.json"), encoding="utf-8"))

# ---------------------------------------------------------------- corpus / manifest
files = sorted(f for f in os.listdir(CORPUS) if f != "manifest.json")
mfiles = [m["file"] for m in man]
if sorted(mfiles) != files or len(set(mfiles)) != len(mfiles):
    err("manifest does not match corpus files: %s" % (set(files) ^ set(mfiles)))
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in man:
    if m["category"] not in CATS:
        err("bad category %s" % m)
    if m["fiscal_year"] not in (2023, 2024, 2025, 2026):
        err("bad year %s" % m)
OPD_OF = {m["file"]: m["opd"] for m in man}
opds = set(OPD_OF.values())
if len(files) < 32:
    err("fewer than 32 documents")
if len(opds) < 6:
    err("fewer than 6 OPDs")

PAGES = {}
for f in files:
    PAGES[f] = file_pages(os.path.join(CORPUS, f))

scans = []
for f in files:
    tp = os.path.join(TRUTH, "scans", f + ".txt")
    ext = f.rsplit(".", 1)[1]
    if ext in ("jpg", "png"):
        if not os.path.exists(tp):
            err("scan without truth: " + f)
        from PIL import Image
        im = Image.open(os.path.join(CORPUS, f))
        dpi = im.info.get("dpi", (0, 0))
        if round(dpi[0]) != 200:
            WARN.append("scan dpi %s %s" % (f, dpi))
        scans.append(f)
    elif ext == "pdf" and os.path.exists(tp):
        if any(t.strip() for t in pdf_pages(os.path.join(CORPUS, f))):
            err("image-only PDF has a text layer: " + f)
        scans.append(f)
if len(scans) < 7:
    err("fewer than 7 scans")
if not any(f.endswith(".pdf") for f in scans):
    err("no image-only PDF")

# injections
if len(inj) < 2:
    err("fewer than 2 injection documents")
for i in inj:
    t = PAGES[i["file"]][i["page"] - 1]
    if i["marker"].lower() not in re.sub(r"\s+", " ", t).lower():
        err("injection marker not found in %s" % i)

ALLTEXT = {f: "\n".join(p) for f, p in PAGES.items()}


def printed_anywhere(fig, only=None):
    return [f for f, t in ALLTEXT.items() if (only is None or only(f)) and forms_on(t, fig)]


# ---------------------------------------------------------------- questions
KINDS = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
kc = Counter(q["kind"] for q in qs)
for k, n in KINDS.items():
    if kc[k] < n:
        err("kind %s: %d < %d" % (k, kc[k], n))
if set(kc) - set(KINDS):
    err("unknown kinds %s" % (set(kc) - set(KINDS)))
if len(qs) < 60:
    err("fewer than 60 questions")
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
probes = [q for q in qs if q["injection_probe"]]
if len(probes) < 4:
    err("fewer than 4 injection probes")
FIELDS = ["id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden",
          "injection_probe"]

for q in qs:
    qid = q["id"]
    for fld in FIELDS:
        if fld not in q:
            err("%s missing %s" % (qid, fld))
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
        err("%s bad scope" % qid)
    if q["answerable"] != (q["kind"] != "unanswerable"):
        err("%s answerable flag" % qid)
    # forbidden: exist in corpus, never equal to an accepted form
    acc = [q["answer"]] + q["accept"] if q["answer"] else []
    accv = {val(a) for a in acc}
    for fb in q["forbidden"]:
        if not printed_anywhere(fb):
            err("%s forbidden %s not in corpus" % (qid, fb))
        if fb in acc or val(fb) in accv:
            err("%s forbidden %s equals accepted" % (qid, fb))
    if not q["answerable"]:
        if q["answer"] or q["accept"] or q["support"]:
            err("%s unanswerable has answer/support" % qid)
        if not q["forbidden"]:
            err("%s unanswerable without distractors" % qid)
        if q["injection_probe"]:
            for fb in q["forbidden"]:
                own = printed_anywhere(fb, lambda f: OPD_OF[f] == q["scope_opd"])
                if own:
                    err("%s probe forbidden %s is in own OPD file %s" % (qid, fb, own))
        continue
    if q["injection_probe"]:
        err("%s probe must be unanswerable" % qid)
    # accept forms mean the same figure
    for a in q["accept"]:
        if val(a) != val(q["answer"]):
            err("%s accept %s != answer %s" % (qid, a, q["answer"]))
    if not q["support"]:
        err("%s no support" % qid)
    for s in q["support"]:
        f, p = s["file"], s["page"]
        if f not in PAGES:
            err("%s support file missing %s" % (qid, f))
            continue
        if q["scope_opd"] != "*" and OPD_OF[f] != q["scope_opd"]:
            err("%s support %s outside scope OPD" % (qid, f))
        if not 1 <= p <= len(PAGES[f]):
            err("%s page %d out of range for %s" % (qid, p, f))
            continue
        if q["kind"].startswith("factoid"):
            if not any(forms_on(PAGES[f][p - 1], a) for a in acc):
                err("%s answer %s not on %s p%d" % (qid, q["answer"], f, p))
    if q["kind"] == "factoid_scan" and not all(s["file"] in scans for s in q["support"]):
        err("%s factoid_scan support is not a scan" % qid)
    if q["kind"] == "factoid_text" and not all(s["file"].endswith((".pdf", ".docx")) for s in q["support"]):
        err("%s factoid_text support is not a text document" % qid)
    if q["kind"] in ("two_documents", "sum"):
        c = comps.get(qid)
        if not c:
            err("%s no computation" % qid)
            continue
        vals = []
        for i in c["inputs"]:
            if not forms_on(PAGES[i["file"]][i["page"] - 1], i["value"]):
                err("%s input %s not on %s p%d" % (qid, i["value"], i["file"], i["page"]))
            vals.append(parse_id(i["value"]))
        res = sum(vals) if c["op"] == "sum" else vals[0] - sum(vals[1:])
        if res != val(q["answer"]) or res != parse_id(c["result"]):
            err("%s recomputed %s != answer %s" % (qid, res, q["answer"]))
        infiles = {i["file"] for i in c["inputs"]}
        if infiles != {s["file"] for s in q["support"]}:
            err("%s support files != computation inputs" % qid)
        if q["kind"] == "two_documents" and len(infiles) < 2:
            err("%s two_documents uses one file" % qid)
        if q["kind"] == "sum" and (len(infiles) != 1 or len(c["inputs"]) < 2):
            err("%s sum must be several rows of one table" % qid)
        where = sorted({f for a in acc for f in printed_anywhere(a)})
        if where:
            if q["kind"] == "sum":
                err("%s sum %s is printed in %s" % (qid, q["answer"], where))
            else:
                own = [f for f in where if OPD_OF[f] == q["scope_opd"]]
                (err if own else WARN.append)("%s two-doc result %s printed in %s" % (qid, q["answer"], where))

# ---------------------------------------------------------------- housekeeping
total = 0
for root, dirs, fs in os.walk(HERE):
    if "__pycache__" in dirs:
        err("__pycache__ left in " + root)
    total += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
if total > 15 * 1024 * 1024:
    err("output dir is %.1f MB" % (total / 1e6))

print("documents: %d, OPDs: %d, scans: %d, questions: %d" % (len(files), len(opds), len(scans), len(qs)))
print("kinds:", dict(sorted(kc.items())), "probes:", len(probes), "size: %.1f MB" % (total / 1e6))
for w in WARN:
    print("WARN", w)
for e in ERR:
    print("FAIL", e)
print("VERIFY", "FAILED (%d)" % len(ERR) if ERR else "PASSED")
sys.exit(1 if ERR else 0)
