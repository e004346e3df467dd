"""Original filenames are untrusted: keep the base name, refuse anything that could address a path."""

from __future__ import annotations

import re
import unicodedata

from samarinda_common.errors import InvalidInput

_DRIVE = re.compile(r"^[A-Za-z]:")


def _reject(message: str, reason: str = "BAD_FILENAME") -> InvalidInput:
    return InvalidInput(message, field="filename", reason=reason)


def safe_filename(raw: str, *, max_bytes: int = 255) -> str:
    """Return the NFC-normalised base name of ``raw``, or raise ``InvalidInput``.

    Directories in an otherwise harmless name ("laporan/2025/a.pdf") are dropped, because browsers
    and zip tools send them; traversal (``..``), absolute and drive paths are refused outright
    because they only come from a client trying something.
    """
    name = unicodedata.normalize("NFC", raw).strip()
    if not name:
        raise _reject("filename is empty")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        raise _reject("filename contains control characters")
    parts = re.split(r"[\\/]+", name)
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise _reject("filename is an absolute path", reason="PATH_TRAVERSAL")
    if any(part.strip() == ".." for part in parts):
        raise _reject("filename climbs out of its directory ('..')", reason="PATH_TRAVERSAL")
    base = parts[-1].strip()
    if not base or set(base) <= {".", " "}:
        raise _reject("filename has no usable base name")
    if len(base.encode("utf-8")) > max_bytes:
        raise _reject(f"filename is longer than {max_bytes} bytes")
    return base
