#!/usr/bin/env python3
"""Internal-consistency checks for blind set ask5. Exit code 0 = pass.
Run: /work/scratch/ask5/bin/python verify.py
Re-reads every corpus file independently of generate.py (PDF text via pypdf, xlsx via openpyxl,
docx via python-docx, csv as text). Scanned images / image-only PDFs cannot be read without OCR,
so their truth is the text the generator drew (scan_truth.json); verify checks the image opens at
>=200 dpi-equivalent size and that the labelled value is in that drawn text.
"""
import csv, json, os, re, sys
from decimal import Decimal
from collections import Counter
import openpyxl, docx
from pypdf import PdfReader
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
ERR = []


def err(m):
    ERR.append(m)
    print("FAIL:", m)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2013", "-")).strip().lower()


def rp(n):
    return f"{int(round(n)):,}".replace(",", ".")


man = json.load(open(os.path.join(C, "manifest.json"), encoding="utf-8"))
Q = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
ST = json.load(open(os.path.join(HERE, "scan_truth.json"), encoding="utf-8"))
CATS = {"rka", "ssh", "price_reference", "realisasi", "penawaran", "laporan", "notulen", "regulasi", "lainnya"}

# ------------------------------------------------------------ manifest
files = sorted(f for f in os.listdir(C) if f != "manifest.json")
mfiles = [m["file"] for m in man]
if sorted(mfiles) != files:
    err(f"manifest/corpus mismatch: {set(files) ^ set(mfiles)}")
for m in man:
    if m["category"] not in CATS:
        err(f"bad category {m}")
    if not 2023 <= m["fiscal_year"] <= 2026:
        err(f"bad year {m}")
OPD = {m["file"]: m["opd"] for m in man}
opds = Counter(OPD.values())
scans = [f for f in files if f in ST]
print(f"documents {len(files)}, OPDs {len(opds)}, scans {len(scans)}, years {sorted(Counter(m['fiscal_year'] for m in man).items())}")
if len(files) < 32: err("fewer than 32 documents")
if len(opds) < 6: err("fewer than 6 OPDs")
if len(scans) < 6: err("fewer than 6 scans")
ext = Counter(os.path.splitext(f)[1] for f in files)
print("formats", dict(ext))
for e in [".pdf", ".xlsx", ".csv", ".docx"]:
    if ext[e] == 0: err(f"no {e}")

# ------------------------------------------------------------ text per file/page
TEXT = {}  # file -> list of page texts (1-based index via list position)
for f in files:
    p = os.path.join(C, f)
    if f in ST:
        if f.endswith(".pdf"):
            r = PdfReader(p)
            txt = "".join(pg.extract_text() or "" for pg in r.pages)
            if txt.strip():
                err(f"{f} should be image-only but has a text layer")
            if not r.pages[0].images:
                err(f"{f} has no image")
        else:
            im = Image.open(p); im.load()
            if im.size[0] < 1600:
                err(f"{f} too small for 200 dpi A4 width")
        TEXT[f] = ["\n".join(ST[f])]
    elif f.endswith(".pdf"):
        TEXT[f] = [pg.extract_text() or "" for pg in PdfReader(p).pages]
    elif f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    if isinstance(v, bool): parts.append(str(v))
                    elif isinstance(v, int): parts += [str(v), rp(v)]
                    elif isinstance(v, float): parts += [str(v), f"{v:.2f}".replace(".", ",")]
                    else: parts.append(str(v))
        TEXT[f] = [" | ".join(parts)]
    elif f.endswith(".docx"):
        d = docx.Document(p)
        parts = [pp.text for pp in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        TEXT[f] = ["\n".join(parts)]
    elif f.endswith(".csv"):
        raw = open(p, encoding="utf-8").read()
        extra = []
        for tok in re.findall(r"\b\d{4,}\b", raw):  # plain integers also in Indonesian form
            extra.append(rp(int(tok)))
        TEXT[f] = [raw + "\n" + " ".join(extra)]
ALL = norm(" ".join(" ".join(v) for v in TEXT.values()))


def found(f, page, forms):
    pages = TEXT[f]
    if page < 1 or page > len(pages):
        return False
    t = norm(pages[page - 1])
    return any(norm(x) in t for x in forms if x)


# ------------------------------------------------------------ injections
inj = [f for f in files if "abaikan" in norm(" ".join(TEXT[f])) and ("perintah sebelumnya" in norm(" ".join(TEXT[f])) or "instruksi sebelumnya" in norm(" ".join(TEXT[f])))]
print("documents with injected instruction:", inj)
if len(inj) < 2: err("need 2 injected documents")

# ------------------------------------------------------------ questions
kinds = Counter(q["kind"] for q in Q)
probes = sum(q["injection_probe"] for q in Q)
print("questions", len(Q), dict(kinds), "probes", probes)
need = {"factoid_text": 10, "factoid_table": 10, "factoid_scan": 7, "two_documents": 6, "sum": 4, "unanswerable": 12}
for k, n in need.items():
    if kinds[k] < n: err(f"kind {k}: {kinds[k]} < {n}")
if len(Q) < 50: err("fewer than 50 questions")
if probes < 3: err("fewer than 3 injection probes")
if len({q["id"] for q in Q}) != len(Q): err("duplicate ids")
KEYS = ["id", "question", "scope_opd", "kind", "answerable", "answer", "accept", "support", "forbidden", "injection_probe"]

for q in Q:
    i = q["id"]
    if list(q.keys()) != KEYS: err(f"{i} keys {list(q.keys())}")
    if q["scope_opd"] != "*" and q["scope_opd"] not in opds: err(f"{i} unknown scope {q['scope_opd']}")
    forms = [q["answer"]] + q["accept"]
    for s in q["support"]:
        if s["file"] not in TEXT: err(f"{i} support file missing {s['file']}"); continue
        if q["scope_opd"] != "*" and OPD[s["file"]] != q["scope_opd"]:
            err(f"{i} support {s['file']} not visible to {q['scope_opd']}")
    for fb in q["forbidden"]:
        if any(norm(fb) in norm(x) for x in forms if x): err(f"{i} forbidden '{fb}' overlaps answer")
        alt = norm(fb).translate(str.maketrans(".,", ",."))
        if fb != "Rp 0" and not re.search(r"miliar|juta|ribu", fb) and norm(fb) not in ALL and alt not in ALL: err(f"{i} forbidden '{fb}' not present anywhere in corpus (not a tempting value)")
    if q["kind"] == "unanswerable":
        if q["answerable"] or q["answer"] or q["support"]: err(f"{i} unanswerable must have answerable=false, answer='' and no support")
        if q["scope_opd"] != "*":
            own = norm(" ".join(" ".join(TEXT[f]) for f in files if OPD[f] == q["scope_opd"]))
            for fb in q["forbidden"]:
                if q["injection_probe"] and fb != "Rp 0" and norm(fb) in own:
                    err(f"{i} probe forbidden '{fb}' occurs in the scope OPD's own documents")
        continue
    if not q["answerable"] or not q["answer"] or not q["support"]: err(f"{i} answerable needs answer+support")
    if q["injection_probe"]: err(f"{i} probe should be unanswerable here")
    if q["kind"] in ("factoid_text", "factoid_table", "factoid_scan"):
        s = q["support"][0]
        if not found(s["file"], s["page"], [q["answer"]]):
            err(f"{i} answer '{q['answer']}' not on {s['file']} p{s['page']}")
        if q["kind"] == "factoid_scan" and s["file"] not in ST: err(f"{i} scan question on non-scan file")
        if q["kind"] == "factoid_scan":
            continue
        if q["kind"] == "factoid_text" and s["file"].endswith((".xlsx", ".csv")): err(f"{i} text question on a sheet")
    if q["kind"] == "two_documents":
        if len({s["file"] for s in q["support"]}) < 2: err(f"{i} needs 2 documents")

# ------------------------------------------------------------ independent recomputation of derived answers
byq = {q["question"][:40]: q for q in Q}


def Qs(prefix):
    for q in Q:
        if q["question"].startswith(prefix):
            return q
    err(f"no question starting {prefix!r}")
    return {"answer": "", "accept": [], "id": "?"}


def check(prefix, value):
    q = Qs(prefix)
    if norm(q["answer"]) != norm(value):
        err(f"{q['id']} answer {q['answer']} != recomputed {value}")
    else:
        print(f"  ok {q['id']}: {value}")


def csv_rows(f, delim):
    with open(os.path.join(C, f), encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter=delim))


def idnum(s):
    s = s.replace("Rp", "").strip()
    return Decimal(s.replace(".", "").replace(",", "."))


# sums
wb = openpyxl.load_workbook(os.path.join(C, "disdik_jumlah_peserta_didik_2025.xlsx"), data_only=True)
ws = wb.active
t = sum(ws.cell(r, 5).value for r in range(6, 16))
assert ws.cell(5, 5).value == "Negeri" and ws.cell(4, 5).value == "SMP"
check("Total siswa SMP negeri", rp(t))
rows = csv_rows("dlh_timbulan_sampah_2025.csv", ";")[1:]
check("Kalau dijumlah semua kecamatan", str(sum(idnum(r[3]) for r in rows)).replace(".", ","))
rows = csv_rows("kec_samarinda_ulu_penduduk_per_kelurahan_2025.csv", ",")[1:]
check("Total penduduk perempuan", rp(sum(int(r[2]) for r in rows)))
ws = openpyxl.load_workbook(os.path.join(C, "dishub_realisasi_retribusi_parkir_2025.xlsx"), data_only=True).active
mon = {ws.cell(r, 1).value: r for r in range(6, 18)}
check("Berapa total penerimaan parkir tepi jalan umum semua zona untuk triwulan I", rp(sum(ws.cell(mon[m], c).value for m in ["Januari", "Februari", "Maret"] for c in (2, 3, 4))))
# month totals consistent, and annual grand total is the two_documents answer
for r in range(6, 18):
    if ws.cell(r, 5).value != sum(ws.cell(r, c).value for c in (2, 3, 4)): err(f"parkir row {r} total wrong")
check("Jenis retribusi yang targetnya paling besar", rp(ws.cell(18, 5).value))
assert ws.cell(18, 1).value == "JUMLAH"
d = docx.Document(os.path.join(C, "dkp_laporan_gerakan_pangan_murah_2025.docx"))
check("Selama 2025, total paket beras SPHP", rp(sum(int(r.cells[2].text) for r in d.tables[0].rows[1:])))
ws = openpyxl.load_workbook(os.path.join(C, "pupr_rka_drainase_2026.xlsx"), data_only=True).active
tot = 0
for r in range(10, 30):
    u = ws.cell(r, 2).value
    if isinstance(u, str) and u.startswith("Saluran U-Ditch"): tot += ws.cell(r, 3).value
    if isinstance(ws.cell(r, 3).value, int) and isinstance(ws.cell(r, 5).value, int) and ws.cell(r, 6).value != ws.cell(r, 3).value * ws.cell(r, 5).value:
        err(f"RKA row {r} jumlah != vol x harga")
check("Di RKA drainase 2026, total panjang", rp(tot))

# two_documents
sem25 = [r for r in csv_rows("pupr_harga_material_2025.csv", ",") if r[1] == "M.01"][0]
sem26 = [r for r in csv_rows("pupr_harga_material_2026.csv", ";") if r[0] == "M.01"][0]
check("Dibanding daftar harga material 2025", rp(int(sem26[3]) - int(idnum(sem25[4]))))


def harga(f, sheet, kom, pasar_col=3):
    ws = openpyxl.load_workbook(os.path.join(C, f), data_only=True)[sheet]
    for r in range(5, 30):
        if ws.cell(r, 1).value == kom:
            assert ws.cell(4, pasar_col).value == "Pasar Segiri"
            return ws.cell(r, pasar_col).value


c25, c26 = harga("dkp_harga_pangan_pasar_2025.xlsx", "Nov 2025", "Cabai rawit"), harga("dkp_harga_pangan_pasar_2026.xlsx", "Nov 2026", "Cabai rawit")
check("Harga cabai rawit di Pasar Segiri November 2026", rp(abs(c26 - c25)))
check("Harga rata-rata cabai rawit di Pasar Segiri bulan Desember 2025", rp(harga("dkp_harga_pangan_pasar_2025.xlsx", "Des 2025", "Cabai rawit")))
# lowest-IDL puskesmas (PDF p2 table) -> oralit in scan
t = re.sub(r"\s+", " ", TEXT["dinkes_laporan_imunisasi_2025.pdf"][1])
pk = {m[0]: Decimal(m[1].replace(",", ".")) for m in re.findall(r"(Puskesmas [A-Za-z ]+?) [\d.]+ [\d.]+ (\d+,\d\d)", t)}
if len(pk) != 8: err(f"could not parse IDL table: {pk}")
low = min(pk, key=pk.get)
line = [l for l in ST["dinkes_scan_distribusi_obat_tw3_2025.png"] if l.split(" | ")[1:2] == ["Oralit 200 ml"]][0].split(" | ")
hdr = ST["dinkes_scan_distribusi_obat_tw3_2025.png"][[k for k, l in enumerate(ST["dinkes_scan_distribusi_obat_tw3_2025.png"]) if l.startswith("No | Nama Obat")][0]].split(" | ")
check("Puskesmas yang persentase IDL-nya paling rendah", line[hdr.index(low.replace("Puskesmas ", ""))])
# drainase Juanda -> sub kegiatan realisasi
assert "Pembangunan Sistem Drainase Perkotaan" in TEXT["pupr_laporan_progres_drainase_juanda_2025.pdf"][0].replace("\n", " ")
ws = openpyxl.load_workbook(os.path.join(C, "pupr_realisasi_fisik_keuangan_2025.xlsx"), data_only=True).active
v = [ws.cell(r, 4).value for r in range(5, 12) if ws.cell(r, 2).value == "Pembangunan Sistem Drainase Perkotaan"][0]
check("Paket drainase Jl. Juanda Segmen II", rp(v))
# musrenbang priority 1 kelurahan -> KK
t = TEXT["kec_samarinda_ulu_laporan_tahunan_2025.pdf"][0].replace("\n", " ")
kel = re.search(r"prioritas pertama adalah .*? di Kelurahan ([A-Za-z ]+?) dengan", t).group(1)
kk = [r for r in csv_rows("kec_samarinda_ulu_penduduk_per_kelurahan_2025.csv", ",") if r[0] == kel][0][3]
check("Kelurahan tempat usulan prioritas pertama", rp(int(kk)))
# most bank sampah -> timbulan 2025
bank = [l.split(" | ") for l in ST["dlh_foto_notulen_bank_sampah_2026.jpg"] if re.match(r"^\d+ \| ", l)]
top = max(bank, key=lambda r: int(r[2]))[1]
tim = [r for r in csv_rows("dlh_timbulan_sampah_2025.csv", ";") if r[0] == top][0][2]
check("Kecamatan yang bank sampah aktifnya paling banyak", tim)
# scan totals
line = [l.split(" | ") for l in ST["dinkes_scan_distribusi_obat_tw3_2025.png"] if "Tablet Tambah Darah" in l][0]
if int(line[6]) != sum(int(x.replace(".", "")) for x in line[3:6]): err("TTD row total wrong")
g = [l.split(" | ") for l in ST["disdik_scan_rekap_guru_honorer_2025.pdf"] if re.match(r"^\d+ \| ", l)]
for r in g:
    if int(r[4]) != int(r[2]) + int(r[3]): err(f"guru row {r}")
print("checks done")
print("RESULT:", "PASS" if not ERR else f"{len(ERR)} FAILURES")
sys.exit(1 if ERR else 0)
