"""Unruled tables (no vertical rules): columns from the words' x-alignment, a narrow number
column a word space from the codes beside it, rows set apart wider than a wrapped cell's
lines, a header set apart wider still; lone symbols read as letter pairs."""

from samarinda_extraction.domain.ocr_tables import (
    Word,
    gutters,
    lone_letter_pairs,
    mostly_filled,
    symbol_read_again,
    text_columns,
    unruled_tables,
)

CHAR = 18  # px per character
SPACE = 14  # a word space


def _words(y: int, x: int, text: str, order: int) -> list[Word]:
    out = []
    for part in text.split():
        out.append(
            Word(text=part, confidence=94.0, x0=x, y0=y, x1=x + CHAR * len(part), y1=y + 30, order=order)
        )
        x += CHAR * len(part) + SPACE
        order += 1
    return out


# (No, Kode, Nama, Satuan, Harga): the number right-aligned at x=300, the code a word space after.
BODY = [
    ("1", "7.4.03.02.11", "Sapu ijuk", "Buah", "21.000"),
    ("2", "7.4.03.02.15", "Kain pel katun", "Buah", "18.500"),
    ("3", "7.4.03.05.02", "Ember plastik", "Buah", "32.000"),
    ("4", "7.4.03.05.07", "Sikat lantai gagang panjang", "Buah", "27.500"),
    ("5", "7.4.04.01.01", "Sabun cair", "Botol", "15.750"),
    ("6", "7.4.04.01.09", "Pengharum ruangan", "Kaleng", "39.900"),
    ("7", "7.4.04.02.03", "Kantong sampah", "Pak", "12.250"),
    ("8", "7.4.04.02.08", "Tisu gulung", "Pak", "44.000"),
]


def _page(glue: set[str]) -> list[Word]:
    """The price list: header 90 px above the first row, rows every 56 px, the fourth row's
    name wrapped onto a second line 42 px below; numbers in ``glue`` read as one word with
    their code (as Tesseract does with a digit a word space from the next)."""
    words: list[Word] = []
    y = 500
    for x, text in [(250, "No"), (420, "Kode"), (760, "Nama Barang"), (1500, "Satuan"), (1800, "Harga")]:
        words += _words(y, x, text, len(words))
    y += 90
    for no, code, name, unit, price in BODY:
        if no in glue:
            words += _words(y, 300 - CHAR * len(no), no + code, len(words))
        else:
            words += _words(y, 300 - CHAR * len(no), no, len(words))
            words += _words(y, 300 + SPACE, code, len(words))
        if len(name) > 20:
            head, tail = name.rsplit(" ", 1)
            words += _words(y, 760, head, len(words))
            words += _words(y + 42, 760, tail, len(words))
        else:
            words += _words(y, 760, name, len(words))
        words += _words(y, 1500, unit, len(words))
        words += _words(y, 1960 - CHAR * len(price), price, len(words))
        y += 56 + (42 if len(name) > 20 else 0)
    words += _words(
        y + 80, 250, "Harga sudah termasuk pajak dan merupakan batas tertinggi yang berlaku.", len(words)
    )
    return words


def test_a_price_list_without_rules_gives_every_row_and_its_header() -> None:
    [table] = unruled_tables(_page(glue=set()))
    assert table.rows[0] == ["No", "Kode", "Nama Barang", "Satuan", "Harga"]
    assert table.rows[1:] == [list(row) for row in BODY]


def test_a_row_number_glued_to_its_code_is_cut_at_the_gutter() -> None:
    [table] = unruled_tables(_page(glue={"1", "6"}))
    assert table.rows[1:] == [list(row) for row in BODY]


def test_a_narrow_gutter_found_in_every_row_is_a_column_but_a_word_space_is_not() -> None:
    lines = [
        _words(100, 100, "12", 0) + _words(100, 100 + 2 * CHAR + SPACE + 6, "ab.cd", 2),
        _words(150, 100, "13", 0) + _words(150, 100 + 2 * CHAR + SPACE + 6, "ef", 2),
        _words(200, 100, "14", 0) + _words(200, 100 + 2 * CHAR + SPACE + 6, "gh.ij.kl", 2),
    ]
    assert len(gutters(lines, 30)) == 3  # left end, one gutter, right end
    prose = [_words(100, 100, "satu dua tiga", 0), _words(150, 100, "empat lima enam", 0)]
    assert gutters(prose, 30) == [100, max(w.x1 for line in prose for w in line) + 1]


def test_a_narrow_gutter_holds_when_some_row_numbers_end_a_pixel_into_it() -> None:
    # A cash book: right-aligned row numbers, those of two digits boxed a pixel or two further
    # right than those of one, a date a narrow gap after them, each row's description wrapped
    # onto two more lines and one of its two amount columns empty. The numbers reaching into
    # the gap still stand on its left: the number and the date are two columns.
    header = [(250, "No"), (380, "Tanggal"), (700, "Uraian"), (1100, "Masuk"), (1400, "Keluar")]
    lines = [[w for x, label in header for w in _words(100, x, label, 0)]]
    for i in range(1, 13):
        y = 100 + 150 * i
        number = str(i)
        end = 302 if i >= 10 else 300
        lines.append(
            _words(y, end - CHAR * len(number), number, 0)
            + _words(y, 326, f"{i:02d}-03-2031", 1)
            + _words(y, 700, "Belanja bahan", 2)
            + _words(y, (1100, 1400)[i % 2], f"{i}.250.000", 4)
        )
        lines.append(_words(y + 45, 700, "habis pakai", 5))
        lines.append(_words(y + 90, 700, "kantor", 7))
    edges = gutters(lines, 30)
    assert 300 < edges[1] < 326  # the numbers' column is one of its own


def test_rows_with_a_sparse_column_keep_it() -> None:
    # A remark in two rows of ten: its words lie inside the gap between the other columns,
    # which is then no gutter there.
    lines = []
    for i in range(10):
        line = _words(100 + 50 * i, 100, f"Item{i}", 0) + _words(100 + 50 * i, 1400, "99", 5)
        if i in (3, 7):
            line += _words(100 + 50 * i, 700, "catatan", 3)
        lines.append(line)
    edges = gutters(lines, 30)
    assert len(edges) == 4  # three columns


def test_a_word_whose_box_a_speck_widened_into_the_gutter_leaves_the_gutter_open() -> None:
    # A short status column, then remarks starting a gap of 40 px after it. On two faxed rows a
    # speck before the remark was read with it, its box starting 36 px early: most of the word
    # is still the remarks' column, and the two columns stay apart.
    names = ["Surat", "Kuitansi", "Nota", "Faktur", "Daftar", "Laporan"]
    remarks = ["Berkas", "Disetor", "Lengkap", "Dicatat", "Sesuai", "Terlampir"]
    lines = []
    for i in range(12):
        y = 100 + 50 * i
        remark = _words(y, 476, remarks[i % 6], 3)
        if i in (4, 9):
            remark[0] = Word(remark[0].text, 70.0, 440, y, remark[0].x1, y + 30, order=3)
        lines.append(_words(y, 100, names[i % 6], 0) + _words(y, 400, "Ya", 2) + remark)
    edges = gutters(lines, 30)
    assert len(edges) == 4  # three columns
    assert 400 + 2 * CHAR < edges[2] < 476


def test_a_lone_letter_pair_is_read_again_but_short_words_of_prose_are_not() -> None:
    words = _words(100, 100, "Cakupan layanan", 0) + _words(100, 900, "Yo", 5) + _words(100, 1300, "88,10", 6)
    words += _words(160, 100, "tinggal di kota ke pasar", 10)
    assert [w.text for w in lone_letter_pairs(words)] == ["Yo"]
    assert symbol_read_again("Yo", ["%"]) == "%"
    assert symbol_read_again("Yo", ["Yo"]) is None
    assert symbol_read_again("di", ["di"]) is None
    assert symbol_read_again("Yo", ["%", "o"]) is None


VOCABULARY = [
    "warga",
    "dapat",
    "membeli",
    "beras",
    "minyak",
    "dan",
    "gula",
    "dengan",
    "harga",
    "di",
    "bawah",
    "pasar",
    "selama",
    "pekan",
    "ini",
    "jadwal",
    "keliling",
    "armada",
    "tersusun",
    "menurut",
    "wilayah",
    "tanggal",
    "berikut",
    "petugas",
    "kelurahan",
    "mencatat",
    "setiap",
    "pembeli",
    "agar",
    "kuota",
    "terbagi",
    "rata",
    "antarwarga",
    "yang",
    "terdaftar",
    "sebagai",
    "penerima",
    "manfaat",
]


def _prose_line(i: int, width: int) -> str:
    """A line of prose about ``width`` characters long, its words a different run each line."""
    words: list[str] = []
    k = 7 * i
    while sum(len(w) + 1 for w in words) < width:
        words.append(VOCABULARY[k % len(VOCABULARY)])
        k += 3
    return " ".join(words)


def _two_column_page() -> list[Word]:
    """A newsletter: prose in the left column; in the right, prose, a three-column schedule,
    prose again; a headline across both columns at the top."""
    words = _words(100, 300, "Pasar Murah Digelar di Enam Kecamatan", 0)
    for i in range(24):
        y = 200 + 50 * i
        words += _words(y, 100, _prose_line(i, 36), len(words))
        if i < 6 or i >= 14:
            words += _words(y, 1300, _prose_line(i + 50, 36), len(words))
    schedule = [
        ("Wilayah", "Armada", "Tanggal"),
        ("Bukit Indah", "3", "4 Mei 2026"),
        ("Teluk Lerong", "2", "6 Mei 2026"),
        ("Gunung Kelua", "4", "9 Mei 2026"),
        ("Rapak Dalam", "2", "12 Mei 2026"),
    ]
    for r, (area, fleet, date) in enumerate(schedule):
        y = 200 + 50 * (7 + r)
        words += _words(y, 1300, area, len(words))
        words += _words(y, 1700, fleet, len(words))
        words += _words(y, 1900, date, len(words))
    return words


def test_a_table_inside_one_column_of_a_two_column_page_is_found_within_its_column() -> None:
    page = _two_column_page()
    left, right = text_columns(page)
    assert all(w.x1 < 1250 for w in left) and all(w.x0 > 1250 for w in right)
    [table] = [t for t in unruled_tables(right) if mostly_filled(t)]
    assert table.rows == [
        ["Wilayah", "Armada", "Tanggal"],
        ["Bukit Indah", "3", "4 Mei 2026"],
        ["Teluk Lerong", "2", "6 Mei 2026"],
        ["Gunung Kelua", "4", "9 Mei 2026"],
        ["Rapak Dalam", "2", "12 Mei 2026"],
    ]


def test_a_page_of_one_column_has_no_text_columns() -> None:
    words = [w for i in range(20) for w in _words(100 + 50 * i, 100, _prose_line(i, 70), 0)]
    assert text_columns(words) == []


def test_a_grid_of_mostly_empty_cells_is_prose_cut_at_its_gaps() -> None:
    from samarinda_extraction.domain.ocr_tables import Box, OcrTable

    box = Box(0, 0, 1, 1)
    assert mostly_filled(OcrTable([["a", "b", "c"], ["d", None, "f"]], box))
    assert not mostly_filled(OcrTable([["a", None, None, "b"], [None, "c", None, None]], box))


def test_a_line_of_specks_across_the_columns_ends_the_table() -> None:
    # A stamp's strokes read as words right under the last row, bridging the columns.
    words = [w for w in _page(glue=set()) if not w.text.startswith(("Harga", "sudah"))]
    last = max(w.y0 for w in words)
    for x, text in [(480, "eaeaea eaeaea eaeaea"), (1200, "ooeooe ooeooe ooeooe"), (1700, "aeeaee aeeaee")]:
        words += _words(last + 56, x, text, len(words))
    # and a note right under them, which must not run into the table
    words += _words(last + 112, 250, "Catatan harga dapat berubah mengikuti hasil survei pasar", len(words))
    words += _words(last + 168, 250, "yang dilakukan setiap semester oleh tim penyusun standar", len(words))
    [table] = unruled_tables(words)
    assert table.rows[1:] == [list(row) for row in BODY]


def test_a_line_below_a_short_table_whose_words_straddle_a_gutter_is_no_row_of_it() -> None:
    """A signature line under a short unruled table (a photographed report), at the table's own
    line pitch, one word under the target column and the next a word space away under the
    realisation column: it is no wrapped cell (those stay in one column) and no row (it has fewer
    segments than the table has columns), so it neither joins the table nor closes the gutter
    between the two value columns."""
    words: list[Word] = []
    y = 400
    for x, text in [(250, "Indikator"), (900, "Target"), (1200, "Realisasi")]:
        words += _words(y, x, text, len(words))
    for indicator, target, done in [
        ("Angka partisipasi sekolah", "92,5", "93,1"),
        ("Rasio guru per murid", "18,0", "17,4"),
        ("Sekolah terakreditasi", "75,0", "71,2"),
    ]:
        y += 56
        words += _words(y, 250, indicator, len(words))
        words += _words(y, 920, target, len(words))
        words += _words(y, 1220, done, len(words))
    words += _words(y + 56, 800, "Ditandatangani Sekretariat", len(words))
    [table] = unruled_tables(words)
    assert table.rows[-1] == ["Sekolah terakreditasi", "75,0", "71,2"]
    assert len(table.rows) == 4


# (No, Barang, Satuan, Harga): units centred on x=1400, amounts right-aligned at x=1800.
CENTRED_UNITS = [
    ("1", "Cat tembok", "Kaleng", "245.000"),
    ("2", "Kuas roll", "Buah", "38.500"),
    ("3", "Semen putih", "Kilogram", "9.500"),
    ("4", "Lakban", "Gulung", "14.250"),
    ("5", "Amplas halus", "Lembar", "3.750"),
    ("6", "Sarung tangan", "Lusin", "62.000"),
]


def _centred_units_page() -> list[Word]:
    """Units centred under "Satuan", amounts right-aligned under a header that stands wider than
    them, starting only 20 px after the longest unit ends: 202 px of the body's gutter between the
    two columns are free, but at the header line only 20, as narrow as a word space."""
    words: list[Word] = []
    y = 400
    for x, text in [(250, "No"), (330, "Barang"), (1400 - 3 * CHAR, "Satuan"), (1492, "Harga Satuan (Rp)")]:
        words += _words(y, x, text, len(words))
    for no, name, unit, price in CENTRED_UNITS:
        y += 56
        words += _words(y, 300 - CHAR * len(no), no, len(words))
        words += _words(y, 330, name, len(words))
        words += _words(y, 1400 - CHAR * len(unit) // 2, unit, len(words))
        words += _words(y, 1800 - CHAR * len(price), price, len(words))
    return words


def test_a_header_wider_than_its_amounts_leaves_their_gutter_to_the_units_beside_them() -> None:
    [table] = unruled_tables(_centred_units_page())
    assert table.rows[0] == ["No", "Barang", "Satuan", "Harga Satuan (Rp)"]
    assert table.rows[1:] == [list(row) for row in CENTRED_UNITS]


def test_the_tail_of_a_wrapped_id_under_no_header_is_no_column() -> None:
    from samarinda_extraction.domain.ocr_tables import without_unheaded_tails

    # (No, Nama / ID, Kelas): each name wraps onto an ID of fixed-width digit groups, so its
    # last group stands at the same x on every row, a word space from the group before it.
    lines = [_words(100, 100, "No", 0) + _words(100, 300, "Nama / ID", 1) + _words(100, 900, "Kelas", 4)]
    for i, name in enumerate(("Rina Marlina", "Joko Susilo", "Ani Wulandari")):
        y = 200 + 120 * i
        lines.append(
            _words(y, 100, str(i + 1), 10 * i) + _words(y, 300, name, 10 * i + 1) + _words(y, 900, "B", 9)
        )
        lines.append(_words(y + 45, 300, "4401 2207 0315", 10 * i + 5))
    tail = 300 + 2 * (4 * CHAR + SPACE)  # where the ID's last group starts
    edges = [100, 200, tail - SPACE // 2, 880, 1000]
    assert without_unheaded_tails(edges, lines, 30.0) == [100, 200, 880, 1000]
    # a headed narrow column beside the ID (a check digit of its own) stays
    lines[0] += _words(100, tail, "Cek", 7)
    assert without_unheaded_tails(edges, lines, 30.0) == edges


def test_a_word_guessed_at_in_a_gutter_closes_no_column() -> None:
    # Two columns, a gutter from x=300 to x=400; on two lines a smudge run into the word beside
    # it is read as one word at a confidence of 15 that starts in the gutter.
    lines = [
        _words(100 + 50 * i, 300 - CHAR * 4, "Kode", 0) + _words(100 + 50 * i, 400, "Nama", 1)
        for i in range(5)
    ]
    for i in (1, 3):
        lines[i][1] = Word(
            text="“Nama", confidence=15.0, x0=305, y0=100 + 50 * i, x1=472, y1=130 + 50 * i, order=1
        )
    assert len(gutters(lines, 30.0)) == 3
    # read surely, such a word is a column's (the gap is no gutter)
    lines[1][1] = Word(text="“Nama", confidence=90.0, x0=305, y0=150, x1=472, y1=180, order=1)
    lines[3][1] = Word(text="“Nama", confidence=90.0, x0=305, y0=250, x1=472, y1=280, order=1)
    assert len(gutters(lines, 30.0)) == 2


def test_specks_are_marks_a_pixel_or_two_across() -> None:
    from samarinda_extraction.domain.ocr_tables import specks

    text = _words(100, 100, "Sapu ijuk Buah", 0)
    dust = Word(text=":", confidence=60.0, x0=400, y0=120, x1=402, y1=122, order=9)
    full_stop = Word(text=".", confidence=60.0, x0=500, y0=124, x1=506, y1=130, order=10)
    assert specks([*text, dust, full_stop]) == [dust]


def test_a_cell_running_up_to_the_next_column_does_not_end_the_table() -> None:
    # A list of recipients: a row's name comes within a word space of the address column and
    # another row's address within a word space of the village column, so that the runs of x
    # positions the lines cover merge three columns into one. The rows below, five segments
    # each as every row before, are rows of the table still, not the header of another.
    rows = [
        ("1", "Rini Wulandari", "Kenari 4", "Teluk Dalam", "750.000"),
        ("2", "Muhammad Rizaldi Pratama", "Cempaka 12", "Air Putih", "750.000"),
        ("3", "Sarinah", "Flamboyan Ujung Blok Sebelas", "Teluk Dalam", "900.000"),
        ("4", "Darsono", "Melati 7", "Sempaja", "750.000"),
        ("5", "Yuliana", "Kenari 9", "Air Putih", "900.000"),
        ("6", "Hamdani", "Cempaka 3", "Sempaja", "750.000"),
        ("7", "Kartini", "Melati 21", "Teluk Dalam", "900.000"),
    ]
    columns = (360, 808, 1324)
    words = [
        w
        for x, label in [(250, "No"), (360, "Nama"), (808, "Alamat"), (1324, "Desa"), (1880, "Nilai")]
        for w in _words(400, x, label, 0)
    ]
    for i, (no, *cells, amount) in enumerate(rows):
        y = 490 + 56 * i
        words += _words(y, 286 - CHAR * len(no), no, 0)
        for x, text in zip(columns, cells, strict=False):
            words += _words(y, x, text, 0)
        words += _words(y, 1970 - CHAR * len(amount), amount, 0)
    [table] = unruled_tables(words)
    assert table.rows[0] == ["No", "Nama", "Alamat", "Desa", "Nilai"]
    assert table.rows[1:] == [list(row) for row in rows]
