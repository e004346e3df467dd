"""A born-digital table typeset in columns with no rule at all, running onto a second page that
does not repeat its header, is read as one table of rows."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from samarinda_extraction import extract_bytes

HEIGHT = 842
# x of each column's left edge: No, Uraian, Satuan, Harga
COLUMNS = (40, 80, 330, 430)
HEADER = ("No", "Uraian", "Satuan", "Harga")
ITEMS = [
    ("Sarung tangan katun tebal", "Pasang", "12.500"),
    ("Tali rafia gulung besar", "Gulung", "18.000"),
    ("Baskom plastik 40 cm", "Buah", "35.000"),
    ("Sekop garpu gagang kayu", "Buah", "95.000"),
    ("Karung goni bekas", "Lembar", "7.500"),
    ("Tikar pandan 2 x 3 m", "Lembar", "145.000"),
    ("Lampu senter isi ulang", "Buah", "85.000"),
    ("Mantel hujan setelan", "Buah", "65.000"),
]
# 56 rows: 44 fill the first page to its foot, 12 open the second
ROWS = [(str(n), *ITEMS[(n - 1) % len(ITEMS)]) for n in range(1, 57)]
FIRST_PAGE = 44


def _show(x: float, y: float, text: str) -> str:
    return f"BT /F1 10 Tf {x} {HEIGHT - y} Td ({text}) Tj ET"


def _page(writer: PdfWriter, lines: list[tuple[str, ...]], top: float, title: str | None) -> None:
    page = writer.add_blank_page(width=595, height=HEIGHT)
    shown = [_show(40, 40, title)] if title else []
    for index, cells in enumerate(lines):
        shown += [_show(x, top + 16 * index, cell) for x, cell in zip(COLUMNS, cells, strict=True)]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(shown).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    resources = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    page[NameObject("/Resources")] = resources


def _document() -> bytes:
    writer = PdfWriter()
    _page(writer, [HEADER, *ROWS[:FIRST_PAGE]], top=70, title="Daftar Kebutuhan Barang Posko Siaga")
    _page(writer, ROWS[FIRST_PAGE:], top=40, title=None)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_unruled_table_continued_overleaf_without_its_header_is_one_table_of_rows() -> None:
    document = extract_bytes(_document(), "daftar.pdf")
    assert [(t.page, t.continued_on) for t in document.tables] == [(1, 2)]
    table = document.tables[0]
    assert table.header_row is not None
    assert table.rows[table.header_row] == list(HEADER)
    body = table.rows[table.header_row + 1 :]
    assert [tuple(row) for row in body] == ROWS
