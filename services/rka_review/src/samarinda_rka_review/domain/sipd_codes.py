"""The shapes of SIPD codes: an account code, a code of a given level (program … sub-kegiatan,
their segment widths from ``rka_layout.toml``), and a ``code - name`` text cut into its parts.

Every other part of the RKA reader tells a fact, a section row or an account row by these shapes;
they are kept apart so that each of those reads one rule and none needs another to know a code."""

from __future__ import annotations

import re

from samarinda_rka_review.domain.rules import RKA_LAYOUT

ACCOUNT_CODE = re.compile(r"^\d+(\.\d+)+$")


CODE_LEVELS = RKA_LAYOUT.code_levels


def split_code_name(value: str | None) -> tuple[str | None, str]:
    """``1.01.01.2.06.0009 - Penyelenggaraan Rapat`` → (code, name); a code alone (a flat
    export's Kode Sub Kegiatan column) → (code, "")."""
    text = (value or "").strip()
    match = re.match(r"^([\d.]+\d)\s*[-–—:]?\s*(.*)$", text)
    if match and match.group(2):
        return match.group(1), match.group(2).strip()
    if match and "." in match.group(1):
        return match.group(1), ""
    return None, text


def is_sub_kegiatan_code(text: str) -> bool:
    """Whether a text is a sub-kegiatan code and nothing else (``1.02.02.2.01.0014``)."""
    return is_code_of_level(text.strip(), "sub_kegiatan")


def is_code_of_level(code: str, level: str) -> bool:
    """Whether ``code`` has the SIPD shape of ``level`` (its segments' digits, level by level)."""
    parts = code.split(".")
    return all(p.isdigit() for p in parts) and [len(p) for p in parts] == list(CODE_LEVELS[level])


def codes_under(child: str | None, parent: str | None) -> bool:
    """The SIPD code of ``child`` (``code - name``) extends the code of ``parent``."""
    child_code, parent_code = split_code_name(child)[0], split_code_name(parent)[0]
    return bool(child_code and parent_code and child_code.startswith(parent_code + "."))
