"""A realisation report's row of a target, its quarters and their "Jumlah": the quarter asked is
its own column (read as rupiah like the total it adds up to), whichever way the question writes
the period ("triwulan 2", "TW II"), and the target beside it does not make the row another
measure's."""

from __future__ import annotations

from dataclasses import replace

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.item_guards import mark_agreement
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

TOLLS = table_rows(
    "retribusi_terminal_2031.xlsx",
    [
        "No: 1 | Nama Terminal: Terminal Mawar | Target: 900000000 | TW I: 210500000 | TW II: 220000000"
        " | TW III: 230250000 | Jumlah: 660750000 | %: 73.4",
        "No: 2 | Nama Terminal: Terminal Kenanga | Target: 500000000 | TW I: 110000000 | TW II: 120500000"
        " | TW III: 99000000 | Jumlah: 329500000 | %: 65.9",
    ],
)


def _answer(text: str, passages: list[Passage] = TOLLS) -> str:
    result = extractive_answer(parse_question(text), passages)
    assert result.found, result.reason
    return result.text


def test_a_quarter_in_digits_is_its_roman_column() -> None:
    assert _answer("retribusi terminal mawar triwulan 2 thn 2031 brp?").startswith("Rp 220.000.000")


def test_a_quarter_in_roman_numerals_is_its_column_not_the_total() -> None:
    assert _answer("retribusi Terminal Kenanga TW I 2031 berapa?").startswith("Rp 110.000.000")


def test_the_year_unmarked_is_still_the_total() -> None:
    assert _answer("retribusi terminal kenanga 2031 berapa").startswith("Rp 329.500.000")


def test_a_realisation_asked_of_a_realisation_report_with_a_target_column() -> None:
    report = [replace(p, category="realisasi") for p in TOLLS]
    assert _answer("realisasi retribusi terminal mawar triwulan III 2031?", report).startswith(
        "Rp 230.250.000"
    )


def test_marks_agree_across_a_qualifier_and_its_short_form() -> None:
    assert mark_agreement("pendapatan triwulan 3", "TW III") == 1
    assert mark_agreement("pendapatan triwulan 3", "TW II") == -1
    assert mark_agreement("pendapatan triwulan 3", "Jumlah") == 0
