"""Questions that reach their answer through a thing another document names.

"Gudang yang aduannya terbesar menurut notulen rapat, dapat berapa genset di pembagian?" asks
two questions in a row: which warehouse the meeting's notes single out (the first hop), then what
that warehouse received (the second hop, in another document). The thing the first hop finds is
named as its document writes it ("Gudang Danau Biru", the row "Desa Padang Ilalang"), and the
second hop asks the rest of the question about that name. The answer states and cites both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from samarinda_ask.domain.figures import FigureKind
from samarinda_ask.domain.headings import with_document_headings
from samarinda_ask.domain.passages import Answer, Passage, Unit
from samarinda_ask.domain.question import Question, parse_question
from samarinda_ask.domain.question_terms import content_terms, index_terms
from samarinda_ask.domain.rendering import citation_of, render_row
from samarinda_ask.domain.scoring import MIN_COVERAGE, Scored, score_units
from samarinda_ask.domain.stems import stem
from samarinda_ask.domain.support import printing_any, stated_values
from samarinda_ask.domain.units import deduplicate, units_of
from samarinda_ask.domain.vocabulary import VOCABULARY


class Extreme(StrEnum):
    MOST = "most"
    LEAST = "least"


@dataclass(frozen=True)
class Chain:
    head: str  # what the question asks about, as it names it ("Gudang", "Proyek fisik")
    clause: Question  # what picks it out, without the words of its extreme ("terbanyak")
    rest: str  # what is asked about it ("dapat berapa genset di pembagian?")
    extreme: Extreme | None = None
    # Read from a bare "X ... itu, berapa ...", which also reads as one question about X: the
    # chain is tried only when the question as a whole finds no answer.
    fallback: bool = False

    def named(self, name: str) -> str:
        """The thing by its name, its noun in front unless the name starts with it."""
        noun = self.head.split()[0]
        # A thing described in words ("perbaikan talud Jl. X") is asked about as described.
        described = name[:1].islower()
        return name if described or name.lower().startswith(noun.lower()) else f"{noun} {name}"

    def second_hop(self, name: str) -> Question:
        """The rest of the question, asked about the thing by its name.

        The rest's verbs ("dikirimnya", "menerima") only tie the thing to its figure, and the
        unit a count is asked in ("berapa karung pupuk") is what a distribution table leaves to
        its title: neither is a word the other document must state. The thing's name and what is
        counted still must be."""
        named = self.named(name)
        hop = parse_question(f"{named} {self.rest}")
        unit = _COUNTED_UNIT.search(self.rest)
        loose = set(hop.verbs)
        if unit and hop.wants is FigureKind.COUNT:
            loose.add(stem(unit["unit"].lower()))
        kept = tuple(t for t in hop.terms if t not in loose)
        asked = set(kept) - index_terms(named)
        return replace(hop, terms=kept) if asked else hop


# "<head of up to three words> yang|dengan|tempat <clause>, <rest asking berapa>"; the clause may
# also close with "itu" instead of a comma ("Gudang yang ... terbanyak itu menerima berapa ...?").
_CHAINED = re.compile(
    r"^\s*(?P<head>[^\W_][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:yang|dengan|tempat)\s+"
    r"(?P<clause>[^,?]+?)(?:\s*,|\s+itu)\s+(?P<rest>[^,]+)$",
    re.IGNORECASE,
)
# Or with no mark at all, the clause running straight into the rest's verb: "Gudang yang aduannya
# terbanyak menurut rapat menerima berapa genset?". The verb right before "berapa" (a prefixed
# one, told by its stem) starts the rest.
_CHAINED_BY_VERB = re.compile(
    r"^\s*(?P<head>[^\W_][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:yang|dengan|tempat)\s+"
    r"(?P<clause>[^,?]+?)\s+(?P<rest>(?P<verb>(?:me|ber|di|ter)[^\W\d_]{3,})\s+berapa\b[^,]*)$",
    re.IGNORECASE,
)
# Or a noun phrase closed by "itu", with no relative word: "Permintaan nelayan Desa X dalam forum
# 2031 itu biayanya berapa menurut daftar kegiatan?". Its head is its first word.
_CHAINED_BY_ITU = re.compile(
    r"^\s*(?P<head>[^\W\d_][\w-]*)\s+(?P<clause>[^,?]+?)\s+itu\s+(?P<rest>[^,]*\bberapa\b[^,]*)$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:yang|dengan|tempat)\b", re.IGNORECASE)
_BERAPA = re.compile(r"\bberapa\b", re.IGNORECASE)
# "berapa karung", or "jumlah kiosnya berapa": the thing a count is asked of.
COUNTED_ASKED = re.compile(
    r"\bberapa\s+(?P<thing>[^\W\d_]+)\b|\bjumlah\s+(?P<counted>[^\W\d_]+)(?:-?nya)?\s+berapa\b", re.IGNORECASE
)
# "berapa karung pupuk", "berapa lembar terpal": a unit, then the thing counted in it.
_COUNTED_UNIT = re.compile(
    r"\bberapa\s+(?P<unit>[^\W\d_]+)\s+(?=[^\W\d_])(?!yang\b|di\b|ke\b|pada\b)", re.IGNORECASE
)


def _pattern(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


_MOST = _pattern(VOCABULARY.most_words)
_LEAST = _pattern(VOCABULARY.least_words)


def chain_of(question: Question) -> Chain | None:
    """The two hops of "X yang <what picks X out>, <what is asked of X> berapa?", or None.

    Only when the clause asks nothing itself (no "berapa") and the rest asks about something the
    clause does not name: "Sekolah yang terlambat melapor, ada berapa?" is one question."""
    bare = _itu_closed(question.text)
    match = _CHAINED.match(question.text) or _verb_closed(question.text) or bare
    if match is None or _BERAPA.search(match["clause"]) or not _BERAPA.search(match["rest"]):
        return None
    head, clause, rest = match["head"], match["clause"], match["rest"]
    if _BERAPA.search(head) or not set(content_terms(rest)) - set(content_terms(f"{head} {clause}")):
        return None
    if stem(head.split()[0].lower()) in VOCABULARY.sum_stems or clause.count("(") != clause.count(")"):
        return None  # "Total X yang ... (A, B dan C) berapa": a total over a list, not a thing picked out
    extreme = Extreme.MOST if _MOST.search(clause) else Extreme.LEAST if _LEAST.search(clause) else None
    picked = _LEAST.sub(" ", _MOST.sub(" ", clause))
    # The clause picks a thing out; it asks no figure ("yang harganya diajukan ..." names a price
    # only to say which letter), so no unit is refused for lacking one.
    clause_question = replace(parse_question(picked), wants=None, weak_kind=False, wants_rate=False)
    return Chain(head, clause_question, rest.strip(), extreme, fallback=match is bare)


def _itu_closed(text: str) -> re.Match[str] | None:
    match = _CHAINED_BY_ITU.match(text)
    return match if match is not None and not _RELATIVE.search(match["clause"]) else None


def _verb_closed(text: str) -> re.Match[str] | None:
    match = _CHAINED_BY_VERB.match(text)
    return match if match is not None and stem(match["verb"].lower()) != match["verb"].lower() else None


@dataclass(frozen=True)
class Bridge:
    """The thing the first hop found: its name, and the units that say so."""

    name: str
    units: tuple[Unit, ...]


def bridge_of(chain: Chain, passages: Sequence[Passage]) -> Bridge | None:
    """The thing ``chain``'s clause picks out among ``passages``, named as a document names it."""
    units = with_document_headings(deduplicate([u for p in passages for u in units_of(p)]))
    covering = [s for s in score_units(chain.clause, units) if _picks_out(chain.clause, s)]
    if not covering:
        return None
    noun = chain.head.split()[0]
    if chain.extreme is not None and covering[0].unit.is_row:
        best = _extreme_row(chain.extreme, covering)
        if best is None:
            return None
        name = _row_name(noun, best.unit)
        return Bridge(name, (best.unit,)) if name else None
    for scored in covering:
        if chain.extreme is not None and not _states_extreme(chain.extreme, scored.unit.text):
            continue
        unit = scored.unit
        name = _name_after(noun, _extreme_side(chain.extreme, unit.text)) if not unit.is_row else ""
        name = name or (_name_after(noun, unit.text) if not unit.is_row else _row_name(noun, unit))
        name = name or (_described(unit.text) if not unit.is_row and chain.extreme is None else "")
        if name:
            return Bridge(name, (unit,))
        # A letter names its number in one line and what it is about in another.
        for other in units:
            if other.passage.document_id == unit.passage.document_id and (
                name := _name_after(noun, other.text)
            ):
                return Bridge(name, (unit, other))
        if chain.extreme is None:
            return None  # the best unit names nothing: no second hop on a guess
    # No sentence names the extreme (a summary sentence covers the clause best, the table under
    # it lists the things): the row with the extreme figure among the covering rows.
    rows = [s for s in covering if s.unit.is_row]
    best = _extreme_row(chain.extreme, rows) if chain.extreme is not None and rows else None
    name = _row_name(noun, best.unit) if best is not None else ""
    return Bridge(name, (best.unit,)) if best is not None and name else None


def _picks_out(clause: Question, scored: Scored) -> bool:
    """The unit covers the clause, or states every name and code in it ("surat nomor 12/AB/2031"
    is found by its number, however the asker words the rest)."""
    if scored.coverage >= MIN_COVERAGE:
        return True
    names = [t for t in clause.terms if t in clause.names or any(c.isdigit() for c in t)]
    return bool(names) and not set(names) & set(scored.missing)


def _states_extreme(extreme: Extreme, text: str) -> bool:
    return (_MOST if extreme is Extreme.MOST else _LEAST).search(text) is not None


def _extreme_side(extreme: Extreme | None, text: str) -> str:
    """The words from the asked extreme on: a report names both ends in one sentence ("tertinggi
    di Gudang A, sedangkan terendah di Gudang B"), and the thing asked is the one after its word.
    Empty when the text names no such word."""
    if extreme is None:
        return ""
    found = (_MOST if extreme is Extreme.MOST else _LEAST).search(text)
    return text[found.end() :] if found else ""


def _extreme_row(extreme: Extreme, covering: Sequence[Scored]) -> Scored | None:
    """The row with the largest (or smallest) figure among the covering rows of the best one's table."""
    first = covering[0].unit.passage
    table = [
        s
        for s in covering
        if s.unit.is_row
        and s.figure is not None
        and (s.unit.passage.document_id, s.unit.passage.table) == (first.document_id, first.table)
        and not _is_total_label(s.unit)
    ]
    if len(table) < 2:
        return None
    pick = max if extreme is Extreme.MOST else min
    return pick(table, key=lambda s: s.figure.value if s.figure is not None else 0)


def _is_total_label(unit: Unit) -> bool:
    return any(
        {w for w in index_terms(c.value)} & VOCABULARY.sum_stems for c in unit.cells if c.figure is None
    )


def _row_name(noun: str, unit: Unit) -> str:
    """The row's cell under a header naming the asked thing ("Kelurahan"), else its first label."""
    wanted = index_terms(noun)
    for cell in unit.cells:
        # The header names the thing, so its cell is a name even when a number was read in it
        # ("SMA 3 Tenggarong" under "Nama Sekolah").
        if wanted & index_terms(cell.header) and re.search(r"[^\W\d_]{2}", cell.value):
            return cell.value.strip()
    for cell in unit.cells:
        if cell.figure is None and re.search(r"[^\W\d_]{3}", cell.value):
            return cell.value.strip()
    return ""


# A name: capitalised words, codes and abbreviations ("Ds.", "SPAM", "Blok 3"), in a run.
_NAME_WORD = r"(?:[A-Z][\w'-]*\.?|\d[\w/-]*)"


def _name_after(noun: str, text: str) -> str:
    """The name written right after the asked noun ("... di Gudang Danau Biru sejumlah ..."), or
    after one lower-case word that says what kind it is ("paket pekerjaan Rehab Jembatan ...")."""
    match = re.search(
        rf"\b(?i:{re.escape(noun)})\s+(?:[a-z]{{4,}}\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})*)", text
    )
    if match is None:
        return ""
    name = match["name"].rstrip(".")
    # A name that is only a number ("Gudang 2") or one letter names nothing to look up.
    return name if re.search(r"[^\W\d_]{2}", name) else ""


# "<what picks it out> adalah <the thing, described> untuk ...": the description, up to the clause
# that says what it is for or the sentence's end.
_DESCRIBED = re.compile(
    r"\b(?:adalah|yaitu|ialah)\s+(?P<thing>[^\W\d_][^,;:]*?)"
    r"(?=\s+(?:untuk|agar|guna|supaya|sehingga|karena|yang|dengan|senilai|sebesar|sebanyak)\b|\s*[,;:]|\.?\s*$)"
)
# A description longer than this is a clause, not the name of a thing.
_DESCRIBED_WORDS = 8


def _described(text: str) -> str:
    """The thing a sentence says its subject is ("Permintaan nelayan adalah perbaikan talud
    Jl. Kenari agar ..." -> "perbaikan talud Jl. Kenari"), or ""."""
    match = _DESCRIBED.search(text)
    if match is None:
        return ""
    thing = match["thing"].strip().rstrip(".")
    return thing if 2 <= len(thing.split()) <= _DESCRIBED_WORDS else ""


def chained_answer(chain: Chain, bridge: Bridge, hop: Question, second: Answer) -> Answer:
    """The second hop's answer, with the first hop's statement and citation after it."""
    first = " ".join(render_row(u) if u.is_row else u.text for u in bridge.units)
    answered = second.text
    figure = second.figure
    asked = COUNTED_ASKED.search(hop.text)
    if (
        figure is not None
        and figure.kind is FigureKind.NUMBER
        and asked
        and answered.startswith(figure.render())
    ):
        # A bare count under a column header answers "berapa karung": said as "12 karung", so that
        # the figure reads as the count asked beside the first hop's own figures.
        counted = replace(figure, kind=FigureKind.COUNT, unit=(asked["thing"] or asked["counted"]).lower())
        answered = counted.render() + answered[len(figure.render()) :]
    text = f"{answered} ({chain.named(bridge.name)} menurut {bridge.units[0].passage.document}: {first})"
    # A citation holds a figure the answer states; the first hop's sentence that only names the
    # thing ("surat nomor ...", "paket ...") is shown in the answer with its document instead.
    cited = printing_any(stated_values(text), (citation_of(u) for u in bridge.units))
    return replace(
        second,
        text=text,
        citations=(*cited, *second.citations),
        evidence=(*bridge.units, *second.evidence),
    )
