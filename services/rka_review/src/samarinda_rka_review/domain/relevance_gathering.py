"""Judge stage: what only a gathering needs, in a sub-kegiatan that builds or repairs premises.

People paid to speak or lead at a meeting, a hall rented to hold it in and a reception for its
guests serve a gathering. A sub-kegiatan of physical works on premises (maintaining street
fixtures, rebuilding a hall) holds none — unless its budget names one: its name, output, kegiatan
or programme, or the line's SIPD sub-group (``data/relevance.toml``, ``[gathering_needs]``). A
field operation (a patrol, a rescue) is not such work: its crews are briefed, trained and
reach out to the public. The line's own account is not read for the occasion: an account files
the line by the kind of thing it is (``Belanja Sewa Gedung Pertemuan``), not by an occasion the
budget holds. Pure functions.
"""

from __future__ import annotations

from functools import lru_cache

from samarinda_common.rka import RkaLine, SubKegiatan

from samarinda_rka_review.domain.relevance_rules import RELEVANCE
from samarinda_rka_review.domain.taxonomy import builds_or_repairs
from samarinda_rka_review.domain.text import first_phrase, normalise, phrases_longest_first


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rules = RELEVANCE.gathering_needs
    return phrases_longest_first(rules.words), phrases_longest_first(rules.occasions)


def gathering_without_one(line: RkaLine, sub: SubKegiatan) -> str | None:
    """The word naming what only a gathering needs when the line pays for it in a sub-kegiatan that
    builds or repairs premises and whose budget names no gathering (None otherwise). A sub-kegiatan
    read without its code and its output (a table's heading) states nothing to judge against."""
    if not (sub.kode or sub.indikator) or not builds_or_repairs(sub.nama):
        return None
    words, occasions = _words()
    need = first_phrase(normalise(line.uraian), words)
    if need is None:
        return None
    budget = (sub.nama, sub.indikator, sub.target, sub.kegiatan, sub.program, line.subgroup)
    if first_phrase(normalise(" ".join(p for p in budget if p)), occasions) is not None:
        return None
    return need
