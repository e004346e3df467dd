from samarinda_performance.domain.ocr_text import misread_variants, repair_cell, repair_percent


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


def test_misread_variants_swap_one_look_alike_digit_or_move_the_comma() -> None:
    variants = misread_variants(100.3)
    assert 100.8 in variants and 1003.0 in variants and 10.03 in variants
    assert 100.4 not in variants and 100.3 not in variants
    assert 5.4 in misread_variants(54)
