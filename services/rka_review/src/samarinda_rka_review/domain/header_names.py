"""Whether a text read where a sub-kegiatan's name should be names one at all, and which OPD the
title lines above an RKA's table name.

Without a header fact, the reader falls back on the sheet's or the page's name; a header fact
itself may hold a table's title. A page marker (``hal. 1``), a generic title of the form or its
table (``Rincian Belanja``, ``RKA 2027``) or a column label is no sub-kegiatan: judging lines
against it judges them against nonsense. Such a text is made only of the form's own words
(``form_words`` in ``rka_layout.toml``), of the words of the column and header-fact labels, of
numbers and of short words (connectives, page abbreviations, acronyms of the form). Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from samarinda_rka_review.domain.rules import RKA_LAYOUT

# Connectives, abbreviations (``hal``, ``ta``) and codes: no word of this length names an activity.
_SHORT_WORD = 3
# Letters only: an identifier's parts (a sheet ``rka_opd_2027``) and a code's digits read apart.
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _form_vocabulary() -> frozenset[str]:
    labels = [
        *RKA_LAYOUT.form_words,
        *(label for labels in RKA_LAYOUT.columns.values() for label in labels),
        *(label for labels in RKA_LAYOUT.header_facts.values() for label in labels),
    ]
    return frozenset(word for label in labels for word in _WORD.findall(label.lower()))


def names_nothing(text: str | None) -> bool:
    """Whether ``text`` is no sub-kegiatan's name: an identifier, or nothing in it but the form's
    words, labels, numbers and short words (``hal. 1``, ``Rincian Belanja``, ``RKA 2027``,
    ``1.02.02.2.01.0014``)."""
    value = (text or "").strip()
    if "_" in value and " " not in value:
        return True  # an identifier (a file's stem, a sheet's ``rka_opd_2027``), no name a person writes
    words = [w for w in _WORD.findall(value.lower()) if len(w) > _SHORT_WORD]
    return all(w in _form_vocabulary() for w in words)


# Parts of a title line: ``PEMERINTAH KOTA X - DINAS SOSIAL``, ``Dinas X / Bidang Y``, ``A | B``.
_TITLE_PARTS = re.compile(r"\s+[-–—/|]\s+")
# The title lines are the first of a document's header texts (later lines are facts and lines).
_TITLE_LINES = 8


def organisation_in_titles(texts: list[str]) -> str | None:
    """The OPD the first title lines name without a label: the parts of the first such line that
    begin with a kind of organisation (``Dinas``, ``Kecamatan``, ``UPTD``...), joined as the unit
    and the OPD it belongs to are (``SMP NEGERI 1 X - Dinas Pendidikan``). A part naming a
    government (``PEMERINTAH KOTA``), a form or a section (``Bidang ...``) is left out."""
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    for line in lines[:_TITLE_LINES]:
        if ":" in line:
            continue  # a labelled fact (``SKPD : ...`` is read as one)
        named = [part.strip() for part in _TITLE_PARTS.split(line) if _kind_first().match(part.strip())]
        if named:
            return " - ".join(named)
    return None


@lru_cache(maxsize=1)
def _kind_first() -> re.Pattern[str]:
    kinds = sorted(RKA_LAYOUT.organisation_kinds, key=len, reverse=True)
    return re.compile(r"(?i)^(?:" + "|".join(re.escape(kind) for kind in kinds) + r")\b")
