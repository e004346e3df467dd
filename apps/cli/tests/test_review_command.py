from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from samarinda_cli.main import app
from samarinda_common.testing.samples import samples_dir
from typer.testing import CliRunner

runner = CliRunner()


def test_review_json_has_the_fixed_shape() -> None:
    samples = samples_dir()
    result = runner.invoke(
        app,
        [
            "review",
            str(samples / "rka_dinas_pendidikan_2026.xlsx"),
            "--ssh",
            str(samples / "ssh_2026.xlsx"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["summary"]) >= {"lines", "flagged_lines", "potential_saving"}
    assert data["summary"]["lines"] == 39
    finding = data["findings"][0]
    assert set(finding) >= {"line_id", "type", "severity", "message", "reference", "potential_saving"}


def test_unreadable_input_exits_2_with_a_json_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a spreadsheet")
    result = runner.invoke(app, ["review", str(broken), "--format", "json"])
    assert result.exit_code == 2
    assert "error" in json.loads(result.output)


def test_reports_are_written(tmp_path: Path) -> None:
    samples = samples_dir()
    for fmt in ("html", "xlsx"):
        out = tmp_path / f"report.{fmt}"
        result = runner.invoke(
            app,
            [
                "review",
                str(samples / "rka_dinas_pendidikan_2026.xlsx"),
                "--ssh",
                str(samples / "ssh_2026.xlsx"),
                "--format",
                fmt,
                "--output",
                str(out),
            ],
        )
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    assert "Kudapan rapat" in (tmp_path / "report.html").read_text()


def test_review_by_meaning_caches_the_vectors_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMARINDA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SAMARINDA_EMBEDDER_PROVIDER", "hashing")
    samples = samples_dir()
    args = [
        "review",
        str(samples / "rka_dinas_pendidikan_2026.xlsx"),
        "--ssh",
        str(samples / "ssh_2026.xlsx"),
        "--format",
        "json",
        "--meaning",
    ]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["summary"]["lines"] == 39
    cached = _cached_vectors(tmp_path / "cache" / "vectors.sqlite")
    assert cached > 0
    again = runner.invoke(app, args)
    # The second run found its vectors cached: same findings, nothing new embedded.
    assert json.loads(again.output)["findings"] == json.loads(first.output)["findings"]
    assert _cached_vectors(tmp_path / "cache" / "vectors.sqlite") == cached


def _cached_vectors(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])
