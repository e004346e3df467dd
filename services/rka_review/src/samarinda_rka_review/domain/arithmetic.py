"""Judge stage: ARITHMETIC — is each figure the product and sum it claims to be?

A line's koefisien (``4 Orang x 3 Hari``) against its volume, its Jumlah against volume × harga
satuan with its PPN (a rate in percent, or — when the PPN column holds more than 100 — the tax in
rupiah), and the subtotals of account groups and the sub-kegiatan total against their lines. A
line without a PPN column may include PPN at a usual rate (SIPD adds it to the total).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from samarinda_common.rka import Evidence, EvidenceKind, Finding, FindingType, RkaLine, SubKegiatan
from samarinda_common.rules import RulesFile, load_rules
from samarinda_common.rupiah import format_rupiah as rp

from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.figures import round_rupiah, show_number
from samarinda_rka_review.domain.rka_parser import parse_koefisien
from samarinda_rka_review.domain.rules import DATA_PACKAGE


class JumlahRules(BaseModel):
    model_config = ConfigDict(frozen=True)

    rounding_steps: tuple[int, ...] = ()
    sen_per_unit: Decimal = Decimal(0)


class ArithmeticRules(RulesFile):
    count_units: tuple[str, ...]
    lump_sum_units: tuple[str, ...] = ()
    jumlah: JumlahRules = JumlahRules()


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
# Cheap test first: most texts multiply nothing.
_MULTIPLIES = re.compile(r"[xX×*]\s*\d")

# No tax rate reaches 100%: a larger number in the PPN column is the tax itself, in rupiah.
_HIGHEST_RATE = Decimal(100)


def ppn_amount(line: RkaLine, rate: Decimal | None = None, volume: Decimal | None = None) -> Decimal:
    """The PPN on a line: ``rate`` (percent) if given, else the line's PPN column."""
    base = (line.volume if volume is None else volume) * line.harga_satuan
    written = line.ppn_percent if rate is None else rate
    if written is None:
        return Decimal(0)
    if written > _HIGHEST_RATE:
        return written
    return base * written / 100


def expected_jumlah(line: RkaLine, ppn_percent: Decimal | None = None, volume: Decimal | None = None) -> int:
    quantity = line.volume if volume is None else volume
    return round_rupiah(quantity * line.harga_satuan + ppn_amount(line, ppn_percent, quantity))


def agrees(written: int, expected: int, volume: Decimal, policy: ReviewPolicy) -> bool:
    """Is ``written`` the product ``expected``, as an author writes it: within the policy's
    tolerance plus the sen a whole-rupiah harga satuan lost, or rounded to the nearest usual
    step (halves up, as SIPD rounds)."""
    slack = policy.arithmetic_tolerance + abs(volume) * RULES.jumlah.sen_per_unit
    if abs(written - expected) <= slack:
        return True
    return any(
        expected % step != 0 and written == round_rupiah(Decimal(expected) / step) * step
        for step in RULES.jumlah.rounding_steps
    )


def _agrees_at(line: RkaLine, volume: Decimal, policy: ReviewPolicy) -> bool:
    """Does the line's Jumlah agree with ``volume`` × harga satuan, with its PPN column or — when
    it has none — with none or a usual rate?"""
    rates: tuple[Decimal | None, ...] = (None,)
    if line.ppn_percent is None:
        rates += policy.implied_ppn_rates
    return any(agrees(line.jumlah, expected_jumlah(line, r, volume), volume, policy) for r in rates)


def _formula(line: RkaLine) -> str:
    formula = f"{show_number(line.volume)} × {rp(line.harga_satuan)}"
    if line.ppn_percent and line.ppn_percent > _HIGHEST_RATE:
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
    return line.koefisien


def check_koefisien(line: RkaLine, sub: str | None, policy: ReviewPolicy) -> Finding | None:
    """The koefisien's product (``2 Orang x 3 Hari`` = 6) against the volume written."""
    koefisien = written_koefisien(line)
    koefisien_volume = parse_koefisien(koefisien)
    if koefisien_volume is None or not line.volume or koefisien_volume == line.volume:
        return None
    if line.jumlah and line.harga_satuan and _agrees_at(line, koefisien_volume, policy):
        return None  # the total follows the koefisien: the volume cell was read from elsewhere
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
    written has nothing to check (an empty or unread cell is not an error of the author's)."""
    if not line.jumlah or not line.harga_satuan:
        return None
    expected = expected_jumlah(line)
    difference = line.jumlah - expected
    if _agrees_at(line, line.volume, policy):
        return None  # without a PPN column the total may include PPN at the usual rate
    koefisien_volume = parse_koefisien(written_koefisien(line))
    if koefisien_volume and _agrees_at(line, koefisien_volume, policy):
        return None  # the total follows the koefisien; check_koefisien judges the volume
    formula = _formula(line)
    return Finding(
        line_id=line.line_id,
        sub_kegiatan=sub,
        type=FindingType.ARITHMETIC,
        severity=policy.severity(abs(difference)),
        message=(
            f"Jumlah tertulis {rp(line.jumlah)}, seharusnya {formula} = {rp(expected)} "
            f"({'lebih' if difference > 0 else 'kurang'} {rp(abs(difference))})."
        ),
        evidence=[Evidence(kind=EvidenceKind.COMPUTATION, text=f"{formula} = {expected}")],
        potential_saving=max(0, difference),
        amount_at_stake=abs(difference),
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
