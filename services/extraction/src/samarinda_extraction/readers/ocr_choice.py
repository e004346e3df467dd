"""Which of two readings of a page is kept: the one with more confidently read characters, near a
tie the surer one; a straightened reading against its page's plain one; a reading that reads the
rows whole, or keeps the columns apart, against one that breaks or joins them; and whether a
reading has lost lines the image shows. Pure comparisons of readings already made, apart from
the passes that make them."""

from __future__ import annotations

from samarinda_extraction.domain.gutters import joins_more_columns
from samarinda_extraction.domain.ocr_tables import visual_rows
from samarinda_extraction.domain.quality import confident_characters, reads_rows_whole
from samarinda_extraction.readers.tesseract import Reading

# A reading with fewer visual rows than this share of the image's text lines has lost some.
_MIN_LINE_SHARE = 0.85


def _confident(reading: Reading) -> int:
    """The measure two readings are compared by (``confident_characters``)."""
    return confident_characters(word_pairs(reading))


def lost_lines(reading: Reading, expected: int) -> bool:
    return expected >= 5 and len(visual_rows(reading.words)) < _MIN_LINE_SHARE * expected


def near_tie(a: Reading, b: Reading) -> bool:
    """Whether two readings hold about as many confidently read characters."""
    score_a, score_b = _confident(a), _confident(b)
    return abs(score_a - score_b) <= 0.03 * max(score_a, score_b, 1)


def rows_decide_tie(a: Reading, b: Reading) -> bool:
    """Whether ``a`` ties with ``b`` on the count and reads the rows whole that ``b`` breaks."""
    return near_tie(a, b) and rows_read_whole(a, b)


# A reading keeps clearly more of the page's tables with this share more filled cells, and this
# many more at least (a row's worth: not a stray pair of words taken for a table).
_MORE_CELLS_SHARE = 1.25
_MORE_CELLS_MIN = 4


def tables_decide_tie(plain_cells: int, cleaned_cells: int) -> bool:
    """Whether a cleaned reading, near a tie with the plain one on the count, keeps clearly more
    filled table cells than it: the plain reading of a fax, its rules dotted and its strokes
    broken, can read as many confident characters while it takes a table's rows apart (a row's
    cells read into the lines beside it, a second table lost to the prose)."""
    return cleaned_cells >= max(_MORE_CELLS_SHARE * plain_cells, plain_cells + _MORE_CELLS_MIN)


def better(a: Reading, b: Reading, tie_to_a: bool = False) -> Reading:
    """The reading with more confidently read characters; near a tie, the more confident one,
    or ``a`` when ``tie_to_a``."""
    score_a, score_b = _confident(a), _confident(b)
    if near_tie(a, b):
        return b if b.mean_confidence > a.mean_confidence + 1.0 and not tie_to_a else a
    return b if score_b > score_a else a


# A skewed or photographed page's plain reading that is this many points less sure on average
# than the straightened one wins only with this share more confidently read characters.
_UNSURE_PLAIN_POINTS = 5.0
_UNSURE_PLAIN_MARGIN = 0.1


def straightened_kept(straightened: Reading, plain: Reading) -> Reading:
    """The straightened reading against the page's plain one (``better``, a near tie to the
    straightened one). A plain reading clearly less sure on average must hold clearly more: its
    few more confident characters are a sloping table's rules and rows read in pieces, whose
    order the count does not see. So must a deskewed scan's, however sure: its rows slope across
    each other, and its pieces, read as surely as the level ones, can no longer be put back into
    rows (a table ruled only across, read cell by cell either way, is rebuilt from level rows
    only)."""
    steps = straightened.name.split("+")
    sloping = "deskewed" in steps and "dewarped" not in steps
    unsure = sloping or plain.mean_confidence < straightened.mean_confidence - _UNSURE_PLAIN_POINTS
    if unsure and not holds_clearly_more(plain, straightened):
        return straightened
    return better(straightened, plain, tie_to_a=True)


def holds_clearly_more(plain: Reading, straightened: Reading) -> bool:
    """Whether the plain reading holds clearly more confidently read characters than the
    straightened one (``_UNSURE_PLAIN_MARGIN`` more)."""
    return _confident(plain) > (1 + _UNSURE_PLAIN_MARGIN) * _confident(straightened)


def rows_read_whole(cleaned: Reading, plain: Reading) -> bool:
    """Whether the cleaned reading reads the page's rows whole where the plain one breaks them
    apart (``reads_rows_whole``). Not the other way round: a photo's or a skewed page's plain
    lines come out longer when Tesseract joins the desk's texture or the next sloping line to
    them, not because it reads the rows better."""
    return reads_rows_whole(
        _confident(cleaned),
        _words_per_line(cleaned),
        _confident(plain),
        _words_per_line(plain),
    )


def _words_per_line(reading: Reading) -> float:
    lines = sum(1 for line in reading.lines if line)
    return len(reading.words) / lines if lines else 0.0


# The plain reading, keeping the columns apart, is kept over a cleaned one that joined them if
# it holds this share of the cleaned one's confidently read characters at least.
_APART_SHARE = 0.7


def columns_kept_apart(best: Reading, plain: Reading) -> Reading:
    """The plain reading instead of the kept cleaned one when the cleaned one joined clearly
    more lines across a gutter (on a fax made smooth and large, Tesseract reads a boxed sidebar
    as the ends of the body's lines) and holds not much more confident text."""
    if best is plain or not joins_more_columns(best.lines, plain.lines):
        return best
    enough = _confident(plain) >= _APART_SHARE * _confident(best)
    return plain if enough else best


def word_pairs(reading: Reading) -> list[tuple[str, float]]:
    return [(w.text, w.confidence) for w in reading.words]
