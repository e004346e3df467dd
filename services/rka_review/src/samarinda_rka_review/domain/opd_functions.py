"""Which functions of government (bidang) a sub-kegiatan serves, and which a line's goods belong
to (``data/functions.toml``): the OFF_TARGET reading by the OPD's function.

A sub-kegiatan serves the function of its SIPD code (``1.02.…`` is health) and every function its
own words, its programme's, its kegiatan's or its OPD's name name. Goods that belong only to
functions it does not serve (nor to functions related to them) are off target there — this is
how an item no item category knows (a theodolite, a blood bag, a turbidimeter) is still judged.
Pure functions: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from samarinda_common.rka import SubKegiatan

from samarinda_rka_review.domain.relevance_rules import FUNCTIONS, OpdFunction
from samarinda_rka_review.domain.taxonomy import ItemCategory, builds_or_repairs, categorise, item_head
from samarinda_rka_review.domain.text import normalise, phrases_longest_first
from samarinda_rka_review.domain.word_roots import with_roots

BY_NAME: dict[str, OpdFunction] = {f.name: f for f in FUNCTIONS.function}
# Connectives in an OPD's name (dan, dan/atau) are short; acronyms skip them.
_CONNECTIVE_LENGTH = 3
_CODE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,2})")


@dataclass(frozen=True)
class Profile:
    """The functions a sub-kegiatan serves; ``known``: its code or its words placed it (or it
    belongs to an OPD of general government), so that goods of another function can be judged."""

    functions: frozenset[str]
    known: bool


@dataclass(frozen=True)
class Misplaced:
    """Goods of ``functions`` (named by ``word``) in a sub-kegiatan that serves none of them."""

    functions: tuple[OpdFunction, ...]
    word: str
    served: tuple[OpdFunction, ...]

    @property
    def reason(self) -> str:
        goods = " / ".join(f.label for f in self.functions)
        served = " / ".join(f.label for f in self.served) or "urusan pemerintahan umum"
        return f"barang bidang {goods} ('{self.word}'), sedangkan sub kegiatan melayani bidang {served}"


Words = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class _Vocabulary:
    context: Words
    goods: Words
    classes: Words
    fields: Words
    support: tuple[str, ...]
    office_users: tuple[str, ...]
    provisions: tuple[str, ...]
    negations: tuple[str, ...]
    section_heads: frozenset[str]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(
        context=tuple((f.name, phrases_longest_first(f.context)) for f in FUNCTIONS.function),
        goods=tuple((f.name, phrases_longest_first(f.goods)) for f in FUNCTIONS.function),
        classes=tuple((f.name, phrases_longest_first(f.classes)) for f in FUNCTIONS.function),
        # A function that buys no goods of its own (office support, planning, tourism) names no
        # class of goods by its field: an office-equipment section holds what every OPD buys.
        fields=tuple(
            (f.name, phrases_longest_first(f.context))
            for f in FUNCTIONS.function
            if (f.goods or f.classes) and f.name != FUNCTIONS.office_function
        ),
        support=phrases_longest_first(FUNCTIONS.support_words),
        office_users=phrases_longest_first(FUNCTIONS.office_users),
        provisions=phrases_longest_first(FUNCTIONS.provision_words),
        negations=phrases_longest_first(FUNCTIONS.negations),
        section_heads=frozenset(phrases_longest_first(FUNCTIONS.section_heads)),
    )


def _has(text: str, word: str) -> bool:
    return f" {word} " in text


def functions_of_code(code: str | None) -> tuple[frozenset[str], bool]:
    """The function a SIPD code (sub-kegiatan kode or an urusan line such as ``1.02 Urusan …``)
    starts with, the longest prefix first, with office support for programme 01 (``1.02.01.…``);
    ``True`` when the code placed it, also as an OPD of general government."""
    found = _CODE.match(code or "")
    if not found:
        return frozenset(), False
    segments = found.group(1).split(".")
    office = (
        frozenset({FUNCTIONS.office_function})
        if FUNCTIONS.office_function and len(segments) > 2 and segments[2] == FUNCTIONS.office_programme
        else frozenset()
    )
    for length in (3, 2):
        prefix = ".".join(segments[:length])
        for function in FUNCTIONS.function:
            if prefix in function.urusan:
                return frozenset({function.name}) | office, True
        if prefix in FUNCTIONS.general_urusan:
            return office, True
    return office, bool(office)


def functions_named(text: str | None) -> frozenset[str]:
    """The functions whose context words occur in ``text``."""
    normal = f" {normalise(text)} "
    return frozenset(name for name, words in _vocabulary().context if any(_has(normal, w) for w in words))


def sub_profile(sub: SubKegiatan, opd_name: str | None = None) -> Profile:
    # A sub-kegiatan whose own code was not read still sits under a kegiatan and a programme
    # printed with theirs (``2.17.07 Program …``): their urusan is its urusan.
    code = next((c for c in (sub.kode, sub.kegiatan, sub.program) if c and _CODE.match(c)), None)
    by_code, code_known = functions_of_code(code)
    by_urusan, urusan_known = functions_of_code(sub.urusan)
    # A programme whose printed name is not office support is not, whatever its code's segment
    # says (an RKA that numbers its public-service programme 01).
    if sub.program and FUNCTIONS.office_function not in functions_named(sub.program):
        by_code, by_urusan = by_code - {FUNCTIONS.office_function}, by_urusan - {FUNCTIONS.office_function}
    # The urusan's name only by its code: BPBD's urusan is called "Ketenteraman dan Ketertiban Umum".
    described = " ".join(p for p in (sub.nama, sub.indikator, sub.program, sub.kegiatan) if p)
    # An OPD's name says its field; an office word there (the staffing agency's "Kepegawaian")
    # does not make every sub-kegiatan of it the office's own support.
    by_words = functions_named(described) | (functions_named(opd_name) - {FUNCTIONS.office_function})
    # A sub-kegiatan whose own words name a field and not the office serves that field, whatever
    # programme segment its code carries (an RKA that numbers a public-service programme 01).
    own = functions_named(" ".join(p for p in (sub.nama, sub.indikator) if p))
    if own and FUNCTIONS.office_function not in own:
        by_code, by_urusan = by_code - {FUNCTIONS.office_function}, by_urusan - {FUNCTIONS.office_function}
    served = by_code | by_urusan | by_words
    if not (code_known or urusan_known or by_words):
        # Nothing else placed it: the OPD's name may still say its field as the noun of its root
        # (``Balai Tarian``: dance, a culture office), which is not read where anything else places it.
        served = functions_named(with_roots(opd_name)) - {FUNCTIONS.office_function}
    return Profile(served, code_known or urusan_known or bool(served))


def own_names(opd_name: str | None) -> tuple[str, ...]:
    """How a line names the OPD itself, longest first: its name from two words on (``dinas
    perumahan``, ``dinas perumahan dan``…) and acronyms of three letters or more made of the
    initials of its words, of its content words (connectives such as ``dan`` are short and
    skipped) and of those after its kind (``Dinas Perumahan dan Kawasan Permukiman``: ``dpkp``,
    ``pkp``)."""
    words = normalise(opd_name).split()
    names = {" ".join(words[:n]) for n in range(2, len(words) + 1)}
    content = [w for w in words if len(w) > _CONNECTIVE_LENGTH]
    for sequence in (words, content, content[1:]):
        names |= {"".join(w[0] for w in sequence[:n]) for n in range(3, len(sequence) + 1)}
    return tuple(sorted(names, key=len, reverse=True))


def names_own_opd(uraian: str, opd_name: str | None) -> str | None:
    """The OPD's own name or initials in a line (``Jaket HUT Dinas Pangan``): the line is bought
    for the office itself, its staff or its occasions, whatever sub-kegiatan it is budgeted in."""
    text = f" {normalise(uraian)} "
    return next((name for name in own_names(opd_name) if _has(text, name)), None)


def office_user(uraian: str, sub: SubKegiatan) -> str | None:
    """The office apparatus a line names as the user of what it buys (``… ruang kerja camat``,
    ``… kendaraan dinas jabatan``, ``… seluruh pegawai``), unless the sub-kegiatan's own name or
    output names that user too (a training of ASN, the renovation of an office). A user a negation
    denies (``tenaga non ASN``) names who is hired, not the office's own apparatus."""
    text = f" {affirmed(uraian)} "
    own = f" {normalise(' '.join(p for p in (sub.nama, sub.indikator) if p))} "
    named = next((w for w in _vocabulary().office_users if _has(text, w) and not _has(own, w)), None)
    return named or _office_unit(text, own)


def staff_provision(text: str, category: ItemCategory) -> bool:
    """Food the line says is a provision (daily, monthly, a gift parcel), not eaten at the
    activity: whom it names is whom it keeps, as for goods."""
    if category not in FUNCTIONS.provision_categories:
        return False
    normal = f" {normalise(text)} "
    return any(_has(normal, w) for w in _vocabulary().provisions)


def _office_unit(text: str, own: str) -> str | None:
    """A room, a head or a secretariat of one of the office's own units (``ruang kerja bagian umum``,
    ``kepala subbagian``), or the grounds of its building (``cat pagar samping kantor``), that the
    sub-kegiatan's own words do not name, as the line writes it."""
    for pattern in _office_unit_patterns():
        found = pattern.search(text)
        if found is not None and not _has(own, found.group("unit")):
            return found.group(0).strip()
    return None


@lru_cache(maxsize=1)
def _office_unit_patterns() -> tuple[re.Pattern[str], ...]:
    gap = FUNCTIONS.office_unit_gap

    def pattern(places: tuple[str, ...], units: tuple[str, ...]) -> re.Pattern[str]:
        before = "|".join(re.escape(w) for w in phrases_longest_first(places))
        after = "|".join(re.escape(w) for w in phrases_longest_first(units))
        return re.compile(rf" (?:{before})(?: \S+){{0,{gap}}}? (?P<unit>{after})(?= )")

    units = pattern(FUNCTIONS.office_places, FUNCTIONS.office_units)
    if not (FUNCTIONS.office_grounds and FUNCTIONS.office_buildings):
        return (units,)
    return units, pattern(FUNCTIONS.office_grounds, FUNCTIONS.office_buildings)


def serves_office(sub: SubKegiatan, opd_name: str | None = None) -> bool:
    """The sub-kegiatan is the office's own support (SIPD programme 01, or named after the office)."""
    return FUNCTIONS.office_function in sub_profile(sub, opd_name).functions


def is_support(uraian: str) -> bool:
    """Generic support wherever it is bought (cleaning supplies, first aid): never judged here."""
    text = f" {normalise(item_head(uraian))} "
    return any(_has(text, w) for w in _vocabulary().support)


def _first_hits(text: str | None, table: Words) -> dict[str, str]:
    normal = f" {normalise(text)} "
    hits = {}
    for name, words in table:
        hit = next((w for w in words if _has(normal, w)), None)
        if hit is not None:
            hits[name] = hit
    return hits


# How a catalogue section joins the classes it groups (``BAHAN BANGUNAN DAN ALAT SELAM``).
_SECTION_PARTS = re.compile(r"\s+dan\s+|[,;&/]", re.IGNORECASE)
# A section's enumeration (``D.``) and remarks in brackets (``(PERSEDIAAN)``) name no class.
_SECTION_NOISE = re.compile(r"^\s*[a-z0-9]{1,3}[.)]\s+|\([^)]*\)", re.IGNORECASE)


def _section_part_functions(part: str, by_field: bool) -> frozenset[str]:
    """The functions one part of a section names: by a class of goods (``BAHAN BANGUNAN``) or, when
    it names none and ``by_field``, by the field it is filed under (``PERSAMPAHAN``)."""
    vocabulary = _vocabulary()
    hits = _first_hits(part, vocabulary.classes)
    return frozenset(hits or (_first_hits(part, vocabulary.fields) if by_field else {}))


def section_functions(section: str | None, *, by_field: bool = True) -> frozenset[str]:
    """The functions a catalogue section files its rows under, or none when its parts name
    different functions (or one names none): ``MATERIAL BANGUNAN DAN ALAT SELAM`` holds a diving
    mask as well as cement, so a row's place there says nothing of which function buys it."""
    if not section or general_section(section):
        return frozenset()
    parts = _section_parts(section)
    placed = {_section_part_functions(p, by_field) for p in parts}
    return next(iter(placed)) if len(placed) == 1 else frozenset()


def _section_parts(section: str) -> list[str]:
    """The parts of a section, each with the head word that governs it: a part made of head words
    alone (``PERALATAN`` in ``PERALATAN DAN BAHAN LABORATORIUM``) shares the class of the part
    after it; a part with no head of its own is governed by the head before it (``KEAMANAN`` in
    ``PERALATAN KETERTIBAN DAN KEAMANAN`` is security equipment). Head words closing the section
    (``MATERIAL BANGUNAN DAN ALAT``) have no part after them to share: they are a part of their
    own, the other goods of that kind the section holds, as ``DAN LAIN-LAIN`` is."""
    parts = [p for p in _SECTION_PARTS.split(_SECTION_NOISE.sub(" ", section)) if normalise(p)]
    heads = _vocabulary().section_heads
    last = len(parts) - 1
    named = [p for i, p in enumerate(parts) if i == last or not set(normalise(p).split()) <= heads] or parts
    governed, head = [], ""
    for part in named:
        words = normalise(part).split()
        if words[0] in heads:
            head = words[0]
        governed.append(part if words[0] in heads or not head else f"{head} {part}")
    return governed


# Shorter words are connectives or initials (``dan``, ``K3``): they say nothing of a row's kind.
_ECHO_WORD = 4


def row_section(section: str | None, row_name: str | None) -> str | None:
    """The part of a catalogue section that groups the matched row: the one part its own name
    echoes (``Tali Panjat`` under ``PERALATAN PANJAT DAN K3``) when the section
    groups several classes; the whole section otherwise. The row's own name tells which of the
    grouped classes it is, where the section alone says nothing (a diving mask filed with cement)."""
    if not section:
        return section
    parts = _section_parts(section)
    name = {w for w in normalise(row_name).split() if len(w) >= _ECHO_WORD}
    echoed = [p for p in parts if name & _class_words(p)]
    return echoed[0].strip() if len(parts) > 1 and len(echoed) == 1 else section


def _class_words(part: str) -> set[str]:
    """The words naming a section part's class: those after its head (``ALAT`` / ``BAHAN`` /
    ``PERLENGKAPAN`` says the kind of goods every class has), or a one-word part itself."""
    words = normalise(part).split()
    return set(words[1:] if len(words) > 1 else words)


def general_section(section: str | None) -> bool:
    """Every part of the catalogue section names goods or services of the kinds every function
    buys to run its work (``ALAT TULIS KANTOR``, ``BAHAN CETAK``, ``JASA PUBLIKASI``: the support
    and activity categories): the field such a section names (publication) is what the work is
    done with, not a function whose goods the rows are."""
    general = FUNCTIONS.support_categories | FUNCTIONS.activity_categories
    parts = _section_parts(section) if section else []
    return bool(parts) and all(categorise(part) in general for part in parts)


def support_section(section: str | None) -> bool:
    """The catalogue groups the matched row with generic support (``ALAT KEBERSIHAN, PERKAKAS
    TAMAN``): a part of the section is named by a support word and no part by a function's class.
    The city's catalogue has classified the item; the words of its name (a trowel, a saw) no
    longer say which function buys it, as they would for a row catalogued elsewhere."""
    if not section:
        return False
    split = _SECTION_PARTS.split(_SECTION_NOISE.sub(" ", section))
    parts = [f" {normalise(p)} " for p in split if normalise(p)]
    vocabulary = _vocabulary()
    named_support = any(_has(part, w) for part in parts for w in vocabulary.support)
    return named_support and not any(_first_hits(part, vocabulary.classes) for part in parts)


def goods_functions(
    uraian: str,
    item_class: str | None = None,
    section: str | None = None,
    *,
    section_by_field: bool = True,
    head_by_field: bool = False,
) -> tuple[frozenset[str], str]:
    """The functions whose own goods the item's head names (with ``head_by_field``, whose field it
    names too), whose class the line is booked in (``item_class``: the account's name) or under
    which the catalogue files the matched row (``section``, by its class words or, with
    ``section_by_field``, its field), and the first word that did."""
    vocabulary = _vocabulary()
    head = affirmed(item_head(uraian))
    hits = _first_hits(head, vocabulary.goods)
    for name, word in (_first_hits(head, vocabulary.fields) if head_by_field else {}).items():
        hits.setdefault(name, word)
    for name, word in _first_hits(item_class, vocabulary.classes).items():
        hits.setdefault(name, word)
    for name in sorted(section_functions(section, by_field=section_by_field)):
        hits.setdefault(name, normalise(section))
    return frozenset(hits), next(iter(hits.values()), "")


def affirmed(text: str) -> str:
    """``text`` normalised without the words a negation denies (``non steril`` → nothing): a
    glove that is not sterile names no medical goods."""
    negations = _vocabulary().negations
    words = normalise(text).split()
    denied = {i + 1 for i, w in enumerate(words) if w in negations}
    return " ".join(w for i, w in enumerate(words) if i not in denied and w not in negations)


def at_home(goods: frozenset[str], served: frozenset[str]) -> bool:
    """Goods are at home where a function they belong to, or one related to it, is served."""
    return any(name in served or served & set(BY_NAME[name].related) for name in goods)


def at_home_by_name(uraian: str, sub: SubKegiatan, opd_name: str | None) -> bool:
    """The item's own name ties it to a function the sub-kegiatan itself serves (a patient's
    blanket where patients are cared for): the goods are that function's own there, whatever
    restricted category its other words fall in. Only the function served, not a related one: a
    related function uses such goods, it does not make them ordinary."""
    goods, _ = goods_functions(uraian)
    if not goods:
        return False
    profile = sub_profile(sub, opd_name)
    return profile.known and bool(goods & profile.functions)


def at_home_by_class(
    sub: SubKegiatan, opd_name: str | None, item_class: str | None, section: str | None = None
) -> bool:
    """The class the line is booked or catalogued in (``Belanja Modal Alat Pertanian``) belongs to
    a function the sub-kegiatan serves: the goods are that function's own tools there, whatever
    an item category would say of them elsewhere (a pump in an irrigation sub-kegiatan). A section
    counts by its class words only: a field's name (garden tools) files what many fields use. Only
    the function served, not a related one, as for :func:`at_home_by_name`: a related function
    uses such goods, it does not make its class this sub-kegiatan's own tools (vegetable seed
    booked to a seed account in a household-waste programme)."""
    goods, _ = goods_functions("", item_class, section, section_by_field=False)
    if not goods:
        return False
    profile = sub_profile(sub, opd_name)
    return profile.known and bool(goods & profile.functions)


def misplaced(
    uraian: str,
    sub: SubKegiatan,
    opd_name: str | None = None,
    item_class: str | None = None,
    section: str | None = None,
    *,
    by_class_only: bool = False,
    by_own_words: bool = False,
    by_field_words: bool = False,
) -> Misplaced | None:
    """The goods' functions when the sub-kegiatan serves none of them (nor a related one);
    ``by_class_only``: the item's category has placed it already, so only the account it is booked
    to may say otherwise: the catalogue's section, a looser grouping than the account the OPD chose,
    places only what no category does (seedlings under a farming section are a gardening scheme's
    own goods where the category has judged them to fit); ``by_own_words``: the goods the item's
    own name says it is count too (a treadmill is sports equipment wherever a category let a
    durable in); ``by_field_words``: so does the field the item's own name names (clothing named
    after the field it is worn in)."""
    if is_support(uraian):
        return None
    if by_class_only:
        own_words = by_own_words or by_field_words
        goods, word = goods_functions(uraian if own_words else "", item_class, head_by_field=by_field_words)
    else:
        goods, word = goods_functions(uraian, item_class, section, head_by_field=by_field_words)
    if FUNCTIONS.works_function and builds_or_repairs(sub.nama):
        goods = goods - {FUNCTIONS.works_function}
    if not goods:
        return None
    profile = sub_profile(sub, opd_name)
    if not profile.known or at_home(goods, profile.functions):
        return None
    return Misplaced(
        functions=tuple(BY_NAME[n] for n in sorted(goods)),
        word=word,
        served=tuple(BY_NAME[n] for n in sorted(profile.functions)),
    )
