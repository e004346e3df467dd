"""Judge stage: a line that names the object of another sub-kegiatan of the same RKA.

An OPD's sub-kegiatan split its work between them (registering residents and recording civil
events; one vocational course and another): the goods one of them needs are often named after
its own object, and a line budgeted in the other sub-kegiatan that names that object serves the
sibling's output, not its own. What names a sub-kegiatan's object: the content words in brackets
of its name or output indicator (``(Kejuruan Menjahit ...)``, ``Jumlah dokumen (akta ..., ...)``),
with the roots of their derived forms (``menjahit`` names ``jahit``), and the acronyms written there
in capitals (``(RTH)``), however short. Words both sub-kegiatan share, or the OPD's name, say
nothing. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.rka import RkaLine, SubKegiatan

from samarinda_rka_review.domain.text import normalise
from samarinda_rka_review.domain.word_roots import derived_roots

# Words this short are connectives, units or initials, no object of their own.
_CONTENT = 4
_BRACKETS = re.compile(r"\(([^)]*)\)")
# An acronym written in capitals names its object as a long word does (``(RTH)``, ``(SPAM)``).
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")


def _words(text: str | None) -> set[str]:
    tokens = normalise(text).split()
    # A word after a number is its unit (``80 gram``, a grade written ``3G``), no object.
    words = {
        w
        for i, w in enumerate(tokens)
        if len(w) >= _CONTENT and w.isalpha() and not (i and tokens[i - 1].isdigit())
    }
    return words | {root for w in words for root in derived_roots(w) if len(root) >= _CONTENT}


def object_words(sub: SubKegiatan) -> set[str]:
    """The words naming what a sub-kegiatan works on in particular: the brackets of its name or
    its indicator (``Pelatihan (Kejuruan ...)``, ``Jumlah dokumen (akta ..., ...)``). A bracket
    opening with a number states a target (``(480 Orang)``), not an object; the rest of a name
    is the kind of work (meetings, equipment, services) that sibling sub-kegiatan share."""
    objects = _objects(sub)
    return _words(" ".join(objects)) | _acronyms(objects)


def _acronyms(texts: Sequence[str | None]) -> set[str]:
    return {normalise(a) for text in texts for a in _ACRONYM.findall(text or "")}


def _objects(sub: SubKegiatan) -> list[str]:
    brackets = [b for text in (sub.nama, sub.indikator) for b in _BRACKETS.findall(text or "")]
    return [b for b in brackets if b.strip() and not b.strip()[0].isdigit()]


def _own_words(sub: SubKegiatan) -> set[str]:
    own = (sub.nama, sub.indikator, sub.target)
    return _words(" ".join(p for p in own if p)) | _acronyms(own)


def sibling_object(
    line: RkaLine, sub: SubKegiatan, siblings: Sequence[SubKegiatan], opd_name: str | None = None
) -> tuple[SubKegiatan, str] | None:
    """The other sub-kegiatan whose object the line names, with the word, when the line names
    nothing of its own sub-kegiatan's words."""
    # every word of the line: a short one may be a sibling's acronym
    line_words = _words(line.uraian) | set(normalise(line.uraian).split())
    own = _own_words(sub)
    # Only sub-kegiatan that each name an object of their own split their work this way; one
    # that names none (procuring the office's equipment) buys for the others' objects too.
    if line_words & own or not _objects(sub):
        return None
    shared = own | _words(opd_name) | _acronyms((opd_name,))
    for other in siblings:
        if other is sub or not other.named or (other.kode and other.kode == sub.kode):
            continue
        found = sorted(line_words & (object_words(other) - shared))
        if found:
            return other, found[0]
    return None
