from samarinda_rka_review.domain.merged_columns import split_unit_and_price
from samarinda_rka_review.domain.rka_parser import RKA_COLUMNS


def test_a_unit_run_into_its_price_is_split_under_a_header_of_two_labels() -> None:
    rows = [
        ["Rincian Belanja", None, None, None],
        ["No", "Uraian", "Sat Harga Satuan", "Jumlah"],
        [None, "Belanja Bahan", None, "410.000"],
        ["1", "Tali rafia", "Gulung 12.500", "250.000"],
        ["2", "Kapur tulis", "Kotak 8.000", "160.000"],
        ["3", "Lem kertas", "Botol isi 2 4.000", "40.000"],
        ["4", "Map plastik", "2.500", "25.000"],
    ]
    split = split_unit_and_price(rows, RKA_COLUMNS)
    assert split is not None
    assert split[0] == ["Rincian Belanja", None, None, None, None]
    assert split[1] == ["No", "Uraian", "Sat", "Harga Satuan", "Jumlah"]
    assert split[2] == [None, "Belanja Bahan", None, None, "410.000"]
    assert split[3] == ["1", "Tali rafia", "Gulung", "12.500", "250.000"]
    assert split[5] == ["3", "Lem kertas", "Botol isi 2", "4.000", "40.000"]
    assert split[6] == ["4", "Map plastik", None, "2.500", "25.000"]


def test_a_column_of_separate_cells_or_a_single_label_is_left_alone() -> None:
    separate = [
        ["No", "Uraian", "Sat Harga Satuan", "Jumlah"],
        ["1", "Tali rafia", "12.500", "250.000"],
        ["2", "Kapur tulis", "8.000", "160.000"],
        ["3", "Lem kertas", "4.000", "40.000"],
    ]
    assert split_unit_and_price(separate, RKA_COLUMNS) is None
    one_label = [
        ["No", "Uraian", "Keterangan", "Jumlah"],
        ["1", "Tali rafia", "Gulung 12.500", "250.000"],
        ["2", "Kapur tulis", "Kotak 8.000", "160.000"],
        ["3", "Lem kertas", "Botol 4.000", "40.000"],
    ]
    assert split_unit_and_price(one_label, RKA_COLUMNS) is None


def test_a_unit_price_and_total_run_together_are_split_in_three() -> None:
    rows = [
        ["No", "Uraian", "Sat Harga Satuan Jumlah"],
        [None, "Belanja Bahan", "410.000"],
        ["1", "Tali rafia", "Gulung 12.500 250.000"],
        ["2", "Kapur tulis", "Kotak 8.000 160.000"],
        ["3", "Lem kertas", "Botol isi 2 4.000 40.000"],
    ]
    split = split_unit_and_price(rows, RKA_COLUMNS)
    assert split is not None
    assert split[0] == ["No", "Uraian", "Sat", "Harga Satuan", "Jumlah"]
    assert split[1] == [None, "Belanja Bahan", None, None, "410.000"]
    assert split[4] == ["3", "Lem kertas", "Botol isi 2", "4.000", "40.000"]
