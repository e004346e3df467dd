"""Unruled tables under a centred header: the header stays with its body, and a small block of
three columns above it (an indicator block) is not the table's start."""

from samarinda_extraction.domain.ocr_tables import Word, unruled_tables


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
