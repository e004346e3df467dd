"""Gemini is paid where it is called: the review's second opinion is refused for an OPD whose
quota billing announced as exhausted, in the API and the worker alike (both build review_deps)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from samarinda_common.errors import QuotaExhausted
from samarinda_common.events import QuotaChanged, QuotaState
from samarinda_common.infra import build_infra
from samarinda_common.messaging import InProcessBus
from samarinda_common.ports import LlmResult
from samarinda_common.quota import QuotaStateGuard
from samarinda_common.rka import Rka, RkaLine, SubKegiatan
from samarinda_rka_review.__main__ import review_deps
from samarinda_rka_review.bootstrap import tenancy_for
from samarinda_rka_review.service_layer import handlers
from samarinda_rka_review.settings import RkaReviewSettings


class CountingGemini:
    provider = "gemini"
    model = "gemini-2.5-flash"

    def __init__(self) -> None:
        self.calls = 0

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        self.calls += 1
        data = {"narrative": "Tidak ada catatan tambahan.", "lines": []}
        return LlmResult(data=data, input_tokens=1, output_tokens=1, provider=self.provider, model=self.model)


def rka(opd: str) -> Rka:
    line = RkaLine(line_id="1", uraian="Laptop", volume=2, satuan="unit", harga_satuan=10_000_000)
    sub = SubKegiatan(kode="1.01.02", nama="Pengadaan", lines=[line])
    return Rka(opd=opd, fiscal_year=2026, sub_kegiatan=[sub])


@pytest.mark.parametrize("writer", ["this process", "another replica"])
async def test_an_exhausted_opd_gets_no_paid_second_opinion(tmp_path: Path, writer: str) -> None:
    settings = RkaReviewSettings(mode="embedded", data_dir=tmp_path, embedder_provider="hashing")
    infra = build_infra(settings, tenancy_for(settings))
    try:
        gemini = CountingGemini()
        quota = QuotaStateGuard(infra.document_store)
        deps = review_deps(settings, infra, InProcessBus(), quota, llm=gemini)
        # The worker's quota subscription writes the state; an API replica reads it from the store.
        announced = quota if writer == "this process" else QuotaStateGuard(infra.document_store)
        await announced.apply(
            QuotaChanged(opd="DISDIK", state=QuotaState.EXHAUSTED, used_percent=100, period="2026-01")
        )
        with pytest.raises(QuotaExhausted):
            await handlers.review(rka("DISDIK"), deps)
        assert gemini.calls == 0
        await handlers.review(rka("DINKES"), deps)  # an OPD with credit left gets it
        assert gemini.calls == 1
    finally:
        await infra.close()
