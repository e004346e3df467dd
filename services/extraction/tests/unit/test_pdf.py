import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractionMethod
from samarinda_common.rupiah import parse_rupiah
from samarinda_extraction import extract_bytes, extract_file


def test_ssh_pdf_rows_match_the_spreadsheet(samples: Path) -> None:
    pdf = extract_file(samples / "ssh_2026.pdf")
    xlsx = extract_file(samples / "ssh_2026.xlsx")
    assert [p.method for p in pdf.pages] == [ExtractionMethod.TEXT, ExtractionMethod.TEXT]
    pdf_rows = [row for t in pdf.tables for row in t.rows[t.header_row + 1 :]]
    expected = xlsx.tables[0].rows[xlsx.tables[0].header_row + 1 :]
    assert len(pdf_rows) == len(expected) == 35
    for got, want in zip(pdf_rows, expected, strict=True):
        assert int(got[0]) == want[0]
        assert got[1:5] == want[1:5]  # code, name (wrapped lines rejoined), specification, unit
        assert parse_rupiah(got[5]) == want[5]
    # one table running over the page break (the repeated header dropped)
    assert [(t.page, t.continued_on) for t in pdf.tables] == [(1, 2)]


def test_born_digital_report_text_and_metadata(samples: Path) -> None:
    doc = extract_file(samples / "docs" / "laporan_realisasi_pengadaan_2025.pdf")
    assert "LAPORAN REALISASI PENGADAAN BARANG DAN JASA TAHUN 2025" in doc.pages[0].text
    assert doc.language == "id"
    assert "Dinas Pendidikan dan Kebudayaan Kota Samarinda" in doc.metadata.opd_names
    assert {"Rp 82.560.000": 82_560_000}.items() <= {a.text: a.value for a in doc.metadata.amounts}.items()
    assert doc.tables[0].rows[2] == ["2", "Nasi kotak rapat", "Kotak", "1920", "Rp 43.000", "Rp 82.560.000"]


def test_encrypted_pdf_is_refused_with_a_reason(samples: Path) -> None:
    writer = PdfWriter(clone_from=samples / "ssh_2026.pdf")
    writer.encrypt("rahasia")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InvalidInput) as error:
        extract_bytes(buffer.getvalue(), "x.pdf", "application/pdf")
    assert error.value.reason == "ENCRYPTED_PDF"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n" + b"garbage " * 50, b"not a pdf at all"])
def test_corrupt_pdf_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(InvalidInput) as error:
        extract_bytes(data, "x.pdf", "application/pdf")
    assert error.value.reason == "CORRUPT_PDF"


def test_page_limit_is_enforced(samples: Path) -> None:
    from samarinda_extraction.options import ExtractionOptions

    with pytest.raises(InvalidInput) as error:
        extract_file(samples / "ssh_2026.pdf", options=ExtractionOptions(max_pages=1))
    assert error.value.reason == "TOO_MANY_PAGES"


def scanned_page(text: str) -> Image.Image:
    page = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    font = ImageFont.truetype("DejaVuSerif.ttf", 28)
    ImageDraw.Draw(page).multiline_text((100, 150), text, fill=0, font=font, spacing=12)
    return page


@pytest.mark.slow
def test_mixed_pdf_is_decided_page_by_page(samples: Path) -> None:
    scan = io.BytesIO()
    scanned_page(
        "Surat Penawaran Harga\nLaptop Core i5 sebesar Rp 11.950.000\nSamarinda, 3 November 2025"
    ).save(scan, "PDF", resolution=150)
    writer = PdfWriter(clone_from=samples / "docs" / "laporan_realisasi_pengadaan_2025.pdf")
    writer.append(io.BytesIO(scan.getvalue()))
    mixed = io.BytesIO()
    writer.write(mixed)
    doc = extract_bytes(mixed.getvalue(), "mixed.pdf", "application/pdf")
    assert [p.method for p in doc.pages] == [ExtractionMethod.TEXT, ExtractionMethod.OCR]
    assert doc.pages[1].confidence is not None and doc.pages[1].confidence > 70
    assert "Rp 11.950.000" in doc.pages[1].text
    assert doc.pages_ocr == 1
    assert "2025-11-03" in doc.metadata.dates
