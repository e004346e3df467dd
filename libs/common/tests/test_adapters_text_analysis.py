"""The in-process index's Indonesian analysis and BM25 scoring."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from samarinda_common.adapters._bm25 import Bm25Index
from samarinda_common.indonesian_text import highlight, stem, tokenize


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("anggaran", "anggar"),
        ("penganggaran", "anggar"),
        ("dianggarkan", "anggar"),
        ("pendidikan", "didik"),
        ("pembangunan", "bangun"),
        ("membangun", "bangun"),
        ("menyediakan", "sedia"),
        ("perjalanan", "jalan"),
        ("kesehatan", "sehat"),
        ("bukunya", "buku"),
        ("bukukah", "buku"),
        ("penawaran", "tawar"),  # peN- before a vowel was a t-
        ("memakai", "aka"),  # Lucene does not restore the p- of meN-, and neither do we
        ("pelajaran", "lajar"),
        ("bekerja", "kerja"),
        ("sekolah", "seko"),  # the particle -lah, even where it is not one (as Lucene)
        ("harga", "harga"),  # two syllables: left alone
        ("dinas", "dinas"),
    ],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_tokenize_lowercases_drops_stop_words_and_keeps_numbers() -> None:
    assert tokenize("Pengadaan Laptop untuk Dinas Pendidikan tahun 2025, yang mendesak!") == [
        "ada",
        "laptop",
        "untuk",
        "dinas",
        "didik",
        "tahun",
        "2025",
        "desak",
    ]
    assert tokenize("yang dan dari") == []


def test_highlight_marks_the_best_sentence() -> None:
    text = "Rapat koordinasi dimulai. Pengadaan laptop untuk Dinas Pendidikan. Penutup."
    assert highlight(text, tokenize("laptop pendidikan")) == (
        "Pengadaan <em>laptop</em> untuk Dinas <em>Pendidikan</em>."
    )
    assert highlight(text, tokenize("jembatan")) is None


def test_bm25_ranks_rarer_and_denser_matches_higher() -> None:
    index = Bm25Index()
    index.add("a", tokenize("laptop laptop guru"))
    index.add("b", tokenize("laptop kantor camat dan perlengkapan rapat"))
    index.add("c", tokenize("obat puskesmas"))
    scores = index.scores(tokenize("laptop guru"))
    assert set(scores) == {"a", "b"}
    assert scores["a"] > scores["b"] > 0
    assert index.scores(tokenize("jembatan")) == {}


def test_bm25_replace_and_remove() -> None:
    index = Bm25Index()
    index.add("a", ["laptop"])
    index.add("a", ["printer"])
    assert len(index) == 1
    assert index.scores(["laptop"]) == {}
    assert set(index.scores(["printer"])) == {"a"}
    index.remove("a")
    index.remove("a")  # removing twice is harmless
    assert len(index) == 0 and index.scores(["printer"]) == {}


_SCORES_OF_A_LONG_QUERY = """
from samarinda_common.adapters._bm25 import Bm25Index
index = Bm25Index()
words = [f"kata{n}" for n in range(40)]
for d in range(30):
    index.add(f"doc{d}", [w for n, w in enumerate(words) if (n * 7 + d) % 3] + words[: d % 11])
print(repr(sorted(index.scores(words).items())))
"""


def test_bm25_scores_do_not_depend_on_the_hash_seed() -> None:
    # Summed term by term in a set's order, the last bits of a score followed PYTHONHASHSEED, and
    # so did which of two near-equal chunks ranked first.
    printed = {
        subprocess.run(
            [sys.executable, "-c", _SCORES_OF_A_LONG_QUERY],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(printed) == 1
