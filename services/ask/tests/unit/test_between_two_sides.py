"""A question naming both sides before its comma ("Antara A tahun X dan B tahun Y, ..."):
one part per side, each with its own year and words; the cheaper or dearer side is chosen."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.question_parts import split_parts
from samarinda_ask.domain.question_terms import content_terms

QUESTION = (
    "Antara penawaran alat tulis Kelurahan Sukamaju tahun 2024 dan DPA Dinas Pertanian 2025, "
    "harga map plastik per lusin yang lebih murah berapa?"
)


def _rows(document_id: str, document: str, year: int, opd: str, heading: str, text: str) -> Passage:
    return Passage(
        id=f"{document_id}-1",
        document_id=document_id,
        document=document,
        text=text,
        score=0.8,
        page=1,
        fiscal_year=year,
        category="anggaran",
        opd=opd,
        heading=heading,
        kind=ChunkKind.TABLE_ROWS,
    )


OFFER = _rows(
    "doc-offer",
    "kel_sukamaju_penawaran_alat_tulis_2024.pdf",
    2024,
    "kel_sukamaju",
    "Penawaran harga alat tulis untuk Kelurahan Sukamaju",
    "No: 1 | Nama Barang: Map plastik | Satuan: lusin | Harga (Rp): 31.000\n"
    "No: 2 | Nama Barang: Spidol papan | Satuan: pak | Harga (Rp): 64.000",
)
BUDGET = _rows(
    "doc-budget",
    "distan_dpa_2025.xlsx",
    2025,
    "distan",
    "DPA Dinas Pertanian",
    "Uraian: Belanja Alat Tulis Kantor | Rincian: Map plastik | Satuan: lusin | Harga Satuan (Rp): 27500\n"
    "Uraian: Belanja Alat Tulis Kantor | Rincian: Spidol papan | Satuan: pak | Harga Satuan (Rp): 71000",
)


def test_each_side_keeps_its_own_year_and_words_and_not_the_comparison() -> None:
    parts = split_parts(parse_question(QUESTION))
    assert [p.years for p in parts] == [(2024,), (2025,)]
    (kelurahan,) = content_terms("Kelurahan")  # one term, whatever short form the glossary files it under
    assert "dpa" not in parts[0].terms and kelurahan in parts[0].terms
    assert kelurahan not in parts[1].terms and "dpa" in parts[1].terms
    assert all("murah" not in p.terms for p in parts)


def test_a_plain_difference_without_antara_still_splits_as_before() -> None:
    parts = split_parts(parse_question("Berapa selisih pagu anggaran Dispar dan Dispora tahun 2026?"))
    assert len(parts) == 2
    assert all(p.years == (2026,) for p in parts)


def test_the_cheaper_side_is_chosen_with_both_figures_and_both_citations() -> None:
    result = extractive_answer(parse_question(QUESTION), [OFFER, BUDGET])
    assert result.found, result.reason
    assert "lebih murah: Rp 27.500" in result.text, result.text
    assert "Rp 31.000" in result.text
    assert {c.document for c in result.citations} == {OFFER.document, BUDGET.document}


def test_sides_before_a_comma_that_only_asks_are_two_parts() -> None:
    question = parse_question(
        "pagu pelatihan menjahit di RKA 2031 vs penawaran CV Benang Emas, selisihnya brp?"
    )
    parts = split_parts(question)
    assert [p.text for p in parts] == [
        "Berapa pagu pelatihan menjahit di RKA 2031",
        # The offer's side names only its source: it is an offer for the left's thing.
        "Berapa pelatihan menjahit penawaran CV Benang Emas",
    ]
    # "selisih per unit": both sides are prices of one unit already; the comma still only asks.
    question = parse_question(
        "sewa tenda per hari dari CV Teduh vs harga sewa di RKA 2031, selisih per hari brp?"
    )
    assert [p.text for p in split_parts(question)] == [
        "Berapa sewa tenda per hari dari CV Teduh",
        "Berapa harga sewa di RKA 2031",
    ]


def test_more_by_how_much_than_splits_at_than() -> None:
    question = parse_question("sewa kano di penawaran CV Maju lebih murah brp dr sewa kano di RKA 2031?")
    assert [p.text for p in split_parts(question)] == [
        "Berapa sewa kano di penawaran CV Maju",
        "Berapa sewa kano di RKA 2031",
    ]
    # "dari" without a comparison before it joins no sides.
    assert len(split_parts(parse_question("berapa sewa kano dari CV Maju 2031?"))) == 1
