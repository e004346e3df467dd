"""Figures in Indonesian text and table rows: rupiah, percentages and counts with their unit.

A figure is reported the way Indonesian documents print it ("Rp 1.375.200.000", "72,15 persen",
"1.250 unit") and is compared by value, so "1375200000" in a spreadsheet cell and
"Rp 1.375.200.000" in a report are the same figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from samarinda_common.indonesian_text import MONTHS
from samarinda_common.rupiah import find_rupiah_amounts, format_rupiah

from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

# Indonesian thousands ("1.250.000,5"), a spreadsheet's decimal point ("5.62": not three digits
# after the point), Indonesian decimals ("72,15").
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|\d+\.(?!\d{3}(?!\d))\d+|\d+(?:,\d+)?"
_PERCENT = re.compile(rf"(?P<n>{_NUMBER})\s*(?:%|persen\b)", re.IGNORECASE)
_UNITS = "|".join(sorted((re.escape(u) for u in VOCABULARY.count_units), key=len, reverse=True))
# A count starts where a number does, but not with a leading zero: "SDN 005", "RT 012" and
# "No. 007" are identifiers. Letters and contracts spell the number out in brackets between it
# and what it counts ("12 (dua belas) orang", "1 (satu) unit").
_COUNT_START = r"(?<![\w.,])(?!0\d)"
_SPELLED_OUT = r"(?:\s*\([^\W\d_][^()\d]{1,60}\))?"
_COUNT = re.compile(rf"{_COUNT_START}(?P<n>{_NUMBER}){_SPELLED_OUT}\s+(?P<unit>{_UNITS})\b", re.IGNORECASE)
# A number followed by the thing it counts ("8.350 bibit"), beyond the units listed, or by a unit
# of a rate ("12,5 L/detik", "40 km/jam"), whose first part may be one letter.
_COUNTED_THING = re.compile(
    rf"{_COUNT_START}(?P<n>{_NUMBER}){_SPELLED_OUT}\s+"
    r"(?P<unit>[^\W\d_]{1,6}\d?/[^\W\d_]{1,8}\b|[^\W\d_]{2,}\b)(?!/)"
)
_NOT_A_UNIT = frozenset(
    {"atau", "dan", "dari", "per", "pada", "tahun", "untuk", "yang", "dengan", "di", "ke", "sampai", *MONTHS}
)
# A date as letters and reports print it ("14 Juli 2025", "1 Agustus 2025").
DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)
_BARE = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})(?![\w])")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A time of day ("pukul 13.15", "07.30 - 09.00 WITA"): when something happens, never a count of it.
_CLOCK = r"\d{1,2}[.:][0-5]\d"
_TIME = re.compile(
    rf"\bpukul\s+{_CLOCK}(?:\s*(?:-|–|s\.?d\.?|sampai)\s*{_CLOCK})?(?:\s*(?:WITA|WIB|WIT)\b)?"
    rf"|(?<![\w.,]){_CLOCK}(?:\s*(?:-|–|s\.?d\.?|sampai)\s*{_CLOCK})?\s*(?:WITA|WIB|WIT)\b",
    re.IGNORECASE,
)
_NUMBER_SIGN = re.compile(r"\b(?:no|nomor)\.?\s*$", re.IGNORECASE)


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    NUMBER = "number"


@dataclass(frozen=True)
class Figure:
    kind: FigureKind
    value: Decimal
    unit: str | None = None

    def render(self) -> str:
        """As an Indonesian document prints it."""
        if self.kind is FigureKind.MONEY:
            return format_rupiah(int(self.value))
        number = format_number(self.value)
        if self.kind is FigureKind.PERCENT:
            return f"{number} persen"
        return f"{number} {self.unit}" if self.unit else number


def parse_number(text: str) -> Decimal | None:
    """Indonesian notation ("1.250.000", "72,15"); also a plain "72.15" from a spreadsheet cell."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            return Decimal(text.replace(".", "").replace(",", "."))
        if "," in text:
            return Decimal(text.replace(",", "."))
        return Decimal(text)
    except InvalidOperation:
        return None


def format_number(value: Decimal) -> str:
    """``Decimal("1250.5")`` → ``"1.250,5"``; whole numbers without decimals."""
    if value == value.to_integral_value():
        return f"{int(value):,}".replace(",", ".")
    integer, _, fraction = f"{value.normalize():f}".partition(".")
    return f"{int(integer):,}".replace(",", ".") + "," + fraction


def is_year(text: str) -> bool:
    return bool(_YEAR.fullmatch(text.strip()))


# Numbers written in words, as receipts and contracts write an amount ("empat puluh delapan juta").
_DIGIT_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
_SE_WORDS = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_SMALL_SCALES = {"belas": 10, "puluh": 10, "ratus": 100}
_SCALES = {"ribu": 1000, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
_SE_SCALES = {"seribu": 1000, "sejuta": 10**6, "semiliar": 10**9}
_NUMBER_WORD = "|".join([*_DIGIT_WORDS, *_SE_WORDS, *_SMALL_SCALES, *_SCALES, *_SE_SCALES])
_SPELLED_NUMBER = re.compile(rf"\b(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*\b", re.IGNORECASE)
# An amount in words is money after "sejumlah", "sebesar", "terbilang" or "uang", or before "rupiah".
_MONEY_BEFORE = re.compile(r"\b(?:sejumlah|sebesar|terbilang|uang)\s*:?\s*$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"^\s*rupiah\b", re.IGNORECASE)


def spelled_amount(words_: str) -> Decimal | None:
    """``"empat puluh delapan juta enam ratus lima puluh ribu"`` -> 48650000; None for a number
    below a thousand (a count spelled out: "dua belas")."""
    total = small = digit = 0
    scaled = False
    for word in words_.lower().split():
        if word in _DIGIT_WORDS:
            digit = _DIGIT_WORDS[word]
        elif word in _SE_WORDS:
            small += _SE_WORDS[word]
        elif word == "belas":
            small, digit = small + digit + 10, 0
        elif word in _SMALL_SCALES:
            small, digit = small + digit * _SMALL_SCALES[word], 0
        else:
            scale = _SCALES.get(word) or _SE_SCALES[word]
            total += (small + digit or 1) * scale
            small = digit = 0
            scaled = True
    return Decimal(total + small + digit) if scaled else None


def _spelled_amounts(text: str) -> list[tuple[int, int, Decimal]]:
    """Amounts in words that the text marks as money, with their span."""
    found = []
    for match in _SPELLED_NUMBER.finditer(text):
        marked = _MONEY_BEFORE.search(text, 0, match.start()) or _MONEY_AFTER.match(text[match.end() :])
        value = spelled_amount(match.group(0)) if marked else None
        if value is not None:
            found.append((match.start(), match.end(), value))
    return found


def figures_in(text: str) -> list[Figure]:
    """Rupiah amounts, percentages and counts with a unit in running text, in reading order."""
    found: list[tuple[int, Figure]] = []
    taken: list[tuple[int, int]] = []
    for mention in find_rupiah_amounts(text):
        found.append((mention.start, Figure(FigureKind.MONEY, Decimal(mention.value))))
        taken.append((mention.start, mention.end))
    for start, end, amount in _spelled_amounts(text):
        found.append((start, Figure(FigureKind.MONEY, amount)))
        taken.append((start, end))

    taken.extend((m.start(), m.end()) for m in _TIME.finditer(text))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _PERCENT.finditer(text):
        value = parse_number(match["n"])
        if value is not None and free(match.start(), match.end()):
            found.append((match.start(), Figure(FigureKind.PERCENT, value)))
            taken.append((match.start(), match.end()))
    for pattern in (_COUNT, _COUNTED_THING):
        for match in pattern.finditer(text):
            value = parse_number(match["n"])
            if value is None or not free(match.start(), match.end()) or is_year(match["n"]):
                continue
            if pattern is _COUNTED_THING and match["unit"].lower() in _NOT_A_UNIT:
                continue
            if _NUMBER_SIGN.search(text, 0, match.start()):
                continue  # "Jl. Biola No. 1 Samarinda": a house or letter number, not one Samarinda
            found.append((match.start(), Figure(FigureKind.COUNT, value, match["unit"].lower())))
            taken.append((match.start(), match.end()))
    return [figure for _, figure in sorted(found, key=lambda pair: pair[0])]


def cell_figure(header: str, value: str) -> Figure | None:
    """The figure of one table cell, its kind told by the column header when the cell is bare."""
    inline = figures_in(value)
    if inline:
        return inline[0]
    match = _BARE.fullmatch(value.strip())
    if match is None or (is_year(value) and not _is_money_header(header)):
        return None
    number = parse_number(match["n"])
    if number is None:
        return None
    if unit := _bracketed_count_unit(header):
        # "Peserta Pelatihan (orang)": the unit in brackets says what the column counts,
        # whatever its other words would lean to (a rate, an amount).
        return Figure(FigureKind.COUNT, number, unit)
    lowered = header.lower()
    if any(word in lowered for word in VOCABULARY.percent_headers):
        return Figure(FigureKind.PERCENT, number)
    if _is_money_header(header) and (number >= 1000 or _names_price(header)):
        return Figure(FigureKind.MONEY, number)
    return Figure(FigureKind.NUMBER, number)


def _bracketed_count_unit(header: str) -> str | None:
    """The count unit a column header gives in brackets ("Jumlah Penduduk (jiwa)"), or None."""
    return next(
        (u for m in _BRACKETED.finditer(header) if (u := m["unit"].strip().lower()) in _COUNT_UNITS), None
    )


_BRACKETED = re.compile(r"\((?P<unit>[^()]{1,20})\)")
_COUNT_UNITS = frozenset(u.lower() for u in VOCABULARY.count_units)


def _names_price(header: str) -> bool:
    return any(word in VOCABULARY.price_headers for word in re.findall(r"[a-z%]+", header.lower()))


def _is_money_header(header: str) -> bool:
    words = re.findall(r"[a-z%]+", header.lower())
    money = [word for word in words if word in VOCABULARY.money_headers]
    if not money:
        return False
    if any(word not in VOCABULARY.weak_money_headers for word in money):
        return True
    # "Jumlah" alone, or "Jumlah (Rp)", is an amount; "Jumlah KPM" counts what its other words name.
    return not any(
        len(word) > 1 and word not in VOCABULARY.money_headers and stem(word) not in VOCABULARY.money_stems
        for word in words
    )


def values_in(text: str) -> set[Decimal]:
    """Every number ``text`` states, read in both notations and with scale words applied, so a
    quote can be checked to state a figure however it prints it."""
    values = {Decimal(m.value) for m in find_rupiah_amounts(text)}
    values |= {value for _, _, value in _spelled_amounts(text)}
    for match in _BARE.finditer(text):
        number = parse_number(match["n"])
        if number is not None:
            values.add(number)
    return values


def quote_states(quote: str, figure: Figure) -> bool:
    """Does ``quote`` print ``figure`` (by value, in any notation)?"""
    return figure.value in values_in(quote)
