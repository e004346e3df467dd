"""The duplicate stage, pattern by pattern: the ways an author budgets one purchase twice, each
next to the legitimate repeat that looks like it (issue 12). Items and prices are our own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.extracted import Table
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.checks import ReviewPolicy
from samarinda_rka_review.domain.duplicates import (
    DuplicateFinder,
    Purchase,
    canonical,
    close_prices,
    duplicate_finding,
    included_in,
    included_words,
    inclusion_finding,
    load_duplicate_rules,
    same_purchase,
)
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.rka_parser import parse_rka_tables


def line(
    uraian: str,
    spek: str | None = None,
    volume: int = 10,
    harga: int = 50_000,
    satuan: str = "Buah",
    no: str = "1",
) -> RkaLine:
    return RkaLine(
        line_id=no,
        uraian=uraian,
        spesifikasi=spek,
        satuan=satuan,
        volume=Decimal(volume),
        harga_satuan=harga,
        jumlah=volume * harga,
    )


def in_one_sub(a: RkaLine, b: RkaLine) -> bool:
    return same_purchase(Purchase.of(a), Purchase.of(b), same_sub=True)


def across_subs(a: RkaLine, b: RkaLine) -> bool:
    return same_purchase(Purchase.of(a), Purchase.of(b), same_sub=False)


# --- the same item again in one sub-kegiatan, in another volume ----------------------------------


def test_the_same_item_in_another_volume_in_one_sub_kegiatan() -> None:
    assert in_one_sub(
        line("Kertas HVS A4", "70 gram", 10, 58_500), line("Kertas HVS A4", "70 gram", 4, 58_500)
    )
    # the repeat leaves the Spesifikasi out
    assert in_one_sub(
        line("Spanduk kegiatan", "Flexi 280 gram", 6, 38_000, "M2"),
        line("Banner kegiatan", None, 12, 38_000, "M2"),
    )
    # how it is served says nothing of what it is
    assert in_one_sub(
        line("Nasi kotak peserta", None, 60, 42_000, "Kotak"),
        line("Makan siang peserta", None, 80, 42_000, "Kotak"),
    )


def test_another_volume_of_another_variant_stays_apart() -> None:
    # a word of its own in the Uraian names another tool
    assert not in_one_sub(
        line("Cangkul baja bergagang", None, 200, 85_000), line("Cangkul baja", None, 20, 85_000)
    )
    # each Spesifikasi gives its own number: another paper
    assert not in_one_sub(
        line("Kertas HVS A4", "70 gram", 10, 58_500), line("Kertas HVS A4", "80 gram", 4, 58_500)
    )
    # a number in the Uraian of one line only is a size of its own
    assert not in_one_sub(line("Sewa tenda 4x6", None, 2, 750_000), line("Sewa tenda", None, 3, 750_000))
    # an occasion of its own
    assert not in_one_sub(
        line("Nasi kotak", None, 40, 42_000), line("Nasi kotak rapat evaluasi", None, 60, 42_000)
    )


def test_another_volume_across_sub_kegiatan_is_each_ones_own_supply() -> None:
    assert not across_subs(
        line("Kertas HVS A4", "70 gram", 10, 58_500), line("Kertas HVS A4", "70 gram", 4, 58_500)
    )
    assert across_subs(line("Kertas HVS A4", "70 gram", 10, 58_500), line("Kertas HVS A4", None, 10, 58_500))


# --- a price rounded up ---------------------------------------------------------------------------


def test_a_price_rounded_up_is_the_same_price() -> None:
    assert close_prices(58_500, 59_000) and close_prices(14_500_000, 15_000_000)
    assert not close_prices(750_000, 800_000) and not close_prices(42_000, 55_000)
    assert in_one_sub(line("Laptop", "Core i5", 2, 14_500_000), line("Notebook", "Core i5", 2, 15_000_000))
    assert not in_one_sub(line("Sewa tenda", None, 2, 750_000), line("Sewa tenda", None, 2, 1_200_000))


# --- synonyms, abbreviations, word order ----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Laptop", "Komputer jinjing"),
        ("Alat tulis kantor", "ATK"),
        ("Honorarium narasumber", "Honor narsum"),
        ("Biaya penginapan", "Akomodasi hotel"),
        ("Tiket pesawat udara", "Tiket penerbangan"),
        ("BBM kendaraan operasional", "Bahan bakar minyak kendaraan operasional"),
        ("Sewa mobil operasional", "Rental kendaraan roda empat operasional"),
        ("Fotokopi bahan rapat", "Penggandaan materi rapat"),
    ],
)
def test_two_wordings_of_one_item(first: str, second: str) -> None:
    assert canonical(first) != canonical(second) or first != second
    assert in_one_sub(line(first, None, 3, 900_000), line(second, None, 5, 900_000))
    assert across_subs(line(first, None, 3, 900_000), line(second, None, 3, 900_000))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kaos peserta ukuran L", "Kaos peserta ukuran XL"),
        ('Pipa PVC 4"', 'Pipa HDPE 4"'),
        ("Jasa tenaga kebersihan kantor", "Jasa tenaga keamanan kantor"),
        ("Nasi kotak peserta", "Nasi kotak panitia"),
        ("Honorarium narasumber", "Honorarium moderator"),
        ("Tinta printer hitam", "Tinta printer warna"),
        ("Langganan internet bulan Januari", "Langganan internet bulan Februari"),
        ("Uang harian petugas Kecamatan Utara", "Uang harian petugas Kecamatan Selatan"),
        ("Laptop", "Tas laptop"),
    ],
)
def test_look_alikes_of_the_same_amount_are_two_purchases(first: str, second: str) -> None:
    assert not in_one_sub(line(first), line(second))
    assert not across_subs(line(first), line(second))


# --- a package and its contents -------------------------------------------------------------------


def test_a_plus_list_names_what_a_package_includes() -> None:
    meal = line("Konsumsi rapat (snack + makan siang)", None, 40, 60_000, "Orang")
    assert {"kue", "nasi"} <= included_words(meal)
    assert included_in(meal, line("Snack rapat", None, 40, 18_000, "Kotak"))
    assert included_in(meal, line("Kudapan peserta", None, 40, 18_000, "Kotak"))
    assert not included_in(meal, line("Honorarium narasumber", None, 4, 900_000, "OJ"))
    assert not included_in(meal, line("Snack peserta sosialisasi", None, 40, 18_000, "Kotak"))


def test_a_bundle_whose_specification_lists_its_contents() -> None:
    bundle = line("Paket sembako bantuan", "Beras 5 kg, minyak goreng 2 liter, gula pasir 1 kg", 100, 150_000)
    assert included_in(bundle, line("Minyak goreng", None, 100, 38_000, "Liter", "2"))
    assert not included_in(bundle, line("Telur ayam", None, 100, 30_000, "Kg", "2"))
    # a meal's make-up is not a bundle of separate purchases
    meal = line("Nasi kotak", "Nasi, lauk, sayur, buah", 60, 42_000, "Kotak")
    assert not included_words(meal)


def test_a_bundled_item_bought_again_for_the_same_recipients_in_another_size() -> None:
    bundle = line(
        "Paket bingkisan lansia", "Sarung, gula pasir, teh celup, biskuit kaleng", 80, 175_000, "Paket"
    )
    # who it is for and its size do not make the sugar another purchase
    assert included_in(
        bundle, line("Gula pasir 2 kg untuk lansia penerima bingkisan", None, 80, 36_000, "Kg")
    )
    # a word of its own that is neither (palm sugar) does
    assert not included_in(bundle, line("Gula aren cair untuk lansia", None, 80, 36_000, "Kg"))


def test_the_package_line_written_again_is_not_its_own_contents() -> None:
    camera = line("Kamera mirrorless 24 MP + lensa kit", None, 1, 18_000_000, "Unit")
    assert not included_in(
        camera, line("Kamera mirrorless 24 MP + lensa kit", None, 1, 18_000_000, "Unit", "2")
    )


@pytest.mark.parametrize(
    ("package", "content"),
    [
        (("Paket meeting fullboard", "Hotel bintang 3"), "Biaya penginapan peserta"),
        (("Paket meeting full board", None), "Nasi kotak peserta"),
        (("Paket rapat fullday", None), "Snack peserta"),
        (("Sewa bus peserta all in", None), "BBM bus peserta"),
        (("Sewa mobil all-in", "Minibus"), "Jasa sopir"),
        (("Sewa gedung pertemuan", "Termasuk sound system dan LCD proyektor"), "Sewa sound system"),
        (("Sewa tenda", "Include pemasangan dan bongkar"), "Jasa pemasangan tenda"),
    ],
)
def test_a_package_includes_its_contents(package: tuple[str, str | None], content: str) -> None:
    assert included_in(line(*package, 2, 1_000_000, "Paket"), line(content, None, 20, 50_000, "Buah", "2"))


@pytest.mark.parametrize(
    ("package", "content"),
    [
        (("Paket meeting halfday", "Ruang rapat dan coffee break"), "Biaya penginapan narasumber"),
        (("Sewa mobil lapangan", "Double cabin, belum termasuk BBM"), "BBM mobil lapangan"),
        (("Sewa aula", "Tidak termasuk konsumsi"), "Nasi kotak peserta"),
        (("Sewa gedung serbaguna", "Termasuk kursi dan meja"), "Sewa sound system"),
        (("Sewa mobil all in", None), "Honorarium pengemudi"),
    ],
)
def test_what_a_package_does_not_include(package: tuple[str, str | None], content: str) -> None:
    assert not included_in(
        line(*package, 2, 1_000_000, "Paket"), line(content, None, 20, 50_000, "Buah", "2")
    )


# --- what is reported -----------------------------------------------------------------------------


def test_the_repeat_carries_the_smaller_amount_and_names_the_other_line() -> None:
    first = line("Laptop", "Core i5", 3, 14_500_000, "Unit", "4")
    repeat = line("Notebook", "Core i5", 1, 14_500_000, "Unit", "9")
    finding = duplicate_finding(repeat, first, "1.02", True, ReviewPolicy())
    assert finding.amount_at_stake == finding.potential_saving == repeat.jumlah
    assert "No 4 'Laptop'" in finding.evidence[0].text and "3 x" in finding.message
    bigger = duplicate_finding(first, repeat, "1.02", False, ReviewPolicy(), "1.01")
    assert bigger.amount_at_stake == repeat.jumlah and "(1.01)" in bigger.message


def test_a_package_finding_names_the_package_and_caps_the_amount_at_it() -> None:
    package = line("Sewa mobil", "termasuk BBM", 2, 100_000, "Unit/Hari", "3")
    fuel = line("BBM", "Pertalite", 200, 10_000, "Liter", "5")
    finding = inclusion_finding(fuel, package, "1.01", ReviewPolicy())
    assert finding.amount_at_stake == package.jumlah and "No 3 'Sewa mobil'" in finding.evidence[0].text


def test_the_review_reports_the_later_line_of_a_pair_and_every_included_line() -> None:
    rka = Rka(
        opd="Dinas Contoh",
        sub_kegiatan=[
            SubKegiatan(
                nama="Penyelenggaraan Rapat Koordinasi",
                lines=[
                    line("Nasi kotak peserta", None, 60, 42_000, "Kotak", "1"),
                    line("Paket meeting fullboard", "Hotel bintang 3", 30, 1_150_000, "Orang/Hari", "2"),
                    line("Biaya penginapan peserta", None, 30, 650_000, "OH", "3"),
                    line("Laptop", "Core i5", 2, 14_500_000, "Unit", "4"),
                    line("Komputer jinjing", "Core i5", 1, 14_500_000, "Unit", "5"),
                    line("Nasi kotak rapat triwulan I", None, 30, 42_000, "Kotak", "6"),
                    line("Nasi kotak rapat triwulan II", None, 30, 42_000, "Kotak", "7"),
                ],
            ),
            SubKegiatan(
                nama="Sosialisasi Layanan",
                lines=[
                    line("Kertas HVS A4", "70 gram", 5, 58_500, "Rim", "8"),
                    line("Notebook", "Core i5", 2, 14_500_000, "Unit", "9"),
                ],
            ),
        ],
    )
    flagged = {
        f.line_id for f in review_rka(rka, PriceMatcher([])).findings if f.type is FindingType.DUPLICATE
    }
    assert flagged == {"1", "3", "5", "9"}


def test_the_rules_file_loads_with_its_vocabulary() -> None:
    rules = load_duplicate_rules()
    assert 0 < rules.price_tolerance < 0.5
    assert "fullboard" in rules.implied and rules.equivalents["akomodasi"] == "penginapan"


def test_the_finder_reports_where_the_first_line_stands() -> None:
    finder = DuplicateFinder()
    assert finder.repeat(0, line("ATK", None, 1, 2_500_000, "Paket", "1"), "1.01") is None
    found = finder.repeat(0, line("Alat tulis kantor", None, 2, 2_500_000, "Paket", "2"), "1.01")
    assert found is not None and found.same_sub and found.first.line_id == "1"
    assert finder.repeat(1, line("Alat tulis kantor", None, 3, 2_500_000, "Paket", "3"), "1.02") is None


# --- SIPD sub-groups ------------------------------------------------------------------------------


def test_lines_under_two_sipd_sub_groups_are_for_two_purposes() -> None:
    def under(label: str | None, no: str, volume: int) -> RkaLine:
        return line("Nasi kotak", None, volume, 42_000, "Kotak", no).model_copy(update={"subgroup": label})

    persiapan = under("[#] Rapat Koordinasi / [-] Rapat persiapan", "1", 20)
    evaluasi = under("[#] Rapat Koordinasi / [-] Rapat evaluasi", "2", 30)
    again = under("[#] Rapat Koordinasi / [-] Rapat persiapan", "3", 30)
    assert not in_one_sub(persiapan, evaluasi)
    assert in_one_sub(persiapan, again)
    assert in_one_sub(persiapan, under(None, "4", 30))  # a line under no sub-group says nothing


def test_a_line_written_as_its_own_sub_group_label_states_no_purpose() -> None:
    # SIPD's item style: every line carries the mark and the reader files it as its own label
    def marked(uraian: str, spek: str | None, no: str) -> RkaLine:
        label = f"[#] {uraian}" + (f" Spesifikasi: {spek}" if spek else "")
        return line(f"[#] {uraian}", spek, 40, 18_000, "Pasang", no).model_copy(update={"subgroup": label})

    first = marked("Sarung tangan karet", "ukuran L", "1")
    again = marked("Sarung tangan karet ukuran L", None, "2")
    assert in_one_sub(first, again)
    assert Purchase.of(first).item == "sarung"  # the mark is layout, not the item's first word
    # a real label above the line still states what it is for
    under_label = first.model_copy(update={"subgroup": "[#] Survei lapangan"})
    assert not in_one_sub(under_label, again.model_copy(update={"subgroup": "[#] Rapat evaluasi"}))


def test_the_parser_hands_each_line_its_sub_groups() -> None:
    header = ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]
    rows: list[list[object]] = [
        ["Sub Kegiatan", ": 1.02.02.1.02.0025 - Promosi Kesehatan", None, None, None, None, None],
        header,
        ["5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", None, None, None, None, "2.100.000"],
        [None, "[#] Rapat Koordinasi", None, None, None, None, "2.100.000"],
        [None, "[-] Rapat persiapan", None, None, None, None, "840.000"],
        [None, "Nasi kotak", "20 Kotak", "Kotak", "42.000", "0", "840.000"],
        [None, "[-] Rapat evaluasi", None, None, None, None, "1.260.000"],
        [None, "Nasi kotak", "30 Kotak", "Kotak", "42.000", "0", "1.260.000"],
        ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None, None, None, None, "585.000"],
        [None, "Kertas HVS A4", "10 Rim", "Rim", "58.500", "0", "585.000"],
    ]
    rka = parse_rka_tables([Table(page=1, index=0, rows=rows)])  # type: ignore[arg-type]
    lines = [line for sub in rka.sub_kegiatan for line in sub.lines]
    assert [line.subgroup for line in lines] == [
        "[#] Rapat Koordinasi / [-] Rapat persiapan",
        "[#] Rapat Koordinasi / [-] Rapat evaluasi",
        None,
    ]
    flagged = [f for f in review_rka(rka, PriceMatcher([])).findings if f.type is FindingType.DUPLICATE]
    assert not flagged


def test_a_line_stating_the_packages_own_contents_is_the_package_again_not_its_contents() -> None:
    package = line("Konsumsi petugas jaga malam", "roti + kopi", 300, 22_000, "Kotak", "2")
    again = line("Roti + kopi petugas jaga malam", "roti + kopi", 300, 30_000, "Kotak", "1")
    assert not included_in(package, again)
    # a line naming one of the contents alone still is
    assert included_in(package, line("Kopi petugas jaga", None, 300, 9_000, "Kotak", "3"))
