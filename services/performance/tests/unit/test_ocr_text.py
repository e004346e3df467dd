from samarinda_performance.domain.ocr_text import (
    ascii_borders_blanked,
    footnote_mark_repaired,
    garbled_figure,
    lost_separators_restored,
    misread_variants,
    numbering_misread,
    repair_cell,
    repair_percent,
)


def test_percent_signs_ocr_misread_are_restored_next_to_figures_only() -> None:
    assert repair_percent("Capaian (96)").rstrip() == "Capaian (%)"
    assert repair_percent("Capaian (Yo)").rstrip() == "Capaian (%)"
    assert repair_percent("1 Persentase Sampah 78 Yo 72,6 Yo 93,08 Yo").split() == [
        "1",
        "Persentase",
        "Sampah",
        "78",
        "%",
        "72,6",
        "%",
        "93,08",
        "%",
    ]
    assert repair_percent("91,5Fo").strip() == "91,5%"
    # Words stay words; a figure in parentheses after a figure is not a header's "(%)".
    assert repair_percent("Yoga dan Fotografi 12 orang") == "Yoga dan Fotografi 12 orang"
    assert repair_percent("Realisasi 1.200 (96)") == "Realisasi 1.200 (96)"


def test_repairs_keep_the_texts_length_for_citations() -> None:
    for text in ("Capaian (96)", "65 Yo 67,2 Yo", "x (o/o) 5 o/o"):
        assert len(repair_percent(text)) == len(text)


def test_a_unit_cell_read_as_yo_is_percent() -> None:
    assert repair_cell("Yo") == "%" and repair_cell(" Fo ") == "%"
    assert repair_cell("orang") == "orang" and repair_cell(85.5) == 85.5 and repair_cell(None) is None


def test_a_decimal_comma_read_as_a_colon_is_a_comma_again_but_a_time_stays() -> None:
    assert repair_cell("88:4") == "88,4" and repair_cell("7:5 %") == "7,5 %"
    assert repair_cell("08:30") == "08:30" and repair_cell("Pukul 7:5") == "Pukul 7:5"


def test_a_percent_look_alike_opening_a_short_header_label_is_the_sign() -> None:
    assert repair_cell("Yo Ang.") == "% Ang." and repair_cell("Fo Realisasi Dana") == "% Realisasi Dana"
    # a one-letter look-alike is a word; a long cell is a name
    assert repair_cell("o Dana") == "o Dana"
    assert repair_cell("Yo Pemuda Pelopor Tingkat Kota") == "Yo Pemuda Pelopor Tingkat Kota"


def test_misread_variants_swap_one_look_alike_digit_or_move_the_comma() -> None:
    variants = misread_variants(100.3)
    assert 100.8 in variants and 1003.0 in variants and 10.03 in variants
    assert 100.4 not in variants and 100.3 not in variants
    assert 5.4 in misread_variants(54)


def test_a_speck_before_a_figure_filling_its_cell_goes() -> None:
    assert repair_cell(".73,15") == "73,15" and repair_cell(": 208") == "208"
    assert repair_cell("`64,5 %").strip() == "64,5 %"
    # a speck inside words or before words stays
    assert repair_cell(".Taman Kota 2") == ".Taman Kota 2"


def test_a_cell_of_figure_pieces_with_letters_glued_on_is_garbled() -> None:
    assert garbled_figure("3 7K") and garbled_figure("4B 0,5")
    assert not garbled_figure("37,5") and not garbled_figure("88,20 7")  # a stray "%" after a figure
    assert not garbled_figure("K6") and not garbled_figure(41.5) and not garbled_figure("12km")


def test_a_figure_cell_broken_by_a_colon_is_garbled() -> None:
    assert garbled_figure("47:36") and garbled_figure("103;25 %")
    assert not garbled_figure("47,36") and not garbled_figure("1.250")


def test_misread_variants_a_rule_read_as_a_leading_one_and_a_percent_as_decimals() -> None:
    assert 64.0 in misread_variants(1164) and 164.0 in misread_variants(1164)
    assert 47.5 in misread_variants(47.538) and 47.53 in misread_variants(47.538)
    assert 47.5 not in misread_variants(47.53)  # two decimals are as reports write them
    assert 4.0 not in misread_variants(14.5)  # only whole figures lose a rule


def test_a_quote_ending_a_scanned_name_is_the_footnotes_mark() -> None:
    assert footnote_mark_repaired('Jumlah Rumah Terendam "', "*") == "Jumlah Rumah Terendam *)"
    assert footnote_mark_repaired("Jumlah Rumah Terendam ”", "**") == "Jumlah Rumah Terendam **)"
    # no footnote gives a mark, or the quote closes a quotation: the name as it was
    assert footnote_mark_repaired('Jumlah Rumah Terendam "', None) == 'Jumlah Rumah Terendam "'
    assert footnote_mark_repaired('Jumlah Kampung "Bersih"', "*") == 'Jumlah Kampung "Bersih"'
    # specks after the mark itself go; a figure after a name without the mark stays
    assert footnote_mark_repaired("Angka Kasus Campak *) 1", "*") == "Angka Kasus Campak *)"
    assert footnote_mark_repaired("Angka Kasus Campak *) : .", "*") == "Angka Kasus Campak *)"
    assert footnote_mark_repaired("Jumlah Posko Tahap 2", "*") == "Jumlah Posko Tahap 2"


def test_a_column_numbering_row_with_one_cell_misread() -> None:
    assert numbering_misread(["(1)", "(2)", "is", "(4)", "(5)", "(6)"])
    assert numbering_misread(["(1).", "(2)", "(3) .", "(4)", None, "(5)"])
    assert not numbering_misread(["(1)", "(2)", "is", "ok"])  # two cells misread: not sure
    assert not numbering_misread(["1", "Jumlah Pasar (unit)", "(4)", "(2)", "(3)"])  # not rising


def test_a_lost_decimal_separator_is_restored_by_the_rows_own_arithmetic() -> None:
    # "12,4" read as "124" on a 200 dpi scan: realisation 11,6 against 12,4 gives the 93,55 stated
    assert lost_separators_restored(124, 11.6, 93.55) == (12.4, 11.6, 93.55)
    # a "%" read as the digits "96" after the achievement's decimals ("84,896" for "84,8%")
    assert lost_separators_restored(250, 212, 84.896) == (250, 212, 84.8)


def test_an_implausible_achievement_is_read_back_by_the_rows_arithmetic() -> None:
    # "82,35%" with its comma lost and its "%" read as "46": only 82,35 agrees with 170 of 140
    assert lost_separators_restored(170, 140, 823546) == (170, 140, 82.35)


def test_a_row_that_agrees_or_that_no_slip_explains_stays_as_read() -> None:
    assert lost_separators_restored(250, 240, 96) == (250, 240, 96)
    # a report's own miscalculation (a few points off) is left for the checks to find
    assert lost_separators_restored(50, 45, 95) == (50, 45, 95)
    # "9177" may be 91,77 against 316, or 9.177 % of 3,16: which figure slipped cannot be told
    assert lost_separators_restored(316, 290, 9177) == (316, 290, 9177)
    assert lost_separators_restored(None, 290, 91.77) == (None, 290, 91.77)


def test_an_ascii_bordered_printout_reads_as_an_unruled_table() -> None:
    text = (
        "+--+------------------+-----+\n"
        "| 1|Luas Taman Kota   |ha   |  12,5|  11,0}\n"
        "t--- +-----+ ee +\n"
        "7]Jumlah Pos Ronda unit 40 38/ 95|\n"
    )
    blanked = ascii_borders_blanked(text)
    assert len(blanked) == len(text)
    lines = blanked.split("\n")
    assert not lines[0].strip() and not lines[2].strip()
    assert lines[1].split() == ["1", "Luas", "Taman", "Kota", "ha", "12,5", "11,0"]
    assert lines[3].split() == ["7", "Jumlah", "Pos", "Ronda", "unit", "40", "38", "95"]


def test_a_page_without_ascii_borders_stays_as_it_was() -> None:
    text = "No Indikator Target\n1 Rasio Guru (per-murid) 20 - 18\n"
    assert ascii_borders_blanked(text) == text
