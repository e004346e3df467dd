"""Repairs of what OCR makes of a report table's percent signs, applied to OCR'd pages only.

At 150-200 dpi Tesseract reads "%" as "Yo", "Fo" or "%o" after a figure ("91,5 Yo"), as "96" or
"26" inside a header's parentheses ("Capaian (96)", which then reads as a figure and hides the
header), and a lone "%" cell as "Yo". Each repair is anchored to a figure or a header word, so an
indicator's own words are never touched; the word lists live in ``data/vocabulary.toml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from samarinda_common.extracted import CellValue

from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary


@lru_cache(maxsize=4)
def _patterns(
    percent_words: tuple[str, ...], in_parentheses: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alternatives(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    after_figure = re.compile(rf"(?<=\d)(\s?)(?:{alternatives(percent_words)})(?![\w%/])", re.IGNORECASE)
    parenthesised = re.compile(
        rf"(?<=[A-Za-z])(\s*)\(\s*(?:{alternatives(in_parentheses)})\s*\)", re.IGNORECASE
    )
    lone = re.compile(rf"\s*(?:{alternatives(percent_words)}|%)\s*", re.IGNORECASE)
    # A unit column's "%" between the name and the figures ("Terbuka Yo 5,4").
    words = tuple(w for w in percent_words if len(w) > 1)
    before_figure = re.compile(rf"(?<=\s)(?:{alternatives(words)})(?=\s+-?\d)", re.IGNORECASE)
    return after_figure, parenthesised, lone, before_figure


def repair_percent(text: str, vocabulary: Vocabulary = VOCABULARY) -> str:
    """ "91,5 Yo" → "91,5 % ", "Capaian (96)" → "Capaian (%) "; other text as it was. The text
    keeps its length, so character spans cited from it still point into the page's own text."""
    after_figure, parenthesised, _, before_figure = _patterns(
        vocabulary.ocr.percent_words, vocabulary.ocr.percent_in_parentheses
    )
    text = parenthesised.sub(lambda m: f"{m.group(1)}(%)".ljust(len(m.group(0))), text)
    text = before_figure.sub(lambda m: "%".ljust(len(m.group(0))), text)
    return after_figure.sub(lambda m: f"{m.group(1)}%".ljust(len(m.group(0))), text)


def repair_cell(cell: CellValue, vocabulary: Vocabulary = VOCABULARY) -> CellValue:
    """An OCR'd table cell: a lone percent look-alike ("Yo", a unit cell) is "%", and so is one
    opening a short header label ("Yo Ang." for "% Ang."); figures repaired."""
    if not isinstance(cell, str):
        return cell
    _, _, lone, _ = _patterns(vocabulary.ocr.percent_words, vocabulary.ocr.percent_in_parentheses)
    if lone.fullmatch(cell):
        return "%"
    cell = _percent_opening_label(cell, vocabulary)
    # a decimal comma read as a colon ("88:4"); a time of day has two digits after its colon
    cell = _COLON_FOR_COMMA.sub(r"\1,\2", cell)
    # a speck before a figure (".86,05", ":12"): what the sign-free figure cell is not
    return repair_percent(_LEADING_SPECKS.sub("", cell), vocabulary)


def _percent_opening_label(cell: str, vocabulary: Vocabulary) -> str:
    """ "Yo Ang." → "% Ang.": a header label of at most three words whose first is a percent
    look-alike of two characters or more. No indicator name opens with one, and a longer cell is
    a name, left as it is; a one-letter look-alike ("o") is an ordinary word."""
    words = cell.split()
    if not 2 <= len(words) <= 3 or not words[1][:1].isalpha():
        return cell
    first = words[0].lower()
    if len(first) < 2 or first not in vocabulary.ocr.percent_words:
        return cell
    return " ".join(["%", *words[1:]])


_COLON_FOR_COMMA = re.compile(r"^(\s*\d{1,3}):(\d\s*%?\s*)$")
# Specks a scan leaves before a figure that fills its cell (".86,05", "' 12,5 %").
_LEADING_SPECKS = re.compile(r"^[.:;,'‘’“”\"`]+\s*(?=\d[\d.,]*\s*%?\s*$)")
# A digit glued to a letter ("2D", "8B"): a figure OCR broke apart.
_BROKEN_BY_COLON = re.compile(r"\d{1,3}[:;]\d{2,}\s*%?")
_GLUED = re.compile(r"\d[A-Za-z]|[A-Za-z]\d")


# A lone quote after a name's last word: what a scan makes of a footnote's "*)" mark.
_MARK_AS_QUOTE = re.compile(r"(?<=\w)\s+[\"“”'‘’`]{1,2}$")


def footnote_mark_repaired(name: str, mark: str | None) -> str:
    """An OCR'd name ending in the mark and a speck or two after it: the name and the mark. One
    ending in a lone quote ("Jumlah Titik Genangan \"") when the document's
    footnote marks its lower-is-better indicators ("*) Indikator negatif"): the quote is that mark
    read at low resolution, so the name ends with the mark again; other names as they were."""
    if mark is None:
        return name
    # specks a scan leaves after the mark itself ("Angka Kasus Campak *) 1", "*) :"): not the name's
    name = re.sub(rf"(?<={re.escape(mark)})(\)?)(?:\s+[\d.:;,'\"“”‘’]{{1,2}})+$", r"\1", name.rstrip())
    return _MARK_AS_QUOTE.sub(f" {mark})", name)


def garbled_figure(cell: CellValue) -> bool:
    """An OCR'd value cell holding pieces of figures with letters glued to them ("1 2D" for
    "12,5"): which figure was written cannot be told, so none is read."""
    if not isinstance(cell, str):
        return False
    if _BROKEN_BY_COLON.fullmatch(cell.strip()):
        # "25:59": a comma read as a colon, or a digit and a comma read as one; read as the
        # figure before it, it would stand as a figure the report never wrote
        return True
    return len(re.findall(r"\d+", cell)) >= 2 and _GLUED.search(cell) is not None and " " in cell.strip()


def misread_variants(value: float, vocabulary: Vocabulary = VOCABULARY, max_decimals: int = 4) -> set[float]:
    """What a figure read by OCR may have been written as: one digit swapped for a look-alike
    ("63,2" for "53"), the decimal comma lost or gained ("54" for "5,4"), a rule read as a leading
    "1", or a percent sign read as the last decimals."""
    decimals = next(
        (d for d in range(max_decimals + 1) if abs(round(value, d) - value) < 1e-9 * max(1.0, abs(value))),
        max_decimals,
    )
    written = f"{abs(value):.{decimals}f}"
    sign = -1.0 if value < 0 else 1.0
    variants = {value * 10, value / 10, value * 100, value / 100}
    swaps: dict[str, set[str]] = {}
    for pair in vocabulary.ocr.digit_confusions:
        a, b = pair[0], pair[1]
        swaps.setdefault(a, set()).add(b)
        swaps.setdefault(b, set()).add(a)
    for i, char in enumerate(written):
        for other in swaps.get(char, ()):
            variants.add(sign * float(written[:i] + other + written[i + 1 :]))
    # A cell's left rule read as a "1" or two before a whole figure ("1182" for "82"); a "%" read
    # as digits after a figure's decimals ("21,346" for "21,3%": no report writes three decimals).
    for lead in ("1", "11"):
        if decimals == 0 and written.startswith(lead) and len(written) > len(lead):
            variants.add(sign * float(written[len(lead) :]))
    if decimals >= 3:
        variants.update(sign * float(written[:cut]) for cut in (-1, -2))
    variants.discard(value)
    return variants


_NUMBERING_CELL = re.compile(r"\(\s*(\d{1,2})\s*\)")


def numbering_misread(row: Sequence[CellValue]) -> bool:
    """The "(1) | (2) | (3) ..." row under an OCR'd header with one cell misread ("(1) | (2) | is |
    (4)") or a speck after a number ("(9)."): every filled cell but one a parenthesised column
    number, at least four of them, rising."""
    numbers: list[int] = []
    other = 0
    for cell in row:
        text = "" if cell is None else str(cell).strip(_SPECK_CHARS + " ")
        if not text:
            continue
        match = _NUMBERING_CELL.fullmatch(text)
        if match is None:
            other += 1
            continue
        numbers.append(int(match.group(1)))
    return other <= 1 and len(numbers) >= 4 and all(a < b for a, b in itertools.pairwise(numbers))


_SPECK_CHARS = ".:;,'‘’“”\"`"


def _decimals(value: float) -> int:
    written = f"{value:.4f}".rstrip("0")
    return len(written.partition(".")[2])


def _agree(target: float, realisation: float, achievement: float) -> bool:
    """Whether realisation against target gives the achievement by either direction's formula, to
    the achievement's last decimal plus what the rounding of the realisation moves the quotient."""
    if target <= 0 or realisation < 0:
        return False
    rounding = 0.5 * 10.0 ** -_decimals(realisation) if _decimals(realisation) else 0.0
    own = 10.0 ** -_decimals(achievement)
    moved = own + 100 * rounding / target
    given = [(realisation / target * 100, moved), ((2 * target - realisation) / target * 100, moved)]
    if realisation:
        given.append((target / realisation * 100, own + 100 * target * rounding / realisation**2))
    return any(abs(achievement - g) <= allowed for g, allowed in given)


def _readings(value: float, *, achievement: bool) -> list[tuple[float, int]]:
    """What a scanned figure may have been written as, with the number of slips that takes: as
    read; a whole number of two digits or more that lost its decimal separator ("104" for
    "10,4" or "10.4"; the dot or comma is the smallest mark on the page); an achievement whose
    "%" was read as the digits "96" after its decimals ("83,396" for "83,3%")."""
    options = [(value, 0)]
    if float(value).is_integer():
        options += [(value / 10**k, 1) for k in (1, 2) if abs(value) >= 10**k]
    written = f"{value:.4f}".rstrip("0")
    if achievement and _decimals(value) >= 3 and written.endswith("96"):
        options.append((float(written[:-2]), 1))
    if achievement and float(value).is_integer() and value > VOCABULARY.achievement.plausible_max:
        # no report states such an achievement: its separator was lost and specks or a "%" read
        # as digits after its decimals ("917512" for "91,75%"): the leading digits as a figure of
        # one to three whole digits and two decimals at most
        digits = str(int(value))
        options += [(float(f"{digits[:whole]}.{digits[whole : whole + 2]}"), 2) for whole in (1, 2, 3)]
    return options


def lost_separators_restored(
    target: float | None, realisation: float | None, achievement: float | None
) -> tuple[float | None, float | None, float | None]:
    """A scanned row whose target, realisation and stated achievement disagree, with the one
    reading that makes them agree by the fewest OCR slips of the kind :func:`_readings` knows;
    the row as read when they agree already, when no such reading does, or when two do (which
    figure slipped cannot be told then). A report's own miscalculation is a few points off, not
    a factor of ten, so it stays as stated for the checks to find."""
    if target is None or realisation is None or achievement is None:
        return target, realisation, achievement
    if _agree(target, realisation, achievement):
        return target, realisation, achievement
    found: dict[int, set[tuple[float, float, float]]] = {}
    for t, slips_t in _readings(target, achievement=False):
        for r, slips_r in _readings(realisation, achievement=False):
            for a, slips_a in _readings(achievement, achievement=True):
                if _agree(t, r, a):
                    found.setdefault(slips_t + slips_r + slips_a, set()).add((t, r, a))
    if not found:
        return target, realisation, achievement
    fewest = found[min(found)]
    if len(fewest) != 1:
        return target, realisation, achievement
    ((t, r, a),) = fewest
    return t, r, a


# A printout's border line ("+----+------+", "|====|"), however OCR smudged its corners: a run of
# rule characters, or a line closed by a corner with two corners in it ("ee + nna +").
_BORDER_RUN = re.compile(r"[-=_~]{4,}")
_CORNER_CLOSED = re.compile(r"\+.*[+\-]\s*$")
# A cell's rule glued to a figure's end ("64,20}", "15,75)", "98,10/") or a row number's
# ("4]Jumlah"): no figure or name keeps such a mark there; a parenthesised figure ("(96)") keeps it.
_RULE_AFTER_FIGURE = re.compile(r"(?<![\d.,(])([\d.,]*\d)[|)}\]/](?=\s|$)")
_RULE_AFTER_NUMBER = re.compile(r"^(\s*\d{1,3})[\]}!](?=[A-Za-z])", re.MULTILINE)


def ascii_borders_blanked(text: str) -> str:
    """An OCR'd page of a typewriter table drawn in ASCII ("+---+", "|"): border lines blanked,
    cell rules read as spaces, so each row reads as an unruled table's line ("1 Luas Taman ha 12,5
    11,0 88"). The text keeps its length, so cited spans still point into the page's text."""
    lines = []
    for line in text.split("\n"):
        if _BORDER_RUN.search(line) or _CORNER_CLOSED.search(line):
            lines.append(" " * len(line))
            continue
        line = _RULE_AFTER_FIGURE.sub(lambda m: f"{m.group(1)} ", line)
        lines.append(line.replace("|", " "))
    return _RULE_AFTER_NUMBER.sub(lambda m: f"{m.group(1)} ", "\n".join(lines))
