"""Answers to a question of two parts composed into one: a comparison, a difference, a change, a share.

Two documents or two periods answered one by one are combined here; the arithmetic is done in
code and shown with both figures it is done on, never left to a model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from samarinda_ask.domain.figures import Figure, FigureKind
from samarinda_ask.domain.passages import Answer, not_found
from samarinda_ask.domain.question import Question

PERCENT_WORD = re.compile(r"\bpersen(?:tase)?\b|%", re.IGNORECASE)


RELATIVE_CHANGE = re.compile(
    r"\b(?:persen(?:tase)?|%)\s+(?:kenaikan|penurunan|pertambahan|pertumbuhan|perubahan|pengurangan)\b",
    re.IGNORECASE,
)


def relative_change(answers: Sequence[Answer], parts: Sequence[Question]) -> Answer | None:
    """The change from the first part's figure to the second's in percent, with both figures."""
    combined = combined_answer(answers, parts[0], parts)
    figures = [a.figure for a in answers]
    if not combined.found or len(figures) != 2 or not all(figures):
        return None
    first, second = figures
    assert first is not None and second is not None
    if first.kind is not second.kind or first.unit != second.unit or first.value == 0:
        return None
    change = ((second.value - first.value) / first.value * 100).quantize(Decimal("0.01"))
    word = "Kenaikan" if change >= 0 else "Penurunan"
    shown = Figure(FigureKind.PERCENT, abs(change))
    head = f"{word} {shown.render()} = ({second.render()} - {first.render()}) / {first.render()} x 100. "
    return replace(combined, text=head + combined.text)


SHARE = re.compile(r"\bterhadap\b", re.IGNORECASE)


def share(answers: Sequence[Answer], parts: Sequence[Question], question: Question) -> Answer | None:
    """The figure named before "terhadap" as a percentage of the one named after it."""
    combined = combined_answer(answers, parts[0], parts)
    figures = [a.figure for a in answers]
    if not combined.found or len(figures) != 2 or not all(figures):
        return None
    first, second = figures
    assert first is not None and second is not None
    if {first.kind, second.kind} - {FigureKind.COUNT, FigureKind.NUMBER} and first.kind is not second.kind:
        return None
    pivot = SHARE.search(question.text)
    assert pivot is not None
    before = question.text[: pivot.start()].lower()
    own = [_side_label(parts[i], parts[1 - i]).lower().split() for i in (0, 1)]
    if any(w in before for w in own[1]) and not any(w in before for w in own[0]):
        first, second = second, first
    if second.value == 0:
        return None
    shown = Figure(FigureKind.PERCENT, (first.value / second.value * 100).quantize(Decimal("0.01")))
    head = f"{shown.render()} = {first.render()} / {second.render()} x 100. "
    return replace(combined, text=head + combined.text)


# "lebih besar berapa": a comparison asking by how much.
_HOW_MUCH = re.compile(r"\b(?:berapa|brp)\b", re.IGNORECASE)


# A comparison of prices is answered in the asker's words: the cheaper, not the smaller.
_PRICED = re.compile(r"\b(?:lebih\s+(?:murah|mahal)|termurah|termahal)\b", re.IGNORECASE)


_SMALLER = re.compile(
    r"\b(?:lebih\s+(?:kecil|rendah|sedikit|murah)|terkecil|terendah|termurah)\b", re.IGNORECASE
)


def combined_answer(answers: Sequence[Answer], question: Question, parts: Sequence[Question]) -> Answer:
    if not all(a.found for a in answers):
        missing = next(p for p, a in zip(parts, answers, strict=True) if not a.found)
        reason = next(a.reason for a in answers if not a.found)
        return not_found(min(a.confidence for a in answers), f"part {missing.text!r}: {reason}")
    statements = " ".join(f"({n}) {a.text}" for n, a in enumerate(answers, start=1))
    figures = [a.figure for a in answers]
    head = ""
    if len(figures) == 2 and all(figures):
        first, second = figures
        assert first is not None and second is not None
        comparable = first.kind is second.kind and (
            first.unit == second.unit
            or _glossed_unit(first, second.unit, answers[0].text)
            or _glossed_unit(second, first.unit, answers[1].text)
        )
        counted = {first.kind, second.kind} == {FigureKind.COUNT, FigureKind.NUMBER}
        if counted:
            # "1.800 KPM" in a plan and a bare 1.660 under a "Jumlah KPM" column: both counts.
            unit = first.unit or second.unit
            first, second = (
                replace(first, kind=FigureKind.COUNT, unit=unit),
                replace(second, kind=FigureKind.COUNT, unit=unit),
            )
            comparable = True
        if comparable and question.wants_comparison:
            # Which side is larger (or smaller, as asked), named by what tells the sides apart.
            pick = min if _SMALLER.search(question.text) else max
            chosen = pick((0, 1), key=lambda i: (first, second)[i].value)
            labels = [_side_label(parts[i], parts[1 - i]) for i in (0, 1)]
            winner, other = (first, second) if chosen == 0 else (second, first)
            word = (
                ("lebih murah" if pick is min else "lebih mahal")
                if _PRICED.search(question.text)
                else ("lebih kecil" if pick is min else "lebih besar")
            )
            head = (
                f"{labels[chosen]} {word}: {winner.render()} dibanding {other.render()} "
                f"({labels[1 - chosen]}). "
            )
            if _HOW_MUCH.search(question.text):
                # "lebih besar berapa": by how much, the difference of the two figures.
                difference = Figure(first.kind, abs(first.value - second.value), first.unit)
                head += f"Selisih {difference.render()} = {_larger(first, second)}. "
        elif comparable and question.wants_sum and not question.wants_difference:
            total = Figure(first.kind, first.value + second.value, first.unit)
            head = f"Jumlah {total.render()} = {first.render()} + {second.render()}. "
        elif comparable and question.wants_difference:
            difference = Figure(first.kind, abs(first.value - second.value), first.unit)
            head = f"Selisih {difference.render()} = {_larger(first, second)}. "
    only_total = question.wants_sum and not (question.wants_difference or question.wants_comparison)
    if only_total and len(figures) > 2:
        head = _total_of(figures)
    if only_total and not head:
        # A total asked of two figures that do not add up (other kinds or units) is no answer.
        return not_found(min(a.confidence for a in answers), "parts state figures that do not add up")
    if question.wants_difference and len(figures) == 2 and not head:
        # "naik berapa" of a sum of rupiah and a bare number (a date's day): no difference to state.
        return not_found(min(a.confidence for a in answers), "parts state figures that do not subtract")
    return Answer(
        found=True,
        text=head + statements,
        citations=tuple(c for a in answers for c in a.citations),
        confidence=min(a.confidence for a in answers),
        figure=None,
        evidence=tuple(u for a in answers for u in a.evidence),
    )


def _glossed_unit(figure: Figure, short: str | None, text: str) -> bool:
    """``text`` writes the thing ``figure`` counts with ``short`` in brackets after it ("120
    kepala sekolah (KS)"): one document counts in the words, the other in their short form."""
    if not (figure.unit and short):
        return False
    pattern = rf"\b{re.escape(figure.unit)}\b[^()\d]{{0,60}}\(\s*{re.escape(short)}\s*\)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def remainder(whole: Answer, part: Answer, label: str, *, one_row: bool = False) -> Answer | None:
    """What the rest of a whole comes to (a year less its first half): the part's figure taken
    from the whole's, shown with both and citing both. None unless both state figures of one
    kind and unit, the whole's the larger, from different quotes (``one_row``: or two cells of
    one row, as a realisation report sets the budget beside what was spent of it)."""
    if not (whole.found and part.found) or whole.figure is None or part.figure is None:
        return None
    total, some = whole.figure, part.figure
    if {total.kind, some.kind} == {FigureKind.COUNT, FigureKind.NUMBER}:
        unit = total.unit or some.unit
        total, some = (
            replace(total, kind=FigureKind.COUNT, unit=unit),
            replace(some, kind=FigureKind.COUNT, unit=unit),
        )
    same_quote = not one_row and {c.quote for c in whole.citations} & {c.quote for c in part.citations}
    if total.kind is not some.kind or total.unit != some.unit or total.value <= some.value or same_quote:
        return None
    rest = replace(total, value=total.value - some.value)
    return Answer(
        found=True,
        text=f"{label}: {rest.render()} = {total.render()} - {some.render()}. "
        f"(1) {whole.text} (2) {part.text}",
        citations=(*whole.citations, *part.citations),
        confidence=min(whole.confidence, part.confidence),
        figure=rest,
        evidence=(*whole.evidence, *part.evidence),
        summed=True,
    )


def _total_of(figures: Sequence[Figure | None]) -> str:
    """The sum of several parts' figures, shown with each; "" when they do not add up."""
    stated = [f for f in figures if f is not None]
    if len(stated) < len(figures) or len({(f.kind, f.unit) for f in stated}) != 1:
        return ""
    total = replace(stated[0], value=sum((f.value for f in stated), Decimal(0)))
    return f"Jumlah {total.render()} = {' + '.join(f.render() for f in stated)}. "


def _larger(first: Figure, second: Figure) -> str:
    """The subtraction shown with both stated figures, the larger first."""
    high, low = (first, second) if first.value >= second.value else (second, first)
    return f"{high.render()} - {low.render()}"


def _side_label(part: Question, other: Question) -> str:
    """The words of ``part`` that the other side lacks ("Diskominfo", "Dinas Sosial")."""
    own = [w for w in part.text.rstrip("?").split() if w.lower() not in other.text.lower().split()]
    return " ".join(own) or part.text
