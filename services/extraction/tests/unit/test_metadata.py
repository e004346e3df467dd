from samarinda_common.extracted import ExtractionMethod, Page
from samarinda_extraction.domain.language import detect_language
from samarinda_extraction.domain.metadata import find_dates, find_opd_names, parse_metadata


def test_indonesian_and_day_first_dates_become_iso() -> None:
    text = "Selasa, 14 Oktober 2025. Samarinda, 3 November 2025; batas 31/12/2025, lalu 1 Agt. 2024."
    assert find_dates(text) == ["2025-10-14", "2025-11-03", "2025-12-31", "2024-08-01"]


def test_impossible_dates_are_ignored() -> None:
    assert find_dates("32/13/2025 dan 30 Februari 2025") == []


def test_opd_names_are_found_whole_and_not_in_travel_or_vehicle_phrases() -> None:
    text = (
        "Tempat : Ruang Rapat Dinas Pendidikan dan Kebudayaan Kota Samarinda\n"
        "Belanja Perjalanan Dinas Dalam Kota\n"
        "Belanja Modal Kendaraan Dinas Bermotor Perorangan\n"
        "Badan Pengelolaan Keuangan dan Aset Daerah Tahun 2025\n"
        "KECAMATAN SAMARINDA ULU\n"
    )
    assert find_opd_names(text) == [
        "Dinas Pendidikan dan Kebudayaan Kota Samarinda",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "KECAMATAN SAMARINDA ULU",
    ]


def test_metadata_cites_the_page_of_each_amount() -> None:
    pages = [
        Page(
            number=1,
            text="Kepala Dinas Kesehatan Kota Samarinda, 3 November 2025",
            method=ExtractionMethod.TEXT,
        ),
        Page(
            number=2, text="pagu sebesar Rp 95.000.000 dan tambahan 1,25 juta", method=ExtractionMethod.TEXT
        ),
    ]
    metadata = parse_metadata(pages)
    assert metadata.dates == ["2025-11-03"]
    assert metadata.opd_names == ["Dinas Kesehatan Kota Samarinda"]
    assert [(a.value, a.page) for a in metadata.amounts] == [(95_000_000, 2), (1_250_000, 2)]


def test_language_by_stop_words() -> None:
    assert (
        detect_language("Rapat membahas rancangan RKA tahun anggaran 2026 untuk seluruh bidang yang ada.")
        == "id"
    )
    assert (
        detect_language("The meeting discussed the draft budget for the year and the targets of this plan.")
        == "en"
    )
    assert detect_language("1 2 3 Rp 5.000") is None
