"""Who a process is on Kafka: the FastStream security object and the same options for raw aiokafka clients.

Settings come from ``SAMARINDA_KAFKA_SECURITY_PROTOCOL``, ``_SASL_MECHANISM``, ``_USERNAME``,
``_PASSWORD`` and ``_CA_FILE``. A SASL protocol without a username and password is refused at
once: a process must never fall back to connecting anonymously to a broker that expects an identity.
"""

from __future__ import annotations

import ssl
from typing import Any

from faststream.kafka.security import parse_security
from faststream.security import BaseSecurity, SASLScram256, SASLScram512

from samarinda_common.settings import CommonSettings

PROTOCOLS = frozenset({"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"})
_SCRAM = {"SCRAM-SHA-512": SASLScram512, "SCRAM-SHA-256": SASLScram256}


class KafkaSecurityMisconfigured(ValueError):
    """The Kafka security settings cannot work (unknown protocol or mechanism, missing credentials)."""


def kafka_security(settings: CommonSettings) -> BaseSecurity | None:
    """The FastStream security object for ``settings`` (``None`` for plain, unauthenticated TCP)."""
    protocol = settings.kafka_security_protocol.upper()
    if protocol not in PROTOCOLS:
        raise KafkaSecurityMisconfigured(
            f"SAMARINDA_KAFKA_SECURITY_PROTOCOL={settings.kafka_security_protocol!r} "
            f"is not one of {sorted(PROTOCOLS)}"
        )
    use_tls = protocol in {"SSL", "SASL_SSL"}
    context = ssl.create_default_context(cafile=settings.kafka_ca_file) if use_tls else None
    if not protocol.startswith("SASL_"):
        return BaseSecurity(ssl_context=context, use_ssl=use_tls) if use_tls else None
    mechanism = settings.kafka_sasl_mechanism.upper()
    if mechanism not in _SCRAM:
        raise KafkaSecurityMisconfigured(
            f"SAMARINDA_KAFKA_SASL_MECHANISM={settings.kafka_sasl_mechanism!r} is not one of {sorted(_SCRAM)}"
        )
    password = settings.kafka_password.get_secret_value() if settings.kafka_password else ""
    if not settings.kafka_username or not password:
        raise KafkaSecurityMisconfigured(
            f"Kafka listener is {protocol} but SAMARINDA_KAFKA_USERNAME and SAMARINDA_KAFKA_PASSWORD are "
            "not both set: refusing to connect without an identity"
        )
    return _SCRAM[mechanism](settings.kafka_username, password, ssl_context=context, use_ssl=use_tls)


def kafka_client_options(settings: CommonSettings) -> dict[str, Any]:
    """Keyword arguments for aiokafka's producer, consumer and admin clients, from the same settings."""
    return {"bootstrap_servers": settings.kafka_bootstrap, **parse_security(kafka_security(settings))}
