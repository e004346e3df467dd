from samarinda_rka_review.domain.merged_columns import split_name_and_count, split_unit_and_price
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


def test_a_count_run_into_its_name_is_split_under_an_uraian_and_koefisien_label() -> None:
    rows = [
        ["No", "Rekening / Uraian Koefisien", "Satuan", "Harga Satuan", "Jumlah"],
        ["5.1.02.01.01.0012 Belanja Bahan-Bahan Lainnya", None, None, None, None],
        ["1", "Ember Cor Karet 40 Buah", "Buah", "21.500", "860.000"],
        ["2", "Kertas Kraft A3 80 gr 6 Rim", "Rim", "74.000", "444.000"],
        ["3", "Tikar Pandan 5 Lembar x 3 Keg = 15", "Lembar", "33.000", "495.000"],
        ["4", "Gula Pasir 12 Pak isi 10", "Pak isi 10", "160.000", "1.920.000"],
    ]
    split = split_name_and_count(rows, RKA_COLUMNS)
    assert split is not None
    assert split[0] == ["No", "Rekening / Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"]
    assert split[1] == ["5.1.02.01.01.0012 Belanja Bahan-Bahan Lainnya", None, None, None, None, None]
    assert split[2][1:3] == ["Ember Cor Karet", "40 Buah"]
    assert split[3][1:3] == ["Kertas Kraft A3 80 gr", "6 Rim"]
    assert split[4][1:3] == ["Tikar Pandan", "5 Lembar x 3 Keg = 15"]
    assert split[5][1:3] == ["Gula Pasir", "12 Pak isi 10"]


def test_names_without_counts_under_an_uraian_label_are_left_alone() -> None:
    rows = [
        ["No", "Uraian Koefisien", "Satuan", "Harga Satuan", "Jumlah"],
        ["1", "Ember Cor Karet", "Buah", "21.500", "860.000"],
        ["2", "Kertas Kraft A3", "Rim", "74.000", "444.000"],
        ["3", "Tikar Pandan", "Lembar", "33.000", "495.000"],
    ]
    assert split_name_and_count(rows, RKA_COLUMNS) is None
