"""The performance service's public root for applications (the CLI, the demo, a console).

Applications import this module and the service's gRPC API, nothing else of the service
(import-linter enforces it): the layers behind these names may change without notice.
"""

from __future__ import annotations

from samarinda_performance.bootstrap import build_embedded, build_performance
from samarinda_performance.domain.indicator_names import indicator_key
from samarinda_performance.domain.model import Citation, DocumentType, Finding, FindingType, Indicator
from samarinda_performance.domain.scorecard import Card
from samarinda_performance.entrypoints.kafka import extracted_subscription
from samarinda_performance.report import INDICATOR_FIELDS, payload, render_html, render_xlsx
from samarinda_performance.service_layer.handlers import TENANCY, Performance, ensure_indexes
from samarinda_performance.service_layer.local import EmbeddedAnalysis
from samarinda_performance.settings import PerformanceSettings

__all__ = [
    "INDICATOR_FIELDS",
    "TENANCY",
    "Card",
    "Citation",
    "DocumentType",
    "EmbeddedAnalysis",
    "Finding",
    "FindingType",
    "Indicator",
    "Performance",
    "PerformanceSettings",
    "build_embedded",
    "build_performance",
    "ensure_indexes",
    "extracted_subscription",
    "indicator_key",
    "payload",
    "render_html",
    "render_xlsx",
]
