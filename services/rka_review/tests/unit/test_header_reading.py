"""The header facts lines are judged against: a page marker, a table's title or a column label is
never a sub-kegiatan's name, a sub-kegiatan row inside the table is read as one, a title line
names the OPD when no label does, and a sub-kegiatan whose name was not read is judged by its
OPD's function (and the finding says so)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.extracted import Table
from samarinda_common.rka import FindingType, Rka, RkaLine, SubKegiatan
from samarinda_rka_review.domain.header_names import names_nothing, organisation_in_titles
from samarinda_rka_review.domain.matching import PriceMatcher
from samarinda_rka_review.domain.relevance import Reading, judge_by_function
from samarinda_rka_review.domain.reviewer import review_rka
from samarinda_rka_review.domain.rka_parser import parse_rka_tables

HEADER = ["No", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]


@pytest.mark.parametrize(
    "text",
    [
        "hal. 3",
        "Halaman 12",
        "Rincian Belanja",
        "RKA SKPD 2028",
        "Kertas Kerja",
        "Uraian",
        "Sheet2",
        "rka_dinas_2028",
    ],
)
def test_page_markers_titles_and_labels_name_no_sub_kegiatan(text: str) -> None:
    assert names_nothing(text)


@pytest.mark.parametrize(
    "text", ["Pembinaan Kelompok Nelayan", "Pengelolaan Data Statistik", "Rapat Koordinasi"]
)
def test_a_name_with_a_word_of_its_own_names_one(text: str) -> None:
    assert not names_nothing(text)


def test_a_sheet_named_after_its_table_leaves_the_sub_kegiatan_unnamed() -> None:
    rows = [HEADER, ["1", "5.1.02.01.01.0024", "Map plastik", 10, "Buah", 5_000, 50_000]]
    [sub] = parse_rka_tables([Table(sheet="Rincian Belanja", index=0, rows=rows)], opd="X").sub_kegiatan
    assert not sub.named
    [named] = parse_rka_tables([Table(sheet="Penyuluhan Gizi", index=0, rows=rows)], opd="X").sub_kegiatan
    assert named.named


def test_a_sub_kegiatan_row_in_the_kode_column_opens_it_with_its_output() -> None:
    # The sub-kegiatan's code under Kode Rekening, its name under Uraian without a label, its
    # output in a cell further right: read as a header block, not as an account group.
    rows = [
        [*HEADER, "Keterangan"],
        [
            None,
            "3.27.02.2.01.0003",
            "PEMBINAAN KELOMPOK NELAYAN",
            None,
            None,
            None,
            None,
            "Output: Jumlah kelompok = 8",
        ],
        [None, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
        ["1", None, "Map plastik", 10, "Buah", 5_000, 50_000],
        [
            None,
            "3.27.02.2.01.0007",
            "PENDATAAN KAPAL NELAYAN",
            None,
            None,
            None,
            None,
            "Output: Jumlah kapal = 90",
        ],
        ["2", None, "Map plastik", 10, "Buah", 5_000, 50_000],
    ]
    first, second = parse_rka_tables(
        [Table(sheet="Rincian Belanja", index=0, rows=rows)], opd="X"
    ).sub_kegiatan
    assert (first.kode, first.nama, first.indikator, first.named) == (
        "3.27.02.2.01.0003",
        "PEMBINAAN KELOMPOK NELAYAN",
        "Jumlah kelompok = 8",
        True,
    )
    assert (second.kode, [ln.line_id for ln in second.lines]) == ("3.27.02.2.01.0007", ["2"])


def test_an_account_name_wrapped_onto_a_row_of_its_own_opens_nothing() -> None:
    # ``Kegiatan Kantor-...`` begins with the kegiatan's label, but states no fact (no colon, no
    # code, no value beside it): the lines under it stay in the sub-kegiatan.
    rows = [
        ["Sub Kegiatan: 3.27.02.2.01.0003 - Pembinaan Kelompok Nelayan"],
        HEADER,
        [None, "5.1.02.01.01.0024 Belanja Alat/Bahan untuk", None, None, None, None, "50.000"],
        [None, "Kegiatan Kantor-Alat Tulis Kantor", None, None, None, None, None],
        ["1", None, "Map plastik", 10, "Buah", 5_000, 50_000],
        [None, "5.1.02.01.01.0026 Belanja Alat/Bahan untuk", None, None, None, None, "60.000"],
        [None, "Kegiatan Kantor-Bahan Cetak", None, None, None, None, None],
        ["2", None, "Blangko formulir", 2, "Rim", 30_000, 60_000],
    ]
    [sub] = parse_rka_tables([Table(sheet=None, page=1, index=0, rows=rows)], opd="X").sub_kegiatan
    assert (sub.kode, [ln.line_id for ln in sub.lines]) == ("3.27.02.2.01.0003", ["1", "2"])


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["PEMERINTAH KABUPATEN CONTOH - DINAS PERIKANAN"], "DINAS PERIKANAN"),
        (
            ["RINCIAN BELANJA TA 2028", "Dinas Perikanan Kab. Contoh / Bidang Budidaya"],
            "Dinas Perikanan Kab. Contoh",
        ),
        (
            ["SD NEGERI 4 CONTOH - Dinas Pendidikan Kab. Contoh"],
            "SD NEGERI 4 CONTOH - Dinas Pendidikan Kab. Contoh",
        ),
        (["RENCANA KERJA DAN ANGGARAN", "Program : 1.02.02 - PROGRAM X"], None),
        (["Kantong plastik dinas"], None),
    ],
)
def test_a_title_line_names_the_opd_by_its_kind_of_organisation(
    titles: list[str], expected: str | None
) -> None:
    assert organisation_in_titles(titles) == expected


def test_the_opd_named_by_a_title_line_is_the_rka_s() -> None:
    rows = [
        ["RINCIAN BELANJA TA 2028"],
        ["Dinas Perikanan Kab. Contoh / Bidang Budidaya"],
        ["Sub Kegiatan: 3.27.02.2.01.0003 - Pembinaan Kelompok Nelayan"],
        HEADER,
        ["1", "5.1.02.01.01.0024", "Map plastik", 10, "Buah", 5_000, 50_000],
    ]
    rka = parse_rka_tables([Table(sheet="Rincian", index=0, rows=rows)])
    assert rka.opd_name == "Dinas Perikanan Kab. Contoh"


def _line(uraian: str, account: str = "Belanja Bahan-Bahan Lainnya") -> RkaLine:
    return RkaLine(
        line_id="1",
        kode_rekening="5.1.02.01.01.0099",
        account_name=account,
        uraian=uraian,
        volume=Decimal(2),
        harga_satuan=100_000,
        jumlah=200_000,
    )


UNNAMED = SubKegiatan(kode="1.02.02.2.01.0010", nama="hal. 2", named=False)


def test_an_unnamed_sub_kegiatan_is_judged_by_its_function() -> None:
    # A health sub-kegiatan (its code says so) buys no building material, whatever its name was.
    verdict = judge_by_function(_line("Semen putih 40 kg", "Belanja Bahan Bangunan dan Konstruksi"), UNNAMED)
    assert verdict.off_target and verdict.reading is Reading.FUNCTION
    assert "dinilai menurut fungsi OPD" in verdict.reason
    assert not judge_by_function(_line("Map plastik"), UNNAMED).off_target


def test_without_a_function_to_judge_by_nothing_is_judged() -> None:
    unplaced = SubKegiatan(nama="hal. 1", named=False)
    assert not judge_by_function(_line("Semen putih 40 kg", "Belanja Bahan Bangunan"), unplaced).off_target


def test_the_finding_names_the_function_not_the_page() -> None:
    sub = UNNAMED.model_copy(
        update={"lines": [_line("Semen putih 40 kg", "Belanja Bahan Bangunan dan Konstruksi")]}
    )
    rka = Rka(opd="DINKES", sub_kegiatan=[sub])
    [finding] = [f for f in review_rka(rka, PriceMatcher([])).findings if f.type is FindingType.OFF_TARGET]
    assert "fungsi OPD" in finding.message and "hal. 2" not in finding.message
