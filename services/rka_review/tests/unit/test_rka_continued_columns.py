"""A table whose No and Kode Rek share one column on the page with the header, and stand apart on
the page that continues it without one (an unruled PDF). Invented lines."""

from __future__ import annotations

from samarinda_common.extracted import Table
from samarinda_rka_review.domain.continued_columns import join_split_column
from samarinda_rka_review.domain.rka_parser import parse_rka_tables

_HEADER = ["No Kode Rek", "Uraian", "Koefisien", "Harga Satuan", "Jumlah"]


def _pages() -> list[Table]:
    page1 = Table(
        page=1,
        index=0,
        rows=[
            ["Sub Kegiatan : Lomba Perahu Naga"],
            _HEADER,
            ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, None, "54.000"],
            ["K.1", "Pensil kayu", "12 Buah", "4.500", "54.000"],
        ],
    )
    page2 = Table(
        page=2,
        index=0,
        rows=[
            [None, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", None, None, "300.000"],
            ["K.2", None, "Kue kering", "10 Kotak", "30.000", "300.000"],
        ],
    )
    return [page1, page2]


def test_a_line_in_the_no_and_code_column_keeps_its_printed_no() -> None:
    rka = parse_rka_tables(_pages()[:1], opd="X")
    (line,) = rka.sub_kegiatan[0].lines
    assert (line.line_id, line.kode_rekening) == ("K.1", "5.1.02.01.01.0024")


def test_the_continuation_split_into_one_more_column_is_read_under_the_header() -> None:
    rka = parse_rka_tables(_pages(), opd="X")
    lines = rka.sub_kegiatan[0].lines
    assert [(line.line_id, line.uraian, line.kode_rekening) for line in lines] == [
        ("K.1", "Pensil kayu", "5.1.02.01.01.0024"),
        ("K.2", "Kue kering", "5.1.02.01.01.0052"),
    ]
    assert lines[1].jumlah == 300000


def test_columns_are_joined_only_when_one_pair_is_never_filled_together() -> None:
    rows = [["a", None, "x"], [None, "b", "y"]]
    assert join_split_column(rows, 2) == [["a", "x"], ["b", "y"]]
    assert join_split_column(rows, 3) is None  # not one wider
    assert join_split_column([["a", "b", "x"], ["c", "d", "y"]], 2) is None  # always both filled
    assert join_split_column([["a", None, "x"], [None, "b", None]], 2) is None  # two pairs qualify


def test_a_continuation_without_the_empty_ppn_column_is_read_with_it_put_back() -> None:
    header = ["No", "Uraian", "Koefisien", "Volume", "Satuan", "PPN", "Harga Satuan", "Jumlah"]
    page1 = Table(
        page=1,
        index=0,
        rows=[
            ["Sub Kegiatan : Festival Layang-layang"],
            header,
            ["1", "Benang gelasan", "8 gulung", "8", "Gulung", None, "35.000", "280.000"],
        ],
    )
    page2 = Table(
        page=2,
        index=0,
        rows=[
            ["2", "Sewa genset 5 kVA", "2 unit x 3 hr", "6", "Unit/Hari", "600.000", "3.600.000"],
            ["3", "Kertas minyak", "40 lbr", "40", "Lembar", "2.500", "100.000"],
        ],
    )
    rka = parse_rka_tables([page1, page2], opd="X")
    lines = rka.sub_kegiatan[0].lines
    assert [(line.satuan, line.harga_satuan, line.jumlah) for line in lines[1:]] == [
        ("Unit/Hari", 600_000, 3_600_000),
        ("Lembar", 2_500, 100_000),
    ]
