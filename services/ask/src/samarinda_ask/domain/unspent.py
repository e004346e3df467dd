"""What is left of a budget: "sisa anggaran X", "anggaran X yang tidak terealisasi".

Few documents state what was not spent; a budget document (or column) states the allocation and
a realisation report (or column) what was spent. The unspent amount is the one less the other,
each side asked and cited on its own, the subtraction shown with both figures.
"""

from __future__ import annotations

import re

from samarinda_ask.domain.passages import Answer
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

_WORD = re.compile(r"[^\W\d_]+")
# The asker's notes in brackets ("(pagu dikurangi realisasi)") say how, not what: no side's words.
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# The budget's document ("menurut DPA 2031", "dalam RKA perubahan"): a short form in capitals after a word
# pointing to a source, with a word qualifying it. The realisation is read from another document.
_BUDGET_SOURCE = re.compile(
    r"\b(?:di|dalam|menurut|sesuai|pada)\s+(?=(?:[^\W\d_]*[A-Z]){2})[^\W\d_]{2,6}\b"
    r"(?:\s+(?!(?:19|20)\d{2}\b)[a-z]+\b)?"
)


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words) | frozenset(words)


# A target is left over as a budget is: what is still to be reached is the target less what was
# realised. Neither's words are a realisation report's.
_TARGET = VOCABULARY.exclusive_measures[2]
_BUDGET = _stems([*VOCABULARY.budget_words, *_TARGET])
# The plan's words, which a realisation report does not state of what it spent.
_PLANNED = _stems([*VOCABULARY.exclusive_measures[1], *_TARGET, *VOCABULARY.synonyms[0]])
_REALISED = _stems(VOCABULARY.exclusive_measures[0])
_LEFT_OVER = frozenset(VOCABULARY.left_over_words)
_NEGATIONS = frozenset(VOCABULARY.negation_forms)


def _is(word: str, group: frozenset[str]) -> bool:
    lowered = word.lower()
    return lowered in group or stem(lowered) in group


def unspent_sides(text: str) -> tuple[str, str] | None:
    """The budget and its realisation asked apart, when ``text`` asks what was left unspent of a
    budget ("sisa pagu X", "anggaran X yang belum terserap"): ``(budget question, realisation
    question)``. None when it asks no such thing, or names no budget (a "sisa stok" is no
    budget's remainder)."""
    plain = _BRACKETED.sub(" ", text)
    tokens = list(_WORD.finditer(plain))
    marked: set[int] = set()  # the words that say "left over", on neither side
    for i, match in enumerate(tokens):
        if match.group(0).lower() in _LEFT_OVER:
            marked.add(i)
        elif _is(match.group(0), _REALISED) and i > 0 and tokens[i - 1].group(0).lower() in _NEGATIONS:
            marked.update((i - 1, i))
    budget = [i for i, match in enumerate(tokens) if _is(match.group(0), _BUDGET)]
    if not marked or not budget:
        return None

    sources = [m.span() for m in _BUDGET_SOURCE.finditer(plain)]
    # The realisation side also leaves out the budget's document.
    of_budget = {
        i for i, m in enumerate(tokens) if any(lo <= m.start() < hi for lo, hi in sources) and i not in budget
    }

    def side(dropped: frozenset[str], lead: str) -> str:
        pieces, cursor = [], 0
        skipped = marked | of_budget if lead else marked
        for i, match in enumerate(tokens):
            pieces.append(plain[cursor : match.start()])
            if lead and i == budget[0]:
                pieces.append(f"{lead} ")
            if i not in skipped and not _is(match.group(0), dropped):
                pieces.append(match.group(0))
            cursor = match.end()
        pieces.append(plain[cursor:])
        return re.sub(r"\s+([,?])", r"\1", " ".join("".join(pieces).split())).strip(" ,")

    # The budget side keeps the asker's word for the budget; the realisation side names its
    # measure where the budget is named, in place of the plan's words.
    return side(_REALISED, ""), side(_REALISED | _PLANNED, "realisasi")


def states_left_over(answer: Answer) -> bool:
    """Does the answer come from a unit that itself states a remainder (a "Sisa" column, "sisa
    anggaran sebesar ...")? Then it answers as it stands."""
    return answer.found and any(
        w.lower() in _LEFT_OVER for unit in answer.evidence for w in _WORD.findall(unit.text)
    )
