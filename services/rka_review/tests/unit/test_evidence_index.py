"""Evidence read straight from the chunk index (single-process mode), and a review that cites it."""

from __future__ import annotations

import csv
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.embedders import HashingEmbedder
from samarinda_common.adapters.memory_vectors import InProcessVectorIndex
from samarinda_common.ports import VectorDoc
from samarinda_common.rka import EvidenceKind, Finding, FindingType, Review
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.adapters.evidence import IndexEvidenceSearch
from samarinda_rka_review.offline import load_catalogue, load_rka
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import CatalogueCache
from samarinda_rka_review.service_layer.handlers import ReviewDeps

CHUNKS = "chunks"
REALISASI_CSV = samples_dir() / "docs" / "realisasi_belanja_2025.csv"


async def index_table_rows(
    index: InProcessVectorIndex,
    embedder: HashingEmbedder,
    path: Path,
    *,
    document_id: str,
    opd: str,
    category: str,
    fiscal_year: int | None,
) -> None:
    """Index a CSV as the embedding service does: one chunk per row, ``header: value | ...``,
    with its chunk metadata (rows are 0-based in the extracted table, the header being row 0)."""
    with path.open(encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle, delimiter=";"))
    texts = [
        " | ".join(f"{label}: {value}" for label, value in zip(header, row, strict=True)) for row in rows
    ]
    vectors = (await embedder.embed(texts)).vectors
    docs = [
        VectorDoc(
            id=f"{document_id}-{number}",
            text=text,
            vector=vector,
            metadata={
                "kind": "chunk",
                "chunk_kind": "table_rows",
                "document_id": document_id,
                "opd": opd,
                "category": category,
                "fiscal_year": fiscal_year,
                "filename": path.name,
                "page": 1,
                "table": 0,
                "first_row": number,
                "last_row": number,
            },
        )
        for number, (text, vector) in enumerate(zip(texts, vectors, strict=True), start=1)
    ]
    await index.ensure_index(CHUNKS, embedder.dimension)
    await index.upsert(CHUNKS, docs, refresh=True)


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
async def indexed(embedder: HashingEmbedder) -> InProcessVectorIndex:
    index = InProcessVectorIndex()
    await index_table_rows(
        index,
        embedder,
        REALISASI_CSV,
        document_id="doc-real",
        opd="DISDIK",
        category="realisasi",
        fiscal_year=2025,
    )
    # The same rows under another OPD, and as this OPD's RKA: neither may be cited.
    await index_table_rows(
        index,
        embedder,
        REALISASI_CSV,
        document_id="doc-other",
        opd="DINKES",
        category="realisasi",
        fiscal_year=2025,
    )
    await index_table_rows(
        index, embedder, REALISASI_CSV, document_id="doc-rka", opd="DISDIK", category="rka", fiscal_year=2026
    )
    return index


async def test_last_years_realised_price_is_found_and_cited(
    indexed: InProcessVectorIndex, embedder: HashingEmbedder
) -> None:
    search = IndexEvidenceSearch(indexed, embedder)
    [best, *_] = await search.search("DISDIK", "Notebook i5 RAM 8 GB SSD 512GB")
    assert best.kind is EvidenceKind.DOCUMENT
    assert best.document_id == "doc-real"
    assert best.page == 1
    assert best.text.startswith(
        "Realisasi 2025 — realisasi_belanja_2025.csv, hlm. 1, baris 5: uraian: Laptop"
    )
    assert "harga satuan Rp 11.800.000" in best.text


async def test_only_the_opds_own_evidence_documents_are_searched(
    indexed: InProcessVectorIndex, embedder: HashingEmbedder
) -> None:
    search = IndexEvidenceSearch(indexed, embedder)
    found = await search.search("DISDIK", "Proyektor 3500 lumen 3.500 lumen, resolusi XGA", k=5)
    assert found
    assert {e.document_id for e in found} == {"doc-real"}
    assert await search.search("DISPAR", "Proyektor 3500 lumen") == []


async def test_a_line_nothing_in_the_documents_mentions_gets_no_evidence(
    indexed: InProcessVectorIndex, embedder: HashingEmbedder
) -> None:
    search = IndexEvidenceSearch(indexed, embedder)
    assert await search.search("DISDIK", "Honorarium narasumber pejabat eselon") == []
    assert await search.search("DISDIK", "   ") == []


async def test_no_index_yet_means_no_evidence(embedder: HashingEmbedder) -> None:
    assert await IndexEvidenceSearch(InProcessVectorIndex(), embedder).search("DISDIK", "Laptop") == []


async def test_an_index_of_another_embedder_is_logged_not_raised(indexed: InProcessVectorIndex) -> None:
    wrong_dimension = HashingEmbedder(dimension=64)
    assert await IndexEvidenceSearch(indexed, wrong_dimension).search("DISDIK", "Laptop Core i5") == []


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def _price_finding(review: Review, uraian_word: str, rka_lines: dict[str, str]) -> Finding:
    [finding] = [
        f
        for f in review.findings
        if f.type is FindingType.OVERPRICED and uraian_word in rka_lines[f"{f.sub_kegiatan}|{f.line_id}"]
    ]
    return finding


async def test_review_of_the_sample_rka_cites_last_years_realisation(
    store: EmbeddedDocumentStore, indexed: InProcessVectorIndex, embedder: HashingEmbedder
) -> None:
    rka = load_rka(samples_dir() / "rka_dinas_pendidikan_2026.xlsx", opd="DISDIK")
    deps = ReviewDeps(
        store=store,
        publisher=RecordingPublisher(),
        meter=RecordingUsageMeter(),
        catalogue=CatalogueCache(store),
        evidence=IndexEvidenceSearch(indexed, embedder),
    )
    review = await handlers.review(
        rka, deps, extra_references=load_catalogue([samples_dir() / "ssh_2026.xlsx"])
    )
    lines = {
        f"{sub.kode or sub.nama}|{line.line_id}": line.uraian
        for sub in rka.sub_kegiatan
        for line in sub.lines
    }

    for word, realised in (("Notebook", "Rp 11.800.000"), ("Proyektor", "Rp 7.400.000")):
        finding = _price_finding(review, word, lines)
        documents = [e for e in finding.evidence if e.kind is EvidenceKind.DOCUMENT]
        assert documents, f"no evidence from the OPD's documents for {word}"
        assert documents[0].document_id == "doc-real"
        assert f"harga satuan {realised}" in documents[0].text
        # The SSH ceiling stays the first reference; the OPD's documents come after it.
        assert finding.evidence[0].kind is EvidenceKind.PRICE_REFERENCE

    # Overpriced too, but last year's realisation says nothing of fees or uniforms.
    for word in ("Honor narasumber", "Seragam"):
        finding = _price_finding(review, word, lines)
        assert not [e for e in finding.evidence if e.kind is EvidenceKind.DOCUMENT], word
