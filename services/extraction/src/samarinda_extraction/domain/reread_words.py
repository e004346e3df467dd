"""Words worth reading again, and the second reading kept.

Lone letter pairs and unsure short runs standing apart on their line (a table cell's symbol or
row number misread), and ink no word box touches (text the layout analysis skipped). Separate
from the table finders: these pick crops for the reader to read again, before tables are found.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import numpy as np

from samarinda_extraction.domain.ocr_words import Box, Word, split_at_gaps, visual_rows

# A word this many text heights from its neighbours on the line stands alone (a cell's value).
_LONE_GAP = 1.5


def lone_letter_pairs(words: Sequence[Word]) -> list[Word]:
    """Words of one or two letters standing alone on their line, as a table cell's value does:
    the Indonesian model reads a lone symbol ("%") as a letter pair ("Yo") at high confidence,
    so such a word is worth reading again (an English first reading sees the symbol). In prose
    the short words ("di", "ke") stand a word space from their neighbours."""
    out: list[Word] = []
    for line in visual_rows(words):
        height = statistics.median(w.height for w in line)
        for i, word in enumerate(line):
            if not (word.text.isalpha() and len(word.text) <= 2):
                continue
            before = line[i - 1].x1 if i else None
            after = line[i + 1].x0 if i + 1 < len(line) else None
            if all(
                x is None or abs(x - edge) >= _LONE_GAP * height
                for x, edge in ((before, word.x0), (after, word.x1))
            ):
                out.append(word)
    return out


# A short mark Tesseract read below this confidence, standing apart on its line (wider than a
# word space, this share of the text height: a right-aligned row number stands a cell's padding
# from the text beside it), is read again.
_UNSURE_MARK = 65.0
_SHORT_MARK = 6
_APART = 0.6


def unsure_lone_marks(words: Sequence[Word]) -> list[list[Word]]:
    """Short runs of words standing apart on their line (a table cell's value), every word of
    them read unsurely: a column of one- and two-digit row numbers that Tesseract's layout
    analysis took for a block of its own comes back as letter pairs ("Fo", "BR") at 30-60, or
    beside a speck read surely as a dash.
    Read on its own, such a cell reads as what it is. Each run is a few characters at most (a
    cell's number or code, not a paragraph's unsure words)."""
    out: list[list[Word]] = []
    for line in visual_rows(words):
        height = statistics.median(w.height for w in line)
        for run in split_at_gaps(line, _APART * height):
            text = "".join(w.text for w in run)
            if len(text) <= _SHORT_MARK and statistics.mean(w.confidence for w in run) < _UNSURE_MARK:
                out.append(run)
    return out


def symbol_read_again(first: str, again: Sequence[str]) -> str | None:
    """The second reading of a lone letter pair where it is one symbol without letters or
    digits ("%", "-"): a letter pair read again as letters keeps its first reading."""
    if len(again) != 1 or any(ch.isalnum() for ch in again[0]) or not again[0]:
        return None
    return again[0] if again[0] != first else None


def unread(blobs: Sequence[tuple[int, int, int, int]], words: Sequence[Word], margin: int = 4) -> list[Box]:
    """The ink blobs no word box touches, grouped into runs along a line (one crop each):
    text Tesseract's layout analysis skipped (a lone cell at the end of a row, a "%")."""
    if not blobs:
        return []
    # blobs x words, all at once: a page has hundreds of each
    b = np.asarray(blobs, dtype=np.int64)[:, None, :]
    corners = [(x.x0, x.y0, x.x1, x.y1) for x in words] or [(-9, -9, -9, -9)]
    w = np.asarray(corners, dtype=np.int64)[None, :, :]
    touched = (
        (
            (w[..., 0] - margin < b[..., 2])
            & (b[..., 0] < w[..., 2] + margin)
            & (w[..., 1] - margin < b[..., 3])
            & (b[..., 1] < w[..., 3] + margin)
        )
        .any(axis=1)
        .tolist()
    )
    left = [blob for blob, hit in zip(blobs, np.asarray(touched).tolist(), strict=True) if not hit]
    runs: list[list[float]] = []
    for x0, y0, x1, y1 in sorted(left, key=lambda b: b[0]):
        height = y1 - y0
        for run in runs:
            same_line = min(run[3], y1) - max(run[1], y0) > 0.5 * min(run[3] - run[1], height)
            if same_line and x0 - run[2] < 2 * height:
                run[:] = [run[0], min(run[1], y0), max(run[2], x1), max(run[3], y1)]
                break
        else:
            runs.append([x0, y0, x1, y1])
    return [Box(*run) for run in sorted(runs, key=lambda r: (r[1], r[0]))]
