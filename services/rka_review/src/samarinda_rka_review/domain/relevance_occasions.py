"""Judge stage: a line bought for an occasion its sub-kegiatan does not hold.

A line may say what it is for after its item (``Sewa tenda (ulang tahun kantor)``, ``Tepung
(lomba masak)``). An occasion of the office's calendar (an anniversary, a contest, an awards night,
a clean-up day, a staff gathering) is held by the sub-kegiatan that names it: a stage for an
anniversary serves no certification service, a broom for a clean-up day no planning forum. The
budget names it in the sub-kegiatan's name, output, kegiatan or programme, or the line's
sub-group (``data/relevance.toml``, ``[[occasions]]``); or the line names what the occasion is
about with a word of the sub-kegiatan itself (``lomba kebersihan`` in a clean-up programme). Pure
functions over the rules file.
"""

from __future__ import annotations

from functools import lru_cache

from samarinda_common.rka import RkaLine, SubKegiatan

from samarinda_rka_review.domain.relevance_rules import RELEVANCE, Occasion
from samarinda_rka_review.domain.text import content_word, first_phrase, normalise, phrases_longest_first

Rule = tuple[Occasion, tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _occasions() -> tuple[Rule, ...]:
    return tuple(
        (o, phrases_longest_first(o.words), phrases_longest_first(o.held_by)) for o in RELEVANCE.occasions
    )


def occasion_not_held(
    line: RkaLine, sub: SubKegiatan, opd_name: str | None = None
) -> tuple[Occasion, str] | None:
    """The occasion the line names (with the word that names it) when nothing in the budget holds
    it (None otherwise). A sub-kegiatan read without its code and its output (a table's heading)
    states nothing to judge against."""
    if not (sub.kode or sub.indikator):
        return None
    name = normalise(line.uraian)
    budget = (sub.nama, sub.indikator, sub.target, sub.kegiatan, sub.program, line.subgroup)
    context = f" {normalise(' '.join(p for p in budget if p))} "
    own = set(normalise(sub.nama).split()) | set(normalise(sub.indikator).split())
    ignored = set(normalise(opd_name).split()) | set(phrases_longest_first(RELEVANCE.scope_words))
    for occasion, words, held_by in _occasions():
        word = first_phrase(name, words)
        if word is None or first_phrase(context, held_by) is not None:
            continue
        about = f" {name} ".split(f" {word} ", 1)[1].split()
        if any(w in own and w not in ignored and content_word(w) for w in about):
            continue
        return occasion, word
    return None
