"""The relevance stage's examples embedded once per embedder model, for the judge's reading by
meaning (:mod:`samarinda_rka_review.domain.relevance`).

The examples are embedded as queries, like the lines they are compared with (a symmetric
comparison of short phrases, not a search of passages).
"""

from __future__ import annotations

import asyncio

from samarinda_common.ports import Embedder

from samarinda_rka_review.domain.relevance import ExemplarSpace, example_texts, exemplar_space


class RelevanceExamples:
    """Caches the embedded examples per embedder model (they change only with relevance.toml)."""

    def __init__(self) -> None:
        self._spaces: dict[str, ExemplarSpace] = {}
        self._lock = asyncio.Lock()

    async def space(self, embedder: Embedder) -> ExemplarSpace:
        key = f"{embedder.provider}/{embedder.model}"
        async with self._lock:
            if key not in self._spaces:
                personal, _, operational = example_texts()
                batch = await embedder.embed([*personal, *operational], kind="query")
                self._spaces[key] = exemplar_space(
                    batch.vectors[: len(personal)], batch.vectors[len(personal) :]
                )
            return self._spaces[key]
