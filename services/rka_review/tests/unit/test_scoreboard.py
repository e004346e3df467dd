"""The scoreboard's F1 and macro-F1: the figures the review's targets are stated in."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_rka_review.evaluation import Score, Scoreboard, load_labels


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
