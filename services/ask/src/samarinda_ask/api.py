"""The ask service's public root for applications (the CLI, the demo, a console).

Applications import this module and the service's gRPC API, nothing else of the service
(import-linter enforces it).
"""

from __future__ import annotations

from samarinda_ask.bootstrap import build_deps, tenancy_for
from samarinda_ask.client import ask_remote
from samarinda_ask.domain.answering import NOT_FOUND, Answer, Citation
from samarinda_ask.service_layer.asking import SERVICE, AskCommand, AskDeps, AskFilters, AskResult, ask
from samarinda_ask.settings import AskSettings

__all__ = [
    "NOT_FOUND",
    "SERVICE",
    "Answer",
    "AskCommand",
    "AskDeps",
    "AskFilters",
    "AskResult",
    "AskSettings",
    "Citation",
    "ask",
    "ask_remote",
    "build_deps",
    "tenancy_for",
]
