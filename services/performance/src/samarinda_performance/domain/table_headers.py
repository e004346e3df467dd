"""A table's header and what its columns mean: each header label classified into a
:class:`Column` kind (indicator, hierarchy, unit, target, realisation, achievement, pagu, budget
realisation, absorption, polarity, with a year when the label names one), OCR slips on header
words corrected, the header block found above the data rows, and several header rows (or value
labels OCR joined into one cell) turned into the table's columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from samarinda_common.extracted import CellValue

from samarinda_performance.domain.document_kind import YEAR
from samarinda_performance.domain.indicator_names import normalise
from samarinda_performance.domain.numbers import parse_number
from samarinda_performance.domain.reading_state import VALUE_KINDS
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

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


def canonical_header(label: str) -> str:
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
    text = " ".join(abbreviations.get(token, token) for token in canonical_header(label).split(" "))
    if not text:
        return None
    years = YEAR.findall(text)
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
    cells = list(row[1:]) if row and is_code(row[0]) else list(row)
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


def is_code(cell: CellValue) -> bool:
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
                and is_header_like(rows[end + 1], above=rows[end])
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


def is_header_like(row: Sequence[CellValue], above: Sequence[CellValue] = ()) -> bool:
    if is_group_row(row):
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


def is_group_row(row: Sequence[CellValue]) -> bool:
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
        keep = next((c for c in names if "indikator" in canonical_header(labels[c.index])), names[-1])
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
    text = canonical_header(cell)
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
    words = [abbreviations.get(token, token) for token in canonical_header(cell).split(" ")]
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
