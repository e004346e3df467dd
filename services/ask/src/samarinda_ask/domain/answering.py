"""Extractive answers: the sentence or the table row that answers, with its figure and source.

Retrieved passages are cut into units (a sentence of running text, one table row) and each unit
is scored on how much of the question it covers, its terms weighted by how rare they are among
the candidates (a term no candidate contains weighs most, and makes the question unanswerable).
A unit whose years contradict the question's, or that lacks the kind of figure asked for, is
never the answer: the service says the data does not contain it rather than answer with a
neighbouring year's or a neighbouring item's figure. Document text is only ever data here.
"""

from __future__ import annotations

import itertools
import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from samarinda_common.indonesian_text import words
from samarinda_common.roman import roman_numeral

from samarinda_ask.domain.aliases import Aliases, learned_aliases
from samarinda_ask.domain.clauses import clause_stating, statement_of
from samarinda_ask.domain.directives import is_directive
from samarinda_ask.domain.figures import (
    DATE,
    Figure,
    FigureKind,
    cell_figure,
    figures_in,
    is_year,
    parse_number,
)
from samarinda_ask.domain.informal import shortens, spelled_alike, swallowing_nasal
from samarinda_ask.domain.item_guards import (
    asks_aggregate,
    counted_in_other_unit,
    mark_agreement,
    priced_per_one,
    qualifiers,
    qualifiers_clash,
)
from samarinda_ask.domain.modifiers import narrowed_otherwise
from samarinda_ask.domain.printed_tables import PrintedRow, printed_rows
from samarinda_ask.domain.question import (
    OPD_TERMS,
    Question,
    closes_with_adjunct,
    content_terms,
    index_terms,
    items_listed,
    measure_terms,
    months_dated,
    months_named,
    months_spanned,
    named_items,
    parse_question,
    split_parts,
)
from samarinda_ask.domain.stated_years import as_of_spans, closes_reference
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.vocabulary import VOCABULARY

NOT_FOUND = "tidak ditemukan dalam data OPD"
# A passage term found only in the heading, file name or sheet counts this much of a term in the unit.
CONTEXT_CREDIT = 0.7
# The share of the question's weighted terms a unit must cover to be the answer.
MIN_COVERAGE = 0.72
_MEASURE_TERMS = measure_terms()
# A unit lacking one paraphrased head word counts this share of its coverage of the other terms.
PARAPHRASE_CREDIT = 0.9
# The share of a term's weight a table's total row earns by its caption naming the term: more
# than a heading is worth to any row, less than the row's own words.
CAPTION_CREDIT = 0.85
# Units of near-identical text (re-uploads, overlapping chunks) are one unit: Jaccard of terms.
DUPLICATE_SIMILARITY = 0.9

# A semicolon ends a clause of its own whatever follows ("dibuka 3 Mei; pengumuman 9 Mei"): each
# clause states its own figure or date.
# Dot leaders ("Lowongan dibuka ........ 1.870") end no sentence: the figure after them is the label's.
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\.\.)\s+(?=[A-Z0-9\"'(])|(?<=;)\s+(?=[^\W\d_])")
_NUMERIC_TOKEN = re.compile(r"(?<!\S)\d[\d.,]*(?!\S)")
_CELL = re.compile(r"^(?P<header>[^:|]{1,80}):\s*(?P<value>.+)$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# In a file name the year sits between underscores or dashes ("realisasi_belanja_2025.csv"), where
# ``\b`` sees no boundary.
_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_YEAR_HEADER = re.compile(r"tahun|\bta\b|periode|year", re.IGNORECASE)
# A number followed by what it counts is a quantity, not a year ("1920 kotak", "2024 unit").
_COUNTED = re.compile(
    r"\s+(?:" + "|".join(re.escape(u) for u in VOCABULARY.count_units) + r")\b", re.IGNORECASE
)
# A form's field: a label, dot leaders, its value ("Warga mengungsi ....... 1.146 jiwa"); OCR may
# drop a stray mark among the dots.
_LEADERED_FIELD = re.compile(r"^[^\W\d_].*?\.{3,}\S{0,2}\.*\s*\S")
_LETTER_FIELD = re.compile(
    r"^(?:" + "|".join(re.escape(f) for f in VOCABULARY.letter_fields) + r")\b\s*(?::|\.\s)",
    re.IGNORECASE,
)
# A label without figures, then one amount in thousands groups, and nothing after it.
_LABELLED_AMOUNT = re.compile(r"[^\W\d_][^\d]*\s\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_KIND_UNIT = re.compile(r"\s*(?:rp|rupiah|%|persen)\s*", re.IGNORECASE)
_ROW_KIND = re.compile(r"\((?:dalam\s+)?(?:rp|rupiah|%|persen)\)", re.IGNORECASE)


class ChunkKind(StrEnum):
    TEXT = "text"
    TABLE_ROWS = "table_rows"


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with what is needed to cite it."""

    id: str
    document_id: str
    document: str  # the file name as uploaded
    text: str
    score: float
    kind: ChunkKind = ChunkKind.TEXT
    page: int | None = None
    sheet: str | None = None
    heading: str | None = None
    fiscal_year: int | None = None
    opd: str | None = None
    table: int | None = None
    first_row: int | None = None
    category: str | None = None  # the category it was uploaded under (rka, realisasi, ssh, ...)


@dataclass(frozen=True)
class Cell:
    header: str
    value: str
    figure: Figure | None


@dataclass(frozen=True)
class Unit:
    passage: Passage
    text: str
    cells: tuple[Cell, ...] = ()  # a table row's cells; empty for a sentence
    terms: frozenset[str] = frozenset()
    context_terms: frozenset[str] = frozenset()

    @property
    def is_row(self) -> bool:
        return bool(self.cells)

    def figures(self) -> list[Figure]:
        if self.is_row:
            return [c.figure for c in self.cells if c.figure is not None]
        return figures_in(self.text)


@dataclass(frozen=True)
class Citation:
    document_id: str
    document: str
    page: int | None
    sheet: str | None
    quote: str


@dataclass(frozen=True)
class Answer:
    found: bool
    text: str
    citations: tuple[Citation, ...] = ()
    confidence: float = 0.0
    figure: Figure | None = None
    evidence: tuple[Unit, ...] = field(default=(), compare=False)
    # Why the answer is "not found" (the guard that refused the best candidate), for debugging and logs.
    reason: str = field(default="", compare=False)
    # A total added up here over the rows it cites: a model may copy figures, never add them.
    summed: bool = False


def not_found(confidence: float = 0.0, reason: str = "") -> Answer:
    return Answer(found=False, text=NOT_FOUND, confidence=confidence, reason=reason)


# -- units -----------------------------------------------------------------------------------


def _row_cells(text: str, caption: str | None = None) -> tuple[Cell, ...]:
    parts = []
    for part in text.split(" | "):
        match = _CELL.match(part.strip())
        parts.append((match["header"].strip(), match["value"].strip()) if match else ("", part.strip()))
    # A row labelled in rupiah or percent ("Pendapatan retribusi (Rp)") holds bare figures of that
    # kind; so does a row whose unit cell says so ("Satuan: %" beside "Target 2030: 4,75").
    label = " ".join(v for _, v in parts if not re.fullmatch(r"[\d.,\s]+", v))
    label += "".join(
        f" ({v})" for h, v in parts if h.lower() in VOCABULARY.unit_headers and _KIND_UNIT.fullmatch(v)
    )
    if caption and (stated := _ROW_KIND.search(caption)) and not any(_names_kind(h) for h, _ in parts):
        # A table whose title line gives its unit ("(dalam Rupiah)") and whose columns name
        # none (months, zones, markets) holds bare figures of that unit in every column.
        label += f" {stated.group()}"
    return tuple(
        Cell(h, v, cell_figure(f"{h} {label}" if _ROW_KIND.search(label) else h, v)) for h, v in parts
    )


def _sums_its_row(cell: Cell, cells: Sequence[Cell]) -> bool:
    """A bare figure under a lone "Total" or "Jumlah" (read as rupiah) that is the sum of the row's
    other bare figures, which read as plain numbers: the total of twelve monthly counts, a count
    when a count is asked."""
    figure = cell.figure
    if figure is None or figure.kind is not FigureKind.MONEY or not _only_weak_money_words(cell.header):
        return False
    if _KIND_UNIT.search(cell.value):
        return False
    parts = [
        c.figure.value for c in cells if c is not cell and c.figure and c.figure.kind is FigureKind.NUMBER
    ]
    # A row's first cell may be its row number ("No: 3"), no part of its sum.
    first = cells[0] if cells else None
    numbered = (
        first is not None
        and first is not cell
        and first.figure is not None
        and first.figure.kind is FigureKind.NUMBER
        and _ROW_NUMBER_CELL.fullmatch(first.value) is not None
    )
    sums = {sum(parts), sum(parts) - parts[0]} if numbered and parts else {sum(parts)}
    return (len(parts) >= 2 and figure.value in sums) or figure.value == _sum_just_before(cell, cells)


def _sum_just_before(cell: Cell, cells: Sequence[Cell]) -> Decimal | None:
    """The sum of the bare numbers standing right before ``cell`` (two at least): "Laki-laki,
    Perempuan, Jumlah, Jumlah KK" totals its first two, and the count after it is no part."""
    run: list[Decimal] = []
    for c in reversed(cells[: cells.index(cell)]):
        if c.figure is None or c.figure.kind is not FigureKind.NUMBER:
            break
        run.append(c.figure.value)
    return sum(run, Decimal(0)) if len(run) >= 2 else None


_ROW_NUMBER_CELL = re.compile(r"\s*\d{1,3}\.?\s*")


def _only_weak_money_words(header: str) -> bool:
    found = re.findall(r"[^\W\d_]+", header.lower())
    return bool(found) and all(w in VOCABULARY.weak_money_headers for w in found)


def _names_kind(header: str) -> bool:
    """A column header that names the kind of its figures itself ("Harga (Rp)", "Capaian %")."""
    # "Jumlah" or "Total" alone says how much of whatever the table counts: no kind of its own.
    return any(
        word in VOCABULARY.percent_headers
        or (word in VOCABULARY.money_headers and word not in VOCABULARY.weak_money_headers)
        for word in re.findall(r"[a-z%]+", header.lower())
    )


def context_text(passage: Passage) -> str:
    """What a passage is about beyond its own words: its heading, file, sheet, owner and kind."""
    code = passage.opd or ""
    opd_name = VOCABULARY.opd_names.get(code, code.replace("_", " "))
    # The category names what the document is ("realisasi", "standar satuan harga") where its
    # text may not: a photographed distribution table is the realisation of a plan.
    kind_words = VOCABULARY.category_words.get(passage.category or "", "")
    return " ".join(x for x in (passage.heading, passage.document, passage.sheet, opd_name, kind_words) if x)


def units_of(passage: Passage) -> list[Unit]:
    context_terms = frozenset(index_terms(context_text(passage)))
    if passage.kind is ChunkKind.TABLE_ROWS:
        caption = passage.heading  # a table's heading is its caption, the lines above its header
        return [
            Unit(passage, line, _row_cells(line, caption), frozenset(index_terms(line)), context_terms)
            for line in passage.text.splitlines()
            if line.strip()
        ]
    units: list[Unit] = []
    previous: frozenset[str] = frozenset()
    labels = False  # ``previous`` is a run of short label lines
    captioned = False  # ``previous`` is a line ending no sentence: a table's caption
    printed = _printed_table_rows(passage.text)
    for sentence in sentences_of(passage.text):
        terms = frozenset(index_terms(sentence))
        if (row := printed.get(sentence)) is not None:
            # A row of a table printed as text, aligned with its header line: a row with cells
            # whose column names are its words, as a table read as one holds them.
            table = -1 - zlib.crc32(row.header.encode()) % _PRINTED_TABLE_KEYS
            text = " | ".join(f"{h}: {v}" for h, v in row.cells)
            cells = _row_cells(text, passage.heading)
            units.append(
                Unit(
                    replace(passage, table=table),
                    sentence,
                    cells,
                    frozenset(index_terms(text)),
                    context_terms | previous,
                )
            )
        elif len(sentence) >= 12 and not is_directive(sentence):
            # The sentence before names what a short one is about ("Biaya pemasangan seluruhnya
            # Rp ..." after the sentence about the lamps): context, like the heading. A table row
            # printed as text keeps the lines before the rows (its column header) instead.
            units.append(
                Unit(
                    passage,
                    sentence,
                    (),
                    terms | previous if _bare_figure(sentence) else terms,
                    context_terms | previous,
                )
            )
        if _reads_as_row(sentence):
            labels = False
            continue
        if _few_words(sentence) and re.search(r"\d", sentence):
            continue  # a row OCR garbled ("Kampung Contoh Rw4 9 Okt"): the header above still holds
        label = _is_label(sentence)
        if label and (labels or len(sentence) < 12 or captioned):
            # A column header OCR broke over several short lines ("Kecamatan", "No",
            # "Jumlah Bibit Tgl Tanam"): together they name what the rows below hold; so does
            # the table's caption above its header ("Tabel 2. Kunjungan Museum per Bulan").
            previous |= terms
        elif len(sentence) >= 12:
            previous = terms
        captioned = (
            not label and len(sentence) >= 12 and not sentence.endswith((".", "!", "?", ":", ";", ","))
        )
        labels = label
    return units


# Printed tables are keyed apart from a document's real tables (numbered from 0) by negative numbers.
_PRINTED_TABLE_KEYS = 1_000_000


def _printed_table_rows(text: str) -> dict[str, PrintedRow]:
    """The rows of the tables ``text`` prints as lines, by their line as a sentence reads it."""
    lines = [collapsed for line in text.splitlines() if (collapsed := re.sub(r"\s+", " ", line).strip())]
    return {lines[i]: row for i, row in printed_rows(lines).items()}


def sentences_of(text: str) -> list[str]:
    """The sentences (and rows printed as text) of running text, as the answer reads them."""
    pieces = (s for block in _blocks(text) for s in _rejoined(_SENTENCE_END.split(block)))
    return [collapsed for piece in pieces if (collapsed := re.sub(r"\s+", " ", piece).strip())]


_LAST_WORD = re.compile(r"(?:^|\s)(?P<word>[^\W\d_][\w.]*)\.$")
_ABBREVIATIONS = frozenset(VOCABULARY.abbreviations)


def _rejoined(pieces: list[str]) -> list[str]:
    """The pieces of a block cut at full stops, joined again where the stop ends an abbreviation
    ("Pendaftaran ditutup 3 s.d." + "9 Mei 2031."): a cut there parts a figure from its words."""
    joined: list[str] = []
    for piece in pieces:
        if joined and (last := _LAST_WORD.search(joined[-1])) and last["word"].lower() in _ABBREVIATIONS:
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def _bare_figure(line: str) -> bool:
    """A line that is a figure and its unit alone ("Rp 3.250.000,- / bulan"): a poster or a
    scanned page prints what it is under the label lines above it, whose words are its own."""
    named = re.findall(r"[^\W\d_]{2,}", _PER_UNIT.sub(" ", line))
    return all(w.lower() in _CURRENCY_WORDS for w in named) and bool(figures_in(line))


_CURRENCY_WORDS = frozenset({"rp", "rupiah"})
# The unit a figure is per ("/ bulan", "per jam"): no label of what the figure is.
_PER_UNIT = re.compile(r"(?:/|\bper\b)\s*[^\W\d_]+", re.IGNORECASE)


def _few_words(line: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", line)) <= 5


def _is_label(line: str) -> bool:
    """A short line of a few words that ends no sentence: a title or a column header."""
    return not line.endswith((".", "!", "?", ":", ";", ",")) and _few_words(line)


def _blocks(text: str) -> list[str]:
    """Running text with wrapped lines joined; a blank line, a line ending a sentence, or a line
    that reads as a table row (two numbers or more) ends a block."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(" ".join(current))
                current = []
            continue
        if (
            not current
            and blocks
            and (stripped[:1].islower() or _announces_figure(blocks[-1]))
            and not blocks[-1].endswith((".", "!", "?", ":"))
        ):
            # OCR puts blank lines between the lines of one sentence; a lower-case start continues
            # it, and so does the amount a line cut after "sebesar" announces ("Rp 4.100.000 ...").
            current = [blocks.pop()]
        # A wrapped sentence's last line ("Rp 52.447.900.000 atau 90,27 persen.") is not a row; a
        # letter's header field ("Nomor: ...", "Perihal: ...") or a form's ("Peserta ..... 43") is a
        # line of its own.
        header_field = any(f.match(stripped) for f in (_LETTER_FIELD, _LEADERED_FIELD))
        if header_field or (_reads_as_row(stripped) and not (current and stripped.endswith((".", "!", "?")))):
            if current:
                blocks.append(" ".join(current))
                current = []
            blocks.append(stripped)
            continue
        current.append(stripped)
        if stripped.endswith((".", "!", "?", ":")):
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def _announces_figure(line: str) -> bool:
    last = re.findall(r"[^\W\d_]+", line)[-1:]
    return bool(last) and last[0].lower() in VOCABULARY.figure_lead_words


def _reads_as_row(line: str) -> bool:
    """A table row printed as text: two numbers or more, in aligned columns or among few words;
    or a short label and one grouped amount ("Dinas Sosial 12.500.000"), a row of a table of one
    value column, which a PDF prints one line per row with no sentence ending to part them."""
    if line[:1].islower():  # a lower-case start continues a wrapped sentence
        return False
    few_words = _few_words(line)
    if few_words and _LABELLED_AMOUNT.fullmatch(line):
        return True
    numbers = [n for n in _NUMERIC_TOKEN.findall(line) if not _YEAR.fullmatch(n.rstrip(".,;:"))]
    if len(numbers) < 2:
        return False
    return "  " in line or "\t" in line or few_words


def deduplicate(units: Sequence[Unit]) -> list[Unit]:
    """One of each group of near-identical units (same words, same figures), in the place of the
    first: the longest, since overlapping chunks cut a sentence at their edges ("Harapan
    Hidup penduduk ..." for "Angka Harapan Hidup penduduk ..."); and a row of a table read as
    one over the same row printed as a line of text, whichever came first: its table holds all
    its rows (a sum over them stays in one table) and its cells their column names. The row kept
    also knows what its printed copy read above it on the page (the table's caption)."""
    kept: list[Unit] = []
    for unit in units:
        same = next((n for n, other in enumerate(kept) if _similar(unit, other)), None)
        if same is None:
            kept.append(unit)
            continue
        better, other = (unit, kept[same]) if _better_copy(unit, kept[same]) else (kept[same], unit)
        if better.passage.kind is ChunkKind.TABLE_ROWS and other.passage.kind is not ChunkKind.TABLE_ROWS:
            better = replace(better, context_terms=better.context_terms | other.context_terms)
        kept[same] = better
    return kept


def _better_copy(unit: Unit, kept: Unit) -> bool:
    structured, kept_structured = (u.passage.kind is ChunkKind.TABLE_ROWS for u in (unit, kept))
    if structured != kept_structured:
        return structured
    return unit.text.endswith(kept.text) and len(unit.text) > len(kept.text)


def _similar(a: Unit, b: Unit) -> bool:
    if not a.terms or not b.terms:
        return a.text == b.text
    overlap = len(a.terms & b.terms) / len(a.terms | b.terms)
    return overlap >= DUPLICATE_SIMILARITY and [f.value for f in a.figures()] == [
        f.value for f in b.figures()
    ]


# -- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scored:
    unit: Unit
    coverage: float
    figure: Figure | None
    missing: tuple[str, ...]
    states_year: bool = False  # the unit itself names the question's year (not only its document)
    refused_by: str = ""  # the guard that keeps this unit from being the answer ("" when none)
    paraphrased: bool = False  # covers the question but for one head word no candidate states


def _states(term: str, terms: frozenset[str], aliases: Aliases) -> bool:
    """``terms`` hold ``term``, or every term of one of its aliases ("angka harapan
    hidup" for "AHH")."""
    return term in terms or any(alias <= terms for alias in aliases.get(term, ()))


def _stating(question: Question, stated: Sequence[frozenset[str]], aliases: Aliases) -> Counter[str]:
    """How many candidate units (with their context, ``stated``) state each question term."""
    df: Counter[str] = Counter()
    for terms in stated:
        for term in question.terms:
            if _states(term, terms, aliases):
                df[term] += 1
    return df


def _weights(question: Question, df: Counter[str], units: int) -> dict[str, float]:
    """Rare terms weigh more: idf over the candidate units (with their context)."""
    total = max(1, units)
    return {t: math.log(1 + (total + 1) / (df[t] + 0.5)) for t in question.terms}


def years_stated(unit: Unit, figure: Figure | None = None) -> set[int]:
    """The years a unit names: not every 19xx/20xx is one ("1920 kotak", a volume of 2000). With
    ``figure``, a sentence's years that frame that figure (:func:`statement_of`)."""
    if unit.is_row:
        years: set[int] = set()
        for cell in unit.cells:
            if _is_note(cell):
                continue  # "Keterangan: survei harga 2024" in a 2025 list: a mention, not the period
            years.update(int(y) for y in _YEAR.findall(cell.header))
            bare = re.fullmatch(r"\s*(?:19|20)\d{2}\s*", cell.value) is not None
            if bare and not _YEAR_HEADER.search(cell.header):
                continue  # a number under "Volume" or "Jumlah" that happens to look like a year
            years.update(int(y) for y in _YEAR.findall(cell.value))
        return years
    text = unit.text if figure is None else statement_of(unit.text, figure.value)
    as_of = as_of_spans(text)
    return {
        int(m.group(0))
        for m in _YEAR.finditer(text)
        if not _COUNTED.match(text, m.end())
        and not _COMPARED_YEAR.search(text, max(0, m.start() - 60), m.start())
        and not closes_reference(text, m.start())
        and not any(lo <= m.start() < hi for lo, hi in as_of)
    }


# "... mencapai 81,06, naik dari 78,93 pada tahun 2023": the year a figure is compared with, not
# the year the sentence reports (its document's).
_COMPARED_YEAR = re.compile(
    r"\b(?:dari|dibanding(?:kan)?|daripada)\s+(?:(?:dengan|capaian|realisasi)\s+)?(?:[\d.,%]+\s+)?"
    r"(?:pada\s+)?(?:tahun\s+)?$",
    re.IGNORECASE,
)


def _is_note(cell: Cell) -> bool:
    header = words(cell.header.lower())
    return bool(header) and header[0] in VOCABULARY.note_headers


def _years_agree(question: Question, unit: Unit, figure: Figure | None = None) -> bool:
    """A unit answers a question about a year only when it, or its document, is about that year.
    A row's remark places it only when nothing else does (a list filed without any year)."""
    if not question.years:
        return True
    own = years_stated(unit, figure)
    if own:
        return bool(own & set(question.years))
    passage = unit.passage
    named = " ".join(filter(None, (passage.heading, passage.document, passage.sheet)))
    context = {int(y) for y in _NAMED_YEAR.findall(named)}
    if passage.fiscal_year is not None:
        context.add(passage.fiscal_year)
    # Minutes of a meeting filed under the next year's budget: the date its passage writes in
    # full ("Senin, 24 November 2030") is when what the unit tells happened.
    # A date something stood "as of" is no such time: it places the unit only when nothing else does.
    as_of = as_of_spans(passage.text)
    dates = [d for d in DATE.finditer(passage.text) if d.span() not in as_of]
    context.update(int(y) for d in dates for y in _YEAR.findall(d.group(0)))
    if not context:
        context = {int(y) for c in unit.cells if _is_note(c) for y in _YEAR.findall(c.value)}
    if not context:
        context = {int(y) for lo, hi in as_of for y in _YEAR.findall(passage.text[lo:hi])}
    return bool(context & set(question.years))


# "sepanjang 2031", "selama tahun 2030", "setahun": the year as a whole.
_WHOLE_YEAR = re.compile(r"\b(?:sepanjang|selama|setahun)\b", re.IGNORECASE)
# A part of a year as a report, its heading or its sentence names it ("Semester I", "sem2_2031",
# "TW 3").
_PART_OF_YEAR = re.compile(
    r"(?<![^\W\d_])(?:semester|sem|smt|triwulan|tw|kuartal)[\s_-]*(?:[1-4]|iv|i{1,3})(?![^\W_])",
    re.IGNORECASE,
)


def _asks_whole_year(question: Question) -> bool:
    """A year asked as a whole, no month or part of it named: a semester's figure is not its figure."""
    return (
        bool(question.years)
        and _WHOLE_YEAR.search(question.text) is not None
        and not question.months
        and _PART_OF_YEAR.search(question.text) is None
    )


def _asks_total(question: Question) -> bool:
    """A total named ("total", "jumlah seluruh"), or a count over a whole year ("berapa pendaftar
    sepanjang 2031"): what a table of months tells month by month is added up."""
    return question.asks_total or (question.wants is FigureKind.COUNT and _asks_whole_year(question))


def _total_of_parts(unit: Unit) -> Cell | None:
    """The sum column of a row that breaks its year into parts ("TW I" ... "TW IV", "Jumlah"):
    the row is the whole year's, its total the year's figure."""
    if not unit.is_row or sum(1 for c in unit.cells if _PART_OF_YEAR.search(c.header)) < 2:
        return None
    return next((c for c in unit.cells if c.figure is not None and _is_sum_label(c.header)), None)


def _named_with(unit: Unit) -> str:
    """The unit's text with the names its passage is filed under (heading, document, sheet)."""
    passage = unit.passage
    return " ".join(filter(None, (passage.heading, passage.document, passage.sheet, unit.text)))


def _other_item_or_amount(question: Question, unit: Unit, figure: Figure | None) -> str:
    """The guard a unit fails by naming a look-alike item ("kelas A" asked as "kelas B") or by
    pricing one thing where the question asks a whole amount (a pagu, a total); "" if none."""
    if qualifiers_clash(question.text, unit.text):
        return "qualifier"
    if _asks_whole_year(question) and _PART_OF_YEAR.search(_named_with(unit)):
        total = _total_of_parts(unit)
        summed = total.figure if total is not None else None
        whole_row = summed is not None and figure is not None and figure.value == summed.value
        if not (whole_row and not _PART_OF_YEAR.search(_named_with(replace(unit, text="")))):
            return "part of the year"
    if (
        figure is not None
        and figure.kind is FigureKind.MONEY
        and not question.wants_rate
        and not unit.is_row
        and asks_aggregate(question.text)
        and priced_per_one(unit.text, figure.value)
    ):
        return "per-unit price"
    if (
        figure is not None
        and figure.kind is FigureKind.NUMBER
        and counted_in_other_unit(question.answer_units, _unit_column_terms(unit))
    ):
        return "another unit"
    if unit.is_row and _asks_whole_of_opd(question) and not _is_total_row(unit):
        asked_opd = set(question.terms) & OPD_TERMS
        if not asked_opd & unit.terms:
            return "one row of a whole"
    return ""


def _unit_column_terms(unit: Unit) -> list[str]:
    """The terms of a row's unit column ("Satuan: OB"): what its bare counts are counted in."""
    return [
        t
        for c in unit.cells
        if c.header.lower() in VOCABULARY.unit_headers and c.value.strip()
        for t in content_terms(c.value) or [c.value.lower()]
    ]


_AGGREGATE_TERMS = frozenset(index_terms(" ".join(VOCABULARY.aggregate_money_words)))


def _asks_whole_of_opd(question: Question) -> bool:
    """ "Berapa pagu Dinas X?": an OPD's whole budget, naming nothing inside it. One line of one of
    its tables (a school, a package) is a part of it; only a total row, a sentence, or a row that
    names the OPD itself (a city-wide list of OPDs) may answer."""
    asked_opd = set(question.terms) & OPD_TERMS
    # The OPD's title as the asker writes it may be longer than the name it reads as ("Dinas
    # Pendidikan dan Kebudayaan"): its words name the OPD, not an item.
    titles = " ".join(m.group(0) for m in _OPD_TITLE.finditer(question.text))
    rest = set(question.terms) - asked_opd - index_terms(titles)
    return bool(asked_opd) and bool(rest) and rest <= _AGGREGATE_TERMS


_OPD_TITLE = re.compile(
    r"\b(?:Dinas|Badan|Kantor|Sekretariat|Inspektorat|Satuan)(?:\s+(?:(?:dan|&)\s+)?[A-Z][\w-]*)+"
)


def _months_agree(
    question: Question,
    unit: Unit,
    unit_months: frozenset[str],
    document_months: set[str],
    monthly: bool = False,
) -> bool:
    """A unit answers a question about a month only when its document states that month (a
    report "per 31 Maret" answers no question about July), and a table row labelled
    with months only when one of them is asked (the row of another month is that month's).
    Of a document that breaks its figures down by month (``monthly``: a row of the asked month
    is among the candidates), a sentence naming no month, or a longer span of months, states that
    period's figure, not the month's. ``unit_months`` are the months the unit itself states
    (:func:`_months_stated`)."""
    if not question.months:
        return True
    if unit.is_row and unit_months:
        return bool(unit_months & question.months)
    if monthly and not unit.is_row and not _reads_as_row(unit.text):
        # Beside the month's own row, a sentence naming no month states the year's figure, and one
        # spanning more months than asked ("Maret sampai Agustus") that longer period's.
        spanned = months_spanned(unit.text)
        if not months_named(unit.terms) or (len(spanned) > 1 and spanned > question.months):
            return False
    return bool(document_months & question.months)


# "Bulan : Maret 2031", "Periode: Januari - Juni": a line that labels the period a document covers.
_PERIOD_LABEL = re.compile(r"^\s*(?:bulan|periode|masa)\s*:", re.IGNORECASE)


def _period_labelled(unit: Unit) -> frozenset[str]:
    """The months a line of text labels as its document's period; none for any other unit (a
    table's "Bulan" column names one row's month, not the document's)."""
    if unit.is_row or not _PERIOD_LABEL.match(unit.text):
        return frozenset()
    return months_named(unit.terms) | months_spanned(unit.text)


def _months_stated(unit: Unit, question: Question) -> frozenset[str]:
    """The months of the question a unit speaks of: those it names, by name or by a date in
    digits, or all of them when it names the very period asked (:func:`_period_asked`)."""
    return months_named(unit.terms) | months_dated(unit.text) | _period_asked(question, unit.text)


def _period_asked(question: Question, text: str) -> frozenset[str]:
    """The question's months when ``text`` names the same period by a range or as a half year
    or a quarter ("semester I" for "Jan-Jun"); nothing otherwise. A longer period (the year
    "Januari - Desember") does not state the figure of the months asked, nor a shorter one."""
    spanned = months_spanned(text)
    return spanned if len(spanned) > 1 and spanned == question.months else frozenset()


def _monthly_documents(question: Question, units: Sequence[Unit]) -> set[str]:
    """The documents that break their figures down by month: rows (a table's, or rows printed as
    text) of several months, one of them asked. A date in one row is no breakdown."""
    if not question.months:
        return set()
    months: dict[str, set[str]] = {}
    for u in units:
        if u.is_row or _reads_as_row(u.text):
            months.setdefault(u.passage.document_id, set()).update(months_named(u.terms))
    return {d for d, named in months.items() if len(named) >= 2 and named & question.months}


def _pick_figure(question: Question, unit: Unit, aliases: Aliases) -> Figure | None:
    """The figure of ``unit`` that answers: of the kind asked, nearest the question's words.

    A kind asked only by a leaning word ("nilai indeks", "realisasi tingkat pengangguran") takes
    another figure of the unit when it has none of that kind."""
    figure = _pick_figure_of_kind(question, unit, aliases)
    if figure is None and question.weak_kind:
        # "nilai indeks X ... sebesar 74,3 dengan ...": the number the sentence states of it
        # before any other figure the sentence carries ("dari 640 responden").
        stated = None if unit.is_row else _stated_number(unit.text)
        figure = stated or _pick_figure_of_kind(replace(question, wants=None), unit, aliases)
        bare = [] if unit.is_row or stated else _bare_numbers(unit.text)
        if bare:
            # "Indeks X (IX) 71,4 dengan ..., dari 900 responden": a bare number that is no year
            # competes with the figures of a unit, each named by the words before it.
            others = [] if figure is None else [figure]
            figure = _nearest_figure(replace(question, wants=None), unit.text, [*others, *bare])
    if figure is None and question.wants is FigureKind.COUNT and not unit.is_row:
        figure = _stated_number(unit.text) or _labelled_number(question, unit.text)
    return figure


def _bare_numbers(text: str) -> list[Figure]:
    """The numbers ``text`` writes with no unit, no year nor day of a date ("24 Juli 2031") among
    them."""
    dates = [d.span() for d in DATE.finditer(text)]
    values = (
        parse_number(m[0].rstrip(".,;:"))
        for m in _NUMERIC_TOKEN.finditer(text)
        if not _YEAR.fullmatch(m[0].rstrip(".,;:")) and not any(lo <= m.start() < hi for lo, hi in dates)
    )
    return [Figure(FigureKind.NUMBER, v) for v in values if v is not None]


# "Skor X tahun 2025 sebesar 71,4." or "... mencapai 3,05, naik dari ..." or "... sebesar 3,05
# dengan predikat B": a number a copula states with no unit after it, the sentence's own measure
# of the thing it names (a score, an index), which counts nothing and so is no count figure.
_STATED_NUMBER = re.compile(
    r"\b(?:sebesar|mencapai)\s+(?P<n>\d[\d.,]*\d|\d)"
    r"(?=[.,;)]?(?:\s*$|[.,;)]\s)|[.,;)]\s|\s*$|\s+(?:dengan|atau|dan|dari)\b)",
    re.IGNORECASE,
)


# "Tenda terpasang : 12" on a board or a form: a bare number after a label and a colon, ending
# its line or followed by the next item ("- Dewasa : 40 - Anak : 12").
_LABELLED_NUMBER = re.compile(
    r"(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*:[ \t]*(?P<n>\d[\d.,]*\d|\d)(?=[ \t]*(?:$|-[ \t]))",
    re.MULTILINE,
)


def _labelled_number(question: Question, text: str) -> Figure | None:
    """The bare number a board or form writes after the one label naming a question term: its
    count of that thing, which no unit word follows (the label says what it counts)."""
    asked = set(question.terms)
    named = [
        m["n"]
        for m in _LABELLED_NUMBER.finditer(text)
        if not _YEAR.fullmatch(m["n"]) and index_terms(m["label"]) & asked
    ]
    value = parse_number(named[0]) if len(named) == 1 else None
    return Figure(FigureKind.NUMBER, value) if value is not None else None


def _stated_number(text: str) -> Figure | None:
    """The one number ``text`` states bare after a copula, when it states one only."""
    stated = [m["n"] for m in _STATED_NUMBER.finditer(text) if not _YEAR.fullmatch(m["n"])]
    value = parse_number(stated[0]) if len(stated) == 1 else None
    return Figure(FigureKind.NUMBER, value) if value is not None else None


def _pick_figure_of_kind(question: Question, unit: Unit, aliases: Aliases) -> Figure | None:
    if unit.is_row:
        best: tuple[float, int, Figure] | None = None
        amount_kinds = (FigureKind.MONEY, FigureKind.PERCENT)
        # A sum counts too when the question names a column of counts ("total KPM ... A dan B").
        names_count_column = any(
            cell.figure is not None
            and cell.figure.kind not in amount_kinds
            and set(question.terms) & index_terms(cell.header)
            for cell in unit.cells
        )
        lowered = " ".join(words(question.text.lower()))
        every_column = _asks_every_column(question, unit)
        actual = _actual_column(question, unit)
        whole_year = _total_of_parts(unit) if _asks_whole_year(question) else None
        cells = _amounts_under_rupiah_labels(question, unit)
        for position, cell in enumerate(cells):
            if cell.figure is None or not _kind_fits(question, cell.figure):
                continue
            # "Harga/unit" is a price: the thing it is per names no column a count of units asks for.
            header = cell.header if question.wants_rate else _PER_UNIT.sub(" ", cell.header)
            header_terms = frozenset(index_terms(header))
            # As coverage reads it, a term the stemmer cut inside a header's word names it too
            # ("terajut" -> "ajut" under "Dirajut" -> "rajut"), and so does a short form the header
            # writes out ("SK" over "surat_keputusan").
            score = sum(1.0 for t in question.terms if _names(t, header_terms, aliases))
            # A month column shortened ("mar_2031") names the month asked written out.
            score += len(question.months & (months_named(header_terms) - header_terms))
            if _header_written(cell.header, lowered):
                score += 1.0  # "Zona B" written whole: the letter that tells it from "Zona C" is no term
            if _negates_unasked(cell.header, lowered):
                score -= 1.0  # "Belum Lunas" shares "lunas" with "Sudah Lunas", and says the opposite
            # "triwulan 1" over columns "TW I" ... "TW IV": the column of the mark asked, though every
            # one of them is named by the period's word.
            score += mark_agreement(question.text, cell.header)
            if cell.header == actual:
                score += 0.5  # "cakupan X berapa persen": what was reached, not its target or ratio
            if every_column and _is_sum_label(cell.header):
                score += 2.0  # "semua zona" over columns "Zona A", "Zona B", ...: their total column
            if whole_year and cell is whole_year:
                score += 2.0  # "setahun" over columns "TW I" ... "TW IV": their total column
            # A total asked in things ("jumlah seluruh unit ...") counts too.
            counting = question.wants is FigureKind.COUNT and (
                not question.wants_sum or names_count_column or question.counts_things or cell is whole_year
            )
            figure = cell.figure
            if question.wants is FigureKind.COUNT and _sums_its_row(cell, cells):
                figure = replace(figure, kind=FigureKind.NUMBER)
                # A count asked of the row's thing, no column named: the row's total, not a count
                # of another thing standing right of it ("Jumlah KK" after "Jumlah").
                score += 0.5
            elif counting and figure.kind in amount_kinds:
                score -= 0.5  # "berapa penerima" is the count, not the rupiah beside it
            score += sum(0.5 for y in question.years if str(y) in cell.header)
            if question.wants_rate and _RATE_HEADER.search(cell.header):
                score += 1.0  # "berapa per botol" is the unit price column, not the row's total
            # Of equal headers the rightmost wins: a row's total stands at its end.
            candidate = (score, position, figure)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        return best[2] if best else None
    figures = [f for f in figures_in(unit.text) if _kind_fits(question, f)]
    if question.wants is FigureKind.COUNT and question.counts_things:
        # "Berapa KPM ...?" is not answered by the rupiah of "Rp 600.000 per KPM".
        figures = [f for f in figures if f.kind is not FigureKind.MONEY]
    printed_row = _reads_as_row(unit.text)
    if printed_row and (number := _ROW_NUMBER.match(unit.text)):
        # A row printed as text starts with its row number ("4 Kampung Teladan 120 ..."): not a count.
        figures = [f for f in figures if _figure_position(unit.text, f) >= number.end()]
    # A table printed as text: its amounts are bare numbers under a "(Rp)" column.
    printed_table = question.wants is FigureKind.MONEY and printed_row
    if not figures and printed_table and re.search(r"\bRp\b|rupiah", unit.passage.text, re.IGNORECASE):
        amounts = [n for n in _NUMERIC_TOKEN.findall(unit.text) if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", n)]
        if amounts:
            return Figure(FigureKind.MONEY, parse_number(amounts[-1]) or Decimal(0))
    if not figures and printed_table and unit.context_terms & _PRICE_COLUMN_TERMS:
        return _unmarked_amount(question, unit.text)
    if not figures and printed_row and question.wants is FigureKind.COUNT:
        return _printed_count(question, unit)
    if not figures:
        return None
    return _nearest_figure(question, unit.text, figures)


_RUPIAH_TERMS = frozenset(index_terms("Rp rupiah"))
# The smallest bare number read as rupiah under a row of labels naming rupiah.
_LEAST_BARE_AMOUNT = 1000


def _amounts_under_rupiah_labels(question: Question, unit: Unit) -> tuple[Cell, ...]:
    """The row's cells, its bare whole amounts read as rupiah when money is asked, the row was read
    without column names and carries no rupiah figure, and its table's row of labels names rupiah
    ("Bulan | Realisasi (Rp)" over "Januari | 455120000"): a column says its unit once."""
    cells = _parts_of_money_totals(question, unit.cells)
    if (
        question.wants is not FigureKind.MONEY
        or not ((_headerless(unit) and unit.context_terms & _RUPIAH_TERMS) or _titled_as_prices(unit.passage))
        or any(c.figure is not None and c.figure.kind is FigureKind.MONEY for c in cells)
    ):
        return cells
    return tuple(
        replace(c, figure=replace(c.figure, kind=FigureKind.MONEY))
        if c.figure is not None
        and c.figure.kind is FigureKind.NUMBER
        and c.figure.value >= _LEAST_BARE_AMOUNT
        and c.figure.value == c.figure.value.to_integral_value()
        and not _BRACKETED.search(c.header)  # "Volume (ekor)": the column names its own unit
        else c
        for c in cells
    )


def _parts_of_money_totals(question: Question, cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The row's cells, the bare numbers just before a "Jumlah" read as rupiah that they add up to
    read as rupiah too when money is asked ("TW I | TW II | TW III | Jumlah"): the parts of a sum of
    rupiah are rupiah, and a quarter asked is its own column, not the year's total."""
    if question.wants is not FigureKind.MONEY:
        return cells
    parts: set[int] = set()
    for position, cell in enumerate(cells):
        if (
            cell.figure is None
            or cell.figure.kind is not FigureKind.MONEY
            or not _only_weak_money_words(cell.header)
        ):
            continue
        # The parts are the bare numbers right before the total that add up to it (a "Target"
        # before them is no part).
        added, run = Decimal(0), []
        for before in range(position - 1, -1, -1):
            figure = cells[before].figure
            if figure is None or figure.kind is not FigureKind.NUMBER or added >= cell.figure.value:
                break
            added += figure.value
            run.append(before)
        if len(run) >= 2 and added == cell.figure.value:
            parts.update(run)
    return tuple(
        replace(c, figure=replace(c.figure, kind=FigureKind.MONEY))
        if i in parts and c.figure is not None
        else c
        for i, c in enumerate(cells)
    )


def _titled_as_prices(passage: Passage) -> bool:
    """The table's file or heading names it a list of prices ("harga_pangan_2031.csv"): its
    columns (by month, by market) hold rupiah though none says so. (A caption "(dalam Rupiah)"
    is read by the row's cells, which keep a column of counts under it.)"""
    title = " ".join(x for x in (passage.document, passage.heading) if x)
    return bool(index_terms(title) & (_PRICE_COLUMN_TERMS - _RUPIAH_TERMS))


# A printed table whose header names a price or cost column ("Harga/sat", "Biaya") holds amounts
# though no "Rp" is printed anywhere (a shop's receipt): the words a header names amounts with and
# nothing else ("Jumlah" may count, "Realisasi" may be of a target in persons).
_PRICE_COLUMN_TERMS = frozenset(
    stem(w)
    for w in VOCABULARY.money_headers
    if w not in VOCABULARY.weak_money_headers and w not in VOCABULARY.weak_money_words
)
_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")


def _unmarked_amount(question: Question, row: str) -> Figure | None:
    """The amount of a printed row of a price table printed without "Rp": its last grouped number
    (a row ends with its total), or the one before it when a price per unit is asked (the unit
    price stands before the row's total: "Qty, Harga Satuan, Jumlah")."""
    amounts = [n for n in _NUMERIC_TOKEN.findall(row) if _GROUPED_AMOUNT.fullmatch(n)]
    if not amounts:
        return None
    chosen = amounts[-2] if question.wants_rate and len(amounts) >= 2 else amounts[-1]
    value = parse_number(chosen)
    return Figure(FigureKind.MONEY, value) if value is not None else None


_REALISED = next(g for g in VOCABULARY.measure_groups if stem("realisasi") in g)
# The upload category of regulations and circulars: documents that set rules, not report results.
RULES_CATEGORY = "regulasi"


def _actual_column(question: Question, unit: Unit) -> str | None:
    """The header of the row's realisation column when the row sets it beside a plan (a target,
    a pagu) and the question names no measure: an indicator's or a budget line's figure, asked
    plainly, is the one reached, not the plan nor the share of the plan reached."""
    if asked_measure(question) is not None or any(
        g & set(question.raw_stems) for g in VOCABULARY.measure_groups
    ):
        return None
    measured = [(c.header, {stem(w) for w in words(c.header)}) for c in unit.cells if c.figure is not None]
    realised = [h for h, named in measured if named & _REALISED]
    planned = any(named & g for _, named in measured for g in VOCABULARY.measure_groups if g is not _REALISED)
    return realised[0] if len(realised) == 1 and planned else None


def _negates_unasked(header: str, lowered_question: str) -> bool:
    """The column's name negates ("belum_lunas", "Non Tunai") and the question does not."""
    asked = set(lowered_question.split())
    return any(w in VOCABULARY.negation_words and w not in asked for w in words(header.lower()))


def _header_written(header: str, lowered_question: str) -> bool:
    """The question writes a column's whole name of two words or more ("zona b")."""
    name = words(_BRACKETED.sub(" ", header).lower())
    return (
        len(name) >= 2
        and re.search(rf"(?<!\w){re.escape(' '.join(name))}(?!\w)", lowered_question) is not None
    )


def _asks_every_column(question: Question, unit: Unit) -> bool:
    """ "semua zona" where several figure columns of the row are named by that word."""
    if not _asks_every_row(question) or qualifiers(question.text):
        # "semua pasar di triwulan II": the mark picks the one column of its period ("TW II"),
        # though the period's word names every period column.
        return False
    headers = [index_terms(c.header) for c in unit.cells if c.figure is not None]
    return any(sum(t in h for h in headers) >= 2 for t in question.terms)


def _is_sum_label(header: str) -> bool:
    """A column named only by a sum word ("Total", "Jumlah")."""
    name = {stem(w) for w in words(_BRACKETED.sub(" ", header))}
    return bool(name) and name <= VOCABULARY.sum_stems


_RATE_HEADER = re.compile(r"\b(?:satuan|per)\b", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"^\W*\d{1,3}\b\W*(?=[^\W\d_])")
# "Berapa paket ...", "berapa banyak bibit ...", typed "brp kuintal": the thing a count question
# counts, or the unit it asks the figure in.
_COUNTED_ASKED = re.compile(r"\b(?:berapa|brp)\s+(?:banyak\s+|jumlah\s+)?(?P<thing>[^\W\d_]+)", re.IGNORECASE)
_BARE_COUNT = re.compile(r"(?<![\w.,])\d[\d.]*(?![\w.,]*\d)")


def _printed_count(question: Question, unit: Unit) -> Figure | None:
    """A bare count of a row printed as text, in the unit the question counts when the column
    header above the rows names it ("Jumlah Paket" over "Sungai Kapih 96 3 Juni 2025"): the
    first number after the row's label that is no year, no day of a date and no row number.
    A question that names no thing it counts ("izin X yang terbit, berapa?") is answered by a
    row of one label and one grouped number ("Izin X 1.250"), the one figure a one-column table
    prints for it (as the same row read as cells is)."""
    asked = _COUNTED_ASKED.search(question.text)
    if asked is None:
        value = parse_number(unit.text.split()[-1]) if _LABELLED_AMOUNT.fullmatch(unit.text) else None
        return Figure(FigureKind.COUNT, value) if value is not None else None
    if not index_terms(asked["thing"]) & unit.context_terms:
        return None
    start = number.end() if (number := _ROW_NUMBER.match(unit.text)) else 0
    for match in _BARE_COUNT.finditer(unit.text, start):
        token = match.group(0)
        if _YEAR.fullmatch(token) or DATE.match(unit.text, match.start()):
            continue
        value = parse_number(token)
        return Figure(FigureKind.COUNT, value, asked["thing"].lower()) if value is not None else None
    return None


def _kind_fits(question: Question, figure: Figure) -> bool:
    if question.wants is None:
        return True
    if question.wants is FigureKind.COUNT:
        return True  # a bare "berapa" is answered by any figure the unit carries
    return figure.kind is question.wants


# What follows an amount given for one of a thing: "Rp 50.000 per orang", "Rp 7.500/kg".
_PER_ONE = re.compile(r"\s*(?:/\s*|(?:per|setiap|tiap)\s+)[^\W\d_]", re.IGNORECASE)


def _nearest_figure(question: Question, text: str, figures: list[Figure]) -> Figure:
    """Of several figures in a sentence, the one whose preceding words best match the question;
    in a sentence about several years, the one nearest the year asked about."""
    asked_years = [m.start() for m in _YEAR.finditer(text) if int(m.group(0)) in question.years]
    several_years = len({m.group(0) for m in _YEAR.finditer(text)}) > 1
    # "berapa relawan ...": the thing counted, which a figure's unit may name.
    asked = _COUNTED_ASKED.search(question.text)
    counted = index_terms(asked["thing"]) if asked else frozenset()
    best, best_score = figures[0], -math.inf
    # Each figure is found in the sentence once: where it starts, and where it and its unit end.
    found = [(f, m) for f in figures if (m := _figure_match(text, f)) is not None]
    ends = [_figure_end(text, f, m) for f, m in found]
    labels = [_label(text, found, ends, i) for i in range(len(found))]
    for (figure, match), before, end in zip(found, labels, ends, strict=True):
        position = match.start()
        segment = text[_label_start(text, position, ends) : position]
        score = sum(1.0 for t in question.terms if t in before)
        if question.terms and question.terms[0] in before:
            score += HEAD_CREDIT  # of two figures named as well, the one named by what is asked first
        # The measure named just before a figure is its measure: "alokasi ... Rp A dengan
        # realisasi Rp B" answers "realisasi" with B.
        near = {stem(w) for w in words(segment[-30:])}
        for group in VOCABULARY.measure_groups:
            if group & near:
                score += 2.0 if group & set(question.raw_stems) else -2.0 if asked_measure(question) else 0.0
        # A figure counting what the question asks about first ("412 atlet", "868.450 jiwa").
        unit_terms = index_terms(figure.unit) if figure.unit else set()
        if question.terms and question.terms[0] in unit_terms:
            score += 2.0
        elif figure.unit and question.names & _counted_thing(text, match, _following_starts(found, match)):
            score += 2.0  # "37 Surat Izin Usaha (SIU)" counts the SIU a question names, past its first word
        elif counted & unit_terms:
            score += 2.0  # "12 relawan" answers "berapa relawan", not the "3 unit" beside it
        if question.wants is FigureKind.COUNT and figure.kind is not FigureKind.COUNT:
            score -= 0.5
        if question.wants_rate and _PER_ONE.match(text, end):
            score += 3.0  # "berapa per orang": "Rp 50.000 per orang", not the total it is written with
        if several_years and asked_years:
            score -= min(abs(position - y) for y in asked_years) / 10
        if score > best_score:
            best, best_score = figure, score
    return best


def _following_starts(found: Sequence[tuple[Figure, re.Match[str]]], match: re.Match[str]) -> list[int]:
    return [m.start() for _, m in found if m.start() > match.start()]


def _counted_thing(text: str, match: re.Match[str], following: Sequence[int]) -> set[str]:
    """The terms of what a count names after its number: up to a clause mark, "dan", "serta" or
    the next figure."""
    stop = _AFTER_LABEL_END.search(text, match.end())
    return index_terms(text[match.end() : min([*following, stop.start() if stop else len(text)])])


# "... 9.240 orang, terdiri dari 4.700 orang laki-laki dan 4.540 orang perempuan": what opens the
# parts a figure is made of.
_BREAKDOWN = re.compile(r"\b(?:terdiri\s+(?:dari|atas)|meliputi|yaitu)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:]")
# Where the words after a part's figure that name it stop: a clause mark, "dan", the next figure.
_AFTER_LABEL_END = re.compile(r"[,;:]|\s(?:dan|serta)\s")


def _label(text: str, found: Sequence[tuple[Figure, re.Match[str]]], ends: Sequence[int], i: int) -> set[str]:
    """The terms naming the ``i``-th figure of ``found``: the words before it; for one opening its
    clause, the words after it. A part of a breakdown ("terdiri dari 4.700 orang laki-laki") is
    named by what its whole is named by and by the words after it (its part's own name)."""
    position, end = found[i][1].start(), ends[i]
    following = _following_starts(found, found[i][1])

    def words_after(stop_at: re.Pattern[str]) -> set[str]:
        clause_end = stop_at.search(text, end)
        return index_terms(text[end : min([*following, clause_end.start() if clause_end else len(text)])])

    # "Sebanyak 64 relawan telah dilatih ...": a figure that opens its clause is named
    # by the words after it, up to the clause's end or the next figure.
    label = index_terms(text[_label_start(text, position, ends) : position]) or words_after(_CLAUSE_MARK)
    opener = _BREAKDOWN.search(text)
    wholes = [j for j in range(len(found)) if opener and ends[j] <= opener.start()]
    if opener and wholes and position >= opener.end():
        return label | words_after(_AFTER_LABEL_END) | _label(text, found, ends, wholes[-1])
    return label


def _label_start(text: str, position: int, ends: Sequence[int]) -> int:
    """Where the words naming the figure at ``position`` begin: at most 60 characters back, or
    back to the start of its clause when that is at most 120 characters back ("realisasi keuangan
    APBD kota sampai dengan triwulan III 2031 mencapai 61%": the measure opens a long clause), and
    not before the figure ahead of it, nor its words up to a comma ("12 kegiatan lapangan, antara
    lain penyuluhan 5 kegiatan": 5 is not named by the "kegiatan lapangan" of the 12)."""
    start = max(0, position - LABEL_REACH)
    clause_marks = [m.end() for m in _LABEL_CLAUSE_MARK.finditer(text, 0, position)]
    clause_start = clause_marks[-1] if clause_marks else 0
    if position - LONG_LABEL_REACH <= clause_start < start:
        start = clause_start
    for end in sorted(ends):
        if start <= end <= position:
            clause = re.search(r"[,;:]", text[end:position])
            start = end + clause.end() if clause else end
    # Nor before a clause of its own that a conjunction opens ("..., dan 18 kader mulai ..."):
    # the words before it name the figure of the clause before.
    opened = list(_CLAUSE_OPENER.finditer(text, start, position))
    return opened[-1].end() if opened else start


# How far back the words naming a figure reach, in characters: as a rule, and within its clause.
LABEL_REACH = 60
LONG_LABEL_REACH = 120
# A clause mark ("72,4" is a number, not a clause) or a sentence's end.
_LABEL_CLAUSE_MARK = re.compile(r"[,;:.](?=\s)")
# The bonus of a figure whose words name the question's first term, the thing it asks about.
HEAD_CREDIT = 0.5

_CLAUSE_OPENER = re.compile(r"(?:[,;]\s*(?:dan|sedangkan|serta|namun|tetapi)|;)\s+", re.IGNORECASE)


def _figure_position(text: str, figure: Figure) -> int:
    match = _figure_match(text, figure)
    return match.start() if match else -1


def _figure_end(text: str, figure: Figure, match: re.Match[str]) -> int:
    """Where the figure (found at ``match``) ends in ``text``, with the unit word written after it
    ("300 kunjungan")."""
    unit = (
        re.match(rf"\s*{re.escape(figure.unit)}\b", text[match.end() :], re.IGNORECASE)
        if figure.unit
        else None
    )
    return match.end() + (unit.end() if unit else 0)


def _figure_match(text: str, figure: Figure) -> re.Match[str] | None:
    from samarinda_ask.domain.figures import values_in

    for match in re.finditer(r"\d[\d.,]*", text):
        if figure.value in values_in(match.group(0)):
            return match
    return None


def asked_measure(question: Question) -> frozenset[str] | None:
    """The one exclusive measure (realisasi, pagu, target) the question names, if it names one."""
    asked = [g for g in VOCABULARY.measure_groups if g & set(question.raw_stems)]
    return asked[0] if len(asked) == 1 else None


def _measures_agree(question: Question, unit: Unit) -> bool:
    """A question about one measure (realisasi, pagu, target) is not answered by a unit that
    states only another one."""
    asked = [g for g in VOCABULARY.measure_groups if g & set(question.raw_stems)]
    if len(asked) != 1:
        return True
    stated = {stem(w) for w in words(unit.text)}
    if asked[0] & stated:
        return True
    if asked[0] is _REALISED and unit.passage.category == RULES_CATEGORY:
        return False  # a regulation sets limits and duties: what was realised is reported elsewhere
    if not any(g & stated for g in VOCABULARY.measure_groups if g is not asked[0]):
        return True
    # A realisation report's row of a target and quarters ("Target | TW I | ... | Jumlah"): the
    # figures no measure names are what the document, as its title or kind says, reports.
    titled = {stem(w) for w in words(context_text(unit.passage))}
    return bool(asked[0] & titled) and _unmeasured_figures(unit) >= 2


def _unmeasured_figures(unit: Unit) -> int:
    """How many of the row's amounts and counts stand under a header naming no measure (the row
    number and the shares left out)."""
    measures = set().union(*VOCABULARY.measure_groups)
    return sum(
        1
        for position, cell in enumerate(unit.cells)
        if cell.figure is not None
        and cell.figure.kind is not FigureKind.PERCENT
        and not (position == 0 and _ROW_NUMBER_CELL.fullmatch(cell.value))
        and not {stem(w) for w in words(cell.header)} & measures
    )


def opd_agrees(question: Question, unit: Unit, document_terms: set[str] | None = None) -> bool:
    """A question naming an OPD ("... Dinas PUPR ...") is not answered by another OPD's document
    that never names it: the matching row of a look-alike table is that other OPD's figure.
    A document of an OPD that names the asked one (a city-wide plan listing every OPD) may answer,
    and so does one its document (``document_terms``) addresses when the question names the OPD as
    the one written to ("surat ke Dinas X"): the letter is the sender's."""
    asked = set(question.terms) & OPD_TERMS
    passage = unit.passage
    code = passage.opd or ""
    owner = index_terms(VOCABULARY.opd_names.get(code, code.replace("_", " "))) & OPD_TERMS
    if not asked or not owner or asked & owner:
        return True
    titles = " ".join(filter(None, (passage.heading, passage.document, passage.sheet)))
    named = unit.terms | index_terms(titles)
    if asked & named:
        return True
    addressed = asked & addressees(question.text)
    return bool(addressed) and addressed == asked and addressed <= (document_terms or set())


# "surat ke Dinas X", "usulan kepada Badan Y": the OPD written to, not the one writing.
_ADDRESSED = re.compile(r"\b(?:ke|kepada)\s+(?P<name>(?:[^\W\d_][\w-]*\s*){1,4})", re.IGNORECASE)


def addressees(text: str) -> set[str]:
    """The OPD terms ``text`` names as the ones written to."""
    return {t for m in _ADDRESSED.finditer(text) for t in index_terms(m["name"]) & OPD_TERMS}


def _names(term: str, terms: frozenset[str], aliases: Aliases) -> bool:
    """``terms`` name ``term``: hold it, or one of its aliases whole (:func:`_states`), or a longer
    word the stemmer left an affix on (:func:`_affixed`)."""
    return _states(term, terms, aliases) or _affixed(term, terms)


def _affixed(term: str, terms: frozenset[str]) -> bool:
    """The stemmer leaves some affixes ("penerima" -> "nerima", "menerima" -> "erima"): a term
    of four letters or more inside a longer one at its end is the same word; so is one that
    differs from it by the verb suffix "-i" alone ("dibatasi" -> "batasi" for "batas")."""
    return len(term) >= 4 and any(
        (len(t) > len(term) and t.endswith(term)) or t == f"{term}i" or f"{t}i" == term for t in terms
    )


def _assimilated(term: str, text: str) -> bool:
    """``text`` writes ``term``'s root under the meN- prefix that swallowed its first letter
    ("menampung" for "tampung"): the stemmer strips the prefix without giving the letter back,
    so the passive ("ditampung") and the active form of one verb end up as two terms."""
    nasal = swallowing_nasal(term[:1])
    return (
        nasal is not None
        and len(term) >= 5
        and re.search(rf"\bme{nasal}{re.escape(term[1:])}", text, re.IGNORECASE) is not None
    )


def _spelled_otherwise(term: str, terms: frozenset[str]) -> bool:
    """``terms`` hold ``term`` as it is spelled the everyday way (:func:`spelled_alike`)."""
    return any(spelled_alike(term, other) for other in terms)


_ORDINAL_TERM = re.compile(r"ke(?P<number>\d{1,2})")


def _numbered_otherwise(term: str, unit: Unit) -> bool:
    """An ordinal asked ("minggu ke-2", term "ke2") is the period the unit itself (a row labelled
    "Minggu II") or its passage's own sheet or heading numbers in Roman numerals; its document's
    other sheets are other periods."""
    match = _ORDINAL_TERM.fullmatch(term)
    if match is None or int(match["number"]) < 1:
        return False
    roman = roman_numeral(int(match["number"])).lower()
    own = " ".join(x for x in (unit.passage.sheet, unit.passage.heading) if x)
    return roman in unit.terms or roman in index_terms(own)


def _one_of(term: str, terms: frozenset[str]) -> bool:
    """``term`` is "se-" ("one") before a word ``terms`` hold: "sepekan" asks what a rate "per
    pekan" states. The stemmer keeps the prefix, and may cut the word's end with it."""
    return term.startswith("se") and any(len(t) >= 4 and stem(f"se{t}") == term for t in terms)


def _shortened(term: str, terms: frozenset[str]) -> bool:
    """A column header shortens its unit ("(bot)", "(emb)" for botol, ember): a term of three
    letters or more that begins a longer question term, two letters short of it at least."""
    return any(3 <= len(t) <= len(term) - 2 and term.startswith(t) and t.isalpha() for t in terms)


def _paraphrased(question: Question, term: str, unit: Unit) -> bool:
    """May ``term``, the one question term ``unit`` lacks and no candidate states, be a word the
    document puts otherwise?

    Indonesian puts the head first and what narrows it after ("angka stunting balita",
    "dana bantuan sosial", "personel Satpol PP"): a missing head word followed by covered words
    is likely a paraphrase, while a missing last word is what narrows the question to something
    the unit is not about ("pajak hiburan", "Jembatan Mahulu") unless it is a verb saying what
    happened ("diserahterimakan", "digelar"). A name is never a paraphrase, nor is a measure (a
    "target" the unit does not state is not there),
    nor is a number ("SMPN 007"), nor is a word the unit states a near variant of ("SMA" where
    the row says "SMP").
    """
    if term in question.names or term.isdigit() or term in _MEASURE_TERMS or len(question.terms) < 3:
        return False
    last = question.asked_terms[-1:] == (term,)
    if last and term not in question.verbs and not closes_with_adjunct(question):
        return False
    return not any(_near_variant(term, other) for other in unit.terms | unit.context_terms)


def _asker_wording(question: Question, missing: Sequence[str], unseen: set[str], unit: Unit) -> bool:
    """Two or three words the unit lacks that no candidate states at all, in a question that names
    more than twice as many others: the asker's own wording ("sempat diantar pakai ..." for
    "telah diserahkan dengan ..."), each a word that may be a paraphrase."""
    return (
        question.asks_figure  # and the unit holds a figure of the kind asked (the guards before)
        and 2 <= len(missing) <= 3
        and 2 * len(missing) < len(question.terms)
        and all(m in unseen and _paraphrased(question, m, unit) for m in missing)
    )


def _states_own_unit(unit: Unit, figure: Figure | None) -> bool:
    """The figure comes with a unit word of its own ("18 menit", a column "Sabun (bot)"): one not
    the unit asked is another measure, not a unit left unwritten."""
    if figure is None:
        return False
    if figure.unit:
        return True
    return any(
        c.figure == figure and any(_UNIT_IN_BRACKETS.fullmatch(b) for b in _BRACKETED.findall(c.header))
        for c in unit.cells
    )


# The units that count whatever the question names ("orang", "buah", "unit"): the words that
# both ask for a count and are a count's unit.
_CLASSIFIERS = tuple(w for w in VOCABULARY.count_words if w in VOCABULARY.count_units)


def _counts_named_thing(question: Question, term: str, figure: Figure | None) -> bool:
    """``term``, a generic unit the question asks its count in ("berapa orang"), is said by the
    figure's own unit when that unit is the thing the question counts: "jumlah relawan ... berapa
    orang" is answered by "240 relawan", not by a figure of another thing."""
    if figure is None or not figure.unit:
        return False
    counted = stem(figure.unit.lower())
    return (
        counted in question.terms
        and counted not in question.answer_units
        and any(term == stem(c) or shortens(term, c) for c in _CLASSIFIERS)
    )


# A unit in a column's brackets ("(bot)", "(ton)", "(m2)", "(Rp)", "(%)"), not a code ("(KB/II)").
_UNIT_IN_BRACKETS = re.compile(r"\(\s*(?:[^\W\d_]{1,8}\d?|%)\s*\)")


def _near_variant(a: str, b: str) -> bool:
    """One letter apart at the same length ("sma"/"smp", "utara"/"utama")."""
    return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _names_another_document(missing: Sequence[str], unit: Unit, titles: dict[str, set[str]]) -> bool:
    """Words the unit lacks name another candidate document ("survei harga" where this unit is a
    budget line): the question asks that document, and this unit's figure is a look-alike's. One
    lacking word alone may be the asker's own (a file name shares many words); with more lacking,
    one that names another document points there."""
    other_titles = set().union(*(t for d, t in titles.items() if d != unit.passage.document_id))
    return len(missing) >= 2 and any(term in other_titles for term in missing)


def _narrowing_term_missing(question: Question, missing: Sequence[str], unseen: set[str]) -> bool:
    """The unit lacks the question's last term, the word that narrows its head to one thing
    ("jumlah peserta lokakarya" of a "lokakarya", not of every event with "peserta"), and other
    candidates state that word: it is not the asker's own wording of something the unit says
    otherwise, and the unit is about another thing (see :func:`_paraphrased`). An OPD named last
    is left to the OPD guard (its units may not write their owner's name)."""
    last = question.asked_terms[-1] if question.asked_terms else ""
    return (
        last in missing
        and last not in unseen
        and last not in OPD_TERMS
        and last not in question.verbs
        and last not in question.answer_units
        and not closes_with_adjunct(question)
    )


def _says_more_than_names(question: Question, unit: Unit, aliases: Aliases) -> bool:
    """The unit's own words cover a question term that is not a name: a row that only names the
    place asked ("Kelurahan X") says nothing of the thing asked, and the several words it lacks
    are that thing, not the asker's wording of it."""
    return any(t not in question.names and _names(t, unit.terms, aliases) for t in question.terms)


def score_units(question: Question, units: Sequence[Unit], *, refused: bool = False) -> list[Scored]:
    """Units that may answer, best first; with ``refused`` also those a guard keeps out (each
    naming its guard), so that an abstention can say which guard made it."""
    # Short forms and the names they shorten, as the candidates write them: "AHH" is stated by
    # a unit that writes "Angka Harapan Hidup", "Disbudpar" by its owner's full name.
    aliases = learned_aliases(question, (t for u in units for t in (u.text, context_text(u.passage))))
    # Each unit's terms with its context's, built once for the question (not once per term).
    stated = [u.terms | u.context_terms for u in units]
    df = _stating(question, stated, aliases)
    weights = _weights(question, df, len(units))
    total = sum(weights.values()) or 1.0
    # Question terms no candidate states: the asker's own wording, if anything may be paraphrased.
    unseen = {t for t in question.terms if not df[t]}
    # A verb ("disalurkan", "diserahterimakan") the unit's own document states elsewhere is about it.
    by_document: dict[str, set[str]] = {}
    # What each document says about itself anywhere among the candidates (its title, its date).
    about_document: dict[str, set[str]] = {}
    # The months each document names among the candidates, or covers by the very period asked.
    document_months: dict[str, set[str]] = {}
    period_of: dict[str, set[str]] = {}
    # The months each unit states itself, read once for both the month guard and coverage.
    months_of = [_months_stated(u, question) if question.months else frozenset() for u in units]
    for u, terms, unit_months in zip(units, stated, months_of, strict=True):
        by_document.setdefault(u.passage.document_id, set()).update(u.terms)
        about_document.setdefault(u.passage.document_id, set()).update(terms)
        if question.months:
            context_period = _period_asked(question, context_text(u.passage))
            document_months.setdefault(u.passage.document_id, set()).update(
                unit_months | months_named(terms) | context_period
            )
            if labelled := _period_labelled(u):
                period_of.setdefault(u.passage.document_id, set()).update(labelled)
    # A document that labels its period ("Bulan: Maret") is about those months only: the date it
    # was signed on ("Samarinda, 17 Maret") is no month of its figures.
    document_months.update(period_of)
    # A question adding up several items lacks, in each one's unit, the others' words.
    several_items = question.wants_sum or question.asks_total
    titles = {u.passage.document_id: index_terms(u.passage.document) for u in units}
    monthly = _monthly_documents(question, units)
    scored: list[Scored] = []
    for unit, unit_months in zip(units, months_of, strict=True):
        figure = _pick_figure(question, unit, aliases)
        guard = (
            "year"
            if not _years_agree(question, unit, figure)
            else "month"
            if not _months_agree(
                question,
                unit,
                unit_months,
                document_months.get(unit.passage.document_id, set()),
                unit.passage.document_id in monthly,
            )
            else "measure"
            if not _measures_agree(question, unit)
            else "opd"
            if not opd_agrees(question, unit, about_document[unit.passage.document_id])
            else f"no {question.wants.value} figure"
            if question.wants is not None and figure is None
            else _other_item_or_amount(question, unit, figure)
        )
        if guard and not refused:
            continue
        covered = 0.0
        # The weight of the asked unit's words the unit does not write (they lack nothing).
        unstated_unit = 0.0
        missing: list[str] = []
        # A name stated half in the unit, half in its context ("Kepala" in the sentence,
        # "Dinas" in its owner's name) is stated by the context.
        with_context = unit.terms | unit.context_terms
        caption = _total_row_caption(unit)
        for term, weight in weights.items():
            if (
                _names(term, unit.terms, aliases)
                or _shortened(term, unit.terms)
                or _assimilated(term, unit.text)
                or _spelled_otherwise(term, unit.terms)
                or (term in question.months and term in unit_months)
                or _numbered_otherwise(term, unit)
                or _one_of(term, unit.terms)
            ):
                covered += weight
            elif _names(term, caption, aliases):
                covered += weight * CAPTION_CREDIT
            elif (
                _names(term, with_context, aliases)
                or _spelled_otherwise(term, unit.context_terms)
                or (term in question.months and term in document_months[unit.passage.document_id])
            ):
                covered += weight * CONTEXT_CREDIT
            elif term in question.aside or (
                term in question.answer_units
                and (not _states_own_unit(unit, figure) or _counts_named_thing(question, term, figure))
            ):
                unstated_unit += weight
            else:
                missing.append(term)
        coverage = covered / max(total - unstated_unit, 1e-9)
        if not guard and not several_items and _names_another_document(missing, unit, titles):
            if not refused:
                continue
            guard = "another document"
        if not guard and not several_items and _narrowing_term_missing(question, missing, unseen):
            if not refused:
                continue
            guard = "another thing"
        if (
            not guard
            and not several_items
            # A row's heading names its kind ("Produksi Ternak Kambing" over its rows).
            and narrowed_otherwise(question, frozenset(missing), f"{unit.text}\n{unit.passage.heading or ''}")
        ):
            if not refused:
                continue
            guard = "another kind"
        paraphrased = (
            len(missing) == 1
            and (
                missing[0] in unseen
                or (missing[0] in question.verbs and missing[0] in by_document[unit.passage.document_id])
            )
            and _paraphrased(question, missing[0], unit)
        ) or (
            _asker_wording(question, missing, unseen, unit) and _says_more_than_names(question, unit, aliases)
        )
        if paraphrased:
            # The words the unit lacks are ones the document says otherwise ("nakes", "dana",
            # "personel"): the rest must be covered as well as a whole question would be.
            coverage = (
                PARAPHRASE_CREDIT
                * covered
                / max(total - unstated_unit - sum(weights[m] for m in missing), 1e-9)
            )
        states_year = bool(years_stated(unit) & set(question.years))
        scored.append(Scored(unit, coverage, figure, tuple(missing), states_year, guard, paraphrased))
    # Of equal coverage, a unit of the whole year asked wins over one of a semester or quarter
    # the question does not name; then a unit that names the year itself, then a table's total
    # row (when the question names no row, the table's figure is its total); then the fused
    # retrieval rank.
    whole_year = bool(question.years) and not question.months and not _PART_OF_YEAR.search(question.text)
    scored.sort(
        key=lambda s: (
            -round(s.coverage, 9),  # equal coverages summed in another order are equal
            whole_year and _PART_OF_YEAR.search(_named_with(s.unit)) is not None,
            not s.states_year,
            not _is_total_row(s.unit),
            -s.unit.passage.score,
        )
    )
    return scored


# -- answers ---------------------------------------------------------------------------------


def _total_row_caption(unit: Unit) -> frozenset[str]:
    """The terms of the caption of a table by month whose total row ("JUMLAH") ``unit`` is: such
    a row names no thing of its own but totals the year of what the caption names. (In a table
    of items the total is of items a question may narrow to, which the caption names too.)"""
    caption = unit.passage.heading if unit.passage.kind is ChunkKind.TABLE_ROWS else None
    if not (caption and unit.is_row and _is_total_row(unit)):
        return frozenset()
    # "Bulan: JUMLAH": the total of a column that labels rows by their period.
    by_period = any(c.figure is None and _PERIOD_LABEL.match(f"{c.header}:") for c in unit.cells)
    return frozenset(index_terms(caption)) if by_period else frozenset()


def _is_total_row(unit: Unit) -> bool:
    """A row labelled "Jumlah" or "Total" (its only words are sum words, a remark in brackets
    aside: "TOTAL (belum termasuk biaya pasang)")."""
    labels = [
        _BRACKETED.sub(" ", c.value)
        for c in unit.cells
        if c.figure is None and re.search(r"[^\W\d_]", _BRACKETED.sub(" ", c.value))
    ]
    return bool(labels) and all({stem(w) for w in words(v)} <= VOCABULARY.sum_stems for v in labels)


_BRACKETED = re.compile(r"\([^)]*\)")


def citation_of(unit: Unit) -> Citation:
    passage = unit.passage
    return Citation(passage.document_id, passage.document, passage.page, passage.sheet, unit.text)


def render_row(unit: Unit, question: Question | None = None, answering: Figure | None = None) -> str:
    """The row's cells, less those of a measure the question excludes: asked for "realisasi",
    the row's "Rencana" or "Target" figure beside it is not part of the answer (the citation
    still quotes the whole row). With the ``answering`` figure, the row's other amounts or
    percentages (another year's, the pagu beside the realisasi) are left out too: the answer
    states the row's labels, its figure, the figures of other kinds (a volume beside an amount)
    and a unit price beside a total."""
    parts = []
    for cell in unit.cells:
        if question is not None and _other_measure(question, cell):
            continue
        if answering is not None and _neighbouring_figure(cell, answering):
            continue
        # A lone "Jumlah" adding up the row's plain numbers (tonnes, visits) is no rupiah.
        value = (
            cell.figure.render()
            if cell.figure is not None
            and cell.figure.kind is not FigureKind.NUMBER
            and not _sums_its_row(cell, unit.cells)
            else cell.value
        )
        parts.append(f"{cell.header}: {value}" if cell.header else value)
    return "; ".join(parts)


def _neighbouring_figure(cell: Cell, answering: Figure) -> bool:
    """Another rupiah amount or percentage in the answer's row, not a price per one thing.

    Bare numbers stay: which of a row's counts answers is read less surely than a rupiah column,
    and the row shows them all."""
    return (
        answering.kind in (FigureKind.MONEY, FigureKind.PERCENT)
        and cell.figure is not None
        and cell.figure.kind is answering.kind
        and cell.figure != answering
        and not {stem(w) for w in words(cell.header)} & _PER_ONE_HEADER_STEMS
    )


# A "Harga Satuan" or "Nilai per Penerima" column prices one of the row's things: it explains
# the row's total.
_PER_ONE_HEADER_STEMS = frozenset({stem("satuan"), "per"})


def _other_measure(question: Question, cell: Cell) -> bool:
    """A cell with a figure under a header naming only an exclusive measure the question does not ask."""
    asked = asked_measure(question)
    if asked is None or cell.figure is None:
        return False
    named = {stem(w) for w in words(cell.header)}
    return not asked & named and any(g & named for g in VOCABULARY.measure_groups if g is not asked)


def _statement(unit: Unit, figure: Figure | None, question: Question | None = None) -> str:
    if figure is None:
        return render_row(unit, question, figure) if unit.is_row else unit.text
    body = render_row(unit, question, figure) if unit.is_row else clause_stating(unit.text, figure.value)
    rendered = figure.render()
    extra = f" ({rendered.replace(' persen', '%')})" if figure.kind is FigureKind.PERCENT else ""
    return f"{rendered}{extra}. {body}"


def extractive_answer(
    question: Question,
    passages: Sequence[Passage],
    part_passages: Sequence[Sequence[Passage]] | None = None,
) -> Answer:
    """The best unit of ``passages``, or "not found" when none covers the question well enough.

    A question about two years, two measures or two things compared ("selisih biaya A dan
    biaya B", "mana yang lebih besar, A atau B") is answered part by part (``split_parts``), each
    part from its own retrieved passages when ``part_passages`` gives them, each with its own
    citation; it is answered only when every part is. A difference or a comparison is computed
    from the two stated figures and shown with them.
    """
    parts = split_parts(question)
    if len(parts) > 1 and question.wants_sum and not (question.wants_difference or question.wants_comparison):
        # A total of two named things is first summed within one table (its rows); the parts,
        # each retrieved on its own, add up what two documents state.
        whole = _single_answer(question, passages)
        if whole.found and len(whole.citations) > 1:
            return whole  # rows of one table summed; one sentence naming one side is not a total
    if len(parts) > 1:
        pools = (
            part_passages if part_passages and len(part_passages) == len(parts) else [passages] * len(parts)
        )
        answers = [_single_answer(part, pool) for part, pool in zip(parts, pools, strict=True)]
        answers = _distinct_figures(answers, parts, pools)
        combined = _combined(answers, question, parts)
        relative = _RELATIVE_CHANGE.search(question.text) is not None
        if (
            (relative or not combined.found)
            and question.wants is FigureKind.PERCENT
            and question.wants_difference
        ):
            # "Berapa persen kenaikan realisasi ... 2024 ke 2025" asks for the change relative to
            # the first amount (not the difference of a "Capaian (%)" column); where the parts
            # state no percentage either, the change is computed from their amounts and shown.
            bases = [parse_question(_PERCENT_WORD.sub("", p.text)) for p in parts]
            if all(b.wants is not FigureKind.PERCENT for b in bases):
                answers = [_single_answer(b, pool) for b, pool in zip(bases, pools, strict=True)]
                return _relative_change(answers, bases) or combined
        if not combined.found and question.wants is FigureKind.PERCENT and _SHARE.search(question.text):
            # "Berapa persen realisasi ... terhadap targetnya?": the share of one stated figure
            # in the other, computed and shown with both, when no part states a percentage.
            bases = [parse_question(_PERCENT_WORD.sub("", p.text)) for p in parts]
            answers = [_single_answer(b, pool) for b, pool in zip(bases, pools, strict=True)]
            return _share(answers, bases, question) or combined
        return combined
    return _single_answer(question, passages)


_PERCENT_WORD = re.compile(r"\bpersen(?:tase)?\b|%", re.IGNORECASE)
_RELATIVE_CHANGE = re.compile(
    r"\b(?:persen(?:tase)?|%)\s+(?:kenaikan|penurunan|pertambahan|pertumbuhan|perubahan|pengurangan)\b",
    re.IGNORECASE,
)


def _relative_change(answers: Sequence[Answer], parts: Sequence[Question]) -> Answer | None:
    """The change from the first part's figure to the second's in percent, with both figures."""
    combined = _combined(answers, parts[0], parts)
    figures = [a.figure for a in answers]
    if not combined.found or len(figures) != 2 or not all(figures):
        return None
    first, second = figures
    assert first is not None and second is not None
    if first.kind is not second.kind or first.unit != second.unit or first.value == 0:
        return None
    change = ((second.value - first.value) / first.value * 100).quantize(Decimal("0.01"))
    word = "Kenaikan" if change >= 0 else "Penurunan"
    shown = Figure(FigureKind.PERCENT, abs(change))
    head = f"{word} {shown.render()} = ({second.render()} - {first.render()}) / {first.render()} x 100. "
    return replace(combined, text=head + combined.text)


_SHARE = re.compile(r"\bterhadap\b", re.IGNORECASE)


def _share(answers: Sequence[Answer], parts: Sequence[Question], question: Question) -> Answer | None:
    """The figure named before "terhadap" as a percentage of the one named after it."""
    combined = _combined(answers, parts[0], parts)
    figures = [a.figure for a in answers]
    if not combined.found or len(figures) != 2 or not all(figures):
        return None
    first, second = figures
    assert first is not None and second is not None
    if {first.kind, second.kind} - {FigureKind.COUNT, FigureKind.NUMBER} and first.kind is not second.kind:
        return None
    pivot = _SHARE.search(question.text)
    assert pivot is not None
    before = question.text[: pivot.start()].lower()
    own = [_side_label(parts[i], parts[1 - i]).lower().split() for i in (0, 1)]
    if any(w in before for w in own[1]) and not any(w in before for w in own[0]):
        first, second = second, first
    if second.value == 0:
        return None
    shown = Figure(FigureKind.PERCENT, (first.value / second.value * 100).quantize(Decimal("0.01")))
    head = f"{shown.render()} = {first.render()} / {second.render()} x 100. "
    return replace(combined, text=head + combined.text)


# "lebih besar berapa": a comparison asking by how much.
_HOW_MUCH = re.compile(r"\b(?:berapa|brp)\b", re.IGNORECASE)
# A comparison of prices is answered in the asker's words: the cheaper, not the smaller.
_PRICED = re.compile(r"\b(?:lebih\s+(?:murah|mahal)|termurah|termahal)\b", re.IGNORECASE)
_SMALLER = re.compile(
    r"\b(?:lebih\s+(?:kecil|rendah|sedikit|murah)|terkecil|terendah|termurah)\b", re.IGNORECASE
)


def _combined(answers: Sequence[Answer], question: Question, parts: Sequence[Question]) -> Answer:
    if not all(a.found for a in answers):
        missing = next(p for p, a in zip(parts, answers, strict=True) if not a.found)
        reason = next(a.reason for a in answers if not a.found)
        return not_found(min(a.confidence for a in answers), f"part {missing.text!r}: {reason}")
    statements = " ".join(f"({n}) {a.text}" for n, a in enumerate(answers, start=1))
    figures = [a.figure for a in answers]
    head = ""
    if len(figures) == 2 and all(figures):
        first, second = figures
        assert first is not None and second is not None
        comparable = first.kind is second.kind and (
            first.unit == second.unit
            or _glossed_unit(first, second.unit, answers[0].text)
            or _glossed_unit(second, first.unit, answers[1].text)
        )
        counted = {first.kind, second.kind} == {FigureKind.COUNT, FigureKind.NUMBER}
        if counted:
            # "1.800 KPM" in a plan and a bare 1.660 under a "Jumlah KPM" column: both counts.
            unit = first.unit or second.unit
            first, second = (
                replace(first, kind=FigureKind.COUNT, unit=unit),
                replace(second, kind=FigureKind.COUNT, unit=unit),
            )
            comparable = True
        if comparable and question.wants_comparison:
            # Which side is larger (or smaller, as asked), named by what tells the sides apart.
            pick = min if _SMALLER.search(question.text) else max
            chosen = pick((0, 1), key=lambda i: (first, second)[i].value)
            labels = [_side_label(parts[i], parts[1 - i]) for i in (0, 1)]
            winner, other = (first, second) if chosen == 0 else (second, first)
            word = (
                ("lebih murah" if pick is min else "lebih mahal")
                if _PRICED.search(question.text)
                else ("lebih kecil" if pick is min else "lebih besar")
            )
            head = (
                f"{labels[chosen]} {word}: {winner.render()} dibanding {other.render()} "
                f"({labels[1 - chosen]}). "
            )
            if _HOW_MUCH.search(question.text):
                # "lebih besar berapa": by how much, the difference of the two figures.
                difference = Figure(first.kind, abs(first.value - second.value), first.unit)
                head += f"Selisih {difference.render()} = {_larger(first, second)}. "
        elif comparable and question.wants_sum and not question.wants_difference:
            total = Figure(first.kind, first.value + second.value, first.unit)
            head = f"Jumlah {total.render()} = {first.render()} + {second.render()}. "
        elif comparable and question.wants_difference:
            difference = Figure(first.kind, abs(first.value - second.value), first.unit)
            head = f"Selisih {difference.render()} = {_larger(first, second)}. "
    only_total = question.wants_sum and not (question.wants_difference or question.wants_comparison)
    if only_total and len(figures) > 2:
        head = _total_of(figures)
    if only_total and not head:
        # A total asked of two figures that do not add up (other kinds or units) is no answer.
        return not_found(min(a.confidence for a in answers), "parts state figures that do not add up")
    if question.wants_difference and len(figures) == 2 and not head:
        # "naik berapa" of a sum of rupiah and a bare number (a date's day): no difference to state.
        return not_found(min(a.confidence for a in answers), "parts state figures that do not subtract")
    return Answer(
        found=True,
        text=head + statements,
        citations=tuple(c for a in answers for c in a.citations),
        confidence=min(a.confidence for a in answers),
        figure=None,
        evidence=tuple(u for a in answers for u in a.evidence),
    )


def _glossed_unit(figure: Figure, short: str | None, text: str) -> bool:
    """``text`` writes the thing ``figure`` counts with ``short`` in brackets after it ("120
    kepala sekolah (KS)"): one document counts in the words, the other in their short form."""
    if not (figure.unit and short):
        return False
    pattern = rf"\b{re.escape(figure.unit)}\b[^()\d]{{0,60}}\(\s*{re.escape(short)}\s*\)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def remainder(whole: Answer, part: Answer, label: str) -> Answer | None:
    """What the rest of a whole comes to (a year less its first half): the part's figure taken
    from the whole's, shown with both and citing both. None unless both state figures of one
    kind and unit from different quotes, the whole's the larger."""
    if not (whole.found and part.found) or whole.figure is None or part.figure is None:
        return None
    total, some = whole.figure, part.figure
    if {total.kind, some.kind} == {FigureKind.COUNT, FigureKind.NUMBER}:
        unit = total.unit or some.unit
        total, some = (
            replace(total, kind=FigureKind.COUNT, unit=unit),
            replace(some, kind=FigureKind.COUNT, unit=unit),
        )
    same_quote = {c.quote for c in whole.citations} & {c.quote for c in part.citations}
    if total.kind is not some.kind or total.unit != some.unit or total.value <= some.value or same_quote:
        return None
    rest = replace(total, value=total.value - some.value)
    return Answer(
        found=True,
        text=f"{label}: {rest.render()} = {total.render()} - {some.render()}. "
        f"(1) {whole.text} (2) {part.text}",
        citations=(*whole.citations, *part.citations),
        confidence=min(whole.confidence, part.confidence),
        figure=rest,
        evidence=(*whole.evidence, *part.evidence),
        summed=True,
    )


def _total_of(figures: Sequence[Figure | None]) -> str:
    """The sum of several parts' figures, shown with each; "" when they do not add up."""
    stated = [f for f in figures if f is not None]
    if len(stated) < len(figures) or len({(f.kind, f.unit) for f in stated}) != 1:
        return ""
    total = replace(stated[0], value=sum((f.value for f in stated), Decimal(0)))
    return f"Jumlah {total.render()} = {' + '.join(f.render() for f in stated)}. "


def _larger(first: Figure, second: Figure) -> str:
    """The subtraction shown with both stated figures, the larger first."""
    high, low = (first, second) if first.value >= second.value else (second, first)
    return f"{high.render()} - {low.render()}"


def _side_label(part: Question, other: Question) -> str:
    """The words of ``part`` that the other side lacks ("Diskominfo", "Dinas Sosial")."""
    own = [w for w in part.text.rstrip("?").split() if w.lower() not in other.text.lower().split()]
    return " ".join(own) or part.text


def with_document_headings(units: Sequence[Unit]) -> list[Unit]:
    """Each unit with the headings (and a letter's subject) of its document's candidate chunks
    as context: a table row read from a scan carries no heading, while the page's title
    ("STOK LOGISTIK GUDANG BPBD") sits on the text chunk beside it."""
    headings: dict[str, set[str]] = {}
    for unit in units:
        if titles := title_lines(unit.passage.text):
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
            if _bare_figure(u.text) and not u.is_row
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
        if _headerless(unit) and len(unit.cells) >= 2 and not unit.figures() and not _is_total_row(unit):
            key = (unit.passage.document_id, unit.passage.table)
            header_rows[key] = header_rows.get(key, frozenset()) | unit.terms
    return [
        replace(u, context_terms=u.context_terms | header_rows[key])
        if _headerless(u) and (key := (u.passage.document_id, u.passage.table)) in header_rows
        else u
        for u in units
    ]


def _headerless(unit: Unit) -> bool:
    """A row of a table read without column names: no cell says what it holds."""
    return unit.is_row and all(not c.header for c in unit.cells)


def _distinct_figures(
    answers: list[Answer], parts: Sequence[Question], pools: Sequence[Sequence[Passage]]
) -> list[Answer]:
    """Two parts answered by one figure of one unit are one answer, not two: the part that has
    another unit answering it takes that one (the better covered if both have), and when neither
    has, the second part is not found (a figure added to or compared with itself is no answer)."""
    if len(answers) != 2 or not all(a.found and a.evidence for a in answers):
        return answers
    first, second = answers
    if (first.evidence[0].text, first.figure) != (second.evidence[0].text, second.figure):
        return answers
    shared = frozenset(u.text for a in answers for u in a.evidence)
    others = [_single_answer(part, pool, excluded=shared) for part, pool in zip(parts, pools, strict=True)]
    found = [i for i in (0, 1) if others[i].found]
    if not found:
        return [first, not_found(reason="both parts point to the same figure")]
    chosen = max(found, key=lambda i: others[i].confidence)
    return [others[i] if i == chosen else answers[i] for i in (0, 1)]


def title_lines(text: str) -> str:
    """The title lines a passage of running text opens with (none for a table's rows)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    leading = itertools.takewhile(is_title_line, lines)
    return " ".join(leading)


def is_title_line(text: str) -> bool:
    """A passage of one line in capitals, of words and no figure but a year or a day, and no
    sentence ending: a document's title or letterhead ("REKAP ... KEADAAN 31 DESEMBER 2031"),
    which the chunker keeps apart when nothing stands under it."""
    line = text.strip()
    return (
        "\n" not in line
        and line.isupper()
        and all(_YEAR.fullmatch(n) or len(n) <= 2 for n in re.findall(r"\d+", line))
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
    blocks = [*_blocks(text), ""]
    return " ".join(
        block
        for block, following, after in zip(blocks, blocks[1:], blocks[2:], strict=False)
        if _INTRODUCES.search(block)
        and not is_directive(block)
        and (_is_label(following) or (_is_label_line(following) and _reads_as_row(after)))
    )


def _is_label_line(line: str) -> bool:
    """A line that ends no sentence and holds no figure: a column header, however many words."""
    return not line.endswith((".", "!", "?", ":", ";", ",")) and not _NUMERIC_TOKEN.search(line)


_INTRODUCES = re.compile(r"(?::|\bberikut\.?)\s*$", re.IGNORECASE)


_SUBJECT_FIELD = re.compile(
    r"^\s*(?:" + "|".join(re.escape(f) for f in VOCABULARY.subject_fields) + r")\s*:\s*(?P<value>.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def _single_answer(
    question: Question, passages: Sequence[Passage], excluded: frozenset[str] = frozenset()
) -> Answer:
    """The best unit of ``passages`` for ``question`` (never one whose text is ``excluded``)."""
    units = with_document_headings(
        deduplicate([u for p in passages for u in units_of(p) if u.text not in excluded])
    )
    if not units or not question.terms:
        return not_found()
    everything = score_units(question, units, refused=True)
    scored = [s for s in everything if not s.refused_by]
    if question.excluded:
        # A total that leaves things out: their rows are not added, and a printed total row
        # (which holds them) does not answer.
        scored = [
            s
            for s in scored
            if not (s.unit.is_row and (_is_total_row(s.unit) or _excluded(question, s.unit)))
        ]
    if question.wants_sum or _asks_total(question):
        summed = _month_columns_sum(question, scored) or _sum_answer(question, scored)
        if summed is not None:
            return summed
    if not scored or scored[0].coverage < MIN_COVERAGE:
        return not_found(round(scored[0].coverage, 3) if scored else 0.0, _abstention_reason(everything))
    # A unit that covers every word beats one that covers all but a paraphrased one.
    best = next((x for x in scored if not x.paraphrased and x.coverage >= MIN_COVERAGE), scored[0])
    if question.wants_date:
        # "Kapan ...?" is answered by the sentence that states a date, of those that cover it.
        best = next((x for x in scored if x.coverage >= MIN_COVERAGE and DATE.search(x.unit.text)), best)
    return Answer(
        found=True,
        # "Kapan" and "siapa" are answered by the sentence, not by a figure picked from it.
        text=_statement(best.unit, best.figure if question.asks_figure else None, question),
        citations=(citation_of(best.unit),),
        confidence=round(best.coverage, 3),
        figure=best.figure,
        evidence=(best.unit,),
    )


def _excluded(question: Question, unit: Unit) -> bool:
    """The row is one of the things the question leaves out (it holds all of one's terms)."""
    return any(set(item) <= unit.terms for item in question.excluded)


def _abstention_reason(everything: Sequence[Scored]) -> str:
    """Which guard refused the unit that covers the question best, or how little the best covers."""
    if not everything:
        return "no candidate unit"
    best = everything[0]
    where = f"{best.unit.passage.document}: {best.unit.text[:80]!r}"
    if best.refused_by and best.coverage >= MIN_COVERAGE:
        return f"guard {best.refused_by} refused {where} (coverage {best.coverage:.2f})"
    return f"coverage {best.coverage:.2f} < {MIN_COVERAGE}, best {where}, missing {list(best.missing)}"


def _sum_answer(question: Question, scored: Sequence[Scored]) -> Answer | None:
    """Rows of one table that together cover the question's items, summed, each row stated.

    Used when the question asks for a total over several named things and no single unit
    (such as a printed "Jumlah" row) covers them all.
    """
    by_table: dict[tuple[str, int | None, str | None], list[Scored]] = {}
    # Rupiah, or counts when the question counts (its figures then come from a count column).
    summable = {FigureKind.MONEY}
    if question.wants in (FigureKind.COUNT, None) or question.weak_kind:
        # "Jumlah seluruh perahu ...?" asks no kind, but a total is a count; a word that only
        # leans to rupiah (a weak money word) sums the counts of rows that state no rupiah.
        summable |= {FigureKind.COUNT, FigureKind.NUMBER}
    for s in scored:
        # A table row, or a row of a table printed as text (keyed by its chunk).
        printed = not s.unit.is_row and _reads_as_row(s.unit.text)
        # Counts only from a real table's count column: a row printed as text has no headers, and
        # its leading row number reads as a count ("1 Samarinda Utara").
        kinds = summable if s.unit.is_row else {FigureKind.MONEY}
        if (s.unit.is_row or printed) and s.figure is not None and s.figure.kind in kinds:
            passage = s.unit.passage
            key = (passage.document_id, passage.table, passage.id if printed else passage.sheet)
            if not any(s.unit.text == other.unit.text for other in by_table.get(key, [])):
                by_table.setdefault(key, []).append(s)
    written = _rows_written_whole(question, by_table) if question.wants_sum else None
    if written is not None:
        return _sum_of(written)
    listed = _listed_rows(question, by_table) if question.wants_sum else None
    if listed is not None:
        return _sum_of(listed)
    # "total ... setahun 2024" over a table of months: every row of the year.
    every = question.wants_sum or (_asks_total(question) and _asks_whole_year(question))
    matching = _rows_matching_all(scored, by_table) if every else None
    if matching is not None:
        return _sum_of(matching)
    named = _rows_naming(question, scored, by_table)
    if named is not None:
        return _sum_of(named)
    if not question.wants_sum:
        return None  # one thing named, its rows not told apart: the single answer, or none
    if scored and scored[0].coverage >= 0.95:
        return None  # one unit (a printed "Jumlah" row) states the total
    wanted = set(question.terms)
    items = named_items(question)
    best: tuple[float, list[Scored]] | None = None
    for rows in by_table.values():
        # Terms every row of the table shares ("belanja") say nothing about which rows are meant.
        shared = set.intersection(*(wanted - set(r.missing) for r in rows))
        telling = wanted - shared
        chosen = [r for r in rows if telling - set(r.missing)]
        covered = shared | set().union(*(telling - set(r.missing) for r in chosen)) if chosen else shared
        share = len(covered) / max(1, len(wanted))
        if (
            len(chosen) >= 2
            and _frame_held_alike(question, items, chosen)
            and (best is None or share > best[0])
        ):
            best = (share, chosen)
    if best is None or best[0] < 0.99:
        return None
    return _sum_of(sorted(best[1], key=lambda r: r.unit.passage.first_row or 0))


def _rows_matching_all(
    scored: Sequence[Scored], by_table: dict[tuple[str, int | None, str | None], list[Scored]]
) -> list[Scored] | None:
    """Every row of one table that covers the whole question, when a total is asked and no
    total row does: "total bibit yang disalurkan ke kelompok tani di Kecamatan X" adds the
    rows of Kecamatan X; "jumlah perahu di semua dermaga" adds every row."""
    full = [s for s in scored if _covers_all(s)]
    if not full or any(_is_total_row(s.unit) or not s.unit.is_row for s in full):
        return None
    for rows in by_table.values():
        chosen = [r for r in rows if _covers_all(r)]
        if len(chosen) >= 2 and len(chosen) == len(full):
            return sorted(chosen, key=lambda r: r.unit.passage.first_row or 0)
    return None


def _rows_naming(
    question: Question,
    scored: Sequence[Scored],
    by_table: dict[tuple[str, int | None, str | None], list[Scored]],
) -> list[Scored] | None:
    """The rows of one table whose cells hold the values the question names, when it asks a total.

    "Total nilai kontrak CV X" adds the rows whose "Penyedia" is "CV X"; "paket tersalur di
    seluruh kelurahan Kecamatan Y" the rows whose "Kecamatan" is "Y" (not a row of another
    kecamatan whose kelurahan only shares a word with "Y"); "semua zona" every row. A value is
    named when the question writes the whole cell; a remark is never what selects a row. The
    rows must cover the question as a single answer would; no total row or sentence may state it
    as well as they do; and only one table may qualify (two are ambiguous: no sum)."""
    lowered = " ".join(words(question.text.lower()))
    found: list[list[Scored]] = []
    for rows in by_table.values():
        rows = [r for r in rows if r.unit.is_row and not _is_total_row(r.unit)]
        if len(rows) < 2:
            continue
        named: dict[str, set[str]] = {}
        for row in rows:
            for cell in row.unit.cells:
                if _is_named(cell, lowered):
                    named.setdefault(cell.header, set()).add(cell.value.lower())
        if not named and not _asks_every_row(question):
            continue
        chosen = _holding_every_telling_term(
            question,
            [
                r
                for r in rows
                if all(
                    any(c.header == header and c.value.lower() in values for c in r.unit.cells)
                    for header, values in named.items()
                )
            ],
        )
        top = max((r.coverage for r in chosen), default=0.0)
        if len(chosen) >= 2 and top >= MIN_COVERAGE:
            if any(s.coverage >= top and s not in rows for s in scored):
                return None  # a total row or a sentence states it as well as the rows do
            found.append(sorted(chosen, key=lambda r: r.unit.passage.first_row or 0))
    return found[0] if len(found) == 1 else None


def _rows_written_whole(
    question: Question, by_table: dict[tuple[str, int | None, str | None], list[Scored]]
) -> list[Scored] | None:
    """One row per thing the question lists, each found by its name written whole in the question
    ("Samarinda Kota": words too common to be terms, so no item of ``named_items``). The rows
    named in one column must be as many as the things listed, in one table only (a name that
    also reads as part of another would add a row too many, and then the count fails)."""
    lowered = " ".join(words(question.text.lower()))
    listed = items_listed(question)
    found: list[list[Scored]] = []
    for rows in by_table.values():
        rows = [r for r in rows if r.unit.is_row and not _is_total_row(r.unit)]
        headers = {c.header for r in rows for c in r.unit.cells}
        for header in headers:
            named = [r for r in rows if (cell := _cell_under(r.unit, header)) and _is_named(cell, lowered)]
            if len(named) >= 2 and len(named) == listed:
                found.append(sorted(named, key=lambda r: r.unit.passage.first_row or 0))
    return found[0] if len(found) == 1 else None


def _one_column(rows: Sequence[Scored]) -> list[Scored]:
    """The rows with their figures from one column: the column of the rows whose figure only one
    cell holds (where "Jumlah KPM" and "Paket Tersalurkan" are equal, either cell could have been
    picked; the rows where they differ tell which column answers)."""
    telling: Counter[str] = Counter()
    for r in rows:
        # By value: the row's figure may carry the unit its column counts ("1.976 kpm"), the cell not.
        holding = [
            c.header
            for c in r.unit.cells
            if c.figure is not None and r.figure is not None and c.figure.value == r.figure.value
        ]
        if len(holding) == 1:
            telling[holding[0]] += 1
    if not telling:
        return list(rows)
    header = telling.most_common(1)[0][0]
    return [
        replace(r, figure=_counted(r.unit, _as_picked(figure, r.figure), cell))
        if (cell := _cell_under(r.unit, header)) and (figure := _column_figure(cell))
        else r
        for r in rows
    ]


def _as_picked(figure: Figure, picked: Figure | None) -> Figure:
    """The column's figure, of the kind it was picked as when it is the row's figure (a row's
    "Jumlah" read as rupiah is a count where a count was asked)."""
    return picked if picked is not None and picked.value == figure.value else figure


def _column_figure(cell: Cell) -> Figure | None:
    """The cell's figure in a column of figures: a count that reads like a year ("1976" KPM) is
    still a count there (alone, a cell "2025" is taken for a year and holds no figure)."""
    if cell.figure is not None:
        return cell.figure
    return Figure(FigureKind.NUMBER, Decimal(cell.value.strip())) if is_year(cell.value) else None


def _cell_under(unit: Unit, header: str) -> Cell | None:
    return next((c for c in unit.cells if c.header == header), None)


def _holding_every_telling_term(question: Question, rows: Sequence[Scored]) -> list[Scored]:
    """Of ``rows``, those holding every question term that some of them hold and others do not
    ("laptop" of "total laptop di Kecamatan Y": not the kecamatan's printer rows). A term in a
    remark ("diganti tahap II") does not tell rows apart."""
    own = [
        index_terms(" ".join(f"{c.header} {c.value}" for c in r.unit.cells if not _is_note(c))) for r in rows
    ]
    telling = {t for t in question.terms if any(t in o for o in own) and not all(t in o for o in own)}
    return [r for r, o in zip(rows, own, strict=True) if telling <= o]


def _is_named(cell: Cell, lowered_question: str) -> bool:
    """The question writes the cell's whole value (a name of a few letters at least, "TW I" too,
    no figure, no remark)."""
    if cell.figure is not None or _is_note(cell) or len(re.findall(r"[^\W\d_]", cell.value)) < 3:
        return False
    value = " ".join(words(cell.value.lower()))
    return bool(value) and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", lowered_question) is not None


def _asks_every_row(question: Question) -> bool:
    """ "semua zona", "seluruh kecamatan", "keseluruhan": the total of every row."""
    return re.search(r"\b(?:semua|seluruh|keseluruhan)\b", question.text, re.IGNORECASE) is not None


def _covers_all(scored: Scored) -> bool:
    """Every term of the question is the unit's, or its document's (the file, the heading)."""
    return not scored.missing and scored.coverage >= MIN_COVERAGE


def _listed_rows(
    question: Question, by_table: dict[tuple[str, int | None, str | None], list[Scored]]
) -> list[Scored] | None:
    """One row per thing the question lists ("SD Negeri dan SD Swasta"), all from one table.

    A row answers an item when it holds every term of the item that tells the table's rows apart
    (terms every row shares, like the column "Realisasi BOSDA", or no row holds, like "belanja",
    say nothing about which row is meant); an item matched by several rows or by none fails."""
    items = named_items(question)
    if len(items) < 2:
        return None
    for rows in by_table.values():
        row_terms = [r.unit.terms | r.unit.context_terms for r in rows]
        chosen: list[Scored] = []
        for item in items:
            telling = [t for t in item if any(t in terms for terms in row_terms)]
            telling = [t for t in telling if not all(t in terms for terms in row_terms)]
            matches = _of_the_frame(
                question,
                [
                    (r, terms)
                    for r, terms in zip(rows, row_terms, strict=True)
                    if telling and set(telling) <= terms
                ],
            )
            if len(matches) != 1 or matches[0] in chosen:
                break
            chosen.append(matches[0])
        else:
            if _frame_held_alike(question, items, chosen):
                return chosen
    return None


def _frame_held_alike(question: Question, items: Sequence[tuple[str, ...]], rows: Sequence[Scored]) -> bool:
    """The question's words outside its items (the name the items share: "Desa Sungai (Hulu dan
    Hilir)") are held by every row chosen or by none: a row of another name that only shares an
    item's word ("Batu Hulu") is no row of the list."""
    frame = set(question.terms) - {t for item in items for t in item}
    held = [r.unit.terms | r.unit.context_terms for r in rows]
    return all(all(t in h for h in held) or not any(t in h for h in held) for t in frame)


def _of_the_frame(question: Question, matches: Sequence[tuple[Scored, frozenset[str]]]) -> list[Scored]:
    """Of several rows an item matches ("Februari" in a table of months and kinds of levy), the
    one holding most of the question's other words, the frame the list sits in ("realisasi
    retribusi X ... Januari, Februari dan Maret"); all of them when none holds more."""
    held = [len(set(question.terms) & terms) for _, terms in matches]
    if len(matches) > 1 and held.count(max(held)) == 1:
        return [matches[held.index(max(held))][0]]
    return [r for r, _ in matches]


def _sum_of(rows: Sequence[Scored]) -> Answer:
    """The rows' figures added up, each row named with its figure; every addend from one column
    (a row whose two count columns both fit the question must not give the other one)."""
    rows = _one_column(rows)
    figures = [_counted(r.unit, r.figure) for r in rows if r.figure is not None]
    total = sum((f.value for f in figures), Decimal(0))
    kinds = {f.kind for f in figures}
    figure = Figure(
        kinds.pop() if len(kinds) == 1 else FigureKind.MONEY, total, figures[0].unit if figures else None
    )
    labels = _row_labels([r.unit for r in rows])
    stated = "; ".join(
        f"{label} {_counted(r.unit, r.figure).render()}"
        for label, r in zip(labels, rows, strict=True)
        if r.figure is not None
    )
    return Answer(
        found=True,
        # The rows are listed, not counted: "dari 3 baris" would state a figure no quote prints.
        text=f"{figure.render()}, jumlah dari baris berikut: {stated}.",
        citations=tuple(citation_of(r.unit) for r in rows),
        confidence=round(min(r.coverage for r in rows), 3),
        figure=figure,
        evidence=tuple(r.unit for r in rows),
        summed=True,
    )


def _month_columns_sum(question: Question, scored: Sequence[Scored]) -> Answer | None:
    """A total over some of the months ("April-Juni") of a row with a column per month: the
    asked months' columns added up, each stated; the row's "Jumlah" column is every month's."""
    if len(question.months) < 2 or not scored or scored[0].coverage < MIN_COVERAGE:
        return None
    best = scored[0]
    if not best.unit.is_row:
        return None
    by_month: dict[str, tuple[Cell, Figure]] = {}
    for cell in best.unit.cells:
        named = months_named(index_terms(cell.header))
        if cell.figure is not None and len(named) == 1:
            by_month[next(iter(named))] = (cell, cell.figure)
    if not question.months < by_month.keys():
        return None  # no month columns, or the asked months are all of them (the row's total)
    asked = [by_month[m] for m in by_month if m in question.months]
    # Bare numbers under month headers take the kind of the row's answering figure ("Jumlah (Rp)").
    kind = best.figure.kind if best.figure is not None else asked[0][1].kind
    figures = [replace(figure, kind=kind, unit=None) for _, figure in asked]
    total = replace(figures[0], value=sum((f.value for f in figures), Decimal(0)))
    stated = "; ".join(f"{cell.header} {f.render()}" for (cell, _), f in zip(asked, figures, strict=True))
    return Answer(
        found=True,
        text=f"{total.render()}, jumlah dari kolom berikut: {stated}.",
        citations=(citation_of(best.unit),),
        confidence=round(best.coverage, 3),
        figure=total,
        evidence=(best.unit,),
        summed=True,
    )


def _counted(unit: Unit, figure: Figure, cell: Cell | None = None) -> Figure:
    """A bare number of a count column (``cell``, else the first cell holding it), with what the
    column counts ("Jumlah KPM" -> "kpm")."""
    if figure.kind is not FigureKind.NUMBER:
        return figure
    cell = cell or next((c for c in unit.cells if c.figure == figure), None)
    # A code in brackets ("Lulus (KB/II)") names the column, not what it counts.
    header = (
        re.sub(r"\([^)]*\)", lambda b: b[0] if _UNIT_IN_BRACKETS.fullmatch(b[0]) else " ", cell.header)
        if cell
        else ""
    )
    counted = [w for w in words(header) if w not in VOCABULARY.weak_money_headers and not w.isdigit()]
    # A bare "Jumlah" column counts in the unit its row's "Satuan" cell names.
    units = [c.value.lower() for c in unit.cells if c.header.lower() in VOCABULARY.unit_headers and c.value]
    unit_name = counted[-1] if counted else units[0] if units else None
    return replace(figure, kind=FigureKind.COUNT, unit=unit_name) if unit_name else figure


def _row_labels(units: Sequence[Unit]) -> list[str]:
    """Each row's label: its first cell with words in it whose value tells the rows apart (the
    kelompok tani, not the kecamatan every summed row shares), else its first cell with words."""
    headers = [c.header for c in units[0].cells if c.figure is None and re.search(r"[^\W\d_]{3}", c.value)]
    for header in headers:
        values = [next((c.value for c in u.cells if c.header == header), None) for u in units]
        if all(values) and len(set(values)) == len(values):
            return [str(v) for v in values]
    return [_row_label(u) for u in units]


def _row_label(unit: Unit) -> str:
    """The row's first cell with words in it (its item)."""
    for cell in unit.cells:
        if cell.figure is None and re.search(r"[^\W\d_]{3}", cell.value):
            return cell.value
    return unit.cells[0].value if unit.cells else unit.text
