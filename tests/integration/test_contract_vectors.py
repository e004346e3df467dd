"""VectorIndex contract: the same assertions for the in-process index and OpenSearch (k-NN, Lucene)."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest
from opensearchpy import AsyncOpenSearch
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.errors import InvalidInput, NotFound, PreconditionFailed
from samarinda_common.ports.vectors import VectorDoc, VectorIndex

NAME = "chunks"
DIMENSION = 4

DOCS = [
    VectorDoc(
        "a",
        "Pengadaan laptop untuk guru sekolah dasar. Spesifikasi prosesor i5 dan RAM 8 GB.",
        [1.0, 0.0, 0.0, 0.0],
        {"opd": "DISDIK", "category": "ssh", "fiscal_year": 2025, "kind": "chunk"},
    ),
    VectorDoc(
        "b",
        "Belanja obat-obatan dan bahan medis habis pakai untuk puskesmas.",
        [0.0, 1.0, 0.0, 0.0],
        {"opd": "DINKES", "category": "rka", "fiscal_year": 2025, "kind": "chunk"},
    ),
    VectorDoc(
        "c",
        "Pemeliharaan jalan lingkungan di kecamatan Palaran.",
        [0.0, 0.0, 1.0, 0.0],
        {"opd": "PUPR", "category": "rka", "fiscal_year": 2024, "kind": "chunk"},
    ),
    VectorDoc(
        "d",
        "Honorarium narasumber rapat koordinasi penyusunan anggaran daerah.",
        [0.0, 0.0, 0.6, 0.8],
        {
            "opd": "BAPPEDA",
            "category": "laporan",
            "fiscal_year": 2025,
            "kind": "chunk",
            "tags": ["rapat", "honor"],
        },
    ),
]


@asynccontextmanager
async def _opensearch(url: str, prefix: str) -> AsyncIterator[tuple[OpenSearchVectorIndex, AsyncOpenSearch]]:
    """The adapter under test and a raw client to inspect (and finally delete) its indexes."""
    index = OpenSearchVectorIndex(url, prefix=prefix, number_of_replicas=0)
    raw = AsyncOpenSearch(hosts=[url])
    try:
        yield index, raw
    finally:
        await index.close()
        await raw.indices.delete(index=f"{prefix}-*", params={"ignore_unavailable": "true"})
        await raw.close()


@pytest.fixture(params=["embedded", pytest.param("real", marks=pytest.mark.integration)])
async def index(
    request: pytest.FixtureRequest, require_server: Callable[[str], str], unique_name: Callable[[str], str]
) -> AsyncIterator[VectorIndex]:
    if request.param == "embedded":
        yield InProcessVectorIndex()
        return
    async with _opensearch(require_server("SAMARINDA_OPENSEARCH_URL"), unique_name("vec")) as (opensearch, _):
        yield opensearch


@pytest.fixture
async def real_opensearch(
    require_server: Callable[[str], str], unique_name: Callable[[str], str]
) -> AsyncIterator[tuple[OpenSearchVectorIndex, AsyncOpenSearch]]:
    async with _opensearch(require_server("SAMARINDA_OPENSEARCH_URL"), unique_name("vec")) as pair:
        yield pair


@pytest.fixture
async def filled(index: VectorIndex) -> VectorIndex:
    await index.ensure_index(NAME, DIMENSION)
    assert await index.upsert(NAME, DOCS, refresh=True) == len(DOCS)
    return index


def _cosine_score(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return (1 + dot / (math.hypot(*a) * math.hypot(*b))) / 2


async def test_nearest_neighbour(filled: VectorIndex) -> None:
    query = [0.9, 0.1, 0.0, 0.0]
    hits = await filled.search_vector(NAME, query, k=2)
    assert [h.id for h in hits] == ["a", "b"]
    assert hits[0].score == pytest.approx(_cosine_score(query, [1.0, 0.0, 0.0, 0.0]), abs=1e-3)
    assert hits[0].text == DOCS[0].text
    assert dict(hits[0].metadata) == dict(DOCS[0].metadata)

    closest_to_d = await filled.search_vector(NAME, [0.0, 0.0, 0.5, 0.9], k=1)
    assert [h.id for h in closest_to_d] == ["d"]


async def test_bm25_hit_with_highlight(filled: VectorIndex) -> None:
    hits = await filled.search_text(NAME, "laptop guru")
    assert [h.id for h in hits] == ["a"]
    assert hits[0].highlights and "<em>laptop</em>" in hits[0].highlights[0]
    assert dict(hits[0].metadata) == dict(DOCS[0].metadata)


async def test_text_search_stems_indonesian(filled: VectorIndex) -> None:
    # "penganggaran" and "anggaran" share the stem "anggar" in both analyzers.
    hits = await filled.search_text(NAME, "penganggaran")
    assert [h.id for h in hits] == ["d"]
    assert await filled.search_text(NAME, "yang dan dari") == []  # stop words only


async def test_filters(filled: VectorIndex) -> None:
    hits = await filled.search_vector(NAME, [1.0, 0.0, 0.0, 0.0], filters={"opd": "DINKES"}, k=3)
    assert [h.id for h in hits] == ["b"]
    assert await filled.count(NAME, {"fiscal_year": 2025}) == 3
    assert await filled.count(NAME, {"opd": ["DISDIK", "PUPR"]}) == 2
    assert await filled.count(NAME, {"tags": "honor"}) == 1
    assert await filled.count(NAME) == 4
    assert await filled.search_text(NAME, "laptop", filters={"fiscal_year": 2024}) == []
    hits = await filled.search_text(NAME, "puskesmas jalan", filters={"category": "rka", "fiscal_year": 2024})
    assert [h.id for h in hits] == ["c"]


async def test_delete_where(filled: VectorIndex) -> None:
    assert await filled.delete_where(NAME, {"opd": "PUPR"}, refresh=True) == 1
    assert await filled.count(NAME) == 3
    assert await filled.search_text(NAME, "jalan") == []
    assert await filled.delete_where(NAME, {"opd": "PUPR"}, refresh=True) == 0
    with pytest.raises(InvalidInput):
        await filled.delete_where(NAME, {})


async def test_reupsert_replaces(filled: VectorIndex) -> None:
    replacement = VectorDoc(
        "a",
        "Pengadaan printer laser untuk tata usaha.",
        [0.0, 0.0, 0.0, 1.0],
        {"opd": "DISDIK", "category": "ssh", "fiscal_year": 2026},
    )
    await filled.upsert(NAME, [replacement], refresh=True)
    assert await filled.count(NAME) == 4
    assert [h.id for h in await filled.search_text(NAME, "printer")] == ["a"]
    assert await filled.search_text(NAME, "laptop") == []
    assert (await filled.search_vector(NAME, [0.0, 0.0, 0.0, 1.0], k=1))[0].id == "a"
    assert await filled.count(NAME, {"fiscal_year": 2026}) == 1


async def test_extra_metadata_mappings(index: VectorIndex) -> None:
    await index.ensure_index("harga", DIMENSION, metadata_mappings={"harga_satuan": {"type": "long"}})
    await index.upsert(
        "harga",
        [
            VectorDoc(
                "ssh-1", "Kertas HVS A4 70 gram", [1, 0, 0, 0], {"harga_satuan": 52_000, "satuan": "rim"}
            ),
            VectorDoc(
                "ssh-2", "Tinta printer hitam", [0, 1, 0, 0], {"harga_satuan": 150_000, "satuan": "botol"}
            ),
        ],
        refresh=True,
    )
    assert await index.count("harga", {"harga_satuan": 52_000}) == 1
    hits = await index.search_text("harga", "kertas", filters={"satuan": "rim"})
    assert [(h.id, h.metadata["harga_satuan"]) for h in hits] == [("ssh-1", 52_000)]


async def test_missing_index_is_not_found(index: VectorIndex) -> None:
    with pytest.raises(NotFound):
        await index.search_text("tidak-ada", "laptop")
    with pytest.raises(NotFound):
        await index.upsert("tidak-ada", DOCS[:1], refresh=True)


async def test_dimension_rules(filled: VectorIndex) -> None:
    await filled.ensure_index(NAME, DIMENSION)  # idempotent
    with pytest.raises(PreconditionFailed):
        await filled.ensure_index(NAME, DIMENSION * 2)
    with pytest.raises(InvalidInput):
        await filled.upsert(NAME, [VectorDoc("x", "salah dimensi", [1.0, 0.0])], refresh=True)
    with pytest.raises(InvalidInput):
        await filled.upsert(NAME, [VectorDoc("z", "vektor nol", [0.0] * DIMENSION)], refresh=True)
    assert await filled.count(NAME) == len(DOCS)


async def test_ping(index: VectorIndex) -> None:
    assert await index.ping() is True


@pytest.mark.integration
async def test_opensearch_reindex_to_new_version_swaps_the_alias(
    real_opensearch: tuple[OpenSearchVectorIndex, AsyncOpenSearch],
) -> None:
    index, raw = real_opensearch
    await index.ensure_index(NAME, DIMENSION)
    await index.upsert(NAME, DOCS, refresh=True)
    alias = index.alias(NAME)
    new = await index.reindex_to_new_version(NAME, metadata_mappings={"harga_satuan": {"type": "long"}})
    assert new == f"{alias}-v2"
    assert list(await raw.indices.get_alias(name=alias)) == [new]
    assert not await raw.indices.exists(index=f"{alias}-v1")
    mapping = await raw.indices.get_mapping(index=new)
    assert mapping[new]["mappings"]["properties"]["metadata"]["properties"]["harga_satuan"] == {
        "type": "long"
    }
    assert await index.count(NAME) == len(DOCS)
    assert [h.id for h in await index.search_vector(NAME, [0.9, 0.1, 0.0, 0.0], k=1)] == ["a"]
    assert [h.id for h in await index.search_text(NAME, "laptop")] == ["a"]


@pytest.mark.integration
async def test_opensearch_ensure_index_adds_new_metadata_fields_in_place(
    real_opensearch: tuple[OpenSearchVectorIndex, AsyncOpenSearch],
) -> None:
    index, raw = real_opensearch
    await index.ensure_index(NAME, DIMENSION)
    await index.ensure_index(NAME, DIMENSION, metadata_mappings={"harga_satuan": {"type": "long"}})
    mapping = await raw.indices.get_mapping(index=index.alias(NAME))
    [physical] = mapping
    metadata_fields = mapping[physical]["mappings"]["properties"]["metadata"]["properties"]
    assert metadata_fields["harga_satuan"] == {"type": "long"}
    with pytest.raises(PreconditionFailed):  # opd is a keyword; changing its type needs a reindex
        await index.ensure_index(NAME, DIMENSION, metadata_mappings={"opd": {"type": "long"}})
