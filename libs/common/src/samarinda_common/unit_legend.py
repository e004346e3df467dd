"""Unit codes a catalogue explains in a legend (``Keterangan satuan: OJ = orang/jam; UT = unit/tahun``).

A catalogue may print a short code as the satuan of its rows and say only once, under the table,
what the code stands for. An RKA line writes the unit out (``Orang/Jam``), so a row keeps the
code's meaning as its satuan: without it a code the reviewer does not know matches no line. The
code stays beside it (``satuan_kode``): a line that copies the code is in the row's unit too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# ``CODE = word/word`` (or ``word per word``, ``word word``): a short code of capitals (``OKeg``
# may end in lower case) and the unit phrase it stands for, up to the next separator. The phrase
# has two or three words, since a legend explains a compound rate; a lone word after ``=`` is a
# note, not a unit. Only ``=`` reads as a legend: ``Unit: Dinas ...`` is a label, not a code.
_ENTRY = re.compile(
    r"(?<![\w/])([A-Z]{2}[A-Za-z]{0,3})\s*=\s*"
    r"([A-Za-z]+(?:\s*(?:/|\bper\b|\s)\s*[A-Za-z]+){1,2})\s*(?=[;,.\n)]|$)"
)


def unit_legend(texts: Iterable[str]) -> dict[str, str]:
    """The unit codes the texts explain, upper-cased code to phrase (``{"UT": "unit/tahun"}``).
    A code explained twice in different words is left out: which one a row means is unknown."""
    found: dict[str, str] = {}
    clashing: set[str] = set()
    for text in texts:
        for code, phrase in _ENTRY.findall(text):
            key = code.upper()
            meaning = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", phrase.strip()))
            if found.get(key, meaning).lower() != meaning.lower():
                clashing.add(key)
            found.setdefault(key, meaning)
    return {code: meaning for code, meaning in found.items() if code not in clashing}


def spelled_out(satuan: str | None, legend: Mapping[str, str]) -> str | None:
    """The satuan as the legend spells it when it is one of the legend's codes, else unchanged."""
    if not satuan:
        return satuan
    return legend.get(satuan.strip().upper(), satuan)
