"""What a question asks: its content terms, the years it names, the kind of figure it wants
(money, a count, a percentage, a date), whether it adds, compares or sets against, and what it
leaves out or names only in a remark."""

from __future__ import annotations

import re
from dataclasses import dataclass

from samarinda_common.indonesian_text import MONTHS, STOP_WORDS, words

from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.informal import contracted, shortens, unreduplicated
from samarinda_ask.domain.named_periods import YEAR, full_months, listed_months, listed_years, relative_years
from samarinda_ask.domain.question_terms import content_terms, glossary_words, is_generic, term_of
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

# Words that ask for money even in a question that counts ("nilai bantuan per keluarga").
_STRONG_MONEY = frozenset(
    stem(w)
    for w in ("anggaran", "biaya", "harga", "pagu", "dana", "rupiah", "rp", "nilai", "nominal", "tarif")
)
# "per siswa", "per bulan": the unit a rate is stated for, not a count asked for.
_PER_UNIT = re.compile(r"\b(?:per|setiap|tiap|masing-masing)\s+\w+", re.IGNORECASE)


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
    def names_money(self) -> bool:
        """The question writes a word for an amount of money ("biaya", "honor", "APBD"): a count
        asked without one asks the things themselves, not what was spent on them."""
        said = set(self.raw_stems) | set(self.terms)
        return bool(said & (VOCABULARY.money_stems | VOCABULARY.amount_short_forms))

    @property
    def counts_without_money(self) -> bool:
        """A count asked with no word for money: the things themselves, not what was spent on them."""
        return self.wants is FigureKind.COUNT and not self.names_money

    @property
    def asked_terms(self) -> tuple[str, ...]:
        """The terms of the question itself, without those only its closing remark names."""
        return tuple(t for t in self.terms if t not in self.aside)


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


def parse_question(text: str) -> Question:
    text = unreduplicated(listed_years(listed_months(full_months(relative_years(text)))))
    text, excluded = _without_exclusions(text)
    lowered = text.lower()
    asked = _asking_words_written_out(lowered)
    stems = {stem(w) for w in words(lowered)} | ({"%"} if "%" in lowered else set())
    stems |= {term_of(w) for w in words(lowered)}
    years = tuple(sorted({int(y) for y in YEAR.findall(text)}))
    wants: FigureKind | None = None
    # A count asked by a closing "berapa" alone, naming no unit nor thing counted ("total X bulan
    # Juni berapa?"), may as well ask an amount of money: it only leans to a count.
    counted_by_asking_word = False
    # "berapa kali ... harga", "berapa orang ... dana": the count asked by its unit, whatever
    # amount the question also names.
    counted_directly = _COUNTED_DIRECTLY.search(asked) is not None
    counts_things = (
        bool(re.search(r"\bberapa\s+(?:banyak|jumlah)\b", asked))
        # The unit words as written: their stems are other words ("camat" of "kecamatan", "serta"
        # of "peserta") that name no count.
        or bool(set(words(_MONTH_NAMED.sub(" ", _PER_UNIT.sub(" ", lowered)))) & set(VOCABULARY.count_units))
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
        counted_by_asking_word = not counts_things and _CLOSING_ASKING_WORD.search(asked) is not None
    strong = stems & ((VOCABULARY.money_stems - VOCABULARY.weak_money_stems) | VOCABULARY.amount_short_forms)
    return Question(
        text=text,
        terms=tuple(content_terms(RATE_UNIT.sub(" ", text) if wants is FigureKind.MONEY else text)),
        years=years,
        wants=wants,
        wants_sum=(bool(stems & VOCABULARY.sum_stems) and _names_several(lowered))
        or ADDED.search(text) is not None
        or _PLUS.search(text) is not None,
        raw_stems=tuple(sorted({stem(w) for w in words(lowered)})),
        # "ditambah" shares its stem with "bertambah" but asks to add.
        wants_difference=bool(
            stems & VOCABULARY.difference_stems or VOCABULARY.difference_forms & set(words(lowered))
        )
        and ADDED.search(text) is None,
        weak_kind=(wants is FigureKind.MONEY and not strong) or counted_by_asking_word,
        names=_names(text),
        wants_comparison=bool(VOCABULARY.comparison_patterns.search(text)),
        verbs=frozenset(
            term_of(w)
            for w in glossary_words(lowered)
            if re.match(r"(?:di|me|ber|ter)[a-z]{3}", w) and stem(w) != w
        ),
        wants_date=bool(_DATE_ASKED.search(asked)),
        counts_things=counts_things,
        months=frozenset(stem(w) for w in words(lowered) if w in MONTHS),
        wants_rate=wants is FigureKind.MONEY and RATE_UNIT.search(text) is not None,
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


# "bulan Juli": the month a figure is of, no count of months.
_MONTH_NAMED = re.compile(rf"\bbulan\s+(?={'|'.join(MONTHS)}\b)", re.IGNORECASE)


_CLOSING_ASKING_WORD = re.compile(r"\bberapa\s*[?.!]*\s*$")


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
    return term_of(first) == term_of(_AMOUNT) or shortens(first, _AMOUNT)


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
        closing = m["next"] is None or m["next"] in STOP_WORDS or is_generic(m["next"])
        if asks and closing:
            units.update(content_terms(m["unit"]))
    return frozenset(units)


# "Rp ... per botol": the thing a price is for, which a price list names in its unit column
# ("btl", "bh") or not at all; a month or a date after "per" is a period ("per Juni").
RATE_UNIT = re.compile(
    rf"\b(?:per|setiap|tiap)\s+(?!(?:{'|'.join(MONTHS)}|akhir|awal|tanggal|triwulan|semester|tahun)\b)"
    r"[^\W\d_]+\b",
    re.IGNORECASE,
)


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


# "A ditambah B", "A setelah ditambah B": a total of two figures, each stated on its own.
ADDED = re.compile(
    r"\s+(?:(?:setelah|jika|bila|apabila)\s+)?ditambah(?:kan)?(?:\s+dengan)?\s+", re.IGNORECASE
)


# "(Q1 + Q2)", "A+B": a plus sign between two named things asks for their sum with no word for it.
_PLUS = re.compile(r"[^\W_]\s*\+\s*[^\W_]")


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
