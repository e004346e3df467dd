"""A PDF table is read twice: as the rows of a table and as lines of its page's text. Either copy
may come first among the candidates; the row of the table is the one kept, so a sum over rows
the question lists stays within one table whatever the order."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, deduplicate, extractive_answer, units_of
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows

_NAMES = ("Anggrek", "Melati", "Kenanga", "Teratai", "Cempaka", "Dahlia")
_COUNTS = (41, 37, 29, 53, 18, 24)

ROWS = table_rows(
    "laporan_lomba_taman_2031.pdf",
    [
        f"No: {n} | Kelompok: {name} | Peserta: {count}"
        for n, (name, count) in enumerate(zip(_NAMES, _COUNTS, strict=True), start=1)
    ],
    opd="DLH",
    page=2,
)

PAGE = Passage(
    id="laporan_lomba_taman_2031.pdf-text-2",
    document_id="doc-laporan_lomba_taman_2031.pdf",
    document="laporan_lomba_taman_2031.pdf",
    text="Peserta per kelompok taman\nNo Kelompok Peserta\n"
    + "\n".join(f"{n} {name} {count}" for n, (name, count) in enumerate(zip(_NAMES, _COUNTS, strict=True), 1))
    + "\nTotal 202",
    score=0.7,
    kind=ChunkKind.TEXT,
    page=2,
    fiscal_year=2031,
    opd="DLH",
)


def test_the_table_row_is_kept_over_the_printed_line_in_either_order() -> None:
    for passages in ([PAGE, *ROWS], [*ROWS, PAGE]):
        kept = deduplicate([u for p in passages for u in units_of(p)])
        melati = [u for u in kept if "Melati" in u.text]
        assert [u.passage.kind for u in melati] == [ChunkKind.TABLE_ROWS]


def test_a_sum_of_listed_rows_does_not_depend_on_the_order_of_the_copies() -> None:
    question = parse_question("Total peserta kelompok (anggrek, kenanga, teratai, dahlia) tahun 2031?")
    answers = [extractive_answer(question, passages) for passages in ([PAGE, *ROWS], [*ROWS, PAGE])]
    assert answers[0] == answers[1]
    assert answers[0].found and answers[0].text.startswith("147")  # 41 + 29 + 53 + 24
    assert len(answers[0].citations) == 4


def test_the_row_kept_knows_the_caption_its_printed_copy_read() -> None:
    # The table read as one has no heading; the page's text prints its caption above the rows.
    captioned = Passage(
        id="laporan_lomba_taman_2031.pdf-text-2",
        document_id="doc-laporan_lomba_taman_2031.pdf",
        document="laporan_lomba_taman_2031.pdf",
        text="Rekap peserta yang dinilai juri, tahun 2031\n"
        + PAGE.text.split("\n", 1)[1].replace("Peserta per kelompok taman\n", ""),
        score=0.7,
        page=2,
        fiscal_year=2031,
        opd="DLH",
    )
    question = parse_question("Peserta kelompok Cempaka yang dinilai juri 2031 jumlahnya?")
    for passages in ([captioned, *ROWS], [*ROWS, captioned]):
        answer = extractive_answer(question, passages)
        assert answer.found and answer.text.startswith("18"), answer.text
        assert answer.citations[0].quote.startswith("No: 5")


def test_a_count_of_units_is_not_the_price_per_unit() -> None:
    rows = table_rows(
        "bast_peralatan_2031.pdf",
        [
            "No: 1 | Nama Barang: Tenda lipat | Jumlah: 14 unit | Harga/unit: Rp 2.300.000",
            "No: 2 | Nama Barang: Genset portabel | Jumlah: 3 unit | Harga/unit: Rp 7.900.000",
        ],
        opd="BPBD",
    )
    answer = extractive_answer(parse_question("Berapa unit tenda lipat yang diserahkan 2031?"), rows)
    assert answer.found and answer.text.startswith("14 unit"), answer.text
