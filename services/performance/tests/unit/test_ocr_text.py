from samarinda_performance.domain.ocr_text import repair_cell, repair_percent


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
