"""The line checks, one pure function per finding type. Messages are for a budget reviewer."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import (
    Evidence,
    EvidenceKind,
    Finding,
    FindingType,
    RkaLine,
    Severity,
)
from samarinda_common.rupiah import format_rupiah as rp

from samarinda_rka_review.domain.account_names import (
    account_words,
    asset_class,
    capitalised_cost,
    installed_component,
    is_tax_line,
    item_name,
    item_words,
    not_purchased,
    other_office_objek,
    parts_account,
    printing_as_printed_matter,
    role_fee_under_labour,
    section_of_assets,
    section_of_services,
    service_bought_as_goods,
    service_by_name,
)
from samarinda_rka_review.domain.figures import quoted, round_rupiah, show_number
from samarinda_rka_review.domain.matching import Match, MatchOutcome
from samarinda_rka_review.domain.opd_functions import section_functions
from samarinda_rka_review.domain.price_basis import ceiling_before_line_tax
from samarinda_rka_review.domain.rules import ACCOUNTS, REVIEW
from samarinda_rka_review.domain.taxonomy import (
    CONSUMABLE_OR_SERVICE,
    DURABLE,
    ItemCategory,
    categorise,
    names_category,
)
from samarinda_rka_review.domain.text import canonical_unit, normalise

GOODS_AND_SERVICES = "5.1.02"
GOODS = "5.1.02.01"
SERVICES = "5.1.02.02"
CAPITAL = "5.2"


@dataclass(frozen=True)
class ReviewPolicy:
    """Knobs of the review; defaults follow common Perwali practice."""

    overprice_tolerance: Decimal = Decimal(0)  # SSH prices are ceilings
    match_threshold: float = 0.55
    # Two lines priced by one catalogue row are one purchase only on a firmer match than pricing
    # needs: a loose match may stand for two neighbouring items.
    duplicate_match_floor: float = 0.65
    # ... or on a credible match this far clear of the next row: nothing near to mistake it for.
    duplicate_match_margin: float = 0.2
    # A unit price this many times the matched row's (per the line's unit) is not read as an
    # overprice: budgets overshoot a standard price by tens of percent, not several times, so the
    # match is more likely another item of a similar name (a set for a piece, a machine for its
    # part) and the line is reported as having no price reference, with the row shown as the
    # nearest one and the ratio as the reason.
    implausible_price_ratio: Decimal = Decimal(4)
    capitalisation_threshold: int = 1_000_000  # rupiah per unit
    high_severity_from: int = 10_000_000  # rupiah at stake
    medium_severity_from: int = 1_000_000
    arithmetic_tolerance: int = 1  # rupiah
    reference_required_prefixes: tuple[str, ...] = (GOODS_AND_SERVICES, CAPITAL)
    implied_ppn_rates: tuple[Decimal, ...] = field(default=(Decimal(11), Decimal(12), Decimal(10)))

    def severity(self, at_stake: int) -> Severity:
        if at_stake >= self.high_severity_from:
            return Severity.TINGGI
        if at_stake >= self.medium_severity_from:
            return Severity.SEDANG
        return Severity.RENDAH


def price_ceiling(line: RkaLine, best: Match) -> int:
    """The price the line may ask: its row's on the line's tax basis (see price_basis) and, for a
    reference in another unit of the same quantity, per the line's unit; a fraction of a rupiah is
    given to the line (the ceiling is rounded up)."""
    basis = ceiling_before_line_tax(best.reference, line)
    factor = best.conversion.factor if best.conversion else Decimal(1)
    return int((basis * factor).to_integral_value(rounding=ROUND_CEILING))


def check_price(
    line: RkaLine, sub: str | None, outcome: MatchOutcome, policy: ReviewPolicy, evidence: list[Evidence]
) -> Finding | None:
    best = outcome.credible(policy.match_threshold)
    if best is None:
        if not requires_reference(line, policy):
            return None
        if line.read_by_ocr and not line.harga_satuan:
            # A scan whose price cell came out empty: no price to check, and the words that found
            # no row were read from the same blotted row.
            return None
        return _no_reference(line, sub, outcome, policy, evidence)
    reference = best.reference
    printed = int(ceiling_before_line_tax(reference, line).to_integral_value(rounding=ROUND_CEILING))
    ceiling = price_ceiling(line, best)
    allowed = round_rupiah(ceiling * (1 + policy.overprice_tolerance / 100))
    if line.harga_satuan <= allowed:
        return None
    if implausible_match(line.harga_satuan, ceiling, policy):
        if not requires_reference(line, policy):
            return None
        return _no_reference(line, sub, outcome, policy, evidence, implausible=ceiling)
    excess = line.harga_satuan - ceiling
    saving = round_rupiah(excess * line.volume)
    percent = (Decimal(excess) * 100 / ceiling).quantize(Decimal("0.1")) if ceiling else Decimal(0)
    if best.conversion:
        per_unit = (
            f"{rp(ceiling)}/{line.satuan} ({best.conversion.reason}; acuan {rp(printed)}/{reference.satuan})"
        )
    else:
        per_unit = f"{rp(ceiling)}/{reference.satuan or line.satuan or 'satuan'}"
    message = (
        f"Harga satuan {rp(line.harga_satuan)} melebihi {reference.kind.value}"
        f"{' ' + str(reference.tahun) if reference.tahun else ''} '{reference.description()}' "
        f"{per_unit} (selisih {rp(excess)} atau "
        f"{show_number(percent)}%). Potensi penghematan {rp(saving)} untuk volume {show_number(line.volume)}."
    )
    conversion_note = (
        [Evidence(kind=EvidenceKind.COMPUTATION, text=best.conversion.reason)] if best.conversion else []
    )
    # Why this row was taken for the line, so the reviewer can check the pairing itself.
    match_note = (
        [Evidence(kind=EvidenceKind.RULE, text="dicocokkan: " + "; ".join(best.why), score=best.confidence)]
        if best.why
        else []
    )
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.OVERPRICED,
        severity=policy.severity(saving),
        message=message,
        evidence=[
            Evidence(
                kind=EvidenceKind.PRICE_REFERENCE,
                text=reference.citation(),
                document_id=reference.document_id,
                source=reference.source_document,
                page=reference.page,
                score=best.confidence,
            ),
            *conversion_note,
            *match_note,
            *evidence,
        ],
        reference=reference,
        potential_saving=saving,
        amount_at_stake=saving,
        confidence=best.confidence,
    )


def implausible_match(price: int, ceiling: int, policy: ReviewPolicy) -> bool:
    """Whether a unit price is too many times the matched row's for the row to be the item's
    (see ``ReviewPolicy.implausible_price_ratio``)."""
    return ceiling > 0 and Decimal(price) > policy.implausible_price_ratio * ceiling


def requires_reference(line: RkaLine, policy: ReviewPolicy) -> bool:
    """Goods, services and capital purchases need an SSH/SBU/HSPK reference; transfers do not."""
    if not line.kode_rekening:
        return True
    return line.kode_rekening.startswith(policy.reference_required_prefixes)


def _no_reference(
    line: RkaLine,
    sub: str | None,
    outcome: MatchOutcome,
    policy: ReviewPolicy,
    evidence: list[Evidence],
    *,
    implausible: int | None = None,
) -> Finding:
    """``implausible``: the ceiling (per the line's unit) of a credible row the line's price is
    too many times (:func:`implausible_match`) to be the same item's; the row is then the closest."""
    message = (
        f"Tidak ditemukan acuan harga (SSH/SBU/HSPK) yang sepadan untuk {quoted(line)}; kewajaran "
        f"harga {rp(line.harga_satuan)}/{line.satuan or 'satuan'} perlu diperiksa (survei harga, "
        f"e-katalog atau realisasi tahun lalu)."
    )
    shown = [m for m in (outcome.unit_mismatch, outcome.spec_mismatch, outcome.best) if m is not None]
    closest = (
        outcome.best if implausible is not None else max(shown, key=lambda m: m.confidence, default=None)
    )
    notes = list(evidence)
    if closest is not None:
        if implausible is not None:
            ratio = (Decimal(line.harga_satuan) / implausible).quantize(Decimal("0.1"))
            reason = (
                f"tidak dipakai: harga satuan {show_number(ratio)} kali acuan ini "
                f"({rp(implausible)}/{line.satuan or 'satuan'}), lebih dari "
                f"{show_number(policy.implausible_price_ratio)} kali, sehingga kemungkinan barang lain "
                f"yang namanya mirip"
            )
        elif closest is outcome.unit_mismatch:
            reason = (
                f"bersatuan berbeda ({line.satuan or '-'} lawan {closest.reference.satuan or '-'}, "
                f"tidak dapat dikonversi)"
            )
        elif closest is outcome.spec_mismatch:
            reason = f"berbeda spesifikasi: {closest.reasons[0]}"
        else:
            reason = f"kemiripan rendah ({closest.confidence:.2f})"
        message += (
            f" Acuan terdekat '{closest.reference.description()}' "
            f"{rp(closest.reference.harga)}/{closest.reference.satuan or '-'} {reason}."
        )
        notes.insert(
            0,
            Evidence(
                kind=EvidenceKind.PRICE_REFERENCE,
                text=closest.reference.citation(),
                document_id=closest.reference.document_id,
                source=closest.reference.source_document,
                page=closest.reference.page,
                score=closest.confidence,
            ),
        )
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.NO_PRICE_REFERENCE,
        severity=policy.severity(line.jumlah),
        message=message,
        evidence=notes,
        amount_at_stake=line.jumlah,
        confidence=0.7,
    )


def check_account(
    line: RkaLine,
    category: ItemCategory,
    policy: ReviewPolicy,
    *,
    capital_settled: bool = False,
    row: PriceReference | None = None,
) -> Finding | None:
    """``capital_settled``: the matched catalogue row has already decided between belanja barang
    and belanja modal (:mod:`accounts`); the category judges only the rest. ``row``: the line's
    catalogue row that says what the line is (:func:`accounts.grounding_row`), which places goods the
    line's own words do not."""
    code = line.kode_rekening or ""
    # A tax line follows the goods it taxes; an unknown account is judged by its jenis (prefix)
    # and its name below, never refused for being unknown.
    if is_tax_line(line):
        return None
    # Equipment the taxonomy cannot place is known by its catalogue row's section of assets.
    as_equipment = category is ItemCategory.OTHER and row is not None and section_of_assets(row.kelompok)
    reason = (
        _account_problem(line, category, code, policy, capital_settled, as_equipment=as_equipment)
        or filed_as_other_goods(line, category, row)
        or hired_as_goods(line, category, row)
    )
    if reason is None:
        return None
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=None,
        type=FindingType.ACCOUNT_MISMATCH,
        severity=max(policy.severity(line.jumlah), Severity.SEDANG, key=lambda s: s.rank),
        message=f"Kode rekening {code} tidak sesuai untuk {quoted(line)}: {reason}.",
        evidence=[
            Evidence(
                kind=EvidenceKind.RULE,
                # The ground of the verdict: the account is read by its jenis and its name, never
                # looked up in a list of codes (an unknown objek or rincian is no mismatch).
                text=(
                    f"kategori {category.value}; rekening {code} {line.account_name or ''}".strip()
                    + f"; dinilai dari jenis belanja {_jenis(code)} dan nama rekening"
                ),
            )
        ],
        amount_at_stake=line.jumlah,
        confidence=0.8,
    )


def _jenis(code: str) -> str:
    return ".".join(code.split(".")[:3]) or "-"


def handed_over(line: RkaLine) -> bool:
    """Goods bought to be given to the public or a third party (their account says so)."""
    account = normalise(line.account_name)
    return any(w in account for w in REVIEW.accounts.handed_over_words)


# Account groups named after one kind of spending, and the item categories they can hold.
# An item of another clearly identified kind is coded to the wrong account (a meal under a
# rental account); items the taxonomy cannot place are left alone.
ACCOUNT_KINDS = tuple(
    (kind.account_word, kind.categories, kind.exclusive, kind.foreign) for kind in REVIEW.accounts.kind
)
CLEARLY_OF_ANOTHER_KIND = REVIEW.accounts.clearly_identified | DURABLE


def account_name_of(line: RkaLine) -> str | None:
    """The line's account name, or the chart's name of its code (the longest prefix named) when
    the RKA printed the code alone or a name that says nothing of its kind (``Belanja``, an OCR
    that kept the first word only)."""
    if names_a_kind(line.account_name):
        return line.account_name
    code = line.kode_rekening or ""
    named = [prefix for prefix in ACCOUNTS.code_names if code == prefix or code.startswith(prefix + ".")]
    return ACCOUNTS.code_names[max(named, key=len)] if named else line.account_name


def names_a_kind(account_name: str | None) -> bool:
    """Whether an account name has a word beyond those every name carries (``Belanja``)."""
    return any(word not in ACCOUNTS.unnamed_account_words for word in normalise(account_name).split())


def maintained_asset(account_name: str | None) -> ItemCategory | None:
    """The kind of asset a maintenance account keeps, read from the words after its maintenance
    word (``Pemeliharaan Alat Angkutan ... Kendaraan Bermotor`` keeps vehicles); None for any
    other account or an asset the taxonomy cannot place (a building)."""
    words = normalise(account_name)
    for word in ACCOUNTS.maintenance_account_words:
        _, found, asset = f" {words} ".partition(f" {word} ")
        if found:
            kept = categorise(asset)
            return None if kept in (ItemCategory.OTHER, ItemCategory.MAINTENANCE) else kept
    return None


def _upkeep_problem(line: RkaLine, category: ItemCategory, placed_goods: bool) -> str | None:
    """Goods the line's own words clearly place (a disk, stationery, a meal, relief goods) under an
    account that keeps an asset of another kind in repair (a car): not that asset's upkeep."""
    name = account_name_of(line)
    kept = maintained_asset(name)
    if kept is None or not placed_goods or category in (kept, *ACCOUNTS.upkeep_categories):
        return None
    if category not in CLEARLY_OF_ANOTHER_KIND and category not in REVIEW.accounts.goods:
        return None
    return f"{category.value} bukan pemeliharaan {kept.value} yang menjadi jenis belanja rekening '{name}'"


def _account_kind_problem(line: RkaLine, category: ItemCategory) -> str | None:
    name = account_name_of(line)
    account = account_words(name)
    if category in REVIEW.accounts.goods and _buys_no_goods(account) and not not_purchased(line):
        return f"{category.value} adalah barang, sedangkan rekening '{name}' bukan untuk membeli barang"
    # A job contracted whole (``Jasa dokumentasi`` per ``Paket``) is no fee paid to a person either.
    if category in (ItemCategory.OTHER, ItemCategory.SERVICE) and counted_as_goods_under_fees(line, account):
        return (
            f"dihitung per {line.satuan} (barang atau pekerjaan), sedangkan rekening '{name}' "
            "untuk honorarium orang"
        )
    if category is ItemCategory.OTHER and counted_as_goods_on_trips(line, account):
        return f"dihitung per {line.satuan} (barang), sedangkan rekening '{name}' untuk perjalanan dinas"
    # A service may deliver an exclusive account's goods (catering for a meals account); what the
    # taxonomy cannot place is never judged, nor what only the spec places (`Gas 3 kg` with
    # `isi ulang` is fuel, not upkeep).
    placed_goods = category not in (ItemCategory.OTHER, ItemCategory.SERVICE) and (
        categorise(item_name(line)) is category
    )
    upkeep = _upkeep_problem(line, category, placed_goods)
    if upkeep is not None:
        return upkeep
    objek = other_office_objek(line, name)
    if objek is not None:
        return f"barang jenis {objek}, bukan jenis belanja rekening '{name}'"
    role = role_fee_under_labour(line, name) if category is ItemCategory.HONORARIUM else None
    if role is not None:
        return f"honorarium {role} memiliki rekening honorarium sendiri, bukan jasa tenaga '{name}'"
    item = item_words(line)
    for words, allowed, exclusive, foreign in ACCOUNT_KINDS:
        if not (category in CLEARLY_OF_ANOTHER_KIND or ((exclusive or category in foreign) and placed_goods)):
            continue
        # the line naming the account's kind itself (`Kursi lipat (sewa)` under sewa) belongs there
        if f" {words} " in account and category not in allowed and f" {words} " not in item:
            return f"{category.value} tidak termasuk jenis belanja rekening '{name}'"
    return None


def filed_as_other_goods(line: RkaLine, category: ItemCategory, row: PriceReference | None) -> str | None:
    """An account that holds one kind only (meals, fuel) with a line its own words place in no
    category, whose catalogue row is filed as goods of another kind: the row's name or its section
    (``ALAT TULIS KANTOR`` for a calculator under meals) places it where the taxonomy's words do
    not, or the row's kode barang files it as goods in a section the taxonomy cannot place
    (``ALAT BENGKEL`` for a spanner under fuel). A section of services places nothing (catering
    delivers a meals account's goods, a meeting package is no goods), nor one that names the
    account's own kind."""
    if category is not ItemCategory.OTHER or row is None:
        return None
    name = account_name_of(line)
    account, item = account_words(name), item_words(line)
    section = account_words(row.kelompok)
    placed = {categorise(row.uraian, row.spesifikasi), categorise(row.kelompok or "")}
    # goods of a function's own class (a farming section) are of another kind than any meal
    of_a_function = bool(section_functions(row.kelompok))
    # the catalogue's kode barang files the row as supplies or a fixed asset: goods, not work
    filed_as_goods = asset_class(row.kode_barang) is not None
    for words, allowed, exclusive, _ in ACCOUNT_KINDS:
        if not exclusive or f" {words} " not in account or f" {words} " in item or f" {words} " in section:
            continue
        unplaced = placed <= {ItemCategory.OTHER} and not of_a_function and not filed_as_goods
        # a row the catalogue codes as goods is no service whatever its section's words
        # (``ALAT LISTRIK``: the taxonomy reads ``listrik`` as the utility)
        a_service = ItemCategory.SERVICE in placed and not filed_as_goods
        if unplaced or a_service or placed & set(allowed):
            return None
        where = f" (kelompok '{row.kelompok}')" if row.kelompok else ""
        return f"acuan katalog '{row.uraian}'{where} bukan jenis belanja rekening '{name}'"
    return None


def hired_as_goods(line: RkaLine, category: ItemCategory, row: PriceReference | None) -> str | None:
    """A line its own words do not place (or place as a service), priced by a catalogue row the
    catalogue files among work or hire (a ``JASA`` section) and says nothing else of (no kode
    barang, no account), booked to belanja barang (5.1.02.01): a service booked as goods. A
    printing row is left alone: charts book printing and copying as printed goods."""
    if (
        row is None
        or category not in (ItemCategory.OTHER, ItemCategory.SERVICE)
        or not (line.kode_rekening or "").startswith(GOODS)
        or row.kode_barang
        or row.akun
        or not section_of_services(row.kelompok)
        or categorise(row.uraian, row.spesifikasi) is ItemCategory.PRINTING
        or names_category(row.uraian, ItemCategory.PRINTING)  # ``Jasa Cetak Brosur``
        or handed_over(line)
    ):
        return None
    return (
        f"acuan katalog '{row.uraian}' (kelompok '{row.kelompok}') adalah jasa ({SERVICES}), "
        f"bukan belanja barang ({GOODS})"
    )


def counted_as_goods_on_trips(line: RkaLine, account: str) -> bool:
    """The line sits under an account of official trips yet counts things (``Buah``, ``Gulung``),
    not persons, days or journeys, nor a trip bought whole (``Paket``)."""
    on_trips = any(f" {word} " in account for word in ACCOUNTS.trip_account_words)
    unit = canonical_unit(line.satuan)
    return on_trips and unit in ACCOUNTS.piece_units and unit not in ACCOUNTS.trip_package_units


def counted_as_goods_under_fees(line: RkaLine, account: str) -> bool:
    """The line sits under an account of fees paid to people (as :func:`account_words` reads it)
    yet counts things (``Set``, ``Paket``), not persons or their time (``OJ``, ``OK``)."""
    pays_people = any(f" {word} " in account for word in ACCOUNTS.people_account_words)
    return pays_people and canonical_unit(line.satuan) in ACCOUNTS.piece_units


def _buys_no_goods(account: str) -> bool:
    """Whether an account (as :func:`account_words` reads it) pays fees, trips or rentals only."""
    return any(f" {word} " in account for word in ACCOUNTS.no_goods_account_words)


def _account_problem(
    line: RkaLine,
    category: ItemCategory,
    code: str,
    policy: ReviewPolicy,
    capital_settled: bool,
    *,
    as_equipment: bool = False,
) -> str | None:
    if not capital_settled:
        capital = _capital_problem(line, category, code, policy, as_equipment=as_equipment)
        return capital or _kind_problem(line, category, code)
    return _kind_problem(line, category, code)


def _capital_problem(
    line: RkaLine, category: ItemCategory, code: str, policy: ReviewPolicy, *, as_equipment: bool = False
) -> str | None:
    """Belanja barang vs belanja modal, judged from the item's category (or, ``as_equipment``, its
    catalogue section of assets) and unit price."""
    threshold = policy.capitalisation_threshold
    if (
        code.startswith(GOODS_AND_SERVICES)
        and (category in DURABLE or as_equipment)
        and line.harga_satuan >= threshold
        and not handed_over(line)
        and not code.startswith("5.1.02.03")
        and not not_purchased(line)
        and not parts_account(line)
    ):
        return (
            f"barang modal tahan lama dengan harga satuan {rp(line.harga_satuan)} (≥ batas kapitalisasi "
            f"{rp(threshold)}) semestinya dianggarkan pada Belanja Modal 5.2.02 (Peralatan dan Mesin), "
            f"bukan Belanja Barang dan Jasa 5.1.02"
        )
    if (
        code.startswith(CAPITAL)
        and category in CONSUMABLE_OR_SERVICE
        # planning, supervision, installation and delivery are part of the asset's cost
        and not capitalised_cost(line)
        # `Listrik, 200 watt` in a machine's spec does not make the machine a service
        and service_by_name(line, category)
    ):
        return (
            f"{category.value} bukan aset tetap, semestinya dianggarkan pada Belanja Barang dan Jasa 5.1.02, "
            f"bukan Belanja Modal 5.2"
        )
    # Equipment (5.2.02) is capitalised only from the threshold up; buildings, roads and 5.2.05
    # assets (books, animals) include cheaper components or are capitalised whatever their price.
    if (
        code.startswith("5.2.02")
        and category not in CONSUMABLE_OR_SERVICE
        and 0 < line.harga_satuan < threshold
        and not capitalised_cost(line)  # delivering or installing the equipment: its cost
    ):
        return (
            f"harga satuan {rp(line.harga_satuan)} di bawah batas kapitalisasi {rp(threshold)}, semestinya "
            f"dianggarkan pada Belanja Barang dan Jasa 5.1.02, bukan Belanja Modal"
        )
    if (
        code.startswith(("5.2.01", "5.2.03", "5.2.04"))
        and category in DURABLE
        and not installed_component(line, category)
    ):
        return "peralatan dan mesin semestinya dianggarkan pada Belanja Modal Peralatan dan Mesin 5.2.02"
    return None


def _kind_problem(line: RkaLine, category: ItemCategory, code: str) -> str | None:
    """The account's kind (sub-class of equipment, honorarium, travel, named kinds) vs the item."""
    if (
        code.startswith("5.2.02")
        and category is ItemCategory.VEHICLE
        and not code.startswith(("5.2.02.01", "5.2.02.02"))
    ):
        return "kendaraan semestinya dianggarkan pada Belanja Modal Alat Angkutan 5.2.02.02"
    if (
        (category in ACCOUNTS.service_categories or service_bought_as_goods(line, category))
        and code.startswith(GOODS)
        and not handed_over(line)
        and not printing_as_printed_matter(line)
    ):
        return f"{category.value} adalah belanja jasa ({SERVICES}), bukan belanja barang ({GOODS})"
    if (
        code.startswith(GOODS_AND_SERVICES)
        and category is ItemCategory.TRAVEL
        and not code.startswith("5.1.02.04")
        and "uangharian" in normalise(line.uraian)
    ):
        return "uang harian perjalanan dinas semestinya dianggarkan pada Belanja Perjalanan Dinas 5.1.02.04"
    return _account_kind_problem(line, category)
