"""What ``samarinda kinerja`` prints: one payload (the JSON the issue fixes) rendered as JSON, an
HTML page or an xlsx workbook. Every row names its document and page, as an inspector needs."""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Sequence
from typing import Any

import openpyxl

from samarinda_performance.domain.model import Finding, Indicator
from samarinda_performance.domain.scorecard import Card

INDICATOR_FIELDS = (
    "indicator",
    "unit",
    "fiscal_year",
    "target",
    "realisation",
    "achievement_pct",
    "document",
    "page",
)


def payload(indicators: Iterable[Indicator], findings: Iterable[Finding]) -> dict[str, Any]:
    """``{"indicators": [...], "findings": [...]}`` with numbers as numbers and the file name as document."""
    return {
        "indicators": [
            {
                "indicator": r.indicator,
                "unit": r.unit,
                "fiscal_year": r.fiscal_year,
                "target": r.target,
                "realisation": r.realisation,
                "achievement_pct": r.achievement_pct,
                "document": r.citation.document,
                "page": r.citation.page,
            }
            for r in indicators
        ],
        "findings": [
            {
                "type": f.type.value,
                "message": f.message,
                "citations": [{"document": c.document, "page": c.page} for c in f.citations],
            }
            for f in findings
        ],
    }


def scorecard_rows(cards: Sequence[Card]) -> list[dict[str, Any]]:
    return [
        {
            "opd": card.opd or "KOTA",
            "fiscal_year": card.fiscal_year,
            "indicators": card.indicators,
            "met": card.met,
            "not_met": card.not_met,
            "absorption_pct": None if card.absorption_pct is None else round(card.absorption_pct, 2),
            "findings": sum(card.findings.values()),
            "met_share_change": None if card.met_share_change is None else round(card.met_share_change, 2),
        }
        for card in cards
    ]


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    return html.escape(str(value))


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(data: dict[str, Any], cards: Sequence[Card] = ()) -> str:
    items = []
    for finding in data["findings"]:
        cited = "; ".join(f"{c['document']} hal. {c['page']}" for c in finding["citations"])
        items.append(
            f"<li><b>{html.escape(finding['type'])}</b>: {html.escape(finding['message'])} "
            f"<i>({html.escape(cited)})</i></li>"
        )
    findings = "".join(items) or "<li>Tidak ada temuan.</li>"
    score = scorecard_rows(cards)
    score_html = (
        "<h2>Kartu kinerja</h2>"
        + _table(score, ["opd", "fiscal_year", "indicators", "met", "not_met", "absorption_pct", "findings"])
        if score
        else ""
    )
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'><title>Kinerja OPD</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:.2em .5em;text-align:left}li{margin:.3em 0}</style></head><body>"
        "<h1>Kinerja OPD dari laporannya sendiri</h1>"
        f"{score_html}<h2>Temuan ({len(data['findings'])})</h2><ul>{findings}</ul>"
        f"<h2>Indikator ({len(data['indicators'])})</h2>{_table(data['indicators'], INDICATOR_FIELDS)}"
        "</body></html>\n"
    )


def render_xlsx(data: dict[str, Any], cards: Sequence[Card] = ()) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its first sheet
    sheet.title = "Indikator"
    sheet.append(list(INDICATOR_FIELDS))
    for row in data["indicators"]:
        sheet.append([row[c] for c in INDICATOR_FIELDS])
    findings = book.create_sheet("Temuan")
    findings.append(["type", "message", "citations"])
    for finding in data["findings"]:
        cited = "; ".join(f"{c['document']} hal. {c['page']}" for c in finding["citations"])
        findings.append([finding["type"], finding["message"], cited])
    score = scorecard_rows(cards)
    if score:
        cards_sheet = book.create_sheet("Kartu kinerja")
        cards_sheet.append(list(score[0]))
        for row in score:
            cards_sheet.append(list(row.values()))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
