"""What only the local folder blob store has to prove: keys cannot escape, writes are atomic."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.adapters.local_blob import LocalFolderBlobStore
from samarinda_common.errors import InvalidInput


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


async def test_layout_and_no_leftover_temp_files(tmp_path: Path) -> None:
    store = LocalFolderBlobStore(tmp_path)
    await store.ensure_bucket("dokumen")
    await store.put("dokumen", "DISDIK/a.pdf", b"isi", content_type="application/pdf")
    assert await store.get("dokumen", "DISDIK/a.pdf") == b"isi"
    assert _files(tmp_path) == [".meta/dokumen/DISDIK/a.pdf.json", "dokumen/DISDIK/a.pdf"]


@pytest.mark.parametrize("key", ["../../outside", "a/../../b", "/etc/passwd", "a\\..\\b", "nul\x00byte"])
async def test_keys_cannot_escape_the_root(tmp_path: Path, key: str) -> None:
    store = LocalFolderBlobStore(tmp_path / "root")
    await store.ensure_bucket("dokumen")
    with pytest.raises(InvalidInput):
        await store.put("dokumen", key, b"x")
    assert _files(tmp_path) == []


@pytest.mark.parametrize("bucket", ["..", ".meta", "UPPER", "a", "under_score"])
async def test_bucket_names_follow_s3_rules(tmp_path: Path, bucket: str) -> None:
    with pytest.raises(InvalidInput):
        await LocalFolderBlobStore(tmp_path).ensure_bucket(bucket)


async def test_key_that_is_also_a_folder_is_refused(tmp_path: Path) -> None:
    store = LocalFolderBlobStore(tmp_path)
    await store.ensure_bucket("dokumen")
    await store.put("dokumen", "a/b", b"x")
    with pytest.raises(InvalidInput):
        await store.put("dokumen", "a", b"y")
    assert await store.get("dokumen", "a/b") == b"x"
