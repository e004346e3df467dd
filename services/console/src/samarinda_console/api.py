"""The console's public root for applications (``samarinda console`` in the CLI).

Applications import this module, nothing else of the console (import-linter enforces it).
"""

from __future__ import annotations

from samarinda_console.adapters.grpc_platform import GrpcPlatform
from samarinda_console.bootstrap import build_console, serve_console
from samarinda_console.settings import ConsoleSettings
from samarinda_console.web.app import build_app

__all__ = ["ConsoleSettings", "GrpcPlatform", "build_app", "build_console", "serve_console"]
