"""Abbreviations learnt from the candidate passages themselves: "AHH" for "Angka Harapan
Hidup", "Disbudpar" for "Dinas Kebudayaan dan Pariwisata".

A question often names a thing by its short form where the document writes it out, or the
reverse. No word list can keep up with the short forms a city's documents coin, so they are read
from the text retrieved for the question: a definition "Nama Lengkap (SINGKATAN)", or a run of
capitalised words (a name as documents write one) that the question's short form abbreviates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from samarinda_common.indonesian_text import STOP_WORDS, words

from samarinda_ask.domain.informal import contracted, shortens, spoken_roots
from samarinda_ask.domain.question import Question
from samarinda_ask.domain.question_terms import content_terms, index_terms
from samarinda_ask.domain.vocabulary import VOCABULARY

# Words an abbreviation skips inside the name it shortens ("Dinas Komunikasi dan Informatika").
_JOINERS = frozenset({"dan", "serta", "&", "atau", "di", "ke", "dari", "untuk", "pada", "of", "and"})
# The longest name an abbreviation is read as, in words (joiners not counted).
MAX_NAME_WORDS = 6
# How long a short form may be, as a share of the letters of the name it shortens.
SHORT_SHARE = 0.6
_WORD = re.compile(r"[^\W_]+|&")
_NAME_BREAK = re.compile(r"[|:;,.()\[\]\n]")
_SNAKE_NAME = re.compile(r"(?<![^\W_])[^\W\d_]+(?:_[^\W\d_]+)+(?![^\W_])")
# "Angka Harapan Hidup (AHH)": a short form in brackets after the words it shortens.
_DEFINITION = re.compile(r"(?P<before>(?:[^\W\d_][\w-]*[ \t]+){1,12})\((?P<short>[^\W\d_][\w-]{1,11})\)")


def abbreviates(short: str, name: Sequence[str]) -> bool:
    """Is ``short`` an abbreviation of the words ``name``?

    Each word of the name (joiners aside) gives the abbreviation one piece, in order, the first
    piece starting the first word: its initial ("AHH": Angka Harapan Hidup) or a syllable
    of it ("Disbudpar": DInaS keBUDayaan PARiwisata). A piece's letters appear in its word in
    order; a piece that does not start its word is two letters or more side by side (stray
    letters inside a word would let almost any short form match almost any name). A short form is short: at
    most 60% of the name's letters, and not the whole of a first word of four letters or more
    ("Kelurahan" shortens no "Kelurahan Air Hitam").
    """
    letters = "".join(ch for ch in short.lower() if ch.isalnum())
    parts = [w.lower() for w in name if w.lower() not in _JOINERS]
    if len(parts) < 2 or len(letters) < len(parts) or not letters.startswith(parts[0][:1]):
        return False
    if len(letters) > SHORT_SHARE * sum(map(len, parts)) or (
        len(parts[0]) > 3 and letters.startswith(parts[0])
    ):
        return False
    return _pieces_match(letters, tuple(parts))


@lru_cache(maxsize=8192)
def _pieces_match(letters: str, parts: tuple[str, ...]) -> bool:
    if not parts:
        return not letters
    if not letters:
        return False
    word, rest = parts[0], parts[1:]
    # The longest piece this word can give leaves a letter for each word after it.
    for end in range(len(letters) - len(rest), 0, -1):
        piece = letters[:end]
        if _piece_of(piece, word) and _pieces_match(letters[end:], rest):
            return True
    return False


def _piece_of(piece: str, word: str) -> bool:
    """A piece starting its word takes letters of it in order ("Dis" of "Dinas"); a piece inside
    its word is one of its syllables, letters side by side ("dik" of "Pendidikan")."""
    if piece[0] == word[0] and _subsequence(piece[1:], word[1:]):
        return True
    return len(piece) >= 2 and piece in word[1:]


def _subsequence(piece: str, word: str) -> bool:
    letters = iter(word)
    return all(ch in letters for ch in piece)


# "Jalur sepeda (bike lane)": a name glossed in brackets by another of as many words (the
# same thing in another language or in the trade's words).
_GLOSS = re.compile(
    r"(?P<before>(?:[^\W\d_][\w-]*[ \t]+){2,6})\((?P<gloss>[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){1,3})\)"
)


@lru_cache(maxsize=65536)
def glosses(text: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The names ``text`` glosses, each with its gloss: "Jalur sepeda (bike lane)" ->
    [(("Jalur", "sepeda"), ("bike", "lane"))]. The name is as many content words before the
    brackets as the gloss has."""
    found = []
    for match in _GLOSS.finditer(text):
        gloss = tuple(content_words(_WORD.findall(match["gloss"])))
        before = content_words(_WORD.findall(match["before"]))
        if len(gloss) >= 2 and len(before) >= len(gloss):
            found.append((tuple(before[-len(gloss) :]), gloss))
    return tuple(found)


@lru_cache(maxsize=65536)
def definitions(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The short forms ``text`` defines, each with the words it stands for:
    "... Angka Harapan Hidup (AHH) ..." -> [("AHH", ("Angka", "Harapan", "Hidup"))].
    Of the words before the brackets, the fewest that the short form abbreviates."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for match in _DEFINITION.finditer(text):
        before = _WORD.findall(match["before"])
        for size in range(2, min(len(before), MAX_NAME_WORDS + 2) + 1):
            name = tuple(before[-size:])
            if name[0].lower() in _JOINERS:
                continue
            if abbreviates(match["short"], name):
                found.append((match["short"], name))
                break
    return tuple(found)


@lru_cache(maxsize=65536)
def capitalised_names(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of two or more capitalised words (joiners inside allowed), as documents write names:
    "Dinas Kebudayaan dan Pariwisata", "Angka Harapan Hidup"; and column names of a data file
    ("angka_harapan_hidup")."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    # A name stops at punctuation: a table row's cells ("SD Swasta | Jumlah Sekolah") are no name.
    for word in [token for piece in _NAME_BREAK.split(text) for token in [*_WORD.findall(piece), ""]]:
        if word[:1].isupper() and word[:1].isalpha():
            run.append(word)
            continue
        if run and word.lower() in _JOINERS:
            run.append(word)
            continue
        while run and run[-1].lower() in _JOINERS:
            run.pop()
        if len(run) >= 2:
            runs.append(tuple(run))
        run = []
    # A data file's column names its thing in words joined by underscores ("surat_keputusan").
    runs.extend(tuple(m[0].split("_")) for m in _SNAKE_NAME.finditer(text))
    return tuple(runs)


@lru_cache(maxsize=65536)
def word_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of words in lower case between punctuation and figures ("belanja perjalanan dinas
    dibatasi"), each cut at its stop words (joiners stay inside): where running text may write
    out what a short form stands for."""
    runs: list[tuple[str, ...]] = []
    for piece in _NAME_BREAK.split(text):
        run: list[str] = []
        for word in [*_WORD.findall(piece), ""]:
            if word.isalpha() and word.islower() and (word in _JOINERS or word not in STOP_WORDS):
                run.append(word)
                continue
            while run and run[-1] in _JOINERS:
                run.pop()
            if len(run) >= 2:
                runs.append(tuple(run))
            run = []
    return tuple(runs)


def names_abbreviated(short: str, names: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The names (or runs of words inside them) that ``short`` abbreviates, starting a run at
    each of its words."""
    return [run for name in names for run in _runs_abbreviated(short, name)]


@lru_cache(maxsize=65536)
def _runs_abbreviated(short: str, name: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    found: list[tuple[str, ...]] = []
    for start in range(len(name)):
        if name[start].lower() in _JOINERS or name[start][:1].lower() != short[:1].lower():
            continue
        for end in range(start + 2, min(len(name), start + MAX_NAME_WORDS + 2) + 1):
            if name[end - 1].lower() not in _JOINERS and abbreviates(short, name[start:end]):
                found.append(name[start:end])
    return tuple(found)


def content_words(name: Iterable[str]) -> list[str]:
    """The words of a name that carry meaning (joiners and stop words aside)."""
    return [w for w in name if w.lower() not in _JOINERS and w.lower() not in STOP_WORDS]


# A question term -> the sets of terms that stand for it in the candidates ("ahh" ->
# {"angka", "harap", "hidup"}): a unit stating all of one set states the term.
Aliases = Mapping[str, frozenset[frozenset[str]]]


def learned_aliases(question: Question, texts: Iterable[str]) -> Aliases:
    """The aliases of the question's terms that ``texts`` (the candidates, their headings and
    owners) define or write out: a short form of the question for the name a candidate writes
    in full, and each word of a name the question writes in full for the short form a
    candidate defines for it."""
    found: dict[str, set[frozenset[str]]] = {}
    asked = set(question.terms)
    shorts = _short_forms(question)
    names: set[tuple[str, ...]] = set()
    written: set[str] = set()
    initialisms: set[str] = set()
    # Two words the candidates write one after the other ("batu putih" of a place name).
    pairs: set[tuple[str, str]] = set()
    # Runs of words in lower case ("belanja perjalanan dinas"): running text writes most things so.
    phrases: set[tuple[str, ...]] = set()
    for text in dict.fromkeys(texts):
        written.update(words(text))
        pairs.update(_pairs(text))
        initialisms.update(_initialisms(text))
        names.update(capitalised_names(text))
        phrases.update(word_runs(text))
        for short, name in definitions(text):
            short_terms, name_terms = _word_terms(short), _name_terms(name)
            if len(short_terms) != 1 or not name_terms:
                continue
            if short_terms[0] in asked:
                found.setdefault(short_terms[0], set()).add(name_terms)
            elif set(written_out := _word_terms(" ".join(name))) <= asked:
                for term in written_out:
                    found.setdefault(term, set()).add(frozenset(short_terms))
        for name, gloss in glosses(text):
            # A question writing one side whole is stated by a unit writing the other whole.
            for said, other in (
                (_name_terms(name), _name_terms(gloss)),
                (_name_terms(gloss), _name_terms(name)),
            ):
                if said and other and said <= asked and not other <= asked:
                    for term in said:
                        found.setdefault(term, set()).add(other)
    shorts.update(_typed_syllables(question, written))
    for short, term in shorts.items():
        if short.lower() in written:
            # The candidates write the short form itself: it is stated where written, and the
            # capitalised runs it would give the initials of (a scan's header line "Kelurahan
            # Ketetapan") are guesses no longer needed.
            continue
        for name in names_abbreviated(short, names):
            name_terms = _name_terms(name)
            # A question writing a word of the name itself beside the short form ("jumlah LP di
            # dusun ...") asks the short form as a thing of its own, not as that name.
            if name_terms and term not in name_terms and not name_terms & asked:
                found.setdefault(term, set()).add(name_terms)
        # Words written in lower case are no name, so a run of them is read as what a short form
        # stands for only when the question writes none of its words otherwise ("RT dengan akses
        # air" is no "rata-rata" of an "air" the question names).
        for name in names_abbreviated(short, phrases):
            name_terms = _name_terms(name)
            if name_terms and term not in name_terms and not name_terms & asked:
                found.setdefault(term, set()).add(name_terms)
    for term, alternatives in _initials_of_asked_words(question, initialisms, pairs).items():
        found.setdefault(term, set()).update(alternatives)
    for term, alternatives in _typed_short(question, written).items():
        found.setdefault(term, set()).update(alternatives)
    return {term: frozenset(alternatives) for term, alternatives in found.items()}


@lru_cache(maxsize=65536)
def _initialisms(text: str) -> tuple[str, ...]:
    """The short forms in capitals a text writes among other words ("Jumlah AP", "Rekap UPT"); a
    line all in capitals is a title, whose words are no short forms."""
    return tuple(
        word
        for line in text.splitlines()
        if not line.isupper()
        for word in _WORD.findall(line)
        if word.isalpha() and word.isupper() and 2 <= len(word) <= MAX_INITIALS
    )


# The longest short form read as the initials of the words a question writes.
MAX_INITIALS = 5


@lru_cache(maxsize=65536)
def _pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of words ``text`` writes one after the other."""
    said = [w.lower() for w in _WORD.findall(text)]
    return frozenset(itertools.pairwise(said))


def _initials_of_asked_words(
    question: Question, initialisms: Iterable[str], pairs: frozenset[tuple[str, str]] | set[tuple[str, str]]
) -> dict[str, set[frozenset[str]]]:
    """The question's words that a candidate's short form gives the initials of ("alat pemadam"
    under a column "Jumlah AP"): each of their terms is stated by that short form. Only initials,
    one letter per word (joiners aside), in the question's order: a syllable or a stray letter
    would let a short word of a title stand for almost any two words. A run whose last word the
    candidates write together with the question's next word ("desa Batu Putih" where the rows
    write "Batu Putih") cuts a name in two: "DB" is not its initials."""
    said = [w.lower() for w in _WORD.findall(question.text)]
    asked = set(question.terms)
    found: dict[str, set[frozenset[str]]] = {}
    for short in set(initialisms):
        letters = short.lower()
        short_terms = frozenset(_word_terms(short))
        if letters in said or not short_terms:
            continue
        for start, first in enumerate(said):
            if first in _JOINERS or first in STOP_WORDS or first[:1] != letters[:1]:
                continue
            run = _initialled_run(said[start:], letters)
            if run is None:
                continue
            following = said[start + len(run) : start + len(run) + 1]
            if following and (run[-1], following[0]) in pairs:
                continue
            for term in _name_terms(run) & asked:
                found.setdefault(term, set()).add(short_terms)
    return found


def _initialled_run(said: Sequence[str], letters: str) -> tuple[str, ...] | None:
    """The words from the start of ``said`` whose initials (joiners skipped, no stop word among
    them) spell ``letters``; None if they do not."""
    run: list[str] = []
    initials = ""
    for word in said:
        if word in _JOINERS and run:
            run.append(word)
            continue
        if word in STOP_WORDS or not word.isalpha():
            return None
        run.append(word)
        initials += word[0]
        if initials == letters:
            return tuple(run)
        if not letters.startswith(initials):
            return None
    return None


def _typed_short(question: Question, written: set[str]) -> dict[str, set[frozenset[str]]]:
    """The question's words that no candidate writes and that shorten a word as staff type
    ("tgl", "kab", "liat"): each stands for the words the candidates write that it shortens, and
    one that shortens a word that only asks ("bgmn" for "bagaimana") is stated by every unit (an
    empty alias), as that word would be no content at all."""
    found: dict[str, set[frozenset[str]]] = {}
    written_terms: set[str] | None = None  # the terms of ``written``, read when first needed
    by_initial: dict[str, list[str]] = {}
    for longer in written:
        by_initial.setdefault(longer[:1], []).append(longer)
    for word in dict.fromkeys(words(question.text)):
        terms = _word_terms(word)
        if word in written or len(terms) != 1 or terms[0] not in question.terms:
            continue
        # Only a contraction: the first letters of an asking word are often a word ("pers", "dok").
        if any(contracted(word, asking) for asking in _ASKING_WORDS):
            found.setdefault(terms[0], set()).add(frozenset())
            continue
        units = (
            [u for u in VOCABULARY.count_units if shortens(word, u)]
            if terms[0] in question.answer_units
            else []
        )
        if units:
            # "brp bh": a short form of what the figure asked is counted in ("buah") is that
            # unit, though no candidate writes it and another word it shortens does.
            found.setdefault(terms[0], set()).update(frozenset(index_terms(u)) for u in units)
            continue
        for longer in by_initial.get(word[:1], ()):
            if shortens(word, longer) and (longer_terms := frozenset(index_terms(longer)) - {terms[0]}):
                found.setdefault(terms[0], set()).add(longer_terms)
        # A verb as it is said ("nanem" for "menanam"): the root a candidate writes.
        for root in spoken_roots(word):
            if written_terms is None:
                written_terms = {t for w in written for t in _word_terms(w)}
            root_terms = _word_terms(root)
            if len(root_terms) != 1 or root_terms[0] == terms[0]:
                continue
            # The stemmer may cut the root's first letter with a prefix (the "t" a "men-" replaced).
            if same := {frozenset({t}) for t in written_terms if _same_root(root_terms[0], t)}:
                found.setdefault(terms[0], set()).update(same)
    return found


def _same_root(root: str, written: str) -> bool:
    """``written`` is ``root``, or ``root`` with its first letter cut off by a nasal prefix."""
    return written == root or (len(written) >= MIN_CUT_ROOT and root[1:] == written)


# The fewest letters of a root whose first letter the stemmer cut.
MIN_CUT_ROOT = 4


# The words of a question that only ask (question words, stop words), as a question writes them.
_ASKING_WORDS = tuple(sorted({*VOCABULARY.question_words, *STOP_WORDS}))


@lru_cache(maxsize=8192)
def _word_terms(words: str) -> tuple[str, ...]:
    """The content terms of a short form or a name as a question would read them."""
    return tuple(content_terms(words))


@lru_cache(maxsize=8192)
def _name_terms(name: tuple[str, ...]) -> frozenset[str]:
    return frozenset(index_terms(" ".join(content_words(name))))


# The fewest letters of a short form typed in lower case ("banpres", "kabag"): shorter ones
# ("org", "dgn") are contractions of one word, read by ``_typed_short``.
MIN_TYPED_SYLLABLES = 5


def _typed_syllables(question: Question, written: set[str]) -> dict[str, str]:
    """The question's lower-case words that no candidate writes and that may join the first
    syllables of a name ("banpres" for "Bantuan Presiden", as "Disbudpar" is written in
    capitals): read against the names the candidates write, like a capitalised short form."""
    found: dict[str, str] = {}
    for word in dict.fromkeys(words(question.text)):
        if len(word) < MIN_TYPED_SYLLABLES or not word.isalpha() or word in written or word in STOP_WORDS:
            continue
        terms = _word_terms(word)
        if len(terms) == 1 and terms[0] in question.terms:
            found[word] = terms[0]
    return found


def _short_forms(question: Question) -> dict[str, str]:
    """The question's words that may be short forms, with their terms: written in capitals
    ("AHH") or capitalised inside the question ("Disbudpar"), of letters only, one term each."""
    shorts: dict[str, str] = {}
    for position, word in enumerate(_WORD.findall(question.text)):
        if not word.isalpha() or not 2 <= len(word) <= 10:
            continue
        if not (word.isupper() or (position > 0 and word[:1].isupper())):
            continue
        terms = _word_terms(word)
        if len(terms) == 1 and terms[0] in question.terms:
            shorts[word] = terms[0]
    return shorts
