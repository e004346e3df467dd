from __future__ import annotations

from collections.abc import Sequence
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
