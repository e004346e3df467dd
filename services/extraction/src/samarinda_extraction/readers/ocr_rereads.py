"""What of the page's reading is read again and how a second reading is taken in: runs of ink no
word covers, number words, unsure marks, each cropped with some margin; a second reading replaces
the first only where it is sure (and, for a number, differs only in digits). Apart from the page's
result, which decides when these run, and from ``ocr_crops``, which reads the crops."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import replace

from samarinda_extraction.domain.codes import number_read_again
from samarinda_extraction.domain.ocr_tables import Box, Word, covers, is_noise, unread, visual_rows
from samarinda_extraction.readers import page_image
from samarinda_extraction.readers.tesseract import RULE_GLYPHS, Reading

# Runs of skipped ink re-read per page, at most (all in one Tesseract call), and how sure a word
# read there must be.
_MAX_MISSED_RUNS = 40
_MISSED_WORD_CONFIDENCE = 60.0
_NUMBER_PAD = 0.3  # of the word's height, around its box
# A number's second reading replaces a first one that was this many points surer at most: the crop
# loses the line's context, and a glyph read at 90 on the page can come back as a look-alike
# digit at 60-odd, sure enough to pass but a worse bet than the first.
SURER_FIRST_MARGIN = 10.0


def padded(words: Sequence[Word]) -> Box:
    """The box around ``words`` (a number word, a run of marks), with a margin of their height."""
    box, pad = Box.around(words), _NUMBER_PAD * max(w.height for w in words)
    return Box(max(0.0, box.x0 - pad), max(0.0, box.y0 - pad), box.x1 + pad, box.y1 + pad)


def with_runs_read_again(
    reading: Reading, runs: Sequence[Sequence[Word]], read: Sequence[Sequence[Word]]
) -> Reading:
    """The reading with each unsure run's words replaced by their second reading, where that is
    sure and surer than the first."""
    changed: dict[Word, list[Word]] = {}
    for run, again in zip(runs, read, strict=True):
        if not again or min(w.confidence for w in again) < _MISSED_WORD_CONFIDENCE:
            continue
        if statistics.mean(w.confidence for w in again) <= statistics.mean(w.confidence for w in run):
            continue
        changed[run[0]] = [replace(w, order=run[0].order) for w in sorted(again, key=lambda w: w.x0)]
        changed.update({w: [] for w in run[1:]})
    if not changed:
        return reading

    def swapped(words: Sequence[Word]) -> list[Word]:
        return [new for w in words for new in changed.get(w, [w])]

    return reading.rewritten(swapped)


def first_much_surer(word: Word, again: Sequence[Word], margin: float) -> bool:
    """Whether the page read ``word`` more than ``margin`` points surer than its least sure
    word read again."""
    return word.confidence - min(w.confidence for w in again) > margin


def number_read_again_in_crop(text: str, again: Sequence[str]) -> str | None:
    """A number word's second reading where it is sure and differs only in digits or in the spaces
    around a dash (rule glyphs a crop caught at its edges are not part of it)."""
    return number_read_again(text, [t.strip(RULE_GLYPHS) for t in again])


def with_words_read_again(
    reading: Reading,
    words: Sequence[Word],
    read: Sequence[Sequence[Word]],
    correct: Callable[[str, Sequence[str]], str | None],
    surer_first_margin: float | None = None,
) -> Reading:
    """The reading with each word replaced by what `correct` makes of its second reading, when
    that reading is sure (a lone letter pair becomes the symbol it is, a number its digits) and,
    given a ``surer_first_margin``, the first reading was not that much surer."""
    changed: dict[Word, Word] = {}
    for word, again in zip(words, read, strict=True):
        if not again or min(w.confidence for w in again) < _MISSED_WORD_CONFIDENCE:
            continue
        if surer_first_margin is not None and first_much_surer(word, again, surer_first_margin):
            continue
        text = correct(word.text, [w.text for w in again])
        if text is not None:
            changed[word] = replace(word, text=text)
    if not changed:
        return reading
    return reading.rewritten(lambda words: [changed.get(w, w) for w in words])


def missed_runs(reading: Reading) -> list[Box]:
    """Runs of word-sized ink no word of the reading covers (a lone value at a row's end, a "%")."""
    height = statistics.median(w.height for w in reading.words)
    return unread(page_image.word_blobs(reading.image, height), reading.words)[:_MAX_MISSED_RUNS]


def box_of_point(box: Box, cells: Sequence[Box]) -> int | None:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    for index, cell in enumerate(cells):
        if cell.x0 <= cx <= cell.x1 and cell.y0 <= cy <= cell.y1:
            return index
    return None


def with_missed_ink(reading: Reading, read: Sequence[Sequence[Word]]) -> Reading:
    """The reading plus the words read again in the ink it skipped, where Tesseract is sure of them."""
    added: list[Word] = []
    for words in read:
        for word in words:
            # A run of ink around a word the page read (a shaded cell's edge joined to its
            # number) comes back with that word: taken in again, the cell would hold it twice.
            if (
                word.confidence >= _MISSED_WORD_CONFIDENCE
                and not is_noise(word)
                and not any(covers(w, word) for w in reading.words)
            ):
                added.append(replace(word, order=len(reading.words) + len(added)))
    if not added:
        return reading
    lines = [list(line) for line in reading.lines]
    apart = []
    for word in added:
        line = _line_beside(word, lines)
        if line is None:
            apart.append(word)
        else:
            line.append(word)
            line.sort(key=lambda w: w.x0)
    if apart:
        lines = [*lines, [], *visual_rows(apart)]
    return replace(reading, words=[*reading.words, *added], lines=lines)


# A word read again joins a line whose words end or start this many word heights from it at most.
_LINE_REACH = 2.0


def _line_beside(word: Word, lines: list[list[Word]]) -> list[Word] | None:
    """The line of the reading a word read in skipped ink belongs to: one it stands level with
    and next to (a word a streak or a mark ran through, taken off its line as one tall word and
    read again there), the nearest; None when it stands apart (a lone value of its own)."""
    best, nearest = None, _LINE_REACH * word.height
    for line in lines:
        if not line:
            continue
        top = statistics.median(w.y0 for w in line)
        bottom = statistics.median(w.y1 for w in line)
        if not top <= word.cy <= bottom:
            continue
        distance = max(0.0, min(w.x0 for w in line) - word.x1, word.x0 - max(w.x1 for w in line))
        if distance <= nearest:
            best, nearest = line, distance
    return best
