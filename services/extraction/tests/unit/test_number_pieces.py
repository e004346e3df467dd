from samarinda_extraction.domain.number_pieces import joined_pieces, word_space
from samarinda_extraction.domain.ocr_tables import Word


def _line(y: int, *words: tuple[str, int, int]) -> list[Word]:
    return [Word(text, 90.0, x0, y, x1, y + 30) for text, x0, x1 in words]


def _mono_page(*amount: tuple[str, int, int]) -> list[list[Word]]:
    """A fixed-width font's line of letters (a word space of 30 px) and a line with an amount."""
    return [
        _line(0, ("Biaya", 0, 150), ("sewa", 180, 300), ("gedung", 330, 510)),
        _line(60, ("Sewa", 0, 120), *amount),
    ]


def test_an_amount_cut_at_its_dots_in_a_fixed_width_font_is_whole() -> None:
    lines = _mono_page(("42.", 600, 690), ("315.", 702, 822), ("600,00", 834, 1014))
    joined = joined_pieces(lines)
    whole = joined[lines[1][1]]
    assert whole is not None and whole.text == "42.315.600,00"
    assert (whole.x0, whole.x1) == (600, 1014)
    assert joined[lines[1][2]] is None and joined[lines[1][3]] is None


def test_a_piece_starting_with_the_dot_joins_the_digit_before() -> None:
    lines = _mono_page(("9", 600, 630), (".120.", 641, 791), ("000,00", 802, 982))
    whole = joined_pieces(lines)[lines[1][1]]
    assert whole is not None and whole.text == "9.120.000,00"


def test_numbers_a_word_space_apart_stay_apart() -> None:
    # An enumeration's "2." and a count after it, a word space apart; two amounts with no dot
    # between them.
    lines = _mono_page(("2.", 600, 660), ("150", 690, 780), ("unit", 810, 930))
    lines.append(_line(120, ("1.500", 0, 150), ("2.000", 160, 310)))
    assert joined_pieces(lines) == {}


def test_a_proportional_fonts_narrow_word_space_keeps_a_dotted_number_and_the_next_apart() -> None:
    lines = [
        _line(0, ("Biaya", 0, 90), ("sewa", 100, 170), ("gedung", 180, 290)),
        _line(60, ("Pasal", 0, 90), ("4.", 100, 120), ("250", 128, 180)),
    ]
    assert word_space(lines) == 10
    assert joined_pieces(lines) == {}


def test_a_page_without_words_of_letters_joins_nothing() -> None:
    assert joined_pieces([_line(0, ("42.", 600, 690), ("315", 702, 792))]) == {}
