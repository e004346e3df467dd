"""``samarinda upload`` (to the running service over gRPC) and ``samarinda validate`` (offline)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import grpc
import typer
from samarinda.upload.v1 import upload_service_pb2 as pb
from samarinda_common.errors import SamarindaError
from samarinda_upload.api import UploadSettings, rejection_reason, upload_file, validate_isolated


def _emit(payload: dict[str, Any], exit_code: int) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False))
    raise typer.Exit(exit_code)


def validate_command(file: str = typer.Argument(..., help="the file to check")) -> None:
    """Run the upload service's validation offline; prints one JSON object (exit 0 accepted, 2 refused)."""
    path = Path(file)
    try:
        if not path.is_file():
            _emit({"accepted": False, "reason": "UNREADABLE", "message": f"{file} is not a readable file"}, 2)
        accepted = validate_isolated(path, path.name, limits=UploadSettings().validation_limits())
    except SamarindaError as exc:
        _emit({"accepted": False, "reason": exc.reason, "message": exc.message}, 2)
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:  # the edge: whatever happens, one JSON object and a refusal
        _emit({"accepted": False, "reason": "VALIDATION_ERROR", "message": type(exc).__name__}, 2)
    _emit(
        {
            "accepted": True,
            "detected_type": accepted.detected_type,
            "sha256": accepted.sha256,
            "size_bytes": accepted.size_bytes,
        },
        0,
    )


def upload_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    opd: str = typer.Option(..., "--opd", help="OPD code, e.g. DISDIK"),
    category: str = typer.Option("lainnya", "--category", help="rka, ssh, laporan, penawaran, ..."),
    fiscal_year: int | None = typer.Option(None, "--fiscal-year"),
    title: str = typer.Option("", "--title"),
    server: str = typer.Option("127.0.0.1:50051", "--server", envvar="SAMARINDA_UPLOAD_SERVER"),
    token: str | None = typer.Option(None, "--token", envvar="SAMARINDA_TOKEN", help="API token of the OPD"),
) -> None:
    """Upload FILE to the running upload service; prints the document id and status as JSON."""
    metadata = pb.DocumentMetadata(
        opd=opd, category=category, fiscal_year=fiscal_year, title=title, filename=os.path.basename(file)
    )
    try:
        response = upload_file(server, file, metadata, token=token)
    except grpc.RpcError as error:
        _emit({"accepted": False, "reason": rejection_reason(error), "message": error.details()}, 2)
    _emit(
        {
            "accepted": True,
            "document_id": response.document_id,
            "status": pb.DocumentStatus.Name(response.status).removeprefix("DOCUMENT_STATUS_").lower(),
            "duplicate": response.duplicate,
            "detected_type": response.detected_type,
            "size_bytes": response.size_bytes,
        },
        0,
    )


def register(app: typer.Typer) -> None:
    app.command("validate")(validate_command)
    app.command("upload")(upload_command)
