"""Lines of a page reading that are a rule read as words, not text.

A dashed or broken rule that survived the erasing (a fax's dotted signature line, a footer's
rule) comes back from Tesseract as a line of junk words: "mee cee An ces oe ...", most of them a
few pixels tall and read at a low confidence. Text is never that flat: even a line of dashes or
leader dots is read surely.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from samarinda_extraction.domain.ocr_tables import Word

# A word less tall than this share of the page's usual word is no letter (a hyphen or a full
# stop alone is a word of its own only between spaces, and read surely).
_FLAT = 0.3
# A rule's line is mostly such words ...
_FLAT_SHARE = 0.5
# ... and read unsurely, on average.
_UNSURE = 60.0


def is_rule_line(line: Sequence[Word], text_height: float) -> bool:
    """Whether a line of Tesseract's is a rule read as words (see the module)."""
    if len(line) < 2:
        return False
    flat = sum(1 for w in line if w.height < _FLAT * text_height)
    return flat > _FLAT_SHARE * len(line) and statistics.mean(w.confidence for w in line) < _UNSURE


def without_rule_lines(lines: Sequence[Sequence[Word]]) -> list[Sequence[Word]]:
    """The lines (``[]`` between paragraphs kept) without those that are rules read as words."""
    words = [w for line in lines for w in line]
    if not words:
        return list(lines)
    height = statistics.median(w.height for w in words)
    return [line for line in lines if not is_rule_line(line, height)]
