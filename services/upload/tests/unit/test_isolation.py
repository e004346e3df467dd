from __future__ import annotations

from pathlib import Path

import pytest
import upload_hostile_files as hf
from samarinda_common.errors import InvalidInput, PreconditionFailed
from samarinda_upload.domain.limits import ValidationLimits
from samarinda_upload.isolation import ValidatorPool, validate_isolated


def write(tmp_path: Path, data: bytes, name: str = "berkas") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


async def test_workers_are_reused_and_keep_rejection_types(tmp_path: Path) -> None:
    pool = ValidatorPool(ValidationLimits(), size=1)
    try:
        accepted = await pool.validate(write(tmp_path, hf.pdf(2)), "laporan.pdf")
        assert accepted.detected_type == "application/pdf" and accepted.facts == {"pages": 2}
        with pytest.raises(InvalidInput) as invalid:
            await pool.validate(write(tmp_path, hf.zip_of({"../x.txt": b"x\n"})), "a.zip")
        assert invalid.value.reason == "ZIP_PATH_TRAVERSAL" and invalid.value.details == {
            "member": "../x.txt"
        }
        with pytest.raises(PreconditionFailed) as encrypted:
            await pool.validate(write(tmp_path, hf.pdf(user_password="x")), "a.pdf")
        assert encrypted.value.reason == "PDF_ENCRYPTED"
        assert len(pool._idle) == 1  # one worker served all three
    finally:
        await pool.close()


async def test_a_checker_over_its_wall_clock_is_killed_and_replaced(tmp_path: Path) -> None:
    pool = ValidatorPool(ValidationLimits(), size=1, timeout_seconds=0.001)
    try:
        with pytest.raises(InvalidInput) as caught:
            await pool.validate(write(tmp_path, b"baris teks biasa\n" * 3_000_000), "besar.txt")
        assert caught.value.reason == "VALIDATION_TIMEOUT"
        assert pool._idle == []  # the overrunning worker is gone, not reused
    finally:
        await pool.close()


def test_validate_isolated_and_unreadable_paths(tmp_path: Path) -> None:
    assert validate_isolated(write(tmp_path, hf.CSV), "a.csv").detected_type == "text/csv"
    with pytest.raises(InvalidInput) as caught:
        validate_isolated(tmp_path / "tidak-ada.pdf", "tidak-ada.pdf")
    assert caught.value.reason == "UNREADABLE"
