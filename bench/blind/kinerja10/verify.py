#!/usr/bin/env python3
"""Verify the kinerja10 set: files vs labels, counts, and independent recomputation of findings."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import docx
import openpyxl
from PIL import Image
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TRUTH = os.path.join(HERE, "scan_truth")
ERR = []


def err(msg):
    ERR.append(msg)


L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
X = json.load(open(os.path.join(HERE, "labels_extra.json"), encoding="utf-8"))
assert set(L) == {"documents", "indicators", "findings"}

NUM_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_nums(text):
    out = set()
    for m in NUM_RE.findall(text):
        out.add(float(m.replace(".", "").replace(",", ".")))
    return out


def fmt_variants(v):
    res = set()
    for nd in (0, 1, 2):
        if nd == 0 and not float(v).is_integer():
            continue
        s = f"{v:,.{nd}f}".replace(",", "#").replace(".", ",").replace("#", ".")
        res.add(s)
    return res


def docx_segments(path):
    d = docx.Document(path)
    segs = [[]]
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for el in d.element.body.iterchildren():
        tag = el.tag.replace(ns, "")
        if tag == "p":
            txt = "".join(t.text or "" for t in el.iter(ns + "t"))
            segs[-1].append(txt)
            if any(br.get(ns + "type") == "page" for br in el.iter(ns + "br")):
                segs.append([])
        elif tag == "tbl":
            for tc in el.iter(ns + "tc"):
                segs[-1].append("".join(t.text or "" for t in tc.iter(ns + "t")))
    return ["\n".join(s) for s in segs]


# ------------------------------------------------------------ documents, pages, text
PAGES = {}   # (file, page) -> (text, numbers)
docs = {d["file"]: d for d in L["documents"]}
for d in L["documents"]:
    p = os.path.join(DOCS, d["file"])
    if not os.path.exists(p):
        err(f"missing file {d['file']}")
        continue
    ext = d["file"].rsplit(".", 1)[1]
    texts = []
    if d["layout"] == "scan":
        if ext == "pdf":
            rd = PdfReader(p)
            n = len(rd.pages)
            for pg in rd.pages:
                if (pg.extract_text() or "").strip():
                    err(f"scan {d['file']} has a text layer")
        else:
            im = Image.open(p)
            n = 1
            if im.info.get("dpi", (0, 0))[0] < 199:
                err(f"{d['file']} dpi {im.info.get('dpi')}")
        for i in range(n):
            tp = os.path.join(TRUTH, f"{d['file']}.p{i + 1}.txt")
            if not os.path.exists(tp):
                err(f"missing scan truth {tp}")
                texts.append("")
            else:
                texts.append(open(tp, encoding="utf-8").read())
        nums = [parse_nums(t) for t in texts]
    elif ext == "pdf":
        rd = PdfReader(p)
        n = len(rd.pages)
        texts = [pg.extract_text() or "" for pg in rd.pages]
        nums = [parse_nums(t) for t in texts]
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(p)
        n = len(wb.sheetnames)
        nums = []
        for ws in wb.worksheets:
            vals, strs = set(), []
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, (int, float)):
                        vals.add(float(v))
                        strs.append(str(v))
                    elif isinstance(v, str):
                        vals |= parse_nums(v)
                        strs.append(v)
            texts.append("\n".join(strs))
            nums.append(vals)
    elif ext == "docx":
        texts = docx_segments(p)
        n = len(texts)
        nums = [parse_nums(t) for t in texts]
    else:
        err(f"unknown type {d['file']}")
        continue
    if n != d["pages"]:
        err(f"{d['file']}: pages {n} != labelled {d['pages']}")
    for i in range(n):
        PAGES[(d["file"], i + 1)] = (texts[i], nums[i])

# scan truth files only for scan docs
for f in os.listdir(TRUTH):
    base = f.rsplit(".p", 1)[0]
    if base not in docs or docs[base]["layout"] != "scan":
        err(f"stray truth file {f}")

# ------------------------------------------------------------ indicator rows on their pages
FIELDS = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
KEYS = {"file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit",
        "lower_is_better"} | set(FIELDS)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


for r in L["indicators"]:
    if set(r) != KEYS:
        err(f"row keys {set(r) ^ KEYS}")
    key = (r["file"], r["page"])
    if key not in PAGES:
        err(f"row on unknown page {key}")
        continue
    text, nums = PAGES[key]
    squeezed = re.sub(r"\s+", "", text)
    for f in FIELDS:
        v = r[f]
        if v is None:
            continue
        if not isinstance(v, (int, float)):
            err(f"{key} {r['indicator']} {f} not a number")
            continue
        ok = any(abs(v - x) <= 1e-9 * max(1, abs(v)) for x in nums) or any(s in squeezed for s in fmt_variants(v))
        if not ok:
            err(f"{key} {r['indicator']}: {f}={v} not on page")
    words = re.findall(r"[\w\-/()]+", r["indicator"].lower())
    low = norm(text)
    missing = [w for w in words if w not in low]
    if missing:
        err(f"{key} indicator words missing {missing} for {r['indicator']}")
    for hf in ("programme", "kegiatan", "sub_kegiatan"):
        if r[hf] and norm(r[hf])[:25] not in low.replace("\n", " "):
            # wrapped text in scans: check word by word
            hw = re.findall(r"[\w\-/()]+", r[hf].lower())
            if any(w not in low for w in hw):
                err(f"{key} {hf} '{r[hf]}' not on page")
    if r["unit"] and r["unit"].lower() not in low:
        err(f"{key} unit {r['unit']} not on page")

# ------------------------------------------------------------ arithmetic of labels
for r in L["indicators"]:
    if r["pagu"] is not None and r["budget_realisation"] is not None and r["absorption_pct"] is not None:
        exp = r["budget_realisation"] / r["pagu"] * 100
        if abs(exp - r["absorption_pct"]) > 0.006:
            err(f"absorption arithmetic {r['file']} {r['indicator']} {exp} vs {r['absorption_pct']}")

# ------------------------------------------------------------ independent recomputation of findings
PLAN_TYPES = {"Perjanjian Kinerja", "Renja"}
is_plan = {f: d["doc_type"] in PLAN_TYPES for f, d in docs.items()}
explained = {(e["opd"], e["fiscal_year"], e["indicator"]) for e in X["explained_target_changes"]}
for e in X["explained_target_changes"]:
    t, _ = PAGES.get((e["file"], e["page"]), ("", None))
    if norm(e["explanation"]) not in norm(t):
        err(f"explanation text not found on {e['file']} p{e['page']}")

found = defaultdict(set)
rows = L["indicators"]
rep = [r for r in rows if not is_plan[r["file"]]]
plan = [r for r in rows if is_plan[r["file"]]]
ambiguous = 0
for r in rep:
    t, v, a = r["target"], r["realisation"], r["achievement_pct"]
    if t is not None and v is not None and a is not None:
        exp = (t / v if r["lower_is_better"] else v / t) * 100
        diff = abs(exp - a)
        if diff > 1.0:
            found[("ACHIEVEMENT_MISMATCH", r["opd"], r["fiscal_year"], r["indicator"])].add((r["file"], r["page"]))
        elif diff > 0.006:
            ambiguous += 1
            err(f"ambiguous achievement {r['file']} {r['indicator']} {a} vs {exp:.3f}")
    if r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]:
        found[("ABSORPTION_OVER_100", r["opd"], r["fiscal_year"], r["indicator"])].add((r["file"], r["page"]))

by_ind = defaultdict(list)
for r in rows:
    by_ind[(r["opd"], r["fiscal_year"], r["indicator"])].append(r)
for k, rs in by_ind.items():
    rr = [r for r in rs if not is_plan[r["file"]] and r["realisation"] is not None]
    if len({r["realisation"] for r in rr}) > 1:
        for r in rr:
            found[("CROSS_DOCUMENT_CONFLICT",) + k].add((r["file"], r["page"]))
    if not any(r["target"] is not None for r in rs):
        for r in rr:
            found[("REALISATION_WITHOUT_TARGET",) + k].add((r["file"], r["page"]))
    pt = {r["target"] for r in rs if is_plan[r["file"]] and r["target"] is not None}
    if pt and k not in explained:
        changed = [r for r in rs if not is_plan[r["file"]] and r["target"] is not None and r["target"] not in pt]
        if changed:
            for r in changed + [r for r in rs if is_plan[r["file"]]]:
                found[("TARGET_CHANGED",) + k].add((r["file"], r["page"]))
    if k in explained:
        rt = {r["target"] for r in rs if not is_plan[r["file"]] and r["target"] is not None}
        if not rt or rt <= pt:
            err(f"explained change {k} is not actually a change")

labelled = {}
for f in L["findings"]:
    k = (f["type"], f["opd"], f["fiscal_year"], f["indicator"])
    if k in labelled:
        err(f"duplicate finding {k}")
    labelled[k] = {(c["file"], c["page"]) for c in f["citations"]}
for k in set(found) | set(labelled):
    if k not in labelled:
        err(f"unlabelled finding {k}")
    elif k not in found:
        err(f"labelled finding not reproduced {k}")
    elif found[k] != labelled[k]:
        err(f"citations differ {k}: {sorted(found[k])} vs {sorted(labelled[k])}")

# ------------------------------------------------------------ counts
tc = Counter(f["type"] for f in L["findings"])
opds = {d["opd"] for d in L["documents"]}
layouts = {d["layout"] for d in L["documents"]}
scans = [d for d in L["documents"] if d["layout"] == "scan"]
y24 = {d["opd"] for d in L["documents"] if d["fiscal_year"] == 2024}
for o in opds:
    if not any(d["opd"] == o and d["fiscal_year"] == 2025 and d["doc_type"] in PLAN_TYPES for d in L["documents"]):
        err(f"{o} has no 2025 plan")
    if not any(d["opd"] == o and d["fiscal_year"] == 2025 and d["doc_type"] not in PLAN_TYPES for d in L["documents"]):
        err(f"{o} has no 2025 report")
checks = [(len(L["documents"]) >= 14, "documents >= 14"), (len(opds) >= 5, "OPDs >= 5"),
          (len(L["indicators"]) >= 160, "indicator rows >= 160"), (len(L["findings"]) >= 40, "findings >= 40"),
          (all(tc[t] >= 6 for t in ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100",
                                    "REALISATION_WITHOUT_TARGET", "TARGET_CHANGED"]), "each type >= 6"),
          (len(scans) >= 3, "scans >= 3"), (len(layouts) >= 5, "layouts >= 5"), (len(y24) >= 2, "2024 for 2 OPDs"),
          (len(X["explained_target_changes"]) >= 1, "negative TARGET_CHANGED case"),
          (any(r["lower_is_better"] for r in rows), "lower-is-better rows")]
for ok, what in checks:
    if not ok:
        err("count check failed: " + what)
units = {r["unit"] for r in rows}
for u in ["%", "orang", "dokumen", "hari", "Rp", "km", "ton", "indeks"]:
    if u not in units:
        err(f"unit {u} missing")

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
if size > 15 * 1024 * 1024:
    err(f"size {size}")
for dp, dn, _ in os.walk(HERE):
    if "__pycache__" in dn:
        err("__pycache__ present")

print(f"documents={len(L['documents'])} opds={len(opds)} layouts={sorted(layouts)} scans={len(scans)}")
print(f"indicator rows={len(rows)} findings={len(L['findings'])} {dict(tc)} size={size / 1e6:.2f}MB")
if ERR:
    print(f"FAIL ({len(ERR)} problems)")
    for e in ERR[:80]:
        print(" -", e)
    sys.exit(1)
print("OK")
