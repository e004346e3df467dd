"""A vertical rule between two blocks of text is a column boundary: each side is read down whole.

A boxed form (a disposition sheet, a letter's header box) splits some of its panels in two with a
vertical rule: the sender's details on the left, the receipt's on the right; the addressees on the
left, the instructions on the right. Tesseract's layout analysis often reads across the rule, one
line of the left block then the level line of the right one, and does so always once the rulings
are erased (a JPEG's or a fax's broken rule is no boundary to it). The words on either side of such
a rule are read as two runs of lines, left then right, as written.

A rule divides when no word crosses it, when words of text stand on both sides of it on two rows
at least, and when it runs past the words level with it above and below, as a panel's rule does
from the panel's top rule to its bottom one: the stems of letters that start a column on line
after line, bridged into a run (on a fax, by the bridging that mends its dashed rules), end
within the first and last of those letters. A table's column rules come two or more across
the same rows (whatever the columns hold, numbers too): they are left to the table's rows, read
across.

A panel's rule can stop short of its longer column: drawn the height of the shorter side, it
ends above the last rows of the other (a header box's fourth label under three on the right).
Rows on one side of the rule only that follow on at the spacing of the rows beside it belong to
that side's column all the same, and the rule is read as reaching them. Not past an end where the
box's frame ends too (another vertical rule ending level with it): there the rule meets the box's
edge, and the rows beyond (a list under a boxed receipt area) are outside the panel.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Box, OcrTable, Word, visual_rows
from samarinda_extraction.domain.quality import CONFIDENT_WORD

# A word crosses a rule when it reaches this many text heights past it on both sides (a glyph's
# edge touching a rule drawn close to it does not, nor a bit of a fax's rule read with a word).
_CROSSING = 0.5
# A rule is at least this many text heights long (two lines and their padding).
_MIN_LENGTH = 3.0
# Each side holds words of text on at least so many rows within the rule's reach ...
_MIN_ROWS = 2
# ... words of at least so many letters.
_WORD_LETTERS = 3
# A rule runs through an unruled table, which is then two columns of text, when it spans this
# share of the table's height.
_THROUGH = 0.8
# A row follows on from the rows beside a rule when the gap before it is at most their widest
# gap between rows and this many text heights more (a scan's jitter).
_FOLLOWING_SLACK = 0.5
# A rule ends at its box's edge when one of the box's sides ends within this many text heights of
# its end (a rule drawn the height of a panel's shorter side stops several lines short of it).
_FRAME_ENDS = 0.5


def dividing_rules(rules: Sequence[Box], words: Sequence[Word]) -> list[Box]:
    """The rules (thin boxes of vertical rulings) that stand between two blocks of text, alone
    over their rows (see the module)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    columns = sorted(
        (rule for rule in rules if _between_words(rule, words, height)), key=lambda r: r.y0 - r.y1
    )
    # Pieces of one boundary (a fax's broken rule, specks in line down the gutter) have no word
    # between them; the longest stands for them all.
    kept: list[Box] = []
    for rule in columns:
        if not any(_level(rule, other) and not _words_between(rule, other, words) for other in kept):
            kept.append(rule)
    return [
        rule
        for rule in kept
        if _text_on_both_sides(rule, words)
        and not any(other is not rule and _level(rule, other) for other in kept)
    ]


def read_beside_rules(
    lines: Sequence[Sequence[Word]], rules: Sequence[Box], frame: Sequence[Box] = ()
) -> list[list[Word]] | None:
    """The lines (Tesseract's, in its order, ``[]`` between paragraphs) with the words level with
    each dividing rule read as one paragraph: the lines left of the rule, then those right of it,
    each side top to bottom, where Tesseract read the first of them; None when no rule divides.
    ``frame``: the page's other vertical rules (a box's sides end where the box does)."""
    if not rules:
        return None
    words = [w for line in lines for w in line]
    rules = [_reaching_on(rule, words, frame) for rule in rules]
    out: list[list[Word]] = []
    placed: set[int] = set()
    for line in lines:
        index = next((i for i, rule in enumerate(rules) for w in line if _level_with(w, rule)), None)
        if index is None:
            out.append(list(line))
            continue
        if index in placed:
            continue
        placed.add(index)
        rule = rules[index]
        beside = [w for other in lines for w in other if _level_with(w, rule)]
        middle = (rule.x0 + rule.x1) / 2
        left = visual_rows([w for w in beside if w.cx < middle])
        right = visual_rows([w for w in beside if w.cx >= middle])
        out.extend([[], *left, *right, []])
    return out


def split_by_rule(table: OcrTable, rules: Sequence[Box]) -> bool:
    """Whether a dividing rule runs down through the middle of an unruled table over most of its
    height: two columns of text (two lists side by side in a form's panel), not one table."""
    box = table.box
    return any(
        box.x0 < rule.x0
        and rule.x1 < box.x1
        and min(rule.y1, box.y1) - max(rule.y0, box.y0) >= _THROUGH * (box.y1 - box.y0)
        for rule in rules
    )


def _reaching_on(rule: Box, words: Sequence[Word], frame: Sequence[Box] = ()) -> Box:
    """The rule reaching down and up over the rows that go on one of its sides at the spacing of
    the rows level with it, but not past an end the box's frame ends at too (see the module)."""
    rows = visual_rows(words)
    beside = [i for i, row in enumerate(rows) if any(_level_with(w, rule) for w in row)]
    if len(beside) < _MIN_ROWS:
        return rule
    height = statistics.median(w.height for i in beside for w in rows[i])
    gaps = [_gap(rows[a], rows[b]) for a, b in itertools.pairwise(beside)]
    widest = max(gaps) + _FOLLOWING_SLACK * height
    sides = [other for other in frame if other.x1 < rule.x0 or other.x0 > rule.x1]
    closed_below = any(abs(other.y1 - rule.y1) <= _FRAME_ENDS * height for other in sides)
    closed_above = any(abs(other.y0 - rule.y0) <= _FRAME_ENDS * height for other in sides)
    first, last = beside[0], beside[-1]
    while not closed_below and last + 1 < len(rows) and _follows(rows[last], rows[last + 1], rule, widest):
        last += 1
    while not closed_above and first > 0 and _follows(rows[first], rows[first - 1], rule, widest):
        first -= 1
    top = min(rule.y0, min(w.y0 for w in rows[first]))
    bottom = max(rule.y1, max(w.y1 for w in rows[last]))
    return Box(rule.x0, top, rule.x1, bottom)


def _follows(row: Sequence[Word], other: Sequence[Word], rule: Box, widest: float) -> bool:
    """Whether ``other`` (the next row above or below ``row``) stands on one side of the rule
    within ``widest`` of the row."""
    gap = _gap(row, other) if min(w.y0 for w in other) > min(w.y0 for w in row) else _gap(other, row)
    return _one_side(other, rule) and gap <= widest


def _gap(above: Sequence[Word], below: Sequence[Word]) -> float:
    return min(w.y0 for w in below) - max(w.y1 for w in above)


def _one_side(row: Sequence[Word], rule: Box) -> bool:
    return all(w.x1 < rule.x0 for w in row) or all(w.x0 > rule.x1 for w in row)


def _between_words(rule: Box, words: Sequence[Word], height: float) -> bool:
    """Whether the rule stands between words (a column rule, of a table or a panel): long enough,
    crossed by no word Tesseract is sure of, running past the words level with it, some on
    either side."""
    level = [w for w in words if _level_with(w, rule)]
    reach = _CROSSING * height
    if rule.y1 - rule.y0 < _MIN_LENGTH * height or not level:
        return False
    if min(w.y0 for w in level) < rule.y0 or max(w.y1 for w in level) > rule.y1:
        return False
    # A word Tesseract is unsure of may be the rule's own bits read with the words beside it.
    sure = [w for w in level if w.confidence >= CONFIDENT_WORD]
    if any(w.x0 < rule.x0 - reach and w.x1 > rule.x1 + reach for w in sure):
        return False
    middle = (rule.x0 + rule.x1) / 2
    return any(w.cx < middle for w in level) and any(w.cx >= middle for w in level)


def _text_on_both_sides(rule: Box, words: Sequence[Word]) -> bool:
    middle = (rule.x0 + rule.x1) / 2
    level = [w for w in words if _level_with(w, rule) and _is_word(w.text)]
    sides = ([w for w in level if w.cx < middle], [w for w in level if w.cx >= middle])
    return all(len(visual_rows(side)) >= _MIN_ROWS for side in sides)


def _words_between(a: Box, b: Box, words: Sequence[Word]) -> bool:
    top, bottom = max(a.y0, b.y0), min(a.y1, b.y1)
    left, right = min(a.x1, b.x1), max(a.x0, b.x0)
    return any(top <= w.cy <= bottom and left < w.cx < right for w in words)


def _level_with(word: Word, rule: Box) -> bool:
    return rule.y0 <= word.cy <= rule.y1


def _level(a: Box, b: Box) -> bool:
    return min(a.y1, b.y1) > max(a.y0, b.y0)


def _is_word(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= _WORD_LETTERS
