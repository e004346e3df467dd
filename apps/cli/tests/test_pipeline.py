"""The five services in one process on the embedded adapters, over the sample data.

One pipeline run (SSH, RKA, the CSV and the PDF; the two images only cost OCR time) is observed
once per module, then a second run over the same data directory. The hashing embedder keeps it
offline and quick; everything else is what ``samarinda demo`` runs.
"""

from __future__ import annotations

import asyncio
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from samarinda_cli.pipeline import (
    EmbeddedPipeline,
    PlannedUpload,
    document_category,
    fiscal_year_in,
    sample_plan,
)
from samarinda_common.events import DocumentCategory, DocumentIndexed, DocumentUploaded
from samarinda_common.rka import EvidenceKind, Review
from samarinda_common.settings import CommonSettings, Mode
from samarinda_common.testing.samples import samples_dir
from samarinda_common.topics import Topic

OPD = "DISDIK"
CHECKED_TYPES = {"OVERPRICED", "ARITHMETIC", "DUPLICATE"}


def _settings(data_dir: Path) -> CommonSettings:
    return CommonSettings(mode=Mode.EMBEDDED, data_dir=data_dir, embedder_provider="hashing")


def _uploads() -> list[PlannedUpload]:
    plan = sample_plan(samples_dir())
    documents = [u for u in plan.documents if u.path.suffix in (".csv", ".pdf")]
    return [*plan.catalogue, *documents, *plan.rka]


@dataclass
class FirstRun:
    document_ids: dict[str, str]  # file name -> document id
    statuses: dict[str, str]
    review: Review | None
    usage_event_ids: set[str]
    usage_operations: set[tuple[str, str]]
    ledger_entries: int
    ledger_entries_after_replay: int
    reviews_published: int
    reviews_published_after_redelivery: int
    dead_letters: int
    extractions: int


@dataclass
class SecondRun:
    duplicates: list[bool]
    document_ids: dict[str, str]
    delivered: int
    extractions: int
    ledger_entries: int
    review: Review | None


async def _first_run(data_dir: Path) -> FirstRun:
    async with EmbeddedPipeline(_settings(data_dir)) as pipeline:
        ids: dict[str, str] = {}
        for upload in _uploads():
            outcome = await pipeline.upload_file(upload.path, OPD, upload.category, upload.fiscal_year)
            ids[upload.path.name] = outcome.document_id
            # The catalogue must be indexed before the RKA is reviewed against it.
            await pipeline.run_until_idle()
        records = await pipeline.documents(list(ids.values()))
        rka_id = ids["rka_dinas_pendidikan_2026.xlsx"]
        reviewed = await pipeline.review(rka_id)
        bus = pipeline.bus
        usage = bus.records(Topic.USAGE_RECORDED)
        ledger = await pipeline.ledger_entries(opd=OPD)
        reviews_published = len(bus.records(Topic.RKA_REVIEWED))

        for record in usage:  # the whole usage stream delivered a second time
            await bus.publish_raw(record.topic, record.value, key=record.key, headers=record.headers)
        # documents.indexed.v1 for the RKA again, under a new event id (a producer's retry)
        await bus.publish(
            DocumentIndexed(
                opd=OPD, document_id=rka_id, category=DocumentCategory.RKA, chunks=1, embedding_model="x"
            )
        )
        await pipeline.run_until_idle()
        return FirstRun(
            document_ids=ids,
            statuses={name: records[i]["status"] for name, i in ids.items()},
            review=reviewed[0] if reviewed else None,
            usage_event_ids={json.loads(r.value)["event_id"] for r in usage},
            usage_operations={(u.opd, u.operation) for u in (await pipeline.usage_by_opd())[1]},
            ledger_entries=ledger,
            ledger_entries_after_replay=await pipeline.ledger_entries(opd=OPD),
            reviews_published=reviews_published,
            reviews_published_after_redelivery=len(bus.records(Topic.RKA_REVIEWED)),
            dead_letters=len(bus.dead_letters()),
            extractions=await pipeline.extraction_count(),
        )


async def _second_run(data_dir: Path) -> SecondRun:
    async with EmbeddedPipeline(_settings(data_dir)) as pipeline:
        outcomes = [await pipeline.upload_file(u.path, OPD, u.category, u.fiscal_year) for u in _uploads()]
        delivered = await pipeline.run_until_idle()
        reviewed = await pipeline.review(samples_dir() / "rka_dinas_pendidikan_2026.xlsx", opd=OPD)
        return SecondRun(
            duplicates=[o.duplicate for o in outcomes],
            document_ids={u.path.name: o.document_id for u, o in zip(_uploads(), outcomes, strict=True)},
            delivered=delivered,
            extractions=await pipeline.extraction_count(),
            ledger_entries=await pipeline.ledger_entries(opd=OPD),
            review=reviewed[0] if reviewed else None,
        )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[FirstRun, SecondRun]:
    data_dir = tmp_path_factory.mktemp("pipeline-data")
    return asyncio.run(_first_run(data_dir)), asyncio.run(_second_run(data_dir))


def _labelled(labels: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(line, kind) for line, kinds in labels.items() for kind in kinds if kind in CHECKED_TYPES}


@pytest.mark.slow
def test_an_uploaded_rka_is_reviewed_against_the_uploaded_ssh(runs: tuple[FirstRun, SecondRun]) -> None:
    first, _ = runs
    assert first.review is not None
    labels = json.loads((samples_dir() / "rka_dinas_pendidikan_2026.labels.json").read_text())["labels"]
    found = {
        (f.line_id, f.type.value)
        for f in first.review.findings
        if f.line_id is not None and f.type.value in CHECKED_TYPES
    }
    assert found == _labelled(labels)
    assert first.review.catalogue_size > 0
    assert first.review.summary.potential_saving > 0


def _cited_file(evidence_text: str) -> str:
    # "Realisasi 2025 — realisasi_belanja_2025.csv, hlm. 1, baris 5: ..."
    match = re.search(r"— ([^,]+),", evidence_text)
    assert match, evidence_text
    return match.group(1)


@pytest.mark.slow
def test_price_findings_cite_the_opds_own_documents_that_share_their_words(
    runs: tuple[FirstRun, SecondRun],
) -> None:
    first, _ = runs
    assert first.review is not None
    cited = {
        f.line_id: {_cited_file(e.text) for e in f.evidence if e.kind is EvidenceKind.DOCUMENT}
        for f in first.review.findings
    }
    # 21 "Notebook i5 RAM 8 GB SSD 512GB": last year's laptop purchase, in the CSV and the PDF
    assert cited["21"] == {"realisasi_belanja_2025.csv", "laporan_realisasi_pengadaan_2025.pdf"}
    assert cited["29"] == set()  # "Perlengkapan podcast": nothing the OPD holds mentions it


@pytest.mark.slow
def test_every_document_is_indexed_and_nothing_is_dead_lettered(runs: tuple[FirstRun, SecondRun]) -> None:
    first, _ = runs
    assert first.statuses == dict.fromkeys(first.document_ids, "indexed")
    assert first.extractions == len(first.document_ids)
    assert first.dead_letters == 0


@pytest.mark.slow
def test_billing_charges_each_usage_event_once_even_when_replayed(runs: tuple[FirstRun, SecondRun]) -> None:
    first, _ = runs
    assert {operation for opd, operation in first.usage_operations if opd == OPD} == {
        "storage_bytes",  # upload
        "parse_page",  # extraction
        "embed_tokens",  # embedding
        "review_line",  # rka_review
    }
    assert first.ledger_entries == len(first.usage_event_ids)
    assert first.ledger_entries_after_replay == first.ledger_entries


@pytest.mark.slow
def test_a_redelivered_indexed_rka_is_not_reviewed_twice(runs: tuple[FirstRun, SecondRun]) -> None:
    first, _ = runs
    assert first.reviews_published == 1
    assert first.reviews_published_after_redelivery == 1


@pytest.mark.slow
def test_a_second_run_reuses_what_the_first_ingested(runs: tuple[FirstRun, SecondRun]) -> None:
    first, second = runs
    assert all(second.duplicates)
    assert second.document_ids == first.document_ids
    assert second.delivered == 0
    assert second.extractions == first.extractions
    assert second.ledger_entries == first.ledger_entries_after_replay
    assert second.review is not None and first.review is not None
    assert second.review.review_id == first.review.review_id


def test_the_sample_plan_hands_over_the_catalogue_first_and_skips_ocr_answers() -> None:
    plan = sample_plan(samples_dir())
    assert [(u.path.name, u.category, u.fiscal_year) for u in plan.catalogue] == [
        ("ssh_2026.xlsx", DocumentCategory.SSH, 2026)
    ]
    assert [u.path.name for u in plan.rka] == ["rka_dinas_pendidikan_2026.xlsx"]
    assert {u.path.suffix for u in plan.documents} == {".pdf", ".csv", ".png"}
    assert len(plan.documents) == 4


@pytest.mark.parametrize(
    ("name", "category", "year"),
    [
        ("laporan_realisasi_pengadaan_2025.pdf", DocumentCategory.REALISASI, 2025),
        ("penawaran_cv_mahakam_scan.png", DocumentCategory.QUOTATION, None),
        ("notulen_rapat_foto.png", DocumentCategory.MINUTES, None),
        ("laporan_tahunan_12025.pdf", DocumentCategory.REPORT, None),
        ("foto_kegiatan.jpg", DocumentCategory.OTHER, None),
    ],
)
def test_document_category_and_year_come_from_the_file_name(
    name: str, category: DocumentCategory, year: int | None
) -> None:
    assert document_category(name) is category
    assert fiscal_year_in(name) == year


async def test_the_pipeline_refuses_the_real_adapters(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="embedded"):
        EmbeddedPipeline(CommonSettings(mode=Mode.REAL, data_dir=tmp_path))


@pytest.mark.slow
async def test_a_run_interrupted_before_processing_is_finished_by_the_next(tmp_path: Path) -> None:
    plan = sample_plan(samples_dir())
    async with EmbeddedPipeline(_settings(tmp_path)) as interrupted:
        outcomes = [
            await interrupted.upload_file(u.path, OPD, u.category, u.fiscal_year)
            for u in (*plan.catalogue, *plan.rka)
        ]
        # stopped here: the bus's events die with the process

    async with EmbeddedPipeline(_settings(tmp_path)) as pipeline:
        again = await pipeline.upload_file(plan.rka[0].path, OPD, DocumentCategory.RKA, 2026)
        assert again.duplicate and await pipeline.run_until_idle() == 0  # a duplicate announces nothing
        resumed = await pipeline.resume_interrupted()
        records = await pipeline.documents([o.document_id for o in outcomes])
        reviewed = await pipeline.review(outcomes[-1].document_id)

    assert sorted(resumed) == sorted(o.document_id for o in outcomes)
    assert {r["status"] for r in records.values()} == {"indexed"}
    assert reviewed is not None
    assert reviewed[0].catalogue_size > 0 and reviewed[0].summary.findings_by_type["OVERPRICED"] > 0


async def test_zip_members_pass_intake_signed_by_the_extraction_service(tmp_path: Path) -> None:
    archive = tmp_path / "berkas.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("catatan.txt", "Catatan rapat Dinas Pendidikan tentang anggaran 2026")
    async with EmbeddedPipeline(_settings(tmp_path / "data")) as pipeline:
        await pipeline.upload_file(archive, OPD, DocumentCategory.REPORT, 2026)
        await pipeline.run_until_idle()
        assert pipeline.bus.dead_letters(Topic.INGEST_REQUESTED) == []
        uploaded = [
            DocumentUploaded.model_validate_json(r.value)
            for r in pipeline.bus.records(Topic.DOCUMENT_UPLOADED)
        ]
        assert sorted(u.filename for u in uploaded) == ["berkas.zip", "catatan.txt"]
