"""The one validation every entry point runs (gRPC, HTTP, events and ``samarinda validate``).

It decides from the content alone what a file is, refuses anything outside the allow-list or
anything hostile (bombs, traversal, encryption, corruption), and returns what it learnt. Every
refusal is a typed error with a stable ``reason`` code.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from samarinda_common.errors import InvalidInput

from samarinda_upload.domain import content_types as ct
from samarinda_upload.domain.archives import inspect_zip
from samarinda_upload.domain.detection import (
    ZIP_SIGNATURES,
    describe_unknown,
    is_csv,
    signature_type,
    text_encoding,
)
from samarinda_upload.domain.filenames import safe_filename
from samarinda_upload.domain.images import check_image
from samarinda_upload.domain.limits import Budget, ValidationLimits
from samarinda_upload.domain.pdfs import check_pdf

_HEAD_BYTES = 8192
_HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Accepted:
    detected_type: str
    sha256: str
    size_bytes: int
    filename: str
    facts: dict[str, int] = field(default_factory=dict)  # pages, width/height, ...


def validate(
    source: bytes | Path,
    filename: str,
    declared_type: str | None = None,
    limits: ValidationLimits | None = None,
) -> Accepted:
    """Accept ``source`` or raise ``InvalidInput`` / ``PreconditionFailed`` with the reason.

    ``declared_type`` is what the client claimed; it is never trusted, only recorded by callers.
    """
    limits = limits or ValidationLimits()
    name = safe_filename(filename, max_bytes=limits.max_filename_bytes)
    with _open(source) as stream:
        size = stream.seek(0, io.SEEK_END)
        if size == 0:
            raise InvalidInput("file is empty", field="file", reason="EMPTY")
        if size > limits.max_bytes:
            raise InvalidInput(
                f"file is {size} bytes, more than {limits.max_bytes}", field="file", reason="TOO_LARGE"
            )
        budget = Budget.from_limits(limits)
        detected, facts = _inspect(stream, limits, budget, depth=0)
        check_extension(name, detected)
        sha256 = _sha256(stream, budget)
    return Accepted(detected_type=detected, sha256=sha256, size_bytes=size, filename=name, facts=facts)


def check_extension(filename: str, detected: str) -> None:
    """Refuse a file whose name promises another kind of content than it holds."""
    promised = ct.EXTENSION_FAMILIES.get(Path(filename).suffix.lower())
    if promised is not None and ct.family(detected) not in promised:
        raise InvalidInput(
            f"the file is named {Path(filename).suffix} but its content is {detected}",
            field="filename",
            reason="EXTENSION_MISMATCH",
            details={"detected_type": detected},
        )


def _open(source: bytes | Path) -> BinaryIO:
    if isinstance(source, bytes):
        return io.BytesIO(source)
    try:
        return source.open("rb")
    except OSError as exc:
        raise InvalidInput(
            f"file cannot be read ({exc.strerror or type(exc).__name__})", field="file", reason="UNREADABLE"
        ) from exc


def _inspect(
    stream: BinaryIO, limits: ValidationLimits, budget: Budget, depth: int
) -> tuple[str, dict[str, int]]:
    stream.seek(0)
    head = stream.read(_HEAD_BYTES)
    stream.seek(0)
    if head.startswith(ZIP_SIGNATURES):

        def check_member(content: bytes, member: str, member_depth: int) -> None:
            _check_archive_member(content, member, limits, budget, member_depth)

        return inspect_zip(stream, limits, budget, depth, check_member), {}
    signed = signature_type(head)
    if signed == ct.PDF:
        return signed, check_pdf(stream, limits, budget)
    if signed in ct.IMAGES:
        return signed, check_image(stream, signed, limits, budget)
    encoding = text_encoding(stream, budget)
    if encoding is None:
        raise InvalidInput(
            f"content is {describe_unknown(head)}, which is not an accepted type",
            field="file",
            reason="TYPE_NOT_ALLOWED",
        )
    sample = head.decode(encoding, errors="ignore")
    if sample.lstrip("\ufeff").startswith("#!"):
        raise InvalidInput(
            "content is an executable script, not a document", field="file", reason="EXECUTABLE_CONTENT"
        )
    return (ct.CSV if is_csv(sample) else ct.TXT), {}


def _check_archive_member(
    content: bytes, member: str, limits: ValidationLimits, budget: Budget, depth: int
) -> None:
    if not content:
        return
    try:
        _inspect(io.BytesIO(content), limits, budget, depth)
    except InvalidInput as exc:
        exc.details.setdefault("member", member)
        raise


def _sha256(stream: BinaryIO, budget: Budget) -> str:
    digest = hashlib.sha256()
    stream.seek(0)
    while chunk := stream.read(_HASH_CHUNK):
        digest.update(chunk)
        budget.check()
    return digest.hexdigest()
