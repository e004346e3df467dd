"""``samarinda ingest`` then ``samarinda search`` on the embedded adapters, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from samarinda_cli.commands import search
from typer.testing import CliRunner


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setenv("SAMARINDA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SAMARINDA_MODE", "embedded")
    monkeypatch.setenv("SAMARINDA_EMBEDDER_PROVIDER", "hashing")
    app = typer.Typer()
    search.register(app)
    return app


def test_ingest_then_search_prints_the_fixed_json_shape(cli: typer.Typer, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notulen_banjir.txt").write_text(
        "Notulen rapat koordinasi penanggulangan banjir di Kecamatan Sungai Pinang.\n\n"
        "Disepakati normalisasi drainase oleh Dinas PUPR.\n"
    )
    (docs / "laporan_laptop.txt").write_text("Pengadaan laptop untuk guru sekolah dasar sebanyak 40 unit.\n")
    runner = CliRunner()

    ingested = runner.invoke(cli, ["ingest", str(docs), "--opd", "BPBD", "--category", "notulen"])
    assert ingested.exit_code == 0, ingested.output
    lines = [json.loads(line) for line in ingested.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["indexed", "indexed"]

    again = runner.invoke(cli, ["ingest", str(docs / "laporan_laptop.txt"), "--opd", "BPBD"])
    assert json.loads(again.stdout)["status"] == "unchanged"

    found = runner.invoke(cli, ["search", "drainase banjir", "--format", "json", "--k", "3"])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.stdout)["hits"]
    assert hits[0]["document"] == "notulen_banjir.txt" and hits[0]["page"] == 1
    assert "drainase" in hits[0]["text"] or "banjir" in hits[0]["text"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    other_opd = runner.invoke(cli, ["search", "drainase banjir", "--opd", "DISDIK", "--format", "json"])
    assert json.loads(other_opd.stdout) == {"hits": []}
