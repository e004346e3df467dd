from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import pytest
from samarinda_common.event_identity import (
    SCHEME,
    BadSignature,
    EventUnsigned,
    ProducerOutOfScope,
    ProducerRegistry,
    RegistryInvalid,
    UnknownProducer,
    canonical_claims,
    grants_from_document,
    load_grants,
    parse_keys,
    sign,
    verify,
)
from samarinda_common.events import BlobRef, DocumentCategory, IngestRequested

KEY = b"k" * 32
GRANTS = grants_from_document(
    {
        "producers": {
            "egov-disdik": {"opds": ["DISDIK"]},
            "bpkad-catalogue": {"opds": ["BPKAD"], "categories": ["ssh"]},
            "arsip": {"opds": ["*"], "categories": ["*"]},
        }
    }
)
REGISTRY = ProducerRegistry(GRANTS, {"egov-disdik": KEY, "bpkad-catalogue": b"c" * 32, "arsip": b"a" * 32})


def event(**fields: object) -> IngestRequested:
    values: dict[str, object] = {"event_id": "evt-00000001", "opd": "DISDIK", "filename": "a.pdf"}
    values.update(fields)
    if "reference" not in values:
        values.setdefault("content_base64", "aGFsbw==")
    return IngestRequested.model_validate(values)


def test_canonical_claims_are_sorted_compact_json_any_language_can_rebuild() -> None:
    claims = canonical_claims(event(producer="egov-disdik", title="Laporan Dinas Pendidikan"))
    expected = {
        "category": "lainnya",
        "content_sha256": hashlib.sha256(b"aGFsbw==").hexdigest(),
        "correlation_id": None,
        "declared_content_type": None,
        "event_id": "evt-00000001",
        "filename": "a.pdf",
        "fiscal_year": None,
        "opd": "DISDIK",
        "producer": "egov-disdik",
        "reference": None,
        "scheme": SCHEME,
        "source_system": None,
        "title": "Laporan Dinas Pendidikan",
        "topic": "documents.ingest-requested.v1",
    }
    assert claims == json.dumps(expected, sort_keys=True, separators=(",", ":")).encode()


def test_signature_is_hmac_sha256_of_the_claims_with_the_producers_key() -> None:
    signed = sign(event(), "egov-disdik", KEY)
    assert signed.producer == "egov-disdik"
    assert signed.signature == hmac.new(KEY, canonical_claims(signed), hashlib.sha256).hexdigest()
    assert verify(signed, REGISTRY) is GRANTS["egov-disdik"]


def test_the_signature_survives_the_wire() -> None:
    signed = sign(event(occurred_at="2026-12-02T13:00:00+08:00"), "egov-disdik", KEY)
    assert verify(IngestRequested.model_validate_json(signed.model_dump_json()), REGISTRY)


@pytest.mark.parametrize(
    "change",
    [
        {"opd": "DINKES"},
        {"category": DocumentCategory.SSH},
        {"filename": "b.pdf"},
        {"content_base64": "bGFpbg=="},
        {"event_id": "evt-00000002"},
        {"producer": "arsip"},
        {"fiscal_year": 2027},
    ],
    ids=lambda change: next(iter(change)),
)
def test_any_change_to_a_signed_claim_breaks_the_signature(change: dict[str, object]) -> None:
    tampered = sign(event(), "egov-disdik", KEY).model_copy(update=change)
    with pytest.raises(BadSignature):
        verify(tampered, REGISTRY)


def test_a_reference_is_signed_too() -> None:
    signed = sign(event(reference=BlobRef(bucket="b", key="k1")), "egov-disdik", KEY)
    moved = signed.model_copy(update={"reference": BlobRef(bucket="b", key="k2")})
    with pytest.raises(BadSignature):
        verify(moved, REGISTRY)


def test_unsigned_and_unknown_producers_are_refused() -> None:
    with pytest.raises(EventUnsigned):
        verify(event(), REGISTRY)
    with pytest.raises(EventUnsigned):
        verify(event(producer="egov-disdik"), REGISTRY)
    with pytest.raises(UnknownProducer):
        verify(sign(event(), "siluman", KEY), REGISTRY)


def test_a_valid_signature_with_another_producers_key_is_refused() -> None:
    with pytest.raises(BadSignature):
        verify(sign(event(), "bpkad-catalogue", KEY), REGISTRY)


@pytest.mark.parametrize(
    ("producer", "key", "fields", "allowed"),
    [
        ("egov-disdik", KEY, {"opd": "DISDIK", "category": "rka"}, True),
        ("egov-disdik", KEY, {"opd": "DINKES", "category": "rka"}, False),
        ("egov-disdik", KEY, {"opd": "DISDIK", "category": "ssh"}, False),
        ("bpkad-catalogue", b"c" * 32, {"opd": "BPKAD", "category": "ssh"}, True),
        ("bpkad-catalogue", b"c" * 32, {"opd": "BPKAD", "category": "laporan"}, False),
        ("arsip", b"a" * 32, {"opd": "DINKES", "category": "ssh"}, True),
    ],
)
def test_the_grant_decides_opds_and_categories(
    producer: str, key: bytes, fields: dict[str, object], allowed: bool
) -> None:
    signed = sign(event(**fields), producer, key)
    if allowed:
        assert verify(signed, REGISTRY).producer == producer
    else:
        with pytest.raises(ProducerOutOfScope) as refused:
            verify(signed, REGISTRY)
        assert refused.value.details == {"producer": producer, **{k: str(v) for k, v in fields.items()}}


def test_without_categories_a_producer_gets_everything_but_the_official_catalogues() -> None:
    assert GRANTS["egov-disdik"].categories == frozenset(DocumentCategory) - {DocumentCategory.SSH}


def test_registry_file(tmp_path: Path) -> None:
    path = tmp_path / "producers.yaml"
    path.write_text("producers:\n  egov-dinkes:\n    opds: [DINKES]\n    categories: [rka, laporan]\n")
    grant = load_grants(path)["egov-dinkes"]
    assert grant.opds == {"DINKES"} and grant.categories == {DocumentCategory.RKA, DocumentCategory.REPORT}


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"producers": {"x": {}}},
        {"producers": {"x": {"opds": []}}},
        {"producers": {"x": {"opds": ["A"], "categories": ["nope"]}}},
    ],
)
def test_a_broken_registry_is_refused(document: dict[str, object]) -> None:
    with pytest.raises(RegistryInvalid):
        grants_from_document(document)


def test_keys_parse_and_short_keys_are_refused() -> None:
    assert parse_keys(f" a={'x' * 32} , b={'y' * 40}") == {"a": b"x" * 32, "b": b"y" * 40}
    assert parse_keys("") == {}
    with pytest.raises(RegistryInvalid):
        parse_keys("a=short")
    with pytest.raises(RegistryInvalid):
        parse_keys("just-a-key")
