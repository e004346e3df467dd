"""Which evidence reader the composition root wires, from settings."""

from __future__ import annotations

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.adapters.evidence import GrpcEvidenceSearch, IndexEvidenceSearch
from samarinda_rka_review.bootstrap import build_deps, build_evidence
from samarinda_rka_review.settings import RkaReviewSettings


def test_a_search_target_means_the_search_service_in_either_mode() -> None:
    for mode in ("real", "embedded"):
        settings = RkaReviewSettings(mode=mode, search_target="embedding-api:50051", search_token="t0k")
        evidence = build_evidence(settings, InProcessVectorIndex(), None)
        assert isinstance(evidence, GrpcEvidenceSearch)
        assert evidence.target == "embedding-api:50051"


def test_settings_come_from_the_services_own_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMARINDA_RKA_REVIEW_SEARCH_TARGET", "10.0.0.7:50051")
    monkeypatch.setenv("SAMARINDA_RKA_REVIEW_SEARCH_TOKEN", "secret-admin")
    monkeypatch.setenv("SAMARINDA_RKA_REVIEW_SEARCH_TIMEOUT_SECONDS", "0.5")
    settings = RkaReviewSettings()
    assert settings.search_target == "10.0.0.7:50051"
    assert settings.search_token is not None and settings.search_token.get_secret_value() == "secret-admin"
    assert settings.search_timeout_seconds == 0.5


def test_embedded_mode_reads_the_in_process_chunk_index() -> None:
    settings = RkaReviewSettings(mode="embedded", embedder_provider="hashing")
    assert isinstance(build_evidence(settings, InProcessVectorIndex(), None), IndexEvidenceSearch)
    assert build_evidence(settings, None, None) is None


def test_real_mode_without_a_search_target_has_no_evidence() -> None:
    settings = RkaReviewSettings(mode="real")
    assert build_evidence(settings, InProcessVectorIndex(), None) is None


async def test_build_deps_wires_the_evidence_reader() -> None:
    store = EmbeddedDocumentStore(":memory:")
    try:
        deps = build_deps(
            RkaReviewSettings(mode="embedded", embedder_provider="hashing", second_opinion=False),
            store,
            RecordingPublisher(),
            RecordingUsageMeter(),
            vector_index=InProcessVectorIndex(),
        )
        assert isinstance(deps.evidence, IndexEvidenceSearch)
    finally:
        await store.close()
