"""The periods a text names: its years (and "tahun sebelumnya" as the year it points to), its
months as written or shortened, the months a range, a quarter or a half year covers, and a
year's second half as the year less its first half.

Apart from the question's reading because a passage's words are read for the same periods (a
column "Jan-Jun", a date "19-02-2031"), and because it needs no glossary of terms."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from samarinda_common.indonesian_text import MONTHS, words
from samarinda_common.roman import roman_value

from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


YEARS_PHRASE = re.compile(r"(?:\b(?:tahun|ta)\s+)?\b(?:19|20)\d{2}\b", re.IGNORECASE)
# "tahun" as typed ("thn", "th.") before the word that points to the year before or after.
_YEAR_WORD = r"\b(?:tahun|thn|th)\.?\s+"
PREVIOUS_YEAR = re.compile(_YEAR_WORD + r"(?:sebelumnya|lalu)\b", re.IGNORECASE)
NEXT_YEAR = re.compile(_YEAR_WORD + r"(?:berikutnya|depan)\b", re.IGNORECASE)


# "2031-03", "2031/03": a year, then the number of one of its months (no day after it).
YEAR_MONTH = re.compile(r"(?<![\d./-])(?:19|20)\d{2}([-/])(?P<month>0[1-9]|1[0-2])(?![\d./-])")


_NAMED_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def relative_years(text: str) -> str:
    """``text`` with "tahun sebelumnya" ("tahun berikutnya") written as the year before (after)
    the one year it names before it: "naik berapa pada 2031 dibanding tahun sebelumnya" sets
    2031 against 2030. A question naming no year, or several, is left as it is (the year before
    which one?), and so is "tahun lalu (2031)", where the year named after is the one meant."""
    years = list(_NAMED_YEAR_IN_TEXT.finditer(text))
    if len({m[1] for m in years}) != 1:
        return text
    year, named_at = int(years[0][1]), years[0].start()

    def shifted(shift: int) -> Callable[[re.Match[str]], str]:
        return lambda m: f"tahun {year + shift}" if m.start() > named_at else m[0]

    return NEXT_YEAR.sub(shifted(1), PREVIOUS_YEAR.sub(shifted(-1), text))


# Months as staff shorten them ("Feb 2025", "Jan–Mar", "Sept"): documents write them out.
SHORT_MONTHS = {**{m[:3]: m for m in MONTHS}, "agt": "agustus", "ags": "agustus", "sept": "september"}
_MONTH_STEMS = frozenset(stem(m) for m in MONTHS)
_SHORT_MONTH = re.compile(rf"\b(?P<short>{'|'.join(SHORT_MONTHS)})\b\.?", re.IGNORECASE)


def months_named(terms: Iterable[str]) -> frozenset[str]:
    """The months among ``terms``, a shortened one ("okt" of a column "perahu_okt_2031") as the
    term of the month written out."""
    return frozenset(
        stem(SHORT_MONTHS.get(term, term)) for term in terms if term in _MONTH_STEMS or term in SHORT_MONTHS
    )


# A date written in digits, day first ("19-02-2025", "3/11/2025"): its middle number is the month.
_NUMERIC_DATE = re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])([-/])(?P<month>0?[1-9]|1[0-2])\1(?:19|20)\d{2}\b")


def months_spanned(text: str) -> frozenset[str]:
    """The terms of the months ``text`` covers without naming each: every month of a range
    ("Januari - Juni") or of a half year or a quarter ("semester I"). A report of "semester I"
    speaks of the "Jan-Jun" a question asks, though it may not state any one month's figure.
    A column header shortens the months of its range ("Nilai Jan-Jun"): they span it too."""
    spelled = listed_months(period_as_months(text) or full_months(text))
    return frozenset(stem(w) for w in words(spelled.lower()) if w in MONTHS)


def months_dated(text: str) -> frozenset[str]:
    """The terms of the months of the dates ``text`` writes in digits ("19-02-2025" and
    "2025-02" are February's)."""
    dates = (*_NUMERIC_DATE.finditer(text), *YEAR_MONTH.finditer(text))
    return frozenset(stem(MONTHS[int(m["month"]) - 1]) for m in dates)


def full_months(text: str) -> str:
    """``text`` with each shortened month name written out ("Feb" -> "Februari")."""
    return _SHORT_MONTH.sub(lambda m: SHORT_MONTHS[m["short"].lower()].capitalize(), text)


_MONTH_RANGE = re.compile(
    rf"\b(?P<first>{'|'.join(MONTHS)})\s*(?:[-–—]|\bs[./]\s?d\.?|\bsampai(?:\s+dengan)?\b|\bhingga\b)\s*"
    rf"(?P<last>{'|'.join(MONTHS)})\b",
    re.IGNORECASE,
)


def listed_months(text: str) -> str:
    """A range of months written out month by month ("Januari–Maret" -> "Januari, Februari dan
    Maret"): a total over a period is a total over the rows of its months."""

    def months(match: re.Match[str]) -> str:
        first, last = (MONTHS.index(match[name].lower()) for name in ("first", "last"))
        if last <= first:
            return match.group(0)
        *others, final = (m.capitalize() for m in MONTHS[first : last + 1])
        return f"{', '.join(others)} dan {final}"

    return _MONTH_RANGE.sub(months, text)


# A range of years ("2031 sampai 2034", "2031-2034", "2031 s.d. 2034").
_YEAR_RANGE = re.compile(
    r"\b(?P<first>(?:19|20)\d{2})\s*(?:[-–—]|\bs[./]\s?d\.?|\bsampai(?:\s+dengan)?\b|\bhingga\b)\s*"
    r"(?:tahun\s+)?(?P<last>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# The most years a range is written out into.
_MOST_LISTED_YEARS = 10


def listed_years(text: str) -> str:
    """A range of years written out year by year when the question adds them up ("jumlah ...
    2031 sampai 2033 ditotal" -> "2031, 2032 dan 2033"): a total over a period is a
    total over its years. Elsewhere a range is one period ("periode 2031-2032")."""
    stems = {stem(w) for w in words(text.lower())}
    if not stems & VOCABULARY.total_stems:
        return text

    def years(match: re.Match[str]) -> str:
        first, last = int(match["first"]), int(match["last"])
        if not 0 < last - first < _MOST_LISTED_YEARS:
            return match.group(0)
        *others, final = (str(y) for y in range(first, last + 1))
        return f"{', '.join(others)} dan {final}"

    return _YEAR_RANGE.sub(years, text)


# A quarter or a half year by its number ("triwulan III", "TW 2", "semester I").
_PERIOD = re.compile(
    r"\b(?P<kind>triwulan|tw|kuartal|semester)\s*(?P<number>IV|I{1,3}|[1-4])\b(?![^\W\d_])", re.IGNORECASE
)
_PERIOD_MONTHS = {"semester": 6}


def period_as_months(text: str) -> str | None:
    """``text`` with the quarter or half year it names written out as its months ("triwulan I
    2031" -> "Januari, Februari dan Maret 2031"): a monthly table answers it by those months'
    rows. None when it names no such period."""
    match = _PERIOD.search(text)
    if match is None:
        return None
    number = int(match["number"]) if match["number"].isdigit() else roman_value(match["number"].upper())
    length = _PERIOD_MONTHS.get(match["kind"].lower(), 3)
    if number is None or number * length > len(MONTHS):
        return None
    *others, last = (m.capitalize() for m in MONTHS[(number - 1) * length : number * length])
    return f"{text[: match.start()]}{', '.join(others)} dan {last}{text[match.end() :]}"


def period_total(text: str) -> str | None:
    """``period_as_months`` asking for the total of the months: a quarter's or half year's
    amount is its months' rows added up, whether or not the question says "total". Not of an
    average or a percentage, which the months' rows do not add up to."""
    by_months = period_as_months(text)
    if by_months is None:
        return None
    lowered = by_months.lower()
    stems = {stem(w) for w in words(lowered)}
    if stems & (VOCABULARY.total_stems | VOCABULARY.sum_stems | VOCABULARY.percent_stems) or any(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", lowered) for w in VOCABULARY.average_words
    ):
        return by_months
    return f"total {by_months}"


# The second half of a year by its name ("semester II", "smt 2", "semester kedua").
_SECOND_HALF = re.compile(r"\b(?:semester|smt)\.?\s*(?:II|2|kedua)(?![^\W\d_])", re.IGNORECASE)
# Any half or quarter named: the second half's sides ask the year, and its first half, alone.
ANY_PERIOD = re.compile(
    r"\b(?:semester|smt|triwulan|tw|kuartal)\.?\s*(?:IV|I{1,3}|[1-4]|pertama|kedua)(?![^\W\d_])",
    re.IGNORECASE,
)
# The asker's notes on the figure, in brackets or after the question mark ("(bulan 7-12)",
# "(total minus paruh awal)", "? lihat rekap akhir tahun"): no words a document states. A year
# there is kept: it may be the only one the question names ("semester 2 (juli sampai desember 2031)").
_ASIDE = re.compile(r"\s*\([^()]*\)|(?<=\?)[^?]+$")


def _without_asides(text: str) -> str:
    named = set(YEAR.findall(_ASIDE.sub(" ", text)))
    return _ASIDE.sub(lambda aside: "".join(f" {y}" for y in YEAR.findall(aside[0]) if y not in named), text)


def second_half_sides(text: str) -> tuple[str, str] | None:
    """The whole year and its first half asked apart, when ``text`` asks a year's second half:
    a year's report and its first half's report state what the second half adds up to (the year
    less its first half). None when no second half of a named year is asked."""
    if _SECOND_HALF.search(text) is None or YEAR.search(text) is None:
        return None
    plain = _without_asides(text)
    first = _SECOND_HALF.sub("semester I", plain, count=1)
    whole = ANY_PERIOD.sub(" ", plain)
    return " ".join(whole.split()), " ".join(first.split())
