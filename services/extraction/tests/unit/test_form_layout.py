"""A form's labels and values, which Tesseract reads as two columns, are read row by row; a page
really in two columns is not."""

from samarinda_extraction.domain.form_layout import form_rows, label_blocks
from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.readers.ocr_text import page_text


def _line(y: int, x: int, *texts: str) -> list[Word]:
    words = []
    for text in texts:
        words.append(Word(text=text, confidence=95.0, x0=x, y0=y, x1=x + 18 * len(text), y1=y + 30))
        x += 18 * len(text) + 15
    return words


LABELS = ["Program", "Kegiatan", "Sub Kegiatan", "Lokasi"]
VALUES = [
    "2.16.02 - PROGRAM INFORMASI",
    "2.16.02.1.01 - Pengelolaan Informasi",
    "2.16.02.1.01.0004 - Diseminasi",
    "Kota Samarinda",
]


def test_labels_read_apart_from_their_values_are_joined_row_by_row() -> None:
    # Tesseract's order: the title, the labels' column, then the values' column.
    lines = [_line(100, 600, "RENCANA", "KERJA"), []]
    lines += [_line(200 + 50 * i, 150, *label.split()) for i, label in enumerate(LABELS)] + [[]]
    lines += [_line(200 + 50 * i, 620, *value.split()) for i, value in enumerate(VALUES)]
    text = page_text(lines)
    assert text.splitlines() == [
        "RENCANA KERJA",
        "",
        *(f"{label} {value}" for label, value in zip(LABELS, VALUES, strict=True)),
    ]


def test_a_page_in_two_columns_of_text_keeps_its_columns() -> None:
    left = [
        _line(200 + 50 * i, 150, "kalimat", "panjang", "kolom", "kiri", "nomor", str(i)) for i in range(5)
    ]
    right = [
        _line(200 + 50 * i, 1300, "kalimat", "panjang", "kolom", "kanan", "nomor", str(i)) for i in range(5)
    ]
    assert form_rows([*left, [], *right]) is None


def test_a_block_tesseract_read_as_one_line_is_split_into_its_rows() -> None:
    labels = [w for i, label in enumerate(LABELS) for w in _line(200 + 50 * i, 150, *label.split())]
    colons = [w for i in range(len(LABELS)) for w in _line(200 + 50 * i, 560, ":")]
    values = [w for i, value in enumerate(VALUES) for w in _line(200 + 50 * i, 620, *value.split())]
    text = page_text([[*labels, *colons, *values]])
    assert text.splitlines() == [f"{label} : {value}" for label, value in zip(LABELS, VALUES, strict=True)]


def _column(x: int, top: int, texts: list[str]) -> list[list[Word]]:
    return [_line(top + 50 * i, x, *text.split()) for i, text in enumerate(texts)]


NARROW = [
    "Realisasi pendapatan asli",
    "daerah sampai dengan Juni",
    "mencapai Rp 412,7 miliar",
    "atau 48,3 persen dari",
    "target tahun ini.",
]
WIDE = [
    "Program Samarinda Smart City memasuki tahap kedua",
    "Sebanyak 59 titik akses internet publik dipasang",
    "di taman kota, kantor kelurahan dan pasar",
    "tradisional dengan anggaran Rp 2,4 miliar dari",
    "APBD Perubahan tahun 2025 yang telah disahkan",
]


def test_a_narrow_column_beside_a_wide_one_is_no_form() -> None:
    # A newsletter's sidebar column: its lines start narrow and a gap sets them apart from the
    # main column's, but they are runs of many words and carry no colons.
    lines = [*_column(150, 200, NARROW), [], *_column(750, 200, WIDE)]
    assert form_rows(lines) is None
    assert page_text(lines).splitlines() == [*NARROW, "", *WIDE]


def test_only_the_label_block_is_read_row_by_row_and_the_prose_keeps_its_order() -> None:
    labels = [("Nomor", "005/2291/PUPR/VIII/2025"), ("Sifat", "Penting"), ("Perihal", "Undangan Rapat")]
    block = [
        [*_line(200 + 50 * i, 150, label), *_line(200 + 50 * i, 450, ":", value)]
        for i, (label, value) in enumerate(labels)
    ]
    # Two signatures side by side below: their first lines are short and far apart.
    signatures = [
        _line(600, 150, "PIHAK", "KEDUA") + _line(600, 1300, "PIHAK", "PERTAMA"),
        _line(650, 150, "Pejabat", "Pembuat") + _line(650, 1300, "Direktur", "CV"),
        _line(700, 150, "Andi", "Pratama") + _line(700, 1300, "Budi", "Santoso"),
    ]
    lines = [
        *block,
        [],
        *_column(150, 400, ["Dengan hormat kami sampaikan bahwa rapat", "dilaksanakan besok."]),
        [],
        *signatures,
    ]
    rows = form_rows(lines)
    assert rows is not None
    text = [" ".join(w.text for w in row) for row in rows]
    assert text[1:4] == [f"{label} : {value}" for label, value in labels]
    # Tesseract's lines after the block are kept as they were, the signature rows unjoined.
    assert text[4:6] == ["", ""]  # the block's end, Tesseract's paragraph break
    assert text[6:] == [
        "Dengan hormat kami sampaikan bahwa rapat",
        "dilaksanakan besok.",
        "",
        "PIHAK KEDUA PIHAK PERTAMA",
        "Pejabat Pembuat Direktur CV",
        "Andi Pratama Budi Santoso",
    ]
    assert label_blocks([row for row in lines[-3:]]) == []


def test_an_addressee_block_beside_the_labels_is_left_out_of_their_rows() -> None:
    # A letter: Nomor / Sifat / Perihal at the left, "Kepada Yth. ..." beside them at the right;
    # Tesseract read each visual row as one line.
    rows = [
        [*_line(200, 150, "Nomor"), *_line(200, 400, ":", "005/2291/PUPR/2025"), *_line(200, 1300, "Kepada")],
        [
            *_line(250, 150, "Sifat"),
            *_line(250, 400, ":", "Penting"),
            *_line(250, 1300, "Yth.", "Kepala", "Dinas"),
        ],
        [
            *_line(300, 150, "Perihal"),
            *_line(300, 400, ":", "Undangan", "Rapat"),
            *_line(300, 1300, "di", "Samarinda"),
        ],
    ]
    text = page_text(rows).splitlines()
    assert text == [
        "Nomor : 005/2291/PUPR/2025",
        "Sifat : Penting",
        "Perihal : Undangan Rapat",
        "",
        "Kepada",
        "Yth. Kepala Dinas",
        "di Samarinda",
    ]


def test_a_wrapped_value_stays_in_its_block() -> None:
    rows = [
        [*_line(200, 150, "Nomor"), *_line(200, 400, ":", "005/2291")],
        [*_line(250, 150, "Sifat"), *_line(250, 400, ":", "Penting")],
        [*_line(300, 150, "Perihal"), *_line(300, 400, ":", "Penyampaian", "Dokumen")],
        _line(350, 420, "Rencana", "Kerja"),
        _line(450, 150, "Dengan", "hormat,"),
    ]
    [block] = label_blocks(rows)
    assert [" ".join(w.text for w in row) for row in block] == [
        "Nomor : 005/2291",
        "Sifat : Penting",
        "Perihal : Penyampaian Dokumen",
        "Rencana Kerja",
    ]


def test_a_block_tesseract_read_before_the_letterhead_goes_after_it() -> None:
    # On a photographed letter Tesseract began with the label column, then the letterhead.
    block = [
        [*_line(400 + 50 * i, 150, label), *_line(400 + 50 * i, 450, ":", value)]
        for i, (label, value) in enumerate(
            [("Nomor", "005/2291"), ("Sifat", "Penting"), ("Perihal", "Rapat")]
        )
    ]
    letterhead = [_line(100, 500, "PEMERINTAH", "KOTA", "SAMARINDA"), _line(150, 520, "DINAS", "KESEHATAN")]
    # Two paragraphs side by side below: the page is in columns, its units are not re-sorted.
    body = [_line(600, 150, "Dengan", "hormat,"), _line(650, 150, "kami", "sampaikan"), []]
    body += [_line(600, 1300, "Tembusan", "Yth."), _line(650, 1300, "Inspektur")]
    text = [line for line in page_text([*block, [], *letterhead, [], *body]).splitlines() if line]
    assert text == [
        "PEMERINTAH KOTA SAMARINDA",
        "DINAS KESEHATAN",
        "Nomor : 005/2291",
        "Sifat : Penting",
        "Perihal : Rapat",
        "Dengan hormat,",
        "kami sampaikan",
        "Tembusan Yth.",
        "Inspektur",
    ]


def test_a_block_tesseract_read_after_the_line_below_it_goes_before_that_line() -> None:
    # A BAST's party: Tesseract read "Selanjutnya disebut ..." (below the labels) first.
    block = [
        [*_line(200 + 50 * i, 220, label), *_line(200 + 50 * i, 450, ":", value)]
        for i, (label, value) in enumerate(
            [("Nama", "Hendra"), ("Jabatan", "Direktur"), ("Alamat", "Samarinda")]
        )
    ]
    after = [_line(360, 220, "Selanjutnya", "disebut", "PIHAK", "PERTAMA.")]
    beside = [[], _line(600, 150, "PIHAK", "KEDUA"), _line(650, 150, "Pejabat"), []]
    beside += [_line(600, 1300, "PIHAK", "PERTAMA"), _line(650, 1300, "Direktur")]
    text = [line for line in page_text([*after, [], *block, *beside]).splitlines() if line]
    assert text[:4] == [
        "Nama : Hendra",
        "Jabatan : Direktur",
        "Alamat : Samarinda",
        "Selanjutnya disebut PIHAK PERTAMA.",
    ]


def test_a_block_stays_where_tesseract_read_it_when_a_move_puts_more_lines_out_of_order() -> None:
    # A fax read out of page order: a closing line first, then the heading, then the block;
    # moving the block before the closing line would put it before the heading too.
    closing = [_line(700, 150, "Demikian", "untuk", "diketahui.")]
    heading = [_line(100, 150, "SURAT", "UNDANGAN"), _line(150, 150, "Kepada", "semua", "peserta")]
    block = [
        [*_line(300 + 50 * i, 150, label), *_line(300 + 50 * i, 320, ":", value)]
        for i, (label, value) in enumerate([("Hari", "Senin"), ("Pukul", "09.00"), ("Tempat", "Aula")])
    ]
    lines = form_rows([*closing, [], *heading, [], *block])
    assert lines is not None
    text = [" ".join(w.text for w in line) for line in lines if line]
    assert text == [
        "Demikian untuk diketahui.",
        "SURAT UNDANGAN",
        "Kepada semua peserta",
        "Hari : Senin",
        "Pukul : 09.00",
        "Tempat : Aula",
    ]


def test_a_sidebar_notes_last_line_level_with_a_label_row_stays_with_its_note() -> None:
    # Tesseract's order: the labels, their values, then a sidebar's three-line note whose last
    # line stands level with the first label row.
    labels = [_line(400 + 50 * i, 150, *label.split()) for i, label in enumerate(["Rapat", "Kunjungan"])]
    values = [_line(400 + 50 * i, 500, ":", *value.split()) for i, value in enumerate(["3 Maret", "9 April"])]
    note = [
        _line(300, 1500, "Mohon", "hadir"),
        _line(350, 1500, "tepat", "waktu"),
        _line(400, 1500, "bapak", "ibu"),
    ]
    text = page_text([*labels, [], *values, [], *note])
    assert "Rapat : 3 Maret" in text.splitlines()
    assert "Mohon hadir\ntepat waktu\nbapak ibu" in text


def test_a_numbered_labels_colon_and_value_are_no_gutter() -> None:
    from samarinda_extraction.domain.form_layout import _without_prose_beside

    # "1." set apart from "Nama", and the values in a Tesseract paragraph that runs on past the
    # block (the party's closing line, the next party): the colon and value stay the row's.
    def w(text: str, x0: int, x1: int, y: int) -> Word:
        return Word(text=text, confidence=95.0, x0=x0, y0=y, x1=x1, y1=y + 40)

    block = [
        [w("1.", 300, 330, 100), w("Nama", 440, 560, 100), w(":", 724, 730, 100), w("Andi", 770, 900, 100)],
        [w("Jabatan", 433, 600, 155), w(":", 724, 730, 155), w("Kepala", 770, 950, 155)],
        [w("Alamat", 437, 590, 210), w(":", 724, 730, 210), w("Jalan", 763, 900, 210)],
    ]
    paragraphs = ({id(word): 0 for row in block for word in row}, [7])
    rows = _without_prose_beside(block, paragraphs, height=40)
    assert " ".join(word.text for word in rows[0]) == "1. Nama : Andi"


def test_rows_tesseract_read_whole_keep_the_words_beyond_their_gutter() -> None:
    # An account table without rules: code and name read as a label, the amounts far to the
    # right past a gutter; Tesseract read each row whole, in order.
    rows = [
        ("7.2.01", "Belanja Sewa Gedung", "12.500.000,00"),
        ("7.2.01.01", "Sewa Aula", "4.000.000,00"),
        ("7.2.01.02", "Sewa Ruang Rapat", "8.500.000,00"),
    ]
    lines = [
        [
            *_line(200 + 50 * i, 150, code),
            *_line(200 + 50 * i, 500, *name.split()),
            *_line(200 + 50 * i, 1800, amount),
        ]
        for i, (code, name, amount) in enumerate(rows)
    ]
    assert page_text(lines).splitlines() == [" ".join((code, name, amount)) for code, name, amount in rows]


def test_a_two_column_box_over_a_full_width_row_keeps_the_rows_tesseract_read_whole() -> None:
    # A boxed form: two columns of label rows, then a label row whose value runs across both
    # columns (so no gutter runs down the block), and Tesseract read each visual row as one line
    # of one long paragraph. The right column's words stay in their rows, not after the last row.
    left = [("Asal", "Kantor Camat"), ("Nomor", "12/AB/2025"), ("Tanggal", "4 Mei 2025")]
    right = [("Masuk", "6 Mei 2025"), ("Kode", "0042"), ("Jenis", "Biasa")]
    lines = [
        [
            *_line(200 + 50 * i, 150, label),
            *_line(200 + 50 * i, 400, ":", *value.split()),
            *_line(200 + 50 * i, 1100, other),
            *_line(200 + 50 * i, 1350, ":", *other_value.split()),
        ]
        for i, ((label, value), (other, other_value)) in enumerate(zip(left, right, strict=True))
    ]
    wide = "Usulan Penataan Taman dan Trotoar di Depan Pasar Pagi Kota"
    lines.append([*_line(350, 150, "Hal"), *_line(350, 400, ":", *wide.split())])
    lines += [_line(500, 150, "Mohon", "segera", "ditindaklanjuti"), _line(550, 150, "sesuai", "ketentuan")]
    text = [line for line in page_text(lines).splitlines() if line]
    assert text[:4] == [
        "Asal : Kantor Camat Masuk : 6 Mei 2025",
        "Nomor : 12/AB/2025 Kode : 0042",
        "Tanggal : 4 Mei 2025 Jenis : Biasa",
        f"Hal : {wide}",
    ]


def test_a_title_strung_into_one_block_with_a_label_beside_it_still_heads_the_page() -> None:
    """Tesseract's order: the left labels, then one block of the centred title and the label row
    at the right under its end, then the right block's last row; the title is read first."""
    lines = [
        _line(260, 150, "Unit", ":", "Kantor", "Contoh"),
        _line(310, 150, "Kode", ":", "01.02.03"),
        [],
        _line(150, 900, "DAFTAR", "BARANG"),
        _line(200, 900, "TAHUN", "2030"),
        _line(260, 1500, "Kota", ":", "Contoh"),
        [],
        _line(310, 1500, "Provinsi", ":", "Contoh"),
        [],
        _line(420, 150, "Semua", "barang", "yang", "tercatat", "di", "bawah", "ini", "diperiksa", "bersama"),
        [],
        _line(600, 150, "Mengetahui,"),
        _line(650, 150, "Kepala", "Kantor"),
        [],
        _line(600, 1500, "Kota", "Contoh,", "1", "Mei"),
        _line(650, 1500, "Pengurus", "Barang"),
    ]
    assert [row for row in page_text(lines).splitlines() if row][:3] == [
        "DAFTAR BARANG",
        "TAHUN 2030",
        "Unit : Kantor Contoh",
    ]
