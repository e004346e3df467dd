"""An unruled budget report whose account codes and names are both indented by level: no gutter
runs down between the code and the name column, yet they are two columns; a name wraps onto a
second line; a signature block under the amounts is no row of the table; a column of amounts
right-aligned is a column however close its widest amount comes to the names before it."""

from samarinda_extraction.domain.ocr_tables import Word, indented_pair, unruled_tables

CHAR = 18  # px per character
SPACE = 14  # a word space
INDENT = 24  # px per account level


def _words(y: int, x: int, text: str, right: bool = False) -> list[Word]:
    """A cell's words from its left x (or its right x with ``right``), a word space apart."""
    width = CHAR * len(text)
    x = x - width if right else x
    out = []
    for part in text.split():
        out.append(Word(text=part, confidence=93.0, x0=x, y0=y, x1=x + CHAR * len(part), y1=y + 30, order=0))
        x += CHAR * len(part) + SPACE
    return out


# (level, code, name, budget, spent, share); made up. Top levels' amounts are wide (bold), set
# less than the text height apart.
ROWS = [
    (0, "4", "PENDAPATAN DAERAH", "12.480.000.000,00", "6.915.300.000,00", "55,41"),
    (1, "4.1", "PENDAPATAN ASLI DAERAH", "12.480.000.000,00", "6.915.300.000,00", "55,41"),
    (2, "4.1.02", "Retribusi Daerah", "980.000.000,00", "402.750.000,00", "41,10"),
    (3, "4.1.02.01", "Retribusi Jasa Umum", "980.000.000,00", "402.750.000,00", "41,10"),
    (4, "4.1.02.01.07", "Retribusi Pelayanan Pasar Harian", "640.000.000,00", "301.200.000,00", "47,06"),
    (5, "4.1.02.01.07.0002", "Retribusi Kios", "340.000.000,00", "101.550.000,00", "29,87"),
    (2, "4.1.04", "Lain-lain PAD yang Sah", "11.500.000.000,00", "6.512.550.000,00", "56,63"),
]
NAME_X = 520
WRAP = 22  # characters of a name on one line


def _report() -> list[Word]:
    words = _words(400, 140, "Kode Akun") + _words(400, 700, "Uraian")
    words += _words(400, 1570, "Anggaran", right=True) + _words(400, 1900, "Realisasi", right=True)
    words += _words(400, 2100, "%", right=True)
    y = 480
    for level, code, name, budget, spent, share in ROWS:
        words += _words(y, 100 + INDENT * level, code)
        head = name if len(name) <= WRAP else name[:WRAP].rsplit(" ", 1)[0]
        tail = name[len(head) :].strip()
        words += _words(y, NAME_X + INDENT * level, head)
        if tail:
            words += _words(y + 40, NAME_X + INDENT * level, tail)
        words += _words(y, 1570, budget, right=True) + _words(y, 1900, spent, right=True)
        words += _words(y, 2100, share, right=True)
        y += 100 if tail else 60
    words += _words(y, NAME_X, "JUMLAH PENDAPATAN")
    for x, total in [(1570, "12.480.000.000,00"), (1900, "6.915.300.000,00"), (2100, "55,41")]:
        words += _words(y, x, total, right=True)
    words += _words(y + 100, 1450, "Balikpapan, 3 Januari 2027")
    words += _words(y + 160, 1450, "Kepala Badan Keuangan")
    return words


def test_codes_and_names_indented_by_level_are_two_columns_and_a_wrapped_name_stays_whole() -> None:
    [table] = unruled_tables(_report())
    assert table.rows[0] == ["Kode Akun", "Uraian", "Anggaran", "Realisasi", "%"]
    assert table.rows[1:-1] == [list(row[1:]) for row in ROWS]
    assert table.rows[-1] == [None, "JUMLAH PENDAPATAN", "12.480.000.000,00", "6.915.300.000,00", "55,41"]


def test_a_currency_sign_a_gutter_before_its_amounts_is_no_indented_pair() -> None:
    # "Rp" left in the column, the amounts right-aligned far from it: one gutter would do.
    cells = [[*_words(y, 100, "Rp"), *_words(y, 600, "1.250.000", right=True)] for y in range(0, 400, 60)]
    assert indented_pair(cells, 30.0) == set()


def test_a_code_and_its_name_indented_together_are_told_apart_line_by_line() -> None:
    # No gutter down the column: the deepest code ends past where the top level's name begins.
    cells = [
        [*_words(y, 100 + 60 * level, "9" + ".01" * level), *_words(y, 340 + 60 * level, "Nama akun")]
        for level, y in enumerate(range(0, 240, 60))
    ]
    cells.append(_words(300, 520, "sambungan"))  # the last name's wrapped line
    cells.append(_words(360, 340, "JUMLAH"))  # a total's label under the top level's name
    names = indented_pair(cells, 30.0)
    assert {w.text for w in names} == {"Nama", "akun", "sambungan", "JUMLAH"}


def test_right_aligned_amounts_close_to_the_names_before_them_are_a_column() -> None:
    # The longest name ends 20 px (less than the text height) before the widest amount; a fax's
    # dash glued to an amount closes no gutter after it.
    names = ["Sewa gedung pertemuan", "Honor", "Cetak", "Konsumsi rapat", "Perjalanan dinas dalam kota"]
    amounts = ["1.200.000,00", "950.000,00-", "75.500,00", "3.300.000,00", "12.480.000.000,00"]
    name_end = max(_words(0, 100, name)[-1].x1 for name in names)
    right = name_end + 20 + CHAR * len(amounts[-1])
    words = [*_words(0, 100, "Uraian"), *_words(0, right, "Jumlah", right=True), *_words(0, right + 300, "%")]
    for y, name, amount in zip(range(80, 380, 60), names, amounts, strict=True):
        words += [*_words(y, 100, name), *_words(y, right, amount, right=True)]
        words += _words(y, right + 300, "12,5", right=True)
    [table] = unruled_tables(words)
    assert table.rows == [["Uraian", "Jumlah", "%"]] + [
        [name, amount, "12,5"] for name, amount in zip(names, amounts, strict=True)
    ]


def test_a_fixed_pitch_text_column_whose_spaces_reach_the_text_height_is_no_indented_pair() -> None:
    # A typewriter-like print: every space about as wide as the text is high (28 to 32 px at a
    # height of 30), so some lines split at one space by chance; no gutter runs inside the cells.
    names = ["Biro Umum Kota", "Seksi Sarana Prasarana", "Gudang Alat Tulis", "Ruang Rapat Lantai"]
    cells = []
    for row, name in enumerate(names):
        x, cell = 100, []
        for i, part in enumerate(name.split()):
            cell.append(Word(part, 93.0, x, 60 * row, x + 22 * len(part), 60 * row + 30))
            x += 22 * len(part) + (32 if (i + row) % 2 else 28)
        cells.append(cell)
    assert indented_pair(cells, 30.0) == set()
