from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.extracted import Table
from samarinda_common.price_catalogue import (
    CatalogueKind,
    detect_header,
    parse_decimal,
    parse_price_rows,
    parse_price_tables,
    parse_rupiah,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250.000,00", Decimal("1250000.00")),
        ("Rp 45.000", Decimal(45000)),
        ("Rp. 1.150.000,-", Decimal(1150000)),
        ("11%", Decimal(11)),
        ("0,5", Decimal("0.5")),
        ("1,250,000.50", Decimal("1250000.50")),
        ("23,8", Decimal("23.8")),
        ("(2.500.000)", Decimal(-2500000)),
        (12500, Decimal(12500)),
        (0.5, Decimal("0.5")),
    ],
)
def test_parse_decimal_reads_indonesian_and_english_notation(text: object, expected: Decimal) -> None:
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", [None, "", "-", "abc", "Rp", True])
def test_parse_decimal_returns_none_for_non_numbers(text: object) -> None:
    assert parse_decimal(text) is None


def test_single_separator_with_three_digits_is_thousands_for_money_only() -> None:
    assert parse_rupiah("45.000") == 45000
    assert parse_rupiah("45,000") == 45000
    assert parse_decimal("1.500") == Decimal("1.500")  # a measurement stays a decimal
    assert parse_rupiah("12.345,6") == 12346  # half-up to the rupiah
    assert parse_rupiah("(2.500)") == -2500


def test_header_labels_are_matched_fuzzily_in_any_order() -> None:
    rows = [
        ["STANDAR SATUAN HARGA 2027"],
        [],
        ["Satuan", "HARGA SATUAN (Rp)", "Spesfikasi", "Nama Barang", "Kode"],
    ]
    header = detect_header(
        rows,
        {
            "uraian": ("nama barang",),
            "harga": ("harga satuan",),
            "satuan": ("satuan",),
            "spesifikasi": ("spesifikasi",),
        },
        ["uraian", "harga"],
    )
    assert header is not None
    assert header.row == 2
    assert header.columns == {"satuan": 0, "harga": 1, "spesifikasi": 2, "uraian": 3}


def test_parse_price_rows_with_sections_text_prices_and_title_metadata() -> None:
    rows = [
        ["STANDAR BIAYA UMUM (SBU) KOTA BONTANG TAHUN ANGGARAN 2027"],
        ["Harga sudah termasuk PPN"],
        ["Uraian", "Satuan", "Harga", "Spesifikasi", "Kode"],
        ["A. HONORARIUM", None, None, None, None],
        ["Honorarium Narasumber", "OJ", "Rp 1.000.000,00", "Eselon II", "2.1.1"],
        ["Uraian", "Satuan", "Harga", "Spesifikasi", "Kode"],  # header repeated on a new page
        ["Moderator", "OK", "700.000", None, "2.1.2"],
        ["Catatan tanpa harga", "OK", None, None, None],
    ]
    references, context = parse_price_rows(rows, source_document="sbu.pdf", page=3)
    assert [r.uraian for r in references] == ["Honorarium Narasumber", "Moderator"]
    first = references[0]
    assert (first.harga, first.satuan, first.spesifikasi, first.kode) == (1000000, "OJ", "Eselon II", "2.1.1")
    assert first.kind is CatalogueKind.SBU
    assert first.tahun == 2027
    assert first.includes_ppn is True
    assert first.harga_excl_ppn() == 900901
    assert first.kelompok == "A. HONORARIUM"
    assert "hal. 3" in first.citation()
    assert context is not None


@pytest.mark.parametrize(
    ("note", "includes"),
    [
        ("Harga telah termasuk Pajak Pertambahan Nilai (PPN) 11%", True),
        ("Harga termasuk pajak pertambahan nilai", True),
        ("Harga belum termasuk Pajak Pertambahan Nilai", False),
        ("Harga satuan tertinggi", False),  # silent: read as without PPN
    ],
)
def test_a_note_writing_the_tax_out_states_ppn_as_its_short_form(note: str, includes: bool) -> None:
    rows = [
        ["DAFTAR HARGA BARANG TAHUN ANGGARAN 2028"],
        [note],
        ["Uraian", "Satuan", "Harga"],
        ["Map plastik", "Buah", 4200],
    ]
    references, _ = parse_price_rows(rows, source_document="ssh.xlsx", page=1)
    assert [r.includes_ppn for r in references] == [includes]


def test_continuation_tables_inherit_the_header_of_the_previous_page() -> None:
    page1 = Table(
        page=1,
        index=0,
        rows=[["No", "Uraian Barang", "Satuan", "Harga Satuan (Rp)"], [1, "Kertas HVS", "Rim", 56000]],
    )
    page2 = Table(page=2, index=0, rows=[[2, "Pulpen", "Buah", "4.500"]])
    references = parse_price_tables([page1, page2], source_document="ssh.pdf")
    assert [(r.uraian, r.harga, r.page) for r in references] == [
        ("Kertas HVS", 56000, 1),
        ("Pulpen", 4500, 2),
    ]
    assert references[0].includes_ppn is False


def test_metadata_round_trip_for_the_vector_index() -> None:
    rows = [["Uraian", "Harga"], ["Kertas HVS", 56000]]
    reference = parse_price_rows(rows)[0][0]
    assert type(reference).from_metadata(reference.to_metadata()) == reference


def test_an_amount_followed_by_its_words() -> None:
    assert parse_rupiah("12.600.000 (dua belas juta enam ratus ribu rupiah)") == 12_600_000
    assert parse_rupiah("Rp 1.250.000,- (satu juta dua ratus lima puluh ribu)") == 1_250_000
    assert parse_rupiah("(1.250.000)") == -1_250_000  # a bracketed number stays negative
