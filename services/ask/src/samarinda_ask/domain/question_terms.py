"""The terms a text is read as: one stem for a group of synonyms, a glossary phrase as its
group's word, a code or a period number written either way; the terms of a question (what it
is about) and of a passage (everything it offers to match them).

Apart from the question's reading because every reader of a passage, a heading or a label reads
its words by the same terms, and needs nothing else of a question."""

from __future__ import annotations

import functools
import re

from samarinda_common.indonesian_text import MONTHS, STOP_WORDS, words
from samarinda_common.roman import roman_numeral, roman_value

from samarinda_ask.domain.informal import MIN_HALF_CLIP, clipped
from samarinda_ask.domain.named_periods import YEAR, YEAR_MONTH
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY, tokens

# "dh" between vowels is the older spelling of "d" ("Wudhu", "Wudu"): one term either way.
_ASPIRATED_D = re.compile(r"(?<=[aiueo])dh(?=[aiueo])")


def term_of(word: str) -> str:
    """The stem of ``word``, one stem for a group of synonyms."""
    if roman_value(word.upper()) is not None:
        return word  # "iii" is no word with a suffix "-i": cut, "TW III" would read as "TW II"
    term = stem(_ASPIRATED_D.sub("d", word))
    if term not in VOCABULARY.canonical_stems and (again := stem(term)) in VOCABULARY.canonical_stems:
        # The stemmer leaves "ter-" on a "ke-ter-...-an" noun ("keterlaksanaan" -> "terlaksana"),
        # which it takes off the verb: a synonym group names the root.
        return VOCABULARY.canonical_stems[again]
    return VOCABULARY.canonical_stems.get(term) or _clipped_synonym(term) or term


@functools.cache
def _clipped_synonym(term: str) -> str | None:
    """The group of the one glossary word ``term`` clips ("rehab" of "rehabilitasi"), five letters
    at least: the asker's short typing of a word the documents write out reads as that word."""
    if len(term) < MIN_HALF_CLIP:
        return None
    groups = {group for word, group in VOCABULARY.canonical_stems.items() if clipped(term, word)}
    return groups.pop() if len(groups) == 1 else None


def _opd_terms() -> frozenset[str]:
    """The term each OPD's name reads as after synonyms ("Dinas Kesehatan" -> that of "dinkes"),
    for the OPDs whose name reads as one term."""
    read = (content_terms(name) for name in VOCABULARY.opd_names.values())
    return frozenset(terms[0] for terms in read if len(terms) == 1)


def measure_terms() -> frozenset[str]:
    """Terms of the exclusive measures (realisasi, pagu/anggaran, target) after synonyms."""
    return frozenset(term_of(w) for group in VOCABULARY.exclusive_measures for w in group)


def glossary_words(text: str, *, keep_phrase: bool = False) -> list[str]:
    """The words of ``text`` with several-word synonyms read as their group's first word; with
    ``keep_phrase`` (a passage) the phrase's own words stay too, so that a question naming part of
    it ("lampu penerangan jalan") still finds "penerangan jalan umum"."""
    # Several hundred phrases: each searched only in a text holding its first word (a set lookup
    # instead of a scan), the words of a replacement counted in as it is made.
    present = set(tokens(text))
    for first_token, pattern, replacement in VOCABULARY.phrases:
        if first_token in present:
            text, made = pattern.subn(rf"{replacement} \g<0>" if keep_phrase else replacement, text)
            if made:
                present.update(tokens(replacement))
    return words(text)


# "per akhir Maret", "sampai akhir semester I", "bulan Mei": words that only frame the
# period named after them; the period itself (the month, the quarter) stays.
_PERIOD_FRAME = re.compile(
    rf"(?:\b(?:per|sampai|hingga|s\.d\.?|pada)\s+)?\b(?:akhir|awal|pertengahan)\b(?=\s+(?:bulan\s+)?"
    rf"(?:{'|'.join(MONTHS)}|triwulan|semester|tahun|tw\b|\d))"
    rf"|\bbulan\b(?=\s+(?:{'|'.join(MONTHS)})\b)"
    # "penuh" after "tahun" or "setahun": the whole of the year, as "selama" or "sepanjang" say it.
    r"|(?<=\btahun\s)penuh\b|(?<=\bsetahun\s)penuh\b",
    re.IGNORECASE,
)


# "Waktu lokakarya wisata Maret lalu, berapa ...?": "waktu" opens a clause that says when the
# thing asked about was said; it asks for no time (the word the clause names stays).
_CLAUSE_OPENER = re.compile(r"^\s*(?:pada\s+)?(?:waktu|sewaktu)\b(?=[^,?]+,)", re.IGNORECASE)

# "... kalau digabung jadi berapa?": "jadi" before the asking word asks what the figures come to.
# Only the word as written, there: its stem is that of "kejadian", a thing asked about.
_COMES_TO = re.compile(r"\b(?:jadi|jdi|jd)(?:nya)?\b(?=\s+(?:berapa|brp)\b)", re.IGNORECASE)


def content_terms(text: str) -> list[str]:
    """Stems of the words that say what ``text`` is about (no stop, question or measure words)."""
    # "minggu ke-4", "angkatan ke 2": the ordinal is the one word telling its row from the others,
    # read as the passage index reads "ke-3" ("ke3").
    terms: list[str] = [f"ke{m[1]}" for m in _ORDINAL.finditer(text)]
    for word in glossary_words(_COMES_TO.sub(" ", _CLAUSE_OPENER.sub(" ", _PERIOD_FRAME.sub(" ", text)))):
        if word in STOP_WORDS or YEAR.fullmatch(word) or (word.isdigit() and not _is_code(word)):
            continue
        if is_generic(word):
            continue
        term = term_of(word)
        if len(term) > 1 and term not in terms:
            terms.append(term)
    return terms


def is_generic(word: str) -> bool:
    return word in VOCABULARY.generic_words or stem(word) in VOCABULARY.generic_stems


_ORDINAL = re.compile(r"(?<![^\W_])ke[ -]?(\d{1,3})(?![\w])", re.IGNORECASE)


def _is_code(word: str) -> bool:
    """A number written with a leading zero ("SMPN 007", "RT 005") names one thing: no amount is
    written so, and the thing it numbers is not another with the same name."""
    return len(word) > 1 and word.startswith("0")


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def index_terms(text: str) -> set[str]:
    """Every stem of ``text`` (what a passage offers to match a question's terms), and each code
    written both ways: "K 7" also as "k7", "smk004" also as "smk" and "004"."""
    # A unit printed with a superscript ("Luas (m²)") is the one a question types plainly ("m2").
    text = text.translate(_SUPERSCRIPT_DIGITS)
    terms = {term_of(w) for w in glossary_words(text, keep_phrase=True) if w not in STOP_WORDS}
    # A short form the text writes states what its long form does ("RSUD" is a "rumah sakit"
    # too, which a question may shorten as "RS"): the long form's terms, as if written out.
    for term in terms & _LONG_FORM_TERMS.keys():
        terms = terms | _LONG_FORM_TERMS[term]
    spaced, joined, periods = (list(p.finditer(text)) for p in (_SPACED_CODE, _JOINED_CODE, _JOINED_PERIOD))
    terms.update(m[1].lower() + m[2] for m in spaced)
    # A size written apart from its unit ("tangki 5 m3") is the one a question writes joined ("5m3").
    terms.update(m[1] + m[2].lower() for m in _SPACED_SIZE.finditer(text))
    for match in (*joined, *periods):
        terms.update((term_of(match[1].lower()), match[2]))
    # A month written as a year and its number ("2031-03", a data export's period column) is the
    # month a question names in words.
    terms.update(stem(MONTHS[int(m["month"]) - 1]) for m in YEAR_MONTH.finditer(text))
    # A period numbered in digits ("TW 2", "semester1") is the one a question numbers in Roman
    # numerals ("TW II").
    for match in (*spaced, *joined, *periods):
        if 1 <= (number := int(match[2])) <= _LAST_NUMBERED_PERIOD:
            roman = roman_numeral(number).lower()
            terms.update((roman, term_of(roman)))
    return terms


def _long_form_terms() -> dict[str, frozenset[str]]:
    """Each glossary short form's term -> the terms its long forms read as (phrases inside them
    read as their own short forms too)."""
    found: dict[str, frozenset[str]] = {}
    for short, long_forms in VOCABULARY.long_forms.items():
        written = (w for long_form in long_forms for w in glossary_words(long_form, keep_phrase=True))
        terms = frozenset(term_of(w) for w in written if w not in STOP_WORDS)
        if terms:
            found[term_of(short)] = terms
    return found


_LONG_FORM_TERMS = _long_form_terms()


# Periods are numbered up to the twelfth month.
_LAST_NUMBERED_PERIOD = 12


# A code of a few letters and a number, written apart ("K 7", "RT 05") or joined ("SMK004").
_SPACED_CODE = re.compile(r"\b([^\W\d_]{1,4})[ -]?(\d{1,4})\b")
_JOINED_CODE = re.compile(r"(?<![^\W_])([^\W\d_]{1,4})(\d{1,4})(?![^\W_])")
# A number and a short unit after it ("6 m3", "3 kg").
_SPACED_SIZE = re.compile(r"(?<![\w.,])(\d{1,4})\s([^\W\d_]{1,3}\d?)(?![^\W_])")


# A period word joined to its number, as file names write it ("laporan_triwulan3_2031.pdf").
_JOINED_PERIOD = re.compile(
    r"(?<![^\W_])(" + "|".join(re.escape(w) for w in VOCABULARY.qualifier_words) + r")(\d{1,2})(?![^\W_])",
    re.IGNORECASE,
)


OPD_TERMS = _opd_terms()
