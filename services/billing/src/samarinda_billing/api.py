"""The billing service's public root for applications (the CLI, the demo, a console).

Applications import this module and the service's gRPC API, nothing else of the service
(import-linter enforces it): the layers behind these names may change without notice.
"""

from __future__ import annotations

from samarinda_billing.bootstrap import build_billing
from samarinda_billing.domain.forecast import (
    forecast_to_json,
    load_forecast_profile,
    next_month_forecast,
    parse_volumes,
)
from samarinda_billing.domain.pricing import MICRO_PER_RUPIAH
from samarinda_billing.domain.replay import replay
from samarinda_billing.domain.tariffs import load_tariff_book, tariff_book_to_json
from samarinda_billing.entrypoints.grpc_api import SERVICE_NAME as GRPC_SERVICE_NAME
from samarinda_billing.entrypoints.grpc_api import BillingServicer
from samarinda_billing.entrypoints.kafka import usage_subscription
from samarinda_billing.service_layer.collections import TENANCY, ensure_indexes
from samarinda_billing.service_layer.handlers import Billing
from samarinda_billing.settings import BillingSettings

__all__ = [
    "GRPC_SERVICE_NAME",
    "MICRO_PER_RUPIAH",
    "TENANCY",
    "Billing",
    "BillingServicer",
    "BillingSettings",
    "build_billing",
    "ensure_indexes",
    "forecast_to_json",
    "load_forecast_profile",
    "load_tariff_book",
    "next_month_forecast",
    "parse_volumes",
    "replay",
    "tariff_book_to_json",
    "usage_subscription",
]
