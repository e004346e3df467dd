"""What a table's title says (its subject, its unit) holds for every row under it: a spreadsheet's
caption above the header (the chunk's heading) and a scan's title line (a chunk of its own)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer, is_title_line
from samarinda_ask.domain.question import parse_question

CAPTION = "PENJUALAN TIKET KAPAL PENYEBERANGAN DERMAGA — Tahun 2031 — (dalam Rupiah)"


def _sheet_row(n: int, text: str, heading: str | None = CAPTION) -> Passage:
    return Passage(
        id=f"t{n}",
        document_id="doc-tiket",
        document="rekap_loket_2031.xlsx",
        text=text,
        score=0.8 - n / 100,
        kind=ChunkKind.TABLE_ROWS,
        page=1,
        sheet="Loket",
        heading=heading,
        fiscal_year=2031,
        table=0,
        first_row=n,
    )


ROWS = [
    "Bulan: Maret | Loket Utara: 41250000 | Loket Selatan: 38900000 | Total: 80150000",
    "Bulan: April | Loket Utara: 43600000 | Loket Selatan: 35125000 | Total: 78725000",
]


def test_a_caption_in_rupiah_makes_the_bare_figures_of_its_rows_money() -> None:
    question = parse_question("Berapa rupiah penjualan tiket kapal Loket Selatan bulan April 2031?")
    answer = extractive_answer(question, [_sheet_row(n, r) for n, r in enumerate(ROWS)])
    assert answer.found and "35.125.000" in answer.text


def test_without_the_caption_the_same_rows_hold_no_rupiah() -> None:
    question = parse_question("Berapa rupiah penjualan tiket kapal Loket Selatan bulan April 2031?")
    answer = extractive_answer(question, [_sheet_row(n, r, heading=None) for n, r in enumerate(ROWS)])
    assert not answer.found


def test_a_column_naming_its_own_kind_keeps_it_under_a_rupiah_caption() -> None:
    row = _sheet_row(0, "Bulan: Maret | Penumpang: 5120 | Capaian: 85,3")
    question = parse_question("Berapa rupiah penumpang kapal bulan Maret 2031?")
    assert not extractive_answer(question, [row]).found


def _scan(n: int, text: str, kind: ChunkKind) -> Passage:
    return Passage(
        id=f"s{n}",
        document_id="doc-bibit",
        document="foto_lampiran_2031.jpg",
        text=text,
        score=0.8 - n / 100,
        kind=kind,
        page=1,
        fiscal_year=2031,
    )


SCAN = [
    _scan(0, "No: 3 | Jenis Bibit: Durian Montong | Satuan: batang | Jumlah: 415", ChunkKind.TABLE_ROWS),
    _scan(1, "No: 4 | Jenis Bibit: Kelengkeng | Satuan: batang | Jumlah: 280", ChunkKind.TABLE_ROWS),
    _scan(2, "PENYALURAN BIBIT BUAH KELOMPOK TANI", ChunkKind.TEXT),
    _scan(3, "UPTD PEMBENIHAN HORTIKULTURA", ChunkKind.TEXT),
]


BIBIT_QUESTION = "Berapa batang bibit durian montong yang disalurkan UPTD Pembenihan Hortikultura 2031?"


def test_a_scans_title_lines_name_what_its_rows_are_about() -> None:
    question = parse_question(BIBIT_QUESTION)
    answer = extractive_answer(question, SCAN)
    assert answer.found and answer.text.startswith("415")


def test_without_the_title_lines_the_row_does_not_cover_the_question() -> None:
    question = parse_question(BIBIT_QUESTION)
    assert not extractive_answer(question, SCAN[:2]).found


def test_a_title_line_is_one_line_in_capitals_without_figures() -> None:
    assert is_title_line("REKAP PENYALURAN BIBIT")
    assert not is_title_line("Rekap penyaluran bibit tahun ini.")
    assert is_title_line("KEADAAN 30 JUNI 2031")
    assert not is_title_line("JUMLAH 415")
    assert not is_title_line("REKAP BIBIT\nDurian 415")


WARDS = [
    "Bulan: Mei | Blok A (timur): 21400000 | Blok B: 18750000 | Blok C: 9930000 | Total: 50080000",
    "Bulan: Juni | Blok A (timur): 22100000 | Blok B: 17600000 | Blok C: 10250000 | Total: 49950000",
]


def test_a_column_named_whole_in_the_question_answers() -> None:
    question = parse_question("Berapa rupiah penjualan tiket kapal Blok B bulan Juni 2031?")
    answer = extractive_answer(question, [_sheet_row(n, r) for n, r in enumerate(WARDS)])
    assert answer.found and answer.text.startswith("Rp 17.600.000")


def test_every_column_named_alike_is_answered_by_the_total_column() -> None:
    question = parse_question("Berapa rupiah penjualan tiket kapal semua blok bulan Juni 2031?")
    answer = extractive_answer(question, [_sheet_row(n, r) for n, r in enumerate(WARDS)])
    assert answer.found and answer.text.startswith("Rp 49.950.000")
