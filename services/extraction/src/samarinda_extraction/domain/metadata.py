"""Facts worth indexing, read from the text: dates, OPD names and rupiah amounts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from samarinda_common.extracted import AmountMention, Page, ParsedMetadata
from samarinda_common.rupiah import find_rupiah_amounts

from samarinda_extraction.domain.vocabulary import VOCABULARY

MONTHS = VOCABULARY.months
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_WORDS})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")

_OPD_HEADS = VOCABULARY.agencies.heads
_HEADS = "|".join([*_OPD_HEADS, *(h.upper() for h in _OPD_HEADS)])
# Capitalised words and the joining words allowed inside a name ("Dinas Pendidikan dan Kebudayaan").
_OPD = re.compile(rf"\b(?:{_HEADS})(?:\s+(?:[A-Z][\w/&'-]*|dan|DAN|&))+")
_TRAILING_JOINERS = re.compile(r"(?:\s+(?:dan|&))+$")
# "Perjalanan Dinas", "Kendaraan Dinas": the word before tells that "Dinas" is not an agency here.
_NOT_AN_AGENCY_AFTER = VOCABULARY.agencies.not_an_agency_after
# Words that follow an OPD name in running text but are not part of it.
_STOP_AFTER = VOCABULARY.agencies.stop_after


def parse_metadata(pages: Iterable[Page]) -> ParsedMetadata:
    dates: list[str] = []
    opd_names: list[str] = []
    amounts: list[AmountMention] = []
    for page in pages:
        _extend_unique(dates, find_dates(page.text))
        _extend_unique(opd_names, find_opd_names(page.text))
        amounts.extend(
            AmountMention(text=m.text, value=m.value, page=page.number)
            for m in find_rupiah_amounts(page.text)
        )
    return ParsedMetadata(dates=dates, opd_names=opd_names, amounts=amounts)


def find_dates(text: str) -> list[str]:
    """ISO dates for "14 Oktober 2025", "3 Nov 2025" and day-first "14/10/2025", in text order."""
    found: list[tuple[int, str]] = []
    for match in _WORD_DATE.finditer(text):
        iso = _iso(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
        if iso:
            found.append((match.start(), iso))
    for match in _NUMERIC_DATE.finditer(text):
        iso = _iso(int(match[3]), int(match[2]), int(match[1]))
        if iso:
            found.append((match.start(), iso))
    result: list[str] = []
    _extend_unique(result, (iso for _, iso in sorted(found)))
    return result


def find_opd_names(text: str) -> list[str]:
    names: list[str] = []
    for line in text.splitlines():
        for match in _OPD.finditer(line):
            before = line[: match.start()].split()
            if before and before[-1].lower() in _NOT_AN_AGENCY_AFTER:
                continue
            name = _trim_name(match.group(0))
            if len(name.split()) >= 2:
                _extend_unique(names, [name])
    return names


def _trim_name(name: str) -> str:
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in _STOP_AFTER:
            words = words[:i]
            break
    return _TRAILING_JOINERS.sub("", " ".join(words))


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _extend_unique(target: list[str], values: Iterable[str]) -> None:
    for value in values:
        if value not in target:
            target.append(value)
