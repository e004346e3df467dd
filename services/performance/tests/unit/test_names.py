from samarinda_performance.domain.names import name_words, same_indicator_name, units_agree


def test_names_of_one_indicator_across_documents() -> None:
    same = [
        ("Angka Kematian Ibu", "Angka Kematian Ibu Melahirkan"),  # a qualifier more
        (
            "Persentase Rumah Tangga Akses Air Minum Layak",
            "Persentase rumah tangga yang mengakses air minum layak",
        ),
        ("Jumlah Bank Sampah Aktif", "Jumlah Bank Sampah yang Aktif"),
        ("Tunggakan Pajak Bumi dan Bangunan", "Tunggakan PBB-P2"),  # an abbreviation written out
        ("Tingkat Pengangguran Terbuka", "Tingkat Pengangguran Terbuka (TPT)"),
        ("Persentase Rumah Tangga Akses Air Minum Layak", "Persentase Rumah Tangga Akses Air.Minum Layak"),
    ]
    for a, b in same:
        assert same_indicator_name(a, b), (a, b)


def test_names_of_different_indicators_stay_apart() -> None:
    different = [
        ("Angka Kematian Ibu", "Angka Kematian Bayi"),
        ("Angka Partisipasi Murni SD/MI", "Angka Partisipasi Murni SMP/MTs"),
        ("Indeks Kualitas Air", "Indeks Kualitas Udara"),
        ("Persentase Jalan dalam Kondisi Mantap", "Persentase Jembatan dalam Kondisi Baik"),
        ("Jumlah Kasus", "Jumlah Kasus DBD"),  # too few words in common to add three
        # one short word apart that OCR would not write for the other: a level, an abbreviation
        ("Angka Melek Huruf Penduduk Usia SD", "Angka Melek Huruf Penduduk Usia SMA"),
        ("Persentase Kelurahan Bebas Kasus TBC Aktif", "Persentase Kelurahan Bebas Kasus HIV Aktif"),
    ]
    for a, b in different:
        assert not same_indicator_name(a, b), (a, b)


def test_name_words_drop_filler_words_and_affixes() -> None:
    assert name_words("2. Persentase Anak yang Ditangani") == ("persentase", "anak", "tangani")
    assert name_words("Persentase Anak Tertangani") == ("persentase", "anak", "tangani")


def test_units_agree_unless_both_stated_and_different() -> None:
    assert units_agree("%", "persen") and units_agree(None, "km") and not units_agree("%", "jiwa")


def test_a_name_leaving_its_count_word_implied_names_the_same_indicator() -> None:
    # a realisation report writes the output without "Jumlah", and may say how it was delivered
    assert same_indicator_name("Jumlah peserta pelatihan kerja", "Peserta pelatihan kerja yang dilatih")
    assert same_indicator_name(
        "Jumlah warga terlayani mobil keliling", "Warga yang dilayani melalui mobil keliling"
    )
    # two indicators still: another object counted
    assert not same_indicator_name("Jumlah peserta pelatihan kerja", "Jumlah instruktur pelatihan kerja")
