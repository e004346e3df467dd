"""Prose split into what the prose reader reads: sentences (with headings, paragraphs and list
items as boundaries), and within a sentence where the indicator's name stops and its figures
begin, the name a sentence speaks of (quoted, after a comma, or before a cue word), and whether
a cue word sits inside a name rather than introducing a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from samarinda_performance.domain.indicator_names import SPACES
from samarinda_performance.domain.numbers import numbers_in
from samarinda_performance.domain.table_headers import classify_header
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z\"“])|\n\s*\n")


# Where an indicator's name stops and its figures begin.
_SUBJECT_END = re.compile(
    r"[\"“”;:(]|,\s|\s(dengan target|dengan realisasi|memiliki target|ditargetkan|pada tahun|"
    r"pada triwulan|sepanjang tahun|selama tahun|tahun 20\d\d|"
    r"target|terealisasi|tercapai|mencapai|realisasinya|realisasi|capaian|adalah|sebesar|yaitu|ialah|"
    r"sebanyak|senilai|menunjukkan|berada|merupakan|tercatat|terdata)\b",
    re.IGNORECASE,
)


# An abbreviation the name carries in parentheses ("Angka Kematian Ibu (AKI) Melahirkan").
_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


def _subject_end(text: str) -> int | None:
    """Where the name that opens ``text`` stops: at the first punctuation or keyword of the
    sentence, passing over what belongs to a capitalised name: a one-word keyword written with a
    capital inside it ("... Kota yang Mencapai Target mencapai 76%": the name's, not the sentence's verb)
    and an abbreviation in parentheses followed by more of the name."""
    for match in _SUBJECT_END.finditer(text):
        at = match.start()
        word = match.group(1)
        if word and " " not in word and word[:1].isupper() and at > 0:
            continue
        if word and word.lower() == "realisasi" and text[:at].lower().endswith(" dari"):
            continue  # "Jumlah bibit yang tumbuh dari realisasi penanaman": the name's own noun
        if word and cue_inside_name(text, at + 1, at + 1 + len(word), VOCABULARY):
            continue
        acronym = _ACRONYM.match(text, at) if match.group(0) == "(" else None
        if acronym and _name_goes_on(text[acronym.end() :]):
            continue
        return at
    return None


def _name_goes_on(rest: str) -> bool:
    """After an abbreviation in parentheses the name goes on: a capitalised word follows, or a
    lower-case joining word and then one ("(SPM) yang Dipenuhi", "(TPS) di Kelurahan")."""
    words = rest.split()
    return bool(words) and (
        words[0][:1].isupper() or (len(words) > 1 and words[0].islower() and words[1][:1].isupper())
    )


LEADING = re.compile(
    # "Realisasi X pada tahun 2025 mencapai ...": the sentence's verb-noun, not the name's first word;
    # a list item's number, letter or bullet before it ("4) ...", "b. ...", "• ...") is none of it
    r"^((?:\(?(?:\d{1,3}|[a-z])[.)]|[•▪◦●‣])\s+)?((pada tahun( anggaran)? 20\d\d,?|sementara itu,?"
    r"|selanjutnya,?|untuk|adapun|sedangkan|kemudian,?|realisasi)\s+)?",
    re.IGNORECASE,
)


# A list item opening a line ("3. Jumlah ...", "12) Persentase ...", "b. Luas ...", "• Rasio ..."):
# each item is a run of sentences of its own, and its number is no figure of the sentence before it.
# (A dash is no bullet: OCR reads a rule or a speck at a line's start as one.)
_LIST_ITEM = re.compile(r"^[ \t]*(?:\(?(\d{1,3}|[a-z])[.)]|[•▪◦●‣])[ \t]+(?=[A-Z\"“(])", re.MULTILINE)


_HEADING_WIDTH = 0.7  # of the page's longest line: a shorter line not ending a sentence is a heading


_GOES_ON = (".", ",", ";", ":", "!", "?")


# "3.2 Sasaran: ...", "B. Air Bersih": a numbered heading line
_NUMBERED_HEADING = re.compile(r"^(?:\d+(?:\.\d+)+\.?|[A-Z]\.|[IVX]+\.)\s+[A-Z][a-z]")


def indicator_named(sentence: str, vocabulary: Vocabulary) -> str | None:
    """The indicator a sentence without figures opens by naming ("Indikator Luas Taman Kota
    merupakan indikator negatif."): a capitalised name right after the opening "indikator"."""
    opening = LEADING.sub("", sentence)
    for opener in sorted(vocabulary.prose.indicator_openers, key=len, reverse=True):
        if opening.lower().startswith(opener + " "):
            rest = opening[len(opener) + 1 :].lstrip()
            name = _quoted_name(rest)
            if name is None:
                rest = rest.lstrip("\"'“")
                end = _subject_end(rest)
                name = (rest[:end] if end is not None else "").strip(" .,:;\"'“”")
            words = name.split()
            if 2 <= len(words) <= 20 and name[:1].isupper() and not _header_words(name, vocabulary):
                return name
            return None
    return None


def paragraph_starts(text: str) -> set[int]:
    """Where a line opens a new paragraph: the line before it ended a sentence well short of the
    page's wrap width (a wrapped paragraph runs its lines out to the width)."""
    lines = text.split("\n")
    wrap_width = max((len(line.rstrip()) for line in lines), default=0)
    starts: set[int] = set()
    offset = 0
    before = ""
    for line in lines:
        ended = before.endswith((".", "!", "?")) and len(before) < _HEADING_WIDTH * wrap_width
        if ended and line.strip():
            starts.add(offset + len(line) - len(line.lstrip()))
        before = line.rstrip()
        offset += len(line) + 1
    return starts


def list_items(text: str) -> list[tuple[int, int]]:
    """Where each item of the page's lists starts and where its number's "." or ")" is (-1 after a
    bullet). Numbers and letters must run on (each one more than the one before or after it, or a
    list's "1" or "a"): a wrapped line opening with a figure ("100. Selanjutnya ...") is no item."""
    found: list[tuple[int, int, str, int]] = []
    for m in _LIST_ITEM.finditer(text):
        label = m.group(1)
        if label is None:
            found.append((m.start(), -1, "bullet", 0))
        elif label.isdigit():
            found.append((m.start(), m.end(1) + 1, "number", int(label)))
        else:
            found.append((m.start(), m.end(1) + 1, "letter", ord(label) - ord("a") + 1))

    def runs_on(k: int) -> bool:
        _, _, kind, number = found[k]
        before = found[k - 1] if k > 0 else None
        after = found[k + 1] if k + 1 < len(found) else None
        return (
            kind == "bullet"
            or number == 1
            or (before is not None and before[2] == kind and before[3] == number - 1)
            or (after is not None and after[2] == kind and after[3] == number + 1)
        )

    return [(at, mark) for k, (at, mark, _, _) in enumerate(found) if runs_on(k)]


def sentences(text: str, *, headings: bool = True) -> Iterator[tuple[int, str]]:
    """The page's sentences with where each starts. A numbered heading line, or a line shorter than
    most that ends no sentence (a running header), is no wrapped line: it stands on its own; a
    numbered list item starts a sentence with its number ("3. Jumlah ..."), never ends one."""
    wrap_width = max((len(line.rstrip()) for line in text.split("\n")), default=0)
    items = list_items(text)
    marks = {mark for _, mark in items}
    # a quoted name ends no sentence at an abbreviation's full stop inside it ("... Jl. Merdeka")
    quoted = [m.span() for m in QUOTED.finditer(text)]
    cuts = [
        (m.start(), m.end())
        for m in _SENTENCE.finditer(text)
        if m.start() not in marks and not any(a < m.start() < b for a, b in quoted)
    ]
    cuts.extend((at, at) for at, _ in items)
    offset = 0
    ended = True  # the line before ended a sentence
    for line in text.split("\n") if headings else ():
        stripped = line.rstrip()
        end = offset + len(line)
        heading = _NUMBERED_HEADING.match(stripped) is not None
        short = len(stripped) < _HEADING_WIDTH * wrap_width
        if stripped and (short or heading) and not stripped.endswith(_GOES_ON):
            cuts.append((end, min(end + 1, len(text))))
            if ended:
                cuts.append((offset, offset))  # nor is it the end of the sentence before ("- 12 -")
        ended = not stripped or stripped.endswith((".", "!", "?"))
        offset = end + 1
    start = 0
    for cut_start, cut_end in sorted(cuts):
        if cut_start >= start:
            if cut_start > start:
                yield start, text[start:cut_start]
            start = cut_end
    yield start, text[start:]


def cue_inside_name(sentence: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """The keyword at ``start:end`` is a word of the name that opens with the word before it
    ("Tingkat realisasi retribusi pasar", "Persentase capaian imunisasi"): that word is a
    capitalised word indicator names open with, and a word of the name follows, not a figure or
    a word that introduces one ("Tingkat realisasi sebesar ...")."""
    if not _after_name_opener(sentence, start, vocabulary):
        return False
    after = re.match(r"\s+([^\W\d_]+)", sentence[end:])
    if after is None:
        return False
    return (
        _SUBJECT_END.match(" " + sentence[end:].lstrip()) is None
        and after.group(1).lower() not in vocabulary.prose.figure_introducers
    )


def _inside_a_name(sentence: str, at: int, vocabulary: Vocabulary) -> bool:
    """The word at ``at`` is capitalised right after a word indicator names open with
    ("Persentase Indikator ..."): part of the name."""
    return sentence[at : at + 1].isupper() and _after_name_opener(sentence, at, vocabulary)


def _after_name_opener(sentence: str, at: int, vocabulary: Vocabulary) -> bool:
    """The word before ``at`` is a capitalised word indicator names open with ("Persentase", "Tingkat")."""
    before = sentence[:at].split()
    opener = before[-1] if before else ""
    return opener[:1].isupper() and opener.lower() in vocabulary.names.indicator_starts


def _header_words(name: str, vocabulary: Vocabulary) -> bool:
    """A "name" made of column labels ("Satuan", "Satuan Target Realisasi Capaian"): a table's
    header line read as a sentence."""
    words = name.split()
    if len(words) <= 2 and classify_header(name, vocabulary) is not None:
        return True
    if bool(words) and all(classify_header(w, vocabulary) is not None for w in words[:3]):
        return True
    # "Keluaran Target Satuan Realisasi": the rest of the indicator column's label ("Indikator
    # Keluaran") before the value columns' labels
    return sum(classify_header(w, vocabulary) is not None for w in words[1:4]) == 3


def sentence_subject(sentence: str, vocabulary: Vocabulary) -> str | None:
    """The indicator a sentence speaks of: after "indikator", else the sentence's opening words."""
    lowered = sentence.lower()
    figures = numbers_in(sentence)
    first_figure = figures[0][1] if figures else len(sentence)
    for opener in sorted(vocabulary.prose.indicator_openers, key=len, reverse=True):
        # "Selain indikator pada tabel di atas, indikator X memiliki target ...": the last one
        # before the figures names the indicator.
        # A capitalised opener right after a name's first word is the name's own ("Persentase
        # Indikator Kinerja ..."), not the sentence's.
        found = [
            m.start()
            for m in re.finditer(re.escape(opener + " "), lowered)
            if not _inside_a_name(sentence, m.start(), vocabulary)
        ]
        spots = [spot for spot in found if spot < first_figure]
        at = spots[-1] if spots else found[0] if found else -1
        if at >= 0:
            rest = re.sub(r"^(kinerja\s+)?", "", sentence[at + len(opener) + 1 :], flags=re.IGNORECASE)
            name = _quoted_name(rest)
            if name is None:
                rest = re.sub(r"^[\"'“”]", "", rest)
                end = _subject_end(rest)
                name = (rest[:end] if end is not None else rest).strip(" .,:;\"'“”")
                if end is not None and (clause := _name_after_comma(rest[end:], vocabulary)):
                    # "Melengkapi indikator Renstra, Jumlah X tahun 2025 terdata 48 unit": the
                    # opener's phrase sets the scene; the name opening the clause after it has the figures
                    return clause
            if _ROW_REFERENCE.match(name):
                # "Realisasi indikator nomor 3 belum diverifikasi": a table's row pointed at, its
                # number no figure of a name
                return None
            if name.lower().startswith("yang "):
                # "indikator yang semakin rendah semakin baik, capaian dihitung ...": a kind of
                # indicator the sentence explains a rule for, not one it reports on
                return None
            if _header_words(name, vocabulary):
                return None  # "Indikator Kinerja Satuan Target ...": a table's header line, not a sentence
            if name:
                return name
    leading = LEADING.match(sentence)
    opening = sentence[leading.end() :] if leading else sentence
    end = _subject_end(opening)
    name = (opening[:end] if end is not None else "").strip(" .,:;\"'“”")
    words = name.split()
    # After "Realisasi" / "Untuk" the name runs on in lower case ("Realisasi persentase jalan
    # mantap tahun 2025 adalah ..."); a sentence opening on its own starts with a capital.
    after_verb_noun = bool(leading and leading.group(2))
    if name.lower() in vocabulary.prose.connectives:
        return None  # "Selain itu, realisasinya ...": joined to the sentence before, names nothing
    if end is not None and (possessive := _possessive_after_comma(opening[end:], vocabulary)):
        # "Sampai akhir Desember, realisasinya 40 unit": an opening phrase of time, then the figure
        # "of it" — the indicator the sentence before named
        return possessive
    if 2 <= len(words) <= 20 and (name[:1].isupper() or after_verb_noun):
        return name
    return None


def _name_after_comma(rest: str, vocabulary: Vocabulary) -> str | None:
    """The indicator's name opening the clause right after a comma, if one does: a capitalised
    word indicator names open with ("Jumlah", "Persentase") and more words before the figures."""
    said = re.match(r",\s+([A-Z][^\W\d_]*)\b", rest)
    if said is None or said.group(1).lower() not in vocabulary.names.indicator_starts:
        return None
    clause = rest[said.start(1) :]
    end = _subject_end(clause)
    name = (clause[:end] if end is not None else "").strip(" .,:;\"'“”")
    return name if len(name.split()) >= 2 else None


def _possessive_after_comma(rest: str, vocabulary: Vocabulary) -> str | None:
    """The figure word "of it" ("realisasinya", "capaiannya") right after the comma that ends a
    sentence's opening phrase, if that is what follows."""
    said = re.match(r",\s+([^\W\d_]+nya)\b", rest)
    if said is None:
        return None
    word = said.group(1).lower()
    prose = vocabulary.prose
    return word if word in (*prose.realisation_words, *prose.achievement_words, *prose.target_words) else None


# A row of a table pointed at by its number ("nomor 3", "no. 3", "butir 2").
_ROW_REFERENCE = re.compile(r"(?:nomor|no\.?|butir|baris)\s*\d{1,3}\b", re.IGNORECASE)


QUOTED = re.compile(r'"[^"]{3,}"|“[^”]{3,}”')


def _quoted_name(rest: str) -> str | None:
    """The name in quotation marks that ``rest`` opens with: all of it, an abbreviation in
    parentheses and the lower-case words after it included ("Jumlah Pos (PK) aktif")."""
    quoted = QUOTED.match(rest)
    name = quoted.group(0).strip('"“” ') if quoted else ""
    return SPACES.sub(" ", name) if 0 < len(name.split()) <= 25 else None
