"""``samarinda inspect`` shows what was read; ``samarinda review`` refuses an empty catalogue (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from samarinda_cli.main import app
from samarinda_common.testing.samples import samples_dir
from typer.testing import CliRunner

runner = CliRunner()


def _catalogue(path: Path, price: str) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["DAFTAR HARGA SATUAN"])
    sheet.append(["No", "Barang/Jasa", None, "Harga", None])
    sheet.append([None, "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"])
    sheet.merge_cells("B2:C2")
    sheet.merge_cells("D2:E2")
    sheet.append(["A. ALAT TULIS"])
    sheet.append([1, "Buku tulis", "38 lembar", "Pak", price])
    workbook.save(path)
    return path


def test_review_with_one_catalogue_of_two_yielding_nothing_reviews_and_exits_2(tmp_path: Path) -> None:
    samples = samples_dir()
    result = runner.invoke(
        app,
        [
            "review",
            str(samples / "rka_dinas_pendidikan_2026.xlsx"),
            "--ssh",
            str(samples / "ssh_2026.xlsx"),
            "--ssh",
            str(_catalogue(tmp_path / "sbu.xlsx", "-")),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 2
    review = json.loads(result.stdout)
    assert review["summary"]["lines"] > 0 and review["findings"]
    assert any("sbu.xlsx yielded no price items" in warning for warning in review["warnings"])
    assert "sbu.xlsx yielded no price items" in result.stderr


def test_inspect_shows_columns_and_skipped_rows(tmp_path: Path) -> None:
    result = runner.invoke(app, ["inspect", str(_catalogue(tmp_path / "ssh.xlsx", "Rp 35.000"))])
    assert result.exit_code == 0, result.output
    assert "read as catalogue: 1 rows read" in result.output
    assert "uraian" in result.output and "Barang/Jasa / Uraian" in result.output
    assert "section heading" in result.output


def test_inspect_json_and_exit_2_when_nothing_is_read(tmp_path: Path) -> None:
    path = _catalogue(tmp_path / "ssh.xlsx", "-")
    result = runner.invoke(app, ["inspect", str(path), "--as", "catalogue", "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.output)
    assert data["accepted"] == 0
    [table] = data["tables"]
    assert [row["reason"] for row in table["skipped"]] == [
        "section heading",
        "no price under 'Harga Satuan': '-'",
    ]


def test_review_with_a_catalogue_that_yields_nothing_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "review",
            str(samples_dir() / "rka_dinas_pendidikan_2026.xlsx"),
            "--ssh",
            str(_catalogue(tmp_path / "ssh.xlsx", "-")),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 2
    error = json.loads(result.output)["error"]
    assert (error["code"], error["reason"]) == ("UNREADABLE_INPUT", "EMPTY_INTAKE")
    assert "catalogue ssh.xlsx yielded no price items" in error["message"]
    assert "row 5 no price under 'Harga Satuan'" in error["message"]


def test_the_error_in_table_format_keeps_its_brackets(tmp_path: Path) -> None:
    rka = str(samples_dir() / "rka_dinas_pendidikan_2026.xlsx")
    result = runner.invoke(app, ["review", rka, "--ssh", str(_catalogue(tmp_path / "ssh.xlsx", "-"))])
    assert result.exit_code == 2
    assert "[no='No', uraian='Barang/Jasa / Uraian'" in result.output.replace("\n", "")


def _rka_with_an_overflowed_row(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"])
    sheet.append([1, "Sapu lidi", 10, "Buah", 15000, 150000])
    sheet.append(["II.", "Rekap", 1, "Paket", 1e40, 1e40])
    sheet.append([2, "Kain pel", 4, "Buah", 30000, 120000])
    workbook.save(path)
    return path


def test_inspect_lists_what_was_read_only_in_part(tmp_path: Path) -> None:
    path = _rka_with_an_overflowed_row(tmp_path / "rka.xlsx")
    shown = runner.invoke(app, ["inspect", str(path), "--as", "rka"])
    assert shown.exit_code == 0, shown.output
    assert "ROW_NOT_READ" in shown.output
    result = runner.invoke(app, ["inspect", str(path), "--as", "rka", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["accepted"] == 2
    assert [w["kind"] for w in data["warnings"]] == ["ROW_NOT_READ"]
