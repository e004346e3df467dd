"""``samarinda extract FILE``: the service's extraction on one local file, no server needed."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractedDocument
from samarinda_extraction.api import (
    DocumentKind,
    archive_members,
    detect_kind,
    extract_bytes,
    extract_file,
    ocr_process_pool,
)


class OutputFormat(StrEnum):
    JSON = "json"
    TEXT = "text"  # the text alone, pages separated by form feeds (as pdftotext prints it)
    ANNOTATED = "annotated"  # text with page headers, confidence, tables, metadata and warnings


def extract(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="PDF, image, DOCX, ...")
    ],
    output: Annotated[
        OutputFormat,
        typer.Option("--format", help="json, text (pages separated by form feeds) or annotated"),
    ] = OutputFormat.JSON,
    ocr_workers: Annotated[int, typer.Option(min=1, help="OCR processes for scanned pages")] = 1,
) -> None:
    """Extract text, tables and metadata; a ZIP's members are extracted one by one."""
    executor = ocr_process_pool(ocr_workers) if ocr_workers > 1 else None
    try:
        data = file.read_bytes()
        if detect_kind(data, file.name, None) is DocumentKind.ZIP:
            documents = [
                extract_bytes(content, name, executor=executor) for name, content in archive_members(data)
            ]
        else:
            documents = [extract_file(file, executor=executor)]
    except InvalidInput as exc:
        typer.echo(f"cannot extract {file.name}: {exc.reason}: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    finally:
        if executor is not None:
            executor.shutdown()
    if output is OutputFormat.JSON:
        payload = [d.model_dump(mode="json") for d in documents]
        typer.echo(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False))
    elif output is OutputFormat.TEXT:
        # pdftotext ends every page with a form feed
        typer.echo("".join(f"{page.text.rstrip()}\n\f" for d in documents for page in d.pages), nl=False)
    else:
        typer.echo("\n\n".join(_annotated(d) for d in documents))


def _annotated(document: ExtractedDocument) -> str:
    parts = [f"# {document.filename} ({document.detected_type}, language {document.language or '?'})"]
    for page in document.pages:
        where = f"sheet {page.sheet}" if page.sheet else f"page {page.number}"
        confidence = f", confidence {page.confidence:.0f}" if page.confidence is not None else ""
        parts.append(f"--- {where} [{page.method.value}{confidence}]\n{page.text}")
    for table in document.tables:
        where = f"sheet {table.sheet}" if table.sheet else f"page {table.page}"
        rows = "\n".join("\t".join("" if v is None else str(v) for v in row) for row in table.rows)
        parts.append(f"--- table {table.index} on {where} (header row {table.header_row})\n{rows}")
    meta = document.metadata
    parts.append(
        "--- metadata\n"
        f"dates: {', '.join(meta.dates) or '-'}\n"
        f"OPD: {'; '.join(meta.opd_names) or '-'}\n"
        f"amounts: {', '.join(f'{a.text} = {a.value}' for a in meta.amounts) or '-'}"
    )
    parts.extend(f"warning: {w}" for w in document.warnings)
    return "\n".join(parts)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
