"""Judge stage: a person paid for a role that exists only at one kind of occasion.

Honoraria are generic support: a committee, a speaker or a moderator serves any sub-kegiatan. A
jury or a referee does not: it judges a contest, and a sub-kegiatan that holds none (providing
equipment to farmers, a patrol, a data survey) has nothing for it to judge — unless the budget
names the occasion somewhere: the sub-kegiatan's name, output, kegiatan or programme, the line's
sub-group, its account or the line itself when it names which contest (``data/relevance.toml``,
``[[roles]]``). Pure functions over the rules file.
"""

from __future__ import annotations

from functools import lru_cache

from samarinda_common.rka import RkaLine, SubKegiatan

from samarinda_rka_review.domain.relevance_rules import RELEVANCE
from samarinda_rka_review.domain.text import first_phrase, normalise, phrases_longest_first

Role = tuple[tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _roles() -> tuple[Role, ...]:
    return tuple(
        (phrases_longest_first(role.words), phrases_longest_first(role.occasions)) for role in RELEVANCE.roles
    )


def role_without_occasion(line: RkaLine, sub: SubKegiatan) -> str | None:
    """The word naming a role the line pays for when nothing in the budget names the occasion it
    serves (None otherwise). A sub-kegiatan read without its code and its output (a table's
    heading) states nothing to judge against."""
    if not (sub.kode or sub.indikator):
        return None
    name = normalise(line.uraian)
    budget = (sub.nama, sub.indikator, sub.target, sub.kegiatan, sub.program)
    context = normalise(" ".join(p for p in (*budget, line.subgroup, line.account_name) if p))
    described = normalise(" ".join(p for p in (line.uraian, line.spesifikasi) if p))
    for words, occasions in _roles():
        role = first_phrase(name, words)
        if role is None or first_phrase(context, occasions) is not None:
            continue
        if not _names_one(described, occasions):
            return role
    return None


def _names_one(text: str, occasions: tuple[str, ...]) -> bool:
    """The line names a particular occasion (``juri lomba kebun``): an occasion word followed by
    the word saying which one. A bare one (``Honor juri lomba``) only says what kind of jury it
    pays, which every jury is: it shows no occasion the budget holds."""
    words = text.split()
    for occasion in occasions:
        size = len(occasion.split())
        for i in range(len(words) - size):
            after = words[i + size]
            if " ".join(words[i : i + size]) == occasion and after.isalpha() and len(after) > _BARE:
                return True
    return False


# Words this short after an occasion are connectives or units (``per``, ``dan``, ``org``), no name.
_BARE = 3
