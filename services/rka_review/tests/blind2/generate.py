"""Write the second blind evaluation set to blind2/data/.

    python services/rka_review/tests/blind2/generate.py

Five RKAs of OPDs no earlier set used (RSUD, Satpol PP, Disdukcapil, Dinas Pariwisata,
Dinas Perpustakaan dan Kearsipan), each in its own sheet layout, plus an SSH and an
SBU/HSPK catalogue. The labels were written by hand (rkas.py); this script only renders
them and refuses to write a set whose labels contradict its own numbers.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).parent))

from catalogues import all_items, rupiah_text, write_sbu_hspk, write_ssh
from rkas import ALL_RKAS, ARITH, NOREF, OFF, OVER, Line, Rka, Sheet

DATA = Path(__file__).parent / "data"
CATALOGUE_FILES = ["ssh_blind2_2026.xlsx", "sbu_hspk_blind2_2026.xlsx"]
LAYOUTS_WITHOUT_KOEFISIEN = {"dukcapil"}


def exact_jumlah(line: Line) -> int:
    raw = Decimal(line.volume) * Decimal(line.harga) * (Decimal(100 + line.ppn) / Decimal(100))
    return int(raw.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def written_jumlah(line: Line) -> int:
    return line.jumlah_written if line.jumlah_written is not None else exact_jumlah(line)


def koefisien_product(koefisien: str) -> int:
    numbers = [int(n.replace(".", "")) for n in re.findall(r"(?<![A-Za-z])\d[\d.]*", koefisien)]
    product = 1
    for n in numbers:
        product *= n
    return product


def check_labels(rka: Rka) -> None:
    """Labels must agree with the numbers they describe; the judgement calls stay human."""
    items = all_items()
    for sheet in rka.sheets:
        for group in sheet.groups:
            for line in group.lines:
                where = f"{rka.filename}/{sheet.title}/{line.uraian}"
                labels = set(line.labels)
                if line.key is not None:
                    above = line.harga > items[line.key].harga
                    assert above == (OVER in labels), f"OVERPRICED label disagrees with price: {where}"
                else:
                    assert OVER not in labels, where
                    assert labels & {NOREF, OFF}, f"unreferenced line must be NOREF or OFF: {where}"
                assert not (NOREF in labels and line.key), where
                wrong_sum = line.jumlah_written is not None and line.jumlah_written != exact_jumlah(line)
                # A reviewer can only see a Koefisien the layout prints.
                shown = rka.layout not in LAYOUTS_WITHOUT_KOEFISIEN
                wrong_koef = shown and koefisien_product(line.koefisien) != line.volume
                assert (wrong_sum or wrong_koef) == (ARITH in labels), f"ARITHMETIC label disagrees: {where}"


class Renderer:
    """Row-by-row writer shared by the layouts; each layout supplies its columns."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws

    def row(self, values: list[object]) -> int:
        self.ws.append(values)
        return self.ws.max_row


def money(value: int, as_text: bool, number: int) -> int | str:
    return rupiah_text(value, number) if as_text else value


def header_block(r: Renderer, rka: Rka, sheet: Sheet, *, colon: bool, extra_indicators: bool) -> None:
    def field(label: str, value: str) -> None:
        r.row([label, None, ":", value] if colon else [label, value])

    field("Urusan Pemerintahan", rka.urusan)
    field("Bidang Urusan", rka.bidang)
    field("Program", sheet.program)
    field("Kegiatan", sheet.kegiatan)
    field("Sub Kegiatan", sheet.sub_kegiatan)
    field("Organisasi", rka.organisasi)
    field("Lokasi", "Kota Samarinda")
    field("Sumber Pendanaan", "PAD" if rka.layout == "rsud" else "DAU")
    r.row(["Indikator", None, None, "Tolok Ukur", None, None, None, "Target"])
    if extra_indicators:
        r.row(["Capaian Program", None, None, "Persentase capaian program", None, None, None, "100 %"])
        total = sum(written_jumlah(line) for group in sheet.groups for line in group.lines)
        r.row(
            [
                "Masukan",
                None,
                None,
                "Dana yang dibutuhkan",
                None,
                None,
                None,
                f"Rp {total:,}".replace(",", "."),
            ]
        )
    r.row(["Keluaran", None, None, sheet.keluaran, None, None, None, sheet.target])
    if extra_indicators:
        r.row(["Hasil", None, None, "Meningkatnya kualitas pelayanan", None, None, None, "100 %"])
    r.row([])


LineCells = Callable[[int, Line], list[object]]
GroupCells = Callable[[str, str, int], list[object]]


def body(
    r: Renderer,
    sheet: Sheet,
    first_no: int,
    line_cells: LineCells,
    group_cells: GroupCells,
    total_cells: Callable[[int], list[object]],
    note_cells: Callable[[str], list[object]] | None = None,
) -> int:
    number = first_no
    grand = 0
    for group in sheet.groups:
        subtotal = sum(written_jumlah(line) for line in group.lines)
        grand += subtotal
        r.row(group_cells(group.kode, group.nama, subtotal))
        if note_cells is not None:
            r.row(note_cells(group.nama))
        for line in group.lines:
            r.row(line_cells(number, line))
            number += 1
    r.row(total_cells(grand))
    return number


def render_rsud(ws: Worksheet, rka: Rka, sheet: Sheet, first_no: int) -> int:
    r = Renderer(ws)
    for title in [
        "RENCANA KERJA DAN ANGGARAN",
        "SATUAN KERJA PERANGKAT DAERAH",
        "PEMERINTAH KOTA SAMARINDA",
        "TAHUN ANGGARAN 2026",
        None,
    ]:
        r.row([title])
    header_block(r, rka, sheet, colon=True, extra_indicators=False)
    r.row(
        [
            "No",
            "Kode Rekening",
            "Uraian",
            "Spesifikasi",
            "Koefisien",
            "Satuan",
            "Volume",
            "Harga Satuan (Rp)",
            "PPN",
            "Jumlah (Rp)",
        ]
    )
    return body(
        r,
        sheet,
        first_no,
        lambda n, ln: [
            n,
            None,
            ln.uraian,
            ln.spesifikasi,
            ln.koefisien,
            ln.satuan,
            ln.volume,
            money(ln.harga, ln.price_as_text, n),
            ln.ppn,
            written_jumlah(ln),
        ],
        lambda kode, nama, sub: [None, kode, nama, None, None, None, None, None, None, sub],
        lambda grand: [None, None, "Jumlah Total Sub Kegiatan", None, None, None, None, None, None, grand],
    )


def render_satpol(ws: Worksheet, rka: Rka, sheet: Sheet, first_no: int) -> int:
    r = Renderer(ws)
    for title in [
        "PEMERINTAH KOTA SAMARINDA",
        "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)",
        "Tahun Anggaran 2026",
        None,
    ]:
        r.row([title])
    header_block(r, rka, sheet, colon=False, extra_indicators=False)
    r.row(
        [
            "Kode Rekening",
            "No",
            "Uraian Komponen",
            "Spesifikasi",
            "Koefisien",
            "Satuan",
            "Harga (Rp)",
            "PPN (%)",
            "Volume",
            "Total (Rp)",
        ]
    )
    return body(
        r,
        sheet,
        first_no,
        lambda n, ln: [
            None,
            n,
            ln.uraian,
            ln.spesifikasi,
            ln.koefisien,
            ln.satuan,
            money(ln.harga, ln.price_as_text, n),
            ln.ppn,
            ln.volume,
            written_jumlah(ln),
        ],
        lambda kode, nama, sub: [kode, None, nama, None, None, None, None, None, None, sub],
        lambda grand: [None, None, "Jumlah Total Sub Kegiatan", None, None, None, None, None, None, grand],
        note_cells=lambda nama: [
            None,
            None,
            f"[ - ] {nama.removeprefix('Belanja ')}",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ],
    )


def render_dukcapil(ws: Worksheet, rka: Rka, sheet: Sheet, first_no: int) -> int:
    r = Renderer(ws)
    for title in [
        "RENCANA KERJA DAN ANGGARAN",
        "SATUAN KERJA PERANGKAT DAERAH",
        "Formulir RKA-Rincian Belanja SKPD",
        "PEMERINTAH KOTA SAMARINDA",
        "TAHUN ANGGARAN 2026",
        None,
    ]:
        r.row([title])
    header_block(r, rka, sheet, colon=True, extra_indicators=True)
    r.row(["Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah"])
    r.row(
        [
            "No.",
            "Kode Rekening",
            "Uraian Belanja",
            "Spesifikasi",
            "Volume",
            "Satuan",
            "Harga Satuan (Rp)",
            "Pajak (%)",
            "Jumlah Anggaran (Rp)",
        ]
    )
    return body(
        r,
        sheet,
        first_no,
        lambda n, ln: [
            n,
            None,
            ln.uraian,
            ln.spesifikasi,
            ln.volume,
            ln.satuan,
            money(ln.harga, ln.price_as_text, n),
            f"{ln.ppn}%",
            written_jumlah(ln),
        ],
        lambda kode, nama, sub: [None, kode, nama, None, None, None, None, None, sub],
        lambda grand: [None, None, "JUMLAH", None, None, None, None, None, grand],
    )


def render_dispar(ws: Worksheet, rka: Rka, sheet: Sheet, first_no: int) -> int:
    r = Renderer(ws)
    for title in [
        "PEMERINTAH KOTA SAMARINDA",
        "DINAS PARIWISATA",
        "RENCANA KERJA DAN ANGGARAN",
        "SATUAN KERJA PERANGKAT DAERAH",
        "TAHUN ANGGARAN 2026",
        None,
        None,
    ]:
        r.row([title])
    header_block(r, rka, sheet, colon=True, extra_indicators=False)
    top = r.row(
        [
            "No",
            "Kode Rekening",
            "Uraian",
            "Spesifikasi",
            "Rincian Perhitungan",
            None,
            None,
            None,
            None,
            "Jumlah (Rp)",
        ]
    )
    r.row([None, None, None, None, "Koefisien", "Volume", "Satuan", "Harga (Rp)", "PPN (%)", None])
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=9)
    for column in (1, 2, 3, 4, 10):
        ws.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    # Every other price pasted as dotted text, the way OPD staff copy figures from quotations.
    return body(
        r,
        sheet,
        first_no,
        lambda n, ln: [
            n,
            None,
            ln.uraian,
            ln.spesifikasi,
            ln.koefisien,
            ln.volume,
            ln.satuan,
            f"{ln.harga:,}".replace(",", ".") if n % 2 else ln.harga,
            ln.ppn,
            written_jumlah(ln),
        ],
        lambda kode, nama, sub: [None, kode, nama, None, None, None, None, None, None, sub],
        lambda grand: [None, None, "TOTAL SUB KEGIATAN", None, None, None, None, None, None, grand],
    )


def render_dispusip(ws: Worksheet, rka: Rka, sheet: Sheet, first_no: int) -> int:
    r = Renderer(ws)
    for title in [
        "RENCANA KERJA DAN ANGGARAN",
        "SATUAN KERJA PERANGKAT DAERAH",
        "PEMERINTAH KOTA SAMARINDA",
        "TAHUN ANGGARAN 2026",
        None,
    ]:
        r.row([title])
    header_block(r, rka, sheet, colon=True, extra_indicators=False)
    header = r.row(
        [
            "No",
            "Kode Rekening",
            "Uraian",
            "Spesifikasi",
            "Koefisien",
            "Volume",
            "Satuan",
            "Harga Satuan",
            "PPN",
            "Jumlah",
        ]
    )
    next_no = body(
        r,
        sheet,
        first_no,
        lambda n, ln: [
            n,
            None,
            ln.uraian,
            ln.spesifikasi,
            ln.koefisien,
            ln.volume,
            ln.satuan,
            ln.harga,
            ln.ppn / 100,
            written_jumlah(ln),
        ],
        lambda kode, nama, sub: [None, kode, nama, None, None, None, None, None, None, sub],
        lambda grand: [None, None, "Jumlah Total Sub Kegiatan", None, None, None, None, None, None, grand],
    )
    # PPN is an Excel percentage here (0.11 shown as 11%), as many spreadsheets store it.
    for (cell,) in ws.iter_rows(min_row=header + 1, min_col=9, max_col=9):
        if isinstance(cell.value, float):
            cell.number_format = "0%"
    return next_no


RENDERERS: dict[str, Callable[[Worksheet, Rka, Sheet, int], int]] = {
    "rsud": render_rsud,
    "satpol": render_satpol,
    "dukcapil": render_dukcapil,
    "dispar": render_dispar,
    "dispusip": render_dispusip,
}


def write_rka(rka: Rka) -> None:
    check_labels(rka)
    wb = Workbook()
    wb.remove(wb.active)
    labels: dict[str, list[str]] = {}
    lines: dict[str, dict[str, object]] = {}
    number = 1
    for sheet in rka.sheets:
        ws = wb.create_sheet(sheet.title)
        first = number
        number = RENDERERS[rka.layout](ws, rka, sheet, first)
        flat = [(group, line) for group in sheet.groups for line in group.lines]
        for offset, (group, line) in enumerate(flat):
            no = str(first + offset)
            labels[no] = sorted(line.labels)
            lines[no] = {
                "sheet": sheet.title,
                "key": line.key,
                "acct": group.kode,
                "uraian": line.uraian,
                "price": line.harga,
                "volume": line.volume,
                "ppn": line.ppn,
                "jumlah": written_jumlah(line),
            }
    wb.save(DATA / f"{rka.filename}.xlsx")
    payload = {"catalogues": CATALOGUE_FILES, "labels": labels, "lines": lines}
    (DATA / f"{rka.filename}.labels.json").write_text(
        json.dumps(payload, indent=1, ensure_ascii=False) + "\n"
    )


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    write_ssh(DATA / CATALOGUE_FILES[0])
    write_sbu_hspk(DATA / CATALOGUE_FILES[1])
    for rka in ALL_RKAS:
        write_rka(rka)
    manifest = [
        {
            "rka": f"{rka.filename}.xlsx",
            "labels": f"{rka.filename}.labels.json",
            "catalogues": CATALOGUE_FILES,
        }
        for rka in ALL_RKAS
    ]
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    counts: dict[str, int] = {}
    total = 0
    for rka in ALL_RKAS:
        for sheet in rka.sheets:
            for group in sheet.groups:
                for line in group.lines:
                    total += 1
                    for label in line.labels or ("clean",):
                        counts[label] = counts.get(label, 0) + 1
    print(f"{len(ALL_RKAS)} RKAs, {total} lines: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
