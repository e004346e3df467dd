"""The OPDs a question names, as written, and a total over several OPDs listed in a row asked
once for each. Apart from the other parts because it reads owners by the glossary's OPD names,
which the added and compared parts also ask."""

from __future__ import annotations

import re
from dataclasses import replace

from samarinda_ask.domain.question import Question, parse_question
from samarinda_ask.domain.question_terms import OPD_TERMS, content_terms, term_of
from samarinda_ask.domain.vocabulary import VOCABULARY


def owner_mentions(text: str) -> list[str]:
    """The OPDs ``text`` names, as written ("Dinas Kesehatan", "Disdik"), in reading order."""
    spans: list[tuple[int, int]] = []
    for _, pattern, replacement in VOCABULARY.phrases:
        if term_of(replacement) in OPD_TERMS:
            for match in pattern.finditer(text):
                if all(match.end() <= s or match.start() >= e for s, e in spans):
                    spans.append((match.start(), match.end()))
    for match in re.finditer(r"[^\W\d_][\w-]*", text):
        taken = any(not (match.end() <= s or match.start() >= e) for s, e in spans)
        if not taken and term_of(match.group(0).lower()) in OPD_TERMS:
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
