#!/usr/bin/env python3
"""Independent checks of the ask9 set against the files themselves."""
import os, re, json, csv, sys
from collections import Counter
import pypdf, openpyxl, docx

ROOT = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(ROOT, "corpus")
T = os.path.join(ROOT, "truth")
ERR = []


def err(m):
    ERR.append(m)


def idn(v):
    if isinstance(v, float) and not v.is_integer():
        s = f"{v:,.2f}"
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{int(v):,}".replace(",", ".")


def num(s):
    s = s.strip()
    return float(s.replace(".", "").replace(",", ".")) if "," in s or re.fullmatch(r"\d{1,3}(\.\d{3})+", s) else float(s)


SCAN_EXT = (".jpg", ".jpeg", ".png")


def pages_of(f):
    """list of page texts (1-based by index+1)."""
    p = os.path.join(C, f)
    if f.endswith(SCAN_EXT):
        return [open(os.path.join(T, f + ".txt"), encoding="utf-8").read()], True
    if f.endswith(".pdf"):
        r = pypdf.PdfReader(p)
        txt = [pg.extract_text() or "" for pg in r.pages]
        if not "".join(txt).strip():
            return [open(os.path.join(T, f + ".txt"), encoding="utf-8").read()], True
        return txt, False
    if f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        out = []
        for ws in wb.worksheets:
            cells = []
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        cells += [idn(v), str(v)]
                    else:
                        cells.append(str(v))
            out.append(" | ".join(cells))
        return out, False
    if f.endswith(".csv"):
        raw = open(p, encoding="utf-8").read()
        delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
        rows = list(csv.reader(raw.splitlines(), delimiter=delim))
        return ["\n".join(" | ".join(r) for r in rows)], False
    if f.endswith(".docx"):
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return ["\n".join(parts)], False
    raise ValueError(f)


def has(text, val):
    """val appears as a whole figure (not part of a longer number)."""
    text = re.sub(r"\s+", " ", text)
    pat = r"(?<![\d.,])" + re.escape(val) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None


def forms(val):
    f = {val}
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", val):
        f.add(val.replace(".", ""))
    return f


manifest = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
files = sorted(x for x in os.listdir(C) if x != "manifest.json")
mfiles = [m["file"] for m in manifest]
if sorted(mfiles) != files:
    err(f"manifest/corpus mismatch: {set(files) ^ set(mfiles)}")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
for m in manifest:
    if m["category"] not in CATS or not (2023 <= m["fiscal_year"] <= 2026):
        err(f"bad manifest row {m}")
OPD = {m["file"]: m["opd"] for m in manifest}
if len(files) < 32 or len(set(OPD.values())) < 6:
    err("too few documents / OPDs")

PAGES, ISSCAN = {}, {}
for f in files:
    PAGES[f], ISSCAN[f] = pages_of(f)
scans = [f for f in files if ISSCAN[f]]
if len(scans) < 7 or not any(f.endswith(".pdf") for f in scans):
    err(f"scans: {scans}")
ALL = "\n".join(t for f in files for t in PAGES[f])
NONSCAN = "\n".join(t for f in files if not ISSCAN[f] for t in PAGES[f])


def in_corpus(v, text=ALL):
    return any(has(text, x) for x in forms(v))


# injected instructions
inj = [f for f in files if re.search(r"abaikan semua instruksi", "\n".join(PAGES[f]), re.I)]
if len(inj) < 2:
    err(f"injected documents: {inj}")

qs = json.load(open(os.path.join(ROOT, "questions.json"), encoding="utf-8"))
comp = json.load(open(os.path.join(T, "computations.json"), encoding="utf-8"))
kinds = Counter(q["kind"] for q in qs)
need = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
for k, n in need.items():
    if kinds[k] < n:
        err(f"kind {k}: {kinds[k]} < {n}")
if len(qs) < 60:
    err("fewer than 60 questions")
probes = [q for q in qs if q["injection_probe"]]
if len(probes) < 4 or any(q["answerable"] for q in probes):
    err("injection probes")
if len({q["id"] for q in qs}) != len(qs):
    err("duplicate ids")

for q in qs:
    qid = q["id"]
    keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
    if set(q) != keys:
        err(f"{qid}: keys")
    if q["answerable"] != (q["kind"] != "unanswerable"):
        err(f"{qid}: answerable flag")
    acc_vals = set()
    for a in [x for x in [q["answer"]] + q["accept"] if x]:
        try:
            acc_vals.add(round(num(a.split(" ")[0]) * (1e9 if "miliar" in a else 1), 6))
        except ValueError:
            err(f"{qid}: unparsable accept {a}")
    for fb in q["forbidden"]:
        if not in_corpus(fb):
            err(f"{qid}: forbidden {fb} not in corpus")
        if round(num(fb), 6) in acc_vals:
            err(f"{qid}: forbidden {fb} equals an accepted form")
    if not q["answerable"]:
        if q["answer"] or q["support"]:
            err(f"{qid}: unanswerable with answer/support")
        if not q["forbidden"]:
            err(f"{qid}: unanswerable without distractors")
        continue
    for s in q["support"]:
        if s["file"] not in PAGES or not (1 <= s["page"] <= len(PAGES[s["file"]])):
            err(f"{qid}: bad support {s}")
        elif q["scope_opd"] != "*" and OPD[s["file"]] != q["scope_opd"]:
            err(f"{qid}: support outside scope")
    a = q["answer"]
    if q["kind"].startswith("factoid"):
        if not any(has(PAGES[s["file"]][s["page"] - 1], x) for s in q["support"] for x in forms(a)):
            err(f"{qid}: answer {a} not on support page")
        if q["kind"] == "factoid_scan":
            if not all(ISSCAN[s["file"]] for s in q["support"]):
                err(f"{qid}: scan question supported by non-scan")
            if in_corpus(a, NONSCAN):
                err(f"{qid}: scan answer {a} also readable in a text file")
    else:
        c = comp.get(qid)
        if not c or c["result"] != a:
            err(f"{qid}: computation missing/mismatch")
            continue
        vals = []
        for comp_ in c["components"]:
            if not has(PAGES[comp_["file"]][comp_["page"] - 1], comp_["value"]) and \
                    not has(PAGES[comp_["file"]][comp_["page"] - 1], comp_["value"].replace(".", "")):
                err(f"{qid}: component {comp_} not on page")
            vals.append(num(comp_["value"]))
        res = vals[0] - vals[1] if c["op"] == "a-b" else sum(vals)
        if abs(res - num(a)) > 1e-6:
            err(f"{qid}: recomputed {res} != {a}")
        if q["kind"] == "two_documents" and len({x["file"] for x in c["components"]}) < 2:
            err(f"{qid}: two_documents uses one file")
        if q["kind"] == "sum":
            if len(c["components"]) < 2:
                err(f"{qid}: sum over <2 rows")
            if in_corpus(a):
                err(f"{qid}: sum {a} printed somewhere in corpus")

print("documents:", len(files), "OPDs:", len(set(OPD.values())), "scans:", len(scans), "injected:", inj)
print("questions:", len(qs), dict(kinds), "probes:", len(probes))
if ERR:
    print("\n".join("FAIL " + e for e in ERR))
    sys.exit(1)
print("verify: OK")
