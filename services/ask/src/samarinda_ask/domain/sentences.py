"""Running text cut into sentences, and the shapes of a line: a label, a bare figure, a row printed as text.

Sentence ends are decided here (abbreviations, dot leaders and OCR's broken lines are no ends), apart
from scoring, so that grounding and the unit builder cut text the same way.
"""

from __future__ import annotations

import re

from samarinda_ask.domain.figures import figures_in
from samarinda_ask.domain.vocabulary import VOCABULARY

# A semicolon ends a clause of its own whatever follows ("dibuka 3 Mei; pengumuman 9 Mei"): each
# clause states its own figure or date.
# Dot leaders ("Lowongan dibuka ........ 1.870") end no sentence: the figure after them is the label's.
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\.\.)\s+(?=[A-Z0-9\"'(])|(?<=;)\s+(?=[^\W\d_])")


NUMERIC_TOKEN = re.compile(r"(?<!\S)\d[\d.,]*(?!\S)")


YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


# A form's field: a label, dot leaders, its value ("Warga mengungsi ....... 1.146 jiwa"); OCR may
# drop a stray mark among the dots.
_LEADERED_FIELD = re.compile(r"^[^\W\d_].*?\.{3,}\S{0,2}\.*\s*\S")


_LETTER_FIELD = re.compile(
    r"^(?:" + "|".join(re.escape(f) for f in VOCABULARY.letter_fields) + r")\b\s*(?::|\.\s)",
    re.IGNORECASE,
)


# A label without figures, then one amount in thousands groups, and nothing after it.
LABELLED_AMOUNT = re.compile(r"[^\W\d_][^\d]*\s\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def sentences_of(text: str) -> list[str]:
    """The sentences (and rows printed as text) of running text, as the answer reads them."""
    pieces = (s for block in text_blocks(text) for s in _rejoined(_SENTENCE_END.split(block)))
    return [collapsed for piece in pieces if (collapsed := re.sub(r"\s+", " ", piece).strip())]


_LAST_WORD = re.compile(r"(?:^|\s)(?P<word>[^\W\d_][\w.]*)\.$")


_ABBREVIATIONS = frozenset(VOCABULARY.abbreviations)


def _rejoined(pieces: list[str]) -> list[str]:
    """The pieces of a block cut at full stops, joined again where the stop ends an abbreviation
    ("Pendaftaran ditutup 3 s.d." + "9 Mei 2031."): a cut there parts a figure from its words."""
    joined: list[str] = []
    for piece in pieces:
        if joined and (last := _LAST_WORD.search(joined[-1])) and last["word"].lower() in _ABBREVIATIONS:
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def bare_figure(line: str) -> bool:
    """A line that is a figure and its unit alone ("Rp 3.250.000,- / bulan"): a poster or a
    scanned page prints what it is under the label lines above it, whose words are its own."""
    named = re.findall(r"[^\W\d_]{2,}", PER_UNIT.sub(" ", line))
    return all(w.lower() in _CURRENCY_WORDS for w in named) and bool(figures_in(line))


_CURRENCY_WORDS = frozenset({"rp", "rupiah"})


# The unit a figure is per ("/ bulan", "per jam"): no label of what the figure is.
PER_UNIT = re.compile(r"(?:/|\bper\b)\s*[^\W\d_]+", re.IGNORECASE)


def has_few_words(line: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", line)) <= 5


def is_label(line: str) -> bool:
    """A short line of a few words that ends no sentence: a title or a column header."""
    return not line.endswith((".", "!", "?", ":", ";", ",")) and has_few_words(line)


def text_blocks(text: str) -> list[str]:
    """Running text with wrapped lines joined; a blank line, a line ending a sentence, or a line
    that reads as a table row (two numbers or more) ends a block."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(" ".join(current))
                current = []
            continue
        if (
            not current
            and blocks
            and (stripped[:1].islower() or _announces_figure(blocks[-1]))
            and not blocks[-1].endswith((".", "!", "?", ":"))
        ):
            # OCR puts blank lines between the lines of one sentence; a lower-case start continues
            # it, and so does the amount a line cut after "sebesar" announces ("Rp 4.100.000 ...").
            current = [blocks.pop()]
        # A wrapped sentence's last line ("Rp 52.447.900.000 atau 90,27 persen.") is not a row; a
        # letter's header field ("Nomor: ...", "Perihal: ...") or a form's ("Peserta ..... 43") is a
        # line of its own.
        header_field = any(f.match(stripped) for f in (_LETTER_FIELD, _LEADERED_FIELD))
        if header_field or (reads_as_row(stripped) and not (current and stripped.endswith((".", "!", "?")))):
            if current:
                blocks.append(" ".join(current))
                current = []
            blocks.append(stripped)
            continue
        current.append(stripped)
        if stripped.endswith((".", "!", "?", ":")):
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def _announces_figure(line: str) -> bool:
    last = re.findall(r"[^\W\d_]+", line)[-1:]
    return bool(last) and last[0].lower() in VOCABULARY.figure_lead_words


def reads_as_row(line: str) -> bool:
    """A table row printed as text: two numbers or more, in aligned columns or among few words;
    or a short label and one grouped amount ("Dinas Sosial 12.500.000"), a row of a table of one
    value column, which a PDF prints one line per row with no sentence ending to part them."""
    if line[:1].islower():  # a lower-case start continues a wrapped sentence
        return False
    few_words = has_few_words(line)
    if few_words and LABELLED_AMOUNT.fullmatch(line):
        return True
    numbers = [n for n in NUMERIC_TOKEN.findall(line) if not YEAR.fullmatch(n.rstrip(".,;:"))]
    if len(numbers) < 2:
        return False
    return "  " in line or "\t" in line or few_words
