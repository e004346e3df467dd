"""A printout whose column header is a band of its own (a one-cell table above the ruled lines):
the lines' table starts with its first line, and its columns are read from the lines."""

from samarinda_common.extracted import Table
from samarinda_rka_review.domain.rka_parser import parse_rka_tables

_BAND = Table(
    page=1,
    index=0,
    rows=[
        ["NO KODE REK. URAIAN KEBUTUHAN RINCIAN VOLUME HARGA SATUAN (Rp) JUMLAH (Rp)"],
        ["1. 9.99.01.1.01.0001 Contoh Sub Kegiatan"],
    ],
)
_LINES = Table(
    page=1,
    index=1,
    rows=[
        ["1.1", "5.1.02.01.01.0024", "Map plastik", "folio", "10 Buah = 10 Buah", "5.000", "50.000"],
        ["1.2", "5.1.02.01.01.0024", "Pena gel", "hitam", "4 Lusin = 4 Lusin", "30.000", "120.000"],
        ["1.3", "5.1.02.01.01.0052", "Nasi kotak", "", "20 Org x 2 Kali = 40 Kotak", "35.000", "1.400.000"],
    ],
)


def test_lines_from_the_first_row_of_a_table_are_read() -> None:
    rka = parse_rka_tables([_BAND, _LINES])
    assert [(ln.uraian, ln.harga_satuan, ln.jumlah) for ln in rka.lines()] == [
        ("Map plastik", 5_000, 50_000),
        ("Pena gel", 30_000, 120_000),
        ("Nasi kotak", 35_000, 1_400_000),
    ]
    assert not any(w.kind.value == "TABLE_NOT_READ" for w in rka.intake_warnings)
