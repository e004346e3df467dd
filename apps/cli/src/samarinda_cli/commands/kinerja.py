"""``samarinda kinerja FILE... --opd OPD``: indicators, budget absorption and the findings that
show a report is inaccurate, from an OPD's own reports.

Embedded (default): the files are extracted and read in this process; only they are compared
with each other. ``--server``: the files are uploaded for the OPD, the cluster's extraction and
performance services read them, and the answer comes from the PerformanceService (where the OPD's
earlier documents take part in the checks too).
"""

from __future__ import annotations

import asyncio
import json
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import grpc
import typer
from rich.console import Console
from rich.table import Table
from samarinda.performance.v1 import performance_service_pb2 as pb
from samarinda.performance.v1 import performance_service_pb2_grpc as pb_grpc
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda_common.errors import InvalidInput
from samarinda_common.logging import configure_logging
from samarinda_extraction.api import extract_file
from samarinda_performance.api import (
    INDICATOR_FIELDS,
    Card,
    EmbeddedAnalysis,
    payload,
    render_html,
    render_xlsx,
)
from samarinda_upload.api import upload_file

console = Console()
errors = Console(stderr=True, soft_wrap=True)


class KinerjaFormat(StrEnum):
    JSON = "json"
    TABLE = "table"
    HTML = "html"
    XLSX = "xlsx"


def _embedded(files: list[Path], opd: str) -> tuple[dict[str, Any], list[Card]]:
    async def run() -> tuple[dict[str, Any], list[Card]]:
        analysis = EmbeddedAnalysis()
        for file in files:
            try:
                await analysis.add(extract_file(file), opd=opd)
            except InvalidInput as exc:
                errors.print(f"cannot read {file.name}: {exc.reason}: {exc.message}", markup=False)
                raise typer.Exit(1) from exc
        indicators = await analysis.indicators(opd)
        findings = await analysis.findings(opd)
        return payload(indicators, findings), await analysis.scorecard(opd)

    return asyncio.run(run())


def _page(value: str) -> int | str:
    return int(value) if value.isdigit() else value


def _number(message: Any, name: str) -> float | None:
    return getattr(message, name) if message.HasField(name) else None


def _from_server(
    files: list[Path], opd: str, upload_server: str, server: str, token: str | None, timeout: float
) -> dict[str, Any]:
    metadata = [("authorization", f"Bearer {token}")] if token else []
    ids = []
    for file in files:
        meta = upload_pb.DocumentMetadata(opd=opd, category="laporan", filename=file.name)
        ids.append(upload_file(upload_server, file, meta, token=token).document_id)
    with grpc.insecure_channel(server) as channel:
        stub = pb_grpc.PerformanceServiceStub(channel)
        deadline = time.monotonic() + timeout
        read: dict[str, list[Any]] = {}
        # The worker reads each document after extraction: wait until every one has indicators.
        while True:
            for document_id in ids:
                if not read.get(document_id):
                    reply = stub.ListIndicators(
                        pb.ListIndicatorsRequest(opd=opd, document_id=document_id),
                        metadata=metadata,
                        timeout=30,
                    )
                    read[document_id] = list(reply.indicators)
            if all(read.values()) or time.monotonic() > deadline:
                break
            time.sleep(2.0)
        missing = [f.name for f, i in zip(files, ids, strict=True) if not read.get(i)]
        if missing:
            errors.print(f"no indicators read (yet) from: {', '.join(missing)}", markup=False)
        findings = stub.ListFindings(pb.ListFindingsRequest(opd=opd), metadata=metadata, timeout=30).findings
    cited = set(ids)
    return {
        "indicators": [
            {
                "indicator": r.indicator,
                "unit": r.unit or None,
                "fiscal_year": r.fiscal_year if r.HasField("fiscal_year") else None,
                "target": _number(r, "target"),
                "realisation": _number(r, "realisation"),
                "achievement_pct": _number(r, "achievement_pct"),
                "document": r.citation.document,
                "page": _page(r.citation.page),
            }
            for document_id in ids
            for r in read[document_id]
        ],
        "findings": [
            {
                "type": pb.FindingType.Name(f.type).removeprefix("FINDING_TYPE_"),
                "message": f.message,
                "citations": [{"document": c.document, "page": _page(c.page)} for c in f.citations],
            }
            for f in findings
            if any(c.document_id in cited for c in f.citations)
        ],
    }


def _print_table(data: dict[str, Any]) -> None:
    table = Table(title="Indikator kinerja")
    for column in INDICATOR_FIELDS:
        table.add_column(column)
    for row in data["indicators"]:
        table.add_row(*("-" if v is None else str(v) for v in row.values()))
    console.print(table)
    if not data["findings"]:
        console.print("Tidak ada temuan.")
    for finding in data["findings"]:
        cited = "; ".join(f"{c['document']} hal. {c['page']}" for c in finding["citations"])
        console.print(
            f"[bold]{finding['type']}[/bold] {finding['message']} ({cited})", markup=True, highlight=False
        )


def kinerja_command(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, readable=True, help="reports")],
    opd: Annotated[str, typer.Option("--opd", help="the OPD whose reports these are, e.g. DINKES")],
    output_format: Annotated[KinerjaFormat, typer.Option("--format", help="json, table, html or xlsx")] = (
        KinerjaFormat.TABLE
    ),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file for html / xlsx")] = None,
    server: Annotated[bool, typer.Option("--server", help="use the cluster instead of this process")] = False,
    performance_server: Annotated[
        str, typer.Option("--performance-server", envvar="SAMARINDA_PERFORMANCE_SERVER", help="host:port")
    ] = "127.0.0.1:50055",
    upload_server: Annotated[
        str, typer.Option("--upload-server", envvar="SAMARINDA_UPLOAD_SERVER", help="host:port")
    ] = "127.0.0.1:50051",
    token: Annotated[
        str | None,
        typer.Option("--token", envvar=["SAMARINDA_TOKEN", "SAMARINDA_API_TOKEN"], help="API token"),
    ] = None,
    timeout: Annotated[float, typer.Option(help="seconds to wait for the cluster to read the files")] = 600.0,
) -> None:
    """Indicators, budget absorption and inconsistencies in an OPD's performance reports
    (LKjIP / LAKIP, laporan kinerja, realisasi anggaran, renja / renstra), each with its page."""
    configure_logging("samarinda-cli", "WARNING", json=False)  # stdout is the answer; logs go to stderr
    opd = opd.strip().upper()
    cards: list[Card] = []
    if server:
        try:
            data = _from_server(files, opd, upload_server, performance_server, token, timeout)
        except grpc.RpcError as error:
            errors.print(f"{error.code().name}: {error.details()}", markup=False)
            raise typer.Exit(2) from error
    else:
        data, cards = _embedded(files, opd)
    if output_format is KinerjaFormat.JSON:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif output_format is KinerjaFormat.TABLE:
        _print_table(data)
    else:
        target = output or Path(f"kinerja_{opd.lower()}.{output_format.value}")
        if output_format is KinerjaFormat.HTML:
            target.write_text(render_html(data, cards), encoding="utf-8")
        else:
            target.write_bytes(render_xlsx(data, cards))
        errors.print(f"wrote {target}", markup=False)


def register(app: typer.Typer) -> None:
    app.command("kinerja")(kinerja_command)
