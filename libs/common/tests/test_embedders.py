"""Embedder adapters: hashing (pure), the bundled e5 model (offline), Gemini (against a local server)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest
from aiohttp import web
from samarinda_common.adapters.embedders import (
    GeminiEmbedder,
    HashingEmbedder,
    LocalE5Embedder,
    approximate_tokens,
    build_embedder,
)
from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.ports import Embedder
from samarinda_common.settings import CommonSettings


def _cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_approximate_tokens_counts_words_and_marks() -> None:
    assert approximate_tokens("") == 0
    assert approximate_tokens("pengadaan laptop") == 3  # ceil(2 * 1.4)
    assert approximate_tokens("Rp 15.000,-") > approximate_tokens("Rp")


async def test_hashing_embedder_is_deterministic_and_unit_length() -> None:
    embedder = HashingEmbedder(dimension=256)
    first = await embedder.embed(["Kertas HVS A4 80 gram", "semen portland 50 kg"])
    second = await embedder.embed(["Kertas HVS A4 80 gram", "semen portland 50 kg"])
    assert first.vectors == second.vectors
    assert all(len(v) == 256 for v in first.vectors)
    assert all(abs(np.linalg.norm(v) - 1.0) < 1e-5 for v in first.vectors)
    assert first.tokens > 0


async def test_hashing_embedder_matches_varied_wording_of_the_same_item() -> None:
    embedder = HashingEmbedder()
    batch = await embedder.embed(
        ["kertas HVS ukuran A4 80gr", "Kertas hvs A4 80 gram per rim", "Semen Portland 50 kg per sak"]
    )
    paper_a, paper_b, cement = batch.vectors
    assert _cosine(paper_a, paper_b) > _cosine(paper_a, cement) + 0.2


async def test_hashing_embedder_of_empty_text_is_a_zero_vector() -> None:
    batch = await HashingEmbedder(dimension=32).embed([""])
    assert batch.vectors == [[0.0] * 32]


def test_embedders_satisfy_the_port() -> None:
    assert isinstance(HashingEmbedder(), Embedder)
    assert isinstance(LocalE5Embedder(), Embedder)
    assert isinstance(GeminiEmbedder(api_key="x", base_url="http://127.0.0.1:9"), Embedder)


def test_build_embedder_follows_settings() -> None:
    assert isinstance(build_embedder(CommonSettings(embedder_provider="hashing")), HashingEmbedder)
    assert isinstance(build_embedder(CommonSettings(embedder_provider="local")), LocalE5Embedder)
    with pytest.raises(InvalidInput):
        build_embedder(CommonSettings(embedder_provider="gemini"))
    with pytest.raises(InvalidInput):
        build_embedder(CommonSettings(embedder_provider="word2vec"))


# --- the bundled multilingual model (offline) ---------------------------------------------------


@pytest.fixture(scope="module")
def e5() -> LocalE5Embedder:
    return LocalE5Embedder(threads=1)


async def test_local_e5_ranks_indonesian_paraphrases_first(e5: LocalE5Embedder) -> None:
    passages = [
        "Pengadaan laptop untuk guru sekolah dasar negeri",
        "Rapat koordinasi penanganan banjir di Kecamatan Sungai Pinang",
        "Jadwal imunisasi balita di puskesmas",
    ]
    queries = [
        "komputer jinjing bagi tenaga pengajar",
        "genangan air setelah hujan deras",
        "vaksinasi anak kecil",
    ]
    docs = await e5.embed(passages, kind="document")
    asked = await e5.embed(queries, kind="query")
    scores = np.asarray(asked.vectors) @ np.asarray(docs.vectors).T
    assert list(scores.argmax(axis=1)) == [0, 1, 2]
    assert docs.tokens > len(" ".join(passages).split())
    assert len(docs.vectors[0]) == e5.dimension


async def test_local_e5_distinguishes_query_and_passage_prefixes(e5: LocalE5Embedder) -> None:
    text = "harga semen per sak"
    as_query = (await e5.embed([text], kind="query")).vectors[0]
    as_passage = (await e5.embed([text], kind="document")).vectors[0]
    assert as_query != as_passage
    with pytest.raises(InvalidInput):
        await e5.embed([text], kind="image")


async def test_local_e5_embeds_nothing_to_nothing(e5: LocalE5Embedder) -> None:
    batch = await e5.embed([])
    assert batch.vectors == [] and batch.tokens == 0


# --- Gemini through google-genai against a local server -----------------------------------------


@dataclass
class FakeGemini:
    """The batchEmbedContents REST shape; ``failures`` are HTTP statuses returned first, in order."""

    dimension: int
    failures: list[int] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        self.paths.append(request.path)
        if self.failures:
            status = self.failures.pop(0)
            body = {"error": {"code": status, "message": "slow down", "status": "RESOURCE_EXHAUSTED"}}
            return web.json_response(body, status=status)
        payload = await request.json()
        self.requests.append(payload)
        embeddings = []
        for item in payload["requests"]:
            text = item["content"]["parts"][0]["text"]
            # Non-unit vectors, as Gemini returns for reduced dimensions.
            values = [float(len(text) % 7 + 1 + i) for i in range(self.dimension)]
            embeddings.append({"values": values})
        return web.json_response({"embeddings": embeddings})


@pytest.fixture
async def gemini_server() -> AsyncIterator[tuple[FakeGemini, str]]:
    fake = FakeGemini(dimension=8)
    app = web.Application()
    app.router.add_route("POST", "/{tail:.*}", fake.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield fake, f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_gemini_batches_and_normalises(gemini_server: tuple[FakeGemini, str]) -> None:
    fake, url = gemini_server
    embedder = GeminiEmbedder(api_key="test-key", base_url=url, dimension=8, batch_size=2)
    texts = ["satu", "dua dua", "tiga tiga tiga"]
    batch = await embedder.embed(texts, kind="document")
    assert len(batch.vectors) == 3
    assert all(abs(np.linalg.norm(v) - 1.0) < 1e-5 for v in batch.vectors)
    # The batches go out concurrently: they may arrive in either order.
    assert sorted(len(r["requests"]) for r in fake.requests) == [1, 2]
    first = fake.requests[0]["requests"][0]
    assert first["taskType"] == "RETRIEVAL_DOCUMENT"
    assert first["outputDimensionality"] == 8
    assert all(p.endswith("models/gemini-embedding-001:batchEmbedContents") for p in fake.paths)
    assert batch.tokens == sum(approximate_tokens(t) for t in texts)


async def test_gemini_marks_queries(gemini_server: tuple[FakeGemini, str]) -> None:
    fake, url = gemini_server
    await GeminiEmbedder(api_key="k", base_url=url, dimension=8).embed(["berapa harga semen"], kind="query")
    assert json.dumps(fake.requests[0]).count("RETRIEVAL_QUERY") == 1


async def test_gemini_retries_rate_limits_and_server_errors(gemini_server: tuple[FakeGemini, str]) -> None:
    fake, url = gemini_server
    fake.failures = [429, 503]
    embedder = GeminiEmbedder(api_key="k", base_url=url, dimension=8, max_backoff_seconds=0.05)
    batch = await embedder.embed(["anggaran pendidikan"])
    assert len(batch.vectors) == 1
    assert len(fake.paths) == 3


async def test_gemini_gives_up_as_dependency_unavailable(gemini_server: tuple[FakeGemini, str]) -> None:
    fake, url = gemini_server
    fake.failures = [503] * 10
    embedder = GeminiEmbedder(
        api_key="k", base_url=url, dimension=8, max_attempts=3, max_backoff_seconds=0.01
    )
    with pytest.raises(DependencyUnavailable):
        await embedder.embed(["anggaran"])
    assert len(fake.paths) == 3


async def test_gemini_does_not_retry_bad_requests(gemini_server: tuple[FakeGemini, str]) -> None:
    from google.genai import errors as genai_errors

    fake, url = gemini_server
    fake.failures = [400]
    with pytest.raises(genai_errors.ClientError):
        await GeminiEmbedder(api_key="k", base_url=url, dimension=8).embed(["x"])
    assert len(fake.paths) == 1
