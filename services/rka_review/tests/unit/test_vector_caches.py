"""The service embeds each catalogue row, relevance example and line text once per embedder model:
catalogue vectors at publish (shared by the replicas), line vectors per OPD."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from decimal import Decimal

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.extracted import ExtractedDocument, Table
from samarinda_common.ports.ai import EmbeddingBatch
from samarinda_common.rka import Rka, RkaLine, SubKegiatan
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.domain.relevance import example_texts
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import DOCUMENTS, EXTRACTIONS, CatalogueCache
from samarinda_rka_review.service_layer.handlers import LINE_VECTORS, ReviewDeps

CATALOGUE = [
    ["Uraian Barang", "Spesifikasi", "Satuan", "Harga Satuan"],
    ["Kertas HVS", "A4 80 gram", "Rim", 62000],
    ["Tinta Printer", "Botol 70 ml hitam", "Botol", 95000],
    ["Snack Rapat", "Kue 3 macam", "Kotak", 18000],
    ["Spanduk", "Flexi 280 gram, cetak", "M2", 45000],
]


class CountingEmbedder:
    """The hashing embedder under a chosen model name, recording what it embeds."""

    provider = "local"
    dimension = 64

    def __init__(self, model: str = "hashing-a") -> None:
        self.model = model
        self._inner = HashingEmbedder(dimension=self.dimension)
        self.embedded: list[str] = []

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        self.embedded.extend(texts)
        return EmbeddingBatch(vectors=self._inner.embed_sync(texts).tolist(), tokens=len(texts))


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def _deps(store: EmbeddedDocumentStore, embedder: CountingEmbedder) -> ReviewDeps:
    return ReviewDeps(
        store=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        catalogue=CatalogueCache(store, embedder),
        embedder=embedder,
    )


async def _upload_catalogue(store: EmbeddedDocumentStore, document_id: str, rows: list[list[object]]) -> None:
    await store.insert_one(
        DOCUMENTS,
        {
            "_id": document_id,
            "opd": "BPKAD",
            "category": "ssh",
            "filename": f"{document_id}.xlsx",
            "uploaded_by": {"token_id": "t", "opd": "BPKAD", "catalogue_publisher": True},
        },
    )
    extracted = ExtractedDocument(
        document_id=document_id,
        filename=f"{document_id}.xlsx",
        detected_type="xlsx",
        tables=[Table(index=0, rows=rows)],
    )
    await store.insert_one(EXTRACTIONS, {"_id": f"ext-{document_id}", **extracted.model_dump(mode="json")})


def _line(line_id: str, uraian: str, harga: int) -> RkaLine:
    return RkaLine(
        line_id=line_id, uraian=uraian, satuan="Rim", volume=Decimal(2), harga_satuan=harga, jumlah=2 * harga
    )


def _rka(rka_id: str, third: str = "Map plastik") -> Rka:
    lines = [_line("1", "Kertas HVS A4", 62000), _line("2", "Kertas HVS A4", 62000), _line("3", third, 5000)]
    return Rka(
        rka_id=rka_id,
        opd="DISDIK",
        fiscal_year=2026,
        sub_kegiatan=[
            SubKegiatan(kode="1.01", nama="Rapat Koordinasi", lines=lines[:2]),
            SubKegiatan(kode="1.02", nama="Penyediaan Alat Tulis Kantor", lines=lines[2:]),
        ],
    )


def _examples() -> set[str]:
    personal, _, operational = example_texts()
    return {*personal, *operational}


async def test_a_catalogue_is_embedded_at_publish_and_never_again_by_any_replica(
    store: EmbeddedDocumentStore,
) -> None:
    await _upload_catalogue(store, "ssh-a", CATALOGUE)
    publisher = CountingEmbedder()
    assert await _deps(store, publisher).catalogue.publish("ssh-a") == 4
    assert len(publisher.embedded) == 4

    replica = CountingEmbedder()
    deps = _deps(store, replica)
    await handlers.review(_rka("r-1"), deps)
    replica_examples = set(replica.embedded) & _examples()
    # The replica embedded the examples (once, then kept with the catalogue's vectors) and the
    # two distinct line texts, never a catalogue row.
    assert sorted(set(replica.embedded) - replica_examples) == ["Kertas HVS A4  Rim", "Map plastik  Rim"]
    assert len(replica.embedded) == len(replica_examples) + 2

    another = CountingEmbedder()
    await handlers.review(_rka("r-2"), _deps(store, another))
    assert sorted(another.embedded) == []  # examples and this OPD's lines are stored already


async def test_a_revision_embeds_only_its_new_wordings_and_the_lines_are_the_opds_own(
    store: EmbeddedDocumentStore,
) -> None:
    await _upload_catalogue(store, "ssh-a", CATALOGUE)
    embedder = CountingEmbedder()
    deps = _deps(store, embedder)
    await deps.catalogue.publish("ssh-a")
    await handlers.review(_rka("r-1"), deps)
    embedder.embedded.clear()

    await handlers.review(_rka("r-1-revisi", third="Map plastik biru"), deps)

    assert embedder.embedded == ["Map plastik biru  Rim"]
    stored = await store.find(LINE_VECTORS, {})
    assert len(stored) == 3 and {row["opd"] for row in stored} == {"DISDIK"}


async def test_a_new_catalogue_version_embeds_only_its_changed_rows(store: EmbeddedDocumentStore) -> None:
    embedder = CountingEmbedder()
    deps = _deps(store, embedder)
    await _upload_catalogue(store, "ssh-a", CATALOGUE)
    await deps.catalogue.publish("ssh-a")
    first, version = await deps.catalogue.matcher()
    embedder.embedded.clear()

    revised = [*CATALOGUE[:-1], ["Spanduk", "Flexi 340 gram, cetak", "M2", 52000]]
    await _upload_catalogue(store, "ssh-b", revised)
    await deps.catalogue.publish("ssh-b")
    second, newer = await deps.catalogue.matcher()

    assert embedder.embedded == ["Spanduk Flexi 340 gram, cetak M2"]
    assert newer.version == version.version + 1 and second is not first


async def test_another_embedder_model_embeds_the_catalogue_again(store: EmbeddedDocumentStore) -> None:
    await _upload_catalogue(store, "ssh-a", CATALOGUE)
    await _deps(store, CountingEmbedder("hashing-a")).catalogue.publish("ssh-a")
    changed = CountingEmbedder("hashing-b")
    await _deps(store, changed).catalogue.matcher()
    assert len(changed.embedded) == 4


async def test_a_matcher_with_named_rows_is_reused_until_the_catalogue_changes(
    store: EmbeddedDocumentStore,
) -> None:
    embedder = CountingEmbedder()
    deps = _deps(store, embedder)
    await _upload_catalogue(store, "ssh-a", CATALOGUE)
    await deps.catalogue.publish("ssh-a")
    named = await deps.catalogue.from_documents(["ssh-a"])
    first, _ = await deps.catalogue.matcher(named)
    assert (await deps.catalogue.matcher(named))[0] is first
    assert (await deps.catalogue.matcher(named[:2]))[0] is not first
    await _upload_catalogue(store, "ssh-b", CATALOGUE[:3])
    await deps.catalogue.publish("ssh-b")
    assert (await deps.catalogue.matcher(named))[0] is not first
