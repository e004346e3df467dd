"""A report a budget reviewer (TAPD/Bappeda/BPKAD) can read: HTML or XLSX.

Per sub-kegiatan, flagged lines first (most rupiah at stake first), with totals at stake.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import jinja2
from samarinda_common.rka import Finding, Review, Rka, RkaLine, SubKegiatan
from samarinda_common.rupiah import format_rupiah


@dataclass(frozen=True)
class ReportLine:
    line: RkaLine
    findings: list[Finding]

    @property
    def at_stake(self) -> int:
        return max((f.amount_at_stake for f in self.findings), default=0)

    @property
    def saving(self) -> int:
        return max((f.potential_saving for f in self.findings), default=0)


@dataclass(frozen=True)
class ReportSection:
    sub: SubKegiatan
    lines: list[ReportLine]
    structural: list[Finding]

    @property
    def flagged(self) -> list[ReportLine]:
        return [r for r in self.lines if r.findings]


def sections(rka: Rka, review: Review) -> list[ReportSection]:
    result = []
    for sub in rka.sub_kegiatan:
        ref = sub.kode or sub.nama
        rows = [
            ReportLine(
                line, [f for f in review.findings if f.sub_kegiatan == ref and f.line_id == line.line_id]
            )
            for line in sub.lines
        ]
        rows.sort(key=lambda r: (not r.findings, -r.at_stake))
        result.append(
            ReportSection(sub, rows, [f for f in review.structural_findings if f.sub_kegiatan == ref])
        )
    return result


_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("samarinda_rka_review", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def render_html(rka: Rka, review: Review) -> str:
    return _TEMPLATES.get_template("review_report.html.j2").render(
        rka=rka, review=review, s=review.summary, sections=sections(rka, review), rp=format_rupiah
    )


def render_xlsx(rka: Rka, review: Review) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = workbook.add_format({"bold": True})
    money = workbook.add_format({"num_format": "#,##0"})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    fills: dict[str, Any] = {
        "TINGGI": workbook.add_format({"bg_color": "#FDE2E1", "text_wrap": True, "valign": "top"}),
        "SEDANG": workbook.add_format({"bg_color": "#FFF4D6", "text_wrap": True, "valign": "top"}),
        "RENDAH": workbook.add_format({"bg_color": "#EEF6EE", "text_wrap": True, "valign": "top"}),
    }
    summary = workbook.add_worksheet("Ringkasan")
    summary.write_row(
        0,
        0,
        ["Sub kegiatan", "Baris", "Baris bertanda", "Total", "Dana dipertanyakan", "Potensi penghematan"],
        bold,
    )
    for row, sub in enumerate(review.summary.sub_kegiatan, start=1):
        summary.write_row(row, 0, [f"{sub.kode or ''} {sub.nama}".strip(), sub.lines, sub.flagged_lines])
        summary.write_row(row, 3, [sub.total, sub.amount_at_stake, sub.potential_saving], money)
    summary.set_column(0, 0, 60)
    summary.set_column(1, 5, 18)
    sheet = workbook.add_worksheet("Temuan")
    headers = [
        "Sub kegiatan",
        "No",
        "Kode rekening",
        "Uraian",
        "Volume",
        "Satuan",
        "Harga satuan",
        "Jumlah",
        "Jenis temuan",
        "Tingkat",
        "Pesan",
        "Acuan",
        "Potensi penghematan",
    ]
    sheet.write_row(0, 0, headers, bold)
    row = 1
    for section in sections(rka, review):
        for report_line in section.lines:
            line = report_line.line
            for finding in report_line.findings or [None]:
                fmt = fills[finding.severity.value] if finding else wrap
                sheet.write_row(
                    row,
                    0,
                    [
                        section.sub.nama,
                        line.line_id,
                        line.kode_rekening or "",
                        line.uraian,
                        float(line.volume),
                        line.satuan or "",
                    ],
                    fmt,
                )
                sheet.write_row(row, 6, [line.harga_satuan, line.jumlah], money)
                if finding:
                    sheet.write_row(
                        row,
                        8,
                        [
                            finding.type.value,
                            finding.severity.value,
                            finding.message,
                            finding.reference.citation() if finding.reference else "",
                        ],
                        fmt,
                    )
                    sheet.write_number(row, 12, finding.potential_saving, money)
                row += 1
    sheet.set_column(0, 0, 30)
    sheet.set_column(3, 3, 36)
    sheet.set_column(10, 10, 80)
    sheet.autofilter(0, 0, max(row - 1, 1), len(headers) - 1)
    workbook.close()
    return buffer.getvalue()
