#!/usr/bin/env python3
"""Deterministic generator for the blind OPD-performance evaluation set (Set B).

Run:  /work/blind/.venv-ak/bin/python generate.py
Writes docs/ (performance documents) and labels.json. Findings are DERIVED from
the stated figures with the rules in README.md, and the script asserts that the
derived findings are exactly the planted ones (so labels and documents agree).
"""
import os, sys, json, shutil, datetime
from collections import defaultdict, Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "docs")
if os.path.isdir(D):
    shutil.rmtree(D)
os.makedirs(D)

TOL = 0.5  # percentage points tolerated between stated and recomputed achievement / absorption

DINKES, DISDIK, PUPR, DISHUB, DLH, DINSOS = ("Dinas Kesehatan", "Dinas Pendidikan", "Dinas PUPR", "Dinas Perhubungan",
                                             "Dinas Lingkungan Hidup", "Dinas Sosial")
DOCS = []
ROWS = []
PLANTED = defaultdict(set)   # type -> set of (opd, fy, indicator)
DECOYS = []


def fmt(v, dec=None):
    """Indonesian number display: 1245 -> '1.245', 6.5 -> '6,5', 46.15 -> '46,15'."""
    if v is None:
        return "-"
    if dec is not None:
        s = f"{v:,.{dec}f}"
    else:
        if abs(v - round(v)) < 1e-9:
            s = f"{int(round(v)):,}"
        else:
            s = f"{v:,.2f}".rstrip("0")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def ach_calc(t, r, lib):
    if t is None or r is None:
        return None
    if lib:
        return None if r == 0 else t / r * 100
    return None if t == 0 else r / t * 100


class Row(dict):
    pass


def mk(ind, unit, t, r, lib=False, prog=None, keg=None, sub=None, ach="auto", pagu=None, breal=None, absp="auto",
       plant=None, decoy=None, disp=None):
    """Build a row. ach/absp 'auto' = correctly computed (rounded 2 d.p.) when computable.
    plant: list of finding types deliberately planted on this row. disp: display overrides {field: text}."""
    if ach == "auto":
        a = ach_calc(t, r, lib)
        ach = None if a is None else round(a, 2)
    if absp == "auto":
        absp = None if (pagu is None or breal is None) else round(breal / pagu * 100, 2)
    return Row(programme=prog, kegiatan=keg, sub_kegiatan=sub, indicator=ind, unit=unit, target=t, realisation=r,
               achievement_pct=ach, lower_is_better=lib, pagu=pagu, budget_realisation=breal, absorption_pct=absp,
               _plant=plant or [], _decoy=decoy, _disp=disp or {})


def register(file, opd, fy, layout, pages, doc_type, rows):
    DOCS.append({"file": file, "opd": opd, "fiscal_year": fy, "layout": layout, "pages": pages, "doc_type": doc_type})
    for r in rows:
        rec = {"file": file, "page": r["_page"], "opd": opd, "fiscal_year": fy}
        for k in ("programme", "kegiatan", "sub_kegiatan", "indicator", "unit", "target", "realisation",
                  "achievement_pct", "lower_is_better", "pagu", "budget_realisation", "absorption_pct"):
            rec[k] = r[k]
        rec["_doc_type"] = doc_type
        ROWS.append(rec)
        for p in r["_plant"]:
            PLANTED[p].add((opd, fy, r["indicator"]))
        if r["_decoy"]:
            DECOYS.append({"file": file, "page": r["_page"], "opd": opd, "fiscal_year": fy, "indicator": r["indicator"],
                           "why_fine": r["_decoy"]})


def disp(r, k):
    if k in r["_disp"]:
        return r["_disp"][k]
    v = r[k]
    if k in ("pagu", "budget_realisation"):
        return "-" if v is None else fmt(v)
    if k in ("achievement_pct", "absorption_pct"):
        return "-" if v is None else fmt(v, 2)
    return fmt(v)


def P(f):
    return os.path.join(D, f)


def hdr(opd):
    return f"PEMERINTAH KOTA SAMARINDA — {opd.upper()}"


# ------------------------------------------------------------------ renderers
def chunks(rows, n):
    return [rows[i:i + n] for i in range(0, len(rows), n)]


def render_pdf_table(file, opd, fy, title, intro, rows, doc_type, per_page=8, budget=False, plan=False):
    blocks = [("title", title), ("sub", f"{opd} Kota Samarinda — Tahun {fy}")] + [("p", x) for x in intro] + [("pb",)]
    if plan:
        head = ["No", "Program / Kegiatan", "Indikator Kinerja", "Satuan", f"Target {fy}", "Pagu Indikatif (Rp)"]
        cw = [1, 7, 8.5, 2.5, 2.5, 4]
    elif budget:
        head = ["No", "Kegiatan / Sub Kegiatan", "Indikator Keluaran", "Satuan", "Target", "Realisasi", "Capaian (%)",
                "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
        cw = [0.8, 5, 5.2, 1.7, 1.7, 1.7, 1.7, 2.8, 2.8, 1.7]
    else:
        head = ["No", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        cw = [1, 7, 8.5, 2.5, 2.2, 2.2, 2.3]
    n = 0
    cs = chunks(rows, per_page)
    for ci, ch in enumerate(cs):
        page = ci + 2
        tab = [head]
        for r in ch:
            n += 1
            r["_page"] = page
            pk = " / ".join(x for x in (r["programme"], r["kegiatan"], r["sub_kegiatan"]) if x) or "-"
            if plan:
                tab.append([n, pk, r["indicator"], r["unit"], disp(r, "target"), disp(r, "pagu")])
            elif budget:
                pk = " / ".join(x for x in (r["kegiatan"], r["sub_kegiatan"]) if x)
                tab.append([n, pk, r["indicator"], r["unit"], disp(r, "target"), disp(r, "realisation"),
                            disp(r, "achievement_pct"), disp(r, "pagu"), disp(r, "budget_realisation"), disp(r, "absorption_pct")])
            else:
                tab.append([n, pk, r["indicator"], r["unit"], disp(r, "target"), disp(r, "realisation"), disp(r, "achievement_pct")])
        blocks.append(("p", f"Tabel {ci + 1}. {'Target Kinerja' if plan else 'Capaian Kinerja'} Tahun {fy}"
                            + (" (lanjutan)" if ci else "")))
        blocks.append(("table", tab, cw))
        if ci < len(cs) - 1:
            blocks.append(("pb",))
    build_pdf(P(file), hdr(opd), blocks, orientation="landscape")
    register(file, opd, fy, "pdf_table", len(cs) + 1, doc_type, rows)


def unit_words(u):
    return {"%": "persen"}.get(u, u)


def prose_sentence(r, fy, i):
    ind, u = r["indicator"], unit_words(r["unit"])
    t, re_, a = disp(r, "target"), disp(r, "realisation"), disp(r, "achievement_pct")
    if r["target"] is None:
        s = (f"Indikator {ind} pada tahun {fy} terealisasi sebesar {re_} {u}; indikator ini belum memiliki target "
             f"dalam dokumen perencanaan sehingga capaian tidak dihitung.")
    elif r["lower_is_better"]:
        s = (f"Untuk indikator {ind}, yang semakin rendah semakin baik, target tahun {fy} ditetapkan {t} {u} dan "
             f"realisasinya {re_} {u}, sehingga capaian kinerja sebesar {a} persen.")
    elif i % 3 == 0:
        s = f"Indikator {ind} ditargetkan sebesar {t} {u} dan terealisasi {re_} {u}, sehingga capaian kinerjanya {a} persen."
    elif i % 3 == 1:
        s = f"Realisasi {ind} pada tahun {fy} mencapai {re_} {u} dari target {t} {u} atau capaian {a} persen."
    else:
        s = (f"Sementara itu, {ind} mencapai {re_} {u}. Dibandingkan target sebesar {t} {u}, capaian kinerja "
             f"indikator ini adalah {a} persen.")
    if r["pagu"] is not None:
        s += (f" Kegiatan pendukungnya memiliki pagu Rp {disp(r, 'pagu')} dengan realisasi anggaran Rp "
              f"{disp(r, 'budget_realisation')} atau serapan {disp(r, 'absorption_pct')} persen.")
    return s


def render_pdf_prose(file, opd, fy, title, sections, doc_type, closing):
    """sections: list of (heading, intro_text, rows); each section on its own page (page = index+1)."""
    blocks = [("title", title), ("sub", f"{opd} Kota Samarinda")]
    allrows = []
    i = 0
    for si, (h, intro, rows) in enumerate(sections):
        if si:
            blocks.append(("pb",))
        blocks.append(("h", h))
        if intro:
            blocks.append(("p", intro))
        for r in rows:
            r["_page"] = si + 1
            blocks.append(("p", prose_sentence(r, fy, i)))
            i += 1
            allrows.append(r)
    blocks.append(("p", closing))
    build_pdf(P(file), hdr(opd), blocks)
    register(file, opd, fy, "pdf_prose", len(sections), doc_type, allrows)


def render_xlsx(file, opd, fy, sheets, doc_type, title):
    """sheets: list of (sheet_name, rows, budget(bool), plan(bool))"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    allrows = []
    for name, rows, budget, plan in sheets:
        ws = wb.create_sheet(name)
        ws.cell(row=1, column=1, value=title).font = Font(bold=True)
        ws.cell(row=2, column=1, value=f"{opd} Kota Samarinda — Tahun {fy}")
        head = ["No", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Satuan"]
        if plan:
            head += [f"Target {fy}", "Pagu Indikatif (Rp)"]
        else:
            head += ["Target", "Realisasi", "Capaian (%)"]
            if budget:
                head += ["Pagu (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)"]
        for j, h in enumerate(head, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDDDDD")
            c.alignment = Alignment(wrap_text=True)
        for i, r in enumerate(rows, 1):
            r["_page"] = name
            vals = [i, r["programme"], r["kegiatan"], r["sub_kegiatan"], r["indicator"], r["unit"]]
            if plan:
                vals += [r["_disp"].get("target", r["target"]), r["pagu"]]
            else:
                vals += [r["_disp"].get("target", r["target"]), r["realisation"], r["_disp"].get("achievement_pct", r["achievement_pct"])]
                if budget:
                    vals += [r["pagu"], r["budget_realisation"], r["absorption_pct"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=4 + i, column=j, value=v)
                if isinstance(v, (int, float)) and v is not None and abs(v) >= 1e6:
                    c.number_format = "#,##0"
            allrows.append(r)
        for j, w in enumerate([5, 28, 28, 28, 45, 12, 12, 12, 12, 18, 18, 12], 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.properties.creator = "Pemerintah Kota Samarinda"
    wb.properties.created = datetime.datetime(2026, 2, 10, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 2, 10, 8, 0, 0)
    wb.save(P(file))
    normalize_zip(P(file))
    register(file, opd, fy, "xlsx", len(sheets), doc_type, allrows)


def render_docx(file, opd, fy, title, intro, rows, doc_type, per_page=10, plan=False, budget=False):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    p = doc.add_paragraph()
    rr = p.add_run(title)
    rr.bold = True
    rr.font.size = Pt(12)
    for t in intro:
        doc.add_paragraph(t)
    if plan:
        head = ["No", "Program", "Kegiatan / Sub Kegiatan", "Indikator", "Satuan", f"Target {fy}", "Pagu Indikatif (Rp)"]
    else:
        head = ["No", "Program", "Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        if budget:
            head += ["Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]
    cs = chunks(rows, per_page)
    n = 0
    for ci, ch in enumerate(cs):
        if ci:
            doc.add_page_break()
            doc.add_paragraph(f"(lanjutan tabel)")
        tb = doc.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, head):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for r in ch:
            n += 1
            r["_page"] = ci + 1
            ks = " / ".join(x for x in (r["kegiatan"], r["sub_kegiatan"]) if x) or "-"
            vals = [n, r["programme"] or "-", ks, r["indicator"], r["unit"], disp(r, "target")]
            if plan:
                vals += [disp(r, "pagu")]
            else:
                vals += [disp(r, "realisation"), disp(r, "achievement_pct")]
                if budget:
                    vals += [disp(r, "pagu"), disp(r, "budget_realisation"), disp(r, "absorption_pct")]
            for c, v in zip(tb.add_row().cells, vals):
                c.text = str(v)
    cp = doc.core_properties
    cp.author = "Pemerintah Kota Samarinda"
    cp.created = cp.modified = datetime.datetime(2026, 2, 10, 8, 0, 0)
    cp.revision = 1
    doc.save(P(file))
    normalize_zip(P(file))
    register(file, opd, fy, "docx_table", len(cs), doc_type, rows)


def render_scan_table(file, opd, fy, title_lines, rows, doc_type, seed, angle, photo):
    xs = [50, 95, 940, 1235, 1375, 1535]
    items = [("center", "PEMERINTAH KOTA SAMARINDA"), ("title", opd.upper())] + [("center", t) for t in title_lines] + [
        ("hline",), ("gap", 6), ("row", ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"], xs, True)]
    for i, r in enumerate(rows, 1):
        r["_page"] = 1
        items.append(("row", [str(i), r["indicator"], r["unit"], disp(r, "target"), disp(r, "realisation"),
                              disp(r, "achievement_pct")], xs))
    items += [("gap", 30), ("row", ["", "", "Mengetahui, Kepala Dinas"], [50, 95, 1150]), ("gap", 10),
              ("sign", 1200, 0), ("stamp", "PEMKOT SMD", 1300, 0), ("gap", 60),
              ("row", ["", "", "(paraf pada setiap halaman)"], [50, 95, 1150])]
    render_scan(P(file), items, seed=seed, angle=angle, photo=photo, width=1754, height=1240, fs=21)
    register(file, opd, fy, "scan", 1, doc_type, rows)


# =====================================================================
# DINAS KESEHATAN: LKjIP 2024 + 2025 (pdf_table), Renja 2025 (docx), IKU TW IV 2025 scan
# =====================================================================
P1 = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"
P2 = "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"
P3 = "Program Pemberdayaan Masyarakat Bidang Kesehatan"
K_KIA = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan"
K_P2P = "Pencegahan dan Pengendalian Penyakit"
K_SDM = "Perencanaan Kebutuhan dan Pendayagunaan SDM Kesehatan"
K_PROMKES = "Advokasi, Pemberdayaan, Kemitraan dan Promosi Kesehatan"
AKI, AKB, STUNT, IDL = ("Angka Kematian Ibu (AKI)", "Angka Kematian Bayi (AKB)", "Prevalensi balita stunting",
                        "Cakupan imunisasi dasar lengkap")
BUMIL = "Persentase ibu hamil mendapatkan pelayanan kesehatan sesuai standar"
SALIN = "Persentase persalinan di fasilitas pelayanan kesehatan"
TBC = "Cakupan penemuan dan pengobatan kasus TBC (treatment coverage)"
DBD = "Insidensi DBD"
HT = "Persentase penderita hipertensi mendapat pelayanan sesuai standar"
DM = "Persentase penderita diabetes melitus mendapat pelayanan sesuai standar"
AKRED = "Persentase puskesmas terakreditasi paripurna"
DOKTER = "Rasio dokter per 100.000 penduduk"
AIR = "Persentase sarana air minum yang diawasi/diperiksa"
PHBS = "Persentase rumah tangga ber-PHBS"
ODF = "Persentase kelurahan ODF (stop buang air besar sembarangan)"
UHC = "Persentase penduduk terdaftar JKN (UHC)"
TPK = "Jumlah kader posyandu terlatih"


def dinkes_rows(year):
    if year == 2024:
        return [
            mk(AKI, "per 100.000 KH", 95, 88, True, P1, K_KIA, decoy="Lower-is-better: capaian 107,95% = 95 ÷ 88, benar walau >100%."),
            mk(AKB, "per 1.000 KH", 6.5, 5.9, True, P1, K_KIA),
            mk(STUNT, "%", 18, 17.2, True, P1, K_KIA),
            mk(IDL, "%", 95, 93.8, False, P1, K_P2P),
            mk(BUMIL, "%", 100, 97.4, False, P1, K_KIA),
            mk(SALIN, "%", 98, 96.7, False, P1, K_KIA),
            mk(TBC, "%", 90, 71.3, False, P1, K_P2P, ach=89.12, plant=["ACHIEVEMENT_MISMATCH"]),
            mk(DBD, "per 100.000 penduduk", 50, 63.2, True, P1, K_P2P,
               decoy="Lower-is-better dengan realisasi di atas target: capaian 79,11% (= 50 ÷ 63,2) memang <100%."),
            mk(HT, "%", 100, 64.5, False, P1, K_P2P),
            mk(DM, "%", 100, 81.2, False, P1, K_P2P),
            mk(AKRED, "%", 50, 46.15, False, P2, K_SDM),
            mk(DOKTER, "rasio", 45, 47.1, False, P2, K_SDM),
            mk(AIR, "%", 85, 88.2, False, P3, K_PROMKES),
            mk(PHBS, "%", 70, 68.3, False, P3, K_PROMKES),
        ]
    return [
        mk(AKI, "per 100.000 KH", 90, 74, True, P1, K_KIA),
        mk(AKB, "per 1.000 KH", 6.0, 6.3, True, P1, K_KIA, ach=105.0, plant=["ACHIEVEMENT_MISMATCH"]),  # non-inverted formula
        mk(STUNT, "%", 16, 14.6, True, P1, K_KIA),
        mk(IDL, "%", 95, 95.3, False, P1, K_P2P),
        mk(BUMIL, "%", 100, 98.1, False, P1, K_KIA),
        mk(SALIN, "%", 98, 97.9, False, P1, K_KIA, ach=99.9, decoy="Capaian dibulatkan satu desimal (99,90 vs 99,898): dalam toleransi pembulatan."),
        mk(TBC, "%", 90, 78.6, False, P1, K_P2P),
        mk(DBD, "per 100.000 penduduk", 45, 38.9, True, P1, K_P2P),
        mk(HT, "%", 100, 72.8, False, P1, K_P2P),
        mk(DM, "%", 100, 86.4, False, P1, K_P2P),
        mk(AKRED, "%", 60, 65.38, False, P2, K_SDM),
        mk(DOKTER, "rasio", 47, 49.3, False, P2, K_SDM),
        mk(AIR, "%", 88, 91.4, False, P3, K_PROMKES),
        mk(PHBS, "%", 72, 74.1, False, P3, K_PROMKES),
        mk(ODF, "%", 50, 50.85, False, P3, K_PROMKES),
        mk(UHC, "%", 98, 99.1, False, P1, K_KIA),
        mk(TPK, "orang", None, 1142, False, P3, K_PROMKES, plant=["REALISATION_WITHOUT_TARGET"]),
    ]


DK_BUDGET_2025 = [
    mk("Jumlah puskesmas yang menerima vaccine refrigerator", "unit", 26, 26, False, None, K_P2P,
       "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", pagu=1300000000, breal=1264900000),
    mk("Jumlah ambulans puskesmas yang diadakan", "unit", 4, 4, False, None, K_KIA,
       "Pengadaan Sarana di Fasilitas Pelayanan Kesehatan", pagu=3200000000, breal=3128000000),
    mk("Jumlah balita stunting yang mendapat PMT lokal", "anak", 1936, 1936, False, None, K_KIA,
       "Pengelolaan Pelayanan Kesehatan Balita", pagu=1742400000, breal=1776900000, plant=["ABSORPTION_OVER_100"]),
    mk("Jumlah paket obat dan BMHP yang didistribusikan ke puskesmas", "paket", 26, 26, False, None, K_KIA,
       "Pengadaan Obat, Vaksin", pagu=13270000000, breal=12924307500),
]
dk24, dk25 = dinkes_rows(2024), dinkes_rows(2025)
render_pdf_table("dinkes_lkjip_2024.pdf", DINKES, 2024, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DINAS KESEHATAN TAHUN 2024 — KUTIPAN BAB III",
                 ["Bab ini menyajikan capaian indikator kinerja Dinas Kesehatan Kota Samarinda tahun 2024 dibandingkan "
                  "target dalam Renstra 2021–2026 dan Perjanjian Kinerja 2024.",
                  "Untuk indikator yang semakin rendah semakin baik (AKI, AKB, prevalensi stunting, insidensi DBD), "
                  "capaian dihitung dengan rumus target dibagi realisasi dikali 100 persen."], dk24, "report")
render_pdf_table("dinkes_lkjip_2025.pdf", DINKES, 2025, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DINAS KESEHATAN TAHUN 2025 — KUTIPAN BAB III",
                 ["Bab ini menyajikan capaian indikator kinerja Dinas Kesehatan Kota Samarinda tahun 2025 serta realisasi "
                  "anggaran sub kegiatan pendukung.",
                  "Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan rumus target dibagi "
                  "realisasi dikali 100 persen."], dk25[:16] + [dk25[16]], "report", per_page=9)
# budget table appended as an extra PDF? keep it separate for clarity: LKjIP 2025 lampiran realisasi anggaran (pdf_table, budget)
render_pdf_table("dinkes_lampiran_realisasi_anggaran_2025.pdf", DINKES, 2025,
                 "LAMPIRAN LKjIP 2025 — REALISASI ANGGARAN DAN KELUARAN SUB KEGIATAN DINAS KESEHATAN",
                 ["Lampiran ini memuat keluaran dan serapan anggaran sub kegiatan utama Dinas Kesehatan tahun 2025 "
                  "(posisi 31 Desember 2025, sumber SIPD)."], DK_BUDGET_2025, "budget", budget=True)

renja_dk = [
    mk(AKI, "per 100.000 KH", 90, None, True, P1, K_KIA, pagu=None),
    mk(AKB, "per 1.000 KH", 6.0, None, True, P1, K_KIA),
    mk(STUNT, "%", 14, None, True, P1, K_KIA, plant=["TARGET_CHANGED"]),  # report says 16
    mk(IDL, "%", 95, None, False, P1, K_P2P, disp={"target": "95,00"},
       decoy="Target ditulis '95,00' di Renja dan '95' di LKjIP: nilainya sama, bukan TARGET_CHANGED."),
    mk(BUMIL, "%", 100, None, False, P1, K_KIA),
    mk(SALIN, "%", 98, None, False, P1, K_KIA),
    mk(TBC, "%", 90, None, False, P1, K_P2P),
    mk(DBD, "per 100.000 penduduk", 45, None, True, P1, K_P2P),
    mk(HT, "%", 100, None, False, P1, K_P2P),
    mk(DM, "%", 100, None, False, P1, K_P2P),
    mk(AKRED, "%", 60, None, False, P2, K_SDM),
    mk(DOKTER, "rasio", 47, None, False, P2, K_SDM),
    mk(AIR, "%", 88, None, False, P3, K_PROMKES),
    mk(PHBS, "%", 75, None, False, P3, K_PROMKES, plant=["TARGET_CHANGED"]),  # report says 72
    mk(ODF, "%", 50, None, False, P3, K_PROMKES),
    mk(UHC, "%", 98, None, False, P1, K_KIA),
]
render_docx("dinkes_renja_2025.docx", DINKES, 2025, "RENCANA KERJA (RENJA) DINAS KESEHATAN KOTA SAMARINDA TAHUN 2025 — TABEL TARGET KINERJA",
            ["Target kinerja berikut ditetapkan dalam Renja Perangkat Daerah Tahun 2025 (Perwali tentang Renja 2025)."],
            renja_dk, "plan", per_page=8, plan=True)

iku_dk = [
    mk(AKI, "per 100.000 KH", 90, 78, True, ach=115.38, plant=["CROSS_DOCUMENT_CONFLICT"]),  # LKjIP says 74
    mk(AKB, "per 1.000 KH", 6.0, 6.3, True),
    mk(STUNT, "%", 16, 14.6, True),
    mk(IDL, "%", 95, 94.7, False, plant=["CROSS_DOCUMENT_CONFLICT"]),  # LKjIP says 95,3
    mk(TBC, "%", 90, 78.6, False),
    mk(DBD, "per 100.000 penduduk", 45, 38.9, True),
    mk(HT, "%", 100, 72.8, False),
    mk(DM, "%", 100, 86.4, False),
]
render_scan_table("dinkes_scan_iku_triwulan_iv_2025.jpg", DINKES, 2025,
                  ["CAPAIAN INDIKATOR KINERJA UTAMA (IKU) TRIWULAN IV TAHUN 2025", "Lembar untuk rapat evaluasi kinerja, 14 Januari 2026"],
                  iku_dk, "report", seed=21, angle=1.4, photo=True)

# =====================================================================
# DINAS PENDIDIKAN: laporan kinerja 2024 + 2025 (xlsx, with budget), Renja 2025 (pdf_table)
# =====================================================================
PP = "Program Pengelolaan Pendidikan"
PG = "Program Pendidik dan Tenaga Kependidikan"
KSD, KSMP, KPAUD, KGURU = ("Pengelolaan Pendidikan Sekolah Dasar", "Pengelolaan Pendidikan Sekolah Menengah Pertama",
                           "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", "Pemerataan Kuantitas dan Kualitas Pendidik")
RKB = "Jumlah ruang kelas baru yang dibangun"
REHAB = "Jumlah ruang kelas yang direhabilitasi"
MEBEL = "Jumlah sekolah yang menerima mebel"
PERAGA = "Jumlah paket alat peraga pendidikan yang diadakan"
BOSDA = "Jumlah siswa penerima BOSDA"
LOMBA = "Jumlah lomba/festival siswa yang difasilitasi"
APMSD, APMSMP = "Angka Partisipasi Murni (APM) SD", "Angka Partisipasi Murni (APM) SMP"
APSSD, APSSMP = "Angka putus sekolah SD", "Angka putus sekolah SMP"
LIT = "Persentase satuan pendidikan SD dengan capaian literasi minimal baik"
SERTI = "Persentase guru bersertifikat pendidik"
LATIH = "Jumlah guru yang mengikuti pelatihan"
APKPAUD = "Angka Partisipasi Kasar (APK) PAUD"
AKRPAUD = "Jumlah lembaga PAUD terakreditasi"
BEA = "Jumlah siswa penerima beasiswa Samarinda Cerdas"
LAPTOP = "Jumlah laptop guru yang diadakan"


def disdik_rows(year):
    if year == 2024:
        return [
            mk(RKB, "ruang", 20, 20, False, PP, KSD, "Pembangunan Ruang Kelas Baru", pagu=7800000000, breal=7652300000),
            mk(REHAB, "ruang", 55, 58, False, PP, KSD, "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", pagu=14500000000, breal=13940125000),
            mk(MEBEL, "sekolah", 35, 35, False, PP, KSD, "Pengadaan Perlengkapan Sekolah", pagu=1667500000, breal=1610000000),
            mk(PERAGA, "paket", 45, 45, False, PP, KSMP, "Pengadaan Alat Praktik dan Peraga Siswa", pagu=1350000000, breal=1350000000,
               decoy="Serapan tepat 100,00%: tidak melebihi 100%."),
            mk(BOSDA, "siswa", 97500, 97905, False, PP, KSD, "Penyediaan Dana BOSDA", pagu=29371500000, breal=29371500000),
            mk(LOMBA, "kegiatan", 10, 12, False, PP, KSMP, "Pembinaan Minat, Bakat dan Kreativitas Siswa", pagu=640000000, breal=612450000),
            mk(APMSD, "%", 97.0, 97.31, False, PP),
            mk(APMSMP, "%", 81.0, 80.92, False, PP),
            mk(APSSD, "%", 0.12, 0.11, True, PP),
            mk(APSSMP, "%", 0.35, 0.38, True, PP),
            mk(SERTI, "%", 70, 71.15, False, PG),
            mk(LATIH, "orang", 1000, 1124, False, PG, KGURU, "Peningkatan Kompetensi Pendidik", pagu=980000000, breal=1012400000,
               plant=["ABSORPTION_OVER_100"]),
            mk(APKPAUD, "%", 74, 70.4, False, PP, KPAUD),
            mk(BEA, "siswa", 2300, 2300, False, PP, KSD, "Penyediaan Beasiswa", pagu=3450000000, breal=3450000000),
            mk(LAPTOP, "unit", 140, 140, False, PP, KSD, "Pengadaan Sarana TIK Pendidikan", pagu=2170000000, breal=2135000000),
        ]
    return [
        mk(RKB, "ruang", 24, 24, False, PP, KSD, "Pembangunan Ruang Kelas Baru", pagu=9600000000, breal=9412800000),
        mk(REHAB, "ruang", 60, 64, False, PP, KSD, "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", pagu=15360000000, breal=14872350000),
        mk(MEBEL, "sekolah", 40, 38, False, PP, KSD, "Pengadaan Perlengkapan Sekolah", pagu=1920000000, breal=1843200000),
        mk(PERAGA, "paket", 50, 50, False, PP, KSMP, "Pengadaan Alat Praktik dan Peraga Siswa", pagu=1500000000, breal=1499700000,
           decoy="Serapan 99,98%: mendekati tetapi tidak melebihi 100%."),
        mk(BOSDA, "siswa", 98000, 98412, False, PP, KSD, "Penyediaan Dana BOSDA", pagu=29523600000, breal=29523600000),
        mk(LOMBA, "kegiatan", 12, 30, False, PP, KSMP, "Pembinaan Minat, Bakat dan Kreativitas Siswa", pagu=720000000, breal=701250000,
           decoy="Capaian 250,00% memang 30 ÷ 12; sangat tinggi tetapi benar."),
        mk(APMSD, "%", 97.5, 97.82, False, PP),
        mk(APMSMP, "%", 82.0, 81.46, False, PP, ach=97.34, plant=["ACHIEVEMENT_MISMATCH"]),
        mk(APSSD, "%", 0.10, 0.08, True, PP),
        mk(APSSMP, "%", 0.30, 0.41, True, PP, ach=136.67, plant=["ACHIEVEMENT_MISMATCH"]),  # non-inverted
        mk(LIT, "%", None, 61.4, False, PP, KSD, plant=["REALISATION_WITHOUT_TARGET"]),
        mk(SERTI, "%", 72, 73.11, False, PG),
        mk(LATIH, "orang", 1200, 1356, False, PG, KGURU, "Peningkatan Kompetensi Pendidik", pagu=1150000000, breal=1187300000,
           plant=["ABSORPTION_OVER_100"]),
        mk(APKPAUD, "%", 75, 71.9, False, PP, KPAUD),
        mk(AKRPAUD, "lembaga", 40, 43, False, PP, KPAUD, "Pembinaan Kelembagaan PAUD", pagu=420000000, breal=433850000,
           plant=["ABSORPTION_OVER_100"]),
        mk(BEA, "siswa", 2450, 2450, False, PP, KSD, "Penyediaan Beasiswa", pagu=3675000000, breal=3675000000),
        mk(LAPTOP, "unit", 150, 150, False, PP, KSD, "Pengadaan Sarana TIK Pendidikan", pagu=2325000000, breal=2287500000),
    ]


dd24, dd25 = disdik_rows(2024), disdik_rows(2025)
render_xlsx("disdik_laporan_kinerja_2024.xlsx", DISDIK, 2024,
            [("Capaian Output", [r for r in dd24 if r["pagu"] is not None], True, False),
             ("Capaian Outcome", [r for r in dd24 if r["pagu"] is None], False, False)], "report",
            "LAPORAN KINERJA DAN REALISASI ANGGARAN DINAS PENDIDIKAN TAHUN 2024")
render_xlsx("disdik_laporan_kinerja_2025.xlsx", DISDIK, 2025,
            [("Capaian Output", [r for r in dd25 if r["pagu"] is not None], True, False),
             ("Capaian Outcome", [r for r in dd25 if r["pagu"] is None], False, False)], "report",
            "LAPORAN KINERJA DAN REALISASI ANGGARAN DINAS PENDIDIKAN TAHUN 2025")
renja_dd = [
    mk(RKB, "ruang", 24, None, False, PP, KSD, "Pembangunan Ruang Kelas Baru", pagu=9600000000),
    mk(REHAB, "ruang", 64, None, False, PP, KSD, "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", pagu=15360000000,
       plant=["TARGET_CHANGED"]),  # report says 60
    mk(MEBEL, "sekolah", 40, None, False, PP, KSD, "Pengadaan Perlengkapan Sekolah", pagu=1920000000),
    mk(PERAGA, "paket", 50, None, False, PP, KSMP, "Pengadaan Alat Praktik dan Peraga Siswa", pagu=1500000000),
    mk(BOSDA, "siswa", 98000, None, False, PP, KSD, "Penyediaan Dana BOSDA", pagu=29523600000),
    mk(LOMBA, "kegiatan", 12, None, False, PP, KSMP, "Pembinaan Minat, Bakat dan Kreativitas Siswa", pagu=720000000),
    mk(APMSD, "%", 97.5, None, False, PP),
    mk(APMSMP, "%", 82.0, None, False, PP),
    mk(APSSD, "%", 0.10, None, True, PP),
    mk(APSSMP, "%", 0.25, None, True, PP, plant=["TARGET_CHANGED"]),  # report says 0,30
    mk(SERTI, "%", 72, None, False, PG),
    mk(LATIH, "orang", 1200, None, False, PG, KGURU, "Peningkatan Kompetensi Pendidik", pagu=1150000000),
    mk(APKPAUD, "%", 78, None, False, PP, KPAUD, plant=["TARGET_CHANGED"]),  # report says 75
    mk(AKRPAUD, "lembaga", 40, None, False, PP, KPAUD, "Pembinaan Kelembagaan PAUD", pagu=420000000),
    mk(BEA, "siswa", 2450, None, False, PP, KSD, "Penyediaan Beasiswa", pagu=3675000000),
    mk(LAPTOP, "unit", 150, None, False, PP, KSD, "Pengadaan Sarana TIK Pendidikan", pagu=2325000000),
    mk("Jumlah sekolah yang menerapkan sekolah ramah anak", "sekolah", 30, None, False, PP, KSD,
       decoy="Indikator hanya ada di Renja, tidak dilaporkan: bukan temuan dalam taksonomi ini."),
]
render_pdf_table("disdik_renja_2025.pdf", DISDIK, 2025, "RENCANA KERJA (RENJA) DINAS PENDIDIKAN TAHUN 2025 — TABEL RENCANA PROGRAM DAN KEGIATAN",
                 ["Tabel berikut merupakan kutipan rencana program, kegiatan, indikator, target kinerja dan pagu indikatif "
                  "Dinas Pendidikan Kota Samarinda tahun 2025."], renja_dd, "plan", per_page=9, plan=True)

# =====================================================================
# DINAS PUPR: LKjIP 2025 (pdf prose), realisasi anggaran 2025 (xlsx), Renja 2025 (docx)
# =====================================================================
PJ = "Program Penyelenggaraan Jalan"
PSDA = "Program Pengelolaan Sumber Daya Air (SDA)"
PAM = "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum"
PSAN = "Program Pengelolaan dan Pengembangan Sistem Air Limbah"
PBG = "Program Penataan Bangunan Gedung"
MANTAP = "Persentase jalan kota dalam kondisi mantap"
RUSAK = "Persentase jalan rusak berat"
JLNTINGKAT = "Panjang jalan yang ditingkatkan"
JLNPELIHARA = "Panjang jalan yang dipelihara berkala"
GENANGAN = "Luas genangan banjir"
DRAINASE = "Panjang drainase primer yang dibangun"
AIRMINUM = "Persentase rumah tangga dengan akses air minum layak"
SANITASI = "Persentase rumah tangga dengan akses sanitasi layak"
JEMBATAN = "Jumlah jembatan yang direhabilitasi"
PBGPCT = "Persentase bangunan gedung yang memiliki PBG"
NORMAL = "Panjang sungai yang dinormalisasi"
SLF = "Jumlah bangunan gedung pemerintah yang memiliki SLF"

pupr_outcome = [
    mk(MANTAP, "%", 76, 76.41, False, PJ),
    mk(RUSAK, "%", 9, 8.2, True, PJ),
    mk(JLNTINGKAT, "km", 18, 18.6, False, PJ, "Pembangunan/Peningkatan Jalan", pagu=44000000000, breal=42117450000),
    mk(JLNPELIHARA, "km", 40, 42.3, False, PJ, "Rehabilitasi dan Pemeliharaan Jalan"),
]
pupr_sda = [
    mk(GENANGAN, "ha", 1700, 1611, True, PSDA, ach=94.76, plant=["ACHIEVEMENT_MISMATCH"]),  # non-inverted
    mk(DRAINASE, "m", 1000, 1120, False, PSDA, "Pengelolaan dan Pengembangan Sistem Drainase"),
    mk(NORMAL, "m", 2000, 2350, False, PSDA, "Pengelolaan SDA dan Bangunan Pengaman Pantai"),
]
pupr_cipta = [
    mk(AIRMINUM, "%", 92, 93.4, False, PAM),
    mk(SANITASI, "%", 85, 83.7, False, PSAN),
    mk(JEMBATAN, "unit", 4, 3, False, PJ, "Pembangunan/Peningkatan Jembatan"),
    mk(PBGPCT, "%", 60, 54.2, False, PBG),
    mk(SLF, "gedung", None, 17, False, PBG, plant=["REALISATION_WITHOUT_TARGET"]),
]
render_pdf_prose("pupr_lkjip_2025.pdf", PUPR, 2025, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DINAS PUPR TAHUN 2025 — KUTIPAN ANALISIS CAPAIAN",
                 [("3.1 Sasaran: Meningkatnya Kualitas Jaringan Jalan",
                   "Analisis capaian sasaran ini menggunakan data survei kondisi jalan (IRI) akhir tahun 2025.", pupr_outcome),
                  ("3.2 Sasaran: Berkurangnya Kawasan Tergenang",
                   "Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan rumus target dibagi realisasi.", pupr_sda),
                  ("3.3 Sasaran: Meningkatnya Layanan Permukiman dan Bangunan Gedung", None, pupr_cipta)],
                 "report", "Secara umum, dari 12 indikator yang diukur, 8 indikator mencapai atau melampaui target.")

SK = [  # sub-kegiatan budget rows (xlsx)
    mk(JLNTINGKAT, "km", 18, 18.2, False, PJ, "Pembangunan/Peningkatan Jalan", "Peningkatan Jalan Kota",
       pagu=44000000000, breal=42117450000, plant=["CROSS_DOCUMENT_CONFLICT"]),  # LKjIP 18,6
    mk("Jumlah paket pemeliharaan rutin jalan", "paket", 12, 12, False, PJ, "Rehabilitasi dan Pemeliharaan Jalan",
       "Pemeliharaan Rutin Jalan", pagu=8400000000, breal=8612500000, plant=["ABSORPTION_OVER_100"]),
    mk(JEMBATAN, "unit", 4, 3, False, PJ, "Pembangunan/Peningkatan Jembatan", "Rehabilitasi Jembatan",
       pagu=6200000000, breal=4650000000),
    mk("Jumlah penerangan jalan pada jembatan yang dipasang", "titik", 40, 40, False, PJ, "Pembangunan/Peningkatan Jembatan",
       "Penyediaan Perlengkapan Jembatan", pagu=640000000, breal=640000000),
    mk(DRAINASE, "m", 1000, 1120, False, PSDA, "Pengelolaan dan Pengembangan Sistem Drainase", "Pembangunan Saluran Drainase Primer",
       pagu=12400000000, breal=12155000000, disp={"realisation": "1120"},
       decoy="Realisasi ditulis 1120 di xlsx dan 1.120 di LKjIP: angka sama, bukan CROSS_DOCUMENT_CONFLICT."),
    mk("Panjang drainase tersier yang dibersihkan", "km", 90, 96.5, False, PSDA, "Pengelolaan dan Pengembangan Sistem Drainase",
       "Pemeliharaan Saluran Drainase Tersier", pagu=3100000000, breal=3254800000, plant=["ABSORPTION_OVER_100"]),
    mk(NORMAL, "m", 2000, 2250, False, PSDA, "Pengelolaan SDA dan Bangunan Pengaman Pantai", "Normalisasi/Restorasi Sungai",
       pagu=11500000000, breal=11207900000, plant=["CROSS_DOCUMENT_CONFLICT"]),  # LKjIP 2.350
    mk("Jumlah pintu air yang direhabilitasi", "unit", 3, 3, False, PSDA, "Pengelolaan SDA dan Bangunan Pengaman Pantai",
       "Rehabilitasi Pintu Air", pagu=1850000000, breal=1848150000),
    mk("Jumlah sambungan rumah air minum baru", "SR", 2500, 2730, False, PAM, "Pengelolaan dan Pengembangan SPAM",
       "Pembangunan Jaringan Perpipaan SPAM", pagu=7300000000, breal=7246000000),
    mk("Jumlah unit IPAL komunal yang dibangun", "unit", 6, 5, False, PSAN, "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik",
       "Pembangunan SPALD Skala Permukiman", pagu=4800000000, breal=4020000000),
    mk("Jumlah tangki septik individual yang dibangun", "unit", 300, 312, False, PSAN,
       "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik", "Pembangunan Tangki Septik Individual",
       pagu=2100000000, breal=2165400000, plant=["ABSORPTION_OVER_100"]),
    mk("Jumlah dokumen PBG yang diterbitkan", "dokumen", 1500, 1388, False, PBG, "Penyelenggaraan Bangunan Gedung",
       "Penerbitan PBG", pagu=950000000, breal=902500000),
    mk("Jumlah bangunan gedung yang diperiksa kelaikan fungsinya", "gedung", None, 42, False, PBG,
       "Penyelenggaraan Bangunan Gedung", "Pemeriksaan Kelaikan Fungsi Bangunan", pagu=500000000, breal=476300000,
       plant=["REALISATION_WITHOUT_TARGET"]),
    mk("Jumlah dokumen perencanaan teknis jalan", "dokumen", 10, 10, False, PJ, "Pembangunan/Peningkatan Jalan",
       "Penyusunan DED Jalan", pagu=1750000000, breal=1722000000),
]
render_xlsx("pupr_realisasi_anggaran_2025.xlsx", PUPR, 2025, [("Realisasi Sub Kegiatan", SK, True, False)], "budget",
            "REALISASI FISIK DAN KEUANGAN SUB KEGIATAN DINAS PUPR TA 2025 (POSISI 31 DESEMBER 2025)")

renja_pupr = [
    mk(MANTAP, "%", 78, None, False, PJ, plant=["TARGET_CHANGED"]),  # LKjIP 76
    mk(RUSAK, "%", 9, None, True, PJ),
    mk(JLNTINGKAT, "km", 18, None, False, PJ, "Pembangunan/Peningkatan Jalan", pagu=44000000000),
    mk(JLNPELIHARA, "km", 40, None, False, PJ, "Rehabilitasi dan Pemeliharaan Jalan"),
    mk(GENANGAN, "ha", 1650, None, True, PSDA, plant=["TARGET_CHANGED"]),  # LKjIP 1.700
    mk(DRAINASE, "m", 1000, None, False, PSDA, "Pengelolaan dan Pengembangan Sistem Drainase", pagu=12400000000),
    mk(NORMAL, "m", 2000, None, False, PSDA, "Pengelolaan SDA dan Bangunan Pengaman Pantai", pagu=11500000000),
    mk(AIRMINUM, "%", 92, None, False, PAM),
    mk(SANITASI, "%", 85, None, False, PSAN),
    mk(JEMBATAN, "unit", 4, None, False, PJ, "Pembangunan/Peningkatan Jembatan", pagu=6200000000),
    mk(PBGPCT, "%", 60, None, False, PBG),
    mk("Jumlah sambungan rumah air minum baru", "SR", 2500, None, False, PAM, "Pengelolaan dan Pengembangan SPAM", pagu=7300000000),
    mk("Jumlah dokumen PBG yang diterbitkan", "dokumen", 1500, None, False, PBG, "Penyelenggaraan Bangunan Gedung", pagu=950000000),
]
render_docx("pupr_renja_2025.docx", PUPR, 2025, "RENCANA KERJA (RENJA) DINAS PUPR KOTA SAMARINDA TAHUN 2025 — TARGET KINERJA",
            ["Kutipan Tabel Rencana Kerja dan Pendanaan Perangkat Daerah Tahun 2025."], renja_pupr, "plan", per_page=7, plan=True)

# =====================================================================
# DINAS PERHUBUNGAN: LKjIP 2024 (docx table), LKjIP 2025 (two scanned pages), realisasi anggaran 2025 (pdf_table)
# =====================================================================
PLL = "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"
KPJU = "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota"
KPARK = "Penyediaan Layanan Parkir"
KUJI = "Pengujian Berkala Kendaraan Bermotor"
KANG = "Penyediaan Angkutan Umum"
PJUON, PJUBARU, LAKA, MACET = ("Persentase PJU dalam kondisi menyala", "Jumlah PJU baru terpasang",
                               "Rasio kecelakaan lalu lintas per 10.000 kendaraan", "Jumlah titik rawan kemacetan")
UJI = "Persentase kendaraan wajib uji yang lulus uji berkala"
RETRIB = "Realisasi retribusi parkir tepi jalan umum"
RAMBU = "Jumlah rambu lalu lintas terpasang"
MARKA = "Panjang marka jalan yang dibuat"
HALTE = "Persentase halte dalam kondisi baik"
PNP = "Jumlah penumpang angkutan umum massal"
TITIKP = "Jumlah titik parkir tepi jalan yang dikelola"
JUKIR = "Jumlah juru parkir resmi ber-KTA"
TEMPUH = "Waktu tempuh rata-rata koridor utama pada jam sibuk"
TINDAK = "Jumlah pelanggaran parkir yang ditindak"
PATUH = "Tingkat kepatuhan jam operasional angkutan barang"
CCTV = "Jumlah unit CCTV lalu lintas aktif"

dh24 = [
    mk(PJUON, "%", 95, 93.8, False, PLL, KPJU),
    mk(PJUBARU, "titik", 1000, 1080, False, PLL, KPJU, pagu=9500000000, breal=9320400000),
    mk(LAKA, "rasio", 2.5, 2.7, True, PLL, ach=108.0, plant=["ACHIEVEMENT_MISMATCH"]),  # non-inverted
    mk(MACET, "titik", 18, 17, True, PLL),
    mk(UJI, "%", 85, 82.4, False, PLL, KUJI),
    mk(RETRIB, "Rp juta", 3900, 3612, False, PLL, KPARK),
    mk(RAMBU, "unit", 200, 214, False, PLL, KPJU, pagu=1850000000, breal=1902600000, plant=["ABSORPTION_OVER_100"]),
    mk(MARKA, "m", 10000, 11250, False, PLL, KPJU, pagu=1250000000, breal=1198700000),
    mk(HALTE, "%", 80, 75, False, PLL, KANG),
    mk(PNP, "orang", 250000, 231400, False, PLL, KANG),
    mk(TITIKP, "titik", 300, 305, False, PLL, KPARK),
    mk(JUKIR, "orang", 600, 598, False, PLL, KPARK),
    mk(TINDAK, "kasus", None, 1104, False, PLL, KPARK, plant=["REALISATION_WITHOUT_TARGET"]),
]
render_docx("dishub_lkjip_2024.docx", DISHUB, 2024, "LKjIP DINAS PERHUBUNGAN KOTA SAMARINDA TAHUN 2024 — TABEL CAPAIAN KINERJA",
            ["Capaian indikator kinerja tahun 2024. Untuk rasio kecelakaan dan titik rawan kemacetan, nilai yang lebih "
             "rendah menunjukkan kinerja yang lebih baik."], dh24, "report", per_page=7, budget=True)

dh25a = [
    mk(PJUON, "%", 95, 96.2, False),
    mk(PJUBARU, "titik", 1200, 1245, False),
    mk(LAKA, "rasio", 2.4, 2.1, True),
    mk(MACET, "titik", 16, 15, True),
    mk(UJI, "%", 86, 88.9, False),
    mk(RETRIB, "Rp juta", 4200, 3864, False, ach=96.0, plant=["ACHIEVEMENT_MISMATCH"]),
    mk(RAMBU, "unit", 230, 239, False),
    mk(MARKA, "m", 12000, 12480, False),
]
dh25b = [
    mk(HALTE, "%", 85, 87.5, False),
    mk(PNP, "orang", 300000, 326150, False),
    mk(TITIKP, "titik", 320, 318, False),
    mk(JUKIR, "orang", 640, 642, False),
    mk(TEMPUH, "menit", 25, 27.5, True),
    mk(TINDAK, "kasus", None, 1387, False, plant=["REALISATION_WITHOUT_TARGET"]),
    mk(PATUH, "%", 75, 79.6, False),
    mk(CCTV, "unit", 60, 64, False),
]
render_scan_table("dishub_scan_lkjip_2025_hal12.jpg", DISHUB, 2025,
                  ["LKjIP TAHUN 2025 — TABEL 3.1 CAPAIAN KINERJA (HAL. 12)"], dh25a, "report", seed=31, angle=-1.7, photo=True)
render_scan_table("dishub_scan_lkjip_2025_hal13.png", DISHUB, 2025,
                  ["LKjIP TAHUN 2025 — TABEL 3.1 CAPAIAN KINERJA (LANJUTAN, HAL. 13)"], dh25b, "report", seed=32, angle=1.2, photo=False)
dh_budget = [
    mk(PJUBARU, "titik", 1200, 1254, False, None, KPJU, "Pengadaan dan Pemasangan PJU", pagu=11400000000, breal=11268300000,
       plant=["CROSS_DOCUMENT_CONFLICT"]),  # scan says 1.245
    mk(RAMBU, "unit", 230, 239, False, None, KPJU, "Pengadaan dan Pemasangan Rambu Lalu Lintas", pagu=2070000000, breal=2031450000),
    mk(MARKA, "m", 12000, 12840, False, None, KPJU, "Pembuatan Marka Jalan", pagu=1500000000, breal=1497600000,
       plant=["CROSS_DOCUMENT_CONFLICT"]),  # scan says 12.480
    mk("Jumlah unit lampu PJU yang diganti LED", "unit", 3000, 3410, False, None, KPJU, "Pemeliharaan PJU",
       pagu=5100000000, breal=5322900000, plant=["ABSORPTION_OVER_100"]),
    mk(CCTV, "unit", 60, 64, False, None, "Pengelolaan Area Traffic Control System", "Pemeliharaan ATCS dan CCTV",
       pagu=2400000000, breal=2395100000),
    mk("Jumlah kendaraan yang diuji berkala", "kendaraan", 14000, 14620, False, None, KUJI, "Pelaksanaan Uji Berkala",
       pagu=1300000000, breal=1250400000),
    mk("Jumlah halte yang direhabilitasi", "unit", 12, 12, False, None, KANG, "Rehabilitasi Halte", pagu=960000000, breal=958800000),
    mk("Jumlah armada bus kota yang dioperasikan (buy the service)", "unit", 20, 20, False, None, KANG,
       "Subsidi Angkutan Umum Massal", pagu=18500000000, breal=18500000000),
    mk("Jumlah titik parkir yang menerapkan pembayaran nontunai", "titik", 25, 41, False, None, KPARK,
       "Pengembangan Sistem Parkir Elektronik", pagu=780000000, breal=776500000,
       decoy="Capaian 164,00% (41 ÷ 25) benar; pelampauan besar karena penambahan titik QRIS."),
    mk("Jumlah lokasi operasi penertiban parkir", "lokasi", 24, 26, False, None, KPARK, "Penertiban Parkir",
       pagu=350000000, breal=341200000),
]
render_pdf_table("dishub_realisasi_anggaran_2025.pdf", DISHUB, 2025, "LAPORAN REALISASI FISIK DAN KEUANGAN DINAS PERHUBUNGAN TAHUN ANGGARAN 2025",
                 ["Posisi 31 Desember 2025. Sumber: SIPD dan laporan PPTK."], dh_budget, "budget", per_page=6, budget=True)

# =====================================================================
# DINAS LINGKUNGAN HIDUP: laporan kinerja 2025 (pdf prose) + capaian kinerja 2025 (xlsx)
# =====================================================================
PPLH = "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"
PSAMP = "Program Pengelolaan Persampahan"
PRTH = "Program Pengelolaan Keanekaragaman Hayati"
IKLH, IKA, IKUD = "Indeks Kualitas Lingkungan Hidup (IKLH)", "Indeks Kualitas Air (IKA)", "Indeks Kualitas Udara (IKU)"
SAMPKELOLA, SAMPKURANG = "Persentase sampah terkelola", "Persentase pengurangan sampah"
TIMBULAN = "Volume sampah yang masuk ke TPA per hari"
BANK = "Jumlah bank sampah aktif"
RTH = "Luas ruang terbuka hijau publik"
TAAT = "Persentase usaha/kegiatan yang taat izin lingkungan"
ADUAN = "Jumlah pengaduan kasus lingkungan yang ditindaklanjuti"
ARMADA = "Jumlah armada angkutan sampah yang beroperasi"
TANGANI = "Persentase penanganan sampah"


def dlh_rows(variant):
    v = variant == "xlsx"
    return [
        mk(IKLH, "indeks", 62, 63.45, False, PPLH),
        mk(IKA, "indeks", 50, 47.8 if v else 48.7, False, PPLH, plant=["CROSS_DOCUMENT_CONFLICT"]),
        mk(IKUD, "indeks", 85, 86.9, False, PPLH),
        mk(SAMPKELOLA, "%", 72, 73.0 if v else 70.3, False, PSAMP, plant=["CROSS_DOCUMENT_CONFLICT"]),
        mk(SAMPKURANG, "%", 22, 19.8, False, PSAMP, ach=(90.0 if v else 95.0), plant=([] if v else ["ACHIEVEMENT_MISMATCH"])),
        mk(TIMBULAN, "ton/hari", 620, 598, True, PSAMP,
           decoy="Lower-is-better: capaian 103,68% = 620 ÷ 598, benar." if v else None),
        mk(BANK, "unit", 150, 162, False, PSAMP),
        mk(RTH, "ha", 210, 241.6 if v else 214.6, False, PRTH, plant=["CROSS_DOCUMENT_CONFLICT"]),
        mk(TAAT, "%", 70, 64.2, False, PPLH, pagu=(760000000 if not v else None), breal=(751300000 if not v else None)),
        mk(ADUAN, "kasus", None, 47, False, PPLH, plant=["REALISATION_WITHOUT_TARGET"]) if v else
        mk(ADUAN, "kasus", None, 47, False, PPLH, plant=["REALISATION_WITHOUT_TARGET"]),
        mk(ARMADA, "unit", 120, 126, False, PSAMP, pagu=(21600000000 if not v else None), breal=(22140000000 if not v else None),
           plant=([] if v else ["ABSORPTION_OVER_100"])),
        mk(TANGANI, "%", 75, 74.2, False, PSAMP),
    ]


dl_pdf, dl_x = dlh_rows("pdf"), dlh_rows("xlsx")
render_pdf_prose("dlh_laporan_kinerja_2025.pdf", DLH, 2025, "LAPORAN KINERJA DINAS LINGKUNGAN HIDUP KOTA SAMARINDA TAHUN 2025",
                 [("A. Kualitas Lingkungan Hidup", "Pengukuran indeks dilakukan bersama laboratorium lingkungan daerah.",
                   [dl_pdf[i] for i in (0, 1, 2, 8, 9)]),
                  ("B. Pengelolaan Persampahan dan RTH", "Data persampahan bersumber dari jembatan timbang TPA Sambutan dan laporan bank sampah.",
                   [dl_pdf[i] for i in (3, 4, 5, 6, 10, 11, 7)])],
                 "report", "Laporan ini disampaikan kepada Wali Kota melalui Inspektorat untuk direviu.")
render_xlsx("dlh_capaian_kinerja_2025.xlsx", DLH, 2025, [("IKU dan IKD 2025", dl_x, False, False)], "report",
            "REKAP CAPAIAN INDIKATOR KINERJA DINAS LINGKUNGAN HIDUP TAHUN 2025 (DATA SAKIP)")

# =====================================================================
# DINAS SOSIAL: laporan kinerja 2025 (docx table with budget) + Renja 2025 (xlsx)
# =====================================================================
PRS = "Program Rehabilitasi Sosial"
PJS = "Program Perlindungan dan Jaminan Sosial"
PPB = "Program Penanganan Bencana"
PPFM = "Program Pemberdayaan Sosial"
PPKS = "Persentase PPKS yang terpenuhi kebutuhan dasarnya"
PKH = "Jumlah KPM PKH yang didampingi"
SEMBAKO = "Jumlah keluarga penerima bantuan sembako daerah"
DIS = "Persentase penyandang disabilitas terlantar yang mendapat rehabilitasi sosial"
ANAK = "Jumlah anak terlantar yang mendapat layanan"
LANSIA = "Jumlah lansia terlantar yang dilayani"
BENCANA = "Persentase korban bencana yang mendapat bantuan tanggap darurat"
GEPENG = "Jumlah gelandangan dan pengemis yang dijangkau"
DTKS = "Persentase data DTKS yang dimutakhirkan"
TAGANA = "Jumlah relawan Tagana aktif"
PSKS = "Jumlah lembaga PSKS yang dibina"
MISKIN = "Persentase penduduk miskin"
ds = [
    mk(PPKS, "%", 80, 82.3, False, PRS),
    mk(PKH, "KPM", 14500, 14862, False, PJS, "Pengelolaan Data Fakir Miskin"),
    mk(SEMBAKO, "KK", 9000, 8640, False, PJS, "Pemberian Bantuan Sosial", pagu=10800000000, breal=10368000000),
    mk(DIS, "%", 70, 72.5, False, PRS),
    mk(ANAK, "anak", 350, 362, False, PRS, "Rehabilitasi Sosial Anak Terlantar", pagu=1400000000, breal=1398600000),
    mk(LANSIA, "orang", 420, 398, False, PRS, "Rehabilitasi Sosial Lanjut Usia Terlantar", ach=98.76,
       pagu=1260000000, breal=1194000000, plant=["ACHIEVEMENT_MISMATCH"]),
    mk(BENCANA, "%", 100, 100, False, PPB, "Perlindungan Sosial Korban Bencana", pagu=2500000000, breal=2750000000,
       plant=["ABSORPTION_OVER_100"]),
    mk(GEPENG, "orang", 250, 286, False, PRS, "Penjangkauan PMKS Jalanan"),
    mk(DTKS, "%", 90, 94.2, False, PJS, "Pengelolaan Data Fakir Miskin", pagu=860000000, breal=858200000),
    mk(TAGANA, "orang", 120, 118, False, PPB),
    mk(PSKS, "lembaga", 60, 60, False, PPFM, "Pemberdayaan Potensi Sumber Kesejahteraan Sosial",
       pagu=540000000, breal=540000000),
    mk(MISKIN, "%", 4.6, 4.48, True, PJS),
    mk("Jumlah penerima bantuan pendidikan anak yatim", "anak", None, 1215, False, PJS, "Pemberian Bantuan Sosial",
       pagu=1822500000, breal=1822500000, plant=["REALISATION_WITHOUT_TARGET"]),
]
render_docx("dinsos_laporan_kinerja_2025.docx", DINSOS, 2025, "LAPORAN KINERJA DINAS SOSIAL KOTA SAMARINDA TAHUN 2025 — TABEL CAPAIAN DAN ANGGARAN",
            ["Tabel berikut memuat capaian indikator kinerja dan realisasi anggaran kegiatan pendukung tahun 2025."],
            ds, "report", per_page=7, budget=True)
renja_ds = [
    mk(PPKS, "%", 85, None, False, PRS, plant=["TARGET_CHANGED"]),
    mk(PKH, "KPM", 15000, None, False, PJS, "Pengelolaan Data Fakir Miskin", plant=["TARGET_CHANGED"]),
    mk(SEMBAKO, "KK", 9000, None, False, PJS, "Pemberian Bantuan Sosial", pagu=10800000000),
    mk(DIS, "%", 70, None, False, PRS),
    mk(ANAK, "anak", 350, None, False, PRS, "Rehabilitasi Sosial Anak Terlantar", pagu=1400000000),
    mk(LANSIA, "orang", 450, None, False, PRS, "Rehabilitasi Sosial Lanjut Usia Terlantar", pagu=1260000000, plant=["TARGET_CHANGED"]),
    mk(BENCANA, "%", 100, None, False, PPB, "Perlindungan Sosial Korban Bencana", pagu=2500000000),
    mk(GEPENG, "orang", 250, None, False, PRS, "Penjangkauan PMKS Jalanan"),
    mk(DTKS, "%", 90, None, False, PJS, "Pengelolaan Data Fakir Miskin", pagu=860000000),
    mk(TAGANA, "orang", 120, None, False, PPB),
    mk(PSKS, "lembaga", 60, None, False, PPFM, "Pemberdayaan Potensi Sumber Kesejahteraan Sosial", pagu=540000000),
    mk(MISKIN, "%", 4.6, None, True, PJS),
]
render_xlsx("dinsos_renja_2025.xlsx", DINSOS, 2025, [("Renja 2025", renja_ds, False, True)], "plan",
            "RENCANA KERJA DINAS SOSIAL TAHUN 2025 — TARGET KINERJA DAN PAGU INDIKATIF")

# =====================================================================
# DERIVE FINDINGS FROM STATED FIGURES (rules documented in README.md)
# =====================================================================
def nk(s):
    return " ".join(s.lower().split())


findings = []
for r in ROWS:
    if r["_doc_type"] == "plan":
        continue
    t, re_, a = r["target"], r["realisation"], r["achievement_pct"]
    if t is not None and re_ is not None and a is not None:
        c = ach_calc(t, re_, r["lower_is_better"])
        if c is not None and abs(c - a) > TOL:
            formula = "target ÷ realisasi" if r["lower_is_better"] else "realisasi ÷ target"
            findings.append({"type": "ACHIEVEMENT_MISMATCH", "opd": r["opd"], "fiscal_year": r["fiscal_year"],
                             "indicator": r["indicator"], "citations": [{"file": r["file"], "page": r["page"]}],
                             "why": f"Capaian tertulis {fmt(a, 2)}%, sedangkan {formula} = {fmt(re_ if not r['lower_is_better'] else t)} ÷ "
                                    f"{fmt(t if not r['lower_is_better'] else re_)} = {fmt(c, 2)}%"
                                    + (" (indikator semakin rendah semakin baik)" if r["lower_is_better"] else "") + "."})
    if r["absorption_pct"] is not None and r["absorption_pct"] > 100 + 1e-9 or (
            r["pagu"] and r["budget_realisation"] and r["budget_realisation"] > r["pagu"]):
        findings.append({"type": "ABSORPTION_OVER_100", "opd": r["opd"], "fiscal_year": r["fiscal_year"],
                         "indicator": r["indicator"], "citations": [{"file": r["file"], "page": r["page"]}],
                         "why": f"Realisasi anggaran Rp {fmt(r['budget_realisation'])} melebihi pagu Rp {fmt(r['pagu'])} "
                                f"(serapan {fmt(r['absorption_pct'], 2)}%)."})
    if t is None and re_ is not None:
        findings.append({"type": "REALISATION_WITHOUT_TARGET", "opd": r["opd"], "fiscal_year": r["fiscal_year"],
                         "indicator": r["indicator"], "citations": [{"file": r["file"], "page": r["page"]}],
                         "why": f"Realisasi {fmt(re_)} {r['unit']} dilaporkan tanpa target."})

groups = defaultdict(list)
for r in ROWS:
    groups[(r["opd"], r["fiscal_year"], nk(r["indicator"]))].append(r)
for (opd, fy, _), rs in sorted(groups.items()):
    reps = [r for r in rs if r["_doc_type"] != "plan"]
    plans = [r for r in rs if r["_doc_type"] == "plan"]
    # cross-document conflicts between non-plan documents
    for i in range(len(reps)):
        for j in range(i + 1, len(reps)):
            a, b = reps[i], reps[j]
            if a["file"] == b["file"]:
                continue
            diffs = []
            for k, lab in (("target", "target"), ("realisation", "realisasi")):
                if a[k] is not None and b[k] is not None and abs(a[k] - b[k]) > 1e-9:
                    diffs.append(f"{lab} {fmt(a[k])} di {a['file']} vs {fmt(b[k])} di {b['file']}")
            if diffs:
                findings.append({"type": "CROSS_DOCUMENT_CONFLICT", "opd": opd, "fiscal_year": fy, "indicator": a["indicator"],
                                 "citations": [{"file": a["file"], "page": a["page"]}, {"file": b["file"], "page": b["page"]}],
                                 "why": "Indikator dan tahun sama dengan angka berbeda: " + "; ".join(diffs) + "."})
    for p in plans:
        for r in reps:
            if p["target"] is not None and r["target"] is not None and abs(p["target"] - r["target"]) > 1e-9:
                findings.append({"type": "TARGET_CHANGED", "opd": opd, "fiscal_year": fy, "indicator": r["indicator"],
                                 "citations": [{"file": p["file"], "page": p["page"]}, {"file": r["file"], "page": r["page"]}],
                                 "why": f"Target {fy} di dokumen rencana {p['file']} = {fmt(p['target'])}, "
                                        f"sedangkan laporan {r['file']} memakai target {fmt(r['target'])}."})

# consistency: derived == planted
derived = defaultdict(set)
for f in findings:
    derived[f["type"]].add((f["opd"], f["fiscal_year"], f["indicator"]))
ok = True
for t in set(derived) | set(PLANTED):
    if derived[t] != PLANTED[t]:
        ok = False
        print("MISMATCH", t, "\n  derived-not-planted:", derived[t] - PLANTED[t], "\n  planted-not-derived:", PLANTED[t] - derived[t])
if not ok:
    sys.exit(1)

# verify page attribution for PDFs: indicator text (first 30 chars) is on the stated page
for r in ROWS:
    if r["file"].endswith(".pdf"):
        pages = pdf_pages_text(P(r["file"]))
        key = norm(r["indicator"])[:30]
        a, b = pages[r["page"] - 1]
        if key not in a and key not in b:
            print("PAGE CHECK FAILED", r["file"], r["page"], r["indicator"])
            sys.exit(1)

labels = {
    "documents": DOCS,
    "indicators": [{k: v for k, v in r.items() if not k.startswith("_")} for r in ROWS],
    "findings": findings,
    "decoys": DECOYS,
}
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, ensure_ascii=False, indent=2)

print("documents:", len(DOCS), "opds:", len({d['opd'] for d in DOCS}), "layouts:", Counter(d["layout"] for d in DOCS))
print("indicator rows:", len(ROWS), "report rows:", sum(1 for r in ROWS if r["_doc_type"] != "plan"))
print("findings:", Counter(f["type"] for f in findings))
print("decoys:", len(DECOYS))
print("lower_is_better rows:", sum(1 for r in ROWS if r["lower_is_better"]))
