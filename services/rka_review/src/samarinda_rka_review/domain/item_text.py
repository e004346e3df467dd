"""The item's name in its Uraian cell, without what a printout writes in the same cell: a list mark
before it, a ``Spesifikasi: ...`` after it, a bracketed count that is the line's koefisien.

Apart from the line's assembly because a row continuing the line above (``continuation_rows``)
splits its text by the same rule."""

from __future__ import annotations

import re
from decimal import Decimal

from samarinda_rka_review.domain.rka_columns import parse_koefisien
from samarinda_rka_review.domain.rules import RKA_LAYOUT

# A list mark written before an item in its cell (``- Honorarium narasumber``): layout, not the
# item's name, whose first word says what the line buys.
LIST_MARK = re.compile(r"^\s*[-–•·*]\s+(?=\S)")


# A printout with no Spesifikasi column writes it under the item in the Uraian cell, after one of
# the column's own labels (``Amplop putih`` / ``Spesifikasi: 110 x 230 mm``); a dash says there is none.
_INLINE_SPEC = re.compile(
    r"(?i)(?:^|\s)(?:"
    + "|".join(re.escape(label) for label in sorted(RKA_LAYOUT.columns["spesifikasi"], key=len, reverse=True))
    + r")\s*:\s*(.*)$",
    re.DOTALL,
)
_NO_SPEC = re.compile(r"^[\s\-–—.]*$")


def split_inline_spec(uraian: str) -> tuple[str, str | None]:
    """The item's name and the specification written after it in the same cell, if any."""
    found = _INLINE_SPEC.search(uraian)
    if found is None or not uraian[: found.start()].strip():
        return uraian, None
    spec = re.sub(r"\s+", " ", found.group(1)).strip()
    return uraian[: found.start()].strip(), None if _NO_SPEC.match(spec) else spec


_TRAILING_COUNT = re.compile(r"^(.*\S)\s*\((\d[\d.,]*\s*[A-Za-z][^()]*)\)\s*$", re.DOTALL)


def split_trailing_count(uraian: str, volume: Decimal) -> tuple[str, str | None]:
    """``Karung goni (2 kali x 5 Ikat)`` with volume 10 → the name and the count written
    after it: a bracket closing the Uraian whose count is the line's volume is its koefisien, not
    part of the item's name. A bracket that counts otherwise stays (the arithmetic check reads it)."""
    found = _TRAILING_COUNT.match(uraian)
    if found is None or volume <= 0 or parse_koefisien(found.group(2)) != volume:
        return uraian, None
    return found.group(1).rstrip(" ,;-"), found.group(2).strip()
