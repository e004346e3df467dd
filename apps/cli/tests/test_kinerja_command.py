from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from samarinda_cli.main import build_app
from samarinda_common.testing.samples import samples_dir
from typer.testing import CliRunner

DINSOS = samples_dir() / "kinerja" / "DINSOS"


def test_json_has_exactly_the_agreed_shape_and_cites_each_finding(tmp_path: Path) -> None:
    files = [DINSOS / "lkjip_dinsos_2025.pdf", DINSOS / "renja_dinsos_2025.xlsx"]
    result = CliRunner().invoke(
        build_app(["kinerja"]), ["kinerja", *map(str, files), "--opd", "dinsos", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"indicators", "findings"}
    row = next(
        r
        for r in data["indicators"]
        if r["indicator"] == "Persentase Anak Terlantar yang Mendapat Layanan Dasar"
        and r["realisation"] is not None
    )
    assert list(row) == [
        "indicator",
        "unit",
        "fiscal_year",
        "target",
        "realisation",
        "achievement_pct",
        "document",
        "page",
    ]
    assert (row["target"], row["realisation"], row["achievement_pct"]) == (90, 82.8, 95)
    assert (row["document"], row["page"], row["fiscal_year"]) == ("lkjip_dinsos_2025.pdf", 1, 2025)
    sheet_row = next(r for r in data["indicators"] if r["document"] == "renja_dinsos_2025.xlsx")
    assert sheet_row["page"] == "Renja 2025"  # a spreadsheet cites its sheet
    kinds = sorted(f["type"] for f in data["findings"])
    assert kinds == ["ACHIEVEMENT_MISMATCH", "TARGET_CHANGED"]
    changed = next(f for f in data["findings"] if f["type"] == "TARGET_CHANGED")
    assert list(changed) == ["type", "message", "citations"]
    assert {c["document"] for c in changed["citations"]} == {
        "lkjip_dinsos_2025.pdf",
        "renja_dinsos_2025.xlsx",
    }


def test_html_and_xlsx_reports(tmp_path: Path) -> None:
    file = samples_dir() / "kinerja" / "DLH" / "lkjip_dlh_2025.docx"
    app = build_app(["kinerja"])
    html = tmp_path / "dlh.html"
    result = CliRunner().invoke(
        app, ["kinerja", str(file), "--opd", "DLH", "--format", "html", "-o", str(html)]
    )
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "ABSORPTION_OVER_100" in page and "lkjip_dlh_2025.docx hal. 1" in page
    workbook_path = tmp_path / "dlh.xlsx"
    result = CliRunner().invoke(
        app, ["kinerja", str(file), "--opd", "DLH", "--format", "xlsx", "-o", str(workbook_path)]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(workbook_path)
    assert book.sheetnames == ["Indikator", "Temuan", "Kartu kinerja"]
    assert book["Indikator"].max_row == 6  # header + five indicators


def test_an_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    result = CliRunner().invoke(
        build_app(["kinerja"]), ["kinerja", str(broken), "--opd", "DLH", "--format", "json"]
    )
    assert result.exit_code == 1
    assert "rusak.pdf" in result.output
