"""A short form the candidates write themselves is not also guessed as the initials of a
capitalised run elsewhere (a scan's header line), which would let another table's row state it."""

from __future__ import annotations

from samarinda_ask.domain.answering import ChunkKind, Passage, extractive_answer
from samarinda_ask.domain.question import parse_question


def _passage(document: str, text: str, kind: ChunkKind, score: float) -> Passage:
    return Passage(
        id=f"{document}-1",
        document_id=f"doc-{document}",
        document=document,
        text=text,
        score=score,
        page=1,
        fiscal_year=2031,
        kind=kind,
    )


HOUSEHOLDS = _passage(
    "kec_contoh_data_warga_2031.csv",
    "Kelurahan: Sidomulyo | Jumlah PK: 3120 | Jumlah Jiwa: 10412",
    ChunkKind.TABLE_ROWS,
    0.5,
)
BUDGET = _passage(
    "kec_contoh_scan_pagu_2031.png",
    "Kelurahan: Sidomulyo | Pagu (Rp): 1.250.000.000 | Realisasi (Rp): 990.000.000",
    ChunkKind.TABLE_ROWS,
    0.9,
)
SCAN_HEADER = _passage(
    "kec_contoh_scan_pagu_2031.png",
    "Rekap per kelurahan tahun 2031\nPagu Kelurahan Realisasi",
    ChunkKind.TEXT,
    0.8,
)


def test_the_row_writing_the_short_form_answers() -> None:
    result = extractive_answer(
        parse_question("jumlah PK di kelurahan Sidomulyo berapa (data 2031)?"),
        [BUDGET, SCAN_HEADER, HOUSEHOLDS],
    )
    assert result.found and result.text.startswith("3.120")
