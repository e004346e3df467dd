from samarinda_extraction.domain.column_styles import in_column_style


def test_row_numbers_get_the_dot_the_column_sets() -> None:
    rows = [["No", "Item"], ["1.", "Pena"], ["2", "Buku"], ["3.", "Map"], ["4.", "Tinta"], ["5,", "Lem"]]
    assert [row[0] for row in in_column_style(rows)] == ["No", "1.", "2.", "3.", "4.", "5."]
    # half of them read without: the header has no say
    rows = [["No"], ["1."], ["2"], ["3"], ["4."], ["5."], ["6."], ["7"]]
    assert [row[0] for row in in_column_style(rows)] == ["No", "1.", "2.", "3.", "4.", "5.", "6.", "7."]


def test_a_speck_after_a_row_numbers_dot_goes_in_a_column_of_dotted_numbers() -> None:
    rows = [["No"], ["1."], ["2.."], ["3."], ["4.°"], ["5."], ["6.,"]]
    assert [row[0] for row in in_column_style(rows)] == ["No", "1.", "2.", "3.", "4.", "5.", "6."]
    # a column of dates or amounts is no column of row numbers
    rows = [["Tanggal"], ["1.."], ["12.03.2031"], ["4.5.2031"]]
    assert [row[0] for row in in_column_style(rows)] == ["Tanggal", "1..", "12.03.2031", "4.5.2031"]


def test_row_numbers_without_a_clear_style_stay_as_read() -> None:
    rows = [["1.", "a"], ["2", "b"], ["3", "c"], ["4.", "d"]]
    assert in_column_style(rows) == rows


def test_quantities_are_no_row_numbers() -> None:
    rows = [["Pena", "3"], ["Buku", "12"], ["Map", "7"]]
    assert in_column_style(rows) == rows


def test_a_first_digit_read_twice_in_a_column_of_codes() -> None:
    rows = [
        ["7.2.4.01.03.02.005"],
        ["7.2.4.02.01.01.001"],
        ["77.2.4.03.05.01.002"],
        ["7.2.4.01.01.04.010"],
        [None],
    ]
    assert [row[0] for row in in_column_style(rows)] == [
        "7.2.4.01.03.02.005",
        "7.2.4.02.01.01.001",
        "7.2.4.03.05.01.002",
        "7.2.4.01.01.04.010",
        None,
    ]


def test_a_first_digit_read_twice_in_every_long_code_of_a_column() -> None:
    rows = [["Kode"], ["44.1.3.02.07.01.006"], ["44.1.3.05.02.01.011"], ["44.1.3.05.02.03.002"], ["-"]]
    assert [row[0] for row in in_column_style(rows)] == [
        "Kode",
        "4.1.3.02.07.01.006",
        "4.1.3.05.02.01.011",
        "4.1.3.05.02.03.002",
        "-",
    ]
    # a region's codes (four groups) and long codes of unlike first digits stay as read
    rows = [["33.71.04.2005"], ["33.71.04.2006"], ["33.71.05.1002"]]
    assert in_column_style(rows) == rows
    rows = [["44.1.3.02.07.01.006"], ["45.1.3.05.02.01.011"], ["44.1.3.05.02.03.002"]]
    assert in_column_style(rows) == rows


def test_amounts_with_a_doubled_first_digit_are_no_codes_read_twice() -> None:
    rows = [["Harga"], ["4.310.000"], ["44.310.000"], ["4.125.500"], ["7.080.000"], ["5.650.000"]]
    assert in_column_style(rows) == rows


def test_codes_of_another_shape_or_first_group_stay() -> None:
    rows = [["7.2.4.01"], ["7.2.4.02"], ["7.2.4.03"], ["88.2.4.04"], ["77.2.4"], ["12.01.02.2001"]]
    assert in_column_style(rows) == rows


def test_a_minority_of_codes_sets_no_style() -> None:
    rows = [["7.2.4.01"], ["77.2.4.02"], ["Pena"], ["Buku"], ["Map"], ["Tinta"]]
    assert in_column_style(rows) == rows


def test_an_amount_read_with_a_comma_or_split_gets_the_columns_thousands_dots() -> None:
    rows = [["Pagu"], ["1.250.000"], ["750,000"], ["2.400.000"], ["3 12.500.000"], ["980.500"]]
    assert [row[0] for row in in_column_style(rows)] == [
        "Pagu",
        "1.250.000",
        "750.000",
        "2.400.000",
        "312.500.000",
        "980.500",
    ]


def test_commas_stay_in_a_column_without_dotted_amounts() -> None:
    rows = [["1,250"], ["0,500"], ["2.400.000"], ["12 5.000"]]
    assert in_column_style(rows) == rows


def test_a_row_number_with_a_speck_for_a_dot_in_a_column_without() -> None:
    rows = [["No"], ["1"], ["2"], ["3."], ["4"], ["5"], ["Jumlah"]]
    assert [row[0] for row in in_column_style(rows)] == ["No", "1", "2", "3", "4", "5", "Jumlah"]


def test_a_code_ends_in_its_digits() -> None:
    rows = [["4.2.1.07.01.003."], ["4.2.1.07.01.004"], ["Pena"]]
    assert [row[0] for row in in_column_style(rows)] == ["4.2.1.07.01.003", "4.2.1.07.01.004", "Pena"]


def test_marks_and_specks_around_an_amount_in_a_column_of_dotted_amounts() -> None:
    rows = [
        ["Pagu"],
        ["1.250.000"],
        ["57:430.000"],
        ["2.400.000 o"],
        ["980.500"],
        ["12.000"],
        ["40.000"],
        ["3.000 kg"],
    ]
    assert [row[0] for row in in_column_style(rows)] == [
        "Pagu",
        "1.250.000",
        "57.430.000",
        "2.400.000",
        "980.500",
        "12.000",
        "40.000",
        "3.000 kg",
    ]


def test_marks_and_specks_around_a_decimal_in_a_column_of_decimal_commas() -> None:
    rows = [
        ["%"],
        ["12,5"],
        ["48;2"],
        ["70,0 oo"],
        ["33,3"],
        ["91,4."],
        ["25,5 1"],
        ["50,0"],
        ["61,7"],
        ["44,4"],
    ]
    assert [row[0] for row in in_column_style(rows)][:7] == [
        "%",
        "12,5",
        "48,2",
        "70,0",
        "33,3",
        "91,4",
        "25,5 1",
    ]


def test_a_dash_before_an_amount_is_a_speck_only_in_a_column_without_signs_or_nil_dashes() -> None:
    amounts = ["Jumlah", "3.600.000", "- 845.000", "1.120.500", "96.000", "7.250.000"]
    assert [row[0] for row in in_column_style([[cell] for cell in amounts])][2] == "845.000"
    # A column that writes "-" for nil keeps the dash before an amount as read.
    with_nil = [*amounts, "-"]
    assert [row[0] for row in in_column_style([[cell] for cell in with_nil])][2] == "- 845.000"
    # So does a column with a negative amount set close to its sign (a correction line).
    with_negative = [*amounts, "-215.000"]
    read = [row[0] for row in in_column_style([[cell] for cell in with_negative])]
    assert read[2] == "- 845.000"
    assert read[-1] == "-215.000"


def test_a_dash_before_a_decimal_stays_in_a_signed_column_of_decimal_commas() -> None:
    cells = ["Selisih %", "12,5", "- 4,8", "33,3", "-2,5", "61,7", "18,0"]
    assert [row[0] for row in in_column_style([[cell] for cell in cells])][2] == "- 4,8"
    # A speck after the decimal still goes there.
    assert [row[0] for row in in_column_style([[cell] for cell in [*cells, "7,5 o"]])][-1] == "7,5"
