"""A question's narrowing word against the one a passage writes in its place.

"produksi ternak sapi" asks one kind of "ternak"; a passage of "produksi ternak kambing" states
another kind, though it shares every other word. When no candidate writes the question's kind at
all, the missing word looks like the asker's own wording; the passage writing another word right
after the same head says it is not: it names another kind of that head.
"""

from __future__ import annotations

import itertools
import re

from samarinda_common.indonesian_text import STOP_WORDS, words

from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import OPD_TERMS, content_terms

# What ends a phrase inside a passage: a cell, a label, a clause.
_PHRASE_BREAK = re.compile(r"[|:;,.()\[\]\n/]")


def narrowed_otherwise(question: Question, missing: frozenset[str], text: str) -> bool:
    """The question's last term (the unit of its figure aside), missing from ``text``, narrows
    the word right before it ("ternak sapi"), and ``text`` writes that word narrowed by another
    word the question does not ("ternak kambing"). An OPD's name or a verb narrows nothing."""
    asked = [t for t in question.asked_terms if t not in question.answer_units]
    if not asked or asked[-1] not in missing or asked[-1] in OPD_TERMS or asked[-1] in question.verbs:
        return False
    said = words(question.text.lower())
    heads = [said[i - 1] for i in range(len(said) - 1, 0, -1) if content_terms(said[i]) == asked[-1:]]
    head_terms = content_terms(heads[0]) if heads else []
    if len(head_terms) != 1 or head_terms[0] in missing:
        return False
    stated = set(question.terms)
    for phrase in _PHRASE_BREAK.split(text.lower()):
        written = words(phrase)
        for word, following in itertools.pairwise(written):
            if content_terms(word) != head_terms or following in STOP_WORDS or not following.isalpha():
                continue
            if (other := content_terms(following)) and not set(other) & stated:
                return True
    return False
