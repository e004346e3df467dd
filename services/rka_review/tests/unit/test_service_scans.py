"""The service reads a scanned RKA and a scanned catalogue from their stored extractions as the
offline CLI does: the OCR'd cells repaired before the parsers see them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.extracted import CellValue, ExtractedDocument, ExtractionMethod, Page, Table
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import (
    DOCUMENTS,
    EXTRACTIONS,
    PRICE_REFERENCES,
    CatalogueCache,
)
from samarinda_rka_review.service_layer.handlers import ReviewDeps

SCANNED_PAGE = Page(
    number=1,
    text="Sub Kegiatan 1.01.02.1.01.0003 - Rapat Koordinasi Perencanaan",
    method=ExtractionMethod.OCR,
    confidence=88.0,
)


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def _deps(store: EmbeddedDocumentStore) -> ReviewDeps:
    return ReviewDeps(
        store=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        catalogue=CatalogueCache(store),
    )


async def _stored(
    store: EmbeddedDocumentStore, document_id: str, category: str, rows: list[list[CellValue]]
) -> None:
    document = ExtractedDocument(
        document_id=document_id,
        filename=f"{document_id}.jpg",
        detected_type="image/jpeg",
        pages=[SCANNED_PAGE],
        tables=[Table(page=1, index=0, rows=rows)],
    )
    await store.insert_one(EXTRACTIONS, {"_id": f"ext-{document_id}", **document.model_dump(mode="json")})
    await store.insert_one(
        DOCUMENTS,
        {
            "_id": document_id,
            "opd": "BAPPEDA",
            "category": category,
            "uploaded_by": {"catalogue_publisher": True},
        },
    )


async def test_a_scanned_rka_from_the_store_has_its_cells_repaired(store: EmbeddedDocumentStore) -> None:
    rows: list[list[CellValue]] = [
        ["No", "Uraian", "Koefisien", "Satuan", "Harcia Satun", "Jumlah"],
        ["1", "Nasi Kotak", "6O Orang x 2 Kali", "Kotak", "45.0O0", "Rp5.400.000,-"],
        ["N", "Kue Kotak", "60 Orang x 2 Kali", "Kotak", "20.000 2.400.000", None],
    ]
    await _stored(store, "rka-scan-1", "rka", rows)

    rka = await handlers.rka_from_document("rka-scan-1", "BAPPEDA", 2027, _deps(store))

    [sub] = rka.sub_kegiatan
    assert sub.kode == "1.01.02.1.01.0003"
    assert [(line.line_id, line.volume, line.harga_satuan, line.jumlah) for line in sub.lines] == [
        ("1", 120, 45_000, 5_400_000),
        ("2", 120, 20_000, 2_400_000),
    ]


async def test_a_scanned_catalogue_is_published_with_its_cells_repaired(store: EmbeddedDocumentStore) -> None:
    rows: list[list[CellValue]] = [
        ["No", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan"],
        ["1", "Kertas HVS", "A4 80 gram", "Rim", "62.0O0"],
        ["2", "Tinta Printer", "Botol 70 ml", "Botol", "Rp95. 000,-"],
    ]
    await _stored(store, "ssh-scan-1", "ssh", rows)

    assert await _deps(store).catalogue.publish("ssh-scan-1") == 2
    prices = await store.find(PRICE_REFERENCES, {"document_id": "ssh-scan-1"})
    assert sorted(row["reference"]["harga"] for row in prices) == [62_000, 95_000]
