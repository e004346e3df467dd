"""Performance reports through the running cluster: `samarinda kinerja --server` uploads an OPD's
LKjIP and renja, the extraction and performance workers read them, the PerformanceService answers
with the indicators, the finding between the two documents and the OPD's scorecard."""

from __future__ import annotations

import json

import pytest
from samarinda.performance.v1 import performance_service_pb2 as pb
from samarinda_cli.main import build_app
from samarinda_common.testing.samples import samples_dir
from samarinda_local_cluster.launcher import LocalCluster
from typer.testing import CliRunner

from .clients import Platform

pytestmark = pytest.mark.e2e

REPORTS = samples_dir() / "kinerja" / "DINKES"


def test_kinerja_through_the_cluster(e2e_cluster: LocalCluster, platform: Platform) -> None:
    env = e2e_cluster.client_env()
    token = e2e_cluster.config.token_for("DINKES")
    files = [str(REPORTS / "lkjip_dinkes_2025.pdf"), str(REPORTS / "renja_dinkes_2025.docx")]
    result = CliRunner().invoke(
        build_app(["kinerja"]),
        [
            "kinerja",
            *files,
            "--opd",
            "DINKES",
            "--server",
            "--format",
            "json",
            "--token",
            token,
            "--timeout",
            "600",
        ],
        env={k: v for k, v in env.items() if k.endswith("_SERVER")},
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    documents = {row["document"] for row in data["indicators"]}
    assert documents == {"lkjip_dinkes_2025.pdf", "renja_dinkes_2025.docx"}
    row = next(
        r
        for r in data["indicators"]
        if r["indicator"] == "Cakupan Imunisasi Dasar Lengkap" and r["realisation"]
    )
    assert (row["target"], row["realisation"], row["page"]) == (95, 92.3, 1)
    kinds = {f["type"] for f in data["findings"]}
    assert {"TARGET_CHANGED", "ACHIEVEMENT_MISMATCH", "REALISATION_WITHOUT_TARGET"} <= kinds

    dinkes = Platform(**{**platform.__dict__, "token": token})
    cards = dinkes.performance.GetScorecard(pb.GetScorecardRequest(fiscal_year=2025), metadata=dinkes._auth)
    assert [c.opd for c in cards.scorecards] == ["DINKES"]
    assert cards.scorecards[0].indicators == 14
    disdik = Platform(**{**platform.__dict__, "token": e2e_cluster.config.token_for("DISDIK")})
    theirs = disdik.performance.ListIndicators(pb.ListIndicatorsRequest(), metadata=disdik._auth)
    assert all(i.opd == "DISDIK" for i in theirs.indicators)  # DINKES's rows are not DISDIK's to see
