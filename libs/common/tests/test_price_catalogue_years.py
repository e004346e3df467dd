"""A catalogue pricing each item for several fiscal years is read at one year: its own, else the
latest. The other years' columns are comparisons, not prices of other items."""

from __future__ import annotations

from samarinda_common.price_catalogue import detect_year, parse_price_rows, price_column_for_year


def _two_year_rows(title: str) -> list[list[object]]:
    return [
        [title],
        ["No", "Uraian", "Satuan", "Harga Satuan (Rp)", None],
        [None, None, None, "TA 2030", "TA 2031"],
        [1, "Isolasi bening kecil", "Roll", 5_000, 5_300],
        [2, "Pembatas buku magnet", "Lembar", "12.000", "12.600"],
    ]


def test_a_catalogue_with_a_column_per_year_is_read_at_its_own_year() -> None:
    references, context = parse_price_rows(_two_year_rows("STANDAR HARGA BARANG TAHUN ANGGARAN 2030"))
    assert [(r.uraian, r.spesifikasi, r.harga, r.tahun) for r in references] == [
        ("Isolasi bening kecil", None, 5_000, 2030),
        ("Pembatas buku magnet", None, 12_000, 2030),
    ]
    assert context is not None and context.matrix == () and context.year == 2030


def test_without_a_year_of_its_own_the_latest_year_is_read() -> None:
    references, _ = parse_price_rows(_two_year_rows("STANDAR HARGA BARANG"))
    assert [(r.harga, r.tahun) for r in references] == [(5_300, 2031), (12_600, 2031)]


def test_the_year_a_caller_names_wins_over_the_latest() -> None:
    references, _ = parse_price_rows(_two_year_rows("STANDAR HARGA BARANG"), year=2030)
    assert [r.harga for r in references] == [5_000, 12_000]


def test_columns_by_grade_are_not_years() -> None:
    assert price_column_for_year(((3, "Eselon II"), (4, "Eselon III")), 2030) is None
    # two columns of the same year differ by something else (with or without an allowance)
    assert price_column_for_year(((3, "TA 2030 dalam kota"), (4, "TA 2030 luar kota")), 2030) is None
    assert price_column_for_year(((3, "TA 2030"), (4, "TA 2031"), (5, "TA 2029")), None) == (4, 2031)


def test_the_fiscal_year_wins_over_the_year_of_the_enacting_regulation() -> None:
    title = "LAMPIRAN II KEPUTUSAN BUPATI NOMOR 7 TAHUN 2030 — STANDAR HARGA BARANG TAHUN ANGGARAN 2031"
    references, _ = parse_price_rows(_two_year_rows(title))
    assert [(r.harga, r.tahun) for r in references] == [(5_300, 2031), (12_600, 2031)]
    assert detect_year("Perwali Nomor 3 Tahun 2030 tentang SSH T.A. 2031") == 2031
    assert detect_year("Standar Harga Tahun 2030") == 2030
