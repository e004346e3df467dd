"""Words staff shorten as they type a question, read as the words the documents write; a list of
three things written with commas alone asks for their total."""

from __future__ import annotations

from samarinda_ask.domain.aliases import learned_aliases
from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.informal import clipped, contracted, shortens, unreduplicated
from samarinda_ask.domain.listed_items import named_items
from samarinda_ask.domain.question import parse_question


def _text(id_: str, text: str, document: str = "laporan_tahunan_2031.pdf") -> Passage:
    return Passage(
        id=id_,
        document=document,
        document_id=f"doc-{document}",
        text=text,
        score=0.5,
        page=1,
        fiscal_year=2031,
    )


def test_the_first_letters_of_a_long_word_shorten_it() -> None:
    assert clipped("kel", "kelurahan")
    assert clipped("kab", "kabupaten")
    assert not clipped("ban", "banyak")  # half the word or more is a word of its own
    assert not clipped("ke", "kelurahan")  # two letters name too many words


def test_a_word_without_its_vowels_or_its_spoken_h_shortens_it() -> None:
    assert contracted("tgl", "tanggal")
    assert contracted("bln", "bulan")
    assert contracted("liat", "lihat")
    assert not contracted("pbg", "pembangunan")  # too few of its consonants
    assert not contracted("dok", "dokumen")  # first letters with a vowel: a clipping, not this
    assert not contracted("mobil", "mobilitas")
    assert shortens("kel", "kelurahan") and shortens("bln", "bulan")


def test_a_two_written_for_a_repeated_word_is_the_word_twice() -> None:
    assert unreduplicated("anak2 sekolah") == "anak-anak sekolah"
    assert unreduplicated("realisasi TW2 dan SMK2") == "realisasi TW2 dan SMK2"  # codes


def test_a_short_form_no_candidate_writes_stands_for_the_word_it_shortens() -> None:
    question = parse_question("Berapa lapak di psr. Contoh Raya tahun 2031?")
    aliases = learned_aliases(question, ["Pasar: Contoh Raya | Lapak: 41"])
    assert frozenset({"pasar"}) in aliases["psr"]


def test_a_short_form_of_a_word_that_only_asks_is_no_content() -> None:
    passages = [_text("p1", "Pada tahun 2031 tercatat 1.250 lapak aktif di Pasar Contoh.")]
    result = extractive_answer(parse_question("jmlh lapak aktif di Pasar Contoh thn 2031 berapa?"), passages)
    assert result.found
    assert "1.250" in result.text


def test_a_word_the_candidates_write_is_read_as_written() -> None:
    question = parse_question("Berapa lapak di Pasar Prov tahun 2031?")
    assert "prov" not in learned_aliases(question, ["Pasar Prov menampung provinsi lain: 41 lapak"])


def test_three_things_listed_with_commas_ask_for_their_total() -> None:
    question = parse_question("total lapak 2031 di 3 pasar: pasar alfa, pasar beta, pasar gamma?")
    assert question.wants_sum
    assert len(named_items(question)) == 3


def test_vs_sets_two_figures_side_by_side_and_asks_nothing() -> None:
    question = parse_question("selisih pagu 2031 vs realisasi taman kota?")
    assert question.wants_difference
    assert "vs" not in question.terms
