from samarinda_extraction.domain.cell_marks import without_stray_marks
from samarinda_extraction.domain.ocr_tables import Word, as_dashes, covers


def test_marks_standing_apart_at_a_cells_edges_go() -> None:
    assert without_stray_marks("750.000 ,") == "750.000"
    assert without_stray_marks(". TOTAL") == "TOTAL"
    assert without_stray_marks("BUDI SANTOSO :") == "BUDI SANTOSO"
    assert without_stray_marks("' ,") is None


def test_quotes_glued_to_a_cells_text_go_unless_closed() -> None:
    assert without_stray_marks("“3") == "3"
    assert without_stray_marks('Kota Lama"') == "Kota Lama"
    assert without_stray_marks("‘Sewa Gedung") == "Sewa Gedung"
    assert without_stray_marks('Buku "Pedoman Teknis"') == 'Buku "Pedoman Teknis"'


def test_a_colon_after_a_number_and_a_dot_after_an_amount_go() -> None:
    assert without_stray_marks("12-05-2025:") == "12-05-2025"
    assert without_stray_marks("3.417.500.") == "3.417.500"
    assert without_stray_marks("8:") == "8"


def test_a_mark_glued_before_the_first_word_goes() -> None:
    assert without_stray_marks(".Pemasangan pipa") == "Pemasangan pipa"
    assert without_stray_marks(".12") == "12"
    assert without_stray_marks("Rp.12") == "Rp.12"


def test_a_dash_after_a_code_or_standing_apart_after_the_text_goes() -> None:
    assert without_stray_marks("4.2.1.07.01.003-") == "4.2.1.07.01.003"
    assert without_stray_marks("4.2.1.07.01.003 -") == "4.2.1.07.01.003"
    assert without_stray_marks("12 -") == "12"
    assert without_stray_marks("-") == "-"
    assert without_stray_marks("Sewa-") == "Sewa-"


def test_a_title_ending_the_cell_ends_in_its_dot() -> None:
    assert without_stray_marks("BUDI SANTOSO, S.Kom,") == "BUDI SANTOSO, S.Kom."
    assert without_stray_marks("Drs. RINA, M.Si,") == "Drs. RINA, M.Si."
    assert without_stray_marks("Samarinda, Seberang,") == "Samarinda, Seberang,"


def test_marks_the_text_needs_stay() -> None:
    assert without_stray_marks("-") == "-"
    assert without_stray_marks("4.") == "4."
    assert without_stray_marks("Drs. Ahmad, M.Si.") == "Drs. Ahmad, M.Si."
    assert without_stray_marks("Keterangan:") == "Keterangan:"
    assert without_stray_marks("12,50") == "12,50"
    assert without_stray_marks("Jum'at") == "Jum'at"
    assert without_stray_marks(None) is None


def test_a_word_read_twice_is_covered() -> None:
    word = Word("7", 95.0, 100, 100, 120, 130)
    assert covers(Word("7", 96.0, 101, 100, 121, 131), word)
    assert not covers(Word("8", 96.0, 140, 100, 160, 130), word)


def test_a_flat_mark_read_as_a_letter_or_digit_is_a_dash() -> None:
    text = [Word("Jumlah", 95.0, 100 * i, 100, 100 * i + 80, 130) for i in range(5)]
    flat = Word("g", 60.0, 600, 114, 610, 118)
    tall = Word("5", 95.0, 700, 100, 716, 130)
    underscore = Word("_", 60.0, 800, 126, 812, 129)
    read = as_dashes([*text, flat, tall, underscore])
    assert [w.text for w in read[5:]] == ["-", "5", "_"]
