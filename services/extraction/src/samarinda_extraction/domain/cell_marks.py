"""Stray marks at the edges of a scanned table cell's text.

A fax's or a scanner's specks next to a cell's text come back as marks no cell begins or ends
with: a quote before a number or a name, a colon after a date or an amount, a comma standing
apart after the last word, a dot after an amount's last group of digits, a dot glued before the
first word, a dash after a code or after the text. Only such marks at the cell's edges are taken
off, never a letter or a digit, and never a mark the cell's text needs: a dash (an empty value),
a quote that is closed within the cell, the dot of an abbreviation or of a row number. Pure
functions on cell strings.
"""

from __future__ import annotations

import re

# Marks a speck reads as.
_SPECK_MARKS = "'\"`‘’“”´.,:;"
_QUOTES = "'\"`‘’“”´"
_LONE_MARKS = re.compile(rf"[{re.escape(_SPECK_MARKS)}]+")
# No cell begins with a dot, comma, colon or semicolon glued to its first word (".Galian", ".3").
_GLUED_BEFORE = re.compile(r"^[.,:;]+(?=\w)")
# A value ending in a digit takes no colon or semicolon after it (a date, an amount, a number).
_AFTER_DIGIT = re.compile(r"(?<=\d)[:;]+$")
# An amount in thousands groups ends with its last group: a dot or comma after it is a speck.
_AMOUNT_WITH_MARK = re.compile(r"^(\d{1,3}(?:[.,]\d{3})+)[.,]$")
# A code ends in its last group of digits: a dash glued after it is a bit of a rule or a speck.
_CODE_WITH_DASH = re.compile(r"^(\d+(?:\.\d+){2,})-$")
# A dotted abbreviation (an academic title, "S.Kom.") ending the cell ends in its dot: a comma
# there is that dot read on a coarse scan (nothing follows it in the cell).
_ABBREVIATION_WITH_COMMA = re.compile(r"(?<![\w.])((?:[A-Z][A-Za-z]{0,3}\.)+[A-Z][A-Za-z]{0,3}),$")


def without_stray_marks(value: str | None) -> str | None:
    """The cell's text without the speck marks at its edges (None when nothing else is left)."""
    if value is None:
        return None
    tokens = value.split()
    # Marks standing apart as words of their own at either end.
    while tokens and _LONE_MARKS.fullmatch(tokens[0]):
        tokens.pop(0)
    while tokens and _LONE_MARKS.fullmatch(tokens[-1]):
        tokens.pop()
    # A dash standing apart after the text (a bit of a rule or a speck); a dash alone is a value.
    while len(tokens) > 1 and tokens[-1] == "-":
        tokens.pop()
    if not tokens:
        return None
    text = _GLUED_BEFORE.sub("", " ".join(tokens))
    if not _closed_quote(text):
        text = text.strip(_QUOTES)
    text = _AFTER_DIGIT.sub("", text)
    text = _AMOUNT_WITH_MARK.sub(r"\1", text)
    text = _CODE_WITH_DASH.sub(r"\1", text)
    text = _ABBREVIATION_WITH_COMMA.sub(r"\1.", text)
    return text or None


def _closed_quote(text: str) -> bool:
    """Whether the text holds a quote that opens and one that closes it (a title in quotes)."""
    quotes = [c for c in text if c in _QUOTES]
    return len(quotes) >= 2
