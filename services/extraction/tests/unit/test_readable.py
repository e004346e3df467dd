"""Readable characters: what two readings of one page are compared by, without a ground truth."""

from samarinda_extraction.domain.readable import LINE_COST, readable, reading_score
from samarinda_extraction.readers.lexicon import ocr_lexicon

# An invented lexicon: the test words only, as the models' word lists would hold them.
LEXICON = frozenset({"laporan", "bulanan", "gudang", "obat", "diterima", "oleh", "petugas", "kali"})
SURE = 92.0


def _lines(*lines: str, confidence: float = SURE) -> list[list[tuple[str, float]]]:
    return [[(word, confidence) for word in line.split()] for line in lines]


def test_words_of_the_lexicon_count_in_any_case_with_edge_punctuation_aside() -> None:
    score = reading_score(_lines("Laporan (Bulanan), GUDANG"), LEXICON)
    assert score == len("LaporanBulananGUDANG") - LINE_COST


def test_reduplicated_and_hyphenated_words_count_when_each_part_is_a_word() -> None:
    assert readable("petugas-petugas", LEXICON)
    assert not readable("petugas-xq", LEXICON)


def test_numbers_amounts_dates_and_codes_of_a_valid_shape_count() -> None:
    for shape in ("47", "3.785.500,00", "Rp.12.000", "09-11-2026", "7.4.05.12.0031", "62,5%", "15.000,-"):
        assert readable(shape, LEXICON), shape


def test_a_letter_number_counts_when_its_parts_are_numbers_numerals_or_abbreviations() -> None:
    assert readable("027/0815/Dinkes/IX/2026", LEXICON)
    assert readable("800/17/BKPSDM/XII/2025", LEXICON)
    assert not readable("800/1?;/BKPSDM/XII", LEXICON)


def test_strokes_read_as_other_letters_do_not_count() -> None:
    # A fax's broken strokes, smoothed, come back as confident non-words and digit-letter mixes.
    for garbage in ("Iaporan", "gudaug", "0bat", "di1erima", "|l|", "rn.", "5l"):
        assert not readable(garbage, LEXICON), garbage


def test_the_reading_with_more_real_words_wins_though_both_are_as_long_and_as_sure() -> None:
    clean = _lines("Laporan bulanan gudang obat", "diterima oleh petugas")
    smeared = _lines("Laporau bulanan gudaug obat", "diterirna olch petugas")
    assert reading_score(clean, LEXICON) > reading_score(smeared, LEXICON)


def test_words_of_the_lexicon_read_unsurely_count_for_nothing() -> None:
    # A shadow's strokes read as short words of the lexicon at low confidence add nothing.
    page = _lines("Laporan bulanan gudang obat")
    with_junk = [*page, *_lines("oleh kali obat", confidence=35.0)]
    assert reading_score(with_junk, LEXICON) < reading_score(page, LEXICON)


def test_a_reading_broken_into_fragments_loses_to_one_with_the_same_words_in_whole_lines() -> None:
    whole = _lines("Laporan bulanan gudang obat", "diterima oleh petugas")
    fragments = _lines("Laporan", "bulanan", "gudang obat", "diterima", "", "oleh petugas")
    assert reading_score(whole, LEXICON) > reading_score(fragments, LEXICON)
    # More readable text still outweighs a line more.
    assert reading_score([*whole, *_lines("petugas gudang")], LEXICON) > reading_score(whole, LEXICON)


def test_the_lexicon_comes_from_the_installed_models_and_is_empty_for_a_missing_one() -> None:
    lexicon = ocr_lexicon("ind+eng")
    assert {"dan", "yang", "the", "which"} <= lexicon
    assert ocr_lexicon("no-such-model") == frozenset()
