"""The words that name a figure in running text, and the figure of a sentence they make the answer.

A sentence may state several figures; which one the question asks for depends on the words around
each (before it within its clause, after it when it opens its clause, its unit), read here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.figures import Figure, FigureKind
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.sentences import YEAR
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

# "Berapa paket ...", "berapa banyak bibit ...", typed "brp kuintal": the thing a count question
# counts, or the unit it asks the figure in.
COUNTED_ASKED = re.compile(r"\b(?:berapa|brp)\s+(?:banyak\s+|jumlah\s+)?(?P<thing>[^\W\d_]+)", re.IGNORECASE)


# What follows an amount given for one of a thing: "Rp 50.000 per orang", "Rp 7.500/kg".
_PER_ONE = re.compile(r"\s*(?:/\s*|(?:per|setiap|tiap)\s+)[^\W\d_]", re.IGNORECASE)


def nearest_figure(question: Question, text: str, figures: list[Figure]) -> Figure:
    """Of several figures in a sentence, the one whose preceding words best match the question;
    in a sentence about several years, the one nearest the year asked about."""
    asked_years = [m.start() for m in YEAR.finditer(text) if int(m.group(0)) in question.years]
    several_years = len({m.group(0) for m in YEAR.finditer(text)}) > 1
    # "berapa relawan ...": the thing counted, which a figure's unit may name.
    asked = COUNTED_ASKED.search(question.text)
    counted = index_terms(asked["thing"]) if asked else frozenset()
    best, best_score = figures[0], -math.inf
    # Each figure is found in the sentence once: where it starts, and where it and its unit end.
    found = [(f, m) for f in figures if (m := _figure_match(text, f)) is not None]
    ends = [_figure_end(text, f, m) for f, m in found]
    labels = [_label(text, found, ends, i) for i in range(len(found))]
    for (figure, match), before, end in zip(found, labels, ends, strict=True):
        position = match.start()
        segment = text[_label_start(text, position, ends) : position]
        score = sum(1.0 for t in question.terms if t in before)
        if question.terms and question.terms[0] in before:
            score += HEAD_CREDIT  # of two figures named as well, the one named by what is asked first
        # The measure named just before a figure is its measure: "alokasi ... Rp A dengan
        # realisasi Rp B" answers "realisasi" with B.
        near = {stem(w) for w in words(segment[-30:])}
        for group in VOCABULARY.measure_groups:
            if group & near:
                score += 2.0 if group & set(question.raw_stems) else -2.0 if asked_measure(question) else 0.0
        # A figure counting what the question asks about first ("412 atlet", "868.450 jiwa").
        unit_terms = index_terms(figure.unit) if figure.unit else set()
        if question.terms and question.terms[0] in unit_terms:
            score += 2.0
        elif figure.unit and question.names & _counted_thing(text, match, _following_starts(found, match)):
            score += 2.0  # "37 Surat Izin Usaha (SIU)" counts the SIU a question names, past its first word
        elif counted & unit_terms:
            score += 2.0  # "12 relawan" answers "berapa relawan", not the "3 unit" beside it
        if question.wants is FigureKind.COUNT and figure.kind is not FigureKind.COUNT:
            score -= 0.5
        if question.wants_rate and _PER_ONE.match(text, end):
            score += 3.0  # "berapa per orang": "Rp 50.000 per orang", not the total it is written with
        if several_years and asked_years:
            score -= min(abs(position - y) for y in asked_years) / 10
        if score > best_score:
            best, best_score = figure, score
    return best


def own_item_name(asked: frozenset[str], text: str, figures: Sequence[Figure], figure: Figure) -> set[str]:
    """The terms naming ``figure`` alone among ``figures`` of a sentence listing them ("Koordinator"
    of "... kepada Koordinator sebesar Rp A, Pengemudi sebesar Rp B"): its words after the last
    one naming an ``asked`` term (the frame every figure shares), less those of the others' names."""
    found = [(f, m) for f in figures if (m := _figure_match(text, f)) is not None]
    own = [i for i, (f, _) in enumerate(found) if f == figure]
    if len(found) < 2 or len(own) != 1:
        return set()
    ends = [_figure_end(text, f, m) for f, m in found]
    position = found[own[0]][1].start()
    said = words(text[_label_start(text, position, ends) : position])
    framed = [i for i, w in enumerate(said) if index_terms(w) & asked]
    rest = said[framed[-1] + 1 :] if framed else said
    others = set().union(*(_label(text, found, ends, i) for i in range(len(found)) if i != own[0]))
    return index_terms(" ".join(rest)) - others


def _following_starts(found: Sequence[tuple[Figure, re.Match[str]]], match: re.Match[str]) -> list[int]:
    return [m.start() for _, m in found if m.start() > match.start()]


def _counted_thing(text: str, match: re.Match[str], following: Sequence[int]) -> set[str]:
    """The terms of what a count names after its number: up to a clause mark, "dan", "serta" or
    the next figure."""
    stop = _AFTER_LABEL_END.search(text, match.end())
    return index_terms(text[match.end() : min([*following, stop.start() if stop else len(text)])])


# "... 9.240 orang, terdiri dari 4.700 orang laki-laki dan 4.540 orang perempuan": what opens the
# parts a figure is made of.
_BREAKDOWN = re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|yaitu)\b", re.IGNORECASE)


_CLAUSE_MARK = re.compile(r"[,;:]")


# Where the words after a part's figure that name it stop: a clause mark, "dan", the next figure.
_AFTER_LABEL_END = re.compile(r"[,;:]|\s(?:dan|serta)\s")


def _label(text: str, found: Sequence[tuple[Figure, re.Match[str]]], ends: Sequence[int], i: int) -> set[str]:
    """The terms naming the ``i``-th figure of ``found``: the words before it; for one opening its
    clause, the words after it. A part of a breakdown ("terdiri dari 4.700 orang laki-laki") is
    named by what its whole is named by and by the words after it (its part's own name)."""
    position, end = found[i][1].start(), ends[i]
    following = _following_starts(found, found[i][1])

    def words_after(stop_at: re.Pattern[str]) -> set[str]:
        clause_end = stop_at.search(text, end)
        return index_terms(text[end : min([*following, clause_end.start() if clause_end else len(text)])])

    # "Sebanyak 64 relawan telah dilatih ...": a figure that opens its clause is named
    # by the words after it, up to the clause's end or the next figure.
    label = index_terms(text[_label_start(text, position, ends) : position]) or words_after(_CLAUSE_MARK)
    opener = _BREAKDOWN.search(text)
    wholes = [j for j in range(len(found)) if opener and ends[j] <= opener.start()]
    if opener and wholes and position >= opener.end():
        return label | words_after(_AFTER_LABEL_END) | _label(text, found, ends, wholes[-1])
    return label


def _label_start(text: str, position: int, ends: Sequence[int]) -> int:
    """Where the words naming the figure at ``position`` begin: at most 60 characters back, or
    back to the start of its clause when that is at most 120 characters back ("realisasi keuangan
    APBD kota sampai dengan triwulan III 2031 mencapai 61%": the measure opens a long clause), and
    not before the figure ahead of it, nor its words up to a comma ("12 kegiatan lapangan, antara
    lain penyuluhan 5 kegiatan": 5 is not named by the "kegiatan lapangan" of the 12)."""
    start = max(0, position - LABEL_REACH)
    clause_marks = [m.end() for m in _LABEL_CLAUSE_MARK.finditer(text, 0, position)]
    clause_start = clause_marks[-1] if clause_marks else 0
    if position - LONG_LABEL_REACH <= clause_start < start:
        start = clause_start
    for end in sorted(ends):
        if start <= end <= position:
            clause = re.search(r"[,;:]", text[end:position])
            start = end + clause.end() if clause else end
    # Nor before a clause of its own that a conjunction opens ("..., dan 18 kader mulai ..."):
    # the words before it name the figure of the clause before.
    opened = list(_CLAUSE_OPENER.finditer(text, start, position))
    return opened[-1].end() if opened else start


# How far back the words naming a figure reach, in characters: as a rule, and within its clause.
LABEL_REACH = 60


LONG_LABEL_REACH = 120


# A clause mark ("72,4" is a number, not a clause) or a sentence's end.
_LABEL_CLAUSE_MARK = re.compile(r"[,;:.](?=\s)")


# The bonus of a figure whose words name the question's first term, the thing it asks about.
HEAD_CREDIT = 0.5


_CLAUSE_OPENER = re.compile(r"(?:[,;]\s*(?:dan|sedangkan|serta|namun|tetapi)|;)\s+", re.IGNORECASE)


def figure_position(text: str, figure: Figure) -> int:
    match = _figure_match(text, figure)
    return match.start() if match else -1


def _figure_end(text: str, figure: Figure, match: re.Match[str]) -> int:
    """Where the figure (found at ``match``) ends in ``text``, with the unit word written after it
    ("300 kunjungan")."""
    unit = (
        re.match(rf"\s*{re.escape(figure.unit)}\b", text[match.end() :], re.IGNORECASE)
        if figure.unit
        else None
    )
    return match.end() + (unit.end() if unit else 0)


def _figure_match(text: str, figure: Figure) -> re.Match[str] | None:
    from samarinda_ask.domain.figures import values_in

    for match in re.finditer(r"\d[\d.,]*", text):
        if figure.value in values_in(match.group(0)):
            return match
    return None


def asked_measure(question: Question) -> frozenset[str] | None:
    """The one exclusive measure (realisasi, pagu, target) the question names, if it names one."""
    asked = [g for g in VOCABULARY.measure_groups if g & set(question.raw_stems)]
    return asked[0] if len(asked) == 1 else None
