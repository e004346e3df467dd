"""The LLM path of the relevance stage against a real HTTP server speaking the OpenAI-compatible
API, which replays recorded answers (data/relevance_llm_replay.json): one call for the ambiguous
lines, verdicts cached per line and catalogue version, tokens metered to the OPD, and the offline
review standing when the server fails."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.adapters.llm import OpenAICompatibleLlm
from samarinda_common.events import UsageOperation
from samarinda_common.ports import EmbeddingBatch
from samarinda_common.rka import EvidenceKind, FindingType, Rka, RkaLine, SubKegiatan
from samarinda_common.testing.fakes import RecordingPublisher, RecordingUsageMeter
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.relevance import example_texts
from samarinda_rka_review.domain.reviewer import AmbiguousLine, line_key
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.service_layer.catalogue import CatalogueCache
from samarinda_rka_review.service_layer.handlers import ReviewDeps
from samarinda_rka_review.service_layer.relevance_llm import SCHEMA, VERDICTS, adjudicate, cache_key

REPLAY = json.loads((Path(__file__).parent / "data" / "relevance_llm_replay.json").read_text())
_PROMPT_LINE = re.compile(r"^- key=(\S+) \|.*\| barang: (.*?) \|", re.MULTILINE)


class _Replay(BaseHTTPRequestHandler):
    """``/v1/chat/completions``: each asked line answered from the recording by its item name."""

    requests: ClassVar[list[dict[str, Any]]] = []
    broken: ClassVar[bool] = False

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        prompt = body["messages"][1]["content"]
        verdicts = []
        for key, item in _PROMPT_LINE.findall(prompt):
            answer = next(a for a in REPLAY["answers"] if item.strip().startswith(a["item"]))
            verdicts.append({"key": key, "relevant": answer["relevant"], "reason": answer["reason"]})
        content = "not json" if type(self).broken else json.dumps({"verdicts": verdicts})
        payload = {
            "choices": [{"message": {"role": "assistant", "content": content}}],
            "usage": REPLAY["usage"],
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Replay.requests.clear()
    _Replay.broken = False
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/v1"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
async def store() -> AsyncIterator[EmbeddedDocumentStore]:
    documents = EmbeddedDocumentStore(":memory:")
    yield documents
    await documents.close()


def _line(no: str, uraian: str, harga: int) -> RkaLine:
    return RkaLine(line_id=no, uraian=uraian, volume=Decimal(2), harga_satuan=harga, jumlah=2 * harga)


RKA = Rka(
    opd="BAPPEDA",
    opd_name="Badan Perencanaan Pembangunan Daerah",
    sub_kegiatan=[
        SubKegiatan(
            nama="Penyusunan Dokumen Perencanaan Pembangunan Daerah",
            indikator="Jumlah Dokumen Perencanaan",
            lines=[
                _line("1", "Alat pijat kaki elektrik", 3_500_000),
                _line("2", "Perekam suara digital", 900_000),
            ],
        )
    ],
)
AMBIGUOUS = [
    AmbiguousLine(line_key(0, line), 0, line, "kemiripan makna di antara dua bacaan")
    for line in RKA.sub_kegiatan[0].lines
]


async def _adjudicate(
    server: str, store: EmbeddedDocumentStore, meter: RecordingUsageMeter, version: str = "v7"
):  # type: ignore[no-untyped-def]
    llm = OpenAICompatibleLlm(server, "replayed-model", timeout_s=5)
    try:
        return await adjudicate(
            llm, RKA, AMBIGUOUS, catalogue_version=version, store=store, meter=meter, policy=ReviewPolicy()
        )
    finally:
        await llm.close()


async def test_ambiguous_lines_are_settled_in_one_call_with_a_schema(
    server: str, store: EmbeddedDocumentStore
) -> None:
    meter = RecordingUsageMeter()
    outcome = await _adjudicate(server, store, meter)
    [request] = _Replay.requests
    assert request["response_format"]["json_schema"]["schema"] == SCHEMA
    assert "Alat pijat kaki elektrik" in request["messages"][1]["content"]
    [finding] = outcome.findings
    assert (finding.line_id, finding.type, finding.source) == ("1", FindingType.OFF_TARGET, "llm")
    assert finding.evidence[0].kind is EvidenceKind.LLM and "kenyamanan pribadi" in finding.message
    assert outcome.asked == 2 and outcome.warning is None
    assert meter.units("BAPPEDA", UsageOperation.LLM_INPUT_TOKENS) == 212
    assert meter.units("BAPPEDA", UsageOperation.LLM_OUTPUT_TOKENS) == 64


async def test_verdicts_are_cached_per_line_and_catalogue_version(
    server: str, store: EmbeddedDocumentStore
) -> None:
    meter = RecordingUsageMeter()
    first = await _adjudicate(server, store, meter)
    again = await _adjudicate(server, store, meter)
    assert len(_Replay.requests) == 1 and again.asked == 0
    assert [f.line_id for f in again.findings] == [f.line_id for f in first.findings] == ["1"]
    assert meter.units("BAPPEDA", UsageOperation.LLM_INPUT_TOKENS) == 212  # the cache is not billed
    stored = await store.find(VERDICTS, {"opd": "BAPPEDA"})
    assert len(stored) == 2
    newer = await _adjudicate(server, store, meter, version="v8")
    assert len(_Replay.requests) == 2 and newer.asked == 2
    assert cache_key(RKA, AMBIGUOUS[0], "v7", "m") != cache_key(RKA, AMBIGUOUS[0], "v8", "m")


async def test_an_answer_off_its_schema_leaves_the_offline_review(
    server: str, store: EmbeddedDocumentStore
) -> None:
    _Replay.broken = True
    outcome = await _adjudicate(server, store, RecordingUsageMeter())
    assert outcome.findings == [] and outcome.warning is not None and "2 baris" in outcome.warning
    assert await store.find(VERDICTS, {}) == []


async def test_a_server_that_is_down_leaves_the_offline_review(store: EmbeddedDocumentStore) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
    port = httpd.server_port
    httpd.server_close()  # nothing listens there any more
    outcome = await _adjudicate(f"http://127.0.0.1:{port}/v1", store, RecordingUsageMeter())
    assert outcome.findings == [] and outcome.warning is not None and "LLM" in outcome.warning


# --- wired into the review use case --------------------------------------------------------------


class DirectionEmbedder:
    """An embedder (the port) whose geometry is chosen: the relevance examples on two close
    directions, a line naming ``XZ`` on the personal one (ambiguous), any other line apart."""

    provider = "fake"
    model = "directions"
    dimension = 3

    async def embed(self, texts: Sequence[str], *, kind: str = "document") -> EmbeddingBatch:
        personal, _, operational = example_texts()
        vectors = []
        for text in texts:
            if text in personal or "XZ" in text:
                vectors.append([1.0, 0.0, 0.0])
            elif text in operational:
                vectors.append([0.98, 0.199, 0.0])
            else:
                vectors.append([0.0, 0.0, 1.0])
        return EmbeddingBatch(vectors=vectors, tokens=len(texts))


async def test_the_review_sends_only_the_open_lines_and_keeps_the_verdict(
    server: str, store: EmbeddedDocumentStore
) -> None:
    rka = Rka(
        rka_id="rka-xz",
        opd="BAPPEDA",
        sub_kegiatan=[
            SubKegiatan(
                nama="Penyusunan Dokumen Perencanaan",
                lines=[
                    _line("1", "Bantal refleksi XZ", 3_500_000),
                    _line("2", "Map plastik", 5_000),
                ],
            )
        ],
    )
    llm = OpenAICompatibleLlm(server, "replayed-model", timeout_s=5)
    meter = RecordingUsageMeter()
    deps = ReviewDeps(
        store=store,
        publisher=RecordingPublisher(),
        meter=meter,
        catalogue=CatalogueCache(store),
        embedder=DirectionEmbedder(),
        llm=llm,
    )
    try:
        review = await handlers.review(rka, deps)
    finally:
        await llm.close()
    adjudication = _Replay.requests[0]["messages"][1]["content"]
    assert "Bantal refleksi XZ" in adjudication and "Map plastik" not in adjudication
    [finding] = [f for f in review.findings if f.type is FindingType.OFF_TARGET]
    assert finding.line_id == "1" and finding.source == "llm"
    assert meter.units("BAPPEDA", UsageOperation.LLM_INPUT_TOKENS) >= 212
    assert len(await store.find(VERDICTS, {"opd": "BAPPEDA"})) == 1
