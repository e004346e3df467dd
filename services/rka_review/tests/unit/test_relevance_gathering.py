"""What only a gathering needs (a resource person, a meeting hall, a reception) serves a
sub-kegiatan of works on premises only where its budget names a gathering (invented sub-kegiatan
and lines)."""

from __future__ import annotations

from decimal import Decimal

from samarinda_common.rka import RkaLine, SubKegiatan
from samarinda_rka_review.domain.relevance import Reading, judge
from samarinda_rka_review.domain.relevance_gathering import gathering_without_one
from samarinda_rka_review.domain.taxonomy import categorise

CULVERTS = SubKegiatan(
    kode="1.03.10.2.01.0021",
    nama="Pemeliharaan Gorong-Gorong Lingkungan",
    indikator="Panjang gorong-gorong yang dipelihara",
)
NIGHT_WATCH = SubKegiatan(
    kode="1.05.02.2.01.0007",
    nama="Penertiban Pedagang di Kawasan Tepian",
    indikator="Jumlah kegiatan penertiban",
)
HANDOVER = SubKegiatan(
    kode="1.03.10.2.01.0022",
    nama="Rehabilitasi Balai Warga",
    indikator="Jumlah balai yang direhabilitasi",
    kegiatan="Sosialisasi dan Serah Terima Hasil Rehabilitasi",
)
EXTENSION = SubKegiatan(
    kode="3.27.03.2.01.0009",
    nama="Pendampingan Kelompok Tani Hortikultura",
    indikator="Jumlah kelompok tani yang didampingi",
)


def line(uraian: str, account: str = "Belanja Sewa Gedung Pertemuan") -> RkaLine:
    return RkaLine(
        line_id="7",
        uraian=uraian,
        volume=Decimal(1),
        harga_satuan=1_500_000,
        jumlah=1_500_000,
        kode_rekening="5.1.02.02.01.0003",
        account_name=account,
    )


def test_a_speaker_or_a_hall_in_works_on_premises_that_hold_no_meeting_is_off_target() -> None:
    speaker = line("Honorarium narasumber tenaga ahli drainase", "Honorarium Narasumber")
    assert gathering_without_one(speaker, CULVERTS) == "narasumber"
    hall = line("Sewa ruang pertemuan hotel")
    assert gathering_without_one(hall, CULVERTS) == "sewa gedung"
    verdict = judge(hall, categorise(hall.uraian), CULVERTS)
    assert verdict.off_target and verdict.reading is Reading.GATHERING


def test_a_gathering_the_budget_names_or_other_work_keeps_them() -> None:
    speaker = line("Honorarium narasumber", "Honorarium Narasumber")
    assert gathering_without_one(speaker, HANDOVER) is None
    assert gathering_without_one(speaker, EXTENSION) is None
    # a field operation briefs and trains its crews
    assert gathering_without_one(speaker, NIGHT_WATCH) is None
    assert gathering_without_one(speaker, SubKegiatan(nama="Pemeliharaan Saluran")) is None  # unread
    # what serves the work itself is not judged here, nor the building it works on
    paint = line("Cat tembok gedung pertemuan", "Belanja Bahan Bangunan")
    assert gathering_without_one(paint, CULVERTS) is None
    assert gathering_without_one(line("Upah tukang harian", "Belanja Jasa Tenaga"), CULVERTS) is None


def test_leaflets_serve_an_audience_that_works_on_premises_do_not_have() -> None:
    leaflets = line("Cetak pamflet dua sisi", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak")
    assert gathering_without_one(leaflets, CULVERTS) == "pamflet"
    assert judge(leaflets, categorise(leaflets.uraian), CULVERTS).reading is Reading.GATHERING
    # works the budget also publicises, and any other work, hand them out
    publicised = CULVERTS.model_copy(update={"kegiatan": "Pemeliharaan dan Publikasi Saluran Lingkungan"})
    assert gathering_without_one(leaflets, publicised) is None
    assert gathering_without_one(leaflets, EXTENSION) is None
