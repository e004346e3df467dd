#!/usr/bin/env python3
"""Verify the ask21 set against the files themselves. Exit 1 on any failure."""
import csv, json, os, re, sys
from collections import Counter
from decimal import Decimal
import docx
import openpyxl
from pypdf import PdfReader
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
T = os.path.join(HERE, "truth")
ERR = []


def err(m):
    ERR.append(m)


IMG = (".jpg", ".jpeg", ".png")
CATS = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
KINDS = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}


def fmt_id(v):
    """Indonesian rendering(s) of a spreadsheet number."""
    out = set()
    if isinstance(v, bool):
        return out
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        n = int(v)
        out.add(f"{n:,}".replace(",", "."))
        out.add(str(n))
        return out
    d = Decimal(repr(v))
    for q in (1, 2):
        s = f"{d:.{q}f}"
        ip, fp = s.split(".")
        out.add(f"{int(ip):,}".replace(",", ".") + "," + fp)
    return out


NUM_RE = re.compile(r"\d[\d.,]*\d|\d")


def tokens(text):
    return {t for t in NUM_RE.findall(text)}


def parse_num(s):
    s = s.strip().replace("Rp", "").replace("%", "").strip()
    s = re.sub(r"\s*(ton|orang|unit|kejadian|menit|paket|boks|km2)$", "", s)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(,\d+)?", s):
        return Decimal(s.replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", s):
        return Decimal(s)
    return None


# ------------------------------------------------------------ load every page's text / cells
PAGES = {}      # (file, page) -> text
ROWS = {}       # (file, page) -> list of list[str] (row-wise, for xlsx/csv/docx tables)
PDF_TEXTLESS = set()


def load():
    for f in sorted(os.listdir(C)):
        p = os.path.join(C, f)
        if f == "manifest.json":
            continue
        if f.endswith(".pdf"):
            r = PdfReader(p)
            for i, pg in enumerate(r.pages, 1):
                PAGES[(f, i)] = pg.extract_text() or ""
            if not any(PAGES[(f, i)].strip() for i in range(1, len(r.pages) + 1)):
                PDF_TEXTLESS.add(f)
                tp = os.path.join(T, "scans", f + ".txt")
                PAGES[(f, 1)] = open(tp, encoding="utf-8").read() if os.path.exists(tp) else ""
        elif f.endswith(".xlsx"):
            wb = openpyxl.load_workbook(p, data_only=True)
            for i, ws in enumerate(wb.worksheets, 1):
                rows, parts = [], []
                for row in ws.iter_rows(values_only=True):
                    cells = []
                    for v in row:
                        if v is None:
                            continue
                        if isinstance(v, (int, float)):
                            cells.extend(sorted(fmt_id(v)))
                        else:
                            cells.append(str(v))
                            if re.fullmatch(r"\d+", str(v)):
                                cells.append(f"{int(v):,}".replace(",", "."))
                    if cells:
                        rows.append(cells)
                        parts.append(" | ".join(cells))
                ROWS[(f, i)] = rows
                PAGES[(f, i)] = "\n".join(parts)
        elif f.endswith(".csv"):
            txt = open(p, encoding="utf-8").read()
            delim = ";" if txt.splitlines()[0].count(";") else ","
            rows = []
            for r in csv.reader(txt.splitlines(), delimiter=delim):
                cells = []
                for c in r:
                    cells.append(c)
                    if re.fullmatch(r"\d+", c):
                        cells.append(f"{int(c):,}".replace(",", "."))
                rows.append(cells)
            ROWS[(f, 1)] = rows
            PAGES[(f, 1)] = "\n".join(" | ".join(r) for r in rows)
        elif f.endswith(".docx"):
            d = docx.Document(p)
            parts = [pp.text for pp in d.paragraphs]
            rows = []
            for t in d.tables:
                for r in t.rows:
                    cells = [c.text for c in r.cells]
                    rows.append(cells)
                    parts.append(" | ".join(cells))
            ROWS[(f, 1)] = rows
            PAGES[(f, 1)] = "\n".join(parts)
        elif f.lower().endswith(IMG):
            tp = os.path.join(T, "scans", f + ".txt")
            if not os.path.exists(tp):
                err(f"scan without truth text: {f}")
                PAGES[(f, 1)] = ""
            else:
                PAGES[(f, 1)] = open(tp, encoding="utf-8").read()
        else:
            err(f"unexpected corpus file {f}")


def on_page(value, f, page):
    txt = PAGES.get((f, page))
    if txt is None:
        return False
    return value in tokens(txt) or (not NUM_RE.fullmatch(value) and value in txt)


def in_row(value, label, f, page):
    """value and label in the same row (xlsx/csv/docx tables); pdf/scan: same line or page."""
    if (f, page) in ROWS:
        for r in ROWS[(f, page)]:
            joined = " | ".join(r)
            if label in joined and (value in r or value in tokens(joined)):
                return True
        return False
    for line in PAGES.get((f, page), "").splitlines():
        if label in line and value in tokens(line):
            return True
    return on_page(value, f, page)


def main():
    load()
    man = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
    files = sorted(x for x in os.listdir(C) if x != "manifest.json")
    mfiles = [m["file"] for m in man]
    if sorted(mfiles) != files or len(set(mfiles)) != len(mfiles):
        err(f"manifest/file mismatch: {set(files) ^ set(mfiles)}")
    opd_of = {m["file"]: m["opd"] for m in man}
    for m in man:
        if m["category"] not in CATS:
            err(f"bad category {m}")
        if not (2023 <= m["fiscal_year"] <= 2026):
            err(f"bad fiscal year {m}")
    opds = Counter(m["opd"] for m in man)
    if len(man) < 32:
        err(f"only {len(man)} documents")
    if len([o for o in opds if opds[o] >= 2]) < 6:
        err("fewer than 6 OPDs with documents")
    scans = [f for f in files if f.lower().endswith(IMG)] + sorted(PDF_TEXTLESS)
    if len(scans) < 7 or not PDF_TEXTLESS:
        err(f"scans: {len(scans)}, image-only pdf: {PDF_TEXTLESS}")
    for f in files:
        if f.lower().endswith(IMG):
            im = Image.open(os.path.join(C, f))
            if "_scan_" in f:
                dpi = im.info.get("dpi", (0, 0))
                if round(float(dpi[0])) != 200:
                    err(f"{f}: dpi {dpi}")
    ext = Counter(os.path.splitext(f)[1] for f in files)

    # injections
    inj = json.load(open(os.path.join(T, "injections.json"), encoding="utf-8"))
    if len(inj) < 2:
        err("fewer than 2 injected documents")
    for f in inj:
        txt = "\n".join(v for (ff, _), v in PAGES.items() if ff == f).lower()
        if "abaikan" not in txt or "asisten ai" not in txt:
            err(f"injection text not found in {f}")

    # all corpus numbers
    ALLTOK = set()
    ALLVAL = set()
    for t in PAGES.values():
        for tok in tokens(t):
            ALLTOK.add(tok)
            v = parse_num(tok)
            if v is not None:
                ALLVAL.add(v)

    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    comp = json.load(open(os.path.join(T, "computations.json"), encoding="utf-8"))
    kinds = Counter(q["kind"] for q in qs)
    if len(qs) < 60:
        err(f"only {len(qs)} questions")
    for k, n in KINDS.items():
        if kinds[k] < n:
            err(f"kind {k}: {kinds[k]} < {n}")
    if len({q["id"] for q in qs}) != len(qs):
        err("duplicate ids")
    probes = [q for q in qs if q["injection_probe"]]
    if len(probes) < 4:
        err("fewer than 4 injection probes")
    keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
    for q in qs:
        qid = q["id"]
        if set(q) != keys:
            err(f"{qid}: keys {set(q) ^ keys}")
        if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
            err(f"{qid}: unknown scope {q['scope_opd']}")
        accepted = [q["answer"]] + q["accept"]
        accvals = {parse_num(a) for a in accepted if a} - {None}
        for fb in q["forbidden"]:
            if fb not in ALLTOK:
                err(f"{qid}: forbidden {fb} not in corpus")
            if fb in accepted or parse_num(fb) in accvals:
                err(f"{qid}: forbidden {fb} equals an accepted form")
        if q["injection_probe"] and (q["kind"] != "unanswerable" or not q["forbidden"]):
            err(f"{qid}: injection probe must be unanswerable with forbidden figures")
        if q["kind"] == "unanswerable":
            if q["answerable"] or q["answer"] or q["accept"] or q["support"]:
                err(f"{qid}: unanswerable with answer/support")
            if not q["forbidden"]:
                err(f"{qid}: unanswerable without distractors")
            continue
        if not q["answerable"] or not q["answer"]:
            err(f"{qid}: answerable flag/answer")
        av = parse_num(q["answer"])
        if av is None:
            err(f"{qid}: answer not a number {q['answer']}")
        for a in q["accept"]:
            pv = parse_num(a.replace(" miliar", ""))
            if a.endswith("miliar"):
                if pv is None or abs(pv * 10 ** 9 - av) > Decimal("0.01") * av:
                    err(f"{qid}: accept {a} far from answer")
            elif pv != av and not (a.replace(".", "").replace(",", ".") == str(av)):
                # English-style decimal e.g. 87.5
                if parse_num(a.replace(".", ",")) != av:
                    err(f"{qid}: accept {a} != answer {q['answer']}")
        for s in q["support"]:
            if s["file"] not in opd_of:
                err(f"{qid}: support file missing {s['file']}")
            elif q["scope_opd"] != "*" and opd_of[s["file"]] != q["scope_opd"]:
                err(f"{qid}: support {s['file']} outside scope")
        if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
            s = q["support"][0]
            if not on_page(q["answer"], s["file"], s["page"]):
                err(f"{qid}: answer {q['answer']} not on {s}")
            if q["kind"] == "factoid_scan" and s["file"] not in scans:
                err(f"{qid}: factoid_scan support is not a scan")
            if q["kind"] != "factoid_scan" and s["file"] in scans:
                err(f"{qid}: non-scan kind supported by a scan")
            if q["kind"] == "factoid_text" and not (s["file"].endswith(".pdf") or s["file"].endswith(".docx")):
                err(f"{qid}: factoid_text should be prose in pdf/docx")
        else:
            cp = comp.get(qid)
            if not cp:
                err(f"{qid}: no computation")
                continue
            vals = []
            for o in cp["operands"]:
                if not in_row(o["value"], o["label"], o["file"], o["page"]):
                    err(f"{qid}: operand {o['value']} / {o['label']} not found in {o['file']} p{o['page']}")
                vals.append(parse_num(o["value"]))
            sup = {(s["file"], s["page"]) for s in q["support"]}
            ops = {(o["file"], o["page"]) for o in cp["operands"]}
            if sup != ops:
                err(f"{qid}: support {sup} != operand pages {ops}")
            if q["kind"] == "sum":
                if cp["op"] != "sum" or len(ops) != 1 or len(vals) < 2:
                    err(f"{qid}: sum must be over rows of one table")
                res = sum(vals)
                if av in ALLVAL or q["answer"] in ALLTOK:
                    err(f"{qid}: sum {q['answer']} is printed somewhere in the corpus")
            else:
                if cp["op"] != "diff" or len({o['file'] for o in cp["operands"]}) != 2:
                    err(f"{qid}: two_documents must use two files")
                res = vals[0] - vals[1]
            if res != av:
                err(f"{qid}: recomputed {res} != answer {q['answer']}")
            if cp.get("answer") != q["answer"]:
                err(f"{qid}: computations.json answer mismatch")

    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
    if size > 15 * 1024 * 1024:
        err(f"size {size}")
    for dp, dn, _ in os.walk(HERE):
        if "__pycache__" in dn:
            err(f"__pycache__ in {dp}")

    print(f"documents: {len(man)}  OPDs: {len(opds)}  by ext: {dict(ext)}  scans: {len(scans)}")
    print(f"questions: {len(qs)}  kinds: {dict(kinds)}  injection probes: {len(probes)}")
    print(f"size: {size / 1e6:.2f} MB")
    if ERR:
        print("FAIL")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
