"""Routing by content, and the DOCX, HTML, text and ZIP readers."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractionMethod
from samarinda_extraction import extract_bytes
from samarinda_extraction.domain.kinds import DocumentKind
from samarinda_extraction.extract import archive_members, detect_kind
from samarinda_extraction.options import ExtractionOptions

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def word_file() -> bytes:
    document = docx.Document()
    document.add_paragraph("Surat Penawaran Harga")
    document.add_paragraph("Samarinda, 3 November 2025")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(
        table.rows,
        [
            ("No", "Nama Barang", "Harga Satuan"),
            ("1", "Laptop", "Rp 11.950.000"),
            ("2", "Printer", "Rp 3.100.000"),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "Rekapitulasi"
    for cell, value in zip(merged.rows[1].cells, ("a", "b", "c"), strict=True):
        cell.text = value
    document.add_paragraph("Hormat kami, Direktur")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("filename", "declared", "kind"),
    [
        ("ssh_2026.xlsx", None, DocumentKind.XLSX),
        ("ssh_2026.xlsx", "text/csv", DocumentKind.XLSX),  # the bytes' signature wins over a wrong label
        ("ssh_2026.pdf", None, DocumentKind.PDF),
        ("docs/penawaran_cv_mahakam_scan.png", "application/octet-stream", DocumentKind.IMAGE),
        ("docs/realisasi_belanja_2025.csv", None, DocumentKind.CSV),
        ("docs/realisasi_belanja_2025.csv", "text/csv", DocumentKind.CSV),
        ("docs/notulen_rapat_foto.truth.txt", None, DocumentKind.TEXT),
    ],
)
def test_kind_is_detected_from_the_bytes(
    samples: Path, filename: str, declared: str | None, kind: DocumentKind
) -> None:
    assert detect_kind((samples / filename).read_bytes(), Path(filename).name, declared) is kind


def test_docx_by_signature_html_by_markup_and_binary_junk_refused() -> None:
    assert detect_kind(word_file(), "surat", None) is DocumentKind.DOCX
    assert detect_kind(b"<!DOCTYPE html><html><body>x</body></html>", "page", None) is DocumentKind.HTML
    with pytest.raises(InvalidInput) as error:
        detect_kind(b"\x00\x01\x02binary", "x.bin", None)
    assert error.value.reason == "UNSUPPORTED_TYPE"
    with pytest.raises(InvalidInput):
        detect_kind(b"", "x.txt", None)


def test_docx_paragraphs_and_tables_in_order_with_merged_cells_filled() -> None:
    doc = extract_bytes(word_file(), "penawaran.docx", None)
    [page] = doc.pages
    assert page.method is ExtractionMethod.DOCX
    assert (
        page.text.index("Surat Penawaran Harga") < page.text.index("Laptop") < page.text.index("Hormat kami")
    )
    assert doc.tables[0].rows == [
        ["No", "Nama Barang", "Harga Satuan"],
        ["1", "Laptop", "Rp 11.950.000"],
        ["2", "Printer", "Rp 3.100.000"],
    ]
    assert doc.tables[0].header_row == 0
    assert doc.tables[1].rows[0] == ["Rekapitulasi"] * 3
    assert doc.metadata.dates == ["2025-11-03"]
    assert [a.value for a in doc.metadata.amounts] == [11_950_000, 3_100_000]


def test_html_text_without_scripts_and_its_tables() -> None:
    html = b"""<html><head><title>t</title><style>p{}</style></head><body>
    <h1>Laporan Dinas Kesehatan Kota Samarinda</h1><script>var x = 1;</script>
    <p>Anggaran sebesar Rp 1.250.000,00 untuk kegiatan.</p>
    <table><tr><th>Uraian</th><th>Satuan</th><th>Harga</th></tr>
    <tr><td>Masker</td><td>Box</td><td>75.000</td></tr></table></body></html>"""
    doc = extract_bytes(html, "laporan.html", "text/html")
    assert "var x" not in doc.text and "p{}" not in doc.text
    assert "Laporan Dinas Kesehatan Kota Samarinda" in doc.text
    assert doc.tables[0].rows == [["Uraian", "Satuan", "Harga"], ["Masker", "Box", "75.000"]]
    assert doc.metadata.amounts[0].value == 1_250_000
    assert doc.metadata.opd_names == ["Dinas Kesehatan Kota Samarinda"]


def test_plain_text_pages_split_on_form_feeds_and_cp1252_is_decoded() -> None:
    doc = extract_bytes("Halaman satu\fHalaman dua – akhir".encode("cp1252"), "a.txt", "text/plain")
    assert [p.text for p in doc.pages] == ["Halaman satu", "Halaman dua – akhir"]
    assert [p.number for p in doc.pages] == [1, 2]


def test_zip_lists_members_and_enforces_limits() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a/satu.txt", "satu")
        z.writestr("dua.csv", "a;b\n1;2\n")
        z.writestr("a/", "")
    data = archive.getvalue()
    assert archive_members(data) == [("satu.txt", b"satu"), ("dua.csv", b"a;b\n1;2\n")]
    doc = extract_bytes(data, "berkas.zip", "application/zip")
    assert "a/satu.txt" in doc.pages[0].text
    with pytest.raises(InvalidInput) as error:
        archive_members(data, ExtractionOptions(max_zip_members=1))
    assert error.value.reason == "ZIP_TOO_MANY_MEMBERS"


def test_zip_bomb_is_refused() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("nol.txt", b"0" * (20 * 1024 * 1024))
    with pytest.raises(InvalidInput) as error:
        archive_members(archive.getvalue())
    assert error.value.reason == "ZIP_BOMB"


def test_corrupt_office_files_are_refused_with_a_reason() -> None:
    with pytest.raises(InvalidInput) as error:
        extract_bytes(b"PK\x03\x04" + b"\x00" * 100, "x.xlsx", XLSX)
    assert error.value.reason in {"CORRUPT_XLSX", "CORRUPT_ZIP"}


def _docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_pages_follow_explicit_breaks_and_tables_cite_their_page() -> None:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Bab I Pendahuluan")
    document.add_paragraph("akhir halaman satu").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Tabel 3.1 Capaian")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Indikator"
    document.add_paragraph("Bab IV").paragraph_format.page_break_before = True
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Target"
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Lampiran")
    doc = extract_bytes(_docx_bytes(document), "lkjip.docx", None)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]
    assert "akhir halaman satu" in doc.pages[0].text and "Tabel 3.1" in doc.pages[1].text
    assert "Bab IV" in doc.pages[2].text and "Lampiran" in doc.pages[3].text
    assert [(t.page, t.index) for t in doc.tables] == [(2, 0), (3, 0)]


def test_docx_line_breaks_inside_a_paragraph_end_its_lines() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Kegiatan: 1.02.02.2.01 Contoh")
    paragraph.add_run().add_break()
    paragraph.add_run("Lokasi: Balai Desa")
    doc = extract_bytes(_docx_bytes(document), "form.docx", None)
    assert doc.pages[0].text.splitlines() == ["Kegiatan: 1.02.02.2.01 Contoh", "Lokasi: Balai Desa"]


def test_docx_pages_follow_words_own_rendered_breaks_when_recorded() -> None:
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("halaman satu")
    second = document.add_paragraph()
    second.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
    second.add_run("halaman dua")
    document.add_table(rows=1, cols=1).rows[0].cells[0].text = "x"
    doc = extract_bytes(_docx_bytes(document), "laporan.docx", None)
    assert [p.text for p in doc.pages] == ["halaman satu", "halaman dua\n\nx"]
    assert doc.tables[0].page == 2
