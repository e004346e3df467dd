"""Guards that tell apart look-alike items and amounts: "kelas A" is not "kelas B", and a price per
one thing is not a budget. Pure functions over text, so that the answer guard can refuse a unit
that names the right words but another item or another kind of amount."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from samarinda_common.indonesian_text import MONTHS, STOP_WORDS
from samarinda_common.roman import roman_value

from samarinda_ask.domain.figures import values_in
from samarinda_ask.domain.informal import in_order, shortens
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

# The qualifier words with the short forms their synonym groups give them ("Smt II" of "semester"):
# a column headed with the short form names the same period as the question's word written out.
_QUALIFIER_WORDS = sorted(
    {
        *VOCABULARY.qualifier_words,
        *(
            w
            for group in VOCABULARY.synonyms
            if set(group) & set(VOCABULARY.qualifier_words)
            for w in group
            if " " not in w
        ),
    },
    key=len,
    reverse=True,
)
# "kelas B", "Tipe III", "golongan 2": the distinguishing mark is one letter, a Roman numeral or a
# number of at most two digits standing alone after the qualifier word.
_QUALIFIED = re.compile(
    r"\b(?P<word>" + "|".join(re.escape(w) for w in _QUALIFIER_WORDS) + r")\.?\s+"
    r"(?P<mark>[A-Za-z]|[IVX]{1,4}|\d{1,2})(?![\w.,]*\w)",
    re.IGNORECASE,
)
# An amount as printed, with its scale word ("Rp 2 juta"), and what follows it when it prices one
# thing: "per ruang", "/ m3", "setiap peserta".
_AMOUNT = re.compile(r"\d[\d.,]*(?:\s*(?:ribu|rb|juta|jt|miliar|milyar|triliun)\b)?", re.IGNORECASE)
_PER_ONE = re.compile(r"(?:,-)?\s*(?:/|per\b|setiap\b|tiap\b)\s*[^\W\d_]", re.IGNORECASE)
_AGGREGATE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in VOCABULARY.aggregate_money_words) + r")\b", re.IGNORECASE
)


def qualifiers(text: str) -> dict[str, set[str]]:
    """Qualifier word -> the marks the text gives it ("kelas A dan kelas B" -> {"kelas": {"A", "B"}})."""
    found: dict[str, set[str]] = {}
    for match in _QUALIFIED.finditer(text):
        mark = match.group("mark")
        # A lowercase single letter is a word ("kelas a" is rare, "tipe di" is no mark): only capitals,
        # Roman numerals and digits count.
        if mark.isalpha() and not mark.isupper():
            continue
        found.setdefault(_qualifier_key(match.group("word")), set()).add(_as_number(mark.upper()))
    return found


def _qualifier_key(word: str) -> str:
    """One key for a qualifier word and its short forms ("triwulan", "TW"): a question typing one
    asks the period a column or a row names with the other."""
    term = stem(word.lower())
    return VOCABULARY.canonical_stems.get(term, term)


def mark_agreement(question_text: str, label: str) -> int:
    """1 when ``label`` (a column's name) gives a qualifier the mark the question asks ("TW I" for
    "triwulan 1"), -1 when it gives that qualifier other marks only ("TW III"), 0 otherwise."""
    stated = qualifiers(label)
    shared = [(marks, stated[word]) for word, marks in qualifiers(question_text).items() if word in stated]
    if not shared:
        return 0
    return 1 if all(asked & given for asked, given in shared) else -1


def _as_number(mark: str) -> str:
    """ "VII" and "7" are one mark (a letter stays itself; "I", "V", "X" read as numerals)."""
    if mark.isdigit():
        return str(int(mark))
    value = roman_value(mark)
    return mark if value is None else str(value)


def qualifiers_clash(question_text: str, unit_text: str) -> bool:
    """The question asks an item by its mark ("kelas B", "lantai 3") and the unit states the same
    word with other marks only ("kelas A", "lantai 1"): the unit's figure belongs to a look-alike."""
    for marked in (qualifiers, marked_things):
        stated = marked(unit_text)
        if any(word in stated and not marks & stated[word] for word, marks in marked(question_text).items()):
            return True
    return False


# Any word followed by a mark that tells one of its kind from the others ("lantai 3", "gedung II",
# "blok C", "RT 05"), whatever the thing: capitals only (a lowercase letter is a word), and no
# number that starts a range ("usia 0-5", "tgl 5-20") or a quantity in a unit ("5 tahun").
_MARKED = re.compile(r"\b(?P<word>[^\W\d_]{2,})\.?[ \t]+(?P<mark>[A-Z]|[IVX]{1,4}|\d{1,2})(?![\w.,]*\w)")
# What follows a number that starts a range or counts in a unit: no mark;
# and what follows a letter that abbreviates a word before a number ("SMP N 4").
_RANGE_OR_UNIT = re.compile(r"[ \t]*(?:[-\u2013/]|\d|s\.?[ \t]?d\b|sampai\b|hingga\b|(?P<next>[^\W\d_]+))")
# Words a number after which is an amount, a date or a time ("total 4 kegiatan", "pukul 9").
_NOT_MARKED = frozenset(
    (
        *VOCABULARY.unmarked_words,
        *VOCABULARY.sum_words,
        *VOCABULARY.total_words,
        *VOCABULARY.count_words,
        *MONTHS,
    )
)
_COUNT_UNITS = frozenset((*VOCABULARY.count_units, *VOCABULARY.quantity_units))


def marked_things(text: str) -> dict[str, set[str]]:
    """Word -> the marks ``text`` gives it (:data:`_MARKED`), beside the qualifier words'. A word
    of two letters counts only in capitals ("RT 05"; "dr 4" is "dari 4")."""
    found: dict[str, set[str]] = {}
    for match in _MARKED.finditer(text):
        word, mark = match.group("word"), match.group("mark")
        if (
            word.lower() in STOP_WORDS
            or word.lower() in _NOT_MARKED
            or (len(word) < 3 and not word.isupper())
        ):
            continue
        after = _RANGE_OR_UNIT.match(text, match.end())
        if after and (after.group("next") is None or after.group("next").lower() in _COUNT_UNITS):
            continue  # "usia 0-5", "kelompok 12 orang": a range, twelve people
        found.setdefault(_qualifier_key(word), set()).add(_as_number(mark))
    return found


def asks_aggregate(question_text: str) -> bool:
    """The question asks an amount as a whole (a pagu, a budget, a total)."""
    return _AGGREGATE.search(question_text) is not None


def priced_per_one(text: str, value: Decimal) -> bool:
    """Every place ``text`` states ``value`` prices one thing ("Rp 2.500.000 per peserta")."""
    places = [m for m in _AMOUNT.finditer(text) if value in values_in(m.group(0))]
    return bool(places) and all(_PER_ONE.match(text, m.end()) for m in places)


def counted_in_other_unit(asked_units: frozenset[str], stated_units: Sequence[str]) -> bool:
    """The asker names the unit of the count ("berapa pompa") and the row's unit column states
    its count in another one ("OB", the person-months of a servicing job): the row counts another
    thing. A unit typed short ("pkt" for "paket", "bh" for "buah") is the same unit."""
    if not asked_units or not stated_units:
        return False
    return not any(_same_unit(a, s) for a in asked_units for s in stated_units)


def _same_unit(a: str, b: str) -> bool:
    """One unit word, maybe typed short: clipped or contracted, or its first letter and some of
    its others in order ("bh" of "buah", "kg" of "kilogram")."""
    short, long = sorted((a, b), key=len)
    return short == long or shortens(short, long) or (short[:1] == long[:1] and in_order(short, long))
