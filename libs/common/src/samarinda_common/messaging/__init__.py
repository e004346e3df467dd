"""Kafka messaging: broker factory, publisher, the shared event processor, the in-process bus."""

from samarinda_common.messaging.broker import build_app, build_broker, serve_worker, topics_used
from samarinda_common.messaging.envelope import Record, standard_headers, to_record
from samarinda_common.messaging.inprocess import InProcessBus, RedeliveryLimitReached
from samarinda_common.messaging.kafka import (
    asyncapi_spec,
    declare_dead_letter_publishers,
    declare_publishers,
    register_subscriptions,
    service_asyncapi,
)
from samarinda_common.messaging.processing import (
    PROCESSED_EVENTS_COLLECTION,
    AnySubscription,
    BatchSubscription,
    EventProcessor,
    Outcome,
    RetryPolicy,
    Subscription,
    is_transient,
)
from samarinda_common.messaging.publisher import (
    KafkaEventPublisher,
    MissingTopics,
    ensure_topics,
    prepare_topics,
)
from samarinda_common.messaging.security import (
    KafkaSecurityMisconfigured,
    kafka_client_options,
    kafka_security,
)
from samarinda_common.messaging.tracing import (
    TraceContext,
    continue_trace,
    current_trace,
    new_trace,
    parse_traceparent,
    use_trace,
)
from samarinda_common.messaging.usage import PublishingUsageMeter, usage_event_id

__all__ = [
    "PROCESSED_EVENTS_COLLECTION",
    "AnySubscription",
    "BatchSubscription",
    "EventProcessor",
    "InProcessBus",
    "KafkaEventPublisher",
    "KafkaSecurityMisconfigured",
    "MissingTopics",
    "Outcome",
    "PublishingUsageMeter",
    "Record",
    "RedeliveryLimitReached",
    "RetryPolicy",
    "Subscription",
    "TraceContext",
    "asyncapi_spec",
    "build_app",
    "build_broker",
    "continue_trace",
    "current_trace",
    "declare_dead_letter_publishers",
    "declare_publishers",
    "ensure_topics",
    "is_transient",
    "kafka_client_options",
    "kafka_security",
    "new_trace",
    "parse_traceparent",
    "prepare_topics",
    "register_subscriptions",
    "serve_worker",
    "service_asyncapi",
    "standard_headers",
    "to_record",
    "topics_used",
    "usage_event_id",
    "use_trace",
]
