"""Which header fact (program, kegiatan, sub-kegiatan, output, target, …) a label or a text names.

A fact is known by its label, whole, abbreviated (``Sub Keg.``) or read by its parts, or by the
shape of the SIPD code it opens with. Both the header block's reading (``header_facts``) and the
classification of body rows (``section_rows``) ask this question, so it is answered here once."""

from __future__ import annotations

import re
from itertools import pairwise

from samarinda_common.price_catalogue import normalise_label, read_by_parts

from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.sipd_codes import CODE_LEVELS, is_code_of_level

LONG_CODED_FACTS = ("kegiatan", "sub_kegiatan")


_META_KEYS = RKA_LAYOUT.header_facts


# A section row's enumeration before the code (``A.``, ``II.``, ``3)``), and the code and name.
# The mark may be bracketed (``[2]``, ``(B)``).
ENUMERATION = re.compile(
    r"^\s*(?:[\[(]\s*(?:[A-Za-z]{1,4}|\d{1,2})\s*[\])]|(?:[A-Za-z]{1,4}|\d{1,2})[.)])\s+(?=\d)"
)
_CODE_THEN_NAME = re.compile(r"^\d+(?:\.\d+)+\s*(?:[-–—:]\s*)?[A-Za-z(]")
_CODE_AND_NAME_LABEL = re.compile(r"^(?:kode|no|nomor)\s*(?:/|dan|&|\+)\s*nama\s+")
# Parts of one banner cell: its lines, or ``|``-separated facts on one line.
_FACT_SEPARATOR = re.compile(r"\s+\|\s+|\s*[\r\n]+\s*")
# A known fact label followed by its colon, anywhere in a text (``... Lokasi: ...``); a bare
# ``Indikator:`` states the output too (``Kegiatan ...; Indikator: ...``, see ``read_meta``).
_FACT_LABEL = re.compile(
    r"(?i)(?:^|(?<=[\s;,|]))(?:"
    + "|".join(
        r"\s+".join(re.escape(word) for word in alias.split())
        for alias in sorted(
            {"indikator", *(a for aliases in _META_KEYS.values() for a in aliases)}, key=len, reverse=True
        )
    )
    + r")\s*:"
)


# A SIPD code at the start of a text, then (after a dash, a colon or nothing) the name it codes.
LEADING_CODE = re.compile(r"^\s*(\d+(?:\.\d+)+)\s*(?:[-–—:]\s*)?(?=[A-Za-z(])")


def meta_key(label: str) -> str | None:
    return (
        _whole_meta_key(label) or read_by_parts(label, _exact_whole_meta_key) or _abbreviated_meta_key(label)
    )


# The shortest start of a label's word that stands for it (``Keg.`` for ``Kegiatan``).
_ABBREVIATION = 3


def _abbreviated_meta_key(label: str) -> str | None:
    """The fact a label names with its words cut short (``Sub Keg.``, ``Prog.``): as many words
    as one of the fact's labels, each the start of that label's word, one at least shortened.
    None when no label, or labels of two facts, fit."""
    words = label.split()
    found = {
        key
        for key, aliases in _META_KEYS.items()
        for alias in aliases
        if len(full := alias.split()) == len(words)
        and words != full
        and all(
            mine == theirs or (len(mine) >= _ABBREVIATION and theirs.startswith(mine))
            for mine, theirs in zip(words, full, strict=True)
        )
    }
    return found.pop() if len(found) == 1 else None


def _whole_meta_key(label: str) -> str | None:
    # ``Kode / Nama Sub Kegiatan``: a label naming both parts of a ``code - name`` value.
    label = _CODE_AND_NAME_LABEL.sub("", label)
    best: tuple[int, str] | None = None
    for key, aliases in _META_KEYS.items():
        for alias in aliases:
            if label == alias or label.startswith(alias + " "):
                candidate = (len(alias), key)
                best = candidate if best is None or candidate > best else best
    return best[1] if best else None


def coded_fact(text: str) -> str | None:
    """The header fact a ``code name`` text states by the shape of its SIPD code alone
    (``1.02.02.2.01.0003 Nama`` → sub_kegiatan, also after a section's mark: ``[2] 1.02...``),
    or None (no code, or not a header's shape)."""
    match = LEADING_CODE.match(ENUMERATION.sub("", text))
    if match is None:
        return None
    shape = tuple(len(segment) for segment in match.group(1).split("."))
    return next((key for key, levels in CODE_LEVELS.items() if tuple(levels) == shape), None)


def fact_pieces(text: str) -> list[str]:
    """A banner cell cut into its facts: its lines, its ``|``-separated parts, and within those
    a new piece at each known ``Label:`` (``Sub Kegiatan: ... Keluaran: ... Lokasi: ...``)."""
    pieces: list[str] = []
    for part in _FACT_SEPARATOR.split(text):
        starts = [found.start() for found in _FACT_LABEL.finditer(part) if found.start() > 0]
        bounds = [0, *starts, len(part)]
        pieces.extend(part[a:b].strip(" \t;,|") for a, b in pairwise(bounds))
    return [piece for piece in pieces if piece]


def states_fact(piece: str) -> bool:
    label, _, value = piece.partition(":")
    label = normalise_label(label)
    # ``Indikator: <output>`` states the output; a bare ``Indikator`` labels an indicator table's column.
    stated_indicator = label == "indikator" and bool(value.strip())
    return meta_key(label) is not None or coded_fact(piece) is not None or stated_indicator


def code_after_label(text: str, key: str) -> str | None:
    """``SUB KEGIATAN A. 1.02.03.2.01.0004 - Nama``: a section row that writes its label, an
    enumeration mark and the code and name with no colon. The ``code - name`` after the label."""
    for alias in sorted(_META_KEYS[key], key=len, reverse=True):
        words = r"\s+".join(re.escape(word) for word in alias.split())
        match = re.match(rf"(?i)^\s*{words}\s+(.*)$", text)
        if match:
            value = ENUMERATION.sub("", match.group(1))
            if _CODE_THEN_NAME.match(value) or _bare_code_of(value.strip(), key):
                return value.strip()
            return None
    return None


def _bare_code_of(text: str, key: str) -> bool:
    """Whether a text is a code of ``key``'s level alone (``SUB KEGIATAN 1.02.02.2.01.0014``, its
    name on the row below): the code's shape says the label is that fact's, not a line's words."""
    return key in CODE_LEVELS and is_code_of_level(text, key)


def names_its_level(label: str, value: str) -> bool:
    """Whether ``value`` opens with a code of the very level ``label`` names (a bare code after a
    label is that fact only when its shape says so: ``Kegiatan 2.5 Ha`` is no kegiatan)."""
    key = exact_meta_key(normalise_label(label))
    return key is not None and key in CODE_LEVELS and is_code_of_level(value.split()[0], key)


def exact_meta_key(label: str) -> str | None:
    return (
        _exact_whole_meta_key(label)
        or read_by_parts(label, _exact_whole_meta_key)
        or _abbreviated_meta_key(label)
    )


def _exact_whole_meta_key(label: str) -> str | None:
    return next((key for key, aliases in _META_KEYS.items() if label in aliases), None)
