from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.price_catalogue import read_price_tables
from samarinda_common.unit_legend import spelled_out, unit_legend


def test_a_legend_under_the_table_gives_each_code_its_phrase() -> None:
    legend = unit_legend(["Keterangan: OT = orang/tahun; UM = unit per minggu; PKeg = paket/kegiatan."])
    assert legend == {"OT": "orang/tahun", "UM": "unit per minggu", "PKEG": "paket/kegiatan"}


def test_labels_and_lone_words_are_no_legend() -> None:
    assert unit_legend(["Unit: Dinas Pekerjaan Umum", "HARGA = termasuk", "Kode: 1.2.3"]) == {}


def test_a_code_explained_twice_in_different_words_is_left_out() -> None:
    assert unit_legend(["OT = orang/tahun", "OT = orang/trip", "UM = unit/minggu"]) == {"UM": "unit/minggu"}


def test_only_a_satuan_that_is_a_code_is_spelled_out() -> None:
    legend = {"OT": "orang/tahun"}
    assert spelled_out("ot", legend) == "orang/tahun"
    assert spelled_out("Buah", legend) == "Buah"
    assert spelled_out(None, legend) is None


def test_catalogue_rows_priced_per_a_code_read_as_the_legend_spells_it() -> None:
    rows = [
        ["No", "Uraian", "Satuan", "Harga"],
        ["1", "Sewa perahu motor kecil", "UM", "900.000"],
        ["2", "Tali tambang 10 mm", "Roll", "250.000"],
    ]
    text = "Daftar harga\nKeterangan satuan: UM = unit/minggu; OT = orang/tahun."
    page = Page(number=1, text=text, method=ExtractionMethod.TEXT)
    items, _ = read_price_tables([Table(page=1, index=0, rows=rows)], pages=[page])
    assert [(item.satuan, item.satuan_kode) for item in items] == [("unit/minggu", "UM"), ("Roll", None)]


def test_a_legend_in_a_sheet_cell_below_the_table_is_read_too() -> None:
    rows = [
        ["No", "Uraian", "Satuan", "Harga"],
        ["1", "Honor juri lomba", "OT", "1.200.000"],
        ["Keterangan: OT = orang/tahun", None, None, None],
    ]
    items, _ = read_price_tables([Table(sheet="SBU", index=0, rows=rows)])
    assert [item.satuan for item in items] == ["orang/tahun"]
