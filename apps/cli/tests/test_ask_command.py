"""``samarinda ingest`` then ``samarinda ask`` on the embedded adapters, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from samarinda_cli.commands import ask, search
from typer.testing import CliRunner

SENTENCE = "Realisasi belanja Dinas Pendidikan tahun 2025 mencapai Rp 412.500.000.000 atau 93,10 persen."


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setenv("SAMARINDA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SAMARINDA_MODE", "embedded")
    monkeypatch.setenv("SAMARINDA_EMBEDDER_PROVIDER", "hashing")
    monkeypatch.setenv("SAMARINDA_LLM_PROVIDER", "offline")
    app = typer.Typer()
    search.register(app)
    ask.register(app)
    return app


def test_ask_prints_the_fixed_json_shape_and_abstains(cli: typer.Typer, tmp_path: Path) -> None:
    report = tmp_path / "laporan_realisasi_2025.txt"
    report.write_text(
        "Realisasi belanja Dinas Pendidikan tahun 2025 mencapai Rp 412.500.000.000 atau 93,10 persen.\n"
    )
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", str(report), "--opd", "DISDIK", "--fiscal-year", "2025"])
    assert ingested.exit_code == 0, ingested.output

    asked = runner.invoke(
        cli,
        [
            "ask",
            "Berapa realisasi belanja Dinas Pendidikan tahun 2025?",
            "--opd",
            "DISDIK",
            "--format",
            "json",
        ],
    )
    assert asked.exit_code == 0, asked.output
    body = json.loads(asked.stdout)
    assert set(body) == {"found", "answer", "citations"}
    assert body["found"] and "Rp 412.500.000.000" in body["answer"]
    assert body["citations"] == [
        {
            "document": "laporan_realisasi_2025.txt",
            "page": 1,
            "quote": SENTENCE,
        }
    ]

    other_year = runner.invoke(
        cli,
        [
            "ask",
            "Berapa realisasi belanja Dinas Pendidikan tahun 2023?",
            "--opd",
            "DISDIK",
            "--format",
            "json",
        ],
    )
    assert json.loads(other_year.stdout) == {
        "found": False,
        "answer": "tidak ditemukan dalam data OPD",
        "citations": [],
    }
    other_opd = runner.invoke(
        cli,
        [
            "ask",
            "Berapa realisasi belanja Dinas Pendidikan tahun 2025?",
            "--opd",
            "DINKES",
            "--format",
            "json",
        ],
    )
    assert json.loads(other_opd.stdout)["found"] is False


def test_an_empty_question_is_a_typed_error(cli: typer.Typer) -> None:
    refused = CliRunner().invoke(cli, ["ask", " ", "--format", "json"])
    assert refused.exit_code == 2
    assert json.loads(refused.stderr)["error"] == "INVALID_INPUT"
