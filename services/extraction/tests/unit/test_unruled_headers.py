"""Unruled tables under a centred header: the header stays with its body, and a small block of
three columns above it (an indicator block) is not the table's start."""

from samarinda_extraction.domain.ocr_tables import (
    Word,
    unruled_tables,
    without_header_only_columns,
    without_run_on_sparse_columns,
)


def _place(lines: list[tuple[int, list[tuple[int, str]]]]) -> list[Word]:
    """Words from (top y, [(left x, cell text)]) lines; a cell's words 12 px apart."""
    words: list[Word] = []
    for y, cells in lines:
        for x, text in cells:
            for part in text.split():
                words.append(Word(text=part, confidence=95.0, x0=x, y0=y, x1=x + 18 * len(part), y1=y + 28))
                x += 18 * len(part) + 12
    return words


HEADER = [(170, "No"), (440, "Uraian"), (930, "Spesifikasi"), (1640, "Harga"), (2120, "Jumlah")]


def _row(
    y: int, no: str, uraian: str, spec: str, harga: str, jumlah: str
) -> tuple[int, list[tuple[int, str]]]:
    # Text left-aligned in its column, amounts right-aligned at the column's end.
    return (
        y,
        [
            (170, no),
            (250, uraian),
            (770, spec),
            (1950 - 18 * len(harga), harga),
            (2316 - 18 * len(jumlah), jumlah),
        ],
    )


def test_a_centred_header_keeps_its_body_and_a_wrapped_bold_group_row() -> None:
    words = _place(
        [
            (700, [(150, "Indikator"), (650, "Tolok Ukur"), (1970, "Target")]),
            (760, [(150, "Keluaran"), (650, "Jumlah Warga yang Mengikuti Penyuluhan"), (1970, "300 Orang")]),
            (900, HEADER),
            (1000, [(254, "5.1.02.01.01.0052 Belanja"), (2316 - 18 * 10 - 20, "19.340.000")]),
            (1040, [(254, "Makan Minum")]),
            _row(1120, "1", "Nasi Kotak", "Nasi, lauk, sayur", "63.000", "18.900.000"),
            _row(1200, "2", "Air Mineral Galon", "19 liter", "22.000", "440.000"),
            _row(1280, "3", "Kue Kotak", "Tiga jenis kue", "20.000", "5.328.000"),
        ]
    )
    table = next(t for t in unruled_tables(words) if t.rows[0][0] == "No")
    assert table.rows[0] == ["No", "Uraian", "Spesifikasi", "Harga", "Jumlah"]
    assert table.rows[1] == [None, "5.1.02.01.01.0052 Belanja Makan Minum", None, None, "19.340.000"]
    assert table.rows[2] == ["1", "Nasi Kotak", "Nasi, lauk, sayur", "63.000", "18.900.000"]
    assert len(table.rows) == 5


def test_label_colon_value_lines_are_a_form_not_a_table() -> None:
    labels = ["Program", "Kegiatan", "Sub Kegiatan", "Lokasi"]
    words = _place(
        [
            (300 + 50 * i, [(150, label), (580, ":"), (620, f"2.16.0{i} - Nama {i}")])
            for i, label in enumerate(labels)
        ]
    )
    assert unruled_tables(words) == []


def test_a_label_block_with_a_misread_colon_and_an_addressee_beside_it_is_no_table() -> None:
    # A letter's Nomor / Sifat / Lampiran / Perihal with "Kepada Yth." at the right: OCR read
    # one ": -" as "De", and the long Perihal wrapped onto a line without label or colon.
    words = _place(
        [
            (300, [(150, "Nomor"), (580, ": 005/2291/PUPR/2025"), (1400, "Kepada")]),
            (350, [(150, "Sifat"), (580, ": Penting"), (1400, "Yth. Kepala Dinas")]),
            (400, [(150, "Lampiran"), (580, "De"), (1400, "di -")]),
            (450, [(150, "Perihal"), (580, ": Penyampaian Dokumen"), (1400, "SAMARINDA")]),
            (500, [(600, "Rencana Kerja dan Anggaran")]),
        ]
    )
    assert unruled_tables(words) == []


def test_paragraphs_beside_a_few_specks_are_no_table() -> None:
    # A column of prose with a stamp's specks read as words at its right on the first line:
    # three "columns" on one line, the paragraphs below one cell wide.
    prose = ["kelayakan teknis setiap usulan bersama", "perangkat daerah dengan pagu indikatif"]
    lines = [(300, [(150, "taman kota, kantor kelurahan dan pasar"), (1300, "Na"), (1700, "ae")])]
    y = 350
    for paragraph in range(3):
        for i in range(3):
            lines.append((y, [(150, prose[(paragraph + i) % 2])]))
            y += 50
        y += 40
    assert unruled_tables(_place(lines)) == []


def test_a_numbered_party_block_is_no_table() -> None:
    # A BAST's "I. Nama : ..." block: the number only on its first line.
    words = _place(
        [
            (300, [(150, "I."), (230, "Nama"), (500, ":"), (540, "Hendra Wijaya")]),
            (350, [(230, "Jabatan"), (500, ":"), (540, "Direktur CV Mahakam Jaya")]),
            (400, [(230, "Alamat"), (500, ":"), (540, "Jalan Dahlia Nomor 81")]),
        ]
    )
    assert unruled_tables(words) == []


def test_a_two_line_header_label_centred_on_the_header_line_and_a_totals_block_set_apart() -> None:
    # "Harga" over "per Unit" stands half a line above and below the header's other labels;
    # the "label : Rp amount" lines under the table, set apart from it, are no rows of it.
    def item(y: int, no: str, name: str, code: str, count: str, price: str, total: str) -> tuple[int, list]:
        return (
            y,
            [
                (170, no),
                (250, name),
                (800, code),
                (1300 - 18 * len(count), count),
                (1750 - 18 * len(price), price),
                (2200 - 18 * len(total), total),
            ],
        )

    words = _place(
        [
            (880, [(1620, "Harga")]),
            (900, [(150, "No"), (300, "Nama Barang"), (820, "Kode"), (1230, "Jml"), (2000, "Total (Rp)")]),
            (920, [(1560, "per Unit")]),
            item(990, "1", "Meja Rapat", "2.7.01.03.02.011", "2", "3.150.000", "6.300.000"),
            item(1060, "2", "Kursi Lipat", "2.7.01.03.05.004", "20", "415.000", "8.300.000"),
            item(1130, "3", "Papan Tulis", "2.7.01.04.01.002", "3", "725.000", "2.175.000"),
            (1200, [(250, "TOTAL"), (2200 - 18 * 10, "16.775.000")]),
            (1320, [(800, "Potongan Pajak Daerah"), (1560, ":"), (1620, "Rp"), (2200 - 18 * 7, "838.750")]),
            (1380, [(800, "Biaya Kirim"), (1560, ":"), (1620, "Rp"), (2200 - 18 * 7, "250.000")]),
            (1440, [(800, "Dibayar"), (1560, ":"), (1620, "Rp"), (2200 - 18 * 10, "16.186.250")]),
        ]
    )
    table = next(t for t in unruled_tables(words) if t.rows[0][0] == "No")
    assert table.rows[0] == ["No", "Nama Barang", "Kode", "Jml", "Harga per Unit", "Total (Rp)"]
    assert table.rows[1] == ["1", "Meja Rapat", "2.7.01.03.02.011", "2", "3.150.000", "6.300.000"]
    assert table.rows[-1] == [None, "TOTAL", None, None, None, "16.775.000"]
    assert len(table.rows) == 5


def test_a_column_of_specks_beside_the_codes_is_no_column() -> None:
    rows = [
        (900, [(150, "No"), (300, "Nama"), (800, "Kode"), (1400, "Jml"), (1800, "Harga")]),
        (970, [(170, "1"), (300, "Meja"), (800, "4.1.07.02"), (1140, ":"), (1400, "2"), (1800, "150.000")]),
        (1040, [(170, "2"), (300, "Kursi"), (800, "4.1.07.05"), (1140, '"'), (1400, "9"), (1800, "41.500")]),
        (1110, [(170, "3"), (300, "Papan"), (800, "4.1.08.01"), (1140, ","), (1400, "1"), (1800, "72.500")]),
    ]
    # The specks are read as surely as the words around them: no noise filter takes them first.
    (table,) = unruled_tables(_place(rows))
    assert table.rows[0] == ["No", "Nama", "Kode", "Jml", "Harga"]
    assert table.rows[2] == ["2", "Kursi", "4.1.07.05", "9", "41.500"]


def test_a_header_of_labels_on_four_lines_stays_with_its_body() -> None:
    # The header's labels wrap onto lines less than the text height apart; its last line stands
    # a little further down (a third line of one label), still less than a line below.
    words = _place(
        [
            (860, [(770, "Insentif/"), (1800, "Harga"), (2200, "Nilai")]),
            (880, [(170, "No"), (440, "Uraian"), (770, "Lembur")]),
            (905, [(1800, "Satuan"), (2200, "Bersih")]),
            (938, [(770, "Piket")]),
            _row(1000, "1", "Kapur tulis", "isi 50 batang", "52.000", "520.000"),
            _row(1070, "2", "Karet gelang", "500 gram", "3.500", "70.000"),
            _row(1140, "3", "Pita mesin", "hitam", "2.750", "55.000"),
            _row(1210, "4", "Benang kasur", "gulung", "18.000", "36.000"),
        ]
    )
    [table] = unruled_tables(words)
    assert table.rows[0] == ["No", "Uraian", "Insentif/ Lembur Piket", "Harga Satuan", "Nilai Bersih"]
    assert [row[0] for row in table.rows[1:]] == ["1", "2", "3", "4"]


def test_a_label_over_a_column_with_one_long_value_is_one_column() -> None:
    def w(text: str, x0: int, x1: int, y: int) -> Word:
        return Word(text, 90.0, x0, y, x1, y + 30)

    # "Ref. Code" in a fixed-width font (a word space as wide as the text is tall and more), over
    # short codes and one long one that runs under both words; the next column's label is far off.
    lines = [
        [w("Ref.", 100, 200, 0), w("Code", 235, 350, 0), w("Item", 600, 700, 0)],
        [w("AB-01", 100, 220, 60), w("Chairs", 600, 740, 60)],
        [w("AB-02/2030/X", 100, 420, 120), w("Desks", 600, 720, 120)],
        [w("AB-03", 100, 220, 180), w("Lamps", 600, 720, 180)],
    ]
    assert without_header_only_columns([100, 227, 500, 741], lines, 30.0) == [100, 500, 741]
    # Two columns' labels a gutter apart keep their edge though a long value crosses it.
    lines[0][1] = w("Code", 300, 400, 0)
    assert without_header_only_columns([100, 250, 500, 741], lines, 30.0) == [100, 250, 500, 741]


def test_a_label_and_a_total_running_on_left_of_right_aligned_amounts_are_no_column() -> None:
    def w(text: str, x0: int, x1: int, y: int) -> Word:
        return Word(text, 90.0, x0, y, x1, y + 30)

    # "Harga (Rp)" over amounts set right, and a total's label below them: a gap runs down left
    # of the amounts, yet the only words left of it run on at a word space.
    lines = [
        [w("Harga", 100, 250, 0), w("(Rp)", 270, 360, 0), w("Banyak", 500, 660, 0)],
        *([w("125.000", 280, 440, 60 * i), w("3", 500, 520, 60 * i)] for i in range(1, 6)),
        [w("Total", 100, 220, 360), w("belanja", 240, 400, 360), w("15", 500, 540, 360)],
    ]
    assert without_run_on_sparse_columns([100, 265, 480, 700], lines, 30.0) == [100, 480, 700]
    # A narrow column of its own stands a gutter from its neighbour's words.
    lines[0][1] = w("(Rp)", 330, 420, 0)
    assert without_run_on_sparse_columns([100, 265, 480, 700], lines, 30.0) == [100, 265, 480, 700]
    # A column most lines fill is a column, however close its words stand.
    lines[0][1] = w("(Rp)", 270, 360, 0)
    numbered = [[w("1", 240, 260, y), *line] for line, y in zip(lines[1:6], range(60, 360, 60), strict=True)]
    lines[1:6] = numbered
    assert without_run_on_sparse_columns([100, 265, 480, 700], lines, 30.0) == [100, 265, 480, 700]
