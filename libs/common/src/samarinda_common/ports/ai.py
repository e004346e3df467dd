from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class EmbeddingBatch:
    vectors: list[list[float]]
    tokens: int  # what the provider bills for (or an estimate for local models)


@runtime_checkable
class Embedder(Protocol):
    provider: str
    model: str
    dimension: int

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        """``kind`` is "document" or "query" (some models embed the two differently)."""
        ...


@dataclass(frozen=True)
class LlmResult:
    data: dict[str, Any]
    input_tokens: int
    output_tokens: int
    provider: str
    model: str


@runtime_checkable
class LLM(Protocol):
    provider: str
    model: str

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        """Ask for one JSON object matching ``schema`` (JSON Schema); raises on invalid output."""
        ...

    def stream_json(
        self, *, system: str, prompt: str, schema: dict[str, Any]
    ) -> AsyncGenerator[str | LlmResult]:
        """The same request, its JSON text as the model produces it (fragments of any size), then
        one ``LlmResult`` with the parsed object and the tokens billed for the whole answer.

        The fragments are unchecked model output: a caller shows them only as a draft until the
        final object has passed whatever check it applies. A generator, so a caller that stops
        early closes it (and the provider's request with it)."""
        ...
