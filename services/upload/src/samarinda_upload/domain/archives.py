"""ZIP containers (plain ZIPs and Office files) checked from their headers and by streaming each
member through a byte budget: nothing is extracted to disk, and nothing trusts declared sizes alone.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from samarinda_common.errors import InvalidInput, PreconditionFailed, SamarindaError

from samarinda_upload.domain import content_types as ct
from samarinda_upload.domain.limits import Budget, ValidationLimits

_CHUNK = 256 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_ENCRYPTED_FLAG = 0x1

# Validates one plain-ZIP member's bytes at the given nesting depth (raises on rejection).
MemberCheck = Callable[[bytes, str, int], None]


def _invalid(message: str, reason: str, **details: str) -> InvalidInput:
    return InvalidInput(message, field="file", reason=reason, details=details)


def office_type(names: set[str]) -> str | None:
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return ct.DOCX
    if "xl/workbook.xml" in names:
        return ct.XLSX
    return None


def inspect_zip(
    stream: BinaryIO, limits: ValidationLimits, budget: Budget, depth: int, check_member: MemberCheck
) -> str:
    """Return ZIP, DOCX or XLSX for a safe container, else raise with the reason it is refused."""
    if depth >= limits.max_zip_depth:
        raise _invalid(f"archives nested deeper than {limits.max_zip_depth} levels", "ZIP_NESTED_TOO_DEEP")
    try:
        archive = zipfile.ZipFile(stream)
        infos = archive.infolist()
    except Exception as exc:
        raise _invalid(f"archive is unreadable ({type(exc).__name__})", "ZIP_CORRUPT") from exc
    with archive:
        if len(infos) > limits.max_zip_members:
            raise _invalid(
                f"archive holds {len(infos)} entries, more than {limits.max_zip_members}",
                "ZIP_TOO_MANY_FILES",
            )
        for info in infos:
            _check_entry_header(info, limits)
        declared = sum(info.file_size for info in infos)
        if declared > budget.decompressed_bytes:
            raise _invalid(f"archive declares {declared} uncompressed bytes", "ZIP_BOMB")
        kind = office_type({info.filename for info in infos}) or ct.ZIP
        corrupt_reason = "OFFICE_CORRUPT" if kind in ct.OFFICE else "ZIP_CORRUPT"
        for info in infos:
            if info.is_dir():
                continue
            keep = kind == ct.ZIP
            content = _read_member(archive, info, budget, keep=keep, corrupt_reason=corrupt_reason)
            if keep:
                if info.file_size > limits.max_bytes:
                    raise _invalid(
                        f"archive member is larger than {limits.max_bytes} bytes",
                        "TOO_LARGE",
                        member=info.filename,
                    )
                check_member(content, info.filename, depth + 1)
        return kind


def _check_entry_header(info: zipfile.ZipInfo, limits: ValidationLimits) -> None:
    name = info.filename
    if _is_unsafe_member_name(name):
        raise _invalid("archive member name points outside the archive", "ZIP_PATH_TRAVERSAL", member=name)
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _invalid("archive contains a symbolic link", "ZIP_SYMLINK", member=name)
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise PreconditionFailed(
            "archive member is password-protected", reason="ZIP_ENCRYPTED", details={"member": name}
        )
    if info.file_size > limits.zip_ratio_exempt_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_zip_ratio:
            raise _invalid(f"archive member expands {ratio:.0f}x", "ZIP_BOMB", member=name)


def _is_unsafe_member_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or _DRIVE.match(name):
        return True
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return True
    return any(part == ".." for part in re.split(r"[\\/]", name))


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget, *, keep: bool, corrupt_reason: str
) -> bytes:
    """Stream-decompress one member, charging every byte to the budget; return it if ``keep``."""
    parts: list[bytes] = []
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                budget.spend_decompressed(len(chunk))
                if keep:
                    parts.append(chunk)
    except SamarindaError:
        raise
    except Exception as exc:
        raise _invalid(
            f"archive member is unreadable ({type(exc).__name__})", corrupt_reason, member=info.filename
        ) from exc
    return b"".join(parts)
