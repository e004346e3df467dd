"""A question that asks several figures cut into one question per figure: per year, per
exclusive measure ("pagu dan realisasi"), per period of one year compared, per side of a
comparison or an addition, per OPD listed. Each part is answered on its own and the parts'
figures are then added or set against each other by the answering."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.named_periods import ANY_PERIOD, YEAR, YEARS_PHRASE
from samarinda_ask.domain.owner_parts import listed_owner_parts, owner_mentions
from samarinda_ask.domain.question import ADDED, RATE_UNIT, Question, parse_question
from samarinda_ask.domain.question_terms import content_terms
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY
from samarinda_ask.domain.year_sides import one_period, year_texts

# Two periods of one year set against each other ("dari akhir semester I ke akhir semester II",
# "triwulan 1 dibanding triwulan 2"): a figure of each.
_PERIOD_SIDES = re.compile(
    rf"(?P<first>{ANY_PERIOD.pattern})(?P<joint>\s+(?:ke|dengan|dan|vs\.?|versus|dibanding(?:kan)?"
    rf"(?:\s+dengan)?)\s+(?:[^\W\d_]+\s+)?)(?P<second>{ANY_PERIOD.pattern})",
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
    if len(question.years) > 1 and not one_period(question):
        return [
            parse_question(YEARS_PHRASE.sub("", text).rstrip("?").strip() + f" tahun {year}?")
            for year, text in zip(question.years, year_texts(question), strict=True)
        ]
    added = added_parts(question)
    if added:
        return added
    named = [[w for w in words(question.text) if stem(w) in group] for group in VOCABULARY.measure_groups]
    named = [found for found in named if found]
    if len(named) == 2 and (sides := measure_sides(question.text, named[0][0], named[1][0])):
        return [parse_question(side) for side in sides]
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


# "selisih <measure A ...> dengan <measure B ...> untuk <the thing>": each side's words after its
# measure ("pagu awal DPA 2031", "realisasi 2031") are its own; the thing comes after both.
_JOINT = r"(?:dengan|dgn|dan|terhadap|dibanding(?:kan)?(?:\s+dengan)?|vs\.?|versus)"
_SHARED_TAIL = r"(?:untuk|utk|bagi|pada)"


def measure_sides(text: str, one: str, other: str) -> tuple[str, str] | None:
    """The question once per measure, each without the other measure's side, when the two sides
    stand joined before the thing they share ("beda pagu awal DPA 2031 dengan realisasi 2031 untuk
    lomba X": "beda pagu awal DPA 2031 untuk lomba X" and "beda realisasi 2031 untuk
    lomba X"). None when the thing is not set apart after both sides: a side's words may then
    be the thing itself ("realisasi pelatihan X dengan pagunya")."""
    first, second = sorted((one, other), key=lambda w: text.lower().find(w.lower()))
    match = re.search(
        rf"^(?P<lead>.*?)\b(?P<first>{re.escape(first)}\b.*?)\s+{_JOINT}\s+(?P<second>{re.escape(second)}\b.*?)"
        rf"(?P<tail>\s+{_SHARED_TAIL}\s+.*)$",
        text,
        flags=re.IGNORECASE,
    )
    if match is None or not content_terms(match["tail"]):
        return None
    # The side just before the shared part names its measure, a year or a source ("realisasi
    # 2031", "DPA"): one naming more ("realisasi retribusi X untuk gedung B") may hold the thing.
    said = content_terms(match["second"][len(second) :])
    if any(t not in parse_question(text).names for t in said):
        return None
    return (
        f"{match['lead']}{match['first']}{match['tail']}",
        f"{match['lead']}{match['second']}{match['tail']}",
    )


_QUESTION_START = re.compile(r"(?i)berapa|apa|mana|siapa|kapan")


def added_parts(question: Question) -> list[Question] | None:
    """The two figures "A ditambah B" adds, each a question of its own; the second names the OPD
    and the year of the first when it names none ("pagu Dinas X 2026 ditambah tambahan yang
    disepakati" asks for Dinas X's addition)."""
    pieces = ADDED.split(question.text)
    if len(pieces) != 2:
        return None
    left, right = (piece.strip().rstrip("?").strip() for piece in pieces)
    carried = [m for m in owner_mentions(left) if not owner_mentions(right)]
    if not YEAR.search(right):
        carried += [m.group(0) for m in YEARS_PHRASE.finditer(left)]
    right = " ".join([right, *carried])
    parts = []
    for side in (left, right):
        part = parse_question(side if _QUESTION_START.match(side) else f"Berapa {side}")
        if not part.terms:
            return None
        parts.append(replace(part, wants=question.wants or part.wants, weak_kind=question.weak_kind))
    return parts


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
    elif _names_a_source_only(right, question) and (subject := _subject(left_words, question)):
        # "tarif sewa aula di RKA naik berapa per hari dibanding usulan Dinas Z": the right side
        # names only where its figure is written; it is a figure of the left's thing (and rate),
        # in the kind the whole question asks.
        rate = [m.group(0) for m in RATE_UNIT.finditer(left)][:1]
        right = " ".join([*subject, *rate, right])
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


def _names_a_source_only(side: str, question: Question) -> bool:
    """A side naming only a document and who wrote it ("usulan Dinas Z", "RKA 2031"): the terms it
    has beside names and years are a document kind's."""
    terms = set(content_terms(side))
    return bool(terms) and terms - question.names <= _SOURCE_TERMS and bool(terms & _SOURCE_TERMS)


# The words naming a kind of document (a category's name, a document kind's first word); not
# "realisasi", which names a measure a side asks for.
_SOURCE_TERMS = frozenset(
    t
    for word in (*VOCABULARY.category_words, *VOCABULARY.document_kind_heads)
    if "_" not in word and word != "realisasi"
    for t in content_terms(word)
)


def _subject(words_: list[str], question: Question) -> list[str]:
    """The leading words of a side naming its thing ("Tarif sewa aula" of "Tarif sewa aula di RKA ..."),
    up to its first name, number or word of no content; no measure of its own."""
    subject: list[str] = []
    # "Berapa selisih harga X ...": the asking and the change words before the thing are no part of it.
    lead = itertools.takewhile(
        lambda w: not content_terms(w) or stem(w.lower()) in VOCABULARY.difference_stems, words_
    )
    for word in words_[len(list(lead)) :]:
        if not content_terms(word) or _name_like(word, question) or any(c.isdigit() for c in word):
            break
        # A measure ("pagu", "realisasi") is the left's own: an offer states no pagu.
        if not any(stem(word.lower()) in group for group in VOCABULARY.measure_groups):
            subject.append(word)
    return subject


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
