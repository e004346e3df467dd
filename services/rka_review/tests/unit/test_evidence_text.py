"""How a matched passage of an OPD document reads next to a budget line."""

from __future__ import annotations

from samarinda_common.rka import EvidenceKind
from samarinda_rka_review.adapters.evidence import (
    Passage,
    as_evidence,
    money_in,
    passage_evidence,
    speaks_of,
)

ROW = (
    "uraian: Laptop Core i5 8GB SSD 512GB | satuan: Unit | volume: 4 | harga_satuan: 11800000 | "
    "jumlah: 47200000"
)


def test_money_under_a_money_header_is_rupiah_even_without_rp() -> None:
    assert money_in(ROW) == ["harga satuan Rp 11.800.000", "jumlah Rp 47.200.000"]


def test_money_in_prose_needs_rp_and_is_not_counted_twice() -> None:
    assert money_in("4 Laptop Core i5 Unit 4 Rp 11.800.000 Rp 47.200.000 tahun 2025") == [
        "Rp 11.800.000",
        "Rp 47.200.000",
    ]
    assert money_in("Harga Satuan Realisasi: Rp 11.800.000 | Volume: 4") == [
        "harga satuan realisasi Rp 11.800.000"
    ]
    assert money_in("Volume: 4 | Satuan: Unit | No: 7") == []


def test_a_table_row_is_cited_by_file_page_and_row_with_its_amounts() -> None:
    evidence = passage_evidence(
        Passage(
            document_id="doc-realisasi",
            filename="realisasi_belanja_2025.csv",
            text=ROW,
            score=0.03,
            highlight="uraian: <em>Laptop</em> Core i5",
            category="realisasi",
            fiscal_year=2025,
            page=1,
            first_row=4,
            last_row=4,
        )
    )
    assert evidence.kind is EvidenceKind.DOCUMENT
    assert evidence.text == (
        f"Realisasi 2025 — realisasi_belanja_2025.csv, hlm. 1, baris 5: {ROW} "
        "Nominal: harga satuan Rp 11.800.000; jumlah Rp 47.200.000."
    )
    assert (evidence.document_id, evidence.page, evidence.score) == ("doc-realisasi", 1, 0.03)


def test_a_long_chunk_is_cut_to_its_highlighted_fragment_without_markup() -> None:
    long_text = "Pendahuluan laporan. " * 30 + "Proyektor dibeli seharga Rp 7.400.000 per unit."
    evidence = passage_evidence(
        Passage(
            document_id="doc-laporan",
            filename="laporan.pdf",
            text=long_text,
            score=0.5,
            highlight="<em>Proyektor</em> dibeli seharga Rp 7.400.000 per unit.",
            category="laporan",
            page=3,
        )
    )
    assert evidence.text == (
        "Laporan — laporan.pdf, hlm. 3: Proyektor dibeli seharga Rp 7.400.000 per unit. "
        "Nominal: Rp 7.400.000."
    )


def _row(highlight: str | None) -> Passage:
    return Passage(document_id="d", filename="r.csv", text="", score=0.1, highlight=highlight)


def test_a_passage_is_evidence_when_it_shares_two_words_of_the_line() -> None:
    query = "Notebook i5 RAM 8 GB SSD 512GB"
    assert speaks_of(_row("uraian: Laptop Core <em>i5</em> 8GB <em>SSD</em> <em>512GB</em>"), query)
    # Only the volume "8" and a column name match: any row of the table would.
    assert not speaks_of(_row("uraian: Sewa minibus | <em>satuan</em>: Unit | volume: <em>8</em>"), query)
    assert not speaks_of(_row("uraian: Laptop Core <em>i5</em> | volume: 4"), query)
    # Found by the k-NN search alone: no fragment matched the line's words.
    assert not speaks_of(_row(None), query)
    assert speaks_of(_row("uraian: <em>Proyektor</em> 3.500 lumen"), "Proyektor")


def test_evidence_keeps_the_order_and_at_most_k_of_the_passages_that_speak_of_the_line() -> None:
    relevant = _row("<em>Laptop</em> Core <em>i5</em>")
    unrelated = _row("volume: <em>4</em>")
    found = as_evidence([unrelated, relevant, relevant, relevant], "Laptop i5", k=2)
    assert len(found) == 2
    assert as_evidence([unrelated], "Laptop i5", k=2) == []
