"""What is left of a budget ("sisa anggaran", "yang tidak terealisasi"): the budget less its
realisation, each asked on its own and cited, from two documents or two cells of one row."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer, remainder
from samarinda_ask.domain.question import parse_question
from samarinda_ask.domain.unspent import states_left_over, unspent_sides


def _passage(document: str, text: str, kind: ChunkKind = ChunkKind.TEXT) -> list[Passage]:
    return [
        Passage(
            id=f"{document}-1",
            document_id=f"doc-{document}",
            document=document,
            heading=None,
            text=text,
            score=0.6,
            kind=kind,
            page=1,
            fiscal_year=2033,
            table=0 if kind is ChunkKind.TABLE_ROWS else None,
            first_row=1 if kind is ChunkKind.TABLE_ROWS else None,
        )
    ]


def test_the_left_over_of_a_budget_is_asked_as_the_budget_and_its_realisation() -> None:
    assert unspent_sides("Berapa sisa pagu lomba layang-layang 2033?") == (
        "Berapa pagu lomba layang-layang 2033?",
        "Berapa realisasi lomba layang-layang 2033?",
    )
    # A negated realisation in chat wording, the asker's note in brackets left out.
    assert unspent_sides("lomba layang-layang 2033, anggaran yg gak terserap brp? (pagu - spj)") == (
        "lomba layang-layang 2033, anggaran yg brp?",
        "lomba layang-layang 2033, realisasi yg brp?",
    )
    assert unspent_sides("dana hibah sanggar tari 2033 dikurangi realisasi brp?") == (
        "dana hibah sanggar tari 2033 brp?",
        "realisasi dana hibah sanggar tari 2033 brp?",
    )
    # The budget's document is no source of the realisation.
    assert unspent_sides(
        "anggaran lomba layang-layang menurut DPA 2033 dikurangi realisasi, tinggal brp?"
    ) == (
        "anggaran lomba layang-layang menurut DPA 2033, tinggal brp?",
        "realisasi lomba layang-layang 2033, tinggal brp?",
    )
    assert unspent_sides("Berapa sisa stok masker 2033?") is None  # no budget's remainder
    assert unspent_sides("Berapa realisasi anggaran lomba layang-layang 2033?") is None


def test_the_budget_less_its_realisation_answers_from_two_documents() -> None:
    budget_text, spent_text = unspent_sides("Berapa sisa anggaran lomba layang-layang 2033?") or ("", "")
    budget = extractive_answer(
        parse_question(budget_text),
        _passage("dpa_2033.pdf", "Anggaran lomba layang-layang tahun 2033 sebesar Rp 84.000.000."),
    )
    spent = extractive_answer(
        parse_question(spent_text),
        _passage("lkj_2033.pdf", "Realisasi lomba layang-layang tahun 2033 sebesar Rp 79.250.000."),
    )
    answer = remainder(budget, spent, "Sisa", one_row=True)
    assert answer is not None and answer.found
    assert answer.text.startswith("Sisa: Rp 4.750.000 = Rp 84.000.000 - Rp 79.250.000.")
    assert {c.document for c in answer.citations} == {"dpa_2033.pdf", "lkj_2033.pdf"}


def test_two_cells_of_one_row_give_the_left_over_and_a_stated_one_stands() -> None:
    row = _passage(
        "realisasi_2033.xlsx",
        "Kegiatan: Lomba layang-layang | Pagu (Rp): 84000000 | Realisasi (Rp): 79250000",
        ChunkKind.TABLE_ROWS,
    )
    budget_text, spent_text = unspent_sides("sisa pagu lomba layang-layang 2033 brp?") or ("", "")
    budget = extractive_answer(parse_question(budget_text), row)
    spent = extractive_answer(parse_question(spent_text), row)
    assert remainder(budget, spent, "Sisa") is None  # a year and its half never share a quote
    answer = remainder(budget, spent, "Sisa", one_row=True)
    assert answer is not None and answer.text.startswith("Sisa: Rp 4.750.000")
    stated = _passage(
        "realisasi_2033.xlsx",
        "Kegiatan: Lomba layang-layang | Pagu (Rp): 84000000 | Sisa (Rp): 4750000",
        ChunkKind.TABLE_ROWS,
    )
    assert states_left_over(extractive_answer(parse_question("sisa pagu lomba layang-layang 2033?"), stated))


def test_what_is_still_to_be_reached_of_a_target_is_the_target_less_its_realisation() -> None:
    assert unspent_sides("Berapa sisa target pendapatan sewa gedung olahraga 2033?") == (
        "Berapa target pendapatan sewa gedung olahraga 2033?",
        "Berapa realisasi pendapatan sewa gedung olahraga 2033?",
    )
