"""A row counting in another unit than the one asked, and a sentence lacking the word that narrows
the question to one thing, do not answer (invented documents)."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.item_guards import counted_in_other_unit
from samarinda_ask.domain.question import parse_question


def _row(text: str) -> Passage:
    return Passage(
        id=text[:12],
        document_id="rka_dishub_2031.xlsx",
        document="rka_dishub_2031.xlsx",
        text=text,
        score=0.5,
        kind=ChunkKind.TABLE_ROWS,
        fiscal_year=2031,
        table=0,
        first_row=1,
    )


def _sentence(text: str, document: str, score: float = 0.8) -> Passage:
    return Passage(id=document, document_id=document, document=document, text=text, score=score)


def answer(question: str, passages: list[Passage]):
    return extractive_answer(parse_question(question), passages)


SHELTER_ROW = _row(
    "No: 3 | Uraian: Pemeliharaan halte bus kota | Volume: 45 | Satuan: OK | Jumlah: Rp 9.000.000"
)


def test_a_row_counting_in_another_unit_does_not_answer_the_unit_asked() -> None:
    assert not answer("halte bus kota th 2031 brp halte?", [SHELTER_ROW]).found


def test_a_row_counting_in_the_unit_asked_answers() -> None:
    row = _row("No: 3 | Uraian: Pembangunan halte bus kota | Volume: 12 | Satuan: Hlt | Jumlah: Rp 9.000.000")
    result = answer("halte bus kota th 2031 brp halte?", [row])
    assert result.found and "12" in result.text


def test_a_unit_typed_short_is_the_unit_asked() -> None:
    assert not counted_in_other_unit(frozenset({"buah"}), ["bh"])
    assert not counted_in_other_unit(frozenset({"kg"}), ["kilogram"])
    assert counted_in_other_unit(frozenset({"titik"}), ["oh"])
    assert not counted_in_other_unit(frozenset(), ["oh"])


GALLERY = _sentence(
    "Galeri seni kota sepanjang 2030 mencatat 5.210 kunjungan.", "laporan_galeri_2030.pdf", 0.5
)
GALLERY_NOTES = [
    _sentence(text, "laporan_galeri_2030.pdf", 0.4)
    for text in (
        "Galeri seni kota dibuka setiap hari kecuali Senin.",
        "Koleksi galeri bertambah 14 lukisan.",
        "Tiket masuk galeri Rp 5.000.",
        "Galeri menggelar 3 pameran tematik.",
        "Atap galeri diperbaiki pada bulan Maret.",
        "Galeri bekerja sama dengan dua sekolah seni.",
        "Kurator galeri mengikuti pelatihan konservasi.",
        "Lampu ruang pamer galeri diganti dengan LED.",
    )
]
FAIR = _sentence(
    "Pameran kriya 2031 dikunjungi 9.800 pengunjung selama lima hari.", "laporan_pameran_2031.pdf"
)


def test_a_sentence_lacking_the_narrowing_word_other_candidates_state_does_not_answer() -> None:
    assert not answer("jumlah pengunjung galeri th 2031?", [FAIR, GALLERY, *GALLERY_NOTES]).found


def test_the_sentence_stating_the_narrowing_word_answers() -> None:
    result = answer("jumlah pengunjung galeri th 2030?", [FAIR, GALLERY, *GALLERY_NOTES])
    assert result.found and "5.210" in result.text
