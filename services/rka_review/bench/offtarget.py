"""OFF_TARGET precision/recall on the relevance development set (tests/offtarget_dev/data, own
data: the ``dev`` split is used for tuning, the ``holdout`` split is scored once before and once
after a change). Only OFF_TARGET is scored: the set's lines are labelled for relevance alone.

.venv/bin/python services/rka_review/bench/offtarget.py [--split dev|holdout|all]
    [--embedder none|local|hashing] [--mistakes]
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from samarinda_common.adapters.embedders import HashingEmbedder, LocalE5Embedder
from samarinda_common.adapters.embedding_cache import CachedEmbeddings
from samarinda_common.rka import FindingType, Review, Rka
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.evaluation import Scoreboard, load_labels
from samarinda_rka_review.offline import review_by_meaning
from samarinda_rka_review.service_layer.relevance_examples import RelevanceExamples

DATA = Path(__file__).resolve().parent.parent / "tests" / "offtarget_dev" / "data"
EMBEDDERS = {"local": LocalE5Embedder, "hashing": HashingEmbedder}


def off_target_only(review: Review) -> Review:
    return review.model_copy(
        update={"findings": [f for f in review.findings if f.type is FindingType.OFF_TARGET]}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    parser.add_argument("--embedder", choices=["none", *EMBEDDERS], default="none")
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args()
    embeddings = CachedEmbeddings(EMBEDDERS[args.embedder]()) if args.embedder != "none" else None
    examples = RelevanceExamples()
    board = Scoreboard()
    for entry in json.loads((args.data / "manifest.json").read_text()):
        if args.split != "all" and entry["split"] != args.split:
            continue
        rka = Rka.model_validate_json((args.data / entry["rka"]).read_text(encoding="utf-8"))
        if embeddings is None:
            review = review_rka(rka, PriceMatcher([]))
        else:
            review = asyncio.run(review_by_meaning(rka, [], embeddings, examples=examples))[0]
        board.add(entry["rka"], load_labels(args.data / entry["labels"]), off_target_only(review))
    score = board.by_type[FindingType.OFF_TARGET.value]
    print(f"== OFF_TARGET, own relevance set, {args.split} (embedder: {args.embedder})")
    print(f"P {score.precision:.2f}  R {score.recall:.2f}  tp {score.tp}  fp {score.fp}  fn {score.fn}")
    if args.mistakes:
        print("\n".join(board.mistakes))


if __name__ == "__main__":
    main()
