"""The page's text written from a reading: Tesseract's paragraphs and the tables in their place,
in reading order (sidebars, side blocks, form rows, numbered columns, columns beside rules, bands
of the page); or Tesseract's own text where ours would break rows it read whole. Apart from the
tables, which it only places, and from the choice of reading, which it does not make."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.codes import correct_codes
from samarinda_extraction.domain.column_rules import dividing_rules, read_beside_rules
from samarinda_extraction.domain.form_layout import form_rows
from samarinda_extraction.domain.level_lines import level_rows
from samarinda_extraction.domain.numbered_columns import numbered_columns_read_down
from samarinda_extraction.domain.ocr_tables import Box, OcrTable, Word, split_paragraphs, words_outside
from samarinda_extraction.domain.quality import reads_rows_whole, text_shape
from samarinda_extraction.domain.side_blocks import blocks_read_down
from samarinda_extraction.domain.sidebars import column_order, cut_at_sidebar
from samarinda_extraction.readers.tesseract import Reading

_BLANK_LINES = re.compile(r"\n{3,}")


def page_text(
    lines: Sequence[Sequence[Word]], tables: Sequence[OcrTable] = (), rules: Sequence[Box] = ()
) -> str:
    """Tesseract's paragraphs in its reading order, a table written row by row, each cell whole
    (where Tesseract may have read it column by column, or a wrapped cell's lines interleaved
    with its neighbours'). On a single-column page the paragraphs and tables go top to bottom:
    next to a large table Tesseract's block order can put a title after the table. A form's
    labels and values (which Tesseract reads as two columns) are read row by row, but the two
    sides of a vertical rule between blocks of text (a boxed form's panel) and a numbered list
    in two columns each down whole."""
    boxes = [t.box for t in tables]
    lines = cut_at_sidebar(lines, boxes) or lines
    lines = blocks_read_down(lines, boxes) or lines
    lines = level_rows(form_rows(lines, boxes) or lines, boxes)
    lines = numbered_columns_read_down(lines) or lines
    free = words_outside([w for line in lines for w in line], boxes)
    lines = read_beside_rules(lines, dividing_rules(rules, free), rules) or lines
    units: list[tuple[Box, str]] = []
    emitted: set[int] = set()
    for paragraph in split_paragraphs(lines):
        kept: list[list[Word]] = []
        for line in paragraph:
            inside = [_box_of(w, boxes) for w in line]
            if kept and any(t is not None for t in inside):
                # A paragraph of Tesseract's can run over a table (a title above it, a note
                # below): its lines on either side are two units, each placed by its own top.
                units.extend(_units(kept))
                kept = []
            for table in dict.fromkeys(t for t in inside if t is not None):
                if table not in emitted:
                    emitted.add(table)
                    rows = (" ".join(cell for cell in row if cell) for row in tables[table].rows)
                    units.append((boxes[table], "\n".join(rows)))
            outside = [w for w, t in zip(line, inside, strict=True) if t is None]
            if outside:
                kept.append(outside)
        if kept:
            units.extend(_units(kept))
    # Columns of text are paragraphs of several lines side by side; one line Tesseract cut in
    # two blocks is not a column layout.
    if not side_by_side([box for box, text in units if "\n" in text]):
        units.sort(key=lambda unit: unit[0].y0)
    else:
        heights = [w.y1 - w.y0 for line in lines for w in line]
        units = in_bands(units, _GUTTER_HEIGHTS * statistics.median(heights) if heights else 0.0)
    return _BLANK_LINES.sub("\n\n", "\n\n".join(text for _, text in units)).strip()


def _units(lines: Sequence[Sequence[Word]]) -> list[tuple[Box, str]]:
    """A paragraph of Tesseract's as units of the page's text: cut where a line stands below the
    line before it but wholly beside it (a centred title and the label at the right under it,
    strung into one block), each part then placed by its own box. (A row read as two lines, a
    label and its value level with it, stays one unit.)"""
    parts: list[list[Sequence[Word]]] = []
    for line in lines:
        if parts and not _apart_below(parts[-1][-1], line):
            parts[-1].append(line)
        else:
            parts.append([line])
    return [_unit(part) for part in parts]


def _apart_below(above: Sequence[Word], line: Sequence[Word]) -> bool:
    """Whether ``line`` stands below ``above`` and shares no stretch of the page's width with it."""
    beside = min(w.x0 for w in line) >= max(w.x1 for w in above) or max(w.x1 for w in line) <= min(
        w.x0 for w in above
    )
    return beside and min(w.y0 for w in line) >= max(w.y1 for w in above)


def _unit(lines: Sequence[Sequence[Word]]) -> tuple[Box, str]:
    """Lines of words as one unit of the page's text, with the box they cover."""
    words = [w for line in lines for w in line]
    box = Box(
        min(w.x0 for w in words), min(w.y0 for w in words), max(w.x1 for w in words), max(w.y1 for w in words)
    )
    return box, "\n".join(" ".join(w.text for w in line) for line in lines)


# A unit standing alone in its band is taken for one across the page (a cut above and below it is
# safe) when it spans this share of the page's text width; a narrower one may be a box of a
# leaflet's grid that Tesseract reads in its own order with its neighbours.
_ACROSS_SHARE = 0.6
# Units this many text heights apart, with nothing crossing between them, are columns.
_GUTTER_HEIGHTS = 1.0


def in_bands(units: Sequence[tuple[Box, str]], gutter: float = 0.0) -> list[tuple[Box, str]]:
    """Units side by side kept in Tesseract's order within the band of the page they share, the
    bands top to bottom: next to a wide table (or beside a pair of signature blocks) Tesseract's
    block order can put a page's title and heading lines after everything below them. The page is
    cut only above or below a unit standing alone in its band (but for one-line marks within its
    height) and across most of the page (a table, a paragraph): two columns whose paragraphs
    happen to end level stay one band, each column read down whole. Within a band, boxes apart by
    a gutter at least ``gutter`` wide that no box crosses are columns (a body and its sidebar):
    each is read down whole, top to bottom, the columns left to right (Tesseract's order can take
    a sidebar's paragraphs in between the body's); a unit ending above every unit of the other
    columns stands over them and is read first."""
    order = sorted(range(len(units)), key=lambda i: units[i][0].y0)
    bands: list[list[int]] = []
    bottom = float("-inf")
    for index in order:
        box = units[index][0]
        if bands and box.y0 < bottom:
            bands[-1].append(index)
            bottom = max(bottom, box.y1)
        else:
            bands.append([index])
            bottom = box.y1
    left = min(box.x0 for box, _ in units)
    right = max(box.x1 for box, _ in units)

    def across(band: list[int]) -> bool:
        widest = max(band, key=lambda i: units[i][0].x1 - units[i][0].x0)
        box = units[widest][0]
        # A mark beside it, one line within its height (a letterhead's emblem read as letters),
        # is no column: the unit still stands alone across the page.
        marks = all(
            "\n" not in units[i][1] and box.y0 <= units[i][0].y0 and units[i][0].y1 <= box.y1
            for i in band
            if i != widest
        )
        return marks and box.x1 - box.x0 >= _ACROSS_SHARE * (right - left)

    joined: list[list[int]] = []
    for band in bands:
        if joined and not across(joined[-1]) and not across(band):
            joined[-1].extend(band)
        else:
            joined.append(band)
    out: list[tuple[Box, str]] = []
    for band in joined:
        reading = column_order([units[i][0] for i in band], gutter) if gutter > 0 else None
        if reading is None:
            out.extend(units[i] for i in sorted(band))
        else:
            out.extend(units[band[i]] for i in reading)
    return out


def side_by_side(boxes: Sequence[Box]) -> bool:
    """Whether any two boxes stand next to each other (columns of text), not one above the other."""
    for a, b in itertools.combinations(boxes, 2):
        overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
        if overlap > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0) and (a.x1 <= b.x0 or b.x1 <= a.x0):
            return True
    return False


def _box_of(word: Word, boxes: Sequence[Box]) -> int | None:
    for index, box in enumerate(boxes):
        if box.holds(word):
            return index
    return None


def rows_kept(text: str, across: str, reading: Reading, tables: Sequence[Box] = ()) -> tuple[str, str]:
    """The text written from the kept reading, and the pass it reports; or Tesseract's own text of
    that reading when that reads the page's rows whole where the written one (``across``: as
    written without cutting lines at column rules) breaks them (``reads_rows_whole``): our layout
    never leaves a page's rows in more pieces than Tesseract read them, whatever it rearranged.
    (Not the plain reading's own text against a cleaned one's: a photo's plain lines come out
    longer with the desk's texture joined to them.)"""
    # Side-by-side blocks are read down in both: their lines are meant shorter than Tesseract's.
    own = correct_codes(_own_text(blocks_read_down(reading.lines, tables) or reading.lines))
    if reads_rows_whole(*text_shape(own), *text_shape(across)):
        return own, f"{reading.name}+own-order"
    return text, reading.name


def _own_text(lines: Sequence[Sequence[Word]]) -> str:
    """A reading's words in Tesseract's own lines and order (paragraphs apart)."""
    return _BLANK_LINES.sub("\n\n", "\n".join(" ".join(w.text for w in line) for line in lines)).strip()
