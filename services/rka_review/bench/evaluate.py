"""Precision/recall/F1 per finding type on (a) the shared sample, (b) our labelled evaluation
set (dev and holdout), (c)–(e) the first three blind sets (each written before its author read the
rules it measures; all three since used for tuning), and, only when asked, the later blind sets
of ``OPTIONAL_SETS`` (``--blind4`` … ``--blind40``). A set never tuned on lists no mistakes: read
its aggregates, not its lines (a file the reviewer refused is printed with the figures, with its
reason). Which sets are used for tuning, and since when, is in each entry.

.venv/bin/python services/rka_review/bench/evaluate.py [--samples DIR] [--eval DIR] [--blind DIR]
    [--blind2 DIR] [--blind3 DIR] [--judge-dev DIR] [--devmatch DIR] [--embedder none|local|hashing]
    [--blind4] … [--blind40] [--mistakes] [--reading-cache DIR]

``--embedder`` reviews the way the service does with SAMARINDA_RKA_REVIEW_USE_EMBEDDER=true:
catalogue rows embedded as documents, RKA lines as queries, the vectors handed to the domain.

``--reading-cache DIR`` keeps what the extraction read from each PDF and scan, keyed by the file
and the extraction code (``ExtractionCache``): a second run re-scores a change to the parsers or
rules in seconds instead of re-running the OCR. Headline (first) scores are run without it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder
from samarinda_common.adapters.embedding_cache import CachedEmbeddings
from samarinda_common.errors import InvalidInput
from samarinda_common.ports import Embedder
from samarinda_common.rka import Review
from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.adapters.extraction_cache import ExtractionCache
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.evaluation import Scoreboard, load_labels
from samarinda_rka_review.offline import (
    load_rka,
    read_catalogues,
    review_by_meaning,
    with_refused_catalogues,
)
from samarinda_rka_review.service_layer.relevance_examples import RelevanceExamples

HERE = Path(__file__).resolve().parent
DEFAULT_SAMPLES = samples_dir()
DEFAULT_EVAL = HERE.parent / "tests" / "eval" / "data"
DEFAULT_BLIND = HERE.parent / "tests" / "blind" / "data"
DEFAULT_BLIND2 = HERE.parent / "tests" / "blind2" / "data"
DEFAULT_BLIND3 = HERE.parent / "tests" / "blind3" / "data"
DEFAULT_JUDGE_DEV = HERE.parent / "tests" / "judge_dev" / "data"
DEFAULT_DEVMATCH = HERE.parent / "tests" / "devmatch" / "data"
EMBEDDERS = {"local": LocalE5Embedder, "hashing": HashingEmbedder}
# The OCR's per-call timeouts are the service's guard against a stuck call; on this shared machine
# a busy hour makes a scanned page outlast them and drops its lines, so the same code would score
# differently with the load. The bench stretches them (production defaults stay as they are).
BENCH_OCR_TIME_SCALE = 5.0


@dataclass(frozen=True)
class OptionalSet:
    flag: str
    title: str
    tuned_on: bool

    @property
    def data(self) -> Path:
        return HERE.parent / "tests" / self.flag / "data"


OPTIONAL_SETS = (
    OptionalSet(
        "blind4", "fourth blind set, used for tuning from 2026-12-03 (4 OPDs, a PDF printout, a scan)", True
    ),
    OptionalSet(
        "blind5", "fifth blind set, never tuned on (unseen OPDs and catalogues; see its README)", False
    ),
    OptionalSet(
        "blind6",
        "sixth blind set, used for tuning from 2026-12-03 (6 OPDs, a SIPD PDF printout, a scan)",
        True,
    ),
    OptionalSet(
        "blind7",
        "seventh blind set, used for tuning from the fourth round (7 OPDs, a SIPD PDF, a scan)",
        True,
    ),
    OptionalSet(
        "blind8", "eighth blind set, used for tuning from the fifth round (7 OPDs, a SIPD PDF, a scan)", True
    ),
    OptionalSet(
        "blind9",
        "ninth blind set, scored once, used for tuning from then on (6 OPDs, a SIPD PDF, a scan)",
        True,
    ),
    OptionalSet(
        "blind10",
        "tenth blind set, scored once, used for tuning from then on (6 OPDs, a SIPD PDF, a scanned JPG)",
        True,
    ),
    OptionalSet(
        "blind11",
        "eleventh blind set, scored once, used for tuning from then on (6 OPDs, a SIPD PDF, a scanned JPG)",
        True,
    ),
    OptionalSet(
        "blind12",
        "twelfth blind set, scored once, used for tuning from then on (7 OPDs, SIPD PDF, scan, Word table)",
        True,
    ),
    OptionalSet(
        "blind13",
        "thirteenth blind set, scored once, used for tuning from then on (7 OPDs, SIPD PDF, 2-page scan)",
        True,
    ),
    OptionalSet(
        "blind14",
        "fourteenth blind set, scored once, used for tuning from then on (6 OPDs, SIPD PDF, docx, scan)",
        True,
    ),
    OptionalSet(
        "blind15",
        "fifteenth blind set, scored once, used for tuning from then on (7 OPDs, 2 PDFs, scan, photo)",
        True,
    ),
    OptionalSet(
        "blind16",
        "sixteenth blind set, scored once, used for tuning from then on "
        "(7 OPDs, SIPD PDF, plain PDF, 2-page scan, 4 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind17",
        "seventeenth blind set, scored once, used for tuning from then on "
        "(8 OPDs, SIPD PDF, scan, phone photo, docx, 4 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind18",
        "eighteenth blind set, scored once, used for tuning from then on "
        "(8 OPDs, 2 SIPD PDFs, 3-page scan, docx, 4 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind19",
        "nineteenth blind set, scored once, used for tuning from then on "
        "(6 OPDs, SIPD PDF, 2-page scan, 4 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind20",
        "twentieth blind set, scored once, used for tuning from then on "
        "(7 OPDs, SIPD PDF, 2-page image-only scan, JPG photo, docx, 3 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind21",
        "twenty-first blind set, scored once, used for tuning from then on "
        "(7 OPDs, SIPD PDF, 2-page image-only scan, CSV, docx, 3 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind22",
        "twenty-second blind set, scored once, used for tuning from then on "
        "(9 OPDs, SIPD PDF, 2-page image-only scan, JPG photo, CSV, docx, PDF printout, 3 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind23",
        "twenty-third blind set, scored once, used for tuning from then on "
        "(10 OPDs, 2 SIPD-like PDFs, landscape PDF with wrapped names, 2-page image-only scan, "
        "2 CSVs, docx, 3 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind24",
        "twenty-fourth blind set, scored once, used for tuning from then on (9 OPDs, a SIPD-like "
        "PDF, an unruled 2-page PDF, an image-only scan, a phone photo, CSV, docx, 3 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind25",
        "twenty-fifth blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like PDF, "
        "an unruled PDF, a 4-page image-only scan, 2 phone photos, CSV, 2 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind26",
        "twenty-sixth blind set, scored once, used for tuning from then on (8 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued across pages, an image-only scan, CSV, docx, 3 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind27",
        "twenty-seventh blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, a 2-page image-only scan, a phone photo, "
        "semicolon CSV, 2 xlsx layouts)",
        True,
    ),
    OptionalSet(
        "blind28",
        "twenty-eighth blind set, scored once, used for tuning from then on (9 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, a 2-page image-only scan, a phone photo, "
        "docx, CSV, 3 xlsx)",
        True,
    ),
    OptionalSet(
        "blind29",
        "twenty-ninth blind set, scored once, used for tuning from then on (8 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, a 2-page image-only scan, a phone photo, "
        "docx, semicolon CSV, 2 xlsx)",
        True,
    ),
    OptionalSet(
        "blind30",
        "thirtieth blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like PDF, "
        "an unruled PDF continued without its header, an image-only scan, a phone photo, a "
        "semicolon CSV, 2 xlsx)",
        True,
    ),
    OptionalSet(
        "blind31",
        "thirty-first blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, a 2-page image-only scan, a phone photo, "
        "a semicolon CSV, 2 xlsx)",
        True,
    ),
    OptionalSet(
        "blind32",
        "thirty-second blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, an image-only scan, a semicolon CSV, "
        "3 xlsx; SSH xlsx + SBU PDF)",
        True,
    ),
    OptionalSet(
        "blind33",
        "thirty-third blind set, scored once, used for tuning from then on (9 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, a 2-page image-only scan, a phone "
        "photo, a Word table, a semicolon CSV, 3 xlsx; SSH xlsx + SBU PDF)",
        True,
    ),
    OptionalSet(
        "blind34",
        "thirty-fourth blind set, scored once, used for tuning from then on (8 OPDs, a SIPD-like "
        "PDF with PPN, an unruled PDF with its header on page 1 only, a 2-page image-only scan, a "
        "phone photo, a semicolon CSV, 3 xlsx; SSH xlsx + SBU PDF)",
        True,
    ),
    OptionalSet(
        "blind35",
        "thirty-fifth blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, an image-only scan, a semicolon CSV, "
        "3 xlsx; SSH xlsx + SBU PDF + a scanned catalogue)",
        True,
    ),
    OptionalSet(
        "blind36",
        "thirty-sixth blind set, scored once, used for tuning from then on (7 OPDs, a SIPD-like "
        "PDF, an unruled PDF continued without its header, an image-only scan, a Word table, a "
        "semicolon CSV, 2 xlsx; SSH xlsx + SBU PDF)",
        True,
    ),
    OptionalSet(
        "blind37",
        "thirty-seventh blind set, scored once, used for tuning from then on (7 OPDs, a 2-page "
        "image-only scan with its second page upside down, a phone photo, a SIPD-like PDF with PPN, "
        "an unruled PDF continued without its header, xlsx blocks per sub-kegiatan numbered afresh, "
        "a sheet per sub-kegiatan, a semicolon CSV; SSH xlsx + SBU PDF headed on page 1 only)",
        True,
    ),
    OptionalSet(
        "blind38",
        "thirty-eighth blind set, scored once, used for tuning from then on (8 OPDs, a Word table "
        "under a 2-column header table, a SIPD-like PDF, an image-only scan, an unruled PDF "
        "continued without its header, volume and unit in one cell, a semicolon CSV, 2 xlsx; SSH "
        "xlsx with two years' prices side by side + SBU PDF)",
        True,
    ),
    OptionalSet(
        "blind39",
        "thirty-ninth blind set, scored once, used for tuning from then on (6 OPDs, a landscape "
        "SIPD-like PDF with several sub-kegiatan on its pages, account Jumlah rows and the header on "
        "page 1 only, wrapped item cells, an unruled PDF continued without its header, a 2-page "
        "image-only scan, a SIPD-like PDF, a sheet per sub-kegiatan, a semicolon CSV; SSH xlsx + SBU "
        "PDF + a scanned 2-page catalogue)",
        True,
    ),
    OptionalSet(
        "blind40",
        "fortieth blind set, scored once, used for tuning from then on (7 OPDs, a phone photo, a "
        "2-page image-only scan, a SIPD-like PDF, an unruled PDF continued without its header, a CSV "
        "stating volume by koefisien only, an xlsx sub-kegiatan over two sheets, a merged header "
        "with hidden columns; SSH xlsx + a semicolon CSV catalogue with decimal commas + SBU PDF)",
        True,
    ),
)


@dataclass
class Reviewer:
    """Reviews local files, optionally with the vectors the service layer would compute (each
    catalogue row, example and line text embedded once per run, as the service caches them)."""

    embedder: Embedder | None = None
    examples: RelevanceExamples = field(default_factory=RelevanceExamples)
    ocr_time_scale: float = 1.0
    readings: ExtractionCache | None = None

    def __post_init__(self) -> None:
        self._vectors = CachedEmbeddings(self.embedder) if self.embedder is not None else None

    def review(self, rka_path: Path, catalogue_paths: Sequence[Path]) -> tuple[Review, list[str]]:
        """The review, and the ids of the lines read (to check the labels name the same lines)."""
        rka = load_rka(rka_path, ocr_time_scale=self.ocr_time_scale, cache=self.readings)
        catalogues = read_catalogues(catalogue_paths, ocr_time_scale=self.ocr_time_scale, cache=self.readings)
        read = [line.line_id for line in rka.lines()]
        if self._vectors is None:
            review = review_rka(rka, PriceMatcher(catalogues.references))
        else:
            references = catalogues.references
            review = asyncio.run(review_by_meaning(rka, references, self._vectors, examples=self.examples))[0]
        return with_refused_catalogues(review, catalogues.refused), read


def score_sample(samples: Path, reviewer: Reviewer) -> Scoreboard:
    board = Scoreboard()
    review, read = reviewer.review(samples / "rka_dinas_pendidikan_2026.xlsx", [samples / "ssh_2026.xlsx"])
    board.add("sample", load_labels(samples / "rka_dinas_pendidikan_2026.labels.json"), review, read)
    return board


def score_eval_set(data: Path, reviewer: Reviewer, split: str | None = None) -> Scoreboard:
    board = Scoreboard()
    for entry in json.loads((data / "manifest.json").read_text()):
        if split and entry["split"] != split:
            continue
        catalogues = entry.get("catalogues") or [entry["catalogue"]]
        labels = load_labels(data / entry["labels"])
        read: list[str] | None = None
        try:
            review, read = reviewer.review(data / entry["rka"], [data / name for name in catalogues])
        except InvalidInput as rejected:
            # A file the reviewer cannot read is scored as a review that found nothing.
            board.rejected.append(f"{entry['rka']}: {rejected}")
            review = Review.model_construct(findings=[])
        board.add(entry["rka"], labels, review, read)
    return board


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--blind", type=Path, default=DEFAULT_BLIND)
    parser.add_argument("--blind2", type=Path, default=DEFAULT_BLIND2)
    parser.add_argument("--blind3", type=Path, default=DEFAULT_BLIND3)
    parser.add_argument("--judge-dev", type=Path, default=DEFAULT_JUDGE_DEV)
    parser.add_argument("--devmatch", type=Path, default=DEFAULT_DEVMATCH)
    # The fourth to sixth sets are scored only when asked. The fifth and sixth have never been used
    # for tuning, and a score printed on every development run would make them tuning sets.
    for optional in OPTIONAL_SETS:
        parser.add_argument(f"--{optional.flag}", type=Path, nargs="?", const=optional.data, default=None)
    parser.add_argument("--embedder", choices=["none", *EMBEDDERS], default="none")
    parser.add_argument("--mistakes", action="store_true", help="list every line that disagrees")
    parser.add_argument(
        "--budget-scale",
        type=float,
        default=BENCH_OCR_TIME_SCALE,
        help="multiply the OCR's per-call timeouts of scans (default: a bench-only margin)",
    )
    parser.add_argument(
        "--reading-cache",
        type=Path,
        default=None,
        help="keep the extraction's readings of PDFs and scans here between runs",
    )
    args = parser.parse_args()
    reviewer = Reviewer(
        EMBEDDERS[args.embedder]() if args.embedder != "none" else None,
        ocr_time_scale=args.budget_scale,
        readings=ExtractionCache(args.reading_cache) if args.reading_cache else None,
    )
    boards = [("shared sample (rka_dinas_pendidikan_2026)", score_sample(args.samples, reviewer))]
    for split in ("dev", "holdout"):
        boards.append((f"own eval set, {split}", score_eval_set(args.eval, reviewer, split)))
    boards.append(
        ("blind set (five unseen OPDs, two unseen catalogues)", score_eval_set(args.blind, reviewer))
    )
    boards.append(
        ("second blind set (five more unseen OPDs, SSH + SBU/HSPK)", score_eval_set(args.blind2, reviewer))
    )
    boards.append(
        (
            "third blind set (Damkar, Dispora, Bapenda, Kelurahan; SSH + SBU/HSPK)",
            score_eval_set(args.blind3, reviewer),
        )
    )
    boards.append(
        (
            "judge development set, used for tuning (DLH xlsx, Bappeda PDF printout, Diskominfo scan)",
            score_eval_set(args.judge_dev, reviewer),
        )
    )
    boards.append(
        (
            "matching/accounts dev set (own items, kode barang catalogue; used for tuning)",
            score_eval_set(args.devmatch, reviewer),
        )
    )
    for optional in OPTIONAL_SETS:
        data = getattr(args, optional.flag)
        if data is not None:
            boards.append((optional.title, score_eval_set(data, reviewer)))
    never_tuned_on = {optional.title for optional in OPTIONAL_SETS if not optional.tuned_on}
    for title, board in boards:
        print(f"\n== {title} (embedder: {args.embedder})\n{board.table()}")
        if args.mistakes and title not in never_tuned_on:
            print("\n".join(board.mistakes))
    if reviewer.readings is not None:
        print(f"\nreading cache: {reviewer.readings.hits} reused, {reviewer.readings.misses} read afresh")


if __name__ == "__main__":
    main()
