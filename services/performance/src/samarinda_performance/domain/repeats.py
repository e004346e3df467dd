"""What is dropped or chosen once a document is read: an OCR'd table row whose figures do not add
up giving way to the same row read from the page's text, indicators known already though OCR read
them differently, budget recaps that only sum rows read already, and repeats of an indicator,
year and page, keeping the richest record with the others' figures filling its gaps.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from samarinda_performance.domain.indicator_names import indicator_key
from samarinda_performance.domain.model import Indicator
from samarinda_performance.domain.text_tables import achievement_fits

_LEVELS = ("programme", "kegiatan", "sub_kegiatan")


def checked_by_line(record: Indicator, lines: Sequence[Indicator]) -> Indicator:
    """An OCR'd table's row whose figures do not add up (a cell read into its neighbour shifts
    them) gives way to the same row read from the page's text line when that one's do: its
    achievement is the one its target and realisation give."""
    if not record.read_by_ocr or _adds_up(record):
        return record
    key = indicator_key(record.indicator)
    return next(
        (
            line
            for line in lines
            if line.citation.page == record.citation.page
            and indicator_key(line.indicator) == key
            and _adds_up(line)
        ),
        record,
    )


def _adds_up(record: Indicator) -> bool:
    return achievement_fits(record.target, record.realisation, record.achievement_pct)


def without_recaps(records: list[Indicator]) -> list[Indicator]:
    """Without the budget lines of a recap per programme (or kegiatan) whose pagu is the sum of
    the pagu of the document's indicator rows under it: a total of lines read already, not a
    budget line of its own. A level's budget stated alone (no rows under it add up to it) stays."""
    # The pagu of the rows under each (level, year, name), summed once for every candidate recap.
    under: defaultdict[tuple[str, int | None, str], list[float]] = defaultdict(list)
    for r in records:
        for level in _LEVELS:
            name = getattr(r, level)
            if r.pagu is not None and name is not None and indicator_key(r.indicator) != indicator_key(name):
                under[level, r.fiscal_year, indicator_key(name)].append(r.pagu)

    def recap(record: Indicator) -> bool:
        if record.pagu is None:
            return False
        if any(getattr(record, k) is not None for k in ("target", "realisation", "achievement_pct")):
            return False
        for level in _LEVELS:
            name = getattr(record, level)
            if name is None or indicator_key(name) != indicator_key(record.indicator):
                continue
            pagus = under[level, record.fiscal_year, indicator_key(name)]
            if len(pagus) >= 2 and math.isclose(sum(pagus), record.pagu, abs_tol=0.5):
                return True
        return False

    return [r for r in records if not recap(r)]


def known(key: str, keys: set[str]) -> bool:
    """Whether an indicator is one of ``keys`` though OCR read it differently or wrapped it."""
    return key in keys or any(
        max(fuzz.token_sort_ratio(key, k), fuzz.partial_ratio(key, k)) >= 88 for k in keys
    )


def without_repeats(records: list[Indicator]) -> list[Indicator]:
    """One record per indicator, year and page: a table repeated in the text keeps its richest.
    A figure only the other states fills what the richest leaves empty: prose may give the target
    and realisation in one sentence and the achievement in the next ("Dengan demikian capaian
    indikator X adalah ...")."""
    best: dict[tuple[str, int | None, int | str], Indicator] = {}
    order: list[tuple[str, int | None, int | str]] = []
    for record in records:
        key = (indicator_key(record.indicator), record.fiscal_year, record.citation.page)
        if key not in best:
            order.append(key)
            best[key] = record
            continue
        richer, other = (
            (record, best[key]) if _richness(record) > _richness(best[key]) else (best[key], record)
        )
        missing = {
            k: getattr(other, k)
            for k in _FIGURES
            if getattr(richer, k) is None and getattr(other, k) is not None
        }
        best[key] = richer.model_copy(update=missing) if missing else richer
    return [best[key] for key in order]


_FIGURES = ("target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct")


def _richness(record: Indicator) -> int:
    return sum(
        getattr(record, k) is not None
        for k in (
            "target",
            "realisation",
            "achievement_pct",
            "pagu",
            "budget_realisation",
            "absorption_pct",
            "unit",
        )
    )
