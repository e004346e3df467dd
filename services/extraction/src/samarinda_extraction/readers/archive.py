"""ZIP archives: each member is handed back to intake as a document of its own."""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from samarinda_common.errors import InvalidInput

from samarinda_extraction.options import ExtractionOptions

_IGNORED_PREFIXES = ("__MACOSX/",)
_IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class ArchiveMember:
    path: str  # as stored in the archive, for people
    filename: str  # base name, for intake
    data: bytes


def read_members(data: bytes, options: ExtractionOptions) -> list[ArchiveMember]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InvalidInput(f"ZIP cannot be read: {exc}", field="file", reason="CORRUPT_ZIP") from exc
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and not _ignored(i.filename)]
        _check_limits(infos, options)
        members = []
        for info in infos:
            if info.flag_bits & 0x1:
                raise InvalidInput(
                    f"ZIP member {info.filename!r} is encrypted", field="file", reason="ENCRYPTED_ZIP"
                )
            try:
                content = archive.read(info)
            except (zipfile.BadZipFile, NotImplementedError, OSError) as exc:
                raise InvalidInput(
                    f"ZIP member {info.filename!r} cannot be read: {exc}", field="file", reason="CORRUPT_ZIP"
                ) from exc
            members.append(ArchiveMember(info.filename, posixpath.basename(info.filename), content))
        return members


def _ignored(name: str) -> bool:
    return name.startswith(_IGNORED_PREFIXES) or posixpath.basename(name) in _IGNORED_NAMES


def _check_limits(infos: list[zipfile.ZipInfo], options: ExtractionOptions) -> None:
    if len(infos) > options.max_zip_members:
        raise InvalidInput(
            f"ZIP has {len(infos)} members, more than {options.max_zip_members}",
            field="file",
            reason="ZIP_TOO_MANY_MEMBERS",
        )
    total = sum(i.file_size for i in infos)
    if total > options.max_zip_uncompressed_bytes:
        raise InvalidInput("ZIP expands beyond the size limit", field="file", reason="ZIP_TOO_LARGE")
    for info in infos:
        if info.file_size > 4 * 1024 * 1024 and info.file_size > options.max_zip_ratio * max(
            info.compress_size, 1
        ):
            raise InvalidInput(
                f"ZIP member {info.filename!r} is a compression bomb", field="file", reason="ZIP_BOMB"
            )
