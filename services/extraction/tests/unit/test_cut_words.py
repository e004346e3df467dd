from samarinda_extraction.domain.cut_words import cut_words_joined
from samarinda_extraction.domain.ocr_tables import Word


def _word(text: str, x0: int, x1: int, y: int = 0) -> Word:
    return Word(text, 95.0, x0, y, x1, y + 30)


def _body() -> list[list[Word]]:
    """Lines of a paragraph with the usual word space (20 px)."""
    return [
        [_word("Kepala", 0, 120, 200), _word("Seksi", 140, 240, 200), _word("Umum", 260, 360, 200)],
        [_word("Dinas", 0, 100, 250), _word("Pangan", 120, 260, 250), _word("Kota", 280, 360, 250)],
    ]


def test_a_word_cut_at_a_block_edge_is_whole_again() -> None:
    left = _word("Sekret", 0, 130)
    right = _word("aris", 136, 210)
    lines = [*_body(), [left], [right, _word("Daerah,", 230, 370)]]
    joined = cut_words_joined(lines)
    whole = joined[left]
    assert whole is not None and whole.text == "Sekretaris"
    assert (whole.x0, whole.x1) == (0, 210)
    assert joined[right] is None


def test_words_a_word_space_apart_in_two_blocks_stay_apart() -> None:
    lines = [*_body(), [_word("Mengetahui", 0, 200)], [_word("Camat", 220, 330)]]
    assert cut_words_joined(lines) == {}


def test_a_piece_on_another_line_or_after_a_mark_is_not_joined() -> None:
    below = [*_body(), [_word("Sekret", 0, 130)], [_word("aris", 136, 210, y=60)]]
    assert cut_words_joined(below) == {}
    comma = [*_body(), [_word("Sekret,", 0, 130)], [_word("aris", 136, 210)]]
    assert cut_words_joined(comma) == {}
