"""Judge stage: DUPLICATE — the same purchase counted twice ("dianggarkan ganda").

Two lines are one purchase when they buy the same thing, however it is written: word order,
abbreviations and synonyms (through :func:`text.normalise` and ``duplicates.toml``'s
``equivalents``), the unit's spelling (``Buah``/``bh``), detail one line gives and the other leaves
out (``Kursi lipat`` / ``Kursi lipat futura``), and whether the item is named in the Uraian or in
the Spesifikasi. How much alike the amounts must be depends on where the lines stand:

- in one sub-kegiatan, the same item is one purchase in any volume and at a unit price at most
  ``price_tolerance`` apart (an SSH price and the same price rounded up), whatever account each is
  booked to (barang and modal): a sub-kegiatan that needs more of an item writes one line;
- in two sub-kegiatan, each may buy its own supplies: only the same volume at that price (or the
  same total) is the same purchase booked twice.

They are two purchases — a legitimate repeat — when they stand under two SIPD sub-groups
(``[#]``/``[-]`` labels, which state what the lines below are for), when each line states
something the other does not (a purpose, a period, a place: ``rapat triwulan I`` / ``rapat
triwulan II``, ``ruas hulu`` / ``ruas hilir``), when each has a number of its own, when one
states a word of ``duplicates.toml``'s ``distinguishing`` list that the other does not, or a
word of one exclusive family each (A4/F4, PVC/HDPE, L/XL, peserta/panitia). A line in another
volume adds no number and no occasion to the other's words (``Kertas HVS`` / ``Kertas HVS 80
gram`` may be two papers).

Two wordings that each add something (``Sewa kursi lipat acara`` / ``Kursi lipat sewa futura``)
are one purchase only on the strictest evidence: the same price, volume and unit, the same item
(the first word that is not an action such as ``sewa``), no number, occasion or material on either
side that the other lacks, neither adding a Spesifikasi of its own, and within one sub-kegiatan.

A line is also counted twice when a package line of its sub-kegiatan already includes it: said in
so many words (``Sewa mobil ... termasuk BBM dan pengemudi``, ``include``, ``(snack + makan
siang)``) or by the package's kind (a fullboard meeting package includes lodging and meals, a
rental ``all in`` fuel and driver); ``tidak termasuk`` / ``belum termasuk`` say the opposite and
are left alone.

The repeat is reported — the later line of a pair, every separate line of a package's contents —
with the other line named in its evidence, and the smaller of the two amounts at stake: what the
RKA would save by keeping one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from samarinda_common.rka import Evidence, EvidenceKind, Finding, FindingType, RkaLine
from samarinda_common.roman import roman_numeral, roman_value
from samarinda_common.rules import RulesFile, load_rules
from samarinda_common.rupiah import format_rupiah as rp

from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.figures import quoted, show_number
from samarinda_rka_review.domain.rules import DATA_PACKAGE
from samarinda_rka_review.domain.taxonomy import item_head
from samarinda_rka_review.domain.text import (
    EXCLUSIVE_FAMILIES,
    STOPWORDS,
    canonical_unit,
    known_unit,
    normalise,
)


class DuplicateRules(RulesFile):
    distinguishing: tuple[str, ...] = Field(min_length=1)
    unmarked_phases: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()
    families: tuple[tuple[str, ...], ...] = ()
    price_tolerance: float = Field(default=0.0, ge=0.0, lt=0.5)
    inclusion: tuple[str, ...] = ()
    serving: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    bundles: tuple[str, ...] = ()
    exclusion: tuple[str, ...] = ()
    equivalents: dict[str, str] = Field(default_factory=dict)
    implied: dict[str, tuple[str, ...]] = Field(default_factory=dict)


def load_duplicate_rules(path: Path | None = None) -> DuplicateRules:
    return load_rules(DuplicateRules, DATA_PACKAGE, "duplicates.toml", path)


RULES = load_duplicate_rules()


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return (
        re.compile(r"\b(" + "|".join(re.escape(p) for p in ordered) + r")\b")
        if ordered
        else re.compile(r"(?!)")
    )


# The equivalents are matched on normalised text, so their keys are normalised first (``Full
# board`` and ``full-board`` alike); a key the vocabulary already rewrites is matched as rewritten.
_EQUIVALENTS = {normalise(k): normalise(v) for k, v in RULES.equivalents.items()}
_EQUIVALENT_RE = _phrase_pattern(_EQUIVALENTS)


@lru_cache(maxsize=65536)
def canonical(text: str | None) -> str:
    """The normalised text with the duplicate stage's equivalents applied."""
    return _EQUIVALENT_RE.sub(lambda m: _EQUIVALENTS[m.group(1)], normalise(text))


def _words_of(values: Iterable[str]) -> frozenset[str]:
    return frozenset(w for value in values for w in canonical(value).split())


# A one-word entry distinguishes wherever it stands; a phrase (``hari ke``, ``luar daerah``) only as
# a whole: ``3 jam/hari`` states a rate, not which day.
_DISTINGUISHING = _words_of(w for w in RULES.distinguishing if len(canonical(w).split()) == 1)
# Told apart from a line naming no phase only by another phase word (``duplicates.toml``).
_UNMARKED_PHASES = _words_of(RULES.unmarked_phases)
_DISTINGUISHING_PHRASES = _phrase_pattern(
    canonical(w) for w in RULES.distinguishing if len(canonical(w).split()) > 1
)
_IGNORED = frozenset(w for word in RULES.ignored for w in normalise(word).split()) | STOPWORDS
# A period, batch or size is numbered at most twelve (the months); a longer I/V/X word is no numeral.
_LARGEST_NUMERAL = 12
_ACTIONS = _words_of(RULES.actions)
_OCCASIONS = _words_of(RULES.occasions)
_SERVING = _words_of(RULES.serving)
_FORMS = _words_of(RULES.forms)
_IMPLIED = {canonical(k): _words_of(v) for k, v in RULES.implied.items()}
# Families whose members name different items or payees: the vocabulary's (A4/F4, colour, role)
# and duplicates.toml's (material, size, team role).
_FAMILIES = (
    *EXCLUSIVE_FAMILIES,
    *(frozenset(canonical(word) for word in family) for family in RULES.families),
)
_INCLUSION = re.compile(
    r"\b(?:" + "|".join(re.escape(canonical(w)) for w in RULES.inclusion) + r")\b(.*)$"
    if RULES.inclusion
    else r"(?!)"
)
_EXCLUSION = re.compile(
    r"\b(?:" + "|".join(re.escape(canonical(w)) for w in RULES.exclusion) + r")\s*$"
    if RULES.exclusion
    else r"(?!)"
)
# A list of contents joined by ``+`` (``Konsumsi rapat (snack + makan siang)``): the bracket that
# holds it, or what follows the first ``+`` when no bracket does.
_PLUS_GROUP = re.compile(r"\(([^()]*\+[^()]*)\)")
_PLUS_TAIL = re.compile(r"\+(.*)$")
# Words joined by slashes (``jati/sonokeling``, ``jati / sonokeling``).
_SLASHED = re.compile(r"[^\W_]+(?:\s*/\s*[^\W_]+)+")
_BUNDLES = frozenset(w.lower() for w in RULES.bundles)
_LIST_SEPARATOR = re.compile(r"[,;]|\bdan\b|&", re.IGNORECASE)
# Two prices of one need in one account group: at most this share of the higher apart (a wider
# gap pairs two grades of one item bought in one volume).
REPRICED_TOLERANCE = 0.25
# At most this many words of its own on each side: beyond it the wordings describe two things.
_MAX_OWN_WORDS = 2


_DIMENSIONS = re.compile(r"(\d)\s*x\s*(?=\d)")
_SUBGROUP_MARKS = re.compile(r"\[\s*[#\-]\s*\]")


# A rate restating the line's unit (``per bulan``, ``per orang``): how the item is counted, not a
# period or a person that tells two lines apart.
_RATE = re.compile(r"\bper\s+([^\W\d_]+)")


def words(text: str | None) -> frozenset[str]:
    """The content words of a text in canonical form (stopwords, filler and rates left out); a
    size is one word however it is spaced (``4 x 6`` = ``4x6``), and a rank one number however
    it is written (``juara III`` = ``juara 3``)."""
    plain = _RATE.sub(lambda m: " " if known_unit(m.group(1)) else m.group(0), canonical(unmarked(text)))
    said = _DIMENSIONS.sub(r"\1x", plain).split()
    return frozenset(
        _as_digits(w, said[i - 1] if i else None) for i, w in enumerate(said) if w not in _IGNORED
    )


def unmarked(text: str | None) -> str | None:
    """``text`` without SIPD's sub-group marks (``[#]``, ``[-]``): a mark is layout, not a word."""
    return _SUBGROUP_MARKS.sub(" ", text) if text else text


def stated_purpose(line: RkaLine) -> frozenset[str]:
    """The words of the SIPD sub-group labels the line stands under (``[#] Rapat persiapan``),
    which say what it is for. A line that carries the mark itself (``[#] Payung lipat``, SIPD's
    item style) is read as its own label: that label names what the line buys, not a purpose."""
    own = (unmarked(line.uraian) or "").strip()
    labels = ((unmarked(part) or "").strip() for part in (line.subgroup or "").split(" / "))
    return frozenset(w for label in labels if not (own and label.startswith(own)) for w in words(label))


def _as_digits(word: str, before: str | None) -> str:
    """A roman numeral after a word (``juara iii``, ``tahap ii``) as its digits; after a number
    it is a unit (``220 v``), and a lone ``x`` is a times sign."""
    if word == "x" or before is None or is_number(before) or not _is_roman(word):
        return word
    return str(roman_value(word.upper()))


def is_number(word: str) -> bool:
    """A number or a roman numeral: a size, a batch, a period."""
    return _is_roman(word) or any(c.isdigit() for c in word)


def _is_roman(word: str) -> bool:
    """A numeral as it is written (``vii``), not any string of I, V and X (``iiii``, ``vx``)."""
    value = roman_value(word.upper())
    return value is not None and value <= _LARGEST_NUMERAL and roman_numeral(value).lower() == word


@dataclass(frozen=True)
class Purchase:
    """What a line buys, for comparison with the others."""

    name: frozenset[str]  # the Uraian's words
    detail: frozenset[str]  # the Spesifikasi's words not already in the name
    harga: int
    volume: Decimal
    jumlah: int
    unit: str | None = None
    item: str | None = None  # the first word of the Uraian that is not an action (``sewa``)
    purpose: frozenset[str] = frozenset()  # the words of the SIPD sub-group it stands under
    # the distinguishing phrases it states (``luar daerah``), each as one word
    phrases: frozenset[str] = frozenset()
    spec: frozenset[str] = frozenset()  # the Spesifikasi's words, all of them

    @classmethod
    def of(cls, line: RkaLine, own: frozenset[str] = frozenset(), year: int | None = None) -> Purchase:
        """``own``: words that name the RKA's own OPD (``Kecamatan ...``): a line saying whose it
        is (``Seragam petugas kecamatan``) names no other place than its neighbours do. ``year``:
        the RKA's fiscal year, which a line may state without naming another period than its
        neighbours'."""
        name = words(without_year(line.uraian, year)) - own
        return cls(
            name,
            words(without_year(line.spesifikasi, year)) - name - own,
            line.harga_satuan,
            line.volume,
            line.jumlah,
            canonical_unit(line.satuan),
            item_word(line.uraian),
            stated_purpose(line),
            frozenset(
                found
                for text in (line.uraian, line.spesifikasi)
                for found in _DISTINGUISHING_PHRASES.findall(canonical(text))
            ),
            words(without_year(line.spesifikasi, year)) - own,
        )

    @property
    def everything(self) -> frozenset[str]:
        return self.name | self.detail


@lru_cache(maxsize=64)
def _year_pattern(year: int) -> re.Pattern[str]:
    """The year, with the period word before it (a ``distinguishing`` word) when there is one."""
    periods = "|".join(sorted(map(re.escape, _DISTINGUISHING), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{periods})\.?\s+)?\b{year}\b", re.IGNORECASE)


def without_year(text: str | None, year: int | None) -> str | None:
    """``text`` without its statement of the fiscal year (the year and the period word before it)."""
    if not text or year is None:
        return text
    return _year_pattern(year).sub(" ", text)


def item_word(text: str | None) -> str | None:
    """The word naming what is bought: the first content word that is not an action."""
    for word in _DIMENSIONS.sub(r"\1x", canonical(unmarked(text))).split():
        if word not in _IGNORED and word not in _ACTIONS and not is_number(word):
            return word
    return None


def conflicting(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """A word of one exclusive family on each side (``hitam``/``warna``, ``kayu``/``besi``)."""
    return any(family & only_a and family & only_b for family in _FAMILIES)


def close_prices(a: int, b: int, tolerance: float = RULES.price_tolerance) -> bool:
    """Unit prices at most ``tolerance`` of the higher apart: one price written two ways."""
    if a <= 0 or b <= 0:
        return a == b
    return abs(a - b) <= tolerance * max(a, b)


def reworded(a: Purchase, b: Purchase, only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """The same purchase worded two ways, each adding a little (see the module's doc)."""
    if a.harga != b.harga or a.volume != b.volume or a.harga <= 0:
        return False
    if a.unit is None or a.unit != b.unit or a.item is None or a.item != b.item:
        return False
    if len(only_a) > _MAX_OWN_WORDS or len(only_b) > _MAX_OWN_WORDS:
        return False
    if only_a & a.detail and only_b & b.detail:
        return False  # each states a specification of its own (another route, another model)
    own = only_a | only_b
    if any(is_number(w) or w in _OCCASIONS for w in own):
        return False  # a size, a batch or an occasion of its own
    return len(a.everything & b.everything) >= 2


def _package_words(line: RkaLine) -> tuple[frozenset[str], bool]:
    return _package_contents(line.uraian, line.spesifikasi)


@lru_cache(maxsize=8192)
def _package_contents(uraian: str, spesifikasi: str | None) -> tuple[frozenset[str], bool]:
    """What a package line says it includes and whether it says so: an explicit ``termasuk``, a
    ``+`` list, a package kind that implies contents, or a bundle (``Paket sembako``) whose
    Spesifikasi lists its contents (``beras 5 kg, minyak goreng 2 liter, gula 1 kg``)."""
    included: set[str] = set()
    said = False
    listed = [part for part in _LIST_SEPARATOR.split(spesifikasi or "") if part.strip()]
    if len(listed) >= 2 and _BUNDLES & set(re.findall(r"[a-z]+", uraian.lower())):
        included |= words(spesifikasi)
        said = True
    for text in (uraian, spesifikasi):
        normalised = canonical(text)
        match = _INCLUSION.search(normalised)
        if match and not _EXCLUSION.search(normalised[: match.start()]):
            included |= words(match.group(1))
            said = True
        raw = text or ""
        plus = _PLUS_GROUP.search(raw) or _PLUS_TAIL.search(raw)
        if plus and not _EXCLUSION.search(canonical(raw[: plus.start()])):
            included |= words(plus.group(1))
            said = True
        for kind, contents in _IMPLIED.items():
            if kind in normalised.split():
                included |= contents
                said = True
    return frozenset(included), said


def included_words(line: RkaLine) -> frozenset[str]:
    """What a package line says it already includes: the words after ``termasuk`` (``sudah
    termasuk``, ``include``), in a ``+`` list, or implied by a package kind (``fullboard``); none
    when the line says ``tidak``/``belum termasuk``."""
    return _package_words(line)[0]


def included_in(package: RkaLine, line: RkaLine) -> bool:
    """Whether ``package`` says it includes what ``line`` buys.

    Either every word of ``line``'s Uraian that names a thing (not an action) is on the package
    line and one of them among the included ones (``Jasa pemasangan tenda`` beside ``Sewa tenda,
    termasuk pemasangan``), or the item ``line`` buys is among the included ones and what else it
    says is who it is for or how it is served (``Snack peserta`` beside ``Konsumsi rapat (snack +
    makan siang)``)."""
    included = included_words(package)
    if not included or package is line or words(package.uraian) <= words(line.uraian):
        return False  # the package line itself again is a repeat, not its contents
    if one_spesifikasi(package, line):
        return False  # the package's own contents stated again: the package again, a repeat
    name = words(line.uraian)
    things = frozenset(w for w in name if w not in _ACTIONS)
    package_words = words(package.uraian) | words(package.spesifikasi) | included
    if things and name & included and things <= package_words:
        return True
    item = item_word(line.uraian)
    if item is None or item not in included or item_word(package.uraian) == item:
        return False
    # Who the line is for (``untuk warga lansia``) is not what it buys, and a size of the
    # included item (``2 kg``) does not make it another item.
    bought = words(item_head(line.uraian)) - _ACTIONS
    rest = bought - package_words - {item}
    return all(w in _SERVING or is_number(w) or known_unit(w) for w in rest)


def own_words(a: Purchase, b: Purchase) -> frozenset[str]:
    """What ``a`` says that ``b`` does not; what a line does with the item (``cetak``, ``sewa``)
    is not a thing of its own."""
    return a.everything - b.everything - _ACTIONS


def told_apart(a: Purchase, b: Purchase, quoted: frozenset[str] = frozenset()) -> bool:
    """Whether the words each line has of its own make them two things, however alike the rest.
    Words both took from one source (``quoted``: the catalogue row pricing them both) are two
    partial quotations of it, not a size or a period of their own — unless they are two members
    of one exclusive family (A4 / F4), which the source may list as alternatives."""
    raw_a, raw_b = own_words(a, b), own_words(b, a)
    only_a, only_b = raw_a - quoted, raw_b - quoted
    return (
        # a period, a place or an occasion stated on one side (the execution itself is what a
        # line naming no phase is for as well)
        any(w in _DISTINGUISHING and w not in _UNMARKED_PHASES for w in only_a | only_b)
        or a.phrases != b.phrases
        or _each_its_own_kind(raw_a, raw_b, only_a, only_b)
        # both name a place or a period, each its own (kecamatan X / kecamatan Y)
        or bool(only_a and only_b and (a.everything & b.everything & _DISTINGUISHING or a.phrases))
    )


def told_apart_by_uraian(a: Purchase, b: Purchase, quoted: frozenset[str] = frozenset()) -> bool:
    """:func:`told_apart` for two lines that quote one catalogue row's Spesifikasi word for word
    (:func:`quote_one_row`): the item and its grade are settled, so a purpose, a period or a place
    stated by one line only is how it names the need, not another need. Each must state one of
    its own (``rapat persiapan`` / ``rapat evaluasi``), or the two differ in a family, a number
    of their own or a stated phrase."""
    raw_a, raw_b = own_words(a, b), own_words(b, a)
    only_a, only_b = raw_a - quoted, raw_b - quoted
    return (
        (_marked(only_a) and _marked(only_b))
        or bool(a.phrases and b.phrases and a.phrases != b.phrases)
        or _each_its_own_kind(raw_a, raw_b, only_a, only_b)
    )


def _each_its_own_kind(
    raw_a: frozenset[str], raw_b: frozenset[str], only_a: frozenset[str], only_b: frozenset[str]
) -> bool:
    """One family's word on each side (A4 / F4, ketua / sekretaris, kayu / besi), or each line's
    own number (triwulan I / II, 4 x 6 / 5 x 10): two things of one kind, however alike the rest."""
    return conflicting(raw_a, raw_b) or (any(map(is_number, only_a)) and any(map(is_number, only_b)))


def _marked(own: frozenset[str]) -> bool:
    """Whether a line's own words state a period, a place or an occasion."""
    return any(w in _DISTINGUISHING or w in _OCCASIONS for w in own)


def quote_one_row(a: RkaLine, b: RkaLine, row_spec: str | None) -> bool:
    """Whether two lines give the same Spesifikasi and it is the catalogue row's, word for word:
    both copied the row, so they name one item in one grade however the Uraian reword it."""
    row = words(row_spec)
    return bool(row) and words(a.spesifikasi) == words(b.spesifikasi) and row <= words(a.spesifikasi)


def one_spesifikasi(a: RkaLine, b: RkaLine) -> bool:
    """Whether two lines give one Spesifikasi, word for word."""
    spec = canonical(a.spesifikasi)
    return bool(spec.strip()) and spec == canonical(b.spesifikasi)


def one_grade(a: RkaLine, b: RkaLine, row_spec: str | None) -> bool:
    """:func:`quote_one_row` with the rates kept: two lines giving one Spesifikasi that holds the
    row's, ``per orang per bulan`` included (a rate is all such a row's Spesifikasi says). Two
    lines stating no Spesifikasi, or one of their own, say nothing of the row's grade."""
    row = frozenset(canonical(row_spec).split())
    return bool(row) and one_spesifikasi(a, b) and row <= frozenset(canonical(a.spesifikasi).split())


def same_need(a: Purchase, b: Purchase) -> bool:
    """The same volume at one unit price, perhaps written two ways (an SSH price and the same
    price rounded up: :func:`close_prices`)."""
    return a.volume == b.volume and a.harga > 0 and b.harga > 0 and close_prices(a.harga, b.harga)


def same_catalogue_item(
    a: Purchase,
    b: Purchase,
    row: frozenset[str] = frozenset(),
    options: frozenset[frozenset[str]] = frozenset(),
    *,
    quoting: bool = False,
) -> bool:
    """Two lines of one sub-kegiatan priced against the same catalogue row: one purchase however
    differently worded (``Honor pembicara`` / ``Honorarium narasumber``, a brand for the generic
    name, each quoting other details of the row's ``words``), unless their own words tell them
    apart, each names another of the row's ``options`` (:func:`row_options`) or an occasion of
    its own, or they stand under two SIPD sub-groups. Two lines ``quoting`` the row's
    Spesifikasi (:func:`quote_one_row`) are told apart by their Uraian only on both sides
    (:func:`told_apart_by_uraian`)."""
    if a.purpose and b.purpose and a.purpose != b.purpose:
        return False
    only_a, only_b = own_words(a, b), own_words(b, a)
    if any(family & only_a and family & only_b for family in options):
        return False  # two of the alternatives the row lists (``jati/sonokeling``)
    if quoting:
        return not told_apart_by_uraian(a, b, row)
    return not told_apart(a, b, row) and not (only_a & _OCCASIONS and only_b & _OCCASIONS)


def same_item_again(a: Purchase, b: Purchase, row: frozenset[str] = frozenset()) -> bool:
    """Two lines priced by one catalogue row are the item bought again unless, in other volumes,
    one names who or what it is for (an ``occasions`` word) and the other names something else
    the row does not (``Plakat narasumber`` / ``Plakat kenang-kenangan instansi tamu``: two
    orders for two sets of recipients, each quoting the row in part). In one volume the two
    wordings are one purchase, whatever each adds."""
    if a.volume == b.volume:
        return True
    named_a = a.name - b.everything - row - _ACTIONS - _IGNORED
    named_b = b.name - a.everything - row - _ACTIONS - _IGNORED
    return not (named_a and named_b and (named_a | named_b) & _OCCASIONS)


def row_options(spesifikasi: str | None) -> frozenset[frozenset[str]]:
    """The alternatives a catalogue row's Spesifikasi lists with slashes (``coklat/abu-abu``,
    ``jati / sonokeling``): each a family of its own, whose members are two items the row prices
    alike. Units joined by a slash are a rate, not alternatives."""
    options = []
    for listed in _SLASHED.findall(spesifikasi or ""):
        members = frozenset(
            w for part in listed.split("/") for w in canonical(part).split()[-1:] if not known_unit(w)
        )
        if len(members) > 1:
            options.append(members)
    return frozenset(options)


def _relation(a: Purchase, b: Purchase) -> str | None:
    """How two lines' words relate: ``same`` (one says what the other does, perhaps with more
    detail), ``respecified`` (the same name, each Spesifikasi its own), ``reworded`` (each adds a
    word or two) or None (two things)."""
    if not a.name or not b.name:
        return None
    all_a, all_b = a.everything, b.everything
    only_a, only_b = own_words(a, b), own_words(b, a)
    if told_apart(a, b):
        return None
    if only_a and only_b:
        if a.name == b.name and not (a.name - all_b) and not (b.name - all_a):
            return "respecified"
        return "reworded"
    # One line is the other with more detail: the same item when they share its name and name
    # the same thing first (``Laptop`` and ``Tas laptop`` are two).
    if a.item is not None and b.item is not None and a.item != b.item:
        return None
    name_a, name_b = a.name - _ACTIONS, b.name - _ACTIONS
    return "same" if name_a & name_b and (name_a <= all_b or name_b <= all_a) else None


def same_total(a: Purchase, b: Purchase) -> bool:
    """One need split two ways (4 x 50.000 and 2 x 100.000): the same total as written and as
    volume times price. A written total that only one line's figures give is an arithmetic
    slip (``3 x 40.000`` totalled as another line's ``5 x 40.000``), not the same need."""
    return a.jumlah > 0 and a.jumlah == b.jumlah and a.harga * a.volume == b.harga * b.volume


def same_purchase(a: Purchase, b: Purchase, *, same_sub: bool = True) -> bool:
    """Whether ``b`` buys what ``a`` buys (see the module's doc)."""
    if a.purpose and b.purpose and a.purpose != b.purpose:
        return False  # under two SIPD sub-groups: for two purposes (``[-] Rapat persiapan`` / ``evaluasi``)
    relation = _relation(a, b)
    if relation is None:
        return False
    only_a, only_b = a.everything - b.everything, b.everything - a.everything
    if relation == "reworded":
        return same_sub and reworded(a, b, only_a, only_b)
    prices = close_prices(a.harga, b.harga)
    if (a.volume == b.volume and prices) or same_total(a, b):
        return True
    # Another volume: the same item bought twice in one sub-kegiatan, when the Uraian name the
    # same thing (``Cangkul baja`` and ``Cangkul baja bergagang`` are two tools), neither line
    # adds a number (a size) or an occasion to the other and the unit prices agree.
    if not same_sub or relation != "same" or not prices or a.item is None or a.item != b.item:
        return False
    if a.name - _ACTIONS - _FORMS != b.name - _ACTIONS - _FORMS:
        return False
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    if any(w in _OCCASIONS for w in only_a | only_b):
        return False
    # A number of its own is another size, unless it is the Spesifikasi of the one line and the
    # other gives no Spesifikasi at all (``Spanduk kegiatan``, ``Flexi 280 gram`` / ``Banner kegiatan``).
    return all(
        not (numbers := frozenset(filter(is_number, own))) or (numbers <= mine.detail and not theirs.detail)
        for own, mine, theirs in ((only_a, a, b), (only_b, b, a))
    )


def same_specified_item(a: Purchase, b: Purchase) -> bool:
    """Two lines of one sub-kegiatan giving the same Spesifikasi word for word, in one unit at one
    unit price: the Spesifikasi and the price were copied from one catalogue row, so they buy one
    item however each Uraian names it (a synonym, the catalogue's wording) and however the need is
    split between them — unless, as for any two lines priced by one row (:func:`same_catalogue_item`),
    their own words tell them apart, each names an occasion or they stand under two sub-groups."""
    if not a.spec or a.spec != b.spec or a.unit is None or a.unit != b.unit or a.harga <= 0:
        return False
    return a.harga == b.harga and same_catalogue_item(a, b)


@dataclass(frozen=True)
class Repeat:
    """A line that repeats an earlier one: the earlier line and where it stands."""

    first: RkaLine
    same_sub: bool
    sub: str | None = None  # the earlier line's sub-kegiatan (kode or name)


@dataclass
class DuplicateFinder:
    """Walks an RKA's lines in order; each line is compared with the earlier ones of the same
    item (indexed by the item word) or of the same amount (indexed by price and volume, and by
    total)."""

    # The distinguishing words (a place) that name the RKA's own OPD, and its fiscal year: see
    # ``Purchase.of``.
    own: frozenset[str] = frozenset()
    year: int | None = None
    _index: defaultdict[object, list[tuple[int, int, RkaLine, Purchase, str | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _count: int = 0
    _packages: dict[int, list[RkaLine]] = field(default_factory=dict)
    # the lines priced by each (sub-kegiatan, catalogue row), each with its words read once, whether
    # its match was firm and whether it was misbooked
    _by_row: defaultdict[tuple[int, str], list[tuple[RkaLine, Purchase, bool, bool]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def enter(self, sub_index: int, lines: list[RkaLine]) -> None:
        """Notes a sub-kegiatan's package lines (``... termasuk ...``) before its lines are
        walked, so that an item budgeted before its package is found too."""
        self._packages[sub_index] = [line for line in lines if _package_words(line)[1]]

    def package_of(self, sub_index: int, line: RkaLine) -> RkaLine | None:
        """The package line of the same sub-kegiatan that already includes ``line``."""
        return next((p for p in self._packages.get(sub_index, []) if included_in(p, line)), None)

    def repeat_of_row(
        self,
        sub_index: int,
        line: RkaLine,
        row_id: str,
        row_text: str | None = None,
        *,
        firm: bool = True,
        row_spec: str | None = None,
        misbooked: bool = False,
    ) -> Repeat | None:
        """The earlier line of the sub-kegiatan priced against catalogue row ``row_id`` (whose
        name and spec are ``row_text``, its Spesifikasi ``row_spec``), when it is the same purchase
        (:func:`same_catalogue_item`). The same volume at one price, perhaps written two ways
        (:func:`same_need`), pairs two lines under any accounts and on any match (the repeat is
        often the misbooked copy: goods under capital spending, a rental under supplies). Other
        amounts pair only two ``firm`` matches (a match that prices a line without telling it
        from a neighbouring item is not), when :func:`same_item_again` holds, on one account or,
        when either line is ``misbooked`` (its account is wrong for the item) and the two state
        one grade of the row (:func:`one_grade`), on two: a need split across account groups, one
        copy booked where the item does not belong, whichever comes first. The same volume on
        one account pairs two lines, one of them a firm match, at prices at most
        ``REPRICED_TOLERANCE`` apart: one need in one account group, its price written twice."""
        key = (sub_index, row_id)
        purchase = Purchase.of(line, self.own, self.year)
        earlier = self._by_row[key]
        row, options = words(row_text), row_options(row_spec)
        found: RkaLine | None = None
        for other, seen, seen_firm, seen_misbooked in earlier:
            quoting = quote_one_row(other, line, row_spec)
            same_group = other.kode_rekening == line.kode_rekening
            recoded = (misbooked or seen_misbooked) and (quoting or one_grade(other, line, row_spec))
            again = firm and seen_firm and (same_group or recoded) and same_item_again(seen, purchase, row)
            # One volume of one row in one account group is one need priced twice when one of
            # the two wordings names the row firmly, unless the prices are over a quarter apart
            # (another grade the row does not tell apart).
            repriced = (
                same_group
                and (firm or seen_firm)
                and seen.volume == purchase.volume
                and close_prices(seen.harga, purchase.harga, REPRICED_TOLERANCE)
            )
            if (same_need(seen, purchase) or again or repriced) and same_catalogue_item(
                seen, purchase, row, options, quoting=quoting
            ):
                found = other
                break
        earlier.append((line, purchase, firm, misbooked))
        return Repeat(found, True) if found is not None else None

    def repeat(self, sub_index: int, line: RkaLine, sub: str | None = None) -> Repeat | None:
        """The earlier line ``line`` repeats: the same sub-kegiatan first, then the earliest."""
        purchase = Purchase.of(line, self.own, self.year)
        keys: list[object] = [("price", purchase.harga, purchase.volume), ("total", purchase.jumlah)]
        if purchase.spec:
            keys.append(("spec", purchase.spec, purchase.unit, purchase.harga))
        if purchase.item is not None:
            keys.append(("item", purchase.item))
        candidates = {
            order: (index, other, p, other_sub)
            for key in keys
            for order, index, other, p, other_sub in self._index[key]
        }
        found: Repeat | None = None
        for _, (index, other, other_purchase, other_sub) in sorted(
            candidates.items(), key=lambda item: (item[1][0] != sub_index, item[0])
        ):
            if same_purchase(other_purchase, purchase, same_sub=index == sub_index) or (
                index == sub_index and same_specified_item(other_purchase, purchase)
            ):
                found = Repeat(other, index == sub_index, other_sub)
                break
        for key in keys:
            self._index[key].append((self._count, sub_index, line, purchase, sub))
        self._count += 1
        return found


def own_place_words(opd_name: str | None) -> frozenset[str]:
    """The distinguishing words of the OPD's name (``kecamatan``, ``kelurahan``): in its own RKA
    they say whose a purchase is, not where it goes."""
    return words(opd_name) & _DISTINGUISHING


def _at_stake(line: RkaLine, other: RkaLine) -> int:
    """What keeping one of the two saves: the smaller amount (a repeat in another volume is
    priced at most at what it repeats)."""
    return min(line.jumlah, other.jumlah) if other.jumlah > 0 else line.jumlah


def inclusion_finding(line: RkaLine, package: RkaLine, sub: str | None, policy: ReviewPolicy) -> Finding:
    spec = f" ({package.spesifikasi})" if package.spesifikasi else ""
    message = (
        f"{quoted(line)} sudah termasuk dalam baris No {package.line_id} '{package.uraian}'{spec}; "
        f"kemungkinan dianggarkan dua kali."
    )
    evidence = f"termasuk dalam baris No {package.line_id} '{package.uraian}'{spec}, {rp(package.jumlah)}"
    return _finding(line, sub, policy, message, evidence, 0.7, _at_stake(line, package))


def duplicate_finding(
    line: RkaLine,
    first: RkaLine,
    sub: str | None,
    same_sub: bool,
    policy: ReviewPolicy,
    first_sub: str | None = None,
) -> Finding:
    where = (
        "pada sub kegiatan yang sama"
        if same_sub
        else f"pada sub kegiatan lain{f' ({first_sub})' if first_sub else ''}"
    )
    if line.volume == first.volume and line.harga_satuan == first.harga_satuan:
        amounts = f"harga {rp(line.harga_satuan)}, volume {show_number(line.volume)}"
    else:
        amounts = (
            f"{show_number(first.volume)} x {rp(first.harga_satuan)} di sana, "
            f"{show_number(line.volume)} x {rp(line.harga_satuan)} di sini"
        )
    message = (
        f"{quoted(line)} sama dengan baris No {first.line_id} '{first.uraian}' {where} "
        f"({amounts}); kemungkinan dianggarkan dua kali."
    )
    exact = canonical(line.uraian) == canonical(first.uraian) and line.volume == first.volume
    confidence = 0.9 if exact else 0.75 if line.volume == first.volume else 0.65
    evidence = f"duplikat baris No {first.line_id} '{first.uraian}' {where}, {rp(first.jumlah)}"
    return _finding(line, sub, policy, message, evidence, confidence, _at_stake(line, first))


def _finding(
    line: RkaLine,
    sub: str | None,
    policy: ReviewPolicy,
    message: str,
    rule: str,
    confidence: float,
    at_stake: int,
) -> Finding:
    """A DUPLICATE finding: the repeated amount is at stake (keeping one line saves it)."""
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.DUPLICATE,
        severity=policy.severity(at_stake),
        message=message,
        evidence=[Evidence(kind=EvidenceKind.RULE, text=rule)],
        potential_saving=at_stake,
        amount_at_stake=at_stake,
        confidence=confidence,
    )
