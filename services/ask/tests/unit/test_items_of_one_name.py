"""Items listed in brackets after the name they share ("Desa Batu (Hulu + Hilir)") are rows of
that name: a row of another name sharing an item's word is not one of them, and the name's words
are not the initials of a column ("DB")."""

from __future__ import annotations

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

QUESTION = "penduduk desa batu putih (hulu+hilir) digabung berapa jiwa?"


def test_the_shared_name_is_no_initialism_of_a_column() -> None:
    rows = table_rows(
        "profil_distrik_2031.pdf",
        [
            "No: 1 | Desa: Batu Putih Hulu | Penduduk (jiwa): 8.100 | DB: 2.300",
            "No: 2 | Desa: Batu Putih Hilir | Penduduk (jiwa): 7.400 | DB: 2.050",
        ],
    )
    result = extractive_answer(parse_question(QUESTION), rows)
    assert result.found and "15.500" in result.text


def test_a_row_of_another_name_sharing_an_items_word_is_not_summed() -> None:
    rows = table_rows(
        "profil_distrik_2031.pdf",
        [
            "No: 1 | Desa: Sungai Hulu | Penduduk (jiwa): 5.200",
            "No: 2 | Desa: Batu Putih Hilir | Penduduk (jiwa): 7.400",
            "No: 3 | Desa: Tanjung Laut | Penduduk (jiwa): 3.900",
        ],
    )
    result = extractive_answer(parse_question(QUESTION), rows)
    assert "12.600" not in result.text
