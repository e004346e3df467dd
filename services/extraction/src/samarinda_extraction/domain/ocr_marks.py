"""Words that are no text: marks Tesseract read as letters.

A signature's or stamp's strokes, a fax's hairline streak, specks of dust, glyphs of several
lines stacked into one tall word, and a dash read as a letter. Judged from a word's shape against
the page's text height alone; separate because the page readers drop or mend these words before
any table or text is built from them.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import replace

from samarinda_extraction.domain.ocr_words import Word
from samarinda_extraction.domain.quality import CONFIDENT_WORD

# A word this many times as tall as the page's median word (two lines and the gap between them),
# and narrower than this share of its height per character, is glyphs of several lines read as
# one word. (A fax's blurred amount is up to twice as tall as the median word, and its dots narrow.)
_STACKED_HEIGHT = 2.4
_STACKED_WIDTH = 0.35
# ... and no wider than a glyph or two of the text (this many median word heights): a word of a
# line a fax's streak runs through comes back as tall as the streak, but as wide as its letters.
_STACKED_GLYPHS = 1.5


def stacked_words(words: Sequence[Word]) -> list[Word]:
    """Words Tesseract made of glyphs stacked over several lines: a column of one-digit row
    numbers read as one tall, narrow word of two or three wrong letters. A large
    title's words are as tall but as wide as their letters are high."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    return [
        w
        for w in words
        if len(w.text) >= 2
        and w.height > _STACKED_HEIGHT * height
        and (w.x1 - w.x0) < min(_STACKED_WIDTH * w.height * len(w.text), _STACKED_GLYPHS * height)
    ]


# A word this many times as tall as the page's median word is no line of the text's size ...
_SCRIBBLE_HEIGHT = 1.3
# ... and, read unsurely, or below this confidence with letters wider than this share of its
# height, it is a signature's or a stamp's stroke that Tesseract read as letters ("NA", "YWK").
# (A letter-spaced title's letters are as wide, but it is read surely.)
_SCRIBBLE_WIDTH = 1.1
_SURE_WORD = 80.0
# A word of this many characters at most, each wider than this many times the text's height
# (no letter, digit or symbol of the text is: an em dash is one height wide) and this many
# times the text's usual character (a fax at standard resolution, squashed to half its height,
# makes every glyph wider than tall), is a stroke whatever its confidence.
_STROKE_CHARACTERS = 3
_STROKE_WIDTH = 1.2
_STROKE_CHARACTER_WIDTHS = 1.6


def scribbles(words: Sequence[Word]) -> list[Word]:
    """Words that are strokes read as letters: a signature in a table's last column comes back
    as a few capitals, taller than the text and as wide as a word, at a low confidence or with
    each letter wider than it is tall. A heading's larger words are read surely. A blurred word
    of the text swells as tall and is read as unsurely, but it is written where the text is: an
    amount (``4.080.000``), or a word a space from the text's words on its line (``4 bln`` in
    ``4 org x 4 bln``), is no stroke."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    unsure = [
        w
        for w in words
        if w.height > _SCRIBBLE_HEIGHT * height
        and (
            w.confidence < CONFIDENT_WORD
            or (w.confidence < _SURE_WORD and (w.x1 - w.x0) > _SCRIBBLE_WIDTH * w.height * len(w.text))
        )
    ]
    text = [w for w in words if w.height <= _SCRIBBLE_HEIGHT * height]
    return [w for w in unsure if not _AMOUNT.match(w.text) and not _spaced_from_text(w, text, height)]


# An amount with its thousands grouped, a trailing comma or full stop read from the blur.
_AMOUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})+[.,]?$")


def _spaced_from_text(word: Word, text: Sequence[Word], height: float) -> bool:
    """Whether a word of the text's size stands at most a text height to the left or right of
    ``word`` on its line (a word space apart, not a column's gutter)."""
    return any(
        min(word.y1, w.y1) - max(word.y0, w.y0) > 0.5 * w.height
        and max(w.x0 - word.x1, word.x0 - w.x1) <= height
        for w in text
    )


def wide_strokes(words: Sequence[Word]) -> list[Word]:
    """Words of two or three "letters" each wider than any glyph of the text: a small signature
    of the text's height, read (even surely) as two wide capitals, or a long dash under a name. Only
    a ruled cell's text leaves them out: there the rules, not the words, make the rows and
    columns (an unruled table's structure comes from its words, a blurred fax's wide ones too)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    character = statistics.median((w.x1 - w.x0) / max(1, len(w.text)) for w in words)
    stroke = max(_STROKE_WIDTH * height, _STROKE_CHARACTER_WIDTHS * character)
    return [w for w in words if len(w.text) <= _STROKE_CHARACTERS and (w.x1 - w.x0) > stroke * len(w.text)]


# A mark at most this share of the text height wide is thinner than any glyph's stem ...
_HAIRLINE = 0.1
# ... and such marks one above the other (within that share) on this many lines are a line.
_HAIRLINE_MARKS = 3


def hairline_marks(words: Sequence[Word]) -> list[Word]:
    """Marks that are a thin vertical line read as glyphs, one per text line: a fax's scanner
    streak down the page, or a rule the eraser left, comes back as "i", ":" or "!" in every row
    it crosses, each a pixel or two wide and one above the other. One thin mark alone is kept
    (a full stop's or an "i"'s stem may be that thin on a small scan)."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    thin = [w for w in words if w.x1 - w.x0 <= _HAIRLINE * height]
    return [
        w
        for w in thin
        if len({round(v.cy) for v in thin if abs(v.cx - w.cx) <= _HAIRLINE * height}) >= _HAIRLINE_MARKS
    ]


# A mark at most this share of the text height both wide and tall is a speck of the scan, not a
# glyph (a full stop standing alone is larger).
_SPECK = 0.12


def specks(words: Sequence[Word]) -> list[Word]:
    """Specks read as marks: a deskewed scan's dust comes back as ":", "2" or "©", a pixel or
    two across, and one in a gutter joins the columns on either side of it."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    return [w for w in words if max(w.x1 - w.x0, w.height) <= _SPECK * height]


# A dash is a flat stroke: at most this share of the text height tall, twice as wide as tall at
# least, and no wider than the text is tall.
_DASH_HEIGHT = 0.2


def as_dashes(words: Sequence[Word]) -> list[Word]:
    """The words with a lone letter or digit the shape of a dash read as the dash it is: a
    scan's empty cell marked "-", a few pixels tall, comes back as "g", "5" or "~"; no glyph
    but a dash (or an underscore) is that flat."""
    if not words:
        return []
    height = statistics.median(w.height for w in words)
    return [
        replace(w, text="-")
        if len(w.text) == 1
        and w.text.isalnum()
        and w.height <= _DASH_HEIGHT * height
        and 2 * w.height <= w.x1 - w.x0 <= height
        else w
        for w in words
    ]
