"""Reading indicator records out of an extracted document: its tables first, then the lines and
sentences of pages without a usable table. Pure functions over :class:`ExtractedDocument`.

Stages (each a function tested alone): classify the document → find each table's header and what
its columns mean → read its rows with the programme / kegiatan / sub-kegiatan they sit under →
read unruled tables and sentences from page text → drop repeats. Every value keeps its citation.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from samarinda_common.extracted import CellValue, ExtractedDocument, ExtractionMethod, Table
from samarinda_common.indonesian_text import MONTHS
from samarinda_common.table_rows import is_column_numbering

from samarinda_performance.domain.achievement import by_direction
from samarinda_performance.domain.model import Citation, DocumentType, Indicator
from samarinda_performance.domain.names import name_words
from samarinda_performance.domain.numbers import is_not_stated, numbers_in, parse_number
from samarinda_performance.domain.ocr_text import (
    ascii_borders_blanked,
    footnote_mark_repaired,
    garbled_figure,
    lost_separators_restored,
    numbering_misread,
    repair_cell,
    repair_percent,
)
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

_YEAR = re.compile(r"(?<!\d)(20[0-9]{2})(?!\d)")
_SPACES = re.compile(r"\s+")
_CODE_PREFIX = re.compile(r"^\s*(?:[0-9]+(?:[.\-][0-9xX]+)*[.)]?|[a-zA-Z][.)]|[IVX]+[.)])\s+")
# A total or average row ("Jumlah", "Total Belanja", "Rata-rata Capaian"), not an indicator.
_TOTAL = re.compile(
    r"^\s*(jumlah|total|sub ?total|grand total|rata-rata|rerata)"
    r"(\s+(total|keseluruhan|seluruhnya|belanja|anggaran|program|kegiatan|capaian|capaian kinerja))?"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# Header words OCR may misspell; a token this close to one is read as it.
_HEADER_WORDS = (
    "target",
    "realisasi",
    "capaian",
    "satuan",
    "indikator",
    "anggaran",
    "pagu",
    "serapan",
    "penyerapan",
    "program",
    "kegiatan",
    "sasaran",
    "uraian",
    "keuangan",
    "kinerja",
    "polaritas",
)
VALUE_KINDS = ("target", "realisation", "achievement", "pagu", "budget_realisation", "absorption")


@dataclass(frozen=True)
class Source:
    """What the reader knows of a document besides its content."""

    document_id: str
    filename: str
    opd: str
    fiscal_year: int | None = None  # as declared on upload; the document's own year wins


@dataclass(frozen=True)
class Column:
    index: int
    kind: str  # one of VALUE_KINDS, or indicator, unit, programme, kegiatan, sub_kegiatan, ...
    year: int | None = None
    # An indicator column whose header also says "Satuan": OCR read the two header cells (and
    # each row's name and unit) as one, so the unit sits somewhere inside the name.
    with_unit: bool = False
    # (position, count): OCR read ``count`` value columns as one ("Target Realisasi Capaian"),
    # so each row's cell holds their figures side by side; this column's is the position-th.
    part: tuple[int, int] | None = None


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


def is_multi_year_plan(text: str, filename: str) -> bool:
    """A renstra (or any plan over a period "2021-2026"): every year column is a target of its own."""
    head = normalise(text[:3000] + " " + filename.replace("_", " "))
    return (
        "renstra" in head
        or "rencana strategis" in head
        or bool(re.search(r"20\d\d\s*(-|–|s\.?d\.?)\s*20\d\d", head))
    )


@dataclass
class _Reading:
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


_FOOTNOTE = re.compile(r"^\s*(\*{1,3})\s*\)?\s*(\S.*)$", re.MULTILINE)


# A note naming the mark in its sentence ("Keterangan: indikator bertanda (*) dihitung ..."):
# the mark and what the note goes on to say of it.
_MARK_LEGEND = re.compile(r"\bbertanda\s*\(?\s*(\*{1,3})\s*\)?([^.]{0,200})", re.IGNORECASE)
# A legend opening with a symbol in parentheses ("Catatan: (#) polaritas negatif"): the
# symbol and what the legend says of it, up to the clause's end.
_SYMBOL_LEGEND = re.compile(r"(?<!\w)\(([^\w\s()%]{1,2})\)[ \t]*([^\W\d_][^.;,\n]{0,80})")


def negative_mark(text: str, vocabulary: Vocabulary = VOCABULARY) -> str | None:
    """The mark ("*", "**") a footnote or a note says sets a lower-is-better indicator apart, if
    one does."""
    for match in (*_FOOTNOTE.finditer(text), *_MARK_LEGEND.finditer(text), *_SYMBOL_LEGEND.finditer(text)):
        if says_negative(match.group(2), vocabulary):
            return match.group(1)
    return None


def says_negative(text: str, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Whether the text calls something lower-is-better, a word or two may stand inside the
    phrase that says so ("semakin kecil realisasi semakin baik")."""
    flat = normalise(text)
    return any(
        re.search(r"(?:\s+\S+){0,2}\s+".join(re.escape(w) for w in marker.split()), flat)
        for marker in vocabulary.polarity.name_markers
    )


def negative_names(text: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[frozenset[str], ...]:
    """What a note lists in parentheses right after saying "negative" ("Kelompok negatif
    (antrean, angka keluhan): dihitung terbalik"): each item as the words of a name (roots,
    abbreviations written out); an indicator whose name holds all of one item's is lower-is-better."""
    markers = "|".join(re.escape(m) for m in vocabulary.polarity.name_markers)
    lists = [m.group(1) for m in re.finditer(rf"(?:{markers})\s*\(([^()]{{3,300}})\)", text, re.IGNORECASE)]
    # "Catatan: AKB, rasio X dan CFR Y termasuk indikator negatif": the list before the verb
    # ("... adalah indikator yang semakin kecil semakin baik": a relative "yang" may come between)
    before = (
        rf"(?:^|[.:])\s*([^.:]{{3,200}}?)\s+(?:merupakan|adalah|termasuk|tergolong)\s+"
        rf"(?:indikator\s+)?(?:yang\s+)?(?:{markers})"
    )
    lists.extend(m.group(1) for m in re.finditer(before, text, re.IGNORECASE))
    found: list[frozenset[str]] = []
    for listed in lists:
        for item in re.split(r"[,;]|\s+dan\s+", listed):
            words = frozenset(name_words(item, vocabulary))
            flat = normalise(item)
            explains = any(m in flat for m in vocabulary.polarity.negative_markers)
            # "(semakin kecil semakin baik)" explains, it lists nothing; "Indikator ini" points back
            points_back = bool(set(flat.split()) & {*vocabulary.prose.back_references, "indikator"})
            if words and not explains and not points_back:
                found.append(words)
    return tuple(found)


def _initials(name: str, vocabulary: Vocabulary) -> set[str]:
    """The abbreviations a name's consecutive words make ("Case Fatality Rate" → "cfr")."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in vocabulary.names.stopwords]
    return {
        "".join(w[0] for w in words[i:j])
        for i in range(len(words))
        for j in range(i + 2, min(i + 4, len(words)) + 1)
    }


def listed_negative(name: str, listed: Sequence[frozenset[str]], vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Whether the name is of a kind the document's note lists as lower-is-better."""
    words = set(name_words(name, vocabulary)) | _initials(name, vocabulary)
    return any(item <= words for item in listed)


def marked_polarity(name: str, mark: str) -> tuple[str, bool]:
    """The name without the document's lower-is-better mark, and whether it carried it. A report
    that marks its lower-is-better indicators has said which they are: an unmarked one is not."""
    bare = name.rstrip()
    # the mark as the note writes it: "(*)", "*)" or "*" (and "(*" where OCR lost the bracket)
    for written in (f"({mark})", f"({mark}", f"{mark})", mark):
        if bare.endswith(written) and not bare[: -len(written)].endswith("*"):
            return bare[: -len(written)].rstrip(), True
    return name, False


def level_in_parentheses(
    name: str, vocabulary: Vocabulary = VOCABULARY
) -> tuple[str, str | None, str | None]:
    """A name a column of indicators "/ Program" ends with the programme (or kegiatan) it serves,
    in parentheses ("Jumlah Pasar Direvitalisasi (Program Perdagangan (PPD))"): the name without
    it, the level and that level's name; the name as it is and None, None when it ends otherwise."""
    bare = name.rstrip()
    if not bare.endswith(")"):
        return name, None, None
    depth = 0
    for i in range(len(bare) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(bare[i], 0)
        if depth == 0:
            inside, before = bare[i + 1 : -1].strip(), bare[:i].rstrip()
            level = _hierarchy_level(inside, vocabulary)
            if level is None or not before:
                return name, None, None
            return before, level, _level_name(inside, vocabulary)
    return name, None, None


def group_before_slash(name: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[str, str | None]:
    """A cell of a column headed "Sub Kegiatan / Indikator" holds both, slash between them
    ("Penanganan Darurat / Waktu tanggap darurat"): the indicator (after the slash, opening with a
    capitalised word indicator names open with) and the sub kegiatan it serves. A name itself
    opening with such a word keeps its slash ("Rasio guru / murid"): the name as it is and None."""
    before, slash, after = name.partition(" / ")
    opening = after.split(maxsplit=1)[0] if after.strip() else ""
    starts = vocabulary.names.indicator_starts
    first = before.split(maxsplit=1)[0].lower() if before.strip() else ""
    if not slash or " / " in after or first in starts:
        return name, None
    if not (opening[:1].isupper() and opening.lower() in starts):
        return name, None
    return after.strip(), before.strip()


# ---------------------------------------------------------------------------- the document


def classify_document(text: str, filename: str, vocabulary: Vocabulary = VOCABULARY) -> DocumentType:
    """Plan, budget realisation or performance report, or no report at all (minutes, an
    invitation, a letter), from the title pages and the file name; the earliest cue wins. A
    document without any cue is read as a report (a table photographed without its title)."""
    head = normalise(text[:3000] + " " + filename.replace("_", " ").replace("-", " "))
    words = vocabulary.documents
    positions: list[tuple[int, DocumentType]] = []
    for kind, cues in (
        (DocumentType.PLAN, words.plan),
        (DocumentType.BUDGET, words.budget),
        (DocumentType.REPORT, words.report),
        (DocumentType.NOT_REPORT, words.not_report),
    ):
        hits = [head.find(cue) for cue in cues if cue in head]
        if hits:
            positions.append((min(hits), kind))
    # The title comes first: the earliest cue names the document ("laporan kinerja ... renstra").
    return min(positions)[1] if positions else DocumentType.REPORT


def document_year(text: str, filename: str, declared: int | None) -> int | None:
    """The fiscal year the document reports on: "tahun (anggaran) 2025" in its first pages,
    else the commonest year there, else the file name's, else the declared one."""
    head = text[:4000]
    stated = re.findall(
        r"\b(?:tahun(?:\s+anggaran)?|t\.a\.?|ta)\s*:?\s*(20[0-9]{2})\b(?!\s*[-–]\s*20)", head, re.IGNORECASE
    )
    if stated:
        return int(Counter(stated).most_common(1)[0][0])
    in_name = _YEAR.findall(filename)
    if in_name:
        return int(in_name[0])
    if declared is not None:
        return declared
    years = _YEAR.findall(head)
    return int(Counter(years).most_common(1)[0][0]) if years else None


def normalise(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip().lower()


def indicator_key(name: str) -> str:
    """The name two documents must share to speak of the same indicator."""
    text = normalise(_CODE_PREFIX.sub("", name))
    text = re.sub(r"^(sub kegiatan|subkegiatan|kegiatan|program)\s*:?\s*", "", text)
    return re.sub(r"[^0-9a-z%]+", " ", text).strip()


def read_indicators(
    document: ExtractedDocument, source: Source, vocabulary: Vocabulary = VOCABULARY
) -> list[Indicator]:
    """Every indicator and budget line the document states, each value with its citation."""
    text = document.text
    if classify_document(text, source.filename, vocabulary) is DocumentType.NOT_REPORT:
        return []
    reading = _Reading(
        source=source,
        doc_type=classify_document(text, source.filename, vocabulary),
        year=document_year(text, source.filename, source.fiscal_year),
        vocabulary=vocabulary,
        multi_year=is_multi_year_plan(text, source.filename),
        negative_mark=negative_mark(text, vocabulary),
        negative_names=negative_names(text, vocabulary),
        ocr_pages=frozenset(p.number for p in document.pages if p.method is ExtractionMethod.OCR),
    )
    pages_with_tables: set[int | str] = set()
    previous: list[Column] | None = None
    for table in document.tables:
        columns = _read_table(table, reading, previous)
        if columns is not None:
            previous = columns
            pages_with_tables.update(_pages_of(table))
    from_tables = {indicator_key(r.indicator) for r in reading.records}
    for page in document.pages:
        where: int | str = page.sheet or page.number
        if not page.text.strip() or page.sheet:
            continue  # a sheet's text is its table again
        page_text = page.text
        if where in reading.ocr_pages:
            page_text = repair_percent(ascii_borders_blanked(page.text), vocabulary)
        before = len(reading.records)
        if where not in pages_with_tables:
            _read_text_table(page_text, where, reading)
        elif page.method is ExtractionMethod.OCR:
            # An OCR'd table can lose rows the page's text still has: take those, not the table's again.
            lines = replace(reading, records=[])  # the same document and context, its own records
            _read_text_table(page_text, where, lines)
            reading.records[:] = [_checked_by_line(r, lines.records) for r in reading.records]
            reading.records.extend(
                r for r in lines.records if not _known(indicator_key(r.indicator), from_tables)
            )
        if len(reading.records) == before:
            # Sentences beside a table may state other indicators; the table's own stay the table's.
            prose = replace(reading, records=[])
            _read_prose(page_text, where, prose, beside_table=where in pages_with_tables)
            reading.records.extend(r for r in prose.records if indicator_key(r.indicator) not in from_tables)
    return _without_repeats(_without_recaps(named_revisions(reading.records, text, vocabulary)))


_LEVELS = ("programme", "kegiatan", "sub_kegiatan")


def _checked_by_line(record: Indicator, lines: Sequence[Indicator]) -> Indicator:
    """An OCR'd table's row whose figures do not add up (a cell read into its neighbour shifts
    them) gives way to the same row read from the page's text line when that one's do: its
    achievement is the one its target and realisation give."""
    if not record.read_by_ocr or _adds_up(record):
        return record
    key = indicator_key(record.indicator)
    return next(
        (
            line
            for line in lines
            if line.citation.page == record.citation.page
            and indicator_key(line.indicator) == key
            and _adds_up(line)
        ),
        record,
    )


def _adds_up(record: Indicator) -> bool:
    return _achievement_fits(record.target, record.realisation, record.achievement_pct)


def _without_recaps(records: list[Indicator]) -> list[Indicator]:
    """Without the budget lines of a recap per programme (or kegiatan) whose pagu is the sum of
    the pagu of the document's indicator rows under it: a total of lines read already, not a
    budget line of its own. A level's budget stated alone (no rows under it add up to it) stays."""
    # The pagu of the rows under each (level, year, name), summed once for every candidate recap.
    under: defaultdict[tuple[str, int | None, str], list[float]] = defaultdict(list)
    for r in records:
        for level in _LEVELS:
            name = getattr(r, level)
            if r.pagu is not None and name is not None and indicator_key(r.indicator) != indicator_key(name):
                under[level, r.fiscal_year, indicator_key(name)].append(r.pagu)

    def recap(record: Indicator) -> bool:
        if record.pagu is None:
            return False
        if any(getattr(record, k) is not None for k in ("target", "realisation", "achievement_pct")):
            return False
        for level in _LEVELS:
            name = getattr(record, level)
            if name is None or indicator_key(name) != indicator_key(record.indicator):
                continue
            pagus = under[level, record.fiscal_year, indicator_key(name)]
            if len(pagus) >= 2 and math.isclose(sum(pagus), record.pagu, abs_tol=0.5):
                return True
        return False

    return [r for r in records if not recap(r)]


def named_revisions(
    records: list[Indicator], text: str, vocabulary: Vocabulary = VOCABULARY
) -> list[Indicator]:
    """A note under a table that names the indicator whose target it changed ("Target indikator
    Jumlah X disesuaikan dari 40 menjadi 35 melalui Perubahan ..."): the record of that name whose
    target is the new one explains its target. Such a note may sit pages after the row."""
    revised = list(records)
    for _, sentence in _sentences(text, headings=False):
        flat = _SPACES.sub(" ", sentence).strip()
        revision = target_revision(flat, vocabulary)
        if revision is None:
            continue
        said = f" {indicator_key(flat)} "
        open_ = [
            at
            for at, record in enumerate(revised)
            if record.target_revised_from is None and _is_revised_target(record.target, revision[1])
        ]
        keys = {at: indicator_key(revised[at].indicator) for at in open_}
        named = [at for at in open_ if len(keys[at]) > 3 and f" {keys[at]} " in said]
        if not named:
            # a note may shorten the name to its opening words ("Target Indeks Kepuasan Pengguna
            # disesuaikan ..." for the "... layanan perpustakaan" row): so when one row alone fits
            named = [at for at in open_ if _opening_words_named(revised[at].indicator, said)]
            named = named if len(named) == 1 else []
        for at in named:
            revised[at] = revised[at].model_copy(update={"target_revised_from": revision[0]})
    return revised


# A name's opening words a note may shorten it to: so many at least.
_SHORT_NAME_WORDS = 3


def _opening_words_named(name: str, said: str) -> bool:
    """Whether a sentence (its padded key) names the indicator by its first few words."""
    words = indicator_key(name).split()
    return len(words) > _SHORT_NAME_WORDS and f" {' '.join(words[:_SHORT_NAME_WORDS])} " in said


def _is_revised_target(target: float | None, revised_to: float) -> bool:
    """Whether a record's target is the figure a revision note says the target became; both are
    parsed from text, so they are compared as figures, not as binary floats."""
    return target is not None and math.isclose(target, revised_to, rel_tol=1e-9, abs_tol=1e-9)


def _known(key: str, keys: set[str]) -> bool:
    """Whether an indicator is one of ``keys`` though OCR read it differently or wrapped it."""
    return key in keys or any(
        max(fuzz.token_sort_ratio(key, k), fuzz.partial_ratio(key, k)) >= 88 for k in keys
    )


def _page_of(table: Table) -> int | str:
    return table.sheet or table.page or 1


def _pages_of(table: Table) -> list[int | str]:
    """Every page a table covers: one the extraction joined across a page break holds the next
    page's rows too, so that page's text is the same rows again, not a table of its own."""
    first = _page_of(table)
    if isinstance(first, int) and table.continued_on is not None:
        return list(range(first, table.continued_on + 1))
    return [first]


# ---------------------------------------------------------------------------- tables


def _canonical_header(label: str) -> str:
    """Lower case, one space, OCR slips on the header words corrected ("Reaiisasi" → realisasi)."""
    tokens = []
    for token in normalise(label).split(" "):
        bare = token.strip("().:,;/")
        if len(bare) >= 5 and bare not in _HEADER_WORDS:
            best = max(_HEADER_WORDS, key=lambda word: fuzz.ratio(bare, word))
            if fuzz.ratio(bare, best) >= 80:
                token = token.replace(bare, best)
        tokens.append(token)
    return " ".join(tokens)


def classify_header(label: str, vocabulary: Vocabulary = VOCABULARY) -> Column | None:
    """What a (combined) header label says its column holds; None for columns to ignore."""
    abbreviations = vocabulary.headers.abbreviations
    text = " ".join(abbreviations.get(token, token) for token in _canonical_header(label).split(" "))
    if not text:
        return None
    years = _YEAR.findall(text)
    year = int(years[-1]) if years else None
    words = vocabulary.columns

    def has(cues: Iterable[str]) -> bool:
        return any(cue in text for cue in cues)

    levels = [lvl for lvl in ("sub_kegiatan", "kegiatan", "programme") if has(getattr(words, lvl))]
    if "sub kegiatan" in text or "subkegiatan" in text or "sub-kegiatan" in text:
        levels = [lvl for lvl in levels if lvl != "kegiatan"] or ["sub_kegiatan"]
    if any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in words.never):
        return None  # "Sisa Anggaran", "Selisih": derived columns, not stated values
    budget = any(w in text for w in ("anggaran", "keuangan", "pagu", "belanja", "(rp)", " rp", "dana", "dpa"))
    percent = "%" in text or "persen" in text
    kind: str | None
    if has(words.lower_is_better):
        kind = "lower_is_better"
    elif levels and text.startswith("indikator") and not has(VALUE_WORDS) and not has(words.unit):
        # "Indikator Sasaran / Program / Kegiatan (Keluaran)": the indicators
        # of each level, not the levels' names
        kind = "indicator"
    elif len(levels) > 1 or (levels and has(words.indicator)):
        kind = "hierarchy"  # one column naming programmes, kegiatan and sub-kegiatan in turn
    elif levels and not has(VALUE_WORDS):
        kind = levels[0]
    elif "serapan" in text:
        kind = "absorption"
    elif "pagu" in text or "alokasi" in text:
        kind = "pagu"
    elif budget:
        if percent or "capaian" in text:
            kind = "absorption"
        elif "realisasi" in text:
            kind = "budget_realisation"
        else:
            kind = "pagu"
    elif "target" in text:
        kind = "target"
    elif "realisasi" in text:
        # "Realisasi Fisik" over "Volume | %": the physical realisation's share is its achievement
        kind = "achievement" if percent and "fisik" in text else "realisation"
    elif "capaian" in text or percent:
        kind = "achievement"
    elif has(words.unit) and has(words.indicator):
        return Column(-1, "indicator", year, with_unit=True)
    elif has(words.unit):
        kind = "unit"
    elif has(words.indicator):
        kind = "indicator"
    else:
        kind = None
    return Column(-1, kind, year) if kind else None


VALUE_WORDS = ("target", "realisasi", "capaian", "pagu", "anggaran", "serapan", "%")


def _is_data_row(row: Sequence[CellValue]) -> bool:
    # The first cell is usually the row number ("1", "2."): not a figure.
    cells = list(row[1:]) if row and _is_code(row[0]) else list(row)
    numeric = sum(
        1 for cell in cells if parse_number(cell) is not None and not _is_year(cell) and not _is_dotted(cell)
    )
    return numeric >= 2


def _is_dotted(cell: CellValue) -> bool:
    """A programme / account code ("1.01.02"), not a figure."""
    return isinstance(cell, str) and bool(re.fullmatch(r"\s*\d+(\.\d+){2,}\s*", cell))


def _is_year(cell: CellValue) -> bool:
    """A header cell naming a year ("2025", 2025): a column label, not a figure."""
    text = str(cell).strip() if cell is not None else ""
    return bool(re.fullmatch(r"(realisasi |target |tahun )?20[0-9]{2}", text.lower()))


def _is_code(cell: CellValue) -> bool:
    """A row number ("1", "2.", 3) or a programme / account code ("1.01.02")."""
    if isinstance(cell, int) and not isinstance(cell, bool):
        return 0 < cell < 1000
    return isinstance(cell, str) and (_is_dotted(cell) or bool(re.fullmatch(r"\s*\d{1,3}[.)]?\s*", cell)))


def find_header(
    rows: Sequence[Sequence[CellValue]], vocabulary: Vocabulary = VOCABULARY
) -> tuple[int, int] | None:
    """The first and last row of the header block (several rows when group labels span columns)."""
    for start, row in enumerate(rows[:10]):
        if _is_figures_row(row, vocabulary) or _is_title_row(row):
            continue
        kinds = [c.kind for c in (classify_header(str(cell), vocabulary) for cell in row if cell) if c]
        values = sum(1 for kind in kinds if kind in VALUE_KINDS)
        names = sum(1 for kind in kinds if kind in _NAME_KINDS)
        if values >= 2 or (values >= 1 and names >= 1):
            if not names and start > 0 and _names_a_column(rows[start - 1], vocabulary):
                # "Indikator | Satuan | Kinerja" above "Target | Realisasi | Capaian": the block
                # starts with the row that names the indicator column.
                start -= 1
            end = start
            while (
                end + 1 < len(rows)
                and end - start < 3
                and not _is_data_row(rows[end + 1])
                and _is_header_like(rows[end + 1], above=rows[end])
            ):
                end += 1
            if (
                not any(_names_a_column(rows[r], vocabulary) for r in range(start, end + 1))
                and end + 1 < len(rows)
                and not _is_data_row(rows[end + 1])
                and _names_a_column(rows[end + 1], vocabulary)
            ):
                # a group label over the value columns ("Target Tahunan" above "Indikator | Satuan
                # | 2026"): the block ends with the row that names the indicator column
                end += 1
            return start, end
    return None


def _is_title_row(row: Sequence[CellValue]) -> bool:
    """A title merged across the sheet's whole width ("REKAP REALISASI KINERJA DAN ANGGARAN" in
    every cell): its words name no column, however many value words it holds."""
    return len(row) > 2 and all(cell not in (None, "") for cell in row) and len({str(c) for c in row}) == 1


_NAME_KINDS = frozenset({"indicator", "hierarchy", "sub_kegiatan", "kegiatan", "programme"})


def _is_figures_row(row: Sequence[CellValue], vocabulary: Vocabulary) -> bool:
    """A row of figures. OCR leaves stray digits in header cells ("Indikator Kinerja 1", "Pagu 3
    (Rp)"): a row labelling a name column and three kinds of value column is a header all the same."""
    if not _is_data_row(row):
        return False
    kinds = {c.kind for c in (classify_header(str(cell), vocabulary) for cell in row if cell) if c}
    return not (kinds & _NAME_KINDS and len(kinds.intersection(VALUE_KINDS)) >= 3)


def _names_a_column(row: Sequence[CellValue], vocabulary: Vocabulary) -> bool:
    if _is_figures_row(row, vocabulary):
        return False
    kinds = {c.kind for c in (classify_header(str(cell), vocabulary) for cell in row if cell) if c}
    return bool(kinds & _NAME_KINDS)


def _is_header_like(row: Sequence[CellValue], above: Sequence[CellValue] = ()) -> bool:
    if _is_group_row(row):
        return False
    # A cell merged over two header rows comes from a spreadsheet again in each of them
    # ("Indikator Kinerja Utama" above and beside "Target"): a repeat is no name of its own.
    texts = [
        str(c) for i, c in enumerate(row) if c not in (None, "") and not (i < len(above) and above[i] == c)
    ]
    if not texts:
        return False
    # A sub-header row holds short labels ("Target", "Realisasi", "%", "(1)") and no names.
    return all(len(t) <= 30 for t in texts) and all(
        parse_number(t) is None or _is_column_number(t) or _is_year(t) for t in texts
    )


def _is_group_row(row: Sequence[CellValue]) -> bool:
    """A row holding one label from its first columns on, alone or merged across the row
    ("SASARAN STRATEGIS", "PROGRAM PENGELOLAAN PASAR"): the first group of the body, not a
    sub-header (a sub-header labels the value columns, to the right)."""
    filled = [(i, str(c).strip()) for i, c in enumerate(row) if c not in (None, "") and str(c).strip()]
    if not filled or len(row) < 3 or filled[0][0] > 1:
        return False
    texts = {text for _, text in filled}
    # OCR may cut the label in two at a column rule ("SASARAN" | "STRATEGIS"): still in the
    # first two columns, nothing under the value columns.
    one_label = len(texts) == 1 or (len(row) >= 4 and all(i <= 1 for i, _ in filled))
    return one_label and not any(_is_column_number(text) or _is_year(text) for text in texts)


def _is_column_number(text: str) -> bool:
    return bool(re.fullmatch(r"\(?\s*\d{1,2}\s*\)?(\s*=\s*.*)?", text.strip()))


def table_columns(
    rows: Sequence[Sequence[CellValue]], start: int, end: int, vocabulary: Vocabulary = VOCABULARY
) -> list[Column]:
    """Each column's meaning from the header rows; a group label ("Anggaran") spanning empty
    cells to its right is carried over them before the labels are joined."""
    width = max(len(r) for r in rows[start : end + 1])
    labels = [""] * width
    for r in range(start, end + 1):
        row = list(rows[r]) + [None] * (width - len(rows[r]))
        carried: str = ""
        for i, cell in enumerate(row):
            text = "" if cell is None else str(cell).strip()
            if text:
                carried = text
            elif r < end and carried:
                text = carried  # a merged group label
            if text and text not in labels[i]:
                labels[i] = f"{labels[i]} {text}".strip()
    leaf = list(rows[end]) + [None] * (width - len(rows[end]))
    columns: list[Column] = []
    for i, label in enumerate(labels):
        joined = joined_kinerja_kinds(leaf[i], vocabulary)
        if joined is not None:
            columns.extend(Column(i, kind, part=(n, len(joined))) for n, kind in enumerate(joined))
            continue
        if _two_value_labels(leaf[i]):
            continue  # two columns OCR read as one: their cells hold either's figures, or both
        found = classify_header(label, vocabulary)
        if found is not None:
            columns.append(replace(found, index=i))
    kinds = {c.kind for c in columns}
    if "pagu" in kinds and "target" not in kinds and not {"realisation", "budget_realisation"} <= kinds:
        # "Anggaran | Realisasi | %" or "Pagu (Rp) | Realisasi (Rp) | %" (a budget realisation
        # report): the figures are money and the percentage is the absorption.
        budget = {"realisation": "budget_realisation", "achievement": "absorption"}
        columns = [replace(c, kind=budget.get(c.kind, c.kind)) for c in columns]
    columns = _percent_after_budget(columns)
    levels = [c for c in columns if c.kind in ("programme", "kegiatan", "sub_kegiatan")]
    if len(levels) == 1 and not any(c.kind in ("indicator", "hierarchy") for c in columns):
        # "Program | Pagu | Realisasi | % Serapan": the rows are the budget lines of that level,
        # each named in the one column (a heading row above them, when any, is in it too).
        columns = [replace(c, kind="hierarchy") if c is levels[0] else c for c in columns]
    names = [c for c in columns if c.kind == "indicator"]
    if len(names) > 1:
        # "Sasaran | Indikator": the indicator column is the one that says so.
        keep = next((c for c in names if "indikator" in _canonical_header(labels[c.index])), names[-1])
        columns = [c for c in columns if c.kind != "indicator" or c is keep]
    return columns


def _percent_after_budget(columns: list[Column]) -> list[Column]:
    """ "Target | Realisasi | Capaian | Anggaran | Realisasi Anggaran | %": a second percentage
    column after the budget's figures is the budget's absorption, not another achievement (the
    one before the budget columns is the achievement)."""
    seen_achievement = seen_budget = False
    kept: list[Column] = []
    for column in columns:
        if column.kind == "achievement" and seen_achievement and seen_budget:
            column = replace(column, kind="absorption")
        seen_achievement = seen_achievement or column.kind == "achievement"
        seen_budget = seen_budget or column.kind in ("pagu", "budget_realisation")
        kept.append(column)
    return kept


_VALUE_LABELS = ("target", "realisasi", "capaian", "pagu")


def _two_value_labels(cell: CellValue) -> bool:
    """A bottom header cell naming two value columns ("Capaian Pagu (Rp)", "Target Realisasi"):
    OCR joined two cells. "Realisasi Anggaran", "Capaian Kinerja" name one."""
    if not isinstance(cell, str):
        return False
    text = _canonical_header(cell)
    found = {label for label in _VALUE_LABELS if label in text}
    return len(found) >= 2 and found != {"realisasi", "capaian"} and not _TARGET_OF_ACHIEVEMENT.search(text)


# A plan's one label "Target Capaian Kinerja": the target the performance is to reach, not a
# target column and an achievement column OCR joined.
_TARGET_OF_ACHIEVEMENT = re.compile(r"\btarget capaian kinerja\b")


_KINERJA_LABELS = (("target", "target"), ("realisasi", "realisation"), ("capaian", "achievement"))
_MONEY_WORDS = ("pagu", "anggaran", "keuangan", "serapan", "rp")


def joined_kinerja_kinds(cell: CellValue, vocabulary: Vocabulary = VOCABULARY) -> list[str] | None:
    """The kinerja columns a bottom header cell names when OCR read several as one ("Tgt Real.
    Capaian (%)", "Target Realisasi"), in their order; None for a cell naming one column, or
    naming money (a budget figure cut off beside a share cannot be told from a whole one)."""
    if not isinstance(cell, str):
        return None
    abbreviations = vocabulary.headers.abbreviations
    words = [abbreviations.get(token, token) for token in _canonical_header(cell).split(" ")]
    text = " ".join(words)
    if any(re.search(rf"\b{word}\b", text) for word in _MONEY_WORDS):
        return None
    if _TARGET_OF_ACHIEVEMENT.search(text):
        return None
    found = sorted(
        (match.start(), kind) for label, kind in _KINERJA_LABELS for match in re.finditer(label, text)
    )
    kinds = [kind for _, kind in found]
    if "target" not in kinds:
        return None  # "Realisasi Capaian" heads one column
    kinds = kinds[kinds.index("target") :]  # a group label over them ("Capaian Kinerja") stands first
    return kinds if len(kinds) >= 2 and len(set(kinds)) == len(kinds) else None


_JOINED_FIGURE = re.compile(r"-?\d[\d.,]*%?|[-–—]")


def joined_figure(cell: CellValue, position: int, count: int) -> str | None:
    """The ``position``-th of the ``count`` figures a cell of joined columns holds side by side
    ("511 508 99,41%"); None unless it holds exactly ``count`` (a figure lost, or one OCR broke
    apart, leaves the rest unplaceable)."""
    if not isinstance(cell, str):
        return None
    tokens = cell.replace(" %", "%").split()
    figures = [t.strip(_SPECKS) or t for t in tokens]
    if len(figures) != count or not all(_JOINED_FIGURE.fullmatch(f) for f in figures):
        return None
    return figures[position]


def _read_table(table: Table, reading: _Reading, previous: list[Column] | None) -> list[Column] | None:
    rows = [[_cell_text(c) for c in row] for row in table.rows]
    if not rows:
        return None
    ocr = _page_of(table) in reading.ocr_pages
    if ocr:
        rows = [[repair_cell(c, reading.vocabulary) for c in row] for row in rows]
    header = find_header(rows, reading.vocabulary)
    if header is not None:
        columns = table_columns(rows, *header, reading.vocabulary)
        if ocr:
            columns = _unlabelled_realisation(columns, rows[header[0] : header[1] + 1])
        first = header[1] + 1
    elif previous is not None and max(len(r) for r in rows) >= max(c.index for c in previous) + 1:
        columns, first = previous, 0  # the table goes on from the previous page without its header
    else:
        return None
    if not _readable(columns):
        return None
    rows = _percent_fractions(rows, columns, first)
    index = first
    while index < len(rows):
        below = _second_header(rows, index, reading.vocabulary) if index > first else None
        if below is not None:
            # A second table under the first in the same grid (a sheet's budget table below
            # its indicator table): its own header names its columns from here on.
            columns, index = below, index + 1
            rows = _percent_fractions(rows, columns, index)
            continue
        _read_row(rows[index], columns, table, index, reading)
        index += 1
    return columns


def _unlabelled_realisation(columns: list[Column], header: Sequence[Sequence[CellValue]]) -> list[Column]:
    """An OCR'd header that lost the "Realisasi" label between "Target" and "Capaian": the
    blank header cell between the two heads the realisation's column."""
    target = next((c for c in columns if c.kind == "target"), None)
    if target is None or "realisation" in {c.kind for c in columns}:
        return columns
    between = target.index + 1
    if not any(c.kind == "achievement" and c.index == between + 1 for c in columns):
        return columns
    if any(c.index == between for c in columns) or any(
        between < len(row) and str(row[between] or "").strip() for row in header
    ):
        return columns
    return sorted([*columns, Column(index=between, kind="realisation")], key=lambda c: c.index)


def _readable(columns: list[Column]) -> bool:
    """Columns a performance table has: a name column and a figure to hold others against
    (realisations alone, a price list's "realisasi harga" or a trend over years, are none)."""
    return any(c.kind in ("target", "achievement", "pagu", "absorption") for c in columns) and any(
        c.kind in ("indicator", "hierarchy") for c in columns
    )


def _second_header(rows: list[list[CellValue]], index: int, vocabulary: Vocabulary) -> list[Column] | None:
    """The columns a header row at ``index`` inside a table's body names, when it names other
    columns than a readable table's (a header repeated on a continued page names the same)."""
    row = rows[index]
    if not _is_header_like(row) or any(parse_number(c) is not None for c in row[1:] if c not in (None, "")):
        return None  # a row of figures (a short name beside them may read as a header word)
    found = find_header(rows[index : index + 4], vocabulary)
    if found is None or found[0] != 0 or found[1] != 0:
        return None
    columns = table_columns(rows, index, index, vocabulary)
    return columns if _readable(columns) else None


def _percent_fractions(
    rows: list[list[CellValue]], columns: list[Column], first: int
) -> list[list[CellValue]]:
    """A spreadsheet keeps "95,83 %" as 0.9583 under a percent format (the format is not
    extracted): an achievement or absorption column holding only such fractions is scaled to
    percent. Text cells are left as written."""
    rows = [list(r) for r in rows]
    for column in columns:
        if column.kind not in ("achievement", "absorption"):
            continue
        numbers = [
            r[column.index]
            for r in rows[first:]
            if column.index < len(r)
            and isinstance(r[column.index], float | int)
            and not isinstance(r[column.index], bool)
        ]
        if (
            numbers
            and all(0 <= float(n) <= 2.0 for n in numbers)
            and any(float(n) != int(n) for n in numbers)
        ):
            for r in rows[first:]:
                cell = r[column.index] if column.index < len(r) else None
                if isinstance(cell, float | int) and not isinstance(cell, bool):
                    r[column.index] = round(float(cell) * 100, 6)
    return rows


def _cell_text(cell: CellValue) -> CellValue:
    if isinstance(cell, str):
        return _SPACES.sub(" ", cell).strip()
    return cell


def _hierarchy_level(text: str, vocabulary: Vocabulary) -> str | None:
    bare = normalise(_CODE_PREFIX.sub("", text))
    for level in ("sub_kegiatan", "kegiatan", "programme"):
        for cue in getattr(vocabulary.hierarchy, level):
            if bare.startswith(cue + " ") or bare.startswith(cue + ":"):
                # "Kegiatan tersebut berlanjut ...": a sentence on the one just named, no heading
                following = bare[len(cue) + 1 :].split(" ", 1)[0]
                return None if following in vocabulary.prose.back_references else level
    return None


def _level_words_pattern(vocabulary: Vocabulary) -> str:
    """A pattern for a line that starts with a level word of the plan hierarchy (longest words first,
    so that "sub kegiatan" is not taken for "sub" followed by "kegiatan")."""
    words = sorted(
        (*vocabulary.hierarchy.programme, *vocabulary.hierarchy.kegiatan, *vocabulary.hierarchy.sub_kegiatan),
        key=len,
        reverse=True,
    )
    return "^(?:" + "|".join(re.escape(word) for word in words) + ")"


def _level_name(text: str, vocabulary: Vocabulary) -> str:
    """ "1.01.02 Sub Kegiatan: Pembangunan RKB" → "Pembangunan RKB"."""
    bare = _CODE_PREFIX.sub("", text).strip()
    heading = _level_words_pattern(vocabulary) + r"\s*:?\s+"
    return re.sub(heading, "", bare, flags=re.IGNORECASE).strip() or bare


def _read_row(
    row: Sequence[CellValue], columns: list[Column], table: Table, index: int, reading: _Reading
) -> None:
    def cell(column: Column) -> CellValue:
        return row[column.index] if column.index < len(row) else None

    if is_column_numbering(row) or (_page_of(table) in reading.ocr_pages and numbering_misread(row)):
        return  # the "(1) (2) (3) ..." row under a header, repeated on each page: no indicator
    if _is_group_row(row):
        # "PROGRAM ..." across the row, in the number column or merged over every column: a
        # heading whichever column holds it
        heading = next(str(c).strip() for c in row if c not in (None, "") and str(c).strip())
        level = _hierarchy_level(heading, reading.vocabulary)
        if level is not None:
            reading.context.enter(level, _level_name(heading, reading.vocabulary))
            return
        filled = [str(c).strip() for c in row if c not in (None, "") and str(c).strip()]
        if len(filled) > 1 and len(set(filled)) == 1:
            # A heading of no plan level ("Sasaran 2: ...") merged across the row, which the
            # reader of the file repeats in every cell: its numbering under the value columns
            # is no target, realisation or achievement.
            return
    for column in columns:
        if column.kind in ("programme", "kegiatan", "sub_kegiatan"):
            text = cell(column)
            if isinstance(text, str) and text and not _is_code(text):
                reading.context.enter(column.kind, _level_name(text, reading.vocabulary))
    indicator_column = next((c for c in columns if c.kind == "indicator"), None)
    hierarchy_column = next((c for c in columns if c.kind == "hierarchy"), None)
    name = str(cell(indicator_column) or "") if indicator_column else ""
    level_text = str(cell(hierarchy_column) or "") if hierarchy_column else ""
    level = _hierarchy_level(level_text, reading.vocabulary) if level_text else None
    if not name and not level_text:
        return
    if level_text and not name:
        if level is not None:
            reading.context.enter(level, _level_name(level_text, reading.vocabulary))
        name = level_text
    elif level_text and level is not None:
        reading.context.enter(level, _level_name(level_text, reading.vocabulary))
    if _TOTAL.match(name) or _is_code(name):
        return
    own_level = (
        _hierarchy_level(name, reading.vocabulary) if not indicator_column or name == level_text else None
    )
    if indicator_column and name != level_text:
        own_level = None
        if _hierarchy_level(name, reading.vocabulary) is not None and not any(
            parse_number(cell(c)) is not None for c in columns if c.kind in ("target", "realisation")
        ):
            # "Program Peningkatan ..." in the indicator column: a heading row, not an indicator
            level = _hierarchy_level(name, reading.vocabulary)
            assert level is not None
            reading.context.enter(level, _level_name(name, reading.vocabulary))
            own_level = level
    values = _row_values(row, columns, reading, ocr=_page_of(table) in reading.ocr_pages)
    if not values:
        said = _target_text(row, columns, reading.year, reading)
        targets_only = {c.kind for c in columns if c.kind in VALUE_KINDS} == {"target"}
        if not targets_only or not said or not is_not_stated(said):
            return
        # "Target: n/a" in a Perjanjian Kinerja table whose realisation is in another table: kept
        # (no figures) so the realisation's missing target can be told from an unread one.
        values = {reading.year: {}}
    polarity = next((cell(c) for c in columns if c.kind == "lower_is_better"), None)
    if polarity is None:
        polarity = _remark_on_polarity(row, columns, reading.vocabulary)
    unit_column = next((c for c in columns if c.kind == "unit"), None)
    unit = str(cell(unit_column)).strip() if unit_column and cell(unit_column) not in (None, "") else None
    if indicator_column is not None and indicator_column.with_unit and unit_column is None:
        name, unit = unit_inside_name(name, reading.vocabulary, ocr=_page_of(table) in reading.ocr_pages)
    elif unit_column is None:
        name, unit = unit_in_parentheses(name, reading.vocabulary)
    if unit is None:
        unit = _unit_in_cells(
            [cell(c) for c in columns if c.kind in ("target", "realisation") and c.part is None],
            reading.vocabulary,
        )
    citation = Citation(
        document_id=reading.source.document_id,
        document=reading.source.filename,
        page=_page_of(table),
        table=table.index,
        row=index,
    )
    clean_name = _level_name(name, reading.vocabulary) if own_level else _clean_name(name)
    displaced = _figure_without_header(row, table) if _page_of(table) in reading.ocr_pages else None
    for year, fields in values.items():
        target_text = _target_text(row, columns, year, reading) if fields.get("target") is None else None
        if target_text == "" and displaced is not None:
            # a blank target beside a figure under no header: OCR split the target's digits off
            # into a column of its own ("5" of "95"), so the target is unread, not missing
            target_text = displaced
        _emit(
            reading,
            clean_name,
            unit,
            fields,
            year,
            citation,
            own_level,
            polarity,
            target_text=target_text,
        )


def _remark_on_polarity(
    row: Sequence[CellValue], columns: list[Column], vocabulary: Vocabulary
) -> str | None:
    """A cell under no value or name header ("Ket.") that says the indicator is lower-is-better
    ("indikator negatif"): a remark column stating the polarity."""
    read = {c.index for c in columns}
    for index, value in enumerate(row):
        if index in read or not isinstance(value, str):
            continue
        if any(marker in normalise(value) for marker in vocabulary.polarity.name_markers):
            return value
    return None


def _figure_without_header(row: Sequence[CellValue], table: Table) -> str | None:
    """A figure in a cell whose column has no header (not even "No") in an OCR'd table."""
    if table.header_row is None or table.header_row >= len(table.rows):
        return None
    header = table.rows[table.header_row]
    for index, cell in enumerate(row):
        heading = header[index] if index < len(header) else None
        if (heading is None or not str(heading).strip()) and parse_number(cell) is not None:
            return str(cell).strip()
    return None


def _target_text(
    row: Sequence[CellValue], columns: list[Column], year: int | None, reading: _Reading
) -> str | None:
    """What the row's target cell says when it states no figure ("-", "n/a", "Tersedia"; "" for
    a blank cell, which OCR also leaves where a lone dash was); None when there is no such cell."""
    for column in columns:
        if column.kind != "target" or column.year not in (None, year):
            continue
        if column.year is None and year not in (None, reading.year):
            continue
        raw = row[column.index] if column.index < len(row) else None
        if column.part is not None:
            raw = joined_figure(raw, *column.part)
            return raw  # a joined cell's figures read or not: no blank cell to speak of
        return raw.strip() if isinstance(raw, str) else ""
    return None


def _row_values(
    row: Sequence[CellValue], columns: list[Column], reading: _Reading, *, ocr: bool = False
) -> dict[int | None, dict[str, float | None]]:
    """The row's figures per fiscal year (columns without a year belong to the document's)."""
    per_year: dict[int | None, dict[str, float | None]] = {}
    for column in columns:
        if column.kind not in VALUE_KINDS:
            continue
        raw = row[column.index] if column.index < len(row) else None
        if column.part is not None:
            raw = joined_figure(raw, *column.part)
        value = None if ocr and garbled_figure(raw) else parse_number(raw)
        year = column.year if column.year is not None else reading.year
        if column.year is not None and reading.doc_type is DocumentType.PLAN and reading.year is not None:
            # A renja's later-year columns are projections; the plan speaks for its own year.
            years = {c.year for c in columns if c.year is not None}
            if not reading.multi_year and reading.year in years and column.year != reading.year:
                continue
        elif column.year is not None and reading.year is not None:
            if column.year == reading.year - 1 and column.kind == "realisation":
                per_year.setdefault(reading.year, {})["previous_realisation"] = value
                continue
            if column.year != reading.year:
                continue
            year = reading.year
        per_year.setdefault(year, {})
        if value is not None and value < 0 and column.kind in ("achievement", "absorption") and ocr:
            value = -value  # a cell's left rule OCR'd as a minus: no report states a negative share
        if value is not None or column.kind not in per_year[year]:
            per_year[year][column.kind] = value
    return {
        year: fields
        for year, fields in per_year.items()
        if any(fields.get(kind) is not None for kind in VALUE_KINDS)
    }


def _unit_in_cells(cells: Iterable[CellValue], vocabulary: Vocabulary) -> str | None:
    for cell in cells:
        if isinstance(cell, str):
            tail = re.sub(r"^[\s\d.,\-]+", "", cell).strip()
            if tail and (tail == "%" or tail.lower() in vocabulary.units.known):
                return tail
    return None


def unit_inside_name(name: str, vocabulary: Vocabulary, *, ocr: bool = False) -> tuple[str, str | None]:
    """The name and the unit of a cell holding both (a header "Indikator Kinerja Satuan" read as
    one cell): the unit is where the name's first line ended, so anywhere after its first word
    ("Cakupan Imunisasi Dasar % Lengkap pada Bayi"). A percent sign (or, on a scan, what OCR made
    of one) or a "per 1.000 KH" unit first, else the last known unit word."""
    words = name.split()
    percent = {"%", *(w for w in vocabulary.ocr.percent_words if len(w) > 1)} if ocr else {"%"}
    for k, word in enumerate(words[1:], start=1):
        if word.lower() in percent:
            return " ".join(words[:k] + words[k + 1 :]), "%"
    lowered = " ".join(w.lower() for w in words)
    for unit in sorted((u for u in vocabulary.units.known if u.startswith("per ")), key=len, reverse=True):
        at = lowered.find(" " + unit)
        if at >= 0 and (at + 1 + len(unit) == len(lowered) or lowered[at + 1 + len(unit)] == " "):
            start = len(lowered[:at].split())
            count = len(unit.split())
            return " ".join(words[:start] + words[start + count :]), " ".join(words[start : start + count])
    for k in range(len(words) - 1, 1, -1):
        if words[k].lower() in vocabulary.units.known and words[k].lower() != "per":
            return " ".join(words[:k] + words[k + 1 :]), words[k]
    return name, None


_LAST_PARENTHESES = re.compile(r"\s*\(\s*([^()]{1,24}?)\s*\)\s*$")


def unit_in_parentheses(name: str, vocabulary: Vocabulary) -> tuple[str, str | None]:
    """The name and the unit a table without a unit column writes after it in parentheses
    ("Jumlah peserta magang (orang)", "Rasio guru terhadap murid (%)"). A known unit, or one or
    two lower-case words; an acronym ("(IKM)") or a plan level is part of the name."""
    found = _LAST_PARENTHESES.search(name)
    if found is None or found.start() == 0:
        return name, None
    inside = found.group(1)
    known = inside.lower() in vocabulary.units.known
    worded = (
        bool(re.fullmatch(r"[a-z]+(?: [a-z]+)?", inside))
        and _hierarchy_level(inside + " x", vocabulary) is None
    )
    if not (known or worded):
        return name, None
    return name[: found.start()].rstrip(), inside


def _clean_name(name: str) -> str:
    return _CODE_PREFIX.sub("", name).strip(" :;-")


def is_lower_better(name: str, polarity: object = None, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """Lower is better only when it is known: stated in a polarity cell, or the name carries a
    marker or names an indicator of the vocabulary's lower-is-better list."""
    words = vocabulary.polarity
    if isinstance(polarity, str) and polarity.strip():
        stated = normalise(polarity)
        if any(marker in stated for marker in words.negative_markers):
            return True
        if any(marker in stated for marker in words.positive_markers):
            return False
    text = normalise(name)
    if any(marker in text for marker in words.positive_markers if len(marker) > 3):
        return False
    if any(text.startswith(start) for start in words.higher_is_better_starts):
        return False
    if any(marker in text for marker in words.name_markers):
        return True
    # "Jumlah balita gizi buruk yang ditangani" counts those reached, not the problem
    if any(word in text for word in words.reached_words):
        return False
    return any(
        cue in text and not _acted_on_after(text, cue, words.acted_on_prefixes)
        for cue in words.lower_is_better_names
    )


_LAST_NOTE = re.compile(r"\s*\(([^()]{3,60})\)\s*$")


def without_polarity_note(name: str, vocabulary: Vocabulary = VOCABULARY) -> str:
    """ "Jumlah kasus rabies (semakin kecil semakin baik)" → "Jumlah kasus rabies": a note in
    parentheses at the end of a name that only states its polarity is no part of the name (the
    record keeps the polarity)."""
    note = _LAST_NOTE.search(name)
    if note is None:
        return name
    said = normalise(note.group(1))
    polarity = vocabulary.polarity
    if said in polarity.positive_markers or (len(said.split()) <= 5 and says_negative(said, vocabulary)):
        return name[: note.start()]
    return name


def _acted_on_after(text: str, cue: str, prefixes: Iterable[str]) -> bool:
    """A passive relative clause after the cue ("jumlah kasus banjir yang dilaporkan"): the name
    may count the problems acted on rather than the problems, so the cue settles no direction."""
    rest = text[text.index(cue) + len(cue) :]
    return any(re.search(rf"\b{re.escape(prefix)}[a-z]{{3,}}", rest) for prefix in prefixes)


def direction_uncertain(name: str, vocabulary: Vocabulary = VOCABULARY) -> bool:
    """A name neither known lower-is-better nor opening as a higher-is-better one, with a word that
    leaves its direction open ("Rata-rata Lama Proses Izin", "Jumlah Pengaduan Belum Selesai")."""
    words = vocabulary.polarity
    text = normalise(name)
    if (
        is_lower_better(name, None, vocabulary)
        or any(text.startswith(s) for s in words.higher_is_better_starts)
        # "Jumlah Rumah Tidak Layak yang Ditangani": those a service reached, higher is better
        or any(w in text for w in words.reached_words)
    ):
        return False
    tokens = set(re.findall(r"[a-z]+", text))
    return any(word in tokens for word in words.uncertain_direction_words)


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


def _emit(
    reading: _Reading,
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


# ---------------------------------------------------------------------------- page text


_LINE_TOKEN = re.compile(r"(?:Rp\.?\s*)?-?\d[\d.,]*\d%?|(?:Rp\.?\s*)?\d%?|(?<!\S)[-–—](?!\S)")


# A civil servant's ID as a signature block writes it: birth date, appointment month, sex and a
# serial ("19800101 200501 1 002"), or the 16 to 18 digits run together.
_PERSONAL_ID = re.compile(r"(?<![\d.,])(?:\d{8}\s+\d{6}\s+\d\s+\d{3}|\d{16,18})(?![\d.,])")


# "Samarinda, 14 Februari 2026": a place and date, its year no figure of a row.
_MONTHS = "|".join(MONTHS)
_DATE_LINE = re.compile(r"\b\d{1,2}\s+(?:" + _MONTHS + r")\s+20\d{2}\s*$", re.IGNORECASE)
# A decimal comma OCR parted from its decimals ("87, 45" for "87,45").
_SPLIT_DECIMAL = re.compile(r"(?<=\d),\s+(?=\d{2}(?!\S))")


# Marks a scan leaves after a name's last word, standing alone (a rule's ")", "~", "|"); a
# footnote mark ("*)", "(-)") is no speck.
_TRAILING_SPECKS = re.compile(r"(?:\s+[)~+|=_]+)+$")


def _read_text_table(text: str, page: int | str, reading: _Reading) -> None:
    """An unruled table as the text layer lays it out: a header line naming the columns, then one
    line per row ending in its figures ("-" for a figure not stated)."""
    lines = text.splitlines()
    columns: list[str] | None = None
    sasaran_first = False  # a Sasaran column before the indicator's: its words open the line
    remarks_last = False  # a remarks column ("Ket.") after the figures: its words end the line
    inferred = False  # the columns were told by a row's arithmetic, the header being unreadable
    pending: list[str] = []
    offset = 0
    emitted = False  # the line before was a row read: a short line after it may end its name
    above = ""
    joined: set[int] = set()  # lines already read as the end of the row above them
    header_above = False  # the line before was the header
    lead_cut_above = False  # the row read last lost the words of a column without a header label
    for number, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or number in joined:
            continue
        header = _text_header(stripped, reading.vocabulary, above)
        if header in (None, ["target"]) and columns is None and above and page in reading.ocr_pages:
            # OCR broke the header over two lines ("Realisasi Capaian (%)" / "No Indikator ... Target")
            joined_header = _in_usual_order(_text_header(f"{above} {stripped}", reading.vocabulary))
            if joined_header and len(joined_header) > len(header or []):
                header = joined_header
        if header and columns is not None and header_above and len(header) < len(columns):
            # the header's second line ("(%)  Anggaran (Rp)  (%)" under "Capaian  Pagu  Realisasi
            # Serapan"): the units of the labels above, not a header of its own
            above = stripped
            continue
        header_above = bool(header)
        if header:
            columns, pending, inferred = header, [], False
            sasaran_first = _sasaran_before_indicator(f"{above} {stripped}")
            remarks_last = _remarks_column_last(stripped, reading.vocabulary)
            above = stripped
            continue
        above = stripped
        if (columns is None or inferred) and page in reading.ocr_pages:
            # no header read: a row whose arithmetic tells its columns heads the rows under it
            told = _columns_told_by(_split_figures(stripped)[1])
            if told is not None:
                columns, inferred = told, True
        if columns is None:
            continue
        if _PERSONAL_ID.search(stripped) or _DATE_LINE.search(stripped):
            continue  # the signer's NIP or the signing date under the table: no row's figures
        if page in reading.ocr_pages:
            stripped = _SPLIT_DECIMAL.sub(",", stripped)
        level = _hierarchy_level(stripped, reading.vocabulary)
        remark = None
        if remarks_last:
            stripped, remark = without_remark(stripped)
        name, tokens = _split_figures(stripped)
        if level is not None and not tokens:
            reading.context.enter(level, _level_name(stripped, reading.vocabulary))
            pending = []
            continue
        if not tokens:
            if emitted and _continues_name(stripped):
                # under a row whose leading column was cut off, the capitalised words opening the
                # line are that column's wrapped cell ("Ekonomi Lokal penerima bantuan")
                wrapped = _after_capitalised_words(stripped) if lead_cut_above else stripped
                if wrapped:
                    last = reading.records[-1]
                    reading.records[-1] = last.model_copy(update={"indicator": f"{last.indicator} {wrapped}"})
                continue
            emitted = False
            if len(stripped) < 120 and not _TOTAL.match(stripped):
                pending.append(stripped)
            continue
        emitted = False
        lead_cut = False
        if sasaran_first:
            name = _without_sasaran(name, reading.vocabulary)
        elif page in reading.ocr_pages:
            name, lead_cut = _without_unlabelled_lead(name, reading.vocabulary)
        name, unit = _unit_at_end(name, reading.vocabulary, ocr=page in reading.ocr_pages)
        if pending and not name[:1].isupper():
            name = " ".join([*pending, name])
        pending = []
        if not name or _TOTAL.match(name):
            continue
        end = start + len(line)
        if page in reading.ocr_pages and len(tokens) < len(columns) and number + 1 < len(lines):
            # OCR of a skewed row without rules can break it after its first figures ("Persentase
            # Sampah yang Tertangani % 78" / "70,6 95,5"): a next line of figures only that
            # completes the row is the row's end. When that line opens with the unit, the page
            # sloped the other way: the figures above are the row's last ("Jumlah Bank Sampah
            # Aktif 95" / "unit 140 133").
            rest_name, rest = _split_figures(lines[number + 1].strip())
            rest_unit = rest_name.lower() in reading.vocabulary.units.known
            complete = len(tokens) + len(rest) in (len(columns), len(columns) + 1)
            if rest and (not rest_name or rest_unit) and complete:
                tokens = rest + tokens if rest_unit and not unit else tokens + rest
                unit = unit or (rest_name if rest_unit else None)
                joined.add(number + 1)
                end = start + len(line) + 1 + len(lines[number + 1])
        row_columns = columns
        if page in reading.ocr_pages:
            row_columns = _all_usual_columns(_with_lost_realisation(columns, tokens), tokens)
            row_columns = _kinerja_only(row_columns, tokens)
        values = _assign(tokens, row_columns, ocr=page in reading.ocr_pages)
        if values is None:
            continue
        unit = (
            unit or next((t[-1:] for t in tokens if t.endswith("%")), None) if "target" in columns else unit
        )
        if level is not None:
            reading.context.enter(level, _level_name(name, reading.vocabulary))
        citation = Citation(
            document_id=reading.source.document_id,
            document=reading.source.filename,
            page=page,
            span=(start, end),
        )
        # a short line after a row continues that row's name only when the row became a record
        lead_cut_above = lead_cut
        emitted = _emit(
            reading,
            _level_name(name, reading.vocabulary) if level else _clean_name(name),
            unit,
            values,
            reading.year,
            citation,
            level,
            # a remark stating the polarity ("negatif") is the row's polarity cell; any other
            # ("tercapai") says nothing of it
            remark if remark and says_negative(remark, reading.vocabulary) else None,
            # a row's figures are numbers or dashes: a target column without a figure says "-"
            target_text="-" if "target" in values and values["target"] is None else None,
            columns_inferred=inferred,
        )


def _remarks_column_last(header: str, vocabulary: Vocabulary) -> bool:
    """A label after the header's last figure label names a column of words ("... Capaian Ket.",
    "... Keterangan"): each row's line ends with that column's words after its figures."""
    words = [w.strip("().:") for w in _canonical_header(header).split()]
    figure_labels = (*VALUE_WORDS, "rp")
    last = max((i for i, w in enumerate(words) if any(label in w for label in figure_labels)), default=None)
    remarks = {w.strip("().:") for w in vocabulary.columns.ignore}
    return last is not None and any(w in remarks for w in words[last + 1 :])


# Words of a remark after a row's figures: one to a few, no digit in them.
_MAX_REMARK_WORDS = 4


def without_remark(line: str) -> tuple[str, str | None]:
    """ "Luas lahan kritis Ha 40 38 95 belum tercapai" → ("Luas lahan kritis Ha 40 38 95",
    "belum tercapai"): the words after a row's last figure, under a remarks column. Dashes before
    the first word are the row's own not-stated figures; specks after the words are dropped. A
    line not ending so is kept whole."""
    tokens = line.split()
    end = len(tokens)
    while end and not any(ch.isdigit() for ch in tokens[end - 1]):
        end -= 1
    tail = tokens[end:]
    first_word = next((i for i, token in enumerate(tail) if any(ch.isalpha() for ch in token)), None)
    if not end or first_word is None:
        return line, None
    cut = end + first_word
    words = [t for t in tokens[cut:] if any(ch.isalpha() for ch in t)]
    if len(words) > _MAX_REMARK_WORDS:
        return line, None
    return " ".join(tokens[:cut]), " ".join(words)


def _sasaran_before_indicator(header: str) -> bool:
    """A Sasaran, Program or (Sub) Kegiatan column left of the indicator's: its words open each
    row's line before the indicator's name."""
    text = _canonical_header(header)
    if "indikator" not in text:
        return False
    first = text.index("indikator")
    return any(0 <= text.find(word) < first for word in ("sasaran", "kegiatan", "program"))


def _without_sasaran(name: str, vocabulary: Vocabulary) -> str:
    """ "Meningkatnya derajat kesehatan Angka Kematian Ibu" → "Angka Kematian Ibu": on a line of
    an unruled table with a Sasaran column, the indicator starts at the first word that opens
    indicator names (``[names] indicator_starts``); a line without one is kept whole."""
    words = name.split()
    starts = vocabulary.names.indicator_starts
    spots = [i for i, word in enumerate(words) if i and word.lower().strip("(\"'“") in starts]
    # "Menurunnya angka kematian Angka Kematian Ibu": the capitalised one opens the indicator.
    capitalised = [i for i in spots if words[i][:1].isupper()]
    chosen = (capitalised or spots)[:1]
    return " ".join(words[chosen[0] :]) if chosen else name


def _without_unlabelled_lead(name: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """ "Penguatan Kelompok Tani Jumlah kelompok tani yang dilatih" → "Jumlah kelompok tani yang
    dilatih", True: on a scanned line whose header OCR read without its Program or (Sub) Kegiatan
    label, that column's words open the name. Told by a name not opening with a word indicator
    names open with but holding, capitalised, one no name holds again well into itself."""
    words = name.split()
    if not words or words[0].lower().strip("(\"'“") in vocabulary.names.indicator_starts:
        return name, False
    starts = vocabulary.names.second_name_starts
    at = next(
        # two words at least before it: one is what OCR makes of a row number or a rule ("Ih")
        (i for i, word in enumerate(words) if i > 1 and word[:1].isupper() and word.lower() in starts),
        None,
    )
    return (name, False) if at is None else (" ".join(words[at:]), True)


def _after_capitalised_words(line: str) -> str:
    """The line from its first lower-case word on ("Ekonomi Lokal penerima bantuan" → "penerima
    bantuan"); empty when every word is capitalised."""
    words = line.split()
    at = next((i for i, word in enumerate(words) if word[:1].islower()), len(words))
    return " ".join(words[at:])


_HEADING = re.compile(
    r"^(sasaran|tujuan|program|kegiatan|sub kegiatan|bab|tabel|sumber|catatan|keterangan)\b", re.I
)


def _continues_name(line: str) -> bool:
    """A wrapped cell's second line ("Jaringan Intra Pemerintah"), not a heading or a new row."""
    words = line.split()
    return (
        len(words) <= 8
        and not re.match(r"\d", line)
        and not _HEADING.match(line)
        and not _FOOTNOTE.match(line)  # "*) Indikator negatif": the table's note, after its rows
        and not line.isupper()
        and not line.endswith((".", ":"))
    )


# a sentence's last word and full stop ("... dibagi realisasi."); a header ends in a label or an
# abbreviation ("Ket.", "Real.")
_SENTENCE_END = re.compile(r"[a-z]{5,}\.\s*$")


def _mostly_lower_case(line: str) -> bool:
    """A line of prose: most of its words are lower case, where a header's labels are capitalised."""
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 6 and sum(w.islower() for w in words) * 2 > len(words)


def _text_header(line: str, vocabulary: Vocabulary, above: str = "") -> list[str] | None:
    """The value columns a header line names, in their order (None when it is not a header).
    ``above``: the line before, where a two-line header names its indicator column and groups."""
    text = _canonical_header(line)
    if _states_a_figure(re.sub(r"\b20[0-9]{2}\b", "", text)):
        return None
    if re.match(_level_words_pattern(vocabulary) + r"\s*:", text):
        # "Kegiatan: Penuntasan Target Sambungan Air": a group row's name, whatever its words
        return None
    if "=" in line or _SENTENCE_END.search(line) or _mostly_lower_case(line):
        # "capaian = target / realisasi", "... dihitung dari target dibagi realisasi.", "...
        # dilakukan dengan membandingkan target dan realisasi": a sentence names the columns
        # but heads no table
        return None
    cues = [
        ("serapan", "absorption"),
        ("pagu anggaran", "pagu"),  # one column's label, not a pagu and an anggaran column
        ("pagu", "pagu"),
        ("realisasi anggaran", "budget_realisation"),
        ("realisasi keuangan", "budget_realisation"),
        ("anggaran", "pagu"),
        ("target", "target"),
        ("realisasi", "realisation"),
        ("capaian", "achievement"),
        ("%", "achievement"),
    ]
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for cue, kind in cues:
        # a label opens a word: "pencapaian" in a group row's name is no "capaian" column
        for match in re.finditer(r"(?<![a-z])" + re.escape(cue), text):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            found.append((match.start(), kind))
    kinds = [kind for _, kind in sorted(found)]
    values = [k for k in kinds if k in VALUE_KINDS]
    named = f"{text} {_canonical_header(above)}"
    # A short line naming target, realisation and achievement is a header even when OCR put the
    # indicator column's label on a line of its own (a shaded header read cell by cell).
    three = {"target", "realisation", "achievement"} <= set(values) and len(text) < 100
    if values == ["target"] and _heads_a_target_list(text):
        return values
    if len(values) < 2 or not (
        three or any(w in named for w in ("indikator", "uraian", "sasaran", "program", "kegiatan"))
    ):
        return None
    # "% Capaian" or "Capaian (%)" is one column; after a pagu, "Realisasi" and "%" are the budget's.
    # "Serapan %" is one column too.
    merged: list[str] = []
    for kind in values:
        if "pagu" in merged:
            kind = {"realisation": "budget_realisation", "achievement": "absorption"}.get(kind, kind)
        if merged and kind == merged[-1] and kind in ("achievement", "absorption"):
            continue
        merged.append(kind)
    return merged


def _heads_a_target_list(text: str) -> bool:
    """A plan's header naming one figure column ("No  Indikator Sasaran  Satuan  Target 2026", a
    Perjanjian Kinerja): the indicator and unit columns beside the target's, on a short line."""
    return len(text) < 80 and "indikator" in text and any(w in text for w in ("satuan", "sat."))


def _states_a_figure(text: str) -> bool:
    """A line with a figure is a row, not a header; a lone digit inside the line ("No 3 Indikator
    ... Target"), where a scan's speck or a column's number was read, is no figure of a row."""
    if parse_number(text) is None:
        return False
    lone_digits = _LONE_DIGIT.findall(text)
    return (
        len(lone_digits) != 1
        or re.search(r"\d[.,%)]*$", text) is not None
        or parse_number(_LONE_DIGIT.sub("", text)) is not None
    )


_LONE_DIGIT = re.compile(r"(?<!\S)\d(?!\S)")


_USUAL_ORDER = ("target", "realisation", "achievement", "pagu", "budget_realisation", "absorption")


def _in_usual_order(kinds: list[str] | None) -> list[str] | None:
    """Header words OCR read out of order, put in the order report tables use (target,
    realisation, achievement, then the budget's); a header naming a kind twice is left alone."""
    if kinds is None or len(set(kinds)) != len(kinds):
        return kinds
    return sorted(kinds, key=_USUAL_ORDER.index)


# Specks a scan leaves on a figure's edge (":230", "“103,91", "15:", "96,00."): not the figure's.
_SPECKS = ":;'‘’“”\"`.,"


def _split_figures(line: str) -> tuple[str, list[str]]:
    """The line's leading words and its trailing figures ("-" kept as a not-stated figure)."""
    tokens = line.split()
    figures: list[str] = []
    while tokens and not tokens[-1].strip(_SPECKS) and not _is_dash(tokens[-1]):
        tokens.pop()  # a speck after the row's last figure (":", ".")
    while tokens:
        token = tokens[-1]
        if token in ("%", "persen"):
            if figures:
                figures[0] = figures[0] + "%" if not figures[0].endswith("%") else figures[0]
            tokens.pop()
            continue
        token = token.strip(_SPECKS) or token
        bare = token.rstrip("%")
        if _is_dash(bare) or re.fullmatch(r"-?\d[\d.,]*", bare):
            figures.insert(0, token)
            tokens.pop()
            continue
        if token.lower() in ("rp", "rp.") and figures:
            tokens.pop()
            continue
        break
    if not figures:
        return " ".join(line.split()), figures
    while tokens and not tokens[0].strip(_SPECKS):
        tokens = tokens[1:]  # a speck before the row's number
    # the row's number, a "1" of it perhaps read as "l" or "I" ("1l" for "11")
    if tokens and re.fullmatch(r"\d[\dlI]{0,2}[.)]?", tokens[0]):
        tokens = tokens[1:]
    return " ".join(tokens), figures


def _unit_at_end(name: str, vocabulary: Vocabulary, *, ocr: bool = False) -> tuple[str, str | None]:
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            if tail.lower() in vocabulary.units.known:
                return " ".join(words[:-size]), tail
    if ocr and len(words) > 1:
        # the unit cell's left rule read as a letter or a bracket glued to it ("lpaket", "Jtitik",
        # "(titik"): a known unit after that one character is the unit
        last = words[-1].rstrip(".")
        if last[:1] in _RULE_LOOKALIKES and last[1:].lower() in vocabulary.units.known:
            return " ".join(words[:-1]), last[1:]
    return name, None


# What OCR makes of a vertical rule glued to the next cell's first letter.
_RULE_LOOKALIKES = frozenset("lIJj(|[!")


def _assign(tokens: list[str], columns: list[str], *, ocr: bool = False) -> dict[str, float | None] | None:
    if ocr and len(tokens) == len(columns) + 1 and _stray_percent(tokens[-1], tokens[-2]):
        tokens = tokens[:-1]
    if ocr and len(tokens) == len(columns) + 1 and _is_dash(tokens[-1]) and _fits(tokens[:-1], columns):
        tokens = tokens[:-1]  # a rule's speck after a full row, read as a dash
    if len(tokens) != len(columns):
        # A leading row number read as a figure, or the unit column holding a number: keep the last.
        # A dash first is neither: the surplus is at the end then ("- 1.387 - -").
        if len(tokens) > len(columns):
            tokens = tokens[: len(columns)] if _is_dash(tokens[0]) else tokens[-len(columns) :]
        else:
            return None
    values: dict[str, float | None] = {}
    for token, kind in zip(tokens, columns, strict=True):
        values[kind] = parse_number(token)
    return values if any(v is not None for v in values.values()) else None


# How far, in points, a scanned row's stated percentage may sit from the one its figures give.
_SUMS_AGREE = 0.6


def _achievement_fits(target: float | None, realisation: float | None, achievement: float | None) -> bool:
    """Whether the achievement is within ``_SUMS_AGREE`` of one the target and realisation give,
    in either direction; False when a figure is missing or the target or realisation is 0."""
    if target is None or realisation is None or achievement is None or not target or not realisation:
        return False
    higher, lower = by_direction(target, realisation)
    return min(abs(achievement - g) for g in (*higher, *lower)) <= _SUMS_AGREE


def _fits(tokens: list[str], columns: list[str]) -> bool:
    """The figures read in these columns give an achievement its target and realisation give."""
    figures = dict(zip(columns, (parse_number(t) for t in tokens), strict=True))
    return _achievement_fits(figures.get("target"), figures.get("realisation"), figures.get("achievement"))


def _columns_told_by(tokens: list[str]) -> list[str] | None:
    """The columns of a scanned table whose header OCR could not read, told by a row's figures:
    three are the target, realisation and achievement, six those and the pagu, budget
    realisation and absorption, when the row's own arithmetic says so (the achievement its
    realisation against its target, either direction; the absorption its spending against its
    pagu). None when no such row tells them."""
    if len(tokens) == len(_USUAL_ORDER):
        return _all_usual_columns([], tokens) or None
    kinerja = list(_USUAL_ORDER[:3])
    return kinerja if len(tokens) == len(kinerja) and _fits(tokens, kinerja) else None


def _with_lost_realisation(columns: list[str], tokens: list[str]) -> list[str]:
    """An OCR'd header that lost its "Realisasi" label ("Target  Capaian (%)  Pagu ..."), under
    which a row holds one figure more than the header names: the figure after the target is the
    realisation when the achievement beside it is the one the two give (either direction, as a
    lower-is-better indicator counts it). Otherwise the columns as read."""
    if "realisation" in columns or len(tokens) != len(columns) + 1:
        return columns
    at = next((i for i in range(len(columns) - 1) if columns[i : i + 2] == ["target", "achievement"]), None)
    if at is None:
        return columns
    target, realisation, achievement = (parse_number(t) for t in tokens[at : at + 3])
    if not target or not realisation or achievement is None:
        return columns
    if (
        min(abs(achievement - 100 * realisation / target), abs(achievement - 100 * target / realisation))
        > _SUMS_AGREE
    ):
        return columns
    return [*columns[: at + 1], "realisation", *columns[at + 1 :]]


def _kinerja_only(columns: list[str], tokens: list[str]) -> list[str]:
    """A scanned row with figures for its kinerja columns only, its budget cells blank (an
    indicator of a programme, budgeted on its sub-activities' rows): the three figures are the
    target, realisation and achievement when the row's arithmetic says so (either direction).
    Otherwise the columns as read."""
    kinerja = list(_USUAL_ORDER[:3])
    if len(tokens) != len(kinerja) or columns[: len(kinerja)] != kinerja or len(columns) == len(kinerja):
        return columns
    target, realisation, achievement = (parse_number(t) for t in tokens)
    return kinerja if _achievement_fits(target, realisation, achievement) else columns


def _all_usual_columns(columns: list[str], tokens: list[str]) -> list[str]:
    """A scanned row holding more figures than the header OCR read names (its budget labels were
    read apart from the rest): six figures are the usual six columns when the row's own
    arithmetic says so, the achievement its realisation against its target (either direction)
    and the absorption its budget realisation against its pagu. Otherwise the columns as read."""
    if len(tokens) != len(_USUAL_ORDER) or len(columns) >= len(tokens):
        return columns
    figures = [parse_number(t) for t in tokens]
    target, realisation, achievement, pagu, spent, absorption = figures
    if not _achievement_fits(target, realisation, achievement):
        return columns
    if pagu is None or spent is None or absorption is None or not pagu:
        return columns
    if abs(absorption - 100 * spent / pagu) > _SUMS_AGREE:
        return columns
    return list(_USUAL_ORDER)


def _is_dash(token: str) -> bool:
    return token in ("-", "–", "—")


def _stray_percent(token: str, before: str) -> bool:
    """A "%" after the row's last figure that OCR read as a number of its own ("107 96", "91,5 4"):
    a bare one- or two-digit token right after a figure that already ends the row."""
    return bool(re.fullmatch(r"\d{1,2}", token)) and bool(re.fullmatch(r"-?\d[\d.,]*%?", before))


_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z\"“])|\n\s*\n")
# Where an indicator's name stops and its figures begin.
_SUBJECT_END = re.compile(
    r"[\"“”;:(]|,\s|\s(dengan target|dengan realisasi|memiliki target|ditargetkan|pada tahun|"
    r"pada triwulan|sepanjang tahun|selama tahun|tahun 20\d\d|"
    r"target|terealisasi|tercapai|mencapai|realisasinya|realisasi|capaian|adalah|sebesar|yaitu|ialah|"
    r"sebanyak|senilai|menunjukkan|berada|merupakan|tercatat|terdata)\b",
    re.IGNORECASE,
)
# An abbreviation the name carries in parentheses ("Angka Kematian Ibu (AKI) Melahirkan").
_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


def _subject_end(text: str) -> int | None:
    """Where the name that opens ``text`` stops: at the first punctuation or keyword of the
    sentence, passing over what belongs to a capitalised name: a one-word keyword written with a
    capital inside it ("... Kota yang Mencapai Target mencapai 76%": the name's, not the sentence's verb)
    and an abbreviation in parentheses followed by more of the name."""
    for match in _SUBJECT_END.finditer(text):
        at = match.start()
        word = match.group(1)
        if word and " " not in word and word[:1].isupper() and at > 0:
            continue
        if word and word.lower() == "realisasi" and text[:at].lower().endswith(" dari"):
            continue  # "Jumlah bibit yang tumbuh dari realisasi penanaman": the name's own noun
        if word and _cue_inside_name(text, at + 1, at + 1 + len(word), VOCABULARY):
            continue
        acronym = _ACRONYM.match(text, at) if match.group(0) == "(" else None
        if acronym and _name_goes_on(text[acronym.end() :]):
            continue
        return at
    return None


def _name_goes_on(rest: str) -> bool:
    """After an abbreviation in parentheses the name goes on: a capitalised word follows, or a
    lower-case joining word and then one ("(SPM) yang Dipenuhi", "(TPS) di Kelurahan")."""
    words = rest.split()
    return bool(words) and (
        words[0][:1].isupper() or (len(words) > 1 and words[0].islower() and words[1][:1].isupper())
    )


_LEADING = re.compile(
    # "Realisasi X pada tahun 2025 mencapai ...": the sentence's verb-noun, not the name's first word;
    # a list item's number, letter or bullet before it ("4) ...", "b. ...", "• ...") is none of it
    r"^((?:\(?(?:\d{1,3}|[a-z])[.)]|[•▪◦●‣])\s+)?((pada tahun( anggaran)? 20\d\d,?|sementara itu,?"
    r"|selanjutnya,?|untuk|adapun|sedangkan|kemudian,?|realisasi)\s+)?",
    re.IGNORECASE,
)
# A list item opening a line ("3. Jumlah ...", "12) Persentase ...", "b. Luas ...", "• Rasio ..."):
# each item is a run of sentences of its own, and its number is no figure of the sentence before it.
# (A dash is no bullet: OCR reads a rule or a speck at a line's start as one.)
_LIST_ITEM = re.compile(r"^[ \t]*(?:\(?(\d{1,3}|[a-z])[.)]|[•▪◦●‣])[ \t]+(?=[A-Z\"“(])", re.MULTILINE)
_BUDGET_SUBJECT = re.compile(
    r"\b(sub kegiatan|subkegiatan|kegiatan|program)\s+([A-Z][^,;()]*?)"
    r"(?=\s+(sebesar|dengan|senilai|yang|terealisasi|memiliki|mendapat|dialokasikan|didukung|pada|tahun)\b"
    r"|[,;:(]|$)",
    re.IGNORECASE,
)
# A year a sentence names as the one it speaks of ("tahun 2025", "TA 2025"), not a period.
_OWN_YEAR = re.compile(r"\b(?:tahun(?:\s+anggaran)?|t\.a\.?|ta)\s*:?\s*(20[0-9]{2})\b(?!\s*[-–]\s*20)", re.I)
_HEADING_WIDTH = 0.7  # of the page's longest line: a shorter line not ending a sentence is a heading
_GOES_ON = (".", ",", ";", ":", "!", "?")
# "3.2 Sasaran: ...", "B. Air Bersih": a numbered heading line
_NUMBERED_HEADING = re.compile(r"^(?:\d+(?:\.\d+)+\.?|[A-Z]\.|[IVX]+\.)\s+[A-Z][a-z]")
# What a formula multiplies by, right before its figure ("... / target x 100%", "dikali 100 persen").
_FORMULA_FACTOR = re.compile(r"(?:(?<![\w])[x×]|\bdikali(?:kan)?)\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s*({_MONTHS})\b", re.I)
_FORMULA = re.compile(r"\b(?:target|realisasi)\s*(?:dibagi(?:\s+dengan)?|/|÷)\s*(?:target|realisasi)\b")
# "... atau 90 persen dari target." with no figure of the target after it ("97% dari target 95%"
# gives the realisation and then the target)
_SHARE_OF_TARGET = re.compile(r"\s*(?:%|persen)\s+dari\s+target\b(?!\s*(?:sebesar\s+)?(?:rp\.?\s*)?\d)", re.I)
_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$", re.MULTILINE)
_RANGE_AFTER = re.compile(r"[-–]\d")
_RANGE_BEFORE = re.compile(r"\d[-–]$")
_FIGURE_WINDOW = 160  # characters between a keyword and the figure it introduces


def _read_prose(text: str, page: int | str, reading: _Reading, *, beside_table: bool = False) -> None:
    """Sentences that state an indicator's target and realisation, or a budget's pagu and
    realisation ("Indikator X dengan target 95% terealisasi 93,5% (capaian 98,42%)").

    A numbered list item speaks of one indicator: its opening sentence may only name it ("3. Jumlah
    Kebun Bibit.") for the next to give the figures ("Target 2025: 40; realisasi ..."), and
    a sub kegiatan's budget stated in it ("Sub kegiatan X: pagu Rp ..., realisasi Rp ...") is that
    indicator's budget line, as is a sentence saying "this indicator is negative" its polarity.

    ``beside_table``: the page's text also holds its tables' cells; only sentences that say
    "indikator" and read as a sentence (no cell separators, few figures) are taken then."""
    # a page's number in its footer ("- 2 -") ends no sentence's figures: blanked, offsets kept
    text = _PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group(0)), text)
    items = {at for at, _ in list_items(text)}
    paragraphs = paragraph_starts(text)
    # what the current list item (or paragraph) speaks of: the record read from it, or its title
    spoken_of: int | None = None
    title: str | None = None
    title_lower = False  # the sentence naming the title said it is lower-is-better
    in_item = False
    # the record the sentence before read: a sub kegiatan's budget stated right after an
    # indicator's figures funds that indicator, even where the budget opens a paragraph of its own
    just_read: int | None = None
    # Beside a table, short lines are its wrapped cells rather than headings: only punctuation cuts.
    for start, sentence in _sentences(text, headings=not beside_table):
        flat = _SPACES.sub(" ", sentence).strip()
        if start in items:
            spoken_of, title, in_item = None, None, True
        elif start + len(sentence) - len(sentence.lstrip()) in paragraphs:
            spoken_of, title, in_item = None, None, False  # the item's paragraph has ended
        if beside_table and not _reads_as_sentence(sentence, flat, reading.vocabulary):
            continue
        revision = target_revision(flat, reading.vocabulary)
        if revision is not None:
            # "Target indikator ini diubah dari 40 unit menjadi 45 unit": the report explains its
            # target; the figures are no record of their own (a note naming the indicator beside a
            # table is matched to the table's row by ``named_revisions``)
            at = spoken_of if spoken_of is not None else len(reading.records) - 1
            if reading.records and _is_revised_target(reading.records[at].target, revision[1]):
                record = reading.records[at]
                reading.records[at] = record.model_copy(update={"target_revised_from": revision[0]})
            continue
        fields = _sentence_figures(flat, reading.vocabulary)
        read_before, just_read = just_read, None
        if not fields:
            level = _hierarchy_level(_LEADING.sub("", flat), reading.vocabulary)
            if level is not None:
                reading.context.enter(
                    level, _level_name(_until_figures(_LEADING.sub("", flat)), reading.vocabulary)
                )
                spoken_of, title, in_item = None, None, False
            elif start in items:
                if _read_item_count(flat, page, (start, start + len(sentence)), reading):
                    spoken_of = len(reading.records) - 1
                else:
                    title = _indicator_named(flat, reading.vocabulary) or _item_title(flat)
            elif spoken_of is not None and _says_negative_of_it(flat, reading.vocabulary):
                record = reading.records[spoken_of]
                reading.records[spoken_of] = record.model_copy(update={"lower_is_better": True})
            elif (named := _indicator_named(flat, reading.vocabulary)) is not None:
                # "Indikator X merupakan indikator negatif." then "Target 2025 sebesar ...": the
                # next sentence's figures are X's
                title, title_lower = named, _says_lower_is_better(flat, reading.vocabulary)
            continue
        budget_only = not any(k in fields for k in ("target", "realisation", "achievement"))
        name = _budget_subject(flat) if budget_only else _sentence_subject(flat, reading.vocabulary)
        if (
            title is not None
            and not budget_only
            and (name is None or _names_a_figure(name, reading.vocabulary))
        ):
            name = title  # "Target 2025: ...": the figures of the indicator the item's title named
        if name is None and budget_only:
            # "Dananya: pagu Rp ..., realisasi Rp ..." inside an item: the item indicator's budget;
            # "Capaian ini ditopang pagu Rp ..." right after an indicator's sentence: that one's
            points_back = _budget_points_back(flat, reading.vocabulary)
            funded = spoken_of if in_item else read_before if points_back else None
            if funded is not None and not reading.records[funded].has_budget:
                reading.records[funded] = _with_budget(reading.records[funded], fields)
            continue
        if name is None:
            continue
        unit = fields.pop("unit", None)
        if reading.records and _refers_back(name, reading.vocabulary):
            # "... capaian kinerja indikator ini adalah 103 persen", "Kegiatan pendukungnya memiliki
            # pagu ...": the figures belong to the indicator the sentence before named.
            _add_figures(reading, fields, unit if isinstance(unit, str) else None)
            continue
        level = _hierarchy_level(name, reading.vocabulary) if budget_only else None
        funded = spoken_of if spoken_of is not None else read_before
        if level in ("kegiatan", "sub_kegiatan") and funded is not None:
            record = reading.records[funded]
            if not record.has_budget:
                reading.records[funded] = _with_budget(
                    record, fields, (level, _level_name(name, reading.vocabulary))
                )
                continue
        citation = Citation(
            document_id=reading.source.document_id,
            document=reading.source.filename,
            page=page,
            span=(start, start + len(sentence)),
        )
        values: dict[str, float | None] = {k: v for k, v in fields.items() if isinstance(v, float)}
        own_year = _OWN_YEAR.findall(flat)
        # "Realisasi belanja tahun 2025 ..." in a document of 2026: the sentence's own year wins.
        year = int(own_year[0]) if len(set(own_year)) == 1 else reading.year
        lower = _says_lower_is_better(flat, reading.vocabulary) or (title_lower and name == title)
        level = "programme" if budget_only and name.lower().startswith("program") else None
        if (
            _emit(
                reading,
                name,
                unit if isinstance(unit, str) else None,
                values,
                year,
                citation,
                level,
                "negatif" if lower else None,
            )
            and not budget_only
        ):
            spoken_of, title, title_lower = len(reading.records) - 1, None, False
            just_read = spoken_of


def target_revision(sentence: str, vocabulary: Vocabulary = VOCABULARY) -> tuple[float, float] | None:
    """The old and new target a sentence says the indicator's target was changed between
    ("Target indikator ini direvisi dari 40 unit menjadi 45 unit"), if it says so."""
    verbs = "|".join(re.escape(w) for w in vocabulary.prose.revision_words)
    said = re.search(
        rf"\btarget\b[^.;]{{0,80}}?\b(?:{verbs})\b\s+dari\s+(.{{1,30}}?)\s+menjadi\s+(.{{1,30}})",
        sentence,
        re.I,
    )
    if said is None:
        return None
    old, new = numbers_in(said.group(1)), numbers_in(said.group(2))
    return (old[0][0], new[0][0]) if old and new else None


def _says_lower_is_better(sentence: str, vocabulary: Vocabulary) -> bool:
    return any(m in normalise(sentence) for m in vocabulary.polarity.negative_markers if len(m) > 3)


def _indicator_named(sentence: str, vocabulary: Vocabulary) -> str | None:
    """The indicator a sentence without figures opens by naming ("Indikator Luas Taman Kota
    merupakan indikator negatif."): a capitalised name right after the opening "indikator"."""
    opening = _LEADING.sub("", sentence)
    for opener in sorted(vocabulary.prose.indicator_openers, key=len, reverse=True):
        if opening.lower().startswith(opener + " "):
            rest = opening[len(opener) + 1 :].lstrip()
            name = _quoted_name(rest)
            if name is None:
                rest = rest.lstrip("\"'“")
                end = _subject_end(rest)
                name = (rest[:end] if end is not None else "").strip(" .,:;\"'“”")
            words = name.split()
            if 2 <= len(words) <= 20 and name[:1].isupper() and not _header_words(name, vocabulary):
                return name
            return None
    return None


def paragraph_starts(text: str) -> set[int]:
    """Where a line opens a new paragraph: the line before it ended a sentence well short of the
    page's wrap width (a wrapped paragraph runs its lines out to the width)."""
    lines = text.split("\n")
    wrap_width = max((len(line.rstrip()) for line in lines), default=0)
    starts: set[int] = set()
    offset = 0
    before = ""
    for line in lines:
        ended = before.endswith((".", "!", "?")) and len(before) < _HEADING_WIDTH * wrap_width
        if ended and line.strip():
            starts.add(offset + len(line) - len(line.lstrip()))
        before = line.rstrip()
        offset += len(line) + 1
    return starts


def list_items(text: str) -> list[tuple[int, int]]:
    """Where each item of the page's lists starts and where its number's "." or ")" is (-1 after a
    bullet). Numbers and letters must run on (each one more than the one before or after it, or a
    list's "1" or "a"): a wrapped line opening with a figure ("100. Selanjutnya ...") is no item."""
    found: list[tuple[int, int, str, int]] = []
    for m in _LIST_ITEM.finditer(text):
        label = m.group(1)
        if label is None:
            found.append((m.start(), -1, "bullet", 0))
        elif label.isdigit():
            found.append((m.start(), m.end(1) + 1, "number", int(label)))
        else:
            found.append((m.start(), m.end(1) + 1, "letter", ord(label) - ord("a") + 1))

    def runs_on(k: int) -> bool:
        _, _, kind, number = found[k]
        before = found[k - 1] if k > 0 else None
        after = found[k + 1] if k + 1 < len(found) else None
        return (
            kind == "bullet"
            or number == 1
            or (before is not None and before[2] == kind and before[3] == number - 1)
            or (after is not None and after[2] == kind and after[3] == number + 1)
        )

    return [(at, mark) for k, (at, mark, _, _) in enumerate(found) if runs_on(k)]


def _item_title(sentence: str) -> str | None:
    """A list item's opening sentence that only names what the item is about ("2. Luas Hutan
    Kota Terawat."): the indicator the item's next sentences give figures of."""
    name = _LEADING.sub("", sentence).strip(" .:;")
    words = name.split()
    return name if 2 <= len(words) <= 25 and name[:1].isupper() else None


def _read_item_count(sentence: str, page: int | str, span: tuple[int, int], reading: _Reading) -> bool:
    """Adds the record of a report's list item stating one count of its indicator (see
    :func:`_item_count`); False when the item states none."""
    counted = _item_count(sentence, reading.vocabulary) if reading.doc_type is DocumentType.REPORT else None
    if counted is None:
        return False
    name, value, unit = counted
    citation = Citation(
        document_id=reading.source.document_id, document=reading.source.filename, page=page, span=span
    )
    return _emit(reading, name, unit, {"realisation": value}, reading.year, citation, None)


def _item_count(sentence: str, vocabulary: Vocabulary) -> tuple[str, float, str] | None:
    """A report's list item that names an indicator and states one count of it, without a word
    for target or realisation ("5. Jumlah Kader Terlatih: 48 orang di tahun 2025"): what was
    realised. The name ends at the colon, and the figure is followed by a known unit."""
    name, colon, rest = _LEADING.sub("", sentence).partition(":")
    figures = [(value, end) for value, start, end in numbers_in(rest) if not _YEAR.fullmatch(rest[start:end])]
    if not colon or len(name.split()) < 2 or not name[:1].isupper() or len(figures) != 1:
        return None
    value, end = figures[0]
    unit = rest[end:].split()[:1]
    if not unit or unit[0].lower().strip(".,;") not in vocabulary.units.known:
        return None
    return name.strip(), value, unit[0].strip(".,;")


def _names_a_figure(name: str, vocabulary: Vocabulary) -> bool:
    """A sentence's opening words that name one of its figures ("Target 2025"), not an indicator."""
    words = vocabulary.prose
    first = name.split()[0].lower() if name.split() else ""
    return first in {*words.target_words, *words.realisation_words, *words.achievement_words}


def _says_negative_of_it(sentence: str, vocabulary: Vocabulary) -> bool:
    """A sentence that says the indicator just reported is lower-is-better ("Indikator tersebut
    tergolong negatif ..."): it points back at it and names a negative marker."""
    text = normalise(sentence)
    words = set(re.findall(r"[a-z]+", text))
    return bool(words & set(vocabulary.prose.back_references)) and any(
        marker in text for marker in vocabulary.polarity.name_markers
    )


def _with_budget(
    record: Indicator, fields: dict[str, float | str], named: tuple[str, str] | None = None
) -> Indicator:
    """The record with the budget a sentence of its list item states, under the (sub) kegiatan the
    sentence names (``named``: its level and name): a sub kegiatan's budget line is the output
    indicator's it funds."""
    update: dict[str, object] = {
        _RECORD_FIELDS[kind]: value
        for kind, value in fields.items()
        if kind in ("pagu", "budget_realisation", "absorption") and isinstance(value, float)
    }
    if named is not None:
        level, name = named
        update[level] = _before_budget_words(name)
    return record.model_copy(update=update)


def _budget_points_back(sentence: str, vocabulary: Vocabulary) -> bool:
    """The words before a budget sentence's first budget word point back at what was just said
    ("Hasil itu ditopang belanja ...", "Capaian ini memakai pagu ..."), naming nothing."""
    lowered = sentence.lower()
    cuts = [
        m.start() for w in vocabulary.prose.budget_words for m in re.finditer(rf"\b{re.escape(w)}\b", lowered)
    ]
    head = re.findall(r"[^\W\d_]+", lowered[: min(cuts)]) if cuts else []
    return 0 < len(head) <= 5 and bool(set(head) & set(vocabulary.prose.back_references))


def _before_budget_words(name: str, vocabulary: Vocabulary = VOCABULARY) -> str:
    """ "Penyediaan Bibit memperoleh pagu Rp 1.000" → "Penyediaan Bibit": the words before its budget's."""
    lowered = name.lower()
    cuts = [
        m.start()
        for word in vocabulary.prose.pagu_words
        for m in re.finditer(rf"\b{re.escape(word)}\b", lowered)
    ]
    cuts.extend(m.start() for m in re.finditer(r"\brp\b", lowered))
    head = name[: min(cuts)].strip() if cuts else name
    words = head.split()
    # the verb that brought in the budget ("... memperoleh", "... menerima") is no part of the name
    return " ".join(words[:-1]) if len(words) > 2 and cuts and words[-1].islower() else head


def _sentences(text: str, *, headings: bool = True) -> Iterator[tuple[int, str]]:
    """The page's sentences with where each starts. A numbered heading line, or a line shorter than
    most that ends no sentence (a running header), is no wrapped line: it stands on its own; a
    numbered list item starts a sentence with its number ("3. Jumlah ..."), never ends one."""
    wrap_width = max((len(line.rstrip()) for line in text.split("\n")), default=0)
    items = list_items(text)
    marks = {mark for _, mark in items}
    # a quoted name ends no sentence at an abbreviation's full stop inside it ("... Jl. Merdeka")
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    cuts = [
        (m.start(), m.end())
        for m in _SENTENCE.finditer(text)
        if m.start() not in marks and not any(a < m.start() < b for a, b in quoted)
    ]
    cuts.extend((at, at) for at, _ in items)
    offset = 0
    ended = True  # the line before ended a sentence
    for line in text.split("\n") if headings else ():
        stripped = line.rstrip()
        end = offset + len(line)
        heading = _NUMBERED_HEADING.match(stripped) is not None
        short = len(stripped) < _HEADING_WIDTH * wrap_width
        if stripped and (short or heading) and not stripped.endswith(_GOES_ON):
            cuts.append((end, min(end + 1, len(text))))
            if ended:
                cuts.append((offset, offset))  # nor is it the end of the sentence before ("- 12 -")
        ended = not stripped or stripped.endswith((".", "!", "?"))
        offset = end + 1
    start = 0
    for cut_start, cut_end in sorted(cuts):
        if cut_start >= start:
            if cut_start > start:
                yield start, text[start:cut_start]
            start = cut_end
    yield start, text[start:]


def _refers_back(name: str, vocabulary: Vocabulary) -> bool:
    """A subject that points at the indicator named before ("ini", "indikator tersebut",
    "Kegiatan pendukungnya") rather than naming one."""
    words = name.lower().split()
    return bool(words) and (
        # "karena merupakan indikator negatif, capaian ...": the direction of the one named before
        normalise(name) in vocabulary.polarity.name_markers
        or words[-1] in vocabulary.prose.back_references
        or (len(words) <= 3 and words[-1].endswith("nya") and len(words[-1]) > 5)
    )


# The record's field for each kind of figure a sentence states.
_RECORD_FIELDS = {
    "target": "target",
    "realisation": "realisation",
    "achievement": "achievement_pct",
    "pagu": "pagu",
    "budget_realisation": "budget_realisation",
    "absorption": "absorption_pct",
}


def _add_figures(reading: _Reading, fields: dict[str, float | str], unit: str | None) -> None:
    """The figures of a sentence that speaks of the last indicator again, where that one has none."""
    last = reading.records[-1]
    update: dict[str, object] = {
        _RECORD_FIELDS[kind]: value
        for kind, value in fields.items()
        if kind in _RECORD_FIELDS and isinstance(value, float) and getattr(last, _RECORD_FIELDS[kind]) is None
    }
    if last.unit is None and unit is not None:
        update["unit"] = unit
    reading.records[-1] = last.model_copy(update=update)


def _reads_as_sentence(sentence: str, flat: str, vocabulary: Vocabulary) -> bool:
    lowered = flat.lower()
    return (
        "|" not in flat
        and len(numbers_in(flat)) <= 4
        and sentence.count("\n") <= 3
        and (
            any(opener + " " in lowered for opener in vocabulary.prose.indicator_openers)
            or ("rp" in lowered and _BUDGET_SUBJECT.search(flat) is not None)
        )
    )


def _until_figures(sentence: str) -> str:
    match = re.search(
        r"\s(dengan|memiliki|sebesar|yang|pada|target|pagu|anggaran)\s", sentence, re.IGNORECASE
    )
    return (sentence[: match.start()] if match else sentence).strip(" .,:")


def _budget_subject(sentence: str) -> str | None:
    match = _BUDGET_SUBJECT.search(sentence)
    if match is None:
        return None
    if match.group(2).split()[0].lower() in VOCABULARY.prose.back_references:
        return None  # "sub kegiatan ini ...": the one spoken of, no name of its own
    name = f"{match.group(1)} {match.group(2)}".strip()
    return name[:1].upper() + name[1:]


def _counted_in_units(after: str, vocabulary: Vocabulary) -> bool:
    """The text right after a figure opens with a known unit word ("24 unit"; a percent sign is no word)."""
    word = re.match(r"\s*([^\W\d_]+)", after)
    return word is not None and word.group(1).lower() in vocabulary.units.known


def _cue_inside_name(sentence: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """The keyword at ``start:end`` is a word of the name that opens with the word before it
    ("Tingkat realisasi retribusi pasar", "Persentase capaian imunisasi"): that word is a
    capitalised word indicator names open with, and a word of the name follows, not a figure or
    a word that introduces one ("Tingkat realisasi sebesar ...")."""
    if not _after_name_opener(sentence, start, vocabulary):
        return False
    after = re.match(r"\s+([^\W\d_]+)", sentence[end:])
    if after is None:
        return False
    return (
        _SUBJECT_END.match(" " + sentence[end:].lstrip()) is None
        and after.group(1).lower() not in vocabulary.prose.figure_introducers
    )


def _inside_a_name(sentence: str, at: int, vocabulary: Vocabulary) -> bool:
    """The word at ``at`` is capitalised right after a word indicator names open with
    ("Persentase Indikator ..."): part of the name."""
    return sentence[at : at + 1].isupper() and _after_name_opener(sentence, at, vocabulary)


def _after_name_opener(sentence: str, at: int, vocabulary: Vocabulary) -> bool:
    """The word before ``at`` is a capitalised word indicator names open with ("Persentase", "Tingkat")."""
    before = sentence[:at].split()
    opener = before[-1] if before else ""
    return opener[:1].isupper() and opener.lower() in vocabulary.names.indicator_starts


def _header_words(name: str, vocabulary: Vocabulary) -> bool:
    """A "name" made of column labels ("Satuan", "Satuan Target Realisasi Capaian"): a table's
    header line read as a sentence."""
    words = name.split()
    if len(words) <= 2 and classify_header(name, vocabulary) is not None:
        return True
    if bool(words) and all(classify_header(w, vocabulary) is not None for w in words[:3]):
        return True
    # "Keluaran Target Satuan Realisasi": the rest of the indicator column's label ("Indikator
    # Keluaran") before the value columns' labels
    return sum(classify_header(w, vocabulary) is not None for w in words[1:4]) == 3


def _sentence_subject(sentence: str, vocabulary: Vocabulary) -> str | None:
    """The indicator a sentence speaks of: after "indikator", else the sentence's opening words."""
    lowered = sentence.lower()
    figures = numbers_in(sentence)
    first_figure = figures[0][1] if figures else len(sentence)
    for opener in sorted(vocabulary.prose.indicator_openers, key=len, reverse=True):
        # "Selain indikator pada tabel di atas, indikator X memiliki target ...": the last one
        # before the figures names the indicator.
        # A capitalised opener right after a name's first word is the name's own ("Persentase
        # Indikator Kinerja ..."), not the sentence's.
        found = [
            m.start()
            for m in re.finditer(re.escape(opener + " "), lowered)
            if not _inside_a_name(sentence, m.start(), vocabulary)
        ]
        spots = [spot for spot in found if spot < first_figure]
        at = spots[-1] if spots else found[0] if found else -1
        if at >= 0:
            rest = re.sub(r"^(kinerja\s+)?", "", sentence[at + len(opener) + 1 :], flags=re.IGNORECASE)
            name = _quoted_name(rest)
            if name is None:
                rest = re.sub(r"^[\"'“”]", "", rest)
                end = _subject_end(rest)
                name = (rest[:end] if end is not None else rest).strip(" .,:;\"'“”")
                if end is not None and (clause := _name_after_comma(rest[end:], vocabulary)):
                    # "Melengkapi indikator Renstra, Jumlah X tahun 2025 terdata 48 unit": the
                    # opener's phrase sets the scene; the name opening the clause after it has the figures
                    return clause
            if _ROW_REFERENCE.match(name):
                # "Realisasi indikator nomor 3 belum diverifikasi": a table's row pointed at, its
                # number no figure of a name
                return None
            if name.lower().startswith("yang "):
                # "indikator yang semakin rendah semakin baik, capaian dihitung ...": a kind of
                # indicator the sentence explains a rule for, not one it reports on
                return None
            if _header_words(name, vocabulary):
                return None  # "Indikator Kinerja Satuan Target ...": a table's header line, not a sentence
            if name:
                return name
    leading = _LEADING.match(sentence)
    opening = sentence[leading.end() :] if leading else sentence
    end = _subject_end(opening)
    name = (opening[:end] if end is not None else "").strip(" .,:;\"'“”")
    words = name.split()
    # After "Realisasi" / "Untuk" the name runs on in lower case ("Realisasi persentase jalan
    # mantap tahun 2025 adalah ..."); a sentence opening on its own starts with a capital.
    after_verb_noun = bool(leading and leading.group(2))
    if name.lower() in vocabulary.prose.connectives:
        return None  # "Selain itu, realisasinya ...": joined to the sentence before, names nothing
    if end is not None and (possessive := _possessive_after_comma(opening[end:], vocabulary)):
        # "Sampai akhir Desember, realisasinya 40 unit": an opening phrase of time, then the figure
        # "of it" — the indicator the sentence before named
        return possessive
    if 2 <= len(words) <= 20 and (name[:1].isupper() or after_verb_noun):
        return name
    return None


def _name_after_comma(rest: str, vocabulary: Vocabulary) -> str | None:
    """The indicator's name opening the clause right after a comma, if one does: a capitalised
    word indicator names open with ("Jumlah", "Persentase") and more words before the figures."""
    said = re.match(r",\s+([A-Z][^\W\d_]*)\b", rest)
    if said is None or said.group(1).lower() not in vocabulary.names.indicator_starts:
        return None
    clause = rest[said.start(1) :]
    end = _subject_end(clause)
    name = (clause[:end] if end is not None else "").strip(" .,:;\"'“”")
    return name if len(name.split()) >= 2 else None


def _possessive_after_comma(rest: str, vocabulary: Vocabulary) -> str | None:
    """The figure word "of it" ("realisasinya", "capaiannya") right after the comma that ends a
    sentence's opening phrase, if that is what follows."""
    said = re.match(r",\s+([^\W\d_]+nya)\b", rest)
    if said is None:
        return None
    word = said.group(1).lower()
    prose = vocabulary.prose
    return word if word in (*prose.realisation_words, *prose.achievement_words, *prose.target_words) else None


# A row of a table pointed at by its number ("nomor 3", "no. 3", "butir 2").
_ROW_REFERENCE = re.compile(r"(?:nomor|no\.?|butir|baris)\s*\d{1,3}\b", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]{3,}"|“[^”]{3,}”')


def _quoted_name(rest: str) -> str | None:
    """The name in quotation marks that ``rest`` opens with: all of it, an abbreviation in
    parentheses and the lower-case words after it included ("Jumlah Pos (PK) aktif")."""
    quoted = _QUOTED.match(rest)
    name = quoted.group(0).strip('"“” ') if quoted else ""
    return _SPACES.sub(" ", name) if 0 < len(name.split()) <= 25 else None


def _sentence_figures(sentence: str, vocabulary: Vocabulary) -> dict[str, float | str]:
    """Each figure of the sentence given to the nearest keyword before it."""
    lowered = sentence.lower()
    words = vocabulary.prose
    cues = [
        *((w, "budget_realisation") for w in words.budget_realisation_words),
        *((w, "absorption") for w in words.absorption_words),
        *((w, "pagu") for w in words.pagu_words),
        *((w, "achievement") for w in words.achievement_words),
        *((w, "target") for w in words.target_words),
        *((w, "realisation") for w in words.realisation_words),
        *((w, "recorded") for w in words.recorded_words),
    ]
    marks: list[tuple[int, int, str]] = []
    for cue, kind in sorted(cues, key=lambda c: -len(c[0])):
        for match in re.finditer(r"\b" + re.escape(cue) + r"\b", lowered):
            if any(s < match.end() and match.start() < e for s, e, _ in marks):
                continue
            if " " not in cue and _cue_inside_name(sentence, match.start(), match.end(), vocabulary):
                continue  # "Tingkat realisasi retribusi ...": the name's word, no figure's
            marks.append((match.start(), match.end(), kind))
    marks.sort()
    # "X tercatat 14 titik": a figure only recorded is the realisation, unless a word before
    # already said which figure the sentence records ("Capaian X tercatat 90%")
    marks = [
        (s, e, "realisation") if kind == "recorded" else (s, e, kind)
        for k, (s, e, kind) in enumerate(marks)
        if kind != "recorded" or k == 0
    ]
    # "capaian dihitung target dibagi realisasi sehingga diperoleh 86%": the words of a formula
    # name no figure, the figure after them is what the word before the formula names
    for formula in _FORMULA.finditer(lowered):
        marks = [m for m in marks if not formula.start() <= m[0] < formula.end()]
    # "capaiannya mencapai 100%", "target diputuskan sebanyak": a word right after another
    # completes it, and the first says what the figure is.
    marks = [m for k, m in enumerate(marks) if not k or lowered[marks[k - 1][1] : m[0]].strip()]
    # "serapan dana kegiatan itu akhirnya mencapai 97%": a verb of reaching after
    # a budget's word with no figure or clause between them says how much of that was reached
    marks = [
        (s, e, marks[k - 1][2])
        if k
        and kind == "realisation"
        and not lowered[s:e].startswith("realisasi")
        and marks[k - 1][2] in ("absorption", "budget_realisation")
        and not re.search(r"\d|[,;]", lowered[marks[k - 1][1] : s])
        else (s, e, kind)
        for k, (s, e, kind) in enumerate(marks)
    ]
    fields: dict[str, float | str] = {}
    money_marks: set[int] = set()  # the keywords whose figure was an amount of money
    # "Indikator Pendapatan retribusi ... ditargetkan sebesar Rp ...": an indicator counted in
    # money, when the sentence names an indicator and says nothing of a budget
    # (or a sentence opening with a word indicator names open with: "Nilai investasi ... tercatat Rp ...")
    opening = _LEADING.sub("", sentence).split(" ", 1)[0]
    names_one = any(opener + " " in lowered for opener in words.indicator_openers) or (
        opening[:1].isupper() and opening.lower() in vocabulary.names.indicator_starts
    )
    money_indicator = names_one and not any(word in lowered for word in words.budget_words)
    # the indicator's name in quotes ("Persentase Sampah Dipilah 3R"): its digits are no figures
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    for value, start, end in numbers_in(sentence):
        if any(s < start and end < e for s, e in quoted):
            continue
        before_text = sentence[max(0, start - 12) : start].lower()
        money = bool(re.search(r"rp\.?\s*$", before_text))
        if (
            _YEAR.fullmatch(sentence[start:end])
            and not money
            and not re.match(r"\s*(%|persen)", sentence[end:])
        ):
            continue  # "tahun (anggaran) 2025", "TW IV 2025": a year, not a figure
        if _MONTH_AFTER.match(sentence, end):
            continue  # "posisi 31 Desember 2025": a day of a date, not a figure
        if _RANGE_AFTER.match(sentence, end) or _RANGE_BEFORE.search(sentence, 0, start):
            continue  # "balita usia 6-59 bulan": a range in a name, not a figure
        if _FORMULA_FACTOR.search(sentence, 0, start):
            continue  # "realisasi / target x 100%": the formula's factor, not a figure
        before = [m for m in marks if m[1] <= start and start - m[1] <= _FIGURE_WINDOW]
        if not before:
            continue
        kind = before[-1][2]
        after = sentence[end : end + 25]
        if money and kind == "target" and not money_indicator:
            kind = "pagu"
        elif money and kind in ("realisation", "achievement") and not money_indicator:
            kind = "budget_realisation"
        if money:
            money_marks.add(before[-1][0])
        percent = bool(re.match(r"\s*(%|persen)", after))
        parenthesised = sentence[max(0, start - 2) : start].strip().startswith("(")
        of_money = parenthesised or before[-1][0] in money_marks
        if kind == "realisation" and percent and of_money and "budget_realisation" in fields:
            # "realisasi Rp 7.301.250.000 (93,01%)", "terealisasi Rp 7.301.250.000 atau 93,01%"
            kind = "absorption"
        if kind == "realisation" and "realisation" in fields and _SHARE_OF_TARGET.match(sentence, end):
            # "terealisasi 54 unit atau 90 persen dari target.": the share of the target reached
            # is the achievement, not a second realisation
            kind = "achievement"
        if (
            kind == "realisation"
            and "realisation" in fields
            and percent
            and re.search(r"\batau\s*$", lowered[: before[-1][0]])
        ):
            # "terealisasi 6 posko atau tercapai 75%": a reaching verb after "atau" restates
            # the realisation as its share of the target, the achievement
            kind = "achievement"
        if kind == "achievement" and not percent and _counted_in_units(after, vocabulary):
            # "capaian output X sebesar 24 unit": an achievement is a share; a count is what was realised
            kind = "realisation"
        if kind == "budget_realisation" and percent:
            kind = "absorption"
        elif kind == "pagu" and percent:
            continue
        if kind in fields:
            # "(98,4%)" right after a realisation is its achievement / absorption
            if percent and parenthesised:
                kind = "absorption" if kind in ("budget_realisation", "pagu", "absorption") else "achievement"
                if kind in fields:
                    continue
            else:
                continue
        fields[kind] = value
        if kind == "target" and "unit" not in fields:
            unit = re.match(r"\s*(%|[A-Za-z][\w/.]*(?:\s[\d.]+\s?\w+)?)", after)
            if unit and (unit.group(1) == "%" or unit.group(1).lower() in vocabulary.units.known):
                fields["unit"] = unit.group(1)
    if not any(k in fields for k in VALUE_KINDS):
        return {}
    return fields


# ---------------------------------------------------------------------------- repeats


def _without_repeats(records: list[Indicator]) -> list[Indicator]:
    """One record per indicator, year and page: a table repeated in the text keeps its richest.
    A figure only the other states fills what the richest leaves empty: prose may give the target
    and realisation in one sentence and the achievement in the next ("Dengan demikian capaian
    indikator X adalah ...")."""
    best: dict[tuple[str, int | None, int | str], Indicator] = {}
    order: list[tuple[str, int | None, int | str]] = []
    for record in records:
        key = (indicator_key(record.indicator), record.fiscal_year, record.citation.page)
        if key not in best:
            order.append(key)
            best[key] = record
            continue
        richer, other = (
            (record, best[key]) if _richness(record) > _richness(best[key]) else (best[key], record)
        )
        missing = {
            k: getattr(other, k)
            for k in _FIGURES
            if getattr(richer, k) is None and getattr(other, k) is not None
        }
        best[key] = richer.model_copy(update=missing) if missing else richer
    return [best[key] for key in order]


_FIGURES = ("target", "realisation", "achievement_pct", "pagu", "budget_realisation", "absorption_pct")


def _richness(record: Indicator) -> int:
    return sum(
        getattr(record, k) is not None
        for k in (
            "target",
            "realisation",
            "achievement_pct",
            "pagu",
            "budget_realisation",
            "absorption_pct",
            "unit",
        )
    )
