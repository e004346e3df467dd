"""A table row whose unit cell names the kind of its bare figures ("Satuan: %")."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _row(n: int, text: str) -> Passage:
    return Passage(
        id=f"r{n}",
        document_id="doc-indikator",
        document="lampiran_indikator_kinerja_2030.pdf",
        text=text,
        score=0.7,
        kind=ChunkKind.TABLE_ROWS,
        page=3,
        fiscal_year=2030,
        table=0,
        first_row=n,
    )


ROWS = [
    _row(
        1,
        "No: 1 | Indikator: Rasio jalan mantap | Satuan: % | Target 2030: 88,20 | Pelaksana: Dinas Jalan",
    ),
    _row(
        2,
        "No: 2 | Indikator: Panjang trotoar baru | Satuan: km | Target 2030: 14,5 | Pelaksana: Dinas Jalan",
    ),
]


def test_a_rows_percent_unit_makes_its_bare_figures_percentages() -> None:
    answer = extractive_answer(parse_question("Target rasio jalan mantap tahun 2030 berapa persen?"), ROWS)
    assert answer.found and answer.text.startswith("88,2")


def test_a_row_in_another_unit_gives_no_percentage() -> None:
    answer = extractive_answer(parse_question("Target panjang trotoar baru tahun 2030 berapa persen?"), ROWS)
    assert not answer.found


DISPATCH = [
    Passage(
        id=f"k{n}",
        document_id="doc-stok",
        document="stok_gudang_tw3_2030.xlsx",
        text=text,
        score=0.7,
        kind=ChunkKind.TABLE_ROWS,
        page=1,
        fiscal_year=2030,
        table=0,
        first_row=n,
    )
    for n, text in enumerate(
        [
            "Gudang: Danau Biru | Masker (lbr): 7.200 | Sabun Antiseptik (bot): 1.150",
            "Gudang: Padang Ilalang | Masker (lbr): 3.900 | Sabun Antiseptik (bot): 860",
        ],
        start=1,
    )
]


def test_a_header_shortening_the_unit_asked_states_it() -> None:
    # "(bot)" is the header's short form of "botol"; "TW 3" in the file name is "TW III".
    answer = extractive_answer(
        parse_question("Gudang Danau Biru TW III 2030 dapat sabun antiseptik berapa botol?"), DISPATCH
    )
    assert answer.found and answer.text.startswith("1.150")


def test_a_short_word_that_begins_no_question_word_states_nothing() -> None:
    answer = extractive_answer(
        parse_question("Gudang Danau Biru TW III 2030 dapat sabun antiseptik berapa jeriken?"), DISPATCH
    )
    assert not answer.found


WORKSHOP = [
    Passage(
        id=f"w{n}",
        document_id="doc-lokakarya",
        document="rka_lokakarya_mangrove_2030.docx",
        text=text,
        score=0.7,
        kind=ChunkKind.TABLE_ROWS,
        page=1,
        fiscal_year=2030,
        table=0,
        first_row=n,
        category="rka",
    )
    for n, text in enumerate(
        [
            "Uraian: Kudapan Lokakarya | Volume: 120 | Satuan: OK | Harga Satuan: 27.500 | Jumlah: 3.300.000",
            "Uraian: Sewa Perahu | Volume: 4 | Satuan: hari | Harga Satuan: 650.000 | Jumlah: 2.600.000",
        ],
        start=1,
    )
]


def test_a_price_per_one_is_the_unit_price_column_whatever_the_unit_is_called() -> None:
    # "per peserta": the row counts its unit as "OK", and the question asks the price of one.
    answer = extractive_answer(
        parse_question("Berapa harga kudapan per peserta di RKA lokakarya mangrove 2030?"), WORKSHOP
    )
    assert answer.found and answer.text.startswith("Rp 27.500")
