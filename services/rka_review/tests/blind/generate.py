"""Blind evaluation set: RKAs of five OPDs and two catalogues the reviewer was never tuned on.

Written before reading the review rules (see ``rkas.py`` for the labelling judgement). Layouts
vary within the SIPD-like family: no Spesifikasi column, no PPN column, Satuan before Volume,
blank rows between groups, other header labels, two sub-kegiatan in one sheet, money and PPN as
text, the full account hierarchy with subtotals; catalogues with a two-row merged header, a
column-number row, section rows, roman-numbered sections and prices written as "Rp 1.250.000".

    .venv/bin/python services/rka_review/tests/blind/generate.py   # rewrites data/ (same content each run)
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).parent))

from catalogues import (
    JASA_D_ITEMS,
    SBU_D_SECTIONS,
    SSH_C_SECTIONS,
    TEXT_PRICE_KEYS,
    Item,
    all_items,
)
from rkas import ACCOUNT_LEVEL_NAMES, ALL_RKAS, Group, Line, RkaSpec, SubKegiatan

DATA = Path(__file__).parent / "data"
SSH_C = "ssh_blind_c_2026.xlsx"
SBU_D = "sbu_blind_d_2026.xlsx"


def rupiah_text(value: int, *, prefix: str = "Rp ") -> str:
    return prefix + f"{value:,}".replace(",", ".")


def catalogue_price(item: Item, index: int) -> int | str:
    if item.key not in TEXT_PRICE_KEYS:
        return item.price
    # two textual styles seen in copied sheets: "Rp 1.250.000" and "Rp. 1.250.000,00"
    return rupiah_text(item.price) if index % 2 else rupiah_text(item.price, prefix="Rp. ") + ",00"


def write_ssh_c(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "SSH 2026"
    ws.append(["PEMERINTAH KOTA SAMARINDA"])
    ws.append(["STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2026"])
    ws.append(["Lampiran II Peraturan Wali Kota Samarinda tentang Standar Harga Satuan"])
    ws.append([])
    ws.append(["Kode Barang", "Uraian", None, "Sat.", "HARGA SATUAN", "Keterangan"])
    ws.append([None, "Nama Barang", "Spek", None, None, None])
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    for cells in ("A1:F1", "A2:F2", "A3:F3", "A5:A6", "B5:C5", "D5:D6", "E5:E6", "F5:F6"):
        ws.merge_cells(cells)
    index = 0
    for section, items in SSH_C_SECTIONS.items():
        ws.append([section])
        ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
        for item in items:
            index += 1
            ws.append(
                [
                    item.code,
                    item.name,
                    item.spec,
                    item.unit,
                    catalogue_price(item, index),
                    "Belum termasuk PPN",
                ]
            )
    wb.save(path)


def write_sbu_d(path: Path) -> None:
    wb = openpyxl.Workbook()
    sbu = wb.active
    assert sbu is not None
    sbu.title = "SBU"
    sbu.append(["STANDAR BIAYA UMUM (SBU)"])
    sbu.append(["PEMERINTAH KOTA SAMARINDA TAHUN ANGGARAN 2026"])
    sbu.append([])
    sbu.append(["NO.", "URAIAN", "SATUAN", "HARGA (Rp)", "SPESIFIKASI / KETERANGAN"])
    index = 0
    for roman, (section, items) in zip(("I", "II", "III"), SBU_D_SECTIONS.items(), strict=True):
        sbu.append([roman, section])
        for number, item in enumerate(items, start=1):
            index += 1
            sbu.append([number, item.name, item.unit, catalogue_price(item, index), item.spec])
    jasa = wb.create_sheet("Sewa dan Cetak")
    jasa.append(["DAFTAR HARGA SEWA DAN JASA CETAK"])
    jasa.append(["Harga belum termasuk PPN"])
    jasa.append(["No", "Nama Barang/Jasa", "Spek", "Satuan", "Harga Satuan (Rp)"])
    for number, item in enumerate(JASA_D_ITEMS, start=1):
        index += 1
        jasa.append([number, item.name, item.spec, item.unit, catalogue_price(item, index)])
    wb.save(path)


def expected_jumlah(line: Line, *, with_ppn: bool) -> int:
    ppn = line.ppn if with_ppn else 0
    exact = Decimal(line.volume) * Decimal(line.harga) * (Decimal(100 + ppn) / Decimal(100))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def koefisien_product(koef: str) -> int:
    product = 1
    for number in re.findall(r"(?<![A-Za-z])\d[\d.]*", koef):
        product *= int(number.replace(".", ""))
    return product


def line_jumlah(line: Line, *, with_ppn: bool) -> int:
    return line.jumlah if line.jumlah is not None else expected_jumlah(line, with_ppn=with_ppn)


class SheetWriter:
    """Writes sub-kegiatan blocks into one worksheet, numbering lines across the whole RKA."""

    def __init__(self, ws: Worksheet, rka: RkaSpec, counter: list[int], records: dict[str, Any]) -> None:
        self.ws, self.rka, self.layout = ws, rka, rka.layout
        self.counter, self.records = counter, records
        self.with_ppn = "ppn" in self.layout.columns

    def row(self, values: dict[str, Any]) -> None:
        self.ws.append([values.get(column) for column in self.layout.columns])

    def title(self) -> None:
        width = len(self.layout.columns)
        last = openpyxl.utils.get_column_letter(width)
        for text in (
            "RENCANA KERJA DAN ANGGARAN",
            "SATUAN KERJA PERANGKAT DAERAH",
            "PEMERINTAH KOTA SAMARINDA",
            "TAHUN ANGGARAN 2026",
        ):
            self.ws.append([text])
            self.ws.merge_cells(f"A{self.ws.max_row}:{last}{self.ws.max_row}")
        self.ws.append([])

    def header_block(self, sub: SubKegiatan, *, with_urusan: bool) -> None:
        fields = [
            ("Bidang Urusan", sub.bidang),
            ("Program", sub.program),
            ("Kegiatan", sub.kegiatan),
            ("Sub Kegiatan", sub.sub_kegiatan),
            ("Organisasi", self.rka.organisasi),
            ("Lokasi", "Kota Samarinda"),
            ("Sumber Pendanaan", "DAU"),
        ]
        if with_urusan:
            fields.insert(0, ("Urusan Pemerintahan", self.rka.urusan))
        for label, value in fields:
            self.ws.append([label, None, ":", value])
        self.ws.append(["Indikator", None, None, "Tolok Ukur", None, None, None, "Target"])
        self.ws.append(["Keluaran", None, None, sub.output, None, None, None, sub.target])
        self.ws.append([])
        self.row({c: self.layout.labels[c] for c in self.layout.columns})

    def money(self, value: int, number: int) -> int | str:
        every = self.layout.money_as_text_every
        return rupiah_text(value, prefix="") if every and number % every == 0 else value

    def group_rows(self, group: Group, printed: set[str], sums: dict[str, int]) -> None:
        if self.layout.account_hierarchy:
            parts = group.code.split(".")
            for depth in range(1, len(parts)):
                prefix = ".".join(parts[:depth])
                if prefix not in printed:
                    printed.add(prefix)
                    self.row({"kode": prefix, "uraian": ACCOUNT_LEVEL_NAMES[prefix], "jumlah": sums[prefix]})
        subtotal = sums[group.code]
        if group.code == self.layout.wrong_subtotal_group:
            subtotal += 150_000  # a subtotal that does not add up (structural, not a line finding)
        self.row({"kode": group.code, "uraian": group.name, "jumlah": subtotal})

    def sub_kegiatan(self, sub: SubKegiatan) -> None:
        sums: dict[str, int] = {}
        for group in sub.groups:
            total = sum(line_jumlah(line, with_ppn=self.with_ppn) for line in group.lines)
            parts = group.code.split(".")
            for depth in range(1, len(parts) + 1):
                key = ".".join(parts[:depth])
                sums[key] = sums.get(key, 0) + total
        printed: set[str] = set()
        for group in sub.groups:
            if self.layout.blank_rows_between_groups:
                self.ws.append([])
            self.group_rows(group, printed, sums)
            for line in group.lines:
                self.line(sub, group, line)
        total = sum(line_jumlah(line, with_ppn=self.with_ppn) for group in sub.groups for line in group.lines)
        self.row({"uraian": self.layout.total_label, "jumlah": total})

    def line(self, sub: SubKegiatan, group: Group, line: Line) -> None:
        self.counter[0] += 1
        number = self.counter[0]
        assert line.jumlah is not None or koefisien_product(line.koef) == line.volume, line
        if line.jumlah is not None:
            assert line.jumlah != expected_jumlah(line, with_ppn=self.with_ppn), line
        ppn: int | str = f"{line.ppn}%" if self.layout.ppn_as_text else line.ppn
        self.row(
            {
                "no": number,
                "uraian": line.uraian,
                "spec": line.spec,
                "koef": line.koef,
                "volume": line.volume,
                "satuan": line.satuan,
                "harga": self.money(line.harga, number),
                "ppn": ppn,
                "jumlah": self.money(line_jumlah(line, with_ppn=self.with_ppn), number),
            }
        )
        self.records["labels"][str(number)] = sorted(line.labels)
        self.records["lines"][str(number)] = {
            "sheet": self.ws.title,
            "sub_kegiatan": sub.sub_kegiatan,
            "acct": group.code,
            "uraian": line.uraian,
            "satuan": line.satuan,
            "price": line.harga,
            "volume": line.volume,
            "ppn": line.ppn if self.with_ppn else 0,
            "reference": line.ref,
        }


def write_rka(rka: RkaSpec, path: Path) -> dict[str, Any]:
    wb = openpyxl.Workbook()
    default = wb.active
    assert default is not None
    wb.remove(default)
    counter = [0]
    records: dict[str, Any] = {"labels": {}, "lines": {}}
    sheets: dict[str, SheetWriter] = {}
    for sub in rka.subs:
        writer = sheets.get(sub.sheet)
        if writer is None:
            writer = sheets[sub.sheet] = SheetWriter(wb.create_sheet(sub.sheet), rka, counter, records)
            writer.title()
            writer.header_block(sub, with_urusan=True)
        else:
            writer.ws.append([])
            writer.ws.append([])
            writer.header_block(sub, with_urusan=False)
        writer.sub_kegiatan(sub)
    wb.save(path)
    return records


def check_references(records: dict[str, Any]) -> None:
    items = all_items()
    for number, line in records["lines"].items():
        key = line["reference"]
        if key is None:
            continue
        over = line["price"] > items[key].price
        assert over == ("OVERPRICED" in records["labels"][number]), (number, line)


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    write_ssh_c(DATA / SSH_C)
    write_sbu_d(DATA / SBU_D)
    manifest = []
    for rka in ALL_RKAS:
        records = write_rka(rka, DATA / f"{rka.name}.xlsx")
        check_references(records)
        (DATA / f"{rka.name}.labels.json").write_text(
            json.dumps(records, indent=1, ensure_ascii=False) + "\n"
        )
        manifest.append(
            {
                "rka": f"{rka.name}.xlsx",
                "catalogues": [SSH_C, SBU_D],
                "labels": f"{rka.name}.labels.json",
                "split": "blind",
            }
        )
    (DATA / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    counts: dict[str, int] = {}
    for rka in ALL_RKAS:
        labels = json.loads((DATA / f"{rka.name}.labels.json").read_text())["labels"]
        print(f"{rka.name}: {len(labels)} lines")
        for types in labels.values():
            for kind in types:
                counts[kind] = counts.get(kind, 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
