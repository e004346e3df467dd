"""Header facts whose code and name sit apart, or whose label is cut short (invented layouts)."""

from __future__ import annotations

from samarinda_common.extracted import Table
from samarinda_rka_review.domain.rka_parser import parse_rka_tables

HEADER = ["No", "Uraian Komponen", "Rincian", "Volume", "Harga Satuan (Rp)", "Jumlah Biaya (Rp)"]


def _block(mark: str, code: str, name: str, item: str) -> list[list[object]]:
    return [
        [mark, f"SUB KEGIATAN {code}"],
        [name],
        ["Indikator: Banyaknya perajin terampil"],
        [],
        HEADER,
        ["Akun 5.1.02.01.01.0077 - Belanja Bahan Kerajinan", 100],
        [f"{mark[:-1]}.1", item, "5 bh x 2", "10 Bh", 10, 100],
        ["Sub Total", 100],
        [],
    ]


def test_a_section_row_with_the_code_alone_takes_its_name_from_the_row_below() -> None:
    rows = [
        ["UPTD CONTOH"],
        ["USULAN RINCIAN ANGGARAN BELANJA"],
        *_block("I.", "9.99.03.2.01.0001", "Pelatihan Anyaman Rotan", "Rotan sega"),
        *_block("II.", "9.99.03.2.01.0002", "Pelatihan Ukir Kayu", "Pahat ukir"),
    ]
    rka = parse_rka_tables([Table(sheet="Usulan", index=0, rows=rows)], opd="X")
    assert [(s.kode, s.nama, len(s.lines)) for s in rka.sub_kegiatan] == [
        ("9.99.03.2.01.0001", "Pelatihan Anyaman Rotan", 1),
        ("9.99.03.2.01.0002", "Pelatihan Ukir Kayu", 1),
    ]


def test_an_abbreviated_label_names_its_fact() -> None:
    rows = [
        ["Keg.", ": 9.99.03.2.06 Kegiatan Contoh"],
        ["Sub Keg.", ": 9.99.03.2.06.0001 Fasilitasi Contoh"],
        HEADER,
        ["1", "Kertas gambar", "2 x 5 lbr", "10 Lbr", 10, 100],
    ]
    (sub,) = parse_rka_tables([Table(page=1, index=0, rows=rows)], opd="X").sub_kegiatan
    assert (sub.kode, sub.nama, sub.kegiatan) == (
        "9.99.03.2.06.0001",
        "Fasilitasi Contoh",
        "9.99.03.2.06 Kegiatan Contoh",
    )


def test_a_title_ending_with_the_code_names_the_sub_kegiatan_and_a_recap_header_names_none() -> None:
    recap = [
        ["REKAP USULAN"],
        ["Sub Kegiatan", "Pagu (Rp)"],
        ["9.99.04.2.01.0003 Pembinaan Sanggar Tari", 900],
        ["9.99.04.2.01.0004 Festival Musik Pesisir", 500],
    ]

    def sheet(code: str, name: str, item: str) -> list[list[object]]:
        return [
            [f"RINCIAN BELANJA - {code}"],
            [name],
            ["Keluaran: Jumlah pentas yang terselenggara"],
            [],
            ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
            ["1", item, 4, "Buah", 25, 100],
        ]

    tables = [
        Table(sheet="Rekap", index=0, rows=recap),
        Table(
            sheet="SK 1", index=0, rows=sheet("9.99.04.2.01.0003", "Pembinaan Sanggar Tari", "Selendang tari")
        ),
        Table(
            sheet="SK 2", index=0, rows=sheet("9.99.04.2.01.0004", "Festival Musik Pesisir", "Senar gitar")
        ),
    ]
    rka = parse_rka_tables(tables, opd="X")
    assert [(s.kode, s.nama) for s in rka.sub_kegiatan] == [
        ("9.99.04.2.01.0003", "Pembinaan Sanggar Tari"),
        ("9.99.04.2.01.0004", "Festival Musik Pesisir"),
    ]
