"""``samarinda billing …``: offline replay, forecast and tariffs; usage, balance, credits via gRPC."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import grpc
import typer
from google.protobuf.json_format import MessageToDict
from rich.console import Console
from rich.table import Table
from samarinda.billing.v1 import billing_service_pb2 as pb
from samarinda.billing.v1 import billing_service_pb2_grpc as pb_grpc
from samarinda_billing.api import (
    forecast_to_json,
    load_forecast_profile,
    load_tariff_book,
    next_month_forecast,
    parse_volumes,
    replay,
    tariff_book_to_json,
)

billing_app = typer.Typer(
    help="What AI use costs: usage, credits, forecasts, statements.", no_args_is_help=True
)
console = Console()
errors = Console(stderr=True, soft_wrap=True)


class OutputFormat(StrEnum):
    JSON = "json"
    TABLE = "table"


class StatementFileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


FormatOption = Annotated[OutputFormat, typer.Option("--format", help="json or table")]
TariffOption = Annotated[Path | None, typer.Option("--tariffs", help="a TOML tariff book (default: shipped)")]
ServerOption = Annotated[str, typer.Option("--server", envvar="SAMARINDA_BILLING_SERVER", help="host:port")]
TokenOption = Annotated[
    str | None, typer.Option("--token", envvar=["SAMARINDA_TOKEN", "SAMARINDA_API_TOKEN"], help="API token")
]
FileFormatOption = Annotated[StatementFileFormat, typer.Option("--format", help="csv or xlsx")]


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _print_table(title: str, rows: Sequence[dict[str, Any]]) -> None:
    table = Table(title=title)
    columns = list(rows[0]) if rows else []
    for column in columns:
        table.add_column(column, justify="right" if isinstance(rows[0][column], int) else "left")
    for row in rows:
        table.add_row(
            *(
                "" if row[c] is None else f"{row[c]:,}" if isinstance(row[c], int) else str(row[c])
                for c in columns
            )
        )
    console.print(table)


@billing_app.command("replay")
def replay_command(
    events: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="one usage event per line")],
    output: FormatOption = OutputFormat.JSON,
    tariffs: TariffOption = None,
) -> None:
    """Recompute usage and cost per OPD and operation from an exported event log (offline)."""
    with events.open(encoding="utf-8") as lines:
        report = replay(lines, load_tariff_book(tariffs))
    for error in report.errors:
        errors.print(f"line {error.line}: {error.reason}", markup=False, highlight=False)
    result = report.to_json()
    if output is OutputFormat.JSON:
        _print_json(result)
    else:
        _print_table(
            f"usage: {result['events']} events, {result['duplicates']} duplicates, "
            f"Rp {result['total_cost_idr']:,}",
            result["usage"],
        )


@billing_app.command("forecast")
def forecast_command(
    scenario: Annotated[str, typer.Option(help="full-use: every OPD at the default profile")] = "full-use",
    volumes: Annotated[Path | None, typer.Option(help="JSON [{opd, operation, provider, units}]")] = None,
    profile: Annotated[Path | None, typer.Option(help="a TOML forecast profile (default: shipped)")] = None,
    output: FormatOption = OutputFormat.JSON,
    tariffs: TariffOption = None,
) -> None:
    """Next month's cost of planned volumes (or full use by all OPDs), and rent vs own."""
    if volumes is None and scenario != "full-use":
        raise typer.BadParameter("unknown scenario (full-use), or give --volumes", param_hint="--scenario")
    planned = parse_volumes(json.loads(volumes.read_text("utf-8"))) if volumes else None
    result = forecast_to_json(
        next_month_forecast(
            load_forecast_profile(profile), load_tariff_book(tariffs), datetime.now(UTC), planned
        )
    )
    if output is OutputFormat.JSON:
        _print_json(result)
        return
    _print_table(
        f"forecast {result['month']}: Rp {result['total_idr']:,} (US${result['total_usd']})",
        [
            {k: line[k] for k in ("opd", "operation", "provider", "units", "cost_idr")}
            for line in result["lines"]
        ],
    )
    _print_table("rent vs own (per month)", [result["rent_vs_own"]])


@billing_app.command("tariffs")
def tariffs_command(output: FormatOption = OutputFormat.TABLE, tariffs: TariffOption = None) -> None:
    """The tariff book: prices per operation and provider, and the dated USD→IDR rates."""
    book = tariff_book_to_json(load_tariff_book(tariffs))
    if output is OutputFormat.JSON:
        _print_json(book)
        return
    _print_table("USD→IDR", book["exchange_rates"])
    for version in book["versions"]:
        _print_table(
            f"tariff {version['version']} from {version['effective_from']}",
            [{**p, "providers": ",".join(p["providers"])} for p in version["prices"]],
        )


def _call(server: str, token: str | None, method: str, request: Any) -> Any:
    metadata = [("authorization", f"Bearer {token}")] if token else []
    with grpc.insecure_channel(server) as channel:
        try:
            stub = pb_grpc.BillingServiceStub(channel)
            return getattr(stub, method)(request, metadata=metadata, timeout=30)
        except grpc.RpcError as exc:
            errors.print(f"{exc.code().name}: {exc.details()}", markup=False)
            raise typer.Exit(1) from exc


def _print_message(message: Any) -> None:
    _print_json(
        MessageToDict(message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True)
    )


@billing_app.command("usage")
def usage_command(
    server: ServerOption,
    token: TokenOption = None,
    opd: str = "",
    period: str = "",
    operation: str = "",
    output: FormatOption = OutputFormat.JSON,
) -> None:
    """Usage and cost of one period (default: the current one), per OPD, operation and provider."""
    request = pb.GetUsageRequest(opd=opd, period=period, operation=operation)
    response = _call(server, token, "GetUsage", request)
    if output is OutputFormat.JSON:
        _print_message(response)
    else:
        rows = [MessageToDict(line, preserving_proto_field_name=True) for line in response.lines]
        _print_table(f"usage {response.period}: Rp {response.total_cost_idr:,}", rows)


@billing_app.command("balance")
def balance_command(
    server: ServerOption, opd: Annotated[str, typer.Option()], token: TokenOption = None, period: str = ""
) -> None:
    """An OPD's allocation, spending and quota state, and the city's credit pool."""
    _print_message(_call(server, token, "GetBalance", pb.GetBalanceRequest(opd=opd, period=period)))


@billing_app.command("topup")
def topup_command(
    server: ServerOption,
    amount_idr: Annotated[int, typer.Option("--amount-idr")],
    request_id: Annotated[str, typer.Option(help="idempotency key")],
    token: TokenOption = None,
    note: str = "",
) -> None:
    """Add credits to the city's pool (admin)."""
    _print_message(
        _call(
            server, token, "TopUp", pb.TopUpRequest(request_id=request_id, amount_idr=amount_idr, note=note)
        )
    )


@billing_app.command("allocate")
def allocate_command(
    server: ServerOption,
    opd: Annotated[str, typer.Option()],
    monthly_idr: Annotated[int, typer.Option("--monthly-idr")],
    hard: Annotated[bool, typer.Option("--hard/--soft", help="refuse paid AI")] = True,
    token: TokenOption = None,
) -> None:
    """Set an OPD's monthly allocation and limit kind (admin)."""
    _print_message(
        _call(
            server,
            token,
            "SetAllocation",
            pb.SetAllocationRequest(opd=opd, monthly_idr=monthly_idr, hard_limit=hard),
        )
    )


@billing_app.command("statement")
def statement_command(
    server: ServerOption,
    period: Annotated[str, typer.Option(help="YYYY-MM")],
    token: TokenOption = None,
    opd: str = "",
    file_format: FileFormatOption = StatementFileFormat.CSV,
    output: Annotated[Path | None, typer.Option(help="file to write")] = None,
) -> None:
    """Download the statement of one period (and OPD) as CSV or XLSX."""
    fmt = pb.STATEMENT_FORMAT_XLSX if file_format is StatementFileFormat.XLSX else pb.STATEMENT_FORMAT_CSV
    response = _call(
        server, token, "ExportStatement", pb.ExportStatementRequest(period=period, opd=opd, format=fmt)
    )
    target = output or Path(os.getcwd()) / response.filename
    target.write_bytes(response.content)
    errors.print(f"wrote {target} ({len(response.content)} bytes, {response.content_type})", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(billing_app, name="billing")
