"""A total over the rows of one table that the question selects by a value it names (a provider,
a district), or over every row ("semua ..."), each row stated; never over rows of two tables."""

from __future__ import annotations

from functools import partial

from samarinda_ask.domain.answering import extractive_answer
from samarinda_ask.domain.named_periods import period_as_months
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

_rows = partial(table_rows, opd="DISPERKIM")


CONTRACTS = _rows(
    "kontrak_taman_2031.xlsx",
    [
        "No: 1 | Paket: Penataan Taman Cendana | Penyedia: CV Rimba Hijau | Nilai (Rp): 410000000",
        "No: 2 | Paket: Pagar Taman Kenari | Penyedia: PT Lestari Bangun | Nilai (Rp): 275500000",
        "No: 3 | Paket: Air Mancur Taman Meranti | Penyedia: CV Rimba Hijau | Nilai (Rp): 132250000",
        "No: 4 | Paket: Jalur Pejalan Taman Ulin | Penyedia: CV Rimba Hijauan | Nilai (Rp): 90000000",
    ],
)

# "Jumlah Bibit" and "Bibit Ditanam" are equal on most rows: the rows where they differ tell
# which column answers; a remark ("sisa ditanam tahap II") names the stage but selects no row.
PLANTING = _rows(
    "penanaman_bibit_2031.xlsx",
    [
        "Wilayah: Loa Kulu Hilir | Desa: Batu Putih | Jumlah Bibit: 300 | Bibit Ditanam: 300 | Ket.: -",
        "Wilayah: Loa Kulu Hilir | Desa: Sungai Hilir | Jumlah Bibit: 250 | Bibit Ditanam: 240"
        " | Ket.: sisa ditanam tahap II",
        "Wilayah: Loa Kulu Hilir | Desa: Rantau | Jumlah Bibit: 180 | Bibit Ditanam: 180 | Ket.: -",
        "Wilayah: Tenggarong | Desa: Hilir Baru | Jumlah Bibit: 410 | Bibit Ditanam: 400"
        " | Ket.: sisa ditanam tahap II",
    ],
)

QUARTERS = _rows(
    "retribusi_pasar_2031.xlsx",
    [
        "No: 1 | Pasar: Pasar Kemuning | TW I (Rp): 11000000 | TW II (Rp): 12500000 | Jumlah (Rp): 23500000",
        "No: 2 | Pasar: Pasar Seroja | TW I (Rp): 9000000 | TW II (Rp): 9750000 | Jumlah (Rp): 18750000",
        "No: 3 | Pasar: Pasar Angsoka | TW I (Rp): 7250000 | TW II (Rp): 8000000 | Jumlah (Rp): 15250000",
    ],
)


def test_a_total_for_one_named_value_adds_the_rows_holding_it() -> None:
    question = parse_question("Tahun 2031 CV Rimba Hijau menangani paket dengan total nilai kontrak berapa?")
    assert question.asks_total and not question.wants_sum
    result = extractive_answer(question, CONTRACTS)
    assert result.found
    assert result.text.startswith("Rp 542.250.000")  # 410.000.000 + 132.250.000, not "Rimba Hijauan"
    assert "Penataan Taman Cendana" in result.text and "Air Mancur Taman Meranti" in result.text
    assert len(result.citations) == 2
    assert result.summed  # added here: the LLM path keeps this answer rather than add itself


def test_one_value_in_one_row_is_that_row_not_a_sum() -> None:
    question = parse_question("Total nilai kontrak PT Lestari Bangun tahun 2031 berapa?")
    result = extractive_answer(question, CONTRACTS)
    assert result.found
    assert result.text.startswith("Rp 275.500.000")
    assert len(result.citations) == 1
    assert not result.summed


def test_rows_of_a_named_district_are_added_not_a_village_sharing_a_word() -> None:
    question = parse_question(
        "Bibit yang sudah ditanam di seluruh desa Wilayah Loa Kulu Hilir tahun 2031 ada berapa bibit?"
    )
    result = extractive_answer(question, PLANTING)
    assert result.found
    # 300 + 240 + 180 from "Bibit Ditanam" (the "Hilir Baru" row of Tenggarong is not one of them)
    assert result.text.startswith("720")
    assert "Batu Putih" in result.text and "Rantau" in result.text and "Hilir Baru" not in result.text
    assert len(result.citations) == 3


def test_every_row_of_one_column_when_all_are_asked_and_the_sum_verb_is_read() -> None:
    question = parse_question("Retribusi semua pasar di triwulan II 2031 kalau dijumlah berapa?")
    assert question.wants_sum
    assert "dijum" not in question.terms  # a word asking to add, not content
    result = extractive_answer(question, QUARTERS)
    assert result.found
    assert result.text.startswith("Rp 30.250.000")  # 12.500.000 + 9.750.000 + 8.000.000
    assert len(result.citations) == 3


def test_rows_of_two_tables_are_never_added_together() -> None:
    other = _rows(
        "kontrak_taman_perubahan_2031.xlsx",
        [
            "No: 1 | Paket: Lampu Taman Cendana | Penyedia: CV Rimba Hijau | Nilai (Rp): 50000000",
            "No: 2 | Paket: Bangku Taman Meranti | Penyedia: CV Rimba Hijau | Nilai (Rp): 70000000",
        ],
    )
    question = parse_question("Tahun 2031 CV Rimba Hijau menangani paket dengan total nilai kontrak berapa?")
    result = extractive_answer(question, [*CONTRACTS, *other])
    assert not result.text.startswith("Rp 542.250.000, jumlah")
    assert not result.text.startswith("Rp 120.000.000, jumlah")
    assert len({c.document for c in result.citations}) <= 1


def test_a_stated_total_row_is_cited_instead_of_adding() -> None:
    with_total = [
        *QUARTERS,
        *_rows(
            "retribusi_pasar_2031.xlsx",
            ["Pasar: Jumlah | TW I (Rp): 27250000 | TW II (Rp): 30250000 | Jumlah (Rp): 57500000"],
        ),
    ]
    question = parse_question("Retribusi semua pasar di triwulan II 2031 kalau dijumlah berapa?")
    result = extractive_answer(question, with_total)
    assert result.found
    assert result.text.startswith("Rp 30.250.000")
    assert len(result.citations) == 1


def test_a_quarter_or_half_year_is_written_out_as_its_months() -> None:
    assert period_as_months("Berapa total debit air triwulan II 2031?") == (
        "Berapa total debit air April, Mei dan Juni 2031?"
    )
    assert period_as_months("kunjungan TW 4") == "kunjungan Oktober, November dan Desember"
    assert period_as_months("pasien semester II 2030") == (
        "pasien Juli, Agustus, September, Oktober, November dan Desember 2030"
    )
    assert period_as_months("triwulan V") is None  # no fifth quarter
    assert period_as_months("realisasi tahun 2031") is None


def test_a_quarter_over_a_monthly_table_sums_its_months_rows() -> None:
    monthly = _rows(
        "debit_air_bulanan_2031.csv",
        [
            f"bulan: {month} | tahun: 2031 | debit_m3: {volume}"
            for month, volume in [("Maret", 900), ("April", 1200), ("Mei", 1150), ("Juni", 1300), ("Juli", 7)]
        ],
    )
    asked = period_as_months("Berapa total debit_m3 air triwulan II 2031?")
    assert asked is not None
    result = extractive_answer(parse_question(asked), monthly)
    assert result.found
    assert result.text.startswith("3.650")  # April + Mei + Juni
    assert len(result.citations) == 3


def test_a_whole_place_asked_with_se_is_a_sum_over_its_rows() -> None:
    assert parse_question("total kursi yang dipasang se-kota tahun 2031 berapa?").wants_sum
    assert not parse_question("total kursi yang dipasang di Taman Seroja tahun 2031 berapa?").wants_sum


# A district named in common words only ("Kota Lama") has no content terms to find its row by.
FLOODS = _rows(
    "kejadian_banjir_2031.xlsx",
    [
        "No: 1 | Kecamatan: Kota Lama | Kejadian: 7",
        "No: 2 | Kecamatan: Tanjung Rawa | Kejadian: 4",
        "No: 3 | Kecamatan: Rawa Tengah | Kejadian: 9",
        "No: 4 | Kecamatan: Bukit Rawa | Kejadian: 5",
    ],
)


def test_listed_names_written_whole_find_their_rows_even_in_common_words() -> None:
    question = parse_question("Total kejadian banjir 2031 di Kota Lama, Tanjung Rawa dan Bukit Rawa?")
    result = extractive_answer(question, FLOODS)
    assert result.found and result.summed
    assert result.text.startswith("16")  # 7 + 4 + 5, not "Rawa Tengah"
    assert "Kota Lama" in result.text and "Rawa Tengah" not in result.text


def test_names_written_whole_must_be_as_many_as_the_things_listed() -> None:
    # "Rawa" alone names no row: two names written whole for three things listed adds nothing up.
    question = parse_question("Total kejadian banjir 2031 di Kota Lama, Tanjung Rawa dan Rawa?")
    result = extractive_answer(question, FLOODS)
    assert not (result.found and result.text.startswith("11"))


# "Jumlah" totals the two columns before it; "Jumlah Rumah" after it counts another thing.
HOUSEHOLDS = _rows(
    "warga_per_dusun_2031.csv",
    [
        "Dusun: Mekar Sari | Pria: 1210 | Wanita: 1190 | Jumlah: 2400 | Jumlah Rumah: 610",
        "Dusun: Tunas Jaya | Pria: 980 | Wanita: 1020 | Jumlah: 2000 | Jumlah Rumah: 540",
        "Dusun: Bina Karya | Pria: 1505 | Wanita: 1495 | Jumlah: 3000 | Jumlah Rumah: 720",
    ],
)


def test_a_count_summed_over_rows_takes_each_rows_own_total_not_a_count_right_of_it() -> None:
    question = parse_question("jumlah warga dusun Mekar Sari dan Bina Karya tahun 2031 berapa?")
    result = extractive_answer(question, HOUSEHOLDS)
    assert result.found and result.summed
    assert result.text.startswith("5.400")  # 2.400 + 3.000, not 610 + 720 houses
    assert "Rp" not in result.text
