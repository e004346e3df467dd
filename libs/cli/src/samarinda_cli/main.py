"""The ``samarinda`` command: offline tools on the embedded adapters, and a client for a cluster.

Each area registers its commands from ``samarinda_cli.commands.<area>`` so that this file stays
a table of contents.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

from samarinda_cli import commands

app = typer.Typer(
    name="samarinda",
    help="Samarinda.AI: hand over documents, search them, review RKA drafts, see what AI use costs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
    register = getattr(module, "register", None)
    if register is not None:
        register(app)


if __name__ == "__main__":
    app()
