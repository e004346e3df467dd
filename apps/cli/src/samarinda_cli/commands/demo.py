"""``samarinda demo``: the whole pipeline in one process over the sample data; no server, no internet.

Uploads the SSH catalogue, the OPD's documents and its draft RKA into the embedded pipeline,
shows each document move through extraction and indexing, then prints the review of the RKA,
some search hits from the OPD's own documents and what the run cost per OPD. The data stays in
the data directory, so a second run reuses everything already ingested.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from samarinda_common.errors import SamarindaError
from samarinda_common.events import DocumentCategory
from samarinda_common.logging import configure_logging
from samarinda_common.rka import EvidenceKind, Finding, Review, Rka
from samarinda_common.rupiah import format_rupiah
from samarinda_common.settings import CommonSettings, Mode
from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.api import sections

from samarinda_cli.pipeline import (
    EVIDENCE_CATEGORIES,
    EmbeddedPipeline,
    PlannedUpload,
    UsageLine,
    sample_plan,
    write_review_report,
)

# Piped output (CI logs, transcripts) is wider than rich's 80-column default for non-terminals.
console = Console(width=None if sys.stdout.isatty() else 140)

# Steps of a document: uploaded -> extracted -> indexed (-> reviewed, for an RKA).
_STEP_OF_STATUS = {"accepted": 1, "extracted": 2, "indexed": 3}
_EVIDENCE_QUERIES = ("harga laptop", "realisasi belanja 2025")
# Two the OPD's documents answer (a table row, a sum over rows) and one they cannot (another year).
_QUESTIONS = (
    "Berapa realisasi belanja laptop tahun 2025?",
    "Berapa total belanja nasi kotak dan snack kotak rapat tahun 2025?",
    "Berapa realisasi belanja laptop tahun 2019?",
)


@dataclass
class _Tracked:
    task: TaskID
    planned: PlannedUpload
    reused: bool
    done: bool = False


@dataclass
class _RunFacts:
    uploaded: int = 0
    reused: int = 0
    rejected: int = 0
    rka_document_ids: list[str] = field(default_factory=list)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<48}"),
        BarColumn(bar_width=20),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=console,
    )


async def _refresh(pipeline: EmbeddedPipeline, progress: Progress, tracked: dict[str, _Tracked]) -> None:
    records = await pipeline.documents(list(tracked))
    for document_id, item in tracked.items():
        if item.done:
            continue
        status = (records.get(document_id) or {}).get("status", "accepted")
        step = _STEP_OF_STATUS.get(status, 0)
        label = status
        is_rka = item.planned.category is DocumentCategory.RKA
        if is_rka and step == 3 and await pipeline.review(document_id) is not None:
            step, label = 4, "reviewed"
        total = 4 if is_rka else 3
        item.done = step >= total or status == "failed"
        if item.reused:
            label = f"{label} (reused)"
        if status == "failed":
            label = f"[red]failed: {(records.get(document_id) or {}).get('status_reason')}[/red]"
        progress.update(item.task, completed=step, status=label)


async def _drain(pipeline: EmbeddedPipeline, progress: Progress, tracked: dict[str, _Tracked]) -> None:
    """Run the bus to idle while the bars follow each document's status in the store."""
    draining = asyncio.ensure_future(pipeline.run_until_idle())
    while not draining.done():
        await _refresh(pipeline, progress, tracked)
        await asyncio.wait({draining}, timeout=0.3)
    await draining  # a handler that cannot make progress surfaces here
    await _refresh(pipeline, progress, tracked)


async def _hand_over(
    pipeline: EmbeddedPipeline, progress: Progress, stage: str, uploads: list[PlannedUpload], opd: str
) -> _RunFacts:
    facts = _RunFacts()
    tracked: dict[str, _Tracked] = {}
    for planned in uploads:
        name = f"{stage}: {planned.path.name}"
        total = 4 if planned.category is DocumentCategory.RKA else 3
        try:
            outcome = await pipeline.upload_file(planned.path, opd, planned.category, planned.fiscal_year)
        except SamarindaError as exc:
            facts.rejected += 1
            progress.add_task(name, total=total, status=f"[red]rejected: {exc.reason}[/red]")
            continue
        facts.reused += outcome.duplicate
        facts.uploaded += not outcome.duplicate
        task = progress.add_task(name, total=total, completed=1, status="uploaded")
        tracked[outcome.document_id] = _Tracked(task, planned, reused=outcome.duplicate)
        if planned.category is DocumentCategory.RKA:
            facts.rka_document_ids.append(outcome.document_id)
    await _drain(pipeline, progress, tracked)
    return facts


def _finding_reference(findings: list[Finding]) -> str:
    """The price reference a line was held against, else the rule's own evidence, else a document."""
    for finding in findings:
        if finding.reference is not None:
            ref = finding.reference
            unit = f"/{ref.satuan}" if ref.satuan else ""
            return f"{ref.uraian} {format_rupiah(ref.harga)}{unit} ({ref.kode or ref.source_document})"
    evidence = [e for f in findings for e in f.evidence]
    evidence.sort(key=lambda e: e.kind is EvidenceKind.DOCUMENT)
    return evidence[0].text if evidence else ""


def _print_review(rka: Rka, review: Review) -> None:
    summary = review.summary
    console.rule(f"Telaah RKA {review.opd} {review.fiscal_year or ''}".strip())
    for section in sections(rka, review):
        table = Table(
            title=f"{section.sub.kode or ''} {section.sub.nama}".strip(),
            title_justify="left",
            show_lines=False,
        )
        table.add_column("No", justify="right")
        table.add_column("Uraian", max_width=30, no_wrap=True, overflow="ellipsis")
        table.add_column("Temuan", min_width=18, max_width=30)
        table.add_column("Tingkat")
        table.add_column("Dipertaruhkan", justify="right", no_wrap=True)
        table.add_column("Referensi", max_width=60, no_wrap=True, overflow="ellipsis")
        for row in section.lines:
            if not row.findings:
                table.add_row(row.line.line_id, row.line.uraian, "-", "", "", "", style="dim")
                continue
            severity = max((f.severity for f in row.findings), key=lambda s: s.rank)
            table.add_row(
                row.line.line_id,
                row.line.uraian,
                ", ".join(sorted({f.type.value for f in row.findings})),
                severity.value,
                format_rupiah(row.at_stake),
                _finding_reference(row.findings),
            )
        console.print(table)
        for finding in section.structural:
            console.print(f"  [yellow]{finding.type.value}[/yellow] {finding.message}")
    by_type = ", ".join(f"{name} {count}" for name, count in sorted(summary.findings_by_type.items()))
    console.print(
        f"[bold]{summary.flagged_lines} dari {summary.lines} baris ditandai[/bold] ({by_type})\n"
        f"Total anggaran: {format_rupiah(summary.total)}   "
        f"dipertaruhkan: [bold]{format_rupiah(summary.amount_at_stake)}[/bold]   "
        f"potensi penghematan: [bold]{format_rupiah(summary.potential_saving)}[/bold]"
    )
    for warning in review.warnings:
        console.print(f"[yellow]{warning}[/yellow]")


async def _print_evidence(pipeline: EmbeddedPipeline, opd: str) -> None:
    console.rule(f"Evidence from {opd}'s own documents (hybrid search)")
    for query in _EVIDENCE_QUERIES:
        hits = await pipeline.search(query, opd=opd, categories=EVIDENCE_CATEGORIES, k=3)
        table = Table(title=f'"{query}"', title_justify="left")
        for column in ("#", "document", "page", "text"):
            table.add_column(column, overflow="fold", max_width=90 if column == "text" else None)
        for rank, hit in enumerate(hits, start=1):
            text = " ".join(hit.text.split())
            table.add_row(
                str(rank),
                f"{hit.citation.filename} ({hit.category})",
                str(hit.citation.page or ""),
                text if len(text) <= 180 else text[:177] + "...",
            )
        console.print(table)


async def _print_answers(pipeline: EmbeddedPipeline, opd: str) -> None:
    console.rule(f"Ask Samarinda.AI: answers from {opd}'s own data, with citations")
    for question in _QUESTIONS:
        result = await pipeline.ask(question, opd)
        console.print(f"[bold]{escape(question)}[/bold]")
        console.print(f"  {escape(result.answer.text)}")
        for citation in result.answer.citations:
            where = citation.sheet or (f"hal. {citation.page}" if citation.page else "")
            console.print(
                f'  [dim]- {escape(citation.document)} {escape(where)}: "{escape(citation.quote)}"[/dim]'
            )


async def _print_kinerja(pipeline: EmbeddedPipeline) -> None:
    """The performance scorecards per OPD and for the city, then every finding with its pages."""
    cards, findings = await pipeline.kinerja()
    if not cards:
        return
    table = Table(title="Kinerja OPD dari laporannya sendiri (LKjIP, laporan, renja)")
    for column in ("OPD", "tahun", "indikator", "tercapai", "tidak", "serapan anggaran", "temuan"):
        table.add_column(column, justify="left" if column == "OPD" else "right")
    for card in cards:
        absorption = "-" if card.absorption_pct is None else f"{card.absorption_pct:.1f}%".replace(".", ",")
        table.add_row(
            card.opd or "[bold]KOTA[/bold]",
            str(card.fiscal_year),
            str(card.indicators),
            str(card.met),
            str(card.not_met),
            absorption,
            str(sum(card.findings.values())),
        )
    console.print(table)
    for finding in findings:
        cited = "; ".join(f"{c.document} hal. {c.page}" for c in finding.citations)
        console.print(f"  [yellow]{finding.type.value}[/yellow] [{finding.opd}] {finding.message} ({cited})")


def _print_usage(period: str, lines: list[UsageLine]) -> None:
    console.rule(f"AI usage and cost per OPD, period {period} (billing ledger)")
    table = Table()
    for column in ("OPD", "operation", "provider", "units", "events", "cost"):
        table.add_column(column, justify="right" if column in ("units", "events", "cost") else "left")
    for line in lines:
        table.add_row(
            line.opd,
            line.operation,
            line.provider,
            f"{line.units:,}".replace(",", "."),
            str(line.events),
            _rupiah_cents(line.cost_idr),
        )
    console.print(table)
    for opd in sorted({line.opd for line in lines}):
        total = sum((line.cost_idr for line in lines if line.opd == opd), Decimal(0))
        console.print(
            f"{opd}: {_rupiah_cents(total)} (local engines are zero-rated; storage is charged per GiB-month)"
        )


def _rupiah_cents(amount: Decimal) -> str:
    """``Decimal("1234.5678")`` → ``"Rp 1.234,57"``: sub-rupiah amounts, the Indonesian way."""
    grouped = f"{amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return "Rp " + grouped.translate(str.maketrans(",.", ".,"))


async def _run(settings: CommonSettings, samples: Path, opd: str) -> None:
    started = time.perf_counter()
    plan = sample_plan(samples)
    console.rule("Samarinda.AI demo: upload → extract → index → review → ask → billing, in one process")
    console.print(f"samples: {samples}\ndata:    {settings.data_dir}\nOPD:     {opd}")
    async with EmbeddedPipeline(settings) as pipeline:
        with console.status("looking for work an interrupted run left half-way"):
            resumed = await pipeline.resume_interrupted()
        if resumed:
            console.print(f"Finished {len(resumed)} documents an interrupted run had left half-way.")
        extractions_before = await pipeline.extraction_count()
        with _progress() as progress:
            stages = (
                ("SSH", plan.catalogue),  # first, so the RKA is reviewed against it
                ("docs", plan.documents),
                ("RKA", plan.rka),
            )
            facts = [await _hand_over(pipeline, progress, name, uploads, opd) for name, uploads in stages]
            # Performance reports come from several OPDs, each handing over its own.
            for reporter, reports in plan.reports.items():
                facts.append(await _hand_over(pipeline, progress, f"kinerja {reporter}", reports, reporter))
        new_extractions = await pipeline.extraction_count() - extractions_before
        for document_id in [d for f in facts for d in f.rka_document_ids]:
            reviewed = await pipeline.review(document_id)
            if reviewed is None:
                console.print(f"[red]RKA {document_id} was not reviewed; see the dead letters below[/red]")
                continue
            review, rka = reviewed
            _print_review(rka, review)
            report = write_review_report(settings.data_dir, rka, review)
            console.print(f"HTML report: {report}")
        await _print_evidence(pipeline, opd)
        await _print_answers(pipeline, opd)
        await _print_kinerja(pipeline)
        _print_usage(*await pipeline.usage_by_opd())
        for record in pipeline.bus.dead_letters():
            console.print(f"[red]dead letter on {record.topic}: {record.headers.get('dlq-reason')}[/red]")
    uploaded = sum(f.uploaded for f in facts)
    reused = sum(f.reused for f in facts)
    rejected = sum(f.rejected for f in facts)
    console.rule()
    console.print(
        f"{uploaded} documents ingested, {reused} reused from an earlier run (same document ids), "
        f"{rejected} rejected; {new_extractions} new extractions; "
        f"{time.perf_counter() - started:.1f} s"
    )
    if uploaded == 0 and reused:
        console.print("Second run: everything was already ingested, extracted, indexed and reviewed.")
    console.print(
        "See it in the web console (no servers; open the address it prints):\n"
        f"  SAMARINDA_DATA_DIR={settings.data_dir} .venv/bin/samarinda console --port 8000"
    )


def demo_command(
    samples: Annotated[
        Path | None,
        typer.Option("--samples", exists=True, file_okay=False, help="sample set (default: the repo's)"),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", envvar="SAMARINDA_DATA_DIR", help="where the embedded data persists"),
    ] = None,
    opd: Annotated[str, typer.Option("--opd", help="the OPD that hands the documents over")] = "DISDIK",
) -> None:
    """The whole pipeline in one process over the sample data: no server, no internet."""
    configure_logging("samarinda-demo", "WARNING", json=False)
    overrides: dict[str, object] = {"mode": Mode.EMBEDDED}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    settings = CommonSettings(**overrides)
    asyncio.run(_run(settings, samples or samples_dir(), opd))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
