"""What a question asks: its content terms, the years it names, the kind of figure it wants,
and how a follow-up ("dan tahun sebelumnya?") reads with the turn before it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from samarinda_common.indonesian_text import MONTHS, STOP_WORDS, words
from samarinda_common.roman import roman_numeral, roman_value

from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.informal import MIN_HALF_CLIP, clipped, contracted, shortens, unreduplicated
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY, tokens

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Words that ask for money even in a question that counts ("nilai bantuan per keluarga").
_STRONG_MONEY = frozenset(
    stem(w)
    for w in ("anggaran", "biaya", "harga", "pagu", "dana", "rupiah", "rp", "nilai", "nominal", "tarif")
)
# "per siswa", "per bulan": the unit a rate is stated for, not a count asked for.
_PER_UNIT = re.compile(r"\b(?:per|setiap|tiap|masing-masing)\s+\w+", re.IGNORECASE)
_YEARS_PHRASE = re.compile(r"(?:\b(?:tahun|ta)\s+)?\b(?:19|20)\d{2}\b", re.IGNORECASE)
# "tahun" as typed ("thn", "th.") before the word that points to the year before or after.
_YEAR_WORD = r"\b(?:tahun|thn|th)\.?\s+"
_PREVIOUS_YEAR = re.compile(_YEAR_WORD + r"(?:sebelumnya|lalu)\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(_YEAR_WORD + r"(?:berikutnya|depan)\b", re.IGNORECASE)


# "dh" between vowels is the older spelling of "d" ("Wudhu", "Wudu"): one term either way.
_ASPIRATED_D = re.compile(r"(?<=[aiueo])dh(?=[aiueo])")


def _term(word: str) -> str:
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
    return frozenset(_term(w) for group in VOCABULARY.exclusive_measures for w in group)


def _words(text: str, *, keep_phrase: bool = False) -> list[str]:
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


def content_terms(text: str) -> list[str]:
    """Stems of the words that say what ``text`` is about (no stop, question or measure words)."""
    # "minggu ke-4", "angkatan ke 2": the ordinal is the one word telling its row from the others,
    # read as the passage index reads "ke-3" ("ke3").
    terms: list[str] = [f"ke{m[1]}" for m in _ORDINAL.finditer(text)]
    for word in _words(_CLAUSE_OPENER.sub(" ", _PERIOD_FRAME.sub(" ", text))):
        if word in STOP_WORDS or _YEAR.fullmatch(word) or (word.isdigit() and not _is_code(word)):
            continue
        if _generic(word):
            continue
        term = _term(word)
        if len(term) > 1 and term not in terms:
            terms.append(term)
    return terms


def _generic(word: str) -> bool:
    return word in VOCABULARY.generic_words or stem(word) in VOCABULARY.generic_stems


_ORDINAL = re.compile(r"(?<![^\W_])ke[ -]?(\d{1,3})(?![\w])", re.IGNORECASE)


def closes_with_adjunct(question: Question) -> bool:
    """The question's last term stands after a preposition or a number ("... dari pemasok",
    "2031 penuh"): a phrase of its own, not the word narrowing the one before it ("pajak
    hiburan")."""
    if not question.asked_terms:
        return False
    said = words(question.text.lower())
    for i in range(len(said) - 1, 0, -1):
        if content_terms(said[i]) == [question.asked_terms[-1]]:
            return said[i - 1] in STOP_WORDS or said[i - 1].isdigit()
    return False


def _is_code(word: str) -> bool:
    """A number written with a leading zero ("SMPN 007", "RT 005") names one thing: no amount is
    written so, and the thing it numbers is not another with the same name."""
    return len(word) > 1 and word.startswith("0")


def index_terms(text: str) -> set[str]:
    """Every stem of ``text`` (what a passage offers to match a question's terms), and each code
    written both ways: "K 7" also as "k7", "smk004" also as "smk" and "004"."""
    terms = {_term(w) for w in _words(text, keep_phrase=True) if w not in STOP_WORDS}
    # A short form the text writes states what its long form does ("RSUD" is a "rumah sakit"
    # too, which a question may shorten as "RS"): the long form's terms, as if written out.
    for term in terms & _LONG_FORM_TERMS.keys():
        terms = terms | _LONG_FORM_TERMS[term]
    spaced, joined, periods = (list(p.finditer(text)) for p in (_SPACED_CODE, _JOINED_CODE, _JOINED_PERIOD))
    terms.update(m[1].lower() + m[2] for m in spaced)
    # A size written apart from its unit ("tangki 5 m3") is the one a question writes joined ("5m3").
    terms.update(m[1] + m[2].lower() for m in _SPACED_SIZE.finditer(text))
    for match in (*joined, *periods):
        terms.update((_term(match[1].lower()), match[2]))
    # A month written as a year and its number ("2031-03", a data export's period column) is the
    # month a question names in words.
    terms.update(stem(MONTHS[int(m["month"]) - 1]) for m in _YEAR_MONTH.finditer(text))
    # A period numbered in digits ("TW 2", "semester1") is the one a question numbers in Roman
    # numerals ("TW II").
    for match in (*spaced, *joined, *periods):
        if 1 <= (number := int(match[2])) <= _LAST_NUMBERED_PERIOD:
            roman = roman_numeral(number).lower()
            terms.update((roman, _term(roman)))
    return terms


def _long_form_terms() -> dict[str, frozenset[str]]:
    """Each glossary short form's term -> the terms its long forms read as (phrases inside them
    read as their own short forms too)."""
    found: dict[str, frozenset[str]] = {}
    for short, long_forms in VOCABULARY.long_forms.items():
        written = (w for long_form in long_forms for w in _words(long_form, keep_phrase=True))
        terms = frozenset(_term(w) for w in written if w not in STOP_WORDS)
        if terms:
            found[_term(short)] = terms
    return found


_LONG_FORM_TERMS = _long_form_terms()


# Periods are numbered up to the twelfth month.
_LAST_NUMBERED_PERIOD = 12


# "2031-03", "2031/03": a year, then the number of one of its months (no day after it).
_YEAR_MONTH = re.compile(r"(?<![\d./-])(?:19|20)\d{2}([-/])(?P<month>0[1-9]|1[0-2])(?![\d./-])")
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


@dataclass(frozen=True)
class Question:
    text: str
    terms: tuple[str, ...]  # content stems, in question order
    years: tuple[int, ...]
    wants: FigureKind | None  # the kind of figure the answer must carry; None: a sentence will do
    wants_sum: bool
    raw_stems: tuple[str, ...] = ()  # every stem, before synonyms (for the exclusive measures)
    wants_difference: bool = False
    # The kind was asked by a word that only leans to it ("nilai indeks", "realisasi tingkat ..."):
    # a unit without a figure of that kind may answer with another figure.
    weak_kind: bool = False
    # Terms written as names (capitalised inside the question, or in capitals): never a paraphrase.
    names: frozenset[str] = frozenset()
    wants_comparison: bool = False
    # Terms of verbs ("diserahterimakan", "digelar"): they say what happened, not what is asked about.
    verbs: frozenset[str] = frozenset()
    wants_date: bool = False  # "kapan ...?": the sentence that dates it
    counts_things: bool = False  # names what it counts ("berapa KPM", "berapa banyak siswa")
    months: frozenset[str] = frozenset()  # terms of the months it names ("Mei 2031")
    # Asks the price of one ("berapa per botol"): the unit price, not the row's total.
    wants_rate: bool = False
    # Asks for a total ("total nilai kontrak penyedia X") though it may name one thing only: the
    # rows of one table that name it are added when no unit states it (``wants_sum`` also adds
    # the rows of several things named).
    asks_total: bool = False
    # Things a total leaves out ("tanpa biaya kirim", "kecuali Kelurahan X"), each as its terms;
    # they are not in ``text`` or ``terms`` (they name no row to add, but rows not to).
    excluded: tuple[tuple[str, ...], ...] = ()
    # The unit the figure is asked in ("naik berapa orang"): a unit stating it covers more, one
    # that does not lacks nothing.
    answer_units: frozenset[str] = frozenset()
    # Terms only the asker's remark after the question mark names ("? perlu utk laporan ke pimpinan",
    # "? ada di surat edaran"): a unit stating them covers more, one that does not lacks nothing.
    aside: frozenset[str] = frozenset()

    @property
    def asks_figure(self) -> bool:
        return self.wants is not None

    @property
    def asked_terms(self) -> tuple[str, ...]:
        """The terms of the question itself, without those only its closing remark names."""
        return tuple(t for t in self.terms if t not in self.aside)


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

    return _NEXT_YEAR.sub(shifted(1), _PREVIOUS_YEAR.sub(shifted(-1), text))


def parse_question(text: str) -> Question:
    text = unreduplicated(listed_years(listed_months(full_months(relative_years(text)))))
    text, excluded = _without_exclusions(text)
    lowered = text.lower()
    asked = _asking_words_written_out(lowered)
    stems = {stem(w) for w in words(lowered)} | ({"%"} if "%" in lowered else set())
    stems |= {_term(w) for w in words(lowered)}
    years = tuple(sorted({int(y) for y in _YEAR.findall(text)}))
    wants: FigureKind | None = None
    # "berapa kali ... harga", "berapa orang ... dana": the count asked by its unit, whatever
    # amount the question also names.
    counted_directly = _COUNTED_DIRECTLY.search(asked) is not None
    counts_things = (
        bool(re.search(r"\bberapa\s+(?:banyak|jumlah)\b", asked))
        # The unit words as written: their stems are other words ("camat" of "kecamatan", "serta"
        # of "peserta") that name no count.
        or bool(set(words(_PER_UNIT.sub(" ", lowered))) & set(VOCABULARY.count_units))
        # "... berapa ekor?": the unit the question closes on, when it is no amount's
        or bool(answer_units(text) - VOCABULARY.money_stems - VOCABULARY.percent_stems)
    )
    if stems & VOCABULARY.percent_stems:
        wants = FigureKind.PERCENT
    elif counted_directly:
        wants = FigureKind.COUNT
    elif stems & VOCABULARY.money_stems and not (counts_things and not stems & _STRONG_MONEY):
        wants = FigureKind.MONEY
    elif stems & VOCABULARY.amount_short_forms and not counts_things:
        wants = FigureKind.MONEY  # "total APBD ...": the short form names an amount
    elif (re.search(r"\bberapa", asked) or _opens_with_amount(lowered)) and not _DATE_ASKED.search(asked):
        # "Tanggal berapa ...?" asks for a date: the sentence or row that dates it, not a count.
        wants = FigureKind.COUNT
    strong = stems & ((VOCABULARY.money_stems - VOCABULARY.weak_money_stems) | VOCABULARY.amount_short_forms)
    return Question(
        text=text,
        terms=tuple(content_terms(_RATE_UNIT.sub(" ", text) if wants is FigureKind.MONEY else text)),
        years=years,
        wants=wants,
        wants_sum=(bool(stems & VOCABULARY.sum_stems) and _names_several(lowered))
        or _ADDED.search(text) is not None
        or _PLUS.search(text) is not None,
        raw_stems=tuple(sorted({stem(w) for w in words(lowered)})),
        # "ditambah" shares its stem with "bertambah" but asks to add.
        wants_difference=bool(
            stems & VOCABULARY.difference_stems or VOCABULARY.difference_forms & set(words(lowered))
        )
        and _ADDED.search(text) is None,
        weak_kind=wants is FigureKind.MONEY and not strong,
        names=_names(text),
        wants_comparison=bool(VOCABULARY.comparison_patterns.search(text)),
        verbs=frozenset(
            _term(w) for w in _words(lowered) if re.match(r"(?:di|me|ber|ter)[a-z]{3}", w) and stem(w) != w
        ),
        wants_date=bool(_DATE_ASKED.search(asked)),
        counts_things=counts_things,
        months=frozenset(stem(w) for w in words(lowered) if w in MONTHS),
        wants_rate=wants is FigureKind.MONEY and _RATE_UNIT.search(text) is not None,
        asks_total=bool(stems & VOCABULARY.total_stems),
        excluded=excluded,
        answer_units=answer_units(text),
        aside=aside_terms(text),
    )


_COUNTED_DIRECTLY = re.compile(
    r"\bberapa\s+(?:" + "|".join(re.escape(u) for u in VOCABULARY.count_units) + r")\b(?!\s*/)"
)


# After the last question mark, a remark that asks nothing ("? utk laporan ke pimpinan besok").
_CLOSING_REMARK = re.compile(r"\?(?P<remark>[^?]+)$")
_ASKING_WORD = re.compile(r"\b(?:berapa|brp|apa|apakah|mana|siapa|kapan|bagaimana)\b", re.IGNORECASE)


def aside_terms(text: str) -> frozenset[str]:
    """The terms named only in the remark after ``text``'s last question mark, when the question
    before it names terms of its own and the remark asks nothing: why the figure is wanted or
    where the asker saw it, words no passage need state."""
    remark = _CLOSING_REMARK.search(text)
    if remark is None or _ASKING_WORD.search(remark["remark"]):
        return frozenset()
    asked = set(content_terms(text[: remark.start()]))
    return frozenset(content_terms(remark["remark"])) - asked if asked else frozenset()


# "(tanpa X & Y)", "kecuali X", "di luar X": up to a bracket's end, a comma or the "berapa" asking.
_EXCLUSION = re.compile(
    r"\(\s*(?:tanpa|kecuali|di\s+luar)\s+(?P<inside>[^()]+?)\s*\)"
    r"|\b(?:tanpa|kecuali|di\s+luar)\s+(?P<bare>(?:(?!\bberapa\b)[^,?()])+)",
    re.IGNORECASE,
)


def _without_exclusions(text: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """A total's question without what it leaves out, and each thing left out as its terms.

    Only a question asking a total loses the words: elsewhere "tanpa" may name a thing itself
    ("harga tanpa pajak" is a column of its own)."""
    stems = {stem(w) for w in words(text.lower())}
    if not stems & (VOCABULARY.sum_stems | VOCABULARY.total_stems):
        return text, ()
    excluded: list[tuple[str, ...]] = []
    for match in _EXCLUSION.finditer(text):
        for piece in re.split(r"\s*(?:,|&|/)\s*|\s+(?:dan|serta|atau)\s+", match["inside"] or match["bare"]):
            if terms := tuple(content_terms(piece)):
                excluded.append(terms)
    if not excluded:
        return text, ()
    return re.sub(r"\s{2,}", " ", _EXCLUSION.sub(" ", text)).replace(" ?", "?").strip(), tuple(excluded)


_DATE_ASKED = re.compile(r"\bkapan\b|\btanggal\s+berapa\b")


# The words that say what figure a question asks for, which staff type short ("brp", "tgl brp").
_KIND_ASKING_WORDS = ("berapa", "tanggal")


def _asking_words_written_out(lowered: str) -> str:
    """``lowered`` with each contraction of an asking word written out ("brp" -> "berapa"), so
    that a question typed so asks what the written-out one does. Only a contraction: the first
    letters of a word are often a word of their own ("tan")."""

    def written_out(m: re.Match[str]) -> str:
        return next((w for w in _KIND_ASKING_WORDS if contracted(m[0], w)), m[0])

    return re.sub(r"[^\W\d_]+", written_out, lowered)


def _opens_with_amount(lowered: str) -> bool:
    """A question put as "Jumlah ... 2025?" or "Total ...?" without "berapa" still asks for a
    figure: a heading or a sentence that merely names the thing is no answer to it."""
    first = next(iter(words(lowered)), "")
    return _term(first) == _term(_AMOUNT) or shortens(first, _AMOUNT)


_AMOUNT = "jumlah"
_HOW_MANY = "berapa"


# "kunjungan 2025 naik berapa orang?", "realisasinya berapa triliun dibanding ...": after the
# thing asked, "berapa" (or "brp") and the one word closing the clause (or before a stop word)
# name the unit the figure is stated in, which a table row may not write beside it. "Berapa kali
# operasi ...", "tanggal berapa rapat digelar" are not so: a word that opens a phrase is the thing.
_CLOSING_UNIT = re.compile(
    r"(?<=\S\s)(?=(?P<ask>[^\W\d_]+)\s+(?P<unit>[^\W\d_]+)(?:\s*(?:[?,.!]|$)|\s+(?P<next>[^\W\d_]+)))"
)


def answer_units(text: str) -> frozenset[str]:
    """The terms of the unit words of ``text``'s closing "... berapa <unit>" (see ``_CLOSING_UNIT``)."""
    units: set[str] = set()
    for m in _CLOSING_UNIT.finditer(text.lower()):
        asks = m["ask"] == _HOW_MANY or shortens(m["ask"], _HOW_MANY)
        closing = m["next"] is None or m["next"] in STOP_WORDS or _generic(m["next"])
        if asks and closing:
            units.update(content_terms(m["unit"]))
    return frozenset(units)


# "Rp ... per botol": the thing a price is for, which a price list names in its unit column
# ("btl", "bh") or not at all; a month or a date after "per" is a period ("per Juni").
_RATE_UNIT = re.compile(
    rf"\b(?:per|setiap|tiap)\s+(?!(?:{'|'.join(MONTHS)}|akhir|awal|tanggal|triwulan|semester|tahun)\b)"
    r"[^\W\d_]+\b",
    re.IGNORECASE,
)


# Months as staff shorten them ("Feb 2025", "Jan–Mar", "Sept"): documents write them out.
_SHORT_MONTHS = {**{m[:3]: m for m in MONTHS}, "agt": "agustus", "ags": "agustus", "sept": "september"}
_MONTH_STEMS = frozenset(stem(m) for m in MONTHS)
_SHORT_MONTH = re.compile(rf"\b(?P<short>{'|'.join(_SHORT_MONTHS)})\b\.?", re.IGNORECASE)


def months_named(terms: Iterable[str]) -> frozenset[str]:
    """The months among ``terms``, a shortened one ("okt" of a column "perahu_okt_2031") as the
    term of the month written out."""
    return frozenset(
        stem(_SHORT_MONTHS.get(term, term)) for term in terms if term in _MONTH_STEMS or term in _SHORT_MONTHS
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
    dates = (*_NUMERIC_DATE.finditer(text), *_YEAR_MONTH.finditer(text))
    return frozenset(stem(MONTHS[int(m["month"]) - 1]) for m in dates)


def full_months(text: str) -> str:
    """``text`` with each shortened month name written out ("Feb" -> "Februari")."""
    return _SHORT_MONTH.sub(lambda m: _SHORT_MONTHS[m["short"].lower()].capitalize(), text)


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
_ANY_PERIOD = re.compile(
    r"\b(?:semester|smt|triwulan|tw|kuartal)\.?\s*(?:IV|I{1,3}|[1-4]|pertama|kedua)(?![^\W\d_])",
    re.IGNORECASE,
)
# The asker's notes on the figure, in brackets or after the question mark ("(bulan 7-12)",
# "(total minus paruh awal)", "? lihat rekap akhir tahun"): no words a document states. A year
# there is kept: it may be the only one the question names ("semester 2 (juli sampai desember 2031)").
_ASIDE = re.compile(r"\s*\([^()]*\)|(?<=\?)[^?]+$")


def _without_asides(text: str) -> str:
    named = set(_YEAR.findall(_ASIDE.sub(" ", text)))
    return _ASIDE.sub(lambda aside: "".join(f" {y}" for y in _YEAR.findall(aside[0]) if y not in named), text)


def second_half_sides(text: str) -> tuple[str, str] | None:
    """The whole year and its first half asked apart, when ``text`` asks a year's second half:
    a year's report and its first half's report state what the second half adds up to (the year
    less its first half). None when no second half of a named year is asked."""
    if _SECOND_HALF.search(text) is None or _YEAR.search(text) is None:
        return None
    plain = _without_asides(text)
    first = _SECOND_HALF.sub("semester I", plain, count=1)
    whole = _ANY_PERIOD.sub(" ", plain)
    return " ".join(whole.split()), " ".join(first.split())


# What joins listed things: a comma, "dan", "serta", "ditambah", a plus or an ampersand, and the
# spoken "sama" ("A sama B"; not "sama dengan", which says two things are equal).
_ITEM_GLUE = re.compile(r"\s*[,+&]\s*|\s+(?:dan|serta|ditambah|sama(?!\s+dengan\b))\s+", re.IGNORECASE)


def items_listed(question: Question) -> int:
    """How many things the question lists, counting those whose words are all common ones (a
    kecamatan named after the city has no content terms, and ``named_items`` drops it)."""
    body = _YEARS_PHRASE.sub(" ", question.text)
    pieces = _ITEM_GLUE.split(_bracketed_list(body) or body)
    return len([piece for piece in pieces if re.search(r"[^\W\d_]", piece)])


def named_items(question: Question) -> list[tuple[str, ...]]:
    """The things a question lists ("USG portabel dan kulkas vaksin", "A, B serta C"), each as its
    content terms; the frame around them ("total belanja", "tahun 2025") stays in the first and
    last item and is told apart by the caller. One item when nothing is listed."""
    body = _YEARS_PHRASE.sub(" ", question.text)
    pieces = _ITEM_GLUE.split(_bracketed_list(body) or body)
    items = [tuple(content_terms(piece)) for piece in pieces]
    return [item for item in items if item]


# "UMKM di wilayah hulu (Desa A, Desa B, Desa C)": the things listed in brackets after the name
# the asker gives their group, a name no row writes.
_BRACKETS = re.compile(r"\(([^()]*)\)")


def _bracketed_list(text: str) -> str | None:
    """The inside of the first brackets of ``text`` that list several things, if any."""
    return next((m[1] for m in _BRACKETS.finditer(text) if len(_ITEM_GLUE.split(m[1])) > 1), None)


def _names(text: str) -> frozenset[str]:
    """Terms of words written as names: capitalised after the first word, or in capitals."""
    found: set[str] = set()
    run: list[str] = []
    for position, match in enumerate(re.finditer(r"[^\W\d_][\w-]*", text)):
        word = match.group(0)
        if (position > 0 and word[:1].isupper()) or (len(word) > 1 and word.isupper()):
            run.append(word)
            continue
        found.update(content_terms(" ".join(run)))
        run = []
    found.update(content_terms(" ".join(run)))
    return frozenset(found)


# Two periods of one year set against each other ("dari akhir semester I ke akhir semester II",
# "triwulan 1 dibanding triwulan 2"): a figure of each.
_PERIOD_SIDES = re.compile(
    rf"(?P<first>{_ANY_PERIOD.pattern})(?P<joint>\s+(?:ke|dengan|dan|vs\.?|versus|dibanding(?:kan)?"
    rf"(?:\s+dengan)?)\s+(?:[^\W\d_]+\s+)?)(?P<second>{_ANY_PERIOD.pattern})",
    re.IGNORECASE,
)


def period_parts(question: Question) -> list[Question] | None:
    """One question per period when a change or comparison sets two periods of one year against
    each other, each part asking the whole question of its period alone."""
    if not (question.wants_difference or question.wants_comparison) or len(set(question.years)) > 1:
        return None
    sides = _PERIOD_SIDES.search(question.text)
    if sides is None or sides["first"].lower() == sides["second"].lower():
        return None
    head, tail = question.text[: sides.start()], question.text[sides.end() :]
    return [parse_question(f"{head}{sides[name]}{tail}") for name in ("first", "second")]


def split_parts(question: Question) -> list[Question]:
    """One question per year when it names several, or per measure when it names two exclusive
    ones ("pagu dan realisasi"), or per period of one year compared; the question itself
    otherwise."""
    between = between_parts(question) or period_parts(question)
    if between:
        return between
    if len(question.years) > 1 and not _one_period(question):
        return [
            parse_question(_YEARS_PHRASE.sub("", text).rstrip("?").strip() + f" tahun {year}?")
            for year, text in zip(question.years, _year_texts(question), strict=True)
        ]
    added = added_parts(question)
    if added:
        return added
    named = [[w for w in words(question.text) if stem(w) in group] for group in VOCABULARY.measure_groups]
    named = [found for found in named if found]
    if len(named) == 2:
        return [
            parse_question(
                _DANGLING.sub(
                    "?",
                    re.sub(rf"\b{re.escape(other[0])}\b", "", question.text, flags=re.IGNORECASE),
                    count=1,
                )
            )
            for other in (named[1], named[0])
        ]
    return compared_parts(question) or listed_owner_parts(question) or [question]


# What sets one year's side against the other's: "A 2025 dibanding B 2024", "dari A 2025 ke B 2026",
# "A 2025 lebih besar dari B 2024" (typed "dr").
_YEAR_SIDES = re.compile(
    r"\b(?:dibanding(?:kan)?(?:\s+dengan)?|terhadap|versus|vs\.?|ke|dengan|dan|atau|dari|dr)\b", re.IGNORECASE
)
# A year as a side of a comparison writes it, "tahun" (or its short form) before it or not.
_SIDE_YEAR = r"(?:(?:tahun|thn|th|ta)\.?\s+)?(?:19|20)\d{2}\b"
# A short form right before its year ("RKA 2033", "SK thn 2032", "LKjIP 2031"): a document's
# kind, which that side reads from, or the thing measured ("realisasi PKB 2031", a tax), which
# both sides ask about; the word before it and the short form itself tell which (_names_document).
_SHORT_BEFORE_YEAR = re.compile(
    r"\b(?P<source>(?:di|dalam|dari|dr|ke|menurut|pada|sesuai|berdasarkan|versi)\s+)?"
    r"(?P<short>(?=(?:[^\W\d_]*[A-Z]){2})[^\W\d_]{2,6})\s+" + _SIDE_YEAR
)
# A side naming something before its year (not a bare year).
_NAMED_YEAR = re.compile(r"[^\W\d_]\W+" + _SIDE_YEAR, re.IGNORECASE)


def _names_document(match: re.Match[str]) -> bool:
    """A short form before a year names the document a side reads from after a word pointing to
    a source ("di RKA 2033"), or on its own when it is a document's kind: a corpus category's
    short form or a glossary short form whose long form opens with a document's head word
    ("rencana ...", "laporan ..."). "pagu RKA 2033 dibanding realisasi 2032" reads 2032 from
    the realisation, not from an RKA."""
    short = match["short"].lower()
    if match["source"] or short in VOCABULARY.category_words:
        return True
    heads = set(VOCABULARY.document_kind_heads)
    return any(long.split(" ")[0] in heads for long in VOCABULARY.long_forms.get(short, []))


def _year_texts(question: Question) -> list[str]:
    """The question's text for each of its years, without the words that tie the other year's
    side to its own document or measure: in "target A 2026 dibanding realisasi A 2025" the 2026
    figure is a target and the 2025 one a realisation, and "naik dari SK 2025 ke RKA 2026" reads
    2025 from the SK. The whole text for every year when the years are not one a side."""
    text = question.text
    spans = [(m.start(), m.end()) for m in _YEAR.finditer(text)]
    sides = _YEAR_SIDES.search(text, spans[0][1], spans[1][0]) if len(spans) == 2 else None
    if sides is None or len(set(question.years)) != 2:
        return [text] * len(question.years)
    halves = (text[: sides.start()], text[sides.end() :])
    first_year = text[spans[0][0] : spans[0][1]]
    measures = measure_terms()
    texts = []
    for year in question.years:
        own, other = halves if str(year) == first_year else halves[::-1]
        if not _NAMED_YEAR.search(own):
            # A bare year ("IMB 2023 dibanding 2022") reads with the other side's words.
            texts.append(text)
            continue
        own_words = {w.lower() for w in re.findall(r"[\w-]+", own)}
        theirs = [w for w in re.findall(r"[\w-]+", other) if _term(w.lower()) in measures]
        theirs += [m["short"] for m in _SHORT_BEFORE_YEAR.finditer(other) if _names_document(m)]
        # "2031 (s.d. Mei) dibanding 2030": the month that cuts off one side's figure is no month
        # of the other side's (a whole year's report).
        theirs += [
            w for w in re.findall(r"[\w-]+", other) if w.lower() in MONTHS or w.lower() in _SHORT_MONTHS
        ]
        # "A semester 1 2031 dibanding setahun 2030": the half that cuts one side's figure off
        # is no period of the other side's (a whole year's report), as a month is not.
        theirs += [w for period in _ANY_PERIOD.finditer(other) for w in re.findall(r"[\w-]+", period[0])]
        if str(year) == first_year:
            # "A 2031 kalau dibanding usulan 2030": what the right side writes before its year
            # names that year's own source or figure, not the left side's.
            theirs += re.findall(r"[\w-]+", text[sides.end() : spans[1][0]])
        drop = {w for w in theirs if w.lower() not in own_words}
        texts.append(" ".join(w for w in text.split(" ") if w.strip("?,.()") not in drop))
    return texts


# A school or budget year written over two calendar years ("tahun ajaran 2025/2026", "periode
# 2031-2032").
_SPANNED_YEARS = re.compile(r"\b((?:19|20)\d{2})\s*[/–-]\s*((?:19|20)\d{2})\b")


def _one_period(question: Question) -> bool:
    """The question's years are one period written over two years ("2025/2026"): one question,
    not one per year (each year's part would find the same figure, stated for the period)."""
    # "naik dari 2031-2032" may set one year against the other; "2023/2024" is one period.
    dashed_ok = not (question.wants_difference or question.wants_comparison)
    spans = [
        (int(m[1]), int(m[2])) for m in _SPANNED_YEARS.finditer(question.text) if dashed_ok or "/" in m[0]
    ]
    return len(spans) == 1 and spans[0][1] == spans[0][0] + 1 and set(spans[0]) == set(question.years)


# "A ditambah B", "A setelah ditambah B": a total of two figures, each stated on its own.
_ADDED = re.compile(
    r"\s+(?:(?:setelah|jika|bila|apabila)\s+)?ditambah(?:kan)?(?:\s+dengan)?\s+", re.IGNORECASE
)
_QUESTION_START = re.compile(r"(?i)berapa|apa|mana|siapa|kapan")
# "(Q1 + Q2)", "A+B": a plus sign between two named things asks for their sum with no word for it.
_PLUS = re.compile(r"[^\W_]\s*\+\s*[^\W_]")


def added_parts(question: Question) -> list[Question] | None:
    """The two figures "A ditambah B" adds, each a question of its own; the second names the OPD
    and the year of the first when it names none ("pagu Dinas X 2026 ditambah tambahan yang
    disepakati" asks for Dinas X's addition)."""
    pieces = _ADDED.split(question.text)
    if len(pieces) != 2:
        return None
    left, right = (piece.strip().rstrip("?").strip() for piece in pieces)
    carried = [m for m in owner_mentions(left) if not owner_mentions(right)]
    if not _YEAR.search(right):
        carried += [m.group(0) for m in _YEARS_PHRASE.finditer(left)]
    right = " ".join([right, *carried])
    parts = []
    for side in (left, right):
        part = parse_question(side if _QUESTION_START.match(side) else f"Berapa {side}")
        if not part.terms:
            return None
        parts.append(replace(part, wants=question.wants or part.wants, weak_kind=question.weak_kind))
    return parts


def owner_mentions(text: str) -> list[str]:
    """The OPDs ``text`` names, as written ("Dinas Kesehatan", "Disdik"), in reading order."""
    spans: list[tuple[int, int]] = []
    for _, pattern, replacement in VOCABULARY.phrases:
        if _term(replacement) in OPD_TERMS:
            for match in pattern.finditer(text):
                if all(match.end() <= s or match.start() >= e for s, e in spans):
                    spans.append((match.start(), match.end()))
    for match in re.finditer(r"[^\W\d_][\w-]*", text):
        taken = any(not (match.end() <= s or match.start() >= e) for s, e in spans)
        if not taken and _term(match.group(0).lower()) in OPD_TERMS:
            spans.append((match.start(), match.end()))
    return [text[s:e] for s, e in sorted(spans)]


# Commas and "dan"/"serta" between the items of a list.
_GLUE = r"(?:\s*(?:,|\bdan\b|\bserta\b)\s*)+"
_LIST_GLUE = re.compile(rf"^{_GLUE}$", re.IGNORECASE)


def listed_owner_parts(question: Question) -> list[Question] | None:
    """A total over several OPDs listed in a row ("... dari Dinas A, Dinas B, dan Dinas C"):
    the question once for each OPD, to be answered from each one's own documents and added up."""
    if not question.wants_sum or question.wants_difference or question.wants_comparison:
        return None
    mentions = owner_mentions(question.text)
    if len({tuple(content_terms(m)) for m in mentions}) != len(mentions) or len(mentions) < 2:
        return None  # one OPD, or one named twice
    text = question.text
    starts = [text.index(m) for m in mentions]
    ends = [start + len(m) for start, m in zip(starts, mentions, strict=True)]
    between = [text[end:start] for end, start in zip(ends, starts[1:], strict=False)]
    if not all(_LIST_GLUE.match(gap) for gap in between):
        return None  # the OPDs are not one list
    # A name the vocabulary does not know, listed with them ("Disbun, Dinkes dan Dishub"), is one
    # more owner asked: left out, the total would silently miss its figure.
    # (Not the question's first word: "Total, ..." is capitalised as a sentence starts.)
    while (found := _LISTED_BEFORE.search(text[: starts[0]])) and found.start("name") > 0:
        mentions.insert(0, found["name"])
        starts.insert(0, found.start("name"))
        ends.insert(0, found.end("name"))
    while found := _LISTED_AFTER.match(text[ends[-1] :]):
        offset = ends[-1]
        mentions.append(found["name"])
        starts.append(offset + found.start("name"))
        ends.append(offset + found.end("name"))
    before, after = text[: starts[0]], text[ends[-1] :]
    return [
        replace(parse_question(f"{before}{m}{after}"), wants=question.wants, weak_kind=question.weak_kind)
        for m in mentions
    ]


_LISTED_BEFORE = re.compile(rf"(?<![\w-])(?P<name>[A-Z][\w-]*){_GLUE}$")
_LISTED_AFTER = re.compile(rf"^{_GLUE}(?P<name>[A-Z][\w-]*)(?![\w-])")


# "Antara A dan B, <what is compared> ...": the two sides before the comma, the frame after it.
_BETWEEN = re.compile(
    r"^\s*antara\s+(?P<left>[^,]+?)\s+dan\s+(?P<right>[^,]+?)\s*,\s*(?P<frame>[^,]+?)\s*\??\s*$",
    re.IGNORECASE,
)


def between_parts(question: Question) -> list[Question] | None:
    """The sides of "Antara A tahun X dan B tahun Y, harga Z yang lebih murah berapa?": Z of A, Z of B,
    each with its own year and document words: split by side, not by year (a part per year would
    keep both sides' words and give each year to the whole sentence)."""
    if not (question.wants_difference or question.wants_comparison or question.wants_sum):
        return None
    sides = _BETWEEN.match(question.text)
    if sides is None:
        return None
    # Which side wins is decided on the two figures; neither side's document says "lebih murah".
    frame = re.sub(r"\s+", " ", VOCABULARY.comparison_patterns.sub("", sides["frame"]).replace(" yang ", " "))
    parts = []
    for side in (sides["left"], sides["right"]):
        text = f"{frame} {side}"
        part = parse_question(f"{text}?" if _QUESTION_START.match(text) else f"Berapa {text}?")
        if not part.terms:
            return None
        parts.append(replace(part, wants=question.wants or part.wants, weak_kind=question.weak_kind))
    return parts


# "... dengan ?" once the measure after it went to the other part.
_DANGLING = re.compile(
    r"(?:\s+(?:dengan|dan|atau|terhadap|dibanding(?:kan)?|vs\.?|versus))*\s*\??\s*$", re.IGNORECASE
)

# What follows the comma of "A vs B, selisihnya berapa?" only asks: no side or frame of its own
# ("selisih per unit berapa": both sides are prices of one unit already).
_ASK_ONLY = re.compile(
    r"^\s*(?:(?:selisih|beda|perbedaan)(?:nya)?\s+)?(?:per\s+\w+\s+)?(?:ada\s+)?(?:berapa|brp)(?:\s+\w+)?\s*\??\s*$",
    re.IGNORECASE,
)

_SIDES = re.compile(
    r"^(?P<left>.+?)\s+(?:dan|atau|dengan|dibandingkan(?:\s+dengan)?|dibanding(?:\s+dengan)?|versus|vs\.?)"
    r"\s+(?P<right>.+?)\s*\??$",
    re.IGNORECASE,
)

# "A lebih mahal berapa dari B": a comparison by how much, its sides on either side of "than".
_THAN_SIDES = re.compile(
    r"^(?P<left>.+?)\s+lebih\s+[^\W\d_]+(?:\s+(?:berapa|brp))?\s+(?:dari(?:pada)?|dr)\s+(?P<right>.+?)\s*\??$",
    re.IGNORECASE,
)


def compared_parts(question: Question) -> list[Question] | None:
    """The two things a question compares, each as a question of its own, or None.

    "Berapa selisih biaya Festival X dan usulan biaya kontingen Y?" asks two questions; so does
    "Mana yang lebih besar, harga satuan laptop A atau laptop B?" (the frame before the comma
    goes with each side; a side that starts with a word of the other takes the other's words
    before it: "harga satuan laptop B") and "selisih nilai kontrak X dengan pagunya" (a side of
    one word takes the other side's subject: "pagunya X"). Each part asks for the kind of figure
    the whole question asks for.
    """
    if not (question.wants_difference or question.wants_comparison or question.wants_sum):
        return None
    frame, comma, body = question.text.rpartition(",")
    if not comma:
        frame, body = "", question.text
    sides = _SIDES.match(body.strip()) or _THAN_SIDES.match(body.strip())
    if sides is None and comma and _ASK_ONLY.match(body):
        # "A vs B, selisihnya berapa?": the sides come first, the comma only asks.
        sides, frame = _SIDES.match(frame.strip()), ""
    if sides is None:
        return None
    left, right = sides["left"].strip(), sides["right"].strip()
    owners = _owners_compared(question, left, right)
    if owners is not None:
        left, right = owners
    elif question.wants_sum:
        return None  # a total of listed rows ("SD Negeri dan SD Swasta") is summed within one table
    left_words, right_words = left.split(), right.split()
    anchor = right_words[0].lower()
    lowered_left = [w.lower() for w in left_words]
    if owners is not None:
        pass
    elif anchor in lowered_left[1:]:
        right = " ".join(left_words[: lowered_left.index(anchor)] + right_words)
    elif not frame and len(content_terms(right)) < 2:
        subject = [
            w for w in left_words if content_terms(w) and stem(w.lower()) not in VOCABULARY.money_stems
        ]
        right = " ".join([right, *subject])
    parts = []
    for side in (left, right):
        text = f"{frame} {side}".strip() if frame else side
        part = parse_question(
            text if re.match(r"(?i)berapa|apa|mana|siapa|kapan", text) else f"Berapa {text}"
        )
        if not part.terms:
            return None
        parts.append(replace(part, wants=question.wants or part.wants, weak_kind=question.weak_kind))
    return parts


def _owners_compared(question: Question, left: str, right: str) -> tuple[str, str] | None:
    """Both sides of "pagu anggaran DLH dan Dishub tahun 2025" or "harga satuan laptop di RKA
    Diskominfo dengan harga SSH" in full, when the right side names only who or where (names, a
    measure or money word, a year): the left's subject goes with each name, and what follows the
    names ("tahun 2025") with each side. None when the right side names a thing of its own."""
    right_words = right.split()
    lead = 0
    while lead < len(right_words) and _name_like(right_words[lead], question):
        lead += 1
    if lead == 0:
        # "harga SSH": a money or measure word before the name is the left's too.
        while lead < len(right_words) and _frame_word(right_words[lead]):
            lead += 1
        start = lead
        while lead < len(right_words) and _name_like(right_words[lead], question):
            lead += 1
        if lead == start:
            return None
        names, tail = right_words[start:lead], right_words[lead:]
    else:
        names, tail = right_words[:lead], right_words[lead:]
    if content_terms(" ".join(tail)):
        return None  # the right side names a thing of its own after its names
    left_words = left.split()
    cut = len(left_words)
    while cut > 1 and _name_like(left_words[cut - 1], question):
        cut -= 1
    if cut == len(left_words) or not content_terms(" ".join(left_words[:cut])):
        return None
    subject = left_words[:cut]
    return " ".join([*left_words, *tail]), " ".join([*subject, *names, *tail])


def _name_like(word: str, question: Question) -> bool:
    """A word written as a name in the question ("Dishub", "DLH", "RKA", "Samarinda Ulu")."""
    terms = content_terms(word)
    return bool(terms) and all(t in question.names for t in terms)


def _frame_word(word: str) -> bool:
    lowered = word.lower()
    return stem(lowered) in VOCABULARY.money_stems or any(
        stem(lowered) in group for group in VOCABULARY.measure_groups
    )


def _names_several(lowered: str) -> bool:
    """A sum is asked when several things are named ("laptop dan printer", "A + B") or all rows are, or
    a plural is written by doubling ("sekolah-sekolah", "kelompok-kelompok"), or the whole of a
    place is ("se-kota"), or three are listed with commas alone ("A, B, C")."""
    return bool(
        re.search(r"\b(dan|serta|,|seluruh|semua|keseluruhan)\b", lowered)
        # "A + B", "A & B", the spoken "A sama B": joined as "dan" joins.
        or re.search(r"[+&]|\bsama\b(?!\s+dengan\b)", lowered)
        # "se-kota", "se-kecamatan": over every place of that kind.
        or re.search(r"\bse-[^\W\d_]+", lowered)
        or lowered.count(",") >= 2
        or re.search(r"\b([^\W\d_]{3,})-\1\b", lowered)
    )


def resolve_follow_up(previous: str | None, question: str) -> str:
    """The question as it reads on its own, given the previous question of the conversation.

    A follow-up names little of its own: "dan tahun sebelumnya?" is the previous question one year
    earlier; "bagaimana dengan printer?" is the previous question about printers. A question that
    names its subject stands alone and is returned as it is.
    """
    if not previous:
        return question
    own_terms = content_terms(question)
    first = words(question)[:1]
    continues = bool(first) and first[0] in VOCABULARY.follow_up_words
    if len(own_terms) >= 3 or (own_terms and not continues):
        return question
    previous_years = [int(y) for y in _YEAR.findall(previous)]
    new_years = [int(y) for y in _YEAR.findall(question)]
    shift = -1 if _PREVIOUS_YEAR.search(question) else 1 if _NEXT_YEAR.search(question) else 0
    if not new_years and shift and previous_years:
        new_years = [y + shift for y in previous_years]
    resolved = _YEARS_PHRASE.sub("", previous).strip() if new_years else previous.strip()
    resolved = re.sub(r"\s+", " ", resolved).rstrip("?").strip()
    extra = " ".join(w for w in words(question) if stem(w) in own_terms)
    if extra:
        resolved = f"{resolved} {extra}"
    if new_years:
        resolved = f"{resolved} tahun {' '.join(str(y) for y in new_years)}"
    return resolved + "?"
