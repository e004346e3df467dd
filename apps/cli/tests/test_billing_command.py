from __future__ import annotations

import json
from pathlib import Path

from samarinda_cli.main import build_app
from typer.testing import CliRunner


def test_cli_replay_reports_usage_and_numbered_errors(tmp_path: Path) -> None:
    lines = [
        {
            "event_id": "e-0000001",
            "opd": "DISDIK",
            "operation": "embed_tokens",
            "provider": "gemini",
            "units": 2_000_000,
            "occurred_at": "2026-03-01T08:00:00+08:00",
        },
        {
            "event_id": "e-0000001",
            "opd": "DISDIK",
            "operation": "embed_tokens",
            "provider": "gemini",
            "units": 2_000_000,
            "occurred_at": "2026-03-01T08:00:00+08:00",
        },
        {
            "event_id": "e-0000002",
            "opd": "DISDIK",
            "operation": "embed_tokens",
            "provider": "gemini",
            "units": 1,
            "occurred_at": "2026-03-01T08:00:00+08:00",
        },
    ]
    text = "\n".join(json.dumps(line) for line in lines) + '\n{"event_id": "e-3", "units": -1}\n'
    events = tmp_path / "events.jsonl"
    events.write_text(text)
    result = CliRunner().invoke(
        build_app(["billing"]), ["billing", "replay", str(events), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    # 2,000,001 tokens × $0.15/1M × 16,300 = Rp 4,890.0024… -> 4,890.
    assert report["usage"] == [
        {"opd": "DISDIK", "operation": "embed_tokens", "units": 2_000_001, "cost_idr": 4_890}
    ]
    assert report["duplicates"] == 1
    assert [e["line"] for e in report["errors"]] == [4]
    assert "line 4" in result.stderr
