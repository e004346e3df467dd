"""The letters of an enumeration inside one table cell ("a. ... b. ... c. ..."), as written.

A form's cell lists its items under letters in order, each a letter and a dot. The page reading
gets a few of them wrong: a stroke before the cell's first letter ("Ja.", "Ia."), a comma for
the dot ("b,"), the dot glued to the item after it ("c.Rp"). Only a token in the place of the
next letter of the cell's run is touched, and only in a cell that holds the run's "a" and "b"
(one letter alone may be anything). Pure functions on cell strings.
"""

from __future__ import annotations

import re

# A letter with its dot (or a comma read for it), and what the reading glued after the dot.
_MARKER = re.compile(r"([a-h])[.,](.*)")
# Strokes the reading sets before the cell's first letter: a bar, a "J" or an "I".
_LEADING_STROKE = re.compile(r"[IJl|1]")


def with_list_markers(text: str) -> str:
    """The cell's text with its enumeration's letters as written (see the module docstring)."""
    tokens = text.split(" ")
    fixed = list(tokens)
    expected = "a"
    for index, token in enumerate(tokens):
        marker = _marker(token, first=index == 0)
        if marker is None or marker[0] != expected:
            continue
        letter, glued = marker
        # Glued after the dot only an item's start, never an abbreviation's next letter ("a.n.").
        if glued and (letter == "a" or not (glued[0].isupper() or glued[0].isdigit())):
            continue
        fixed[index] = f"{letter}. {glued}" if glued else f"{letter}."
        expected = chr(ord(expected) + 1)
    return " ".join(fixed) if expected > "b" else text


def _marker(token: str, first: bool) -> tuple[str, str] | None:
    """(letter, what is glued after its dot) when the token reads as an enumeration's letter;
    the cell's first token may have a stroke before it."""
    if first and len(token) > 2 and _LEADING_STROKE.fullmatch(token[0]) and token[1] == "a":
        token = token[1:]
    match = _MARKER.fullmatch(token)
    return (match.group(1), match.group(2)) if match else None
