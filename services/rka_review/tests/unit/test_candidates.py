"""The match stage's retrieval: rows reached by words (after normalisation) and by embeddings."""

from __future__ import annotations

import numpy as np
from samarinda_common.price_catalogue import PriceReference
from samarinda_rka_review.domain.candidates import CandidateIndex, content, index_row


def ref(key: str, uraian: str, spesifikasi: str | None = None) -> PriceReference:
    return PriceReference(id=key, uraian=uraian, spesifikasi=spesifikasi, satuan="Buah", harga=1000)


CATALOGUE = [
    ref("laptop", "Laptop", "Core i5, RAM 8 GB"),
    ref("sprayer", "Hand Sprayer", "16 liter"),
    ref("tensi", "Tensimeter Digital", "Lengan atas"),
    ref("spanduk", "Spanduk", "Flexi"),
    *(ref(f"x{i}", f"Barang Lain {i}") for i in range(200)),
]


def test_numbers_alone_are_not_content() -> None:
    assert content(["pipa", "4", "2.5", "a4"]) == ["pipa", "a4"]


def test_a_row_is_indexed_with_its_nature_and_category() -> None:
    banner = index_row(ref("s", "Spanduk"))
    assert "cetak" in banner.nature  # a banner is priced printed
    rental = index_row(ref("r", "Sewa Tenda", "per hari"))
    assert "sewa" in rental.nature and "hari" not in rental.spec


def test_a_bracketed_condition_with_a_figure_qualifies_the_name_a_bracketed_name_stays() -> None:
    lodging = index_row(ref("h", "Biaya Penginapan Luar Daerah (maksimal 3 malam)", "Kamar standar"))
    assert "penginapan" in lodging.name and "malam" not in lodging.name
    assert "malam" not in lodging.spec and "malam" in lodging.words and "kamar" in lodging.spec
    alias = index_row(ref("a", "Alat Pemadam Api Ringan (APAR)"))
    assert "apar" in alias.name


def test_lexical_candidates_reach_rows_written_in_other_words() -> None:
    index = CandidateIndex(CATALOGUE)
    words = set(index.line_words("Komputer jinjing core i5"))
    assert "laptop" in words
    assert {index.rows[i].reference.id for i in index.candidates(words, None)} >= {"laptop"}
    # compounds and typos in the catalogue's own terms
    assert {"hand", "sprayer"} <= set(index.line_words("Handsprayer"))
    assert "tensimeter" in index.line_words("Tensimetre digital")


def test_the_embedder_adds_the_rows_that_stand_out_and_nothing_when_off() -> None:
    rng = np.random.default_rng(3)
    common = rng.normal(size=16)
    vectors = {r.id: (2 * common + rng.normal(size=16)).tolist() for r in CATALOGUE}
    index = CandidateIndex(CATALOGUE, vectors)
    near_tensimeter = (np.asarray(vectors["tensi"]) + 0.05 * rng.normal(size=16)).tolist()
    scores = index.semantic_scores(near_tensimeter)
    assert scores is not None and CATALOGUE[int(np.argmax(scores))].id == "tensi"
    words = set(index.line_words("Alat ukur tekanan darah"))
    assert "tensi" not in {index.rows[i].reference.id for i in index.candidates(words, None)}
    assert "tensi" in {index.rows[i].reference.id for i in index.candidates(words, scores)}
    assert CandidateIndex(CATALOGUE).semantic_scores(near_tensimeter) is None


def test_a_scanned_word_a_letter_or_two_off_is_the_one_catalogue_word_it_is_near() -> None:
    index = CandidateIndex([*CATALOGUE, ref("kursi", "Kursi Lipat"), ref("kurma", "Kurma Ajwa")])
    assert "spanduk" in index.line_words("Spandnk flexi", scanned=True)  # one letter misread
    assert "tensimeter" in index.line_words("Tensinetar digital", scanned=True)  # two, in a long word
    assert "spandnk" in index.line_words("Spandnk flexi")  # a typed word is not guessed at
    assert "lepto" in index.line_words("Lepto", scanned=True)  # two edits in a short word: as read
    assert "kursa" in index.line_words("Kursa", scanned=True)  # as near to two words: as read
