"""An answer from a table row states the row's labels and its own figure, not the row's other
amounts (another year's, the pagu beside the realisasi); a unit price and a volume stay."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _row(text: str) -> Passage:
    return Passage(
        id="r1",
        document_id="irigasi.xlsx",
        document="rekap_irigasi_2032.xlsx",
        text=text,
        score=0.7,
        kind=ChunkKind.TABLE_ROWS,
        opd="DPUPR",
        fiscal_year=2032,
        table=0,
        first_row=1,
    )


def test_another_years_amount_is_not_stated_beside_the_answer() -> None:
    row = _row("Uraian: Pemeliharaan pintu air (Rp) | Tahun 2031: 410500000 | Tahun 2032: 455250000")
    result = extractive_answer(parse_question("Berapa biaya pemeliharaan pintu air tahun 2032?"), [row])
    assert result.found
    assert result.text.startswith("Rp 455.250.000")
    assert "410.500.000" not in result.text
    assert "410500000" in result.citations[0].quote  # the citation still quotes the whole row


def test_a_unit_price_and_a_volume_stay_beside_a_total() -> None:
    row = _row(
        "Uraian: Pompa air 3 inci | Volume: 5 | Satuan: unit | Harga Satuan (Rp): 7400000"
        " | Jumlah (Rp): 37000000"
    )
    result = extractive_answer(parse_question("Berapa jumlah biaya pompa air 3 inci?"), [row])
    assert result.found
    assert result.text.startswith("Rp 37.000.000")
    assert "Rp 7.400.000" in result.text and "Volume: 5" in result.text
