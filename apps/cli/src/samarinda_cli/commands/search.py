"""``samarinda ingest`` (files or folders, in-process) and ``samarinda search`` (local or a cluster).

Both run on the adapters ``SAMARINDA_MODE`` selects: embedded (data under ``SAMARINDA_DATA_DIR``,
no servers) or real (the cluster's OpenSearch/MongoDB). ``search --server`` asks a running
SearchService over gRPC instead.
"""

from __future__ import annotations

import asyncio
import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import grpc
import typer
from samarinda.search.v1 import search_service_pb2 as pb
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda_common.errors import SamarindaError
from samarinda_common.events import DocumentCategory
from samarinda_common.extracted import ExtractedDocument
from samarinda_common.infra import build_infra
from samarinda_common.logging import configure_logging
from samarinda_common.messaging import InProcessBus
from samarinda_embedding import api as embedding
from samarinda_embedding.api import (
    AcceptedFile,
    EmbeddingSettings,
    IngestResult,
    LocalIngest,
    SearchFilters,
    SearchHit,
    SearchMode,
    build_indexer,
    build_searcher,
    embedder_for,
    files_under,
)
from samarinda_extraction.api import extract_file
from samarinda_upload.api import (
    UploadSettings,
    document_id_for,
    rejection_reason,
    upload_file,
    validate_isolated,
)


class OutputFormat(StrEnum):
    JSON = "json"
    TABLE = "table"


async def _ingest(
    paths: list[Path], opd: str, category: DocumentCategory, fiscal_year: int | None
) -> list[IngestResult]:
    settings = EmbeddingSettings()
    settings.ensure_data_dir()
    infra = build_infra(settings, embedding.tenancy_for(settings))
    limits = UploadSettings().validation_limits()

    async def validate(path: Path) -> AcceptedFile:
        return await asyncio.to_thread(validate_isolated, path, path.name, limits=limits)

    async def extract(path: Path, filename: str, detected_type: str) -> ExtractedDocument:
        return await asyncio.to_thread(extract_file, path)

    indexer = build_indexer(settings, infra.vector_index, embedder_for(settings), InProcessBus())
    pipeline = LocalIngest(
        store=infra.document_store,
        indexer=indexer,
        validate=validate,
        extract=extract,
        document_id_for=document_id_for,
    )
    try:
        await indexer.ensure_indexes()
        return [
            await pipeline.ingest(path, opd=opd, category=category, fiscal_year=fiscal_year)
            for path in files_under(paths)
        ]
    finally:
        await infra.close()


def _upload(
    server: str, token: str | None, path: Path, opd: str, category: DocumentCategory, fiscal_year: int | None
) -> IngestResult:
    metadata = upload_pb.DocumentMetadata(
        opd=opd, category=category.value, fiscal_year=fiscal_year, filename=path.name
    )
    try:
        response = upload_file(server, path, metadata, token=token)
    except grpc.RpcError as error:
        return IngestResult(
            path=str(path), status="rejected", reason=f"{rejection_reason(error)}: {error.details()}"
        )
    status = "unchanged" if response.duplicate else "uploaded"
    return IngestResult(path=str(path), status=status, document_id=response.document_id)


def _quiet_logs() -> None:
    # stdout carries the JSON answer; logs go to stderr, and only when something is wrong.
    configure_logging("samarinda-cli", "WARNING", json=False)


def ingest_command(
    paths: list[Path] = typer.Argument(..., exists=True, help="files or folders (searched recursively)"),
    opd: str = typer.Option(..., "--opd", help="OPD code, e.g. DISDIK"),
    category: DocumentCategory = typer.Option(DocumentCategory.OTHER, "--category"),
    fiscal_year: int | None = typer.Option(None, "--fiscal-year"),
    server: str | None = typer.Option(
        None, "--server", envvar="SAMARINDA_UPLOAD_SERVER", help="host:port of a running UploadService"
    ),
    token: str | None = typer.Option(None, "--token", envvar="SAMARINDA_TOKEN"),
) -> None:
    """Validate, extract and index files in this process (or upload them to a cluster with
    --server, whose pipeline does the rest); prints one JSON object per file."""
    _quiet_logs()
    if server:
        results = [_upload(server, token, path, opd, category, fiscal_year) for path in files_under(paths)]
    else:
        results = asyncio.run(_ingest(paths, opd, category, fiscal_year))
    for result in results:
        typer.echo(json.dumps(result.__dict__, ensure_ascii=False))
    raise typer.Exit(1 if any(r.status == "rejected" for r in results) else 0)


def _hit_json(
    document: str, document_id: str, page: int | None, score: float, text: str, **more: Any
) -> dict[str, Any]:
    return {
        "document": document,
        "page": page,
        "score": round(score, 6),
        "text": text,
        "document_id": document_id,
        **more,
    }


async def _search_here(query: str, filters: SearchFilters, k: int, mode: SearchMode) -> list[SearchHit]:
    settings = EmbeddingSettings()
    infra = build_infra(settings, embedding.tenancy_for(settings))
    try:
        return await build_searcher(settings, infra.vector_index, embedder_for(settings)).search(
            query, filters=filters, k=k, mode=mode
        )
    finally:
        await infra.close()


def _local_hits(query: str, filters: SearchFilters, k: int, mode: SearchMode) -> list[dict[str, Any]]:
    return [
        _hit_json(
            h.citation.filename,
            h.citation.document_id,
            h.citation.page,
            h.score,
            h.text,
            opd=h.opd,
            category=h.category,
            sheet=h.citation.sheet,
            table=h.citation.table,
            rows=[h.citation.first_row, h.citation.last_row] if h.citation.first_row is not None else None,
            highlights=list(h.highlights),
        )
        for h in asyncio.run(_search_here(query, filters, k, mode))
    ]


_PROTO_MODES = {
    SearchMode.HYBRID: pb.SEARCH_MODE_HYBRID,
    SearchMode.BM25: pb.SEARCH_MODE_BM25,
    SearchMode.KNN: pb.SEARCH_MODE_KNN,
}


def _remote_hits(
    server: str, token: str | None, query: str, filters: SearchFilters, k: int, mode: SearchMode
) -> list[dict[str, Any]]:
    request = pb.SearchRequest(
        query=query,
        k=k,
        mode=_PROTO_MODES[mode],
        filters=pb.SearchFilters(
            opd=list(filters.opd), category=list(filters.category), fiscal_year=list(filters.fiscal_year)
        ),
    )
    response = embedding.search(server, request, token=token)
    return [
        _hit_json(
            h.citation.filename,
            h.citation.document_id,
            h.citation.page if h.citation.HasField("page") else None,
            h.score,
            h.text,
            opd=h.opd,
            category=h.category,
            highlights=list(h.highlights),
        )
        for h in response.hits
    ]


def _print_table(hits: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("#", "score", "document", "page", "text")
    for rank, hit in enumerate(hits, start=1):
        text = hit["text"] if len(hit["text"]) <= 160 else hit["text"][:157] + "..."
        table.add_row(str(rank), f"{hit['score']:.4f}", hit["document"], str(hit["page"] or ""), text)
    Console().print(table)


def search_command(
    query: str = typer.Argument(..., help="what to look for, in any wording"),
    opd: list[str] = typer.Option([], "--opd", help="only this OPD's documents (repeatable)"),
    category: list[str] = typer.Option([], "--category", help="only these categories (repeatable)"),
    fiscal_year: list[int] = typer.Option([], "--fiscal-year"),
    k: int = typer.Option(10, "--k", min=1, max=100),
    mode: SearchMode = typer.Option(SearchMode.HYBRID, "--mode"),
    output: OutputFormat = typer.Option(OutputFormat.TABLE, "--format"),
    server: str | None = typer.Option(
        None, "--server", envvar="SAMARINDA_SEARCH_SERVER", help="host:port of a running SearchService"
    ),
    token: str | None = typer.Option(None, "--token", envvar="SAMARINDA_TOKEN"),
) -> None:
    """Hybrid search over indexed documents; best first, each hit with its document and page."""
    _quiet_logs()
    filters = SearchFilters(opd=tuple(opd), category=tuple(category), fiscal_year=tuple(fiscal_year))
    try:
        hits = (
            _remote_hits(server, token, query, filters, k, mode)
            if server
            else _local_hits(query, filters, k, mode)
        )
    except SamarindaError as error:
        typer.echo(
            json.dumps({"error": error.reason, "message": error.message}, ensure_ascii=False), err=True
        )
        raise typer.Exit(2) from None
    except grpc.RpcError as error:
        typer.echo(json.dumps({"error": error.code().name, "message": error.details()}), err=True)
        raise typer.Exit(2) from None
    if output is OutputFormat.JSON:
        typer.echo(json.dumps({"hits": hits}, ensure_ascii=False))
    else:
        _print_table(hits)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("search")(search_command)
