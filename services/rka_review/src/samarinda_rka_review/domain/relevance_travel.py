"""Judge stage: a trip out of the region in a sub-kegiatan whose output is delivered here.

Travel is generic support: a meal or a local trip serves any sub-kegiatan. A flight to another
province does not: a patrol, a fire response, a permit counter or the training of local volunteers
is done in the city, and a trip far away serves it only for a reason the budget states — a
coordination with a ministry, a study visit, a promotion, a course held elsewhere — in the
sub-kegiatan's own words, its kegiatan's or programme's, the line's SIPD sub-group or the line
itself (``data/relevance.toml``, ``[far_travel]``). Pure functions over the rules file.
"""

from __future__ import annotations

from functools import lru_cache

from samarinda_common.rka import RkaLine, SubKegiatan

from samarinda_rka_review.domain.relevance_rules import RELEVANCE
from samarinda_rka_review.domain.text import first_phrase, normalise


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    rules = RELEVANCE.far_travel

    def normal(phrases: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in (normalise(p) for p in phrases) if w)

    budget_only = set(normal(rules.budget_reasons))
    reasons = normal(rules.reason_words)
    return (
        normal(rules.far_words),
        reasons,
        tuple(w for w in reasons if w not in budget_only),
        normal(rules.study_visits),
    )


def far_trip(line: RkaLine, sub: SubKegiatan) -> str | None:
    """The word saying a travel line leaves the region when nothing in the budget gives it a
    reason to (None for a local trip, or a far one with a stated reason). A sub-kegiatan read
    without its code and its output (a table's heading) states nothing to judge against. The
    line's own words give a reason of the work (a consultation), not the staff's own development
    or a visit (a course, a study visit), which only the budget itself can make its purpose; a
    study visit the line names is licensed only by a budget that names one (a training course
    held here is no reason to go and learn elsewhere)."""
    if not (sub.kode or sub.indikator):
        return None
    far_words, reason_words, line_reasons, visits = _words()
    own = " ".join(p for p in (line.uraian, line.spesifikasi) if p)
    far = first_phrase(normalise(f"{own} {line.account_name or ''}"), far_words)
    if far is None:
        return None
    stated = normalise(
        " ".join(p for p in (sub.nama, sub.indikator, sub.kegiatan, sub.program, line.subgroup) if p)
    )
    written = normalise(own)
    # A study visit the line names is its own purpose, whatever other reason the budget states.
    if first_phrase(written, visits) is not None and first_phrase(stated, visits) is None:
        return far
    if first_phrase(stated, reason_words) is not None:
        return None
    if first_phrase(written, line_reasons) is not None:
        return None
    return far
