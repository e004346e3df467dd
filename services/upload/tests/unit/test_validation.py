from __future__ import annotations

from pathlib import Path

import pytest
import upload_hostile_files as hf
from samarinda_common.errors import InvalidInput, PreconditionFailed, SamarindaError
from samarinda_common.testing.samples import samples_dir
from samarinda_upload.domain import content_types as ct
from samarinda_upload.domain.limits import ValidationLimits
from samarinda_upload.domain.validation import validate

SAMPLES = samples_dir()


def reason_of(data: bytes, filename: str = "berkas.bin", limits: ValidationLimits | None = None) -> str:
    with pytest.raises(SamarindaError) as caught:
        validate(data, filename, limits=limits)
    return caught.value.reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (hf.pdf(2), ct.PDF),
        (hf.image("PNG"), ct.PNG),
        (hf.image("JPEG"), ct.JPEG),
        (hf.image("TIFF"), ct.TIFF),
        (hf.image("WEBP"), ct.WEBP),
        (hf.docx(), ct.DOCX),
        (hf.xlsx(), ct.XLSX),
        (hf.CSV, ct.CSV),
        (hf.TEXT, ct.TXT),
        ("Rapat dinas kesehatan, anggaran belanja Rp 5.000.000\n".encode("cp1252"), ct.TXT),
        (hf.zip_of({"a.pdf": hf.pdf(), "b.csv": hf.CSV, "dir/c.png": hf.image()}), ct.ZIP),
        (hf.nested_zip(2), ct.ZIP),
    ],
)
def test_accepts_allowed_types_detected_from_content(data: bytes, expected: str) -> None:
    # The misleading name proves detection ignores it.
    accepted = validate(data, "nama-menyesatkan.exe")
    assert accepted.detected_type == expected
    assert accepted.size_bytes == len(data)


def test_returns_sha256_facts_and_clean_name() -> None:
    import hashlib

    data = hf.pdf(3)
    accepted = validate(data, "laporan/2025/Laporan Realisasi.pdf")
    assert accepted.sha256 == hashlib.sha256(data).hexdigest()
    assert accepted.filename == "Laporan Realisasi.pdf"
    assert accepted.facts == {"pages": 3}


def test_reads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(hf.CSV)
    assert validate(path, "x.csv").detected_type == ct.CSV


@pytest.mark.parametrize("sample", sorted(p for p in SAMPLES.rglob("*") if p.is_file()), ids=lambda p: p.name)
def test_every_shared_sample_is_accepted(sample: Path) -> None:
    assert validate(sample, sample.name).detected_type in ct.ALLOWED


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "EMPTY"),
        (hf.EXECUTABLE, "TYPE_NOT_ALLOWED"),
        (bytes(range(256)) * 40, "TYPE_NOT_ALLOWED"),
        (hf.image("GIF"), "TYPE_NOT_ALLOWED"),
        (hf.zip_bomb(), "ZIP_BOMB"),
        (hf.zip_of({"../../etc/cron.d/x.txt": b"x\n"}), "ZIP_PATH_TRAVERSAL"),
        (hf.zip_of({"/abs.txt": b"x\n"}), "ZIP_PATH_TRAVERSAL"),
        (hf.zip_with_symlink(), "ZIP_SYMLINK"),
        (hf.zip_encrypted(), "ZIP_ENCRYPTED"),
        (hf.nested_zip(3), "ZIP_NESTED_TOO_DEEP"),
        (hf.zip_of({"program.exe": hf.EXECUTABLE}), "TYPE_NOT_ALLOWED"),
        (hf.zip_of({"a.txt": b"x"})[:-30], "ZIP_CORRUPT"),
        (hf.png_claiming(100_000, 100_000), "PIXEL_BOMB"),
        (hf.image("PNG", size=(9000, 9000), mode="1"), "PIXEL_BOMB"),
        (hf.image("PNG")[:60], "IMAGE_CORRUPT"),
        (hf.pdf(user_password="rahasia"), "PDF_ENCRYPTED"),
        (b"%PDF-1.7\n" + b"bukan pdf sungguhan\n" * 20, "PDF_CORRUPT"),
    ],
    ids=[
        "empty",
        "exe",
        "random-binary",
        "gif",
        "zip-bomb",
        "zip-traversal",
        "zip-absolute",
        "zip-symlink",
        "zip-encrypted",
        "zip-nested-3",
        "zip-with-exe",
        "zip-truncated",
        "pixel-bomb-header",
        "pixel-bomb-real",
        "png-truncated",
        "pdf-encrypted",
        "pdf-corrupt",
    ],
)
def test_rejects_hostile_files_with_a_reason(data: bytes, reason: str) -> None:
    assert reason_of(data) == reason


def test_owner_only_encrypted_pdf_opens_without_password_and_is_accepted() -> None:
    assert validate(hf.pdf(owner_password="pemilik"), "x.pdf").detected_type == ct.PDF


def test_encryption_is_a_precondition_and_corruption_invalid_input() -> None:
    with pytest.raises(PreconditionFailed):
        validate(hf.pdf(user_password="rahasia"), "x.pdf")
    with pytest.raises(InvalidInput) as caught:
        validate(hf.zip_of({"../x.txt": b"x\n"}), "x.zip")
    assert caught.value.field == "file"
    assert caught.value.details["member"] == "../x.txt"


def test_office_file_with_traversal_member_is_refused() -> None:
    data = hf.zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<d/>", "../x": b"x"})
    assert reason_of(data) == "ZIP_PATH_TRAVERSAL"


def test_limits_are_configurable() -> None:
    assert reason_of(hf.CSV, limits=ValidationLimits(max_bytes=10)) == "TOO_LARGE"
    assert reason_of(hf.pdf(5), limits=ValidationLimits(max_pdf_pages=4)) == "TOO_MANY_PAGES"
    many = hf.zip_of({f"f{i}.txt": b"x\n" for i in range(11)})
    assert reason_of(many, limits=ValidationLimits(max_zip_members=10)) == "ZIP_TOO_MANY_FILES"
    # Under the ratio limit but over the byte budget: caught while streaming, not from headers.
    archive = hf.zip_of({f"f{i}.txt": bytes(range(256)) * 400 for i in range(3)})
    assert reason_of(archive, limits=ValidationLimits(max_zip_uncompressed_bytes=200_000)) == "ZIP_BOMB"


def test_time_budget_stops_work() -> None:
    archive = hf.zip_of({f"f{i}.txt": b"x\n" for i in range(50)})
    assert reason_of(archive, limits=ValidationLimits(time_budget_seconds=0)) == "VALIDATION_TIMEOUT"


@pytest.mark.parametrize(
    ("filename", "reason"),
    [
        ("../../etc/passwd", "PATH_TRAVERSAL"),
        ("laporan/../../x.pdf", "PATH_TRAVERSAL"),
        ("/etc/passwd", "PATH_TRAVERSAL"),
        ("C:\\Windows\\win.ini", "PATH_TRAVERSAL"),
        ("\\\\server\\share\\x.pdf", "PATH_TRAVERSAL"),
        ("lapor\x00an.pdf", "BAD_FILENAME"),
        ("lapor\nan.pdf", "BAD_FILENAME"),
        ("x\u202egnp.exe", "BAD_FILENAME"),
        ("", "BAD_FILENAME"),
        ("..", "PATH_TRAVERSAL"),
        ("a" * 256 + ".pdf", "BAD_FILENAME"),
        ("dir/", "BAD_FILENAME"),
    ],
)
def test_rejects_hostile_filenames(filename: str, reason: str) -> None:
    assert reason_of(hf.TEXT, filename) == reason


def test_filename_is_nfc_normalised() -> None:
    decomposed = "Laporan Kecamatan Sungai Kunjang Pe\u0301rsi.pdf"
    assert validate(hf.pdf(), decomposed).filename == "Laporan Kecamatan Sungai Kunjang P\u00e9rsi.pdf"


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (hf.TEXT, "anggaran.xlsx"),  # a text file dressed as a spreadsheet
        (hf.CSV, "laporan.pdf"),
        (b"#!/bin/sh\nrm -rf /\n", "rekap.xlsx"),
        (hf.pdf(), "foto.png"),
        (hf.image("PNG"), "surat.docx"),
        (hf.docx(), "rka.xlsx"),
    ],
)
def test_an_extension_that_promises_other_content_is_refused(data: bytes, filename: str) -> None:
    assert reason_of(data, filename) in {"EXTENSION_MISMATCH", "EXECUTABLE_CONTENT"}


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (hf.image("PNG"), "scan.jpg", ct.PNG),  # same family: the content decides
        (hf.CSV, "harga.txt", ct.CSV),
        (hf.TEXT, "notulen", ct.TXT),  # no extension promises nothing
        (hf.xlsx(), "arsip.zip", ct.XLSX),
    ],
)
def test_an_extension_of_the_same_family_or_none_is_accepted(
    data: bytes, filename: str, expected: str
) -> None:
    assert validate(data, filename).detected_type == expected


def test_a_script_is_refused_whatever_its_name() -> None:
    assert reason_of(b"#!/usr/bin/env python3\nprint('x')\n", "catatan.txt") == "EXECUTABLE_CONTENT"
