"""Lines Tesseract read across a gutter: the words of two columns joined into one line."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Word, split_at_gaps

# A gap between two words of a line wider than this many times the line's word height is a
# gutter: justified text spreads its words a height apart at most.
_GUTTER_HEIGHTS = 3.0
# A reading joins more columns than a rival when it has this many such lines more, and twice
# as many as the rival (a form's labels and values stand as far apart in both readings).
_MORE_JOINED = 3


def lines_across_gutters(lines: Sequence[Sequence[Word]]) -> int:
    """How many lines hold a gap as wide as a gutter between two of their words."""
    joined = 0
    for line in lines:
        words = sorted(line, key=lambda w: w.x0)
        if len(words) < 2:
            continue
        height = statistics.median(w.height for w in words)
        joined += len(split_at_gaps(words, _GUTTER_HEIGHTS * height)) > 1
    return joined


def joins_more_columns(lines: Sequence[Sequence[Word]], rival: Sequence[Sequence[Word]]) -> bool:
    """Whether a reading joined clearly more lines across a gutter than a rival reading of the
    same page: its layout analysis took a column beside the text (a sidebar) for the same lines."""
    joined, rivals = lines_across_gutters(lines), lines_across_gutters(rival)
    return joined >= _MORE_JOINED + 2 * rivals
