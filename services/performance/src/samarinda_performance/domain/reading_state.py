"""The state one document's reading carries and the record emission every reader ends in:
:class:`Source` (what is known of the document besides its content), :class:`Reading` (the
document's kind, year, vocabulary, polarity notes, the plan hierarchy a row sits under, and the
records read so far) and :func:`emit`, which turns a row's name, unit and figures into an
:class:`Indicator` (OCR repairs of the name, its level and polarity). The readers of tables,
text tables and prose import it; it imports none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from samarinda_performance.domain.indicator_names import group_before_slash, level_in_parentheses
from samarinda_performance.domain.model import Citation, DocumentType, Indicator
from samarinda_performance.domain.ocr_text import footnote_mark_repaired, lost_separators_restored
from samarinda_performance.domain.polarity import (
    is_lower_better,
    listed_negative,
    marked_polarity,
    without_polarity_note,
)
from samarinda_performance.domain.vocabulary import Vocabulary

VALUE_KINDS = ("target", "realisation", "achievement", "pagu", "budget_realisation", "absorption")


@dataclass(frozen=True)
class Source:
    """What the reader knows of a document besides its content."""

    document_id: str
    filename: str
    opd: str
    fiscal_year: int | None = None  # as declared on upload; the document's own year wins


@dataclass
class _Context:
    """The plan hierarchy a row sits under (carried across rows and tables of a document)."""

    programme: str | None = None
    kegiatan: str | None = None
    sub_kegiatan: str | None = None

    def enter(self, level: str, name: str) -> None:
        if level == "programme":
            self.programme, self.kegiatan, self.sub_kegiatan = name, None, None
        elif level == "kegiatan":
            self.kegiatan, self.sub_kegiatan = name, None
        else:
            self.sub_kegiatan = name


@dataclass
class Reading:
    source: Source
    doc_type: DocumentType
    year: int | None
    vocabulary: Vocabulary
    multi_year: bool = False
    ocr_pages: frozenset[int | str] = frozenset()
    # the mark a footnote gives the document's lower-is-better indicators ("*) Indikator negatif")
    negative_mark: str | None = None
    # the words of each kind of indicator a note lists as lower-is-better ("indikator negatif
    # (antrean, keluhan)")
    negative_names: tuple[frozenset[str], ...] = ()
    context: _Context = field(default_factory=_Context)
    records: list[Indicator] = field(default_factory=list)


# What OCR makes of a row number or a cell's left rule before a name ("Ih Tingkat", "(2 Persentase",
# "Lo, Persentase", "-|Jumlah"): up to three marks or digits, or one capital and a lower-case letter,
# and a space, or rule marks glued to it, before a capitalised word; or one or two letters with a
# dot ("eB.", "D.I": a row number read as letters). An abbreviation opening a name ("KB", "PAUD")
# is all capitals without a dot and stays.
_OCR_LEAD = re.compile(
    r"^(?:(?:[^\w\s]{0,2}\d{0,2}[^\w\s]{0,2}|[A-Z]?[a-z][,.']?|[A-Za-z]{1,2}\.(?:[A-Za-z]\.?)?)\s+|[-|(\[{]+)"
    r"(?=[A-Z])"
)


def _two_names(name: str, vocabulary: Vocabulary) -> bool:
    """An OCR'd name holding a second one: a capitalised word indicator names open with, well into
    the name ("Waktu Tanggap Penanganan Kebakaran menit Persentase Kejadian ...")."""
    words = name.split()
    return any(
        word[:1].isupper() and word.lower().strip("(\"'“-") in vocabulary.names.second_name_starts
        for word in words[3:]
    )


def _opening_word_repaired(name: str, vocabulary: Vocabulary) -> str:
    """An OCR'd name whose first word is a word indicator names open with, a letter lost or
    misread ("'umlah Penumpang" → "Jumlah Penumpang", "Persentasc" → "Persentase"), gets it back:
    names are matched across documents by their words."""
    first, _, rest = name.partition(" ")
    bare = first.strip("'\"`‘’“”.,:;|").lower()
    if len(bare) < 4 or bare in vocabulary.names.indicator_starts:
        return name
    best = max(vocabulary.names.indicator_starts, key=lambda word: fuzz.ratio(bare, word))
    if fuzz.ratio(bare, best) < 85 or abs(len(best) - len(bare)) > 1:
        return name
    return f"{best.capitalize()} {rest}".strip()


def emit(
    reading: Reading,
    name: str,
    unit: str | None,
    fields: dict[str, float | None],
    year: int | None,
    citation: Citation,
    own_level: str | None,
    polarity: object = None,
    *,
    target_text: str | None = None,
    columns_inferred: bool = False,
) -> bool:
    """Adds the row's record; False when the row is no record (two rows OCR read as one)."""
    context = reading.context
    # before the OCR checks below: a name after its sub kegiatan is no second name in the cell
    name, group = group_before_slash(name, reading.vocabulary) if own_level is None else (name, None)
    if citation.page in reading.ocr_pages:
        # a speck after the last word ("menyala.") is no part of the name either
        name = _opening_word_repaired(_OCR_LEAD.sub("", name), reading.vocabulary).rstrip(" .,")
        name = _TRAILING_SPECKS.sub("", name)
        name = footnote_mark_repaired(name, reading.negative_mark)
        if _two_names(name, reading.vocabulary):
            return False  # two rows OCR read as one: their figures cannot be told apart
        # a separator OCR lost ("104" for "10,4"), told by the row's own arithmetic
        read = (fields.get("target"), fields.get("realisation"), fields.get("achievement"))
        restored = lost_separators_restored(*read)
        if restored != read:
            fields = {**fields, **dict(zip(("target", "realisation", "achievement"), restored, strict=True))}
        achievement = fields.get("achievement")
        if achievement is not None and not 0 <= achievement <= reading.vocabulary.achievement.plausible_max:
            # no report states it and no slip the row's arithmetic settles explains it: a misread
            # that would stand as the report's own figure, so no figure
            fields = {**fields, "achievement": None}
        if unit is not None and unit != "%" and unit.lower() not in reading.vocabulary.units.known:
            # what OCR made of a "%" ("Yo"), of a stroke ("ka") or of a smudged unit ("tak"):
            # units must agree across documents, so an unknown one is no unit
            unit = "%" if unit.lower() in reading.vocabulary.ocr.percent_words else None
    levels = {
        "programme": context.programme if own_level != "programme" else name,
        "kegiatan": context.kegiatan if own_level not in ("programme",) else None,
        "sub_kegiatan": context.sub_kegiatan if own_level not in ("programme", "kegiatan") else None,
    }
    if own_level is None:
        name, stated_level, stated_level_name = level_in_parentheses(name, reading.vocabulary)
        if stated_level is not None:
            levels[stated_level] = stated_level_name  # the row's own word beats the table's context
    if group is not None:
        levels["sub_kegiatan"] = group
    lower_is_better = is_lower_better(name, polarity, reading.vocabulary)
    name = without_polarity_note(name, reading.vocabulary)
    stated = isinstance(polarity, str) and bool(polarity.strip())
    if reading.negative_mark is not None and not stated:
        name, lower_is_better = marked_polarity(name, reading.negative_mark)
    if not stated and listed_negative(name, reading.negative_names, reading.vocabulary):
        lower_is_better = True
    reading.records.append(
        Indicator(
            opd=reading.source.opd,
            fiscal_year=year,
            document_type=reading.doc_type,
            indicator=name,
            **levels,
            unit=unit,
            target=fields.get("target"),
            target_text=target_text,
            realisation=fields.get("realisation"),
            achievement_pct=fields.get("achievement"),
            lower_is_better=lower_is_better,
            pagu=fields.get("pagu"),
            budget_realisation=fields.get("budget_realisation"),
            absorption_pct=fields.get("absorption"),
            previous_realisation=fields.get("previous_realisation"),
            read_by_ocr=citation.page in reading.ocr_pages,
            columns_inferred=columns_inferred,
            citation=citation,
        )
    )
    return True


# Marks a scan leaves after a name's last word, standing alone (a rule's ")", "~", "|"); a
# footnote mark ("*)", "(-)") is no speck.
_TRAILING_SPECKS = re.compile(r"(?:\s+[)~+|=_]+)+$")
