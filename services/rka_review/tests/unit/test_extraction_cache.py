"""The offline reading cache: a hit only for the same bytes, time scale and extraction code."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.extracted import ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_rka_review.adapters import extraction_cache
from samarinda_rka_review.adapters.extraction_cache import ExtractionCache


def _document(text: str) -> ExtractedDocument:
    return ExtractedDocument(
        filename="scan.png",
        detected_type="image/png",
        pages=[Page(number=1, text=text, method=ExtractionMethod.OCR, ocr_pass="plain")],
        tables=[Table(page=1, index=0, rows=[["No", "Uraian"], ["1", text]])],
    )


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "scan.png"
    path.write_bytes(b"first scan")
    return path


def test_a_stored_reading_comes_back_whole(tmp_path: Path, scan: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    assert cache.get(scan, 1.0) is None
    cache.put(scan, 1.0, _document("Kertas HVS"))
    again = cache.get(scan, 1.0)
    assert again is not None
    assert again.tables[0].rows[1] == ["1", "Kertas HVS"]
    assert (cache.hits, cache.misses) == (1, 1)


def test_other_bytes_or_another_time_scale_read_afresh(tmp_path: Path, scan: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    cache.put(scan, 1.0, _document("Kertas HVS"))
    assert cache.get(scan, 5.0) is None
    scan.write_bytes(b"second scan")
    assert cache.get(scan, 1.0) is None


def test_a_change_to_the_extraction_code_reads_afresh(
    tmp_path: Path, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ExtractionCache(tmp_path / "cache").put(scan, 1.0, _document("Kertas HVS"))
    monkeypatch.setattr(extraction_cache, "extraction_code_fingerprint", lambda: "changed")
    assert ExtractionCache(tmp_path / "cache").get(scan, 1.0) is None


def test_the_fingerprint_covers_the_shared_modules_the_extraction_imports() -> None:
    names = {path.name for path in extraction_cache._extraction_sources()}
    assert "extracted.py" in names  # samarinda_common.extracted, imported by the extraction
    assert "extract.py" in names  # the package itself
