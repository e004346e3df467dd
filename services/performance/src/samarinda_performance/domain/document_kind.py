"""The document as a whole: its kind (plan, budget, report, or no report at all) from the earliest
cue in its title pages and file name, its fiscal year, and whether it is a multi-year plan whose
every year column is a target of its own. Also the year and date patterns the table, text-table
and prose readers share.
"""

from __future__ import annotations

import re
from collections import Counter

from samarinda_common.indonesian_text import MONTHS

from samarinda_performance.domain.indicator_names import normalise
from samarinda_performance.domain.model import DocumentType
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

YEAR = re.compile(r"(?<!\d)(20[0-9]{2})(?!\d)")


def is_multi_year_plan(text: str, filename: str) -> bool:
    """A renstra (or any plan over a period "2021-2026"): every year column is a target of its own."""
    head = normalise(text[:3000] + " " + filename.replace("_", " "))
    return (
        "renstra" in head
        or "rencana strategis" in head
        or bool(re.search(r"20\d\d\s*(-|–|s\.?d\.?)\s*20\d\d", head))
    )


def classify_document(text: str, filename: str, vocabulary: Vocabulary = VOCABULARY) -> DocumentType:
    """Plan, budget realisation or performance report, or no report at all (minutes, an
    invitation, a letter), from the title pages and the file name; the earliest cue wins. A
    document without any cue is read as a report (a table photographed without its title)."""
    head = normalise(text[:3000] + " " + filename.replace("_", " ").replace("-", " "))
    words = vocabulary.documents
    positions: list[tuple[int, DocumentType]] = []
    for kind, cues in (
        (DocumentType.PLAN, words.plan),
        (DocumentType.BUDGET, words.budget),
        (DocumentType.REPORT, words.report),
        (DocumentType.NOT_REPORT, words.not_report),
    ):
        hits = [head.find(cue) for cue in cues if cue in head]
        if hits:
            positions.append((min(hits), kind))
    # The title comes first: the earliest cue names the document ("laporan kinerja ... renstra").
    return min(positions)[1] if positions else DocumentType.REPORT


def document_year(text: str, filename: str, declared: int | None) -> int | None:
    """The fiscal year the document reports on: "tahun (anggaran) 2025" in its first pages,
    else the commonest year there, else the file name's, else the declared one."""
    head = text[:4000]
    stated = re.findall(
        r"\b(?:tahun(?:\s+anggaran)?|t\.a\.?|ta)\s*:?\s*(20[0-9]{2})\b(?!\s*[-–]\s*20)", head, re.IGNORECASE
    )
    if stated:
        return int(Counter(stated).most_common(1)[0][0])
    in_name = YEAR.findall(filename)
    if in_name:
        return int(in_name[0])
    if declared is not None:
        return declared
    years = YEAR.findall(head)
    return int(Counter(years).most_common(1)[0][0]) if years else None


# "Samarinda, 14 Februari 2026": a place and date, its year no figure of a row.
_MONTHS = "|".join(MONTHS)


DATE_LINE = re.compile(r"\b\d{1,2}\s+(?:" + _MONTHS + r")\s+20\d{2}\s*$", re.IGNORECASE)


MONTH_AFTER = re.compile(rf"\s*({_MONTHS})\b", re.I)
