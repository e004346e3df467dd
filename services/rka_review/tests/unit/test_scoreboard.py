"""The scoreboard's F1 and macro-F1: the figures the review's targets are stated in."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.rka import Review
from samarinda_rka_review.evaluation import Score, Scoreboard, load_labels, unmatched_labels


def test_f1_is_the_harmonic_mean_of_precision_and_recall() -> None:
    score = Score(tp=3, fp=1, fn=3)  # P 0.75, R 0.5
    assert score.f1 == pytest.approx(0.6)


def test_a_type_never_found_nor_labelled_stays_out_of_the_macro_f1() -> None:
    board = Scoreboard()
    board.by_type["OVERPRICED"] = Score(tp=4)
    board.by_type["DUPLICATE"] = Score(tp=1, fn=3)  # F1 0.4
    assert board.macro_f1() == pytest.approx((1.0 + 0.4) / 2)


def test_a_type_only_labelled_counts_as_zero() -> None:
    board = Scoreboard()
    board.by_type["OVERPRICED"] = Score(tp=2)
    board.by_type["OFF_TARGET"] = Score(fn=5)
    assert board.macro_f1() == pytest.approx(0.5)
    assert "macro-F1" in board.table()


def test_a_rejected_file_is_shown_with_the_figures() -> None:
    board = Scoreboard()
    board.by_type["OVERPRICED"] = Score(fn=4)
    board.rejected.append("rka_contoh.pdf: no table found")
    assert "rejected, scored as finding nothing: rka_contoh.pdf: no table found" in board.table()


def test_a_label_keyed_by_a_no_printed_with_a_dot_names_the_line_the_reader_read(tmp_path: Path) -> None:
    labels = tmp_path / "rka_contoh.labels.json"
    labels.write_text('{"labels": {"7.": ["ARITHMETIC"], "8": [], "A-01": []}}', encoding="utf-8")
    assert load_labels(labels) == {"7": ["ARITHMETIC"], "8": [], "A-01": []}


def _empty_review() -> Review:
    return Review.model_construct(findings=[])


def test_a_file_whose_label_keys_meet_no_line_read_is_warned_about() -> None:
    board = Scoreboard()
    labels = {"A.1": ["OVERPRICED"], "A.2": [], "A.3": []}
    board.add("rka_contoh.xlsx", labels, _empty_review(), read=["A-1", "A-2", "A-3"])
    assert len(board.unmatched) == 1
    assert "rka_contoh.xlsx: 0 of 3 labelled lines meet a line read" in board.table()


def test_most_label_keys_apart_from_the_lines_read_is_warned_about_too() -> None:
    labels = {str(no): [] for no in range(1, 11)}
    read = ["1", "2", "3", "4", *(f"{no}a" for no in range(5, 11))]
    assert unmatched_labels("rka_contoh.pdf", labels, read) is not None


def test_a_few_lines_the_reader_missed_are_no_warning() -> None:
    labels = {str(no): [] for no in range(1, 11)}
    board = Scoreboard()
    board.add("rka_contoh.pdf", labels, _empty_review(), read=[str(no) for no in range(1, 9)])
    board.add("rka_lain.pdf", labels, _empty_review())  # lines read unknown: nothing to check
    assert board.unmatched == []
    assert "WARNING" not in board.table()
