"""Questions answered through a thing another document names: find the thing, then ask about it."""

from __future__ import annotations

from functools import partial

from samarinda_ask.domain.answering import Passage, extractive_answer
from samarinda_ask.domain.chains import Extreme, bridge_of, chain_of, chained_answer
from samarinda_ask.domain.question import parse_question
from samarinda_ask.testing import table_rows


def _text(document: str, text: str, year: int = 2031) -> Passage:
    return Passage(
        id=document, document_id=f"doc-{document}", document=document, text=text, score=0.8, fiscal_year=year
    )


_rows = partial(table_rows, page=1)


MINUTES = _text(
    "notulen_rapat_aduan_banjir_2031.pdf",
    "Notulen rapat penanganan aduan banjir.\n\n"
    "Sampai pekan ke-12 tercatat 205 aduan banjir. Aduan banjir terbanyak datang dari sekitar "
    "Gudang Lembah Hijau sejumlah 38 aduan, lalu Gudang Bukit Indah (27 aduan).",
)
DELIVERIES = _rows(
    "pembagian_genset_2031.xlsx",
    [
        "Gudang: Bukit Indah | Genset (unit): 14 | Pompa Celup (unit): 30",
        "Gudang: Lembah Hijau | Genset (unit): 22 | Pompa Celup (unit): 48",
        "Gudang: Tanjung Asri | Genset (unit): 9 | Pompa Celup (unit): 15",
    ],
)


def test_a_thing_picked_out_by_a_clause_and_asked_about_after_a_comma_is_a_chain() -> None:
    chain = chain_of(
        parse_question("Gudang yang aduan banjirnya terbanyak menurut rapat, dapat genset berapa unit?")
    )
    assert chain is not None
    assert chain.head == "Gudang" and chain.extreme is Extreme.MOST
    assert "terbanyak" not in chain.clause.text and chain.rest.startswith("dapat genset")
    assert chain.second_hop("Lembah Hijau").text.startswith("Gudang Lembah Hijau dapat genset")


def test_one_question_with_a_relative_clause_is_no_chain() -> None:
    # The clause asks the figure itself, or the rest names nothing of its own.
    assert chain_of(parse_question("Berapa genset yang dikirim ke Gudang Lembah Hijau?")) is None
    assert chain_of(parse_question("Gudang yang terlambat melapor, ada berapa gudang?")) is None
    assert chain_of(parse_question("Total genset yang dikirim (April, Mei dan Juni) berapa?")) is None


def test_the_most_named_in_a_sentence_is_looked_up_in_the_other_document() -> None:
    chain = chain_of(
        parse_question("Gudang yang aduan banjirnya terbanyak menurut rapat, dapat genset berapa unit?")
    )
    assert chain is not None
    bridge = bridge_of(chain, [MINUTES, *DELIVERIES])
    assert bridge is not None and bridge.name == "Lembah Hijau"
    hop = chain.second_hop(bridge.name)
    second = extractive_answer(hop, DELIVERIES)
    answer = chained_answer(chain, bridge, hop, second)
    assert answer.found and answer.text.startswith("22 unit")
    assert [c.document for c in answer.citations] == [MINUTES.document, DELIVERIES[0].document]
    assert "38 aduan" in answer.text  # the first hop's statement is shown with its citation


def test_the_row_with_the_largest_figure_names_the_thing() -> None:
    chain = chain_of(
        parse_question("Gudang yang mendapat pompa celup terbanyak, jumlah aduan banjirnya berapa?")
    )
    assert chain is not None
    bridge = bridge_of(chain, DELIVERIES)
    assert bridge is not None and bridge.name == "Lembah Hijau"
    least = chain_of(
        parse_question("Gudang yang mendapat pompa celup paling sedikit, jumlah aduannya berapa?")
    )
    assert least is not None
    picked = bridge_of(least, DELIVERIES)
    assert picked is not None and picked.name == "Tanjung Asri"


def test_a_letter_names_its_number_in_one_line_and_its_subject_in_another() -> None:
    letter = _text(
        "surat_harga_genset.pdf",
        "Nomor : 044/KJ/IV/2031\n"
        "Perihal : Penawaran Harga\n\n"
        "Menindaklanjuti undangan lelang proyek Pengadaan Genset Gedung Arsip, kami sampaikan harga.",
    )
    recap = _rows(
        "rekap_kontrak_2031.xlsx",
        [
            "Nama Proyek: Pengadaan Genset Gedung Arsip | Nilai SPK (Rp): 412.000.000",
            "Nama Proyek: Pengecatan Pagar Balai Warga | Nilai SPK (Rp): 275.500.000",
        ],
    )
    chain = chain_of(
        parse_question(
            "Proyek yang harganya diajukan dengan surat bernomor 044/KJ/IV/2031, nilai SPK-nya berapa?"
        )
    )
    assert chain is not None and chain.extreme is None
    bridge = bridge_of(chain, [letter, *recap])
    assert bridge is not None and bridge.name == "Pengadaan Genset Gedung Arsip"
    answer = extractive_answer(chain.second_hop(bridge.name), recap)
    assert answer.found and "412.000.000" in answer.text


def test_no_thing_named_no_second_hop() -> None:
    chain = chain_of(
        parse_question("Gudang yang aduan banjirnya terbanyak menurut rapat, dapat genset berapa unit?")
    )
    assert chain is not None
    quiet = _text(
        "notulen_rapat_aduan_banjir_2031.pdf", "Rapat membahas aduan banjir; data per gudang belum tersedia."
    )
    assert bridge_of(chain, [quiet]) is None


def test_a_sentence_naming_both_ends_gives_the_thing_after_the_asked_extreme() -> None:
    report = _text(
        "laporan_penyaluran_air_2031.pdf",
        "Laporan penyaluran air bersih.\n\n"
        "Penyaluran air bersih tertinggi tercatat di Depo Teluk Permai (96,2%), sedangkan "
        "penyaluran air bersih terendah berada di Depo Rawa Sari dengan 61,8%.",
    )
    least = chain_of(parse_question("Depo yang penyaluran air bersihnya terendah, dapat berapa tangki?"))
    most = chain_of(parse_question("Depo yang penyaluran air bersihnya tertinggi, dapat berapa tangki?"))
    assert least is not None and most is not None
    picked_least, picked_most = bridge_of(least, [report]), bridge_of(most, [report])
    assert picked_least is not None and picked_least.name == "Rawa Sari"
    assert picked_most is not None and picked_most.name == "Teluk Permai"


def test_a_name_column_holding_a_number_still_names_the_row() -> None:
    grants = _rows(
        "hibah_perpustakaan_2031.xlsx",
        [
            "Nama Perpustakaan: Taman Baca 7 Lempake | Kelurahan: Bukit Pinang | Hibah (Rp): 95.000.000",
            "Nama Perpustakaan: Taman Baca 2 Mugirejo | Kelurahan: Sempaja | Hibah (Rp): 40.000.000",
        ],
    )
    chain = chain_of(
        parse_question("Perpustakaan yang hibahnya terbesar tahun 2031, berapa jumlah pengunjungnya?")
    )
    assert chain is not None
    bridge = bridge_of(chain, grants)
    assert bridge is not None and bridge.name == "Taman Baca 7 Lempake"


def test_a_clause_closed_by_itu_or_opened_by_tempat_is_a_chain() -> None:
    closed = chain_of(
        parse_question("Gudang yang aduan banjirnya terbanyak menurut rapat itu menerima berapa genset?")
    )
    assert closed is not None and closed.head == "Gudang" and closed.rest.startswith("menerima berapa genset")
    where = chain_of(parse_question("Desa tempat posko banjir pertama didirikan, jumlah warganya berapa?"))
    assert where is not None and where.head == "Desa" and where.rest == "jumlah warganya berapa?"


def test_the_second_hop_needs_neither_the_askers_verb_nor_the_unit_of_the_count() -> None:
    # The delivery table states the thing and what was delivered, not "diterima" nor "paket".
    deliveries = _rows(
        "distribusi_sembako_tw2_2031.pdf",
        [
            "No: 1 | Posko: Rawa Sari | Beras: 120 | Minyak Goreng: 85",
            "No: 2 | Posko: Teluk Permai | Beras: 240 | Minyak Goreng: 150",
        ],
    )
    # Another document among the candidates does write the unit and the verb.
    letter = _text("surat_pengantar.pdf", "Paket bantuan diterima oleh petugas posko pada tanggal 3.")
    chain = chain_of(
        parse_question(
            "Posko yang aduannya terbanyak menurut rapat, berapa paket beras yang diterimanya "
            "pada triwulan II 2031?"
        )
    )
    assert chain is not None
    hop = chain.second_hop("Teluk Permai")
    answer = extractive_answer(hop, [*deliveries, letter])
    assert answer.found and answer.text.startswith("240")
    # What is counted stays asked: a posko the table does not name gets no answer.
    assert not extractive_answer(chain.second_hop("Bukit Indah"), deliveries).found


def test_no_sentence_naming_the_extreme_the_row_with_the_extreme_figure_names_the_thing() -> None:
    # A summary sentence covers the clause best; only the table under it tells the depots apart.
    summary = _text(
        "laporan_air_bersih_2031.pdf",
        "Sepanjang tahun 2031 penyaluran air bersih Kota mencapai 91,5 persen dari rencana.",
    )
    table = _rows(
        "laporan_air_bersih_2031.pdf",
        [
            "No: 1 | Depo: Depo Teluk Permai | Rencana (tangki): 410 | Penyaluran air bersih (%): 96,2",
            "No: 2 | Depo: Depo Rawa Sari | Rencana (tangki): 380 | Penyaluran air bersih (%): 61,8",
            "No: 3 | Depo: Depo Bukit Indah | Rencana (tangki): 295 | Penyaluran air bersih (%): 88,4",
        ],
    )
    chain = chain_of(
        parse_question("Depo yang penyaluran air bersihnya paling rendah tahun 2031, dapat berapa pompa?")
    )
    assert chain is not None
    bridge = bridge_of(chain, [summary, *table])
    assert bridge is not None and bridge.name == "Depo Rawa Sari"
    assert chain.named(bridge.name) == "Depo Rawa Sari"  # the noun is not written twice


def test_a_count_asked_as_jumlah_x_berapa_is_stated_with_what_it_counts() -> None:
    volunteers = _rows(
        "relawan_per_gudang_2031.csv",
        [
            "gudang: Lembah Hijau | relawan: 1.240 | dapur_umum: 3",
            "gudang: Bukit Indah | relawan: 860 | dapur_umum: 2",
        ],
    )
    chain = chain_of(
        parse_question("Gudang yang aduan banjirnya terbanyak menurut rapat, jumlah relawannya berapa?")
    )
    assert chain is not None
    bridge = bridge_of(chain, [MINUTES])
    assert bridge is not None
    hop = chain.second_hop(bridge.name)
    answer = chained_answer(chain, bridge, hop, extractive_answer(hop, volunteers))
    assert answer.found and answer.text.startswith("1.240 relawan")


def test_a_clause_running_straight_into_the_rests_verb_is_a_chain() -> None:
    # No comma and no "itu": the prefixed verb right before "berapa" starts the rest.
    chain = chain_of(
        parse_question("Gudang yang aduan banjirnya terbanyak menurut rapat memperoleh berapa genset?")
    )
    assert chain is not None and chain.head == "Gudang" and chain.extreme is Extreme.MOST
    assert chain.rest == "memperoleh berapa genset?"
    bridge = bridge_of(chain, [MINUTES, *DELIVERIES])
    assert bridge is not None and bridge.name == "Lembah Hijau"
    hop = chain.second_hop(bridge.name)
    answer = extractive_answer(hop, DELIVERIES)
    assert answer.found and answer.text.startswith("22")
    # A word before "berapa" that is no prefixed verb closes no clause, and a clause that asks
    # nothing of its own is still one question.
    assert chain_of(parse_question("Gudang yang dibangun tahun lalu kapasitas berapa ton?")) is None
    assert chain_of(parse_question("Gudang yang terlambat melapor berapa?")) is None


def test_a_letter_naming_its_thing_after_a_word_of_kind_still_names_it() -> None:
    # The offer letter writes "paket pekerjaan <Name>": the name follows a lower-case word.
    letter = [
        _text(
            "penawaran_cv_karya_lestari_2031.pdf",
            "Sehubungan dengan tender paket pekerjaan Pembangunan Jembatan Kayu Desa Sukamaju, kami "
            "mengajukan penawaran.",
        ),
        _text("penawaran_cv_karya_lestari_2031_ttd.pdf", "Hormat kami, CV Karya Lestari"),
    ]
    packages = _rows(
        "daftar_paket_2031.docx",
        [
            "No: 1 | Nama Paket: Pembangunan Jembatan Kayu Desa Sukamaju | Pagu (Rp): 870.000.000",
            "No: 2 | Nama Paket: Peningkatan Jalan Lingkungan Desa Karangan | Pagu (Rp): 640.000.000",
        ],
    )
    chain = chain_of(
        parse_question("Paket yang ditawar CV Karya Lestari itu pagunya berapa di daftar paket 2031?")
    )
    assert chain is not None
    bridge = bridge_of(chain, [letter[0]])
    assert bridge is not None and bridge.name == "Pembangunan Jembatan Kayu Desa Sukamaju"
    answer = extractive_answer(chain.second_hop(bridge.name), packages)
    assert answer.found and "870.000.000" in answer.text


FORUM = _text(
    "notulen_forum_warga_2031.pdf",
    "Notulen forum warga Kecamatan Teluk Permai.\n\n"
    "Permintaan utama nelayan Desa Tanjung Limau adalah perbaikan talud Jl. Kenari agar abrasi "
    "di tepi sungai berhenti.\n\nPermintaan nelayan Desa Pasir Putih: penerangan jalan dermaga.",
)
WORKS = _rows(
    "daftar_kegiatan_fisik_2031.docx",
    [
        "No: 1 | Nama Kegiatan: Perbaikan Talud Jl. Kenari | Lokasi: Desa Tanjung Limau"
        " | Biaya (Rp): 780.000.000",
        "No: 2 | Nama Kegiatan: Penerangan Jalan Dermaga | Lokasi: Desa Pasir Putih"
        " | Biaya (Rp): 215.000.000",
    ],
)


def test_a_noun_phrase_closed_by_itu_is_a_chain_tried_when_the_whole_finds_nothing() -> None:
    chain = chain_of(
        parse_question(
            "Permintaan utama nelayan Desa Tanjung Limau dalam forum 2031 itu biayanya berapa"
            " menurut daftar kegiatan?"
        )
    )
    assert chain is not None and chain.fallback
    assert chain.head == "Permintaan" and chain.rest.startswith("biayanya berapa")
    bridge = bridge_of(chain, [FORUM])
    assert bridge is not None and bridge.name == "perbaikan talud Jl. Kenari"
    hop = chain.second_hop(bridge.name)
    assert hop.text.startswith("perbaikan talud Jl. Kenari biayanya")
    answer = chained_answer(chain, bridge, hop, extractive_answer(hop, WORKS))
    assert answer.found and answer.text.startswith("Rp 780.000.000")
    assert "notulen_forum_warga_2031.pdf" in answer.text


def test_itu_inside_a_relative_clause_keeps_its_own_chain() -> None:
    chain = chain_of(parse_question("Gudang yang aduannya terbanyak itu menerima berapa genset?"))
    assert chain is not None and not chain.fallback
