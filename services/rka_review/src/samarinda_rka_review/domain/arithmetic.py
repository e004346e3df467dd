"""Judge stage: ARITHMETIC — is each figure the product and sum it claims to be?

A line's koefisien (``4 Orang x 3 Hari``) against its volume, its Jumlah against volume × harga
satuan with its PPN (a rate in percent, or — when the PPN column holds more than 100 — the tax in
rupiah), and the subtotals of account groups and the sub-kegiatan total against their lines.

Readings that are not errors of the author's are not findings: a line without a PPN column may
include PPN at a usual rate (SIPD adds it to the total), and a koefisien ``1.000`` is a thousand or
one, whichever the total follows. Uncertain ones are said so: a total leaving out the PPN rate it
states (the harga satuan may include it) and a typed total one look-alike digit off are of low
severity; on a line read by OCR such a digit makes a note to check the original, not a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from samarinda_common.rka import (
    Evidence,
    EvidenceKind,
    Finding,
    FindingType,
    RkaLine,
    Severity,
    SubKegiatan,
)
from samarinda_common.rules import RulesFile, load_rules
from samarinda_common.rupiah import format_rupiah as rp

from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.figures import round_rupiah, show_number
from samarinda_rka_review.domain.price_basis import HIGHEST_RATE
from samarinda_rka_review.domain.rka_columns import count_readings
from samarinda_rka_review.domain.rka_parser import parse_koefisien
from samarinda_rka_review.domain.rules import DATA_PACKAGE, UNITS
from samarinda_rka_review.domain.text import canonical_unit


class JumlahRules(BaseModel):
    model_config = ConfigDict(frozen=True)

    rounding_steps: tuple[int, ...] = ()
    sen_per_unit: Decimal = Decimal(0)
    confusable_digits: tuple[str, ...] = ()
    misread_confidence: float = Field(default=1.0, ge=0, le=1)
    ppn_left_out_confidence: float = Field(default=1.0, ge=0, le=1)


class PpnInForce(BaseModel):
    model_config = ConfigDict(frozen=True)

    from_year: int
    rates: tuple[Decimal, ...]


class ArithmeticRules(RulesFile):
    count_units: tuple[str, ...]
    lump_sum_units: tuple[str, ...] = ()
    jumlah: JumlahRules = JumlahRules()
    ppn_in_force: tuple[PpnInForce, ...] = ()


def load_arithmetic_rules(path: Path | None = None) -> ArithmeticRules:
    return load_rules(ArithmeticRules, DATA_PACKAGE, "arithmetic.toml", path)


RULES = load_arithmetic_rules()
_COUNT = (
    r"\d+(?:[.,]\d+)?\s*(?:"
    + "|".join(re.escape(u) for u in sorted(RULES.count_units, key=len, reverse=True))
    + r")\b\.?"
)
# Two counted factors or more: ``4 orang x 3 hari``, ``2 Org × 2 Kali × 3 Bln``.
_PRODUCT_IN_TEXT = re.compile(rf"(?i)(?<![\d.,])({_COUNT}(?:\s*[x×*]\s*{_COUNT})+)")
_LUMP_SUM = frozenset(RULES.lump_sum_units)
# In a fixed order, so that the same line always gets the same note.
_CONFUSABLE_PAIRS = tuple(sorted(tuple(sorted(pair.split())) for pair in RULES.jumlah.confusable_digits))
_CONFUSABLE = frozenset(frozenset(pair) for pair in _CONFUSABLE_PAIRS)
# Cheap test first: most texts multiply nothing.
_MULTIPLIES = re.compile(r"[xX×*]\s*\d")
# One count closing the Uraian in brackets (``Stapler (12 bh)``): the koefisien of a sheet with no
# Koefisien column, when its unit is the line's counted unit (not a measure such as ``(5 kg)``,
# which may say the size of a pack).
_BRACKETED_COUNT = re.compile(r"\((\d[\d.,]*)\s*([A-Za-z]+)\.?\)\s*$")
_MEASURES = frozenset(UNITS.physical)


def ppn_amount(line: RkaLine, rate: Decimal | None = None, volume: Decimal | None = None) -> Decimal:
    """The PPN on a line: ``rate`` (percent) if given, else the line's PPN column."""
    base = (line.volume if volume is None else volume) * line.harga_satuan
    written = line.ppn_percent if rate is None else rate
    if written is None:
        return Decimal(0)
    if written > HIGHEST_RATE:
        return written
    return base * written / 100


def expected_jumlah(line: RkaLine, ppn_percent: Decimal | None = None, volume: Decimal | None = None) -> int:
    quantity = line.volume if volume is None else volume
    return round_rupiah(quantity * line.harga_satuan + ppn_amount(line, ppn_percent, quantity))


def agrees(written: int, expected: int, volume: Decimal, policy: ReviewPolicy, unit_price: int = 0) -> bool:
    """Is ``written`` the product ``expected``, as an author writes it: within the policy's
    tolerance plus the sen a whole-rupiah harga satuan lost, or rounded to the nearest usual
    step (halves up, as SIPD rounds).

    Sen lost and rounding move a total by less than the price of one unit: a total a whole
    ``unit_price`` (the harga satuan) or more away is the product of another count — one unit
    or one koefisien factor more or less — however large the volume or round the step."""
    difference = abs(written - expected)
    if difference <= policy.arithmetic_tolerance:
        return True
    if 0 < unit_price <= difference:
        return False
    slack = policy.arithmetic_tolerance + abs(volume) * RULES.jumlah.sen_per_unit
    if difference <= slack:
        return True
    return any(
        expected % step != 0 and written == round_rupiah(Decimal(expected) / step) * step
        for step in RULES.jumlah.rounding_steps
    )


def for_fiscal_year(policy: ReviewPolicy, year: int | None) -> ReviewPolicy:
    """The policy with only the implied PPN rates that are the law in the RKA's fiscal year
    (``ppn_in_force`` of ``arithmetic.toml``); unchanged when the year is unknown or older."""
    periods = [p for p in RULES.ppn_in_force if year is not None and p.from_year <= year]
    if not periods:
        return policy
    in_force = max(periods, key=lambda p: p.from_year).rates
    return replace(policy, implied_ppn_rates=tuple(r for r in policy.implied_ppn_rates if r in in_force))


def possible_ppn_rates(line: RkaLine, policy: ReviewPolicy) -> tuple[Decimal | None, ...]:
    """The PPN rates a line's Jumlah may have been computed with (None: its PPN column's).

    Without a PPN column the total may still include PPN at a usual rate (SIPD adds it to the
    total). A PPN of 0 written is taken at its word: a total with tax on it then is an error."""
    if line.ppn_percent is None:
        return (None, *policy.implied_ppn_rates)
    if line.read_by_ocr and line.ppn_percent not in (0, *policy.implied_ppn_rates):
        # A rate no tax has (``0,57``, ``1.0``) in a scan is a misread cell: none or a usual one.
        return (None, Decimal(0), *policy.implied_ppn_rates)
    return (None,)


def ppn_left_out(line: RkaLine, volume: Decimal, policy: ReviewPolicy) -> bool:
    """A PPN rate is written but the total is volume × harga satuan without it."""
    rate = line.ppn_percent
    if rate is None or not 0 < rate <= HIGHEST_RATE:
        return False
    return agrees(line.jumlah, expected_jumlah(line, Decimal(0), volume), volume, policy, line.harga_satuan)


def _agrees_at(line: RkaLine, volume: Decimal, policy: ReviewPolicy) -> bool:
    """Does the line's Jumlah agree with ``volume`` × harga satuan at a PPN rate it may use?"""
    return any(
        agrees(line.jumlah, expected_jumlah(line, r, volume), volume, policy, line.harga_satuan)
        for r in possible_ppn_rates(line, policy)
    )


def _agrees_untaxed(line: RkaLine, volume: Decimal, policy: ReviewPolicy) -> bool:
    """Does the line's Jumlah agree with ``volume`` × harga satuan at the PPN the line states
    (none when it states none)?"""
    return agrees(line.jumlah, expected_jumlah(line, None, volume), volume, policy, line.harga_satuan)


def one_digit_readings(value: int, *, keep_leading: int = 0) -> list[int]:
    """``value`` with one digit replaced by a digit OCR confuses it with (``38`` → ``88``...);
    ``keep_leading``: the first so many digits as written."""
    text = str(value)
    found = []
    for at, digit in enumerate(text):
        if at < keep_leading:
            continue
        for pair in _CONFUSABLE_PAIRS:
            if digit not in pair:
                continue
            other = pair[1] if digit == pair[0] else pair[0]
            if at == 0 and other == "0":
                continue
            found.append(int(text[:at] + other + text[at + 1 :]))
    return found


def misreading(line: RkaLine, policy: ReviewPolicy) -> str | None:
    """Which figure of the line, read with one look-alike digit otherwise, would make its Jumlah
    agree (``jumlah Rp 1.880.000 (dengan Rp 1.330.000 baris ini sesuai)``), or None."""
    figures: list[tuple[str, str, int]] = [
        ("jumlah", "jumlah", line.jumlah),
        ("harga satuan", "harga_satuan", line.harga_satuan),
    ]
    if line.volume == line.volume.to_integral_value():
        figures.append(("volume", "volume", int(line.volume)))
    for label, name, value in figures:
        for reading in one_digit_readings(value):
            changed = line.model_copy(update={name: Decimal(reading) if name == "volume" else reading})
            if _agrees_at(changed, changed.volume, policy):
                if name == "volume":
                    shown, other = show_number(Decimal(value)), show_number(Decimal(reading))
                else:
                    shown, other = rp(value), rp(reading)
                return f"{label} {shown} (dengan {other} baris ini sesuai)"
    return None


def reading_notes(line: RkaLine, sub: str | None, policy: ReviewPolicy) -> list[str]:
    """Notes for the reviewer on a line read by OCR whose figures disagree by one look-alike digit:
    no ARITHMETIC finding is made on a reading that uncertain (see :func:`check_jumlah`)."""
    if not (line.read_by_ocr and line.jumlah and line.harga_satuan) or _agrees_at(line, line.volume, policy):
        return []
    found = misreading(line, policy)
    if found is None:
        return []
    return [
        f"Baris {line.line_id} ({line.uraian}, sub kegiatan {sub or '-'}): angka hasil pindaian tidak "
        f"cocok hanya karena satu angka yang mirip pada {found}; periksa dokumen aslinya."
    ]


def misread_catalogue_price(line: RkaLine, ceiling: int) -> bool:
    """A scanned harga satuan a look-alike digit beyond its first two from the catalogue price it
    is judged against (``95.600`` for ``95.000``): the line repeats the row's price and the scan
    misread it, an excess of a few percent at most. A first or second digit changed (``38.000``
    for ``33.000``) is an excess an author asks for, and stays a finding."""
    return line.read_by_ocr and ceiling in one_digit_readings(line.harga_satuan, keep_leading=2)


def digit_slip(written: int, expected: int) -> tuple[str, str] | None:
    """The one digit by which ``written`` differs from ``expected`` — (as written, as expected) —
    when the two differ in exactly one position and the digits are ones an OCR or a smudged
    printout confuses (``8`` for ``3``): the error may be the reading's, not the author's."""
    mine, theirs = str(abs(written)), str(abs(expected))
    if len(mine) != len(theirs):
        return None
    differing = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if len(differing) != 1:
        return None
    pair = differing[0]
    return pair if frozenset(pair) in _CONFUSABLE else None


def _formula(line: RkaLine) -> str:
    formula = f"{show_number(line.volume)} × {rp(line.harga_satuan)}"
    if line.ppn_percent and line.ppn_percent > HIGHEST_RATE:
        formula += f" + PPN {rp(int(line.ppn_percent))}"
    elif line.ppn_percent:
        formula += f" × (1 + {show_number(line.ppn_percent)}%)"
    return formula


def written_koefisien(line: RkaLine) -> str | None:
    """The koefisien of a line: its Koefisien column, or — when that holds no product — a product
    of counts written in the Uraian or Spesifikasi (``Honor panitia (5 orang x 12 bulan)``)."""
    if line.koefisien and _MULTIPLIES.search(line.koefisien):
        return line.koefisien
    if (line.satuan or "").strip().lower() in _LUMP_SUM:
        return line.koefisien
    for text in (line.uraian, line.spesifikasi):
        found = _PRODUCT_IN_TEXT.search(text) if text and _MULTIPLIES.search(text) else None
        if found:
            return found.group(1)
    return line.koefisien or bracketed_count(line.uraian, line.satuan)


def bracketed_count(uraian: str | None, satuan: str | None) -> str | None:
    """``Stapler (12 bh)`` with Satuan ``Buah`` → ``12 bh``; None when the bracket counts in another
    unit than the line's, or in a measure."""
    found = _BRACKETED_COUNT.search(uraian or "")
    if found is None:
        return None
    unit = canonical_unit(found.group(2))
    if unit is None or unit in _MEASURES or unit != canonical_unit(satuan):
        return None
    return f"{found.group(1)} {found.group(2)}"


def check_koefisien(line: RkaLine, sub: str | None, policy: ReviewPolicy) -> Finding | None:
    """The koefisien's product (``2 Orang x 3 Hari`` = 6) against the volume written."""
    koefisien = written_koefisien(line)
    koefisien_volume = parse_koefisien(koefisien)
    if koefisien_volume is None or not line.volume:
        return None
    readings = count_readings(koefisien, koefisien_volume)
    if line.volume in readings:
        return None  # ``1.000 Lembar`` against a volume of 1000 (or of 1): one count, read two ways
    # The total follows the koefisien: the volume cell was read from elsewhere — unless the total
    # is the written volume times the price as it stands while the koefisien would need a tax no
    # column states (40 × 1,1 = 44): then the author's volume disagrees with the koefisien.
    priced = bool(line.jumlah and line.harga_satuan)
    follows_koefisien = priced and any(_agrees_at(line, r, policy) for r in readings)
    author_volume = _agrees_untaxed(line, line.volume, policy) and not any(
        _agrees_untaxed(line, r, policy) for r in readings
    )
    if follows_koefisien and not author_volume:
        return None
    at_stake = round_rupiah(abs(koefisien_volume - line.volume) * line.harga_satuan)
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.ARITHMETIC,
        severity=policy.severity(at_stake),
        message=(
            f"Koefisien '{koefisien}' berjumlah {show_number(koefisien_volume)}, tetapi volume "
            f"tertulis {show_number(line.volume)}."
        ),
        evidence=[Evidence(kind=EvidenceKind.COMPUTATION, text=f"{koefisien} = {koefisien_volume}")],
        amount_at_stake=at_stake,
    )


def check_jumlah(line: RkaLine, sub: str | None, policy: ReviewPolicy) -> Finding | None:
    """Jumlah against volume × harga satuan (+ PPN). A line with no Jumlah or no harga satuan
    written, or read by OCR without a volume, has nothing to check (an empty or unread cell is not
    an error of the author's)."""
    if not line.jumlah or not line.harga_satuan:
        return None
    if line.read_by_ocr and not line.volume:
        return None  # no count read from the scan (``lO Rim``, an empty cell): the OCR's loss
    expected = expected_jumlah(line)
    difference = line.jumlah - expected
    if _agrees_at(line, line.volume, policy):
        return None  # without a PPN column the total may include PPN at the usual rate
    koefisien = written_koefisien(line)
    koefisien_volume = parse_koefisien(koefisien)
    if koefisien_volume and any(
        _agrees_at(line, r, policy) for r in count_readings(koefisien, koefisien_volume)
    ):
        return None  # the total follows the koefisien; check_koefisien judges the volume
    if line.read_by_ocr and misreading(line, policy) is not None:
        return None  # one look-alike digit off in a scan: a note (reading_notes), not a finding
    formula = _formula(line)
    message = (
        f"Jumlah tertulis {rp(line.jumlah)}, seharusnya {formula} = {rp(expected)} "
        f"({'lebih' if difference > 0 else 'kurang'} {rp(abs(difference))})."
    )
    severity, confidence = policy.severity(abs(difference)), 1.0
    slip = digit_slip(line.jumlah, expected)
    if ppn_left_out(line, line.volume, policy):
        # The tax missing from the total, or a harga satuan quoted with the tax in it: which one,
        # only the author knows. The budget is not overspent either way.
        severity, confidence = Severity.RENDAH, RULES.jumlah.ppn_left_out_confidence
        message += (
            " Jumlah sama dengan volume × harga satuan tanpa PPN: PPN belum dihitung, atau harga "
            "satuan sudah termasuk PPN."
        )
    elif slip is not None:
        # One look-alike digit apart: as likely a misreading of a scan or printout as an error of
        # the author's. Kept, as a note of low severity the reviewer checks against the original.
        severity, confidence = Severity.RENDAH, RULES.jumlah.misread_confidence
        message += (
            f" Selisihnya hanya satu angka ({slip[0]} tertulis, {slip[1]} diharapkan): bila RKA ini "
            f"dibaca dari pindaian atau cetakan, periksa angka pada dokumen aslinya."
        )
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.ARITHMETIC,
        severity=severity,
        message=message,
        evidence=[Evidence(kind=EvidenceKind.COMPUTATION, text=f"{formula} = {expected}")],
        potential_saving=max(0, difference),
        amount_at_stake=abs(difference),
        confidence=confidence,
    )


def check_arithmetic(line: RkaLine, sub: str | None, policy: ReviewPolicy) -> list[Finding]:
    return [f for f in (check_koefisien(line, sub, policy), check_jumlah(line, sub, policy)) if f]


def check_group_totals(sub: SubKegiatan, policy: ReviewPolicy) -> list[Finding]:
    """Subtotals of account groups and the sub-kegiatan total against the lines as written."""
    by_id = {line.line_id: line for line in sub.lines}
    findings: list[Finding] = []
    checks: list[tuple[str, int | None, Iterable[str]]] = [
        (f"Subtotal rekening {g.kode_rekening}", g.declared_subtotal, g.line_ids) for g in sub.groups
    ]
    checks.append((f"Total sub kegiatan {sub.kode or sub.nama}", sub.declared_total, list(by_id)))
    for label, declared, line_ids in checks:
        ids = [i for i in line_ids if i in by_id]
        if declared is None or not ids:
            continue
        computed = sum(by_id[i].jumlah for i in ids)
        difference = declared - computed
        if abs(difference) <= policy.arithmetic_tolerance:
            continue
        findings.append(
            Finding(
                line_id=None,
                sub_kegiatan=sub.kode or sub.nama,
                type=FindingType.ARITHMETIC,
                severity=policy.severity(abs(difference)),
                message=(
                    f"{label} tertulis {rp(declared)}, sedangkan jumlah rinciannya {rp(computed)} "
                    f"(selisih {rp(abs(difference))})."
                ),
                evidence=[Evidence(kind=EvidenceKind.COMPUTATION, text=f"baris {', '.join(ids)}")],
                potential_saving=max(0, difference),
                amount_at_stake=abs(difference),
            )
        )
    return findings
