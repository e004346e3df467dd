"""Tell what a file is from its bytes (never from its name): signatures first, then text."""

from __future__ import annotations

import codecs
import csv
from typing import BinaryIO

import puremagic

from samarinda_upload.domain import content_types as ct
from samarinda_upload.domain.limits import Budget

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_SIGNED_TYPES = frozenset({ct.PDF, *ct.IMAGES})
# Bytes that never occur in real text files (everything below 0x20 except \t \n \v \f \r, and DEL).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.001
_TEXT_CHUNK = 1024 * 1024
_CSV_SAMPLE_CHARS = 32 * 1024
_CSV_DELIMITERS = ",;\t|"


def signature_type(head: bytes) -> str | None:
    """The allowed binary type whose signature ``head`` carries, or None (ZIPs are handled apart)."""
    try:
        matches = puremagic.magic_string(head)
    except puremagic.PureError:
        return None
    return next((m.mime_type for m in matches if m.mime_type in _SIGNED_TYPES), None)


def describe_unknown(head: bytes) -> str:
    """A human name for a disallowed type, for the rejection message."""
    try:
        matches = puremagic.magic_string(head)
    except puremagic.PureError:
        return "unrecognised binary data"
    best = matches[0]
    return best.name or best.mime_type or "unrecognised binary data"


def text_encoding(stream: BinaryIO, budget: Budget) -> str | None:
    """The encoding the whole stream decodes with as text (utf-8, else cp1252), or None if binary."""
    for encoding in ("utf-8", "cp1252"):
        stream.seek(0)
        if _decodes_as_text(stream, encoding, budget):
            return encoding
    return None


def _decodes_as_text(stream: BinaryIO, encoding: str, budget: Budget) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    total = controls = 0
    while chunk := stream.read(_TEXT_CHUNK):
        budget.check()
        total += len(chunk)
        controls += len(chunk) - len(chunk.translate(None, _CONTROL_BYTES))
        if b"\x00" in chunk:
            return False
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError:
            return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return total > 0 and controls <= total * _MAX_CONTROL_RATIO


def is_csv(sample: str) -> bool:
    """True when the text looks like a delimited table: at least two rows of a consistent width."""
    sample = sample[:_CSV_SAMPLE_CHARS]
    if len(sample) == _CSV_SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS)
        rows = [row for row in csv.reader(sample.splitlines()[:50], dialect) if any(c.strip() for c in row)]
    except csv.Error:
        return False
    if len(rows) < 2:
        return False
    width = len(rows[0])
    consistent = sum(1 for row in rows if len(row) == width)
    return width >= 2 and consistent >= 0.8 * len(rows)
