"""The document headings a unit carries: a table's title, a letter's subject and number, a form's lead-ins.

A row or a sentence often says what it is about only in its document's title lines; which lines are a
title and which headings a unit inherits is decided here, before scoring.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from samarinda_ask.domain.directives import is_directive
from samarinda_ask.domain.passages import Unit
from samarinda_ask.domain.question_terms import index_terms
from samarinda_ask.domain.row_cells import headerless, is_total_row
from samarinda_ask.domain.sentences import (
    NUMERIC_TOKEN,
    YEAR,
    bare_figure,
    is_label,
    reads_as_row,
    text_blocks,
)
from samarinda_ask.domain.vocabulary import VOCABULARY


def with_document_headings(units: Sequence[Unit]) -> list[Unit]:
    """Each unit with the headings (and a letter's subject) of its document's candidate chunks
    as context: a table row read from a scan carries no heading, while the page's title
    ("STOK LOGISTIK GUDANG BPBD") sits on the text chunk beside it."""
    headings: dict[str, set[str]] = {}
    for unit in units:
        if titles := title_lines(unit.passage.text, under_title=is_title_line(unit.passage.heading or "")):
            # The lines in capitals a text chunk opens with ("DAFTAR PENYALURAN BIBIT", the
            # agency's letterhead) name what the document's rows are about, as a heading would.
            headings.setdefault(unit.passage.document_id, set()).update(index_terms(titles))
        if unit.passage.heading:
            headings.setdefault(unit.passage.document_id, set()).update(index_terms(unit.passage.heading))
        if subject := _letter_subject(unit.passage.text):
            headings.setdefault(unit.passage.document_id, set()).update(index_terms(subject))
        if lead_in := _lead_ins(unit.passage.text):
            headings.setdefault(unit.passage.document_id, set()).update(index_terms(lead_in))
    # A form's fields are one record's: each is about the record its number names ("Nomor
    # Bukti : 0042/BKU/2031" above "Jumlah : Rp 1.250.000"), though its line does not repeat it.
    numbers = {u.passage.document_id: number for u in units if (number := _record_number(u.passage.text))}
    units = [
        replace(u, terms=u.terms | numbers[u.passage.document_id])
        if u.passage.document_id in numbers and not u.is_row and _FIELD_LINE.match(u.text)
        else u
        for u in units
    ]
    units = [
        replace(
            u,
            context_terms=u.context_terms | headings[u.passage.document_id],
            # A figure line opening its chunk ("Rp 3.250.000,- / bulan" on a poster) is what the
            # document's title lines, cut into a chunk of their own, say it is.
            terms=u.terms | headings[u.passage.document_id]
            if bare_figure(u.text) and not u.is_row
            else u.terms,
        )
        if u.passage.document_id in headings
        else u
        for u in units
    ]
    # A table read without its header (a scan's rows, no "Header: value" cells) may hold it as a
    # row of labels alone ("Jenis Barang | Jumlah Diterima"): it names what the rows below hold.
    header_rows: dict[tuple[str, int | None], frozenset[str]] = {}
    for unit in units:
        if headerless(unit) and len(unit.cells) >= 2 and not unit.figures() and not is_total_row(unit):
            key = (unit.passage.document_id, unit.passage.table)
            header_rows[key] = header_rows.get(key, frozenset()) | unit.terms
    return [
        replace(u, context_terms=u.context_terms | header_rows[key])
        if headerless(u) and (key := (u.passage.document_id, u.passage.table)) in header_rows
        else u
        for u in units
    ]


def title_lines(text: str, *, under_title: bool = False) -> str:
    """The title lines a passage of running text opens with (none for a table's rows);
    ``under_title``: the passage's heading is a title in capitals, the text goes on under it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    leading = list(itertools.takewhile(is_title_line, lines))
    # A title in capitals often names its kind only ("NOTULEN RAPAT", "BERITA ACARA"); the line
    # under it in title case ("Koordinasi Penyaluran Bibit 2031") says what the document is about.
    below = leading or under_title
    subtitles = itertools.takewhile(_is_subtitle_line, lines[len(leading) :]) if below else ()
    return " ".join([*leading, *subtitles])


def _is_subtitle_line(line: str) -> bool:
    """A short line in title case, of words and no figure but a year or a day, with no field or
    sentence punctuation: the second line of a document's title."""
    named = re.findall(r"[^\W\d_]{3,}", line)
    return (
        _SUBTITLE_CHARACTERS.fullmatch(line) is not None
        and bool(named)
        and all(w[:1].isupper() for w in named)
        and all(YEAR.fullmatch(n) or len(n) <= 2 for n in re.findall(r"\d+", line))
        and len(named) <= _TITLE_WORDS
    )


_SUBTITLE_CHARACTERS = re.compile(r"[\w \-/&()]+")


def is_title_line(text: str) -> bool:
    """A passage of one line in capitals, of words and no figure but a year or a day, and no
    sentence ending: a document's title or letterhead ("REKAP ... KEADAAN 31 DESEMBER 2031"),
    which the chunker keeps apart when nothing stands under it."""
    line = text.strip()
    return (
        "\n" not in line
        and line.isupper()
        and all(YEAR.fullmatch(n) or len(n) <= 2 for n in re.findall(r"\d+", line))
        and not line.endswith((".", "!", "?", ":", ";", ","))
        and len(re.findall(r"[^\W\d_]{2,}", line)) <= _TITLE_WORDS
    )


# A title is a short line; a longer line in capitals is a shouted sentence or a notice.
_TITLE_WORDS = 12


# "Label : value" on a line of its own, as a form prints its fields.
_FIELD_LINE = re.compile(r"^\s*[^\W\d_][^:\n]{0,40}:\s*\S")


# The number a form is filed under: the first field whose value is a numbered reference with
# slashes ("0042/BKU/2031").
_RECORD_NUMBER = re.compile(
    r"^\s*(?P<label>[^\W\d_][^:\n]{0,40}):\s*(?P<value>\d[\w.-]*(?:/[\w.-]+){2,})\s*$", re.MULTILINE
)


def _record_number(text: str) -> frozenset[str]:
    """The terms of the field naming the record a form is (:data:`_RECORD_NUMBER`), or none."""
    match = _RECORD_NUMBER.search(text)
    return frozenset(index_terms(f"{match['label']} {match['value']}")) if match else frozenset()


def _letter_subject(text: str) -> str:
    """The subject, sender and addressee fields of a letter or memo ("Perihal: ...", "Surat
    dari: ...", "Yth. Kepala Dinas X"): what every paragraph of the letter is about, and whom it
    is written to, though the paragraphs do not repeat it."""
    fields = (*_SUBJECT_FIELD.finditer(text), *_ADDRESS_FIELD.finditer(text))
    return " ".join(m.group("value") for m in fields)


# "Kepada Yth. Kepala Badan X ...", "Yth. Ketua ...": the addressee line of a letter.
_ADDRESS_FIELD = re.compile(
    r"^\s*(?:kepada\s*:?\s*)?(?:yth\.?|yang\s+terhormat)\s*:?\s*(?P<value>.+)$", re.IGNORECASE | re.MULTILINE
)


def _lead_ins(text: str) -> str:
    """The paragraphs that introduce a table, right above its column header ("... menyerahkan
    bantuan bagi warga terdampak banjir kepada PIHAK KEDUA:", "... dengan rincian sebagai
    berikut"): what its rows are about, though the rows, read from a scan as a table of their
    own, do not say it. An instruction planted in the text introduces nothing. A header of many
    columns is longer than a label, but the rows printed under it tell it apart from a sentence."""
    blocks = [*text_blocks(text), ""]
    return " ".join(
        block
        for block, following, after in zip(blocks, blocks[1:], blocks[2:], strict=False)
        if _INTRODUCES.search(block)
        and not is_directive(block)
        and (is_label(following) or (_is_label_line(following) and reads_as_row(after)))
    )


def _is_label_line(line: str) -> bool:
    """A line that ends no sentence and holds no figure: a column header, however many words."""
    return not line.endswith((".", "!", "?", ":", ";", ",")) and not NUMERIC_TOKEN.search(line)


# "... sebagai berikut:", also with a remark in brackets after it ("berikut (dalam ribuan)."):
# the remark says how the rows are counted, the sentence still introduces them.
_INTRODUCES = re.compile(r"(?::|\bberikut\.?)\s*(?:\([^()]*\)\s*[.:]?\s*)?$", re.IGNORECASE)


_SUBJECT_FIELD = re.compile(
    r"^\s*(?:" + "|".join(re.escape(f) for f in VOCABULARY.subject_fields) + r")\s*:\s*(?P<value>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
