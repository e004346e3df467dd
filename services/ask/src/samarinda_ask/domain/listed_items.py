"""The things a question lists ("A, B serta C", a list in brackets), each by its terms: the
rows a total over them adds. Apart from the question's reading because only the sums count them."""

from __future__ import annotations

import re

from samarinda_ask.domain.named_periods import YEARS_PHRASE
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import content_terms

# What joins listed things: a comma, "dan", "serta", "ditambah", a plus or an ampersand, and the
# spoken "sama" ("A sama B"; not "sama dengan", which says two things are equal).
_ITEM_GLUE = re.compile(r"\s*[,+&]\s*|\s+(?:dan|serta|ditambah|sama(?!\s+dengan\b))\s+", re.IGNORECASE)


def items_listed(question: Question) -> int:
    """How many things the question lists, counting those whose words are all common ones (a
    kecamatan named after the city has no content terms, and ``named_items`` drops it)."""
    body = YEARS_PHRASE.sub(" ", question.text)
    pieces = _ITEM_GLUE.split(_bracketed_list(body) or body)
    return len([piece for piece in pieces if re.search(r"[^\W\d_]", piece)])


def named_items(question: Question) -> list[tuple[str, ...]]:
    """The things a question lists ("USG portabel dan kulkas vaksin", "A, B serta C"), each as its
    content terms; the frame around them ("total belanja", "tahun 2025") stays in the first and
    last item and is told apart by the caller. One item when nothing is listed."""
    body = YEARS_PHRASE.sub(" ", question.text)
    pieces = _ITEM_GLUE.split(_bracketed_list(body) or body)
    items = [tuple(content_terms(piece)) for piece in pieces]
    return [item for item in items if item]


# "UMKM di wilayah hulu (Desa A, Desa B, Desa C)": the things listed in brackets after the name
# the asker gives their group, a name no row writes.
_BRACKETS = re.compile(r"\(([^()]*)\)")


def _bracketed_list(text: str) -> str | None:
    """The inside of the first brackets of ``text`` that list several things, if any."""
    return next((m[1] for m in _BRACKETS.finditer(text) if len(_ITEM_GLUE.split(m[1])) > 1), None)
