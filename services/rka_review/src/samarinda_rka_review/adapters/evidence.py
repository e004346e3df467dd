"""Evidence for a budget line from the OPD's own indexed documents, cited by document and page.

Last year's realisation, vendor quotations, e-katalog exports and reports are chunked and indexed
by the embedding service. Two readers implement the review's ``EvidenceSearch`` port:

- :class:`GrpcEvidenceSearch` asks the embedding service's ``SearchService`` (deployed services);
- :class:`IndexEvidenceSearch` reads the same chunk index through the ``VectorIndex`` port
  (single-process mode), fusing BM25 and k-NN the way ``SearchService`` does.

Evidence is optional: when the search fails the line is reviewed without it and a warning is
logged; a review never fails because its evidence could not be fetched.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import grpc
from samarinda.search.v1 import search_service_pb2 as pb
from samarinda.search.v1 import search_service_pb2_grpc as pb_grpc
from samarinda_common.errors import NotFound, SamarindaError
from samarinda_common.events import DocumentCategory
from samarinda_common.logging import get_logger
from samarinda_common.ports import Embedder, Hit, VectorIndex
from samarinda_common.retrieval import reciprocal_rank_fusion
from samarinda_common.rka import Evidence, EvidenceKind
from samarinda_common.rupiah import find_rupiah_amounts, format_rupiah, parse_rupiah

log = get_logger(__name__)

# The documents that can say what an item really costs; not the RKA itself, minutes or regulations.
EVIDENCE_CATEGORIES: tuple[str, ...] = tuple(
    c.value
    for c in (
        DocumentCategory.REALISASI,
        DocumentCategory.QUOTATION,
        DocumentCategory.PRICE_REFERENCE,
        DocumentCategory.REPORT,
    )
)
_CATEGORY_LABELS = {
    DocumentCategory.REALISASI.value: "Realisasi",
    DocumentCategory.QUOTATION.value: "Penawaran",
    DocumentCategory.PRICE_REFERENCE.value: "Acuan harga/e-katalog",
    DocumentCategory.REPORT.value: "Laporan",
}
# Hits asked for before dropping those without a lexical match, so that ``k`` usually survive.
CANDIDATE_HITS = 6
SNIPPET_CHARS = 240

# Table rows are indexed as "Uraian: Laptop | Harga Satuan: 11800000": bare numbers under a
# money header are rupiah even without "Rp".
_CELL = re.compile(r"(?P<label>[^|:\n]{1,60}):\s*(?P<value>[^|\n]+)")
_MONEY_LABEL = re.compile(r"harga|jumlah|nilai|total|biaya|pagu|realisasi", re.IGNORECASE)
_HIGHLIGHT_TAG = re.compile(r"</?em>")
_MATCHED = re.compile(r"<em>(?P<term>.*?)</em>(?P<label>:?)")
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Passage:
    """A chunk of an OPD document that matched a line, with what is needed to cite it."""

    document_id: str
    filename: str
    text: str
    score: float
    highlight: str | None = None  # the BM25 fragment, matches in <em>; None: only k-NN found it
    category: str | None = None
    fiscal_year: int | None = None
    page: int | None = None
    sheet: str | None = None
    first_row: int | None = None
    last_row: int | None = None


def money_in(snippet: str) -> list[str]:
    """The rupiah amounts a snippet states, labelled by their column when it has one."""
    found: dict[int, str] = {}
    for cell in _CELL.finditer(snippet):
        label = cell["label"].replace("_", " ").replace("(Rp)", "").strip()
        if not _MONEY_LABEL.search(label):
            continue
        try:
            value = parse_rupiah(cell["value"])
        except ValueError:
            continue
        found.setdefault(value, f"{label.lower()} {format_rupiah(value)}")
    for mention in find_rupiah_amounts(snippet):
        found.setdefault(mention.value, format_rupiah(mention.value))
    return list(found.values())


def _location(passage: Passage) -> str:
    parts = []
    if passage.page is not None:
        parts.append(f"hlm. {passage.page}")
    if passage.sheet:
        parts.append(f"lembar {passage.sheet}")
    if passage.first_row is not None:
        # Rows are 0-based in the extracted table; people count from 1.
        first, last = passage.first_row + 1, (passage.last_row or passage.first_row) + 1
        parts.append(f"baris {first}" if first == last else f"baris {first}-{last}")
    return ", ".join(parts)


def _snippet(passage: Passage) -> str:
    # A table row is short and whole; a prose chunk is cut to its matching fragment.
    text = passage.text if len(passage.text) <= SNIPPET_CHARS else (passage.highlight or passage.text)
    text = " ".join(_HIGHLIGHT_TAG.sub("", text).split())
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def passage_evidence(passage: Passage) -> Evidence:
    """``Realisasi 2025 — realisasi.csv, baris 5: … Nominal: harga satuan Rp 11.800.000.``"""
    label = _CATEGORY_LABELS.get(passage.category or "", "Dokumen OPD")
    if passage.fiscal_year:
        label += f" {passage.fiscal_year}"
    location = _location(passage)
    source = f"{passage.filename or passage.document_id}{', ' + location if location else ''}"
    snippet = _snippet(passage)
    text = f"{label} — {source}: {snippet}"
    amounts = money_in(snippet)
    if amounts:
        text += f" Nominal: {'; '.join(amounts)}."
    return Evidence(
        kind=EvidenceKind.DOCUMENT,
        text=text,
        document_id=passage.document_id or None,
        source=passage.filename or None,
        page=passage.page,
        score=passage.score,
    )


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if _LETTER.search(w)}


def speaks_of(passage: Passage, query: str) -> bool:
    """Whether the passage shares at least two words of the line (one for a one-word line).

    Next to a budget line a passage reads as a claim about that item's price, so the nearest
    neighbour of its wording is not enough: the BM25 fragment must match the line's own words.
    Column names (``satuan:``) and bare numbers (volumes) match any table row, so they do not count.
    """
    if passage.highlight is None:
        return False
    matched = {
        m["term"].lower()
        for m in _MATCHED.finditer(passage.highlight)
        if not m["label"] and _LETTER.search(m["term"])
    }
    return len(matched) >= min(2, len(_words(query)))


def as_evidence(passages: Sequence[Passage], query: str, k: int) -> list[Evidence]:
    return [passage_evidence(p) for p in passages if speaks_of(p, query)][:k]


def _optional(message: Any, name: str) -> Any:
    return getattr(message, name) if message.HasField(name) else None


def _passage_from_pb(hit: pb.SearchHit) -> Passage:
    citation = hit.citation
    return Passage(
        document_id=citation.document_id,
        filename=citation.filename,
        text=hit.text,
        score=hit.score,
        highlight=hit.highlights[0] if hit.highlights else None,
        category=hit.category or None,
        fiscal_year=_optional(hit, "fiscal_year"),
        page=_optional(citation, "page"),
        sheet=_optional(citation, "sheet"),
        first_row=_optional(citation, "first_row"),
        last_row=_optional(citation, "last_row"),
    )


class GrpcEvidenceSearch:
    """``EvidenceSearch`` over the embedding service's ``SearchService.Search`` (hybrid).

    ``token`` must be an admin token: the review searches the documents of whichever OPD owns
    the RKA. After a failed call the service is left alone for ``cooldown_seconds``, so that a
    review of many lines does not wait out a timeout on each of them.
    """

    def __init__(
        self,
        target: str,
        token: str | None,
        timeout: float = 2.0,
        *,
        categories: Sequence[str] = EVIDENCE_CATEGORIES,
        cooldown_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        channel_factory: Callable[[str], grpc.aio.Channel] = grpc.aio.insecure_channel,
    ) -> None:
        """``channel_factory`` opens the channel (``samarinda_common.grpc.channel.internal_channel``
        in the service: round-robin over a headless Service, TLS with the internal CA)."""
        self.target = target
        self._channel_factory = channel_factory
        self._metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self._timeout = timeout
        self._categories = list(categories)
        self._cooldown = cooldown_seconds
        self._clock = clock
        self._paused_until = 0.0
        self._channel: grpc.aio.Channel | None = None

    def _stub(self) -> pb_grpc.SearchServiceStub:
        # Created on first use: a grpc.aio channel belongs to the event loop it is created in.
        if self._channel is None:
            self._channel = self._channel_factory(self.target)
        return pb_grpc.SearchServiceStub(self._channel)

    async def search(self, opd: str, query: str, k: int = 2) -> list[Evidence]:
        if not query.strip() or self._clock() < self._paused_until:
            return []
        request = pb.SearchRequest(
            query=query,
            filters=pb.SearchFilters(opd=[opd], category=self._categories),
            k=max(k, CANDIDATE_HITS),
            mode=pb.SEARCH_MODE_HYBRID,
        )
        try:
            response = await self._stub().Search(request, metadata=self._metadata, timeout=self._timeout)
        except grpc.aio.AioRpcError as error:
            self._paused_until = self._clock() + self._cooldown
            log.warning(
                "evidence_search_failed",
                target=self.target,
                code=error.code().name,
                detail=error.details(),
                paused_seconds=self._cooldown,
            )
            return []
        return as_evidence([_passage_from_pb(hit) for hit in response.hits], query, k)

    async def close(self) -> None:
        if self._channel is not None:
            await self._channel.close()
            self._channel = None


def _passage_from_hit(hit: Hit, score: float, highlight: str | None) -> Passage:
    meta: Mapping[str, Any] = hit.metadata
    return Passage(
        document_id=str(meta.get("document_id", "")),
        filename=str(meta.get("filename", "")),
        text=hit.text,
        score=score,
        highlight=highlight,
        category=meta.get("category"),
        fiscal_year=meta.get("fiscal_year"),
        page=meta.get("page"),
        sheet=meta.get("sheet"),
        first_row=meta.get("first_row"),
        last_row=meta.get("last_row"),
    )


class IndexEvidenceSearch:
    """``EvidenceSearch`` straight on the embedding service's chunk index (single-process mode).

    ``embedder`` must be the one the chunks were embedded with, and ``index`` the embedding
    service's chunk index name (``SAMARINDA_EMBEDDING_CHUNKS_INDEX``, default ``chunks``).
    """

    def __init__(
        self,
        vector_index: VectorIndex,
        embedder: Embedder,
        index: str = "chunks",
        *,
        categories: Sequence[str] = EVIDENCE_CATEGORIES,
        candidates: int = 10,
    ) -> None:
        self._vector_index = vector_index
        self._embedder = embedder
        self._index = index
        self._categories = list(categories)
        self._candidates = candidates

    async def _ranked(self, opd: str, query: str) -> list[Passage]:
        filters = {"opd": opd, "category": self._categories}
        vector = (await self._embedder.embed([query], kind="query")).vectors[0]
        lexical, semantic = await asyncio.gather(
            self._vector_index.search_text(self._index, query, filters=filters, k=self._candidates),
            self._vector_index.search_vector(self._index, vector, filters=filters, k=self._candidates),
        )
        by_id = {h.id: h for h in semantic} | {h.id: h for h in lexical}
        highlights = {h.id: h.highlights[0] for h in lexical if h.highlights}
        fused = reciprocal_rank_fusion([[h.id for h in lexical], [h.id for h in semantic]])
        return [_passage_from_hit(by_id[i], score, highlights.get(i)) for i, score in fused]

    async def search(self, opd: str, query: str, k: int = 2) -> list[Evidence]:
        if not query.strip():
            return []
        try:
            passages = await self._ranked(opd, query)
        except NotFound:
            return []  # nothing has been indexed yet
        except SamarindaError as error:
            log.warning(
                "evidence_search_failed", index=self._index, reason=error.reason, detail=error.message
            )
            return []
        return as_evidence(passages, query, k)
