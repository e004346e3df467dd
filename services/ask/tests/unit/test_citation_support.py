"""Every citation of an answer prints one of the figures the answer states."""

from samarinda_ask.domain.answering import Answer, Citation
from samarinda_ask.domain.support import with_supporting_citations


def _cite(quote: str) -> Citation:
    return Citation("d1", "laporan.pdf", 1, None, quote)


def test_a_citation_printing_none_of_the_figures_is_dropped() -> None:
    answer = Answer(
        found=True,
        text="Anggaran pengadaan tenda darurat Rp 45.000.000.",
        citations=(_cite("Tenda darurat | 45000000"), _cite("Bagian umum mengusulkan pengadaan tenda.")),
    )
    kept = with_supporting_citations(answer)
    assert kept.found
    assert [c.quote for c in kept.citations] == ["Tenda darurat | 45000000"]


def test_an_answer_whose_figures_no_quote_prints_is_no_answer() -> None:
    answer = Answer(
        found=True, text="Sebanyak 12 unit perahu karet.", citations=(_cite("Perahu karet | 9 unit"),)
    )
    assert not with_supporting_citations(answer).found


def test_an_answer_without_figures_keeps_its_citations() -> None:
    answer = Answer(
        found=True, text="Rapat dipimpin oleh Kepala Bidang.", citations=(_cite("Dipimpin Kepala Bidang."),)
    )
    assert with_supporting_citations(answer) == answer


def test_a_total_keeps_every_row_that_prints_its_addend() -> None:
    answer = Answer(
        found=True,
        text="Rp 30.000.000, jumlah dari baris berikut: Gudang Rp 10.000.000; Posko Rp 20.000.000.",
        citations=(_cite("Gudang | Rp 10.000.000"), _cite("Posko | Rp 20.000.000")),
    )
    assert len(with_supporting_citations(answer).citations) == 2
