"""A short block Tesseract read apart from the lines it stands level with (a column of amounts,
a third signature column) goes back into its rows; columns of prose keep their order; a rule read
as junk words is dropped."""

from samarinda_extraction.domain.level_lines import level_rows
from samarinda_extraction.domain.ocr_tables import Word
from samarinda_extraction.domain.rule_lines import without_rule_lines
from samarinda_extraction.readers.ocr_text import page_text


def _line(y: int, x: int, *texts: str, height: int = 30, confidence: float = 95.0) -> list[Word]:
    words = []
    for text in texts:
        words.append(Word(text=text, confidence=confidence, x0=x, y0=y, x1=x + 18 * len(text), y1=y + height))
        x += 18 * len(text) + 15
    return words


def test_a_column_of_amounts_read_after_the_footer_goes_back_into_its_rows() -> None:
    labels = [("Harga", "satuan", "Rp"), ("Ongkos", "kirim", "Rp"), ("Total", "Rp")]
    amounts = ["1.250.000", "75.000", "1.325.000"]
    lines = [_line(100 + 50 * i, 100, *label) for i, label in enumerate(labels)]
    lines += [[], _line(400, 100, "Catatan:", "lembar", "untuk", "arsip"), []]
    lines += [_line(100 + 50 * i, 900, amount) for i, amount in enumerate(amounts)]
    assert page_text(lines).splitlines() == [
        "Harga satuan Rp 1.250.000",
        "Ongkos kirim Rp 75.000",
        "Total Rp 1.325.000",
        "",
        "Catatan: lembar untuk arsip",
    ]


def test_a_third_signature_column_joins_the_rows_of_the_other_two() -> None:
    lines = [
        _line(100, 100, "Disetujui", "oleh,", "Dibayar", "oleh,"),
        _line(150, 100, "Kepala", "Bidang", "Kasir"),
        _line(400, 100, "BUDI", "KUSNADI", "SITI", "SUMARNI"),
        [],
        _line(600, 100, "Halaman", "1"),
        [],
        _line(100, 900, "Diterima", "oleh,"),
        _line(150, 900, "Pemasok"),
        _line(220, 900, "PT", "Contoh", "Jaya"),
        [],
        _line(400, 900, "ANDI", "SUPRIYADI"),
    ]
    assert page_text(lines).splitlines() == [
        "Disetujui oleh, Dibayar oleh, Diterima oleh,",
        "Kepala Bidang Kasir Pemasok",
        "PT Contoh Jaya",
        "BUDI KUSNADI SITI SUMARNI ANDI SUPRIYADI",
        "",
        "Halaman 1",
    ]


def test_a_heading_in_a_column_of_prose_beside_a_sidebar_stays_in_its_column() -> None:
    sidebar = [_line(200 + 50 * i, 100, "Agenda", f"{i + 1}") for i in range(6)]
    prose = [
        _line(200 + 50 * i, 700, "kalimat", "panjang", "yang", "mengisi", "kolom", "utama", "ini")
        for i in range(4)
    ]
    heading = _line(450, 700, "B.", "KETENTUAN")
    lines = [*sidebar, [], *prose, [], heading]
    assert level_rows(lines) == lines


def test_a_dashed_rule_read_as_junk_words_is_dropped() -> None:
    text = [_line(100 + 50 * i, 100, "isi", "surat", "biasa") for i in range(5)]
    junk = _line(400, 100, "mee", "cee", "An", "oe", height=4, confidence=30.0)
    dashes = _line(500, 100, "-----", "-----", height=4, confidence=90.0)
    lines = [*text, [], junk, [], dashes]
    assert without_rule_lines(lines) == [*text, [], [], dashes]


def test_an_amount_read_with_the_signature_block_under_it_goes_back_into_its_row() -> None:
    lines = [
        _line(100, 100, "TOTAL", "POTONGAN"),
        [],
        _line(160, 100, "Dibayar", "bersih", "Rp4.750,00"),
        _line(210, 100, "Dibayar", "tunai", "Rp0,00"),
        [],
        _line(650, 100, "Salinan", "untuk", "arsip"),
        _line(700, 100, "Salinan", "untuk", "pemasok"),
        [],
        _line(100, 900, "5.250,00"),
        _line(300, 900, "Kota", "Contoh,", "2", "Mei"),
        _line(350, 900, "Kepala", "Kantor"),
        _line(550, 900, "NAMA", "PEJABAT"),
        _line(600, 900, "NIP", "123"),
    ]
    assert page_text(lines).splitlines() == [
        "TOTAL POTONGAN 5.250,00",
        "",
        "Dibayar bersih Rp4.750,00",
        "Dibayar tunai Rp0,00",
        "",
        "Kota Contoh, 2 Mei",
        "Kepala Kantor",
        "NAMA PEJABAT",
        "NIP 123",
        "",
        "Salinan untuk arsip",
        "Salinan untuk pemasok",
    ]
