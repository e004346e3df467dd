"""OCR puts blank lines between a scanned letter's lines: a line cut after the word that announces
a figure ("senilai") goes on with the amount on the next line, so the sentence states it."""

from __future__ import annotations

from samarinda_ask.domain.answering import sentences_of


def test_the_amount_after_an_announcing_word_joins_its_sentence() -> None:
    text = "Biaya penggantian ban ketiga unit senilai\n\nRp 4.100.000 (empat juta seratus ribu rupiah).\n"
    assert sentences_of(text) == [
        "Biaya penggantian ban ketiga unit senilai Rp 4.100.000 (empat juta seratus ribu rupiah)."
    ]


def test_a_label_line_above_a_capitalised_line_stays_its_own() -> None:
    text = "Perihal pemeliharaan gedung\n\nRp 4.100.000 dianggarkan tahun ini.\n"
    assert len(sentences_of(text)) == 2
