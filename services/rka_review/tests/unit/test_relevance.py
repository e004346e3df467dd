"""The relevance stage: category, personal use by name, personal use by meaning (with vectors
made by hand, so that the geometry is known), and the sub-kegiatan's own words winning."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from samarinda_common.rka import FindingType, RkaLine, SubKegiatan
from samarinda_common.rules import RulesError
from samarinda_rka_review.domain import relevance
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.opd_functions import serves_office
from samarinda_rka_review.domain.relevance import (
    Reading,
    account_names_the_field,
    check_relevance,
    example_texts,
    exemplar_space,
    judge,
    legitimate_there,
    named_by_sub_kegiatan,
    nearest,
    personal_use_by_name,
    purpose_in_account,
)
from samarinda_rka_review.domain.relevance_rules import RELEVANCE, load_relevance
from samarinda_rka_review.domain.taxonomy import ItemCategory, categorise
from samarinda_rka_review.domain.word_roots import with_roots

POLICY = ReviewPolicy()
PLANNING = SubKegiatan(
    kode="5.01.02.1.01.0002",
    nama="Penyusunan Dokumen Perencanaan Pembangunan Daerah",
    indikator="Jumlah Dokumen Perencanaan yang Tersusun",
    lines=[],
)
SMART_CITY = SubKegiatan(
    kode="2.16.03.1.02.0005",
    nama="Pengembangan Jaringan Kota Cerdas",
    indikator="Jumlah Titik Layanan Jaringan Kota Cerdas",
    lines=[],
)
CONTEST = SubKegiatan(nama="Penyelenggaraan Lomba Inovasi Daerah", indikator="Jumlah Peserta Lomba", lines=[])


def line(uraian: str, harga: int = 1_000_000, account: str | None = None) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        volume=Decimal(2),
        harga_satuan=harga,
        jumlah=2 * harga,
        kode_rekening="5.1.02.01.01.0024",
        account_name=account,
    )


def off_target(uraian: str, sub: SubKegiatan) -> bool:
    item = line(uraian)
    return check_relevance(item, categorise(item.uraian, item.spesifikasi), sub, POLICY) is not None


@pytest.mark.parametrize(
    "uraian",
    ["Konsol game generasi terbaru", "Tas tangan desainer kulit", "Voucher belanja mal senilai 1 juta"],
)
def test_personal_purchases_in_a_planning_sub_kegiatan_are_off_target(uraian: str) -> None:
    assert off_target(uraian, PLANNING)


@pytest.mark.parametrize("uraian", ["Switch jaringan 24 port managed", "Access point outdoor dual band"])
def test_network_equipment_in_a_smart_city_sub_kegiatan_is_not(uraian: str) -> None:
    assert not off_target(uraian, SMART_CITY)


def test_the_finding_says_why_and_by_which_reading() -> None:
    item = line("Gift card toko daring")
    assert categorise(item.uraian) is ItemCategory.OTHER
    finding = check_relevance(item, categorise(item.uraian), PLANNING, POLICY)
    assert finding is not None and finding.type is FindingType.OFF_TARGET
    assert "voucher/kartu hadiah" in finding.message and "'gift card'" in finding.message
    assert finding.evidence[0].text.startswith(Reading.NAME)
    assert finding.potential_saving == item.jumlah


def test_vouchers_as_contest_prizes_are_legitimate() -> None:
    assert not off_target("Voucher belanja untuk pemenang", CONTEST)
    prize = line("Voucher belanja", account="Belanja Hadiah yang Bersifat Perlombaan")
    [use] = [u for u in RELEVANCE.personal if u.name == "voucher"]
    assert legitimate_there(use, prize, PLANNING)


def test_a_sub_kegiatan_named_after_the_item_makes_it_fit() -> None:
    bikes = SubKegiatan(nama="Penyediaan Sepeda Sewa Publik", indikator="Jumlah sepeda", lines=[])
    assert named_by_sub_kegiatan(line("Sepeda gunung lipat"), bikes)
    assert not named_by_sub_kegiatan(line("Sepeda gunung lipat"), PLANNING)
    assert not off_target("Sepeda gunung lipat", bikes)


def test_words_in_the_vocabulary_need_whole_words() -> None:
    assert personal_use_by_name("Jasa desainer grafis publikasi") is None
    assert personal_use_by_name("Cincin sumur beton") is None
    found = personal_use_by_name("Mesin espresso otomatis")
    assert found is not None and found[0].name == "rumah_mewah"


def test_a_restricted_category_outside_its_field_is_judged_by_category() -> None:
    verdict = judge(line("Semen portland 50 kg"), ItemCategory.CONSTRUCTION, PLANNING)
    assert verdict.off_target and verdict.reading is Reading.CATEGORY


# --- by meaning: a two-dimensional space where the geometry is chosen --------------------------


def _space(personal_direction: list[float], operational_direction: list[float]) -> relevance.ExemplarSpace:
    personal, _, operational = example_texts()
    return exemplar_space([personal_direction] * len(personal), [operational_direction] * len(operational))


SPACE = _space([1.0, 0.0, 0.0], [0.0, 1.0, 0.0])
# Operational examples a hair away from the personal ones: a line on the personal direction is
# nearer to it by 0.02, inside the ambiguous band.
CLOSE_SPACE = _space([1.0, 0.0, 0.0], [0.98, 0.199, 0.0])
UNKNOWN = "Barang tak dikenal XZ-9"  # no category, no word of the vocabulary


def test_an_item_no_list_knows_is_judged_by_meaning() -> None:
    assert categorise(UNKNOWN) is ItemCategory.OTHER
    verdict = judge(line(UNKNOWN), ItemCategory.OTHER, PLANNING, vector=[0.99, 0.1, 0.0], space=SPACE)
    assert verdict.off_target and verdict.reading is Reading.MEANING
    assert verdict.nearest is not None and verdict.nearest.margin > 0.8


def test_near_the_operational_examples_it_fits() -> None:
    assert (
        judge(line(UNKNOWN), ItemCategory.OTHER, PLANNING, vector=[0.1, 0.99, 0.0], space=SPACE)
        == relevance.FIT
    )


def test_between_the_two_it_is_ambiguous() -> None:
    verdict = judge(line(UNKNOWN), ItemCategory.OTHER, PLANNING, vector=[1.0, 0.0, 0.0], space=CLOSE_SPACE)
    assert not verdict.off_target and verdict.ambiguous
    assert verdict.nearest is not None and 0 < verdict.nearest.margin < RELEVANCE.semantic.off_target_margin


def test_meaning_does_not_overrule_a_category_or_the_catalogue() -> None:
    close = [0.99, 0.1, 0.0]
    assert not judge(
        line("Kertas HVS"), ItemCategory.OFFICE_SUPPLIES, PLANNING, vector=close, space=SPACE
    ).off_target
    assert not judge(
        line(UNKNOWN), ItemCategory.OTHER, PLANNING, catalogued=True, vector=close, space=SPACE
    ).off_target


def test_nearest_reports_the_examples() -> None:
    found = nearest([1.0, 0.0, 0.0], SPACE)
    assert found.personal_example in example_texts()[0]
    assert found.personal_score == pytest.approx(1.0) and found.operational_score == pytest.approx(0.0)


def test_the_vocabulary_file_is_validated(tmp_path: Path) -> None:
    broken = tmp_path / "relevance.toml"
    broken.write_text('owner = "x"\nversion = "1"\n[semantic]\noff_target_margin = 2\n')
    with pytest.raises(RulesError, match=r"relevance\.toml"):
        load_relevance(broken)
    assert RELEVANCE.semantic.off_target_margin > 0 and len(RELEVANCE.personal) >= 5


# A youth programme whose name names no occasion: its prizes and souvenirs are judged by their account.
YOUTH = SubKegiatan(
    nama="Peningkatan Kapasitas Pemuda Pelopor",
    indikator="Jumlah Pemuda Pelopor yang Dibina",
    lines=[],
)


def test_affixed_nouns_are_read_with_their_roots() -> None:
    assert " tunjuk " in with_roots("Sewa Panggung Pertunjukan")
    assert " budaya " in with_roots("Cinderamata Kebudayaan")
    assert " panggung " in with_roots("Sewa Panggung Pertunjukan")  # the words themselves stay


def test_a_prize_under_an_account_named_after_its_occasion_fits() -> None:
    plaque = line("Plakat akrilik pemenang", account="Belanja Hadiah Pelombaan")
    assert purpose_in_account(ItemCategory.DECORATION, plaque)
    assert not judge(plaque, ItemCategory.DECORATION, YOUTH).off_target
    # the same plaque under an account that names no occasion is still judged by the sub-kegiatan
    bare = line("Plakat akrilik pemenang", account="Belanja Alat/Bahan untuk Kegiatan Kantor Lainnya")
    assert judge(bare, ItemCategory.DECORATION, YOUTH).off_target


def test_accounts_named_by_kind_say_nothing_of_the_occasion() -> None:
    # sports kit is booked to a clothing account: that names its kind, not a sports event
    jersey = line("Jersey futsal", account="Belanja Pakaian Olahraga")
    assert not purpose_in_account(ItemCategory.SPORTS, jersey)


def test_generic_support_is_not_judged_by_its_category() -> None:
    # a first-aid box reads as a medical consumable, but every field team carries one
    item = line("Kotak P3K isi obat luka")
    assert not judge(item, ItemCategory.MEDICAL, PLANNING).off_target
    assert judge(line("Cairan infus RL 500 ml"), ItemCategory.MEDICAL, PLANNING).off_target


FOOD_SAFETY = SubKegiatan(
    kode="2.09.03.2.01.0004",
    nama="Pengawasan Mutu Hasil Perikanan Segar",
    indikator="Jumlah Sampel Ikan Segar yang Diuji",
    lines=[],
)
FOOD_OFFICE = SubKegiatan(kode="2.09.01.2.06.0002", nama="Penyediaan Peralatan Rumah Tangga", lines=[])
FOOD_OPD = "Dinas Perikanan Kabupaten Contoh"


def test_a_line_naming_its_own_opd_is_bought_for_the_office() -> None:
    jacket = line("Jaket olahraga HUT Dinas Perikanan")
    verdict = judge(jacket, categorise(jacket.uraian), FOOD_SAFETY, opd_name=FOOD_OPD)
    assert verdict.off_target and verdict.reading is Reading.OWN_OFFICE
    assert "dinas perikanan" in verdict.reason
    carpet = line("Karpet musala kantor DPKC")  # the OPD's initials
    assert (
        judge(carpet, categorise(carpet.uraian), FOOD_SAFETY, opd_name=FOOD_OPD).reading is Reading.OWN_OFFICE
    )
    # in the office's own support programme it is at home
    assert not judge(jacket, categorise(jacket.uraian), FOOD_OFFICE, opd_name=FOOD_OPD).off_target


def test_activity_costs_naming_the_opd_serve_the_activity() -> None:
    for uraian in ("Kue rapat teknis Dinas Perikanan", "Cetak buku panduan Dinas Perikanan"):
        item = line(uraian)
        assert not judge(item, categorise(item.uraian), FOOD_SAFETY, opd_name=FOOD_OPD).off_target, uraian
    # another OPD's name says nothing of who the line is for
    other = line("Jaket olahraga HUT Dinas Perikanan")
    assert not judge(other, categorise(other.uraian), FOOD_SAFETY, opd_name="Badan Gizi Daerah").off_target


def test_a_gathering_rents_its_stage_whatever_its_output_is_counted_in() -> None:
    stage = line("Sewa panggung 6 x 8 m")
    legal_awareness = SubKegiatan(
        nama="Fasilitasi Peningkatan Kesadaran Hukum Masyarakat",
        indikator="Jumlah Kelompok Sadar Hukum yang Difasilitasi",
        lines=[],
    )
    assert not judge(stage, ItemCategory.EVENT_RENTAL, legal_awareness).off_target
    canal = SubKegiatan(
        nama="Operasi dan Pemeliharaan Jaringan Irigasi Primer",
        indikator="Panjang Saluran Irigasi yang Dipelihara",
        lines=[],
    )
    assert judge(stage, ItemCategory.EVENT_RENTAL, canal).off_target


WASTE_HAULING = SubKegiatan(
    kode="2.11.03.2.01.0009",
    nama="Pengangkutan Sampah ke TPA",
    indikator="Tonase Sampah yang Diangkut ke TPA",
    lines=[],
)


def test_a_row_the_catalogue_files_under_cleaning_supplies_is_support_whatever_its_words() -> None:
    """The catalogue's section classifies the item (a trowel filed under cleaning supplies is a
    cleaner's tool): its construction words no longer judge it."""
    shovel = line("Sendok semen")
    category = categorise(shovel.uraian, None)
    assert category is ItemCategory.CONSTRUCTION
    assert judge(shovel, category, WASTE_HAULING).off_target
    assert not judge(
        shovel, category, WASTE_HAULING, catalogue_section="C. ALAT KEBERSIHAN, PERKAKAS TAMAN"
    ).off_target
    # a section that names no support says nothing of it
    assert judge(shovel, category, WASTE_HAULING, catalogue_section="D. PERKAKAS TAMAN").off_target


def test_goods_that_serve_events_are_no_support_whatever_section_holds_them() -> None:
    """A catalogue may file sports kit with cleaning supplies (one section for a field crew's
    goods); a racket is still bought for a game, not for the crew's work."""
    racket = line("Raket tenis meja")
    category = categorise(racket.uraian, None)
    assert category is ItemCategory.SPORTS
    section = "C. ALAT KEBERSIHAN, PERKAKAS TAMAN"
    assert judge(racket, category, WASTE_HAULING, catalogue_section=section).off_target


def test_goods_handed_to_the_public_are_the_output_not_support_whatever_their_section() -> None:
    """Support is what the people doing the work use up; a blanket given away under a hand-over
    account is the output itself, so a catalogue section of support goods does not excuse it."""
    blanket = line("Selimut wol", account="Belanja Barang yang Akan Diserahkan kepada Masyarakat")
    category = categorise(blanket.uraian, None)
    section = "C. ALAT KEBERSIHAN, PERKAKAS TAMAN"
    assert judge(blanket, category, WASTE_HAULING, handed_over=True, catalogue_section=section).off_target
    # the crew's own use of the same row stays support
    assert not judge(blanket, category, WASTE_HAULING, catalogue_section=section).off_target


PARKS = SubKegiatan(
    kode="1.03.05.2.01.0002",
    nama="Pemeliharaan Taman Kota",
    indikator="Luas Taman yang Dipelihara",
    lines=[],
)


def test_equipment_whose_stated_use_is_the_sub_kegiatan_object_fits() -> None:
    drone = line("Drone pemetaan (survei taman)")
    category = categorise(drone.uraian, None)
    assert category in relevance.DURABLE
    assert not judge(drone, category, PARKS).off_target
    assert judge(line("Drone pemetaan"), category, PARKS).off_target


def test_the_opds_own_name_is_no_stated_use() -> None:
    fridge = line("Kulkas (ruang tunggu Dinas Perikanan)")
    fisheries = SubKegiatan(
        kode="3.25.02.2.01.0004",
        nama="Pengembangan Usaha Perikanan Budidaya",
        indikator="Jumlah Pembudidaya Ikan yang Dibina",
        lines=[],
    )
    # the shared word is the office's name: unknown, it reads as a use; known, it does not
    assert relevance.used_for_the_output(fridge, fisheries, None)
    assert not relevance.used_for_the_output(fridge, fisheries, "Dinas Perikanan")
    drone = line("Drone pemetaan (survei taman)")
    assert relevance.used_for_the_output(drone, PARKS, "Dinas Pertamanan")


def test_sports_kit_in_a_youth_sub_kegiatan_that_is_no_sport_is_off_target() -> None:
    """Youth (kepemudaan) and sport (keolahragaan) are separate fields of the same urusan: a youth
    leadership course buys no rackets, a youth sports meet does."""
    leadership = SubKegiatan(
        nama="Pelatihan Kepemimpinan Pemuda", indikator="Jumlah Pemuda yang Dilatih", lines=[]
    )
    meet = SubKegiatan(nama="Pekan Olahraga Pemuda", indikator="Jumlah Atlet Muda yang Bertanding", lines=[])
    assert off_target("Raket bulu tangkis", leadership)
    assert not off_target("Raket bulu tangkis", meet)


@pytest.mark.parametrize(
    "uraian",
    [
        "Ganti oli mobil dinas jabatan sekretaris badan",
        "Gorden jendela ruang kerja kepala seksi",
        "Rompi rajut seragam seluruh pegawai",
        "Batu koral halaman kantor",
    ],
)
def test_goods_for_the_office_apparatus_are_off_target_in_a_technical_sub_kegiatan(uraian: str) -> None:
    item = line(uraian)
    verdict = judge(item, categorise(item.uraian), FOOD_SAFETY, opd_name=FOOD_OPD)
    assert verdict.off_target and verdict.reading is Reading.OWN_OFFICE, uraian
    # in the office's own support programme the same purchase is at home
    assert not judge(item, categorise(item.uraian), FOOD_OFFICE, opd_name=FOOD_OPD).off_target, uraian


@pytest.mark.parametrize(
    "uraian",
    [
        "Honorarium narasumber kepala bidang",
        "Uang harian perjalanan dinas kabid ke lokasi sampling",
        "Snack rapat koordinasi pegawai",
        "Fotokopi formulir pemeriksaan untuk staf lapangan",
    ],
)
def test_activity_costs_naming_officials_or_staff_serve_the_activity(uraian: str) -> None:
    item = line(uraian)
    assert not judge(item, categorise(item.uraian), FOOD_SAFETY, opd_name=FOOD_OPD).off_target, uraian


def test_the_user_named_in_the_spesifikasi_column_is_read_as_one_named_after_the_item() -> None:
    cupboard = line("Lemari besi 2 pintu").model_copy(update={"spesifikasi": "ruang sekretariat badan"})
    verdict = judge(cupboard, categorise(cupboard.uraian), FOOD_SAFETY, opd_name=FOOD_OPD)
    assert verdict.off_target and verdict.reading is Reading.OWN_OFFICE
    assert not judge(cupboard, categorise(cupboard.uraian), FOOD_OFFICE, opd_name=FOOD_OPD).off_target


def test_a_sub_kegiatan_about_the_staff_may_buy_for_them() -> None:
    training = SubKegiatan(
        kode="2.09.03.2.01.0009",
        nama="Peningkatan Kapasitas Pegawai Pengawas Mutu Perikanan",
        indikator="Jumlah Pegawai yang Dilatih",
        lines=[],
    )
    vest = line("Rompi rajut seragam seluruh pegawai")
    assert not judge(vest, categorise(vest.uraian), training, opd_name=FOOD_OPD).off_target


def test_a_programme_named_otherwise_is_not_office_support_whatever_its_code() -> None:
    curtain = line("Gorden jendela ruang kerja camat")
    public = SubKegiatan(
        kode="7.01.01.2.01.0003",
        nama="Fasilitasi Lembaga Kemasyarakatan Kelurahan",
        program="7.01.01 PROGRAM PEMBERDAYAAN MASYARAKAT",
        lines=[],
    )
    verdict = judge(curtain, categorise(curtain.uraian), public, opd_name="Kecamatan Contoh")
    assert verdict.off_target and verdict.reading is Reading.OWN_OFFICE
    office = public.model_copy(update={"program": "7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"})
    assert serves_office(office) and not serves_office(public)
    assert serves_office(public.model_copy(update={"program": None}))  # the code alone


def test_derived_words_are_read_back_to_their_roots() -> None:
    assert "ukir" in relevance.derived_roots("pengukiran")
    assert "pantau" in relevance.derived_roots("pemantauan")
    assert "sosialisasi" in relevance.derived_roots("tersosialisasi")
    assert relevance.derived_roots("ukir") == set()


CARVING = SubKegiatan(
    kode="2.07.03.2.01.0009",
    nama="Kursus Pengukiran Kayu untuk Pemuda Putus Sekolah",
    indikator="Lulusan kursus bersertifikat",
    lines=[],
)
PORT_WATCH = SubKegiatan(
    kode="2.15.04.2.01.0003",
    nama="Pengawasan Keselamatan Pelayaran Sungai",
    indikator="Jumlah titik dermaga yang diawasi",
    lines=[],
)


def test_equipment_named_by_the_work_or_the_object_of_the_sub_kegiatan_is_its_tool() -> None:
    # A tool for the very craft a course teaches, a camera for the very river traffic watched:
    # the durable is the work's tool, not a purchase its output does not need.
    chisels = line("Pahat ukir set 12 mata")
    assert named_by_sub_kegiatan(chisels, CARVING)
    assert not judge(chisels, ItemCategory.TOOLS, CARVING).off_target
    camera = line("Kamera pemantau pelayaran")
    assert not judge(camera, ItemCategory.IT_EQUIPMENT, PORT_WATCH).off_target
    # the same durable where neither is named stays judged by its category
    assert judge(chisels, ItemCategory.TOOLS, PORT_WATCH).off_target


MARKET_DAY = SubKegiatan(
    nama="Penyelenggaraan Pasar Tani Keliling di Kelurahan",
    indikator="Jumlah Titik Pasar Tani Keliling",
    lines=[],
)


def test_a_line_naming_the_sub_kegiatan_by_its_acronym_serves_it() -> None:
    """``PTK`` is the sub-kegiatan's own name shortened: the rental is for this very activity."""
    assert relevance.names_by_acronym(line("Sewa panggung lokasi PTK"), MARKET_DAY)
    assert not relevance.names_by_acronym(line("Sewa panggung lokasi PT"), MARKET_DAY)
    assert not relevance.names_by_acronym(line("Sewa panggung HUT kota"), MARKET_DAY)


CHEAP_MARKET = SubKegiatan(
    kode="3.30.04.2.01.0002",
    nama="Penyelenggaraan Pasar Murah Menjelang Musim Tanam",
    indikator="Jumlah pasar murah yang diselenggarakan",
    lines=[],
)


def test_a_line_naming_the_sub_kegiatan_by_two_words_of_its_name_serves_it() -> None:
    """Fertiliser for the cheap market is bought for this very activity; fertiliser alone in a
    trade office's programme is a farm's goods. A pair the OPD's own name holds names no
    activity: every line of its office carries it."""
    for_the_market = line("Pupuk kompos pasar murah", account="Belanja Bahan-Bahan Lainnya")
    category = categorise(for_the_market.uraian, None)
    assert category is ItemCategory.AGRICULTURE
    assert not judge(for_the_market, category, CHEAP_MARKET).off_target
    alone = line("Pupuk kompos", account="Belanja Bahan-Bahan Lainnya")
    assert judge(alone, category, CHEAP_MARKET).off_target
    assert relevance.names_the_activity(for_the_market, CHEAP_MARKET, None)
    assert not relevance.names_the_activity(for_the_market, CHEAP_MARKET, "Dinas Pasar Rakyat")
    assert not relevance.names_the_activity(line("Pupuk kompos pasar"), CHEAP_MARKET, None)
    # where the work is done names no activity: a greeting across the city is no street vendors'
    vendors = SubKegiatan(kode="3.30.02.2.01.0004", nama="Penataan Pedagang Kaki Lima Wilayah Kota", lines=[])
    assert not relevance.names_the_activity(line("Bendera hias ucapan wilayah kota"), vendors, None)


GUARDING = SubKegiatan(
    kode="1.05.02.1.01.0002",
    nama="Pengamanan Kegiatan Masyarakat pada Hari Besar",
    indikator="Jumlah kegiatan yang diamankan",
    lines=[],
)
ARCHIVES = SubKegiatan(
    kode="2.24.01.2.01.0001",
    nama="Penyusunan Daftar Arsip Statis",
    indikator="Jumlah daftar arsip yang disusun",
    lines=[],
)


def test_field_work_is_not_judged_by_the_catalogue_section_its_goods_are_filed_under() -> None:
    """A crew guarding a crowd makes do with plastic sheeting a catalogue files with building
    materials; the same row in an archive's paperwork is still another function's goods."""
    sheeting = line("Plastik lembaran pelindung", account="Belanja Bahan-Bahan Lainnya")
    category = categorise(sheeting.uraian, None)
    section = "G. BAHAN BANGUNAN"
    assert not judge(sheeting, category, GUARDING, catalogue_section=section).off_target
    assert judge(sheeting, category, ARCHIVES, catalogue_section=section).off_target


AID_ACCOUNT = "Belanja Bahan-Bahan Makanan dan Minuman Bantuan"
FLOOD_RELIEF = SubKegiatan(
    kode="1.06.04.1.01.0001",
    nama="Penyediaan Logistik Pangan bagi Pengungsi",
    indikator="Jumlah pengungsi yang menerima paket pangan",
    lines=[],
)


def test_food_booked_as_aid_serves_only_a_sub_kegiatan_that_gives_aid() -> None:
    """Shredded fish under an aid account is given away: the archive's paperwork has nobody to give
    it to, a relief operation has; the same food bought as the workers' meal serves either."""
    given = line("Abon ikan 100 gr", account=AID_ACCOUNT)
    category = categorise(given.uraian, None)
    assert relevance.as_aid(given, category) is ItemCategory.SOCIAL_AID
    assert judge(given, category, ARCHIVES).off_target
    assert not judge(given, category, FLOOD_RELIEF).off_target
    eaten = line("Abon ikan 100 gr", account="Belanja Makanan dan Minuman Rapat")
    assert relevance.as_aid(eaten, category) is category
    assert not judge(eaten, category, ARCHIVES).off_target


PATROL = SubKegiatan(
    kode="1.05.02.1.01.0001",
    nama="Patroli Penertiban Ketertiban Umum",
    indikator="Jumlah ronda malam yang digelar",
    lines=[],
)


def test_a_field_operation_licenses_the_equipment_its_crews_carry_not_room_comfort() -> None:
    assert not judge(line("Megaphone portable"), ItemCategory.APPLIANCE, PATROL).off_target
    verdict = judge(line("Kulkas mini"), ItemCategory.APPLIANCE, PATROL)
    assert verdict.off_target and verdict.reading is Reading.CATEGORY


def test_room_comfort_still_serves_a_sub_kegiatan_that_provides_equipment() -> None:
    provision = SubKegiatan(nama="Penyediaan Sarana Pos Jaga", lines=[])
    assert not judge(line("Kulkas mini"), ItemCategory.APPLIANCE, provision).off_target


def test_a_line_its_words_do_not_place_is_travel_a_meal_or_a_fee_by_its_account() -> None:
    homecoming = SubKegiatan(
        kode="1.06.04.2.01.0003",
        nama="Pemulangan Warga Terlantar ke Daerah Asal",
        indikator="Jumlah warga terlantar yang dipulangkan",
        lines=[],
    )
    fare = line("Ongkos Kota Hulu - Kota Hilir (PP)")
    assert categorise(fare.uraian) is ItemCategory.OTHER
    # the catalogue files the fare under a section named after transport
    unbooked = judge(
        fare, ItemCategory.OTHER, homecoming, catalogued=True, catalogue_section="ANGKUTAN DARAT"
    )
    assert unbooked.off_target and unbooked.reading is Reading.FUNCTION
    booked = fare.model_copy(update={"account_name": "Belanja Perjalanan Dinas Biasa"})
    assert relevance.by_account(booked, ItemCategory.OTHER) is ItemCategory.TRAVEL
    judged = judge(
        booked, ItemCategory.OTHER, homecoming, catalogued=True, catalogue_section="ANGKUTAN DARAT"
    )
    assert not judged.off_target
    # a goods account holds many kinds of thing: it names no category
    kit = fare.model_copy(update={"account_name": "Belanja Barang yang Akan Diserahkan kepada Masyarakat"})
    assert relevance.by_account(kit, ItemCategory.OTHER) is ItemCategory.OTHER


def test_test_kits_serve_an_inspection_that_tests_samples() -> None:
    water = SubKegiatan(
        nama="Pengawasan Kualitas Air Minum Isi Ulang",
        indikator="Jumlah sampel air yang diuji",
        lines=[],
    )
    assert categorise("Reagen uji nitrat") is ItemCategory.MEDICAL
    assert not off_target("Reagen uji nitrat", water)
    assert not off_target("Sarung tangan pemeriksaan", water)
    assert off_target("Reagen uji nitrat", PLANNING)


def test_an_account_kind_naming_the_sub_kegiatans_field_files_the_goods_as_that_fields() -> None:
    camp = SubKegiatan(
        nama="Pembinaan Kesenian Sanggar Remaja", indikator="Jumlah kelompok seni dibina", lines=[]
    )
    kind = "Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Pendukung Kesenian"
    blanket = line("Matras senam gulung", account=kind)
    assert account_names_the_field(blanket, camp)
    assert not judge(blanket, categorise(blanket.uraian), camp).off_target
    # the general account before the dash names no field, nor does a kind of another field
    office = SubKegiatan(nama="Penyediaan Peralatan Kantor", lines=[])
    assert not account_names_the_field(line("Matras senam gulung", account=kind), office)
    assert not account_names_the_field(
        line("Selimut tebal polar", account="Belanja Bahan-Bahan Lainnya"), camp
    )
