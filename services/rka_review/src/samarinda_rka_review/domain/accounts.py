"""Accounts grounded in the catalogue: where a matched catalogue row may be booked.

A catalogue row names its accounts outright (a ``Rekening Belanja`` column) or carries a kode
barang whose class decides them (``accounts.toml``): a fixed asset (1.3.x) bought at or above the
capitalisation threshold is belanja modal of its class, below it belanja barang; supplies (1.1.7)
are belanja barang dan jasa. A line booked elsewhere is an account mismatch that cites the row.
A row that says nothing about accounts gives no verdict: the reviewer then falls back to the
item's category (:func:`checks.check_account`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import Evidence, EvidenceKind, Finding, FindingType, RkaLine, Severity
from samarinda_common.rupiah import format_rupiah as rp

from samarinda_rka_review.domain.account_names import (
    account_names_item,
    account_words,
    asset_class,
    bought_new,
    consumed_in_use_account,
    is_tax_line,
    may_be_built_in,
    not_purchased,
    section_of_assets,
)
from samarinda_rka_review.domain.checks import ReviewPolicy, handed_over
from samarinda_rka_review.domain.compatibility import variant_conflict
from samarinda_rka_review.domain.matching import MatchOutcome
from samarinda_rka_review.domain.rules import ACCOUNTS
from samarinda_rka_review.domain.taxonomy import CONSUMABLE_OR_SERVICE, DURABLE, ItemCategory
from samarinda_rka_review.domain.text import EXCLUSIVE_FAMILIES, first_phrase, normalise, tokens

GOODS_AND_SERVICES = "5.1.02"
SERVICES = "5.1.02.02"
CAPITAL = "5.2"
# Belanja modal accounts capitalised only from the capitalisation threshold up.
THRESHOLD_ACCOUNTS = tuple(c.account for c in ACCOUNTS.fixed_asset if c.threshold)
# Maintenance of an asset is booked to 5.1.02.03 whatever the asset: it names the asset's row.
MAINTENANCE = "5.1.02.03"
COMPARED_SEGMENTS = ACCOUNTS.compared_segments


@dataclass(frozen=True)
class AllowedAccounts:
    """The accounts a catalogue row may be booked to and why (for the finding)."""

    prefixes: tuple[str, ...]
    basis: str  # Bahasa Indonesia: "rekening belanja pada katalog", "kode barang 1.3.2... (…)"
    # A fixed asset bought below the capitalisation threshold may be expensed (belanja barang).
    fixed_asset: bool = False
    # Equipment is capitalised only from the threshold up: below it belanja modal is wrong.
    threshold_binding: bool = False
    # Belanja modal of the assets the row's goods may become part of (building materials).
    capitalised_into: tuple[str, ...] = ()
    # Belanja modal objek (``5.2.02.07``) of the asset class the catalogue itself files the row
    # under: a listed capital account, or the objek its kode barang mirrors (``1.3.2.07...``).
    own_objek: tuple[str, ...] = ()


class Verdict(Enum):
    # Booked to an objek the catalogue lists (5.2.02.10 for a row listing 5.2.02.10.01.0002).
    CONSISTENT = "consistent"
    MISMATCH = "mismatch"
    # The right jenis (barang dan jasa vs modal of the asset's class) but the catalogue names no
    # objek, or another one (catalogues list objek loosely): whether the item is capital is
    # settled, the rest (honorarium under barang, a meal under sewa) is the category's to judge.
    JENIS_ONLY = "jenis only"


def _segments(code: str) -> list[str]:
    # `5.1.2.1.1.24` is `5.1.02.01.01.0024` written without its zero padding
    return [part.lstrip("0") or "0" if part.isdigit() else part for part in code.strip().split(".") if part]


def agrees(line_code: str, allowed: str, depth: int = COMPARED_SEGMENTS) -> bool:
    """Whether two account codes agree on their first ``depth`` segments, or on all the shorter one has."""
    mine, theirs = _segments(line_code), _segments(allowed)
    common = min(depth, len(mine), len(theirs))
    return common > 0 and mine[:common] == theirs[:common]


def allowed_accounts(reference: PriceReference) -> AllowedAccounts | None:
    """What the catalogue says about where the row may be booked, or None when it says nothing."""
    if reference.akun:
        return AllowedAccounts(
            reference.akun,
            "rekening belanja yang tercantum pada katalog",
            fixed_asset=all(code.startswith(CAPITAL) for code in reference.akun),
            threshold_binding=all(code.startswith(THRESHOLD_ACCOUNTS) for code in reference.akun),
            own_objek=tuple(_objek(code) for code in reference.akun if code.startswith(CAPITAL)),
        )
    found = asset_class(reference.kode_barang)
    if found is None:
        return None
    klass, fixed = found
    basis = f"kode barang {reference.kode_barang}: {'aset tetap' if fixed else 'persediaan'}, {klass.name}"
    mirrored = fixed and mirrored_objek(reference.kode_barang or "", klass.kode_barang, klass.account)
    return AllowedAccounts(
        (klass.account,),
        basis,
        fixed_asset=fixed,
        threshold_binding=klass.threshold,
        capitalised_into=klass.capitalised_into,
        own_objek=(mirrored,) if mirrored else (),
    )


def mirrored_objek(kode_barang: str, class_kode: str, class_account: str) -> str | None:
    """The belanja modal objek a fixed asset's kode barang mirrors: the chart of accounts numbers
    the objek of belanja modal as the asset classification numbers its objek (``1.3.2.07.03.009``,
    an olahraga item, is ``5.2.02.07``); None when the kode stops at its class."""
    objek = _segments(kode_barang)[len(_segments(class_kode)) :][:1]
    return f"{class_account}.{objek[0].zfill(2)}" if objek else None


def _objek(code: str) -> str:
    """The objek level of an account code, zero padding as the chart writes it (``5.2.02.07``)."""
    parts = _segments(code)[: COMPARED_SEGMENTS + 1]
    return ".".join([*parts[:2], *(p.zfill(2) for p in parts[2:])])


def books_own_objek(code: str, allowed: AllowedAccounts) -> bool:
    """Whether ``code`` is belanja modal of the very asset class the catalogue files the row under."""
    objek = COMPARED_SEGMENTS + 1
    return any(len(_segments(own)) >= objek and agrees(code, own, depth=objek) for own in allowed.own_objek)


# One cheap asset capitalised may be the very slip under review; more show the RKA's practice.
CAPITALISING_PRACTICE = 2


@dataclass(frozen=True)
class CheapAssets:
    """How the RKA itself books what the catalogue files as fixed assets (threshold-bound
    equipment) at a unit price below the capitalisation threshold: whether such items go to
    belanja modal is the pemda's accounting policy, stated by neither the RKA nor the catalogue."""

    # lines booked to belanja modal of the very class the row's kode barang files them under
    capitalised: int = 0

    def capitalises(self) -> bool:
        """Whether the RKA's practice is to capitalise cheap assets: several so booked. Cheap
        assets it expenses say nothing against it: a cheap asset may be expensed under either
        policy (:func:`account_verdict`), so an RKA that does both follows its policy twice."""
        return self.capitalised >= CAPITALISING_PRACTICE


def cheap_assets(booked: Iterable[tuple[RkaLine, MatchOutcome | None]], policy: ReviewPolicy) -> CheapAssets:
    """The RKA's own booking of its cheap assets (:class:`CheapAssets`), from each line's match."""
    capitalised = 0
    for line, outcome in booked:
        row = outcome.credible(policy.match_threshold) if outcome else None
        allowed = allowed_accounts(row.reference) if row else None
        if allowed is None or not allowed.threshold_binding:
            continue
        if 0 < line.harga_satuan < policy.capitalisation_threshold and books_own_objek(
            line.kode_rekening or "", allowed
        ):
            capitalised += 1
    return CheapAssets(capitalised)


def account_verdict(
    code: str,
    harga_satuan: int,
    allowed: AllowedAccounts,
    threshold: int,
    *,
    bought: bool = False,
    named_by_account: bool = False,
    built_in: bool = False,
    cheap: CheapAssets | None = None,
    capital_section: bool = False,
) -> tuple[Verdict, str | None]:
    """Whether ``code`` is an account the row may be booked to, with the reason (Bahasa Indonesia)
    when it is not. ``bought``: the line buys the thing itself (not its upkeep, parts or rental);
    ``named_by_account``: the account is named after the very item; ``built_in``: the goods may
    become part of the asset a belanja modal account builds (not a meal or fuel); ``cheap``: how
    the RKA books its cheap assets (:func:`cheap_assets`); ``capital_section``: the catalogue files
    the row under a section of fixed assets (:func:`catalogued_as_asset`), which states the pemda's
    policy for it: budgeted as belanja modal whatever its unit price."""
    below = harga_satuan < threshold
    if code.startswith(MAINTENANCE):
        # Upkeep of an asset names the asset's row; buying a new one worth capitalising is not upkeep.
        if bought and allowed.fixed_asset and not below:
            return Verdict.MISMATCH, (
                f"pembelian aset tetap baru (harga satuan {rp(harga_satuan)}), bukan pemeliharaan: "
                f"semestinya dibukukan pada rekening {_listed(allowed.prefixes)} ({allowed.basis})"
            )
        return Verdict.JENIS_ONLY, None
    if allowed.fixed_asset and below and agrees(code, GOODS_AND_SERVICES):
        if capital_section and bought and not named_by_account:
            # The catalogue files it among assets (``... (ASET)``): the pemda budgets it as belanja
            # modal whatever its unit price, so expensing a cheap one departs from that policy.
            return Verdict.MISMATCH, (
                f"barang yang dikelompokkan katalog sebagai aset tetap, semestinya dibukukan pada rekening "
                f"{_listed(allowed.prefixes)} meskipun harga satuan {rp(harga_satuan)} di bawah batas "
                f"kapitalisasi ({allowed.basis})"
            )
        return Verdict.JENIS_ONLY, None  # a cheap fixed asset may be expensed
    if allowed.threshold_binding and below and code.startswith(CAPITAL) and not capital_section:
        # Whether cheap assets are capitalised is the pemda's accounting policy, which neither
        # the RKA nor (outside a section of assets) the catalogue states: an RKA whose practice is
        # to capitalise them books one rightly under the very class the catalogue files it under.
        # Only another class is wrong whatever the policy.
        if books_own_objek(code, allowed) and cheap is not None and cheap.capitalises():
            return Verdict.CONSISTENT, None
        return Verdict.MISMATCH, (
            f"harga satuan {rp(harga_satuan)} di bawah batas kapitalisasi {rp(threshold)}, "
            f"semestinya Belanja Barang dan Jasa {GOODS_AND_SERVICES} ({allowed.basis})"
        )
    if built_in and code.startswith(allowed.capitalised_into):
        return Verdict.JENIS_ONLY, None  # the goods become part of the asset the line builds
    objek = COMPARED_SEGMENTS + 1
    if any(
        len(_segments(prefix)) >= objek and agrees(code, prefix, depth=objek) for prefix in allowed.prefixes
    ):
        return Verdict.CONSISTENT, None
    if any(agrees(code, prefix) for prefix in allowed.prefixes):
        return Verdict.JENIS_ONLY, None
    # An account named after the item itself (a lamp-post account for a lamp post) is the
    # chart's own answer where an asset code files the item in a neighbouring class.
    if named_by_account:
        return Verdict.CONSISTENT, None
    where = _listed(allowed.prefixes)
    return Verdict.MISMATCH, f"semestinya dibukukan pada rekening {where} ({allowed.basis})"


def _listed(codes: Sequence[str]) -> str:
    return " atau ".join(codes)


def grounding_row(outcome: MatchOutcome, threshold: float, firm: float = 1.0) -> PriceReference | None:
    """The catalogue row that says what the line is: its credible match, or else the row it
    matches in all but size (a 2 TB disk is booked where the 1 TB one is), or else the row it
    matches ``firm``ly in all but unit (a cable bought by the drum is booked where the cable
    sold by the metre is; a looser match in another unit may be another item)."""
    best = outcome.credible(threshold)
    if best is not None:
        return best.reference
    near = outcome.spec_mismatch
    if near is not None and near.confidence >= threshold:
        return near.reference
    other_unit = outcome.unit_mismatch
    return other_unit.reference if other_unit is not None and other_unit.confidence >= firm else None


def catalogued_as_service(reference: PriceReference) -> bool:
    """The catalogue files the row under a section of services or rentals (``JASA ...``,
    ``SEWA ...``): what is bought is work or use, not goods."""
    return first_phrase(normalise(reference.kelompok), ACCOUNTS.not_purchase_words) is not None


def catalogued_as_asset(reference: PriceReference) -> bool:
    """The catalogue files the row under a section of assets (``ALAT STUDIO - ASET TETAP``)
    whatever its kode barang says."""
    return section_of_assets(reference.kelompok)


def supplies_code_on_equipment(
    code: str,
    reference: PriceReference,
    allowed: AllowedAccounts,
    category: ItemCategory | None,
    capital_price: bool = False,
) -> bool:
    """A persediaan kode barang (1.1.7) that does not settle the account: many SSH lists file
    every row, printers and machines included, under persediaan, so the code proves belanja
    modal wrong only for what is used up or a service, not for equipment or an item the taxonomy
    cannot place (a measuring instrument); nor does it prove belanja barang right for equipment
    the catalogue files under a section of assets (a projector of ``ALAT STUDIO - ASET TETAP``
    under Bahan Komputer), or for working machines and tools bought at a ``capital_price`` (at
    or above the capitalisation threshold; ``capital_goods_whatever_coded``: other equipment has
    supplies objek authors book it to). The item's category and unit price judge instead.
    Goods built into the asset the account builds (``capitalised_into``) stay the row's to judge."""
    if category is None or reference.akun or allowed.fixed_asset:
        return False
    if code.startswith(GOODS_AND_SERVICES):
        if capital_price and category in ACCOUNTS.capital_goods_whatever_coded:
            return True
        # an item the taxonomy cannot place is equipment by the catalogue's section of assets
        return (category in DURABLE or category is ItemCategory.OTHER) and catalogued_as_asset(reference)
    if not code.startswith(CAPITAL):
        return False
    built_into = bool(allowed.capitalised_into) and code.startswith(allowed.capitalised_into)
    return category not in CONSUMABLE_OR_SERVICE and not built_into


def goods_under_no_goods_account(line: RkaLine, reference: PriceReference) -> str | None:
    """The kind of the line's account when it buys no goods (honorarium, trips, rentals, hired
    services: by its name or by its code) while the catalogue files the line's row as goods (a
    kode barang class, not a service section) and the line names no rental or service itself;
    None otherwise."""
    if asset_class(reference.kode_barang) is None or catalogued_as_service(reference) or not_purchased(line):
        return None
    account = account_words(line.account_name)
    named = next((w for w in ACCOUNTS.no_goods_account_words if f" {w} " in account), None)
    return named or next((c for c in ACCOUNTS.no_goods_account_codes if _under(line.kode_rekening, c)), None)


def _under(code: str | None, prefix: str) -> bool:
    """Whether ``code`` is ``prefix`` or one of its sub-accounts (``5.1.2.2.1.26`` under ``5.1.02.02``)."""
    mine, theirs = _segments(code or ""), _segments(prefix)
    return len(mine) >= len(theirs) and mine[: len(theirs)] == theirs


def variant_booked_elsewhere(line: RkaLine, reference: PriceReference) -> tuple[str, str] | None:
    """The account's variant and the row's when they exclude each other (``dalamkota`` vs
    ``luarprovinsi``): a trip priced by an out-of-province row is not booked as a city trip.
    Only the variants accounts split on count (``account_variants``); an account that names
    several of one family groups them and sets none."""
    account = set(tokens(line.account_name)) & ACCOUNTS.account_variants
    grouped = {word for family in EXCLUSIVE_FAMILIES if len(account & family) > 1 for word in family}
    row_words = set(tokens(reference.uraian)) | set(tokens(reference.spesifikasi))
    return variant_conflict(set(), account - grouped, row_words)


def check_catalogue_account(
    line: RkaLine,
    outcome: MatchOutcome,
    policy: ReviewPolicy,
    category: ItemCategory | None = None,
    cheap: CheapAssets | None = None,
) -> tuple[Verdict | None, Finding | None]:
    """What the line's catalogue row says of its account (None: nothing), with the finding when
    the line is booked where the row may not be. ``category``: what the line's own words buy;
    ``cheap``: how the RKA books its cheap assets (:func:`cheap_assets`)."""
    reference = grounding_row(outcome, policy.match_threshold)
    # A tax line follows the goods above it, whatever row its words resemble.
    if reference is None or not line.kode_rekening or is_tax_line(line):
        return None, None
    booked, priced = variant_booked_elsewhere(line, reference) or (None, None)
    if booked is not None:
        other_variant = f"berbeda varian dengan rekening '{line.account_name}' ({priced} lawan {booked})"
        return Verdict.MISMATCH, _mismatch(line, reference, other_variant, policy)
    # Goods handed over to the public are belanja barang whatever they are: their account says so.
    # Work or use the catalogue files as a service (day labour, a rental) is never such goods.
    if handed_over(line):
        if not catalogued_as_service(reference):
            return None, None
        as_service = (
            f"tercantum pada katalog sebagai jasa ('{reference.kelompok}'), bukan barang yang diserahkan "
            f"kepada masyarakat, semestinya Belanja Jasa {SERVICES}"
        )
        return Verdict.MISMATCH, _mismatch(line, reference, as_service, policy)
    allowed = allowed_accounts(reference)
    capital_price = line.harga_satuan >= policy.capitalisation_threshold
    if allowed is None or supplies_code_on_equipment(
        line.kode_rekening, reference, allowed, category, capital_price
    ):
        return None, None
    if goods_under_no_goods_account(line, reference) is not None:
        not_goods = (
            f"adalah barang ({allowed.basis}), sedangkan rekening '{line.account_name}' bukan untuk "
            f"membeli barang: semestinya dibukukan pada rekening {_listed(allowed.prefixes)}"
        )
        return Verdict.MISMATCH, _mismatch(line, reference, not_goods, policy)
    if (
        allowed.fixed_asset
        and not line.kode_rekening.startswith(MAINTENANCE)
        and consumed_in_use_account(line)
        # the line's own words name goods used up in use (drinking water under meals): the
        # asset code is the catalogue's slip, not the account's
        and category not in ACCOUNTS.consumed_account_categories
    ):
        used_up = (
            f"adalah aset tetap ({allowed.basis}), bukan barang habis pakai rekening "
            f"'{line.account_name}': semestinya rekening peralatan ({_listed(allowed.prefixes)}, "
            f"atau belanja barang untuk peralatan bila di bawah batas kapitalisasi)"
        )
        return Verdict.MISMATCH, _mismatch(line, reference, used_up, policy)
    verdict, reason = account_verdict(
        line.kode_rekening,
        line.harga_satuan,
        allowed,
        policy.capitalisation_threshold,
        bought=bought_new(line),
        named_by_account=account_names_item(line),
        built_in=may_be_built_in(line),
        cheap=cheap,
        capital_section=catalogued_as_asset(reference),
    )
    if verdict is not Verdict.MISMATCH or reason is None:
        return verdict, None
    return verdict, _mismatch(line, reference, reason, policy)


def _mismatch(line: RkaLine, reference: PriceReference, reason: str, policy: ReviewPolicy) -> Finding:
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=None,
        type=FindingType.ACCOUNT_MISMATCH,
        severity=max(policy.severity(line.jumlah), Severity.SEDANG, key=lambda s: s.rank),
        message=(
            f"Kode rekening {line.kode_rekening} tidak sesuai untuk '{line.uraian}': acuan "
            f"'{reference.description()}' {reason}."
        ),
        evidence=[
            Evidence(
                kind=EvidenceKind.PRICE_REFERENCE,
                text=reference.citation(),
                document_id=reference.document_id,
                source=reference.source_document,
                page=reference.page,
            )
        ],
        reference=reference,
        amount_at_stake=line.jumlah,
        confidence=0.85,
    )
