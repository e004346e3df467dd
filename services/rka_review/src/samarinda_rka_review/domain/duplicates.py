"""Judge stage: DUPLICATE — the same purchase counted twice ("dianggarkan ganda").

Two lines are one purchase when they buy the same thing at the same price in the same amount,
however it is written: word order, abbreviations and synonyms (through :func:`text.normalise`),
the unit's spelling (``Buah``/``bh``), detail one line gives and the other leaves out
(``Kursi lipat`` / ``Kursi lipat futura``), and whether the item is named in the Uraian or in the
Spesifikasi. The same purchase in another sub-kegiatan of the RKA is booked twice as well.

They are two purchases — a legitimate repeat — when each line states something the other does
not (a purpose, a period, a place: ``rapat triwulan I`` / ``rapat triwulan II``, ``ruas hulu`` /
``ruas hilir``), when each has a number of its own, or when one states a word of
``duplicates.toml``'s ``distinguishing`` list that the other does not.

Two wordings that each add something (``Sewa kursi lipat acara`` / ``Kursi lipat sewa futura``)
are one purchase only on the strictest evidence: the same price, volume and unit, the same item
(the first word that is not an action such as ``sewa``), no number, occasion or material on either
side that the other lacks, no word of one exclusive family on each side (``hitam``/``warna``),
and within one sub-kegiatan (across two, only the plainly same line counts).

A line is also counted twice when a package line of its sub-kegiatan says in so many words that
it already includes it (``Sewa mobil ... termasuk BBM dan pengemudi`` and a separate ``BBM``
line); ``tidak termasuk`` / ``belum termasuk`` say the opposite and are left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pydantic import Field
from samarinda_common.rka import Evidence, EvidenceKind, Finding, FindingType, RkaLine
from samarinda_common.rules import RulesFile, load_rules
from samarinda_common.rupiah import format_rupiah as rp

from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.figures import quoted, show_number
from samarinda_rka_review.domain.rules import DATA_PACKAGE
from samarinda_rka_review.domain.text import EXCLUSIVE_FAMILIES, STOPWORDS, canonical_unit, normalise


class DuplicateRules(RulesFile):
    distinguishing: tuple[str, ...] = Field(min_length=1)
    ignored: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()
    families: tuple[tuple[str, ...], ...] = ()
    inclusion: tuple[str, ...] = ()
    exclusion: tuple[str, ...] = ()


def load_duplicate_rules(path: Path | None = None) -> DuplicateRules:
    return load_rules(DuplicateRules, DATA_PACKAGE, "duplicates.toml", path)


RULES = load_duplicate_rules()
_DISTINGUISHING = frozenset(w for word in RULES.distinguishing for w in normalise(word).split())
_IGNORED = frozenset(w for word in RULES.ignored for w in normalise(word).split()) | STOPWORDS
_ROMAN = re.compile(r"^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$")
_ACTIONS = frozenset(w for word in RULES.actions for w in normalise(word).split())
_OCCASIONS = frozenset(w for word in RULES.occasions for w in normalise(word).split())
# Families whose members name different items or payees: the vocabulary's (A4/F4, colour, role)
# and duplicates.toml's (material, team role).
_FAMILIES = (
    *EXCLUSIVE_FAMILIES,
    *(frozenset(normalise(word) for word in family) for family in RULES.families),
)
_INCLUSION = re.compile(
    r"\b(?:" + "|".join(re.escape(normalise(w)) for w in RULES.inclusion) + r")\b(.*)$"
    if RULES.inclusion
    else r"(?!)"
)
_EXCLUSION = re.compile(
    r"\b(?:" + "|".join(re.escape(normalise(w)) for w in RULES.exclusion) + r")\s*$"
    if RULES.exclusion
    else r"(?!)"
)
# At most this many words of its own on each side: beyond it the wordings describe two things.
_MAX_OWN_WORDS = 2


_DIMENSIONS = re.compile(r"(\d)\s*x\s*(?=\d)")


def words(text: str | None) -> frozenset[str]:
    """The content words of a text in normalised form (stopwords and filler left out); a size is
    one word however it is spaced (``4 x 6`` = ``4x6``)."""
    return frozenset(w for w in _DIMENSIONS.sub(r"\1x", normalise(text)).split() if w not in _IGNORED)


def is_number(word: str) -> bool:
    """A number or a roman numeral: a size, a batch, a period."""
    return bool(_ROMAN.match(word)) or any(c.isdigit() for c in word)


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

    @classmethod
    def of(cls, line: RkaLine) -> Purchase:
        name = words(line.uraian)
        return cls(
            name,
            words(line.spesifikasi) - name,
            line.harga_satuan,
            line.volume,
            line.jumlah,
            canonical_unit(line.satuan),
            item_word(line.uraian),
        )

    @property
    def everything(self) -> frozenset[str]:
        return self.name | self.detail


def item_word(text: str | None) -> str | None:
    """The word naming what is bought: the first content word that is not an action."""
    for word in _DIMENSIONS.sub(r"\1x", normalise(text)).split():
        if word not in _IGNORED and word not in _ACTIONS and not is_number(word):
            return word
    return None


def conflicting(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """A word of one exclusive family on each side (``hitam``/``warna``, ``kayu``/``besi``)."""
    return any(family & only_a and family & only_b for family in _FAMILIES)


def reworded(a: Purchase, b: Purchase, only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """The same purchase worded two ways, each adding a little (see the module's doc)."""
    if a.harga != b.harga or a.volume != b.volume or a.harga <= 0:
        return False
    if a.unit is None or a.unit != b.unit or a.item is None or a.item != b.item:
        return False
    if len(only_a) > _MAX_OWN_WORDS or len(only_b) > _MAX_OWN_WORDS:
        return False
    own = only_a | only_b
    if any(is_number(w) or w in _OCCASIONS for w in own):
        return False  # a size, a batch or an occasion of its own
    return len(a.everything & b.everything) >= 2


def included_words(line: RkaLine) -> frozenset[str]:
    """What a package line says it already includes: the words after ``termasuk`` (``sudah
    termasuk``, ``include``), none when the line says ``tidak``/``belum termasuk``."""
    for text in (line.uraian, line.spesifikasi):
        normalised = normalise(text)
        match = _INCLUSION.search(normalised)
        if match and not _EXCLUSION.search(normalised[: match.start()]):
            return words(match.group(1))
    return frozenset()


def included_in(package: RkaLine, line: RkaLine) -> bool:
    """Whether ``package`` says it includes what ``line`` buys: a word of ``line``'s Uraian is
    among the included ones and every word of it that names a thing (not an action) is on the
    package line."""
    included = included_words(package)
    if not included or package is line:
        return False
    name = words(line.uraian)
    things = frozenset(w for w in name if w not in _ACTIONS)
    package_words = words(package.uraian) | words(package.spesifikasi)
    return bool(things) and bool(name & included) and things <= package_words | included


def same_purchase(a: Purchase, b: Purchase, *, same_sub: bool = True) -> bool:
    """Whether ``b`` buys what ``a`` buys (see the module's doc); a rewording counts only within
    one sub-kegiatan."""
    same_amount = (a.harga == b.harga and a.volume == b.volume) or (a.jumlah > 0 and a.jumlah == b.jumlah)
    if not same_amount or not a.name or not b.name:
        return False
    all_a, all_b = a.everything, b.everything
    only_a, only_b = all_a - all_b, all_b - all_a
    if any(w in _DISTINGUISHING for w in only_a | only_b):
        return False  # a period, a place or an occasion stated on one side
    if conflicting(only_a, only_b):
        return False  # one family's word on each side: A4 / F4, ketua / sekretaris, kayu / besi
    if any(map(is_number, only_a)) and any(map(is_number, only_b)):
        return False  # each line has its own number (triwulan I / II, 4 x 6 / 5 x 10)
    if only_a and only_b and all_a & all_b & _DISTINGUISHING:
        return False  # both name a place or a period, each its own (kecamatan X / kecamatan Y)
    if only_a and only_b:
        # Each states something the other does not; the same item only when the names agree and
        # the difference is a description in the Spesifikasi, not a purpose in the Uraian.
        if a.name == b.name and not (a.name - all_b) and not (b.name - all_a):
            return True
        return same_sub and reworded(a, b, only_a, only_b)
    # One line is the other with more detail: the same item when they share its name.
    return bool(a.name & b.name) and (a.name <= all_b or b.name <= all_a)


@dataclass
class DuplicateFinder:
    """Walks an RKA's lines in order; each line is compared with the earlier ones of the same
    amount (indexed by price and volume, and by total)."""

    _by_amount: defaultdict[object, list[tuple[int, int, RkaLine, Purchase]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _count: int = 0
    _packages: dict[int, list[RkaLine]] = field(default_factory=dict)

    def enter(self, sub_index: int, lines: list[RkaLine]) -> None:
        """Notes a sub-kegiatan's package lines (``... termasuk ...``) before its lines are
        walked, so that an item budgeted before its package is found too."""
        self._packages[sub_index] = [line for line in lines if included_words(line)]

    def package_of(self, sub_index: int, line: RkaLine) -> RkaLine | None:
        """The package line of the same sub-kegiatan that already includes ``line``."""
        return next((p for p in self._packages.get(sub_index, []) if included_in(p, line)), None)

    def earlier(self, sub_index: int, line: RkaLine) -> tuple[RkaLine, bool] | None:
        """The earlier line ``line`` repeats and whether it is in the same sub-kegiatan."""
        purchase = Purchase.of(line)
        keys = [("price", purchase.harga, purchase.volume), ("total", purchase.jumlah)]
        candidates = {
            order: (index, other, p) for key in keys for order, index, other, p in self._by_amount[key]
        }
        found: tuple[RkaLine, bool] | None = None
        # The same sub-kegiatan first, then the earliest: the repeat a reviewer strikes.
        for _, (index, other, other_purchase) in sorted(
            candidates.items(), key=lambda item: (item[1][0] != sub_index, item[0])
        ):
            if same_purchase(other_purchase, purchase, same_sub=index == sub_index):
                found = (other, index == sub_index)
                break
        for key in keys:
            self._by_amount[key].append((self._count, sub_index, line, purchase))
        self._count += 1
        return found


def inclusion_finding(line: RkaLine, package: RkaLine, sub: str | None, policy: ReviewPolicy) -> Finding:
    spec = f" ({package.spesifikasi})" if package.spesifikasi else ""
    message = (
        f"{quoted(line)} sudah termasuk dalam baris No {package.line_id} '{package.uraian}'{spec}; "
        f"kemungkinan dianggarkan dua kali."
    )
    return _finding(line, sub, policy, message, f"termasuk dalam baris No {package.line_id}", 0.7)


def duplicate_finding(
    line: RkaLine, first: RkaLine, sub: str | None, same_sub: bool, policy: ReviewPolicy
) -> Finding:
    where = "pada sub kegiatan yang sama" if same_sub else "pada sub kegiatan lain"
    message = (
        f"{quoted(line)} sama dengan baris No {first.line_id} '{first.uraian}' {where} "
        f"(harga {rp(line.harga_satuan)}, volume {show_number(line.volume)}); kemungkinan "
        f"dianggarkan dua kali."
    )
    confidence = 0.9 if normalise(line.uraian) == normalise(first.uraian) else 0.75
    return _finding(line, sub, policy, message, f"duplikat baris No {first.line_id}", confidence)


def _finding(
    line: RkaLine, sub: str | None, policy: ReviewPolicy, message: str, rule: str, confidence: float
) -> Finding:
    """A DUPLICATE finding: the whole line is at stake (it should not be budgeted at all)."""
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.DUPLICATE,
        severity=policy.severity(line.jumlah),
        message=message,
        evidence=[Evidence(kind=EvidenceKind.RULE, text=rule)],
        potential_saving=line.jumlah,
        amount_at_stake=line.jumlah,
        confidence=confidence,
    )
