from __future__ import annotations

import pytest
from samarinda_common.adapters.embedders import approximate_tokens
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_embedding.domain.chunking import (
    ChunkingPolicy,
    ChunkKind,
    chunk_document,
    chunk_id,
    is_heading,
    render_row,
)

REPORT_PAGE_1 = """BAB I
PENDAHULUAN
Laporan ini menyajikan realisasi anggaran Dinas Pendidikan Kota Samarinda tahun 2025.

1.1 Latar Belakang
Pembangunan pendidikan menjadi prioritas pemerintah kota. Anggaran difokuskan pada rehabilitasi
ruang kelas dan pengadaan sarana pembelajaran di sekolah dasar negeri."""

REPORT_PAGE_2 = """BAB II
REALISASI ANGGARAN
Realisasi belanja modal mencapai 92 persen dari pagu. Sisa anggaran berasal dari efisiensi
pengadaan laptop dan proyektor."""


def _document(pages: list[Page], tables: list[Table] | None = None) -> ExtractedDocument:
    return ExtractedDocument(
        filename="laporan.pdf", detected_type="application/pdf", pages=pages, tables=tables or []
    )


def _pages() -> list[Page]:
    return [
        Page(number=1, text=REPORT_PAGE_1, method=ExtractionMethod.TEXT),
        Page(number=2, text=REPORT_PAGE_2, method=ExtractionMethod.TEXT),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BAB II", True),
        ("PENDAHULUAN", True),
        ("1.1 Latar Belakang", True),
        ("Pasal 3 Ketentuan Umum", True),
        ("Realisasi belanja modal mencapai 92 persen dari pagu.", False),
        ("Nomor surat:", False),
        ("1 unit laptop", False),
        ("TOTAL BAYAR 1.362.500", False),
        ("JUMLAH PESERTA 412", False),
        ("LAPORAN KINERJA TAHUN 2031", True),
        ("LAMPIRAN 2", True),
        ("", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_text_chunks_keep_page_and_heading() -> None:
    chunks = chunk_document(_document(_pages()), "doc-00001", approximate_tokens)
    assert {c.page for c in chunks} == {1, 2}
    assert all(c.kind is ChunkKind.TEXT for c in chunks)
    background = next(c for c in chunks if "rehabilitasi" in c.text)
    assert background.heading == "1.1 Latar Belakang"
    assert background.page == 1
    assert background.embedding_text().startswith("1.1 Latar Belakang\n")
    realisation = next(c for c in chunks if "92 persen" in c.text)
    assert realisation.page == 2 and realisation.heading == "REALISASI ANGGARAN"


def test_chunk_ids_are_deterministic_and_unique() -> None:
    first = chunk_document(_document(_pages()), "doc-00001", approximate_tokens)
    again = chunk_document(_document(_pages()), "doc-00001", approximate_tokens)
    other = chunk_document(_document(_pages()), "doc-00002", approximate_tokens)
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    assert not {c.id for c in first} & {c.id for c in other}
    assert first[0].id == chunk_id("doc-00001", first[0].page, ChunkKind.TEXT, 0)


def test_long_sections_are_split_within_the_size_with_overlap() -> None:
    sentences = [f"Kalimat nomor {i} membahas kegiatan pemeliharaan jalan lingkungan." for i in range(60)]
    page = Page(number=1, text=" ".join(sentences), method=ExtractionMethod.TEXT)
    policy = ChunkingPolicy(chunk_tokens=64, overlap_tokens=16)
    chunks = chunk_document(_document([page]), "doc-00001", approximate_tokens, policy)
    assert len(chunks) > 5
    assert all(approximate_tokens(c.text) <= 64 for c in chunks)
    # Overlap: consecutive chunks share words.
    assert set(chunks[0].text.split()[-3:]) & set(chunks[1].text.split())
    text = " ".join(c.text for c in chunks)
    assert all(f"nomor {i} " in text for i in range(60))


def test_table_rows_stay_whole_with_their_header() -> None:
    table = Table(
        page=3,
        index=0,
        header_row=1,
        rows=[
            ["STANDAR SATUAN HARGA 2026", None, None, None],
            ["Uraian", "Spesifikasi", "Satuan", "Harga Satuan (Rp)"],
            ["Kertas HVS", "A4 80 gram", "rim", 55000.0],
            ["Tinta printer", "botol 70 ml, hitam", "botol", 95000],
            [None, None, None, None],
        ],
    )
    chunks = chunk_document(_document([], [table]), "doc-00001", approximate_tokens)
    assert [c.text for c in chunks] == [
        "Uraian: Kertas HVS | Spesifikasi: A4 80 gram | Satuan: rim | Harga Satuan (Rp): 55000",
        "Uraian: Tinta printer | Spesifikasi: botol 70 ml, hitam | Satuan: botol | Harga Satuan (Rp): 95000",
    ]
    assert [(c.page, c.table, c.first_row, c.last_row) for c in chunks] == [(3, 0, 2, 2), (3, 0, 3, 3)]
    assert all(c.kind is ChunkKind.TABLE_ROWS for c in chunks)


def test_table_rows_can_be_grouped() -> None:
    rows = [["No", "Uraian"]] + [[i, f"Kegiatan {i}"] for i in range(1, 6)]
    table = Table(page=1, index=2, header_row=0, rows=rows)
    chunks = chunk_document(
        _document([], [table]), "doc-00001", approximate_tokens, ChunkingPolicy(table_rows_per_chunk=2)
    )
    assert [(c.first_row, c.last_row) for c in chunks] == [(1, 2), (3, 4), (5, 5)]
    assert chunks[0].text == "No: 1 | Uraian: Kegiatan 1\nNo: 2 | Uraian: Kegiatan 2"


def test_spreadsheet_text_is_not_indexed_twice() -> None:
    sheet = Page(
        number=1, text="Uraian Harga\nKertas 55000", method=ExtractionMethod.SPREADSHEET, sheet="SSH"
    )
    table = Table(sheet="SSH", page=1, index=0, header_row=0, rows=[["Uraian", "Harga"], ["Kertas", 55000]])
    chunks = chunk_document(_document([sheet], [table]), "doc-00001", approximate_tokens)
    assert [c.kind for c in chunks] == [ChunkKind.TABLE_ROWS]
    assert chunks[0].sheet == "SSH"


def test_pages_without_words_give_no_chunks() -> None:
    for text in ("-----\n\n ~~~ ", " "):
        page = Page(number=1, text=text, method=ExtractionMethod.OCR)
        assert chunk_document(_document([page]), "doc-00001", approximate_tokens) == []


def test_render_row_without_header_lists_cells() -> None:
    assert render_row(["Kertas", None, 3.0, "rim"], None) == "Kertas | 3 | rim"


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        ChunkingPolicy(chunk_tokens=8)
    with pytest.raises(ValueError):
        ChunkingPolicy(chunk_tokens=100, overlap_tokens=60)
    with pytest.raises(ValueError):
        ChunkingPolicy(table_rows_per_chunk=0)


def test_a_numbered_item_wrapped_onto_the_next_line_is_no_heading() -> None:
    minutes = (
        "NOTULEN RAPAT\n"
        "3. Pengadaan komputer dianggarkan pada belanja modal, bukan pada\n"
        "   belanja barang dan jasa.\n"
        "4. Realisasi belanja sampai bulan Juni mencapai 40 persen.\n"
    )
    chunks = chunk_document(
        _document([Page(number=1, text=minutes, method=ExtractionMethod.OCR)]),
        "doc-00002",
        approximate_tokens,
    )
    assert {c.heading for c in chunks} == {"NOTULEN RAPAT"}
    assert any("bukan pada\n   belanja barang" in c.text for c in chunks)


def test_a_tables_caption_is_the_heading_of_its_row_chunks() -> None:
    table = Table(
        sheet="Gudang",
        page=1,
        index=0,
        header_row=2,
        rows=[
            ["STOK PUPUK GUDANG KELURAHAN", "STOK PUPUK GUDANG KELURAHAN", None],
            ["Posisi akhir Juni 2031", None, "(dalam kilogram)"],
            ["Jenis", "Gudang Barat", "Gudang Timur"],
            ["Urea", 1200, 860],
        ],
    )
    (chunk,) = chunk_document(_document([], [table]), "doc-00002", approximate_tokens)
    assert chunk.heading == "STOK PUPUK GUDANG KELURAHAN — Posisi akhir Juni 2031 (dalam kilogram)"
    assert chunk.embedding_text().startswith("STOK PUPUK GUDANG KELURAHAN")


def test_a_table_without_lines_above_its_header_has_no_caption() -> None:
    table = Table(page=1, index=0, header_row=0, rows=[["Jenis", "Stok"], ["Urea", 1200]])
    (chunk,) = chunk_document(_document([], [table]), "doc-00003", approximate_tokens)
    assert chunk.heading is None


def test_a_second_header_line_under_merged_names_joins_the_column_names() -> None:
    table = Table(
        page=1,
        index=0,
        header_row=0,
        rows=[
            ["Kelurahan", "Sapi", "Sapi", "Kambing"],
            ["Kelurahan", "Jantan", "Betina", "Kambing"],
            ["Bukit Hijau", 14, 31, 52],
        ],
    )
    (chunk,) = chunk_document(_document([], [table]), "doc-00004", approximate_tokens)
    assert chunk.text == "Kelurahan: Bukit Hijau | Sapi Jantan: 14 | Sapi Betina: 31 | Kambing: 52"
    assert chunk.first_row == 2


def test_a_first_row_of_words_under_distinct_names_stays_a_row() -> None:
    table = Table(page=1, index=0, header_row=0, rows=[["Jenis", "Keterangan"], ["Urea", "subsidi"]])
    (chunk,) = chunk_document(_document([], [table]), "doc-00005", approximate_tokens)
    assert chunk.text == "Jenis: Urea | Keterangan: subsidi"
