"""Judge stage: does a line serve its sub-kegiatan (OFF_TARGET)?

Three readings, strongest first:

1. the item's category (``taxonomy.toml``): a restricted category outside the sub-kegiatan's field
   (cement in a meeting, medicine in a road project);
2. personal use by name (``relevance.toml``): a purchase for someone's comfort, pleasure or wealth
   serves no output, whatever category it falls in or fails to fall in;
3. the OPD's function (``functions.toml``, :mod:`opd_functions`): goods of a function of
   government the sub-kegiatan does not serve (a blood bag in road works), known by their own
   words whether or not an item category knows them;
4. personal use by meaning: with the embedder's vectors, a line nearer to the personal-use
   examples than to anything government work buys — this is how an item no word list knows is
   still judged. A line in the narrow band between is *ambiguous*: an LLM decides when configured.

A line bought for an occasion the sub-kegiatan does not hold (:mod:`relevance_occasions`) is judged
apart, as is a trip out of the region (:mod:`relevance_travel`): travel serves any
sub-kegiatan, a flight to another province only one that states a reason to go. So is a role
that exists only at one kind of occasion (:mod:`relevance_roles`): a jury's honorarium serves a
sub-kegiatan that holds a contest; and what only a gathering needs (:mod:`relevance_gathering`): a
resource person or a meeting hall serves no works on premises that hold no meeting.

Every reading yields to the sub-kegiatan's own words: a purchase whose field the sub-kegiatan
or the line's account names (games for a youth centre, vouchers as contest prizes) is legitimate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise

import numpy as np
from samarinda_common.rka import (
    Evidence,
    EvidenceKind,
    Finding,
    FindingType,
    RkaLine,
    Severity,
    SubKegiatan,
)

from samarinda_rka_review.domain.account_names import booked_to_its_supplies_objek, item_name
from samarinda_rka_review.domain.checks import ReviewPolicy, handed_over
from samarinda_rka_review.domain.opd_functions import (
    at_home_by_class,
    at_home_by_name,
    is_support,
    misplaced,
    names_own_opd,
    office_user,
    section_functions,
    serves_office,
    staff_provision,
    support_section,
)
from samarinda_rka_review.domain.relevance_gathering import gathering_without_one
from samarinda_rka_review.domain.relevance_occasions import occasion_not_held
from samarinda_rka_review.domain.relevance_protective import gear_at_desk
from samarinda_rka_review.domain.relevance_purpose import purpose_of_name, purpose_of_output
from samarinda_rka_review.domain.relevance_roles import role_without_occasion
from samarinda_rka_review.domain.relevance_rules import FUNCTIONS, RELEVANCE, PersonalUse
from samarinda_rka_review.domain.relevance_siblings import sibling_object
from samarinda_rka_review.domain.relevance_travel import far_trip
from samarinda_rka_review.domain.rules import TAXONOMY
from samarinda_rka_review.domain.taxonomy import (
    CONTEXT,
    DURABLE,
    WHY,
    ItemCategory,
    categorise,
    fits_context,
    for_room_comfort,
    is_field_operation,
    is_meeting_like,
    item_head,
)
from samarinda_rka_review.domain.text import content_word, normalise
from samarinda_rka_review.domain.word_roots import ROOT as _ROOT
from samarinda_rka_review.domain.word_roots import derived_roots, with_roots


class Reading(StrEnum):
    CATEGORY = "kategori"
    NAME = "nama barang"
    FUNCTION = "fungsi OPD"
    OWN_OFFICE = "untuk kantor sendiri"
    FAR_TRAVEL = "perjalanan ke luar daerah"
    ROLE = "peran tanpa acaranya"
    OCCASION = "acara atau cetakan yang bukan keperluannya"
    GATHERING = "keperluan pertemuan pada pekerjaan fisik"
    SIBLING = "sasaran sub kegiatan lain"
    DESK_GEAR = "perlengkapan kerja lapangan"
    MEANING = "kemiripan makna"


@dataclass(frozen=True)
class ExemplarSpace:
    """The relevance examples embedded once per embedder (unit rows, as the lines' vectors)."""

    personal: np.ndarray  # (n, d)
    personal_classes: tuple[PersonalUse, ...]  # the class of each personal row
    personal_texts: tuple[str, ...]
    operational: np.ndarray  # (m, d)
    operational_texts: tuple[str, ...]


@dataclass(frozen=True)
class Nearest:
    """Where a line's vector lies among the examples."""

    personal_class: PersonalUse
    personal_example: str
    personal_score: float
    operational_example: str
    operational_score: float

    @property
    def margin(self) -> float:
        return self.personal_score - self.operational_score


@dataclass(frozen=True)
class Verdict:
    off_target: bool
    ambiguous: bool
    reading: Reading | None = None
    reason: str = ""
    nearest: Nearest | None = None
    personal: bool = False  # bought for someone's comfort, pleasure or wealth (cut, not recoded)


FIT = Verdict(off_target=False, ambiguous=False)


def example_texts() -> tuple[list[str], list[PersonalUse], list[str]]:
    """The texts to embed for an :class:`ExemplarSpace`: personal examples (with their class) and
    operational ones."""
    texts: list[str] = []
    classes: list[PersonalUse] = []
    for use in RELEVANCE.personal:
        texts.extend(use.examples)
        classes.extend([use] * len(use.examples))
    return texts, classes, list(RELEVANCE.semantic.operational_examples)


def exemplar_space(
    personal_vectors: Sequence[Sequence[float]], operational_vectors: Sequence[Sequence[float]]
) -> ExemplarSpace:
    texts, classes, operational = example_texts()
    return ExemplarSpace(
        personal=_unit_rows(personal_vectors),
        personal_classes=tuple(classes),
        personal_texts=tuple(texts),
        operational=_unit_rows(operational_vectors),
        operational_texts=tuple(operational),
    )


def _unit_rows(vectors: Sequence[Sequence[float]]) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def nearest(vector: Sequence[float], space: ExemplarSpace) -> Nearest:
    unit = _unit_rows([vector])[0]
    personal = space.personal @ unit
    operational = space.operational @ unit
    p, o = int(personal.argmax()), int(operational.argmax())
    return Nearest(
        personal_class=space.personal_classes[p],
        personal_example=space.personal_texts[p],
        personal_score=float(personal[p]),
        operational_example=space.operational_texts[o],
        operational_score=float(operational[o]),
    )


@lru_cache(maxsize=1)
def _personal_words() -> tuple[tuple[re.Pattern[str], PersonalUse], ...]:
    patterns = []
    for use in RELEVANCE.personal:
        words = sorted({normalise(w) for w in use.words if normalise(w)}, key=len, reverse=True)
        if words:
            pattern = re.compile(r"(?<!\S)(" + "|".join(re.escape(w) for w in words) + r")(?!\S)")
            patterns.append((pattern, use))
    return tuple(patterns)


def personal_use_by_name(uraian: str) -> tuple[PersonalUse, str] | None:
    """The personal-use class a line's name places it in, with the word that did."""
    text = normalise(uraian)
    for pattern, use in _personal_words():
        found = pattern.search(text)
        if found:
            return use, found.group(1)
    return None


def _context_text(line: RkaLine, sub: SubKegiatan) -> str:
    return (
        f" {normalise(' '.join(p for p in (sub.nama, sub.indikator, sub.target, line.account_name) if p))} "
    )


def as_aid(line: RkaLine, category: ItemCategory) -> ItemCategory:
    """The category a line is judged as: aid (``aid_accounts.judged_as``) when its account files
    its goods as aid to the public and its own words place it in no restricted category (milk or
    an unknown item under ``Belanja Makanan dan Minuman Bantuan``); its own category otherwise."""
    account = f" {normalise(line.account_name)} "
    aid = RELEVANCE.aid_accounts
    if category in CONTEXT or not any(f" {normalise(w)} " in account for w in aid.account_words):
        return category
    return aid.judged_as


def by_account(line: RkaLine, category: ItemCategory) -> ItemCategory:
    """The category a line is judged as: its account's (``account_named_categories``: travel, a
    meal, a fee) when its own words fall in no category; its own category otherwise."""
    if category is not ItemCategory.OTHER or not line.account_name:
        return category
    named = categorise(line.account_name)
    return named if named in FUNCTIONS.account_named_categories else category


def legitimate_there(use: PersonalUse, line: RkaLine, sub: SubKegiatan) -> bool:
    """The sub-kegiatan (name, output) or the line's account names the purchase's field."""
    context = _context_text(line, sub)
    return any(f" {normalise(word)} " in context for word in use.context if normalise(word))


def named_by_sub_kegiatan(line: RkaLine, sub: SubKegiatan) -> bool:
    """A content word of the item's name appears in the sub-kegiatan's name or output, as itself
    or as the root of a derived word there: the sub-kegiatan is about this very thing (``Sepeda``
    in ``Penyediaan Sepeda Sewa Publik``) or does what the item does (``Mesin las`` in a
    ``Pelatihan Pengelasan``)."""
    words = [w for w in normalise(item_head(line.uraian)).split() if len(w) >= _ROOT and not w.isdigit()]
    sub_words = normalise(" ".join(p for p in (sub.nama, sub.indikator) if p)).split()
    roots = {root for word in sub_words for root in derived_roots(word)}
    return any(w in roots or (len(w) > _SHORT_WORD and w in sub_words) for w in words)


def names_by_acronym(line: RkaLine, sub: SubKegiatan) -> bool:
    """A word of the line is the acronym of a run of the sub-kegiatan's name (``Sewa panggung
    lokasi PTK`` in ``Penyelenggaraan Pasar Tani Keliling``): the line says it is bought for this
    very activity."""
    words = {w for w in normalise(line.uraian).split() if len(w) >= _ACRONYM_RUN and w.isalpha()}
    content = [w for w in normalise(sub.nama).split() if len(w) > _SHORT_WORD]
    initials = "".join(w[0] for w in content)
    runs = {initials[i:j] for i in range(len(initials)) for j in range(i + _ACRONYM_RUN, len(initials) + 1)}
    return bool(words & runs)


# An acronym spans at least three words of the name: two initials match by accident too often.
_ACRONYM_RUN = 3


def names_the_activity(line: RkaLine, sub: SubKegiatan, opd_name: str | None) -> bool:
    """Two content words in a row of the sub-kegiatan's name recur in a row in the line
    (``Terpal pasar murah`` in ``Penyelenggaraan Pasar Murah Ramadan``): the line says it is
    bought for this very activity, as an acronym of the name does. A word of the OPD's own name
    (its office, its field) or of where the work is done (``scope_words``: ``wilayah kota``)
    is carried by lines of every sub-kegiatan, and names no activity."""
    ignored = set(normalise(opd_name).split()) | _scope_words()
    pairs = [_content_pairs(normalise(text)) for text in (line.uraian, sub.nama)]
    return any(not set(pair) & ignored for pair in pairs[0] & pairs[1])


@lru_cache(maxsize=1)
def _scope_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in RELEVANCE.scope_words)


def _content_pairs(text: str) -> set[tuple[str, str]]:
    words = text.split()
    return {(a, b) for a, b in pairwise(words) if content_word(a) and content_word(b)}


# Words this short are connectives or prepositions (``dan``, ``pada``), no use of their own.
_SHORT_WORD = 3


def used_for_the_output(line: RkaLine, sub: SubKegiatan, opd_name: str | None) -> bool:
    """The line's stated use (after its item, in brackets or after ``untuk``) names a content word
    of the sub-kegiatan's name or output: equipment bought to document, survey or run that very
    object (``Drone (pemetaan taman)`` in a park sub-kegiatan) is the work's tool. The
    OPD's own name is no use: every office room and event of the OPD carries it."""
    head = set(normalise(item_head(line.uraian)).split())
    own = set(normalise(opd_name).split())
    use = [
        w
        for w in normalise(line.uraian).split()
        if w not in head and w not in own and len(w) > _SHORT_WORD and not w.isdigit()
    ]
    sub_text = f" {normalise(' '.join(p for p in (sub.nama, sub.indikator) if p))} "
    return any(f" {w} " in sub_text for w in use)


def purpose_in_account(category: ItemCategory, line: RkaLine) -> bool:
    """An event item booked to an account named after what it is for (a trophy under ``Belanja
    Hadiah yang Bersifat Perlombaan``): the account states the occasion the sub-kegiatan's own
    words may not name (a contest run inside a student development programme)."""
    if category not in TAXONOMY.occasion_accounts or not line.account_name:
        return False
    account = with_roots(line.account_name)
    return any(f" {normalise(word)} " in account for word in CONTEXT.get(category, ()) if normalise(word))


def account_names_the_field(line: RkaLine, sub: SubKegiatan) -> bool:
    """The line's account is a kind of a goods account (SIPD writes it after a dash: ``Belanja
    Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Pendukung Kesenian``) whose own words name the
    sub-kegiatan's field (``Pembinaan Kesenian Tradisional``): the OPD filed the goods as that
    field's, whatever else its words may also be bought for. The general account before the dash
    (office, activity) names no field, nor does a kind that files goods under no function of
    government (``Perlengkapan Pendukung`` alone)."""
    general, dash, kind = (line.account_name or "").rpartition("-")
    if not dash or not general or not section_functions(kind):
        return False
    own = set(normalise(kind).split()) - set(normalise(general).split())
    sub_words = set(normalise(sub.nama).split())
    return any(content_word(w) and w in sub_words for w in own)


def _improvised(sub: SubKegiatan, section: str | None) -> bool:
    """Field work filed with building materials by the catalogue only: rope, sheeting and tape are
    what a crew makes do with, whatever section holds them."""
    filed = section_functions(section)
    return is_field_operation(sub.nama) and filed == {RELEVANCE.equipment_objects.infrastructure_function}


def _for_own_office(
    line: RkaLine, category: ItemCategory, sub: SubKegiatan, opd_name: str | None
) -> Verdict | None:
    """A line bought for the office itself, its officials or its staff serves the office-support
    programme (SIPD programme 01), not an output of this sub-kegiatan — however well its category
    fits or its words echo the sub-kegiatan's field (the OPD's name names the field). Known by the
    OPD's own name (``Kemeja seragam Dinas Pangan``) or by the office user it names (``Servis mobil
    dinas jabatan kepala dinas``, ``Kaos olahraga seluruh pegawai``). Generic support bought to
    run the activity (meals, fees, travel, stationery, printing) serves it whoever it names."""
    if serves_office(sub, opd_name):
        return None
    if category not in FUNCTIONS.support_categories and category not in FUNCTIONS.activity_categories:
        own = names_own_opd(item_name(line), opd_name)
        if own is not None:
            return Verdict(True, False, Reading.OWN_OFFICE, f"belanja untuk OPD sendiri ('{own}'){_OFFICE}")
    # A printout's own Spesifikasi column says for whom as a bracket after the name does.
    described = " ".join(p for p in (line.uraian, line.spesifikasi) if p)
    if category in FUNCTIONS.office_user_exempt and not staff_provision(described, category):
        return None
    user = office_user(described, sub)
    if user is None:
        return None
    reason = f"belanja untuk aparatur/kantor sendiri ('{user}'){_OFFICE}"
    return Verdict(True, False, Reading.OWN_OFFICE, reason)


_OFFICE = ", semestinya pada sub kegiatan penunjang urusan perkantoran"
# What may exist for one kind of occasion only (``[[roles]]``): a person paid for a role at it, or
# an event rental made for it (an exhibition stand).
_FOR_ONE_OCCASION = frozenset({ItemCategory.HONORARIUM, ItemCategory.EVENT_RENTAL})


def judge(
    line: RkaLine,
    category: ItemCategory,
    sub: SubKegiatan,
    *,
    handed_over: bool = False,
    catalogued: bool = False,
    vector: Sequence[float] | None = None,
    space: ExemplarSpace | None = None,
    opd_name: str | None = None,
    catalogue_section: str | None = None,
    siblings: Sequence[SubKegiatan] = (),
    supply: bool = False,
) -> Verdict:
    """The relevance verdict for one line of ``sub`` (of the OPD ``opd_name``; ``siblings``: the
    RKA's sub-kegiatan, whose objects its lines may name instead of its own). ``supply``: the
    catalogue and the line's account agree it is a supply used up in the work
    (:func:`reviewer.bought_as_supply`), not equipment whatever its category. ``catalogued``:
    the line matched a row of the city's price catalogue, a standard government purchase, in the
    section ``catalogue_section`` (its kelompok, when the catalogue has sections). Meaning
    is read only for a line no category and no catalogue row accounts for: the embedder's
    neighbourhoods are too coarse to overrule either (a black pen lies near sunglasses)."""
    category = as_aid(line, by_account(line, category))
    # Personal use by name first: it decides whether the line is cut rather than recoded.
    by_name = personal_use_by_name(line.uraian)
    if by_name is not None and not named_by_sub_kegiatan(line, sub):
        use, word = by_name
        if legitimate_there(use, line, sub):
            return FIT
        return Verdict(True, False, Reading.NAME, f"{use.label} ('{word}')", personal=True)
    own = _for_own_office(line, category, sub, opd_name)
    if own is not None:
        return own
    # the office's own support sub-kegiatan holds the office's own occasions (its anniversary)
    occasion = None if serves_office(sub, opd_name) else occasion_not_held(line, sub, opd_name)
    if occasion is not None:
        held, word = occasion
        reason = f"untuk {held.label} ('{word}'), bukan keperluan sub kegiatan ini"
        return Verdict(True, False, Reading.OCCASION, reason)
    far = far_trip(line, sub) if category is ItemCategory.TRAVEL else None
    if far is not None:
        reason = (
            f"perjalanan ke luar daerah ('{far}') tanpa alasan yang disebut sub kegiatan, "
            "sedangkan keluarannya dilaksanakan di daerah"
        )
        return Verdict(True, False, Reading.FAR_TRAVEL, reason)
    role = role_without_occasion(line, sub) if category in _FOR_ONE_OCCASION else None
    if role is not None:
        reason = f"'{role}' padahal sub kegiatan tidak menyelenggarakan acara yang memerlukannya"
        return Verdict(True, False, Reading.ROLE, reason)
    need = gathering_without_one(line, sub)
    if need is not None:
        reason = (
            f"'{need}' hanya diperlukan pertemuan, padahal sub kegiatan pekerjaan fisik tidak "
            "menyelenggarakannya"
        )
        return Verdict(True, False, Reading.GATHERING, reason)
    gear = None if handed_over else gear_at_desk(line, sub, opd_name)
    if gear is not None:
        return _desk_gear(*gear)
    output = " ".join(p for p in (sub.indikator, sub.target) if p) or None
    item_class = line.account_name
    # Generic support (masks, soap, first aid) is bought wherever people work, whatever category
    # its words also fall in: the function reading never judges it, nor does the category.
    # Equipment words license office and household durables only as what they govern allows.
    purpose_name = purpose_of_name(sub.nama, category)
    # Support by its words, or by the catalogue section its matched row is filed under (the
    # city's catalogue has classified the item where its words would mislead). Support is what
    # the people doing the work use up; goods handed over to the public are the output itself
    # (blankets given away, not the crew's cleaning kit) and must fit the sub-kegiatan's purpose.
    # Goods that serve events (sports kit, decoration) are no crew's support whatever section
    # the catalogue groups them with (a ball filed with cleaning supplies and field gear).
    by_section = support_section(catalogue_section) and category not in TAXONOMY.event_categories
    supported = not handed_over and (is_support(line.uraian) or by_section)
    if (
        not fits_context(
            category,
            purpose_name,
            purpose_of_output(output, sub.nama, category),
            handed_over=handed_over,
            by_field=not for_room_comfort(line.uraian),
        )
        and not purpose_in_account(category, line)
        and not account_names_the_field(line, sub)
        and not (category in TAXONOMY.gathering_categories and is_meeting_like(sub.nama))
        and not supported
        and not names_by_acronym(line, sub)
        and not names_the_activity(line, sub, opd_name)
        # a durable's kind says the output needs no equipment; a supply is no equipment, whether
        # catalogue and account agree on it or the chart's supplies objek names the item
        and not (category in DURABLE and (supply or booked_to_its_supplies_objek(line)))
        and not (category in DURABLE and used_for_the_output(line, sub, opd_name))
        # equipment named by the object or the work of the sub-kegiatan (a traffic-count camera
        # where traffic is controlled, a welding set in a welding course) is its tool
        and not (category in DURABLE and named_by_sub_kegiatan(line, sub))
        # the function's own tools where it works (a meeting about that work buys none of them)
        and not (
            at_home_by_class(sub, opd_name, item_class, catalogue_section) and not is_meeting_like(sub.nama)
        )
        # goods whose own name belongs to the function the sub-kegiatan serves (a patient's bedding
        # in a hospital ward), where a meeting is not all it does
        and not (at_home_by_name(line.uraian, sub, opd_name) and not is_meeting_like(sub.nama))
    ):
        # A durable of another function's own (a wheelchair at a festival) is off target as that
        # function's goods: the reading survives the line's recoding, a kind of durable does not.
        own_goods = (
            misplaced(line.uraian, sub, opd_name, item_class, catalogue_section, by_own_words=True)
            if category in DURABLE
            else None
        )
        if own_goods is not None:
            return Verdict(True, False, Reading.FUNCTION, own_goods.reason)
        return Verdict(
            True,
            False,
            Reading.CATEGORY,
            f"{category.value}: {WHY[category]}",
            personal=category is ItemCategory.LUXURY,
        )
    if named_by_sub_kegiatan(line, sub):
        return FIT
    sibling = sibling_object(line, sub, siblings, opd_name)
    if sibling is not None:
        other, word = sibling
        reason = f"menyebut sasaran sub kegiatan lain '{other.nama}' ('{word}')"
        return Verdict(True, False, Reading.SIBLING, reason)
    # Generic support serves any function whatever beneficiary it names ("Nasi kotak siswa"). A
    # restricted category that passed has been judged on the sub-kegiatan's words already (cement
    # in "Pembangunan Puskesmas"), unless the sub-kegiatan is a meeting or a document whose words
    # only mention a field ("Evaluasi Rencana Pembangunan Daerah" builds nothing).
    judged_by_category = category in FUNCTIONS.support_categories or (
        category in CONTEXT and not is_meeting_like(sub.nama)
    )
    # A category judged on the sub-kegiatan's words may still be booked or catalogued in another
    # function's class (a pump on "Belanja Modal Alat Pengolahan Pertanian" in a library).
    # Equipment let in by the sub-kegiatan's words has been let in as a kind (equipment may serve
    # it), not as a field's goods: a durable whose own name belongs to a function the sub-kegiatan
    # does not serve (gym equipment where food is sold cheaply) is misplaced. Materials let in by
    # the field they build (cement in a clinic's construction) and generic support (whatever
    # beneficiary it names) keep to their account.
    # Field work (patrols, rescue, disaster response) makes do with general materials a catalogue
    # files with building materials (rope, tarpaulin, barrier tape): there that section, a looser
    # grouping than the item's own words or the account the OPD chose, says nothing against the
    # line. Other sections (medicines, a field's equipment) still place goods there.
    elsewhere = misplaced(
        line.uraian,
        sub,
        opd_name,
        item_class,
        None if _improvised(sub, catalogue_section) else catalogue_section,
        by_class_only=judged_by_category,
        by_own_words=category in DURABLE,
        by_field_words=category in FUNCTIONS.field_named_categories,
    )
    if elsewhere is not None:
        return Verdict(True, False, Reading.FUNCTION, elsewhere.reason)
    # Goods handed to the public (hygiene kits, clothing, food parcels) are consumer goods by
    # nature: their neighbourhood among personal purchases says nothing.
    if vector is None or space is None or category is not ItemCategory.OTHER or catalogued or handed_over:
        return FIT
    found = nearest(vector, space)
    rules = RELEVANCE.semantic
    if found.personal_score < rules.min_similarity or found.margin < -rules.ambiguous_margin:
        return FIT
    if legitimate_there(found.personal_class, line, sub):
        return FIT
    reason = (
        f"{found.personal_class.label}: paling mirip '{found.personal_example}' "
        f"({found.personal_score:.2f}) dibanding belanja kedinasan terdekat "
        f"'{found.operational_example}' ({found.operational_score:.2f})"
    )
    if found.margin >= rules.off_target_margin:
        return Verdict(True, False, Reading.MEANING, reason, found, personal=True)
    return Verdict(False, True, Reading.MEANING, reason, found)


def _desk_gear(gear: str, desk: str) -> Verdict:
    reason = (
        f"perlengkapan pelindung kerja lapangan ('{gear}') pada sub kegiatan kerja kantor/pertemuan "
        f"('{desk}') yang tidak melakukan pekerjaan fisik"
    )
    return Verdict(True, False, Reading.DESK_GEAR, reason)


_BY_FUNCTION = "; nama sub kegiatan tidak terbaca, dinilai menurut fungsi OPD"


def judge_by_function(
    line: RkaLine,
    sub: SubKegiatan,
    *,
    opd_name: str | None = None,
    catalogue_section: str | None = None,
) -> Verdict:
    """The verdict for a line of a sub-kegiatan whose name was not read (its header gave a page
    marker, a table's title or nothing): no purpose to judge the line's fit against, so only what
    is off target whatever the purpose is read — a purchase for personal use, goods of a
    function of government the OPD does not serve (by the sub-kegiatan's code, programme,
    kegiatan and urusan, and the OPD's name), and protective gear where the output and kegiatan
    that were read say the work is done at a desk. The reason says the name was not read."""
    unnamed = sub.model_copy(update={"nama": "", "indikator": None, "target": None})
    by_name = personal_use_by_name(line.uraian)
    if by_name is not None and not legitimate_there(by_name[0], line, unnamed):
        use, word = by_name
        return Verdict(True, False, Reading.NAME, f"{use.label} ('{word}'){_BY_FUNCTION}", personal=True)
    gear = None if handed_over(line) else gear_at_desk(line, sub, opd_name)
    if gear is not None:
        verdict = _desk_gear(*gear)
        return Verdict(True, False, verdict.reading, f"{verdict.reason}{_BY_FUNCTION}")
    elsewhere = misplaced(line.uraian, unnamed, opd_name, line.account_name, catalogue_section)
    if elsewhere is None:
        return FIT
    return Verdict(True, False, Reading.FUNCTION, f"{elsewhere.reason}{_BY_FUNCTION}")


def off_target_finding(line: RkaLine, sub: SubKegiatan, verdict: Verdict, severity: Severity) -> Finding:
    """The OFF_TARGET finding for a verdict that says so (the reviewer's words and evidence)."""
    shown_output = f" (keluaran: {sub.indikator})" if sub.indikator else ""
    judged_against = f"sub kegiatan '{sub.nama}'{shown_output}" if sub.named else "fungsi OPD"
    evidence = [
        Evidence(kind=EvidenceKind.RULE, text=f"{verdict.reading}: {verdict.reason}; sub kegiatan {sub.nama}")
    ]
    if verdict.nearest is not None:
        evidence.append(
            Evidence(
                kind=EvidenceKind.COMPUTATION,
                text=f"selisih kemiripan {verdict.nearest.margin:+.3f}",
                score=round(verdict.nearest.personal_score, 4),
            )
        )
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub.kode or sub.nama,
        type=FindingType.OFF_TARGET,
        severity=severity,
        message=(f"'{line.uraian}' tidak menunjang {judged_against}: {verdict.reason}."),
        evidence=evidence,
        potential_saving=line.jumlah,
        amount_at_stake=line.jumlah,
        confidence={
            Reading.CATEGORY: 0.75,
            Reading.NAME: 0.8,
            Reading.FUNCTION: 0.7,
            Reading.OWN_OFFICE: 0.7,
            Reading.FAR_TRAVEL: 0.7,
            Reading.ROLE: 0.65,
            Reading.OCCASION: 0.65,
            Reading.GATHERING: 0.65,
            Reading.SIBLING: 0.65,
            Reading.DESK_GEAR: 0.65,
            Reading.MEANING: 0.65,
        }[verdict.reading or Reading.CATEGORY],
    )


def check_relevance(
    line: RkaLine,
    category: ItemCategory,
    sub: SubKegiatan,
    policy: ReviewPolicy,
    *,
    vector: Sequence[float] | None = None,
    space: ExemplarSpace | None = None,
    opd_name: str | None = None,
) -> Finding | None:
    """The OFF_TARGET finding for a line, or None when it fits (or is only ambiguous)."""
    verdict = judge(
        line, category, sub, handed_over=handed_over(line), vector=vector, space=space, opd_name=opd_name
    )
    return (
        off_target_finding(line, sub, verdict, policy.severity(line.jumlah)) if verdict.off_target else None
    )
