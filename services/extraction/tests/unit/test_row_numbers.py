from samarinda_extraction.domain.row_numbers import row_numbers_apart


def test_row_numbers_read_into_the_next_column_are_set_apart() -> None:
    rows: list[list[str | None]] = [
        ["No Nama Alat", "Merk", "Jumlah"],
        ["1 Laptop", "Lenovo", "4"],
        ["2 Printer", "Canon", "2"],
        ["Proyektor", "Epson", "1"],  # its number lost
        ["4. Kamera", "Sony", "1"],
        ["TOTAL", None, "8"],
    ]
    assert row_numbers_apart(rows) == [
        ["No", "Nama Alat", "Merk", "Jumlah"],
        ["1", "Laptop", "Lenovo", "4"],
        ["2", "Printer", "Canon", "2"],
        [None, "Proyektor", "Epson", "1"],
        ["4.", "Kamera", "Sony", "1"],
        ["TOTAL", None, None, "8"],
    ]


def test_a_table_whose_numbers_stand_alone_or_do_not_go_up_is_left_as_read() -> None:
    apart: list[list[str | None]] = [
        ["No Urut", "Nama", "Jumlah"],
        ["1", "Laptop", "4"],
        ["2 Printer", "Canon", "2"],
        ["3 Kamera", "Sony", "1"],
        ["4 Meja", "Olympic", "1"],
    ]
    assert row_numbers_apart(apart) == apart
    # Figures in a first column that do not count up are the column's own values.
    values: list[list[str | None]] = [
        ["No Rekening", "Uraian"],
        ["5 Belanja", "a"],
        ["2 Modal", "b"],
        ["7 Barang", "c"],
    ]
    assert row_numbers_apart(values) == values
    unheaded: list[list[str | None]] = [["Nama", "X"], ["1 A", "a"], ["2 B", "b"], ["3 C", "c"]]
    assert row_numbers_apart(unheaded) == unheaded
