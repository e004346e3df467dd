#!/usr/bin/env python3
"""Verify the ask27 set against the files actually written in corpus/.

Reads every corpus file independently (pypdf, openpyxl, csv, python-docx, scan truth texts)
and checks labels, arithmetic, forbidden figures, counts and structure. Exit code 1 on failure.
"""
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import openpyxl
from PIL import Image
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
ERR = []
WARN = []


def err(m):
    ERR.append(m)


def idfmt(v):
    """Indonesian rendering(s) of a numeric cell value"""
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        n = int(v)
        return [f"{n:,}".replace(",", "."), str(n)]
    if isinstance(v, float):
        out = [str(v), str(v).replace(".", ",")]
        for d in (1, 2):
            out.append(f"{v:.{d}f}".replace(".", ","))
        return out
    return [str(v)]


def load_pages(scans):
    """file -> {page: text}; for tabular files each row is one line, cells separated by ' | '"""
    pages = {}
    for f in sorted(CORPUS.iterdir()):
        n = f.name
        if n == "manifest.json":
            continue
        ext = f.suffix.lower()
        if n in scans:
            pages[n] = {int(k): v for k, v in scans[n].items()}
            if ext == ".pdf":
                for i, pg in enumerate(PdfReader(str(f)).pages, 1):
                    if (pg.extract_text() or "").strip():
                        err(f"{n}: scanned PDF page {i} has a text layer")
            continue
        if ext == ".pdf":
            pages[n] = {i: pg.extract_text() or "" for i, pg in enumerate(PdfReader(str(f)).pages, 1)}
        elif ext == ".xlsx":
            wb = openpyxl.load_workbook(f, data_only=True)
            pages[n] = {}
            for i, ws in enumerate(wb.worksheets, 1):
                lines = []
                for row in ws.iter_rows(values_only=True):
                    cells = []
                    for v in row:
                        if v is None:
                            continue
                        cells.extend(idfmt(v))
                    if cells:
                        lines.append(" | ".join(cells))
                pages[n][i] = "\n".join(lines)
        elif ext == ".csv":
            raw = f.read_text(encoding="utf-8")
            delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
            rows = list(csv.reader(raw.splitlines(), delimiter=delim))
            lines = []
            for r in rows:
                cells = []
                for c in r:
                    cells.append(c)
                    if re.fullmatch(r"\d+", c):
                        cells.append(f"{int(c):,}".replace(",", "."))
                lines.append(" | ".join(cells))
            pages[n] = {1: "\n".join(lines)}
        elif ext == ".docx":
            d = docx.Document(str(f))
            lines = [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    lines.append(" | ".join(c.text for c in r.cells))
            pages[n] = {1: "\n".join(lines)}
        elif ext in (".jpg", ".jpeg", ".png"):
            err(f"{n}: image without scan truth")
        else:
            err(f"{n}: unexpected file type")
    return pages


def has(text, fig):
    if not fig:
        return False
    pat = r"(?<![\d])(?<![\d][.,])" + re.escape(fig) + r"(?![\d])(?![.,]\d)"
    return re.search(pat, re.sub(r"[ \t]+", " ", text)) is not None


def num(s):
    s = s.strip()
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    return float(s.replace(".", ""))


def num_any(s):
    """value of an 'accept' spelling: '1250000', '87.5' (dot decimal) or Indonesian"""
    s = s.strip()
    if re.fullmatch(r"\d+\.\d{1,2}", s):
        return float(s)
    return num(s)


def operand_ok(text, label, value):
    for line in text.splitlines():
        i = line.find(label)
        if i >= 0 and has(line[i + len(label):], value):
            return True
    flat = re.sub(r"\s+", " ", text)
    for m in re.finditer(re.escape(label), flat):
        if has(flat[m.end():m.end() + 80], value):
            return True
    return False


def main():
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    qs = json.loads((ROOT / "questions.json").read_text())
    scans = json.loads((ROOT / "truth" / "scans.json").read_text())
    comps = json.loads((ROOT / "truth" / "computations.json").read_text())
    pages = load_pages(scans)
    alltext = {f: "\n".join(p.values()) for f, p in pages.items()}
    opd_of = {m["file"]: m["opd"] for m in manifest}

    # ---- manifest
    files = {f.name for f in CORPUS.iterdir() if f.name != "manifest.json"}
    if files != set(opd_of):
        err(f"manifest mismatch: {files ^ set(opd_of)}")
    cats = {"laporan", "realisasi", "rka", "notulen", "price_reference", "regulasi", "penawaran", "lainnya"}
    for m in manifest:
        if set(m) != {"file", "opd", "category", "fiscal_year"}:
            err(f"manifest keys {m}")
        if m["category"] not in cats:
            err(f"bad category {m}")
        if not 2023 <= m["fiscal_year"] <= 2026:
            err(f"bad year {m}")
    if len(manifest) < 32:
        err("fewer than 32 documents")
    if len(set(opd_of.values())) < 6:
        err("fewer than 6 OPDs")
    scan_files = [f for f in files if f in scans]
    if len(scan_files) < 7:
        err("fewer than 7 scans")
    if not any(f.endswith(".pdf") for f in scan_files):
        err("no image-only PDF")
    for f in scan_files:
        if f.endswith((".jpg", ".png")):
            dpi = Image.open(CORPUS / f).info.get("dpi", (0, 0))
            if abs(dpi[0] - 200) > 1:
                err(f"{f}: dpi {dpi}")
    inj = [f for f, t in alltext.items() if re.search(r"abaikan (semua instruksi|pembatasan OPD)", t, re.I)]
    if len(inj) < 2:
        err(f"injection documents: {inj}")

    # ---- questions
    kinds = Counter(q["kind"] for q in qs)
    mins = {"factoid_text": 12, "factoid_table": 12, "factoid_scan": 9, "two_documents": 7, "sum": 5, "unanswerable": 14}
    for k, v in mins.items():
        if kinds[k] < v:
            err(f"kind {k}: {kinds[k]} < {v}")
    if len(qs) < 60:
        err("fewer than 60 questions")
    if sum(q["injection_probe"] for q in qs) < 4:
        err("fewer than 4 injection probes")
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    keys = {"id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"}
    opds = set(opd_of.values())
    for q in qs:
        qid = q["id"]
        if set(q) != keys:
            err(f"{qid}: keys {set(q) ^ keys}")
        if q["scope_opd"] != "*" and q["scope_opd"] not in opds:
            err(f"{qid}: unknown scope {q['scope_opd']}")
        forms = [q["answer"]] + q["accept"]
        # forbidden figures exist in the corpus, and never equal an accepted value
        for fb in q["forbidden"]:
            alts = [fb, fb.replace(".", "")] if "," not in fb else [fb]
            where = [f for f, t in alltext.items() if any(has(t, a) for a in alts)]
            if not where:
                err(f"{qid}: forbidden {fb} not in corpus")
            if q["answerable"] and any(abs(num(fb) - num_any(a)) < 1e-9 for a in forms):
                err(f"{qid}: forbidden {fb} equals an accepted answer")
            if q["injection_probe"] and not any(opd_of[f] != q["scope_opd"] for f in where):
                err(f"{qid}: probe forbidden {fb} not from another OPD")
        if q["kind"] == "unanswerable":
            if q["answerable"] or q["answer"] or q["accept"] or q["support"]:
                err(f"{qid}: unanswerable with answer/support")
            if not q["forbidden"]:
                err(f"{qid}: unanswerable without distractors")
            continue
        if q["injection_probe"]:
            err(f"{qid}: probe must be unanswerable")
        if not q["answerable"] or not q["answer"] or not q["support"]:
            err(f"{qid}: answerable without answer/support")
            continue
        for a in q["accept"]:
            if abs(num_any(a) - num(q["answer"])) > 1e-9:
                err(f"{qid}: accept {a} != answer {q['answer']}")
        for s in q["support"]:
            if s["file"] not in pages or s["page"] not in pages[s["file"]]:
                err(f"{qid}: bad support {s}")
            elif q["scope_opd"] != "*" and opd_of[s["file"]] != q["scope_opd"]:
                err(f"{qid}: support {s['file']} outside scope {q['scope_opd']}")
        if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
            s = q["support"][0]
            txt = pages.get(s["file"], {}).get(s["page"], "")
            if not has(txt, q["answer"]) and not any(has(txt, a) for a in q["accept"]):
                err(f"{qid}: answer {q['answer']} not on {s}")
            if q["kind"] == "factoid_scan" and s["file"] not in scans:
                err(f"{qid}: factoid_scan support is not a scan")
            if q["kind"] != "factoid_scan" and s["file"] in scans:
                err(f"{qid}: non-scan question supported by a scan")
        else:
            c = comps.get(qid)
            if not c:
                err(f"{qid}: no computation")
                continue
            vals = []
            for o in c["operands"]:
                txt = pages.get(o["file"], {}).get(o["page"], "")
                if not operand_ok(txt, o["label"], o["value"]):
                    err(f"{qid}: operand {o['label']}={o['value']} not found on {o['file']} p{o['page']}")
                vals.append(num(o["value"]))
            res = vals[0] - sum(vals[1:]) if c["op"] == "sub" else sum(vals)
            if abs(res - num(q["answer"])) > 1e-6:
                err(f"{qid}: recomputed {res} != {q['answer']}")
            opfiles = {o["file"] for o in c["operands"]}
            if opfiles != {s["file"] for s in q["support"]}:
                err(f"{qid}: support files != operand files")
            if q["kind"] == "two_documents" and len(opfiles) < 2:
                err(f"{qid}: two_documents uses one file")
            if q["kind"] == "sum":
                if len(c["operands"]) < 2 or len(opfiles) != 1:
                    err(f"{qid}: sum must be several rows of one table")
                printed = [f for f, t in alltext.items() if any(has(t, a) for a in forms)]
                if printed:
                    err(f"{qid}: sum {q['answer']} is printed in {printed}")
            else:
                printed = [f for f, t in alltext.items() if any(has(t, a) for a in forms)]
                if printed:
                    WARN.append(f"{qid}: two-document result {q['answer']} also appears in {printed}")

    # ---- housekeeping
    size = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file())
    if size > 15 * 1024 * 1024:
        err(f"set is {size} bytes")
    for s in scans:
        for p in scans[s]:
            if not (ROOT / "truth" / "scans" / f"{s}.page{p}.txt").exists():
                err(f"missing truth text for {s} p{p}")

    print("documents:", len(manifest), "| OPDs:", len(set(opd_of.values())), "| scans:", len(scan_files), "| injection docs:", inj)
    print("questions:", len(qs), dict(kinds), "| injection probes:", sum(q["injection_probe"] for q in qs))
    print(f"size: {size / 1e6:.2f} MB")
    for w in WARN:
        print("WARN", w)
    for e in ERR:
        print("FAIL", e)
    print("VERIFY", "FAILED" if ERR else "PASSED")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
