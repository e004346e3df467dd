from samarinda_extraction.domain.list_markers import with_list_markers


def test_stroke_before_the_first_letter_is_dropped() -> None:
    assert with_list_markers("Ja. Kota asal b. Kota tujuan") == "a. Kota asal b. Kota tujuan"
    assert with_list_markers("Ia. Satu hari b. Senin c. Selasa") == "a. Satu hari b. Senin c. Selasa"


def test_comma_for_a_dot_and_a_glued_item() -> None:
    assert with_list_markers("a. Gedung b,Ruang c.Rp 5.000") == "a. Gedung b. Ruang c. Rp 5.000"


def test_one_letter_alone_is_left() -> None:
    assert with_list_markers("Ja. Kota asal") == "Ja. Kota asal"
    assert with_list_markers("Jalan Merdeka b. dua") == "Jalan Merdeka b. dua"


def test_abbreviations_and_letters_out_of_order_are_left() -> None:
    assert with_list_markers("a.n. Kepala Dinas b. Sekretaris") == "a.n. Kepala Dinas b. Sekretaris"
    assert with_list_markers("a. Pagi b. Siang d,Malam") == "a. Pagi b. Siang d,Malam"
    assert with_list_markers("Ibu dan Ayah") == "Ibu dan Ayah"
