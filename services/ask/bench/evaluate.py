"""Scores the ask service on a question set: exact answers, citations, abstention, leaks, latency.

    .venv/bin/python services/ask/bench/evaluate.py SET_DIR [--llm-stub] [--json] [--split NAME]
        [--data-dir DIR] [--show]

SET_DIR holds ``corpus/manifest.json`` (``file``, ``opd`` as a full OPD name, ``category``,
``fiscal_year``), the files it lists, and ``questions.json`` (see services/ask/README.md). The
corpus is ingested into a scratch embedded data directory with ``samarinda ingest`` (validation,
extraction with OCR, chunking, the local embedding model: the same code as the platform), then
every question is asked in process through the service layer, bound to the OPD of its scope (or
to an admin for "*"). Offline by default (extractive answers); ``--llm-stub`` runs the same
questions through the LLM path against a local OpenAI-compatible stub (bench/llm_stub.py).

Only aggregates are printed (no question, answer or document text), so a blind set can be scored
without being read. ``--show`` (for one's own development sets only) also prints each question
with its answer and, for an abstention, the guard that made it. ``--split`` scores the questions
of one split (``tuning`` or ``holdout``); ``--data-dir`` keeps the ingested corpus in DIR and
reuses it on the next run (ingestion is skipped when DIR already holds it).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

ANSWERABLE_KINDS = ("factoid_text", "factoid_table", "factoid_scan", "two_documents", "sum")
CATEGORIES = {
    "rka",
    "ssh",
    "price_reference",
    "realisasi",
    "penawaran",
    "laporan",
    "notulen",
    "regulasi",
    "lainnya",
}


def opd_code(name: str) -> str:
    """A stable OPD code for a full OPD name ("Dinas Kesehatan" -> "DINAS_KESEHATAN")."""
    return re.sub(r"[^A-Za-z0-9]+", "_", name.strip()).strip("_").upper()[:64] or "OPD"


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def ingest(set_dir: Path, data_dir: Path) -> dict[str, int]:
    """``samarinda ingest`` per (OPD, category, year) group; returns counts of statuses."""
    manifest = json.loads((set_dir / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    groups: dict[tuple[str, str, int | None], list[str]] = defaultdict(list)
    for entry in manifest:
        category = str(entry.get("category") or "lainnya").lower()
        year = entry.get("fiscal_year")
        groups[(opd_code(entry["opd"]), category if category in CATEGORIES else "lainnya", year)].append(
            str(set_dir / "corpus" / entry["file"])
        )
    env = {**os.environ, "SAMARINDA_MODE": "embedded", "SAMARINDA_DATA_DIR": str(data_dir)}
    statuses: dict[str, int] = defaultdict(int)
    for (opd, category, year), files in sorted(groups.items(), key=lambda g: str(g[0])):
        command = [str(ROOT / ".venv/bin/samarinda"), "ingest", *files, "--opd", opd, "--category", category]
        if year:
            command += ["--fiscal-year", str(year)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        for line in done.stdout.splitlines():
            statuses[json.loads(line)["status"]] += 1
    return dict(statuses)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


async def ask_all(
    set_dir: Path, data_dir: Path, llm_base_url: str | None, split: str | None = None
) -> list[dict[str, Any]]:
    os.environ.update({"SAMARINDA_MODE": "embedded", "SAMARINDA_DATA_DIR": str(data_dir)})
    if llm_base_url:
        os.environ.update(
            {"SAMARINDA_LLM_PROVIDER": "openai-compatible", "SAMARINDA_OPENAI_BASE_URL": llm_base_url}
        )
    else:
        os.environ["SAMARINDA_LLM_PROVIDER"] = "offline"
    from samarinda_ask.api import AskCommand, AskSettings, ask, build_deps, tenancy_for
    from samarinda_common.auth import Principal, use_principal
    from samarinda_common.infra import build_infra
    from samarinda_common.logging import configure_logging
    from samarinda_common.messaging import InProcessBus

    configure_logging("ask-evaluate", "ERROR", json=False)
    settings = AskSettings()
    infra = build_infra(settings, tenancy_for(settings))
    deps = build_deps(settings, infra, InProcessBus())
    questions = json.loads((set_dir / "questions.json").read_text(encoding="utf-8"))
    if split:
        questions = [q for q in questions if q.get("split") == split]
    outcomes: list[dict[str, Any]] = []
    try:
        with use_principal(Principal(opd="WARMUP", is_admin=False, token_id="warm-up")):  # noqa: S106 (a label)
            await ask(deps, AskCommand("berapa anggaran"))  # loads the embedding model
        for item in questions:
            scope = item["scope_opd"]
            principal = (
                Principal(opd=None, is_admin=True, token_id="evaluate-admin")  # noqa: S106 (a label)
                if scope == "*"
                else Principal(opd=opd_code(scope), is_admin=False, token_id="evaluate")  # noqa: S106 (a label)
            )
            started = time.perf_counter()
            with use_principal(principal):
                result = await ask(deps, AskCommand(item["question"]))
            outcomes.append({"item": item, "result": result, "seconds": time.perf_counter() - started})
    finally:
        await infra.close()
    return outcomes


def score(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    from samarinda_ask.domain.figures import figures_in, values_in

    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    # kind -> [questions, exact, abstained, cited, supported]
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    abstained_right = unanswerable = false_abstentions = answerable = 0
    cited = supported = leaks = probes = probe_leaks = cited_gold = cited_total = 0
    for outcome in outcomes:
        item, answer = outcome["item"], outcome["result"].answer
        text = normalise(answer.text)
        leaked = any(normalise(f) in text for f in item.get("forbidden") or [])
        leaks += leaked
        if item.get("injection_probe"):
            probes += 1
            probe_leaks += leaked
        row = table[item["kind"]]
        row[0] += 1
        row[2] += not answer.found
        if not item["answerable"]:
            unanswerable += 1
            abstained_right += not answer.found
            continue
        answerable += 1
        false_abstentions += not answer.found
        forms = [item["answer"], *(item.get("accept") or [])]
        exact = answer.found and any(normalise(f) in text for f in forms if f)
        per_kind[item["kind"]][0] += exact
        row[1] += exact
        per_kind[item["kind"]][1] += 1
        if answer.found:
            stated = {f.value for f in figures_in(answer.text)}
            # a citation names the file as uploaded, without the folder a set may keep it in
            gold_files = {Path(s["file"]).name for s in item.get("support") or []}
            for citation in answer.citations:
                cited += 1
                holds = bool(stated & values_in(citation.quote)) or not stated
                supported += holds
                row[3] += 1
                row[4] += holds
                cited_total += 1
                cited_gold += citation.document in gold_files
    factoids = [k for k in ANSWERABLE_KINDS if k.startswith("factoid")]
    factoid_hits = sum(per_kind[k][0] for k in factoids)
    factoid_total = sum(per_kind[k][1] for k in factoids)
    latencies = [o["seconds"] for o in outcomes]
    return {
        "questions": len(outcomes),
        "exact_answer_factoid": round(factoid_hits / factoid_total, 3) if factoid_total else None,
        "exact_answer_all_answerable": round(sum(v[0] for v in per_kind.values()) / answerable, 3)
        if answerable
        else None,
        "exact_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_kind.items())},
        "citation_support": round(supported / cited, 3) if cited else None,
        "citations_in_gold_documents": round(cited_gold / cited_total, 3) if cited_total else None,
        "abstention_unanswerable": round(abstained_right / unanswerable, 3) if unanswerable else None,
        "abstained": f"{abstained_right}/{unanswerable}",
        "false_abstention_answerable": round(false_abstentions / answerable, 3) if answerable else None,
        "by_kind (n exact abstained support)": {
            k: f"{v[0]} {v[1] / v[0]:.2f} {v[2] / v[0]:.2f} " + (f"{v[4] / v[3]:.2f}" if v[3] else "-")
            for k, v in sorted(table.items())
        },
        "forbidden_leaks": leaks,
        "injection_probes_leaking": f"{probe_leaks}/{probes}",
        "latency_p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "latency_p95_s": round(percentile(latencies, 0.95), 3),
    }


def show(mode: str, outcomes: list[dict[str, Any]]) -> None:
    """Each question, its gold answer and the service's answer (never for a blind set)."""
    for outcome in outcomes:
        item, answer = outcome["item"], outcome["result"].answer
        forms = [item["answer"], *(item.get("accept") or [])] if item["answerable"] else []
        text = normalise(answer.text)
        right = (
            answer.found and any(normalise(f) in text for f in forms if f)
            if item["answerable"]
            else not answer.found
        )
        mark = "ok " if right else "XX "
        print(f"[{mode}] {mark}{item['id']} {item['kind']}: {item['question']}")
        print(f"      gold: {item['answer']}")
        print(f"      got:  {answer.text[:300]}")
        if not answer.found and answer.reason:
            print(f"      why:  {answer.reason}")
        for citation in answer.citations:
            print(
                f"      cite: {citation.document} p{citation.page or citation.sheet}: {citation.quote[:120]}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("set_dir", type=Path)
    parser.add_argument(
        "--llm-stub", action="store_true", help="also run through the LLM path on the local stub"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--recordings", type=Path, help="recorded LLM answers for the stub to replay")
    parser.add_argument("--split", help="score only the questions of this split (tuning, holdout)")
    parser.add_argument("--data-dir", type=Path, help="keep (and reuse) the ingested corpus here")
    parser.add_argument(
        "--show", action="store_true", help="print every question and answer (own dev sets only)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="ask-eval-") as scratch:
        data_dir = args.data_dir or Path(scratch)
        ingested = data_dir / ".ask-evaluate-ingested"
        if not ingested.exists():
            data_dir.mkdir(parents=True, exist_ok=True)
            report["ingest"] = ingest(args.set_dir, data_dir)
            ingested.write_text(json.dumps(report["ingest"]))
        else:
            report["ingest"] = json.loads(ingested.read_text())
        report["ingest_seconds"] = round(time.perf_counter() - started, 1)
        modes = [("offline", None)]
        if args.llm_stub:
            from llm_stub import LlmStub, load_recordings

            modes.append(("llm_stub", LlmStub(load_recordings(args.recordings))))
        for mode, stub in modes:
            if stub is None:
                outcomes = asyncio.run(ask_all(args.set_dir, data_dir, None, args.split))
            else:
                with stub:
                    outcomes = asyncio.run(ask_all(args.set_dir, data_dir, stub.base_url, args.split))
            report[mode] = score(outcomes)
            if args.show:
                show(mode, outcomes)
    report["total_seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"ingested: {report['ingest']} in {report['ingest_seconds']} s")
    not_indexed = sum(n for status, n in report["ingest"].items() if status != "indexed")
    if not_indexed:
        # A scan that was never read (no Tesseract on the machine) cannot be answered from: every
        # question on it is a false abstention that says nothing about the ask service.
        print(
            f"WARNING: {not_indexed} document(s) not indexed; "
            f"tesseract on PATH: {bool(shutil.which('tesseract'))}"
        )
    for mode in ("offline", "llm_stub"):
        if mode in report:
            print(f"\n[{mode}]")
            for key, value in report[mode].items():
                print(f"  {key:32} {value}")
    print(f"\ntotal {report['total_seconds']} s")


if __name__ == "__main__":
    main()
