"""Years a sentence mentions without reporting its figures for them: the year closing a letter's
or decree's number, and the date a status is given "as of". Either would let a question about
that year take a figure of the document's own year (or refuse the one it asks for)."""

from __future__ import annotations

import re

from samarinda_ask.domain.figures import DATE

# "sampai dengan 31 Januari 2031", "s.d. 15 Maret 2031", "hingga ...", "per ...": as of a day.
_AS_OF = re.compile(r"(?:\bsampai\s+dengan|\bs\.\s?d\.?|\bs/d|\bhingga|\bper)\s*$", re.IGNORECASE)
# As of the year's last day a figure is the whole year's: that date does name the period.
_YEAR_END = re.compile(r"31\s+desember", re.IGNORECASE)
_YEAR_BEFORE_SLASH = re.compile(r"(?<!\d)(?:19|20)\d{2}/$")


def as_of_spans(text: str) -> list[tuple[int, int]]:
    """The dates ``text`` gives a status as of, but for a year's last day ("tindak lanjut selesai
    s.d. 31 Januari 2031" in a report on 2030): when, not which year, the status was taken."""
    return [
        date.span()
        for date in DATE.finditer(text)
        if _AS_OF.search(text, max(0, date.start() - 16), date.start()) and not _YEAR_END.match(date.group(0))
    ]


def closes_reference(text: str, start: int) -> bool:
    """The year at ``start`` ends a reference number ("Nomor 100.3/K.12/2030"), which dates the
    letter, not its content; a span of years ("2030/2031") is no reference."""
    return (
        start > 0
        and text[start - 1] == "/"
        and _YEAR_BEFORE_SLASH.search(text, max(0, start - 5), start) is None
    )
