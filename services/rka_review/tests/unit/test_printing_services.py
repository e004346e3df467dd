"""A printing, copying or binding service booked to the account for printed matter: where charts
book printing, not a service bought as materials. Lines invented here."""

from __future__ import annotations

from samarinda_common.rka import RkaLine
from samarinda_rka_review.domain.account_names import printing_as_printed_matter
from samarinda_rka_review.domain.taxonomy import ItemCategory, names_category

PRINTED_MATTER = "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"


def _line(uraian: str, account_name: str) -> RkaLine:
    return RkaLine(line_id="1", uraian=uraian, account_name=account_name, kode_rekening="5.1.02.01.01.0026")


def test_a_service_of_printing_names_printing_after_the_service_word() -> None:
    assert names_category("Jasa fotokopi laporan", ItemCategory.PRINTING)
    assert not names_category("Jasa kebersihan gedung", ItemCategory.PRINTING)


def test_a_binding_service_under_printed_matter_is_where_charts_book_it() -> None:
    assert printing_as_printed_matter(_line("Jasa cetak brosur layanan", PRINTED_MATTER))


def test_another_service_under_printed_matter_is_not() -> None:
    assert not printing_as_printed_matter(_line("Jasa kebersihan gedung", PRINTED_MATTER))


def test_a_printing_service_under_another_goods_account_is_not() -> None:
    account = "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"
    assert not printing_as_printed_matter(_line("Jasa cetak brosur layanan", account))
