"""Wordings of one item that the match stage treats alike (``Penghancur kertas`` / ``Paper
shredder``): each group of ``equivalents.toml`` rewritten to its first wording, in the content
tokens a line and a catalogue row are compared by. Only matching reads them this way; categories,
relevance and duplicates keep the text as written."""

from __future__ import annotations

from collections.abc import Sequence

from samarinda_rka_review.domain.rules import EQUIVALENTS
from samarinda_rka_review.domain.text import tokens


def _table() -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in EQUIVALENTS.groups:
        canonical = tuple(tokens(group[0]))
        for wording in group[1:]:
            written = tuple(tokens(wording))
            if written and written != canonical:
                table[written] = canonical
    return table


_TABLE = _table()
_LONGEST = max((len(k) for k in _TABLE), default=0)


def equate(words: Sequence[str]) -> list[str]:
    """The words with each known wording replaced by its group's first one, longest first
    (``flip chart`` before ``chart``); order kept, repeats dropped."""
    out: dict[str, None] = {}
    position = 0
    while position < len(words):
        for length in range(min(_LONGEST, len(words) - position), 0, -1):
            replaced = _TABLE.get(tuple(words[position : position + length]))
            if replaced is not None:
                out.update(dict.fromkeys(replaced))
                position += length
                break
        else:
            out.setdefault(words[position], None)
            position += 1
    return list(out)
