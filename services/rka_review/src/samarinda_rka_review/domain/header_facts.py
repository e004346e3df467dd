"""The facts of a sub-kegiatan's header block: read from its rows (``Label : value`` cells, label and
value side by side, several facts in one banner cell, the indicator table) or from a page's text.

Separate from the table walk because it decides only what a block of rows says, never where a
block starts or ends: the walk hands it the rows it found above a table or in the page's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from samarinda_common.extracted import CellValue
from samarinda_common.price_catalogue import normalise_label

from samarinda_rka_review.domain.fact_labels import (
    ENUMERATION,
    LONG_CODED_FACTS,
    code_after_label,
    coded_fact,
    exact_meta_key,
    fact_pieces,
    meta_key,
    names_its_level,
    states_fact,
)
from samarinda_rka_review.domain.rules import RKA_LAYOUT
from samarinda_rka_review.domain.sipd_codes import is_code_of_level, split_code_name

TEXT_FACT = re.compile(r"^\s*([A-Za-z][A-Za-z ./()-]{1,40}?)\s*:\s*(\S.*)$")
_GLOSS = re.compile(r"\([^)]*\)")
_TRAILING_TARGET = re.compile(r"^(.*\D)\s+(\d[\d.,]*\s*%?\s*[A-Za-z]*)$")
# A sheet's title that ends with the code of what it details (``RINCIAN BELANJA - 1.02.02.2.01.0014``),
# its name on the row below: the title's words name the form only.
_TITLE_THEN_CODE = re.compile(r"^\s*([A-Za-z][A-Za-z .]*?)\s*[-–—:]?\s*(\d+(?:\.\d+)+)\s*$")
_FORM_WORDS = frozenset(RKA_LAYOUT.form_words)
# A column label (``Pagu (Rp)``) is no fact's value: ``Sub Kegiatan | Pagu`` heads a list of them.
_COLUMN_LABELS = frozenset(label for labels in RKA_LAYOUT.columns.values() for label in labels)


# ``Sub Kegiatan 2.16.02.1.01.0004 - Diseminasi ...``: a scan's OCR loses the small colon; a fact
# is then its label followed by a SIPD code and name.
_LABEL_THEN_CODE = re.compile(r"^\s*([A-Za-z][A-Za-z ./-]{1,40}?)\s+(\d+(?:\.\d+)*\s*[-–—]\s*\S.*)$")
# A section heading over each form of a document (``B. Sub Kegiatan 1.02.02.2.01.0014 Nama``):
# its enumeration, its label, then the code and the name with neither colon nor dash between.
_HEADING_LABEL_THEN_CODE = re.compile(
    r"^\s*(?:(?:[A-Za-z]{1,4}|\d{1,2})[.)]\s+)?([A-Za-z][A-Za-z ./-]{1,40}?)\s+(\d+(?:\.\d+)+\s+\S.*)$"
)


def name_below_code(row: Sequence[CellValue]) -> str | None:
    """The name a row under a fact read as its code alone gives it: one text of words that is no
    fact, no code and no label of a column (``Pengelolaan Pelayanan Kesehatan Balita``)."""
    texts = [str(v).strip() for v in row if isinstance(v, str) and v.strip()]
    if len(texts) != 1 or any(isinstance(v, (int, float)) for v in row if not isinstance(v, bool)):
        return None
    text = re.sub(r"\s+", " ", texts[0])
    if states_fact(text) or ":" in text or re.match(r"^\s*\d", text) or len(text.split()) < 2:
        return None
    return text


def read_meta(row: Sequence[CellValue], meta: dict[str, str], indicator_cols: dict[str, int]) -> None:
    texts = [(i, str(v).strip()) for i, v in enumerate(row) if v not in (None, "") and str(v).strip()]
    if not texts:
        return
    first_col, first = texts[0]
    pieces = fact_pieces(first)
    if len(pieces) > 1:
        # ``Keluaran: ... | Target: 24 Titik | Lokasi: ...``, or one fact a line: several facts
        # in one merged banner cell (a title line among them is not one).
        found: dict[str, str] = {}
        for piece in filter(states_fact, pieces):
            read_meta([piece], found, indicator_cols)
        if found:
            for fact, value in found.items():
                meta.setdefault(fact, value)
            return
    label_text, _, inline_value = first.partition(":")
    label = normalise_label(label_text)
    if label == "indikator" and inline_value.strip():
        meta.setdefault("keluaran", re.sub(r"\s+", " ", inline_value).strip())  # ``Indikator: <output>``
        return
    if label == "indikator" or "tolok ukur" in [normalise_label(t) for _, t in texts]:
        for col, text in texts:
            name = normalise_label(text)
            if name in ("tolok ukur", "target", "indikator"):
                indicator_cols[name] = col
        return
    key = meta_key(label)
    if key is None:
        _read_coded(texts, meta)
        value = re.sub(r"\s+", " ", inline_value).strip()
        coded = coded_fact(value)
        if coded is not None and coded in LONG_CODED_FACTS:
            # ``<a label of the author's own> : 1.02.02.2.01.0014 Nama``: a (sub-)kegiatan code's
            # shape says what the value is whatever the label; shorter codes could be anything.
            meta.setdefault(coded, value)
        return
    values = [t.lstrip(":").strip() for c, t in texts[1:] if t != ":" and c > first_col]
    values = [v for v in values if v and normalise_label(v) not in _COLUMN_LABELS]
    if inline_value.strip():
        values.insert(0, inline_value.strip())
    if not values and not inline_value and (in_label := code_after_label(first, key)):
        values = [in_label]
    if not values:
        return
    if key != "keluaran":
        # Two label/value blocks side by side (``Program : ...`` left, ``Lokasi : ...`` right).
        # A first cell holding its own value (``Lokasi: ...``) may be followed at once by the
        # next fact's cell; ``Indikator: ...`` states the output.
        later = [(c, t) for c, t in texts[1:] if c > first_col]
        first_block = 0 if inline_value.strip() else 1
        for position, (col, text) in enumerate(later[first_block:], start=first_block):
            other_label, _, stated = text.partition(":")
            other = meta_key(normalise_label(other_label))
            if other is None and normalise_label(other_label) == "indikator" and stated.strip():
                other = "keluaran"
            if other is not None and other != key and not text.lstrip().startswith(":"):
                read_meta([None] * col + [t for _, t in later[position:]], meta, indicator_cols)
                values = [t.lstrip(":").strip() for _, t in later[:position] if t.strip(": ")] or values
                break
    if key == "keluaran":
        tolok_col, target_col = indicator_cols.get("tolok ukur"), indicator_cols.get("target")
        by_col = {c: t for c, t in texts[1:]}
        meta.setdefault("keluaran", by_col.get(tolok_col, values[0]) if tolok_col is not None else values[0])
        target = (
            by_col.get(target_col) if target_col is not None else (values[1] if len(values) > 1 else None)
        )
        if target:
            meta.setdefault("target", target)
        return
    meta.setdefault(key, _code_with_its_name(values))


def _code_with_its_name(values: Sequence[str]) -> str:
    """A fact's value: a code alone in its cell with the name in the next (``Sub Kegiatan |
    3.11.02.2.04.0007 | Pembinaan ...``, as a flat export writes it) is one value, ``code name``."""
    code, name = split_code_name(values[0])
    if code is not None and not name and len(values) > 1 and split_code_name(values[1])[0] is None:
        return f"{code} {values[1]}"
    return values[0]


def _read_coded(texts: Sequence[tuple[int, str]], meta: dict[str, str]) -> None:
    """A header fact written without its label, known by its code's shape: ``code name`` in one
    cell, or the code alone with its name in the next cell."""
    first = texts[0][1]
    key = coded_fact(first)
    if key is None and len(texts) > 1 and re.fullmatch(r"\d+(?:\.\d+)+", first):
        first = f"{first} - {texts[1][1]}"
        key = coded_fact(first)
    if key is not None:
        meta.setdefault(key, re.sub(r"\s+", " ", ENUMERATION.sub("", first)).strip())
        return
    title = _TITLE_THEN_CODE.match(first)
    if title and len(texts) == 1 and set(normalise_label(title.group(1)).split()) <= _FORM_WORDS:
        level = next((k for k in LONG_CODED_FACTS if is_code_of_level(title.group(2), k)), None)
        if level is not None:
            meta.setdefault(level, title.group(2))


def text_fact_rows(text: str) -> list[list[CellValue]]:
    """Header facts in a page's text, as one-row tables ``[label, value]`` for ``read_meta``.

    Only ``Label : value`` lines whose label is exactly a known fact are taken (a table row in the
    same text such as ``Program pelatihan ...`` is not a fact), ``Label code - name`` lines whose
    colon the OCR lost, plus the ``Keluaran <tolok ukur>
    <target>`` line of the indicator block, which a printout writes without a colon."""
    rows: list[list[CellValue]] = []
    for line in text.splitlines():
        match = TEXT_FACT.match(line) or _LABEL_THEN_CODE.match(line)
        # A label's bracketed gloss names nothing of its own (``Indikator Keluaran (Output)``).
        if match and exact_meta_key(normalise_label(_GLOSS.sub(" ", match.group(1)))):
            if sum(1 for piece in fact_pieces(line) if states_fact(piece)) > 1:
                # ``Sub Kegiatan : ... Keluaran : ...``: facts side by side on one line, read apart.
                rows.append([line.strip()])
            else:
                rows.append([match.group(1).strip(), match.group(2).strip()])
            continue
        if match and coded_fact(match.group(2)) in LONG_CODED_FACTS:
            # ``<a label of the author's own> : 1.02.02.2.01.0014 Nama``: the code's shape says
            # what the value is whatever the label (as ``read_meta`` reads such a row).
            rows.append([match.group(2).strip()])
            continue
        heading = _HEADING_LABEL_THEN_CODE.match(line)
        if heading and names_its_level(heading.group(1), heading.group(2)):
            rows.append([heading.group(1).strip(), heading.group(2).strip()])
            continue
        head, _, rest = line.strip().partition(" ")
        if rest and exact_meta_key(normalise_label(head)) == "keluaran":
            target = _TRAILING_TARGET.match(rest.strip())
            rows.append([head, *(target.groups() if target else (rest.strip(),))])
    return rows
