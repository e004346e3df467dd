"""Reading the rows of a structured table (a spreadsheet's or a PDF's, OCR'd ones included) once
its columns are known: a table without a header continuing the previous one's columns, group rows
setting the programme / kegiatan / sub-kegiatan context, each data row's name, unit, target text
and figures (split when OCR joined value columns into one cell), emitted as a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from samarinda_common.extracted import CellValue, Table
from samarinda_common.table_rows import is_column_numbering

from samarinda_performance.domain.indicator_names import (
    SPACES,
    TOTAL,
    hierarchy_level,
    level_name,
    normalise,
    unit_in_parentheses,
    unit_inside_name,
)

# under its old name: _read_row has a local ``clean_name``
from samarinda_performance.domain.indicator_names import clean_name as _clean_name
from samarinda_performance.domain.model import Citation, DocumentType
from samarinda_performance.domain.numbers import is_not_stated, parse_number
from samarinda_performance.domain.ocr_text import garbled_figure, numbering_misread, repair_cell
from samarinda_performance.domain.reading_state import VALUE_KINDS, Reading, emit
from samarinda_performance.domain.table_headers import (
    Column,
    find_header,
    is_code,
    is_group_row,
    is_header_like,
    table_columns,
)
from samarinda_performance.domain.text_tables import SPECKS
from samarinda_performance.domain.vocabulary import Vocabulary


def _page_of(table: Table) -> int | str:
    return table.sheet or table.page or 1


def pages_of(table: Table) -> list[int | str]:
    """Every page a table covers: one the extraction joined across a page break holds the next
    page's rows too, so that page's text is the same rows again, not a table of its own."""
    first = _page_of(table)
    if isinstance(first, int) and table.continued_on is not None:
        return list(range(first, table.continued_on + 1))
    return [first]


_JOINED_FIGURE = re.compile(r"-?\d[\d.,]*%?|[-–—]")


def joined_figure(cell: CellValue, position: int, count: int) -> str | None:
    """The ``position``-th of the ``count`` figures a cell of joined columns holds side by side
    ("511 508 99,41%"); None unless it holds exactly ``count`` (a figure lost, or one OCR broke
    apart, leaves the rest unplaceable)."""
    if not isinstance(cell, str):
        return None
    tokens = cell.replace(" %", "%").split()
    figures = [t.strip(SPECKS) or t for t in tokens]
    if len(figures) != count or not all(_JOINED_FIGURE.fullmatch(f) for f in figures):
        return None
    return figures[position]


def read_table(table: Table, reading: Reading, previous: list[Column] | None) -> list[Column] | None:
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
    if not is_header_like(row) or any(parse_number(c) is not None for c in row[1:] if c not in (None, "")):
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
        return SPACES.sub(" ", cell).strip()
    return cell


def _read_row(
    row: Sequence[CellValue], columns: list[Column], table: Table, index: int, reading: Reading
) -> None:
    def cell(column: Column) -> CellValue:
        return row[column.index] if column.index < len(row) else None

    if is_column_numbering(row) or (_page_of(table) in reading.ocr_pages and numbering_misread(row)):
        return  # the "(1) (2) (3) ..." row under a header, repeated on each page: no indicator
    if is_group_row(row):
        # "PROGRAM ..." across the row, in the number column or merged over every column: a
        # heading whichever column holds it
        heading = next(str(c).strip() for c in row if c not in (None, "") and str(c).strip())
        level = hierarchy_level(heading, reading.vocabulary)
        if level is not None:
            reading.context.enter(level, level_name(heading, reading.vocabulary))
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
            if isinstance(text, str) and text and not is_code(text):
                reading.context.enter(column.kind, level_name(text, reading.vocabulary))
    indicator_column = next((c for c in columns if c.kind == "indicator"), None)
    hierarchy_column = next((c for c in columns if c.kind == "hierarchy"), None)
    name = str(cell(indicator_column) or "") if indicator_column else ""
    level_text = str(cell(hierarchy_column) or "") if hierarchy_column else ""
    level = hierarchy_level(level_text, reading.vocabulary) if level_text else None
    if not name and not level_text:
        return
    if level_text and not name:
        if level is not None:
            reading.context.enter(level, level_name(level_text, reading.vocabulary))
        name = level_text
    elif level_text and level is not None:
        reading.context.enter(level, level_name(level_text, reading.vocabulary))
    if TOTAL.match(name) or is_code(name):
        return
    own_level = (
        hierarchy_level(name, reading.vocabulary) if not indicator_column or name == level_text else None
    )
    if indicator_column and name != level_text:
        own_level = None
        if hierarchy_level(name, reading.vocabulary) is not None and not any(
            parse_number(cell(c)) is not None for c in columns if c.kind in ("target", "realisation")
        ):
            # "Program Peningkatan ..." in the indicator column: a heading row, not an indicator
            level = hierarchy_level(name, reading.vocabulary)
            assert level is not None
            reading.context.enter(level, level_name(name, reading.vocabulary))
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
    clean_name = level_name(name, reading.vocabulary) if own_level else _clean_name(name)
    displaced = _figure_without_header(row, table) if _page_of(table) in reading.ocr_pages else None
    for year, fields in values.items():
        target_text = _target_text(row, columns, year, reading) if fields.get("target") is None else None
        if target_text == "" and displaced is not None:
            # a blank target beside a figure under no header: OCR split the target's digits off
            # into a column of its own ("5" of "95"), so the target is unread, not missing
            target_text = displaced
        emit(
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
    row: Sequence[CellValue], columns: list[Column], year: int | None, reading: Reading
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
    row: Sequence[CellValue], columns: list[Column], reading: Reading, *, ocr: bool = False
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
