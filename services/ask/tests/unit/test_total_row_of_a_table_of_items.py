"""A table of items asked by its own subject: an item row that covers the question only with words
every row or the table's caption states is one part; its total row ("JUMLAH") answers. A row the
question names by a word of its own still answers."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _rows(number: int, text: str, score: float) -> Passage:
    # Each row filed as a passage of its own, as a scanned table's rows may be.
    return Passage(
        id=f"rows-{number}",
        document_id="doc-sumbangan",
        document="dinsos_scan_sumbangan_kursi_roda_2032.jpg",
        text=text,
        score=score,
        page=1,
        fiscal_year=2032,
        heading="BERITA ACARA PENYERAHAN SUMBANGAN ALAT BANTU TAHUN 2032",
        kind=ChunkKind.TABLE_ROWS,
    )


TABLE = [
    _rows(1, "Jenis Alat: Kursi roda lipat | Unit: 40 | Nilai (Rp): 52.000.000", 0.9),
    _rows(2, "Jenis Alat: Kursi roda anak | Unit: 15 | Nilai (Rp): 27.000.000", 0.8),
    _rows(3, "Jenis Alat: Tongkat ketiak | Unit: 60 | Nilai (Rp): 9.000.000", 0.7),
    _rows(4, "Jenis Alat: JUMLAH | Unit: 115 | Nilai (Rp): 88.000.000", 0.6),
]


def test_the_subject_of_the_whole_table_is_answered_by_its_total_row() -> None:
    result = extractive_answer(parse_question("nilai sumbangan alat bantu 2032 berapa rupiah?"), TABLE)
    assert result.found and result.text.startswith("Rp 88.000.000")


def test_a_word_every_item_row_shares_does_not_pick_one_out() -> None:
    wheelchairs = [*TABLE[:2], TABLE[3]]
    result = extractive_answer(parse_question("sumbangan kursi roda 2032 berapa unit?"), wheelchairs)
    assert result.found and result.text.startswith("115")


def test_a_row_named_by_a_word_of_its_own_still_answers() -> None:
    result = extractive_answer(parse_question("nilai sumbangan kursi roda anak 2032 berapa?"), TABLE)
    assert result.found and result.text.startswith("Rp 27.000.000")
