"""The OFF_TARGET reading by the OPD's function (data/functions.toml): which functions a
sub-kegiatan serves, which a line's goods belong to, and the verdicts the judge draws from them;
also personal purchases winning over an account finding in the reviewer."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_common.rules import RulesError
from samarinda_rka_review.domain import relevance
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.opd_functions import (
    at_home,
    at_home_by_class,
    functions_of_code,
    general_section,
    goods_functions,
    is_support,
    misplaced,
    names_own_opd,
    office_user,
    own_names,
    section_functions,
    sub_profile,
)
from samarinda_rka_review.domain.relevance import Reading, example_texts, exemplar_space, judge
from samarinda_rka_review.domain.relevance_rules import FUNCTIONS, load_functions
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise

TODDLERS = SubKegiatan(
    kode="1.02.02.2.01.0010",
    nama="Pengelolaan Pelayanan Kesehatan Balita",
    indikator="Jumlah Balita yang Mendapatkan Pelayanan Kesehatan",
)
ROADS = SubKegiatan(
    kode="1.03.10.2.01.0013", nama="Rehabilitasi Jalan", indikator="Panjang Jalan yang Direhabilitasi"
)
PLAN_REVIEW = SubKegiatan(
    kode="5.01.05.2.01.0002",
    nama="Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah",
    indikator="Jumlah Laporan Evaluasi Rencana Pembangunan Daerah",
)
KELURAHAN = SubKegiatan(kode="7.01.07.2.01.0001", nama="Kegiatan Pemberdayaan Masyarakat Kelurahan")
UNPLACED = SubKegiatan(nama="Kegiatan Lain-lain", indikator="Jumlah Kegiatan")


def line(
    uraian: str, *, harga: int = 250_000, kode: str = "5.1.02.01.01.0029", account: str | None = None
) -> RkaLine:
    return RkaLine(
        line_id="1",
        kode_rekening=kode,
        account_name=account or "Belanja Bahan-Bahan Lainnya",
        uraian=uraian,
        volume=Decimal(2),
        harga_satuan=harga,
        jumlah=2 * harga,
    )


# --- which functions a sub-kegiatan serves ------------------------------------------------------


def test_the_sipd_code_names_the_function_longest_prefix_first() -> None:
    assert functions_of_code("1.02.02.2.01.0010") == (frozenset({"kesehatan"}), True)
    # 1.05 is shared by public order and disaster management: the programme segment decides.
    assert functions_of_code("1.05.02.2.01.0001") == (frozenset({"ketertiban"}), True)
    assert functions_of_code("1.05.03.2.01.0001") == (frozenset({"kebencanaan"}), True)
    assert functions_of_code("1.01 Urusan Pemerintahan Bidang Pendidikan") == (
        frozenset({"pendidikan"}),
        True,
    )


def test_general_government_is_known_but_serves_no_function_and_unknown_codes_are_unknown() -> None:
    assert functions_of_code("7.01.07.2.01.0001") == (frozenset(), True)
    assert functions_of_code("9.99.02.2.01.0001") == (frozenset(), False)
    assert functions_of_code(None) == (frozenset(), False)
    assert functions_of_code("hal. 1") == (frozenset(), False)


def test_programme_01_of_every_urusan_is_office_support_where_office_it_is_at_home() -> None:
    assert functions_of_code("1.02.01.2.07.0005") == (frozenset({"kesehatan", "perkantoran"}), True)
    assert functions_of_code("7.01.01.2.01.0001") == (frozenset({"perkantoran"}), True)
    office = SubKegiatan(kode="1.02.01.2.07.0005", nama="Pengadaan Peralatan dan Mesin Lainnya")
    named = SubKegiatan(nama="Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik")
    assert misplaced("Storage NAS 4 bay", office) is None
    assert misplaced("Langganan bandwidth 100 Mbps", named) is None
    assert misplaced("Storage NAS 4 bay", TODDLERS) is not None


def test_the_sub_kegiatan_words_and_the_opd_name_add_functions() -> None:
    informatics = SubKegiatan(kode="1.02.02.2.02.0001", nama="Pengelolaan Sistem Informasi Kesehatan")
    assert sub_profile(informatics).functions == {"kesehatan", "kominfo"}
    assert sub_profile(UNPLACED).known is False
    assert sub_profile(UNPLACED, "Dinas Lingkungan Hidup").functions == {"lingkungan"}


def test_a_sub_kegiatan_naming_a_field_and_not_the_office_is_no_office_support_whatever_its_code() -> None:
    # Invented: a programme-01 code on a sub-kegiatan whose own words name a public-health field.
    field = SubKegiatan(kode="1.02.01.2.03.0002", nama="Pelaksanaan Fogging Demam Berdarah di Wilayah")
    assert sub_profile(field).functions == {"kesehatan"}
    office = SubKegiatan(kode="1.02.01.2.03.0002", nama="Pemeliharaan Gedung Kantor")
    assert "perkantoran" in sub_profile(office).functions


def test_an_office_word_in_the_opd_name_makes_no_sub_kegiatan_office_support() -> None:
    recruitment = SubKegiatan(kode="5.04.02.2.01.0007", nama="Penyelenggaraan Penilaian Potensi Pegawai")
    assert "perkantoran" not in sub_profile(recruitment, "Badan Kepegawaian Daerah").functions


# --- which functions goods belong to ------------------------------------------------------------


def test_goods_are_placed_by_their_head_not_their_purpose() -> None:
    assert goods_functions("Kantong darah 350 ml") == (frozenset({"kesehatan"}), "kantong darah")
    assert goods_functions("Theodolit digital")[0] == {"pekerjaan_umum"}
    assert goods_functions("Laptop 14 inci")[0] == frozenset()
    # What follows "untuk" is the purpose, not the goods.
    assert goods_functions("Kertas HVS untuk laporan semen")[0] == frozenset()


def test_the_account_or_catalogue_section_places_goods_no_word_knows() -> None:
    assert goods_functions("Bahan XZ-9")[0] == frozenset()
    assert goods_functions("Bahan XZ-9", "Belanja Obat-Obatan")[0] == {"kesehatan"}
    assert goods_functions("Bahan XZ-9", "Belanja Bahan-Bahan Lainnya", "BAHAN BANGUNAN")[0] == {
        "pekerjaan_umum"
    }
    # an account named after a field's own equipment places it too
    assert goods_functions("Alat XZ-9", "Belanja Modal Alat Kesenian")[0] == {"kebudayaan"}
    assert goods_functions("Alat XZ-9", "Belanja Modal Alat Pemadam Kebakaran")[0] == {"kebencanaan"}


def test_laboratory_goods_belong_to_the_functions_that_test_samples() -> None:
    # an invented instrument no goods word knows, placed by the laboratory account it is booked to
    meter = goods_functions("Konduktometer saku", "Belanja Modal Alat Laboratorium Tanah")[0]
    assert meter == {"lingkungan", "pekerjaan_umum", "pendidikan", "pertanian"}
    assert goods_functions("Sentrifus mini", "Belanja Modal Alat Laboratorium Kesehatan")[0] >= {"kesehatan"}
    # chemicals are no class: the same account buys pool chlorine, reagents and disinfectant
    assert goods_functions("Larutan penyangga", "Belanja Bahan-Bahan Kimia")[0] == frozenset()
    patrol = SubKegiatan(kode="1.05.02.2.01.0004", nama="Operasi Penertiban Reklame Liar")
    assert misplaced("Konduktometer saku", patrol, item_class="Belanja Modal Alat Laboratorium Tanah")
    assert misplaced("Konduktometer saku", ROADS, item_class="Belanja Modal Alat Laboratorium Tanah") is None


def test_generic_support_is_never_judged_by_function() -> None:
    assert is_support("Kantong sampah hitam besar")
    assert not is_support("Mesin pencacah plastik")
    assert misplaced("Kantong sampah hitam besar", TODDLERS) is None


def test_related_functions_share_goods_and_unrelated_ones_do_not() -> None:
    assert at_home(frozenset({"sosial"}), frozenset({"kesehatan"}))  # a wheelchair in health services
    assert not at_home(frozenset({"pekerjaan_umum"}), frozenset({"kesehatan"}))
    assert not at_home(frozenset({"kesehatan"}), frozenset())


def test_goods_of_a_function_the_sub_kegiatan_does_not_serve_are_misplaced() -> None:
    found = misplaced("Kantong darah 350 ml", ROADS)
    assert found is not None
    assert [f.name for f in found.functions] == ["kesehatan"] and found.word == "kantong darah"
    assert "kesehatan" in found.reason and "pekerjaan umum" in found.reason
    assert misplaced("Kantong darah 350 ml", TODDLERS) is None
    # A kelurahan serves no single function: a sector's goods are judged by its words alone.
    assert misplaced("Theodolit digital", KELURAHAN) is not None
    # A sub-kegiatan nothing places is not judged at all.
    assert misplaced("Theodolit digital", UNPLACED) is None


def test_a_sub_kegiatan_without_its_code_takes_the_urusan_of_its_kegiatan_or_programme() -> None:
    unread = SubKegiatan(nama="", kegiatan="1.03.10.2.01 Penyelenggaraan Jalan Kabupaten/Kota")
    assert "pekerjaan_umum" in sub_profile(unread).functions and sub_profile(unread).known
    under_programme = SubKegiatan(nama="", program="7.01.07 PROGRAM PEMBERDAYAAN MASYARAKAT")
    assert sub_profile(under_programme).known
    assert not sub_profile(SubKegiatan(nama="", program="Program Tanpa Kode")).known


def test_building_materials_belong_to_physical_works_of_any_field() -> None:
    # Repairing a facility of another field (a clinic's ward) builds with the works' own materials;
    # a service of that field does not.
    ward_repair = SubKegiatan(
        kode="1.02.02.2.01.0099",
        nama="Perbaikan Ruang Rawat Inap Klinik Pratama",
        indikator="Jumlah Ruang Rawat yang Diperbaiki",
    )
    assert misplaced("Batu kali belah", ward_repair) is None
    assert misplaced("Batu kali belah", TODDLERS) is not None
    # Only building materials: a field's own goods stay misplaced in another field's works.
    assert misplaced("Kantong darah 350 ml", ROADS) is not None


def test_a_negated_office_user_names_no_one_of_the_office() -> None:
    assert office_user("Honor tenaga pendamping non ASN", TODDLERS) is None
    assert office_user("Jaket lapangan ASN", TODDLERS) == "asn"


def test_a_room_head_or_secretariat_of_an_office_unit_names_the_office_as_user() -> None:
    assert office_user("Lemari besi ruang tata usaha", TODDLERS) == "ruang tata usaha"
    assert office_user("Rak dokumen ruang simpan seksi", TODDLERS) == "ruang simpan seksi"
    assert office_user("Mesin penghancur kertas sekretariat badan", TODDLERS) is not None
    # a room or a head of no office unit (a room for visitors, a household) names no one of it
    assert office_user("Sofa ruang laktasi pengunjung", TODDLERS) is None
    assert office_user("Paket beras per kepala keluarga", TODDLERS) is None
    # a unit the sub-kegiatan's own words name is its own
    archives = SubKegiatan(nama="Penataan Ruang Simpan Arsip Bagian Tata Usaha")
    assert office_user("Tempat payung ruang bagian tata usaha", archives) is None


def test_the_grounds_of_the_office_building_name_the_office_as_user() -> None:
    assert office_user("Cat pagar samping kantor", TODDLERS) == "pagar samping kantor"
    assert office_user("Batu koral taman depan kantor", TODDLERS) == "taman depan kantor"
    # grounds of no office building (a city park, a clinic's yard) name no one of the office
    assert office_user("Bibit bunga taman kota", TODDLERS) is None
    assert office_user("Paving halaman posyandu", TODDLERS) is None
    # the grounds are a unit's only as the building's: a pond in a section's charge is not
    assert office_user("Pompa kolam bagian belakang", TODDLERS) is None
    # works on the office's own grounds name them
    yard = SubKegiatan(nama="Penataan Taman Kantor Kelurahan")
    assert office_user("Batu koral taman depan kantor", yard) is None


def test_food_kept_as_the_staffs_own_provision_serves_the_office() -> None:
    pantry = line("Biskuit kaleng", account="Belanja Makanan dan Minuman")
    pantry = pantry.model_copy(update={"spesifikasi": "persediaan bulanan staf"})
    verdict = judge(pantry, ItemCategory.FOOD, TODDLERS)
    assert verdict.off_target and verdict.reading is Reading.OWN_OFFICE
    # a meal eaten at the activity serves it whoever it names
    meal = line("Nasi kotak pegawai pendamping", account="Belanja Makanan dan Minuman")
    assert not judge(meal, ItemCategory.FOOD, TODDLERS).off_target
    # a stock for the office's own kitchen is kept there, not eaten at the activity
    kitchen = line("Kopi bubuk (persediaan pantry kantor)", account="Belanja Bahan-Bahan Lainnya")
    verdict = judge(kitchen, ItemCategory.FOOD, TODDLERS)
    assert verdict.off_target and verdict.reading is Reading.OWN_OFFICE
    # a public kitchen cooks for the people served
    public = line("Minyak goreng dapur umum", account="Belanja Bahan-Bahan Lainnya")
    assert not judge(public, ItemCategory.FOOD, TODDLERS).off_target


def test_the_functions_file_is_validated(tmp_path: Path) -> None:
    broken = tmp_path / "functions.toml"
    broken.write_text(
        'owner = "x"\nversion = "1"\n'
        '[[function]]\nname = "a"\nlabel = "a"\nurusan = ["1.01"]\ncontext = ["x"]\nrelated = ["b"]\n'
    )
    with pytest.raises(RulesError, match="related functions not defined"):
        load_functions(broken)
    broken.write_text(
        'owner = "x"\nversion = "1"\n'
        '[[function]]\nname = "a"\nlabel = "a"\nurusan = ["1.01"]\ncontext = ["x"]\n'
        '[[function]]\nname = "b"\nlabel = "b"\nurusan = ["1.01"]\ncontext = ["y"]\n'
    )
    with pytest.raises(RulesError, match="one function only"):
        load_functions(broken)
    assert {f.name for f in FUNCTIONS.function} >= {"kesehatan", "pendidikan", "pekerjaan_umum"}


# --- the judge ----------------------------------------------------------------------------------


def test_an_item_no_category_knows_is_judged_by_the_function_it_belongs_to() -> None:
    item = line("Theodolit digital")
    assert categorise(item.uraian) is ItemCategory.OTHER
    verdict = judge(item, ItemCategory.OTHER, TODDLERS)
    assert verdict.off_target and verdict.reading is Reading.FUNCTION and not verdict.personal
    assert not judge(item, ItemCategory.OTHER, ROADS).off_target
    finding = relevance.off_target_finding(item, TODDLERS, verdict, relevance.Severity.RENDAH)
    assert "fungsi OPD" in finding.evidence[0].text and "theodolit" in finding.message


def test_a_restricted_category_accepted_by_an_operational_sub_kegiatan_stays_accepted() -> None:
    clinic = SubKegiatan(kode="1.02.01.2.02.0001", nama="Pembangunan Puskesmas")
    assert not judge(line("Semen portland 50 kg"), ItemCategory.CONSTRUCTION, clinic).off_target


def test_a_meeting_like_sub_kegiatan_that_only_mentions_a_field_does_not_make_its_goods_fit() -> None:
    verdict = judge(line("Semen portland 50 kg"), ItemCategory.CONSTRUCTION, PLAN_REVIEW)
    assert verdict.off_target and verdict.reading is Reading.FUNCTION


def test_generic_support_fits_every_function() -> None:
    # (a resource person in road works needs a meeting the budget names: test_relevance_gathering)
    for uraian in ("Kertas HVS F4", "Nasi kotak rapat", "Honorarium tim pelaksana"):
        assert not judge(line(uraian), categorise(uraian), ROADS).off_target


def test_generic_support_naming_a_beneficiary_is_not_judged_by_function() -> None:
    meal = line("Nasi kotak siswa peserta didik")
    assert categorise(meal.uraian) is ItemCategory.FOOD
    assert goods_functions(meal.uraian)[0] == {"pendidikan"}
    assert not judge(meal, ItemCategory.FOOD, ROADS).off_target
    report_cards = line("Blangko ijazah siswa")
    assert judge(report_cards, categorise(report_cards.uraian), ROADS).reading is Reading.FUNCTION


def test_personal_use_by_name_is_marked_personal() -> None:
    verdict = judge(line("Sepeda lipat titanium"), ItemCategory.OTHER, ROADS)
    assert verdict.off_target and verdict.personal and verdict.reading is Reading.NAME
    private = judge(line("Televisi 65 inci untuk ruang keluarga"), categorise("Televisi 65 inci"), ROADS)
    assert private.off_target and private.personal


def test_goods_handed_to_the_public_are_not_read_by_meaning() -> None:
    personal, _, operational = example_texts()
    space = exemplar_space([[1.0, 0.0]] * len(personal), [[0.0, 1.0]] * len(operational))
    kit = line("Paket XZ-9 keluarga", account="Belanja Barang yang Akan Diserahkan kepada Masyarakat")
    assert judge(kit, ItemCategory.OTHER, ROADS, vector=[0.99, 0.1], space=space).off_target
    assert not judge(
        kit, ItemCategory.OTHER, ROADS, handed_over=True, vector=[0.99, 0.1], space=space
    ).off_target


# --- the reviewer: a personal purchase is cut, not recoded --------------------------------------


def _review(*lines: RkaLine) -> set[tuple[str, FindingType]]:
    sub = ROADS.model_copy(update={"lines": list(lines)})
    review = review_rka(Rka(opd="PUPR", opd_name="Dinas PUPR", sub_kegiatan=[sub]), PriceMatcher([]))
    return {(f.line_id, f.type) for f in review.findings}


def test_a_personal_purchase_under_the_wrong_account_is_off_target_only() -> None:
    television = line("Televisi 65 inci untuk ruang keluarga", harga=15_000_000).model_copy(
        update={"line_id": "1"}
    )
    assert _review(television) == {("1", FindingType.OFF_TARGET)}


def test_a_line_under_the_wrong_account_is_judged_on_its_own_words_and_may_carry_both_findings() -> None:
    # A blood bag serves no road works: recoding it would not make it serve them, so it is cut too.
    blood = line("Kantong darah 350 ml", harga=85_000, kode="5.2.02.05.01.0001", account="Belanja Modal")
    assert _review(blood) == {("1", FindingType.OFF_TARGET), ("1", FindingType.ACCOUNT_MISMATCH)}
    # A durable booked as supplies is recoded; recoding settles whether the work needs it bought.
    laptop = line("Laptop 14 inci", harga=15_000_000).model_copy(update={"line_id": "2"})
    assert _review(laptop) == {("2", FindingType.ACCOUNT_MISMATCH)}
    # A meal under the wrong account still serves the work: recoded only.
    meal = line("Nasi kotak rapat", harga=40_000, kode="5.2.02.05.01.0001", account="Belanja Modal")
    assert _review(meal.model_copy(update={"line_id": "3"})) == {("3", FindingType.ACCOUNT_MISMATCH)}


def test_a_wrong_account_does_not_place_the_item_in_another_function() -> None:
    # Booked to a medical-equipment account, an office pen is still an office pen: the account is
    # recoded, the pen is not cut from road works for the account's class.
    pen = line("Pulpen gel hitam", harga=5_000, account="Belanja Modal Alat Kedokteran Umum")
    pen = pen.model_copy(update={"kode_rekening": "5.2.02.07.01.0001"})
    assert ("1", FindingType.OFF_TARGET) not in _review(pen)


def test_an_opd_is_named_by_its_name_or_its_acronyms() -> None:
    names = own_names("Dinas Perumahan dan Kawasan Permukiman")
    assert {"dinas perumahan", "dpkp", "pkp"} <= set(names)
    assert names[0] == "dinas perumahan dan kawasan permukiman"  # the longest first
    assert names_own_opd("Gorden ruang rapat Dinas PKP", "Dinas Perumahan dan Kawasan Permukiman") == "pkp"
    assert names_own_opd("Gorden ruang rapat", "Dinas Perumahan dan Kawasan Permukiman") is None
    assert own_names(None) == ()


def test_a_catalogue_section_grouping_classes_of_different_functions_places_nothing() -> None:
    from samarinda_rka_review.domain.opd_functions import section_functions

    assert section_functions("C. OBAT-OBATAN DAN BAHAN MEDIS HABIS PAKAI") == {"kesehatan"}
    assert section_functions("BAHAN BANGUNAN") == {"pekerjaan_umum"}
    assert section_functions("D. MATERIAL BANGUNAN DAN ALAT SELAM") == frozenset()
    assert section_functions("F. PUPUK, OBAT-OBATAN (PERSEDIAAN)") == frozenset()
    assert section_functions(None) == frozenset()
    # a lantern the catalogue files with building materials alone is construction goods by its
    # section in a planning document's budget, but not when the section groups other classes too
    # (field work is not judged by a building-materials section: test_relevance)
    planning = SubKegiatan(
        kode="5.01.01.2.01.0001",
        nama="Penyusunan Dokumen Perencanaan Perangkat Daerah",
        indikator="Jumlah Dokumen Perencanaan",
    )
    lantern = line("Lampu senter kepala")
    assert judge(
        lantern, ItemCategory.OTHER, planning, catalogued=True, catalogue_section="BAHAN BANGUNAN"
    ).off_target
    assert not judge(
        lantern,
        ItemCategory.OTHER,
        planning,
        catalogued=True,
        catalogue_section="D. MATERIAL BANGUNAN DAN ALAT SELAM",
    ).off_target


def test_the_part_of_a_mixed_section_the_row_names_places_it() -> None:
    from samarinda_rka_review.domain.opd_functions import row_section

    # the row's own name says which of the grouped classes it is: the part it echoes places it
    mixed = "E. PERLENGKAPAN PERIKANAN DAN LAIN-LAIN"
    assert row_section(mixed, "Jaring perikanan nilon") == "PERLENGKAPAN PERIKANAN"
    assert section_functions(row_section(mixed, "Jaring perikanan nilon")) == {"pertanian"}
    # a row echoing no part (or several) keeps the whole section, which places nothing
    assert row_section(mixed, "Kantong plastik") == mixed
    assert section_functions(row_section(mixed, "Kantong plastik")) == frozenset()
    # the head of a part (alat, bahan, perlengkapan) is the kind every class shares, no echo
    assert row_section("D. MATERIAL BANGUNAN DAN ALAT SELAM", "Alat potong keramik") == (
        "D. MATERIAL BANGUNAN DAN ALAT SELAM"
    )
    assert (
        section_functions(row_section("D. MATERIAL BANGUNAN DAN ALAT SELAM", "Kacamata selam")) == frozenset()
    )
    # a section of one class is that class whatever the row is called
    assert row_section("BAHAN BANGUNAN", "Paku beton") == "BAHAN BANGUNAN"
    # head words closing a section are its other goods of that kind: a row echoing no named
    # part is one of them, and the section says nothing of its function
    open_ended = "G. MATERIAL BANGUNAN DAN ALAT"
    assert section_functions(row_section(open_ended, "Tikar pandan lipat")) == frozenset()
    assert section_functions(row_section(open_ended, "Pasir bangunan urug")) == {"pekerjaan_umum"}
    assert row_section(None, "Paku beton") is None
    reading_room = SubKegiatan(
        kode="2.23.02.2.01.0004", nama="Pengelolaan Pojok Dongeng Balita", indikator="Jumlah Balita Hadir"
    )
    net = line("Jaring XZ-9")
    placed = row_section(mixed, "Jaring perikanan nilon")
    assert judge(net, ItemCategory.OTHER, reading_room, catalogued=True, catalogue_section=placed).off_target


def test_drafting_a_regulation_is_no_public_order_work() -> None:
    drafting = SubKegiatan(
        kode="4.01.01.2.03.0002", nama="Penyusunan Rancangan Peraturan Daerah tentang Retribusi"
    )
    enforcing = SubKegiatan(kode="4.01.01.2.03.0003", nama="Penegakan Peraturan Daerah tentang Retribusi")
    assert "ketertiban" not in sub_profile(drafting).functions
    assert "ketertiban" in sub_profile(enforcing).functions


def test_an_opd_named_by_the_noun_of_its_field_places_what_nothing_else_does() -> None:
    unnamed = SubKegiatan(nama="")
    # ``Tarian`` is the noun of ``tari``: a sub-kegiatan whose name was not read is judged there
    profile = sub_profile(unnamed, "Balai Tarian Daerah")
    assert profile.known and profile.functions == {"kebudayaan"}
    assert misplaced("Pupuk kandang", unnamed, "Balai Tarian Daerah") is not None
    # where its code places it, the root adds nothing
    coded = SubKegiatan(kode="2.12.02.2.01.0001", nama="")
    assert "kebudayaan" not in sub_profile(coded, "Balai Tarian Daerah").functions


def test_clothing_named_after_a_field_belongs_to_that_field() -> None:
    registry = SubKegiatan(kode="2.12.02.2.01.0001", nama="Pelayanan Akta Kelahiran di Kelurahan")
    gym = SubKegiatan(kode="2.19.03.2.01.0001", nama="Pembinaan Senam Kebugaran Masyarakat")
    jacket = line("Jaket senam")
    # worn in the field its name names: out of place where that field is not served
    verdict = judge(jacket, categorise(jacket.uraian), registry)
    assert verdict.off_target and verdict.reading is Reading.FUNCTION
    assert not judge(jacket, categorise(jacket.uraian), gym).off_target
    # clothing that names no field fits anywhere, and other goods naming a field as their subject
    # are not that field's goods by the name alone
    assert not judge(line("Kaos kerah"), ItemCategory.UNIFORM, registry).off_target
    assert goods_functions("Buku panduan senam")[0] == frozenset()
    assert goods_functions("Jaket senam", head_by_field=True)[0] == {"olahraga"}


def test_a_catalogue_section_of_cleaning_supplies_is_support() -> None:
    from samarinda_rka_review.domain.opd_functions import support_section

    assert support_section("C. ALAT KEBERSIHAN, PERKAKAS TAMAN")
    assert not support_section("BAHAN BANGUNAN")
    assert not support_section(None)
    # a section that also groups a function's class is no support section
    assert not support_section("ALAT KEBERSIHAN / OBAT-OBATAN")


def test_a_catalogue_section_named_after_a_field_places_its_rows() -> None:
    from samarinda_rka_review.domain.opd_functions import section_functions

    # no class word, but the field the catalogue files the rows under
    assert section_functions("G. SARANA PERIKANAN DAN PETERNAKAN") == {"pertanian"}
    # office support and functions that buy no goods of their own name no class of goods
    assert section_functions("B. PERLENGKAPAN KANTOR") == frozenset()
    assert section_functions("PERLENGKAPAN FESTIVAL") == frozenset()
    reading_room = SubKegiatan(
        kode="2.23.02.2.01.0004", nama="Pengelolaan Pojok Dongeng Balita", indikator="Jumlah Balita Hadir"
    )
    unknown = line("Cairan XZ-9 1 liter")
    assert judge(
        unknown, ItemCategory.OTHER, reading_room, catalogued=True, catalogue_section="SARANA PERIKANAN"
    ).off_target
    # where a category has placed the item already, the section does not overrule it
    assert misplaced("Cairan XZ-9", reading_room, section="SARANA PERIKANAN", by_class_only=True) is None


def test_urusan_without_goods_of_their_own_are_judged_by_their_words() -> None:
    # a civil registry sub-kegiatan is placed by its code: another function's goods are judged there
    assert functions_of_code("2.12.02.2.01.0001") == (frozenset(), True)
    registry = SubKegiatan(kode="2.12.02.2.01.0001", nama="Pelayanan Akta Kelahiran di Kelurahan")
    assert misplaced("Theodolit digital", registry) is not None


def test_a_durable_let_in_by_a_generic_word_is_still_judged_by_its_own_goods() -> None:
    """``Sarana`` in a market sub-kegiatan lets electronic equipment in; a treadmill, electronic
    as it is, stays sports equipment there (its own name says so), a laptop does not."""
    market = SubKegiatan(
        kode="2.09.05.2.01.0003",
        nama="Penyediaan Sarana Pelayanan Pasar Pangan",
        indikator="Jumlah Pasar yang Dilayani",
    )
    account = "Belanja Modal Alat Kantor Lainnya"
    treadmill = judge(line("Treadmill elektrik", account=account), ItemCategory.IT_EQUIPMENT, market)
    assert treadmill.off_target and treadmill.reading is Reading.FUNCTION
    assert not judge(line("Laptop 15,6 inci", account=account), ItemCategory.IT_EQUIPMENT, market).off_target


@pytest.mark.parametrize(
    "section", ["B. ALAT TULIS KANTOR", "BAHAN KOMPUTER", "C. BAHAN CETAK DAN PENGGANDAAN", "JASA PUBLIKASI"]
)
def test_a_section_of_what_every_function_buys_is_general(section: str) -> None:
    assert general_section(section)
    assert section_functions(section) == frozenset()


@pytest.mark.parametrize(
    "section", ["BAHAN LAINNYA", "BAHAN BANGUNAN", "OBAT-OBATAN", "ALAT TULIS DAN OBAT", None]
)
def test_a_section_of_particular_goods_is_not_general(section: str | None) -> None:
    assert not general_section(section)


def test_publicity_filed_as_a_service_belongs_to_no_field() -> None:
    advert = line("Pemasangan pengumuman di surat kabar harian", account="Belanja Jasa Iklan/Reklame")
    assert not judge(advert, categorise(advert.uraian), ROADS, catalogue_section="JASA PUBLIKASI").off_target
    assert "kominfo" in section_functions("PUBLIKASI DAN MEDIA")


def test_oxygen_is_medical_only_when_it_says_so() -> None:
    assert categorise("Oksigen medis silinder 2 m3") is ItemCategory.MEDICAL
    assert categorise("Gas oksigen industri silinder 7 m3") is not ItemCategory.MEDICAL


def test_a_section_part_of_head_words_alone_shares_the_class_after_it() -> None:
    # "equipment and supplies of X": the head words name no class, X names it for both
    assert section_functions("PERALATAN DAN BAHAN LABORATORIUM") == section_functions("BAHAN LABORATORIUM")
    assert "lingkungan" in section_functions("PERALATAN DAN BAHAN LABORATORIUM")
    assert section_functions("ALAT DAN BAHAN BANGUNAN") == {"pekerjaan_umum"}
    # a part with a class of its own still stands apart
    assert section_functions("D. MATERIAL BANGUNAN DAN ALAT SELAM") == frozenset()
    # a part with no head word is governed by the head before it: security equipment
    assert section_functions("PERLENGKAPAN KETERTIBAN DAN KEAMANAN") == {"ketertiban"}
    museum = SubKegiatan(kode="2.22.02.2.01.0009", nama="Pengelolaan Koleksi Museum Daerah")
    shield = line("Perisai lengkung XR")
    verdict = judge(
        shield,
        ItemCategory.OTHER,
        museum,
        catalogued=True,
        catalogue_section="PERLENGKAPAN KETERTIBAN DAN KEAMANAN",
    )
    assert verdict.off_target and verdict.reading is Reading.FUNCTION


def test_a_durable_of_another_function_outside_its_field_is_that_functions_goods() -> None:
    """A durable no field of the sub-kegiatan licenses is off target as its kind; when its own
    name places it in another function, that is the reading (it stands when the line is recoded)."""
    archive = SubKegiatan(
        kode="2.24.02.2.01.0007", nama="Pemusnahan Berkas Kedaluwarsa", indikator="Jumlah Berkas Dimusnahkan"
    )
    walker = judge(line("Kursi roda lipat anak"), ItemCategory.MEDICAL_EQUIPMENT, archive)
    assert walker.off_target and walker.reading is Reading.FUNCTION
    kind = judge(line("Kulkas dua pintu"), ItemCategory.APPLIANCE, archive)
    assert kind.off_target and kind.reading is Reading.CATEGORY


def test_an_account_bought_for_patients_places_ordinary_food_in_health() -> None:
    for_patients = line("Ikan tongkol segar", kode="5.1.02.01.01.0055", account="Belanja Makanan Diet Pasien")
    assert judge(for_patients, categorise(for_patients.uraian), ROADS).reading is Reading.FUNCTION
    assert not judge(for_patients, categorise(for_patients.uraian), TODDLERS).off_target


def test_goods_named_for_the_function_served_are_its_own_whatever_their_category() -> None:
    ward = SubKegiatan(
        kode="1.02.02.2.01.0031", nama="Pelayanan Puskesmas Keliling", indikator="Jumlah pasien dilayani"
    )
    mattress = line("Kasur lipat pasien")
    assert categorise(mattress.uraian) is ItemCategory.SOCIAL_AID
    assert not judge(mattress, categorise(mattress.uraian), ward).off_target
    assert judge(line("Kasur lipat"), categorise("Kasur lipat"), ward).off_target


def test_a_class_is_at_home_only_where_its_own_function_is_served_not_a_related_one() -> None:
    """Waste management uses a farm's compost, it does not make a farm's class of goods its own
    tools: vegetable seed booked to a seed account in a household-waste programme is judged by
    its category, where a farming sub-kegiatan takes it as its own."""
    waste = SubKegiatan(
        kode="2.11.05.2.01.0002", nama="Pengelolaan Sampah Rumah Tangga di Kelurahan", lines=[]
    )
    farming = SubKegiatan(kode="3.27.03.2.01.0001", nama="Penyediaan Sarana Produksi Petani Sayur", lines=[])
    seed_account = "Belanja Pupuk dan Benih"
    assert not at_home_by_class(waste, "Dinas Lingkungan Hidup", seed_account)
    assert at_home_by_class(farming, "Dinas Pertanian", seed_account)
    seed = RkaLine(
        line_id="1",
        kode_rekening="5.1.02.01.01.0024",
        account_name=seed_account,
        uraian="Benih bayam",
        volume=Decimal(10),
        satuan="bungkus",
        harga_satuan=25_000,
        jumlah=250_000,
    )
    category = categorise(seed.uraian, None)
    assert judge(seed, category, waste, opd_name="Dinas Lingkungan Hidup").off_target
    assert not judge(seed, category, farming, opd_name="Dinas Pertanian").off_target
