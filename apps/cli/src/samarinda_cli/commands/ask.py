"""``samarinda ask "…"``: a grounded answer with citations, over what ``samarinda ingest`` indexed
(in this process, on the adapters ``SAMARINDA_MODE`` selects) or from a running AskService
(``--server``).

``--format json`` prints ``{"found", "answer", "citations": [{"document", "page", "quote"}]}``,
where ``document`` is the file name as uploaded and ``page`` the page number or sheet name.
"""

from __future__ import annotations

import asyncio
import json
from enum import StrEnum
from typing import Any

import grpc
import typer
from samarinda.ask.v1 import ask_service_pb2 as pb
from samarinda_ask.api import (
    AskCommand,
    AskFilters,
    AskResult,
    AskSettings,
    ask,
    ask_remote,
    build_deps,
    tenancy_for,
)
from samarinda_common.auth import Principal, use_principal
from samarinda_common.errors import SamarindaError
from samarinda_common.infra import build_infra
from samarinda_common.logging import configure_logging
from samarinda_common.messaging import InProcessBus


class AskFormat(StrEnum):
    JSON = "json"
    TEXT = "text"


async def _ask_here(command: AskCommand, opd: str | None) -> AskResult:
    settings = AskSettings()
    infra = build_infra(settings, tenancy_for(settings))
    # One local user: acting for the OPD named, or city-wide (as an admin) when none is.
    principal = Principal(opd=opd, is_admin=False, token_id="cli") if opd else Principal.platform("cli")  # noqa: S106 (a label)
    try:
        with use_principal(principal):
            return await ask(build_deps(settings, infra, InProcessBus()), command)
    finally:
        await infra.close()


def _local(command: AskCommand, opd: str | None) -> tuple[dict[str, Any], str]:
    result = asyncio.run(_ask_here(command, opd))
    answer = result.answer
    citations = [
        {"document": c.document, "page": c.sheet or c.page, "quote": c.quote} for c in answer.citations
    ]
    return {"found": answer.found, "answer": answer.text, "citations": citations}, result.conversation_id


def _remote(server: str, token: str | None, command: AskCommand) -> tuple[dict[str, Any], str]:
    request = pb.AskRequest(question=command.question, conversation_id=command.conversation_id)
    response = ask_remote(server, request, token=token)
    citations = [
        {
            "document": c.document,
            "page": c.sheet if c.HasField("sheet") else (c.page if c.HasField("page") else None),
            "quote": c.quote,
        }
        for c in response.citations
    ]
    return {
        "found": response.found,
        "answer": response.answer,
        "citations": citations,
    }, response.conversation_id


def ask_command(
    question: str = typer.Argument(..., help="the question, in Indonesian"),
    opd: str | None = typer.Option(None, "--opd", help="ask over this OPD's documents (default: city-wide)"),
    output: AskFormat = typer.Option(AskFormat.TEXT, "--format"),
    conversation: str = typer.Option("", "--conversation", help="the id a previous answer printed"),
    server: str | None = typer.Option(
        None, "--server", envvar="SAMARINDA_ASK_SERVER", help="host:port of a running AskService"
    ),
    token: str | None = typer.Option(None, "--token", envvar="SAMARINDA_TOKEN"),
) -> None:
    """Answer a question from the OPDs' own documents, each claim with its source."""
    configure_logging("samarinda-cli", "WARNING", json=False)
    command = AskCommand(question=question, filters=AskFilters(), conversation_id=conversation)
    try:
        body, conversation_id = _remote(server, token, command) if server else _local(command, opd)
    except SamarindaError as error:
        typer.echo(
            json.dumps({"error": error.reason, "message": error.message}, ensure_ascii=False), err=True
        )
        raise typer.Exit(2) from None
    except grpc.RpcError as error:
        typer.echo(json.dumps({"error": error.code().name, "message": error.details()}), err=True)
        raise typer.Exit(2) from None
    if output is AskFormat.JSON:
        typer.echo(json.dumps(body, ensure_ascii=False))
        return
    typer.echo(body["answer"])
    for number, citation in enumerate(body["citations"], start=1):
        where = f", {citation['page']}" if citation["page"] is not None else ""
        typer.echo(f'  [{number}] {citation["document"]}{where}: "{citation["quote"]}"')
    typer.echo(f"(percakapan: {conversation_id})")


def register(app: typer.Typer) -> None:
    app.command("ask")(ask_command)
