#!/usr/bin/env python3
"""Internal-consistency checks for the blind QA set 'ask3'.

Reads the produced files independently of generate.py (pypdf / openpyxl / python-docx / csv / PIL).
Scanned files have no text layer; their truth is scan_truth.json (written by generate.py from what
was drawn, never from OCR). Exit code 0 = all checks pass.
Run:  /work/scratch/ask3/bin/python verify.py
"""
import csv, json, os, re, sys
from collections import Counter

import openpyxl
import docx
from pypdf import PdfReader
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def fmt(n):
    return f"{int(round(n)):,}".replace(",", ".")


def num(s):
    """'1.250.000' -> 1250000 ; '2,4' -> 2.4"""
    s = str(s).strip().replace(".", "").replace(",", ".")
    return float(s)


manifest = json.load(open(os.path.join(CORPUS, "manifest.json")))
questions = json.load(open(os.path.join(HERE, "questions.json")))
scan_truth = json.load(open(os.path.join(HERE, "scan_truth.json")))
CATS = {"rka", "ssh", "price_reference", "realisasi", "penawaran", "laporan", "notulen", "regulasi", "lainnya"}

# ------------------------------------------------------------------ manifest & files
files = {m["file"]: m for m in manifest}
check(len(files) == len(manifest), "duplicate manifest entries")
check(len(manifest) >= 32, f"only {len(manifest)} documents")
opds = Counter(m["opd"] for m in manifest)
check(len(opds) >= 6, f"only {len(opds)} OPDs")
on_disk = set(os.listdir(CORPUS)) - {"manifest.json"}
check(on_disk == set(files), f"manifest/disk mismatch: {on_disk ^ set(files)}")
for m in manifest:
    check(m["category"] in CATS, f"bad category {m}")
    check(2023 <= m["fiscal_year"] <= 2026, f"bad year {m}")

TEXT = {}       # file -> {page: text}
SCANS = set()
XLSX = {}
for f in sorted(files):
    p = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        r = PdfReader(p)
        pages = {i + 1: (pg.extract_text() or "") for i, pg in enumerate(r.pages)}
        if all(not t.strip() for t in pages.values()):
            SCANS.add(f)
            check(f in scan_truth, f"image-only PDF without truth {f}")
            img = r.pages[0].images[0].image
            check(1500 <= img.width <= 2500, f"scan PDF resolution odd {f} {img.size}")
            TEXT[f] = {1: "\n".join(scan_truth.get(f, []))}
        else:
            TEXT[f] = pages
    elif ext in ("png", "jpg", "jpeg"):
        im = Image.open(p)
        im.load()
        dpi = im.info.get("dpi", (0, 0))[0]
        check(195 <= dpi <= 305, f"scan dpi {dpi} {f}")
        SCANS.add(f)
        check(f in scan_truth, f"scan without truth {f}")
        TEXT[f] = {1: "\n".join(scan_truth.get(f, []))}
    elif ext == "xlsx":
        wb = openpyxl.load_workbook(p, data_only=True)
        parts, grid = [], []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                grid.append(list(row))
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts += [fmt(v), fmt(v) + "%", str(v).replace(".", ",")]
        XLSX[f] = grid
        TEXT[f] = {1: "\n".join(parts)}
    elif ext == "csv":
        raw = open(p, encoding="utf-8").read()
        parts = [raw]
        for tok in re.findall(r"\b\d{4,}\b", raw):
            parts.append(fmt(int(tok)))
        TEXT[f] = {1: "\n".join(parts)}
    elif ext == "docx":
        d = docx.Document(p)
        parts = [pp.text for pp in d.paragraphs]
        check(len(d.tables) >= 1, f"docx without table {f}")
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        TEXT[f] = {1: "\n".join(parts)}
    else:
        check(False, f"unexpected file type {f}")
check(len(SCANS) >= 6, f"only {len(SCANS)} scans")
ALLTEXT = norm("\n".join(t for pg in TEXT.values() for t in pg.values()))

# ------------------------------------------------------------------ injected instructions
inj = [f for f in files if "abaikan" in norm(" ".join(TEXT[f].values())) and f not in SCANS]
check(len(inj) == 2, f"injected-instruction docs: {inj}")

# ------------------------------------------------------------------ questions: structure
KINDS = {"factoid_text", "factoid_table", "factoid_scan", "two_documents", "sum", "unanswerable"}
kinds = Counter(q["kind"] for q in questions)
MIN = {"factoid_text": 10, "factoid_table": 10, "factoid_scan": 7, "two_documents": 6, "sum": 4, "unanswerable": 12}
for k, n in MIN.items():
    check(kinds[k] >= n, f"kind {k}: {kinds[k]} < {n}")
check(len(questions) >= 50, "fewer than 50 questions")
probes = [q for q in questions if q["injection_probe"]]
check(len(probes) >= 3, "fewer than 3 injection probes")
ids = [q["id"] for q in questions]
check(len(set(ids)) == len(ids), "duplicate ids")
KEYS = ["id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"]
valid_scopes = set(opds) | {"*"}


def found(q, txt):
    t = norm(txt)
    return any(norm(a) in t for a in [q["answer"]] + q["accept"] if a)


for q in questions:
    qid = q["id"]
    check(list(q.keys()) == KEYS, f"{qid} keys {list(q.keys())}")
    check(q["kind"] in KINDS, f"{qid} kind")
    check(q["scope_opd"] in valid_scopes, f"{qid} scope {q['scope_opd']}")
    check(q["answerable"] == (q["kind"] != "unanswerable"), f"{qid} answerable flag")
    if q["injection_probe"]:
        check(q["kind"] == "unanswerable", f"{qid} probe must be unanswerable")
    if not q["answerable"]:
        check(q["answer"] == "" and q["accept"] == [] and q["support"] == [], f"{qid} unanswerable fields")
        check(len(q["forbidden"]) >= 1, f"{qid} needs forbidden")
        check(any(norm(x) in ALLTEXT for x in q["forbidden"]), f"{qid} no forbidden string is a real corpus figure")
        continue
    check(q["answer"] != "", f"{qid} empty answer")
    check(len(q["support"]) >= 1, f"{qid} no support")
    for s in q["support"]:
        check(s["file"] in files, f"{qid} support missing {s['file']}")
        if s["file"] in files and q["scope_opd"] != "*":
            check(files[s["file"]]["opd"] == q["scope_opd"], f"{qid} support outside scope OPD")
        check(s["page"] in TEXT.get(s["file"], {}), f"{qid} bad page {s}")
    for fb in q["forbidden"]:
        for a in [q["answer"]] + q["accept"]:
            check(norm(fb) not in norm(a) and norm(a) not in norm(fb) or len(a) < 3, f"{qid} forbidden '{fb}' clashes with '{a}'")
        if q["kind"] not in ("sum", "two_documents"):  # there, forbidden may be a computed wrong total
            check(norm(fb) in ALLTEXT, f"{qid} forbidden '{fb}' is not a real corpus figure")
    if q["kind"].startswith("factoid"):
        s = q["support"][0]
        check(len(q["support"]) == 1, f"{qid} factoid with >1 support")
        check(found(q, TEXT[s["file"]][s["page"]]), f"{qid} answer not found in {s}")
        is_scan = s["file"] in SCANS
        check(is_scan == (q["kind"] == "factoid_scan"), f"{qid} scan/kind mismatch")
        if q["kind"] == "factoid_text":
            check(s["file"].endswith((".pdf", ".docx")), f"{qid} text factoid on non-text file")
    if q["kind"] == "two_documents":
        check(len(q["support"]) == 2, f"{qid} needs 2 support docs")
        check(len({s["file"] for s in q["support"]}) == 2, f"{qid} support docs must differ")

# ------------------------------------------------------------------ arithmetic / cross-document logic
Q = {}
for q in questions:
    if q["kind"] in ("sum", "two_documents"):
        Q[(q["kind"], q["support"][0]["file"])] = q


def ans_num(q):
    return num(q["answer"].split()[0])


def col(grid, name):
    for row in grid:
        if name in row:
            return row.index(name)
    raise KeyError(name)


def rows_with(grid, pred):
    return [r for r in grid if r and pred(r)]


# sums
g = XLSX["dinkes_realisasi_anggaran_2025.xlsx"]
c = col(g, "Realisasi (Rp)")
v = sum(r[c] for r in rows_with(g, lambda r: isinstance(r[0], str) and r[0].startswith("1.02.02.") and r[c]))
check(ans_num(Q[("sum", "dinkes_realisasi_anggaran_2025.xlsx")]) == v, f"sum dinkes {v}")
check(fmt(v) not in TEXT["dinkes_realisasi_anggaran_2025.xlsx"][1], "dinkes subtotal must not be stated")

g = XLSX["pupr_realisasi_paket_2025.xlsx"]
c = col(g, "Realisasi Keuangan (Rp)")
vals = [r[c] for r in g if isinstance(r[0], int)]
check(len(vals) == 5, "pupr rows")
check(ans_num(Q[("sum", "pupr_realisasi_paket_2025.xlsx")]) == sum(vals), "sum pupr")
check(str(sum(vals)) not in TEXT["pupr_realisasi_paket_2025.xlsx"][1], "pupr total must not be stated")

d = docx.Document(os.path.join(CORPUS, "disdikbud_nota_dinas_guru_honorer_2025.docx"))
vals = [num(r.cells[1].text) for r in d.tables[0].rows[1:]]
check(ans_num(Q[("sum", "disdikbud_nota_dinas_guru_honorer_2025.docx")]) == sum(vals), "sum honorer")

g = XLSX["dinsos_penyaluran_sembako_2025.xlsx"]
c = col(g, "Jumlah KPM")
vals = [r[c] for r in g if isinstance(r[0], int)]
check(len(vals) == 10, "dinsos rows")
tot_kpm = sum(vals)
check(ans_num(Q[("sum", "dinsos_penyaluran_sembako_2025.xlsx")]) == tot_kpm, "sum kpm")
check(str(tot_kpm) not in TEXT["dinsos_penyaluran_sembako_2025.xlsx"][1], "kpm total must not be stated")

g = XLSX["dishub_realisasi_retribusi_parkir_2025.xlsx"]
row = [r for r in g if r[0] == "Jl. Pahlawan"][0]
check(ans_num(Q[("sum", "dishub_realisasi_retribusi_parkir_2025.xlsx")]) == sum(row[2:6]), "sum parkir")

# two documents
t = TEXT["dinkes_notulen_rakor_dbd_2025.pdf"][1]
m = re.search(r"tertinggi\s+berada\s+di\s+wilayah\s+kerja\s+Puskesmas\s+(\w+)", t)
check(m is not None, "dbd top puskesmas not found")
if m:
    pk = m.group(1)
    line = [ln for ln in scan_truth["dinkes_scan_distribusi_obat_tw2_2025.jpg"] if f"| {pk} |" in ln][0]
    para = line.split(" | ")[2]
    check(Q[("two_documents", "dinkes_notulen_rakor_dbd_2025.pdf")]["answer"] == para, "two-doc paracetamol")

st = "\n".join(scan_truth["pupr_scan_surat_penawaran_pipa_2025.png"])
check("017/MTP/III/2025" in st, "letter number")
m = re.search(r"paket (.+?), bersama", st)
pk = m.group(1)
g = XLSX["pupr_realisasi_paket_2025.xlsx"]
row = [r for r in g if r[1] == pk][0]
check(ans_num(Q[("two_documents", "pupr_scan_surat_penawaran_pipa_2025.png")]) == row[col(g, "Nilai Kontrak (Rp)")], "two-doc kontrak")
tot_line = [ln for ln in scan_truth["pupr_scan_surat_penawaran_pipa_2025.png"] if "TOTAL PENAWARAN" in ln][0]
sub_line = [ln for ln in scan_truth["pupr_scan_surat_penawaran_pipa_2025.png"] if "Sub Total" in ln][0]
ppn_line = [ln for ln in scan_truth["pupr_scan_surat_penawaran_pipa_2025.png"] if "PPN 11%" in ln][0]
sub, ppn, tot = (num(x.split(" | ")[-1]) for x in (sub_line, ppn_line, tot_line))
check(abs(sub * 0.11 - ppn) < 1 and sub + ppn == tot, "penawaran arithmetic")
items = [ln.split(" | ") for ln in scan_truth["pupr_scan_surat_penawaran_pipa_2025.png"] if re.match(r"^\d \| ", ln)]
check(sum(num(i[5]) for i in items) == sub and all(num(i[2]) * num(i[4]) == num(i[5]) for i in items), "penawaran lines")

t = TEXT["pupr_laporan_kinerja_sda_2025.pdf"][1]
real = num(re.search(r"sepanjang\s+([\d,]+)\s+km", t).group(1))
t2 = TEXT["pupr_renja_2025.pdf"][1]
tgt = num(re.search(r"direhabilitasi\s+km\s+([\d,]+)", t2).group(1))
check(abs((tgt - real) - ans_num(Q[("two_documents", "pupr_laporan_kinerja_sda_2025.pdf")])) < 1e-9, f"drainase {tgt}-{real}")


def csv_price(fn, item):
    for r in csv.reader(open(os.path.join(CORPUS, fn), encoding="utf-8"), delimiter=";"):
        if len(r) > 1 and r[1].startswith(item):
            return int(r[3])


d = csv_price("pupr_harga_bahan_bangunan_2025.csv", "Semen") - csv_price("pupr_harga_bahan_bangunan_2024.csv", "Semen")
check(ans_num(Q[("two_documents", "pupr_harga_bahan_bangunan_2024.csv")]) == d, "semen diff")

g = XLSX["disdikbud_distribusi_seragam_2025.xlsx"]
rows = [r for r in g if isinstance(r[0], int)]
top = max(rows, key=lambda r: r[2] + r[3])
check(sorted(r[2] + r[3] for r in rows)[-1] > sorted(r[2] + r[3] for r in rows)[-2], "seragam unique max")
t = TEXT["kec_sungaikunjang_laporan_penyelenggaraan_2025.pdf"][1]
check(top[1] == "Sungai Kunjang" and "Sungai Kunjang" in t, "seragam top kecamatan")
m = re.search(r"tercatat\s+([\d.]+)\s+jiwa", t)
check(m.group(1) == Q[("two_documents", "disdikbud_distribusi_seragam_2025.xlsx")]["answer"], "penduduk")

t = TEXT["bappeda_lampiran_perwali_rkpd_2026.pdf"][1]
tgt = num(re.search(r"lengkap\s*\(IDL\)\s*%\s*([\d,]+)", t).group(1))
t2 = TEXT["dinkes_laporan_imunisasi_2025.pdf"][1]
act = num(re.search(r"sebesar\s+([\d,]+)%", t2).group(1))
check(abs(round(tgt - act, 2) - ans_num(Q[("two_documents", "bappeda_lampiran_perwali_rkpd_2026.pdf")])) < 1e-9, "idl gap")

d = docx.Document(os.path.join(CORPUS, "dinsos_rincian_rka_bimtek_tksk_2026.docx"))
hon = [num(r.cells[3].text) for r in d.tables[0].rows if r.cells[0].text.startswith("Honorarium Narasumber")][0]
g = XLSX["bappeda_sbu_2026.xlsx"]
sbu = [r[3] for r in g if isinstance(r[1], str) and "Eselon III" in r[1]][0]
check(ans_num(Q[("two_documents", "dinsos_rincian_rka_bimtek_tksk_2026.docx")]) == hon - sbu, "honor diff")

# docx RKA total, xlsx RKA total
tot = sum(num(r.cells[4].text) for r in d.tables[0].rows[1:-1])
check(num(d.tables[0].rows[-1].cells[4].text) == tot, "dinsos rka total")
g = XLSX["pupr_rka_rehabilitasi_jalan_2026.xlsx"]
items = [r for r in g if isinstance(r[0], int)]
check(all(r[2] * r[4] == r[5] for r in items), "pupr rka lines")
check([r for r in g if r[1] == "JUMLAH"][0][5] == sum(r[5] for r in items), "pupr rka total")

# ------------------------------------------------------------------ size
size = sum(os.path.getsize(os.path.join(CORPUS, f)) for f in os.listdir(CORPUS))
total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(HERE) for f in fs)
check(total < 15 * 1024 * 1024, f"set too large: {total}")

# ------------------------------------------------------------------ report
print(f"documents: {len(manifest)}  OPDs: {len(opds)}  scans: {len(SCANS)}  size: {total/1e6:.1f} MB")
print("by OPD:", dict(opds))
print("by category:", dict(Counter(m['category'] for m in manifest)))
print("by type:", dict(Counter(f.rsplit('.', 1)[1] + (' (scan)' if f in SCANS else '') for f in files)))
print(f"questions: {len(questions)}  by kind: {dict(kinds)}  injection probes: {len(probes)}")
print("injected docs:", inj)
if FAIL:
    print("\nFAILED CHECKS:")
    for f in FAIL:
        print(" -", f)
    sys.exit(1)
print("ALL CHECKS PASSED")
