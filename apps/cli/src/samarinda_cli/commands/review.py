"""``samarinda review RKA_FILE``: review a draft budget offline against a price catalogue."""

from __future__ import annotations

import dataclasses
import json
import sys
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from samarinda_common.adapters.embedders import build_embedder
from samarinda_common.adapters.embedding_cache import CachedEmbeddings, SqliteVectorCache
from samarinda_common.errors import SamarindaError
from samarinda_common.intake import IntakeReport
from samarinda_common.rka import Review, Rka
from samarinda_common.rupiah import format_rupiah
from samarinda_common.settings import CommonSettings
from samarinda_rka_review.api import (
    ReviewPolicy,
    inspect_file,
    render_html,
    render_xlsx,
    review_as_json,
    review_files,
)

UNREADABLE_INPUT = 2


class ReviewFormat(StrEnum):
    JSON = "json"
    TABLE = "table"
    HTML = "html"
    XLSX = "xlsx"


def _fail(error: SamarindaError, output_format: ReviewFormat) -> None:
    message = error.message
    if output_format is ReviewFormat.JSON:
        typer.echo(
            json.dumps(
                {"error": {"code": "UNREADABLE_INPUT", "reason": error.reason, "message": message}},
                ensure_ascii=False,
            )
        )
    else:
        Console(stderr=True).print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(UNREADABLE_INPUT)


def _print_table(review: Review) -> None:
    table = Table(
        title=f"Telaah RKA {review.opd} ({review.summary.flagged_lines}/{review.summary.lines} baris)"
    )
    for column in ("No", "Jenis", "Tingkat", "Potensi hemat", "Pesan"):
        table.add_column(column, overflow="fold")
    for finding in [*review.findings, *review.structural_findings]:
        table.add_row(
            finding.line_id or "-",
            finding.type.value,
            finding.severity.value,
            format_rupiah(finding.potential_saving),
            finding.message,
        )
    console = Console()
    console.print(table)
    console.print(f"Potensi penghematan: {format_rupiah(review.summary.potential_saving)}")
    for warning in review.warnings:
        console.print(f"[yellow]{warning}[/yellow]")


def review_command(
    rka_file: Annotated[Path, typer.Argument(help="the RKA spreadsheet (.xlsx/.csv; SIPD-like layout)")],
    ssh: Annotated[
        list[Path] | None, typer.Option("--ssh", help="price catalogue(s): SSH/SBU/HSPK .xlsx/.csv")
    ] = None,
    output_format: Annotated[
        ReviewFormat, typer.Option("--format", help="json, table, html or xlsx")
    ] = ReviewFormat.TABLE,
    output: Annotated[Path | None, typer.Option("--output", help="write the report here")] = None,
    opd: Annotated[str | None, typer.Option("--opd", help="OPD code (default: read from the RKA)")] = None,
    tolerance: Annotated[float, typer.Option(help="allowed % above the reference price")] = 0.0,
    capitalisation_threshold: Annotated[
        int, typer.Option(help="rupiah per unit for belanja modal")
    ] = 1_000_000,
    meaning: Annotated[
        bool,
        typer.Option(
            "--meaning",
            help="also match and judge lines by meaning with the platform's embedder (the offline "
            "e5 model unless SAMARINDA_EMBEDDER_PROVIDER says otherwise); vectors are cached "
            "under SAMARINDA_DATA_DIR/cache, so a catalogue or line is embedded once",
        ),
    ] = False,
) -> None:
    """Review an RKA line by line: overpriced, no price reference, off target, arithmetic, duplicate,
    wrong account code. Offline: no servers needed."""
    policy = ReviewPolicy(
        overprice_tolerance=Decimal(str(tolerance)), capitalisation_threshold=capitalisation_threshold
    )
    cache: SqliteVectorCache | None = None
    try:
        embeddings = None
        if meaning:
            settings = CommonSettings()
            cache = SqliteVectorCache(settings.data_dir / "cache" / "vectors.sqlite")
            embeddings = CachedEmbeddings(build_embedder(settings), cache)
        rka, review, refused = review_files(rka_file, ssh or [], policy, opd=opd, embeddings=embeddings)
    except SamarindaError as exc:
        _fail(exc, output_format)
        return
    finally:
        if cache is not None:
            cache.close()
    _write_review(rka, review, output_format, output)
    if refused:
        # the review stands on the catalogues read, but a price check skipped is never silent
        console = Console(stderr=True)
        for reason in refused:
            console.print(f"[red]error:[/red] {escape(reason)}")
        raise typer.Exit(UNREADABLE_INPUT)


def _write_review(rka: Rka, review: Review, output_format: ReviewFormat, output: Path | None) -> None:
    if output_format is ReviewFormat.XLSX:
        data = render_xlsx(rka, review)
        if output is None:
            sys.stdout.buffer.write(data)
        else:
            output.write_bytes(data)
        return
    text = {
        ReviewFormat.JSON: lambda: json.dumps(review_as_json(review), ensure_ascii=False, indent=2),
        ReviewFormat.HTML: lambda: render_html(rka, review),
    }.get(output_format)
    if text is None:
        _print_table(review)
    elif output is None:
        typer.echo(text())
    else:
        output.write_text(text(), encoding="utf-8")


class InspectAs(StrEnum):
    AUTO = "auto"
    RKA = "rka"
    CATALOGUE = "catalogue"


class InspectFormat(StrEnum):
    JSON = "json"
    TABLE = "table"


def inspect_command(
    file: Annotated[Path, typer.Argument(help="an RKA or a price catalogue (.xlsx/.csv/.pdf)")],
    read_as: Annotated[InspectAs, typer.Option("--as", help="auto, rka or catalogue")] = InspectAs.AUTO,
    output_format: Annotated[
        InspectFormat, typer.Option("--format", help="json or table")
    ] = InspectFormat.TABLE,
) -> None:
    """Show what the reviewer reads from a file: per table the header row and the columns it
    recognised, the header facts, how many rows became items or lines, and every row skipped with
    the reason. Exits 2 when nothing was read."""
    try:
        report = inspect_file(file, read_as.value)
    except SamarindaError as exc:
        _fail(exc, ReviewFormat(output_format.value))
        return
    if output_format is InspectFormat.JSON:
        typer.echo(
            json.dumps(
                {**dataclasses.asdict(report), "accepted": report.accepted}, ensure_ascii=False, indent=2
            )
        )
    else:
        _print_intake(report)
    if not report.accepted:
        raise typer.Exit(UNREADABLE_INPUT)


def _print_intake(report: IntakeReport) -> None:
    console = Console()
    console.print(
        f"[bold]{escape(report.source or '')}[/bold] read as {report.kind}: {report.accepted} rows read"
    )
    for table in report.tables:
        header = f"header at row {table.header_row + 1}" if table.header_row is not None else "no header"
        console.print(
            f"\n[bold]{escape(table.where)}[/bold] ({table.rows} rows, {header}, {table.accepted} read)"
        )
        if table.note:
            console.print(f"  {escape(table.note)}")
        for name, label in table.columns.items():
            console.print(f"  column {name:<14} <- {escape(label)}")
        for name, value in table.facts.items():
            console.print(f"  fact   {name:<14} = {escape(value)}")
        for decision in table.decisions:
            console.print(f"  note   {escape(decision)}")
        if table.skipped:
            skipped = Table(show_header=True)
            for column in ("Row", "Why skipped", "Cells"):
                skipped.add_column(column, overflow="fold")
            for row in table.skipped:
                skipped.add_row(str(row.row + 1), escape(row.reason), escape(row.preview))
            console.print(skipped)
    for warning in report.warnings:  # what was read only in part
        console.print(
            f"\n[bold]{warning.kind.value}[/bold] {escape(warning.where)}: {escape(warning.detail)}"
        )


def register(app: typer.Typer) -> None:
    app.command("review")(review_command)
    app.command("inspect")(inspect_command)
