"""The RKA review service's public root for applications (the CLI, the demo, a console).

Applications import this module and the service's gRPC API, nothing else of the service
(import-linter enforces it): the layers behind these names may change without notice.
"""

from __future__ import annotations

from samarinda_rka_review.adapters.evidence import IndexEvidenceSearch
from samarinda_rka_review.bootstrap import build_deps, tenancy_for
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.entrypoints.grpc_api import SERVICE_NAME as GRPC_SERVICE_NAME
from samarinda_rka_review.entrypoints.grpc_api import RkaReviewServicer
from samarinda_rka_review.entrypoints.kafka import subscriptions
from samarinda_rka_review.offline import inspect_file, review_as_json, review_files
from samarinda_rka_review.report import render_html, render_xlsx, sections
from samarinda_rka_review.service_layer.handlers import (
    SERVICE,
    ReviewDeps,
    document_review,
    ensure_indexes,
    review,
    rka_from_document,
)
from samarinda_rka_review.settings import RkaReviewSettings

__all__ = [
    "GRPC_SERVICE_NAME",
    "SERVICE",
    "IndexEvidenceSearch",
    "ReviewDeps",
    "ReviewPolicy",
    "RkaReviewServicer",
    "RkaReviewSettings",
    "build_deps",
    "document_review",
    "ensure_indexes",
    "inspect_file",
    "render_html",
    "render_xlsx",
    "review",
    "review_as_json",
    "review_files",
    "rka_from_document",
    "sections",
    "subscriptions",
    "tenancy_for",
]
