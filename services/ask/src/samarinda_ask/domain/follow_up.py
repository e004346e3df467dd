"""A follow-up question ("dan tahun sebelumnya?") read with the conversation's turn before it.
Apart from the question's reading because it reads two turns, and rewrites text before parsing."""

from __future__ import annotations

import re

from samarinda_common.indonesian_text import words

from samarinda_ask.domain.named_periods import NEXT_YEAR, PREVIOUS_YEAR, YEAR, YEARS_PHRASE
from samarinda_ask.domain.question_terms import content_terms
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY


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
    previous_years = [int(y) for y in YEAR.findall(previous)]
    new_years = [int(y) for y in YEAR.findall(question)]
    shift = -1 if PREVIOUS_YEAR.search(question) else 1 if NEXT_YEAR.search(question) else 0
    if not new_years and shift and previous_years:
        new_years = [y + shift for y in previous_years]
    resolved = YEARS_PHRASE.sub("", previous).strip() if new_years else previous.strip()
    resolved = re.sub(r"\s+", " ", resolved).rstrip("?").strip()
    extra = " ".join(w for w in words(question) if stem(w) in own_terms)
    if extra:
        resolved = f"{resolved} {extra}"
    if new_years:
        resolved = f"{resolved} tahun {' '.join(str(y) for y in new_years)}"
    return resolved + "?"
