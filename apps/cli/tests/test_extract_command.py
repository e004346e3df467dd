"""``samarinda extract``: --format text is the text alone, pages separated by form feeds."""

from __future__ import annotations

import pytest
import typer
from samarinda_cli.commands import extract
from samarinda_common.testing.samples import samples_dir
from samarinda_extraction import extract_file
from typer.testing import CliRunner


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    extract.register(app)
    app.command("unused")(lambda: None)  # more than one command: typer keeps the command name
    return app


def test_text_format_prints_only_the_pages_separated_by_form_feeds(cli: typer.Typer) -> None:
    pdf = samples_dir() / "ssh_2026.pdf"
    result = CliRunner().invoke(cli, ["extract", str(pdf), "--format", "text"])
    assert result.exit_code == 0, result.output
    pages = result.output.split("\f")
    assert pages[-1] == ""  # like pdftotext, every page ends with a form feed
    expected = [page.text.rstrip() + "\n" for page in extract_file(pdf).pages]
    assert pages[:-1] == expected
    assert "--- page" not in result.output and "metadata" not in result.output


def test_annotated_format_keeps_the_decorated_view(cli: typer.Typer) -> None:
    pdf = samples_dir() / "ssh_2026.pdf"
    result = CliRunner().invoke(cli, ["extract", str(pdf), "--format", "annotated"])
    assert result.exit_code == 0, result.output
    assert "--- page 1 [text]" in result.output
    assert "--- metadata" in result.output
    assert "\f" not in result.output
