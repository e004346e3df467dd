"""Account names written where the parser did not look: beside the code in another column than
the Uraian, or repeated on every line in a column of its own under a label no vocabulary knows."""

from __future__ import annotations

from samarinda_common.extracted import Table
from samarinda_rka_review.domain.rka_parser import parse_rka_tables

HEADER_FACT = ["Sub Kegiatan", "3.27.03.2.01.0002 Penyuluhan Perikanan", None, None, None, None, None]


def test_an_account_name_written_beside_its_code_under_another_column() -> None:
    rows: list[list[object]] = [
        HEADER_FACT,
        ["Kode Rekening", "No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [
            "5.1.02.01.01.0027",
            "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos",
            None,
            None,
            None,
            None,
            None,
        ],
        [None, 1, "Perangko", 40, "Lembar", 10_000, 400_000],
        ["5.1.02.02.01.0029", "Belanja Jasa Penilai Festival", None, None, None, None, None],
        [None, 2, "Juri lomba masak ikan", 3, "OK", 500_000, 1_500_000],
    ]
    first, second = parse_rka_tables([Table(sheet="P", index=0, rows=rows)], opd="DKP").sub_kegiatan[0].lines
    assert first.account_name == "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos"
    assert second.account_name == "Belanja Jasa Penilai Festival"


def test_a_column_that_names_each_code_the_same_way_is_the_account_name() -> None:
    header = ["No", "Kode Rekening", "Peruntukan", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    rows: list[list[object]] = [
        HEADER_FACT,
        header,
        ["1", "5.1.02.01.01.0052", "Makan Minum Rapat", "Snack peserta", 30, "Kotak", 15_000, 450_000],
        [
            "2",
            "5.1.02.01.01.0052",
            "Makan Minum Rapat",
            "Nasi bungkus penyuluh",
            30,
            "Kotak",
            35_000,
            1_050_000,
        ],
        ["3", "5.1.02.02.01.0003", "Honor Narasumber", "Narasumber penyuluhan", 2, "OJ", 900_000, 1_800_000],
    ]
    lines = parse_rka_tables([Table(sheet="P", index=0, rows=rows)], opd="DKP").sub_kegiatan[0].lines
    assert [line.account_name for line in lines] == [
        "Makan Minum Rapat",
        "Makan Minum Rapat",
        "Honor Narasumber",
    ]
    # a column of words that varies within one code is not the account's name
    varied = [rows[0], header, *([*r[:2], f"{r[3]} ekstra", *r[3:]] for r in rows[2:])]
    lines = parse_rka_tables([Table(sheet="P", index=0, rows=varied)], opd="DKP").sub_kegiatan[0].lines
    assert [line.account_name for line in lines] == [None, None, None]


def test_a_scanned_account_row_with_its_code_head_read_twice_still_opens_its_group() -> None:
    header = ["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"]
    rows: list[list[object]] = [
        HEADER_FACT,
        header,
        ["5.1. 5.1.02.01.01.0031 Belanja Bahan Praktik Penyuluhan", None, None, None, None, None],
        ["1", "Benih lele", "400 Ekor", "Ekor", "300", "120.000"],
        ["5.1.02.02.01.0029 5.1. Belanja Jasa Penilai Festival", None, None, None, None, None],
        ["2", "Juri lomba masak ikan", "3 OK", "OK", "500.000", "1.500.000"],
    ]
    first, second = parse_rka_tables([Table(sheet="P", index=0, rows=rows)], opd="DKP").sub_kegiatan[0].lines
    assert (first.kode_rekening, first.account_name) == (
        "5.1.02.01.01.0031",
        "Belanja Bahan Praktik Penyuluhan",
    )
    assert (second.kode_rekening, second.account_name) == (
        "5.1.02.02.01.0029",
        "Belanja Jasa Penilai Festival",
    )
