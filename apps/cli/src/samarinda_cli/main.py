"""The ``samarinda`` command: offline tools on the embedded adapters, and a client for a cluster.

Each area registers its commands from ``samarinda_cli.commands.<area>``. When the command line
names a command, only its area is imported: importing every service (OCR, PDF, gRPC, Kafka stacks)
costs seconds, and ``samarinda validate FILE`` should not pay for ``samarinda review``. The full
listing (``--help``, no arguments) imports them all.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from samarinda_cli import commands

# command name -> the module under samarinda_cli.commands that registers it
COMMAND_AREAS: dict[str, str] = {
    "validate": "upload",
    "upload": "upload",
    "extract": "extract",
    "ingest": "search",
    "search": "search",
    "review": "review",
    "inspect": "review",
    "billing": "billing",
    "kinerja": "kinerja",
    "demo": "demo",
    "console": "console",
    "ask": "ask",
}


def _areas_for(argv: list[str]) -> list[str]:
    named = next((arg for arg in argv if not arg.startswith("-")), None)
    if named in COMMAND_AREAS:
        return [COMMAND_AREAS[named]]
    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__))


def build_app(argv: list[str]) -> typer.Typer:
    app = typer.Typer(
        name="samarinda",
        help="Samarinda.AI: hand over documents, search them, review RKA drafts, see what AI use costs.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
    )

    @app.callback()
    def samarinda() -> None:
        # A callback keeps the app a command group even when only one area's single command is
        # registered; otherwise Typer would treat the command's own name as an extra argument.
        """Samarinda.AI: hand over documents, search them, review RKA drafts, see what AI use costs."""

    for area in _areas_for(argv):
        importlib.import_module(f"{commands.__name__}.{area}").register(app)
    return app


app = build_app(sys.argv[1:])

if __name__ == "__main__":
    app()
