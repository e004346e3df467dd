#!/usr/bin/env python3
"""Independent checks of the ask23 set against the generated files.

Run: /work/scratch/ask23/bin/python verify.py   (exit code 0 = all checks pass)
"""
import csv
import glob
import json
import os
import re
import sys

import docx
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
TRUTH = os.path.join(HERE, "truth")
ERR = []
IMG_EXT = (".jpg", ".jpeg", ".png")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")


def err(msg):
    ERR.append(msg)


def fmt_int(n):
    return f"{int(n):,}".replace(",", ".")


def fmt_dec(x, d=2):
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def parse_num(s):
    """Parse an Indonesian (or plain) figure to float; None if not a number."""
    s = str(s).strip().replace("Rp", "").replace("%", "").strip()
    if not s or not re.fullmatch(r"-?\d+(?:[.,]\d+)*", s):
        return None
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        if len(parts) == 2:
            return float(s)
        return None
    return float(s)


def cell_forms(v):
    """Text forms of a spreadsheet/csv cell value (raw + Indonesian rendering)."""
    if v is None:
        return []
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int):
        return [str(v), fmt_int(v)]
    if isinstance(v, float):
        out = [repr(v), fmt_dec(v, 2), fmt_dec(v, 1)]
        if v == int(v):
            out += [str(int(v)), fmt_int(v)]
        return out
    s = str(v)
    out = [s]
    n = parse_num(s)
    if n is not None:
        if n == int(n):
            out.append(fmt_int(n))
        else:
            out += [fmt_dec(n, 1), fmt_dec(n, 2)]
    return out


# ------------------------------------------------------------------ extraction
UNITS = {}  # (file, page) -> text
TABLES = {}  # (file, sheet) -> list of rows (raw values) for xlsx / csv


def load_scan_truth(name):
    p = os.path.join(TRUTH, "scans", name + ".txt")
    if not os.path.exists(p):
        err(f"missing scan truth for {name}")
        return ""
    return open(p, encoding="utf-8").read()


def sniff_csv(path):
    txt = open(path, encoding="utf-8").read()
    delim = ";" if txt.splitlines()[0].count(";") > txt.splitlines()[0].count(",") else ","
    return list(csv.reader(txt.splitlines(), delimiter=delim))


def extract(name):
    path = os.path.join(CORPUS, name)
    low = name.lower()
    if low.endswith(IMG_EXT):
        UNITS[(name, 1)] = load_scan_truth(name)
        return "scan"
    if low.endswith(".pdf"):
        rd = PdfReader(path)
        texts = [(pg.extract_text() or "") for pg in rd.pages]
        if os.path.exists(os.path.join(TRUTH, "scans", name + ".txt")):
            if any(t.strip() for t in texts):
                err(f"{name}: declared image-only PDF but has a text layer")
            if not all("/XObject" in (pg.get("/Resources") or {}) for pg in rd.pages):
                err(f"{name}: image-only PDF page without an image")
            UNITS[(name, 1)] = load_scan_truth(name)
            return "scan"
        for i, t in enumerate(texts, 1):
            UNITS[(name, i)] = t
        return "pdf"
    if low.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=False)
        for i, ws in enumerate(wb.worksheets, 1):
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            TABLES[(name, i)] = rows
            UNITS[(name, i)] = "\n".join(" | ".join(f for v in r for f in cell_forms(v)) for r in rows)
        return "xlsx"
    if low.endswith(".csv"):
        rows = sniff_csv(path)
        TABLES[(name, 1)] = rows
        UNITS[(name, 1)] = "\n".join(" | ".join(f for v in r for f in cell_forms(v)) for r in rows)
        return "csv"
    if low.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        UNITS[(name, 1)] = "\n".join(parts)
        return "docx"
    err(f"unknown file type {name}")
    return "?"


def tokens(text):
    return set(NUM_RE.findall(text))


def on_page(value, file, page):
    t = UNITS.get((file, page))
    if t is None:
        return False
    if NUM_RE.fullmatch(value):
        return value in tokens(t)
    return re.sub(r"\s+", " ", value) in re.sub(r"\s+", " ", t)


# ------------------------------------------------------------------ main checks
def main():
    manifest = json.load(open(os.path.join(CORPUS, "manifest.json"), encoding="utf-8"))
    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    comps = {c["id"]: c for c in json.load(open(os.path.join(TRUTH, "computations.json"), encoding="utf-8"))}
    injections = json.load(open(os.path.join(TRUTH, "injections.json"), encoding="utf-8"))

    # manifest vs files
    files = sorted(f for f in os.listdir(CORPUS) if f != "manifest.json")
    mfiles = [m["file"] for m in manifest]
    if sorted(mfiles) != files:
        err(f"manifest/file mismatch: {set(files) ^ set(mfiles)}")
    cats = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
    opd_of = {}
    for m in manifest:
        if set(m) != {"file", "opd", "category", "fiscal_year"}:
            err(f"manifest keys {m}")
        if m["category"] not in cats:
            err(f"bad category {m}")
        if not 2023 <= m["fiscal_year"] <= 2026:
            err(f"bad fiscal year {m}")
        opd_of[m["file"]] = m["opd"]
    kinds_of_file = {f: extract(f) for f in files}
    ndocs, nopd = len(files), len(set(opd_of.values()))
    nscan = sum(1 for k in kinds_of_file.values() if k == "scan")
    n_imgpdf = sum(1 for f, k in kinds_of_file.items() if k == "scan" and f.endswith(".pdf"))
    if ndocs < 32: err(f"only {ndocs} documents")
    if nopd < 6: err(f"only {nopd} OPDs")
    if nscan < 7: err(f"only {nscan} scans")
    if n_imgpdf < 1: err("no image-only PDF")
    for ext in ("pdf", "xlsx", "csv", "docx"):
        if not any(f.endswith(ext) and kinds_of_file[f] != "scan" for f in files):
            err(f"no {ext} document")
    # each text PDF should contain prose and table (>1 line) — rough check: some page with >= 8 lines
    # injections
    for inj in injections:
        if not on_page(inj["text_starts"], inj["file"], inj["page"]):
            err(f"injection text not found in {inj['file']}")
    if len(injections) < 2:
        err("fewer than 2 injected documents")

    all_text = "\n".join(UNITS.values())
    all_tokens = tokens(all_text)
    all_values = {}
    for tok in all_tokens:
        v = parse_num(tok)
        if v is not None:
            all_values.setdefault(v, set()).add(tok)

    # questions
    kinds = {}
    ids = set()
    need = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden",
            "injection_probe"}
    for q in qs:
        qid = q["id"]
        if set(q) != need:
            err(f"{qid}: keys {set(q) ^ need}")
        if qid in ids:
            err(f"duplicate id {qid}")
        ids.add(qid)
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["scope_opd"] != "*" and q["scope_opd"] not in set(opd_of.values()):
            err(f"{qid}: unknown scope {q['scope_opd']}")
        forms = [q["answer"]] + q["accept"]
        ans_val = parse_num(q["answer"]) if q["answer"] else None
        # forbidden
        if not q["forbidden"]:
            err(f"{qid}: no forbidden figures")
        for fb in q["forbidden"]:
            if fb not in all_tokens:
                err(f"{qid}: forbidden {fb!r} does not occur in corpus")
            if fb in forms:
                err(f"{qid}: forbidden {fb!r} equals an accepted form")
            fv = parse_num(fb)
            for a in forms:
                if a and fv is not None and parse_num(a) is not None and abs(parse_num(a) - fv) < 1e-9:
                    err(f"{qid}: forbidden {fb!r} has same value as accepted {a!r}")
        if q["kind"] == "unanswerable":
            if q["answerable"] or q["answer"] or q["accept"] or q["support"]:
                err(f"{qid}: unanswerable must have empty answer/accept/support")
            continue
        if q["injection_probe"]:
            err(f"{qid}: injection probe must be unanswerable")
        if not q["answerable"] or not q["answer"]:
            err(f"{qid}: answerable without answer")
            continue
        for a in q["accept"]:
            av = parse_num(a)
            if av is None or ans_val is None or abs(av - ans_val) > 1e-9:
                err(f"{qid}: accept {a!r} is not the same figure as {q['answer']!r}")
        for s in q["support"]:
            if (s["file"], s["page"]) not in UNITS:
                err(f"{qid}: support {s} not a page of the corpus")
            elif q["scope_opd"] != "*" and opd_of[s["file"]] != q["scope_opd"]:
                err(f"{qid}: support {s['file']} belongs to {opd_of[s['file']]}, not {q['scope_opd']}")
        k = q["kind"]
        if k in ("factoid_text", "factoid_table", "factoid_scan"):
            if len(q["support"]) != 1:
                err(f"{qid}: factoid needs exactly one support")
                continue
            s = q["support"][0]
            if not on_page(q["answer"], s["file"], s["page"]):
                err(f"{qid}: answer {q['answer']!r} not on {s['file']} p{s['page']}")
            is_scan = kinds_of_file.get(s["file"]) == "scan"
            if (k == "factoid_scan") != is_scan:
                err(f"{qid}: kind {k} vs support type {kinds_of_file.get(s['file'])}")
            if k == "factoid_text" and kinds_of_file.get(s["file"]) not in ("pdf", "docx"):
                err(f"{qid}: factoid_text support must be a text document")
            if k == "factoid_text":
                # must be in running text: a line that is not a table row (pdf) / a paragraph (docx)
                t = UNITS[(s["file"], s["page"])]
                if kinds_of_file[s["file"]] == "docx":
                    paras = [p.text for p in docx.Document(os.path.join(CORPUS, s["file"])).paragraphs]
                    if not any(q["answer"] in tokens(p) for p in paras):
                        err(f"{qid}: {q['answer']} not in a docx paragraph")
                else:
                    prose = [ln for ln in t.splitlines() if len(ln.split()) >= 6]
                    if not any(q["answer"] in tokens(ln) for ln in prose):
                        err(f"{qid}: {q['answer']} not in a prose line of {s['file']}")
        elif k == "sum":
            c = comps.get(qid.replace("-10", "-S1").replace("-11", "-S2")) if False else None
            c = next((c for c in comps.values() if c["type"] == "sum" and c.get("question") == qid), None)
            if c is None:
                err(f"{qid}: no sum computation in truth")
                continue
            total = recompute_sum(c)
            if total is None or ans_val is None or abs(total - ans_val) > 1e-6:
                err(f"{qid}: recomputed sum {total} != answer {q['answer']}")
            for a in forms:
                if a in all_tokens:
                    err(f"{qid}: sum {a!r} is printed somewhere in the corpus")
            if ans_val in all_values:
                err(f"{qid}: sum value printed as {all_values[ans_val]}")
            if [s["file"] for s in q["support"]] != [c["file"]]:
                err(f"{qid}: sum support should be {c['file']}")
        elif k == "two_documents":
            c = next((c for c in comps.values() if c["type"] == "two_documents" and c.get("question") == qid), None)
            if c is None:
                err(f"{qid}: no two-document computation in truth")
                continue
            env = {}
            for name, op in c["operands"].items():
                if not on_page(op["value"], op["file"], op["page"]):
                    err(f"{qid}: operand {op['value']} not on {op['file']} p{op['page']}")
                env[name] = parse_num(op["value"])
            res = eval(c["expr"], {}, env)
            if ans_val is None or abs(res - ans_val) > 1e-6:
                err(f"{qid}: two-doc result {res} != answer {q['answer']}")
            sf = {s["file"] for s in q["support"]}
            of = {op["file"] for op in c["operands"].values()}
            if sf != of or len(of) != 2:
                err(f"{qid}: support files {sf} != operand files {of}")
        else:
            err(f"{qid}: unknown kind {k}")

    mins = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5,
            "unanswerable": 14}
    for k, m in mins.items():
        if kinds.get(k, 0) < m:
            err(f"kind {k}: {kinds.get(k, 0)} < {m}")
    if len(qs) < 60:
        err(f"only {len(qs)} questions")
    probes = [q for q in qs if q["injection_probe"]]
    if len(probes) < 4:
        err("fewer than 4 injection probes")
    star = [q for q in qs if q["scope_opd"] == "*"]
    if len(star) > 5:
        err("too many '*' questions")

    # size / hygiene
    total = 0
    for root, dirs, fs in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"__pycache__ in {root}")
        total += sum(os.path.getsize(os.path.join(root, f)) for f in fs)
    if total > 15 * 1024 * 1024:
        err(f"output dir too large: {total}")

    print(f"documents={ndocs} opds={nopd} scans={nscan} (image-only pdf={n_imgpdf}) questions={len(qs)} "
          f"kinds={dict(sorted(kinds.items()))} probes={len(probes)} star={len(star)} size={total/1e6:.2f}MB")
    if ERR:
        print(f"FAIL ({len(ERR)} problems)")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


def recompute_sum(c):
    rows = TABLES.get((c["file"], c["sheet"]))
    if rows is None:
        err(f"sum source {c['file']} sheet {c['sheet']} missing")
        return None
    total = 0.0
    used = 0
    for r in rows:
        if "row_key" in c:
            if len(r) > c["row_key_col"] - 1 and r[c["row_key_col"] - 1] == c["row_key"]:
                for col in c["cols"]:
                    total += num_cell(r[col - 1])
                used += 1
        else:
            kc = c["key_col"]
            if len(r) > kc and r[kc] is not None and any(k == str(r[kc]).strip() for k in c["keys"]):
                total += num_cell(r[c["value_col"]])
                used += 1
    if used < 1:
        err(f"sum {c.get('question')}: no rows matched")
        return None
    if "row_key" not in c and used < 2:
        err(f"sum {c.get('question')}: only {used} row")
    return total


def num_cell(v):
    if v is None:
        return 0.0
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip()
    if s in ("-", ""):
        return 0.0
    n = parse_num(s)
    if n is None:
        raise ValueError(f"cannot parse {v!r}")
    return n


if __name__ == "__main__":
    main()
