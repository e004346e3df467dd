"""Review an RKA line by line: the offline reviewer (rules + retrieval), pure and synchronous.

Embeddings, evidence from the OPD's documents and an LLM's second opinion are computed by the
service layer and handed in, so that this stays testable without I/O.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import (
    Evidence,
    Finding,
    FindingType,
    Review,
    ReviewSummary,
    Rka,
    RkaLine,
    SubKegiatan,
    SubKegiatanSummary,
)

from samarinda_rka_review.domain import relevance
from samarinda_rka_review.domain.account_names import as_rented, asset_class
from samarinda_rka_review.domain.accounts import (
    GOODS_AND_SERVICES,
    Verdict,
    cheap_assets,
    check_catalogue_account,
    grounding_row,
)
from samarinda_rka_review.domain.arithmetic import (
    check_arithmetic,
    check_group_totals,
    for_fiscal_year,
    misread_catalogue_price,
    reading_notes,
)
from samarinda_rka_review.domain.checks import (
    ReviewPolicy,
    check_account,
    check_price,
    handed_over,
    implausible_match,
    price_ceiling,
)
from samarinda_rka_review.domain.duplicates import (
    DuplicateFinder,
    duplicate_finding,
    inclusion_finding,
    own_place_words,
)
from samarinda_rka_review.domain.matching import LineQuery, MatchOutcome, PriceMatcher
from samarinda_rka_review.domain.opd_functions import general_section, row_section
from samarinda_rka_review.domain.relevance import ExemplarSpace
from samarinda_rka_review.domain.taxonomy import DURABLE, ItemCategory, categorise
from samarinda_rka_review.domain.text import unit_readings

FINDING_ORDER = {t: i for i, t in enumerate(FindingType)}


def line_key(sub_index: int, line: RkaLine) -> str:
    """Unique within an RKA even when line numbers restart in each sub-kegiatan."""
    return f"{sub_index}:{line.line_id}"


def line_texts(rka: Rka) -> tuple[list[str], list[str]]:
    """Each line's key and the text its embedding is made of (what the item is, spec and unit)."""
    keys, texts = [], []
    for index, sub in enumerate(rka.sub_kegiatan):
        for line in sub.lines:
            keys.append(line_key(index, line))
            texts.append(f"{line.uraian} {line.spesifikasi or ''} {line.satuan or ''}".strip())
    return keys, texts


@dataclass
class Judged:
    """What the judge stages found: line findings, structural (subtotal/total) findings, and the
    lines whose relevance the offline reading leaves open (an LLM decides them when configured)."""

    findings: list[Finding] = field(default_factory=list)
    structural: list[Finding] = field(default_factory=list)
    ambiguous: list[AmbiguousLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for the reviewer, not findings (OCR readings)


@dataclass(frozen=True)
class AmbiguousLine:
    key: str
    sub_index: int
    line: RkaLine
    reason: str


def survives_recoding(fit: relevance.Verdict, category: ItemCategory) -> relevance.Verdict:
    """The fit of a line that also goes back to be recoded. Recoding settles what kind of spending
    it is, so a durable bought where the output needs none (a laptop booked as stationery for a
    planning document) is an account finding only. It does not make goods of another function or
    field serve the output (a blood bag in road works): that finding stands beside the account's."""
    if fit.reading is relevance.Reading.CATEGORY and category in DURABLE:
        return relevance.FIT
    return fit


def _fit(
    line: RkaLine,
    *,
    category: ItemCategory,
    sub: SubKegiatan,
    catalogued: bool,
    section: str | None,
    vector: Sequence[float] | None,
    space: ExemplarSpace | None,
    opd_name: str | None,
    siblings: Sequence[SubKegiatan] = (),
    supply: bool = False,
) -> relevance.Verdict:
    """The line's relevance verdict (a sub-kegiatan whose name was not read, ``hal. 1``, gives
    no purpose to judge fit against: its OPD's function only)."""
    if not sub.named:
        return relevance.judge_by_function(line, sub, opd_name=opd_name, catalogue_section=section)
    return relevance.judge(
        line,
        category,
        sub,
        handed_over=handed_over(line),
        catalogued=catalogued,
        vector=vector,
        space=space,
        opd_name=opd_name,
        catalogue_section=section,
        siblings=siblings,
        supply=supply,
    )


def bought_as_supply(line: RkaLine, row: PriceReference | None, policy: ReviewPolicy) -> bool:
    """The catalogue files the line's row as persediaan (a supplies kode barang) in a section of
    what every function buys (:func:`general_section`: office or computer supplies), and the line
    buys it below the capitalisation threshold on a belanja barang account: catalogue and account
    agree the item is used up in the work (a wifi router for a training room), so it is
    no equipment the output must call for. Each alone says little: some catalogues file printers
    under persediaan, and a cheap tool is still a field's tool."""
    if row is None or not line.kode_rekening or not line.kode_rekening.startswith(GOODS_AND_SERVICES):
        return False
    found = asset_class(row.kode_barang)
    return (
        found is not None
        and not found[1]
        and general_section(row.kelompok)
        and 0 < line.harga_satuan < policy.capitalisation_threshold
    )


def _match(
    matcher: PriceMatcher, line: RkaLine, vector: Sequence[float] | None, policy: ReviewPolicy
) -> MatchOutcome | None:
    """The line's catalogue match. A scanned unit no unit is written as (``Buan``) is read as a
    unit one letter from it only when a catalogue row in that unit then prices the line: the
    catalogue, not the guess, says which unit was printed."""
    if not len(matcher):
        return None
    query = LineQuery(
        line.uraian, line.spesifikasi, line.satuan, line.account_name, line.harga_satuan, line.read_by_ocr
    )
    outcome = matcher.match(query, vector)
    if not line.read_by_ocr or outcome.credible(policy.match_threshold) is not None:
        return outcome
    readings = (matcher.match(replace(query, satuan=unit), vector) for unit in unit_readings(line.satuan))
    agreeing = [
        found
        for found in readings
        if (best := found.credible(policy.match_threshold)) is not None and best.unit_compatible
    ]
    return max(agreeing, key=lambda found: found.best.confidence if found.best else 0.0, default=outcome)


def _misread_price(line: RkaLine, finding: Finding, outcome: MatchOutcome, policy: ReviewPolicy) -> bool:
    """An overprice that is a scan's misreading of the catalogue price the line repeats: no finding
    rather than a wrong one (:func:`misread_catalogue_price`)."""
    best = outcome.credible(policy.match_threshold)
    return (
        finding.type is FindingType.OVERPRICED
        and best is not None
        and misread_catalogue_price(line, price_ceiling(line, best))
    )


def review_findings(
    rka: Rka,
    matcher: PriceMatcher,
    policy: ReviewPolicy,
    *,
    query_vectors: Mapping[str, Sequence[float]] | None = None,
    evidence: Mapping[str, list[Evidence]] | None = None,
    relevance_space: ExemplarSpace | None = None,
) -> Judged:
    """Every line through the judge stages (arithmetic, duplicate, account, relevance, price)."""
    judged = Judged()
    # A total is read with the PPN rates that are the law in the RKA's year.
    policy = for_fiscal_year(policy, rka.fiscal_year)
    duplicates = DuplicateFinder(own=own_place_words(rka.opd_name), year=rka.fiscal_year)
    vectors = query_vectors or {}
    outcomes = {
        line_key(sub_index, line): _match(matcher, line, vectors.get(line_key(sub_index, line)), policy)
        for sub_index, sub in enumerate(rka.sub_kegiatan)
        for line in sub.lines
    }
    # How the RKA itself books cheap assets of a class settles whether one capitalised is wrong.
    cheap = cheap_assets(
        ((line, outcomes[line_key(i, line)]) for i, sub in enumerate(rka.sub_kegiatan) for line in sub.lines),
        policy,
    )
    for sub_index, sub in enumerate(rka.sub_kegiatan):
        sub_ref = sub.kode or sub.nama
        judged.structural.extend(check_group_totals(sub, policy))
        duplicates.enter(sub_index, sub.lines)
        for line in sub.lines:
            key = line_key(sub_index, line)
            line_findings = check_arithmetic(line, sub_ref, policy)
            judged.notes.extend(reading_notes(line, sub_ref, policy))
            outcome = outcomes[key]
            category = as_rented(line, categorise(line.uraian, line.spesifikasi))
            # The matched catalogue row says where the item is booked; the item's category only
            # when no row (or a row silent on accounts) matches.
            verdict, account = (
                check_catalogue_account(line, outcome, policy, category, cheap) if outcome else (None, None)
            )
            row = outcome.credible(policy.match_threshold) if outcome else None
            if verdict is None or verdict is Verdict.JENIS_ONLY:
                account = check_account(
                    line,
                    category,
                    policy,
                    capital_settled=verdict is not None,
                    # what the line is: its credible row, the row it matches in all but size, or
                    # the row it matches in all but unit on a match as firm as a duplicate needs
                    row=grounding_row(outcome, policy.match_threshold, policy.duplicate_match_floor)
                    if outcome
                    else None,
                )
            repeat = duplicates.repeat(sub_index, line, sub_ref)
            if row is not None:
                # Two wordings of one catalogue item (``Honor pembicara`` / ``Honorarium
                # narasumber``) share no words to compare, but they share the row they are priced by.
                repeat = (
                    duplicates.repeat_of_row(
                        sub_index,
                        line,
                        row.reference.id,
                        row.reference.description(),
                        # a row priced many times below the line is not what the line buys
                        # (another model: the price check's implausible match), however alike
                        # their words: it names the line's item loosely, not firmly
                        firm=outcome is not None
                        and outcome.told_apart(policy.duplicate_match_floor, policy.duplicate_match_margin)
                        and not implausible_match(line.harga_satuan, price_ceiling(line, row), policy),
                        row_spec=row.reference.spesifikasi,
                        misbooked=account is not None,
                    )
                    or repeat
                )
            if repeat is not None:
                line_findings.append(
                    duplicate_finding(line, repeat.first, sub_ref, repeat.same_sub, policy, repeat.sub)
                )
            elif (package := duplicates.package_of(sub_index, line)) is not None:
                line_findings.append(inclusion_finding(line, package, sub_ref, policy))
            catalogued = bool(outcome and outcome.best and outcome.best.confidence >= policy.match_threshold)
            best = outcome.best if catalogued and outcome else None
            section = row_section(best.reference.kelompok, best.reference.uraian) if best else None
            fit_of = partial(
                _fit,
                category=category,
                sub=sub,
                catalogued=catalogued,
                section=section,
                vector=vectors.get(key),
                space=relevance_space,
                opd_name=rka.opd_name,
                siblings=rka.sub_kegiatan,
                supply=bought_as_supply(line, best.reference if best else None, policy),
            )
            fit = fit_of(line)
            if account is not None and fit.off_target and fit.personal:
                # A personal purchase is cut, not recoded.
                account = None
            elif account is not None:
                # A line coded to the wrong account goes back to be recoded, and its account says
                # nothing of what it buys: its fit is judged on its own words and catalogue row.
                fit = survives_recoding(fit_of(line.model_copy(update={"account_name": None})), category)
            if fit.off_target:
                line_findings.append(
                    relevance.off_target_finding(line, sub, fit, policy.severity(line.jumlah))
                )
            elif fit.ambiguous:
                judged.ambiguous.append(AmbiguousLine(key, sub_index, line, fit.reason))
            if account is not None:
                line_findings.append(account.model_copy(update={"sub_kegiatan": sub_ref}))
            if outcome is not None:
                price = check_price(line, sub_ref, outcome, policy, list((evidence or {}).get(key, [])))
                if price is not None and not _misread_price(line, price, outcome, policy):
                    line_findings.append(price)
            judged.findings.extend(sorted(line_findings, key=lambda f: FINDING_ORDER[f.type]))
    return judged


def summarise(rka: Rka, findings: Sequence[Finding], structural: Sequence[Finding]) -> ReviewSummary:
    by_line: dict[str, list[Finding]] = {}
    for finding in findings:
        by_line.setdefault(f"{finding.sub_kegiatan}|{finding.line_id}", []).append(finding)

    def line_saving(items: list[Finding]) -> int:
        return max((f.potential_saving for f in items), default=0)

    def line_stake(items: list[Finding]) -> int:
        return max((f.amount_at_stake for f in items), default=0)

    subs: list[SubKegiatanSummary] = []
    for sub in rka.sub_kegiatan:
        sub_ref = sub.kode or sub.nama
        flagged = [by_line[k] for k in (f"{sub_ref}|{line.line_id}" for line in sub.lines) if k in by_line]
        subs.append(
            SubKegiatanSummary(
                kode=sub.kode,
                nama=sub.nama,
                lines=len(sub.lines),
                flagged_lines=len(flagged),
                total=sum(line.jumlah for line in sub.lines),
                amount_at_stake=sum(line_stake(items) for items in flagged),
                potential_saving=sum(line_saving(items) for items in flagged),
            )
        )
    everything = [*findings, *structural]
    return ReviewSummary(
        lines=sum(s.lines for s in subs),
        flagged_lines=sum(s.flagged_lines for s in subs),
        potential_saving=sum(s.potential_saving for s in subs),
        total=sum(s.total for s in subs),
        amount_at_stake=sum(s.amount_at_stake for s in subs),
        findings_by_type=dict(Counter(f.type.value for f in everything)),
        findings_by_severity=dict(Counter(f.severity.value for f in everything)),
        sub_kegiatan=subs,
    )


def review_id_for(opd: str, rka_id: str) -> str:
    """Reviews are keyed by (OPD, RKA): another OPD naming the same RKA id gets its own review."""
    return "rv-" + hashlib.sha256(f"{opd}\x00{rka_id}".encode()).hexdigest()[:32]


def rka_fingerprint(rka: Rka) -> str:
    """A stable id for an RKA that came without one (same content → same id → same review)."""
    # What the intake could not read is no part of the content: the same lines, the same id.
    content = rka.model_dump_json(exclude={"rka_id", "intake_warnings"})
    return hashlib.sha256(content.encode()).hexdigest()[:24]


def review_rka(
    rka: Rka,
    matcher: PriceMatcher,
    policy: ReviewPolicy | None = None,
    *,
    query_vectors: Mapping[str, Sequence[float]] | None = None,
    evidence: Mapping[str, list[Evidence]] | None = None,
    relevance_space: ExemplarSpace | None = None,
    warnings: Sequence[str] = (),
) -> Review:
    return review_with_open_questions(
        rka,
        matcher,
        policy,
        query_vectors=query_vectors,
        evidence=evidence,
        relevance_space=relevance_space,
        warnings=warnings,
    )[0]


def review_with_open_questions(
    rka: Rka,
    matcher: PriceMatcher,
    policy: ReviewPolicy | None = None,
    *,
    query_vectors: Mapping[str, Sequence[float]] | None = None,
    evidence: Mapping[str, list[Evidence]] | None = None,
    relevance_space: ExemplarSpace | None = None,
    warnings: Sequence[str] = (),
) -> tuple[Review, list[AmbiguousLine]]:
    """The review, and the lines whose relevance only an LLM (when configured) can settle."""
    policy = policy or ReviewPolicy()
    judged = review_findings(
        rka,
        matcher,
        policy,
        query_vectors=query_vectors,
        evidence=evidence,
        relevance_space=relevance_space,
    )
    findings, structural = judged.findings, judged.structural
    rka_id = rka.rka_id or rka_fingerprint(rka)
    all_warnings = [*warnings, *(w.message() for w in rka.intake_warnings), *judged.notes]
    if len(matcher) == 0:
        all_warnings.append("Tidak ada katalog harga (SSH/SBU/HSPK): pemeriksaan harga tidak dilakukan.")
    all_warnings.extend(
        f"Nama sub kegiatan di {sub.nama} tidak terbaca: kesesuaian belanja dinilai menurut fungsi OPD saja."
        for sub in rka.sub_kegiatan
        if not sub.named
    )
    review = Review(
        review_id=review_id_for(rka.opd, rka_id),
        rka_id=rka_id,
        opd=rka.opd,
        fiscal_year=rka.fiscal_year,
        findings=findings,
        structural_findings=structural,
        summary=summarise(rka, findings, structural),
        catalogue_size=len(matcher),
        warnings=all_warnings,
    )
    return review, judged.ambiguous
