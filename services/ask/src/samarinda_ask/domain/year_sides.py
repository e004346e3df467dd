"""A question that sets two years against each other, read side by side: the words that tie
one year's side to its own document or measure, and a period written over two years that is
one period, not two sides. Apart from the parts because it decides what each year's part reads,
not how a question is cut."""

from __future__ import annotations

import re

from samarinda_common.indonesian_text import MONTHS

from samarinda_ask.domain.named_periods import ANY_PERIOD, SHORT_MONTHS, YEAR
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import measure_terms, term_of
from samarinda_ask.domain.vocabulary import VOCABULARY

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


def year_texts(question: Question) -> list[str]:
    """The question's text for each of its years, without the words that tie the other year's
    side to its own document or measure: in "target A 2026 dibanding realisasi A 2025" the 2026
    figure is a target and the 2025 one a realisation, and "naik dari SK 2025 ke RKA 2026" reads
    2025 from the SK. The whole text for every year when the years are not one a side."""
    text = question.text
    spans = [(m.start(), m.end()) for m in YEAR.finditer(text)]
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
        # A side naming no measure of its own asks the other side's (see _names_its_measure).
        kept = set() if _names_its_measure(own, measures) else measures
        theirs = [w for w in re.findall(r"[\w-]+", other) if term_of(w.lower()) in measures - kept]
        theirs += [m["short"] for m in _SHORT_BEFORE_YEAR.finditer(other) if _names_document(m)]
        # "2031 (s.d. Mei) dibanding 2030": the month that cuts off one side's figure is no month
        # of the other side's (a whole year's report).
        theirs += [
            w for w in re.findall(r"[\w-]+", other) if w.lower() in MONTHS or w.lower() in SHORT_MONTHS
        ]
        # "A semester 1 2031 dibanding setahun 2030": the half that cuts one side's figure off
        # is no period of the other side's (a whole year's report), as a month is not.
        theirs += [w for period in ANY_PERIOD.finditer(other) for w in re.findall(r"[\w-]+", period[0])]
        if str(year) == first_year:
            # "A 2031 kalau dibanding usulan 2030": what the right side writes before its year
            # names that year's own source or figure, not the left side's.
            theirs += [
                w
                for w in re.findall(r"[\w-]+", text[sides.end() : spans[1][0]])
                if term_of(w.lower()) not in kept
            ]
        drop = {w for w in theirs if w.lower() not in own_words}
        texts.append(" ".join(w for w in text.split(" ") if w.strip("?,.()") not in drop))
    return texts


def _names_its_measure(side: str, measures: frozenset[str]) -> bool:
    """A year's side naming what it measures or where it reads ("target ... 2032", "anggaran
    ... 2032", "RKA 2032"). One naming neither ("retribusi X 2032 terhadap realisasi 2031
    bertambah berapa") asks the same measure as the other side: a change sets like against like."""
    said = re.findall(r"[\w-]+", side)
    return any(term_of(w.lower()) in measures or w.lower() in VOCABULARY.budget_words for w in said) or any(
        _names_document(m) for m in _SHORT_BEFORE_YEAR.finditer(side)
    )


# A school or budget year written over two calendar years ("tahun ajaran 2025/2026", "periode
# 2031-2032").
_SPANNED_YEARS = re.compile(r"\b((?:19|20)\d{2})\s*[/–-]\s*((?:19|20)\d{2})\b")


def one_period(question: Question) -> bool:
    """The question's years are one period written over two years ("2025/2026"): one question,
    not one per year (each year's part would find the same figure, stated for the period)."""
    # "naik dari 2031-2032" may set one year against the other; "2023/2024" is one period.
    dashed_ok = not (question.wants_difference or question.wants_comparison)
    spans = [
        (int(m[1]), int(m[2])) for m in _SPANNED_YEARS.finditer(question.text) if dashed_ok or "/" in m[0]
    ]
    return len(spans) == 1 and spans[0][1] == spans[0][0] + 1 and set(spans[0]) == set(question.years)
