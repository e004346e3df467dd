"""Events that prove who published them, and the registry of what each producer may act for.

Kafka ACLs decide who may *write* ``documents.ingest-requested.v1``, but a consumer is never told
who wrote a record, and every writer could name any OPD and any category. So an ingest event
carries its ``producer`` and ``signature``: HMAC-SHA256, with the producer's own key, over the
event's canonical claims. The upload service verifies the signature against the producer's key and
the claims against the producer's grant (which OPDs, which categories) before it accepts anything.

The canonical claims are a JSON object with sorted keys, no whitespace, ASCII only
(``json.dumps(claims, sort_keys=True, separators=(",", ":"))``), so any language can build it:

    {"category", "content_sha256", "correlation_id", "declared_content_type", "event_id",
     "filename", "fiscal_year", "opd", "producer", "reference", "scheme", "source_system",
     "title", "topic"}

``content_sha256`` is the hex SHA-256 of the ``content_base64`` text as sent (null for a reference),
``reference`` is ``{"bucket", "key"}`` or null, absent optional fields are null, ``scheme`` is
:data:`SCHEME`. ``occurred_at`` is not signed (its textual form differs between languages); a
replayed event has the same ``event_id`` and is skipped as a duplicate. The signature is the
lower-case hex digest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from samarinda_common.errors import PermissionDenied, Unauthenticated
from samarinda_common.events import DocumentCategory, IngestRequested

SCHEME = "hmac-sha256-v1"
ANY = "*"
# Official price catalogues: only a producer granted them by name may publish them.
CATALOGUE_CATEGORIES = frozenset({DocumentCategory.SSH})
MIN_KEY_BYTES = 32


class EventUnsigned(Unauthenticated):
    reason = "EVENT_UNSIGNED"


class UnknownProducer(Unauthenticated):
    reason = "EVENT_PRODUCER_UNKNOWN"


class BadSignature(Unauthenticated):
    reason = "EVENT_SIGNATURE_INVALID"


class ProducerOutOfScope(PermissionDenied):
    reason = "EVENT_PRODUCER_OUT_OF_SCOPE"


class RegistryInvalid(ValueError):
    """The producer registry or the key list cannot be read; the service must not start with it."""


@dataclass(frozen=True)
class ProducerGrant:
    """What one producer may publish: OPD codes (or ``*``) and document categories."""

    producer: str
    opds: frozenset[str]
    categories: frozenset[DocumentCategory]

    def allows(self, opd: str, category: DocumentCategory) -> bool:
        return (ANY in self.opds or opd in self.opds) and category in self.categories


@dataclass(frozen=True)
class ProducerRegistry:
    grants: Mapping[str, ProducerGrant]
    keys: Mapping[str, bytes]


def canonical_claims(event: IngestRequested) -> bytes:
    content = event.content_base64
    claims: dict[str, Any] = {
        "scheme": SCHEME,
        "topic": event.TOPIC.value,
        "event_id": event.event_id,
        "producer": event.producer,
        "opd": event.opd,
        "category": event.category.value,
        "fiscal_year": event.fiscal_year,
        "filename": event.filename,
        "title": event.title,
        "declared_content_type": event.declared_content_type,
        "source_system": event.source_system,
        "correlation_id": event.correlation_id,
        "content_sha256": hashlib.sha256(content.encode()).hexdigest() if content is not None else None,
        "reference": event.reference.model_dump() if event.reference is not None else None,
    }
    return json.dumps(claims, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _digest(event: IngestRequested, key: bytes) -> str:
    return hmac.new(key, canonical_claims(event), hashlib.sha256).hexdigest()


def sign(event: IngestRequested, producer: str, key: bytes) -> IngestRequested:
    """``event`` published by ``producer``: a copy that carries the producer and its signature."""
    claimed = event.model_copy(update={"producer": producer, "signature": None})
    return claimed.model_copy(update={"signature": _digest(claimed, key)})


def verify(event: IngestRequested, registry: ProducerRegistry) -> ProducerGrant:
    """The producer's grant when ``event`` is genuinely its own and within it; else a typed refusal."""
    if not event.producer or not event.signature:
        raise EventUnsigned("the event carries no producer and signature")
    key = registry.keys.get(event.producer)
    grant = registry.grants.get(event.producer)
    if key is None or grant is None:
        raise UnknownProducer(
            f"producer {event.producer!r} is not registered", details={"producer": event.producer}
        )
    if not hmac.compare_digest(_digest(event, key), event.signature):
        raise BadSignature(
            f"the signature does not match the event's claims for producer {event.producer!r}",
            details={"producer": event.producer},
        )
    if not grant.allows(event.opd, event.category):
        raise ProducerOutOfScope(
            f"producer {event.producer!r} may not publish category {event.category.value!r} "
            f"for OPD {event.opd!r}",
            details={"producer": event.producer, "opd": event.opd, "category": event.category.value},
        )
    return grant


def _categories(producer: str, names: Iterable[str] | None) -> frozenset[DocumentCategory]:
    if names is None:  # the default: everything but the official catalogues
        return frozenset(DocumentCategory) - CATALOGUE_CATEGORIES
    names = list(names)
    if ANY in names:
        return frozenset(DocumentCategory)
    try:
        return frozenset(DocumentCategory(name) for name in names)
    except ValueError as exc:
        raise RegistryInvalid(f"producer {producer!r}: {exc}") from exc


def grants_from_document(document: Mapping[str, Any]) -> dict[str, ProducerGrant]:
    """Grants from ``{"producers": {id: {"opds": [...], "categories": [...]}}}`` (categories optional)."""
    producers = document.get("producers")
    if not isinstance(producers, Mapping):
        raise RegistryInvalid("the producer registry needs a 'producers' mapping")
    grants = {}
    for producer, entry in producers.items():
        opds = entry.get("opds") if isinstance(entry, Mapping) else None
        if not isinstance(opds, list) or not opds:
            raise RegistryInvalid(f"producer {producer!r} needs a non-empty 'opds' list")
        grants[str(producer)] = ProducerGrant(
            str(producer),
            frozenset(str(o) for o in opds),
            _categories(str(producer), entry.get("categories")),
        )
    return grants


def load_grants(path: Path) -> dict[str, ProducerGrant]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryInvalid(f"cannot read the producer registry {path}: {exc}") from exc
    return grants_from_document(document if isinstance(document, Mapping) else {})


def parse_keys(text: str) -> dict[str, bytes]:
    """Keys from ``"producer=key,producer=key"`` (a Secret); each key at least 32 bytes."""
    keys = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        producer, separator, key = pair.partition("=")
        if not separator or not producer.strip():
            raise RegistryInvalid("event keys are 'producer=key' pairs separated by commas")
        if len(key.strip().encode()) < MIN_KEY_BYTES:
            raise RegistryInvalid(
                f"the key of producer {producer.strip()!r} is shorter than {MIN_KEY_BYTES} bytes"
            )
        keys[producer.strip()] = key.strip().encode()
    return keys
