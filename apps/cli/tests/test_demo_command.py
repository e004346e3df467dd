"""``samarinda demo`` as a user runs it, twice over one data directory (catalogue and RKA only)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import typer
from samarinda_cli.main import build_app
from samarinda_common.testing.samples import samples_dir
from typer.testing import CliRunner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setenv("SAMARINDA_EMBEDDER_PROVIDER", "hashing")
    return build_app(["demo"])  # the console script's app, as `samarinda demo ...` builds it


@pytest.mark.slow
def test_demo_reviews_the_rka_and_a_second_run_reuses_everything(cli: typer.Typer, tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    for name in ("ssh_2026.xlsx", "rka_dinas_pendidikan_2026.xlsx"):
        shutil.copy(samples_dir() / name, samples / name)
    data = tmp_path / "data"
    runner = CliRunner()
    arguments = ["demo", "--samples", str(samples), "--data-dir", str(data), "--opd", "DISDIK"]

    first = runner.invoke(cli, arguments)
    assert first.exit_code == 0, first.output
    assert "Telaah RKA DISDIK 2026" in first.output
    assert re.search(r"\d+ dari 39 baris ditandai", first.output)
    assert "2 documents ingested, 0 reused" in first.output
    reports = list((data / "reports").glob("*.html"))
    assert len(reports) == 1 and "Kudapan rapat" in reports[0].read_text(encoding="utf-8")
    assert "review_line" in first.output and "storage_bytes" in first.output  # the usage table

    second = runner.invoke(cli, arguments)
    assert second.exit_code == 0, second.output
    assert "0 documents ingested, 2 reused" in second.output
    assert "0 new extractions" in second.output
    assert "Second run" in second.output
