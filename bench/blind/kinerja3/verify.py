#!/usr/bin/env python3
"""Internal consistency checks for the kinerja3 set.

Run: /work/scratch/kinerja3/bin/python verify.py   (needs pypdf, openpyxl, python-docx, pillow, reportlab;
pdftotext from poppler-utils). Exit code 0 = all checks passed.
"""
import json, os, re, subprocess, sys, zipfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
errors = []


def err(msg):
    errors.append(msg)


lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
docs = {d["file"]: d for d in lab["documents"]}
inds, finds = lab["indicators"], lab["findings"]
TYPES = ["ACHIEVEMENT_MISMATCH", "CROSS_DOCUMENT_CONFLICT", "ABSORPTION_OVER_100", "REALISATION_WITHOUT_TARGET",
         "TARGET_CHANGED"]
LAYOUTS = ["pdf_table", "pdf_prose", "xlsx", "docx_table", "scan"]
PLAN = ("pk", "renja")

# ---------------------------------------------------------------- schema
DKEYS = ["file", "opd", "fiscal_year", "layout", "pages", "doc_type"]
IKEYS = ["file", "page", "opd", "fiscal_year", "programme", "kegiatan", "sub_kegiatan", "indicator", "unit", "target",
         "realisation", "achievement_pct", "lower_is_better", "pagu", "budget_realisation", "absorption_pct"]
NUM = ["target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct"]
for d in lab["documents"]:
    if sorted(d) != sorted(DKEYS):
        err(f"document keys {d['file']}")
    if d["layout"] not in LAYOUTS:
        err(f"bad layout {d}")
    if not os.path.exists(os.path.join(DOCS, d["file"])):
        err(f"missing file {d['file']}")
for r in inds:
    if sorted(r) != sorted(IKEYS):
        err(f"indicator keys {r['file']} {r['indicator']}")
    for k in NUM:
        if r[k] is not None and not isinstance(r[k], (int, float)):
            err(f"non-number {k} in {r['file']} {r['indicator']}")
    if not isinstance(r["lower_is_better"], bool):
        err("lower_is_better not bool")
    if r["file"] not in docs:
        err(f"indicator cites unknown file {r['file']}")
        continue
    d = docs[r["file"]]
    if (r["opd"], r["fiscal_year"]) != (d["opd"], d["fiscal_year"]):
        err(f"opd/year mismatch {r['file']}")
    if not (1 <= r["page"] <= d["pages"]):
        err(f"page out of range {r['file']} p{r['page']}")
    if d["doc_type"] in PLAN and any(r[k] is not None for k in NUM[1:]):
        err(f"plan row with realisation/budget {r['file']} {r['indicator']}")
    if r["pagu"] is not None and r["absorption_pct"] is not None:
        if abs(round(r["budget_realisation"] / r["pagu"] * 100, 2) - r["absorption_pct"]) > 0.006:
            err(f"absorption arithmetic {r['file']} {r['indicator']}")

# ---------------------------------------------------------------- minimum counts
opds = {d["opd"] for d in lab["documents"]}
lay = Counter(d["layout"] for d in lab["documents"])
scan_files = {d["file"] for d in lab["documents"] if d["layout"] == "scan"}
scan_rows = [r for r in inds if r["file"] in scan_files]
ft = Counter(f["type"] for f in finds)
print(f"documents={len(docs)} opds={len(opds)} layouts={dict(lay)}")
print(f"indicator rows={len(inds)} (on scans: {len(scan_rows)} in {len({r['file'] for r in scan_rows})} files)")
print(f"findings={len(finds)} {dict(ft)}")
print(f"lower_is_better rows={sum(r['lower_is_better'] for r in inds)}; plan docs="
      f"{sum(d['doc_type'] in PLAN for d in docs.values())}")
if len(docs) < 14: err("fewer than 14 documents")
if len(opds) < 6: err("fewer than 6 OPDs")
if len([l for l in LAYOUTS if lay[l]]) < 5: err("fewer than 5 layouts")
if len(inds) < 170: err("fewer than 170 indicator rows")
if len(scan_rows) < 40 or len({r["file"] for r in scan_rows}) < 3: err("scan rows/files below minimum")
if len(finds) < 35: err("fewer than 35 findings")
for t in TYPES:
    if ft[t] < 6: err(f"fewer than 6 {t}")

# ---------------------------------------------------------------- independent re-derivation of findings
def key(f):
    return (f["type"], f["opd"], f["fiscal_year"], f["indicator"].lower(),
            tuple(sorted((c["file"], c["page"]) for c in f["citations"])))


derived = []
by = defaultdict(list)
for r in inds:
    by[(r["opd"], r["fiscal_year"], r["indicator"].lower())].append(r)
for r in inds:
    t, x, a = r["target"], r["realisation"], r["achievement_pct"]
    if None not in (t, x, a):
        exp = (t / x if r["lower_is_better"] else x / t) * 100
        diff = abs(exp - a)
        if diff > 0.5:
            derived.append(dict(type="ACHIEVEMENT_MISMATCH", opd=r["opd"], fiscal_year=r["fiscal_year"],
                                indicator=r["indicator"], citations=[dict(file=r["file"], page=r["page"])]))
            if diff < 1:
                err(f"planted achievement mismatch too small to be unambiguous: {r['indicator']}")
        elif diff > 0.006:
            err(f"achievement rounding off but not planted: {r['file']} {r['indicator']} {a} vs {exp}")
    if (r["pagu"] is not None and r["budget_realisation"] is not None and r["budget_realisation"] > r["pagu"]) or \
            (r["absorption_pct"] is not None and r["absorption_pct"] > 100):
        derived.append(dict(type="ABSORPTION_OVER_100", opd=r["opd"], fiscal_year=r["fiscal_year"],
                            indicator=r["indicator"], citations=[dict(file=r["file"], page=r["page"])]))
for (o, y, _), rs in by.items():
    plans = [r for r in rs if docs[r["file"]]["doc_type"] in PLAN]
    reps = [r for r in rs if docs[r["file"]]["doc_type"] not in PLAN]
    if any(r["realisation"] is not None for r in rs) and all(r["target"] is None for r in rs):
        derived.append(dict(type="REALISATION_WITHOUT_TARGET", opd=o, fiscal_year=y, indicator=rs[0]["indicator"],
                            citations=[dict(file=r["file"], page=r["page"]) for r in rs if r["realisation"] is not None]))
    for p in plans:
        bad = [r for r in reps if None not in (r["target"], p["target"]) and r["target"] != p["target"]]
        if bad:
            derived.append(dict(type="TARGET_CHANGED", opd=o, fiscal_year=y, indicator=p["indicator"],
                                citations=[dict(file=p["file"], page=p["page"])] +
                                          [dict(file=r["file"], page=r["page"]) for r in bad]))
    for i in range(len(reps)):
        for j in range(i + 1, len(reps)):
            a_, b_ = reps[i], reps[j]
            if a_["file"] != b_["file"] and any(None not in (a_[k], b_[k]) and a_[k] != b_[k]
                                                for k in ("target", "realisation")):
                derived.append(dict(type="CROSS_DOCUMENT_CONFLICT", opd=o, fiscal_year=y, indicator=a_["indicator"],
                                    citations=[dict(file=a_["file"], page=a_["page"]),
                                               dict(file=b_["file"], page=b_["page"])]))
    if len({p["target"] for p in plans if p["target"] is not None}) > 1:
        err(f"two plans disagree (unlabelled): {rs[0]['indicator']}")
if sorted(map(key, derived)) != sorted(map(key, finds)):
    err("findings in labels.json differ from findings re-derived from the indicator rows")
    for k in set(map(key, derived)) ^ set(map(key, finds)):
        print("   diff:", k)
for f in finds:
    for c in f["citations"]:
        if not any(r["file"] == c["file"] and r["page"] == c["page"] and
                   r["indicator"].lower() == f["indicator"].lower() for r in inds):
            err(f"finding citation without indicator row: {f['type']} {f['indicator']} {c}")

# ---------------------------------------------------------------- files open + page texts
TOK = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_tokens(text):
    out = set()
    for t in TOK.findall(text):
        out.add(float(t.replace(".", "").replace(",", ".")))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


page_text = {}  # (file, page) -> str
page_nums = {}  # (file, page) -> set of floats

from pypdf import PdfReader
from PIL import Image
import openpyxl, docx

for f, d in docs.items():
    p = os.path.join(DOCS, f)
    try:
        if f.endswith(".pdf"):
            n = len(PdfReader(p).pages)
            if n != d["pages"]:
                err(f"{f}: pages {n} != {d['pages']}")
            for pg in range(1, n + 1):
                txt = subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), "-layout", p, "-"],
                                     capture_output=True, text=True).stdout
                if d["layout"] == "scan":
                    if txt.strip():
                        err(f"{f}: scan has a text layer")
                    rd = PdfReader(p).pages[pg - 1]
                    if not rd.images:
                        err(f"{f}: scan page {pg} without image")
                else:
                    page_text[(f, pg)] = txt
                    page_nums[(f, pg)] = parse_tokens(txt)
        elif f.endswith((".jpg", ".png")):
            im = Image.open(p)
            im.load()
            dpi = im.info.get("dpi", (0, 0))[0]
            if not (199 <= dpi <= 301):
                err(f"{f}: dpi {dpi}")
            if d["pages"] != 1:
                err(f"{f}: image must be 1 page")
        elif f.endswith(".xlsx"):
            wb = openpyxl.load_workbook(p)
            if len(wb.worksheets) != d["pages"]:
                err(f"{f}: sheets {len(wb.worksheets)} != {d['pages']}")
            for si, ws in enumerate(wb.worksheets, 1):
                nums, txt = set(), []
                for rw in ws.iter_rows(values_only=True):
                    for v in rw:
                        if v is None:
                            continue
                        if isinstance(v, (int, float)):
                            nums.add(float(v))
                            txt.append(str(v))
                        else:
                            nums |= parse_tokens(str(v))
                            txt.append(str(v))
                page_text[(f, si)] = "\n".join(txt)
                page_nums[(f, si)] = nums
        elif f.endswith(".docx"):
            dd = docx.Document(p)
            pg, buf = 1, defaultdict(list)
            body = dd.element.body
            for el in body.iterchildren():
                tag = el.tag.split("}")[1]
                xml = el.xml if hasattr(el, "xml") else ""
                if tag == "p":
                    if 'w:type="page"' in xml:
                        pg += 1
                    buf[pg].append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
                elif tag == "tbl":
                    buf[pg].append(" | ".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            if pg != d["pages"]:
                err(f"{f}: {pg} pages by explicit breaks != {d['pages']}")
            for k, v in buf.items():
                page_text[(f, k)] = "\n".join(v)
                page_nums[(f, k)] = parse_tokens("\n".join(v))
    except Exception as ex:  # noqa
        err(f"{f}: cannot open ({ex})")

# scans: compare with the text the generator drew onto the image (same layout engine, draw=False)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import generate  # noqa: E402

gdocs = [d for d in generate.all_docs() if d["layout"] == "scan"]
_, scan_texts = generate.render(gdocs, draw=False)
for f, pages in scan_texts.items():
    if len(pages) != docs[f]["pages"]:
        err(f"{f}: engine pages {len(pages)} != {docs[f]['pages']}")
    for pg, lines in pages.items():
        t = "\n".join(lines)
        page_text[(f, pg)] = t
        page_nums[(f, pg)] = parse_tokens(t)

# ---------------------------------------------------------------- every labelled value is on its page
missing = 0
for r in inds:
    k = (r["file"], r["page"])
    if k not in page_text:
        err(f"no text for {k}")
        continue
    txt, nums = norm(page_text[k]), page_nums[k]
    words = [w for w in re.findall(r"[a-z0-9]+", r["indicator"].lower()) if len(w) > 2]
    lost = [w for w in words if w not in txt]
    if lost:
        err(f"{k}: indicator words not on page {lost} ({r['indicator']})")
        missing += 1
    for fld in NUM:
        v = r[fld]
        if v is None:
            continue
        if not any(abs(v - n) < 1e-6 for n in nums):
            err(f"{k}: {fld}={v} not found on page ({r['indicator']})")
            missing += 1
    if any(w not in txt for w in r["unit"].lower().split()):
        err(f"{k}: unit {r['unit']} not on page")
    for fld in ("programme", "sub_kegiatan", "kegiatan"):
        if r[fld] and norm(r[fld])[:40] not in txt and norm(r[fld]).split()[-1] not in txt:
            err(f"{k}: {fld} not on page")

size = sum(os.path.getsize(os.path.join(DOCS, f)) for f in os.listdir(DOCS))
print(f"docs size {size / 1e6:.2f} MB")
if size > 14e6:
    err("set too large")
if errors:
    print(f"FAILED: {len(errors)} problems")
    for e in errors[:60]:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
