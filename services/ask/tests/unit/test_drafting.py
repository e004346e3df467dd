"""The answer field read out of a model's JSON reply while it streams."""

from __future__ import annotations

import json
import random
from itertools import pairwise

import pytest
from samarinda_ask.domain.drafting import AnswerDraft

REPLY = {
    "found": True,
    "answer": 'Belanja "laptop guru" 2025: Rp 500.000.000\n(40 unit × Rp 12.500.000) — ✓ 📈 \\ selesai',
    "citations": [{"passage": 2, "quote": 'Uraian: Laptop guru "answer": x', "answer": "bukan ini"}],
}


def _split(text: str, cuts: list[int]) -> list[str]:
    edges = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in pairwise(edges)]


@pytest.mark.parametrize("ascii_only", [True, False])
@pytest.mark.parametrize("seed", range(25))
def test_any_split_of_the_reply_gives_exactly_the_answer(ascii_only: bool, seed: int) -> None:
    # ensure_ascii=True writes every non-ASCII character as \\uXXXX (the emoji as a surrogate
    # pair), so a cut can fall inside an escape: the draft holds it until it is whole.
    text = json.dumps(REPLY, ensure_ascii=ascii_only)
    cuts = random.Random(seed).sample(range(1, len(text)), 12)
    draft = AnswerDraft()
    pieces = [draft.feed(fragment) for fragment in _split(text, cuts)]
    assert "".join(pieces) == REPLY["answer"]


def test_characters_come_out_as_soon_as_they_arrive() -> None:
    draft = AnswerDraft()
    assert draft.feed('{"found": true, "answer": "Rp 41') == "Rp 41"
    assert draft.feed("2.500\\") == "2.500"  # the backslash starts an escape: held back
    assert draft.feed('n", "citations": []}') == "\n"


def test_keys_values_and_nested_objects_are_not_the_answer() -> None:
    draft = AnswerDraft()
    reply = '{"citations": [{"answer": "bersarang"}], "note": "answer", "answer": "ya"}'
    assert draft.feed(reply) == "ya"
    assert AnswerDraft().feed('{"found": false, "citations": []}') == ""
