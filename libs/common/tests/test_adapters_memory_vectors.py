"""What only the in-process vector index has to prove: it persists between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.errors import InvalidInput
from samarinda_common.ports.vectors import VectorDoc


async def test_index_survives_a_restart(tmp_path: Path) -> None:
    first = InProcessVectorIndex(tmp_path / "vectors")
    await first.ensure_index("chunks", 3)
    await first.upsert(
        "chunks",
        [
            VectorDoc("a", "Pengadaan laptop guru", [1, 0, 0], {"opd": "DISDIK", "fiscal_year": 2025}),
            VectorDoc("b", "Obat puskesmas", [0, 1, 0], {"opd": "DINKES"}),
            VectorDoc("c", "Aspal jalan", [0, 0, 1], {"opd": "PUPR"}),
        ],
    )
    await first.delete_where("chunks", {"opd": "PUPR"})

    second = InProcessVectorIndex(tmp_path / "vectors")
    assert await second.count("chunks") == 2
    [hit] = await second.search_vector("chunks", [0.9, 0.1, 0], k=1)
    assert (hit.id, dict(hit.metadata)) == ("a", {"opd": "DISDIK", "fiscal_year": 2025})
    assert [h.id for h in await second.search_text("chunks", "puskesmas")] == ["b"]
    assert sorted(p.name for p in (tmp_path / "vectors").iterdir()) == ["chunks.npz"]


async def test_metadata_is_detached_from_the_caller(vector_index: InProcessVectorIndex) -> None:
    metadata = {"opd": "DISDIK", "tags": ["a"]}
    await vector_index.ensure_index("chunks", 2)
    await vector_index.upsert("chunks", [VectorDoc("a", "teks", [1, 0], metadata)])
    metadata["tags"].append("b")
    [hit] = await vector_index.search_vector("chunks", [1, 0])
    assert hit.metadata["tags"] == ["a"]


async def test_k_and_index_names_are_checked(vector_index: InProcessVectorIndex) -> None:
    with pytest.raises(InvalidInput):
        await vector_index.ensure_index("Bad Name", 2)
    with pytest.raises(InvalidInput):
        await vector_index.ensure_index("ok", 0)
    await vector_index.ensure_index("ok", 2)
    with pytest.raises(InvalidInput):
        await vector_index.search_vector("ok", [1, 0], k=0)


async def test_equal_text_scores_rank_by_id(vector_index: InProcessVectorIndex) -> None:
    await vector_index.ensure_index("chunks", 2)
    await vector_index.upsert(
        "chunks",
        [VectorDoc(i, "Pengadaan laptop guru", [1, 0], {"opd": "DISDIK"}) for i in ("c", "a", "b")],
    )
    assert [h.id for h in await vector_index.search_text("chunks", "laptop")] == ["a", "b", "c"]
