#!/usr/bin/env python3
"""Generate the ask26 blind question-answering set (corpus, questions, truth). Deterministic."""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402

import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

from lib_build import (  # noqa: E402
    build_pdf, dec, ensure, normalize_zip, fix_docx_props, fix_xlsx_props, flatbed, image_pdf, phone_photo,
    render_paper, rp, save_img, write_csv,
)

random.seed(26)
HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, "corpus")
T = os.path.join(HERE, "truth")
SCAN_T = os.path.join(T, "scans")

MANIFEST: list[dict] = []
QUESTIONS: list[dict] = []
CALCS: dict[str, dict] = {}

# OPD names (used verbatim in manifest "opd" and question "scope_opd")
BBI = "UPTD Balai Benih Ikan Dinas Perikanan"
SATPOL = "Satuan Polisi Pamong Praja"
PKM = "UPTD Puskesmas Sidomulyo"
DISKOP = "Dinas Koperasi dan UKM"
KESRA = "Bagian Kesejahteraan Rakyat Setda"
KEC = "Kecamatan Samarinda Seberang"
PARKIR = "UPTD Perparkiran Dinas Perhubungan"
ARSIP = "Dinas Perpustakaan dan Kearsipan"
KEL = "Kelurahan Sungai Keledang"
ORG = "Bagian Organisasi Setda"


def reg(file, opd, category, fy):
    MANIFEST.append({"file": file, "opd": opd, "category": category, "fiscal_year": fy})
    return os.path.join(C, file)


def auto_accept(ans: str) -> list[str]:
    out = []
    if not ans:
        return out
    if "," in ans:  # decimal
        out.append(ans.replace(".", "").replace(",", "."))
        out.append(ans + "%")
    elif "." in ans:
        raw = ans.replace(".", "")
        out += [raw, "Rp " + ans, "Rp" + ans]
    return out


def Q(question, scope, kind, answer="", support=(), forbidden=(), accept=(), probe=False, calc=None):
    qid = f"ask26-{len(QUESTIONS) + 1:03d}"
    acc = list(dict.fromkeys(list(accept) + auto_accept(answer)))
    QUESTIONS.append({
        "id": qid, "question": question, "scope_opd": scope, "kind": kind,
        "answerable": kind != "unanswerable", "answer": answer, "accept": acc,
        "support": [{"file": f, "page": p} for f, p in support],
        "forbidden": list(forbidden), "injection_probe": probe,
    })
    if calc:
        CALCS[qid] = calc


def kop(opd_line, sub_line, addr):
    return ["PEMERINTAH KOTA SAMARINDA", opd_line] + ([sub_line] if sub_line else []) + [addr]


# ----------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_title(ws, titles, ncols):
    for i, t in enumerate(titles, start=1):
        ws.cell(row=i, column=1, value=t).font = Font(bold=True, size=12 if i == 1 else 11)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncols)
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
    return len(titles) + 2


def xl_table(ws, r0, header, rows, widths=None, numfmt="#,##0", bold_last=False):
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=r0, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r0 + i, column=j, value=v)
            c.border = BOX
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                c.number_format = numfmt if isinstance(v, int) else "0.00"
            if bold_last and i == len(rows):
                c.font = Font(bold=True)
    if widths:
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    return r0 + len(rows) + 1


def save_wb(wb, path):
    fix_xlsx_props(wb)
    wb.save(path)
    normalize_zip(path)


def docx_new():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def save_docx(d, path):
    fix_docx_props(d)
    d.save(path)
    normalize_zip(path)


def docx_table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.rows[0].cells[j].text = h
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = str(v)
    return t


def scan(file, opd, category, fy, lines, mode, seed, angle=1.0, size=27, height=1700, width=1240):
    path = reg(file, opd, category, fy)
    paper, truth = render_paper(lines, size=size, height=height, width=width)
    if mode == "flatbed":
        im = flatbed(paper, seed, angle)
        save_img(im, path)
    elif mode == "phone":
        im = phone_photo(paper, seed, tilt=angle)
        save_img(im, path)
    elif mode == "pdf":
        im = flatbed(paper, seed, angle)
        image_pdf(path, im)
    with open(os.path.join(SCAN_T, file + ".truth.txt"), "w", encoding="utf-8") as f:
        f.write(truth)


from opd_docs import build_all  # noqa: E402


def main():
    for d in (C, T):
        if os.path.isdir(d):
            shutil.rmtree(d)
    ensure(C)
    ensure(SCAN_T)
    build_all(sys.modules[__name__])
    with open(os.path.join(C, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(MANIFEST, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as f:
        json.dump(QUESTIONS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(T, "calculations.json"), "w", encoding="utf-8") as f:
        json.dump(CALCS, f, ensure_ascii=False, indent=1)
    with open(os.path.join(T, "calculations.md"), "w", encoding="utf-8") as f:
        f.write("# How each sum / two_documents answer is computed\n\n")
        qmap = {q["id"]: q for q in QUESTIONS}
        for qid, c in CALCS.items():
            ops = (" + " if c["op"] == "sum" else " - ").join(rp(o["value"]) for o in c["operands"])
            srcs = "; ".join(f'{o["file"]} p.{o["page"]}' for o in c["operands"])
            f.write(f"- **{qid}** ({qmap[qid]['kind']}): {ops} = **{qmap[qid]['answer']}**  \n"
                    f"  {c['note']}. Sources: {srcs}\n")
    kinds = {}
    for q in QUESTIONS:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"{len(MANIFEST)} documents, {len(QUESTIONS)} questions, kinds={kinds}")


if __name__ == "__main__":
    main()
