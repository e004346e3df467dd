"""Account checks for lines no kode barang places: a service priced by a catalogue section of work or
hire booked as goods, a job contracted whole under an honorarium, goods counted in things under a
trip account. Invented items only."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.price_catalogue import PriceReference
from samarinda_common.rka import FindingType, RkaLine
from samarinda_rka_review.domain.account_names import section_of_services
from samarinda_rka_review.domain.checks import ReviewPolicy, check_account
from samarinda_rka_review.domain.taxonomy import categorise

POLICY = ReviewPolicy()


def line(uraian: str, satuan: str, kode: str, account: str) -> RkaLine:
    return RkaLine(
        line_id="1",
        uraian=uraian,
        satuan=satuan,
        volume=Decimal(2),
        harga_satuan=90_000,
        jumlah=180_000,
        kode_rekening=kode,
        account_name=account,
    )


def row(uraian: str, kelompok: str | None, kode_barang: str | None = None) -> PriceReference:
    return PriceReference(
        id=uraian, uraian=uraian, satuan="Paket", harga=90_000, kelompok=kelompok, kode_barang=kode_barang
    )


def judged(item: RkaLine, reference: PriceReference | None = None) -> FindingType | None:
    finding = check_account(item, categorise(item.uraian), POLICY, row=reference)
    return finding.type if finding else None


ATK = ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")
MEALS = ("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat")
HONORARIUM = ("5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas dan Panitia")
TRIPS = ("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota")


def test_sections_of_work_or_hire_are_read_by_their_words() -> None:
    assert section_of_services("7. JASA PENUNJANG KEGIATAN")
    assert section_of_services("SEWA PANGGUNG DAN TENDA")
    assert not section_of_services("ALAT TULIS KANTOR")
    assert not section_of_services(None)


def test_a_service_row_prices_a_line_booked_as_goods() -> None:
    service = row("Voucher Akses Jaringan Nirkabel", "3. JASA PENUNJANG KEGIATAN")
    assert judged(line("Voucher akses nirkabel", "Paket", *ATK), service) is FindingType.ACCOUNT_MISMATCH
    wages = row("Ongkos Tenaga Pindah Arsip", "JASA LAINNYA")
    assert judged(line("Ongkos pindah arsip", "OH", *MEALS), wages) is FindingType.ACCOUNT_MISMATCH


def test_goods_rows_printing_rows_and_service_accounts_are_left_alone() -> None:
    item = line("Voucher akses nirkabel", "Paket", *ATK)
    # a row of a goods section, or one the catalogue codes as goods, is goods
    assert judged(item, row("Voucher Akses Jaringan Nirkabel", "BAHAN KOMPUTER")) is None
    coded = row("Voucher Akses Jaringan Nirkabel", "JASA LAINNYA", kode_barang="1.1.7.01.01.02.001")
    assert judged(item, coded) is None
    # copying filed among services is booked as printed goods
    copies = row("Penggandaan Laporan Fotokopi", "JASA LAINNYA")
    assert judged(line("Penggandaan laporan fotokopi", "Lembar", *ATK), copies) is None
    # the same service under a service account is where it belongs
    jasa = ("5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan")
    assert judged(line("Voucher akses nirkabel", "Paket", *jasa), row("Voucher", "JASA LAINNYA")) is None


def test_a_job_contracted_whole_is_no_fee_paid_to_a_person() -> None:
    assert judged(line("Jasa penyuntingan naskah", "Paket", *HONORARIUM)) is FindingType.ACCOUNT_MISMATCH
    # the same work paid per person and time is a fee
    assert judged(line("Jasa penyuntingan naskah", "OJ", *HONORARIUM)) is None


def test_goods_counted_in_things_under_a_trip_account_are_misbooked() -> None:
    assert judged(line("Benang kasur pengikat map", "Gulung", *TRIPS)) is FindingType.ACCOUNT_MISMATCH
    # persons, journeys and a trip bought whole are what trips count
    assert judged(line("Transport peninjauan lokasi", "OK", *TRIPS)) is None
    assert judged(line("Rapat koordinasi di luar kantor", "Paket", *TRIPS)) is None
